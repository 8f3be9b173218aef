# German customer mail (positives and hard negatives). One block per message.
LANG = "de"

BLOCKS = r"""
%%
from: Sabine Körner <sabine.koerner@postfach.example>
subj: Abwesend bis 3. Juni – Reklamation Hochzeitstorte
trig: broken_promise
trap: looks_automated
note: eigene Abwesenheitsnotiz vorangestellt, dann echte Reklamation
--
Ich bin bis einschließlich 3. Juni nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Frau Jahn (jahn@koerner-steuer.example).

---

Trotzdem kurz in eigener Sache, weil es nicht warten kann: Ihre Mitarbeiterin hat mir am 21. Mai zugesagt, mich bis spätestens Freitag zurückzurufen, um die Änderung der Hochzeitstorte (statt Himbeere jetzt Maracuja, zweite Etage) zu bestätigen. Es kam kein Anruf. Die Hochzeit ist am 8. Juni.

Bitte rufen Sie mich auf dem Handy an: 0151 555 0134.

Sabine Körner
%%
from: Markus Vogel <markus.vogel@vogel-gastro.example>
subj: Vielen Dank für Ihre E-Mail
trig: billing_dispute
trap: looks_automated
note: Betreff wie Auto-Reply, Inhalt: doppelte Abbuchung
--
Vielen Dank für Ihre E-Mail mit der Rechnung HM-2291.

Allerdings wurde der Betrag von 186,40 € gestern zweimal von unserem Geschäftskonto abgebucht (Lastschrift 1 und 2, beide mit derselben Rechnungsnummer). Bitte erstatten Sie die doppelte Abbuchung.

Mit freundlichen Grüßen
Markus Vogel
Vogel Gastro GmbH
%%
from: Heike Brandstätter <heike.brandstaetter@mailbox.example>
subj: AW: Automatische Antwort: Ihre Anfrage
trig: repeat_contact,severe_dissatisfaction
trap: looks_automated
note: zitiert die automatische Eingangsbestätigung, schreibt zum dritten Mal
--
Das ist jetzt zum dritten Mal, dass ich auf meine Anfrage nur diese automatische Antwort bekomme. Seit zwei Wochen steht unser Wohnmobil bei Ihnen in der Werkstatt, niemand meldet sich. Eine absolute Frechheit!

Heike Brandstätter

> Dies ist eine automatische Antwort. Vielen Dank für Ihre Nachricht.
> Wir melden uns so schnell wie möglich bei Ihnen.
> Bitte antworten Sie nicht auf diese E-Mail.
%%
from: Dr. Friedrich Lenz <f.lenz@lenz-kanzlei.example>
subj: Flügel Bösendorfer – Transportschaden
trig: high_value_order,legal_threat
trap: -
note: 8.900 € Flügel beschädigt, Anwalt beauftragt
--
Sehr geehrte Damen und Herren,

der am 12. März gelieferte gebrauchte Bösendorfer-Flügel (Kaufpreis 8.900 €) weist nach dem Transport einen deutlichen Riss im Deckel sowie eine abgebrochene Lyra auf. Ihr Fahrer hat die Schäden auf dem Lieferschein nicht vermerken wollen.

Ich habe die Angelegenheit meinem Anwalt übergeben, der sich in den nächsten Tagen bei Ihnen melden wird. Einer gütlichen Einigung stehe ich bis dahin offen gegenüber.

Mit freundlichen Grüßen
Dr. Friedrich Lenz
%%
from: Jürgen Haas <juergen.haas@webpost.example>
subj: Rechnung Wohnmobil-Inspektion
trig: billing_dispute,legal_threat
trap: -
note: bedingte Anwaltsdrohung, Rechnung für nicht erbrachte Arbeit
--
Guten Tag,

auf Ihrer Rechnung RN-4471 stehen 1.280 € für „Austausch Wasserpumpe und Boiler-Entkalkung". Beides wurde nicht gemacht, die alte Pumpe ist noch drin (mit meiner Markierung), der Boiler ist genauso verkalkt wie vorher.

Wenn Sie den Betrag nicht bis Freitag gutschreiben, schalte ich meinen Anwalt ein.

Jürgen Haas
%%
from: Monika Reuter <monika.reuter@postfach.example>
subj: Met-Abo – Beschwerde bei der Verbraucherzentrale
trig: regulatory
trap: -
note: Beschwerde bei Verbraucherzentrale angekündigt und erfolgt
--
Hallo,

ich habe mein Met-Abo im November fristgerecht gekündigt und bekomme trotzdem jeden Monat ein Paket samt Rechnung. Auf meine Mails reagiert niemand.

Ich habe mich deshalb heute an die Verbraucherzentrale gewandt und die Unterlagen dort eingereicht.

Monika Reuter
%%
from: Tobias Weiß <tobias.weiss@mailbox.example>
subj: Patientendaten offen im Verteiler
trig: regulatory,security_incident
trap: -
note: Klinik-Newsletter mit allen Empfängern im CC; Meldung an Datenschutzbehörde
--
Sehr geehrtes Team der ClearSkin-Klinik,

Ihr heutiger Newsletter „Ihre nächste Sitzung" ging offensichtlich mit allen Empfängern im CC raus. Ich sehe über 200 Mailadressen, teilweise mit vollem Namen, und aus dem Betreff geht hervor, dass das alles Patienten Ihrer Tattoo-Entfernung sind.

Das ist ein Datenleck. Ich habe den Vorfall bei der Landesdatenschutzbeauftragten gemeldet, weil es hier um Gesundheitsdaten geht.

Tobias Weiß
%%
from: Claudia Sommer <claudia.sommer@webpost.example>
subj: Reservierung Dachterrasse – ich möchte Ihren Vorgesetzten sprechen
trig: manager_request
trap: -
note: Vorgesetzten sprechen
--
Guten Abend,

wir hatten für Samstag einen Tisch für 8 Personen auf der Dachterrasse reserviert und angezahlt. Vor Ort hieß es, der Tisch sei „leider vergeben", wir könnten drinnen an der Bar stehen.

Ich möchte bitte mit Ihrem Vorgesetzten oder der Betriebsleitung sprechen, nicht noch einmal mit dem Service-Postfach. Meine Nummer: 0170 555 0199.

Claudia Sommer
%%
from: Andreas Pohl <andreas.pohl@pohl-familie.example>
subj: Kindergeburtstag – bitte weiterleiten
trig: manager_request,severe_dissatisfaction
trap: -
note: verlangt Weiterleitung an Führungskraft, starke Verärgerung
--
Hallo,

der Zauberer für den Geburtstag meines Sohnes kam 70 Minuten zu spät, war sichtlich genervt und hat nach 25 Minuten eingepackt, weil er „noch einen Termin" hatte. Bezahlt haben wir 90 Minuten.

Das war eine Unverschämtheit, wirklich das Letzte. Ich bestehe darauf, dass der Fall an eine verantwortliche Führungskraft eskaliert wird.

Andreas Pohl
%%
from: Gisela Wendt <gisela.wendt@postfach.example>
subj: Anschrift Hauptverwaltung und Geschäftsführung
trig: corporate_contact_request,executive_contact
trap: -
note: fragt nach Adresse der Zentrale und E-Mail des Geschäftsführers, um ihm zu schreiben
--
Sehr geehrte Damen und Herren,

bitte teilen Sie mir die Anschrift Ihrer Hauptverwaltung sowie die E-Mail-Adresse Ihres Geschäftsführers mit. Ich werde ihm persönlich schreiben, was in Ihrer Filiale am Hauptbahnhof vorgefallen ist.

Mit freundlichen Grüßen
Gisela Wendt
%%
from: Ralf Kühn <ralf.kuehn@kuehn-events.example>
subj: Glockenzelte – ich habe Herrn Brandt in Kopie gesetzt
trig: cancellation_threat,executive_contact
cc: Jens Brandt <j.brandt@canvasbunting.example>
trap: -
note: Geschäftsführer in CC, kündigt Rahmenvertrag
--
Guten Tag,

ich habe Ihren Geschäftsführer Herrn Brandt in Kopie gesetzt.

Zum zweiten Mal in dieser Saison kamen die Zelte für unsere Hochzeitsveranstaltungen nass und verschmutzt an. Unter diesen Umständen werden wir den Rahmenvertrag zum Saisonende kündigen und uns einen anderen Verleiher suchen.

Ralf Kühn
Kühn Events
%%
from: Lena Hofmann <lena.hofmann@mailbox.example>
subj: Mein Konto wurde gehackt?
trig: security_incident
trap: -
note: fremde Logins und Buchungen im SUP-Konto
--
Hallo,

in meinem Glasswater-Konto stehen seit gestern zwei Buchungen für Boards am Gardasee, die ich nicht gemacht habe. Außerdem wurde meine Handynummer geändert. Ich habe eine Mail bekommen „Neue Anmeldung von einem unbekannten Gerät" – das war nicht ich.

Bitte sperren Sie das Konto und sagen Sie mir, was die Person sehen konnte (meine Kartendaten sind dort gespeichert).

Lena Hofmann
%%
from: Petra Schuster <petra.schuster@webpost.example>
subj: Auftragsverlauf weg
trig: data_loss,technical_issue
trap: -
note: Wäscherei-App hat Verlauf und Einstellungen gelöscht
--
Hallo GreenRinse,

nach dem letzten App-Update sind mein kompletter Auftragsverlauf und alle gespeicherten Wünsche (keine Weichspüler, Hemden auf Bügel) verschwunden. In der App steht „Noch keine Aufträge". Ich brauche die Belege aus dem letzten Jahr für die Steuer.

Können Sie das wiederherstellen?

Petra Schuster
%%
from: Uwe Kessler <uwe.kessler@sv-grunbach.example>
subj: LineBot – alle Platzvermessungen gelöscht
trig: data_loss,technical_issue
trap: -
note: Vermessungsdaten gelöscht
--
Servus,

nach dem Update am Wochenende sind in der LineBot-App alle vermessenen Plätze weg. Hauptplatz, Trainingsplatz, die zwei Kleinfelder – alles. Wir haben jeden Platz mit dem GPS-Rover vermessen, das waren Stunden Arbeit.

Gibt es eine Sicherung auf Ihrer Seite?

Uwe Kessler
Platzwart SV Grunbach
%%
from: Serkan Yıldız <serkan.yildiz@falafel-ulm.example>
subj: Kassensystem komplett ausgefallen!!
trig: outage,technical_issue
trap: -
note: POS ausgefallen, Kartenzahlung überall down
--
Hallo,

seit 12 Uhr geht bei uns nichts mehr: Kasse zeigt „Server nicht erreichbar", Kartenzahlung geht gar nicht. Ich hab mit Neu-Ulm und Augsburg telefoniert, bei denen genau dasselbe. Mittagsgeschäft läuft, wir nehmen nur noch Bargeld.

Bitte dringend melden!
Serkan, Falafel Republic Ulm
%%
from: Katrin Albers <katrin.albers@postfach.example>
subj: App nicht erreichbar
trig: outage,technical_issue
trap: -
note: Tierarzt-App und Website seit Stunden nicht erreichbar
--
Guten Morgen,

die VetVan-App lädt seit gestern Abend nicht mehr, und auf der Webseite kommt nur „503 Service Unavailable". Anmelden ist überhaupt nicht möglich. Meine Nachbarin hat dasselbe Problem. Unser Hund braucht heute seinen Kontrolltermin – wie kann ich buchen?

Katrin Albers
%%
from: Herbert Lange <herbert.lange@mailbox.example>
subj: Honig doppelt abgebucht
trig: billing_dispute
trap: -
note: doppelte Belastung
--
Guten Tag,

für meine Bestellung HM-3382 (3 Gläser Heidehonig, 2 Flaschen Met) wurden 54,70 € zweimal von meiner Kreditkarte abgebucht. Bitte buchen Sie einen Betrag zurück.

Danke und Gruß
Herbert Lange
%%
from: Stefanie Brückner <stefanie.brueckner@webpost.example>
subj: Kündigung
trig: cancellation_threat,severe_dissatisfaction
trap: -
note: kündigt wegen Problemen, sehr verärgert
--
Hiermit kündige ich mein Wäsche-Abo zum nächstmöglichen Termin.

Grund: dreimal in Folge falsche Wäsche zurückbekommen, zuletzt mit Flecken, die vorher nicht da waren, und die Lieferzeiten werden einfach nicht eingehalten. So einen katastrophalen Service habe ich noch nie erlebt.

S. Brückner
%%
from: Nadine Krämer <nadine.kraemer@mailbox.example>
subj: Ihre Behandlung – ich werde das öffentlich machen
trig: media_threat
trap: -
note: droht mit Bewertungen und Instagram
--
Hallo,

nach der dritten Sitzung ist die Haut an meinem Unterarm heller als drumherum und fleckig, und niemand nimmt mich bei Ihnen ernst. Wenn ich bis Ende der Woche keine vernünftige Rückmeldung bekomme, schreibe ich ausführliche Bewertungen bei Google und poste meine Vorher-Nachher-Fotos auf Instagram.

Nadine Krämer
%%
from: Julia Ostermann <j.ostermann@tagblatt-nord.example>
subj: Presseanfrage Streetfood-Markt
trig: media_threat
trap: -
note: Journalistin bittet um Stellungnahme
--
Sehr geehrte Damen und Herren,

ich bin Redakteurin beim Tagblatt Nord und recherchiere zu Beschwerden von Standbetreibern über gestiegene Standgebühren auf dem Streetfood-Markt am Hafen. Könnten Sie mir bis Mittwoch, 12 Uhr, eine Stellungnahme zukommen lassen?

Mit freundlichen Grüßen
Julia Ostermann
Redaktion Lokales
%%
from: Ahmet Çelik <ahmet.celik@postfach.example>
subj: Verhalten Ihres Verkäufers
trig: discrimination_harassment
trap: -
note: Diskriminierung wegen Herkunft im Klavierhaus
--
Guten Tag,

ich war am Samstag in Ihrem Geschäft, um ein gebrauchtes Klavier für meine Tochter anzuschauen. Ihr Verkäufer hat mich zuerst ignoriert und dann gefragt, ob ich mir das „überhaupt leisten" könne, und sich über meinen Akzent lustig gemacht. Andere Kunden wurden ganz normal bedient.

Das war diskriminierend und demütigend. Ich erwarte eine Stellungnahme.

Ahmet Çelik
%%
from: Miriam Faber <miriam.faber@webpost.example>
subj: Animateur beim Kindergeburtstag
trig: discrimination_harassment
trap: -
note: Belästigung durch Mitarbeiter
--
Hallo,

der Animateur, den Sie uns am Sonntag geschickt haben, hat mir während der Feier mehrfach anzügliche Bemerkungen gemacht und mir beim Abschied an den Po gefasst. Vor den Kindern wollte ich keine Szene machen.

Ich möchte, dass Sie das ernst nehmen und dass dieser Mann nicht mehr zu Familien geschickt wird.

Miriam Faber
%%
from: Lars Brenner <lars.brenner@mailbox.example>
subj: Griff gebrochen – Schnittverletzung
trig: safety
trap: -
note: Messergriff gebrochen, Verletzung
--
Hallo Emberline,

beim Schneiden eines Kürbisses ist der Griff meines Gyuto (gekauft im Oktober) direkt am Übergang zur Klinge abgebrochen. Ich bin mit der Hand auf die Klinge gerutscht und musste mit vier Stichen genäht werden.

Bitte prüfen Sie, ob das bei anderen Messern aus der Serie auch passieren kann.

Lars Brenner
%%
from: Corinna Beck <corinna.beck@postfach.example>
subj: Brand im Glockenzelt
trig: safety
trap: -
note: Ofen im Mietzelt verursacht Brand
--
Sehr geehrtes Team,

bei unserer Hochzeit am Wochenende hat das Ofenrohr des Holzofens im Zelt Nr. 3 die Zeltplane in Brand gesetzt. Die Gäste konnten rechtzeitig raus, ein Gast hat sich beim Löschen die Hand verbrannt. Das Rohr hatte keinen Hitzeschutzring, anders als bei den anderen Zelten.

Bitte klären Sie das dringend, bevor das Zelt wieder vermietet wird.

Corinna Beck
%%
from: Familie Rothenberger <rothenberger@hof-linde.example>
subj: Zeltauftrag 6.400 € – vier Zelte fehlen
trig: broken_promise,high_value_order
trap: -
note: Auftrag über 6.400 €, zugesagte Lieferung unvollständig
--
Guten Tag,

für unsere Hoffeier haben wir 12 Glockenzelte zum Gesamtpreis von 6.400 € gemietet. Geliefert wurden heute acht. Am Telefon wurde uns gestern noch fest zugesagt, dass alle zwölf heute kommen.

Die Gäste kommen morgen Mittag. Wann kommen die fehlenden vier?

Familie Rothenberger
%%
from: Timo Engel <timo.engel@engels-curry.example>
subj: Feature-Wunsch Standbuchung
trig: feature_request
trap: -
note: Feature-Wunsch Kalenderexport
--
Hallo Nachtmarkt-Team,

kleiner Feature-Wunsch für das Händlerportal: Es wäre super, wenn man die gebuchten Standtermine als Kalenderdatei (iCal) exportieren oder abonnieren könnte. Im Moment tippe ich jeden Termin von Hand ab.

Viele Grüße
Timo, Engels Currywurst
%%
from: Svenja Paulsen <svenja.paulsen@mailbox.example>
subj: App: Karte friert ein + Wunsch
trig: feature_request,technical_issue
trap: -
note: Fehler und Verbesserungswunsch
--
Moin,

in der Glasswater-App friert die Karte mit den Verleihstationen ein, sobald ich hineinzoome (Pixel 7, aktuelle Version). Nur Neustart hilft.

Und ein Wunsch: Könnten Sie bitte eine Wettervorhersage für die Station direkt bei der Buchung einbauen? Das wäre echt praktisch.

Svenja
%%
from: Wolfgang Reimers <w.reimers@postfach.example>
subj: Ihre Werkstatt
trig: severe_dissatisfaction
trap: -
note: starke Verärgerung ohne weiteren Auslöser
--
Was Sie sich mit meinem Wohnmobil erlaubt haben, ist eine bodenlose Frechheit. Kratzer an der Seitenwand, Zigarettenasche auf dem Beifahrersitz, der Tank leer gefahren. Ich bin fassungslos und unglaublich wütend.

W. Reimers
%%
from: Karin Lehmann <karin.lehmann@lehmann-bau.example>
subj: Torte für Firmenjubiläum
trig: -
trap: job_title
note: Büroleiterin, Geschäftsführer als eigener Chef erwähnt
--
Guten Tag,

ich bin Büroleiterin bei der Lehmann Bau GmbH. Zum 50-jährigen Firmenjubiläum möchte unser Geschäftsführer eine große Torte mit Firmenlogo für ca. 120 Personen bestellen. Lieferung am 14. September nach Reutlingen.

Können Sie mir ein Angebot schicken?

Mit freundlichen Grüßen
Karin Lehmann
Büroleitung
%%
from: Bernd Vollmer <bernd.vollmer@mailbox.example>
subj: AW: Standgebühr Juli
trig: -
trap: quoted_threat
note: Am ... schrieb – Drohung nur im Zitat, Sache erledigt
--
Hallo Frau Kraus,

danke, die Gutschrift ist angekommen. Damit ist das für mich erledigt.

Gruß
Bernd Vollmer

Am 03.07.2024 um 21:14 schrieb Bernd Vollmer <bernd.vollmer@mailbox.example>:
> Sie haben mir die Standgebühr für Juli doppelt berechnet. Wenn das
> nicht bis Monatsende korrigiert ist, gehe ich zum Anwalt und
> kündige den Standplatz.
%%
from: Ingrid Seidel <ingrid.seidel@webpost.example>
subj: Keine Kündigung
trig: -
trap: negation
note: ich will nicht kündigen
--
Hallo,

nur zur Klarstellung: Ich will nicht kündigen! Ich möchte das Met-Abo nur für Juli und August pausieren, weil wir verreisen. Geht das?

Liebe Grüße
Ingrid Seidel
%%
from: Thomas Brandl <thomas.brandl@postfach.example>
subj: Frage zur Stornierung
trig: -
trap: policy_question
note: Frage nach Stornobedingungen
--
Hallo,

wie sind Ihre Stornierungsbedingungen für die Glockenzelte? Falls die Hochzeit wegen Unwetter verschoben werden müsste – bekäme man die Anzahlung zurück oder nur einen Gutschein?

Viele Grüße
Thomas Brandl
%%
from: Hanna Vogt <hanna.vogt@mailbox.example>
subj: Danke!
trig: -
trap: praise
note: Lob
--
Liebes Team von Jolly Jamboree,

der Geburtstag war ein voller Erfolg! Die Kinder reden immer noch vom Piraten-Kapitän, und sogar die Erwachsenen haben gelacht. Vielen, vielen Dank – wir buchen Sie nächstes Jahr wieder.

Hanna Vogt
%%
from: Dirk Wagner <dirk.wagner@wagner-hundeschule.example>
subj: DSGVO – AV-Vertrag
trig: -
trap: gdpr_documentation_request
note: fragt nach AV-Vertrag und DSGVO-Konformität
--
Guten Tag,

wir möchten die VetVan-App für die Hunde unserer Kunden nutzen. Sind Sie DSGVO-konform, und können Sie uns einen Auftragsverarbeitungsvertrag zusenden? Wo stehen Ihre Server?

Freundliche Grüße
Dirk Wagner
%%
from: Elke Martens <elke.martens@martens-hof.example>
subj: Rechnung über 5.000 €
trig: -
trap: exactly_5000
note: Betrag genau 5.000 €, nur Zahlungsfrage
--
Hallo,

danke für die Rechnung über genau 5.000,00 € für die Zelte zum Hoffest. Können wir in zwei Raten zahlen, 2.500 € jetzt und 2.500 € nach der Veranstaltung? Ansonsten überweisen wir alles am Montag.

Elke Martens
%%
from: Florian Kunz <florian.kunz@webpost.example>
subj: Paddelboard-Kurs
trig: -
trap: reported_speech
note: Freund sagt „verklagen" als Scherz
--
Hallo,

der Kurs am Samstag war super. Mein Kumpel meinte hinterher, er sollte Sie wegen seines Muskelkaters verklagen – keine Sorge, war ein Witz. Gibt es auch einen Fortgeschrittenenkurs?

Florian
%%
from: Sandra Pietsch <sandra.pietsch@mailbox.example>
subj: Zweite Mail wegen Termin
trig: -
trap: second_email
note: ausdrücklich zweite E-Mail
--
Hallo, das ist meine zweite E-Mail wegen eines Termins für die Tattooentfernung-Beratung – vielleicht ist die erste untergegangen. Ich hätte gerne einen Termin an einem Donnerstagnachmittag. Danke!
%%
from: Küche Lindenhof <kueche@gasthof-lindenhof.example>
subj: Wir haben Ihre Lieferung erhalten
trig: -
trap: looks_automated
note: menschliche Empfangsbestätigung mit Auto-Reply-artigem Betreff
--
Guten Tag,

wir haben Ihre Lieferung (2 Kochmesser, 1 Brotmesser) heute erhalten, alles einwandfrei. Die Rechnung geht an die Buchhaltung.

Viele Grüße aus der Küche
Lindenhof
%%
from: Gerhard Ziegler <gerhard.ziegler@postfach.example>
subj: AW: Reparatur Klavier
trig: -
trap: quoted_outlook_block
note: lokalisierte Outlook-Kopfzeilen mit Drohung im Zitat
client: X-Mailer: Microsoft Outlook 16.0
--
Sehr geehrter Herr Möller,

vielen Dank, das Klavier ist gestern zurückgekommen und klingt wunderbar. Die Rechnung überweise ich diese Woche.

Mit freundlichen Grüßen
Gerhard Ziegler

-----Ursprüngliche Nachricht-----
Von: Gerhard Ziegler <gerhard.ziegler@postfach.example>
Gesendet: Dienstag, 5. November 2024 18:22
An: support@example.test
Betreff: Reparatur Klavier

Seit sechs Wochen warte ich auf mein Klavier! Das ist eine Unverschämtheit. Ich verlange, Ihren Vorgesetzten zu sprechen, sonst schalte ich einen Anwalt ein.
%%
from: Matthias Roth <matthias.roth@roth-partner.example>
subj: Messer als Geschenk
trig: -
trap: legal_disclaimer_signature
note: Rechtshinweis in Signatur
--
Hallo,

haben Sie das Santoku mit Walnussgriff noch vorrätig? Ich würde es gerne als Geschenk mit Gravur bestellen.

Beste Grüße
Matthias Roth

--
Roth & Partner Rechtsanwälte
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet und können rechtliche Schritte nach sich ziehen.
%%
from: Annette Frey <annette.frey@webpost.example>
subj: Etwas enttäuscht
trig: -
trap: mild_disappointment
note: leichte Enttäuschung
--
Hallo,

die Torte war lecker, aber ich war etwas enttäuscht, dass die Blumendeko anders aussah als auf dem Foto. Nicht schlimm, nur als Rückmeldung für die Zukunft.

Annette Frey
%%
%%
from: Dieter Hansen <dieter.hansen@hansen-reisemobile.example>
subj: Kontakt zur Geschäftsleitung und Rechtsabteilung
trig: corporate_contact_request
trap: -
note: fragt nach Kontaktdaten der Rechtsabteilung und Zentrale
--
Guten Tag,

bitte senden Sie mir die Telefonnummer Ihrer Zentrale und die Kontaktdaten Ihrer Rechtsabteilung, nicht die Service-Hotline. Ich möchte die Gewährleistungsfrage zu unserem Wohnmobil-Umbau schriftlich klären.

Mit freundlichen Grüßen
Dieter Hansen
%%
from: Jana Wolff <jana.wolff@mailbox.example>
subj: Wunsch für die Wäsche-App
trig: feature_request
trap: -
note: Verbesserungsvorschlag
--
Hallo GreenRinse,

es wäre toll, wenn man in der App ein festes Zeitfenster für die Abholung speichern könnte (z. B. immer dienstags 7–8 Uhr), statt jede Woche neu zu buchen. Danke!

Jana
%%
"""
