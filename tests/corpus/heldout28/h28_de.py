# Hand-written German customer mails (positives and hard negatives).
LANG = "de"
MSGS = [
dict(f="Klaus Wendt <k.wendt@wendt-bau.example>", s="Trauerkranz Beerdigung Frau Wendt",
t="broken_promise,legal_threat,severe_dissatisfaction", trap="-", n="florist, Anwalt",
b="""Sehr geehrte Damen und Herren,

der Trauerkranz für die Beerdigung meiner Mutter wurde uns fest für 9 Uhr am Friedhof Nord zugesagt. Er kam gar nicht. Die Trauerfeier fand ohne Kranz statt.

Das ist eine Unverschämtheit, wie ich sie noch nie erlebt habe. Ich habe die Angelegenheit meinem Anwalt übergeben, er wird sich wegen der Rückzahlung und Schadensersatz bei Ihnen melden.

Klaus Wendt
"""),
dict(f="Sabine Kraus <sabine.kraus@posteo.example>", s="Abbuchung doppelt",
t="billing_dispute", trap="-", n="Bäckerei doppelt abgebucht",
b="""Hallo,

Sie haben für meine Bestellung (glutenfreie Brötchen, Bestellnr. 30218) zweimal 27,80 EUR abgebucht. Bitte einen Betrag zurückerstatten.

Danke und Gruß
Sabine Kraus
"""),
dict(f="Jörg Hallmann <joerg.hallmann@t-mail.example>", s="Kein Login mehr möglich",
t="outage,technical_issue", trap="-", n="Versicherungsportal down",
b="""Guten Morgen,

seit heute früh kommt beim Kundenportal nur noch "503 Service Unavailable". Meine Frau kann sich auch nicht einloggen, mein Kollege auch nicht. Ich muss einen Schadensfall (Display gebrochen) melden, geht aber nicht.

Gruß J. Hallmann
"""),
dict(f="Ute Brandstätter <ute.brandstaetter@web.example>", s="Beschwerde Holzspielzeug – Splitter",
t="safety,media_threat", trap="-", n="Holzspielzeug Splitter, Verletzung, Bewertungen",
b="""Guten Tag,

an der Holzeisenbahn, die wir bei Ihnen gekauft haben, hat sich ein langer Splitter gelöst. Unser Sohn (2) hat sich damit in den Gaumen gestochen, wir waren in der Notaufnahme. 

Ich erwarte eine Stellungnahme. Sonst werde ich auf Instagram und in den Elterngruppen berichten, damit andere Eltern gewarnt sind.

Ute Brandstätter
"""),
dict(f="Frank Lehmann <f.lehmann@lehmann-kanzlei.example>", s="Wohnwagen Restaurierung – Rechnung",
t="billing_dispute,high_value_order", trap="-", n="Restaurierung 18.600 EUR falsch",
b="""Sehr geehrter Herr Baumann,

Ihre Schlussrechnung für die Restaurierung unseres Knaus Schwalbennest (1964) lautet über 18.600,00 EUR. Vereinbart waren laut Angebot vom 12.02. pauschal 15.200,00 EUR. Mehrarbeiten wurden weder angekündigt noch von uns freigegeben.

Bitte korrigieren Sie die Rechnung. Den vereinbarten Betrag überweise ich gern sofort.

Mit freundlichen Grüßen
Frank Lehmann
"""),
dict(f="Mehmet Yilmaz <mehmet.yilmaz@mail.example>", s="Diskriminierung bei der Anmeldung",
t="discrimination_harassment,manager_request", trap="-", n="Saxophonschule, Herkunft",
b="""Hallo,

ich wollte meine Tochter für den Saxophonkurs anmelden. Die Dame am Empfang hat meinen Namen gehört und gefragt, ob wir "überhaupt Deutsch verstehen" und ob wir das Geld "bar aus der Tasche" bezahlen. Vor allen anderen Eltern.

Ich möchte mit der Leitung der Schule sprechen, bitte rufen Sie mich an.

Mehmet Yilmaz
"""),
dict(f="Petra Vogel <petra.vogel@vogelgarten.example>", s="Pflanzenauktion – Daten weg",
t="data_loss,technical_issue,repeat_contact", trap="-", n="Gebotsliste weg, dritte Mail",
b="""Hallo nochmal,

ich schreibe Ihnen jetzt zum dritten Mal. Meine gesamte Merkliste und die Gebotshistorie der letzten zwei Jahre sind seit dem Update gelöscht. Unter "Meine Gebote" steht nur "Keine Einträge".

Bitte endlich eine Antwort.

Petra Vogel
"""),
dict(f="Thomas Richter <t.richter@richter-it.example>", s="Account gehackt?",
t="security_incident", trap="-", n="fremde Anmeldung",
b="""Hallo,

in meinem Konto bei Ihnen (Handyversicherung) sind plötzlich eine neue Lieferadresse in Polen und eine neue Handynummer hinterlegt. Ich war das nicht. Außerdem kam heute Nacht eine Mail "Ihr Passwort wurde geändert". Bitte Konto sofort sperren!

Thomas Richter
"""),
dict(f="Andrea Schulz <andrea.schulz@schulzmail.example>", s="Wunsch für die Buchungsseite",
t="feature_request", trap="-", n="Feature-Wunsch",
b="""Liebes Team,

ein kleiner Wunsch: Es wäre super, wenn man bei der Buchung der Hochzeitslocation auch gleich die Übernachtungszimmer im Gästehaus mitbuchen könnte. Im Moment muss ich das per Telefon machen. 

Viele Grüße
Andrea
"""),
dict(f="Werner Koch <werner.koch@gmx.example>", s="Verbraucherzentrale",
t="regulatory,billing_dispute", trap="-", n="Vertrag gekündigt, weiter abgebucht",
b="""Ich habe meine Handyversicherung zum 31.03. gekündigt, die Kündigungsbestätigung liegt mir vor. Trotzdem buchen Sie weiter jeden Monat 9,99 EUR ab (April, Mai, Juni). Ich habe mich bereits an die Verbraucherzentrale gewandt.

Werner Koch
"""),
dict(f="Lena Hoffmann <lena.hoffmann@uni.example>", s="Kurier-App",
t="cancellation_threat,technical_issue", trap="-", n="Fahrradkurier-Genossenschaft, App stürzt ab, kündigen",
b="""Hey,

die Kurier-App stürzt bei mir jedes Mal ab, wenn ich ein Zustellfoto machen will (Pixel 7). Seit zwei Wochen! Wenn das bis Monatsende nicht läuft, kündige ich meine Mitgliedschaft in der Genossenschaft und fahre wieder für Velo-Express.

Lena
"""),
dict(f="Dr. Ralf Engel <ralf.engel@engel-praxis.example>", s="Ihre Geschäftsführung",
t="corporate_contact_request,executive_contact", trap="-", n="Adresse Geschäftsführer",
b="""Sehr geehrte Damen und Herren,

bitte teilen Sie mir die Postanschrift Ihres Firmensitzes sowie die E-Mail-Adresse Ihres Geschäftsführers mit. Ich werde mich dort direkt über die Abwicklung meines Schadens beschweren.

Dr. R. Engel
"""),
dict(f="Birgit Lang <birgit.lang@lang-events.example>", s="Spendenlauf – Anmeldungen",
t="outage,data_loss,technical_issue,severe_dissatisfaction", trap="-", n="Charity-Event, alles weg",
b="""Hallo,

am Tag vor unserem Organspende-Benefizlauf ist Ihre Anmeldeplattform komplett ausgefallen, seit gestern Abend nicht erreichbar. Und als sie heute früh kurz wieder ging, waren 130 Anmeldungen verschwunden.

Das ist eine absolute Katastrophe und für uns unzumutbar. Ich bin stinksauer.

Birgit Lang
Ehrenamtliche Organisatorin
"""),
dict(f="Sven Petersen <sven.petersen@nordmail.example>", s="Re: Abwesenheitsnotiz / Guide-Tag",
t="broken_promise", trap="looks_automated", n="Kunde kündigt eigene Abwesenheit an, dann Beschwerde",
b="""Ich bin vom 5. bis 19. August nicht im Büro und lese in der Zeit keine Mails. In dringenden Fällen bitte an meine Frau (anna.petersen@nordmail.example).

Noch kurz zur Sache: Sie hatten mir am Telefon versprochen, dass die Anzahlung für den ausgefallenen Angeltag an der Ems bis Ende Juli zurückkommt. Ist bis heute nicht passiert.

Sven Petersen
"""),
dict(f="Monika Becker <monika.becker@beckerwelt.example>", s="Ihre Rechnung ist bei uns eingegangen",
t="billing_dispute,high_value_order", trap="looks_automated", n="Eingangsbestätigung-Stil, dann Reklamation",
b="""Sehr geehrte Damen und Herren,

Ihre Rechnung Nr. 2024-0771 ist bei uns eingegangen. Vielen Dank.

Leider stimmt der Betrag nicht: Sie berechnen 8.420,00 EUR für die Whirlpool-Chemie-Saisonlieferung an unsere fünf Hotels, vereinbart waren 6.900,00 EUR laut Rahmenvertrag. Bitte stellen Sie eine korrigierte Rechnung aus.

Mit freundlichen Grüßen
Monika Becker
Einkauf, Becker Hotels GmbH
"""),
dict(f="Heinz Gruber <heinz.gruber@alpenmail.example>", s="Skiwachs Kurs",
t="manager_request,severe_dissatisfaction", trap="-", n="Österreicher, Vorgesetzten",
b="""Servus,

der Kursleiter beim Skiwachs-Workshop war eine Frechheit. Kam 40 Minuten zu spät, hat dann nur am Handy gespielt. Für 89 Euro ein Witz, eine Zumutung sondergleichen!

Ich will mit seinem Vorgesetzten reden. Bitte um Rückruf unter 555-0147.

H. Gruber
"""),
dict(f="Carina Maier <carina.maier@mail.example>", s="Brettspiel-Editor Idee + Fehler",
t="feature_request,technical_issue", trap="-", n="mixed: bug + Feature-Wunsch",
b="""Hallo zusammen,

1) Beim PDF-Export fehlen seit gestern alle Umlaute auf den Karten (statt "Über" steht "ber"). 
2) Feature-Wunsch: Könntet ihr bitte eine Rechtschreibprüfung für Kartentexte einbauen? Das wäre mega hilfreich.

LG Carina
"""),
dict(f="Oliver Brandt <oliver.brandt@brandt-reisen.example>", s="Datenschutz – Ihre Kundenliste im Netz",
t="regulatory,security_incident", trap="-", n="Datenleck, BfDI/Datenschutzbehörde",
b="""Sehr geehrte Damen und Herren,

auf einer Tauschbörse kursiert eine Liste mit Namen, Adressen und Geburtsdaten Ihrer Versicherungskunden, meine Daten sind dabei. Ich habe den Vorfall heute der Landesdatenschutzbehörde gemeldet. Ich erwarte Auskunft nach Art. 15 DSGVO, welche Daten betroffen sind.

Oliver Brandt
"""),
dict(f="Dieter Holm <dieter.holm@holm.example>", s="Presseanfrage",
t="media_threat", trap="-", n="Journalist",
b="""Guten Tag,

ich bin Redakteur beim Regionalblatt "Harzkurier" und recherchiere zu abgesagten Hochzeiten auf Schloss Wendelstein nach dem Wasserschaden. Mehrere Paare haben sich bei uns gemeldet. Wären Sie bis Freitag zu einer Stellungnahme bereit?

Dieter Holm
Redaktion Harzkurier
"""),
dict(f="Reinhard Falk <reinhard.falk@falk-gartenbau.example>", s="Versteigerung Los 144 – Schadensersatz",
t="corporate_contact_request,executive_contact,high_value_order,legal_threat", trap="-", n="Rechtsabteilung, Vorstand, Klage",
b="""Sehr geehrte Damen und Herren,

die bei Ihnen ersteigerte Sammlung seltener Kakteen (Los 144, Zuschlag 6.800 EUR) ist erfroren bei mir angekommen, weil Ihr Versand die Kiste über das Wochenende im ungeheizten Lager stehen ließ. Ihr Kundenservice verweist nur auf die AGB.

Teilen Sie mir bitte die Anschrift Ihrer Rechtsabteilung und den Namen Ihres Vorstandsvorsitzenden mit, dem ich den Vorgang ebenfalls schildern werde. Meine Anwältin bereitet bereits die Klage vor.

Reinhard Falk
"""),
dict(f="Aylin Öztürk <aylin.oeztuerk@mail.example>", s="Belästigung durch Ihren Disponenten",
t="discrimination_harassment,legal_threat", trap="-", n="Fahrradkurier, Belästigung, rechtliche Schritte",
b="""Hallo,

ich fahre seit März als Kurierin für die Genossenschaft. Der Disponent der Frühschicht schickt mir seit Wochen private Nachrichten, kommentiert mein Aussehen über Funk und hat gestern gesagt, ich bekomme "bessere Touren, wenn ich nett zu ihm bin". 

Ich habe alles gespeichert. Wenn das nicht sofort aufhört, werde ich rechtliche Schritte einleiten.

Aylin
"""),
# --- hard negatives ---
dict(f="Martina Pohl <martina.pohl@pohl-buero.example>", s="Blumen für Empfang",
t="-", trap="job_title", n="Büroleiterin",
b="""Hallo,

ich bin Büroleiterin in einer Steuerkanzlei und hätte gern jeden Montag einen kleinen Strauß für den Empfang, ca. 30 Euro. Rechnung bitte monatlich an die Kanzlei.

Viele Grüße
Martina Pohl
Office Managerin
"""),
dict(f="Stefan Albers <stefan.albers@albers.example>", s="AW: Trikots",
t="-", trap="quoted_threat", n="Am ... schrieb, zitierte Drohung",
b="""Danke, die Trikots sind heute angekommen, alles bestens!

Stefan

Am 03.06.2024 um 10:14 schrieb Stefan Albers <stefan.albers@albers.example>:
> Wenn die Trikots nicht bis Samstag da sind, schalte ich meinen Anwalt ein
> und storniere alles. Das ist eine Frechheit!
"""),
dict(f="Julia Neumann <julia.neumann@mail.example>", s="Ich will nicht kündigen, aber",
t="-", trap="negation", n="ich will nicht kündigen",
b="""Hallo,

keine Sorge, ich will nicht kündigen. Ich würde nur gern mein Saxophon-Abo für die Sommerferien (Juli/August) pausieren. Geht das?

Julia
"""),
dict(f="Gerhard Wolff <g.wolff@wolff-recht.example>", s="Geschenkgutschein Angeltag",
t="-", trap="lawyer_customer", n="Rechtsanwalt bestellt privat, Disclaimer",
b="""Guten Tag,

ich möchte einen Gutschein für einen geführten Fliegenfischertag (2 Personen) zum 60. Geburtstag meines Bruders kaufen. Bitte per Post.

Mit freundlichen Grüßen
Gerhard Wolff
Rechtsanwalt

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
"""),
dict(f="Helga Sommer <helga.sommer@sommer.example>", s="Frage zur Rückgabe",
t="-", trap="policy_question", n="Widerrufsfrage",
b="""Guten Tag, wie sind Ihre Rückgabebedingungen für Holzspielzeug? Wenn das Puppenhaus zu groß für das Kinderzimmer ist, könnte ich es zurückschicken? Danke, H. Sommer
"""),
dict(f="Andreas Kühn <andreas.kuehn@kuehn.example>", s="Vielen Dank an Frau Berger",
t="-", trap="praise_manager", n="Lob für Managerin",
b="""Liebes Team,

ein großes Dankeschön an Frau Berger, Ihre Veranstaltungsleiterin. Unsere Hochzeit im Spiegelsaal war perfekt organisiert. Bitte richten Sie ihrer Chefin aus, dass sie eine Gehaltserhöhung verdient hat!

Andreas & Miriam Kühn
"""),
dict(f="Rainer Fuchs <rainer.fuchs@fuchs-gmbh.example>", s="Auftrag Vereinsausstattung",
t="-", trap="large_amount_no_problem", n="großer Betrag ohne Problem",
b="""Hallo,

anbei die Bestätigung für die komplette Vereinsausstattung (Trikots, Hosen, Stutzen für 6 Mannschaften) über 11.340,00 EUR. Passt alles, bitte wie besprochen zum 15.08. liefern.

Gruß Rainer Fuchs
Kassenwart TSV Rugby Nord
"""),
dict(f="Jana Krüger <jana.krueger@mail.example>", s="Ist das Portal DSGVO-konform?",
t="-", trap="gdpr_question", n="DSGVO-Frage, AVV",
b="""Hallo, bevor wir die Gruppenversicherung abschließen: Ist Ihr Portal DSGVO-konform und können Sie uns einen AV-Vertrag schicken? Danke, Jana Krüger (Datenschutzbeauftragte)
"""),
dict(f="Lukas Meyer <lukas.meyer@meyer.example>", s="Termin absagen",
t="-", trap="routine_cancellation", n="einzelner Termin",
b="""Hi, ich muss meinen Wachs-Workshop am Samstag leider absagen (krank). Kann ich auf den nächsten Termin umbuchen? Gruß Lukas
"""),
dict(f="Ingrid Hahn <ingrid.hahn@hahn.example>", s="Urlaub – Lieferung pausieren",
t="-", trap="looks_automated", n="Abwesenheits-Stil, ohne Trigger",
b="""Abwesenheitsnotiz (von Hand geschrieben, keine automatische Antwort ;-))

Wir sind vom 1. bis 21. Juli im Urlaub. Bitte in dieser Zeit keine Whirlpool-Chemie liefern, danach wieder normal. Danke!

Ingrid Hahn
"""),
dict(f="Bernd Schmitt <bernd.schmitt@schmitt.example>", s="Kritik an anderem Anbieter",
t="-", trap="reported_speech", n="Bericht über Kollegen",
b="""Hallo,

mein Kollege meinte neulich, man müsste Ihren Mitbewerber eigentlich verklagen, weil der seine Gebäcke als glutenfrei verkauft und sie es nicht sind. Deshalb bestellen wir jetzt bei Ihnen! Können Sie jeden Freitag 40 Brötchen an unser Büro liefern?

Bernd
"""),
dict(f="Elke Brauer <elke.brauer@brauer.example>", s="Zweite Mail wegen Torte",
t="-", trap="second_email_not_repeat", n="zweite Mail",
b="""Hallo, das ist meine zweite Mail – haben Sie meine Anfrage zur glutenfreien Hochzeitstorte (120 Gäste, 7. September) bekommen? Liebe Grüße, Elke
"""),
]
