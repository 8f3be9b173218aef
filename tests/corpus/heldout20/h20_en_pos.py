# -*- coding: utf-8 -*-
"""heldout20: English customer mail WITH triggers. Hand-written, one block per message."""

LANG = "en"
M = []


def msg(frm, subject, triggers, trap, note, body, **opt):
    M.append(dict(lang=LANG, frm=frm, subject=subject, triggers=triggers,
                  trap=trap, note=note, body=body, **opt))


msg("Gareth Pryce <gareth.pryce@fastpost.example>",
    "battery from order 88213",
    "safety,technical_issue", "buried_trigger", "LiPo fire in the middle of a chatty mail",
    """\
Hi there,

Bit of a long one, sorry. My lad turned 12 last month and we bought him the Tundra 1/10 crawler kit from you plus the 2S 5200mAh pack and the balance charger (order 88213). He's been building it with his grandad every weekend and honestly the kit itself is lovely, the instructions were clear and the shocks went together first time which is more than I can say for the last one we had.

Anyway on Saturday he had the battery on charge in the garage on the workbench, the charger said it was balancing fine, and about 40 minutes in the pack puffed up like a pillow and started hissing and then there were actual flames coming out of the end of it. My father-in-law got it into the bucket of sand (thank god he'd read the leaflet) but the bench is scorched and my son burnt two fingers trying to pull the lead out. He's fine, we went to the minor injuries unit and it's just blisters, but it could have been so much worse, the garage is attached to the house.

We've kept the pack in a metal tin outside. I'd like to know what you want us to do with it and whether there is a problem with that batch, because we've got friends who bought the same one for Christmas.

Also while I'm writing, is the 3-speed gearbox upgrade back in stock yet?

Cheers
Gareth
""")

msg("Priya Ramaswamy <priya.r@ramaswamy-family.example>",
    "Wedding party order - we need someone senior on this",
    "high_value_order,manager_request,repeat_contact", "-", "GBP 6,850 shirt order wrong fabric; spoke twice before, this is the third contact",
    """\
Hello,

I placed an order on 3 February for my brother's wedding: 14 made-to-measure shirts for the groomsmen and family, plus 6 waistcoats in the matching cloth. Total paid £6,850.00 (order ref MTM-20417).

The first 8 shirts arrived yesterday and they are in a completely different fabric. We chose the ivory two-fold poplin, swatch number P-112, and what came is a shiny cream twill. Side by side with the swatch you sent us it is not even close. The collars are also the cutaway style when every single one was ordered as a semi-spread.

The wedding is on 14 June. That's five weeks. I've spoken to the young man in your shop twice and both times he said he'd "look into it" and I've heard nothing.

With respect, I'd like this picked up by whoever is in charge of the workshop or a manager who can actually make a decision about re-cutting. Please can someone senior call me on +44 20 555 0143 before Friday.

Priya Ramaswamy
""")

msg("Dan Holloway <dholloway@holloway-build.example>",
    "Door came down on the car",
    "legal_threat,safety,technical_issue", "indirect_legal_threat", "solicitor brother-in-law phrasing",
    """\
Your engineer fitted our new sectional door on Tuesday. This morning the door came down by itself while my wife was reversing out and landed on the roof of the car. The safety reverse thing did nothing, it just kept pushing down. If it had been my daughter walking underneath instead of the car I don't want to think about it.

I've unplugged the motor and we are using the side door.

I want an engineer here today, not next week. And so you know, my brother-in-law is a solicitor and he will be reading whatever you send back, so please think about your answer.

Dan Holloway
14 Mill Lane
""")

msg("Sophie Warrender <sophie.warrender@mailhaven.example>",
    "our newborn gallery is EMPTY",
    "data_loss,severe_dissatisfaction,technical_issue", "-", "baby photo gallery emptied",
    """\
I logged into the client gallery tonight to finally order the prints of Olivia's newborn shoot and there is NOTHING there. The gallery says "0 images". Last week there were 46. We had picked our favourites, they had hearts on them, and now the whole thing is just gone.

She was 9 days old in those pictures. You cannot redo that. I paid £395 for that session.

I am absolutely gutted and frankly livid that nobody told us anything. This is the most disgraceful way to treat a new mum I can imagine. Please tell me you have a backup somewhere.

Sophie
""")

msg("Accounts - Orchard Lane Stores <accounts@orchardlanestores.example>",
    "trade portal",
    "outage,technical_issue", "indirect_outage", "cannot get past login since 9",
    """\
Morning,

Nobody in our office can get past the login page of the trade portal since about 9 o'clock. Three different PCs and my phone, all the same, it just goes back to the login screen after you enter the password. We need to get the order in for the bank holiday weekend (usually 40 cases of the medium dry and 20 of the perry).

Can you let me know what's going on or take the order by phone?

Thanks
Janet
Orchard Lane Stores
""")

msg("Michael Fennimore <mfennimore@postbox.example>",
    "Re: Booking LH-3391 deposit",
    "billing_dispute,repeat_contact", "-", "third email, deposit taken twice",
    """\
This is now the third time I've written about this so I'll keep it short.

You have taken the £480 security deposit for the Kettle Point lighthouse twice. Once on 2 March and once on 4 March. Both show on my Visa statement as "KETTLEPT HOLIDAYS". I sent you the screenshot on the 10th and again on the 18th.

Please refund the duplicate £480.

M. Fennimore
""")

msg("Kerry-Ann Baptiste <kabaptiste@inboxly.example>",
    "What happened at your park on Sunday",
    "discrimination_harassment,manager_request", "-", "wheelchair user mocked by marshal",
    """\
Hi,

I took my son Jordan and five of his friends to your park on Sunday for his 15th birthday (booking under Baptiste, 11am session). Jordan uses a wheelchair. We had rung ahead and the lady on the phone was brilliant and said the woodland zone was accessible and the marshals would help.

The marshal on the woodland zone, tall lad with a beard, called Jordan "Ironside" in front of his friends, asked him if he wanted "a head start because of his wheels" and then laughed with another marshal when Jordan got stuck on a root. The other kids heard it all. Jordan went quiet and asked to go home early. On his birthday.

I don't want a voucher. I want to speak to the manager of the park about this, in person or by phone, and I want to know what you're going to do about that member of staff.

Kerry-Ann Baptiste
""")

msg("Franchise Office Kent <kent.franchise@coastalices-kent.example>",
    "Quarterly franchise invoice INV-Q2-0871",
    "billing_dispute,high_value_order", "-", "GBP 12,400 invoice wrong",
    """\
Dear Franchise Accounts,

We have received invoice INV-Q2-0871 for £12,400.00 covering the Q2 territory fee and the van lease for two vehicles. Our agreement (schedule 3) says the lease is charged per van actually on the road, and van KN-2 was off the road from 3 April to 22 May with the compressor fault your own mechanic signed off. The invoice charges the full quarter for both vans.

By our calculation the correct figure is £9,115.00. We've paid nothing yet and won't until we get a corrected invoice. Please confirm.

Regards,
Mandy Coles
Kent Coastal Ices Ltd
""")

msg("Tom <tom.lassiter@wavemail.example>",
    "still no board",
    "broken_promise", "-", "callback promised Tuesday",
    """\
hey, Lewis in the shaping bay told me on the 2nd he'd call me Tuesday with a date for the 6'4 fish. its now Friday, no call, and nobody answers the shop phone. the deposit went through on the 10th of last month. whats happening??
""")

msg("Rhiannon Keel <rhiannon@keelstitch.example>",
    "slippers order - really disappointed",
    "cancellation_threat,media_threat", "indirect_cancellation", "take business elsewhere + instagram followers",
    """\
Hiya

I've bought from you for years, the sheepskin moccasins are lovely and I send everyone your way. But this last order (three pairs for Christmas presents) arrived with the soles peeling off one pair and the stitching undone on the heel of another, and when I rang I was told that it's "wear and tear". They've not been worn, they're still in the box!

If that's really your answer then I'll be getting my slippers from the place in Hebden Bridge from now on, and I'll be telling my 40k followers exactly why when I do my Christmas gift round-up video. I'd rather not, I've always loved your stuff.

Rhiannon
""")

msg("Alistair Cobb <acobb@cobbfarm.example>",
    "Tank lid",
    "safety", "-", "collapsed tank lid, child risk",
    """\
The lid on the underground tank you installed in September gave way this morning when our collie walked over it. She's fine, we fished her out, but there's now an open hole about 2 ft across into 5000 litres of water in the middle of the lawn and my grandchildren are here every weekend. I've put a pallet over it.

This needs someone out today please. The lid was supposed to be load bearing.

Alistair Cobb
""")

msg("Beatrix Hall <bea.hall@letterbox.example>",
    "Somebody used my refill points??",
    "security_incident", "-", "loyalty account taken over",
    """\
Hi,

I opened the app this morning to check my refill points and my balance is 0. It was 2,340 last week. The history shows redemptions in a branch in Leeds on Monday and Tuesday, I've never been to Leeds. And the email on my profile has been changed to something I don't recognise, I only got in because I was still logged in on my phone.

Can you lock the account? I've changed my password now. I'm a bit worried because my address and card ending are in there.

Bea
""")

msg("Roland Tiernan <r.tiernan@tiernanlaw.example>",
    "Membership renewal taken after cancellation",
    "billing_dispute,regulatory", "-", "trading standards; sender happens to be at a law firm",
    """\
Dear Sir/Madam,

I cancelled my full membership at the Brackenfield range in writing on 12 January (your reply of 13 January confirms receipt and says "no further payments will be taken"). On 1 March you took £420 by direct debit for the annual renewal.

I've asked my bank to reclaim it under the Direct Debit Guarantee. If I get another letter about "arrears" I will be reporting the practice to Trading Standards, as I understand from the range noticeboard I am not the only one.

R. Tiernan
""")

msg("Chloe Amadi <chloe.amadi@brightmail.example>",
    "THE CAR NEVER CAME",
    "broken_promise,legal_threat,severe_dissatisfaction", "-", "wedding car no-show; small claims",
    """\
We booked the 1934 Rolls-Royce for our wedding on Saturday. We confirmed the booking with your office THREE times, the last time on Thursday when Graham personally promised the car would be at my mum's house at 1.15.

It never came. Nobody answered the phone. I went to the church in my uncle's Skoda. I have been planning this day for two years.

This is the most appalling, disgusting treatment I have ever experienced from any business. I want the full £1,150 back, plus the cost of the photographer's extra hour, and if it isn't in my account within 14 days I'm filing in the small claims court. I have every email and text.

Chloe Amadi (Mrs Amadi-Price now, no thanks to you)
""")

msg("Hamish Dunbar <hamish.dunbar@kirkbinders.example>",
    "Suggestion for the online order form",
    "feature_request", "-", "polite feature request from a trade customer",
    """\
Hello,

We send you perhaps 20 thesis binding jobs a month from the university print room and the new online order form is a big improvement, thank you.

Two things that would make our lives easier, if it's possible at some point:

1. Could the PDF upload accept files over 50 MB? Some of the engineering theses with scanned drawings are 120 MB and we currently have to send them by file transfer and then email you the link.
2. It would be great if the form showed a preview of the spine lettering as you type it. We had two spines last term where the surname was too long and got abbreviated and the students were not amused.

No rush on either. Keep up the good work.

Hamish Dunbar
Print Room Supervisor
""")

msg("Jess <jess.okoro@quickmail.example>",
    "group payments",
    "feature_request", "-", "one-liner feature request",
    """\
would be sooo good if the booking page let each person in a group pay their own share instead of one of us fronting £300 and chasing everyone lol
""")

msg("Warwick Stanton <wstanton@stanton-associates.example>",
    "My saved measurements have gone",
    "data_loss,technical_issue", "-", "profile measurements wiped",
    """\
Good afternoon,

I went to reorder two of the blue Bengal stripe shirts this morning and my account no longer has my measurements. The "My Fit" page is blank and says "Create your first profile". There were two profiles in there, one from the fitting in 2022 and the adjusted one after the sleeve alteration last spring.

I'd really rather not come in for another fitting. Is there any way you can restore them from your side?

Kind regards,
Warwick Stanton
""")

msg("Nadia Ferreira <n.ferreira@coastlinepress.example>",
    "Press enquiry: reports about your spring batch",
    "media_threat", "journalist_inquiry", "journalist asking for comment; the contamination claim is hearsay",
    """\
Hello,

I'm a reporter with the Coastline Press, writing a piece for Thursday's edition. Several readers have contacted us saying that bottles from your spring 2025 batch of sparkling cider have been exploding in their cupboards, and one claims a neighbour was cut by glass.

Could someone from the mill give me a comment on these reports, and confirm whether any batch has been withdrawn? My deadline is Wednesday 5pm.

Many thanks,
Nadia Ferreira
News Reporter, Coastline Press
Tel +44 1632 555 0188
""")

msg("Kwame Asante <kwame.asante@mailport.example>",
    "App error E-47 after update",
    "technical_issue", "non_native", "non-native English, smart door app",
    """\
Hello good day,

Since the firmware of the opener is updated on weekend (it make this itself in the night) the app is showing me "Error E-47 - device not paired" every time when I press open. I have removed the app and install again, also I make the reset on the motor with the button 10 seconds like in manual, but is same. The remote control in car is working still, only app is not working.

Please can you tell me what I must do. Model is SD-700 with wifi module.

Thank you very much
Kwame Asante
""")

msg("Lorraine Beckett <lorraine.beckett@seaview-mail.example>",
    "Who do I write to",
    "corporate_contact_request,executive_contact", "-", "asks for CEO email to write to him",
    """\
I've had enough of going round in circles with the bookings team over the cancelled October stay at Gull Rock. Can you please give me the email address of your chief executive, or whoever owns the company, so I can write to him directly. I assume it's the Mr Pendry who signs the brochure.

Lorraine Beckett
""")

msg("Stuart Mackay <stuart@mackayrc.example>",
    "Invoice 5510 - cc your MD",
    "billing_dispute,executive_contact", "-", "copied managing director",
    """\
Hi

Copying in your managing director as I'm getting nowhere.

Invoice 5510 charges me for two 120A brushless ESCs at £189 each. I ordered and received one. The second line is a duplicate and I've already pointed this out to Carl on the phone.

Please credit £189.

Stuart Mackay
""", cc="Victor Hale <victor.hale@example.test>")

msg("Ben Whitlock <ben.whitlock@northmail.example>",
    "Feedback about our shoot on Saturday",
    "discrimination_harassment", "indirect_discrimination", "comments about two dads",
    """\
Hi,

We had our family session on Saturday with Amber. The photos we've seen on the preview look lovely and I want to say that first.

But I need to tell you what happened. When my husband and I arrived, Amber asked "which one of you is the mum then?" and laughed. Later, while setting up, she said to her assistant, within earshot, that "these ones always want the moody black and white". When we asked for a shot of both of us holding Isla she said "let's not make it weird for the grandparents" and moved on.

We chose your studio because your website says everyone is welcome. We left feeling like a joke. I'd like you to know about it and I'd like to know what you are going to do.

Ben
""")

msg("Harriet Vance <hvance@tidalbreak.example>",
    "site down??",
    "outage,technical_issue", "-", "503s for 2 days",
    """\
Your website has been giving me "503 Service Temporarily Unavailable" since Wednesday morning, on my laptop and phone, home wifi and 4G. Checkout, product pages, everything. I'm trying to order the custom epoxy longboard before your price change on the 1st. Can I order by email?

Harriet
""")

msg("Marco Delgado <marco@delgadoices.example>",
    "URGENT van 3 electrics",
    "safety,technical_issue", "-", "electric shock from van freezer",
    """\
Van 3 (the one leased from you in April) - my driver got a proper electric shock off the chest freezer lid this afternoon when he was serving. Knocked him back. He's gone to get checked out. There was a smell of burning from under the counter and the generator tripped.

The van is parked up and nobody is using it. I need your engineer to look at it before anyone touches it again. This is the second electrical problem with that van.

Marco
Delgado Ices (franchisee, Bournemouth)
""")

msg("Fiona Carrick <fiona.carrick@meadowpost.example>",
    "Email from you this morning?",
    "security_incident", "-", "phishing sent from company domain with order details",
    """\
Hello,

I got an email this morning claiming to be from you ("your sheepskin rug order needs payment verification") with my name, my full address and the exact rug I bought in November (the Ivory Long-wool double). It asked me to re-enter my card details at a link. The link goes to something like sheepskin-verify.example.

I didn't click, but how did they know what I bought? It looks like it came from your actual address. Has something happened to your customer records?

Fiona Carrick
""")

msg("Gordon Lyle <gordon.lyle@lylefarms.example>",
    "Tank installation - final invoice",
    "billing_dispute,high_value_order", "-", "quote 4,200 vs invoice 5,600",
    """\
Hello,

Your quote RW-1182 for the 10,000 litre below-ground tank, pump and filter was £4,200 plus VAT all in. The final invoice came yesterday at £5,600 plus VAT, with £1,400 added for "additional excavation - rock".

Nobody mentioned rock on the day, nobody called me, and the groundworks lad told me it was "easy digging". I'm not paying the extra £1,400 unless someone shows me why. Please send me the site notes.

Gordon Lyle
""")

msg("Amira Haddad <amira.haddad@skymail.example>",
    "reaction to the face oil refill",
    "safety", "-", "chemical burn from refill",
    """\
Hi

I bought a 50ml refill of the rosehip face oil at your Brighton shop on Saturday, from the big glass dispenser. Within five minutes of putting it on my cheeks were burning and they've come up red and blistered. My GP said it looks like a chemical burn and asked what was in it. I've used the same oil from you for two years without a problem.

I'm worried the dispenser was filled with something else or hasn't been cleaned. Other people will be using it. Please check it today.

Amira
""")

msg("Leon Marchetti <leon.marchetti@outpost.example>",
    "Instructor conduct - Thursday night",
    "discrimination_harassment,manager_request", "-", "sexist remarks to wife at range",
    """\
To whoever runs the range,

My wife and I have been members since last year. On Thursday evening the range officer on lane duty (I believe his name is Clive) made a series of comments to her: that she should "leave the big calibres to the men", that she "shoots like she's holding a handbag", and when she asked for a target change he told her to "ask nicely, sweetheart". Two other members heard it.

She doesn't want to come back. I want to raise a formal complaint and I'd like the club secretary or the range manager to ring me.

Leon Marchetti (membership 2231)
""")

msg("Colin Ashby <colin.ashby@ashbyweddings.example>",
    "Registered office address please",
    "corporate_contact_request,technical_issue", "-", "head office address for formal complaint; hire car broke down",
    """\
Please send me the full registered office address of the company that owns the hire business, and the name of the company secretary. I'm putting a formal letter in the post about the Daimler that broke down on the way to my daughter's wedding and I want it to go to the right place, not to the garage.

Colin Ashby
""")

msg("Eleanor Shaw <eleanor.shaw@alumni-mail.example>",
    "Thesis binding - 4th time asking",
    "broken_promise,repeat_contact", "-", "fourth chaser, promised date missed",
    """\
Dear bindery,

This is the fourth time I'm contacting you about order B-7730 (3 copies, hardback, black buckram, gold spine). When I dropped the files off you promised they would be ready on the 19th. On the 19th I was told "Monday". On Monday I was told you'd email me. Nobody emailed me.

My submission deadline is Friday at noon. I can't submit without the bound copies. Please reply today.

Eleanor Shaw
""")

msg("Jürgen Wolff <j.wolff@wolff-karosserie.example>",
    "Problem with hire car for wedding of my daughter",
    "legal_threat,severe_dissatisfaction", "mixed_language", "German customer writing English with German phrases",
    """\
Dear Sirs,

I write in English because my daughter lives in Bath and the wedding was there, but please excuse my mistakes.

We have booked the Jaguar Mk2 for 28 June, with chauffeur, deposit £350 paid. On the day the chauffeur came 50 minutes too late, the car was not clean inside (there was sand on the seats, Sand überall!) and the white ribbons were not there, which we had asked for. He also smoked during waiting in front of the church.

Ehrlich gesagt, das ist eine Frechheit. In Germany we would say this is unter aller Sau, I think in English "beneath contempt". We are very, very angry.

I want back the full price. If not, I will give the matter to my Anwalt in Bath, Mr Oduya, he is already informed and has a copy of all the mails.

Mit freundlichen Grüßen
Jürgen Wolff
""")

msg("Sandra Liu <sandra.liu@pacificmail.example>",
    "the app keeps logging everyone out",
    "outage,technical_issue", "-", "member app unusable for everyone",
    """\
Hi team,

None of our club members can use the booking app since last night. It opens, you log in, and after two seconds it throws you back to the login screen with "Session expired (code 401)". It's not just me, the WhatsApp group for the Sunday league is full of people saying the same thing, Android and iPhone. The website booking page also just shows a spinning wheel and then "Something went wrong".

We have 40 players booked for Sunday and no way to confirm slots. Is there an ETA?

Sandra Liu
Team captain, Hornets
""")

msg("Owen Pritchard <owen.pritchard@valleymail.example>",
    "Re: your reply about my order",
    "cancellation_threat,severe_dissatisfaction", "quoted_threat_plus_own",
    "own anger and leaving; the quoted desk text has no trigger",
    """\
No, that is not good enough. "We apologise for any inconvenience" after three weeks of nothing is an insult. This has been the worst customer service I've had from anybody, ever, and I've dealt with my broadband company.

Close my account. I'll get the cider for the pub somewhere that answers the phone.

Owen Pritchard
The Drovers Arms

On 11 Apr 2025, at 09:14, Support <support@example.test> wrote:
> Dear Mr Pritchard,
> Thank you for your patience. We apologise for any inconvenience caused by
> the delay to your order. Our logistics team is looking into it.
> Kind regards
""")

msg("Yusuf Demir <yusuf.demir@demir-garages.example>",
    "Garage doors for Elm Park development - 18 units",
    "broken_promise,high_value_order", "-", "USD 48k contract, promised install date missed",
    """\
Hi,

Following up on our contract GD-2291 for 18 insulated sectional doors with openers at the Elm Park townhouses, total value $48,600. Your project manager Kyle confirmed in writing on the 3rd that the install crew would start on Monday the 14th. Nobody turned up on Monday, or Tuesday. Our site closes out on the 30th and the buyers' walkthroughs are booked.

I need a firm start date from someone today.

Yusuf Demir
Site Manager, Demir Homes
""")

msg("Abigail Norris <abby.norris@homeandhearth.example>",
    "cancel please",
    "cancellation_threat", "terse", "cancels membership because of the problem",
    """\
After the third session in a row where the tanks were empty when we arrived, please cancel my annual pass. Not renewing.

Abby
""")

msg("Peter Gault <peter.gault@gaultonline.example>",
    "My order history has vanished",
    "data_loss,technical_issue", "-", "order history and saved addresses gone",
    """\
Evening,

Since your new website went live my account shows no previous orders at all, my saved delivery addresses have gone and the two custom spec sheets for my RC trucks (motor, gearing, tyre compounds - I spent ages on those) are blank. I'm logged in as the same email. Can you get them back?

Pete
""")

msg("Dominika Nowak <dominika.nowak@polmail.example>",
    "second charge on my card",
    "billing_dispute", "non_native", "non-native English, double charge",
    """\
Good morning,

I have make order of the refill bundle (order 45127) for 38,50 GBP. On my bank account is now two times 38,50 GBP, on 2 and 3 of May. I have only one order and only one parcel is come. Please give back the second payment.

Screenshot from bank is attached.

Best regards,
Dominika Nowak
""", pack="mixed", attach=("bank_screenshot.png", "image/png"))

msg("Ruth Abernethy <ruth.abernethy@stmail.example>",
    "Complaint - Ruth Abernethy - membership 1780",
    "billing_dispute,regulatory", "-", "Trading Standards threat without lawyers; disputed fee increase",
    """\
Dear Membership Secretary,

Your club rules (section 9.2) say that members will be given 28 days' notice of any change to fees. The increase from £380 to £520 was announced in a newsletter on 3 March and taken on 15 March.

I have already asked once for the notice to be honoured. If the difference of £140 is not refunded I will be referring this to Citizens Advice and to Trading Standards as an unfair contract term.

Regards,
Ruth Abernethy
""")

msg("Connor Blake <connor.blake@blakeholidays.example>",
    "Kettle Point - heater",
    "safety,technical_issue", "-", "heater smoking in lighthouse let",
    """\
We're in the lighthouse this week. The electric heater in the lamp room started smoking last night, proper acrid smoke, and the plug was too hot to touch when I pulled it out. We've got two kids sleeping one floor down and the only way out is that spiral staircase. We're not using it but please get someone to take it away and check the others.
""")

msg("Imogen Tate <imogen.tate@tatecreative.example>",
    "I will be posting about this",
    "media_threat,severe_dissatisfaction", "-", "review threat, strong anger",
    """\
I collected my restored family Bible today and you have trimmed the page edges so the handwritten family tree on the endpapers has lost the dates down the side. Three generations of birthdays, cut off. Your "conservation" bindery.

I am so angry I can barely type. This is a disgrace. I'll be writing a full review on every site I can find, with photos, and sending it to the local history group's newsletter too. People deserve to know.

Imogen Tate
""")

msg("Alan Reeves <alan.reeves@reevesfamily.example>",
    "Re: Re: Re: gallery download link",
    "repeat_contact,technical_issue", "-", "keeps contacting, third+ mail implied by count",
    """\
Hi again

Sorry, this is the fourth email now. The download link you sent still says "This link has expired" when I click it, same as the last three links. I've tried Chrome, Safari and my wife's laptop. Could you just put the files on a USB and post them? I'll pay the postage.

Alan
""")

msg("Natalie Brooks <nbrooks@brooksevents.example>",
    "Corporate event 12 Sept - invoice and the cancelled zone",
    "billing_dispute,high_value_order,manager_request", "-", "5,400 corporate paintball event",
    """\
Hi,

We booked your park exclusively on 12 September for our company away day (120 people), invoice PB-2209, £5,420 inc VAT, paid in full in August.

On the day the Castle zone was closed for "maintenance", which meant everything was squeezed into two zones, games were half as long and the lunch was two hours late. We were charged for the exclusive hire of all four zones plus catering for 120 at £14 a head.

I'd like a partial refund proposed by someone with the authority to agree it. Your events coordinator says it's above her level, so please could this be passed up to her manager or the park owner.

Natalie Brooks
Brooks Events
""")

msg("Greg Tomlinson <greg@tomlinson-surf.example>",
    "board builder",
    "technical_issue", "-", "custom board configurator crashes",
    """\
The custom board builder on your site goes completely white when I pick swallow tail + 5 fin setup, and I lose everything I've entered (dims, glassing, the lot). Done it 4 times now on Chrome and Firefox. Can you have a look or just take the order over email? 6'2 x 20 1/4 x 2 5/8, swallow, 5 fin, tint in sea green.

Greg
""")

msg("Shona McBride <shona@mcbrideknits.example>",
    "We have received your order confirmation ...",
    "billing_dispute", "looks_automated", "opens like an auto-acknowledgement, then disputes",
    """\
We have received your order confirmation no. SK-5571 and thank you for it.

However it shows 6 x sheepskin offcut packs at £24 each = £144. We ordered 4 (see attached purchase order), and your card machine has taken £144 from our business account. Please refund the £48 for the two we didn't order and didn't receive.

Shona McBride
McBride Knitwear (Oban)
""", pack="mixed", attach=("PO-3318.pdf", "application/pdf"))

msg("Thomas Eade <thomas.eade@eadelegal.example>",
    "Hacked?",
    "security_incident", "-", "suspicious logins notification",
    """\
I've just had 6 emails from your booking system saying "New sign-in from Windows device, Lagos" between 2am and 4am. I was asleep. I'm on a Mac. My stored card is on that account. Please freeze it.
""")

msg("Megan Price <megan.price@ewemail.example>",
    "Still waiting for my refund",
    "broken_promise", "-", "promised refund not received",
    """\
Hi there,

On 4 April I returned the shearling gloves (wrong size) and got an email from Sian the next day saying the refund of £65 would be back on my card "within 5 working days". It's now 2 May and there's nothing. Could you check please?

Thanks,
Megan
""")

msg("Dr Philip Osei <philip.osei@oseiclinic.example>",
    "Kindly escalate",
    "manager_request,technical_issue", "non_native", "polite escalate request, booking error",
    """\
Dear Sir or Madam,

I am writing with regard to our studio booking for the 6-month milestone session of my twins. Every time I attempt to choose a date in the online calendar the page is displaying "Error: slot unavailable" even for dates which are shown green as available. This has been occurring since one week.

I have already spoken with the front desk who are kindly unable to assist, because the system is not allowing them also. I would therefore kindly request that this matter be escalated to a senior member of your team who can arrange the booking manually.

With kind regards,
Dr Philip Osei
""")

msg("Liam Corrigan <liam.corrigan@corriganmail.example>",
    "RE: your newsletter",
    "cancellation_threat", "indirect_cancellation", "switching to competitor phrased casually",
    """\
Saw in your newsletter that you're putting the adult day ticket up to £45 and dropping the free paint. Ah well. Redwood Combat down the road still do it for £32 with 500 balls so I reckon that's where the lads' stag do is going now, and probably our monthly games too. Shame, we've been coming for six years.

Liam
""")

msg("Kathryn Doyle <kathryn.doyle@doylehome.example>",
    "Complaint to the Information Commissioner",
    "regulatory,security_incident,technical_issue", "-", "ICO report after gallery exposes other family's data",
    """\
Dear Data Protection Officer,

When I logged into my client gallery last night I was shown another family's photos: their baby's name, their address on the order form, and their invoice. I assume they can see mine too. I took screenshots.

I have reported this to the Information Commissioner's Office this morning (reference will follow). Please confirm what you're doing to secure the galleries and whether my family's photos have been viewed by anyone else.

Kathryn Doyle
""")

msg("Ravi Chandran <ravi.chandran@chandranimports.example>",
    "Leather jackets - wholesale order WH-0091",
    "high_value_order,technical_issue", "-", "EUR 7,900 wholesale order stuck in checkout error",
    """\
Hello,

I'm trying to pay for our wholesale order WH-0091 (60 aviator jackets, €7,900 total as per the pro-forma) through your trade shop. At the payment step it says "Payment could not be authorised - error 3D-17" every time, with two different company cards. The bank says they see no attempt at all.

We need the jackets for the autumn season, our supplier slot closes on the 20th. Can you send a bank transfer invoice instead, or fix the payment page?

Ravi Chandran
""")

msg("Helen Jarvis <helen.jarvis@jarvisplumbing.example>",
    "Please pass this to the top",
    "executive_contact,severe_dissatisfaction,technical_issue", "-", "wrote to board members; door still sticks",
    """\
I have now written a letter to each of the directors listed on Companies House about the way our garage door installation was handled, and posted it recorded delivery this morning. I'm telling you so you're not surprised.

Four visits, a dented car, a door that still sticks halfway, and an installer who told my husband to "calm down, love". Absolutely shocking from start to finish.

Helen Jarvis
""")

msg("Alex Romero <alex.romero@romeromail.example>",
    "wrong refill charged",
    "billing_dispute", "-", "charged for 1L instead of 250ml",
    """\
hi, bought 250ml of the lavender shampoo refill in store yesterday but the receipt and my card both say £18.40 which is the 1 litre price. 250ml is £5.20 on your board. could you refund the difference (£13.20)? receipt no. 0044-12931. ta
""")

msg("Siobhan Kerr <siobhan.kerr@kerrcrafts.example>",
    "Your new website",
    "feature_request,technical_issue", "-", "bug plus request, mixed",
    """\
Hello,

Two things about the new website.

The colour swatches for the leather journals don't load on my iPad, there's just a grey square where each colour should be, so I had to guess "oxblood" from the name. (Works on my laptop.)

And a wish: it would be wonderful if you offered gift wrapping with a handwritten card option at checkout. I buy 5 or 6 journals a year as presents and always have to rewrap them.

Siobhan
""")

msg("Neil Whitcombe <neil.whitcombe@whitcombeco.example>",
    "Please forward to your Chief Executive",
    "broken_promise,executive_contact", "-", "asks that CEO reads it; replacement promised not sent",
    """\
I would be grateful if you would forward this email to your Chief Executive, Ms Harlow, personally. I met her at the cider festival last year and she said to get in touch if anything ever went wrong. Well, it has: two pallets of our bag-in-box order arrived split and leaking, and the replacement was promised "this week" three weeks ago.

Neil Whitcombe
""")

msg("Lucy Hammond <lucy.hammond@mailtree.example>",
    "Out of office from tomorrow - but first",
    "cancellation_threat,outage,technical_issue", "looks_automated",
    "customer announces own absence then complains",
    """\
Hi,

I'm out of the office from tomorrow until 2 September with no access to email, so please reply to my colleague Dev (dev.shah@mailtree.example) on anything urgent.

Before I go though: your payment portal for franchise fees has been down every time I've tried this week (I get "Service unavailable" on the login screen), and we are going to be charged a late fee for something we literally cannot pay. If this happens again next quarter we will not be renewing the franchise in January, and you can take that as formal notice of our intention.

Lucy Hammond
Office Manager, Sunny Scoops (Devon)
""")

msg("Kieran Boyd <kieran.boyd@boydracing.example>",
    "Re: Repair RC-2241",
    "broken_promise,repeat_contact,severe_dissatisfaction", "-", "many chasers, furious",
    """\
I have rung four times and emailed twice. Each time I'm told the repaired buggy "goes out tomorrow". It's been SEVEN WEEKS. You said 10 days. I am absolutely furious. Send it back today, repaired or not.

Kieran
""")

msg("Grace Wetherby <grace.wetherby@wetherby-farm.example>",
    "Re: Tank warranty claim",
    "legal_threat,technical_issue", "quoted_reply_above", "lawyer threat in own words; failed pump; earlier desk reply quoted",
    """\
Thank you for your reply, but I don't accept that a pump failing after 11 months is "outside warranty" when your own paperwork says 24 months. I've sent the contract and your reply to my solicitor and she'll be in touch with you directly next week.

Grace Wetherby

-----Original Message-----
From: Support <support@example.test>
Sent: 08 July 2025 10:02
To: Grace Wetherby <grace.wetherby@wetherby-farm.example>
Subject: RE: Tank warranty claim

Dear Mrs Wetherby,
Pumps are covered for 12 months from the date of installation. As your
installation was on 2 August 2024 the claim falls outside this period.
Kind regards
""")

msg("Oliver Trent <oliver.trent@trentmail.example>",
    "Card data",
    "security_incident", "-", "fraud after purchase, suspects leak",
    """\
Hi,

Two days after I paid for my range day voucher on your site, my card was used for £900 at an electronics store in Madrid. Bank says the only online place I've used that card this month is yours. I've had the card cancelled. I think your checkout might have been compromised and I think you should look at it, because if it's you it won't just be me.

Oliver
""")

msg("Zainab Hussain <zainab.hussain@hussainfamily.example>",
    "Treatment by studio staff",
    "discrimination_harassment", "-", "religious discrimination, hijab",
    """\
Assalamu alaikum / Hello,

I'm writing about my visit on Tuesday for my daughter's first birthday cake smash session. When I arrived the receptionist asked whether I'd "be taking that off for the photos", pointing at my hijab, and when I said no she said that the photographer "doesn't really do that look" and offered to move us to "a quieter day". In the end we were seen, but the photographer barely spoke to me and made a comment about "your lot" to her colleague.

I felt humiliated in front of my mother. I've used your studio before with my son and this never happened. I want you to know this isn't acceptable and I'd like a response in writing.

Zainab Hussain
""")

msg("Martin Ellery <martin.ellery@elleryconsult.example>",
    "Data you hold on me",
    "regulatory", "-", "GDPR violation allegation, not a question",
    """\
Dear Sir/Madam,

I unsubscribed from your marketing emails in January and I have since received eleven further mailings, including two text messages. That is a breach of the GDPR and PECR. I'm giving you seven days to confirm my details have been removed before I lodge a complaint with the ICO.

Martin Ellery
""")

msg("Beth Caldwell <beth.caldwell@caldwellfarm.example>",
    "order",
    "broken_promise,cancellation_threat", "short_angry", "short; conditional cancellation",
    """\
You promised the shirts for the 10th. It's the 14th. If they're not here by Friday, cancel the whole order and refund me.
""")

msg("Rory Kennington <rory.k@kenningtonmail.example>",
    "Your online shop is broken AGAIN",
    "outage,severe_dissatisfaction,technical_issue", "-", "checkout 502, shouting",
    """\
Every single page on your shop has been giving a 502 Bad Gateway for the whole afternoon. The basket, the login, the track-my-order page, all of it. This is the THIRD outage this month and it's Black Friday weekend. Ridiculous. Utterly pathetic for a shop that sells £400 cars.
""")

msg("Annabel Fry <annabel.fry@frygallery.example>",
    "Can I get the name of your Chairman?",
    "corporate_contact_request,executive_contact", "-", "asks for chairman's address in order to write to him",
    """\
Good afternoon,

Could you please let me have the name and postal address of your chairman, or whoever sits on the board of the lighthouse holidays company? I'd like to write about the condition of Spurn Light on our stay and the response from your customer team, which I don't think the board would be happy with.

Best wishes,
Annabel Fry
""")

msg("Patricia Greenhalgh <pat.greenhalgh@greenhalghmail.example>",
    "Fw: Undeliverable: Complaint - booking 5521",
    "repeat_contact,severe_dissatisfaction,technical_issue", "looks_automated", "customer pastes a bounce and complains on top",
    """\
I have tried to send this complaint to your "complaints@" address three times now and every time I get the message below. So I'm sending it here. Is anybody actually there?

The short version: the lighthouse was filthy, the hot water didn't work for two days of our four, and nobody came. It was an absolute shambles and the most miserable holiday we've had in 20 years.

Pat Greenhalgh

---------- Forwarded message ---------
From: Mail Delivery System <MAILER-DAEMON@mx.greenhalghmail.example>
Date: Mon, 12 May 2025 at 19:40
Subject: Undeliverable: Complaint - booking 5521

Delivery has failed to these recipients or groups:
complaints@lighthouse-lets.example
The recipient's mailbox is full and can't accept messages now.
""")

msg("Hannah Osei-Bonsu <hannah.ob@obmail.example>",
    "Photos lost in 'migration'",
    "data_loss,technical_issue", "euphemism", "data loss described via 'migration' euphemism",
    """\
Hi,

I got your email saying you'd "migrated the client galleries to a new platform". When I log in to the new one I have my 2023 maternity shoot but the newborn and 6-month sessions from last year aren't there at all, and the digital files I'd paid for (the £180 package) say "file not found" when I click download. I never downloaded them because I thought they were safe with you.

Please tell me they still exist somewhere.

Hannah
""")

msg("Carl Bennett <carl.bennett@bennettmotors.example>",
    "CFPB complaint filed",
    "billing_dispute,regulatory,repeat_contact", "-", "US customer, CFPB + billing; called twice before",
    """\
Hi,

I was billed $1,249 twice on March 3 for the same hobby-grade truck (order #US-30281). I called your helpline twice and was told it was a "pending authorization" that would drop off. It didn't drop off, both charges posted.

I've filed a complaint with the CFPB and with my card issuer this morning. If you refund the duplicate before they get to it, great.

Carl Bennett
Tucson, AZ
""")

msg("Maeve O'Rourke <maeve.orourke@orourkemail.example>",
    "your installer",
    "discrimination_harassment,manager_request", "-", "installer abusive to elderly customer",
    """\
Hello,

My mother is 84 and lives on her own. Your installer who came on Wednesday to survey for the rainwater tank shouted at her when she asked him to take his boots off, called her a "daft old bat" and told her she'd be "dead before it paid for itself anyway". She rang me in tears.

I'd like to speak to whoever manages the installers, please. She won't have him back in the house.

Maeve O'Rourke
""")

msg("Stephen Ashdown <s.ashdown@ashdownfamily.example>",
    "Review",
    "media_threat", "-", "mild-tone but explicit public review threat",
    """\
Hi there. Just to let you know that unless I hear back about the missing cider press parts by the end of the week I'm going to put up a review on the usual sites describing the whole saga, with the dates. I'd rather sort it out with you directly, so over to you.

Steve Ashdown
""")

msg("Julia Kemp <julia.kemp@kempmail.example>",
    "Reference: RS-8821",
    "legal_threat,repeat_contact", "formal_legal_steps", "legal steps in formal letter voice; two unanswered emails before",
    """\
Dear Sir or Madam,

Re: Membership agreement RS-8821 - suspension without notice

On 3 June my membership was suspended without explanation and my access card deactivated, six days into a paid annual term. My emails of 4 June and 9 June have not been answered.

Please treat this letter as formal notice that unless the suspension is lifted, or the unused portion of the fee (£512) refunded, within 14 days, I shall take legal steps to recover it without further reference to you.

Yours faithfully,
Julia Kemp
""")

msg("Bryony Lister <bryony.lister@listerhome.example>",
    "Idea for your shop",
    "feature_request", "-", "refill shop: pre-weighing tare feature",
    """\
Hello lovely refill people!

Love what you're doing. One idea: would you consider adding a little bit to the app where I can save the weight of each of my own jars? Then at the till you could just scan the jar's QR sticker instead of me queuing to weigh it empty. I've got about 15 jars that come every time and the weighing queue on Saturday is a killer.

Bryony x
""")

msg("Dev Patel <dev.patel@mailstream.example>",
    "Please add support for 2 drivers on the booking",
    "feature_request", "-", "wedding car booking: second driver field",
    """\
Hi,

When booking the cars for my sister's wedding I needed two cars with two chauffeurs and the form only lets you put one pickup address and one contact. I had to make two separate bookings and then ring to link them. Please add multi-car bookings with separate pickup points to the online form, I'm sure lots of weddings need it.

Dev
""")

msg("Rebecca Thornbury <rebecca.thornbury@thornbury.example>",
    "account closed - wasted afternoon",
    "cancellation_threat,technical_issue", "indirect_cancellation", "'you've lost a customer'",
    """\
Spent my whole afternoon trying to book the photo session for my grandson. The calendar keeps resetting to January every time I pick a month, and when I finally got to the payment page it said "invalid postcode" for a postcode I've lived at for 30 years.

You've lost a customer. I've booked with the studio in town instead and I've deleted my account.
""")

msg("Hugo Lambert <hugo.lambert@lambertfarms.example>",
    "Re: Delivery of rainwater system - 3 units",
    "high_value_order,severe_dissatisfaction", "-", "GBP 18,300 farm order; damaged tanks, angry",
    """\
This is beyond a joke. Two of the three 25,000 litre tanks on order RW-8830 (£18,300 total) have arrived with cracks down the side, the third has no inlet fitting at all, and the lorry driver dumped them in the wrong field. Completely, utterly unacceptable for a system of this price.

I want a date for replacements by return.

Hugo Lambert
""")

msg("Samira Khan <samira.khan@khanfamily.example>",
    "complaint - for the attention of the CEO",
    "executive_contact,manager_request", "-", "wants escalation and is contacting CEO",
    """\
I'd like this complaint escalated please, and I'll also be sending a copy to your chief executive on LinkedIn since I can't find an email for her.

We had a shooting experience day booked as a 40th birthday present for my husband. We arrived and were told there was "no record" of the booking even though I had the confirmation email on my phone. The receptionist refused to look at it and told us to "stop making a scene". We drove 90 minutes each way.

Samira Khan
""")

msg("Gavin Marsh <gavin.marsh@marshcarpentry.example>",
    "door opener - 5th email",
    "repeat_contact,technical_issue", "-", "explicit fifth contact",
    """\
5th email about this. Opener beeps 3 times and does nothing. Engineer came once, "reset it", it broke again the same night. I need a new motor, not another reset.
""")

msg("Isobel Fairley <isobel.fairley@fairleyathome.example>",
    "Deleted by mistake??",
    "data_loss", "-", "data deleted by staff, not a product bug",
    """\
Hi,

The lady in your Harrogate shop told me she'd "tidied up" old accounts last week and accidentally deleted mine. My five years of bookbinding class certificates and the record of my completed modules (I was two modules off the diploma) are all gone from the student area. She said there was nothing she could do. Is that really true?

Isobel
""")

msg("Callum Reid <callum.reid@reidmail.example>",
    "refund",
    "billing_dispute", "chargeback_threat", "chargeback threat",
    """\
You charged me £89 for a "no-show fee" on a session I cancelled 5 days in advance (I have your confirmation email). Refund it or I'll do a chargeback with my bank. Your choice.
""")

msg("Esther Adeyemi <esther.adeyemi@adeyemi.example>",
    "Unacceptable behaviour from your driver",
    "discrimination_harassment", "-", "racist remark by chauffeur",
    """\
Dear sir/madam,

On Saturday 7 June your chauffeur drove my family in the Bentley for my niece's wedding. During the journey he made a remark about "how many of you there always are at these African weddings" and asked my father, a retired headteacher, whether he "understood English". My father was deeply offended and so was I. I'm writing to make a formal complaint about him.

Esther Adeyemi
""")

msg("Nick Fowler <nick.fowler@fowlerbrothers.example>",
    "Our reseller account",
    "cancellation_threat,corporate_contact_request", "-", "wants head office number, threatens to drop range",
    """\
Hi,

We've stocked your surfboards in our three shops for five years. The last two consignments were late and half the boards had pressure dings. Nobody in your sales office returns calls.

Please give me the direct number or email of somebody at head office, not the support line, because I need to decide this month whether we keep carrying your boards next season. Right now the answer is no.

Nick Fowler
Fowler Brothers Surf
""")

msg("Agnieszka Wrobel <a.wrobel@wrobelhome.example>",
    "Order cancel and complaint",
    "broken_promise,cancellation_threat,severe_dissatisfaction", "non_native", "non-native anger; measuring visit missed again",
    """\
Hello,

I am very very angry. Three times you change the date for measuring of my garage door and yesterday the man is not coming again and nobody call me. I take free day from my work for this. It is shame, really disgusting service.

I don't want anymore your door. I will order from other company. Please cancel and give back my deposit 300 pound.

Agnieszka Wrobel
""")

msg("Paul Jennings <paul.jennings@jenningslaw.example>",
    "Re: Withdrawn stock",
    "legal_threat,safety", "lawyer_customer_threat", "a lawyer who genuinely threatens as a private customer",
    """\
Further to my call this morning: the replacement cider bottle from the batch you told me had been "checked" exploded in my kitchen this evening. Glass across the floor, my son's foot is cut and needed steri-strips.

I'm a litigator by trade, so you'll understand that I don't say this lightly: unless I hear what you are doing about this batch by Monday, I will be issuing proceedings.

Paul Jennings
""")

msg("Ashley Cooper <ashley.cooper@cooperinbox.example>",
    "can't get in",
    "outage,technical_issue", "-", "nobody at the range can use the card gate",
    """\
The card gate at the range entrance hasn't accepted anyone's card since this morning. About 15 members standing in the car park, the office phone goes to voicemail, and your members' website shows "Service Unavailable" so we can't even book a lane. Is someone coming?
""")

msg("Tamsin Holt <tamsin.holt@holtcreative.example>",
    "Bit of a rant, sorry",
    "broken_promise,manager_request,repeat_contact", "buried_trigger", "long ramble, manager request in the middle",
    """\
Hello,

Where do I start. We ordered a bespoke leather-bound guest book for our wedding back in January, with our initials and the date tooled on the front. Lovely consultation, really enjoyed it, your colleague Maria was a delight and very patient with my mum who had Opinions about the colour of the thread.

We were told mid-March. Mid-March came and went and I rang and was told April. I rang in April and was told it was "in the bindery". I emailed twice in May with no reply, and this is my third email. The wedding is in 12 days. Honestly at this point I need somebody senior to pick this up and tell me yes or no, because I need to make a plan B, and I'd rather not because we love the design.

Other than that we've had a lovely experience with your company, which is why this is so frustrating. I'm not an angry person but I'm running out of patience.

Thanks,
Tamsin
""")

msg("Oskar Lindqvist <oskar.lindqvist@nordmail.example>",
    "Login not working for whole team",
    "outage,technical_issue", "non_native", "franchise portal down for all users",
    """\
Hi,

Our whole team (4 vans) can not log in to the franchise portal since yesterday evening. It say "Internal Server Error 500" directly after the user name. We can not see the routes for the weekend and the stock order is not possible. Is it known problem on your side?

Regards
Oskar
""")

msg("Felicity Grange <felicity.grange@grangeestate.example>",
    "Deposit - Gull Rock",
    "billing_dispute,broken_promise", "-", "promised deposit return not made and wrong deduction",
    """\
Dear bookings team,

Following our stay at Gull Rock (booking GR-1093), you deducted £150 from our £400 deposit for a "broken lamp". The lamp was broken when we arrived and we reported it by email the first evening (copy below in my sent items, 14 April, 19:02). Your housekeeper Jill replied that she'd note it and that it "wouldn't be charged".

Please return the £150 as promised.

Felicity Grange
""")

msg("Marcus Webb <marcus.webb@webbmail.example>",
    "disgusting",
    "severe_dissatisfaction", "-", "pure anger, no other trigger",
    """\
I have never in my life been spoken to the way your range officer spoke to me today in front of my teenage son, telling me I was "a liability" because I asked a question about the safety briefing. Disgusting attitude. Absolutely disgraceful way to run a club.
""")

msg("Charlotte Evans <charlotte.evans@evanshq.example>",
    "Journalist - request for comment",
    "media_threat", "journalist_inquiry", "trade magazine journalist, polite",
    """\
Dear press office,

I'm writing a feature for Model Hobbies Monthly about the rise in LiPo battery incidents and the advice retailers give to families. Would someone from your shop be available for a short phone interview next week, or could you send a written statement about your charging guidance and returns policy for damaged packs?

Best wishes,
Charlotte Evans
Staff Writer, Model Hobbies Monthly
""")

msg("Tony Russo <tony.russo@russoices.example>",
    "Franchise renewal",
    "cancellation_threat,executive_contact", "-", "will not renew; wrote to board",
    """\
Hi,

I've just sent a letter to the board of directors setting out why we won't be renewing our franchise agreement in March unless the territory dispute with the Weymouth van is sorted. I've had no help from the franchise support team in six months. Consider this a heads-up.

Tony Russo
Russo's Ices
""")

msg("Laura Whitfield <laura.whitfield@whitfieldhome.example>",
    "Re: Order SH-4410",
    "broken_promise,media_threat", "-", "promised exchange, threatens Trustpilot",
    """\
You said on the phone on the 2nd that an exchange pair of the boots would be posted "today". It's the 16th. Nothing. I'll give it until Friday and then the one-star review goes up on Trustpilot, and on the local Facebook group where I got your recommendation from.

Laura
""")

msg("Howard Pike <howard.pike@pikeonline.example>",
    "State attorney general",
    "billing_dispute,regulatory", "-", "US: AG complaint threat about auto-renew",
    """\
I was auto-renewed for a $649 annual membership I never agreed to auto-renew (the box was pre-checked, I have the screenshots). I've asked for it to be reversed. If it isn't reversed in full, I'm filing a complaint with the state attorney general's consumer protection office, who I'm told take these auto-renewal practices seriously.

Howard Pike
""")

msg("Georgina Hart <georgina.hart@hartstudio.example>",
    "Export of gallery",
    "feature_request", "-", "asks for new export option (not whether it exists)",
    """\
Hello!

We adore the photos from Milo's shoot. My only wish: please add an option to download the whole gallery as a single zip with the original file names. At the moment I have to click each of the 38 photos one by one, and my mum wants them all on a memory stick.

Thank you!
Georgina
""")

msg("Duncan Frew <duncan.frew@frewmail.example>",
    "legal department contact",
    "corporate_contact_request", "-", "asks for legal department contact, no threat",
    """\
Hello,

Could you please give me a direct email address or phone number for your legal department? Not the general support line. I need to send them the paperwork about the boundary wall your installers took down when they put in our tank, as our insurer has asked for the correct contact.

Thanks,
Duncan Frew
""")

msg("Marjorie Pell <marjorie.pell@pellhouse.example>",
    "Name and email of a director please",
    "corporate_contact_request,executive_contact", "-", "asks a director's email to write to them",
    """\
Dear Sir or Madam,

I'm afraid I've given up on the bookings line. Would you kindly send me the name and email address of one of your directors, so that I can write to them about how my late husband's deposit for the Spurn Light holiday has been handled? I would prefer to put it in writing to someone at the top.

Yours faithfully,
Marjorie Pell (Mrs)
""")

msg("Ryan Sutcliffe <ryan.sutcliffe@sutcliffemail.example>",
    "Orders I didn't place??",
    "security_incident", "-", "orders placed from his account by someone else",
    """\
Hi

I've just had three "Thanks for your order!" emails from you for a 1/8 nitro buggy, two batteries and a charger, going to an address in Birmingham. I didn't order any of it. I logged in and the orders are there, paid with my saved card. Someone's got into my account. Please stop those parcels going out!!

Ryan
""")

msg("Gwen Tudor <gwen.tudor@tudorfamily.example>",
    "I've been sent someone else's invoice",
    "security_incident", "-", "company sent her another customer's personal data",
    """\
Hello,

The invoice you emailed me this morning for "my" Austin Princess wedding hire is not mine. It has another bride's full name, home address, phone number, wedding date and the last four digits of her card. I don't know her. If I've got hers, I suspect someone else has got mine.

I've deleted it, but you need to look into this.

Gwen Tudor
""")

msg("Margaret Iles <margaret.iles@ilesfamily.example>",
    "The scans of Mum's letters",
    "data_loss,legal_threat", "buried_trigger", "long mail; lost scans and small-claims line in the middle",
    """\
Dear Mr Hollis,

I hope you are well. I wanted to start by saying how beautiful the sample binding you showed me in March was; my sister cried when she saw it. As you'll remember, the plan was for your studio to scan all 212 of Mum's wartime letters first, so that each of us could have a digital copy, and then to bind the originals into two volumes.

This morning your assistant rang to say that the scans "aren't on the system any more" after you changed computers, and that the letters have already gone to the bindery, so they can't be rescanned without unpicking the volumes. I asked her twice whether there was a backup and she said no.

I have thought about this all day. Those scans were the only way my brother in Canada would ever see the letters. If there is genuinely no way to recover them, and you won't cover the cost of unbinding and rescanning, I will take this to the small claims court, which I would hate to do after so many years of using you.

I'd be grateful for a proper answer by the end of the week.

With best wishes,
Margaret Iles
""")

msg("Viktor Horvath <viktor.horvath@horvathmail.example>",
    "Van lease contract - I bring you to the court",
    "billing_dispute,legal_threat", "non_native", "non-native legal threat; lease debits after contract end",
    """\
Hello,

I am franchisee since 2022. You take from my account every month 640 pound for the van lease but the contract is finish in March, I have the paper with the signature of Mr Dale. Three months you take the money without contract.

I will not discuss more with the call centre. If the money is not back in my account in two weeks, I bring you to the court. My cousin is working in a law office and he prepare already the letter.

Viktor Horvath
""")
