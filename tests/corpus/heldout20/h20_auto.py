# -*- coding: utf-8 -*-
"""heldout20: automated mail (auto-replies, bounces, lists, read receipts, self mail).

Hand-written, one block per message.  Automated mail never carries triggers, even when it
quotes trigger-bearing text.  make_corpus.py adds Date, Message-ID and (except for self
mail) a Received line; everything else that identifies the kind is written here.
"""

M = []


def auto(kind, lang, frm, subject, body, headers=(), report=None, trap="-", note="-", **opt):
    M.append(dict(automated=kind, lang=lang, frm=frm, subject=subject, body=body,
                  headers=list(headers), report=report, triggers="-", trap=trap, note=note, **opt))


AS_REPLIED = ("Auto-Submitted", "auto-replied")
AS_GENERATED = ("Auto-Submitted", "auto-generated")

# ============================================================ auto-replies

auto("auto_reply", "en", "Fiona Grange <felicity.grange@grangeestate.example>",
     "Automatic reply: Re: Deposit - Gull Rock",
     """\
Thank you for your email. I am away from the estate office until Monday 28 April with no access to email. For urgent estate matters please call the office on 01632 555 0107.

Felicity
""", headers=[AS_REPLIED, ("X-Auto-Response-Suppress", "All")], note="Auto-Submitted vacation reply")

auto("auto_reply", "en", "Stuart Mackay <stuart@mackayrc.example>",
     "Out of Office",
     """\
I'm at the Harrogate model show until Sunday and checking email only occasionally. Orders placed online will still go out as normal from Tuesday.

Stuart
""", headers=[("X-Autoreply", "yes"), ("X-Autorespond", "Out of Office")], note="X-Autoreply only")

auto("auto_reply", "en", "Dr Philip Osei <philip.osei@oseiclinic.example>",
     "Away until Monday (was: Kindly escalate)",
     """\
I am currently away from the clinic and will return on Monday 9 June. Your message has not been forwarded. For clinical matters please contact the practice on 555 0130.

Dr P. Osei
""", headers=[("Precedence", "auto_reply")], note="Precedence: auto_reply; subject echoes a trigger word")

auto("auto_reply", "en", "Hugo Lambert <hugo.lambert@lambertfarms.example>",
     "Re: Delivery of rainwater system - 3 units",
     """\
I'm currently on leave and will be back on the farm on 2 June. Lambing's finished, so I'm finally taking a week off!

Anything about deliveries, please speak to Rob on 555 0177.

Hugo
""", trap="no_marker_headers", note="vacation reply with no marker headers and a Re: subject")

auto("auto_reply", "en", "Doyle Bikes Help Centre <help@doylebikes.example>",
     "[Request #48213] Received: Your message to Doyle Bikes",
     """\
Hi,

Thanks for getting in touch with Doyle Bikes & Hobbies. This is an automatic confirmation that we've received your message and created request #48213.

A member of our team will reply within 2 working days. You can add to this request by replying to this email.

Your message:
> Hi Fergus, regarding your complaint about the late LiPo shipment and your
> request to escalate: the replacement packs left our warehouse today.

Doyle Bikes Help Centre
""", headers=[AS_REPLIED, ("X-Auto-Response-Suppress", "All"), ("X-Mailer", "Helpdesk Notifications")],
     note="ticket acknowledgement quoting trigger words")

auto("auto_reply", "en", "No Reply <no-reply@kestrelbank-business.example>",
     "This mailbox is not monitored",
     """\
This email address is not monitored. Your message has not been read and will be deleted.

If you need to contact Kestrel Business Banking please use secure messaging in online banking, or call 0345 555 0100.
""", headers=[AS_REPLIED], note="unmonitored mailbox notice")

auto("auto_reply", "en", "Sarah Ellis <sarah.ellis@doylebikes.example>",
     "Sarah Ellis has left Doyle Bikes",
     """\
Sarah Ellis no longer works at Doyle Bikes & Hobbies and this mailbox is no longer monitored.

For trade accounts please contact Fergus Doyle (fergus@doylebikes.example). For anything else please use info@doylebikes.example.
""", headers=[("X-Autoreply", "yes"), AS_REPLIED], note="person-has-left notice")

auto("auto_reply", "en", "Kernow Blanks <sales@kernowblanks.example>",
     "Thanks for contacting Kernow Blanks",
     """\
Thanks for your email - we've got it!

Our small team is out shaping most mornings, so we answer emails between 2pm and 5pm, Monday to Friday. We'll be in touch within two working days.

If your enquiry is about an order, please make sure you've included your order number.

Cheers,
The Kernow Blanks crew
""", headers=[AS_REPLIED, ("Precedence", "bulk")], note="supplier autoresponder")

auto("auto_reply", "en", "Facilities Helpdesk <facilities@sinclair-partners.example>",
     "[#FAC-20931] Your request has been logged: Re: Sheepskin rugs - legal hold on delivery?",
     """\
Your request has been logged with reference FAC-20931.

Priority: Normal
Category: Deliveries
Summary: Re: Sheepskin rugs - legal hold on delivery?

Our facilities team aims to respond within 1 business day. Please do not reply to this message; to update the request use the staff portal.
""", headers=[AS_GENERATED, ("X-Auto-Response-Suppress", "DR, OOF, AutoReply")],
     note="ticket acknowledgement; subject contains the word legal")

auto("auto_reply", "en", "Amira Haddad <amira.haddad@skymail.example>",
     "Auto: Re: reaction to the face oil refill",
     """\
Hi, I'm travelling with patchy signal until the 14th. I'll reply when I'm back.

Amira
""", headers=[("X-Autoreply", "yes")], note="short X-Autoreply reply with safety-related subject")

auto("auto_reply", "de", "Sabine Hartl <sabine.hartl@hartl-familie.example>",
     "Abwesenheitsnotiz: Re: Garagentor geht nicht zu",
     """\
Vielen Dank für Ihre Nachricht.

Ich bin vom 04.08. bis einschließlich 18.08. im Urlaub und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen erreichen Sie meinen Mann unter 0151 555 4471.

Mit freundlichen Grüßen
Sabine Hartl
""", headers=[AS_REPLIED], note="German vacation reply, Auto-Submitted")

auto("auto_reply", "de", "Werner Albrecht <werner.albrecht@albrecht-obst.example>",
     "Automatische Antwort: Abbuchung Lohnmosten doppelt",
     """\
Guten Tag,

während der Apfelernte bin ich nur eingeschränkt erreichbar. Ich melde mich nach dem 20. Oktober bei Ihnen.

Werner Albrecht
Obsthof Albrecht
""", headers=[("X-Autoreply", "yes"), ("X-Auto-Response-Suppress", "All")], note="German X-Autoreply")

auto("auto_reply", "de", "Rainer Schulte <rainer.schulte@schulte-archiv.example>",
     "Re: Restaurierung Familienchronik",
     """\
Sehr geehrte Damen und Herren,

ich bin bis zum 2. Juni nicht im Büro. Ihre E-Mail wird nicht weitergeleitet; ich beantworte sie nach meiner Rückkehr.

Mit freundlichen Grüßen
Rainer Schulte
""", trap="no_marker_headers", note="German absence reply without any marker header")

auto("auto_reply", "fr", "Hélène Rousseau <helene.rousseau@rousseau-mail.example>",
     "Réponse automatique : Prélèvement en double - commande chemises",
     """\
Bonjour,

Je suis absente du 14 au 28 juillet inclus. Je prendrai connaissance de votre message à mon retour.

Cordialement,
Hélène Rousseau
""", headers=[AS_REPLIED], note="French vacation reply, Auto-Submitted")

auto("auto_reply", "fr", "Gilles Masson <gilles.masson@masson-tir.example>",
     "Message d'absence",
     """\
Bonjour,

Je suis en déplacement jusqu'au 12 septembre et je consulte mes messages de façon irrégulière. Pour toute urgence concernant le club, merci de contacter le secrétariat.

Gilles Masson
""", headers=[("Precedence", "auto_reply")], note="French, Precedence: auto_reply")

auto("auto_reply", "fr", "Secrétariat Cabinet Roche <secretariat@cabinet-roche.example>",
     "Re: Devis D-1182",
     """\
Bonjour,

Mme Virginie Caron ne fait plus partie du Cabinet Roche depuis le 1er mai. Votre message ne lui sera pas transmis. Pour toute question, merci d'écrire à secretariat@cabinet-roche.example.

Cordialement
""", trap="no_marker_headers", note="French person-has-left notice without marker headers")

auto("auto_reply", "es", "Marta Gil <marta.gil@gil-correo.example>",
     "Respuesta automática: Cobro duplicado camisas",
     """\
Hola,

Estoy de vacaciones hasta el 1 de septiembre sin acceso al correo. Responderé a tu mensaje a mi vuelta.

Un saludo,
Marta
""", headers=[AS_REPLIED], note="Spanish vacation reply, Auto-Submitted")

auto("auto_reply", "es", "Alejandro Fuentes <alejandro.fuentes@fuentes-mx.example>",
     "Mensaje de ausencia",
     """\
Gracias por su correo. Me encuentro fuera de la oficina hasta el lunes 14. Para asuntos urgentes comuníquese al 55 5555 0142.

Alejandro Fuentes
""", trap="no_marker_headers", note="Spanish absence reply without marker headers")

# ============================================================ bounces

ORIG_HOLLOWAY = """\
Return-Path: <support@example.test>
From: Support <support@example.test>
To: Dan Holloway <dholloway@holloway-build.example>
Subject: Re: Door came down on the car
Date: Wed, 12 Mar 2025 09:41:12 +0000
Message-ID: <a81f3c09e2d4.55b1c0de@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Dear Mr Holloway,

An engineer will be with you today between 12 and 2. We note that your
solicitor will be reading our reply and have passed your message on.

Kind regards
Support
"""

auto("bounce", "en", "Mail Delivery System <MAILER-DAEMON@mx.holloway-build.example>",
     "Undelivered Mail Returned to Sender",
     """\
This is the mail system at host mx.holloway-build.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<dholloway@holloway-build.example>: host mx.holloway-build.example[198.51.100.23]
    said: 550 5.1.1 <dholloway@holloway-build.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
""", headers=[AS_REPLIED], return_path="<>",
     report=dict(type="delivery-status", status="""\
Reporting-MTA: dns; mx.holloway-build.example
X-Postfix-Queue-ID: 4Zc1Lq2Wx9z1R
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: Wed, 12 Mar 2025 09:41:13 +0000 (GMT)

Final-Recipient: rfc822; dholloway@holloway-build.example
Original-Recipient: rfc822;dholloway@holloway-build.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.holloway-build.example
Diagnostic-Code: smtp; 550 5.1.1 <dholloway@holloway-build.example>: Recipient
    address rejected: User unknown in virtual mailbox table
""", original=ORIG_HOLLOWAY), note="Postfix DSN; returned message quotes a legal threat")

auto("bounce", "en", "Microsoft Outlook <postmaster@mail.brooksevents.example>",
     "Undeliverable: Re: Corporate event 12 Sept - invoice and the cancelled zone",
     """\
Delivery has failed to these recipients or groups:

natalie.brooks@brooksevents.example
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: EX01.mail.brooksevents.example

natalie.brooks@brooksevents.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", headers=[AS_REPLIED],
     report=dict(type="delivery-status", status="""\
Reporting-MTA: dns;EX01.mail.brooksevents.example
Received-From-MTA: dns;mx1.example.test
Arrival-Date: Tue, 16 Sep 2025 14:02:51 +0000

Final-Recipient: rfc822;natalie.brooks@brooksevents.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""", orig_type="text/rfc822-headers", original="""\
From: Support <support@example.test>
To: Natalie Brooks <natalie.brooks@brooksevents.example>
Subject: Re: Corporate event 12 Sept - invoice and the cancelled zone
Date: Tue, 16 Sep 2025 14:02:49 +0000
Message-ID: <77c0e1a2b3f4.9d0a11ee@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
"""), note="Exchange NDR with text/rfc822-headers")

auto("bounce", "en", "Mail Delivery Subsystem <MAILER-DAEMON@smtp.trentmail.example>",
     "Returned mail: see transcript for details",
     """\
The original message was received at Fri, 6 Jun 2025 10:15:02 +0100
from mx1.example.test [203.0.113.10]

   ----- The following addresses had permanent fatal errors -----
<oliver.trent@trentmail.example>
    (reason: 552 5.2.2 Mailbox full)

   ----- Transcript of session follows -----
... while talking to mail.trentmail.example.:
>>> DATA
<<< 552 5.2.2 <oliver.trent@trentmail.example>... Mailbox full
554 5.0.0 Service unavailable
""", headers=[AS_GENERATED + ()], return_path="<>",
     report=dict(type="delivery-status", status="""\
Reporting-MTA: dns; smtp.trentmail.example
Received-From-MTA: DNS; mx1.example.test
Arrival-Date: Fri, 6 Jun 2025 10:15:02 +0100

Final-Recipient: RFC822; oliver.trent@trentmail.example
Action: failed
Status: 5.2.2
Remote-MTA: DNS; mail.trentmail.example
Diagnostic-Code: SMTP; 552 5.2.2 <oliver.trent@trentmail.example>... Mailbox full
Last-Attempt-Date: Fri, 6 Jun 2025 10:15:04 +0100
""", original="""\
From: Support <support@example.test>
To: oliver.trent@trentmail.example
Subject: Re: Card data
Date: Fri, 6 Jun 2025 10:14:58 +0100
Message-ID: <1c2d3e4f5a6b.0badcafe@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Dear Oliver, thank you for reporting the suspected card fraud. Our
security team is reviewing the checkout logs.
"""), note="sendmail DSN, mailbox full; original mentions fraud")

auto("bounce", "en", "Mail Delivery System <Mailer-Daemon@mail.valleymail.example>",
     "Mail delivery failed: returning message to sender",
     """\
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  owen.pritchard@valleymail.example
    retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
Received: from mx1.example.test ([203.0.113.10])
	by mail.valleymail.example with esmtp (Exim 4.97)
	(envelope-from <support@example.test>)
	id 1u9XkA-000Q3c-2B
	for owen.pritchard@valleymail.example; Fri, 11 Apr 2025 09:14:07 +0100
From: Support <support@example.test>
To: Owen Pritchard <owen.pritchard@valleymail.example>
Subject: Re: your reply about my order
Date: Fri, 11 Apr 2025 09:14:03 +0100
Message-ID: <5e6f7a8b9c0d.12ab34cd@escalated.example.test>

Dear Mr Pritchard,
Thank you for your patience. We apologise for any inconvenience caused by
the delay to your order. You wrote that you would close your account and
take your business elsewhere; we hope we can change your mind.
""", headers=[AS_REPLIED, ("X-Failed-Recipients", "owen.pritchard@valleymail.example")], return_path="<>",
     note="plain-text Exim bounce quoting a cancellation threat")

auto("bounce", "en", "MAILER-DAEMON@mx2.kerrcrafts.example",
     "failure notice",
     """\
Hi. This is the qmail-send program at mx2.kerrcrafts.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<siobhan.kerr@kerrcrafts.example>:
203.0.113.77 does not like recipient.
Remote host said: 550 No such user here
Giving up on 203.0.113.77.

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
Received: (qmail 28113 invoked from network); 2 May 2025 16:20:11 -0000
From: Support <support@example.test>
To: siobhan.kerr@kerrcrafts.example
Subject: Re: Your new website
Message-ID: <0f1e2d3c4b5a.77aa88bb@escalated.example.test>

Hi Siobhan, thanks for the suggestion about gift wrapping, and sorry the
swatches were broken on your iPad. Both are with the web team.
""", return_path="<>", note="plain-text qmail bounce, no Auto-Submitted")

auto("bounce", "en", "Mail Delivery System <MAILER-DAEMON@relay.tidalbreak.example>",
     "Delayed Mail (still being retried)",
     """\
This is the mail system at host relay.tidalbreak.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<hvance@tidalbreak.example>: connect to mail.tidalbreak.example[192.0.2.61]:25:
    Connection timed out
""", headers=[AS_REPLIED], return_path="<>",
     report=dict(type="delivery-status", status="""\
Reporting-MTA: dns; relay.tidalbreak.example
X-Postfix-Queue-ID: 4ZfQ2n0RbLz9x
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: Thu, 24 Apr 2025 08:02:40 +0100 (BST)

Final-Recipient: rfc822; hvance@tidalbreak.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.tidalbreak.example[192.0.2.61]:25:
    Connection timed out
Will-Retry-Until: Tue, 29 Apr 2025 08:02:40 +0100 (BST)
""", orig_type="text/rfc822-headers", original="""\
From: Support <support@example.test>
To: hvance@tidalbreak.example
Subject: Re: site down??
Date: Thu, 24 Apr 2025 08:02:38 +0100
Message-ID: <ab12cd34ef56.00112233@escalated.example.test>
"""), note="delay warning (Action: delayed); subject mentions site down")

auto("bounce", "en", "Mail Delivery Subsystem <mailer-daemon@googlemail.example>",
     "Delivery Status Notification (Failure)",
     """\
** Address not found **

Your message wasn't delivered to jess.okoro@quickmail.example because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""", headers=[AS_REPLIED], return_path="<>",
     report=dict(type="delivery-status", status="""\
Reporting-MTA: dns; googlemail.example
Received-From-MTA: dns; mx1.example.test
Arrival-Date: Mon, 19 May 2025 12:30:11 -0700 (PDT)

Final-Recipient: rfc822; jess.okoro@quickmail.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.quickmail.example. (198.51.100.14, the server for the domain quickmail.example.)
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Mon, 19 May 2025 12:30:12 -0700 (PDT)
""", original="""\
From: Support <support@example.test>
To: Jess <jess.okoro@quickmail.example>
Subject: Re: group payments
Date: Mon, 19 May 2025 20:30:09 +0100
Message-ID: <c0ffee00babe.31415926@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hi Jess, thanks for the idea about split payments - we've passed it to
the booking team.
"""), note="webmail-style DSN")

auto("bounce", "en", "Abuse Desk <abuse@mailbox-provider.example>",
     "Abuse report for a message from example.test",
     """\
This is an email abuse report for an email message received from IP 203.0.113.10 on Tue, 03 Jun 2025 11:20:45 +0000.
A recipient of this message marked it as spam. For more information about this format please see RFC 5965.
""", headers=[AS_GENERATED], return_path="<>",
     report=dict(type="feedback-report", status="""\
Feedback-Type: abuse
User-Agent: MailboxProvider-FBL/1.0
Version: 1
Original-Mail-From: <support@example.test>
Arrival-Date: Tue, 03 Jun 2025 11:20:45 +0000
Source-IP: 203.0.113.10
Reported-Domain: example.test
""", orig_type="text/rfc822-headers", original="""\
From: Support <support@example.test>
To: recipient@mailbox-provider.example
Subject: Re: Complaint to the Information Commissioner
Date: Tue, 03 Jun 2025 11:20:41 +0000
Message-ID: <deadbeef0001.feedface@escalated.example.test>
"""), note="ARF feedback report; original subject mentions a regulator")

auto("bounce", "de", "Mail Delivery System <MAILER-DAEMON@mx.sommerfeld-mail.example>",
     "Unzustellbar: Re: Unsere Babybilder sind WEG",
     """\
Dies ist das Mailsystem auf dem Rechner mx.sommerfeld-mail.example.

Leider konnte Ihre Nachricht an einen oder mehrere Empfänger nicht
zugestellt werden. Die Nachricht ist unten angehängt.

<jana.sommerfeld@sommerfeld-mail.example>: Das Postfach ist voll (552 5.2.2)
""", headers=[AS_REPLIED], return_path="<>",
     report=dict(type="delivery-status", status="""\
Reporting-MTA: dns; mx.sommerfeld-mail.example
Arrival-Date: Mon, 17 Mar 2025 19:02:11 +0100 (CET)

Final-Recipient: rfc822; jana.sommerfeld@sommerfeld-mail.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
""", original="""\
From: Support <support@example.test>
To: Jana Sommerfeld <jana.sommerfeld@sommerfeld-mail.example>
Subject: Re: Unsere Babybilder sind WEG
Date: Mon, 17 Mar 2025 19:02:07 +0100
Message-ID: <9a8b7c6d5e4f.2468ace0@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Liebe Frau Sommerfeld,
wir haben Ihre Galerie aus der Sicherung wiederhergestellt. Es tut uns
sehr leid, dass die Bilder verschwunden waren.
"""), note="German DSN; returned message mentions lost photos")

auto("bounce", "de", "Mail Delivery System <MAILER-DAEMON@mail.neumann-it.example>",
     "Verzögerte Zustellung (wird weiter versucht)",
     """\
Dies ist das Mailsystem auf dem Rechner mail.neumann-it.example.

####################################################################
# DIES IST NUR EINE WARNUNG. SIE MÜSSEN IHRE NACHRICHT NICHT       #
# ERNEUT SENDEN.                                                   #
####################################################################

Ihre Nachricht konnte seit mehr als 4 Stunden nicht zugestellt werden.
Es wird weiter versucht, bis sie 5 Tage alt ist.
""", headers=[AS_REPLIED], return_path="<>",
     report=dict(type="delivery-status", status="""\
Reporting-MTA: dns; mail.neumann-it.example
Arrival-Date: Tue, 8 Apr 2025 06:10:00 +0200 (CEST)

Final-Recipient: rfc822; dirk.neumann@neumann-it.example
Action: delayed
Status: 4.2.0
Diagnostic-Code: smtp; 421 4.2.0 Service temporarily unavailable
Will-Retry-Until: Sun, 13 Apr 2025 06:10:00 +0200 (CEST)
""", orig_type="text/rfc822-headers", original="""\
From: Support <support@example.test>
To: dirk.neumann@neumann-it.example
Subject: Re: Fremde Anmeldungen in meinem Mitgliedskonto
Date: Tue, 8 Apr 2025 06:09:58 +0200
Message-ID: <11aa22bb33cc.44dd55ee@escalated.example.test>
"""), note="German delay warning")

auto("bounce", "fr", "Microsoft Outlook <postmaster@chevalier-mail.example>",
     "Non remis : Re: Quelqu'un a annulé ma réservation du phare ???",
     """\
Votre message n'a pas pu être remis à ces destinataires ou groupes :

bruno.chevalier@chevalier-mail.example
L'adresse e-mail que vous avez entrée est introuvable. Vérifiez l'adresse e-mail du destinataire et essayez de renvoyer le message.

Informations de diagnostic pour les administrateurs :
Serveur de génération : EX02.chevalier-mail.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'
""", headers=[AS_REPLIED],
     report=dict(type="delivery-status", status="""\
Reporting-MTA: dns;EX02.chevalier-mail.example
Received-From-MTA: dns;mx1.example.test
Arrival-Date: Thu, 10 Jul 2025 08:30:02 +0000

Final-Recipient: rfc822;bruno.chevalier@chevalier-mail.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound
""", orig_type="text/rfc822-headers", original="""\
From: Support <support@example.test>
To: bruno.chevalier@chevalier-mail.example
Subject: =?utf-8?q?Re=3A_Quelqu=27un_a_annul=C3=A9_ma_r=C3=A9servation_du_phare_=3F=3F=3F?=
Date: Thu, 10 Jul 2025 08:30:00 +0000
Message-ID: <5a5a5a5a5a5a.b6b6b6b6@escalated.example.test>
"""), note="French Exchange NDR")

auto("bounce", "es", "Sistema de entrega de correo <MAILER-DAEMON@mx.ortega-correo.example>",
     "No se puede entregar: Re: Alguien ha entrado en mi cuenta",
     """\
Este es el sistema de correo del servidor mx.ortega-correo.example.

Lamentamos informarle de que su mensaje no pudo entregarse a uno o más
destinatarios. Se adjunta a continuación.

<beatriz.ortega@ortega-correo.example>: el buzón no existe (550 5.1.1)
""", headers=[AS_REPLIED], return_path="<>",
     report=dict(type="delivery-status", status="""\
Reporting-MTA: dns; mx.ortega-correo.example
Arrival-Date: Wed, 21 May 2025 17:45:00 +0200

Final-Recipient: rfc822; beatriz.ortega@ortega-correo.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
""", original="""\
From: Support <support@example.test>
To: beatriz.ortega@ortega-correo.example
Subject: Re: Alguien ha entrado en mi cuenta
Date: Wed, 21 May 2025 17:44:57 +0200
Message-ID: <c3c3c3c3c3c3.d4d4d4d4@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hola Beatriz:
Hemos bloqueado la cuenta y anulado el cambio de titular. Gracias por
avisarnos del acceso no autorizado.
"""), note="Spanish DSN; returned text mentions unauthorised access")

auto("bounce", "es", "Mail Delivery System <MAILER-DAEMON@relay.heladoscastillo.example>",
     "Aviso de retraso en la entrega",
     """\
Este es el sistema de correo del servidor relay.heladoscastillo.example.

################################################################
# ESTO ES SOLO UN AVISO. NO NECESITA REENVIAR SU MENSAJE.      #
################################################################

Su mensaje no ha podido entregarse durante más de 4 horas.
Se seguirá intentando hasta que tenga 5 días de antigüedad.
""", headers=[AS_REPLIED], return_path="<>",
     report=dict(type="delivery-status", status="""\
Reporting-MTA: dns; relay.heladoscastillo.example
Arrival-Date: Fri, 1 Aug 2025 09:00:00 +0200

Final-Recipient: rfc822; ivan.castillo@heladoscastillo.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.heladoscastillo.example[198.51.100.90]:25: Connection refused
Will-Retry-Until: Wed, 6 Aug 2025 09:00:00 +0200
""", orig_type="text/rfc822-headers", original="""\
From: Support <support@example.test>
To: ivan.castillo@heladoscastillo.example
Subject: Re: Portal de franquiciados caido
Date: Fri, 1 Aug 2025 08:59:58 +0200
Message-ID: <e5e5e5e5e5e5.f6f6f6f6@escalated.example.test>
"""), note="Spanish delay warning")

# ============================================================ lists / bulk

auto("list", "en", "The Cider Makers' Guild <newsletter@cidermakersguild.example>",
     "Guild News - June: pressing courses, legal update on duty, and the summer fair",
     """\
THE CIDER MAKERS' GUILD - JUNE NEWSLETTER

In this issue:

1. Pressing courses for autumn - book now, only 12 places per date.
2. Legal update: the duty changes from 1 August, and what small mills need to file. Our legal adviser answers the ten most common questions.
3. Safety corner: a reminder on bottle-conditioning pressures after several members reported exploding bottles last season.
4. Summer fair, 19 July - stall applications close on the 30th.

You are receiving this because you are a member of the Cider Makers' Guild.
Unsubscribe: https://cidermakersguild.example/unsubscribe?m=2291
""", headers=[("List-Id", "Guild News <news.cidermakersguild.example>"),
              ("List-Unsubscribe", "<https://cidermakersguild.example/unsubscribe?m=2291>, <mailto:unsubscribe@cidermakersguild.example?subject=unsubscribe>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
              ("Precedence", "bulk")], html=True, note="trade newsletter mentioning legal and safety")

auto("list", "en", "RC Racers Forum <digest@rcracersforum.example>",
     "[RC Racers] Digest, Vol 88, Issue 14",
     """\
Send RC Racers mailing list submissions to
	rcracers@lists.rcracersforum.example

Today's Topics:

   1. LiPo caught fire at club night - what went wrong? (Gaz)
   2. Re: Shop won't refund my ESC - small claims? (Mike T)
   3. Re: Best tyres for wet carpet (Leanne)

----------------------------------------------------------------------

Message: 1
From: Gaz
Subject: LiPo caught fire at club night - what went wrong?

Pack went up on the charging table last night. Nobody hurt. Balance lead looked fine...

Message: 2
From: Mike T
Subject: Re: Shop won't refund my ESC - small claims?

I'd give them one more week and then go small claims, worked for me last year.

_______________________________________________
RC Racers mailing list
To unsubscribe visit https://lists.rcracersforum.example/listinfo/rcracers
""", headers=[("List-Id", "RC Racers discussion <rcracers.lists.rcracersforum.example>"),
              ("List-Unsubscribe", "<https://lists.rcracersforum.example/options/rcracers>, <mailto:rcracers-request@lists.rcracersforum.example?subject=unsubscribe>"),
              ("List-Post", "<mailto:rcracers@lists.rcracersforum.example>"),
              ("Precedence", "list")], note="list digest full of trigger-like posts")

auto("list", "en", "Pennine Leather Supplies <offers@pennineleather.example>",
     "Summer sale: 20% off bridle and veg-tan hides",
     """\
SUMMER SALE - THIS WEEK ONLY

20% off all bridle leather, veg-tan shoulders and sheepskin offcut packs. Trade customers: use code TRADE20 at checkout.

New in: waxed thread in 14 colours, and our long-awaited edge bevellers.

Pennine Leather Supplies, Unit 4, Mill Yard.
You're receiving this because you bought from us. To stop these emails reply with "unsubscribe".
""", headers=[("Precedence", "bulk")], html=True, note="supplier promo, Precedence: bulk only")

auto("list", "en", "Surf Shapers Network <shapers@groups.surfnet.example>",
     "[shapers] Resin supplier out of stock - alternatives?",
     """\
Anyone else had their epoxy order cancelled this week? Ours says out of stock until September and I've got 6 boards waiting. Would switch suppliers in a heartbeat if someone has a good one.

Jed

--
You received this message because you are subscribed to the Google Groups-style list "shapers".
To unsubscribe from this group and stop receiving emails from it, send an email to shapers+unsubscribe@groups.surfnet.example.
""", headers=[("List-Id", "<shapers.groups.surfnet.example>"),
              ("List-Unsubscribe", "<mailto:shapers+unsubscribe@groups.surfnet.example>"),
              ("Precedence", "list"), ("Mailing-list", "list shapers@groups.surfnet.example; contact shapers+owners@groups.surfnet.example")],
     note="discussion list post with switch-supplier talk")

auto("list", "en", "Events at Harbour Venues <events@harbourvenues.example>",
     "Webinar: Wedding suppliers - handling complaints and reviews",
     """\
Join our free webinar for wedding suppliers on Thursday 2 October at 7pm.

Topics: handling complaints before they turn into bad reviews, what to do when a couple threatens legal action, and how to manage your social media reputation.

Register at https://harbourvenues.example/webinars

You are receiving this email because you are on the Harbour Venues supplier list. Unsubscribe: https://harbourvenues.example/u/8812
""", headers=[("List-Unsubscribe", "<https://harbourvenues.example/u/8812>"), ("Precedence", "bulk"),
              ("X-Campaign", "supplier-webinar-oct")], html=True, note="bulk webinar invitation full of trigger words")

auto("list", "de", "Verband Deutscher Maßschneider <newsletter@massschneider-verband.example>",
     "Newsletter Mai: Messe, Stoffpreise, Datenschutz-Update",
     """\
Liebe Mitglieder,

in diesem Newsletter:
- Rückblick auf die Frühjahrsmesse
- Stoffpreise steigen weiter: was Sie Ihren Kunden sagen können
- Datenschutz-Update: Muster für die Einwilligung zur Speicherung von Körpermaßen

Sie erhalten diesen Newsletter als Mitglied des Verbands. Abmelden: https://massschneider-verband.example/abmelden
""", headers=[("List-Id", "Verbandsnewsletter <newsletter.massschneider-verband.example>"),
              ("List-Unsubscribe", "<https://massschneider-verband.example/abmelden>"),
              ("Precedence", "bulk")], note="German association newsletter")

auto("list", "fr", "Fédération des Phares et Gîtes <lettre@phares-gites.example>",
     "La lettre des gîtes - juillet",
     """\
Bonjour à tous,

Au sommaire ce mois-ci :
- Rappel : contrôle obligatoire des détecteurs de fumée et de monoxyde avant la saison d'hiver.
- Réclamations clients : nos conseils pour répondre aux avis négatifs.
- Nouveau partenariat assurance pour les propriétaires.

Pour ne plus recevoir cette lettre : https://phares-gites.example/desinscription
""", headers=[("List-Id", "Lettre des gites <lettre.phares-gites.example>"),
              ("List-Unsubscribe", "<https://phares-gites.example/desinscription>")], note="French newsletter")

auto("list", "es", "Asociación de Fotografía Infantil <boletin@foto-infantil.example>",
     "Boletín de septiembre: talleres, seguridad de datos y concurso",
     """\
Hola, socio:

Este mes:
- Taller de iluminación para sesiones de recién nacido (plazas limitadas).
- Seguridad de datos: cómo guardar las galerías de clientes y evitar pérdidas.
- Concurso anual: envía tus fotos antes del 30.

Para darte de baja de este boletín: https://foto-infantil.example/baja
""", headers=[("List-Id", "Boletin socios <boletin.foto-infantil.example>"),
              ("List-Unsubscribe", "<https://foto-infantil.example/baja>"),
              ("Precedence", "bulk")], note="Spanish association newsletter")

# ============================================================ read receipts (MDN)

auto("receipt", "en", "Gordon Lyle <gordon.lyle@lylefarms.example>",
     "Return Receipt (displayed) - Re: Tank installation - final invoice",
     """\
This is a Return Receipt for the mail that you sent to gordon.lyle@lylefarms.example.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""", report=dict(type="disposition-notification", status="""\
Reporting-UA: lylefarms-pc; Thunderbird 128.3.1
Original-Recipient: rfc822;gordon.lyle@lylefarms.example
Final-Recipient: rfc822;gordon.lyle@lylefarms.example
Original-Message-ID: <f00dfeed1234.abcd0001@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
"""), note="Thunderbird MDN")

auto("receipt", "en", "Natalie Brooks <natalie.brooks@brooksevents.example>",
     "Read: Re: Corporate event 12 Sept",
     """\
Your message

  To: Natalie Brooks
  Subject: Re: Corporate event 12 Sept
  Sent: 04 September 2025 10:12

was read on 04 September 2025 10:31.
""", report=dict(type="disposition-notification", status="""\
Reporting-UA: EX01.mail.brooksevents.example
Final-Recipient: rfc822;natalie.brooks@brooksevents.example
Original-Message-ID: <0e0e0e0e0e0e.1f1f1f1f@escalated.example.test>
Disposition: automatic-action/MDN-sent-automatically; displayed
"""), note="Outlook-style read receipt")

auto("receipt", "de", "Bernd Vogt <bernd.vogt@vogt-landwirtschaft.example>",
     "Gelesen: Re: Auftrag RW-2231 Zisternenanlage",
     """\
Ihre Nachricht

  An: Bernd Vogt
  Betreff: Re: Auftrag RW-2231 Zisternenanlage
  Gesendet: Mittwoch, 11. Juni 2025 09:02:11 (UTC+01:00)

wurde am Mittwoch, 11. Juni 2025 09:40:55 (UTC+01:00) gelesen.
""", report=dict(type="disposition-notification", status="""\
Reporting-UA: vogt-pc; Microsoft Outlook 16.0
Final-Recipient: rfc822;bernd.vogt@vogt-landwirtschaft.example
Original-Message-ID: <2b2b2b2b2b2b.3c3c3c3c@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
"""), note="German read receipt")

auto("receipt", "fr", "Thierry Dumont <thierry.dumont@rc-club-loire.example>",
     "Lu : Re: Commande club - pièces manquantes",
     """\
Votre message

  À : Thierry Dumont
  Objet : Re: Commande club - pièces manquantes
  Envoyé : jeudi 29 mai 2025 11:20

a été lu le jeudi 29 mai 2025 12:02.
""", report=dict(type="disposition-notification", status="""\
Reporting-UA: club-pc; Microsoft Outlook 16.0
Final-Recipient: rfc822;thierry.dumont@rc-club-loire.example
Original-Message-ID: <4d4d4d4d4d4d.5e5e5e5e@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
"""), note="French read receipt")

auto("receipt", "es", "Andrés Romero <andres.romero@romero-casa.example>",
     "Leído: Re: La puerta del garaje golpeó a mi padre",
     """\
Su mensaje

  Para: Andrés Romero
  Asunto: Re: La puerta del garaje golpeó a mi padre
  Enviado: martes, 8 de abril de 2025 16:40

se leyó el martes, 8 de abril de 2025 17:05.
""", report=dict(type="disposition-notification", status="""\
Reporting-UA: romero-movil; Microsoft Outlook 16.0
Final-Recipient: rfc822;andres.romero@romero-casa.example
Original-Message-ID: <6f6f6f6f6f6f.7a7a7a7a@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
"""), note="Spanish read receipt; subject carries a safety complaint")

# ============================================================ self mail

auto("self", "en", "Support <support@example.test>",
     "We've received your message [#30117]",
     """\
Hello,

Thank you for contacting us. Your message has been received and given the reference #30117. A member of the team will reply as soon as possible.

Support
""", headers=[AS_REPLIED], msgid_domain="escalated.example.test",
     note="desk's own acknowledgement looped back to itself")

auto("self", "en", "Escalated <escalated@example.test>",
     "Daily escalation digest - 3 open",
     """\
Open escalations (3)

#30102  legal_threat, safety       "my brother-in-law is a solicitor and he will be reading whatever you send back"
#30109  billing_dispute, repeat    "This is now the third time I've written about this"
#30114  outage                     "Nobody in our office can get past the login page since about 9"

Oldest unanswered: 4h 12m.
""", headers=[AS_GENERATED], note="escalation digest quoting trigger text")

auto("self", "en", "Nora at Support <nora@example.test>",
     "Re: Still waiting for my refund",
     """\
Hi Megan,

I'm sorry about the wait - I've checked and the £65 refund was released today, so it should reach your card within 3 working days.

Best wishes,
Nora
Support
""", msgid_domain="escalated.example.test", msgid_style=0,
     note="agent reply copied back to the desk; only the Message-ID marks it as self")

auto("self", "de", "Support <support@example.test>",
     "Ihre Anfrage ist eingegangen [#30140]",
     """\
Guten Tag,

vielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage unter der Nummer #30140 erfasst und melden uns so schnell wie möglich.

Ihr Support-Team
""", headers=[AS_REPLIED], note="German desk acknowledgement looped back")

auto("self", "es", "Soporte <soporte-salida@example.test>",
     "Re: Una vergüenza",
     """\
Hola Rosa:

Sentimos mucho lo ocurrido en la tienda. Hemos hablado con la responsable y le enviamos hoy unas zapatillas nuevas sin coste.

Un saludo,
Soporte
""", msgid_domain="escalated.example.test", msgid_style=0,
     note="Spanish desk reply copy; only the Message-ID marks it as self")

auto("self", "fr", "Escalated <escalated@example.test>",
     "Alerte : ticket #30155 en attente depuis 24 h",
     """\
Le ticket #30155 (« Accident de mon fils samedi ») est en attente depuis 24 heures.
Déclencheurs : legal_threat, safety.
Merci de le traiter en priorité.
""", headers=[AS_GENERATED], note="French desk alert quoting trigger ids")
