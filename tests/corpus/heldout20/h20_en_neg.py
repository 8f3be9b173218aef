# -*- coding: utf-8 -*-
"""heldout20: English customer mail WITHOUT triggers (hard negatives). Hand-written, one block per message."""

LANG = "en"
M = []


def msg(frm, subject, trap, note, body, triggers="-", **opt):
    M.append(dict(lang=LANG, frm=frm, subject=subject, triggers=triggers,
                  trap=trap, note=note, body=body, **opt))


msg("Debbie Marlowe <debbie.marlowe@marlowe-dental.example>",
    "Shirts for the practice",
    "job_title", "office manager ordering normally",
    """\
Hi,

I'm the office manager at Marlowe Dental and the partners would like matching shirts for the front-of-house team, 7 in total, pale blue with a small embroidered logo on the chest. Could you let me know whether you can do embroidery on made-to-measure, and roughly what it costs? We'd bring everyone in for measuring on one afternoon if that's easiest.

Many thanks,
Debbie Marlowe
Practice Office Manager
""")

msg("Owen Pritchard <owen.pritchard@valleymail.example>",
    "Re: Re: your reply about my order",
    "quoted_threat", "own words are thanks; the earlier threat is only quoted",
    """\
Cheers Sarah, the pallet turned up this morning and it's all fine. Sorry for the rant last week, it had been a long month. Same again in a fortnight please.

Owen

On Tue, 15 Apr 2025 at 11:02, Support <support@example.test> wrote:
> Dear Mr Pritchard, your replacement pallet is booked for Thursday.
>
> On Mon, 14 Apr 2025 at 17:40, Owen Pritchard wrote:
>> No, that is not good enough. This has been the worst customer service
>> I've had from anybody, ever. Close my account. I'll get the cider for
>> the pub somewhere that answers the phone, and my solicitor can chase the
>> credit note.
""")

msg("Eileen Ross <eileen.ross@rossfamily.example>",
    "Photo of the door as asked",
    "quoted_threat_outlook", "Outlook block carries an old threat, own words neutral",
    """\
Hello Mark,

Here's the photo of the bottom seal you asked for. The door itself is working perfectly since your visit, thank you.

Eileen

-----Original Message-----
From: Eileen Ross <eileen.ross@rossfamily.example>
Sent: Monday, March 3, 2025 8:12 PM
To: support@example.test
Subject: Door

If nobody comes out this week I'm cancelling the contract and reporting you to Trading Standards. The door has stuck open for four days.
""", pack="mixed", attach=("door_seal.png", "image/png"))

msg("Graham Lowther <graham.lowther@lowtherhome.example>",
    "Fwd: complaint from my neighbour",
    "forwarded_complaint", "forwarding someone else's complaint; own words a plain question",
    """\
Hi, my neighbour asked me to pass this on as she doesn't do email. I don't know anything about it myself - I'm only writing to ask whether your installers could also quote for a small butt and diverter at my place while they're in the street?

Graham

---------- Forwarded message ---------
From: Pam Hewitt
Date: Sat, 22 Mar 2025
Subject: tank

Your men left the trench open for a week and my grandson fell in it. Absolutely disgusting, I want the manager to ring me and I'll be writing to the council.
""")

msg("Rupert Sinclair <rupert.sinclair@sinclair-partners.example>",
    "Sheepskin rugs for new office",
    "legal_disclaimer", "normal order; threatening words only in the disclaimer",
    """\
Good morning,

We're fitting out our new reception and would like two large natural sheepskin rugs (the 6-pelt size) in ivory, and four seat pads in grey. Could you send a quote including delivery to Leeds?

Kind regards,

Rupert Sinclair
Facilities, Sinclair & Partners LLP

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient you must not use, copy or disclose it; please notify the sender and delete it. Sinclair & Partners LLP accepts no liability for viruses and reserves the right to take legal action against any unauthorised use. Regulated by the Solicitors Regulation Authority.
""")

msg("Jen Farraday <jen.farraday@mailnest.example>",
    "still a fan!",
    "negation", "'not going to cancel' with no complaint",
    """\
Hi guys, just so you know, I'm not going to cancel my subscription box even though I'm moving to Cardiff - I just need the delivery address changing from the 1st of next month. New address: Flat 3, 22 Cathedral Road. The medium dry is still the best thing that arrives at my door every month!

Jen
""")

msg("Kate Sullivan <kate.sullivan@sullivanfamily.example>",
    "All sorted",
    "negation_settled", "no data lost; settled",
    """\
Hi Rachel,

Just to close the loop: the photos re-appeared in the gallery after I cleared my browser cache, so nothing was lost after all. Sorry for the panic yesterday! We've ordered the canvas.

Kate
""")

msg("Martin Greaves <martin.greaves@greavesmail.example>",
    "Notice period",
    "hypothetical", "if I ever wanted to cancel",
    """\
Hello,

Thinking about the two-year range membership. If I ever needed to cancel partway through, say if I moved for work, what notice would I have to give and would any part of the fee come back? Not planning to, just want to know before I sign.

Thanks
Martin
""")

msg("Tara Bell <tara.bell@bellinbox.example>",
    "refund policy?",
    "policy_question", "refund policy question",
    """\
hi what's your refund policy if a made to measure shirt doesn't fit? is it a remake or money back? thinking of ordering two for my husband's birthday
""")

msg("Angus Kerr <angus.kerr@kerrhighland.example>",
    "How do I cancel my order",
    "cancel_procedural", "neutral cancel of wrong item, no dissatisfaction",
    """\
Hi, how do I cancel order #RC-70214? I ordered the 1/8 buggy tyres but my car is 1/10, my mistake. Haven't been charged yet I think. Thanks, Angus
""")

msg("Nina Hofmann <nina.hofmann@hofmann-ops.example>",
    "GDPR documentation for our supplier file",
    "gdpr_question", "DPA / GDPR compliance question, no allegation",
    """\
Dear team,

We are onboarding you as a supplier for our staff uniform programme (shirts). Our procurement process requires that we confirm GDPR compliance for suppliers holding employee measurements.

Could you please send:
- your Data Processing Agreement (DPA),
- a short description of where measurement data is stored and for how long,
- the contact of your data protection officer.

Many thanks,
Nina Hofmann
Procurement Coordinator
""")

msg("Bernard Quail <bernard.quail@quailmail.example>",
    "A thank you for Janet",
    "manager_praise", "praises a manager by name",
    """\
Dear all,

I just wanted to say a huge thank you to Janet, your duty manager at the Seacombe site, who went out of her way on Saturday when my grandson's inhaler was left at home. She drove to the chemist on her lunch break. Please make sure her manager hears about it. We will be back for his birthday next year without a doubt.

Bernard Quail
""")

msg("Lily Chen <lily.chen@chenmail.example>",
    "Can I download everything at once?",
    "feature_exists", "asks whether a capability exists",
    """\
Hi! Is there a way to download the whole gallery in one go, or do I have to save each photo separately? Couldn't see a button. Thanks, Lily
""")

msg("Sam Okafor <sam.okafor@okaforhome.example>",
    "Cider order for the office party",
    "reported_speech", "colleague joked about suing, customer does not adopt it",
    """\
Hi,

Last year's office party order was a hit - so much so that my colleague Phil joked that we should sue you for his hangover. Ha. Anyway, same again please: 6 boxes of the dry, 4 of the rose, delivery to the office on 12 December before noon.

Sam
""")

msg("Heather Moss <heather.moss@mossfarm.example>",
    "shirt colour",
    "mild_disappointment", "a bit disappointed, keeps the item",
    """\
Hello,

The shirts arrived today, thank you. I'm a little disappointed that the sage green is a shade paler than the swatch I chose, but they fit beautifully and my husband's happy, so we'll keep them. Just mentioning it for next time.

Heather
""")

msg("Douglas Fairbairn <douglas.fairbairn@fairbairnestate.example>",
    "Thank you - tank system",
    "large_amount_no_problem", "GBP 24,000 system, only praise",
    """\
Dear Mr Carter,

The 30,000 litre harvesting system is now fully in use and I wanted to thank you and your team. For a £24,000 project on a listed property it was handled with real care, the lawn looks as if nobody was ever there, and the pump is silent. The final invoice is paid.

Yours sincerely,
Douglas Fairbairn
""")

msg("Simone Blake <simone.blake@blakeandco.example>",
    "PO 2025-118 delivery",
    "exactly_5000", "order of exactly GBP 5,000 with a minor query",
    """\
Hi,

Our purchase order 2025-118 for the boardroom (bespoke leather-bound minute books and slipcases) comes to exactly £5,000.00. The courier has moved the delivery from Tuesday to Wednesday, which is fine, but could you confirm it'll be a morning slot? Our reception closes at 1.

Simone
""")

msg("Peter Lamb <peter.lamb@lambmail.example>",
    "2nd email - copy invoice please",
    "second_email", "second contact + invoice copy request",
    """\
Hello, this is my second email - could I have a copy of the invoice for the paintball stag do on 3 May (booking under Lamb)? Our best man needs it to split costs. No rush, just didn't hear back the first time.

Pete
""")

msg("Anita Desai <anita.desai@desaihome.example>",
    "refund received",
    "settled_issue", "previously disputed charge now refunded",
    """\
Hi Tom,

Just confirming the £62 you refunded for the duplicate charge has shown up on my card today. Thanks for sorting it so quickly, much appreciated.

Anita
""")

msg("Ross Fielding <ross.fielding@fieldingmail.example>",
    "2FA on the member portal?",
    "security_question", "asks how to enable 2FA",
    """\
Hi, is there a way to switch on two-factor authentication for the members' portal? I use an authenticator app for everything else. Thanks, Ross
""")

msg("Victoria Lang <victoria.lang@langchambers.example>",
    "Briefcase commission",
    "lawyer_customer", "barrister ordering a briefcase; court words in ordinary context",
    """\
Good afternoon,

I'd like to commission a leather document case in the oxblood bridle leather, large enough for A4 lever-arch files. I'm in court most weeks so it needs to take some punishment, and ideally a shoulder strap. Could I come in to look at leathers one lunchtime next week?

With thanks,
Victoria Lang
Barrister, Lang Chambers
""")

msg("Jamie Holt <jamie.holt@harbourherald.example>",
    "Board order - private",
    "journalist_private", "journalist ordering privately, not asking for comment",
    """\
Hi there,

Writing as a customer (nothing to do with work!) - I'd like a 9'1 longboard for cross-stepping, single fin, pigment tint in cream. I'm 80 kg and intermediate. What's the lead time at the moment?

Cheers,
Jamie Holt
Features Editor, The Harbour Herald
""")

msg("Priyanka Sethi <priyanka.sethi@sethisec.example>",
    "Bug bounty / responsible disclosure?",
    "bug_bounty_question", "security researcher asking about programme, no incident",
    """\
Hello,

I'm an independent security researcher and a customer of your shop. Do you run a bug bounty or a responsible disclosure programme, and is there a security.txt or an address I should use if I ever find something? I haven't found anything, I just like to know the process before I look at a site I use.

Best,
Priyanka
""")

msg("Graham Eccles <graham.eccles@eccleshome.example>",
    "Cancel Thursday fitting",
    "cancel_appointment", "cancels one appointment normally",
    """\
Hi, I need to cancel my fitting on Thursday at 3 - work thing came up. Could we move it to the following Tuesday or Wednesday afternoon? Sorry for the short notice. Graham
""")

msg("Lauren Mitchell <lauren.mitchell@mitchellco.example>",
    "Invoice for team paintball",
    "own_ceo_mention", "customer's own CEO in unrelated way",
    """\
Hi,

Our CEO needs the VAT invoice for last Friday's team-building paintball session (booking TB-338, 22 people) by end of day for his expenses. Could you email it over? Company name is Mitchell & Co Ltd, 4 Quay Street.

Thanks
Lauren
""")

msg("Chris Nolan <chris.nolan@nolanmail.example>",
    "gift voucher",
    "social_media_ad", "saw ad on social media",
    """\
saw your ad on instagram for the ice cream van party hire - do you do gift vouchers? my sister's 30th is in august
""")

msg("Edward Plum <edward.plum@plumhome.example>",
    "Maintenance on Sunday?",
    "maintenance_question", "asks about planned maintenance",
    """\
Hello, I saw the banner saying the booking site will have planned maintenance this Sunday. Will I still be able to get in to change my lighthouse booking dates on Sunday evening, or should I do it Saturday? Thanks, Edward
""")

msg("Mei Ling Tan <meiling.tan@tanfamily.example>",
    "card details",
    "safety_data_question", "is my card data safe - question only",
    """\
Hi, before I save my card for the monthly refill subscription, is my card data safe with you? Do you store it yourselves or is it with a payment company? Thank you
""")

msg("Brian Tuck <brian.tuck@tuckmail.example>",
    "phone number",
    "support_phone_request", "asks normal support number and hours",
    """\
What's your customer service phone number and what time are you open on Saturdays? Want to ask about the junior membership. Brian
""")

msg("Claire Dawson <claire.dawson@dawsonaccounts.example>",
    "Copy invoice 2291",
    "invoice_copy_request", "requests invoice copy, no dispute",
    """\
Hello,

Could you resend invoice 2291 (sheepskin seat covers, March) as a PDF? Our accountant needs it for the year end. The amount is correct, I've just lost the email.

Regards,
Claire Dawson
""")

msg("Tom Barraclough <tom.barraclough@barracloughfarm.example>",
    "Automatic reply: away - but booking confirmed",
    "looks_automated", "human writes OOO-style note with a normal booking confirmation",
    """\
Automatic reply? Not quite - I'm away from Monday but wanted to confirm before I go: yes please to the 9 am slot for the tank survey on the 24th. My wife will be home to let your surveyor in. Her number is 555 0198.

Tom
""")

msg("Gemma Stokes <gemma.stokes@stokesmail.example>",
    "WOW",
    "praise_superlatives", "extreme praise, no irony",
    """\
Absolutely blown away by the photos!!! I cried three times going through them. The one of Arlo yawning in the basket is going straight on the wall. Best decision we made. THANK YOU Amber!!
""")

msg("Fergus Doyle <fergus.doyle@doylebikes.example>",
    "Quick question from Sarah's client",
    "account_manager_existing", "existing account manager role, no request",
    """\
Hi,

Our account manager Sarah Ellis is on leave and told me to send questions here in the meantime. Can you confirm the trade price for the 2S 5000mAh hardcase packs if we order 50 units? Same terms as last time.

Fergus
Doyle Bikes & Hobbies
""")

msg("Imran Sheikh <imran.sheikh@sheikhmail.example>",
    "no need to escalate",
    "negation_manager", "'no need to escalate' plus a simple update",
    """\
Hi Rob, thanks for the call earlier. No need to escalate this - your colleague already found the booking and moved it to the 14th. All good from my side.

Imran
""")

msg("Joanna Fry <joanna.fry@frymail.example>",
    "Re: your credit offer",
    "quoted_threat_resolved", "resolved thread; subject echoes earlier question, own words thanks",
    """\
Thanks Dave. Just to be clear for your records, I'm happy with the £80 credit and I'm not taking it any further. Let's put it behind us - see you at the range.

Jo

On 3 Jun 2025, at 14:55, Dave at Support <support@example.test> wrote:
> Hi Joanna, I saw your question about small claims. I hope it won't come
> to that - we'd like to offer you an £80 credit on your account.
""")

msg("Lucy Trent <lucy.trent@trentfamily.example>",
    "Safety briefing for kids",
    "safety_question", "asks about safety rules, nothing happened",
    """\
Hi, my son's 10th birthday party - what safety briefing do the kids get before playing, and what protective gear is included? Some of the parents are nervous. Also is there a minimum height?

Lucy
""")

msg("Robert Yates <robert.yates@yatesmail.example>",
    "last order",
    "trigger_word_context", "'recall' used in its ordinary meaning",
    """\
Hi, I can't recall which leather I chose for the wallet I bought in 2023 - was it the chestnut or the tan? I'd like the same again for my brother. Order was under Yates, probably October.
""")

msg("Fiona Baird <fiona.baird@bairdhome.example>",
    "Bonfire night hire",
    "trigger_word_context", "fire/smoke in an ordinary booking",
    """\
Hiya, we're doing a bonfire night party for the village on 5 Nov, fireworks, smoke machine for the kids' ghost tent etc. Could we hire the van for 6-9pm? We'd want cones and hot choc if you do it. 200 people roughly.
""")

msg("Callum Fraser <callum.fraser@frasermail.example>",
    "spares for the short-course truck",
    "user_damage_parts_order", "user crashed his car and orders spares; nothing malfunctions",
    """\
Alright, my boy put his short-course truck into the garden wall at full chat (his fault, not the car's) and snapped the front left A-arm and a caster block. Can you send one of each plus a spare set of pins? Same address as last time.

Callum
""")

msg("Wendy Harper <wendy.harper@harpermail.example>",
    "Lost membership card",
    "lost_physical_item", "lost a plastic card, not data",
    """\
Hello, I've lost my range membership card somewhere between the car park and home. Can I have a replacement and is there a charge? Membership number 3107.
""")

msg("Stuart Neill <stuart.neill@neillmail.example>",
    "hack of the week",
    "trigger_word_context", "'hacked' as DIY, praise",
    """\
Thought you'd enjoy this - I hacked together a first-flush diverter for the shed using the spare fittings from your kit and a bit of drainpipe. Works a treat. Photo attached. Great kit, by the way.

Stuart
""", pack="mixed", attach=("diverter.png", "image/png"))

msg("Sue Parkinson <sue.parkinson@parkinsonco.example>",
    "Sue from accounts - remittance",
    "trigger_word_context", "sender named Sue",
    """\
Hi, Sue from accounts at Parkinson & Co here. Remittance advice attached for invoices 4410 and 4411, paid by BACS this morning. Thanks!

Sue Parkinson
Accounts Assistant
""", pack="mixed", attach=("remittance.pdf", "application/pdf"))

msg("Alison Crewe <alison.crewe@crewemail.example>",
    "Near the lighthouse",
    "trigger_word_context", "'court' and 'down' used innocently",
    """\
Hello, we're booked at Gull Rock in August. Is there a tennis court anywhere nearby, and is the beach path down to the cove suitable for a pushchair? Can't wait!
""")

msg("Derek Shaw <derek.shaw@shawproperty.example>",
    "Quote - 30 doors",
    "large_amount_no_problem", "USD 60k quote request",
    """\
Hi,

We're planning a 30-unit build for next spring and have a budget of around $60,000 for garage doors with openers. Could you send spec sheets and a ballpark quote for insulated sectional doors in anthracite grey? Happy to meet on site.

Derek Shaw
Shaw Property Group
""")

msg("Megan Lloyd <megan.lloyd@lloydmail.example>",
    "Saw you on telly!",
    "media_mention_positive", "mentions a TV feature positively; not a threat",
    """\
Saw your cider mill on the regional news last night, the bit about the old oak press was lovely. We're coming down for the open day - do we need to book?

Megan
""")

msg("Harvey Quinn <harvey.quinn@quinnmail.example>",
    "Delivery Status",
    "looks_automated", "human asks about delivery status; subject looks like a DSN",
    """\
Hi, just checking on the delivery status of my sheepskin slippers order (SH-5530). Tracking hasn't updated since Tuesday but I know it's a busy time. No worries if it's a few more days.

Harvey
""")

msg("Olivia Grant <olivia.grant@grantmail.example>",
    "comparison",
    "competitor_mention_no_threat", "mentions competitor favourably for this company",
    """\
Hi, I got quotes from you and from TankRight for a 5,000 litre tank. Yours is a bit more but the reviews are much better so I'd like to go ahead with you. What's the next step?

Olivia
""")

msg("Paul Haines <paul.haines@hainesmail.example>",
    "shirt fit",
    "mild_disappointment", "'not ideal but fine'",
    """\
The collar on the new shirts is a touch tight - not ideal, but fine with the top button undone, so no need to do anything. I'll mention it at my next fitting.

Paul
""")

msg("Ursula Kemp <ursula.kemp@kempfamily.example>",
    "Wedding car - just checking",
    "future_promise_customer", "customer's own promise in future tense",
    """\
Hello, I promise to pay the balance for the Austin Princess by the end of the month as agreed - I'm just waiting for my bonus. Could you confirm the booking's still held for 23 August? Thank you!
""")

msg("Kevin Marsh <kevin.marsh@marshhome.example>",
    "old ticket",
    "settled_issue", "refers to old outage now resolved",
    """\
Hi, last month you had that outage where none of us could log in, but it's been fine ever since so please close my old ticket (#7712). Cheers.
""")

msg("Nadia Kowal <nadia.kowal@kowalhome.example>",
    "If the website is down on the day?",
    "hypothetical_outage", "asks what happens if the site is down; nothing is down",
    """\
Hi, we're coming for the big Halloween game. If your website happens to be down on the morning (it's always busy that weekend!), can we still pay at the gate by card? Just want a plan B for 14 kids. Thanks, Nadia
""")

msg("Ollie Grayson <ollie.grayson@westcountrynews.example>",
    "Staff paintball day - newsroom",
    "journalist_private", "newsroom books a staff outing; no inquiry for comment",
    """\
Hello!

I'm organising a staff day out for our newsroom (about 18 of us, reporters, photographers and a couple of very competitive sub-editors). Could we book a morning session on a Friday in October with lunch? We'd need an invoice made out to West Country News Ltd.

Cheers,
Ollie Grayson
Chief Reporter
""")
