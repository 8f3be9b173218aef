"""heldout21: hand-written automated mail (auto-replies, bounces, lists, receipts, self mail).

Each dict carries auto=<kind> and lang. Automated mail never carries triggers, even when it
quotes trigger-bearing text. 'report' dicts are packaged as multipart/report by make_corpus.py.
"""

ORIG_EN_1 = """\
From: Customer Support <support@example.test>
To: Pavel Novak <pavel.novak@campermail.example>
Subject: Re: cleaning fee 420 pound NOT OK
Date: Tue, 10 Jun 2025 09:12:44 +0100
Message-ID: <20250610081244.5521@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hello Pavel,

Thank you for your message. We are looking into the cleaning fee on
booking RT-5102 and will come back to you within two working days.

> If not i go to small claims court.

Kind regards,
Customer Support
"""

MESSAGES = [
# ------------------------------------------------------------------ English auto-replies
dict(lang="en", auto="auto_reply", trap="quotes_trigger_text", note="OOO with Auto-Submitted, quotes a legal threat",
     frm="Philippa Drummond <p.drummond@halbergconsult.example>",
     subj="Automatic reply: Re: Invoice INV-0934 - corporate away day",
     hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     body="""\
Thank you for your email. I am out of the office until Monday 22 September with no access to email.

For urgent operational matters please contact Greg Tully on 555-0104. Anything relating to invoices can wait for my return.

Philippa Drummond
Operations Director, Halberg Consulting

> We won't be paying the invoice in its current form. If it isn't corrected we will
> have to take legal advice.
"""),
dict(lang="en", auto="auto_reply", trap="-", note="vacation reply with X-Autoreply",
     frm="Ruth Abernethy <ruth.abernethy@curdnerd.example>",
     subj="Away: Re: all my notes gone from the course portal",
     hdrs=[("X-Autoreply", "yes"), ("X-Autorespond", "Away")],
     body="""\
Hi! I'm on holiday in the Dordogne (eating far too much cheese) until 4 August and only checking mail occasionally. I'll reply when I'm back.

Ruth
"""),
dict(lang="en", auto="auto_reply", trap="quotes_trigger_text", note="ticket acknowledgement from a customer's helpdesk",
     frm="Northquay Group Service Desk <servicedesk@northquaygroup.example>",
     subj="[NQ-INC-48812] We've received your request: Great Hall booking 28 Nov",
     hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
           ("X-Mailer", "ServiceFlow Notifications 5.1")],
     body="""\
This is an automated message. Please do not reply above this line.

Your request has been logged with the Northquay Group Service Desk.

  Reference:  NQ-INC-48812
  Summary:    Re: Great Hall booking 28 Nov - double booked?
  Priority:   P3 (standard)
  Queue:      Facilities & Events

Our team aims to respond within 2 business days. You can view the status of your request at https://servicedesk.northquaygroup.example/portal/NQ-INC-48812.

Original request:
  "I need written confirmation by Friday that the hall is ours exclusively as per
   the contract. Otherwise we will move the event to another venue."

Northquay Group Service Desk
"""),
dict(lang="en", auto="auto_reply", trap="-", note="unmonitored mailbox notice, Precedence: auto_reply",
     frm="Brightwell School Accounts <noreply-accounts@brightwellschool.example>",
     subj="This mailbox is not monitored",
     hdrs=[("Precedence", "auto_reply")],
     body="""\
This mailbox is not monitored. Your email has not been read.

If you are a supplier with a query about a payment or invoice, please use the supplier portal or email finance@brightwellschool.example, quoting your purchase order number.

Brightwell School Finance Office
"""),
dict(lang="en", auto="auto_reply", trap="auto_reply_no_headers", note="person has left notice, no marker headers",
     frm="Tom Hendry <secretary@moorlandagility.example>",
     subj="Re: Regional show entries have vanished",
     body="""\
Thank you for your email.

Tom Hendry is no longer club secretary for Moorland Agility and this mailbox is no longer checked regularly. Please resend your message to the new secretary, Alison Pryor, at alison.pryor@moorlandagility.example.

This is an automatically generated message.
"""),
dict(lang="en", auto="auto_reply", trap="auto_reply_no_headers", note="OOO without marker headers, quotes complaint",
     frm="Victor Amankwah <victor.amankwah@valvesound.example>",
     subj="Out of Office: Re: Your repair estimate RE-5520",
     body="""\
I am currently out of the office on annual leave, returning Tuesday 2 September. I will have limited access to email during this time.

Victor

-----Original message-----
> You quoted £5,400 for the full restoration ... I need a plan with dates, or the set
> back in one piece and a conversation about the money.
"""),
dict(lang="en", auto="auto_reply", trap="auto_reply_no_headers", note="Outlook 'Automatic reply' without marker headers",
     frm="Monique Delacroix-Hart <m.delacroixhart@brightpathteam.example>",
     subj="Automatic reply: Contract BR-2025-07 - wrong dates",
     body="""\
Hi, thanks for your message!

I'm at our team offsite until 8 October and won't be checking email. For anything urgent about the October retreat, please contact Sam Oduya (sam.oduya@brightpathteam.example).

Best,
Monique
"""),
# ------------------------------------------------------------------ English bounces
dict(lang="en", auto="bounce", trap="quotes_trigger_text", note="Postfix DSN, user unknown, returned message quotes a legal threat",
     frm="Mail Delivery System <MAILER-DAEMON@mail.campermail.example>",
     subj="Undelivered Mail Returned to Sender",
     hdrs_top=[("Return-Path", "<>")],
     hdrs=[("Auto-Submitted", "auto-replied")],
     body="""\
This is the mail system at host mail.campermail.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<pavel.novak@campermail.example>: host mx.campermail.example[198.51.100.17]
    said: 550 5.1.1 <pavel.novak@campermail.example>: Recipient address
    rejected: User unknown in local recipient table (in reply to RCPT TO
    command)
""",
     report=dict(type="delivery-status", fields="""\
Reporting-MTA: dns; mail.campermail.example
X-Postfix-Queue-ID: 4Bx7Lq2FzJz9tD
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: Tue, 10 Jun 2025 09:12:46 +0100 (BST)

Final-Recipient: rfc822; pavel.novak@campermail.example
Original-Recipient: rfc822;pavel.novak@campermail.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.campermail.example
Diagnostic-Code: smtp; 550 5.1.1 <pavel.novak@campermail.example>: Recipient
    address rejected: User unknown in local recipient table
""", orig=ORIG_EN_1)),
dict(lang="en", auto="bounce", trap="-", note="Exim plain-text failure with copy of message",
     frm="Mail Delivery System <Mailer-Daemon@mx2.hopsmail.example>",
     subj="Mail delivery failed: returning message to sender",
     hdrs_top=[("Return-Path", "<>")],
     hdrs=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "priya.s@hopsmail.example")],
     body="""\
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  priya.s@hopsmail.example
    SMTP error from remote mail server after RCPT TO:<priya.s@hopsmail.example>:
    host mailstore3.hopsmail.example [203.0.113.41]: 552 5.2.2 Mailbox full

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
Received: from [192.0.2.25] (helo=mx1.example.test)
	by mx2.hopsmail.example with esmtps (Exim 4.96)
	id 1uQ7aB-00042k-3T
	for priya.s@hopsmail.example; Sun, 13 Apr 2025 10:02:11 +0100
From: Customer Support <support@example.test>
To: priya.s@hopsmail.example
Subject: Re: charged twice?
Date: Sun, 13 Apr 2025 10:02:09 +0100

Hi Priya, thanks for letting us know. We can see two payments of 38.50 and
have refunded the second one; it should show within 3-5 days.
"""),
dict(lang="en", auto="bounce", trap="-", note="qmail plain-text failure notice",
     frm="MAILER-DAEMON@mx4.turnmail.example",
     subj="failure notice",
     hdrs_top=[("Return-Path", "<>")],
     body="""\
Hi. This is the qmail-send program at mx4.turnmail.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<robkeddie@turnmail.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
Received: (qmail 31842 invoked from network); 19 Feb 2025 21:40:12 -0000
Received: from mx1.example.test (HELO mx1.example.test) (192.0.2.25)
  by mx4.turnmail.example with SMTP; 19 Feb 2025 21:40:12 -0000
From: Customer Support <support@example.test>
To: robkeddie@turnmail.example
Subject: Re: jaw came off the 4-jaw chuck
Message-ID: <20250219214010.7731@example.test>

Hi Rob, we're very sorry to hear about your son. Please don't use the
chuck again; we are arranging a collection and will call you tomorrow.
"""),
dict(lang="en", auto="bounce", trap="-", note="Exchange-style NDR as multipart/report",
     frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@northquaygroup.example>",
     subj="Undeliverable: Re: Great Hall booking 28 Nov - double booked?",
     hdrs=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
     body="""\
Your message to events-team@northquaygroup.example couldn't be delivered.

events-team wasn't found at northquaygroup.example.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact your email admin.
""",
     report=dict(type="delivery-status", fields="""\
Reporting-MTA: dns;AM9PR04MB8211.eurprd04.prod.northquaygroup.example
Received-From-MTA: dns;mx1.example.test
Arrival-Date: Wed, 22 Oct 2025 14:03:51 +0000

Final-Recipient: rfc822;events-team@northquaygroup.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""", orig="""\
From: Customer Support <support@example.test>
To: events-team@northquaygroup.example
Subject: Re: Great Hall booking 28 Nov - double booked?
Date: Wed, 22 Oct 2025 14:03:49 +0000
Message-ID: <20251022140349.2210@example.test>
""", orig_type="text/rfc822-headers")),
dict(lang="en", auto="bounce", trap="-", note="Postfix delay warning (not yet failed)",
     frm="Mail Delivery System <MAILER-DAEMON@relay.mailhub.example>",
     subj="Delayed Mail (still being retried)",
     hdrs_top=[("Return-Path", "<>")],
     hdrs=[("Auto-Submitted", "auto-replied")],
     body="""\
This is the mail system at host relay.mailhub.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<andrea.kolar@mailhub.example>: connect to mailhub.example[203.0.113.88]:25:
    Connection timed out
""",
     report=dict(type="delivery-status", fields="""\
Reporting-MTA: dns; relay.mailhub.example
X-Postfix-Queue-ID: 4C1mPz0Hq3z3xRt
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: Thu, 17 Apr 2025 07:55:02 +0200 (CEST)

Final-Recipient: rfc822; andrea.kolar@mailhub.example
Original-Recipient: rfc822;andrea.kolar@mailhub.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mailhub.example[203.0.113.88]:25:
    Connection timed out
Will-Retry-Until: Tue, 22 Apr 2025 07:55:02 +0200 (CEST)
""", orig="""\
From: Customer Support <support@example.test>
To: Andrea Kolar <andrea.kolar@mailhub.example>
Subject: Re: Delivery failure of my parcel
Date: Thu, 17 Apr 2025 07:55:00 +0200
Message-ID: <20250417055500.9013@example.test>
""", orig_type="text/rfc822-headers")),
dict(lang="en", auto="bounce", trap="-", note="Sendmail DSN, host unknown",
     frm="Mail Delivery Subsystem <MAILER-DAEMON@smtp.oldsetmail.example>",
     subj="Returned mail: see transcript for details",
     hdrs_top=[("Return-Path", "<>")],
     hdrs=[("Auto-Submitted", "auto-generated (failure)")],
     body="""\
The original message was received at Thu, 10 Jul 2025 11:20:31 +0100
from mx1.example.test [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<reg.soames@oldsetmail.example>
    (reason: 550 5.1.2 Host unknown (Name server: oldsetmail.example: host not found))

   ----- Transcript of session follows -----
550 5.1.2 <reg.soames@oldsetmail.example>... Host unknown (Name server: oldsetmail.example: host not found)
""",
     report=dict(type="delivery-status", fields="""\
Reporting-MTA: dns; smtp.oldsetmail.example
Received-From-MTA: DNS; mx1.example.test
Arrival-Date: Thu, 10 Jul 2025 11:20:31 +0100

Final-Recipient: RFC822; reg.soames@oldsetmail.example
Action: failed
Status: 5.1.2
Remote-MTA: DNS; oldsetmail.example
Last-Attempt-Date: Thu, 10 Jul 2025 11:20:32 +0100
""", orig="""\
From: Customer Support <support@example.test>
To: Reginald Soames <reg.soames@oldsetmail.example>
Subject: Re: Ekco AD65
Date: Thu, 10 Jul 2025 11:20:29 +0100
Message-ID: <20250710102029.1188@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Dear Mr Soames,

Your Ekco AD65 is repaired and ready for collection. We are very sorry for
the delay and for the missed calls.
""")),
# ------------------------------------------------------------------ English lists / bulk
dict(lang="en", auto="list", trap="quotes_trigger_text", note="trade association newsletter with List-Id and List-Unsubscribe",
     frm="Guild of Falconry Display Teams <news@falconryguild.example>",
     subj="Guild Bulletin - August: insurance, licensing and a lawsuit to watch",
     pack="alt_ent",
     hdrs=[("List-Id", "Guild Bulletin <bulletin.falconryguild.example>"),
           ("List-Unsubscribe", "<https://falconryguild.example/unsubscribe?u=88412>, <mailto:unsubscribe@falconryguild.example?subject=unsubscribe>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk")],
     body="""\
GUILD BULLETIN - AUGUST

1. Public liability renewals
Members' group policy renews on 1 October. Please send your updated bird register by 15 September.

2. Licensing changes
The consultation on display-bird transport closes on 30 August. Our draft response is on the members' area.

3. A case to watch
A display team in the north is being sued by an event organiser after a no-show; the organiser's solicitor is claiming the full event cost. We'll report on the outcome. Check your cancellation clauses!

4. Dates for the diary
Autumn members' meeting, 11 October, Melton.

You are receiving this because you are a member of the Guild of Falconry Display Teams.
Unsubscribe: https://falconryguild.example/unsubscribe?u=88412
"""),
dict(lang="en", auto="list", trap="-", note="bulk promotional mail, Precedence: bulk only",
     frm="HydroHub Wholesale <offers@hydrohub-wholesale.example>",
     subj="48 hours only: 20% off all LED grow panels",
     pack="alt_div",
     hdrs=[("Precedence", "bulk"), ("X-Campaign-ID", "hh-2025-06-led20")],
     body="""\
Hi there,

This weekend only, take 20% off every LED grow panel in our range, including the new LumaGrow Pro series.

Use code GROW20 at checkout. Ends Sunday at midnight.

Trade customers: your account discount stacks with this offer.

HydroHub Wholesale
You're receiving this because you opted in to trade offers. Manage preferences in your account.
"""),
dict(lang="en", auto="list", trap="-", note="mailing list post with List-Post/List-Id",
     frm="Brian Tull via Antique Wireless List <awl@lists.antiquewireless.example>",
     subj="[AWL] Re: Bush DAC90 mains lead - shock hazard?",
     hdrs=[("List-Id", "Antique Wireless discussion <awl.lists.antiquewireless.example>"),
           ("List-Post", "<mailto:awl@lists.antiquewireless.example>"),
           ("List-Unsubscribe", "<mailto:awl-leave@lists.antiquewireless.example>"),
           ("List-Archive", "<https://lists.antiquewireless.example/archive/awl>"),
           ("Precedence", "list"), ("Reply-To", "awl@lists.antiquewireless.example")],
     body="""\
On 14/05/2025 Graham wrote:
> Anyone had a live chassis on a DAC90 after recapping? Customer says she got a
> jolt off the tuning spindle.

The DAC90 is an AC/DC set, so the chassis can be live depending on which way round the mains is connected. That's why the knobs have grub screws recessed and covered. If someone has replaced the knobs or the grub-screw wax is missing, you can touch the spindle. Always fit an isolating transformer on the bench and check the knob inserts before returning it.

Brian

--
Antique Wireless List - awl@lists.antiquewireless.example
To leave: mailto:awl-leave@lists.antiquewireless.example
"""),
# ------------------------------------------------------------------ English receipts
dict(lang="en", auto="receipt", trap="-", note="MDN displayed",
     frm="Harriet Quill <harriet.quill@quillhouse.example>",
     subj="Read: Re: Wedding display 14 June - deposit still not back",
     body="""\
Your message

  To: Harriet Quill
  Subject: Re: Wedding display 14 June - deposit still not back
  Sent: Thursday, 10 July 2025 09:14

was read on Thursday, 10 July 2025 12:02.
""",
     report=dict(type="disposition-notification", fields="""\
Reporting-UA: quillhouse-pc; Microsoft Outlook 16.0
Final-Recipient: rfc822;harriet.quill@quillhouse.example
Original-Message-ID: <20250710081402.4471@example.test>
Disposition: manual-action/MDN-sent-manually; displayed
""")),
dict(lang="en", auto="receipt", trap="-", note="MDN displayed, automatic mode, with headers of original",
     frm="Alistair Munro <alistair.munro@munro-estates.example>",
     subj="Disposition notification: Re: Formal complaint",
     body="""\
The message sent on 2025-08-19 10:41 +0100 to Alistair Munro
<alistair.munro@munro-estates.example> with subject "Re: Formal complaint -
Highland Birds of Prey display" has been displayed. This is no guarantee that
the message has been read or understood.
""",
     report=dict(type="disposition-notification", fields="""\
Reporting-UA: mail.munro-estates.example; Thunderbird 128.3.1
Original-Recipient: rfc822;alistair.munro@munro-estates.example
Final-Recipient: rfc822;alistair.munro@munro-estates.example
Original-Message-ID: <20250819094112.6620@example.test>
Disposition: manual-action/MDN-sent-automatically; displayed
""", orig="""\
From: Customer Support <support@example.test>
To: Alistair Munro <alistair.munro@munro-estates.example>
Subject: Re: Formal complaint - Highland Birds of Prey display
Date: Tue, 19 Aug 2025 10:41:12 +0100
Message-ID: <20250819094112.6620@example.test>
""", orig_type="text/rfc822-headers")),
# ------------------------------------------------------------------ self mail
dict(lang="en", auto="self", trap="quotes_trigger_text", note="desk's own notification looped back",
     frm="Customer Support <support@example.test>",
     subj="Re: Ticket #58210 - your request has been updated",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body="""\
Hello,

Your request #58210 ("Ladder collapsed - husband in A&E") has been updated by our team.

Latest comment:
  We are very sorry to hear about your husband's injury. A member of our safety team
  will call you today, and we have withdrawn all ladders from that batch.

To add a comment, simply reply to this email.

Customer Support
"""),
dict(lang="en", auto="self", trap="quotes_trigger_text", note="escalation digest from escalated@ quoting triggers",
     frm="Escalation digest <escalated@example.test>",
     subj="Daily escalation digest - 3 new cases",
     body="""\
Escalation digest for Tuesday

1. #58199  legal_threat, safety  "I have spoken to a solicitor this morning and she will be writing to you."
2. #58204  outage                 "ScanGate app won't load on any of our devices - Server error 500"
3. #58210  safety                 "The telescopic ladder ... collapsed on the second night"

Open the queue: https://desk.example.test/queue/escalated
"""),
dict(lang="en", auto="self", trap="-", note="own Message-ID domain, sender address not the desk",
     frm="Desk Notifications <notifications@example.test>",
     msgid_domain="escalated.example.test",
     subj="Reminder: 4 tickets awaiting first response",
     body="""\
Reminder

4 tickets in the Support queue have been waiting more than 24 hours for a first response:

  #58231  Re: Your repair estimate RE-5520
  #58233  nutrients order late again
  #58240  menu app idea
  #58241  suggestion for the website

This reminder is sent automatically every morning at 08:00.
"""),
# ------------------------------------------------------------------ German
dict(lang="de", auto="auto_reply", trap="quotes_trigger_text", note="Abwesenheitsnotiz with Auto-Submitted",
     frm="Dr. Wilhelm Ostermann <w.ostermann@ostermann-praxis.example>",
     subj="Abwesenheitsnotiz: AW: Restaurierung Bodenstanduhr",
     hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     body="""\
Sehr geehrte Damen und Herren,

ich bin bis einschließlich 15. August nicht in der Praxis. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an Frau Kühn, Tel. 555-0112.

Mit freundlichen Grüßen
Dr. W. Ostermann

> Ich erwarte, dass Sie die Uhr abholen und in Ordnung bringen, andernfalls
> sehe ich mich gezwungen, rechtliche Schritte einzuleiten.
"""),
dict(lang="de", auto="auto_reply", trap="-", note="Urlaub reply with X-Autoreply",
     frm="Lena Hoffmann <lena.hoffmann@reitstall-hoffmann.example>",
     subj="Automatische Antwort: Alle Pferdedaten in der App weg",
     hdrs=[("X-Autoreply", "yes")],
     body="""\
Hallo,

ich bin bis zum 2. September auf einem Turnier in Aachen und lese meine E-Mails nur unregelmäßig. Bei Fragen zum Stall bitte an stall@reitstall-hoffmann.example.

Viele Grüße
Lena Hoffmann
"""),
dict(lang="de", auto="auto_reply", trap="auto_reply_no_headers", note="Abwesenheit without marker headers",
     frm="Claudia Brenner <claudia.brenner@brenner-gmbh.example>",
     subj="Abwesend: AW: Firmenevent 12.09.",
     body="""\
Vielen Dank für Ihre Nachricht.

Ich bin bis 29. September nicht im Hause. Ihre E-Mail wird nicht automatisch weitergeleitet. In dringenden Fällen wenden Sie sich bitte an assistenz@brenner-gmbh.example.

Mit freundlichen Grüßen
Claudia Brenner
"""),
dict(lang="de", auto="auto_reply", trap="auto_reply_no_headers", note="person has left notice without marker headers",
     frm="Einkauf Brauhaus am Markt <einkauf@brauhaus-am-markt.example>",
     subj="AW: Ihre Rechnung 2025-0612",
     body="""\
Guten Tag,

Frau Petra Lüdke ist nicht mehr für das Brauhaus am Markt tätig. Dieses Postfach wird nicht mehr gelesen. Bitte richten Sie Ihre Anfrage künftig an buchhaltung@brauhaus-am-markt.example.

Diese Nachricht wurde automatisch erstellt.
"""),
dict(lang="de", auto="bounce", trap="-", note="German DSN multipart/report",
     frm="Mail Delivery System <mailer-daemon@mout.posteo-mail.example>",
     subj="Unzustellbar: Fremde Kundendaten in meinem Konto sichtbar",
     hdrs_top=[("Return-Path", "<>")],
     hdrs=[("Auto-Submitted", "auto-replied")],
     body="""\
Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.

Die Übermittlung an folgende Empfänger ist fehlgeschlagen:

    oliver.kaemmerer@posteo-mail.example

Grund: Das Postfach des Empfängers ist voll (552 5.2.2).
""",
     report=dict(type="delivery-status", fields="""\
Reporting-MTA: dns; mout.posteo-mail.example
Arrival-Date: Mon, 16 Jun 2025 10:31:07 +0200

Final-Recipient: rfc822; oliver.kaemmerer@posteo-mail.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
""", orig="""\
From: Kundenservice <support@example.test>
To: Oliver Kämmerer <oliver.kaemmerer@posteo-mail.example>
Subject: Re: Fremde Kundendaten in meinem Konto sichtbar
Date: Mon, 16 Jun 2025 10:31:05 +0200
Message-ID: <20250616083105.7781@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sehr geehrter Herr Kämmerer,

vielen Dank für Ihren Hinweis. Wir haben die Funktion vorübergehend
deaktiviert und prüfen den Vorfall mit Hochdruck.
""")),
dict(lang="de", auto="bounce", trap="-", note="German delay warning, plain text",
     frm="Mail Delivery System <MAILER-DAEMON@mx.t-post.example>",
     subj="Warnung: Nachricht konnte noch nicht zugestellt werden",
     hdrs_top=[("Return-Path", "<>")],
     hdrs=[("Auto-Submitted", "auto-replied")],
     body="""\
Dies ist eine Warnung. Sie müssen Ihre Nachricht NICHT erneut senden.

Ihre Nachricht an <holger.meister@t-post.example> konnte seit 4 Stunden
nicht zugestellt werden. Der Zustellversuch wird bis zu 5 Tage lang
wiederholt.

Grund: Verbindung zum Zielserver abgelehnt (421 4.7.0 Try again later).

Betreff der Nachricht: Re: WG: Automatische Antwort: Ihre Anfrage
"""),
dict(lang="de", auto="list", trap="-", note="club newsletter with List-Id/List-Unsubscribe",
     frm="Landesverband Hundesport Nord <newsletter@lv-hundesport-nord.example>",
     subj="Newsletter Juli: Meldeschluss, neue Parcoursregeln, Seminare",
     pack="alt_div",
     hdrs=[("List-Id", "LV Hundesport Nord Newsletter <newsletter.lv-hundesport-nord.example>"),
           ("List-Unsubscribe", "<https://lv-hundesport-nord.example/abmelden?id=5521>"),
           ("Precedence", "bulk")],
     body="""\
Liebe Mitglieder,

Meldeschluss für die Landesmeisterschaft ist der 15. August. Bitte beachtet die geänderten Regeln für die Wippe in den A3-Läufen (siehe Anhang auf der Webseite).

Neue Seminare im Herbst: Handling für Einsteiger (Celle, 20.09.) und Kontaktzonen-Training (Verden, 4.10.).

Sportliche Grüße
Euer Landesverband

Newsletter abbestellen: https://lv-hundesport-nord.example/abmelden?id=5521
"""),
dict(lang="de", auto="receipt", trap="-", note="German MDN",
     frm="Gerhard Brandt <gerhard.brandt@seniorenpost.example>",
     subj="Gelesen: Re: Abholung Dachzelt Hannover",
     body="""\
Ihre Nachricht

  An: Gerhard Brandt
  Betreff: Re: Abholung Dachzelt Hannover – wir wurden abgewiesen
  Gesendet: Dienstag, 3. Juni 2025 14:20

wurde am Dienstag, 3. Juni 2025 16:47 gelesen.
""",
     report=dict(type="disposition-notification", fields="""\
Reporting-UA: seniorenpost.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;gerhard.brandt@seniorenpost.example
Original-Message-ID: <20250603122031.5530@example.test>
Disposition: manual-action/MDN-sent-manually; displayed
""")),
# ------------------------------------------------------------------ French
dict(lang="fr", auto="auto_reply", trap="-", note="réponse automatique with Auto-Submitted",
     frm="Isabelle Garnier <isabelle.garnier@ecole-garnier.example>",
     subj="Réponse automatique : Photos d'enfants publiées sans autorisation",
     hdrs=[("Auto-Submitted", "auto-replied")],
     body="""\
Bonjour,

L'école est fermée pour les vacances d'été jusqu'au 1er septembre. Je prendrai connaissance de votre message à la rentrée.

Pour toute urgence, merci de contacter la mairie au 555-0177.

Isabelle Garnier
Directrice
"""),
dict(lang="fr", auto="auto_reply", trap="quotes_trigger_text", note="ticket acknowledgement, Precedence: auto_reply",
     frm="Support Haras Chevalier <support@haras-chevalier.example>",
     subj="[Ticket #3381] Votre demande a bien été reçue",
     hdrs=[("Precedence", "auto_reply"), ("X-Mailer", "TicketFlow 3.4")],
     body="""\
Bonjour,

Nous accusons réception de votre message. Un membre de notre équipe vous répondra dans les meilleurs délais.

Numéro de ticket : 3381
Objet : Adresse du siège et nom du PDG

Rappel de votre message :
« Je souhaite lui écrire directement au sujet des ferrures ratées... »

Ceci est un message automatique, merci de ne pas y répondre.
"""),
dict(lang="fr", auto="auto_reply", trap="auto_reply_no_headers", note="absence without marker headers",
     frm="Laurent Bonnet <laurent.bonnet@bonnet-conseil.example>",
     subj="Absence du bureau",
     body="""\
Bonjour,

Je suis absent du bureau jusqu'au lundi 25 août inclus. Je n'aurai qu'un accès limité à ma messagerie.

Pour toute question urgente, vous pouvez joindre le secrétariat au 555-0139.

Cordialement,
Laurent Bonnet
"""),
dict(lang="fr", auto="auto_reply", trap="auto_reply_no_headers", note="mailbox no longer used, no marker headers",
     frm="Service client Atelier Morel <contact@atelier-morel.example>",
     subj="Re: Votre colis a été livré",
     body="""\
Bonjour,

Cette adresse n'est plus consultée. Merci de renvoyer votre message à atelier@morel-ebenisterie.example.

Ce message a été envoyé automatiquement.

Atelier Morel
"""),
dict(lang="fr", auto="bounce", trap="-", note="French DSN multipart/report",
     frm="Service de messagerie <postmaster@smtp.free-mail.example>",
     subj="Échec de la remise du message",
     hdrs_top=[("Return-Path", "<>")],
     hdrs=[("Auto-Submitted", "auto-replied")],
     body="""\
Ceci est un message automatique du serveur smtp.free-mail.example.

Votre message n'a pas pu être remis au destinataire suivant :

  denis.carpentier@free-mail.example

Raison : adresse inconnue (550 5.1.1 User unknown).

Le message d'origine est joint.
""",
     report=dict(type="delivery-status", fields="""\
Reporting-MTA: dns; smtp.free-mail.example
Arrival-Date: Fri, 18 Jul 2025 10:05:11 +0200

Final-Recipient: rfc822; denis.carpentier@free-mail.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
""", orig="""\
From: Service client <support@example.test>
To: Denis Carpentier <denis.carpentier@free-mail.example>
Subject: Re: TR: Non remis : réclamation
Date: Fri, 18 Jul 2025 10:05:09 +0200
Message-ID: <20250718080509.3321@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour Monsieur Carpentier,

Toutes nos excuses pour ce problème d'adresse. Nous traitons votre
demande de remboursement en priorité.
""")),
dict(lang="fr", auto="bounce", trap="-", note="French plain-text failure, mailbox full",
     frm="MAILER-DAEMON@mx1.mail-roux.example",
     subj="Message non délivré",
     hdrs_top=[("Return-Path", "<>")],
     hdrs=[("Auto-Submitted", "auto-replied")],
     body="""\
Bonjour,

Ceci est le programme de distribution du courrier de mx1.mail-roux.example.
Votre message n'a pas pu être distribué aux adresses suivantes.
Il s'agit d'une erreur permanente.

<nathalie.roux@mail-roux.example> :
La boîte aux lettres est pleine (552 5.2.2).

--- Copie des en-têtes du message ---

From: Service client <support@example.test>
To: nathalie.roux@mail-roux.example
Subject: Re: Problème de connexion
Date: Mon, 16 Jun 2025 11:02:41 +0200
"""),
dict(lang="fr", auto="list", trap="-", note="French bulk newsletter",
     frm="Les Amis des Marionnettes <lettre@amis-marionnettes.example>",
     subj="La Lettre des Amis – programme de la rentrée",
     pack="alt_ent",
     hdrs=[("List-Id", "Lettre des Amis <lettre.amis-marionnettes.example>"),
           ("List-Unsubscribe", "<mailto:desinscription@amis-marionnettes.example>"),
           ("Precedence", "bulk")],
     body="""\
Chers amis,

La saison reprend le 20 septembre avec « Le Petit Prince » et une nouvelle création pour les tout-petits, « Plume et Caillou ».

Ateliers de fabrication de marionnettes : inscriptions ouvertes pour les vacances de la Toussaint.

À très bientôt au théâtre !

Pour vous désinscrire : desinscription@amis-marionnettes.example
"""),
dict(lang="fr", auto="receipt", trap="-", note="French MDN",
     frm="Sandrine Aubert <sandrine.aubert@famille-aubert.example>",
     subj="Lu : Re: Refus d'entrée au banquet – mon fils",
     body="""\
Votre message

  À : Sandrine Aubert
  Objet : Re: Refus d'entrée au banquet – mon fils
  Envoyé : mercredi 9 avril 2025 10:12

a été lu le mercredi 9 avril 2025 18:30.
""",
     report=dict(type="disposition-notification", fields="""\
Reporting-UA: famille-aubert.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;sandrine.aubert@famille-aubert.example
Original-Message-ID: <20250409081204.2290@example.test>
Disposition: manual-action/MDN-sent-manually; displayed
""")),
# ------------------------------------------------------------------ Spanish
dict(lang="es", auto="auto_reply", trap="quotes_trigger_text", note="respuesta automática with Auto-Submitted",
     frm="Lucía Fernández <lucia.fernandez@bodas-mail.example>",
     subj="Respuesta automática: Exhibición de cetrería en nuestra boda",
     hdrs=[("Auto-Submitted", "auto-replied")],
     body="""\
¡Hola! Estamos de luna de miel hasta el 10 de julio. Responderé a tu correo a la vuelta.

Lucía

> Ya he hablado con mi abogado y, si no recibimos una devolución razonable en
> quince días, presentaremos una demanda.
"""),
dict(lang="es", auto="auto_reply", trap="-", note="vacation reply with X-Autoreply",
     frm="Fernando Cabrera <fernando.cabrera@agro-cabrera.example>",
     subj="Fuera de la oficina: Pedido invernadero hidropónico",
     hdrs=[("X-Autoreply", "yes"), ("X-Autorespond", "vacation")],
     body="""\
Buenos días:

Estaré fuera de la oficina hasta el 25 de agosto. Para asuntos urgentes, pueden contactar con administracion@agro-cabrera.example.

Un saludo,
Fernando Cabrera
"""),
dict(lang="es", auto="auto_reply", trap="auto_reply_no_headers", note="ausencia without marker headers",
     frm="Mónica Serrano <monica.serrano@serrano-asesores.example>",
     subj="Ausente: Cena de empresa",
     body="""\
Gracias por su mensaje.

Me encuentro de vacaciones hasta el 1 de septiembre sin acceso al correo. Su mensaje no será reenviado. Para cualquier urgencia, llame al 555-0126.

Mónica Serrano
"""),
dict(lang="es", auto="auto_reply", trap="auto_reply_no_headers", note="no longer works here, no marker headers",
     frm="Vivero Los Almendros <info@vivero-almendros.example>",
     subj="Re: Su pedido ha sido entregado",
     body="""\
Hola,

Mercedes ya no trabaja en Vivero Los Almendros. Este buzón no se revisa. Para pedidos y consultas, escriba a pedidos@vivero-almendros.example.

Mensaje generado automáticamente.
"""),
dict(lang="es", auto="bounce", trap="-", note="Spanish DSN multipart/report",
     frm="Sistema de entrega de correo <MAILER-DAEMON@correo.mail-rd.example>",
     subj="Correo no entregado: Re: Respuesta automática",
     hdrs_top=[("Return-Path", "<>")],
     hdrs=[("Auto-Submitted", "auto-replied")],
     body="""\
Este es un mensaje automático del servidor correo.mail-rd.example.

No se ha podido entregar su mensaje a los siguientes destinatarios:

  raul.dominguez@mail-rd.example

Motivo: el dominio de destino no acepta correo (550 5.7.1 Rechazado por política).
""",
     report=dict(type="delivery-status", fields="""\
Reporting-MTA: dns; correo.mail-rd.example
Arrival-Date: Thu, 17 Jul 2025 12:44:03 +0200

Final-Recipient: rfc822; raul.dominguez@mail-rd.example
Action: failed
Status: 5.7.1
Diagnostic-Code: smtp; 550 5.7.1 Message rejected by policy
""", orig="""\
From: Atención al cliente <support@example.test>
To: Raúl Domínguez <raul.dominguez@mail-rd.example>
Subject: Re: RV: Respuesta automática: Hemos recibido su consulta
Date: Thu, 17 Jul 2025 12:44:01 +0200
Message-ID: <20250717104401.8842@example.test>
""", orig_type="text/rfc822-headers")),
dict(lang="es", auto="bounce", trap="-", note="Spanish delay warning, plain text",
     frm="MAILER-DAEMON@smtp.mail-gil.example",
     subj="Aviso: mensaje retrasado",
     hdrs_top=[("Return-Path", "<>")],
     hdrs=[("Auto-Submitted", "auto-replied")],
     body="""\
ESTO ES SÓLO UN AVISO. NO ES NECESARIO QUE VUELVA A ENVIAR SU MENSAJE.

Su mensaje para <andres.gil@mail-gil.example> no ha podido entregarse
durante las últimas 6 horas. Seguiremos intentándolo durante 4 días.

Motivo: el servidor de destino no responde (connection timed out).
"""),
dict(lang="es", auto="list", trap="-", note="Spanish bulk newsletter",
     frm="Asociación de Cerveceros Artesanos <boletin@cerveceros-artesanos.example>",
     subj="Boletín de septiembre: ferias, cursos y novedades",
     pack="alt_div",
     hdrs=[("List-Id", "Boletin ACA <boletin.cerveceros-artesanos.example>"),
           ("List-Unsubscribe", "<https://cerveceros-artesanos.example/baja?s=7731>"),
           ("Precedence", "bulk")],
     body="""\
Hola, socio:

Este mes te esperamos en la Feria de Cerveza Artesana de Valencia (27 y 28 de septiembre). Los socios tienen un 15 % de descuento en la entrada.

Nuevo curso online de control de calidad y refermentación en botella: inscripciones abiertas.

¡Salud!
Asociación de Cerveceros Artesanos

Darse de baja: https://cerveceros-artesanos.example/baja?s=7731
"""),
dict(lang="es", auto="receipt", trap="-", note="Spanish MDN",
     frm="Tomás Vidal <tomas.vidal@mail-vidal.example>",
     subj="Leído: Re: No nos dejaron entrar con el perro guía",
     body="""\
Su mensaje

  Para: Tomás Vidal
  Asunto: Re: No nos dejaron entrar con el perro guía
  Enviado: lunes, 12 de mayo de 2025 9:40

ha sido leído el lunes, 12 de mayo de 2025 11:05.
""",
     report=dict(type="disposition-notification", fields="""\
Reporting-UA: mail-vidal.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;tomas.vidal@mail-vidal.example
Original-Message-ID: <20250512074012.9921@example.test>
Disposition: manual-action/MDN-sent-manually; displayed
""")),
]
