# Hand-written English customer mails that carry at least one trigger.
# Block format: "=== codes | trap | note | From | Subject" then the body.
TEXT = r'''
=== lt,rep,tech | - | - | Dana Whitcombe <dana.whitcombe@mailbox.example> | Still can't book the car deck
This is the third time I've written about this. The Harbourline app throws "Error 4012 - vehicle class invalid" every time I add my camper van to the 07:40 crossing. I paid the deposit in March. If I can't book by Friday my solicitor will be in touch, simple as that.

Dana
=== sev,bill | - | - | Gareth Pryce <gpryce@pryce-family.example> | two charges for ONE crossing??
You've taken £86.50 twice off my card for a single return crossing on 14 June (ref HF-22918). Two identical lines on my statement. Honestly this is the most incompetent outfit I've ever dealt with. Put the second charge back.
=== mgr | - | - | Priya Nandakumar <priya.n@hollowtree.example> | Need someone above the chat agent
Hello, I have been going back and forth with your chat about the sofa you re-covered (wrong fabric on the seat cushions, the order sheet clearly says moss velvet). The person on chat keeps saying "noted". Could somebody with actual authority phone me? 555-0142. Thanks.
=== safe,tech | - | - | Tom Okafor <tom.okafor@campus-mail.example> | brakes on bike 0417
hi, rented bike 0417 at the library dock this morning, front brake did basically nothing going down Chapel Hill and I went over the bars at the junction. grazed arm, cracked helmet. the app also still shows the ride as active and won't let me end it. please take that bike out of service before someone gets properly hurt
=== canc,sev | - | - | Helen Marsh <helen@marsh-dental-lab.example> | Aligners - we're done
Third set of trays in a row that doesn't fit. My daughter's gums are sore, the "check-in" photos go nowhere, and nobody answers. Frankly disgraceful. Consider this notice that we're ending the subscription at the end of the month and taking her to a local orthodontist.
=== feat | - | - | Jonas Berg <jonas.berg@fastmail.example> | Offline packs for Icelandic?
Love the app, use it daily at work. Any chance you could add an offline language pack for Icelandic? I'm on ferries a lot with no signal and it'd make a huge difference. Would happily pay extra.
=== out,tech | - | - | Sarah Lindqvist <s.lindqvist@stmarys-estates.example> | Parking app completely dead
Since about 06:10 nobody on our site can pay for parking through the app - it just spins and then says "Service unavailable (503)". Web version same thing. We've got outpatients queuing at the barrier. Is anyone looking at this?
=== sec | - | - | Aaron Feld <aaron.feld@pm.example> | someone else is logged into my account
Got an email at 3am saying my password was changed. I didn't do that. Now I can't get in and there's a subscription for "Business Pro" on the account I never ordered. Please lock it down, this is my work translation account with client documents in the history.
=== dl,tech | - | - | Imogen Clarke <imogen@clarke-frames.example> | all my saved quotes have vanished
Logged into the framing trade portal this morning and every saved quote from the last two years is gone. The list just says "No quotes yet". That's 300+ jobs with customer measurements in them. What happened??
=== bill | - | - | Colin Ashdown <c.ashdown@ashdown-lettings.example> | Invoice 2024-1187 is wrong
Hi, invoice 2024-1187 bills us for 6 weeks of aquarium maintenance in May but your technician came twice, the 7th and the 21st. We're on the fortnightly plan. Can you reissue it for the correct amount (2 visits, £180)? We won't pay the £540 as invoiced.
=== media,sev | - | - | Rachel Dunmore <rachel.dunmore@inbox.example> | your dog wash van
Your van turned up 2 hours late, the "groomer" shouted at my kids to get out of the way and my spaniel came back still covered in shampoo. Appalling from start to finish. I've got 14k followers on my local dog page and believe me they're going to hear about this tonight, with photos.
=== disc | - | - | Marcus Bell <marcus.bell@mailhub.example> | treatment at the cloakroom, Saturday
I was at the Saturday concert with my partner. The cloakroom attendant refused to take our coats until we'd "proved we had tickets", while waving the white couple behind us straight through. When I asked why, he said "you know why". I want this taken seriously.
=== prom,rep | - | - | Lucy Farrant <lucy.farrant@webpost.example> | STILL waiting for the callback
You promised a callback "within 24 hours" on the 3rd. Then again on the 8th. Then on the 12th. This is my fourth email about the same marquee deposit and nobody has ever phoned.
=== dl,hv,tech | - | - | Daniel Roe <d.roe@roe-events.example> | Order MQ-5521 - booking system lost our layout
We have a confirmed order (MQ-5521, £18,400) for a 30x15m marquee, flooring and lighting for a wedding on 6 July. Your online planner now shows the order with no layout and the flooring line missing. Please confirm everything is still booked.
=== corp | - | - | Fiona Gale <fiona.gale@gale-legal.example> | registered office address?
Can you let me have the postal address of your head office, and the name of the company secretary? I need to send a formal letter about our bee-hive rental agreement and don't want it going to a customer service PO box.
=== exec | - | - | Stephen Rourke <srourke@rourke-holdings.example> | FW: billing
I've forwarded this entire chain to your chief executive this morning since nobody at support seems able to read it. Expect to hear from her office.
=== reg,sev | - | - | Margaret Tolley <m.tolley@tolley-home.example> | Reporting you
Your firewood "kiln dried" logs measured 34% moisture with my meter and smoked out my living room. I asked for a refund and got a form letter. This is utterly shameful. I've filed a complaint with Trading Standards this afternoon.
=== tech | - | - | Ben Hartley <ben.hartley@studentmail.example> | QR won't scan
Every time I scan a bike QR the camera opens then the app crashes back to the home screen. Pixel 7, latest update. Friends with iPhones are fine.
=== canc | - | - | Owen Price <owen@price-and-daughters.example> | renewal
Please don't auto-renew our tank contract in September. The last three visits left the lobby tank cloudy and one angelfish died. We'll be moving to another provider.
=== dl,lt,tech | - | - | Nadia Osei <nadia.osei@osei-translations.example> | Lost glossary - formal notice
Your update on 2 May wiped the custom glossary I had built over three years (11,000 terms). Your support reply says it "cannot be restored". I've instructed a lawyer to look at the loss of business this has caused me and you'll receive a letter from her shortly.
=== out,rep,sev | - | - | Kwame Asante <kwame.asante@hillsidehospital.example> | PARKING APP DOWN AGAIN
THIS IS THE THIRD TIME THIS WEEK I AM EMAILING YOU ABOUT THE APP BEING DOWN. NOBODY CAN PAY, STAFF ARE GETTING FINES. ABSOLUTELY UNACCEPTABLE FOR A HOSPITAL.
=== feat,tech | - | - | Chloe Barnes <chloe.barnes@rowfast.example> | crew sheets + a small ask
Two things. First, the crew sheet export cuts off names longer than 12 characters - "Christophers" becomes "Christophe" every time, bit of a bug. Second, it would be brilliant if you could let coaches tag seat positions (bow, 2, 3...) in the booking so we don't have to keep a separate spreadsheet.
=== safe | - | - | Peter Yelland <peter.yelland@yelland.example> | heater in our office tank
Your engineer fitted a new heater in our reception tank on Tuesday. Today the cable is too hot to touch and there was a burning smell near the plug. We've switched the socket off. Please send someone - it's a busy reception with children in it.
=== bill,prom | - | - | Aisha Rahman <aisha.r@rahman-studio.example> | refund never arrived
On 11 April your colleague Kim confirmed by email that the £64.00 for the cancelled seed subscription box would be refunded within 5 working days. It's now the 9th of May and nothing. You also charged me another £64.00 on 1 May, after cancelling. Two things to fix.
=== sec | - | - | Joseph Mwangi <j.mwangi@mwangi-accounts.example> | Phishing email from your domain?
Three of our staff got an email this morning from "billing@" your domain asking them to re-enter card details for the dog-wash van subscription. The link goes to a weird site. Either you've been compromised or someone's spoofing you well. One person entered their card.
=== mgr,sev | - | - | Lorraine Walsh <lwalsh@walsh-upholstery-clients.example> | Sofa returned with tear
Put me through to a supervisor. I'm not interested in another "we apologise for the inconvenience". You've returned my grandmother's chair with a six-inch tear in the back. Shocking, shoddy work.
=== hv,prom | - | - | Vikram Joshi <vikram.joshi@joshi-conferences.example> | PO 88213 - still no credit note
Your account manager promised on the 2nd that the credit note for PO 88213 (cloakroom and bar service, three nights, €14,250 total) would be issued "by the end of the week". Three weeks later we've still not got it and our finance team can't close the event.
=== tech | - | - | Hannah Peel <hannah.peel@peelhouse.example> | Map doesn't show docks
the map in the app shows no docks at all since yesterday's update, just a grey screen with my blue dot. I can still unlock bikes by typing the number so it's not a total outage but pretty annoying
=== corp,exec | - | - | Roger Stanbridge <roger@stanbridge.example> | CEO email please
Please send me the e-mail address of your managing director. I intend to write to him personally about how my complaint has been handled.
=== media | - | - | Ellie Moran <ellie.moran@coastalgazette.example> | Press enquiry - ferry cancellations
Hello, I'm a reporter with the Coastal Gazette. We're running a piece on Saturday about the cancelled evening crossings last weekend and would welcome a comment from your company. Our deadline is Thursday 5pm.

Ellie Moran
News desk, Coastal Gazette
=== dl,tech | - | - | Graham Fenwick <g.fenwick@fenwickfamily.example> | seed swap history gone
Hi, after I changed my email address on the seed library account, my whole borrowing history and the notes on what I'd grown out and returned has disappeared. Would really like it back if there's any way.
=== canc,bill | - | - | Sophie Draper <sophie.draper@draperhome.example> | Charged after cancelling - and I'm not coming back
I cancelled the translation app on 28 Feb (I have the confirmation email). You still took €12.99 on 1 March and again on 1 April. Refund both, and please delete the account; I'm moving to another app.
=== disc,mgr | - | - | Ruth Adeyemi <ruth.adeyemi@adeyemi.example> | Complaint about your driver
Your delivery driver called me "love" then told me women shouldn't order firewood they can't stack themselves, and refused to put it behind the gate like he did for my neighbour. I would like a manager to call me about this. 555-0177.
=== out,tech | - | - | Ian McCallum <ian.mccallum@mcc-rowing.example> | booking site down
club booking site returns 502 Bad Gateway for everyone since 8ish. regatta entries close tonight!!
=== sev | - | - | Victoria Hale <victoria.hale@halemail.example> | Disgusted
I am absolutely disgusted with the way your frame shop treated my late father's medal set. Dust under the glass, one ribbon crooked, and the staff member just shrugged. I have never been so insulted by a business.
=== exec,rep | - | - | Patrick Doyle <p.doyle@doylebuilders.example> | cc your directors
I've now raised this three times through the ticket system. I'm copying in your operations director and your CEO on this one since that seems to be the only way anything moves.
=== feat | - | - | Laura Kim <laura.kim@kimlab.example> | suggestion: group bookings
Hi! It'd be really handy if the cloakroom pre-booking let you add coats for a whole group on one QR code instead of one per person. Our choir does this every month. Thanks for considering :)
=== lt,bill,hv | - | - | Martin Coyle <martin.coyle@coyle-estates.example> | Invoice INV-30911 - final
Your invoice INV-30911 for £9,860 charges us for two marquees we cancelled in writing 6 weeks before the event. We will not pay it. If the invoice isn't withdrawn within 14 days we'll issue a claim in the county court.
=== safe | - | - | Nicola Frost <nicola.frost@frostfarm.example> | beehive placed next to the school path
The hive you installed on Monday is 2 metres from the public footpath to the primary school. A child was stung three times yesterday and had to go to A&E with a reaction. It needs moving today.
=== tech,rep | - | - | Adam Slater <adam.slater@mail.example> | Re: Re: Re: App login loop
For the third time: clearing the cache does NOT fix it. The app logs me in, shows the home screen for a second and then kicks me back to login. Video attached previously.
=== reg | - | - | Gillian Ward <g.ward@wardconsult.example> | Data protection complaint
I asked you on 3 April for a copy of all personal data you hold about me. You haven't replied within the legal time limit, and I have now reported this to the ICO.
=== mgr | - | - | Ahmed Karim <ahmed.karim@karimgroup.example> | escalate please
Ticket 55810. Please escalate this to whoever is above first-line support, I've given all the info twice.
=== dl,sec,tech | - | - | Catherine Vale <c.vale@valeortho.example> | Other patients' photos in my account?
When I opened the progress-photo section of my aligner app this morning I saw pictures of someone else's teeth and their name, and my own photos from the last 4 months are gone. Something has gone badly wrong with your system.
=== bill | - | - | Neil Parsons <neil.parsons@parsonsmail.example> | Wrong amount for parking
The app charged me £24.00 for 40 minutes at the visitor car park at Riverside on Tuesday. The sign says £2.80 per hour. Please refund the difference.
=== canc,media | - | - | Jack Thornton <jack.thornton@thorntonmail.example> | your wood
half the load was wet pine not the seasoned ash i paid for. sort it or i'm cancelling the winter contract and putting the whole thing on facebook and google reviews with pictures
=== prom | - | - | Emily Shaw <emily.shaw@shawdesign.example> | Delivery promised for Tuesday
Your dispatch team told me on the phone that the replacement tent pegs and guy lines would arrive Tuesday. It's Friday, nothing came, and the tracking has not moved. The event is tomorrow.
=== hv,sev | - | - | Richard Pole <r.pole@polehospitality.example> | Bar contract - utter shambles
We pay you £62,000 a year for bar staffing at the Riverside Hall. Last night there were two bartenders for a 1,400-seat concert. Queues to the door at the interval. Absolute shambles and completely unacceptable.
=== corp | - | - | Tariq Hussain <t.hussain@hussain-legal.example> | Legal department contact
Could you send me contact details for your legal department? A direct email or phone number would be ideal - the website only lists customer support.
=== media | - | - | Becky Nolan <becky@mailmix.example> | will be reviewing you
Just so you know I'll be writing an honest review of my experience on Trustpilot and every other review site I can find. Nine days with no reply to a simple question about my aligners.
=== out,tech | - | - | Simon Greaves <simon.greaves@greavesfarm.example> | can't reach anything
Website and app both unreachable from three different networks. Can't check when my firewood delivery is coming.
=== feat | looks_automated | - | Office <office@thistlehouse-dental.example> | Thank you for your email
Thank you for your email and for the new tank in our waiting room, patients love it.

One request: could you add a way to see the next maintenance date in your customer portal? At the moment we have to phone to find out.

Thistle House Dental - office team
=== sec | - | - | Zara Quinn <zara.quinn@quinnlab.example> | login alerts from Romania
I've had 6 "new login" emails in the last hour from Bucharest and Lagos. I'm in Leeds. I've changed my password but I'm worried my card details are exposed - can you check?
=== tech | looks_automated | - | Martin Lowe <martin.lowe@lowe.example> | payment screen broken
Your payment screen keeps saying "card declined" but the bank says no attempt ever reached them. Tried 3 cards.

Sent from my iPhone
=== sev,rep | - | - | Donna Keyes <donnakeyes@webpost.example> | for the fourth time
I have now written to you FOUR times about the frame you cracked while fitting the mount. Four. Not a single reply. This is beyond a joke and frankly the worst customer service I've ever experienced.
=== lt | - | - | Harriet Bloom <harriet.bloom@bloom-family.example> | Damage to our lawn
Your marquee crew drove a van over our newly laid lawn and left ruts 20cm deep. Your office says it's "not your responsibility". We are taking legal advice and intend to pursue the cost of reinstatement through the small claims court.
=== disc | - | - | Sam Ellery <sam.ellery@ellery.example> | accessibility at the bar
I use a wheelchair. At Friday's concert the bar staff repeatedly served everyone standing around me first, and one of them said "we don't really do table service for people like you". It was humiliating.
=== reg,lt | - | - | Gerald Fox <gerald.fox@foxandco.example> | GDPR breach - formal complaint
You have been sending my personal details (name, address, the fact I rent beehives) to a third-party marketing firm without consent. This is a clear GDPR violation. I have notified the ICO and my solicitor is preparing a letter before action.
=== safe,tech | looks_automated | - | Kim Radford <kim.radford@radford.example> | Re: your order has been received
Re your message - yes we've received the replacement aligner case. But the new aligners have a sharp broken edge on the lower tray, a small piece snapped off in my son's mouth last night and he nearly choked on it. Please advise urgently.

Sent from my phone
=== canc,rep | - | - | Brian Lacey <brian.lacey@laceyrow.example> | membership
3rd email. Still no answer on the broken rigger. If I don't get a reply this week we're leaving the club and taking the junior squad with us to Riverside RC.
=== prom,tech | - | - | Alice Monroe <alice.monroe@monroemail.example> | "fixed in next release"
In February your support said the crash when exporting to PDF would be fixed "in the next release". Three releases later it still crashes the moment I hit Export. Not impressed.
=== hv | - | - | Philip Gray <philip.gray@gray-builders.example> | Missing items - order FW-77120
Order FW-77120 (40 tonnes seasoned hardwood, £7,680) - only 26 tonnes have been delivered and your depot can't tell us where the rest is. Please advise.
=== mgr,canc | - | - | Denise Hart <denise.hart@hartmail.example> | Want a supervisor
I want a supervisor to call me back today, otherwise I'm cancelling. Account 40018.
=== corp,lt | - | - | Ewan Grant <ewan.grant@grant-advisers.example> | Address for service
Please provide the registered office address for service of court documents. Our client will be commencing proceedings against your company regarding the collapsed tent at the Lydford show.
=== exec | - | - | Monica Riley <m.riley@rileytrust.example> | I've written to your board
Just so you're aware, I've sent a letter to each member of your board of directors outlining the last two months of this saga.
=== feat | - | - | Oliver Twigg <oliver.twigg@twiggmail.example> | Request: Welsh
please please please add Welsh to the translator. half my family speak it and google's is rubbish
=== dl,tech | - | - | Karen Boyd <karen.boyd@boyd.example> | Bike-share ride history
All my ride history before January is missing from my account. I need it for my expenses claim.
=== out,sev,tech | - | - | Nigel Dawes <nigel.dawes@dawesmail.example> | utterly useless
App down, website down, phone line goes to voicemail. Utterly useless company. I'm stuck at the hospital barrier with a sick child in the car.
=== bill,sev | - | - | Yvonne Carr <yvonne.carr@carrs.example> | outrageous charge
You've billed me £310 for "additional upholstery labour" that nobody mentioned at the quote (£450 agreed in writing). Outrageous. I want it taken off.
=== media,exec | - | - | Lee Cartwright <lee.cartwright@cartwrightmedia.example> | Linked in
I've messaged your CEO on LinkedIn and I'm writing a blog post about this for my 40,000 readers. Your choice how it ends.
=== tech | - | - | Ana Costa <ana.costa@costaemail.example> | beep but no unlock
bike 2231 beeps when i scan it but the lock never opens. tried 5 times, stood there 10 min
=== sec | - | - | Fraser McLeod <fraser@mcleod-frames.example> | our customer list leaked?
Two of our framing customers have had calls from someone claiming to be us, quoting their order numbers and addresses. The only place that info lives outside our shop is your order portal. I think your system has been breached.
=== safe | - | - | Ray Sutton <ray.sutton@suttonmail.example> | Ramp
The car ramp on the 17:20 ferry has a lifting plate. My wife tripped on it walking to the stairs and broke her wrist. Nobody in crew seemed bothered. Please get it fixed before someone else is injured.
=== rep,bill | - | - | Gwen Hollis <gwen.hollis@hollismail.example> | Again
I've contacted you three times about the £45 annual fee charged twice in January. Please just refund one of them.
=== disc | - | - | Darren Obi <darren.obi@obi.example> | Rowing club coach
The new coach you assigned to the Saturday novice session has made repeated comments about my age ("shouldn't you be in the veterans boat, grandad?") and excluded me from the crew selection twice. I want it dealt with.
=== canc | - | - | Jill Ramsey <jill@ramsey-vets.example> | Notice
Given the last two months of missed washes we've decided not to renew the van contract when it ends in August.
=== hv,bill | - | - | Christopher Lang <c.lang@langevents.example> | Disputed invoice 5561
Invoice 5561 totals €12,800 but our signed quote was €9,400. You've added marquee flooring we explicitly declined. Please correct.
=== dl,prom,tech | - | - | Wendy Hill <wendy.hill@hillmail.example> | recovery promised
You told me on Monday my deleted saved phrases would be "restored overnight". They weren't. Still empty.
=== out,tech | looks_automated | - | Info <info@redwoodclinic.example> | Out of office - but urgent
I'm out of the office today but our receptionist tells me the parking app won't load at all for any of our patients - just a blank white screen and "Server error 500". Please fix asap.

Sam (practice manager)
Sent from my phone
=== lt,sev | - | - | Cyril Banks <cyril.banks@banksmail.example> | a disgrace
Your frame shop destroyed an original print worth more than your whole shop. A disgrace. My lawyer will contact you on Monday.
=== reg | - | - | Paula Dean <paula.dean@deanmail.example> | consumer protection
Since you refuse to honour the 14-day return right on my bike-share annual pass, I've reported you to the consumer protection agency.
=== feat | - | - | Theo Marsh <theo.marsh@marshhouse.example> | Nice-to-have
Would be great if the aquarium portal sent a text the day before the technician comes. That's all. Keep up the good work.
=== mgr | - | - | Leah Conway <leah.conway@conwayco.example> | Re: Ticket 99120
Not good enough. I'd like this escalated to someone senior please.
=== rep,sev,tech | looks_automated | - | Gordon Reid <gordon.reid@reidmail.example> | Fwd: Automatic reply: App still broken
THIS is what I get every time I write. Your auto-reply. Fourth time now and still no human. The aligner app still crashes the moment I open the photo screen. Pathetic, absolutely pathetic.

---------- Forwarded message ---------
From: Support <support@example.test>
Subject: Automatic reply: App still broken

Thank you for contacting us. We have received your request and will respond within 2 working days.
=== corp,reg | - | - | Alan Pryor <alan.pryor@pryormail.example> | who is your data controller
I need the full postal address of your headquarters and the name and email of your data protection officer. Your parking app has been selling my plate number to a marketing firm and I'm lodging a complaint with the ICO.
=== exec,sec | - | - | Maya Singh <maya.singh@singhstudio.example> | Account takeover - cc'd your CEO
Somebody got into my translation account on Sunday, changed the email and downloaded every document I'd translated, including medical letters. Your chat bot told me to "try resetting the password". I've copied your CEO and CTO on this because it's clearly beyond first-line support.
=== disc,media | - | - | Grace Mensah <grace.mensah@mensahmail.example> | how your bike team treated my son
My son is autistic. Your bike-share staff at the Science dock mocked him for taking too long to unlock the bike, one of them imitated the way he talks. A local journalist I know has already asked if she can write about it, and I'm inclined to say yes.
=== hv,out,tech | - | - | Rebecca Lyall <r.lyall@lyallfestivals.example> | Pay system down at the Hall - contract RH-19
Your card readers at all six bars in Riverside Hall went dead at 19:45 last night and stayed down the whole concert. Cash only, huge queues. Under contract RH-19 (£38,500 for the season) you are responsible for payment processing. We need an explanation and a credit.
=== corp,exec | - | - | Howard Beale <howard.beale@bealemail.example> | board contact
Can you give me a postal address for your board of directors? I'm going to put my complaint in writing to the chairman.
=== reg,sec | - | - | Sunita Rao <sunita.rao@raomail.example> | You leaked my address
Your seed shop's order confirmation email went to me with 200 other customers' names and home addresses in the CC line. That's a personal data breach and I've reported it to the ICO this morning.
'''
