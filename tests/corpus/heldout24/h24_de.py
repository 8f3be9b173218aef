# German customer mail, positives and hard negatives.
# Every block is one hand-written message. Labels follow docs/triggers.md.
MESSAGES = []


def m(triggers, trap, note, frm, subject, body, **kw):
    t = ",".join(sorted(set(x.strip() for x in triggers.split(",") if x.strip()))) or "-"
    MESSAGES.append(dict(triggers=t, trap=trap, note=note, frm=frm, subject=subject, body=body, **kw))


# ---------------------------------------------------------------- positives

m("billing_dispute,cancellation_threat,regulatory", "-", "Verbraucherzentrale + kündigen, Babybrei-Abo",
  "Sabine Krämer <sabine.kraemer@kraemer-familie.example>", "Abo-Preiserhöhung ohne Ankündigung",
  """Guten Tag,

seit Juni buchen Sie für das Babybrei-Abo 34,90 € statt 29,90 € ab. Eine Ankündigung der Preiserhöhung habe ich nie bekommen, weder per Mail noch im Kundenkonto.

Ich habe mich bei der Verbraucherzentrale beraten lassen und werde dort eine Beschwerde einreichen. Außerdem kündige ich das Abo zum nächstmöglichen Termin, wenn das nicht geklärt wird.

Mit freundlichen Grüßen
Sabine Krämer""")

m("billing_dispute,legal_threat", "-", "Kaution einbehalten, Anwalt eingeschaltet",
  "Thomas Brandstetter <t.brandstetter@brandstetter-reitstall.example>", "Kaution Pferdeanhänger – Buchung 2291",
  """Sehr geehrte Damen und Herren,

für die Anmietung des Pferdeanhängers vom 3. bis 5. Mai haben Sie mir 250 € von der Kaution abgezogen, angeblich wegen einer beschädigten Heckklappe. Die Klappe war bei Übernahme schon verzogen, das steht sogar im Übergabeprotokoll (Punkt 4, „Heckklappe schließt schwer").

Ich habe die Sache meinem Anwalt übergeben. Sollte der Betrag nicht bis zum 31. Mai auf meinem Konto sein, wird er sich bei Ihnen melden.

Mit freundlichen Grüßen
Thomas Brandstetter""")

m("broken_promise,manager_request,technical_issue", "-", "Rückruf versprochen, Vorgesetzten verlangt",
  "Ingeborg Weißhaupt <ingeborg.weisshaupt@weisshaupt.example>", "Treppenlift meiner Mutter",
  """Hallo,

am Montag wurde mir am Telefon fest zugesagt, dass der Techniker am Mittwoch kommt, um den Treppenlift zu reparieren. Es kam niemand, und angerufen hat auch keiner.

Meine Mutter ist 89 und kommt ohne den Lift nicht ins Obergeschoss, sie schläft jetzt auf dem Sofa.

Ich möchte bitte mit Ihrem Vorgesetzten oder der Teamleitung sprechen. Telefon: 0711 555 0134.

Ingeborg Weißhaupt""")

m("corporate_contact_request,executive_contact", "-", "E-Mail des Geschäftsführers, um ihm zu schreiben",
  "Dr. Ralf Mertens <ralf.mertens@mertens-web.example>", "Kontakt Geschäftsführung",
  """Guten Tag,

bitte teilen Sie mir die E-Mail-Adresse Ihres Geschäftsführers mit. Ich möchte ihm persönlich schildern, wie die Bauabnahme unseres Tiny Houses abgelaufen ist, da der Kundenservice offensichtlich keine Entscheidungsbefugnis hat.

Freundliche Grüße
Ralf Mertens""")

m("security_incident,technical_issue", "-", "fremde Halterdaten im Chip-Register sichtbar",
  "Kerstin Hoffmann <kerstin.hoffmann@hoffmann-tierarzt.example>", "Fremde Halterdaten in unserem Praxiskonto",
  """Hallo,

beim Aufrufen unserer Registrierungen wurden uns heute Vormittag ca. 30 Einträge angezeigt, die nicht von unserer Praxis stammen – mit Namen, Adressen und Telefonnummern von Tierhaltern aus Hamburg. Wir sitzen in Freiburg.

Ich habe Screenshots gemacht und sonst nichts angefasst. Bitte prüfen Sie das dringend, da sieht offenbar jeder die Daten von jedem.

Kerstin Hoffmann
Tierarztpraxis Dr. Hoffmann""")

m("data_loss,technical_issue", "-", "Kanupolo-Verein: Spielergebnisse weg",
  "Jonas Petersen <jonas.petersen@kpv-kiel.example>", "Saisonergebnisse verschwunden",
  """Moin,

seit dem Update am Wochenende sind in unserem Vereinskonto sämtliche Spielergebnisse der Saison 2023/24 weg. Die Tabelle zeigt überall 0:0. Die Spiele selbst sind noch da, nur ohne Ergebnisse.

Gibt es ein Backup? Wir brauchen die Daten für die Meldung an den Verband.

Gruß
Jonas Petersen
Kanupolo-Verein Kiel""")

m("outage,technical_issue", "-", "Bürgerradio: keiner kommt ins System",
  "Ute Lindemann <ute@radio-ostwind.example>", "Sendeplan – niemand kommt rein",
  """Hallo zusammen,

seit heute früh um 7 kommt bei uns niemand mehr in die Sendeplanung. Egal welcher Browser, egal welcher Rechner, man landet nach dem Login wieder auf der Anmeldeseite. Auch von zuhause aus bei mehreren Kolleg:innen dasselbe.

Um 12 Uhr geht die Mittagssendung raus und wir sehen den Ablauf nicht.

Ute Lindemann
Radio Ostwind""")

m("safety,technical_issue", "-", "Kaminventilator raucht",
  "Walter Greiner <walter.greiner@greiner-haus.example>", "Rauch am Kaminventilator",
  """Guten Abend,

der Kaminventilator, den Ihr Monteur vor drei Wochen eingebaut hat, hat heute Abend angefangen zu qualmen – es kam Rauch aus dem Motorgehäuse auf dem Dach und es roch verschmort. Wir haben die Sicherung rausgedreht und den Ofen ausgehen lassen.

Bitte schicken Sie schnellstmöglich jemanden vorbei.

Walter Greiner""")

m("discrimination_harassment,manager_request", "-", "Busfahrer beleidigt Schülerin wegen Kopftuch",
  "Miriam Aydın <miriam.aydin@gesamtschule-nord.example>", "Vorfall auf der Klassenfahrt nach Berlin",
  """Sehr geehrte Damen und Herren,

auf der Klassenfahrt unserer 9b nach Berlin am 14. März hat der Busfahrer eine Schülerin wegen ihres Kopftuchs beleidigt („so was will ich in meinem Bus nicht sehen") und sie beim Einsteigen angeschrien. Zwei Kolleginnen waren Zeuginnen.

Ich erwarte eine Stellungnahme und möchte, dass sich die Geschäftsleitung bzw. ein Verantwortlicher bei mir meldet, nicht nur der allgemeine Kundenservice.

Miriam Aydın
Klassenleitung 9b""")

m("media_threat,severe_dissatisfaction", "-", "Lokalzeitung, wütend",
  "Heinz-Dieter Kolbe <hd.kolbe@kolbe-online.example>", "Alpakawanderung – eine Frechheit",
  """Das war eine bodenlose Frechheit. Wir standen am Samstag zu acht um 10 Uhr am Hof, niemand da, Telefon aus. Nach einer Stunde kam eine Praktikantin und meinte, die Wanderung sei „intern verschoben" worden.

Ich kenne den Redakteur der Lokalzeitung persönlich, und der wird sich freuen, darüber zu schreiben. Meine Frau schreibt außerdem gerade eine Google-Bewertung.

H.-D. Kolbe""")

m("billing_dispute,corporate_contact_request,high_value_order", "-", "Olivenöl-Großbestellung falsch geliefert, > 5.000; fragt Durchwahl der Geschäftsleitung",
  "Francesco Russo <f.russo@russo-feinkost.example>", "Lieferung Auftrag 4417 – falsche Ware",
  """Guten Tag Frau Becker,

zu unserem Auftrag 4417 (2 Paletten Olivenöl extra vergine, Gesamtwert 12.480,00 € netto): Geliefert wurden heute statt der bestellten 5-Liter-Kanister 0,5-Liter-Flaschen – insgesamt also nur ein Zehntel der Menge. Die Rechnung lautet trotzdem auf den vollen Betrag.

Bitte klären Sie kurzfristig, wann die richtige Ware kommt. Wir haben Gastronomiekunden, die darauf warten. Nennen Sie mir bitte außerdem die Durchwahl Ihrer Geschäftsleitung – unser Vertreter ist seit Wochen nicht erreichbar.

Mit freundlichen Grüßen
Francesco Russo""")

m("feature_request", "-", "Sprachtandem: Wunsch Warteliste",
  "Lea Schubert <lea.schubert@posteo-lea.example>", "Idee für die Tandem-Abende",
  """Hallo ihr Lieben,

ich hätte einen kleinen Feature-Wunsch: Wenn ein Tandemabend ausgebucht ist, wäre eine Warteliste super, bei der man automatisch nachrückt, wenn jemand absagt. Im Moment muss ich jeden Tag nachschauen, ob ein Platz frei geworden ist :)

Liebe Grüße
Lea""")

m("repeat_contact,technical_issue", "-", "zum dritten Mal, Reparaturstatus",
  "Marco Zimmermann <marco.zimmermann@zimmermann-games.example>", "Reparatur Game Boy – ich schreibe zum dritten Mal",
  """Hallo,

ich schreibe jetzt zum dritten Mal wegen meines Game Boys (Auftrag R-2210). Die Sendungsverfolgung auf Ihrer Seite zeigt seit zwei Wochen nur „Fehler 500" und auf meine Mails kommt keine Antwort.

Ist das Gerät überhaupt angekommen?

Marco""")

m("cancellation_threat,severe_dissatisfaction", "looks_automated", "beginnt wie Abwesenheitsnotiz, dann Beschwerde und Kündigung",
  "Petra Hollmann <petra.hollmann@hollmann-familie.example>", "Abwesenheit ab 1. August – vorher noch zum Abo",
  """Guten Tag,

ich bin vom 1. bis 21. August nicht erreichbar und lese in dieser Zeit keine E-Mails.

Vorher muss ich aber noch loswerden: Das Paket letzte Woche stand zwei Tage in der prallen Sonne vor der Tür, obwohl ich den Ablageort „Garage" hinterlegt habe. Der Brei war warm und aufgebläht. Das ist für Babynahrung absolut inakzeptabel, ich bin wirklich entsetzt.

Wenn die nächste Lieferung nicht ordentlich ankommt, kündige ich nach dem Urlaub.

Petra Hollmann""")

m("billing_dispute", "looks_automated", "beginnt wie Eingangsbestätigung der Buchhaltung",
  "Buchhaltung Tauchzentrum Bodensee <buchhaltung@tauchzentrum-bodensee.example>", "Ihre Rechnung 2024-0815 – Eingang bestätigt",
  """Wir bestätigen den Eingang Ihrer Rechnung 2024-0815 vom 12.06.2024.

Bei der Prüfung ist uns aufgefallen, dass die Flaschenprüfung (TÜV) für 12 Flaschen berechnet wurde, geprüft wurden laut Lieferschein aber nur 8. Bitte senden Sie uns eine korrigierte Rechnung über die Differenz von 4 × 38,00 €.

Mit freundlichen Grüßen
Claudia Merz
Buchhaltung""")

m("safety,executive_contact", "-", "Ölgeschmack in Pressluftflasche, Geschäftsleitung informiert",
  "Stefan Rauch <stefan.rauch@rauch-dive.example>", "Verunreinigte Füllung an der Station Überlingen",
  """Hallo,

meine Tauchpartnerin und ich haben am Samstag an Ihrer Füllstation in Überlingen gefüllt. Unter Wasser hatte ihre Luft einen deutlichen Ölgeschmack, sie bekam Kopfschmerzen und Schwindel, wir mussten den Tauchgang abbrechen. Der CO-Test danach war auffällig.

Das ist lebensgefährlich. Ich habe parallel Ihren Geschäftsführer Herrn Albrecht angeschrieben und ihn gebeten, die Station sofort zu sperren.

Stefan Rauch""")

m("discrimination_harassment,cancellation_threat", "-", "Belästigung durch Moderator beim Sprachtandem",
  "Johanna Vogel <johanna.vogel@vogelpost.example>", "Vorfall beim Tandemabend am Donnerstag",
  """Hallo,

ich möchte einen Vorfall melden. Der Moderator am Italienisch-Tisch hat mich am Donnerstag mehrfach gegen meinen Willen am Arm angefasst, mir danach private Nachrichten über Instagram geschickt („du bist viel zu hübsch für Grammatik") und nicht aufgehört, als ich ihn gebeten habe.

Solange er dort moderiert, komme ich nicht mehr, und ich kündige meine Jahresmitgliedschaft, wenn nichts passiert.

Johanna""")

m("feature_request,technical_issue", "-", "Pferdeanhänger-Portal: Fehler + Wunsch",
  "Anja Richter <anja.richter@reitverein-moorwiese.example>", "Buchungsportal",
  """Hallo,

zwei Sachen zum Buchungsportal:
1. Beim Ändern einer Buchung springt das Rückgabedatum immer auf den Abholtag zurück – offensichtlich ein Fehler.
2. Es wäre schön, wenn man bei der Buchung angeben könnte, wie viele Pferde transportiert werden, damit Sie gleich den passenden Anhänger vorschlagen.

Grüße
Anja Richter""")

# ---------------------------------------------------------------- negatives

m("-", "job_title", "Büroleiterin und Facility Manager als Berufsbezeichnungen",
  "Claudia Reinhardt <c.reinhardt@praxis-sonnenhof.example>", "Angebot Kaminventilator",
  """Guten Tag,

ich bin die Büroleiterin der Praxis am Sonnenhof. Unser Facility Manager bittet um ein Angebot für einen Kaminventilator für den Kamin im Wartezimmer. Könnte jemand in der KW 38 zur Besichtigung kommen?

Mit freundlichen Grüßen
Claudia Reinhardt
Büroleitung""")

m("-", "quoted_threat", "eigene Zeilen danken; zitierte alte Mail droht mit Anwalt",
  "Bernd Kaiser <bernd.kaiser@kaiser-net.example>", "AW: Kaution",
  """Hallo Frau Schulz,

vielen Dank, das Geld ist heute angekommen. Damit ist die Sache für mich erledigt.

Schönes Wochenende
Bernd Kaiser

Am 03.06.2024 um 08:14 schrieb Bernd Kaiser <bernd.kaiser@kaiser-net.example>:
> Wenn die Kaution nicht bis Freitag zurück ist, schalte ich meinen Anwalt ein
> und erstatte Anzeige. Das ist die dritte Mail in dieser Sache.""")

m("-", "outlook_quoted_threat", "Ursprüngliche Nachricht enthält Kündigungsdrohung; eigener Text neutral",
  "Monika Fuchs <monika.fuchs@fuchs-papier.example>", "AW: Lieferung Büttenpapier",
  """Hallo Herr Lang,

danke für die schnelle Nachlieferung, die Bögen sind einwandfrei. Bitte schicken Sie uns die nächste Bestellung wie gewohnt Anfang Oktober.

Viele Grüße
Monika Fuchs

-----Ursprüngliche Nachricht-----
Von: Monika Fuchs <monika.fuchs@fuchs-papier.example>
Gesendet: Montag, 10. Juni 2024 09:31
An: support@example.test
Betreff: Lieferung Büttenpapier

Wenn die Ware diese Woche wieder nicht kommt, kündigen wir den Rahmenvertrag. Das ist eine Frechheit.""")

m("-", "legal_disclaimer_signature", "Kanzlei bestellt normal, Disclaimer in Signatur",
  "Kanzlei Dr. Seidel <sekretariat@kanzlei-seidel.example>", "Bestellung Olivenöl für die Kanzlei",
  """Sehr geehrte Damen und Herren,

wir möchten für unsere Mandantenweihnachtsgeschenke 40 Flaschen à 0,5 l Ihres Olivenöls aus Kreta bestellen, Lieferung bis 10. Dezember an die untenstehende Adresse.

Mit freundlichen Grüßen
i. A. Sandra Pohl
Rechtsanwaltskanzlei Dr. Seidel & Partner
Rechtsanwälte · Fachanwälte für Arbeitsrecht

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet und können rechtliche Schritte nach sich ziehen.""")

m("-", "negation", "will ausdrücklich nicht kündigen",
  "Katharina Lenz <katharina.lenz@lenz-mail.example>", "Abo pausieren",
  """Hallo, ich will nicht kündigen, wir sind sehr zufrieden! Wir sind nur im September drei Wochen weg – kann ich das Abo für den Zeitraum pausieren? Danke, Katharina""")

m("-", "policy_question", "Frage nach Widerrufsrecht und Kündigungsfrist",
  "Frank Wegner <frank.wegner@wegner-home.example>", "Frage zum Vertrag",
  """Guten Tag,

bevor wir den Treppenlift bestellen: Wie lange habe ich ein Widerrufsrecht, und wie wäre die Kündigungsfrist beim Wartungsvertrag, falls wir später umziehen?

Gruß
Frank Wegner""")

m("-", "praise_manager_by_name", "Lob für die Filialleiterin",
  "Gisela Brandt <gisela.brandt@brandt-mail.example>", "Ein großes Dankeschön",
  """Liebes Team,

ich möchte mich ganz herzlich bei Frau Yilmaz, Ihrer Filialleiterin in Lindau, bedanken. Sie hat uns am Sonntag außerhalb der Öffnungszeiten noch die Flaschen gefüllt, damit unser Tauchkurs stattfinden konnte. Das ist nicht selbstverständlich!

Herzliche Grüße
Gisela Brandt""")

m("-", "feature_exists", "fragt, ob Export existiert",
  "Lukas Hartmann <lukas.hartmann@kanupolo-hh.example>", "Export Spielplan",
  """Hi, kann man den Spielplan irgendwo als Excel oder iCal exportieren? Danke, Lukas""")

m("-", "reported_speech", "Kollege hat gescherzt, man solle klagen",
  "Dennis Pohl <dennis.pohl@pohl-retro.example>", "Mega Drive zurück",
  """Hallo,

der Mega Drive ist gestern heil angekommen und läuft super. Mein Kumpel meinte im Spaß, ich hätte Sie verklagen sollen, weil es sechs Wochen gedauert hat – aber ehrlich gesagt bin ich einfach froh, dass er wieder läuft.

Danke!
Dennis""")

m("-", "mild_disappointment", "etwas enttäuscht",
  "Renate Vogt <renate.vogt@vogt-online.example>", "Unsere Wanderung am Sonntag",
  """Hallo,

die Alpakawanderung war schön, auch wenn ich ein bisschen enttäuscht war, dass wir nur eine Stunde statt der angekündigten anderthalb unterwegs waren. Die Kinder fanden es trotzdem toll.

Viele Grüße
Renate Vogt""")

m("-", "exactly_5000", "Rechnung über genau 5.000 € mit Rückfrage",
  "Matthias Berger <matthias.berger@berger-bau.example>", "Rechnung 2024-112",
  """Guten Tag,

Ihre Rechnung 2024-112 über 5.000,00 € für die Anzahlung der Tiny-House-Bodenplatte haben wir erhalten. Könnten Sie uns bitte noch die Bankverbindung für die Überweisung schicken? Auf der Rechnung fehlt die IBAN.

Gruß
Matthias Berger""")

m("-", "large_amount_no_problem", "großer Auftrag ohne Problem",
  "Eva Schwarz <eva.schwarz@reisebuero-schwarz.example>", "Auftragsbestätigung Studienfahrten",
  """Sehr geehrter Herr Keller,

hiermit bestätigen wir Ihr Angebot über die Busse für die Studienfahrten im Herbst (Gesamtbetrag 23.400 €). Die Zahlung erfolgt wie vereinbart in zwei Raten.

Wir freuen uns auf die Zusammenarbeit.

Eva Schwarz""")

m("-", "second_email", "zweite Mail, keine dritte",
  "Tobias Klein <tobias.klein@klein-mail.example>", "Zweite Mail wegen Buchung",
  """Hallo, das ist meine zweite Mail – ich weiß nicht, ob die erste angekommen ist. Ich möchte den Pferdeanhänger für den 12. Juli reservieren. Gruß, Tobias""")

m("-", "gdpr_documentation_request", "bittet um AV-Vertrag nach DSGVO",
  "Sandra Köhler <sandra.koehler@tierklinik-koehler.example>", "Auftragsverarbeitungsvertrag",
  """Guten Tag,

für unsere Tierklinik benötigen wir einen Auftragsverarbeitungsvertrag nach Art. 28 DSGVO für die Nutzung Ihres Chip-Registers. Ist Ihr Dienst DSGVO-konform, und wo stehen die Server?

Mit freundlichen Grüßen
Sandra Köhler""")

m("-", "cancel_single_appointment", "sagt einen einzelnen Termin ab",
  "Helmut Sauer <helmut.sauer@sauer-familie.example>", "Termin am Freitag absagen",
  """Guten Tag, bitte sagen Sie den Wartungstermin für den Treppenlift am Freitag ab, wir sind kurzfristig verreist. Wir melden uns für einen neuen Termin. Danke, H. Sauer""")

m("-", "looks_automated", "menschliche Nachricht wie eine Abwesenheitsnotiz",
  "Birgit Neumann <birgit.neumann@neumann-kanu.example>", "Abwesenheitsnotiz (kein Witz)",
  """Hallo, ich bin ab morgen zwei Wochen im Urlaub – bitte schicken Sie die Rechnung für die Vereinslizenz in der Zeit an unseren Kassenwart, kasse@neumann-kanu.example. Danke und bis bald! Birgit""")

m("-", "journalist_private_order", "Journalistin bucht privat",
  "Julia Brenner <julia.brenner@brenner-text.example>", "Tandemabend privat",
  """Hallo,

ich arbeite als Journalistin, melde mich aber ganz privat: Ich möchte mein Spanisch auffrischen und würde gern am Tandemabend am 5. September teilnehmen. Gibt es noch Plätze?

Gruß
Julia""")

m("-", "settled_issue", "Problem bereits gelöst",
  "Oliver Schmitt <oliver.schmitt@radio-suedhang.example>", "Re: Stream",
  """Hallo Herr Meier, der Stream läuft wieder einwandfrei, danke für die schnelle Hilfe gestern Abend! Gruß Oliver""")
