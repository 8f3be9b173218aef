# heldout13: automated mail (auto-replies, bounces, list mail, read receipts, the
# desk's own mail).  Each raw message is hand-written; make_corpus.py only fills
# the @@...@@ placeholders (dates, Message-IDs, boundaries, documentation IPs,
# RFC 2047 encoding of non-ASCII header values) and converts to CRLF.
# Header and report structure follows the real DSNs/MDNs/auto-replies in
# /work/shared/corpus/realmail; all names, domains and addresses are fictitious.


def a(k, lang, kind, raw, trap="-", note="-"):
    return dict(k=k, lang=lang, auto=kind, trig="-", raw=raw, trap=trap, note=note)


MSGS = [

# ================================================================ auto_reply

a("aar01", "en", "auto_reply", """
Received: from mail.tidewater-analytics.example (mail.tidewater-analytics.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Yk2Lq0Rz7
	for <support@example.test>; @@DATE@@
From: Ewan Blackwood <ewan.blackwood@tidewater-analytics.example>
To: support@example.test
Subject: Automatic reply: Your ReBoot Hardware order RB-47102
Date: @@DATE@@
Message-ID: @@MID:tidewater-analytics.example@@
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Thank you for your email. I am out of the office until Monday 18 August
with no access to email. For anything urgent about IT equipment please
contact our service desk on 0131 555 0170.

Ewan Blackwood
Tidewater Analytics
"""),

a("aar02", "en", "auto_reply", """
Received: from smtp.porter-travel.example (smtp.porter-travel.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Yk7Ws3Nn1
	for <support@example.test>; @@DATE@@
From: Anneliese Porter <anneliese.porter@porter-travel.example>
To: Bluewater Coaches Support <support@example.test>
Subject: Out of Office: RE: Tour contract BW-T-0312
Date: @@DATE@@
Message-ID: @@MID:porter-travel.example@@
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

I'm away from the office leading a group in the Dolomites until 29 September.
Messages are not being forwarded. I will reply when I'm back.

Anneliese Porter
Porter Travel

-----Original Message-----
From: Bluewater Coaches Support <support@example.test>
Sent: 22 September 2025 10:02
To: Anneliese Porter <anneliese.porter@porter-travel.example>
Subject: RE: Tour contract BW-T-0312

Dear Ms Porter,

Thank you for your message, which we have passed to our operations team:

> I am appalled, and so are my clients. I expect a substantial reduction
> of the contract price and a written explanation, otherwise I will take
> this further.

We will reply in full within five working days.

Kind regards,
Bluewater Coaches Customer Support
""", trap="quoted_trigger", note="out-of-office without RFC 3834 headers; quotes a complaint"),

a("aar03", "de", "auto_reply", """
Received: from mx.keller-holzbau.example (mx.keller-holzbau.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Ym0Qa8Kc2
	for <support@example.test>; @@DATE@@
From: Thomas Keller <t.keller@keller-holzbau.example>
To: support@example.test
Subject: @@H:Subject:Abwesenheitsnotiz: Ihre Anfrage Lieferzeit Sicherheitsschuhe@@
Date: @@DATE@@
Message-ID: @@MID:keller-holzbau.example@@
Auto-Submitted: auto-replied
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 7. März nicht im Büro und habe keinen Zugriff
auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
Frau Jansen unter 04841 555 012.

Mit freundlichen Grüßen
Thomas Keller
Keller Holzbau GmbH
"""),

a("aar04", "de", "auto_reply", """
Received: from mail.brandl-immobilien.example (mail.brandl-immobilien.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Ym3Bv1Tt9
	for <support@example.test>; @@DATE@@
From: Horst Brandl <horst.brandl@brandl-immobilien.example>
To: Winterdienst Hartmann <support@example.test>
Subject: @@H:Subject:Automatische Antwort: AW: Winterdienst wieder zu spät@@
Date: @@DATE@@
Message-ID: @@MID:brandl-immobilien.example@@
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: 7bit

Guten Tag,

ich bin derzeit im Urlaub und ab dem 20.01. wieder erreichbar.
Ihre Nachricht wird nicht weitergeleitet.

Horst Brandl
Hausverwaltung Brandl
""", note="Exchange-style reply without RFC 3834 Auto-Submitted"),

a("aar05", "fr", "auto_reply", """
Received: from smtp.groupe-alize.example (smtp.groupe-alize.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Yn1Rr5Ff3
	for <support@example.test>; @@DATE@@
From: Sandrine Morel <sandrine.morel@groupe-alize.example>
To: support@example.test
Subject: @@H:Subject:Réponse automatique : absence du bureau@@
Date: @@DATE@@
Message-ID: @@MID:groupe-alize.example@@
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour,

Je suis absente jusqu'au 25 ao=C3=BBt inclus. Pour toute demande urgente, vo=
us pouvez contacter l'accueil au 04 55 50 10 20.

Cordialement,
Sandrine Morel
"""),

a("aar06", "fr", "auto_reply", """
Received: from mail.cabinet-henry.example (mail.cabinet-henry.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Yn4Pp2Dd8
	for <support@example.test>; @@DATE@@
From: Olivier Henry <olivier.henry@cabinet-henry.example>
To: support@example.test
Subject: @@H:Subject:Absent(e) – RE: Commande 35 PC reconditionnés@@
Date: @@DATE@@
Message-ID: @@MID:cabinet-henry.example@@
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Je suis en congés jusqu'au 1er septembre. Votre message ne sera pas transféré.
En cas d'urgence, merci d'écrire à accueil@cabinet-henry.example.

-----Message d'origine-----
De : Service client <support@example.test>
Envoyé : lundi 18 août 2025 09:41
À : Olivier Henry <olivier.henry@cabinet-henry.example>
Objet : RE: Commande 35 PC reconditionnés

Bonjour Monsieur Henry,

Nous revenons vers vous au sujet de votre message :

> Sur 12 d'entre eux, l'écran scintille puis devient noir. Si rien
> n'est fait cette semaine, nous annulerons la commande et saisirons
> notre avocat.

Un technicien vous contactera demain.
""", trap="quoted_trigger", note="vacation reply without RFC 3834 headers, quotes a threat"),

a("aar07", "es", "auto_reply", """
Received: from mx.asesoria-medina.example (mx.asesoria-medina.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Yp2Hh7Gg4
	for <support@example.test>; @@DATE@@
From: =?utf-8?q?=C3=93scar_Medina?= <oscar.medina@asesoria-medina.example>
To: support@example.test
Subject: @@H:Subject:Respuesta automática: Fuera de la oficina@@
Date: @@DATE@@
Message-ID: @@MID:asesoria-medina.example@@
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hola:

Estaré fuera de la oficina hasta el 1 de septiembre, sin acceso al correo.
Para asuntos urgentes, llame al 955 501 200.

Un saludo,
Óscar Medina
"""),

a("aar08", "es", "auto_reply", """
Received: from smtp.hotel-miramar.example (smtp.hotel-miramar.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Yp5Kk3Jj6
	for <support@example.test>; @@DATE@@
From: =?iso-8859-1?q?Laura_Dom=EDnguez?= <laura.dominguez@hotel-miramar.example>
To: support@example.test
Subject: =?windows-1252?q?Vacaciones_=96_respondo_a_la_vuelta?=
Date: @@DATE@@
Message-ID: @@MID:hotel-miramar.example@@
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Buenos días:

Estoy de vacaciones hasta el lunes 15. Contestaré a su correo a mi regreso.
Para presupuestos y pedidos, escriba a recepcion@hotel-miramar.example.

Laura Domínguez
Gerente – Hotel Miramar
""", note="vacation reply without RFC 3834 headers; legacy-charset encoded words in the headers"),

a("aar09", "en", "auto_reply", """
Received: from helpdesk.cobalt-insurance.example (helpdesk.cobalt-insurance.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Yq1Vv9Cc5
	for <support@example.test>; @@DATE@@
From: Cobalt Insurance Service Desk <servicedesk@cobalt-insurance.example>
To: support@example.test
Subject: [CIS-#448213] We have received your request: RE: Refurbished monitors order
Date: @@DATE@@
Message-ID: @@MID:cobalt-insurance.example@@
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is an automated message. Please do not reply.

Your request has been logged with reference CIS-#448213 and assigned to
the Vendor Management queue. Our target response time is 3 business days.

Summary of your request:
----------------------------------------------------------------------
> We noticed that four of the monitors were delivered with cracked
> stands. Our procurement lead says that if this is not fixed we will
> cancel the framework agreement.
----------------------------------------------------------------------

Cobalt Insurance IT Service Management
""", trap="quoted_trigger", note="another organisation's ticket acknowledgement"),

a("aar10", "de", "auto_reply", """
Received: from otrs.lorenz-hausverwaltung.example (otrs.lorenz-hausverwaltung.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Yq4Tt0Bb7
	for <support@example.test>; @@DATE@@
From: Lorenz Hausverwaltung Service <service@lorenz-hausverwaltung.example>
To: support@example.test
Subject: @@H:Subject:[Ticket#2025031410000123] Ihre Anfrage ist bei uns eingegangen@@
Date: @@DATE@@
Message-ID: @@MID:lorenz-hausverwaltung.example@@
Auto-Submitted: auto-replied
X-Loop: service@lorenz-hausverwaltung.example
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Ticketnummer
2025031410000123 erfasst. Bitte geben Sie diese Nummer bei Rückfragen an.

Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs.

Ihr Service-Team
Lorenz Hausverwaltung
"""),

a("aar11", "en", "auto_reply", """
Received: from out.fenwick-gazette.example (out.fenwick-gazette.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Yr0Mm2Zz1
	for <support@example.test>; @@DATE@@
From: Fenwick Gazette <noreply@fenwick-gazette.example>
To: support@example.test
Subject: This mailbox is not monitored
Date: @@DATE@@
Message-ID: @@MID:fenwick-gazette.example@@
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Thank you for contacting the Fenwick Gazette.

This mailbox is not monitored and your message has not been read. To
reach the newsroom, use newsdesk@fenwick-gazette.example; for
subscriptions call 01632 555 0100.
""", note="unmonitored mailbox of a newspaper; not a journalist inquiry"),

a("aar12", "fr", "auto_reply", """
Received: from mta.lechodesvallees.example (mta.lechodesvallees.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Yr3Nn6Xx2
	for <support@example.test>; @@DATE@@
From: =?utf-8?q?L=27=C3=89cho_des_Vall=C3=A9es?= <ne-pas-repondre@lechodesvallees.example>
To: support@example.test
Subject: @@H:Subject:Adresse non surveillée – votre message n'a pas été lu@@
Date: @@DATE@@
Message-ID: @@MID:lechodesvallees.example@@
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour,

Cette adresse n'est pas surveillée et votre message ne sera pas lu.
Pour joindre la rédaction : redaction@lechodesvallees.example.

L'Écho des Vallées
""", note="newspaper's unmonitored mailbox"),

a("aar13", "en", "auto_reply", """
Received: from mail.kelvinside-facilities.example (mail.kelvinside-facilities.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Ys1Cc8Vv3
	for <support@example.test>; @@DATE@@
From: Procurement <a.fontaine@kelvinside-facilities.example>
To: support@example.test
Subject: Andrea Fontaine has left Kelvinside Facilities
Date: @@DATE@@
Message-ID: @@MID:kelvinside-facilities.example@@
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Andrea Fontaine no longer works for Kelvinside Facilities Ltd and this
mailbox will be closed on 31 January.

For purchase orders and supplier queries please write to
procurement@kelvinside-facilities.example.

This is an automatic message.
"""),

a("aar14", "es", "auto_reply", """
Received: from mx.montero-logistica.example (mx.montero-logistica.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Ys4Bb1Ll8
	for <support@example.test>; @@DATE@@
From: Jorge Montero <jorge.montero@montero-logistica.example>
To: support@example.test
Subject: @@H:Subject:Aviso automático: Jorge Montero ya no trabaja en la empresa@@
Date: @@DATE@@
Message-ID: @@MID:montero-logistica.example@@
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Jorge Montero ya no forma parte de Montero Logística. Este buzón dejará de
funcionar el 31 de marzo.

Para pedidos y facturación, escriba a compras@montero-logistica.example.

Mensaje generado automáticamente, por favor no responda.
"""),

a("aar15", "en", "auto_reply", """
Received: from mail.mail.example (mail.mail.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Yt2Gg4Hh9
	for <support@example.test>; @@DATE@@
From: Donna McAlister <donna.mcalister@mail.example>
To: ByteSized Camps <support@example.test>
Subject: Re: FIFTH time
Date: @@DATE@@
Message-ID: @@MID:mail.example@@
In-Reply-To: @@MID2:escalated.example.test@@
X-Autoreply: yes
X-Autorespond: Vacation
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

I'm on holiday with the kids until the 26th and not checking email.
Donna

On Tue, ByteSized Camps <support@example.test> wrote:
> Dear Ms McAlister, thank you for your patience. You wrote:
>> fifth time im writing this. FIFTH. it is pathetic. nobody reads
>> anything.
> We are very sorry. The payment has now been matched to your booking.
""", trap="quoted_trigger", note="vacation reply whose subject and quote repeat a customer's angry mail"),

a("aar16", "en", "auto_reply", """
Received: from mailer.varma-engineering.example (mailer.varma-engineering.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Yt5Jj6Kk0
	for <support@example.test>; @@DATE@@
From: Varma Engineering Accounts <accounts@varma-engineering.example>
To: support@example.test
Subject: Your email to Varma Engineering Accounts (ref 20251104-0032)
Date: @@DATE@@
Message-ID: @@MID:varma-engineering.example@@
Precedence: auto_reply
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Thank you for your email to our accounts team. We aim to reply within two
working days. Invoices should be sent as PDF to invoices@varma-engineering.example
quoting our purchase order number.

Varma Engineering Ltd - automated response
"""),

# ================================================================ bounce

a("abn01", "en", "bounce", """
Return-Path: <>
Received: by mx1.example.test (Postfix)
	id 4Yv1Aa0Bb1; @@DATE@@
Date: @@DATE@@
From: MAILER-DAEMON@mx1.example.test (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: support@example.test
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="@@B1@@"
Message-Id: @@MID:mx1.example.test@@

This is a MIME-encapsulated message.

--@@B1@@
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to <postmaster>

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<kayleigh.dunmore@inbox.example>: host mx.inbox.example[@@IP2@@] said: 550
    5.1.1 <kayleigh.dunmore@inbox.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--@@B1@@
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.example.test
X-Postfix-Queue-ID: 4Yv1Aa0Bb1
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: @@DATE1@@

Final-Recipient: rfc822; kayleigh.dunmore@inbox.example
Original-Recipient: rfc822;kayleigh.dunmore@inbox.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.inbox.example
Diagnostic-Code: smtp; 550 5.1.1 <kayleigh.dunmore@inbox.example>: Recipient
    address rejected: User unknown in virtual mailbox table

--@@B1@@
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Hollowmere Festival Support <support@example.test>
To: Kayleigh Dunmore <kayleigh.dunmore@inbox.example>
Subject: Re: WRISTBANDS DEAD AT EVERY BAR
Date: @@DATE1@@
Message-ID: @@MID2:escalated.example.test@@
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Hi Kayleigh,

Thanks for getting in touch. You wrote:

> IT IS SATURDAY NIGHT AND NOT ONE SINGLE BAR ON THE SITE CAN READ A
> WRISTBAND. This is an absolute shambles. Fix it NOW.

The payment network was restored at 23:40. Any unused credit will be
refunded automatically within 14 days.

Hollowmere Festival Support

--@@B1@@--
""", trap="quoted_trigger", note="Postfix DSN; the returned message quotes an angry customer"),

a("abn02", "en", "bounce", """
Return-path: <>
Received: from mail by mx2.example.test with local (Exim 4.97)
	id 1tQx7c-000Abc-2F
	for support@example.test; @@DATE@@
Date: @@DATE@@
Message-Id: @@MID:mx2.example.test@@
X-Failed-Recipients: r.kowalczyk@mail.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx2.example.test>
To: support@example.test
Subject: Mail delivery failed: returning message to sender
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  r.kowalczyk@mail.example
    host mx.mail.example [@@IP1@@]
    SMTP error from remote mail server after RCPT TO:<r.kowalczyk@mail.example>:
    552 5.2.2 Mailbox full

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
Received: from [@@IP2@@] (helo=desk.example.test)
	by mx2.example.test with esmtpsa (Exim 4.97)
	id 1tQx7b-000Abb-0D
	for r.kowalczyk@mail.example; @@DATE1@@
From: QuietShift PPE Support <support@example.test>
To: r.kowalczyk@mail.example
Subject: Re: bluetooth earmuffs won't pair
Date: @@DATE1@@
Message-ID: @@MID2:escalated.example.test@@

Hello Ryan,

Please hold the power and volume-down buttons together for 15 seconds to
reset the pairing list, then try again.

QuietShift PPE Support
"""),

a("abn03", "en", "bounce", """
Received: from mx.harbourside-lettings.example (mx.harbourside-lettings.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Yw2Cc3Dd4
	for <support@example.test>; @@DATE@@
MIME-Version: 1.0
From: postmaster@harbourside-lettings.example
To: support@example.test
Date: @@DATE@@
Content-Type: multipart/report; report-type=delivery-status;
	boundary="@@B1@@"
Content-Language: en-GB
Message-ID: @@MID:harbourside-lettings.example@@
Subject: Undeliverable: Your repair request 88213
Auto-Submitted: auto-replied

--@@B1@@
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="@@B2@@"

--@@B2@@
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Delivery has failed to these recipients or groups:

maintenance-old@harbourside-lettings.example
The email address you entered couldn't be found. Please check the recipie=
nt's email address and try to resend the message. If the problem continue=
s, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: EX01.harbourside-lettings.example

maintenance-old@harbourside-lettings.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'

--@@B2@@
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html>
<head></head>
<body>
<p><b><font color=3D"#000066" size=3D"3" face=3D"Arial">Delivery has fail=
ed to these recipients or groups:</font></b></p>
<p><a href=3D"mailto:maintenance-old@harbourside-lettings.example">mainten=
ance-old@harbourside-lettings.example</a><br>
The email address you entered couldn't be found.</p>
</body>
</html>

--@@B2@@--

--@@B1@@
Content-Type: message/delivery-status

Reporting-MTA: dns;EX01.harbourside-lettings.example
Received-From-MTA: dns;mx1.example.test
Arrival-Date: @@DATE1@@

Final-Recipient: rfc822;maintenance-old@harbourside-lettings.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--@@B1@@
Content-Type: text/rfc822-headers

From: Harbourside Lettings Support <support@example.test>
To: maintenance-old@harbourside-lettings.example
Subject: Your repair request 88213
Date: @@DATE1@@
Message-ID: @@MID2:escalated.example.test@@
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

--@@B1@@--
""", note="Exchange-style NDR"),

a("abn04", "en", "bounce", """
Return-Path: <MAILER-DAEMON@relay.example.test>
Received: from localhost (localhost)
	by relay.example.test (8.18.1/8.18.1) id 5B2KqLmN004411;
	@@DATE@@
Date: @@DATE@@
From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.test>
Message-Id: @@MID:relay.example.test@@
To: <support@example.test>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="@@B1@@"
Subject: Warning: could not send message for past 4 hours
Auto-Submitted: auto-generated (warning-timeout)

This is a MIME-encapsulated message

--@@B1@@
Content-Type: text/plain; charset=us-ascii

    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at @@DATE1@@
from desk.example.test [@@IP1@@]

   ----- Transcript of session follows -----
<g.ollerton@fastmail.example>... Deferred: Connection timed out with mx.fastmail.example.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old

--@@B1@@
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.example.test
Arrival-Date: @@DATE1@@

Final-Recipient: RFC822; g.ollerton@fastmail.example
Action: delayed
Status: 4.4.1
Remote-MTA: DNS; mx.fastmail.example
Last-Attempt-Date: @@DATE@@
Will-Retry-Until: @@DATEF@@

--@@B1@@
Content-Type: text/rfc822-headers

Return-Path: <support@example.test>
From: Ampere Home Storage Support <support@example.test>
To: g.ollerton@fastmail.example
Subject: Re: Battery cabinet making a hissing noise and it's hot to touch
Date: @@DATE1@@
Message-ID: @@MID2:escalated.example.test@@

--@@B1@@--
""", trap="quoted_trigger", note="sendmail delay warning; returned headers carry a safety subject"),

a("abn05", "en", "bounce", """
Return-Path: <>
Received: (qmail 22817 invoked for bounce); @@DATE@@
Date: @@DATE@@
From: MAILER-DAEMON@mx.oldmail.example
To: support@example.test
Subject: failure notice
Message-ID: @@MID:mx.oldmail.example@@
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Hi. This is the qmail-send program at mx.oldmail.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<norman.hewitt@oldmail.example>:
This mailbox has been disabled. (#5.2.1)

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
Received: (qmail 22801 invoked from network); @@DATE1@@
Received: from desk.example.test (HELO desk.example.test) (@@IP1@@)
  by mx.oldmail.example with SMTP; @@DATE1@@
From: FreshPile Carpet Care <support@example.test>
To: norman.hewitt@oldmail.example
Subject: Re: your survey
Date: @@DATE1@@
Message-ID: @@MID2:escalated.example.test@@

Dear Mr Hewitt,

We're sorry to read that this was, in your words, "the worst service I
have had from any company in forty years". A supervisor will call you.

FreshPile Carpet Care
""", trap="quoted_trigger", note="qmail bounce of a desk reply quoting a complaint"),

a("abn06", "en", "bounce", """
Received: by 2002:a05:6a10:9e2c:b0:5f1:33aa:1b07 with SMTP id f12csp99812pxc;
        @@DATE@@
MIME-Version: 1.0
Return-Path: <>
From: Mail Delivery Subsystem <mailer-daemon@googlemail.example>
To: support@example.test
X-Failed-Recipients: tombarraclough@mail.example
Subject: Delivery Status Notification (Failure)
Message-ID: @@MID:mx.googlemail.example@@
Date: @@DATE@@
Content-Type: text/plain; charset=ISO-8859-1

** Address not found **

Your message wasn't delivered to tombarraclough@mail.example because the
address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

----- Original message -----

From: Hartwell Pharmacy CarePoints <support@example.test>
To: tombarraclough@mail.example
Subject: Re: app keeps logging me out
Date: @@DATE1@@
Message-ID: @@MID2:escalated.example.test@@

Hi Tom, a fix for the verification codes is rolling out today.
""", note="Gmail-style text bounce"),

a("abn07", "de", "bounce", """
Received: from mx.web.example (mx.web.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Yx0Ee5Ff6
	for <support@example.test>; @@DATE@@
From: postmaster@web.example
To: support@example.test
Date: @@DATE@@
Message-ID: @@MID:web.example@@
Subject: Unzustellbar: Ihre Schadensmeldung
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="@@B1@@"

--@@B1@@
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Die Nachricht konnte an folgende Empfänger nicht zugestellt werden:

olga.schmid.alt@web.example
Die E-Mail-Adresse wurde nicht gefunden. Bitte überprüfen Sie die
Adresse des Empfängers und senden Sie die Nachricht erneut.

Diagnoseinformationen für Administratoren:
Server: mx.web.example
550 5.1.1 Empfänger unbekannt

--@@B1@@
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.web.example
Arrival-Date: @@DATE1@@

Final-Recipient: rfc822; olga.schmid.alt@web.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient unknown

--@@B1@@
Content-Type: text/rfc822-headers

From: Mieterportal Stadtwohnen <support@example.test>
To: olga.schmid.alt@web.example
Subject: Ihre Schadensmeldung
Date: @@DATE1@@
Message-ID: @@MID2:escalated.example.test@@

--@@B1@@--
""", note="German Exchange-style DSN"),

a("abn08", "fr", "bounce", """
Received: from smtp.orange.example (smtp.orange.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Yx3Gg7Hh8
	for <support@example.test>; @@DATE@@
From: =?utf-8?q?Administrateur_du_syst=C3=A8me?= <postmaster@orange.example>
To: support@example.test
Date: @@DATE@@
Message-ID: @@MID:orange.example@@
Subject: @@H:Subject:Non remis : Votre commande de pièces auto@@
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="@@B1@@"

--@@B1@@
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis aux destinataires suivants :

helene.dubois.ancienne@orange.example
L'adresse de messagerie est introuvable. Vérifiez l'adresse du
destinataire et renvoyez le message.

Informations de diagnostic pour les administrateurs :
550 5.1.1 Destinataire inconnu

--@@B1@@
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.orange.example
Arrival-Date: @@DATE1@@

Final-Recipient: rfc822; helene.dubois.ancienne@orange.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown

--@@B1@@
Content-Type: message/rfc822

From: PiecesAuto Direct <support@example.test>
To: helene.dubois.ancienne@orange.example
Subject: Votre facture 2025-3381
Date: @@DATE1@@
Message-ID: @@MID2:escalated.example.test@@
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour Madame Dubois,

Vous trouverez ci-dessous le détail de votre facture. Nous reprenons votre
message :

> Faute de régularisation sous quinze jours, je saisirai le médiateur
> de la consommation.

Le trop-perçu de 122,50 € vous sera remboursé sous 5 jours.

--@@B1@@--
""", trap="quoted_trigger", note="French DSN; the returned desk mail quotes a regulatory threat"),

a("abn09", "es", "bounce", """
Received: from mx.correo.example (mx.correo.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Yy1Jj8Kk9
	for <support@example.test>; @@DATE@@
From: Sistema de correo <mailer-daemon@correo.example>
To: support@example.test
Date: @@DATE@@
Message-ID: @@MID:correo.example@@
Subject: @@H:Subject:No se puede entregar: Su reserva de autocar AS-5120@@
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="@@B1@@"

--@@B1@@
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

No se pudo entregar el mensaje a los siguientes destinatarios:

veronica.leon.antiguo@correo.example
No se encontró la dirección de correo electrónico. Compruebe la
dirección del destinatario e intente enviar el mensaje de nuevo.

--@@B1@@
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.correo.example
Arrival-Date: @@DATE1@@

Final-Recipient: rfc822; veronica.leon.antiguo@correo.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Unknown user

--@@B1@@
Content-Type: text/rfc822-headers

From: Autocares Sierra Azul <support@example.test>
To: veronica.leon.antiguo@correo.example
Subject: Su reserva de autocar AS-5120
Date: @@DATE1@@
Message-ID: @@MID2:escalated.example.test@@

--@@B1@@--
"""),

a("abn10", "en", "bounce", """
Received: from fbl.mailbox-provider.example (fbl.mailbox-provider.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Yy4Ll0Mm2
	for <support@example.test>; @@DATE@@
From: Feedback Loop <fbl@mailbox-provider.example>
To: support@example.test
Date: @@DATE@@
Subject: Email Feedback Report for IP 198.51.100.25
MIME-Version: 1.0
Message-ID: @@MID:mailbox-provider.example@@
Content-Type: multipart/report; report-type=feedback-report;
	boundary="@@B1@@"

--@@B1@@
Content-Type: text/plain; charset="US-ASCII"
Content-Transfer-Encoding: 7bit

This is an email abuse report for an email message received from IP
198.51.100.25 on @@DATE1@@.
A recipient of this message marked it as spam.

For information about this feedback loop, see
https://postmaster.mailbox-provider.example/fbl

--@@B1@@
Content-Disposition: inline
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: MBP-FBL/2.1
Version: 1
Original-Mail-From: <support@example.test>
Arrival-Date: @@DATE1@@
Source-IP: 198.51.100.25
Reported-Domain: example.test

--@@B1@@
Content-Type: message/rfc822
Content-Disposition: inline

From: Tandemly <support@example.test>
To: redacted@mailbox-provider.example
Subject: Your Premium renewal reminder
Date: @@DATE1@@
Message-ID: @@MID2:escalated.example.test@@
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Your Tandemly Premium membership renews in 14 days. You can switch off
automatic renewal at any time in Settings > Membership.

--@@B1@@--
""", note="ARF abuse report"),

a("abn11", "en", "bounce", """
Return-Path: <>
Received: from mx.postbox.example (mx.postbox.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Yz2Nn1Pp3
	for <support@example.test>; @@DATE@@
From: "Courier mail server at mx.postbox.example" <postmaster@mx.postbox.example>
Date: @@DATE@@
Message-ID: @@MID:mx.postbox.example@@
Subject: NOTICE: mail delivery status.
Reply-To: postmaster@mx.postbox.example
To: support@example.test
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="@@B1@@"
Auto-Submitted: auto-replied

--@@B1@@
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

This is a delivery status notification from mx.postbox.example,
running the Courier mail server.

The original message was received on @@DATE1@@
from desk.example.test [@@IP2@@]

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<arjun.pillai.old@postbox.example>:
    mx.postbox.example [@@IP1@@]:
>>> RCPT TO:<arjun.pillai.old@postbox.example>
<<< 550 User unknown

---------------------------------------------------------------------------

--@@B1@@
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.postbox.example
Arrival-Date: @@DATE1@@

Final-Recipient: rfc822; arjun.pillai.old@postbox.example
Action: failed
Status: 5.0.0
Remote-MTA: dns; mx.postbox.example
Diagnostic-Code: smtp; 550 User unknown

--@@B1@@
Content-Type: text/rfc822-headers

From: Hollowmere Festival Support <support@example.test>
To: arjun.pillai.old@postbox.example
Subject: Re: Refund for cancelled camping pitch
Date: @@DATE1@@
Message-ID: @@MID2:escalated.example.test@@

--@@B1@@--
""", note="Courier-style DSN"),

a("abn12", "de", "bounce", """
Return-path: <>
Received: from mail by mx.gmx.example with local (Exim 4.96)
	id 1tRa2k-0009Zz-4P
	for support@example.test; @@DATE@@
Date: @@DATE@@
Message-Id: @@MID:mx.gmx.example@@
X-Failed-Recipients: jannik.schroeder@posteo.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@mx.gmx.example>
To: support@example.test
Subject: @@H:Subject:Mail delivery failed: Nachricht konnte nicht zugestellt werden@@
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Diese Nachricht wurde automatisch von der Mailsoftware erstellt.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt
werden. Dies ist ein dauerhafter Fehler. Folgende Adressen schlugen fehl:

  jannik.schroeder@posteo.example
    Host mx.posteo.example [@@IP1@@]
    SMTP-Fehler nach RCPT TO:<jannik.schroeder@posteo.example>:
    550 5.1.1 Postfach existiert nicht

------ Kopie der Nachricht einschließlich aller Header ------

From: Wiesenklang Open Air <support@example.test>
To: jannik.schroeder@posteo.example
Subject: Re: Guthaben auf dem Armband weg
Date: @@DATE1@@
Message-ID: @@MID2:escalated.example.test@@

Hallo Jannik,

du schreibst: "Das ist eine bodenlose Frechheit. Bitte stellt das
Guthaben sofort wieder her." Das Guthaben ist wieder sichtbar.
""", trap="quoted_trigger", note="German Exim-style bounce quoting an angry customer"),

a("abn13", "fr", "bounce", """
Return-Path: <>
Received: by mx.laposte.example (Postfix)
	id 4Z0aBc1De2; @@DATE@@
Date: @@DATE@@
From: MAILER-DAEMON@mx.laposte.example (=?utf-8?q?Syst=C3=A8me_de_distribution_du_courrier?=)
Subject: @@H:Subject:Message non délivré@@
To: support@example.test
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="@@B1@@"
Message-Id: @@MID:mx.laposte.example@@

--@@B1@@
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ceci est le système de messagerie de mx.laposte.example.

Votre message n'a pas pu être distribué à un ou plusieurs destinataires.
Il est joint ci-dessous.

<monique.robin.2019@laposte.example> : la boîte aux lettres est pleine
    (552 5.2.2 Quota exceeded)

--@@B1@@
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.laposte.example
Arrival-Date: @@DATE1@@

Final-Recipient: rfc822; monique.robin.2019@laposte.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Quota exceeded

--@@B1@@
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: PharmaFidelite <support@example.test>
To: monique.robin.2019@laposte.example
Subject: Votre carte de fidelite
Date: @@DATE1@@
Message-ID: @@MID2:escalated.example.test@@

--@@B1@@--
"""),

a("abn14", "es", "bounce", """
Received: from mta.correo-empresa.example (mta.correo-empresa.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Z0dEf2Gh3
	for <support@example.test>; @@DATE@@
From: Mail Delivery Subsystem <mailer-daemon@correo-empresa.example>
To: support@example.test
Date: @@DATE@@
Message-ID: @@MID:correo-empresa.example@@
Subject: @@H:Subject:Notificación de estado de entrega (retraso)@@
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="@@B1@@"

--@@B1@@
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

ESTE ES SOLO UN AVISO. NO ES NECESARIO QUE VUELVA A ENVIAR EL MENSAJE.

Todavía no se ha podido entregar su mensaje a:

     oscar.medina@asesoria-medina.example

El servidor de destino no responde. Seguiremos intentándolo durante
48 horas.

--@@B1@@
Content-Type: message/delivery-status

Reporting-MTA: dns; mta.correo-empresa.example
Arrival-Date: @@DATE1@@

Final-Recipient: rfc822; oscar.medina@asesoria-medina.example
Action: delayed
Status: 4.4.7
Will-Retry-Until: @@DATEF@@

--@@B1@@
Content-Type: text/rfc822-headers

From: Reacondicionados Tecno <support@example.test>
To: oscar.medina@asesoria-medina.example
Subject: Su pedido RT-3390
Date: @@DATE1@@
Message-ID: @@MID2:escalated.example.test@@

--@@B1@@--
""", note="Spanish delay DSN"),

# ================================================================ list

a("als01", "en", "list", """
Received: from lists.festival-organisers.example (lists.festival-organisers.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Z1aAa1Bb1
	for <support@example.test>; @@DATE@@
From: Priya Chandran <priya@lakeside-events.example>
To: organisers@lists.festival-organisers.example
Subject: [FestOps] Cashless refund deadlines - what do you all do?
Date: @@DATE@@
Message-ID: @@MID:lakeside-events.example@@
List-Id: Festival operations discussion <organisers.lists.festival-organisers.example>
List-Unsubscribe: <mailto:organisers-leave@lists.festival-organisers.example>
List-Archive: <https://lists.festival-organisers.example/archives/organisers>
List-Post: <mailto:organisers@lists.festival-organisers.example>
Precedence: list
Sender: organisers-bounces@lists.festival-organisers.example
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hi all,

After last summer we had a handful of punters threatening small-claims
action over unspent wristband credit, and one local paper ran a story. I'm
rewriting our T&Cs and wondering what refund windows others use.

> On the call last month, Dan said: "we got a letter from trading standards
> and a journalist rang the same week. Never again a 7-day window."

We're thinking 30 days with an automatic refund to card.

Priya
_______________________________________________
organisers mailing list
organisers@lists.festival-organisers.example
""", trap="quoted_trigger", note="mailing list post discussing legal/media threats in general"),

a("als02", "en", "list", """
Received: from bulk.partsdepot-mail.example (bulk.partsdepot-mail.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Z1dCc2Dd2
	for <support@example.test>; @@DATE@@
From: PartsDepot Trade <news@partsdepot-mail.example>
To: support@example.test
Subject: Spring brake promotion - 15% off discs and pads for trade accounts
Date: @@DATE@@
Message-ID: @@MID:partsdepot-mail.example@@
List-Unsubscribe: <https://partsdepot-mail.example/u/7f3a9c>, <mailto:unsub-7f3a9c@partsdepot-mail.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="@@B1@@"

--@@B1@@
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

PartsDepot Trade - Spring brake promotion

15% off all brake discs and pads for trade accounts until 30 April.
Free next-day delivery on orders over £150.

Unsubscribe: https://partsdepot-mail.example/u/7f3a9c

--@@B1@@
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body style="font-family:Arial">
<h1>Spring brake promotion</h1>
<p>15% off all brake discs and pads for trade accounts until 30 April.</p>
<p>Free next-day delivery on orders over &pound;150.</p>
<p style="font-size:9px"><a href="https://partsdepot-mail.example/u/7f3a9c">Unsubscribe</a></p>
</body></html>

--@@B1@@--
"""),

a("als03", "en", "list", """
Received: from mail-groups.groups.example (mail-groups.groups.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Z1gEe3Ff3
	for <support@example.test>; @@DATE@@
From: "'Hamish Doyle' via Refurb Buyers" <refurb-buyers@groups.example>
Reply-To: Hamish Doyle <hamish.doyle@mail.example>
To: Refurb Buyers <refurb-buyers@groups.example>
Subject: [refurb-buyers] Anyone else found old data on refurbished drives?
Date: @@DATE@@
Message-ID: @@MID:mail.example@@
List-ID: <refurb-buyers.groups.example>
List-Post: <https://groups.example/group/refurb-buyers/post>, <mailto:refurb-buyers@groups.example>
List-Help: <https://support.groups.example/>, <mailto:refurb-buyers+help@groups.example>
List-Archive: <https://groups.example/group/refurb-buyers/>
List-Unsubscribe: <mailto:refurb-buyers+unsubscribe@groups.example>
Precedence: list
Mailing-list: list refurb-buyers@groups.example; contact refurb-buyers+owners@groups.example
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Bought a laptop last month and found a previous owner's payslips and a
passport scan on a second partition. Seller is sorting it out. Has anyone
else had this, and which sellers publish wipe certificates?

Hamish

--
You received this message because you are subscribed to the Google-style group "Refurb Buyers".
To unsubscribe from this group, send an email to refurb-buyers+unsubscribe@groups.example.
""", trap="list_content_trigger", note="list copy of a customer's post (the desk is subscribed); list mail gets no trigger"),

a("als04", "en", "list", """
Received: from notify.cloudhost-status.example (notify.cloudhost-status.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Z1jGg4Hh4
	for <support@example.test>; @@DATE@@
From: CloudHost Status <status@cloudhost-status.example>
To: support@example.test
Subject: [Resolved] Elevated error rates in eu-west region
Date: @@DATE@@
Message-ID: @@MID:cloudhost-status.example@@
List-Unsubscribe: <https://cloudhost-status.example/unsubscribe?s=88a1>
Precedence: bulk
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Incident report - RESOLVED

Between 14:02 and 14:47 UTC some customers in eu-west experienced 502 and
503 errors and could not log in to the control panel. Payment processing
for hosted shops was degraded. No customer data was lost.

You are receiving this because you subscribed to status updates.
Unsubscribe: https://cloudhost-status.example/unsubscribe?s=88a1
""", trap="list_content_trigger", note="bulk status notification describing an outage"),

a("als05", "en", "list", """
Received: from lists.ppe-traders.example (lists.ppe-traders.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Z1mIi5Jj5
	for <support@example.test>; @@DATE@@
From: PPE Traders Association <digest@lists.ppe-traders.example>
To: members@lists.ppe-traders.example
Subject: PPE Traders Digest, Vol 41, Issue 7
Date: @@DATE@@
Message-ID: @@MID:lists.ppe-traders.example@@
List-Id: PPE Traders members <members.lists.ppe-traders.example>
List-Unsubscribe: <https://lists.ppe-traders.example/options/members>, <mailto:members-request@lists.ppe-traders.example?subject=unsubscribe>
Precedence: list
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Today's Topics:

   1. Recall notice: EarGuard 28 headbands (Martin Oakes)
   2. Re: Customer threatening court over hi-vis (Sue Radley)

----------------------------------------------------------------------

Message: 1
From: Martin Oakes
Subject: Recall notice: EarGuard 28 headbands

The manufacturer has issued a recall for EarGuard 28 earmuffs, batch
2409-2411, because the headband can crack and reduce attenuation.

----------------------------------------------------------------------

Message: 2
From: Sue Radley
Subject: Re: Customer threatening court over hi-vis

> One of our customers says he'll sue because a vest faded after washing.

We had the same. Point them to the care label and the EN ISO 20471 class.

End of PPE Traders Digest, Vol 41, Issue 7
""", trap="quoted_trigger", note="list digest with recall and lawsuit talk"),

a("als06", "de", "list", """
Received: from newsletter.waermespeicher-verband.example (newsletter.waermespeicher-verband.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Z1pKk6Ll6
	for <support@example.test>; @@DATE@@
From: @@H:From:Bundesverband Wärmespeicher@@ <newsletter@waermespeicher-verband.example>
To: support@example.test
Subject: @@H:Subject:Newsletter März: Neue Förderrichtlinien und Sicherheitshinweise@@
Date: @@DATE@@
Message-ID: @@MID:waermespeicher-verband.example@@
List-Unsubscribe: <https://waermespeicher-verband.example/abmelden?id=4471>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Liebe Mitglieder,

in dieser Ausgabe: die neuen F=C3=B6rderrichtlinien ab April, ein Hinweis de=
s Herstellers VoltStore zu =C3=BCberhitzten Zellmodulen (R=C3=BCckruf Serie=
 9.6) und unsere Termine f=C3=BCr die Installateursschulung.

Abmelden: https://waermespeicher-verband.example/abmelden?id=3D4471
""", trap="list_content_trigger", note="trade newsletter mentioning a recall"),

a("als07", "de", "list", """
Received: from lists.winterdienst-netz.example (lists.winterdienst-netz.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Z1sMm7Nn7
	for <support@example.test>; @@DATE@@
From: Jens Albers <j.albers@albers-gala.example>
To: winterdienst@lists.winterdienst-netz.example
Subject: @@H:Subject:[Winterdienst-Netz] Haftung bei Glätteunfällen@@
Date: @@DATE@@
Message-ID: @@MID:albers-gala.example@@
List-Id: <winterdienst.lists.winterdienst-netz.example>
List-Unsubscribe: <mailto:winterdienst-request@lists.winterdienst-netz.example?subject=unsubscribe>
List-Post: <mailto:winterdienst@lists.winterdienst-netz.example>
Precedence: list
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Moin zusammen,

ein Kunde von uns droht nach einem Sturz auf dem Gehweg mit Anwalt und
Klage. Wie dokumentiert ihr eure Streueinsätze, damit ihr im Zweifel
nachweisen könnt, wann gestreut wurde?

Gruß
Jens

--
Winterdienst-Netz Mailingliste
""", trap="list_content_trigger", note="list discussion of a legal threat against another firm"),

a("als08", "fr", "list", """
Received: from envoi.festival-quatrevents.example (envoi.festival-quatrevents.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Z1vOo8Pp8
	for <support@example.test>; @@DATE@@
From: Festival des Quatre Vents <lettre@festival-quatrevents.example>
To: support@example.test
Subject: @@H:Subject:Lettre d'info : la programmation 2026 dévoilée !@@
Date: @@DATE@@
Message-ID: @@MID:festival-quatrevents.example@@
List-Unsubscribe: <https://festival-quatrevents.example/desinscription?u=2291>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="@@B1@@"

--@@B1@@
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

La programmation 2026 est en ligne ! Billets en prévente dès vendredi 10 h.
Nouveauté : le camping famille avec douches chaudes.

Se désinscrire : https://festival-quatrevents.example/desinscription?u=2291

--@@B1@@
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<h2>La programmation 2026 est en ligne !</h2>
<p>Billets en prévente dès vendredi 10 h.</p>
<p>Nouveauté : le camping famille avec douches chaudes.</p>
<p><a href="https://festival-quatrevents.example/desinscription?u=2291">Se désinscrire</a></p>
</body></html>

--@@B1@@--
"""),

a("als09", "fr", "list", """
Received: from listes.reconditionneurs.example (listes.reconditionneurs.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Z1yQq9Rr9
	for <support@example.test>; @@DATE@@
From: Collectif des Reconditionneurs <info@listes.reconditionneurs.example>
To: membres@listes.reconditionneurs.example
Subject: @@H:Subject:[Reconditionneurs] Rappel : webinaire effacement sécurisé des données@@
Date: @@DATE@@
Message-ID: @@MID:listes.reconditionneurs.example@@
List-Id: Membres du Collectif <membres.listes.reconditionneurs.example>
List-Unsubscribe: <mailto:membres-unsubscribe@listes.reconditionneurs.example>
Precedence: list
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-15
Content-Transfer-Encoding: quoted-printable

Bonjour =E0 tous,

Rappel : webinaire jeudi 14 h sur l'effacement s=E9curis=E9 des disques et
les obligations RGPD des reconditionneurs. Une fuite de donn=E9es chez un
confr=E8re a co=FBt=E9 cher l'an dernier ; venez partager vos proc=E9dures.

Inscription : https://listes.reconditionneurs.example/webinaire
""", trap="list_content_trigger", note="iso-8859-15 QP list mail mentioning a data leak"),

a("als10", "es", "list", """
Received: from boletin.farmapuntos.example (boletin.farmapuntos.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Z21Ss0Tt0
	for <support@example.test>; @@DATE@@
From: FarmaPuntos <boletin@farmapuntos.example>
To: support@example.test
Subject: @@H:Subject:Tu boletín de noviembre: doble de puntos en cosmética@@
Date: @@DATE@@
Message-ID: @@MID:farmapuntos.example@@
List-Unsubscribe: <https://farmapuntos.example/baja?c=5531>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<h2>Doble de puntos en cosmética</h2>
<p>Del 1 al 15 de noviembre, consigue el doble de FarmaPuntos en toda la cosmética.</p>
<p>Nueva función en la app: recordatorios de medicación.</p>
<p><a href="https://farmapuntos.example/baja?c=5531">Darse de baja</a></p>
</body></html>
""", note="HTML-only newsletter; 'darse de baja' is the unsubscribe link"),

a("als11", "es", "list", """
Received: from listas.gremio-autocares.example (listas.gremio-autocares.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Z24Uu1Vv1
	for <support@example.test>; @@DATE@@
From: Federico Arias <f.arias@autocares-arias.example>
To: socios@listas.gremio-autocares.example
Subject: @@H:Subject:[Gremio] Nuevas inspecciones de tacógrafo@@
Date: @@DATE@@
Message-ID: @@MID:autocares-arias.example@@
List-Id: Socios del Gremio <socios.listas.gremio-autocares.example>
List-Unsubscribe: <mailto:socios-baja@listas.gremio-autocares.example>
Precedence: list
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Compañeros:

La Dirección General de Transporte anuncia más inspecciones de tacógrafo
en carretera a partir de enero. Os paso el enlace a la circular.

Federico
--
Lista de socios del Gremio de Autocares
"""),

# ================================================================ receipt

a("arc01", "en", "receipt", """
Received: from mail.chu-dental.example (mail.chu-dental.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Z3aWw2Xx2
	for <support@example.test>; @@DATE@@
Date: @@DATE@@
From: Raymond Chu <raymond.chu@chu-dental.example>
Message-ID: @@MID:chu-dental.example@@
Subject: Read: Invoice 2025-118 - 12 visits billed, 7 made (3rd request)
To: ClearPath Snow Services <support@example.test>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="@@B1@@"

--@@B1@@
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

The message sent on @@DATE1@@ to Raymond Chu
<raymond.chu@chu-dental.example> with subject "Invoice 2025-118 - 12 visits
billed, 7 made (3rd request)" has been displayed. This is no guarantee that
the message has been read or understood.

--@@B1@@
Content-Type: message/disposition-notification

Reporting-UA: mail.chu-dental.example; Thunderbird 115.9.0
Original-Recipient: rfc822;raymond.chu@chu-dental.example
Final-Recipient: rfc822;raymond.chu@chu-dental.example
Original-Message-ID: @@MID2:escalated.example.test@@
Disposition: manual-action/MDN-sent-manually; displayed

--@@B1@@--
""", trap="quoted_trigger", note="MDN whose subject repeats a billing dispute"),

a("arc02", "de", "receipt", """
Received: from mx.petersen-metallbau.example (mx.petersen-metallbau.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Z3dYy3Zz3
	for <support@example.test>; @@DATE@@
Date: @@DATE@@
From: Uwe Petersen <u.petersen@petersen-metallbau.example>
Message-ID: @@MID:petersen-metallbau.example@@
Subject: @@H:Subject:Gelesen: Ihre Reklamation Kapselgehörschutz@@
To: support@example.test
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="@@B1@@"

--@@B1@@
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ihre Nachricht

  An: Uwe Petersen
  Betreff: Ihre Reklamation Kapselgehörschutz
  Gesendet: @@DATE1@@

wurde am @@DATE@@ gelesen.

--@@B1@@
Content-Type: message/disposition-notification

Reporting-UA: petersen-metallbau.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;u.petersen@petersen-metallbau.example
Original-Message-ID: @@MID2:escalated.example.test@@
Disposition: manual-action/MDN-sent-manually; displayed

--@@B1@@--
"""),

a("arc03", "fr", "receipt", """
Received: from smtp.free.example (smtp.free.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Z3g0a4Ab4
	for <support@example.test>; @@DATE@@
Date: @@DATE@@
From: Christophe Blanc <christophe.blanc@free.example>
Message-ID: @@MID:free.example@@
Subject: Lu : URGENT batterie : intervention du technicien
To: support@example.test
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="@@B1@@"

--@@B1@@
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message

  À : Christophe Blanc
  Objet : URGENT batterie : intervention du technicien
  Envoyé : @@DATE1@@

a été lu le @@DATE@@.

--@@B1@@
Content-Type: message/disposition-notification

Reporting-UA: free.example; Thunderbird 115.12.0
Final-Recipient: rfc822;christophe.blanc@free.example
Original-Message-ID: @@MID2:escalated.example.test@@
Disposition: manual-action/MDN-sent-manually; displayed

--@@B1@@--
"""),

a("arc04", "es", "receipt", """
Received: from mx.correo.example (mx.correo.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Z3j2c5Cd5
	for <support@example.test>; @@DATE@@
Date: @@DATE@@
From: =?utf-8?q?Teresa_Cano?= <teresa.cano@correo.example>
Message-ID: @@MID:correo.example@@
Subject: @@H:Subject:Leído: Instalación acumulador y batería – respuesta@@
To: support@example.test
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="@@B1@@"

--@@B1@@
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Su mensaje

  Para: Teresa Cano
  Asunto: Instalación acumulador y batería – respuesta
  Enviado: @@DATE1@@

se leyó el @@DATE@@.

--@@B1@@
Content-Type: message/disposition-notification

Reporting-UA: correo.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;teresa.cano@correo.example
Original-Message-ID: @@MID2:escalated.example.test@@
Disposition: manual-action/MDN-sent-manually; displayed

--@@B1@@--
"""),

a("arc05", "en", "receipt", """
Received: from mail.oakfield-estates.example (mail.oakfield-estates.example [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Z3m4e6Ef6
	for <support@example.test>; @@DATE@@
From: Simon Ackroyd <s.ackroyd@oakfield-estates.example>
To: support@example.test
Subject: Read: Winter contract - Oakfield Business Park
Date: @@DATE@@
Message-ID: @@MID:oakfield-estates.example@@
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="@@B1@@"

--@@B1@@
Content-Type: multipart/alternative; boundary="@@B2@@"

--@@B2@@
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Your message

To: Simon Ackroyd
Subject: Winter contract - Oakfield Business Park
Sent: @@DATE1@@

was read on @@DATE@@.

--@@B2@@
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 7bit

<html><body><p><font size="2">Your message<br><br>
&nbsp;&nbsp;To: Simon Ackroyd<br>
&nbsp;&nbsp;Subject: Winter contract - Oakfield Business Park<br>
&nbsp;&nbsp;Sent: @@DATE1@@<br><br>
was read on @@DATE@@.</font></p></body></html>

--@@B2@@--

--@@B1@@
Content-Type: message/disposition-notification

Reporting-UA: EX02.oakfield-estates.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;s.ackroyd@oakfield-estates.example
Original-Message-ID: @@MID2:escalated.example.test@@
Disposition: automatic-action/MDN-sent-automatically; displayed

--@@B1@@--
""", note="Outlook-style read receipt"),

# ================================================================ self

a("asf01", "en", "self", """
Received: from desk.example.test (desk.example.test [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Z4aGg7Hh7
	for <support@example.test>; @@DATE@@
From: Customer Support <support@example.test>
To: support@example.test
Subject: [Ticket CS-60211] New ticket assigned to queue Tier 2
Date: @@DATE@@
Message-ID: @@MID:escalated.example.test@@
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

A new ticket has been assigned to Tier 2.

Ticket:   CS-60211
Customer: Victoria Lanyon
Subject:  Installation contract HS-2291 (GBP 14,950) - defects

Customer message:
> I have instructed Holloway & Pike LLP to act for me. You will receive
> their letter this week. I find the standard of workmanship frankly
> shocking.

Open the ticket: https://desk.example.test/tickets/CS-60211
""", trap="quoted_trigger", note="desk's own notification quoting a legal threat"),

a("asf02", "en", "self", """
Received: from desk.example.test (desk.example.test [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Z4dIi8Jj8
	for <support@example.test>; @@DATE@@
From: Escalation digest <escalated@example.test>
To: support@example.test
Subject: Daily escalation digest - 14 open, 3 overdue
Date: @@DATE@@
Message-ID: @@MID:escalated.example.test@@
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Open escalations: 14
Overdue: 3 (CS-59812 legal_threat, CS-59990 outage, CS-60102 safety)

Oldest open: CS-59812, 6 days, "I will issue a claim in the county court".

This digest is generated automatically.
""", trap="quoted_trigger", note="desk's own digest listing trigger names"),

a("asf03", "en", "self", """
Received: from desk.example.test (desk.example.test [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Z4gKk9Ll9
	for <support@example.test>; @@DATE@@
From: Hollowmere Festival Support <support@example.test>
To: Marcus Adeyemi <marcus.adeyemi@inbox.example>
Cc: support@example.test
Subject: Re: who is your CEO and what is their email
Date: @@DATE@@
Message-ID: @@MID:escalated.example.test@@
In-Reply-To: @@MID2:inbox.example@@
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Dear Mr Adeyemi,

Thank you for your message. I have passed your refund case to our
Customer Experience Manager, who will reply to you by Friday.

Kind regards,
Hollowmere Festival Support

On Mon, Marcus Adeyemi wrote:
> Since nobody in support seems able to answer me, please send me the
> name and direct email address of your chief executive.
""", trap="quoted_trigger", note="the desk's own outgoing reply, copied to the desk"),

a("asf04", "en", "self", """
Received: from desk.example.test (desk.example.test [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Z4jMm0Nn0
	for <support@example.test>; @@DATE@@
From: Escalation Bot <bot@example.test>
To: support@example.test
Subject: Weekly report: escalations by trigger
Date: @@DATE@@
Message-ID: @@MID:escalated.example.test@@
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="@@B1@@"

--@@B1@@
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Attached: escalations by trigger for the last 7 days.

--@@B1@@
Content-Type: text/csv; charset=us-ascii; name="escalations-week.csv"
Content-Disposition: attachment; filename="escalations-week.csv"
Content-Transfer-Encoding: 7bit

trigger,count
technical_issue,41
severe_dissatisfaction,17
billing_dispute,9
legal_threat,2

--@@B1@@--
""", note="Message-ID on the desk's own domain"),

a("asf05", "de", "self", """
Received: from desk.example.test (desk.example.test [@@IP1@@])
	by mx1.example.test (Postfix) with ESMTPS id 4Z4mOo1Pp1
	for <support@example.test>; @@DATE@@
From: Kundenservice <support@example.test>
To: support@example.test
Subject: @@H:Subject:Eingangsbestätigung: Ihre Anfrage zum Mieterportal@@
Date: @@DATE@@
Message-ID: @@MID:escalated.example.test@@
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Guten Tag,

vielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage erhalten und melden
uns innerhalb von zwei Werktagen.

Ihre Nachricht:
> Das Mieterportal ist seit gestern Abend nicht erreichbar. Egal ob am PC
> oder am Handy, es kommt nur "503 Service Unavailable".

Ihr Kundenservice
""", trap="quoted_trigger", note="the desk's own acknowledgement that looped back to it"),

]
