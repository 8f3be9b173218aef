# Hand-written English customer mails with NO trigger (hard negatives).
LANG = "en"
MSGS = [
dict(f="Janet Hollis <janet.hollis@hollisoffice.example>", s="Standing order for the surgery reception",
t="-", trap="job_title", n="office manager orders flowers",
b="""Hi,

I'm the office manager at Brookside Surgery. We'd like a small seasonal arrangement for reception every fortnight, budget around 35 a time. Could you set that up as a standing order and invoice us monthly?

Many thanks,
Janet Hollis
Practice & Office Manager
"""),
dict(f="Liam Doherty <liam.doherty@clubmail.example>", s="Re: away kit sizes",
t="-", trap="quoted_threat", n="quoted earlier angry mail, now settled",
b="""Thanks Ellie, the replacement shirts arrived this morning and they're perfect. Panic over!

Liam

On Tue, 4 Jun 2024 at 09:12, Liam Doherty <liam.doherty@clubmail.example> wrote:
> This is ridiculous. Three weeks and no kit. If it's not here by Saturday
> I'm cancelling the whole order and going to the press about it.
>> On Mon, 3 Jun 2024, Ellie at Scrumline Kit wrote:
>> Sorry for the delay, we'll chase the factory.
"""),
dict(f="Rebecca Stone <rstone@stonelegal.example>", s="Gift voucher for a saxophone course",
t="-", trap="lawyer_customer", n="solicitor ordering privately; legal disclaimer in signature",
b="""Hello,

I'd like to buy a gift voucher for the 8-week beginners' saxophone course for my husband's birthday. Can it be posted to our home address rather than emailed?

Kind regards,
Rebecca Stone

--
Rebecca Stone | Partner | Stone & Hale Solicitors LLP
This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. We do not accept service of legal proceedings by email.
"""),
dict(f="Martin Oakley <martin.oakley@newsdesk.example>", s="Wooden Noah's ark for my granddaughter",
t="-", trap="journalist_private", n="journalist ordering as ordinary customer",
b="""Hi there,

I'm after the large Noah's ark with the 12 pairs of animals for my granddaughter. Is it in stock and could it reach Bristol by the 22nd? Happy to pay for faster delivery.

Best,
Martin

Martin Oakley
Senior Reporter, The Avon Chronicle
"""),
dict(f="Dr. Sofia Lindahl <sofia@securelab.example>", s="Bug bounty programme?",
t="-", trap="security_question_no_incident", n="security researcher asking about programme",
b="""Hello,

I'm an independent security researcher. Do you run a bug bounty or vulnerability disclosure programme for your claims portal? I'd like to know the scope and the safe-harbour terms before I do any testing. Nothing to report at this stage - I just prefer to check the rules first.

Thanks,
Sofia Lindahl
"""),
dict(f="Tracy Allen <tracy.allen@allenmail.example>", s="cancel my 3pm lesson",
t="-", trap="routine_cancellation", n="cancels single appointment normally",
b="""Hi, can you cancel my son's 3pm saxophone lesson this Thursday please, he's got a dental appointment. He'll be back next week as normal. Thanks! Tracy
"""),
dict(f="Geoffrey Miles <gmiles@milesestates.example>", s="Thank you - Ellen was wonderful",
t="-", trap="praise_manager", n="praises manager by name",
b="""Dear all,

I just wanted to write and say how grateful we were to Ellen, your events manager, for our daughter's wedding on Saturday. When the rain came in at 3 she had the whole ceremony moved into the library in twenty minutes and nobody even noticed the stress. Please pass our thanks to her manager as well - she deserves recognition.

Geoffrey and Ann Miles
"""),
dict(f="Owen Hughes <owen.hughes@gwynt.example>", s="What's your refund policy?",
t="-", trap="policy_question", n="refund policy question",
b="""Hi, before I book the 2-day fly fishing course: what's your refund policy if the river is in flood? And would I be able to cancel later if I wanted, say 2 weeks before? Thanks, Owen
"""),
dict(f="Alice Fairbanks <alice@fairbanksbuild.example>", s="Quote for 40 wreaths - corporate memorial",
t="-", trap="large_amount_no_problem", n="large amount, no problem",
b="""Hello,

Our company is holding a memorial service for former employees on 11 November and would like 40 laurel wreaths delivered to the cathedral. Your quote of GBP 7,800 is fine with us - please go ahead and send the invoice to accounts@fairbanksbuild.example.

Alice Fairbanks
"""),
dict(f="Rob Turner <rob.turner@turnerhaulage.example>", s="Invoice 3391",
t="-", trap="exactly_5000", n="exactly 5,000 with a problem",
b="""Hi,

Invoice 3391 for the spa pool chemical season contract (exactly 5,000.00) - the first delivery is now showing as the 14th rather than the 12th. That's fine by us, could you just confirm the driver will still ring ahead? The gate code has changed to 5512.

Rob
"""),
dict(f="Ellie Brooks <ellie.brooks@brookside.example>", s="second email about the cake",
t="-", trap="second_email_not_repeat", n="second contact only",
b="""Hi, this is my second email - just checking you got my first one about the gluten-free christening cake for 8 July? Would love to confirm the design. Ellie
"""),
dict(f="Graham Pike <graham.pike@pikeangling.example>", s="All sorted, thanks",
t="-", trap="settled_issue", n="previous problem settled",
b="""Hi Sandy,

Just to say the refund for the flooded day came through this morning. Thanks for sorting it, and no hard feelings - these things happen with Scottish rivers. See you in September.

Graham
"""),
dict(f="Paula Green <paula.green@pgreen.example>", s="2FA on the claims app",
t="-", trap="security_question_no_incident", n="asks how to enable 2FA",
b="""How do I turn on two-factor authentication on my insurance account? I can't find it in settings. Nothing's wrong, I just want it switched on.
"""),
dict(f="Terry Walsh <terry@walshfamily.example>", s="I'm not going to cancel, but...",
t="-", trap="negation", n="negated cancel, mild",
b="""Hi,

Just to be clear I'm not going to cancel the chemical subscription, we're happy overall. But would it be possible to skip August as we'll be away and the hot tub will be covered?

Terry
"""),
dict(f="Hannah Kemp <hannah.kemp@kempmail.example>", s="Fwd: complaint from our member",
t="-", trap="forwarded_complaint", n="forwards someone else's complaint neutrally",
b="""Hi, I'm the volunteer coordinator at the Meadowbank Club. One of our members asked me to pass this on - no action needed from us, just for your information.

Hannah

---------- Forwarded message ---------
From: Derek Lyle <derek.lyle@example-mail.example>
Subject: kit order

I'm absolutely furious, the hoodies were the wrong colour and I want a refund or I'm going to small claims court.
"""),
dict(f="Julia Reyes <julia.reyes@rmail.example>", s="Is the claims portal GDPR compliant?",
t="-", trap="gdpr_question", n="GDPR documentation request",
b="""Hello,

Our company is considering your group mobile-phone insurance for about 120 staff. Could you confirm whether your claims portal is GDPR compliant and send us your Data Processing Agreement and a list of sub-processors?

Julia Reyes
Head of Legal, Norvale Logistics
"""),
dict(f="Sam Carter <sam.carter@cartermail.example>", s="Can I export my game to CSV?",
t="-", trap="feature_exists_question", n="asks whether feature exists",
b="""Quick question - can I export the card list from the designer to CSV? I want to proof-read all the texts in a spreadsheet. Thanks, Sam
"""),
dict(f="Naomi Price <naomi.price@price.example>", s="my colleague was joking",
t="-", trap="reported_speech", n="reported speech of someone else",
b="""Hi! We had a great time on the ski wax course. My colleague joked that we should sue you because now he can't stop waxing his skis every weekend, ha. Do you run an advanced session in January?

Naomi
"""),
dict(f="Victoria Hale <v.hale@halemail.example>", s="a little disappointed",
t="-", trap="mild_disappointment", n="mild disappointment",
b="""Hello,

The sourdough was lovely as always but I was a little disappointed that the seeded rye was sold out by the time my order was packed. Could you let me know when it'll be back?

Victoria
"""),
dict(f="Adam Fox <adam.fox@foxmail.example>", s="Planned maintenance this weekend?",
t="-", trap="maintenance_question", n="maintenance question",
b="""Hi, I saw a banner about maintenance on the courier app this weekend. Will riders be able to log jobs on Sunday morning or should we use paper sheets? Adam
"""),
dict(f="Diane Moss <diane.moss@mossmail.example>", s="Do you offer an SLA?",
t="-", trap="policy_question", n="SLA for outages question",
b="""Hello,

We're looking at your booking platform for our fishing lodge. Do you offer an SLA for outages, and what's your typical uptime? Also, what happens to our data if we leave - can we export everything?

Thanks,
Diane Moss
"""),
dict(f="Katherine Blythe <k.blythe@blythe.example>", s="Data safety question",
t="-", trap="data_safety_question", n="is my data safe, no incident",
b="""I'm about to upload 10 years of photos to your wedding album service. How do I make sure I don't lose any of them if I later upgrade to the premium plan? Is my data safe with you, where are the servers?
"""),
dict(f="Joe Ramsay <joe.ramsay@ramsaymail.example>", s="Re: Your replacement phone",
t="-", trap="quoted_threat_outlook", n="Outlook original message block with threats",
b="""Received the phone today, all working. Thank you Mandy.

Joe

-----Original Message-----
From: Joe Ramsay <joe.ramsay@ramsaymail.example>
Sent: 12 June 2024 08:41
To: support@example.test
Subject: Where is my phone

This is the third time I'm emailing. If I don't get my phone this week I'm reporting you to the ombudsman and cancelling my policy. Worst service ever.
"""),
dict(f="Claire Dunn <claire.dunn@dunnmail.example>", s="Can we speak to the head chef?",
t="-", trap="not_manager_request", n="asks to speak to head baker about recipe",
b="""Hi, my daughter is doing a school project about gluten-free baking. Would your head baker be willing to answer five short questions by email? She'd be thrilled. Claire
"""),
dict(f="Mike Stevens <mike@stevenscaravans.example>", s="Restoration enquiry",
t="-", trap="large_amount_no_problem", n="enquiry about big project, no problem",
b="""Hello,

I have a 1958 Berkeley Caravelle that's been in a barn for 30 years. I've got a budget of around 20,000 for a full restoration. Could you give me a rough idea of what that would cover and your current waiting list?

Mike Stevens
"""),
dict(f="Linda Shaw <linda.shaw@shawmail.example>", s="How do I cancel order 5581?",
t="-", trap="routine_cancellation", n="procedural cancel, wrong size",
b="""Hello, how do I cancel order #5581? I ordered the wrong size in the junior training top (age 9-10, should be 11-12). I'll reorder the right one. Thanks, Linda
"""),
dict(f="Patrick Hale <patrick.hale@hale.example>", s="Great day on the Wye",
t="-", trap="praise", n="praise",
b="""Hi Tom,

Just a note to say thanks for Saturday. Three trout and a grayling, and my dad landed his first fish in about twenty years. You were patient, funny and knew every pool. Will definitely book again for his 75th.

Patrick
"""),
dict(f="Vanessa Roy <vanessa.roy@roymail.example>", s="Security questionnaire for vendor onboarding",
t="-", trap="security_question_no_incident", n="vendor security questionnaire",
b="""Dear team,

As part of our vendor onboarding, we need you to complete the attached security questionnaire (ISO 27001 controls, encryption at rest, incident response times). There's no incident - this is a standard procurement step. Could you return it by the end of the month?

Vanessa Roy
IT Security Manager, Brightwater Hotels
"""),
dict(f="Ralph Edwards <ralph@edwardsfunerals.example>", s="order for the Jenkins service",
t="-", trap="job_title", n="funeral director, Manager of Operations signature",
b="""Morning,

Two sprays and a casket pall for the Jenkins service please, Friday 11am at St Mary's. Family's card messages attached below.

"Forever in our hearts, Mum" / "Grandad, with love from all the grandchildren"

Ralph Edwards
Manager of Operations, Edwards & Sons Funeral Directors
"""),
dict(f="Nina Patel <nina.patel@patelfamily.example>", s="No need to escalate",
t="-", trap="negation", n="no need to escalate",
b="""Hi Jess,

Thanks for offering to pass this up the chain, but no need to escalate it - the missing wooden blocks turned up in the bottom of the second box. My mistake! We didn't lose anything after all.

Nina
"""),
dict(f="Eddie Marsh <eddie.marsh@marshmail.example>", s="hypothetically...",
t="-", trap="hypothetical", n="hypothetical question about suing",
b="""Odd question, but my club is writing our own kit contract. If a supplier delivered kit late, would we normally have any legal comeback, or is that just in the T&Cs? Is your contract legally binding on delivery dates? Just trying to understand how it works, we've had no problems with you.

Eddie
"""),
dict(f="Amelia Ross <amelia.ross@rossmail.example>", s="Saw your post on Instagram!",
t="-", trap="social_media_mention", n="saw ad on social media",
b="""Hi! I saw your post on Instagram about the new saxophone summer camp. Is there still space for a 12 year old alto beginner? Amelia
"""),
dict(f="George Whitfield <gwhitfield@whitfield.example>", s="Support phone number?",
t="-", trap="support_contact_question", n="asks normal support phone & opening hours",
b="""Hello, what's the normal phone number for customer support and what are your opening hours on Saturdays? I'd rather talk through the claim form with someone. Thanks, George
"""),
dict(f="Helena Marks <helena@marksgames.example>", s="Our CEO wants the print proof",
t="-", trap="own_ceo", n="mentions own CEO",
b="""Hi Sanna,

Our CEO needs the final print proof of the box by Thursday so he can sign off before the trade fair. Could you send the PDF rather than the physical proof this time?

Thanks,
Helena
"""),
dict(f="Kevin Lam <kevin.lam@lammail.example>", s="Invoice copy please",
t="-", trap="invoice_copy_request", n="invoice copy, not dispute",
b="""Could you resend the invoice for order 77120 (the wax kit)? My accountant needs a copy with your VAT number on it. Cheers, Kevin
"""),
dict(f="Rosie Bennett <rosie.bennett@bmail.example>", s="Smoke machine for the gala?",
t="-", trap="safety_word_no_danger", n="smoke/fire words, no danger",
b="""Hi, for the organ donor awareness gala we'd like a smoke machine and some fire-pit heaters on the terrace. Is that allowed under the venue's fire safety rules, and do we need to book your safety officer? Rosie
"""),
]
