# English customer mails with at least one trigger (part 1). Hand-written literals.
from spec import M, Q

MESSAGES = [

M("en", "outage,technical_issue",
  "chargers at Millbrook Rd all dead??",
  "Gaz Pennington <gaz.pennington@inbox.example>",
  """
  every single bay at the millbrook road hub says offline, tried 4 of them. app
  just spins then says error 503. theres a queue of about 10 cars here and nobody
  on site. is the whole network down or what

  sent from my phone
  """),

M("en", "billing_dispute",
  "Charged twice for March",
  "Priya Raman <priya.raman@mailbox.example>",
  """
  Hello,

  I've just looked at my bank statement and there are two payments of $14.99 to
  Earshot Audiobooks, both dated 3 March. I only have the one account (Standard
  plan) and I've only ever had the one. Could you refund the duplicate, please?

  The last four digits of the card are 4417 if that helps you find it.

  Thanks,
  Priya
  """),

M("en", "broken_promise,high_value_order,technical_issue",
  "St Aldhelm’s – swell box and dead notes on the restored organ",
  "Margaret Ellery <m.ellery@staldhelms-pcc.example>",
  """
  Dear Sir or Madam,

  I write on behalf of the Parochial Church Council of St Aldhelm's, Lower
  Wendham, regarding the restoration and reinstallation of our two-manual organ
  (your invoice PO-2291), for which we paid £38,450 in full in January.

  Since the instrument was returned, the swell pedal will not open the shutters
  beyond about halfway, and three notes on the Great (bottom C, C sharp and the G
  above middle C) either fail to speak or cipher continuously. Our Director of
  Music has had to avoid whole passages in the last four services.

  Your technician, Mr Orrell, attended on 12 February and told us he would return
  "within the fortnight" with the replacement parts. That was seven weeks ago. We
  left a message with your office on 20 March and have heard nothing since.

  We have Easter and two weddings booked in the coming weeks. I should be
  grateful for a firm date on which the work will be completed.

  Yours faithfully,

  Margaret Ellery
  Churchwarden, St Aldhelm's PCC
  """, trap="job_title", note="Director of Music / Churchwarden are roles; two contacts only"),

M("en", "discrimination_harassment,manager_request",
  "Comments made at the front desk on Saturday",
  "Samira Haddad <samira.h@webpost.example>",
  """
  Hi,

  On Saturday afternoon I came in for the intro bouldering session with my
  sister. The man on the desk (tall, beard, I think his name was Callum) asked
  whether I was "allowed" to climb "in that thing", meaning my hijab, and then
  said loudly to his colleague that they'd need "a risk assessment for the tea
  towel". People in the queue laughed.

  I have climbed at three other walls in this city with no issue whatsoever.

  I'm not interested in an apology from the desk team. I'd like someone with
  actual authority at Cragworks to look into this and contact me directly.

  Samira
  """),

M("en", "safety",
  "Fountain from your Garden Party pack - my son's hand",
  "Lorraine Pettifer <lpettifer@mailbox.example>",
  """
  We lit the "Silver Cascade" fountain from the Garden Party selection box last
  night, following the instructions exactly - pushed into a bucket of sand, lit
  with the long lighter, stood well back.

  About ten seconds in it kicked over and sprayed sparks sideways across the
  patio. My son (14) was a good eight metres away and still caught a burst of it
  across the back of his hand. He has two blisters the size of a 10p and we spent
  three hours in urgent care.

  I've kept what's left of the fountain and the box with the batch number on it
  (GP-2411-07). Other people with that batch should know about this.

  What happens now?

  Lorraine Pettifer
  """, note="firework is a consumable: no technical_issue (README)"),

M("en", "broken_promise,severe_dissatisfaction",
  "WHERE IS THE CHARGER",
  "Kev Hollis <kevhollis71@inbox.example>",
  """
  THREE WEEKS. THREE WEEKS MY MOTHER HAS HAD A POWER CHAIR SHE CANNOT CHARGE
  BECAUSE YOU SENT IT WITHOUT THE CHARGER. YOUR DRIVER SAID IT WOULD COME "BY
  FRIDAY LATEST". WHICH FRIDAY??? SHE IS STUCK IN THE HOUSE.

  THIS IS DISGRACEFUL AND I AM SICK OF BEING FOBBED OFF.

  ORDER SM-44810
  """),

M("en", "legal_threat",
  "Survey for 14 Quarry Lane - roof",
  "Tom Garside <tom.garside@post.example>",
  """
  Dear Keystone,

  You carried out a Level 2 survey on 14 Quarry Lane for us in May. The report
  describes the roof as "in reasonable condition for its age, no significant
  defects noted".

  Three weeks after we moved in, water came through the main bedroom ceiling. The
  roofer we called out found rotten battens and slipped tiles across the whole
  rear slope, which he says have been like that for years, not weeks. His quote
  for the repair is £11,600.

  I have sent your report, the roofer's findings and our photographs to Hartley
  Boyce LLP, who acted for us on the purchase, and they will be writing to you
  about your liability. Please make sure your insurers are aware.

  Tom and Ellie Garside
  """, note="legal firm instructed without the words lawyer/sue; £11,600 is a repair quote, not the order value"),

M("en", "media_threat,severe_dissatisfaction",
  "Saturday's booking for 12 - what a joke",
  "Claire Dunmore <claire.dunmore@mailbox.example>",
  """
  I booked the back room for my daughter's 16th, 12 people, paid the £60 deposit
  online and got the confirmation email (screenshot attached).

  We turn up on Saturday and there's no booking, the room is full of some
  tournament, and the girl on the till tells us to "try the pub next door".
  Twelve teenagers standing on the pavement in the rain. My daughter was in tears.

  Honestly the worst treatment I've had from any business in years. Absolutely
  shameful.

  I want the deposit back, and the review I'm putting up tonight will tell
  everyone exactly how Dice & Slice treats its customers.

  Claire
  """, pack="mixed", att="booking_confirmation.png",
  note="deposit back for a broken booking is not a disputed charge"),

M("en", "security_incident,technical_issue",
  "I can see someone else's account??",
  "Kit Marlowe-Adams <kit.ma@inbox.example>",
  """
  Logged in to the Coral & Fern website this morning to reorder my RO filters and
  the account page showed a different name (a Mr D. Okafor), his address in Leeds,
  his phone number and his last six orders including a full marine setup.

  I logged out and back in and got somebody else again, a woman in Bristol this
  time. So presumably other people can see MY address and order history as well.

  I haven't clicked anything on their accounts, but you need to take this down now.

  Kit
  """),

M("en", "billing_dispute",
  "Charged $180 for a $140 jacket",
  "Wren Castellano <wren.castellano@mailbox.example>",
  """
  Hi there,

  I bought the brown suede 70s fringe jacket (listing VJ-2207), which was listed
  at $140 on your site and in the checkout summary. My card was charged $180.00
  by Second Stitch Vintage on the 9th. Shipping was free over $100, so it's not
  that.

  Can you refund the $40 difference? Screenshot of the listing attached.

  The jacket is lovely by the way!
  Wren
  """, pack="mixed", att="listing_VJ-2207.png"),

M("en", "repeat_contact,severe_dissatisfaction",
  "Re: Re: Re: Inscription for Dorothy Hale - STILL WRONG",
  "Graham Hale <graham.hale@post.example>",
  """
  This is the fourth time I have written to you about my mother's headstone.

  Her name is DOROTHY. Not Dorthy. It was spelled correctly on the proof I signed
  (copy attached, again) and it is spelled wrong on the stone that is now
  standing in the churchyard at Fenwick.

  Every time I write I get a reply saying it has been "passed to the workshop" and
  then nothing. I find it utterly disgraceful that a family firm that claims to
  have served this town for ninety years can treat a grieving family like this.

  I want a date for the corrected stone.

  Graham Hale
  """, pack="mixed", att="signed_proof_DHale.pdf"),

M("en", "billing_dispute,broken_promise,repeat_contact",
  "Refund for cancelled 14 June trip - still nothing",
  "Dan Whitcombe <dwhitcombe@webpost.example>",
  """
  Hi,

  Our 2pm trip on 14 June was cancelled because of the swell (fair enough). Your
  skipper told us on the quay, and then your office confirmed by email that the
  full $236 for four tickets would be back on my card "within 5 working days".

  It's now 24 days. Nothing. I've emailed twice already and had no reply.

  If I don't see it by the end of next week I'll raise it with my card issuer as a
  chargeback and let them sort it out.

  Booking BF-60192.
  Dan Whitcombe
  """),

M("en", "high_value_order",
  "PO 7781 - significant breakage on delivery",
  "Dr Hannah Schuster <h.schuster@northgate-analytical.example>",
  """
  Good afternoon,

  Our order under PO 7781 (your invoice ML-20431, EUR 7,860.00) arrived yesterday
  on two pallets. On unpacking, 31 of the 120 Class A 250 ml volumetric flasks and
  18 of the 60 graduated cylinders were broken, and a number of the remaining
  cylinders have chipped pouring lips.

  The outer packaging showed no sign of impact, so we believe the problem lies
  with the internal packing. We cannot put chipped glassware into service.

  Please advise how you intend to replace the damaged items. We have an
  accreditation audit on the 28th and need the full set before then.

  Kind regards,

  Dr Hannah Schuster
  Laboratory Manager
  Northgate Analytical Ltd
  Tel. +44 555 013 4882
  """, trap="job_title", note="transit breakage is not technical_issue"),

M("en", "feature_request",
  "Suggestion for the vent controller app",
  "Bernard Ojukwu <bernard.ojukwu@inbox.example>",
  """
  Hello,

  We've had the Glassfield 8x10 with the smart vent opener for a year now and
  it's been great.

  One thing that would really help: could the app send a notification when the
  inside temperature drops below a level you set? We lost a tray of seedlings in
  April to a late frost, and I'd have gone out and put the heater on if I'd known.
  Even an email would do.

  Thanks,
  Bernard
  """, trap="praise"),

M("en", "technical_issue",
  "app crashes on chapter list",
  "<m.deakin@mailbox.example>",
  """
  Android 14, app version 5.2.1. Every time I tap the chapter list in any book the
  app closes. Reinstalled, same. Was fine last week.
  """),

M("en", "billing_dispute,technical_issue",
  "€74 for a 3 minute charge?",
  "Anke Visser <anke.visser@post.example>",
  """
  Hello ChargeHarbour,

  On Saturday I plugged in at the Kestrel Park rapid charger (CP-4471). The
  session stopped after about three minutes with a red fault light and the car
  had added 1 kWh. Your app nevertheless shows a session of 78 kWh and I have been
  charged €74.20.

  Please correct this. I have a photo of the car's charging screen showing the
  real amount.

  Regards,
  Anke Visser
  """),

M("en", "cancellation_threat",
  "Week 9 box",
  "Fiona Blackwood <fiona.blackwood@webpost.example>",
  """
  Hi Hollowbrook,

  Opened this week's box to find the lettuce slimy, the strawberries furred over
  and half the potatoes green. Week 7 was much the same and I did mention it to
  Jess at the market.

  We joined the CSA because we wanted to support a local farm, but we can't keep
  paying £28 a week to feed the compost heap. Honestly, this is the last season
  you'll get from us.

  Fiona & Mark
  """, note="leaving implied, no word cancel"),

M("en", "corporate_contact_request,executive_contact",
  "Who do I write to?",
  "Hilary Brierley <h.brierley@post.example>",
  """
  Please could you tell me the postal address of your head office and the name of
  your managing director. I am going to put my complaint about the Kessel upright
  in writing to the very top, as the showroom in Harrogate clearly isn't going to
  deal with it.

  H. Brierley (Mrs)
  """, note="asks for MD's name in order to write to him/her"),

M("en", "manager_request,safety,technical_issue",
  "Auto belay on lane 6 failed - friend injured",
  "Ravi Chandran <ravi.chandran@inbox.example>",
  """
  Writing this from A&E.

  Around 7pm tonight my friend Jonah was on the auto belay on the speed wall
  (lane 6, the left-hand one). He came off near the top and instead of the normal
  slow descent the line paid out almost freely for a couple of metres before it
  caught, and he hit the mat hard. His ankle is either broken or very badly
  sprained.

  Staff were kind but nobody taped off the lane while we were there. Please take
  that device out of use now.

  I'd also like a call tomorrow from whoever is responsible for safety at the
  centre - not the evening desk staff - because I want to know what checks are
  done on these devices and when lane 6 was last inspected.

  Ravi, 555-0192
  """),

M("en", "safety,technical_issue",
  "Scooter battery smoking while charging",
  "Joan Metcalfe <joan.metcalfe@mailbox.example>",
  """
  Hello,

  My husband's Stridewell Voyager 4 (bought from you last October) was on charge
  in our hallway last night when I smelt burning. The battery box underneath was
  too hot to touch and grey smoke was coming out of the vent.

  I switched it off at the wall and we pushed it outside. Nothing caught fire,
  thank God, but it could have. We live in a first-floor flat.

  It's still outside under a tarpaulin. Please tell me what to do with it and
  whether anyone else has had this happen. He can't get to the shops without it.

  Joan Metcalfe
  """),

M("en", "data_loss,technical_issue",
  "Whole library gone after update",
  "Marek Ostrowski <m.ostrowski@inbox.example>",
  """
  Updated the Earshot app this morning and now my library says "You haven't added
  any titles yet". I had 212 books in there, plus bookmarks in about a dozen I'm
  partway through.

  Logged out and in, reinstalled, tried on the website as well - same, empty. My
  purchase history is still on my card statement so they were definitely there.

  Please restore them.
  Marek
  """),

M("en", "data_loss,technical_issue",
  "Photos and plans missing from client portal",
  "Leanne Fisk <leanne.fisk@webpost.example>",
  """
  Hi,

  We uploaded the floor plans, the previous owners' damp-proofing certificate and
  about 40 photos to the client portal last Tuesday, ahead of the survey on
  Friday. This morning the job page only shows the booking details and the
  Documents tab says "0 files". Your surveyor says he can't see them either.

  Were they deleted? I don't have another copy of the certificate.

  Job ref BL-2290.
  Leanne
  """),

M("en", "outage,severe_dissatisfaction,technical_issue",
  "APP DOWN - stranded at Hollins Cross services",
  "Nicola Brandt <nicola.brandt@mailbox.example>",
  """
  Your app has been down since at least 7am. Every charger at Hollins Cross
  services needs the app to start a session - there's no card reader - and the
  app just says "Something went wrong, please try again later".

  The helpline is a recorded message saying you're "aware of a service
  disruption".

  I have 9% battery, two kids in the car and a funeral to get to at 1pm. I am
  absolutely livid that a charging network can be this fragile. Fix it.
  """),

M("en", "broken_promise,high_value_order",
  "Our wedding display – cancelled with two hours' notice",
  "Alex Renwick <alex.renwick@post.example>",
  """
  Dear Nightbloom,

  We signed your Gold wedding package (contract NB-0913, £6,800, deposit £2,040
  paid in March) for a 12-minute display at Lowther Barn on Saturday.

  At 6.15pm your crew chief phoned the venue to say the display was off because
  "the permit hadn't come through". Your sales manager, Leanne, had promised in
  writing (her email of 2 August, attached) that Nightbloom would handle the
  notification to the council and confirm everything with us a week before. Nobody
  confirmed anything. We had 140 guests waiting outside with sparklers.

  We need a full explanation and a proposal for how you will put this right.

  Alex & Sam Renwick
  """, trap="job_title", pack="mixed", att="email_from_Leanne_2Aug.pdf",
  note="'sales manager' is an existing role, not a request"),

M("en", "media_threat",
  "your \"deadstock\" boots",
  "Roxy Vance <roxy@roxyvintage.example>",
  """
  Hey,

  so the "deadstock 1980s" cowboy boots I bought from you have a 2019 date code
  stamped inside the shaft. Not vintage. Not deadstock.

  I've put a post up on my page (about 23k followers, mostly vintage people)
  showing the stamp next to your listing, and the comments are full of people
  asking which shop it was. Refund me properly and I'll think about leaving your
  name out of it.

  - Roxy
  """, note="refund for misdescribed item is not a disputed charge"),

M("en", "media_threat",
  "Press inquiry - Eastbridge Courier",
  "Nadia Berrington <n.berrington@eastbridge-courier.example>",
  """
  Hello,

  My name is Nadia Berrington and I'm a reporter with the Eastbridge Courier.
  We're preparing a story about allergen labelling in cafés in the town centre.

  Two readers have told us that they or their children had allergic reactions
  after eating at Dice & Slice on Wharf Street in the past month, and one says
  staff told her the brownies were nut-free when they were not.

  I'd like to give you the chance to respond before we publish. Could you tell me
  what allergen procedures you follow, and whether you are aware of these
  incidents? Our deadline is 5pm on Thursday.

  Best wishes,
  Nadia Berrington
  Reporter, Eastbridge Courier
  555-0147
  """, trap="journalist_hearsay", note="journalist inquiry; readers' reactions are hearsay, no safety"),

M("en", "corporate_contact_request",
  "Registered office and legal department contact",
  "Pieter Aalders <p.aalders@velden-bio.example>",
  """
  Please send me your company's registered office address and a direct contact
  (email or postal) for your legal department. We have a disagreement over the
  warranty on the condensers supplied last year and our procurement team wants to
  address its correspondence formally.

  Regards,
  Pieter Aalders
  Procurement, Velden BioSciences
  """),

M("en", "executive_contact,technical_issue",
  "Letter to your chairman",
  "Dr Ruth Cavendish <ruth.cavendish@post.example>",
  """
  For your records: as I have had no satisfactory answer from your service
  department, I have today written to your chairman, Mr Geoffrey Pemberton, at
  your registered address, by recorded delivery, setting out the history of the
  MIDI interface on our chamber organ, which has dropped notes and stuck keys
  since the day it was installed. A copy of the letter is attached.

  Dr Ruth Cavendish
  """, pack="mixed", att="letter_to_chairman.pdf"),

M("en", "safety",
  "Glass pane blew out - nearly hit my daughter",
  "Ollie Brennan <ollie.brennan@inbox.example>",
  """
  Hi,

  Our Glassfield Cottage 6x8, put up last spring exactly per the instructions,
  lost a whole pane in yesterday's wind. It didn't just crack - the clip let go
  and the pane came out in one piece and shattered on the path about a metre from
  where my 6-year-old was playing. Shards everywhere.

  I've checked the other clips and several are loose or bent. Is this a known
  problem? I don't want her anywhere near it until I know it's safe.

  Photos attached.
  Ollie
  """, pack="mixed", att="IMG_3321.jpg", note="unpowered kit part: no technical_issue (README)"),

M("en", "safety,severe_dissatisfaction,technical_issue",
  "Your heater cooked my fish",
  "Ben Adeyemi <ben.adeyemi@mailbox.example>",
  """
  I am so angry I can barely type.

  The 300W titanium heater I bought from you five weeks ago stuck on overnight.
  The tank was at 39 degrees this morning, every fish is dead - including two
  discus I've had for six years - the controller housing has melted and the room
  stank of burning plastic. If I'd been away for the day this could have been a
  fire.

  I'm furious and heartbroken. I want to know exactly how a heater with a
  "fail-safe thermal cut-out" can do this.

  Ben Adeyemi
  """),

M("en", "feature_request",
  "Small request: fade-out on the sleep timer",
  "Imogen Pryce <imogen.pryce@webpost.example>",
  """
  Love the app, been a subscriber for three years.

  One small wish: when the sleep timer ends the audio just stops dead, which
  wakes me right back up. Could you make it fade out gradually over the last 30
  seconds or so? My old podcast player did that and it made all the difference.

  Cheers,
  Imogen
  """, trap="praise"),

M("en", "billing_dispute,security_incident",
  "Sessions I never made + my password changed",
  "Rhys Bevan <rhys.bevan@inbox.example>",
  """
  Hi,

  Last night I got an email saying my ChargeHarbour password had been changed. I
  didn't change it. When I got back in with the reset link there were five
  charging sessions over the weekend in Glasgow and Edinburgh, £96.40 in total,
  charged to my card. I live in Cardiff and my car hasn't left the drive.

  Please block whatever card or tag is being used, refund the £96.40 and tell me
  how someone got into my account.

  Regards,
  Rhys Bevan
  """),

M("en", "billing_dispute,repeat_contact",
  "Charged £96 for paused weeks - third email",
  "Harriet Lowe <harriet.lowe@post.example>",
  """
  Hello,

  I paused our share for four weeks from 3 July while we were abroad (your
  confirmation email dated 20 June). You've taken four payments of £24 anyway.

  This is the third email I've sent about it; the first two didn't get a reply.
  Please refund the £96.

  Thank you,
  Harriet Lowe
  """),

M("en", "discrimination_harassment",
  "Behaviour of a crew member on the 10am trip",
  "K. Lindqvist <k.lindqvist@mailbox.example>",
  """
  I'm writing about the 10am sailing on Sunday 3rd.

  One of the deckhands - young, curly hair, red jacket - spent most of the trip
  hovering around me at the rail. He commented on my figure twice, put his hand
  on my lower back when there was no reason to, and when I moved away he followed
  me and asked for my number "for the next whale". My friend saw all of it.

  I didn't feel I could say anything on a small boat with nowhere to go. I don't
  want this to happen to anyone else. Please tell me what you are going to do.

  K. Lindqvist
  """),

M("en", "discrimination_harassment,severe_dissatisfaction",
  "Your technician and my father",
  "Diane Fairbrother <diane.fairbrother@webpost.example>",
  """
  My father is 82, has Parkinson's, and uses the manual chair we bought from you
  in the spring. Your technician came on Tuesday to adjust the footplates.

  According to my father, and to our neighbour who was in the room, he rolled his
  eyes through the whole visit, told my father to "stop pretending he can't stand
  up for a minute", and called him "grandad" in a mocking voice. My father was
  shaken for the rest of the day.

  Frankly it's a disgrace. I'm appalled that someone who works with disabled
  people every day would behave like this.

  Diane Fairbrother
  """),

M("en", "corporate_contact_request,regulatory",
  "Lettering flaking - 10 year guarantee",
  "Walter Gibbons <w.gibbons@post.example>",
  """
  Dear Ashworth Memorials,

  The gilt lettering on my wife's headstone started to flake after eight months.
  Your brochure promises a ten-year guarantee on lettering, and you now tell me
  it "doesn't cover weathering".

  As you refuse to honour what you printed, I have today filed a complaint with
  the county Trading Standards service, enclosing the brochure, your invoice and
  your letter of 14 October. They have asked me for the address of your
  registered office and the name of the company director responsible, so please
  send me both by return.

  W. Gibbons
  """, note="registered office asked for the regulator's file; director's name not to write to"),

M("en", "regulatory,repeat_contact",
  "Stop emailing me",
  "J. Okonkwo <j.okonkwo@inbox.example>",
  """
  I have asked you three times now (twice by email, once in person at the counter
  on Wharf St) to take me off your mailing list and delete my details. I never
  signed up - you took my email address for a table booking.

  I am still getting your "Games Night" newsletter twice a week. Using my details
  for marketing I never agreed to is against data protection law and you know it.
  If I get one more, I'm lodging a complaint with the Information Commissioner's
  Office.

  Ms J. Okonkwo
  """, note="asked three times before this mail"),

M("en", "broken_promise,severe_dissatisfaction",
  "Inspector no-show + no callback",
  "Paul Kowalczyk <paul.kowalczyk@mailbox.example>",
  """
  Your inspector was booked for 9am Thursday at 22 Birchfield Rd. Nobody came.

  I rang at 10.30 and was told someone would call me back "within the hour" to
  rebook. No call that day, or Friday. I took a day off work for this. Frankly
  it's disgraceful.

  I still need the inspection done before exchange on the 30th. Please just give
  me a new date.

  Paul Kowalczyk
  555-0163
  """),

M("en", "outage,technical_issue",
  "Member portal - can't log in (500 error)",
  "Owen Tregarthen <owen.t@webpost.example>",
  """
  Hi,

  none of us can log into the Cragworks member portal - it returns "HTTP 500
  Internal Server Error" straight after the password page, on phone and laptop.
  The girl at the desk says the booking system is down for everyone and they're
  letting people in on paper.

  Any idea when it'll be back? I need to book the beginners' course for my kids
  before it fills up.

  Thanks,
  Owen
  """),

M("en", "high_value_order,manager_request",
  "Scratched case on the Ferrand grand – please pass this up the chain",
  "Victoria Amsel <v.amsel@post.example>",
  """
  The showroom has told me that the deep scratch across the lid of our new
  Ferrand 170 grand "is within tolerance for a delivered instrument". It is 22 cm
  long.

  We paid £18,900 for a new piano, not a showroom return. The staff I spoke to
  clearly don't have the authority to do anything except repeat the policy.
  Please pass this to someone above them who can actually make a decision.

  Order PD-5519.
  Victoria Amsel
  """, note="delivery damage is not technical_issue"),

M("en", "technical_issue",
  "love being logged out every 5 minutes",
  "<sam.oduya@inbox.example>",
  """
  Great, another month paying £9.99 for an app that signs me out every five
  minutes in the middle of a chapter. Really top work.

  Android tablet, Android 13, latest version from the store. Is anyone actually
  testing these updates?
  """, trap="sarcasm", note="sarcasm without explicit strong wording: no severe_dissatisfaction"),

M("en", "billing_dispute,severe_dissatisfaction,technical_issue",
  "Checkout broken and you charged me twice",
  "Craig Haldane <craig.haldane@mailbox.example>",
  """
  Trying to buy the Big Night Out barrage bundle on your site. Checkout said
  "Payment failed, please try again" twice, so I gave up.

  Now my banking app shows two payments of £212.50 to Starfall Fireworks and
  there's no order confirmation anywhere. So the checkout is broken AND I've paid
  twice for nothing. I'm absolutely fuming.

  Either cancel both or send one order and refund the other.

  Craig
  """),

M("en", "safety,technical_issue",
  "charger make spark - dangerous",
  "Mehmet Yıldız <mehmet.yildiz@post.example>",
  """
  Hello,

  I am customer of VoltLane since 2021. Yesterday evening at the charger on Dalton
  Street (the one near the bakery, number 2) when I plug the cable it make a big
  spark and a noise like "tak" and there was smell like burned plastic. The screen
  go black. I not touch it again.

  Please send someone quick, there is many children in this street and the cable
  is hanging on the floor.

  Thank you
  Mehmet Yıldız
  """),

M("en", "corporate_contact_request,executive_contact",
  "CEO's email address please",
  "Tamsin Greaves <tamsin.greaves@webpost.example>",
  """
  I'd like the email address of whoever runs Moth & Mothball - the founder or
  CEO, the actual person, not info@ or this support address. I've been going
  round in circles with your returns team for a month over a £65 dress, and I'd
  like to explain to them personally how their shop is being run.
  """, note="asks for executive's email in order to write to them"),

M("en", "executive_contact,high_value_order,technical_issue",
  "RE-4000 rotary evaporator – vacuum controller fault (order ML-19902)",
  "Dr Tomasz Wilk <t.wilk@ardent-pharma.example>",
  """
  Dear Meniscus Labware,

  The RE-4000 rotary evaporator delivered in September (order ML-19902,
  EUR 12,400) still cannot hold vacuum below 40 mbar; the controller throws error
  E-17 and aborts every run. Your field engineer replaced the seal kit on
  3 October with no change. An expensive instrument has now been sitting idle in
  our lab for seven weeks.

  I will be at the Lab Futures expo in Lyon next week, where I understand your
  CEO, Ms Ingrid Falk, is giving the keynote, and I intend to raise this with her
  there in person unless it is resolved before then.

  Dr Tomasz Wilk
  Head of Process Chemistry
  Ardent Pharma Development
  """, trap="job_title", note="conditional announcement of contacting the CEO"),

M("en", "broken_promise,cancellation_threat,technical_issue",
  "Return pump - replacement promised last week",
  "Nathan Crowe <nathan.crowe@inbox.example>",
  """
  Hi,

  The return pump on my 300L reef (bought from you in March) died two weeks ago -
  it hums but the impeller doesn't turn. Your shop told me on the phone last
  Wednesday that a replacement would go out "today, next-day delivery". Nothing has
  arrived and there's no tracking.

  I'm running the tank on a borrowed powerhead. If the pump isn't here by Friday
  I'll buy one from Reef Depot and do all my future ordering with them.

  Nathan
  """),

M("en", "billing_dispute,technical_issue",
  "Paid for 2 credits, got 0",
  "<lou.kettering@mailbox.example>",
  """
  Bought a 2-credit top-up on Sunday, £19.98 taken from my card straight away. My
  account still shows 0 credits and the top-up isn't under Purchases. The app says
  "Transaction pending" and has done for three days.

  Either add the credits or refund the £19.98 please.
  """, note="paid but never credited counts as a wrong charge"),

M("en", "repeat_contact",
  "bolts (again) and a question about staging",
  "Stanley Hobbs <stan.hobbs@post.example>",
  """
  Morning all,

  Hope you're well. Lovely weather for it at last - I finally got the base of the
  Glassfield 8x6 levelled at the weekend after the wet spell, which took two of
  us most of Saturday because the end of our garden slopes more than I'd
  realised. My neighbour lent me his laser level, which I'd recommend to anyone.

  Anyway, the reason I'm writing. This is honestly the third time I've had to
  chase you for the bag of M6 bolts and nuts that should have been in box 3 - I
  emailed on the 2nd and again on the 9th, and nothing has turned up. I can't put
  the roof ridge on without them. Could you please just pop them in the post?

  Separately, and no rush on this one: do you sell the slatted aluminium staging
  in a 6ft length, or only the 4ft? I'd like one long run down the left side for
  tomatoes and chillies. If only 4ft, I'll take two.

  Many thanks,
  Stan Hobbs
  """, note="trigger buried in the middle of a long mail"),

M("en", "cancellation_threat",
  "Cancelling my annual membership",
  "Lucy Farrant <lucy.farrant@webpost.example>",
  """
  Hi,

  I'd like to cancel my annual membership, effective immediately.

  Since the September "refurbishment" the routes in the main hall haven't been
  reset in three months, the bouldering area is so overcrowded after 5pm that you
  queue for every problem, and you've cut weekday opening to 9pm without telling
  anyone. I'm paying £52 a month for a gym I can barely use.

  Please confirm the cancellation and how you'll refund the unused months.

  Lucy
  """),

M("en", "safety,severe_dissatisfaction",
  "Seal trip 2 Aug - passengers left in the heat",
  "Pauline Reyes <pauline.reyes@mailbox.example>",
  """
  On the 2pm seal trip on 2 August the skipper kept the boat at the seal colony
  for over two hours "waiting for the tide", in full sun. There was no shade on
  deck and no drinking water for passengers apart from a few bottles sold at £2.50
  each until they ran out.

  My mother, who is 79, fainted and hit her head on the bench. The crew's only
  response was to tell her to "sit in the shade". There was none.

  Absolutely appalling. I want to know what your procedure is supposed to be and
  why there was no drinking water on board.

  Pauline Reyes
  """),

M("en", "legal_threat,repeat_contact",
  "Damp survey fee - small claims",
  "Gerald Pike <gerald.pike@post.example>",
  """
  Dear Brightline,

  I paid you £495 for a specialist damp and timber survey at 7 Mill Cottages which,
  as I set out in my two previous letters, missed active dry rot in the ground-floor
  joists that a contractor found within a week. You have declined to refund the fee
  or contribute to the remedial costs.

  Unless I receive a full refund of the £495 within 14 days of this email, I will
  issue a claim against Brightline Surveyors in the small claims court without
  further notice.

  Yours faithfully,
  Gerald Pike
  """, note="two previous letters + this = third contact; fee refund for poor work is not a disputed charge"),

M("en", "cancellation_threat,high_value_order,outage,technical_issue",
  "Depot chargers offline - fleet contract FC-118",
  "Marta Ilves <marta.ilves@coastline-couriers.example>",
  """
  Dear account team,

  Fourteen of the twenty-two chargers at our Riverside depot have been offline
  since 3 March. Our vans are being charged overnight at public sites at
  considerable extra cost. Your network operations centre tells us that the
  chargers "can't be reached by the backend" and that it is being looked at.

  We are on a three-year managed-service contract with you (FC-118, EUR 48,000 a
  year). I report to our board on Thursday, and I have been asked to bring quotes
  from two other charge-point operators to that meeting so the board can decide
  whether to renew with you in June. I would prefer not to have to.

  Please give me a restoration date.

  Kind regards,
  Marta Ilves
  Fleet Operations Manager, Coastline Couriers
  """, trap="own_board", note="switch threat via competitor quotes; own board and own job title are decoys"),
]
