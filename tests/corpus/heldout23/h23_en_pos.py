# English customer mail that carries at least one trigger (heldout23).
# One hand-written block per message. Keys: f (name, address), s subject, b body,
# t triggers, trap, note, ind (industry); optional pack/attach/cc/client.

MESSAGES = []

MESSAGES += [
dict(f=("Priya Venkataraman", "priya.v@larchmont-offices.example"), ind="vending",
     s="Invoice 20417 - again",
     t="billing_dispute,repeat_contact",
     trap="-", note="third contact stated with dates",
     b="""\
Hello,

I sent this same question on the 3rd and again on the 11th and I have not had a single reply, so here it is for a third go.

Invoice 20417 bills us for two restocks in February (2 x 186.40). There was one restock. Your own driver signed our visitor book once, on the 14th. Please take the second one off and send a corrected invoice.

Priya Venkataraman
Facilities, Larchmont Offices (Building B)
"""),

dict(f=("Tomasz Lewicki", "t.lewicki@mailbox.example"), ind="cathotel",
     s="Biscuit's paw",
     t="safety",
     trap="-", note="burn from heat pad, calm tone",
     b="""\
Hi there,

We picked Biscuit up yesterday after her week with you and she's been limping. The vet found a small burn blister on her back left paw and some singed fur on her belly. The vet's view is that it's from a heat pad that was far too hot, and when I think back the pad in her suite did feel very warm when we dropped her off.

I'm not writing to shout. I just think you should check the pads in the other suites today, because a smaller cat or an older one could get properly hurt.

Vet notes can be sent over if useful.

Tomasz
"""),

dict(f=("Ravi Dhillon", "race-director@northfen-drones.example"), ind="drones",
     s="Timing portal dead - 502 on every page, race night in 3 hours",
     t="outage,technical_issue",
     trap="-", note="-",
     b="""\
Nothing on the league portal loads. Login page, leaderboard, pilot check-in, the public live-timing page - all of them give 502 Bad Gateway, from three different networks and two phones. Started around 14:10 our time.

We have 38 pilots checking in from 17:30. If this doesn't come back we are doing lap times on a clipboard. Please tell me someone is on it.

Ravi
Race director, Northfen Drone Racing
"""),

dict(f=("Imogen Thackeray", "imogen@hollowmoon-records.example"), ind="records",
     s="Re: Order HM-077 test pressings",
     t="broken_promise,high_value_order",
     trap="-", note="amount 7,850 GBP",
     b="""\
Hi Declan,

Your email of the 2nd said the test pressings for HM-077 would be with us "by the 14th at the absolute latest". It's the 21st. Nothing has arrived, no tracking, no call.

This is the 1,000 x 180g order, £7,850 paid in full up front in January. The release date is fixed with the distributor and the shops, and I can't approve a run I haven't heard. Can I please get a real date and a tracking number today.

Imogen Thackeray
Hollow Moon Records
"""),

dict(f=("Yusuf Haddad", "yusuf.haddad@quarrylane.example"), ind="knives",
     s="What your driver said to my wife",
     t="discrimination_harassment,manager_request",
     trap="-", note="-",
     b="""\
I need to report something that happened at the van on Saturday outside the Co-op on Quarry Lane.

My wife brought our kitchen knives to be sharpened. The man in the van made a comment about her headscarf, asked her if she "needed all these knives for something" and laughed with the customer behind her. She came home shaking. She has used your van for three years without any issue.

I would like someone above him to call me, not a reply from this address. My number is 01632 555 014.

Yusuf Haddad
"""),

dict(f=("Gwen Pardoe", "gwen@pardoe-pottery.example"), ind="kiln",
     s="kiln controller overshoot - smoke and a burning smell",
     t="safety,technical_issue",
     trap="-", note="-",
     pack="mixed", attach=("controller_display.jpg", "image/jpeg"),
     b="""\
Hello,

Since your engineer replaced the thermocouple and updated the controller last week, my kiln is running away. Last night's glaze firing was set to 1222C and the display went up to 1280C before I switched it off at the wall. There was smoke coming out round the spy hole and a strong smell of burning from the back panel, and the back panel was too hot to put a hand near. The breaker on my studio board tripped about ten minutes later.

I'm not using it again until somebody has looked at it. I share the building with a yoga studio and I am honestly a bit frightened of what could have happened.

Photo of the display attached.

Gwen Pardoe
Pardoe Pottery, Unit 4 Tannery Yard
"""),

dict(f=("Lars Oyelaran", "secretary@riverside-epee.example"), ind="fencing",
     s="All our pool results gone after your update",
     t="data_loss,technical_issue",
     trap="-", note="-",
     b="""\
Hi,

After the update on Monday night the bout history for our club is empty. Every pool result from September to now, the ranking ladder, the attendance - the pages are there but they show "No bouts recorded". I have checked with two other committee members and they see the same.

We use those results to select the team for the regional in three weeks. Is there a backup you can restore? Please don't tell me it's gone.

Lars
Club secretary, Riverside Épée Club
"""),

dict(f=("Colin Brackenbury", "colin.brackenbury@mailbox.example"), ind="hedge",
     s="Damage to conservatory 12 Orchard Rise",
     t="legal_threat",
     trap="-", note="solicitor involved, formal tone",
     b="""\
Dear Sirs,

On Thursday your crew removed the overhanging limbs of the beech at the rear of my property. A limb of considerable size was allowed to fall onto my conservatory roof, cracking three polycarbonate panels and bending the frame. Your foreman took photographs and assured me that your insurer would be in touch within two days. Nobody has been in touch.

I have now passed the photographs and the repair quotation to my solicitor, who will be writing to you this week. I would strongly suggest you provide your insurance details before that letter arrives.

Yours faithfully,
C. Brackenbury
"""),

dict(f=("Mei Lin Chua", "meilin.chua@mailbox.example"), ind="magic",
     s="suggestion for restock alert",
     t="feature_request",
     trap="-", note="non-native English",
     b="""\
Hello Magic shop team,

I am buying from your shop since 2 years, very happy customer. Only one thing: the Chinese linking rings (12 inch) is always sold out when I check. Will be very nice if website can sending me email when it come back in stock, like other shops is doing. Now I must checking every day and still I miss it.

Thank you and have good day
Mei Lin
"""),

dict(f=("Henrik Aalto", "henrik@aalto-vineyards.example"), ind="vineyard",
     s="Harvester #H-12 broken again",
     t="cancellation_threat,technical_issue",
     trap="conditional_threat", note="-",
     b="""\
Second breakdown this week. The shaker head on the harvester you rented us (H-12) stops after about 20 minutes, hydraulic pressure warning, and then it won't restart until it has cooled for an hour. Your mechanic topped up the fluid on Monday and left.

We are picking Pinot on Thursday and Friday and the grapes won't wait. If there isn't a working machine here by Wednesday evening, we will hire from Kessler's instead and we won't be renewing the season contract with you.

Henrik Aalto
Aalto Vineyards
"""),

dict(f=("Kezia Amankwah", "kezia.amankwah@studentmail.example"), ind="bikecafe",
     s="Worst run booking system I have ever used",
     t="severe_dissatisfaction,technical_issue",
     trap="-", note="-",
     b="""\
I have now booked a slot at the bike cafe THREE times through your app and all three times I turned up and there was no booking on the list. Tonight I waited 40 minutes in the rain with a wheel under my arm. The volunteer was nice but said "the app does that".

Honestly this is the worst run thing I have ever dealt with. It is a disgrace. If the app doesn't work take it down and let people sign up on paper.
"""),

dict(f=("Océane Marchetti", "oceane@lapetitefourchette-blog.example"), ind="truffle",
     s="Cancelled tour, still charged",
     t="billing_dispute,media_threat",
     trap="-", note="food blogger threatening a post",
     b="""\
Hello,

Your office cancelled our Saturday truffle hunt (booking TR-5521) on Thursday because of "the dogs' health". Fine, these things happen. But my card was still charged €340 on Friday and my emails since then are not answered.

I write a food blog with about 40,000 readers and I was actually planning a nice piece about the tour. Right now the piece I'm going to write is a different one. Please refund the €340 this week.

Océane Marchetti
"""),

dict(f=("Rev. Alan Greatorex", "parish.office@stmarys-thornbury.example"), ind="clocktower",
     s="Formal complaint - please provide head office address",
     t="corporate_contact_request,executive_contact",
     trap="-", note="asks for MD email to write to him",
     b="""\
Good afternoon,

The parochial church council has asked me to make a formal complaint about the work carried out on the clock and bells at St Mary's in March. Before I do so, could you please let me have the postal address of your head office and the email address of your managing director, as the council would like the letter to go to him directly rather than through the general inbox.

With thanks,
Alan Greatorex
Vicar, St Mary's Thornbury
"""),

dict(f=("Dai Pritchard", "dai.pritchard@cwmfarm.example"), ind="shearing",
     s="Where's the gang",
     t="broken_promise,repeat_contact",
     trap="-", note="terse farmer",
     b="""\
Rang Tuesday, rang Wednesday, rang this morning. Each time told the gang would be here "tomorrow first thing". 600 ewes penned and waiting and the weather turning.

Promised us the 10th when we booked in March. Its the 16th.

Dai
Cwm Farm
"""),

dict(f=("Harriet Oduya", "harriet.oduya@mailbox.example"), ind="cathotel",
     s="Someone changed the collection person on my booking",
     t="security_incident",
     trap="-", note="account takeover",
     b="""\
Hi,

I got an email from you this morning saying "your collection details have been updated". I didn't update anything. When I logged in, the person allowed to collect Mochi on Sunday had been changed to a name I don't know, and the phone number too. The account also shows a login from a device in another country at 3am.

I've changed my password. Please, please make sure nobody but me or my partner Sam can collect her. I'm properly scared.

Harriet
"""),

dict(f=("Fiona Strachan", "fiona.strachan@mailbox.example"), ind="ballet",
     s="unsubscribe - and I mean it this time",
     t="regulatory",
     trap="-", note="ICO complaint announced",
     b="""\
I unsubscribed from your emails in November. I then wrote to you in January asking for my daughter's details (she is 11) to be deleted from your customer list. I have had six marketing emails since, two of them addressed to her by name.

I have filed a complaint with the ICO today and given them the reference of my January email. I expect the data to be deleted and a confirmation in writing.

F. Strachan
"""),

dict(f=("Marcus Eddington", "m.eddington@brightwater-labs.example"), ind="vending",
     s="all card readers declining??",
     t="outage,technical_issue",
     trap="-", note="-",
     b="""\
Since about 8 this morning every one of your machines in our building (5 of them) declines every card and every phone payment. Display says "PAYMENT SERVICE UNAVAILABLE". Coins still work but nobody carries coins. Colleague at our other site across town says theirs are doing exactly the same, so I'm guessing it's your payment system and not our wifi.

Marcus
"""),

dict(f=("Sigrid Halvorsen", "sigrid@coastline-fpv.example"), ind="drones",
     s="Refund for cancelled Round 4 entry - cc'ing Mr Whitcombe",
     t="broken_promise,executive_contact",
     trap="-", note="CEO in Cc",
     cc=[("Julian Whitcombe", "j.whitcombe@example.test")],
     b="""\
Hi,

Round 4 at Brackley was cancelled by the league and on 28 May your support agent Kirsty wrote that entry fees "will be refunded automatically within 10 working days". It has been five weeks. Nothing.

I have copied Mr Whitcombe, who I understand is your chief executive, because the general support route is clearly not working for the pilots.

Sigrid Halvorsen
Team Coastline FPV
"""),

dict(f=("Ade Olatunji", "ade@olatunji-sound.example"), ind="records",
     s="artwork + lacquer refs disappeared from portal",
     t="data_loss,technical_issue",
     trap="-", note="-",
     b="""\
hey,

logged into the client portal to check the proof for job 4412 and everything I uploaded is gone. artwork pdfs, label files, the lacquer reference sheet, the track list. the job is still there but it says 0 files. I didn't delete anything and I'm the only one with the login

I do have the artwork locally but the lacquer sheet was signed off by your cutting engineer and I don't have a copy of that version. can you get it back?

ade
"""),

dict(f=("Bernadette Kilbride", "bernie.kilbride@mailbox.example"), ind="knives",
     s="Wrong amount taken",
     t="billing_dispute",
     trap="-", note="-",
     b="""\
Hello,

Your van did my knives on Tuesday (6 knives, your board says £4 a knife) and the card machine took £64.00. I only noticed when I checked my banking app. I think someone typed an extra number. Could you refund the £40 difference please.

Many thanks,
Bernadette Kilbride
"""),
]

MESSAGES += [
dict(f=("Owain Rhys-Jenkins", "owain@rhysjenkins-estates.example"), ind="hedge",
     s="Hedgerow contract - crew no-show, please have a manager call",
     t="high_value_order,manager_request",
     trap="-", note="contract 12,400 GBP",
     b="""\
Good morning,

We signed with you in January for the laying and trimming of the hedgerows on the estate (14 km, contract value £12,400 + VAT, 40% deposit paid). Work was meant to start on the 3rd. Nobody has turned up, the office line rings out, and the nesting season starts on 1 March, after which we can't legally cut.

I'd like a manager or the contracts lead to phone me today, please - 01632 555 187.

Owain Rhys-Jenkins
Estate Manager
"""),

dict(f=("Noor Siddiqui", "noor@kilnhouse-ceramics.example"), ind="kiln",
     s="firing log export?",
     t="feature_request",
     trap="-", note="-",
     b="""\
Love the new controller app. One thing that would make my life a lot easier: could you add a way to export the firing log as a CSV (time + temperature + segment)? At the moment I screenshot the graph and type it into a spreadsheet for my students, which is silly.

A cone 6 slow-cool preset would also be lovely but the export is the big one.

Noor
"""),

dict(f=("Barnaby Quill", "barnaby@quillsconjuring.example"), ind="magic",
     s="Appearing cane - absolute rubbish",
     t="severe_dissatisfaction,technical_issue",
     trap="-", note="-",
     b="""\
I bought the deluxe appearing cane from you for £89 and it failed on stage on Saturday in front of 120 people. The spring catch jammed halfway and it flopped out like a wet noodle. I checked it twice before the show.

I am absolutely furious. I've been performing for 22 years and I've never been so embarrassed. Utter junk.
"""),

dict(f=("Siobhan Mulcahy", "siobhan@kilcoole-pointe.example"), ind="ballet",
     s="order 88213",
     t="broken_promise,cancellation_threat",
     trap="-", note="-",
     b="""\
Hi

when I ordered the pointe shoes for my students on the 2nd your website said dispatch in 48 hours and Aoife on the phone told me on the 9th they'd gone out that day. They haven't. No tracking number either.

Our exam is on the 27th. I run a school of 60 students and we buy everything from you but honestly if this isn't sorted I'm moving our account to Bloch's stockist in Dublin.

Siobhan
"""),

dict(f=("Theo Bramwell", "theo@bramwell-clockworks.example"), ind="clocktower",
     s="remote monitor says bells struck 3am",
     t="technical_issue",
     trap="-", note="-",
     b="""\
Hi,

The remote monitoring unit you installed on the tower at Ashby Market Hall has twice now rung the full hour at 3am (Tuesday and Friday nights). The log in the web dashboard shows the strike as "manual trigger" but nobody was in the tower. The night silence setting is ticked.

Neighbours are not amused. Could someone look at the unit's schedule or firmware?

Theo Bramwell
"""),

dict(f=("Hamish Cairncross", "hamish@cairncross-hill.example"), ind="shearing",
     s="Ewes cut badly",
     t="safety,severe_dissatisfaction",
     trap="-", note="injury to animals and a handler",
     b="""\
The shearer you sent on Monday cut 11 of my ewes, some of them deep enough to need the vet, and when my son was catching for him the handpiece came loose and caught his forearm. Eight stitches.

The man was rushing from the first minute. I have never seen work that careless in forty years of farming. It is a disgrace and I want to know what you intend to do.

Hamish Cairncross
"""),

dict(f=("Rosalind Achterberg", "rosalind@achterberg-law.example"), ind="vineyard",
     s="Overcharge on rental invoice VR-2025-113",
     t="billing_dispute",
     trap="-", note="sender is a lawyer writing as a customer, no threat",
     b="""\
Dear Accounts,

Invoice VR-2025-113 charges 14 days' rental for the pneumatic pruning kit. We collected on 3 March and returned it on 10 March, which is 7 days; your own return slip is attached to the invoice PDF. Please reissue for 7 days.

Kind regards,
Rosalind Achterberg
Achterberg & Cole LLP
This email is confidential and may be legally privileged. If you are not the intended recipient please notify the sender and delete it.
"""),

dict(f=("Jonah Ferreira", "jonah.ferreira@mailbox.example"), ind="truffle",
     s="Fwd: I'm taking this to small claims",
     t="legal_threat,broken_promise",
     trap="-", note="customer's own words above a forward of his earlier mail",
     b="""\
Forwarding my email from a month ago because apparently nobody read it. Your "guaranteed find or your money back" tour found nothing, your guide said he'd arrange the refund that evening, and I've had nothing.

I'm filing in small claims court next week. The form is filled in.

Jonah

---------- Forwarded message ---------
From: Jonah Ferreira <jonah.ferreira@mailbox.example>
Date: Tue, 4 Mar 2025 at 19:02
Subject: Refund for tour 12 Feb
To: <support@example.test>

Hi, we did the Sunday tour on 12 Feb (2 adults). The dogs found nothing, which happens, but the booking page says guaranteed find or full refund, and Marco told us he'd sort the refund that evening. Could you process it please? Thanks, Jonah
"""),

dict(f=("Asha Ramdin", "asha.ramdin@mailbox.example"), ind="cathotel",
     s="webcam of Pepper - other people can see it??",
     t="security_incident,technical_issue",
     trap="-", note="-",
     b="""\
Hi, bit of a weird one. The "watch your cat" webcam link you sent me shows Pepper's suite, fine. But if I change the number at the end of the link by one I get someone else's cat, and the page also shows that owner's full name and mobile number underneath. I tried two more numbers and same thing.

I only found it by accident, I'm not a hacker, but I really don't like that anyone can do that with my details too.

Asha
"""),

dict(f=("Patrick Nwosu", "patrick@nwosu-drone.example"), ind="drones",
     s="this is the third time i write",
     t="repeat_contact,technical_issue",
     trap="-", note="lowercase, non-native",
     b="""\
hello again

this is the third time i write about same problem. the lap gate at the start line not detect my transponder, the system show DNF for me every heat. i change the transponder, it is new one, same. other pilots ok.

please somebody check. i pay entry and get no result.

patrick
"""),

dict(f=("Gemma Lowther", "gemma.lowther@lowther-dance.example"), ind="ballet",
     s="Order 90112 - £5,340 - half of it wrong",
     t="high_value_order",
     trap="-", note="amount just above threshold",
     b="""\
Hello,

Our annual order for the school's show (order 90112, £5,340.00) arrived yesterday. About half of the costumes are in the wrong sizes - we ordered 24 child small leotards in lilac and got 24 adult small - and the character shoes are missing entirely. Dress rehearsal is the 19th.

Can you tell me what you can send, and when, so I can plan?

Gemma Lowther
Lowther School of Dance
"""),

dict(f=("Benedikt Sowa", "bsowa@mailbox.example"), ind="bikecafe",
     s="Please add a waiting list",
     t="feature_request",
     trap="-", note="-",
     b="""\
Dear bike cafe,

The Thursday repair slots are always gone within an hour of opening. Could you please make a waiting list in the booking page, so if someone cancels the next person gets the slot automatically? Right now cancelled slots stay empty because nobody knows.

Thanks for running this, it's great.
Benedikt
"""),

dict(f=("Yvette Laroche-Dunn", "yvette@bellfoundry-friends.example"), ind="clocktower",
     s="Re: Quote CT-2291",
     t="cancellation_threat,manager_request",
     trap="-", note="-",
     b="""\
I think we've gone past the point where I want to keep dealing with the inbox. The bell frame survey was supposed to be the first step and we've now had three different "engineers" give us three different answers.

Please have whoever runs the maintenance side ring me. Otherwise the Friends will take the contract to Whitechapel Heritage at the next meeting - the committee has already asked for their quote.

Yvette Laroche-Dunn
Chair, Friends of St Bride's Bells
"""),

dict(f=("Ellie Vaughan-Reid", "ellie@vaughanreid-offices.example"), ind="vending",
     s="Machine on 3rd floor",
     t="safety,technical_issue",
     trap="-", note="electric shock",
     b="""\
Hi,

One of our team got a shock off the metal coin return on the snack machine on the 3rd floor this morning - enough to make her drop her cup. Someone else said it "tingles" sometimes. We've unplugged it and put a sign on it. Can you send someone to look before we plug it back in?

Ellie Vaughan-Reid
Office Manager
"""),

dict(f=("Karim Benali", "karim@benali-fencing.example"), ind="fencing",
     s="coach behaviour at Saturday's open",
     t="discrimination_harassment",
     trap="-", note="-",
     b="""\
I'm writing on behalf of my daughter Lina (14) who fenced at the club open on Saturday.

One of your coaches (the tall one running the D-pool) repeatedly called her "the little princess" and said girls "should stick to foil, sabre is too rough for them" in front of the other fencers, and when she lost a bout he said "told you". Two other parents heard it.

I'd like the club to take this seriously and tell me what will happen. She doesn't want to come back.

Karim Benali
"""),

dict(f=("Ruth Eckersley", "ruth.eckersley@mailbox.example"), ind="magic",
     s="Double charge",
     t="billing_dispute",
     trap="-", note="one-liner",
     b="""\
You've taken £37.50 twice for order 55170. Please refund one of them.
"""),

dict(f=("Duncan Mair", "duncan@mair-arboriculture.example"), ind="hedge",
     s="Your climber",
     t="safety",
     trap="-", note="near-miss to public",
     b="""\
Yesterday afternoon on Station Road your climber was dropping sections of the lime tree without a banksman and without the road being coned off. A section the size of a dustbin landed a metre from a woman with a pushchair. I saw it happen from my shop door.

I'm a retired arborist. Someone is going to get killed. Please deal with it.

D. Mair
"""),

dict(f=("Celeste Amadi", "celeste.amadi@amadi-wines.example"), ind="vineyard",
     s="Booking portal says our contract doesn't exist",
     t="data_loss,technical_issue",
     trap="-", note="-",
     b="""\
Hello,

When I log into the rental portal today, our season contract (frost fans x 6, bird netting machine) has vanished. The dashboard says "No active contracts" and the past invoices are gone from the Documents tab too. Yesterday everything was there.

Has there been a migration or something? I need those invoices for our accountant on Monday.

Celeste Amadi
Amadi Family Wines
"""),
]

# --- human mail that looks automated (trap looks_automated), with triggers ---
MESSAGES += [
dict(f=("Clémence Ashworth", "clemence.ashworth@mailbox.example"), ind="ballet",
     s="Out of office until Friday \u2013 but my order\u2026",
     t="broken_promise",
     trap="looks_automated", note="own OOO text then a real complaint",
     b="""\
Thank you for your message. I am out of the office until Friday 14 June with limited access to email. For urgent matters please contact my colleague Jo on 020 555 0143.

---

But before I switch off properly - order 88904 (two pairs of Gaynor Minden, size 5, for my daughter's audition). On the phone on Monday I was told "dispatched today, you'll have them Wednesday". It's Thursday night, no parcel, and the tracking link you emailed still says "label created". The audition is Saturday morning.

Clémence
"""),

dict(f=("Stuart Bellingham", "s.bellingham@kestrel-insurance.example"), ind="vending",
     s="Automatic reply: Your March statement",
     t="billing_dispute",
     trap="looks_automated", note="Outlook-style subject but a human wrote it",
     b="""\
I am out of the office until 14 March, but I could not leave this one sitting.

Your March statement charges us a £250 "service visit" on 2 March. There was no visit - the machine was not touched, and our reception log shows no contractor that day. Please remove the charge. Our accounts team will hold payment of the statement until it's corrected.

Stuart Bellingham
Office Manager, Kestrel Insurance
"""),

dict(f=("Accounts", "accounts@ironbark-music.example"), ind="records",
     s="Re: Invoice INV-3390",
     t="high_value_order,manager_request",
     trap="looks_automated", note="opens like an acknowledgement",
     b="""\
Thank you for your email. We have received your invoice INV-3390.

However we won't be paying it yet. The invoice is for £9,400 (run of 1,500 LPs) and roughly one in five of the copies we've opened have a loud click on side B, track 2, at the same spot. It's a pressing fault, not a playback one - we've tried four turntables.

Please escalate this to whoever runs quality at the plant. We need a remedy before our release on the 30th.

Lucy Ng
Ironbark Music - Accounts
"""),

dict(f=("Martin Oyelowo", "martin.oyelowo@mailbox.example"), ind="cathotel",
     s="Automatic reply from your system was useless",
     t="repeat_contact,severe_dissatisfaction",
     trap="looks_automated", note="customer quotes the desk's auto-ack",
     b="""\
This is my fourth email about the cat carrier you lost when I collected Hector. Each time I get this back:

> Thank you for contacting us! Your request has been received and a member
> of our team will get back to you within 48 hours. Ticket #CH-22817.

Nobody has got back to me. Not in 48 hours, not in three weeks. Frankly it's pathetic, the worst customer service I've ever had. A human being, please.

Martin
"""),

dict(f=("Delia Fontaine", "delia@fontaine-magic.example"), ind="magic",
     s="Delivery failure of my parcel",
     t="broken_promise,corporate_contact_request",
     trap="looks_automated", note="subject reads like a DSN",
     b="""\
Hello,

Your courier left a card saying "delivery failure - address not found". My address hasn't changed in 11 years. Your chat agent promised on Tuesday it would be redelivered Thursday by special delivery at your cost. Nothing came and the tracking now says "returned to sender".

I'd like the address and phone number of your head office please, I'd rather write to them directly at this point.

Delia Fontaine
"""),

dict(f=("Bryony Kettle", "bryony.kettle@kettle-partners.example"), ind="vending",
     s="Read: Your invoice 4471",
     t="billing_dispute",
     trap="looks_automated", note="human reply with read-receipt-like subject",
     b="""\
Read it. It's wrong.

You've invoiced rental for 12 machines. We have 8. We gave 4 back in January and your driver took them away, I have the collection note.

Bryony
Sent from my phone
"""),

dict(f=("Helpdesk Fenland Drone League", "helpdesk@fenland-dl.example"), ind="drones",
     s="[SD-20931] Live timing unreachable for all clubs",
     t="outage,technical_issue",
     trap="looks_automated", note="customer ticket system header, human text",
     client=("X-Mailer", "ServiceFlow Helpdesk 7.4"),
     b="""\
##- Please type your reply above this line -##

Ticket SD-20931 has been updated by Carys Lamb (Fenland Drone League).

Hi, human here, writing into our own ticket tool because it's quicker. Your live timing service has been unreachable for all eight of our clubs since about 19:00 - the timing app says "cannot connect to server" and the web dashboard times out. Saturday's qualifier depends on it. Can you confirm you're aware and give us an ETA?

Carys Lamb
League operations

--------------------------------
Status: Open | Priority: High | Requester: Carys Lamb
This ticket was sent from the Fenland Drone League service desk.
"""),
]

MESSAGES += [
dict(f=("Harold Penhaligon", "harold.penhaligon@mailbox.example"), ind="cathotel",
     s="Your website says vet on call 24h - it isn't true",
     t="regulatory",
     trap="-", note="trading standards report",
     b="""\
Dear Whiskers Lodge,

Your website and brochure both say "a vet on call 24 hours a day". When my cat became unwell on the night of the 8th, your night staff told me there is no vet on call and that I should collect her in the morning.

I booked because of that promise and paid a premium rate for it. I have reported the advert to Trading Standards this morning and given them copies of your brochure.

H. Penhaligon
"""),

dict(f=("Anika Bose", "anika.bose@tallis-consulting.example"), ind="vending",
     s="Camera in the new snack machines",
     t="legal_threat,regulatory",
     trap="-", note="-",
     b="""\
Hello,

The two new "smart" machines you put in our kitchen on Monday have a camera above the screen. Nobody told us, there is no sign, and your app's privacy page says the footage is used for "consumer insights". Our staff did not consent to being filmed every time they buy crisps.

This is a clear GDPR violation. I've told our data protection officer, who has notified the ICO, and our legal counsel is writing to you separately. Please switch the cameras off remotely today and confirm.

Anika Bose
HR Director, Tallis Consulting
"""),

dict(f=("Freya Lindqvist", "f.lindqvist@eastanglia-courier.example"), ind="drones",
     s="Press inquiry: spectator injury at Sunday's race",
     t="media_threat",
     trap="-", note="journalist inquiry",
     b="""\
Hello,

I'm a reporter at the East Anglia Courier. We've had several readers contact us about an incident at your league's race at Fulbourn on Sunday, where a drone is said to have left the course and struck a spectator.

Could the league comment on what happened, whether anyone was taken to hospital, and what safety netting was in place? We're aiming to publish on Thursday, so a response by Wednesday noon would be appreciated.

Freya Lindqvist
Reporter, East Anglia Courier
01632 555 391
"""),

dict(f=("Gary Tolley", "gary.tolley@mailbox.example"), ind="knives",
     s="your van ruined my knives",
     t="media_threat,severe_dissatisfaction",
     trap="-", note="-",
     b="""\
Gave your bloke my good japanese knives (not cheap) and he's put them on a coarse wheel and taken half the blade off, the edges are chipped and wavy now. When I showed him he shrugged and said "they're sharp though aren't they".

Absolutely disgusted. Every local facebook group in the area is going to hear about this with photos unless someone gets in touch today about replacing them.
"""),

dict(f=("Leonora Watts-Ibe", "leonora@watts-ibe.example"), ind="magic",
     s="CEO email address please",
     t="corporate_contact_request,executive_contact",
     trap="-", note="-",
     b="""\
Could you give me the email address of your CEO or owner? I've been a customer since 2009 and I want to write to them about how the new "pro members" scheme has been handled. Not something for the support team, no offence to you.

Leonora
"""),

dict(f=("Nigel Harcastle", "nigel@harcastle-property.example"), ind="hedge",
     s="registered office / legal dept",
     t="corporate_contact_request",
     trap="-", note="-",
     b="""\
Hi,

Please send me your company's registered office address and the contact details of your legal department. I need to serve a formal notice about the boundary hedge work at 4 Kiln Close and I'd rather it goes to the right people first time.

Regards
Nigel Harcastle
"""),

dict(f=("Marjorie Fenwick", "marjorie.fenwick@mailbox.example"), ind="fencing",
     s="Comments about my age",
     t="discrimination_harassment,executive_contact",
     trap="-", note="-",
     b="""\
I'm 67 and have been a member of the club for nine years. At Tuesday's session the new head coach told me in front of the group that "the veterans slot is really for people who can still lunge" and suggested I "take up bowls instead". He has made remarks like this three weeks running and has now moved me out of the evening group without asking.

I have written to the chair and the rest of the club's board this morning with the details and will raise it at the AGM. I'm copying the club's general support address as the board asked me to.

Marjorie Fenwick
"""),

dict(f=("Ines Calloway", "ines.calloway@mailbox.example"), ind="truffle",
     s="Did you send this?? asking for my card",
     t="security_incident",
     trap="-", note="phishing from the company's address",
     b="""\
I just got an email from bookings@ your domain saying my truffle tour "could not be confirmed" and asking me to re-enter my full card number, expiry and CVV on a link. The link goes to a site that isn't yours. It came from your real address, it had my name and the date of my tour on it.

I didn't click it. But someone has my booking details and is sending mail as you. My friend who booked with me got the same one.
"""),

dict(f=("Rhodri Evans", "rhodri@valleyfpv.example"), ind="drones",
     s="Pilot list with home addresses is public",
     t="security_incident",
     trap="-", note="personal data exposed",
     b="""\
Hiya,

The "Round 3 pilot list" link on your Discord announcement opens a spreadsheet anyone can view, and it has every pilot's home address, date of birth and phone number in columns F to H. Several of the pilots are under 16.

Please take it down now and let everyone know. I've saved a copy in case you need to see what was exposed.

Rhodri
"""),

dict(f=("Wilhelmina Strand", "mina@strandsounds.example"), ind="records",
     s="Bank details changed on my account??",
     t="security_incident",
     trap="-", note="-",
     b="""\
Hi,

This morning I had three password reset emails from your client portal that I didn't ask for. Then an email "your payout details have been updated". I haven't changed anything. When I got back in, the bank account for my royalty payouts is a different account in a name I don't recognise, and the login history shows a login from an IP I don't know (203.0.113.77).

Please freeze payouts on my account until this is sorted.

Wilhelmina Strand
"""),

dict(f=("Joanne Prewitt", "joanne.prewitt@mailbox.example"), ind="cathotel",
     s="booking site down all weekend",
     t="outage,technical_issue",
     trap="-", note="-",
     b="""\
Can't log in at all - the booking page just spins and then says "Service Unavailable". Been like that since Friday night. Tried on laptop and phone.

I need to extend Luna's stay by two nights and I can't get anyone on the phone either.
"""),

dict(f=("Sam Okafor", "s.okafor@studentmail.example"), ind="bikecafe",
     s="app completely down?",
     t="outage,technical_issue",
     trap="-", note="short, casual",
     b="""\
hi is the repair cafe app down for everyone? been getting "error 503" since lunchtime on every screen, mates too. cant book or cancel anything

sam
"""),

dict(f=("Paolo Brunetti", "paolo@brunetti-estate.example"), ind="vineyard",
     s="Frost fan monitoring offline during frost night",
     t="high_value_order,outage,technical_issue",
     trap="-", note="contract 18,000 EUR",
     b="""\
Good morning,

Last night was the coldest of the spring (-3C at 4am). Your frost fan monitoring platform was offline from 01:00 until 06:30 - the app showed "server unreachable", the web dashboard gave error 500, and none of the six fans we rent under our season contract (EUR 18,000) started automatically. We lost a lot of buds on the lower blocks.

I need to understand what happened and what you propose, because this is exactly the one night the contract is for.

Paolo Brunetti
Brunetti Estate
"""),

dict(f=("Agnes Holloway", "agnes@hollowaystudio.example"), ind="kiln",
     s="programs wiped",
     t="data_loss,technical_issue",
     trap="-", note="-",
     b="""\
We had a power cut on Sunday. When the power came back, the controller on my big kiln had lost every saved program - all 12 of them, including the crystalline glaze schedules I spent two years tuning. It's back to factory defaults. I was told when I bought it that programs are stored permanently.

Is there any way to recover them from the controller's memory?

Agnes
"""),

dict(f=("Desmond Achebe", "des.achebe@mailbox.example"), ind="magic",
     s="My video library is GONE",
     t="data_loss,severe_dissatisfaction,technical_issue",
     trap="-", note="-",
     b="""\
I have bought 43 download tutorials from you over five years, a lot of money. Today the "My Library" page says I own nothing. Not one video. The order history is still there but the downloads are all gone.

This is absolutely unacceptable. I paid for those and you've just wiped them. Fix it.
"""),

dict(f=("Lauren Whitlock", "lauren.whitlock@mailbox.example"), ind="ballet",
     s="what the assistant said to my son",
     t="discrimination_harassment",
     trap="-", note="-",
     b="""\
Hello,

I took my son Alfie (9) to your shop on Saturday to be fitted for his first proper ballet shoes. The assistant asked if they were "for his sister", and when I said no, she said "oh well, boys don't usually last long at ballet" and then called him "sweetie" and "princess" while she measured him and laughed about it with a colleague. He asked me in the car whether boys are allowed to do ballet.

I don't want an apology voucher. I'd like to know you've spoken to her.

Lauren
"""),

dict(f=("Kwame Asante", "kwame.asante@mailbox.example"), ind="shearing",
     s="what your foreman said to my worker",
     t="discrimination_harassment,executive_contact,manager_request",
     trap="-", note="-",
     b="""\
I had your shearing gang on the farm on Monday. During the lunch break your foreman made repeated racist remarks to my farmhand Tendai, called him names I won't write here, and told him to "go back where you came from". Tendai has worked for me for six years. Two of your own shearers looked embarrassed and one apologised to him afterwards.

I want to speak to the person who owns or runs your business, not a general address. Please have someone senior call me on 01632 555 270.

Kwame Asante
"""),

dict(f=("Beatrix Lorne", "bea.lorne@mailbox.example"), ind="truffle",
     s="Turned away because I use a wheelchair",
     t="discrimination_harassment,media_threat",
     trap="-", note="-",
     b="""\
I booked the "gentle walk" truffle hunt, which your page describes as accessible, and paid in advance. When I arrived the guide looked at my chair and said the tour was "not suitable for people like you" and that I could "wait in the car park with a coffee". My friends went without me.

I've spoken to a reporter at the local paper who is interested in accessible tourism and I will be sharing my experience with her. I would like a proper explanation.

Beatrix Lorne
"""),
]

MESSAGES += [
dict(f=("Callum Fitzgerald", "callum@fitzgerald-vinyl.example"), ind="records",
     s="Re: Re: Re: Job 4390 reissue",
     t="broken_promise,manager_request",
     trap="-", note="request buried after long history",
     b="""\
Hi Sandra,

Thanks for the update, though it's more or less the same update as last week. Just so we're on the same page:

- 6 May: you said the stampers would be re-plated "this week"
- 15 May: you said the re-plating was done and pressing would start on the 19th
- 27 May: today, and the job status still says "awaiting plating"

I don't doubt you're doing your best, and none of this is aimed at you personally, but can I speak to your supervisor or the production manager? I need someone who can actually tell me what's happening on the floor.

Callum

> On 27 May 2025, at 09:12, Sandra <support@example.test> wrote:
> Hi Callum, just checking in - we're still waiting on plating for 4390,
> I'll let you know as soon as I hear more.
"""),

dict(f=("Penelope Arkwright", "clerk@lowerbidford-pc.example"), ind="clocktower",
     s="Market clock losing time since service - please escalate",
     t="manager_request,technical_issue",
     trap="-", note="parish clerk",
     b="""\
Dear Sir or Madam,

Since your technician serviced the market hall clock on 2 April it has been losing roughly ten minutes a day, and the automatic winder stops altogether overnight on most nights. Before the service it kept good time for years. Your technician has been back twice and each time it runs correctly for a day and then drifts again.

The council would like this escalated please - we would prefer to hear from someone more senior than the technician as to what is actually wrong.

Yours faithfully,
Penelope Arkwright
Clerk to Lower Bidford Parish Council
"""),

dict(f=("Oliver Mensah", "oliver.mensah@arden-partners.example"), ind="vending",
     s="fifth email - restock",
     t="broken_promise,cancellation_threat,repeat_contact",
     trap="-", note="-",
     b="""\
This is my fifth email. The machines on the 2nd floor have been empty since the 8th. On the 12th I was told a driver would come "tomorrow morning". On the 15th, "Monday". Nobody's come.

Either restock them or come and take them away.

Oliver
"""),

dict(f=("Harriet Quayle", "harriet.quayle@mailbox.example"), ind="cathotel",
     s="DEPOSIT - fourth time asking",
     t="broken_promise,repeat_contact,severe_dissatisfaction",
     trap="-", note="-",
     b="""\
This is the fourth time I have asked for my £120 deposit back. We cancelled our Christmas booking in OCTOBER, well within your cancellation window, and your manager Debbie told me on the phone in November that it would be returned within 7 days.

It is now February. It is absolutely unacceptable to keep someone's money for four months and ignore them. I am so angry I can barely type.

Harriet Quayle
"""),

dict(f=("Victor Aldana", "v.aldana@pinnacle-office.example"), ind="vending",
     s="Our contract and the empty machines",
     t="cancellation_threat,high_value_order",
     trap="-", note="annual contract 22,000 GBP",
     b="""\
Hi,

We are on your three-site contract (22 machines, £22,000 a year). For the last two weeks around half of the machines have been empty or showing "out of order" and our staff have started bringing their own snacks, which rather defeats the point.

I've been asked by our finance director to tell you that unless service is back to normal by the end of the month, we will give notice and move to another supplier at renewal.

Victor Aldana
Workplace Services, Pinnacle Office Group
"""),

dict(f=("Saoirse Devlin", "saoirse@devlinclay.example"), ind="kiln",
     s="New kiln arrived with a cracked lid",
     t="high_value_order",
     trap="-", note="8,950 GBP, damaged in transit, no tech",
     b="""\
Hi,

Our new front-loading kiln (order K-2207, £8,950) was delivered this morning. The courier left it on the pallet in the yard. When we unwrapped it the brick lining in the door is cracked right across and two of the shelf supports are snapped off.

I've photographed everything and kept all the packaging. What happens now? We've got a course starting in two weeks that needs it.

Saoirse Devlin
Devlin Clay Studio
"""),

dict(f=("Graham Osterley", "treasurer@allsaints-wexcombe.example"), ind="clocktower",
     s="Invoice 3 of 4 - restoration of the tower clock",
     t="billing_dispute,high_value_order,legal_threat",
     trap="-", note="48,000 GBP, solicitors",
     b="""\
Dear Sirs,

We have received your invoice for stage 3 of the tower clock restoration (£48,000), covering "refurbishment of the going train and installation of the new bell hammers". Neither has been done. The going train is still in your workshop and the hammers have not been delivered. We paid stages 1 and 2 in full.

The PCC will not pay an invoice for work that has not been carried out. We have taken advice and our solicitors, Marsh & Pettigrew, have been instructed to write to you if the invoice is not withdrawn within 14 days.

Graham Osterley
Treasurer, All Saints Wexcombe
"""),

dict(f=("Trev Mallinson", "trevmallinson@mailbox.example"), ind="shearing",
     s="JOKE",
     t="severe_dissatisfaction",
     trap="-", note="shouting",
     b="""\
YOU PEOPLE ARE A JOKE. 3 HOURS LATE, HALF THE FLOCK DONE AND THEN OFF TO ANOTHER JOB. LEFT ME WITH 200 IN THE PENS AND RAIN COMING.

WORST CONTRACTOR I HAVE EVER USED AND I HAVE USED A FEW.
"""),

dict(f=("Annabel Moreau-Lewis", "annabel.ml@mailbox.example"), ind="truffle",
     s="Our anniversary tour",
     t="cancellation_threat,severe_dissatisfaction",
     trap="-", note="-",
     b="""\
My husband booked your "private truffle hunt and lunch" for our 25th anniversary. The guide arrived 50 minutes late, spent the walk on his phone, the dog found one truffle the size of a pea, and the "lunch" was two sandwiches in a plastic box.

I am genuinely disgusted at how this was run, for the price we paid. We had also booked your autumn tour for October with friends - please cancel that booking, we'll be going with Tartufi di Colle instead.

Annabel Moreau-Lewis
"""),

dict(f=("Kai Nakamura", "kai@skyline-fpv.example"), ind="drones",
     s="live stream support for O4 receivers",
     t="feature_request",
     trap="-", note="-",
     b="""\
Hey league team,

A lot of us have moved to the new digital O4 video systems this season and the league's stream kit only takes analogue feeds, so our heats can't be broadcast. Any chance you could support digital receivers in the stream setup? Even one channel would help.

Cheers,
Kai
"""),

dict(f=("Josephine Adair", "jo@adair-pressings.example"), ind="records",
     s="test pressing sign-off idea",
     t="feature_request",
     trap="-", note="-",
     b="""\
Hi all,

Small idea from our side. It would be really useful if the client portal let us approve (or reject, with notes) the test pressings online, instead of the PDF form we print, sign and scan. We're a small label and the scanner is in someone's kitchen.

Thanks for a great job on the last run by the way.

Jo
"""),

dict(f=("Marcel Dubois-Grant", "marcel.dg@halverson-eng.example"), ind="vending",
     s="allergen filter in the app",
     t="feature_request,technical_issue",
     trap="-", note="-",
     b="""\
Hi,

Two things about the snack app:

1. The "gluten free" filter doesn't do anything - I tick it and I still get everything, including the sausage rolls. Looks broken.
2. Could you add a nut-free filter too? We have two colleagues with nut allergies and they have to read every label through the glass.

Thanks,
Marcel
"""),

dict(f=("Fatima Rahimi", "fatima.rahimi@studentmail.example"), ind="bikecafe",
     s="my bike was taken from your yard",
     t="legal_threat",
     trap="-", note="-",
     b="""\
Hi,

I left my bike at the repair cafe on Wednesday because the volunteer said the part would come in Thursday and that bikes left overnight are locked in the back yard. On Friday my bike wasn't there. The volunteer on Friday said the yard gate "isn't always locked".

It was a £650 bike that I saved for. I've spoken to my student union's legal advice service and they've said I have a claim, and I'll be taking it forward if the cafe doesn't take responsibility.

Fatima
"""),

dict(f=("Olivia Castellanos", "olivia.castellanos@mailbox.example"), ind="ballet",
     s="returned shoes - refund by Friday or I go to court",
     t="legal_threat",
     trap="conditional_threat", note="-",
     b="""\
I returned two pairs of unworn pointe shoes on 3 March with the returns form, well within your 30 days. Royal Mail shows them signed for on the 5th. No refund.

If I don't see the money by Friday I will start a claim in the county court. I've got all the paperwork.

O. Castellanos
"""),

dict(f=("Edmund Garside", "edmund.garside@mailbox.example"), ind="cathotel",
     s="Pudding escaped - council informed",
     t="legal_threat,regulatory",
     trap="-", note="authority = council licensing",
     b="""\
Your staff left the outer door of the cattery open while cleaning and our cat Pudding got out. She was found two days later on the bypass, very frightened but alive, no thanks to you. Nobody from the cattery even rang us until the next morning.

I have reported the incident to the council's animal licensing officer, since your licence requires a double-door system that clearly isn't being used. My solicitor will also be in touch about the vet bills.

Edmund Garside
"""),

dict(f=("Rosemary Thistlewood", "r.thistlewood@mailbox.example"), ind="knives",
     s="knife sharpening van - reporting you",
     t="regulatory",
     trap="-", note="-",
     b="""\
Your van at the Saturday market is selling "professional chef knives" with no maker's name on them, the handles come loose and one snapped at the bolster the first time I used it. The man said they're "from a wholesaler".

I've reported the van to Trading Standards and given them the receipt. I thought you should know.

Rosemary Thistlewood
"""),

dict(f=("Conor Blake", "conor@blake-aerial.example"), ind="drones",
     s="Reporting last weekend's race to the CAA",
     t="regulatory,safety",
     trap="-", note="-",
     b="""\
Hi,

At the Coton Park race on Sunday the course was set up right against the public footpath with no netting on that side. Two drones went through the gates and came down on the path, one within a couple of metres of a family walking a dog. I'm a pilot in the league and I'm not comfortable with it.

I've raised it with the race director twice and nothing's changed, so I've now reported it to the CAA. I'd rather the league heard it from me first.

Conor Blake
"""),

dict(f=("Brenda Kowalczyk", "brenda.k@mailbox.example"), ind="records",
     s="Vinyl club charges after I cancelled",
     t="billing_dispute,regulatory",
     trap="-", note="US customer, FTC complaint",
     b="""\
Hi,

I cancelled my "record of the month" club membership on January 9 (I have the confirmation email). You have charged my card $34.99 on February 1 and again on March 1. Your site makes it almost impossible to find the cancel button and now it turns out cancel doesn't even cancel.

I have filed a complaint with the FTC and with my state's consumer protection office. I also want both charges refunded.

Brenda Kowalczyk
Columbus, OH
"""),

dict(f=("Yannick Obi", "yannick.obi@mailbox.example"), ind="fencing",
     s="my details given to the sponsor",
     t="regulatory",
     trap="-", note="GDPR violation alleged",
     b="""\
Hello,

I never agreed to the club giving my email address and phone number to your equipment sponsor, but since last month I get their sales calls and emails, and their rep told me "the club sent over the membership list". That's a GDPR violation as far as I'm concerned, and I'd like the club to confirm what was shared and to whom.

Yannick
"""),

dict(f=("Geraldine Pask", "geraldine.pask@mailbox.example"), ind="vineyard",
     s="Pruning shears rental",
     t="media_threat",
     trap="-", note="review threat",
     b="""\
The electric pruning shears we rented for the weekend came with one battery instead of the two on your website, and it lasted two hours. We lost a whole day on the rows.

I'm happy to give you the chance to put it right, but if I don't hear back I'll be leaving an honest review on Google and on the growers' forum, and a lot of small growers round here read that forum.

Geraldine Pask
"""),

dict(f=("Reverend Mother Agatha", "bursar@stclare-convent.example"), ind="clocktower",
     s="The bells",
     t="media_threat",
     trap="-", note="local paper mention",
     b="""\
Dear friends,

The convent bells have been silent for seven weeks now, since your men took the clappers away "for a fortnight". The village has noticed. The editor of the Gazette has rung me twice asking why, and I'm afraid the next time I shall have to give him your firm's name and tell him exactly how long we've waited.

With every blessing,
Sister Agatha
Bursar, St Clare's
"""),

dict(f=("Philip Greenhalgh", "phil@greenhalgh-estates.example"), ind="hedge",
     s="Photos of the mess",
     t="executive_contact,media_threat",
     trap="-", note="-",
     b="""\
Your crew have left the cut brash from the roadside hedges in the lane for nine days. Cars are having to drive on the verge. I've posted the photos on X and on Nextdoor and tagged your managing director on LinkedIn, since nobody answers the phone.

Phil Greenhalgh
"""),

dict(f=("Deborah Ainsworth", "d.ainsworth@calder-accountants.example"), ind="vending",
     s="coffee machine credits",
     t="executive_contact,technical_issue",
     trap="-", note="will raise with vendor's CEO",
     b="""\
Hi,

For the third month running the staff credit top-ups in the coffee machine app haven't arrived on the 1st - they turn up on the 5th or 6th, so people pay cash at the cafe round the corner in the meantime.

I'm seeing your chief executive at the chamber of commerce dinner next Thursday and I'll be raising it with her directly if it isn't sorted before then.

Deborah Ainsworth
Practice Manager
"""),

dict(f=("Ewan Drummond", "ewan.drummond@mailbox.example"), ind="shearing",
     s="Who owns the company",
     t="corporate_contact_request,executive_contact",
     trap="-", note="asks owner's number to call him",
     b="""\
Who owns this outfit? I want his direct number. I'm done with the office girl telling me she'll "pass it on". I'll ring him myself about the state my flock was left in.

Ewan Drummond
Glenbrae
"""),

dict(f=("Isla Kerrigan", "isla.kerrigan@studentmail.example"), ind="bikecafe",
     s="contact for the trustees",
     t="corporate_contact_request",
     trap="-", note="board contact",
     b="""\
Hi,

Could you send me the contact address for the charity's board of trustees, or the registered office? I'd like to raise a concern about how volunteers' hours are being logged and I think it should go to the board rather than the cafe inbox.

Thanks,
Isla
"""),

dict(f=("Naomi Birchall", "naomi.birchall@mailbox.example"), ind="ballet",
     s="card used fraudulently after buying from you",
     t="security_incident",
     trap="-", note="-",
     b="""\
Hi,

Two days after I bought leotards from your website with a card I only use for online shopping, there were five transactions on it in another country. My bank says yours is the only merchant that card was used at in the last three months, and the card has never left my drawer.

I think your website's checkout may have been hacked. You need to check it, other customers will have the same problem.

Naomi Birchall
"""),

dict(f=("Rupert Vane", "rupert@vanemagic.example"), ind="magic",
     s="checkout broken for everyone",
     t="outage,technical_issue",
     trap="-", note="-",
     b="""\
Your online shop has been down since yesterday evening. Product pages load but the basket and the checkout throw a 500 error on every attempt, and two friends in the magic circle say the same. It's the week before the convention, so I imagine you're losing a lot of sales.

Rupert
"""),

dict(f=("Tilly Ashcombe", "tilly.ashcombe@mailbox.example"), ind="fencing",
     s="my grading history vanished",
     t="data_loss,technical_issue",
     trap="-", note="-",
     b="""\
Hi,

My member profile on the club site now shows me as a "new member, joined 2025" and my grading history (bronze, silver, and the gold I passed in November) has disappeared. I need the record for my coaching course application by the end of the month.

Tilly
"""),

dict(f=("Kenneth Oyelaran", "ken.oyelaran@mailbox.example"), ind="truffle",
     s="cancel my truffle box subscription",
     t="cancellation_threat",
     trap="-", note="leaving because of quality",
     b="""\
Please cancel my monthly truffle box. Two of the last three boxes arrived with the truffles soft and mouldy, and I'm not paying £45 a month for compost. I'll buy from the market instead.
"""),

dict(f=("Helena Marwick", "helena@marwickceramics.example"), ind="kiln",
     s="Following up with Claire directly",
     t="executive_contact,technical_issue",
     trap="-", note="has already contacted the CEO",
     b="""\
Hello,

Just so you're aware - I met Claire, your CEO, at the ceramics fair in Harrogate and mentioned the ongoing problem with the repair of my kiln (job KR-1185, elements replaced twice, still not reaching temperature). She told me to email her directly, which I did last night, and she's asked me to also log it with you so it's on record.

Thanks,
Helena Marwick
"""),
]
