# German customer mail (positives and hard negatives). Hand-written, one block per message.
MESSAGES = []


def m(frm, subject, triggers, trap, note, body, **kw):
    d = dict(kw)
    d.update({"from": frm, "subject": subject, "triggers": triggers, "trap": trap, "note": note, "body": body})
    MESSAGES.append(d)


m("Jürgen Kessler <j.kessler@kessler-gartenbahn.example>", "Lok defekt – Reklamation",
  "technical_issue", None, "Gartenbahn; Lok läuft nicht",
  """Sehr geehrte Damen und Herren,

die LGB-Diesellok (Bestellung GB-40117) fährt nur noch ruckweise und bleibt nach zwei Metern stehen. Schleifer sauber, Gleis sauber, andere Loks fahren problemlos. Der Motor wird dabei auffällig warm.

Bitte um Rückmeldung, wie wir weiter verfahren.

Mit freundlichen Grüßen
Jürgen Kessler
""")

m("Sabine Vogt <sabine.vogt@vogt-familie.example>", "Abwesend bis 3. Juni – Reklamation Sauerteig",
  "billing_dispute", "looks_automated", "Sauerteig-Shop; Abwesenheits-Betreff mit Reklamation",
  """Ich bin bis 3. Juni nicht erreichbar, möchte das aber noch loswerden:

Sie haben mir für das Anstellgut-Abo im Mai 19,90 € zweimal abgebucht (am 2. und am 5. Mai). Bitte erstatten Sie den doppelten Betrag.

Sabine Vogt
""")

m("Klaus Brenner <klaus.brenner@brenner-bau.example>", "Zum dritten Mal: Wo bleibt die Erstattung?",
  "repeat_contact broken_promise", None, "Tandemverleih; dritte Mail",
  """Guten Tag,

ich schreibe Ihnen jetzt zum dritten Mal. Am Telefon wurde mir am 12.04. zugesagt, dass die Kaution von 150 € für das Tandem innerhalb einer Woche zurücküberwiesen wird. Bis heute ist nichts passiert.

Klaus Brenner
""")

m("Dr. Heike Albers <h.albers@albers-kanzlei.example>", "Rechnung RE-5530 – letzte Aufforderung",
  "legal_threat billing_dispute high_value_order", None, "Arcade-Verleih; Anwalt eingeschaltet, Rechnung > 5000",
  """Sehr geehrte Damen und Herren,

Ihre Rechnung RE-5530 über 7.480,00 € für die Firmenfeier enthält sechs Automaten, von denen nur vier geliefert wurden. Wir haben zweimal um Korrektur gebeten. 

Sollten wir bis zum 30. keine korrigierte Rechnung erhalten, werde ich die Sache meinem Anwalt übergeben.

Mit freundlichen Grüßen
Heike Albers
Geschäftsführerin
""")

m("Tobias Lang <tobias.lang@lang-it.example>", "Kündigung des Scharfe-Soßen-Abos",
  "cancellation_threat severe_dissatisfaction", None, "Hot-Sauce-Abo; Kündigung aus Ärger",
  """Hallo,

dreimal in Folge kam die Box kaputt an, alles voller Soße, und Ihr Kundenservice schickt Textbausteine. Das ist eine absolute Frechheit. Hiermit kündige ich mein Abo zum nächstmöglichen Zeitpunkt.

Tobias Lang
""")

m("Monika Haas <monika.haas@grundschule-haas.example>", "Planetarium – Vorgesetzten sprechen",
  "manager_request", None, "Planetariumskuppel; will Vorgesetzten",
  """Sehr geehrte Damen und Herren,

die Kuppel kam zwei Stunden zu spät, die Kinder mussten nach Hause geschickt werden. Die Mitarbeiterin am Telefon war überfordert. Ich möchte bitte mit ihrem Vorgesetzten sprechen.

Monika Haas
Schulleitung
""")

m("Erik Lehmann <erik.lehmann@lehmann-net.example>", "Konto gehackt?",
  "security_incident", None, "Wohltätigkeits-Onlineshop; fremder Login",
  """Hallo, heute Nacht hat sich jemand von einer IP 203.0.113.45 in mein Kundenkonto eingeloggt (steht in der Login-Historie) und meine Lieferadresse geändert. Ich war das nicht. Bitte sperren Sie das Konto und prüfen Sie, was da passiert ist.
Erik
""")

m("Petra Schulz <petra.schulz@schulz-imkerei.example>", "Gefahr beim Imkerkurs",
  "safety", None, "Imkerkurs Schule; Kind mit allergischem Schock",
  """Guten Tag,

beim Imkerkurs am Dienstag wurde ein Schüler gestochen und bekam einen allergischen Schock. Ihr Kursleiter hatte keinen Notfallplan und kein Notfallset dabei, obwohl das in Ihrer Beschreibung steht. Der Junge musste mit dem Rettungswagen ins Krankenhaus. Er ist inzwischen wieder zu Hause.

So kann das nicht weitergehen, bevor weitere Kurse stattfinden, brauche ich eine Stellungnahme.

Petra Schulz
""")

m("Lars Becker <lars.becker@becker-mail.example>", "Datenschutzverstoß – Beschwerde beim Landesdatenschutzbeauftragten",
  "regulatory", None, "Fan-Convention; Daten ohne Einwilligung weitergegeben",
  """Sie haben meine Adresse und Telefonnummer ohne meine Einwilligung an einen Merchandise-Händler weitergegeben, der mich jetzt ständig anruft. Das ist ein klarer DSGVO-Verstoß. Ich habe Beschwerde bei der Datenschutzaufsicht eingelegt.

Lars Becker
""")

m("Andrea Wolf <andrea.wolf@wolf-familie.example>", "Fotos weg!!",
  "data_loss technical_issue", None, "Seeglas-Schmuck Marktplatz; Fotos verschwunden",
  """Hallo, seit dem Update gestern sind in meinem Shop alle Produktfotos verschwunden, nur noch graue Kästchen. Über 80 Artikel! Die Originale habe ich nicht mehr. Können Sie die wiederherstellen?
Andrea
""")

m("Reinhard Koch <reinhard.koch@koch-spiele.example>", "Escape-Anhänger: Buchungsportal nicht erreichbar",
  "outage technical_issue", None, "Escape-Room-Anhänger; Portal down",
  """Ihr Buchungsportal ist seit heute früh komplett down, es kommt nur "502 Bad Gateway". Auch die Telefonhotline ist dauerbesetzt. Wir müssen bis heute Abend die Buchung fürs Stadtfest bestätigen.
""")

m("Maria Huber <maria.huber@huber-hof.example>", "Wenn das so weitergeht, schalte ich meinen Anwalt ein",
  "legal_threat broken_promise", None, "Ferien auf dem Bauernhof; Versprechen gebrochen",
  """Sehr geehrte Damen und Herren,

uns wurde zugesichert, dass die Ferienwohnung barrierefrei ist. Vor Ort gab es drei Stufen und keine Rampe, meine Mutter konnte nicht hinein. Die versprochene Rückerstattung ist nie gekommen. Wenn Sie bis Monatsende nicht zahlen, schalte ich meinen Anwalt ein.

Maria Huber
""")

m("Stefan Roth <stefan.roth@roth-consult.example>", "Adresse Ihrer Geschäftsführung",
  "corporate_contact_request executive_contact", None, "Tandemverleih; will Mail an Geschäftsführer",
  """Guten Tag,

bitte nennen Sie mir die E-Mail-Adresse Ihres Geschäftsführers. Ich werde mich direkt an ihn wenden, da der Kundenservice seit Wochen nicht reagiert.

Stefan Roth
""")

m("Nadine Frank <nadine.frank@frank-events.example>", "Ihr Mitarbeiter hat mich beleidigt",
  "discrimination_harassment", None, "Schlittschuh-Schleifservice; Mitarbeiter sexistisch",
  """Hallo,

als ich meine Schlittschuhe abholen wollte, sagte mir Ihr Mitarbeiter im Laden, Frauen bräuchten "sowieso keinen Profischliff" und ich solle "lieber Eiskunstlauf machen". Dann hat er mir vor anderen Kunden hinterhergepfiffen. Ich erwarte eine Entschuldigung und dass das Konsequenzen hat.

Nadine Frank
""")

m("Florian Meier <florian.meier@meier-drachen.example>", "Funktionswunsch für die Drachen-App",
  "feature_request", None, "Drachenladen; Feature-Wunsch",
  """Hallo zusammen,

tolle App! Ein Feature-Wunsch: Wäre es möglich, eine Windvorhersage für meinen Standort direkt in der App anzuzeigen, mit Empfehlung welcher Drachen passt? Das würde mir viel Zeit sparen.

Viele Grüße
Florian
""")

m("Christine Neumann <christine.neumann@neumann-presse.example>", "Presseanfrage: Absage der Fan-Convention",
  "media_threat", None, "Soap-Convention; Journalistin fragt an",
  """Sehr geehrte Damen und Herren,

ich bin Redakteurin beim Rheinischen Tageskurier. Uns liegen Zuschriften von Besuchern vor, deren Tickets für die abgesagte "Lindenhof-Fantage" nicht erstattet wurden. Können Sie mir bis Donnerstag eine Stellungnahme geben?

Mit freundlichen Grüßen
Christine Neumann
""")

m("Uwe Schmitt <uwe.schmitt@schmitt-orgel.example>", "Notenrollen – Auftrag über 8.200 €, keine Reaktion",
  "high_value_order", None, "Pianola-Restaurator; großer Auftrag ohne Antwort",
  """Guten Tag,

wir haben Ihnen im Februar den Auftrag zur Restaurierung unseres Welte-Flügels erteilt (Angebot 2024-117, 8.200 € brutto, Anzahlung bezahlt). Seitdem haben wir weder einen Termin noch eine Antwort auf drei Anfragen bekommen. Was ist der Stand?

Uwe Schmitt
""")

m("Birgit Krause <birgit.krause@krause-web.example>", "Bin im Urlaub, aber: Abo-Box verbrannt",
  "safety", "looks_automated", "Hot-Sauce-Abo; Urlaubshinweis plus Gefahr",
  """Automatische Antwort – nein, ich schreibe selbst, bin nur im Urlaub und schnell am Handy.

Der Mini-Gaskocher aus Ihrer "Grill-Edition"-Box hat beim ersten Einschalten eine Stichflamme gemacht, mein Mann hat sich die Hand verbrannt. Bitte prüfen Sie das dringend, bevor andere Kunden das benutzen.

Von meinem iPhone gesendet
""")

m("Info Holzwerk Gmbh <info@holzwerk-gartenbahn.example>", "Lesebestätigung: Ihre Rechnung",
  "billing_dispute", "looks_automated", "Gartenbahn; Mensch benutzt 'Lesebestätigung' als Betreff",
  """Ihre Rechnung haben wir gelesen – und sie stimmt nicht. Berechnet wurden 40 Weichenantriebe, bestellt und geliefert wurden 14. Bitte korrigieren.

Holzwerk GmbH, Buchhaltung
""")

m("Jana Peters <jana.peters@peters-familie.example>", "Vielen Dank für Ihre Nachricht",
  "repeat_contact", "looks_automated", "Ferien auf dem Bauernhof; Danke-Floskel, dann dritte Anfrage",
  """Vielen Dank für Ihre Nachricht.

Leider ist es wieder nur die automatische Eingangsbestätigung. Ich frage jetzt zum vierten Mal, ob der Hofladen während unseres Aufenthalts geöffnet ist und warum die Heizung im Zimmer nicht ging. Eine echte Antwort wäre schön.

Jana Peters
""")

m("Ralf Dietrich <ralf.dietrich@dietrich-mail.example>", "Unzustellbar: Drachenbestellung",
  "cancellation_threat", "looks_automated", "Drachenladen; Betreff wie Bounce",
  """Ja, "unzustellbar" – das schreibt mir DHL seit einer Woche über Ihr Paket, weil Sie die Hausnummer falsch gedruckt haben. Wenn die Lieferung nicht bis Samstag kommt, storniere ich und kaufe beim Konkurrenten.
""")

m("Karin Weber <karin.weber@weber-schule.example>", "Büroleiterin – Buchung Kuppel",
  None, "job_title", "Planetariumskuppel; Jobtitel Büroleitung",
  """Sehr geehrte Damen und Herren,

als Büroleiterin der Lindenschule möchte ich für den 14. November eine Planetariumskuppel reservieren. Welche Unterlagen benötigen Sie?

Karin Weber
Büroleitung / Office Manager
""")

m("Holger Braun <holger.braun@braun-tandem.example>", "Frage zur Kündigung",
  None, "policy_question", "Tandemverleih; Frage nach Kündigungsfrist",
  """Hallo, wie lange ist die Kündigungsfrist bei der Jahresmitgliedschaft? Ich will nicht kündigen, nur für die Planung wissen. Gruß Holger
""")

m("Sandra Lorenz <sandra.lorenz@lorenz-mail.example>", "Re: Ihre Reklamation",
  None, "quoted_threat", "Sauerteig-Shop; Dank, zitierte Drohung",
  """Vielen Dank, die Ersatzlieferung ist angekommen und der Sauerteig blubbert fröhlich. Alles erledigt!

Sandra

Am 14.05.2024 um 10:03 schrieb Sandra Lorenz <sandra.lorenz@lorenz-mail.example>:
> Das ist jetzt das dritte Mal, dass ich schreibe. Wenn nichts passiert,
> gehe ich zur Verbraucherzentrale und mein Anwalt meldet sich.
""")

m("Thomas Wagner <thomas.wagner@wagner-verein.example>", "Großbestellung Vereinsanlage",
  None, "large_amount_no_problem", "Gartenbahn; Großbestellung ohne Problem",
  """Guten Tag,

unser Verein möchte Gleismaterial im Wert von ca. 12.000 € bestellen. Gibt es einen Mengenrabatt und können Sie in zwei Teillieferungen liefern?

Thomas Wagner
Kassenwart
""")

m("Elke Schröder <elke.schroeder@schroeder-home.example>", "Ist Ihre Plattform DSGVO-konform?",
  None, "gdpr_question", "Wohltätigkeits-Onlineshop; DSGVO-Frage",
  """Hallo, ist Ihr Shop DSGVO-konform und wo werden die Daten gespeichert? Ich brauche das für unseren Verein, der über Sie Spenden verkauft. Gibt es einen AV-Vertrag?
Elke
""")

m("Dieter Zimmer <dieter.zimmer@zimmer-gmbh.example>", "Nicht eskalieren, nur Info",
  None, "negation", "Arcade-Verleih; keine Eskalation nötig",
  """Hallo, der Flipper hatte beim Aufbau kurz gehakt, Ihr Techniker hat es vor Ort behoben. Kein Grund, das zu eskalieren, wollte es nur erwähnen. Sehr netter Service!
Dieter
""")

m("Gabi Hoffmann <gabi.hoffmann@hoffmann-home.example>", "Ein bisschen enttäuscht",
  None, "mild_disappointment", "Seeglas-Schmuck; leichte Enttäuschung",
  """Hallo, die Kette ist schön, aber ich bin ein bisschen enttäuscht, dass das Glas kleiner ist als auf dem Foto. Behalte sie trotzdem. Liebe Grüße, Gabi
""")

m("Matthias Keller <matthias.keller@keller-eis.example>", "Ich verspreche, morgen zu zahlen",
  None, "future_promise", "Schleifservice; Kunde verspricht Zahlung",
  """Hallo, sorry, die Rechnung für den Mannschaftsschliff ist untergegangen. Ich verspreche, dass ich sie morgen überweise. Gruß Matthias
""")

m("Silke Baum <silke.baum@baum-kita.example>", "Wir haben Ihre Lieferung erhalten",
  None, "looks_automated", "Imkerkurs; menschliche Eingangsbestätigung",
  """Guten Tag,

wir haben Ihre Lieferung (Imkeranzüge in Kindergröße) erhalten, alles vollständig. Vielen Dank!

Silke Baum
Kita Sonnenblume
""")

m("Rolf Engel <rolf.engel@engel-kanzlei.example>", "Anfrage Hofurlaub",
  None, "legal_disclaimer", "Ferien auf dem Bauernhof; Kanzlei-Disclaimer",
  """Sehr geehrte Damen und Herren,

haben Sie für die Herbstferien noch einen Hof mit Pferden frei, zwei Erwachsene, zwei Kinder?

Mit freundlichen Grüßen
Rolf Engel

--
Engel & Partner Rechtsanwälte. Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Eine rechtliche Verbindlichkeit entsteht durch diese E-Mail nicht.
""")

m("Ute Lindner <ute.lindner@lindner-fans.example>", "Weitergeleitet: Beschwerde eines Mitglieds",
  None, "forwarded_complaint", "Soap-Convention; weitergeleitete Beschwerde",
  """Hallo, zur Kenntnis – wir selbst sind zufrieden.

---------- Weitergeleitete Nachricht ----------
Von: Herbert <herbert@mail-mock.example>
Betreff: Skandal

Eine Frechheit! Ich gehe zur Verbraucherzentrale und verklage Sie!
""")

m("Wolfgang Reiter <wolfgang.reiter@reiter-bahn.example>", "Verbraucherzentrale und Anwalt",
  "legal_threat regulatory", None, "Gartenbahn; Verbraucherzentrale + Anwalt",
  """Guten Tag,

da Sie auf meine Reklamation des defekten Fahrreglers seit acht Wochen nicht reagieren, habe ich mich an die Verbraucherzentrale gewandt. Mein Anwalt ist ebenfalls informiert und wird rechtliche Schritte prüfen.

Wolfgang Reiter
""")

m("Ilse Fuchs <ilse.fuchs@fuchs-familie.example>", "An Ihren Vorstand weitergeleitet",
  "executive_contact", None, "Wohltätigkeits-Onlineshop; an Vorstand geschrieben",
  """Hallo, ich habe meine Beschwerde über die nie gelieferte Jacke heute auch direkt an Ihren Vorstand geschickt. Vielleicht reagiert dort ja jemand.
Ilse Fuchs
""")

m("Norbert Pohl <norbert.pohl@pohl-sport.example>", "Anschrift der Zentrale",
  "corporate_contact_request", None, "Schleifservice; Adresse Firmenzentrale",
  """Bitte teilen Sie mir die Postanschrift Ihrer Firmenzentrale und die Telefonnummer der Geschäftsleitung mit. Die Filiale fühlt sich nicht zuständig.
""")

m("Katrin Seidel <katrin.seidel@seidel-medien.example>", "Escape-Anhänger: Bewertung folgt",
  "media_threat outage technical_issue", None, "Escape-Room-Anhänger; Bewertungsdrohung + App down",
  """Ihre Spiel-App war beim Kindergeburtstag komplett offline, kein einziges Rätsel ließ sich starten, die Kinder standen eine Stunde im Anhänger herum. Wenn da keine Erstattung kommt, schreibe ich eine ausführliche Bewertung bei Google und in unserer Eltern-Facebookgruppe.
""")

m("Hasan Yilmaz <hasan.yilmaz@yilmaz-mail.example>", "Diskriminierung beim Hofurlaub",
  "discrimination_harassment security_incident", None, "Ferien auf dem Bauernhof; Diskriminierung + Datenleck",
  """Guten Tag,

der Gastgeber auf dem Sonnenhof hat uns bei der Ankunft gesagt, "Ausländer" müssten eine höhere Kaution zahlen. Außerdem hat er mir gezeigt, dass er in Ihrem Portal die Ausweiskopien ALLER Gäste sehen und herunterladen kann, auch von Gästen anderer Höfe. Beides ist inakzeptabel.

Hasan Yilmaz
""")
