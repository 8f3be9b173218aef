# English customer mail with at least one trigger. Hand-written, one block per message.
# Fields: ind (industry), frm, subj, trig (space separated), trap, note, body, opt (packaging hints)

def M(**k):
    return k

# The phishing mail Tamsin Goodwin attached (message/rfc822 attachment content).
PHISH_EML = """\
From: Orders <orders@fernpost-jewellery.example>
To: tamsin.goodwin@fernpost.example
Subject: Action required: your order is on hold
Date: Mon, 14 Oct 2024 06:12:40 +0000
Message-ID: <ph1sh0142@bulk-sender.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Dear Tamsin,

Your order #JW-20417 (Luna bracelet) is on hold pending card verification.
Please confirm your card details within 24 hours to avoid cancellation:

https://verify-orders.bulk-sender.example/secure

Thank you for shopping with us.
"""

MESSAGES = [

M(ind="luthier", frm="Callum Brannigan <callum.brannigan@postbox.example>",
  subj="Re: my Telecaster - neck reset",
  trig="broken_promise legal_threat", trap="indirect_legal_threat",
  note="legal threat via brother-in-law solicitor buried mid-mail",
  body="""\
Hi Rhys,

Hope the workshop is less chaotic than last time I was in. I wanted to follow up about the '72 Telecaster I dropped off on the 14th for the neck reset and refret. When I left it with you, you were quite clear that it would be ready "by the 3rd at the absolute latest" because I told you about the gig at the Corn Exchange. The 3rd came and went, nobody rang, and when I came by on the Saturday the shop was shut with a note on the door.

I've been patient, I really have. I know good work takes time and I'd rather wait than have it rushed. But I played the gig on a borrowed Squier and it was embarrassing, frankly.

I'll be honest, my brother-in-law is a solicitor and he will be reading whatever reply you send to this, so please think carefully about what you put in writing regarding where my guitar actually is and when I will get it back. It's a vintage instrument and it's insured for a lot more than your repair fee.

I'd still like this to end well. Just give me a date you'll actually stick to.

Callum
07700 555 214
"""),

M(ind="archery", frm="Priya Nandakumar <priya.n@quivermail.example>",
  subj="booking page",
  trig="outage technical_issue", trap="outage_without_keyword",
  note="outage described as 502 on every booking attempt, club-wide",
  body="""\
Hello,

Since about half seven this morning every single person in our club has been trying to book lanes for Saturday's practice and the page just spins and then says 502 Bad Gateway. Tried on phone, laptop, my husband's work PC. Same for everyone in the WhatsApp group. The login page doesn't even come up half the time.

We have 14 juniors booked in for the county trials prep so this is quite urgent for us.

Priya (Tollgate Bowmen, junior coordinator)
"""),

M(ind="keyboards", frm="\"Jonas Lindqvist\" <jlindqvist@fragbox.example>",
  subj="Firmware 2.4.1 ate all my macros",
  trig="data_loss technical_issue", trap="-",
  note="data wiped by firmware update",
  body="""\
so I ran the update the software nagged me about (2.4.1) on my K88 and after the reboot every profile is gone. not reset to default. GONE. 6 profiles, around 40 macros for my raid setup, per-key lighting I spent a whole weekend on.

the onboard memory shows "empty slot" for all five slots and the cloud backup in the app shows last sync "never" even though I had cloud sync switched on since I bought the thing.

is there any way to get them back? some log, some cache file, anything? I'm on Windows 11 if that matters.

Jonas
"""),

M(ind="tea", frm="Margaret Oduya <m.oduya@hearthmail.example>",
  subj="Charged twice for October box",
  trig="billing_dispute", trap="-",
  note="plain double charge",
  body="""\
Good afternoon,

My card statement shows two payments of 24.90 GBP to your company on the 2nd of October, both with the reference SPICE-CLUB. I only have one subscription (the Chai Lover box) and only received one box.

Please could you refund the second payment. I have attached nothing because I don't know how to make a screenshot of the bank app, sorry, but the dates and amounts are as above.

Kind regards,
Margaret Oduya
"""),

M(ind="removals", frm="Hendrik de Groot <hdegroot@zeecontainer.example>",
  subj="Container to Auckland - shipment HX-20931 still held, EUR 9,850 paid",
  trig="broken_promise high_value_order manager_request repeat_contact", trap="-",
  note="high value removal, third contact, wants someone senior",
  body="""\
Dear Sir or Madam,

I am writing for the third time now about our household move to Auckland, shipment reference HX-20931. We paid your invoice of EUR 9,850.00 in full on 22 August. Your colleague Mrs. Pratt wrote to me on 10 September that the container would be released from customs in Rotterdam "within five working days" and that she would send the new vessel details. Since then I have heard nothing.

We are now living in a rented flat in Auckland with two suitcases and our children have no beds. My two earlier e-mails (12 and 19 September) were answered only with an automatic ticket number.

I would like somebody with actual responsibility for the shipment, a team leader or the operations manager, to call me. I am available on +64 9 555 0172 in the evening your time.

Regards,
Hendrik de Groot
"""),

M(ind="carseat", frm="Laura Whitfield <laura.whitfield@nestmail.example>",
  subj="Buckle on the Orbit 360 wouldn't release after the accident - please read",
  trig="safety technical_issue", trap="-",
  note="car seat buckle failure trapping child",
  body="""\
Hi there,

I bought an Orbit 360 from your Leeds store in March. On Sunday we had a minor bump on the ring road, nobody was hurt thank god, but afterwards I could not get the harness buckle to release. I pressed the red button as hard as I could, my partner tried, a man who stopped to help tried. My son (2) was stuck in the seat screaming on the hard shoulder for about twenty minutes until a paramedic cut the straps.

If there had been a fire or anything I dont even want to think about it.

The seat is in our garage, I have not touched it since. What do you want me to do with it? And is there a problem with this batch, because my sister has the same one.

Laura
"""),

M(ind="dance", frm="Beatriz Santos <bia.santos@ritmo-mail.example>",
  subj="about saturday class",
  trig="cancellation_threat discrimination_harassment", trap="non_native_english",
  note="harassment by instructor; announces not coming back",
  body="""\
hello,

i dont know who i must write this so i write here. In the salsa intermediate class on saturday the teacher (the tall one, Marco i think) make comments on my body in front of everybody, he say "you need to lose the hips before you can move the hips" and everybody laugh. After the class he message me on instagram private with things i dont want to repeat here. I am not the only girl he do this.

I paid the full term and now i dont want to go back. I want that somebody do something about this, is not ok.

Beatriz
"""),

M(ind="septic", frm="Gordon Pike <gordon.pike@fieldpost.example>",
  subj="Your tanker driver left raw sewage running into my neighbour's well",
  trig="safety severe_dissatisfaction", trap="-",
  note="service failure with health hazard, no product breakage",
  body="""\
I am absolutely livid.

Your driver came this morning to empty the tank at Holly Farm. He did not close the valve on the hose properly before he pulled it out and a good few hundred litres of raw sewage went across the yard and straight down into the drain that runs to the Keenans' well. They've got a newborn in the house and drink from that well. He shrugged and drove off.

I have told the Keenans not to drink the water. Somebody from your company needs to come out TODAY and deal with this. Worst contractor I have had on this farm in thirty years.

Gordon Pike
Holly Farm
"""),

M(ind="wig", frm="Anita Ramsay <anita.ramsay@willowmail.example>",
  subj="Re: Your order W-5512",
  trig="broken_promise repeat_contact severe_dissatisfaction", trap="-",
  note="medical wig, third chase, promised dispatch",
  body="""\
This is now the fourth time I've emailed about this order.

I started chemo on the 2nd. I ordered the wig in August precisely so that I would have it BEFORE my hair started coming out, and your colleague promised me on the phone it would be dispatched "end of next week, guaranteed". That was three weeks ago. I have had no wig, no tracking number and no call back.

I'm sitting here in a headscarf writing this. I honestly can't put into words how appalling this is. Please just tell me where it is.

Anita
"""),

M(ind="trainer", frm="Tom Okafor <tomokafor@pulsefit.example>",
  subj="Coaching app - can you add a way to log rest days?",
  trig="feature_request", trap="-",
  note="polite feature request",
  body="""\
Hey team,

Loving the programme so far, 6 weeks in and I've added 20kg to my deadlift. One small thing: there's no way to mark a day as a planned rest day, so my streak counter resets and the app tells my coach I "missed" a session. Would be really handy if you could add a rest-day button, or let the coach set rest days in the plan.

Cheers,
Tom
"""),

M(ind="insulation", frm="Fiona MacLeod <fiona.macleod@glenpost.example>",
  subj="cavity wall job 14 Brae Road - damp since install",
  trig="broken_promise cancellation_threat", trap="-",
  note="'not paying the balance and going elsewhere' framed as leaving",
  body="""\
Hello,

Your surveyor said after the cavity wall fill in June that the damp patch in the back bedroom was "nothing to do with the insulation" and that someone would come back in two weeks to check it with a meter. Nobody came. The patch is now the size of a door and the wallpaper is coming off.

I had another company round on Tuesday and they said the fill has bridged the cavity under the window. They have quoted to extract it and redo it. Unless somebody from you is here by the end of next week I will be giving them the work and you can forget about the rest of the contract (the loft top-up in the spring).

Fiona MacLeod
"""),

M(ind="jewellery", frm="Sophie Carr <sophiecarr@lilacpost.example>",
  subj="my account was used to order things I never ordered",
  trig="security_incident", trap="-",
  note="account takeover; product not described as broken",
  body="""\
Hi,

I just got three "your order has shipped" emails for orders I didn't place: 4 pairs of the gold hoops and two charm bracelets, sent to an address in Coventry that I've never heard of. When I logged in my delivery address and phone number had been changed and there's a new card on the account ending 0931, not mine.

I've changed my password now. Please cancel those orders before they go out and tell me what the person could see. My home address was on there.

Sophie
"""),

M(ind="bridge", frm="Derek Hollins <derek.hollins@slammail.example>",
  subj="Masterpoints",
  trig="data_loss technical_issue", trap="-",
  note="records missing after migration",
  body="""\
Dear Club Software support,

Since you moved us onto the new scoring system last week, the masterpoint history for about a third of our members has vanished. Anyone who joined before 2015 now shows 0 lifetime points. Mrs Ellery had 1,840 and is now listed as a beginner, and she is not best pleased, as you can imagine.

We do not have a separate copy, the whole point of paying you was that you held the records.

Derek Hollins
Hon. Secretary, Ashdown Bridge Club
"""),

M(ind="calligraphy", frm="\"Mei Tanaka\" <mei.tanaka@inkwell-mail.example>",
  subj="Course videos will not play",
  trig="technical_issue", trap="-",
  note="single feature broken, not an outage",
  body="""\
Hello,

In the Copperplate Foundations course, lessons 7 to 12 show a black screen with the message "Error 4012: media could not be loaded". Lessons 1-6 play fine. I've tried Chrome and Safari and cleared the cache. Other courses on my account are fine, it's only these six.

Thanks,
Mei
"""),

M(ind="tyres", frm="Ben Carruthers <ben.carruthers@roadmail.example>",
  subj="You have given me somebody else's tyres",
  trig="severe_dissatisfaction", trap="-",
  note="service error (not technical), strong anger",
  body="""\
Picked up my stored winter set today (ticket 4471) and when I got home I noticed they're Hankooks, 205/55 R16. Mine were Continental WinterContact, 225/45 R17, nearly new, I paid over 600 quid for them last October.

So somebody else is driving around on my tyres and I have a set that doesn't fit my car. This is an absolute joke of a business. How do you lose track of four tyres when they literally have a label on them?

Ring me: 07700 555 388.
"""),

M(ind="keyboards", frm="Kai Brennan <kai@levelupesports.example>",
  subj="Team order KB-88215 - 60 units, USD 7,140 - wrong switches",
  trig="high_value_order technical_issue", trap="-",
  note="high value with technical defect; business tone",
  body="""\
Hi,

We received our team order KB-88215 (30x Vanta TKL, 30x Strix mouse, invoice total USD 7,140.00) on Monday. The invoice and the order confirmation both say Linear Red switches. Every one of the 30 keyboards has Clicky Blue switches. On top of that, 6 of them have a dead F-row (F1-F6 don't register at all, tested on three different PCs).

Our season starts on the 18th and the players cannot stream with clicky boards next to the mic. What are our options? We'd prefer an exchange rather than a refund.

Kai Brennan
Operations, Level Up Esports
"""),

M(ind="dance", frm="Rachel Green-Ashby <rga@ashbyhome.example>",
  subj="Term fees",
  trig="billing_dispute cancellation_threat", trap="-",
  note="charged after cancelling, threatens to leave entirely",
  body="""\
Hi

I withdrew Ellie from Tuesday ballet in July, by email, and got a reply from Hannah confirming it. You have still taken 87.00 for the autumn term by direct debit on 1 September.

I want that back please. And if it's not sorted this week, Ellie's sister will be leaving Thursday tap as well and we'll go to Studio Nine, where her friends are anyway.

Rachel
"""),

M(ind="trainer", frm="Dmitri Volkov <d.volkov@northpeak.example>",
  subj="someone logged into my coaching account from abroad",
  trig="security_incident", trap="-",
  note="suspicious logins",
  body="""\
Hi,
Got a notification last night that my account was accessed from a new device in "Lagos, Nigeria" and then another from "Jakarta". I've never been to either. My body measurement photos and progress pics are on that account. I've reset my password but I want to know whether those sessions actually got in and what they could see/download. Please check your logs.
Dmitri
"""),

M(ind="tea", frm="Helen Achterberg <helen.achterberg@polderpost.example>",
  subj="Glass in the Darjeeling tin",
  trig="safety", trap="-",
  note="contamination hazard",
  body="""\
Dear Tea Club,

This morning when I was spooning tea from the September Darjeeling tin into the pot I found a shard of clear glass, about 1 cm long, mixed in with the leaves. It must have been in the tin from the start since I have only opened it twice.

I did not swallow anything and nobody was hurt, but it could easily have ended up in a cup. I have kept the shard and the tin. Please tell me what you want me to do and whether other tins from this batch (the lid says L0923) might have the same problem.

Helen Achterberg
"""),

M(ind="luthier", frm="Mateo Rinaldi <mateo.rinaldi@arcomail.example>",
  subj="Restoration estimate - Gibson J-45, not what we agreed",
  trig="billing_dispute", trap="-",
  note="invoice amount disputed against quote",
  body="""\
Hello,

You quoted me 420 pounds in writing (email from Rhys, 2 May) for the bridge reglue, new saddle and setup on my J-45. The invoice I got with the guitar says 695. Nobody rang me to approve extra work, there's a line for "bracing inspection" at 180 and a "humidification treatment" at 95 that I never asked for.

I'm happy to pay the 420 we agreed. Please send a corrected invoice.

Mateo
"""),

M(ind="removals", frm="Aoife Brennan <aoife.brennan@liffeymail.example>",
  subj="Antique dresser destroyed",
  trig="broken_promise cancellation_threat manager_request media_threat", trap="-",
  note="threat of reviews, wants manager, won't use again for second leg; packer's promise broken",
  body="""\
To whoever reads this,

The 19th century dresser that was my grandmother's arrived in Boston in three pieces. The crate had been stood on its end and the back panel is completely smashed. Your packer told me on the day it would be "bubble-wrapped and blanket-wrapped and fully crated". It was neither.

I want a manager to ring me, not another customer service email with a claim form attached. If I don't hear from someone senior by Friday I'm putting the photos on every review site I can find and in the expat Facebook groups (about 40,000 members between them). And we will not be using you for my parents' move in spring, which was already agreed.

Aoife Brennan
+1 617 555 0139
"""),

M(ind="calligraphy", frm="Sarah Lowe <sarah.lowe@quillpost.example>",
  subj="instructor comments in the forum",
  trig="discrimination_harassment", trap="-",
  note="disability-related harassment by staff",
  body="""\
Hi,

I've been doing the Italic course for two months. I have a tremor in my right hand (MS) and I mentioned it in my intro post so people would understand why my strokes wobble.

Last week the tutor marking the assignments, Gareth, wrote under my upload "maybe try a hobby that suits your hands better". Then in a live session he used me as an example of "what not to do" and did an impression of shaking. Other students messaged me privately to say it was awful.

I'm not asking for a refund, I love the course. I'm asking that this be taken seriously.

Sarah
"""),

M(ind="septic", frm="Nigel Barraclough <nigel.b@moorside.example>",
  subj="RE: Invoice 33019",
  trig="billing_dispute", trap="-",
  note="charged for a visit that did not happen",
  body="""\
You've charged me 285.00 for an emergency callout on the 11th. Nobody came on the 11th. I waited in all day, rang twice, and in the end my neighbour's contractor emptied it. I have his receipt.

Please cancel invoice 33019.

N. Barraclough
"""),

M(ind="jewellery", frm="Chloe Bennett <chloe.bennett@petalmail.example>",
  subj="Nickel free?? my ears",
  trig="safety severe_dissatisfaction", trap="-",
  note="injury claim (burn/rash) from mislabelled product",
  body="""\
Your "hypoallergenic nickel-free" earrings (the Luna drop ones) have left me with two weeping, swollen earlobes. I had to go to the walk-in centre yesterday and the nurse said it was a classic nickel reaction and the earring post had actually burned into the skin.

I specifically bought them because of the label. It is absolutely disgusting to sell something as nickel free when it clearly isn't. How many other people have these?
"""),

M(ind="bridge", frm="Elizabeth Penrose <e.penrose@clubmail.example>",
  subj="Complaint about the director at Thursday duplicate",
  trig="discrimination_harassment manager_request", trap="-",
  note="age-related harassment, asks for committee chair",
  body="""\
Dear Sir,

I have been a member of the club for 22 years. At Thursday's duplicate the tournament director, Mr Sewell, told me and my partner (we are both over eighty) that "the club is trying to attract a younger crowd" and suggested we might be "more comfortable" at the afternoon social game. When I objected he said loudly that we were slowing everybody down "at our age".

This is not the first time. I should like to speak to the chairman of the committee, not to Mr Sewell, and I should like it made clear to him that this kind of remark is unacceptable.

Yours faithfully,
Elizabeth Penrose
"""),

M(ind="carseat", frm="Ollie Fenwick <ollie.fenwick@brightmail.example>",
  subj="Re: Refund for pram - still waiting",
  trig="broken_promise repeat_contact", trap="-",
  note="promised refund not received, third contact phrased indirectly",
  body="""\
Hi again,

Sorry to be a pain, but this is my third go at getting an answer on this. You collected the Vela pram on 2 Sept and the email after collection said the refund of 749.00 would be back on my card "within 5 working days". It's now been nearly four weeks. I emailed on the 16th and the 23rd and got the same "we're looking into it" reply both times.

Can someone just check whether it was actually processed?

Thanks, Ollie
"""),

M(ind="tyres", frm="Kasia Nowicka <k.nowicka@zimamail.example>",
  subj="Snow chains snapped on the motorway",
  trig="safety technical_issue", trap="-",
  note="product failure causing danger; non-native English",
  body="""\
Good day,

I buy from you the Grip-Pro 9mm snow chains in November (order 55812). Yesterday on the A7 near Füssen, driving maybe 40 km/h as is allowed, the chain on the front left snapped and it hit the wheel arch and the brake line very hard. There was big noise and the car pulled to the side. My wife and two kids in the car. We stopped on the shoulder, luckily nobody behind us.

Garage say the brake line is damaged from the chain. I think these chains is not safe, the link broken is not even worn. What you will do?

Kasia Nowicki
"""),

M(ind="insulation", frm="Paul Whitmore <paul.whitmore@harbourview.example>",
  subj="spray foam smell - kids getting headaches",
  trig="safety", trap="-",
  note="fumes/health hazard after install",
  body="""\
Hi,

Your team sprayed the foam in our loft last Wednesday. Since then there's a strong fishy chemical smell coming down through the bedroom ceiling and both our kids have woken up with headaches and sore eyes every morning. My youngest has asthma and she had to use her inhaler twice in the night on Sunday.

We've moved everyone into the living room for now. Your fitter said the smell would be gone in 24 hours. It's been six days. Is this stuff safe to be living under?

Paul
"""),

M(ind="tea", frm="\"Georg Albrecht\" <georg.albrecht@teemail.example>",
  subj="subscription - taking my business elsewhere",
  trig="broken_promise cancellation_threat severe_dissatisfaction", trap="mixed_language",
  note="German customer writing English with German words; cancellation without the word; fix promised by colleague",
  body="""\
Hello,

I am sorry but this is really a Frechheit. Three months now the box comes with the wrong teas (I have "no rooibos, no fruit tea" in my Profil and every month: rooibos). I wrote already with your colleague Svenja who said it is fixed. It is not fixed.

I am paying 32 euro a month for a box I give to my neighbour. So: unless the next box is correct I take my business to Teehaus Kranich, they are also cheaper. Sorry for my English, I hope it is clear.

Mit freundlichen Grüßen
Georg Albrecht
"""),

M(ind="archery", frm="Wendy Tsang <wendy.tsang@bullseyemail.example>",
  subj="Arrow came back through the net",
  trig="safety", trap="-",
  note="injury at range",
  body="""\
Hi,

I was on lane 6 at your indoor range on Tuesday night. An arrow from the lane next to me (a compound at what must have been 60lb) went through a hole in the backstop net, deflected off the wall and hit my husband in the calf while he was standing behind the waiting line. It needed four stitches at A&E.

The staff member on duty said the net "has been like that for a while". Somebody needs to look at it before a child gets hit.

Wendy Tsang
"""),

M(ind="keyboards", frm="marcus <marcus.t@voidmail.example>",
  subj="RMA #29911 ?",
  trig="broken_promise", trap="-",
  note="one-liner; promised replacement",
  body="""\
you said the replacement mouse would ship monday once you got my old one back. you got it back 2 weeks ago (tracking says delivered). still nothing. whats going on
"""),

M(ind="wig", frm="Rosalind Achebe <rosalind@crownandcurl.example>",
  subj="Lace front - glue",
  trig="safety", trap="-",
  note="chemical burn from adhesive supplied",
  body="""\
Hello ladies,

I used the adhesive that came in the starter kit with my new lace front (as the instructions say, small amount, let it go tacky). Within half an hour my hairline was burning. When I took the unit off the skin was red raw and by the next morning it had blistered all along the front. My GP has prescribed a cream and said it looks like a chemical burn.

I've used lace fronts for ten years, never had this. I think something is wrong with the glue. Can you tell me what's in it?

Rosalind
"""),

M(ind="dance", frm="Gareth Lloyd <gareth.lloyd@valleymail.example>",
  subj="Wedding dance package",
  trig="broken_promise severe_dissatisfaction", trap="-",
  note="missed sessions promised; strong wording",
  body="""\
We booked your "First Dance" package (6 private lessons) for our wedding on 12 October. Lessons 4 and 5 were cancelled by you the same morning, and you promised both would be rescheduled "this week, for sure". It's now 9 days before the wedding and nobody has rebooked them or even called.

Frankly this has been a shambles from start to finish and the most stressful part of the whole wedding. We want the remaining lessons scheduled immediately.

Gareth & Nia
"""),

M(ind="trainer", frm="Zoe Hartley <zoe.hartley@fitfolk.example>",
  subj="journalist enquiry - online coaching and eating disorder claims",
  trig="media_threat", trap="journalist_inquiry",
  note="journalist asking for comment; quoted allegations are hearsay",
  body="""\
Hello,

My name is Zoe Hartley and I'm a freelance health reporter writing a piece for a national weekend supplement about online fitness coaching.

Several former clients of your "Shred 12" programme have told me that their coach pushed them to eat under 1,000 calories a day, and one says she developed an eating disorder as a result. I'd like to give your company the opportunity to respond before publication.

Specifically: what qualifications do your coaches hold, and what safeguarding policy do you have around nutrition advice? My deadline is Thursday 5pm.

Best,
Zoe Hartley
"""),

M(ind="septic", frm="Colin Shard <colin@shardfarms.example>",
  subj="3rd email - tank still full",
  trig="repeat_contact", trap="-",
  note="subject states third email, calm",
  body="""\
Morning,

I've emailed twice already (12th and 18th) asking for the tank at Lower Shard Farm to be emptied. It's now overflowing into the soakaway. Could someone confirm a date please.

Colin
"""),

M(ind="jewellery", frm="Yasmin Haddad <yasmin.haddad@souqmail.example>",
  subj="Website keeps crashing at checkout",
  trig="technical_issue", trap="-",
  note="checkout bug only for this user",
  body="""\
hi, every time I press "pay now" with Apple Pay the page goes white and says "Something went wrong (code CHK-17)". My basket is still there afterwards but the order isn't placed. I tried about 5 times. card payment does the same thing. any idea? I really want the pearl set before it sells out lol
"""),

M(ind="luthier", frm="Eamon Flynn <eamon.flynn@boglinemail.example>",
  subj="Where do I send a formal complaint?",
  trig="corporate_contact_request executive_contact", trap="-",
  note="asks for owner's email to write to him",
  body="""\
Hello,

I'm not getting anywhere with the workshop staff regarding the damage to my mandolin's top (cracked during the refinish). I'd like the email address of the owner, Mr Hale, or whoever runs the business, and the postal address for the company's registered office. I intend to write to him directly and set out what happened.

Eamon Flynn
"""),

M(ind="tyres", frm="Svetlana Morozova <svetlana.morozova@frostpost.example>",
  subj="storage booking website down?",
  trig="outage technical_issue", trap="-",
  note="whole booking site unreachable",
  body="""\
Hi, your tyre change booking site has been down all day - "503 Service Unavailable" on the homepage, the app just says "no connection to server". My friend in another town tried too, same thing. Snow forecast for Thursday and I can't book a slot. Is there another way to book?
"""),

M(ind="removals", frm="Imran Qureshi <imran.qureshi@atlasmove.example>",
  subj="Invoice RM-77410 - GBP 11,200 - storage charges",
  trig="billing_dispute high_value_order", trap="-",
  note="dispute on large removal invoice",
  body="""\
Dear Accounts,

Invoice RM-77410 for our move from Leeds to Dubai (total GBP 11,200.00) includes 6 weeks of port storage at GBP 1,450. The delay at Jebel Ali was caused by your agent submitting the wrong BL, as your own operations team confirmed in writing on 4 July. We did not agree to pay for a delay caused by your side.

Please reissue the invoice without the storage line. We will settle the undisputed balance once the corrected invoice is received.

Imran Qureshi
"""),

M(ind="carseat", frm="Hannah Ostrowski <hannah.ostrowski@cradlemail.example>",
  subj="Re: Re: order 88123 cancelled??",
  trig="cancellation_threat severe_dissatisfaction", trap="-",
  note="strong anger, will buy elsewhere",
  body="""\
You cancelled my order for the travel system THREE DAYS before my due date, with no explanation, and your reply to my email is a copy-pasted "we apologise for any inconvenience". Are you serious???

This is honestly the most disgraceful customer service I have ever experienced. I'm 38 weeks pregnant. I'm buying everything from Little Wheels instead, and I'm closing my account with you. Don't bother with the 10% voucher.
"""),

M(ind="calligraphy", frm="Ines Varga <ines.varga@brushpost.example>",
  subj="suggestion: left-handed versions of the worksheets",
  trig="feature_request", trap="-",
  note="feature request phrased as suggestion",
  body="""\
Hi there!

I'm a leftie and I've been enjoying the brush lettering course, but the practice sheets all have the guide strokes drawn from the right-hander's angle and the video is mirrored the "wrong" way for me. It would make such a difference if you offered left-handed versions of the worksheets, maybe even a flipped video option. I'm sure I'm not the only one!

Thanks for a lovely course,
Ines
"""),

M(ind="bridge", frm="Robert Sinclair <rsinclair@trumpmail.example>",
  subj="BridgeMate tablets - whole club affected",
  trig="outage technical_issue", trap="-",
  note="system-wide failure at club",
  body="""\
Dear Support,

At last night's pairs event none of our 14 scoring tablets could connect to your server. The app showed "Server unreachable (E-110)" from 7pm onwards, for every table. We had to score 26 boards by hand on travelling score sheets, which we have not done in a decade, and results could not be uploaded.

The neighbouring club (Hove) tells me they had exactly the same problem on the same evening. Was there an outage on your side? We play again on Monday.

Robert Sinclair
Tournament Secretary
"""),

M(ind="trainer", frm="Lucy Brennan <lucy.brennan@strongmail.example>",
  subj="cancel",
  trig="cancellation_threat", trap="-",
  note="short, leaving due to problem",
  body="""\
My coach hasn't replied to a single check-in in three weeks. Cancel my membership please, I'll find someone who actually answers.
"""),

M(ind="jewellery", frm="Natalie Kwan <natalie.kwan@orchidmail.example>",
  subj="please please add more clip-on options",
  trig="feature_request", trap="-",
  note="product range request counted as feature request",
  body="""\
Hello! I don't have pierced ears and I adore your statement earrings but only about 5 of them come as clip-ons. Would it be possible to offer a clip-on conversion on all the earrings? I'd happily pay a bit extra. Also a filter on the site for "clip-on only" would save so much scrolling!

xx Natalie
"""),

M(ind="keyboards", frm="Alex Moreau <alexm@pixelforge.example>",
  subj="mouse scroll wheel skipping after 2 weeks",
  trig="technical_issue", trap="-",
  note="hardware defect",
  body="""\
Hi,

My Strix Pro mouse (bought 3 weeks ago) has started skipping on the scroll wheel. Scrolling down sometimes scrolls up one notch, which in-game means my weapon swap goes the wrong way. Cleaned it with compressed air, tried a different USB port and a different PC, updated firmware. Still does it.

Serial SX-48812-0093. How do I get it swapped under warranty?

Alex
"""),


M(ind="insulation", frm="Jennifer Haslam <jen.haslam@oakridge-home.example>",
  subj="Loft insulation grant job - our experience so far (long, sorry)",
  trig="broken_promise regulatory repeat_contact severe_dissatisfaction", trap="buried_trigger",
  note="long rambling mail; trading standards report buried in paragraph 4; spoke to four people",
  body="""\
Hello,

I'm writing this partly so it's all in one place for whoever picks it up, because I've spoken to four different people on your phone line and every one of them has had to start from scratch.

Back in April we applied through your website for the loft and cavity wall package under the council grant scheme. The surveyor, a lovely lad called Dean, came in May and said the house was suitable for both. We were told the installation would be in "late June or early July". We moved my mother-in-law's things out of the loft into the garage in preparation, which was not a small job at 78 years of accumulated stuff.

June came and went. In July somebody rang to say the job had been "re-scheduled due to materials" and we'd get a new date by the end of the month. We didn't. In August I rang and was told the paperwork for the grant had been "sent back" and I needed to re-sign a form, which I did the same day, scanned and emailed. Nobody acknowledged it.

I've now reported your company to Trading Standards, because at this point I don't believe you have any intention of doing the work, and I've read on the local Facebook group that several other families on our estate are in the same boat. I've also given them the names of the people I've spoken to.

What I would actually like, more than anything, is for someone to turn up and do the job. The garage is full, the car's been on the drive since May, and it's getting cold. If you can give me a real date I will happily tell Trading Standards it's been resolved.

It is honestly disgraceful how this has been handled.

Jennifer Haslam
22 Wrenfield Close
"""),

M(ind="tea", frm="Owen Pritchard <owen.pritchard@leafline.example>",
  subj="GDPR - you sold my email address",
  trig="regulatory security_incident", trap="-",
  note="alleges leak of personal data, GDPR violation and ICO complaint",
  body="""\
Hi,

I signed up for your spice subscription using a unique email address that I have never used anywhere else (owen.teaclub@leafline.example). This week that address started receiving spam from three different "wellness" companies. The only place that address exists is your database.

Either you sold it or you leaked it. Either way it's a breach of GDPR and I'll be raising it with the ICO unless you can explain how it happened.

Owen
"""),

M(ind="keyboards", frm="Ryan Castellano <ryan.castellano@ironmail.example>",
  subj="your CEO's email",
  trig="corporate_contact_request executive_contact", trap="-",
  note="asks for CEO email to write to him",
  body="""\
Can you give me the email address for Daniel Voss? I want to send him the full history of my RMA myself since your support team clearly isn't passing anything up. If you won't give it out, at least give me the postal address of your head office in Hamburg.

Ryan
"""),

M(ind="wig", frm="Patricia Doyle <patricia.doyle@shamrockpost.example>",
  subj="Re: complaint ref 7781",
  trig="executive_contact legal_threat", trap="-",
  note="has written to MD; small claims",
  body="""\
Dear Ms Hartnell,

Thank you for your reply. I'm afraid a 15 percent goodwill voucher is not an acceptable answer for a 1,100 pound custom human hair piece that shed half its hair within four weeks.

I have written today to your managing director, Mr Quentin Fairley, at your registered office, enclosing photographs and the trichologist's report. If I haven't had a full refund within 14 days I will be filing a small claims court claim, I've already filled in the form online.

Yours sincerely,
Patricia Doyle
"""),

M(ind="dance", frm="Lena Fischer <lena.fischer@tanzpost.example>",
  subj="Instagram",
  trig="media_threat", trap="indirect_media_threat",
  note="going public phrased as telling followers",
  body="""\
Hi,

I run a dance account with about 60k followers and I did your 8-week online heels course. Half the videos in weeks 6-8 are the same as weeks 2-3 just with a different title. I asked twice in the course chat and got ignored.

I'd really rather sort it privately but if I don't hear back I'm going to do an honest review story on it this weekend, my followers ask me about online courses all the time.

Lena
"""),

M(ind="septic", frm="Martin Achterberg <m.achterberg@brookside.example>",
  subj="Escalate please",
  trig="manager_request", trap="-",
  note="asks for escalation without emotion",
  body="""\
Hello,

The issue with the blocked outlet pipe has been going on since August and the engineers keep coming back with the same camera and the same conclusion. Could you please escalate this to whoever plans the jobs and can authorise an excavation. I'd rather speak to someone who can make a decision.

Martin Achterberg
"""),

M(ind="luthier", frm="Thandiwe Mokoena <thandiwe.m@karoomail.example>",
  subj="Custom build deposit and progress - archtop",
  trig="broken_promise high_value_order repeat_contact", trap="-",
  note="custom guitar over 5k, no progress, repeated chasing",
  body="""\
Hi Rhys and team,

I commissioned the 17" archtop in January, total price 7,800 EUR, 50% deposit (3,900) paid on 14 January. The build sheet said completion "approximately September". I was promised progress photos every month. I've received photos twice, in February and April.

I've now written in June, July and August asking for an update and each time got a friendly reply saying photos were coming "next week". It's October. I'm not demanding the guitar tomorrow, I understand these things slip, but I'd like to know the top has actually been carved and that my deposit is being used for my guitar.

Thandiwe
"""),

M(ind="calligraphy", frm="David Ashworth <d.ashworth@penmanship.example>",
  subj="Lost my entire portfolio",
  trig="data_loss technical_issue", trap="-",
  note="uploaded portfolio deleted",
  body="""\
Hi

I had 112 pieces uploaded to my student portfolio, some of which I no longer have the originals of (they were commissions, sent to clients). Since your site update on Monday the portfolio page says "You haven't uploaded any work yet". The assignment feedback is gone too.

Please tell me these are recoverable. I used that as my only archive.

David
"""),

M(ind="carseat", frm="Nadia Petrov <nadia.petrov@moonmail.example>",
  subj="Pram brake",
  trig="safety technical_issue", trap="-",
  note="pram rolled away due to failed brake",
  body="""\
The parking brake on our Luma pram doesn't hold. Today it rolled off the pavement into the road with my daughter in it when I let go to open the car door. A van had to brake. She's fine, I'm shaking.

Pram is 5 weeks old. I won't use it again. What now?
"""),

M(ind="tyres", frm="Graham Oliphant <g.oliphant@highlandmail.example>",
  subj="Fitted winter tyres - wheel came loose",
  trig="cancellation_threat safety", trap="-",
  note="wheel nut danger; won't be back",
  body="""\
Yesterday afternoon your fitter swapped my summers for my stored winters. On the way home over the Drumochter I heard a knocking that got steadily worse. When I pulled into a layby the front right wheel had three of five nuts finger-loose. Another ten miles and that wheel would have come off at 60 miles an hour with my two grandchildren in the back.

I've had them torqued at a garage in Pitlochry. I've been storing tyres with you for six winters but that's the last time, I'll be collecting my summer set next week and you won't see me again.

Graham Oliphant
"""),

M(ind="trainer", frm="Jess Whitlock <jess.whitlock@corepost.example>",
  subj="please let me talk to someone senior",
  trig="manager_request", trap="-",
  note="manager request in subject and body",
  body="""\
Hi, I've been bounced between three coaches in two months and each one starts my plan from zero. I'm not going to explain it all again to a fourth. Is there a head coach or someone senior who can look at my account and actually own this? Thanks. Jess
"""),

M(ind="bridge", frm="Anthony Reeve <anthony.reeve@lodgemail.example>",
  subj="Members' data visible to everyone",
  trig="security_incident technical_issue", trap="-",
  note="data exposure via product flaw",
  body="""\
Dear Support,

A member pointed out to me this evening that if you are logged into the club portal as an ordinary member and change the number at the end of the "my profile" page address, you can see any other member's profile, including home address, date of birth, phone number and, for those who pay by direct debit, the last four digits of their bank account and sort code.

I've checked with my own login and it is true. I have not shared this with anyone else. Please fix it urgently and tell me what we need to tell our members.

Anthony Reeve
Membership Secretary
"""),

M(ind="removals", frm="Samuel Kiptoo <s.kiptoo@savannapost.example>",
  subj="Still no shipping documents",
  trig="repeat_contact severe_dissatisfaction", trap="-",
  note="'keep contacting you' repeat phrasing",
  body="""\
I keep contacting you and keep getting nothing back. This is the fifth message. My container left Felixstowe 3 weeks ago and I still do not have the bill of lading, which I need to clear customs in Mombasa. Every day it sits in port I pay demurrage.

This is an utter shambles. Send me the BL today.

Samuel Kiptoo
"""),

M(ind="jewellery", frm="Grace Adeyemi <grace.adeyemi@lagunapost.example>",
  subj="Racist comment on my order notes",
  trig="discrimination_harassment severe_dissatisfaction", trap="-",
  note="racial discrimination by staff",
  body="""\
I ordered the braided gold chains as a gift. The parcel arrived with the packing slip still inside and in the internal notes section somebody from your warehouse had written, next to my name, a racial slur and "check payment, probably fraud".

I am sickened. I have a photo of the slip. I want to know who wrote it and what you are going to do about it.

Grace Adeyemi
"""),

M(ind="archery", frm="Felix Brandt <felix.brandt@longbowmail.example>",
  subj="Online shop - the product page lies",
  trig="billing_dispute", trap="-",
  note="charged more than listed price",
  body="""\
Your website listed the Samick Sage 62" riser and limbs bundle at 149.99 when I ordered. I was charged 189.99 on my card, and the order confirmation says 189.99 too. Screenshot of the product page attached (I took it because I half expected this).

I'd like the 40.00 difference back.

Felix
""", opt={"attach": "png"}),

M(ind="keyboards", frm="Noah Feldman <noah.feldman@glitchmail.example>",
  subj="RE: RE: RE: warranty claim",
  trig="broken_promise legal_threat repeat_contact", trap="-",
  note="third+ exchange, small-claims threat",
  body="""\
This is my fourth email. Three weeks ago "Chris" promised me a prepaid return label within 48 hours. No label. My keyboard has had a stuck spacebar since day 10.

I've checked, and in my state I can file in small claims for this without a lawyer. I will do that on the 30th if the label isn't here.
"""),

M(ind="tea", frm="Mirela Constantin <mirela.c@danubemail.example>",
  subj="where is my data?",
  trig="data_loss technical_issue", trap="non_native_english",
  note="tasting notes/history deleted",
  body="""\
Hello, i am subscriber since 2 years and i use your website to save my tasting notes for every tea (more than 200 notes!). Today i log in and all notes is empty, also my order history show only last month. Please what happened, i did not delete anything. Is possible to restore?
Thank you, Mirela
"""),

M(ind="dance", frm="Oscar Lindgren <oscar.lindgren@stepmail.example>",
  subj="Booking app not working for anyone",
  trig="outage technical_issue", trap="-",
  note="all users cannot log in",
  body="""\
Hey, none of us in the Thursday lindy hop group can log into the booking app. Just stuck on the loading circle then "Session expired, please log in" in an endless loop. Tried reinstalling, two phones, web browser version too. Class is tonight and we need to check in?
"""),

M(ind="insulation", frm="Clare Donnelly <clare.donnelly@foylemail.example>",
  subj="Quote vs final invoice - EUR 14,600 external wall job",
  trig="billing_dispute high_value_order manager_request", trap="-",
  note="large invoice dispute, asks for senior person",
  body="""\
Dear Sirs,

Your quotation Q-4410 for external wall insulation and render at 3 Marsh Lane was EUR 11,950.00 including VAT. The final invoice we received yesterday is EUR 14,600.00. The difference is listed as "additional substrate preparation", which nobody discussed with us before or during the works.

I'm not prepared to pay the additional 2,650 without a proper explanation and would like to speak to a director or the contracts manager, not the accounts office, who simply repeat the figure.

Clare Donnelly
"""),

M(ind="wig", frm="Helen Brooks <helenbrooks@silverlinemail.example>",
  subj="wig - is this normal?",
  trig="technical_issue", trap="-",
  note="product not working as it should (mild tone)",
  body="""\
Hi,
The synthetic bob I bought last month has started going frizzy and matted at the nape after only about six washes, using the shampoo you recommended. The fibres feel like straw at the back. Is this normal or is it faulty? It was sold as heat-friendly and I've not used heat on it at all.
Thanks
Helen
"""),

M(ind="septic", frm="Raymond Okoro <raymond.okoro@greenacre.example>",
  subj="Environmental Agency",
  trig="regulatory", trap="-",
  note="reporting to environment agency (authority)",
  body="""\
Your contractor discharged the contents of my tank into the ditch at the bottom of my field instead of taking it away. My neighbour watched him do it and has photographs. That ditch runs into the river.

I have reported this to the Environment Agency this morning and given them your company name and the vehicle registration.

Raymond Okoro
"""),

M(ind="calligraphy", frm="Amelia Forsythe <amelia.forsythe@vellumpost.example>",
  subj="Would love a progress tracker",
  trig="feature_request", trap="-",
  note="polite feature request with praise",
  body="""\
Dear team,

Just finished the Gothic Blackletter course and absolutely loved it. One thing I think would help a lot: some kind of progress tracker or practice log where we can tick off the drills we've done each day and upload a quick photo. At the moment I keep a paper notebook alongside. If it could remind me when I haven't practised for a few days, even better!

Warm wishes,
Amelia
"""),

M(ind="carseat", frm="James Whitaker <james.whitaker@harbourmail.example>",
  subj="Recall?",
  trig="safety", trap="-",
  note="reports product recall affecting purchased seat",
  body="""\
Hello,

I just saw on the manufacturer's website that the Kestrel i-Size base we bought from you in May is subject to a safety recall (the ISOFIX latch can disengage). We never got any notice from you even though you have our details from the order. We've been driving our baby around on it for five months.

What is the process for getting a replacement base, and why weren't customers told?

James
"""),

M(ind="bridge", frm="Sheila Murdoch <sheila.murdoch@rubbermail.example>",
  subj="duplicate membership fee",
  trig="billing_dispute", trap="-",
  note="charged twice for annual fee",
  body="""\
Hi, I paid my annual subscription of 65.00 by card at the club on 3 September (receipt attached) and then 65.00 was also taken by direct debit on 15 September. Could the second one be refunded please. Thank you, Sheila
""", opt={"attach": "pdf"}),

M(ind="trainer", frm="Chris Adebayo <chris.adebayo@sprintmail.example>",
  subj="body comp scan results shared in group chat",
  trig="discrimination_harassment security_incident", trap="-",
  note="coach shared client data and mocked; harassment + data leak",
  body="""\
My coach posted a screenshot of my body composition scan with my name on it in the coaches' group chat, which one of the other coaches then shared with a client by accident, which is how I found out. The caption was "this is what we're working with lol" followed by pig emojis.

So that's my personal health data leaked and me being mocked by your staff at the same time. I'd like to know who else has seen it.

Chris
"""),

M(ind="tyres", frm="Elaine Hutchison <elaine.hutchison@glenmail.example>",
  subj="Head office contact",
  trig="corporate_contact_request", trap="-",
  note="asks for head office phone/address",
  body="""\
Hi,

The branch manager in Perth hasn't returned any of my calls about my damaged alloys. Could you give me the phone number and address for your head office? I would like to take the complaint further.

Elaine
"""),

M(ind="jewellery", frm="Tamsin Goodwin <tamsin.goodwin@fernpost.example>",
  subj="PHISHING email pretending to be you",
  trig="security_incident", trap="-",
  note="phishing sent from the company's domain",
  body="""\
Hi,

I've just had an email from orders@ your actual domain saying my order was "on hold pending card verification" with a link to a page that looked exactly like your checkout, asking for full card details and the 3 digit code. I nearly filled it in. The email had my name and my last order number (the Luna bracelet), so whoever sent it has your customer data.

I'm forwarding it to you as an attachment. I think you need to warn people.

Tamsin
""", opt={"attach": "eml"}),

M(ind="archery", frm="Callum McBride <callum.mcbride@fletchmail.example>",
  subj="Range membership - I'm done",
  trig="cancellation_threat severe_dissatisfaction", trap="third_occurrence_not_contact",
  note="cancellation + shouting; 'third time' refers to closures, not contacts",
  body="""\
THIRD time the range has been closed on a members' night without any warning. Drove 45 minutes each way for a locked door AGAIN. Absolutely pathetic. Consider this my notice, I'm not renewing in January and I'll be telling the rest of the Thursday lot why.
"""),

M(ind="removals", frm="Rebecca Thornbury <r.thornbury@meridianmail.example>",
  subj="Customer portal down - can't see my inventory",
  trig="outage technical_issue", trap="-",
  note="portal down for all",
  body="""\
Morning,

The MoveTrack customer portal hasn't loaded since yesterday evening (just a page saying "Internal Server Error 500"). My husband can't get in either from his office, and a friend who moved with you last month tried and gets the same thing. I need the inventory list for our insurance claim by Friday. Can you email me a copy in the meantime?

Rebecca
"""),

M(ind="luthier", frm="Nikos Papadakis <nikos.papadakis@aegeanmail.example>",
  subj="Repair - crack worse after your work",
  trig="legal_threat", trap="non_native_english",
  note="lawyer involved, non-native",
  body="""\
Dear sir,

I bring my bouzouki to you for repair the small crack on top. After your repair the crack is now double length and the bridge is lifting. I show this to another luthier and he says the glue is wrong type and the cleat is put wrong.

I give already all the papers to my lawyer. He will write you. I prefer we find solution before that but I wait not long.

Nikos Papadakis
"""),

M(ind="keyboards", frm="Lily Chen <lily.chen@kittenmail.example>",
  subj="Keyboard got really hot and smelled of burning",
  trig="safety technical_issue", trap="-",
  note="overheating hardware",
  body="""\
hi!! so my new Vanta mini was plugged in overnight and this morning the top left corner was super hot to touch and the room smelled like burning plastic. the Esc key cap is a bit melted at the bottom. unplugged it straight away. its only 2 weeks old. is it safe to plug it in again?? I'm kind of scared to now
"""),

M(ind="tea", frm="Arjun Mehta <arjun.mehta@masalamail.example>",
  subj="Your competitor does this better",
  trig="cancellation_threat feature_request", trap="indirect_cancellation",
  note="feature request with switching threat",
  body="""\
Hi,

I've been with you for a year. It would really help if you let subscribers skip a month or pause rather than cancel outright. I travel for work and end up with three boxes stacked in the porch. Chai Collective does this already. If there's no pause option by the new year I'll probably just move to them.

Arjun
"""),

M(ind="dance", frm="Maria Costa <maria.costa@samba-mail.example>",
  subj="Formal complaint and request for your director's contact",
  trig="corporate_contact_request discrimination_harassment executive_contact", trap="-",
  note="religion-based discrimination; wants director email",
  body="""\
Dear Sir/Madam,

My daughter Amira (14) was told by the studio manager at the Westgate branch that she could not take part in the end-of-year show because she wears a hijab and it "doesn't fit the costume concept". She has attended for four years.

I would like the email address of your school's director or owner so I can write to her directly about this. I do not want it to go through the branch.

Maria Costa
"""),

M(ind="insulation", frm="Peter Langley <peter.langley@woldsmail.example>",
  subj="Cavity wall extraction - ombudsman",
  trig="regulatory", trap="-",
  note="ombudsman escalation",
  body="""\
Dear Sirs,

Your final response letter of 2 August rejected my complaint about the failed cavity wall insulation. As that letter itself states, I'm entitled to take the matter to the Ombudsman, and I have now done so. Please treat this as notice and preserve all survey records relating to my property.

P. Langley
"""),

M(ind="wig", frm="Sunita Rao <sunita.rao@lotusmail.example>",
  subj="checkout error and then charged anyway",
  trig="billing_dispute technical_issue", trap="-",
  note="payment error yet charged",
  body="""\
Hi there. Tried to buy the Ava topper last night, the checkout threw an error ("payment declined, please try another card") so I tried again with the same card and it went through. Now my bank shows two payments of 289.00. I only want one topper! Can you refund the first one? Thanks, Sunita
"""),

M(ind="bridge", frm="Walter Kemp <walter.kemp@auctionmail.example>",
  subj="A word to the press",
  trig="media_threat", trap="-",
  note="threat to go to local paper",
  body="""\
Dear Committee,

I have been a member since 1987. The decision to close the Wednesday evening session without consulting the membership has left a number of us, many of whom do not drive after dark, with no game at all.

If this is not reconsidered at the next committee meeting, I shall be writing to the Courier's letters page, and I know their community reporter rather well.

Walter Kemp
"""),

M(ind="septic", frm="Hugh Fennimore <hugh.fennimore@dalespost.example>",
  subj="Complaint - contacted your MD",
  trig="executive_contact", trap="-",
  note="already contacted MD via LinkedIn",
  body="""\
FYI I've messaged your managing director on LinkedIn about the state your lads left my lawn in (tyre ruts a foot deep across the whole front). Thought you should hear it from me too. Would like someone to come and look.

Hugh
"""),

M(ind="calligraphy", frm="Ophelia Grant <ophelia.grant@scriptmail.example>",
  subj="Site won't load - nobody in my class can get in",
  trig="outage technical_issue", trap="-",
  note="outage for group",
  body="""\
Hi, our whole Tuesday online cohort (12 of us) has been trying to join tonight's live lesson and the site just says "This site can't be reached" / connection timed out. Checked on downforeveryone and it says it's down for everyone. Will the lesson be recorded?
"""),

M(ind="carseat", frm="Daniel Osei <daniel.osei@bramblepost.example>",
  subj="Consumer rights",
  trig="regulatory", trap="-",
  note="threatens consumer protection / trading standards",
  body="""\
You are refusing to accept the return of a faulty car seat within 30 days, which is my legal right under the Consumer Rights Act. If you continue to refuse I'll report you to Trading Standards and Citizens Advice.

Order 77231.

Daniel Osei
"""),

M(ind="removals", frm="Yuki Matsumoto <yuki.matsumoto@sakuramail.example>",
  subj="Please forward this to your CEO",
  trig="executive_contact manager_request severe_dissatisfaction", trap="-",
  note="asks that mail go to CEO; wants supervisor",
  body="""\
Dear Customer Service,

I request that this message is forwarded to your CEO, Mr Halvorsen. I have also sent a copy to him by post.

Our shipment from Osaka arrived with 11 boxes missing and the contents of two more soaked in what smells like diesel. My children's baby photos are in one of the missing boxes. The claims form you sent back asks me to prove the value of photographs.

This is completely unacceptable treatment. I want a supervisor to call me this week.

Yuki Matsumoto
"""),

M(ind="archery", frm="Tariq Hussain <tariq.hussain@arrowmail.example>",
  subj="payment system",
  trig="outage technical_issue", trap="-",
  note="payment processing down on shop",
  body="""\
Your online shop won't take payments from anyone - I tried two cards, my club mate tried PayPal, we both get "payment provider unavailable, try later" since yesterday lunchtime. Just letting you know in case you didn't. Need the target faces before the weekend.
"""),

M(ind="jewellery", frm="Bianca Russo <bianca.russo@velvetmail.example>",
  subj="Review",
  trig="media_threat", trap="-",
  note="threat to post review",
  body="""\
Ordered a necklace that looked gold in every photo and arrived a kind of greenish brass. Asked for a return label on Monday, no reply. If I don't hear by tomorrow I'm leaving a one-star on Trustpilot with photos side by side.
"""),

M(ind="trainer", frm="Harriet Vance <harriet.vance@ridgepost.example>",
  subj="Refund for injury programme",
  trig="broken_promise safety", trap="-",
  note="injury from coaching programme + promised call",
  body="""\
Hi,

I told my coach on the intake form and on our first call that I'd had surgery on my left knee last year. Week 3 of the plan had jump squats and box jumps every day. I did them as written, my knee swelled up and the physio says I've re-injured the meniscus.

The coach said on the 4th that the head coach would ring me "by Friday" to discuss. Nobody rang.

Harriet
"""),

M(ind="keyboards", frm="Sebastian Krug <s.krug@frameratemail.example>",
  subj="Please support Linux in the configurator",
  trig="feature_request", trap="mixed_language",
  note="German user writing English; feature request",
  body="""\
Hi,

I bought the K88 for my Linux machine (Arch). Everything works except that your configurator is only for Windows/Mac, so I cannot change the RGB or the macros. Would be wirklich super if you could support Linux, or at least publish the HID protocol so the community can write a tool. Many of my friends would buy the keyboard then.

Viele Grüße / best regards
Sebastian
"""),

M(ind="tyres", frm="Monika Zielinska <monika.zielinska@baltmail.example>",
  subj="Invoice - EUR 6,480 fleet storage - missing tyres",
  trig="high_value_order", trap="-",
  note="fleet contract >5k with unresolved (non-technical) problem",
  body="""\
Dear Sir or Madam,

Under our fleet contract (annual invoice EUR 6,480.00, paid 1 October) you store winter wheel sets for 24 of our company vans. When our drivers came for the changeover this week, the sets for vans 7, 12 and 19 could not be found. Your staff suggested they may be "at the other depot" but could not confirm.

Please let me know by Friday where the three sets are and when they can be fitted. Our vans cannot go out on summer tyres in these conditions.

Monika Zielinska
Fleet Administration
"""),

M(ind="luthier", frm="Ivy Calder <ivy.calder@cedarmail.example>",
  subj="Absolutely furious about my violin",
  trig="severe_dissatisfaction", trap="-",
  note="strong anger without other triggers",
  body="""\
I am absolutely furious. I brought my violin in for a new soundpost and a rehair. I got it back with a scratch right across the top, a bow that's been rehaired so loosely it won't tighten, and a soundpost that rattles. This is the worst workmanship I have ever seen from anyone claiming to be a luthier.

Ivy
"""),

M(ind="bridge", frm="Colin Mbeki <colin.mbeki@cuebid.example>",
  subj="Scoring app - feature suggestion",
  trig="feature_request", trap="-",
  note="feature request, bridge software",
  body="""\
Dear Support,

Would it be possible to add a "Howell movement" option for odd numbers of pairs? At the moment we have to use a sit-out table and one pair always misses a round. Several other clubs in our county have asked for the same thing. Happy to test a beta.

Colin
"""),

M(ind="wig", frm="Maureen Gallagher <maureen.gallagher@gallaghermail.example>",
  subj="Auto: Out of Office",
  trig="billing_dispute", trap="looks_automated",
  note="human complaint sent with an auto-reply subject left over",
  body="""\
Sorry about the subject line, my phone keeps putting that in, I am NOT out of the office.

The actual reason for writing: you've charged my card 129.00 for "wig cleaning and restyle" on 2 October. I haven't sent you a wig since June. Please refund it.

Maureen Gallagher
"""),

M(ind="trainer", frm="HOLLOWAY HOUSEHOLD NOTIFICATIONS <ed.holloway@hollowayfam.example>",
  subj="*** NOTICE *** Coaching app crash - action required",
  trig="manager_request technical_issue", trap="looks_automated",
  note="human writing in a form-like, system-notice style",
  body="""\
=====================================
NAME:      Ed Holloway
ACCOUNT:   ed.holloway@hollowayfam.example
DEVICE:    Pixel 7, Android 14
ISSUE:     App crashes the moment I open "Today's workout". Every time, since the update on Sunday. Reinstalled twice.
REQUESTED: Please pass this up to a supervisor or whoever leads the app team - the chat agent just keeps sending me the reinstall article.
=====================================

(Yes, I write my emails like this. Old habits from 30 years in the Navy.)
"""),

M(ind="calligraphy", frm="Ellen Marsh <ellen.marsh@weekendpress.example>",
  subj="Press kit request - feature on the lettering revival",
  trig="media_threat", trap="journalist_press_kit",
  note="journalist asking for a press kit; labelled per 'a journalist's inquiry always fires'",
  body="""\
Hi there,

I'm a features writer at the Weekend Press and I'm putting together a piece on the revival of hand lettering and calligraphy among people in their twenties and thirties. Your online courses came up several times in my research.

Would you be able to send a press kit, a few high-res images of student work, and perhaps put me in touch with one of your tutors for a short interview? My deadline is the 8th.

Many thanks,
Ellen Marsh
"""),

M(ind="removals", frm="Oliver Tennant <oliver.tennant@tennantmail.example>",
  subj="Letter before action - address for service",
  trig="corporate_contact_request legal_threat", trap="-",
  note="asks for legal department contact to serve letter before action",
  body="""\
Dear Sirs,

Please provide the name and email address of your legal department, or of the person authorised to accept correspondence on the company's behalf, together with your registered office address.

I will be sending a letter before action concerning the water damage to our furniture in container MSKU-442190 and want to make sure it reaches the right people rather than the claims inbox, which has not responded since July.

Oliver Tennant
"""),

M(ind="bridge", frm="Pamela Hurst <pamela.hurst@clubsecretary.example>",
  subj="URGENT our club admin account has been hijacked",
  trig="corporate_contact_request manager_request security_incident", trap="-",
  note="account takeover used to phish members; wants head office number or anyone senior",
  body="""\
Someone has got into our club's admin account on your platform and at 6 this morning sent an email to all 240 members asking them to "renew early" via a payment link that is NOT ours. Three members have already paid. The admin password was changed so I can't get back in to send a warning.

I've been on hold to your support line for 40 minutes. Please give me a direct phone number for your head office or anyone senior who is actually at a desk. We need that account locked NOW.

Pamela Hurst
Secretary, Millbrook Bridge Club
"""),

M(ind="tea", frm="Rocío Navarro <rocio.navarro@correomadrid.example>",
  subj="somebody use my account!!",
  trig="media_threat security_incident", trap="non_native_english",
  note="Spanish customer writing English; account takeover plus social media threat",
  body="""\
Hello, I write in english because my friend say your service is in UK.

Somebody enter in my account of the tea club, they change the email and the card and order 6 boxes of the big selection to other address. I see this only because my bank send me alert. I not give my password to nobody.

I want you cancel this orders and tell me how they enter. I have a group in Facebook of 3000 people of Madrid who buy from UK shops and if I dont have answer this week I will write there all what happen, is important people know.

Gracias,
Rocío
"""),

M(ind="keyboards", frm="Ethan Cole <ethan.cole@cole-home.example>",
  subj="chargeback - need your company details",
  trig="billing_dispute corporate_contact_request", trap="-",
  note="chargeback threat; asks registered office address and director name",
  body="""\
You charged me $189.99 for a Vanta TKL that was returned to you on 2 September (UPS shows it delivered). No refund after six weeks.

My bank says that if I open a chargeback they need your company's registered address and the name of a company director. Can you send me those please? If the refund shows up before Friday I won't need them.

Ethan
"""),
]
