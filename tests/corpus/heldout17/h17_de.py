# German customer mail (with and without triggers).
# One block per message, written by hand.  Labels follow docs/triggers.md.
LANG = "de"
MESSAGES = []


def M(**kw):
    MESSAGES.append(kw)


M(frm="Jürgen Weißhaupt <j.weisshaupt@posteo-mail.example>",
  subj="Doppelte Abbuchung Motorradversicherung",
  trig="billing_dispute",
  body="""\
Sehr geehrte Damen und Herren,

am 01.04. wurde der Jahresbeitrag für meine Motorradversicherung (Vertrag MV-884120, Kawasaki Z900) zweimal von meinem Konto abgebucht, jeweils 386,40 €. Ich habe nur ein Motorrad und einen Vertrag.

Bitte erstatten Sie die zweite Abbuchung umgehend.

Mit freundlichen Grüßen
Jürgen Weißhaupt
""")

M(frm="Sabine Kröger <sabine.kroeger@freemail.example>",
  subj="Stromschlag an der Waschmaschine nach Ihrer Reparatur!",
  trig="safety,technical_issue",
  body="""\
Hallo,

Ihr Techniker hat am Dienstag bei uns die Pumpe der Waschmaschine getauscht (Auftrag WR-40551). Seitdem bekommt man einen Schlag, wenn man die Trommeltür anfasst, während die Maschine läuft. Meine Tochter hat es heute Morgen gemerkt und geschrien. Der FI ist dann rausgeflogen.

Die Maschine ist jetzt vom Strom getrennt. Bitte schicken Sie so schnell wie möglich jemanden, das ist doch lebensgefährlich.

Sabine Kröger
""")

M(frm="Markus Albrecht <markus.albrecht@albrecht-net.example>",
  subj="Kaution immer noch nicht freigegeben - zum dritten Mal",
  trig="broken_promise,repeat_contact",
  body="""\
Guten Tag,

ich schreibe Ihnen jetzt zum dritten Mal wegen der Kaution für den Mietwagen vom Flughafen München (Vertrag MUC-77213). Am Schalter wurde mir zugesagt, dass die 500 € innerhalb von 7 Tagen freigegeben werden. Das war am 2. Mai. Die Reservierung auf meiner Kreditkarte ist immer noch da.

Bitte kümmern Sie sich endlich darum.

M. Albrecht
""")

M(frm="Aylin Demir <aylin.demir@mailbox-de.example>",
  subj="Behandlung in Ihrem Studio",
  trig="discrimination_harassment",
  body="""\
Hallo,

ich war am Samstag zur Maniküre in Ihrem Studio in der Königstraße. Die Mitarbeiterin hat mich gefragt, ob ich das Kopftuch "wenigstens hier drin" abnehmen könnte, weil es "die anderen Kundinnen stört". Als ich nein gesagt habe, hat sie mit ihrer Kollegin auf einer anderen Sprache gelacht und mich danach kaum noch angeschaut.

Ich bin seit zwei Jahren Kundin bei Ihnen. So etwas habe ich noch nie erlebt und ich möchte, dass Sie das ernst nehmen.

Aylin Demir
""")

M(frm="Thomas Brenner <t.brenner@brenner-home.example>",
  subj="Kaution Kostüme",
  trig="legal_threat,repeat_contact",
  note="two earlier mails plus this one: third contact",
  body="""\
Sehr geehrte Damen und Herren,

wir haben die beiden Kostüme (Ritter und Burgfräulein) am 3.3. pünktlich und unbeschädigt zurückgegeben. Die Kaution von 120 € haben Sie bis heute nicht zurücküberwiesen, auf meine zwei Mails kam keine Antwort.

Wenn das Geld nicht bis Ende nächster Woche auf meinem Konto ist, schalte ich meinen Anwalt ein.

Thomas Brenner
""")

M(frm="Claudia Vogt <claudia.vogt@vogt-familie.example>",
  subj="Beschwerde Kanutour - Verbraucherzentrale",
  trig="regulatory",
  body="""\
Guten Tag,

Ihre Kanutour am 14.6. wurde 30 Minuten vor Beginn wegen "zu wenig Teilnehmern" abgesagt. Statt einer Erstattung haben Sie uns einen Gutschein angeboten, der nur dieses Jahr gilt. Wir wohnen 300 km entfernt und kommen nicht wieder.

Ich habe den Fall heute der Verbraucherzentrale geschildert und werde mich nach deren Rat richten.

Claudia Vogt
""")

M(frm="Dennis Hartmann <dennis.hartmann@hartmann-it.example>",
  subj="Buchungsseite geht seit gestern gar nicht",
  trig="outage,technical_issue",
  body="""\
Hi,

eure Buchungsseite für die Lasertag-Arena ist seit gestern Abend komplett tot, zeigt nur "502 Bad Gateway". Handy, PC, egal. Telefonisch erreicht man auch niemanden. Wollte eigentlich den Geburtstag meines Sohnes buchen...

Dennis
""")

M(frm="Ines Lorenz <ines.lorenz@lorenzpost.example>",
  subj="Jemand hat in meinem Kundenkonto bestellt",
  trig="security_incident",
  body="""\
Sehr geehrtes Team,

heute habe ich drei Bestellbestätigungen von Ihrem Parfum-Shop bekommen, die ich nicht aufgegeben habe - Lieferadresse ist irgendwo in Hamburg, ich wohne in Kassel. Mein Passwort funktioniert nicht mehr. Offenbar hat jemand mein Konto übernommen, dort ist auch meine Kreditkarte gespeichert.

Bitte sperren Sie das Konto und stornieren Sie die Bestellungen sofort.

Ines Lorenz
""")

M(frm="Frank Behrendt <frank.behrendt@behrendt-immobilien.example>",
  subj="Auftrag 7.800 € - falsche Jalousien geliefert, ich möchte Ihren Vorgesetzten sprechen",
  trig="high_value_order,manager_request",
  body="""\
Sehr geehrte Damen und Herren,

für unser Bürogebäude in der Hafenstraße haben wir bei Ihnen Raffstores für 24 Fenster bestellt (Auftrag JA-2025-118, 7.800 € netto). Heute wurden Lamellen in Anthrazit geliefert, bestellt und bestätigt war Silbergrau. Die Monteure haben trotzdem angefangen zu montieren.

Ich möchte die Angelegenheit bitte mit dem zuständigen Vorgesetzten besprechen, nicht mit der Hotline. Rückruf unter 040 555 0187.

Frank Behrendt
""")

M(frm="Petra Hinz <petra.hinz@schreibstube.example>",
  subj="Mein Manuskript ist weg",
  trig="data_loss,technical_issue",
  body="""\
Hallo liebes Support-Team,

ich habe gestern in Ihrem Online-Editor an meinem Roman gearbeitet (Projekt "Nebelhof"), und heute ist das Dokument leer. Komplett leer. Nur noch der Titel steht da. Das waren 280 Seiten!! Die letzte Sicherung auf meinem Rechner ist von Februar.

Gibt es bei Ihnen irgendeine Sicherung? Ich bin völlig fertig.

Petra Hinz
""")

M(frm="Ralf Köhler <ralf.koehler@koehler-events.example>",
  subj="Hüpfburg - Frechheit!",
  trig="executive_contact,severe_dissatisfaction",
  body="""\
Das ist eine absolute Frechheit! Die Hüpfburg kam drei Stunden zu spät zum Sommerfest, der Fahrer war unfreundlich und das Gebläse war so laut, dass man sich nicht unterhalten konnte. Absolut inakzeptabel.

Ich will mit Ihrem Geschäftsführer persönlich sprechen. Mit der Hotline rede ich nicht mehr.

R. Köhler
""")

M(frm="Miriam Seidel <miriam.seidel@seidel-mail.example>",
  subj="Geisterführung am Freitag",
  trig="media_threat",
  body="""\
Hallo,

die Führung am Freitag war leider eine Enttäuschung: der Guide hat die Hälfte der Stationen ausgelassen, weil er "noch einen Termin" hatte, und war nach 50 statt 90 Minuten fertig.

Wenn ich von Ihnen keine Erklärung und keine teilweise Erstattung bekomme, schreibe ich das so auf Google und TripAdvisor. Ich kenne außerdem eine Redakteurin bei der Lokalzeitung, die sich für so etwas interessiert.

Miriam Seidel
""")

M(frm="Hans-Peter Lang <hp.lang@langmesser.example>",
  subj="Feature-Wunsch: Abholservice",
  trig="feature_request",
  body="""\
Moin,

bin sehr zufrieden mit dem Schleifservice. Ein Wunsch: Könnt ihr nicht einen Abholservice anbieten, also dass DHL die Messer bei mir abholt, statt dass ich zur Post muss? Ich würde auch ein paar Euro mehr zahlen.

Gruß
Hans-Peter
""")

M(frm="Sandra Fuchs <sandra.fuchs@fuchsbau.example>",
  subj="Abo kündigen",
  trig="cancellation_threat,severe_dissatisfaction",
  body="""\
Hallo,

das ist jetzt die dritte Pilzbox in Folge, die verschimmelt bei mir ankommt. Unglaublich, was Sie für Ihr Geld verschicken. Der schlechteste Service, den ich je hatte.

Ich kündige hiermit mein Abo zum nächstmöglichen Termin.

Sandra Fuchs
""")

M(frm="Werner Baumann <werner.baumann@gartenfreunde-nord.example>",
  subj="Mitgliederliste mit Adressen im Schaukasten - Datenschutz",
  trig="regulatory,security_incident",
  body="""\
Sehr geehrter Vorstand,

seit letzter Woche hängt im öffentlichen Schaukasten am Vereinstor eine vollständige Mitgliederliste mit Namen, Privatadressen, Telefonnummern und Geburtsdaten aller Pächter. Jeder Spaziergänger kann sie lesen und abfotografieren.

Das ist ein klarer Verstoß gegen die DSGVO. Wenn die Liste nicht bis Freitag entfernt ist, wende ich mich an den Landesdatenschutzbeauftragten.

Werner Baumann
Parzelle 31
""")

M(frm="Katrin Wolff <katrin.wolff@wolff-consult.example>",
  subj="Anschrift der Zentrale und E-Mail des Vorstands",
  trig="corporate_contact_request,executive_contact",
  body="""\
Guten Tag,

bitte teilen Sie mir die Anschrift Ihrer Unternehmenszentrale sowie die E-Mail-Adresse Ihres Vorstandsvorsitzenden mit. Ich werde mich wegen der Schadenspauschale für den Mietwagen in Frankfurt direkt an ihn wenden.

Katrin Wolff
""")

M(frm="Oliver Scholz <oliver.scholz@scholz-bikes.example>",
  subj="Schadensmeldung Unfall 12.08. - Vorstand in Kopie",
  trig="executive_contact",
  note="accident claim mentioned without any hazard or injury report: no safety",
  cc="Dr. Anja Reuter <a.reuter@example.test>",
  body="""\
Sehr geehrte Damen und Herren,

da ich auf meine Schadensmeldung vom 12.08. seit fünf Wochen keine Antwort erhalte, habe ich Frau Dr. Reuter aus Ihrem Vorstand in Kopie gesetzt.

Die Unterlagen (Polizeibericht, Fotos, Kostenvoranschlag der Werkstatt) liegen Ihnen seit dem 14.08. vor.

Oliver Scholz
""")

M(frm="Gisela Neumann <gisela.neumann@neumann-web.example>",
  subj="Reparaturtermin schon wieder verschoben",
  trig="broken_promise,severe_dissatisfaction",
  body="""\
Guten Tag,

Sie hatten mir fest zugesagt, dass der Techniker am Mittwoch zwischen 8 und 12 Uhr kommt, um den Geschirrspüler zu reparieren. Ich habe mir extra freigenommen. Um 13 Uhr kam eine SMS: "Termin verschoben". Das ist jetzt das vierte Mal.

Eine bodenlose Unverschämtheit. Ich bin stinksauer.

Gisela Neumann
""")

M(frm="Lea Hoffmann <lea.hoffmann@lea-hoffmann.example>",
  subj="Wunsch: Probenset",
  trig="feature_request",
  body="""\
Hallo ihr Lieben,

ich liebe euren Shop! Es wäre toll, wenn ihr ein Probenset anbieten könntet, also 5-6 kleine Proben zum Testen, bevor man eine große Flasche kauft. Gerade bei den Oud-Düften traue ich mich sonst nicht.

Liebe Grüße
Lea
""")

M(frm="Stefan Berger <stefan.berger@berger-verlag.example>",
  subj="Fehler beim Hochladen des Covers",
  trig="technical_issue",
  body="""\
Hallo,

beim Hochladen des Covers (PDF, 300 dpi, CMYK) für mein Taschenbuch bekomme ich jedes Mal "Interner Serverfehler (500)". Die Innenseiten-Datei lädt problemlos hoch. Ich habe es mit zwei Browsern versucht.

Können Sie sich das bitte ansehen?

Stefan Berger
""")

M(frm="Nadine Krause <n.krause@krause-gmbh.example>",
  subj="Rechnung Firmenevent 6.400 € - falsche Personenzahl",
  trig="billing_dispute,high_value_order,legal_threat",
  body="""\
Sehr geehrte Damen und Herren,

für unser Firmenevent am 20.09. (Lasertag, Catering, Getränkepauschale) haben Sie uns 6.400 € in Rechnung gestellt, berechnet für 40 Personen. Gebucht und schriftlich bestätigt waren 25 Personen; anwesend waren 23.

Bitte korrigieren Sie die Rechnung. Andernfalls übergebe ich die Sache unserer Rechtsabteilung.

Mit freundlichen Grüßen
Nadine Krause
Assistenz der Geschäftsführung
""")

M(frm="Bettina Roth <bettina.roth@roth-zahnarzt.example>",
  subj="Abwesend bis 3. Juni – Reklamation Vorhänge",
  trig="broken_promise",
  trap="looks_automated",
  note="customer's own absence notice followed by a complaint",
  body="""\
Ich bin bis einschließlich 3. Juni nicht in der Praxis und lese meine E-Mails nur unregelmäßig.

Trotzdem kurz zur Reklamation: Sie hatten uns zugesagt, dass die neuen Vorhänge für das Wartezimmer vor meinem Urlaub montiert werden. Es ist niemand gekommen, und auf meine Nachricht vom 20. Mai haben Sie nicht reagiert.

Bitte melden Sie sich bei meiner Kollegin Frau Kühn (040 555 0112), sie ist vor Ort.

Bettina Roth
""")

M(frm="Uwe Stein <uwe.stein@stein-mail.example>",
  subj="Ihre automatische Antwort hilft mir nicht weiter",
  trig="billing_dispute,manager_request,repeat_contact",
  trap="looks_automated",
  note="subject quotes an auto-reply; human complaint",
  body="""\
Guten Tag,

auf jede meiner bisher drei E-Mails kam nur Ihre automatische Antwort "Wir melden uns innerhalb von 48 Stunden". Das ist meine vierte Nachricht wegen des kaputten Kajaks, für das Sie mir 80 € Schaden berechnen wollen, obwohl das Leck schon bei der Übergabe da war und Ihr Mitarbeiter es selbst gesehen hat.

Ich möchte jetzt bitte mit einem Vorgesetzten sprechen.

Uwe Stein
""")

M(frm="Monika Zimmer <monika.zimmer@zimmerhaus.example>",
  subj="Lesebestätigung: Rechnung 2025-114",
  trig="billing_dispute",
  trap="looks_automated",
  note="read-receipt style subject, human dispute",
  body="""\
Ja, gelesen. Und sie stimmt nicht.

Sie berechnen 4 Stunden Hüpfburg-Miete à 45 € plus Anfahrt. Gebucht waren 3 Stunden, und der Fahrer hat die Burg nach 3 Stunden wieder abgebaut. Bitte korrigieren Sie die Rechnung auf 135 € plus Anfahrt.

M. Zimmer
""")

M(frm="Kostümabteilung Stadttheater <kostuem@stadttheater-hagenau.example>",
  subj="AW: Lieferung Kostüme Sommernachtstraum",
  trig="high_value_order",
  trap="looks_automated",
  note="role address, receipt-like opening, then a real problem",
  body="""\
Vielen Dank für Ihre E-Mail. Wir haben Ihre Lieferung erhalten.

Leider passen von den 32 Kostümen (Auftrag KV-3391, Gesamtwert 5.640 €) nur 11. Die übrigen sind durchweg zwei Größen zu klein, obwohl wir Ihnen die Maßtabelle aller Darsteller geschickt hatten. Die Premiere ist am Samstag.

Bitte rufen Sie mich heute noch an: 07851 555 0176.

Mit freundlichen Grüßen
Renate Vollmer
Leitung Kostümabteilung
""")

M(frm="Doris Engel <doris.engel@engel-buero.example>",
  subj="Angebot Jalousien Büro",
  trap="job_title",
  note="Büroleiterin signature; legal disclaimer in signature",
  body="""\
Sehr geehrte Damen und Herren,

als Büroleiterin bin ich für die Ausstattung unserer neuen Räume zuständig. Wir benötigen Innenjalousien für 9 Fenster (Maße anbei). Könnten Sie uns ein Angebot schicken und einen Aufmaßtermin vorschlagen?

Mit freundlichen Grüßen
Doris Engel
Büroleitung

--
Engel & Partner Steuerberatung
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet und können rechtliche Schritte nach sich ziehen.
""")

M(frm="Jan Petersen <jan.petersen@petersen-kiel.example>",
  subj="Re: Erstattung Kanutour",
  trap="quoted_threat",
  note="'Am ... schrieb' block holds the earlier threat",
  body="""\
Hallo Frau Brandt,

das Geld ist heute angekommen, vielen Dank für die schnelle Klärung!

Viele Grüße
Jan Petersen

Am 12.07.2025 um 09:14 schrieb Jan Petersen <jan.petersen@petersen-kiel.example>:
> Das ist jetzt meine dritte Mail. Wenn die 140 € nicht bis Freitag da sind,
> gehe ich zur Verbraucherzentrale und schalte einen Anwalt ein.
""")

M(frm="Heike Sommer <heike.sommer@sommer-praxis.example>",
  subj="AW: Termin Nagelstudio",
  trap="outlook_original_message",
  note="German Outlook header block holds an old complaint",
  body="""\
Hallo,

danke, der neue Termin am Donnerstag um 15 Uhr passt mir gut.

Gruß
Heike Sommer

-----Ursprüngliche Nachricht-----
Von: Heike Sommer <heike.sommer@sommer-praxis.example>
Gesendet: Montag, 3. März 2025 18:40
An: support@example.test
Betreff: Termin Nagelstudio

Zum dritten Mal wurde mein Termin kurzfristig abgesagt. Das ist wirklich eine Zumutung, ich überlege, woanders hinzugehen.
""")

M(frm="Karl Meier <karl.meier@meier-mail.example>",
  subj="Pause statt Kündigung",
  trap="negation",
  note="explicitly not cancelling",
  body="""\
Hallo,

keine Sorge, ich will nicht kündigen! Ich bin nur von Juli bis September beruflich im Ausland und möchte die Pilz-Abo-Lieferungen für diese Zeit pausieren. Geht das?

Danke und Gruß
Karl Meier
""")

M(frm="Elke Wagner <elke.wagner@wagner-kl.example>",
  subj="Stornobedingungen",
  trap="policy_question",
  note="cancellation policy question",
  body="""\
Guten Tag,

wie sind Ihre Stornobedingungen für die Hüpfburg-Miete? Falls es am Tag des Festes stark regnet, bekommen wir dann unser Geld zurück oder nur einen neuen Termin?

Freundliche Grüße
Elke Wagner
""")

M(frm="Vorstand Kleingartenverein Sonnenwiese <vorstand@kgv-sonnenwiese.example>",
  subj="Auftragsverarbeitungsvertrag für die Mitgliederverwaltung",
  trap="gdpr_documentation",
  note="asks for the DPA (AV-Vertrag)",
  body="""\
Sehr geehrte Damen und Herren,

wir nutzen Ihre Software für die Mitgliederverwaltung unseres Vereins. Für unsere Unterlagen benötigen wir einen Auftragsverarbeitungsvertrag nach Art. 28 DSGVO. Könnten Sie uns diesen zusenden? Außerdem würden wir gern wissen, in welchem Land die Server stehen.

Mit freundlichen Grüßen
Gerhard Lohmann
1. Vorsitzender
""")

M(frm="Anja Krüger <anja.krueger@krueger-online.example>",
  subj="Danke für die tolle Führung!",
  trap="praise",
  note="praise",
  body="""\
Hallo zusammen,

wir hatten gestern die Nachtwächter-Führung mit Herrn Albers und waren total begeistert! Gruselig, witzig und super erzählt. Die Kinder reden von nichts anderem mehr. Wir kommen bestimmt wieder.

Viele Grüße
Anja mit Familie
""")

M(frm="Gerd Schulte <gerd.schulte@schulte-web.example>",
  subj="Rückmeldung Messer",
  trap="mild_disappointment",
  note="etwas enttäuscht",
  body="""\
Hallo,

die Messer sind gestern zurückgekommen. Das Brotmesser ist super geworden, beim Santoku bin ich etwas enttäuscht, das schneidet nicht viel besser als vorher. Vielleicht liegt es am Stahl. Ansonsten alles gut, danke!

Gerd Schulte
""")

M(frm="Julia Brandt <julia.brandt@brandt-hotel.example>",
  subj="Bestellung 5.000 € - ein Rollo fehlt",
  trap="exactly_5000",
  note="problem on an order of exactly 5,000 EUR",
  body="""\
Guten Tag,

unsere Bestellung über Verdunkelungsrollos für das Hotel (Rechnungsbetrag genau 5.000,00 €) wurde gestern montiert. Für Zimmer 214 fehlt ein Rollo, der Monteur meinte, es sei nicht auf dem Lieferschein. Können Sie es nachliefern?

Viele Grüße
Julia Brandt
""")

M(frm="Tim Schröder <tim.schroeder@schroeder-studio.example>",
  subj="Kalender-Export?",
  trap="feature_exists_question",
  note="asks whether a feature exists",
  body="""\
Hi,

kann ich die Termine aus eurer Studio-App eigentlich in meinen Google-Kalender exportieren? Falls ja, wo finde ich das?

Danke!
Tim
""")

M(frm="Klaus Werner <klaus.werner@werner-bau.example>",
  subj="Abwesenheitsnotiz / Anfrage Hüpfburg",
  trap="looks_automated",
  note="customer's own absence notice plus a booking request",
  body="""\
Vielen Dank für Ihre Nachricht. Ich bin vom 14. bis 25. Juli im Urlaub und ab dem 28. Juli wieder erreichbar.

Nachtrag, bevor ich fahre: Könnten Sie uns für das Firmenfest am 9. August die große Piraten-Hüpfburg reservieren? Die Bestätigung bitte an meine Kollegin buero@werner-bau.example.

Klaus Werner
""")

M(frm="Büro Hellwig <buero@hellwig-steuer.example>",
  subj="AW: Angebot Vorhänge Besprechungsraum",
  trap="looks_automated",
  note="'Vielen Dank für Ihre E-Mail' form opening, human text",
  body="""\
Vielen Dank für Ihre E-Mail. Wir haben Ihr Angebot erhalten.

Herr Hellwig ist damit einverstanden. Wann könnten Ihre Monteure kommen? Am besten an einem Freitag, da ist die Kanzlei nachmittags geschlossen.

Mit freundlichen Grüßen
Sekretariat Hellwig
""")

M(frm="Mario Lenz <mario.lenz@lenz-mail.example>",
  subj="Re: Ihre Reservierung Kajak",
  trap="looks_automated",
  note="two-word reply with a mobile signature",
  client=("X-Mailer", "iPhone Mail (21H221)"),
  body="""\
Passt, danke.

Von meinem iPhone gesendet
""")

M(frm="Cornelia Haas <cornelia.haas@haas-autorin.example>",
  subj="Cover und ISBN-Zuordnungen verschwunden - ich kündige",
  trig="cancellation_threat,data_loss,technical_issue",
  body="""\
Guten Tag,

seit Ihrem Update am Wochenende sind bei allen fünf meiner Titel die Cover-Dateien verschwunden, und bei drei Büchern ist die ISBN-Zuordnung weg. Die Bücher stehen im Shop jetzt ohne Cover. Ich habe keine Ahnung, welche ISBN zu welcher Ausgabe gehörte, weil ich mich auf Ihre Plattform verlassen habe.

Wenn das nicht bis Ende der Woche wiederhergestellt ist, kündige ich mein Pro-Abo und gehe zu einem anderen Anbieter.

Cornelia Haas
""")

M(frm="Helmut Vogel <helmut.vogel@vogel-spedition.example>",
  subj="Adresse der Hauptverwaltung / Rückruf eines Vorgesetzten",
  trig="corporate_contact_request,manager_request",
  body="""\
Sehr geehrte Damen und Herren,

bitte teilen Sie mir die Postanschrift Ihrer Hauptverwaltung mit. Ich werde dort schriftlich Beschwerde über die Abwicklung in Ihrer Filiale am Hamburger Flughafen einlegen.

Außerdem bitte ich um den Rückruf eines Vorgesetzten, der befugt ist, über eine Erstattung zu entscheiden. Telefon: 040 555 0163.

Helmut Vogel
""")
