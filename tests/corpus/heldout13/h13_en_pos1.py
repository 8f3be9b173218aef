# heldout13: English customer mail with at least one trigger (part 1).
# Every text below is hand-written; nothing is assembled from slots.


def m(k, trig, subj, name, addr, body, trap="-", note="-", **kw):
    d = dict(k=k, lang="en", trig=trig, subj=subj, name=name, addr=addr,
             body=body, trap=trap, note=note)
    d.update(kw)
    return d


MSGS = [

m("enp001", "outage,severe_dissatisfaction,technical_issue",
  "WRISTBANDS DEAD AT EVERY BAR", "Kayleigh Dunmore", "kayleigh.dunmore@inbox.example",
  """IT IS SATURDAY NIGHT AND NOT ONE SINGLE BAR ON THE SITE CAN READ A WRISTBAND. Queues of 200 people at the main stage bar, staff shrugging, the top-up page in your app just says "gateway error" and spins. We paid 40 quid each to load money onto these things and now we cannot buy WATER.

This is an absolute shambles. Fix it NOW.

Kayleigh
Sent from my phone, probably the only thing on this site that works"""),

m("enp002", "broken_promise,repeat_contact",
  "Re: Refund for cancelled camping pitch", "Arjun Pillai", "arjun.pillai@postbox.example",
  """Hello,

This is now the fourth time I am writing about the same thing, so I will keep it short.

On 14 May your colleague Becca told me on the phone that the £95 for the Quiet Camping pitch would be back on my card "within five working days". On 2 June I got an email saying it had been "processed". It has not arrived. My bank says nothing was ever sent.

Could someone please actually send it, and then tell me the date it went out.

Regards,
Arjun Pillai
Booking ref HMF-22817"""),

m("enp003", "safety,technical_issue",
  "Battery cabinet making a hissing noise and it's hot to touch", "Gareth Ollerton", "g.ollerton@fastmail.example",
  """Hi,

Your engineers fitted our home battery (the 10kWh wall unit in the garage) about six weeks ago. Since yesterday evening there is a faint hissing from the cabinet and the side panel is too hot to keep your hand on. There's a smell a bit like hot plastic. The display shows fault E-31 and then goes blank.

I've switched it off at the isolator like the manual says and we're keeping the kids out of the garage. Please can somebody tell me today whether it is safe to leave it like this overnight, or whether we should be calling the fire brigade. I'm not an electrician and I don't want to guess.

Gareth Ollerton
14 Marrow Lane, Fenwick
07700 555 019"""),

m("enp004", "billing_dispute",
  "Invoice 4471 - 6 rooms charged, 3 were cleaned", "Pauline Ashdown", "pauline.ashdown@homemail.example",
  """Dear Sir or Madam,

I have received invoice 4471 for £312.00 covering "6 rooms, deep clean, stain treatment". Your technician cleaned the lounge, the hallway and the stairs only. The two bedrooms and the dining room were not touched because he ran out of time and said someone would come back (nobody has).

I am happy to pay for the three areas that were done. I am not going to pay for six. Please send a corrected invoice. I attach a copy of the one I received.

Yours faithfully,
Pauline Ashdown""", att=("pdf", "Invoice_4471.pdf")),

m("enp005", "cancellation_threat,technical_issue",
  "app keeps logging me out", "Tom Barraclough", "tombarraclough@mail.example",
  """hi so the loyalty app logs me out every single time i open it, then wants the code from the text message, the text comes 10 min later, by then the code expired. i've tried deleting and reinstalling twice.

honestly the points aren't worth this. if it's not sorted by the end of the month i'm just going to delete the account and shop at the place across the road, they don't make me jump through hoops to save 50p

tom"""),

m("enp006", "legal_threat,severe_dissatisfaction",
  "Ruined wedding dress - formal complaint", "Imogen Fairweather", "imogen.fairweather@post.example",
  """To whom it may concern,

I collected my wedding dress from your Kingsbridge studio on Thursday. The hem has been cut at least four centimetres too short on one side, the bustle hooks have been sewn through the lace, and there is a yellow iron mark across the back panel. The wedding is in nine days.

I cannot put into words how distraught I am. This was my late mother's dress. What you have done to it is appalling and, frankly, careless beyond belief.

I have shown the photographs to a solicitor, who has advised me to put you on notice that I will be seeking the full cost of restoration and of a replacement gown. Please preserve your work records for this order (order SV-1093).

I expect a reply within 48 hours.

Imogen Fairweather"""),

m("enp007", "manager_request",
  "someone with authority please", "Dev Malhotra", "dev.malhotra@inbox.example",
  """Hi,

Your team keeps replying, very politely, that they "can't override the system". Fine. Then please hand this to a person who can. I'm not asking for anything unreasonable: the resort shut the lifts for four of my six rental days and I just want the booking moved to February, looked at by someone who's allowed to make a decision.

Thanks,
Dev""", trap="-", note="asks for someone with authority; no 'manager' word"),

m("enp008", "data_loss,technical_issue",
  "All of Maya's projects have disappeared", "Rachel Obi", "rachel.obi@familymail.example",
  """Hello ByteSized team,

My daughter Maya (10) did the two-week summer camp and built a little game and a quiz in the online editor. She was so proud. We logged in tonight to show her grandad and the project list is empty. It says "You haven't created anything yet".

She definitely saved them, we watched her do it on the last day and they were there a fortnight ago. Is there any way you can get them back? She's been in tears.

Many thanks,
Rachel (Maya Obi's mum)
Camp group: Otters, July week 2"""),

m("enp009", "security_incident",
  "Someone has used my account to buy tickets??", "Liam Costigan", "liam.costigan@webpost.example",
  """Hi I've just had an email from you saying "Thanks for your order - 4 x Weekend Camping" and I have not bought anything. When I log in the email address on the account has been changed to some random gmail-looking address and my saved card is still on there. I never gave my password to anyone. Please freeze the account and stop those tickets. The order number is HMF-90312.
Liam"""),

m("enp010", "high_value_order,technical_issue",
  "PO 7718 - 40 x refurbished ThinkStation, 11 won't POST", "Frances Ekwueme", "f.ekwueme@brightwater-logistics.example",
  """Good afternoon,

We took delivery on Monday of purchase order 7718 (40 x refurbished workstation, Grade A, total USD 23,640.00 incl. shipping). Our IT contractor has now imaged 29 of them. Eleven will not get past the POST screen: they beep three times and stop, same pattern on each.

We need a plan for the eleven units by Friday: either replacements or an engineer. Please also confirm that the warranty on the remaining 29 starts from delivery rather than from your dispatch date.

Kind regards,
Frances Ekwueme
Operations Lead, Brightwater Logistics""", trap="job_title", note="Operations Lead signature is a job title"),

m("enp011", "discrimination_harassment",
  "Comments made by your driver on our school trip", "Naomi Hartigan", "n.hartigan@stcuthberts-school.example",
  """Dear Bluewater Coaches,

I was one of the staff accompanying Year 9 on the coach to Whitby last Wednesday (booking BW-5530). I need to report the behaviour of the driver on the return leg.

When two of our students asked to stop for prayers at the services, he said, loudly enough for most of the coach to hear, that "this isn't a mosque on wheels" and that "your lot always want special treatment". Later he mimicked the accent of one of the girls when she asked about the toilet.

The students were upset and so were the staff. I would like to know what you intend to do about it.

Naomi Hartigan
Head of Year 9""", trap="job_title", note="Head of Year signature"),

m("enp012", "repeat_contact,technical_issue",
  "the booking page still won't take my discount code (3rd email)", "Siobhán Keane", "siobhan.keane@inbox.example",
  """Hi again,

Third email about this. The group code COACH15 gives "Something went wrong, please try again later" at the payment step. I've tried Chrome, Safari and my phone. Your reply last week said to clear my cookies, which I did.

Could you just apply the discount manually? Booking for 48 passengers, Manchester to Llandudno, 12 Oct.

Siobhán"""),

m("enp013", "cancellation_threat,media_threat,severe_dissatisfaction",
  "You just lost a customer with 30k followers", "Jade Okonkwo", "jade.okonkwo@creatormail.example",
  """Honestly speechless. I booked a carpet clean for the flat I film all my home content in, your guy turned up three hours late, left wet footprints of dye across my pale rug and then told ME to "manage my expectations".

I've got the before and after on camera. Tonight's video is going to be about your company and I'm not going to be kind. My followers are mostly people about to move into their first rental, which is your exact customer.

Disgusted.""", note="subject 'you just lost a customer' announces leaving"),

m("enp014", "corporate_contact_request",
  "Address of your head office", "Harold Pennington", "h.pennington@oldmail.example",
  """Dear Sirs,

Please would you let me have the full postal address of your head office, and the name of the person there to whom a written complaint should be addressed. I prefer to put these things on paper.

Thank you.

H. Pennington (Mr)"""),

m("enp015", "executive_contact,repeat_contact,severe_dissatisfaction",
  "Fwd to your MD", "Carol Whitstable", "carol.whitstable@eastmail.example",
  """I have today sent a letter by recorded delivery to Mr Desmond Aylward at your registered office, setting out in full how your company has treated my elderly father over his heat-storage installation. I am copying it to you for information.

The way he has been spoken to is disgraceful. A 79 year old man should not have to phone six different numbers to find out why his heating doesn't come on.

Carol Whitstable (daughter of Mr R. Whitstable, account HS-30192)""", note="letter to the named MD = executive contact; father phoned six numbers about the same problem = repeated contacts"),

m("enp016", "billing_dispute,cancellation_threat",
  "Charged after I cancelled", "Owen Rhys", "owen.rhys@valleynet.example",
  """Hiya,

I cancelled my Premium subscription on the language app on 3 March (I have the confirmation email, ref CX-4410). On 3 April you took another £11.99 off my card anyway.

I want that back please. And to be honest if this is how it works I'm done with the free account as well, I'll use something else.

Owen"""),

m("enp017", "outage,technical_issue",
  "tenant portal down - can't report leak", "Marek Zieliński", "marek.zielinski@flatmail.example",
  """Hello,

Since this morning the tenant portal shows only "502 Bad Gateway", on wifi and on mobile data, laptop and phone. My neighbour in flat 6 has the same. We have water coming through the kitchen ceiling from the flat above and the portal is the only way you told us to report repairs.

Please pass this to whoever handles emergencies and also tell someone the portal is broken.

Marek Zieliński
Flat 4, 27 Quayside Row""", note="a water leak is a repair matter, no danger to people stated: no safety"),

m("enp018", "feature_request",
  "idea for the app", "Beatriz Lindqvist", "beatriz.l@nordmail.example",
  """Hey! Really enjoying the language app, I've had some great calls with my Portuguese partner.

One thing that would make a massive difference: a way to save words from the chat into a personal flashcard list. At the moment I screenshot them and then type them into a different app. Even a simple "star this message" button that collects them somewhere would be lovely.

Thanks for listening :)
Bea"""),

m("enp019", "safety,technical_issue",
  "Brake pads supplied for wrong model - car failed on test drive", "Kwame Mensah", "kwame@mensah-motors.example",
  """Hello,

Order 55-10922. I entered the VIN in your finder and it returned pads listed as compatible for a 2017 estate. They fitted but on the test drive the pedal went soft and the car pulled hard to the left; my mechanic says the backing plate is the wrong thickness for this caliper and they were binding. If my customer had driven away on those, somebody could have been killed.

Your fitment finder is giving the wrong parts for this VIN. Please check it urgently and arrange a return. Photo of the old and new pads side by side attached.

Kwame Mensah
Mensah Motors""", att=("jpg", "IMG_4410.jpg")),

m("enp020", "regulatory,billing_dispute",
  "Autopay took two payments in March", "Daniela Ruiz-Carter", "druizcarter@campusmail.example",
  """Hello,

My student loan autopay should take $312.48 on the 15th. In March you took it on the 15th AND again on the 17th. I'm a grad student, that second payment bounced my rent.

I have already opened a complaint with the CFPB (case number 250318-001234) because I could not get a human on the phone. I'd still like you to refund the duplicate payment directly, and to reimburse the $35 overdraft fee my bank charged.

Daniela Ruiz-Carter
Account ending 7731"""),

m("enp021", "corporate_contact_request,manager_request,severe_dissatisfaction",
  "Your staff member at the Chamonix Road shop", "Hugh Trevelyan", "hugh.trevelyan@outlook.example",
  """I have never in my life been spoken to like that in a shop, and I am furious. I brought back a pair of skis with a scratch that was ALREADY there when I picked them up (I told him so at the time) and your young man behind the counter called me a liar in front of my children.

I want to speak to whoever runs that branch, today. Not a form. Not an email from "the team". A person with a name who is responsible for him. And send me the postal address of your head office, because I will be putting all of this in writing too.

Hugh Trevelyan"""),

m("enp022", "data_loss,technical_issue",
  "Repair history gone from my account", "Priya Raman", "priya.raman@homemail.example",
  """Hi,

I logged into the tenant portal to check on the damp problem I reported in January and February, and the whole "My repair requests" section is empty. Not closed, not archived, just gone, including the photos I uploaded. I need those for my deposit later.

Could you restore them or send me an export from your side?

Thanks,
Priya
12B Cotton Mill Yard"""),

m("enp023", "technical_issue",
  "error when downloading statement", "Callum Fraser", "callum.fraser@mail.example",
  """Trying to download my annual statement as PDF from the loan portal and I get "Error 0x7F: document generation failed". Tried three times yesterday and this morning. Other pages load fine.

Callum"""),

m("enp024", "broken_promise,high_value_order,safety",
  "Winter contract - Oakfield Business Park - no gritting since 2 Dec", "Simon Ackroyd", "s.ackroyd@oakfield-estates.example",
  """Dear ClearPath,

Under our seasonal contract (ref. CP-W25-118, GBP 9,800 + VAT for the 2025/26 season) you undertook to grit the car parks and footpaths whenever the forecast road surface temperature falls below 1C. When we spoke on 28 November your operations team confirmed the site was on the 4am round.

We have had five frosts since 2 December and the gritter has not been once. On Tuesday one of our receptionists slipped on the ungritted footpath by the main entrance and fractured her wrist. I would like an explanation and a credit for the missed visits, and I want the site back on the round from tonight.

Simon Ackroyd
Facilities, Oakfield Estates Ltd""", note="injury on an ungritted path = safety"),

m("enp025", "feature_request",
  "Request: filter earmuffs by SNR", "Lotte Brandsma", "l.brandsma@brandsma-metaal.example",
  """Hi there,

We buy all our hearing protection from you (small metal workshop, 14 people). Would it be possible to add a filter on the earmuffs category for SNR value? Right now I have to open every product page to find the ones above 30 dB. A sort by SNR would already be great.

Best,
Lotte"""),

m("enp026", "severe_dissatisfaction,broken_promise,cancellation_threat",
  "coach never turned up", "Shaun Dempsey", "shaundempsey@sportsclubmail.example",
  """So the 52 seater we booked for the under-14s away game never showed. 40 kids in kit standing outside the leisure centre at 7am on a Sunday. Rang your out-of-hours number, was told "the driver is on his way", that was at 7.10. At 8.15 we gave up and parents drove.

Your confirmation literally says "guaranteed collection". What a joke. Worst experience we've had with any supplier and we've been booking you for 6 seasons. We won't be booking the rest of the season with you, the committee is already getting quotes from elsewhere.

Shaun Dempsey
Fixtures sec, Ridgeway Juniors FC"""),

m("enp027", "security_incident,technical_issue",
  "I can see another customer's prescriptions in the app", "Agnieszka Nowak", "a.nowak@postbox.example",
  """Hello,

When I open "My medicines" in the CarePoints app I see my own two repeat prescriptions but also four items that are not mine, with a name (a man, born 1961) and his GP surgery. I have not tapped anything strange, it just shows up.

I assume he can see mine too. This is medical information, please fix this quickly. I have taken screenshots but I won't send them around.

Agnieszka Nowak"""),

m("enp028", "legal_threat",
  "final letter before action - deposit", "Benedict Oyelaran", "ben.oyelaran@mail.example",
  """Dear Harbourside Lettings,

Further to my emails of 3 and 19 September regarding the deduction of GBP 640 from my tenancy deposit for "carpet replacement", I am writing to tell you that unless the full amount is returned to me within 14 days of today I will issue a claim in the county court without further notice.

The check-in inventory records the carpet as "worn, two burns". I enclose nothing further; you have the inventory.

Benedict Oyelaran""", note="letter before action / county court claim"),

m("enp029", "outage,technical_issue,repeat_contact",
  "STILL can't log in", "Gemma Laidlaw", "gemma.laidlaw@inbox.example",
  """I've emailed twice already and called once. Still the same: loan portal login page spins forever and then says the service is temporarily unavailable. My payment is due Friday and there is NO other way to pay you online. What am I supposed to do?""",
  note="emailed twice + called once before this = 4th contact"),

m("enp030", "technical_issue,feature_request",
  "Calendar sync broken + a suggestion", "Oliver Brandt", "oliver.brandt@mail.example",
  """Hi,

Two things.

1) The "add to calendar" button for my tandem sessions creates the event one hour early. I'm in London, my partner is in Lisbon - same timezone, so it can't be a conversion issue. It started after the update last week.

2) Unrelated but while I have you: it would be really handy if the app could suggest partners based on overlapping free time rather than just language. I spend ages scrolling people who are only online when I'm asleep.

Cheers,
Oliver"""),

m("enp031", "safety",
  "Hi-vis vests - reflective strips peeling off after one wash", "Declan Moriarty", "declan@moriarty-groundworks.example",
  """Hi,

We bought 25 of the Class 2 orange hi-vis vests (order 30021). After one wash at 40 degrees the reflective tape is coming away in strips on most of them. My lads work on the roadside at night. A vest that doesn't reflect is worse than useless, it gives them false confidence.

I've taken them all out of use (photo of three of them attached). I'd like to know whether there's a known problem with this batch and whether other customers should be told.

Declan Moriarty""", att=("jpg", "vests.jpg"), note="defective PPE creating a danger to workers; no app/device malfunction so technical_issue not added"),

m("enp032", "severe_dissatisfaction",
  "Re: your survey", "Norman Hewitt", "norman.hewitt@oldmail.example",
  """You asked how my experience was. Here it is: the worst service I have had from any company in forty years of being a customer of things. Three weeks to clean one carpet, two missed appointments, a technician who didn't know what a rug was, and a phone line that plays the same four bars of music for half an hour.

Don't send me another survey.

> How likely are you to recommend FreshPile Carpet Care to a friend?
> 0 1 2 3 4 5 6 7 8 9 10

0.""", note="two missed appointments are not framed as a promise someone made; not labelled broken_promise"),

m("enp033", "corporate_contact_request,executive_contact",
  "who is your CEO and what is their email", "Marcus Adeyemi", "marcus.adeyemi@inbox.example",
  """Since nobody in support seems able to answer me, please send me the name and direct email address of your chief executive. I will write to him or her directly about how my festival refund has been handled.

Marcus Adeyemi
Order HMF-77120""", note="asks for CEO email in order to write: corporate_contact_request + executive_contact (triggers.md convention)"),

m("enp034", "technical_issue",
  "bluetooth earmuffs won't pair", "Ryan Kowalczyk", "r.kowalczyk@mail.example",
  """hello, the bluetooth earmuffs (ProShield BT, bought 2 weeks ago) paired fine with my phone the first day and now they won't show up at all. Held the button 10 sec like the leaflet says, light flashes red then nothing. tried another phone too. radio works, just no bluetooth"""),

m("enp035", "discrimination_harassment,manager_request",
  "How I was treated at your rental desk", "Chloe Hamblin", "chloe.hamblin@mail.example",
  """Hi,

I came in on Saturday morning to pick up the advanced all-mountain board I had booked online. The man at the desk looked at me and said "you'll want the girls' beginner boards, love, those are for the lads". When I said I'd booked that board and have been riding for 11 years, he laughed and asked my boyfriend whether I "really" could handle it. My boyfriend doesn't even snowboard.

I don't want a voucher. I'd like this raised with whoever is above him, and I'd like them to contact me.

Chloe"""),

m("enp036", "billing_dispute",
  "Double charge for the 30-seater deposit", "Aled Pritchard", "aled.pritchard@valleynet.example",
  """Hello,

Our choir booked the 30-seater for 8 November (booking BW-6124). The deposit of £250 has come out of the choir account twice on 2 October, both with your reference. Please refund one of them.

Diolch,
Aled Pritchard
Treasurer, Cor Meibion Llanfair"""),

m("enp037", "cancellation_threat,severe_dissatisfaction",
  "last straw", "Bernadette Quinlan", "bernie.quinlan@homemail.example",
  """Third appointment you've moved on me with less than a day's notice. I took a day's unpaid leave for this one.

I'm absolutely fuming. Forget the annual maintenance plan, I want it ended as of today and I'll find a carpet firm that can read a calendar.""", note="'third appointment moved' is not a count of the customer's own contacts; repeat_contact not labelled"),

m("enp038", "security_incident",
  "Phishing email using your logo", "Tobias Grant", "tobias.grant@mail.example",
  """Hi,

Just a heads up and also a bit worried: I got an email this morning that looks exactly like your order confirmations, from an address ending in your domain, saying my car-parts order "could not be dispatched" and asking me to re-enter card details on a link. The link goes to some other site. It had my real name and my real order number from last month, which is what makes me think your customer data has got out somewhere.

I haven't clicked it. Forwarded it to your abuse address too.

Tobias"""),

m("enp039", "technical_issue,broken_promise",
  "Firmware update still not done", "Ruth Abernethy", "ruth.abernethy@eastmail.example",
  """Hello,

When your engineer came on 9 September about the heat battery not switching to off-peak charging, he said he'd push a firmware update remotely "by the end of the week" and that would sort it. It's now 6 October. The unit still charges at peak rates in the afternoon, the app still shows version 2.1.4, and my electricity bill is up by about £40 a month.

Please can you do the update, or tell me why it hasn't been done.

Ruth Abernethy"""),

m("enp040", "media_threat",
  "review", "Stacey Loughran", "stacey.loughran@inbox.example",
  """Just so you know I've written up the whole alterations saga for the local brides group on Facebook (6,000 members) and I'll be leaving the same on Google tomorrow unless someone from the studio calls me back first.

Stacey""", note="conditional public post/review threat"),

m("enp041", "outage,technical_issue,high_value_order",
  "Checkout down - trade order of EUR 6,480 stuck", "Henrik Aalto", "henrik.aalto@aalto-autoparts.example",
  """Hello,

Since about 10:00 CET your whole webshop returns "503 Service Unavailable" for us and for our colleagues in the other branch. Before it went down I had a trade basket of EUR 6,480.00 (quote Q-88213: 12 clutch kits, 30 brake disc sets) which I need confirmed today to get Thursday delivery.

Can you take the order by phone or confirm the quote is held at that price?

Henrik Aalto
Aalto Autoparts Oy"""),

m("enp042", "severe_dissatisfaction,repeat_contact",
  "FIFTH time", "Donna McAlister", "donna.mcalister@mail.example",
  """fifth time im writing this. FIFTH. my daughters coding camp place was paid for in april (£340) and the portal still says unpaid and keeps sending me reminder emails that i will lose the place. i have sent you the bank statement TWICE. it is pathetic. nobody reads anything.""", note="shouting + 'pathetic'; the portal status is an admin/data mismatch, not labelled technical_issue"),

m("enp043", "data_loss",
  "Our measurements file has vanished?", "Grace Mbeki", "grace.mbeki@postbox.example",
  """Hi Stitch & Veil,

At my last fitting Ella took all my measurements and said they were in the system for the final alterations. I came in today and the lady at the front said there is nothing on file for me, so they had to measure everything again. That's 40 minutes I didn't have on my lunch break.

Not a huge drama but I'd like to know it won't happen again before my final fitting next week.

Grace""", note="record missing at the studio; no app/device fault stated, technical_issue not added"),

m("enp044", "technical_issue",
  "Monitoring app shows 0% for a week", "Pete Stansfield", "pete.stansfield@mail.example",
  """Morning,

The monitoring app has shown the battery at 0% and "no grid data" since last Tuesday. Inverter display in the garage says 64% and the house is clearly running off it in the evening, so I think it's just the app/cloud side not updating. Wi-fi is fine, I've restarted the router and the gateway box.

Any ideas?
Pete"""),

m("enp045", "legal_threat,high_value_order,severe_dissatisfaction",
  "Installation contract HS-2291 (GBP 14,950) - defects", "Victoria Lanyon", "victoria.lanyon@lanyonlaw.example",
  """Dear Sirs,

I write regarding the heat-storage and battery installation at 3 Rowan Close under contract HS-2291, total price GBP 14,950.00, which I paid in full on 1 August.

The system has not once operated as specified. The heat store does not charge overnight, the battery trips the consumer unit roughly every second day, and your last two visits have left the utility room wall damaged. I find the standard of workmanship frankly shocking.

I have instructed Holloway & Pike LLP to act for me. You will receive their letter this week. Please direct all further correspondence about the contract to them.

Victoria Lanyon""", note="system faults + lawyers instructed; her own firm domain is incidental, she writes as a customer not in a professional role"),

m("enp046", "feature_request",
  "please add apple wallet", "Noor Haddad", "noor.haddad@inbox.example",
  """hiii, could you pleeease make the festival tickets work with apple wallet? the app is fine but it takes forever to open in a field with no signal and a wallet pass would just work. thank you!!! ✨"""),

m("enp047", "broken_promise,repeat_contact,severe_dissatisfaction",
  "Where is the callback I was promised on Monday?", "Martin Glossop", "martin.glossop@homemail.example",
  """Your call centre told me on Monday, Tuesday AND Wednesday that a supervisor would phone me back "within the hour". I've had my phone in my hand for three days like an idiot. Nobody has called.

This is contemptible. You tell people whatever gets them off the line.

M. Glossop""", note="calls on Mon/Tue/Wed before this mail = 4th contact; the promised supervisor callback is history, not a new request, so no manager_request"),

m("enp048", "repeat_contact,technical_issue",
  "Statement email bounced again", "Alison Feeney", "alison.feeney@mail.example",
  """Hello,

I keep contacting you about this and it keeps not changing. Every month my e-statement notification comes to an address I changed in the portal in June. Profile page shows the new one. The notification goes to the old one.

Alison Feeney"""),

m("enp049", "safety,severe_dissatisfaction",
  "Our dog got burns from your cleaning product", "Ellie Whitcombe", "ellie.whitcombe@postbox.example",
  """I am absolutely livid. Your technician cleaned our lounge carpet yesterday and said it was "pet safe, dry in two hours". By the evening our spaniel was licking his paws raw and this morning the vet says he has chemical burns on all four pads. The vet has written it down, her note is attached.

What did you put on our carpet? I need the product name and the safety data sheet today, because we have a toddler who crawls on that floor as well.""", att=("pdf", "Vet_note_Whitcombe.pdf")),

m("enp050", "billing_dispute,executive_contact,repeat_contact",
  "cc: Ms Fenwick", "Rohan Desai", "rohan.desai@mail.example",
  """Hello,

I've copied in Ms Alison Fenwick, your Chief Operating Officer, on this email, because the previous three tickets (CS-1187, CS-1201, CS-1245) were all closed without anyone addressing the point: my camp booking for two children was charged at the full price when the sibling discount clearly applied at checkout.

I'd appreciate a response that deals with the substance.

Rohan Desai""", cc="Alison Fenwick <a.fenwick@example.test>",
  note="COO copied in; three earlier tickets make this the 4th contact; full price charged instead of the discounted one"),

m("enp051", "outage,technical_issue,severe_dissatisfaction",
  "ENTIRE festival app down at the gate", "Ben Holloway", "ben.holloway@inbox.example",
  """Standing at gate B with about a thousand other people. Your app won't open the tickets, it just says "cannot reach server". Stewards say their scanners are down as well. We've been here 90 minutes in the rain with two kids. Absolute disgrace of an operation."""),

m("enp052", "billing_dispute,legal_threat",
  "Damage charge of EUR 480 - disputed", "Sinéad Gallagher", "sinead.gallagher@mail.example",
  """Dear Powder Peak,

You have charged EUR 480 to my card for "base damage, ski pair 2", 11 days after I returned the skis, with no photos and no report. When I returned them your staff checked them in front of me and signed the return slip "OK - no damage". I have that slip, photo attached.

Please reverse the charge. If it is not reversed I will dispute it with my card issuer and, if needed, take it to the European Small Claims procedure.

Sinéad Gallagher
Rental contract PP-20419""", att=("jpg", "return_slip.jpg"), note="chargeback threat + small claims"),

m("enp053", "security_incident",
  "refurb laptop came with someone else's files on it", "Hamish Doyle", "hamish.doyle@mail.example",
  """Hi ReBoot,

I bought a refurbished Latitude from you last week (order RB-44120). Your listing says the drives are "certified wiped". Booted it up today and there's a second partition with a previous user's documents on it: payslips, a passport scan, scanned letters with a home address. Definitely not mine.

I haven't copied anything. I'd like to send it back and I think you need to tell whoever that person is. Also, how did this pass your wipe process?

Hamish""", note="leaked data from a failed wipe process; the laptop itself works, so no technical_issue"),

]
