# Automated mail: auto-replies, bounces, list/bulk mail, read receipts and the desk's own
# mail. Hand-written literals; bounces, MDNs and the ARF report are complete raw messages
# whose structure follows the real DSNs/MDNs in shared/corpus/realmail/.
from spec import M, RAW

AR = [("Auto-Submitted", "auto-replied")]

MESSAGES = [

# ================================================================ auto_reply (16)

M("en", "-", "-", "vacation reply with RFC 3834 headers",
  "Owen Brightwater <o.brightwater@carrowbuild.example>",
  "Out of Office: Re: Invoice SH-20931 - scaffold duration wrong",
  """\
Thank you for your email. I am on annual leave until Monday 14 April with
no access to email.

For anything urgent regarding live contracts please contact Lisa Marsh on
555-0190 or accounts@carrowbuild.example.

Owen Brightwater
Contracts Manager, Carrow Build Ltd
""", auto="auto_reply", hdrs=AR + [("X-Autoreply", "yes"),
                                   ("Precedence", "auto_reply")]),

M("en", "-", "no_auto_headers", "out-of-office without any RFC 3834 header",
  "Jess Rowntree <jess.rowntree@meadowgate.test>",
  "Away until the 28th",
  """\
Hi, I'm away with the family until the 28th with very patchy signal. I'll
reply when I'm back. If it's about school pick-ups please ring Tom.

Jess
""", auto="auto_reply"),

M("en", "-", "-", "Outlook automatic reply",
  "Deborah Ilsley <d.ilsley@ilsleyconstruct.example>",
  "Automatic reply: Invoice CH-7710 - disputed",
  """\
I am out of the office from 2 to 6 June inclusive, attending the Build Expo.
I will have limited access to email. For urgent commercial matters please
contact Peter Crane (p.crane@ilsleyconstruct.example).

Kind regards,
Deborah Ilsley
Commercial Director
""", auto="auto_reply", hdrs=[("Auto-Submitted", "auto-generated"),
                              ("X-Auto-Response-Suppress", "All")],
  pack="alt"),

M("en", "-", "quoted_trigger", "other organisation's ticket acknowledgement quoting a threat",
  "Harbourline Supplies Helpdesk <helpdesk@harbourline-supplies.example>",
  "[#TKT-88213] We've received your request",
  """\
Hello,

Thank you for contacting Harbourline Supplies. This is an automatic
confirmation that your request has been logged as ticket #TKT-88213. A
member of our team will respond within two working days.

Please keep the ticket number in the subject line of any reply.

---- Your message ----
Hi Harbourline team,

Please see below a complaint we have received about the fermenter valves
you supply to us (batch V-2291). The customer writes:

> I have reported it to Trading Standards this morning. This thing needs
> to be pulled from sale before somebody is hurt.

Could you confirm whether batch V-2291 is affected?

Support team
""", auto="auto_reply", noclient=True,
  hdrs=AR + [("X-Autoreply", "yes"), ("X-Ticket-ID", "TKT-88213")]),

M("en", "-", "-", "unmonitored mailbox notice",
  "Kestrel Permits <noreply@kestrel-permits.example>",
  "This mailbox is not monitored",
  """\
This is an automated message. The mailbox you have written to is not
monitored and your email has not been read.

For questions about river permits please use the contact form on our
website or call 555-0111, Monday to Friday, 9am-5pm.
""", auto="auto_reply", noclient=True, hdrs=[("Auto-Submitted", "auto-replied"),
                                             ("Precedence", "bulk")]),

M("en", "-", "-", "person-has-left notice",
  "Sarah Kemp <sarah.kemp@tolland-construction.example>",
  "Sarah Kemp no longer works at Tolland Construction",
  """\
Sarah Kemp has left Tolland Construction and this mailbox is no longer
monitored. Your message has not been forwarded.

For plant and hire matters please contact nick.amberley@tolland-construction.example.
For accounts please contact accounts@tolland-construction.example.
""", auto="auto_reply", noclient=True, hdrs=AR),

M("en", "-", "quoted_trigger", "holiday auto-reply quoting the customer's earlier threat",
  "Natasha Greaves <natasha.greaves@mossbank.example>",
  "Auto: Re: ENGAGEMENT RING - centre stone missing after resizing",
  """\
I'm on holiday until 3 March and won't be checking email. I'll reply when
I'm back.

Natasha

> Dear Ms Greaves,
>
> Thank you for your email. We are very sorry to hear about your ring and
> have asked our Kingsgate branch manager to investigate.
>
> > My father is a solicitor and he will be in touch with your head office
> > this week. I am shaking with anger writing this.
""", auto="auto_reply", hdrs=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")]),

M("de", "-", "-", "German vacation reply with RFC 3834 headers",
  "Thorsten Biel <thorsten.biel@biel-dach.example>",
  "Abwesenheitsnotiz: Gerüst Baustelle Lindenstraße 4",
  """\
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 22. April nicht
im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Büro unter 555-0177.

Mit freundlichen Grüßen
Thorsten Biel
""", auto="auto_reply", hdrs=AR + [("X-Auto-Response-Suppress", "All")]),

M("de", "-", "-", "Outlook automatic reply in German",
  "Dr. Henrike Maas <h.maas@maas-architekten.example>",
  "Automatische Antwort: Rechnung FE-2291 über 7.480,00 €",
  """\
Guten Tag,

ich bin vom 10. bis 14. März auf einer Baustellenbesichtigung und lese
meine E-Mails nur unregelmäßig. Ab dem 17. März bin ich wieder erreichbar.

Mit freundlichen Grüßen
Henrike Maas
""", auto="auto_reply", hdrs=[("Auto-Submitted", "auto-generated"),
                              ("X-MS-Exchange-Inbox-Rules-Loop", "h.maas@maas-architekten.example")]),

M("de", "-", "no_auto_headers", "other organisation's acknowledgement without RFC 3834 headers",
  "Kundenservice Hafenkran Logistik <service@hafenkran-logistik.example>",
  "Ihre Anfrage ist bei uns eingegangen [Vorgang 2025-04417]",
  """\
Guten Tag,

vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der
Vorgangsnummer 2025-04417 erfasst. Wir melden uns in der Regel innerhalb
von 48 Stunden bei Ihnen.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

Ihr Kundenservice
Hafenkran Logistik GmbH
""", noclient=True, auto="auto_reply"),

M("fr", "-", "-", "French vacation reply with RFC 3834 headers",
  "Isabelle Lacombe <isabelle.lacombe@lacombe-immo.example>",
  "Réponse automatique : Réparation de la montre de mon père",
  """\
Bonjour,

Je suis absente du bureau jusqu'au 5 mai inclus, sans accès à ma messagerie.
Pour toute urgence, merci de contacter l'agence au 555-0155.

Cordialement,
Isabelle Lacombe
""", auto="auto_reply", hdrs=AR),

M("fr", "-", "quoted_trigger,no_auto_headers", "absence notice quoting the desk reply and a threat",
  "Rémi Faure <remi.faure@faure-post.test>",
  "Absence du bureau - Re: Remboursement promis - matelas retourné",
  """\
Bonjour, je suis en congés jusqu'au 21 avril. Je vous répondrai à mon
retour.

Rémi Faure

> Bonjour Monsieur Faure,
> Nous avons bien reçu votre message et transmis votre dossier au service
> comptable.
>
> > Sans remboursement des 890 € d'ici le 30, je déposerai une requête en
> > injonction de payer auprès du tribunal.
""", auto="auto_reply"),

M("fr", "-", "-", "person-has-left notice in French",
  "Claire Vidal <claire.vidal@ecuries-du-lac.example>",
  "Claire Vidal ne fait plus partie des Écuries du Lac",
  """\
Bonjour,

Claire Vidal a quitté les Écuries du Lac. Cette adresse n'est plus
consultée et votre message ne sera pas transféré.

Pour toute question concernant les pensions, merci d'écrire à
contact@ecuries-du-lac.example.
""", auto="auto_reply", noclient=True, hdrs=AR),

M("es", "-", "-", "Spanish vacation reply with RFC 3834 headers",
  "Julio Cárdenas <julio.cardenas@cardenas-construye.example>",
  "Respuesta automática: Fuera de la oficina",
  """\
Gracias por su mensaje. Estaré fuera de la oficina hasta el 2 de septiembre
sin acceso al correo. Para asuntos urgentes de obra, pueden llamar a la
oficina al 555-0144.

Un saludo,
Julio Cárdenas
""", auto="auto_reply", hdrs=AR + [("X-Autoreply", "yes")]),

M("es", "-", "-", "other organisation's ticket acknowledgement",
  "Atención al Cliente Náutica Levante <soporte@nautica-levante.example>",
  "Acuse de recibo de su solicitud [#55120]",
  """\
Estimado cliente:

Hemos recibido su solicitud y le hemos asignado el número de incidencia
#55120. Nuestro equipo le responderá en un plazo máximo de 72 horas
laborables.

Este es un mensaje automático; por favor, no responda a este correo.

Náutica Levante
""", auto="auto_reply", noclient=True, hdrs=AR + [("X-Ticket-ID", "55120")]),

M("es", "-", "quoted_trigger,no_auto_headers", "holiday reply quoting the customer's threat",
  "Fernando Aguirre <fernando.aguirre@aguirre-mail.example>",
  "De vacaciones - Re: Pedido VT-6620 - ventanas mal instaladas",
  """\
Estoy de vacaciones hasta el 18 de agosto. Contestaré a la vuelta.

Fernando

> Estimado Sr. Aguirre:
> Le confirmamos que un técnico se pondrá en contacto con usted.
>
> > Si en diez días no está arreglado, nos veremos en los juzgados.
""", auto="auto_reply"),

# ================================================================ bounce (14)

RAW("en", "bounce", "quoted_trigger", "Postfix DSN returning a desk reply that quotes a threat", """\
Return-Path: <>
Received: by mx1.example.test (Postfix)
	id 4F1C22A0B3; Tue, 15 Apr 2025 10:21:09 +0000 (UTC)
Date: Tue, 15 Apr 2025 10:21:09 +0000 (UTC)
From: MAILER-DAEMON@mx1.example.test (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: support@example.test
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4F1C22A0B3.1744712469/mx1.example.test"
Message-Id: <20250415102109.4F1C22A0B3@mx1.example.test>

This is a MIME-encapsulated message.

--4F1C22A0B3.1744712469/mx1.example.test
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to <postmaster>

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<aled.pryce@cwmfelin.test>: host mx.cwmfelin.test[198.51.100.23] said: 550
    5.1.1 <aled.pryce@cwmfelin.test>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)

--4F1C22A0B3.1744712469/mx1.example.test
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.example.test
X-Postfix-Queue-ID: 4F1C22A0B3
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: Tue, 15 Apr 2025 10:21:07 +0000 (UTC)

Final-Recipient: rfc822; aled.pryce@cwmfelin.test
Original-Recipient: rfc822;aled.pryce@cwmfelin.test
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.cwmfelin.test
Diagnostic-Code: smtp; 550 5.1.1 <aled.pryce@cwmfelin.test>: Recipient address
    rejected: User unknown in virtual mailbox table

--4F1C22A0B3.1744712469/mx1.example.test
Content-Description: Undelivered Message
Content-Type: message/rfc822

Date: Tue, 15 Apr 2025 10:21:05 +0000
From: Support <support@example.test>
To: Aled Pryce <aled.pryce@cwmfelin.test>
Subject: Re: Refund for cancelled Day Skipper course - fourth email
Message-ID: <a81f2c0e9b.4471@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Dear Mr Pryce,

I'm sorry for the delay. I have passed your case to our finance team.

> If the money is not in my account in seven days I will file a claim in
> the small claims court for the 1,150 plus costs.

Kind regards,
Support

--4F1C22A0B3.1744712469/mx1.example.test--
"""),

RAW("en", "bounce", "-", "Exim failure report", """\
Received: from mail by relay.harrowgate.test with local (Exim 4.97)
	id 1u8Zq2-0004xT-1F
	for support@example.test; Wed, 07 May 2025 16:02:11 +0100
Date: Wed, 07 May 2025 16:02:11 +0100
Message-Id: <E1u8Zq2-0004xT-1F@relay.harrowgate.test>
X-Failed-Recipients: lydiaf@harrowgate.test
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@relay.harrowgate.test>
To: support@example.test
Subject: Mail delivery failed: returning message to sender
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  lydiaf@harrowgate.test
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
Received: from mx1.example.test ([203.0.113.10])
	by relay.harrowgate.test with esmtps (Exim 4.97)
	(envelope-from <support@example.test>)
	id 1u8Zq1-0004xS-0c
	for lydiaf@harrowgate.test; Wed, 07 May 2025 16:02:10 +0100
Date: Wed, 07 May 2025 15:02:08 +0000
From: Support <support@example.test>
To: lydiaf@harrowgate.test
Subject: Re: Order 300-4412 - where is it
Message-ID: <c02d11a6f3.9120@escalated.example.test>

Dear Lydia,

Your mattress left our warehouse this morning. You will receive a tracking
text from the courier this evening.

Kind regards,
Support
"""),

RAW("en", "bounce", "-", "Exchange non-delivery report", """\
Received: from EX01.carrowbuild.example (192.0.2.41) by EX01.carrowbuild.example
 (192.0.2.41) with Microsoft SMTP Server id 15.2.1544.4; Thu, 10 Apr 2025
 09:14:55 +0100
From: postmaster@carrowbuild.example
To: support@example.test
Date: Thu, 10 Apr 2025 09:14:55 +0100
Subject: Undeliverable: Re: Invoice SH-20931 - scaffold duration wrong
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5f7c1a2e-8d1b-4b7e-9c55-0e3b2d1a9f00"
Message-ID: <8b1e2f44-1c2d-4a1b-b3c6-77de01f2e9aa@EX01.carrowbuild.example>
Content-Language: en-GB
Auto-Submitted: auto-replied

--5f7c1a2e-8d1b-4b7e-9c55-0e3b2d1a9f00
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Delivery has failed to these recipients or groups:

q.surveyor@carrowbuild.example
The email address you entered couldn't be found. Please check the recipien=
t's email address and try to resend the message. If the problem continues=
, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: EX01.carrowbuild.example

q.surveyor@carrowbuild.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipie=
nt not found by SMTP address lookup'

--5f7c1a2e-8d1b-4b7e-9c55-0e3b2d1a9f00
Content-Type: message/delivery-status

Reporting-MTA: dns;EX01.carrowbuild.example
Received-From-MTA: dns;mx1.example.test
Arrival-Date: Thu, 10 Apr 2025 08:14:53 +0000

Final-Recipient: rfc822;q.surveyor@carrowbuild.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not
 found by SMTP address lookup

--5f7c1a2e-8d1b-4b7e-9c55-0e3b2d1a9f00
Content-Type: text/rfc822-headers

From: Support <support@example.test>
To: <q.surveyor@carrowbuild.example>
Subject: Re: Invoice SH-20931 - scaffold duration wrong
Date: Thu, 10 Apr 2025 08:14:50 +0000
Message-ID: <f3a9b1c204.2093@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain

--5f7c1a2e-8d1b-4b7e-9c55-0e3b2d1a9f00--
"""),

RAW("en", "bounce", "-", "sendmail delay warning (not a final failure)", """\
Return-Path: <MAILER-DAEMON@smtp.ravensby.example>
Received: from localhost (localhost)
	by smtp.ravensby.example (8.17.1/8.17.1) id 54L3hQk9012231;
	Mon, 21 Apr 2025 03:43:26 GMT
Date: Mon, 21 Apr 2025 03:43:26 GMT
From: Mail Delivery Subsystem <MAILER-DAEMON@smtp.ravensby.example>
Message-Id: <202504210343.54L3hQk9012231@smtp.ravensby.example>
To: <support@example.test>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="54L3hQk9012231.1745207006/smtp.ravensby.example"
Subject: Warning: could not send message for past 4 hours
Auto-Submitted: auto-generated (warning-timeout)

This is a MIME-encapsulated message

--54L3hQk9012231.1745207006/smtp.ravensby.example

    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Sun, 20 Apr 2025 23:41:02 GMT
from mx1.example.test [203.0.113.10]

   ----- Transcript of session follows -----
<victor.hallam@ravensby.example>... Deferred: Connection timed out with mail.ravensby.example.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old

--54L3hQk9012231.1745207006/smtp.ravensby.example
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.ravensby.example
Arrival-Date: Sun, 20 Apr 2025 23:41:02 GMT

Final-Recipient: RFC822; victor.hallam@ravensby.example
Action: delayed
Status: 4.4.1
Remote-MTA: DNS; mail.ravensby.example
Last-Attempt-Date: Mon, 21 Apr 2025 03:43:26 GMT
Will-Retry-Until: Fri, 25 Apr 2025 23:41:02 GMT

--54L3hQk9012231.1745207006/smtp.ravensby.example
Content-Type: text/rfc822-headers

Return-Path: <support@example.test>
Date: Sun, 20 Apr 2025 23:40:58 +0000
From: Support <support@example.test>
To: Victor Hallam <victor.hallam@ravensby.example>
Subject: Re: Smartwatch got very hot and back is bulging
Message-ID: <0be71a93c5.3310@escalated.example.test>

--54L3hQk9012231.1745207006/smtp.ravensby.example--
"""),

RAW("en", "bounce", "-", "qmail failure notice", """\
Return-Path: <>
Received: (qmail 31204 invoked for bounce); 3 Jun 2025 11:20:44 -0000
Date: 3 Jun 2025 11:20:44 -0000
From: MAILER-DAEMON@mail.seagrass.example
To: support@example.test
Subject: failure notice
Message-ID: <20250603112044.31204.qmail@mail.seagrass.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hi. This is the qmail-send program at mail.seagrass.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<c.maroulis@seagrass.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
Received: (qmail 31199 invoked from network); 3 Jun 2025 11:20:43 -0000
Received: from mx1.example.test (HELO mx1.example.test) (203.0.113.10)
  by mail.seagrass.example with SMTP; 3 Jun 2025 11:20:43 -0000
Date: Tue, 3 Jun 2025 11:20:41 +0000
From: Support <support@example.test>
To: c.maroulis@seagrass.example
Subject: Re: Onboard account - charges for a package we never bought
Message-ID: <71c4de02aa.5521@escalated.example.test>

Dear Ms Maroulis,

Thank you for the receipts. We are reviewing your folio and will reply
within five working days.

Guest Relations
"""),

RAW("en", "bounce", "quoted_trigger", "Gmail-style failure notice quoting a complaint", """\
Return-Path: <>
Received: by mail.provider.example with SMTP id a1b2c3d4e5;
        Fri, 16 May 2025 07:31:02 -0700 (PDT)
From: Mail Delivery Subsystem <mailer-daemon@provider.example>
To: support@example.test
X-Failed-Recipients: gaz.w1878@fanzone.example
Subject: Delivery Status Notification (Failure)
Message-ID: <047d7bdca0c250c6c004fe72bd32@provider.example>
Date: Fri, 16 May 2025 14:31:02 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Auto-Submitted: auto-replied

Delivery to the following recipient failed permanently:

     gaz.w1878@fanzone.example

Technical details of permanent failure:
The email account that you tried to reach does not exist. Please try
double-checking the recipient's email address for typos or unnecessary
spaces.

The error that the other server returned was:
550 5.1.1 <gaz.w1878@fanzone.example>... User Unknown

----- Original message -----

Date: Fri, 16 May 2025 14:30:58 +0000
From: Support <support@example.test>
To: gaz.w1878@fanzone.example
Subject: Re: tickets didnt work at the turnstile
Message-ID: <9e02c71b44.1878@escalated.example.test>

Hi Gaz,

We're sorry about Saturday. Our guarantee team will review the listing.

> your "guarantee" is worth nothing. im putting the whole thing up on the
> supporters forum and on X tonight with screenshots

Kind regards,
Support
"""),

RAW("en", "bounce", "-", "ARF abuse feedback report", """\
Received: from fbl.mailhost.example (fbl.mailhost.example [198.51.100.77])
	by mx1.example.test (Postfix) with ESMTPS id 9A2F10C4E1
	for <support@example.test>; Mon, 23 Jun 2025 08:12:40 +0000 (UTC)
From: Mailhost Feedback Loop <fbl@mailhost.example>
To: support@example.test
Date: Mon, 23 Jun 2025 08:12:37 +0000
Subject: Email Feedback Report for IP 203.0.113.10
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report;
	boundary="fbl-boundary-0623-081237"
Message-ID: <fbl.20250623081237.4412@mailhost.example>

--fbl-boundary-0623-081237
Content-Type: text/plain; charset="US-ASCII"
Content-Transfer-Encoding: 7bit

This is an email abuse report for an email message received from IP
203.0.113.10 on Mon, 23 Jun 2025 07:58:02 +0000. A recipient at
mailhost.example marked this message as spam.

For information about this feedback loop please see
https://postmaster.mailhost.example/fbl

--fbl-boundary-0623-081237
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: Mailhost-FBL/2.1
Version: 1
Original-Mail-From: <support@example.test>
Arrival-Date: Mon, 23 Jun 2025 07:58:02 +0000
Source-IP: 203.0.113.10
Reported-Domain: example.test
Redacted-Address: redacted@mailhost.example

--fbl-boundary-0623-081237
Content-Type: text/rfc822-headers

Received: from mx1.example.test (mx1.example.test [203.0.113.10])
	by in.mailhost.example with ESMTPS; Mon, 23 Jun 2025 07:58:02 +0000
From: Support <support@example.test>
To: redacted@mailhost.example
Subject: Your satisfaction survey - ticket #5512
Date: Mon, 23 Jun 2025 07:57:59 +0000
Message-ID: <d4e5f60718.5512@escalated.example.test>

--fbl-boundary-0623-081237--
"""),

RAW("en", "bounce", "-", "Postfix DSN, mailbox full", """\
Return-Path: <>
Received: by mail.fjordpost.test (Postfix)
	id 71B0E3C0A2; Sat, 12 Jul 2025 18:40:31 +0200 (CEST)
Date: Sat, 12 Jul 2025 18:40:31 +0200 (CEST)
From: MAILER-DAEMON@mail.fjordpost.test (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: support@example.test
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="71B0E3C0A2.1752338431/mail.fjordpost.test"
Message-Id: <20250712164031.71B0E3C0A2@mail.fjordpost.test>

This is a MIME-encapsulated message.

--71B0E3C0A2.1752338431/mail.fjordpost.test
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.fjordpost.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<oskar.lindgren@fjordpost.test>: maildrop: maildir over quota.

--71B0E3C0A2.1752338431/mail.fjordpost.test
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.fjordpost.test
X-Postfix-Queue-ID: 71B0E3C0A2
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: Sat, 12 Jul 2025 18:40:29 +0200 (CEST)

Final-Recipient: rfc822; oskar.lindgren@fjordpost.test
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; maildrop: maildir over quota.

--71B0E3C0A2.1752338431/mail.fjordpost.test
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Date: Sat, 12 Jul 2025 16:40:27 +0000
From: Support <support@example.test>
To: Oskar Lindgren <oskar.lindgren@fjordpost.test>
Subject: Re: Streak and journal gone after moving phone
Message-ID: <5a0c93b7e1.4120@escalated.example.test>

--71B0E3C0A2.1752338431/mail.fjordpost.test--
"""),

RAW("en", "bounce", "quoted_trigger", "Exim retry timeout; returned copy quotes a threat", """\
Received: from mail by mx.westmoor.example with local (Exim 4.96)
	id 1uQ7aZ-0001pK-3m
	for support@example.test; Thu, 28 Aug 2025 06:15:02 +0100
Date: Thu, 28 Aug 2025 06:15:02 +0100
Message-Id: <E1uQ7aZ-0001pK-3m@mx.westmoor.example>
X-Failed-Recipients: s.kilbride@westmoor.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx.westmoor.example>
To: support@example.test
Subject: Mail delivery failed: returning message to sender
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  s.kilbride@westmoor.example
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
Date: Mon, 25 Aug 2025 09:00:12 +0000
From: Guest Relations <support@example.test>
To: s.kilbride@westmoor.example
Subject: Re: Flooded cabin and the compensation letter
Message-ID: <b7d2e8f015.6120@escalated.example.test>

Dear Mrs Kilbride,

Please accept our apologies. Your compensation letter is being prepared.

> I'm done waiting. My daughter works on the consumer desk at the regional
> TV station and they are very interested in stories like ours.

Guest Relations
"""),

RAW("de", "bounce", "-", "German-language DSN", """\
Return-Path: <>
Received: by mx.webpost.example (Postfix)
	id 3C8E1F2210; Mon, 9 Jun 2025 14:05:18 +0200 (CEST)
Date: Mon, 9 Jun 2025 14:05:18 +0200 (CEST)
From: MAILER-DAEMON@mx.webpost.example (Mail Delivery System)
Subject: {{Unzustellbare Nachricht: Ihre E-Mail konnte nicht zugestellt werden}}
To: support@example.test
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3C8E1F2210.1749470718/mx.webpost.example"
Message-Id: <20250609120518.3C8E1F2210@mx.webpost.example>

Dies ist eine MIME-formatierte Nachricht.

--3C8E1F2210.1749470718/mx.webpost.example
Content-Description: Benachrichtigung
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dies ist das Mailsystem auf mx.webpost.example.

Leider konnte Ihre Nachricht an einen oder mehrere Empfänger nicht
zugestellt werden. Die Nachricht ist unten angehängt.

Bei Fragen wenden Sie sich bitte an <postmaster>.

<sabine.kraemer@webpost.example>: Empfängeradresse unbekannt (550 5.1.1)

--3C8E1F2210.1749470718/mx.webpost.example
Content-Description: Zustellbericht
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.webpost.example
Arrival-Date: Mon, 9 Jun 2025 14:05:16 +0200 (CEST)

Final-Recipient: rfc822; sabine.kraemer@webpost.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--3C8E1F2210.1749470718/mx.webpost.example
Content-Description: Kopfzeilen der Nachricht
Content-Type: text/rfc822-headers

Date: Mon, 9 Jun 2025 12:05:14 +0000
From: Kundenservice <support@example.test>
To: sabine.kraemer@webpost.example
Subject: {{AW: Doppelte Abbuchung 89,00 €}}
Message-ID: <e19c2f0a77.8900@escalated.example.test>

--3C8E1F2210.1749470718/mx.webpost.example--
"""),

RAW("de", "bounce", "-", "Exchange NDR in German", """\
From: postmaster@kowalczyk-bau.example
To: support@example.test
Date: Wed, 18 Jun 2025 10:44:03 +0200
Subject: Unzustellbar: AW: Rechnung KR-5518 - Einspruch
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="b2d7e4a1-0c3f-4e55-8a9d-13f0c2e6aa01"
Message-ID: <1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d@mail.kowalczyk-bau.example>
Content-Language: de-DE
Auto-Submitted: auto-replied

--b2d7e4a1-0c3f-4e55-8a9d-13f0c2e6aa01
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Ihre Nachricht konnte an folgende Empfänger oder Gruppen nicht übermittelt
werden:

buchhaltung@kowalczyk-bau.example
Das Postfach des Empfängers ist voll und kann momentan keine Nachrichten
annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder
wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: mail.kowalczyk-bau.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'

--b2d7e4a1-0c3f-4e55-8a9d-13f0c2e6aa01
Content-Type: message/delivery-status

Reporting-MTA: dns;mail.kowalczyk-bau.example
Received-From-MTA: dns;mx1.example.test
Arrival-Date: Wed, 18 Jun 2025 08:44:01 +0000

Final-Recipient: rfc822;buchhaltung@kowalczyk-bau.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full

--b2d7e4a1-0c3f-4e55-8a9d-13f0c2e6aa01
Content-Type: text/rfc822-headers

From: Kundenservice <support@example.test>
To: <buchhaltung@kowalczyk-bau.example>
Subject: AW: Rechnung KR-5518 - Einspruch
Date: Wed, 18 Jun 2025 08:43:58 +0000
Message-ID: <3f8a1c6b20.5518@escalated.example.test>

--b2d7e4a1-0c3f-4e55-8a9d-13f0c2e6aa01--
"""),

RAW("fr", "bounce", "-", "Exchange NDR in French", """\
From: postmaster@vernier-archi.example
To: support@example.test
Date: Fri, 21 Mar 2025 15:02:44 +0100
Subject: {{Non remis : RE: Marché MV-2209 - malfaçons}}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9c0e2b71-44a5-4f0b-9e3d-6b1f0a7c2d18"
Message-ID: <77aa12cd-3e4f-4b5a-9c6d-7e8f9a0b1c2d@mail.vernier-archi.example>
Content-Language: fr-FR
Auto-Submitted: auto-replied

--9c0e2b71-44a5-4f0b-9e3d-6b1f0a7c2d18
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis aux destinataires ou groupes suivants :

secretariat@vernier-archi.example
L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez
l'adresse du destinataire et essayez de renvoyer le message.

Informations de diagnostic pour les administrateurs :

Serveur de génération : mail.vernier-archi.example
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

--9c0e2b71-44a5-4f0b-9e3d-6b1f0a7c2d18
Content-Type: message/delivery-status

Reporting-MTA: dns;mail.vernier-archi.example
Received-From-MTA: dns;mx1.example.test
Arrival-Date: Fri, 21 Mar 2025 14:02:42 +0000

Final-Recipient: rfc822;secretariat@vernier-archi.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--9c0e2b71-44a5-4f0b-9e3d-6b1f0a7c2d18
Content-Type: text/rfc822-headers

From: Service client <support@example.test>
To: <secretariat@vernier-archi.example>
Subject: {{RE: Marché MV-2209 - malfaçons}}
Date: Fri, 21 Mar 2025 14:02:39 +0000
Message-ID: <a6b7c8d9e0.2209@escalated.example.test>

--9c0e2b71-44a5-4f0b-9e3d-6b1f0a7c2d18--
"""),

RAW("es", "bounce", "-", "Exchange NDR in Spanish", """\
From: postmaster@aguirre-mail.example
To: support@example.test
Date: Tue, 12 Aug 2025 12:30:19 +0200
Subject: {{No se puede entregar: RE: Pedido VT-6620 - ventanas mal instaladas}}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="e4c1a9b2-7f30-4d2e-a1b8-2c9d0e3f4a5b"
Message-ID: <0f1e2d3c-4b5a-4697-8877-665544332211@mail.aguirre-mail.example>
Content-Language: es-ES
Auto-Submitted: auto-replied

--e4c1a9b2-7f30-4d2e-a1b8-2c9d0e3f4a5b
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

No se pudo entregar el mensaje a estos destinatarios o grupos:

f.aguirre@aguirre-mail.example
No se encontró la dirección de correo electrónico que escribió. Compruebe
la dirección del destinatario e intente reenviar el mensaje.

Información de diagnóstico para administradores:

Servidor de generación: mail.aguirre-mail.example
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

--e4c1a9b2-7f30-4d2e-a1b8-2c9d0e3f4a5b
Content-Type: message/delivery-status

Reporting-MTA: dns;mail.aguirre-mail.example
Received-From-MTA: dns;mx1.example.test
Arrival-Date: Tue, 12 Aug 2025 10:30:17 +0000

Final-Recipient: rfc822;f.aguirre@aguirre-mail.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--e4c1a9b2-7f30-4d2e-a1b8-2c9d0e3f4a5b
Content-Type: text/rfc822-headers

From: {{Atención al cliente}} <support@example.test>
To: <f.aguirre@aguirre-mail.example>
Subject: RE: Pedido VT-6620 - ventanas mal instaladas
Date: Tue, 12 Aug 2025 10:30:14 +0000
Message-ID: <c3d4e5f6a7.6620@escalated.example.test>

--e4c1a9b2-7f30-4d2e-a1b8-2c9d0e3f4a5b--
"""),

RAW("es", "bounce", "quoted_trigger", "Spanish provider DSN quoting a complaint", """\
Return-Path: <>
Received: by correo.mediterraneo-mail.test (Postfix)
	id 5D3A0B77C1; Sun, 29 Jun 2025 21:10:05 +0200 (CEST)
From: Sistema de entrega de correo <mailer-daemon@mediterraneo-mail.test>
To: support@example.test
Subject: {{Notificación de estado de entrega (error)}}
Date: Sun, 29 Jun 2025 21:10:05 +0200
Message-ID: <20250629191005.5D3A0B77C1@correo.mediterraneo-mail.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Auto-Submitted: auto-replied

No se ha podido entregar el mensaje al siguiente destinatario:

     sergio.lozano@mediterraneo-mail.test

Motivo: el buzón del destinatario está lleno (552 5.2.2 Mailbox full).
No se volverá a intentar la entrega.

----- Mensaje original -----

Date: Sun, 29 Jun 2025 19:10:01 +0000
From: =?utf-8?q?Atenci=C3=B3n_al_cliente?= <support@example.test>
To: sergio.lozano@mediterraneo-mail.test
Subject: =?utf-8?q?Re=3A_Trato_recibido_en_el_restaurante_del_barco?=
Message-ID: <f0e1d2c3b4.0608@escalated.example.test>

Estimado Sr. Lozano:

Lamentamos profundamente lo ocurrido y hemos abierto una investigación.

> Me parece indignante y asqueroso que su personal trate así a los
> clientes.

Atención al cliente
"""),

# ================================================================ list (10)

M("en", "-", "quoted_trigger", "Mailman digest discussing threats from customers",
  "Flooring-Retailers list <flooring-retailers@lists.tradeforum.example>",
  "Flooring-Retailers Digest, Vol 12, Issue 4",
  """\
Send Flooring-Retailers mailing list submissions to
	flooring-retailers@lists.tradeforum.example

To subscribe or unsubscribe visit
	https://lists.tradeforum.example/mailman/listinfo/flooring-retailers

Today's Topics:

   1. Customer threatening small claims over shade variation (Mike Dorsey)
   2. Re: Adhesive recommendations for UFH (Karen Lowe)

----------------------------------------------------------------------

Message: 1
From: Mike Dorsey <mike@dorseyfloors.example>
Subject: Customer threatening small claims over shade variation

Had a customer this week say she'll take us to small claims and "go to
the papers" because two batches of oak didn't match. Anyone dealt with
this? We'd noted batch variation on the quote.

------------------------------

Message: 2
From: Karen Lowe <karen@lowetiles.example>
Subject: Re: Adhesive recommendations for UFH

We use a flexible S1 on all underfloor heating jobs and leave the heating
off for 14 days. Never had a problem.

------------------------------

End of Flooring-Retailers Digest, Vol 12, Issue 4
*************************************************
""", auto="list", noclient=True,
  hdrs=[("List-Id", "Independent flooring retailers <flooring-retailers.lists.tradeforum.example>"),
        ("List-Unsubscribe", "<https://lists.tradeforum.example/mailman/options/flooring-retailers>,"
                             " <mailto:flooring-retailers-request@lists.tradeforum.example?subject=unsubscribe>"),
        ("List-Post", "<mailto:flooring-retailers@lists.tradeforum.example>"),
        ("Precedence", "list"),
        ("X-BeenThere", "flooring-retailers@lists.tradeforum.example"),
        ("X-Mailman-Version", "2.1.39")], pack="plain8"),

M("en", "-", "-", "trade association newsletter",
  "British Signmakers Guild <news@signmakersguild.example>",
  "Guild News: July - LED compliance update and awards shortlist",
  """\
GUILD NEWS - JULY

LED compliance update
New guidance on transformer enclosures for illuminated fascia signs comes
into force in October. Members can download the summary from the members'
area.

Awards shortlist
Congratulations to the twelve members shortlisted for this year's Sign of
the Year awards.

You are receiving this because you are a member of the Guild.
Unsubscribe: https://signmakersguild.example/unsubscribe
""", auto="list", noclient=True, pack="alt",
  hdrs=[("List-Unsubscribe", "<https://signmakersguild.example/unsubscribe?u=55120>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("X-Mailer", "MailDrop Campaigns 4.2")]),

M("en", "-", "-", "marketing bulk mail",
  "Tidebreak Kite Store <offers@tidebreak-kites.example>",
  "Summer sale - 20% off all kites this weekend",
  """\
SUMMER SALE

20% off every kite and board in store and online, this weekend only.
Use code SUMMER20 at checkout.

Free harness fitting with every kite purchased in store.

Don't want these emails? Unsubscribe at
https://tidebreak-kites.example/email/unsubscribe
""", auto="list", noclient=True, pack="html",
  hdrs=[("List-Unsubscribe", "<https://tidebreak-kites.example/email/unsubscribe?id=a71c>"),
        ("Precedence", "bulk"),
        ("X-Campaign-ID", "summer-sale-2025")]),

M("en", "-", "-", "club mailing list message",
  "Harold Finch via angling-club <angling-club@groups.riverclubs.example>",
  "[angling-club] Permits for next season",
  """\
Hi all,

Reminder that next season's permits go on sale on 1 March through the app.
Juniors are free again this year. Working party on the lower beat is on
Saturday 15th, 9am at the hut - bring gloves.

Tight lines,
Harold (Secretary)

--
You received this message because you are subscribed to the "angling-club"
group. To unsubscribe, email angling-club+unsubscribe@groups.riverclubs.example
""", auto="list", noclient=True,
  hdrs=[("List-Id", "<angling-club.groups.riverclubs.example>"),
        ("Mailing-list", "list angling-club@groups.riverclubs.example; contact angling-club+owners@groups.riverclubs.example"),
        ("List-Post", "<mailto:angling-club@groups.riverclubs.example>"),
        ("List-Unsubscribe", "<mailto:angling-club+unsubscribe@groups.riverclubs.example>"),
        ("Precedence", "list")]),

M("en", "-", "-", "vendor product-update newsletter",
  "Bracketly Product Team <updates@bracketly.example>",
  "What's new in Bracketly: faster check-ins and team swaps",
  """\
Hi there,

Here's what shipped this month:

- Faster check-ins: teams can now check in from the mobile app.
- Substitute swaps: captains can swap a substitute in between maps.
- Dark mode for the organiser dashboard.

Thanks for organising with Bracketly.

Manage email preferences: https://bracketly.example/preferences
""", auto="list", noclient=True, pack="alt",
  hdrs=[("List-Unsubscribe", "<https://bracketly.example/preferences/unsub?t=9f1c>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk")]),

M("en", "-", "quoted_trigger", "bulk webinar invitation full of trigger words",
  "Support Leaders Forum <events@supportleaders.example>",
  "Webinar: when customers threaten lawsuits, chargebacks and bad reviews",
  """\
Join us on Thursday 18 September at 2pm for a free webinar:

"I want to speak to your manager!" - handling escalations without panic

We'll cover customers who threaten to sue, to call the press or to raise a
chargeback, what to do when someone demands your CEO's email address, and
how to spot a real data breach report among the noise.

Register: https://supportleaders.example/webinars/escalations

You're receiving this because you subscribed to Support Leaders Forum
events. Unsubscribe: https://supportleaders.example/unsubscribe
""", auto="list", noclient=True,
  hdrs=[("List-Unsubscribe", "<https://supportleaders.example/unsubscribe?e=desk>"),
        ("Precedence", "bulk")]),

M("de", "-", "-", "German newsletter",
  "Reitsport Nord Newsletter <newsletter@reitsport-nord.example>",
  "Neuigkeiten aus dem Reitsport - Ausgabe September",
  """\
Liebe Reiterinnen und Reiter,

in dieser Ausgabe: die neuen Turniertermine für den Herbst, Tipps zur
Umstellung auf Winterfütterung und unser Angebot des Monats - 15 % auf
alle Stalldecken.

Viel Spaß beim Lesen!
Ihr Team von Reitsport Nord

Sie möchten diesen Newsletter nicht mehr erhalten? Abmelden:
https://reitsport-nord.example/newsletter/abmelden
""", auto="list", noclient=True, pack="alt",
  hdrs=[("List-Unsubscribe", "<https://reitsport-nord.example/newsletter/abmelden?id=7712>"),
        ("Precedence", "bulk")]),

M("fr", "-", "-", "French newsletter",
  "École de Glisse Atlantique <infos@glisse-atlantique.example>",
  "Les nouveautés de la saison",
  """\
Bonjour à toutes et à tous,

La saison reprend ! Nouveaux stages de kitesurf pour ados, sorties
catamaran au coucher du soleil et tarifs préférentiels pour les membres.

Réservations ouvertes dès maintenant sur notre site.

À très vite sur l'eau,
L'équipe Glisse Atlantique

Se désinscrire : https://glisse-atlantique.example/desinscription
""", auto="list", noclient=True,
  hdrs=[("List-Unsubscribe", "<https://glisse-atlantique.example/desinscription?u=4410>"),
        ("Precedence", "bulk")]),

M("es", "-", "-", "Spanish newsletter",
  "Boletín Pesca y Río <boletin@pescayrio.example>",
  "Novedades de pesca: apertura de la temporada de trucha",
  """\
Hola, pescador:

Este mes te contamos todo sobre la apertura de la temporada de trucha, los
nuevos cotos intensivos y las ofertas en carretes de spinning.

¡Nos vemos en el río!

Si no quieres recibir más boletines, date de baja aquí:
https://pescayrio.example/baja
""", auto="list", noclient=True, pack="alt",
  hdrs=[("List-Unsubscribe", "<https://pescayrio.example/baja?s=2231>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk")]),

M("es", "-", "quoted_trigger", "watchmakers' mailing list discussing a lawsuit threat",
  "Lista Relojeros <relojeros@listas.gremio-relojero.example>",
  "[relojeros] Cliente que amenaza con demanda por un cristal rayado",
  """\
Buenas, compañeros:

Un cliente dice que nos va a demandar y que va a "hablar con un abogado"
porque asegura que le rayamos el cristal durante una revisión. Tenemos
fotos de la recepción donde ya se ve la marca. ¿Cómo lo habéis gestionado
vosotros en casos parecidos?

Gracias,
Enrique (Relojería Sanz)

_______________________________________________
Lista relojeros
Para darse de baja: relojeros-leave@listas.gremio-relojero.example
""", auto="list", noclient=True,
  hdrs=[("List-Id", "Gremio de relojeros <relojeros.listas.gremio-relojero.example>"),
        ("List-Unsubscribe", "<mailto:relojeros-leave@listas.gremio-relojero.example>"),
        ("List-Post", "<mailto:relojeros@listas.gremio-relojero.example>"),
        ("Precedence", "list"),
        ("X-BeenThere", "relojeros@listas.gremio-relojero.example")]),

# ================================================================ receipt (5)

RAW("en", "receipt", "-", "Outlook read receipt (MDN)", """\
From: Rosalind Achebe <rosalind.achebe@elmcourt.example>
To: support@example.test
Subject: Read: Contract WG-3318 - remedial works
Date: Mon, 17 Mar 2025 08:02:41 +0000
Message-ID: <MDN.7f3a21c0.1@mail.elmcourt.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_MDN_000_01DB9710.3C1A2B40"
Content-Language: en-GB

------=_NextPart_MDN_000_01DB9710.3C1A2B40
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message

  To: Rosalind Achebe
  Subject: Contract WG-3318 - remedial works
  Sent: 14 March 2025 16:40:12 (UTC+00:00)

was read on 17 March 2025 08:02:38 (UTC+00:00).

------=_NextPart_MDN_000_01DB9710.3C1A2B40
Content-Type: message/disposition-notification

Reporting-UA: mail.elmcourt.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;rosalind.achebe@elmcourt.example
Original-Message-ID: <1b2c3d4e5f.3318@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_MDN_000_01DB9710.3C1A2B40--
"""),

RAW("en", "receipt", "quoted_trigger", "Thunderbird MDN with returned headers of a threat-bearing reply", """\
From: Chloe Varga <chloe.varga@tidebreak.test>
To: support@example.test
Subject: Return Receipt (displayed) - Re: Video of me on your Instagram
Date: Thu, 10 Jul 2025 19:22:05 +0100
Message-ID: <5e4d3c2b-1a09-4f8e-b7d6-c5b4a3928170@tidebreak.test>
MIME-Version: 1.0
User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="------------Rm2kP4xW9qZ0sT7vB1nC3dLf"

This is a multi-part message in MIME format.
--------------Rm2kP4xW9qZ0sT7vB1nC3dLf
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to
<chloe.varga@tidebreak.test>.

Note: This Return Receipt only acknowledges that the message was displayed
on the recipient's computer. There is no guarantee that the recipient has
read or understood the message contents.

--------------Rm2kP4xW9qZ0sT7vB1nC3dLf
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: tidebreak.test; Thunderbird 128.3.1
Final-Recipient: rfc822;chloe.varga@tidebreak.test
Original-Message-ID: <8d7c6b5a49.0706@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

--------------Rm2kP4xW9qZ0sT7vB1nC3dLf
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Disposition: inline

From: Support <support@example.test>
To: Chloe Varga <chloe.varga@tidebreak.test>
Subject: Re: Video of me on your Instagram - GDPR violation, reporting to the ICO
Date: Thu, 10 Jul 2025 17:05:44 +0000
Message-ID: <8d7c6b5a49.0706@escalated.example.test>

--------------Rm2kP4xW9qZ0sT7vB1nC3dLf--
"""),

RAW("de", "receipt", "-", "German read receipt", """\
From: =?utf-8?q?Friedrich_Baumann?= <f.baumann@baumann-familie.example>
To: support@example.test
Subject: Gelesen: AW: Auftrag FE-3104 - Montagetermin erneut verschoben
Date: Tue, 10 Jun 2025 07:48:12 +0200
Message-ID: <MDN.20250610054812.3104@mail.baumann-familie.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_MDN_000_01DBD9C1.44E0A1F0"
Content-Language: de-DE

------=_NextPart_MDN_000_01DBD9C1.44E0A1F0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Ihre Nachricht

  An: Friedrich Baumann
  Betreff: AW: Auftrag FE-3104 - Montagetermin erneut verschoben
  Gesendet: Montag, 9. Juni 2025 16:20:03 (UTC+01:00) Amsterdam, Berlin

wurde am Dienstag, 10. Juni 2025 07:48:09 (UTC+01:00) Amsterdam, Berlin gelesen.

------=_NextPart_MDN_000_01DBD9C1.44E0A1F0
Content-Type: message/disposition-notification

Reporting-UA: mail.baumann-familie.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;f.baumann@baumann-familie.example
Original-Message-ID: <2e3f4a5b6c.3104@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_MDN_000_01DBD9C1.44E0A1F0--
"""),

RAW("fr", "receipt", "-", "French read receipt", """\
From: =?utf-8?q?Gilles_Abadie?= <gilles.abadie@abadie-renov.example>
To: support@example.test
Subject: {{Lu : RE: Commande CA-7731 - troisième message}}
Date: Thu, 12 Jun 2025 09:15:33 +0200
Message-ID: <MDN.20250612071533.7731@mail.abadie-renov.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_MDN_000_01DBDB60.2F11C3A0"
Content-Language: fr-FR

------=_NextPart_MDN_000_01DBDB60.2F11C3A0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message

  À : Gilles Abadie
  Objet : RE: Commande CA-7731 - troisième message
  Envoyé : mercredi 11 juin 2025 17:02:10 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le jeudi 12 juin 2025 09:15:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.

------=_NextPart_MDN_000_01DBDB60.2F11C3A0
Content-Type: message/disposition-notification

Reporting-UA: mail.abadie-renov.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;gilles.abadie@abadie-renov.example
Original-Message-ID: <9a8b7c6d5e.7731@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_MDN_000_01DBDB60.2F11C3A0--
"""),

RAW("es", "receipt", "-", "Spanish read receipt", """\
From: =?utf-8?q?Alba_Navarro?= <alba.navarro@vela-mail.test>
To: support@example.test
Subject: {{Leído: RE: Cuaderno de bitácora digital vacío}}
Date: Wed, 23 Jul 2025 20:41:09 +0200
Message-ID: <MDN.20250723184109.0120@vela-mail.test>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_MDN_000_01DBFBF2.8A3D5E10"
Content-Language: es-ES

------=_NextPart_MDN_000_01DBFBF2.8A3D5E10
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Su mensaje

  Para: Alba Navarro
  Asunto: RE: Cuaderno de bitácora digital vacío
  Enviado: miércoles, 23 de julio de 2025 10:12:44 (UTC+01:00) Bruselas, Copenhague, Madrid, París

ha sido leído el miércoles, 23 de julio de 2025 20:41:05 (UTC+01:00) Bruselas, Copenhague, Madrid, París.

------=_NextPart_MDN_000_01DBFBF2.8A3D5E10
Content-Type: message/disposition-notification

Reporting-UA: vela-mail.test; Microsoft Outlook 16.0
Final-Recipient: rfc822;alba.navarro@vela-mail.test
Original-Message-ID: <4c5d6e7f80.0120@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_MDN_000_01DBFBF2.8A3D5E10--
"""),

# ================================================================ self (5)

M("en", "-", "quoted_trigger", "desk's own acknowledgement looped back, quoting a threat",
  "Customer Support <support@example.test>",
  "[#4471] We've received your request",
  """\
Hello,

Thanks for getting in touch. Your request has been logged as ticket #4471
and one of our team will reply within one working day.

Your message:

> This is my fourth email about this. If the money is not in my account in
> seven days I will file a claim in the small claims court.

Customer Support
""", auto="self", noclient=True,
  hdrs=AR + [("Message-ID", "<ack-4471.1c9e@escalated.example.test>"),
             ("X-Ticket-ID", "4471")]),

M("en", "-", "quoted_trigger", "internal escalation notice from the desk's own address",
  "Escalated <escalated@example.test>",
  "Escalation notice: ticket #5120 flagged (legal_threat, high_value_order)",
  """\
Ticket #5120 has been flagged for escalation.

Customer: Rajesh Mallory
Flags: legal_threat, high_value_order
Queue: Level 3 - Management

Excerpt:
> If I don't get a proper answer by the end of the week I'll take this to
> court.

Open the ticket: https://desk.example.test/tickets/5120
""", auto="self", noclient=True,
  hdrs=[("Auto-Submitted", "auto-generated"),
        ("Message-ID", "<notice-5120.7a2b@escalated.example.test>")]),

M("en", "-", "quoted_trigger", "agent reply looped back; only the Message-ID domain marks it",
  "Paula Hendry <paula.hendry@example.test>",
  "Re: Order 300-4412 - where is it",
  """\
Dear Lydia,

I'm so sorry for the wait. I've chased the warehouse and your mattress is
booked onto Friday's van; you'll get a tracking text on Thursday evening.

Kind regards,
Paula Hendry
Customer Support

> If it isn't here by Saturday please cancel the order and refund me, and
> I'll get one from Slumberwell instead.
""", auto="self",
  hdrs=[("Message-ID", "<reply-4412.e81f@escalated.example.test>"),
        ("In-Reply-To", "<0A1B2C3D-4E5F-6789-ABCD-EF0123456789@harrowgate.test>")]),

M("en", "-", "-", "desk's own daily digest",
  "Customer Support <support@example.test>",
  "Daily summary: 14 open tickets, 3 awaiting customer",
  """\
Daily summary for Tuesday

Open tickets: 14
Awaiting customer: 3
Breaching SLA today: 1 (#5512)

Oldest open ticket: #4471 (9 days)

This summary is generated automatically.
""", auto="self", noclient=True,
  hdrs=[("Auto-Submitted", "auto-generated"),
        ("Message-ID", "<digest-20250610.0600@escalated.example.test>")]),

M("fr", "-", "quoted_trigger", "desk's own French acknowledgement quoting a threat",
  "Service client <support@example.test>",
  "[#6120] Nous avons bien reçu votre demande",
  """\
Bonjour,

Nous avons bien reçu votre message, enregistré sous le numéro #6120. Un
conseiller vous répondra sous 48 heures ouvrées.

Votre message :

> J'ai transmis le dossier à mon avocate, qui vous adressera prochainement
> une mise en demeure.

Le service client
""", auto="self", noclient=True,
  hdrs=AR + [("Message-ID", "<ack-6120.3f0d@escalated.example.test>")]),

]
