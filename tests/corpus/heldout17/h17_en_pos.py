# English customer mail that carries at least one trigger.
# One block per message, written by hand.  Labels follow docs/triggers.md.
LANG = "en"
MESSAGES = []


def M(**kw):
    MESSAGES.append(kw)


M(frm="Gareth Pomfrey <g.pomfrey@ridgemail.example>",
  subj="Renewal taken twice??",
  trig="billing_dispute",
  body="""\
Hi,

Just checked my bank app and you've taken my bike insurance renewal twice. £412.60 on the 3rd and another £412.60 on the 4th, both with reference MBK-558213. I've only got the one bike (2019 Triumph Street Twin) and one policy.

Please put the second payment back, I need that money this month.

Gareth Pomfrey
""")

M(frm="Shanice Oduya <shanice.oduya@postbox.example>",
  subj="machine smoking after repair",
  trig="safety,technical_issue",
  body="""\
hello

your engineer (I think his name was Lewis) came yesterday and replaced the heating element in our Bosch washer. this morning I put a 40 wash on and about 20 min in there was smoke coming out from the back and a burning plastic smell. the plug was really hot when I pulled it out. my two kids were in the kitchen at the time.

it's unplugged now and I'm not touching it again until somebody looks at it. please can someone come today or tomorrow. job ref WR-77140

Shanice
07700 555 0193
""")

M(frm="Tom Brannigan <tbrannigan@cornerhouse.example>",
  subj="Cancel everything",
  trig="cancellation_threat,severe_dissatisfaction",
  body="""\
Third costume order in a row that's turned up with the wrong sizes. The Gatsby suit for my stag do was a child's XL. Honestly I'm livid, it's beyond a joke.

Close my account. I'll rent from someone who can read an order form.

Tom
""")

M(frm="Priya Raman <priya.raman@inkwell-press.example>",
  subj="Chapters 7-12 of my manuscript have vanished",
  trig="data_loss,technical_issue",
  body="""\
Hello,

I'm writing because something has gone badly wrong with my project on your platform. The book is "The Salt Orchard" (project ID SP-30418). Last night I uploaded a revised DOCX and clicked "replace manuscript". The preview only showed the first six chapters, so I assumed it was still processing.

This morning the project shows chapters 1-6 only. Chapters 7 through 12 are simply not there anymore, and the version history you advertise only goes back to yesterday's upload, which is the broken one. My older versions are gone from the list too.

I do have a backup of most of it on my laptop but not the edits my copy-editor made directly in your online editor over the past two weeks, which is roughly 40 hours of her work that I have paid for.

Can you please check whether any earlier revision exists on your side? I would be very grateful for any help.

Kind regards,
Priya Raman
""")

M(frm="Dmitri Volkov <dvolkov@fastpost.example>",
  subj="account changed password not by me",
  trig="security_incident",
  body="""\
Hello support,

Today I receive mail "your password was changed" from your perfume shop but I did not change. Now I cannot log in and there is new order on my account, 3 bottles of Oud Noir sent to address in Leeds which is not my address. I live in Bristol.

Somebody is inside my account. Please block the order and the account. My saved card is there also.

Dmitri Volkov
""")

M(frm="Helen Ashworth <helen@ashworth-lettings.example>",
  subj="Still waiting for the callback you promised",
  trig="broken_promise",
  body="""\
Morning,

On Tuesday I rang about the vertical blinds in our office on Kingsway (order BL-2291) and the lady I spoke to said a fitter would ring me back "by end of day Wednesday" to book a time to re-hang the two that are crooked. It's now Friday lunchtime and nobody has called.

Could someone please actually ring me this time? 01632 555 0147.

Thanks,
Helen Ashworth
Office Administrator
""")

M(frm="Kev <kev.mullan@quickmail.example>",
  subj="site down",
  trig="outage,technical_issue",
  body="""\
Cant get on your website at all, just says 503 service unavailable. tried phone and laptop. need to book the kayaks for saturday. is it down??
""")

M(frm="Marguerite Flynn <m.flynn@flynn-events.example>",
  subj="Festival hire order HX-5530 - blower failure, urgent",
  trig="high_value_order,technical_issue",
  body="""\
Hi there,

We have your full inflatable package booked for the Meadowbank Summer Fair this weekend: four castles, the assault course and the giant slide. Order HX-5530, invoiced at £7,480 and already paid in full.

Your crew set up this morning and two of the blowers keep cutting out every ten minutes or so. The assault course deflated completely twice before we closed it. Your driver said he'd "let the office know" but he has left now and I can't get through on the depot number.

We have 2,000 people expected tomorrow. I need either replacement blowers or a technician on site by 8am. Please confirm asap.

Marguerite Flynn
Flynn Events Ltd
""")

M(frm="Bernard Okafor <bernard.okafor@lindenmail.example>",
  subj="Who is your CEO and how do I reach him",
  trig="corporate_contact_request,executive_contact",
  body="""\
I've had enough of going round in circles with your support queue about the damaged Audi I supposedly returned with a scratch that was there when I picked it up at Gatwick.

Give me the name and email address of your chief executive. I'm going to write to him directly and explain how his company treats its customers.

B. Okafor
""")

M(frm="Lucy Hartnell <lucy.hartnell@brightwater.example>",
  subj="The technician at your salon",
  trig="discrimination_harassment",
  body="""\
Hi,

I've been putting off writing this but I think you should know. I had a lash lift at your Mill Street branch on Saturday at 2pm. The technician (tall, dark hair, I think Jordan) made a series of comments about my weight during the appointment - asking whether I'd "tried cutting carbs" and saying that lashes would "draw attention away" from my face. When I didn't laugh she told her colleague at the next bed that I was "touchy".

I was lying there with my eyes taped shut and couldn't exactly leave. I went home and cried, which I'm embarrassed to admit.

I don't want a free treatment. I want someone to know this happened and to make sure it doesn't happen to the next person.

Lucy
""")

M(frm="Andrew Kessler <andrew.kessler@kessler-home.example>",
  subj="Re: Deposit for Saturday's party - no refund",
  trig="legal_threat",
  body="""\
Dear Sir or Madam,

Your reply of yesterday is noted. The bouncy castle did not arrive at all on Saturday 12 July; the booking confirmation stated delivery between 9 and 10am. We had thirty children in the garden and no equipment. Your terms allow you to keep the deposit only where the customer cancels.

Unless the deposit of £180 is returned within fourteen days I will issue a claim in the small claims track of the county court without further notice.

Yours faithfully,
Andrew Kessler
""")

M(frm="Rosa Delgado <rosadelgado@famnet.example>",
  subj="I want to talk to your manager",
  trig="manager_request",
  body="""\
Whoever reads this please pass me to a manager. The girl on the phone hung up on me. I have been trying to get my refund for the ghost walk that was cancelled for 2 weeks.
Rosa
""")

M(frm="Colin Pryce <colin.pryce@northbank.example>",
  subj="Feature idea - bulk upload for allotment plot maps",
  trig="feature_request",
  body="""\
Hello,

I'm the secretary of Hollins Lane Allotment Association and we've been using your member portal since spring. Generally really good, the committee are pleased.

One thing that would save me hours: at the moment I have to draw every plot on the site map by hand, one at a time. We have 142 plots. It would be brilliant if you could let us upload a CSV (plot number, width, length, position) or even a scanned plan and have it drawn automatically. I imagine other associations would use it too.

Anyway, just a thought. Keep up the good work.

Colin Pryce
Hon. Secretary, Hollins Lane AA
""")

M(frm="Natalie Greer <nat.greer@hollymail.example>",
  subj="Knife came back with a chip in it and you want to charge me?",
  trig="billing_dispute",
  body="""\
Hi

I sent 4 kitchen knives for sharpening (order KS-4410). The Shun santoku came back with a chip near the heel that definitely wasn't there before, I have photos from before I posted them. Now I see you've invoiced me £38 instead of the £24 quoted because of "repair of edge damage"??

I'm not paying for damage you caused. Please correct the invoice to £24.

Natalie
""", pack="mixed", attach="photo")

M(frm="jay <jaypatel88@mailhop.example>",
  subj="3rd time asking - where is my mushroom kit",
  trig="repeat_contact",
  body="""\
this is the third time ive emailed about order MK-10023 (oyster mushroom kit, ordered 2 weeks ago). no tracking, no reply. can someone just tell me if it was even sent
""")

M(frm="Samantha Cole <samantha.cole@colefamily.example>",
  subj="Your guide and the derelict chapel",
  trig="safety",
  body="""\
Hello,

We did the 9pm "Old Town Hauntings" walk on Friday (booking GT-8871). About halfway through, the guide took the group of about 15 of us through a gap in a fence into the grounds of the derelict chapel on Tanner Street. It was pitch black and there were loose roof slates and broken glass everywhere. An older gentleman in our group tripped on a slab and cut his hand quite badly, and my daughter nearly went through a rotten floorboard at the entrance.

I really think someone is going to get seriously hurt. I assume this isn't part of the approved route?

Regards,
Samantha Cole
""")

M(frm="Oliver Grant <ogrant@grantandco.example>",
  subj="Invoice 2025-0318 — charged for a day we didn't have the car",
  trig="billing_dispute",
  body="""\
Hello,

Invoice 2025-0318 has us down for 6 days on the Skoda Octavia (Manchester Airport, pick-up 10 March). We returned it on the 15th at 07:40, before the desk even opened, and dropped the keys in the box as instructed. That's 5 days. You've billed £61.50 for a sixth day plus a £25 "late return" fee.

Please reissue the invoice for 5 days and remove the fee.

Oliver Grant
Grant & Co Surveyors
""")

M(frm="Fiona MacLeod <fiona.macleod@glenview.example>",
  subj="Out of office until Friday – but my order is wrong",
  trig="billing_dispute",
  trap="looks_automated",
  note="customer's own OOO notice followed by a real complaint",
  body="""\
Hi,

I'm out of the office until Friday 14 March with very patchy signal, so apologies if I'm slow to reply to anything.

BUT - before I disappear into the hills: order PF-20931 (two bottles of Vetiver & Fig, 100ml) has been charged to my card twice, £148 both times, on the 9th. I only placed one order and only got one confirmation email. Please refund the duplicate.

Back on Friday,
Fiona
""")

M(frm="Ian Thorsby <ian.thorsby@thorsbyhomes.example>",
  subj="absolute shambles",
  trig="cancellation_threat,severe_dissatisfaction",
  body="""\
I have never in my life dealt with such an incompetent company. Your fitters turned up 3 hours late, drilled through a water pipe in the bay window, left the blinds on the floor and drove off. My lounge ceiling below is now soaked.

Disgraceful. I'm cancelling the remaining rooms and you can expect a bill from my plumber.

Ian Thorsby
""")

M(frm="Mei Lin Tan <meilin.tan@harbourview.example>",
  subj="Login from another country?",
  trig="security_incident",
  body="""\
Hi,

I got an email from you this morning saying there was a new sign-in to my author account from "Lagos, Nigeria" at 03:12. I was asleep in Singapore at that time. When I logged in my payout bank details had been changed to an account I don't recognise.

I have changed the bank details back and changed my password, but can you please check whether any royalties were paid to the other account and lock things down on your side? My next payout is due on the 1st.

Thanks very much,
Mei Lin Tan
""")

M(frm="Craig Donnelly <craig@donnellyplumbing.example>",
  subj="Re: Quote for team event",
  trig="broken_promise,high_value_order",
  body="""\
Hi Jess,

We confirmed and paid the deposit on the corporate package (laser tag, 3 arenas exclusive, catering, 120 people) back on the 2nd, total on your quote was £6,350. You said the signed contract and the running order would be with us by the end of last week. Nothing yet and the event is in 9 days.

Our MD is asking me every morning. Please send them today.

Craig Donnelly
Operations
""")

M(frm="Sophie Adeyemi <sophie.adeyemi@linnet.example>",
  subj="UV lamp burn",
  trig="safety",
  body="""\
Hi,

I had a gel manicure at the Riverside salon yesterday. During the curing, the lamp got extremely hot and I told the technician it was burning, she said it's normal and to keep my hand in for the full 60 seconds. I now have red, blistered skin on the backs of two fingers and my pharmacist said it looks like a burn.

I'd like you to check that lamp before anyone else uses it. Photo attached.

Sophie
""", pack="mixed", attach="photo")

M(frm="Ray Whitfield <raywhitfield@oldtownmail.example>",
  subj="Your refund was supposed to be in my account a fortnight ago",
  trig="broken_promise",
  body="""\
Good afternoon,

When your Mr Harris cancelled my canoe trip due to high water levels (booking KC-1902), he told me on the phone, and then in writing, that the £96 would be refunded "within 5 working days". That was on the 28th of last month. Nothing has arrived.

I'd be grateful if you could find out what happened to it.

Yours,
R. Whitfield
""")

M(frm="Daniel Reyes <dreyes@reyesdesign.example>",
  subj="suggestion: dark mode + keyboard shortcuts in the editor",
  trig="feature_request",
  body="""\
Hey team,

Loving the new cover designer. Two small wishes from someone who writes at 2am:

1. a dark mode for the manuscript editor please, my eyes are begging
2. keyboard shortcuts for scene breaks and italics would be amazing (ctrl+I for italics everywhere would be lovely)

Thanks!
Dan
""")

M(frm="Abigail Stroud <abi.stroud@rosecottage.example>",
  subj="Your engineer",
  trig="discrimination_harassment",
  body="""\
To whom it may concern,

I want to complain about the engineer who came to repair my dishwasher on 6 May (job WR-76655). I'm 81 and live alone. He spoke to me as if I were simple, and when I asked him to explain the cost of the part he said "there's no point, love, you won't understand it anyway, just sign". He then told me that "people your age" shouldn't be living on their own with appliances like that.

I felt belittled and frightened in my own home. I don't think he should be sent to older customers.

Mrs A. Stroud
""")

M(frm="Stuart Pennington <stu.pennington@fellwalkers.example>",
  subj="kayak rudder snapped - this could have been really bad",
  trig="safety,technical_issue",
  body="""\
Hi folks

Hired a sea kayak from your Bowness base on Sunday. About 1km out the rudder cable snapped completely and I couldn't steer, wind was pushing me towards the rocks by the point. Managed to paddle back the long way but I'm an experienced paddler, a beginner would've been in serious trouble. The cable looked frayed when I looked at it afterwards, so it must have been worn for a while.

Please check the rest of your fleet. Kayak number was 14 I think.

Stu
""")

M(frm="Wendy Alcott <wendy.alcott@alcottmail.example>",
  subj="Charged after I cancelled",
  trig="billing_dispute",
  body="""\
I cancelled my monthly mushroom subscription on 2 February (I have your confirmation email, ref SUB-3381-C). You've still taken £24.99 on 1 March and again on 1 April. Please refund both and make sure there are no more.

Wendy Alcott
""")

M(frm="Patrick Nwosu <pnwosu@nwosuconsult.example>",
  subj="I've copied your managing director",
  trig="executive_contact,severe_dissatisfaction",
  cc="Harriet Lowe <h.lowe@example.test>",
  body="""\
Support team,

I have copied Harriet Lowe, your Managing Director, on this email because frankly I've lost faith in this inbox.

My policy documents for the Honda CB650R still show the wrong registration, which means I have been technically uninsured for three weeks. Three weeks! Appalling is too mild a word for it.

Fix the certificate today.

Patrick Nwosu
""")

M(frm="Jenna Kowalski <jenna.k@starlingmail.example>",
  subj="your app just deleted all my lash clients' notes??",
  trig="data_loss,technical_issue",
  body="""\
Hi,

I run my lash studio bookings through your salon app. After the update last night every client card has lost its notes field. Allergy notes, lash maps, curl/length preferences for over 300 clients, all empty. The clients themselves are still there but the notes are just blank.

This is really serious for me, some of those notes are patch test results. Is there any way to get them back from a backup?

Jenna
Lashed by Jenna
""")

M(frm="Martin Hale <martin.hale@halefamily.example>",
  subj="Read: Your invoice INV-88213",
  trig="billing_dispute",
  trap="looks_automated",
  note="human reply with a read-receipt style subject",
  body="""\
Yes I've read it, and it's wrong.

You've charged 3 days' hire for the Dracula and Bride of Frankenstein costumes (£135). I collected them Friday and brought them back Saturday morning. That's one day, £45.

Martin
""")

M(frm="Ellie Fairbrother <ellie.f@wrenmail.example>",
  subj="Fwd: Undelivered Mail Returned to Sender",
  trig="billing_dispute,cancellation_threat",
  trap="looks_automated",
  note="customer forwards a bounce she got and complains on top",
  body="""\
Your "cancellations@" address doesn't even exist, see below. Fine. Consider THIS my notice: I'm cancelling my plot-map subscription for the association, effective now, and if you take the £19.99 again on the 1st I'll do a chargeback with my bank.

Ellie Fairbrother, Treasurer, Pike Hill Gardens

---------- Forwarded message ---------
From: Mail Delivery System <MAILER-DAEMON@mx2.wrenmail.example>
Date: Tue, 3 Jun 2025 at 09:14
Subject: Undelivered Mail Returned to Sender
To: <ellie.f@wrenmail.example>

This is the mail system at host mx2.wrenmail.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<cancellations@example.test>: host mx.example.test[192.0.2.25] said: 550 5.1.1
    <cancellations@example.test>: Recipient address rejected: User unknown
""")

M(frm="Laura Chen <laura.chen@chenfamily.example>",
  subj="i am out of the office... and apparently so is your booking system",
  trig="outage,technical_issue",
  trap="looks_automated",
  note="subject and opening mimic an out-of-office",
  body="""\
I am out of the office until Monday, but I'm trying to book the laser tag party for my son from my phone and your booking page has been showing "Error 502 Bad Gateway" since Thursday night. I've tried wifi, 4G, my husband's laptop. Nothing loads past the calendar.

Is it down for everyone? His birthday is next Saturday and I don't want to lose the slot.

Laura
""")

M(frm="Greg Sutcliffe <greg.sutcliffe@pennine-dev.example>",
  subj="Journalist enquiry - Evening Courier",
  trig="media_threat",
  body="""\
Hello,

I'm a reporter with the Evening Courier. We've been contacted by several readers who say they paid for bouncy castle hire through your company for the Bank Holiday weekend and that the equipment was never delivered, with deposits still not returned.

I'd like to give you the opportunity to comment before we publish on Thursday. In particular: how many bookings were affected, and when will customers get their money back?

You can reach me on this email or on 0113 555 0162.

Greg Sutcliffe
Reporter, Evening Courier
""")

M(frm="Amira Haddad <amira.haddad@sunmail.example>",
  subj="Refused at the desk",
  trig="discrimination_harassment,manager_request",
  body="""\
Hello,

On Sunday evening I went to collect my pre-paid rental at your Heathrow T5 desk. I had my licence, passport and the card in my name. The man at the desk looked at my passport and said they "have problems with people from your country" and that I would need to pay an additional £500 deposit, which nobody else in the queue was asked for. When I asked why he said "policy" and refused to show me the policy.

I was born in London. I hold a British passport. I've rented from you three times before without any problem.

I want this looked into by someone senior, not a standard reply. Please have a manager contact me.

Amira Haddad
""")

M(frm="Ben Marsh <ben.marsh@marshmallow.example>",
  subj="Please just add Apple Pay",
  trig="feature_request",
  body="""\
Small request: can you please add Apple Pay at checkout? I always give up halfway through typing the card number on my phone and then forget about the perfume I wanted. Would honestly buy more.
""")

M(frm="Chloe Whitman <chloe.whitman@whitmanhome.example>",
  subj="Nobody came. Again.",
  trig="broken_promise,repeat_contact,severe_dissatisfaction",
  body="""\
Right.

This is the FOURTH time I'm writing about my washing machine. Job WR-75588. Each time someone emails back saying "an engineer is booked for X". I took the day off work on the 3rd. Nobody came. I took the afternoon off on the 10th. Nobody came. Yesterday I waited in from 8 until 6. NOBODY CAME.

I have a newborn and I've been hand-washing baby clothes in the bath for three weeks. I am absolutely furious. This is the worst service I have ever experienced from any company, full stop.

Chloe Whitman
""")

M(frm="Hamish Rennie <hamish@renniegallery.example>",
  subj="outage? can't log in",
  trig="outage,technical_issue",
  body="""\
Morning - none of us at the gallery can log in to the booking system since about 8. The login page just spins then shows "Internal Server Error". Tried clearing cache, different browsers. My colleague at the other branch has the same. Is something down your end?

Hamish
""")

M(frm="Isabel Moreno-Clarke <isabel.mc@quillmail.example>",
  subj="royalties statement wrong - missing 3 months",
  trig="technical_issue",
  note="royalty payout shortfall is not a charge: no billing_dispute",
  body="""\
Hi,

My royalties dashboard shows £0.00 for January, February and March, but my sales report for the same period shows 212 ebook sales and 37 paperbacks. The payout I received on 1 May was £61.20, which matches only April.

Either the dashboard is broken or I haven't been paid. Could you look into it? Title: "Winter Ledger", author account ISM-2213.

Thanks,
Isabel
""")

M(frm="Lewis Barker <lewis.barker@barkerbuilds.example>",
  subj="RE: RE: RE: blinds still not right",
  trig="cancellation_threat,manager_request,repeat_contact,technical_issue",
  body="""\
I've now written to you five times about the motorised blinds in our show home that don't respond to the remote. Each reply is a different person asking me the same questions.

Escalate this to whoever's in charge of installations. If it isn't sorted by the end of next week we'll be using another fitter for the remaining 14 plots on the development.

Lewis Barker
Site Manager, Barker Builds
""")

M(frm="Katie O'Rourke <katie.orourke@greenlane.example>",
  subj="Terrible experience, going on TripAdvisor",
  trig="media_threat",
  body="""\
Hi,

We did your ghost walk last night. The guide was 35 minutes late, clearly hadn't prepared, read half the stories off his phone and finished 40 minutes early. For £22 a head.

I'm going to write an honest review on TripAdvisor and Google tonight unless I hear back from you with a proper explanation.

Katie
""")

M(frm="Mohammed Siddiqui <m.siddiqui@siddiquiandsons.example>",
  subj="Hacked? I received a phishing email from your address",
  trig="security_incident",
  body="""\
Dear support,

Yesterday I received an email from orders@example.test - your real address, I checked - saying my insurance was about to lapse and asking me to "confirm card details" via a link. The link went to a site that was not yours. My brother, who also insures his bike with you, received the same.

Either your email system has been compromised or someone has got hold of your customer list. Please investigate and warn your customers.

Regards,
Mohammed Siddiqui
""")

M(frm="Annie Lowther <annie.lowther@hillcrest.example>",
  subj="£9,200 order for the Grand Hotel - fabric is the wrong colour",
  trig="high_value_order",
  body="""\
Hello,

We placed an order with you in March for made-to-measure curtains and Roman blinds for all 22 rooms on the second floor of the Grand Hotel (order CF-6012, £9,200 incl. VAT). Your fitters started installing yesterday, and the fabric is clearly "Sage" rather than the "Duck Egg" we chose and signed off on the sample card.

Please stop the install and let me know how you are going to fix this.

Annie Lowther
Head Housekeeper
""")

M(frm="Tim <tim.okoye@brightpost.example>",
  subj="Automatic reply from your system was useless",
  trig="broken_promise,repeat_contact,severe_dissatisfaction",
  trap="looks_automated",
  note="automated-looking subject, written by a human",
  body="""\
Your auto-reply promised "a personal answer within 24 hours". That was Monday. I've emailed three times since. This is pathetic, absolutely pathetic.

I just want to know whether my group booking for 14 people at the laser tag arena on Saturday is actually confirmed. Booking name Okoye.

Tim
""")

M(frm="Derek Ambrose <derek.ambrose@tollgate.example>",
  subj="Formal complaint - policy sold without telling me about the excess",
  trig="regulatory",
  body="""\
Dear Sirs,

In January your adviser sold me a motorcycle policy over the phone. At no point was I told that the compulsory excess for riders under 25 was £1,000 - my son is named on the policy and is 22. After his accident in April I found this out the hard way.

I consider the policy to have been mis-sold. I have today submitted a complaint to the Financial Ombudsman Service and I will also be letting the FCA know how your advisers operate.

Derek Ambrose
""")

M(frm="Carla Jenkins <carlajenkins@oakpost.example>",
  subj="Deposit - Trading Standards and my solicitor",
  trig="legal_threat,regulatory",
  body="""\
Hello again,

You are still holding my £150 deposit for the Wonder Woman and Superman costumes which we returned on time and undamaged (your own shop assistant signed the return slip).

I have reported this to Trading Standards this morning and my solicitor is drafting a letter to you. I would rather not have to go any further than that.

Carla Jenkins
""")

M(frm="Naomi Fletcher <naomi.fletcher@larkspur.example>",
  subj="You sent my details to another client - GDPR",
  trig="regulatory,security_incident",
  body="""\
Hi,

A woman I have never met messaged me on Instagram yesterday to say she'd received MY appointment confirmation from your salon, with my full name, mobile number, home address and the note about my allergy to cyanoacrylate lash glue. She'd had an appointment the same afternoon.

That is a medical detail and it's been sent to a stranger. This is a clear GDPR breach and I will be reporting it to the ICO unless you can explain how it happened and what you're doing about it.

Naomi Fletcher
""")

M(frm="Jerome Whitaker <jwhitaker@lakeshore.example>",
  subj="Damage charge of $1,240 - complaint filed",
  trig="billing_dispute,regulatory",
  body="""\
To Customer Service,

I rented a Ford Explorer from your Denver International location from June 2 to June 9 (agreement #DEN-448102). Three weeks after return you charged my card $1,240 for "rear bumper damage". The car was checked in by your own agent who noted no damage, and I have the timestamped photos I took in your return lane.

I have disputed the charge and I filed complaints with the Colorado Attorney General's consumer protection section and the CFPB this morning. I expect the charge to be reversed in full.

Jerome Whitaker
""")

M(frm="Agnieszka Wrobel <a.wrobel@lipamail.example>",
  subj="stop emails please, this is not legal",
  trig="regulatory",
  body="""\
Hello,

I unsubscribe from your newsletter two times in February and I still get every week the emails about "new scents" and discount. I also wrote to you already one time.

This is against GDPR, I did not give consent anymore. Please delete my email from marketing list. If I receive again I will make complaint to data protection office.

Agnieszka Wróbel
""")

M(frm="Clive Ransome <clive.ransome@ransomehome.example>",
  subj="Plot 27 - termination notice",
  trig="legal_threat",
  body="""\
To the Committee,

I received your letter dated 2 June terminating my tenancy of plot 27 for "failing to keep the plot in a cultivated state". I have had the plot for 19 years. I was in hospital for six weeks this spring, which the secretary knew about.

I have passed your letter to my solicitor, who tells me the association did not follow its own rules on warnings before termination. I'd rather resolve this among ourselves, but I won't be giving up the plot without a fight, and I'll take it as far as the courts if I have to.

Clive Ransome
""")

M(frm="Vanessa Lyle <vanessa.lyle@lylewrites.example>",
  subj="Pirated copy of my novel on your store",
  trig="legal_threat",
  body="""\
Hello,

Somebody has uploaded my novel "Embers of Karth" to your store under the name "V. Lisle", with my cover slightly recoloured. It's on sale for £1.99. I published the original through your platform in 2022 and the text is word for word mine.

I reported it through the form five days ago and it's still live. If it is not taken down within 48 hours my attorney will file suit against the uploader AND against your platform for continuing to sell it.

Vanessa Lyle
""")

M(frm="Harvey Quinn <harvey.quinn@quinnkitchens.example>",
  subj="where are my knives",
  trig="legal_threat,severe_dissatisfaction",
  body="""\
I sent you seven Japanese knives worth about £900 on 28 April for sharpening. Tracking shows you signed for them on the 30th. Since then nothing. Your "status" page says "received". Your phone goes to voicemail.

Either I get my knives back this week or I'll see you in court. I've never been treated with such contempt by a business. A complete disgrace.

H Quinn
""")

M(frm="Rebecca Hollis <rebecca.hollis@hollis-home.example>",
  subj="Registered office address required",
  trig="corporate_contact_request,legal_threat",
  body="""\
Good afternoon,

Further to my previous correspondence regarding the bouncy castle hire on 21 June, please provide the full address of your registered office so that a letter before action can be served on the company.

Regards,
Rebecca Hollis
""")

M(frm="Stan Borowski <stan.borowski@mapleleaf.example>",
  subj="head office phone number?",
  trig="corporate_contact_request",
  body="""\
Hi, what's the direct number for your head office please? Not the call centre, I've done the call centre. Thanks
Stan
""")

M(frm="Julia Okonedo <julia.okonedo@okonedo.example>",
  subj="Address for your board of directors",
  trig="corporate_contact_request,executive_contact",
  body="""\
Dear Sir/Madam,

Could you please let me have a postal address for your board of directors. I intend to write to the chairman about the way my late husband's motorcycle policy was handled after his death, because I'm getting nowhere with the claims department.

Thank you.
Julia Okonedo
""")

M(frm="Aaron Fields <aaronfields@tidemail.example>",
  subj="Messaged your CEO",
  trig="executive_contact,technical_issue",
  body="""\
FYI I've sent a LinkedIn message to your CEO with screenshots of the broken checkout. Three weeks now the discount code field throws "undefined" and empties my basket. Maybe he can get it fixed since support can't.
""")

M(frm="Dana Whitlock <dana@whitlockflorist.example>",
  subj="Re: fitter no-show",
  trig="executive_contact",
  body="""\
Thanks for the apology. I'll be honest, it's not enough. I'm seeing your founder at the Chamber of Commerce breakfast on Thursday and I'll be mentioning to her exactly how this went, so you may want to sort out my shop blinds before then.

Dana
""")

M(frm="Kirsty Blane <kirsty.blane@fernmail.example>",
  subj="someone's using my account to book appointments",
  trig="security_incident",
  body="""\
hiya

so weird thing. I've just had 6 texts saying my nail appointments are confirmed at your Eastgate salon, none of them made by me, and my actual appointment on Thursday has been cancelled. when I tried to log in it says the email address isnt recognised - someone's changed the email on my account!!

please can you sort this out and get my thursday slot back. kirsty x
""")

M(frm="Owen Prichard <owen.prichard@prichard-farm.example>",
  subj="I can see another person's policy when I log in",
  trig="security_incident,technical_issue",
  body="""\
Hello,

When I log into your customer portal and click "My documents" I am shown the certificate and schedule of someone called M. Hartley, with his home address, date of birth and his bike's registration. My own documents aren't there.

I haven't downloaded anything, but obviously anyone could be seeing mine the same way. You need to take this down.

Owen Prichard
""")

M(frm="Beth Ryland <beth.ryland@cloudberry.example>",
  subj="grow log gone",
  trig="data_loss,technical_issue",
  body="""\
Hi! I've been using your GrowBuddy app with my lion's mane kit and logging temperature/humidity every day for 5 weeks (for my daughter's school science project, due Friday!!). Today I opened the app and it says "Start your first grow" and all the entries are gone. Logged out and in again, same thing.

Is there any way to restore the log? Really hoping so.

Beth
""")

M(frm="Gordon Tully <gordon.tully@tullymail.example>",
  subj="Waiting list wiped",
  trig="data_loss,technical_issue",
  body="""\
Dear support,

As membership secretary of Canal Side Allotments I keep our plot waiting list in your portal. Since the weekend the list shows 3 names. There were 61 people on it, going back to 2019, in date order, which matters because plots are offered strictly in order.

Nobody on the committee deleted anything. Can you restore it from a backup please? This is urgent - we have two plots to offer this month.

Gordon Tully
""")

M(frm="Sabrina Costa <sabrina.costa@costacasa.example>",
  subj="my scent profile and order history disappeared",
  trig="data_loss,technical_issue",
  body="""\
Hello,

I logged in to reorder my usual and my account is empty - no order history, no wishlist, and the scent profile quiz results that your site uses for recommendations are gone. I've been a customer for four years and I honestly don't remember the name of the amber one I bought last Christmas. Can you recover it?

Thanks
Sabrina
""")

M(frm="Reece Malloy <reece.malloy@malloyco.example>",
  subj="YOUR SYSTEM IS DOWN AT STANSTED",
  trig="outage,severe_dissatisfaction,technical_issue",
  body="""\
I am standing at your Stansted desk with about 50 other people. Your staff say "the system is down" and they can't issue a single car or take a card payment. It's been an hour and a half. Nobody is giving us any information.

This is an absolute disgrace. Some of us have paid for these cars weeks ago. Get it sorted.

Reece Malloy
Sent from my phone
""")

M(frm="Hannah Grayson <hannah.grayson@grayhouse.example>",
  subj="Checkout not working",
  trig="outage,technical_issue",
  body="""\
Hi there,

I've tried to pay for my order for the last two hours and each time I get "Payment service unavailable, please try later". My friend says she gets the same on hers, so I don't think it's my card. Are payments down?

Hannah
""")

M(frm="Nikhil Sharma <nikhil.sharma@swiftcouriers.example>",
  subj="URGENT - portal down, fleet renewal due today",
  trig="high_value_order,outage,technical_issue",
  body="""\
Hi,

Your broker portal has been returning "Service Unavailable" since 7am and I can't get through on the phone either. Our fleet policy for 40 courier motorbikes (renewal quote Q-22871, £18,600) has to be accepted and paid TODAY or the bikes are off the road tomorrow morning.

Please call me as soon as possible on 0161 555 0129 or email a way to pay.

Nikhil Sharma
Fleet Coordinator, Swift Couriers
""")

M(frm="Tasha Greene <tasha.greene@tashabeauty.example>",
  subj="Lash infection after your appointment",
  trig="media_threat,safety",
  body="""\
Hi,

Four days after my lash extensions at your Broad Street salon both eyes were swollen and weeping. My GP has diagnosed an infection and has me on antibiotic drops. She said it was most likely from unclean tools or reused glue.

I have 38k followers on Instagram, most of them local, and I was planning to post about my experience this weekend. I would like to hear from you first about what happened and how your hygiene will be checked.

Tasha
""")

M(frm="Morgan Pike <morgan.pike@pikeandpen.example>",
  subj="Royalties withheld - this is going on Reddit",
  trig="media_threat",
  body="""\
Your platform has "paused" my royalties for 60 days because of an "unusual sales pattern". The unusual pattern is that my book got mentioned on a podcast. No explanation, no contact person.

I'm writing up the whole thread and posting it to r/selfpublish and the writers' forums tonight. Other authors deserve to know how you treat people whose books actually sell.

Morgan Pike
""")

M(frm="Paula Wentworth <paula.wentworth@millbrook.example>",
  subj="Your castle crew",
  trig="media_threat,severe_dissatisfaction",
  body="""\
Hi,

I run the Millbrook Village Facebook group (just over 4,000 members). Your crew turned up to the school fete, left muddy tyre tracks across the newly-laid playing field, swore in front of the children and drove off without taking the rubbish. The head teacher is in tears.

It was outrageous behaviour and I am appalled. Unless I hear something by tomorrow evening, everyone in the group is going to hear about it.

Paula Wentworth
""")

M(frm="Dev Chauhan <dev.chauhan@chauhanfamily.example>",
  subj="My son was turned away",
  trig="discrimination_harassment",
  body="""\
Hello,

My son Arjun (11) uses a wheelchair. We booked him into the Saturday 10am open session at your arena and confirmed on the phone in advance that the arena floor was accessible. When we got there, the staff member running check-in looked at him and told us "we can't have him slowing the other kids down, it's not fair on them", and offered us a refund.

Arjun heard every word. He's played laser tag at other venues many times.

I'd like an explanation, and I'd like to know what training your staff get.

Dev Chauhan
""")

M(frm="Melissa Crane <melissa.crane@craneriver.example>",
  subj="Your instructor and my daughter",
  trig="discrimination_harassment,manager_request",
  body="""\
To whoever manages the Wyeford canoe centre,

My daughter is 17 and was on your intro canoe session on Wednesday. The instructor (she believes his name was Kyle) made comments about her body while "helping" with her buoyancy aid, and later asked her for her Snapchat. She felt extremely uncomfortable and came home upset.

I want someone senior to call me today about this. 07911 555 0138.

Melissa Crane
""")

M(frm="Tomasz Nowak <tomasz.nowak@polmail.example>",
  subj="Complaint about committee member",
  trig="discrimination_harassment",
  body="""\
Dear association,

I am tenant of plot 14 since last year. The site warden Mr Dobbs is many times calling me "the Polish" and telling other members I am stealing water. Last week he wrote on my shed door "go home". I have photo.

I pay my rent like everybody. I want this to stop.

Tomasz Nowak
""")

M(frm="Lindsey Marr <lindsey.marr@marrhome.example>",
  subj="Bouncy castle lifted off the ground with the kids inside",
  trig="safety,severe_dissatisfaction",
  body="""\
Hi,

I hired the Princess castle for my daughter's party on Saturday. Your man set it up and left. When I went to check it after the first hour I realised only two of the corners had pegs in, the other two were just weighted with a bag of sand each.

At about 3pm a gust caught it and the back end lifted maybe a metre off the ground with five little girls inside. They tumbled out onto the patio. One has a cut lip and another a badly bruised arm.

I'm absolutely horrified. This could have been so much worse.

Lindsey Marr
""")

M(frm="Cheryl Banks <cheryl.banks@peachtree.example>",
  subj="bell came off the elf costume - my toddler had it in his mouth",
  trig="safety",
  body="""\
Hi, we rented the toddler elf costume (size 2-3) for the nursery Christmas party. One of the little jingle bells came off the hat within ten minutes and I found my son with it in his mouth. He's fine but he could have choked.

The other bells are loose too. Please take these out of hire before another child wears one.

Cheryl
""")

M(frm="Andy Fellowes <andy.fellowes@fellowesfamily.example>",
  subj="no safety cleat on the cords?",
  trig="safety",
  body="""\
Hi,

Your fitter put up roller blinds in both kids' bedrooms on Monday. Tonight I found my 2-year-old standing in her cot with the pull cord loop round her neck. She's OK, thank God. There are no tension devices or cleats fitted on any of them, the cords just hang down to floor level.

Please send someone to fit proper child-safety devices tomorrow. Until then I've tied them up out of reach.

Andy
""")

M(frm="Leanne Doyle <leanne.doyle@doylemail.example>",
  subj="mould from the kit - my son had an asthma attack",
  trig="safety",
  body="""\
Hello,

Our king oyster kit started growing a green fuzzy mould about a week ago which I didn't think much of. Over the weekend my son (who has asthma) had a bad attack in his bedroom, where the kit was on the windowsill, and ended up in A&E overnight. The doctor asked straight away if there was any mould in the room.

Can you tell me what the mould might be and whether the kits are meant to be kept away from people with breathing problems? There's nothing on the box.

Leanne Doyle
""")

M(frm="Rashid Karim <rashid.karim@karimstores.example>",
  subj="replacement bottle",
  trig="broken_promise",
  body="""\
Hello, the lady on chat (Emma) promised me the replacement for the bottle that arrived broken would be sent out by Friday with a tracking number. It's Wednesday now, no email, no parcel. Can you check please? Order PF-21877.

Thanks, Rashid
""")

M(frm="Joanne Bright <joanne.bright@brightsparks.example>",
  subj="deposit STILL on hold",
  trig="broken_promise,repeat_contact",
  body="""\
Hi,

Three separate people at your Edinburgh Airport branch have told me the £300 security hold on my card would be released "within 72 hours". First on 11 August, then on the 18th, then on the 25th when I phoned for the third time. It's now September and it's still showing as pending on my statement.

What is actually going on?

Joanne Bright
""")

M(frm="Phil Staunton <phil.staunton@stauntonchef.example>",
  subj="5th message - knives",
  trig="repeat_contact",
  body="""\
This is the fifth message I've sent you about my return parcel. Order KS-4532, 3 knives. Can someone please reply with anything at all.
Phil
""")

M(frm="Elena Marchetti <elena@profumeriaelena.example>",
  subj="Wholesale order WS-0447 - 40% of bottles leaking",
  trig="high_value_order",
  body="""\
Dear team,

Our wholesale order WS-0447 (EUR 12,300.00, paid by bank transfer on 3 October) arrived at our boutique yesterday. On unpacking we found that 58 of the 144 bottles are leaking at the atomiser - the boxes are stained and the bottles are half empty.

We cannot sell these. Please advise urgently how you will replace them; the Christmas season starts in three weeks.

Best regards,
Elena Marchetti
Profumeria Elena
""")

M(frm="Gerald Finch <gerald.finch@finchbooks.example>",
  subj="Print run misprinted - 2,000 copies",
  trig="high_value_order",
  body="""\
Hello,

We ordered 2,000 hardback copies of "The Lighthouse Keeper's Almanac" for the book launch (print order PO-7712, $14,480). The boxes arrived this morning and the cover is printed with the spine text upside down on every single copy we've opened, so far about 300.

The launch is on the 20th. What can you do?

Gerald Finch
""")

M(frm="Shona Baird <shona.baird@bairdmail.example>",
  subj="Disgusting",
  trig="severe_dissatisfaction",
  body="""\
Worst "ghost tour" I've ever been on and I've been on dozens. Guide was drunk, and I'm not exaggerating, he was slurring. Half the group left. It was a disgusting waste of an evening and an insult to everyone who paid.
""")

M(frm="Ken Haworth <ken.haworth@haworthgarden.example>",
  subj="Giving up my plot",
  trig="cancellation_threat,severe_dissatisfaction",
  body="""\
Committee,

I've had it. Third year running the water trough by my plot has been left broken all summer, the gate lock is still bust, and at the AGM you all just laughed it off. I'm sick to the back teeth of this committee.

Consider this my notice. I'm giving up plot 8 at the end of the season and taking my subs elsewhere. Livid doesn't cover it.

Ken Haworth
""")

M(frm="Ryan Mbeki <ryan.mbeki@mbekimail.example>",
  subj="stats export for team leagues?",
  trig="feature_request",
  body="""\
Hey, we run a monthly league at your Southside arena and the scoreboard app is great. Would be brilliant if you could add an export of per-player stats (hits, accuracy, deaths) after each session, even just a CSV. We're copying numbers off the screen with our phones at the moment lol
""")

M(frm="Carol Dunmore <carol.dunmore@dunmorehouse.example>",
  subj="second driver online",
  trig="feature_request",
  body="""\
Hello,

It would really help if your booking site let you add a second driver when you book, rather than having to do it at the counter. We always end up in the queue for 20 minutes just for that. Could you consider adding it?

Carol
""")

M(frm="Ahmed Sayed <ahmed.sayed@sayedkitchens.example>",
  subj="Idea",
  trig="feature_request",
  body="""\
Hi there

Love your sharpening, my knives have never been better. Have you ever thought about a subscription where you send a box every 3 months automatically and I just post the knives back? I'd sign up today. Maybe with a discount for restaurants, we have 4 chefs.

Ahmed
Head Chef, Sayed's Kitchen
""")

M(frm="Katarzyna Lis <kasia.lis@wisla.example>",
  subj="shiitake kit please",
  trig="feature_request",
  body="""\
Hello, I have buy two of your oyster kits and they are very good, my kids love it. Please can you make also kit for shiitake? And instruction in Polish language would be very nice, my mother want to try but her English is not good.

Thank you
Kasia
""")

M(frm="Ivy Tremaine <ivy.tremaine@tremainewrites.example>",
  subj="ISBN field says 'invalid checksum' for a valid ISBN",
  trig="technical_issue",
  body="""\
Hi support,

When I enter my ISBN (978-1-7390-4412-6, bought from the national agency, I've checked the check digit by hand) into the paperback setup page, the form shows "Invalid checksum" and won't let me continue. The ebook setup page accepts the equivalent ebook ISBN fine.

Screenshot attached. Browser is Firefox on Windows, also tried Chrome.

Ivy
""", pack="mixed", attach="screenshot")

M(frm="Georgia Platt <georgia.platt@plattmail.example>",
  subj="wrong time in the reminder texts",
  trig="technical_issue",
  body="""\
hi! just a heads up, the reminder texts from your booking system are an hour off. mine said 3pm but my appointment in the app is 2pm (I rang to check). think its the clocks going back?? my friend got the same. thanks xx
""")

M(frm="Nora Healy <nora.healy@healyhome.example>",
  subj="Delivery failure of my parcel",
  trig="broken_promise",
  trap="looks_automated",
  note="DSN-like subject written by a human",
  body="""\
Hello,

Your email of last Thursday said my fancy-dress parcel (the Cleopatra costume for the museum gala) was "guaranteed for delivery by Saturday 1pm". It wasn't delivered Saturday. It wasn't delivered Monday. Tracking still says "label created".

The gala was Saturday night. I'd like my money back please.

Nora Healy
""")

M(frm="Events Desk <eventsdesk@grandlakehotel.example>",
  subj="[Ticket#44021] Inflatable hire for wedding fair - equipment fault",
  trig="high_value_order,technical_issue",
  trap="looks_automated",
  note="sent from the customer's ticketing system, but a human wrote the text",
  hdrs=[("X-Mailer", "Helpdesk Mailer (grandlakehotel.example)")],
  no_client=True,
  body="""\
--- Please reply above this line ---

Ticket #44021 - updated by Sinead Rourke (Events Manager)

Hello,

I'm writing to you from our ticket system, so please keep the ticket number in the subject when you reply.

We hired your full wedding-fair package for this weekend (two white castles, the bubble house, the generator and staff, contract BH-9931, total £5,860). The bubble house will not stay inflated - the blower trips the generator every few minutes - and your technician left site at noon saying he'd "get a part". The fair opens at 10 tomorrow.

Please confirm by 6pm what you are going to do.

Sinead Rourke
Events Manager, Grand Lake Hotel

Ticket status: Open | Priority: High | Queue: Events
""")

M(frm="Accounts <accounts@riversidedental.example>",
  subj="RE: Invoice 4471",
  trig="billing_dispute",
  trap="looks_automated",
  note="role address and a receipt-style opening, then a human dispute",
  body="""\
Good morning,

Thank you for your email. We have received your invoice no. 4471 dated 30 September.

However, the invoice charges us for 12 vertical blinds (12 x £89) while only 9 were fitted at our reception and surgeries - the three for the staff room were postponed at your fitter's suggestion and have not been fitted yet. Please issue a corrected invoice for 9 blinds, £801.

Kind regards,
Maria
Accounts, Riverside Dental Practice
""")

M(frm="Jake Ferris <jake.ferris@ferrismail.example>",
  subj="Re: your booking",
  trig="outage,technical_issue",
  trap="looks_automated",
  note="one-liner with a Sent-from-my-iPhone signature",
  client=("X-Mailer", "iPhone Mail (22B83)"),
  body="""\
Still down. Can't pay for the canoe hire, page just errors out for everyone here at the launch.

Sent from my iPhone
""")

M(frm="Pamela Hurst <pamela.hurst@hurstfamily.example>",
  subj="Re: Your request has been received",
  trig="legal_threat,technical_issue",
  trap="looks_automated",
  note="human reply to an auto-acknowledgement, opening with a form phrase",
  body="""\
Thank you for your email.

Unfortunately "your request has been received" is what you said on 2 May as well. The washer-dryer you "repaired" leaked again the same week, flooded my kitchen and ruined the laminate floor, and I have had no engineer, no refund and no reply.

I have now instructed a solicitor to recover the cost of the floor and the repair fee. You will hear from her.

Pamela Hurst
""")

M(frm="Gloria Ashby <gloria.ashby@ashbyhome.example>",
  subj="loyalty points gone after your 'upgrade'",
  trig="cancellation_threat,data_loss,manager_request,technical_issue",
  body="""\
Hello

Since your website changed over last week my loyalty balance says 0 points. It was 2,340 points, built up over about three years of buying all my Christmas presents from you, and I was going to use them next month. My past orders are missing from the account page as well.

I'd like a supervisor to look at this personally please, not another "we're aware of some display issues" reply. If the points aren't put back I'll close the account and shop elsewhere, simple as that.

Gloria Ashby
""")

M(frm="Theo Blackwood <theo@theoblackwoodbooks.example>",
  subj="Your converter corrupted my ebook",
  trig="data_loss,media_threat,technical_issue",
  body="""\
Hi,

Something in your EPUB conversion has mangled "The Cartographer's Daughter". Every italic is gone, the footnotes have been stripped out entirely and chapter 14 now ends mid-sentence. The DOCX I uploaded is fine - I've checked it three times. The file you're actually selling to readers is corrupted.

I'm already getting 1-star reviews saying the book is "unfinished". If I don't hear back today with a fix, I'll be explaining to my 12,000 newsletter subscribers and on Bluesky exactly why the book looks like that, and whose converter did it.

Theo Blackwood
""")

M(frm="Maureen Doherty <maureen.doherty@dohertyfamily.example>",
  subj="Head office address and a manager please",
  trig="corporate_contact_request,manager_request",
  body="""\
Good morning,

Following the business at your Bristol Airport desk on Sunday, where I was made to wait over two hours for a car I had booked and paid for, I would like the full postal address of your head office so that I can put my complaint in writing.

I would also like a senior manager to telephone me. I have had three different "customer care" emails and none of them has dealt with what actually happened. My number is 0117 555 0174.

Maureen Doherty (Mrs)
""")

M(frm="Alan Threlfall <alan.threlfall@westfield-gardens.example>",
  subj="Member portal down for a week - we won't be renewing",
  trig="cancellation_threat,executive_contact,outage,technical_issue",
  body="""\
Dear support,

The Westfield Gardens member portal has been unreachable since last Wednesday. Nobody on our committee can log in, members can't pay their plot rent online, and the page just says "Service temporarily unavailable". Your status page still says "all systems operational".

The committee met last night and agreed that we will not be renewing our contract with you in January. I have also written to your managing director to set out why.

Alan Threlfall
Chair, Westfield Gardens Allotment Society
""")

M(frm="Kerry Lomax <kerry.lomax@lomaxmail.example>",
  subj="want to speak to the Southside manager",
  trig="manager_request,media_threat,technical_issue",
  body="""\
hi

my daughter's party on sunday was a mess, the host didn't turn up for 20 mins, half the kids' guns didn't register hits and then we were rushed out for the next party. i want to speak to the manager of the southside arena please, not customer services.

if nobody calls me by wednesday it's going on the school parents facebook group, there's 600 of us on there and loads of them book parties with you.

Kerry
07700 555 0166
""")

M(frm="Simon Heller <simon.heller@hellerkitchen.example>",
  subj="Company address for chargeback",
  trig="billing_dispute,corporate_contact_request,repeat_contact",
  note="two unanswered emails plus this one: third contact",
  body="""\
Hello,

You charged me twice for the same sharpening order (KS-4603), £45 on the 2nd and £45 on the 3rd. Two emails about it have gone unanswered, so I'm raising a chargeback with my card provider.

Their form asks for your registered company address and company number. Please send both.

Simon Heller
""")
