# German customer mails: positives first, then hard negatives. Hand-written literals.
from h14_base import M

LANG = "de"
MSGS = [
# ---------------------------------------------------------------- positives
M("corporate_contact_request,executive_contact", "-", "Jürgen Oberhofer <j.oberhofer@oberhofer-bau.example>",
  "Anschrift der Geschäftsführung",
  """
Sehr geehrte Damen und Herren,

bitte teilen Sie mir die Postanschrift Ihrer Hauptverwaltung sowie den Namen und die E-Mail-Adresse Ihres Geschäftsführers mit. Ich werde mich in Sachen Whirlpool-Montage (Auftrag WP-2207) direkt an ihn wenden, da ich von Ihrer Hotline seit Wochen nur vertröstet werde.

Mit freundlichen Grüßen
Jürgen Oberhofer
"""),

M("discrimination_harassment", "-", "Selin Aydın <selin.aydin@postfach.example>",
  "Vorfall im Hundetraining am Samstag",
  """
Hallo,

ich muss leider etwas melden. Der Trainer in der Samstagsgruppe hat mich vor allen anderen gefragt, ob „bei uns zu Hause“ Hunde überhaupt erlaubt seien, und sich danach über mein Kopftuch lustig gemacht. Als ich nichts gesagt habe, meinte er noch, ich solle „erst mal Deutsch lernen, dann klappt’s auch mit dem Hund“. Ich bin hier geboren.

So etwas möchte ich nicht noch einmal erleben. Bitte melden Sie sich.

Selin Aydın
"""),

M("security_incident", "-", "Thomas Brenner <t.brenner@brenner-net.example>",
  "Fremde Anmeldung in meinem Konto",
  """
Guten Tag,

heute Nacht um 03:12 Uhr kam eine Mail „Neue Anmeldung von Windows-Gerät“ für mein Kundenkonto im Schulbuch-Marktplatz. Ich habe geschlafen. Danach wurden zwei meiner Bücher an eine mir unbekannte Adresse „verkauft“ und die Auszahlungs-IBAN geändert.

Bitte sperren Sie das Konto sofort.

Thomas Brenner
"""),

M("data_loss,technical_issue", "-", "Katrin Vogel <katrin.vogel@vogel-mail.example>",
  "Alle Turnierergebnisse weg!!",
  """
hallo zusammen, seit dem update gestern sind im vereinsportal sämtliche ergebnisse unserer vereinsmeisterschaft verschwunden, 7 runden, 24 spieler. die tabelle ist komplett leer. ich hatte alles händisch eingetragen und habe keine kopie. gibt es ein backup???
katrin (turnierleitung)
""", trap2="job_title"),

M("media_threat,severe_dissatisfaction", "-", "Dieter Kamphaus <d.kamphaus@kamphaus.example>",
  "Ihre sogenannte Wellness-Oase",
  """
Was Sie sich am Wochenende geleistet haben, ist eine bodenlose Frechheit. Saunabereich dreckig, Handtücher nass, Aufguss ausgefallen, und die Dame an der Kasse hat nur mit den Schultern gezuckt.

Ich schreibe dazu einen ausführlichen Bericht in unserer Lokalzeitung (Leserforum) und bei Google. Mal sehen, wie Ihnen das gefällt.

D. Kamphaus
"""),

M("regulatory", "-", "Renate Hofstetter <renate.hofstetter@hofmail.example>",
  "Beschwerde Datenschutz",
  """
Sehr geehrte Damen und Herren,

obwohl ich der Werbung ausdrücklich widersprochen habe, erhalte ich weiterhin wöchentlich Newsletter von Ihrer Kochschule, auch an meine Dienstadresse, die ich Ihnen nie gegeben habe. Ich habe den Vorgang heute dem Landesbeauftragten für Datenschutz gemeldet.

Renate Hofstetter
"""),

M("manager_request,repeat_contact", "-", "Klaus Westermann <klaus.westermann@westermann.example>",
  "Bitte an einen Vorgesetzten weiterleiten",
  """
Guten Tag,

das ist nun meine dritte Mail zu derselben Sache (falsche Anhängerkupplung montiert, siehe unten). Ich möchte, dass sich jemand mit Entscheidungsbefugnis bei mir meldet – Teamleitung, Werkstattleitung, wer auch immer. Nicht wieder jemand, der mir sagt, er gibt es weiter.

Klaus Westermann
"""),

M("high_value_order,technical_issue", "-", "Sabine Lorenz <sabine.lorenz@lorenz-hotel.example>",
  "Auftrag 40-1187 Außensauna – Ofen heizt nicht",
  """
Sehr geehrtes Team,

die am 3. März gelieferte Fass-Außensauna (Auftrag 40-1187, Gesamtbetrag 14.890,00 EUR) ist seit der Inbetriebnahme nicht nutzbar: Der Ofen zeigt nach etwa zehn Minuten „Err 3“ und schaltet ab. Der Elektriker hat den Anschluss geprüft, der ist in Ordnung.

Unsere Hotelgäste fragen täglich nach der Sauna. Wann kommt ein Techniker?

Mit freundlichen Grüßen
Sabine Lorenz
"""),

M("legal_threat,billing_dispute", "-", "Heinrich Pape <heinrich.pape@pape-online.example>",
  "Abbuchung trotz Kündigung",
  """
Sehr geehrte Damen und Herren,

meinen Wartungsvertrag für den Kaffeevollautomaten habe ich fristgerecht zum 31.12. gekündigt, die Kündigungsbestätigung liegt mir vor. Trotzdem haben Sie am 2. Januar und am 1. Februar jeweils 89,00 EUR abgebucht.

Ich fordere Sie auf, die 178,00 EUR bis zum 15. des Monats zurückzuüberweisen. Andernfalls übergebe ich die Angelegenheit meinem Rechtsanwalt.

Heinrich Pape
"""),

M("outage,technical_issue", "-", "Mehmet Yıldız <mehmet.yildiz@kurier-mail.example>",
  "Buchungsseite geht gar nicht",
  """
Hallo, seit heute früh kommt bei eurer Buchungsseite nur „Fehler 503“, egal ob Handy oder PC. Auch die App lädt nicht. Wir müssen den Krankentransport für meine Oma für Donnerstag buchen. Was sollen wir machen?
"""),

M("safety,technical_issue", "-", "Frank Gebhardt <frank.gebhardt@gebhardt.example>",
  "Stromschlag am Whirlpool!",
  """
Guten Abend,

mein Sohn hat beim Einsteigen in den Whirlpool einen deutlichen Stromschlag bekommen, als er die Edelstahl-Leiter angefasst hat. Ich habe sofort den FI-Schalter umgelegt. Bitte schicken Sie umgehend einen Elektriker, der Pool wurde erst vor zwei Wochen von Ihnen angeschlossen.

Frank Gebhardt
Tel. 0151 555 2201
"""),

M("broken_promise,cancellation_threat", "-", "Monika Stahl <monika.stahl@stahl-praxis.example>",
  "Rückruf – wieder nicht",
  """
Hallo,

letzte Woche wurde mir fest zugesagt, dass der Techniker mich am Montag wegen der defekten Milchschäumer zurückruft. Es hat niemand angerufen. Wenn sich bis Freitag nichts tut, kündigen wir den Servicevertrag für unsere Praxis.

Monika Stahl
""", t_extra="technical_issue"),

M("feature_request", "-", "Lukas Brandl <lukas.brandl@brandl.example>",
  "Feature-Wunsch: Malkurs-Kalender",
  """
Hi,

kleiner Wunsch: Könntet ihr im Shop einen Kalender-Export (iCal) für die Bemal-Workshops einbauen? Ich trag die Termine immer von Hand ein und vergesse die Hälfte. Wäre super!

Grüße
Lukas
"""),

M("severe_dissatisfaction,technical_issue", "-", "Ute Reinhardt <ute.reinhardt@reinhardt.example>",
  "UNZUMUTBAR",
  """
DAS IST JETZT DAS DRITTE WOCHENENDE, AN DEM IHRE APP FÜR DIE YOGA-RETREATS BEI DER ZAHLUNG ABSTÜRZT. ICH BIN STINKSAUER. SO ETWAS HABE ICH NOCH NIE ERLEBT, EINE UNVERSCHÄMTHEIT.
"""),

M("executive_contact", "-", "Bernd Kowalski <bernd.kowalski@kowalski.example>",
  "Kopie an den Vorstand",
  """
Guten Tag,

ich habe mein Schreiben bezüglich der fehlerhaften Dachträger-Montage heute auch an Ihren Vorstand geschickt, Herrn Dr. Lindner persönlich, per Einschreiben. Vielleicht bewegt sich dann etwas.

Bernd Kowalski
"""),

M("repeat_contact,billing_dispute", "-", "Anja Kröger <anja.kroeger@kroeger-mail.example>",
  "Zum x-ten Mal: falsche Rechnung",
  """
Ich schreibe Ihnen jetzt zum vierten Mal wegen der Rechnung 2024-0912. Berechnet wurden 3 Kochkurs-Plätze à 79 €, gebucht und besucht habe ich 2. Bitte korrigieren Sie das endlich und erstatten Sie mir die 79 €.

Anja Kröger
"""),

M("outage,technical_issue,high_value_order", "-", "Oliver Sander <oliver.sander@sander-events.example>",
  "Portal komplett down – Großauftrag Seminarreise",
  """
Hallo,

euer Kundenportal ist seit gestern Nachmittag nicht erreichbar (Timeout), wir kommen an keine Unterlagen zu unserem Firmen-Retreat (Vertrag YR-3310, 22.400 €, 36 Teilnehmende). Die Reise ist in zehn Tagen und wir haben noch immer keine Zimmerliste und keine Transferzeiten.

Bitte dringend melden.
Oliver Sander
"""),

M("data_loss,technical_issue,legal_threat", "-", "Gisela Brück <gisela.brueck@brueck.example>",
  "Gelöschte Kundendaten",
  """
Sehr geehrte Damen und Herren,

durch Ihr „Systemupgrade“ sind sämtliche Hundeakten meiner Hundeschule (Impfdaten, Trainingsprotokolle, Verträge von über 120 Kunden) aus Ihrer Software verschwunden. Ihr Support teilt mir mit, eine Wiederherstellung sei „nicht möglich“.

Der Schaden für meinen Betrieb ist erheblich. Ich habe meinen Anwalt beauftragt, Schadensersatzansprüche zu prüfen.

Gisela Brück
"""),

M("corporate_contact_request", "-", "Hans-Peter Ulrich <hp.ulrich@ulrich-gmbh.example>",
  "Kontakt Rechtsabteilung",
  """
Guten Tag,

können Sie mir bitte eine Kontaktadresse Ihrer Rechtsabteilung nennen? Es geht um den Mietvertrag für die Wertstoffhof-Stellplätze. Eine E-Mail-Adresse würde genügen.

Mit freundlichen Grüßen
H.-P. Ulrich
"""),

M("regulatory,cancellation_threat", "-", "Petra Lindemann <petra.lindemann@lindemann.example>",
  "Vertragsverlängerung ohne Hinweis",
  """
Sehr geehrte Damen und Herren,

Sie haben meine Sauna-Mitgliedschaft automatisch um zwei Jahre verlängert, ohne mich vorher darauf hinzuweisen. Ich habe mich bei der Verbraucherzentrale beraten lassen und dort eine Beschwerde eingereicht. Ich kündige hiermit zum nächstmöglichen Zeitpunkt.

Petra Lindemann
"""),

M("corporate_contact_request", "-", "Norbert Haas <norbert.haas@haas-kanzlei.example>",
  "Anschrift Konzernzentrale",
  """
Guten Tag,

bitte nennen Sie mir die vollständige Anschrift Ihrer Konzernzentrale und die Telefonnummer des Sekretariats der Geschäftsleitung. Die Hotline-Nummer benötige ich nicht.

Norbert Haas
""", note="asks for head-office address and corporate phone number"),

M("discrimination_harassment", "-", "Simone Krüger <simone.krueger@krueger.example>",
  "Rollstuhl beim Schachturnier",
  """
Hallo,

beim Open am Sonntag wurde ich als Rollstuhlfahrerin vom Turnierleiter an einen Einzeltisch im Flur gesetzt, „damit ich nicht im Weg bin“. Als ich mich beschwert habe, sagte er, Leute wie ich sollten halt online spielen. Das ist diskriminierend und verletzend.

Simone Krüger
"""),

# ---------------------------------------------------------------- hard negatives
M("-", "quoted_threat_schrieb", "Martin Eckert <martin.eckert@eckert.example>",
  "AW: Reparatur Schreibmaschine Olympia",
  """
Vielen Dank, die Maschine ist heil angekommen und tippt wieder einwandfrei. Damit ist die Sache für mich erledigt.

Gruß
Martin Eckert

Am 12.03.2024 um 18:40 schrieb Martin Eckert <martin.eckert@eckert.example>:
> Wenn ich meine Schreibmaschine nicht bis Ende der Woche zurückbekomme,
> schalte ich meinen Anwalt ein. Das ist eine absolute Frechheit.
""", reply=True),

M("-", "quoted_outlook_de", "Sandra Haas <sandra.haas@haas-ag.example>",
  "AW: Wartungstermin Kaffeemaschinen",
  """
Hallo Herr Beck,

Dienstag, 10 Uhr passt uns gut. Bitte am Empfang melden.

Viele Grüße
Sandra Haas
Teamassistenz Geschäftsführung

Von: Sandra Haas <sandra.haas@haas-ag.example>
Gesendet: Montag, 7. Oktober 2024 09:12
An: support@example.test
Betreff: Wartungstermin Kaffeemaschinen

Ich möchte sofort Ihren Vorgesetzten sprechen. Zum dritten Mal ist kein Techniker gekommen, und wenn das so weitergeht, kündigen wir.
""", reply=True, trap2="job_title"),

M("-", "negation", "Werner Lutz <werner.lutz@lutz-mail.example>",
  "Mitgliedschaft",
  """
Hallo,

keine Sorge, ich will nicht kündigen! Ich möchte nur meine Mitgliedschaft von „Premium“ auf „Basis“ umstellen, da ich im Sommer seltener komme. Geht das zum 1. Juni?

Werner Lutz
"""),

M("-", "refund_policy_question", "Claudia Berger <claudia.berger@berger.example>",
  "Frage zur Erstattung",
  """
Guten Tag,

wie sind Ihre Regelungen zur Erstattung, falls ein Gleitschirm-Schnupperkurs wegen Wind ausfällt? Bekommt man das Geld zurück oder einen Gutschein?

Danke und Grüße
Claudia Berger
"""),

M("-", "feature_exists_question", "Tobias Renz <tobias.renz@renz.example>",
  "Gibt es eine Warteliste?",
  """
Hallo, gibt es bei ausgebuchten Kochkursen eine Warteliste, auf die man sich setzen lassen kann? Ich finde nichts dazu auf der Seite. Danke!
"""),

M("-", "own_ceo", "Andrea Fuchs <andrea.fuchs@fuchs-consulting.example>",
  "Angebot Firmen-Yogawochenende",
  """
Sehr geehrte Damen und Herren,

unser Geschäftsführer möchte für das Führungsteam (9 Personen) ein Yoga-Wochenende im Herbst buchen. Können Sie uns ein Angebot mit zwei Terminvorschlägen schicken?

Freundliche Grüße
Andrea Fuchs
Assistentin der Geschäftsführung
"""),

M("-", "large_amount_ok", "Rüdiger Haller <ruediger.haller@haller-camping.example>",
  "Auftragsbestätigung Kastenwagen-Ausbau",
  """
Hallo zusammen,

danke für die Auftragsbestätigung über 31.200 € für den Ausbau des Crafters. Passt alles so. Können wir den Übergabetermin auf einen Samstag legen?

Grüße
Rüdiger Haller
"""),

M("-", "second_email", "Ingrid Sommer <ingrid.sommer@sommer.example>",
  "Nochmal: Termine Frühjahrsturnier",
  """
Hallo, das ist meine zweite Mail – vielleicht ist die erste untergegangen. Wann genau findet das Frühjahrsturnier statt und bis wann muss man sich anmelden?

Viele Grüße
Ingrid Sommer
"""),

M("-", "2fa_question", "Florian Keller <florian.keller@keller-web.example>",
  "Zwei-Faktor-Anmeldung",
  """
Hallo, wie kann ich für mein Konto bei der Wertstoffhof-Genehmigung die Zwei-Faktor-Authentifizierung einrichten? Danke!
"""),

M("-", "gdpr_document", "Sven Albers <sven.albers@albers-med.example>",
  "AV-Vertrag für Transportbuchungen",
  """
Sehr geehrte Damen und Herren,

für unsere Praxis benötigen wir einen Auftragsverarbeitungsvertrag nach Art. 28 DSGVO für die Nutzung Ihres Buchungsportals für Krankenfahrten. Bitte senden Sie uns diesen zur Unterschrift zu.

Mit freundlichen Grüßen
Sven Albers
Datenschutzbeauftragter
""", trap2="job_title"),

M("-", "own_holiday", "Elke Marquardt <elke.marquardt@marquardt.example>",
  "Hundeschule: Urlaub im August",
  """
Hallo,

wir sind vom 5. bis 25. August im Urlaub. Kann ich die beiden Einzelstunden von Bello in diesem Zeitraum auf September verschieben?

Liebe Grüße
Elke Marquardt
"""),

M("-", "html_blockquote", "Kai Hoffmann <kai.hoffmann@hoffmann.example>",
  "Re: Dachbox Montage",
  """
Danke, Samstag 9 Uhr passt, bis dann!

Kai

> Am 02.05.2024 um 21:13 schrieb Kai Hoffmann <kai.hoffmann@hoffmann.example>:
>
> Das ist eine Zumutung! Ich will jetzt sofort mit Ihrem Chef sprechen, sonst gehe ich zur Konkurrenz.
""", pack="htmldiv"),

M("-", "mild_disappointment", "Beate Wolff <beate.wolff@wolff.example>",
  "Rückmeldung Kochkurs",
  """
Hallo,

der Kurs am Samstag war schön, ich war nur ein bisschen enttäuscht, dass wir das Dessert nicht mehr geschafft haben. Vielleicht könnte man das Rezept noch per Mail schicken?

Viele Grüße
Beate Wolff
"""),

M("-", "maintenance_question", "Jens Paulsen <jens.paulsen@paulsen.example>",
  "Wartungsarbeiten am Wochenende?",
  """
Moin, im Newsletter stand was von Wartungsarbeiten am Samstag. Ist dann auch die App für den Saunazugang betroffen, oder nur die Webseite? Gruß Jens
"""),

M("-", "how_to", "Helga Simon <helga.simon@simon.example>",
  "Füllhalter richtig reinigen",
  """
Guten Tag,

mein Montblanc 146 kommt nächste Woche zu Ihnen zur Revision. Soll ich ihn vorher ausspülen? Und wie verpacke ich ihn am besten für den Versand?

Freundliche Grüße
Helga Simon
"""),

M("-", "reported_speech", "Rolf Wagner <rolf.wagner@wagner.example>",
  "Anhängerkupplung – Eintragung",
  """
Hallo,

mein Nachbar meinte im Spaß, ich solle Sie verklagen, weil ich jetzt jedes Wochenende seinen Anhänger ziehen muss. :-) Im Ernst: Können Sie mir die Unterlagen für die Eintragung beim TÜV schicken?

Rolf Wagner
"""),

M("-", "praise", "Lena Hartwig <lena.hartwig@hartwig.example>",
  "Danke für das tolle Retreat",
  """
Liebes Team,

das Retreat an der Ostsee war wunderbar – die Lehrerin, das Essen, die Ruhe. Ich komme nächstes Jahr ganz sicher wieder und habe schon drei Freundinnen davon erzählt.

Herzliche Grüße
Lena
"""),
]
