"""heldout26 - German customer mail (positives and hard negatives).

Every block below is one hand-written message.
"""
MESSAGES = []


def m(frm, subj, body, trig="-", trap="-", note="-", **kw):
    MESSAGES.append(dict(frm=frm, subj=subj, body=body, trig=trig, trap=trap, note=note, **kw))


# ---------------------------------------------------------------- positives

m("Jürgen Haberland <j.haberland@haberland-bau.example>", "Kletterwand Turnhalle Neuried – Mängel und Rechnung",
"""
Sehr geehrte Damen und Herren,

ich melde mich im Auftrag des Fördervereins der Grundschule Neuried. Zunächst: die Planung lief hervorragend, Ihr Herr Brandl war sehr kompetent und die Kinder haben die Wand im Modell geliebt.

Die Montage hingegen war eine Katastrophe. Von den 38 Paneelen sind sieben sichtbar verzogen, an zwei Stellen stehen Schraubenköpfe aus der Platte, und die Fallschutzmatte wurde in der falschen Stärke geliefert (20 cm statt 30 cm). Die Schulleitung hat die Wand deshalb gesperrt.

Uns wurde bei der Abnahme am 12. September zugesagt, dass die Nachbesserung „innerhalb von zwei Wochen" erfolgt. Seitdem hat sich niemand gemeldet. Trotzdem haben Sie uns die Schlussrechnung über 27.480,00 € geschickt, fällig in 10 Tagen.

Wir werden diese Rechnung nicht begleichen, solange die Mängel bestehen. Unser Vorstandsmitglied Frau Dr. Seibold ist Fachanwältin für Baurecht und hat die Unterlagen bereits vorliegen; sie wird den weiteren Schriftverkehr begleiten, falls bis Monatsende nichts passiert.

Mit freundlichen Grüßen
Jürgen Haberland
Kassenwart, Förderverein GS Neuried
""", "broken_promise,high_value_order,legal_threat,safety,technical_issue",
note="climbing walls; long, praise first; lawyer on board will follow up; protruding screws and thin crash mat as fall hazard")

m("Svenja Möller <svenja.moeller@postfach.example>", "Plattenkiste-App geht nicht",
"""
Hallo,
seit heute früh kommt in der Plattenkiste-App und auf der Webseite nur noch „Serverfehler 503". Bei mir, bei meinem Freund, bei meiner Schwester – keiner kann sich einloggen oder die Platte für Dezember auswählen, und die Auswahl schließt heute um Mitternacht. Geht bei euch grad gar nichts??
LG Svenja
""", "outage,technical_issue", note="vinyl subscription; 503 for everyone on the day the selection closes")

m("Klaus-Dieter Wendt <kd.wendt@wendt-online.example>", "Doppelte Abbuchung Besohlung",
"""
Guten Tag,

für die Besohlung meiner Kletterschuhe (Auftrag KS-2291) wurden über PayPal zwei Zahlungen zu je 45,00 € abgebucht, beide am 14.05. um 19:02 Uhr. Es handelt sich um ein einziges Paar Schuhe.

Bitte erstatten Sie die doppelte Zahlung.

Mit freundlichen Grüßen
K.-D. Wendt
""", "billing_dispute", note="bouldering resole; double PayPal payment, formal")

m("Ayşe Yıldız <ayse.yildiz@postfach.example>", "Beschwerde über Ihren Techniker",
"""
Sehr geehrte Damen und Herren,

am Dienstag war Ihr Monteur bei uns, um das neue Thermostat einzubauen. Als er mein Kopftuch gesehen hat, hat er gefragt, ob „der Mann im Haus" auch da ist, weil er „mit Frauen wie mir" keine Technik bespricht. Er hat dann nur mit meinem 15-jährigen Sohn geredet und mich ignoriert, obwohl ich den Auftrag erteilt habe und bezahle.

Ich finde das diskriminierend und erniedrigend. Ich möchte nicht, dass dieser Mann noch einmal zu uns kommt, und ich erwarte eine Stellungnahme.

Ayşe Yıldız
""", "discrimination_harassment", note="smart thermostat; religious/gender discrimination by installer")

m("Thomas Brenner <thomas.brenner@brenner-it.example>", "Gehackt??",
"""
Hallo,

ich habe gerade drei Bestellbestätigungen für Kalligrafie-Sets bekommen, die ich nicht bestellt habe, an eine Lieferadresse in Rotterdam. In meinem Kundenkonto ist meine hinterlegte Kreditkarte benutzt worden und meine E-Mail-Adresse wurde geändert auf irgendwas mit .example.ru. Ich komme jetzt nur über den Passwort-vergessen-Link wieder rein.

Bitte sperren Sie die Bestellungen sofort und sagen Sie mir, wie jemand an mein Konto gekommen ist.

Thomas Brenner
""", "security_incident", note="calligraphy webshop; account takeover with orders")

m("Renate Albrecht <renate.albrecht@postfach.example>", "Zum dritten Mal: Rückerstattung Baum",
"""
Sehr geehrtes Team,

ich schreibe Ihnen nun zum dritten Mal wegen der Erstattung für den Weihnachtsbaum, der nie geliefert wurde (Bestellung WB-2024-7781, 79,00 €). Am Telefon wurde mir am 20. Dezember fest zugesagt, dass das Geld „noch vor Silvester" zurückkommt. Wir haben jetzt Februar.

Ich bin wirklich enttäuscht, und ich erwarte jetzt eine Antwort von jemandem, der das entscheiden kann – bitte leiten Sie meine Mail an Ihren Vorgesetzten weiter.

Renate Albrecht
""", "broken_promise,manager_request,repeat_contact", note="christmas-tree; third time, wants superior")

m("Lukas Hoffmann <lukas.hoffmann@postfach.example>", "E-Bike Umbausatz – Akku qualmt",
"""
Hallo Voltspoke-Team,

gestern Abend hat der Akku vom Umbausatz (48V 14Ah) beim Laden in der Garage angefangen zu qualmen und zu zischen. Ich hab ihn mit Handschuhen rausgetragen und in den Sandkasten gelegt. Zum Glück stand nichts Brennbares daneben und es ist nichts passiert, aber das Ladegerät ist angeschmolzen.

Was ist da los? Gibt es einen Rückruf für diese Akkus? Ich will das Ding nicht mehr im Haus haben.

Lukas
""", "safety,technical_issue", note="e-bike kit; smoking battery")

m("Gisela Krämer <gisela.kraemer@postfach.example>", "Meine Übernachtungsguthaben sind weg",
"""
Guten Tag,

in der Mitglieder-App waren bis letzte Woche meine angesammelten Übernachtungsguthaben (23 Nächte aus den letzten zwei Jahren) und alle meine Buchungen gespeichert. Seit dem Update steht dort „0 Nächte" und „Keine Buchungen vorhanden".

Ich habe nichts gelöscht. Wo sind meine Daten? Können Sie das wiederherstellen? Ich wollte im Mai zwei Wochen an den Bodensee.

Mit freundlichen Grüßen
Gisela Krämer
""", "data_loss,technical_issue", note="caravan park; stored night credits and bookings wiped after update")

m("Markus Vogel <markus.vogel@postfach.example>", "Unverschämtheit",
"""
Das ist eine bodenlose Frechheit!!! Seit sechs Wochen warte ich auf meine besohlten Kletterschuhe, auf keine einzige Mail wird geantwortet und das Telefon nimmt keiner ab. So einen miserablen Laden habe ich noch nie erlebt.

Entweder die Schuhe sind bis Freitag da oder ich hole mir mein Geld über die Bank zurück und schreibe eine Bewertung, die sich gewaschen hat.
""", "billing_dispute,media_threat,severe_dissatisfaction",
note="bouldering resole; strong German anger; chargeback via bank; review threat")

m("Friederike Lang <f.lang@gesamtschule-lindenau.example>", "Aquaponik-Anlage Schulgarten – Lieferung unvollständig",
"""
Hallo Herr Petersen,

wie telefonisch besprochen, fasse ich zusammen:

Für das Schulgarten-Projekt haben wir bei Ihnen die Aquaponik-Anlage „Classroom 1000" bestellt (Auftrag AQ-25-0318, Gesamtsumme 11.860,00 € brutto, aus Fördermitteln, bereits vollständig bezahlt).

Geliefert wurden die Becken und die Growbeds. Es fehlen die Pumpensteuerung, die Belüftung und die Sensorik, also alles, was die Anlage überhaupt funktionsfähig macht. Die Fördermittel müssen bis 30. Juni nachweislich verwendet sein, sonst fordert das Land sie zurück.

Ich brauche bis Freitag einen verbindlichen Liefertermin. Andernfalls treten wir vom Kauf zurück und bestellen die Anlage bei einem anderen Anbieter.

Viele Grüße
Friederike Lang
Fachbereich Biologie
""", "cancellation_threat,high_value_order", note="aquaponics; school order >5k incomplete; conditional withdrawal to another supplier")

m("Bernd Schuster <bernd.schuster@postfach.example>", "Verbraucherzentrale",
"""
Sehr geehrte Damen und Herren,

Sie haben meine Dauercamping-Mitgliedschaft zum Jahresende gekündigt, weil ich angeblich die Stellplatzordnung verletzt habe, aber die Jahresgebühr von 1.450 € für das kommende Jahr trotzdem abgebucht. Auf meine zwei Briefe kam keine Antwort.

Ich habe den Vorgang heute der Verbraucherzentrale Niedersachsen übergeben und lasse mich dort beraten.

Bernd Schuster
Stellplatz 114
""", "billing_dispute,regulatory,repeat_contact", note="caravan park; Verbraucherzentrale; two letters unanswered -> third contact")

m("Helga Brandt <helga.brandt@postfach.example>", "Feature-Wunsch: Urlaubsmodus",
"""
Hallo liebes Warmstat-Team,

wir sind sehr zufrieden mit den Thermostaten. Ein Wunsch hätte ich: Könnten Sie einen richtigen Urlaubsmodus einbauen, bei dem man ein Rückkehrdatum eingibt und die Wohnung einen Tag vorher automatisch wieder warm wird? Im Moment muss ich dafür jedes Mal drei Zeitpläne umbauen.

Danke und viele Grüße
Helga Brandt
""", "feature_request", note="smart thermostat; Feature-Wunsch")

m("Dr. Matthias Roth <m.roth@roth-partner.example>", "Vorstand",
"""
Guten Tag,

teilen Sie mir bitte die Postanschrift Ihrer Hauptverwaltung sowie die E-Mail-Adresse des Vorstandsvorsitzenden mit. Nachdem die Hörhund-Patenschaft meiner Mutter seit Monaten doppelt abgebucht wird und niemand reagiert, werde ich mich direkt an den Vorstand wenden.

Dr. M. Roth
""", "billing_dispute,corporate_contact_request,executive_contact", note="hearing-dog charity; asks head office and board chair email; sponsorship debited twice")

m("Petra Neumann <petra.neumann@postfach.example>", "Abwesenheitsnotiz: ich bin bis 18.08. im Urlaub",
"""
Hallo,

ich bin ab morgen bis zum 18.08. im Urlaub und nur eingeschränkt erreichbar. In dringenden Fällen wenden Sie sich bitte an meinen Mann unter 0170 555 2231.

Bevor ich fahre, aber noch das hier: der Gassigänger hat unseren Hund am Montag wieder nicht abgeholt, und in der App ist der komplette Buchungsverlauf seit Januar verschwunden. Das ist jetzt das dritte Mal, dass ich mich deswegen melde. Wenn das nach meinem Urlaub nicht geklärt ist, kündige ich das Abo.

Petra Neumann
""", "cancellation_threat,data_loss,repeat_contact,technical_issue", trap="looks_automated",
note="dog-walking app; looks like an out-of-office, then complaint")

m("Rechnungseingang Hofmann Gartenbau <rechnung@hofmann-gartenbau.example>", "Ihre Rechnung Nr. WB-B2B-0334",
"""
Sehr geehrte Damen und Herren,

wir bestätigen den Eingang Ihrer Rechnung Nr. WB-B2B-0334 vom 28.11.2025.

Die Rechnung wurde jedoch von unserer Buchhaltung gesperrt: berechnet werden 140 Nordmanntannen à 46,00 € = 6.440,00 €, geliefert wurden laut Lieferschein nur 95 Bäume, davon 12 mit Bruchschäden. Eine Gutschrift für die fehlenden und beschädigten Bäume steht trotz telefonischer Zusage vom 03.12. weiterhin aus.

Bitte senden Sie uns umgehend eine korrigierte Rechnung.

Mit freundlichen Grüßen
i. A. Sabine Hofmann
Buchhaltung
""", "billing_dispute,broken_promise,high_value_order", trap="looks_automated",
note="christmas-tree B2B; opens like an invoice-receipt acknowledgement; invoice >5k disputed")

m("Stefan Kühn <stefan.kuehn@postfach.example>", "Gaszug nach Inspektion klemmt",
"""
Moin,

hab das Boot am Freitag nach der Inspektion bei euch abgeholt. Samstag bei der Einfahrt in den Hafen hat der Gaszug auf Vollgas geklemmt, ich hab den Motor nur noch über den Notstopp ausbekommen und wir sind trotzdem mit Schwung gegen den Steg. Meine Frau ist gestürzt und hat sich die Hüfte geprellt. Der Gaszug war neu, den habt ihr getauscht.

Ich will das Boot diese Woche repariert zurück, auf eure Kosten. Und ich will mit dem Chef der Werkstatt sprechen, nicht wieder mit dem Azubi am Telefon.

Stefan Kühn
""", "manager_request,safety,technical_issue", note="boat-engine; throttle cable jammed after repair, wife injured; wants workshop boss")

m("Monika Stein <monika.stein@postfach.example>", "Signalhund-Ausbildung: Erfahrung mit Ihrer Mitarbeiterin",
"""
Sehr geehrte Damen und Herren,

mein Sohn (19, gehörlos) nimmt seit März an Ihrem Teamtraining mit seinem künftigen Signalhund teil. Ich möchte Ihnen etwas mitteilen, das mich sehr beschäftigt.

Die Trainerin Frau K. hat meinen Sohn in der letzten Stunde mehrfach vor der Gruppe nachgeäfft, wie er spricht, und gesagt, er solle „halt mal richtig zuhören". Die anderen Teilnehmer haben gelacht. Mein Sohn wollte danach nicht mehr hingehen.

Gerade von einem Verein, der sich für hörbehinderte Menschen einsetzt, hätte ich so etwas nicht erwartet. Ich bitte um ein Gespräch und darum, dass mein Sohn einer anderen Trainerin zugeteilt wird.

Monika Stein
""", "discrimination_harassment", note="hearing-dog charity; trainer mocks deaf participant")

m("Oliver Kaiser <oliver.kaiser@postfach.example>", "Re: Ihre Anfrage #88120",
"""
Nein, das Problem ist NICHT gelöst.

Ihr Kollege hat am 4.3. geschrieben, dass das Firmware-Update „in den nächsten Tagen" kommt und das Thermostat dann wieder mit dem WLAN verbunden bleibt. Es ist der 29.3. und das Ding fliegt weiterhin alle paar Stunden aus dem Netz, die Heizung läuft dann auf 5 Grad.

Ich erwarte bis Ende der Woche eine Lösung, andernfalls trete ich vom Vertrag zurück und lasse mir das Geld erstatten.

O. Kaiser

Am 04.03.2025 um 10:12 schrieb Warmstat Support <support@example.test>:
> Sehr geehrter Herr Kaiser,
> das Update wird in den nächsten Tagen ausgerollt.
""", "broken_promise,cancellation_threat,technical_issue", note="smart thermostat; promise quoted below but restated in own words")

m("Tanja Richter <tanja.richter@postfach.example>", "Liefertermin-Buchung geht bei niemandem",
"""
Hallo zusammen,

seit heute Mittag kommt auf eurer Seite für die Baum-Liefertermine nur noch eine weiße Seite mit „502 Bad Gateway". Wir haben das bei uns im Büro zu fünft probiert, alle Browser, auch am Handy. Die Sammelbestellung für die Nachbarschaft hängt daran.

Könnt ihr mal schauen?
Tanja
""", "outage,technical_issue", note="christmas-tree delivery; booking page 502 for everyone")

m("Hans-Peter Zimmer <hp.zimmer@postfach.example>", "Schuldnerliste in der WhatsApp-Gruppe",
"""
Sehr geehrte Damen und Herren,

die Platzverwaltung des Campingparks Seeblick hat gestern in die WhatsApp-Gruppe der Dauercamper (über 200 Mitglieder) eine Excel-Liste gestellt: alle Mitglieder mit offenen Beiträgen, mit vollem Namen, Stellplatz, Betrag und IBAN. Mein Name steht auch drauf, wegen einer Lastschrift, die die Bank zurückgegeben hat.

Das ist ein klarer Verstoß gegen die DSGVO. Ich erwarte, dass die Liste sofort entfernt wird und alle Betroffenen informiert werden. Den Vorfall habe ich heute dem Landesbeauftragten für Datenschutz gemeldet.

Hans-Peter Zimmer
Stellplatz 58
""", "regulatory,security_incident", note="caravan park; member debt list with IBANs leaked to group chat; reported to DPA")

m("Sandra Wolff <sandra.wolff@postfach.example>", "Wunsch",
"""
Hallo, wäre super, wenn man im Shop nach Federbreite filtern könnte. Ich such mich immer dumm und dämlich nach den 2,4-mm-Federn. Danke!
""", "feature_request", note="calligraphy webshop; short feature wish")

m("Dieter Baumann <dieter.baumann@theater-am-anger.example>", "Dimmerpack – zweimal ausgefallen, kein Rückruf",
"""
Guten Tag,

ich hatte Ihnen bereits am 2. und am 9. Oktober geschrieben. Das gemietete 12-Kanal-Dimmerpack ist bei unserer Premiere nach 20 Minuten ausgefallen, das Ersatzgerät am zweiten Abend genauso. Am 9. wurde mir telefonisch ein Rückruf Ihres Technikers „noch am selben Tag" zugesagt. Es kam keiner.

Ehrlich gesagt bin ich stinksauer. So etwas Unzuverlässiges habe ich in 25 Jahren Amateurtheater noch nie erlebt. Ich möchte die Miete für beide Abende erstattet haben und endlich mit jemandem reden, der Ahnung hat.

Dieter Baumann
Theater am Anger e. V.
""", "broken_promise,repeat_contact,severe_dissatisfaction,technical_issue",
note="theatre-lighting hire; third mail, promised callback missed, 'stinksauer'")

m("Carina Pohl <carina.pohl@postfach.example>", "Abo",
"""
Hi, ich kündige hiermit mein Vinyl-Abo zum nächsten möglichen Termin. Drei von fünf Platten kamen verkratzt an und der Ersatz war auch wieder verkratzt. Sorry, aber dann kaufe ich lieber wieder im Plattenladen um die Ecke.
""", "cancellation_threat,technical_issue", note="vinyl subscription; announces cancellation because of scratched records")

m("Julia Ebert <julia.ebert@technik-blog.example>", "Presseanfrage: Ausfall der Gassi-App letzte Woche",
"""
Guten Tag,

ich schreibe für einen Technik-Blog über Apps im Alltag. Leser berichten, dass Ihre Gassi-App letzte Woche mehrere Stunden nicht erreichbar war und Hunde deshalb nicht abgeholt wurden.

Könnten Sie mir bis Mittwoch sagen, was die Ursache war und wie viele Nutzer betroffen waren? Gerne auch ein kurzes Statement.

Mit freundlichen Grüßen
Julia Ebert
""", "media_threat", note="dog-walking app; journalist inquiry; outage is hearsay")

m("Ralf Schmitt <ralf.schmitt@postfach.example>", "Cidre-Tour – Sie haben uns hängen lassen",
"""
Servus,

wir waren gestern zu fünft zur Apfelwein-Verkostung in Ihrem Hof angemeldet, bezahlt im Voraus (Buchung AV-3391). Vor Ort: Tor zu, niemand da, kein Zettel, keine Mail. Wir sind 90 km gefahren.

Ich gebe Ihnen bis Freitag Zeit, mir die 225 € zu erstatten. Sonst gibt's eine ausführliche Rezension auf Google und im Apfelwein-Forum, und das Ganze geht an meinen Anwalt.
""", "legal_threat,media_threat", note="cider tours; conditional lawyer and review threat")

m("Anja Lorenz <anja.lorenz@postfach.example>", "Kalligrafie-Füller ausgelaufen – Tinte verätzt?",
"""
Hallo,

der Füller aus dem Einsteigerset ist in der Federmappe meiner Tochter (8) ausgelaufen, und sie hatte danach rote, brennende Stellen an den Fingern, die erst nach zwei Tagen weggingen. Auf der Tintenpatrone steht nichts zu Inhaltsstoffen. Ist die Tinte überhaupt für Kinder geeignet? Die Kinderärztin hat gefragt, was drin ist.

Anja Lorenz
""", "safety,technical_issue", note="calligraphy webshop; leaking pen, skin reaction in child")

m("Wolfgang Reiter <w.reiter@postfach.example>", "Englisch/Deutsch – Bootsmotor, neuer Motor €12.400",
"""
Hallo Herr Jensen,

sorry, I write half in English because my wife reads along and she's English.

Wir haben im April den neuen Außenborder (Suzuki DF60, Angebot/quote 24-117, 12.400 € inkl. Montage) bei Ihnen gekauft. Since the installation the engine does not go above 3,800 rpm, it should reach 5,500. Ihr Mechaniker war zweimal da, hat „Einstellungen geändert" und meinte, das liege am Propeller. Der Propeller ist aber genau der, den Sie empfohlen haben.

We have paid the full amount and the boat is basically unusable for waterskiing, which was the whole point. Bitte sagen Sie mir, wie es jetzt weitergeht – Austausch des Motors oder Rücknahme.

Viele Grüße
Wolfgang Reiter
""", "high_value_order,technical_issue", note="boat-engine; mixed German/English; 12,400 EUR unresolved")

m("Heike Vogt <heike.vogt@postfach.example>", "Geschäftsführung",
"""
Hallo,

können Sie mir bitte sagen, wie ich Ihren Geschäftsführer direkt erreiche (E-Mail oder Durchwahl)? Die Sache mit dem defekten Drehmomentsensor am Umbausatz wird seit Mai zwischen Ihnen und dem Händler hin und her geschoben, und ich möchte ihm das selbst schildern.

Heike Vogt
""", "corporate_contact_request,executive_contact,technical_issue", note="e-bike kit; wants managing director's direct contact to write to him")

# ---------------------------------------------------------------- negatives

m("Martina Ecker <martina.ecker@ecker-praxis.example>", "Bestellung Kalligrafie-Sets",
"""
Guten Tag,

ich bin Büroleiterin in einer Physiotherapiepraxis und möchte für unser Team fünf Kalligrafie-Starter-Sets als Weihnachtsgeschenk bestellen. Ist eine Lieferung auf Rechnung an die Praxisadresse möglich?

Viele Grüße
Martina Ecker
Büroleitung
""", trap="job_title", note="calligraphy webshop; office manager ordering")

m("Christian Wagner <christian.wagner@postfach.example>", "Stellplatz im Winter",
"""
Hallo,

wir wollen den Dauerstellplatz nicht kündigen, keine Sorge – wir sind sehr gern bei Ihnen. Aber wir sind von November bis Februar bei unserer Tochter in Spanien. Gibt es die Möglichkeit, den Wohnwagen in der Zeit auf den Winterlagerplatz zu stellen, und was kostet das?

Christian
""", trap="negation", note="caravan park; 'nicht kündigen'")

m("Ursula Fink <ursula.fink@postfach.example>", "AW: Rückerstattung",
"""
Vielen Dank, das Geld ist heute angekommen. Damit ist die Sache für mich erledigt.

Freundliche Grüße
U. Fink

-----Ursprüngliche Nachricht-----
Von: Ursula Fink <ursula.fink@postfach.example>
Gesendet: Montag, 13. Januar 2025 08:14
An: Support <support@example.test>
Betreff: Rückerstattung

Ich warte seit sechs Wochen auf mein Geld. Wenn bis Freitag nichts passiert, schalte ich meinen Anwalt ein und melde Sie bei der Verbraucherzentrale. Eine Unverschämtheit ist das!
""", trap="quoted_outlook_header", note="christmas-tree; settled, threats only in German Outlook block")

m("Frank Böhm <frank.boehm@postfach.example>", "Re: Termin Thermostat-Wartung",
"""
Passt, Donnerstag 10 Uhr ist gut. Bis dann!

Am 02.10.2025 um 16:40 schrieb Warmstat Service <support@example.test>:
> Guten Tag Herr Böhm,
> nach dem Ausfall letzte Woche möchten wir die Geräte prüfen.
>
> Am 25.09.2025 schrieb Frank Böhm:
>> Zum dritten Mal: Ihre Server sind down, keiner kommt rein. Ich will
>> sofort Ihren Vorgesetzten sprechen!
""", trap="quoted_reply_threat", note="smart thermostat; nested quote with outage and manager request")

m("Elke Sommer <elke.sommer@postfach.example>", "Frage zur Stornierung",
"""
Guten Tag, wie kann ich die Buchung für die Cidre-Tour am 12.10. (2 Personen) stornieren? Wir haben uns im Datum vertan und buchen den 19.10. neu. Danke!
""", trap="how_to_cancel", note="cider tours; procedural cancellation")

m("Dr. Robert Klein <robert.klein@klein-rechtsanwaelte.example>", "Bestellung Bühnenscheinwerfer für Kanzleifeier",
"""
Sehr geehrte Damen und Herren,

für unsere Kanzleifeier am 6. Dezember möchten wir acht LED-Scheinwerfer und eine kleine Nebelmaschine mieten. Abholung am 5.12., Rückgabe am 8.12. Bitte senden Sie mir ein Angebot.

Mit freundlichen Grüßen
Dr. Robert Klein
Rechtsanwalt | Fachanwalt für Handels- und Gesellschaftsrecht

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet und können rechtliche Schritte nach sich ziehen.
""", trap="legal_disclaimer_signature", note="theatre-lighting; lawyer orders normally; disclaimer mentions 'rechtliche Schritte'")

m("Birgit Haas <birgit.haas@postfach.example>", "DSGVO – Auftragsverarbeitungsvertrag",
"""
Hallo,

wir möchten die Gassi-App für unsere Hundetagesstätte nutzen. Ist Ihre App DSGVO-konform und können Sie uns einen Auftragsverarbeitungsvertrag (AVV) zusenden? Wo stehen Ihre Server?

Viele Grüße
Birgit Haas
""", trap="gdpr_dpa_request", note="dog-walking app; GDPR compliance question")

m("Gerhard Lindner <gerhard.lindner@postfach.example>", "Lob an Frau Becker",
"""
Sehr geehrte Damen und Herren,

ich möchte mich ausdrücklich bei Ihrer Filialleiterin Frau Becker bedanken. Sie hat uns bei der Auswahl des Baumes so geduldig beraten und ihn sogar selbst ins Auto geladen, obwohl ich mit meinem Rücken nichts tragen darf.

So einen Service findet man selten. Frohe Weihnachten!
Gerhard Lindner
""", trap="praise_manager_name", note="christmas-tree; praise of branch manager by name")

m("Nadine Keller <nadine.keller@postfach.example>", "Großauftrag Kletterwand Sporthalle",
"""
Guten Tag,

die Gemeinde Altenberg plant für die neue Sporthalle eine Kletter- und Boulderwand. Das Budget liegt bei ca. 65.000 € brutto. Können Sie uns bis Ende des Monats ein Angebot mit Referenzen schicken? Eine Begehung vor Ort ist jederzeit möglich.

Mit freundlichen Grüßen
Nadine Keller
Bauamt Altenberg
""", trap="large_amount_no_problem", note="climbing walls; public tender, large amount, no problem")

m("Tobias Berger <tobias.berger@postfach.example>", "Rechnung genau 5.000 €",
"""
Hallo,

die Rechnung E-BK-2025-088 über 5.000,00 € für die zehn Umbausätze für unseren Lieferdienst haben wir erhalten. Könnten Sie bitte noch unsere USt-IdNr. ergänzen? Sonst bucht das unser Steuerberater nicht.

Danke und Gruß
Tobias Berger
""", trap="exactly_5000", note="e-bike kits; exactly 5,000 invoice, admin request")

m("Sekretariat Gymnasium Am Wall <sekretariat@gym-amwall.example>", "Eingangsbestätigung Ihres Angebots vom 03.11.",
"""
Sehr geehrte Damen und Herren,

hiermit bestätigen wir den Eingang Ihres Angebots vom 03.11. über die Scheinwerfer für unser Weihnachtskonzert. Herr Dr. Albers ist bis Donnerstag auf Klassenfahrt und wird sich danach bei Ihnen melden.

Eine Frage vorab: Ist der Aufbau am Vormittag des 18.12. möglich?

Mit freundlichen Grüßen
Sabine Hartmann
Sekretariat
""", trap="looks_automated", note="theatre-lighting hire; school secretary's receipt wording, normal question")

m("Jens Ulrich <jens.ulrich@postfach.example>", "2FA?",
"""
Moin, bietet ihr für das Kundenkonto eine Zwei-Faktor-Anmeldung an? Und werden die Befunde verschlüsselt gespeichert? Will nur auf Nummer sicher gehen, ist nichts passiert.
""", trap="security_question_no_incident", note="allergy lab; security question, explicitly nothing happened")

m("Kerstin Maier <kerstin.maier@postfach.example>", "Mehrere Becken?",
"""
Hallo, kann man in der Aquaponik-App eigentlich mehrere Becken anlegen, oder geht das nur mit einem? Ich überlege, ein zweites Set zu kaufen. Danke!
""", trap="feature_exists_question", note="aquaponics; asks whether feature exists")
