"""heldout26 - English customer mail that carries at least one trigger.

Every block below is one hand-written message. Fields: frm, subj, body, trig
(comma-separated trigger ids), trap, note, and optional packaging hints.
"""
MESSAGES = []


def m(frm, subj, body, trig, trap="-", note="-", **kw):
    MESSAGES.append(dict(frm=frm, subj=subj, body=body, trig=trig, trap=trap, note=note, **kw))


m("Gareth Pryce <gareth@northcrag-climbing.example>", "Lead wall project - where are we",
"""
Hi all,

Just catching up after the half-term rush, sorry this is long.

The good news first: the kids' traverse wall you put in last spring is still the most used thing in the building, the route setters love the volumes and the parents love that it's low. So please don't read this as me being anti-Holdfast, I recommended you to two other gyms.

The lead wall is another story. We signed in March for the 14m lead section plus the auto-belay bay, contract value £61,400 including VAT, and your site lead Kieran told me in person in June that panels would be up by the end of August so we could open for the autumn memberships. It is now the third week of October. There are eleven panels on site, wrapped, leaning against our café wall, and nobody has been here since the 29th of September. The auto-belay anchors haven't been fitted at all.

We have sold about ninety memberships on the strength of that wall. I am refunding people out of my own pocket at this point.

I've forwarded the contract and the email chain to my brother-in-law, who does construction disputes for a living, and he will be reading whatever you send back, so please be precise about dates this time.

Can someone give me an actual install schedule by Friday, with names?

Gareth Pryce
Owner, North Crag Climbing Centre
0161 555 0187
""", "broken_promise,high_value_order,legal_threat",
note="climbing walls; long, praise first, legal threat indirect via brother-in-law")

m("dani.okafor@mailbox.example", "app wont load",
"""
nobody in our house can get past the login page since about 9 this morning, it just spins and then says "something went wrong (503)". tried wifi, 4g, reinstalled. my dog walker says she cant check in either so she has no idea which key box. is it down??
""", "outage,technical_issue", note="dog-walking app; outage without the word outage")

m("Marguerite Hollis <mhollis@postbox.example>", "Charged twice for December crate",
"""
Hello,

I've been a member of the Groove Crate vinyl club for two years and I've never had to write in before.

My bank statement shows two payments of £34.00 to GROOVECRATE LTD on 2 December, one at 08:14 and one at 08:15. I only received one crate (the Blue Note reissues, lovely). Could you refund the duplicate please?

Kind regards,
Marguerite Hollis
""", "billing_dispute", note="vinyl subscription; polite double charge")

m("Tomasz Wrona <t.wrona@wrona-builds.example>", "motor kit - smell of burning",
"""
Hello Voltspoke team

I installed the 250W front hub kit last weekend on my wife bike, following your video exactly. Yesterday on the hill after 10 minutes the controller box under the bottle cage was very hot, I could not touch it, and there was smell like burning plastic and a little smoke coming from the cable entry. My wife stopped immediately, thanks god she was not hurt.

The bike is now in garage, battery is removed and outside on the concrete because I read lithium can start a fire.

Please tell me what to do, I do not want to use it again. Is this kit maybe recalled? I have photo of the melted connector.

Best regards
Tomasz
""", "safety,technical_issue", note="e-bike kit; non-native English; overheating controller")

m("Sophie Lancaster <sophie@lancaster-family.example>", "Re: Your tree is on its way!",
"""
It was not on its way. Nothing arrived Saturday, nothing Sunday, and the tracking page still says "out for delivery" with Saturday's date.

Your driver was supposed to bring a 7ft Nordmann between 10 and 2 on Saturday because my daughter's party was Sunday. The lady on the phone on Friday promised me it was "100% on the van". We had the party with a pot plant with tinsel on it.

I want the £89 back. Not a voucher.

Sophie
""", "broken_promise", note="christmas-tree delivery; reply to shipping notice; promise by phone not kept")

m("Raj Mehta <raj.mehta@fastmail.example>", "Account accessed from somewhere else?",
"""
Hi,

I got an email at 3am saying my password for the Pawtrail app had been changed. I didn't change it. When I tried to log in this morning it didn't accept my password, and when I used the reset link I could see that someone had added a new address in Leeds to my profile and booked two walks for "Bella" (my dog is called Murphy).

My home address and the key safe code are in the walker notes. Someone now has that.

Please lock the account and tell me what has happened. I've changed the code on the key safe already.

Raj
""", "security_incident", note="dog-walking app; account takeover, key safe code exposed")

m("Hannah Greaves <hannah.greaves@postbox.example>", "third time!!!",
"""
This is the third time I am writing about the same thing and every time I get a different person saying they'll "look into it".

The Warmstat thermostat your engineer fitted on 12 Jan shows 21 degrees when the house is 16. The boiler never fires. It's January. My mum is 84 and lives with us.

I want someone who can actually make a decision to phone me today. Not a chatbot, not another ticket number. A manager.

Hannah Greaves
07700 555 214
""", "manager_request,repeat_contact,technical_issue", note="smart thermostat; third contact, asks for manager")

m("Owen Castell <owen@castellmarine.example>", "Fw: invoice 2291 / Outboard rebuild",
"""
Afternoon,

Forwarding your invoice back to you because I'm not paying it as it stands.

You quoted £1,850 for the rebuild on the Yamaha 40 and I've been billed £2,640. The extra is "additional labour 11h" which nobody rang me about. The quote said you'd call before exceeding it by more than 10%.

Please reissue at the quoted figure or explain the 11 hours.

Owen

---------- Forwarded message ---------
From: Accounts <accounts@harbourside-engines.example>
Date: Tue, 4 Mar 2025 at 16:02
Subject: Invoice 2291 / Outboard rebuild
To: Owen Castell <owen@castellmarine.example>

Please find attached invoice 2291. Payment terms 14 days.
""", "billing_dispute", trap="forwarded_invoice", note="boat-engine mechanics; disputes overcharge, forwarded invoice below")

m("Lena Fischer <lena.fischer@mailbox.example>", "Allergy panel results - why is my data gone",
"""
Hello,

I logged into the results portal to download my full IgE panel for my appointment with the allergist on Thursday, and the whole "My results" tab is empty. It says "No tests found". Two weeks ago all 48 allergens were there with the graphs. I paid £229 for that panel.

I didn't delete anything. Did you? I need those numbers, the consultant specifically asked for the PDF.

Lena
""", "data_loss,technical_issue", note="allergy lab portal; results vanished")

m("Pete Marshall <pete@marshall-hire.example>", "we are done",
"""
Cancel everything. The lamps for the Saturday matinee arrived with two dead ballasts and there was no time to get replacements, the lighting designer had to rig from our own stock at 1pm.

We've hired from you for six years. We'll be going to Stagebeam from now on, they've already quoted the panto.

Pete Marshall
Production Manager, Corn Exchange Theatre
""", "cancellation_threat,technical_issue", trap="job_title", note="theatre-lighting hire; 'Production Manager' signature, cancellation as switching supplier")

m("Aileen Ross <aileen.ross@highlandmail.example>", "Complaint - staff member at Loch Ardair park",
"""
To whom it may concern,

I have been a member of Glenholm Caravan Parks for nine years and I need to report something that happened on the 16th at the Loch Ardair site.

My son-in-law, who is Nigerian, went to the reception to collect our gate fob. The warden on duty asked him to prove he was "actually with a member", asked him twice where he was "really from", and then refused to hand over the fob until I walked down myself. Nobody else in the queue was asked for anything. A couple from the next pitch saw the whole thing and were as shocked as we were.

I would like to know what you intend to do about it.

Aileen Ross
Pitch 41
""", "discrimination_harassment", note="caravan park; racial discrimination by warden")

m("M. Abernathy <abernathy.m@oldmill-cider.example>", "tour booking system",
"""
Hi there. Quick one. Is there any way the booking page could let us hold seats for a coach party without taking payment up front? We get a lot of WI groups and they pay on the day by cheque. Right now we have to ring you every time. Even a "pay later" tick box for approved partners would be brilliant.
""", "feature_request", note="cider tours; partner asks for pay-later option")

m("Craig Dunlop <craig.dunlop@mailbox.example>", "DISGUSTING SERVICE",
"""
I ORDERED THE RESOLE FOR MY SOLUTIONS 6 WEEKS AGO. SIX. YOU SAID 10 DAYS. I HAVE EMAILED TWICE AND RANG ONCE AND NOBODY KNOWS WHERE MY SHOES ARE.

THOSE SHOES COST ME £160 AND THE COMP IS ON SATURDAY.

IF I DON'T HAVE THEM OR A TRACKING NUMBER BY TOMORROW I'M DOING A FULL WRITE UP ON UKBOULDER FORUM AND INSTAGRAM, AND I HAVE A LOT OF PEOPLE WHO LISTEN TO ME ON THERE.
""", "broken_promise,media_threat,repeat_contact,severe_dissatisfaction",
note="bouldering resole; shouting; repeat via 'emailed twice and rang once'")

m("Jasmine Kaur <jasmine.kaur@kaurfamily.example>", "hearing dog application - how I was treated",
"""
Dear Pawsitive Hearing team,

I'm profoundly deaf and I use BSL. I applied for a hearing dog in April and was invited for the assessment visit on 3 June.

The assessor refused to wait for the interpreter to arrive (she was 10 minutes late because of the trains), and said in front of my mother that "if she can't manage a conversation now she won't manage a dog". She then spoke only to my mother for the rest of the visit and wrote on the form that I was "uncooperative".

I've been waiting four months for the outcome and I'm now told my application is "on hold". I believe I have been treated this way because of how I communicate, which is part of my disability, and it is exactly the thing your charity says it exists for.

I would like a formal response and I would like the assessment redone with someone else.

Jasmine Kaur
""", "discrimination_harassment", note="hearing-dog charity; disability discrimination by assessor")

m("Paulo Ferreira <paulo@ferreira-aquaponics.example>", "Pump stopped + lost whole batch",
"""
Hi,

the GrowLoop 120 pump you sent as warranty replacement stopped again on Sunday night. This is the second pump. By Monday morning the water was warm and all 14 tilapia were dead and the lettuce raft is finished too.

I had the controller logging to your cloud app, but when I open the history to show you the temperatures, the graph is blank from 1 October. All the readings before is gone. So I cannot even prove when it stopped.

I need a pump that works and somebody to explain why the app deleted my logs.

Paulo
""", "data_loss,technical_issue", note="aquaponics kit; pump failure and cloud logs missing")

m("Liam O'Rourke <liam.orourke@orourke-law.example>", "Order 88213 - calligraphy set not received",
"""
Dear Sir or Madam,

I write on behalf of my client, Ms. Deirdre Kane, regarding order 88213 placed on 2 November for a Pilot Parallel set and two bottles of iron gall ink, total £74.50.

My client has not received the goods, your tracking reference returns no results, and three e-mails from her have gone unanswered. Unless the goods are delivered or the sum refunded within 14 days, we are instructed to issue a claim in the County Court without further notice.

Yours faithfully,
Liam O'Rourke
O'Rourke & Daly Solicitors
""", "legal_threat,repeat_contact", note="calligraphy webshop; solicitor acting for customer (not a solicitor ordering privately); three unanswered e-mails")

m("Kerry-Ann Blake <kablake@mailbox.example>", "not happy",
"""
Hello. Your walker Jordan left our back gate open on Tuesday and Biscuit got out onto the main road. A neighbour caught him. When I messaged Jordan about it through the app he replied "calm down it's a dog" and then sent me another message at 11pm calling me a psycho. I have screenshots.

I don't want him anywhere near my house again.
""", "discrimination_harassment", note="dog-walking; walker abusive messages to customer")

m("Ben Whitlock <ben@whitlock-pubs.example>", "tasting tour 14th - overbooked",
"""
Hiya,

We brought 22 staff on the cider orchard tour on the 14th as a Christmas do (booking CT-5521). When we got there the guide said the slot was double booked and we'd have to share the barn with another group of 30. Half of my lot had to stand for the tasting and there weren't enough glasses so people were sharing.

Honestly I've had better organised piss-ups in a brewery. It was a shambles from start to finish, I've had to apologise to my team and I'm still absolutely fuming about it.

I'd like a partial refund. The booking was £1,078.

Ben
""", "severe_dissatisfaction", note="cider tour; colloquial strong dissatisfaction 'shambles'")

m("Eleanor Voss <eleanor.voss@vossconsult.example>", "RE: RE: RE: Thermostat offline - ticket #40122",
"""
Good morning,

I have now emailed you four times about this and I'm honestly losing the will.

To summarise for whoever picks this up: the Warmstat app has shown all three of our units as "offline" since the firmware update on the 2nd. Your colleague Dev said on the 5th that an engineer would call "within 48 hours". Nobody called. On the 11th Alicia said the same thing. Nobody called.

I don't want a fourth apology. I want a date.

Eleanor

-----Original Message-----
From: Warmstat Support <support@example.test>
Sent: 11 February 2025 10:02
To: Eleanor Voss <eleanor.voss@vossconsult.example>
Subject: RE: RE: Thermostat offline - ticket #40122

Hi Eleanor, an engineer will call you within 48 hours. Thanks for your patience.
""", "broken_promise,repeat_contact,technical_issue", note="smart thermostat; Outlook quote block; four contacts")

m("Ioana Popescu <ioana.popescu@postbox.example>", "Please can I have a refund",
"""
Hello, I am writing about the allergy test kit. I ordered the Food 40 kit for 149 pounds, and you charged my card 298 pounds, because it say quantity 2 but I only put one in basket, I checked the confirmation email and it say 1 item. Please can you give back the 149 pounds. Thank you very much. Ioana
""", "billing_dispute", note="allergy lab; non-native English; charged for qty 2")

m("Nate Gallagher <nate@gallagher.example>", "you will be hearing from trading standards",
"""
Your website said "free delivery and collection within 20 miles" when I booked the tree. I'm 11 miles away and you've added a £25 collection charge to my card on 8 January without asking.

I've already filed a complaint with Trading Standards about misleading advertising and I'll be telling them about the charge as well.
""", "billing_dispute,regulatory", note="christmas-tree delivery; reported to trading standards")

m("Charlotte Emery <c.emery@emeryandsons.example>", "Your CEO",
"""
Could you send me the email address for your chief executive, please? I couldn't find it anywhere on your website. It's about the rates you charge members for winter storage at the Hawksmoor Park site, which doubled this year without notice.

Thanks,
Charlotte
""", "corporate_contact_request,executive_contact",
note="caravan park; asks CEO email to write to them (both triggers per doc convention)")

m("Angharad Powell <angharad@powell-family.example>", "burnt my hand on the lamp",
"""
Hi,

I hired the 2kW fresnels from you for our school production last week. On the second night the barn door on one of them had no heat-resistant handle (it had been replaced with a bit of gaffer) and one of our sixth formers burned her palm quite badly adjusting it. She needed first aid and her parents took her to minor injuries.

We've written it up in our accident book. I think you need to check the rest of that batch before they go out to anyone else.

Angharad Powell
Drama, Ysgol y Bryn
""", "safety,technical_issue", note="theatre-lighting hire; burn injury from faulty hired lamp")

m("Priya Nair <priya.nair@mailbox.example>", "Feature idea",
"""
Love the app honestly, use it every day for Mango. One thing - would be really handy if walkers could upload a short video not just photos, and if I could see the GPS route live instead of only after the walk finishes. My partner keeps asking "where are they now" and I have no answer!!
""", "feature_request", note="dog-walking app; friendly feature request")

m("Finlay Grant <finlay.grant@grantfarm.example>", "Outboard still leaking fuel after service",
"""
Hello,

Picked the boat up from you Saturday after the 100-hour service. Out in the bay Sunday there was a strong smell of petrol and when I lifted the cowling the fuel line connector was weeping onto the block, the engine was hot. I shut it down and got towed in by a mate. My two kids were on board.

This could have gone up. Somebody didn't clip it back properly.

I want it looked at today, and I want someone senior to call me about how this happened.

Finlay Grant
""", "manager_request,safety,technical_issue", note="boat-engine mechanic; fuel leak near hot engine; someone senior")

m("Yusuf Demir <y.demir@demir-trading.example>", "pre-order 60 Norway spruce for our stores - problem",
"""
Dear team,

We placed the corporate pre-order in September for 60 x 8ft Norway spruce and 120 stands for our garden centres, invoice FT-2025-118 for £9,360, paid in full on 1 October.

We have been told today that you can only supply 35 trees and the stands are "back ordered until January", which is useless for Christmas. We need to know today whether you will supply the balance or refund the difference, our stores open their Christmas displays this weekend.

Regards,
Yusuf Demir
Purchasing
""", "high_value_order", note="christmas-tree delivery; corporate order over 5k, partial supply")

m("Rachel Osei <rachel.osei@mailbox.example>", "a bit of a mess",
"""
Hi, so I'm going to be honest I'm pretty fed up.

Paid for the 12 month vinyl subscription in January. March record never came. April came twice (same record!). May came but was warped - like, properly warped, it won't even sit flat on the platter. I wrote in about March in March, someone said they'd send it "this week". Nothing.

I'm not asking for the world, just the records I've paid for. If it's not sorted by the time my renewal comes round I won't be renewing, there are other clubs.

Rach
""", "broken_promise,cancellation_threat,technical_issue", note="vinyl subscription; conditional non-renewal; warped record counted as broken product")

m("Grace Thornton <grace@thornton-pr.example>", "Press enquiry - Pawsitive Hearing waiting lists",
"""
Hello,

I'm a freelance journalist writing a piece for a national weekend supplement about waiting times for assistance dogs in the UK. I understand some applicants to your charity have been waiting more than three years.

Could someone from your team comment on current waiting times and on what you're doing to reduce them? My deadline is Thursday 5pm.

Many thanks,
Grace Thornton
07700 555 991
""", "media_threat", note="hearing-dog charity; journalist inquiry (always fires)")

m("Stuart Keane <stuart.keane@keane-eng.example>", "Kit price",
"""
Your site listed the rear hub kit at £389 on Black Friday, which is what the basket showed when I paid, but my card was charged £489. I have the screenshot of the basket. Please refund the £100 difference, otherwise I'll raise a chargeback with my bank.
""", "billing_dispute", note="e-bike kit; chargeback threat")

m("Alison Pryor <alison.pryor@mailbox.example>", "Re: Booking cancelled - cider tour",
"""
You cancelled my booking two days before the tour "due to weather", it was a gorgeous day and I drove past the orchard and there was a tour going on. I'd booked it as my dad's 70th.

I was told I'd get a full refund in 3-5 working days. That was 5 weeks ago.

I've already posted about this on the Somerset Foodies group and I'm about to put it on Tripadvisor too unless I hear something.
""", "broken_promise,media_threat", note="cider tour; already posted publicly, review threat")

m("Derek Munro <derek.munro@munro-joinery.example>", "Our VP of Ops",
"""
Morning,

I've copied in our VP of Operations, Sandra Ellis, because this has gone on long enough. The 4 thermostats you installed in our workshop units lose their schedule every time there's a power blip, which on an industrial estate is weekly. Your engineer said a firmware fix was coming "in the next release" in April.

We're now deciding whether to write the install off and go with another supplier, and Sandra will make that call by the end of the month.

Derek
""", "broken_promise,cancellation_threat,technical_issue",
trap="own_executive_cc", note="smart thermostat; customer cc'd their OWN VP - not executive_contact; switching supplier considered by VP")

m("Marcus Bell <marcus.bell@mailbox.example>", "Need to speak to someone above you",
"""
I don't want to go back and forth with the support team any more. Please ask a team leader or whoever runs customer service to ring me. The Pawtrail subscription renewed at £14.99 a month although I was on the £9.99 founder plan that was supposed to be locked in "for life".
""", "billing_dispute,broken_promise,manager_request", note="dog-walking app; someone above you; price lock for life not honoured")

m("Felicity Drummond <fdrummond@drummond-estates.example>", "Holiday caravan - boiler",
"""
Dear Sirs

Further to my visit to the Seaview Park on 2nd May I must inform you that the gas boiler in our static caravan (plot 12) was found by my own Gas Safe engineer to be leaking carbon monoxide. The alarm was not working, the battery had been removed. Your site maintenance team serviced it in March.

My grandchildren were sleeping in that caravan.

I require written confirmation of what checks you carry out, and I have also reported the matter to the HSE.

F. Drummond
""", "regulatory,safety,technical_issue", note="caravan park; CO leak; reported to HSE (regulator)")

m("Kofi Mensah <kofi.mensah@mailbox.example>", "IgE results mixed up?",
"""
Hi,

I think you've sent me someone else's results. The PDF I downloaded says patient name "M. Thompson", DOB 1961, and has a full list of food allergies and her GP's name and address. I'm a 29 year old man called Kofi.

Also, which means someone else might have got mine.

Can you sort this out and let me know who has seen my data please.
""", "security_incident,technical_issue", note="allergy lab; other patient's data exposed through portal")

m("Hollie Barker <hollie.barker@postbox.example>", "Trees dead on arrival",
"""
hi so the two 6ft trees we ordered for the shop front came today and they're brown. like every needle comes off when you touch them. they've clearly been sitting in a yard for weeks. the delivery guy just dumped them and left.

order XT-4471, £138.

I'm so annoyed, this was supposed to be the nice local option. If I don't get fresh ones by Friday I'm doing a chargeback and buying from the supermarket.
""", "billing_dispute,cancellation_threat", note="christmas-tree; chargeback threat (counts as billing dispute), switching to supermarket")

m("Sam Hartley <sam@hartley-outdoor.example>", "Resole quality",
"""
Hi both,

Got my Instincts back from you yesterday. The rand repair is lumpy and the new rubber is already lifting at the toe after two sessions. I've had 6 pairs resoled with you over the years and this is the first time I'd say it's not up to your usual standard.

Could you take them back in and redo the toe? Happy to post them tomorrow.

Cheers, Sam
""", "technical_issue", trap="mild_disappointment", note="bouldering resoler; mild tone; product defect")

m("Victoria Hale <vhale@hale-and-co.example>", "Board of directors",
"""
I'd like the postal address of your registered office and the name of the chair of the board. The charity's annual report doesn't list them and I intend to put my concerns about how my late husband's legacy donation was used to the trustees directly.
""", "corporate_contact_request,executive_contact", note="hearing-dog charity; asks for registered office and board chair to write to trustees")

m("Arjun Patel <arjun.patel@mailbox.example>", "thermostat install - engineer",
"""
Hi,

I'm writing because of the engineer who came on Thursday to fit the Warmstat. I'm a Sikh and wear a turban. From the moment he came in he made "jokes" about whether I was going to "blow the boiler up", and asked my wife if she was "allowed" to talk to him. I asked him to leave before he had finished.

The installation is half done and the heating doesn't work now.

I'm really shaken by this and I'd like to know what you are going to do about this man. I would like a different engineer to finish the job.

Arjun
""", "discrimination_harassment,technical_issue", note="smart thermostat; religious harassment by installer; heating not working")

m("Holly Sinclair <holly.sinclair@mailbox.example>", "wall panel cracked - kids gym",
"""
Hi Holdfast,

One of the plywood panels on the bouldering cave you built for our kids' club has a crack running right through the T-nut for the big jug at the top left. When I pulled on it today the hold moved and the panel flexed. We've taped that section off.

If that had let go with a child on it they'd have fallen from 3.5m onto the edge of the matting.

Can someone come out this week?

Holly
""", "safety,technical_issue", note="climbing wall; structural crack, fall risk")

m("Gregor Whyte <gwhyte@whyte-marine.example>", "Engine rebuild - final reminder",
"""
Hello,

I'm running out of polite ways to say this. The Volvo Penta D2-40 came out of my boat in July. You quoted six weeks. It is November. Your invoice for the parts alone was £7,120 which I paid up front because Mark said it would "get things moving".

Mark told me on the phone it's "on the bench this week". I can see through the workshop window that it's sitting on a pallet under a tarp.

If the engine isn't back in the boat by the end of the month, or the money back in my account, I'll be taking legal advice.

Gregor
""", "broken_promise,high_value_order,legal_threat", note="boat-engine; >5k parts invoice; conditional legal advice threat")

m("Yvonne Tate <yvonne.tate@mailbox.example>", "?",
"""
Why have I received an email from "Groove Crate Billing" asking me to re-enter my card details on groovecrate-billing.example? The email has your logo and my name and my order number in it. Is that you? My friend in the club got one too. If it's not you then someone has got hold of your customer list.
""", "security_incident", note="vinyl subscription; phishing using customer data, suspected leak")

m("Connor Walsh <connorw@mailbox.example>", "Booking 7731",
"""
Hey, I booked the Friday tasting tour for 6 of us (£270) and got charged for two bookings, and I've asked about it twice on your Facebook chat and by email. No one has answered. Please sort the refund.
""", "billing_dispute,repeat_contact", note="cider tour; asked twice already -> third contact")

m("Dominic Shaw <dominic.shaw@shaw-events.example>", "Follow up re rig for Hamlet - £12k order",
"""
Hi Ellie,

Following our call: we confirmed the hire of the full moving-head rig plus desk for the six-week Hamlet run, quote TLH-2291, £12,480 ex VAT. Deposit paid.

Your warehouse has now told my chief LX that 8 of the 24 movers are out for repair and they'll send "equivalents", which are a different model with different DMX profiles. Our plots are built around the originals. Tech week starts Monday.

I need either the correct units or a proper conversation about price and who pays for re-programming. Can you call me this afternoon?

Dom
""", "high_value_order", note="theatre-lighting; >5k hire with substitution problem")

m("Hamish Cowan <hcowan@mailbox.example>", "The CEO will be hearing about this",
"""
I've today written to Mr Andrew Lyle at your head office (I found the address on Companies House) explaining how my family has been treated over the cancelled membership at Hawksmoor. I have no confidence in your customer services department.
""", "executive_contact", note="caravan park; wrote to chief executive by name")

m("Neil Carrick <neil.carrick@carrick-signs.example>", "website down?",
"""
Good morning,

Your shop has been giving a "502 Bad Gateway" since last night for me and two other people on the pen forum say the same. I'm trying to place an order before the nib sale ends at midnight. Will you extend it?

Neil
""", "outage,technical_issue", note="calligraphy webshop; 502 everywhere, forum corroborates")

m("Tess Holloway <tess.holloway@mailbox.example>", "can't believe this",
"""
I cannot believe what I'm reading. Your "welfare check" walker left Otis in the car for 40 minutes in July while she did another pickup. A neighbour saw it and broke the window. The vet said he was lucky. Your reply was a 20% discount code.

This is the most disgusting way I have ever been treated by a company. I'm done with Pawtrail, delete my account, and I've sent the neighbour's video to the local paper.
""", "cancellation_threat,media_threat,severe_dissatisfaction", note="dog-walking; dog endangered (not people: no safety); press")

m("Robert Ng <robert.ng@ng-family.example>", "Subscription paused but still charged",
"""
Hi,

I paused my Groove Crate membership in the app on 28 June (screenshot attached) because we were moving house. July and August were still charged, £34 each. Could you refund those two, please?

Thanks
Robert
""", "billing_dispute", note="vinyl subscription; charged after pause",
att=("pause-confirmation.txt", "text/plain", "Groove Crate\nMembership status: PAUSED\nPaused on: 28/06/2025\nNext charge: none\n"))

m("Patrick Doyle <pdoyle@doyle-engineering.example>", "Re: Warmstat firmware 4.2",
"""
> Hi Patrick, we'd recommend leaving the thermostat on the
> default schedule for now.

That's not an answer. Since 4.2 went on, every one of the 40 units across our three office buildings has reverted to 16C at 6pm and ignores overrides. Facilities has been getting complaints all week. We pay £5,900 a year for the managed service.

I'd like this escalated to your engineering team and a proper root cause, not a workaround.
""", "high_value_order,manager_request,technical_issue",
note="smart thermostat; 5,900/yr contract with unresolved problem; asks escalation; quoted agent line above")

m("Louise Carter <louise.carter@mailbox.example>", "Moving on",
"""
Hello,

Just letting you know that I'll be letting my Glenholm membership lapse in March. The site has gone downhill - the shower block at Fernbrook has been broken since last summer and nothing's been done about it. We'll try the Parkdean one near my sister.

Thanks for the good years.
Louise
""", "cancellation_threat", trap="polite_tone", note="caravan park; polite non-renewal because of problem")

m("Amir Haddad <amir.haddad@mailbox.example>", "Lost my walk history",
"""
hey, after switching phone I logged in and all my walk history from the last two years is gone, plus the vaccine records I uploaded for Luna. App says 0 walks. I need the vaccine PDFs for the kennels next week. Where did it go?
""", "data_loss,technical_issue", note="dog-walking app; history and uploads gone")

m("Joanna Whitfield <jwhitfield@whitfield-homes.example>", "Installer damaged our wiring",
"""
Dear Warmstat,

Your engineer fitted a thermostat at our rental property on Elm Row on the 14th. Our tenant called me the next evening because the light switch next to it was buzzing and warm to the touch. My electrician found that the installer had left a live conductor loose in the back box, touching the metal back plate.

The tenant has a toddler. I have had to pay an emergency electrician £180, invoice attached, which I expect you to cover.

Joanna Whitfield
""", "safety,technical_issue", note="smart thermostat; live conductor exposed; reimbursement not a charge dispute")

m("Fiona Galbraith <fiona.galbraith@galbraith-law.example>", "Subscription cancellation - Ms Galbraith",
"""
Hello,

I'm a family lawyer so please excuse the slightly formal style, it's a habit.

I cancelled my Groove Crate subscription on 3 September through the account page and received a confirmation e-mail. I was charged £34.00 on 1 October and again on 1 November. I would be grateful if you could refund both charges and confirm that no further payments will be taken.

If that isn't done by the end of the month I'll simply ask my card issuer to reverse them.

Fiona Galbraith
""", "billing_dispute", trap="lawyer_customer_no_threat",
note="vinyl subscription; lawyer writes as a private customer, no legal threat; chargeback-style reversal threat")

m("Sasha Ivanova <sasha.ivanova@mailbox.example>", "Booking cancelled by guide",
"""
Dear support, my English is not so perfect sorry. Our guide Mr Tom for cider tour in 12 July, he say to me and my friend (we are two women) that "girls like you should only drink the sweet one" and he not want to give us the tasting of the dry cider like the other people. Also he touch my friend on the back many times when she say stop. We leave early. It was very unpleasant and we want our money back and you must know about this man.
""", "discrimination_harassment", note="cider tour; sexist comments and unwanted touching; non-native")

m("Oliver Brandt <oliver.brandt@brandt-gmbh.example>", "Conversion kit for our rental fleet",
"""
Hello Voltspoke team,

we are a bike rental in Freiburg and bought 30 of your mid-drive conversion kits in spring (Rechnung / invoice VS-B2B-0417, EUR 18,900). I write in English because my colleague who speaks better English is on holiday, sorry.

Since the summer 9 of the 30 kits show error 30H (torque sensor) after some rides and the motor stops. Our mechanic changed the sensors on 3 bikes with your spare parts, no change. The bikes are standing in the shop and we lose rentals every day. Your German partner said this is "bekannt" (known) and a new firmware will come, but nothing came since August.

Können Sie bitte kurzfristig einen Techniker oder neue Controller schicken? If we do not get a solution before the next season we have to think about changing to another system for the whole fleet.

Mit freundlichen Grüßen
Oliver Brandt
Werkstattleitung
""", "broken_promise,cancellation_threat,high_value_order,technical_issue",
note="e-bike kit; German customer writing English with German phrases; big fleet order")

m("Lucy Wainwright <lucy.wainwright@mailbox.example>", "whoever is in charge",
"""
Please pass this to whoever is in charge of customer service. I don't want it dealt with by the same people again.

The resoled shoes came back with somebody else's name written inside them and they're a size 41, I'm a 38. My own pair (Katanas, green, name LUCY W on the heel) are presumably on someone else's feet now.
""", "manager_request", note="bouldering resole; wrong shoes, wants person in charge")

m("Henry Tallis <h.tallis@tallis-estates.example>", "Caravan site membership - a question of bookings",
"""
Dear Glenholm,

I hope you are well. I write with a question which, if I may, I shall set out at some length, as the matter is not altogether simple and previous replies have, I think, misunderstood it.

We joined the Premier membership in 2019 with the understanding, set out in the brochure of that year, that Premier members would be entitled to book the lakeside pitches at Ardair up to twelve months ahead. I enclose no copy of the brochure, I am afraid, as we have moved house since, but I am certain of it.

This year, attempting to book the lakeside pitch for our ruby wedding anniversary in June, I was told by the booking system that the earliest bookable date was eight weeks ahead. I telephoned, and a very courteous young man told me that the twelve-month rule had been "retired" in 2023 and that members had been written to. We were not.

I then wrote, and received an e-mail telling me that "the system is working as intended". On reflection I decided to write once more, and I received the same e-mail, word for word. I then rang again, and was promised that a "membership specialist" would telephone me within the week. That was in February.

Given all of this I would now like the matter to be looked at by somebody with the authority to make an exception, for one pitch, on one weekend. I do not think that is an unreasonable request from a family that has spent the better part of forty nights a year with you for six years.

With kind regards,
Henry Tallis
""", "broken_promise,manager_request,repeat_contact",
note="caravan park; long formal; multiple contacts; someone with authority")

m("Ruth Emmerson <ruth.emmerson@mailbox.example>", "Your walker",
"""
Not sure who to send this to.

The new walker you've assigned, I think his name is Daz, has been telling me he'll "sort me out" if I complain about the late pickups again, and he's turned up at my door on a Sunday when there was no booking. I live alone. I've stopped answering the door.

Please don't send him again and please tell me what you're going to do.
""", "discrimination_harassment", note="dog-walking; intimidating threats by staff; quiet tone")

m("Jake Morrow <jake.morrow@mailbox.example>", "You have failed me for the last time",
"""
Mate.

Five weeks for a resole. Came back with the wrong rubber (I asked for XS Edge, got XS Grip). Sent them back, another three weeks, came back with the same wrong rubber AND a hole in the rand. Third email now and every time I get "so sorry for the inconvenience".

I'm taking my business to Rock Doctor down the road. And I'll be telling everyone at the wall why. Refund the £48 please.
""", "cancellation_threat,repeat_contact,technical_issue",
note="bouldering resole; 'take my business' elsewhere; third email; telling people at the wall is not media")

m("Gabrielle Moss <gabrielle.moss@mossco.example>", "Invoice #HW-0982 - disputed",
"""
Hello,

Our finance team has flagged invoice HW-0982 from Holdfast Walls for £14,250 + VAT for "additional hold package and volumes". We did not order an additional hold package. The original contract (HW-0871) included 400 holds and 12 volumes, all of which were delivered and installed.

Please cancel HW-0982 or send us the signed order it relates to. We will not be paying it.

Best,
Gabrielle Moss
Finance Director, Upwall Bouldering
""", "billing_dispute,high_value_order", trap="job_title", note="climbing walls; disputed invoice >5k; 'Finance Director' is the customer's own title")

m("Wendy Crabtree <wendy.crabtree@mailbox.example>", "ombudsman",
"""
My complaint about the holiday caravan refund has been open for eleven weeks now, which is past your own 8-week deadline. I have received a deadlock letter from nobody, so I'm taking it to the ombudsman next week as the leaflet from Citizens Advice told me I could.
""", "regulatory", note="caravan park; ombudsman complaint")

m("Ethan Brooks <ethan.brooks@mailbox.example>", "lil suggestion",
"""
yo, tiny one: any chance you could add a dark mode to the shop? I do my ink shopping at 1am like a normal person and the white background is blinding lol. also a filter for "shimmer inks" would be sick
""", "feature_request", note="calligraphy webshop; casual")

m("Simone Adeyemi <simone.adeyemi@adeyemi-consult.example>", "Personal data - formal complaint",
"""
Dear Data Protection Officer,

On 2 April I submitted a subject access request to the Pawsitive Hearing charity asking for all personal data you hold about me, including notes from my 2023 home assessment. The statutory one-month deadline passed on 2 May. I have had no acknowledgement beyond an automated reply.

Unless I receive the data within 7 days I will lodge a complaint with the Information Commissioner's Office.

Simone Adeyemi
""", "regulatory", note="hearing-dog charity; SAR overdue, ICO threat")

m("Tony Rizzo <tony.rizzo@rizzo-plumbing.example>", "Double install charge",
"""
Alright, you've charged me twice for the install of the 2 thermostats. £240 on the 3rd and £240 again on the 10th. There was one visit. Please sort.
""", "billing_dispute", note="smart thermostat; short double charge")

m("Annabel Kerr <annabel.kerr@mailbox.example>", "Feedback after our tour",
"""
Hi Orchard Cider Tours,

I wanted to send some feedback after Saturday. The tour itself was lovely and Gemma was a great guide.

However, the minibus back to the station was so overfull that I (I'm a wheelchair user) was told by your driver that I'd have to "wait for the next one, sorry, the chair takes up three seats", and the next one was an hour later in the rain. My friends had to go without me and I missed our train home. Your website says the tour is fully accessible.

I don't think he was being nasty, but I was treated differently because of my wheelchair, and I'd like to know how you'll make sure it doesn't happen to anyone else.

Annabel
""", "discrimination_harassment", note="cider tour; disability discrimination, mild tone, praise first")

m("George Okonkwo <george.okonkwo@mailbox.example>", "Still not working",
"""
Hi

This is my fourth message. The calligraphy webshop keeps saying "payment could not be processed" at the last step. Three different cards, two browsers. My bank says there's no attempted payment so it's not them. Please can somebody from your technical team look at this properly.

George
""", "repeat_contact,technical_issue", note="calligraphy webshop; fourth message; single-user checkout error")

m("Bethan Lloyd <bethan.lloyd@lloyd-farm.example>", "Aquaponics heater",
"""
Hiya,

The 300W tank heater from the GrowLoop starter kit gave my husband a proper jolt when he put his hand in the tank to move the pump this morning. The casing has a hairline crack near the cable. We've unplugged everything and the RCD had tripped.

Obviously we're not using it again. What happens now? Have other people had this?
""", "safety,technical_issue", note="aquaponics kit; electric shock from cracked heater")

m("Reuben Sharma <reuben.sharma@mailbox.example>", "please read this properly",
"""
I have been double charged for the deluxe allergy panel (£349 twice on 3/3) and when I phoned your team on Friday the man I spoke to told me I was "probably confused because of my age" and then laughed. I'm 72, not senile.

I want the duplicate payment back and an apology from him.
""", "billing_dispute,discrimination_harassment", note="allergy lab; age-related remark by staff and double charge")

m("Megan Lowe <megan.lowe@mailbox.example>", "Re: We've received your request [#55812]",
"""
Your automatic message says a human will reply within one working day. That was nine days ago.

The e-bike kit display went completely black after the rain on Sunday and now the motor won't engage at all. I ride to work on this bike.

Megan

On Mon, 3 Nov 2025 at 08:12, Voltspoke Support <support@example.test> wrote:
> Thanks for contacting Voltspoke! We've received your request and
> a member of the team will reply within one working day.
>
> Ticket: #55812
""", "broken_promise,technical_issue", trap="looks_automated",
note="e-bike kit; quotes an auto-acknowledgement; customer's own complaint on top")

m("Darren Fitch <darren.fitch@mailbox.example>", "Out of office / hard copy please",
"""
Hi,

I'm away on the boat from tomorrow with no signal until the 20th, so please reply by post if you can (address below) or leave it until I'm back.

Before I go though: the water pump impeller you fitted in September failed again at sea on Saturday, the engine overheated and the alarm went off in the middle of the channel. We limped in on the jib. That's the second impeller of yours to fail in a season.

Darren Fitch
14 Quay Street, Brixham
""", "safety,technical_issue", trap="looks_automated",
note="boat-engine; opens like an out-of-office, then complains; engine overheated at sea")

m("Alison Reid <alison.reid@reid-hospitality.example>", "Your account manager",
"""
Hi,

Could you let our account manager, Phil, know that we're moving the cider-tour partnership for our hotel guests to another provider from January. Three no-show guides in October, and guests stranded at the orchard gate once. I've told Phil all this on the phone but I want it in writing.

Regards,
Alison Reid
General Manager, The Quayside Hotel
""", "cancellation_threat", trap="job_title", note="cider tours; account manager/General Manager are roles, not manager requests")

m("Sean McBride <sean.mcbride@mailbox.example>", "What's going on with your payments?",
"""
Hi there,

Tried to pay for my caravan park pitch renewal three times today and each time your payment page comes back with "Service Unavailable - please try again later". Facebook group says the same for everybody, nobody can pay anything, and the early-bird discount ends tonight.

Is payment processing down? Will you honour the discount?

Sean
""", "outage,technical_issue", note="caravan park; payment processing down for everyone")

m("Harriet Long <harriet.long@mailbox.example>", "Formal complaint & request for senior review",
"""
Dear Sir/Madam,

I am writing to make a formal complaint about the allergy testing service provided to my daughter (order AL-77120).

1. The results letter states she is "not allergic" to peanut. Two weeks later she had an anaphylactic reaction to a peanut-containing biscuit and was admitted to hospital. The hospital's own test is strongly positive.

2. When I called, I was told the test "isn't diagnostic" - this appears nowhere on your website, which uses the words "clinically accurate" on the product page.

3. My previous two e-mails (15 and 22 May) have not been answered.

I would like this complaint reviewed by your clinical director, and I want to know whether the batch used for her sample has been checked. I will also be reporting this to the MHRA.

Harriet Long
""", "manager_request,regulatory,repeat_contact,safety",
note="allergy lab; wrong result led to anaphylaxis; MHRA report; wrong lab result not counted as technical")

m("Kieran Doherty <kdoherty@mailbox.example>", "absolute joke",
"""
The thermostat's been showing OFFLINE since the update, support chat closed my case as "resolved" without any reply, and the phone line plays music for 45 mins and hangs up.

This is an absolute joke of a company. I have never been so angry at a supplier. I want a call back TODAY or I'm pulling the thing off the wall and sending it back.
""", "cancellation_threat,severe_dissatisfaction,technical_issue", note="smart thermostat; conditional threat to rip out and return the product")

m("Rosa Lindqvist <rosa.lindqvist@mailbox.example>", "Would love a gift option",
"""
Hello!

I bought my dad a vinyl subscription for his birthday and it was so awkward - there's no way to send it as a gift, so the first record and the welcome email with the price went to me and I had to rewrap it. Could you add a proper "this is a gift" checkout with a gift message and no prices on the packing slip? I'm sure loads of people would use it at Christmas.

Rosa
""", "feature_request", note="vinyl subscription; gift checkout")

m("Laurence Dubois <laurence.dubois@mailbox.example>", "pls add French",
"""
Hello, I'm French living in Kent, my husband's English is better than mine but he don't use the app. Can you make the Pawtrail app in French? And the invoices also. It would help many people in our village I think. Merci!
""", "feature_request", note="dog-walking app; non-native, language support request")

m("Hugo Barnes <hugo.barnes@mailbox.example>", "leaving a review",
"""
Hi, just to say I'll be leaving an honest review on Trustpilot tonight about my experience getting the conversion kit refunded. 7 weeks and counting. Maybe that'll speed things up.
""", "media_threat", note="e-bike kit; review threat")

m("Catriona Bell <catriona.bell@mailbox.example>", "Wall build - near miss",
"""
Hi Holdfast,

On Saturday during a kids' party a whole section of your auto-belay mounting bracket came away from the steel frame - one of the bolts was never tightened, we found the nut sitting on top of the beam. Thankfully the lad on it was already back on the ground, but if he'd been at the top he would have dropped 8 metres.

We've closed the auto-belay lane. I've informed our insurer. I need your installer back out and an inspection of every bracket you fitted, urgently.

Catriona Bell
Centre Manager, Highpoint Climbing
""", "safety,technical_issue", trap="job_title", note="climbing wall; near miss; 'Centre Manager' is a title")

m("Moira Sutherland <moira.sutherland@mailbox.example>", "Board member email?",
"""
Hello, who sits on the board of Groove Crate and is there an email for them? My experience with the subscription team has been very poor and I'd like someone at board level to know.
""", "corporate_contact_request,executive_contact", trap="-", note="vinyl subscription; asks board email to write to them")

m("Philip Akande <philip.akande@akande-events.example>", "Cider festival tasting tour - outrageous",
"""
Hello,

We booked the private festival tasting for our company (47 people, quote OCT-B-1120, £6,110). The coach never arrived at our office. Nobody answered your emergency number. We found out at 11:40 from your Instagram story that the tour had gone ahead "with a smaller group" - which seems to have been someone else's booking.

This is outrageous and frankly the most unprofessional thing I have experienced in twenty years of organising corporate events. I need a full refund and an explanation by Monday, and I want to hear it from somebody senior.

Philip Akande
""", "high_value_order,manager_request,severe_dissatisfaction", note="cider tour; >5k corporate booking failed")

m("Christopher Vale <cvale@vale-logistics.example>", "We are getting phished as your company",
"""
Good afternoon,

Three of our staff who book Pawtrail walks via the company wellbeing scheme received SMS messages today saying "Pawtrail: your walker is waiting, confirm payment here" with a link to a fake login page. They used the exact dog names and walker names from their bookings. One of them entered their card.

Somebody has your booking data. Please confirm whether you've had a breach and what we should tell our staff.

Christopher Vale
Head of IT
""", "security_incident", trap="job_title", note="dog-walking; smishing using booking data; 'Head of IT'")

m("Annika Holt <annika.holt@mailbox.example>", "Thermostat - too hot",
"""
Hello,

Probably nothing but I thought I should say. The Warmstat unit in our hall gets really hot to the touch, like you can't keep your finger on it, and the wall paint around it has gone yellow-brown. It's been like this for a week. There's a faint electrical smell sometimes.

Should I turn it off at the fuse box?

Annika
""", "safety,technical_issue", note="smart thermostat; overheating unit, understated tone")

m("Jordan Fleming <jordan.fleming@mailbox.example>", "Caravan park website",
"""
Every page on the Glenholm members' site gives "500 Internal Server Error" today. Can't book, can't check my balance, can't even see the contact page. Been like that since this morning.
""", "outage,technical_issue", note="caravan park; 500 everywhere")

m("Sandra Kim <sandra.kim@mailbox.example>", "Where is my ink order",
"""
Hi, order CP-44810 (3x Diamine 80ml, 1 Leuchtturm pad) - I was promised it would be sent by express on Tuesday after you'd sent the wrong inks first time. Today's Friday and the tracking hasn't moved. This is the third email I've sent. Can somebody actually do something please.
""", "broken_promise,repeat_contact", note="calligraphy webshop; third email")

m("Terence Holm <terence.holm@holm-marine.example>", "complaint",
"""
Your mechanic left my outboard with two missing bolts on the bracket and the whole thing nearly came off the transom at speed. I'm waiting for the call I was promised on Monday. If it doesn't happen by Wednesday I'll be contacting the owner of the yard directly, I know where he drinks.
""", "broken_promise,executive_contact,safety,technical_issue",
note="boat-engine mechanic; will contact yard owner (executive); outboard nearly detaching at speed")

m("Imogen Clarke <imogen.clarke@mailbox.example>", "Deleted my account??",
"""
Hi,

I logged in to renew my Groove Crate membership and it says the email isn't registered. I've been a member since 2021! My whole collection list (I'd ticked off about 300 records in the "my shelf" section), my wish list, my order history, all gone.

Did someone delete my account by accident? Can you restore it?

Imogen
""", "data_loss,technical_issue", note="vinyl subscription; account and lists disappeared")

m("Douglas Fairbairn <douglas.fairbairn@fairbairn-cider.example>", "Partner portal - and something else",
"""
Hi both,

Two things.

First, the easy one: when we update our tasting slots in the partner portal, the change doesn't appear on the public booking page for up to a day. Can you make it instant, or at least give us a "publish now" button? We lose bookings every time we add a last-minute slot.

Second, and this is the less easy one. On the 3rd your payout to us for September (£7,845.20) bounced back, your finance team says it's our bank details, our bank says nothing was ever received. We've now been waiting six weeks for September's money, we're a small orchard and that's our pickers' wages.

Could someone in finance actually pick up the phone to me this week?

Douglas
""", "feature_request,high_value_order", note="cider tours; partner; feature request + unresolved payout >5k")

m("Gemma Forsyth <gemma.forsyth@mailbox.example>", "Re: your refund",
"""
No, I will not "allow a further 10 working days". I was told the refund had been issued on 12 February and it hasn't. I've asked three times now.

I'm contacting my bank tomorrow to dispute the original £420 payment for the lamp hire.
""", "billing_dispute,broken_promise,repeat_contact", note="theatre-lighting hire; chargeback threat after refund promise")

m("Keith Pardoe <keith.pardoe@mailbox.example>", "ok that's it",
"""
ok that's it I've had enough. Pawtrail is the worst app I have ever paid for. 3 walks missed this month, refunds "pending" for weeks, and nobody ever replies to the in-app chat. Cancelling my subscription today and taking Rolo to the lady down the road.
""", "cancellation_threat,severe_dissatisfaction", note="dog-walking app; announces cancellation")

m("Fatima Rahman <fatima.rahman@mailbox.example>", "Can you add Urdu characters",
"""
Salaam, I'm a calligrapher working mostly in Nastaliq. Your nib width guide and practice sheet generator only does Latin alphabets. It would be amazing if you could add guide sheets for Arabic script, the angles are different. I'd happily help test it!
""", "feature_request", note="calligraphy webshop; script support request")

m("Bartholomew Quince <b.quince@quince-estates.example>", "Tree delivery to the Hall - £5,850",
"""
Dear all,

The 20ft Nordmann fir and installation for the Great Hall was booked and paid (invoice XT-C-0091, £5,850 incl. installation and lighting) for 29 November. It arrived 1 December, two days after our charity gala, and it is 15ft not 20ft.

I have a dinner for 200 this Saturday. I need either the correct tree by Thursday or a substantial refund. Please tell me which.

Bartholomew Quince
Estate Manager, Harrowby Hall
""", "high_value_order", trap="job_title", note="christmas-tree; 5,850 > 5,000 unresolved; 'Estate Manager' title")

m("Leah Goldberg <leah.goldberg@mailbox.example>", "App crashes when I open the map",
"""
Hey! Every time I tap on 'Live walk' the app closes. iPhone 13, iOS 18.1, app version 5.4.0. Reinstalled twice. Not the end of the world but would love to see Pickle's route :)
""", "technical_issue", note="dog-walking app; crash")

m("Victor Mbeki <victor.mbeki@mailbox.example>", "I am a member 10 years",
"""
Dear Sir,

I am member of Glenholm Parks 10 years. This summer in Seaview park the security man shout at me and my wife in front of everyone to "go back where you came from" because we park the car 20 cm over the line. Other people park the same and nobody shout. The reception lady only laugh.

I write the CEO also today because I think support will do nothing. Please give me the address of head office for the letter.

Victor Mbeki
""", "corporate_contact_request,discrimination_harassment,executive_contact",
note="caravan park; racial abuse by security; asks head office address; writing to CEO")

m("Daisy Whitmore <daisy.whitmore@mailbox.example>", "Missing data in the Warmstat app",
"""
Hi, after you migrated us to the new Warmstat Home app last week, all our energy history from the past 3 years has vanished. I used those graphs to argue our case with the landlord about the damp. Is there any way to get the old data back? It matters a lot.
""", "data_loss,technical_issue", note="smart thermostat; migration lost history")

m("Adrian Cole <adrian.cole@cole-climbing.example>", "your VP of sales",
"""
Hi,

Please can you forward the attached complaint to Mr Harris, your VP of Sales, or give me an email address for him that actually works? He personally promised me at the Climbing Show in Birmingham that our steel frame would be delivered before the floor was poured. It wasn't. Our contractors have now poured the floor and the frame can't be anchored where planned.

I have his business card but the email on it bounces.

Adrian Cole
""", "broken_promise,corporate_contact_request,executive_contact",
note="climbing wall; wants VP contacted / working email; promise by VP not kept")

m("Pippa Holroyd <pippa.holroyd@mailbox.example>", "Just wanted to say",
"""
Just wanted to say that I've spent the whole weekend with a thermostat that flashes "ERR 42" and a freezing house and your 24/7 line goes to voicemail. I'm not a complainer normally but honestly I'm livid. Livid. I've got a newborn.
""", "severe_dissatisfaction,technical_issue", note="smart thermostat; 'livid'")

m("Ashok Verma <ashok.verma@mailbox.example>", "Results portal leaks names?",
"""
Hi,

When I open the results portal and change the number at the end of the URL (results/10483 to results/10484) I can see another patient's full report with their name and date of birth. I tried three numbers and got three different people. I didn't go any further.

You need to fix this immediately, this is medical data.

Ashok
""", "security_incident,technical_issue", note="allergy lab; IDOR exposing patient data (incident, not bounty question)")

m("Bronwen Rees <bronwen.rees@mailbox.example>", "Still no hearing dog update",
"""
Dear team,

I'm sorry to chase again. This is the fourth time I've written since March asking where I am on the waiting list, and each time I'm told someone will call me "next week". I'm not angry, just very tired of waiting without any information. Could you let me know honestly whether I should look at other charities?

Bronwen
""", "broken_promise,repeat_contact", trap="polite_tone",
note="hearing-dog charity; fourth contact; asking about other charities is a question not a threat")

m("Ivy Chambers <ivy.chambers@mailbox.example>", "Refund for tour - no reply in weeks",
"""
Hello,

I cancelled the cider tour for 4 people on 1 July, more than 14 days before, which your terms say is a full refund. £196 was never returned. I've emailed on 3 July, 19 July and 2 August.

If I don't get the refund this month I'm taking it to the small claims court, it's easy to do online now.
""", "legal_threat,repeat_contact", note="cider tours; small claims; three earlier emails")

m("Nicholas Payne <npayne@payne-family.example>", "RE: Pawtrail Premium",
"""
Thanks for the reply, but you've misunderstood. I'm not asking how the £4.99 "priority booking" fee works. I'm saying you charged it on 6 bookings in October when I never ticked priority booking. That's £29.94 I shouldn't have paid.

Nick
""", "billing_dispute", note="dog-walking app; clarifies it's a dispute not a pricing question")

m("Lorna McKay <lorna.mckay@mailbox.example>", "I'm a data protection officer myself",
"""
Hello,

I work as a data protection officer myself, so I know what I'm talking about when I say that sending an unencrypted spreadsheet with the names, addresses and deafness levels of every applicant on your waiting list to all of us in one e-mail this morning is a serious breach. I have it in my inbox, and so do, apparently, 400 other people.

You need to recall it, notify those affected and report it to the ICO within 72 hours. If you don't, I will.
""", "regulatory,security_incident", trap="job_title",
note="hearing-dog charity; data leak via email; DPO is her own job; conditional ICO report")

m("Accounts Payable - Upwall Bouldering <ap@upwall.example>", "Invoice HW-1177",
"""
Dear Supplier,

We have received your invoice no. HW-1177 dated 02/10/2025 and it has been logged in our accounts payable system under reference AP-66120.

Unfortunately we are unable to process it for payment. The invoice charges £3,400 for 12 macro volumes that were never delivered to our Leeds site - our goods-in log shows nothing from you after 14 August. We have raised this with your team by e-mail on 6 and 20 October and by phone on 28 October, and each time been told a credit note would follow.

Please issue a credit note for the £3,400 or provide a signed delivery note. Until then the invoice is on hold.

Kind regards,
Priti Shah
Accounts Payable
""", "billing_dispute,broken_promise,repeat_contact", trap="looks_automated",
note="climbing walls; opens like an AP system acknowledgement; disputed invoice below 5k")

m("Dev Chauhan <dev.chauhan@chauhan-accountants.example>", "Portal down - head office number please",
"""
Hi,

Since about 9 this morning none of the twelve of us in the office can get into the Warmstat control portal - it just says "504 Gateway Time-out" after a long wait. Same on phones and on the guest wifi, so it isn't our network. The building's heating is stuck on the night setback and people are sitting in coats.

Your support line has a 40 minute queue. Could you give me a direct number for your head office or operations team so I can speak to someone who can tell me what's going on?

Dev Chauhan
Practice Administrator
""", "corporate_contact_request,outage,technical_issue", trap="job_title",
note="smart thermostat; office-wide portal outage; asks head-office number (not the support line)")

m("Morag Lindsay <morag.lindsay@mailbox.example>", "Deposit for pitch 22 - legal department address",
"""
Dear Glenholm,

You have kept the whole of my £1,200 pitch deposit at Loch Ardair for "damage to the hardstanding", which was cracked when we arrived in 2019 (it's in the photos I sent you at the time).

My solicitor will be writing to you about this. She has asked me to get the postal address of your legal department, or of whoever accepts service for the company. Could you send that to me please?

Morag Lindsay
""", "billing_dispute,corporate_contact_request,legal_threat",
note="caravan park; deposit withheld; solicitor; asks legal department address")

m("Callum Reid <callum.reid@mailbox.example>", "someone got into my account and deleted stuff",
"""
hi, got a "new login from Lisbon" email last night which wasn't me. this morning all my saved addresses are gone from my Groove Crate account, my wishlist (about 80 records) is empty and the delivery address has been changed to somewhere in Portugal. I've changed my password. please stop any crate going out to that address and can you get my wishlist back?
""", "data_loss,security_incident", note="vinyl subscription; account takeover with deleted data")

m("Jeanette Price <jeanette.price@mailbox.example>", "Blood test at your pop-up clinic",
"""
Hello,

I had blood taken for the full allergy panel at your pop-up clinic in the Westgate Centre on 3 June. The phlebotomist didn't wear gloves, didn't clean my arm, and reused a tourniquet she'd just used on the man before me. Four days later my arm was red and swollen and my GP put me on antibiotics for an infection at the puncture site.

I've reported what I saw to the Care Quality Commission. I think you need to look at how that clinic is run before someone else gets hurt.

Jeanette Price
""", "regulatory,safety", note="allergy lab; infection after blood draw; reported to CQC")

m("Ollie Bannerman <ollie.bannerman@mailbox.example>", "Managing director",
"""
Hi,

Can you give me the email address of your managing director? Your walker lost the spare key to our flat last Tuesday (he admitted it) and three emails to your team have got me the same template each time. I'd like to put it to the person who runs the company directly, since our locks now need changing.

Ollie
""", "corporate_contact_request,executive_contact,repeat_contact",
note="dog-walking; wants MD's email to write to them; three emails already")
