# -*- coding: utf-8 -*-
"""heldout20: German customer mail, with and without triggers. Hand-written, one block per message."""

LANG = "de"
M = []


def msg(frm, subject, triggers, trap, note, body, **opt):
    M.append(dict(lang=LANG, frm=frm, subject=subject, triggers=triggers,
                  trap=trap, note=note, body=body, **opt))


# ---------------------------------------------------------------- positives

msg("Matthias Kröger <m.kroeger@kroeger-web.example>",
    "Hemden Auftrag 4471 - wo bleibt die Lieferung?",
    "broken_promise,repeat_contact", "-", "third contact, promised delivery date",
    """\
Guten Tag,

ich schreibe Ihnen jetzt zum dritten Mal wegen meines Auftrags 4471 (4 Maßhemden, weiß und hellblau). Bei der Anprobe am 12. März wurde mir fest zugesagt, dass die Hemden bis spätestens 15. April bei mir sind. Heute ist der 6. Mai.

Auf meine beiden letzten Mails habe ich keine Antwort bekommen. Ich brauche die Hemden für eine Dienstreise am 20. Mai.

Mit freundlichen Grüßen
Matthias Kröger
""")

msg("Sabine Hartl <sabine.hartl@hartl-familie.example>",
    "Garagentor geht nicht zu",
    "cancellation_threat,technical_issue", "conditional_threat", "conditional cancellation of maintenance contract",
    """\
Hallo,

seit Sonntag schließt unser Sektionaltor nicht mehr ganz. Es fährt runter, bleibt etwa 30 cm über dem Boden stehen, brummt und fährt wieder hoch. Die Lampe am Antrieb blinkt dabei 4x. Wir haben die Lichtschranke sauber gemacht, bringt nichts.

Wir haben bei Ihnen einen Wartungsvertrag und zahlen dafür jedes Jahr 189 Euro. Wenn bis Freitag niemand vorbeikommt, kündige ich den Vertrag, dann hat er ja keinen Sinn.

Sabine Hartl
Lindenweg 7
""")

msg("Werner Albrecht <werner.albrecht@albrecht-obst.example>",
    "Abbuchung Lohnmosten doppelt",
    "billing_dispute,regulatory", "-", "double debit + Verbraucherzentrale",
    """\
Sehr geehrte Damen und Herren,

für das Lohnmosten meiner Äpfel am 28.09. (320 kg, Beleg Nr. 1187) wurden mir 96,00 € zweimal vom Konto abgebucht, am 30.09. und am 02.10. Ich habe nur einmal Saft abgeholt.

Ich bitte um Rückerstattung der doppelten Abbuchung bis Ende der Woche. Ansonsten werde ich mich an die Verbraucherzentrale wenden, die Kontoauszüge liegen mir vor.

Mit freundlichen Grüßen
Werner Albrecht
""")

msg("Aylin Yıldız <aylin.yildiz@posteo-mail.example>",
    "Vorfall beim Kindergeburtstag am Samstag",
    "discrimination_harassment,manager_request", "-", "staff insulted child over origin",
    """\
Hallo,

wir waren am Samstag mit 8 Kindern zum Geburtstag meines Sohnes Emir (13) bei Ihnen im Park. Einer Ihrer Mitarbeiter (Schiedsrichter im Waldfeld, mit Glatze) hat meinen Sohn vor allen Freunden gefragt, ob er "zu Hause auch mit so Dingern schießt" und ihn später "kleiner Terrorist" genannt, als er ihn markiert hat. Die anderen Kinder haben gelacht, Emir hat geweint.

Ich möchte bitte mit dem Vorgesetzten dieses Mitarbeiters oder der Parkleitung sprechen. Telefonisch bin ich unter 0171 555 2231 erreichbar.

Aylin Yıldız
""")

msg("Jana Sommerfeld <jana.sommerfeld@sommerfeld-mail.example>",
    "Unsere Babybilder sind WEG",
    "data_loss,severe_dissatisfaction,technical_issue", "-", "gallery deleted, strong anger",
    """\
Hallo,

ich habe mich gerade in die Online-Galerie eingeloggt, um endlich die Abzüge von unserem Neugeborenen-Shooting zu bestellen, und da steht "Diese Galerie existiert nicht mehr". ALLE 52 Bilder weg. Niemand hat uns vorher informiert, dass die Galerie nach 60 Tagen gelöscht wird, das stand nirgends.

Das ist eine Frechheit sondergleichen. Unsere Tochter war 6 Tage alt auf den Fotos, das kann man nicht wiederholen. Ich erwarte, dass Sie die Bilder aus Ihrer Sicherung wiederherstellen, und zwar sofort.

Jana Sommerfeld
""")

msg("Dirk Neumann <dirk.neumann@neumann-it.example>",
    "Fremde Anmeldungen in meinem Mitgliedskonto",
    "security_incident", "-", "suspicious logins, changed phone number",
    """\
Guten Abend,

in meinem Mitgliedskonto für den Schießstand stehen unter "Letzte Anmeldungen" seit Montag mehrere Logins aus Rumänien und den Niederlanden. Außerdem wurde meine hinterlegte Handynummer geändert und eine Bahn für Samstag gebucht, die ich nicht gebucht habe.

Ich habe das Passwort geändert. Bitte sperren Sie das Konto vorsorglich und teilen Sie mir mit, welche Daten eingesehen werden konnten (dort ist auch meine WBK-Nummer hinterlegt).

Dirk Neumann
""")

msg("Claudia Brenner <claudia.brenner@brenner-hochzeit.example>",
    "Oldtimer ist auf dem Weg zur Kirche liegen geblieben",
    "legal_threat,technical_issue", "-", "wedding car breakdown, Anwalt",
    """\
Sehr geehrte Damen und Herren,

der gebuchte Mercedes 220 S (Ponton) ist am 14. Juni auf dem Weg zur Kirche mit Motorschaden liegen geblieben, 4 km vor dem Ziel. Der Fahrer konnte uns nicht sagen, wann Ersatz kommt, wir sind schließlich mit dem Taxi gefahren und 40 Minuten zu spät angekommen. Die Fotos vor dem Auto, für die wir das Auto gebucht hatten, gibt es nicht.

Wir verlangen die vollständige Rückzahlung der Miete (890 €). Unser Anwalt ist eingeschaltet und wird sich mit Fristsetzung bei Ihnen melden, falls wir bis zum 30. Juni nichts von Ihnen hören.

Claudia und Stefan Brenner
""")

msg("Bernd Vogt <bernd.vogt@vogt-landwirtschaft.example>",
    "Auftrag RW-2231 Zisternenanlage",
    "broken_promise,high_value_order", "-", "EUR 9,400 order, promised pump not delivered",
    """\
Guten Tag Herr Lehmann,

zu unserem Auftrag RW-2231 (Erdtank 15.000 l mit Filter und Hauswasserwerk, Auftragssumme 9.400,00 € brutto): Der Tank ist eingebaut, aber die Pumpe fehlt noch immer. Sie hatten mir am Telefon am 3. Juni zugesagt, dass Ihr Monteur sie "spätestens nächste Woche" einbaut. Seitdem hat sich niemand gemeldet.

Wir haben 80 % angezahlt. Ich bitte um einen verbindlichen Termin.

Gruß
Bernd Vogt
""")

msg("Melanie Fuchs <melanie.fuchs@fuchsdesign.example>",
    "Ihre Lammfell-Handschuhe",
    "media_threat,severe_dissatisfaction", "-", "Instagram + local paper",
    """\
Hallo,

die Lammfell-Handschuhe (89 €!) haben nach zwei Wochen Löcher an beiden Daumen und das Fell geht büschelweise raus. Auf meine Reklamation bekomme ich die Antwort, das sei "normaler Verschleiß".

Ich finde das unverschämt und eine absolute Frechheit. Ich werde meine Erfahrung mit Fotos auf Instagram posten (ich habe knapp 12.000 Follower, viele aus der Region) und auch der Lokalzeitung schreiben, die gerade eine Serie über Handwerksbetriebe macht.

Melanie Fuchs
""")

msg("Kai Petersen <kai.petersen@eisnord.example>",
    "Franchise Portal nicht erreichbar",
    "outage,technical_issue", "no_umlauts", "written without umlauts",
    """\
Moin,

das Franchise-Portal ist seit heute frueh nicht erreichbar, wir bekommen nur "503 Service Unavailable". Bei allen drei Wagen, auch ueber Handy. Wir koennen weder die Tourenplanung fuer das Wochenende sehen noch Ware bestellen. Bei dem Wetter ist das richtig bitter.

Gibt es schon eine Info, wann es wieder laeuft?

Gruss Kai
Eis Nord GbR
""")

msg("Lena Hoffmann <lena.hoffmann@surfmail.example>",
    "Idee für euren Board-Konfigurator",
    "feature_request", "-", "request without the word Feature-Wunsch",
    """\
Hey ihr,

ich baue mir gerade im Konfigurator mein erstes Custom-Board zusammen und hätte eine Bitte: Schön wäre, wenn man die Tint-Farben auch auf einem Bild vom Board sehen könnte und nicht nur als kleines Farbquadrat. Ich kann mir bei "Seafoam" vs. "Mint" echt nicht vorstellen, wie das auf 6'8 aussieht.

Sonst alles super, freu mich auf das Board!
Lena
""")

msg("Thomas Reinhardt <thomas.reinhardt@reinhardt-mail.example>",
    "Kaminofen im Leuchtturm qualmt - CO-Melder hat ausgelöst",
    "safety,technical_issue", "-", "CO alarm in holiday let",
    """\
Guten Tag,

wir sind diese Woche im Leuchtturm Westerhever (Buchung LT-0442). Heute Abend hat der Kaminofen stark in den Raum gequalmt, obwohl die Klappe offen war, und der CO-Melder im Wohnraum hat Alarm geschlagen. Wir haben gelüftet und den Ofen ausgehen lassen. Meine Frau hatte Kopfschmerzen.

Wir heizen jetzt nicht mehr, aber es ist nachts sehr kalt mit zwei kleinen Kindern. Bitte schicken Sie jemanden, der den Ofen überprüft, und sagen Sie uns, ob wir überhaupt bleiben sollen.

Thomas Reinhardt
""")

msg("Florian Berger <florian.berger@modellbau-berger.example>",
    "Ladegerät geschmolzen",
    "safety,technical_issue", "-", "charger overheating and melting",
    """\
Servus,

das Ladegerät (Art.-Nr. LG-250), das ich im Februar bei euch gekauft hab, ist gestern beim Laden eines 3S-Akkus so heiß geworden, dass das Gehäuse an der Seite geschmolzen ist. Es hat nach verbranntem Plastik gestunken. Zum Glück war ich daneben und hab's vom Strom genommen. Es stand auf dem Holzschreibtisch im Kinderzimmer.

Ich will da keinen Ersatz vom gleichen Typ, sondern das Geld zurück. Und ihr solltet die Dinger mal prüfen.

Florian
""")

msg("Ingrid Baumann <ingrid.baumann@baumann-natur.example>",
    "Kontakt Geschäftsführung",
    "corporate_contact_request,executive_contact", "-", "asks MD email to write to her",
    """\
Guten Tag,

bitte nennen Sie mir die E-Mail-Adresse Ihrer Geschäftsführerin, Frau Dr. Lindner. Ich möchte ihr direkt schreiben, wie in Ihrer Filiale in Freiburg mit Stammkundinnen umgegangen wird, die ihre eigenen Gläser mitbringen.

Ingrid Baumann
""")

msg("Rainer Schulte <rainer.schulte@schulte-archiv.example>",
    "Restaurierung Familienchronik - Ihr Geschäftsführer ist informiert",
    "broken_promise,executive_contact", "-", "already wrote to managing director",
    """\
Sehr geehrte Damen und Herren,

die Restaurierung unserer Familienchronik (Auftrag BB-318) war für Ende Februar zugesagt, dann für Ende März. Jetzt haben wir Mai und niemand kann mir sagen, wo das Buch gerade ist.

Ich habe heute Ihrem Geschäftsführer, Herrn Wendt, einen Brief geschrieben und ihm die ganze Korrespondenz beigelegt.

Rainer Schulte
""")

msg("Petra Lindemann <petra.lindemann@lindemann-kanzlei.example>",
    "Abwesenheit ab morgen + falsche Abbuchung",
    "billing_dispute", "looks_automated", "starts like an absence notice, then disputes a debit",
    """\
Hallo,

ich bin ab morgen bis einschließlich 22.08. im Urlaub und lese keine Mails. In dringenden Fällen wenden Sie sich bitte an meinen Mann unter 0160 555 8812.

Vorher aber noch: Sie haben am 01.08. 59,90 € für das Nachfüll-Abo abgebucht, obwohl ich das Abo am 14.07. gekündigt habe (Bestätigung von Ihnen liegt vor). Bitte erstatten Sie den Betrag.

Petra Lindemann
""")

msg("Buchhaltung Hotel Seeblick <buchhaltung@hotel-seeblick.example>",
    "Eingangsbestätigung Ihrer Rechnung RE-2025-0388",
    "billing_dispute,high_value_order", "looks_automated", "opens like an acknowledgement, disputes EUR 6,300 invoice",
    """\
Sehr geehrte Damen und Herren,

wir bestätigen den Eingang Ihrer Rechnung RE-2025-0388 vom 02.04.2025 über 6.300,00 € (Lammfellauflagen und Sitzkissen für Terrasse und Restaurant).

Leider können wir die Rechnung so nicht begleichen. Berechnet wurden 120 Sitzauflagen, geliefert wurden laut Lieferschein und unserer Zählung 84. Außerdem sind 16 davon in Anthrazit statt Naturweiß. Bitte stellen Sie eine korrigierte Rechnung aus; bis dahin halten wir die Zahlung zurück.

Mit freundlichen Grüßen
i. A. Monika Braun
Buchhaltung
""")

msg("Lisa Kowalski <lisa.kowalski@kowalski-mail.example>",
    "Beschwerde über Fotografen",
    "discrimination_harassment", "-", "sexual harassment by photographer",
    """\
Hallo,

ich hatte am Dienstag ein Babybauch-Shooting bei Ihnen. Der Fotograf (Marco) hat mehrfach Bemerkungen über meinen Körper gemacht, die nichts mit den Fotos zu tun hatten, hat mich ungefragt an der Hüfte "in Position gebracht" und mir danach auf WhatsApp geschrieben, ob ich nicht auch mal "ohne Bauch" zu ihm ins Studio kommen will.

Ich fühle mich belästigt und möchte, dass Sie das ernst nehmen. Die Nachrichten habe ich gespeichert.

Lisa Kowalski
""")

msg("Georg Hartmann <georg.hartmann@hartmann-jagd.example>",
    "Mitgliederliste an alle verschickt?!",
    "regulatory,security_incident", "-", "member list emailed to everyone; data protection authority",
    """\
Sehr geehrter Vorstand,

mit dem Rundschreiben vom Freitag wurde als Anhang eine Excel-Liste mit Namen, Adressen, Geburtsdaten und Waffenbesitzkarten-Nummern aller Mitglieder an alle Mitglieder verschickt. Das ist ein schwerer Datenschutzverstoß, gerade bei Waffenbesitzern.

Ich habe den Vorfall heute beim Landesbeauftragten für Datenschutz gemeldet. Ich erwarte eine Information an alle Betroffenen.

Georg Hartmann
""")

msg("Uwe Krämer <uwe.kraemer@kraemer-haus.example>",
    "App Torantrieb - Vorschlag",
    "feature_request", "-", "wants scheduling in the opener app",
    """\
Hallo zusammen,

die App für den Torantrieb funktioniert bei uns tadellos. Eine Sache fehlt mir: Ich würde gern Zeiten einstellen können, zu denen das Tor automatisch zugeht, z. B. jeden Abend um 22 Uhr, falls die Kinder es wieder offen lassen. Könnt ihr das in ein künftiges Update aufnehmen?

Viele Grüße
Uwe Krämer
""")

msg("Heike Wagner <heike.wagner@wagner-events.example>",
    "Hochzeitsauto - ich erwarte einen Rückruf der Geschäftsleitung",
    "manager_request,severe_dissatisfaction", "-", "wants someone from management",
    """\
Guten Tag,

Ihr Fahrer hat uns am Samstag an der falschen Kirche abgesetzt, war während der gesamten Fahrt am Handy und hat sich anschließend geweigert, noch zum Standesamt-Fototermin zu fahren, weil "seine Schicht vorbei" sei.

Das ist absolut inakzeptabel, so etwas habe ich noch nie erlebt. Ich möchte, dass sich jemand aus der Geschäftsleitung persönlich bei mir meldet, nicht wieder das Büro.

Heike Wagner
""")

msg("Stefan Weber <s.weber@weber-bau.example>",
    "Firmenhemden Auftrag 2025-31 - falsches Logo",
    "cancellation_threat,high_value_order", "-", "EUR 11,200 corporate shirts, wrong logo",
    """\
Sehr geehrte Frau Kessler,

heute wurden die ersten 60 von 140 Firmenhemden aus unserem Auftrag 2025-31 (Gesamtwert 11.200 € netto) geliefert. Auf allen ist das alte Firmenlogo gestickt, obwohl wir Ihnen im Februar die neue Datei geschickt und die Freigabe auf Basis des neuen Logos erteilt haben.

Wir brauchen die Hemden zur Messe am 18. September. Wenn Sie uns bis Montag keinen machbaren Termin für die Korrektur nennen, stornieren wir den gesamten Auftrag.

Mit freundlichen Grüßen
Stefan Weber
Weber Bau GmbH
""")

msg("Anna Richter <anna.richter@tagblatt-redaktion.example>",
    "Presseanfrage: Glassplitter in Apfelschaumwein?",
    "media_threat", "journalist_inquiry", "German journalist inquiry",
    """\
Sehr geehrte Damen und Herren,

ich bin Redakteurin beim Regionalen Tagblatt. Uns liegen Leserzuschriften vor, nach denen Flaschen Ihres Apfelschaumweins aus der Abfüllung Herbst 2024 spontan zersprungen sein sollen.

Können Sie bestätigen, ob Ihnen solche Fälle bekannt sind und ob Chargen zurückgerufen werden? Für eine Stellungnahme bis Donnerstag, 12 Uhr, wäre ich dankbar.

Mit freundlichen Grüßen
Anna Richter
Redaktion Wirtschaft
""")

msg("Klaus Dietrich <klaus.dietrich@dietrich-garten.example>",
    "Verbrauchsdaten im Portal verschwunden",
    "data_loss,technical_issue", "-", "sensor history gone after update",
    """\
Hallo,

seit dem Update der Zisternen-App letzte Woche sind alle Füllstandsdaten vor dem 1. Mai weg. Die Grafik fängt einfach am 1. Mai an. Ich hatte die Daten von zwei Jahren drin und brauche sie für den Antrag beim Wasserversorger (Abwassergebühr-Ermäßigung). Der Export als CSV liefert auch nur die neuen Daten.

Kann man das wiederherstellen?

Klaus Dietrich
""")

msg("Sven Hansen <sven.hansen@hansen-mail.example>",
    "VIERTE Mail wegen Gutschein!!!",
    "billing_dispute,repeat_contact,severe_dissatisfaction", "-", "fourth mail, voucher charged",
    """\
Ich schreibe Ihnen jetzt zum vierten Mal!!! Wir haben am 10. Mai mit einem Gutschein über 150 € bezahlt (Gutscheincode liegt Ihnen vor) und Sie haben mir TROTZDEM 150 € von der Kreditkarte abgebucht. Keine einzige Antwort bisher.

Das ist eine bodenlose Unverschämtheit. Ich will mein Geld zurück, und zwar diese Woche.

Sven Hansen
""")

# ---------------------------------------------------------------- negatives

msg("Nicole Engel <nicole.engel@engel-steuer.example>",
    "Hemden für unser Team",
    "-", "job_title", "Office Managerin orders normally",
    """\
Guten Tag,

ich bin Office Managerin in einer Steuerkanzlei und wir möchten für unsere sechs Kolleginnen und Kollegen am Empfang einheitliche Blusen bzw. Hemden anfertigen lassen. Bieten Sie auch Termine vor Ort an, bei uns im Büro? Und wie lange dauert die Anfertigung ungefähr?

Viele Grüße
Nicole Engel
Office Managerin
""")

msg("Claudia Brenner <claudia.brenner@brenner-hochzeit.example>",
    "Re: Oldtimer ist auf dem Weg zur Kirche liegen geblieben",
    "-", "quoted_threat", "thanks for refund; own earlier threat only quoted (Am ... schrieb)",
    """\
Sehr geehrter Herr Maurer,

vielen Dank für die Erstattung, der Betrag ist heute eingegangen. Damit ist die Sache für uns erledigt, und danke auch für die netten Zeilen.

Claudia Brenner

Am 24.06.2025 um 09:31 schrieb Support <support@example.test>:
> Sehr geehrte Frau Brenner,
> wir erstatten Ihnen die volle Miete von 890 €.
>
> Am 16.06.2025 um 21:12 schrieb Claudia Brenner:
>> Unser Anwalt ist eingeschaltet und wird sich mit Fristsetzung bei
>> Ihnen melden. Das war der schlimmste Tag, den wir je mit einem
>> Dienstleister erlebt haben.
""")

msg("Horst Lehner <horst.lehner@lehner-web.example>",
    "Fotos Tor",
    "-", "quoted_threat_outlook", "German Outlook header block with old Klage threat",
    """\
Hallo Herr Pohl,

anbei wie besprochen die Fotos vom Tor nach der Reparatur. Läuft alles einwandfrei.

Gruß H. Lehner

-----Ursprüngliche Nachricht-----
Von: Horst Lehner <horst.lehner@lehner-web.example>
Gesendet: Montag, 3. März 2025 18:44
An: support@example.test
Betreff: Tor

Wenn das Tor bis Mittwoch nicht repariert ist, reiche ich Klage ein und kündige den Vertrag.
""", pack="mixed", attach=("tor.png", "image/png"))

msg("Katrin Schwarz <katrin.schwarz@schwarz-familie.example>",
    "Abo pausieren",
    "-", "negation", "'ich will nicht kündigen', asks to pause",
    """\
Hallo,

ich will nicht kündigen, ich bin mit den Nachfüllungen sehr zufrieden! Ich bin nur ab Juli für drei Monate in Elternzeit bei meinen Eltern in Österreich. Kann ich das Abo für Juli bis September pausieren?

Liebe Grüße
Katrin
""")

msg("Wolfgang Pohl <wolfgang.pohl@pohl-rentner.example>",
    "Mitgliedschaft beenden wegen Umzug",
    "-", "cancel_procedural", "neutral cancellation procedure, moving away",
    """\
Sehr geehrte Damen und Herren,

wir ziehen zum 1. Oktober nach Kiel. Wie kann ich meine Mitgliedschaft am Schießstand zum Jahresende beenden, brauchen Sie das schriftlich per Post? Es hat mir bei Ihnen immer gut gefallen.

Mit freundlichen Grüßen
Wolfgang Pohl
""")

msg("Julia Brandt <julia.brandt@brandt-praxis.example>",
    "AV-Vertrag / DSGVO",
    "-", "gdpr_question", "asks for DPA, no violation",
    """\
Guten Tag,

wir möchten für unsere Praxis Fotos für die Website bei Ihnen machen lassen. Da darauf auch Mitarbeitende zu sehen sind, bräuchten wir einen Auftragsverarbeitungsvertrag nach Art. 28 DSGVO. Können Sie uns den zuschicken? Und wo werden die Galerien gespeichert?

Freundliche Grüße
Julia Brandt
""")

msg("Renate Köhler <renate.koehler@koehler-mail.example>",
    "Lob an Frau Weiß",
    "-", "manager_praise", "praises shop manager by name",
    """\
Liebes Team,

ich möchte einmal ausdrücklich Ihre Filialleiterin in Münster, Frau Weiß, loben. Sie hat sich eine halbe Stunde Zeit genommen, um mir die verschiedenen Shampoos zu erklären, und mir sogar Proben mitgegeben. So eine Beratung findet man selten. Bitte richten Sie ihr das aus!

Herzliche Grüße
Renate Köhler
""")

msg("Martin Vogel <martin.vogel@vogel-holz.example>",
    "Bestellung Ledermappen - genau 5.000 €",
    "-", "exactly_5000", "order of exactly EUR 5,000 with small question",
    """\
Guten Tag,

unsere Bestellung der 40 Ledermappen mit Prägung für das Firmenjubiläum kommt laut Angebot auf genau 5.000,00 €. Die Lieferung verschiebt sich laut Spedition um zwei Tage, das ist kein Problem. Können Sie mir nur kurz bestätigen, ob die Prägung in Gold oder Silber ausgeführt wird? Ich finde es in den Unterlagen nicht.

Gruß
Martin Vogel
""")

msg("Gerda Möller <gerda.moeller@moeller-gaerten.example>",
    "Eingangsbestätigung Rechnung 2025-114",
    "-", "looks_automated", "human acknowledgement of an invoice, no problem",
    """\
Sehr geehrte Damen und Herren,

hiermit bestätigen wir den Eingang Ihrer Rechnung 2025-114 über die Montage der Regentonnenanlage. Die Zahlung ist für den 15. des Monats angewiesen.

Mit freundlichen Grüßen
Gerda Möller
Buchhaltung, Möller Gärten
""")

msg("Tobias Franke <tobias.franke@franke-mail.example>",
    "Neue E-Mail-Adresse (alte kommt zurück)",
    "-", "looks_automated", "pastes a bounce to update his address, no complaint",
    """\
Hallo,

bitte ändert meine E-Mail-Adresse im Kundenkonto auf diese hier. Meine alte Adresse gibt es nicht mehr, eure Versandbestätigung ist mir mit dieser Meldung zurückgekommen:

  Mail Delivery System: Unzustellbar
  <t.franke@alt-provider.example>: host mx.alt-provider.example said:
  550 5.1.1 Mailbox unbekannt

Danke!
Tobias
""")

msg("Sandra Keller <sandra.keller@keller-familie.example>",
    "2. Mail - Rechnungskopie",
    "-", "second_email", "second contact, invoice copy",
    """\
Hallo, das ist meine zweite Mail: Könnten Sie mir bitte noch eine Kopie der Rechnung für das Paintball-Event vom 3. Mai schicken? Die Firma braucht sie für die Abrechnung. Danke!

Sandra Keller
""")

msg("Dr. Eva Lorenz <eva.lorenz@lorenz-rechtsanwaelte.example>",
    "Aktentasche nach Maß",
    "-", "lawyer_customer", "lawyer orders privately, Gericht mentioned innocently",
    """\
Guten Tag,

ich bin Rechtsanwältin und suche eine robuste Aktentasche aus Leder, in die mindestens drei Leitz-Ordner passen, weil ich fast täglich zu Gericht muss. Fertigen Sie so etwas nach Maß an, und mit welcher Lieferzeit muss ich rechnen?

Mit freundlichen Grüßen
Dr. Eva Lorenz
Rechtsanwältin
""")

msg("Jonas Meier <jonas.meier@meier-it.example>",
    "Falls ich stornieren müsste?",
    "-", "hypothetical", "hypothetical cancellation + 2FA question",
    """\
Hi,

zwei kurze Fragen, bevor ich den Leuchtturm für Oktober buche:
1. Falls ich aus beruflichen Gründen stornieren müsste, bekomme ich die Anzahlung zurück?
2. Kann man im Kundenkonto eine Zwei-Faktor-Anmeldung aktivieren?

Danke und Gruß
Jonas
""")

msg("Anke Jansen <anke.jansen@jansen-web.example>",
    "Phishing-Mail mit meinen Bestelldaten",
    "security_incident", "-", "phishing with real order data",
    """\
Hallo,

ich habe heute eine Mail bekommen, angeblich von Ihnen, mit dem Betreff "Zahlung fehlgeschlagen - Lammfelldecke". Darin standen meine Adresse, meine Kundennummer und genau die Decke, die ich im Januar bei Ihnen gekauft habe. Ich sollte über einen Link meine Kreditkarte "erneut bestätigen". Woher haben die Betrüger meine Bestelldaten? Bei Ihnen muss etwas abgeflossen sein.

Anke Jansen
""")

msg("Heinz Obermaier <heinz.obermaier@obermaier-mail.example>",
    "Anschrift Ihrer Hauptverwaltung",
    "corporate_contact_request", "-", "asks head office postal address and phone",
    """\
Grüß Gott,

bitte teilen Sie mir die Postanschrift Ihrer Hauptverwaltung und die Telefonnummer der Geschäftsleitung mit. Ich möchte meine Beschwerde wegen der Eiswagen-Franchise schriftlich einreichen, und zwar nicht über das Kontaktformular.

Heinz Obermaier
""")

msg("Ralf Brückner <ralf.brueckner@brueckner-mail.example>",
    "Ausschluss aus dem Verein",
    "legal_threat", "-", "Klage against club exclusion",
    """\
Sehr geehrter Vorstand,

mit Schreiben vom 2. Juli haben Sie mich ohne Anhörung aus dem Schützenverein ausgeschlossen. Die Satzung (§ 7) schreibt eine Anhörung vor dem Ausschluss zwingend vor.

Ich lasse den Vorgang gerade rechtlich prüfen. Sollte der Ausschluss nicht bis zum 31. Juli zurückgenommen werden, werde ich vor dem Amtsgericht Klage auf Feststellung der Unwirksamkeit erheben.

Mit freundlichen Grüßen
Ralf Brückner
""")

msg("Miriam Sauer <miriam.sauer@sauer-mail.example>",
    "Neue Adresse",
    "-", "trigger_word_context", "'gekündigt' refers to her job, not the service",
    """\
Hallo,

ich habe meine Stelle in Hamburg gekündigt und ziehe Ende des Monats nach Leipzig. Bitte liefern Sie mein Nachfüll-Abo ab 1. September an: Miriam Sauer, Karl-Heine-Straße 41, 04229 Leipzig. Alles andere bleibt gleich, ich bin sehr zufrieden!

Viele Grüße
Miriam Sauer
""")
