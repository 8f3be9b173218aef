# German customer mail: positives and hard negatives. Hand-written literals.
from spec import M

MESSAGES = [

# ---------------------------------------------------------------- positives

M("de", "broken_promise,legal_threat", "-", "-",
  "Jürgen Hollweg <j.hollweg@posteo-mail.example>",
  "Lieferung Boxspringbett - Auftrag 300-7719",
  """\
Sehr geehrte Damen und Herren,

am 14. März habe ich bei Ihnen ein Boxspringbett "Lindau" bestellt. Mir
wurde telefonisch zugesichert, dass die Lieferung spätestens in KW 16
erfolgt. Inzwischen haben wir KW 20, und auf meine Nachfragen erhalte ich
nur Textbausteine.

Ich habe die Angelegenheit heute meinem Rechtsbeistand übergeben. Weitere
Korrespondenz bitte nur noch schriftlich.

Mit freundlichen Grüßen
Jürgen Hollweg
"""),

M("de", "billing_dispute,regulatory", "-", "-",
  "Sabine Krämer <sabine.kraemer@webpost.example>",
  "Doppelte Abbuchung 89,00 €",
  """\
Hallo,

Sie haben am 2. und am 3. Juni jeweils 89,00 € für meinen Angelschein
(Jahreskarte Talsperre) von meinem Konto abgebucht. Ich habe nur eine
Karte gekauft, die Bestellnummer ist bei beiden Buchungen dieselbe.

Da auf meine erste Nachricht keine Antwort kam, habe ich mich inzwischen an
die Verbraucherzentrale gewandt. Bitte erstatten Sie den doppelten Betrag.

Sabine Krämer
"""),

M("de", "manager_request,repeat_contact", "-", "-",
  "Thorsten Biel <thorsten.biel@biel-dach.example>",
  "Gerüst Baustelle Lindenstraße 4 - immer noch nicht abgebaut",
  """\
Guten Tag,

das ist jetzt meine dritte Mail zu diesem Thema. Das Gerüst an der
Lindenstraße 4 sollte laut Ihrer Abmeldebestätigung am 30.04. abgebaut
werden. Es steht immer noch, und der Kunde kann seine Fassade nicht fertig
streichen lassen.

Bitte geben Sie die Sache an jemanden weiter, der bei Ihnen tatsächlich
etwas entscheiden darf. Mit der Disposition komme ich nicht weiter.

Thorsten Biel
Biel Bedachungen
"""),

M("de", "corporate_contact_request,severe_dissatisfaction", "-", "-",
  "Renate Oberholzer <renate.oberholzer@bergblick.test>",
  "Ihre Firmenzentrale",
  """\
Guten Tag,

nach drei Wochen ohne brauchbare Antwort zu meiner beschädigten Fliesen-
lieferung reicht es mir. Was Sie sich hier leisten, ist eine Frechheit.

Nennen Sie mir bitte die vollständige Postanschrift Ihrer Firmenzentrale
und die Telefonnummer der Hauptverwaltung. Ich werde mich schriftlich dorthin
wenden.

R. Oberholzer
"""),

M("de", "billing_dispute,executive_contact,high_value_order", "-", "-",
  "Dr. Henrike Maas <h.maas@maas-architekten.example>",
  "Rechnung FE-2291 über 7.480,00 €",
  """\
Sehr geehrte Damen und Herren,

Ihre Rechnung FE-2291 über 7.480,00 € für die Fenster im Objekt
Gartenweg 12 enthält zwei Positionen, die nicht beauftragt wurden: die
Rollladenkästen (1.120,00 €) und eine "Baustellenpauschale" von 380,00 €.
Unser unterschriebenes Angebot liegt Ihnen vor.

Ich habe Ihren Geschäftsführer, Herrn Ahlers, in Kopie gesetzt, da mein
Anruf in der Buchhaltung bisher ohne Ergebnis geblieben ist.

Mit freundlichen Grüßen
Dr. Henrike Maas
"""),

M("de", "security_incident", "-", "-",
  "Kevin Albers <kevin.albers@ostkurve.test>",
  "Jemand war in meinem Konto!!",
  """\
Hallo,

heute Nacht hat sich jemand in mein Konto eingeloggt (Mail "Neue Anmeldung
aus Rumänien" um 03:12) und meine Auszahlungsdaten geändert. Zwei meiner
Tickets für das Pokalspiel wurden verkauft und das Geld ging auf ein
fremdes Konto. Ich war das nicht.

Bitte sperren Sie das Konto sofort und sagen Sie mir, was ich tun soll.

Kevin Albers
"""),

M("de", "data_loss,technical_issue", "-", "-",
  "Miriam Feldhaus <miriam.feldhaus@stillezeit.example>",
  "Tagebuch komplett leer",
  """\
Liebes Team,

seit dem letzten Update ist mein Meditations-Tagebuch komplett leer. Über
zwei Jahre Einträge, alles weg. Die App zeigt "Noch keine Einträge". Ich
habe mich ab- und wieder angemeldet, das Handy neu gestartet, nichts hilft.

Gibt es irgendeine Möglichkeit, die Einträge wiederherzustellen? Das ist
mir wirklich wichtig.

Herzliche Grüße
Miriam
"""),

M("de", "outage,severe_dissatisfaction,technical_issue", "-", "-",
  "Dennis Wollny <dennis.wollny@frag-nord.test>",
  "Plattform down - 502 Bad Gateway",
  """\
Seit heute Mittag ist eure Seite nicht mehr erreichbar, nur noch "502 Bad
Gateway", bei allen Spielern in unserer Liga, egal ob Browser oder Client.
Um 18 Uhr startet unser Ligafinale mit 32 Teams und Zuschauern im Stream.

Das ist eine absolute Katastrophe. Gibt es irgendeine Info, wann ihr
wieder online seid?

Dennis
Liga-Admin Frag Nord
"""),

M("de", "cancellation_threat", "-", "-",
  "Carola Wendt <carola.wendt@gestuet-mail.example>",
  "Einstellervertrag Box 14",
  """\
Hallo Frau Brandes,

leider haben sich die Dinge, die ich im Frühjahr angesprochen habe, nicht
gebessert: Wasser in der Box war zweimal leer, als ich kam, und Rocco steht
deutlich öfter drin als vereinbart.

Ich kündige hiermit den Einstellervertrag für Box 14 zum nächstmöglichen
Termin. Wir ziehen in einen anderen Stall um.

Viele Grüße
Carola Wendt
"""),

M("de", "broken_promise,media_threat", "-", "-",
  "Nadine Scholz <nadine.scholz@gmx-post.example>",
  "Versprochener Rückruf",
  """\
Hallo,

am Montag hat mir Ihre Kollegin am Telefon versprochen, dass mich bis
Mittwoch jemand aus der Werkstatt wegen meiner Uhr zurückruft. Es ist
Freitag. Kein Anruf, keine Mail.

Ich habe knapp 9.000 Follower auf Instagram, die sich sehr für Uhren
interessieren. Wenn ich bis Montag nichts höre, bekommen die einen
ausführlichen Bericht über Ihren Service, und die Bewertungsportale auch.

Nadine Scholz
"""),

M("de", "manager_request,safety", "-", "-",
  "Markus Eichinger <markus.eichinger@eichinger-web.example>",
  "Verletzung meines Sohnes am Samstag",
  """\
Sehr geehrte Damen und Herren,

mein Sohn (7) hat sich am Samstag im Bereich "Dodgeball" an einer Schraube
verletzt, die am Rand der Matte herausstand. Er hat eine Platzwunde am
Knie, die im Krankenhaus genäht werden musste. Die Schraube stand, als wir
eine Stunde später gingen, immer noch heraus.

Ich möchte, dass sich die Leitung des Parks persönlich bei mir meldet,
nicht das Servicecenter.

Markus Eichinger
"""),

M("de", "feature_request", "-", "-",
  "Uwe Petersen <uwe.petersen@angelfreunde-nord.test>",
  "Vorschlag: Tageskarten für Vereinsgewässer",
  """\
Moin,

ich nutze eure App für den Jahresschein und bin sehr zufrieden. Es wäre
super, wenn man darüber auch Tageskarten für die Vereinsgewässer kaufen
könnte - im Moment muss ich dafür immer noch zur Tankstelle fahren. Und
eine Fangbuch-Funktion zum Abhaken wäre auch nicht schlecht.

Petri Heil
Uwe Petersen
"""),

M("de", "technical_issue", "-", "-",
  "Elke Brünner <elke.bruenner@bruenner-haus.example>",
  "Fehlermeldung beim Bezahlen",
  """\
Guten Tag,

ich versuche seit gestern, die Bodenfliesen aus meinem Warenkorb zu
bestellen. Jedes Mal, wenn ich auf "Zahlungspflichtig bestellen" klicke,
kommt "Ihre Sitzung ist abgelaufen" und der Warenkorb ist leer. Mit
Firefox und Edge dasselbe. Einen Screenshot habe ich angehängt. Können Sie
das prüfen?

Freundliche Grüße
Elke Brünner
""", attach="fehlermeldung.png"),

M("de", "billing_dispute", "-", "charged after cancelling; chargeback threat",
  "Tanja Rieger <tanja.rieger@sternpost.test>",
  "Abbuchung trotz Kündigung",
  """\
Hallo,

ich habe mein Abo am 28. Juli fristgerecht gekündigt (Bestätigung liegt mir
vor). Trotzdem haben Sie am 1. September 39,99 € abgebucht. Ich erwarte die
Erstattung innerhalb einer Woche, sonst lasse ich die Lastschrift von meiner
Bank zurückbuchen.

Tanja Rieger
"""),

M("de", "broken_promise,high_value_order", "-", "-",
  "Friedrich Baumann <f.baumann@baumann-familie.example>",
  "Auftrag FE-3104 - Montagetermin erneut verschoben",
  """\
Sehr geehrte Damen und Herren,

für unseren Auftrag FE-3104 (Austausch aller Fenster und der Haustür,
Auftragssumme 18.650,00 €, Anzahlung 30 % geleistet) wurde uns der
Montagetermin 12. Mai fest zugesagt. Am 9. Mai kam die Absage. Der neue
Termin 2. Juni wurde ebenfalls kurzfristig gestrichen.

Unsere alten Fenster sind bereits teilweise ausgebaut und provisorisch mit
Folie verschlossen. Wir benötigen umgehend einen verbindlichen Termin.

Friedrich Baumann
"""),

M("de", "discrimination_harassment", "-", "verbal abuse of a child by staff",
  "Anja Lindemann <anja.lindemann@hofpost.example>",
  "Verhalten des Reitlehrers",
  """\
Hallo,

meine Tochter (13) reitet seit zwei Jahren bei Ihnen. Am Dienstag hat der
neue Reitlehrer sie vor der ganzen Gruppe gefragt, ob das Pony "dich
überhaupt noch tragen kann", und die anderen Mädchen haben gelacht. Er hat
das in der Stunde noch zweimal wiederholt. Sie will jetzt nicht mehr
hingehen.

So darf ein Erwachsener, der für Kinder verantwortlich ist, nicht mit ihnen
reden. Ich bitte um ein Gespräch.

Anja Lindemann
"""),

M("de", "severe_dissatisfaction", "caps", "physical damage during repair: not technical_issue",
  "Wolfgang Reuter <w.reuter@reuter-mail.test>",
  "UNVERSCHÄMTHEIT",
  """\
Meine Uhr war zur Revision bei Ihnen und kam mit einem tiefen Kratzer im
Saphirglas zurück, den es vorher NICHT gab. Ihr Mitarbeiter behauptet, der
sei "schon drin gewesen". DAS IST EINE UNVERSCHÄMTHEIT. Ich habe Fotos vom
Tag der Abgabe, eins hängt an.

W. Reuter
""", attach="Uhr_Abgabe.jpg"),

M("de", "regulatory,security_incident,technical_issue", "-", "-",
  "Sven Hartung <sven.hartung@nordlicht-mail.example>",
  "Datenpanne in Ihrer App",
  """\
Sehr geehrte Damen und Herren,

in Ihrer Horoskop-App wird bei "Partner-Kompatibilität" seit gestern nicht
mein Partner angezeigt, sondern Profile fremder Nutzer, inklusive Name,
Geburtsdatum, Geburtsort und Wohnort. Umgekehrt sehen offenbar andere meine
Daten, eine Bekannte hat mir einen Screenshot mit meinem Profil geschickt
(anbei).

Das ist eine Datenpanne. Ich habe den Vorfall heute dem
Landesdatenschutzbeauftragten gemeldet.

Sven Hartung
""", attach="Screenshot_Kompatibilitaet.png"),

M("de", "corporate_contact_request,executive_contact", "-",
  "asks for the board's email in order to write to the chair",
  "Gisela Markwardt <gisela.markwardt@seeblick.example>",
  "E-Mail-Adresse des Vorstands",
  """\
Guten Tag,

wie lautet die E-Mail-Adresse Ihres Vorstands? Nach der Erfahrung auf
unserer Ostseekreuzfahrt möchte ich mich direkt an die Vorstandsvorsitzende
wenden und nicht noch einmal an ein allgemeines Postfach.

Mit freundlichen Grüßen
Gisela Markwardt
"""),

M("de", "billing_dispute,high_value_order,legal_threat", "-", "-",
  "Bernd Kowalczyk <b.kowalczyk@kowalczyk-bau.example>",
  "Rechnung KR-5518 - Einspruch",
  """\
Sehr geehrte Damen und Herren,

Ihre Rechnung KR-5518 über 12.900,00 € netto berechnet vier Einsatztage für
den 80-t-Mobilkran. Der Kran war laut Ihrem eigenen Tagesbericht nur an zwei
Tagen auf der Baustelle, an den anderen beiden hat Ihr Fahrer abgesagt.

Wir widersprechen der Rechnung in Höhe von 6.450,00 €. Sollte keine
korrigierte Rechnung kommen, werden wir die Angelegenheit gerichtlich
klären lassen.

Bernd Kowalczyk
Kowalczyk Bau GmbH
"""),

M("de", "outage,technical_issue", "-", "-",
  "Jonas Pfeiffer <jonas.pfeiffer@hopfenpost.test>",
  "Shop offline?",
  """\
Hallo zusammen,

euer Shop ist seit gestern Abend komplett offline, jede Seite zeigt nur
"503 Service Temporarily Unavailable". Auch die Bestellhistorie im
Kundenkonto geht nicht. Im Hobbybrauer-Forum schreiben andere dasselbe.

Ich wollte nur Bescheid geben, falls ihr es noch nicht wisst.

Gruß
Jonas
"""),

M("de", "manager_request,severe_dissatisfaction", "-", "-",
  "Petra Hinrichsen <petra.hinrichsen@kuestenmail.example>",
  "Reklamation Matratze - so nicht",
  """\
Guten Tag,

die Matratze hat nach vier Monaten eine Kuhle von fünf Zentimetern. Ihr
Kundenservice teilt mir mit, das sei "normales Liegeverhalten". Diese
Antwort ist eine bodenlose Frechheit.

Ich möchte jetzt jemanden aus der Leitung Ihres Kundenservice sprechen, und
zwar telefonisch: 555-0137.

Petra Hinrichsen
"""),

M("de", "cancellation_threat,data_loss,technical_issue", "-", "-",
  "Lea Vogelsang <lea@vogelsang-design.example>",
  "Alle Mockups gelöscht",
  """\
Hallo,

seit dem Wartungsfenster am Wochenende sind in meinem Shop alle
Produktmockups verschwunden - 180 Produkte zeigen nur noch ein graues
Platzhalterbild. Die Motive selbst sind zwar noch da, aber jede einzelne
Produktseite neu aufzubauen dauert Tage.

Wenn das nicht bis Ende der Woche wiederhergestellt ist, ziehe ich mit
meinem Shop zu einem anderen Anbieter um.

Lea Vogelsang
"""),

M("de", "broken_promise,repeat_contact", "-", "-",
  "Hauke Jessen <hauke.jessen@watt-mail.test>",
  "Rückerstattung SKS-Kurs - vierte Nachricht",
  """\
Moin,

ich schreibe Ihnen jetzt zum vierten Mal. Der SKS-Praxistörn im April wurde
von Ihnen abgesagt, und Sie haben mir am 20. April schriftlich zugesagt,
dass die 1.390 € "innerhalb von zehn Werktagen" zurückkommen. Bis heute ist
nichts auf meinem Konto eingegangen.

Hauke Jessen
"""),

M("de", "feature_request,technical_issue", "-", "-",
  "Kilian Stracke <kilian.stracke@pixelwerk.test>",
  "Client-Absturz + Wunsch",
  """\
Hi,

seit Patch 4.2 stürzt der Turnier-Client bei mir jedes Mal beim Wechsel
von Map 2 auf Map 3 ab, Fehlercode TC-77. Mein Teamkollege hat das Gleiche.

Und ein Wunsch für die Zukunft: Bitte baut eine Funktion ein, mit der man
während eines Matches einen Ersatzspieler einwechseln kann, ohne das Team
neu anmelden zu müssen.

Kilian
"""),

M("de", "media_threat", "hearsay", "journalist inquiry; reported injuries are hearsay",
  "Katharina Bösel <k.boesel@nordstadt-anzeiger.example>",
  "Presseanfrage: Unfall im Trampolinpark am 3. Mai",
  """\
Sehr geehrte Damen und Herren,

ich bin Redakteurin beim Nordstadt-Anzeiger und recherchiere zu einem
Vorfall in Ihrem Trampolinpark am 3. Mai, bei dem sich nach Angaben von
Eltern mehrere Kinder verletzt haben sollen.

Können Sie mir bis Donnerstag mitteilen, wie viele Unfälle Ihnen in diesem
Jahr gemeldet wurden und wie oft die Anlage gewartet wird?

Mit freundlichen Grüßen
Katharina Bösel
"""),

M("de", "safety,technical_issue", "-",
  "charger overheating: device fault counts as technical_issue",
  "Heinz Görlitz <heinz.goerlitz@goerlitz-home.example>",
  "Ladekabel geschmolzen",
  """\
Guten Tag,

das magnetische Ladekabel für die Smartwatch, die ich im Februar bei Ihnen
gekauft habe, ist gestern beim Laden so heiß geworden, dass der
Kunststoff am Stecker geschmolzen ist. Es hat verbrannt gerochen, und auf
dem Nachttisch ist jetzt ein Brandfleck.

Bitte teilen Sie mir mit, wie ich vorgehen soll. Ich benutze das Kabel
natürlich nicht mehr.

Heinz Görlitz
"""),

M("de", "cancellation_threat,severe_dissatisfaction", "-", "-",
  "Mareike Thönnissen <mareike.t@windsurf-post.test>",
  "Das war's",
  """\
Drei gebuchte Kitekurstage, dreimal kurzfristig abgesagt, jedes Mal per SMS
eine Stunde vorher, nachdem ich schon 80 km gefahren war. Das ist wirklich
das Letzte.

Ich storniere hiermit alle weiteren Buchungen und will mit Ihrer Schule
nichts mehr zu tun haben.

Mareike Thönnissen
"""),

M("de", "billing_dispute,repeat_contact", "-",
  "two emails plus one call = at least the third contact",
  "Ilona Brockmann <ilona.brockmann@brockmann-immo.example>",
  "Gerüstrechnung GR-4410 - zu viel berechnet",
  """\
Sehr geehrte Damen und Herren,

wir haben Ihnen bereits zweimal gemailt und einmal angerufen. Ihre
Rechnung GR-4410 berechnet 340 m² Gerüstfläche, tatsächlich standen laut
Aufmaß Ihres eigenen Kolonnenführers 218 m². Das sind 1.240,00 € zu viel.

Bitte schicken Sie uns endlich eine korrigierte Rechnung. Das Aufmaß
hängt an.

Ilona Brockmann
Brockmann Immobilienverwaltung
""", attach="Aufmass_GR-4410.pdf"),

# ---------------------------------------------------------------- negatives

M("de", "-", "quoted_threat,closing_reply", "'Am ... schrieb ...:' quote",
  "Gerhard Lüttke <gerhard.luettke@luettke-post.example>",
  "AW: Gutschrift Rechnung 22-3381",
  """\
Hallo Frau Sommer,

vielen Dank, die Gutschrift ist heute angekommen. Damit ist die Sache für
mich erledigt.

Schöne Grüße
Gerhard Lüttke

Am 11.02.2025 um 17:40 schrieb Gerhard Lüttke <gerhard.luettke@luettke-post.example>:
> Wenn die falsch berechneten 260 € nicht bis Freitag gutgeschrieben sind,
> schalte ich meinen Anwalt ein und melde mich bei der Verbraucherzentrale.
"""),

M("de", "-", "quoted_threat", "'Von:/Gesendet:' Outlook quote",
  "Claudia Rohde <claudia.rohde@rohde-reitsport.example>",
  "AW: Boxenwechsel",
  """\
Hallo Herr Brandes,

danke für den Rückruf, der Boxenwechsel zum 1. ist so in Ordnung.

Viele Grüße
Claudia Rohde

Von: Claudia Rohde <claudia.rohde@rohde-reitsport.example>
Gesendet: Montag, 3. Februar 2025 08:12
An: support@example.test
Betreff: Boxenwechsel

Wenn Lotte noch eine Woche neben dem Hengst stehen muss, kündige ich den
Vertrag. Ich will umgehend mit der Stallleitung sprechen.
"""),

M("de", "-", "job_title", "Geschäftsführer signature",
  "Matthias Oberländer <m.oberlaender@oberlaender-gmbh.example>",
  "Angebot Werbeschilder",
  """\
Guten Tag,

wir benötigen für unsere drei Filialen jeweils ein beleuchtetes
Nasenschild, ca. 60 x 60 cm, doppelseitig. Können Sie uns ein Angebot
inklusive Montage machen?

Mit freundlichen Grüßen

Matthias Oberländer
Geschäftsführer
Oberländer Bäckereien GmbH
"""),

M("de", "-", "negation", "-",
  "Heike Sandmann <heike.sandmann@sandmann-mail.test>",
  "Zahlungsweise ändern",
  """\
Hallo,

keine Sorge, ich will nicht kündigen! Ich möchte nur die Zahlungsweise
meines Abos von monatlich auf jährlich umstellen. Wo geht das?

Liebe Grüße
Heike
"""),

M("de", "-", "policy_question", "-",
  "Rüdiger Falk <ruediger.falk@falk-online.example>",
  "Stornobedingungen",
  """\
Sehr geehrte Damen und Herren,

wie sind Ihre Stornobedingungen für die Nordlandreise im Juni? Was
passiert, wenn ich aus gesundheitlichen Gründen kurzfristig absagen muss?

Mit freundlichen Grüßen
Rüdiger Falk
"""),

M("de", "-", "own_boss", "the customer's own boss",
  "Selin Aydın <selin.aydin@kanzlei-vormann.example>",
  "Betriebsausflug Trampolinpark",
  """\
Hallo,

mein Chef möchte unseren Betriebsausflug dieses Jahr bei Ihnen machen, ca.
25 Personen, an einem Freitagnachmittag im Juli. Haben Sie dafür ein
Gruppenangebot mit Getränken?

Viele Grüße
Selin Aydın
"""),

M("de", "-", "large_amount_no_problem", "-",
  "Andreas Kühnel <a.kuehnel@kuehnel-bau.example>",
  "Auftragsbestätigung Gerüst Schulzentrum",
  """\
Guten Tag,

anbei unser unterschriebener Auftrag über 23.400,00 € für das Gerüst am
Schulzentrum. Bitte senden Sie uns die Auftragsbestätigung und den
geplanten Aufbautermin.

Mit freundlichen Grüßen
Andreas Kühnel
""", attach="Auftrag_Schulzentrum.pdf"),

M("de", "-", "exactly_5000", "-",
  "Monika Staudt <monika.staudt@staudt-web.test>",
  "Anzahlung überwiesen",
  """\
Hallo,

ich habe heute die vereinbarte Anzahlung von genau 5.000,00 € für die
Fenster überwiesen. Können Sie mir den Eingang kurz bestätigen?

Danke und Grüße
Monika Staudt
"""),

M("de", "-", "feature_exists_question", "-",
  "Tobias Lenz <tobias.lenz@lenzmail.example>",
  "Export der Sitzungen",
  """\
Hi, gibt es eine Möglichkeit, meine Meditationssitzungen als Datei zu
exportieren? Ich habe in den Einstellungen nichts gefunden. Danke!
"""),

M("de", "-", "gdpr_document_request", "-",
  "Frauke Mertens <frauke.mertens@mertens-events.example>",
  "AV-Vertrag",
  """\
Sehr geehrte Damen und Herren,

für unser Firmenturnier auf Ihrer Plattform benötigen wir einen
Auftragsverarbeitungsvertrag nach Art. 28 DSGVO. Können Sie uns Ihre
Vorlage zusenden?

Mit freundlichen Grüßen
Frauke Mertens
Datenschutzkoordination
"""),

M("de", "-", "praise", "-",
  "Ingeborg Wessel <ingeborg.wessel@wessel-post.test>",
  "Danke für die schöne Reise",
  """\
Liebes Team,

wir sind von der Donaukreuzfahrt zurück und wollten einfach Danke sagen.
Alles hat wunderbar geklappt, und die Crew war so herzlich.

Herzliche Grüße
Ingeborg und Klaus Wessel
"""),

M("de", "-", "reported_speech", "neighbour's threat is reported, not adopted",
  "Dirk Hansmann <dirk.hansmann@hansmann-web.example>",
  "Anfrage Gerüst Giebelseite",
  """\
Hallo,

wir brauchen ein Gerüst an der Giebelseite für neue Dachrinnen. Mein
Nachbar meinte, er hätte die letzte Gerüstfirma fast verklagt, weil sein
Zaun beschädigt wurde - deshalb die Frage: Sind Schäden an
Nachbargrundstücken bei Ihnen versichert?

Gruß
Dirk Hansmann
"""),

M("de", "-", "disclaimer", "German legal disclaimer in the signature",
  "Stefanie Kraus <s.kraus@kraus-partner.example>",
  "Frage zu Fliesenmustern",
  """\
Guten Tag,

können Sie mir Muster der Serie "Marmo Grigio" in 60 x 60 zuschicken?

Mit freundlichen Grüßen
Stefanie Kraus

--
Kraus & Partner Rechtsanwälte PartG mbB
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte
Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie
bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte
Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet
und kann rechtliche Schritte nach sich ziehen.
"""),

]
