# Automated mail: auto-replies, bounces/DSNs, list mail, read receipts, the desk's own mail.
# Structures copied from the shape of real DSNs/MDNs/auto-replies; all texts hand-written.
from h14_base import A, T, MP, RAW

SUP = "support@example.test"

# -- originals that bounced or were auto-answered (desk replies that quote a customer) --------
ORIG_LAWYER = """From: Support <support@example.test>
To: Gareth Pryce <g.pryce@valleymail.example>
Subject: Re: Deposit taken twice [#48213]
Date: Mon, 13 May 2024 10:02:11 +0100
Message-ID: <r48213.1@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Dear Mr Pryce,

thank you for your message. We are looking into the payment now.

> I've now passed copies of both statements to my solicitor and she'll
> be writing to you separately if the money isn't back by next week.

Kind regards,
Support
"""

ORIG_OUTAGE = """From: Support <support@example.test>
To: Rebecca Thorn <rthorn@thornbuild.example>
Subject: Re: Payment terminal AND website down [#50177]
Date: Tue, 28 May 2024 08:14:55 +0100
Message-ID: <r50177.2@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Hello Rebecca,

the permit shop is available again. We apologise for the disruption.

> Your online permit shop has been down since Friday lunchtime - "Bad
> Gateway 502" on every page. Absolute shambles.

Support
"""

ORIG_DE = """From: Kundenservice <support@example.test>
To: Heinrich Pape <heinrich.pape@pape-online.example>
Subject: AW: Abbuchung trotz Kuendigung [#51904]
Date: Wed, 05 Jun 2024 09:30:00 +0200
Message-ID: <r51904.1@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Sehr geehrter Herr Pape,

wir prüfen die Abbuchungen und melden uns.

> Andernfalls übergebe ich die Angelegenheit meinem Rechtsanwalt.

Mit freundlichen Grüßen
Kundenservice
"""

ORIG_PLAIN = """From: Support <support@example.test>
To: Tom Okafor <tom.okafor@fastpost.example>
Subject: Re: callback? [#47750]
Date: Fri, 10 May 2024 16:45:12 +0100
Message-ID: <r47750.3@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Hi Tom,

our technician will call you on Monday morning to book the heater swap.

Best regards,
Support
"""

HDRS_ONLY_FR = """From: Service client <support@example.test>
To: Pascal Lenoir <pascal.lenoir@lenoir.example>
Subject: Re: Dernier avertissement [#52611]
Date: Thu, 13 Jun 2024 11:20:41 +0200
Message-ID: <r52611.1@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""

HDRS_ONLY_ES = """From: Soporte <support@example.test>
To: Javier Ortega <javier.ortega@ortega.example>
Subject: Re: Cobro indebido [#53020]
Date: Mon, 17 Jun 2024 12:05:09 +0200
Message-ID: <r53020.1@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""


def H(frm, subj, extra=(), to=SUP, mid_dom="example.test"):
    h = [("From", frm), ("To", to), ("Subject", subj), ("Date", "@DATE"),
         ("Message-ID", "<@MID@%s>" % mid_dom)]
    return h + list(extra)


ARH = [("Auto-Submitted", "auto-replied")]
IRT = [("In-Reply-To", "<r47750.3@example.test>"), ("References", "<r47750.3@example.test>")]

MSGS = [
# ================================================================ auto_reply
A("auto_reply", "en", "-",
  H("Tom Okafor <tom.okafor@fastpost.example>", "Out of office: Re: callback? [#47750]",
    ARH + [("X-Autoreply", "yes")] + IRT, mid_dom="fastpost.example"),
  T("""
Thanks for your email. I'm on annual leave until Monday 20 May with no access to email.

For anything about the hot tub installation please call my wife Grace on 07700 555 310.

Tom
""")),

A("auto_reply", "en", "no_rfc3834_headers",
  H("Derek Sullivan <dsullivan@sullivanprint.example>", "Automatic reply: Invoice CS-4471 [#49012]",
    [("X-MS-Exchange-Inbox-Rules-Loop", "dsullivan@sullivanprint.example"),
     ("X-Auto-Response-Suppress", "All"), ("Thread-Topic", "Invoice CS-4471 [#49012]")],
    mid_dom="sullivanprint.example"),
  MP("alternative", [
      T("""
I am out of the office until Wednesday 12 June. For urgent accounts queries please contact accounts@sullivanprint.example.

Derek
"""),
      T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div>I am out of the office until Wednesday 12 June. For urgent accounts queries please contact accounts@sullivanprint.example.</div>
<div><br></div>
<div>Derek</div>
</body></html>
""", subtype="html", cte="quoted-printable")]),
  note="Outlook auto-reply without Auto-Submitted; recognisable by subject and X-Auto-Response-Suppress"),

A("auto_reply", "en", "quoted_trigger",
  H("Helpdesk <help@gardenhire.example>", "[Request #88127] We've received your message",
    [("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply"),
     ("X-Ticket-ID", "88127")], mid_dom="gardenhire.example"),
  T("""
Hello,

Thank you for contacting Greenbank Garden Tool Hire. Your request has been logged as #88127 and one of our team will reply within two working days.

Summary of your message:
"This is the third time we have chased the tow-bar invoice. If we do not hear back we will cancel the account and take legal action."

Please do not reply to this email; add comments at help.gardenhire.example/requests/88127.

Greenbank Helpdesk
"""), note="another organisation's ticket acknowledgement quoting trigger words"),

A("auto_reply", "en", "-",
  H("No Reply <noreply@kestrelcoast.example>", "Re: Course refund [#50402]",
    [("Auto-Submitted", "auto-replied")], mid_dom="kestrelcoast.example"),
  T("""
This mailbox is not monitored. Your email has not been read.

For bookings and course questions please use the contact form at kestrelcoast.example/contact or call the school office on 01632 555 019 (Mon-Fri 9-5).
""")),

A("auto_reply", "en", "-",
  H("Jane Rook <jane.rook@oakfieldvets.example>", "Undelivered to recipient: Jane Rook has left Oakfield",
    [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "OOF")],
    mid_dom="oakfieldvets.example"),
  T("""
Jane Rook no longer works at Oakfield Veterinary Group and this mailbox is no longer monitored.

Please redirect your message to reception@oakfieldvets.example. Your email has not been forwarded.
""")),

A("auto_reply", "en", "quoted_trigger",
  H("Margaret Ellery <m.ellery@ellery-law.example>", "Auto: Re: Yoga retreat - Saturday [#47881]",
    [("Auto-Submitted", "auto-replied"), ("X-Autorespond", "vacation")], mid_dom="ellery-law.example"),
  T("""
I am away until 3 June and will reply on my return.

-----
Your message:
> Dear Mrs Ellery, we are very sorry to read that you found the weekend "the most
> shambolic weekend you have ever paid for" and that you will not be renewing.
> A manager will call you this week.
"""), note="vacation reply echoing the desk's message, which quotes anger and a cancellation"),

A("auto_reply", "en", "-",
  H("Operations <ops@marlowfreight.example>", "Thank you for your email",
    [("Precedence", "bulk"), ("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
    mid_dom="marlowfreight.example"),
  T("""
Thank you for your email. Our office is closed for the Christmas period from 23 December to 2 January. Messages will be answered in the order received when we reopen.

Marlow Freight Operations
""")),

A("auto_reply", "de", "-",
  H("Klaus Westermann <klaus.westermann@westermann.example>",
    ("ENC", "Abwesenheitsnotiz: AW: Anhängerkupplung [#51210]", "iso-8859-1"),
    ARH, mid_dom="westermann.example"),
  T("""
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 14. Juni nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Ott (ott@westermann.example).

Mit freundlichen Grüßen
Klaus Westermann
""", cs="iso-8859-1", cte="quoted-printable")),

A("auto_reply", "de", "no_rfc3834_headers",
  H("Sabine Lorenz <sabine.lorenz@lorenz-hotel.example>",
    "Automatische Antwort: Auftrag 40-1187 [#51555]",
    [("X-Auto-Response-Suppress", "All"), ("Thread-Topic", "Auftrag 40-1187 [#51555]")],
    mid_dom="lorenz-hotel.example"),
  T("""
Guten Tag,

ich bin bis 22.07. im Urlaub. Ihre Nachricht wird nicht weitergeleitet. Bei Fragen zu Zimmerbuchungen wenden Sie sich bitte an rezeption@lorenz-hotel.example.

Sabine Lorenz
""", cs="windows-1252", cte="8bit")),

A("auto_reply", "de", "quoted_trigger",
  H("Gisela Brück <gisela.brueck@brueck.example>",
    ("ENC", "Abwesend: AW: Gelöschte Kundendaten [#52019]", "utf-8"),
    [("Auto-Submitted", "auto-replied")], mid_dom="brueck.example"),
  T("""
Ich bin derzeit nicht erreichbar und ab dem 1. Juli wieder für Sie da.

Ihre Nachricht:
> Sehr geehrte Frau Brück, wir bedauern sehr, dass durch das Systemupgrade Ihre
> Hundeakten verloren gegangen sind, und nehmen zur Kenntnis, dass Sie Ihren
> Anwalt beauftragt haben.
"""), note="auto-reply quoting the desk's answer about data loss and a lawyer"),

A("auto_reply", "de", "-",
  H("Postmaster Ulrich GmbH <postmaster@ulrich-gmbh.example>",
    "Herr Schneider ist nicht mehr im Unternehmen",
    [("Auto-Submitted", "auto-generated")], mid_dom="ulrich-gmbh.example"),
  T("""
Sehr geehrte Damen und Herren,

Herr Schneider ist nicht mehr für die Ulrich GmbH tätig. Ihre E-Mail wurde nicht weitergeleitet. Bitte richten Sie Ihr Anliegen an info@ulrich-gmbh.example.

Dies ist eine automatisch erzeugte Nachricht.
""")),

A("auto_reply", "fr", "-",
  H("Claire Dubois <claire.dubois@dubois-immo.example>",
    ("ENC", "Réponse automatique : Installation spa [#52280]", "iso-8859-15"),
    ARH, mid_dom="dubois-immo.example"),
  T("""
Bonjour,

Je suis absente du bureau jusqu'au 26 août inclus, avec un accès limité à ma messagerie. Pour toute urgence, vous pouvez contacter l'agence au +33 1 555 01 23.

Cordialement,
Claire Dubois
""", cs="iso-8859-15", cte="8bit")),

A("auto_reply", "fr", "quoted_trigger",
  H("Service Clients Atelier Plume <sav@atelierplume.example>",
    ("ENC", "Accusé de réception – demande n° 20418", "utf-8"),
    [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    mid_dom="atelierplume.example"),
  T("""
Bonjour,

Nous accusons réception de votre demande n° 20418, reproduite ci-dessous. Un conseiller vous répondra sous 48 heures ouvrées.

« C'est la troisième fois que je vous écris, c'est inadmissible. Je veux parler à un responsable. »

Ceci est un message automatique, merci de ne pas y répondre.
""")),

A("auto_reply", "fr", "-",
  H("Marc Aubert <marc.aubert@aubert-transport.example>",
    "Absence : Marc Aubert ne fait plus partie de la société",
    [("Auto-Submitted", "auto-replied")], mid_dom="aubert-transport.example"),
  T("""
Bonjour,

Marc Aubert a quitté la société Aubert Transport. Votre message ne lui sera pas transmis. Merci d'écrire désormais à contact@aubert-transport.example.
""", cs="iso-8859-1", cte="quoted-printable")),

A("auto_reply", "es", "-",
  H("Diego Morales <diego.morales@morales-rutas.example>",
    ("ENC", "Respuesta automática: Camperización pendiente [#53101]", "utf-8"),
    [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], mid_dom="morales-rutas.example"),
  T("""
Hola:

Estoy fuera de la oficina hasta el 2 de septiembre, sin acceso al correo. Para asuntos urgentes, llame al 912 555 048.

Un saludo,
Diego Morales
""")),

A("auto_reply", "es", "-",
  H("Atención al Cliente <no-responder@limpiezasur.example>",
    ("ENC", "Hemos recibido su consulta [Caso 77415]", "iso-8859-1"),
    [("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply")], mid_dom="limpiezasur.example"),
  T("""
Estimado cliente:

Hemos recibido su consulta y le hemos asignado el número de caso 77415. Le responderemos en un plazo máximo de 72 horas.

Este buzón no se revisa. Por favor, no responda a este mensaje.
""", cs="iso-8859-1", cte="8bit")),

A("auto_reply", "es", "no_rfc3834_headers",
  H("Beatriz Serrano <beatriz.serrano@serrano.example>",
    ("ENC", "Respuesta automática: Re: Me han cobrado dos veces [#53377]", "utf-8"),
    [("X-Auto-Response-Suppress", "All"), ("Thread-Topic", "Me han cobrado dos veces [#53377]")],
    mid_dom="serrano.example"),
  T("""
Gracias por su mensaje. Estoy de baja por maternidad hasta el 15 de noviembre y no leo el correo.

Si necesita algo urgente, escriba a mi compañero Jaime: jaime@serrano.example.

Beatriz
"""), note="Outlook-style auto-reply; 'de baja' is leave, not an account cancellation"),

# ================================================================ bounce
A("bounce", "en", "quoted_trigger",
  [("Return-Path", "<>")] + H("MAILER-DAEMON@mx.example.test (Mail Delivery System)",
    "Undelivered Mail Returned to Sender", [("Auto-Submitted", "auto-replied")], mid_dom="mx.example.test"),
  MP("report", [
      T("""
This is the mail system at host mx.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<g.pryce@valleymail.example>: host mx1.valleymail.example[198.51.100.23] said:
    550 5.1.1 <g.pryce@valleymail.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", cs="us-ascii", disp="inline", extra=[("Content-Description", "Notification")]),
      RAW("message/delivery-status", """
Reporting-MTA: dns; mx.example.test
X-Postfix-Queue-ID: 4Vq7Hk2bZ1z9sWL
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: Mon, 13 May 2024 10:02:12 +0100 (BST)

Final-Recipient: rfc822; g.pryce@valleymail.example
Original-Recipient: rfc822;g.pryce@valleymail.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.valleymail.example
Diagnostic-Code: smtp; 550 5.1.1 <g.pryce@valleymail.example>: Recipient
    address rejected: User unknown in virtual mailbox table
""", [("Content-Description", "Delivery report")]),
      RAW("message/rfc822", ORIG_LAWYER, [("Content-Description", "Undelivered Message")]),
  ], {"report-type": "delivery-status"}), note="Postfix DSN; the returned original quotes a solicitor threat"),

A("bounce", "en", "quoted_trigger",
  [("Return-Path", "<>")] + H("Mail Delivery System <Mailer-Daemon@smtp.example.test>",
    "Mail delivery failed: returning message to sender",
    [("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "rthorn@thornbuild.example")],
    mid_dom="smtp.example.test"),
  T("""
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  rthorn@thornbuild.example
    host mail.thornbuild.example [203.0.113.41]
    SMTP error from remote mail server after RCPT TO:<rthorn@thornbuild.example>:
    550 5.2.1 Mailbox disabled for this recipient

------ This is a copy of the message, including all the headers. ------

""" + ORIG_OUTAGE), note="Exim bounce with the original inline; the original quotes an outage report"),

A("bounce", "en", "-",
  [("Return-Path", "<>")] + H("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@sullivanprint.example>",
    "Undeliverable: Re: Invoice CS-4471 [#49012]",
    [("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
    mid_dom="sullivanprint.example"),
  MP("report", [
      MP("alternative", [
          T("""
Delivery has failed to these recipients or groups:

accounts@sullivanprint.example
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: EX01.sullivanprint.example

accounts@sullivanprint.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""),
          T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>
<p><a href="mailto:accounts@sullivanprint.example">accounts@sullivanprint.example</a><br>
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.</p>
<p>Generating server: EX01.sullivanprint.example</p>
</body></html>
""", subtype="html", cte="quoted-printable")]),
      RAW("message/delivery-status", """
Reporting-MTA: dns;EX01.sullivanprint.example
Received-From-MTA: dns;mx.example.test
Arrival-Date: Thu, 6 Jun 2024 14:11:09 +0000

Final-Recipient: rfc822;accounts@sullivanprint.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""),
      RAW("text/rfc822-headers", """
From: Support <support@example.test>
To: accounts@sullivanprint.example
Subject: Re: Invoice CS-4471 [#49012]
Date: Thu, 6 Jun 2024 15:11:02 +0100
Message-ID: <r49012.2@example.test>
MIME-Version: 1.0
""", [("Content-Transfer-Encoding", "7bit")]),
  ], {"report-type": "delivery-status"}), note="Exchange NDR"),

A("bounce", "en", "-",
  [("Return-Path", "<>")] + H("Mail Delivery Subsystem <MAILER-DAEMON@relay.example.test>",
    "Warning: could not send message for past 4 hours",
    [("Auto-Submitted", "auto-generated (warning-timeout)")], mid_dom="relay.example.test"),
  MP("report", [
      T("""
    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Fri, 10 May 2024 16:45:13 +0100
from mx.example.test [192.0.2.10]

   ----- Transcript of session follows -----
<tom.okafor@fastpost.example>... Deferred: Connection timed out with mx.fastpost.example.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
"""),
      RAW("message/delivery-status", """
Reporting-MTA: dns; relay.example.test
Arrival-Date: Fri, 10 May 2024 16:45:13 +0100

Final-Recipient: RFC822; tom.okafor@fastpost.example
Action: delayed
Status: 4.4.1
Remote-MTA: DNS; mx.fastpost.example
Last-Attempt-Date: Fri, 10 May 2024 20:47:02 +0100
Will-Retry-Until: Wed, 15 May 2024 16:45:13 +0100
"""),
      RAW("message/rfc822", ORIG_PLAIN),
  ], {"report-type": "delivery-status"}), note="sendmail delay warning"),

A("bounce", "en", "-",
  [("Return-Path", "<>")] + H("MAILER-DAEMON@mail.kestrelcoast.example", "failure notice",
    mid_dom="mail.kestrelcoast.example"),
  T("""
Hi. This is the qmail-send program at mail.kestrelcoast.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<bookings@kestrelcoast.example>:
This mailbox is over quota. (#5.2.2)

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
From: Support <support@example.test>
To: bookings@kestrelcoast.example
Subject: Re: Course refund [#50402]
Date: Wed, 22 May 2024 11:00:40 +0100
Message-ID: <r50402.4@example.test>

Hello, we have forwarded the refund request to the school office.
"""), note="qmail bounce"),

A("bounce", "en", "-",
  [("Return-Path", "<>")] + H("Mail Delivery Subsystem <mailer-daemon@googlemail.example>",
    "Delivery Status Notification (Failure)",
    [("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "priya.r@inbox.example")],
    mid_dom="mail.gmail.example"),
  MP("report", [
      MP("alternative", [
          T("""
** Address not found **

Your message wasn't delivered to priya.r@inbox.example because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
"""),
          T("""
<html><body><div><h2>Address not found</h2>
<p>Your message wasn't delivered to <b>priya.r@inbox.example</b> because the address couldn't be found, or is unable to receive mail.</p>
<p>The response from the remote server was:<br>550 5.1.1 The email account that you tried to reach does not exist.</p></div></body></html>
""", subtype="html", cte="quoted-printable")]),
      RAW("message/delivery-status", """
Reporting-MTA: dns; googlemail.example
Received-From-MTA: dns; support@example.test
Arrival-Date: Tue, 04 Jun 2024 02:13:51 -0700 (PDT)

Final-Recipient: rfc822; priya.r@inbox.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.inbox.example. (203.0.113.8, the server for the domain inbox.example.)
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Tue, 04 Jun 2024 02:13:52 -0700 (PDT)
"""),
      RAW("text/rfc822-headers", """
From: Support <support@example.test>
To: priya.r@inbox.example
Subject: Re: app keeps crashing when I open the class list [#49630]
Date: Tue, 04 Jun 2024 10:13:50 +0100
Message-ID: <r49630.1@example.test>
"""),
  ], {"report-type": "delivery-status"}), note="Gmail-style DSN; subject of returned headers repeats the customer's words"),

A("bounce", "en", "-",
  [("Return-Path", "<>")] + H("Mail Delivery System <MAILER-DAEMON@mx.example.test>",
    "Undelivered Mail Returned to Sender", [("Auto-Submitted", "auto-replied")], mid_dom="mx.example.test"),
  MP("report", [
      T("""
This is the mail system at host mx.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<ken.alderton@homemail.example>: host mx.homemail.example[192.0.2.77] said:
    552 5.2.2 <ken.alderton@homemail.example>: Mailbox full (in reply to
    RCPT TO command)
""", cs="us-ascii"),
      RAW("message/delivery-status", """
Reporting-MTA: dns; mx.example.test
Arrival-Date: Thu, 18 Jul 2024 09:40:01 +0100 (BST)

Final-Recipient: rfc822; ken.alderton@homemail.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 <ken.alderton@homemail.example>: Mailbox full
"""),
      RAW("text/rfc822-headers", """
From: Support <support@example.test>
To: ken.alderton@homemail.example
Subject: Re: your so called 'deep clean' [#54410]
Date: Thu, 18 Jul 2024 09:40:00 +0100
Message-ID: <r54410.1@example.test>
"""),
  ], {"report-type": "delivery-status"}), note="Postfix mailbox full"),

A("bounce", "en", "-",
  [("Return-Path", "<>")] + H("Mail Delivery System <Mailer-Daemon@smtp.example.test>",
    "Warning: message 1sT7Qx-0004Kd-2L delayed 24 hours",
    [("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "ops@marlowfreight.example")],
    mid_dom="smtp.example.test"),
  T("""
This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on smtp.example.test.

The message identifier is:     1sT7Qx-0004Kd-2L
The subject of the message is: Re: Delivery slot [#55002]
The date of the message is:    Mon, 05 Aug 2024 13:02:11 +0100

The address to which the message has not yet been delivered is:

  ops@marlowfreight.example
    Delay reason: SMTP error from remote mail server after initial connection:
    421 mx.marlowfreight.example Service not available, closing transmission channel

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
"""), note="Exim delay warning; 'Service not available' is the remote MTA, not a customer outage"),

A("bounce", "en", "-",
  H("Feedback Loop <fbl@mailhost.example>", "Email Feedback Report for IP 203.0.113.25",
    mid_dom="mailhost.example"),
  MP("report", [
      T("""
This is an email abuse report for an email message received from IP 203.0.113.25 on Tue, 11 Jun 2024 07:15:22 +0000.
A recipient of the message marked it as spam. For more information about this format please see RFC 5965.
"""),
      RAW("message/feedback-report", """
Feedback-Type: abuse
User-Agent: ExampleFBL/1.0
Version: 1
Original-Mail-From: <support@example.test>
Arrival-Date: Tue, 11 Jun 2024 07:15:22 +0000
Source-IP: 203.0.113.25
Reported-Domain: example.test
"""),
      RAW("text/rfc822-headers", """
From: Support <support@example.test>
To: redacted@mailhost.example
Subject: Your chess camp booking [#52207]
Date: Tue, 11 Jun 2024 08:15:10 +0100
Message-ID: <r52207.1@example.test>
"""),
  ], {"report-type": "feedback-report"}), note="ARF abuse report"),

A("bounce", "de", "quoted_trigger",
  [("Return-Path", "<>")] + H("Mail Delivery System <MAILER-DAEMON@mx.pape-online.example>",
    ("ENC", "Unzustellbar: AW: Abbuchung trotz Kündigung [#51904]", "utf-8"),
    [("Auto-Submitted", "auto-replied")], mid_dom="mx.pape-online.example"),
  MP("report", [
      T("""
Dies ist eine automatisch erstellte Nachricht des Mailservers mx.pape-online.example.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden.

<heinrich.pape@pape-online.example>: Das Postfach des Empfängers ist voll.
    552 5.2.2 Mailbox full

Die nicht zugestellte Nachricht ist unten angehängt.
"""),
      RAW("message/delivery-status", """
Reporting-MTA: dns; mx.pape-online.example
Arrival-Date: Wed, 05 Jun 2024 09:30:02 +0200

Final-Recipient: rfc822; heinrich.pape@pape-online.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
"""),
      RAW("message/rfc822", ORIG_DE, [("Content-Transfer-Encoding", "8bit")]),
  ], {"report-type": "delivery-status"}), note="German DSN; returned original quotes an Anwalt threat"),

A("bounce", "de", "-",
  [("Return-Path", "<>")] + H("Microsoft Outlook <postmaster@westermann.example>",
    "Unzustellbar: Termin Montage [#51330]",
    [("Auto-Submitted", "auto-replied"), ("Content-Language", "de-DE")], mid_dom="westermann.example"),
  MP("report", [
      T("""
Die Nachricht konnte an folgende Empfänger oder Gruppen nicht übermittelt werden:

werkstatt@westermann.example
Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden.

Diagnoseinformationen für Administratoren:
Generierender Server: MAIL01.westermann.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'
""", cs="iso-8859-1", cte="quoted-printable"),
      RAW("message/delivery-status", """
Reporting-MTA: dns;MAIL01.westermann.example
Arrival-Date: Fri, 14 Jun 2024 08:01:44 +0000

Final-Recipient: rfc822;werkstatt@westermann.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound
"""),
      RAW("text/rfc822-headers", """
From: Kundenservice <support@example.test>
To: werkstatt@westermann.example
Subject: Termin Montage [#51330]
Date: Fri, 14 Jun 2024 10:01:40 +0200
Message-ID: <r51330.1@example.test>
"""),
  ], {"report-type": "delivery-status"}), note="German Exchange NDR"),

A("bounce", "fr", "-",
  [("Return-Path", "<>")] + H("Mail Delivery System <MAILER-DAEMON@mx.lenoir.example>",
    ("ENC", "Non remis : Re: Dernier avertissement [#52611]", "iso-8859-1"),
    [("Auto-Submitted", "auto-replied")], mid_dom="mx.lenoir.example"),
  MP("report", [
      T("""
Ceci est un message automatique du serveur mx.lenoir.example.

Votre message n'a pas pu être remis aux destinataires suivants :

<pascal.lenoir@lenoir.example> : adresse inconnue
    550 5.1.1 Utilisateur inconnu

Les en-têtes du message d'origine sont joints.
""", cs="iso-8859-1", cte="8bit"),
      RAW("message/delivery-status", """
Reporting-MTA: dns; mx.lenoir.example
Arrival-Date: Thu, 13 Jun 2024 11:20:44 +0200

Final-Recipient: rfc822; pascal.lenoir@lenoir.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Utilisateur inconnu
"""),
      RAW("text/rfc822-headers", HDRS_ONLY_FR),
  ], {"report-type": "delivery-status"}), note="French DSN"),

A("bounce", "es", "-",
  [("Return-Path", "<>")] + H("Sistema de entrega de correo <MAILER-DAEMON@mx.ortega.example>",
    ("ENC", "No se puede entregar: Re: Cobro indebido [#53020]", "utf-8"),
    [("Auto-Submitted", "auto-replied")], mid_dom="mx.ortega.example"),
  MP("report", [
      T("""
Este es un mensaje generado automáticamente por el servidor mx.ortega.example.

No ha sido posible entregar su mensaje a los siguientes destinatarios:

<javier.ortega@ortega.example>: el buzón del destinatario está lleno.
    552 5.2.2 Buzón lleno

Se adjuntan las cabeceras del mensaje original.
"""),
      RAW("message/delivery-status", """
Reporting-MTA: dns; mx.ortega.example
Arrival-Date: Mon, 17 Jun 2024 12:05:12 +0200

Final-Recipient: rfc822; javier.ortega@ortega.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Buzon lleno
"""),
      RAW("text/rfc822-headers", HDRS_ONLY_ES),
  ], {"report-type": "delivery-status"}), note="Spanish DSN"),

# ================================================================ list
A("list", "en", "quoted_trigger",
  H("Vanlife Builders Forum <digest@vanbuilders.example>", "Vanlife Builders Digest, Vol 42, Issue 7",
    [("List-Id", "Vanlife Builders <builders.lists.vanbuilders.example>"),
     ("List-Unsubscribe", "<mailto:builders-leave@lists.vanbuilders.example>"),
     ("List-Post", "<mailto:builders@lists.vanbuilders.example>"),
     ("Precedence", "list")], mid_dom="lists.vanbuilders.example"),
  T("""
Send Builders mailing list submissions to
	builders@lists.vanbuilders.example

Today's Topics:

   1. Re: Habitation battery sizing (Rob Ellis)
   2. Workshop horror story (Anon)

----------------------------------------------------------------------

Message: 1
From: Rob Ellis
Subject: Re: Habitation battery sizing

200Ah lithium is plenty for a fridge and lights. Don't skimp on the fuse.

------------------------------

Message: 2
From: Anon
Subject: Workshop horror story

Our conversion is four months late and the workshop won't answer the phone. I've told them I'm taking them to court and going to the local paper. Absolutely disgusting service.

------------------------------

End of Builders Digest, Vol 42, Issue 7
"""), note="list digest containing a member's complaint"),

A("list", "en", "-",
  H("County Chess League <announce@countychess.example>", "[CCL-announce] Fixtures for the autumn season",
    [("List-Id", "CCL announcements <ccl-announce.countychess.example>"),
     ("List-Unsubscribe", "<https://lists.countychess.example/unsubscribe/ccl-announce>, <mailto:ccl-announce-request@countychess.example?subject=unsubscribe>"),
     ("List-Archive", "<https://lists.countychess.example/archive/ccl-announce>"),
     ("Precedence", "list"), ("Sender", "ccl-announce-bounces@countychess.example")],
    mid_dom="countychess.example"),
  T("""
Dear captains,

The autumn fixtures are now on the league website. Please check your home dates and let the fixtures secretary know of any clashes by 31 August.

Note: the league website will be offline on Saturday morning for its annual upgrade.

Fixtures Secretary
County Chess League
_______________________________________________
CCL-announce mailing list
ccl-announce@countychess.example
""")),

A("list", "en", "-",
  H("Harbour Coffee Supplies <news@harbourcoffee.example>", "Autumn offers: 20% off descaler tablets",
    [("List-Unsubscribe", "<https://harbourcoffee.example/u/8812ab>"),
     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
     ("Precedence", "bulk"), ("X-Campaign", "autumn-offers")], mid_dom="mail.harbourcoffee.example"),
  MP("alternative", [
      T("""
AUTUMN OFFERS

20% off descaler tablets and milk-system cleaner until 30 September.
Don't let limescale break your machine - a five-minute clean once a week keeps the engineer away.

Shop now: https://harbourcoffee.example/offers

You are receiving this email because you subscribed at harbourcoffee.example.
Unsubscribe: https://harbourcoffee.example/u/8812ab
"""),
      T("""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<h1>Autumn offers</h1>
<p>20% off descaler tablets and milk-system cleaner until 30 September.</p>
<p>Don't let limescale break your machine &ndash; a five-minute clean once a week keeps the engineer away.</p>
<p><a href="https://harbourcoffee.example/offers">Shop now</a></p>
<p style="font-size:10px">You are receiving this email because you subscribed. <a href="https://harbourcoffee.example/u/8812ab">Unsubscribe</a></p>
</body></html>
""", subtype="html", cte="quoted-printable")])),

A("list", "en", "quoted_trigger",
  H("StatusHub <noreply@status.bookinghost.example>", "[Major outage] Booking API unavailable",
    [("List-Id", "<status.bookinghost.example>"),
     ("List-Unsubscribe", "<https://status.bookinghost.example/unsubscribe/77aa>"),
     ("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")], mid_dom="status.bookinghost.example"),
  T("""
Major outage - Booking API

Investigating: We are seeing elevated 503 errors on the Booking API and the customer portal is unreachable for most users. Engineers are working on a fix.

Next update in 30 minutes.

You are subscribed to status updates for BookingHost. Manage your subscription: https://status.bookinghost.example/manage
"""), note="vendor status-page notification; outage words in bulk mail"),

A("list", "de", "-",
  H("Gleitschirmverband Newsletter <newsletter@gleitschirmverband.example>",
    "Newsletter Juli: Sicherheitsseminare und Wettbewerbe",
    [("List-Unsubscribe", "<https://gleitschirmverband.example/abmelden?id=55a1>"),
     ("Precedence", "bulk")], mid_dom="gleitschirmverband.example"),
  T("""
Liebe Pilotinnen und Piloten,

im Juli bieten wir wieder drei Sicherheitstrainings über dem Wasser an. Außerdem: Rückblick auf die Deutsche Meisterschaft und neue Regeln zur Rückholung.

Viel Spaß beim Lesen und immer gute Landungen!
Ihr Verband

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden: https://gleitschirmverband.example/abmelden?id=55a1
""", cs="iso-8859-15", cte="quoted-printable")),

A("list", "fr", "-",
  H("Club d'échecs de Villeneuve <liste@echecs-villeneuve.example>",
    ("ENC", "[echecs-villeneuve] Tournoi rapide du 14 septembre", "utf-8"),
    [("List-Id", "Membres du club <membres.echecs-villeneuve.example>"),
     ("List-Unsubscribe", "<mailto:membres-unsubscribe@echecs-villeneuve.example>"),
     ("Precedence", "list")], mid_dom="echecs-villeneuve.example"),
  T("""
Bonjour à tous,

Le tournoi rapide aura lieu le samedi 14 septembre à la salle des fêtes. Inscriptions sur place à partir de 13 h.

Le bureau du club
--
Vous recevez ce message car vous êtes inscrit à la liste membres@echecs-villeneuve.example.
""")),

A("list", "fr", "-",
  H("Atelier Figurines Lyon <promo@figurines-lyon.example>",
    ("ENC", "Nouveautés : peintures métalliques et pinceaux kolinsky", "iso-8859-1"),
    [("List-Unsubscribe", "<https://figurines-lyon.example/desabonnement/4c2e>"),
     ("Precedence", "bulk")], mid_dom="figurines-lyon.example"),
  T("""
Bonjour,

Découvrez notre nouvelle gamme de peintures métalliques et nos pinceaux kolinsky, avec 10 % de remise jusqu'à dimanche.

Pour ne plus recevoir nos offres : https://figurines-lyon.example/desabonnement/4c2e
""", cs="iso-8859-1", cte="8bit")),

A("list", "es", "-",
  H("Escuela de Yoga Sol <boletin@yogasol.example>",
    ("ENC", "Boletín de otoño: retiros y talleres", "utf-8"),
    [("List-Unsubscribe", "<https://yogasol.example/baja?u=91f0>"),
     ("List-Id", "Boletin Yoga Sol <boletin.yogasol.example>"), ("Precedence", "bulk")],
    mid_dom="yogasol.example"),
  T("""
Hola:

Este otoño tenemos tres retiros de fin de semana y un taller de respiración. Plazas limitadas.

Si no quieres recibir más correos, date de baja aquí: https://yogasol.example/baja?u=91f0
"""), note="'date de baja' is the unsubscribe footer of bulk mail"),

A("list", "es", "quoted_trigger",
  H("Foro Camperas <resumen@forocamperas.example>", ("ENC", "Resumen semanal del foro – n.º 118", "utf-8"),
    [("List-Id", "Foro Camperas <resumen.forocamperas.example>"),
     ("List-Unsubscribe", "<https://forocamperas.example/baja/resumen>"),
     ("Precedence", "list")], mid_dom="forocamperas.example"),
  T("""
RESUMEN SEMANAL

1. ¿Placas solares flexibles o rígidas? (34 respuestas)
2. «Mi taller me ha tomado el pelo» – un usuario cuenta que su camperización lleva seis meses de retraso y que ya ha hablado con un abogado para denunciar al taller. (57 respuestas)
3. Rutas de invierno por Asturias (12 respuestas)

Para darte de baja de este resumen: https://forocamperas.example/baja/resumen
"""), note="forum digest summarising a member's legal threat"),

# ================================================================ receipt
A("receipt", "en", "-",
  H("Isobel Fenwick <isobel@fenwick-estates.example>",
    "Return Receipt (displayed) - Re: Hot tub installation [#50921]",
    mid_dom="fenwick-estates.example"),
  MP("report", [
      T("""
This is a Return Receipt for the mail that you sent to isobel@fenwick-estates.example.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the content has been read or understood.
"""),
      RAW("message/disposition-notification", """
Reporting-UA: fenwick-estates.example; Thunderbird 115.12.0
Final-Recipient: rfc822;isobel@fenwick-estates.example
Original-Message-ID: <r50921.2@example.test>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
  ], {"report-type": "disposition-notification"})),

A("receipt", "en", "-",
  H("Oliver Grant <ogrant@grantmedia.example>", "Read: Re: coffee contract [#50330]",
    mid_dom="grantmedia.example"),
  MP("report", [
      T("""
Your message

  To: Oliver Grant
  Subject: Re: coffee contract [#50330]
  Sent: 21 May 2024 09:14

was read on 21 May 2024 09:32.
"""),
      RAW("message/disposition-notification", """
Reporting-UA: grantmedia.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;ogrant@grantmedia.example
Original-Message-ID: <r50330.5@example.test>
Disposition: manual-action/MDN-sent-automatically; displayed
"""),
  ], {"report-type": "disposition-notification"}), note="subject repeats a thread about a contract, but it is an MDN"),

A("receipt", "de", "-",
  H("Bernd Kowalski <bernd.kowalski@kowalski.example>", "Gelesen: Kopie an den Vorstand [#51712]",
    mid_dom="kowalski.example"),
  MP("report", [
      T("""
Ihre Nachricht

  An: Bernd Kowalski
  Betreff: Kopie an den Vorstand [#51712]
  Gesendet: Dienstag, 11. Juni 2024 14:02:11 (UTC+01:00)

wurde am Dienstag, 11. Juni 2024 14:40:05 (UTC+01:00) gelesen.
""", cs="windows-1252", cte="quoted-printable"),
      RAW("message/disposition-notification", """
Reporting-UA: kowalski.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;bernd.kowalski@kowalski.example
Original-Message-ID: <r51712.1@example.test>
Disposition: manual-action/MDN-sent-automatically; displayed
"""),
  ], {"report-type": "disposition-notification"}), note="receipt subject contains the customer's escalation words"),

A("receipt", "fr", "-",
  H("Claire Dubois <claire.dubois@dubois-immo.example>", "Lu : Re: Installation spa [#52280]",
    mid_dom="dubois-immo.example"),
  MP("report", [
      T("""
Votre message

  À : Claire Dubois
  Objet : Re: Installation spa [#52280]
  Envoyé : jeudi 27 juin 2024 10:12:40 (UTC+01:00)

a été lu le jeudi 27 juin 2024 10:20:02 (UTC+01:00).
"""),
      RAW("message/disposition-notification", """
Reporting-UA: dubois-immo.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;claire.dubois@dubois-immo.example
Original-Message-ID: <r52280.3@example.test>
Disposition: manual-action/MDN-sent-automatically; displayed
"""),
  ], {"report-type": "disposition-notification"})),

A("receipt", "es", "-",
  H("Diego Morales <diego.morales@morales-rutas.example>",
    ("ENC", "Leído: Re: Camperización pendiente [#53101]", "iso-8859-1"),
    mid_dom="morales-rutas.example"),
  MP("report", [
      T("""
Su mensaje

  Para: Diego Morales
  Asunto: Re: Camperización pendiente [#53101]
  Enviado: martes, 18 de junio de 2024 9:02:11 (UTC+01:00)

se leyó el martes, 18 de junio de 2024 9:15:40 (UTC+01:00).
""", cs="iso-8859-1", cte="8bit"),
      RAW("message/disposition-notification", """
Reporting-UA: morales-rutas.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;diego.morales@morales-rutas.example
Original-Message-ID: <r53101.1@example.test>
Disposition: manual-action/MDN-sent-automatically; displayed
"""),
  ], {"report-type": "disposition-notification"})),

# ================================================================ self
A("self", "en", "quoted_trigger",
  H("Support <support@example.test>", "Re: Burns sustained in the sauna on 14 March [#49876]",
    [("In-Reply-To", "<cust49876@ambrosechambers.example>")], mid_dom="example.test"),
  T("""
Dear Mr Ambrose,

we are very sorry to hear about your wife's injury. We have passed your letter to our insurers and preserved the CCTV and incident records as requested.

> I have instructed a personal injury firm, who will be writing to you with
> a formal letter of claim.

Kind regards,
Support
"""), note="the desk's own reply looping back; quotes a legal threat and an injury"),

A("self", "en", "-",
  H("Escalation Desk <escalated@example.test>", "[escalated] Daily summary: 7 open escalations",
    [("Auto-Submitted", "auto-generated")], mid_dom="escalated.example.test"),
  T("""
Open escalations at 08:00:

  #49876  legal         sauna injury claim
  #50177  outage        permit shop 502 errors
  #50921  high value    hot tub installation delay
  #51210  repeat        tow bar wiring
  #52019  data loss     dog school records
  #52611  cancellation  coffee contract
  #53020  billing       disputed service charge

This summary is generated automatically.
"""), note="escalation digest from the desk's own address"),

A("self", "en", "-",
  H("Priya Raman <priya.r@inbox.example>", "Re: app keeps crashing when I open the class list",
    [("In-Reply-To", "<r49630.1@example.test>")], mid_dom="escalated.example.test"),
  T("""
Hi Priya,

thanks for the details. Version 4.2.1 of the app, released this morning, fixes the crash on the class list. Please update from the store and let us know if it still happens.

Support
"""), note="carries the desk's own Message-ID domain although From shows the customer (misrouted copy)"),

A("self", "de", "-",
  H("Kundenservice <support@example.test>", "Ihre Anfrage [#51904] wurde aktualisiert",
    [("Auto-Submitted", "auto-generated")], mid_dom="example.test"),
  T("""
Guten Tag,

Ihre Anfrage #51904 wurde aktualisiert. Status: in Bearbeitung.

Sie können auf diese E-Mail antworten, um weitere Informationen hinzuzufügen.

Ihr Kundenservice
""")),

A("self", "fr", "quoted_trigger",
  H("Service client <support@example.test>", "Re: Mise en demeure – aménagement fourgon [#52733]",
    [("In-Reply-To", "<cust52733@carpentier.example>")], mid_dom="example.test"),
  T("""
Madame Carpentier,

Nous avons bien reçu votre courrier et transmis votre dossier à la direction de l'atelier, qui vous contactera d'ici vendredi.

> À défaut de réponse sous huit jours, je saisirai le tribunal compétent.

Cordialement,
Service client
"""), note="desk's own French reply quoting a court threat"),

A("self", "es", "-",
  H("Soporte <support@example.test>", "Encuesta de satisfacción – caso #53020",
    [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")], mid_dom="escalated.example.test"),
  T("""
Hola:

Su caso #53020 se ha cerrado. ¿Nos ayuda con dos minutos de su tiempo? Valore nuestra atención del 1 al 5 respondiendo a este correo.

Gracias,
Soporte
""")),
]
