# Automated mail in all four languages: auto-replies, bounces/DSNs, list and bulk
# mail, read receipts (MDNs) and the desk's own mail.  None carries a trigger.
# One block per message, written by hand.
MESSAGES = []


def M(**kw):
    MESSAGES.append(kw)


# ------------------------------------------------------------------ English: auto-replies

M(lang="en", auto="auto_reply",
  frm="Linda Farrow <linda.farrow@farrowlettings.example>",
  subj="Automatic reply: Your repair appointment WR-77102",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  note="Outlook vacation reply with RFC 3834 Auto-Submitted",
  body="""\
Thank you for your message. I am on annual leave until Monday 18 August and will not be checking email.

For anything urgent regarding our rental properties please call the office on 01632 555 0150 or email lettings@farrowlettings.example.

Kind regards,
Linda Farrow
""")

M(lang="en", auto="auto_reply",
  frm="Marcus Webb <marcus.webb@webbconstruction.example>",
  subj="Out of Office",
  hdrs=[("X-Autoreply", "yes"), ("X-Autorespond", "yes")],
  note="X-Autoreply header only",
  body="""\
I'm currently out of the office on site visits with limited access to email. I'll be back at my desk on Thursday.

If your query is about an invoice, please contact accounts@webbconstruction.example.

Marcus
""")

M(lang="en", auto="auto_reply",
  frm="Riverside Council Facilities <facilities-helpdesk@riversidecouncil.example>",
  subj="[Request ID :##88213##] : Request received - Re: Quote for community hall blinds",
  hdrs=[("Precedence", "auto_reply")],
  note="ticket acknowledgement from another helpdesk, Precedence: auto_reply",
  body="""\
Dear Customer,

Your request has been logged with the Facilities Helpdesk.

Request ID: 88213
Subject: Re: Quote for community hall blinds
Status: Open
Priority: Normal

Please quote the Request ID in any further correspondence. We aim to respond within 3 working days.

This is an automatically generated message, please do not reply.
""")

M(lang="en", auto="auto_reply", nomarker=True,
  frm="Gavin Holt <gavin.holt@holt-motors.example>",
  subj="Away until 2 September",
  trap="auto_reply_no_marker",
  note="vacation reply with no marker headers at all",
  body="""\
Hi,

Thanks for your email. I'm away until 2 September with no access to email. Your message will not be forwarded.

For anything relating to the workshop please contact Dean on 0117 555 0191.

Gavin
""")

M(lang="en", auto="auto_reply", nomarker=True,
  frm="Enquiries <enquiries@thornbury-hotel.example>",
  subj="Thank you for contacting Thornbury Hotel",
  trap="auto_reply_no_marker",
  note="unmonitored-mailbox notice with no marker headers",
  body="""\
Thank you for your email.

Please note that this mailbox is not monitored. Your message has not been read and will not be answered.

For reservations please use our website or call 01632 555 0122 between 8am and 8pm. For events and weddings please email events@thornbury-hotel.example.

Thornbury Hotel
""")

M(lang="en", auto="auto_reply",
  frm="Sophie Tranter <sophie.tranter@brightlane-school.example>",
  subj="Automatic reply: Bouncy castle booking for summer fair",
  hdrs=[("Auto-Submitted", "auto-replied")],
  note="person-has-left notice with Auto-Submitted",
  body="""\
Sophie Tranter no longer works at Brightlane Primary School. This mailbox is no longer monitored.

For PTA matters, please contact pta@brightlane-school.example. For all other enquiries please contact the school office on 01632 555 0107.
""")

M(lang="en", auto="auto_reply", nomarker=True,
  frm="Darren Pike <darren.pike@pikelogistics.example>",
  subj="Darren Pike has left Pike Logistics",
  trap="auto_reply_no_marker",
  note="person-has-left notice with no marker headers",
  body="""\
Please note Darren Pike has now left Pike Logistics and this inbox is no longer monitored.

Your email has not been forwarded. For fleet and vehicle hire matters please contact fleet@pikelogistics.example.
""")

M(lang="en", auto="auto_reply",
  frm="Helpdesk <helpdesk@coastalprinters.example>",
  subj="[CP-4471] We have received your request: Re: print order PO-7712 misprinted",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("X-Mailer", "Helpdesk Mailer")],
  trap="auto_quotes_trigger_text",
  note="ticket acknowledgement quoting trigger-bearing text",
  body="""\
Hello,

Thank you for contacting Coastal Printers. Your request has been received and assigned the reference CP-4471. A member of our team will be in touch within 2 working days.

Summary of your message:
> The launch is on the 20th and every copy is misprinted. This is absolutely
> unacceptable, I want to speak to a manager and I will be taking legal advice.

---
Coastal Printers Customer Care
This is an automated message.
""")

M(lang="en", auto="auto_reply",
  frm="no-reply <no-reply@cityparking.example>",
  subj="Your email could not be answered",
  hdrs=[("Auto-Submitted", "auto-generated")],
  note="no-reply mailbox notice, Auto-Submitted: auto-generated",
  body="""\
This is an automated response.

You have emailed an address that does not accept incoming mail. Please do not reply to this message. To manage your parking permit, log in to your account at www.cityparking.example.
""")

M(lang="en", auto="auto_reply", nomarker=True,
  frm="Julia Mendes <julia.mendes@mendesarchitects.example>",
  subj="Re: Your curtain order CF-6012 - On leave",
  trap="auto_reply_no_marker",
  note="maternity-leave auto-reply without marker headers",
  body="""\
Thank you for your message. I am currently on maternity leave and will return in March 2026.

During this time please contact my colleague Ravi Shah (ravi.shah@mendesarchitects.example) who will be happy to help.

Julia Mendes
Mendes Architects
""")

# ------------------------------------------------------------------ English: bounces

M(lang="en", auto="bounce", struct="dsn",
  frm="Mail Delivery System <MAILER-DAEMON@mx1.example.test>",
  subj="Undelivered Mail Returned to Sender",
  pre_hdrs=[("Return-Path", "<>"),
            ("Received", "by mx1.example.test (Postfix)\r\n id 4BxK2m0sL7z9tX; Tue,  3 Jun 2025 09:14:02 +0000 (UTC)")],
  hdrs=[("Auto-Submitted", "auto-replied")],
  note="Postfix DSN, multipart/report, user unknown",
  body="""\
This is the mail system at host mx1.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<r.ellison@oldmail.example>: host mx.oldmail.example[198.51.100.23] said:
    550 5.1.1 <r.ellison@oldmail.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""",
  dsn=dict(mta="mx1.example.test", arrival="Tue,  3 Jun 2025 09:14:01 +0000 (UTC)",
           rcpt="r.ellison@oldmail.example", status="5.1.1", remote="mx.oldmail.example",
           diag="550 5.1.1 <r.ellison@oldmail.example>: Recipient address rejected: User unknown in virtual mailbox table"),
  orig=dict(to="r.ellison@oldmail.example", subject="Re: Your kayak booking KC-2231",
            date="Tue, 3 Jun 2025 09:13:58 +0000", msgid="<kc2231.7f3a@escalated.example.test>",
            body="Hello,\n\nThank you for your booking. Your kayaks are reserved for Saturday at 10am.\n\nSupport team\n"))

M(lang="en", auto="bounce", struct="dsn",
  frm="Microsoft Outlook <postmaster@contoso-mail.example>",
  subj="Undeliverable: Re: Refund for cancelled ghost walk",
  pre_hdrs=[("Return-Path", "<>")],
  hdrs=[("Auto-Submitted", "auto-replied")],
  trap="auto_quotes_trigger_text",
  note="Exchange-style NDR; the returned message quotes a customer's threat",
  body="""\
Your message to jgreen@contoso-mail.example couldn't be delivered.

jgreen wasn't found at contoso-mail.example.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact your email admin.
""",
  dsn=dict(mta="DB9PR02MB7312.eurprd02.prod.contoso-mail.example", rcpt="jgreen@contoso-mail.example",
           status="5.1.10", remote="DB9PR02MB7312.eurprd02.prod.contoso-mail.example",
           diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"),
  orig=dict(to="jgreen@contoso-mail.example", subject="Re: Refund for cancelled ghost walk",
            date="Wed, 16 Jul 2025 14:02:11 +0100", msgid="<gw-refund.88e1@escalated.example.test>",
            body="Dear Mr Green,\n\nWe have processed your refund of 44.00 GBP.\n\nOn 15 Jul 2025 you wrote:\n> If I don't get my money back I'm going to my solicitor and to the papers.\n\nKind regards,\nSupport\n"))

M(lang="en", auto="bounce",
  frm="MAILER-DAEMON@mail.quickpost.example",
  subj="failure notice",
  pre_hdrs=[("Return-Path", "<>"),
            ("Received", "(qmail 21877 invoked for bounce); 11 Mar 2025 16:40:12 -0000")],
  note="qmail-style plain-text bounce, no marker headers",
  body="""\
Hi. This is the qmail-send program at mail.quickpost.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<kev.mullan@quickpost.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
Received: (qmail 21871 invoked from network); 11 Mar 2025 16:40:11 -0000
Date: Tue, 11 Mar 2025 16:40:09 +0000
From: Support <support@example.test>
To: kev.mullan@quickpost.example
Subject: Re: site down
Message-ID: <sitedown.1102@escalated.example.test>

Hi Kev, the booking site is back up. Sorry for the trouble.
""")

M(lang="en", auto="bounce",
  frm="Mail Delivery System <Mailer-Daemon@relay.fernhost.example>",
  subj="Mail delivery failed: returning message to sender",
  pre_hdrs=[("Return-path", "<>"),
            ("Received", "from mail by relay.fernhost.example with local (Exim 4.97)\r\n id 1u8ZqL-0004xT-2c; Fri, 02 May 2025 11:20:45 +0100")],
  hdrs=[("X-Failed-Recipients", "kirsty.blane@fernhost.example"), ("Auto-Submitted", "auto-replied")],
  note="Exim-style plain-text bounce",
  body="""\
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  kirsty.blane@fernhost.example
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
Date: Fri, 02 May 2025 11:20:40 +0100
From: Support <support@example.test>
To: kirsty.blane@fernhost.example
Subject: Re: someone's using my account to book appointments
Message-ID: <acct-lock.3310@escalated.example.test>

Hi Kirsty, we have locked your account and restored your Thursday booking.
""")

M(lang="en", auto="bounce", struct="dsn",
  frm="Mail Delivery Subsystem <MAILER-DAEMON@gw2.example.test>",
  subj="Delivery Status Notification (Delay)",
  pre_hdrs=[("Return-Path", "<>")],
  hdrs=[("Auto-Submitted", "auto-replied")],
  note="delay warning, Action: delayed",
  body="""\
This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipient has been delayed:

     accounts@grantandco.example

Message will be retried for 4 more day(s).
""",
  dsn=dict(mta="gw2.example.test", rcpt="accounts@grantandco.example", action="delayed",
           status="4.4.1", remote="mx.grantandco.example", diag="421 4.4.1 Connection timed out",
           until="Sat, 15 Mar 2025 09:00:00 +0000", full=False),
  orig=dict(to="accounts@grantandco.example", subject="Corrected invoice 2025-0318",
            date="Tue, 11 Mar 2025 09:00:00 +0000", msgid="<inv0318.c2@escalated.example.test>"))

M(lang="en", auto="bounce", struct="dsn",
  frm="Mail Delivery Subsystem <MAILER-DAEMON@smtp.hollymail.example>",
  subj="Returned mail: see transcript for details",
  pre_hdrs=[("Return-Path", "<>")],
  hdrs=[("Auto-Submitted", "auto-generated (failure)")],
  note="Sendmail-style DSN, mailbox full",
  body="""\
The original message was received at Mon, 7 Apr 2025 08:01:12 GMT
from relay.example.test [192.0.2.40]

   ----- The following addresses had permanent fatal errors -----
<nat.greer@hollymail.example>
    (reason: 552 5.2.2 Mailbox full)

   ----- Transcript of session follows -----
... while talking to mx.hollymail.example.:
>>> DATA
<<< 552 5.2.2 <nat.greer@hollymail.example>... Mailbox full
554 5.0.0 Service unavailable
""",
  dsn=dict(mta="smtp.hollymail.example", arrival="Mon, 7 Apr 2025 08:01:12 GMT",
           rcpt="nat.greer@hollymail.example", status="5.2.2", remote="mx.hollymail.example",
           diag="552 5.2.2 Mailbox full"),
  orig=dict(to="nat.greer@hollymail.example", subject="Re: Knife came back with a chip in it",
            date="Mon, 7 Apr 2025 08:01:10 +0000", msgid="<ks4410.aa@escalated.example.test>",
            body="Hi Natalie,\n\nWe have corrected the invoice to 24.00 GBP. Apologies.\n\nSupport\n"))

M(lang="en", auto="bounce", struct="dsn",
  frm="postmaster@outbound.example.test",
  subj="Delivery Status Notification (Failure)",
  pre_hdrs=[("Return-Path", "<>")],
  hdrs=[("Auto-Submitted", "auto-replied")],
  note="DSN for a rejected message (spam policy)",
  body="""\
Delivery to the following recipient failed permanently:

     m.flynn@flynn-events.example

Technical details of permanent failure:
The recipient server did not accept our requests to connect.
[mx.flynn-events.example. 203.0.113.77: 554 5.7.1 Message rejected under spam policy]
""",
  dsn=dict(mta="outbound.example.test", rcpt="m.flynn@flynn-events.example", status="5.7.1",
           remote="mx.flynn-events.example", diag="554 5.7.1 Message rejected under spam policy", full=False),
  orig=dict(to="m.flynn@flynn-events.example", subject="Re: Festival hire order HX-5530",
            date="Fri, 27 Jun 2025 17:45:00 +0100", msgid="<hx5530.e1@escalated.example.test>"))

# ------------------------------------------------------------------ English: lists and bulk

M(lang="en", auto="list", pack="alt_p",
  frm="Fragrance Trade Weekly <news@fragrancetrade.example>",
  subj="This week: niche houses, tariff changes and the oud shortage",
  hdrs=[("List-Id", "Fragrance Trade Weekly <weekly.fragrancetrade.example>"),
        ("List-Unsubscribe", "<https://fragrancetrade.example/unsub?u=88213>, <mailto:unsubscribe@fragrancetrade.example>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk")],
  note="trade newsletter with List-Id and List-Unsubscribe",
  body="""\
FRAGRANCE TRADE WEEKLY

1. Niche houses report record Q3 - but margins are shrinking
2. New import tariffs: what retailers need to know before Christmas
3. The oud shortage: why prices are up 30%
4. Reader poll: is the 100ml bottle dead?

Read the full issue online.

You are receiving this email because you subscribed to Fragrance Trade Weekly.
Unsubscribe: https://fragrancetrade.example/unsub
""")

M(lang="en", auto="list",
  frm="Motorcycle Live Show <tickets@motorshow.example>",
  subj="Last chance: 20% off show tickets ends tonight!",
  hdrs=[("Precedence", "bulk"), ("X-Campaign-ID", "MLS-2025-11-B")],
  note="bulk marketing, Precedence: bulk only",
  body="""\
Don't miss out!

Tickets for the Motorcycle Live Show are 20% off until midnight. Over 100 exhibitors, test rides, and the stunt arena.

Book now at motorshow.example/tickets

You are receiving this message because you attended a previous show. To stop receiving these emails, reply with UNSUBSCRIBE.
""")

M(lang="en", auto="list",
  frm="allotment-talk@lists.allotmentfed.example",
  subj="[allotment-talk] Digest Vol 88, Issue 14",
  hdrs=[("List-Id", "Allotment Federation discussion <allotment-talk.lists.allotmentfed.example>"),
        ("List-Unsubscribe", "<mailto:allotment-talk-request@lists.allotmentfed.example?subject=unsubscribe>"),
        ("List-Post", "<mailto:allotment-talk@lists.allotmentfed.example>"),
        ("Precedence", "list")],
  trap="auto_quotes_trigger_text",
  note="list digest whose posts contain complaint language",
  body="""\
Send allotment-talk mailing list submissions to
	allotment-talk@lists.allotmentfed.example

Today's Topics:

   1. Re: Water troughs (Ken H.)
   2. Committee elections (Maureen B.)

----------------------------------------------------------------------

Message: 1
From: Ken H.
Subject: Re: Water troughs

Same on our site. If the committee doesn't fix them this year I'm going to
give up my plot and report the lot of them to the council.

------------------------------

Message: 2
From: Maureen B.
Subject: Committee elections

Nominations close on Friday. Please send them to the secretary.

End of allotment-talk Digest, Vol 88, Issue 14
""")

M(lang="en", auto="list", pack="alt_div",
  frm="Ghost Walks Network <hello@ghostwalks-network.example>",
  subj="Your monthly roundup from Ghost Walks Network",
  hdrs=[("List-Id", "<roundup.ghostwalks-network.example>"),
        ("List-Unsubscribe", "<https://ghostwalks-network.example/u/5521>")],
  note="monthly roundup with List-Id and List-Unsubscribe",
  body="""\
Hello operators!

This month: Halloween booking trends, a new insurance scheme for walking tours, and our spotlight on a family-run tour in York.

Members' meetup: 12 November, online.

Manage your preferences or unsubscribe at any time.
""")

# ------------------------------------------------------------------ English: read receipts

M(lang="en", auto="receipt", struct="mdn",
  frm="Helen Ashworth <helen@ashworth-lettings.example>",
  subj="Read: Re: Still waiting for the callback you promised",
  trap="auto_quotes_trigger_text",
  note="MDN whose subject repeats a trigger-bearing subject",
  body="""\
Your message

  To: helen@ashworth-lettings.example
  Subject: Re: Still waiting for the callback you promised
  Sent: Friday, 14 March 2025 15:02:11 (UTC+00:00)

was read on Friday, 14 March 2025 15:40:27 (UTC+00:00).
""",
  mdn=dict(ua="Microsoft Outlook 16.0", rcpt="helen@ashworth-lettings.example",
           disp="manual-action/MDN-sent-manually; displayed"),
  orig=dict(to="helen@ashworth-lettings.example", subject="Re: Still waiting for the callback you promised",
            date="Fri, 14 Mar 2025 15:02:11 +0000", msgid="<bl2291.cb@escalated.example.test>"))

M(lang="en", auto="receipt", struct="mdn",
  frm="Oliver Grant <ogrant@grantandco.example>",
  subj="Return Receipt (displayed) - Corrected invoice 2025-0318",
  note="Thunderbird-style MDN",
  body="""\
This is a Return Receipt for the mail that you sent to ogrant@grantandco.example.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""",
  mdn=dict(ua="Mozilla Thunderbird 128.4.2; mail.grantandco.example", rcpt="ogrant@grantandco.example",
           orcpt="ogrant@grantandco.example", disp="manual-action/MDN-sent-manually; displayed"),
  orig=dict(to="ogrant@grantandco.example", subject="Corrected invoice 2025-0318",
            date="Wed, 12 Mar 2025 10:00:00 +0000", msgid="<inv0318.d4@escalated.example.test>"))

M(lang="en", auto="receipt", struct="mdn",
  frm="Events Desk <eventsdesk@grandlakehotel.example>",
  subj="Disposition notification",
  note="automatic MDN without original headers",
  body="""\
The message sent on 27 Jun 2025 to eventsdesk@grandlakehotel.example with subject "Re: [Ticket#44021] Inflatable hire" has been displayed.
""",
  mdn=dict(ua="Helpdesk Mailer; grandlakehotel.example", rcpt="eventsdesk@grandlakehotel.example",
           disp="automatic-action/MDN-sent-automatically; displayed", headers=False),
  orig=dict(to="eventsdesk@grandlakehotel.example", subject="Re: [Ticket#44021] Inflatable hire",
            date="Fri, 27 Jun 2025 16:00:00 +0100", msgid="<t44021.a9@escalated.example.test>"))

# ------------------------------------------------------------------ English: self

M(lang="en", auto="self", selfid=True,
  frm="Escalation Bot <escalated@example.test>",
  subj="[escalated] Daily summary: 7 conversations flagged",
  hdrs=[("Auto-Submitted", "auto-generated")],
  trap="auto_quotes_trigger_text",
  note="the desk's own daily summary quoting trigger words",
  body="""\
Daily escalation summary

7 conversations were flagged in the last 24 hours:

- legal_threat (2): "my solicitor is drafting a letter", "I'll see you in court"
- outage (3): booking site returning 503
- safety (1): smoke from a repaired washing machine
- billing_dispute (1): duplicate renewal charge

Open the dashboard for details.
""")

M(lang="en", auto="self",
  frm="Support <support@example.test>",
  subj="Re: Cancel everything",
  note="copy of the desk's own reply (From the desk address)",
  body="""\
Hi Tom,

I'm really sorry about the sizing problems on your last three orders. I've refunded the Gatsby suit in full and closed your account as requested.

If you ever want to give us another try, just reply to this email.

Best wishes,
Support team
""")

# ------------------------------------------------------------------ German

M(lang="de", auto="auto_reply",
  frm="Susanne Pohl <susanne.pohl@pohl-immobilien.example>",
  subj="Abwesenheitsnotiz: Ihre Anfrage Jalousien",
  hdrs=[("Auto-Submitted", "auto-replied")],
  note="German vacation reply with Auto-Submitted",
  body="""\
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22. August nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an info@pohl-immobilien.example.

Mit freundlichen Grüßen
Susanne Pohl
""")

M(lang="de", auto="auto_reply", nomarker=True,
  frm="Dr. Michael Brandl <m.brandl@brandl-praxis.example>",
  subj="Abwesend",
  trap="auto_reply_no_marker",
  note="German absence reply without marker headers",
  body="""\
Guten Tag,

ich bin vom 3. bis 14. März abwesend. Ab dem 17. März bin ich wieder für Sie da.

Ihre E-Mail wird nicht weitergeleitet.

Dr. Michael Brandl
""")

M(lang="de", auto="auto_reply",
  frm="Kundenservice Stadtwerke <kundenservice@stadtwerke-hagenau.example>",
  subj="Eingangsbestätigung [Vorgang 2025-118834]",
  hdrs=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
  note="German ticket acknowledgement",
  body="""\
Sehr geehrte Damen und Herren,

vielen Dank für Ihre E-Mail. Ihr Anliegen wurde unter der Vorgangsnummer 2025-118834 erfasst. Wir bearbeiten Ihre Anfrage so schnell wie möglich.

Bitte antworten Sie nicht auf diese automatisch erstellte Nachricht.

Ihr Kundenservice
""")

M(lang="de", auto="bounce", struct="dsn",
  frm="Mail Delivery System <MAILER-DAEMON@mx.freemail.example>",
  subj="Unzustellbar: Re: Stromschlag an der Waschmaschine",
  pre_hdrs=[("Return-Path", "<>")],
  hdrs=[("Auto-Submitted", "auto-replied")],
  trap="auto_quotes_trigger_text",
  note="German DSN; subject repeats a safety complaint",
  body="""\
Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.

Die Zustellung an folgende Empfänger ist fehlgeschlagen:

     sabine.kroeger@freemail.example

Grund: 550 5.1.1 Empfängeradresse unbekannt.
""",
  dsn=dict(mta="mx.freemail.example", rcpt="sabine.kroeger@freemail.example", status="5.1.1",
           remote="mail.freemail.example", diag="550 5.1.1 user unknown"),
  orig=dict(to="sabine.kroeger@freemail.example", subject="Re: Stromschlag an der Waschmaschine",
            date="Thu, 10 Apr 2025 10:12:00 +0200", msgid="<wr40551.b7@escalated.example.test>",
            body="Guten Tag Frau Kroeger,\n\nunser Techniker kommt morgen um 8 Uhr.\n\nIhr Support-Team\n"))

M(lang="de", auto="bounce", struct="dsn",
  frm="Mail Delivery Subsystem <MAILER-DAEMON@relay.albrecht-net.example>",
  subj="Warnung: Zustellung verzögert",
  pre_hdrs=[("Return-Path", "<>")],
  hdrs=[("Auto-Submitted", "auto-replied")],
  note="German delay warning",
  body="""\
Dies ist nur eine Warnung. Sie müssen die Nachricht nicht erneut senden.

Die Nachricht an markus.albrecht@albrecht-net.example konnte bisher nicht zugestellt werden. Das System versucht es weiterhin bis zum 18. Mai.
""",
  dsn=dict(mta="relay.albrecht-net.example", rcpt="markus.albrecht@albrecht-net.example", action="delayed",
           status="4.2.0", diag="451 4.2.0 Mailbox temporarily unavailable", until="Sun, 18 May 2025 12:00:00 +0200",
           full=False),
  orig=dict(to="markus.albrecht@albrecht-net.example", subject="Re: Kaution Mietwagen MUC-77213",
            date="Wed, 14 May 2025 12:00:00 +0200", msgid="<muc77213.f0@escalated.example.test>"))

M(lang="de", auto="receipt", struct="mdn",
  frm="Monika Zimmer <monika.zimmer@zimmerhaus.example>",
  subj="Gelesen: Korrigierte Rechnung 2025-114",
  note="German MDN",
  body="""\
Ihre Nachricht

  An: monika.zimmer@zimmerhaus.example
  Betreff: Korrigierte Rechnung 2025-114

wurde am 22.05.2025 um 09:14 gelesen.
""",
  mdn=dict(ua="Microsoft Outlook 16.0", rcpt="monika.zimmer@zimmerhaus.example"),
  orig=dict(to="monika.zimmer@zimmerhaus.example", subject="Korrigierte Rechnung 2025-114",
            date="Thu, 22 May 2025 08:30:00 +0200", msgid="<inv2025114.a1@escalated.example.test>"))

M(lang="de", auto="list",
  frm="Gartenfreunde Rundbrief <rundbrief@gartenfreunde-verband.example>",
  subj="Rundbrief Oktober: Wintervorbereitung und Pachtrecht",
  hdrs=[("Precedence", "bulk"),
        ("List-Unsubscribe", "<https://gartenfreunde-verband.example/abmelden>")],
  note="German association newsletter",
  body="""\
Liebe Gartenfreundinnen und Gartenfreunde,

in diesem Rundbrief:
- Beete winterfest machen
- Neues zum Bundeskleingartengesetz
- Termine der Jahreshauptversammlungen

Sie erhalten diesen Rundbrief als Mitglied eines angeschlossenen Vereins. Abmelden: https://gartenfreunde-verband.example/abmelden
""")

# ------------------------------------------------------------------ French

M(lang="fr", auto="auto_reply",
  frm="Corinne Lambert <corinne.lambert@lambert-avocats.example>",
  subj="Réponse automatique : Votre demande de devis",
  hdrs=[("Auto-Submitted", "auto-replied")],
  trap="auto_quotes_trigger_text",
  note="French vacation reply from a law office; mentions 'avocat' only in the signature",
  body="""\
Bonjour,

Je suis absente du cabinet jusqu'au 25 août inclus. Pour toute urgence, merci de contacter le secrétariat au 01 55 50 01 40.

Cordialement,
Corinne Lambert
Avocate au barreau de Lyon
""")

M(lang="fr", auto="auto_reply", nomarker=True,
  frm="Marc Dufour <marc.dufour@dufour-btp.example>",
  subj="Absence",
  trap="auto_reply_no_marker",
  note="French absence reply without marker headers",
  body="""\
Bonjour,

Je suis en congés jusqu'au lundi 2 septembre. Votre message ne sera pas transféré.

En cas d'urgence, vous pouvez joindre le bureau au 04 55 50 01 92.

Marc Dufour
""")

M(lang="fr", auto="auto_reply", nomarker=True,
  frm="Aurélie Petit <aurelie.petit@agence-petit.example>",
  subj="Aurélie Petit ne fait plus partie de l'agence",
  trap="auto_reply_no_marker",
  note="French person-has-left notice without marker headers",
  body="""\
Bonjour,

Aurélie Petit ne fait plus partie de l'Agence Petit & Associés. Cette adresse n'est plus consultée.

Merci d'adresser vos messages à contact@agence-petit.example.
""")

M(lang="fr", auto="bounce", struct="dsn",
  frm="Mail Delivery System <MAILER-DAEMON@mx.courriel-fr.example>",
  subj="Non remis : Re: Double prélèvement assurance moto",
  pre_hdrs=[("Return-Path", "<>")],
  hdrs=[("Auto-Submitted", "auto-replied")],
  trap="auto_quotes_trigger_text",
  note="French DSN; subject repeats a billing complaint",
  body="""\
Ceci est une notification d'état de remise générée automatiquement.

La remise aux destinataires suivants a échoué de façon permanente :

     s.marchand@courriel-fr.example

Motif : 550 5.2.1 Boîte aux lettres désactivée.
""",
  dsn=dict(mta="mx.courriel-fr.example", rcpt="s.marchand@courriel-fr.example", status="5.2.1",
           diag="550 5.2.1 mailbox disabled"),
  orig=dict(to="s.marchand@courriel-fr.example", subject="Re: Double prelevement assurance moto",
            date="Mon, 7 Apr 2025 11:00:00 +0200", msgid="<am330712.c3@escalated.example.test>",
            body="Bonjour Monsieur Marchand,\n\nLe remboursement de 47,80 EUR a ete effectue.\n\nCordialement,\nLe support\n"))

M(lang="fr", auto="receipt", struct="mdn",
  frm="Bertrand Lacroix <b.lacroix@hotel-lacroix.example>",
  subj="Lu : Re: Commande rideaux RD-7741",
  note="French MDN",
  body="""\
Votre message

  À : b.lacroix@hotel-lacroix.example
  Objet : Re: Commande rideaux RD-7741

a été lu le mardi 18 mars 2025 à 10:02.
""",
  mdn=dict(ua="Microsoft Outlook 16.0", rcpt="b.lacroix@hotel-lacroix.example"),
  orig=dict(to="b.lacroix@hotel-lacroix.example", subject="Re: Commande rideaux RD-7741",
            date="Tue, 18 Mar 2025 09:30:00 +0100", msgid="<rd7741.e5@escalated.example.test>"))

M(lang="fr", auto="list", pack="alt_p",
  frm="La Lettre de l'Autoédition <lettre@autoedition-info.example>",
  subj="La Lettre n°112 : réussir sa couverture",
  hdrs=[("List-Id", "La Lettre de l'Autoedition <lettre.autoedition-info.example>"),
        ("List-Unsubscribe", "<https://autoedition-info.example/desinscription>")],
  note="French newsletter with List-Id",
  body="""\
Au sommaire cette semaine :

- Réussir sa couverture : les 7 erreurs à éviter
- ISBN : ce qui change en 2026
- Témoignage : « J'ai vendu 5 000 exemplaires de mon premier polar »

Vous recevez cette lettre car vous y êtes abonné(e). Se désinscrire : https://autoedition-info.example/desinscription
""")

M(lang="fr", auto="self", selfid=True,
  frm="Support <support@example.test>",
  subj="Re: Site en panne ?",
  note="the desk's own reply, Message-ID on its own domain",
  body="""\
Bonjour Kevin,

Le site de réservation est de nouveau accessible depuis 11 h 20. Toutes nos excuses pour la gêne occasionnée.

Cordialement,
Le support
""")

# ------------------------------------------------------------------ Spanish

M(lang="es", auto="auto_reply",
  frm="Laura Gómez <laura.gomez@gomez-asesoria.example>",
  subj="Respuesta automática: Presupuesto cortinas",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
  note="Spanish vacation reply with marker headers",
  body="""\
Gracias por su mensaje. Estoy de vacaciones hasta el 1 de septiembre y no tendré acceso al correo.

Para asuntos urgentes, pueden llamar a la oficina al 91 555 01 33.

Un saludo,
Laura Gómez
""")

M(lang="es", auto="auto_reply", nomarker=True,
  frm="José Luis Prieto <joseluis.prieto@prieto-obras.example>",
  subj="Fuera de la oficina",
  trap="auto_reply_no_marker",
  note="Spanish out-of-office without marker headers",
  body="""\
Hola:

Estaré fuera de la oficina del 4 al 15 de agosto sin acceso al correo electrónico. A mi vuelta responderé a su mensaje.

José Luis Prieto
""")

M(lang="es", auto="auto_reply", nomarker=True,
  frm="Atención al cliente <info@tiendasol.example>",
  subj="Hemos recibido su correo",
  trap="auto_reply_no_marker",
  note="Spanish unmonitored-mailbox acknowledgement without marker headers",
  body="""\
Hemos recibido su correo. Este buzón no está atendido y los mensajes no se leen.

Para cualquier consulta utilice el formulario de contacto de nuestra web o llame al 900 555 012 de lunes a viernes de 9 a 18 h.
""")

M(lang="es", auto="bounce", struct="dsn",
  frm="Mail Delivery System <MAILER-DAEMON@mx.correo-es.example>",
  subj="No se puede entregar: Re: Cobro duplicado del seguro de la moto",
  pre_hdrs=[("Return-Path", "<>")],
  hdrs=[("Auto-Submitted", "auto-replied")],
  trap="auto_quotes_trigger_text",
  note="Spanish DSN; subject repeats a billing complaint",
  body="""\
Este es un mensaje generado automáticamente.

No se ha podido entregar el mensaje a los siguientes destinatarios:

     javier.ortega@correo-es.example

Motivo: 550 5.1.1 El usuario no existe.
""",
  dsn=dict(mta="mx.correo-es.example", rcpt="javier.ortega@correo-es.example", status="5.1.1",
           diag="550 5.1.1 user unknown"),
  orig=dict(to="javier.ortega@correo-es.example", subject="Re: Cobro duplicado del seguro de la moto",
            date="Thu, 6 Mar 2025 10:00:00 +0100", msgid="<sm660214.d2@escalated.example.test>",
            body="Hola Javier,\n\nYa hemos devuelto el cargo duplicado de 312,50 EUR.\n\nUn saludo,\nSoporte\n"))

M(lang="es", auto="bounce",
  frm="Mail Delivery System <Mailer-Daemon@smtp.romero-net.example>",
  subj="Mail delivery failed: returning message to sender",
  pre_hdrs=[("Return-path", "<>")],
  hdrs=[("X-Failed-Recipients", "diego.romero@romero-net.example"), ("Auto-Submitted", "auto-replied")],
  note="Exim plain-text bounce for a Spanish customer",
  body="""\
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  diego.romero@romero-net.example
    Unrouteable address

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
From: Support <support@example.test>
To: diego.romero@romero-net.example
Subject: Re: la web no funciona
Message-ID: <web500.77@escalated.example.test>

Hola Diego, la web ya vuelve a funcionar. Disculpa las molestias.
""")

M(lang="es", auto="list",
  frm="Boletín Hinchables Pro <boletin@hinchablespro.example>",
  subj="Novedades de temporada: nuevos castillos y toboganes",
  hdrs=[("Precedence", "bulk"),
        ("List-Unsubscribe", "<mailto:baja@hinchablespro.example>")],
  note="Spanish bulk newsletter",
  body="""\
¡Hola!

Llega la temporada de comuniones y bodas. Descubre nuestros nuevos castillos temáticos y el tobogán acuático gigante.

Descuento del 10 % para pedidos antes del 31 de marzo.

Si no desea recibir más correos, escriba a baja@hinchablespro.example.
""")

M(lang="es", auto="receipt", struct="mdn",
  frm="Francisco Gil <francisco.gil@hostal-gil.example>",
  subj="Leído: Re: Pedido de cortinas CT-4472",
  note="Spanish MDN",
  body="""\
Su mensaje

  Para: francisco.gil@hostal-gil.example
  Asunto: Re: Pedido de cortinas CT-4472

se ha leído el miércoles, 28 de mayo de 2025 12:40.
""",
  mdn=dict(ua="Microsoft Outlook 16.0", rcpt="francisco.gil@hostal-gil.example"),
  orig=dict(to="francisco.gil@hostal-gil.example", subject="Re: Pedido de cortinas CT-4472",
            date="Wed, 28 May 2025 12:00:00 +0200", msgid="<ct4472.b0@escalated.example.test>"))
