# German customer mail (positives and hard negatives). Hand-written, one block per message.

def M(**k):
    return k

MESSAGES = [

# ---------------------------------------------------------------- positives
M(ind="removals", frm="Jürgen Weißhaupt <j.weisshaupt@hafenpost.example>",
  subj="Umzug nach Kanada – Container seit 5 Wochen in Halifax",
  trig="broken_promise high_value_order legal_threat", trap="buried_trigger",
  note="long mail, lawyer in middle, >5k removal",
  body="""\
Sehr geehrte Damen und Herren,

ich wende mich heute in einer Angelegenheit an Sie, die uns als Familie inzwischen wirklich an die Grenzen bringt. Wir sind Ende August mit unseren beiden Kindern von Bremen nach Halifax umgezogen, Ihre Auftragsnummer ist CT-40288, der Gesamtpreis laut Rechnung 12.480,00 EUR, die wir vollständig im Voraus bezahlt haben.

Bei der Beratung hieß es, der Container sei "spätestens drei Wochen nach Ankunft des Schiffes" bei uns vor der Tür. Das Schiff ist laut Ihrer eigenen Sendungsverfolgung am 2. September angekommen. Seitdem steht der Container im Hafen, angeblich wegen fehlender Zollunterlagen, die Ihr Partner vor Ort bei uns nie angefordert hat.

Ich habe die gesamte Korrespondenz inzwischen meinem Anwalt übergeben, der sich die Sache ansieht und Ihnen gegebenenfalls schreiben wird. Mir wäre eine Lösung ohne ihn ehrlich gesagt lieber.

Wir schlafen seit Wochen auf Luftmatratzen, die Kinder haben ihre Schulsachen nicht, und mein Mann braucht seine Werkzeuge für die Arbeit. Bitte teilen Sie mir bis Freitag schriftlich mit, welche Unterlagen fehlen und wann der Container geliefert wird.

Mit freundlichen Grüßen
Jürgen Weißhaupt
"""),

M(ind="keyboards", frm="Lukas Brenner <lukas.brenner@zockerpost.example>",
  subj="Alle Profile weg nach Update",
  trig="data_loss technical_issue", trap="-",
  note="profiles wiped",
  body="""\
Hi,

nach dem Update der Software auf 3.0 sind bei meiner Maus (Strix Pro) alle DPI-Profile und Makros weg. Einfach leer. Hab das Backup aus der Cloud versucht zu laden, da steht "keine Sicherung gefunden". Das waren Einstellungen von zwei Jahren, echt ärgerlich. Gibts da irgendeine Möglichkeit?

Gruß Lukas
"""),

M(ind="tea", frm="Renate Kühn <renate.kuehn@teepost.example>",
  subj="Doppelt abgebucht",
  trig="billing_dispute", trap="-",
  note="double debit",
  body="""\
Guten Tag,

von meinem Konto wurden am 01.10. zweimal 29,90 € für das Gewürz-Abo abgebucht (Verwendungszweck jeweils ABO-88412). Ich habe nur ein Abo. Bitte erstatten Sie mir den doppelten Betrag zurück.

Freundliche Grüße
Renate Kühn
"""),

M(ind="dance", frm="Sabine Ortmann <sabine.ortmann@tanzfreu.example>",
  subj="Beschwerde – ich möchte Ihre Schulleitung sprechen",
  trig="discrimination_harassment manager_request", trap="-",
  note="harassment by instructor, asks for management",
  body="""\
Hallo,

mein Mann und ich besuchen seit September den Discofox-Kurs am Mittwoch. Der Tanzlehrer (Herr K.) hat uns als gleichgeschlechtliches Paar vor der ganzen Gruppe mehrfach "das Problempaar" genannt und gefragt, "wer von euch denn jetzt die Frau ist". Die anderen haben gelacht, wir nicht.

Ich möchte bitte mit der Schulleitung oder mit jemandem sprechen, der für die Lehrer verantwortlich ist. Nicht mit Herrn K.

Sabine Ortmann
"""),

M(ind="insulation", frm="Wolfgang Pieper <w.pieper@daemmpost.example>",
  subj="Einblasdämmung – Kabel angebohrt!!",
  trig="safety severe_dissatisfaction", trap="-",
  note="electric hazard from installer",
  body="""\
Ihre Monteure haben gestern beim Bohren für die Einblasdämmung im Schlafzimmer eine Stromleitung angebohrt. Es hat geknallt, die Sicherung ist raus und an der Wand ist jetzt ein schwarzer Brandfleck. Mein Sohn stand einen Meter daneben. Die Herren haben Silikon drüber geschmiert und sind gefahren!!

Ein Elektriker muss jetzt die ganze Wand öffnen. Das ist eine absolute Unverschämtheit und lebensgefährlich. Ich erwarte heute noch einen Rückruf.

W. Pieper
"""),

M(ind="tyres", frm="Dirk Albers <dirk.albers@winterpost.example>",
  subj="Falsche Reifen montiert",
  trig="cancellation_threat", trap="indirect_cancellation",
  note="going elsewhere next season",
  body="""\
Moin,

bei der Einlagerung haben Sie mir im Frühjahr versichert, die Reifen werden "profi-gecheckt". Gestern montiert – zwei Reifen haben nur noch 3 mm. Hätte man mir im April sagen können, dann hätte ich im Sommer neue gekauft.

Das war jetzt das letzte Mal, nächsten Winter lagere ich beim ATU um die Ecke ein. Bitte die Einlagerungsgebühr für den Winter stornieren, ich hole die Sommerreifen ab.

Dirk Albers
"""),

M(ind="wig", frm="Monika Schwarzer <monika.schwarzer@haarpost.example>",
  subj="Kopfhaut verbrannt nach Anprobe",
  trig="safety", trap="-",
  note="burn from heated styling in salon",
  body="""\
Sehr geehrtes Team,

bei der Anprobe meiner Echthaarperücke in Ihrem Studio in Köln hat Ihre Mitarbeiterin das Haarteil direkt auf meinem Kopf mit dem Glätteisen nachgearbeitet. Ich habe gesagt, dass es heiß wird, sie meinte, das sei normal. Zuhause hatte ich eine Brandblase am Hinterkopf, ca. 2 cm. Meine Kopfhaut ist durch die Chemotherapie sehr empfindlich.

Ich möchte, dass das dokumentiert wird.

Monika Schwarzer
"""),

M(ind="trainer", frm="Tobias Rehm <tobias.rehm@fitpost.example>",
  subj="Wer hat Zugriff auf mein Konto??",
  trig="security_incident", trap="-",
  note="account takeover, coaching app",
  body="""\
Hallo,

jemand hat sich in mein Coaching-Konto eingeloggt, die E-Mail-Adresse geändert und mein Abo auf "Premium Jahr" hochgestuft. Ich bin nur reingekommen, weil ich über "Passwort vergessen" mit meiner Handynummer noch Zugang hatte. Bitte sperren Sie die fremde Adresse und sagen Sie mir, ob jemand meine Gesundheitsdaten angeschaut hat.

Tobias
"""),

M(ind="calligraphy", frm="Annegret Vollmer <a.vollmer@federkiel.example>",
  subj="Kurs-Plattform nicht erreichbar",
  trig="outage technical_issue", trap="-",
  note="platform unreachable for group",
  body="""\
Liebes Team,

seit heute Vormittag ist die Lernplattform nicht erreichbar, es kommt nur "502 Bad Gateway". Ich habe mit zwei anderen Teilnehmerinnen aus meinem Kurs telefoniert, bei denen ist es genauso. Findet der Live-Termin heute Abend trotzdem statt?

Herzliche Grüße
Annegret Vollmer
"""),

M(ind="septic", frm="Heinrich Lohmann <h.lohmann@landpost.example>",
  subj="Abfuhr – Umweltamt eingeschaltet",
  trig="regulatory", trap="-",
  note="reported to environmental authority",
  body="""\
Sehr geehrte Damen und Herren,

Ihr Fahrer hat am Dienstag beim Abpumpen unserer Kleinkläranlage den Schlauch nicht dicht angeschlossen, etliche Liter Fäkalschlamm sind auf unseren Hof und in den Graben gelaufen. Auf meinen Hinweis hat er nur gelacht.

Ich habe den Vorfall heute beim Umweltamt des Kreises gemeldet. Die Fotos liegen dort vor.

H. Lohmann
"""),

M(ind="carseat", frm="Katrin Wendt <katrin.wendt@kinderpost.example>",
  subj="Kinderwagen seit 6 Wochen nicht geliefert – 3. Nachfrage",
  trig="broken_promise repeat_contact", trap="-",
  note="third inquiry in subject",
  body="""\
Hallo,

das ist jetzt meine dritte Nachfrage. Bestellung 41177, Kinderwagen "Nova" in Salbei. Am Telefon wurde mir vor zwei Wochen zugesagt, dass er "diese Woche garantiert" rausgeht. Es gibt weder Sendungsnummer noch Antwort auf meine E-Mails vom 3. und 10.

Der Geburtstermin ist in 12 Tagen.

Katrin Wendt
"""),

M(ind="bridge", frm="Gerhard Stolz <gerhard.stolz@bridgepost.example>",
  subj="Turnierergebnisse verschwunden",
  trig="data_loss technical_issue", trap="-",
  note="results data vanished",
  body="""\
Sehr geehrte Damen und Herren,

in der Vereinssoftware sind sämtliche Turnierergebnisse von Januar bis Juni verschwunden. Die Übersicht zeigt "Keine Turniere gefunden". Wir benötigen diese Ergebnisse für die Clubmeisterschaft und für die Meldung an den Verband.

Bitte stellen Sie die Daten aus Ihrer Sicherung wieder her.

Mit freundlichen Grüßen
Gerhard Stolz
Turnierleiter
"""),

M(ind="archery", frm="Felix Hartung <felix.hartung@bogenpost.example>",
  subj="Wie lautet die Adresse der Geschäftsleitung?",
  trig="corporate_contact_request", trap="-",
  note="asks for management address",
  body="""\
Guten Tag,

nachdem mein Anliegen zum beschädigten Recurvebogen seit Wochen nicht bearbeitet wird, bitte ich um die Postanschrift und E-Mail-Adresse Ihrer Geschäftsleitung. Die Hotline konnte mir diese nicht nennen.

Felix Hartung
"""),

M(ind="jewellery", frm="Lea Marquardt <lea.marquardt@glanzpost.example>",
  subj="Shop funktioniert bei niemandem",
  trig="outage technical_issue", trap="-",
  note="whole shop down",
  body="""\
hey, euer shop lädt seit gestern abend gar nicht mehr, nur so ne weiße seite mit "Error 500". meine freundin hat es auch probiert, gleiches problem. wollte eigentlich die ohrringe aus dem sale bestellen, gilt der rabatt noch wenn ihr wieder online seid?
"""),

M(ind="luthier", frm="Stefan Greiner <stefan.greiner@saitenpost.example>",
  subj="Halsreparatur – Rechnung stimmt nicht",
  trig="billing_dispute", trap="-",
  note="invoice higher than quote",
  body="""\
Hallo Herr Brandl,

für die Halsreparatur an meiner Hofner hatten Sie mir mündlich und per Mail 280 € genannt. Berechnet wurden jetzt 410 € – mit "Zusatzarbeiten", die nicht besprochen waren. Ich bezahle die vereinbarten 280 € und bitte um eine korrigierte Rechnung.

Stefan Greiner
"""),

M(ind="removals", frm="Birgit Hansen <birgit.hansen@nordumzug.example>",
  subj="Ich habe Ihren Vorstand angeschrieben",
  trig="executive_contact severe_dissatisfaction", trap="-",
  note="has written to board",
  body="""\
Da ich von Ihrem Kundenservice seit vier Wochen keine brauchbare Antwort bekomme, habe ich heute per Einschreiben an Ihren Vorstand, Herrn Dr. Lindemann, geschrieben und den gesamten Schadensfall geschildert.

Es ist eine absolute Zumutung und eine Schande, wie hier mit Kunden umgegangen wird. Ein zerbrochenes Klavier und niemand fühlt sich zuständig.

Birgit Hansen
"""),

M(ind="tea", frm="Claudia Reuter <claudia.reuter@kraeuterpost.example>",
  subj="Verbraucherzentrale",
  trig="regulatory", trap="-",
  note="Verbraucherzentrale threat",
  body="""\
Sehr geehrte Damen und Herren,

trotz fristgerechter Kündigung zum 30.09. verlängern Sie mein Abo einfach weiter und schreiben mir jetzt Mahnungen. Wenn das nicht bis Ende der Woche schriftlich bestätigt wird, gebe ich die Sache an die Verbraucherzentrale weiter.

Claudia Reuter
"""),

M(ind="trainer", frm="Jana Köhler <jana.koehler@laufpost.example>",
  subj="Feature-Wunsch: Export für Garmin",
  trig="feature_request", trap="-",
  note="Feature-Wunsch",
  body="""\
Hallo ihr Lieben,

kleiner Feature-Wunsch: Könntet ihr die Trainingspläne als Workout-Datei für Garmin-Uhren exportierbar machen? Ich tippe jede Einheit momentan von Hand in Garmin Connect ab. Wäre mega!

Liebe Grüße
Jana
"""),

M(ind="keyboards", frm="Maximilian Ecker <max.ecker@pixelpost.example>",
  subj="Tastatur – Tasten doppelt",
  trig="technical_issue", trap="-",
  note="chattering keys",
  body="""\
Servus,

meine Vanta TKL (gekauft im Juli) schreibt bei E, R und Leertaste seit ein paar Tagen doppelt ("ddoppelt" sozusagen). Firmware ist aktuell, anderer USB-Port auch probiert. Wie läuft die Garantie ab?

Max
"""),

M(ind="dance", frm="Petra Engel <petra.engel@walzerpost.example>",
  subj="Hochzeitskurs abgesagt – Zeitung",
  trig="media_threat", trap="-",
  note="threat to go to local press",
  body="""\
Guten Abend,

Ihr Hochzeitskurs, für den wir 340 € bezahlt haben, wurde zwei Tage vorher abgesagt, ohne Ersatztermin und ohne Erstattung. Wir sind nicht die einzigen Paare. Wenn ich bis Montag keine Rückmeldung habe, wende ich mich an die Lokalredaktion der Zeitung, die interessiert sich sicher für so etwas.

Petra Engel
"""),

M(ind="wig", frm="Ayşe Demir <ayse.demir@postfach.example>",
  subj="Ungleichbehandlung im Studio",
  trig="discrimination_harassment", trap="-",
  note="discrimination due to headscarf/religion",
  body="""\
Guten Tag,

als ich am Samstag mit Kopftuch Ihr Studio in Frankfurt betreten habe, um mich wegen einer Perücke für meine Mutter beraten zu lassen, sagte mir die Mitarbeiterin, man berate "solche Kundinnen" nur nach Terminvereinbarung. Die Frau nach mir wurde ohne Termin sofort bedient.

Ich empfinde das als klare Diskriminierung.

Ayşe Demir
"""),

M(ind="insulation", frm="Ralf Stöcker <ralf.stoecker@bau-stoecker.example>",
  subj="Auftrag 2024-118, Dachdämmung 8.900 € – Schimmel",
  trig="broken_promise high_value_order repeat_contact", trap="-",
  note="high value, third contact in German phrasing, announced remedy never came",
  body="""\
Sehr geehrte Damen und Herren,

ich schreibe Ihnen jetzt zum dritten Mal wegen Auftrag 2024-118 (Dachdämmung, Auftragssumme 8.900,00 €). Seit der Dämmung bildet sich auf der Innenseite der Dachschräge Schimmel. Ihr Bauleiter war im August da und hat Abhilfe angekündigt, seither keine Reaktion.

Ich erwarte einen verbindlichen Termin.

Ralf Stöcker
"""),

M(ind="calligraphy", frm="Hannelore Baum <hannelore.baum@schreibpost.example>",
  subj="Wo sind meine hochgeladenen Arbeiten?",
  trig="data_loss technical_issue", trap="-",
  note="uploads missing",
  body="""\
Liebe Frau Ostermann,

in meinem Kursbereich sind alle meine hochgeladenen Übungsblätter verschwunden, und auch Ihre Korrekturen dazu. Es waren über 40 Blätter aus dem Unziale-Kurs. Können Sie da etwas tun? Ich bin nicht sehr geübt mit Computern und weiß nicht, ob ich etwas falsch gemacht habe.

Herzliche Grüße
Hannelore Baum
"""),

M(ind="bridge", frm="Ulrich Maas <ulrich.maas@kartenpost.example>",
  subj="Vorsitzender",
  trig="executive_contact corporate_contact_request", trap="-",
  note="wants email of club's president to write to him",
  body="""\
Guten Tag, bitte geben Sie mir die E-Mail-Adresse des Präsidenten des Verbands, ich möchte ihm persönlich schreiben, wie mit der Ranglistenwertung in unserem Club umgegangen wird. Danke. U. Maas
"""),

M(ind="septic", frm="Familie Brockmann <brockmann.fam@dorfpost.example>",
  subj="Re: Rechnung 2291",
  trig="billing_dispute cancellation_threat legal_threat", trap="-",
  note="wrong invoice, threatens lawyer and end of contract",
  body="""\
Hallo,

Sie berechnen uns 3 Abfuhren (je 190 €), es waren aber nur 2. Die dritte "Abfuhr" am 14.08. hat nie stattgefunden, wir waren an dem Tag zu Hause.

Wenn die Rechnung nicht korrigiert wird, kündigen wir den Wartungsvertrag und schalten unseren Anwalt ein.

Familie Brockmann
"""),

M(ind="jewellery", frm="Nicole Hartmann <nicole.hartmann@funkelpost.example>",
  subj="Letzte Aufforderung – Rückerstattung Retoure 5521",
  trig="broken_promise legal_threat", trap="-",
  note="rechtliche Schritte, promised refund",
  body="""\
Hallo,

die Retoure (Halskette und zwei Armbänder, zusammen 84,70 €) ist laut DHL seit dem 9. September bei Ihnen. Mir wurde am Telefon zugesagt, dass das Geld "innerhalb von 14 Tagen" zurück ist. Passiert ist nichts.

Ich setze Ihnen hiermit eine letzte Frist bis zum 31.10. Danach leite ich rechtliche Schritte ein, die Unterlagen liegen bereit.

Nicole Hartmann
"""),

# ---------------------------------------------------------------- negatives
M(ind="luthier", frm="\"Dr. Karin Lehmann\" <k.lehmann@kanzlei-lehmann.example>",
  subj="Gitarre zur Einstellung",
  trig="", trap="lawyer_customer_ordering",
  note="lawyer signature and firm name, normal order",
  body="""\
Sehr geehrter Herr Brandl,

ich würde gerne meine Martin D-28 zur Einstellung (Saitenlage, neue Saiten 12er Bronze) vorbeibringen. Passt Ihnen Donnerstag nach 18 Uhr? Ich komme direkt aus dem Gericht, es kann also 18:30 werden.

Mit freundlichen Grüßen

Dr. Karin Lehmann
Rechtsanwältin | Fachanwältin für Arbeitsrecht
Kanzlei Lehmann & Partner
Diese E-Mail ist vertraulich. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese E-Mail. Eine rechtliche Verbindlichkeit entsteht durch diese E-Mail nicht.
"""),

M(ind="tea", frm="Sven Jacobsen <sven.jacobsen@nordpost.example>",
  subj="AW: Ihre Bestellung",
  trig="", trap="quoted_threat_am_schrieb",
  note="quoted earlier angry mail, now resolved thanks",
  body="""\
Hallo Frau Schulte,

vielen Dank, die Ersatzlieferung ist heute angekommen, alles bestens. Sorry für den Ton neulich.

Gruß Sven

Am 14.10. um 21:12 schrieb Sven Jacobsen <sven.jacobsen@nordpost.example>:
> Das ist jetzt die dritte falsche Lieferung. Wenn das so weitergeht,
> kündige ich das Abo und schalte die Verbraucherzentrale ein.
> Eine absolute Frechheit.
"""),

M(ind="dance", frm="Melanie Voigt <melanie.voigt@tanzpost.example>",
  subj="Stunde am Donnerstag absagen",
  trig="", trap="cancel_single_appointment",
  note="cancels one lesson normally",
  body="""\
Hallo zusammen,

ich muss leider meine Privatstunde am Donnerstag um 19 Uhr absagen, mein Sohn ist krank. Können wir sie auf nächste Woche verschieben? Dienstag oder Mittwoch wäre gut.

Danke und liebe Grüße
Melanie
"""),

M(ind="trainer", frm="Andreas Feld <andreas.feld@outlook-post.example>",
  subj="WG: Beschwerde Kunde",
  trig="", trap="outlook_original_message_de",
  note="forwarded colleague complaint in localised Outlook block, neutral question",
  body="""\
Hallo,

kurze Frage: Bietet ihr eine Firmenlizenz für das Online-Coaching an? Mein Kollege hat unten etwas Dampf abgelassen, das hat sich inzwischen erledigt, ignoriert das bitte.

Grüße
Andreas

-----Ursprüngliche Nachricht-----
Von: Markus Thiel <markus.thiel@outlook-post.example>
Gesendet: Montag, 7. Oktober 2024 08:14
An: Andreas Feld <andreas.feld@outlook-post.example>
Betreff: Beschwerde Kunde

Andreas, das ist eine Katastrophe mit dem Coaching-Portal, seit drei Tagen komme ich nicht rein. Ich will meinen Anwalt einschalten, die sollen das Geld zurückzahlen!
"""),

M(ind="insulation", frm="Jens Fiedler <jens.fiedler@hausbau.example>",
  subj="Angebot Kerndämmung 5.000,00 €",
  trig="", trap="exactly_5000",
  note="invoice exactly 5,000; asks for PO field correction",
  body="""\
Guten Tag,

Ihre Rechnung über genau 5.000,00 € für die Kerndämmung ist angekommen, danke. Können Sie mir bitte noch unsere Bestellnummer (BN-7731) auf die Rechnung setzen? Unsere Buchhaltung braucht die.

Viele Grüße
Jens Fiedler
Leiter Einkauf, Fiedler Hausbau GmbH
"""),

M(ind="keyboards", frm="Philipp Hauser <philipp.hauser@gamerpost.example>",
  subj="Frage zur Kündigung",
  trig="", trap="negation",
  note="'ich will nicht kündigen'",
  body="""\
Hi,

ich will mein Cloud-Profil-Abo nicht kündigen, aber ich würde gerne von monatlich auf jährlich wechseln. Geht das ohne dass meine Profile verloren gehen?

Danke
Philipp
"""),

M(ind="jewellery", frm="Sandra Wolff <sandra.wolff@schmuckpost.example>",
  subj="Widerrufsrecht",
  trig="", trap="policy_question",
  note="asks about return policy",
  body="""\
Hallo,

wie lange habe ich Widerrufsrecht bei Ohrringen? Ich habe gelesen, dass Ohrschmuck aus hygienischen Gründen manchmal ausgeschlossen ist. Ich möchte für meine Tochter bestellen und bin mir bei der Größe unsicher.

Viele Grüße
Sandra Wolff
"""),

M(ind="bridge", frm="Ingrid Sommer <ingrid.sommer@clubpost.example>",
  subj="Großes Lob an Frau Haller",
  trig="", trap="praise_manager_by_name",
  note="praises club manager",
  body="""\
Liebes Team,

ich möchte mich einmal ausdrücklich bei Ihrer Clubmanagerin Frau Haller bedanken. Sie hat das Herbstturnier trotz Stromausfall im Saal souverän organisiert, mit Kerzen und Papierbögen. So etwas erlebt man selten! Bitte richten Sie ihr meinen Dank aus.

Herzlich
Ingrid Sommer
"""),

M(ind="septic", frm="Matthias Roth <m.roth@gemeinde-post.example>",
  subj="AV-Vertrag / DSGVO",
  trig="", trap="gdpr_documentation_request",
  note="asks for DPA",
  body="""\
Sehr geehrte Damen und Herren,

für unsere Gemeindeverwaltung benötigen wir zu Ihrem Online-Terminportal einen Auftragsverarbeitungsvertrag nach Art. 28 DSGVO sowie Angaben zu den Serverstandorten. Können Sie uns diese Unterlagen zusenden?

Mit freundlichen Grüßen
Matthias Roth
Datenschutzbeauftragter
"""),

M(ind="tyres", frm="Erik Neumann <erik.neumann@autopost.example>",
  subj="Zweite Mail wegen Termin",
  trig="", trap="second_email",
  note="second email only",
  body="""\
Hallo, das ist meine zweite Mail – ich hatte letzte Woche schon nach einem Termin zum Räderwechsel gefragt. Geht der 28.10. vormittags? Grüße, Erik Neumann
"""),

M(ind="calligraphy", frm="Doris Kranz <doris.kranz@schriftpost.example>",
  subj="Kann man die Videos herunterladen?",
  trig="", trap="feature_exists_question",
  note="asks if feature exists",
  body="""\
Hallo,

kann man die Kursvideos eigentlich auch herunterladen, damit ich sie im Zug ohne Internet ansehen kann? Oder geht das nur im Browser?

Danke und Gruß
Doris Kranz
"""),

M(ind="removals", frm="Oliver Brandt <oliver.brandt@firma-brandt.example>",
  subj="Auftragsbestätigung Umzug Singapur 14.750 €",
  trig="", trap="large_amount_no_problem",
  note="large order, everything fine",
  body="""\
Sehr geehrte Frau Kamps,

anbei die unterschriebene Auftragsbestätigung für den Umzug nach Singapur (14.750,00 € inkl. Versicherung). Die Anzahlung ist heute rausgegangen. Alles wie besprochen – vielen Dank für die tolle Beratung!

Beste Grüße
Oliver Brandt
"""),

M(ind="archery", frm="Thomas Berger <thomas.berger@vereinspost.example>",
  subj="Haftung bei Unfällen auf dem Platz?",
  trig="", trap="hypothetical",
  note="hypothetical safety/insurance question",
  body="""\
Hallo,

wir überlegen, mit unserer Jugendgruppe (10 Kinder) bei Ihnen einen Schnuppertag zu machen. Wie ist das versicherungstechnisch geregelt, falls sich jemand verletzen sollte? Brauchen wir eine eigene Haftpflicht?

Viele Grüße
Thomas Berger
Jugendwart
"""),
]