# English customer mail that carries at least one trigger. One hand-written block per message.
LANG = "en"
M = []


def m(frm, subj, trig, body, trap="-", note="-", **kw):
    M.append(dict(frm=frm, subj=subj, trig=trig, body=body, trap=trap, note=note, **kw))


m("Harriet Voss <harriet.voss@lanternfield.example>", "order 44817 - the lamp",
  "safety,technical_issue", """\
Hi,

The illuminated globe (the 30cm political one, order 44817) arrived on Tuesday and my
daughter has it on her desk. Last night I went in to say goodnight and the base was too hot
to touch and there was that burnt-plastic smell. I unplugged it straight away. There is a
brown mark on the inside of the base now.

I don't want a replacement of the same model until someone can tell me this isn't a fire
waiting to happen. Photos attached.

Harriet
""", note="globe base overheating, burn smell", pack="mixed", attach="globe_base.png")

m("Dmitri Anand <d.anand@coldharbour-events.example>", "Re: Winter gala sculptures - deposit",
  "broken_promise,high_value_order", """\
Hello Sophie,

Just picking this up again because the date is getting very close.

When we spoke on the 3rd you told me the revised drawings for the two swans and the
champagne luge would be with me "by Friday at the latest". That was two Fridays ago. I have
paid the deposit of GBP 6,400 on the contract (total 12,800) and I still have nothing I can
show the venue. The venue needs floor loading figures from you and I can't give them anything.

I'm not trying to be difficult. I just need the drawings and the weights.

Regards,
Dmitri Anand
Events Coordinator, Coldharbour House
""", note="promised drawings not sent; 12,800 contract unresolved")

m("pete <pete.lindqvist@mailbox.example>", "cant log in AT ALL",
  "outage,technical_issue", """\
none of us can get in to the club portal since about 7 this morning. tried chrome, firefox,
my phone, my wifes laptop. it just spins and then says 502 bad gateway. the whole committee
is trying to get the flying-day rota out and we cant. is it down for everyone??

pete (treasurer, Fenwick Model Flyers)
""", note="502 on portal, whole club")

m("Aurelia Brandt <aurelia.brandt@web-post.example>", "Dog food - charged twice this month",
  "billing_dispute", """\
Hello,

I had a look at my bank statement this morning and there are two debits from you on the 1st,
both for 64.90. I have one subscription (the grain-free lamb, 2 bags every 4 weeks) and only
one box came. Can you please refund the second one?

Thanks
Aurelia
""")

m("Tomasz Wieczorek <tomasz.w@postbox.example>", "telescope mount",
  "high_value_order,technical_issue", """\
Good afternoon,

I am writing regarding my order SO-20931 from your shop, the 14 inch Dobsonian with the
GoTo equatorial mount, total price was 7,240 euros. Delivery was fine, very well packed,
thank you for that.

Problem is the mount. On the declination axis the motor makes a grinding sound and after
about 20 minutes of tracking it stops and the hand controller shows "Motor Stall Err 17".
I have tried with the supplied power pack and with my own 12V battery, same result. I
follow every step of the manual, the alignment is done, the balance is done.

For this much money I expect it to work from the box. Please advise what we do, I prefer a
replacement mount and not a repair which takes months.

Best regards
Tomasz Wieczorek
""", trap="non_native", note="non-native; 7,240 EUR order, motor stall error")

m("Rosalind Achebe <rosalind@achebe-family.example>", "",
  "cancellation_threat,severe_dissatisfaction", """\
I have now had three boxes where the chicken was swapped for "seasonal fish" without anyone
asking me. My dog is allergic to fish. I put that in the notes field in CAPITALS when I
signed up. This is frankly disgusting and I am absolutely livid that I had to find out
because he was sick on the kitchen floor at 2am.

Stop the subscription. I'm done with you.
""", trap="count_not_contacts", note="empty subject; allergy ignored", pack="plain")

m("Gareth Pryce <gareth.pryce@harbourmouth-yc.example>", "Mainsail for 'Kittiwake' - third time of asking",
  "repeat_contact,high_value_order,broken_promise", """\
Morning,

This is the third email I've sent about this, plus two voicemails, so forgive the tone.

We ordered a new laminate mainsail and a furling genoa for Kittiwake back in January,
invoice HM-0772, GBP 9,350 paid in full. We were told the sails would be ready for the
start of May. It's now the middle of June. The boat has been sitting on her mooring with
the old sails that are, quite literally, coming apart at the leech.

Every time I ring, someone says they'll get Mark to call me back. Mark has never called me
back.

I need a date. A real one.

Gareth Pryce
""", note="3rd contact, unpaid callback, 9,350 GBP sails late")

m("Noor Haddad <noor.h@inbox.example>", "acupuncture booking system",
  "security_incident,technical_issue", """\
Hi there,

I logged in to the patient portal to move my Thursday appointment and the "My documents"
tab was showing somebody else's intake form. Full name, date of birth, her medical history,
medications, everything. I refreshed and it went back to mine but I saw it, and I assume
someone else can see mine too.

I think you need to look at this today. I haven't screenshotted it because it didn't feel
right to keep a copy.

Noor
""", note="portal exposed other patient's intake form")

m("Bill Okafor <bill.okafor@okafor-brass.example>", "trumpet repair - who do I speak to",
  "manager_request,technical_issue", """\
Hi,

Dropped my Strathmore trumpet in for a valve realignment two weeks ago. Picked it up Saturday and
the third valve slide is now stiffer than before, and there's a scratch across the bell that
definitely wasn't there. The young lad on the counter just shrugged.

I'd like whoever runs the workshop to give me a ring please. Not the counter. 555-0182.

Bill
""")

m("Lena Hartmann <lena.hartmann@mailhaus.example>", "Subscription / App problem",
  "data_loss,technical_issue", """\
Hello dear support team,

Since the update yesterday evening my whole archive of solved crosswords is gone in the
app. I had all the cryptic ones from 2022 until now, with my own notes in the margin
function. Now the archive page says "Keine Rätsel" / "No puzzles" and the counter is at 0.

I have reinstalled, logged out and in again, nothing. It is really a pity because the notes
were important for me (I use them for my crossword group).

Is it possible to get them back from your server?

Mit freundlichen Grüßen / kind regards
Lena Hartmann
""", trap="mixed_language", note="German customer writing English; archive wiped after update")

m("Carlos Mendes <cmendes@mendes-karaoke.example>", "Re: Invoice KB-2291",
  "billing_dispute,broken_promise", """\
Hi Jenna,

You said on the phone last week you'd reverse the 180 dollar late-cancellation fee on
KB-2291 because our booking was moved by YOU, not us. It's still on the account and
today I got a reminder saying it's overdue. Please take it off like you said.

Carlos

> On 14 Mar, Jenna at Starlight Rooms wrote:
> Hi Carlos, thanks for calling. I'll look into the fee and get back to you.
""", trap="quoted_reply_below", note="promised fee reversal not done")

m("Imogen Clarke <imogen.clarke@hollowtree.example>", "Yurt booking - disappointed doesn't cover it",
  "severe_dissatisfaction,media_threat", """\
We arrived at 4pm on Friday for our anniversary weekend (booking YRT-5521, the "Birch" yurt
with the wood burner). The yurt had not been cleaned. There were wet towels on the floor,
a bin full of someone else's rubbish, and the bed linen had clearly been slept in. When we
went to the office, the lad there said the cleaner had "called in" and offered us a
discount voucher for next time.

Next time? We drove three and a half hours.

I have honestly never been treated like this anywhere. It was revolting. We slept in the
car and drove home Saturday morning.

I'm writing up the whole weekend, with the photos, for every review site I can find,
and I'll be putting it in the local glamping group on Facebook where I know a lot of people
have been eyeing you up for the summer. You can expect that by the weekend.
""", note="reviews + Facebook group; dirty yurt")

m("Jonas Feld <jonas.feld@feld-optik.example>", "finder scope bracket",
  "feature_request", """\
Hi,

Love the 80mm refractor, no complaints there. One suggestion though: it would be really
handy if you sold the finder-scope bracket in a version with a narrow dovetail foot as well as
the wide one. At the moment I have to use an adapter and it wobbles.

Cheers, Jonas
""")

m("Margaret Oyelaran <m.oyelaran@northwold.example>", "Complaint about your fitter",
  "discrimination_harassment", """\
Dear Sir or Madam,

I attended your workshop on Canal Street on 9 April for the fitting of my orthopaedic
shoes. I use a wheelchair. The gentleman who did the fitting spoke only to my son, as if I
wasn't in the room, and when I asked him a question directly he said, and I quote, "we
don't usually get people like you in the showroom, you'd normally send a carer". He then
made a remark to his colleague about the step at the entrance being "a feature not a bug".

I have been a customer of yours for eleven years. I have never been made to feel so small.
I would like this taken seriously and I would like to know what you intend to do about it.

Yours faithfully,
Margaret Oyelaran
""", note="disability discrimination by fitter")

m("Stuart Lennox <stuart@lennox-cycles.example>", "Frame restoration - where is it",
  "broken_promise,repeat_contact,cancellation_threat", """\
Fourth time writing. The 1952 Carrow Flyer frame was supposed to be back from enamel on the
20th. Nobody answers the phone, and the "we'll email you tracking tomorrow" last Tuesday
didn't happen either. If I don't have either the frame or a straight answer by Friday I'll
collect it unfinished and take the rest of the job to Pedalworks up the road.
""", note="4th contact, promised tracking")

m("Anneke de Vries <anneke.devries@dvmail.example>", "login",
  "outage,technical_issue", """\
Good morning,

Nobody in our office can get past the login page of the booking system since 9. We type the
password and it just goes back to the same page, no error. We are a small clinic, 3
practitioners, and the patients are arriving and we cannot see who is booked. Also the
online booking page for patients shows a white page.

Can you check your side please, it is urgent for us.

Anneke (reception)
""", trap="indirect_outage", note="outage phrased as login loop for whole office")

m("Raymond Teo <raymond.teo@teoworks.example>", "re: your reply",
  "severe_dissatisfaction,manager_request", """\
With respect, "we're sorry for any inconvenience" is not an answer. I paid for a two-day
glass-blowing course, day one was cancelled an hour before start because the furnace
"wasn't up to temperature", and the replacement date you offered is a weekday I have to
work. This is a shambles from start to finish and frankly insulting.

I want someone with actual authority to look at this. Please pass it up the chain.
""", trap="indirect_escalation", note="'pass it up the chain' = escalate")

m("Fiona McAllister <fiona.mcallister@glenbrae.example>", "CEO email address please",
  "corporate_contact_request,executive_contact", """\
Hello,

Could you give me the email address for your managing director or CEO? I've had no joy
through the normal channels about the bridle and saddle I ordered in February and I'd like
to set out the whole history for someone at the top.

Fiona McAllister
""", note="asks exec email to write to them")

m("Kwame Asante <kwame.asante@asante-law.example>", "Hand-stitched saddle, order 3318",
  "legal_threat,high_value_order", """\
Dear Mr Holloway,

I refer to my order no. 3318 for a made-to-measure dressage saddle, agreed price GBP 5,850,
of which I paid GBP 3,000 on account in October. The saddle was to be delivered by 15
January. It has not been delivered and you have not responded to my last two letters.

Unless the saddle, or a full refund of my deposit, is with me within fourteen days I shall
issue a claim in the county court without further notice.

Yours sincerely,
Kwame Asante
""", note="county court claim; 5,850 order")

m("ellie <ellie.kowalczyk@mailbox.example>", "globe",
  "technical_issue", """\
hi the spinning bit on my globe makes a clicking noise every rotation and it gets stuck
around australia lol. is that normal? bought it 3 weeks ago. thanks ellie
""", note="short, minor defect")

m("Priya Raman <priya.raman@ramanhome.example>", "Please read this properly this time",
  "repeat_contact,severe_dissatisfaction,billing_dispute", """\
I have now explained this on the phone twice and by email once. This is the fourth time.

I CANCELLED the crossword magazine subscription on 2 February. I have the confirmation
email. You have taken 7.99 on 1 March, 1 April and 1 May. That is 23.97 you have taken
from me for magazines I told you I didn't want and which have gone straight in the recycling.

Each time I'm told it's "been passed to billing". I am sick to death of being fobbed off.
This is an absolute disgrace.

Refund the three payments and confirm in writing that the subscription is closed.
""", note="charged after cancelling; 4th contact")

m("Owen Gallagher <owen.gallagher@gallagher-sails.example>", "Online quote tool",
  "feature_request,technical_issue", """\
Hi team,

Two things about the sail quote tool on the website.

First, a bug: if you enter the luff length in feet and then switch units to metres, the
figure doesn't convert, it just keeps the number, so 38 ft becomes 38 m. I nearly sent a
quote request for a sail the size of a house.

Second, a wish: it would be great to be able to save a boat profile, so I don't have to
re-enter the rig dimensions every time I want a price for a different sail.

Owen
""")

m("Yasmin Sayed <yasmin.sayed@ssmail.example>", "someone ordered with my account",
  "security_incident", """\
Hi,

I've had an email saying my order for 6 bags of salmon kibble has been dispatched to an
address in Leeds. I don't live in Leeds and I didn't order it. When I went to log in my
password didn't work and the email on the account has been changed to something I don't
recognise. My card is saved on that account.

What do I do? I've rung my bank already.

Yasmin
""", note="account takeover")

m("Henrik Sorensen <henrik@sorensen-horn.example>", "Tuba rotor valve job",
  "broken_promise", """\
Hello,

Your workshop promised the rotary valves on my Kessler tuba would be rebuilt before our
orchestra's spring concert, which was last night. I played it on a borrowed instrument. I
was told on the 2nd it was "just waiting for the bearings". I would like to know when I
can have my tuba back.

Henrik Sorensen
""")

m("Alison Pike <alison.pike@pike-farm.example>", "shoe order update??",
  "broken_promise,severe_dissatisfaction", """\
Your website said 3-4 weeks for the custom insoles. It's been 9. I was told on the phone
three weeks ago they were "going out Monday". They didn't. I am in genuine pain walking
without them and I'm at the end of my rope with you people. Absolutely appalling.
""")

m("Chen Wei <chen.wei@weimail.example>", "Question about illuminated globe (urgent)",
  "safety,technical_issue", """\
Dear support,

Yesterday my son (7) touched the cable of the globe lamp where it enters the base and
got a small electric shock, he said it "bit" him. I checked and the insulation is split
there, you can see copper. He is fine but crying a lot. I have unplugged it and put it in
the garage.

Please tell me what to do. I think other children can have same problem.

Chen Wei
""", trap="non_native", note="non-native; electric shock from cable")

m("Lucy Harrington <lucy.harrington@harringtons.example>", "karaoke night - staff member",
  "discrimination_harassment,manager_request", """\
Hi,

I was at your Broad Street bar on Saturday with four friends for a birthday. One of your
hosts (tall, beard, named "Dex" on his badge) repeatedly made comments about my body while
I was singing, put his hand on my lower back twice after I'd asked him not to, and when my
friend complained he told her to "lighten up, it's karaoke". We left early.

I'd like to speak to whoever manages that venue, directly, and I'd like to know this has
been dealt with. I'm happy to give a fuller account by phone.

Lucy
""", note="harassment by staff; asks venue manager")

m("Martin Ebersole <m.ebersole@ebersole-astro.example>", "RE: Delivery of observatory package",
  "high_value_order,manager_request,broken_promise", """\
Dear all,

I'm afraid I have to push on this one again.

Our astronomy society ordered the observatory package (the 2.2m dome, the 300mm RC
telescope and the mount), invoice INV-88120, total 18,450.00 USD. Half was paid on order.
Your colleague Brett confirmed delivery for the week of the 12th and we arranged a crane
and six volunteers for that Saturday. Nothing arrived, nobody rang. We lost the crane
hire fee.

At this point I would like a senior person to take ownership of this order. Brett is
friendly but he doesn't seem to be able to get answers either. Could someone above him
please call me on 555-0163 before the end of the week.

Martin Ebersole
Treasurer, Millbrook Astronomical Society

-----Original Message-----
From: Brett Lawson
Sent: 02 May 13:11
To: Martin Ebersole
Subject: RE: Delivery of observatory package

Hi Martin, all confirmed for the week of the 12th, I'll send the driver's number nearer
the time. Cheers, Brett
""", trap="quoted_reply_below", note="delivery promised not kept; 18,450 USD; wants someone senior")

m("Joanne Brierley <jo.brierley@brierleys.example>", "Direct debit",
  "billing_dispute,cancellation_threat", """\
Hi, you've charged me 89 pound for a 'premium yearly renewal' on my crossword magazine
account. I never agreed to premium, I've been on the standard 45 a year since 2019. Please
put it back to what it was and refund the difference, otherwise I'll be cancelling
altogether, I'm not paying nearly double for the same magazine.
""")

m("Sam Okonjo <sam.okonjo@okonjo-design.example>", "Studio class sign-up page",
  "technical_issue", """\
Hello,

Trying to book the "Intro to paperweights" class for two people. On the payment step I
get "Error 422: seat_hold_expired" even though I only spent about a minute on the page.
Tried four times now. Same with the Sunday slot.

Regards,
Sam
""", note="single feature bug")

m("Verity Shaw <verity.shaw@vs-consult.example>", "Follow-up regarding account",
  "regulatory", """\
Hello,

Back in March I asked you, under data protection law, for a copy of all the personal data
you hold on me (my acupuncture treatment notes included). The legal deadline is one
month. It has now been ten weeks and I've had no response at all.

I've now lodged a complaint with the Information Commissioner's Office and included a
copy of my original request. You should expect to hear from them.

Verity Shaw
""", note="ICO complaint lodged")

m("Ruth Gallo <ruthgallo@gallohouse.example>", "Sculpture melted before the speeches",
  "severe_dissatisfaction,billing_dispute", """\
To whoever is responsible.

Our daughter's wedding. The ice sculpture (two doves and the entwined initials) was
delivered at 11 instead of 3 as agreed, sat in the marquee in full sun for five hours, and
by the time of the speeches it was a puddle with a lump on top. Your driver left it on the
wrong table and didn't set up the drip tray, so the puddle went over my sister's shoes.

Then your invoice arrives with a 240 pound "extended setup" charge on top of the agreed
1,150. Extended setup! Nobody set anything up! I've never seen such a shambolic,
incompetent outfit in my life and I'm not paying that 240.

Ruth Gallo
""")

m("Daniel Hirsch <daniel.hirsch@hirschpost.example>", "Third attempt - saddle fitting visit",
  "repeat_contact,manager_request", """\
This is my third message and I have also phoned twice. I simply want to rebook the saddle
fitter's visit that your office cancelled at 8am on the day. Can a supervisor or whoever
organises the fitters' diary please contact me because clearly the inbox isn't working.

Daniel
""")

m("Giulia Romano <giulia.romano@romanofamily.example>", "I'll take my business elsewhere",
  "cancellation_threat", """\
Hi,

Our Labrador has been on your puppy plan for 6 months. The last two deliveries were left on
the doorstep in the rain and the paper bags split. Your reply to my photo was a 10% code.

Honestly I think I'll take my business to the butcher in town who does raw boxes from next month
unless you can actually fix the delivery instructions on my account. It's not complicated:
"leave in the porch".

Giulia
""", trap="indirect_cancellation", note="'take my business' phrasing")

m("Philippa Dunmore <philippa@dunmore-acu.example>", "our clinic data",
  "data_loss,technical_issue,manager_request", """\
Hi,

We run a two-room acupuncture practice and have used your clinic software for four years.
Following your "database migration" over the weekend, all appointment notes entered between
roughly 1 and 14 August are gone. The appointments still exist, but the treatment notes
fields are blank. For some patients those were treatment plans agreed with their GP.

I need to know (a) whether these can be restored from a backup, and (b) how this happened.
I'd also like this handled by someone senior on the technical side rather than a first-line
ticket, please, because we need a proper explanation for our own records.

Philippa Dunmore
Practice owner
""", trap="buried_trigger")

m("Marcus Bell <marcus.bell@bellfamily.example>", "",
  "technical_issue", """\
Hi karaoke app wont load the song list on ipad since last update, just a blank screen with
the logo. phone version fine. regards marcus

Sent from my iPad
""", note="empty subject")

m("Hannah Kirsch <hannah.kirsch@kirsch-studio.example>", "Public comment request",
  "media_threat", """\
Dear press office,

I'm a freelance reporter writing a piece for a regional arts magazine about the closure of
independent glass studios in the North East, and several former students of your evening
courses have told me their course fees weren't refunded when the studio shut in March.

I'd like to give you the chance to respond. Could you tell me whether refunds have been
issued, how many students were affected, and what the studio's plans are? My deadline is
Thursday 5pm.

Hannah Kirsch
07700 555 014
""", note="journalist inquiry always fires")

m("Dev Malhotra <dev.malhotra@malhotra.example>", "Model flying club membership - data",
  "security_incident", """\
Hello,

I got an email yesterday claiming to be from the club membership portal, with the club
logo and my membership number, asking me to "re-verify my club insurance" by entering my
card details. It came from an address at your domain. Two other club members got the same
one. Either your system is sending phishing or someone has our member list. Which is it?

Dev Malhotra
""", note="phishing with member data from their domain")

m("Colette Barnes <colette.barnes@barnesmail.example>", "Our booking and your weather policy",
  "billing_dispute", """\
Hello,

We cancelled our glamping weekend (ref YRT-6011) under your storm-warning policy after the
national red weather warning. Your website says a full refund applies. We were refunded 220 out of
the 410 we paid, with a deduction labelled "admin". Please can you explain or refund the
190 difference.

Colette
""")

m("Oliver Grant <oliver.grant@grantfamily.example>", "Trumpet - stuck mouthpiece removed with pliers?!",
  "severe_dissatisfaction", """\
I brought my son's trumpet in because the mouthpiece was stuck. You got it out. You also got
it out with what must have been pliers because the receiver is crushed and the finish is
gouged. Nobody mentioned it when I collected it. I am absolutely furious. That instrument
was his grandad's.
""")

m("Sunita Kaur <sunita.kaur@kaurclinic.example>", "Booking widget on our website",
  "feature_request", """\
Hi,

We embed your booking widget on our clinic site. Please could you add an option to show
practitioners' photos next to the time slots? A lot of our patients choose by person,
not by time. Also the ability to hide the price would be nice for our NHS-referred
patients.

Thanks!
Sunita
""")

m("Frank Delaney <frank.delaney@delaneyhome.example>", "Complaint re: dog food bag",
  "safety", """\
To the quality team,

Found a piece of sharp blue plastic about the length of my thumbnail in a bag of your
turkey & pumpkin kibble (batch L24-117) this morning. My spaniel had half-chewed it before I
got it off him. He's OK, but if he'd swallowed that it could have been a vet emergency. You
need to check that batch, there may be more.

Frank Delaney
""", note="foreign object, choking hazard")

m("Nathaniel Crewe <nat.crewe@crewe-marine.example>", "Spinnaker - colour and sizing",
  "legal_threat,high_value_order", """\
Hello Jess,

Thanks for the photos of the finished spinnaker. I'm going to be honest, I had a long think
before replying.

The colour. We agreed navy and white panels with the club burgee in the head. What's in the
photos is a royal blue that's nowhere near the swatch I signed off, and the burgee is the old
version we specifically said not to use. I have the email where I sent you the new artwork.

The size. Our rig measurements were sent on the form, SL 14.2m, SMW 8.9m. Your drawing
says 13.6m. That's not a rounding difference, that's a sail that won't fly properly on our
boat.

The total on the order was GBP 7,120 and I've paid 60% up front. I'm not accepting delivery
of a sail that isn't what we ordered.

I'd rather sort this out between us, genuinely. But I'll tell you now that my
brother-in-law, who is a solicitor, has had a look at the order confirmation and he'll be
reading whatever you send back. So please, a proper answer.

Nat Crewe
""", trap="indirect_legal_threat", note="solicitor brother-in-law reading reply; buried threat")

m("Bernadette Kowal <b.kowal@kowalhome.example>", "small claims",
  "legal_threat,broken_promise", """\
You promised me a full refund of 480 for the orthopaedic boots in writing on 12 July
("refund will be processed within 5 working days"). It is now September. I've filled in the
small claims form online and I'll submit it on Monday unless the money is in my account.
""")

m("Tyrone Baptiste <t.baptiste@baptiste-astro.example>", "Order #TS-40012",
  "legal_threat,high_value_order,severe_dissatisfaction", """\
I ordered the 16" astrograph with the observatory-grade mount, invoice total $11,900, paid
by wire. It arrived with the primary mirror cracked and a shipping crate that had obviously
been dropped. Your "claims department" has given me nothing but form letters for five weeks.

This is the most contemptuous treatment I have ever received from a retailer. My attorney
has the file and will be contacting you this week regarding recovery of the full purchase
price.
""")

m("Helen Moorcroft <helen.moorcroft@moorcroft.example>", "Hot tub at the yurt site",
  "regulatory", """\
Hello,

Your listing for the Meadow Yurts clearly says "private wood-fired hot tub". On arrival we
were told the hot tub had been "out of commission since last season". The listing still
says it today. That's a false description. I've reported the listing to Trading Standards
and I've sent them our booking confirmation and photos of the site.

Helen Moorcroft
""", note="trading standards report")

m("Jerome Vance <jerome.vance@vancemail.example>", "Deposit for party room - NOT refunded",
  "regulatory,billing_dispute,severe_dissatisfaction", """\
Your bar kept my $350 deposit for the private karaoke room even though YOUR venue closed
that night for a "staff shortage". I have the text you sent cancelling it. Three weeks of
excuses. This is outrageous and frankly crooked.

I'm filing a complaint with the state attorney general's consumer protection division
tomorrow morning unless that $350 is back on my card.
""", trap="conditional_threat", note="conditional AG complaint")

m("Marie-Claire Dubois <mc.dubois@duboisfamily.example>", "Auto-renewal",
  "regulatory,billing_dispute", """\
Hi,

I signed up for the "3 issues for $5" crossword trial. Nowhere on the sign-up page did it
say it would automatically roll into a $79 annual plan, which you charged to my card on
the 4th. I've read your terms now and even they say you will remind customers 7 days
before renewal. I got no reminder.

I've submitted a complaint to the FTC about the sign-up flow. I'd still like the $79
refunded.
""")

m("Sebastian Frost <seb.frost@frostbite.example>", "Unsubscribed 3 months ago",
  "regulatory", """\
Hi,

I unsubscribed from your dog food marketing in June. I'm still getting emails and now I'm
getting postal leaflets from a pet insurance company that has my name spelled the exact way
only your sign-up form had it. You have shared my details without consent. That is a
GDPR violation, plain and simple, and I'd like to know who you sold it to.

Seb
""")

m("Clara Whitfield <clara.whitfield@whitfield.example>", "Re: Re: Damaged globe - still waiting",
  "executive_contact,repeat_contact", """\
Hello again,

I've cc'd Eleanor Whitcombe, who I understand is your CEO, because this is the fourth time
I'm writing about the 50cm antique-style globe that arrived with a split meridian ring and
I still haven't got a replacement or a returns label.

Clara Whitfield
""", cc="Eleanor Whitcombe <e.whitcombe@example.test>", note="cc'd CEO")

m("Ian Rutherford <ian.rutherford@rutherford-cycles.example>", "Bike collection",
  "executive_contact", """\
Just so you know, I sent a message to your founder on LinkedIn last night about the
wheel-building job. Maybe that gets a reply faster than this inbox does.

Ian
""", trap="linkedin_not_media", note="LinkedIn message to founder is executive_contact not media")

m("Agnes Thornbury <agnes.thornbury@thornbury.example>", "Formal complaint - Lakeside glamping",
  "executive_contact,severe_dissatisfaction,cancellation_threat", """\
To Customer Services,

I have stayed at Lakeside every summer since 2017 and booked the whole of the north field for
my family reunion this August (four yurts, eleven nights). I will not trouble you with every
detail, but the short version is: the composting toilets were not emptied once in the
eleven days; when my nephew asked the site warden about it he was told to "dig a hole";
and on the Thursday a warden drove a quad bike through the middle of the children's
rounders game.

I am disgusted. I have never been treated with such contempt at a place I have been loyal to
for years.

I will be writing to your board of directors with the full account, and you may take it that
the reunion will not be at Lakeside next year, or any year.

Agnes Thornbury
""", trap="buried_trigger", note="writing to board; won't rebook")

m("Derek Mbeki <derek.mbeki@mbekimail.example>", "Can I talk to the owner?",
  "executive_contact", """\
I'd like to speak with the owner of the brass repair shop, please, not the counter staff.
Whoever signs the cheques. Is that possible?
""", trap="owner_as_executive", note="'owner' as executive")

m("Louise Akers <louise.akers@akerslaw.example>", "Registered office address",
  "corporate_contact_request,billing_dispute,executive_contact", """\
Hello,

Please could you let me have your company's registered office address and the name of
your finance director. I need to write formally about invoice 20341, where I have been
billed for a second fitting appointment (95.00) that I did not attend because your fitter
cancelled it.

Thank you,
Louise Akers
""", note="registered office + FD name; wrong charge")

m("Mohammed Aziz <m.aziz@azizhome.example>", "who is your legal dept",
  "corporate_contact_request", """\
Hi. What is the email address of your legal department? I have been sent a "final demand" for
a karaoke room I never booked and I want to send my reply to the right people, not a support
queue. Thx
""", note="legal dept contact, not itself a threat")

m("Evelyn Park <evelyn.park@parkfamily.example>", "head office number",
  "corporate_contact_request", """\
Could someone give me the phone number for your head office, please? Not the customer
line, I have that. I need to speak to somebody at head office about the way my son's
membership was handled at the Fenwick club.
""")

m("Rafael Ortega <rafael.ortega@ortega-events.example>", "can't take payments",
  "outage,technical_issue", """\
Hey,

Your payment terminal integration is down for us AGAIN. Every card payment for room bookings
at all three of our karaoke sites fails with "Gateway unavailable" since about 6pm. It's
Friday night. We're turning groups away or taking cash only. Please sort this out asap.

Rafael
Ops, Neon Mic Bars
""", note="payment processing down")

m("Judith Abernathy <judith.abernathy@abernathy.example>", "website",
  "outage,technical_issue", """\
Just to let you know your whole website has been showing "503 Service Temporarily
Unavailable" since lunchtime. I wanted to renew my puzzle subscription but can't get on any
page at all, not even the home page.
""")

m("Kenji Watanabe <kenji.watanabe@wtnb.example>", "booking site not reachable",
  "outage,technical_issue,broken_promise", """\
Hello,

For two days your glamping booking site is not reachable. Browser says "server IP address
could not be found". Your colleague on the phone on Monday said "it will be fixed by the
evening", it was not. I must book for my group of 12 people before the cheap rate ends.

Kenji Watanabe
""", trap="non_native", note="non-native; promised fix")

m("Amy Castellano <amy.castellano@castellano.example>", "Gallery page - all our photos gone",
  "data_loss,technical_issue", """\
Hi,

I'm the volunteer who looks after the photo gallery on our model aircraft club's page on
your portal. Since Tuesday every album before 2024 is empty. The album names are there, the
photo counts say 0. That's fifteen years of club history, including pictures of members who
have since died. I don't have copies of most of them, they were uploaded by members.

Please tell me these can be recovered.

Amy
""")

m("Graham Tully <graham.tully@tullysails.example>", "My saved rig measurements",
  "data_loss,technical_issue", """\
The rig measurements I saved in my account for both my boats have vanished. The "My
boats" page just says "Add your first boat". I spent an afternoon with a tape measure up
the mast getting those numbers.
""")

m("Sarah Nakamura <sarah.nakamura@nakamura.example>", "Merged accounts - dog profile missing",
  "data_loss,technical_issue,repeat_contact", """\
Hi, this is the third time I've written about this.

When your team merged my two accounts (old email and new email), my dog's profile was
deleted, along with the allergy notes and the whole order history. I need the allergy notes
at minimum because the vet asked for the list of foods she has tried.

Sarah
""")

m("Victor Lemaire <victor.lemaire@lemaire.example>", "Strange logins",
  "security_incident", """\
Hello,

I got three emails this week saying "new sign-in to your account from Windows, Bucharest".
I'm on a Mac in Bristol and I've never been to Romania. I've changed my password but
honestly I'd like to know what they could see - my card details and address are in there.

Victor
""", note="suspicious logins")

m("Polly Fenwick <polly.fenwick@fenwickmail.example>", "Newsletter sent with everyone's addresses",
  "security_incident,severe_dissatisfaction", """\
Your monthly "Studio News" email this morning went out with every recipient's email in the
To field. That's hundreds of addresses, mine included, visible to everyone, and some of
them are clearly people's work addresses. I am appalled that a business would be this
careless with people's personal information. Absolutely unacceptable.
""", note="data exposure by newsletter")

m("Ben Hargreaves <ben.hargreaves@hargreaves.example>", "password reset emails",
  "security_incident", """\
Has my account been compromised? I've had six "reset your password" emails since midnight
that I didn't ask for, and when I logged in there's an order I didn't place, for a
big reflector telescope to an address in Kent. I've cancelled my card.
""")

m("Walter Simmons <walter.simmons@simmonsfam.example>", "Club open day - what I was told",
  "discrimination_harassment", """\
Dear Club Secretary,

I went along to your open flying day on Sunday, hoping to join. I am 74 and have built
balsa models since I was a boy. The gentleman running the sign-up table looked at my date of
birth on the form and said the club's insurance "really isn't set up for people your age"
and that the flying slots were "meant for younger members with quicker reflexes". He
suggested I might enjoy the static display instead.

I checked: there is nothing about age in your membership rules. I'd like an explanation.

Walter Simmons
""", note="age discrimination")

m("Aisha Rahman <aisha.rahman@rahmanhome.example>", "my appointment on Monday",
  "discrimination_harassment", """\
Hi,

At my acupuncture appointment on Monday the practitioner asked whether I'd "be taking that
thing off" for the session, meaning my hijab, even though the treatment was on my lower legs.
When I said no she said something about "people who come here should respect how we do
things". I've been coming to you for two years with no problem and left in tears.

I don't want to see that practitioner again and I want someone to look into how she spoke to me.

Aisha
""", note="religious discrimination")

m("Teresa Lowe <teresa.lowe@lowemail.example>", "Horn repair",
  "discrimination_harassment", """\
I went to collect my French horn and the man at the counter wouldn't discuss the repair
with me, asked if my husband "was the player", and told me to bring him in next time
"so we can talk about the technical bits". I AM the player. I've been a professional
horn player for twenty years.
""", note="gender discrimination")

m("Jamal Henderson <jamal.henderson@hendo.example>", "after my complaint",
  "discrimination_harassment,manager_request", """\
Hi,

After I left a complaint about the noise at your Riverside karaoke bar, one of your door
staff has found my number and sent me texts saying he "knows where I drink" and that I
should "watch myself". I've kept the screenshots. I want to speak to the person in charge of
your security staff, today.

Jamal
""", note="threats by staff")

m("Orla Fitzgerald <orla.fitzgerald@fitzg.example>", "Smoke in room 4",
  "safety", """\
Hello,

On Saturday night in room 4 at your Quay Street bar your host kept the smoke machine going
after someone's birthday song and the room filled up so badly you couldn't see the door. Two of
our group were coughing badly, one had an asthma attack and we had to call an ambulance. The
fire door at the back was also padlocked - we checked.

Please make sure someone looks at this before another group is in there.

Orla
""", note="smoke, padlocked fire door, asthma attack")

m("Richard Pemberton <r.pemberton@pembertonstables.example>", "Saddle tree failure",
  "safety,high_value_order,technical_issue", """\
Dear Mr Holloway,

I need to make you aware of something serious. The custom jumping saddle you made for my
daughter in the spring (order 3290, GBP 5,600 with the matched girth and leathers) failed
on Saturday. The tree snapped at the pommel mid-course, the saddle slipped, and she came
off at a fence. She has a fractured wrist and concussion.

I have kept the saddle exactly as it is. I expect you will want to inspect it, and I want to
know what happened.

Richard Pemberton
""", note="injury; saddle failure; 5,600 order")

m("Yvonne Blake <yvonne.blake@blakeevents.example>", "incident at the Midsummer Ball",
  "safety", """\
Hi,

I'm emailing about the ice sculpture at the Midsummer Ball at the Grange on Saturday. About
ten o'clock the wing section of the swan came away and fell onto the buffet table. One of the
waiting staff had her hand cut quite badly and needed stitches. I don't think the base was
secured - it was resting on a wet cloth.

Yvonne Blake
""")

m("Lionel Grange <lionel.grange@grangemail.example>", "Treatment last week",
  "safety", """\
I found an acupuncture needle still in my ankle when I got home after Tuesday's session, it
must have been missed when they took them out. The skin around it is now red and swollen and
I'm going to my GP this afternoon.
""", note="needle left in, injury")

m("Ash Coleman <ash.coleman@colemanbikes.example>", "brakes",
  "safety,technical_issue", """\
Hi, picked up the 1950s Lenton-pattern tourer you restored for me on Thursday. First ride, going down the
hill on Cross Lane the rear brake cable slipped out of the anchor bolt completely and I ended
up going through a hedge. Grazed arms, bent front wheel. The bolt was never tightened. This
could have been a lot worse with traffic around.
""", note="restoration brake failure crash")

m("Freya Lindgren <freya.lindgren@lindgren-art.example>", "Collaboration? Not any more",
  "media_threat,severe_dissatisfaction,broken_promise", """\
Hi,

I've got about 40k followers on Instagram, mostly glass and craft people. I booked your
masterclass and promised them a behind-the-scenes video. You promised me studio access for
filming after the session. On the day, your manager said no filming, no explanation, in front
of the other students.

I was humiliated and honestly it's the rudest treatment I've ever had from a studio. My
followers will hear all about it this week.

Freya
""", trap="manager_word_not_request", note="followers; 'your manager' is reported role not request")

m("Doug Pearson <doug.pearson@pearsonsmail.example>", "Radio",
  "media_threat", """\
Listen, I've been on hold for 40 minutes this morning about my mother's shoe order. I'm
going to ring the consumer show on Radio Westshire on Thursday, they love stories like this,
unless someone actually calls her back.
""", trap="indirect_media_threat")

m("Tilly Martin <tilly.martin@tillymail.example>", "sculpture for the proposal",
  "media_threat,severe_dissatisfaction", """\
so the ice heart you carved for my proposal had the wrong initials on it. T & J not T & G.
in front of his whole family. i am mortified and so so angry. i filmed the whole thing and
its going on tiktok with your business name tagged, people deserve to know.
""")

m("Neville Oduya <neville.oduya@oduya.example>", "Reviews",
  "media_threat,cancellation_threat", """\
Three weeks and no reply to my question about the wrong-size insoles. I'm moving my order
to another maker and I'll be leaving one-star reviews on every site you're listed on
explaining why.
""")

m("Gloria Fenn <gloria.fenn@fennfamily.example>", "Re: your query",
  "repeat_contact,severe_dissatisfaction", """\
I keep contacting you and I keep getting the same copy-and-paste reply. This is now my
fifth email about my son's trombone. Read the thread. It is ridiculous, I am absolutely fed
up to the back teeth with this company.

> On Tue, 4 June, Support wrote:
> Thank you for your patience. Your request has been passed to the workshop.
> >> On Fri, 31 May, Gloria Fenn wrote:
> >> This is the fourth time I am writing. Where is the trombone?
""", note="5th email explicit")

m("Patrick Doyle <patrick.doyle@doylehome.example>", "Chargeback",
  "billing_dispute", """\
You debited 139.00 for the "Deluxe Celestial Globe" on 3 October, order cancelled by me the
same day before dispatch (I have your cancellation email). Nothing refunded. If it's not
back by the end of next week I'm raising a chargeback with my card issuer.
""")

m("Irene Kostas <irene.kostas@kostas.example>", "repair quote",
  "billing_dispute", """\
Hello,

I was quoted 120 pounds to re-solder the bell brace on my euphonium and replace the water key
cork. The invoice says 310. Nobody called to say the price was going up. Can you explain why
and correct it please.

Irene
""")

m("Lawrence Eze <lawrence.eze@eze-corporate.example>", "Corporate winter event - the sculptures",
  "high_value_order,manager_request", """\
Hi Ava,

Following up on our call. To restate the problem for the record: our contract with you for
the Q4 client evening is EUR 8,200 (ice bar, six sculptures, logo block). The logo block was
carved with last year's logo, which we explicitly replaced in the brief, and the ice bar
arrived 2 hours late, after guests were in.

We don't want to fall out over this, but we need a credit note or a partial refund offered
by someone who's able to authorise it. Could you please escalate this to your director?

Lawrence Eze
Head of Client Events
""", trap="indirect_escalation", note="8,200 EUR; 'escalate to your director'")

m("Sophie Granger <sophie.granger@grangerfam.example>", "group booking 6,300",
  "high_value_order", """\
Hi there,

We have a group booking for 18 people over 5 nights (YRT-GRP-118, total GBP 6,300, paid in
full). We've just received a confirmation for only three yurts instead of five. Can you
correct it before other groups book the remaining yurts? Quite worried.

Sophie
""")

m("Abdul Karim <abdul.karim@karimcollect.example>", "Wrong globes delivered",
  "high_value_order", """\
Dear Sir,

For the new reading room of our library we ordered 9 x floor-standing globes, invoice
MG-7781 total 5,430.00 GBP. Delivered were 9 x desk globes. The delivery driver left before
we open the boxes. Please arrange the exchange, the opening is in two weeks.

Regards
Abdul Karim
Library Services
""", trap="non_native", note="non-native; 5,430")

m("Rebecca Thorne <rebecca.thorne@thornefamily.example>", "Dark mode please!",
  "feature_request", """\
Hello crossword people, small request - could you please add a dark mode to the app? I do the
cryptic in bed and the white screen is blinding. And while I'm asking, printing a puzzle as a
proper PDF instead of a screenshot would make my dad very happy.
""")

m("Horace Lim <horace.lim@limbrass.example>", "suggestion for the booking form",
  "feature_request", """\
Hi,

When booking an instrument in for repair online, please support uploading a photo of the
damage. At the moment I have to email it separately and quote the reference. Would save
everyone time.

Horace
""")

m("Elspeth Munro <elspeth.munro@munro-flyers.example>", "flight log export",
  "feature_request", """\
Dear portal team,

Our members log their flights in the club portal. Could you add an export of an individual's
logs to CSV or Excel? Several of our pilots need it for their proficiency certificates and
at the moment they are copying the table by hand.

Many thanks,
Elspeth Munro, Club Secretary
""")

m("Tom Whitaker <tom.whitaker@whitakerhome.example>", "Shoes",
  "feature_request", """\
Any chance you'd start doing the Comfort Walker in a wide E-fitting? You're the only maker
whose heel cup actually works for me but my forefoot doesn't fit the standard one.
""")

m("Rachel Benn <rachel.benn@bennmail.example>", "This needs escalating",
  "manager_request,technical_issue", """\
Third day in a row that the dog-food delivery app crashes when I try to skip a week. It's a
simple thing and I'm getting nowhere with the chat bot. I want this escalated to someone who
can actually do something.
""", trap="count_not_contacts")

m("Gordon Price <gordon.price@priceplace.example>", "Your supervisor",
  "manager_request,severe_dissatisfaction", """\
Put me through to your supervisor. I've been given two different delivery dates by two
different people and the second one put the phone down on me. Utterly disgraceful.
""", trap="second_contact", note="two contacts only, not repeat")

# ---- human mail that looks automated (trap looks_automated)

m("Deborah Quaile <deborah.quaile@quailehouse.example>", "Out of Office 3-14 June / saddle order 3402",
  "broken_promise", """\
I'm away from 3 to 14 June with very limited access to email. For anything urgent please
contact my husband Alan on 555-0119.

Before I go, since I still haven't heard: the general-purpose saddle on order 3402 has not
arrived. Kate told me on the phone it would be with me by the 1st "without fail" so I could
try it before the show. It isn't here and nobody's told me why.

Deborah Quaile
""", trap="looks_automated", note="OOO-style opener by a human, then broken promise")

m("Nigel Ashdown <nigel.ashdown@ashdownmail.example>", "Re: We have received your request [#48211]",
  "repeat_contact,severe_dissatisfaction", """\
"Thank you for contacting us. We have received your request (#48211) and a member of our
team will respond within 2 working days. This is an automated message, please do not reply."

That is the message I have now had FOUR times, for four emails, over three weeks, about
the telescope eyepiece set that arrived with two eyepieces missing. Not one human being has
replied. This is beyond a joke, it's a complete disgrace of a service.
""", trap="looks_automated", note="customer pastes desk auto-ack; 4th email")

m("Catherine Ojo <catherine.ojo@ojofamily.example>", "Fw: Undelivered Mail Returned to Sender",
  "billing_dispute", """\
Hi, your billing address bounces so I'm sending this here instead. See below.

----- Forwarded message -----
From: Mail Delivery System <MAILER-DAEMON@mx.example.test>
Subject: Undelivered Mail Returned to Sender

This is the mail system at host mx.example.test.
I'm sorry to have to inform you that your message could not be delivered to one or more
recipients.

<billing@example.test>: host mailstore.example.test said: 550 5.1.1 User unknown

----- End forwarded message -----

What I was trying to say to billing: you've charged me 64.50 twice for the same box of
organic beef & veg on 12 August. One box, two payments. Please refund one.

Catherine
""", trap="looks_automated", note="pasted bounce + double charge")

m("Accounts Payable - Saltmarsh Sailing School <ap@saltmarsh-sailing.example>", "Invoice SR-55102 - payment on hold",
  "billing_dispute,high_value_order", """\
Dear Sirs,

We have received your invoice no. SR-55102 dated 3 September 2024 for the amount of
GBP 14,260.00 (6 x training mainsails, 6 x jibs, 2 x spinnakers).

Upon checking against the delivery note we note the following:

  1. Spinnakers (2 x GBP 920.00) have not been delivered.
  2. The jibs have been invoiced at the 2025 price list rate of GBP 585.00 instead of the
     quoted GBP 495.00.

We therefore dispute GBP 2,380.00 of this invoice and have placed the payment on hold until a
corrected invoice is received.

Kind regards,
Jean Hollis
Accounts Payable
Saltmarsh Sailing School
""", trap="looks_automated", note="AP-style 'we have received your invoice' opener, dispute on 14,260")

m("Alastair Byrne <alastair.byrne@byrne-holdings.example>", "Company secretary details",
  "legal_threat,corporate_contact_request", """\
Good afternoon,

Further to my emails about the ice sculptures that failed to arrive for our product launch,
please send me the full name and registered address of your company secretary, or whoever
accepts service of documents for the business. My solicitors will be issuing proceedings for
the deposit and our costs, and they need to know where to send them.

Alastair Byrne
""", trap="indirect_legal_threat")

m("Ffion Roberts <ffion.roberts@robertsfarm.example>", "password emailed in plain text??",
  "security_incident,technical_issue", """\
Hi,

I used "forgot password" on the crossword site and your email sent me my actual password in
plain text. Not a reset link, the password itself. So you're storing them readable. And
yesterday I got a "new login from a new device" email for a phone I don't own.

Someone needs to look at this properly.

Ffion
""")

m("Priyanka Shah <priyanka.shah@shah-hospitality.example>", "Gala sculptures - proofs?",
  "broken_promise", """\
Hi Ava,

Quick chase. Our contract for the gala sculptures is GBP 5,000.00 exactly (the quote you sent
on the 2nd), and you promised the design proofs would be with us on Monday so our CEO could
sign them off at Wednesday's meeting. Monday came and went, nothing in my inbox or spam.

Could you send them today please? The meeting's tomorrow morning.

Thanks,
Priyanka Shah
Events Manager
""", trap="exactly_5000", note="amount exactly 5,000 (not high value); own CEO mention; job title")
