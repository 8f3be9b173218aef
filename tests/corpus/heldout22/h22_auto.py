# Automated mail (no triggers by definition): auto-replies, bounces/DSNs, list and bulk mail,
# read receipts (MDNs) and the desk's own mail. One hand-written block per message.
M = []


def a(kind, lang, frm, subj, body, trap="-", note="-", **kw):
    M.append(dict(auto=kind, lang=lang, frm=frm, subj=subj, body=body, trig="-", trap=trap, note=note, **kw))


AS_REPLIED = [("Auto-Submitted", "auto-replied")]

# ================================================================ auto_reply

a("auto_reply", "en", "Gareth Pryce <gareth.pryce@harbourmouth-yc.example>", "Out of Office: Re: Mainsail for 'Kittiwake'",
  """\
Thank you for your email. I am sailing in Brittany until 28 June with only occasional
signal. For anything to do with the club's racing programme please contact the Sailing
Secretary on 555-0147.

Gareth
""", headers=AS_REPLIED + [("X-Auto-Response-Suppress", "All")], in_reply_to=True, note="RFC 3834 vacation")

a("auto_reply", "en", "Martin Ebersole <m.ebersole@ebersole-astro.example>", "Automatic reply: RE: Delivery of observatory package",
  """\
I'm out of the office until Monday 20 May. I'll reply to your message when I'm back.

If this is about the observatory delivery, please call Ruth Ebersole on 555-0163.
""", headers=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"), ("X-Auto-Response-Suppress", "All")],
  in_reply_to=True, note="Outlook-style automatic reply")

a("auto_reply", "en", "Imogen Clarke <imogen.clarke@hollowtree.example>", "Away: Re: Yurt booking",
  """\
Hi, I'm away until the 9th and not checking email. Back soon!
Imogen
""", headers=[("X-Autoreply", "yes")], note="only X-Autoreply marker")

a("auto_reply", "en", "Lawrence Eze <lawrence.eze@eze-corporate.example>", "Re: Corporate winter event - the sculptures [Away]",
  """\
Thank you for your message. I am currently on annual leave, returning Tuesday 3 December.
For urgent matters relating to client events, please contact events@eze-corporate.example.

Please note this mailbox is not monitored while I am away and your message will not be
forwarded.

Lawrence Eze
Head of Client Events
""", headers=[("Precedence", "auto_reply")], note="only Precedence: auto_reply marker")

a("auto_reply", "en", "Sophie Granger <sophie.granger@grangerfam.example>", "Re: Your group booking YRT-GRP-118",
  """\
Hello! I'm travelling with patchy wifi until 22 July, so replies will be slow. If it's urgent,
text me on 555-0138.

Sophie
""", trap="autoreply_no_headers", note="vacation reply with no marker headers at all")

a("auto_reply", "en", "Saltmarsh Sailing School Helpdesk <helpdesk@saltmarsh-sailing.example>", "[SSS-HD #55821] Received: Re: Invoice SR-55102 - payment on hold",
  """\
This is an automatic confirmation that your email has been logged by the Saltmarsh Sailing
School helpdesk.

  Ticket:   SSS-HD #55821
  Queue:    Accounts Payable
  Status:   New
  Summary:  Re: Invoice SR-55102 - payment on hold

Your original message began:
  "...we dispute GBP 2,380.00 of this invoice and if this is not resolved we will have no
  option but to involve our solicitors..."

A member of our team will respond within 3 working days. Please do not change the subject
line when replying.
""", headers=AS_REPLIED + [("X-Autoreply", "yes")], trap="quoted_trigger_in_auto", note="ticket ack from another system quoting threat")

a("auto_reply", "en", "Coldharbour House <no-reply@coldharbour-events.example>", "This mailbox is not monitored",
  """\
You have emailed an address that is not monitored. Your message has not been read and will
be deleted.

For bookings please use the form on our website. For accounts, email
accounts@coldharbour-events.example.
""", headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")], note="unmonitored mailbox notice")

a("auto_reply", "en", "Jean Hollis <jean.hollis@saltmarsh-sailing.example>", "Jean Hollis has left Saltmarsh Sailing School",
  """\
Jean Hollis no longer works at Saltmarsh Sailing School. Your email has not been forwarded.

For accounts payable queries, please write to ap@saltmarsh-sailing.example.
For all other enquiries, please call the school office on 555-0192.
""", trap="autoreply_no_headers", note="person-has-left notice, no marker headers")

a("auto_reply", "de", "Jürgen Pohlmann <j.pohlmann@pohlmann-segel.example>", "Abwesenheitsnotiz: AW: Genua für die \"Möwe\"",
  """\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 21. Juni nicht erreichbar. Ihre E-Mail wird nicht weitergeleitet.
In dringenden Fällen erreichen Sie mich unter 555-2231.

Mit freundlichen Grüßen
Jürgen Pohlmann
""", headers=AS_REPLIED, in_reply_to=True, charset="iso-8859-1", cte="quoted-printable")

a("auto_reply", "de", "Nicole Brandt <n.brandt@segelschule-ostwind.example>", "Nicole Brandt ist nicht mehr bei der Segelschule Ostwind",
  """\
Guten Tag,

Frau Nicole Brandt ist nicht mehr für die Segelschule Ostwind tätig. Ihre Nachricht wurde
nicht weitergeleitet. Bitte wenden Sie sich an buchhaltung@segelschule-ostwind.example.

Dies ist eine automatisch erzeugte Nachricht.
""", headers=[("X-Autoreply", "yes"), ("X-Autorespond", "yes")])

a("auto_reply", "de", "Sternfreunde Lindenau Support <ticket@sternfreunde-lindenau.example>", "[Ticket#2024061210000031] Eingangsbestätigung: AW: Bestellung 55120",
  """\
Sehr geehrte Damen und Herren,

Ihre Nachricht ist bei uns eingegangen und wurde unter der Ticketnummer 2024061210000031
erfasst. Ein Vereinsmitglied wird sich so bald wie möglich bei Ihnen melden.

Betreff Ihrer Nachricht: AW: Bestellung 55120 – Montierung
Auszug: „... ich möchte bitte mit einem Vorgesetzten sprechen ..."

Bitte antworten Sie nicht auf diese E-Mail.
""", headers=AS_REPLIED + [("Precedence", "bulk")], trap="quoted_trigger_in_auto")

a("auto_reply", "fr", "Isabelle Marchand <isabelle.marchand@marchand-voile.example>", "Réponse automatique : Re: Voiles commandées en janvier",
  """\
Bonjour,

Je suis absente du bureau jusqu'au 17 juin inclus, sans accès à ma messagerie. Votre
message ne sera pas transféré. Pour toute urgence, merci de contacter le +33 555 0190.

Cordialement,
Isabelle Marchand
""", headers=AS_REPLIED, in_reply_to=True, charset="iso-8859-15", cte="8bit")

a("auto_reply", "fr", "Caroline Faure <caroline.faure@faure-evenements.example>", "Absente",
  """\
Bonjour, je suis en congés jusqu'au 26 août. Je lirai votre message à mon retour.
Caroline
""", trap="autoreply_no_headers")

a("auto_reply", "fr", "Voilerie Armor <contact@voilerie-armor.example>", "Cette adresse n'est plus consultée",
  """\
Cette adresse électronique n'est plus consultée. Votre message n'a pas été lu.

Pour toute demande, écrivez désormais à compta@voilerie-armor.example ou appelez le
+33 555 0418.

Ceci est un message automatique, merci de ne pas y répondre.
""", headers=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")])

a("auto_reply", "es", "Javier Morales <javier.morales@morales-nautica.example>", "Respuesta automática: Fuera de la oficina",
  """\
Gracias por su mensaje. Estoy fuera de la oficina hasta el 2 de septiembre con acceso
limitado al correo. Para asuntos urgentes, llame al 555 0178.

Un saludo,
Javier Morales
""", headers=[("X-Autoreply", "yes"), ("X-Auto-Response-Suppress", "All")], in_reply_to=True)

a("auto_reply", "es", "Soporte Velas del Sur <soporte@velasdelsur.example>", "[VDS-4471] Hemos recibido su solicitud",
  """\
Hola:

Hemos recibido su correo y lo hemos registrado con el número de incidencia VDS-4471. Le
responderemos en un plazo máximo de 48 horas laborables.

Este es un mensaje automático. Por favor, no responda a este correo.
""", headers=AS_REPLIED + [("Precedence", "auto_reply")])

a("auto_reply", "es", "Adriana Vega <adriana.vega@vega-mx.example>", "Re: Su reembolso",
  """\
Hola, estoy de vacaciones hasta el lunes 14 y no reviso el correo. ¡Le contesto a la vuelta!
Adriana
""", trap="autoreply_no_headers")

# ================================================================ bounces

a("bounce", "en", "Mail Delivery System <MAILER-DAEMON@mx1.example.test>", "Undelivered Mail Returned to Sender",
  """\
This is the mail system at host mx1.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<tyrone.b@baptiste-astro.example>: host mx.baptiste-astro.example[198.51.100.23] said:
    550 5.1.1 <tyrone.b@baptiste-astro.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", struct="dsn", pre_headers=[("Return-Path", "<>")], headers=AS_REPLIED,
  dsn=dict(mta="mx1.example.test", queue="4VxK2P1bq9z3wLd", rcpts=[dict(to="tyrone.b@baptiste-astro.example", status="5.1.1",
           remote="mx.baptiste-astro.example", diag="550 5.1.1 <tyrone.b@baptiste-astro.example>: Recipient address rejected: User unknown in virtual mailbox table")]),
  orig=dict(to="tyrone.b@baptiste-astro.example", subj="Re: Order #TS-40012", body="""\
Dear Mr Baptiste,

Thank you for your email. I'm very sorry about the condition your astrograph arrived in.
I have asked our claims lead to call you today.

> This is the most contemptuous treatment I have ever received from a retailer. My attorney
> has the file and will be contacting you this week.

Kind regards,
Support
"""), trap="bounce_quotes_trigger", note="Postfix DSN; returned original quotes legal threat")

a("bounce", "en", "Mail Delivery System <Mailer-Daemon@relay.harbourmouth-yc.example>", "Mail delivery failed: returning message to sender",
  """\
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  g.pryce@harbourmouth-yc.example
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
Received: from mx1.example.test ([203.0.113.10])
	by relay.harbourmouth-yc.example with esmtps (Exim 4.97)
	id 1sQx7k-0004Hd-2c
	for g.pryce@harbourmouth-yc.example;
From: Support <support@example.test>
To: g.pryce@harbourmouth-yc.example
Subject: Re: Mainsail for 'Kittiwake' - third time of asking

Dear Gareth,

I'm so sorry - you're right that this is the third time you've had to write. Mark will
call you this afternoon with a firm date for the sails.

Support
""", pre_headers=[("Return-Path", "<>")], headers=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "g.pryce@harbourmouth-yc.example")],
  trap="bounce_quotes_trigger", note="Exim plain-text bounce")

a("bounce", "en", "MAILER-DAEMON@mail.okafor-brass.example", "failure notice",
  """\
Hi. This is the qmail-send program at mail.okafor-brass.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<bill@okafor-brass.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
From: Support <support@example.test>
To: bill@okafor-brass.example
Subject: Re: trumpet repair - who do I speak to

Hello Bill,

Our workshop manager, Denise, will ring you tomorrow morning about the valve slide and the
scratch on the bell.
""", pre_headers=[("Return-Path", "<>")], note="qmail plain-text bounce, no Auto-Submitted")

a("bounce", "en", "Mail Delivery System <MAILER-DAEMON@mx1.example.test>", "Delayed Mail (still being retried)",
  """\
This is the mail system at host mx1.example.test.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

For further assistance, please send mail to postmaster.

                   The mail system

<noor.h@inbox.example>: connect to mx.inbox.example[203.0.113.77]:25: Connection timed out
""", struct="dsn", pre_headers=[("Return-Path", "<>")], headers=AS_REPLIED,
  dsn=dict(mta="mx1.example.test", queue="4WbP0r3kQ1z9vTn", headers_only=True, rcpts=[dict(to="noor.h@inbox.example", action="delayed", status="4.4.1",
           diag="connect to mx.inbox.example[203.0.113.77]:25: Connection timed out")]),
  orig=dict(to="noor.h@inbox.example", subj="Re: acupuncture booking system", body="Thanks Noor, we have taken the documents tab offline while we investigate.\n"),
  note="delay warning with text/rfc822-headers")

a("bounce", "en", "Microsoft Outlook <postmaster@northwold.example>", "Undeliverable: Re: Complaint about your fitter",
  """\
Your message to m.oyelaran@northwold.example couldn't be delivered.

m.oyelaran wasn't found at northwold.example.

Action Required
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
""", struct="dsn", headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
  dsn=dict(mta="AM9PR03MB7001.eurprd03.prod.outlook.example", rcpts=[dict(to="m.oyelaran@northwold.example", status="5.1.10",
           remote="AM9PR03MB7001.eurprd03.prod.outlook.example", diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")]),
  orig=dict(to="m.oyelaran@northwold.example", subj="Re: Complaint about your fitter", body="""\
Dear Mrs Oyelaran,

I am very sorry. What you describe is completely unacceptable and our director has asked to
meet you in person.

> The gentleman who did the fitting spoke only to my son, as if I wasn't in the room.
"""), trap="bounce_quotes_trigger", note="Exchange-style NDR")

a("bounce", "en", "Mail Delivery Subsystem <MAILER-DAEMON@smtp.lennox-cycles.example>", "Returned mail: see transcript for details",
  """\
The original message was received at Tue, 4 Jun 2024 10:12:03 +0100
from mx1.example.test [203.0.113.10]

   ----- The following addresses had permanent fatal errors -----
<stuart@lennox-cycles.example>
    (reason: 552 5.2.2 Mailbox full)

   ----- Transcript of session follows -----
... while talking to mailstore.lennox-cycles.example.:
>>> DATA
<<< 552 5.2.2 <stuart@lennox-cycles.example>... Mailbox full
""", struct="dsn", pre_headers=[("Return-Path", "<>")], headers=[("Auto-Submitted", "auto-generated (failure)")],
  dsn=dict(mta="smtp.lennox-cycles.example", rcpts=[dict(to="stuart@lennox-cycles.example", status="5.2.2",
           remote="mailstore.lennox-cycles.example", diag="552 5.2.2 <stuart@lennox-cycles.example>... Mailbox full")]),
  orig=dict(to="stuart@lennox-cycles.example", subj="Re: Frame restoration - where is it", body="""\
Hi Stuart,

The frame is back from the enamellers today. Tracking to follow.

> Fourth time writing. If I don't have either the frame or a straight answer by Friday I'll
> collect it unfinished and take the rest of the job to Pedalworks up the road.
"""), trap="bounce_quotes_trigger", note="Sendmail-style DSN")

a("bounce", "en", "Mail Delivery System <MAILER-DAEMON@mx2.example.test>", "Undelivered Mail Returned to Sender",
  """\
This is the mail system at host mx2.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<ellie.kowalczyk@mailbox.example>: Host or domain name not found. Name service error
    for name=mailbox.example type=MX: Host not found, try again
""", struct="dsn", pre_headers=[("Return-Path", "<>")], headers=AS_REPLIED,
  dsn=dict(mta="mx2.example.test", queue="4Y1nQm0Zx5z8kRt", rcpts=[dict(to="ellie.kowalczyk@mailbox.example", status="5.4.4",
           diag="Host or domain name not found. Name service error for name=mailbox.example type=MX: Host not found")]),
  orig=dict(to="ellie.kowalczyk@mailbox.example", subj="Re: globe", body="Hi Ellie, a clicking noise isn't normal - we'll send a replacement bearing.\n"))

a("bounce", "de", "Mail Delivery System <MAILER-DAEMON@mx.hoffmeister-bau.example>", "Unzustellbar: Re: Adresse Ihrer Geschäftsführung",
  """\
Dies ist das Mailsystem auf dem Host mx.hoffmeister-bau.example.

Leider konnte Ihre Nachricht an einen oder mehrere Empfänger nicht zugestellt werden.
Die Nachricht ist unten angehängt.

<b.hoffmeister@hoffmeister-bau.example>: Empfängeradresse abgelehnt: Benutzer unbekannt
""", struct="dsn", pre_headers=[("Return-Path", "<>")], headers=AS_REPLIED,
  dsn=dict(mta="mx.hoffmeister-bau.example", rcpts=[dict(to="b.hoffmeister@hoffmeister-bau.example", status="5.1.1",
           remote="mx.hoffmeister-bau.example", diag="550 5.1.1 Recipient address rejected: User unknown")]),
  orig=dict(to="b.hoffmeister@hoffmeister-bau.example", subj="Re: Adresse Ihrer Geschäftsführung", body="""\
Sehr geehrter Herr Hoffmeister,

die Anschrift unserer Geschäftsführung lautet: Musterweg 1, 00000 Beispielstadt.

> nennen Sie mir bitte die Postanschrift und E-Mail-Adresse Ihrer Geschäftsführung. Ich werde
> mich dort direkt beschweren.
"""), trap="bounce_quotes_trigger")

a("bounce", "de", "Postmaster <postmaster@kroeger-post.example>", "Nicht zustellbar: Kündigung Kreuzworträtsel-Abo",
  """\
Ihre Nachricht konnte nicht zugestellt werden.

Empfänger: sabine.kroeger@kroeger-post.example
Grund: Das Postfach des Empfängers ist voll (552 5.2.2).

Der Server wird nicht erneut versuchen, die Nachricht zuzustellen.
""", struct="dsn", headers=[("Auto-Submitted", "auto-replied")], charset="iso-8859-15", cte="quoted-printable",
  dsn=dict(mta="mx.kroeger-post.example", headers_only=True, rcpts=[dict(to="sabine.kroeger@kroeger-post.example", status="5.2.2",
           diag="552 5.2.2 Mailbox full")]),
  orig=dict(to="sabine.kroeger@kroeger-post.example", subj="Re: Kündigung Kreuzworträtsel-Abo", body="Hallo Frau Kröger, die Erstattung ist veranlasst.\n"))

a("bounce", "fr", "Microsoft Outlook <postmaster@faure-evenements.example>", "Non remis : Re: Sculptures de glace – mariage",
  """\
Votre message n'a pas pu être remis à caroline.f@faure-evenements.example.

Le destinataire est introuvable dans faure-evenements.example.

Action requise
Adresse À inconnue

Comment résoudre le problème
L'adresse est peut-être mal orthographiée ou n'existe pas.
""", struct="dsn", headers=[("Auto-Submitted", "auto-replied")],
  dsn=dict(mta="PR1P264MB2003.FRAP264.PROD.OUTLOOK.example", rcpts=[dict(to="caroline.f@faure-evenements.example", status="5.1.10",
           diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")]),
  orig=dict(to="caroline.f@faure-evenements.example", subj="Re: Sculptures de glace – mariage", body="""\
Madame Faure,

Nous sommes profondément désolés. Notre directrice vous appellera demain.

> C'est une honte. Je veux que ce dossier soit traité par la direction.
"""), trap="bounce_quotes_trigger")

a("bounce", "fr", "MAILER-DAEMON <MAILER-DAEMON@smtp.lefevre-mail.example>", "Échec de la remise du message",
  """\
Ceci est le système de messagerie de l'hôte smtp.lefevre-mail.example.

Nous sommes au regret de vous informer que votre message n'a pas pu être remis à un ou
plusieurs destinataires.

<hugo.lefevre@lefevre-mail.example> : boîte aux lettres désactivée
""", struct="dsn", pre_headers=[("Return-Path", "<>")], headers=AS_REPLIED,
  dsn=dict(mta="smtp.lefevre-mail.example", rcpts=[dict(to="hugo.lefevre@lefevre-mail.example", status="5.2.1",
           diag="550 5.2.1 Mailbox disabled")]),
  orig=dict(to="hugo.lefevre@lefevre-mail.example", subj="Re: résiliation", body="Bonjour Hugo, votre résiliation est bien prise en compte.\n"))

a("bounce", "es", "Microsoft Outlook <postmaster@gomez-correo.example>", "No se puede entregar: Re: Quiero hablar con un supervisor",
  """\
No se pudo entregar el mensaje a andres.g@gomez-correo.example.

No se encontró andres.g en gomez-correo.example.

Acción requerida
Dirección Para desconocida
""", struct="dsn", headers=[("Auto-Submitted", "auto-replied")],
  dsn=dict(mta="DB9P189MB1234.EURP189.PROD.OUTLOOK.example", rcpts=[dict(to="andres.g@gomez-correo.example", status="5.1.10",
           diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound")]),
  orig=dict(to="andres.g@gomez-correo.example", subj="Re: Quiero hablar con un supervisor", body="""\
Estimado Andrés:

Nuestra supervisora, Lidia, le llamará mañana por la mañana.

> Es una vergüenza. Quiero hablar con un supervisor, no con la recepción.
"""), trap="bounce_quotes_trigger")

a("bounce", "es", "Sistema de entrega de correo <MAILER-DAEMON@mx.ortiz-com.example>", "Notificación de estado de entrega (retraso)",
  """\
Este es un aviso automático. NO es necesario reenviar su mensaje.

Su mensaje no se ha podido entregar todavía a fernando.ortiz@ortiz-com.example. Se seguirá
intentando durante 3 días más.

Motivo: el servidor de destino no responde (421 4.4.2 Connection dropped).
""", struct="dsn", pre_headers=[("Return-Path", "<>")], headers=AS_REPLIED,
  dsn=dict(mta="mx.ortiz-com.example", headers_only=True, rcpts=[dict(to="fernando.ortiz@ortiz-com.example", action="delayed", status="4.4.2",
           diag="421 4.4.2 Connection dropped")]),
  orig=dict(to="fernando.ortiz@ortiz-com.example", subj="Re: Correo del director general", body="Hola Fernando, le pasamos su consulta.\n"),
  note="delay warning, Spanish")

# ================================================================ list / bulk

a("list", "en", "The Hot Glass Gazette <news@hotglassgazette.example>", "This month: annealing schedules, a visit to a Murano-style studio, and our reader survey",
  """\
THE HOT GLASS GAZETTE - monthly newsletter for studio glass people

In this issue
- Annealing schedules for thick-walled pieces: a reader's notes
- Studio visit: three furnaces and one very old dog
- Reader survey: what should we cover next year?

Supplier news: a number of readers have written to us furious about late deliveries of
colour rods this winter; one said she would "take them to court". We asked the suppliers for
comment and will report back.

You are receiving this because you subscribed at a trade fair.
Unsubscribe: https://hotglassgazette.example/u/8812
""", struct="html", headers=[("List-Id", "Hot Glass Gazette <gazette.hotglassgazette.example>"),
  ("List-Unsubscribe", "<https://hotglassgazette.example/u/8812>, <mailto:unsubscribe@hotglassgazette.example?subject=8812>"),
  ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
  trap="list_contains_trigger_words", note="newsletter mentioning a court threat in reported speech")

a("list", "en", "Fenwick MFC members list <members@lists.fenwick-mfc.example>", "[fenwick-members] Digest, Vol 112, Issue 4",
  """\
Send fenwick-members mailing list submissions to
	members@lists.fenwick-mfc.example

Today's Topics:

   1. Re: Sunday flying - wind (Pete Lindqvist)
   2. Portal down again? (Kit Baines)

----------------------------------------------------------------------

Message: 1
From: Pete Lindqvist
Subject: Re: Sunday flying - wind

Forecast says 20 knots gusting 30, I'm leaving the Spitfire at home.

----------------------------------------------------------------------

Message: 2
From: Kit Baines
Subject: Portal down again?

Can't log into the club portal at all this morning, anyone else? If they can't keep it up
I'm all for cancelling and going back to the spreadsheet.

_______________________________________________
fenwick-members mailing list
https://lists.fenwick-mfc.example/listinfo/fenwick-members
""", headers=[("List-Id", "Fenwick MFC members <fenwick-members.lists.fenwick-mfc.example>"),
  ("List-Unsubscribe", "<mailto:fenwick-members-request@lists.fenwick-mfc.example?subject=unsubscribe>"),
  ("List-Post", "<mailto:members@lists.fenwick-mfc.example>"), ("Precedence", "list")],
  trap="list_contains_trigger_words", note="list digest containing outage/cancel talk")

a("list", "en", "Brass Parts Wholesale <offers@brassparts-wholesale.example>", "Spring offers: valve guides, water keys, bell crooks - 15% off",
  """\
Spring offers for repair workshops

- Valve guides (all common sizes): 15% off
- Water key corks, 100-pack: now 9.90
- Bell crook blanks: back in stock

Order before 30 April for free delivery.

To stop receiving these emails, reply with UNSUBSCRIBE.
""", headers=[("Precedence", "bulk"), ("X-Mailer", "BulkSend 5.2")], note="bulk promo, Precedence: bulk only")

a("list", "en", "Crossword Setters' Circle <bulletin@setterscircle.example>", "Circle Bulletin #87: the prize draw, a cryptic about refunds, and AGM minutes",
  """\
CIRCLE BULLETIN #87

This week's themed cryptic is all about shopping: 14 across is "Refund demanded after second
charge? Disgraceful! (10)". Answers next week.

AGM minutes are attached on the website. The motion to move the bulletin to fortnightly was
carried.

Manage your subscription: https://setterscircle.example/prefs
""", struct="html", headers=[("List-Id", "<bulletin.setterscircle.example>"),
  ("List-Unsubscribe", "<https://setterscircle.example/prefs?u=3391>"), ("Precedence", "bulk")],
  trap="list_contains_trigger_words")

a("list", "de", "Bio-Hundefutter Newsletter <newsletter@napfglueck.example>", "Herbstaktion: 10 % auf alle Menüs mit Wild",
  """\
Hallo liebe Hundefreunde,

der Herbst ist da, und mit ihm unsere Wild-Menüs! Bis zum 31. Oktober gibt es 10 % Rabatt auf
alle Sorten mit Hirsch und Wildschwein.

Außerdem neu: der Kauknochen aus Rinderkopfhaut, ganz ohne Zusatzstoffe.

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden:
https://napfglueck.example/abmelden
""", struct="html", headers=[("List-Id", "Napfglueck Newsletter <newsletter.napfglueck.example>"),
  ("List-Unsubscribe", "<https://napfglueck.example/abmelden?id=5521>"), ("Precedence", "bulk")])

a("list", "fr", "La Lettre des Cartographes <lettre@cartes-anciennes.example>", "La Lettre n° 41 – globes anciens, vente aux enchères et salon de Lyon",
  """\
LA LETTRE DES CARTOGRAPHES – n° 41

Au sommaire :
- Les globes du XVIIIe siècle : histoire d'une fabrication
- Vente aux enchères du 12 octobre : nos coups de cœur
- Le salon du livre ancien de Lyon

Courrier des lecteurs : « Mon globe lumineux a pris feu, attention à vos branchements ! »
nous écrit un lecteur. Nous en parlons page 3.

Pour vous désinscrire, répondez « STOP ».
""", headers=[("Precedence", "bulk"), ("List-Unsubscribe", "<mailto:lettre-stop@cartes-anciennes.example>")],
  charset="windows-1252", cte="quoted-printable", trap="list_contains_trigger_words")

a("list", "es", "Boletín Yurtas del Norte <boletin@yurtasdelnorte.example>", "Novedades de otoño: yurtas con chimenea y escapadas de fin de semana",
  """\
¡Hola!

Este otoño estrenamos dos yurtas con chimenea de leña y una ruta de setas guiada los
sábados. Reserva antes del 15 de octubre y llévate la segunda noche a mitad de precio.

Si no quieres recibir más correos, date de baja aquí:
https://yurtasdelnorte.example/baja
""", struct="html", headers=[("List-Id", "Boletin Yurtas del Norte <boletin.yurtasdelnorte.example>"),
  ("List-Unsubscribe", "<https://yurtasdelnorte.example/baja?u=7781>")], trap="list_contains_trigger_words",
  note="'date de baja' unsubscribe wording")

# ================================================================ receipts (MDN)

a("receipt", "en", "Richard Pemberton <r.pemberton@pembertonstables.example>", "Read: Re: Saddle tree failure",
  """\
Your message

  To: r.pemberton@pembertonstables.example
  Subject: Re: Saddle tree failure

was read on 14 June 2024 09:41.
""", struct="mdn", mdn=dict(ua="pembertonstables.example; Microsoft Outlook 16.0", orig_subj="Re: Saddle tree failure"),
  trap="receipt_subject_trigger", note="MDN whose subject names a safety case")

a("receipt", "de", "Thomas Behrens <thomas.behrens@behrens-astro.example>", "Lesebestätigung: AW: Bestellung 55120 – Montierung",
  """\
Ihre Nachricht

  An: thomas.behrens@behrens-astro.example
  Betreff: AW: Bestellung 55120 – Montierung

wurde am 12.06.2024 um 18:02 gelesen.
""", struct="mdn", mdn=dict(ua="behrens-astro.example; Thunderbird 115.9.0", disp="manual-action/MDN-sent-manually; displayed",
  orig_subj="AW: Bestellung 55120 – Montierung"))

a("receipt", "fr", "Pierre Rousseau <pierre.rousseau@rousseau-astro.example>", "Lu : Re: Commande T-30981 – monture défectueuse",
  """\
Votre message

  À : pierre.rousseau@rousseau-astro.example
  Objet : Re: Commande T-30981 – monture défectueuse

a été lu le 03/07/2024 à 21:15.
""", struct="mdn", mdn=dict(ua="rousseau-astro.example; Microsoft Outlook 16.0"))

a("receipt", "es", "Carmen Ruiz <carmen.ruiz@ruiz-acupuntura.example>", "Leído: Re: No funciona la agenda",
  """\
Este es un acuse de recibo del mensaje que envió a carmen.ruiz@ruiz-acupuntura.example.

Nota: Este acuse de recibo solo indica que el mensaje se mostró en el equipo del destinatario.
No garantiza que el destinatario haya leído o entendido su contenido.
""", struct="mdn", mdn=dict(ua="ruiz-acupuntura.example; Thunderbird 128.3.1", disp="manual-action/MDN-sent-manually; displayed",
  orig_subj="Re: No funciona la agenda"))

# ================================================================ self

a("self", "en", "Support <support@example.test>", "Fwd: Sculpture melted before the speeches",
  """\
Internal - forwarding to the events team as discussed. Please check the delivery time on
the job sheet before we reply.

---------- Forwarded message ---------
From: Ruth Gallo <ruthgallo@gallohouse.example>
Subject: Sculpture melted before the speeches

I've never seen such a shambolic, incompetent outfit in my life and I'm not paying that 240.
""", headers=[("X-Mailer", "escalated desk 2.4")], trap="self_quotes_trigger", note="desk forwarding customer mail to itself")

a("self", "en", "Escalated Desk <escalated@example.test>", "Daily escalation digest: 7 open cases",
  """\
Daily escalation digest

Open escalated cases: 7
  - 3 x billing (oldest: 6 days)
  - 2 x delivery / broken promise
  - 1 x security (portal document exposure)
  - 1 x legal (county court claim threatened)

Reply-to-all is disabled for this digest.
""", headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "escalated desk 2.4")], msgid_domain="escalated.example.test",
  trap="self_quotes_trigger", note="digest from the desk's own address")

a("self", "en", "Ticket notifications <noreply@example.test>", "[#48211] Ticket reopened by customer",
  """\
Ticket #48211 was reopened.

Customer: Nigel Ashdown
Last customer message (excerpt):
  "That is the message I have now had FOUR times ... it's a complete disgrace of a service."

View ticket: https://desk.example.test/tickets/48211
""", msgid_domain="escalated.example.test", trap="self_quotes_trigger", note="only the Message-ID domain marks it as self")

a("self", "en", "Support <support@example.test>", "Test - please ignore",
  """\
test message from the new mail relay, please ignore
""", note="desk test mail")
