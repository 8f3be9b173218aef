"""heldout26 - English customer mail with NO trigger (hard negatives).

Every block below is one hand-written message. trig is always "-"; trap names
the look-alike pattern the message tests.
"""
MESSAGES = []


def m(frm, subj, body, trap="-", note="-", **kw):
    MESSAGES.append(dict(frm=frm, subj=subj, body=body, trig="-", trap=trap, note=note, **kw))


m("Jenny Marsh <jenny.marsh@harlow-dental.example>", "Pen sets for reception",
"""
Hi,

I'm the office manager at Harlow Dental and I'd like to order 3 of the beginner calligraphy sets (the ones with the 3.8mm nib) for our reception team's Christmas presents. Could you invoice the practice rather than me paying by card? Our address is below.

Thanks!
Jenny Marsh
Office Manager
Harlow Dental Practice, 3 Market Row
""", "job_title", "calligraphy webshop; office manager ordering")

m("Rupert Ashdown <r.ashdown@ashdown-legal.example>", "Order - engrossing nibs",
"""
Good afternoon,

Please could I order two boxes of the Brause 361 nibs and a bottle of the Higgins Eternal ink. We use them in chambers for engrossing deeds, so I'd be grateful if the nibs could be from the same batch as last time if you still have them.

Delivery to the address below is fine. Happy to pay by bank transfer.

Kind regards,

Rupert Ashdown
Senior Partner, Litigation
Ashdown & Pell LLP

This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Ashdown & Pell LLP accepts no liability for any action taken in reliance on it. Nothing in this e-mail constitutes the commencement of legal proceedings or an offer capable of acceptance.
""", "lawyer_customer_normal_order", "calligraphy webshop; litigation partner ordering; legal disclaimer")

m("Kate Ibbotson <kate.ibbotson@mailbox.example>", "Thursday walk",
"""
Hi, could you cancel Thursday's 12pm walk for Hector please? We're taking him to my mum's for the day. Friday as normal. Thanks!
""", "cancel_single_appointment", "dog-walking; cancels one walk normally")

m("Maya Chen <maya.chen@postbox.example>", "Re: Your resole is ready",
"""
Thank you so much, that was quick! I'll come by Saturday morning to pick them up.

Maya

On Wed, 12 Mar 2025 at 14:02, Rubber Revival <support@example.test> wrote:
> Hi Maya, your Skwamas are ready for collection.
>
> On Mon, 3 Mar 2025, Maya Chen wrote:
>> This is the THIRD time I've asked - where are my shoes?? If they're not
>> back by Friday I'm going to the small claims court and I'll post about
>> you everywhere. Absolutely disgraceful.
""", "quoted_reply_threat", "bouldering resole; threats only in nested quote; now settled")

m("Tobias Wren <tobias.wren@wren-design.example>", "RE: Delayed tree - order XT-3390",
"""
Hi Lauren,

Tree arrived this morning and it's gorgeous, thank you for sorting it so quickly. Please pass on my thanks to the driver too.

Tobias

-----Original Message-----
From: Tobias Wren <tobias.wren@wren-design.example>
Sent: Monday, December 8, 2025 9:41 AM
To: Support <support@example.test>
Subject: Delayed tree - order XT-3390

I was promised delivery on Saturday and nobody came. This is the third time I've had to chase you. Absolutely unacceptable - if I don't have a tree by Wednesday I'll cancel and I'll dispute the charge with my bank.
""", "quoted_outlook_header", "christmas-tree; Outlook block with earlier angry mail; settled")

m("Sarah Lomax <sarah.lomax@mailbox.example>", "Fwd: Complaint re walker",
"""
Hi, your colleague Amy asked me to forward the original message so it's on the account. Nothing further needed from me, it's all sorted now.

Sarah

---------- Forwarded message ---------
From: Sarah Lomax <sarah.lomax@mailbox.example>
Date: Tue, 15 Apr 2025 at 19:20
Subject: Complaint re walker
To: Pawtrail Help <help@pawtrail.example>

Your walker was rude to me on the doorstep and I want to speak to a manager about it. I've been a customer two years and this is the worst treatment I've had.
""", "forwarded_complaint", "dog-walking; forwards own old complaint for the record, says sorted")

m("Gordon Ritchie <g.ritchie@ritchie-group.example>", "Quote request - feature wall for new HQ",
"""
Hello,

Our new head office in Glasgow has a 9m atrium and the board have agreed to put a feature climbing wall in it as part of the wellbeing programme. Budget is in the region of £40,000-£55,000 including matting and auto-belays.

Could someone from your sales team get in touch to arrange a site visit? Ideally in the next three weeks.

Many thanks,
Gordon Ritchie
Head of Facilities, Ritchie Group
""", "large_amount_no_problem", "climbing walls; large budget, no problem; 'board' and 'head office' are the customer's own")

m("Alex Turnbull <alex.turnbull@mailbox.example>", "Pausing not cancelling",
"""
Hello! I'm not going to cancel, don't worry - I love the crates - but we're away for the whole of February. Could you skip February's record and carry on as normal in March?

Alex
""", "negation", "vinyl subscription; explicitly not cancelling")

m("Ingrid Bell <ingrid.bell@mailbox.example>", "question about the refund policy",
"""
Hi, what is your refund policy if a tree drops all its needles before Christmas? Mine is fine, I'm just asking for my sister who's thinking of ordering from you.
""", "policy_question", "christmas-tree; refund policy question")

m("Winston Achebe <winston.achebe@mailbox.example>", "Cancelling order 44102 - wrong size",
"""
Hi there, how do I cancel order 44102? I ordered the 1.5mm nib set but I meant the 2.4mm. I'll reorder the right one straight after. Cheers.
""", "how_to_cancel", "calligraphy webshop; procedural cancel, no dissatisfaction")

m("Erika Sandoval <erika.sandoval@clinicalsoft.example>", "GDPR documentation",
"""
Hello,

We are evaluating your allergy testing service for our staff health programme. Before we can sign, our compliance team needs:

- confirmation that you are GDPR compliant and where test data is stored,
- your Data Processing Agreement (DPA) for signature,
- your retention schedule for samples and results.

Could you send these over?

Best regards,
Erika Sandoval
Procurement
""", "gdpr_dpa_request", "allergy lab; compliance questions, no violation alleged")

m("Penny Whitaker <penny.whitaker@mailbox.example>", "Just a thank you",
"""
Hello,

I just wanted to say a massive thank you to Callum who walks our two spaniels. Last week Bramble got her lead tangled in a bramble (ironic, I know) and Callum spent twenty minutes calmly getting her out and then sent me a video so I didn't worry. The dogs adore him.

Please make sure his manager knows - he deserves a pat on the back!

Penny
""", "praise", "dog-walking; praise; 'his manager knows' is not a request to speak to a manager")

m("Graham Foley <graham.foley@mailbox.example>", "Export?",
"""
Quick question - can I export my thermostat temperature history to a spreadsheet (CSV)? I'd like to compare winters.
""", "feature_exists_question", "smart thermostat; asks whether export exists")

m("Denise Harper <denise.harper@mailbox.example>", "Tour for my husband's birthday",
"""
Hi,

I booked the Saturday cider tour for my husband's 60th (booking CT-8890) and just wanted to check whether we could swap one of the tasting flights for a non-alcoholic one as my daughter is driving.

He joked when I told him that if he doesn't like the scrumpy he'll sue you for emotional damages - he's a retired barrister, it's his idea of humour. Please ignore him!

Denise
""", "reported_speech", "cider tours; husband's joke about suing")

m("Kwame Asante <kwame.asante@mailbox.example>", "Crate #23",
"""
Hi, the November crate arrived fine, just a little disappointed that the Nina Simone sleeve had a small crease in the corner. Not a big deal at all, the record itself is perfect. Just letting you know in case it's a packing thing.
""", "mild_disappointment", "vinyl subscription; mild disappointment only")

m("Brenda Oakley <brenda.oakley@oakleyfarms.example>", "Invoice for the 2 aquaponics units",
"""
Hello,

Thank you for the invoice GL-2025-204 for the two GrowLoop 600 commercial units, £5,000.00 in total. Please could you reissue it with our purchase order number PO-7741 on it? Our accounts system won't accept it without.

Kind regards,
Brenda
""", "exactly_5000", "aquaponics; invoice of exactly 5,000 with admin request only")

m("Harvey Lam <harvey.lam@mailbox.example>", "2nd email - delivery slot",
"""
Hi, this is my second email so just checking the first one came through - can I change my tree delivery from Saturday 6th to Sunday 7th? Any time Sunday works. Thanks.
""", "second_email", "christmas-tree; second email only")

m("Rosie Pendleton <rosie.pendleton@mailbox.example>", "All sorted",
"""
Hello, just to say the refund for the extra charge came through this morning. Thanks for sorting it - all good now!

Rosie
""", "settled_issue", "theatre-lighting hire; settled billing issue")

m("Marek Nowak <marek.nowak@mailbox.example>", "2FA and card storage",
"""
Hi, before I put my card into the Pawtrail app I'd like to know - do you support two-factor authentication, and do you store my full card number? I'd also like to know if I can see which devices are logged into my account.
""", "security_question_no_incident", "dog-walking app; security questions, nothing happened")

m("Dr. Aoife Brennan <aoife.brennan@securitylab.example>", "Responsible disclosure / bug bounty?",
"""
Hello,

I'm a security researcher at a university lab and I occasionally look at consumer health platforms as part of our teaching. Before I do any testing on your results portal I wanted to ask whether you run a bug bounty programme, or have a responsible disclosure policy / security.txt I should follow. I don't want to test anything without permission.

I haven't found any issues - I simply haven't looked yet.

Best,
Aoife Brennan
""", "bug_bounty_question", "allergy lab; researcher asks about disclosure policy, no incident")

m("Joanne Fielding <joanne.fielding@gazette.example>", "Private booking - dad's 70th",
"""
Hi there,

I'd like to book the Sunday orchard tour for four people on 14 September. It's for my dad's 70th, he loves a proper dry cider.

(I work at the Gazette but this is nothing to do with that - it's just us, so no need for any press treatment!)

Is the barn step-free? My dad uses a stick.

Thanks, Joanne
""", "journalist_private_order", "cider tours; journalist booking privately")

m("Colin Hext <colin.hext@hext-engineering.example>", "Thermostats for the new office",
"""
Hi,

Our CEO has asked me to get quotes for smart thermostats across our new office (2 floors, about 18 zones). She needs them by Friday for the board pack. Could you send a quote and your typical install timeline?

Thanks,
Colin Hext
Manager of IT, Hext Engineering
""", "own_ceo_mention", "smart thermostat; customer's own CEO and board; 'Manager of IT' title")

m("Alicia Brown <alicia.brown@mailbox.example>", "Saw your ad",
"""
Hi! I saw your ad on Instagram for the Christmas tree delivery. Do you deliver to Tunbridge Wells? And can the driver take the tree away in January? xx
""", "ad_on_social_media", "christmas-tree; social media mention is just the ad")

m("Howard Gillies <howard.gillies@mailbox.example>", "New phone - data?",
"""
Hello, I'm upgrading my phone next week. How do I make sure I don't lose my dog's walk history and vet notes when I move the Pawtrail app over? Is it all saved on your servers?
""", "data_safety_question", "dog-walking app; 'lose data' as a question")

m("Norah Quinlan <norah.quinlan@mailbox.example>", "Sunday maintenance",
"""
Hi, I got the notice about planned maintenance on Sunday night. Will the thermostats keep running our heating schedule while the app is unavailable, or should I set it manually before bed?
""", "maintenance_question", "smart thermostat; planned maintenance question")

m("Patricia Eastwood <p.eastwood@eastwood-accounts.example>", "Copy invoice please",
"""
Good morning,

Could you please send me a copy of the invoice for our membership renewal (member no. GH-10442)? Our accountant needs it for the year end. The original went to my old email address.

Thank you,
Patricia Eastwood
""", "invoice_copy_request", "caravan park; invoice copy")

m("Lewis Carter <lewis.carter@mailbox.example>", "balance",
"""
Hi, just so you know I'll pay the remaining £180 for the engine service on Friday when I get paid, I promise. Sorry for the delay, and thanks for being patient with me.

Lewis
""", "promise_by_customer", "boat-engine; customer's own promise")

m("Fergus Lyle <fergus.lyle@mailbox.example>", "Approach shoes",
"""
How much is a full resole on approach shoes (La Sportiva TX4)? And do you do toe caps as well? Cheers
""", "price_question", "bouldering resole; price question")

m("Eileen Doyle <eileen.doyle@mailbox.example>", "Phone number",
"""
Dear Sir/Madam,

I am 81 and not very good with computers. Could you give me the telephone number for your support team, and the hours when somebody answers? I would like to ask about our membership card.

Yours sincerely,
Eileen Doyle
""", "support_phone_request", "caravan park; normal support phone request")

m("Martin Oduya <martin.oduya@oduya-consulting.example>", "Out of office until 3 Dec - please read re tree delivery",
"""
Hello,

I'm out of the office and travelling until 3 December with limited access to email.

Before I go: could you please move my tree delivery (order XT-5120) from 29 November to 4 December? Nobody will be in to receive it on the 29th. Same address.

Thank you, and apologies for the short notice.
Martin Oduya
""", "looks_automated", "christmas-tree; customer's own out-of-office style opening with a normal reschedule")

m("Procurement Team <procurement@westmoor-college.example>", "Quote TLH-3310 - acknowledgement",
"""
Dear Sir / Madam,

We acknowledge receipt of your quotation TLH-3310 for the lighting hire for our summer musical. It has been passed to our Head of Performing Arts and will be reviewed at the budget meeting on 12 May. We will confirm acceptance in writing.

Could you confirm the quote is valid until the end of May?

Kind regards,
Procurement Team
Westmoor College
""", "looks_automated", "theatre-lighting; human procurement note that reads like an acknowledgement")

m("Stella Kaye <stella.kaye@mailbox.example>", "Is this the right address?",
"""
Hi, I tried writing to orders@holdfast.example and got the message below back. Is this address the right one now? I just want to ask about a quote for a garage bouldering wall.

Stella

----- Original message -----
From: Mail Delivery System <MAILER-DAEMON@mx.holdfast.example>
Subject: Undelivered Mail Returned to Sender

This is the mail system at host mx.holdfast.example.
I'm sorry to have to inform you that your message could not be
delivered to one or more recipients.
<orders@holdfast.example>: host mx.holdfast.example said: 550 5.1.1
    User unknown
""", "looks_automated", "climbing walls; customer pastes a bounce, neutral question")

m("Ravi Shankar <ravi.shankar@mailbox.example>", "Cancel later?",
"""
Thinking of signing up for the 12-month vinyl plan. Would I be able to cancel later if I wanted, say after 6 months, or am I locked in?
""", "hypothetical", "vinyl subscription; hypothetical cancellation")

m("Ursula Grady <ursula.grady@mailbox.example>", "Renewal clause",
"""
Hello,

I'm not looking to get lawyers involved or anything like that, I'd just like to understand the auto-renewal clause in the membership terms (section 9.2). Does it mean the membership renews for another full year automatically unless I give notice, and how much notice is needed?

Thanks,
Ursula
""", "negation", "caravan park; negated legal mention, policy question")

m("Hazel Newcombe <hazel.newcombe@brightstart-nursery.example>", "Certificate for our inspection",
"""
Hi Holdfast,

We've got our Ofsted inspection next month and the inspector will want to see the installation certificate and the latest annual inspection report for the little climbing wall you put in our garden. Could you email copies? Everything's fine with the wall, the kids love it.

Hazel Newcombe
Nursery Manager
""", "regulator_mention_no_complaint", "climbing walls; regulator inspection mentioned, no complaint; job title")

m("Devon Mills <devon.mills@mailbox.example>", "Charging the battery overnight",
"""
Hiya, is it safe to charge the 48V battery from the conversion kit indoors overnight, or should I do it in the garage? The manual says "supervise charging" and I'm not sure what that means in practice.
""", "safety_question", "e-bike kit; safety question, no incident")

m("Lily-Mae Forbes <lilymae.forbes@mailbox.example>", "5 stars from us!",
"""
Just left you a 5 star review on Google - the aquaponics kit is brilliant and my son's science project won the county prize. The tilapia are called Fish and Chips. Thank you!!
""", "praise_review", "aquaponics; praise with a review mention")

m("Brian Hollings <brian.hollings@mailbox.example>", "change of address",
"""
Hello, we've moved. New address for the pen subscription is 22 Canal Street, Stroud GL5 3AA. No need to escalate this or anything, just update it when you can. Ta.
""", "negated_escalation", "calligraphy webshop; 'no need to escalate'")

m("Agnes Whitley <agnes.whitley@mailbox.example>", "Facilities manager contact",
"""
Dear Warmstat,

I've just started as the new facilities manager at St Bride's School. Please update your records so that service visits and invoices come to me instead of Mr Pearce, who retired in July. My direct line is 01632 555 018.

Agnes Whitley
Facilities Manager
""", "job_title", "smart thermostat; new facilities manager introduces herself")

m("Jamie Rowe <jamie.rowe@mailbox.example>", "dogs at the park",
"""
Hey, a few of us are planning to crash at the Fernbrook site for a long weekend in May - three caravans. Can we bring dogs? One of them is a bit of a monster (a Newfoundland) but he's soft as anything.
""", "trigger_word_other_sense", "caravan park; 'crash' and 'monster' in other senses")

m("Oscar Pemberton <oscar.pemberton@mailbox.example>", "Fire pit on the pitch?",
"""
Hello, are we allowed to use a small raised fire pit on our pitch at Loch Ardair, or only the site BBQ area? We've booked for late September and it gets chilly. Happy to bring a fire blanket and bucket of water.
""", "trigger_word_other_sense", "caravan park; fire as a rules question, no danger reported")

m("Gwen Llewellyn <gwen.llewellyn@mailbox.example>", "Saying goodbye to Monty",
"""
Hi,

Our old boy Monty passed away last week. I've deleted his profile from the app myself, but I'm still getting his walk reminders and vaccination reminders by email. Could you stop those please? It's a bit hard seeing them.

Thanks for everything your walkers did for him, he loved them.

Gwen
""", "intentional_deletion", "dog-walking app; data deleted on purpose, only a request")

m("Tariq Aziz <tariq.aziz@mailbox.example>", "Re: Service update",
"""
Thanks for letting us know, and no worries at all - these things happen. Good to hear it's back up.

Tariq

On 4 Feb 2025, at 11:32, Glenholm Members <support@example.test> wrote:

> Dear member, this morning our booking site was unavailable between
> 07:00 and 09:40 because of a hosting fault. All bookings made before the
> outage are safe and no payments were lost. We apologise for the disruption.
""", "quoted_reply_outage", "caravan park; quoted notice about outage, customer only thanks")

m("Chloe Baptiste <chloe.baptiste@mailbox.example>", "Which hearing dog route is right for me",
"""
Hello,

I'm 34 and lost most of my hearing after meningitis last year. A friend suggested I look into a hearing dog. I've read the website and I'm a bit confused about whether I'd be eligible because I still have some hearing in one ear with an aid, and I live in a flat with no garden.

I don't want to waste anyone's time if I'm not the right kind of applicant, but it would make a massive difference to me - I've missed two deliveries this month because I didn't hear the door and I keep sleeping through my alarm.

Is there someone I could talk to about whether to apply? I'd prefer email or text to phone calls.

Thank you for reading this,
Chloe
""", "-", "hearing-dog charity; long eligibility question, nothing wrong")

m("Neville Harcourt <neville.harcourt@mailbox.example>", "Spare parts for an old Seagull outboard",
"""
Good morning,

I've got a 1962 British Seagull Forty Plus that belonged to my father and I'd like to get it running again for my grandson. It turns over but doesn't fire - I suspect the magneto, but I'm no mechanic. It's been in the shed since about 1995.

Do you work on engines that old, and if so roughly what would a full look-over cost? I can bring it in on a trailer.

Many thanks,
Neville Harcourt
""", "own_item_repair_request", "boat-engine; customer's own old engine not running is the job itself, not a fault in the service")

m("Amara Obi <amara.obi@mailbox.example>", "bulk order for workshop",
"""
Hello,

I run lettering workshops for the library service and want to order 24 starter kits (pilot parallel 3.8 + cartridges + practice pad) for January. Do you offer an educational discount for that quantity? Total would be roughly £1,900 I think.

Amara Obi
Community Learning Manager
""", "job_title", "calligraphy webshop; bulk order; manager title")

m("Tilly Robertson <tilly.robertson@mailbox.example>", "absolutely LOVED it",
"""
OMG the orchard tour on Saturday was the best day out we've had all year!!! Gemma is a LEGEND. My husband is already planning to go back for the winter wassail. THANK YOU!!!
""", "praise_shouting", "cider tours; caps and exclamation marks in praise, not anger")

m("Sebastian Kroll <sebastian.kroll@mailbox.example>", "Hire for a wedding",
"""
Hi, my fiancée and I are getting married in a barn in June and a friend who does am-dram said you hire festoon lighting and a few uplighters. Do you deliver and set up, or is it collect only? Date is 21 June, near Ludlow. Budget's not huge!
""", "-", "theatre-lighting hire; simple enquiry")

m("Harriet Moss <harriet.moss@mailbox.example>", "Kit compatibility",
"""
Hello, would your rear hub kit fit a 2016 Dawes Galaxy (135mm dropouts, rim brakes)? I'd like to convert it for my commute, about 14 miles each way. Also, do you sell the kit with a bigger battery?
""", "feature_exists_question", "e-bike kit; asks whether an option exists")

m("Elliot Graves <elliot.graves@mailbox.example>", "Member of staff to thank",
"""
Dear Glenholm,

Please pass my thanks to Mrs Karen Doyle, your site manager at Seaview, who went out of her way when our car broke down on the A30 in August. She arranged for our caravan to be moved onto a hard standing pitch and even found my daughter a spare phone charger. Customer service like hers is rare.

Elliot Graves
""", "praise_manager_name", "caravan park; praises a manager by name")

m("Ophelia Strand <ophelia.strand@mailbox.example>", "Results - what does class 2 mean?",
"""
Hi,

My results came through (thank you, very quick!) and they say I'm "class 2" for birch pollen and "class 0/1" for cat. What does class 2 actually mean in practice - should I be avoiding anything? I'll mention it to my GP anyway.

Ophelia
""", "-", "allergy lab; interpretation question")

m("Dennis Carrow <dennis.carrow@mailbox.example>", "Next year's tree - can I pre-book?",
"""
Hi folks

Great tree again this year, second year with you. Can I pre-book the same size for next Christmas now? And is there a way to get the same driver, he was very careful with our narrow stairs.

Dennis
""", "second_year_praise", "christmas-tree; praise and pre-booking; 'second' is years not emails")

m("Imelda Ruiz <imelda.ruiz@mailbox.example>", "The record club and my husband",
"""
Hello there,

This is a slightly odd email. My husband has been a Groove Crate member for about three years and he's recently been diagnosed with early dementia. He keeps forgetting he's subscribed and then gets very confused and worried when a parcel arrives that he "didn't order". He's not angry, just upset.

We don't want to stop the subscription - he really does love the records when I put them on for him, it's one of the few things that still gets him singing. But could the account be switched so that emails and delivery notifications come to me instead of him, and the parcels are addressed to both of us? I've got power of attorney if you need it.

I'm sorry to bring something so personal to a record club, but I didn't know who else to ask.

Thank you,
Imelda
""", "legal_word_non_threat", "vinyl subscription; long, personal; 'power of attorney' is not a legal threat")

m("Bea Thornbury <bea.thornbury@mailbox.example>", "Volunteer walker DBS",
"""
Hi, I'd like to volunteer as a puppy socialiser for the charity. I've got an enhanced DBS from my teaching job - is that enough or do you do your own checks? I'm around most weekends.
""", "-", "hearing-dog charity; volunteer enquiry")

m("Ralph Ingham <ralph.ingham@mailbox.example>", "Winter storage for the boat",
"""
Evening,

Could you quote me for lifting out and winterising a 22ft Bayliner with a Mercruiser 4.3 sterndrive? I'd like it done late October and the engine flushed and fogged. Last year another yard did it and it was fine, but you're closer. Will it need an anode change too?

Ralph
""", "-", "boat-engine; plain quote request")
