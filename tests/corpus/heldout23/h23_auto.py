# Automated mail (auto-replies, bounces, lists, read receipts, self mail), heldout23.
# One hand-written block per message. Keys: kind, lang, f, s, b, trap, note, ind;
# hdr: extra header lines; pre: header lines placed before From; build: plain (default),
# html, dsn (status + original), mdn (mdn + optional original headers).

MESSAGES = []

# ---------------------------------------------------------------- English
MESSAGES += [
dict(kind="auto_reply", lang="en", ind="hedge",
     f=("Gordon Ashby", "gordon.ashby@ashby-estates.example"),
     s="Auto: Re: Quote for the beech avenue",
     hdr=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
     trap="-", note="RFC 3834 vacation reply",
     b="""\
Thank you for your email. I am on annual leave until Monday 18 August and will not be checking messages.

For anything urgent about the estate, please contact the estate office on 01632 555 902.

Gordon Ashby
"""),

dict(kind="auto_reply", lang="en", ind="records",
     f=("Mira Castellano", "mira@castellano-sound.example"),
     s="Out of Office: Job 4471 proofs",
     hdr=["X-Autoreply: yes"],
     trap="-", note="X-Autoreply only",
     b="""\
Hi, I'm at a festival with patchy signal until 2 July. I'll reply when I'm back - if it's about a pressing that's already approved, just go ahead.

Mira
"""),

dict(kind="auto_reply", lang="en", ind="vending",
     f=("Reception Harbourside Chambers", "reception@harbourside-chambers.example"),
     s="Away: Snack machine service visit",
     hdr=["Precedence: auto_reply"],
     trap="-", note="Precedence: auto_reply only",
     b="""\
Thank you for contacting Harbourside Chambers. Reception is closed between 24 December and 2 January. Your message has not been forwarded.

If your matter is urgent, please call our out-of-hours line on 0161 555 0190.
"""),

dict(kind="auto_reply", lang="en", ind="magic",
     f=("Jasper Wren", "jasper.wren@wren-illusions.example"),
     s="Out of Office: Re: Order 56210",
     trap="auto_reply_no_headers", note="no marker headers; subject/body only",
     b="""\
I'm out of the office until 9 September with no access to email.

I'm touring with the show, so replies will be slow. For bookings please contact my agent, Priya, at priya@wren-illusions.example.

Jasper
"""),

dict(kind="auto_reply", lang="en", ind="vineyard",
     f=("Heather Morland", "heather.morland@morland-wines.example"),
     s="Automatic reply: Your rental invoice VR-2025-140",
     trap="auto_reply_no_headers", note="Outlook-style subject, no headers; quotes a threat",
     b="""\
I am currently out of the office for harvest and will return on Monday 6 October.

If your email concerns our dispute over the harvester invoice, please note my earlier message stands: "If the credit note is not issued we will involve our solicitors."

For urgent vineyard matters please call the winery on 01632 555 440.

Heather Morland
"""),

dict(kind="auto_reply", lang="en", ind="fencing",
     f=("Rob Kettering", "rob.kettering@blackheath-sabre.example"),
     s="Rob Kettering has left Blackheath Sabre Club",
     trap="auto_reply_no_headers", note="person-has-left notice, no headers",
     b="""\
Rob Kettering is no longer with Blackheath Sabre Club and this mailbox is not monitored.

For membership queries please write to membership@blackheath-sabre.example. For coaching, please contact the head coach at coaching@blackheath-sabre.example.

This message was sent automatically.
"""),

dict(kind="auto_reply", lang="en", ind="kiln",
     f=("Claymakers Supply Helpdesk", "helpdesk@claymakers-supply.example"),
     s="[CS-88201] We've received your request",
     hdr=["Auto-Submitted: auto-generated", "X-Mailer: DeskFlow 5.2"],
     trap="ack_quotes_threat", note="other system's ticket ack quoting trigger words",
     b="""\
Hello,

Thank you for contacting Claymakers Supply. This is an automated acknowledgement: your request has been logged as ticket CS-88201 and a member of the team will reply within two working days.

Your message:
"Our customer's kiln controller started smoking after the element change and they say they'll take legal action. Please send the spare board urgently, order 6611. This is the third time we've asked."

Please do not reply to this email; add information through the customer portal.

Claymakers Supply - Customer Service
"""),

dict(kind="auto_reply", lang="en", ind="drones",
     f=("No Reply", "no-reply@skyward-parts.example"),
     s="This mailbox is not monitored",
     hdr=["Auto-Submitted: auto-replied"],
     trap="-", note="unmonitored mailbox notice",
     b="""\
This mailbox is not monitored and your message has not been read.

For order enquiries, please use the contact form at https://skyward-parts.example/help. For returns, log in to your account and choose "Start a return".

Skyward Parts
"""),

dict(kind="bounce", lang="en", ind="cathotel",
     pre=["Return-Path: <>"],
     f=("Mail Delivery System", "MAILER-DAEMON@mx1.mailbox.example"),
     s="Undelivered Mail Returned to Sender",
     date="Tue, 11 Feb 2025 10:02:15 +0000",
     hdr=["Auto-Submitted: auto-replied"],
     build="dsn",
     trap="bounce_quotes_threat", note="Postfix DSN, returned reply quotes a legal threat",
     b="""\
This is the mail system at host mx1.mailbox.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<harriet.quayle@mailbox.example>: host mailstore3.mailbox.example[192.0.2.41]
    said: 550 5.1.1 <harriet.quayle@mailbox.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
""",
     status="""\
Reporting-MTA: dns; mx1.mailbox.example
X-Postfix-Queue-ID: 4Wd8Kx2L9Tz1a
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: Tue, 11 Feb 2025 10:02:14 +0000

Final-Recipient: rfc822; harriet.quayle@mailbox.example
Original-Recipient: rfc822;harriet.quayle@mailbox.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mailstore3.mailbox.example
Diagnostic-Code: smtp; 550 5.1.1 <harriet.quayle@mailbox.example>: Recipient
    address rejected: User unknown in virtual mailbox table
""",
     original="""\
From: Whiskers Lodge Support <support@example.test>
To: Harriet Quayle <harriet.quayle@mailbox.example>
Subject: Re: DEPOSIT - fourth time asking
Date: Tue, 11 Feb 2025 10:02:11 +0000
Message-ID: <r-20250211100211.5521@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear Ms Quayle,

I'm very sorry for the delay. I have asked our accounts team to refund
your deposit today.

> This is the fourth time I have asked for my deposit back. I will be
> speaking to a solicitor if it is not returned this week.

Kind regards,
Whiskers Lodge
"""),

dict(kind="bounce", lang="en", ind="hedge",
     pre=["Return-Path: <>"],
     f=("Mail Delivery System", "Mailer-Daemon@relay2.treeworks-mail.example"),
     s="Mail delivery failed: returning message to sender",
     date="Wed, 12 Mar 2025 16:40:03 +0000",
     hdr=["X-Failed-Recipients: d.mair@mair-arboriculture.example", "Auto-Submitted: auto-replied"],
     trap="-", note="Exim plain-text bounce",
     b="""\
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  d.mair@mair-arboriculture.example
    host mx.mair-arboriculture.example [198.51.100.23]
    SMTP error from remote mail server after RCPT TO:<d.mair@mair-arboriculture.example>:
    550 5.2.1 Mailbox disabled for this recipient

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
Received: from [203.0.113.10] (helo=mail.example.test)
	by relay2.treeworks-mail.example with esmtps (Exim 4.97)
	(envelope-from <support@example.test>)
	id 1tQm3e-0007Xa-2b
	for d.mair@mair-arboriculture.example; Wed, 12 Mar 2025 16:40:02 +0000
From: Support <support@example.test>
To: d.mair@mair-arboriculture.example
Subject: Re: Your climber
Date: Wed, 12 Mar 2025 16:39:58 +0000

Dear Mr Mair,

Thank you for letting us know about Station Road. Our safety manager
has suspended that crew pending a review and will call you tomorrow.
"""),

dict(kind="bounce", lang="en", ind="shearing",
     pre=["Return-Path: <>"],
     f=("", "MAILER-DAEMON@mx4.hillfarm-net.example"),
     s="failure notice",
     date="Tue, 17 Jun 2025 08:11:42 +0100",
     trap="-", note="qmail plain-text bounce",
     b="""\
Hi. This is the qmail-send program at mx4.hillfarm-net.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<dai.pritchard@cwmfarm.example>:
198.51.100.61 does not like recipient.
Remote host said: 552 5.2.2 Mailbox full
Giving up on 198.51.100.61.

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
Received: (qmail 22107 invoked from network); 17 Jun 2025 08:11:40 +0100
From: Support <support@example.test>
To: dai.pritchard@cwmfarm.example
Subject: Re: Where's the gang
Date: Tue, 17 Jun 2025 08:11:38 +0100

Hi Dai, the gang will be with you tomorrow at 7am. Apologies again.
"""),

dict(kind="bounce", lang="en", ind="vending",
     pre=["Return-Path: <>"],
     f=("Mail Delivery Subsystem", "MAILER-DAEMON@smtp.arden-partners.example"),
     s="Warning: could not send message for past 4 hours",
     date="Thu, 20 Mar 2025 13:16:02 +0000",
     hdr=["Auto-Submitted: auto-generated (warning-timeout)"],
     build="dsn", orig_type="text/rfc822-headers",
     trap="delay_warning", note="sendmail delay DSN, Action: delayed",
     b="""\
    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Thu, 20 Mar 2025 09:15:22 GMT
from mail.example.test [203.0.113.10]

   ----- Transcript of session follows -----
<oliver.mensah@arden-partners.example>... Deferred: Connection timed out with mx.arden-partners.example.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
""",
     status="""\
Reporting-MTA: dns; smtp.arden-partners.example
Arrival-Date: Thu, 20 Mar 2025 09:15:22 GMT

Final-Recipient: RFC822; oliver.mensah@arden-partners.example
Action: delayed
Status: 4.4.1
Remote-MTA: DNS; mx.arden-partners.example
Last-Attempt-Date: Thu, 20 Mar 2025 13:16:01 GMT
Will-Retry-Until: Tue, 25 Mar 2025 09:15:22 GMT
""",
     original="""\
From: Support <support@example.test>
To: oliver.mensah@arden-partners.example
Subject: Re: fifth email - restock
Date: Thu, 20 Mar 2025 09:15:20 +0000
Message-ID: <r-20250320091520.0071@example.test>
"""),

dict(kind="bounce", lang="en", ind="records",
     pre=["Return-Path: <>"],
     f=("Microsoft Outlook", "postmaster@hollowmoon-records.example"),
     s="Undeliverable: Re: Order HM-077 test pressings",
     date="Fri, 21 Feb 2025 11:30:06 +0000",
     hdr=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"],
     build="dsn", orig_type="text/rfc822-headers",
     trap="bounce_subject_has_customer_words", note="Exchange-style NDR",
     b="""\
Your message to declan.oshea@hollowmoon-records.example couldn't be delivered.

declan.oshea wasn't found at hollowmoon-records.example.

Action Required
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- Remove the recipient from your autocomplete list.

Diagnostic information for administrators:
Generating server: AM9PR01MB5521.eurprd01.prod.exchangelabs.example
declan.oshea@hollowmoon-records.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""",
     status="""\
Reporting-MTA: dns;AM9PR01MB5521.eurprd01.prod.exchangelabs.example
Received-From-MTA: dns;mail.example.test
Arrival-Date: Fri, 21 Feb 2025 11:30:05 +0000

Final-Recipient: rfc822;declan.oshea@hollowmoon-records.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""",
     original="""\
From: Support <support@example.test>
To: declan.oshea@hollowmoon-records.example
Subject: Re: Order HM-077 test pressings
Date: Fri, 21 Feb 2025 11:30:01 +0000
Message-ID: <r-20250221113001.4410@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
"""),

dict(kind="list", lang="en", ind="drones",
     f=("National FPV League", "news@nfpvl-mail.example"),
     s="Round 5 is ON: Brackley, gates open 08:00",
     hdr=["List-Id: NFPVL Pilot News <pilot-news.nfpvl-mail.example>",
          "List-Unsubscribe: <https://nfpvl-mail.example/u/8c1f2a>, <mailto:unsubscribe@nfpvl-mail.example?subject=unsub-8c1f2a>",
          "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
          "Precedence: bulk"],
     build="html",
     trap="list_mentions_outage", note="newsletter mentions last round's outage",
     b="""\
Hi pilots,

Round 5 goes ahead at Brackley on Saturday. Gates open 08:00, pilot briefing 09:15, first heat 10:00.

After the timing outage at Round 4 we've moved live timing to new servers and added a paper backup. Thanks for your patience - and yes, entry refunds for Round 4 have now been issued.

Fly safe,
The NFPVL team

You are receiving this because you are a registered pilot. Unsubscribe: https://nfpvl-mail.example/u/8c1f2a
"""),

dict(kind="list", lang="en", ind="kiln",
     f=("Kiln & Clay Direct", "offers@kilnclay-direct.example"),
     s="FIRE SALE: 30% off elements and thermocouples this weekend only",
     hdr=["Precedence: bulk", "X-Mailer: SendLoop 3.1"],
     trap="list_trigger_words", note="bulk promo using 'fire', 'burn'",
     b="""\
FIRE SALE - this weekend only!

Kiln elements, thermocouples and relays: 30% off with code BURN30.
Don't let a worn element ruin your next glaze firing.

Shop now: https://kilnclay-direct.example/sale

Kiln & Clay Direct, Unit 9, Potters Way. You received this because you bought from us. To stop receiving offers, reply STOP.
"""),

dict(kind="list", lang="en", ind="fencing",
     f=("sabre-talk digest", "sabre-talk@lists.fencing-forum.example"),
     s="sabre-talk Digest, Vol 42, Issue 7",
     hdr=["List-Id: Sabre talk <sabre-talk.lists.fencing-forum.example>",
          "List-Unsubscribe: <mailto:sabre-talk-request@lists.fencing-forum.example?subject=unsubscribe>",
          "List-Post: <mailto:sabre-talk@lists.fencing-forum.example>",
          "Precedence: list"],
     trap="list_quotes_threat", note="digest with lawsuit talk",
     b="""\
Send sabre-talk mailing list submissions to
	sabre-talk@lists.fencing-forum.example

Today's Topics:

   1. Re: Club sued over injury? (Tom Hale)
   2. Blade breakage at regionals (Ana Ruiz)

----------------------------------------------------------------------

Message: 1
From: Tom Hale <tom.hale@mailbox.example>
Subject: Re: Club sued over injury?

As far as I know the club wasn't sued, the parent said they'd get a lawyer but it was settled with the insurer. Always check your club's public liability cover.

------------------------------

Message: 2
From: Ana Ruiz <ana.ruiz@mailbox.example>
Subject: Blade breakage at regionals

Three blades snapped in the D-pool on Saturday. Maraging only from now on for me.

------------------------------

End of sabre-talk Digest, Vol 42, Issue 7
"""),

dict(kind="list", lang="en", ind="vending",
     f=("Vending Operator Weekly", "editor@vendingweekly.example"),
     s="This week: card-reader outages, a data breach at a rival, and snack trends",
     hdr=["List-Id: Vending Operator Weekly <weekly.vendingweekly.example>",
          "List-Unsubscribe: <https://vendingweekly.example/unsubscribe?id=55210>"],
     trap="list_trigger_words", note="trade newsletter full of trigger words",
     b="""\
VENDING OPERATOR WEEKLY

1. Card-reader outage hits thousands of machines: a payment processor's failure left operators cashless for six hours on Tuesday. Customers threatened to cancel contracts; one operator told us "we escalated to their CEO".

2. Data breach: a telemetry provider admits customer data was exposed. Regulators have been notified.

3. Trends: protein bars overtake crisps in offices.

Unsubscribe: https://vendingweekly.example/unsubscribe?id=55210
"""),

dict(kind="receipt", lang="en", ind="cathotel",
     f=("Asha Ramdin", "asha.ramdin@mailbox.example"),
     s="Return Receipt (displayed) - Re: webcam of Pepper - other people can see it??",
     date="Wed, 02 Apr 2025 09:31:07 +0100",
     build="mdn",
     trap="receipt_subject_has_customer_words", note="Thunderbird MDN",
     b="""\
This is a Return Receipt for the mail that you sent to asha.ramdin@mailbox.example.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""",
     mdn="""\
Reporting-UA: mailbox.example; Thunderbird 115.6.0
Final-Recipient: rfc822;asha.ramdin@mailbox.example
Original-Message-ID: <r-20250402090044.1190@example.test>
Disposition: manual-action/MDN-sent-manually; displayed
"""),

dict(kind="receipt", lang="en", ind="vending",
     f=("Bryony Kettle", "bryony.kettle@kettle-partners.example"),
     s="Read: Your invoice 4471",
     date="Mon, 03 Feb 2025 10:02:11 +0000",
     build="mdn",
     trap="-", note="Outlook read receipt",
     b="""\
Your message

  To: Bryony Kettle
  Subject: Your invoice 4471
  Sent: Monday, 3 February 2025 09:12:44 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

was read on Monday, 3 February 2025 10:02:11 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
""",
     mdn="""\
Reporting-UA: kettle-partners.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;bryony.kettle@kettle-partners.example
Original-Message-ID: <r-20250203091244.0007@example.test>
Disposition: manual-action/MDN-sent-manually; displayed
""",
     original="""\
From: Support <support@example.test>
To: Bryony Kettle <bryony.kettle@kettle-partners.example>
Subject: Your invoice 4471
Date: Mon, 3 Feb 2025 09:12:44 +0000
Message-ID: <r-20250203091244.0007@example.test>
"""),

dict(kind="self", lang="en", ind="magic",
     f=("Support", "support@example.test"),
     s="Re: Appearing cane - absolute rubbish",
     trap="self_quotes_threat", note="desk's own reply looped back",
     b="""\
Dear Mr Quill,

I'm very sorry the cane failed during your show. We'll send a replacement by special delivery today and a prepaid label for the faulty one.

> I am absolutely furious. I've been performing for 22 years and I've
> never been so embarrassed. Utter junk.

Kind regards,
The Support Team
"""),

dict(kind="self", lang="en", ind="cathotel",
     f=("Escalated", "escalated@example.test"),
     s="[escalated] Ticket CH-22817 flagged: repeat_contact, severe_dissatisfaction",
     hdr=["Auto-Submitted: auto-generated"],
     trap="self_notification", note="classifier notification with trigger names",
     b="""\
Ticket CH-22817 was flagged for escalation.

Triggers: repeat_contact, severe_dissatisfaction
Customer: martin.oyelowo@mailbox.example
Excerpt: "This is my fourth email about the cat carrier you lost ... the worst customer service I've ever had."

Route: Level 2 (Team Lead)
"""),

dict(kind="self", lang="en", ind="vending",
     f=("Support Desk Digest", "digest@example.test"),
     s="Daily digest: 14 open tickets, 3 awaiting customer",
     mid_domain="escalated.example.test",
     trap="self_message_id", note="own Message-ID domain only",
     b="""\
Daily digest for support@example.test

Open: 14   Awaiting customer: 3   Escalated: 2

Oldest open: VM-3310 "all card readers declining??" (2 days)
Most replies: HM-077 "Order HM-077 test pressings" (6)

This digest is generated every morning at 07:00.
"""),
]

# ---------------------------------------------------------------- German
MESSAGES += [
dict(kind="auto_reply", lang="de", ind="vineyard",
     f=("Martina Hebestreit", "m.hebestreit@weingut-hebestreit.example"),
     s="Abwesenheitsnotiz: Mietvertrag Traubenpresse",
     hdr=["Auto-Submitted: auto-replied"],
     trap="-", note="RFC 3834",
     b="""\
Vielen Dank für Ihre Nachricht. Ich bin bis zum 15. September in der Lese und nur eingeschränkt erreichbar. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an unser Büro unter 06321 555 120.

Martina Hebestreit
"""),

dict(kind="auto_reply", lang="de", ind="vending",
     f=("Florian Bertram", "f.bertram@bertram-versicherungen.example"),
     s="Automatische Antwort: AW: Ihre Rechnung 2025-0412",
     trap="auto_reply_no_headers", note="keine Markierungs-Header",
     b="""\
Ich bin bis einschließlich 28.04. nicht im Büro. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an buchhaltung@bertram-versicherungen.example.

Mit freundlichen Grüßen
Florian Bertram
"""),

dict(kind="auto_reply", lang="de", ind="clocktower",
     f=("Pfarrbüro Heilig Kreuz", "pfarrbuero@heiligkreuz-altdorf.example"),
     s="Herr Gerlach ist nicht mehr im Pfarrbüro tätig",
     trap="auto_reply_no_headers", note="ausgeschiedener Mitarbeiter, keine Header",
     b="""\
Sehr geehrte Damen und Herren,

Herr Gerlach ist nicht mehr im Pfarrbüro Heilig Kreuz tätig. Ihre Nachricht wurde nicht weitergeleitet. Bitte wenden Sie sich künftig an pfarrbuero@heiligkreuz-altdorf.example oder telefonisch an 07821 555 330.

Dies ist eine automatisch erzeugte Nachricht.
"""),

dict(kind="auto_reply", lang="de", ind="knives",
     f=("Kundenservice Schleifmobil Süd", "service@schleifmobil-sued.example"),
     s="Ihre Anfrage ist eingegangen [#SM-40917]",
     hdr=["X-Autoreply: yes", "X-Mailer: Ticketsystem 3.8"],
     trap="ack_quotes_threat", note="Ticketbestätigung zitiert Drohung",
     b="""\
Guten Tag,

vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Nummer #SM-40917 erfasst. Wir melden uns innerhalb von zwei Werktagen.

Ihre Nachricht:
"Sollte die Rechnung nicht korrigiert werden, schalte ich meinen Anwalt ein."

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.
"""),

dict(kind="bounce", lang="de", ind="fencing",
     pre=["Return-Path: <>"],
     f=("Microsoft Outlook", "postmaster@fechtclub-rheinau.example"),
     s="Unzustellbar: Re: Fotos meiner Tochter auf der Vereinsseite",
     date="Mon, 07 Apr 2025 14:20:34 +0000",
     hdr=["Auto-Submitted: auto-replied"],
     build="dsn", orig_type="text/rfc822-headers",
     trap="bounce_subject_has_customer_words", note="Exchange-Unzustellbarkeitsbericht",
     b="""\
Ihre Nachricht an vorstand@fechtclub-rheinau.example konnte nicht zugestellt werden.

vorstand wurde bei fechtclub-rheinau.example nicht gefunden.

Erforderliche Aktion
Unbekannte An-Adresse

Diagnoseinformationen für Administratoren:
Generierender Server: FR2P281MB0177.DEUP281.PROD.exchangelabs.example
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound' zurückgegeben
""",
     status="""\
Reporting-MTA: dns;FR2P281MB0177.DEUP281.PROD.exchangelabs.example
Received-From-MTA: dns;mail.example.test
Arrival-Date: Mon, 7 Apr 2025 14:20:33 +0000

Final-Recipient: rfc822;vorstand@fechtclub-rheinau.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""",
     original="""\
From: Support <support@example.test>
To: vorstand@fechtclub-rheinau.example
Subject: Re: Fotos meiner Tochter auf der Vereinsseite
Date: Mon, 7 Apr 2025 14:20:30 +0000
Message-ID: <r-20250407142030.3301@example.test>
"""),

dict(kind="bounce", lang="de", ind="cathotel",
     pre=["Return-Path: <>"],
     f=("Mail Delivery System", "MAILER-DAEMON@mx-ha02.mailbox-de.example"),
     s="Mail delivery failed: returning message to sender",
     date="Thu, 13 Mar 2025 09:10:04 +0100",
     hdr=["X-Failed-Recipients: petra.ahlgrimm@mailbox-de.example", "Auto-Submitted: auto-replied"],
     trap="bounce_quotes_threat", note="Exim, deutsch/englisch, Kopie enthält Beschwerde",
     b="""\
Diese Nachricht wurde automatisch vom Mailsystem erzeugt.
This message was created automatically by mail delivery software.

Eine von Ihnen gesendete Nachricht konnte nicht zugestellt werden.
Dies ist ein permanenter Fehler. Folgende Adresse(n) schlugen fehl:

  petra.ahlgrimm@mailbox-de.example
    Postfach voll / mailbox quota exceeded

------ Kopie der Nachricht einschließlich aller Header ------

Return-path: <support@example.test>
From: Support <support@example.test>
To: petra.ahlgrimm@mailbox-de.example
Subject: AW: Doppelt abgebucht – vierte Nachricht
Date: Thu, 13 Mar 2025 09:10:00 +0100

Sehr geehrte Frau Ahlgrimm,

die doppelte Abbuchung wird heute erstattet.

> das ist jetzt meine vierte Nachricht zu diesem Thema.
"""),

dict(kind="list", lang="de", ind="vineyard",
     f=("Winzerbedarf Pfalz Newsletter", "newsletter@winzerbedarf-pfalz.example"),
     s="Herbst-Angebote: Traubenpressen mieten, Vollernter-Service",
     hdr=["Precedence: bulk",
          "List-Unsubscribe: <https://winzerbedarf-pfalz.example/abmelden?k=7711>"],
     trap="-", note="Newsletter",
     b="""\
Liebe Winzerinnen und Winzer,

die Lese steht vor der Tür! Sichern Sie sich jetzt Ihre Mietpresse für Oktober - 10 % Frühbucherrabatt bis 31. August.

Neu: Vollernter-Notdienst am Wochenende, Hotline 06321 555 777.

Ihr Team von Winzerbedarf Pfalz

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden: https://winzerbedarf-pfalz.example/abmelden?k=7711
"""),

dict(kind="receipt", lang="de", ind="records",
     f=("Carsten Wiedemann", "c.wiedemann@tonwerk-records.example"),
     s="Gelesen: AW: Auftrag 5521 – 7.800 EUR – Liefertermin wieder verschoben",
     date="Tue, 10 Jun 2025 11:30:41 +0200",
     build="mdn",
     trap="receipt_subject_has_customer_words", note="Lesebestätigung",
     b="""\
Ihre Nachricht

  An: Carsten Wiedemann
  Betreff: AW: Auftrag 5521 – 7.800 EUR – Liefertermin wieder verschoben
  Gesendet: Dienstag, 10. Juni 2025 11:04:12 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Dienstag, 10. Juni 2025 11:30:40 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.
""",
     mdn="""\
Reporting-UA: tonwerk-records.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;c.wiedemann@tonwerk-records.example
Original-Message-ID: <r-20250610110412.5521@example.test>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
]

# ---------------------------------------------------------------- French
MESSAGES += [
dict(kind="auto_reply", lang="fr", ind="ballet",
     f=("Isabelle Ferrand", "isabelle.ferrand@conservatoire-arles.example"),
     s="Réponse automatique : Commande de pointes",
     hdr=["Auto-Submitted: auto-replied"],
     trap="-", note="RFC 3834",
     b="""\
Bonjour,

Je suis absente jusqu'au 1er septembre. Votre message ne sera pas transféré. Pour toute question urgente concernant le conservatoire, merci d'écrire à accueil@conservatoire-arles.example.

Isabelle Ferrand
"""),

dict(kind="auto_reply", lang="fr", ind="truffle",
     f=("Guillaume Roche", "g.roche@roche-gastronomie.example"),
     s="Absence du bureau",
     trap="auto_reply_no_headers", note="aucun en-tête de marquage",
     b="""\
Bonjour,

Je suis actuellement en déplacement et n'aurai qu'un accès limité à mes e-mails jusqu'au 12 novembre. Je vous répondrai dès mon retour.

En cas d'urgence, vous pouvez joindre mon assistante au 04 55 55 21 90.

Guillaume Roche
"""),

dict(kind="auto_reply", lang="fr", ind="drones",
     f=("Ligue FPV Occitanie", "contact@fpv-occitanie.example"),
     s="Accusé de réception de votre demande",
     hdr=["Precedence: auto_reply"],
     trap="-", note="Precedence: auto_reply",
     b="""\
Bonjour,

Nous accusons réception de votre message. Les bénévoles de la ligue y répondront dans les meilleurs délais (généralement sous 5 jours).

Ceci est une réponse automatique, merci de ne pas y répondre.

Ligue FPV Occitanie
"""),

dict(kind="auto_reply", lang="fr", ind="hedge",
     f=("Jérôme Vidal", "jerome.vidal@paysages-vidal.example"),
     s="Jérôme Vidal ne fait plus partie de l'entreprise",
     trap="auto_reply_no_headers", note="départ, aucun en-tête",
     b="""\
Bonjour,

Jérôme Vidal ne fait plus partie de Paysages Vidal. Cette adresse n'est plus consultée. Merci d'adresser vos demandes à contact@paysages-vidal.example.

Message envoyé automatiquement.
"""),

dict(kind="bounce", lang="fr", ind="vending",
     pre=["Return-Path: <>"],
     f=("Administrateur système", "postmaster@groupe-lumiere.example"),
     s="Non remis : RE: URGENT tous les distributeurs hors service",
     date="Wed, 14 May 2025 10:42:08 +0200",
     hdr=["Auto-Submitted: auto-replied"],
     build="dsn",
     trap="bounce_subject_has_customer_words", note="rapport de non-remise",
     b="""\
Votre message n'a pas pu être remis à certains destinataires ou à aucun d'entre eux.

Objet : RE: URGENT tous les distributeurs hors service
Envoyé le : 14/05/2025 10:42

Les destinataires suivants n'ont pas pu être atteints :

      t.marechal@groupe-lumiere.example le 14/05/2025 10:42
            La boîte aux lettres du destinataire est pleine.
            <mx.groupe-lumiere.example #5.2.2 smtp;552 5.2.2 Mailbox full>
""",
     status="""\
Reporting-MTA: dns; mx.groupe-lumiere.example
Arrival-Date: Wed, 14 May 2025 10:42:07 +0200

Final-Recipient: rfc822; t.marechal@groupe-lumiere.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
""",
     original="""\
From: Support <support@example.test>
To: t.marechal@groupe-lumiere.example
Subject: RE: URGENT tous les distributeurs hors service
Date: Wed, 14 May 2025 10:42:05 +0200
Message-ID: <r-20250514104205.8812@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour Monsieur Maréchal,

La panne de paiement est résolue depuis 10 h 30. Toutes nos excuses.

> Depuis ce matin 8 h, plus aucun paiement ne passe sur l'ensemble de vos
> distributeurs.
"""),

dict(kind="list", lang="fr", ind="fencing",
     f=("Ligue d'Escrime Bretagne", "infos@escrime-bretagne.example"),
     s="Lettre d'information – calendrier des compétitions",
     hdr=["List-Id: Infos ligue <infos.escrime-bretagne.example>",
          "List-Unsubscribe: <mailto:desinscription@escrime-bretagne.example>"],
     build="html",
     trap="-", note="lettre d'information",
     b="""\
Bonjour à toutes et à tous,

Voici le calendrier des compétitions régionales de la saison : circuit épée le 12 octobre à Rennes, fleuret jeunes le 9 novembre à Brest.

Rappel : les licences doivent être validées avant le 30 septembre.

Sportivement,
La Ligue

Pour ne plus recevoir cette lettre : desinscription@escrime-bretagne.example
"""),

dict(kind="receipt", lang="fr", ind="knives",
     f=("Nathalie Fournier", "nathalie.fournier@mailbox.example"),
     s="Lu : RE: Facturation du camion d'affûtage",
     date="Thu, 22 May 2025 14:20:55 +0200",
     build="mdn",
     trap="receipt_subject_has_customer_words", note="accusé de lecture",
     b="""\
Votre message

  À : Nathalie Fournier
  Objet : RE: Facturation du camion d'affûtage
  Envoyé : jeudi 22 mai 2025 14:02:10 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

a été lu le jeudi 22 mai 2025 14:20:55 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
""",
     mdn="""\
Reporting-UA: mailbox.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;nathalie.fournier@mailbox.example
Original-Message-ID: <r-20250522140210.3307@example.test>
Disposition: manual-action/MDN-sent-manually; displayed
"""),

dict(kind="self", lang="fr", ind="kiln",
     f=("Support", "support@example.test"),
     s="Copie : RE: Four toujours en panne après réparation",
     trap="self_quotes_threat", note="copie de la réponse du service",
     b="""\
Bonjour Madame Mercadier,

Votre dossier a été transmis à notre responsable technique, qui vous appellera demain matin.

> Je souhaite que notre dossier soit escaladé à un niveau supérieur.

Bien cordialement,
Le service client
"""),
]

# ---------------------------------------------------------------- Spanish
MESSAGES += [
dict(kind="auto_reply", lang="es", ind="vineyard",
     f=("Álvaro Gil", "alvaro.gil@bodegas-gil.example"),
     s="Respuesta automática: Alquiler de la vendimiadora",
     hdr=["Auto-Submitted: auto-replied"],
     trap="-", note="RFC 3834",
     b="""\
Gracias por su mensaje. Estoy fuera de la oficina hasta el 8 de septiembre, en plena vendimia. Para asuntos urgentes, llame a la bodega al 941 555 210.

Álvaro Gil
"""),

dict(kind="auto_reply", lang="es", ind="cathotel",
     f=("Cristina Prats", "cristina.prats@prats-arquitectos.example"),
     s="Fuera de la oficina",
     trap="auto_reply_no_headers", note="sin cabeceras de marca",
     b="""\
Hola,

Estaré fuera de la oficina del 4 al 18 de agosto sin acceso al correo. Su mensaje no se reenviará. Para cualquier urgencia, escriba a estudio@prats-arquitectos.example.

Un saludo,
Cristina Prats
"""),

dict(kind="auto_reply", lang="es", ind="bikecafe",
     f=("Taller Bici Campus", "taller@bicicampus.example"),
     s="Hemos recibido su solicitud",
     hdr=["X-Autoreply: yes"],
     trap="-", note="acuse automático",
     b="""\
¡Hola!

Hemos recibido tu mensaje. Los voluntarios del taller lo revisamos los martes y jueves, así que puede que tardemos unos días en contestar.

Este es un mensaje automático.
"""),

dict(kind="auto_reply", lang="es", ind="records",
     f=("No responder Discos Trueno", "noresponder@discos-trueno.example"),
     s="Este buzón no está supervisado",
     trap="auto_reply_no_headers", note="buzón no supervisado, sin cabeceras",
     b="""\
Este buzón no está supervisado y su mensaje no será leído.

Para pedidos y facturas, escriba a produccion@discos-trueno.example.

Discos Trueno
"""),

dict(kind="bounce", lang="es", ind="shearing",
     pre=["Return-Path: <>"],
     f=("Sistema de correo", "MAILER-DAEMON@correo.granjarobles.example"),
     s="No se puede entregar: Re: Esquila del lunes",
     date="Thu, 22 May 2025 18:05:11 +0200",
     hdr=["Auto-Submitted: auto-replied"],
     build="dsn",
     trap="bounce_quotes_threat", note="DSN; copia con demanda citada",
     b="""\
Este es el sistema de correo de correo.granjarobles.example.

Lamentamos informarle de que su mensaje no se pudo entregar a uno o más destinatarios.

<agustin.robles@granjarobles.example>: el buzón del destinatario no existe
    (550 5.1.1 User unknown)
""",
     status="""\
Reporting-MTA: dns; correo.granjarobles.example
Arrival-Date: Thu, 22 May 2025 18:05:10 +0200

Final-Recipient: rfc822; agustin.robles@granjarobles.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
""",
     original="""\
From: Soporte <support@example.test>
To: agustin.robles@granjarobles.example
Subject: Re: Esquila del lunes
Date: Thu, 22 May 2025 18:05:07 +0200
Message-ID: <r-20250522180507.7710@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Estimado Sr. Robles:

Lamentamos profundamente lo ocurrido. Nuestro responsable le llamará mañana.

> Ya he hablado con mi abogado y vamos a poner una demanda.
"""),

dict(kind="bounce", lang="es", ind="vending",
     pre=["Return-Path: <>"],
     f=("Mail Delivery Subsystem", "MAILER-DAEMON@smtp.almagro-asesores.example"),
     s="Aviso: mensaje retrasado",
     date="Mon, 16 Jun 2025 12:01:00 +0200",
     hdr=["Auto-Submitted: auto-generated (warning-timeout)"],
     build="dsn", orig_type="text/rfc822-headers",
     trap="delay_warning", note="aviso de retraso",
     b="""\
    **********************************************
    **   ESTE ES SOLO UN MENSAJE DE ADVERTENCIA  **
    **    NO ES NECESARIO REENVIAR SU MENSAJE    **
    **********************************************

Su mensaje aún no se ha entregado tras 4 horas. Seguiremos intentándolo durante 5 días.

<s.almagro@almagro-asesores.example>... Aplazado: tiempo de conexión agotado con mx.almagro-asesores.example.
""",
     status="""\
Reporting-MTA: dns; smtp.almagro-asesores.example
Arrival-Date: Mon, 16 Jun 2025 08:00:12 +0200

Final-Recipient: RFC822; s.almagro@almagro-asesores.example
Action: delayed
Status: 4.4.1
Will-Retry-Until: Sat, 21 Jun 2025 08:00:12 +0200
""",
     original="""\
From: Soporte <support@example.test>
To: s.almagro@almagro-asesores.example
Subject: Re: He escrito a su consejero delegado
Date: Mon, 16 Jun 2025 08:00:10 +0200
Message-ID: <r-20250616080010.2291@example.test>
"""),

dict(kind="list", lang="es", ind="truffle",
     f=("Boletín Trufa Negra", "boletin@trufanegra-rutas.example"),
     s="Boletín de invierno: temporada de trufa negra",
     hdr=["Precedence: bulk",
          "List-Unsubscribe: <https://trufanegra-rutas.example/baja?u=3321>"],
     trap="-", note="boletín",
     b="""\
¡Llega la temporada de la trufa negra!

Rutas todos los sábados y domingos de diciembre a marzo. Novedad: degustación con aceite de trufa de la casa.

Reserva en https://trufanegra-rutas.example

Si no quieres recibir más boletines: https://trufanegra-rutas.example/baja?u=3321
"""),

dict(kind="receipt", lang="es", ind="ballet",
     f=("Escuela de Danza Albéniz", "secretaria@danza-albeniz.example"),
     s="Leído: Re: Se han borrado las medidas de las alumnas",
     date="Tue, 08 Apr 2025 13:05:19 +0200",
     build="mdn",
     trap="receipt_subject_has_customer_words", note="confirmación de lectura",
     b="""\
Su mensaje

  Para: Escuela de Danza Albéniz
  Asunto: Re: Se han borrado las medidas de las alumnas
  Enviado: martes, 8 de abril de 2025 12:40:02 (UTC+01:00) Bruselas, Copenhague, Madrid, París

se leyó el martes, 8 de abril de 2025 13:05:19 (UTC+01:00) Bruselas, Copenhague, Madrid, París.
""",
     mdn="""\
Reporting-UA: danza-albeniz.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;secretaria@danza-albeniz.example
Original-Message-ID: <r-20250408124002.6610@example.test>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
]
