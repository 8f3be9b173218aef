# English customer mails with at least one trigger (part 2). Hand-written literals.
from spec import M, Q

MESSAGES = [

M("en", "media_threat",
  "Going to make a video about this",
  "Theo Marsh <theo@marshreads.example>",
  """
  I run a reasonably popular audiobook review channel (around 60k subscribers)
  and I've been an Earshot member for four years. In that time you've put the
  price up twice and quietly cut the monthly credits from two to one, and your
  team's answer to every question is a link to the terms.

  I'm going to do a full video on how Earshot treats the people who actually pay
  for it, including the emails from your team. If you want to give me a statement
  to include, this is your chance.

  Theo Marsh
  """),

M("en", "high_value_order",
  "Memorial for John Ashby – crack across the base",
  "Brenda Ashby <brenda.ashby@mailbox.example>",
  """
  Dear Ashworth Memorials,

  In March you installed a black granite memorial for my late husband at
  St Mary's, Thornleigh (order AM-3308, £5,450 including fixing and the cemetery
  fee). I visited at the weekend and there is now a crack running right across the
  base, and the headstone has a slight lean to the left. I have photographs.

  I would be grateful if someone could inspect it as soon as possible and tell me
  what will be done. I find this very upsetting.

  Yours sincerely,
  Brenda Ashby
  """, note="5,450 is above the 5,000 threshold"),

M("en", "high_value_order,safety,technical_issue",
  "Power chair cutting out on slopes - urgent",
  "Carl Reeve <carl.reeve@inbox.example>",
  """
  Our daughter's powered wheelchair (Stridewell Apex, order SW-77120, £7,240) cuts
  out completely on any incline. It happened twice this week: the display goes
  blank, the brakes release for a second before they re-engage, and on Tuesday she
  rolled backwards down the ramp outside school towards the road before it
  stopped. Her teaching assistant had to grab the chair. She's 11.

  Your engineer visited last month and "reset the controller". We need this fixed
  properly and we need a loan chair in the meantime.

  Carl and Anita Reeve
  """),

M("en", "manager_request,safety",
  "Unexploded shells left on Allington village green",
  "Andrew Pell <clerk@allington-pc.example>",
  """
  I'm the clerk to Allington Parish Council. Your crew fired the display for our
  bonfire night on Saturday.

  On Sunday morning a dog walker found three unfired shells and a length of fuse
  in the long grass at the edge of the green, next to the playground. We've
  cordoned off the area, but children were playing there before anyone noticed.

  This needs to be dealt with by someone senior at Nightbloom, not the booking
  office. Please arrange for a responsible person to call me today and for the
  items to be collected.

  Andrew Pell
  Clerk, Allington Parish Council
  555-0118
  """, trap="job_title"),

M("en", "feature_request",
  "Skip a week from the app?",
  "Ruth Abernethy <ruth.abernethy@webpost.example>",
  """
  Is there any chance you could add a "skip this week" button to the app? At the
  moment I have to email every time we're going away, and I always forget until
  after the Thursday cut-off. It would make life so much easier.

  Otherwise we're really enjoying the boxes!
  Ruth
  """, trap="praise"),

M("en", "feature_request",
  "feature idea: live game library",
  "Dev Malhotra <dev.malhotra@inbox.example>",
  """
  quick idea for the booking site - it'd be amazing to see which games are
  actually on the shelf (or out on tables) before booking. we came in specially
  for Ironworks last week and it was out being played all evening. even a simple
  available / in use list would do
  """),

M("en", "feature_request",
  "Please show actual charging speed in the app",
  "Graham Yu <graham.yu@post.example>",
  """
  It would save everyone a lot of grief if the VoltLane app showed the actual
  power the charger is delivering, in kW, during a session - not just the kWh
  total. Half the time I can't tell whether a 150 kW unit is doing 40 because of
  my car or because of the charger.

  Thanks.
  """),

M("en", "feature_request",
  "Website suggestion",
  "Hugh Partington <hugh.partington@webpost.example>",
  """
  Not a complaint as such, just a bit frustrating trying to find fish on your
  site. Please add a filter for freshwater/marine and for temperament (community,
  semi-aggressive and so on). At the moment I have to click into every single
  listing.

  Otherwise the service is good and the fish always arrive healthy.

  Hugh
  """, trap="mild_disappointment"),

M("en", "feature_request",
  "PLEASE add offline listening on the watch app",
  "<joggingjen@inbox.example>",
  """
  I run with my watch and leave my phone at home. PLEASE PLEASE let us download
  books to the watch app for offline listening. Everyone else has it. Take my
  money!!
  """, trap="caps_without_anger"),

M("en", "feature_request",
  "Report format",
  "Yasmin Clarke <yasmin.clarke@lettings.example>",
  """
  Hi,

  Would it be possible for future reports to be made available in an editable
  format (Word or similar) as well as PDF? As a letting agent we have to copy
  large chunks into our own inventory reports, and copying from the PDF mangles
  the formatting every time.

  Best regards,
  Yasmin Clarke
  Senior Lettings Negotiator
  """),

M("en", "security_incident",
  "Phishing email sent from your domain?",
  "Imran Qureshi <imran.qureshi@webpost.example>",
  """
  Heads-up and a question.

  This morning I received an email from "VoltLane Billing
  <billing@voltlane.example>" saying my payment card had expired and asking me to
  update it via a link. The link goes to voltlane-account.example.test, which asks
  for the full card number and CVV.

  My mail client says the email passes SPF and DKIM for your domain, and three
  people on the local EV owners' forum got the same thing. So either your mail
  system has been compromised or someone is sending from it. You need to warn
  customers.

  Imran Qureshi
  """),

M("en", "security_incident",
  "Someone is in my account",
  "Lorna Kidd <lorna.kidd@inbox.example>",
  """
  I've been getting "new sign-in from Jakarta" emails from Earshot every hour
  since last night, and now the email address on my account has been changed to
  one I don't recognise. I can't reset the password because the reset goes to
  that address. My card is saved on the account.

  Please lock it NOW.

  Lorna Kidd
  """),

M("en", "security_incident,technical_issue",
  "Member portal showing other people's personal details",
  "Dr Aoife Brennan <aoife.brennan@mailbox.example>",
  """
  When I opened "My family" in the member portal tonight to add my son, it listed
  four people who are not my family - with their dates of birth, medical notes
  ("asthma, inhaler in locker") and emergency contact numbers. One of them is a
  child.

  I've taken screenshots but won't send them round. This needs switching off until
  it's fixed, and I assume you will have to tell the people affected.

  Dr Aoife Brennan
  """),

M("en", "billing_dispute,security_incident",
  "Orders on my account that I didn't place",
  "Nell Hargreaves <nell.hargreaves@post.example>",
  """
  Three orders were placed on my Second Stitch account overnight (SS-88120, 88121
  and 88124) - all wool coats, all going to an address in Croydon I've never heard
  of, all paid with my saved card, £410 in total. I did not place them.

  Please cancel them before they ship and refund the card. And please tell me how
  someone got in; I use a unique password for your site.

  Nell Hargreaves
  """),

M("en", "security_incident,technical_issue",
  "Our survey report is publicly searchable",
  "Jonas Lindgren <jonas.lindgren@webpost.example>",
  """
  Searching our address this morning, the third result was our full Keystone home
  inspection report - floor plans, photos of every room, the alarm panel location
  and our names - hosted on your reports server with no login needed. The
  "secure link" in your email is apparently just public.

  Please take it down immediately and tell us whose other reports are out there
  like this. We have young children and I'm extremely uncomfortable.

  J. and P. Lindgren
  """),

M("en", "discrimination_harassment",
  "Your staff member contacting my daughter",
  "Lola Adebayo <lola.adebayo@inbox.example>",
  """
  My daughter (17) was in with friends on Friday night. One of your staff - she
  says his name badge said Reece - asked for her number at the till. She said no,
  and he followed her out onto the street asking again.

  Since then he has found her online and sent her several messages, including
  comments about what she was wearing. She's frightened to come back in. I need to
  know what you are going to do about him.

  Mrs L. Adebayo
  """),

M("en", "discrimination_harassment,legal_threat,media_threat,severe_dissatisfaction",
  "Refused boarding with my guide dog",
  "Jenna Whitlow <jenna.whitlow@mailbox.example>",
  """
  I'm blind and work with a guide dog, Pepper. We had tickets for the 11am dolphin
  cruise on Saturday (booking HL-2271). At the gangway the skipper told me "no
  dogs, no exceptions" and, when I explained that she is an assistance dog, said
  that "people like you should ring ahead". My sister and I were left on the quay
  while the boat sailed.

  Refusing an assistance dog is discrimination, plain and simple. I was humiliated
  and I am absolutely furious. I've asked a solicitor at the disability law centre
  to look at it, and I'm sharing what happened with the local sight-loss group and
  with the Harbour Herald, who have covered access problems in the town before.

  Jenna Whitlow
  """),

M("en", "discrimination_harassment",
  "Comment from your counter staff",
  "Kate Osei <kate.osei@post.example>",
  """
  Bit of a weird one.

  I popped into your Northgate shop on Saturday to pick up a few rockets for my
  nephew's birthday. The older man at the counter asked whether I was "buying for
  my husband", and when I said no, told me fireworks "aren't really a girl thing"
  and that I'd "probably want the sparklers". He then refused to sell me the
  rockets without "a man to set them off".

  I'm 38 and hold a professional display certificate. Please have a word with him.

  Kate Osei
  """),

M("en", "discrimination_harassment",
  "My visit to your showroom on Thursday",
  "Reginald Amory <reginald.amory@webpost.example>",
  """
  Dear Sirs,

  I visited your Cheltenham showroom on Thursday with a view to buying a
  two-manual home organ. Your salesman told me I was "a bit late in life to be
  starting on the organ" and suggested I would be better off with "a nice little
  keyboard, at your age". He then spent his time with the younger couple behind
  me.

  I am 71, recently retired, and had come in intending to spend a considerable
  sum. I did not appreciate being dismissed on account of my age.

  R. Amory
  """),

M("en", "outage,technical_issue",
  "Contactless not working at any of your rapid chargers",
  "Femi Adeyinka <femi.adeyinka@inbox.example>",
  """
  Hi,

  every VoltLane rapid charger I've tried today - Ashby, Coalville and both units
  at Markfield - shows "Payment service unavailable" on the contactless reader, and
  paying in the app fails with error PAY-503. Other drivers at Markfield said the
  same about sites in Leicester. Looks like your payment system is down across the
  region.

  Got a charge in the end somewhere else. Please sort it.
  """),

M("en", "outage,technical_issue",
  "502 Bad Gateway on every page",
  "<k.ferreira@mailbox.example>",
  """
  Since about 11pm last night earshot.example returns "502 Bad Gateway" on every
  page I try - home, library, sign in. Same on mobile data and home wifi, same on
  two devices. Your status page says all systems operational, which is clearly
  wrong.
  """),

M("en", "outage,technical_issue",
  "Ordering portal unavailable since Tuesday",
  "Lin Feng <lin.feng@harwood-biotech.example>",
  """
  Dear Meniscus team,

  Your B2B ordering portal has been unavailable since Tuesday morning - it times
  out at the login page for all four of our users, from three different
  networks. We literally cannot place orders, and our fortnightly standing order
  was due yesterday.

  Please advise an alternative ordering route and an ETA for the portal.

  Regards,
  Lin Feng
  Purchasing, Harwood Biotech
  """),

M("en", "data_loss,outage,technical_issue",
  "ReefSense cloud down + 6 months of logs gone",
  "Callum Rees <callum.rees@inbox.example>",
  """
  The ReefSense cloud dashboard has been unreachable since Saturday ("cannot
  connect to server") and the controller has dropped into offline mode.

  That would be annoying enough, but when it briefly came back last night every
  parameter log before 1 October had disappeared - six months of temperature, pH
  and ORP history that I use to track the tank. Is that data recoverable?

  Controller bought from Coral & Fern, serial RS2-04471.
  """),

M("en", "data_loss,technical_issue",
  "Survey report file corrupted / pages missing",
  "Isabel Quayle <isabel.quayle@post.example>",
  """
  The final survey report you emailed on Monday (BL-3317) won't open - "the file
  is damaged and could not be repaired". I downloaded it again from the portal and
  that version opens but stops at page 14 of 38; the whole structural section is
  missing.

  Our mortgage lender needs it by Friday. Could you resend a complete copy?

  Isabel Quayle
  """),

M("en", "data_loss,technical_issue",
  "Charging history for 2024 has vanished",
  "Martin Oyelaran <martin.oyelaran@mailbox.example>",
  """
  My charging history in the ChargeHarbour app now only goes back to 1 January
  this year. Everything from 2024 is gone, and the invoices section is empty for
  last year too. I need it for my company-car expenses claim, which is due at the
  end of the month.

  Where has it gone, and can you restore it or send me the records?
  """),

M("en", "data_loss,safety,technical_issue",
  "Allergy settings wiped - nuts in our box",
  "Jo Mensah <jo.mensah@webpost.example>",
  """
  Urgent.

  Our son has a severe tree-nut allergy, which has been in our Three Acre CSA
  profile since we joined ("NO NUTS - anaphylaxis" in the allergy field). At some
  point the profile was reset - the allergy field is now blank and our delivery
  notes are gone too - and this week's box came with a bag of cobnuts and a
  walnut loaf from the bakery add-on.

  He ate a slice before we noticed and we had to use his adrenaline pen. He's OK.
  But this could have killed him. How did our settings disappear?

  Jo & Ade Mensah
  """),

M("en", "data_loss,technical_issue",
  "Kids' profiles and waivers disappeared",
  "Gemma Costa <gemma.costa@inbox.example>",
  """
  Hi, I have two children's profiles under my membership, both with signed
  waivers. This afternoon at the desk they couldn't find either of them - the
  system shows my account with no dependants and the waivers aren't on file. The
  kids had to sit out while I redid everything on the tablet.

  Please check what happened to the originals. I don't want to find them gone
  again next time.

  Gemma
  """),

M("en", "regulatory",
  "Complaint about the Marlow Road workshop",
  "Anthea Rowe <anthea.rowe@mailbox.example>",
  """
  Dear Sir or Madam,

  You ignored the height limit the cemetery set for memorials, which was on the
  order form I signed, and you now tell me the stone must be cut down at my
  expense. I have referred the matter to the council's consumer protection team
  and given them copies of your quotation and our correspondence.

  A. Rowe
  """),

M("en", "billing_dispute,regulatory",
  "Hidden idle fees",
  "Marcus Delgado <marcus.delgado@inbox.example>",
  """
  I was billed $38 in "idle fees" for a session in Sacramento even though I
  unplugged within two minutes of the charge finishing (the app's own timestamps
  show it). Your app nowhere discloses that idle fees start the moment the
  battery reaches 100%, rather than after the grace period your website
  describes.

  I've filed a complaint with the Federal Trade Commission about these fees, and I
  want the $38 refunded.

  Marcus Delgado
  """),

M("en", "billing_dispute,regulatory",
  "Annual renewal without warning - $149",
  "Dana Whitaker <dana.whitaker@webpost.example>",
  """
  You renewed my annual Listenly plan at $149 on 2 September without the reminder
  email your own terms promise 30 days before renewal. I want the $149 refunded.

  I have also submitted a complaint to my state Attorney General's consumer
  protection division about your renewal practices.

  Dana Whitaker
  """),

M("en", "regulatory",
  "Your inspector's licence",
  "Curtis Bell <curtis.bell@post.example>",
  """
  The inspector who did our pre-purchase inspection on 18 Ridge Ave, Mr D. Polk,
  is not listed on the state home inspector licence lookup - I checked three
  times with different spellings. Given how much his report missed, I'm not
  surprised.

  I've submitted a complaint to the state Home Inspector Licensing Board and
  attached his report. If I'm wrong, please send me evidence of his licence.

  Curtis Bell
  """, trap="count_not_contact", note="'checked three times' is not contacting the company"),

M("en", "regulatory",
  "Data deletion request - 9 weeks, no action",
  "Ines Carvalho <ines.carvalho@mailbox.example>",
  """
  On 2 May I asked you to delete my account and all my personal data under
  Article 17 GDPR. Nine weeks later the account still exists and I'm still getting
  your marketing emails. Ignoring an erasure request for this long is a clear
  breach of the GDPR.

  Please confirm deletion within 7 days.

  Ines Carvalho
  """),

M("en", "regulatory,safety",
  "Flask failure - glass not as specified",
  "Dr Samuel Okafor <s.okafor@fenwick-materials.example>",
  """
  On Monday one of your "borosilicate 3.3" round-bottom flasks (lot MB-2207)
  cracked on a hotplate at 120 °C and sprayed hot sulphuric acid across the bench.
  My technician was wearing a face shield, which is the only reason he is not in
  hospital.

  Our materials lab has since tested two flasks from the same lot and the thermal
  expansion is nowhere near 3.3; it behaves like soda-lime glass. Selling
  soda-lime as borosilicate is a serious product-safety matter. We have reported
  it to Trading Standards and quarantined the lot.

  Please tell us how many other customers received glass from lot MB-2207.

  Dr Samuel Okafor
  Fenwick Materials Testing
  """, note="glassware is a consumable: no technical_issue (README)"),

M("en", "legal_threat",
  "Formal notice - charter deposit $2,300",
  "Grace Holloway <grace.holloway@inbox.example>",
  """
  Blue Fluke Whale Watching,

  Re: private charter on 17 August, deposit $2,300.

  You cancelled our private charter nine days in advance to take a corporate
  booking (your own email says as much) and have since refused to return the
  deposit, offering only a "credit".

  This is formal notice: if the $2,300 is not returned to my card within 14 days,
  I will file a claim in Harbor County small claims court.

  Grace Holloway
  """, note="deposit refusal is not a wrong charge"),

M("en", "legal_threat",
  "Re: Kessel upright – trade-in value",
  "Martin Dalby <martin.dalby@post.example>",
  """
  Mr Lasky,

  I've now forwarded our entire correspondence, including your written trade-in
  valuation of $2,200 that you now say you never gave, to my attorney. She will be
  in touch with your company directly this week. Please direct any further
  communication on this matter to her.

  Martin Dalby
  """),

M("en", "corporate_contact_request,legal_threat,severe_dissatisfaction",
  "SEE YOU IN COURT",
  "Brian Tolley <brian.tolley@mailbox.example>",
  """
  FOUR MONTHS. £1,900 PAID. HALF A GREENHOUSE DELIVERED AND THE REST "ON
  BACKORDER". NO REFUND, NO DATE, NO ANSWERS.

  I'M DONE ASKING NICELY. MY SON-IN-LAW IS A SOLICITOR AND HE IS DRAFTING THE
  CLAIM THIS WEEKEND. SEND ME YOUR REGISTERED HEAD OFFICE ADDRESS FOR THE PAPERWORK.

  ABSOLUTELY PATHETIC.
  """),

M("en", "legal_threat",
  "Quarantine claims on your website",
  "Adrian Fenwick <adrian.fenwick@webpost.example>",
  """
  You advertise that all fish are quarantined for 14 days before sale. The three
  clownfish I bought on 2 June were covered in white spot within 48 hours, and it
  has now spread through my whole display tank. I've lost eleven fish and about
  £900 of livestock. Your shop's answer is "livestock carries no guarantee".

  My brother-in-law practises consumer law and has agreed to send you a letter
  before action on my behalf. You'll receive it next week.

  Adrian Fenwick
  """),

M("en", "cancellation_threat",
  "Renewal",
  "Sue Tilley <sue.tilley@inbox.example>",
  """
  Got the renewal reminder. Don't bother renewing us in April.

  Three missed deliveries since Christmas and the last two boxes were half what
  the website shows. We'll find a farm that can actually get a van down our
  street.

  Sue Tilley
  """, trap="count_not_contact", note="three missed deliveries, not three contacts"),

M("en", "cancellation_threat,manager_request,severe_dissatisfaction,technical_issue",
  "Taking our business elsewhere",
  "Rashid Ahmed <rashid@fivestarcabs.example>",
  """
  Five of our taxis rely on your Brookside hub, and for the third week running at
  least half the bays show "out of order" or stop mid-charge. My drivers are
  losing fares sitting in queues. Frankly it's a shambles and I'm sick to the back
  teeth of it.

  Unless someone senior at VoltLane rings me this week with a plan, we'll be
  moving the drivers to the GreenPlug depot from next month and closing our account
  with you.

  Rashid Ahmed
  Five Star Cabs
  """, note="several faulty bays, network not down: no outage"),

M("en", "cancellation_threat,data_loss,technical_issue",
  "cancel",
  "<p.oyelowo@mailbox.example>",
  """
  Cancel my subscription. Now. Third time this month the app has wiped my
  downloaded books just before a flight. I'm done.
  """, trap="count_not_contact", note="'third time' counts incidents, not contacts"),

M("en", "cancellation_threat",
  "Tuesday club sessions",
  "Sarah Quill <secretary@dunmore-mc.example>",
  """
  Hi,

  Dunmore Mountaineering Club has had the Tuesday 7-9pm block booking at The
  Overhang for six years. In the last two months you've double-booked our lanes
  with birthday parties three times, and we've had members standing around for an
  hour.

  The committee has agreed that unless we get the lanes we pay for, we'll move
  the Tuesday sessions to Gritstone Walls from January. I'd rather not.

  Sarah Quill
  Club Secretary
  """, trap="job_title", note="conditional threat fires"),

M("en", "manager_request",
  "Re: Refund for cancelled course",
  "Hamish Dunbar <hamish.dunbar@webpost.example>",
  """
  Thanks for your reply, Ellie, but "the system won't allow it" isn't really an
  answer. Is there anyone above you who can actually approve a refund for a course
  that your centre cancelled? I don't mind waiting a day for the right person.

  Hamish
  """,
  quote=Q("on_wrote", "Ellie at The Overhang <support@example.test>",
          """
          Hi Hamish,

          Thanks for getting in touch. Unfortunately our booking system doesn't
          allow refunds on courses once they have started, so I've added a credit
          of £85 to your account instead, which you can use on any future course.

          Kind regards,
          Ellie
          """)),

M("en", "manager_request",
  "Supervisor call please",
  "Fraser McLeod <fraser.mcleod@inbox.example>",
  """
  Your reply to my first email was a template that didn't address anything I
  actually wrote. I'd like a phone call from a supervisor today, please.

  555-0182. Case KH-1104.
  """, trap="second_email", note="second contact only: no repeat_contact"),

M("en", "executive_contact,technical_issue",
  "Faulty mobility scooter - copied to Mr Hale",
  "Patricia Knowles <patricia.knowles@post.example>",
  """
  Dear Stridewell,

  I've copied your managing director, Mr Daniel Hale, on this email, because the
  Voyager 3 scooter you repaired in August has stopped again - it powers on, the
  lights come up, and then it beeps five times and won't move. This is the second
  failure since the repair. I rely on it to get to my hospital appointments.

  Please arrange collection and a loan scooter.

  Patricia Knowles
  """, cc="Daniel Hale <d.hale@stridewell.example>"),

M("en", "executive_contact",
  "Rang your head office today",
  "Oliver Nkemelu <oliver.nkemelu@mailbox.example>",
  """
  Just so you know, I rang your head office this morning and asked to be put
  through to the chief executive's PA. She has my details and said she'd pass my
  complaint on, since nobody here seems able to explain why the "unlimited play"
  pass I bought for £40 turns out to be limited to three hours.

  Oliver
  """),

M("en", "corporate_contact_request,repeat_contact",
  "Corporate office number?",
  "Bev Ransome <bev.ransome@inbox.example>",
  """
  What's the phone number for your corporate office? Not the support line - I've
  rung that six times about the same refund and got nowhere.
  """, note="six calls = repeated contact"),

M("en", "technical_issue,repeat_contact,severe_dissatisfaction",
  "the filter AGAIN",
  "Mo Farouk <mo.farouk@webpost.example>",
  """
  ok so this is literally my fourth email about the canister filter you sent. it
  STILL leaks from the hose connector the moment the pump starts, i've replaced
  the o-ring twice like your guy said, there is water all over my living room
  floor AGAIN. this is the most useless customer service i have ever dealt with,
  genuinely. send a new one or refund it, i dont care which anymore
  """),

M("en", "broken_promise,severe_dissatisfaction",
  "Nobody turned up. Again.",
  "Frances Oduya <frances.oduya@post.example>",
  """
  Your engineer was supposed to come on Monday between 8 and 12 to deliver and
  set up my new wheelchair. I was told on Friday, in writing, that the appointment was
  "confirmed and guaranteed". Nobody came and nobody rang.

  I'm 76, I waited by the door all morning, and I think the way I've been treated
  is outrageous. I want an apology and a real appointment.

  Frances Oduya
  """),

M("en", "high_value_order,repeat_contact",
  "Greenhouse order GH-10442 - still incomplete",
  "Derek Lomax <derek.lomax@lomax-nurseries.example>",
  """
  Good morning,

  I'm writing again about our commercial greenhouse order GH-10442 (invoice total
  £23,750), for the two 30m polycarbonate houses for the nursery. The frames
  arrived in June, but the ridge vents and the gutter sections are still missing.
  I've raised this with your trade desk by email on 4 July and 18 July and by
  phone on 1 August, and each time I'm told it will be "checked with the
  warehouse".

  We can't glaze the second house until the gutters are in. Please confirm a
  delivery date.

  Derek Lomax
  Lomax Nurseries
  """),

M("en", "broken_promise,cancellation_threat",
  "Re: Your replacement audiobook credits",
  "Hanna Kowalska <hanna.kowalska@inbox.example>",
  """
  Sorry, but this isn't good enough. Your colleague Mark told me two weeks ago that
  the three goodwill credits he'd agreed would be on my account "by Monday". They
  aren't. If they're not on my account by the end of this week, I won't be
  renewing in November.

  Hanna
  """,
  quote=Q("outlook_en", "Mark Ellison <support@example.test>",
          """
          Hi Hanna,

          I'm very sorry for the trouble. I've asked our billing team to add three
          goodwill credits to your account and you should see them by Monday.

          Best regards,
          Mark
          Earshot Support
          """)),

M("en", "media_threat,severe_dissatisfaction",
  "disgusting",
  "Chloe Rampling <chloe.rampling@mailbox.example>",
  """
  Booked the whale watching trip as a surprise for my partner's 40th. Your
  "catamaran" turned out to be a fishing boat with plastic chairs, it smelt of
  diesel and vomit the whole way round, and the "guaranteed sightings" were one
  seal. Disgusting, honestly. Never been so embarrassed.

  Filmed the whole thing, it's going up on my stories tonight.
  """),

M("en", "outage,technical_issue",
  "Card payments failing at all your cafés?",
  "Jess Warrender <jess.warrender@webpost.example>",
  """
  Hi - tried to pay at the Wharf Street café tonight and the card machine said
  "host unavailable". The staff said card payments have been failing at all three
  of your cafés since lunchtime and they were taking cash only. I didn't have
  cash, so we left. Thought you'd want to know in case head office isn't aware.

  Jess
  """, trap="head_office_mention", note="payment processing down at all sites"),

M("en", "safety",
  "Misfire at the Hartley Show - debris into the crowd",
  "Dr Neil Armitage <neil.armitage@hartleyshow.example>",
  """
  I was the duty medic at the Hartley Agricultural Show on Saturday evening. At
  around 21:40, during the finale, at least two shells burst low, well short of the
  safety distance, and burning debris came down on the front of the spectator area.
  I treated four people for minor burns and one child for a cut to the forehead.

  I'm writing as a witness, because I think your crew need to review what happened
  and whether the safety distance was right. I have my treatment log if you need
  it.

  Dr Neil Armitage
  """, trap="job_title"),

M("en", "manager_request,severe_dissatisfaction",
  "I want someone who can actually decide this",
  "Gordon Baxendale <gordon.baxendale@post.example>",
  """
  I have spent forty minutes on the phone and two days on email being told what
  your "policy" is. I don't want policy. I want the person whose job it is to make
  exceptions to it.

  You sold me a wheelchair-accessible trip, your boat had no ramp, and my wife sat
  on the quay for two hours. This is completely unacceptable and frankly insulting.
  Get me someone who can actually decide this.

  Gordon Baxendale
  """, note="'completely unacceptable ... insulting' read as strong wording; number of contacts not explicit; access failure not framed as discrimination"),
]
