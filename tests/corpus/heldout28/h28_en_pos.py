# Hand-written English customer mails that carry at least one trigger.
# One dict per message. f = From, s = Subject, t = triggers, trap, n = note, b = body.
LANG = "en"
MSGS = [
dict(f="Marjorie Fenwick <m.fenwick@lilyandyew.example>", s="Wreath for Thursday",
t="broken_promise,severe_dissatisfaction", trap="-", n="funeral florist, promised delivery missed",
b="""Hello,

I am writing about the wreath for my late husband's service. I was told on the phone by a young man called Owen that it would be at Harcourt Chapel by 10 on Thursday. It arrived at 2 in the afternoon, after everyone had gone home. Owen gave me his word.

I cannot tell you how it felt standing there with nothing from the family on the coffin. This is the most shameful thing a business has ever done to me and I am disgusted.

Marjorie Fenwick
"""),
dict(f="Dave Pritchard <dave@pontyclunrfc.example>", s="shirts order 4471 - numbers peeling",
t="high_value_order", trap="-", n="rugby kit, physical defect on large order (not technical_issue)",
b="""Hi all

Got the 60 match shirts yesterday for the senior and youth squads, invoice 4471 for GBP 6,240.00. Half of the numbers on the backs are already lifting at the corners after one wash at 30. We play the league opener on the 14th.

Can you get replacements out or send someone to look at them. Not paying the balance till this is sorted obviously.

Dave
Club secretary, Pontyclun RFC
"""),
dict(f="Priya Raman <priya.raman@mailbox.example>", s="Re: lesson booking portal",
t="outage,technical_issue", trap="-", n="saxophone school portal down",
b="""Hi, the student portal just shows a white page with "502 Bad Gateway" since this morning, on my phone and on my laptop and my son's too. None of us can book the Saturday group class. Is it down for everyone?

Priya

On Mon, 3 Jun, Harbour Sax School <support@example.test> wrote:
> Thanks Priya, you can now book via the portal.
"""),
dict(f="\"Bjorn Aas\" <bjorn.aas@fjell.example>", s="problem with login for teachers",
t="outage,technical_issue", trap="-", n="non-native English, indirect outage",
b="""Good day,

We are the music school in Tromsvik which is using your booking system since last winter. From about 9 o'clock today nobody in our office can come past the login page, it is only turning and turning and then say "Service temporarily unavailable". Also the teachers from home cannot. We have tried other browser and other computer, it is same.

Please can you look fast, we have 40 pupils today and no one know which room.

Best regards
Bjorn Aas
"""),
dict(f="Helen Osei <helen.osei@woodworks.example>", s="Toy train set - small parts",
t="safety", trap="-", n="wooden toy choking hazard",
b="""Dear Treetop Toys,

We bought the Little Engine pull-along for our daughter's first birthday (she's 14 months). This morning one of the wooden wheels came off its peg and I found her with the peg in her mouth. She's fine, I got it out, but it's exactly the size that could have choked her. The box says 12m+.

I think you need to check the rest of that batch. I have kept the toy and the box.

Helen
"""),
dict(f="Tom Beckett <tbeckett@aquacare.example>", s="Chlorine granules delivery - fumes",
t="safety,severe_dissatisfaction", trap="-", n="spa chemical leaking tub",
b="""Your driver left the 10kg tub of chlorine granules in the sun next to our garden shed and the lid was cracked. When my wife opened the shed it was full of a choking smell and her eyes streamed for an hour. She had to sit outside with a wet towel.

This is absolutely outrageous. You are delivering dangerous chemicals and leaving them leaking next to where my grandchildren play.

I want someone to come and collect it safely TODAY.

Tom Beckett
"""),
dict(f="Gerald Ashcombe <gerald@ashcombe-orchids.example>", s="Lot 212 - Paphiopedilum",
t="billing_dispute,legal_threat", trap="-", n="rare plant auction, charged for lot not won, solicitor",
b="""Sir/Madam,

My card statement shows a charge of GBP 1,180.00 from your auction house for lot 212. I did not win lot 212. I was outbid at 1,050 and I have the screenshot of the closing page showing another paddle number.

I have asked my bank to hold the payment. My son-in-law is a solicitor and he will be reading whatever answer you send me, so please be careful and accurate.

G. Ashcombe
"""),
dict(f="Lucy Tran <lucy.tran@hotmail.example>", s="double charged!!",
t="billing_dispute", trap="-", n="gluten-free bakery double charge",
b="""hiya, I ordered the birthday cake (the lemon one, gluten free) and my bank app shows it twice, 38.50 and 38.50, same time. Only ordered one cake lol, please refund one of them x

Lucy
"""),
dict(f="Ian Moffat <ian@moffat-caravans.example>", s="1962 Eccles restoration - where are we",
t="broken_promise,high_value_order,repeat_contact", trap="-", n="vintage caravan, long rambling, buried trigger",
b="""Morning Clive,

Hope the workshop is keeping you busy. The weather up here has finally turned and I've been out on the bike most weekends, which is more than I can say for the Eccles, which I had hoped to have towed up to the Lakes by now.

As you know we agreed the full restoration back in February, the quote was 14,800 plus VAT and I paid the 50% deposit the same week. You said at the time the chassis would be done by Easter and the body off and re-skinned by the end of May. I've now rung the workshop three times and emailed you twice since the beginning of June, and every time it's "next week". The photos your lad sent me in April are the last I've seen of it.

I'm not trying to be difficult. I just need to know whether the caravan is actually being worked on or whether it's sitting at the back of the yard with a tarp over it. Could you send me photos this week and an honest date?

My wife sends her regards to Janet.

Ian
"""),
dict(f="Sanna Koivisto <sanna@meeple-works.example>", s="Prototype files gone from shared project",
t="data_loss,technical_issue", trap="-", n="board game studio, files missing",
b="""Hi,

We use your studio portal to share our card files with the printer. Since the update last night, the whole "Harvest Moon v3" project folder is empty. The 212 card PNGs, the rulebook PDF and the box art are all gone, and the version history only goes back to yesterday.

We have a print deadline on Friday. Is there any way you can restore from a backup?

Sanna
"""),
dict(f="Rhys Jenkins <rhys.j@spokesmail.example>", s="courier app",
t="outage,technical_issue", trap="-", n="cycle courier coop, dispatch down",
b="""The dispatch app has been throwing 503 for every rider since about 7:40. None of us can see jobs or mark drops. We're phoning the office for each job which is chaos. Please fix asap

Rhys (rider 14)
"""),
dict(f="Anne-Marie Cole <amcole@heartbeat-run.example>", s="Charity gala registrations",
t="data_loss,repeat_contact,severe_dissatisfaction,technical_issue", trap="-", n="organ donor charity event, registrations missing",
b="""To whoever is reading this,

This is the FOURTH time I am writing about the same thing. 84 registrations for our donor awareness gala have vanished from the attendee list. People have paid, they have confirmation emails, and they are not in the system.

I have emailed on the 2nd, the 5th and the 9th and phoned once. Nobody has done anything. Frankly this is appalling and I'm at the end of my tether.

Anne-Marie Cole
Events volunteer lead
"""),
dict(f="Kristof Havel <k.havel@skiwax-lab.example>", s="hot wax workshop - iron",
t="safety", trap="-", n="ski wax iron overheating",
b="""Hello,

At your wax workshop on Saturday the iron on bench 3 started smoking and the handle got so hot that my friend burned her palm. The instructor unplugged it but then just carried on with another one from the same box. She had a blister the size of a coin.

I think those irons need checking before the next session, somebody will get hurt properly.

Kristof
"""),
dict(f="Charlotte Denby <charlotte.denby@gmail.example>", s="Our wedding at Ravensworth Hall",
t="discrimination_harassment,manager_request", trap="-", n="historic house weddings, staff remark",
b="""Dear Ravensworth Hall team,

My fiancée and I came for the viewing on Sunday. When we explained that it would be two brides, the coordinator (I believe her name was Pamela) laughed and said "well, we'll have to see what the owners think about that sort of thing" and then spent the rest of the tour talking only to my father.

We were humiliated. I would like to speak with whoever is in charge of the events team about this, not with Pamela.

Charlotte Denby
"""),
dict(f="Mark Ellison <mark.ellison@riverrun.example>", s="Guide booking River Tay",
t="billing_dispute,broken_promise", trap="-", n="fly fishing guide refund promised not paid",
b="""Hi Sandy,

The river was blown out with the flood so you cancelled the guided day on the 12th. Fair enough. You told me on the phone that the GBP 320 would be refunded in full within five working days. It's now been three weeks and nothing has come back, and I've now actually been charged an extra 45 "rebooking fee" on top.

Please sort the refund and remove the fee.

Mark
"""),
dict(f="Joanne Price <joanne.price@postbox.example>", s="Claim for cracked screen",
t="broken_promise,cancellation_threat", trap="-", n="phone insurance, I'll take my business elsewhere",
b="""Hello

I sent my phone in for the screen claim on the 3rd. The lady on the chat promised it'd be back within 7 days. It's day 19. No phone, no updates.

I'm paying 11.99 a month for this. If I don't have it back by the weekend I'll take my cover to SafeHandset like my sister did and you can keep your "peace of mind".

Joanne
"""),
dict(f="Sean Gallagher <sean.gallagher@kitroom.example>", s="Re: invoice 8820",
t="billing_dispute,corporate_contact_request,executive_contact", trap="-", n="rugby kit, head office address + finance director",
b="""You've invoiced us for 45 training tops at 24.00 each when the quote was 19.50 each, that's 202.50 more than we agreed. Your sales rep put the quote in writing.

I'm not dealing with the online form again. Please give me the postal address of your head office and the name of your finance director so I can send a formal letter.

Sean Gallagher
Treasurer
"""),
dict(f="Dr. Anika Bose <anika.bose@clinic.example>", s="Someone has logged into my policy account",
t="security_incident", trap="-", n="mobile insurance account takeover",
b="""Dear Sir or Madam,

I received an email last night at 23:14 saying that the bank details on my policy had been changed. I did not do this. When I logged in this morning the email address on the account has also been changed to one I don't recognise, and there is a claim for a "lost iPhone 15" that I never made.

Please freeze my account immediately and tell me what has been accessed.

Anika Bose
"""),
dict(f="Patrick Nolan <pnolan@nolanfamily.example>", s="the lilies",
t="cancellation_threat,severe_dissatisfaction", trap="-", n="florist short angry",
b="""Dead lilies. For my mother's funeral. Brown at the edges when they arrived. Disgraceful. I'll never use you again and nor will anyone in this family.
"""),
dict(f="Yusuf Demir <y.demir@example.test.example>", s="Saxophone exam fee",
t="billing_dispute", trap="-", n="non-native, overcharged exam fee",
b="""Hello,

my daughter Elif did the grade 4 exam at your school. On the website the fee is 62 pound. You have took 93 pound from my card, I think it is the grade 6 price. Please can you give back the difference 31 pound.

Thank you
Yusuf Demir
"""),
dict(f="Greta Lindqvist <greta@meeple-nord.example>", s="Some ideas for the designer tool",
t="feature_request", trap="-", n="board game studio, polite feature request, long",
b="""Hi there,

First of all thank you for the card layout tool, it has saved us weeks on our last two games.

We had a couple of thoughts after the last project. It would be really great if the tool could export a print-and-play PDF with crop marks, so that playtesters can print at home without us doing it by hand in another program. And it would help us a lot if you supported bleed settings per card rather than one for the whole deck, because our tarot-size cards need 3mm and the mini cards need 2mm.

No rush of course, just putting it on your radar.

Greta
"""),
dict(f="Oliver Strand <oliver@caravan-club.example>", s="parts catalogue",
t="feature_request", trap="-", n="caravan restorer, request filter",
b="""Could you add a filter to the parts catalogue for the make of caravan? Scrolling through 900 window seals to find the Sprite ones is painful. Even just a dropdown would do.

Cheers, Oli
"""),
dict(f="Martina Rossi <martina.rossi@pastamail.example>", s="gluten free order - got wheat bread",
t="safety,severe_dissatisfaction", trap="-", n="coeliac reaction, injury",
b="""I am coeliac. I ordered the GF sourdough from your bakery through the website and what arrived was labelled gluten free but it was clearly your normal wheat loaf, it even had the wheat bakery sticker under the GF one. I ate two slices before I noticed and I have been ill for two days, I had to see the doctor.

This is dangerous and completely unacceptable. You cannot sell "gluten free" and send wheat to coeliacs. I am absolutely furious.

Martina
"""),
dict(f="Ben Okafor <ben.okafor@cyclemail.example>", s="rider being shouted at by dispatcher",
t="discrimination_harassment", trap="-", n="cycle courier, harassment by staff",
b="""Hi,

I'm one of the freelance riders. I want to make a complaint about the evening dispatcher. Over the last month he has called me "the African lad" on the radio more than once, and last Thursday when I queried a job he told me over the open channel to "go back where I came from if I can't read a map". Other riders heard it.

I don't want to cause trouble but I don't think I should have to put up with that. Please tell me what happens next.

Ben
"""),
dict(f="Rachel Dunmore <r.dunmore@hallbooking.example>", s="Wedding 21 Sept - deposit and contract",
t="high_value_order,legal_threat", trap="-", n="historic house wedding, legal steps",
b="""Dear Ms Carrow,

We signed the contract for our wedding at Elmstead House for 21 September and paid the deposit of GBP 7,500 in January. Last week we were told by phone that the orangery is "no longer available" because of restoration works and that we would have to use the marquee on the lawn instead, at the same price.

That is not what we signed for. Unless we receive either the orangery as contracted or a full refund of the deposit within 14 days, we will be taking legal advice and will pursue this through the courts if necessary.

Yours sincerely,
Rachel Dunmore and James Whitely
"""),
dict(f="Colin Marsh <colin@marshkits.example>", s="Fwd: your delivery failed / also the site is broken",
t="technical_issue", trap="looks_automated", n="customer pastes a bounce and complains on top",
b="""I tried to email your order desk directly and got this back (below). And your checkout won't take my card either, it just says "Error 1043 - please try again later" on the last page. Tried three cards. How am I supposed to order?

Colin

---------- Forwarded message ---------
From: Mail Delivery Subsystem <mailer-daemon@mx.marshkits.example>
Subject: Delivery Status Notification (Failure)

Delivery to the following recipient failed permanently:

     orders@rugbykit.example

Technical details of permanent failure:
550 5.1.1 The email account that you tried to reach does not exist.
"""),
dict(f="Fiona Hargreaves <fiona.h@nettle.example>", s="Out of office until Monday - but first",
t="broken_promise,technical_issue", trap="looks_automated", n="customer announces own absence then complains",
b="""Hi,

I'm out of the office from tomorrow until Monday 17th with limited access to email, so please reply to my colleague Jess (jess@nettle.example) if you need anything before then.

Before I go: the pool dosing controller you installed last month is still showing "PH SENSOR FAULT" every morning. Your engineer told me on the 28th he would come back with a replacement probe "by the end of the week". Nobody came.

Fiona
"""),
dict(f="Hamish Reid <hamish@reidflies.example>", s="Thank you for your email",
t="billing_dispute", trap="looks_automated", n="subject looks like auto-ack, human complaint",
b="""Thank you for your email of the 4th. We have received your invoice FG-2207.

However, the invoice charges us for six guided days on the Spey when we only took four - the last two were cancelled by your own guide because of the water levels. Please reissue it for four days (GBP 1,120) rather than six (GBP 1,680).

Regards,
Hamish Reid
Accounts, Reid Flies Ltd
"""),
dict(f="Naomi Fletcher <naomi.fletcher@brightmail.example>", s="Auto-reply: not quite",
t="repeat_contact,severe_dissatisfaction", trap="looks_automated", n="customer mimics auto-reply format",
b="""AUTO-REPLY: This is not an automated message, although I'm starting to wonder whether anyone at your company is human.

This is my third email about claim MP-55120. Each time I get your "we'll be in touch within 48 hours" robot and then silence. It has been five weeks. Worst customer service I have ever dealt with, and I have dealt with the council.

Naomi Fletcher
"""),
dict(f="Stuart Lamb <stuart.lamb@lambdesign.example>", s="your CEO",
t="corporate_contact_request,executive_contact", trap="-", n="wants CEO email to write to him",
b="""I've had enough of being bounced between your chat bot and your "team". What is the email address of your CEO, Mr Harding? I'm going to write to him directly and explain how his company treats people whose phones are stolen.

Stuart
"""),
dict(f="Lorna Whyte <lorna.whyte@kirkmail.example>", s="Flowers for Mum - wrong address AGAIN",
t="repeat_contact,severe_dissatisfaction,broken_promise", trap="-", n="florist, third time wrong address",
b="""I am now writing for the third time. The sympathy bouquet for Mrs Abernethy went to 14 Kirk Road instead of 41 Kirk Road. After my second email you promised it would be redelivered the same afternoon. It wasn't. The lady at number 14 has now kept it for three days.

I am absolutely livid. Do you understand what it is to send funeral flowers to a grieving friend and have them sit on a stranger's table?

Lorna
"""),
dict(f="Kevin Doyle <kdoyle@rugbymums.example>", s="hi",
t="cancellation_threat,technical_issue", trap="-", n="short, conditional threat",
b="""the personalisation tool keeps saying "font not available" when I try to add names to the junior hoodies. If I can't get this done by Friday we'll order from KitBag for the whole club next season.
"""),
dict(f="Eleanor Marsh-Whitcombe <eleanor@marshwhit.example>", s="Formal complaint - Lot 88 Nepenthes",
t="regulatory,severe_dissatisfaction", trap="-", n="rare plant auction, trading standards",
b="""Dear Sirs,

The Nepenthes rajah I bought as lot 88 was described in your catalogue as "mature, established, 3 pitchers". What arrived was a seedling in a 5cm pot with no pitchers at all, and a label from a garden centre still stuck to the pot.

This is a shocking misdescription. I have photographed everything and I have today reported your auction house to Trading Standards.

Eleanor Marsh-Whitcombe
"""),
dict(f="Arjun Mehta <arjun.mehta@fastmail.example>", s="Data breach?? my name on a forum",
t="security_incident", trap="-", n="leaked personal data",
b="""Someone posted a spreadsheet on a phone-repair forum that has my name, my address, my IMEI and my policy number on it, along with about 300 other customers of yours. The file is called "policyholders_export_march". That's your data. How did it get out and what are you doing about it?

Arjun
"""),
dict(f="Sophie Carver <sophie@carverbakes.example>", s="shop order system",
t="data_loss,outage,technical_issue", trap="-", n="wholesale bakery order system wiped",
b="""Hi team,

We're one of your wholesale cafe customers. Since the maintenance window on Sunday night we can't get into the trade ordering site at all (it just says "Internal Server Error"), and when a colleague did manage to get in on her phone for a minute our standing orders and saved baskets were all gone - the last 6 months of standing orders just blank.

We need bread on Wednesday. Please call me on 555-0132.

Sophie
"""),
dict(f="Gwen Parry <gwen.parry@sax.example>", s="group classes",
t="manager_request", trap="-", n="wants someone senior",
b="""Hello,

I've had a long chat with Tom on reception about my son being moved from Thursday group to Monday without anyone asking us and he says it's "just how the timetable fell". I would like someone more senior than Tom to give me a call please, ideally whoever actually does the timetable. 07700 555 219 after 5.

Gwen
"""),
dict(f="Matteo Bianchi <matteo.bianchi@correo.example>", s="About my phone claim, please read",
t="manager_request,repeat_contact", trap="-", n="non-native, escalation buried",
b="""Dear customer service,

I hope you are well. I am writing you again about my claim for water damage, number MP-60233. I already write you two times before, on 2 and on 9 of the month, and once I call the telephone and wait 40 minutes.

The repair centre say they wait for your approval. Your colleague on phone say it is approved. Someone is not correct. Please, I would like that my case is given to a supervisor or a person who can decide, because the normal line cannot help me more.

Thank you in advance and kind regards,
Matteo Bianchi
"""),
dict(f="Alison Cho <alison@cho-family.example>", s="Toy kitchen - paint",
t="safety,media_threat", trap="-", n="toy paint flaking, threatens reviews",
b="""Hi,

The paint on the wooden toy kitchen is coming off in flakes and my 2 year old has been chewing on the knobs. Your website says "non-toxic, child safe finish". I'm honestly worried about what's in that paint and I've had to put the whole thing in the garage.

I'm in three big parenting groups on Facebook with about 40k members between them. If I don't get a proper answer on what's in that paint I'll be posting photos there so other parents can decide for themselves.

Alison
"""),
dict(f="Brendan Walsh <brendan@walshplumbing.example>", s="Spa chemical subscription",
t="billing_dispute", trap="-", n="charged after cancel, chargeback threat",
b="""I cancelled the monthly spa chemical box in April (I've got the confirmation email, ref SC-1192). You've taken 34.99 in May and again in June. Refund both please. If this happens again I'll do a chargeback through the bank.

Brendan
"""),
dict(f="Harriet Lowe <harriet.lowe@dispatch.example>", s="Re: Re: your rider ID card",
t="repeat_contact", trap="-", n="'I keep contacting you'",
b="""I keep writing to you about this and keep getting the same template back. My rider ID card still shows my old surname. I sent the deed poll scan three times now. Can somebody actually read the attachments?

Harriet

> Thank you for contacting the Velocity Cycle Co-op. We aim to respond within 2 working days.
"""),
dict(f="Desmond Fairweather <desmond@fairweather.example>", s="Our event in the Long Gallery",
t="executive_contact,severe_dissatisfaction", trap="-", n="cc'd chairman",
b="""To the events manager,

I have copied your chairman, Lord Pemberton, on this email, as I think he should know how his house is being run.

On Saturday our daughter's wedding breakfast in the Long Gallery was served 75 minutes late, the champagne ran out before the toasts, and the security staff locked the terrace at 9pm in the middle of the first dance photographs. It was a shambles from start to finish. An utter disgrace.

Desmond Fairweather
"""),
dict(f="Emma Wright <emma.wright@ghillie.example>", s="interview request",
t="media_threat", trap="-", n="journalist enquiry",
b="""Hello,

I'm a freelance reporter writing for Angling Weekly about the number of guided fishing trips being cancelled at short notice this season and customers struggling to get their money back. Several readers mentioned your company. Would someone be available to comment before Thursday noon?

Thanks,
Emma Wright
"""),
dict(f="Phil Harker <phil.harker@wintersports.example>", s="wax order #WX-3390",
t="broken_promise,cancellation_threat,severe_dissatisfaction", trap="-", n="long rambling, trigger buried",
b="""Hi there,

So I'm going to give you the whole story because I think it helps.

We run a small ski club from the village hall, about 30 members, mostly older folks who go out to Austria twice a year. Every autumn we do a wax night where everyone brings their skis and I buy the wax and the scrapers in bulk from you. Have done for four years. Never had a problem, always recommended you.

This year I ordered on the 2nd of November for delivery before the wax night on the 20th. The confirmation said 3-5 days. On the 10th nothing had arrived so I rang and a man called Stefan told me it had been held at the warehouse but was going out that day and would be with me by the 14th "guaranteed". On the 19th I rang again and was told it hadn't been dispatched at all because one of the items was out of stock, and nobody had thought to tell me.

We had the wax night with whatever people had in their garages. Half the members went home with untreated skis. I looked like a complete idiot.

Frankly I'm disgusted with how this was handled. I've been a loyal customer and I'm going to be putting our club account with a different supplier after this. I'd still like the order cancelled and refunded in full please.

Phil Harker
Treasurer, Hollins Ski Club
"""),
dict(f="Kasia Nowak <kasia.nowak@pocztamail.example>", s="Insurance - my claim is rejected but why",
t="regulatory,severe_dissatisfaction", trap="-", n="non-native, ombudsman",
b="""Hello,

Your letter say my claim is rejected because I did not report the theft to police in 24 hours. I reported in 6 hours, I have the crime number, I sent it to you twice. I think you did not even read. It is very bad, a scandal really, I am very very angry.

I will send all papers to the Financial Ombudsman next week if you do not change the decision.

Kasia Nowak
"""),
dict(f="Jonathan Reeves <jreeves@reeveslaw.example>", s="Consignment 19 - unpaid proceeds",
t="broken_promise,high_value_order,legal_threat", trap="-", n="consignor not paid; writes as client not lawyer",
b="""Dear Auction Team,

I consigned four specimen Agave plants for your spring sale (consignment 19). They sold for a combined hammer price of GBP 8,900. Your terms say proceeds are paid within 28 days of the sale. It has been 61 days. Your accounts team told me on 3 May a BACS payment would be made "this Friday". It has not arrived.

I would rather not have to instruct solicitors over this, but if the proceeds are not in my account within seven days I will issue a claim in the county court without further notice.

J. Reeves
"""),
dict(f="Lily Grant <lilygrant@toymail.example>", s="Rocking horse order",
t="high_value_order,broken_promise", trap="-", n="bespoke wooden toy, delayed",
b="""Hi Ruth,

Just checking in on the commissioned rocking horse for Harriet's christening. The invoice was 5,450 and I paid in full in March. When we spoke in April you said it would be finished by 1 June at the latest. It's now the 19th and I haven't heard anything. The christening is on 6 July.

Could you let me know honestly where it's at?

Lily
"""),
dict(f="Aaron Fisher <aaron.fisher@boardgeek.example>", s="Kickstarter fulfilment - missing rewards",
t="media_threat,broken_promise", trap="-", n="board game, threatens youtube",
b="""You promised backers delivery by March. It's July, half the European backers (me included) have nothing, and your updates stopped in May.

I run a board game channel with 60k subscribers. I'm recording a video on Friday about what's happened with this campaign and I'd like to include your side. If I don't hear back I'll say you didn't respond.

Aaron
"""),
dict(f="Nicola Barnes <nicola@barnesflowers.example>", s="Trade account - website",
t="outage,technical_issue,cancellation_threat", trap="-", n="florist wholesaler, site down at key time",
b="""Third day in a row that the trade ordering site has been down between 6 and 8am which is exactly when florists order. Page doesn't load at all, just times out. I've had to ring in orders.

If you can't keep the site up at the one time we need it, I'll move our account to Covent Flowers at the end of the quarter. Sorry but I have a business to run.

Nicola
"""),
dict(f="Robert Kiely <rkiely@postmark.example>", s="your supervisor please",
t="manager_request,severe_dissatisfaction", trap="-", n="short, shouting",
b="""I HAVE BEEN ON HOLD FOR AN HOUR AND THEN CUT OFF. I WANT YOUR SUPERVISOR TO CALL ME. NOT A CALL CENTRE. THIS IS RIDICULOUS AND I AM FURIOUS.

R Kiely 555-0188
"""),
dict(f="Sarah Pennington <sarah.p@kenmore.example>", s="account locked and I'm worried",
t="security_incident,technical_issue", trap="-", n="suspicious login notices",
b="""Hello,

Over the weekend I got four emails saying "new sign-in from Lagos" and "new sign-in from 203.0.113.54" on my saxophone school parent account. I've never been to either. Now the account is locked and the password reset link says "token invalid".

My card details are saved on that account. Please can you check what's happened.

Sarah
"""),
dict(f="Tobias Grünwald <tobias.gruenwald@mail.example>", s="Caravan delivery - damage",
t="executive_contact,high_value_order,manager_request", trap="-", n="German writing English with German phrases",
b="""Hello,

we have received the restored Carlight caravan last Friday, Rechnung Nr. 2024-118 over EUR 22.400. Unfortunately there is water damage at the roof skylight and the new upholstery is wet - so to say, it is not "wie neu" like promised in the offer.

I would like please to speak with the Geschäftsführer or someone responsible, not only the transport company. We need a solution before our Urlaub in August.

Mit freundlichen Grüßen / kind regards
Tobias Grünwald
"""),
dict(f="Maya Singh <maya.singh@kindmail.example>", s="The way your staff spoke to my dad",
t="discrimination_harassment", trap="-", n="age-related mockery",
b="""Hi,

My dad is 81 and he went into your store to get help with the insurance claim for his phone. The young man at the desk rolled his eyes, told him "maybe a phone's too complicated for you at your age, grandad" and then talked to the colleague next to him about him like he wasn't there. Dad came home really upset.

I'd like an apology to him and some assurance this is dealt with.

Maya
"""),
dict(f="Luke Harmon <luke@harmonhaulage.example>", s="Seriously",
t="severe_dissatisfaction,cancellation_threat", trap="-", n="sarcastic but explicit",
b="""Oh brilliant, another week, another chemical delivery that's the wrong product. Great job guys. Honestly the worst supplier we have ever used, and we've used some shockers. Consider this notice - we won't be renewing the contract in September.

Luke
"""),
dict(f="Ruth Abernathy <ruth@abernathy.example>", s="account says I owe 412",
t="billing_dispute,technical_issue", trap="-", n="wrong balance from system bug",
b="""Hello,

My account page for the bakery subscription says I'm 412.00 in arrears and there's a red banner saying my deliveries are paused. I pay by direct debit every month and my bank shows every payment going out. I think your system hasn't matched them. Please correct the balance and restart the deliveries.

Ruth
"""),
dict(f="Gary Thompson <gary@gtskiwax.example>", s="still waiting on my refund",
t="broken_promise,regulatory", trap="-", n="citizens advice/consumer authority",
b="""You told me on 2nd Feb my refund for the faulty wax iron would be processed within 10 days. It's March. I've spoken to Citizens Advice and they've told me to report it to Trading Standards, which I'm doing this week unless I see the money.

Gary
"""),
dict(f="Cerys Morgan <cerys.morgan@llanmail.example>", s="please escalate",
t="manager_request", trap="-", n="asks for escalation explicitly",
b="""Hi Dan,

Thanks for getting back to me but I don't think you're able to fix this at your level and that's fine. Could you escalate it to whoever deals with cancelled memberships? I just need someone to look at the whole history.

Cheers,
Cerys
"""),
dict(f="Victor Adeyemi <v.adeyemi@corporate.example>", s="Corporate cover - 340 handsets",
t="high_value_order,billing_dispute,executive_contact", trap="-", n="corporate insurance invoice wrong",
b="""Dear Account Team,

We hold a corporate mobile-phone insurance policy with you for 340 handsets. Your Q3 invoice (INV-C-20931) is for GBP 18,360, which is the rate for 400 devices. We reduced to 340 in June and have your written confirmation.

I have forwarded this to your Commercial Director, Ms Laing, as well, since it is the second quarter running this has happened.

Victor Adeyemi
Procurement
"""),
dict(f="Holly Chambers <holly.chambers@mailbox.example>", s="Please consider",
t="feature_request", trap="-", n="feature request: gluten free allergen filter",
b="""Hi lovely bakery people! Would it be possible to add a filter on the website for dairy-free as well as gluten-free? My little boy is both and I spend ages reading every ingredient list. Thank you!! Holly x
"""),
dict(f="Andrew Kerr <akerr@saxfans.example>", s="Practice tracker app",
t="feature_request,technical_issue", trap="-", n="bug plus request",
b="""Two things about the practice app:

1. The metronome stops whenever the screen locks (iPhone 13, latest iOS). That's a bug I think, it used to keep going.
2. It would be really useful if teachers could attach a recording to the weekly assignment, so my students can hear the phrasing I want.

Andy Kerr (teacher, Tues/Thurs)
"""),
dict(f="Imogen Blake <imogen@blakeflowers.example>", s="A few suggestions from a long-time customer",
t="feature_request", trap="-", n="long rambling feature request",
b="""Hello,

I've ordered sympathy flowers through your site probably a dozen times over the last few years (it is that time of life, sadly) and I wanted to pass on a couple of things.

When you send a wreath to a funeral director, there's no way to add the name of the deceased on the order so the funeral director knows which service it is for. I always have to ring. It would be so much better if there were a box for "in memory of" and the service date and time.

Also, might you offer a way to send a card only, to people who would rather not receive flowers? Several families now ask for donations instead.

Thank you, you've always been kind.

Imogen Blake
"""),
dict(f="Callum Reid <callum.reid@fastmail.example>", s="app crashes at photo upload",
t="technical_issue", trap="-", n="simple bug report",
b="""When I try to upload the photo of my cracked screen in the claims app it crashes back to the home screen. Samsung A54, app version 5.2.1. Tried 6 times.
"""),
dict(f="Tanya Hodge <tanya@hodgeevents.example>", s="Ticket scanner not working at the door",
t="technical_issue", trap="-", n="charity event scanner error",
b="""Quick one - your ticket scanning app shows "Invalid signature" for every QR code at our charity fun run check-in, even the ones we bought ourselves. Doors open in 40 mins. Help!
"""),
dict(f="Oscar Lindgren <oscar.l@outdoormail.example>", s="Question and a problem",
t="technical_issue", trap="-", n="question plus real bug",
b="""Hi,

Is it possible to book a guide for two people on different days? I couldn't see how.

Also, when I tried to pay, the page said "Card declined" but my bank says the money was taken. Now I don't know if I'm booked or not.

Oscar
"""),
dict(f="Patricia Lyle <p.lyle@lylefamily.example>", s="I'm so sorry to bother you",
t="data_loss,technical_issue", trap="-", n="polite apologetic, wedding photos lost",
b="""Dear all,

I'm so sorry to bother you with this, and I know it's probably my fault somehow. The online album you set up for our wedding at Ashby Park (the one the guests uploaded to) seems to have been emptied. There were about 600 photos in it last week and now it says "0 items". Some of those were the only pictures of my grandmother on the day.

Is there anything at all you can do? I'd be so grateful.

With warm wishes,
Patricia
"""),
dict(f="Derek Simms <derek.simms@simmsplants.example>", s="bidding platform",
t="outage,technical_issue,severe_dissatisfaction", trap="-", n="auction platform down during closing",
b="""Your bidding platform fell over at exactly 19:58 during the closing of the Aroid sale, it sat on "connecting..." for twenty minutes, and by the time it came back every lot had closed. I was top bidder on three of them.

Absolutely shambolic. How can you run a timed auction on a system that dies at the one moment that matters?

Derek
"""),
dict(f="Nadia Haddad <nadia.haddad@bridemail.example>", s="Our wedding contract / deposit",
t="broken_promise,cancellation_threat,repeat_contact", trap="-", n="wedding: will book elsewhere, chased twice",
b="""Hi Emily,

You promised us a revised quote with the extra 20 evening guests by last Friday. It still hasn't arrived and we've chased twice. Another venue has offered us the same date. If we don't have the quote by Wednesday we'll be taking our wedding to them and asking for our holding deposit back.

Nadia & Sam
"""),
dict(f="Gareth Evans <gareth@evansrugby.example>", s="about the u12 kit",
t="executive_contact", trap="-", n="messaged CEO on LinkedIn",
b="""Just so you're aware, I've messaged your managing director on LinkedIn about the U12 kit order as I've got nowhere with the customer service line. Hopefully someone will sort it now.

Gareth
"""),
dict(f="Kim Sutherland <kim.sutherland@example-mail.example>", s="Claim - I am disabled and you are ignoring that",
t="discrimination_harassment,repeat_contact,severe_dissatisfaction", trap="-", n="disability, asked four times",
b="""I am registered blind. I have asked four times to receive your claim forms in large print or by email so I can use my screen reader. Each time I'm sent the same tiny printed PDF scan and told "that is our standard form". Your agent yesterday told me to "get someone to fill it in for you". That is discriminating against a disabled customer and it's disgraceful.

Kim Sutherland
"""),
dict(f="Freddie Cole <freddie@colecouriers.example>", s="Your courier hit my van",
t="safety", trap="-", n="courier accident, injury",
b="""One of your cycle couriers (orange bag, rider number 27 on the back) came through a red light on Mill Lane at speed this morning and went straight into the side of my van. He was knocked down and cut his head quite badly, the ambulance took him. I'm fine. Letting you know as I assume you need to know and I've got dashcam if needed.

Freddie
"""),
dict(f="Zoe Ward <zoe.ward@wardmail.example>", s="Caravan awning kit - got a shock",
t="safety", trap="-", n="electric shock from restored caravan hookup",
b="""The mains hook-up you rewired on our 1971 Sprite gave my husband a proper shock when he touched the metal door frame in the rain on Saturday. Threw him back a step. We've unplugged it and won't use it till you've checked it. Please get in touch.

Zoe
"""),
dict(f="Leon Martins <leon.martins@outlook.example>", s="Lost all my practice recordings",
t="data_loss,technical_issue,repeat_contact", trap="-", n="third contact data loss",
b="""Hi again, this is my third email on this - after you switched everyone over to the new app, all my recordings from the last two years have disappeared. The old app is gone from the store so I can't get them from there either. It's all the stuff I've recorded with my teacher. Please can somebody reply.

Leon
"""),
dict(f="Irene Costa <irene.costa@wine.example>", s="Phishing email pretending to be you",
t="security_incident", trap="-", n="phishing sent from company domain",
b="""Hello,

This morning I got an email from noreply@your-domain asking me to "verify my policy payment details" with a link to a page that looked exactly like your login. It came from your real address (I checked the headers, it came via your mail server 198.51.100.23) and it had my real policy number in it. So either your system has been hacked or somebody has your customer list.

I didn't click. But I expect plenty of people will have.

Irene Costa
"""),
dict(f="Brian Oduya <brian@oduya.example>", s="Complaint about the auctioneer",
t="discrimination_harassment,manager_request", trap="-", n="religious remark",
b="""At the saleroom on Saturday your auctioneer made a joke about my turban when I raised my paddle ("careful, the gentleman's hat might outbid us all"). People laughed. I left. I'd like a senior manager to contact me.

Brian Oduya
"""),
dict(f="Megan Lloyd <megan.lloyd@mail.example>", s="Re: Your quote for Bay View Hall",
t="billing_dispute,media_threat,severe_dissatisfaction", trap="-", n="threatens Google reviews, disputes service charge",
b="""So you added 18% "service" after we'd already agreed the per-head price. That's sneaky and frankly disgusting. I'll be leaving honest reviews on Google and on every wedding forum I can find so other couples know what they're getting into.

Megan
"""),
dict(f="Ahmed Karim <ahmed.karim@karimhomes.example>", s="a question for someone in charge",
t="corporate_contact_request", trap="-", n="asks for board/legal dept",
b="""Good afternoon,

Could you please send me the contact details for your legal department and the registered office address of the company? I need to send them correspondence about the claim on our family policy and I have been told the claims handlers can't accept it.

Thank you,
Ahmed Karim
"""),
dict(f="Louise Henley <louise@henleyflies.example>", s="my booking",
t="regulatory,billing_dispute", trap="-", n="consumer protection authority",
b="""You charged me 180 for a cancelled trip that I cancelled 5 weeks in advance, well within your 4 week window. I've already filed a complaint with the consumer protection authority and attached your own T&Cs.

Louise
"""),
dict(f="Peter Novak <peter.novak@firmmail.example>", s="Where do I send a complaint to the top",
t="corporate_contact_request,executive_contact", trap="-", n="wants CEO address to write",
b="""Hello, I want to write a letter to your chief executive about the saxophone hire scheme. Please send me the postal address and email for the chief executive's office. Thank you. Peter
"""),
dict(f="Sam Hughes <samhughes@rugbyclub.example>", s="Data protection",
t="regulatory", trap="-", n="GDPR violation allegation (not question)",
b="""You've been sending marketing texts to my 15 year old son after I asked you in writing in March to remove all his details from your system. That's a GDPR violation as far as I'm concerned. Confirm he's been deleted or I'll go to the ICO.

Sam Hughes
"""),
dict(f="Gillian Forbes <gforbes@forbesmail.example>", s="Your driver",
t="discrimination_harassment", trap="-", n="harassment by delivery driver",
b="""Your spa chemicals delivery driver (Tuesday, white van) made comments about my appearance when I signed for the delivery and then messaged my mobile that evening asking if I was "free for a drink". He only has my number because of your delivery system. I found it really intimidating and I'm now nervous about the next delivery.

Gillian
"""),
dict(f="Chris Dalton <chris.dalton@daltonpaddle.example>", s="Not acceptable",
t="cancellation_threat,billing_dispute,repeat_contact", trap="-", n="third contact + chargeback + cancellation",
b="""Third time asking. You charged me for a premium plan upgrade I never clicked (29.00 extra each month since May). Either refund the three months or I'm doing a chargeback and moving my handset insurance elsewhere.
"""),
dict(f="Bethan Price <bethan@priceandco.example>", s="Press enquiry - Gluten-free labelling",
t="media_threat", trap="-", n="journalist enquiry, reports hearsay of illness",
b="""Dear press office,

I'm a health correspondent at the Western Echo. We've been contacted by two readers who say they became unwell after eating products labelled gluten-free from your bakery. I'd like to give you the opportunity to respond. My deadline is 4pm tomorrow.

Bethan Price
Health Correspondent
"""),
dict(f="Hugo Barrett <hugo.barrett@barrettvan.example>", s="Restoration invoice is wrong",
t="billing_dispute,high_value_order,legal_threat", trap="-", n="caravan invoice dispute with lawyer",
b="""The final invoice for the Bluebird restoration is GBP 12,950. Your written estimate was GBP 9,800 and you never asked me to approve any additional work, which your own estimate says you would do for anything over 10%.

I've passed the estimate and the invoice to my lawyer. I'll pay the estimated amount. If you want the rest you can take it up with her.

Hugo Barrett
"""),
dict(f="Daisy Chapman <daisy.c@chapmail.example>", s="missing items in order 20881 - I'm writing for the third time",
t="repeat_contact", trap="-", n="subject carries the trigger",
b="""Hello, see subject. Two of the six toy animals were not in the box. Please send them.

Daisy
"""),
dict(f="Nathan Bell <nbell@lakesguides.example>", s="Your booking system",
t="outage,technical_issue", trap="-", n="cannot log in at all",
b="""None of our guides can log into the partner portal at all today, we all get "Account service unavailable, try later". Nothing changed on our side. We can't see tomorrow's bookings.
"""),
dict(f="Carol Jennings <carol.j@jenningsfamily.example>", s="So disappointed, and a bit more than that",
t="severe_dissatisfaction,broken_promise", trap="-", n="starts mild then strong",
b="""I was a little disappointed when the flowers for Dad's funeral were smaller than the picture. Then I was told on the phone they'd send a second arrangement to the wake at no charge "to make up for it". It never came. Now I'm not disappointed, I'm appalled. It's a disgrace to treat a grieving family like that.

Carol
"""),
dict(f="Joel Ingram <joel@ingramdesign.example>", s="mislaid prototype",
t="data_loss,technical_issue", trap="-", n="board game files corrupted",
b="""Hi, after the playtest weekend the digital card files you were supposed to hold for us are corrupted - every PDF we download opens as a blank grey page, and the ZIP says "unexpected end of archive". Those were our only copies of the v2 artwork.

Joel
"""),
dict(f="Jens Hartmann <jens.hartmann@hartmann-design.example>", s="wish for the auction app",
t="feature_request", trap="-", n="German customer writing English with German phrases",
b="""Hello together,

small Wunsch from our side: it would be really praktisch if the auction app could send a push notification 10 minutes before a lot on my Merkliste closes. Now I miss them always because I am working.

Viele Grüße aus Hamburg
Jens
"""),
]
