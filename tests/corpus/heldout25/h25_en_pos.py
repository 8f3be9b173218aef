# English customer mail carrying at least one trigger. One block per message.
# Meta lines, then "--", then the body exactly as the customer typed it.
LANG = "en"

BLOCKS = r"""
%%
from: Harriet Vance <harriet.vance@mailbox.example>
subj: Out of office until Friday - but my order for Saturday?
trig: broken_promise,cancellation_threat
trap: looks_automated
note: own OOO text first, then real complaint about a promised cake tasting call
--
Thank you for your message. I am out of the office until Friday 14th with limited access to email. For urgent matters please contact my assistant on 555-0142.

--

Sorry, that's my auto text, I'm writing this from the airport. Quick one for Tiered & True: on Monday your Jenna said she would ring me back "by end of day" with the revised quote for the three-tier lemon and elderflower. Nobody rang. Nobody rang Tuesday either. The wedding is in 9 days.

If I don't have the quote confirmed by Thursday I'm going to book the bakery down the road instead and we can sort the deposit out afterwards. Sorry, that came out harsher than I meant. But please, ring me.

Harriet
%%
from: Tom Okafor <tom.okafor@webpost.example>
subj: charged twice?? booking GW-20931
trig: billing_dispute
trap: -
note: double charge, paddle-board rental
--
hi there

i booked 2 boards for sunday 9-11 on the glasswater app and my banking app shows two payments of £48.00 both on the 3rd. only one booking in the app. can you put one back please

cheers
tom
%%
from: Priya Natarajan <p.natarajan@corvid-advisory.example>
subj: Re: Your appointment with VetVan Mobile
trig: broken_promise,repeat_contact,severe_dissatisfaction
trap: -
note: third contact, strong anger, confirmed vet visit never happened
--
This is now the third time I am writing about this and frankly I am livid.

Your vet was booked for 10am Tuesday to see Biscuit at home (he cannot travel, he is 16 and has kidney disease). Nobody came. I wrote on Tuesday. I wrote again on Wednesday. The only thing I get back is the same reply asking me to rebook through the app.

I don't want to rebook through the app. I want someone to explain how a booked, paid, confirmed home visit for a sick animal just doesn't happen and nobody tells the owner. It's a disgrace.

Priya Natarajan

> Hi Priya, thanks for getting in touch! You can rebook any time in the
> VetVan app under Appointments > New. Kind regards, the VetVan team
%%
from: Gideon Marsh <gideon@marsh-hospitality.example>
subj: Emberline order EF-4471 - cracked blades
trig: high_value_order
trap: -
note: 6,840 GBP restaurant knife order, unresolved defect, calm tone
--
Good morning,

We took delivery last week of our order EF-4471 (14 chef's knives, 6 petty knives, 2 sujihiki, total £6,840 inc. VAT) for the new restaurant. Lovely work, but two of the sujihiki have a hairline crack running up from the heel, visible under the kitchen lights. I have photos.

We open on the 21st so we would need replacements or a clear plan by the end of next week. Could somebody from the forge let me know how you want to handle it?

Kind regards,
Gideon Marsh
Head Chef, Marsh Hospitality
%%
from: Ellie Brandt <ellie.brandt@post.example>
subj: the booking page just spins
trig: outage,technical_issue
trap: -
note: rooftop bar booking site unreachable for everyone
--
Hi,

Is the Skyline Terrace booking site down? I've tried from my laptop, my phone and my partner's phone and it just spins and then says 503 Service Unavailable. My friends tried too (we're a group of 12 for a 40th on Friday) and they get the same.

Do I need to phone instead?

Ellie
%%
from: Dan Whitlow <dan.whitlow@fastpost.example>
subj: Falafel Republic POS ate my end of day
trig: data_loss,technical_issue
trap: -
note: franchisee, sales data wiped after update
--
Hello

Franchise #118 (Leeds Kirkgate). After last night's update to the till software all of yesterday's sales have gone. The Z-report shows zero, the sales history for 11th is just blank. It was a Saturday so about 600 transactions. I need those for VAT and for the royalty return.

Please tell me they are somewhere on your servers.

Dan Whitlow
Franchisee
%%
from: Megan Ashdown <megan.ashdown@mailbox.example>
subj: Tattoo removal session - blisters
trig: safety
trap: -
note: burns after laser session, worried not angry
--
Hi,

I had my fourth session at the ClearSkin clinic on Tuesday (forearm, the old swallow). This time it's not the usual redness. By Wednesday night I had big fluid blisters and the skin around it is hot and really painful, much worse than the previous three sessions. I think it's an actual burn. The nurse didn't change anything that I know of but the machine sounded different.

I've been to a pharmacy and they told me to get it seen. Should I come back to you or go to my GP? I'm a bit scared to be honest.

Megan
%%
from: Rashid Kamal <rashid.kamal@kamal-events.example>
subj: tent contract BT-3380 - completely unacceptable
trig: cancellation_threat,high_value_order,severe_dissatisfaction
trap: -
note: 7,950 EUR bell-tent contract, furious, threatens to take business elsewhere
--
I have just been told, by text message, three weeks before the wedding, that you can "only supply 6 of the 10 bell tents" on contract BT-3380. That contract is worth EUR 7,950 and was signed in January.

This is absolutely unacceptable. I am furious. I have 40 guests who have been told they're glamping.

Either you find four more tents by Monday or we will cancel the whole contract and hire from Canvas Co-op, and I will expect every cent of the deposit back.

Rashid Kamal
%%
from: Lorraine Pike <lorraine.pike@webpost.example>
subj: Someone else's details on my account?
trig: security_incident,technical_issue
trap: -
note: laundry app shows another customer's address and orders
--
Hi GreenRinse,

I logged into the app this morning to book a collection and the account page shows a different name (a "Martin C.") and an address on Albion Street, plus his last five orders with what was in them. My own orders aren't there.

I haven't shared my password with anyone. That feels like a pretty serious problem, both for me and for Martin. I've logged out and not touched anything.

Lorraine
%%
from: Benny Choi <benny.choi@mailbox.example>
subj: app crash when adding a second pet
trig: technical_issue
trap: -
note: plain bug report, simple
--
Every time I try to add a second pet in the VetVan app (Profile > Pets > +) it crashes back to the home screen. iPhone 13, latest app version. First pet (Mochi) added fine.
%%
from: Carol Ingham <carol.ingham@ingham-family.example>
subj: Jolly Jamboree entertainer at Sophie's party
trig: discrimination_harassment
trap: -
note: entertainer mocked a disabled child; polite but serious
--
Dear Jolly Jamboree,

I've taken a few days before writing this because I wanted to be calm.

At my daughter Sophie's 7th birthday on Saturday, your entertainer (he introduced himself as "Captain Fizz") made repeated jokes about one of the guests, a little boy who uses a wheelchair. Things like asking whether he'd "need a ramp to join the pirate ship" and making the other children laugh at him. The boy's mum took him home early in tears.

I don't think I need to explain why that is not okay. I'd like to know what you intend to do about it and I'd like an apology to that family, not just to me.

Carol Ingham
%%
from: Seb Hartley <seb@hartleyfitness.example>
subj: please add a way to book a board for a whole group
trig: feature_request
trap: -
note: friendly feature ask
--
Hey Glasswater team,

Love the app. One thing - I run a small fitness club and we do a SUP session once a month. At the moment I have to book 8 boards one by one which takes ages and sometimes someone grabs the slot in between. It would be amazing if there was a "group booking" option where I pick a time and a number of boards.

Cheers,
Seb
%%
from: Jacqueline Ferris <jferris@ferris-law.example>
subj: Formal notice - Hivecraft Meadery order HM-0912
trig: legal_threat
trap: -
note: customer who is herself a solicitor, writing as a customer, announces small claims
--
Dear Sir or Madam,

I ordered a case of 12 bottles of your Heather Mead (order HM-0912, paid 19 August). Four of the bottles arrived with the corks pushed out and the contents leaked through the box. I reported this on 22 August with photographs and was told a replacement would be sent. Nothing has arrived and my last two emails have not been answered.

Unless I receive either the four replacement bottles or a refund of £96 within 14 days of this letter, I will issue a claim in the small claims court without further notice.

Yours faithfully,
Jacqueline Ferris
%%
from: Kev Rowntree <kev.rowntree@gridmail.example>
subj: your paint machine gave me a shock
trig: safety,technical_issue
trap: -
note: electric shock from line-marking machine charger
--
Morning,

Bought a TrueLine LM-40 battery line marker in the spring for the cricket club. Yesterday I was plugging the charger in and got a proper belt off the metal housing, enough to make my arm tingle for an hour. The charger lead has a melted bit near the plug now too. We've stopped using it.

Is this a known thing? I'd rather nobody else at the club gets hurt, half our volunteers are over 70.

Kev Rowntree
Groundsman, Little Haddon CC
%%
from: Natalie Cross <natalie.cross@mailbox.example>
subj: Fwd: your invoice INV-20772
trig: billing_dispute
trap: -
note: forwarded invoice with customer's own complaint on top; charged after cancelling
--
I cancelled the weekly laundry subscription on 2 October (I have the confirmation email) and you have still taken £34.50 on 9 October and again on 16 October. Please refund both.

Natalie

---------- Forwarded message ---------
From: GreenRinse Billing <billing@greenrinse.example>
Date: Wed, 16 Oct 2024 at 06:00
Subject: your invoice INV-20772
To: <natalie.cross@mailbox.example>

Hi Natalie, your weekly collection invoice of £34.50 has been paid. Thanks for going green!
%%
from: Oliver Dunmore <o.dunmore@dunmore-estates.example>
subj: I want to speak to whoever is in charge
trig: manager_request,severe_dissatisfaction
trap: -
note: manager ask, strong anger, piano delivery
--
Your delivery men dropped a Bechstein upright down three steps at my mother's house on Thursday and then told her it "was like that already". The case is split and two keys stick.

I am not interested in discussing this with another customer service person who reads me the terms and conditions. I want a manager to call me. Today.

This is the worst treatment I have had from any business in years.

Oliver Dunmore
%%
from: Aisha Begum <aisha.begum@webpost.example>
subj: can't log in - anyone?
trig: outage,technical_issue
trap: -
note: nobody in the franchise group can log into the portal
--
Hi, the franchise portal is not letting anyone in this morning. I get "Error 502 Bad Gateway", my manager at the other branch gets the same, and the Bradford lot say theirs has been down since 7. We can't place the veg order without it.

Aisha (Falafel Republic Bradford Road)
%%
from: Marcus Webb <marcus.webb@fastpost.example>
subj: review
trig: media_threat,severe_dissatisfaction
trap: -
note: threatens public review after rude rooftop bar staff; short and angry
--
Turned away from a table I booked and paid a deposit for because "the system double-booked it". Door guy laughed at us. Absolutely disgusting way to treat customers. Unless I hear back today with a full explanation this is going on Google, TripAdvisor and every Facebook group in the city, and I have a lot of friends.
%%
from: Hannah Lowe <hannah@lowe-lettings.example>
subj: Re: motorhome habitation service
trig: broken_promise,repeat_contact
trap: -
note: promised callback never came, fourth email
--
Hi again,

Fourth email now. On the 3rd your workshop said the habitation service report and the damp readings would be emailed "first thing tomorrow". They weren't. I chased on the 6th, the 9th, and the 12th.

I just need the report so I can sell the van. That's all.

Hannah
%%
from: Greg Pollard <greg.pollard@mailbox.example>
subj: photo upload broken on booking form
trig: technical_issue
trap: -
note: single feature broken, not an outage
--
The tattoo-removal pre-consultation form won't accept my photo. It says "Upload failed (413)" whatever size I try, even a 200KB jpg. Rest of the form seems fine. Can I email the photo instead?
%%
from: Lucy Armitage <lucy.armitage@armitage-design.example>
subj: Fwd: Undelivered Mail Returned to Sender
trig: corporate_contact_request,executive_contact
trap: looks_automated
note: human forwards a bounce from trying to email the CEO, asks for a working address
--
I tried to email your CEO directly because I am not getting anywhere with the bakery team, and this is what came back (below). Could you please give me a correct email address for Ms Deacon, or a postal address for your head office? I'd like to write to her about the cake fiasco.

Lucy Armitage

---------- Forwarded message ----------
From: Mail Delivery System <MAILER-DAEMON@mx.tieredandtrue.example>
Date: Tue, 4 Mar 2025 10:12:07 +0000
Subject: Undelivered Mail Returned to Sender
To: lucy.armitage@armitage-design.example

This is the mail system at host mx.tieredandtrue.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<r.deacon@tieredandtrue.example>: host mx.tieredandtrue.example[192.0.2.44]
    said: 550 5.1.1 <r.deacon@tieredandtrue.example>: Recipient address
    rejected: User unknown in local recipient table
%%
from: Stefan Kowalczyk <stefan.kowal@webpost.example>
subj: wrong price for mead
trig: billing_dispute
trap: -
note: non-native English, overcharged vs listed price
--
Hello,

I make order of 6 bottle Spiced Mead on your site, price is show 14.50 each. But on my card is taken 117 pound not 87. I am check many times. Is mistake I think? Please return the difference 30 pound.

Thank you
Stefan
%%
from: Bea Lindqvist <bea.lindqvist@mailbox.example>
subj: Gluten in the "gluten free" tier
trig: safety
trap: -
note: allergic reaction, injury, calm
--
Hello,

We ordered a wedding cake with a gluten-free bottom tier specifically for my husband's coeliac sister (it's in the order notes, and we discussed it at the tasting). She had a slice and was seriously ill within an hour; she ended up in A&E overnight. The hospital were fairly sure it was gluten exposure.

I'm not writing to shout, I just think you need to know, because someone else could have a far worse reaction. Could you check what happened in the kitchen?

Bea
%%
from: Jonah Freeman <jonah.freeman@freeman-ventures.example>
subj: I've copied Martin Hale
trig: executive_contact,severe_dissatisfaction
trap: -
note: cc'd the CEO, furious
--
I've copied Martin Hale, your managing director, on this since your support team evidently can't read.

Six weeks. Six weeks my motorhome has been sitting in your yard for what was booked as a two-day service, and every time I ring I get a new excuse. It is a complete and utter joke.

Martin, I expect you'll want to know how your business is being run.

Jonah Freeman
%%
from: Mai Tanaka <mai.tanaka@webpost.example>
subj: please add dark mode
trig: feature_request
trap: -
note: one-liner feature request
--
Could you guys please add a dark mode to the laundry app, the white screen at 6am is brutal :) thanks
%%
from: Philippa Rhodes <philippa.rhodes@mailbox.example>
subj: Your system sent me an email asking for my card details
trig: security_incident
trap: -
note: phishing apparently sent from the company's domain
--
Hello,

This morning I got an email that looked like it came from you (from bookings@skydeck-bookings.example, your logo, my name and my actual booking date) saying my deposit had failed and asking me to "re-enter card details" on a link. The link went to a site that was not yours. I nearly did it.

How did they get my name and booking? Has your customer list been leaked? I'd like to know whether my details are out there.

Philippa Rhodes
%%
from: Amir Haddad <amir.haddad@fastpost.example>
subj: Refund promised 3 weeks ago
trig: broken_promise
trap: -
note: promised refund not received, polite
--
Hi,

On 12 May Chloe from your team told me on the phone that the £60 refund for the cancelled party (the magician was ill) would be back on my card within 5 working days. It's now 2 June and it isn't there. Could you check it was actually processed?

Thanks,
Amir
%%
from: Felicity Crane <felicity.crane@craneandco.example>
subj: piano tuner behaviour
trig: discrimination_harassment
trap: -
note: harassment by staff, sexual comments
--
I'm writing about the tuner you sent to our flat on Thursday for the after-sale tuning of the Yamaha. He made a series of comments about my appearance, asked whether I "lived alone", and then texted my personal number that evening asking me out for a drink. I only gave that number for the booking.

I felt uncomfortable in my own home. I'd like this taken seriously and I don't want him to come back.

Felicity
%%
from: Ron Castellano <ron@castellano-catering.example>
subj: Re: Re: Re: stall fee
trig: billing_dispute,repeat_contact,severe_dissatisfaction
trap: -
note: street food stall pitch double-billed, explicitly third email, shouting
--
THIRD email. You have billed me the Saturday pitch fee (£85) TWICE for 14 September, invoice NM-5520 and NM-5531 for the same pitch and the same day. I have shown you both. I am sick of being fobbed off, this is an absolute shambles.

Refund the duplicate.

Ron
%%
from: Zoe Pemberton <zoe.pemberton@mailbox.example>
subj: missing pet records after app update
trig: data_loss,technical_issue
trap: -
note: vaccination history gone
--
Hi there,

Since the app updated yesterday, my dog Pickle's vaccination history has disappeared. It used to show all of her jabs back to 2021 and now it just says "No records yet". My cat's records are still there. I need the vaccine record for the kennels next week. Can you restore it?

Zoe
%%
from: Alan Moffat <alan.moffat@moffat-sports.example>
subj: line marking robot - feature idea
trig: feature_request
trap: -
note: feature request for line marker GPS templates, long
--
Hi TrueLine,

We've been using the LineBot for a full season now across four council pitches and overall it's been a huge time saver. A suggestion from me and the other groundsmen:

At the moment you can store templates for a full-size football pitch and a few junior sizes, but not for rugby league or for the 9v9 layout the county FA is pushing this year. Would you be able to add those, or better still let us build our own template from measurements? We'd happily beta test.

Also, small thing, being able to export the week's marking log to a spreadsheet would save me typing it up for the council.

All the best,
Alan Moffat
%%
from: Sandra Okoye <sandra.okoye@webpost.example>
subj: Thank you for your email
trig: billing_dispute,broken_promise
trap: looks_automated
note: looks like an auto-reply subject; human says the credit promised never appeared
--
Thank you for your email.

But with respect, it doesn't answer my question. You wrote last week that the £120 credit for the bell tent with the broken zip would be applied to my final invoice. The final invoice (CB-7711) arrived today for the full £1,480 with no credit. So I've been charged £120 more than we agreed.

Can you reissue it please?

Sandra
%%
from: Will Ashby <will.ashby@mailbox.example>
subj: outage again?
trig: outage,technical_issue
trap: -
note: terse, payments down
--
card payments not working on any of our tills since 11:40. customers walking out. same at the station branch. is it you or us?

Will, Falafel Republic Station Approach
%%
from: Georgina Hart <georgina.hart@hart-media.example>
subj: Press inquiry - allergen labelling
trig: media_threat
trap: -
note: journalist asking for comment (always fires)
--
Hello,

I'm a reporter at the Northgate Evening Post working on a story about allergen labelling at street-food markets, following several readers' complaints about undeclared sesame at stalls in the Night Market.

Could someone give me a comment on how stall holders are briefed on allergen rules and whether the market checks labelling? My deadline is 4pm Thursday.

Thanks,
Georgina Hart
Consumer Affairs Reporter
555-0187
%%
from: Bernard Quigley <b.quigley@quigley-holdings.example>
subj: Piano purchase - Steinway model O
trig: high_value_order,legal_threat
trap: -
note: 18,500 GBP piano, not as described, solicitor involved
--
Dear Second Octave,

I purchased a restored Steinway Model O from you for £18,500 in April. It was sold as having a new soundboard. An independent technician has now confirmed the soundboard is original and has been shimmed, not replaced.

I have passed the matter to my solicitor, who will be in touch with you this week. I would prefer to resolve it before it goes any further, so if you wish to make a proposal, now is the time.

B. Quigley
%%
from: Tasha Green <tasha.green@mailbox.example>
subj: not happy
trig: cancellation_threat
trap: -
note: mild tone but announces leaving due to missed pickups
--
Hi,

That's the third Tuesday running that the driver hasn't turned up for the laundry pickup, so I'm going to end my subscription at the end of this month and go back to the launderette. Nothing personal, it just isn't working for me.

Tasha
%%
from: Ian McCready <ian.mccready@mailbox.example>
subj: sup board fin snapped - my son got hurt
trig: safety
trap: -
note: injury from rental kit
--
Hi,

We rented two inflatable boards from your Lakeside hut on Sunday. On my son's board the fin snapped off at the base within 10 minutes, and when he fell the sharp broken plastic gashed his calf. He needed four stitches.

I'm not looking for a fight but I think you need to check the rest of your fleet, and I'd like to know what happened with that board.

Ian McCready
%%
from: Vivienne Sato <vivienne.sato@webpost.example>
subj: Automatic reply from your system was useless
trig: manager_request
trap: looks_automated
note: human complains about the desk's auto-acknowledgement and asks for a supervisor
--
Hello,

All I got back was an automatic reply saying "we aim to respond within 48 hours", which was four days ago.

I'd like my case (the tattoo removal package I paid for but the clinic closed) passed to a supervisor or team lead please, someone who can actually make a decision on it.

Vivienne Sato
%%
from: Leon Brightwater <leon@brightwater-bar.example>
subj: booking system shows other venues' guest lists
trig: security_incident,technical_issue
trap: -
note: B2B venue sees other venues' customer data
--
Hi,

We use your booking platform for our rooftop bar. Since this morning, when I open "Tonight's guests", I can see names, phone numbers and notes (including allergies and one birthday surprise message) for guests at what looks like two other venues in Manchester. I assume they can see ours.

That's a data breach, surely. Please pull the plug on that screen until it's fixed and tell me what you're going to tell our guests.

Leon Brightwater
Operations, Brightwater Rooftop
%%
from: Elaine Forbes <elaine.forbes@mailbox.example>
subj: Re: cake
trig: severe_dissatisfaction
trap: -
note: angry wording without other trigger
--
I've just looked at the photographs again and I am honestly appalled. The cake that arrived looked nothing like the design we signed off: wrong colour, leaning, buttercream sliding off the side. On my daughter's wedding day. It was humiliating, the worst service I have ever paid for.

Elaine
%%
from: Hector Lyle <hector.lyle@lylefarms.example>
subj: honey order - nothing since 12 Feb
trig: broken_promise,cancellation_threat
trap: -
note: wholesale buyer, promised delivery missed, will stop ordering
--
Morning,

Your rep promised the 40 jars of the wildflower and the 20 of the heather for the farm shop would be with us the week of 12 Feb. It's the 1st of March. No honey, no call.

If I don't have it by the end of next week I'll be taking our honey from Combe Valley instead, permanently. We've been with you five years and I'd rather not.

Hector
%%
from: Chidi Obi <chidi.obi@fastpost.example>
subj: Hello i want to complain
trig: discrimination_harassment,manager_request
trap: -
note: non-native English, racial profiling at rooftop bar door, asks for manager
--
Hello,

Saturday night i come to Skyline Terrace with my booking (name Obi, 4 persons, 9pm). Door staff ask only me and my friend for ID twice and bag search, the white group before us just walk in. Then he say "your kind of people" make trouble. This is racism, i am sure.

I want to talk with the manager of the bar please, not just email. My number is 555-0119.

Chidi Obi
%%
from: Rowena Hale <rowena.hale@mailbox.example>
subj: I'm going to the papers
trig: media_threat,safety
trap: -
note: bouncy castle collapse injury, media threat
--
The bouncy castle your team put up for my son's party deflated with six kids inside because the blower cable was run across the path and someone tripped on it. One little girl hit her head on the stake and had a lump the size of an egg. Your entertainer just shrugged.

I'm going to the local paper about this, and the parents' WhatsApp already knows. People need to know.

Rowena
%%
from: Dmitri Volkov <d.volkov@volkov-import.example>
subj: need your registered office address
trig: corporate_contact_request
trap: -
note: asks for head office/registered address for a formal letter
--
Good afternoon,

Please provide the registered office address of the company that operates Hivecraft Meadery and the name and e-mail of your legal department. I need to send a formal letter regarding the renewal of the distribution agreement.

Regards,
Dmitri Volkov
%%
from: Kerry Dawes <kerry.dawes@webpost.example>
subj: motorhome returned with smoke from the fridge
trig: safety,technical_issue
trap: -
note: gas fridge smoking after service, fire risk
--
Hi,

We collected our Autotrail from you on Friday after the annual habitation service. On Saturday night at the campsite the fridge (running on gas) started smoking from the back vent and there was a strong burning smell. My husband turned the gas off at the bottle. The vent cover is scorched.

The fridge was fine before the service. Was something disconnected or put back wrong? We're obviously not using it until someone looks at it, we have two kids in there.

Kerry Dawes
%%
from: Ben Foley <ben.foley@mailbox.example>
subj: charged for a session I cancelled
trig: billing_dispute
trap: -
note: clinic charged cancellation fee despite 72h notice
--
Hi ClearSkin,

You've charged me the £75 late cancellation fee for my session on the 19th. I cancelled on the 15th, four days before, through your own online form, and I have the confirmation email saying "no charge applies". Please reverse the fee.

Ben
%%
"""

BLOCKS += r"""
%%
from: Duncan Frew <duncan.frew@frew-consulting.example>
subj: Out of Office: Duncan Frew
trig: billing_dispute,regulatory
trap: looks_automated
note: human mail that opens with the sender's own OOO wording
--
I am out of the office until 14 March with no access to email, but before I go I want this on record.

Your Hivecraft "Mead of the Month" club has taken £29 from my card on 1 January, 1 February and 1 March although I cancelled in December (reference HC-CAN-2231). That's £87 taken without authorisation. I have now reported this to Trading Standards and given them the cancellation reference.

Please refund the £87. My colleague Ruth (ruth.b@frew-consulting.example) can confirm receipt while I'm away.

Duncan Frew
%%
from: Imogen Tull <imogen.tull@mailbox.example>
subj: Read: Your Skyline Terrace booking confirmation
trig: outage,technical_issue
trap: looks_automated
note: human reuses a read-receipt style subject
--
Hi, yes I read it - but the "manage my booking" link in it, and the whole of your website actually, just says "500 Internal Server Error" since about lunchtime. Four of us have tried on different phones. I need to add two guests before tomorrow's 5pm cut-off.

Imogen
%%
from: IT Service Desk <servicedesk@pemberly-logistics.example>
subj: [HelpNest #88213] Suspicious logins on GreenRinse corporate account
trig: security_incident
trap: looks_automated
note: customer's ticketing system wrapper with a human-written body
hdr: X-Mailer: HelpNest Ticketing 4.2
--
##- Please type your reply above this line -##

Ticket #88213 has been updated by Colin Reyes (IT Security).

----

Hi GreenRinse support,

Colin from Pemberly Logistics IT here. Our corporate laundry account (staff uniforms, account PL-0042) has had three successful logins in the last 48 hours from IP addresses we don't recognise (203.0.113.77 and 198.51.100.12, both abroad), and the delivery address was changed to a storage unit we've never heard of. None of our staff did this. We've reset the password on our side.

Please freeze any collections/deliveries on the account and tell us what else those logins could see.

Colin Reyes
IT Security, Pemberly Logistics

----
You are receiving this because you are CC'd on ticket #88213.
HelpNest - https://helpnest.example/t/88213
%%
from: Bridges Farm Info <info@bridgesfarm.example>
subj: tent
trig: billing_dispute
trap: looks_automated
note: role address, one-liner, sent-from-phone signature
--
Still 2 x £240 on the card for one tent. Sort it please.

Sent from my iPhone
%%
from: Mark Oduya <mark.oduya@webpost.example>
subj: Re: Thank you for contacting VetVan Mobile [Case 55120]
trig: repeat_contact,severe_dissatisfaction
trap: looks_automated
note: quotes the desk's own auto-acknowledgement and complains on top
--
This is the FOURTH time I've received this exact auto-reply. Four emails, four robots, zero humans. My cat's prescription ran out on Sunday. It's absolutely pathetic.

Mark

> Thank you for contacting VetVan Mobile. This is an automated
> acknowledgement: your message has been received and a member of our
> team will get back to you within 2 working days.
>
> Please do not reply to this email.
%%
from: Nadia Rees <nadia.rees@mailbox.example>
subj: Undeliverable?
trig: broken_promise
trap: looks_automated
note: automated-looking subject, human piano delivery complaint
--
Hello,

Your delivery firm has marked my piano as "Undeliverable - customer not at home" for yesterday's slot. I was at home the entire day, I'd taken the day off specially, and nobody knocked or called. You confirmed the 8-12 slot in writing on Monday.

When can it actually come?

Nadia Rees
%%
from: Chef Ana Moreira <ana@saltandsmoke-school.example>
subj: Delivery failure of my parcel
trig: broken_promise,high_value_order
trap: looks_automated
note: courier-style subject; 5,620 GBP knife order returned, promised redelivery missed
--
Hi Emberline,

The tracking for order EF-5012 now says "Delivery failure - returned to sender". That's the 24 knives for our cookery school, £5,620. When I rang on Monday you said it would be re-sent on Thursday by a named-day service. It's Saturday, nothing's been re-sent and the tracking still shows it sitting in your depot.

Term starts in ten days. Please tell me what's actually happening.

Ana Moreira
Salt & Smoke Cookery School
%%
from: Accounts Payable <accounts@hollins-group.example>
subj: We have received your invoice RT-40417
trig: billing_dispute,high_value_order
trap: looks_automated
note: AP-department style opening; invoice amount disputed
--
Dear Skyline Terrace Events,

We have received your invoice RT-40417 for our staff summer party, thank you.

However, the invoice total is £6,200 whereas our signed purchase order (PO-88120) was for £5,200 - the extra £1,000 appears to be a "late bar extension" that was never agreed or used; the party ended at 23:00 as planned. We cannot pay the invoice until it is corrected.

Kind regards,
Maria Obuya
Accounts Payable, Hollins Group
%%
from: Stuart Kemble <stuart.kemble@fastpost.example>
subj: Re: Your complaint about order JJ-2290
trig: severe_dissatisfaction
trap: looks_automated
note: one-word reply above quoted text
--
Disgraceful.

On Mon, 3 Feb 2025 at 09:14, Jolly Jamboree Parties <hello@jollyjamboree.example> wrote:
> Dear Stuart,
> Thank you for your feedback. Unfortunately, as the entertainer arrived
> within the 45-minute window stated in our terms, we are unable to
> offer a refund on this occasion.
> Kind regards, Bethany
%%
from: Yusuf Demir <yusuf.demir@demir-foods.example>
subj: Fw: Automatic reply: franchise support
trig: manager_request
trap: looks_automated
note: customer forwards an OOO they got from head office and asks for someone senior
--
See below. This is the reply I get every time from franchise support. Please pass this to someone senior in the franchise team who can actually sign off on the fryer replacement - I don't mind who, but not another auto-reply.

Yusuf, Falafel Republic Coventry

-----Original Message-----
From: Franchise Support <franchise@falafelrepublic.example>
Sent: 11 November 2024 08:02
To: Yusuf Demir <yusuf.demir@demir-foods.example>
Subject: Automatic reply: franchise support

I am currently out of the office with limited access to email. I will respond to your message on my return.
%%
from: Leah Sorensen <leah.sorensen@mailbox.example>
subj: My before/after photos on your Instagram
trig: regulatory
trap: -
note: clinic posted patient photos without consent; ICO complaint announced
--
Hello,

A friend sent me a link this morning to the ClearSkin Instagram page, where my before and after photos (my neck tattoo, and you can clearly see my face in the "before" one) are being used in an advert. I never signed any consent for marketing. I specifically ticked "no".

Please take them down today. I'm also submitting a complaint to the ICO, because I'm fairly sure using health-related photos like that without consent is a GDPR violation.

Leah Sorensen
%%
from: Peter Lambourne <peter.lambourne@webpost.example>
subj: complaint - vet visit 14/10
trig: regulatory
trap: -
note: reported vet to professional regulator and Trading Standards
--
To whom it may concern,

Following the visit by your mobile vet on 14 October, when my dog was given a vaccine she'd already had two weeks earlier (it's on your own record) and the vet refused to discuss it, I have submitted a complaint to the RCVS and to Trading Standards. I'm letting you know as a courtesy.

P. Lambourne
%%
from: Rosa Delaney <rosa.delaney@mailbox.example>
subj: STOP emailing me
trig: regulatory,severe_dissatisfaction
trap: -
note: marketing after unsubscribe, GDPR violation alleged
--
I unsubscribed from your laundry newsletters in AUGUST and I'm still getting two a week. It's infuriating beyond words. This is a GDPR violation and if I get one more I'm going straight to the ICO.
%%
from: Carl Brennan <carl.brennan@brennan-rv.example>
subj: Service invoice 8812 - work not done
trig: billing_dispute,regulatory
trap: -
note: US customer, attorney general complaint, charged for work not performed
--
Hi,

Invoice 8812 charges me $1,240 for "full brake overhaul - rear axle". I took the RV to an independent shop yesterday because the brakes still felt soft and they showed me the rear pads and drums are untouched, same rust, same wear as before.

I've filed a complaint with the state Attorney General's consumer protection division. I'd still prefer you refund the $1,240 directly so we can both move on.

Carl Brennan
%%
from: Jenna Marlowe <jenna.marlowe@marlowe-studio.example>
subj: deposit + charge dispute
trig: billing_dispute,legal_threat,regulatory
trap: -
note: chargeback opened, FTC report, lawyer involved
--
Hi,

You charged my card $650 on 2 August for a rooftop "private hire minimum spend" on a date we never booked (our event was the 9th, and it was paid in full). I have opened a chargeback with my bank and reported the charge to the FTC. My attorney is copied on my records and is reviewing the booking terms.

If you'd like to avoid all of that, refund the $650 this week.

Jenna Marlowe
%%
from: Ravi Sethi <ravi.sethi@sethi-group.example>
subj: Franchise agreement FR-2019-044 - formal complaint
trig: billing_dispute,corporate_contact_request,high_value_order,legal_threat
trap: -
note: franchisee, 24,000 GBP renewal fee dispute, solicitors, asks for board contact
--
Dear Sirs,

I refer to the renewal fee of £24,000 invoiced under franchise agreement FR-2019-044 for our two Birmingham units. The agreement caps renewal at £9,000 per unit only if the refurbishment you were obliged to deliver has been completed. It has not: the extraction hoods at both sites are the originals.

Our solicitors will be writing to you under separate cover regarding breach of the agreement. In the meantime please provide the postal address and e-mail contact of your board of directors so that formal notice can be served correctly.

Ravi Sethi
Sethi Group Ltd
%%
from: Kayleigh Burrows <kayleigh.burrows@mailbox.example>
subj: where is my cake
trig: broken_promise,legal_threat,severe_dissatisfaction
trap: -
note: casual court threat, no-show cake
--
where is my cake. you said 11am at the venue. it is 3pm. the reception is at 4. nobody answers the phone. this is the most disgusting way anyone has ever treated me, on my WEDDING DAY. you will be hearing from my solicitor and i will see you in court for every penny
%%
from: Harold Pym <harold.pym@webpost.example>
subj: Refund of deposit - storm cancellation
trig: broken_promise,legal_threat
trap: -
note: conditional small claims threat; promised refund replaced by voucher
--
Dear Glasswater,

You cancelled our Saturday session because of the storm warning (quite rightly) and promised a full refund of the £80 deposit "or a voucher, your choice". I chose the refund, in writing, on the day. You have now sent a voucher instead.

If the deposit isn't back on my card by Friday 22nd I'll be filing a claim through the small claims online service. I'd much rather not have to.

Harold Pym
%%
from: Gareth Pryce <gareth.pryce@pryce-sports.example>
subj: LM-40 pump failure - please escalate
trig: manager_request,technical_issue
trap: -
note: warranty case asked to be escalated
--
Hi,

Our LM-40 marker's paint pump has stopped priming for the second time in a month. It runs, makes the right noise, but nothing comes out of the nozzle. Same symptom as the ticket from September which your technician "fixed" by swapping the filter.

We have a county final on the 12th. I'd like this escalated to someone who can authorise a replacement unit rather than another filter. Thanks.

Gareth Pryce
%%
from: Sophie Lang <sophie.lang@mailbox.example>
subj: No entertainer turned up
trig: broken_promise,manager_request
trap: -
note: no-show, asks for senior contact, calm
--
Hello,

The princess entertainer booked for Lily's party (booking JJ-3071, 2pm Sunday, confirmed by text on Friday) never arrived. Twenty five-year-olds and no princess. The number on the text went to voicemail.

I'd like this looked at by someone more senior than the booking inbox please, and I'd like to know how it happened.

Sophie Lang
%%
from: Warren Clegg <warren.clegg@clegg-family.example>
subj: owner's email?
trig: corporate_contact_request,executive_contact
trap: -
note: asks for owner's email in order to write to them
--
Can you give me the email address of the owner of Hivecraft (Mr Abernethy I think?). I'd like to write to him personally about the way your market stall staff spoke to my wife on Saturday.
%%
from: Frances Akhtar <frances.akhtar@webpost.example>
subj: Head office number please
trig: corporate_contact_request
trap: -
note: wants head office phone, explicitly not support line
--
Hi,

Could you please send me the phone number for RoadNest's head office? Not the workshop or customer services line, I've done those. I need to write to them formally about the warranty on the conversion.

Thanks,
Frances
%%
from: Owen Gallagher <owen.gallagher@mailbox.example>
subj: Who's your CEO?
trig: corporate_contact_request,executive_contact
trap: -
note: asks for CEO name and email to write to them
--
Who is the CEO of GreenRinse and what's their email? I'll be writing to them about my ruined wool coats since your customer service team seem to think £15 is fair compensation for two coats that cost £400 between them.
%%
from: Linh Pham <linh.pham@fastpost.example>
subj: FYI
trig: executive_contact
trap: -
note: already messaged the CEO on LinkedIn
--
Just so you know, I've messaged your CEO on LinkedIn about the vet who cancelled on us three times. Maybe that'll get a response.
%%
from: Morris Kelly <morris.kelly@kelly-kitchens.example>
subj: We will not be renewing
trig: cancellation_threat,executive_contact
trap: -
note: franchisee writing to the board, not renewing
--
Good afternoon,

After eighteen months of late deliveries of pitta and tahini to the Sheffield unit, and stock arriving short almost every week, we will not be renewing our franchise with Falafel Republic when the term ends in June.

I'll be setting out the details in a letter to the board of directors next week so they understand why a profitable site is leaving.

Morris Kelly
%%
from: Jess Whitcombe <jess.whitcombe@mailbox.example>
subj: someone booked boards on my account
trig: billing_dispute,security_incident
trap: -
note: account takeover with unauthorised charges
--
Hi,

I've just had three booking confirmations from you for boards in Cornwall for next week (I live in Leeds) and £144 taken from my saved card. I didn't make these. When I logged in the email on the account had been changed to something I don't recognise, I only got back in with the reset link.

Please cancel the bookings, refund the £144 and tell me how someone got into my account.

Jess
%%
from: Nicola Barnes <nicola.barnes@barnes-events.example>
subj: email with all your customers' addresses
trig: security_incident
trap: -
note: staff mis-sent spreadsheet of customer personal data
--
Hi Jolly Jamboree,

I think someone in your office sent me the wrong attachment. The "party confirmation" you emailed me this morning has a spreadsheet attached with what looks like every booking for December: parents' names, home addresses, phone numbers, children's names and ages and allergy notes.

I've not forwarded it anywhere and I'll delete it, but you should know that's gone out, and probably not only to me.

Nicola Barnes
%%
from: Olivia Sandford <olivia.sandford@mailbox.example>
subj: our tent layout has vanished
trig: data_loss,technical_issue
trap: -
note: bell tent planner lost the saved layout
--
Hello,

We spent two evenings building the tent layout and guest allocation in your online planner (which tent each family sleeps in, the kids' tent, accessibility notes for Granny). Today I logged in and the planner is back to blank. Says "Create your first layout". Nothing under saved versions either.

Is it recoverable? Please say yes.

Olivia
%%
from: Victor Hammond <victor.hammond@webpost.example>
subj: service documents gone from the portal
trig: data_loss,technical_issue
trap: -
note: motorhome owner portal lost uploaded documents, long and rambling
--
Hi there RoadNest,

Bit of a long one sorry. So back in 2022 when we first brought the Hymer in you said to upload all the old paperwork to the customer portal so you'd have the full history, which I did, took me a whole weekend with the scanner: the original handbook pages, 11 years of service stamps, the damp reports, the receipt for the new leisure battery, the gas certificate from 2021, the lot.

Went to log in this week because we're thinking of selling her and the buyer wants the history. The Documents tab is empty. Not "loading", just empty, "You haven't uploaded anything yet". My wife can see the same on her login. Your invoices from you are still there, it's only the stuff we uploaded that's gone.

I threw a lot of the paper originals away after scanning because your man said they were safe on the portal. So if they're gone they're gone.

Can someone look whether there's a backup please? I'd be very grateful.

Victor Hammond
%%
from: Tamsin Royle <tamsin.royle@mailbox.example>
subj: order history disappeared
trig: data_loss,technical_issue
trap: -
note: after account merge laundry preferences and history gone
--
Hi, after your app asked me to "merge my accounts" (I had one from the old website) all my saved garment preferences (no fabric softener, delicate wash for silks etc.) and my entire order history have gone. Now the last two collections were done with softener which I really don't like. Can you restore the old settings?
%%
from: Graham Tully <graham.tully@tully-groundcare.example>
subj: LineBot wiped every pitch we surveyed
trig: data_loss,severe_dissatisfaction,technical_issue
trap: -
note: angry, maps deleted by app update
--
I am absolutely fuming. Your app update on Sunday night has wiped every single pitch map we surveyed with the GPS rover this season. 23 pitches across 6 sites, about 40 hours of surveying, gone. The app just says "No sites". We have league matches Saturday.

Whoever signed off that update should be ashamed. I want to know if it can be recovered, today.

Graham Tully
%%
from: Emily Cho <emily.cho@webpost.example>
subj: app down all weekend
trig: outage,technical_issue
trap: -
note: vet booking app unreachable for everyone
--
Hi,

Your app and website have been completely down since Saturday morning - "Service unavailable" on both, for me and for two friends who also use VetVan. We had a dog with a cut paw on Saturday and couldn't book anything, ended up at a 24h clinic.

Is there a phone number for emergencies when the app is down?

Emily
%%
from: Lauren Pask <lauren.pask@mailbox.example>
subj: checkout broken
trig: outage,technical_issue
trap: -
note: payment processing down on the mead webshop
--
Hi Hivecraft, your online shop won't take payments - tried two cards and PayPal, all give "Payment provider unavailable, please try later". Been like that since yesterday evening. Is it just me? Wanted to order for my dad's birthday.
%%
from: Anthony Greer <anthony.greer@fastpost.example>
subj: third day I can't log in
trig: cancellation_threat,outage,technical_issue
trap: -
note: cannot log in at all for days, threatens to cancel
--
Three days now I haven't been able to log in to the laundry app at all, it just says "Something went wrong" on the login screen, on wifi and on 4G. My partner's account is the same. I've got a bag of work shirts sitting by the door.

If it's not working by the weekend I'm cancelling the subscription, I can't run my week around an app that doesn't open.

Anthony
%%
from: Ingrid Falk <ingrid.falk@mailbox.example>
subj: import VAT charged twice on knives
trig: billing_dispute
trap: -
note: overcharged, specific amount
--
Hello,

I live in Norway. On my knife order EF-4890 you charged me NOK-equivalent import VAT at checkout (£212 on your invoice) under "DDP - duties paid", and then the courier charged me import VAT again at the door. So I've paid it twice. Your site says duties are included. Please refund the £212.

Best regards,
Ingrid Falk
%%
from: Sian Howells <sian.howells@webpost.example>
subj: deposit taken twice
trig: billing_dispute
trap: -
note: double-charged deposit, chargeback threat
--
Hi,

The £50 deposit for Ollie's magician party (JJ-3390) has come out of my account twice, on the 2nd and the 3rd. Please refund one of them. If it's not back by the end of next week I'll ask my bank to charge it back.

Thanks
Sian
%%
from: Helen Ashworth <helen.ashworth@mailbox.example>
subj: Pet health plan renewal - I didn't agree to this
trig: billing_dispute,cancellation_threat
trap: -
note: auto-renewed after she said no; leaving
--
Hello,

I told your vet in person in August that I did not want to renew Teddy's health plan, and you've now taken the full annual £420 renewal. I didn't agree to it and I want it back.

After this, and the three rescheduled appointments, I'm cancelling the plan and moving him to our local practice.

Helen Ashworth
%%
from: Dr Paul Everett <paul.everett@everett-dental.example>
subj: Completing my tattoo removal package
trig: cancellation_threat
trap: -
note: leaving package due to no results; polite
--
Dear ClearSkin,

I've had six of the ten sessions in my package and honestly there's been very little fading since session three, while the clinic keeps moving my appointments at short notice. I'd like to stop here and cancel the remaining four sessions. I'll be going to another clinic for the rest.

Could you let me know what I'm owed for the unused sessions?

Best wishes,
Paul Everett
%%
from: Jordan Blake <jordan.blake@mailbox.example>
subj: 40k followers are going to love this
trig: discrimination_harassment,media_threat,severe_dissatisfaction
trap: -
note: verbal abuse by staff; TikTok threat, SUP instructor rude
--
Your instructor screamed at my girlfriend in front of the whole group for falling off, called her "useless" and then refused to let her back on the water. Absolutely vile behaviour. I filmed most of it. I've got 40k followers on TikTok and unless I hear from you with a proper apology by tomorrow the video goes up.
%%
from: Moira Strachan <moira.strachan@webpost.example>
subj: my review
trig: media_threat
trap: -
note: already posted a review publicly
--
Hello,

Just letting you know I've left a one-star review on Trustpilot and on your Facebook page about the crystallised honey that arrived with mould on the lid. I'd have preferred to sort it privately but nobody replied for two weeks. Happy to update it if you get in touch.

Moira
%%
from: Callum Reid <callum.reid@wavefront-audio.example>
subj: Podcast - request for comment
trig: media_threat
trap: -
note: podcast producer (journalist inquiry)
--
Hi,

I produce "The Long Road", a podcast about van life and motorhome travel. We're putting together an episode on servicing complaints and several listeners have mentioned RoadNest, mainly about vans being kept for weeks beyond the quoted time.

Would someone be available for a short interview, or to give us a written statement? We record on the 28th.

Thanks,
Callum Reid
Producer
%%
from: Samira Qureshi <samira.qureshi@mailbox.example>
subj: Consultation on Wednesday
trig: discrimination_harassment
trap: -
note: religious discrimination at clinic reception
--
Hello,

I came in for my consultation on Wednesday. Before I'd even sat down, the receptionist looked at my hijab and said they "probably can't treat someone like me because of the head covering" and that I should "try somewhere more suitable". The tattoo is on my wrist. I left without being seen.

I'd like an explanation, and I'd like to know this is being dealt with.

Samira Qureshi
%%
from: Martin and Jo Ellery <ellery.family@webpost.example>
subj: the salesman
trig: discrimination_harassment
trap: -
note: gender discrimination by staff, written by husband
--
Hi,

My wife and I came to the shop on Saturday to look at the Kawai grands. She is the pianist, I don't play at all. Your salesman spoke only to me for forty minutes, answered her questions by looking at me, and when she asked to try the action he said "the ladies usually like the uprights, they're less work". She's a piano teacher.

We left and we won't be back. I thought you should hear it.

Martin Ellery
%%
from: Tariq Mahmood <tariq.mahmood@mahmood-foods.example>
subj: area manager's behaviour
trig: discrimination_harassment
trap: -
note: franchisee threatened by franchisor's staff
--
Dear Franchise Support,

During the audit visit on Tuesday your area manager, Mr Dobbs, shouted at me in front of my staff and customers, called me "a joke", and told me that if I "kept complaining about the supplier" he would "make sure this unit fails the next audit and you lose everything". Two of my staff witnessed it.

I consider that a threat and harassment. I'd like a written response.

Tariq Mahmood
%%
from: Chloe Abara <chloe.abara@fastpost.example>
subj: Still waiting for the deposit refund
trig: broken_promise
trap: -
note: promised callback and refund, neither happened
--
Hi,

When we cancelled our terrace booking back in July (because of the heatwave closure, your decision), Dom the events manager told me he'd phone me that week to arrange the refund of the £200 deposit. No call, no refund. Can someone please pick this up.

Chloe
%%
from: Rob Fenwick <rob.fenwick@mailbox.example>
subj: Re: Re: Re: knife sharpening
trig: broken_promise,repeat_contact
trap: -
note: third email, sharpening turnaround promise missed
--
Third time asking. You told me the knives sent for re-sharpening would be back "within two weeks". It's been seven. Can you just tell me where they are?

Rob
%%
from: Paula Nguyen <paula.nguyen@webpost.example>
subj: Reminders not arriving
trig: repeat_contact,technical_issue
trap: -
note: two emails plus one phone call = third contact
--
Hello again,

I've emailed twice already and phoned once about this. The appointment reminders for my cats still aren't coming through - no text, no email, no notification - even though they're all switched on in the app. We've now missed two vaccinations because of it.

Can someone actually look at the account?

Paula
%%
from: Dorothy Keane <dorothy.keane@mailbox.example>
subj: Cake tasting booking
trig: repeat_contact
trap: -
note: keeps contacting, no other trigger, polite
--
Hello,

I'm sorry to keep contacting you about this, this is my fourth try. I'd just like to book a cake tasting for two in March. I've used the form twice and emailed once with no reply. Is the bakery still taking wedding orders?

Kind regards,
Dorothy Keane
%%
from: Lewis Armstrong <lewis.armstrong@armstrong-tours.example>
subj: Invoice RN-9921 - bodywork repair
trig: billing_dispute,high_value_order
trap: -
note: 9,300 GBP motorhome bodywork invoice with items not agreed
--
Good morning,

Invoice RN-9921 for the rear-panel repair on our touring coach conversion comes to £9,300. The signed estimate was £7,450. The difference is a "full respray, offside" and "new awning rail" which we never asked for and which, as far as I can see, weren't done: the awning rail is the old one with the same dent.

I'd like a corrected invoice before we settle.

Lewis Armstrong
%%
from: Ferdinand Lisle <f.lisle@lisle-festivals.example>
subj: Bell tents - Greenmeadow Festival
trig: high_value_order,severe_dissatisfaction
trap: -
note: 12,000 EUR festival hire, tents delivered mouldy
--
Hello,

We hired 30 bell tents from you for the Greenmeadow Festival (contract value EUR 12,000). They arrived this morning and at least 11 have black mould inside the canvas and smell of damp. Several are still wet. We have artists and crew arriving tomorrow to sleep in them.

Frankly this is a disgrace for a company charging festival rates. What are you going to do about it, today?

Ferdinand Lisle
Production Manager
%%
from: Khalid Rahman <khalid.rahman@rahman-eats.example>
subj: equipment order missing items
trig: high_value_order
trap: -
note: 5,480 USD franchise equipment order incomplete
--
Hi,

Our opening kit for the new Austin unit (order EQ-2217, $5,480) arrived yesterday without the double fryer and without the falafel former, which are the two things we can't open without. Everything else is there. Can you confirm when the missing items ship? Opening is the 3rd.

Khalid
%%
from: Greta Holm <greta.holm@mailbox.example>
subj: skip a month?
trig: feature_request
trap: -
note: feature request phrased as wish
--
Hi! Love the mead club. Only thing: would be brilliant if you let us skip a month instead of pausing the whole subscription. We're away most of August. Just a thought!

Greta
%%
from: Deepak Iyer <deepak.iyer@webpost.example>
subj: SMS reminders + Android widget
trig: feature_request
trap: -
note: please support - two asks
--
Hello VetVan,

Two small requests:
1) please support SMS reminders as well as push notifications - my mum (who uses the app for her dog) doesn't look at notifications at all.
2) an Android home-screen widget showing the next visit would be handy.

Thanks for a great service otherwise.
Deepak
%%
from: Chris Ndlovu <chris.ndlovu@ndlovu-grounds.example>
subj: offline mode + crash on save
trig: feature_request,technical_issue
trap: -
note: one feature request, one bug
--
Hi TrueLine,

Half of our grounds have no mobile signal, so can you add an offline mode to LineBot so the pitch template can be loaded before we drive out?

Also, separate problem: when I edit a template and press Save, the app crashes about half the time (Samsung A54, app 3.8.1). The changes are lost when it does.

Chris
%%
from: Abigail Moss <abigail.moss@mailbox.example>
subj: paying in instalments
trig: feature_request
trap: -
note: feature ask for instalment payments for party packages
--
Hiya, the big party packages are great but £450 in one go is a lot for us. It would be really helpful if you added an option to pay in two or three instalments when booking online. I'm sure other parents would use it too.
%%
from: Patrick Doyle <patrick.doyle@fastpost.example>
subj: wedding dress
trig: severe_dissatisfaction
trap: -
note: extreme anger, laundry ruined dress (not technical)
--
You have destroyed my late mother's wedding dress. It went in for a specialist hand clean as agreed and has come back yellowed and shrunk. I am beyond furious. I can't even put into words how disgusted I am. No amount of "sorry for the inconvenience" covers this.

Patrick Doyle
%%
%%
from: Ruth Abernathy <ruth.abernathy@webpost.example>
subj: Who do I write to at the top?
trig: corporate_contact_request
trap: -
note: asks for the corporate/board contact, not support; mild tone
--
Hello,

I've had a perfectly polite but unhelpful exchange with your booking team about our cancelled bell tent weekend. Rather than go round in circles, could you tell me the postal address of your head office and who sits on the board, so that I can put it in writing to the right people?

Thank you,
Ruth Abernathy
%%
"""
