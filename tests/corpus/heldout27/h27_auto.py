# Automated mail (auto-replies, bounces, lists, read receipts, self mail). Never carries triggers.
MESSAGES = []


def a(kind, lang, frm, subject, headers, trap, note, body, **kw):
    d = dict(kw)
    d.update({"kind": kind, "lang": lang, "from": frm, "subject": subject, "headers": headers,
              "trap": trap, "note": note, "body": body})
    MESSAGES.append(d)


AS = [("Auto-Submitted", "auto-replied")]

# ---------------- auto replies: English ----------------
a("auto_reply", "en", "Gareth Pryce <gareth.pryce@llanfair-steam.example>", "Automatic reply: Your order GR-22817",
  AS + [("X-Auto-Response-Suppress", "All")], None, "RFC 3834 vacation reply",
  """Thank you for your email. I am away from the workshop until Monday 17 June with no access to email.

For anything urgent about club track orders please ring the shop on 555-0178.

Gareth
""")

a("auto_reply", "en", "Office Hollybank <office@hollybank-school.example>", "Out of Office: Bee course forms",
  [("X-Autoreply", "yes"), ("X-Autorespond", "Out of Office")], None, "X-Autoreply school office",
  """The school office is closed for the half-term holiday and will reopen on Monday 3 June.

If your message concerns a safeguarding matter, please contact the Local Authority duty line on 555-0101.
""")

a("auto_reply", "en", "Martin Leclerc <martin@leclerc-partners.example>", "Auto-Reply: conference trailers",
  [("Precedence", "auto_reply")], None, "Precedence: auto_reply",
  """I'm travelling to our Lyon office and will be back on 22 May. Replies may be delayed.

Martin
""")

a("auto_reply", "en", "Harriet Cole <harriet.cole@colefarm.example>", "Away until 5 August",
  [], "no_marker_headers", "OOO with no marker headers",
  """Hello,

I'm away with family until 5 August and checking email only occasionally. If this is about a booking at one of the farm cottages, please call 555-0163.

Harriet
""")

a("auto_reply", "en", "Nordic Parts Helpdesk <helpdesk@nordicparts-desk.example>", "[Ticket #88412] We have received your request",
  AS + [("X-Ticket-ID", "88412")], "quotes_trigger_text", "ticket acknowledgement from another system, quotes the complaint",
  """Hello,

This is an automated response to let you know that we have received your request. A member of our team will reply within 2 business days.

Ticket number: 88412
Your message:
> This is absolutely unacceptable. If you don't refund me I'll take legal action
> and I want to speak to your manager.

Please do not reply to this message above the line.
-- Nordic Parts Helpdesk
""")

a("auto_reply", "en", "noreply@kiteworld-mock.example", "This mailbox is not monitored",
  [], "no_marker_headers", "unmonitored mailbox notice without headers",
  """This mailbox is not monitored. Your email has not been read.

For order enquiries please use the contact form at kiteworld-mock.example/help.
""")

a("auto_reply", "en", "Julia Marks <julia.marks@beeline-schools.example>", "Julia Marks has left Beeline Schools",
  AS, None, "person-has-left notice",
  """Julia Marks no longer works at Beeline Schools. Your email will not be forwarded.

For course bookings please write to bookings@beeline-schools.example. For invoices, accounts@beeline-schools.example.
""")

a("auto_reply", "en", "Sam Oduya <sam.oduya@oduya-uni.example>", "I'm on leave",
  [], "no_marker_headers", "plain-worded leave notice, no headers",
  """Hi, I'm on annual leave until 29 April and won't see this until then. If it can't wait, my colleague Priti (priti@oduya-uni.example) is covering.

Thanks, Sam
""")

# ---------------- auto replies: German ----------------
a("auto_reply", "de", "Jürgen Kessler <j.kessler@kessler-gartenbahn.example>", "Abwesenheitsnotiz: Lok defekt",
  AS, None, "RFC 3834 Abwesenheit",
  """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14. Juni nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

Mit freundlichen Grüßen
Jürgen Kessler
""")

a("auto_reply", "de", "Sekretariat Lindenschule <sekretariat@lindenschule.example>", "Automatische Antwort: Kuppelbuchung",
  [("X-Autoreply", "yes")], None, "X-Autoreply Schulsekretariat",
  """Das Sekretariat ist in den Sommerferien vom 22.07. bis 30.08. nicht besetzt. In dringenden Fällen wenden Sie sich bitte an das Schulamt.
""")

a("auto_reply", "de", "Monika Haas <monika.haas@grundschule-haas.example>", "Bin nicht im Haus",
  [], "no_marker_headers", "Abwesenheit ohne Kopfzeilen",
  """Guten Tag, ich bin bis zum 9. September auf Klassenfahrt und lese meine E-Mails erst danach. In dringenden Fällen erreichen Sie das Sekretariat unter 555-0120.

Monika Haas
""")

a("auto_reply", "de", "Kundenservice Drachenwerk <service@drachenwerk-mock.example>", "Ihre Anfrage ist eingegangen [#DW-20931]",
  [], "no_marker_headers", "Eingangsbestätigung eines anderen Systems ohne Kopfzeilen, zitiert Beschwerde",
  """Guten Tag,

vielen Dank für Ihre Anfrage. Diese Nachricht wurde automatisch erstellt. Ihre Anfrage wurde unter der Nummer DW-20931 erfasst und wird schnellstmöglich bearbeitet.

Ihre Nachricht:
> Ich schreibe jetzt zum dritten Mal. Das ist eine Unverschämtheit, ich kündige!

Bitte antworten Sie nicht auf diese E-Mail.
""")

# ---------------- auto replies: French ----------------
a("auto_reply", "fr", "Nathalie Girard <nathalie.girard@ecole-girard.example>", "Réponse automatique : dôme",
  AS, None, "RFC 3834 absence",
  """Bonjour,

Je suis absente jusqu'au 2 septembre. Pour toute urgence, merci de contacter le secrétariat au 555-0134.

Nathalie Girard
""")

a("auto_reply", "fr", "Julien Perrin <julien.perrin@perrin-train.example>", "Absence du bureau",
  [("Precedence", "auto_reply")], None, "Precedence auto_reply",
  """Je suis en congés du 5 au 19 août inclus, sans accès à ma messagerie. Votre message ne sera pas transféré.
""")

a("auto_reply", "fr", "Camille Mercier <camille.mercier@mercier-lab.example>", "En vacances",
  [], "no_marker_headers", "absence sans en-têtes",
  """Bonjour, je suis en vacances jusqu'au 26 juillet et je lirai vos messages à mon retour. Bel été !
Camille
""")

a("auto_reply", "fr", "Service clients Ferme des Tilleuls <contact@fermedestilleuls.example>", "Nous avons bien reçu votre message",
  [], "no_marker_headers", "accusé de réception sans en-têtes",
  """Bonjour,

Nous avons bien reçu votre message et nous vous répondrons dans les meilleurs délais (48 h ouvrées).

Ceci est un message automatique, merci de ne pas y répondre.

L'équipe de la Ferme des Tilleuls
""")

# ---------------- auto replies: Spanish ----------------
a("auto_reply", "es", "Carmen Ortega <carmen.ortega@ortega-colegio.example>", "Respuesta automática: cúpula",
  AS, None, "RFC 3834 vacaciones",
  """Estoy de vacaciones hasta el 1 de septiembre. Para asuntos urgentes, contacten con la secretaría del colegio.
""")

a("auto_reply", "es", "Andrés Vidal <andres.vidal@vidal-abogados.example>", "Fuera de la oficina",
  [("X-Autoreply", "yes")], "quotes_trigger_text", "X-Autoreply, firma de abogado",
  """Estaré fuera del despacho hasta el 15 de julio. Para asuntos urgentes llame al 555-0190.

Andrés Vidal
Abogado
""")

a("auto_reply", "es", "Nuria Gil <nuria.gil@gil-joyas.example>", "De vacaciones",
  [], "no_marker_headers", "vacaciones sin cabeceras",
  """¡Hola! Estoy de vacaciones hasta el 20 de agosto. Los pedidos de la tienda se enviarán a mi vuelta. Gracias por la paciencia.
Nuria
""")

a("auto_reply", "es", "Atención al cliente Pista Norte <clientes@pistanorte.example>", "Hemos recibido su consulta",
  [], "no_marker_headers", "acuse de otro sistema sin cabeceras",
  """Hemos recibido su consulta con el número PN-5521. Le responderemos en un plazo de 72 horas.

Este es un mensaje generado automáticamente, por favor no responda.
""")

# ---------------- bounces ----------------
a("bounce", "en", "Mail Delivery System <MAILER-DAEMON@mx1.example.test>", "Undelivered Mail Returned to Sender",
  [("Auto-Submitted", "auto-replied")], None, "Postfix DSN",
  """This is the mail system at host mx1.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<t.okafor@okafor-events.example>: host mx.okafor-events.example[198.51.100.23]
    said: 550 5.1.1 <t.okafor@okafor-events.example>: Recipient address
    rejected: User unknown in virtual mailbox table
""", struct="dsn", status="""Reporting-MTA: dns; mx1.example.test
X-Postfix-Queue-ID: 4VxK2d1R7Qz9sW
Arrival-Date: Tue, 14 May 2024 10:12:04 +0000

Final-Recipient: rfc822; t.okafor@okafor-events.example
Original-Recipient: rfc822;t.okafor@okafor-events.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.okafor-events.example
Diagnostic-Code: smtp; 550 5.1.1 <t.okafor@okafor-events.example>: Recipient address rejected: User unknown in virtual mailbox table
""", original="""From: Support <support@example.test>
To: t.okafor@okafor-events.example
Subject: Re: Charged twice for arcade hire deposit
Date: Tue, 14 May 2024 10:12:01 +0000
Message-ID: <case-4471.1@escalated.example.test>
""")

a("bounce", "en", "Microsoft Outlook <postmaster@brightsparks-heating.example>", "Undeliverable: Re: your quote for the Christmas arcade package",
  [], None, "Exchange NDR with message/rfc822",
  """Delivery has failed to these recipients or groups:

colin@brightsparks-heating.example
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.

Diagnostic information for administrators:
Generating server: EX01.brightsparks-heating.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", struct="dsn", status="""Reporting-MTA: dns;EX01.brightsparks-heating.example
Received-From-MTA: dns;mx1.example.test
Arrival-Date: Mon, 9 Dec 2024 15:40:11 +0000

Final-Recipient: rfc822;colin@brightsparks-heating.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""", original="""From: Support <support@example.test>
To: colin@brightsparks-heating.example
Subject: Re: your quote for the Christmas arcade package
Date: Mon, 9 Dec 2024 15:40:09 +0000
Message-ID: <case-5120.2@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Dear Colin, we are sorry three cabinets were faulty. An engineer will call today.
""", original_type="rfc822")

a("bounce", "en", "MAILER-DAEMON@mail.kaye-acoustics.example", "failure notice",
  [], "quotes_trigger_text", "qmail plain-text bounce quoting a shouting complaint",
  """Hi. This is the qmail-send program at mail.kaye-acoustics.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<robert.kaye@kaye-acoustics.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
From: Support <support@example.test>
To: robert.kaye@kaye-acoustics.example
Subject: Re: ROLL RESTORATION - WHERE IS MY INSTRUMENT

> I HAVE NOW WRITTEN FIVE TIMES AND RUNG MORE THAN THAT.
> This is a complete disgrace.

Dear Mr Kaye, we apologise for the delay.
""")

a("bounce", "en", "Mail Delivery System <Mailer-Daemon@smtp.hastings-kites.example>", "Mail delivery failed: returning message to sender",
  [("X-Failed-Recipients", "graham.wells@hastings-kites.example"), ("Auto-Submitted", "auto-replied")], None, "Exim plain-text bounce",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  graham.wells@hastings-kites.example
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Support <support@example.test>
To: graham.wells@hastings-kites.example
Subject: Re: FW: complaint - I've copied in your CEO

Dear Graham, a replacement kite is on its way.
""")

a("bounce", "en", "Mail Delivery Subsystem <MAILER-DAEMON@relay.example.test>", "Warning: message delayed 4 hours",
  [("Auto-Submitted", "auto-generated")], None, "delay warning DSN (sendmail style)",
  """**********************************************
**      THIS IS A WARNING MESSAGE ONLY      **
**  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
**********************************************

The original message was received at Wed, 3 Jul 2024 08:02:11 GMT
from localhost [127.0.0.1]

----- Transcript of session follows -----
<ellie.grant@grant-photo.example>... Deferred: Connection timed out with mx.grant-photo.example.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
""", struct="dsn", status="""Reporting-MTA: dns; relay.example.test
Arrival-Date: Wed, 3 Jul 2024 08:02:11 GMT

Final-Recipient: RFC822; ellie.grant@grant-photo.example
Action: delayed
Status: 4.4.1
Remote-MTA: DNS; mx.grant-photo.example
Last-Attempt-Date: Wed, 3 Jul 2024 12:04:40 GMT
Will-Retry-Until: Mon, 8 Jul 2024 08:02:11 GMT
""", original="""From: Support <support@example.test>
To: ellie.grant@grant-photo.example
Subject: Re: Out of office - back Monday. Also: tandem booking
Date: Wed, 3 Jul 2024 08:02:09 +0000
Message-ID: <case-6021.1@escalated.example.test>
""")

a("bounce", "de", "Mail Delivery System <MAILER-DAEMON@mx.brenner-bau.example>", "Unzustellbar: Zum dritten Mal: Wo bleibt die Erstattung?",
  [("Auto-Submitted", "auto-replied")], "quotes_trigger_text", "DSN auf Deutsch",
  """Dies ist eine automatisch erstellte Nachricht des Mailservers mx.brenner-bau.example.

Ihre Nachricht konnte an folgende Empfänger nicht zugestellt werden:

<klaus.brenner@brenner-bau.example>: Postfach voll (552 5.2.2 Quota exceeded)
""", struct="dsn", status="""Reporting-MTA: dns; mx.brenner-bau.example
Arrival-Date: Fri, 19 Apr 2024 11:30:00 +0200

Final-Recipient: rfc822; klaus.brenner@brenner-bau.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Quota exceeded
""", original="""From: Support <support@example.test>
To: klaus.brenner@brenner-bau.example
Subject: Re: Zum dritten Mal: Wo bleibt die Erstattung?
Date: Fri, 19 Apr 2024 11:29:58 +0200
Message-ID: <case-7702.3@escalated.example.test>
""")

a("bounce", "de", "Mailer-Daemon <MAILER-DAEMON@mail.weber-schule.example>", "Warnung: Nachricht noch nicht zugestellt",
  [], None, "Verzögerungswarnung als Klartext",
  """Dies ist eine Warnung. Sie müssen die Nachricht NICHT erneut senden.

Ihre Nachricht an karin.weber@weber-schule.example konnte seit 24 Stunden nicht zugestellt werden.
Grund: 451 4.7.1 Greylisting aktiv, bitte später erneut versuchen.
Der Server versucht es weiterhin bis zum 12.11.2024.
""")

a("bounce", "fr", "Système de distribution du courrier <MAILER-DAEMON@mx.fontaine-web.example>", "Non remis : Compte piraté",
  [("Auto-Submitted", "auto-replied")], "quotes_trigger_text", "DSN en français",
  """Ceci est un message généré automatiquement.

Votre message n'a pas pu être remis au destinataire suivant :

claire.fontaine@fontaine-web.example
Adresse inconnue (550 5.1.1 Utilisateur inconnu)
""", struct="dsn", status="""Reporting-MTA: dns; mx.fontaine-web.example

Final-Recipient: rfc822; claire.fontaine@fontaine-web.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
""", original="""From: Support <support@example.test>
To: claire.fontaine@fontaine-web.example
Subject: Re: Compte piraté
Message-ID: <case-8120.1@escalated.example.test>
""")

a("bounce", "es", "Sistema de entrega de correo <MAILER-DAEMON@correo.herrera-net.example>", "No se pudo entregar: Es la tercera vez que escribo",
  [], "quotes_trigger_text", "DSN en español",
  """Este es un mensaje automático del servidor de correo.

No se ha podido entregar su mensaje a:

pablo.herrera@herrera-net.example
Motivo: el buzón no existe (550 5.1.1)
""", struct="dsn", status="""Reporting-MTA: dns; correo.herrera-net.example

Final-Recipient: rfc822; pablo.herrera@herrera-net.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable
""", original="""From: Support <support@example.test>
To: pablo.herrera@herrera-net.example
Subject: Re: Es la tercera vez que escribo
Message-ID: <case-9031.4@escalated.example.test>
""")

a("bounce", "en", "Mail Delivery System <MAILER-DAEMON@gateway.pellbuild.example>", "Delivery Status Notification (Failure)",
  [], None, "DSN with blocked-as-spam diagnostic",
  """Your message wasn't delivered to stuart.pell@pellbuild.example because the remote server rejected it.

554 5.7.1 Message rejected as spam by content filter (score 9.2)
""", struct="dsn", status="""Reporting-MTA: dns; gateway.pellbuild.example

Final-Recipient: rfc822; stuart.pell@pellbuild.example
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 554 5.7.1 Message rejected as spam
""")

# ---------------- lists / bulk ----------------
a("list", "en", "Garden Rail Forum Digest <digest@gardenrail-forum.example>", "Garden Rail Forum digest, Vol 12, Issue 31",
  [("List-Id", "Garden Rail Forum <gardenrail.forum.example>"),
   ("List-Unsubscribe", "<mailto:leave-gardenrail@forum.example>"), ("Precedence", "list")],
  "quotes_trigger_text", "mailing-list digest quoting an angry member",
  """Today's topics:
  1. Re: live steam in winter (Owen P.)
  2. Re: that supplier again (Phil D.)

----------------------------------------------------------------------
Message: 2
From: Phil D.
Subject: Re: that supplier again

> honestly the worst service I have ever had, I'm going to report them to trading standards

Ours turned up fine in the end, give them a chance.
""")

a("list", "en", "Fire Club Newsletter <news@fireclub-mock.example>", "This month's heat: 5 new sauces inside",
  [("List-Unsubscribe", "<https://fireclub-mock.example/unsub?u=4471>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
   ("Precedence", "bulk")], None, "bulk newsletter",
  """Hi chilli lovers,

Five new sauces this month, including a smoked ghost pepper that our team rated "dangerously good".

Manage your subscription or unsubscribe at any time from your account page.
""")

a("list", "en", "School Business Network <announce@sbn-lists.example>", "[SBN] Procurement update: planetarium and STEM visits",
  [("List-Id", "<announce.sbn-lists.example>"), ("List-Unsubscribe", "<mailto:unsubscribe@sbn-lists.example>")],
  None, "announcement list",
  """Dear members,

A reminder that visits costing more than £5,000 now need three quotes. A template is on the members' site.

SBN Secretariat
""")

a("list", "en", "KiteTrade Weekly <weekly@kitetrade-news.example>", "KiteTrade Weekly: festival season, recall notice, new lines",
  [("Precedence", "bulk"), ("X-Campaign-ID", "kt-2024-27")], "quotes_trigger_text", "bulk trade newsletter mentioning a recall",
  """In this issue:
- Festival season: what sold in Bristol
- Safety notice: one maker recalls a batch of ground stakes after injuries reported
- New lines from the autumn fair

You are receiving this because you registered at a KiteTrade fair. Unsubscribe: reply STOP.
""")

a("list", "de", "Imkerverband Rundbrief <rundbrief@imkerverband-mock.example>", "Rundbrief Mai: Schulimkerei",
  [("List-Id", "Rundbrief <rundbrief.imkerverband-mock.example>"), ("List-Unsubscribe", "<mailto:abmelden@imkerverband-mock.example>")],
  None, "Newsletter Verband",
  """Liebe Mitglieder,

im Mai startet wieder das Programm "Bienen in der Schule". Anmeldungen bis 15. Mai.

Abmelden: Antwort mit "abmelden" im Betreff.
""")

a("list", "fr", "Lettre des Fans <lettre@fans-feuilleton.example>", "La lettre du mois : convention d'automne",
  [("Precedence", "bulk"), ("List-Unsubscribe", "<https://fans-feuilleton.example/desinscription>")], None, "newsletter",
  """Bonjour à toutes et à tous,

La convention d'automne aura lieu à Nantes. Billetterie ouverte lundi !

Pour vous désinscrire, cliquez sur le lien en bas de page.
""")

a("list", "es", "Boletín Tándem <boletin@tandem-rutas.example>", "Boletín de julio: nuevas rutas",
  [("List-Id", "Boletin <boletin.tandem-rutas.example>"), ("List-Unsubscribe", "<mailto:baja@tandem-rutas.example>")],
  None, "boletín",
  """Hola,

Este mes os proponemos tres rutas nuevas por la costa. Para darte de baja de este boletín, escribe a baja@tandem-rutas.example.
""")

# ---------------- read receipts ----------------
a("receipt", "en", "Lucy Tennant <lucy.tennant@goldcrest-school.example>", "Read: Re: Bee course - request to speak with someone senior",
  [], None, "MDN displayed",
  """This is a receipt for the mail you sent to lucy.tennant@goldcrest-school.example

This receipt verifies that the message has been displayed on the recipient's computer.
""", struct="mdn", status="""Reporting-UA: goldcrest-school.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;lucy.tennant@goldcrest-school.example
Original-Message-ID: <case-3301.2@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
""")

a("receipt", "en", "Colin Bright <colin@brightsparks-heating.example>", "Return Receipt (displayed) - Re: your quote",
  [], None, "MDN from Thunderbird",
  """The message sent on 09/12/2024 to colin@brightsparks-heating.example with subject "Re: your quote" has been displayed. This is no guarantee that the message has been read or understood.
""", struct="mdn", status="""Reporting-UA: brightsparks-heating.example; Thunderbird 115.9.0
Final-Recipient: rfc822;colin@brightsparks-heating.example
Original-Message-ID: <case-5120.3@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
""", original="""From: Support <support@example.test>
To: colin@brightsparks-heating.example
Subject: Re: your quote
Message-ID: <case-5120.3@escalated.example.test>
""")

a("receipt", "de", "Uwe Schmitt <uwe.schmitt@schmitt-orgel.example>", "Gelesen: Notenrollen – Auftrag",
  [], None, "MDN deutsch",
  """Ihre Nachricht

  An: uwe.schmitt@schmitt-orgel.example
  Betreff: Notenrollen – Auftrag

wurde am 12.03.2024 um 09:14 gelesen.
""", struct="mdn", status="""Reporting-UA: schmitt-orgel.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;uwe.schmitt@schmitt-orgel.example
Original-Message-ID: <case-2024.7@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
""")

a("receipt", "fr", "Sandrine Lambert <sandrine.lambert@lambert-orgue.example>", "Lu : Restauration pianola",
  [], None, "MDN français",
  """Votre message

  À : sandrine.lambert@lambert-orgue.example
  Objet : Restauration pianola

a été lu le 08/07/2024 à 14:02.
""", struct="mdn", status="""Reporting-UA: lambert-orgue.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;sandrine.lambert@lambert-orgue.example
Original-Message-ID: <case-6800.1@escalated.example.test>
Disposition: automatic-action/MDN-sent-automatically; displayed
""")

a("receipt", "es", "Victoria Medina <victoria.medina@medina-musica.example>", "Leído: Restauración de pianola",
  [], None, "MDN español",
  """Su mensaje

  Para: victoria.medina@medina-musica.example
  Asunto: Restauración de pianola

se leyó el 14/05/2024 a las 11:30.
""", struct="mdn", status="""Reporting-UA: medina-musica.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;victoria.medina@medina-musica.example
Original-Message-ID: <case-9300.1@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
""")

# ---------------- self mail ----------------
a("self", "en", "Support <support@example.test>", "Re: Tandem brake failed on the descent",
  [], "quotes_trigger_text", "desk's own reply looped back, quotes the complaint",
  """Dear Priya,

Thank you for letting us know, and we are very sorry. The tandem has been withdrawn and our fleet manager will call you today.

On Sun, 12 May 2024, Priya Nair wrote:
> I am absolutely appalled. This is a disgrace and somebody could have been killed.
""", msgid_domain="escalated.example.test")

a("self", "en", "Escalated Desk <escalated@example.test>", "[escalated] Daily summary: 14 open escalations",
  [("Auto-Submitted", "auto-generated")], "quotes_trigger_text", "desk's own daily digest",
  """Open escalations: 14
  legal_threat: 2
  safety: 3
  billing_dispute: 5

Oldest: case 4471 (roll refund promised, not sent).
""", msgid_domain="escalated.example.test")

a("self", "en", "Lindsey from Support <lindsey.b@customer-mock.example>", "Re: your roll catalogue search bug",
  [], None, "self by Message-ID domain only",
  """Hi Jamal,

Thanks for the report - the accent search is fixed in today's update.

Lindsey
""", msgid_domain="escalated.example.test")

a("self", "es", "Soporte <support@example.test>", "Re: Me han cobrado dos veces",
  [], "quotes_trigger_text", "respuesta propia del servicio",
  """Hola Marta:

Hemos devuelto el cargo duplicado de 16,50 €. Disculpa las molestias.

El 2 de mayo de 2024, Marta Ruiz escribió:
> en mi cuenta aparecen dos cargos de 16,50 € por el mismo pedido
""", msgid_domain="escalated.example.test")
