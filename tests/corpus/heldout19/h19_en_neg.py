# English customer mail with no trigger (hard negatives / look-alikes).
# One hand-written block per message; make_corpus.py only packages them.

MSGS = [

dict(frm='Karen Blythe <karen.blythe@blythe-dental.example>',
subj='Order for practice waiting room',
trig='', trap='job_title', note='candle supplies; office manager ordering reed diffusers',
body='''Hello,

I'm the office manager at Blythe Dental and we'd like to order 12 of the unscented reed diffuser bases and 6 bottles of the "sea salt" fragrance oil for our waiting rooms. Could you send a pro-forma invoice to this address? We pay by BACS.

Many thanks,
Karen Blythe
Office Manager
'''),

dict(frm='Phil Sutherland <phil.sutherland@sutherland-it.example>',
subj='Manager of IT here - wifi details for the club room?',
trig='', trap='job_title', note='chess-computer retailer; IT manager asks about network requirements',
body='''Hi,

I'm Manager of IT for our village hall committee and we're buying six of your e-boards for the chess club that meets there. Before we order: do the boards need any ports open on the router, or do they just use ordinary outbound HTTPS? Our router is a fairly locked-down business model.

Cheers,
Phil
'''),

dict(frm='Roisin Carberry <roisin.carberry@carberry-events.example>',
subj='Contact for our account manager',
trig='', trap='account_manager_role', note='canal-boat holidays; asks for existing account manager details',
body='''Hi there,

We've been booking our staff weekends through your corporate scheme for three years and our account manager used to be Jess Tolley. I think she has moved on? Could you let me know who our account manager is now and their direct email, so I can send over next year's dates.

Thanks!
Roisin
'''),

dict(date='2025-07-15 09:20', frm='Alan Whitfield <alan.whitfield@freemail.example>',
subj='Re: hut 31 key',
trig='', trap='quoted_threat', note='beach-hut rentals; old quoted angry mail, current reply is thanks',
body='''Thanks Jo, the key arrived this morning and everything's fine now. Sorry for my grumpy message last week, it had been a long day.

Alan

On Fri, 11 Jul 2025 at 18:02, Alan Whitfield <alan.whitfield@freemail.example> wrote:
> This is ridiculous. Third weekend in a row we can't get into the hut
> because the lock is jammed. If it's not fixed I'll be taking this up with
> trading standards and asking for every penny back.
'''),

dict(date='2025-04-02 10:31', frm='Meera Joshi <meera.joshi@freemail.example>',
subj='Re: Re: editing for ep 12',
trig='', trap='quoted_threat', note='podcast editing; nested quotes with legal threat, own text neutral',
body='''Perfect, thanks - the new cut sounds great. Invoice is paid.

Meera

> On 2 Apr 2025, at 14:40, Cutroom Audio <hello@cutroom-audio.example> wrote:
>
> Hi Meera, here's the revised cut with the music bed fixed. Sorry again.
>
>> On 1 Apr 2025, at 09:13, Meera Joshi wrote:
>>
>> The music bed drowns out my guest for the whole second half. If the
>> client hears this I'll lose the contract and honestly my lawyer will be
>> hearing about it. This is unacceptable.
'''),

dict(date='2025-03-17 11:08', frm='Geoffrey Marlowe <g.marlowe@marlowe-antiques.example>',
subj='RE: Walnut bureau collection',
trig='', trap='quoted_threat_outlook', note='antique restorer; Outlook header block quoting angry email',
body='''Dear Julia,

Thank you, Thursday at 10 suits us well. The side gate will be open.

Kind regards,
Geoffrey Marlowe

-----Original Message-----
From: Geoffrey Marlowe <g.marlowe@marlowe-antiques.example>
Sent: 14 March 2025 16:22
To: Castellane Restoration <workshop@castellane-restoration.example>
Subject: Walnut bureau collection

Julia, this is now the fourth time I have asked for a collection date. If I do not have one by Friday I will have no choice but to escalate this to your director and consider my position. Frankly the service has been appalling.
'''),

dict(date='2025-06-04 19:46', frm='Daisy Holt <daisy.holt@freemail.example>',
subj='RE: Booking 8821',
trig='', trap='quoted_threat_outlook', note='mini-golf course; quoted own older complaint via Outlook block',
body='''Hi, that's all sorted now, thank you for the refund of the double payment. Have a lovely weekend.

Daisy

________________________________
From: Daisy Holt
Sent: Monday, June 2, 2025 8:41 AM
To: Bookings
Subject: Booking 8821

You charged me twice for the same party booking (£120 x 2). I want the second one refunded today or I'll do a chargeback through my bank.
'''),

dict(frm='Tony Granger <tony.granger@granger-rugs.example>',
subj='Fwd: complaint from one of our customers',
trig='', trap='forwarded_complaint', note='rug dealer (trade partner) forwards end-customer complaint asking for info',
body='''Hi both,

Forwarding the below from one of our shop customers. Before I reply to her, can you tell me whether the Gabbeh she bought was from your spring container or the earlier one? She's mentioned colour run, I just need the batch info.

Tony

---------- Forwarded message ---------
From: Mrs P. Ellery <p.ellery@freemail.example>
Subject: Rug ruined my floor

The red in the rug I bought from your shop has run into my oak floor after one wet mop. This is outrageous, I expect you to pay for the floor to be sanded. If you won't, I'll see you in the small claims court.
'''),

dict(date='2025-07-01 08:15', frm='Sarah Quayle <sarah.quayle@quayle-events.example>',
subj='Fw: Feedback from the stag party',
trig='', trap='forwarded_complaint', note='moped rental; forwarded third-party rant, own text asks for invoice',
body='''Hi,

See below - not my words, this is one of the lads from the stag group I booked for. I've told him I'll handle it. Could you just send me a copy of the final invoice for the 8 scooters so I can reconcile what everyone owes?

Thanks
Sarah

-----Original Message-----
From: Dean
Sent: 30 June 2025 23:58
Subject: scooters

worst rental ever mate, tell them i want my money back and my cousin says we should sue them lol
'''),

dict(frm='Jonathan Ashby <jonathan.ashby@ashby-hallam.example>',
subj='Enquiry - kilim for boardroom',
trig='', trap='legal_disclaimer', note='rug dealer; law firm enquiry with long legal disclaimer',
body='''Dear Sir/Madam,

We are refurbishing our boardroom and are looking for a large flat-weave kilim, approx. 4 x 3 m, in muted reds. Could you let me know what you have in stock in that size range and whether you offer viewing by appointment?

Kind regards,
Jonathan Ashby
Facilities
Ashby Hallam LLP

--
This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it. Ashby Hallam LLP accepts no liability for any loss or damage arising from this email. Any unauthorised use may result in legal action. Ashby Hallam LLP is regulated by the Solicitors Regulation Authority.
'''),

dict(frm='Naomi Fletcher <naomi.fletcher@fletcher-law.example>',
subj='Question about your gift vouchers',
trig='', trap='legal_disclaimer', note='tandem skydiving; lawyer asks about voucher validity, disclaimer mentions court',
body='''Hi,

Quick one: I'd like to buy a tandem voucher for my brother. Can it be transferred to someone else if he can't use it, and how long is it valid for?

Thanks,
Naomi Fletcher
Senior Associate, Fletcher & Rowe Solicitors

IMPORTANT: This message is confidential. Nothing in it constitutes a legally binding offer. Any dispute arising from this communication shall be subject to the exclusive jurisdiction of the courts of England and Wales.
'''),

dict(frm='Gordon McPhail <gordon.mcphail@freemail.example>',
subj='Re: delayed order',
trig='', trap='negation', note='bonsai nursery; explicitly not cancelling, not complaining',
body='''No worries at all about the delay - I'm not going to cancel, I'd rather wait for a good tree than get a rushed one. Just let me know roughly when the Chinese elm will be ready to ship.

Gordon
'''),

dict(frm='Anja Kowalczyk <anja.kowalczyk@freemail.example>',
subj='all good, no need to escalate',
trig='', trap='no_need_to_escalate', note='podcast editing; negated escalation',
body='''Hi, just to say the episode came through fine in the end. No need to escalate the ticket I opened yesterday, it was my upload that was the problem not your side. Please close it.

Anja
'''),

dict(frm='Mark Ebdon <mark.ebdon@freemail.example>',
subj='upgrade question',
trig='', trap='data_safety_question', note='chess-computer retailer; asks how not to lose games when updating',
body='''Hello,

I see there's a new firmware 3.4 for my e-board. Before I install it - how do I make sure I don't lose my saved games? Is there a backup option in the app, or should I export to PGN first?

Thanks
Mark
'''),

dict(frm='Rebecca Thorne <rebecca.thorne@thorne-consult.example>',
subj='Hypothetically - if we had to cancel',
trig='', trap='hypothetical', note='canal-boat holidays; hypothetical cancellation question',
body='''Hi,

We're considering booking two boats for a family reunion next June. One of my uncles is waiting on a hip operation date, so before we commit: if we had to cancel one boat three months before, would we lose the whole deposit or just part of it? And would I be able to switch the dates instead?

Thanks,
Rebecca
'''),

dict(frm='Hassan Mahmoud <hassan.mahmoud@freemail.example>',
subj='What happens if the weather is bad?',
trig='', trap='hypothetical', note='tandem skydiving; weather rebooking question',
body='''Hi, I'm booking a jump for 14 Sept. What happens if the jump gets cancelled due to weather on the day? Would I get a refund or can I move it? Just want to know before I book, not a complaint!
'''),

dict(frm='Louise Tennyson <louise.tennyson@freemail.example>',
subj='refund policy on custom hats',
trig='', trap='policy_question', note='hat maker; asks about refund policy on bespoke',
body='''Hello,

I'm thinking of commissioning a bespoke felt fedora. What is your refund policy for made-to-measure pieces - e.g. if the fit isn't right when it arrives, can it be adjusted or returned?

Louise
'''),

dict(frm='Jamie Cho <jamie.cho@freemail.example>',
subj='how do I cancel my subscription',
trig='', trap='policy_question', note='sports-nutrition webshop; neutral how-to cancel',
body='''Hi there, how do I cancel my monthly box? I'm moving abroad in September and your delivery doesn't go there. I can't find the option in my account settings. Thanks!
'''),

dict(frm='Eva Lindholm <eva.lindholm@lindholm-tech.example>',
subj='GDPR documentation request',
trig='', trap='gdpr_documentation', note='podcast editing; requests DPA and GDPR compliance docs',
body='''Hello,

Our legal team has asked me to collect some paperwork before we sign the annual editing agreement. Could you send us:

- your Data Processing Agreement (DPA)
- a list of sub-processors (especially where raw audio is stored)
- confirmation of whether data is stored inside the EU/UK

Is your service GDPR compliant for storing interview recordings that may contain personal data?

Best,
Eva Lindholm
Operations Manager
'''),

dict(frm='Priyanka Mehta <priyanka.mehta@freemail.example>',
subj='data request',
trig='', trap='gdpr_documentation', note='beach-hut rentals; neutral subject access request',
body='''Hello,

Under GDPR I'd like a copy of the personal data you hold about me (subject access request). No problem or complaint, I'm just tidying up my accounts. My booking email was this one.

Thanks,
Priyanka
'''),

dict(frm='Bill Hargreaves <bill.hargreaves@freemail.example>',
subj='Thank you!!',
trig='', trap='praise', note='tandem skydiving; enthusiastic praise',
body='''Just wanted to say THANK YOU to Marco and the whole team for Saturday. I was terrified, honestly shaking in the plane, and Marco was brilliant. Best day of my life, I'm 71 and I'm already talking about doing it again next year.

The video is amazing too. Gave it to my grandkids, they think I'm a superhero.

Bill
'''),

dict(frm='Zoe Pemberton <zoe.pemberton@freemail.example>',
subj='my little window',
trig='', trap='praise', note='stained-glass studio; praise for beginner workshop',
body='''Hi Marianne,

I just wanted to let you know that the little robin panel I made on your Saturday workshop is now hanging in my kitchen window and it catches the morning light beautifully. You were so patient with me when I kept cracking the red glass!

I'd love to book the intermediate course when dates are out.

Zoe
'''),

dict(frm='Kofi Mensah <kofi.mensah@freemail.example>',
subj='Canal trip - wonderful',
trig='', trap='praise', note='canal-boat holidays; praise mentioning "no problems"',
body='''Dear all,

We returned "Otter" to the Stoke Bruerne base on Friday after a fortnight. Not a single problem, the boat was spotless and Dave's handover was the best we've had in 20 years of canal holidays. We'll be back next year and we've already recommended you to the whole sailing club.

Warm regards,
Kofi & Abena Mensah
'''),

dict(frm='Lewis Baird <lewis.baird@freemail.example>',
subj='can I export to PGN?',
trig='', trap='feature_exists', note='chess-computer retailer; asks if export exists',
body='''Hey, quick question - can I export my games from the board to PGN so I can analyse them on my laptop? If yes, where's the option?

Lewis
'''),

dict(frm='Fiona Grey <fiona.grey@freemail.example>',
subj='Do you do gift wrapping?',
trig='', trap='feature_exists', note='hat maker; asks whether gift box option exists',
body='''Hello, do you offer gift wrapping or a hat box for presents? It's for my husband's 50th. If so is it an option at checkout?

Thanks
Fiona
'''),

dict(frm='Sam Whitaker <sam.whitaker@freemail.example>',
subj='Is there a way to share a project with a co-host?',
trig='', trap='feature_exists', note='podcast editing; asks if sharing feature exists',
body='''Hi!

Is it possible to give my co-host access to our project so she can leave comments on the edit, or does she need her own account? Couldn't find it in the help pages.

Sam
'''),

dict(frm='Gwen Parry <gwen.parry@freemail.example>',
subj='Quick note',
trig='', trap='reported_speech', note='mini-golf course; friend joked about suing, customer does not adopt',
body='''Hi,

Just letting you know a ball went over the fence at hole 14 into the stream - no harm done. My friend joked that we should sue you for the emotional damage of losing on the windmill hole, but honestly we had a great time.

Might be worth a higher net on 14 though!

Gwen
'''),

dict(frm='Robin Asquith <robin.asquith@freemail.example>',
subj='my neighbour bought from you too',
trig='', trap='reported_speech', note='bonsai nursery; neighbour says he will complain, customer only asks care tip',
body='''Hello,

My neighbour also bought a juniper from you and he says he's going to report you to trading standards because his went brown - his words, not mine, I think he's been watering it every day!

Mine is doing fine. Could you tell me when is the right time to repot it? It's been in the same pot since I got it last spring.

Robin
'''),

dict(frm='Heather Lomas <heather.lomas@freemail.example>',
subj='a little disappointed',
trig='', trap='mild_disappointment', note='candle supplies; mild disappointment with scent',
body='''Hi,

I was a little disappointed with the "Fig & Cassis" fragrance oil - the throw is much weaker than I expected at 8%. Is that normal for this oil or should I be using a higher load? Otherwise really happy with the wax.

Heather
'''),

dict(frm='Callum Rees <callum.rees@freemail.example>',
subj='not quite what I expected',
trig='', trap='mild_disappointment', note='roller-skate shop; mild disappointment, exchange request',
body='''Hello, the skates arrived quickly, thank you. The colour is a bit more "mint" than "teal" in real life, which is a shame, and they're a touch tight. Could I exchange them for a half size up? Happy to pay the postage.

Callum
'''),

dict(frm='Megan Doyle <megan.doyle@freemail.example>',
subj='Kinda meh',
trig='', trap='mild_disappointment', note='sports-nutrition webshop; meh on flavour, not acceptable but not strong',
body='''honestly the new salted caramel flavour is kinda meh, not what I'd call acceptable for the price but whatever. Any chance you'll bring back the old cookies & cream?
'''),

dict(frm='Charles Pemberton-Wylie <cpw@pemberton-wylie.example>',
subj='Persian rug purchase - payment confirmation',
trig='', trap='large_amount_no_problem', note='rug dealer; GBP 23,000 purchase, no problem',
body='''Dear Mr Demir,

Further to our meeting at the gallery on Tuesday, I am pleased to confirm we would like to purchase the Kashan (ref. KS-09) for the agreed sum of £23,000. I have today instructed my bank to make the transfer and attach the remittance advice.

We look forward to delivery in the week of 17 November. Please pass on our thanks to your colleague for the very informative afternoon.

Yours sincerely,
Charles Pemberton-Wylie
''', att='remittance_advice.pdf'),

dict(frm='Harbour Yacht Club <events@harbouryc.example>',
subj='Booking for 40 - deposit sent',
trig='', trap='large_amount_no_problem', note='canal-boat holidays; EUR 12,800 charter, all fine',
body='''Hello,

We've sent the 25% deposit of EUR 3,200 for the 8-boat flotilla (total EUR 12,800) for 6-13 September. Everything in the quote looks right to us. Could you send the crew forms so we can start allocating people to boats?

Thanks,
Marion
Events secretary
'''),

dict(frm='Victor Osei <victor.osei@osei-design.example>',
subj='Invoice 2025-118 - VAT number missing',
trig='', trap='exactly_5000', note='stained-glass studio; EUR 5,000.00 invoice with small admin fix (not above threshold)',
body='''Hello,

Your invoice 2025-118 for the entrance panels comes to EUR 5,000.00 exactly, as quoted. Our accounts department can't process it because our VAT number is missing from the address block. Could you reissue it with VAT ID GB 555 0192 77 added? Nothing else needs changing.

Thank you,
Victor
'''),

dict(frm='Linda Marsh <linda.marsh@freemail.example>',
subj='£5,000 order - wrong delivery date',
trig='', trap='exactly_5000', note='antique restorer; GBP 5,000 job, delivery date wrong (at threshold)',
body='''Hi,

The restoration of the dining table and eight chairs (quote accepted at £5,000.00) is due back to us on the 20th but your confirmation says the 27th. We've got a family party on the 22nd. Is there any way to bring it forward? If not, we'll live with it.

Linda
'''),

dict(frm='Paul Henshaw <paul.henshaw@freemail.example>',
subj='second email about my hat size',
trig='', trap='second_email', note='hat maker; second email only, polite',
body='''Hello again, this is my second email about this - just checking you got the first one. I gave my head size as 58cm but the order confirmation says 56cm. Could you please correct it before you start making it?

Many thanks,
Paul
'''),

dict(frm='Aoife Nolan <aoife.nolan@freemail.example>',
subj='following up (2nd time)',
trig='', trap='second_email', note='bonsai nursery; second follow-up on shipping date',
body='''Hi, following up on my message from Monday - is there a dispatch date for the maple yet? No rush, just planning around a weekend away.

Aoife
'''),

dict(frm='Derek Pryce <derek.pryce@freemail.example>',
subj='Resolved - thanks',
trig='', trap='settled_issue', note='moped rental; settled deposit issue, past dispute mentioned',
body='''Hi,

Just confirming that the EUR 150 that was wrongly taken from my deposit has now been refunded to my card - thanks to Eleni for sorting it. Happy to consider the matter closed.

Derek
'''),

dict(frm='Anita Rowlands <anita.rowlands@freemail.example>',
subj='Update: site working again',
trig='', trap='settled_issue', note='beach-hut rentals; outage now over, customer confirms booked',
body='''Hi, earlier I couldn't get onto the booking page but it's working now and I've booked hut 9 for the first week of September. No action needed, just didn't want you chasing my earlier message.

Anita
'''),

dict(frm='Ross Kinnear <ross.kinnear@kinnear-it.example>',
subj='Security - do you support 2FA?',
trig='', trap='security_question', note='podcast editing; 2FA question, no incident',
body='''Hi,

Before we move our company podcast to your platform, our security team want to know: does the client portal support two-factor authentication, and can we enforce it for all users in our workspace? Also, do you have a completed security questionnaire (CAIQ or similar) you can share?

Thanks,
Ross Kinnear
Head of Information Security
'''),

dict(frm='Jenny Abbot <jenny.abbot@freemail.example>',
subj='Is this email from you?',
trig='', trap='security_question', note='candle supplies; asks if legit newsletter, no incident',
body='''Hi, I got an email today with a 20% discount code from your shop - it looks like your usual newsletter and it's from your normal address, I just wanted to double check it's genuine before I click anything. I haven't clicked. Is it you?

Jenny
'''),

dict(frm='Amir Haddad <amir.haddad@haddad-fintech.example>',
subj='Tandem day for our team',
trig='', trap='own_ceo_mention', note='tandem skydiving; customer mentions their own CEO',
body='''Hi,

Our CEO wants to do something memorable for the team after a great year, and a tandem day came up. We're about 12 people. Could you send me prices for a weekday in September and whether you offer a group discount? Our CEO would also like to jump himself, he's 58 - is there an upper age limit?

Amir
'''),

dict(frm='Tilly Barnes <tilly.barnes@freemail.example>',
subj='saw you on instagram',
trig='', trap='saw_ad_on_social', note='roller-skate shop; social media mention, no threat',
body='''hiii I saw your ad on Instagram for the pastel quad skates and I'm obsessed. do you still have the lilac ones in a size 5? and do you ship to Ireland?

xx Tilly
'''),

dict(frm='Neil Buckland <neil.buckland@freemail.example>',
subj='maintenance window?',
trig='', trap='planned_maintenance', note='chess-computer retailer; asks about planned maintenance',
body='''Hello, I saw a banner that the online play server will have planned maintenance this Sunday. We have a club match scheduled that afternoon - what time exactly will it be down, and for how long?

Neil
'''),

dict(frm='Rhian Evans <rhian.evans@freemail.example>',
subj='change of order',
trig='', trap='procedural_cancel', note='sports-nutrition webshop; neutral cancel of order, wrong flavour',
body='''Hi, I ordered the wrong flavour this morning (order SN-60214, should be vanilla not chocolate). Can you cancel that order so I can place it again? Sorry for the hassle!

Rhian
'''),

dict(frm='Oliver Trent <oliver.trent@freemail.example>',
subj='cancel booking please',
trig='', trap='procedural_cancel', note='mini-golf course; neutral cancellation, kid ill',
body='''Hiya, please can you cancel our booking for Saturday at 2pm (ref MG-3319)? My son has chickenpox. Happy to rebook another time. Thanks
'''),

dict(frm='Margaret Foley <margaret.foley@freemail.example>',
subj='Wrong glass colour - crate arrived',
trig='', trap='non_technical_problem', note='stained-glass studio; wrong colour glass sheets, not technical',
body='''Hello,

The crate of cathedral glass arrived today - thank you for the careful packing, nothing broke. However, two of the six sheets are amber instead of the "champagne" I ordered. Could you swap them? I can send them back with the courier when the replacement comes.

Margaret
'''),

dict(frm='Darren Pike <darren.pike@freemail.example>',
subj='phone number',
trig='', trap='support_phone_request', note='beach-hut rentals; asks normal support phone hours',
body='''What's your customer service phone number and what hours are you open on Sundays? Want to ask about the hut barbecue rules.
'''),

dict(frm='Accounts Payable <ap@linden-hotels.example>',
subj='We have received your invoice',
trig='', trap='looks_automated', note='canal-boat holidays; human AP clerk confirms invoice receipt',
body='''Hello,

We have received your invoice INV-2209 for the staff boat weekend. It has been approved and will be paid in our next payment run on the 28th.

Kind regards,
Joanne
Accounts Payable
Linden Hotels Group
'''),

dict(frm='Craig Munro <craig.munro@freemail.example>',
subj='Re: Your order has been dispatched',
trig='', trap='looks_automated', note='hat maker; one-word human reply to dispatch notice',
body='''Thanks!

Sent from my iPhone
'''),

dict(frm='Lorraine Fisk <lorraine.fisk@fisk-crafts.example>',
subj='Out of office next week - please hold delivery',
trig='', trap='looks_automated', note='candle supplies; OOO-like but a real request, no trigger',
body='''Hello,

I'm out of the office from Monday 9th to Friday 13th, and there'll be nobody at the unit to sign for deliveries. Could you hold my order (CS-90712) and send it the following Monday instead?

Thank you,
Lorraine
Fisk Crafts
'''),

dict(frm='office <office@stmarys-chessclub.example>',
subj='Thank you for your email',
trig='', trap='looks_automated', note='chess-computer retailer; role address human confirms parcel received',
body='''Thank you for your email. We confirm that the parcel with the two replacement clocks arrived safely at the club this morning. All working.

Best wishes,
Pat (club office)
'''),

dict(frm='Nick Ferris <nick.ferris@freemail.example>',
subj='Read: Booking confirmation MG-4410',
trig='', trap='looks_automated', note='mini-golf course; human with Read: subject asks parking question',
body='''Read it, all fine - is there parking at the course or should we use the seafront car park?

Nick
Sent from my phone, excuse brevity
'''),

]
