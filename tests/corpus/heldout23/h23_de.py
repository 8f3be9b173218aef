# German customer mail (positives and hard negatives), heldout23.
# One hand-written block per message. Keys as in h23_en_pos.py.

MESSAGES = []

# --- positives ---
MESSAGES += [
dict(f=("Katharina Roloff", "k.roloff@tanzstudio-roloff.example"), ind="ballet",
     s="Abwesend bis 3. Juni \u2013 Reklamation",
     t="repeat_contact",
     trap="looks_automated", note="eigene Abwesenheitsnotiz, dann Reklamation",
     b="""\
Ich bin bis einschließlich 3. Juni nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an unser Studiotelefon.

Trotzdem noch schnell, weil es nicht warten kann: Ich schreibe Ihnen jetzt zum dritten Mal wegen der Spitzenschuhe aus Bestellung 40-2281. Geliefert wurden Größe 36 schmal statt 36,5 breit, und auf meine beiden vorherigen Mails kam nur die Eingangsbestätigung. Die Prüfung der Schülerinnen ist am 8.

Katharina Roloff
Tanzstudio Roloff
"""),

dict(f=("Buchhaltung Brenner Logistik", "buchhaltung@brenner-logistik.example"), ind="vending",
     s="AW: Ihre Rechnung 2025-0412",
     t="billing_dispute,cancellation_threat",
     trap="looks_automated", note="beginnt wie Eingangsbestätigung",
     b="""\
Vielen Dank für Ihre E-Mail. Wir haben Ihre Rechnung erhalten.

Allerdings ist die Automatenmiete für April darin zweimal aufgeführt (2 x 312,00 EUR), einmal als "Miete" und einmal als "Servicepauschale Miete". Das ist dieselbe Leistung. Bitte senden Sie uns eine korrigierte Rechnung.

Das ist übrigens schon die zweite fehlerhafte Rechnung in diesem Jahr. Wenn das so weitergeht, werden wir den Vertrag zum Jahresende kündigen.

Mit freundlichen Grüßen
Jana Weißmann
Buchhaltung
"""),

dict(f=("Ulrich Behrens", "ulrich.behrens@mailbox.example"), ind="cathotel",
     s="WG: Unzustellbar: Katzenkamera",
     t="outage,technical_issue",
     trap="looks_automated", note="leitet Unzustellbar-Meldung weiter, eigene Beschwerde oben",
     b="""\
Hallo,

ich wollte Ihnen gestern an kamera@ schreiben und bekam nur die Meldung unten zurück. Also nochmal hier: Ihr ganzes Kundenportal ist seit gestern Mittag nicht erreichbar. Weder die Katzenkamera noch die Buchungsübersicht noch der Login funktionieren, es kommt nur "503 Service Unavailable". Meine Frau und ich sind im Urlaub und würden gern sehen, wie es unserem Kater geht.

Gruß
Ulrich Behrens

-------- Weitergeleitete Nachricht --------
Betreff: Unzustellbar: Katzenkamera
Datum: Sat, 12 Jul 2025 14:03:11 +0200
Von: Mail Delivery System <MAILER-DAEMON@mx.example.test>

Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:
kamera@example.test
Der Empfänger ist unbekannt.
"""),

dict(f=("Weingut Hahnenkamm", "info@weingut-hahnenkamm.example"), ind="vineyard",
     s="Vollernter seit Lesebeginn defekt – Mietvertrag 12.500 EUR",
     t="high_value_order,legal_threat,technical_issue",
     trap="-", note="Vertrag 12.500 EUR, Anwalt",
     b="""\
Sehr geehrte Damen und Herren,

der von Ihnen gemietete Traubenvollernter (Mietvertrag WR-118, Saisonmiete 12.500 EUR netto) ist seit dem zweiten Lesetag nicht mehr einsatzbereit. Die Schüttelstäbe bleiben nach wenigen Minuten stehen, das Display zeigt "Fehler Hydraulik 47". Ihr Techniker war zweimal da und konnte den Fehler nicht beheben.

Wir haben inzwischen Lesehelfer zu erheblichen Mehrkosten eingestellt. Wir behalten uns vor, diese Kosten geltend zu machen, und haben unseren Anwalt bereits gebeten, den Mietvertrag zu prüfen.

Mit freundlichen Grüßen
Martin Hahnenkamm
"""),

dict(f=("Sabine Krüger", "sabine.krueger@mailbox.example"), ind="magic",
     s="Abo, das ich nie abgeschlossen habe",
     t="billing_dispute,regulatory",
     trap="-", note="Verbraucherzentrale",
     b="""\
Guten Tag,

ich habe im Februar EINMAL einen Zauberkasten für meinen Sohn bei Ihnen bestellt. Seitdem buchen Sie jeden Monat 19,90 EUR für einen "Zauberclub" ab, den ich nie abgeschlossen habe. Bisher dreimal.

Ich möchte die 59,70 EUR zurück und den Club sofort beendet haben. Den Vorgang habe ich heute der Verbraucherzentrale gemeldet, dort kennt man solche Abo-Fallen offenbar schon.

Sabine Krüger
"""),

dict(f=("Dr. Anja Feldhaus", "anja.feldhaus@mailbox.example"), ind="fencing",
     s="Fotos meiner Tochter auf der Vereinsseite",
     t="regulatory",
     trap="-", note="Datenschutzbehörde",
     b="""\
Sehr geehrter Vorstand,

auf der Vereinswebseite und auf Instagram sind seit dem Turnier im März mehrere Fotos meiner Tochter (12) mit vollem Namen veröffentlicht. Eine Einwilligung haben wir nie gegeben, im Gegenteil: Wir haben bei der Anmeldung ausdrücklich "keine Fotos" angekreuzt.

Ich habe mich deshalb heute beim Landesbeauftragten für Datenschutz beschwert. Bitte entfernen Sie die Bilder umgehend.

Dr. Anja Feldhaus
"""),

dict(f=("Heinz Oberholzer", "h.oberholzer@mailbox.example"), ind="shearing",
     s="Schur am Montag",
     t="manager_request,severe_dissatisfaction",
     trap="-", note="-",
     b="""\
Was Ihre Leute am Montag bei mir abgeliefert haben ist eine bodenlose Unverschämtheit. Drei Stunden zu spät, die Hälfte der Schafe mit Schnittwunden, die Wolle in den Dreck geworfen. So etwas habe ich in dreißig Jahren nicht erlebt.

Ich will mit Ihrem Vorgesetzten sprechen, nicht mit dem Büro. Telefon 0151 5550 8812.

H. Oberholzer
"""),

dict(f=("Gemeinde St. Agnes", "pfarrbuero@st-agnes-moosbach.example"), ind="clocktower",
     s="Turmuhr geht seit Wartung falsch – bitte an vorgesetzte Stelle weitergeben",
     t="manager_request,technical_issue",
     trap="-", note="-",
     b="""\
Sehr geehrte Damen und Herren,

seit der Wartung am 14. April geht unsere Turmuhr jeden Tag etwa acht Minuten nach, und das Vollgeläut zum Angelus setzt unregelmäßig aus. Ihr Techniker war zweimal vor Ort, der Fehler tritt aber immer wieder auf.

Der Kirchenvorstand bittet darum, die Angelegenheit an eine vorgesetzte Stelle in Ihrem Haus weiterzugeben. Wir hätten gerne eine verbindliche Aussage, wann das behoben wird.

Mit freundlichen Grüßen
Monika Sauer
Pfarrbüro St. Agnes
"""),

dict(f=("Jörg Pfannenstiel", "joerg.pfannenstiel@mailbox.example"), ind="knives",
     s="Adresse Firmensitz + Mail Geschäftsführer",
     t="corporate_contact_request,executive_contact",
     trap="-", note="will an GF schreiben",
     b="""\
Hallo,

bitte schicken Sie mir die Anschrift Ihres Firmensitzes und die E-Mail-Adresse Ihres Geschäftsführers. Ich möchte ihm direkt schreiben, was an Ihrem Schleifwagen letzten Samstag passiert ist.

Danke
J. Pfannenstiel
"""),

dict(f=("Ramona Vettel", "r.vettel@vettel-immobilien.example"), ind="hedge",
     s="Kontakt Rechtsabteilung",
     t="corporate_contact_request",
     trap="-", note="-",
     b="""\
Guten Tag,

könnten Sie mir bitte die Kontaktdaten Ihrer Rechtsabteilung bzw. der zuständigen Stelle in der Zentrale nennen? Es geht um die Baumfällung in der Lindenallee 7 und die Abstimmung mit der Eigentümergemeinschaft. Die Hotline konnte mir nicht weiterhelfen.

Freundliche Grüße
Ramona Vettel
Hausverwaltung Vettel
"""),

dict(f=("Tobias Mertens", "tobias.mertens@mailbox.example"), ind="records",
     s="Testpressungen – Vorstand in CC",
     t="broken_promise,executive_contact",
     trap="-", note="Vorstand in Kopie",
     cc=[("Dr. Helga Brandt", "h.brandt@example.test")],
     b="""\
Hallo zusammen,

am 3. Mai wurde mir schriftlich zugesagt, dass die Testpressungen für unser Album spätestens am 20. Mai bei uns sind. Heute ist der 2. Juni. Keine Pressungen, keine Nachricht.

Ich habe deshalb Frau Dr. Brandt aus Ihrem Vorstand in Kopie gesetzt. Vielleicht bewegt sich dann etwas.

Tobias Mertens
Label "Nachtfalter"
"""),

dict(f=("Lukas Hemmerling", "lukas.hemmerling@mailbox.example"), ind="drones",
     s="Account gehackt??",
     t="security_incident",
     trap="-", note="-",
     b="""\
hi,

jemand hat sich in meinen Liga-Account eingeloggt und meine Mail-Adresse geändert, ich hab nur noch die Benachrichtigung "Ihre E-Mail-Adresse wurde geändert" bekommen und komm jetzt selber nicht mehr rein. Dort sind meine Bankdaten für die Preisgelder hinterlegt!! bitte sperrt den Account sofort

Lukas (Pilot #0417)
"""),

dict(f=("Nele Árnadóttir", "nele@polarlicht-musik.example"), ind="records",
     s="Phishing-Mail von Ihrer Adresse",
     t="security_incident",
     trap="-", note="-",
     b="""\
Hallo,

ich habe heute eine Mail von Ihrer offiziellen Auftragsadresse bekommen, mit meiner Auftragsnummer und meinem Namen, in der ich gebeten werde, die Restzahlung an eine "neue Bankverbindung" in Litauen zu überweisen. Das Impressum in der Mail ist Ihres. Ich vermute, dass Ihr Mailsystem kompromittiert ist oder Kundendaten abgeflossen sind.

Ich habe natürlich nichts überwiesen. Bitte prüfen Sie das dringend.

Nele Árnadóttir
"""),

dict(f=("Keramikwerkstatt Blau", "werkstatt@keramik-blau.example"), ind="kiln",
     s="Brennprotokolle weg nach App-Update",
     t="data_loss,technical_issue",
     trap="-", note="-",
     b="""\
Hallo,

nach dem gestrigen App-Update sind sämtliche Brennprotokolle der letzten zwei Jahre aus der Ofen-App verschwunden. Die Liste ist leer, auch auf dem Tablet meiner Kollegin. Die Programme selbst sind noch da, aber die Protokolle brauchen wir für unsere Glasurversuche und für die Kurse.

Gibt es eine Möglichkeit, die wiederherzustellen?

Viele Grüße
Ines Blau
"""),

dict(f=("Miriam Hofstetter", "miriam.hofstetter@mailbox.example"), ind="cathotel",
     s="Impfpass verschwunden",
     t="data_loss,technical_issue",
     trap="-", note="-",
     b="""\
Hallo liebes Katzenhotel-Team,

ich hatte im Januar den Impfpass und das Attest von Filou im Kundenkonto hochgeladen. Jetzt steht dort "keine Dokumente vorhanden" und die Buchung für August wird nicht bestätigt, weil der Impfnachweis fehlt. Das Original liegt beim Tierarzt, ich hab nur den Scan gehabt, den ich dummerweise danach gelöscht habe.

Können Sie nachsehen, ob das irgendwo noch gespeichert ist?

Liebe Grüße
Miriam
"""),

dict(f=("Frank Düsterhöft", "f.duesterhoeft@kanzlei-nord.example"), ind="vending",
     s="Alle Automaten: Kartenzahlung tot",
     t="outage,technical_issue",
     trap="-", note="Kanzlei als Kunde, keine Drohung",
     b="""\
Guten Morgen,

an allen vier Automaten bei uns (und laut unserer Niederlassung in Lübeck auch dort) funktioniert seit ca. 7 Uhr keine Kartenzahlung mehr. Display: "Zahlungsdienst nicht verfügbar". Bargeld geht.

Bitte um kurze Rückmeldung, ob das bei Ihnen bekannt ist.

Frank Düsterhöft
Büroleitung
"""),

dict(f=("Elke Wunderlich", "elke.wunderlich@mailbox.example"), ind="hedge",
     s="Rechnung 7731 – falsche Stunden",
     t="billing_dispute,legal_threat",
     trap="conditional_threat", note="-",
     b="""\
Sehr geehrte Damen und Herren,

Ihre Rechnung 7731 berechnet 9 Arbeitsstunden für den Heckenschnitt am 12. Mai. Ihre zwei Mitarbeiter waren von 8:15 bis 11:30 bei uns, das sind zusammen 6,5 Stunden. Die Nachbarin kann das bestätigen.

Ich bitte um Korrektur. Sollte ich wieder nur eine Standardantwort bekommen, werde ich die Sache meinem Anwalt übergeben.

Elke Wunderlich
"""),

dict(f=("Deniz Yıldırım", "deniz.yildirim@mailbox.example"), ind="fencing",
     s="Kündigung wegen Trainer",
     t="cancellation_threat,discrimination_harassment",
     trap="-", note="-",
     b="""\
Hallo,

hiermit kündige ich meine Mitgliedschaft und die meines Bruders zum nächstmöglichen Zeitpunkt.

Grund: Der Säbeltrainer hat uns beide jetzt mehrfach vor der Gruppe wegen unserer Herkunft "beleidigt", so nennt er das Spaß. Sprüche über Döner und darüber, dass wir "eh nicht pünktlich" sein können. Andere Kinder lachen mit. Ich hab es dem Jugendwart gesagt, passiert ist nichts.

Deniz Yıldırım
"""),

dict(f=("Claudia Vogelsang", "claudia.vogelsang@mailbox.example"), ind="truffle",
     s="Trüffeltour am Samstag – eine Frechheit",
     t="media_threat,severe_dissatisfaction",
     trap="-", note="-",
     b="""\
Sehr geehrte Damen und Herren,

die Trüffeltour am Samstag war eine absolute Frechheit. Der Hund war sichtlich krank, die "Führung" bestand aus einem Spaziergang über einen Parkplatz, und die Trüffel, die am Ende "gefunden" wurden, lagen offensichtlich vorher schon da – einer hatte noch das Preisschild dran.

Für 180 Euro pro Person erwarte ich etwas anderes. Ich werde das auf Tripadvisor, Google und in meiner Facebook-Gruppe mit 12.000 Mitgliedern genau so schildern, mit Fotos.

Claudia Vogelsang
"""),

dict(f=("Markus Leitner", "m.leitner@kreisbote-redaktion.example"), ind="clocktower",
     s="Presseanfrage: herabgefallener Glockenklöppel in Oberweiler",
     t="media_threat",
     trap="-", note="Journalistenanfrage",
     b="""\
Sehr geehrte Damen und Herren,

ich schreibe für den Kreisboten. Nach Angaben von Anwohnern ist am Sonntag in der Pfarrkirche Oberweiler während des Läutens ein Klöppel aus der großen Glocke gebrochen und in die Glockenstube gefallen. Ihre Firma hat die Glocken im Frühjahr gewartet.

Können Sie mir bis Donnerstag, 12 Uhr, sagen, wie es dazu kommen konnte und ob weitere Kirchen in der Region betroffen sein könnten?

Mit freundlichen Grüßen
Markus Leitner
Redaktion Kreisbote
"""),

dict(f=("Lea Sommerfeld", "lea.sommerfeld@studimail.example"), ind="bikecafe",
     s="Ehrenamtlicher im Reparaturcafé",
     t="discrimination_harassment",
     trap="-", note="-",
     b="""\
Hallo,

ich war jetzt zweimal im Reparaturcafé und beide Male hat mich derselbe ältere Ehrenamtliche angemacht. Erst Kommentare wie "so hübsche Mädels sollten das Schrauben den Jungs überlassen", letzte Woche hat er mir beim Zeigen am Rad die Hand auf den Rücken gelegt und nicht weggenommen. Meine Freundin hat dasselbe erlebt.

Ich finde das Café eigentlich toll, aber so geh ich da nicht mehr hin. Bitte redet mit ihm.

Lea
"""),

dict(f=("Bernd Kallweit", "bernd.kallweit@mailbox.example"), ind="knives",
     s="Funkenflug am Schleifwagen – Kind verletzt",
     t="safety",
     trap="-", note="-",
     b="""\
Guten Tag,

am Samstag auf dem Wochenmarkt in Gerbrunn stand Ihr Schleifwagen mit offener Seitenklappe, und beim Schleifen flogen Funken bis auf den Gehweg. Mein Sohn (7) hat einen Funken ins Auge bekommen, wir waren in der Notaufnahme, zum Glück nur eine leichte Verletzung der Hornhaut.

Es gab weder eine Absperrung noch eine Schutzscheibe. Bitte sorgen Sie dafür, dass das nicht noch einmal passiert.

Bernd Kallweit
"""),

dict(f=("Stefanie Rauch", "s.rauch@praxis-rauch.example"), ind="vending",
     s="Automat im Wartezimmer raucht",
     t="safety,technical_issue",
     trap="-", note="-",
     b="""\
Hallo,

der Snackautomat in unserem Wartezimmer hat heute Vormittag angefangen zu qualmen, es roch stark verschmort und die Seitenwand war so heiß, dass man sie nicht anfassen konnte. Wir haben sofort den Stecker gezogen und die Patienten rausgeschickt.

Bitte holen Sie das Gerät ab oder schicken Sie jemanden, bevor wir es wieder anschließen.

Stefanie Rauch
Praxismanagerin
"""),

dict(f=("Jannik Ostertag", "jannik@ostertag-fpv.example"), ind="drones",
     s="Feature-Wunsch: Rundenzeiten als CSV",
     t="feature_request",
     trap="-", note="-",
     b="""\
Moin,

kleiner Feature-Wunsch für das Liga-Portal: Wäre cool, wenn man die eigenen Rundenzeiten pro Heat als CSV exportieren könnte. Ich werte meine Trainings in einer Tabelle aus und tipp das momentan alles ab.

Danke euch für die Arbeit!
Jannik
"""),

dict(f=("Henrike Lammers", "henrike.lammers@mailbox.example"), ind="ballet",
     s="Vorschlag für den Online-Shop",
     t="feature_request",
     trap="-", note="-",
     b="""\
Liebes Team,

ich bestelle seit Jahren Spitzenschuhe bei Ihnen und bin sehr zufrieden. Ein Vorschlag: Es wäre schön, wenn man im Kundenkonto die eigenen Passformdaten (Marke, Modell, Schaft, Box) speichern könnte, damit man beim Nachbestellen nicht jedes Mal wieder suchen muss, welche Kombination es war.

Herzliche Grüße
Henrike Lammers
"""),

dict(f=("Carsten Wiedemann", "c.wiedemann@tonwerk-records.example"), ind="records",
     s="Auftrag 5521 – 7.800 EUR – Liefertermin wieder verschoben",
     t="broken_promise,high_value_order",
     trap="-", note="Auftrag 7.800 EUR",
     b="""\
Hallo Frau Lindner,

Sie hatten mir am Telefon fest zugesagt, dass die 2.000 LPs aus Auftrag 5521 (Auftragswert 7.800 EUR, bereits zu 50 % angezahlt) am 15. ausgeliefert werden. Heute kam die Nachricht, dass es "Anfang nächsten Monats" wird. Unser Release-Konzert ist am 20., die Tour beginnt am 22.

Was können Sie tun? Teilmenge vorab? Ich brauche heute noch eine Antwort.

Carsten Wiedemann
"""),

dict(f=("Petra Ahlgrimm", "petra.ahlgrimm@mailbox.example"), ind="cathotel",
     s="Doppelt abgebucht – vierte Nachricht",
     t="billing_dispute,repeat_contact",
     trap="-", note="-",
     b="""\
Guten Tag,

das ist jetzt meine vierte Nachricht zu diesem Thema. Für den Aufenthalt von Minka vom 2. bis 9. März wurden 294,00 EUR zweimal von meinem Konto abgebucht. Beide Lastschriften sind auf dem Kontoauszug, den ich schon zweimal geschickt habe.

Bitte erstatten Sie die doppelte Abbuchung.

Petra Ahlgrimm
"""),
]

# --- hard negatives ---
MESSAGES += [
dict(f=("Ralf Steinmeier", "r.steinmeier@steinmeier-bau.example"), ind="vending",
     s="Zusätzlicher Automat Baubüro",
     t="-", trap="job_title", note="Büroleiter, Kaufmännischer Leiter",
     b="""\
Guten Tag,

als Büroleiter bin ich bei uns für die Automaten zuständig. Wir eröffnen im September ein Baubüro in Fürth und hätten dort gern einen kleinen Snackautomaten zu den gleichen Konditionen. Bitte schicken Sie ein Angebot an mich und in Kopie an unseren kaufmännischen Leiter.

Mit freundlichen Grüßen
Ralf Steinmeier
Büroleiter
"""),

dict(f=("Gudrun Esser", "gudrun.esser@mailbox.example"), ind="hedge",
     s="Re: Baumfällung Gartenstraße",
     t="-", trap="quoted_threat", note="Am ... schrieb, Anwalt nur im Zitat",
     b="""\
Vielen Dank, die Rechnung ist jetzt korrigiert und bezahlt. Für mich ist die Sache damit erledigt.

Gudrun Esser

Am 14.05.2025 um 09:31 schrieb Gudrun Esser <gudrun.esser@mailbox.example>:
> Wenn Sie die zu viel berechneten Stunden nicht bis Freitag gutschreiben,
> schalte ich meinen Anwalt ein und werde rechtliche Schritte einleiten.
"""),

dict(f=("Harald Quandt", "h.quandt@quandt-gastro.example"), ind="vending",
     s="AW: Wartungstermin",
     t="-", trap="outlook_original_message", note="Ursprüngliche Nachricht mit Drohungen",
     b="""\
Hallo Frau Kessler,

Dienstag 9 Uhr passt. Der Hausmeister weiß Bescheid.

Gruß
H. Quandt

-----Ursprüngliche Nachricht-----
Von: Harald Quandt <h.quandt@quandt-gastro.example>
Gesendet: Montag, 5. Mai 2025 17:44
An: Support <support@example.test>
Betreff: Wartungstermin

Der Automat ist seit drei Wochen defekt, ich habe jetzt zum vierten Mal angerufen. Das ist absolut inakzeptabel. Ich will Ihren Vorgesetzten sprechen, sonst kündige ich den Vertrag.
"""),

dict(f=("Ingeborg Haas", "ingeborg.haas@mailbox.example"), ind="truffle",
     s="Nur eine Frage zum Abo",
     t="-", trap="negation", note="ich will nicht kündigen",
     b="""\
Hallo,

keine Sorge, ich will nicht kündigen – die Trüffelbox ist jeden Monat ein kleines Fest bei uns. Ich wollte nur fragen, ob man die Lieferung im August aussetzen kann, weil wir drei Wochen verreist sind.

Viele Grüße
Ingeborg Haas
"""),

dict(f=("Thomas Lenz", "thomas.lenz@mailbox.example"), ind="ballet",
     s="Rückgabe getragener Schläppchen?",
     t="-", trap="refund_policy_question", note="-",
     b="""\
Hallo, wie ist das mit der Rückgabe, wenn die Schläppchen schon einmal kurz im Training anprobiert wurden? Meine Tochter hat sie nur 5 Minuten angehabt, sie drücken an der Ferse. Bekommt man da das Geld zurück oder nur einen Gutschein? Gruß T. Lenz
"""),

dict(f=("Datenschutz Team Vierlinden", "datenschutz@vierlinden-gruppe.example"), ind="vending",
     s="Anfrage AVV und DSGVO-Unterlagen",
     t="-", trap="gdpr_documentation", note="-",
     b="""\
Sehr geehrte Damen und Herren,

für die Einführung Ihrer Snack-App in unseren Standorten benötigen wir einen Auftragsverarbeitungsvertrag (AVV) nach Art. 28 DSGVO sowie eine Übersicht der technischen und organisatorischen Maßnahmen. Ist die App DSGVO-konform und wo werden die Daten gehostet?

Mit freundlichen Grüßen
Datenschutzkoordination Vierlinden Gruppe
"""),

dict(f=("Rosemarie Lindholz", "rosemarie.lindholz@mailbox.example"), ind="clocktower",
     s="Herzlichen Dank!",
     t="-", trap="praise", note="-",
     b="""\
Liebe Glockenfreunde,

seit Ihrer Arbeit an unserer kleinen Dorfkirche läuten die Glocken wieder wie früher. Beim Erntedankgottesdienst haben einige ältere Gemeindemitglieder geweint vor Freude. Ganz herzlichen Dank an Herrn Kowalski und seinen Lehrling!

Ihre Rosemarie Lindholz
Küsterin
"""),

dict(f=("Jens Baumgart", "jens.baumgart@mailbox.example"), ind="fencing",
     s="Zweite Mail: Maske Größe M",
     t="-", trap="second_email", note="nur zwei Kontakte",
     b="""\
Hallo, das ist meine zweite Mail – ist die Fechtmaske in Größe M wieder lieferbar? Auf die erste habe ich keine Antwort bekommen, vielleicht im Spam gelandet. Danke, Jens
"""),

dict(f=("Weingut Rebenhof", "kontakt@weingut-rebenhof.example"), ind="vineyard",
     s="Mietauftrag 2025-77 über 5.000,00 EUR",
     t="-", trap="exactly_5000", note="genau 5.000 EUR, kleines Problem",
     b="""\
Guten Tag,

zum Mietauftrag 2025-77 (Traubenpresse und Abbeermaschine, 5.000,00 EUR pauschal): Auf dem Lieferschein steht die Abholung in Bad Dürkheim, wir hatten aber Lieferung vereinbart. Können Sie das bitte im Auftrag korrigieren? Sonst ist alles in Ordnung.

Mit freundlichen Grüßen
Annette Rebholz
"""),

dict(f=("RAin Dr. Katrin Wolff", "k.wolff@wolff-rechtsanwaelte.example"), ind="cathotel",
     s="Buchung für Kater Oskar",
     t="-", trap="lawyer_professional_role", note="Anwältin als normale Kundin, Kanzlei-Signatur",
     b="""\
Sehr geehrte Damen und Herren,

ich möchte für unseren Kater Oskar ein Einzelzimmer vom 1. bis 15. August buchen. Er bekommt morgens eine halbe Tablette fürs Herz – ist das bei Ihnen möglich?

Mit freundlichen Grüßen
Dr. Katrin Wolff
Rechtsanwältin | Fachanwältin für Arbeitsrecht
Wolff Rechtsanwälte PartG mbB
Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
"""),

dict(f=("Empfang Musikschule Ahrens", "empfang@musikschule-ahrens.example"), ind="records",
     s="AW: Lieferung Auftrag 6120",
     t="-", trap="looks_automated", note="menschliche Eingangsbestätigung",
     b="""\
Vielen Dank für Ihre Nachricht. Wir haben die Lieferung heute erhalten, alle 12 Kartons sind vollständig.

Mit freundlichen Grüßen
Sonja Ahrens
Empfang
"""),

dict(f=("Klaus-Dieter Prüß", "kdpruess@mailbox.example"), ind="shearing",
     s="Gelesen",
     t="-", trap="looks_automated", note="Ein-Wort-Antwort, Handy-Signatur",
     b="""\
Gelesen. Termin 14. passt.

Von meinem iPhone gesendet
"""),
]
