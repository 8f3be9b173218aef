# English customer mail with at least one trigger (part 1). Hand-written literals.
from spec import M

MESSAGES = [

M("en", "billing_dispute", "-", "-",
  "Lorna Pettifer <lorna.pettifer@postbox.example>",
  "deposit taken twice - CRZ-44810",
  """\
Hi,

Your website took my deposit of $640 two times for the Baltic sailing in
September, booking ref CRZ-44810. Both debits are on my card statement, same
day, 11:02 and 11:04. I only pressed pay once.

Please put one of them back.

Lorna Pettifer
"""),

M("en", "manager_request,safety", "-", "-",
  "Dev Ramcharan <dev.ramcharan@kestrelmail.test>",
  "My son's leg - Saturday 2pm session",
  """\
To whoever reads this,

On Saturday at the 2pm jump session the blue padding on court 3 had slid
half off the frame. Nobody had checked it. My son (11) came down on the
edge and went straight onto the bare springs. He has a gash down his shin
that needed seven stitches at A&E and he is still limping.

When I told the lad on the desk he shrugged and handed me an accident form.

I'd like whoever is actually in charge of that site to phone me, not
another form. 555-0148, any time after 5.

Dev Ramcharan
"""),

M("en", "data_loss,repeat_contact,technical_issue", "-", "-",
  "Kasimir 'Kaz' Novak <kaz@northgate-rift.test>",
  "bracket gone AGAIN - Spring Cup 5v5",
  """\
Third email now, nobody answers the ticket.

Your servers fell over Sunday night during round of 16 and when it came back
the whole Spring Cup bracket was empty. 64 teams, all match results,
check-ins, the lot, gone. The event page just says "No matches scheduled".
We run this cup every month on your platform and I have screenshots of how
it looked at 21:40 but that's all I have left.

Can you restore it from a backup or not? Yes or no would do at this point.

Kaz
Spring Cup organiser
"""),

M("en", "billing_dispute", "-", "-",
  "Harriet Quayle <h.quayle@lanternpost.example>",
  "Annual charge after I cancelled",
  """\
Hello,

I cancelled my Premium Stars subscription in the app on 2 May - the
screenshot of the confirmation screen is attached. On 14 May you still took
£59.99 for another year.

I'd like that refunded please. If it isn't back on my card by the end of
next week I'll ask my bank to do a chargeback instead, but I'd rather not.

Thanks,
Harriet
""", attach="cancel_confirmation.png"),

M("en", "billing_dispute,high_value_order,manager_request", "job_title", "-",
  "Owen Brightwater <o.brightwater@carrowbuild.example>",
  "Invoice SH-20931 - scaffold duration wrong",
  """\
Good afternoon,

Re your invoice SH-20931 for £14,250.00 covering the scaffold at 14 Fenwick
Road. It bills twelve weeks' hire. The scaffold went up on 3 February and
your own strike docket shows it was taken down on 31 March - that's eight
weeks, not twelve.

Our QS will not sign this off and I've now had two "we'll look into it"
replies from your accounts inbox. I need somebody with the authority to
actually amend an invoice to pick this up, please - whoever sits above the
accounts team.

Regards,

Owen Brightwater
Contracts Manager
Carrow Build Ltd
T: 555-0193
"""),

M("en", "safety,severe_dissatisfaction,technical_issue", "-",
  "heated mattress pad scorching: device fault counts as technical_issue",
  "Bev Olatunji <bev.olatunji@fernpost.test>",
  "Heated mattress topper - burning smell, scorched",
  """\
I bought the DreamWarm heated topper from you in November. Last night I woke
up at 3am to a burning smell and the controller end of the topper was too
hot to touch. There's a brown scorched patch about the size of my hand on
the fabric and on the sheet above it. It was on setting 2 of 9.

I could have been burned or the bed could have gone up. I have two kids
asleep down the hall.

I am absolutely livid that something like this is on sale. I've unplugged
it and it's sitting in the garden. Photo attached.

Bev
""", attach="topper_scorch.jpg"),

M("en", "broken_promise", "-", "-",
  "Simon Achterberg <simon.achterberg@quaymail.example>",
  "Re: cracked unit, back bedroom",
  """\
Hi Paula,

Your fitter Craig told me on the 12th he'd be back "Thursday latest" with
the replacement sealed unit for the back bedroom. Thursday came and went,
nobody rang, nobody turned up. I took the afternoon off work for it.

Can you give me an actual date please.

Simon

On Tue, 4 Feb 2025 at 09:12, Paula <support@example.test> wrote:
> Hi Simon,
>
> Thanks for the photos. I've booked Craig to survey the cracked unit on
> 12 February between 8 and 12.
>
> Kind regards,
> Paula
"""),

M("en", "media_threat", "-", "-",
  "Gaz Wilcox <gazw1878@fanzone.example>",
  "tickets didnt work at the turnstile",
  """\
bought 2 tickets on your site for the derby sat, seller "BlueLion88", got to
the turnstile and both barcodes came up VOID. stewards said theyd been
cancelled by the club days ago. missed the whole game stood outside with my
lad.

your "guarantee" is worth nothing. im putting the whole thing up on the
supporters forum and on X tonight with screenshots so everyone knows not to
touch your site. sort it.
"""),

M("en", "technical_issue", "-", "-",
  "Ruairi Devlin <ruairi.devlin@loughside.test>",
  "Permit QR shows Error 0x41 - got fined",
  """\
Hello,

I bought a season game-fishing permit for the Carrow river through your app
in April. Since the last app update the permit screen just shows "Error
0x41 - could not validate" instead of the QR code. I've reinstalled twice
and logged out and in again, same thing on my wife's phone with my login.

On Sunday the bailiff couldn't scan anything and gave me a fixed penalty
notice, which I now have to contest. Could you fix the app and send me
something in writing that shows the permit is valid?

Ruairi Devlin
"""),

M("en", "regulatory,safety", "-", "physical product defect: not technical_issue",
  "Mags Threlfall <mags.threlfall@brewshed.example>",
  "Fermenter lid blew off",
  """\
Hi there,

Writing about the 30L pressure fermenter I bought from you in January
(order HB-77102). I was doing a closed transfer at about 12 psi, well under
the 35 psi on the label, and the pressure relief valve jammed. The lid came
off with a bang and hit the ceiling. There was sticky wort everywhere but
more to the point my husband was leaning over it ten seconds before. If he'd
still been there it would have hit his face.

I've looked on the homebrew forums and I'm not the only one with this
valve. This thing needs to be pulled from sale. I have reported it to
Trading Standards this morning and they have given me a reference number,
TS-2203-118.

Please tell me what you're going to do about the other ones you've sold.

Margaret Threlfall
"""),

M("en", "feature_request", "praise", "-",
  "Ines Brockway <ines.brockway@sunhollow.test>",
  "Small wish for the meditation timer",
  """\
Hello!

First, I love the app, I've used it almost every morning since last summer.

Two little wishes. The gong at the end of the timer is quite harsh first
thing in the morning - would you consider a softer bell, or letting us pick
our own sound? And an Apple Watch complication that just starts my usual
10-minute sit would be wonderful.

Thank you for making something calm,
Ines
"""),

M("en", "manager_request", "-", "-",
  "Trevor Mannion <trevor@mannionplumbing.example>",
  "Banner misprint - reprint refused",
  """\
Hi,

We ordered a 3m vinyl banner, proof MNP-0417. The proof you sent and I
approved says "Mannion Plumbing & Heating". The banner that arrived says
"Mannion Plumbng & Heating". Your proof was right, your print is wrong.

Your colleague Dean says because I "approved the proof" it's my problem. I
approved the correct proof! I'd like this looked at by someone who can make
a decision rather than read from a script, so please pass it up to your
supervisor or whoever signs off reprints.

Trevor Mannion
"""),

M("en", "discrimination_harassment", "-", "-",
  "Priya Castellane <priya.castellane@brightkite.test>",
  "Instructor conduct - private lessons in June",
  """\
I've gone back and forth about sending this.

I took four private kite lessons with your instructor Jody in June. From the
second lesson he kept commenting on my body in the wetsuit, asked whether my
boyfriend "lets me" come on my own, and put his hands on my waist far more
than any harness check needs. After the course ended he started messaging me
on WhatsApp late at night from the number on your booking system.

I stopped replying and he sent "shame, thought we had something". I feel
sick about it. I don't want any other woman to have lessons with him alone.

Priya Castellane
"""),

M("en", "billing_dispute", "-", "-",
  "Elliott Vance <elliott.vance@oldmill.example>",
  "Service invoice higher than quoted",
  """\
Hi,

I dropped my 1968 Seamaster in for a full service on 3 March. Your quote,
which I still have, was $380 all in. Your invoice 22-0981 that came with the
watch says $560 - the extra is "crown and tube replacement", which nobody
asked me about.

I wasn't called and I didn't agree to it, so I don't think I should pay the
$180 difference. Could you correct the invoice?

Thanks,
Elliott Vance
"""),

M("en", "media_threat", "hearsay",
  "journalist inquiry; the outbreak is hearsay and adds nothing",
  "Nadia Ferrante <nferrante@harbourgazette.example>",
  "Press inquiry: Aurora Spirit sailing of 14 June",
  """\
Dear press office,

My name is Nadia Ferrante and I'm a reporter with the Harbour Gazette. I'm
writing a piece about the 14 June sailing of the Aurora Spirit, during which
several passengers have told me a gastrointestinal illness spread through
the ship and that the medical centre ran out of rehydration salts.

Could someone give me a comment on the record by Thursday 5pm? In
particular: how many passengers and crew were affected, and whether the
ship was deep-cleaned before the following departure.

Many thanks,
Nadia Ferrante
Senior Reporter, Harbour Gazette
555-0171
"""),

M("en", "broken_promise,high_value_order,repeat_contact", "-",
  "emailed twice + phoned once = third+ contact; promised callbacks never came",
  "Cressida Holm <cressida.holm@tallowhill.example>",
  "Order FL-58832 - wrong shade + water damage",
  """\
Hello again,

Order FL-58832, engineered oak "Smoked Barley", 96m², total £7,860.
Delivered Tuesday. Half the boxes are a visibly different, much yellower
shade (batch number on the end labels differs) and eleven boxes were
soaked through at the bottom, the boards are swollen.

I've emailed twice already and phoned once and have been told each time
that someone will call me back with a collection date. My fitter is booked
for the 19th and I am paying him whether or not there's a floor to lay.

Please arrange collection and a replacement from a single batch. Photos of
the two batch labels are attached.

Cressida Holm
""", attach="batch_labels.jpg"),

M("en", "security_incident", "-",
  "account takeover without a reported product bug: no technical_issue",
  "Tomasz Wierzbicki <tomasz.w@pixelrook.test>",
  "someone took over my account",
  """\
hi

somebody got into my account last night. i got a "new login from Sao Paulo"
mail at 02:13, then my email on the account got changed to some other
address and now i cant reset the password because the reset goes to their
email. they also sold 3 of my skins on the marketplace and withdrew the
balance.

username is rook_tomasz. please lock it before they do anything else.

tomasz
"""),

M("en", "data_loss,technical_issue", "-", "-",
  "Georgina Ashcombe <georgina@ashcombelivery.example>",
  "Records missing after update",
  """\
Dear support,

Since your app updated on Monday, all the health records for my mare
Bramble have disappeared - vaccinations, worming, farrier visits going back
three years. Her profile is still there, but each tab says "No entries yet".
My other horse's records are fine.

The vet is due next week and the yard needs proof of her flu jabs. Is there
any way to get the old entries back?

Best wishes,
Georgina Ashcombe
"""),

M("en", "outage,severe_dissatisfaction,technical_issue", "-", "-",
  "Declan Moorcroft <d.moorcroft@westendsc.example>",
  "503 503 503",
  """\
Your site has been throwing "503 Service Unavailable" since 9am. General
sale for the cup semi opened at 10. Nobody in our supporters' club (about 40
of us have been trying, on laptops and phones, different networks) can even
get to the homepage, never mind the listings.

Meanwhile I can see tickets from your site being reposted on the other
resale sites at double the price. What an absolute shambles. Absolute
shambles.

Declan
"""),

M("en", "security_incident,technical_issue", "-", "-",
  "Maren Coldwell <maren.coldwell@orbitlane.example>",
  "I'm seeing someone else's birth chart",
  """\
Hi,

This morning's "Your Day Ahead" notification opened a reading for someone
called Gillian H. - full name, date and time of birth, birthplace (a small
village in Dorset) and her current city. It's not me. I refreshed and the
app then showed me my own again, but I took a screenshot.

If I'm seeing her details then presumably someone is seeing mine. That's
personal data going to the wrong people. Please look into it and tell me
what's been exposed. Screenshot attached.

Maren Coldwell
""", attach="Screenshot_2025-05-02-07-41-12.png"),

M("en", "broken_promise,cancellation_threat", "-",
  "conditional threat to cancel fires",
  "Lydia Farraday <lydiaf@harrowgate.test>",
  "Order 300-4412 - where is it",
  """\
Hi,

I ordered the Hollowell pocket sprung king on 2 April. The website said
10 working days. Today is working day 23. On Friday your chat agent
(Sam) told me it would definitely be dispatched on Monday and that I'd get a
tracking text. Monday - nothing. Tuesday - nothing.

If it isn't here by Saturday please cancel the order and refund me, and I'll
get one from Slumberwell instead. I've been sleeping on a futon for a
month.

Lydia Farraday
"""),

M("en", "regulatory,safety", "-", "-",
  "Karl Hennessey <karl.hennessey@hennesseyprop.example>",
  "Scaffold at 22 Mill Lane - brick fell on pavement",
  """\
Your erectors finished the scaffold at 22 Mill Lane yesterday afternoon.
This morning a brick came off the third lift and landed on the pavement a
couple of metres from a woman with a pushchair. I've been up to look: there
are no toe boards on lift 3 and one of the guardrails on the street side is
missing completely.

I've closed the pavement with tape myself. I want a competent person out
today. And to be clear, I'll be ringing the Health and Safety Executive
this afternoon to report it whether or not you've turned up.

K. Hennessey
"""),

M("en", "discrimination_harassment,legal_threat", "-", "-",
  "Amira Lindqvist <amira.lindqvist@windrush.test>",
  "Refused entry - Sunday 10am",
  """\
Dear Sir or Madam,

On Sunday I brought my son Zayd (9) to your park for the 10am open jump,
which we had prebooked and paid for. When the duty supervisor saw his
sunflower lanyard she asked whether he was "autistic or something" and then
said he couldn't jump because he "might be unpredictable with the other
kids". She offered a refund and walked off. My son understood every word.

He has jumped at other parks dozens of times without incident.

I have spoken to a solicitor about this and she will be writing to you
separately. I'd like your written explanation in the meantime.

Amira Lindqvist
"""),

M("en", "high_value_order,legal_threat,severe_dissatisfaction", "-",
  "customer adopts the solicitor's letter ('will be in touch')",
  "Natasha Greaves <natasha.greaves@mossbank.example>",
  "ENGAGEMENT RING - centre stone missing after resizing",
  """\
I collected my engagement ring from your Kingsgate branch yesterday after a
resize. It's the platinum solitaire we bought from you in December for
£6,450 (receipt 14-20875). I put it on in the car and the centre diamond
was not there. The claws are bent open. The branch staff said it must have
"come out after it left the shop".

I am shaking with anger writing this. It was perfect when I handed it over,
and your own intake form says "stone secure".

My father is a solicitor and he will be in touch with your head office this
week. I want the stone found or replaced like for like.

Natasha Greaves
"""),

M("en", "feature_request", "-", "-",
  "Jonah Pietersen <jonah@moonfoxtees.test>",
  "SVG upload please",
  """\
Hey team, any chance you could let us upload SVG for the print files? Having
to export everything at 4500px PNG is a pain and the text edges on the
hoodie designs come out soft. Even just for single-colour screen print
products would help. Cheers - Jonah (Moonfox Tees)
"""),

M("en", "cancellation_threat,technical_issue", "-", "-",
  "Becca Ling <becca@threadandthistle.example>",
  "Orders not syncing since Tuesday",
  """\
Hello,

No orders from my shop have come through to you since Tuesday morning. I've
got 43 orders sitting in my store admin marked "unfulfilled" and none of
them are in your dashboard. The integration log shows "webhook signature
invalid" on every single one. I haven't changed anything on my side.

I've reconnected the store twice. Nothing.

I really like the print quality but I can't keep refunding customers. If
this isn't fixed by the end of the month I'll move the shop over to another
print provider.

Becca Ling
Thread & Thistle
"""),

M("en", "corporate_contact_request,discrimination_harassment,executive_contact", "-",
  "asks for the president's email to write to them",
  "Graham Okonjo <graham.okonjo@redfernmail.example>",
  "How my mother was treated at embarkation",
  """\
Good evening,

My mother, who is 81 and uses a wheelchair, boarded the Coral Meridian at
Southampton on 9 May. The port agent handling assisted boarding told her
loudly that "people like you hold everyone up" and left her parked by the
luggage belts for over an hour while able-bodied passengers went past. She
was in tears when she finally got to her cabin.

I do not want a form reply. Please send me the email address of your
company president so that I can write to her directly about this.

Graham Okonjo
"""),

M("en", "broken_promise,legal_threat,repeat_contact", "-", "-",
  "Aled Pryce <aled.pryce@cwmfelin.test>",
  "Refund for cancelled Day Skipper course - fourth email",
  """\
This is my fourth email about this.

You cancelled the Day Skipper practical (9-13 March) yourselves because the
boat was out of the water. On 3 March your office wrote: "a full refund of
£1,150 will be with you within 14 days." It's now mid-April and I have
received nothing, and the last two emails went unanswered.

If the money is not in my account in seven days I will file a claim in the
small claims court for the £1,150 plus costs. I'd rather you just paid it.

Aled Pryce
"""),

M("en", "manager_request,technical_issue", "-", "-",
  "Fionnuala Keogh <f.keogh@spireview.example>",
  "Payout failed - error 4012",
  """\
hi, i sold my two season tickets through you for the playoffs, total payout
should be £3,480. your seller dashboard says "Payout failed - error 4012 -
contact support" and has done for nine days. ive updated my bank details
twice and its the same. the buyers have used the tickets, i checked.

the person on chat said she "can't see the error". who is your boss? i'd
like to talk to someone who can actually see my account.
"""),

M("en", "data_loss,technical_issue", "-", "-",
  "Oskar Lindgren <oskar.lindgren@fjordpost.test>",
  "Streak and journal gone after moving phone",
  """\
Hi there,

I moved to a new phone last week and logged into the app with the same
account. My 412-day streak shows 0 and all my journal entries after each
session (well over a year of them) are gone. The account page says I've been
a member since 2023 so it's definitely the right account.

I know the streak is silly but the journal matters to me. Please tell me
they're recoverable.

Oskar
"""),

M("en", "high_value_order,legal_threat", "-",
  "conditional threat: solicitor unless remedied",
  "Rosalind Achebe <rosalind.achebe@elmcourt.example>",
  "Contract WG-3318 - defective installation",
  """\
Dear Sirs,

Contract WG-3318: replacement of eleven windows and the rear French doors at
7 Elm Court, contract value £11,900, deposit of £3,570 paid.

Installation took place on 24-26 February. Since then:
 - four of the frames are visibly out of square, with gaps of up to 6mm
   at the head that have been filled with silicone;
 - the French doors will not lock without lifting them;
 - there is a draught from every bedroom window.

Your surveyor attended on 10 March and agreed in my presence that the
frames need refitting. Nothing has happened since.

Unless you confirm within 14 days a date to remedy the installation, I will
instruct a solicitor and withhold the balance.

Yours faithfully,
Rosalind Achebe
"""),

M("en", "broken_promise", "-", "-",
  "Phil Strachan <phil@strachanframes.example>",
  "Tuesday's crane - late and no slinger",
  """\
Morning,

Booking CR-5521, 40t mobile for Tuesday. Your office confirmed on Friday it
would be set up on site for 7am, with your slinger/signaller. It rolled in
at 10:50, and the slinger you promised never turned up at all - we had to
stand down the lift and use one of our own lads with a ticket.

I had six men on standby all morning. What are you going to do about it?

Phil Strachan
"""),

M("en", "repeat_contact,severe_dissatisfaction", "caps", "-",
  "RAY BOSWORTH <rbosworth@ironbridge.test>",
  "WHERE IS MY MATTRESS",
  """\
ORDERED 6 WEEKS AGO. ORDER 300-3987. THIS IS THE THIRD TIME IM ASKING. NOBODY
ANSWERS THE PHONE, THE CHAT SAYS "AGENT UNAVAILABLE". YOU TOOK THE MONEY
QUICK ENOUGH. THIS IS A DISGRACE.
"""),

M("en", "technical_issue", "-", "-",
  "Luis Okafor <luis.okafor@fraglab.example>",
  "anti-cheat crash AC-1022",
  """\
since yesterday's patch the anti-cheat client crashes on launch, "AC-1022
driver failed to initialise". windows 11, tried reinstalling + running as
admin. cant join any of the qualifiers tonight. logs attached if you want
them.
""", attach="ac_log.pdf"),

M("en", "feature_request", "-", "-",
  "Wendy Abara <wendy.abara@moonridge.test>",
  "6am notifications",
  """\
Hi,

Please can you add quiet hours to the app? The daily horoscope notification
arrives at 6am and wakes me up, and there's no way of choosing the time.
A setting for "deliver at" would be lovely.

Thanks,
Wendy
"""),

M("en", "feature_request,technical_issue", "-", "-",
  "Hamish Crerar <hamish.crerar@crerarhomes.example>",
  "Room visualiser not working",
  """\
Hello,

Since your website update the room visualiser just shows a grey box with a
spinning wheel where the room should be. I've tried Chrome and Safari, on
the laptop and the iPad, and cleared the cache. The product pages load fine,
it's only the visualiser.

While I'm at it: when it did work, it would be great if it let you rotate
the tile layout by 45 degrees - we want a diagonal layout in the hall and
there's no way to preview it.

Hamish
"""),

M("en", "billing_dispute", "-", "-",
  "Cynthia Maroulis <c.maroulis@seagrass.example>",
  "Onboard account - charges for a package we never bought",
  """\
Hello,

We disembarked the Coral Meridian on 21 June. Our final onboard folio
(cabin 8142) includes $1,284.00 for a "Premium Beverage Package x2" which we
never bought - we paid for drinks individually; the receipts are attached. The
charge was taken from my card on 22 June.

Please reverse it. If I don't hear back within ten days I will dispute it
with my card company.

Cynthia Maroulis
""", attach="bar_receipts.pdf"),

M("en", "broken_promise,severe_dissatisfaction", "-", "-",
  "Patricia Duvall <patricia.duvall@greenhaven.test>",
  "Mum's ring - eleven weeks",
  """\
Eleven weeks ago I brought my late mother's wedding ring into your Broad
Street shop to be resized and cleaned. The lady who took it promised faithfully
it would be ready in three weeks and that she'd phone me. No phone call.
Every time I go in I'm told "it's still at the workshop" and nobody can tell
me which workshop or when.

I am sick to my stomach and frankly furious. That ring is the only thing of
hers I have. I want it back this week.

Patricia Duvall
"""),

M("en", "outage,technical_issue", "job_title", "-",
  "Nick Amberley <nick.amberley@tolland-construction.example>",
  "Hire portal - Service Unavailable since 7am",
  """\
Hi,

None of us can get into the hire portal at all this morning. The login page
comes up and then any attempt gives "Service Unavailable - please try again
later". Tried by me and our three site managers on different sites and
networks since 7am.

We need to book off-hires today before the weekly cut-off or we pay another
week on four towers. Is it down for everyone?

Nick Amberley
Plant & Logistics Manager, Tolland Construction
"""),

M("en", "outage,technical_issue", "-", "-",
  "Baz Kettering <baz.kettering@hopfield.example>",
  "checkout broken?",
  """\
Your checkout's been failing since yesterday tea time. Card declined on every
attempt, three different cards, and my bank says nothing even reached them.
Couple of people on the homebrew forum are saying the same, looks like your
payment page is down for everybody. Just thought you should know - I'll
order when it's back.

Baz
"""),

M("en", "broken_promise,safety,technical_issue", "-",
  "sign controller sparking: device fault counts as technical_issue",
  "Helena Fairbairn <helena@fairbairnflorist.example>",
  "Shop sign sparking and smoking",
  """\
Hi,

The illuminated fascia sign you installed for us in March started sparking
at the transformer box on Saturday evening and smoke was coming out of the
vent. A passer-by called the fire brigade; they isolated it and said the
transformer had overheated and the wiring inside the box was scorched.

I rang on Monday and was promised an engineer would come and inspect it
that same afternoon. Nobody came and nobody called.

It is still isolated. Please can someone come and make it safe.

Helena Fairbairn
Fairbairn Florist
"""),

M("en", "regulatory", "-", "-",
  "Chloe Varga <chloe.varga@tidebreak.test>",
  "Video of me on your Instagram",
  """\
Hello,

Your school's Instagram has a reel from my beginner lesson on 6 July with my
face clearly visible, falling off the board, with the caption "when the
kite wins". Nobody asked me, and I ticked "no" on the photo consent question
on your booking form.

I asked your instructor to take it down on the 8th and he laughed and said
it's "good marketing". Publishing my image after I refused consent is a
GDPR violation. Please remove it within 48 hours or I will report the school
to the ICO.

Chloe Varga
"""),

M("en", "regulatory,security_incident", "-",
  "permit sent to the wrong person (human error): no technical_issue",
  "Rhodri Beynon <rhodri.beynon@tywifoel.example>",
  "You sent my permit and address to another angler",
  """\
Hello,

A chap from the Severn club I've never met emailed me this morning. He'd
received his syndicate permit pack from you and attached to it was MY permit
- with my full name, home address, date of birth and mobile number - and he
kindly forwarded it to me.

So a stranger has my home address and date of birth because of you. That is
a data breach, plain and simple. I'll be reporting it to the ICO and I want
to know how many other members' details went out like this.

Rhodri Beynon
"""),

M("en", "executive_contact,technical_issue", "-",
  "LinkedIn message to the CEO is executive_contact, not media_threat",
  "Aisha Brennan <aisha.brennan@keelside.example>",
  "Transfer stuck on pending for 9 days",
  """\
Hi,

I bought two tickets for the final on 3 May (order TX-22091). The transfer
has shown "Pending" in the app for nine days. The match is Saturday. Your
chat tells me to "wait 24-48 hours" every single day.

Your CEO, Marcus Dellow, is going to hear about this as well - I've already
messaged him on LinkedIn with the order number.

Aisha Brennan
"""),

M("en", "manager_request,severe_dissatisfaction", "-", "-",
  "Jess Rowntree <jess.rowntree@meadowgate.test>",
  "Party booking on Saturday",
  """\
We booked and paid for a party for my daughter's 8th on Saturday at 1pm,
confirmation PK-1139 for 30 children. When we got there the party room had
been double-booked, your staff said there was "nothing they could do" and
offered us a table by the vending machines. Thirty kids in tears, parents
watching. Disgraceful.

Put someone above you on this please - I want to talk to the person who
runs that site, not get another apology email.

Jess Rowntree
"""),

M("en", "safety,technical_issue", "-",
  "smartwatch battery swelling: device fault counts as technical_issue",
  "Victor Hallam <victor.hallam@ravensby.example>",
  "Smartwatch got very hot and back is bulging",
  """\
Hi,

The Tidewatch S3 I bought from your online shop in January got extremely hot
on my wrist on the charger this morning - I had to pull it off, it left a
red mark - and now the back case is visibly bulging away from the body. I
think the battery is swelling.

I've put it in a metal tin outside. Please tell me how to return it safely,
I'm not keen on posting it.

Victor Hallam
"""),

M("en", "billing_dispute,cancellation_threat", "-", "-",
  "Marianne Colquhoun <marianne@colquhounfarm.example>",
  "August livery invoice - Moss",
  """\
Hi Jo / accounts,

The August invoice bills us £1,860 for full livery for Moss. He moved to
part livery on 1 July - Jo confirmed it by email on 28 June and the July
invoice was correct at £1,140. Nothing has changed since.

If this can't be corrected we'll be giving notice and moving both horses to
Hillbrook at the end of the month. I'd rather not, we've been with you six
years.

Marianne
"""),

M("en", "broken_promise,media_threat", "-", "-",
  "Sandra Kilbride <s.kilbride@westmoor.example>",
  "Flooded cabin and the compensation letter",
  """\
On the 2 August sailing our cabin (6120) flooded from the bathroom on the
second night. We were moved to an inside cabin with no window for the rest
of the week. The guest services manager on board told us in writing that a
compensation letter with an offer would be sent within 10 days of getting
home. That was seven weeks ago.

I'm done waiting. My daughter works on the consumer desk at the regional TV
station and they are very interested in stories like ours. You have until
Friday.

Sandra Kilbride
"""),

M("en", "billing_dispute,corporate_contact_request", "-", "-",
  "Hugo Estcourt <hugo.estcourt@larchwood.test>",
  "Renewal price and your registered address",
  """\
Hello,

I signed up for the annual plan at £49.99 last October with "price locked
for life" on the offer page. This month you renewed me at £79.99 without
any notice. I'd like the £30 difference refunded.

Separately, please send me the registered postal address of your head
office. I intend to send a formal written complaint rather than use this
form.

Hugo Estcourt
"""),

M("en", "discrimination_harassment", "-", "-",
  "Sam Adeyemi <sam.adeyemi@gridlock.example>",
  "Admin abuse during EU qualifier",
  """\
During the EU qualifier on Saturday (match 14, lobby B) one of your admins,
handle "Vexor_ADM", called me a racial slur in the lobby voice channel after
I asked why our pause was denied. When I objected in text chat he banned me
from the server and we forfeited.

I have the clip and the chat log. My teammates heard it too. I want to know
what you are going to do about an admin who behaves like this.

Sam Adeyemi
"""),

]
