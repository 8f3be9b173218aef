"""heldout21: hand-written German customer mails (with and without triggers).

One dict per message; see h21_en_pos.py for the fields.
"""

MESSAGES = [
dict(frm="Katrin Böhm <katrin.boehm@hochzeitsmail.example>",
     subj="Falknerei-Vorführung am 21.06. – Anzahlung",
     trig="broken_promise,legal_threat", trap="-", note="falconry; refund promised, lawyer",
     body="""\
Sehr geehrte Damen und Herren,

für unsere Hochzeit am 21. Juni hatten wir bei Ihnen eine Greifvogel-Vorführung gebucht und 450 € angezahlt. Zwei Tage vorher haben Sie abgesagt, weil „der Falkner krank“ sei. Am Telefon hat mir Ihre Kollegin Frau Lenz zugesagt, dass die Anzahlung innerhalb einer Woche zurücküberwiesen wird.

Das ist jetzt fünf Wochen her. Es ist kein Geld angekommen, und auf meine Mail vom 15. Juli habe ich keine Antwort bekommen.

Ich setze Ihnen hiermit eine letzte Frist bis zum 8. August. Danach übergebe ich die Sache meinem Anwalt.

Mit freundlichen Grüßen
Katrin Böhm
"""),
dict(frm="Jörg Hansen <joerg.hansen@gruenkram.example>",
     subj="Doppelte Abbuchung Bestellung 30418",
     trig="billing_dispute", trap="-", note="hydroponics webshop",
     body="""\
Hallo,

für meine Bestellung 30418 (Nährstoffset + 2x Steinwolle-Matten) wurden mir 89,90 € zweimal vom Konto abgebucht, am 3. und am 4. März. Bestellt habe ich nur einmal, im Kundenkonto steht auch nur eine Bestellung.

Bitte erstatten Sie den doppelten Betrag.

Gruß
Jörg Hansen
"""),
dict(frm="Dr. Wilhelm Ostermann <w.ostermann@ostermann-praxis.example>",
     subj="Restaurierung Bodenstanduhr – Auftrag U-2024-117",
     trig="high_value_order,technical_issue", trap="-", note="clock restorers; EUR 6,800 job, clock stops",
     body="""\
Sehr geehrter Herr Kessler,

die von Ihnen restaurierte Bodenstanduhr (Westerwälder Werk, um 1820) wurde am 12. Mai wieder bei uns aufgestellt. Für die Arbeiten haben wir 6.800 € bezahlt.

Seit der Aufstellung bleibt die Uhr nach spätestens zwei Tagen stehen. Ihr Mitarbeiter war am 20. Mai vor Ort, hat das Pendel „nachjustiert“ und gemeint, das sei normal, die Uhr müsse sich erst „einlaufen“. Seitdem ist sie viermal stehen geblieben, zuletzt heute Morgen. Der Schlag ist außerdem nicht mehr synchron zur Zeigerstellung.

Ich erwarte, dass Sie die Uhr abholen und in Ordnung bringen. Bitte teilen Sie mir einen Termin mit.

Mit freundlichen Grüßen
Dr. W. Ostermann
"""),
dict(frm="Uwe Schramm <uwe.schramm@holzwurm-mail.example>",
     subj="Reklamation Drechselbank – ich möchte Ihren Vorgesetzten sprechen",
     trig="manager_request,repeat_contact", trap="-", note="woodturning; three hotline calls before",
     body="""\
Guten Tag,

ich habe jetzt dreimal mit Ihrer Hotline gesprochen wegen der fehlenden Reitstock-Pinole, und jedes Mal bekomme ich eine andere Auskunft. Einmal heißt es, sie ist nachbestellt, dann wieder, ich soll die ganze Maschine zurückschicken.

Ich möchte bitte mit Ihrem Vorgesetzten oder der Teamleitung sprechen. Rückrufnummer: 555-0190, am besten nachmittags.

Uwe Schramm
"""),
dict(frm="Ingrid Lehmann <ingrid.lehmann@roehrenfreunde.example>",
     subj="Stromschlag am Grundig nach Reparatur",
     trig="safety,technical_issue", trap="-", note="vintage radio; electric shock",
     body="""\
Guten Tag,

Sie haben im April mein Grundig Majestic 4199 repariert (neue Kondensatoren, Netzkabel). Gestern habe ich beim Umschalten auf UKW die Rückwand berührt und einen deutlichen Stromschlag bekommen, mein Arm hat noch eine Stunde gekribbelt.

Vor der Reparatur war das nie so. Ich habe das Gerät sofort vom Netz genommen. Bitte holen Sie es ab und prüfen Sie es – ich traue mich nicht mehr, es einzuschalten, und mein Enkel spielt oft daran herum.

Mit freundlichen Grüßen
Ingrid Lehmann
"""),
dict(frm="Matthias Roth <m.roth@agility-suedheide.example>",
     subj="Meldeportal seit gestern nicht erreichbar",
     trig="outage,technical_issue", trap="-", note="dog-agility entry portal",
     body="""\
Hallo zusammen,

das Meldeportal für das Landesturnier ist seit gestern Abend nicht mehr erreichbar. Es kommt nur „503 Service Temporarily Unavailable“, egal ob Handy oder PC. Bei mehreren Leuten aus unserem Verein ist es genauso. Meldeschluss ist morgen um 18 Uhr!

Könnt ihr die Frist verlängern oder sagen, wann es wieder geht?

Viele Grüße
Matthias Roth
"""),
dict(frm="Sabine Krüger <sabine.krueger@familie-krueger.example>",
     subj="Rittermahl 15.03. – Beschwerde",
     trig="regulatory", trap="-", note="medieval banquet; Verbraucherzentrale",
     body="""\
Sehr geehrte Damen und Herren,

wir waren am 15. März mit acht Personen beim Rittermahl. Gebucht und bezahlt war das „Große Festbankett“ mit fünf Gängen für 79 € pro Person. Serviert wurden drei Gänge, das Spanferkel gab es „leider nicht mehr“. Eine Erstattung der Differenz haben Sie schriftlich abgelehnt.

Ich habe den Vorgang inzwischen der Verbraucherzentrale geschildert, die mich bei der weiteren Vorgehensweise berät. Eine gütliche Einigung wäre mir trotzdem lieber.

Sabine Krüger
"""),
dict(frm="Dennis Wolf <dennis.wolf@bartmail.example>",
     subj="Jemand hat sich in mein Konto eingeloggt",
     trig="security_incident", trap="-", note="beard-care webshop; account takeover",
     body="""\
Hi,

ich hab heute eine Mail bekommen „Ihre E-Mail-Adresse wurde geändert“ – das war nicht ich! Jetzt komme ich nicht mehr in mein Konto rein, Passwort zurücksetzen geht an die neue Adresse. In dem Konto ist meine Kreditkarte gespeichert.

Bitte sperrt das Konto sofort und meldet euch bei mir. Handy: 555-0147.

Dennis
"""),
dict(frm="Thorsten Albers <thorsten.albers@hopfenpost.example>",
     subj="Zum dritten Mal: Stammtisch-Karte",
     trig="broken_promise,cancellation_threat,repeat_contact", trap="-", note="microbrewery tap room membership",
     body="""\
Moin,

ich schreibe jetzt zum dritten Mal wegen meiner Stammtisch-Karte. Seit Januar funktioniert der Rabatt an der Kasse nicht, jedes Mal heißt es „das System kennt Sie nicht“. Zweimal wurde mir per Mail versprochen, dass sich jemand kümmert.

Wenn das bis Ende des Monats nicht läuft, kündige ich die Mitgliedschaft. Für 60 € im Jahr erwarte ich, dass die Karte wenigstens funktioniert.

Thorsten
"""),
dict(frm="Renate Vogel <renate.vogel@vogelfreunde.example>",
     subj="Abo gekündigt und trotzdem abgebucht",
     trig="billing_dispute,severe_dissatisfaction", trap="-", note="bird-seed subscription",
     body="""\
Guten Tag,

ich habe mein Wildvogelfutter-Abo am 28. Februar fristgerecht gekündigt und die Bestätigung per Mail erhalten. Trotzdem haben Sie am 1. April und am 1. Mai jeweils 27,50 € abgebucht und mir zwei Pakete geschickt, die ich nie bestellt habe.

Das ist eine bodenlose Frechheit! Ich erwarte die Rückzahlung von 55,00 € innerhalb von sieben Tagen. Die Pakete können Sie auf Ihre Kosten abholen lassen.

Renate Vogel
"""),
dict(frm="Familie Demir <demir.familie@stadtpost.example>",
     subj="Vorschlag: Sitzplatzwahl bei Online-Buchung",
     trig="feature_request", trap="-", note="puppet theatre",
     body="""\
Liebes Team vom Puppentheater,

wir kommen mit unseren drei Kindern sehr gerne zu Ihnen! Ein Wunsch: Wäre es möglich, bei der Online-Buchung die Sitzplätze auszuwählen? Unsere Jüngste sitzt im Rollstuhl und wir müssen immer vorher anrufen, um einen Platz am Gang zu bekommen. Eine Sitzplan-Ansicht wäre toll.

Herzliche Grüße
Aylin Demir
"""),
dict(frm="Gerhard Brandt <gerhard.brandt@seniorenpost.example>",
     subj="Abholung Dachzelt Hannover – wir wurden abgewiesen",
     trig="discrimination_harassment", trap="-", note="roof-top tent rental; age discrimination",
     body="""\
Sehr geehrte Damen und Herren,

meine Frau und ich (72 und 70) wollten am Samstag das gebuchte und bezahlte Dachzelt in Ihrer Filiale Hannover abholen. Ihr Mitarbeiter hat uns angesehen und gesagt, „in unserem Alter“ sei das nichts mehr, er gebe das Zelt nicht raus, wir würden „eh von der Leiter fallen“. Er hat die Übergabe verweigert.

Wir sind beide fit und fahren seit 30 Jahren Wohnmobil und Zelt. In Ihren Bedingungen steht kein Höchstalter. Wir empfinden das als Altersdiskriminierung und möchten wissen, wie Sie damit umgehen.

Gerhard Brandt
"""),
dict(frm="Lena Hoffmann <lena.hoffmann@reitstall-hoffmann.example>",
     subj="Alle Pferdedaten in der App weg",
     trig="data_loss,technical_issue", trap="-", note="farrier app",
     body="""\
Hallo,

seit dem letzten App-Update sind in der Hufschmied-App alle meine Pferde verschwunden. Da waren 11 Pferde mit Beschlaghistorie, Fotos von den Hufen und den Notizen vom Tierarzt drin. Jetzt steht da „Noch keine Pferde angelegt“.

Ich habe nichts gelöscht. Kann man das wiederherstellen? Die Historie brauche ich dringend für den Tierarzt.

Lena Hoffmann
Reitstall Hoffmann
"""),
dict(frm="Miriam Falk <m.falk@landbote-redaktion.example>",
     subj="Presseanfrage: Käsekurse im Kloster Eberbach",
     trig="media_threat", trap="-", note="cheese-making course; journalist inquiry",
     body="""\
Sehr geehrte Damen und Herren,

ich bin Redakteurin beim Landboten und recherchiere zu mehreren Beschwerden von Teilnehmenden Ihrer Käsekurse, die kurzfristig abgesagt und nicht erstattet wurden.

Ich würde Ihnen gern Gelegenheit zur Stellungnahme geben: Wie viele Kurse wurden 2025 abgesagt, und wie gehen Sie mit Erstattungen um? Über eine Antwort bis Freitag, 12 Uhr, würde ich mich freuen.

Mit freundlichen Grüßen
Miriam Falk
Redaktion Landbote
"""),
dict(frm="Patrick Neumann <patrick.neumann@tauchfreunde.example>",
     subj="E-Mail-Adresse der Geschäftsführung?",
     trig="corporate_contact_request,executive_contact", trap="-", note="snorkel tour; asks MD email to write",
     body="""\
Guten Tag,

können Sie mir bitte die E-Mail-Adresse Ihres Geschäftsführers und die Anschrift Ihres Firmensitzes geben? Ich möchte mich direkt an ihn wenden, nachdem meine Beschwerde über die Schnorcheltour vom 2. August seit sechs Wochen „in Bearbeitung“ ist.

Patrick Neumann
"""),
dict(frm="Claudia Brenner <claudia.brenner@brenner-gmbh.example>",
     subj="Firmenevent 12.09. – Geschäftsführung in Kopie",
     trig="executive_contact,repeat_contact", trap="-", note="falconry; cc managing director; two earlier messages",
     cc=["Dr. Martin Seidel <m.seidel@example.test>"],
     body="""\
Sehr geehrte Damen und Herren,

da meine bisherigen zwei Nachrichten unbeantwortet geblieben sind, setze ich Ihren Geschäftsführer Herrn Dr. Seidel in Kopie.

Bei unserem Firmenevent am 12. September kam die Falknerei mit nur einem statt der vereinbarten vier Greifvögel. Eine Erklärung oder ein Angebot zur Preisminderung haben wir bis heute nicht erhalten.

Mit freundlichen Grüßen
Claudia Brenner
Assistenz der Geschäftsleitung, Brenner GmbH
"""),
dict(frm="Oliver Kämmerer <oliver.kaemmerer@posteo-mail.example>",
     subj="Fremde Kundendaten in meinem Konto sichtbar",
     trig="regulatory,security_incident,technical_issue", trap="-", note="hydroponics webshop; bug shows other customers' data",
     body="""\
Hallo,

wenn ich in meinem Kundenkonto auf „Meine Bestellungen“ gehe, sehe ich seit heute Bestellungen von anderen Kunden – mit vollem Namen, Lieferadresse und Telefonnummer. Ich habe gerade durchgeklickt, es sind mindestens 20 verschiedene Leute.

Das ist ein massiver Datenschutzverstoß. Bitte nehmen Sie das sofort offline. Wenn ich bis morgen nichts von Ihnen höre, melde ich das dem Landesdatenschutzbeauftragten.

Oliver Kämmerer
"""),
dict(frm="Kevin Schulte <kevin.schulte@bartwelt.example>",
     subj="Rückruf war versprochen",
     trig="broken_promise,media_threat", trap="-", note="beard-care; review threat",
     body="""\
Hey,

mir wurde am Montag am Telefon ein Rückruf „noch heute“ versprochen wegen des ausgelaufenen Bartöls (die ganze Lieferung war ölverschmiert). Kein Rückruf, keine Mail.

Ich hab auf Instagram 25k Follower, die meisten wegen Bartpflege. Wenn sich bis Freitag keiner meldet, mach ich ein Video darüber, wie euer Kundenservice läuft. Wäre schade.

Kevin
"""),
dict(frm="Hans-Peter Wiegand <hp.wiegand@wiegand-kanzlei.example>",
     subj="Turmuhr-Restaurierung – Auftrag über 12.400 €",
     trig="broken_promise,high_value_order,legal_threat", trap="-", note="clock restorers; church tower clock, court; completion date promised",
     body="""\
Sehr geehrte Damen und Herren,

im Auftrag der Kirchengemeinde St. Georg hatten Sie die Restaurierung des Turmuhrwerks für 12.400 € übernommen. Fertigstellung war laut Vertrag für den 30. April zugesagt. Das Werk steht bis heute zerlegt in Ihrer Werkstatt, Termine werden nicht genannt.

Die Gemeinde hat 60 % bereits bezahlt. Sollte bis zum 15. Juli kein verbindlicher Fertigstellungstermin vorliegen, werden wir rechtliche Schritte einleiten und die Sache gerichtlich klären lassen.

Mit freundlichen Grüßen
H.-P. Wiegand
Kirchenvorstand St. Georg
"""),
dict(frm="Samuel Okeke <samuel.okeke@hundesport-mail.example>",
     subj="Bemerkungen eines Leistungsrichters",
     trig="discrimination_harassment,manager_request", trap="-", note="dog-agility; racist remarks by judge",
     body="""\
Hallo,

beim Turnier in Celle am Sonntag hat der Leistungsrichter im A2-Parcours mich vor allen Teilnehmern gefragt, ob ich „den Hund auch in Afrika so trainiert“ habe, und später gesagt, „Leute wie ich“ sollten erst mal Deutsch lernen, bevor sie Einspruch einlegen. Mehrere Leute haben es gehört.

Ich bin seit sechs Jahren Mitglied. Ich möchte, dass das an den Vorstand weitergegeben wird, und ich möchte mit dem Vorsitzenden persönlich sprechen.

Samuel Okeke
"""),
dict(frm="Anja Petersen <anja.petersen@nordmail.example>",
     subj="Abwesend bis 3. Juni – Reklamation Kaution",
     trig="billing_dispute", trap="looks_automated", note="roof-top tent; customer's own absence notice then complaint",
     body="""\
Ich bin bis einschließlich 3. Juni nicht erreichbar. In dringenden Fällen wenden Sie sich bitte an meinen Mann, 555-0161.

Vorher noch schnell meine Reklamation: Von der Kaution für das Dachzelt (Buchung DZ-8842) haben Sie 250 € einbehalten für einen „Riss im Überzelt“. Dieser Riss war bei der Übergabe schon da und steht im Übergabeprotokoll. Bitte überweisen Sie die 250 € zurück.

Anja Petersen
"""),
dict(frm="Einkauf Brauhaus am Markt <einkauf@brauhaus-am-markt.example>",
     subj="AW: Ihre Rechnung 2025-0612",
     trig="billing_dispute,high_value_order", trap="looks_automated", note="microbrewery supplier invoice; 'Vielen Dank für Ihre E-Mail' opener",
     reply=True,
     body="""\
Vielen Dank für Ihre E-Mail. Wir haben Ihre Rechnung erhalten.

Allerdings stimmt die Rechnung 2025-0612 über 7.420,00 € nicht: Berechnet sind 40 Fässer Festbier à 50 Liter, geliefert wurden am 2. Juni nur 28 Fässer (siehe unterschriebener Lieferschein). Wir zahlen die Rechnung erst, wenn eine korrigierte Fassung vorliegt.

Mit freundlichen Grüßen
Petra Lüdke
Einkauf, Brauhaus am Markt
"""),
dict(frm="Holger Meister <holger.meister@t-post.example>",
     subj="WG: Automatische Antwort: Ihre Anfrage",
     trig="broken_promise,cancellation_threat,repeat_contact", trap="looks_automated", note="bird-seed; forwards desk's autoreply, complains on top",
     body="""\
Ihre „automatische Antwort“ verspricht eine Rückmeldung innerhalb von 48 Stunden. Die kam vor zwei Wochen. Ich habe inzwischen dreimal geschrieben und einmal angerufen, und die Lieferung mit dem verschimmelten Futter ist immer noch nicht ersetzt.

Ich kündige zum Monatsende, wenn sich bis dahin niemand meldet.

Holger Meister

-----Ursprüngliche Nachricht-----
Von: Kundenservice <support@example.test>
Gesendet: Montag, 19. Mai 2025 08:03
An: Holger Meister <holger.meister@t-post.example>
Betreff: Automatische Antwort: Ihre Anfrage

Vielen Dank für Ihre Nachricht. Wir melden uns innerhalb von 48 Stunden bei Ihnen.
"""),
dict(frm="Nicole Fuchs <nicole.fuchs@elternmail.example>",
     subj="Kulisse umgestürzt – Kind verletzt",
     trig="safety", trap="-", note="puppet theatre; scenery fell on child",
     body="""\
Sehr geehrtes Puppentheater-Team,

in der Vorstellung am Sonntag um 15 Uhr ist beim Umbau zur zweiten Szene eine Seitenkulisse nach vorne in die erste Reihe gekippt. Mein Sohn (5) wurde an der Stirn getroffen und hatte eine Platzwunde, wir waren danach in der Notaufnahme.

Ihre Mitarbeiterin war sehr nett, aber niemand hat die anderen Kulissen geprüft und die Vorstellung ging einfach weiter. Bitte sichern Sie die Aufbauten, bevor noch mehr passiert.

Nicole Fuchs
"""),
dict(frm="Tanja Röder <tanja.roeder@roeder-consulting.example>",
     subj="Anfrage Weihnachtsfeier",
     trig="-", trap="job_title", note="medieval banquet; office manager role",
     body="""\
Hallo,

ich bin Office-Managerin bei Röder Consulting und plane unsere Weihnachtsfeier. Wir wären ca. 35 Personen, am liebsten Freitag, 5. Dezember. Haben Sie da noch einen Termin für das Rittermahl frei? Bitte mit vegetarischer Option.

Viele Grüße
Tanja Röder
Office Management
"""),
dict(frm="Markus Seidl <markus.seidl@drechsler-seidl.example>",
     subj="AW: Ersatzteil Spannfutter",
     trig="-", trap="quoted_threat", note="woodturning; 'Am ... schrieb' block with earlier lawyer threat",
     reply=True,
     body="""\
Hallo Frau Weber,

danke, das Ersatzteil ist heute angekommen und passt. Damit ist die Sache für mich erledigt.

Gruß
Markus Seidl

Am 14.05.2025 um 09:12 schrieb Markus Seidl <markus.seidl@drechsler-seidl.example>:
> Guten Tag,
> ich warte jetzt seit sechs Wochen auf das Ersatzteil. Wenn es bis Ende
> der Woche nicht da ist, schalte ich meinen Anwalt ein und will Ihren
> Vorgesetzten sprechen.
> Markus Seidl
"""),
dict(frm="Brigitte Sommer <brigitte.sommer@gartenpost.example>",
     subj="Urlaubspause fürs Abo?",
     trig="-", trap="negation", note="bird-seed; ich will nicht kündigen",
     body="""\
Hallo,

ich will mein Abo nicht kündigen, ich bin sehr zufrieden! Wir sind aber im August drei Wochen im Urlaub. Kann ich die Lieferung für August einfach aussetzen?

Liebe Grüße
Brigitte Sommer
"""),
dict(frm="Felix Wagner <felix.wagner@mail-wagner.example>",
     subj="Frage zum Widerrufsrecht",
     trig="-", trap="policy_question", note="hydroponics webshop; return policy question",
     body="""\
Hallo,

wie ist das eigentlich mit dem Widerrufsrecht bei geöffneten Nährstoffflaschen? Ich überlege, das große Set zu bestellen, bin aber nicht sicher, ob es für meine Anlage passt. Kann ich es zurückschicken, falls nicht?

Felix
"""),
dict(frm="Stefanie Lorenz <s.lorenz@hundeverein-lorenz.example>",
     subj="AV-Vertrag nach DSGVO",
     trig="-", trap="gdpr_documentation", note="dog-agility platform; DPA request",
     body="""\
Guten Tag,

unser Verein möchte die Mitgliederverwaltung über Ihre Plattform abwickeln. Dafür benötigen wir einen Auftragsverarbeitungsvertrag nach Art. 28 DSGVO und die Angabe, wo die Server stehen. Können Sie uns die Unterlagen schicken?

Mit freundlichen Grüßen
Stefanie Lorenz
Schriftführerin
"""),
dict(frm="Werner Haas <werner.haas@haas-familie.example>",
     subj="Herzlichen Dank!",
     trig="-", trap="praise", note="vintage radio repair",
     body="""\
Sehr geehrter Herr Brückner,

der Saba Freiburg spielt wieder wie am ersten Tag! Meine Frau hat geweint, als sie das Radio ihres Vaters wieder gehört hat. Vielen herzlichen Dank für Ihre sorgfältige Arbeit und die ausführliche Erklärung.

Mit den besten Grüßen
Werner Haas
"""),
dict(frm="Julia Kern <julia.kern@kern-hof.example>",
     subj="Termine exportieren?",
     trig="-", trap="feature_exists", note="farrier app; asks if export exists",
     body="""\
Hallo, kann man die Hufschmied-Termine aus der App irgendwie in den Google-Kalender exportieren? Oder gibt es das (noch) nicht? Danke, Julia
"""),
dict(frm="Monika Schenk <monika.schenk@schenk-mail.example>",
     subj="Was passiert bei Sturm?",
     trig="-", trap="hypothetical", note="snorkel tour; what if weather bad",
     body="""\
Hallo,

wir haben die Schnorcheltour für den 18. August gebucht. Was passiert, wenn an dem Tag Sturm ist und die Tour ausfällt? Bekämen wir dann das Geld zurück, oder nur einen Gutschein? Nur damit wir planen können.

Danke!
Monika Schenk
"""),
dict(frm="Dr. Frank Osterkamp <f.osterkamp@osterkamp-ag.example>",
     subj="Auftragsbestätigung Sommerfest",
     trig="-", trap="large_amount_no_problem", note="medieval banquet; EUR 9,500 booking confirmed",
     body="""\
Sehr geehrte Damen und Herren,

hiermit bestätigen wir Ihr Angebot vom 3. April über 9.500 € für unser Sommerfest am 28. Juni (120 Personen, Festbankett, Gauklerprogramm). Bitte senden Sie uns die Rechnung für die Anzahlung.

Wir freuen uns auf die Veranstaltung.

Mit freundlichen Grüßen
Dr. Frank Osterkamp
"""),
dict(frm="Gisela Brandl <gisela.brandl@brandl-net.example>",
     subj="Käsekurs und mein Nachbar",
     trig="-", trap="reported_speech", note="cheese course; neighbour suggested suing, customer does not adopt",
     body="""\
Guten Tag,

mein Nachbar meinte ja, ich solle Sie verklagen, weil der Camembert aus dem Kurs zu Hause nicht gelungen ist – aber das ist natürlich Unsinn, das lag an meinem Keller. Ich wollte nur fragen, ob Sie einen Tipp haben, welche Luftfeuchtigkeit ideal ist?

Viele Grüße
Gisela Brandl
"""),
dict(frm="Bernd Keller <bernd.keller@kellermail.example>",
     subj="Neues Rezept Bartbalsam",
     trig="-", trap="mild_disappointment", note="beard-care",
     body="""\
Hallo,

ich bin etwas enttäuscht, der neue Bartbalsam „Waldmeister“ riecht nicht mehr so intensiv wie früher. Ist die Rezeptur geändert worden? Ist keine Beschwerde, nur eine Frage.

Bernd
"""),
dict(frm="Carsten Voss <carsten.voss@voss-events.example>",
     subj="AW: Ihre Beschwerde vom 02.06.",
     trig="-", trap="outlook_original_message", note="falconry; localised Outlook block with earlier threats",
     reply=True,
     body="""\
Hallo Frau Richter,

vielen Dank, die Gutschrift ist angekommen. Für uns ist die Sache damit erledigt, gerne wieder nächstes Jahr.

Gruß
Carsten Voss

-----Ursprüngliche Nachricht-----
Von: Carsten Voss <carsten.voss@voss-events.example>
Gesendet: Montag, 2. Juni 2025 17:44
An: support@example.test
Betreff: Beschwerde Vorführung 31.05.

Das war die schlechteste Vorführung, die ich je gesehen habe. Ich verlange eine Erstattung, sonst schreibe ich eine Bewertung bei Google und informiere die Presse.
"""),
dict(frm="Susanne Albrecht <susanne.albrecht@albrecht-design.example>",
     subj="Ich bin bis 20. Juli nicht im Büro",
     trig="-", trap="looks_automated", note="cheese course; human OOO-style subject, normal booking",
     body="""\
Ich bin bis 20. Juli nicht im Büro und lese Mails nur unregelmäßig – deshalb schon jetzt meine Anfrage:

Haben Sie im September noch zwei Plätze im Ziegenkäse-Kurs frei? Ein Samstag wäre ideal.

Danke und viele Grüße
Susanne Albrecht
"""),
dict(frm="Ralf Steinbach <r.steinbach@steinbach-gemuese.example>",
     subj="Wartungsvertrag Hydroanlage – Anschrift Ihrer Rechtsabteilung",
     trig="cancellation_threat,corporate_contact_request", trap="-", note="hydroponics maintenance contract",
     body="""\
Guten Tag,

seit April sind drei der vereinbarten Wartungstermine für unsere NFT-Anlage ersatzlos ausgefallen. Ihr Außendienst meldet sich nicht, die Hotline verweist auf „Engpässe“.

Bitte nennen Sie mir die Anschrift Ihrer Rechtsabteilung bzw. der Geschäftsstelle, an die ich die schriftliche Kündigung des Wartungsvertrags richten soll. Wenn sich bis Monatsende nichts ändert, kündige ich außerordentlich und beauftrage einen anderen Anbieter.

Mit freundlichen Grüßen
Ralf Steinbach
Steinbach Gemüsebau
"""),
]
