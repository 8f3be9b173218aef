# heldout13: German customer mail (positives and hard negatives).
# Every text below is hand-written; nothing is assembled from slots.


def m(k, trig, subj, name, addr, body, trap="-", note="-", **kw):
    d = dict(k=k, lang="de", trig=trig, subj=subj, name=name, addr=addr,
             body=body, trap=trap, note=note)
    d.update(kw)
    return d


MSGS = [

# ---------------------------------------------------------------- positives

m("dep01", "data_loss,severe_dissatisfaction,technical_issue",
  "Guthaben auf dem Armband weg", "Jannik Schröder", "jannik.schroeder@posteo.example",
  """Hallo,

ich habe am Freitag 60 Euro auf mein Cashless-Armband geladen. Seit dem App-Update heute Morgen zeigt die App 0,00 € an und die Aufladungen vom Freitag sind in der Historie einfach nicht mehr da. An der Bar wurde das Armband abgelehnt.

Ich stehe hier auf dem Gelände ohne Geld für Essen. Das ist eine bodenlose Frechheit. Bitte stellt das Guthaben sofort wieder her.

Jannik
Armband-Nr. WK-0049182"""),

m("dep02", "outage,technical_issue",
  "Mieterportal nicht erreichbar", "Gabriele Hoffmann", "g.hoffmann@web.example",
  """Guten Tag,

das Mieterportal ist seit gestern Abend nicht erreichbar. Egal ob am PC oder am Handy, es kommt nur "503 Service Unavailable". Auch meine Nachbarin aus dem 2. OG kommt nicht rein.

Wir sollen bis Freitag die Heizkostenablesung bestätigen, das geht ja nur über das Portal. Bitte geben Sie Bescheid, wenn es wieder läuft.

Mit freundlichen Grüßen
Gabriele Hoffmann
Lindenstraße 14, Whg. 7"""),

m("dep03", "high_value_order,legal_threat,technical_issue",
  "Wärmespeicher-Anlage Auftrag WS-2024-311 - Mängel", "Dr. Klaus Reinhardt", "k.reinhardt@t-online.example",
  """Sehr geehrte Damen und Herren,

am 14. Oktober 2024 haben Sie bei uns einen Wärmespeicher mit Steuerung installiert, Auftragssumme 16.840,00 € brutto, vollständig bezahlt. Seitdem lädt der Speicher nachts nicht zuverlässig, die Steuerung zeigt wiederholt den Fehler "F-12 Kommunikation" und schaltet auf Direktheizung um. Unsere Stromrechnung ist entsprechend gestiegen.

Ihre Techniker waren zweimal da, geändert hat sich nichts. Ich habe die Angelegenheit nun meinem Rechtsanwalt übergeben. Er wird sich in den nächsten Tagen schriftlich bei Ihnen melden und eine Frist zur Nachbesserung setzen.

Mit freundlichen Grüßen
Dr. Klaus Reinhardt""", note="Dr. title is not a job title trap; technicians' visits are not contacts by the customer"),

m("dep04", "billing_dispute,regulatory",
  "Kaution einbehalten - Verbraucherzentrale", "Stefanie Albrecht", "stefanie.albrecht@gmx.example",
  """Hallo,

Sie haben von meiner Kaution für den Skiverleih (Vertrag SV-8812) 150 € für einen angeblichen Kantenschaden einbehalten. Bei der Rückgabe hat Ihr Mitarbeiter die Ski angeschaut und "alles gut" gesagt, ein Protokoll gab es nicht, Fotos haben Sie mir auch keine geschickt.

Ich habe mich inzwischen bei der Verbraucherzentrale beraten lassen und dort eine Beschwerde eingereicht. Ich erwarte die Rückzahlung der 150 € auf mein Konto.

Stefanie Albrecht"""),

m("dep05", "broken_promise,cancellation_threat",
  "Winterdienst wieder zu spät", "Horst Brandl", "horst.brandl@brandl-immobilien.example",
  """Sehr geehrter Herr Hartmann,

bei unserem Gespräch im November haben Sie mir zugesagt, dass der Gehweg vor dem Haus Marktplatz 3 bei Schneefall bis 7:00 Uhr geräumt und gestreut ist. Heute war Ihr Team um 10:40 Uhr da, letzte Woche Donnerstag gar nicht.

Sollte das noch einmal vorkommen, kündigen wir den Winterdienstvertrag zum Monatsende und beauftragen einen anderen Dienstleister.

Mit freundlichen Grüßen
Horst Brandl
Hausverwaltung Brandl""", note="conditional cancellation"),

m("dep06", "manager_request",
  "Bitte jemanden, der entscheiden darf", "Miriam Ostertag", "miriam.ostertag@posteo.example",
  """Hallo zusammen,

ich habe jetzt drei freundliche Antworten bekommen, dass man "leider nichts machen kann". Das glaube ich gern, nur hilft es mir nicht. Bitte geben Sie meinen Fall an jemanden weiter, der bei Ihnen wirklich etwas entscheiden darf, und lassen Sie diese Person mich anrufen: 0151 555 0192.

Es geht um die Umbuchung meines Programmier-Camps für meinen Sohn wegen seines Krankenhausaufenthalts (Attest liegt Ihnen vor).

Danke und Grüße
Miriam Ostertag""", note="three answers received, the number of her own contacts is not stated: no repeat_contact"),

m("dep07", "corporate_contact_request,executive_contact",
  "E-Mail-Adresse der Geschäftsführung", "Ralf Zimmermann", "ralf.zimmermann@web.example",
  """Guten Tag,

nennen Sie mir bitte Name und E-Mail-Adresse Ihres Geschäftsführers. Ich werde mich direkt an ihn wenden, da der Kundenservice in meiner Sache seit Wochen nichts unternimmt.

Ralf Zimmermann"""),

m("dep08", "media_threat",
  "Presseanfrage: Busunfall A7 / Klassenfahrt", "Katharina Lenz", "k.lenz@nordkurier-redaktion.example",
  """Sehr geehrte Damen und Herren,

ich bin Redakteurin beim Nordkurier und recherchiere zu der Panne des Reisebusses Ihres Unternehmens mit einer 8. Klasse aus Rendsburg am vergangenen Dienstag. Eltern berichten uns, die Kinder hätten drei Stunden auf dem Standstreifen gewartet.

Können Sie mir bis morgen, 12 Uhr, folgende Fragen beantworten: Wie alt war das eingesetzte Fahrzeug? Wann wurde es zuletzt gewartet? Wie wurden die Schülerinnen und Schüler weiterbefördert?

Mit freundlichen Grüßen
Katharina Lenz
Redaktion Lokales, Nordkurier""", note="journalist inquiry; reported breakdown is hearsay"),

m("dep09", "media_threat,severe_dissatisfaction",
  "Das war das schlechteste Atelier ever", "Lea Wagner", "lea.wagner@gmx.example",
  """Ich bin ehrlich gesagt fassungslos. Das Kleid ist zwei Tage vor der Hochzeit immer noch zu weit, die Träger sitzen schief und Ihre Mitarbeiterin meinte nur "das fällt auf den Fotos keinem auf".

So etwas Unprofessionelles habe ich noch nie erlebt. Ich werde meine Erfahrung ausführlich auf Google und Instagram teilen, mit Fotos, damit andere Bräute wissen, worauf sie sich einlassen.

Lea"""),

m("dep10", "discrimination_harassment",
  "Vorfall im Code-Camp am Mittwoch", "Tanja Kühn", "tanja.kuehn@familie-kuehn.example",
  """Sehr geehrte Damen und Herren,

mein Sohn Ben (11) sitzt im Rollstuhl. Beim Anmelden hatte ich das angegeben und Sie haben mir versichert, dass der Raum barrierefrei ist. Am Mittwoch wurde die Gruppe in einen Raum im ersten Stock verlegt. Der Betreuer sagte zu Ben, er solle "halt unten warten, für einen lohnt sich der Aufwand nicht", und ließ ihn zwei Stunden allein im Foyer sitzen, während die anderen Kinder programmierten.

Ben war völlig aufgelöst. Ich möchte wissen, wie Sie mit diesem Verhalten umgehen.

Tanja Kühn""", note="exclusion because of disability by staff; the accessibility assurance is a promise of a condition rather than a callback/delivery, not labelled broken_promise"),

m("dep11", "safety",
  "Kapselgehörschutz - Bügel gebrochen, Mitarbeiter mit Tinnitus", "Uwe Petersen", "u.petersen@petersen-metallbau.example",
  """Moin,

wir haben im März 20 Stück Kapselgehörschutz "Silentio 33" bei Ihnen bestellt (Bestellung 20-7781). Bei mindestens sechs Stück sind inzwischen die Bügel gebrochen, bei zweien ist die Kapsel an der Dichtung aufgerissen. Ein Kollege hat seit letzter Woche ein Pfeifen im Ohr, der Betriebsarzt vermutet einen Zusammenhang, weil der Schutz an der Flex nicht mehr dicht war.

Fotos hängen an. Wir haben alle Teile aus dem Verkehr gezogen. Gibt es bei dieser Charge ein bekanntes Problem?

Gruß aus Husum
Uwe Petersen""", att=("jpg", "Gehoerschutz_Buegel.jpg")),

m("dep12", "regulatory,security_incident,technical_issue",
  "App zeigt fremde Rezepte an", "Sabine Roth", "sabine.roth@t-online.example",
  """Guten Tag,

in der Apotheken-Bonus-App sehe ich unter "Meine Rezepte" seit gestern nicht nur meine eigenen E-Rezepte, sondern auch drei Rezepte einer fremden Frau mit vollem Namen und Geburtsdatum. Ich habe nichts Besonderes gemacht, nur die App geöffnet.

Das sind Gesundheitsdaten. Wenn ich bis Ende der Woche keine Rückmeldung habe, dass das behoben ist, melde ich den Vorfall dem Landesbeauftragten für Datenschutz.

Sabine Roth"""),

m("dep13", "billing_dispute,repeat_contact",
  "Zum dritten Mal: doppelte Abbuchung März", "Murat Yilmaz", "murat.yilmaz@gmx.example",
  """Hallo,

ich schreibe Ihnen jetzt zum dritten Mal wegen derselben Sache. Im März wurde meine Rate für den Studienkredit (218,40 €) zweimal abgebucht, am 1. und am 3. März. Kontoauszug habe ich beim ersten Mal schon mitgeschickt.

Bitte erstatten Sie die doppelte Rate zurück.

Murat Yilmaz
Vertragsnummer SK-20193-7"""),

m("dep14", "feature_request",
  "Idee für die Sprach-App", "Johanna Brückner", "johanna.brueckner@posteo.example",
  """Hallo liebes SprachDuo-Team,

ich nutze die App seit einem halben Jahr für Italienisch und finde sie toll. Schön wäre es, wenn man im Chat Korrekturen direkt in der Nachricht des Partners markieren könnte, so wie in einem Textdokument mit Änderungsverfolgung. Im Moment schreibe ich alles umständlich in eine neue Nachricht.

Viele Grüße
Johanna"""),

m("dep15", "broken_promise,high_value_order",
  "Bestellung 88-40211 über 7.450 € - Gutschrift fehlt", "Dieter Kowalski", "kowalski@kfz-kowalski.example",
  """Sehr geehrte Damen und Herren,

unsere Werkstattbestellung 88-40211 (Gesamtwert 7.450,00 € netto) wurde zur Hälfte mit falschen Teilen geliefert: 14 Bremssättel für die falsche Achse und 8 Stoßdämpfer eines anderen Herstellers. Die Teile sind seit dem 3. Juni bei Ihnen zurück.

Ihr Kollege Herr Maier hat mir am 5. Juni am Telefon die Gutschrift über 3.920 € "bis spätestens Ende der Woche" zugesagt. Heute ist der 24. Juni, auf unserem Konto ist nichts eingegangen.

Bitte veranlassen Sie die Gutschrift umgehend.

Mit freundlichen Grüßen
Dieter Kowalski
Kfz-Meisterbetrieb Kowalski""", note="wrong parts delivered is a fulfilment error, not technical"),

m("dep16", "billing_dispute,cancellation_threat",
  "Rechnung 2025-0412 falsch - Wartungsvertrag", "Petra Lindner", "petra.lindner@web.example",
  """Guten Tag,

auf der Rechnung 2025-0412 stehen 85 Quadratmeter Teppichreinigung. Unsere Wohnung hat insgesamt 62 Quadratmeter, davon Teppich in zwei Zimmern mit zusammen 31 Quadratmetern. Bitte korrigieren Sie die Rechnung, ich habe sie Ihnen angehängt.

Ehrlich gesagt überlege ich nach dem ganzen Ärger, den Wartungsvertrag zu beenden. Wenn die korrigierte Rechnung nicht bis Monatsende da ist, kündige ich ihn.

Petra Lindner""", att=("pdf", "Rechnung_2025-0412.pdf")),

m("dep17", "safety,technical_issue",
  "Akku aufgebläht - Gehäuse hebt sich", "Tobias Engel", "tobias.engel@posteo.example",
  """Hallo,

bei dem generalüberholten Notebook, das ich vor sechs Wochen bei Ihnen gekauft habe (Bestellnr. ZR-55031), hebt sich seit ein paar Tagen die Unterseite. Heute hat sich das Touchpad nach oben gewölbt und das Gerät war beim Laden sehr heiß. Ich vermute, der Akku ist aufgebläht (Foto anbei).

Ich habe es ausgeschaltet und auf den Balkon gelegt. Wie soll ich es Ihnen zurückschicken? Ein aufgeblähter Akku darf doch nicht normal mit der Post verschickt werden, oder?

Tobias Engel""", att=("jpg", "IMG_20250312_184455.jpg")),

m("dep18", "legal_threat,severe_dissatisfaction",
  "Brautkleid zerstört", "Nadine Hartmann", "nadine.hartmann@gmx.example",
  """Sehr geehrte Frau Weiß,

ich habe mein Brautkleid heute bei Ihnen abgeholt. Die Spitze am Rücken ist an zwei Stellen eingerissen, am Saum ist ein Brandfleck vom Bügeleisen. Das Kleid hat 2.300 Euro gekostet und die Hochzeit ist in zwölf Tagen.

Ich bin wütend und verzweifelt zugleich. Das ist eine absolute Katastrophe und in keiner Weise hinnehmbar.

Ich habe bereits einen Termin bei meiner Anwältin. Bitte bewahren Sie alle Unterlagen zu meinem Auftrag auf.

Nadine Hartmann"""),

m("dep19", "repeat_contact,severe_dissatisfaction",
  "AW: Räumdienst Einfahrt Birkenweg 12", "Werner Haas", "werner.haas@t-online.example",
  """Zum vierten Mal: Die Einfahrt Birkenweg 12 wurde auch heute nicht geräumt. Ich komme mit dem Auto nicht raus und muss zur Arbeit. Ihre Antworten sind reine Textbausteine. Ich bin stinksauer, das ist unterirdisch.

Werner Haas

Von: Winterdienst Hartmann Kundenservice <support@example.test>
Gesendet: Montag, 13. Januar 2025 08:12
An: Werner Haas <werner.haas@t-online.example>
Betreff: AW: Räumdienst Einfahrt Birkenweg 12

Sehr geehrter Herr Haas,

vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen an die Disposition weitergeleitet. Bei starkem Schneefall kann es zu Verzögerungen kommen.

Mit freundlichen Grüßen
Ihr Kundenservice""", trap="quoted_agent_text",
  note="'stinksauer'/'unterirdisch' + fourth contact; the quoted Outlook block is the desk's reply"),

m("dep20", "data_loss,technical_issue",
  "Alle meine Schadensmeldungen weg", "Olga Schmid", "olga.schmid@web.example",
  """Guten Tag,

im Mieterportal sind alle meine bisherigen Schadensmeldungen verschwunden, auch die vom Schimmel im Bad mit den Fotos. Unter "Meine Meldungen" steht nur "Keine Einträge vorhanden". Letzte Woche war noch alles da.

Ich brauche die Meldungen als Nachweis für die Mietminderung. Können Sie die wiederherstellen?

Olga Schmid"""),

m("dep21", "executive_contact",
  "Schreiben an den Vorstand", "Friedrich Bauer", "friedrich.bauer@t-online.example",
  """Sehr geehrte Damen und Herren,

zu Ihrer Information: Ich habe heute per Einschreiben an den Vorstand Ihrer Apothekengruppe geschrieben und die Vorgänge um mein Bonuskonto geschildert. Eine Kopie liegt dieser E-Mail bei.

Mit freundlichen Grüßen
Friedrich Bauer""", att=("pdf", "Schreiben_Vorstand_Bauer.pdf")),

m("dep22", "feature_request,technical_issue",
  "Ticket-App stürzt ab + Offline-Modus?", "Finn Becker", "finn.becker@posteo.example",
  """Hey,

die Festival-App stürzt bei mir jedes Mal ab, wenn ich auf "Mein Ticket" tippe (Pixel 7, Android 14, neueste Version). Neu installiert hab ich schon.

Und eine Bitte: Könnt ihr das Ticket bitte auch offline speicherbar machen? Auf dem Gelände gibt's eh kaum Netz.

Finn"""),

m("dep23", "data_loss,severe_dissatisfaction,technical_issue",
  "IHR SYSTEM HAT MEINE RESERVIERUNG GELÖSCHT", "Holger Baumann", "holger.baumann@gmx.example",
  """ICH HABE IM SEPTEMBER FÜR MEINE FAMILIE 4 SKI-SETS FÜR DIE FASCHINGSFERIEN RESERVIERT UND BEZAHLT. HEUTE STEHEN WIR IM LADEN UND IHR SYSTEM KENNT DIE RESERVIERUNG NICHT. DIE BESTÄTIGUNGSMAIL HABE ICH AUF DEM HANDY.

JETZT SOLLEN WIR DEN TAGESPREIS ZAHLEN. SO EINE UNVERSCHÄMTHEIT HABE ICH NOCH NICHT ERLEBT.

HOLGER BAUMANN"""),

m("dep24", "regulatory",
  "Beschwerde bei der Schlichtungsstelle", "Ingrid Vogt", "ingrid.vogt@web.example",
  """Sehr geehrte Damen und Herren,

nachdem meine Beschwerde über die ausgefallene Rückfahrt unserer Seniorengruppe (Buchung FK-3318) seit acht Wochen unbeantwortet ist, habe ich den Fall heute bei der Schlichtungsstelle für den öffentlichen Personenverkehr eingereicht.

Die Schlichtungsstelle wird sich bei Ihnen melden.

Mit freundlichen Grüßen
Ingrid Vogt"""),

m("dep25", "cancellation_threat,technical_issue",
  "Premium verlängere ich so nicht", "Selin Aydın", "selin.aydin@posteo.example",
  """Hallo,

seit zwei Wochen funktionieren die Videoanrufe in der App nicht mehr, nach ein paar Sekunden friert das Bild ein und der Anruf bricht ab. WLAN ist schnell, mit anderen Apps klappt alles.

Mein Premium-Abo läuft im Mai aus. So verlängere ich das sicher nicht, dann schaue ich mich nach einer anderen App um.

Selin"""),

m("dep26", "outage,severe_dissatisfaction,technical_issue",
  "Kartenzahlung auf dem ganzen Gelände tot", "Marco Fischer", "marco.fischer@gmx.example",
  """Seit 20 Uhr geht auf dem ganzen Festivalgelände keine einzige Kartenzahlung mehr, weder mit Armband noch mit EC-Karte. Die Terminals zeigen alle "Host nicht erreichbar". An den Bars stehen Hunderte Leute. Das ist ein komplettes Desaster, wie kann man so ein Festival organisieren?!

Marco"""),

m("dep27", "corporate_contact_request",
  "Anschrift Firmensitz", "Brigitte Krause", "brigitte.krause@t-online.example",
  """Guten Tag,

bitte teilen Sie mir die vollständige Anschrift Ihres Firmensitzes sowie die zuständige Rechtsabteilung mit. Ich möchte eine schriftliche Beschwerde per Post einreichen.

Brigitte Krause"""),

m("dep28", "feature_request,technical_issue",
  "Problem mit Rechnung download und Wunsch", "Andrzej Nowicki", "andrzej.nowicki@nowicki-bau.example",
  """Hallo,

ich bin nicht so gut in Deutsch, Entschuldigung. Wenn ich Rechnung im Kundenkonto runterladen will, kommt immer Fehler "Datei nicht gefunden". Das ist bei alle Rechnungen von Juli.

Und eine Frage: könnt ihr bitte machen, dass man Arbeitskleidung auch nach Größe für mehrere Mitarbeiter auf einmal bestellen kann? Ich habe 9 Leute und muss jedes mal einzeln klicken.

Danke
Andrzej Nowicki""", note="non-native writer"),

# ---------------------------------------------------------------- negatives

m("den01", "-", "Frage zu Lieferzeit Sicherheitsschuhe", "Thomas Keller", "t.keller@keller-holzbau.example",
  """Guten Tag,

wie lange ist aktuell die Lieferzeit für die Sicherheitsschuhe S3 "Terra" in Größe 44 und 46? Wir brauchen je fünf Paar bis Mitte März.

Mit freundlichen Grüßen

Thomas Keller
Geschäftsführer
Keller Holzbau GmbH
Amtsgericht Musterstadt HRB 5550""", trap="job_title", note="Geschäftsführer signature"),

m("den02", "-", "Re: Rückerstattung Armbandguthaben", "Svenja Hartwig", "svenja.hartwig@posteo.example",
  """Vielen Dank, das Geld ist heute angekommen. Damit ist die Sache für mich erledigt.

Viele Grüße
Svenja

Am 12.08.2025 um 21:47 schrieb Svenja Hartwig <svenja.hartwig@posteo.example>:
> Zum dritten Mal: Ich will mein Restguthaben von 34 Euro zurück. Wenn
> das nicht bis Ende der Woche passiert, schalte ich meinen Anwalt ein
> und melde das der Verbraucherzentrale. Eine Frechheit ist das!""",
  trap="quoted_threat,closing_reply", note="'Am ... schrieb' quote carries the old threats"),

m("den03", "-", "AW: Termin Teppichreinigung", "Monika Scholz", "monika.scholz@web.example",
  """Hallo Herr Demir,

Donnerstag, 9 Uhr passt uns gut. Der Schlüssel liegt bei der Nachbarin im Erdgeschoss.

Gruß
Monika Scholz

-----Ursprüngliche Nachricht-----
Von: Monika Scholz <monika.scholz@web.example>
Gesendet: Dienstag, 4. Februar 2025 19:03
An: Kundenservice <support@example.test>
Betreff: Termin Teppichreinigung

Ich möchte sofort mit Ihrem Vorgesetzten sprechen. Zweimal ist Ihr Mitarbeiter nicht erschienen, das ist absolut inakzeptabel. Wenn der nächste Termin auch platzt, kündige ich.""",
  trap="quoted_threat", note="Von:/Gesendet: block"),

m("den04", "-", "Abo pausieren statt kündigen?", "Lukas Meier", "lukas.meier@gmx.example",
  """Hi,

ich will mein Premium-Abo nicht kündigen, ich bin sehr zufrieden. Ich bin nur im Sommer drei Monate auf Reisen. Kann man das Abo irgendwie pausieren?

Danke, Lukas""", trap="negation"),

m("den05", "-", "Stornobedingungen Gruppenfahrt", "Elke Sommer", "elke.sommer@t-online.example",
  """Guten Tag,

wir planen mit unserem Kegelclub eine Busfahrt nach Rüdesheim im September (ca. 35 Personen). Wie sind Ihre Stornobedingungen, falls wir die Fahrt kurzfristig absagen müssen? Bis wann ist eine kostenlose Stornierung möglich?

Freundliche Grüße
Elke Sommer""", trap="policy_question"),

m("den06", "-", "Zwei-Faktor-Authentifizierung einrichten", "Jonas Richter", "jonas.richter@posteo.example",
  """Hallo,

wie kann ich für mein Konto im Studienkredit-Portal die Zwei-Faktor-Authentifizierung einrichten? In den Einstellungen finde ich nur die Passwortänderung.

Danke und Gruß
Jonas Richter""", trap="two_factor"),

m("den07", "-", "Auftragsverarbeitungsvertrag nach DSGVO", "Dr. Anja Lorenz", "anja.lorenz@lorenz-hausverwaltung.example",
  """Sehr geehrte Damen und Herren,

wir möchten Ihr Mieterportal für weitere 120 Wohneinheiten nutzen. Bitte senden Sie uns vorab Ihren Auftragsverarbeitungsvertrag gemäß Art. 28 DSGVO sowie eine Übersicht der technischen und organisatorischen Maßnahmen.

Mit freundlichen Grüßen
Dr. Anja Lorenz
Datenschutzbeauftragte, Lorenz Hausverwaltung""", trap="gdpr_document,job_title"),

m("den08", "-", "Rechnung über 5.000,00 € - Bestellnummer fehlt", "Karin Weber", "karin.weber@weber-elektro.example",
  """Guten Tag,

Ihre Rechnung RE-25-0711 über genau 5.000,00 € für den Batteriespeicher ist bei uns eingegangen. Es fehlt allerdings unsere Bestellnummer, ohne die unsere Buchhaltung nicht zahlen kann. Könnten Sie die Rechnung mit der Bestellnummer 4711-2025 neu ausstellen?

Der Betrag stimmt. Die Rechnung hänge ich noch einmal an.

Mit freundlichen Grüßen
Karin Weber""", trap="exactly_5000", att=("pdf", "RE-25-0711.pdf")),

m("den09", "-", "Großes Lob!", "Heike Brandt", "heike.brandt@web.example",
  """Liebes Team vom Brautatelier,

ich wollte mich noch einmal herzlich bedanken. Das Kleid saß am Hochzeitstag perfekt und alle haben gefragt, wo ich es habe ändern lassen. Frau Weiß, Sie sind eine Künstlerin!

Alles Liebe
Heike""", trap="praise"),

m("den10", "-", "Feedback zum Camp", "Sandra Wolf", "sandra.wolf@gmx.example",
  """Hallo,

unsere Tochter hatte eine schöne Woche im Code-Camp. Wir waren nur etwas enttäuscht, dass das angekündigte Roboter-Projekt wegen fehlender Bausätze ausgefallen ist. Vielleicht klappt das beim nächsten Mal.

Viele Grüße
Sandra Wolf""", trap="mild_disappointment"),

m("den11", "-", "Frage zur Nebenkostenabrechnung", "Ahmet Demir", "ahmet.demir@web.example",
  """Guten Tag,

mein Nachbar meint, ich soll wegen der Nebenkostenabrechnung gleich zum Anwalt gehen, aber ich möchte es lieber erst einmal verstehen. Wo finde ich im Mieterportal die Aufschlüsselung der Heizkosten für 2024?

Danke
Ahmet Demir""", trap="reported_speech"),

m("den12", "-", "Wartungsarbeiten am Sonntag", "Claudia Neumann", "claudia.neumann@t-online.example",
  """Hallo,

laut Ankündigung finden am Sonntag Wartungsarbeiten an der Monitoring-App statt. Läuft der Batteriespeicher in der Zeit ganz normal weiter, oder muss ich etwas beachten?

Gruß
Claudia Neumann""", trap="maintenance_question"),

m("den13", "-", "Rechnungskopie für unseren Geschäftsführer", "Melanie Frank", "melanie.frank@frank-logistik.example",
  """Hallo,

unser Geschäftsführer braucht für die Quartalsbesprechung eine Kopie der Rechnung über die 25 generalüberholten Notebooks (Bestellung ZR-54410). Die Geräte laufen übrigens alle einwandfrei. Könnten Sie die Rechnung als PDF schicken?

Danke
Melanie Frank
Assistenz der Geschäftsführung""", trap="own_ceo,invoice_copy"),

m("den14", "-", "Gibt es einen Dunkelmodus?", "Paul Schulte", "paul.schulte@posteo.example",
  """Hallo, gibt es in der Apotheken-App einen Dunkelmodus? Ich finde in den Einstellungen nichts. Danke!""", trap="feature_exists"),

]
