"""heldout21: hand-written English customer mails carrying at least one trigger.

One dict per message. Fields: frm, subj, body, trig (sorted ids or '-'), trap, note,
optional pack (packaging hint), cc, att, reply. make_corpus.py only packages them.
"""

MESSAGES = [
dict(frm="Harriet Quill <harriet.quill@quillhouse.example>",
     subj="Wedding display 14 June - deposit still not back",
     trig="broken_promise,repeat_contact", trap="-", note="falconry; no-show, refund promised",
     body="""\
Hello,

I'm writing again about the falconry display we booked for our wedding on 14 June at Ashcombe Barn. Nobody turned up. We had 90 guests standing in a field waiting for a Harris hawk that never arrived.

When I phoned on the Monday after, a lady called Bev told me the £600 deposit would be refunded "within five working days". That was on 16 June. It is now 9 July. Nothing has come back.

This is the third time I've emailed about this, plus two phone calls. I'd just like the money returned please, and ideally an explanation of what happened.

Harriet Quill
"""),
dict(frm="Joost van Rijn <joost@vanrijn-kweek.example>",
     subj="after update all schedules are gone",
     trig="data_loss,technical_issue", trap="-", note="hydroponics; non-native English",
     body="""\
Good morning,

Yesterday evening the DoseMate controller made the firmware update by itself (version 3.2.1 i think). Since this moment all my dosing schedules are away. The 6 schedules for the tomato tables and also the EC calibration values. The app shows "No programs" only.

I did not make backup because i did not know this is necessary, nobody told. This was a lot of work, maybe 2 days to make it correct. Now the pumps do nothing and the plants are without nutrients.

Can you restore it from your cloud? The app is saying it syncs so it must be somewhere no?

Kind regards
Joost van Rijn
Kwekerij van Rijn
"""),
dict(frm="Dr Anthony Pellow <a.pellow@pellowfamily.example>",
     subj="Longcase clock - job 2291",
     trig="high_value_order,manager_request,technical_issue", trap="-", note="clock restorers; GBP 7,800 job; strike wrong",
     body="""\
Dear Sirs,

The eight-day longcase (Thomas Lister, Halifax, c.1780) was returned to us on Tuesday following the restoration you quoted at £7,800, which we paid in full in advance at your request.

On unpacking we found the hood glass cracked across the lower left corner, one of the brass finials missing altogether, and the strike is now sounding the wrong hour. Your driver left before we could open the crate.

I have tried to explain this to the young man who answers your telephone and I don't think he understood what a longcase clock is. I would like to discuss this with whoever actually runs the workshop, please. Not the front desk.

Yours faithfully,
Anthony Pellow
"""),
dict(frm="Rob Keddie <robkeddie@turnmail.example>",
     subj="jaw came off the 4-jaw chuck",
     trig="safety,technical_issue", trap="-", note="woodturning; chuck jaw failure",
     body="""\
hi

bought the CX100 scroll chuck from you in feb. tonight one of the jaws let go while i was roughing a bowl blank at about 1200rpm. the jaw AND the blank went across the shed and hit my lad (he's 15, was standing well back by the door) on the forearm. big bruise, hospital says no break thankfully.

the jaw screws were torqued right, i checked them before. i've stopped using it. is there a known problem with this batch?? i really want to know if other people have had this before someone gets properly hurt

photos available

rob
"""),
dict(frm="Margaret Olumide <m.olumide@wirelessmail.example>",
     subj="Bush DAC90 after your repair",
     trig="safety,technical_issue", trap="-", note="vintage radio; shock after repair",
     body="""\
Good afternoon,

You repaired my late father's Bush DAC90 last month (re-capped and new mains lead). Yesterday my husband touched the metal of the tuning knob spindle while it was switched on and got quite a nasty jolt up his arm. He is fine but shaken, it threw him back from the table.

It was never like that before it went to you. I've unplugged it and it's sitting in the hall. I really don't want anyone touching it. Could somebody tell me what has happened and arrange to collect it?

Margaret
"""),
dict(frm="Callum Birch <callum.birch@beardmail.example>",
     subj="Someone has been using my account",
     trig="billing_dispute,security_incident", trap="-", note="beard-care; account takeover",
     body="""\
Hi,

I got three order confirmations this morning from your shop for stuff I never ordered (2x Sandalwood Beard Balm 100ml, the big grooming kit, and a gift card). Delivery address is somewhere in Leeds I've never heard of. When I tried to log in my password didn't work anymore and the email on the account had been changed to something weird, I only got the confirmations because of the old address on the orders I think.

My card has been charged £89.40 for this. I did not make this order.

Please lock the account and refund it. I have reset my passwords elsewhere just in case.

Callum
"""),
dict(frm="Priya <priya.s@hopsmail.example>",
     subj="charged twice?",
     trig="billing_dispute", trap="-", note="microbrewery tap room; short",
     body="""\
Hey, closed my tab on Saturday night at the Northgate tap room (£38.50) and the app has taken it twice, both show as completed on my bank app not pending. Can you sort please

Priya
"""),
dict(frm="Glenys Atherton <glenys.atherton@seedlover.example>",
     subj="STILL being charged after cancelling",
     trig="billing_dispute", trap="-", note="bird-seed subscription; chargeback threat",
     body="""\
I cancelled my Garden Favourites box on 3 March. I have the confirmation email saying "your subscription has been cancelled". You have since taken £24.99 on 1 April and again on 1 May.

I don't want bird seed. I have a shed full of bird seed. I want the £49.98 back.

If it is not refunded by the end of next week I will ask my bank to reverse both payments.

G. Atherton
"""),
dict(frm="Mrs L. Pennock <office@stmarys-primary.example>",
     subj="Cannot get onto booking site at all",
     trig="outage,technical_issue", trap="job_title", note="puppet theatre; school office manager",
     body="""\
Good morning,

I'm the office manager at St Mary's Primary and I have been trying since Friday to book the Year 2 trip to your Christmas show. Every time I go to the booking page I get "503 Service Unavailable". I have tried on three different computers and on my phone, and a colleague at another school says the same is happening for her.

The head needs the booking confirmed by Wednesday for the risk assessment. Is there another way to book?

Many thanks,
Linda Pennock
Office Manager
St Mary's C of E Primary School
"""),
dict(frm="Tariq Hussain <tariq.hussain@roammail.example>",
     subj="How we were treated at your Bristol depot",
     trig="discrimination_harassment,severe_dissatisfaction", trap="-", note="roof-top tent rental",
     body="""\
I need to tell you about what happened on Saturday when we collected the roof tent at the Bristol depot.

The man who fitted it asked my wife, who wears a hijab, whether she "understood English" and then only spoke to me, even though the booking is in her name and she was the one asking questions. When she asked about the ladder he laughed and said something to his colleague about "people like them" and "camping in the desert". His colleague laughed too.

We have rented from you four times before and never had anything like this. I am honestly disgusted. My wife was in tears in the car. We still took the tent because we had a ferry to catch, but I want to know what you are going to do about this man.

Tariq Hussain
"""),
dict(frm="Sarah-Jane Coe <sj.coe@hoofandnail.example>",
     subj="can't log in for 3 days",
     trig="outage,technical_issue", trap="-", note="farrier booking app",
     body="""\
Hiya, the booking app hasn't let me in since Tuesday. It says "Something went wrong (500)" straight after I put my password in. Tried resetting the password and the reset link also gives a 500. The girls at the yard say theirs is doing it too so I don't think it's just me.

I need to book Monty's trim before the show on the 21st. Is there a number I can ring instead?

SJ
"""),
dict(frm="Owen Marchetti <owen.marchetti@curdmail.example>",
     subj="Cancelled course - refund",
     trig="broken_promise,regulatory", trap="-", note="cheese-making course; trading standards",
     body="""\
Hello,

You cancelled the Saturday "Soft Cheeses for Beginners" course on 8 March with two days' notice. On the phone I was promised a full refund of £145 "by the end of the month". It is now the middle of April and I have had nothing, not even a reply to my last email.

I have been patient. I've now filled in the online complaint form on the Citizens Advice site and they have passed it to Trading Standards. I'd still rather you just paid me.

Owen Marchetti
"""),
dict(frm="Nadia Brennan <nadia.brennan@coastaltravelweekly.example>",
     subj="Request for comment - Reef Explorer tour, 2 August",
     trig="media_threat", trap="-", note="snorkel tour; journalist inquiry",
     body="""\
Hello,

I'm a reporter with Coastal Travel Weekly. We're preparing a piece on the Reef Explorer afternoon tour of 2 August, after several passengers contacted us to say the boat left the snorkel site while two swimmers were still in the water.

I'd like to give your company the chance to respond. Specifically:
- Can you confirm the incident took place?
- What head-count procedures do your crews follow before leaving a site?
- Has anything changed since?

Our deadline is Thursday at 5pm. You can reply to this email or call me on 555-0148.

Best regards,
Nadia Brennan
Reporter, Coastal Travel Weekly
"""),
dict(frm="Paula Freeth <paula.freeth@agilityfamily.example>",
     subj="Messages from one of your judges to my daughter",
     trig="discrimination_harassment,manager_request", trap="-", note="dog-agility club",
     body="""\
Dear club secretary,

I'm sorry to have to write this. Since the Spring Open my daughter Ellie (17) has been getting private messages from one of the judges at that event. To begin with they were about her collie's contacts, which was fine, but they have got more and more personal. He has commented on her appearance, asked her to meet up "to work on her handling" without me, and when she stopped replying he sent her a message saying she'd "regret being rude to a judge". She is now frightened to enter the next show.

I have screenshots of all of it. I don't think this should be handled by the general inbox. Please pass this to the committee chair or whoever is responsible for safeguarding and have them contact me directly.

Paula Freeth
"""),
dict(frm="Jonathan Ashby-Reid <j.ashby-reid@northquaygroup.example>",
     subj="Great Hall booking 28 Nov - double booked?",
     trig="cancellation_threat,high_value_order", trap="-", note="medieval-banquet venue; corporate",
     body="""\
Hi there,

We signed the contract for the Great Hall on 28 November (140 covers, full banquet with jousting interlude, total €14,500 of which we've paid the €4,350 deposit). Yesterday a colleague saw the same date advertised on your site as a public "Knights' Feast" night.

Nobody has been able to tell me whether our booking still stands. I've had one holding reply. Our staff invitations go out on Monday.

I need written confirmation by Friday that the hall is ours exclusively as per the contract. Otherwise we will move the event to another venue and expect the deposit back.

Regards,
Jonathan Ashby-Reid
Events Lead, Northquay Group
"""),
dict(frm="Dean Whitlock <dean@whitlockgrows.example>",
     subj="LED panel caught fire",
     trig="safety,technical_issue", trap="-", note="hydroponics; grow light",
     body="""\
The 600W LumaGrow panel I bought from you in January started smoking last night and the driver box actually had flames coming out of it. Smoke alarm went off at 3am. I got it unplugged and put it out with the extinguisher. The tent is scorched and the ceiling above is black.

It was hung exactly as per the manual with plenty of clearance. Nothing else on that circuit.

This could have burned the house down with my family in it. I need to know if this is a known issue and what you're doing about it. I have kept the unit.

Dean Whitlock
555-0172
"""),
dict(frm="Kirsty Adair <kirsty.adair@mailbox.example>",
     subj="your beard oil burned my boyfriends face",
     trig="media_threat,safety", trap="-", note="beard-care; skin burn",
     body="""\
I bought the Cedar & Clove beard oil as a birthday present. My boyfriend used it twice and his skin is red raw and blistered under the beard, the GP said it looks like a chemical burn and asked what was in it. The bottle says "100% natural" but clearly something in there is way too strong.

Honestly I'm shocked. You need to take it off sale.

I run a grooming page with about 40k followers and I've been recommending you for a year. If I don't get a proper response I'll be posting the photos and telling people exactly what happened.

Kirsty
"""),
dict(frm="Edmund Gracey <edmund.gracey@horologymail.example>",
     subj="Name and address of your managing director",
     trig="corporate_contact_request,executive_contact", trap="-", note="clock restorers",
     body="""\
Good morning,

Further to my telephone call, I would be grateful if you could send me the name and direct email address of your managing director, together with the postal address of your registered office. I intend to write to him personally regarding the condition in which my bracket clock was returned.

Please do not send me to the general complaints form again.

E. Gracey
"""),
dict(frm="Mike Tanaka <miket@lathelife.example>",
     subj="suggestion for the website",
     trig="feature_request", trap="-", note="woodturning webshop; polite",
     body="""\
Hi folks,

Love the shop, been buying blanks from you for years. One thing that would make my life easier: could you add a filter by wood species and by size on the bowl blanks page? At the moment I scroll through 14 pages to find the spalted beech ones. Also a wishlist would be handy so I can save things until payday.

Keep up the good work
Mike
"""),
dict(frm="Reginald Soames <reg.soames@oldsetmail.example>",
     subj="Ekco AD65",
     trig="broken_promise,repeat_contact", trap="-", note="vintage radio repair; overdue",
     body="""\
Dear Sir or Madam

My Ekco AD65 was handed in to you on 2 April. I was told 6 to 8 weeks. At the end of May I was told "end of June at the latest, we will ring you the moment it is ready". No one rang. In July I rang and was told someone would call me back the same afternoon. No one did.

I have telephoned four times now and this is my second letter by email. I am 81 and I do not find this easy. I would simply like to know whether the set has been repaired and when I may collect it.

Yours faithfully
Reginald Soames
"""),
dict(frm="Bernadette Kilroy <bernie.kilroy@finchfan.example>",
     subj="Fwd: my complaint - now with your CEO",
     trig="executive_contact,severe_dissatisfaction", trap="-", note="bird-seed subscription; subject is customer's own words apart from Fwd",
     body="""\
I've now forwarded this entire thread to Gillian Marsh, who I understand is your chief executive, because frankly nobody in your customer service team seems capable of reading.

Eight weeks. Three boxes of mouldy niger seed. Two "sorry to hear that" emails. Zero replacements.

It is a disgrace and I'm embarrassed I recommended you to my bird club.

Bernadette Kilroy
"""),
dict(frm="Aleksander Wiśniewski <a.wisniewski@puppetfan.example>",
     subj="subtitles",
     trig="feature_request", trap="-", note="puppet theatre; non-native English",
     body="""\
Hello

My son is deaf and we like your theatre very much. Please is it possible to add in booking form the option to ask for performance with captions or sign language? Now I must write email every time and I never know which shows have it. Maybe also a symbol in program which shows are with captions.

Thank you very much
Aleksander
"""),
dict(frm="Ben Okoro <ben.okoro@pintmail.example>",
     subj="Mug club stamps disappeared",
     trig="data_loss,technical_issue", trap="-", note="tap room loyalty app",
     body="""\
Hi,

After I updated the Tapline app yesterday my loyalty card reset to 0/10. I had 9 stamps, literally one pint away from the free one lol. My visit history is also empty, it goes back to nothing.

Not the end of the world but a bit gutting. Can you put them back? Screenshot from last week attached showing 9/10.

Ben
""", pack="mixed"),
dict(frm="Fiona Garrow <fiona.garrow@garrowfam.example>",
     subj="Blue Lagoon tour 19 July - my son",
     trig="legal_threat,safety,severe_dissatisfaction,technical_issue", trap="-", note="snorkel tour; near drowning; broken vest valve",
     body="""\
I am still shaking writing this.

On the Blue Lagoon tour on 19 July your guide took the group out to the outer reef even though the sea was visibly rough and two of the parents asked him not to. My son Louis (11) was given a buoyancy vest that would not inflate — the valve was broken — and he was pulled under by the swell. Another passenger got to him before your guide did. He swallowed a lot of water and spent the night in hospital under observation.

Nobody from your company has even asked how he is. The skipper's attitude on the boat was that we were making a fuss.

This is utterly unacceptable. I have spoken to a solicitor this morning and she will be writing to you. Please preserve all records of that trip including the equipment log.

Fiona Garrow
"""),
dict(frm="Colin Asante <colin.asante@collieclub.example>",
     subj="Membership list sent to everyone?!",
     trig="regulatory,security_incident", trap="-", note="dog-agility club; personal data leaked by mail",
     body="""\
Hello

Just received the "Summer Newsletter" email from the club and attached to it was a spreadsheet with the whole membership list - names, home addresses, mobile numbers, dates of birth, and even the notes column saying who's behind on fees. I assume this went to all ~300 members.

Please recall/delete it and let people know. Some of our members have very good reasons for not wanting their address shared.

To be clear, this is a serious GDPR breach and unless I see the club dealing with it properly I will report it to the ICO myself.

Colin Asante
"""),
dict(frm="Natalie Pryce <nat.pryce@vanlifemail.example>",
     subj="Deposit deductions - booking RT-4471",
     trig="billing_dispute", trap="-", note="roof-top tent rental",
     body="""\
Hi there,

I've just had my deposit refund for the Skycamp 2.0 rental (5–12 May) and £180 has been kept back as a "damage and cleaning fee".

The only damage I can see in your photos is the scuff on the ladder foot, which was there at collection — it's on the check-out sheet your colleague signed, I have a photo of it. The tent was returned dry and clean.

Please refund the £180. I'm happy to send the check-out sheet again.

Thanks,
Natalie
"""),
dict(frm="Gareth Llewellyn <gareth@llewellynstables.example>",
     subj="Shoeing on Thursday",
     trig="manager_request", trap="-", note="farrier; wants owner",
     body="""\
Morning,

Your apprentice did my mare on Thursday and she's been footy on the near fore ever since, pulled the shoe myself this morning and the nail was way too close. Vet's been out.

I'm not going through the office on this one. I'd like the senior farrier, Steve, to ring me please. He's got my number.

Gareth
"""),
dict(frm="Ines Barclay <ines.barclay@mailpost.example>",
     subj="videos in module 3 won't play",
     trig="feature_request,technical_issue", trap="-", note="cheese-making online course",
     body="""\
Hello!

I'm doing the online Hard Cheeses course and none of the videos in Module 3 (Cheddaring) will play. I just get a black box and "Error code: 224003". Modules 1 and 2 work fine. Tried Chrome and Safari.

Also, a small wish while I'm here: it would be lovely if you could add printable recipe cards for each module. I keep pausing the video to scribble down temperatures.

Thanks, loving it so far otherwise!
Ines
"""),
dict(frm="Philippa Drummond <p.drummond@halbergconsult.example>",
     subj="Invoice INV-0934 - corporate away day",
     trig="billing_dispute,high_value_order", trap="-", note="falconry display; GBP 6,250 invoice",
     body="""\
Dear accounts team,

We have received invoice INV-0934 for £6,250.00 covering the falconry display and hands-on session at our away day on 12 September.

As your team will be aware, the display was cut from the contracted 90 minutes to around 25 because two of the birds "weren't flying well in the wind", and the hands-on session for our 60 staff didn't happen at all. We raised this on the day with the lead falconer.

We won't be paying the invoice in its current form. Please issue a corrected invoice reflecting what was delivered. Until that is resolved the matter sits with me.

Kind regards,
Philippa Drummond
Operations Director, Halberg Consulting
"""),
dict(frm="Stuart Fenwick <stu.fenwick@leafyacres.example>",
     subj="nutrients order late again",
     trig="cancellation_threat", trap="-", note="hydroponics; switching supplier",
     body="""\
Hi,

Third month in a row that the standing order for A+B nutrients has arrived a week late. I run a small salad business, I can't plan around this.

I've had a quote from GreenRack and honestly I'm going to move the account over to them from next month. Shame, because your products are good.

Stuart
"""),
dict(frm="Jamie Lowther <jamie@lowther-barbers.example>",
     subj="Out of office until Friday - but my order has been charged twice",
     trig="billing_dispute", trap="looks_automated", note="beard-care; customer's own OOO note then complaint",
     body="""\
Hi,

I'm out of the shop until Friday 14th with limited access to email. For urgent bookings please call the shop on 555-0119.

BUT before I go — order #BC-20331 (6x Barber's Blend beard wash for the shop) has been taken from our business card twice, £71.70 each time, 3 minutes apart. Only one order in my account. Please refund the duplicate, I'll check when I'm back.

Jamie
Lowther's Barbers
"""),
dict(frm="Megan Ashdown <megan.ashdown@ashdownevents.example>",
     subj="Auto: Out of the office",
     trig="broken_promise", trap="looks_automated", note="tap room event booking; OOO opener",
     body="""\
I am out of the office until 12 May, but I didn't want to leave this any longer.

On 22 April your events manager Josh promised to call me back "first thing tomorrow" with the final price for the brewery tour + private hire on 7 June. He didn't. I emailed on the 25th and was told he'd be in touch that day. Nothing.

I'm back on the 12th. If a quote is in my inbox then, great.

Megan Ashdown
"""),
dict(frm="Trevor Hales <trevor.hales@birdtablemail.example>",
     subj="Undeliverable?",
     trig="repeat_contact", trap="looks_automated", note="bird-seed; human subject that looks like a bounce",
     body="""\
Are my emails to you undeliverable or are you just ignoring them?

This is the third time I'm writing about box no. 48812. The bag of suet pellets split in transit and the whole box was covered in grease. I sent photos on the 2nd and again on the 9th.

Trevor Hales
"""),
dict(frm="Andrea Kolar <andrea.kolar@mailhub.example>",
     subj="Delivery failure of my parcel",
     trig="manager_request", trap="looks_automated", note="hydroponics; human subject that looks like a DSN",
     body="""\
Hello,

The courier marked my parcel (order HY-77812, the 12L circulation pump) as "delivery failed - address not found" and sent it back to you. The address is correct, it's the same one you've delivered to five times before.

Your colleague on chat told me I have to pay shipping again. I'm not doing that when it was your courier's mistake. Please can a supervisor look at this and get back to me, I don't want to go round in circles with the chat.

Andrea Kolar
"""),
dict(frm="Lorna Beattie <lorna.beattie@nestbox.example>",
     subj="Automatic reply from your system was useless",
     trig="billing_dispute", trap="looks_automated", note="bird-seed; complains about desk autoreply",
     body="""\
Your automatic reply told me to "check our FAQ for quick answers". The FAQ does not explain why I have been charged £34.99 twice for the same quarterly box (1 June, both payments on my statement, reference BS-Q2-10293).

Please refund one of them. A human reply would be nice this time.

Lorna
"""),
dict(frm="Victor Amankwah <victor.amankwah@valvesound.example>",
     subj="Read: Your repair estimate RE-5520",
     trig="high_value_order", trap="looks_automated", note="vintage radio; 'Read:' subject used by a human",
     body="""\
Yes I've read it. Several times.

You quoted £5,400 for the full restoration of the Marconi 1930s radiogram, I paid half up front in March. Now five months later the estimate says the turntable motor "cannot be sourced" and the cabinet work hasn't started. The set has been sitting in bits on your bench since spring from what your colleague said.

I need a plan with dates, or the set back in one piece and a conversation about the money. Please call me, 555-0163.

Victor Amankwah
"""),
dict(frm="Hamish Dunbar <hamish.dunbar@glenmail.example>",
     subj="Fwd: Undelivered Mail Returned to Sender",
     trig="regulatory,severe_dissatisfaction", trap="looks_automated", note="cheese course; forwards a bounce, complains on top",
     body="""\
This is what I get when I write to the complaints address on your website. See below.

So your complaints address doesn't exist, your phone goes to voicemail, and you still have my £210 for a course you cancelled. It's an absolute disgrace. I've had enough — I'm reporting you to Trading Standards today.

Hamish Dunbar

---------- Forwarded message ---------
From: Mail Delivery System <MAILER-DAEMON@mx.example.test>
Date: Tue, 3 Jun 2025 at 09:14
Subject: Undelivered Mail Returned to Sender
To: <hamish.dunbar@glenmail.example>

This is the mail system at host mx.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<complaints@example.test>: host mx1.example.test[192.0.2.25] said:
    550 5.1.1 <complaints@example.test>: Recipient address rejected:
    User unknown in virtual mailbox table
"""),
dict(frm="Accounts <accounts@brightwellschool.example>",
     subj="RE: Thank you for your email",
     trig="billing_dispute", trap="looks_automated", note="cheese course; 'we have received your invoice' opener",
     body="""\
Thank you for your email. We have received your invoice no. 4471.

However, the amount is not correct. Invoice 4471 charges for three places on the 17 May workshop at £295 each (£885). We booked and confirmed two places only — see the booking confirmation from 2 April. Please issue a corrected invoice for £590; we cannot process 4471 as it stands.

Kind regards
Sandra Yeo
Accounts Assistant
Brightwell School
"""),
dict(frm="Dan Whitcombe <dan@hawksmoor-falconry.example>",
     subj="[HF-Support #20931] Booking widget down - all customers affected",
     trig="outage,technical_issue", trap="looks_automated", note="falconry; customer's ticket system, human text",
     hdrs=[("X-Mailer", "HelpDeskPro 7.2 (ticket notifications)")],
     body="""\
##- Please type your reply above this line -##

Ticket #20931 has been created by Dan Whitcombe.

Dan Whitcombe (Hawksmoor Falconry)
10:42

Hi, Dan here at Hawksmoor — logging this in our system so I don't lose track of it, and sending it on to you.

The booking widget you provide for our website has been throwing "502 Bad Gateway" for every single visitor since about 8am. It's not just our site either, I checked two other falconry centres that use your widget and theirs are the same. We've lost a full morning of summer-holiday bookings.

Can you let me know when it's back up?

Dan

--
You are receiving this because you are a participant on ticket #20931.
Hawksmoor Falconry Centre | Powered by HelpDeskPro
"""),
dict(frm="Graham Royle <graham.royle@mobilemail.example>",
     subj="Re: Your cancellation request",
     trig="cancellation_threat,severe_dissatisfaction", trap="-", note="beard-care subscription; terse from phone",
     reply=True,
     body="""\
Yes. Cancel it. Worst company I've ever dealt with.

Sent from my iPhone
"""),
dict(frm="Ruth Callaghan <ruth.callaghan@bracketmail.example>",
     subj="Pendulum bob",
     trig="legal_threat", trap="-", note="clock restorers; solicitor instructed",
     body="""\
Dear Mr Corley,

As you know, the original pendulum bob from my French four-glass clock was not returned with the clock in February, and your workshop has since told me it "cannot be found". It is a period part and irreplaceable.

Since my letter of 3 March has not been answered I have now instructed a solicitor, who will be writing to you separately. Please direct any further correspondence about this to her.

Ruth Callaghan
"""),
dict(frm="Pavel Novak <pavel.novak@campermail.example>",
     subj="cleaning fee 420 pound NOT OK",
     trig="billing_dispute,legal_threat", trap="-", note="roof-top tent; non-native, small claims",
     body="""\
Hello,

You take 420 pound from my card for "deep cleaning" of the roof tent. The tent was clean when I give it back, your worker say "all good" and sign the paper. Now after 2 weeks suddenly 420 pound? This is not serious.

I want my money back complete. If not i go to small claims court, I already check how it works in UK, it is not expensive for me.

Pavel Novak
"""),
dict(frm="Darlene Pruitt <dpruitt@hummingbirdhaven.example>",
     subj="Complaint filed",
     trig="billing_dispute,regulatory,repeat_contact", trap="-", note="bird-seed; US, CFPB; called twice before",
     body="""\
To whom it may concern,

I cancelled my Songbird Select subscription online on January 28 and got a confirmation number (SS-CX-11842). On February 15 you charged my credit card $59.97 for a three-month renewal anyway.

I called twice and was told the cancellation "didn't go through". I have the confirmation email.

I have filed a complaint with the Consumer Financial Protection Bureau and with my state attorney general's office. I expect the charge to be reversed.

Darlene Pruitt
Tulsa, OK
"""),
dict(frm="Oliver Strand <oliver.strand@mailnest.example>",
     subj="Why am I getting marketing from other companies?",
     trig="regulatory", trap="-", note="beard-care; alleges GDPR violation",
     body="""\
Hi,

I bought one beard comb from you in November, with all the marketing boxes unticked (I always untick them). Since December I've had emails from three different "partner brands" quoting my order and my first name, and one of them says in the footer that my details were "provided by BeardCo".

That's not consent. That is a straightforward breach of GDPR. Tell me who you've shared my data with and delete it from their systems, or I'll take it to the Information Commissioner.

Oliver
"""),
dict(frm="Siobhan Maguire <siobhan.maguire@eirmail.example>",
     subj="Refund for cancelled Sunday matinee - can someone senior look at this",
     trig="manager_request", trap="-", note="puppet theatre; refund loop",
     body="""\
Hello,

Three tickets for the 11 May matinee of "The Owl and the Pussycat", cancelled by you on the day (I understand, illness happens). Your website says cancelled shows are refunded or exchanged, and I asked for a refund.

Since then, Tom from your box office has sent me the same paragraph about vouchers twice. I don't want a voucher, we're moving to Cork in the summer.

Could somebody more senior please look at this and make a decision? Thank you.

Siobhan
"""),
dict(frm="Keith Barraclough <keith.barraclough@turningpoint.example>",
     subj="Registered office address",
     trig="corporate_contact_request,legal_threat,technical_issue", trap="-", note="woodturning; letter before action; faulty bandsaw",
     body="""\
Please confirm your company's registered office address and the full legal name of the company. I'll be sending a letter before action regarding the faulty bandsaw (order WT-55102) by recorded delivery and want to make sure it goes to the right place.

K. Barraclough
"""),
dict(frm="Annette Lowry <annette.lowry@lowrymail.example>",
     subj="head office number please",
     trig="corporate_contact_request", trap="-", note="medieval banquet venue",
     body="""\
Hi,

could you give me the phone number for your head office please? Not the booking line, I've been on hold with that for an hour twice this week. I need to talk to someone at head office about the Valentine's feast (half our party got the wrong menu and two of them are vegan).

Annette
"""),
dict(frm="Declan Moyes <declan.moyes@divemail.example>",
     subj="Lost camera on the Manta Point trip - CEO copied",
     trig="executive_contact,repeat_contact", trap="-", note="snorkel tour; cc CEO; two earlier emails",
     cc=["Ray Harrow <ray.harrow@example.test>"],
     body="""\
Hi,

I've copied in Ray Harrow, your CEO, because my last two emails have gone unanswered.

On the Manta Point trip on 3 March the crew took our cameras in a dry bag "for safekeeping" while we snorkelled. When the bag came back my GoPro wasn't in it. The skipper said he'd look into it.

I'd like the camera replaced or its value (£379) refunded.

Declan Moyes
"""),
dict(frm="Helen Strachan <helen.strachan@hs-consult.example>",
     subj="still waiting",
     trig="broken_promise,executive_contact", trap="-", note="microbrewery; messaged founder on LinkedIn",
     body="""\
Hi,

Your manager at the Canal Street tap room told me on 4 April that the £160 I paid for the cancelled tasting evening would be back in my account within a week. It's May.

I have now also sent a message to your founder, Mr Okafor, on LinkedIn, and I'll keep doing that until someone sorts it.

Helen
"""),
dict(frm="Chris Tolley <chris.tolley@pintpost.example>",
     subj="Login from Lisbon??",
     trig="security_incident", trap="-", note="tap room app; suspicious login",
     body="""\
Just got a "new sign-in to your Tapline account" email - device: Windows PC, location Lisbon, Portugal. I'm in Sheffield and I've never been to Portugal. I've changed my password but the app also shows a saved card on the account so I'm worried.

Can you check what they did and kill any sessions?

Chris
"""),
dict(frm="Marjorie Finlay <marjorie.finlay@robinmail.example>",
     subj="Email from you asking for card details",
     trig="security_incident", trap="-", note="bird-seed; phishing sent from company",
     body="""\
Dear Seed Club,

This morning I received an email that appeared to come from your address (it had your logo and my subscription number) saying my payment had "failed" and asking me to re-enter my card details on a link. I very nearly did. My grandson looked at it and says the link goes to a strange website.

How did they get my subscription number? I'm worried my details have been taken from you. My neighbour, who is also a member, got one too.

Marjorie Finlay
"""),
dict(frm="Ruth Abernethy <ruth.abernethy@curdnerd.example>",
     subj="all my notes gone from the course portal",
     trig="data_loss,technical_issue", trap="-", note="cheese-making online course",
     body="""\
Hi there,

I logged into the course portal this evening and my progress has reset to 0% on all three courses, and all the notes I'd typed into the "My notes" box under each lesson are gone. That was months of notes on my washed-rind experiments — pH readings, timings, everything.

I didn't delete anything. Is there a backup? Please tell me there's a backup.

Ruth
"""),
dict(frm="Tom Hendry <secretary@moorlandagility.example>",
     subj="Regional show entries have vanished",
     trig="data_loss,technical_issue", trap="job_title", note="dog-agility entry system; club secretary role",
     body="""\
Hello,

I'm club secretary for Moorland Agility. On Sunday I entered 64 dogs for the Northern Regional on the entry system, paid, and got the confirmation email with the entry list.

Today the system shows our club with 0 entries, the payment shows as "unknown", and when I try to re-enter, the classes are full. The confirmation email is all I have.

Entries close Friday. Please can someone restore them.

Tom Hendry
Secretary, Moorland Agility Club
"""),
dict(frm="Priyanka Das <priyanka.das@hydrogardens.example>",
     subj="Nobody in our growers group can pay on your site",
     trig="outage,technical_issue", trap="-", note="hydroponics webshop; payment down",
     body="""\
Hi,

Checkout is broken for everyone — the card payment page just spins and then says "Payment provider unavailable, try again later". I've tried since yesterday lunchtime, and three other people from our growers' WhatsApp group have had exactly the same. PayPal option gives the same message.

We're trying to place a group order for the autumn. Is the payment system down?

Priyanka
"""),
dict(frm="Jess <jess.m@quickmail.example>",
     subj="site down?",
     trig="outage,technical_issue", trap="-", note="falconry booking portal; one-liner",
     body="""\
your booking site has been down all morning, just a white page with "error establishing a database connection". is it just me?
"""),
dict(frm="Len Prosser <len.prosser@shavingsmail.example>",
     subj="£64 shipping on a £12 order??",
     trig="billing_dispute", trap="-", note="woodturning; wrong shipping charge",
     body="""\
Ordered one tin of sanding sealer (£12.49) and got charged £64.00 shipping. Your site says free UK shipping over £50 and £4.95 under that. I'm in Derby not the Outer Hebrides. Please refund the difference, order WT-60933.

Len
"""),
dict(frm="Maeve Corrigan <maeve.corrigan@hopheads.example>",
     subj="Mug Club renewal",
     trig="cancellation_threat", trap="-", note="tap room; conditional non-renewal",
     body="""\
Hi guys,

Love the beer, love the staff, but the Mug Club perks have basically disappeared this year: no members' night since February, the "first pour of every new release" thing hasn't happened once, and the mugs still aren't on the hooks at Canal Street.

I paid £60 for this. If it's still like this in September I won't be renewing, and I know a few others at my table feel the same.

Maeve
"""),
dict(frm="Beverley Sutcliffe <bev.sutcliffe@familymail.example>",
     subj="Saturday's show",
     trig="media_threat", trap="-", note="puppet theatre; review threat",
     body="""\
We brought our two little ones to the 2pm show on Saturday. It started 40 minutes late, the heating was off (the kids kept their coats on the whole time), and the usher was quite short with us when we asked what was happening.

I wanted to email before I write my review. Unless someone gets back to me I'll be putting all of this on Tripadvisor and on the local parents' Facebook group, which has about 6,000 members.

Beverley
"""),
dict(frm="Wes Calloway <wes@calloway-turning.example>",
     subj="Lathe motor dead after 6 weeks",
     trig="media_threat,technical_issue", trap="-", note="woodturning; youtuber",
     body="""\
Hey,

The VS-1600 lathe I bought in March has died. Motor hums, doesn't turn, the speed display flashes E-04. Six weeks old. I've done everything in the troubleshooting section of the manual.

I run a woodturning channel (about 80k subscribers) and the lathe has been in my last several videos. I'd rather sort this quietly, but if I'm waiting weeks for a warranty repair I'm going to have to explain to my viewers why I'm not turning, and I'll be honest about why.

Wes Calloway
"""),
dict(frm="Imogen Thwaite <imogen.thwaite@mailbag.example>",
     subj="What happened to my brother at the door",
     trig="discrimination_harassment,severe_dissatisfaction", trap="-", note="medieval banquet; wheelchair user refused",
     body="""\
We booked a table for six at the Saturday Feast for my dad's 70th. When we arrived the man on the door took one look at my brother, who uses a wheelchair, and said the Great Hall "wasn't suitable" and that "he'd be in the way of the serving wenches". We offered to sit at the end near the door. He said no and that we could have a table in the bar area instead.

There was a ramp. There was space. We had told you about the wheelchair when we booked.

I'm disgusted. My brother has been turned away from enough places in his life without it happening at his own father's birthday. I want an explanation and an apology, in writing.

Imogen Thwaite
"""),
dict(frm="Caroline Ashworth <caroline.ashworth@equinemail.example>",
     subj="comments from your farrier",
     trig="discrimination_harassment", trap="-", note="farrier; sexist remarks",
     body="""\
Hello,

I've used your farriery service for two years without complaint, but the new farrier who covers the Tuesday round has made comments to me at every visit since April that I'm no longer prepared to put up with. Things like horses being "too much animal for a girl", that I should "get my husband to hold him", and last week, in front of my livery clients, that women "shouldn't be running yards".

I'd like someone else to shoe my horses from now on, and I'd like to know that this is being dealt with, because I doubt I'm the only one.

Caroline Ashworth
"""),
dict(frm="Rachel Ng <rachel.ng@sunmail.example>",
     subj="your guide Kai",
     trig="discrimination_harassment", trap="-", note="snorkel tour; guide contacting customer's daughter",
     body="""\
Hi,

My daughter (19) and I did the sunset snorkel on Friday. The guide, Kai, asked for her number "to send her the photos" and since then he has sent her over thirty messages, including ones at 2am asking where she's staying and saying he'll "come find her". She's blocked him and now he's messaging her on Instagram.

We're here for another week and she's scared to leave the apartment on her own. Please deal with this today.

Rachel Ng
"""),
dict(frm="Phil Brannigan <phil.brannigan@overlandmail.example>",
     subj="Phone call with your depot this morning",
     trig="discrimination_harassment,manager_request", trap="-", note="roof-top tent; threatened by staff on phone",
     body="""\
This morning I rang the Exeter depot to ask why my tent wasn't ready for collection. The man who answered (wouldn't give his name) swore at me, called me a "f***ing time waster" and said that if I turned up at the depot "you'll get what's coming". Then he hung up.

I've rented from you for three summers. I'm not setting foot in that depot again. I want to speak to whoever manages the depots — please have them call me on 555-0128 today.

Phil Brannigan
"""),
dict(frm="Lucy Farrant <lucy.farrant@chalkmail.example>",
     subj="glass in my pint",
     trig="safety", trap="-", note="tap room; glass shard",
     body="""\
Hi, I was at the Foundry tap room on Thursday evening and there was a sliver of glass in my pint of the Saison. Found it when it cut my lip, bled quite a bit. The bar staff were nice about it and gave me another drink but I don't think anyone checked the rest of the glasses or the tap. It was about 1cm long. I kept it in a napkin if you want it.

Please check your glass washer or whatever caused it, could've been a lot worse if a kid had been sipping from it (there were families in)

Lucy
"""),
dict(frm="Aidan Mulholland <aidan.mulholland@feedermail.example>",
     subj="Sunflower hearts recall - why didn't you tell us?",
     trig="safety", trap="-", note="bird-seed subscription; recall",
     body="""\
Hi,

I saw in the news that Harvest Meadow sunflower hearts, batch codes starting HM24, have been recalled because of salmonella contamination. I've just checked my last two boxes from you and both bags are HM24-something.

My kids fill the feeders and they've been handling that seed every day. You must have known about this recall. Why has nobody contacted subscribers? What should I do with the bags, and have you stopped sending them?

Aidan Mulholland
"""),
dict(frm="Sandra Kerr <sandra.kerr@roadtripmail.example>",
     subj="Ladder collapsed - husband in A&E",
     trig="safety,severe_dissatisfaction,technical_issue", trap="-", note="roof-top tent rental; ladder lock failed, injury",
     body="""\
The telescopic ladder on the Skycamp tent we rented collapsed on the second night while my husband was climbing down. The locking collar on the third section just gave. He fell about five feet onto gravel and has a broken wrist.

When I rang your emergency number the person said "they do that sometimes if you don't click them in properly". He DID click them in. If they "do that sometimes" why are you still renting them out?

I am absolutely livid. We've had to cut the holiday short. I'll be sending the ladder back with the tent and I expect you to look at it properly.

Sandra Kerr
"""),
dict(frm="Naomi Fletcher <naomi.fletcher@parentpost.example>",
     subj="Smoke effect at the Sunday show",
     trig="safety", trap="-", note="puppet theatre; smoke machine",
     body="""\
Dear Puppet Barn,

At the 11am Sunday show the dragon scene used a smoke machine that filled the front rows completely. Nobody warned us beforehand. My son, who has asthma, started wheezing badly and we had to take him out and use his inhaler twice. Another child near us was coughing and crying too.

Please put a warning on the booking page and at the door, and think about whether you need that much smoke in a room full of toddlers.

Naomi Fletcher
"""),
dict(frm="Ged Harkness <ged.harkness@dairyfolk.example>",
     subj="Burn at Saturday's mozzarella class",
     trig="safety", trap="-", note="cheese-making course; scalding",
     body="""\
Hello,

On Saturday's mozzarella class the water bath on station 4 was balanced on a wobbly camping stove. When we were stretching the curd it tipped and about a litre of 80°C water went over my hand and forearm. The tutor ran it under the tap, which was right, but there was no first aid kit in the room and I ended up at the minor injuries unit with second-degree burns.

I'm not writing to make a fuss, I just don't want the next person to get worse. That setup isn't safe.

Ged
"""),
dict(frm="Yvonne Pickles <yvonne.pickles@stablemail.example>",
     subj="Re: Shoe reset",
     trig="broken_promise", trap="-", note="farrier; no-show",
     body="""\
You said you'd come back Thursday to reset the front shoe on Bramble. I was at the yard from 8 till 2. Nobody came, nobody rang.

When are you actually coming?

Yvonne
"""),
dict(frm="Luke Fairbrother <luke.fairbrother@mailpoint.example>",
     subj="replacement beard trimmer",
     trig="broken_promise,technical_issue", trap="-", note="beard-care; replacement for faulty trimmer promised on chat",
     body="""\
hi, on your chat last Monday (ref CH-8823) Amy told me the replacement for my faulty trimmer would be dispatched "today, Monday" and I'd get tracking by email. It's Friday, no tracking, order still says "processing". Can you check what happened please
"""),
dict(frm="Hugh Pemberton <hugh.pemberton@bracketclock.example>",
     subj="Fourth email - bracket clock estimate",
     trig="broken_promise,repeat_contact", trap="-", note="clock restorers; promised estimate",
     body="""\
Dear Sir,

I keep contacting you and I keep receiving nothing. This is my fourth email since 10 March asking for the written estimate you promised for my bracket clock (I also left a voicemail).

Either send the estimate or tell me you're not taking on the work, and I will collect the clock.

H. Pemberton
"""),
dict(frm="Erik Lindqvist <erik.lindqvist@nordgrow.example>",
     subj="pH sensor - third try",
     trig="repeat_contact,technical_issue", trap="-", note="hydroponics; non-native English",
     body="""\
Hi,

This is now my third attempt to get help on this. The pH probe of the AquaSense kit reads 9.8 in fresh calibration solution pH 7.0. I did the 2-point calibration like the manual three times. Also tried with new solution. The reading jumps between 9.2 and 10.4 every few seconds.

Last two times I got answer "please calibrate" - I did that!! Please can a technician look at it or send a new probe.

Erik
"""),
dict(frm="Monique Delacroix-Hart <m.delacroixhart@brightpathteam.example>",
     subj="Contract BR-2025-07 - wrong dates",
     trig="broken_promise,high_value_order", trap="-", note="snorkel tour; USD 18,200 corporate retreat; fix promised",
     body="""\
Hi,

We received the contract for our team's three-day snorkel retreat (48 people, total $18,200) and it has the dates as 14–16 October. We booked 4–6 October, which is what the quote and your emails say. We've already paid the 30% deposit ($5,460).

I raised this last week with your sales rep and was told it would be "fixed in the system", but the countersigned copy still has the wrong dates and our flights are booked for the 4th. I need a corrected contract before I can release the next payment.

Monique Delacroix-Hart
People & Culture, BrightPath
"""),
dict(frm="Stefan Weber <stefan.weber@weber-drechsel.example>",
     subj="Order 81127 - wrong motor voltage",
     trig="high_value_order", trap="-", note="woodturning; EUR 7,950 lathe; German customer in English",
     body="""\
Dear team,

The DL-2200 industrial lathe from order 81127 (EUR 7,950 incl. delivery) arrived yesterday at our workshop. The motor plate says 110 V / 60 Hz. We ordered the 230 V / 50 Hz version for Germany, this is also on the order confirmation.

We cannot use it like this. The lathe is still on the pallet. Please tell me how you want to solve this: exchange of the motor, or take back the complete machine. We have customer orders waiting.

Best regards
Stefan Weber
Weber Drechslerei
"""),
dict(frm="Kev Brindley <kev.brindley@speedymail.example>",
     subj="WHERE IS MY ORDER",
     trig="severe_dissatisfaction", trap="-", note="beard-care; shouting",
     body="""\
THREE WEEKS. THREE WEEKS AND NO BEARD OIL. NO TRACKING. NO REPLY. WORST WEBSHOP I HAVE EVER USED. SORT IT OUT.

ORDER 20419
"""),
dict(frm="Jenny Ormerod <jenny.ormerod@agilitymum.example>",
     subj="Ring times on Saturday",
     trig="severe_dissatisfaction", trap="-", note="dog-agility club",
     body="""\
I am furious about Saturday. The ring times were published on Thursday night, changed on Friday night, and then changed again at 7am on the day. My Novice class was moved forward by two hours with no announcement, I arrived to be told I'd missed it.

I drove 120 miles. I paid entries for two dogs. I'd taken a day off work. Nobody at the secretary's tent even said sorry, they just shrugged.

Honestly, the way this show was run was shambolic from start to finish and the way people were spoken to was appalling.

Jenny Ormerod
"""),
dict(frm="Brad Kowalczyk <brad.kowalczyk@hydrohobby.example>",
     subj="Fahrenheit please",
     trig="feature_request", trap="-", note="hydroponics app; US customer",
     body="""\
Hey team, any chance the GrowDose app could support Fahrenheit for water temp? I know I can convert in my head but at 6am it's not happening. Also a dark mode would be sweet. Otherwise great app.

Brad (Ohio)
"""),
dict(frm="Pat Rowntree <pat.rowntree@gardenbirds.example>",
     subj="holiday pause?",
     trig="feature_request", trap="cancel_word_no_threat", note="bird-seed; pause instead of cancel",
     body="""\
Hello,

Every summer I end up cancelling my subscription for the six weeks we're at the caravan and then setting it all up again in September, which means I lose my loyalty discount.

Would it be possible to add a "pause" option so you could skip a month or two without cancelling? I'm sure I'm not the only one.

Thank you,
Pat Rowntree
"""),
dict(frm="Anya Petrova <anya.petrova@glutenfreemail.example>",
     subj="menu app idea",
     trig="feature_request", trap="-", note="tap room menu app",
     body="""\
hi! would be super helpful if the menu app had a filter for gluten free / gluten reduced beers. I'm coeliac and I end up asking the bar staff every single time which is awkward when it's busy. even just a little GF icon next to the name would do it :)
"""),
dict(frm="Ravi Chandran <ravi.chandran@raptorfan.example>",
     subj="calendar export empty",
     trig="feature_request,technical_issue", trap="-", note="falconry experience booking",
     body="""\
Hi,

When I click "Add to calendar" on my Owl Experience booking confirmation the .ics file it downloads is empty (0 bytes), both on my laptop and phone. Not a huge deal, I've typed it in manually.

While you're fixing that, it would be great if you could add proper Google Calendar sync so changes to the booking update automatically.

Ravi
"""),
dict(frm="Jeanette Cole <jeanette.cole@mantelclocks.example>",
     subj="Photo upload not working on your portal",
     trig="technical_issue", trap="-", note="clock restorers' customer portal",
     body="""\
Hello,

I'm trying to upload photographs of my mantel clock to your "request an estimate" form as you asked. Whatever I try, I get "Error 413 - Request Entity Too Large" after it goes to 100%. The photos are from my phone, around 4MB each. I tried one at a time and that fails too.

Can I email them instead?

Jeanette Cole
"""),
dict(frm="Marcus Heller <marcus.heller@puppetbarn-volunteers.example>",
     subj="Ticket scanning down at all three venues",
     trig="outage,technical_issue", trap="-", note="puppet theatre; volunteer front-of-house",
     body="""\
Hi, Marcus here from front of house at the Riverside venue.

Since about 12:30 the ScanGate app won't load on any of our devices - it shows "Server error 500" on the login screen. I've just phoned the other two venues and it's the same there. We've got a 2pm show with 180 kids arriving and we're going back to paper lists.

Please let us know as soon as it's back.

Marcus
"""),
dict(frm="Lily Chambers <lily.chambers@mailorb.example>",
     subj="can't select July dates",
     trig="technical_issue", trap="-", note="roof-top tent rental booking form",
     body="""\
Hi there, the date picker on your booking page won't let me select anything in July. June works fine but when I click the arrow to July the whole calendar greys out. Your availability page says you've got tents free in July so I don't think it's because you're full?

I'm on an iPad, Safari.

Lily
"""),
dict(frm="Craig Whelan <craig.whelan@craftbeerfan.example>",
     subj="Re: Private hire deposit",
     trig="manager_request", trap="quoted_threat", note="tap room; quoted earlier threat by desk-side customer mail, new ask is manager",
     reply=True,
     body="""\
Hi Sophie,

Thanks for getting back to me, but "the deposit is non-refundable" doesn't really answer anything when YOU cancelled the hire because of the burst pipe. I'd like a manager to look at this properly please.

Craig

On Tue, 6 May 2025 at 10:12, Craig Whelan <craig.whelan@craftbeerfan.example> wrote:
> Hi,
>
> You cancelled our private hire for the 10th because of a burst pipe, fine, but
> I've been told I won't get the £250 deposit back. If this isn't refunded I'll
> have no choice but to take it to small claims.
>
> Craig
"""),
dict(frm="Diane Forsyth <diane.forsyth@forsythlaw.example>",
     subj="Invoice charged twice - Forsyth & Co",
     trig="billing_dispute", trap="job_title", note="cheese-making corporate session; office manager role",
     body="""\
Hello,

I'm the office manager at Forsyth & Co. We booked your team-building cheese workshop for 12 staff in March and paid invoice CM-3320 (£1,140) by card on 3 March. This morning the same card was charged £1,140 again with the same invoice reference.

Please refund the duplicate payment. A copy of both card transactions is attached.

Diane Forsyth
Office Manager
Forsyth & Co Solicitors

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient please notify the sender and delete it.
""", pack="mixed"),
dict(frm="Hollis Grant <hollis.grant@grantvenues.example>",
     subj="Failed catering at 3 May event",
     trig="legal_threat", trap="-", note="medieval banquet; legal counsel",
     body="""\
Dear events team,

Following the banquet on 3 May at which the hog roast was served stone cold and the second course did not arrive for 40 of our 120 guests, we have passed the file, including all correspondence and photographs, to our legal counsel. You should expect to hear from them shortly regarding recovery of the fee.

In the meantime please address any correspondence to me in writing.

Hollis Grant
"""),
dict(frm="Wendy Abbott <wendy.abbott@homemail.example>",
     subj="the radio",
     trig="legal_threat", trap="reported_speech", note="vintage radio; adopts husband's suggestion",
     body="""\
My husband says we should just take you to court over the Roberts radio you "lost" in your workshop, and honestly I'm starting to agree with him. It was his mother's. You've had it since January and now you can't find it.

Find it, or we'll see you in the small claims court.

Wendy Abbott
"""),
dict(frm="Ahmed Rahimi <ahmed.rahimi@agrigreen.example>",
     subj="Dosing pump broken - need replacement by Friday",
     trig="cancellation_threat,technical_issue", trap="-", note="hydroponics; conditional switch",
     body="""\
Hi,

The peristaltic dosing pump (channel 2) on our commercial rack stopped working on Monday. The motor runs but no liquid moves, we changed the tube already. Channels 1 and 3 OK.

We have 400 lettuce heads on that system. If the pump is not replaced by Friday we will have to take our business to another supplier — I can't risk a whole crop on waiting.

Ahmed Rahimi
AgriGreen Farms
"""),
dict(frm="Miguel Ortega <miguel.ortega@surfmail.example>",
     subj="complaint about tour and refund",
     trig="regulatory", trap="-", note="snorkel tour; non-native English, consumer office",
     body="""\
Hello,

We paid for the full day snorkel trip (2 adults 2 kids) on 12 August and the boat came back after 2 hours because "engine problem". You said we will get refund of the difference. You give us only 20%.

I am not agree with this. If we dont receive the correct refund I will make complaint to the consumer protection office in my country and also the one here, I have already the forms.

Miguel Ortega
"""),
dict(frm="Yasmin Clarke <yasmin.clarke@clarkehome.example>",
     subj="who is your CEO",
     trig="corporate_contact_request,executive_contact", trap="-", note="beard-care; wants CEO email to write",
     body="""\
Who is the CEO of your company and what is her or his email address? I'm going to write to them directly because your support team keeps telling me my complaint is "with the relevant department" for the fifth week running.

Yasmin
"""),
dict(frm="Alistair Munro <alistair.munro@munro-estates.example>",
     subj="Formal complaint - Highland Birds of Prey display",
     trig="executive_contact", trap="-", note="falconry; writing to board",
     body="""\
Dear Sir or Madam,

I write regarding the falconry display at Munro Estates' open day on 9 August, for which your team arrived ninety minutes late, leaving 400 visitors waiting in the rain.

I have received only a standard apology. I am therefore now writing to your board of directors, and will send them a copy of this email and of my earlier letter, as I believe this matter merits their attention.

Yours faithfully,
Alistair Munro
"""),
dict(frm="Tasha Moreland <tasha@dogsporthour.example>",
     subj="Podcast - request for comment on Cheshire Open disqualifications",
     trig="media_threat", trap="-", note="dog-agility; podcast producer inquiry",
     body="""\
Hi there,

I produce The Dog Sport Hour, a weekly podcast about agility and flyball. We're putting together an episode about the disqualifications at the Cheshire Open last month, and several handlers have told us the club changed the measuring rules on the day.

Would someone from the club be willing to come on for ten minutes, or send a written statement? We're recording on the 22nd.

Thanks,
Tasha Moreland
Producer, The Dog Sport Hour
"""),
dict(frm="Gordon Blake <gordon.blake@reeltoreel.example>",
     subj="Digitised tapes - files corrupted and originals?",
     trig="data_loss", trap="-", note="vintage radio/tape service; corrupted recordings",
     body="""\
Hello,

You digitised six reels of my late father's tape recordings as part of the Grundig TK repair job. I've just opened the USB stick you posted back and four of the six files won't open at all ("file is damaged or in an unsupported format"), and the other two stop after a few minutes.

The reels themselves came back to me wound onto different spools and two of them appear to be blank now.

These are the only recordings of his voice that we have. Please tell me you still have copies of the files on your side.

Gordon Blake
"""),
dict(frm="Rowena Tate <office@tatefarriery-clients.example>",
     subj="Season's records wiped + head office contact",
     trig="corporate_contact_request,data_loss,technical_issue", trap="job_title", note="farrier client portal; livery yard office",
     body="""\
Hello,

I manage the office for Tate's Livery (38 horses on your contract farriery plan). After your portal "upgrade" on Sunday every shoeing record we had for this season is gone. The history page for each horse now starts on 14 July. We relied on that for insurance and for the vet.

I'd like this restored, obviously. Separately, could you please send me the postal address of your head office and the contact details for whoever handles your contracts at company level? Our owners want to raise the contract terms formally and don't want it to go through the general support inbox.

Rowena Tate
Yard Office, Tate's Livery
"""),
dict(frm="Callie Brooks <callie.brooks@trailmail.example>",
     subj="someone changed my booking??",
     trig="cancellation_threat,security_incident", trap="-", note="roof-top tent rental; account accessed by someone else",
     body="""\
hi so weird thing. got a password reset email last night that I didn't ask for, ignored it, and this morning my booking for the Highlands trip has been changed to a pickup in Manchester on a different date AND the contact phone number isn't mine anymore.

I didn't do any of this. someone is in my account. I've changed my password now but I have no idea what else they can see (my licence photo is uploaded on there!!).

honestly if you can't keep people out of customer accounts I'll book with another rental company next time. please fix the booking back to Inverness 2 Aug and tell me what happened.

Callie
"""),
dict(frm="Brent Holloway <bholloway@hollowaylaw-client.example>",
     subj="Legal department contact",
     trig="corporate_contact_request,legal_threat,safety", trap="-", note="snorkel tour; US, attorney filing suit; injury",
     body="""\
Please provide the name and email address of your legal department or registered agent.

My attorney is preparing to file suit over the injuries my wife sustained on the reef tour of June 3 when your crew member dropped the boarding ladder on her foot, and he needs to know where to serve the papers. I'd prefer to give you the chance to resolve this first, but I'm not waiting another month for a callback.

Brent Holloway
"""),
dict(frm="Maureen Doyle <maureen.doyle@tits-and-finches.example>",
     subj="My whole garden bird diary is gone",
     trig="cancellation_threat,data_loss,feature_request,technical_issue", trap="-", note="bird-seed subscription app",
     body="""\
Dear Seed Club,

I have used the "Garden Diary" in your app every single day for two years to log which birds come to the feeders. Over 700 entries. Yesterday the app asked me to log in again, and when I did the diary was completely empty. It says "Start your first entry!".

I am really upset. That diary was going into the county bird survey.

Please get it back. And could you please add a way to download or email the diary, so that this can never happen to anyone else? If it can't be restored I honestly don't see the point of staying with the subscription, the diary is half of why I have it.

Maureen Doyle
"""),
dict(frm="Sam Whitlow <sam.whitlow@pintsmail.example>",
     subj="12 pints I didn't drink",
     trig="billing_dispute,feature_request,security_incident", trap="-", note="tap room app; account used by someone else",
     body="""\
Hello,

My Tapline account has been used to order and pay for 12 pints and 3 portions of chips at your Harbour Street tap room on Friday night (£86.40 on my saved card). I was at home in Leeds, 200 miles away. Someone must have got hold of my login.

Please refund the £86.40 and freeze the account until I've changed everything.

Also, can I ask that you add two-factor login or at least a PIN for payments? Having a card saved with just a password protecting it is clearly not enough.

Sam Whitlow
"""),
dict(frm="Lindsay Mercer <lindsay.mercer@mercerhome.example>",
     subj="Registered address for chargeback form",
     trig="billing_dispute,corporate_contact_request", trap="-", note="woodturning supplies; lathe never delivered",
     body="""\
Hi,

My bank needs your company's registered office address and company number for the chargeback form. I paid £249 for the midi lathe (order WT-61540) on 2 May, it has never been delivered, and the tracking has said "label created" for seven weeks.

If you'd rather just refund me instead, that's fine too, but I'm filling the form in on Friday either way.

Lindsay Mercer
"""),
dict(frm="Owen Reddy <owen.reddy@stcolumbas-school.example>",
     subj="Our class lists have disappeared from the school booking portal",
     trig="data_loss,technical_issue", trap="-", note="puppet theatre school bookings portal",
     body="""\
Hello,

I set up our four class groups for the December show on your schools portal last week (names, dietary notes, SEN information for 112 children, and the accompanying adults). Today the booking is still there but every class list is empty, and the "download register" button gives a blank spreadsheet.

I'd rather not type 112 children in again, and I'm slightly worried about where the SEN notes went. Can you recover them?

Owen Reddy
Year 3 Lead, St Columba's Primary
"""),
]
