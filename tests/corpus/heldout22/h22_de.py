# German customer mail: positives first, then hard negatives. One hand-written block per message.
LANG = "de"
M = []


def m(frm, subj, trig, body, trap="-", note="-", **kw):
    M.append(dict(frm=frm, subj=subj, trig=trig, body=body, trap=trap, note=note, **kw))


# ---------------------------------------------------------------- positives

m("Jürgen Pohlmann <j.pohlmann@pohlmann-segel.example>", "Genua für die \"Möwe\" – Auftrag SM-2207",
  "high_value_order,legal_threat,broken_promise", """\
Sehr geehrte Damen und Herren,

am 14. Februar habe ich bei Ihnen eine neue Rollgenua und ein Großsegel für unsere
Hallberg-Yacht „Möwe" bestellt, Auftragssumme 8.940,00 €, Anzahlung 4.000,00 € am selben Tag
überwiesen. Zugesagt war die Lieferung „spätestens Ende April, rechtzeitig zum Kranen".

Heute ist der 6. Juni. Die Möwe liegt seit sechs Wochen im Wasser, ohne Segel. Bei meinem
Anruf am 20. Mai wurde mir ein Rückruf von Herrn Lenz versprochen, der nie erfolgt ist.

Ich setze Ihnen hiermit eine letzte Frist bis zum 20. Juni. Sollten die Segel bis dahin nicht
geliefert sein, werde ich meinen Anwalt beauftragen, die Anzahlung zurückzufordern und
Schadensersatz für die verlorene Saison geltend zu machen.

Mit freundlichen Grüßen
Jürgen Pohlmann
""", note="8.940 EUR, Frist, Anwalt")

m("Sabine Kröger <sabine.kroeger@kroeger-post.example>", "Kündigung Kreuzworträtsel-Abo",
  "cancellation_threat,billing_dispute,repeat_contact", """\
Hallo,

schon wieder wurden 14,90 € abgebucht, obwohl das Heft seit März nicht mehr kommt. Ich habe
das zweimal telefonisch gemeldet. Jetzt reicht es mir: ich kündige das Abo zum nächstmöglichen
Termin und möchte die 44,70 € für die drei nicht gelieferten Hefte zurück.

Sabine Kröger
""", note="zweimal telefonisch gemeldet + this mail = third contact")

m("Dr. Frank Albers <frank.albers@albers-praxis.example>", "Terminsystem – niemand kommt rein",
  "outage,technical_issue", """\
Guten Morgen,

seit heute früh um halb acht kann sich in unserer Akupunkturpraxis niemand mehr in die
Terminverwaltung einloggen. Weder am Empfang noch ich von zu Hause. Es kommt nur „Interner
Serverfehler (500)". Die Online-Buchung für Patienten zeigt ebenfalls eine Fehlerseite.

Wir haben heute 31 Termine und wissen nicht, wer kommt. Bitte dringend um Rückmeldung.

Dr. Frank Albers
""")

m("Ingrid Vogt <ingrid.vogt@vogt-mail.example>", "Hundefutter – Plastikteile im Beutel!",
  "safety", """\
Guten Tag,

in der Lieferung von gestern (Bio-Rind mit Kürbis, Charge 24-0873) haben wir im Futter
mehrere scharfkantige Plastiksplitter gefunden. Einer steckte unserem Hund schon im Maul,
wir konnten ihn gerade noch rausholen. Das ist lebensgefährlich!

Bitte prüfen Sie die ganze Charge und nehmen Sie sie aus dem Verkauf, bevor ein Tier
erstickt. Fotos hänge ich an.

Ingrid Vogt
""", pack="mixed", attach="Plastiksplitter_Größe.png")

m("Thomas Behrens <thomas.behrens@behrens-astro.example>", "Bestellung 55120 – Montierung",
  "high_value_order,technical_issue,manager_request", """\
Sehr geehrte Damen und Herren,

ich habe am 2. Mai die Komplettausstattung für unsere Vereinssternwarte bestellt
(Rechnung 55120, Gesamtbetrag 12.380 €). Das Teleskop ist in Ordnung, aber die Montierung
verliert nach ca. 10 Minuten die Nachführung, die Steuerung meldet „RA Encoder Fault".

Ihr Kollege am Telefon konnte nichts dazu sagen außer „Firmware neu aufspielen", was wir
dreimal gemacht haben.

Ich möchte bitte mit einem Vorgesetzten oder dem technischen Leiter sprechen. Bei dieser
Summe erwarte ich eine Lösung und keine Standardantworten.

Thomas Behrens
Vorsitzender, Sternfreunde Lindenau e.V.
""", trap="job_title_in_signature", note="Vorgesetzten sprechen; 12.380 EUR")

m("Katrin Seidel <katrin.seidel@seidel-home.example>", "Zum dritten Mal: Rückruf Schuhanpassung",
  "repeat_contact,broken_promise", """\
Hallo,

ich schreibe Ihnen jetzt zum dritten Mal. Mir wurde am 4. und am 11. Juli ein Rückruf zur
Anpassung meiner orthopädischen Schuhe versprochen. Es hat niemand angerufen. Ich laufe
seit Wochen mit Schmerzen herum.

Katrin Seidel
""")

m("Bernd Hoffmeister <b.hoffmeister@hoffmeister-bau.example>", "Adresse Ihrer Geschäftsführung",
  "corporate_contact_request,executive_contact", """\
Guten Tag,

nennen Sie mir bitte die Postanschrift und E-Mail-Adresse Ihrer Geschäftsführung. Ich werde
mich dort direkt über die Abwicklung meiner Sattelbestellung beschweren, da ich über den
Kundenservice seit Wochen nicht weiterkomme.

Bernd Hoffmeister
""")

m("Anja Lindner <anja.lindner@lindner-net.example>", "Daten weg nach Update",
  "data_loss,technical_issue", """\
Hallo zusammen,

nach dem App-Update von gestern Abend sind alle meine gespeicherten Rätsel weg, inklusive
der halb gelösten. Die Statistik (Lösungszeiten, Serie von 212 Tagen!) steht auf null.
Ich bin wirklich traurig darüber. Lässt sich das wiederherstellen?

Viele Grüße
Anja
""")

m("Markus Reinholz <markus.reinholz@reinholz.example>", "Unerlaubte Anmeldungen in meinem Konto",
  "security_incident", """\
Sehr geehrte Damen und Herren,

in meinem Kundenkonto sind zwei Bestellungen aufgetaucht, die ich nicht getätigt habe,
Lieferadresse in Dortmund. Außerdem wurde meine Telefonnummer geändert. Jemand hat sich
offenbar Zugang zu meinem Konto verschafft. Meine Kreditkarte ist dort hinterlegt.

Bitte sperren Sie das Konto sofort und teilen Sie mir mit, welche Daten eingesehen wurden.

Markus Reinholz
""")

m("Elke Brandstätter <elke.brandstaetter@brandstaetter.example>", "Beschwerde Karaoke-Abend",
  "discrimination_harassment,manager_request", """\
Guten Tag,

am Samstag waren wir zu sechst in Ihrer Karaoke-Bar am Hafen. Einer Ihrer Mitarbeiter hat
meine Freundin, die aus Ghana stammt, mehrfach gefragt, ob sie „überhaupt deutsche Lieder
kennt", und uns dann einen Raum neben den Toiletten gegeben, obwohl wir reserviert hatten
und andere Räume frei waren. Als wir nachgefragt haben, hieß es „Sie wissen schon, warum".

Ich möchte, dass sich die Filialleitung persönlich bei uns meldet.

Elke Brandstätter
""", note="racial discrimination; asks branch management")

m("Wolfgang Ritter <w.ritter@ritter-kanzlei.example>", "Verbraucherzentrale",
  "regulatory,billing_dispute", """\
Sehr geehrte Damen und Herren,

Sie haben mir für die Reparatur meiner Posaune 285 € berechnet, obwohl der
Kostenvoranschlag über 140 € lautete und niemand eine Erweiterung mit mir abgesprochen hat.
Ich habe den Vorgang heute der Verbraucherzentrale geschildert und werde deren Empfehlung
folgen. Die Differenz von 145 € erwarte ich zurück.

W. Ritter
""", note="Verbraucherzentrale; sender domain says Kanzlei but writes privately")

m("Petra Hahn <petra.hahn@hahnfamilie.example>", "Datenschutz – Ihre Praxis",
  "regulatory,security_incident", """\
Guten Tag,

ich habe heute eine E-Mail Ihrer Akupunkturpraxis bekommen, in der im Anhang nicht meine
Rechnung war, sondern die Behandlungsübersicht einer anderen Patientin mit Diagnosen.
Umgekehrt hat vermutlich jemand meine bekommen. Das ist ein klarer Verstoß gegen die DSGVO.
Ich habe den Vorfall dem Landesdatenschutzbeauftragten gemeldet.

Petra Hahn
""")

m("Stefan Wagner <stefan.wagner@wagner-fahrrad.example>", "Oldtimer-Rad – das war's",
  "cancellation_threat,severe_dissatisfaction", """\
Drei Monate für eine Rahmenlackierung, dann bekomme ich das Rad mit Lackläufern,
falschem Farbton und einem verkratzten Steuerrohr zurück. Eine absolute Frechheit. Das ist
die schlechteste Arbeit, die ich je abgeholt habe.

Den zweiten Auftrag (Laufräder) storniere ich hiermit, und ich werde Ihre Werkstatt nie
wieder betreten.
""")

m("Gisela Neumann <gisela.neumann@neumann-online.example>", "Glasbläserkurs – Verbrennung",
  "safety,manager_request", """\
Sehr geehrte Damen und Herren,

mein Sohn (15) hat am Sonntag an Ihrem Schnupperkurs Glasblasen teilgenommen. Er bekam keine
Handschuhe, und als ihm die Pfeife aus der Hand rutschte, hat er sich den Unterarm verbrannt.
Wir waren in der Notaufnahme, Verbrennung zweiten Grades. Die Kursleiterin meinte nur, das
„passiert halt mal".

Ich möchte mit der verantwortlichen Studioleitung sprechen, nicht noch einmal mit der
Kursleiterin.

Gisela Neumann
""", note="burn injury; asks studio management")

m("Ralf Zimmermann <ralf.zimmermann@zimmermann-modellbau.example>", "Vereinsportal: Wunsch",
  "feature_request", """\
Hallo,

ein Feature-Wunsch aus unserem Modellflugverein: es wäre super, wenn man im Portal die
Flugtage als Kalender-Abo (iCal) einbinden könnte. Dann müssten unsere Mitglieder nicht jedes
Mal nachschauen.

Gruß
Ralf
""")

m("Heike Schubert <heike.schubert@schubert-eis.example>", "Eisskulptur Firmenfeier – Anzahlung",
  "high_value_order,billing_dispute", """\
Sehr geehrte Frau Kessler,

für unsere Firmenfeier am 15.12. haben wir Eisskulpturen und eine Eisbar im Gesamtwert von
6.750 € bestellt. In Ihrer Rechnung wurde die Anzahlung von 2.000 € nicht abgezogen, Sie
fordern also erneut den vollen Betrag. Außerdem ist eine „Kühlpauschale" von 350 € enthalten,
die im Angebot nicht stand.

Bitte korrigieren Sie die Rechnung.

Mit freundlichen Grüßen
Heike Schubert
""")

m("Dieter Kowalski <dieter.kowalski@kowalski-mail.example>", "Glampingplatz – unverschämt",
  "severe_dissatisfaction,media_threat", """\
Ihre Jurte war verschimmelt, das Bett feucht, kein Brennholz für den Ofen, und als wir uns
beschwert haben, wurden wir ausgelacht. Unfassbar. So eine Unverschämtheit habe ich noch nie
erlebt.

Ich werde auf allen Bewertungsportalen und in meinem Camping-Blog ausführlich mit Fotos über
diesen Aufenthalt berichten.
""")

m("Claudia Möller <claudia.moeller@moeller-web.example>", "Wo bleibt die Erstattung?",
  "broken_promise,billing_dispute", """\
Hallo,

am 3. September wurde mir schriftlich bestätigt, dass die doppelte Abbuchung von 59,80 € für
die Hundefutterlieferung „innerhalb von 5 Werktagen" erstattet wird. Bis heute ist kein Geld
eingegangen. Bitte überweisen Sie den Betrag jetzt.

Claudia Möller
""")

m("Oliver Krause <oliver.krause@krause-orchester.example>", "Please help – Trompete",
  "technical_issue,cancellation_threat", """\
Hello, sorry for my English, my German colleague said you answer faster in English :)

My trumpet came back from your repair (Ventile überholt) and now the second valve is
hängend, it sticks after 5 minutes playing. Before the repair it was okay! I have
concert on Saturday. If this is not fixed until Thursday I will bring all the instruments of
our orchestra to another Werkstatt, we are 14 brass players.

Oliver Krause
""", trap="mixed_language", lang="en", note="German customer writing English with German words; conditional threat")

m("Monika Fischer <monika.fischer@fischer-karten.example>", "Leuchtglobus – Kabel wird heiß",
  "safety,technical_issue", """\
Guten Tag,

der Leuchtglobus, den ich im Oktober bei Ihnen gekauft habe, riecht nach verschmortem
Kunststoff und das Kabel am Fuß wird so heiß, dass man es kaum anfassen kann. Ich habe ihn
sofort ausgesteckt. Bitte sagen Sie mir, ob es einen Rückruf gibt und wie ich ihn
zurückschicke.

Monika Fischer
""", note="overheating + recall question after hazard")

m("Hans-Peter Gruber <hp.gruber@gruber-alpin.example>", "Vorstand",
  "executive_contact,severe_dissatisfaction", """\
Guten Tag,

ich habe heute einen Brief an Ihren Vorstand geschickt, mit Kopie aller E-Mails seit Januar.
Was Sie sich mit meiner Maßsattel-Bestellung erlaubt haben, ist inakzeptabel und
eine Zumutung sondergleichen.

H.-P. Gruber
""")

m("Sandra Keller <sandra.keller@keller-home.example>", "Telefonnummer Hauptverwaltung",
  "corporate_contact_request", """\
Hallo, könnten Sie mir bitte die Telefonnummer Ihrer Hauptverwaltung geben? Nicht die
Hotline. Es geht um eine Beschwerde über eine Ihrer Praxen, die ich nicht über die Hotline
klären möchte.

Danke, Sandra Keller
""")

# looks_automated, with triggers
m("Uwe Hartung <uwe.hartung@hartung-tech.example>", "Abwesenheitsnotiz / Rechnung 2024-0417",
  "billing_dispute,cancellation_threat", """\
Ich bin vom 22.07. bis 09.08. nicht im Büro und habe nur eingeschränkt Zugriff auf meine
E-Mails. In dringenden Fällen wenden Sie sich bitte an Frau Ahrens (Tel. 555-3371).

Vorher noch, weil es mich wirklich ärgert: auf der Rechnung 2024-0417 für das Rätselheft-Abo
stehen 12 Ausgaben zu 6,50 €, geliefert wurden seit Januar aber nur 5. Wenn das nach meinem
Urlaub nicht korrigiert ist, kündige ich das Abo.

Uwe Hartung
""", trap="looks_automated", note="human OOO wording then complaint")

m("Buchhaltung Segelschule Ostwind <buchhaltung@segelschule-ostwind.example>", "Ihre Rechnung Nr. SM-8812",
  "billing_dispute,high_value_order", """\
Sehr geehrte Damen und Herren,

wir bestätigen den Eingang Ihrer Rechnung Nr. SM-8812 vom 30.09.2024 über 7.460,00 €.

Bei der Prüfung wurde festgestellt, dass die Position 4 (2 Spinnaker à 980,00 €) bereits
mit Rechnung SM-8790 berechnet und bezahlt wurde. Wir widersprechen daher dem Betrag von
1.960,00 € und bitten um eine korrigierte Rechnung. Bis dahin erfolgt keine Zahlung.

Mit freundlichen Grüßen
i. A. Nicole Brandt
Buchhaltung
""", trap="looks_automated", note="formal 'wir bestätigen den Eingang' opener; double-billed on 7.460")

# ---------------------------------------------------------------- negatives

m("Martina Wolf <martina.wolf@wolf-praxis.example>", "Neue Kollegin im Buchungssystem",
  "-", """\
Hallo,

ich bin die Praxismanagerin der Akupunkturpraxis Wolf. Wie kann ich eine neue Kollegin im
Buchungssystem anlegen, sodass Patienten ihre Termine online buchen können?

Viele Grüße
Martina Wolf
Praxismanagement
""", trap="job_title")

m("Gerhard Lang <gerhard.lang@lang-mail.example>", "AW: Reparatur Flügelhorn",
  "-", """\
Vielen Dank, das Flügelhorn ist heute angekommen und klingt wunderbar.

Gerhard Lang

Am 14.05.2024 um 09:12 schrieb Kundenservice <support@example.test>:
> Guten Tag Herr Lang, Ihr Instrument wurde heute versandt.
>
> > Am 10.05.2024 schrieb Gerhard Lang:
> > Ich schreibe jetzt zum dritten Mal. Wenn das Instrument nicht bis Freitag da ist,
> > schalte ich meinen Anwalt ein.
""", trap="quoted_threat")

m("Renate Busch <renate.busch@busch-home.example>", "WG: Beschwerde meiner Schwester",
  "-", """\
Hallo, meine Schwester hat mich gebeten, Ihnen das weiterzuleiten, sie hat kein E-Mail.
Ich selbst bin sehr zufrieden mit Ihren Schuhen.

Renate Busch

-----Ursprüngliche Nachricht-----
Von: Hildegard Busch
Gesendet: Montag, 3. Juni 2024 18:22
An: Renate Busch
Betreff: Schuhe

Die Einlagen drücken furchtbar, das ist eine Unverschämtheit. Ich will mein Geld zurück
und sonst gehe ich zur Verbraucherzentrale.
""", trap="forwarded_complaint")

m("Florian Baumann <florian.baumann@baumann-mail.example>", "Pausieren statt kündigen",
  "-", """\
Hallo,

ich will nicht kündigen, wir sind sehr zufrieden! Wir sind nur im August drei Wochen
verreist. Kann ich die Lieferungen für diese Zeit pausieren?

Gruß Florian
""", trap="negation")

m("Ute Sommer <ute.sommer@sommer-net.example>", "Frage zur Kündigungsfrist",
  "-", """\
Guten Tag,

wie lange ist die Kündigungsfrist beim Jahresabo der Rätselzeitschrift? Ich überlege, ob ich
nächstes Jahr auf die digitale Ausgabe umsteige.

Freundliche Grüße
Ute Sommer
""", trap="policy_question")

m("Dr. Lars Engel <lars.engel@engel-rechtsanwaelte.example>", "Bestellung Globus",
  "-", """\
Sehr geehrte Damen und Herren,

ich möchte den Standglobus „Antik 40 cm" für meine Kanzlei bestellen. Bitte senden Sie mir
eine Rechnung auf die Kanzlei, Lieferung an die unten stehende Adresse.

Mit freundlichen Grüßen
Dr. Lars Engel
Rechtsanwalt

--
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht
der richtige Adressat sind, informieren Sie bitte sofort den Absender. Das unerlaubte Kopieren
sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet und können rechtliche
Schritte nach sich ziehen.
""", trap="lawyer_customer", note="lawyer orders normally; disclaimer mentions rechtliche Schritte")

m("Jana Hofmann <jana.hofmann@hofmann-post.example>", "DSGVO-Unterlagen",
  "-", """\
Hallo,

wir möchten Ihre Buchungssoftware in unserer Praxis einsetzen. Können Sie uns einen
Auftragsverarbeitungsvertrag (AVV) schicken und bestätigen, dass die Daten in der EU
gespeichert werden? Ist die Software DSGVO-konform?

Jana Hofmann
""", trap="policy_question")

m("Klaus Richter <klaus.richter@richter-web.example>", "Großbestellung Segel",
  "-", """\
Guten Tag,

wir bestellen hiermit für unsere Segelschule 8 Großsegel und 8 Focks gemäß Angebot
A-2290 über 18.640,00 €. Bitte bestätigen Sie den Liefertermin. Wir freuen uns auf die
Zusammenarbeit!

Klaus Richter
""", trap="large_amount_no_problem")

m("Sonja Weber <sonja.weber@weber-familie.example>", "Lob für Frau Krämer",
  "-", """\
Liebes Team,

ich möchte mich herzlich bei Frau Krämer, Ihrer Filialleiterin, bedanken. Sie hat sich bei
der Anpassung meiner Maßschuhe unglaublich viel Zeit genommen. Bitte geben Sie das an ihre
Vorgesetzten weiter!

Sonja Weber
""", trap="praise_manager")

m("Peter Schulte <peter.schulte@schulte-mail.example>", "Termin absagen",
  "-", """\
Hallo, ich muss meinen Akupunkturtermin am Donnerstag um 16 Uhr leider absagen, ich bin
erkältet. Ich melde mich für einen neuen Termin. Danke!
""", trap="appointment_cancellation")

m("Tobias Krüger <tobias.krueger@krueger-it.example>", "Zwei-Faktor-Anmeldung",
  "-", """\
Hallo, wie aktiviere ich die Zwei-Faktor-Authentifizierung für mein Vereinskonto? Es ist
nichts passiert, ich möchte nur sicherer unterwegs sein.
""", trap="security_question")

m("Birgit Lorenz <birgit.lorenz@lorenz-home.example>", "Ein bisschen enttäuscht",
  "-", """\
Hallo,

die Jurte war schön und sauber, nur das Frühstück war etwas einfacher als auf den Fotos.
Ein bisschen enttäuscht waren wir schon, aber insgesamt ein netter Aufenthalt.

Birgit
""", trap="mild_disappointment")

# looks_automated, no trigger
m("Manfred Ebert <manfred.ebert@ebert-fahrrad.example>", "Automatische Antwort: Ihre Anfrage",
  "-", """\
Das hier ist keine automatische Antwort, auch wenn der Betreff so aussieht – mein
Mailprogramm hat ihn übernommen.

Ich wollte nur fragen, ob Sie auch Ledersättel für alte Rennräder aufarbeiten. Ich habe einen
von ca. 1965.

Manfred Ebert
""", trap="looks_automated")


# ---------------------------------------------------------------- more positives

m("Dr. Annette Wirth <annette.wirth@wirth-akupunktur.example>", "Gelöschte Behandlungsdokumentation",
  "data_loss,technical_issue,legal_threat", """\
Sehr geehrte Damen und Herren,

seit Ihrem Update vom Wochenende fehlen in unserer Praxissoftware sämtliche
Behandlungsdokumentationen vom 1. bis 20. März. Die Termine sind noch da, aber die
Dokumentationsfelder sind leer. Wir sind gesetzlich verpflichtet, diese Unterlagen
aufzubewahren.

Bitte stellen Sie die Daten bis Freitag aus Ihrer Sicherung wieder her. Unser Rechtsanwalt
prüft bereits Schadensersatzansprüche, falls das nicht möglich ist.

Dr. Annette Wirth
""", trap="buried_trigger")

m("Leonie Schäfer <leonie.schaefer@schaefer-mail.example>", "Beschwerde über Ihren Mitarbeiter – Anschrift der Geschäftsleitung",
  "discrimination_harassment,corporate_contact_request,executive_contact", """\
Guten Tag,

der Mitarbeiter in Ihrer Sattlerei, der am Dienstag meine Trense angenommen hat, hat mir danach
private Nachrichten auf Instagram geschrieben, mich nach meiner Adresse gefragt und, als ich
nicht geantwortet habe, mich als „eingebildete Zicke" beschimpft. Meine Telefonnummer hatte er
aus Ihrem Auftragsformular.

Ich möchte mich schriftlich an Ihre Geschäftsleitung wenden. Bitte nennen Sie mir deren
Postanschrift und Namen.

Leonie Schäfer
""", note="harassment by staff; asks for management address")

m("Karsten Vollmer <karsten.vollmer@vollmer-globen.example>", "Kartenzahlung im Shop geht nicht – seit gestern",
  "outage,technical_issue,media_threat", """\
Hallo,

seit gestern Nachmittag schlägt in Ihrem Onlineshop jede Kartenzahlung fehl („Zahlungsdienst
nicht erreichbar"), bei mir, bei meiner Frau, bei meinem Nachbarn. Eine andere Zahlungsart gibt es nicht.
Ich versuche seit zwei Tagen, den Globus für die Einschulung meines Sohnes zu bezahlen.

Wenn das heute nicht läuft, schreibe ich der Lokalzeitung, die hat letzte Woche schon über
Ihren Laden berichtet.

Karsten Vollmer
""")

m("Corinna Hellwig <corinna.hellwig@hellwig-reitsport.example>", "Rechnung 2024-311 – falscher Betrag",
  "billing_dispute", """\
Guten Tag,

Ihre Rechnung 2024-311 für die beiden Maßsättel lautet auf 5.000,00 €. Vereinbart waren laut
Angebot vom 12. März 4.600,00 € inklusive Anpassung, eine „Materialzulage" von 400 € war nie
die Rede. Bitte schicken Sie mir eine korrigierte Rechnung, dann überweise ich sofort.

Die Sättel selbst sind übrigens wunderbar geworden.

Corinna Hellwig
""", trap="exactly_5000", note="invoice exactly 5.000 EUR; disputed surcharge; no high_value")
