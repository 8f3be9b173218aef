#!/usr/bin/env python3
# make_corpus.py -- hand-labelled support-mail corpus "dev6" for the escalated project.
# Licence: MIT. Written for the escalated project; all people, companies, addresses
# and events are fictitious. Python 3.11 standard library only.
#
#   python3 make_corpus.py          write d6-NNNN.eml + labels.tsv next to this file
#   python3 make_corpus.py --check  validate the written files
#
# Every message text below is a hand-written literal. Only the packaging (transfer
# encoding, charset, HTML alternative, attachment, sender domain, date, file order)
# is chosen by a seeded random generator, so output is byte-identical on every run.

MSGS = []   # customer mail
AUTO = []   # automated mail (raw RFC 5322 literals)


def C(lang, trig, who, subj, body, trap="-", note="-"):
    """Customer message. trig: comma separated ids or '-'."""
    MSGS.append(dict(lang=lang, trig=trig, who=who, subj=subj, body=body,
                     trap=trap, note=note))


def A(kind, lang, raw, trap="-", note="-"):
    """Automated message given as complete raw text (headers + body)."""
    AUTO.append(dict(kind=kind, lang=lang, raw=raw, trap=trap, note=note))


# ---------------------------------------------------------------------------
# English customer mail with triggers (batch A)
# ---------------------------------------------------------------------------
C("en", "billing_dispute,security_incident", "Marcus Oyelaran", "Rides I never took??", """
Hi,

Money went out of my account three times last night for scooter rides I never took. 23:41, 23:58 and 00:20, all starting in a part of town I have not been to in years. I was asleep. My phone was on the charger next to me.

Somebody else is clearly riding around on my login. £14.60 in total. I want that back and I want to know how they got into my account.

Marcus
""")

C("en", "legal_threat,repeat_contact", "Gwendolyn Price", "Boiler visit 14 March - final word", """
Dear Sir or Madam,

Your engineer attended on 14 March, charged a call-out fee of £180, and left the boiler in a worse state than he found it. I have written twice in a civil tone. As I have had no useful answer, I will see you in front of a judge. The claim form is filled in and I will post it on Monday unless the fee is returned.

Yours faithfully,
Gwendolyn Price
""", note="'written twice' before this one = third contact")

C("en", "manager_request", "Dale Kowalczyk", "parking booking mess", """
Look, I've been going round in circles with the chat bot and the girl on the phone who can't change anything. Put me through to whoever signs your paycheck. I need someone who can actually make a decision about this booking before Thursday.
""")

C("en", "cancellation_threat", "Rosalind Achebe", "Our membership", """
Hello,

We have been members at Fairmead for eleven years. After the way the course has been let go this summer (greens like a ploughed field, the clubhouse closed half the week with no notice) this is the last season you get a penny from us. Both family memberships will lapse in October and we won't be picking them up again.

Rosalind and Peter Achebe
""")

C("en", "media_threat,safety", "Tamsin Greer", "Seat collapsed at Screen 4 - no apology", """
The local paper would love this story: a pensioner sitting in your premium recliner, the back gives way, staff laugh and offer a voucher for popcorn. I'm giving you until Friday to respond properly before I hand it to them and to the neighbourhood Facebook group, which has 9,000 people in it.
""", note="media threat via local paper + group; no injury stated")

C("en", "data_loss,technical_issue", "Ivo Brennan", "all my saved bookings vanished", """
Hey - I opened the app this morning and every one of my saved bookings has vanished, including the return leg for the ferry on the 22nd. The history tab is empty too, like the account was brand new. I had reference numbers in there I never wrote down. Where did it all go?
""", note="seat collapsing under a pensioner = danger to people; local paper + FB group = media")

C("en", "outage,technical_issue", "Priya Venkataraman", "can't get in", """
Nobody here can get past the login screen since 8 this morning. Five of us, different phones, different networks. Just spins and then says "something went wrong". We run the school run with your scooters, so please look at it now.
""")

C("en", "severe_dissatisfaction", "Bernard Holloway", "Coach 7:15 to Leeds", """
I am beyond livid. Forty minutes in the rain at the stop, then the driver shuts the door in our faces because he was "already late". Two children with me. Truly the most contemptible treatment I have had from any company in my life.
""")

C("en", "broken_promise,repeat_contact", "Chloe Marchetti", "Re: trousers alteration ticket 4471", """
I've lost count of how often I've written about this. The trousers were promised ready after two weeks, it has been five. Is anyone reading these?
""", note="'lost count of how often I've written' = 3+ contacts; promised date missed")

C("en", "broken_promise", "Abel Mwangi", "callback that never came", """
On Tuesday your colleague Sandra told me someone from the electrical team would ring me back within the hour to book the second visit. It's Friday. My phone has not rung once. The socket in the kitchen is still taped over.
""")

C("en", "high_value_order,technical_issue", "Lorraine Dusek <l.dusek@harbourview-hotels.example>", "PO 88214 - hi-vis order stuck", """
Good morning,

Our purchase order 88214 (1,240 hi-vis jackets and trousers, invoice total £27,860.00) has shown "awaiting stock allocation" in your trade portal for three weeks and the portal throws an error whenever I try to open the delivery schedule. The new site opens on the 3rd and our staff need uniforms. Please sort out the order and the portal.

Lorraine Dusek
Procurement Lead, Harbourview Hotels
""")

C("en", "safety,technical_issue", "Jonah Feld", "scooter brakes", """
The back brake on scooter ZW-3381 did nothing at all going down Castle Hill. I had to jump off and I've taken the skin off both palms and one knee. I parked it at the bottom by the bakery and put my jacket over the handlebars so nobody else takes it. Please get it off the street.
""")

C("en", "discrimination_harassment", "Amira Haddad", "How I was treated at the pool reception", """
Yesterday the man on the front desk at Westgate Pool told me I "can't swim in that" (a burkini, which is allowed under your own rules) and then said loud enough for the queue to hear that "people like you" should use the ladies-only session. I have swum there for three years. I have never felt so humiliated.
""")

C("en", "billing_dispute,regulatory", "Norman Ashdown", "airport parking charges", """
You advertised £39 for the week and the barrier would not let me out until I paid £71. Your site still shows the £39. I've put the screenshots together and the whole thing is going to the county council's trading standards people this afternoon.
""", note="wrong amount taken at barrier = billing_dispute; trading standards = regulatory")

C("en", "corporate_contact_request", "Hilary Stroud", "address please", """
Could you please give me the postal address of your registered head office and the name of the person I should write to there. Not the Help Centre link, the actual address.
""")

C("en", "executive_contact,repeat_contact", "Graham Tulloch", "Lost suitcase at King's Row storage", """
Just so you know, I've put your founder, Mr Oduya, in copy on this mail, since the last four messages to your team apparently went into a black hole.
""", note="founder in copy; 'last four messages' = repeat_contact")

C("en", "feature_request", "Sunita Ramdas", "suggestion for the tee-time app", """
Hi there, small thing but it would make my week: could the booking app let you add a guest's name when you book a four-ball? At the moment I have to ring the pro shop every time. Happy to test it if you build it.
""")

C("en", "technical_issue", "Oliver Brandt", "card reader on machine 112", """
The machine on the 2nd floor of the Clarendon building (sticker says 112) takes your card, beeps, shows "APPROVED" and then nothing drops. Happened to me and two colleagues today.
""")

C("en", "legal_threat,severe_dissatisfaction", "Kenneth Ormsby", "THE FERRY", """
WHAT KIND OF OUTFIT LEAVES 60 CARS ON THE QUAY OVERNIGHT WITH NO WORD. DISGRACEFUL DOESN'T COVER IT. My nephew at the law firm has the paperwork ready and he is very keen to use it.
""")

C("en", "cancellation_threat,severe_dissatisfaction", "Fiona MacRae", "Tuition for Ellie", """
Dear Mrs Okafor,

I am writing with real anger, and I don't say that lightly. Ellie's maths tutor has missed four of the last six sessions, and the one session he did turn up to he spent on his phone. Ellie is sitting her exams in May.

I think it's time we found someone who actually turns up, and we will be looking elsewhere from next term unless something changes very quickly. Frankly it is appalling for what we pay.

Fiona MacRae
""")

C("en", "outage,technical_issue", "Desmond Achterberg", "terminal", """
none of your machines at the Northgate leisure centre take cards today. not one. whole building. cash only sign stuck on with sellotape. every lane booking desk too.
""", note="payment processing down across site; no app/product bug description beyond that - outage only")

C("en", "billing_dispute", "Yvette Carrow", "Statement query - luggage storage", """
Hello, I dropped two bags at your Station Road shop on 2 June and collected them 5 hours later. Your price board says £6 per bag per day. My bank shows £48. That's four times what it should be. Please put the difference back on the card.
""", note="payment processing down site-wide = outage (+technical_issue by convention)")

C("en", "media_threat", "Jade Okonjo", "your bowling alley", """
i have 41k followers who love a good "company ruins kids party" thread. 6 kids, lane booked, lane given to someone else, staff shrugged. you have 24 hrs to make it right or the thread goes up with photos and names.
""")

C("en", "data_loss,technical_issue", "Harriet Lund", "Lesson notes gone", """
Dear tutoring team,

Every piece of work my son uploaded to the student portal since September has disappeared. The folder is there but empty. That was his whole coursework draft, about 40 pages, due next week. He did not delete anything. Can you restore it from a backup?
""")

C("en", "manager_request,repeat_contact", "Conrad Belvedere", "RE: RE: RE: Uniform sizing", """
This is my fifth email on the blazer sizing. Each reply comes from someone new who asks me to start from the beginning. I'd like this to go upstairs please, to someone with the authority to just send us the correct sizes.
""")

C("en", "safety", "Elspeth Moorcroft", "electrician left wires", """
Your electrician finished at our house yesterday and left two bare wires sticking out of the wall in the hallway, at the height of my 3 year old. When I touched the switch plate next to it I got a jolt up my arm. We have turned the whole circuit off at the fuse box. Someone needs to come back TODAY.
""")

C("en", "broken_promise,billing_dispute", "Trevor Quaye", "money back still not here", """
On 3 April I was told on the phone that the £92 for the cancelled coach trip (you cancelled it, not me) would be back on my card within five working days. Here we are on 28 April and there is nothing. The debit of £92 is still sitting on my statement.
""", note="'cancelled' refers to operator cancelling the trip, not a cancellation threat")

C("en", "executive_contact,media_threat", "Ruth Castellano", "Scooter parked across my driveway - again", """
I have written to your chief executive directly (I found her on LinkedIn) and I am now recording every one of your scooters dumped across our driveway for a little video series. People seem to enjoy it.
""")

C("en", "outage,technical_issue", "Samir Talwar", "502", """
Every page on the parking site comes back with "502 Bad Gateway". Tried laptop and phone. My flight's in 3 hours and I can't get the QR code for the barrier.
""", note="textbook 502 wording on purpose")

C("en", "security_incident", "Beatrice Lemaire", "someone changed my email address", """
I just got a message saying the email on my golf club account was changed to some address I've never seen. I didn't do that. Now I can't even reset the password because it goes to them. My card is saved on that account.
""")

C("en", "severe_dissatisfaction", "Lionel Ferreira", "shoes", """
Three weeks to resole a pair of brogues and they come back with glue all over the uppers and the wrong colour heel. Sickening work. I have never been so insulted by a tradesman. Absolutely hopeless from start to finish.
""")

C("en", "regulatory,safety", "Hollis Brannigan", "Chlorine smell at Riverside baths", """
Our swim club was at Riverside last night and three kids came out coughing and with streaming eyes, one had to use her inhaler twice. The smell in the changing rooms was like a bleach factory. I have already phoned the council's environmental health line and they're sending someone, but I wanted you to hear it from me first.
""")

C("en", "legal_threat", "Agnieszka Wolny", "damaged bag", """
Dear Sir,

Bag came back with the zip ripped and my laptop screen cracked. You say not liable. OK. Then we let the small claims people decide who is liable. I have already the form.

Agnieszka Wolny
""", note="non-native English; small claims = court")

C("en", "cancellation_threat", "Duncan Royle", "vending contract", """
We've had the three machines in our warehouse canteen on your service contract for two years. In the last month they've been empty more often than full. If the restocking is not back to weekly by the end of the month we'll be giving the space to one of the other operators who have been calling us.
""", note="conditional threat fires")

C("en", "broken_promise,repeat_contact,severe_dissatisfaction", "Maureen Gilchrist", "Fourth message - still no plumber", """
This is my fourth message. Each time someone says "an engineer will be with you tomorrow morning". Nobody ever comes. There is water coming through the kitchen ceiling. This is a disgrace and I am absolutely fuming.
""")

# ---------------------------------------------------------------------------
# English customer mail with triggers (batch B)
# ---------------------------------------------------------------------------
C("en", "corporate_contact_request,executive_contact", "Philippa Vance", "who runs this place", """
Please send me the direct email address of your managing director. I intend to write to him about the state of the changing rooms at the Marlow centre, because writing to this inbox clearly achieves nothing.
""", note="asks exec email to write to him: corporate_contact_request + executive_contact")

C("en", "high_value_order,broken_promise", "Simon Achterhof <s.achterhof@greenleaf-estates.example>", "Hedging order GL-2291", """
Hello,

Our order GL-2291 for 2,400 mixed hedging plants (invoice £11,340.00, paid in full in February) was promised for delivery in the week of 10 March. It is now 2 April, the planting window is closing, and nothing has arrived. Please tell me exactly where the plants are.

Simon Achterhof
Grounds, Greenleaf Estates
""")

C("en", "outage,technical_issue", "Keisha Onwuachi", "booking page", """
Hi, your whole booking system for the lanes seems to have fallen over. I get a white page with "Service Unavailable" whatever I click, and the phone line just says all lines are busy and hangs up. Been like this since lunchtime.
""")

C("en", "security_incident", "Dominic Farrow", "Email from you asking for my card details??", """
I got an email this morning that looks exactly like your newsletter, your logo, your footer, asking me to "re-confirm my card for the summer season" on a site that isn't yours. My neighbour got one too. Somebody has got hold of your customer list, because this went to the address I only ever gave to you.
""")

C("en", "feature_request", "Lucy Penhaligon", "idea for the ferry app", """
Love the new app. One thing that'd help families a lot: being able to store the car registration and the passengers once, so we don't have to type them in every single booking. And maybe an option to get the boarding pass into Apple Wallet?
""")

C("en", "data_loss,technical_issue", "Rhodri Pugh", "handicap record", """
Morning - my whole handicap history has been wiped from the members' system. It shows one round (Saturday's) and a handicap of 54. I've been playing off 12 for years. Ten years of scores, gone. Can you get the old records back?
""", note="data wiped; no explicit bug description -> data_loss only")

C("en", "manager_request,repeat_contact", "Isobel Chang", "complaint about Tuesday", """
Dear customer service,

I've explained the situation with my son's lessons to three different people on your phone line, all very polite, none able to do anything. I would now like to be called by someone senior, somebody who can actually decide something. My number is 555-0147.

Isobel Chang
""", note="'three different people on your phone line' could be repeat_contact but it's calls within one contact chain; kept manager_request only")

C("en", "billing_dispute,legal_threat,repeat_contact", "Anthony Ruggiero", "Invoice 2024-1187", """
Your invoice 2024-1187 charges us for 14 hours of emergency call-out labour. Your electrician was on site for 3. I've disputed this by phone and by letter. If I don't have a corrected invoice by the 15th, the matter goes to our solicitors and you can explain the 14 hours to them.
""", note="solicitors = textbook, one of the few; conditional threat")

C("en", "discrimination_harassment", "Walter Grimsby", "treatment of my wife", """
My wife uses a wheelchair. On Saturday the manager at your Kingsway cinema told her she would have to "wait until everyone else is seated" because she was "holding up the queue", and then a member of staff rolled his eyes and said "here we go". We were the only people made to wait. We have booked accessible seats with you for years and have never been treated like a nuisance like that.
""", note="'the manager at your cinema' is a role, not a request")

C("en", "safety,technical_issue", "Paula Brennerman", "Smoke from scooter battery", """
Parked one of your scooters outside our block last night. This morning there was smoke coming out of the deck where the battery is and a horrible burning plastic smell. Someone called the fire service. It is still there, taped off. Nobody from your company has come.
""", note="member system shows history wiped = data_loss + technical_issue")

C("en", "broken_promise", "Gerald Nakamura", "alteration not ready", """
Hello, the suit for my daughter's wedding was promised back "without fail" by the 12th. It is the 13th, the wedding is tomorrow, and the shop says it hasn't even been started. I don't know what to say.
""", note="phone + letter + this mail = third contact; solicitors, conditional")

C("en", "cancellation_threat,broken_promise", "Sinead Rafferty", "Autumn term", """
Hi,

When we signed up in June you told us Aoife would have the same tutor all year. She has had three different tutors in six weeks. We won't be signing up for the spring term, and I'll be telling the other parents on the year group WhatsApp why.
""", note="telling other parents on WhatsApp is private word of mouth, not a public media threat")

C("en", "media_threat", "Ben Sato", "Freelance piece on coach delays - request for comment", """
Hello,

I'm a freelance reporter writing a piece for a regional news site about delays on long-distance coach routes out of the north-west this summer. Several passengers have told me about cancellations on your Manchester-Glasgow service. Could someone on your side comment on the number of cancelled departures in July and August? My deadline is Thursday, 5pm.

Thanks,
Ben Sato
""", note="journalist inquiry always fires media_threat; passenger claims are hearsay")

C("en", "repeat_contact,outage,technical_issue", "Fatima Zahra Idrissi", "STILL cannot get into my account", """
Third email this week. The app has refused to let anyone sign in since Monday, my whole family sees the same thing. Your status page says everything is green. It is not green.
""", note="'Third email' = textbook wording but explicit")

C("en", "severe_dissatisfaction,manager_request", "Clive Dunmore", "your man in the pro shop", """
I have rarely been spoken to with such contempt. I paid for a lesson, your pro turned up 35 minutes late, smelled of drink and cut it short. I want someone above him to ring me. Not him. Someone who can explain why he is still employed.
""", note="explained to three different people = 3+ contacts; asks for someone senior")

C("en", "billing_dispute", "Olga Petrenko", "two payments for same parking", """
Hello, booked airport parking 14-21 May, reference APK-55102. I see on my card two payments of £64.00 on the same day, same reference. I booked once only. Please return one.
""", note="paraphrase of double charge")

C("en", "executive_contact", "Rupert Ellingham", "Fw: my letter to Mrs Halvorsen", """
For your information, I have today sent the attached letter about my lost luggage to Mrs Halvorsen, your chairman, at her office. I expect you will hear from her.
""", note="subject says Fw but it is the customer's own covering note; the content is new")

C("en", "safety,technical_issue", "Naomi Berkowitz", "lane 9 ball return", """
The ball return on lane 9 at the Harbour Bowl grabbed my daughter's fingers on Saturday. The guard plate is missing and the rollers are exposed. She's fine now, bruised nails, but it could have been much worse. Please close that lane.
""", note="machine defect causing injury: safety + technical_issue")

C("en", "high_value_order", "Marguerite Osei <m.osei@brightstone-academy.example>", "School uniform contract - wrong items", """
Dear account team,

Our contract for the 2025 uniform supply (£46,200 for the year) specifies embroidered crests on all blazers. The first 600 blazers delivered last week have printed transfers, which are already peeling. Parents are asking questions. What do you propose?

Marguerite Osei
Business Manager, Brightstone Academy
""", note="Business Manager is a job title")

C("en", "corporate_contact_request", "Errol Fitzgerald", "head office phone", """
Hi, I don't want the customer line, I've had enough of that. I want the main switchboard number for your headquarters and the postal address for the company secretary.
""")

C("en", "regulatory,security_incident", "Deborah Kwan", "my details sent to another parent", """
This morning I received an email from your tuition centre that contained another family's home address, their child's medical notes and their bank details. And from what she tells me, that family received mine. This is a serious failure and I am reporting it to the Information Commissioner's Office today.
""")

C("en", "data_loss,technical_issue,severe_dissatisfaction", "Ross Teague", "loyalty points", """
1,860 points. Saved up over two years of Friday film nights. Gone after your app update, the balance says 0 and the history is blank. The app update broke it, obviously. This is beyond a joke, it's a scandal, and I am disgusted.
""")

C("en", "legal_threat,safety", "Imelda Rourke", "Injury at Lakeside", """
Following my fall on the wet ramp at Lakeside pool on 9 August, please note that my representative at Rourke & Finch will be writing to you shortly regarding my claim. Please preserve any CCTV footage of the poolside for that date.
""", note="representative at a law firm = legal; injury from wet ramp = safety")

C("en", "outage,technical_issue", "Trent Blackwood", "no boarding passes at all", """
Is your system completely gone? Nobody at the check-in booth in Portsmouth can print anything, the staff are writing names on paper, and the queue is out onto the road. The sailing is in 40 minutes.
""", note="system-wide failure reported by passenger")

C("en", "feature_request", "Gideon Marsh", "payment options", """
Any chance the machines in our office could start taking contactless phone payments? Half the team doesn't carry a card any more. Would be very welcome.
""", note="asks for a new capability")

C("en", "cancellation_threat,repeat_contact", "Vanessa Olufemi", "pool membership direct debit", """
I have now phoned three times and written twice about the lane swimming times being changed without notice. Nothing changes. Please take this as notice: I'll be stopping the direct debit at the end of this month and going to the leisure centre in Ashby.
""")

C("en", "technical_issue", "Harold Brinkworth", "app crash", """
When I tap "End ride" the app freezes and then closes. I've had to force-close it each time. The ride does end eventually but it looks like it keeps counting for a minute or so. Android 14, latest version of the app.
""")

C("en", "media_threat,severe_dissatisfaction,technical_issue", "Zoe Arkwright", "honestly", """
What an absolute shambles. Locker jammed, bag inside, your staff "can't open it until Monday". I'm flying tonight. I will be sharing every minute of this on TikTok and tagging you in each one.
""", note="jammed locker = machine fault; TikTok = media")

C("en", "manager_request,broken_promise", "Peter Lindqvist", "Case 19920", """
I was assured a week ago that someone would call me back about case 19920 "by end of day". Nobody did. Who is in charge of your customer team? I want them to pick up the phone to me personally.
""")

C("en", "discrimination_harassment", "Omar Siddiqui", "Luggage check at Victoria", """
At your luggage storage desk on Friday I was the only person in the line made to open my bags in front of everybody. The white couple in front and the man behind me just handed theirs over. When I asked why, your staff member said "you know why". I want an explanation.
""")

C("en", "safety", "Edwina Colley", "Coach driver on phone", """
I was on the 14:05 Bristol to London on Sunday, sitting right behind the driver. He was texting on his phone on the motorway for a good ten minutes, swerving twice across the lane. Several of us were genuinely frightened. Registration of the coach is on my ticket if you need it.
""")

C("en", "executive_contact,cancellation_threat", "Clarissa Whitcombe <c.whitcombe@lindenfold-golf.example>", "corporate days", """
I've copied in your CEO as well, since this concerns the corporate days we've run with you for six years. After this year's fiasco with the buggies and the catering, our board has asked me to look at other venues for 2026.
""")

C("en", "billing_dispute,broken_promise", "Stanley Amadi", "still charged", """
You promised me in writing on 2 May that the £29.99 monthly fee would stop once I handed back the tuition tablet. I handed it back. June and July both went out of my account anyway. That's £59.98 I shouldn't have paid.
""")

# ---------------------------------------------------------------------------
# English customer mail with triggers (batch C: long, sarcastic, quoted, terse)
# ---------------------------------------------------------------------------
C("en", "legal_threat,safety", "Eleanor Vickery", "A few things about Saturday", """
Hi all,

I hope this finds you well, and sorry in advance for the length of this. We had our daughter's ninth birthday at your bowling centre on Saturday, twelve children, the "Party Deluxe" package. The good bits first: the young lad who ran the lanes (Josh, I think) was brilliant with the kids and the bumpers went up and down without any fuss.

Then the food. We were told pizza at 2:30. It came at 3:40, by which time half the parents had already come to collect. Two of the children have coeliac disease, which I mentioned three times on the booking form, and they were given ordinary pizza anyway. One of them was ill all night. Her mother is a solicitor and she has asked me for copies of everything I have; she intends to bring a claim and I'll be backing her up as a witness.

Anyway, I'd also like to know what happened to the party bags, because there weren't any.

Best wishes,
Eleanor
""", note="claim by another parent, customer adopts it as witness -> legal_threat; allergen served to coeliac child -> safety")

C("en", "security_incident", "Hamish Dewar", "Strange logins", """
hi, got 6 "new device signed in" mails overnight from you. Moscow, Lagos, somewhere in Brazil. I was asleep in Stirling. changed my password, but it says the account has two cards on it now and one isnt mine
""")

C("en", "outage,technical_issue", "Mei Lin Foster", "Locker kiosks", """
None of the kiosks at your Central Station site are working. Screens are black on all eight. Nobody can collect or drop bags and there's no staff member in sight. There are about thirty of us standing here.
""")

C("en", "severe_dissatisfaction,technical_issue", "Norris Pettigrew", "oh brilliant", """
Oh brilliant, just brilliant. Pay £14 for a film, sit through 25 minutes of adverts, then the projector dies for the last half hour. Nobody comes. Nobody apologises. Genuinely the most pathetic excuse for a cinema I have ever set foot in, and I've been to some dives.
""")

C("en", "cancellation_threat", "Rachel Ebbesen", "we're done", """
We're done. After your call-out man left our bathroom flooded on Friday, you won't be on our list of trades any more, and I'm taking the landlord portfolio (23 flats) with me.
""")

C("en", "data_loss,technical_issue", "Callum Strachan", "Re: photo upload for shoe repair quotes", """
Hi again,

The photos I uploaded for the repair quote (6 pairs, took me an hour) have all vanished from my account - the quote page says "0 images". Did something go wrong on your end?

Callum

On Mon, 3 Feb 2025 at 10:12, Support <support@example.test> wrote:
> Hi Callum, thanks for getting in touch. Please upload photos of each
> pair via your account page and we'll quote within 48 hours.
""", trap="quoted", note="quote from support is neutral; new text reports lost uploads")

C("en", "broken_promise", "Maxine Okereke", "Re: Your order of bedding plants", """
You said they'd be here Wednesday. Then Friday. Then "definitely Monday". It's Tuesday.

> On 12 Apr 2025, at 09:40, Support <support@example.test> wrote:
> Your plants will be delivered on Monday without fail. Sorry again
> for the delay!
""", trap="quoted", note="promise is in the quote but the customer's own words state it was broken")

C("en", "media_threat", "Tobias Greenhalgh", "Course closed AGAIN without notice", """
Third sunday in a row we've driven out to the course to find a "course closed" board at the gate. Not on the website, not an email. Next time I'll have the camera running and it'll go on my YouTube channel (golf vlog, 18k subs), and I'll be pretty candid about the place.
""", note="'third sunday' is about visits not contacts -> no repeat_contact")

C("en", "repeat_contact", "Deirdre Conlon", "ticket 55871, 55902, 56013", """
Three tickets now, same problem, same answer each time. Please read the first one before replying to this one.
""", note="three tickets on same issue = third contact")

C("en", "outage,repeat_contact,technical_issue", "Rajesh Mehta", "machines", """
I've written to you on Monday, Tuesday and again this morning. Every vending machine on our campus has been showing "OFFLINE - CARD ONLY UNAVAILABLE" since the weekend, and they won't take coins either. 900 staff, no snacks, no coffee.
""")

C("en", "safety", "Agatha Pennywhistle", "plants labelled pet safe", """
The "pet safe" houseplant bundle I bought from your nursery last week included a dieffenbachia. The label said non-toxic. My cat chewed a leaf and spent the night at the emergency vet with a swollen mouth and throat. Please get those labels off the shelf before another animal or a toddler gets hurt.
""")

C("en", "billing_dispute,repeat_contact,severe_dissatisfaction", "Lloyd Haverford", "!!!!!", """
FOURTH TIME. FOURTH. You took £212 from my account for a ferry crossing I changed to a later date, and then took £212 AGAIN for the later date. I have the confirmation emails. It is a DISGRACE that I'm still writing about this. GIVE ME MY MONEY.
""")

C("en", "manager_request", "Winifred Oakes", "would like a word", """
Good afternoon,

I appreciate your reply, but it doesn't really answer anything. Would you be kind enough to pass this to somebody more senior who can take a decision on the hire charge? I'm perfectly happy to wait for a call.

Kind regards,
Winifred Oakes
""", note="polite request for a senior person")

C("en", "regulatory", "Percival Oduya", "Pricing on your vending machines", """
Your machines in the hospital car park show one price on the label and charge 40p more at the till. I've photographed eight of them. I have sent the photos to the consumer watchdog this morning and I'd suggest you fix the labels before they come and look.
""", note="regulator report; no specific personal charge disputed beyond general pricing -> no billing_dispute")

C("en", "executive_contact,severe_dissatisfaction", "Fenella Brackenbury", "CC: board of directors", """
The whole board of your company is in copy on this. Let them read how their staff treated a 78-year-old woman who could not find the ferry ramp in the dark and was laughed at. I am appalled beyond words.
""")

C("en", "technical_issue,feature_request", "Jasper Wilton", "Timetable export", """
Two things. The "add to calendar" button on the coach booking confirmation produces a file with the wrong time zone, so every trip shows an hour early. And while you're in there - it would be really handy to have a live departure tracker for the coach, like the trains have.
""")

C("en", "high_value_order,outage,technical_issue", "Arjun Dasgupta <arjun@dasgupta-events.example>", "Group booking 40 vehicles", """
Hi,

We have a confirmed group booking for 40 vehicles on the 07:30 crossing on Saturday (invoice FRG-7713, €9,450). Your agent portal has been completely unreachable since last night, so I can't download the boarding documents, and the phone line only gives a message about "technical difficulties". Please send the documents by email or tell me what we do at check-in.

Arjun Dasgupta
""")

C("en", "discrimination_harassment", "Lorna Featherstone", "comments from coach driver", """
The driver on the overnight service to Aberdeen called me "sweetheart" four times, commented on my legs while I was putting my bag in the hold, and then asked for my number "for the return trip". I'm 19 and was travelling alone. I didn't feel safe on that coach for the rest of the night.
""", note="harassment by staff; 'didn't feel safe' is about harassment, no physical hazard")

C("en", "corporate_contact_request", "Humphrey Addington", "Your registered office", """
Dear Sirs,

Kindly furnish me with the address of your registered office and the details of the person who handles formal complaints at group level. I intend to put the matter in writing by recorded delivery.

H. Addington
""")

C("en", "cancellation_threat,feature_request", "Nell Whitaker", "the app", """
Honestly the app is so bare-bones compared to the other scooter companies. No group rides, no way to reserve a scooter for 10 minutes. Please add those or I'll just move to the green ones that have them, my friends already have.
""", note="conditional switch to competitor")

C("en", "broken_promise,data_loss,technical_issue", "Serena Blakemore", "My son's progress reports", """
When we spoke last week you promised that Leo's progress reports would be restored "by Monday". They still aren't. The portal still shows the reports section as empty, a whole year of tutor comments wiped.
""")

C("en", "legal_threat", "Victor Amundsen", "Clamping at your car park", """
Your attendant clamped my car in a bay I had paid for (receipt attached) and demanded £150 to release it. I paid under protest. I'm taking this to the county court, and you'll be hearing from them.
""", note="textbook 'court' on purpose")

C("en", "severe_dissatisfaction,cancellation_threat", "Georgina Fairclough", "Re: Spring term invoice", """
Frankly I'm disgusted. Three missed lessons, no apology, and then an invoice for the full term. You can consider this our last term with you.

> Dear Mrs Fairclough, please find attached the invoice for the spring
> term. Kind regards, Accounts.
""", trap="quoted")

C("en", "safety,technical_issue", "Owen Trelawney", "vending machine very hot", """
The drinks machine by the gym entrance is red hot on the right side, you can't put your hand on it, and there's a burning smell. The display keeps flickering. I've stuck a note on it but someone should switch it off at the wall.
""")

C("en", "outage,technical_issue", "Beatrix Humble", "is it just me?", """
Is it just me or has the whole scooter network stopped working? None of the scooters on my street will unlock, and my friend across town says the same, map shows nothing at all.
""", note="network-wide failure")

C("en", "media_threat,broken_promise", "Lewis Carrick", "that refund you promised", """
Two weeks ago your agent promised the ticket money would be back "in 3 days". Still nothing. I've drafted a post for the city subreddit and for the "Scammed in Leeds" group, I'll hit send on Friday if the money hasn't appeared.
""")

C("en", "executive_contact,manager_request", "Bridget Oyelowo", "I would like to speak to your CEO", """
I would like to speak to your CEO, or failing that whoever is directly below them. I've been reasonable for six weeks and I'm done with the customer inbox.
""", note="speak to CEO alone = executive_contact; 'whoever is directly below them' = senior person")

C("en", "data_loss", "Gordon Lamont", "measurements", """
My tailor tells me the measurements you took in March for my three suits "aren't in the system any more" and he'll have to start from scratch. I've travelled 50 miles for those fittings. Where have they gone?
""", note="records lost; no system malfunction described by customer")

C("en", "severe_dissatisfaction", "Priscilla Nwosu", "Staff at the swimming pool", """
I have never in my life been so disgusted by the state of a public building. Hair in the showers, plasters floating in the learner pool, a changing room floor that was black. I paid to bring my kids into that. Shameful, utterly shameful.
""", note="records missing, no malfunction described -> no technical_issue")

C("en", "regulatory,legal_threat", "Ambrose Kettering", "Deposit for uniform samples", """
You have kept my £400 sample deposit for five months although you confirmed the samples were returned undamaged. I have filed a complaint with the small business commissioner and my solicitor is drafting a letter before action.
""", note="regulator + solicitor both named")

C("en", "billing_dispute,high_value_order,manager_request", "Cordelia Ashby <cordelia.ashby@ashby-golf.example>", "Invoice INV-30118 (£8,920)", """
Hello,

Invoice INV-30118 for £8,920 covers the annual servicing of our 16 vending machines. Eleven of them have not been serviced at all this year according to our own logs. We'd like to discuss this with someone at a senior level on your side before we settle anything.

Cordelia Ashby
Club Secretary, Ashby Golf Club
""")

C("en", "security_incident", "Nadia Fontaine", "Your email", """
Just had a text "from your parking company" with my full name, my booking reference and my car registration, asking me to pay a "late fee" through a link. How does a scammer know my booking reference? Someone has taken your booking data.
""")

C("en", "technical_issue", "Eamon Gallagher", "error on checkout", """
Hi, trying to book a tee time for Saturday, get "Error 4012: slot token expired" every time I press Pay, even on a slot I selected a few seconds earlier. Tried Chrome and Safari.
""")

C("en", "cancellation_threat,regulatory", "Muriel Hargreaves", "Lessons", """
Your tutor turned up without the background check certificate you claimed all your tutors have. We won't be continuing with the lessons, and I've asked the local education authority's safeguarding team to look into how you vet staff.
""", note="authority report = regulatory; stopping service = cancellation")

C("en", "repeat_contact,broken_promise", "Stuart Penrose", "Again.", """
Again. Email number four. You said the boots would be reheeled by the 4th. I don't know how else to ask.
""")

C("en", "feature_request", "Ingrid Solberg", "Feature idea for bowling scores", """
Hi team, would you consider adding an option to email the scoresheet at the end of a game? The kids always want to keep them and the printer is usually out of paper. Thanks!
""")

C("en", "discrimination_harassment,manager_request", "Desmond Achebe-Clarke", "security guard", """
Your security guard followed me round the whole cinema foyer, asked for my ticket twice and not anybody else's, and told me I "didn't look like I'd paid". I'm a 54-year-old black man who's been coming to your cinema since it opened. I want whoever runs this site to call me, not a form reply.
""")

# ---------------------------------------------------------------------------
# English customer mail with triggers (batch D: top-up for rarer triggers)
# ---------------------------------------------------------------------------
C("en", "corporate_contact_request", "Bartholomew Ince", "Where do I send a letter", """
hi, where is your actual company based? I want a proper street address for the people in charge, not a PO box and not this inbox. thanks
""")

C("en", "corporate_contact_request,legal_threat", "Rosamund Tweedie", "Formal notice", """
Good afternoon,

Please provide the full name and registered address of the company that operates your airport car parks, and the contact details of your legal department. My solicitor needs them for the letter she is sending about the damage to my car in your multi-storey.

R. Tweedie
""", note="asks legal department contact + solicitor sending letter")

C("en", "corporate_contact_request", "Kwame Asante", "Switchboard number?", """
Your website only lists the booking line. What's the number for your head office in Southampton? I'd like to speak to someone there about the sailing on the 4th.
""", note="head-office number request")

C("en", "discrimination_harassment", "Marjorie Pettit", "How your tutor spoke to my daughter", """
Dear Sir or Madam,

My daughter is dyslexic, which we told you when we enrolled. On Thursday her tutor told her in front of two other pupils that she was "just lazy" and that "people like her shouldn't bother with A levels". She came home in tears and doesn't want to go back.

Marjorie Pettit
""")

C("en", "discrimination_harassment", "Stanislav Horak", "Comments at the golf club bar", """
I am a member for two years. Last Saturday your bar staff refused to serve me after 8pm while serving everyone else, and one of them said "we don't serve your lot late" and imitated my accent to the other barman. My wife heard everything. I do not accept this.
""", note="non-native English; discrimination by nationality/accent")

C("en", "feature_request", "Hattie Brookfield", "small wish", """
Dear ferry people, it would be lovely if you could add a "travelling with a dog" filter when choosing a cabin. We always end up ringing to check which ones allow pets.
""")

C("en", "feature_request", "Ollie Jankowski", "pls add dark mode", """
pls add dark mode to the scooter app, riding at night the white screen basically blinds me at every junction. thx
""")

C("en", "feature_request,technical_issue", "Margot Ellery", "Swimming lesson booking", """
Two things. The waiting list button for the Saturday lessons gives me a blank grey box when I click it. And could you possibly make it so we can book a whole term in one go instead of week by week? It would save a lot of parents a lot of time.
""")

C("en", "high_value_order", "Desmond Featherstonehaugh <d.feather@castlegate-school.example>", "Contract CGS-2025 tuition programme", """
Dear Ms Arkwright,

Under contract CGS-2025 (£38,500 for the academic year) you are to provide 12 hours of small-group tuition per week. Since half term we have received 7 hours a week at most, and twice nobody came at all. I need a plan from you by Friday explaining how the missing hours will be made up.

Desmond Featherstonehaugh
Bursar, Castlegate School
""", note="Bursar is a title")

C("en", "high_value_order,billing_dispute", "Penelope Harcourt <penny@harcourt-weddings.example>", "Private hire invoice - wrong", """
Hello,

Your invoice for the private hire of Screen 1 on 18 October came to £6,450. We agreed £4,200 in writing (email attached) including the drinks package. Please correct it before I pay anything.

Penelope Harcourt
""", note="disputed invoice over 5,000")

C("en", "data_loss,technical_issue", "Wendell Brightmore", "vanished overnight", """
Went to bed with 14 saved rides and a monthly pass in the app. Woke up: no rides, no pass, the app thinks I'm a new user and offers me the welcome discount. Thanks, I guess? Where's the pass I paid for?
""", note="sarcastic")

C("en", "executive_contact", "Augusta Llewellyn", "Fyi", """
FYI I'll be raising this with your CEO at the chamber of commerce lunch on Thursday, since we'll be on the same table. Thought you'd want to know.
""")

C("en", "media_threat", "Reginald Fotheringham", "Consumer programme", """
I've been in touch with the researchers on that consumer programme on the telly, the one that doorsteps companies. They were very interested in a ferry firm that leaves pensioners on the quay overnight.
""", note="TV consumer programme = going public")

C("en", "legal_threat,security_incident", "Marisol Aguilar-Brown", "my card was used", """
After I stored my card in your parking app last month, it was used at four places I've never been, all within an hour of each other. The bank says the leak came from your app. I've spoken to a solicitor and we'll be holding you responsible.
""")

C("en", "regulatory,safety", "Cuthbert Holm", "Pool water", """
The water in the learner pool at Eastfield has been cloudy for a fortnight and there's a green tinge in the corners. Three children in my son's class have had ear infections. I've asked the council's public health team to come and test it.
""", note="authority report + children ill from pool water")

C("en", "security_incident,outage,technical_issue", "Mohammed Al-Rashid", "your site is showing other people's bookings", """
Urgent: I logged into the parking site and instead of my booking it shows somebody else's - full name, phone number, car registration, the lot. Refreshing shows a different stranger each time. Then it stopped loading altogether, just an error page for everyone in my office.
""")

# ---------------------------------------------------------------------------
# English hard negatives (no trigger)
# ---------------------------------------------------------------------------
C("en", "-", "Janet Ogilvie", "Staff lockers for new starters", """
Hi, I'm the office manager at Ogilvie & Co and we've taken on four new people. Could you add four more staff lockers to our luggage storage account from 1 September? Same terms as the existing ones.

Janet Ogilvie
Office Manager
""", trap="job_title")

C("en", "-", "Terrence Obi", "Re: lane booking for our team night", """
Thanks, Thursday 7pm works. Our account manager at your place, Hayley, already has the headcount. See you then.
""", trap="job_title", note="'account manager' is an existing role")

C("en", "-", "Alison Petty <a.petty@kestrel-logistics.example>", "Workwear reorder", """
Hello,

Please repeat last quarter's order of 60 fleece jackets in navy, same sizes split. Delivery to the Warrington depot as usual.

Thanks,
Alison Petty
Fleet Manager | Kestrel Logistics
""", trap="job_title")

C("en", "-", "Greg Halloran", "Password manager won't fill the login", """
Quick question: my password manager doesn't seem to recognise the username field on your golf booking page, so I end up typing it in. Is there a different login URL I should save?
""", trap="job_title", note="'Password manager' is software, not a person; nothing broken on their side claimed")

C("en", "-", "Samantha Reyes", "Re: your complaint reference 44120", """
Thank you, that's all sorted now and the replacement shirts arrived this morning. Much appreciated.

On Fri, 7 Mar 2025 at 16:20, Samantha Reyes <samantha.reyes@mailbox.example> wrote:
> This is the THIRD time I'm writing. If the shirts aren't here by Monday
> I'm cancelling the whole account and my lawyer will hear about it.
""", trap="quoted_old_threat", note="threat only in the customer's own earlier mail, quoted")

C("en", "-", "Harvey Collingwood", "RE: Boiler service", """
Tuesday at 10 is fine, someone will be in.

-----Original Message-----
From: Harvey Collingwood <harvey.c@homemail.example>
Sent: 14 January 2025 08:03
To: support@example.test
Subject: Boiler service

Absolutely unacceptable that nobody turned up yesterday. I want to speak to a supervisor.
""", trap="quoted_old_threat", note="Outlook header block: old complaint is quoted")

C("en", "-", "Megan Aldous", "Fwd: Letter from our solicitor", """
Hi, my landlord asked me to send you this so you know the bay number for our parking permit - it's in the second paragraph. Nothing else needed.

---------- Forwarded message ---------
From: Whitmore Legal <office@whitmore-legal.example>
Date: Mon, 10 Feb 2025 at 11:02
Subject: Letter from our solicitor
To: Megan Aldous <megan.aldous@post.example>

Dear Ms Aldous, further to the court hearing regarding your lease, the allocated parking bay is number 17 at the Terminal 2 long-stay car park.
""", trap="forwarded", note="legal words are in the forwarded part and about an unrelated lease")

C("en", "-", "Colin Mbeki <colin.mbeki@redfern-law.example>", "Tee time for four", """
Hi, could we book a tee time for four on Saturday 21 June, around 9am? Thanks.

Colin

--
Colin Mbeki | Partner | Redfern Law LLP
This email and any attachments are confidential and may be legally privileged. If you have received it in error please notify the sender and delete it. Redfern Law LLP accepts no liability for any loss or damage arising from this email. Any legal action related to this message is governed by the law of England and Wales.
""", trap="signature_disclaimer")

C("en", "-", "Ursula Brandauer", "Not complaining, just checking", """
Hi, not complaining at all, I'm not going to cancel or anything like that - I just want to double check that my monthly scooter pass rolls over automatically on the 1st. Thanks!
""", trap="negation")

C("en", "-", "Nigel Ashworth", "Saturday swim", """
Just so you know, we did not lose any of the photos from the swim gala - the USB stick turned up in the lost property box. No need to escalate anything. Thanks for your help.
""", trap="negation")

C("en", "-", "Kirsty Doyle", "Refund policy question", """
Hello, what is your refund policy if we book a cinema birthday party and one of the kids falls ill on the day? Just want to know before I book.
""", trap="policy_question")

C("en", "-", "Hassan Jaber", "cancellation terms", """
Hi, if I pay for the full year of tuition up front, would I be able to cancel later if we move house? What notice period applies?
""", trap="hypothetical")

C("en", "-", "Abigail Trent", "SLA question", """
Good morning, do you offer any kind of service level agreement for outages on the vending machines, for example a guaranteed repair time? We're comparing suppliers for a new office.
""", trap="policy_question")

C("en", "-", "Philip Osborne", "can I export my rides?", """
Is there a way to export my ride history to CSV for expenses? Couldn't see it in the app but may be looking in the wrong place.
""", trap="feature_exists_question")

C("en", "-", "Lydia Chambers", "Ferry app - does it do wallet passes?", """
Does your app already support adding boarding passes to Google Wallet? If so, where's the button?
""", trap="feature_exists_question")

C("en", "-", "Roger Tennant", "Last Saturday", """
A little disappointed that the café was closed after the 4pm session on Saturday, we'd promised the kids a hot chocolate. Not the end of the world. Will the café be open this weekend?
""", trap="mild_disappointment")

C("en", "-", "Daphne Whitlow", "New greenhouse plants", """
The plants arrived, they're lovely, slightly smaller than I'd pictured from the website but that's fine. Could you tell me how often to water the olive tree?
""", trap="mild_disappointment")

C("en", "-", "Luke Abernethy", "Team booking", """
My colleague joked that we should sue you for making the lanes too slippery after he fell over celebrating a strike, ha. Anyway, we'd like to book the same two lanes for next Friday.
""", trap="reported_speech", note="joke attributed to colleague, not adopted")

C("en", "-", "Edith Crane", "question about shoe repair times", """
My neighbour said she'd been waiting weeks and was going to write to the newspapers about you, but I've had nothing but good service. How long does a full resole take at the moment?
""", trap="reported_speech")

C("en", "-", "Martin Kohl <martin.kohl@kohl-engineering.example>", "Uniforms for the leadership offsite", """
Hi,

Our CEO needs the embroidered polo shirts for the leadership offsite by 12 May. Can you confirm the lead time for 25 polos with a left-chest logo? Artwork attached previously.

Martin
""", trap="own_ceo")

C("en", "-", "Caroline Aske", "Booking the club for our board dinner", """
Our chairman and the rest of the board would like to hold their annual dinner at the golf club in November, about 30 people. Could you send me the private dining options?
""", trap="own_ceo", note="customer's own board, not the company's")

C("en", "-", "Bertram Lowe <b.lowe@lowe-hotels.example>", "Annual uniform contract renewal", """
Hello,

We're happy to renew the annual uniform contract (£64,000 for 2026) on the same terms. Please send over the paperwork and we'll sign this week.

Best,
Bertram Lowe
""", trap="big_amount_no_problem")

C("en", "-", "Yasmin Kaur", "Invoice copy", """
Could you send me a copy of invoice PRK-88102 (£6,240 corporate parking for the year)? Our accounts team misplaced it. Everything else is fine.
""", trap="big_amount_no_problem", note="invoice copy request is not a dispute")

C("en", "-", "Harold Pimm", "second email about the locker key", """
This is my second email about the spare key for locker 42 - just checking the first one arrived, as I didn't get the usual automatic reply. No rush.
""", trap="second_email", note="two contacts only")

C("en", "-", "Bethany Crowther", "How on earth do I change the lane?", """
Right, I've been staring at this booking screen for ten minutes. How on earth do I change the lane on a booking I already made? Where is the button hiding?! Everything else is fine, I'm just clearly not seeing it.
""", trap="annoyed_howto")

C("en", "-", "Felix Harrow", "why is this so complicated", """
Why is adding a second driver to the parking booking so complicated?? Do I have to make a whole new booking or is there a way to edit the reg numbers? Please tell me there's a way.
""", trap="annoyed_howto")

C("en", "-", "Imogen Frame", "Re: Re: Tuition schedule", """
Perfect, Wednesday 4pm it is.

On 18 Sep 2025, at 11:30, Imogen Frame wrote:
> I'm furious. If this isn't sorted I'll take it to the local paper and post
> it everywhere. And I want to speak to your manager.
""", trap="quoted_old_threat")

C("en", "-", "Gareth Lloyd", "electrician availability", """
Hi, our building manager asked me to find out whether you can send an electrician for routine PAT testing next month. Nothing is wrong, it's just the annual check.
""", trap="job_title")

C("en", "-", "Victoria Staines", "Membership renewal", """
How do I cancel my auto-renewal for the pool membership and switch to pay-as-you-go instead? We're moving to swimming only in the summer. Nothing wrong with the pool!
""", trap="procedural_cancel", note="neutral procedural question, no dissatisfaction")

C("en", "-", "Ravi Chandran", "order 5512", """
Hi, how do I cancel order 5512? I ordered the trousers in the wrong leg length. I'd like to reorder in 32L.
""", trap="procedural_cancel")

C("en", "-", "Henrietta Fowles", "GDPR", """
Are you GDPR compliant with the pupil data you hold for the tuition programme? Our school's DPO has asked me to confirm, and we'd like a copy of your data processing agreement.
""", trap="policy_question", note="compliance question, not an allegation")

C("en", "-", "Samuel Ortiz", "two-factor", """
How do I turn on two-factor authentication for my scooter account? Just being careful after reading about other apps.
""", trap="security_howto")

C("en", "-", "Pauline Marsh", "Is my card data safe?", """
I'm about to save my card in your parking app. Is my data safe with you, and do you store the full card number?
""", trap="security_howto", note="data safety question, not a safety hazard")

C("en", "-", "Duncan Fairweather", "Press release for our club event", """
Hi, we're issuing a short press release about the junior golf open we're hosting with you on 14 July. Could you confirm the correct name of the course to use and whether we can use your logo?
""", trap="media_word_no_threat")

C("en", "-", "Anita Lorimer", "Saw your ad", """
I saw your ad on social media for half-price bowling on Tuesdays. Does that apply to the 8pm slot as well?
""", trap="media_word_no_threat")

C("en", "-", "Cecil Wainwright", "Scooter parking near the school", """
Would it be possible in future to not have scooters parked in the school drop-off zone? Not a complaint, just wondering how the parking areas are chosen. Who decides?
""", trap="policy_question")

C("en", "-", "Olivia Quint", "Down the coast", """
We're heading down the coast for half term - does the 08:10 ferry on 27 October still have space for a car and a roof box?
""", trap="word_down")

C("en", "-", "Brendan Kilroy", "Re: Your feedback", """
It was fine, thanks. Film was good, seats a bit cramped. Not going to write a review or anything, just answering your survey.
""", trap="negation")

C("en", "-", "Celia Montague", "hypothetically", """
Hypothetically, if a scooter did catch fire while I was riding it, what would happen with insurance? Nothing has happened, I'm just trying to understand the cover before I let my 17-year-old ride.
""", trap="hypothetical", note="hypothetical question, nothing happened")

C("en", "-", "Douglas Featherby", "quick one", """
Quick one: the invoice for our tuition came to £5,000.00 exactly for the year, which is what we agreed. Can I pay by bank transfer rather than card?
""", trap="big_amount_no_problem", note="exactly 5,000 and no problem")

C("en", "-", "Lena Hartmann", "Re: opening hours", """
Thanks, that answers it. I'll come by on Saturday.

Lena

> On Tue, 11 Mar 2025, Support wrote:
>> Our luggage storage at Park Street opens at 7am.
>>
>> On Mon, 10 Mar 2025, Lena Hartmann wrote:
>>> Your website has been down all morning, I'm furious, and I want this
>>> escalated to your director immediately.
""", trap="quoted_old_threat", note="nested quote")

C("en", "-", "Grace Emberton", "Thank you", """
I was ready to write a stinking letter last week, honestly, but your team sorted the leaking tap within the hour. Just wanted to say thank you to Mo, the plumber.
""", trap="past_anger_resolved", note="past intention, resolved, thanks")

C("en", "-", "Barnaby Quill", "how many more times", """
How many more times do I need to tap my card on these new machines before it registers? It seems to need two taps every time. Is that normal or am I doing it wrong?
""", trap="annoyed_howto", note="'how many more times' is a question about tapping, nothing reported broken")

C("en", "-", "Alistair Penhallow", "Rain check", """
Hi, the forecast for Saturday looks terrible. What's your policy on rain checks for green fees paid in advance?
""", trap="policy_question")

C("en", "-", "Hugo Delacroix-Smith", "Dinner jacket alteration", """
I'm a little disappointed the jacket will take three weeks instead of two, but I understand it's the busy season. Please go ahead.
""", trap="mild_disappointment")

C("en", "-", "Tabitha Nairn", "Forwarding for your files", """
Forwarding this as requested so you have the booking reference.

Begin forwarded message:

From: Tabitha Nairn <tabitha.nairn@quickmail.example>
Subject: Coach booking
Date: 2 May 2025 at 09:14:03 BST
To: support@example.test

I'll never travel with you again, worst journey ever. Booking CX-44718.
""", trap="forwarded", note="old complaint in Apple Mail forwarded block")

# ---------------------------------------------------------------------------
# German customer mail
# ---------------------------------------------------------------------------
C("de", "legal_threat,repeat_contact", "Hildegard Bäumler", "Reparatur Wasserhahn – letzte Nachricht", """
Sehr geehrte Damen und Herren,

Ihr Monteur hat am 3. März 240 € für eine Reparatur kassiert, nach der es schlimmer tropft als vorher. Ich habe mich zweimal freundlich gemeldet. Der Schiedsmann hört davon, und wenn das nichts bringt, sehen wir uns vor dem Amtsgericht.

Mit freundlichen Grüßen
Hildegard Bäumler
""", note="Schiedsmann + Amtsgericht = legal")

C("de", "manager_request", "Kai Brandstätter", "Parkplatzbuchung", """
Hallo, ich möchte bitte mit jemandem sprechen, der bei Ihnen tatsächlich etwas entscheiden darf. Die Kollegin an der Hotline konnte mir nur vorlesen, was auf der Webseite steht.
""", note="'zweimal gemeldet' + this mail = third contact; Schiedsmann + Amtsgericht = legal")

C("de", "cancellation_threat", "Renate Ostermann", "Unsere Mitgliedschaft im Golfclub", """
Guten Tag,

nach dem dritten verregneten Turnier ohne jede Absage und dem Chaos bei der Clubhausrenovierung reicht es uns. Zum Jahresende sind wir raus – meine Frau und ich suchen uns einen Platz, an dem man uns ernst nimmt.

Renate und Ulrich Ostermann
""")

C("de", "outage,technical_issue", "Timo Weißgerber", "App geht gar nicht mehr", """
Seit heute früh kommt in der Roller-App bei jedem Login nur "Verbindungsfehler". Bei meiner Freundin und meinem Kollegen genauso, also liegt's nicht an meinem Handy. Komplett tot, das Ding.
""")

C("de", "data_loss,technical_issue", "Sabine Kerschbaumer", "Alle Fotos vom Schuhauftrag weg", """
Hallo,

ich hatte gestern für meinen Reparaturauftrag zwölf Fotos hochgeladen. Heute ist der Auftrag leer, keine Fotos, keine Beschreibung, einfach nichts mehr da. Haben Sie die noch irgendwo?

Gruß
Sabine Kerschbaumer
""")

C("de", "media_threat", "Jörg Plettenberg", "Kino Saal 3", """
Die Lokalzeitung wird sich über diese Geschichte freuen: Kinderkarten verkauft, Film ab 16 gezeigt, Personal zuckt mit den Schultern. Ich gebe Ihnen bis Freitag, bevor ich da anrufe.
""")

C("de", "severe_dissatisfaction", "Waltraud Pichler", "Busfahrt nach Wien", """
Ich bin fassungslos. So eine Frechheit habe ich selten erlebt: Der Fahrer hat uns am Rastplatz einfach stehen lassen, weil wir zwei Minuten zu spät waren. Eine bodenlose Unverschämtheit, wie Sie mit Ihren Fahrgästen umgehen.
""")

C("de", "broken_promise", "Dirk Holtkamp", "Rückruf", """
Am Montag wurde mir am Telefon fest zugesagt, dass mich bis Dienstagmittag ein Elektriker zurückruft. Heute ist Donnerstag. Nichts. Der Sicherungskasten ist immer noch abgeklebt.
""")

C("de", "repeat_contact", "Annelie Vogt", "Schon wieder: Umbuchung Fähre", """
Das ist inzwischen meine vierte Mail zu derselben Umbuchung. Jedes Mal eine andere Antwort, aber nie eine Lösung.
""")

C("de", "billing_dispute", "Gerhard Lindemann", "Abbuchung Schließfach", """
Sehr geehrte Damen und Herren,

für ein Gepäckschließfach am Hauptbahnhof (1 Tag, laut Aushang 8 €) wurden mir 64 € von der Kreditkarte abgebucht. Bitte korrigieren Sie das und buchen Sie die Differenz zurück.

Mit freundlichen Grüßen
G. Lindemann
""")

C("de", "safety,technical_issue", "Melanie Groß", "E-Scooter – Lenker gebrochen", """
Beim Fahren ist mir der Lenker von Roller 44-218 einfach abgebrochen. Ich bin gestürzt, Schürfwunden an beiden Armen und eine Platzwunde am Kinn, genäht im Krankenhaus. Das Ding steht noch an der Ecke Lindenstraße/Goethestraße. Bitte holen Sie den sofort da weg.
""")

C("de", "discrimination_harassment", "Aylin Demirtaş", "Vorfall im Hallenbad", """
Guten Tag,

am Samstag hat mich ein Bademeister im Hallenbad Nord vor allen Leuten angeschrien, ich solle "mit meinem Kopftuch woanders baden". Als ich gesagt habe, dass ich nur am Beckenrand sitze, meinte er, "Leute wie Sie" machten hier nur Ärger. Ich gehe seit Jahren mit meinen Kindern dorthin.

Aylin Demirtaş
""")

C("de", "regulatory,billing_dispute", "Heinz-Peter Lausch", "Parkgebühren Flughafen", """
Sie werben mit 49 € pro Woche, an der Schranke wurden 89 € verlangt. Ich habe Fotos von Werbung und Beleg gemacht und gebe das Ganze heute an die Verbraucherzentrale weiter.
""")

C("de", "executive_contact", "Brigitte Sommerfeld", "Kopie an die Geschäftsführung", """
Zu Ihrer Information: Eine Kopie dieser Beschwerde geht heute per Einschreiben an Ihre Geschäftsführung, Frau Dr. Lenzen. Vielleicht liest sie ja ihre Post.
""")

C("de", "corporate_contact_request,executive_contact", "Ottmar Fiedler", "Anschrift Geschäftsführer", """
Bitte teilen Sie mir die Postanschrift Ihrer Firmenzentrale und den Namen Ihres Geschäftsführers mit. Ich werde ihm persönlich schreiben.
""", note="asks head-office address + will write to MD")

C("de", "security_incident", "Lukas Pfeiffer", "Fremder Zugriff auf mein Konto?", """
Hallo, in meinem Kundenkonto stehen plötzlich drei Fahrten von gestern Nacht in Hamburg. Ich wohne in München und war zu Hause. Außerdem ist meine Handynummer im Profil geändert. Da war jemand anderes drin.
""", note="no specific charge disputed, account taken over")

C("de", "high_value_order,broken_promise", "Frau Ingeborg Wessel <i.wessel@wessel-bau.example>", "Auftrag 2025-0417 Arbeitskleidung", """
Sehr geehrte Damen und Herren,

unser Auftrag 2025-0417 über 380 Sets Warnschutzkleidung (Rechnungsbetrag 18.640,00 €, bereits bezahlt) sollte laut Ihrer Auftragsbestätigung bis 15. April geliefert werden. Bisher ist nichts angekommen, und unsere Baustellen starten am 2. Mai.

Mit freundlichen Grüßen
Ingeborg Wessel
Einkauf, Wessel Bau GmbH
""")

C("de", "feature_request", "Matthias Kühn", "Vorschlag für die Bowling-App", """
Hallo zusammen, wäre es möglich, in der App eine Warteliste für ausgebuchte Bahnen einzubauen? Dann könnte man sich benachrichtigen lassen, wenn jemand absagt. Fände ich super.
""")

C("de", "technical_issue", "Petra Hohlweg", "Automat Nr. 7 im Foyer", """
Der Getränkeautomat Nr. 7 im Foyer zieht das Geld von der Karte ab, zeigt "Vielen Dank" und gibt dann nichts aus. Gestern zweimal passiert, heute wieder.
""", note="money taken without product is a machine fault; no explicit dispute of a charge amount -> technical_issue only")

C("de", "legal_threat,cancellation_threat", "Rüdiger Stahlhut", "Nachhilfevertrag", """
Sehr geehrte Frau Brenner,

da von den vereinbarten 20 Stunden nur 9 stattgefunden haben, betrachte ich den Vertrag als beendet. Ich verlange das Geld für die ausgefallenen Stunden zurück. Mein Schwager ist Fachanwalt für Vertragsrecht und hat sich die Unterlagen schon angesehen.

Rüdiger Stahlhut
""", note="ends the contract + lawyer involved")

C("de", "manager_request,repeat_contact", "Claudia Wenzel", "AW: AW: AW: Fehlende Pflanzen", """
Ich schreibe jetzt zum dritten Mal wegen der fehlenden Obstbäume. Bitte geben Sie das an jemanden weiter, der weiter oben sitzt und das endlich klären kann.
""")

C("de", "outage,technical_issue", "Frank Dörrer", "Kassen alle tot", """
Bei Ihnen im Freizeitbad geht heute keine einzige Kasse, weder Karte noch Bar, die Drehkreuze sind zu und draußen stehen 80 Leute in der Sonne. Was ist da los?
""")

C("de", "severe_dissatisfaction,media_threat", "Sandra Kowalewski", "UNFASSBAR", """
WAS FÜR EIN SAULADEN. Zwei Stunden auf die Fähre gewartet, keine Info, keine Entschuldigung. Das kommt heute Abend mit Fotos auf Instagram und in jede Facebook-Gruppe hier an der Küste.
""")

C("de", "data_loss,technical_issue", "Helmut Rademacher", "Handicap weg", """
Mein komplettes Handicap-Archiv ist aus dem Mitgliederbereich verschwunden. Elf Jahre Turnierergebnisse. Angeblich "kann man da nichts machen". Das kann doch nicht Ihr Ernst sein.
""")

C("de", "broken_promise,billing_dispute", "Ursula Thielemann", "Gutschrift", """
Mir wurde am 4. Juni schriftlich bestätigt, dass die doppelt abgebuchten 35 € für die Kinokarten innerhalb einer Woche zurücküberwiesen werden. Jetzt haben wir Juli und das Geld ist immer noch nicht da.
""")

C("de", "safety", "Bernd Ahlgrimm", "Steckdose qualmt", """
Ihr Elektriker hat gestern eine neue Steckdose in unserer Küche gesetzt. Heute Morgen kam da Rauch raus und es hat verschmort gerochen. Wir haben die Sicherung rausgenommen. Bitte schicken Sie heute noch jemanden.
""")

C("de", "executive_contact,severe_dissatisfaction", "Konrad Eichhorn", "Beschwerde – Vorstand in Kopie", """
Ich habe den Vorstand Ihres Unternehmens in Kopie gesetzt. Wie Ihr Personal mit meiner 82-jährigen Mutter am Busbahnhof umgegangen ist, ist eine Schande, eine absolute Schande.
""")

C("de", "cancellation_threat", "Stefanie Lorenz", "Vertrag Automatenservice", """
Wenn bis Monatsende die Automaten in unserer Kantine nicht wieder regelmäßig befüllt werden, wechseln wir zu einem anderen Anbieter. Angebote liegen uns vor.
""", note="conditional threat")

C("de", "technical_issue,feature_request", "Nils Bergmann", "Kalenderexport", """
Der Kalenderexport der Buchungsbestätigung setzt alle Abfahrtszeiten eine Stunde zu früh. Und wo wir dabei sind: Eine Live-Ortung des Busses wäre wirklich eine tolle Ergänzung.
""")

C("de", "discrimination_harassment,manager_request", "Emre Yıldız", "Türsteher im Bowlingcenter", """
Ihr Türsteher hat mich und meine Freunde am Freitag nicht reingelassen mit der Begründung "heute nur Stammgäste", während eine Gruppe deutscher Jungs direkt nach uns durfte. Einer Ihrer Mitarbeiter hat dann noch gelacht und was über "eure Sorte" gesagt. Ich will, dass sich die Leitung des Centers bei mir meldet.
""", note="'Leitung des Centers' contacting him = someone senior")

C("de", "regulatory,security_incident", "Dr. Almut Hasenclever", "Datenschutzverstoß – Zeugnisse anderer Schüler", """
Sehr geehrte Damen und Herren,

mit Ihrer gestrigen Rundmail haben Sie an alle Eltern eine Tabelle mit Namen, Noten und Förderbedarf sämtlicher Schülerinnen und Schüler verschickt. Ich habe den Vorgang heute dem Landesbeauftragten für Datenschutz gemeldet.

Dr. Almut Hasenclever
""")

C("de", "data_loss,technical_issue,repeat_contact", "Jens Wolters", "Bonuspunkte zum x-ten Mal", """
Jetzt zum dritten Mal: Nach Ihrem App-Update sind alle meine Bonuspunkte weg, der Verlauf ist leer. Zwei Jahre gesammelt. Bitte wiederherstellen.
""")

C("de", "corporate_contact_request", "Gisela Marquardt", "Adresse Hauptverwaltung", """
Guten Tag, können Sie mir bitte die Anschrift Ihrer Hauptverwaltung und die Telefonnummer der Zentrale geben? Nicht die Hotline, bitte.
""")

C("de", "billing_dispute,high_value_order,manager_request", "Markus Oberhauser <m.oberhauser@seeblick-resort.example>", "Rechnung RE-77310", """
Sehr geehrte Damen und Herren,

Ihre Rechnung RE-77310 über 12.980,00 € für die Jahreswartung unserer Fähranleger-Automaten enthält drei Geräte, die wir nie besessen haben. Bevor wir irgendetwas bezahlen, möchte ich das mit jemandem aus Ihrer Geschäftsleitung besprechen.

Markus Oberhauser
Kaufmännischer Leiter
""", note="Kaufmännischer Leiter is his title; wrong items on invoice = billing_dispute too")

C("de", "media_threat,broken_promise", "Tanja Reuter", "versprochene Rückzahlung", """
Vor drei Wochen hieß es, das Geld für die ausgefallene Busfahrt sei "unterwegs". Ist es nicht. Ich hab einen Beitrag für unsere Stadtgruppe (14.000 Mitglieder) fertig, der geht Freitag raus, falls bis dahin nichts passiert.
""")

C("de", "outage,technical_issue", "Volker Zimmermann", "Buchungsportal", """
Ihr gesamtes Buchungsportal für Parkplätze liefert seit gestern Abend nur noch "503 Service Unavailable". Ich brauche den QR-Code für die Ausfahrt. Geht das irgendwie per Mail?
""")

C("de", "safety", "Lieselotte Brandner", "Glatte Fliesen Umkleide", """
In der Damenumkleide im Stadtbad sind die Fliesen seit Wochen spiegelglatt, heute ist eine ältere Dame direkt vor mir gestürzt und musste mit dem Krankenwagen abgeholt werden. Da muss sofort etwas passieren, bevor das nächste Kind hinfällt.
""")

C("de", "broken_promise,severe_dissatisfaction", "Axel Brunnhuber", "Anzug für die Hochzeit", """
Fest versprochen bis Freitag, und jetzt heißt es, der Anzug sei "noch nicht angefangen". Die Hochzeit ist morgen. Ich bin stinksauer, das ist wirklich das Allerletzte.
""")

# German hard negatives
C("de", "-", "Sophie Brandt", "AW: Reklamation Arbeitsschuhe", """
Vielen Dank, die Ersatzschuhe sind heute angekommen und passen. Damit ist alles erledigt.

Am 12.03.2025 um 08:14 schrieb Sophie Brandt <sophie.brandt@kundenpost.example>:
> Das ist jetzt das dritte Mal, dass ich schreibe. Wenn nicht bis Montag
> geliefert wird, kündige ich den Rahmenvertrag und schalte meinen Anwalt ein.
""", trap="quoted_old_threat")

C("de", "-", "Werner Kolb", "AW: Wartungstermin", """
Dienstag passt uns gut.

-----Ursprüngliche Nachricht-----
Von: Werner Kolb <werner.kolb@postfach.example>
Gesendet: Montag, 3. Februar 2025 09:12
An: support@example.test
Betreff: Wartungstermin

Unverschämt, dass niemand gekommen ist. Ich will sofort Ihren Vorgesetzten sprechen.
""", trap="quoted_old_threat")

C("de", "-", "Petra Lindqvist", "Bestellung Kochjacken", """
Hallo, ich bin die neue Küchenleiterin im Hotel Seeblick und möchte 20 Kochjacken in Weiß nachbestellen, gleiche Größenverteilung wie letztes Mal.

Petra Lindqvist
Küchenleitung / Executive Chef
""", trap="job_title")

C("de", "-", "Heiko Strunz", "Frage zur Kündigung", """
Wie kann ich meinen Rollerpass zum Monatsende kündigen? Ich ziehe beruflich nach Kiel, mit dem Service war ich immer zufrieden.
""", trap="procedural_cancel")

C("de", "-", "Ilse Wohlfahrt", "Ich will nicht kündigen", """
Keine Sorge, ich will nicht kündigen! Ich wollte nur wissen, ob man die Mitgliedschaft im Sommer für zwei Monate pausieren kann.
""", trap="negation")

C("de", "-", "Roland Weigand <r.weigand@kanzlei-weigand.example>", "Bahnreservierung für Firmenfeier", """
Guten Tag, wir möchten für unsere Kanzleifeier am 14.11. vier Bowlingbahnen ab 19 Uhr reservieren.

Mit freundlichen Grüßen
Roland Weigand
Rechtsanwalt

Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender. Rechtliche Schritte wegen unbefugter Weitergabe bleiben vorbehalten.
""", trap="signature_disclaimer", note="lawyer as sender in his own role + legal boilerplate")

C("de", "-", "Carola Fink", "Frage zu Ausfällen", """
Gibt es bei Ihnen eine Garantie, wie schnell ein defekter Automat repariert wird? Wir vergleichen gerade Anbieter für unser neues Bürogebäude.
""", trap="policy_question")

C("de", "-", "Markus Lehnert", "Datenexport", """
Kann ich meine Fahrten irgendwie als CSV exportieren? Brauche ich für die Reisekostenabrechnung.
""", trap="feature_exists_question")

C("de", "-", "Anja Rettig", "Kleine Anmerkung", """
Ein bisschen schade, dass das Café nach der Abendvorstellung schon zu war. Ist aber kein Drama. Ist es am Wochenende länger offen?
""", trap="mild_disappointment")

C("de", "-", "Tobias Sauer", "Buchung Firmengolf", """
Unser Geschäftsführer möchte im September mit 12 Kunden einen Golftag bei Ihnen machen. Könnten Sie mir ein Angebot schicken?
""", trap="own_ceo")

C("de", "-", "Gudrun Hellwig", "Auftragsbestätigung Schulkleidung", """
Vielen Dank für die Auftragsbestätigung über 23.400 €. Alles korrekt, wir überweisen wie vereinbart zum 30.
""", trap="big_amount_no_problem")

C("de", "-", "Erik Sandmann", "Zweite Nachricht wegen Schlüssel", """
Das ist meine zweite Mail wegen des Ersatzschlüssels für Schließfach 18, nur zur Sicherheit, falls die erste nicht angekommen ist.
""", trap="second_email")

C("de", "-", "Monika Adler", "Wie zum Kuckuck ändere ich die Bahn?", """
Ich sitze seit zehn Minuten vor der Buchung und finde einfach nicht, wo man die Bahn ändert. Wo versteckt sich dieser Knopf?! Sonst ist alles gut.
""", trap="annoyed_howto")

C("de", "-", "Falk Rehberg", "Fwd: Schreiben vom Anwalt", """
Anbei wie gewünscht das Schreiben mit der Stellplatznummer (steht im zweiten Absatz).

---------- Weitergeleitete Nachricht ---------
Von: Kanzlei Morgenroth <info@kanzlei-morgenroth.example>
Datum: Mo., 10. Feb. 2025 um 11:02
Betreff: Schreiben vom Anwalt
An: Falk Rehberg <falk.rehberg@web-mail.example>

Sehr geehrter Herr Rehberg, in der Mietsache wird Ihnen Stellplatz 17 im Parkhaus P2 zugewiesen. Eine Klage ist damit erledigt.
""", trap="forwarded")

C("de", "-", "Ute Brenninkmeyer", "Nachbarin", """
Meine Nachbarin meinte, sie würde Sie wegen der Roller vor ihrer Einfahrt am liebsten verklagen. Ich sehe das entspannter. Meine Frage: Wo genau darf man die Roller in der Altstadt abstellen?
""", trap="reported_speech")

C("de", "-", "Jochen Wirth", "Datenschutz", """
Sind Sie DSGVO-konform bei den Schülerdaten? Unser Datenschutzbeauftragter bittet um einen Auftragsverarbeitungsvertrag.
""", trap="policy_question")

# ---------------------------------------------------------------------------
# French customer mail
# ---------------------------------------------------------------------------
C("fr", "cancellation_threat", "Mathilde Garnier", "Abonnement trottinettes", """
Bonjour,

Trois fois cette semaine, aucune trottinette disponible dans tout le quartier à 8 h. Je paie un forfait mensuel pour ça. Je vais voir ailleurs, il y a deux autres opérateurs qui se battent pour mes 19,90 € par mois.

Mathilde
""")

C("fr", "legal_threat", "Bertrand Lachaume", "Intervention du 12 février", """
Madame, Monsieur,

Votre plombier a facturé 320 € pour une fuite qu'il n'a pas réparée. Sans solution sous huit jours, je confie le dossier à mon conseil, qui saisira le juge de proximité.

Bertrand Lachaume
""", note="mon conseil = lawyer; juge = court")

C("fr", "manager_request", "Sylvie Morand", "Réservation parking aéroport", """
Je souhaiterais parler à quelqu'un qui a le pouvoir de décider, pas à un téléconseiller qui lit un script. Merci de me faire rappeler au 555-0162.
""")

C("fr", "media_threat", "Julien Fabre", "Séance annulée", """
Séance annulée à 21 h sans prévenir, 40 personnes devant la salle, et personne pour nous expliquer. Croyez-moi, les réseaux vont en entendre parler ce soir, photos à l'appui.
""")

C("fr", "outage,technical_issue", "Élodie Marchand", "Impossible de se connecter", """
Depuis ce matin, plus personne ne peut entrer dans l'application : écran blanc après l'identifiant, chez moi comme chez mes collègues. Tout le service est bloqué.
""")

C("fr", "data_loss,technical_issue", "Hugo Peyrat", "Mes billets ont disparu", """
Bonjour, tous mes billets de ferry enregistrés dans l'appli ont disparu après la mise à jour, y compris l'aller-retour pour la Corse de samedi. L'historique est vide. Où sont-ils passés ?
""")

C("fr", "severe_dissatisfaction", "Gisèle Aubertin", "Piscine municipale", """
Je suis hors de moi. Des vestiaires d'une saleté repoussante, des cheveux partout, une odeur d'égout. C'est une honte absolue, je n'ai jamais vu ça dans un établissement public.
""")

C("fr", "broken_promise", "Laurent Ferrand", "Rappel jamais venu", """
On m'a juré mardi qu'un électricien me rappellerait dans l'heure. Nous sommes vendredi, toujours rien, et le tableau électrique est toujours coupé.
""")

C("fr", "repeat_contact", "Nadine Roux", "Encore et toujours", """
C'est mon quatrième message sur le même sujet. Chaque fois, une réponse automatique, puis plus rien.
""")

C("fr", "billing_dispute", "Olivier Castagné", "Prélèvement consigne bagages", """
Bonjour, j'ai déposé une valise à votre consigne de la gare le 3 juillet, tarif affiché 7 € la journée. On m'a débité 56 € sur ma carte. Merci de me rembourser la différence.
""", note="'rembourser' close to textbook")

C("fr", "safety,technical_issue", "Camille Besson", "Batterie qui fume", """
La trottinette n° 77-410 s'est mise à fumer sous mes pieds à un feu rouge, avec une odeur de plastique brûlé. J'ai sauté à temps. Elle est devant la boulangerie rue Victor-Hugo, quelqu'un doit venir la chercher avant qu'elle ne prenne feu.
""")

C("fr", "discrimination_harassment,severe_dissatisfaction", "Karim Benali", "Contrôle au bowling", """
Vendredi soir, votre agent de sécurité a demandé les papiers uniquement à moi et à mes deux amis, tous d'origine maghrébine. Les autres groupes passaient sans rien. Quand j'ai demandé pourquoi, il a répondu : « vous savez très bien pourquoi ». Je trouve ça inadmissible.
""", note="'inadmissible' is listed as strong wording in triggers.md")

C("fr", "regulatory", "Denise Lefort", "Prix affichés sur vos distributeurs", """
Les prix affichés sur vos distributeurs de la gare ne correspondent pas aux prix débités. J'ai tout photographié et j'ai transmis le dossier à la DGCCRF ce matin.
""", note="regulator report about general pricing; no personal charge disputed")

C("fr", "executive_contact", "Philippe Dumoulin", "Copie à votre PDG", """
Pour information, j'ai adressé ce matin une copie de ma réclamation à votre PDG, M. Vasseur, par lettre recommandée.
""")

C("fr", "corporate_contact_request", "Françoise Delaunay", "Adresse du siège", """
Pourriez-vous me communiquer l'adresse postale de votre siège social et le nom du service juridique ? Je souhaite envoyer un courrier recommandé.
""")

C("fr", "security_incident", "Thierry Nguyen", "Connexions bizarres", """
J'ai reçu cette nuit cinq alertes « nouvelle connexion » depuis des pays où je n'ai jamais mis les pieds, et mon adresse de livraison a été changée dans mon compte. Quelqu'un d'autre se sert de mon compte.
""")

C("fr", "high_value_order,technical_issue", "Anne-Laure Berthier <al.berthier@hotel-lesdunes.example>", "Commande n° 2025-1183 – tenues du personnel", """
Madame, Monsieur,

Notre commande n° 2025-1183 (420 tenues de personnel, 21 350 € HT) apparaît « en attente » depuis trois semaines et votre portail professionnel affiche une erreur dès que j'essaie d'ouvrir le suivi. L'hôtel ouvre le 1er juin.

Anne-Laure Berthier
Responsable des achats
""", note="'Responsable des achats' is a job title")

C("fr", "feature_request", "Vincent Perrault", "Suggestion", """
Ce serait bien de pouvoir réserver le parcours pour un groupe de quatre avec les noms de chacun directement dans l'application, sans appeler l'accueil. Merci d'y penser !
""")

C("fr", "technical_issue", "Sandrine Collet", "Distributeur n° 12", """
Le distributeur n° 12 au deuxième étage avale les pièces et n'affiche rien. L'écran reste sur « Bienvenue ».
""")

C("fr", "legal_threat,severe_dissatisfaction", "Raymond Pélissier", "SCANDALEUX", """
CE QUE VOUS AVEZ FAIT À MES CHAUSSURES EST UN SCANDALE. Des mocassins à 400 € rendus avec une semelle collée de travers et le cuir brûlé. Je vous envoie un huissier pour constater, et on se reverra devant le tribunal.
""", note="huissier + tribunal")

C("fr", "cancellation_threat,broken_promise", "Claire Hennequin", "Cours de soutien", """
À l'inscription, vous nous aviez promis le même professeur toute l'année. Léa en est à son troisième en deux mois. Nous ne reprendrons pas au deuxième trimestre.
""")

C("fr", "manager_request,repeat_contact", "Jean-Marc Bréval", "RE: RE: RE: Livraison plantes", """
Troisième relance pour les arbustes commandés en mars. Merci de transmettre ce dossier à un supérieur qui pourra enfin trancher.
""")

C("fr", "outage,technical_issue", "Aurélie Saunier", "Plus aucune borne", """
À l'embarquement de Saint-Malo, aucune borne ne fonctionne, le personnel note les noms à la main, et personne ne peut imprimer sa carte. Le départ est dans 30 minutes.
""")

C("fr", "severe_dissatisfaction,media_threat", "Patrick Girardot", "Honteux", """
Deux heures d'attente au terminal sans la moindre information. Un mépris total des passagers, c'est honteux, je suis écœuré. Un avis bien salé sur toutes les plateformes arrive ce soir.
""", note="'avis' = review paraphrase")

C("fr", "data_loss", "Monique Labbé", "Mes mesures ont disparu", """
Mon tailleur me dit que les mesures prises en mars pour mes trois costumes « ne sont plus dans le système ». J'ai fait 80 km pour ces essayages. Où sont-elles ?
""", note="records missing, no malfunction described -> no technical_issue")

C("fr", "broken_promise,billing_dispute", "Stéphane Vidal", "Avoir promis", """
Le 5 mai, votre service m'a confirmé par écrit que les 45 € débités deux fois pour la séance de cinéma me seraient recrédités sous huit jours. Nous sommes fin juin, rien.
""")

C("fr", "safety", "Bernadette Quéré", "Chauffeur au téléphone", """
Sur le car Lyon–Marseille de dimanche, le chauffeur a écrit des messages sur son téléphone pendant au moins dix minutes sur l'autoroute, en sortant deux fois de sa voie. Plusieurs passagers avaient vraiment peur.
""")

C("fr", "executive_contact,severe_dissatisfaction", "Marc-Antoine Rivière", "Le conseil d'administration en copie", """
J'ai mis votre conseil d'administration en copie. Qu'ils lisent comment votre personnel a traité ma mère de 84 ans sur la passerelle du ferry. C'est une honte, une honte absolue.
""")

C("fr", "regulatory,security_incident", "Hélène Bourdon", "Données d'autres élèves", """
Votre courriel d'hier contenait un tableau avec les noms, adresses et notes de tous les élèves du groupe. J'ai saisi la CNIL ce matin.
""")

C("fr", "discrimination_harassment", "Inès Kaddour", "Remarques du maître-nageur", """
Le maître-nageur de la piscine Jean-Bouin m'a fait des remarques sur mon corps à trois reprises, m'a suivie jusqu'aux vestiaires et a demandé mon numéro. J'ai 17 ans. Je n'ose plus y retourner.
""")

C("fr", "corporate_contact_request,executive_contact", "Gérard Thibaut", "Coordonnées de la direction générale", """
Merci de m'indiquer l'adresse électronique de votre directeur général. Je vais lui écrire directement, puisque ce service ne répond jamais.
""")

C("fr", "media_threat", "Agathe Lemoine", "Demande d'interview – retards des cars", """
Bonjour,

Je suis journaliste au quotidien régional et je prépare un article sur les retards des lignes de cars longue distance cet été. Pourriez-vous me dire combien de départs ont été annulés en juillet sur la ligne Nantes–Paris, et me proposer un interlocuteur pour un entretien ?

Agathe Lemoine
""", note="journalist inquiry always fires")

C("fr", "cancellation_threat,outage,technical_issue", "Rémi Fontaine", "Réseau de distributeurs", """
Tous vos distributeurs du campus sont hors ligne depuis lundi, ni carte ni pièces. Si rien n'est réglé d'ici vendredi, nous passons chez un concurrent, le contrat ne sera pas reconduit.
""")

C("fr", "high_value_order,broken_promise", "Delphine Carrel <d.carrel@golf-lesbruyeres.example>", "Facture 88-2231 – plantations", """
Madame, Monsieur,

Notre commande de 1 800 arbustes (facture 88-2231, 9 740 €, réglée en février) devait être livrée la semaine du 10 mars. Nous sommes le 3 avril et rien n'est arrivé.

Delphine Carrel
Intendante du golf
""")

C("fr", "legal_threat", "Yannick Le Goff", "Bagage abîmé", """
Valise rendue avec la poignée arrachée et mon appareil photo cassé. Vous refusez toute responsabilité ? Très bien, ce sera à un juge de le dire. Ma belle-sœur, qui est avocate, s'occupe du dossier.
""", note="avocate = textbook adjacent")

C("fr", "data_loss,technical_issue,severe_dissatisfaction", "Josiane Marchetti", "Points de fidélité", """
1 200 points de fidélité envolés après votre mise à jour, le compteur affiche zéro et l'historique est vide. C'est lamentable, je suis furieuse de voir ça.
""", note="'furieuse' textbook")

C("fr", "manager_request", "Édouard Blanchard", "Demande de rappel", """
Madame, Monsieur,

Je vous remercie de votre réponse, qui ne règle malheureusement rien. Auriez-vous l'obligeance de transmettre mon dossier à une personne habilitée à prendre une décision ? Je reste joignable au 555-0188.

Édouard Blanchard
""")

# French hard negatives
C("fr", "-", "Nathalie Perrin", "RE: Commande de vêtements de travail", """
Merci, tout est arrivé ce matin, dossier clos pour nous.

Le mar. 4 mars 2025 à 09:12, Nathalie Perrin <nathalie.perrin@courriel.example> a écrit :
> C'est la troisième fois que j'écris ! Si la livraison n'arrive pas lundi, je
> résilie le contrat et je contacte mon avocat.
""", trap="quoted_old_threat")

C("fr", "-", "Alain Gauthier", "Réservation séminaire", """
Bonjour, je suis directeur commercial chez Gauthier & Fils et nous souhaitons réserver trois pistes de bowling pour un séminaire le 12 octobre.

Alain Gauthier
Directeur commercial
""", trap="job_title")

C("fr", "-", "Brigitte Charpentier", "Résiliation", """
Comment résilier mon abonnement piscine à la fin du mois ? Je déménage à Lille, rien à voir avec le service qui était très bien.
""", trap="procedural_cancel")

C("fr", "-", "Luc Mercier", "Question politique d'annulation", """
Quelle est votre politique de remboursement si la traversée est annulée pour cause de météo ? Je préfère savoir avant de réserver.
""", trap="policy_question")

C("fr", "-", "Sophie Aubry", "Export de mes trajets", """
Est-il possible d'exporter l'historique de mes trajets en CSV pour mes notes de frais ?
""", trap="feature_exists_question")

C("fr", "-", "Fabrice Dumas", "Petite remarque", """
Un peu déçu que le bar soit fermé après la dernière séance, mais ce n'est pas grave. Est-il ouvert le week-end ?
""", trap="mild_disappointment")

C("fr", "-", "Valérie Moulin", "Journée golf entreprise", """
Notre PDG souhaite organiser une journée de golf avec nos clients en septembre, une vingtaine de personnes. Pourriez-vous m'envoyer une proposition ?
""", trap="own_ceo")

C("fr", "-", "Thomas Renaud", "Deuxième message", """
C'est mon deuxième message concernant la clé du casier 22, simplement pour vérifier que le premier est bien arrivé.
""", trap="second_email")

C("fr", "-", "Chantal Roche", "Mais où est ce bouton ?", """
Ça fait dix minutes que je cherche comment changer la date de ma réservation de parking. Où se cache ce fichu bouton ?! À part ça tout va bien.
""", trap="annoyed_howto")

C("fr", "-", "Maître Isabelle Fournier <i.fournier@cabinet-fournier.example>", "Cours particuliers pour mon fils", """
Bonjour, je cherche des cours de mathématiques pour mon fils en terminale, deux heures par semaine. Quels sont vos tarifs ?

Isabelle Fournier
Avocate au barreau de Lyon

Ce message et ses pièces jointes sont confidentiels. Toute utilisation non autorisée peut donner lieu à des poursuites.
""", trap="signature_disclaimer")

C("fr", "-", "Didier Masson", "TR: Courrier de l'avocat", """
Voici le courrier demandé, le numéro de place de parking figure au deuxième paragraphe.

-------- Message transféré --------
Sujet : Courrier de l'avocat
Date : Mon, 10 Feb 2025 11:02:00 +0100
De : Cabinet Lenoir <contact@cabinet-lenoir.example>
Pour : Didier Masson <didier.masson@boitemail.example>

Monsieur, suite à l'audience au tribunal, la place 17 du parking P2 vous est attribuée.
""", trap="forwarded")

C("fr", "-", "Corinne Bailly", "Pas de réclamation", """
Je ne vais pas faire de réclamation, rassurez-vous, aucune donnée n'a été perdue. Je voulais seulement savoir comment activer la double authentification.
""", trap="negation")

C("fr", "-", "Serge Poulain", "Facture annuelle", """
Merci pour la facture annuelle de 14 800 € pour l'entretien des distributeurs. Tout est conforme, le virement part demain.
""", trap="big_amount_no_problem")

C("fr", "-", "Émilie Garnier", "Mon voisin", """
Mon voisin dit qu'il va porter plainte contre vous à cause des trottinettes devant son garage. Moi je voulais juste savoir où on a le droit de les garer dans le centre.
""", trap="reported_speech")

C("fr", "-", "Hervé Lambert", "RGPD", """
Êtes-vous conformes au RGPD pour les données des élèves ? Notre DPO demande un contrat de sous-traitance.
""", trap="policy_question")

# ---------------------------------------------------------------------------
# Spanish customer mail
# ---------------------------------------------------------------------------
C("es", "cancellation_threat", "Lucía Herrero", "Patinetes en mi barrio", """
Hola,

Llevo una semana sin encontrar un solo patinete disponible por la mañana en todo el barrio. Pago la tarifa plana para nada. Me paso a la competencia el mes que viene, que al menos tienen patinetes.

Lucía
""")

C("es", "legal_threat", "Ramón Villalba", "Avería mal reparada", """
Estimados señores:

Su fontanero cobró 210 € por una reparación que no arregló nada: la fuga sigue igual. Si en diez días no me devuelven el importe, esto lo verá un juez. El bufete de mi cuñado ya tiene todos los papeles.

Ramón Villalba
""")

C("es", "manager_request", "Pilar Domínguez", "Reserva de aparcamiento", """
Quiero hablar con alguien con más rango, alguien que pueda tomar una decisión de verdad. La chica del teléfono solo me repite lo que pone en la web.
""")

C("es", "media_threat", "Sergio Montalbán", "Sesión cancelada", """
Nos cancelaron la sesión de las 22:00 con la sala llena y sin explicación. Esta noche lo cuento todo en Twitter e Instagram con fotos, y tengo bastantes seguidores en la ciudad.
""")

C("es", "outage,technical_issue", "Marta Iglesias", "No entra nadie", """
Desde las ocho nadie de la oficina puede entrar en la aplicación: se queda cargando y luego sale "error de conexión". Probado con varios móviles y redes.
""")

C("es", "data_loss,technical_issue", "Jorge Salcedo", "Mis billetes desaparecidos", """
Buenas, después de la actualización de la app han desaparecido todos mis billetes de ferry guardados, incluido el de ida y vuelta a Mallorca del sábado. El historial está vacío.
""")

C("es", "severe_dissatisfaction", "Concepción Arias", "Piscina municipal", """
Estoy indignadísima. Vestuarios asquerosos, pelos por todas partes, un olor insoportable. Es lo más vergonzoso que he visto en un servicio público en mi vida. Una auténtica porquería.
""")

C("es", "broken_promise", "Andrés Quintana", "Llamada que nunca llegó", """
El martes me aseguraron que un electricista me llamaría en menos de una hora. Hoy es viernes y mi teléfono no ha sonado. El cuadro eléctrico sigue precintado.
""")

C("es", "repeat_contact", "Beatriz Lozano", "Otra vez lo mismo", """
Ya he perdido la cuenta de las veces que les he escrito por este tema. ¿Alguien lee estos correos?
""")

C("es", "billing_dispute", "Enrique Bustos", "Cobro consigna equipaje", """
Hola, dejé una maleta en su consigna de la estación el 5 de agosto, precio 6 € el día. Me han cobrado 48 € en la tarjeta. Por favor, devuélvanme la diferencia.
""")

C("es", "safety,technical_issue", "Alba Carretero", "Frenos del patinete", """
El freno trasero del patinete 55-102 no funcionaba bajando la cuesta de Santa Ana. Me tuve que tirar y me he hecho heridas en las manos y la rodilla. Lo dejé junto a la farmacia, por favor retírenlo antes de que alguien se mate.
""")

C("es", "discrimination_harassment", "Fatou Diop", "Trato en la bolera", """
El sábado el vigilante de la bolera solo me pidió el tique a mí, dos veces, mientras los demás entraban sin más. Cuando le pregunté por qué, me dijo "ya sabes por qué" y se rió con su compañero. Soy clienta desde hace años.
""")

C("es", "regulatory,billing_dispute", "Ignacio Pardo", "Precio del parking del aeropuerto", """
Anuncian 45 € la semana y en la barrera me cobraron 82 €. Tengo capturas de la web y el recibo. Ya he presentado una hoja de reclamaciones y lo he mandado a la oficina del consumidor.
""")

C("es", "executive_contact", "Remedios Galán", "Copia al consejero delegado", """
Les informo de que he enviado copia de esta queja a su consejero delegado, el señor Aranda, por burofax.
""")

C("es", "corporate_contact_request", "Tomás Echeverría", "Dirección de la sede", """
¿Me pueden facilitar la dirección postal de su sede central y el teléfono de la centralita? No el de atención al cliente, por favor.
""")

C("es", "security_incident", "Raquel Fuentes", "Alguien ha entrado en mi cuenta", """
Esta noche me llegaron seis avisos de "nuevo inicio de sesión" desde países donde nunca he estado, y me han cambiado el correo de la cuenta. Alguien está usando mi cuenta con mi tarjeta guardada.
""")

C("es", "high_value_order,broken_promise", "Gonzalo Ruiz de Arana <g.ruizdearana@hoteles-costabrava.example>", "Pedido 2025-0612 uniformes", """
Estimados señores:

Nuestro pedido 2025-0612 de 500 uniformes para el personal de sala (factura de 19.250 €, ya abonada) tenía entrega comprometida para el 15 de abril. Seguimos sin recibir nada y abrimos el 1 de mayo.

Gonzalo Ruiz de Arana
Director de Compras
""", note="'Director de Compras' is a job title")

C("es", "feature_request", "Nuria Calvo", "Sugerencia para la app del club", """
Hola, estaría genial que la app permitiera apuntar a los invitados al reservar la salida, en lugar de tener que llamar al caddie master. ¡Gracias!
""")

C("es", "technical_issue", "Óscar Valverde", "Máquina 9 de la tercera planta", """
La máquina de bebidas número 9 de la tercera planta se queda con las monedas y no da nada. La pantalla se queda en "Inserte importe".
""")

C("es", "legal_threat,severe_dissatisfaction", "Joaquín Mateos", "INDIGNANTE", """
LO QUE HAN HECHO CON MIS ZAPATOS ES INDIGNANTE. Unos zapatos de 300 € devueltos con la suela torcida y el cuero quemado. Nos veremos en los juzgados, se lo aseguro.
""")

C("es", "cancellation_threat,broken_promise", "Rocío Benítez", "Clases particulares", """
Al matricularnos nos prometieron la misma profesora todo el curso. Mi hijo lleva tres en dos meses. No vamos a seguir el segundo trimestre con ustedes.
""")

C("es", "manager_request,repeat_contact", "Felipe Cordero", "RE: RE: RE: Plantas no entregadas", """
Es la tercera vez que escribo por los árboles frutales que no llegan. Pásenle esto a un superior que pueda resolverlo de una vez.
""")

C("es", "outage,technical_issue", "Esther Montoya", "Ningún torniquete funciona", """
En el polideportivo hoy no funciona ni una sola caja ni un solo torniquete, ni con tarjeta ni en efectivo. Hay cien personas esperando en la calle.
""")

C("es", "severe_dissatisfaction,media_threat", "Rubén Castaño", "Vergonzoso", """
Dos horas en el puerto sin ninguna información. Un desprecio total, estoy hasta las narices de ustedes. Esta noche publico en todos los grupos de Facebook de la isla lo que nos han hecho.
""", note="'hasta las narices' idiom + desprecio total = strong")

C("es", "data_loss", "Amparo Nieto", "Mis medidas", """
Mi sastre me dice que las medidas que me tomaron en marzo para tres trajes "ya no están en el sistema". Hice 60 km para esas pruebas. ¿Dónde están?
""", note="records missing, no malfunction described -> no technical_issue")

C("es", "broken_promise,billing_dispute", "Hugo Ferrer", "Devolución prometida", """
El 6 de mayo me confirmaron por escrito que me devolverían en una semana los 38 € cobrados dos veces por las entradas del cine. Estamos a finales de junio y nada.
""")

C("es", "safety", "Mercedes Alcántara", "Conductor con el móvil", """
En el autobús Madrid–Valencia del domingo, el conductor estuvo escribiendo con el móvil diez minutos en la autovía y se salió dos veces de su carril. Varios pasajeros íbamos asustados de verdad.
""")

C("es", "executive_contact,severe_dissatisfaction", "Francisco Javier Olmedo", "El consejo de administración en copia", """
He puesto en copia a todo su consejo de administración. Que lean cómo trató su personal a mi madre de 83 años en la pasarela del ferry. Una vergüenza, una auténtica vergüenza.
""", note="'una vergüenza' textbook")

C("es", "regulatory,security_incident", "Laura Bermúdez", "Datos de otros alumnos", """
En su correo de ayer venía una hoja con nombres, direcciones y notas de todos los alumnos del grupo. Lo he denunciado esta mañana ante la Agencia Española de Protección de Datos.
""")

C("es", "discrimination_harassment", "Carmen Rubio", "Comentarios del socorrista", """
El socorrista de la piscina municipal me hizo comentarios sobre mi cuerpo tres veces, me siguió hasta los vestuarios y me pidió el número. Tengo 16 años. No quiero volver.
""")

C("es", "corporate_contact_request,executive_contact", "Alfonso Bravo", "Correo del director general", """
Les ruego que me faciliten el correo electrónico de su director general. Le voy a escribir directamente, ya que aquí nadie contesta.
""")

C("es", "media_threat", "Elena Sanz", "Consulta de prensa – retrasos en autobuses", """
Buenos días,

Soy redactora de un diario regional y estoy preparando un reportaje sobre los retrasos en las líneas de autobús de largo recorrido este verano. ¿Podrían indicarme cuántas salidas se cancelaron en julio en la línea Sevilla–Madrid y quién podría atenderme para una entrevista?

Elena Sanz
""", note="journalist inquiry always fires")

C("es", "cancellation_threat,outage,technical_issue", "Daniel Prieto", "Máquinas de vending", """
Todas sus máquinas del campus están desconectadas desde el lunes, no aceptan ni tarjeta ni monedas. Si el viernes esto sigue igual, no renovamos el contrato y nos vamos con otra empresa.
""")

C("es", "billing_dispute,high_value_order,technical_issue", "Inmaculada Robles <i.robles@club-golf-alameda.example>", "Factura 77-410 mantenimiento", """
Estimados señores:

La factura 77-410 por 7.860 € del mantenimiento anual de nuestras 12 máquinas no se puede descargar: el portal da "error 500" cada vez. Además, según nuestros registros, cinco máquinas no se han revisado este año. Necesitamos aclararlo antes de pagar.

Inmaculada Robles
Gerente
""", note="'Gerente' signature is a title")

C("es", "legal_threat", "Patricio Navas", "Maleta dañada", """
Me devolvieron la maleta con el asa arrancada y la cámara rota. ¿Dicen que no son responsables? Pues que lo decida un juez. Mi hermana, que es abogada, ya está con ello.
""")

C("es", "data_loss,technical_issue,severe_dissatisfaction", "Sonia Vidal", "Puntos de fidelidad", """
1.500 puntos desaparecidos tras su actualización, el saldo marca cero y el historial está vacío. Me parece una tomadura de pelo indignante, estoy que echo humo.
""")

C("es", "manager_request", "Eduardo Santamaría", "Solicitud de llamada", """
Estimados señores:

Agradezco su respuesta, pero no resuelve nada. ¿Serían tan amables de pasar mi caso a alguien con capacidad de decisión? Estoy localizable en el 555-0193.

Eduardo Santamaría
""")

C("es", "outage,technical_issue,repeat_contact", "Nerea Aguirre", "SIGUE SIN FUNCIONAR", """
Es el cuarto correo que les mando. La web de reservas lleva desde el lunes devolviendo una página en blanco para todo el mundo, no solo para mí. Tengo el vuelo el jueves.
""")

C("es", "safety", "Virginia Lorente", "Enchufe que echa humo", """
Su electricista nos cambió ayer un enchufe de la cocina y esta mañana ha empezado a salir humo y a oler a quemado. Hemos bajado el diferencial. Manden a alguien hoy mismo, por favor.
""")

# Spanish hard negatives
C("es", "-", "Cristina Medina", "RE: Pedido de uniformes", """
Gracias, ya ha llegado todo esta mañana. Por nuestra parte, tema cerrado.

El mar, 4 mar 2025 a las 9:12, Cristina Medina (<cristina.medina@correo.example>) escribió:
> ¡Es la tercera vez que escribo! Si el lunes no está el pedido, me doy de baja
> y se lo paso a mi abogado.
""", trap="quoted_old_threat")

C("es", "-", "Manuel Pastor", "Reserva para la empresa", """
Hola, soy el gerente de Pastor Reformas y queremos reservar cuatro pistas de bolos para la cena de empresa del 12 de diciembre.

Manuel Pastor
Gerente
""", trap="job_title")

C("es", "-", "Verónica Gil", "Darse de baja", """
¿Cómo me doy de baja de la piscina a final de mes? Me mudo a Bilbao, el servicio siempre ha sido estupendo.
""", trap="procedural_cancel")

C("es", "-", "Alberto Cano", "Política de reembolso", """
¿Cuál es su política de reembolso si el ferry se cancela por mal tiempo? Prefiero saberlo antes de reservar.
""", trap="policy_question")

C("es", "-", "Silvia Reyes", "Exportar viajes", """
¿Se puede exportar el historial de viajes en CSV para la nota de gastos?
""", trap="feature_exists_question")

C("es", "-", "Javier Soler", "Un pequeño comentario", """
Un poco decepcionado de que la cafetería cerrara después de la última sesión, pero no pasa nada. ¿Abre más tarde el fin de semana?
""", trap="mild_disappointment")

C("es", "-", "Marisa Ortega", "Jornada de golf", """
Nuestro consejero delegado quiere organizar una jornada de golf con clientes en octubre, unas veinte personas. ¿Me mandan una propuesta?
""", trap="own_ceo")

C("es", "-", "Pablo Moreno", "Segundo correo", """
Es mi segundo correo sobre la llave de la taquilla 31, solo para confirmar que recibieron el primero.
""", trap="second_email")

C("es", "-", "Rosa Vázquez", "¿Dónde demonios está el botón?", """
Llevo diez minutos buscando cómo cambiar la fecha de la reserva del parking. ¿Dónde demonios está ese botón? Por lo demás todo bien.
""", trap="annoyed_howto")

C("es", "-", "Lorenzo Ibáñez <l.ibanez@ibanez-abogados.example>", "Clases de inglés", """
Buenas tardes, busco clases de inglés para mi hija de 14 años, dos horas por semana. ¿Qué tarifas tienen?

Lorenzo Ibáñez
Abogado

Este mensaje es confidencial. Su uso no autorizado podrá dar lugar a acciones legales.
""", trap="signature_disclaimer")

C("es", "-", "Ana Belén Cuesta", "RV: Carta del abogado", """
Les reenvío la carta, el número de plaza está en el segundo párrafo.

---------- Mensaje reenviado ---------
De: Despacho Salinas <info@despacho-salinas.example>
Fecha: lun, 10 feb 2025 a las 11:02
Asunto: Carta del abogado
Para: Ana Belén Cuesta <anabelen.cuesta@buzon.example>

Estimada señora: tras la sentencia del juzgado, se le asigna la plaza 17 del parking P2.
""", trap="forwarded")

C("es", "-", "Miguel Ángel Torres", "Sin queja", """
No voy a poner ninguna queja, tranquilos, y no se ha perdido ningún dato. Solo quería saber cómo activar la verificación en dos pasos.
""", trap="negation")

C("es", "-", "Teresa Núñez", "Factura anual", """
Gracias por la factura anual de 16.200 € del mantenimiento de las máquinas. Todo correcto, mañana hacemos la transferencia.
""", trap="big_amount_no_problem")

C("es", "-", "Raúl Espinosa", "Mi vecino", """
Mi vecino dice que les va a denunciar por los patinetes delante de su garaje. Yo solo quería saber dónde se pueden aparcar en el centro.
""", trap="reported_speech")

C("es", "-", "Lidia Serrano", "Si algún día...", """
Si algún día quisiera cancelar la suscripción anual, ¿me devolverían la parte proporcional? Es solo por saberlo, estamos muy contentos.
""", trap="hypothetical")

# ---------------------------------------------------------------------------
# Automated mail (raw literals; structure modelled on real DSNs / MDNs / RFC 3834)
# ---------------------------------------------------------------------------
A("auto_reply", "en", """
Return-Path: <h.baxter@harbourview-hotels.example>
Date: Mon, 14 Apr 2025 09:02:11 +0100
From: Hannah Baxter <h.baxter@harbourview-hotels.example>
To: support@example.test
Subject: Automatic reply: Your uniform order PO 88214
Message-ID: <ooo.20250414090211.4411@harbourview-hotels.example>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Thank you for your email. I am out of the office until Tuesday 22 April with no access to email.
For anything urgent about purchase orders please contact procurement@harbourview-hotels.example.

Hannah Baxter
""")

A("auto_reply", "en", """
Date: Tue, 3 Jun 2025 17:45:00 +0000
From: "Gavin Troughton" <gavin.t@mailbox.example>
To: support@example.test
Subject: Away until 16 June
Message-ID: <20250603174500.77A1@mailbox.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hi - I'm walking the West Highland Way until 16 June and won't be checking email. If this is about the parking booking, it's all paid, nothing to do. I'll reply when I'm back.

Gavin
""", trap="headerless", note="no Auto-Submitted header; vacation text only")

A("auto_reply", "en", """
Date: Fri, 21 Mar 2025 08:00:03 -0500
From: Lakeside Leisure Bookings <no-reply@lakeside-leisure.example>
To: support@example.test
Subject: We received your request [#LL-220931]
Message-ID: <ticket-220931@helpdesk.lakeside-leisure.example>
Auto-Submitted: auto-generated
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1_lakeside_220931"

--b1_lakeside_220931
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Thanks for contacting Lakeside Leisure. Your request #LL-220931 has been re=
ceived and a member of our team will reply within 2 working days.

Please do not reply to this message.

--b1_lakeside_220931
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body><p>Thanks for contacting Lakeside Leisure. Your request <b>#LL-=
220931</b> has been received and a member of our team will reply within 2 =
working days.</p><p>Please do not reply to this message.</p></body></html>

--b1_lakeside_220931--
""")

A("auto_reply", "en", """
Date: Wed, 9 Jul 2025 11:20:45 +0100
From: Martin Ashcombe <m.ashcombe@ashcombe-build.example>
To: support@example.test
Subject: Re: Your quote for workwear
Message-ID: <autoreply.5531.20250709@ashcombe-build.example>
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

This mailbox is no longer monitored. Martin Ashcombe has left Ashcombe Build Ltd.
Please send all enquiries to office@ashcombe-build.example.
""")

A("auto_reply", "en", """
Date: Thu, 17 Apr 2025 14:10:00 +0100
From: Deborah Kwan <deborah.kwan@homemail.example>
To: support@example.test
Subject: Out of office: Re: your data request
Message-ID: <ooo-a91f2c@homemail.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

I'm on leave until Easter Monday. Any urgent matters regarding our complaint to the
regulator, the lawyer and the data breach should go to my husband on 555-0123.
""", trap="headerless_trigger_words", note="automated; legal/regulatory words inside an out-of-office")

A("auto_reply", "en", """
Date: Mon, 6 Oct 2025 06:00:00 +0000
From: Sunny Meadows Nursery <orders@sunny-meadows.example>
To: support@example.test
Subject: Thank you for your message
Message-ID: <ar-20251006060000-1@sunny-meadows.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Thank you for your message. Our office is closed on Mondays during the autumn season.
We will answer your email on Tuesday. For urgent deliveries call 555-0110.
""")

A("auto_reply", "de", """
Date: Mon, 11 Aug 2025 07:15:22 +0200
From: Jens Wolters <jens.wolters@kundenpost.example>
To: support@example.test
Subject: =?UTF-8?Q?Automatische_Antwort:_Ich_bin_nicht_im_B=C3=BCro?=
Message-ID: <abw.20250811071522@kundenpost.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 25. August im Urlaub und lese meine E-Mails nicht. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Haller.
""")

A("auto_reply", "de", """
Date: Fri, 5 Sep 2025 16:40:00 +0200
From: Claudia Wenzel <c.wenzel@postfach.example>
To: support@example.test
Subject: Abwesenheitsnotiz
Message-ID: <5f2a9c.abwesend@postfach.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Ich bin bis zum 15. September nicht erreichbar. Ihre Nachricht wird nicht weitergeleitet. Be=
i dringenden Anliegen zur Gartenbestellung rufen Sie bitte 555-0134 an. Bitte haben Sie Verst=
=E4ndnis, dass ich mich erst danach melde.
""", trap="headerless", note="legacy charset, no auto headers")

A("auto_reply", "fr", """
Date: Tue, 22 Jul 2025 09:00:00 +0200
From: Mathilde Garnier <mathilde.garnier@courriel.example>
To: support@example.test
Subject: =?UTF-8?Q?R=C3=A9ponse_automatique_:_absente_jusqu'au_4_ao=C3=BBt?=
Message-ID: <absence.2207@courriel.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour, je suis absente jusqu'au 4 août inclus, sans accès à ma messagerie. Je vous répondrai dès mon retour.
""")

A("auto_reply", "es", """
Date: Mon, 4 Aug 2025 10:05:00 +0200
From: Gonzalo Ruiz de Arana <g.ruizdearana@hoteles-costabrava.example>
To: support@example.test
Subject: =?UTF-8?Q?Respuesta_autom=C3=A1tica:_fuera_de_la_oficina?=
Message-ID: <fuera.oficina.0408@hoteles-costabrava.example>
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Estaré fuera de la oficina hasta el 25 de agosto. Para cualquier asunto de pedidos, escriban a compras@hoteles-costabrava.example.
""")

A("bounce", "en", """
Return-Path: <>
Date: Thu, 10 Apr 2025 10:14:03 +0000 (UTC)
From: MAILER-DAEMON@mx1.example.test (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: support@example.test
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4A1B2C3D.1744280043/mx1.example.test"
Message-ID: <20250410101403.4A1B2C3D@mx1.example.test>

This is a MIME-encapsulated message.

--4A1B2C3D.1744280043/mx1.example.test
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to <postmaster>

                   The mail system

<marcus.oyelaran@mailbox.example>: host mx.mailbox.example[192.0.2.25] said:
    550 5.1.1 <marcus.oyelaran@mailbox.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)

--4A1B2C3D.1744280043/mx1.example.test
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.example.test
X-Postfix-Queue-ID: 4A1B2C3D
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: Thu, 10 Apr 2025 10:14:01 +0000 (UTC)

Final-Recipient: rfc822; marcus.oyelaran@mailbox.example
Original-Recipient: rfc822;marcus.oyelaran@mailbox.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.mailbox.example
Diagnostic-Code: smtp; 550 5.1.1 <marcus.oyelaran@mailbox.example>: Recipient
    address rejected: User unknown in virtual mailbox table

--4A1B2C3D.1744280043/mx1.example.test
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Support <support@example.test>
To: marcus.oyelaran@mailbox.example
Subject: Re: Rides I never took??
Date: Thu, 10 Apr 2025 10:13:58 +0000
Message-ID: <case-118204@support.example.test>

--4A1B2C3D.1744280043/mx1.example.test--
""")

A("bounce", "en", """
Return-Path: <>
Date: Wed, 14 May 2025 03:22:41 -0400
From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.test>
To: <support@example.test>
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="j4E7MfQ1002211.1747207361/relay.example.test"
Message-Id: <202505140722.j4E7MfQ1002211@relay.example.test>

This is a MIME-encapsulated message

--j4E7MfQ1002211.1747207361/relay.example.test

The original message was received at Mon, 12 May 2025 03:20:11 -0400
from support.example.test [198.51.100.7]

   ----- The following addresses had permanent fatal errors -----
<j.okonjo@inbox.example.test>
    (reason: 552 5.2.2 Mailbox full)

   ----- Transcript of session follows -----
... while talking to mx.inbox.example.test.:
>>> DATA
<<< 552 5.2.2 <j.okonjo@inbox.example.test>... Mailbox full
554 5.0.0 Service unavailable

--j4E7MfQ1002211.1747207361/relay.example.test
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.example.test
Received-From-MTA: DNS; support.example.test
Arrival-Date: Mon, 12 May 2025 03:20:11 -0400

Final-Recipient: RFC822; j.okonjo@inbox.example.test
Action: failed
Status: 5.2.2
Remote-MTA: DNS; mx.inbox.example.test
Diagnostic-Code: SMTP; 552 5.2.2 <j.okonjo@inbox.example.test>... Mailbox full
Last-Attempt-Date: Wed, 14 May 2025 03:22:41 -0400

--j4E7MfQ1002211.1747207361/relay.example.test
Content-Type: message/rfc822

From: Support <support@example.test>
To: Jade Okonjo <j.okonjo@inbox.example.test>
Subject: Re: your bowling alley
Date: Mon, 12 May 2025 07:20:05 +0000
Message-ID: <case-120771@support.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hi Jade, we're very sorry about the party. Our centre manager will call you
today to put this right.

--j4E7MfQ1002211.1747207361/relay.example.test--
""", trap="bounce_with_trigger_words", note="returned desk reply quotes a complaint")

A("bounce", "en", """
Return-Path: <>
Date: Sat, 2 Aug 2025 12:00:07 +0000
From: postmaster@outbound.example.test
To: support@example.test
Subject: Delivery Status Notification (Delay)
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="=_delay_7731"
Message-ID: <delay-7731-20250802@outbound.example.test>

--=_delay_7731
Content-Type: text/plain; charset=us-ascii

This is an automatically generated Delivery Status Notification.

THIS IS A WARNING MESSAGE ONLY.
YOU DO NOT NEED TO RESEND YOUR MESSAGE.

Delivery to the following recipients has been delayed for 24 hours:

     fiona.macrae@northmail.example

--=_delay_7731
Content-Type: message/delivery-status

Reporting-MTA: dns; outbound.example.test

Final-Recipient: rfc822; fiona.macrae@northmail.example
Action: delayed
Status: 4.4.7
Will-Retry-Until: Tue, 5 Aug 2025 12:00:07 +0000

--=_delay_7731--
""")

A("bounce", "de", """
Return-Path: <>
Date: Tue, 18 Mar 2025 14:31:09 +0100
From: Mail Delivery System <mailer-daemon@mx02.example.test>
To: support@example.test
Subject: Mail delivery failed: returning message to sender
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
Message-Id: <E1tUz8b-0004Kd-2Q@mx02.example.test>

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  hildegard.baeumler@kundenpost.example
    host mx.kundenpost.example [203.0.113.40]
    SMTP error from remote mail server after RCPT TO:<hildegard.baeumler@kundenpost.example>:
    550 5.1.1 Empfänger unbekannt / recipient unknown

------ This is a copy of the message, including all the headers. ------

From: Kundenservice <support@example.test>
To: hildegard.baeumler@kundenpost.example
Subject: AW: Reparatur Wasserhahn – letzte Nachricht
Date: Tue, 18 Mar 2025 14:31:05 +0100
Message-ID: <case-118877@support.example.test>

Sehr geehrte Frau Bäumler, es tut uns leid, dass die Reparatur nicht geklappt hat.
Ein Techniker meldet sich morgen bei Ihnen.
""", note="Exim-style plain bounce")

A("bounce", "fr", """
Return-Path: <>
Date: Thu, 5 Jun 2025 08:44:10 +0200
From: "Mail Delivery System" <MAILER-DAEMON@smtp.example.test>
To: support@example.test
Subject: =?UTF-8?Q?Non_remis_:_RE=C2=A0:_S=C3=A9ance_annul=C3=A9e?=
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="=_ndr_fr_5506"
Message-ID: <ndr.5506.20250605@smtp.example.test>

--=_ndr_fr_5506
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis à julien.fabre@boitemail.example.
La boîte aux lettres du destinataire est introuvable.

--=_ndr_fr_5506
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.example.test

Final-Recipient: rfc822; julien.fabre@boitemail.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound

--=_ndr_fr_5506--
""")

A("bounce", "es", """
Return-Path: <>
Date: Mon, 22 Sep 2025 19:02:55 +0200
From: MAILER-DAEMON@correo-saliente.example.test
To: support@example.test
Subject: Undeliverable: RE: Patinetes en mi barrio
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="=_ndr_es_2209"
Message-ID: <ndr-es-2209@correo-saliente.example.test>

--=_ndr_es_2209
Content-Type: text/plain; charset=us-ascii

Delivery has failed to these recipients or groups:

lucia.herrero@correo.example
The recipient's mailbox is full and can't accept messages now.

--=_ndr_es_2209
Content-Type: message/delivery-status

Reporting-MTA: dns; correo-saliente.example.test

Final-Recipient: rfc822; lucia.herrero@correo.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 mailbox full

--=_ndr_es_2209--
""")

A("bounce", "en", """
Return-Path: <>
Date: Wed, 29 Oct 2025 00:00:00 +0000
From: Feedback Loop <fbl@isp.example.test>
To: support@example.test
Subject: Email Feedback Report for IP 198.51.100.7
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report;
	boundary="=_arf_2910"
Message-ID: <arf-2910-000001@isp.example.test>

--=_arf_2910
Content-Type: text/plain; charset=us-ascii

This is an email abuse report for a message received from IP address
198.51.100.7 on Wed, 29 Oct 2025. A recipient marked it as spam.

--=_arf_2910
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: ISP-FBL/1.0
Version: 1
Source-IP: 198.51.100.7
Arrival-Date: Wed, 29 Oct 2025 00:00:00 +0000
Reported-Domain: example.test

--=_arf_2910
Content-Type: text/rfc822-headers

From: Support <support@example.test>
To: redacted@isp.example.test
Subject: Your autumn swimming timetable
Message-ID: <news-5501@support.example.test>

--=_arf_2910--
""", note="ARF abuse report")

A("list", "en", """
Date: Tue, 1 Apr 2025 06:00:00 +0000
From: Fairway Trade News <newsletter@fairway-trade.example>
To: support@example.test
Subject: This week in golf club management: pricing, outages and the new data rules
Message-ID: <issue-2025-14.support@fairway-trade.example>
List-Id: Fairway Trade News <news.fairway-trade.example>
List-Unsubscribe: <https://fairway-trade.example/unsub?u=support>, <mailto:unsub@fairway-trade.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

THIS WEEK
- Why clubs get sued over buggy paths, and how to avoid it
- Booking system outages: what to tell members
- Furious members? Five phrases that calm an angry caller
- Regulator publishes new consumer guidance

You receive this because you subscribed at fairway-trade.example.
""", trap="list_with_trigger_words")

A("list", "en", """
Date: Thu, 15 May 2025 10:30:00 +0100
From: ferry-operators-forum@lists.example.test
To: ferry-operators-forum@lists.example.test
Subject: [ferry-ops] Anyone else seeing card terminal failures at check-in?
Message-ID: <CAx91kq2@mailbox.example>
List-Id: <ferry-ops.lists.example.test>
List-Post: <mailto:ferry-operators-forum@lists.example.test>
Precedence: list
Sender: ferry-operators-forum-bounces@lists.example.test
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Morning all - since Tuesday our card terminals at the Portsmouth check-in have been dropping
out every hour or so. Anyone else on the same acquirer seeing this?

_______________________________________________
ferry-ops mailing list
https://lists.example.test/listinfo/ferry-ops
""", trap="list_with_trigger_words", note="list post describing a failure, not a customer")

A("list", "de", """
Date: Mon, 3 Mar 2025 05:00:00 +0100
From: "Gartenwelt Newsletter" <news@gartenwelt.example>
To: support@example.test
Subject: =?UTF-8?Q?Fr=C3=BChjahrsaktion:_20_%_auf_alle_Obstb=C3=A4ume?=
Message-ID: <nl-2025-03-03.88@gartenwelt.example>
List-Unsubscribe: <https://gartenwelt.example/abmelden?id=4411>
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_nl_gw_0303"

--=_nl_gw_0303
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Frühjahrsaktion: 20 % auf alle Obstbäume bis 31. März. Jetzt bestellen!

Abmelden: https://gartenwelt.example/abmelden?id=4411

--=_nl_gw_0303
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body><h1>Frühjahrsaktion</h1><p>20 % auf alle Obstbäume bis 31. März.</p><p><a href="https://gartenwelt.example/abmelden?id=4411">Abmelden</a></p></body></html>

--=_nl_gw_0303--
""")

A("list", "fr", """
Date: Wed, 10 Sep 2025 07:00:00 +0200
From: "La Lettre des Loisirs" <lettre@loisirs-pro.example>
To: support@example.test
Subject: =?UTF-8?Q?Bowling_&_loisirs_:_les_nouveaut=C3=A9s_de_la_rentr=C3=A9e?=
Message-ID: <lettre-0910@loisirs-pro.example>
List-Id: <lettre.loisirs-pro.example>
List-Unsubscribe: <mailto:desinscription@loisirs-pro.example>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Au sommaire : les tarifs de la rentr=C3=A9e, comment r=C3=A9agir quand un c=
lient menace d'un avis n=C3=A9gatif, et le salon des loisirs de Lyon.

Se d=C3=A9sinscrire : desinscription@loisirs-pro.example
""", trap="list_with_trigger_words")

A("list", "es", """
Date: Fri, 7 Nov 2025 08:00:00 +0100
From: =?UTF-8?Q?Bolet=C3=ADn_Vending?= <boletin@vending-hoy.example>
To: support@example.test
Subject: =?UTF-8?Q?Bolet=C3=ADn_semanal:_nuevas_m=C3=A1quinas_y_normativa?=
Message-ID: <boletin-45-2025@vending-hoy.example>
List-Unsubscribe: <https://vending-hoy.example/baja>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Esta semana: nuevas máquinas con pago móvil, la nueva normativa de etiquetado y entrevista con el director general de una gran cadena.

Darse de baja: https://vending-hoy.example/baja
""")

A("receipt", "en", """
Date: Fri, 14 Feb 2025 11:02:33 +0000
From: Lorraine Dusek <l.dusek@harbourview-hotels.example>
To: support@example.test
Subject: Read: PO 88214 - hi-vis order stuck
Message-ID: <mdn.20250214110233.2281@harbourview-hotels.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="=_mdn_2281"

--=_mdn_2281
Content-Type: text/plain; charset=us-ascii

Your message

  To: Lorraine Dusek
  Subject: RE: PO 88214 - hi-vis order stuck
  Sent: Friday, 14 February 2025 10:40:12 (UTC+00:00)

was read on Friday, 14 February 2025 11:02:31 (UTC+00:00).

--=_mdn_2281
Content-Type: message/disposition-notification

Reporting-UA: harbourview-hotels.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;l.dusek@harbourview-hotels.example
Original-Message-ID: <case-117001@support.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_2281--
""")

A("receipt", "de", """
Date: Thu, 8 May 2025 09:15:00 +0200
From: Ingeborg Wessel <i.wessel@wessel-bau.example>
To: support@example.test
Subject: =?UTF-8?Q?Gelesen:_AW:_Auftrag_2025-0417_Arbeitskleidung?=
Message-ID: <gelesen.0508.771@wessel-bau.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="=_mdn_de_0508"

--=_mdn_de_0508
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ihre Nachricht wurde am 08.05.2025 um 09:14 gelesen.

--=_mdn_de_0508
Content-Type: message/disposition-notification

Reporting-UA: wessel-bau.example; Thunderbird 128.3.0
Final-Recipient: rfc822;i.wessel@wessel-bau.example
Original-Message-ID: <case-119440@support.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_de_0508--
""")

A("receipt", "fr", """
Date: Tue, 15 Apr 2025 16:20:00 +0200
From: Anne-Laure Berthier <al.berthier@hotel-lesdunes.example>
To: support@example.test
Subject: =?UTF-8?Q?Lu_:_Commande_n=C2=B0_2025-1183?=
Message-ID: <lu.1504.2025@hotel-lesdunes.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="=_mdn_fr_1504"

--=_mdn_fr_1504
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message a été lu le mardi 15 avril 2025 à 16:19.

--=_mdn_fr_1504
Content-Type: message/disposition-notification

Reporting-UA: hotel-lesdunes.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;al.berthier@hotel-lesdunes.example
Original-Message-ID: <case-118932@support.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_fr_1504--
""")

A("receipt", "en", """
Date: Mon, 23 Jun 2025 08:01:00 -0500
From: Clarissa Whitcombe <c.whitcombe@lindenfold-golf.example>
To: support@example.test
Subject: Read-Receipt: corporate days
Message-ID: <rr-2306-1@lindenfold-golf.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="=_mdn_cw_2306"

--=_mdn_cw_2306
Content-Type: text/plain; charset=us-ascii

This is a receipt for the mail you sent to c.whitcombe@lindenfold-golf.example.
This receipt verifies that the message has been displayed on the recipient's computer.
Note: there is no guarantee that the message has been read or understood.

--=_mdn_cw_2306
Content-Type: message/disposition-notification

Reporting-UA: lindenfold-golf.example; Apple Mail
Final-Recipient: rfc822;c.whitcombe@lindenfold-golf.example
Original-Message-ID: <case-120110@support.example.test>
Disposition: automatic-action/MDN-sent-automatically; displayed

--=_mdn_cw_2306--
""")

A("self", "en", """
Date: Wed, 16 Apr 2025 13:05:00 +0000
From: Escalated <escalated@example.test>
To: support@example.test
Subject: [escalated] Case 118204 flagged: legal_threat, billing_dispute
Message-ID: <flag-118204.1@escalated.example.test>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Case 118204 was flagged for escalation.
Customer text: "I will see you in front of a judge ... money went out of my account twice."
Assign to: Tier 2 supervisor queue.
""", trap="self_with_trigger_words")

A("self", "en", """
Date: Thu, 24 Jul 2025 15:44:00 +0100
From: Support <support@example.test>
To: support@example.test
Subject: Re: STILL cannot get into my account
Message-ID: <reply-77120@support.example.test>
In-Reply-To: <case-77120@support.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hi Fatima,

We're really sorry - the login outage on Monday affected all customers and is now fixed. I've asked my manager to credit your account.

Best wishes,
The Support Team
""", trap="self_with_trigger_words", note="desk's own reply looped back (bcc to itself)")

A("self", "de", """
Date: Fri, 12 Sep 2025 10:00:00 +0200
From: Kundenservice <support@example.test>
To: Kundenservice <support@example.test>
Subject: Interne Notiz: Kunde droht mit Anwalt (Fall 119003)
Message-ID: <notiz-119003@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Interne Notiz: Herr Stahlhut droht mit seinem Schwager (Fachanwalt) und will den Nachhilfevertrag kündigen. Bitte bis Montag an die Teamleitung eskalieren.
""", trap="self_with_trigger_words")

A("self", "es", """
Date: Tue, 14 Oct 2025 09:30:00 +0200
From: Escalated <escalated@example.test>
To: support@example.test
Subject: Resumen diario: 14 casos escalados
Message-ID: <digest-20251014@escalated.example.test>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Resumen diario de escalated.
Amenazas legales: 3. Bajas anunciadas: 5. Caídas del servicio: 1. Quejas graves: 5.
Ningún caso pendiente de más de 24 horas.
""", trap="self_with_trigger_words")

A("self", "fr", """
Date: Mon, 20 Oct 2025 18:12:00 +0200
From: Service client <support@example.test>
To: support@example.test
Subject: Test de la signature automatique
Message-ID: <test-signature-2010@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ceci est un message de test envoyé par le service client à lui-même pour vérifier la nouvelle signature. Merci de ne pas y répondre.

--
Service client – example.test
""")

# ---------------------------------------------------------------------------
# Packaging engine
# ---------------------------------------------------------------------------
import datetime
import html as _html
import os
import random
import re
import sys
import unicodedata
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

SEED = 60606
HERE = os.path.dirname(os.path.abspath(__file__))
POL = policy.default.clone(linesep="\r\n")

TRIGGERS = sorted("""legal_threat regulatory manager_request corporate_contact_request
executive_contact security_incident data_loss outage billing_dispute cancellation_threat
media_threat discrimination_harassment safety broken_promise repeat_contact
high_value_order severe_dissatisfaction feature_request technical_issue""".split())
BIG = """cancellation_threat legal_threat manager_request media_threat data_loss outage
executive_contact severe_dissatisfaction broken_promise""".split()
AUTO_KINDS = {"auto_reply", "bounce", "list", "receipt", "self"}
LANGS = {"en", "de", "fr", "es"}
HEADER = "file\ttriggers\tautomated\tlang\ttrap\tnote"

DOMAINS = {
    "en": ["mailbox.example", "homemail.example", "post.example", "inbox.example.test",
           "quickmail.example", "northmail.example", "webpost.example.test"],
    "de": ["kundenpost.example", "mailbox.example", "netzpost.example.test", "postfach.example",
           "web-mail.example"],
    "fr": ["courriel.example", "boitemail.example", "laposte-mail.example.test", "messagerie.example"],
    "es": ["correo.example", "buzon.example", "mensajes.example.test", "correoweb.example"],
}
TZ = {"en": [0, 0, -5, -6, -8, 1], "de": [1, 2], "fr": [1, 2], "es": [1, 2]}
MAILERS = ["Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0",
           "Microsoft Outlook 16.0", "Apple Mail (2.3774.600.62)", "K-9 Mail for Android",
           "Roundcube Webmail/1.6.9", None, None, None]
LEGACY = {"en": ["iso-8859-1", "windows-1252", "us-ascii"],
          "de": ["iso-8859-1", "iso-8859-15", "windows-1252"],
          "fr": ["iso-8859-15", "windows-1252", "iso-8859-1"],
          "es": ["iso-8859-1", "windows-1252", "iso-8859-15"]}
ATT_NAMES = {"en": ["invoice.pdf", "photo.png", "receipt.pdf", "screenshot.png"],
             "de": ["Rechnung.pdf", "Foto.png", "Beleg.pdf", "Bildschirmfoto.png"],
             "fr": ["facture.pdf", "photo.png", "reçu.pdf", "capture.png"],
             "es": ["factura.pdf", "foto.png", "recibo.pdf", "captura.png"]}
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]"
       b"/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def fold_ascii(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", ".", s).strip(".")
    return s or "kunde"


def to_html(text):
    """Render a plain body as simple HTML; '>' quote runs become <blockquote type=cite>."""
    lines = text.rstrip("\n").split("\n")
    out, para, i = [], [], 0

    def flush():
        if para:
            out.append("<p>" + "<br>\n".join(_html.escape(l, quote=False) for l in para) + "</p>")
            para.clear()
    while i < len(lines):
        line = lines[i]
        if line.startswith(">"):
            flush()
            block = []
            while i < len(lines) and lines[i].startswith(">"):
                l = lines[i][1:]
                block.append(l[1:] if l.startswith(" ") else l)
                i += 1
            out.append('<blockquote type="cite">\n' + to_html(" \n".join(block).replace(" \n", "\n"))
                       + "\n</blockquote>")
            continue
        if line.strip() == "":
            flush()
        elif line == "-- ":
            flush()
            out.append('<div class="signature">-- </div>')
        else:
            para.append(line)
        i += 1
    flush()
    return "\n".join(out)


def html_doc(text, rng):
    font = rng.choice(["Arial, sans-serif", "Calibri, sans-serif", "Georgia, serif",
                       "Helvetica, sans-serif"])
    return ('<html>\n<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body>\n<div style="font-family: %s">\n%s\n</div>\n</body>\n</html>\n'
            % (font, to_html(text)))


def set_boundaries(msg, tag):
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary("=_d6_%s_%d" % (tag, n))


def build_customer(idx, m, rng):
    lang = m["lang"]
    body = m["body"].strip("\n") + "\n"
    who = m["who"]
    dom = rng.choice(DOMAINS[lang])
    if "<" in who:                       # explicit address given: "Name <addr>"
        name, addr = who.split("<", 1)
        name, addr = name.strip(), addr.rstrip(">").strip()
        user, dom = addr.split("@")
    else:
        name = who
        parts = fold_ascii(who).split(".")
        style = rng.randrange(4)
        user = {0: ".".join(parts), 1: parts[0] + str(rng.randrange(10, 99)),
                2: parts[0][0] + parts[-1], 3: "_".join(parts)}[style]
    msg = EmailMessage()
    msg["From"] = Address(name, user, dom) if name and rng.random() < 0.9 else Address("", user, dom)
    msg["To"] = Address(rng.choice(["Support", "Customer Service", "", "Kundenservice" if lang == "de"
                                     else "Service client" if lang == "fr" else "Atención al cliente"
                                     if lang == "es" else "Help Desk"]), "support", "example.test")
    msg["Subject"] = m["subj"]
    start = datetime.datetime(2025, 1, 6, 7, 0)
    off = rng.choice(TZ[lang])
    dt = (start + datetime.timedelta(minutes=rng.randrange(0, 300 * 24 * 60))).replace(
        tzinfo=datetime.timezone(datetime.timedelta(hours=off)))
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = "<%08x.%04d.%s@%s>" % (rng.getrandbits(32), idx,
                                            fold_ascii(user)[:8].strip(".") or "m", dom)
    if re.match(r"(?i)(re|aw|r|rv|antw)\s*:", m["subj"]):
        ref = "<case-%06d@support.example.test>" % rng.randrange(10 ** 6)
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    msg["MIME-Version"] = "1.0"
    mailer = rng.choice(MAILERS)
    if mailer:
        msg["User-Agent" if rng.random() < 0.5 else "X-Mailer"] = mailer
    kind = rng.choices(["8bit", "qp", "b64", "legacy", "alt", "html", "mixed"],
                       [24, 16, 10, 16, 20, 6, 8])[0]
    if kind == "legacy":
        cs = rng.choice(LEGACY[lang])
        try:
            body.encode(cs)
        except UnicodeEncodeError:
            kind, cs = "8bit", None
    if kind == "8bit":
        msg.set_content(body, charset="utf-8", cte="8bit")
    elif kind == "qp":
        msg.set_content(body, charset="utf-8", cte="quoted-printable")
    elif kind == "b64":
        msg.set_content(body, charset="utf-8", cte="base64")
    elif kind == "legacy":
        cte = "7bit" if cs == "us-ascii" else rng.choice(["8bit", "quoted-printable"])
        try:
            body.encode("ascii")
        except UnicodeEncodeError:
            pass
        else:
            cte = "7bit" if cte == "8bit" else cte
        msg.set_content(body, charset=cs, cte=cte)
    elif kind == "alt":
        msg.set_content(body, charset="utf-8", cte=rng.choice(["8bit", "quoted-printable"]))
        msg.add_alternative(html_doc(body, rng), subtype="html", charset="utf-8",
                            cte=rng.choice(["quoted-printable", "base64"]))
    elif kind == "html":
        msg.set_content(html_doc(body, rng), subtype="html", charset="utf-8",
                        cte=rng.choice(["quoted-printable", "8bit"]))
    elif kind == "mixed":
        msg.set_content(body, charset="utf-8", cte=rng.choice(["8bit", "quoted-printable"]))
        fname = rng.choice(ATT_NAMES[lang])
        if fname.endswith(".png"):
            msg.add_attachment(PNG, maintype="image", subtype="png", filename=fname)
        else:
            msg.add_attachment(PDF, maintype="application", subtype="pdf", filename=fname)
    set_boundaries(msg, "%04d%x" % (idx, rng.getrandbits(24)))
    return msg.as_bytes(policy=POL)


def build_auto(a):
    raw = a["raw"].strip("\n") + "\n"
    return raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


def build_all():
    rng = random.Random(SEED)
    random.seed(SEED)
    items = []
    for i, m in enumerate(MSGS):
        data = build_customer(i, m, rng)
        items.append((data, m["trig"], "-", m["lang"], m["trap"], m["note"]))
    for a in AUTO:
        items.append((build_auto(a), "-", a["kind"], a["lang"], a["trap"], a["note"]))
    order = list(range(len(items)))
    rng.shuffle(order)
    out = []
    for n, k in enumerate(order, 1):
        data, trig, auto, lang, trap, note = items[k]
        trig = ",".join(sorted(t.strip() for t in trig.split(","))) if trig != "-" else "-"
        out.append(("d6-%04d.eml" % n, data, trig, auto, lang, trap, note))
    return out


def write_all():
    out = build_all()
    for f in os.listdir(HERE):
        if re.fullmatch(r"d6-\d{4}\.eml", f):
            os.remove(os.path.join(HERE, f))
    rows = [HEADER]
    for fname, data, trig, auto, lang, trap, note in out:
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        rows.append("\t".join([fname, trig, auto, lang, trap, note]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d messages and labels.tsv to %s" % (len(out), HERE))


TEXTBOOK = re.compile(r"(?i)\b(lawyers?|attorneys?|sue|suing|lawsuit|court|legal action|managers?|"
                      r"supervisors?|escalat\w*|cancel\w*|press|journalists?|reviews?|hacked|breach|"
                      r"down|outage|refund\w*|charged twice|unacceptable|furious|third time|"
                      r"anwalt|anwältin|klage|vorgesetzte\w*|kündig\w*|presse|gehackt|erstattung|"
                      r"inakzeptabel|avocat|tribunal|résilier|journaliste|piraté|remboursement|"
                      r"inadmissible|inacceptable|abogad[oa]|demanda|cancelar|darme de baja|prensa|"
                      r"periodista|hackead\w*|reembolso|inaceptable|vergüenza)\b")


def own_text(msg):
    """Best-effort plain text of the first text part (for statistics only)."""
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            return part.get_content()
    for part in msg.walk():
        if part.get_content_type() == "text/html":
            return re.sub(r"<[^>]+>", " ", part.get_content())
    return ""


def check():
    errors = []
    lab = os.path.join(HERE, "labels.tsv")
    with open(lab, encoding="utf-8", newline="") as fh:
        text = fh.read()
    if "\r" in text:
        errors.append("labels.tsv contains CR")
    lines = text.rstrip("\n").split("\n")
    if lines[0] != HEADER:
        errors.append("labels.tsv header mismatch")
    rows = {}
    for ln in lines[1:]:
        cols = ln.split("\t")
        if len(cols) != 6:
            errors.append("bad row: %r" % ln)
            continue
        if cols[0] in rows:
            errors.append("duplicate row " + cols[0])
        rows[cols[0]] = cols
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    if set(files) != set(rows):
        errors.append("labels.tsv and .eml files differ: %s" % sorted(set(files) ^ set(rows))[:10])
    # determinism: regenerate in memory and compare bytes
    regen = {f: d for f, d, *_ in build_all()}
    counts = {t: 0 for t in TRIGGERS}
    langs, autos = {}, {}
    pos = neg = textbook = 0
    parser = BytesParser(policy=policy.default)
    for f in files:
        with open(os.path.join(HERE, f), "rb") as fh:
            data = fh.read()
        if regen.get(f) != data:
            errors.append(f + ": not byte-identical to a fresh build")
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            errors.append(f + ": non-CRLF line ending")
        if any(len(l) > 998 for l in data.split(b"\r\n")):
            errors.append(f + ": line longer than 998 octets")
        msg = parser.parsebytes(data)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (f, h))
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %s" % (f, part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errors.append("%s: header %s defects %s" % (f, k, v.defects))
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    part.get_payload(decode=True).decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    errors.append("%s: charset %s: %s" % (f, cs, e))
        if f not in rows:
            continue
        _, trig, auto, lang, trap, note = rows[f]
        if lang not in LANGS:
            errors.append(f + ": bad lang " + lang)
        langs[lang] = langs.get(lang, 0) + 1
        if auto != "-" and auto not in AUTO_KINDS:
            errors.append(f + ": bad automated kind " + auto)
        if not trap or not note:
            errors.append(f + ": empty trap/note column")
        if auto != "-":
            autos[auto] = autos.get(auto, 0) + 1
            if trig != "-":
                errors.append(f + ": automated mail with triggers")
            continue
        if trig == "-":
            neg += 1
            continue
        ids = trig.split(",")
        if ids != sorted(set(ids)):
            errors.append(f + ": triggers not sorted/unique")
        for t in ids:
            if t not in counts:
                errors.append(f + ": unknown trigger " + t)
            else:
                counts[t] += 1
        pos += 1
        if TEXTBOOK.search(str(msg["Subject"]) + "\n" + own_text(msg)):
            textbook += 1
    for t in TRIGGERS:
        need = 16 if t in BIG else 12
        if counts[t] < need:
            errors.append("trigger %s has %d positives (< %d)" % (t, counts[t], need))
    for l in LANGS:
        if l != "en" and langs.get(l, 0) < 50:
            errors.append("language %s has only %d messages" % (l, langs.get(l, 0)))
    print("messages: %d  (positives %d, hard negatives %d, automated %d)"
          % (len(files), pos, neg, sum(autos.values())))
    print("languages:", ", ".join("%s=%d" % (k, langs[k]) for k in sorted(langs)))
    print("automated:", ", ".join("%s=%d" % (k, autos[k]) for k in sorted(autos)))
    print("triggers:", ", ".join("%s=%d" % (t, counts[t]) for t in TRIGGERS))
    print("positives containing a textbook word (conservative regex, whole text incl. quotes): "
          "%d of %d (%.0f%%)" % (textbook, pos, 100.0 * textbook / max(pos, 1)))
    if errors:
        print("CHECK FAILED: %d problem(s)" % len(errors))
        for e in errors[:60]:
            print("  " + e)
        return 1
    print("CHECK OK")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--check":
        sys.exit(check())
    write_all()
