# German customer mail (with and without triggers).
# One hand-written block per message; make_corpus.py only packages them.

MSGS = [

dict(frm='Sabine Krüger <sabine.krueger@webpost.example>',
subj='Doppelte Abbuchung Bestellung KW-10442',
trig='billing_dispute', trap='-', note='candle supplies; double debit',
body='''Guten Tag,

ich habe am 12.03. bei Ihnen Sojawachs und Dochte bestellt (Bestellnr. KW-10442, 86,40 €). Laut Kontoauszug wurde der Betrag zweimal per Lastschrift eingezogen, einmal am 13.03. und noch einmal am 17.03.

Bitte erstatten Sie mir die zweite Abbuchung von 86,40 € auf mein Konto.

Mit freundlichen Grüßen
Sabine Krüger
'''),

dict(frm='Thomas Beckmann <t.beckmann@beckmann-mail.example>',
subj='Tandemsprung 14.06. - Verletzung, mein Anwalt meldet sich',
trig='legal_threat safety', trap='-', note='tandem skydiving; landing injury, Anwalt',
body='''Sehr geehrte Damen und Herren,

bei meinem Tandemsprung am 14.06. ist der Tandemmaster trotz starkem Seitenwind gesprungen und wir sind bei der Landung seitlich in den Zaun gerutscht. Ich habe mir dabei das Schlüsselbein gebrochen und bin seitdem krankgeschrieben.

Vor dem Sprung wurde mir ausdrücklich gesagt, der Wind sei "kein Problem". Ich habe die Angelegenheit inzwischen meinem Anwalt übergeben, er wird sich in den nächsten Tagen schriftlich bei Ihnen melden. Bitte geben Sie den Vorgang an Ihre Haftpflichtversicherung weiter.

Thomas Beckmann
'''),

dict(frm='Dr. Ingrid Hollensteiner <i.hollensteiner@hollensteiner-praxis.example>',
subj='Biedermeier-Sekretär - Restaurierung völlig missraten',
trig='high_value_order severe_dissatisfaction', trap='-', note='antique restorer; EUR 8,900 job ruined',
body='''Sehr geehrter Herr Wendland,

gestern wurde der Biedermeier-Sekretär aus dem Nachlass meiner Mutter zurückgeliefert. Für die Restaurierung haben Sie mir 8.900,00 € in Rechnung gestellt, die ich vollständig bezahlt habe.

Die Kirschbaumfurniere an der Schreibklappe sind an drei Stellen abgeplatzt, das Schloss schließt nicht mehr und über die gesamte Oberfläche zieht sich ein klebriger, glänzender Lack, der mit Schellack-Handpolitur nichts zu tun hat.

Ich bin fassungslos. Das ist eine absolute Frechheit und für einen Meisterbetrieb unverschämt. Ich erwarte umgehend Ihren Vorschlag, wie Sie diesen Schaden beheben wollen.

Dr. Ingrid Hollensteiner
'''),

dict(frm='Jens Paulsen <jens.paulsen@nordmail.example>',
subj='Buchungsseite geht nicht',
trig='outage technical_issue', trap='-', note='beach-hut rentals; booking site down',
body='''Moin,

seit gestern Abend ist Ihre Buchungsseite für die Strandhütten nicht erreichbar. Es kommt nur "502 Bad Gateway". Handy, Laptop, egal. Ich will die Hütte für die Herbstferien buchen, bevor alles weg ist.

Gruß
Jens Paulsen
'''),

dict(frm='Miriam Albrecht <miriam@tonspur-podcast.example>',
subj='Alle Rohdateien von Folge 31 verschwunden',
trig='data_loss technical_issue', trap='-', note='podcast editing; uploaded raw files gone',
body='''Hallo zusammen,

ich habe am Montag die Rohspuren für Folge 31 (drei Mikrofone, insgesamt ca. 4 GB) in Ihr Kundenportal hochgeladen. Der Upload wurde als abgeschlossen angezeigt. Heute ist der Projektordner leer und im Portal steht "Keine Dateien vorhanden".

Ich habe nichts gelöscht. Gibt es bei Ihnen ein Backup? Die Aufnahme war mit einem Gast aus Kanada und lässt sich nicht wiederholen.

Viele Grüße
Miriam Albrecht
'''),

dict(frm='Helga Brandstätter <helga.brandstaetter@webpost.example>',
subj='Beschwerde - ich wende mich an die Verbraucherzentrale',
trig='regulatory', trap='-', note='stained-glass studio; consumer advice centre',
body='''Sehr geehrte Damen und Herren,

Sie haben meinen Widerruf für den Glaskurs-Gutschein (fristgerecht innerhalb von 14 Tagen, schriftlich) einfach ignoriert und behaupten jetzt, Gutscheine seien "vom Widerruf ausgeschlossen". Das ist falsch.

Ich habe den Vorgang heute der Verbraucherzentrale Bayern geschildert und werde mich dort beraten lassen.

Helga Brandstätter
'''),

dict(frm='Kemal Aydın <kemal.aydin@aydin-teppiche.example>',
subj='Bitte Rückruf von einem Vorgesetzten',
trig='manager_request repeat_contact', trap='-', note='rug dealer (trade); wants supervisor after three calls',
body='''Guten Tag,

es geht um die Kelim-Lieferung für unser Geschäft in Essen. Ich habe jetzt mit drei verschiedenen Mitarbeitern am Telefon gesprochen und jeder sagt etwas anderes zur Lieferzeit.

Ich möchte bitte mit Ihrem Vorgesetzten bzw. der Abteilungsleitung sprechen. Meine Nummer: 0201 555 3318.

Mit freundlichen Grüßen
Kemal Aydın
'''),

dict(frm='Lea Hofmann <lea.hofmann@webpost.example>',
subj='Fremde Bestelldaten in meiner Mail - Datenschutz',
trig='regulatory security_incident technical_issue', trap='-', note='sports-nutrition webshop; system mails other customers data, reports to data protection authority',
body='''Hallo,

in Ihrer Versandbestätigung von heute stehen nicht meine Daten, sondern Name, Adresse, Telefonnummer und die komplette Bestellung einer anderen Kundin aus Leipzig. Umgekehrt hat sie vermutlich meine bekommen.

Das ist ein Datenschutzverstoß. Ich habe den Vorfall heute dem Landesbeauftragten für Datenschutz gemeldet. Bitte teilen Sie mir mit, wer meine Daten erhalten hat.

Lea Hofmann
'''),

dict(frm='Fuhrpark Kessler <fuhrpark@kessler-kurier.example>',
subj='Rahmenvertrag Mopeds - wir kündigen zum Quartalsende',
trig='cancellation_threat', trap='-', note='moped rental; business fleet contract cancelled over repeated defects',
body='''Sehr geehrte Damen und Herren,

seit Jänner fallen von den zwölf gemieteten Mopeds regelmäßig zwei bis drei aus, Ersatz kommt frühestens nach einer Woche. Unsere Fahrer können so keine Touren planen.

Wir kündigen daher den Rahmenvertrag Nr. RV-2023-117 fristgerecht zum 30.06. und haben bereits ein Angebot eines anderen Anbieters angenommen.

Mit freundlichen Grüßen
Andrea Kessler
Fuhrparkleitung, Kessler Kurierdienst
'''),

dict(frm='Wolfgang Seidl <w.seidl@webpost.example>',
subj='Feature-Wunsch für die Bonsai-App',
trig='feature_request', trap='-', note='bonsai nursery; feature wish',
body='''Hallo Bonsai-Team,

ich nutze Ihre App seit einem Jahr und bin sehr zufrieden. Ein Wunsch: Es wäre toll, wenn man für jeden Baum eine Drahtungs-Erinnerung einstellen könnte ("Draht nach 8 Wochen prüfen"). Ich habe schon zweimal Draht einwachsen lassen, weil ich es vergessen habe.

Und vielleicht eine Exportfunktion als PDF für die Pflegehistorie?

Viele Grüße aus Passau
Wolfgang Seidl
'''),

dict(frm='Renate Vogt <renate.vogt@webpost.example>',
subj='Zum dritten Mal: Kaution für Hausboot',
trig='repeat_contact broken_promise', trap='-', note='canal-boat holidays; deposit not returned, third mail',
body='''Sehr geehrte Damen und Herren,

ich schreibe Ihnen nun zum dritten Mal wegen der Kaution von 500 € für das Boot "Lisette" (Törn 03.-10.08.). Bei der Rückgabe hat Ihr Mitarbeiter in Fürstenberg zugesagt, die Kaution werde "innerhalb von 5 Werktagen" zurücküberwiesen. Das war vor sechs Wochen.

Bitte überweisen Sie den Betrag jetzt.

Renate Vogt
'''),

dict(frm='Nico Baumgartner <nico.baumgartner@webpost.example>',
subj='Account gehackt??',
trig='security_incident', trap='-', note='roller-skate shop; account taken over',
body='''hey,

ich kann mich nicht mehr einloggen, und gerade kam eine Mail "Ihre E-Mail-Adresse wurde geändert". Hab ich nicht gemacht!! Danach kam noch eine Bestellbestätigung über zwei Paar Inliner an eine Adresse in Dortmund.

Da ist jemand in meinem Konto. Bitte sofort sperren und die Bestellung stoppen!

Nico
'''),

dict(frm='Ayşe Yılmaz <ayse.yilmaz@webpost.example>',
subj='Erfahrung auf Ihrer Minigolfanlage',
trig='discrimination_harassment', trap='-', note='mini-golf course; religious discrimination (headscarf)',
body='''Sehr geehrte Damen und Herren,

am Sonntag war ich mit meinen Kindern auf Ihrer Anlage. Der Mitarbeiter an der Kasse hat zu meiner Freundin gesagt, "die mit dem Kopftuch" solle draußen warten, man wolle "keinen Ärger". Erst nach langer Diskussion durften wir spielen, und er hat uns die ganze Zeit beobachtet.

So etwas habe ich noch nie erlebt. Ich erwarte eine Stellungnahme, ob das Ihre Haltung ist.

Ayşe Yılmaz
'''),

dict(frm='Franziska Lehner <franziska.lehner@webpost.example>',
subj='Brauthut - dann eben öffentlich',
trig='media_threat repeat_contact', trap='-', note='hat maker; two mails unanswered, will publish review and blog',
body='''Hallo,

auf meine zwei Mails zum verzogenen Brauthut (Bestellung H-2290) kam keine Antwort. Ich schreibe einen Hochzeitsblog mit ziemlich vielen Leserinnen. Wenn ich bis Freitag nichts höre, gibt es dort einen ausführlichen Beitrag mit Fotos und natürlich eine entsprechende Google-Bewertung.

Franziska Lehner
'''),

dict(frm='Bernd Schäfer <bernd.schaefer@schachfreunde-waldkirch.example>',
subj='E-Mail-Adresse Ihres Geschäftsführers',
trig='corporate_contact_request executive_contact', trap='-', note='chess-computer retailer; wants CEO email to write',
body='''Guten Tag,

nachdem mein Anliegen zu den defekten Brettern seit zwei Monaten in Ihrer Hotline hängt, möchte ich mich direkt an Ihren Geschäftsführer wenden. Bitte nennen Sie mir seine E-Mail-Adresse und die Postanschrift der Geschäftsleitung.

Mit freundlichen Grüßen
Bernd Schäfer
Vorsitzender Schachfreunde Waldkirch
'''),

dict(frm='Jürgen Maas <juergen.maas@webpost.example>',
subj='Schachcomputer hängt sich nach Update auf',
trig='technical_issue', trap='-', note='chess-computer retailer; freezes after update',
body='''Hallo,

seit dem Update auf Version 2.7 hängt sich mein Schachcomputer in jeder zweiten Partie auf, meistens nach der Rochade. Das Display zeigt dann "SYS ERR 04" und nur noch Batterien rausnehmen hilft. Vorher lief alles einwandfrei.

Gibt es eine Möglichkeit, auf die alte Version zurückzugehen?

Jürgen Maas
'''),

dict(frm='Petra Lindemann <petra.lindemann@webpost.example>',
subj='Kerze - Stichflamme, Tisch angekokelt',
trig='safety', trap='-', note='candle supplies; wick flare, fire',
body='''Guten Tag,

ich habe mit Ihrem Set "Kerzen gießen für Einsteiger" eine Containerkerze gemacht, genau nach Anleitung mit den mitgelieferten Dochten. Nach etwa einer Stunde Brenndauer gab es plötzlich eine 15 cm hohe Stichflamme, das Glas ist gesprungen und die Tischdecke hat Feuer gefangen. Ich konnte es zum Glück schnell löschen.

Ich glaube, die Dochte sind für diesen Glasdurchmesser viel zu dick. Bitte prüfen Sie das dringend, das Set wird ja auch an Kinder verkauft.

Petra Lindemann
'''),

dict(frm='Hans-Georg Pfeiffer <hg.pfeiffer@webpost.example>',
subj='Ich habe mich an Ihren Vorstand gewandt',
trig='executive_contact', trap='-', note='canal-boat holidays; wrote to executive board',
body='''Sehr geehrte Damen und Herren,

da der Kundenservice auf meine Beschwerde zum ausgefallenen Motor nicht reagiert, habe ich heute einen Brief an Ihren Vorstand, Frau Dr. Kerner, geschickt. Eine Kopie lege ich bei.

Hans-Georg Pfeiffer
''', att='Brief_Vorstand.pdf'),

dict(frm='Laura Schmitt <laura.schmitt@webpost.example>',
subj='Unangenehmes Erlebnis bei der Rückgabe',
trig='discrimination_harassment', trap='-', note='moped rental; staff harassment, sexual remarks',
body='''Hallo,

bei der Rückgabe des Rollers in Ihrer Filiale am Hafen hat mich der Mitarbeiter erst nach meiner Handynummer gefragt, dann meinte er, ich solle "nicht so zickig sein" und hat mir beim Abnehmen des Helms an die Taille gefasst. Ich habe mich sehr unwohl gefühlt.

Ich möchte, dass Sie das ernst nehmen.

Laura Schmitt
'''),

dict(frm='Markus Engel <markus.engel@webpost.example>',
subj='Abo beendet + falsche Abbuchung',
trig='cancellation_threat billing_dispute', trap='-', note='sports-nutrition webshop; wrong debit, switches provider',
body='''Hallo,

obwohl ich mein Abo im Kundenkonto auf "pausiert" gestellt hatte, wurden am 01.07. wieder 54,90 € abgebucht. Die Box kam auch nicht an.

Ich will die 54,90 € zurück, und ich kündige das Abo hiermit. Ich bestelle ab sofort bei einem anderen Shop.

Markus Engel
'''),

dict(frm='Stefanie Roth <stefanie.roth@roth-audio.example>',
subj='Versprochener Rückruf kam nie',
trig='broken_promise manager_request', trap='-', note='podcast editing; promised callback missed, wants team lead',
body='''Guten Tag,

am Dienstag wurde mir am Telefon zugesagt, dass mich "spätestens Mittwochvormittag" jemand aus der Technik zurückruft wegen der Tonaussetzer in unseren Schnittfassungen. Es hat niemand angerufen.

Bitte lassen Sie mich jetzt mit Ihrer Teamleitung sprechen.

Stefanie Roth
'''),

dict(frm='Dr. Reinhard Falk <r.falk@falk-kanzlei.example>',
subj='Kelim-Sammlung, Rechnung 2025-0318 über 12.400 €',
trig='high_value_order legal_threat', trap='-', note='rug dealer; EUR 12,400 order, half damaged, Klage',
body='''Sehr geehrte Damen und Herren,

für die Lieferung von vier antiken Kelims (Rechnung 2025-0318, Gesamtbetrag 12.400 €) habe ich im Voraus bezahlt. Zwei der Stücke weisen Mottenfraß und Wasserflecken auf, die auf den Fotos im Angebot nicht erkennbar waren.

Ich setze Ihnen eine Frist bis zum 15.05. für Rücknahme und Erstattung des anteiligen Kaufpreises. Nach fruchtlosem Ablauf werde ich ohne weitere Ankündigung Klage erheben.

Dr. Reinhard Falk
'''),

dict(frm='Claudia Wenzel <claudia.wenzel@wenzel-seifen.example>',
subj='Abwesend bis 3. Juni – Reklamation Rechnung 4471',
trig='billing_dispute', trap='looks_automated', note='candle and soap supplies; OOO-style subject, wrong invoice',
body='''Hallo,

ich bin ab morgen bis zum 3. Juni im Urlaub und lese nur unregelmäßig Mails, aber das muss noch raus:

Auf Rechnung 4471 sind 25 kg Kernseifenbasis zu je 9,80 € berechnet, bestellt und geliefert wurden 15 kg. Sie haben mir also 98,00 € zu viel berechnet. Bitte um Gutschrift.

Claudia Wenzel
Wenzel Seifenmanufaktur
'''),

dict(frm='Oliver Brandt <oliver.brandt@webpost.example>',
subj='WG: Unzustellbar: Reklamation Strandhütte - zum dritten Mal',
trig='repeat_contact severe_dissatisfaction', trap='looks_automated', note='beach-hut rentals; forwards bounce, third attempt, angry',
body='''Ihre Adresse aus der Buchungsbestätigung funktioniert nicht, siehe unten. Das ist jetzt mein dritter Versuch, Sie überhaupt zu erreichen. Ein absolutes Armutszeugnis, ich bin stinksauer.

Hütte 7 hatte kein Wasser und die Tür war kaputt. Ich möchte eine Teilerstattung.

Oliver Brandt

-------- Weitergeleitete Nachricht --------
Betreff: Unzustellbar: Reklamation Strandhütte
Von: Microsoft Outlook <postmaster@webpost.example>

Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:
service@strandhuetten-alt.example
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
'''),

dict(frm='IT-Service Hansen <ticket@hansen-it.example>',
subj='[Ticket#2025061210000431] Shop nicht erreichbar',
trig='outage technical_issue', trap='looks_automated', note='sports-nutrition webshop; customer ticket system template plus human text',
hdrs=[('X-OTRS-Ticket', '2025061210000431')],
body='''[Ticket#2025061210000431] - bitte die Ticketnummer im Betreff nicht entfernen.

Status: offen
Queue: Einkauf

Notiz von Birgit Hansen:

Hallo,

wir bestellen für unser Fitnessstudio regelmäßig bei Ihnen. Seit heute Morgen ist Ihr B2B-Shop komplett nicht erreichbar ("503 Service Unavailable"), auch der Login für Händler geht nicht. Können Sie uns sagen, wann er wieder läuft? Wir müssen bis Freitag bestellen.

Gruß
Birgit Hansen
'''),

# ---- no trigger ----

dict(frm='Monika Rausch <monika.rausch@rausch-steuer.example>',
subj='Bestellung für unsere Kanzlei',
trig='', trap='job_title', note='candle supplies; Büroleiterin orders',
body='''Guten Tag,

ich bin Büroleiterin in der Steuerkanzlei Rausch und würde gern 20 Duftkerzen im Glas (Sorte "Zeder") als Weihnachtsgeschenke für Mandanten bestellen. Ist eine Lieferung bis zum 10.12. möglich, und können Sie auf Rechnung liefern?

Mit freundlichen Grüßen
Monika Rausch
Büroleitung
'''),

dict(date='2025-07-06 12:10', frm='Tobias Keller <tobias.keller@webpost.example>',
subj='AW: Ihre Anfrage zu Hütte 14',
trig='', trap='quoted_threat', note='beach-hut rentals; "Am ... schrieb" block with old threat, now thanks',
body='''Super, vielen Dank für die schnelle Klärung. Passt alles.

Tobias

Am 04.07.2025 um 21:15 schrieb Tobias Keller <tobias.keller@webpost.example>:
> Wenn die Hütte bis Samstag nicht gereinigt ist, will ich mein Geld zurück
> und schalte meinen Anwalt ein. So eine Sauerei habe ich noch nie gesehen.
'''),

dict(date='2025-05-14 09:33', frm='Elke Sommer <elke.sommer@sommer-galerie.example>',
subj='AW: Glasfenster Treppenhaus',
trig='', trap='quoted_threat_outlook', note='stained-glass studio; Outlook German header block quoting complaint',
body='''Liebe Frau Marek,

danke, der Termin am 22. passt uns gut. Bis dann!

Elke Sommer

-----Ursprüngliche Nachricht-----
Von: Elke Sommer <elke.sommer@sommer-galerie.example>
Gesendet: Montag, 12. Mai 2025 08:47
An: Glaswerkstatt Marek <info@glaswerkstatt-marek.example>
Betreff: Glasfenster Treppenhaus

Sehr geehrte Frau Marek, ich warte jetzt seit drei Monaten auf den Einbau. Wenn nicht bald etwas passiert, werde ich mich bei der Handwerkskammer beschweren und rechtliche Schritte prüfen.
'''),

dict(frm='Uwe Hartmann <uwe.hartmann@webpost.example>',
subj='Lieferverzug - kein Problem',
trig='', trap='negation', note='bonsai nursery; explicit negation of cancelling',
body='''Hallo,

danke für die Info, dass sich die Lieferung des Wacholders verzögert. Ich will deswegen nicht kündigen oder stornieren, ich warte gern. Melden Sie sich einfach, wenn er verschickt wird.

Gruß
Uwe Hartmann
'''),

dict(frm='Gisela Noack <gisela.noack@webpost.example>',
subj='Frage zum Widerrufsrecht',
trig='', trap='policy_question', note='hat maker; question about withdrawal/refund policy',
body='''Guten Tag,

gilt bei Maßanfertigungen (Filzhut nach Kopfmaß) auch das 14-tägige Widerrufsrecht, oder ist das ausgeschlossen? Ich möchte das vor der Bestellung wissen.

Freundliche Grüße
Gisela Noack
'''),

dict(frm='Sven Ackermann <sven.ackermann@ackermann-media.example>',
subj='AVV und Datenschutzinformationen',
trig='', trap='gdpr_documentation', note='podcast editing; requests AVV/DPA',
body='''Hallo,

bevor wir unseren Firmenpodcast bei Ihnen schneiden lassen: Können Sie uns einen Auftragsverarbeitungsvertrag (AVV) nach Art. 28 DSGVO schicken? Und wo werden die Audiodateien gespeichert - innerhalb der EU?

Danke und viele Grüße
Sven Ackermann
'''),

dict(frm='Karin Zimmermann <karin.zimmermann@webpost.example>',
subj='Danke für den tollen Tag!',
trig='', trap='praise', note='canal-boat holidays; praise',
body='''Liebes Team,

wir hatten eine wunderbare Woche auf der Müritz mit der "Kranich". Das Boot war blitzsauber, die Einweisung super geduldig und die Tipps für Liegeplätze Gold wert. Nächstes Jahr wieder!

Herzliche Grüße
Karin und Peter Zimmermann
'''),

dict(frm='Architekturbüro Lenz <info@lenz-architekten.example>',
subj='Auftrag Bleiglasfenster Villa Sonnenhang - 5.000 €',
trig='', trap='exactly_5000', note='stained-glass studio; EUR 5,000 order, small question',
body='''Guten Tag,

anbei die Auftragsbestätigung für die zwei Bleiglasfenster im Treppenhaus der Villa Sonnenhang, Festpreis 5.000,00 € inkl. Einbau. Können Sie uns noch mitteilen, ob für den Einbau ein Gerüst nötig ist? Dann würden wir das mit dem Bauherrn abstimmen.

Mit freundlichen Grüßen
Jana Lenz
'''),

dict(frm='Heinrich von Alvensleben <h.alvensleben@gut-alvensleben.example>',
subj='Ankauf Perserteppich - Überweisung erfolgt',
trig='', trap='large_amount_no_problem', note='rug dealer; EUR 31,000 purchase, all fine',
body='''Sehr geehrter Herr Aydın,

wie besprochen habe ich heute 31.000 € für den Täbriz-Teppich überwiesen. Die Lieferung nach Absprache mit meiner Haushälterin gern in der kommenden Woche. Vielen Dank für die ausgezeichnete Beratung.

Mit freundlichen Grüßen
H. von Alvensleben
'''),

dict(frm='Felix Braun <felix.braun@webpost.example>',
subj='Zwei-Faktor-Anmeldung?',
trig='', trap='security_question', note='chess-computer retailer; asks about 2FA',
body='''Hallo, bietet Ihr Kundenkonto eine Zwei-Faktor-Authentifizierung an? Ich habe dort meine Kreditkarte hinterlegt und möchte das Konto besser absichern. Danke!
'''),

dict(frm='Lena Fischer <lena.fischer@webpost.example>',
subj='Kann man Spielstände exportieren?',
trig='', trap='feature_exists', note='chess-computer retailer; asks if export exists',
body='''Hallo,

kann ich mit dem Brett meine Partien als PGN exportieren, oder geht das nur in der App? Ich finde die Funktion nicht.

Lena
'''),

dict(frm='Dieter Kranz <dieter.kranz@webpost.example>',
subj='Ich bin ab Montag im Urlaub - Lieferung bitte später',
trig='', trap='looks_automated', note='roller-skate shop; vacation-like subject, real delivery request',
body='''Hallo,

ich bin ab Montag für zwei Wochen im Urlaub. Könnten Sie meine Bestellung RS-4410 erst ab dem 18. verschicken? Sonst liegt sie zwei Wochen in der Packstation.

Danke!
Dieter Kranz
'''),

dict(frm='Verwaltung <verwaltung@tsv-minigolf.example>',
subj='Vielen Dank für Ihre E-Mail',
trig='', trap='looks_automated', note='mini-golf course (club supplies); human confirms goods received',
body='''Vielen Dank für Ihre E-Mail. Wir haben die Ware (20 Schläger, 50 Bälle) heute vollständig erhalten. Die Rechnung geht an die Kasse.

Mit sportlichen Grüßen
Ulrike Brandl, Geschäftsstelle
'''),

dict(frm='Rainer Voss <rainer.voss@webpost.example>',
subj='Gelesen: Ihre Buchungsbestätigung Tandemsprung',
trig='', trap='looks_automated', note='tandem skydiving; human with Gelesen: subject asks question',
body='''Gelesen und verstanden, danke. Eine Frage noch: Darf meine Frau mit auf das Flugfeld zum Zuschauen?

Von meinem iPhone gesendet
'''),

dict(frm='Katrin Olbrich <k.olbrich@kreisanzeiger.example>',
subj='Presseanfrage: Unfall auf der Minigolfanlage am Stadtpark',
trig='media_threat', trap='-', note='mini-golf course; journalist inquiry (German)',
body='''Sehr geehrte Damen und Herren,

ich bin Redakteurin beim Kreisanzeiger. Uns liegen Hinweise vor, dass sich am vergangenen Samstag auf Ihrer Anlage ein Kind an einem losen Geländer an Bahn 9 verletzt hat. Mehrere Eltern berichten zudem, das Geländer sei schon seit Wochen locker.

Können Sie den Vorfall bestätigen und mir bis Donnerstag, 12 Uhr, eine Stellungnahme zukommen lassen? Gern auch telefonisch unter 07071 555 280.

Mit freundlichen Grüßen
Katrin Olbrich
Redaktion Lokales
'''),

dict(frm='Moritz Lange <moritz.lange@webpost.example>',
subj='App und Buchung komplett down?',
trig='outage technical_issue', trap='-', note='moped rental; app and booking down',
body='''Hi,

seit heute Mittag lässt sich die Verleih-App nicht mehr öffnen ("Verbindung zum Server fehlgeschlagen") und die Webseite zeigt nur eine leere Seite mit "Error 500". Am Schalter am Bahnhof sagen sie, ihr System ist auch tot und sie können keine Roller rausgeben.

Wir stehen hier zu viert. Wann geht das wieder?

Moritz
'''),

dict(frm='Annette Kühn <annette.kuehn@webpost.example>',
subj='Frage vor der Buchung',
trig='', trap='hypothetical', note='canal-boat holidays; hypothetical question about engine failure',
body='''Guten Tag,

wir überlegen, im August zum ersten Mal ein Hausboot zu mieten. Was passiert eigentlich, wenn unterwegs der Motor ausfällt - kommt dann jemand von Ihnen, und würden wir für die verlorenen Tage etwas erstattet bekommen? Nur damit wir wissen, woran wir sind.

Viele Grüße
Annette Kühn
'''),

]
