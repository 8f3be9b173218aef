"""heldout21: hand-written English customer mails with no trigger (hard negatives).

One dict per message; see h21_en_pos.py for the fields.
"""

MESSAGES = [
dict(frm="Rhona Kilbride <rhona.kilbride@kilbridelogistics.example>",
     subj="Quote for summer staff party",
     trig="-", trap="job_title", note="medieval banquet; account manager role",
     body="""\
Hi,

I'm the account manager for our Glasgow office and I've been asked to organise the summer party. We're looking at around 45 people on a Friday in late June, the full banquet menu with the mead reception.

Could you send over a quote and your available Fridays? Our finance manager will need a proforma before we can pay a deposit.

Thanks,
Rhona Kilbride
Account Manager | Kilbride Logistics
"""),
dict(frm="Tobias Reed <tobias.reed@mailcraft.example>",
     subj="passkeys / password manager",
     trig="-", trap="job_title", note="beard-care webshop; 'password manager' phrase",
     body="""\
Quick one - does your shop support passkeys yet? If not, is it fine to keep using my password manager to generate the long random passwords, or does your login have a max length? Just setting up a new account.

Cheers, Tobias
"""),
dict(frm="Craig Whelan <craig.whelan@craftbeerfan.example>",
     subj="Re: Private hire deposit",
     trig="-", trap="quoted_threat", note="tap room; settled, quotes own earlier small-claims threat",
     reply=True,
     body="""\
Hi Sophie,

Refund's landed this morning, thank you for sorting it and for the voucher, that was kind. We'll rebook for the autumn.

Craig

On Thu, 8 May 2025 at 16:40, Sophie at Foundry Taproom <support@example.test> wrote:
> Hi Craig,
>
> I've spoken to our manager and we'll refund the full £250 deposit. Sorry again.
>
> Sophie
>
>> On Tue, 6 May 2025 at 10:12, Craig Whelan wrote:
>> You cancelled our private hire for the 10th because of a burst pipe, fine,
>> but I've been told I won't get the £250 deposit back. If this isn't refunded
>> I'll have no choice but to take it to small claims, and I want to speak to a
>> manager.
"""),
dict(frm="Lesley Haworth <lesley.haworth@millmail.example>",
     subj="Re: Re: Ladder replacement",
     trig="-", trap="quoted_threat", note="roof-top tent; double-quoted furious mail, now thanks",
     reply=True,
     body="""\
That's great, thanks Martin. Friday collection works for us.

Lesley

> Hi Lesley, we'll swap the whole ladder assembly when you come in, no charge.
> Martin
>
>> This is the worst service I've ever had. The ladder is jammed and nobody
>> answers the phone. I'm furious and I will be posting about this everywhere
>> if it isn't fixed before our trip.
>> Lesley
"""),
dict(frm="Graham Oduya <graham.oduya@oduyaworks.example>",
     subj="RE: Order WT-58110",
     trig="-", trap="outlook_original_message", note="woodturning; Outlook block with old threats",
     reply=True,
     body="""\
Morning,

Replacement tool rest arrived this morning, fits fine. Thanks for the quick turnaround. You can close the ticket.

Regards
Graham

-----Original Message-----
From: Graham Oduya <graham.oduya@oduyaworks.example>
Sent: Monday, 14 April 2025 08:02
To: support@example.test
Subject: Order WT-58110

Third time asking. The tool rest you sent is the wrong post diameter, 25mm not 30mm. I want to speak to your supervisor and if I don't hear today I'm cancelling the whole account and going to your competitor.
"""),
dict(frm="Ian Castellano <ian.castellano@seaview.example>",
     subj="Fw: complaint my sister-in-law asked me to send on",
     trig="-", trap="forwarded_complaint", note="snorkel tour; forwarded someone else's complaint, own text neutral",
     body="""\
Hello, my sister-in-law isn't great with email so she asked me to forward this on. I wasn't on the trip myself so I can't add anything, just passing it along. Her number is in the message.

Ian

-------- Forwarded Message --------
Subject: snorkel trip 4 sept
Date: Fri, 5 Sep 2025 21:14:09 +0100
From: Carol Castellano <carol.c@seaview.example>

The boat left 45 min late and the guide shouted at my mum for being slow getting in. Absolutely disgraceful, I want a refund and I want to speak to the manager. If I don't hear back I'll be leaving a review on every site I can find. Carol, 555-0133
"""),
dict(frm="Morag Pettigrew <m.pettigrew@pettigrewlegal.example>",
     subj="Availability for a cheese-making team day",
     trig="-", trap="legal_disclaimer", note="cheese course; disclaimer mentions legal action and court",
     body="""\
Dear Sir/Madam,

We are a small firm of eight and would like to book a private cheese-making day in October as a team treat. Do you run private sessions on weekdays, and what would the cost be per head?

Kind regards,
Morag Pettigrew
Practice Administrator

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be subject to legal professional privilege. If you are not the intended recipient, any use, disclosure or copying is prohibited and may result in legal action. Pettigrew Legal LLP is authorised and regulated by the Solicitors Regulation Authority. Any dispute arising from this communication shall be subject to the exclusive jurisdiction of the courts of England and Wales.
"""),
dict(frm="Sunita Vora <sunita.vora@greenleafmail.example>",
     subj="pausing rather than cancelling",
     trig="-", trap="negation", note="hydroponics subscription; not going to cancel",
     body="""\
Hi,

Just so you know, I'm not going to cancel my nutrients subscription — I'm really happy with it — but I'm moving house in July. Can I change the delivery address from the 1st, or do I need to set up a new subscription?

Sunita
"""),
dict(frm="Aaron Blythe <aaron.blythe@blythefarms.example>",
     subj="heads up - app slow this morning, no need to escalate",
     trig="-", trap="negation", note="farrier app; slow then fine, explicitly no escalation",
     body="""\
Morning, just a heads up, the booking app was a bit slow first thing today but it came good after ten minutes and everything's booked. No need to escalate this or anything, just thought you'd want to know in case others mention it.

Aaron
"""),
dict(frm="Rosalind Achebe <rosalind.achebe@achebestudio.example>",
     subj="After the account migration",
     trig="-", trap="negation", note="cheese course portal; no data was lost",
     body="""\
Hello,

Just confirming that after your portal migration at the weekend everything is where it should be — no data was lost on my side, all three courses and my notes came across. Thank you for the clear instructions beforehand.

One question: is the old app still supposed to work, or should I delete it?

Rosalind
"""),
dict(frm="Greta Lindholm <greta.lindholm@lindholmweddings.example>",
     subj="weather question for our wedding booking",
     trig="-", trap="hypothetical", note="falconry; what if it rains",
     body="""\
Hi!

We've booked the owl ring-bearer for our wedding on 23 August (so excited!). Silly question: if it's pouring with rain on the day and the owl can't fly, what happens? Would we be able to cancel or move it to the evening without losing the deposit?

Thanks so much,
Greta
"""),
dict(frm="Nathan Cole <nathan.cole@mailbox.example>",
     subj="refund policy",
     trig="-", trap="policy_question", note="beard-care; refund policy question",
     body="""\
hi what's your refund policy on opened products? bought a balm, it's fine, just don't love the smell. not fussed if not
"""),
dict(frm="Yusuf Ibrahim <yusuf.ibrahim@qmail.example>",
     subj="Cancel order 44817 - wrong size",
     trig="-", trap="how_to_cancel", note="woodturning; neutral procedural cancellation",
     body="""\
Hello, how do I cancel order 44817? I ordered the 1" bowl gouge but I meant the 3/4". It hasn't shipped yet according to the tracking page. If it's easier I can just order the right one and send the wrong one back.

Thanks
Yusuf
"""),
dict(frm="Charlotte Beckwith <charlotte.beckwith@pepperpot.example>",
     subj="GDPR documentation for our club",
     trig="-", trap="gdpr_documentation", note="dog-agility club; DPA request",
     body="""\
Hello,

Our agility club is thinking of moving our entries and membership onto your platform. Before the committee can agree, we need your data processing agreement and a short statement of where member data is stored (UK/EU?) and how long it's kept.

Could you send those over? Happy to sign whatever's standard.

Charlotte Beckwith
Treasurer, Pepperpot Agility
"""),
dict(frm="Oscar Lindgren <oscar.lindgren@tapfans.example>",
     subj="2FA",
     trig="-", trap="security_question", note="tap room app; how to enable 2FA",
     body="""\
Hey, how do I turn on two-factor on my Tapline account? Can't find it in settings. Not had any problems, just want to be safe since my card's saved on there.
"""),
dict(frm="Julia Menon <julia.menon@harbourgroup.example>",
     subj="Supplier security questionnaire",
     trig="-", trap="security_question", note="snorkel tours; corporate procurement",
     body="""\
Dear team,

Harbour Group is planning to use your tours for our staff incentive trips next year. As part of supplier onboarding our IT security team requires all suppliers who handle staff personal data to complete the attached questionnaire (about 30 questions, mostly yes/no about encryption, access control and incident response).

Could you let me know who the right person would be to complete it? No rush, anytime in the next month is fine.

Kind regards,
Julia Menon
Procurement, Harbour Group
"""),
dict(frm="Poppy Aldridge <poppy.aldridge@nurserymail.example>",
     subj="THANK YOU",
     trig="-", trap="praise", note="puppet theatre; enthusiastic praise with caps",
     body="""\
I just had to write and say THANK YOU for Saturday's Gruffalo show. My twins haven't stopped talking about it. The puppeteer who stayed behind to show them how the mouse worked was absolutely wonderful, please tell her.

We'll be back for the Christmas one!!

Poppy x
"""),
dict(frm="Marcus Delaney <marcus.delaney@delaneyhotels.example>",
     subj="Saturday's display",
     trig="-", trap="praise", note="falconry; slang that sounds strong",
     body="""\
Just wanted to say your team absolutely killed it on Saturday. Guests were blown away, the eagle owl nearly stole the show from the bride. Insane photos. Already had two other couples ask for your details.

Marcus
Events, Delaney Hotels
"""),
dict(frm="Hannah Vogt <hannah.vogt@vogtgrows.example>",
     subj="export logs?",
     trig="-", trap="feature_exists", note="hydroponics app; asks whether CSV export exists",
     body="""\
Hello, is there a way to export the pH/EC history from the GrowDose app to CSV or Excel? I want to compare this season with last season. If it's already in there somewhere just point me at it :)

Hannah
"""),
dict(frm="Lorraine Beck <lorraine.beck@stableyard.example>",
     subj="reminders",
     trig="-", trap="feature_exists", note="farrier app; asks if reminders exist",
     body="""\
Hi, does the app send reminders before the farrier comes? I've got three horses on different cycles and I keep forgetting to bring them in from the field. Thanks, Lorraine
"""),
dict(frm="Tim Okonkwo <tim.okonkwo@okonkwoassoc.example>",
     subj="Thanks for a great night",
     trig="-", trap="reported_speech", note="medieval banquet; colleague joked about suing",
     body="""\
Hi all,

Just a thank-you for Friday's banquet. My colleague joked at the end that we should sue you because none of us could move after the fourth course — meant as a compliment, I promise.

Could you send me the name of the mead you served? A few people asked.

Tim
"""),
dict(frm="Derek Maitland <derek.maitland@mailbox.example>",
     subj="new formula balm",
     trig="-", trap="mild_disappointment", note="beard-care",
     body="""\
Hello,

I've used the Highland Pine balm for about two years. The new tin I got last week seems a bit softer and the scent fades quicker than it used to. I'm a little disappointed, to be honest, it was my favourite. Has the formula changed? Not asking for anything back, just curious.

Derek
"""),
dict(frm="Eleanor Pryce-Jones <eleanor.pj@pryce-jones-events.example>",
     subj="Booking confirmation - annual gala",
     trig="-", trap="large_amount_no_problem", note="medieval banquet; GBP 12,400 booking, no problem",
     body="""\
Dear team,

Thank you for the revised proposal. We're delighted to confirm the Great Hall for our annual gala on 6 December: 180 guests, full banquet, minstrels and the falconry interlude, total £12,400 as quoted.

Please send the contract and the deposit invoice to accounts@pryce-jones-events.example and we'll pay within 7 days.

With best wishes,
Eleanor Pryce-Jones
"""),
dict(frm="Jack Fairley <jack.fairley@fairleyhydro.example>",
     subj="Invoice INV-7781 - company name",
     trig="-", trap="exactly_5000", note="hydroponics; invoice of exactly 5,000, name correction",
     body="""\
Hi,

Invoice INV-7781 for £5,000.00 (the new rack system) is fine on amount, but it's addressed to "Fairley Hydro Ltd" and we're "Fairley Hydroponics Ltd". Our accountant needs the name exactly right before she'll pay it. Could you reissue?

Thanks
Jack
"""),
dict(frm="Bethan Rowlands <bethan.rowlands@seedmail.example>",
     subj="second email - delivery day",
     trig="-", trap="second_email", note="bird-seed; second contact only",
     body="""\
Hi, this is my second email about this so maybe the first went astray: could my box come on a Tuesday instead of a Friday? I'm away most weekends and it sits on the doorstep. Thanks!

Bethan
"""),
dict(frm="Graham Lister <graham.lister@listerclocks.example>",
     subj="Following up after last week",
     trig="-", trap="settled_issue", note="clock restorers' portal; outage last week resolved",
     body="""\
Hello,

Thanks for getting the portal back up last week, I know it caused a lot of people grief but it's been fine since.

Separate question: do you restore Vienna regulator movements, or only English clocks?

Graham
"""),
dict(frm="Patricia Oyelaran <p.oyelaran@oyelaran.example>",
     subj="maintenance on Sunday",
     trig="-", trap="maintenance_question", note="puppet theatre ticketing; planned maintenance question",
     body="""\
Hello,

I saw the banner about planned maintenance on Sunday night. Will I still be able to book the Monday morning school slots at 8am when they're released, or should I wait until later in the day?

Patricia
"""),
dict(frm="Imran Qureshi <imran.qureshi@qureshicapital.example>",
     subj="Invoices for Q2",
     trig="-", trap="own_ceo", note="tap room corporate account; customer's own CEO",
     body="""\
Hi,

Our CEO needs the Q2 spend report for the board pack by Friday — could you send copies of all our corporate tab invoices from April to June as PDFs? Account name Qureshi Capital.

Thanks,
Imran
"""),
dict(frm="Ciara Dunne <ciara.dunne@mailhub.example>",
     subj="do you ship to Ireland",
     trig="-", trap="social_media_ad", note="beard-care; saw ad on social media",
     body="""\
Saw your ad on Instagram for the beard advent calendar, do you ship to Ireland and how long does it take? Want it for my husband for December.
"""),
dict(frm="Colin Fry <colin.fry@fryturning.example>",
     subj="invoice copy please",
     trig="-", trap="invoice_copy", note="woodturning; invoice copy request",
     body="""\
Hi, could you send me a copy of the invoice for order 59921 (the Axminster chuck)? I can't seem to find it in my account anywhere. Need it for my expenses. Cheers, Colin
"""),
dict(frm="Harriet Moss <harriet.moss@campmail.example>",
     subj="prices for August",
     trig="-", trap="price_question", note="roof-top tent rental",
     body="""\
Hello, how much would it be to rent the two-person roof tent for 10 nights in August, picking up from Bristol? Do you do a discount for longer hires? We have a Skoda Octavia estate with roof bars already.

Thanks, Harriet
"""),
dict(frm="Mei Lin <mei.lin@mailzone.example>",
     subj="is my card data safe?",
     trig="-", trap="safety_data_question", note="bird-seed; 'safe' about card data",
     body="""\
Hi, before I sign up — is my card data safe with you, do you store the full card number? My bank said to always ask. Thanks, Mei
"""),
dict(frm="Stuart Hemsley <stuart.hemsley@mailbox.example>",
     subj="lathe for my 14 year old?",
     trig="-", trap="safety_question", note="woodturning; safety question, no incident",
     body="""\
Hello,

My son (14) has got really into woodturning at school and I'm thinking of getting him the mini lathe for Christmas. Is it safe for a teenager to use at home with me supervising? What safety kit would you recommend alongside it — face shield, dust mask?

Stuart
"""),
dict(frm="Anita Desai <anita.desai@mailpost.example>",
     subj="need to cancel my course booking",
     trig="-", trap="cancel_procedural", note="cheese course; cancelling for surgery, no complaint",
     body="""\
Hello,

I'm really sorry but I need to cancel my place on the 14 June blue cheese course — I've been given a date for knee surgery that week. Booking ref CC-4410. I understand if it's too late for a refund, but if I could transfer to a later date that would be lovely.

Best wishes,
Anita
"""),
dict(frm="Fergus McNab <fergus.mcnab@highlandmail.example>",
     subj="please pass on my thanks",
     trig="-", trap="praise_manager", note="snorkel tour; mentions manager positively",
     body="""\
Hello,

Your manager on the harbour, Lisa, went out of her way on Tuesday to find my dad a wetsuit that fit and a spot on the boat where he could sit down. He's 78 and it was his first time snorkelling. Please pass on our thanks to her — and to whoever her boss is!

Fergus
"""),
dict(frm="Eleanor Whitby <eleanor.whitby@whitbyandcross.example>",
     subj="Christmas party booking - Whitby & Cross",
     trig="-", trap="lawyer_professional", note="medieval banquet; solicitor booking a party",
     body="""\
Good afternoon,

I'm a partner at Whitby & Cross solicitors and I'm booking our firm's Christmas party. We'd like the banquet for 28 people on Friday 12 December if available. Two vegetarians, one vegan, one nut allergy.

Could you send me availability and the menu options?

Kind regards,
Eleanor Whitby
Partner
"""),
dict(frm="Daniel Harcourt <daniel.harcourt@harcourtgroup.example>",
     subj="Terms for recurring tap room hire",
     trig="-", trap="legal_signature", note="tap room; Head of Legal signature, ordinary request",
     body="""\
Hi,

We'd like to hire the back room at the Canal Street tap room on the first Thursday of every month for a team social. Could you send your standard hire terms and let me know if there's a discount for a recurring booking?

Best,
Daniel Harcourt
Head of Legal | Harcourt Group
"""),
dict(frm="Lisa Trent <lisa.trent@dailyherald-news.example>",
     subj="Office Christmas lunch",
     trig="-", trap="media_word_no_threat", note="puppet theatre; journalist booking, not an inquiry",
     body="""\
Hi,

I work at the Daily Herald newsroom and a few of us with kids would like to come to the Christmas show together — about 10 adults and 14 children. Is there a group rate, and can we sit together?

Thanks!
Lisa
"""),
dict(frm="Nicola Shaw <nicola.shaw@shawfamily.example>",
     subj="5 stars from us",
     trig="-", trap="positive_review", note="cheese course; promises a good review",
     body="""\
Hi!

Just back from the Saturday halloumi class — brilliant day. I'll definitely be leaving you a 5-star review on Google and telling all my friends. Can I buy the rennet you used somewhere?

Nicola
"""),
dict(frm="Victoria Osei <victoria.osei@oseiclinics.example>",
     subj="SLA question",
     trig="-", trap="policy_question", note="hydroponics controller platform; SLA for outages",
     body="""\
Hi,

We're considering your cloud controller plan for our three clinic gardens. Do you offer an SLA for outages on the business tier, and what compensation applies if the platform is unavailable? Just comparing providers at this stage.

Victoria
"""),
dict(frm="Sam Whitaker <sam.whitaker@mailbox.example>",
     subj="lost my ticket",
     trig="-", trap="lost_not_data", note="puppet theatre; lost e-ticket, resend",
     body="""\
Hi, I've lost my ticket for Saturday's 11am show (deleted the email by accident, oops). Booking is under Whitaker, 3 tickets. Could you resend please?
"""),
dict(frm="Ollie Brand <ollie.brand@hopmail.example>",
     subj="that new IPA",
     trig="-", trap="slang_fire", note="tap room; slang 'fire', 'sick', 'killer'",
     body="""\
yo the new Cascade Crush IPA is actually fire 🔥 absolutely sick beer, killer hop hit. any chance you're doing it in cans? would buy a case
"""),
dict(frm="Rachel Dunmore <rachel.dunmore@quickpost.example>",
     subj="crash the Thursday tasting?",
     trig="-", trap="word_crash", note="tap room; 'crash' meaning drop in",
     body="""\
Hi, is it ok if we crash the Thursday tasting as walk-ins or does it have to be booked? Two of us. Promise we'll behave!
"""),
dict(frm="Bill Sanderson <bill.sanderson@oldhamradio.example>",
     subj="phone number and opening hours",
     trig="-", trap="support_phone", note="vintage radio repair; normal support contact",
     body="""\
Good morning,

What is your telephone number and what are your opening hours? I'd like to bring in a Murphy A40 for an estimate and would rather speak to someone first about whether it's worth it.

Bill Sanderson
"""),
dict(frm="Kamala Iyer <kamala.iyer@iyerpartners.example>",
     subj="e-signing the banquet contract",
     trig="-", trap="legally_binding", note="medieval banquet; contract question",
     body="""\
Hello,

Is the booking contract legally binding if I sign it electronically via the link, or do you need a wet signature? Our finance team asked. Also, can the contract be in our company name rather than mine?

Kamala
"""),
dict(frm="Andrew Lyle <andrew.lyle@lylefamily.example>",
     subj="RE: Your refund has been processed",
     trig="-", trap="outlook_original_message", note="bird-seed; Outlook header block quotes earlier CFPB threat",
     reply=True,
     body="""\
Got it, thanks very much. All sorted.

Andrew

________________________________
From: Seed Club Support <support@example.test>
Sent: Wednesday, June 4, 2025 2:15 PM
To: Andrew Lyle <andrew.lyle@lylefamily.example>
Subject: Your refund has been processed

Hi Andrew, we've refunded the $44.97. Sorry for the trouble.

________________________________
From: Andrew Lyle <andrew.lyle@lylefamily.example>
Sent: Monday, June 2, 2025 9:01 AM
To: support@example.test
Subject: charged after cancelling

You charged me $44.97 after I cancelled. If this isn't refunded I'm filing a complaint with the CFPB and disputing it with my bank.
"""),
dict(frm="Fiona Hale <fiona.hale@halefarm.example>",
     subj="Out of office: Fiona Hale",
     trig="-", trap="looks_automated", note="farrier; customer's own OOO text then a normal booking request",
     body="""\
Thank you for your message. I am away from the farm until Monday 9 June with no signal.

(Sorry — that's my auto-reply text, I've pasted it in so you know why I might be slow to answer!)

Could you book the usual trim for both ponies for the week of the 16th? Any day is fine, the yard will be open.

Fiona
"""),
dict(frm="Reception <reception@seafieldhotel.example>",
     subj="RE: Delivery note 20558",
     trig="-", trap="looks_automated", note="snorkel tours; 'we have received your delivery' human reply",
     reply=True,
     body="""\
Dear Sir/Madam,

Thank you for your email. We have received your delivery of 40 snorkel sets and 40 fins for the hotel guest programme in good order. Signed delivery note attached.

Kind regards
Reception Team
Seafield Hotel
""", pack="mixed"),
dict(frm="Norman Pike <norman.pike@mobilemail.example>",
     subj="Re: Your booking is confirmed",
     trig="-", trap="looks_automated", note="falconry; one-word reply from phone",
     reply=True,
     body="""\
Thanks!

Sent from my phone
"""),
dict(frm="Geraldine Foy <geraldine.foy@foyclocks.example>",
     subj="Read: Estimate for restoration of skeleton clock",
     trig="-", trap="looks_automated", note="clock restorers; human reply with 'Read:' subject",
     body="""\
Read and happy with it — please go ahead with the restoration as quoted (£1,850). I'll pay the deposit by bank transfer today. Is collection on the 20th possible?

Geraldine Foy
"""),
dict(frm="Ken Arkwright <ken.arkwright@mailbox.example>",
     subj="Delivery Status Notification",
     trig="-", trap="looks_automated", note="bird-seed; human asking about delivery status, DSN-like subject",
     body="""\
Hello, could I get a delivery status notification for my June box? The tracking link in the dispatch email just says "label created" and I'd like to know whether it's actually left you. No rush, just want to plan the feeders.

Ken Arkwright
"""),
]
