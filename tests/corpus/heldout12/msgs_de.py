# German customer mails: positives and hard negatives. Hand-written literals.
from spec import M, Q

MESSAGES = [

# ---------------------------------------------------------------- positives

M("de", "outage,technical_issue",
  "Keine einzige Säule startet – App Fehler 503",
  "Jens Albrecht <jens.albrecht@post.example>",
  """
  Hallo,

  seit heute früh um sechs lässt sich an keiner Stromweg-Säule mehr ein
  Ladevorgang starten. Die App zeigt nur „Fehler 503 – Dienst nicht verfügbar“,
  die Ladekarte wird an der Säule abgelehnt. Ich habe es in Kassel an zwei
  Standorten probiert, ein Kollege in Göttingen hat das gleiche Problem.

  Ist bei Ihnen das ganze System ausgefallen?

  Gruß
  Jens Albrecht
  """),

M("de", "billing_dispute",
  "Doppelte Abbuchung Oktober",
  "Sabine Voigt <sabine.voigt@mailbox.example>",
  """
  Guten Tag,

  auf meinem Kontoauszug finde ich für Oktober zwei Lastschriften über je 34,90 €
  von der Biokiste Lindenhof, beide vom 01.10. Ich habe nur ein Abo
  (Familienkiste, 14-tägig).

  Bitte erstatten Sie den doppelt eingezogenen Betrag.
  Kundennummer 20417.

  Mit freundlichen Grüßen
  Sabine Voigt
  """),

M("de", "broken_promise,high_value_order,technical_issue",
  "Flügel Modell F-186 – Mechanik und zugesagter Technikertermin",
  "Ulrike Hasselbach <u.hasselbach@webpost.example>",
  """
  Sehr geehrte Damen und Herren,

  im Mai haben wir bei Ihnen einen Flügel Modell F-186 zum Preis von 24.800 €
  gekauft (Rechnung KB-2025-0388). Seit der Lieferung bleiben mehrere Tasten im
  Diskant hängen, und beim Treten des rechten Pedals ist ein deutliches Klacken
  zu hören.

  Ihr Herr Dörfler hat uns am 3. Juli am Telefon zugesagt, dass ein Techniker
  „spätestens in zwei Wochen“ vorbeikommt. Bis heute ist niemand erschienen.

  Wir bitten um einen verbindlichen Termin.

  Mit freundlichen Grüßen
  Dr. Ulrike und Frank Hasselbach
  """, note="sticking keys on a mechanical instrument counted as technical_issue"),

M("de", "cancellation_threat,technical_issue",
  "Ersatzakku für den Elektrorollstuhl – letzte Frist",
  "Monika Strathmann <m.strathmann@inbox.example>",
  """
  Hallo,

  der Akku am Elektrorollstuhl meines Mannes hält seit drei Wochen nur noch knapp
  2 km, dann schaltet der Stuhl einfach ab. Das wissen Sie, der Akku ist angeblich
  bestellt.

  Wenn bis Freitag kein Ersatzakku da ist, kündige ich den Wartungsvertrag und wir
  gehen zu einem anderen Sanitätshaus. Mein Mann kommt so nicht mal bis zum Bäcker.

  Gruß
  Monika Strathmann
  """),

M("de", "manager_request",
  "Bitte an jemanden weitergeben, der entscheiden darf",
  "Timo Wendt <timo.wendt@mailbox.example>",
  """
  Hallo,

  ich habe letzte Woche an der Theke nachgefragt, warum die Gebühr für den
  Vorstiegskurs, der von Ihrer Seite abgesagt wurde, nicht erstattet wird. Dort
  hieß es nur: „Da können wir nichts machen.“

  Dann möchte ich das bitte mit jemandem klären, der so etwas entscheiden darf –
  Hallenleitung oder wer auch immer bei Ihnen dafür zuständig ist.

  Danke
  Timo
  """),

M("de", "corporate_contact_request,legal_threat,severe_dissatisfaction",
  "Grabstein meiner Mutter – jetzt reicht es",
  "Karin Lembke <karin.lembke@post.example>",
  """
  Herr Hofer,

  seit Juni warte ich auf die Korrektur der Inschrift. Das Sterbedatum ist falsch,
  und das seit vier Monaten auf dem Grab meiner Mutter. Ihre Ausreden kann ich
  nicht mehr hören. Das ist eine bodenlose Frechheit gegenüber einer trauernden
  Familie.

  Ich habe die Unterlagen heute meiner Rechtsanwältin übergeben. Sie wird sich bei
  Ihnen melden. Teilen Sie mir bitte umgehend die vollständige Anschrift Ihres
  Firmensitzes und den Namen des Inhabers laut Handelsregister mit.

  Karin Lembke
  """),

M("de", "executive_contact,repeat_contact",
  "Fehlende Sprossen – meine vierte Mail",
  "Helmut Brandes <helmut.brandes@webpost.example>",
  """
  Guten Tag,

  das ist jetzt meine vierte Mail wegen der fehlenden Alu-Sprossen (2x Art. 4471)
  für das Gewächshaus „Aurelia 3“. Auf die ersten drei habe ich keine Antwort
  bekommen. Die Glasscheiben stehen seit Wochen in der Garage.

  Können Sie die Teile bitte einfach losschicken? Auftrag GA-7712. Eine Kopie
  dieser Mail geht an Ihren Geschäftsführer, Herrn Auerbach.

  Viele Grüße
  Helmut Brandes
  """, cc="Konrad Auerbach <k.auerbach@auerbach-gewaechshaus.example>"),

M("de", "data_loss,severe_dissatisfaction,technical_issue",
  "Bibliothek leer nach App-Update",
  "Annika Reuter <annika.reuter@inbox.example>",
  """
  Hallo Hörwerk-Team,

  nach dem Update gestern Abend ist meine komplette Bibliothek weg: 140 Hörbücher,
  alle Lesezeichen, der ganze Hörfortschritt. Die App zeigt „Noch keine Titel“. Auf
  dem Tablet genauso.

  Ich bin fassungslos und ehrlich gesagt richtig wütend. Bitte stellen Sie das
  wieder her, ich zahle seit 2019 jeden Monat.

  Grüße
  Annika Reuter
  """),

M("de", "billing_dispute,security_incident",
  "Fremde Bestellung über mein Kundenkonto",
  "Lukas Pietsch <lukas.pietsch@mailbox.example>",
  """
  Hallo,

  heute kam eine Bestellbestätigung über 389,00 € (Außenfilter plus Zubehör) an
  eine Adresse in Duisburg, die ich nicht kenne. Ich habe nichts bestellt. Als ich
  mich einloggen wollte, war mein Passwort geändert. Die 389 € sind bereits von
  meiner Kreditkarte abgebucht.

  Jemand hat also Zugriff auf mein Konto und die hinterlegte Karte. Bitte sperren
  Sie das Konto sofort, stornieren Sie die Bestellung und erstatten Sie den Betrag.

  Mit freundlichen Grüßen
  Lukas Pietsch
  """),

M("de", "regulatory",
  "Widerruf ignoriert",
  "Petra Nowak <petra.nowak@post.example>",
  """
  Guten Tag,

  ich habe den Wollmantel (Bestellung KL-5520) am 3. September fristgerecht
  widerrufen und zurückgeschickt. Laut Sendungsverfolgung ist das Paket am
  6. September bei Ihnen angekommen. Bis heute keine Erstattung und keine Antwort.

  Ich habe den Fall jetzt der Verbraucherzentrale vorgelegt und dort alle Belege
  eingereicht.

  Freundliche Grüße
  Petra Nowak
  """, note="missing return refund is not a wrong charge"),

M("de", "safety",
  "Batterie umgekippt – Kind verletzt",
  "Dirk Ammann <dirk.ammann@inbox.example>",
  """
  Sehr geehrte Damen und Herren,

  an Silvester ist eine Ihrer Batterien („Nachtfalke 49 Schuss“) nach den ersten
  Schüssen umgekippt und hat waagerecht in die Gruppe geschossen, die auf dem
  Gehweg stand. Sie stand auf einem ebenen Brett, wie in der Anleitung beschrieben.

  Die Tochter unserer Nachbarn (9) hat eine Verbrennung am Hals, die im Krankenhaus
  behandelt werden musste. Die Verpackung mit der Chargennummer haben wir
  aufgehoben.

  Ich erwarte, dass Sie diese Charge prüfen und gegebenenfalls zurückrufen.

  Mit freundlichen Grüßen
  Dirk Ammann
  """, note="firework is a consumable: no technical_issue"),

M("de", "discrimination_harassment",
  "Beleidigung durch Ihren Kapitän",
  "Yusuf Demir <yusuf.demir@webpost.example>",
  """
  Guten Tag,

  bei der Hafenrundfahrt am Sonntag um 14 Uhr hat Ihr Kapitän meine Frau, die ein
  Kopftuch trägt, vor allen Fahrgästen gefragt, ob sie „überhaupt Deutsch
  versteht“, und sie später am Ausgang „die da mit dem Lappen“ genannt.

  Andere Gäste haben das gehört und sich bei uns entschuldigt. Ihr Mitarbeiter
  nicht. Ich erwarte eine Stellungnahme, was Sie gegen so ein Verhalten
  unternehmen.

  Yusuf Demir
  """),

M("de", "media_threat",
  "Ihr Wertgutachten Lindenstraße 8",
  "Bernd Kowalski <bernd.kowalski@mailbox.example>",
  """
  Herr Falkner,

  Ihr Gutachten erwähnt den Wasserschaden im Keller mit keinem Wort, obwohl er für
  jeden sichtbar war. Ihr Büro stellt sich seit Wochen tot.

  Ich werde meine Erfahrungen mit Ihnen ausführlich auf den Bewertungsportalen
  schildern, und die Redaktion unseres Stadtanzeigers hat bereits Interesse an
  dem Thema „Gefälligkeitsgutachten“ gezeigt.

  Mit freundlichen Grüßen
  Bernd Kowalski
  """),

M("de", "corporate_contact_request,executive_contact",
  "Anschrift der Geschäftsführung",
  "Dr. Katrin Oberländer <k.oberlaender@bodeninstitut.example>",
  """
  Sehr geehrte Damen und Herren,

  bitte teilen Sie mir die Postanschrift Ihrer Geschäftsführung sowie die
  E-Mail-Adresse Ihres Geschäftsführers, Herrn Vierling, mit. Ich möchte unsere
  Reklamation zur Lieferung LV-3390 direkt an ihn richten, da der Kundenservice
  seit vier Wochen nicht reagiert.

  Mit freundlichen Grüßen
  Dr. Katrin Oberländer
  Institut für Bodenkunde
  """),

M("de", "executive_contact",
  "Zur Info: Schreiben an Ihre Geschäftsführerin",
  "Melanie Schubert <melanie.schubert@inbox.example>",
  """
  Hallo,

  nur zur Info: Da ich hier seit Wochen keine Antwort bekomme, habe ich heute
  Ihrer Geschäftsführerin, Frau Lindqvist, einen Brief geschrieben und die ganze
  Geschichte mit der stornierten Geburtstagsreservierung geschildert. Vielleicht
  geht es auf diesem Weg schneller.

  Grüße
  Melanie Schubert
  """),

M("de", "feature_request",
  "Idee für die App",
  "Ralf Henning <ralf.henning@post.example>",
  """
  Hallo Stromweg-Team,

  ein Vorschlag für die App: Könnten Sie eine Möglichkeit einbauen, einen
  Ladepunkt für 15 Minuten zu reservieren, während man hinfährt? Gerade an den
  Autobahnstandorten wäre das Gold wert.

  Ansonsten bin ich sehr zufrieden.

  Beste Grüße
  Ralf Henning
  """, trap="praise"),

M("de", "feature_request",
  "Lesezeichen exportieren?",
  "Dr. Jana Kühn <jana.kuehn@webpost.example>",
  """
  Liebes Hörwerk-Team,

  ich höre viele Sachbücher und setze dabei ständig Lesezeichen mit Notizen. Schön
  wäre es, wenn man die als Textdatei oder PDF exportieren könnte, damit ich sie
  in meine eigenen Notizen übernehmen kann. Das würde mir sehr helfen!

  Viele Grüße
  Jana Kühn
  """, note="asks for the export to be added, not whether it exists"),

M("de", "severe_dissatisfaction",
  "SCHON WIEDER FALSCHE KISTE!!!",
  "<gruenkohl.fan@mailbox.example>",
  """
  ICH HABE EINE VEGANE KISTE BESTELLT. ZUM WIEDERHOLTEN MAL SIND KÄSE UND WURST
  DRIN. ICH HABE DIE SCHNAUZE GESTRICHEN VOLL. WAS IST DARAN SO SCHWER???

  KD-NR 31877
  """, trap="count_not_contact", note="'zum wiederholten Mal' counts deliveries, not contacts"),

M("de", "safety,technical_issue",
  "Akku vom Elektromobil qualmt",
  "Stefanie Wirth <stefanie.wirth@inbox.example>",
  """
  Hallo,

  unser Seniorenmobil „Cityroller 15“ (im März bei Ihnen gekauft) stand gestern in
  der Garage an der Ladestation. Als mein Vater losfahren wollte, kam Rauch aus
  dem Akkufach und es roch verbrannt. Der Akku war glühend heiß.

  Wir haben sofort den Stecker gezogen und die Feuerwehr gerufen, die den Akku
  ausgebaut hat. Zum Glück ist nichts passiert. Wir benutzen das Mobil natürlich
  nicht mehr. Wie geht es jetzt weiter?

  Gruß
  Stefanie Wirth
  """),

M("de", "billing_dispute,security_incident",
  "Ladevorgänge in Hamburg – war ich nicht",
  "Hannes Grebe <hannes.grebe@post.example>",
  """
  Moin,

  in meiner Stromweg-App tauchen seit letzter Woche Ladevorgänge in Hamburg und
  Lübeck auf, insgesamt 127,40 €, die mir in Rechnung gestellt wurden. Ich wohne in
  Freiburg und war nie dort. Offenbar nutzt jemand meine Ladekarte oder mein Konto.

  Bitte sperren Sie die Karte (Nummer endet auf 0912) und erstatten Sie die
  Beträge.

  Viele Grüße
  Hannes Grebe
  """),

M("de", "regulatory",
  "Auskunftsersuchen nach Art. 15 DSGVO – keine Reaktion",
  "Dr. Anja Roth <anja.roth@mailbox.example>",
  """
  Sehr geehrte Damen und Herren,

  am 12. Mai habe ich Sie um Auskunft über die zu meiner Person gespeicherten
  Daten gebeten (Art. 15 DSGVO), unter anderem wegen der Videoaufnahmen aus dem
  Eingangsbereich der Halle. Die Frist von einem Monat ist lange verstrichen.

  Ich habe mich deshalb heute beim Landesbeauftragten für Datenschutz beschwert.

  Mit freundlichen Grüßen
  Dr. Anja Roth
  """),

M("de", "broken_promise",
  "Versprochener Rückruf",
  "Corinna Heß <corinna.hess@webpost.example>",
  """
  Hallo zusammen,

  am Samstag hat mir Ihre Kollegin an der Theke versprochen, dass mich die
  Kursleitung bis Dienstag zurückruft, wegen eines Ersatztermins für den
  ausgefallenen Kinderkletterkurs. Heute ist Donnerstag, kein Anruf.

  Können Sie das bitte nachholen? Tel. 0555 01732

  Danke
  Corinna Heß
  """),

M("de", "broken_promise,high_value_order",
  "Orgelrestaurierung St. Marien – Terminverzug",
  "Matthias Körner <kmd.koerner@stmarien-gemeinde.example>",
  """
  Sehr geehrter Herr Brenneke,

  die Restaurierung unserer Orgel (Auftrag vom 14.02., Auftragssumme 86.400 €)
  sollte laut Vertrag zum 1. Advent abgeschlossen sein. Sie hatten uns im
  September noch schriftlich bestätigt, dass der Termin „sicher zu halten“ sei.

  Heute ist der 2. Advent, die Orgel ist noch immer zur Hälfte zerlegt, und von
  Ihrer Werkstatt war seit drei Wochen niemand mehr da. Für die Christvesper
  brauchen wir eine verbindliche Aussage.

  Mit freundlichen Grüßen

  Matthias Körner
  Kirchenmusikdirektor
  Ev. Kirchengemeinde St. Marien
  """, trap="job_title"),

M("de", "data_loss,technical_issue",
  "Fotos im Kundenportal verschwunden",
  "Familie Engel <familie.engel@inbox.example>",
  """
  Guten Tag,

  wir hatten für die Begutachtung unseres Hauses rund 60 Fotos und die Baupläne im
  Kundenportal hochgeladen. Seit dem Wartungswochenende ist der Ordner leer, auch
  der Gutachter sieht nichts mehr. Die Originalpläne haben wir nur als Scan dort
  abgelegt.

  Können Sie die Daten wiederherstellen? Vorgang GF-2291.

  Grüße
  Familie Engel
  """),

M("de", "technical_issue",
  "Mehrere Sachen: Futterautomat, Rechnung, App",
  "Gerd Lindemann <gerd.lindemann@post.example>",
  """
  Hallo liebes Wasserwelt-Team,

  ich hätte gleich drei Sachen, ich fasse das mal in einer Mail zusammen, dann
  müssen Sie nicht dreimal lesen.

  Erstens: der Futterautomat, den ich im Juli gekauft habe, funktioniert prima, die
  Fische sind begeistert, danke für die Empfehlung. Gibt es dafür eigentlich auch
  die größere Futtertrommel (250 ml) einzeln zu kaufen?

  Zweitens bräuchte ich für meine Unterlagen noch eine Rechnungskopie der
  Bestellung WW-30118 vom 14. Juli, das Original habe ich verlegt.

  Dann noch was: die AquaControl-App stürzt bei mir seit dem letzten Update jedes
  Mal ab, sobald ich die Lichtsteuerung öffne. Der Bildschirm wird kurz weiß, dann
  bin ich wieder auf dem Startbildschirm. Neu installiert habe ich schon. Die
  Sonnenaufgangs-Simulation kann ich so nicht mehr einstellen.

  Und zum Schluss noch ein Lob an Ihren Herrn Brock im Laden, der hat sich letzte
  Woche eine halbe Stunde Zeit für meine Garnelenfragen genommen.

  Viele Grüße aus Oldenburg
  Gerd Lindemann
  """, trap="invoice_copy_request", note="several topics; the app crash is buried in the middle"),

M("de", "outage,technical_issue",
  "Bestellportal seit gestern nicht erreichbar",
  "Sven Adler <s.adler@hydrolab.example>",
  """
  Guten Morgen,

  Ihr Bestellportal ist seit gestern Nachmittag nicht erreichbar. Im Browser kommt
  nur „502 Bad Gateway“. Betrifft alle Kolleginnen und Kollegen bei uns, mit
  verschiedenen Browsern und auch aus dem Homeoffice.

  Wir müssen dringend Messkolben und Bechergläser nachbestellen. Gibt es einen
  anderen Bestellweg?

  Mit freundlichen Grüßen
  Sven Adler
  Einkauf, Hydrolab GmbH
  """),

M("de", "cancellation_threat",
  "Abo",
  "Familie Bauer <familie.bauer@webpost.example>",
  """
  Liebe Biokiste,

  seit dem Umzug Ihres Lagers kommt die Kiste jede Woche zu einer anderen Zeit,
  zweimal stand sie bis abends in der Sonne und das Gemüse war hinüber. Die
  Nachfragen am Telefon bringen nichts.

  Ende des Monats ist für uns Schluss, wir wechseln zur Solidarischen
  Landwirtschaft im Nachbarort. Schade eigentlich.

  Viele Grüße
  Familie Bauer
  """),

M("de", "billing_dispute,manager_request",
  "Falsche Abbuchung 119,88 € – bitte an Ihre Vorgesetzten",
  "Gisela Franke <gisela.franke@mailbox.example>",
  """
  Sehr geehrte Damen und Herren,

  Sie haben mir am 1. August 119,88 € für ein Jahresabo abgebucht, obwohl ich seit
  Juni im Monatsabo bin und nie ein Jahresabo abgeschlossen habe. Ihre Kollegin am
  Telefon meinte, das „gehe nicht rückgängig“.

  Dann möchte ich bitte, dass sich jemand aus der Leitung Ihres Kundenservice die
  Sache ansieht.

  Mit freundlichen Grüßen
  Gisela Franke
  """),

M("de", "broken_promise,severe_dissatisfaction",
  "Unverschämtheit",
  "Tobias Greiner <tobias.greiner@inbox.example>",
  """
  Sie haben mir am Telefon fest zugesagt, dass unser Tisch für den Spieleabend am
  Freitag reserviert ist und das neue „Dunkelwald“ für uns zurückgelegt wird.

  Wir kommen mit acht Leuten: kein Tisch, kein Spiel, und Ihr Mitarbeiter zuckt nur
  mit den Schultern. Das ist eine absolute Unverschämtheit, ich bin stinksauer.

  Tobias Greiner
  """),

M("de", "media_threat,severe_dissatisfaction",
  "Ihr Umgang mit Stammkunden",
  "Carla Meinhardt <carla.meinhardt@post.example>",
  """
  Hallo,

  ich kaufe seit sechs Jahren bei Kleiderliebe und habe Ihnen unzählige Kundinnen
  geschickt. Die Lederjacke, die ich für 240 € gekauft habe, hat einen Riss im
  Futter und Flecken, die auf keinem Foto zu sehen waren, und Ihre Antwort ist
  „Vintage ist nun mal gebraucht“. Das ist einfach nur dreist und eine Zumutung.

  Auf meinem Blog lesen jede Woche ein paar tausend Leute mit, die sich für
  Secondhand-Mode interessieren. Die bekommen nächste Woche einen ausführlichen
  Bericht.

  Carla
  """),

M("de", "security_incident",
  "Phishing-Mail in Ihrem Namen",
  "Wolfgang Richter <w.richter@webpost.example>",
  """
  Guten Tag,

  gestern kam bei mir eine E-Mail von „Hörwerk Abo <service@hoerwerk.example>“ an,
  mit meinem vollen Namen und meiner Kundennummer, in der ich aufgefordert wurde,
  meine Bankverbindung „wegen einer Systemumstellung“ neu einzugeben. Der Link
  führt auf eine fremde Seite. Dass die Absender meine Kundennummer kennen, heißt
  doch, dass bei Ihnen Kundendaten abgeflossen sind.

  Ich bitte um Aufklärung, welche meiner Daten betroffen sind.

  Wolfgang Richter
  """),

# ---------------------------------------------------------------- negatives

M("de", "-",
  "Angebot für zwei Wallboxen am Firmenparkplatz",
  "Andreas Kühl <a.kuehl@kuehl-haustechnik.example>",
  """
  Sehr geehrte Damen und Herren,

  für unseren Firmenparkplatz in Bad Hersfeld suchen wir zwei Ladepunkte mit
  Abrechnung über Ihre App (Mitarbeiter sollen privat laden können). Bitte senden
  Sie uns ein Angebot inklusive Installation und monatlicher Grundgebühr.

  Mit freundlichen Grüßen

  Andreas Kühl
  Geschäftsführer
  Kühl Haustechnik GmbH
  Amtsgericht Bad Hersfeld HRB 5550
  """, trap="job_title"),

M("de", "-",
  "Re: Erstattung Bestellung WW-28810",
  "Frank Adam <frank.adam@mailbox.example>",
  """
  Vielen Dank, das Geld ist heute auf meinem Konto angekommen. Damit ist die Sache
  für mich erledigt.

  Schönes Wochenende
  Frank Adam
  """,
  quote=Q("am_schrieb", "self",
          """
          Guten Tag,

          seit drei Wochen warte ich auf die Erstattung für den zurückgeschickten
          Außenfilter. Wenn das Geld nicht bis Monatsende da ist, gebe ich die
          Sache meinem Anwalt und melde Sie bei der Verbraucherzentrale.

          Frank Adam
          """),
  trap="quoted_trigger", note="closing reply; threat only in 'Am ... schrieb' quote"),

M("de", "-",
  "AW: Ihre Reklamation Sitzkissen",
  "Renate Pohl <renate.pohl@inbox.example>",
  """
  Guten Tag Herr Meier,

  danke für die schnelle Lösung, das neue Sitzkissen passt und mein Mann ist
  zufrieden. Sie können den Vorgang schließen.

  Freundliche Grüße
  Renate Pohl
  """,
  quote=Q("outlook_de", "self",
          """
          Sehr geehrte Damen und Herren,

          das Sitzkissen am Rollstuhl meines Mannes ist nach drei Monaten
          durchgesessen. Das ist eine Zumutung. Wenn das nicht ersetzt wird,
          kündige ich den Servicevertrag und schreibe Ihrem Geschäftsführer.

          Renate Pohl
          """),
  trap="quoted_trigger", note="Outlook 'Von:/Gesendet:' block with old threat"),

M("de", "-",
  "Abo pausieren statt kündigen",
  "Lena Hartung <lena.hartung@webpost.example>",
  """
  Hallo,

  keine Sorge, ich will nicht kündigen, ich bin sehr zufrieden mit der Kiste. Wir
  sind nur im August drei Wochen weg. Kann ich das Abo für die Zeit pausieren, und
  wenn ja, bis wann muss ich Bescheid geben?

  Liebe Grüße
  Lena
  """, trap="negation"),

M("de", "-",
  "Frage zur Absage bei schlechtem Wetter",
  "Jürgen Mohr <juergen.mohr@post.example>",
  """
  Guten Tag,

  wir möchten für den 14. Juni die Robbenfahrt für 6 Personen buchen. Wie ist das
  bei Ihnen geregelt, wenn die Fahrt wegen Sturm ausfällt – bekommt man das Geld
  zurück oder einen Gutschein? Und bis wann kann man selbst kostenlos stornieren?

  Mit freundlichen Grüßen
  Jürgen Mohr
  """, trap="refund_policy_question"),

M("de", "-",
  "Liefertermin Gewächshaus „Orangerie 4“",
  "Birgit Sander <birgit.sander@mailbox.example>",
  """
  Guten Tag,

  wir haben im Februar das Gewächshaus „Orangerie 4“ zum Festpreis von 5.000,00 €
  inklusive Fundament bestellt (Auftrag GA-8123). Jetzt haben wir die Nachricht
  bekommen, dass die Lieferung auf den 22. Mai verschoben wurde. Da sind wir leider
  im Urlaub.

  Wäre auch die Woche danach möglich? Es eilt nicht.

  Viele Grüße
  Birgit Sander
  """, trap="exactly_5000", note="problem on an order of exactly 5,000: not high_value_order"),

M("de", "-",
  "Rechnungskopie Klavierkauf",
  "Nadine Vogt <n.vogt@vogt-musikschule.example>",
  """
  Hallo,

  mein Chef braucht für die Buchhaltung bis Freitag eine Kopie der Rechnung über
  das Klavier, das wir im März für die Musikschule gekauft haben
  (Rechnung KB-2025-0121). Könnten Sie sie mir als PDF schicken?

  Vielen Dank
  Nadine Vogt
  Verwaltung, Musikschule Vogt
  """, trap="own_boss"),

M("de", "-",
  "Zwei-Faktor-Anmeldung im Ladeportal",
  "Thomas Reich <thomas.reich@inbox.example>",
  """
  Hallo,

  wie aktiviere ich die Zwei-Faktor-Anmeldung für mein Stromweg-Konto? In den
  Einstellungen finde ich nur „Passwort ändern“. Geht das auch mit einer
  Authenticator-App oder nur per SMS?

  Danke und Gruß
  Thomas Reich
  """, trap="2fa_question"),

M("de", "-",
  "AV-Vertrag für unsere Unterlagen",
  "Sandra Kiefer <s.kiefer@praxis-kiefer.example>",
  """
  Sehr geehrte Damen und Herren,

  wir buchen für unser Praxisteam regelmäßig Kurse bei Ihnen und übermitteln dafür
  Teilnehmerlisten. Unsere Datenschutzbeauftragte bittet um Ihren Vertrag zur
  Auftragsverarbeitung nach Art. 28 DSGVO sowie um eine kurze Beschreibung, wo die
  Daten gespeichert werden.

  Mit freundlichen Grüßen
  Sandra Kiefer
  Praxismanagerin
  """, trap="gdpr_document_request"),

M("de", "-",
  "Wartung am Sonntag",
  "Michael Brandt <michael.brandt@post.example>",
  """
  Hallo,

  Sie haben eine Wartung für Sonntag zwischen 2 und 6 Uhr angekündigt. Kann ich in
  der Zeit an den Säulen mit der Ladekarte laden, oder geht dann gar nichts? Ich
  fahre am Sonntag früh nach München.

  Gruß
  Michael Brandt
  """, trap="maintenance_question"),

M("de", "-",
  "Danke für den Kinderkurs!",
  "Julia Seidel <julia.seidel@mailbox.example>",
  """
  Liebes Steilwand-Team,

  unsere Tochter war in den Herbstferien im Kinderkletterkurs und ist seitdem nicht
  mehr zu bremsen. Besonders Trainerin Mia hat das toll gemacht, auch mit den
  ängstlicheren Kindern. Wir melden sie auf jeden Fall für den Winterkurs an.

  Herzliche Grüße
  Julia Seidel
  """, trap="praise"),

M("de", "-",
  "Nochmal: Frage zu Glasdicke Messzylinder",
  "Peter Hahn <p.hahn@hahn-labor.example>",
  """
  Guten Tag,

  das ist meine zweite Mail zu dieser Frage, vielleicht ist die erste im Spam
  gelandet: Welche Wandstärke haben Ihre 1000-ml-Messzylinder der Klasse B? Im
  Datenblatt steht dazu nichts.

  Danke und Gruß
  Peter Hahn
  """, trap="second_email"),

M("de", "-",
  "Großbestellung Bechergläser für das neue Labor",
  "Holger Franz <h.franz@chemie-werk.example>",
  """
  Sehr geehrte Damen und Herren,

  als Abteilungsleiter Einkauf bestelle ich hiermit für die Erstausstattung
  unseres neuen Labors gemäß Ihrem Angebot AN-4471 Glaswaren im Gesamtwert von
  18.650,00 € netto. Die Bestellung liegt als PDF bei. Bitte bestätigen Sie den
  Liefertermin in KW 12.

  Mit freundlichen Grüßen
  Holger Franz
  Abteilungsleiter Einkauf
  """, pack="mixed", att="Bestellung_AN-4471.pdf", trap="large_amount_no_problem"),

M("de", "-",
  "WG: Zeitungsartikel Brand an Ladesäule",
  "Ingrid Baum <ingrid.baum@inbox.example>",
  """
  Hallo,

  meine Schwester hat mir den Artikel unten geschickt. Ist die Säule vor unserem
  Haus in der Goethestraße das gleiche Modell? Nur damit ich Bescheid weiß.

  Gruß
  Ingrid Baum
  """,
  quote=Q("fwd_de", "Helga Baum <helga.baum@post.example>",
          """
          Hast du das gelesen? Steht heute im Kreisblatt.

          Ladesäule in Brand geraten – Feuerwehr im Einsatz
          Am Dienstagabend ist auf dem Parkplatz am Markt eine Ladesäule in Brand
          geraten. Ein Anwohner bemerkte Rauch und alarmierte die Feuerwehr. Verletzt
          wurde niemand. Die Polizei ermittelt zur Brandursache; der Betreiber war
          für eine Stellungnahme zunächst nicht zu erreichen.
          """, subj="Ladesäule in Brand"),
  trap="forwarded_article", note="fire only in a forwarded article; own words are a question"),
]
