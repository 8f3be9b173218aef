# English customer mail with at least one trigger (part 2). Hand-written literals.
from spec import M

MESSAGES = [

M("en", "corporate_contact_request,executive_contact,safety", "-",
  "triggers sit in the middle of a long rambling mail; fall on an unsigned wet deck",
  "Maureen Tillotson <maureen.tillotson@oakfield.example>",
  "Our Norwegian fjords cruise",
  """\
Dear Sir/Madam,

My husband Geoffrey and I have just come back from the Norwegian fjords
cruise on the Ocean Lark, which we booked to celebrate our ruby wedding. I
want to say first of all that the scenery was every bit as lovely as the
brochure said and the cabin steward, a young man called Renato, could not
have been kinder to us. The Geiranger excursion was the highlight.

However. On the second evening Geoffrey slipped on the wet deck outside the
Lido buffet, where there was no sign and no mat, and twisted his knee. The
medical centre charged us for a bandage and two paracetamol and the purser's
desk said it was "not their department". For the rest of the week he could
barely manage the gangway, so we missed Bergen entirely, and nobody from the
ship ever asked how he was.

I would like the name and the email address of your Chief Executive, please,
as I intend to write to him personally about the way we were treated. I do
not want it passed round the customer services department again.

We have sailed with you eleven times and I have always recommended you to
our friends at the bowls club. I have also enclosed a copy of the medical
centre bill, for your records.

Yours faithfully,
Maureen Tillotson (Mrs)
""", attach="medical_centre_bill.pdf"),

M("en", "data_loss,technical_issue", "short", "-",
  "Craig Delaney <craigd@brewden.test>",
  "recipes gone",
  """\
Your app has deleted every saved recipe I had. All 60 of them. Fix it.
"""),

M("en", "manager_request,repeat_contact", "sarcasm",
  "sarcasm without explicit strong wording: not severe_dissatisfaction",
  "Elaine Fortescue <elaine.fortescue@sweetbriar.example>",
  "Skylight leak - job WR-2291",
  """\
Fantastic service as always. This is the fourth time I've emailed about the
skylight you fitted in the loft in March leaking every time it rains. I'm
really enjoying the silence in return, and the bucket in the spare room is a
lovely feature.

I'd like this complaint escalated, please, to someone who is able to send a
fitter rather than an auto-reply.

Elaine Fortescue
"""),

M("en", "high_value_order,technical_issue", "non_native", "-",
  "Jae-won Seo <jaewon.seo@hanriver-gaming.test>",
  "Organizer licence not working correctly",
  """\
Hello support team,

We are esports organization from Busan and we buy your "Organizer Pro"
licence for one year at 8,400 USD (invoice INV-2025-0443). From beginning of
this month the seeding function is not work correct. When we import teams
from CSV, the seed numbers is mixed and some teams appear two times in
bracket. Also stream overlay is show wrong score after every map.

We have big league final on 21th and we cannot use platform like this. We
pay very much money for this licence and we need solution fast please.

Best regards,
Seo Jae-won
Hanriver Gaming
"""),

M("en", "security_incident", "-", "-",
  "Gordon Pike <gordon.pike@anglerswharf.example>",
  "Email from your address asking for my card details",
  """\
Hi,

This morning I got an email that came from noreply@ your own domain (I've
checked the headers, it's genuinely from your mail server, not a lookalike)
saying my permit "could not be renewed" and asking me to re-enter my card
number, expiry and CVV on a page at some site I'd never heard of.

Two lads from my club got the same. That's phishing going out from your
system. Has someone got into your email account? You'd better warn
everybody.

Gordon Pike
"""),

M("en", "outage,technical_issue", "-", "-",
  "Ayesha Karim <ayesha.karim@stillwater.test>",
  "App won't open - server error 500",
  """\
Hi,

The app has been stuck on the lotus splash screen since about 7 this
morning and then says "Server error 500". Not just me - my sister and two
friends who use it are getting the same, on iPhone and Android. The website
login gives the same error.

Is there an outage? Would be good to put a notice up somewhere.

Ayesha
"""),

M("en", "media_threat", "-", "physical product failure: not technical_issue",
  "Liam Okoro <liam@okorotiling.example>",
  "Flexible adhesive - whole bathroom floor debonded",
  """\
Hiya,

Used four bags of your StrongFlex S1 adhesive on a bathroom floor in a new
build, mixed exactly to the bag, primed, all by the book. Three weeks later
every single tile sounds hollow and half of them lift with a fingernail.
The client wants the floor redone at my cost.

I run a tile-fitting account with about 80k followers and I'm more than
happy to film me pulling these tiles up by hand and show them exactly which
product this was. Or you can ring me first. Up to you.

Liam Okoro
Okoro Tiling
"""),

M("en", "broken_promise,corporate_contact_request,executive_contact", "-",
  "asks for the MD's name and email in order to write to them",
  "Norman Whitlock <norman.whitlock@crowthorne.example>",
  "Old mattress still in my hallway",
  """\
Your order confirmation said "we will remove and recycle your old mattress
on delivery" and I paid £35 for it. The delivery men refused to take it,
said the van was full, and said someone would come back for it "this week".
That was three weeks ago. It is still blocking my hallway and I'm 78.

Who is your managing director? I want a name and an email address and the
phone number for your head office, because I intend to write to them.

N. Whitlock
"""),

M("en", "broken_promise,executive_contact", "-", "promised rebooking never offered",
  "Tamsin Rourke <tamsin.rourke@sandpiper.test>",
  "Cancelled lesson and expired voucher",
  """\
Hello,

My gift voucher for a two-day kitesurf course was booked for 14-15 June. The
evening before, you cancelled by text ("no wind") and said you'd rebook me.
Nobody ever offered a new date and now the system tells me the voucher has
expired.

I've copied your founder, Rob Carrick, into this email as I think he'd want
to know how his vouchers are being handled.

Tamsin Rourke
"""),

M("en", "billing_dispute", "-", "chargeback threat",
  "Kelly Mbatha <kelly.mbatha@pinecrest.example>",
  "Party deposit charged twice",
  """\
hi, you've charged me the £96 party deposit twice (28th and 29th, both say
JUMPZONE DEPOSIT on my statement). only one party, booking PK-2078. if the
second one isnt refunded by friday im raising a chargeback with my bank.
thanks, kelly
"""),

M("en", "broken_promise", "-",
  "new price 5,640 is a quote, no order/contract yet: not high_value_order",
  "Arjun Sethi <arjun.sethi@willowmere.example>",
  "Quote Q-8817 - price not honoured",
  """\
Dear team,

Your salesman, Gary, visited on 12 February and quoted £4,980 for the
windows on the front elevation. He wrote on the quote, and I quote, "price
held until 30 June". I rang on 2 June to go ahead and was told the price is
now £5,640 because "materials have gone up".

I was promised that price in writing. Please honour it.

Arjun Sethi
"""),

M("en", "billing_dispute,high_value_order,legal_threat", "job_title", "-",
  "Deborah Ilsley <d.ilsley@ilsleyconstruct.example>",
  "Invoice CH-7710 - disputed",
  """\
Invoice CH-7710 for £22,480.00 includes three days of the 60t crane at
double-time weekend rates. We never ordered weekend working - our booking
(attached) is Monday to Friday only - and the site was locked at weekends.

We are disputing the weekend element (£7,140.00 + VAT) in full and will pay
the undisputed balance on normal terms. Our lawyers have been copied on this
email and will take it from here if it isn't credited.

Deborah Ilsley
Commercial Director
Ilsley Construction
""", attach="booking_CR-6602.pdf"),

M("en", "billing_dispute,security_incident", "-", "-",
  "Felicity Arundel <felicity.arundel@rosehill.test>",
  "I did not order this bracelet",
  """\
Hello,

I've just had an order confirmation for a "Tennis bracelet 18ct white gold"
at £2,300, delivered to an address in Leeds I have never lived at, and my
card saved on your site has been charged for it. I did not place this
order. My password was changed yesterday afternoon too - I got the email but
assumed it was spam.

Someone has been in my account. Please stop the delivery if you can and
refund the charge.

Felicity Arundel
"""),

M("en", "media_threat", "-", "journalist inquiry",
  "Connor Blakely <connor@terracevoice.example>",
  "Comment request - void tickets on your platform",
  """\
Hi,

I write for the Terrace Voice, an independent fanzine covering the northern
clubs. I'm putting together a piece on fans who were sold void tickets
through your platform for the last three home derbies, and I'd like to give
you the chance to respond.

Specifically: how do you verify listings, and how many refunds have you
issued this season? My deadline is Monday morning.

Cheers,
Connor Blakely
"""),

M("en", "broken_promise,cancellation_threat", "-",
  "'third time this season' counts late deliveries, not contacts: no repeat_contact",
  "Stuart McRory <stuart@mcroryangling.example>",
  "Next day delivery - came Tuesday",
  """\
Ordered 12 spools of 0.28 fluorocarbon and the bait-boat spares on Thursday
at 10am, paid £14.95 for next day delivery, rang to check and was told
"guaranteed Friday". It turned up on Tuesday. The match was Saturday.

That's the third time this season. I'm closing my trade account with you
and ordering from Tackle North from now on.

Stuart McRory
McRory Angling (trade account T-0922)
"""),

M("en", "broken_promise,regulatory", "-", "-",
  "Noor Haddad <noor.haddad@lumenpost.example>",
  "Account deletion request - still not done",
  """\
Hello,

On 10 March I asked you to delete my account and all data. On 12 March you
confirmed in writing that "your account and personal data will be erased
within 30 days". It is now June. My profile, match history and real name are
still public on the site and I'm still getting your marketing emails.

Ignoring an erasure request like this is a breach of GDPR. Please delete
everything and confirm, or this goes to the data protection regulator.

Noor Haddad
"""),

M("en", "feature_request", "praise", "-",
  "Ravi Thakkar <ravi.thakkar@nakshatra.test>",
  "Sidereal charts?",
  """\
Hi! Long-time user, the transit alerts are brilliant. Please support sidereal
/ Vedic charts (Lahiri ayanamsa) as an option alongside tropical - half my
family uses Vedic and I'd love to have everyone in one app. A toggle in
settings would be perfect. Thanks!
"""),

M("en", "data_loss,severe_dissatisfaction,technical_issue", "-", "-",
  "Morgan Tavistock <morgan@tavistockprints.example>",
  "ALL MY DESIGNS ARE GONE",
  """\
I logged in this morning and my design library is empty. 230 designs, three
years of work. The products in my store now show a grey placeholder and
"artwork not found". Nobody warned me about any migration.

I am beyond furious. Every order that comes in tonight will fail. I need to
know in the next hour whether you can restore them or not.

Morgan Tavistock
"""),

M("en", "technical_issue", "-", "motorised bed base remote fault",
  "Irene Castle <irene.castle@hollins.test>",
  "Adjustable base stuck upright",
  """\
Good morning,

The remote for our adjustable bed base (bought from you last October, the
Restwell Duo) stopped working on Sunday with the head section raised. New
batteries make no difference, the little light flashes red three times and
nothing moves. The bed is stuck at an angle and my husband has a bad back.

Is there a reset, or can someone come out?

Irene Castle
"""),

M("en", "discrimination_harassment,severe_dissatisfaction", "-", "-",
  "Paul Ferreira <paul.ferreira@lindenway.example>",
  "Conduct of your fitter - 14 Linden Way",
  """\
Your fitter came on Tuesday to lay the LVT in our kitchen. He scratched the
new worktop, which is bad enough, but when my wife pointed it out he told
her to "leave it to the men, love" and called her stupid under his breath,
twice, in front of our daughter.

That is absolutely appalling behaviour from someone you send into people's
homes. I want to know what you're going to do about him.

Paul Ferreira
"""),

M("en", "cancellation_threat,repeat_contact", "job_title",
  "raised three times with the yard manager = third contact; 'yard manager' is a title",
  "Hilary Ashdown <hilary.ashdown@greyfield.test>",
  "Bonnie's care",
  """\
Hi,

I've raised Bonnie's weight loss with the yard manager three times now and
each time I'm told she's "getting her haylage". She clearly isn't - she's
dropped a condition score since September and her rug is rubbing because
nobody's checked it.

I'm sorry to say we won't be renewing our livery contract when it ends in
January. I'll give formal notice in writing.

Hilary
"""),

M("en", "regulatory,repeat_contact", "-",
  "ombudsman complaint; no lawyers or courts named",
  "Desmond Achterberg <desmond.a@quaychester.example>",
  "Complaint ref CM-40217",
  """\
This is the third time I've written to you about complaint CM-40217 (the
missed port of Kotor and the drinks package that was never applied). Each
time I get an acknowledgement and then nothing.

If I don't have a substantive reply within 14 days I will refer the
complaint to the travel ombudsman. I have kept copies of everything.

D. Achterberg
"""),

M("en", "executive_contact", "-",
  "asking to speak to 'the CEO' alone: executive_contact",
  "Brendan Foyle <brendan.foyle@marshbrew.example>",
  "grain mill order",
  """\
Ordered the 3-roller grain mill, got a 2-roller. Sent it back at my cost,
got another 2-roller. I've had enough of your chat.

I want to speak to the CEO. Today.

Brendan Foyle
"""),

M("en", "cancellation_threat,outage,technical_issue", "-", "-",
  "Milo Fairweather <milo@cobaltleague.example>",
  "EU servers unreachable - league night ruined",
  """\
Your EU tournament servers have been unreachable since 19:00 CET. Every
match in our league night (96 players) times out at "Connecting to match
server...". Status page says all green, which is a joke.

This is the second league night in a month. We're already trialling another
platform and after tonight I'm recommending we move the whole league there
next season.

Milo Fairweather
Cobalt League admin
"""),

M("en", "security_incident", "-", "-",
  "Ingrid Solberg <ingrid.solberg@hvitveis.test>",
  "Devices I don't recognise on my account",
  """\
Hello,

In the app under Settings > Devices I can see three devices I have never
owned: an "iPad" logged in from Hanoi, a Windows PC and an Android phone,
all in the last two days. I only use my own iPhone. My email was also
changed to something with a random string and then changed back.

Can you log them all out and tell me what they could see? My journal is
very private.

Ingrid Solberg
"""),

M("en", "discrimination_harassment,manager_request", "-", "-",
  "Darren Kilgallon <darren.kilgallon@kilgallonbuild.example>",
  "Incident at your Rowley yard, Thursday",
  """\
On Thursday our labourer, Kofi, went to your Rowley yard to collect tube
and fittings. Your yard supervisor refused to load him, said he "wasn't
having his sort in the yard" and then told him he'd "put him through the
fence" if he came back. Kofi is shaken up and doesn't want to go back.

I want this escalated to a senior manager today, not dealt with at yard
level.

Darren Kilgallon
"""),

M("en", "regulatory,safety", "-", "physical product defect: not technical_issue",
  "Yvonne Stirling <yvonne.stirling@bramblecote.test>",
  "Door glass shattered - toddler in the house",
  """\
The glass panel in the back door you fitted in April shattered on its own
last night - nobody touched it. There were large sharp shards all over the
hallway where my two-year-old plays. It didn't crumble into little cubes
like safety glass does, it broke into big blades.

As far as I understand it, glass in a door must be toughened. I want the
other doors checked this week, and I will be reporting the installation to
building control. Photo of the hallway attached.

Yvonne Stirling
""", attach="IMG_20250412_2214.jpg"),

M("en", "security_incident,technical_issue", "-", "-",
  "Oliver Padgett <oliver.padgett@fairholme.example>",
  "Your waiver system sent me someone else's child's medical info",
  """\
Hello,

After I filled in the online waiver for my kids this evening, the
confirmation email I got contained the waiver of a completely different
family - a girl called Isla, her date of birth, her mum's phone number and a
note about her epilepsy medication. My own kids' waiver wasn't in it.

That's a bug in your system exposing children's medical information. I've
deleted the email but someone else has probably got mine.

Oliver Padgett
"""),

M("en", "feature_request,technical_issue", "-", "-",
  "Clara Bentinck <clara.bentinck@goldcrest.test>",
  "Strap configurator",
  """\
Hi,

Your online strap configurator crashes as soon as I choose "leather" as the
material - the page goes white and the console says "TypeError: cannot read
properties of undefined". Rubber and NATO work fine. Tried on two browsers.

Also, please add 19mm as a lug width - lots of vintage pieces use it and
it's not in the list.

Clara
"""),

M("en", "billing_dispute,regulatory", "-", "-",
  "Martin Heyworth <m.heyworth@scarbrook.example>",
  "Hidden service fee",
  """\
You charged me a £38.00 "service and fulfilment fee" on order TX-30117 that
was not shown anywhere until after I'd entered my card details and pressed
buy. The ticket price advertised was £64 and I was charged £102.

I want the £38 refunded. Drip pricing is exactly what Trading Standards are
there for, and I will report this to them if it isn't sorted.

Martin Heyworth
"""),

M("en", "broken_promise,executive_contact,severe_dissatisfaction", "-",
  "daily promised engineer never came = broken promise",
  "Evelyn Marchbank <evelyn.marchbank@thornleigh.example>",
  "Complaint - Ocean Lark, 12-26 July",
  """\
Dear Sir or Madam,

I have sent a copy of this letter to your Chief Executive and to each
member of your board, as I have no confidence that a customer services team
will pass it on.

Our balcony cabin had no working air conditioning for eleven nights of a
fourteen-night Mediterranean cruise. We were told every day that an
engineer "was on the way". We were not moved. My husband, who has a heart
condition, slept on the balcony.

This was the worst holiday of my life, and I have been travelling for fifty
years.

Evelyn Marchbank (Mrs)
"""),

M("en", "corporate_contact_request,executive_contact", "short",
  "asks for the MD's email: implied to write to them",
  "Dominic Hale <dominic.hale@saltmarsh.test>",
  "MD email",
  """\
Can you just give me your MD's email address please. Not the info@ one.
"""),

M("en", "billing_dispute", "-", "-",
  "Sophie Gurney <sophie.gurney@briarwood.example>",
  "Charged twice for the same mattress",
  """\
Hi,

I've been charged £1,299 on 3 September for the Orla hybrid king (order
300-5120) and then another £1,299 on 10 September with the same order
number in the reference. I only have one mattress and one order. Could you
refund the second payment please?

Thanks,
Sophie
"""),

M("en", "high_value_order,legal_threat", "-", "conditional threat fires",
  "Rajesh Mallory <rajesh.mallory@mallorydev.example>",
  "Order FL-61204 - 40% of tiles cracked",
  """\
Order FL-61204: 212m² of 1200x600 porcelain, invoice total £9,312.00, paid
in full. About 40% of the tiles arrived cracked or chipped - your driver
noted "damaged pallets" on the delivery note, which I have. Three weeks and
one site visit later I still have no replacement date and my tilers are
sitting idle.

If I don't get a proper answer by the end of the week I'll take this to
court.

Rajesh Mallory
"""),

M("en", "feature_request,repeat_contact,technical_issue", "-", "-",
  "Lucinda Garforth <lucinda@garforthstables.example>",
  "Invoicing module crash - third report",
  """\
Hi,

This is the third time I'm reporting this. When I try to send the monthly
invoices to my liveries from the yard app, it crashes back to the home
screen after the fourth or fifth invoice. I then have to go in and send each
one individually. With 26 liveries that's an evening gone.

While someone's looking at it: a proper "send all" bulk invoicing button
would be a huge improvement.

Lucinda Garforth
Garforth Stables
"""),

M("en", "media_threat,severe_dissatisfaction", "-",
  "customers' Instagram posts are reported; the customer's own review threat fires",
  "Jade Whitworth <jade@littlebirdgoods.test>",
  "Wrong logo on 58 orders",
  """\
58 of my customers have received t-shirts printed with ANOTHER shop's logo
on the back. Several of them are already posting photos on Instagram asking
what's going on. This is completely and utterly unacceptable.

Reprint and reship all 58 at your cost, this week. And you can expect an
honest review on Trustpilot from me telling other sellers exactly what
happened.

Jade Whitworth
Little Bird Goods
"""),

M("en", "cancellation_threat,severe_dissatisfaction", "-", "-",
  "Rosemary Tuck <rosemary.tuck@cloverdale.example>",
  "Cancel my subscription",
  """\
I want to cancel. Your "personal astrologer" chat is clearly a bot, and on
Tuesday it told me that my husband, who died in January, "will reach out to
you soon with good news". I found that genuinely disgusting.

Cancel my subscription and close the account, please.

Rosemary Tuck
"""),

M("en", "data_loss,technical_issue", "-", "-",
  "Pete Lavelle <pete.lavelle@copperkettle.test>",
  "Hydrometer after firmware 2.4",
  """\
After the firmware 2.4 update the Bluetooth hydrometer just reports 1.000
and 20.0C constantly, whatever it's floating in. Worse, the update wiped the
calibration and every logged brew in the app - six months of fermentation
curves, gone, the history page is blank.

Can you roll the firmware back, and is the log data stored anywhere on your
side?

Pete
"""),

M("en", "media_threat,severe_dissatisfaction", "caps", "-",
  "Tracy Holbrook <tracy.holbrook@milnrow.example>",
  "Drove 40 miles - CLOSED",
  """\
Your website said OPEN 10-8 today. We drove 40 miles with four kids and the
doors were locked with a handwritten sign saying "closed for staff
training". ABSOLUTELY RIDICULOUS. Not even a text.

I'll be putting this on the Milnrow mums Facebook group tonight so nobody
else wastes their Saturday.
"""),

M("en", "manager_request,safety", "-", "-",
  "Gareth Rhys-Evans <gareth.rhysevans@pentrebuild.example>",
  "Near miss - crane outrigger, Pentre site",
  """\
This morning during the second lift at our Pentre site the front offside
outrigger pad on your 50t crane sank into the ground and the crane tilted.
The operator stopped the lift with about a tonne of steel still in the air.
Nobody was hurt, but it was very close - there were two men below.

Your operator had not asked for the ground bearing report before setting
up. I want your safety director or a senior manager to call me today, and
the crane is not lifting on our site again until we've talked.

Gareth Rhys-Evans
"""),

M("en", "repeat_contact,severe_dissatisfaction", "caps", "-",
  "Barry Nutall <barry.nutall@halsteadgreen.test>",
  "FIFTH email - window handle",
  """\
For the FIFTH time: the handle on the bedroom window you replaced in May
won't lock. My previous four emails, sent 4, 11, 19 and 30 June, have not
had a single reply.

This is beyond a joke, it's a disgrace.

Barry Nutall
"""),

M("en", "data_loss,technical_issue", "-", "-",
  "Annika Drummond <annika.drummond@brookvale.example>",
  "Cruise planner lost our bookings",
  """\
Hello,

We sail on the Coral Meridian on the 18th. In the cruise planner app we had
booked three shore excursions, two speciality dinners and the spa day for
my mother. As of this morning the planner shows nothing booked at all, and
when I phoned, the agent said there are no bookings on your system for us
either, although all four have been charged to my card.

Please reinstate them - the Santorini tour is almost full now.

Annika Drummond
"""),

M("en", "outage,technical_issue", "-",
  "cannot log in at all: outage per triggers.md",
  "Tyrone Beckles <tyrone.beckles@eastlands.test>",
  "can't log in at all",
  """\
hi, i cant log in at all. password says wrong, and the reset link in the
email goes to a 404 page. tried 3 times. got tickets for saturday in there.
""", pack="plain7"),

M("en", "feature_request,technical_issue", "-", "-",
  "Wilf Gaskell <wilf.gaskell@riversedge.example>",
  "Beat map + family permit",
  """\
Hi,

Two things. The beat map in the app hasn't loaded for a week - it shows an
empty grey area with "Map data unavailable". And could you please add a
family permit option? I fish with my two boys and buying three separate
junior/adult permits is fiddly and dearer than most clubs' family tickets.

Wilf
"""),

M("en", "broken_promise,repeat_contact", "-",
  "emailed three times: this is at least the fourth contact",
  "Yusuf Demirci <yusuf.demirci@boltline.test>",
  "third email - prize payout",
  """\
Hi,

We won the Autumn Clash on 2 August. Your rules say prize money is paid
"within 30 days of the event". Our payout has been "processing" for 60 days.
I've emailed three times and been told each time that finance would "action
it this week".

Team account: BOLTLINE. Amount: $1,800.

Yusuf Demirci
"""),

M("en", "high_value_order", "-", "physical defect, invoice above 5,000",
  "Helen Jarrow <helen.jarrow@jarrowdental.example>",
  "Shop signage - letters coming off",
  """\
Hi,

Your invoice SG-4471 for the new signage at the practice comes to £5,400
and we've paid the deposit. Two weeks after fitting, three of the built-up
letters have come away from the fascia and one fell into the car park.
We've been told someone will "look at the fixings" but have no date.

We will not be settling the balance until it's properly fixed. Photo of
the fascia attached.

Helen Jarrow
Practice Owner, Jarrow Dental
""", attach="fascia_letters.jpg"),

M("en", "discrimination_harassment", "-", "-",
  "Fatima Rahimi <fatima.rahimi@greenlane.test>",
  "Delivery driver's comments",
  """\
Hello,

Your two-man delivery team brought our mattress on Wednesday. The driver
made a comment about my headscarf as soon as I opened the door, and when I
asked them to take their shoes off upstairs he said to his colleague "they
should go back home if they want to make rules". My children heard it.

I want you to know this happened and I want to know what you will do about
it.

Fatima Rahimi
"""),

M("en", "manager_request", "-", "-",
  "Lewis Carrington <lewis.carrington@ashgrove.example>",
  "Engraving mistake - would like the store manager to call",
  """\
Hello,

The cufflinks we collected on Saturday are engraved "J & K 2004" - the order
form, which your colleague wrote out, clearly says "J & K 2014". They were a
tenth anniversary present.

I'd like to be called by your store manager, Mr Hale, to discuss it. My
number is 555-0126.

Lewis Carrington
"""),

M("en", "safety", "-", "-",
  "Maya Ellingham <maya.ellingham@westwind.test>",
  "Harness hook failure - 21 August lesson",
  """\
Hi,

During my lesson on 21 August the spreader bar hook on the school harness I
was given snapped while I was powered up. I was dragged about 30 metres
down the beach before the quick release worked. I have a cracked rib and
cuts on both legs.

The instructor said the harnesses "are due a check". Please take that batch
out of use before someone else gets hurt.

Maya Ellingham
"""),

M("en", "technical_issue", "sarcasm", "-",
  "Callum Birtles <callum.birtles@eastcliff.example>",
  "love the new update",
  """\
Wow, another update and now the app logs me out every single time I lock my
phone, and forgets my session halfway through a meditation. Brilliant. Very
calming. Pixel 7, latest version.
"""),

M("en", "billing_dispute,broken_promise,repeat_contact", "-", "-",
  "Janet Oyelaran <janet.oyelaran@parkside.test>",
  "Scaffold still on our drive - hire invoice",
  """\
Dear Sirs,

Your scaffold at 3 Parkside Close was due off hire on 1 July, confirmed by
your Mike, who promised on the phone it would be struck that day. It is
still standing on our drive three weeks later.
I have now rung four times and emailed twice.

You have also now invoiced us £620 for "extended hire" covering those three
weeks. We did not extend anything; we asked you to take it down. Please
cancel that invoice and collect your scaffold.

Janet Oyelaran
"""),

M("en", "broken_promise", "-", "-",
  "Ross Adair <ross.adair@loudpixel.example>",
  "Refund for misprinted order #88214",
  """\
Hi there,

On the 3rd, your colleague Meg confirmed the refund for the misprinted
hoodies on order #88214 (£212.40) and said it would be processed "today".
That was two weeks ago and nothing has come through. Could you check?

Cheers,
Ross
"""),

M("en", "cancellation_threat,manager_request", "-", "-",
  "Gwendolyn Price <gwendolyn.price@fernleigh.example>",
  "Re: Your complaint reference CM-41880",
  """\
No. I don't want another template apology from the complaints inbox. Please
put me through to a supervisor, someone with the authority to deal with
this properly.

We also have a second booking with you for October (ref OL-77210) and
unless this is resolved we're cancelling it.

Gwendolyn Price

-----Original Message-----
From: Guest Relations <support@example.test>
Sent: 14 February 2025 16:02
To: Gwendolyn Price <gwendolyn.price@fernleigh.example>
Subject: Your complaint reference CM-41880

Dear Mrs Price,

Thank you for taking the time to share your feedback. We are sorry to hear
that your cruise did not meet your expectations. Your comments have been
passed to the relevant department.

Kind regards,
Guest Relations
"""),

M("en", "cancellation_threat,data_loss,technical_issue", "-", "-",
  "Selene Haverford <selene@haverfordastrology.test>",
  "Pro account - client charts vanished",
  """\
Hello,

I'm a professional astrologer on your Pro plan (£24/month). Yesterday all the
saved natal charts for my clients - about 140 of them, with notes - vanished
from my account. The "Clients" tab says "You haven't added anyone yet".

I have readings booked all week. If they can't be restored I'll have no
choice but to move my practice to another app and close this account.

Selene Haverford
"""),

M("en", "corporate_contact_request", "-",
  "asks for the head-office number, not the support line",
  "Anthony Gilchrist <a.gilchrist@longmeadow.example>",
  "Head office number please",
  """\
Hi,

Please could you give me the phone number for your head office? Not the
customer line or the yard number - I've got both of those. I want to speak
to someone at head office about the way my daughter's pony was handled at
the Oakhurst yard.

Thanks,
Anthony Gilchrist
"""),

M("en", "corporate_contact_request,legal_threat", "-", "-",
  "Beatrice Lomax <beatrice.lomax@lomaxarch.test>",
  "Legal department contact",
  """\
Dear support,

Please let me have the name and postal address of your legal department. I
shall be sending a letter before action regarding the failed installation
at 4 Quarry Lane and I want it to reach the right people.

Beatrice Lomax
"""),

]
