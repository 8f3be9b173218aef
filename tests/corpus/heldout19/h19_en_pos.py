# English customer mail that carries at least one trigger.
# One hand-written block per message; make_corpus.py only packages them.

MSGS = [

dict(frm='Dana Whitcombe <dana.whitcombe@freemail.example>',
subj='charged twice for the tandem voucher',
trig='billing_dispute', trap='-', note='tandem skydiving; gift voucher charged twice',
body='''Hi there,

I bought a tandem jump voucher for my dad's 60th on your website last Tuesday (order FF-20931). My card statement shows two payments of £289.00, same day, two minutes apart. I only got one voucher code.

Please refund the second one. I've attached nothing because I don't know how to screenshot my banking app, sorry.

Dana
'''),

dict(frm='Martin Oyelaran <m.oyelaran@wickworks.example>',
subj='checkout error but money gone??',
trig='billing_dispute technical_issue', trap='-', note='candle supplies webshop; payment error but debit',
body='''hello

tried to order 10kg of soy container wax + 200 pre-tabbed wicks. at the last step your site said "Transaction could not be completed (code PAY-417)" so i tried again and it said the same thing. no order confirmation, nothing in my account.

BUT my bank shows £143.60 taken TWICE. so you have £287.20 of my money and i have no wax.

can someone sort this today please, i have a craft fair saturday

martin
'''),

dict(frm='Lady Penelope Ashdown-Rees <p.ashdownrees@haverleigh-hall.example>',
subj='Georgian bureau - restoration returned damaged',
trig='corporate_contact_request high_value_order manager_request', trap='-', note='antique restorer; GBP 7,450 commission damaged, asks registered office',
body='''Dear Sirs,

The George III mahogany bureau which your workshop collected in February for full restoration was returned to us yesterday. Your invoice, already paid in full, was for £7,450.00.

On unwrapping it we found a deep gouge across the fall-front and the replacement brass escutcheons are plainly modern reproductions, not the period ones we discussed and agreed in writing. The colour of the polish is also far darker than the sample we approved.

I do not wish to go through this with the young man who answers the telephone. I should like the owner or the workshop manager to ring me personally at 01632 555 019 to arrange for the piece to be collected again. Kindly also let me have the address of your registered office, as my husband wishes to set out our position formally in a letter to the company.

Yours faithfully,
Penelope Ashdown-Rees
'''),

dict(frm='Kev <kevin.ballantyne@mailbox.example>',
subj='your booking site has been dead since friday',
trig='media_threat outage technical_issue', trap='-', note='beach-hut rentals; booking site 503, local Facebook group threat',
body='''Every time I go to book a hut for the bank holiday I get "503 Service Temporarily Unavailable". Tried phone, laptop, my wife's ipad. Tried friday night, saturday morning, now sunday. Nothing.

Are you even open this summer or what? If it's not back up by tomorrow I'm putting it on the town Facebook page, half the beach regulars are on there and they'll want to know.
'''),

dict(frm='Priya Raman <priya@thelatenightpod.example>',
subj='Re: episode 48 raw files - THIRD time asking',
trig='data_loss repeat_contact technical_issue', trap='-', note='podcast editing; uploaded raw tracks vanished',
body='''Hi team,

This is the third time I'm writing about this so I'll keep it short.

I uploaded the four raw WAV tracks for episode 48 to your client portal on the 3rd. The upload bar went to 100% and the files showed in the project. Now the project folder is empty. The "Activity" tab says nothing was deleted. My guest recorded those tracks from Nairobi and we cannot re-record.

Please check your backups. I need to know TODAY whether those files exist anywhere on your side.

Priya
The Late Night Pod
'''),

dict(frm='Graham Tuckett <gtuckett@tuckett-family.example>',
subj='lamp kit transformer got so hot it melted the lead came',
trig='safety', trap='-', note='stained-glass studio; lamp kit overheated',
body='''Hello,

We bought the "Dragonfly Tiffany-style lamp" beginners kit from you in March, with the base and the 12V transformer you supply. My daughter finished it last week and it looked lovely.

Last night after about an hour on, there was a smell of burning plastic and the transformer box was too hot to touch. The lead came nearest the bulb has actually sagged and one of the glass pieces has dropped out. There was a thin line of smoke from the base. I unplugged it straight away.

I am honestly shaken, this was on a bookshelf in a child's bedroom. Please tell me what to do with it and whether other customers have had the same. Photos available.

Graham Tuckett
'''),

dict(frm='Henrik Vasquez-Lund <henrik.vl@vasquezlund-interiors.example>',
subj='Kilim order 44817 - wrong piece delivered, EUR 6,200',
trig='high_value_order legal_threat', trap='-', note='rug and kilim dealer; EUR 6,200 wrong rug, lawyer',
body='''Good afternoon,

We paid EUR 6,200 on 14 January for the antique Qashqai kilim (stock no. K-1187, 3.10 x 1.95 m) for a client project. What arrived on Thursday is a different piece altogether: machine-made, 2.40 m long, with a polyester fringe.

I have sent four photos to your Instagram account and had no reply. I now need either the correct kilim delivered within seven days or a full refund.

I have forwarded the paperwork to our solicitor and she will write to you on Monday if I have heard nothing by then.

Henrik Vasquez-Lund
Vasquez-Lund Interiors
'''),

dict(frm='Joanne Pettigrew <jo.pettigrew@freemail.example>',
subj='YOUR PROTEIN BAR PUT MY SON IN A&E',
trig='safety severe_dissatisfaction', trap='-', note='sports-nutrition webshop; undeclared peanut reaction',
body='''I am absolutely livid.

Your "Choc Crunch Recovery Bar" says NUT FREE on the front of the wrapper in big letters. My 15 year old son who has a peanut allergy ate one after football on Saturday and within ten minutes his lips were swelling and he was struggling to breathe. We had to use his EpiPen and he spent the night in hospital.

The hospital doctor said it was almost certainly peanut. I still have the wrapper and half the box, batch number 24-1187B.

This is disgusting. You are going to kill a child. Pull these off your website NOW and tell me what you are doing about it.

Joanne Pettigrew
'''),

dict(frm='Luca Benedetti <luca.benedetti@postbox.example>',
subj='What your staff said to my girlfriend',
trig='discrimination_harassment manager_request', trap='-', note='moped rental; staff harassment of customer',
body='''Hi,

We rented two scooters from your harbour branch on 2 August (booking MR-5530).

When we brought them back, the guy at the desk (tall, beard, name tag said "Dimi") kept making comments to my girlfriend about her body, asked for her number twice in front of me and then said something in Greek to his colleague and they both laughed and looked at her. When she said she wasn't comfortable he said "relax, it's a compliment". She was really upset for the rest of the day.

This is not OK. I want to talk to whoever is in charge of that branch, not the general inbox.

Luca
'''),

dict(frm='Sandra Okafor <sandra.okafor@greenthumb.example>',
subj='idea for the bonsai care app',
trig='feature_request', trap='-', note='bonsai nursery; feature request for watering reminders',
body='''Hi bonsai people!

Love the app, I use it for all six of my trees (the juniper from you is thriving).

One thing that would make it so much better: could you add reminders that take the weather into account? E.g. if it's over 28 degrees push me a "water twice today" nudge, and skip the reminder if it rained. Right now I get the same reminder every day regardless.

Also a photo timeline per tree would be lovely so I can see how the styling has progressed over a year.

Thanks, keep it up
Sandra
'''),

dict(frm='Bernard Kilgallon <b.kilgallon@narrowboat-fans.example>',
subj='still waiting for the £340 you promised',
trig='broken_promise', trap='-', note='canal-boat holidays; promised refund for broken heater not paid',
body='''Dear Canal Holidays,

On our return on 19 April your Braunston base manager, Steve, agreed that as the diesel heater on "Kingfisher" had not worked for four of our seven nights, you would refund £340. He said it would be "in your account by the end of next week".

It is now 28 May. Nothing has arrived. I rang on 9 May and was told it was "being processed".

Could you please let me know when the money will actually be paid.

Regards,
Bernard Kilgallon
'''),

dict(frm='Tash Mbeki <tash.rolls@freemail.example>',
subj='someone is using my account??',
trig='security_incident', trap='-', note='roller-skate shop; account takeover, orders placed',
body='''hi so weird thing. I got 3 order confirmation emails from you this morning for skates I did NOT order, being sent to an address in Leeds I've never heard of. I logged into my account and my address book has a new address in it and my phone number was changed.

I did not do any of this. Somebody has got into my account. The orders are on my saved card.

please cancel those orders and lock my account until I can sort it out. Order nos RS-77120, RS-77121, RS-77124.

Tash
'''),

dict(frm='Owen Fairclough <owen.fairclough@fairclough-events.example>',
subj='Group booking form just throws an error',
trig='technical_issue', trap='-', note='mini-golf course; group booking form error',
body='''Hello,

I am trying to book 3 tee times for a works outing of 22 people on Friday the 14th. When I fill in the group booking form and press Submit, the page goes white and says:

  Fatal error: Uncaught TypeError: count(): Argument #1 must be of type Countable|array

I have tried Chrome and Firefox. Booking for 4 people works fine, it's only when I enter more than 12.

Can you book it for me manually, or fix the form?

Thanks
Owen Fairclough
'''),

dict(frm='Ffion Llewellyn <ffion.llewellyn@freemail.example>',
subj='my wedding hat - a complete disaster',
trig='media_threat severe_dissatisfaction', trap='-', note='hat maker; wedding hat wrong, will post publicly',
body='''I ordered a bespoke sinamay hat in "dusky sage" to match my dress for my sister's wedding. I paid £395 and waited 9 weeks. What arrived yesterday is a muddy olive green, the brim is bent on one side and the feathers are glued on crooked with visible glue marks.

The wedding is in FIVE days. I am absolutely furious. This is the most shambolic piece of work I have ever paid for.

If I don't hear back from you by tomorrow with a real solution I am posting photos of this hat next to your website photos on Instagram, TikTok and every review site I can find. I have a lot of local followers in the wedding scene and they will all hear about it.

Ffion
'''),

dict(frm='Dr. Aurelio Pinto <a.pinto@pinto-chess.example>',
subj='Firmware 3.2 wiped all my saved games',
trig='data_loss technical_issue', trap='-', note='chess-computer retailer; firmware update erased games',
body='''Hello,

I updated my Regent electronic board to firmware 3.2 via your desktop updater yesterday, as the app told me to. After the restart:

- all 214 saved games from the last two years are gone (the game list shows "0 games")
- the board no longer recognises the white queen on d1 in the start position; it blinks red until I lift and replace it three times

I had not exported the games because the manual says they are kept in the board's internal memory "permanently". Is there any way to recover them? Many were tournament games I cannot reproduce.

Kind regards,
Aurelio Pinto
'''),

dict(frm='Rachel Amadi <r.amadi@coastalherald.example>',
subj='Request for comment - Skydive centre incident',
trig='media_threat', trap='-', note='tandem skydiving; journalist inquiry',
body='''Dear press office,

I'm a reporter at the Coastal Herald. We are preparing a piece for Thursday's edition about a hard landing at your airfield on Saturday 12 July, in which we understand a tandem passenger was taken to hospital with a leg injury.

Could you confirm what happened, whether the instructor involved is still jumping, and whether the incident has been reported to the relevant parachuting association? I'd also welcome a general comment on your safety record.

My deadline is 4pm Wednesday. I can be reached on 01632 555 0144.

Best regards,
Rachel Amadi
Reporter, Coastal Herald
'''),

dict(frm='Stuart Hallworth <stuart.hallworth@freemail.example>',
subj='email address of your managing director please',
trig='corporate_contact_request executive_contact', trap='-', note='podcast editing; asks for MD email to write to him',
body='''Hi,

After the mess with our last three episodes (wrong intros, music bed cut off mid-sentence, one delivered in mono) I would like to put my concerns in writing directly to your managing director, Mr Pell.

Please send me his direct email address. I'm not interested in another "we've passed this on to the team".

Stuart
'''),

dict(frm='Accounts <accounts@maplethorpe-trading.example>',
subj='Registered office address required',
trig='corporate_contact_request', trap='-', note='sports-nutrition webshop; asks for registered office for formal letter',
body='''Good morning,

Further to our unresolved query regarding the short delivery on invoice SN-30992 (6 cases of electrolyte tabs missing), our finance director has asked that we send a formal letter of complaint by post.

Your website only lists a PO box. Please provide your registered company address and the name of the company secretary or director the letter should be addressed to.

Many thanks,
Helen Briggs
Accounts Assistant
Maplethorpe Trading Ltd
'''),

dict(frm='Colin Drysdale <colin.drysdale@drysdale-home.example>',
subj='moped damage deposit - I have copied your CEO',
cc='"Anna Kotsifaki" <a.kotsifaki@rent-a-moped.example>',
trig='billing_dispute executive_contact severe_dissatisfaction', trap='-', note='moped rental; deposit deduction disputed, CEO cc',
body='''To whom it may concern,

I have copied Ms Kotsifaki, your chief executive, on this email because frankly I have had enough.

You have deducted EUR 180 from my damage deposit for a "scratched mirror" that was already scratched when I picked the moped up. I pointed it out at pick-up and your man waved it away. Your own check-out photo (which you sent me!) shows the scratch.

This is a scam, plain and simple, and it is disgraceful that a company treats holidaymakers like this. I want the EUR 180 back on my card.

Colin Drysdale
'''),

dict(frm='Miriam Adeyemi <miriam.adeyemi@runclub.example>',
subj='Mislabelled caffeine content - reporting to Trading Standards',
trig='regulatory safety', trap='-', note='sports-nutrition webshop; caffeine mislabel made runners unwell, trading standards report',
body='''Hello,

The "Turbo Gel" sachets I bought from you state 40mg caffeine per sachet. I had a batch independently tested through our running club's lab contact and it came back at over 150mg. Two of our members felt genuinely unwell during a half-marathon.

I have today filed a report with Trading Standards with the test result, the packaging photos and your product page. I thought you should hear it from me first.

Miriam Adeyemi
Club Secretary, Northfield Harriers
'''),

dict(frm='Tom Ashworth <tom.ashworth@freemail.example>',
subj='unsubscribed 3 months ago and still getting emails',
trig='regulatory repeat_contact', trap='-', note='candle supplies; marketing after unsubscribe, ICO complaint, 4th contact',
body='''I unsubscribed from your newsletter in January. Then I emailed you in February, again in March and again in April asking you to delete my details. I still get your "Wax Wednesday" promos every single week.

That's a breach of GDPR and PECR. I've had enough and I've now lodged a complaint with the ICO, reference attached in case you need it.

Just delete my data.

Tom
'''),

dict(frm='Jas Sandhu <jas@sandhu-sound.example>',
subj='Export keeps failing - considering other editors',
trig='cancellation_threat technical_issue', trap='-', note='podcast editing; export failure, will switch',
body='''Hey,

Since your platform update last week every export from the review page fails at about 80% with "Render job aborted (code 13)". I've tried on three episodes. Your status page says everything is fine.

I pay for the Pro plan so I don't have to deal with this kind of thing. If it isn't fixed by the end of the month I'm moving the show to another editing service and not renewing in June.

Jas
'''),

dict(frm='Eleanor Voss <eleanor.voss@voss-law.example>',
subj='Tandem jump refused - weight comments',
trig='discrimination_harassment', trap='reported_speech', note='tandem skydiving; humiliating comments about weight/age by staff (staff said lawsuit, customer does not threaten)',
body='''Dear Sir or Madam,

On Sunday I arrived for my booked tandem jump (ref TJ-3312). I am 67 and I had declared my weight honestly at booking, well inside your published limit.

At the manifest desk the instructor looked me up and down and said, loudly enough for the whole hangar to hear, that "grannies with hips like that" were "a lawsuit waiting to happen" and that I should "go and have a cream tea instead". Another staff member laughed. I was then told the jump was cancelled "for weather", although the next group went up twenty minutes later.

I was humiliated in front of my grandchildren. I would like an explanation and an apology in writing.

Eleanor Voss
'''),

dict(frm='Ollie Brandt <ollie.brandt@freemail.example>',
subj='this is my 4th email about the rug cleaning',
trig='repeat_contact broken_promise', trap='-', note='rug dealer; cleaning service collection promised, 4th email',
body='''Hi,

4th email. You said on the phone on the 2nd that a van would collect my rug for cleaning "Thursday between 10 and 2". Nobody came. You said the same thing for the following Thursday. Nobody came.

I've now taken two half-days off work for this. When is it actually happening?

Ollie
'''),

dict(frm='Carmen Whitlock <carmen@whitlock-stores.example>',
subj='Wholesale order 5,800 GBP - half the soap bases are unusable',
trig='high_value_order', trap='-', note='candle and soap supplies; GBP 5,800 wholesale order defective',
body='''Hello,

Our wholesale order WS-1187 (invoice total £5,800.00, paid) arrived on Monday. 14 of the 30 tubs of goat's milk melt-and-pour base are full of white "sweat" beads and have separated, and the shea base smells rancid. We make soap for three shops and a market stall, so this is a real problem for our Easter stock.

Could you please arrange a replacement or credit for the affected tubs? Batch numbers and photos below.

GM-2207 x 9
SH-2211 x 5

Kind regards,
Carmen Whitlock
'''),

dict(frm='Barry Nolan <barry.nolan@freemail.example>',
subj='Canal boat - gas smell and CO alarm going off',
trig='safety manager_request', trap='-', note='canal-boat holidays; CO alarm and gas smell on hire boat',
body='''Urgent

We are on "Heron" moored just past Lock 14. Since about 7pm there's been a strong gas smell in the galley and the carbon monoxide alarm keeps going off. We've opened all the windows, turned the cooker off at the bottle and we're all sitting on the towpath with the kids.

The emergency number on the laminated sheet goes to voicemail.

I need someone senior to ring me on 07700 555 0193 now, not tomorrow morning.

Barry
'''),

dict(frm='Fatima Zahra Idrissi <fz.idrissi@freemail.example>',
subj='skates arrived with a wheel that fell off - my son fell',
trig='safety', trap='-', note='roller-skate shop; wheel came off, child injured',
body='''Hello,

I bought quad skates for my son (size 4, model "Cruiser Mint") from your shop two weeks ago. Yesterday, on his third time using them, the front left wheel came completely off the axle while he was skating on a flat path. He fell and hit his chin, he needed three stitches.

When we looked at the skate, the axle nut was missing and the thread looks like it was never tightened at the factory.

I think you need to check the other skates from this batch before another child gets hurt. Please tell me how to return them.

Fatima Zahra Idrissi
'''),

dict(frm='Gavin Prothero <gavin@prothero-minigolf.example>',
subj='Please add a "book whole course" option',
trig='feature_request', trap='-', note='mini-golf course; feature request for exclusive hire booking',
body='''Hi both,

We book your course twice a year for our club's social evenings. Currently I have to book 6 separate tee slots one after another and hope nobody grabs a slot in between.

It would be really handy if the booking page had a "hire the whole course" option for an evening, with a single price and a single deposit. Even a simple enquiry form would do.

Cheers,
Gavin
'''),

dict(frm='Rosalind Akintola <rosalind.akintola@freemail.example>',
subj='Re: Your order has shipped',
trig='broken_promise severe_dissatisfaction', trap='-', note='hat maker; promised delivery before event missed',
body='''You told me, in writing, on 2 June that the fascinator would be "with you by Friday at the very latest, guaranteed, we've upgraded you to next-day". I have that email.

It's now Saturday afternoon. Ascot was today. I wore an old hat from my mum's wardrobe.

The tracking you sent says "label created" and hasn't moved in four days. This is the worst customer experience I have ever had, and I mean that.

Rosalind
'''),

dict(frm='Nigel Harbottle <nigel.harbottle@seniorchess.example>',
subj='Club order of 24 electronic boards - serious problems',
trig='high_value_order manager_request repeat_contact technical_issue', trap='-', note='chess-computer retailer; GBP 8,640 club order faulty, spoke to two staff before',
body='''Dear Sir or Madam,

On behalf of the Harbottle & District Chess Club I placed order EB-40021 for 24 tournament electronic boards at £360 each, i.e. £8,640 in total, which we paid by bank transfer on 3 March in preparation for our spring congress.

Of the 24 boards, 9 fail to connect to the relay software at all (the USB device is not recognised on Windows 10 or 11) and a further 5 report pieces on the wrong squares (e.g. a knight on g1 is shown on h1). The congress is on 19 April.

I have spoken to two members of your sales staff who were polite but could not help. I should now like this escalated to someone with the authority to arrange a replacement batch.

Yours sincerely,
Nigel Harbottle
Secretary
'''),

dict(frm='Imogen Carter <imogen.carter@freemail.example>',
subj='phishing email pretending to be you',
trig='security_incident', trap='-', note='beach-hut rentals; phishing sent from company domain with booking details',
body='''Hi,

I received an email this morning from bookings@ your domain saying my beach hut booking for 16-23 August "could not be confirmed" and asking me to re-enter my card details at a link. The email had my name, my booking reference and the correct hut number (No. 47).

The link goes to a site that is definitely not yours. I didn't enter anything, but the fact that they know my booking reference means someone has got hold of your customer data, or your email system has been hacked.

You should probably warn everyone else.

Imogen Carter
'''),

dict(frm='Peter Lindqvist <peter.lindqvist@lindqvist-glass.example>',
subj='Quote for church window - deposit taken, then silence',
trig='broken_promise high_value_order repeat_contact', trap='-', note='stained-glass studio; EUR 18,500 commission, promised start date missed, two emails unanswered',
body='''Dear Ms Harcourt,

St Aidan's parochial church council accepted your quote of EUR 18,500 for the restoration of the east window last October and paid the 30% deposit on 4 November.

Your letter of 6 November promised that work would start on site "no later than the second week of February". We are now in April and nobody has come, the scaffold we booked at your request has been standing idle (and costing us), and my last two emails have gone unanswered.

Please let me know by return when the work will begin, or the council will have to consider its options.

With best wishes,
Peter Lindqvist
Churchwarden
'''),

dict(frm='Daniel Moretti <daniel.moretti@freemail.example>',
subj='cancel my membership',
trig='cancellation_threat severe_dissatisfaction', trap='-', note='sports-nutrition webshop; subscription cancelled in anger',
body='''Cancel my subscription. Effective immediately.

Three months in a row the box has arrived late, this month it arrived with the whey tub split open and powder all over the other products. Your "support" chat bot just sends me links to the FAQ.

Appalling, honestly. Don't bother with a retention discount.
'''),

dict(frm='Wendy Akers <wendy.akers@akers-podcasts.example>',
subj='Lawyer letter re: unpaid editing & lost master files',
trig='data_loss legal_threat technical_issue', trap='-', note='podcast editing; master files purged in storage migration, solicitor instructed',
body='''Dear Sirs,

I am writing to inform you that I have instructed a solicitor in connection with the loss of the final master files for all 12 episodes of "Cellar Door" season 2.

You confirmed on 11 March that the masters had been "accidentally purged during a storage migration" and that no backups exist. These recordings cannot be reproduced. The loss has cost us a sponsorship contract.

You will receive a letter before action from my solicitor within the next fortnight. Please preserve all logs and correspondence relating to the migration.

Wendy Akers
'''),

dict(frm='Harvey Quist <harvey.quist@freemail.example>',
subj='Trustpilot incoming',
trig='media_threat billing_dispute', trap='-', note='mini-golf course; charged full price for closed holes, review threat',
body='''Hi

Paid £48 for a family of four on Sunday. 6 of the 18 holes were closed "for maintenance" and the sign at your own entrance says "reduced price £32 for a family while holes are closed". The till still charged us the full £48 and nobody would correct it.

I want the £16 overcharge back. If I don't get it I'm writing a very honest review on Trustpilot and Google with photos of the taped-off holes.

Harvey
'''),

dict(frm='Yusuf Demir <yusuf.demir@demir-rugs.example>',
subj='Inspection report on the Heriz - please escalate',
trig='manager_request high_value_order', trap='-', note='rug dealer; GBP 14,000 Heriz rug misdescribed',
body='''Hello,

We purchased the antique Heriz carpet (lot H-229) from you at the Olympia fair for £14,000. Your certificate describes it as "circa 1890, all natural dyes, no restoration".

I had it independently inspected this week. The report (attached) finds substantial reweaving along one side and synthetic orange dye in at least three areas. That is not the carpet we paid for.

I would appreciate it if this could be passed to the owner or a senior director rather than handled through the general inbox, as I'd like to resolve it sensibly and quickly.

Best regards,
Yusuf Demir
''', att='Heriz_inspection_report.pdf'),

dict(frm='Abby Lawson <abby.lawson@freemail.example>',
subj='moped brakes failed on the hill road',
trig='safety', trap='-', note='moped rental; brakes failed, near-accident',
body='''hi we rented a 125cc from you on monday. on the road down from the monastery the rear brake went completely soft, I was pulling the lever all the way to the grip and nothing. I only managed to stop by using the front and putting my feet down, nearly went into the wall.

I brought it back and your guy said "yes this one has problem sometimes". sometimes?? someone could get killed on that road. please check it before you rent it to anyone else.
'''),

dict(frm='Ian MacAulay <ian.macaulay@freemail.example>',
subj='Ongoing: board app keeps crashing on Android 14',
trig='technical_issue repeat_contact', trap='-', note='chess-computer retailer; app crash, contacted 3 times',
body='''Hello again,

Following up for the third time (tickets 11802, 11857 and now this). The companion app for the e-board crashes as soon as I open "Play vs Engine" on my Pixel 8 with Android 14. Every time. I get "ChessLink has stopped" and it closes.

I've reinstalled, cleared cache, and tried the beta. Nothing helps. Can someone from your tech team actually look at it please?

Ian
'''),

dict(frm='Corinne Blackwood <corinne@blackwood-bonsai-club.example>',
subj='Bonsai shipment: I have contacted your chairman',
trig='broken_promise executive_contact repeat_contact', trap='-', note='bonsai nursery; promised replacement never sent, two messages unanswered, wrote to chairman',
body='''Dear team,

In January you promised to replace the Japanese maple that arrived with a snapped leader. I was told "it will go out with the next shipment in early March". It is now May and I have received nothing.

As I have had no response to my last two messages, I have today written to Mr Okada, your chairman, at the nursery address, enclosing copies of our correspondence.

Corinne Blackwood
Chair, Mereside Bonsai Club
'''),

dict(frm='Sean Whelan <sean.whelan@freemail.example>',
subj='Never again',
trig='severe_dissatisfaction cancellation_threat', trap='-', note='canal-boat holidays; terrible trip, will not rebook',
body='''Your boat broke down twice, the toilet tank was never emptied before we got it, there were mouse droppings in the cupboards and the "welcome pack" was a half-used bottle of washing-up liquid.

Worst holiday I've had in my life. I've been a regular customer with you for eight years and I'm cancelling the booking we made for next Easter. Please refund the deposit on that one.

Sean Whelan
'''),

dict(frm='Holly Cartwright <holly@cartwright-studio.example>',
subj='Would love an API for order status',
trig='feature_request', trap='-', note='candle supplies; feature request for trade API',
body='''Hi!

We're a small candle studio ordering from you every fortnight. Would it be possible for you to offer a simple API or even a CSV feed with order status and tracking numbers for trade accounts? At the moment I copy/paste tracking from your emails into our spreadsheet.

Not urgent at all, just a wish. Thanks for the great wax!

Holly
'''),

dict(frm='Tariq Anwar <tariq.anwar@freemail.example>',
subj='Wrong amount on final invoice - canal boat',
trig='billing_dispute', trap='-', note='canal-boat holidays; invoiced for extra week',
body='''Hi,

Our booking was for 7 nights (Sat 12 - Sat 19 July), boat "Dabchick", total £1,260 which we paid in full in March.

Today I got a "final invoice" for £2,520 saying 14 nights, and an automated reminder that the balance of £1,260 is "overdue". We've only ever booked one week.

Please correct this and confirm in writing that we don't owe anything.

Thanks,
Tariq
'''),

dict(frm='Agnes Mwangi <agnes.mwangi@freemail.example>',
subj='Your shop staff',
trig='discrimination_harassment', trap='-', note='roller-skate shop; racist comment by staff member',
body='''I went into your Camden shop on Saturday with my two daughters to buy skates.

The man at the counter followed us around the shop the whole time and when my younger daughter picked up a pair to try on, he said "you people always want to try everything and buy nothing". Nobody else in the shop was followed like that. We are Black, the other customers were not.

We left without buying anything. I'm not looking for a voucher. I want you to know what your staff do and I want to know what you are going to do about it.

Agnes Mwangi
'''),

dict(frm='Hamish Tennant <hamish.tennant@freemail.example>',
subj='login not working at all',
trig='outage technical_issue', trap='-', note='podcast editing; nobody can log in to portal',
body='''Hi, can't log in to the client portal, neither can my co-host. Password reset emails never arrive and the login page just spins then says "Gateway Time-out". Been like this since 8am. We have an episode due out at noon.

Is it down?
'''),

dict(frm='Louise Fenwick <louise.fenwick@fenwick-heritage.example>',
subj='Formal complaint - commode restoration',
trig='legal_threat high_value_order severe_dissatisfaction', trap='-', note='antique restorer; EUR 9,200 commode ruined, court threat',
body='''Dear Mr Castellane,

I entrusted you with a Louis XV bombé commode in October for a conservation-grade restoration, at an agreed price of EUR 9,200, which has been paid.

The piece has been returned stripped to bare wood on the top and re-lacquered in a modern polyurethane finish. Your own conservation report said you would "retain the original French polish wherever possible". The historical value of the piece has been all but destroyed.

I find this utterly unacceptable from a workshop that advertises itself as a conservation specialist.

Unless you propose a serious remedy within fourteen days I will be issuing a claim in the county court for the full cost of the damage and the loss in value.

Louise Fenwick
'''),

]

MSGS += [

dict(frm='Gemma Rowntree <gemma.rowntree@rowntree-design.example>',
subj='Out of office until Friday - but my order still hasn\'t arrived',
trig='broken_promise', trap='looks_automated', note='candle supplies; OOO-style subject, promised dispatch missed',
body='''Hi,

I'm out of the office until Friday (trade show in Birmingham) so please reply to this address and not the shop phone.

Before I left I was promised by Kelly in your dispatch team that order CS-88412 (fragrance oils + 300 amber jars) would go out on Monday by tracked 24. It's Wednesday. The tracking link still says "awaiting collection". I need those jars for my restock on Saturday.

Can someone please tell me what's going on?

Gemma Rowntree
Rowntree Design
Out of office until Fri 14th - checking email in the evenings
'''),

dict(frm='Martin Achterberg <m.achterberg@achterberg-consult.example>',
subj='Re: Your invoice SN-30551',
trig='billing_dispute', trap='looks_automated', note='sports-nutrition webshop; body opens like OOO then disputes invoice',
body='''I am out of the office until 14 May with limited access to email, but I didn't want this to wait.

Your invoice SN-30551 charges us for 40 tubs of creatine at £29.99. The delivery note and our goods-in record show 20 tubs. We have been invoiced for twice the quantity we received, £599.80 too much.

Please issue a corrected invoice or credit note.

Martin Achterberg
'''),

dict(date='2025-05-06 11:42', frm='Lucy Farrant <lucy.farrant@freemail.example>',
subj='Fwd: Undelivered Mail Returned to Sender - is ANYONE reading these',
trig='repeat_contact severe_dissatisfaction', trap='looks_automated', note='beach-hut rentals; customer forwards bounce and complains',
body='''This is the third address I've tried for you people. The first two bounced. See below. Your contact page lists an address that doesn't exist!!

I have been trying to change my hut dates since April. It is a joke, a total joke. I'm livid.

Lucy Farrant

---------- Forwarded message ---------
From: Mail Delivery System <MAILER-DAEMON@mx.freemail.example>
Date: Tue, 6 May 2025 at 09:14
Subject: Undelivered Mail Returned to Sender
To: <lucy.farrant@freemail.example>

This is the mail system at host mx.freemail.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<bookings@huts-old-domain.example>: host mx.huts-old-domain.example[203.0.113.40]
    said: 550 5.1.1 User unknown (in reply to RCPT TO command)
'''),

dict(frm='Raymond Castell <raymond.castell@castell-family.example>',
subj='Automatic reply from your system was useless',
trig='manager_request repeat_contact severe_dissatisfaction', trap='looks_automated', note='chess-computer retailer; complains about their auto-reply, 4 contacts',
body='''I have now received your automatic reply "Thank you, we aim to respond within 48 hours" four times in a row, each time I send the same question. 48 hours came and went a week ago.

My Kingsgate board arrived with a cracked display and nobody has answered me. This is appalling service, absolutely shameful for a specialist retailer.

I would like a supervisor or manager to contact me directly, please. Not another robot.

R. Castell
'''),

dict(frm='Sophie Ngata <sophie.ngata@freemail.example>',
subj='Read: Your booking confirmation TG-22091',
trig='technical_issue', trap='looks_automated', note='mini-golf course; human reply with Read: subject, QR code does not scan',
body='''Hi yes I read it, thanks, but the QR code in the confirmation doesn't work. At the gate the scanner says "Invalid ticket" and the staff member said it happens "with the new system". We had to queue at the till to get in.

Can you check the booking is actually valid for next Saturday?

Sophie
Sent from my iPhone
'''),

dict(frm='Alastair Penhaligon <alastair.penhaligon@freemail.example>',
subj='Delivery failure of my parcel',
trig='broken_promise', trap='looks_automated', note='hat maker; parcel not delivered, promised redelivery missed',
body='''Hello,

Your courier left a card saying "delivery failed, recipient not available" on Monday although I was at home all day and the doorbell works. Your customer service promised me on Tuesday it would be redelivered on Wednesday "first thing". Wednesday and Thursday have passed. Nothing.

It's a trilby for my father's birthday on Sunday.

Alastair
'''),

dict(frm='info <info@thecrookedbarn.example>',
subj='Undeliverable?',
trig='repeat_contact', trap='looks_automated', note='antique restorer; role address asks if mail undeliverable, 3rd try',
body='''Hello, are our emails undeliverable to you? This is the third message we have sent about collecting our oak settle from your workshop and we've had nothing back, not even an acknowledgement.

Please just confirm you have it and when it will be ready.

Kind regards
The Crooked Barn
'''),

dict(frm='ServiceDesk <servicedesk@harwood-leisure.example>',
subj='[HL-INC-20488] Booking portal unreachable - Harwood Leisure',
trig='outage technical_issue', trap='looks_automated', note='canal-boat holidays; customer ticket system header plus human text',
hdrs=[('X-Ticket-ID', 'HL-INC-20488')],
body='''*** This message was sent from the Harwood Leisure service desk. Please keep the ticket number in the subject line. ***

Ticket: HL-INC-20488
Priority: P2
Assigned to: Neil Brannigan

----- Update from Neil Brannigan -----

Hi,

Neil here, I look after staff travel for Harwood. Your agency booking portal has been unreachable from our office and from home since yesterday lunchtime. We get "ERR_CONNECTION_TIMED_OUT" and occasionally a bare "502 Bad Gateway" page. We need to confirm four boats for our team weekend before the hold expires on Friday.

Could you confirm whether you're having an outage, or book them for us by email?

Thanks,
Neil
'''),

dict(frm='Benedict Osei <benedict.osei@osei-and-partners.example>',
subj='thank you for your email',
trig='cancellation_threat', trap='looks_automated', note='podcast editing; opens with "thank you for your email", not renewing',
body='''Thank you for your email.

Unfortunately "we're looking into it" is the same answer we've had for two months about the audio sync drift on our video episodes. We won't be renewing the agency contract when it ends in September, and we'll start moving the back catalogue to another editor next month.

Benedict Osei
'''),

dict(date='2025-03-18 08:57', frm='Trish Gallagher <trish.gallagher@freemail.example>',
subj='Re: Automatic reply: your enquiry',
trig='data_loss technical_issue', trap='looks_automated', note='bonsai nursery; replies to auto-reply with a real problem',
body='''Never mind the auto reply, I'll write here.

My account on your website has lost all my saved plant records. I had 18 trees logged with repotting dates and wiring notes going back to 2021, and since I logged in this morning the "My Collection" page says "You haven't added any trees yet". I didn't delete anything.

Is that recoverable? It was years of notes.

Trish

> Thank you for contacting Greenbough Bonsai. We are currently
> answering messages within 3 working days.
'''),

dict(frm='Kamal Haddad <kamal.haddad@freemail.example>',
subj='Absent next week - my hut booking',
trig='high_value_order', trap='looks_automated', note='beach-hut rentals; GBP 5,600 season rental unresolved',
body='''Hi,

I'll be away from email next week, so please use my mobile 07700 555 0517 if you need me.

About the whole-season rental of huts 12 and 13 (contract BH-S-0419, £5,600 for April-October, paid in full): hut 13 still has no working lock and the roof leaks onto the deckchairs every time it rains. We've barely been able to use it in May. I'd like either the repairs done this month or a partial refund.

Kamal
'''),

dict(frm='Pauline Okonkwo <pauline.okonkwo@freemail.example>',
subj='Auto-reply: Not this again',
trig='technical_issue severe_dissatisfaction', trap='looks_automated', note='roller-skate shop; human subject mimicking auto-reply',
body='''Called it "auto-reply" because I am now replying automatically to your site's error messages.

Your basket empties itself every time I go to checkout. Added skates, added knee pads, clicked Checkout, basket EMPTY. Four times. Different browser, same thing.

Absolutely ridiculous for a shop in 2025. Sort your website out!!!
'''),

]

MSGS += [

dict(frm='Viktor Hrabal <viktor.hrabal@freemail.example>',
subj='strange login from other country in my account',
trig='security_incident', trap='-', note='chess-computer retailer; suspicious logins, non-native English',
body='''Hello,

I get today 3 emails from your shop "New login to your account" from Lagos and from Jakarta. I am in Brno, I was sleeping. Also my password do not work anymore now.

Somebody is inside my account, there is my card saved and my adress. Please block it fast and tell me what I must do.

Thank you
Viktor Hrabal
'''),

dict(frm='Olivia Strand <olivia.strand@strand-studio.example>',
subj='I can see other people\'s orders in my account',
trig='security_incident technical_issue', trap='-', note='candle supplies; data exposure of other customers orders',
body='''Hi,

Not sure who to tell about this, but when I open "My orders" on your site today I see about 30 orders that aren't mine - other people's names, delivery addresses, phone numbers, and the last four digits of their cards. If I click one I get the full invoice.

I've taken screenshots in case you need them but I haven't shared them with anybody. You should probably take that page down until it's fixed.

Olivia
'''),

dict(frm='Desmond Akande <d.akande@akande-events.example>',
subj='Why did my card get used at 3 other shops right after I ordered from you',
trig='security_incident billing_dispute', trap='-', note='sports-nutrition webshop; card compromised after purchase, unknown charge',
body='''Hello,

I placed one order on your webshop on 2 October (SN-51183, £62.40). The card I used was brand new and I had never used it anywhere else.

Within two days there were three charges on it from shops I've never heard of, plus a second charge from YOU for £214.99 that I never made. My bank has blocked the card and says the most likely source is a compromised checkout.

I want the £214.99 reversed and I'd like to know whether your payment page has been breached.

Desmond Akande
'''),

dict(frm='Melanie Royce <melanie.royce@freemail.example>',
subj='Head office phone number?',
trig='corporate_contact_request', trap='-', note='moped rental; asks for head office number, not support',
body='''Hi, what is the phone number for your head office in Athens? Not the rental desk, I have that one and they just hang up on me. I need to talk to someone at the company itself about my deposit.

Melanie
'''),

dict(frm='Robert J. Kennaway <rjk@kennaway-holdings.example>',
subj='Contact details for your board of directors',
trig='corporate_contact_request executive_contact repeat_contact', trap='-', note='canal-boat holidays; wants board contact, team failed twice',
body='''Sir/Madam,

I am a shareholder of long standing as well as a customer. Following the events on the Llangollen trip in June, which your customer relations team has now twice failed to answer substantively, I intend to write to your board of directors.

Please provide the postal address and email address at which the board, or the chairman, can be contacted.

R. J. Kennaway
'''),

dict(frm='Siobhan Garvey <siobhan.garvey@freemail.example>',
subj='who do i write to about a complaint above customer service',
trig='corporate_contact_request', trap='-', note='hat maker; asks for legal department contact',
body='''hiya

i want to send my complaint about the hat repair to your legal department or whoever deals with formal complaints at the company. could you send me their email and postal address please, not the customer service one.

thanks
siobhan
'''),

dict(frm='Frank Delacroix-Hughes <frank.dh@freemail.example>',
subj='Re: Complaint ref 55102',
trig='executive_contact', trap='-', note='beach-hut rentals; messaged CEO on LinkedIn',
body='''Just so you know, I've sent your CEO, Ms Harland, a message on LinkedIn with the full story and photos of the hut. Perhaps she'll have more luck getting your team to respond than I've had.

Frank
'''),

dict(frm='Nadia Ferreira <nadia.ferreira@ferreira-yoga.example>',
subj='Podcast account - writing to your founder',
cc='"Tom Pell" <tom.pell@cutroom-audio.example>',
trig='executive_contact cancellation_threat', trap='-', note='podcast editing; cc founder, will leave',
body='''Hello,

I'm copying in Tom Pell, your founder, because he personally sold me on the "white glove" plan when we met at a podcast trade fair in London.

Four missed deadlines in six weeks. No proactive updates. I'm paying premium rates for a service that is now worse than the freelancer I had before.

If the next two episodes aren't delivered on time I'll end our agreement and move to another studio at the end of the month.

Nadia
'''),

dict(frm='Graeme Soutar <graeme.soutar@freemail.example>',
subj='Data protection complaint',
trig='regulatory', trap='-', note='sports-nutrition webshop; reported to ICO over data shared with third party',
body='''Dear Data Protection Officer,

After I placed an order with you in August I started receiving marketing calls from a "supplement review" company that knew exactly what I had bought from you. Your privacy page now says you pass order details to "selected partners" - a line that was not there when I ordered.

I never consented to my data being shared with anybody. I consider this a serious GDPR violation and I have reported it to the Information Commissioner's Office this morning.

Please confirm in writing with whom my data was shared.

Graeme Soutar
'''),

dict(frm='Bethany Cole <bethany.cole@freemail.example>',
subj='going to the ombudsman',
trig='billing_dispute regulatory repeat_contact', trap='-', note='canal-boat holidays; disputed cancellation fee, asked twice, consumer ombudsman',
body='''You have charged me a £600 "late cancellation fee" even though I cancelled 61 days before departure and your own terms say the fee only applies inside 56 days.

I've asked you twice to correct this. Since you won't, I am taking it to the consumer ombudsman and to Citizens Advice. I've already filled in the form.

Bethany Cole
'''),

dict(frm='Marcus Feld <marcus.feld@feld-brothers.example>',
subj='Skate wheels - Consumer protection',
trig='regulatory safety', trap='-', note='roller-skate shop; reports unsafe product to consumer protection agency',
body='''Hi,

The light-up wheels I bought from you (the "Glow 62mm" set) get hot enough to smell when the LEDs are on for more than 15 minutes, and on one wheel the battery casing has swollen and split. My kid was wearing them.

I've reported the product to the consumer product safety people at Trading Standards with photos. I'd suggest you stop selling them.

Marcus
'''),

dict(frm='Eilidh Robertson <eilidh.robertson@freemail.example>',
subj='Website down',
trig='outage technical_issue', trap='-', note='bonsai nursery; whole webshop down, one-liner',
body='''Your whole website has been showing "Error establishing a database connection" all morning. Can't order anything.
'''),

dict(frm='Jon Eriksen <jon.eriksen@eriksen-games.example>',
subj='Online play server down for everyone?',
trig='feature_request outage technical_issue', trap='-', note='chess-computer retailer; online play unreachable plus offline-mode request',
body='''Hi,

Since about 19:00 CET yesterday none of the boards in our club can connect to your online play service. The board shows "Server unreachable (E-21)" and the app says "Service unavailable". Same on WiFi and on a phone hotspot. Members in Oslo and Bergen have the same.

Our weekly online blitz league is tonight. Is there an ETA?

And a suggestion for the future: please add an offline "club mode" where boards in the same room can play each other over local WiFi without your server. Nights like this would be a non-issue.

Jon Eriksen
Bergen Sjakklubb
'''),

dict(frm='Anita Szabo <anita.szabo@freemail.example>',
subj='payments not going through - card machine + online',
trig='outage technical_issue', trap='-', note='mini-golf course; payment processing down online',
body='''Hello, I'm trying to pay for the birthday party booking (deposit £50) and your payment page says "Payment provider unavailable, please try later". Been trying since yesterday. My friend tried to pay for hers too and the same. Is your payment system down? The slot will be released tomorrow if I don't pay!!
'''),

dict(frm='Hugo Marchetti <hugo.marchetti@marchetti-audio.example>',
subj='All my project history gone after "account merge"',
trig='data_loss technical_issue severe_dissatisfaction', trap='-', note='podcast editing; account merge deleted projects',
body='''Hi,

You merged my two accounts last week at my request (personal + company). Since then all the projects from the personal account are gone. Not archived, GONE. Two years of episode projects, notes, timestamps, approved edits.

Your agent said on chat "merges are always lossless". Evidently not.

I'm honestly disgusted at how casually this was done. I need those projects restored.

Hugo
'''),

dict(frm='Celia Dunmore <celia.dunmore@freemail.example>',
subj='booking disappeared',
trig='data_loss technical_issue', trap='-', note='beach-hut rentals; booking record missing from system',
body='''hi, I booked hut 22 for the week of 4 August back in January and paid. Today I got a "we have availability for your dates!" marketing email and when I logged in my booking isn't there anymore. The booking history is empty. I have the payment on my card statement.

Please tell me the hut is still mine.

Celia
'''),

dict(frm='Warrick Lamb <warrick.lamb@freemail.example>',
subj='Solicitors will be in touch re: skydive injury',
trig='legal_threat safety', trap='-', note='tandem skydiving; injury on landing, lawyer',
body='''Dear Sirs,

On 21 June I broke my ankle on landing during a tandem skydive with your centre. Your instructor failed to give me the legs-up instruction before landing and we landed hard on a rutted part of the field.

I have been off work for seven weeks. My solicitors, Grainger & Pope, will be contacting you shortly regarding a personal injury claim. Please pass this to your insurers.

Warrick Lamb
'''),

dict(frm='Ngozi Eze <ngozi.eze@freemail.example>',
subj='Small claims court',
trig='legal_threat billing_dispute', trap='-', note='rug dealer; refund of overcharge, small claims',
body='''Hi,

The rug listed at £1,150 on your website was charged to my card as £1,510. I have the screenshot of the product page from the day I bought it.

Either refund the £360 difference by 30 November or I'll file a small claims case online, it's quick and I have all the evidence.

Ngozi
'''),

dict(frm='Patrick Doyle <patrick.doyle@doyle-restoration.example>',
subj='Final notice before legal steps',
trig='legal_threat broken_promise', trap='-', note='antique restorer (trade customer); promised payment for subcontract not made',
body='''Dear Ms Castellane,

I carried out the gilding work on the two pier mirrors for your workshop in March. You promised payment of my invoice "by end of April" and again "first week of June". Neither happened.

If payment is not received within 7 days I will take legal steps to recover the debt, plus interest and costs.

Patrick Doyle
Doyle Gilding & Restoration
'''),

dict(frm='Sunita Chaudhry <sunita.chaudhry@freemail.example>',
subj='Refused entry because of my wheelchair',
trig='discrimination_harassment', trap='-', note='mini-golf course; disability discrimination',
body='''Hello,

On Saturday my family and I came to play at your course. Your website says it is fully accessible. At the entrance, a member of staff told me I "couldn't take that thing on the greens" and that I could "wait in the cafe while the others play". Holes 1 to 9 are flat and paved, I checked.

I have been using a wheelchair for 12 years and I have rarely been treated so dismissively. I would like to know whether this is your policy or the opinion of one staff member.

Sunita Chaudhry
'''),

dict(frm='Jordan Kyle <jordan.kyle@freemail.example>',
subj='staff member messaging me after my rental',
trig='discrimination_harassment', trap='-', note='moped rental; staff used customer number to send unwanted messages',
body='''Hi,

After I returned my moped last week, someone from your Kos branch started sending me WhatsApp messages on the number I gave you for the booking. First "hope you enjoyed", then asking me out, then some really creepy ones at 2am when I didn't reply. Yesterday he sent "I know which hotel you are in".

I am genuinely scared. He must have got my number from your booking system. Please deal with this.

Jordan
'''),

dict(frm='Elena Marsh <elena.marsh@freemail.example>',
subj='suggestion for the chess board',
trig='feature_request', trap='-', note='chess-computer retailer; feature request for Lichess broadcast mode',
body='''Hi,

love the new board. One thing: would it be possible to add a mode where the board follows a live broadcast from Lichess, i.e. the pieces' positions are shown with LEDs so I can replay top games move by move on the physical board? Other boards have something similar and it would be the killer feature for me.

Elena
'''),

dict(frm='Chris Hemmings <chris@hemmings-soaps.example>',
subj='Please add lye calculator / SDS download to product pages',
trig='feature_request', trap='-', note='candle and soap supplies; enhancement request on shop',
body='''Hello,

Two requests from a long-time trade customer:

1. Please put the SDS (safety data sheet) PDF as a direct download on each oil and butter product page. At the moment I have to email you for each one.
2. It would be brilliant if the saponification values were shown on the product page too, or even a small lye calculator that uses your own oils.

Thanks for considering,
Chris
'''),

dict(frm='Ade Okonjo <ade.okonjo@freemail.example>',
subj='add apple pay pls',
trig='feature_request', trap='-', note='moped rental; one-liner feature request',
body='''can you please add apple pay to the booking app, typing my card on the beach in the sun is a nightmare lol
'''),

dict(frm='Harriet Vale <harriet.vale@freemail.example>',
subj='If this isn\'t sorted I\'m going to the local paper',
trig='media_threat broken_promise', trap='-', note='bonsai nursery; promised refund missing, press threat',
body='''Hello,

Three weeks ago you agreed to refund the £85 for the dead juniper and said I'd have it "within 5 working days". I haven't.

I know the editor of the Gazette's Saturday garden page. If the money isn't back by Friday I'll be sending her the whole story, including your "guaranteed healthy" advert.

Harriet
'''),

dict(frm='Oskar Lindgren <oskar.lindgren@freemail.example>',
subj='YouTube review of my e-board experience',
trig='media_threat technical_issue', trap='-', note='chess-computer retailer; youtuber threatens negative video',
body='''Hi,

I run a chess channel with about 40k subscribers. I bought your Pro board to review it. The Bluetooth disconnects every 5-10 moves and the piece recognition fails on the dark squares under normal room light.

I've filmed all of this. I'd prefer to give you a chance to respond before the video goes up next Thursday, but as things stand it's going to be a very negative review.

Oskar
'''),

dict(frm='Lindsay Porter <l.porter@westcountrylive.example>',
subj='Press enquiry: beach hut prices',
trig='media_threat', trap='-', note='beach-hut rentals; journalist inquiry on pricing',
body='''Hello,

I'm a journalist with the Saltcombe Courier working on a consumer piece about beach-hut hire prices this summer. Several readers have contacted us saying your prices for August have risen by over 60% compared to last year, and that some bookings were re-priced after they had been made.

Would you be willing to comment, or provide a statement, by Tuesday midday?

Many thanks,
Lindsay Porter
'''),

dict(frm='Rupert Greaves <rupert.greaves@freemail.example>',
subj='Hat block - sharp edge cut my hand badly',
trig='safety', trap='-', note='hat maker (supplies); hat block with metal edge caused injury',
body='''Hello,

I bought one of your wooden hat blocks (57cm crown) for my millinery course. There is a metal staple sticking out of the base that isn't visible from above. When I lifted the block to pin the felt, it sliced the palm of my hand open, needed 4 stitches at the walk-in centre.

Please check the rest of that batch. The other students have the same blocks.

Rupert
'''),

dict(frm='Simone Achebe <simone.achebe@freemail.example>',
subj='it keeps sparking',
trig='safety', trap='-', note='chess-computer retailer; charger sparks (hazard only)',
body='''the charging cable for the chess computer sparks when i plug it into the board. i saw a little blue flash and smelled burning. there's a black mark on the socket now. i've stopped using it. is it safe???
'''),

dict(frm='George Fairbairn <george.fairbairn@freemail.example>',
subj='Cancel and refund - and I expect better than this',
trig='cancellation_threat broken_promise', trap='-', note='canal-boat holidays; cancel booking after promised fix missed',
body='''Dear Sirs,

You promised that the bow thruster on "Wagtail" would be repaired before our September booking. I phoned last week and was told the part "hasn't been ordered yet".

I am not taking my elderly parents on the Leicester Line without a working bow thruster. Please cancel the booking and refund my deposit. We won't be booking with you again.

George Fairbairn
'''),

dict(frm='Claire Ibbotson <claire.ibbotson@freemail.example>',
subj='unsubscribing from the monthly box',
trig='cancellation_threat', trap='-', note='sports-nutrition webshop; leaves for competitor after price hike',
body='''Hi,

You've put the monthly box up from £34 to £49 without any warning and swapped the good bars for some brand I've never heard of. I've found the same stuff cheaper elsewhere so I'm switching. Please end my subscription before the next payment date.

Claire
'''),

dict(frm='Mateusz Nowicki <mateusz.nowicki@freemail.example>',
subj='Transfer of £5,250 for the group jump day - no confirmation',
trig='high_value_order broken_promise', trap='-', note='tandem skydiving; GBP 5,250 corporate day unconfirmed',
body='''Hello,

Our company paid £5,250 by bank transfer on 1 July for a charity tandem day for 15 people on 23 August. Your events coordinator told me I'd receive the confirmation pack and medical forms "within a week". It's now 6 August and I have received nothing, and your events line goes to voicemail.

Fifteen people have raised sponsorship money for this. Please confirm the booking urgently.

Mateusz Nowicki
'''),

dict(frm='Vera Halloran <vera.halloran@freemail.example>',
subj='Supervisor please',
trig='manager_request repeat_contact', trap='-', note='roller-skate shop; asks for a supervisor, explained three times',
body='''I have explained my problem with the exchange three times on your chat to three different people. I would like a supervisor to call me please. 07700 555 0862. Any time after 5.
'''),

dict(frm='Lukas Brenner <lukas.brenner@freemail.example>',
subj='Please escalate - return of faulty chess computer',
trig='manager_request technical_issue', trap='-', note='chess-computer retailer; non-native English, asks escalation',
body='''Dear Sir or Madam,

my chess computer (model "Turmfalke 2", bought on 12.02.) shows after 10 minutes always "Err 7" and then it is frozen. I must take out the batteries. Your colleague on the phone said I must send it to the manufacturer myself, but I bought it from you and it is 3 weeks old.

Please give this case to a responsible person who can decide about a replacement, I do not want to discuss it again with the hotline.

Best regards
Lukas Brenner
'''),

dict(date='2025-06-03 16:05', frm='Tamsin Rowe <tamsin.rowe@freemail.example>',
subj='re: your reply',
trig='manager_request', trap='quoted_reply_plus_own_words', note='stained-glass studio; quoted earlier reply, own words ask for manager',
body='''That's not good enough. I'd like to speak with the studio manager, please, not another template.

On Tue, 3 Jun 2025 at 10:12, Studio Team <studio@glasshouse-studio.example> wrote:
> Dear Tamsin,
> Thank you for your message. Unfortunately lead-light repairs on panels
> not made by us are outside our warranty. We would be happy to quote.
> Kind regards, Studio Team
'''),

dict(frm='Maureen Kettleborough <maureen.kettleborough@freemail.example>',
subj='Turned away because of my age - and I want your head office address',
trig='corporate_contact_request discrimination_harassment', trap='-', note='moped rental; age discrimination, asks head office address',
body='''Good evening,

My husband and I (both 68, both with full motorcycle licences for over forty years) tried to hire two 50cc mopeds at your Rhodes Old Town branch this morning. We had booked online and paid the deposit.

The young woman at the desk took one look at us and said "we don't rent to old people, too many accidents", then laughed with her colleague and said something about "pensioners on wheels". Nothing in your terms mentions an age limit, we checked.

I would like the postal address of your head office and the name of the person responsible for customer complaints at company level. I intend to write to them properly, not to this inbox.

Maureen Kettleborough
'''),

dict(frm='Callum Fraser <callum@fraser-sessions.example>',
subj='someone logged into our studio account and deleted everything',
trig='data_loss security_incident technical_issue', trap='-', note='podcast editing; unauthorised login and deletion',
body='''Hi,

At 03:12 this morning (we were all asleep) there was a login to our workspace from an IP we don't recognise - your own "new sign-in" email says Frankfurt. Within ten minutes every project in the workspace was deleted and the trash emptied. The audit log shows our producer's account did it, but she was on a night flight with her phone off.

So: someone had her credentials, and your platform let them wipe 3 years of projects without any confirmation. We need (1) the projects restored from backup, (2) her account locked, (3) to know how this happened.

Callum Fraser
Fraser Sessions
'''),

]
