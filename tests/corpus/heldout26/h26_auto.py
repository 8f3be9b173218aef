"""heldout26 - automated mail: auto-replies, bounces/DSNs, list/bulk mail, read
receipts (MDNs) and the desk's own mail. None of it carries a trigger, even
where it quotes trigger-bearing text.

Fields: lang, automated (kind), frm, subj, body; hdr = extra headers;
style = plain | dsn | mdn; dsn/mdn/orig describe the report parts.
"""
MESSAGES = []

AR = {"Auto-Submitted": "auto-replied"}


def a(lang, kind, frm, subj, body, trap="-", note="-", **kw):
    MESSAGES.append(dict(lang=lang, automated=kind, frm=frm, subj=subj, body=body, trap=trap, note=note, **kw))


# ---------------------------------------------------------------- auto-replies

a("en", "auto_reply", "Gareth Pryce <gareth@northcrag-climbing.example>", "Automatic reply: Your lead wall installation schedule",
"""
Thanks for your email. I'm at the Climbing Show in Birmingham until Thursday 16th with limited access to email.

For anything urgent about memberships please call the front desk on 0161 555 0100. For route setting, contact Ellie (ellie@northcrag-climbing.example).

Gareth
""", hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"}, note="vacation reply, RFC 3834 header")

a("en", "auto_reply", "Hannah Greaves <hannah.greaves@postbox.example>", "Out of office",
"""
I'm on annual leave until Monday 3 February and won't be checking emails. If this is about my mum's care package please ring the Riverside team directly.
""", hdr={"X-Autoreply": "yes"}, note="OOO with X-Autoreply only")

a("en", "auto_reply", "Dominic Shaw <dominic.shaw@shaw-events.example>", "Re: Hamlet rig - substitution options",
"""
Hi, I'm in tech week for Hamlet at the Playhouse and only checking mail first thing and last thing. If this is about the rig and it's urgent, please call Jo (chief LX) on 07700 555 301.

Dom
""", hdr={"Precedence": "auto_reply"}, note="auto-reply with Precedence: auto_reply; subject echoes the desk's subject")

a("en", "auto_reply", "Tess Holloway <tess.holloway@mailbox.example>", "Away",
"""
Hi! I'm away until the 28th with no wifi. I'll reply when I'm back.

Tess x
""", trap="no_marker_headers", note="vacation reply with no marker headers at all")

a("en", "auto_reply", "Eleanor Voss <eleanor.voss@vossconsult.example>", "Automatic reply: RE: Thermostat offline - ticket #40122",
"""
I am out of the office until 24 February. I will have intermittent access to email.

For anything relating to the Elm Court project, please contact my colleague Ravi Shah.

Kind regards,
Eleanor Voss
Voss Consulting
""", hdr={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Inbox-Rules-Loop": "eleanor.voss@vossconsult.example"},
note="Exchange-style automatic reply; subject repeats the customer's ticket subject")

a("en", "auto_reply", "IT Service Desk <servicedesk@ritchie-group.example>", "[INC0048812] Your request has been received",
"""
Hello,

This is an automated message. Your email has been logged as incident INC0048812 with the Ritchie Group IT Service Desk.

Summary: Re: Warmstat outage on 2nd floor - escalation requested
Priority: 3 - Moderate

A member of our team will respond within 2 business days. Please do not reply to this message; add comments through the self-service portal.

Ritchie Group IT
""", hdr={"Auto-Submitted": "auto-generated"}, trap="quotes_trigger_text",
note="ticket acknowledgement from the customer's own helpdesk; summary contains 'outage' and 'escalation'")

a("en", "auto_reply", "Pawsitive Hearing Donations <donations@pawsitive-hearing.example>", "Thank you for your message",
"""
Thank you for contacting the Pawsitive Hearing supporter care team.

This mailbox is not monitored. If your message is about a donation, please use the form at pawsitive-hearing.example/contact or call 0300 555 0188 (Mon-Fri, 9-5).

Please do not reply to this email.
""", hdr={"Auto-Submitted": "auto-replied"}, note="unmonitored mailbox notice")

a("en", "auto_reply", "Harbourside Engines Accounts <accounts@harbourside-engines.example>", "Re: Invoice 2291 query",
"""
Thank you for your email.

Please note this address is used for sending invoices only and is not monitored. Replies are deleted automatically.

For queries about your account, write to office@harbourside-engines.example.
""", trap="no_marker_headers", note="unmonitored mailbox notice without marker headers")

a("en", "auto_reply", "Kieran Walsh <kieran.walsh@holdfast-walls.example>", "Kieran Walsh has left Holdfast Walls",
"""
Kieran Walsh no longer works at Holdfast Walls and this mailbox is no longer monitored.

Your message has not been forwarded. For project enquiries please contact projects@holdfast-walls.example; for accounts, accounts@holdfast-walls.example.
""", hdr={"Auto-Submitted": "auto-replied"}, note="person-has-left notice")

a("en", "auto_reply", "Upwall Bouldering Accounts <ap@upwall.example>", "We have received your invoice",
"""
Dear Supplier,

We have received your email and any invoice attached has been queued for processing. Invoices are paid on the 15th and last working day of the month, 30 days from receipt.

Please do not send duplicate invoices or statements. Queries about disputed invoices should be sent to finance@upwall.example quoting the invoice number.

This is an automated response.
""", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, trap="quotes_trigger_text",
note="AP system acknowledgement; mentions 'disputed invoices' generically")

a("en", "auto_reply", "Glenholm Parks Bookings <bookings@glenholm-parks.example>", "Re: Member booking enquiry [Ref: GH-0311-7720]",
"""
Thank you for contacting Glenholm Parks.

We have received your email and created case GH-0311-7720. Our bookings team aims to reply within 3 working days. During busy periods this may take longer.

Your original message:
> I am absolutely furious, this is the third time I've written and I want
> a manager to call me today or I'll be taking this to the ombudsman.

Kind regards,
Glenholm Parks Bookings (automated message)
""", hdr={"Auto-Submitted": "auto-replied"}, trap="quotes_trigger_text",
note="ticket acknowledgement from another system quoting an angry message")

a("de", "auto_reply", "Jürgen Haberland <j.haberland@haberland-bau.example>", "Abwesenheitsnotiz: Kletterwand Turnhalle Neuried",
"""
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 21. Oktober nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an Frau Seibold (seibold@haberland-bau.example).

Mit freundlichen Grüßen
Jürgen Haberland
""", hdr={"Auto-Submitted": "auto-replied"}, note="German out-of-office with RFC 3834 header")

a("de", "auto_reply", "Tanja Richter <tanja.richter@postfach.example>", "Urlaub",
"""
Hallo,

ich bin im Urlaub und ab dem 2. September wieder da. Ich melde mich dann.

Tanja
""", trap="no_marker_headers", note="German vacation reply without marker headers")

a("de", "auto_reply", "Kundenservice Plattenkiste <service@plattenkiste.example>", "Ihre Anfrage ist bei uns eingegangen [#PK-55210]",
"""
Guten Tag,

vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Nummer #PK-55210 erfasst. Wir melden uns innerhalb von 48 Stunden bei Ihnen.

Bitte antworten Sie nicht auf diese automatisch erstellte E-Mail.

Ihr Plattenkiste-Team
""", hdr={"X-Autoreply": "yes", "Precedence": "auto_reply"}, note="German ticket acknowledgement")

a("fr", "auto_reply", "Hélène Marchand <helene.marchand@courriel.example>", "Réponse automatique : Mur d'escalade – planning",
"""
Bonjour,

Je suis absente jusqu'au 4 novembre inclus, sans accès à ma messagerie. Pour toute question urgente concernant le club, merci d'écrire à bureau@vertical-est.example.

Cordialement,
Hélène Marchand
""", hdr={"Auto-Submitted": "auto-replied"}, note="French out-of-office")

a("fr", "auto_reply", "Fabien Colin <fabien.colin@courriel.example>", "Absent",
"""
Bonjour, je suis en congés jusqu'au 6 janvier. Je lirai vos messages à mon retour. Bonnes fêtes !
""", trap="no_marker_headers", note="French vacation reply without marker headers")

a("fr", "auto_reply", "Camping Les Oyats – Accueil <accueil@camping-lesoyats.example>", "Accusé de réception de votre message",
"""
Bonjour,

Nous avons bien reçu votre message et nous vous en remercions. L'accueil est fermé du 1er novembre au 31 mars ; votre demande sera traitée à la réouverture.

Ceci est un message automatique, merci de ne pas y répondre.
""", hdr={"Auto-Submitted": "auto-replied"}, note="French acknowledgement / seasonal closure")

a("es", "auto_reply", "Nerea Etxeberria <nerea.etxeberria@correo.example>", "Respuesta automática: Su lancha",
"""
Hola,

Estoy de vacaciones hasta el 22 de abril y no tengo acceso al correo. Si es urgente, llamad al 655 555 210.

Un saludo,
Nerea
""", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, note="Spanish out-of-office")

a("es", "auto_reply", "Vicente Alarcón <vicente.alarcon@bloquevalencia.example>", "Fuera de la oficina",
"""
Estoy fuera de la oficina hasta el lunes. Para temas de la sala, escribid a recepcion@bloquevalencia.example.
""", trap="no_marker_headers", note="Spanish OOO without marker headers")

a("es", "auto_reply", "Inmaculada Torres <inma.torres@eventos-torres.example>", "Inmaculada Torres ya no trabaja en Eventos Torres",
"""
Inmaculada Torres ya no forma parte de Eventos Torres. Este buzón ya no se revisa y su mensaje no se reenviará.

Para cualquier consulta, escriba a eventos@eventos-torres.example.
""", hdr={"Precedence": "auto_reply"}, note="Spanish person-has-left notice")

# ---------------------------------------------------------------- bounces

a("en", "bounce", "Mail Delivery System <MAILER-DAEMON@mx2.postbox.example>", "Undelivered Mail Returned to Sender",
"""
This is the mail system at host mx2.postbox.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<s.lancaster@postbox.example>: host mx2.postbox.example[198.51.100.25] said:
    550 5.1.1 <s.lancaster@postbox.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""", style="dsn", hdr={"Auto-Submitted": "auto-replied"},
dsn=dict(mta="mx2.postbox.example", queue="X-Postfix-Queue-ID: 4Qx7b21Fz3z9sLm",
         rcpts=[dict(rcpt="s.lancaster@postbox.example", status="5.1.1", remote="mx2.postbox.example",
                     diag="550 5.1.1 <s.lancaster@postbox.example>: Recipient address rejected: User unknown in virtual mailbox table")]),
orig=dict(to="Sophie Lancaster <s.lancaster@postbox.example>", subj="Re: Your tree is on its way!",
          body="Hi Sophie,\n\nI'm so sorry your tree didn't arrive on Saturday. I've refunded the GBP 89 in full.\n\nBest wishes,\nHolly, Support\n"),
note="Postfix DSN, multipart/report with original message")

a("en", "bounce", "Mail Delivery System <Mailer-Daemon@relay.fastmail.example>", "Mail delivery failed: returning message to sender",
"""
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  raj.mehta@fastmail.example
    host mx.fastmail.example [203.0.113.17]
    SMTP error from remote mail server after RCPT TO:<raj.mehta@fastmail.example>:
    550 5.2.1 The email account that you tried to reach is disabled

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
From: Support <support@example.test>
To: Raj Mehta <raj.mehta@fastmail.example>
Subject: Re: Account accessed from somewhere else?
Date: Tue, 14 Oct 2025 09:12:44 +0000

Hi Raj, we've locked your account after the unauthorised password change
and removed the address that was added. Please reset your password using
the link below.
""", hdr={"Auto-Submitted": "auto-replied", "X-Failed-Recipients": "raj.mehta@fastmail.example"},
trap="quotes_trigger_text", note="Exim plain-text bounce quoting a desk reply about unauthorised access")

a("en", "bounce", "MAILER-DAEMON <MAILER-DAEMON@mail.kaurfamily.example>", "failure notice",
"""
Hi. This is the qmail-send program at mail.kaurfamily.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<jasmine.kaur@kaurfamily.example>:
203.0.113.40 does not like recipient.
Remote host said: 552 5.2.2 Mailbox full
Giving up on 203.0.113.40.

--- Below this line is a copy of the message.

From: Support <support@example.test>
To: jasmine.kaur@kaurfamily.example
Subject: Your hearing dog assessment

Dear Jasmine, thank you for your letter. We have arranged a new assessment with a BSL-fluent assessor.
""", trap="no_marker_headers", note="qmail plain-text bounce, no Auto-Submitted header")

a("en", "bounce", "postmaster@orourke-law.example", "Undeliverable: Order 88213 - calligraphy set not received",
"""
Delivery has failed to these recipients or groups:

liam.orourke@orourke-law.example
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: EX01.orourke-law.example

liam.orourke@orourke-law.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", style="dsn",
dsn=dict(mta="EX01.orourke-law.example",
         rcpts=[dict(rcpt="liam.orourke@orourke-law.example", status="5.1.10",
                     diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")]),
orig=dict(to="Liam O'Rourke <liam.orourke@orourke-law.example>", subj="Order 88213 - calligraphy set not received", headers_only=True),
trap="quotes_trigger_text", note="Exchange NDR with text/rfc822-headers; subject carries a customer complaint subject")

a("en", "bounce", "Mail Delivery Subsystem <mailer-daemon@mx.mailbox.example>", "Delivery Status Notification (Delay)",
"""
** Delivery delayed **

There was a temporary problem delivering your message to craig.dunlop@mailbox.example. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

The response was:
The recipient server did not accept our requests to connect. [mx.mailbox.example 203.0.113.88: timed out]
""", style="dsn", hdr={"Auto-Submitted": "auto-replied"},
dsn=dict(mta="mx.mailbox.example",
         rcpts=[dict(rcpt="craig.dunlop@mailbox.example", action="delayed", status="4.4.1", until=True,
                     diag="421 4.4.1 connection timed out")]),
orig=dict(to="craig.dunlop@mailbox.example", subj="Re: DISGUSTING SERVICE",
          body="Hi Craig,\n\nYour Solutions have been resoled and went out today by tracked courier.\n\nRubber Revival\n"),
trap="quotes_trigger_text", note="delay warning (action=delayed); embedded subject is shouting")

a("en", "bounce", "Mail Delivery System <MAILER-DAEMON@smtp.grantfarm.example>", "Undelivered Mail Returned to Sender",
"""
This is the mail system at host smtp.grantfarm.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<finlay.grant@grantfarm.example>: connect to mail.grantfarm.example[192.0.2.61]:25:
    Connection refused
""", style="dsn", hdr={"Auto-Submitted": "auto-replied"},
dsn=dict(mta="smtp.grantfarm.example",
         rcpts=[dict(rcpt="finlay.grant@grantfarm.example", action="delayed", status="4.4.1", until=True,
                     diag="connect to mail.grantfarm.example[192.0.2.61]:25: Connection refused")]),
orig=dict(to="finlay.grant@grantfarm.example", subj="Your outboard - fuel line inspection", headers_only=True),
note="Postfix delay warning")

a("en", "bounce", "Mail Delivery Subsystem <MAILER-DAEMON@mail.mossco.example>", "Returned mail: see transcript for details",
"""
The original message was received at Mon, 10 Nov 2025 10:14:02 +0000
from support.example.test [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<gabrielle.moss@mossco.example>
    (reason: 550 5.7.1 Message rejected as spam by content filter)

   ----- Transcript of session follows -----
... while talking to filter.mossco.example.:
>>> DATA
<<< 550 5.7.1 Message rejected as spam by content filter
554 5.0.0 Service unavailable
""", style="dsn", hdr={"Auto-Submitted": "auto-replied"},
dsn=dict(mta="mail.mossco.example",
         rcpts=[dict(rcpt="gabrielle.moss@mossco.example", status="5.7.1", remote="filter.mossco.example",
                     diag="550 5.7.1 Message rejected as spam by content filter")]),
orig=dict(to="Gabrielle Moss <gabrielle.moss@mossco.example>", subj="Invoice HW-0982 - credit note",
          body="Dear Gabrielle,\n\nPlease find the credit note for invoice HW-0982 attached.\n\nHoldfast Walls Accounts\n"),
trap="quotes_trigger_text", note="Sendmail DSN; 'Service unavailable' in transcript is not an outage report")

a("de", "bounce", "MAILER-DAEMON@mail.postfach.example", "Mail delivery failed: returning message to sender",
"""
Diese Nachricht wurde automatisch vom Mailsystem erstellt.

Eine Nachricht, die Sie gesendet haben, konnte nicht an einen oder
mehrere Empfänger zugestellt werden. Dies ist ein permanenter Fehler.
Die folgende Adresse ist fehlgeschlagen:

"renate.albrecht@postfach.example":
SMTP-Fehler vom Empfangsserver nach RCPT-Befehl:
host: mx.postfach.example
5.2.2 <renate.albrecht@postfach.example>... Postfach voll

--- Es folgt der Header der ursprünglichen Nachricht. ---

From: Support <support@example.test>
To: renate.albrecht@postfach.example
Subject: Ihre Erstattung WB-2024-7781
""", charset="utf-8", hdr={"Auto-Submitted": "auto-replied"}, note="German GMX-style plain bounce")

a("de", "bounce", "Mail Delivery System <MAILER-DAEMON@mx01.brenner-it.example>", "Unzustellbar: Ihr Kundenkonto wurde gesperrt",
"""
Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:

thomas.brenner@brenner-it.example
Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:
Generierender Server: mx01.brenner-it.example
Remote Server returned '554 5.2.2 mailbox full'
""", style="dsn", charset="iso-8859-1",
dsn=dict(mta="mx01.brenner-it.example",
         rcpts=[dict(rcpt="thomas.brenner@brenner-it.example", status="5.2.2", diag="554 5.2.2 mailbox full")]),
orig=dict(to="thomas.brenner@brenner-it.example", subj="Ihr Kundenkonto wurde gesperrt",
          body="Guten Tag Herr Brenner,\n\nwir haben Ihr Konto nach dem unbefugten Zugriff gesperrt und die Bestellungen storniert.\n"),
trap="quotes_trigger_text", note="German Exchange NDR in iso-8859-1; embedded desk message mentions unauthorised access")

a("de", "bounce", "Mail Delivery System <MAILER-DAEMON@mx.wendt-online.example>", "Warnung: Nachricht noch nicht zugestellt",
"""
Dies ist eine Warnung. Sie müssen Ihre Nachricht nicht erneut senden.

Ihre Nachricht an kd.wendt@wendt-online.example konnte seit 4 Stunden nicht
zugestellt werden. Es wird bis zu 5 Tage lang weiter versucht.

Grund: Verbindung zu mx.wendt-online.example[198.51.100.77] abgelehnt
""", style="dsn", charset="iso-8859-15", hdr={"Auto-Submitted": "auto-replied"},
dsn=dict(mta="mx.wendt-online.example",
         rcpts=[dict(rcpt="kd.wendt@wendt-online.example", action="delayed", status="4.4.1", until=True,
                     diag="connect to mx.wendt-online.example[198.51.100.77]:25: Connection refused")]),
orig=dict(to="kd.wendt@wendt-online.example", subj="Ihre Erstattung KS-2291", headers_only=True),
note="German delay warning DSN")

a("fr", "bounce", "Mailer Daemon <MAILER-DAEMON@smtp.courriel.example>", "Echec de remise du message",
"""
Ce message a été créé automatiquement par le logiciel de remise du courrier.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.
Il s'agit d'une erreur permanente. L'adresse suivante a échoué :

  theo.garnier@courriel.example
    erreur SMTP du serveur distant après RCPT TO:<theo.garnier@courriel.example> :
    550 5.1.1 Adresse inconnue
""", style="dsn", charset="iso-8859-1", hdr={"Auto-Submitted": "auto-replied"},
dsn=dict(mta="smtp.courriel.example",
         rcpts=[dict(rcpt="theo.garnier@courriel.example", status="5.1.1", diag="550 5.1.1 Adresse inconnue")]),
orig=dict(to="theo.garnier@courriel.example", subj="Re: appli bloquée",
          body="Bonjour Théo,\n\nLa panne de ce matin est résolue, toutes nos excuses.\n"),
trap="quotes_trigger_text", note="French DSN; embedded desk message mentions an outage")

a("fr", "bounce", "MAILER-DAEMON <MAILER-DAEMON@mx.vidal-distribution.example>", "Message non remis",
"""
Bonjour. Ceci est le programme qmail-send de mx.vidal-distribution.example.
Je n'ai pas pu remettre votre message aux adresses suivantes.
Il s'agit d'une erreur permanente ; j'abandonne.

<jean-luc.vidal@vidal-distribution.example>:
Quota dépassé / mailbox over quota

--- Ci-dessous, une copie du message.

From: Support <support@example.test>
To: jean-luc.vidal@vidal-distribution.example
Subject: Votre devis coffrets calligraphie
""", charset="iso-8859-1", note="French qmail-style plain bounce without marker headers", trap="no_marker_headers")

a("es", "bounce", "Mail Delivery System <MAILER-DAEMON@mx1.correo.example>", "Mensaje no entregado",
"""
Este mensaje ha sido creado automáticamente por el sistema de correo.

No se ha podido entregar su mensaje a uno o más destinatarios.
Se trata de un error permanente. La siguiente dirección ha fallado:

  lucia.herrera@correo.example
    error SMTP del servidor remoto: 550 5.1.1 Usuario desconocido
""", style="dsn", hdr={"Auto-Submitted": "auto-replied"},
dsn=dict(mta="mx1.correo.example",
         rcpts=[dict(rcpt="lucia.herrera@correo.example", status="5.1.1", diag="550 5.1.1 Usuario desconocido")]),
orig=dict(to="lucia.herrera@correo.example", subj="Re: no funciona nada",
          body="Hola Lucía,\n\nla app ya vuelve a funcionar. Sentimos mucho la caída de esta mañana.\n"),
trap="quotes_trigger_text", note="Spanish DSN; embedded reply mentions the outage")

a("es", "bounce", "postmaster@hoteles-costa.example", "No se puede entregar: Presupuesto abetos para los hoteles",
"""
Error en la entrega a estos destinatarios o grupos:

marisol.benavente@hoteles-costa.example
El buzón del destinatario está lleno y no puede aceptar mensajes en este momento.

Información de diagnóstico para administradores:
Servidor de generación: EXCH02.hoteles-costa.example
Remote Server returned '552 5.2.2 mailbox full'
""", style="dsn", charset="windows-1252",
dsn=dict(mta="EXCH02.hoteles-costa.example",
         rcpts=[dict(rcpt="marisol.benavente@hoteles-costa.example", status="5.2.2", diag="552 5.2.2 mailbox full")]),
orig=dict(to="marisol.benavente@hoteles-costa.example", subj="Presupuesto abetos para los hoteles", headers_only=True),
note="Spanish Exchange NDR (windows-1252)")

# ---------------------------------------------------------------- list / bulk

a("en", "list", "Rubber Revival <news@rubberrevival.example>", "Resole season is here - 15% off until Friday",
"""
Hi climber,

Comp season is coming and our bench is filling up. Book your resole before Friday and get 15% off, plus free return postage.

New this month: Vibram XS Edge in 4mm, and toe-cap rebuilds for approach shoes.

Happy climbing,
The Rubber Revival crew

You're receiving this because you signed up at rubberrevival.example.
Unsubscribe: https://rubberrevival.example/unsubscribe
""", hdr={"List-Id": "Rubber Revival news <news.rubberrevival.example>",
          "List-Unsubscribe": "<https://rubberrevival.example/unsubscribe?u=7f3a>, <mailto:unsubscribe@rubberrevival.example>",
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
pack="alt", note="supplier newsletter")

a("en", "list", "UK Boulder Forum Digest <digest@ukboulder-forum.example>", "UKBoulder Forum digest, Vol 12, Issue 44",
"""
Today's topics:

  1. Resole turnaround times this autumn? (4 messages)
  2. Anyone else's thermostat-controlled wall heaters playing up?
  3. Lawsuit over the Peak crag access closure (12 messages)

----------------------------------------------------------------------

Message: 1
From: crimpking
Subject: Resole turnaround times this autumn?

Six weeks and counting with one of the big resolers. Absolute joke.
If mine aren't back soon I'm going to name and shame them here.

----------------------------------------------------------------------

To unsubscribe, visit https://ukboulder-forum.example/digest
""", hdr={"List-Id": "<digest.ukboulder-forum.example>", "List-Unsubscribe": "<https://ukboulder-forum.example/digest/leave>",
          "Precedence": "list"},
trap="quotes_trigger_text", note="mailing-list digest with angry third-party posts")

a("en", "list", "Warmstat Partner News <partners@warmstat-partners.example>", "Firmware 4.3 release notes and winter service schedule",
"""
Dear installer partner,

Firmware 4.3 rolls out from Monday. It fixes the schedule reset seen after power cuts on some units and adds holiday mode.

Planned maintenance: the partner portal will be unavailable on Sunday 2-4am.

Warmstat Partner Team
""", hdr={"Precedence": "bulk", "X-Mailer": "MassMail Pro 7"}, trap="quotes_trigger_text",
note="bulk partner mail with Precedence: bulk only; mentions a fix and maintenance")

a("en", "list", "Calligraphy Guild <guild@calligraphyguild.example>", "[Calligraphy Guild] Spring workshop programme",
"""
Dear members,

Booking for the spring workshop programme opens on 1 March. This year we have Copperplate with Anna Fell, Italic for beginners, and a two-day Blackletter intensive.

Please remember that the guild's insurance requires tutors to be members.

Best wishes,
The Committee
""", hdr={"List-Id": "Calligraphy Guild members <members.calligraphyguild.example>",
          "List-Unsubscribe": "<mailto:members-leave@calligraphyguild.example>", "List-Post": "<mailto:members@calligraphyguild.example>"},
note="membership mailing list")

a("de", "list", "Camping-Newsletter <newsletter@campingverband.example>", "Newsletter März: Saisonstart, neue Stellplatzordnung",
"""
Liebe Campingfreunde,

die Saison beginnt! In diesem Newsletter:

– Neue Stellplatzordnung ab 1. April
– Tipps zur Gasprüfung vor der ersten Fahrt
– Verbraucherschutz beim Buchen: worauf Sie achten sollten

Viel Spaß beim Lesen!
Ihr Campingverband

Abmelden: https://campingverband.example/abmelden
""", hdr={"List-Id": "Campingverband Newsletter <newsletter.campingverband.example>",
          "List-Unsubscribe": "<https://campingverband.example/abmelden?id=11872>", "Precedence": "bulk"},
charset="iso-8859-15", note="German newsletter")

a("fr", "list", "Sillon Club <lettre@sillonclub.example>", "Les vinyles du mois de mars",
"""
Bonjour à toutes et à tous,

Ce mois-ci : une réédition de Barbara, un pressage japonais de Bill Evans et une découverte afro-funk de Lagos.

Rappel : vous pouvez suspendre votre abonnement à tout moment depuis votre espace.

L'équipe du Sillon Club
Se désabonner : https://sillonclub.example/desabonnement
""", hdr={"List-Id": "Sillon Club <lettre.sillonclub.example>",
          "List-Unsubscribe": "<https://sillonclub.example/desabonnement>"}, pack="alt",
note="French newsletter, List-Id + List-Unsubscribe")

a("es", "list", "Sidrerías de Asturias <boletin@sidrerias-asturias.example>", "Boletín de otoño: ruta de la sidra",
"""
Hola,

Ya están abiertas las reservas para la ruta de otoño. Este año visitamos cinco llagares y hay cata con quesos de la zona.

Si no quieres recibir más boletines, date de baja aquí: https://sidrerias-asturias.example/baja
""", hdr={"Precedence": "bulk", "List-Unsubscribe": "<https://sidrerias-asturias.example/baja>"},
note="Spanish bulk newsletter")

# ---------------------------------------------------------------- read receipts

a("en", "receipt", "Patrick Doyle <pdoyle@doyle-engineering.example>", "Read: RE: Warmstat firmware 4.2",
"""
Your message

  To: Patrick Doyle
  Subject: RE: Warmstat firmware 4.2

was read on 14/03/2025 09:41.
""", style="mdn",
mdn=dict(ua="Microsoft Outlook 16.0", rcpt="pdoyle@doyle-engineering.example", disp="manual-action/MDN-sent-manually; displayed", headers=True),
orig=dict(to="Patrick Doyle <pdoyle@doyle-engineering.example>", subj="RE: Warmstat firmware 4.2"),
note="Outlook MDN with original headers")

a("en", "receipt", "Bartholomew Quince <b.quince@quince-estates.example>", "Return Receipt (displayed) - Great Hall tree",
"""
This is a Return Receipt for the mail that you sent to b.quince@quince-estates.example.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""", style="mdn",
mdn=dict(ua="Mozilla Thunderbird 128.5.2", rcpt="b.quince@quince-estates.example", disp="manual-action/MDN-sent-manually; displayed"),
orig=dict(to="b.quince@quince-estates.example", subj="Great Hall tree - replacement on Thursday"),
note="Thunderbird-style MDN")

a("de", "receipt", "Oliver Kaiser <oliver.kaiser@postfach.example>", "Gelesen: Ihre Anfrage #88120",
"""
Ihre Nachricht

  An: Oliver Kaiser
  Betreff: Ihre Anfrage #88120

wurde am 30.03.2025 um 08:12 gelesen.
""", style="mdn", charset="utf-8",
mdn=dict(ua="Microsoft Outlook 16.0", rcpt="oliver.kaiser@postfach.example", disp="manual-action/MDN-sent-manually; displayed"),
orig=dict(to="oliver.kaiser@postfach.example", subj="Ihre Anfrage #88120"),
note="German read receipt")

a("fr", "receipt", "Alain Perrot <alain.perrot@courriel.example>", "Lu : Votre facture 6 480 €",
"""
Votre message

  À : Alain Perrot
  Objet : Votre facture 6 480 €

a été lu le 12/06/2025 à 18:03.
""", style="mdn",
mdn=dict(ua="Microsoft Outlook 16.0", rcpt="alain.perrot@courriel.example", disp="manual-action/MDN-sent-manually; displayed", headers=True),
orig=dict(to="alain.perrot@courriel.example", subj="Votre facture 6 480 EUR"),
trap="quotes_trigger_text", note="French MDN; subject names a >5k invoice")

a("es", "receipt", "Inmaculada Torres <inma.torres@eventos-torres.example>", "Leído: Evento de empresa en la sidrería",
"""
Su mensaje

  Para: Inmaculada Torres
  Asunto: Evento de empresa en la sidrería

se ha leído el 24/04/2025 a las 10:55.
""", style="mdn",
mdn=dict(ua="Microsoft Outlook 16.0", rcpt="inma.torres@eventos-torres.example", disp="manual-action/MDN-sent-manually; displayed"),
orig=dict(to="inma.torres@eventos-torres.example", subj="Evento de empresa en la sidreria"),
note="Spanish read receipt")

# ---------------------------------------------------------------- self

a("en", "self", "Support <support@example.test>", "Re: Charged twice for December crate",
"""
Hi Marguerite,

Thanks for letting us know. I can see the duplicate payment of GBP 34.00 on 2 December and I've refunded it today; it should reach your account in 3-5 working days.

Sorry for the trouble!

Sam
Groove Crate Support
""", note="desk reply looped back to the desk (From the desk address)")

a("en", "self", "Escalated <escalated@example.test>", "[escalated] Daily digest: 9 escalations opened",
"""
Escalations opened in the last 24 hours:

  legal_threat ............ 2
  security_incident ....... 1
  outage .................. 3
  severe_dissatisfaction .. 3

Oldest unassigned: "I want to speak to a manager TODAY" (opened 19h ago)

-- escalated
""", hdr={"Auto-Submitted": "auto-generated"}, trap="quotes_trigger_text",
note="desk's own digest listing trigger names and a quoted customer line")

a("en", "self", "Warmstat Support <help@warmstat.example>", "Re: absolute joke",
"""
Hi Kieran,

I'm really sorry about the wait on the phone line. I've booked an engineer for tomorrow between 8 and 12 and credited one month of your plan.

Best,
Priya
Warmstat Support
""", mid_domain="escalated.example.test", trap="self_message_id",
note="desk reply copied back to the desk; only the Message-ID domain marks it as own mail")

a("de", "self", "Support <support@example.test>", "Weiterleitungsregel Test",
"""
Testnachricht für die neue Weiterleitungsregel (Ordner „Rechnungen"). Bitte ignorieren.
""", note="German self test mail from the desk")

a("fr", "self", "Escalated <escalated@example.test>", "[escalated] Rapport hebdomadaire",
"""
Rapport hebdomadaire – file française

Tickets reçus : 212
Escalades : 17 (dont 4 menaces de résiliation, 2 mentions d'avocat)
Délai moyen de première réponse : 3 h 12
""", hdr={"Auto-Submitted": "auto-generated"}, trap="quotes_trigger_text",
note="French weekly report from the desk itself")

a("es", "self", "Soporte <help@sidreria-ejemplo.example>", "Re: Cata cancelada",
"""
Hola Rocío:

Te confirmo que el reembolso de la cata se ha emitido hoy. Disculpa de nuevo las molestias.

Un saludo,
Equipo de soporte
""", mid_domain="escalated.example.test", trap="self_message_id",
note="Spanish desk reply looped back; own Message-ID domain")
