# Hand-written German customer mails.
TEXT = r'''
=== lt,bill | - | - | Klaus Wendt <k.wendt@wendt-mail.example> | Doppelte Abbuchung Fährticket
Sehr geehrte Damen und Herren,
Sie haben am 12.05. zweimal 74,00 € für dieselbe Überfahrt (Buchung HF-40211) von meinem Konto abgebucht. Sollte der doppelte Betrag nicht bis zum 31.05. erstattet sein, werde ich meinen Anwalt einschalten.
Mit freundlichen Grüßen
Klaus Wendt
=== sev,rep | - | - | Birgit Hoffmann <birgit.hoffmann@posteo-mail.example> | ZUM DRITTEN MAL!!!
Ich schreibe Ihnen jetzt zum dritten Mal wegen des zerrissenen Sofabezugs. Keine Antwort. Das ist eine absolute Frechheit, so etwas habe ich noch nie erlebt.
=== mgr | - | - | Stefan Krüger <stefan.krueger@krueger-web.example> | Bitte Rückruf von Vorgesetztem
Guten Tag, ich möchte bitte mit Ihrem Vorgesetzten sprechen. Die Mitarbeiterin an der Hotline konnte mir nicht weiterhelfen. Tel. 555-0188.
=== out,tech | - | - | Jana Vogel <jana.vogel@klinik-nord.example> | Park-App geht gar nicht
Seit heute früh lädt die Park-App überhaupt nicht mehr, auch die Webseite zeigt nur "502 Bad Gateway". Patienten kommen nicht aus dem Parkhaus raus. Bitte dringend prüfen!
=== canc,sev | - | - | Uwe Brandt <uwe.brandt@brandt-online.example> | Kündigung Aquarienservice
Nach drei verpassten Terminen und einem toten Fischbestand reicht es uns. Unzumutbar! Hiermit kündigen wir den Wartungsvertrag zum nächstmöglichen Zeitpunkt.
=== feat | - | - | Miriam Scholz <miriam.scholz@scholz-mail.example> | Feature-Wunsch: Schweizerdeutsch
Hallo! Kleiner Feature-Wunsch: Könntet ihr Schweizerdeutsch als eigene Sprache in die Übersetzungs-App aufnehmen? Wäre super für meine Arbeit in Basel.
=== sec | - | - | Tobias Lang <tobias.lang@lang-it.example> | Fremder Zugriff auf mein Konto
Heute Nacht wurde mein Passwort geändert und jemand hat über mein Konto drei Leihräder gebucht. Ich war das nicht. Bitte sperren Sie das Konto sofort.
=== dl,tech | - | - | Petra Engel <petra.engel@engelrahmen.example> | Alle Aufträge weg
Nach dem Update sind in unserem Händlerportal sämtliche Rahmenaufträge aus 2023 verschwunden. Die Liste ist einfach leer. Wir brauchen die Daten für die Buchhaltung!
=== safe | - | - | Rainer Kühn <rainer.kuehn@kuehnhaus.example> | Rauch aus dem Aquarium-Filter
Der neue Filter in unserem Büroaquarium hat heute Mittag angefangen zu qualmen, es roch verschmort. Wir haben den Stecker gezogen. Bitte schicken Sie jemanden, das ist gefährlich.
=== hv,prom | - | - | Sabine Roth <s.roth@roth-veranstaltungen.example> | Auftrag ZL-2207 (23.400 €)
Ihr Vertrieb hat uns letzte Woche zugesagt, dass das Zelt für unser Firmenfest (Auftrag ZL-2207, 23.400 €) bis Mittwoch bestätigt wird. Bis heute keine Bestätigung, kein Rückruf. Das Fest ist in zehn Tagen.
=== reg | - | - | Heinz Albers <heinz.albers@albers-mail.example> | Beschwerde Verbraucherzentrale
Da Sie auf meine Widerrufserklärung nicht reagieren, habe ich mich heute an die Verbraucherzentrale gewandt.
=== disc | - | - | Aylin Demir <aylin.demir@demir-mail.example> | Verhalten Ihres Personals an der Garderobe
Ihr Garderobenmitarbeiter hat mich wegen meines Kopftuchs vor allen Leuten ausgelacht und gefragt, ob ich "da drunter was verstecke". Ich erwarte eine Stellungnahme.
=== corp,exec | - | - | Dieter Maas <dieter.maas@maas-holz.example> | Kontakt Geschäftsführung
Bitte nennen Sie mir die E-Mail-Adresse Ihrer Geschäftsführung. Ich werde mich direkt an den Geschäftsführer wenden.
=== media | - | - | Lea Winter <lea.winter@winter-blog.example> | Bewertung
Wenn ich bis Freitag nichts höre, schreibe ich eine ausführliche Bewertung bei Google und in meinem Blog.
=== tech | looks_automated | - | Hans Pohl <hans.pohl@pohl-mail.example> | AW: Ihre Anfrage ist eingegangen
Danke für die Eingangsbestätigung. Ergänzung: Die App stürzt weiterhin beim Öffnen der Buchungsübersicht ab (Fehlermeldung "Unerwarteter Fehler 17").

Von meinem Handy gesendet
=== bill | - | - | Gisela Horn <gisela.horn@horn-mail.example> | Falsche Rechnung Brennholz
Die Rechnung 2024-331 weist 6 Raummeter Buchenholz aus, geliefert wurden aber nur 4. Bitte korrigieren Sie den Betrag von 780 € auf 520 €.
=== dl,lt,tech | - | - | Frank Seidel <frank.seidel@seidel-uebersetzungen.example> | Verlust meiner Übersetzungsspeicher
Durch Ihr fehlerhaftes Update sind meine gesamten Übersetzungsspeicher gelöscht worden. Ich behalte mir rechtliche Schritte vor und habe die Angelegenheit bereits meinem Anwalt übergeben.
=== canc,tech | looks_automated | - | Büro <buero@praxis-lindner.example> | Abwesenheit - trotzdem Problem
Ich bin bis 20.6. nicht im Büro, muss Ihnen aber noch mitteilen: Die Zahnschienen-App lädt seit einer Woche keine Fotos mehr hoch ("Upload fehlgeschlagen"). Wenn das bis zu meiner Rückkehr nicht läuft, kündigen wir das Abo für die Praxis.
=== prom,rep | - | - | Ralf Becker <ralf.becker@becker-mail.example> | Rückruf - nun schon zum vierten Mal
Das ist jetzt meine vierte Nachricht. Mir wurde zweimal ein Rückruf zugesagt, es hat nie jemand angerufen.
=== safe,disc | - | - | Marion Fuchs <marion.fuchs@fuchsmail.example> | Vorfall beim Hundewaschmobil
Ihr Mitarbeiter hat mich angeschrien und beleidigt, als ich fragte, warum das Wasser so heiß ist. Mein Sohn hat sich beim Anfassen des Schlauchs die Hand verbrüht. Unglaublich.
=== feat | - | - | Nils Petersen <nils.petersen@ruderverein-nord.example> | Vorschlag für die Vereins-App
Wäre schön, wenn man in der Buchungs-App auch Bootsschäden melden und Fotos anhängen könnte. Momentan läuft das alles über WhatsApp.
=== - | job_title | - | Dr. Anke Wolff <a.wolff@wolff-kanzlei.example> | Rechnungskopie
Sehr geehrte Damen und Herren, als Büroleiterin der Kanzlei Wolff bitte ich um eine Kopie der Rechnung für die Aquarienwartung im April.
Mit freundlichen Grüßen
Dr. Anke Wolff, Büroleiterin
=== - | quoted_threat | - | Klaus Wendt <k.wendt@wendt-mail.example> | AW: Doppelte Abbuchung Fährticket
Vielen Dank, die Erstattung ist angekommen. Damit ist die Sache erledigt.

Am 14.05.2024 um 08:02 schrieb Klaus Wendt:
> Sollte der doppelte Betrag nicht bis zum 31.05. erstattet sein,
> werde ich meinen Anwalt einschalten.
=== - | negation | - | Ingrid Vos <ingrid.vos@vos-mail.example> | Kein Grund zur Sorge
Ich will nicht kündigen, keine Sorge! Ich wollte nur fragen, ob ich das Bienenvolk im Winter selbst füttern darf.
=== - | policy_question | - | Otto Berg <otto.berg@bergmail.example> | Stornobedingungen
Wie sind Ihre Stornobedingungen für Zeltmiete, falls das Wetter schlecht wird?
=== - | looks_automated | - | Familie Graf <info@graf-familie.example> | Urlaub 1.-15. August
Hallo, wir sind vom 1. bis 15. August im Urlaub. Bitte liefern Sie das Brennholz erst danach, gerne ab dem 18.
=== - | looks_automated | - | Sekretariat <sekretariat@ruderclub-alster.example> | Ihre Rechnung ist eingegangen
Wir haben Ihre Rechnung erhalten und zur Zahlung angewiesen. Vielen Dank.
Sekretariat RC Alster
=== - | praise | - | Heike Lorenz <heike.lorenz@lorenzmail.example> | Dankeschön
Der Sessel ist wunderschön geworden. Vielen Dank an die Werkstatt!
=== - | reported_speech | - | Jörg Simon <joerg.simon@simonmail.example> | Bienen
Mein Nachbar meinte im Scherz, er werde Sie verklagen, weil seine Kirschen dieses Jahr so gut sind. Wir sind sehr zufrieden - können wir für nächstes Jahr verlängern?
=== - | feature_exists | - | Carla Beck <carla.beck@beckmail.example> | Offline-Modus?
Gibt es in der App einen Offline-Modus für Französisch?
=== - | gdpr_document | - | Martin Haas <martin.haas@haas-gmbh.example> | AV-Vertrag
Können Sie uns einen Auftragsverarbeitungsvertrag zusenden? Unser Datenschutzbeauftragter fragt, ob Ihre Park-App DSGVO-konform ist.
=== - | looks_automated | - | Anna Kurz <anna.kurz@kurzmail.example> | AW: Termin
passt, danke

Von meinem iPhone gesendet
=== - | large_amount_no_problem | - | Peter Hagen <peter.hagen@hagen-events.example> | Auftrag über 12.000 €
Anbei unser unterschriebener Auftrag über 12.000 € für Garderobe und Bar beim Sommerkonzert. Alles wie besprochen.
=== - | how_to | - | Lukas Meier <lukas.meier@uni-mail.example> | Rad zurückgeben
Wie kann ich ein Rad an einer vollen Station zurückgeben?
=== - | mild_disappointment | - | Eva Schulz <eva.schulz@schulzmail.example> | Saatgut
Schade, dass die Bohnensorte ausverkauft war, ein bisschen enttäuscht bin ich schon. Wann kommt sie wieder?
=== corp,disc | - | - | Emine Yıldız <emine.yildiz@yildiz-mail.example> | Beschwerde und Anschrift der Zentrale
Ihr Fahrer hat mich bei der Brennholzlieferung wegen meiner Herkunft beschimpft ("geh doch zurück"). Bitte nennen Sie mir die Anschrift Ihrer Hauptverwaltung und die Kontaktdaten der Rechtsabteilung.
=== exec,media,out,tech | - | - | Jürgen Plath <juergen.plath@plath-mail.example> | Buchungssystem seit zwei Tagen tot
Ihr Fähr-Buchungssystem ist seit zwei Tagen nicht erreichbar. Ich habe Ihren Vorstand bereits angeschrieben, und die Lokalzeitung bekommt morgen meinen Leserbrief.
'''
