# English customer mails without any trigger (hard negatives). Hand-written literals.
from spec import M, Q

MESSAGES = [

M("en", "-",
  "Quote for three chargers at our office car park",
  "Colin Ashdown <c.ashdown@brightwater-homes.example>",
  """
  Hi,

  I'm the facilities manager for Brightwater Homes. We'd like to put three
  7 kW chargers in the staff car park at our Redditch office, open to visitors in
  the evenings. Could you send a quote including installation and your back-office
  fee, and let me know the usual lead time?

  Thanks,
  Colin Ashdown
  Facilities Manager
  Brightwater Homes Ltd
  """, trap="job_title"),

M("en", "-",
  "Tuning before the Advent carol service",
  "Philippa Greenhalgh <music@stcuthberts-choir.example>",
  """
  Dear Pemberton's,

  Could we book the usual pre-Christmas tuning for the Ferrand grand in the
  church hall, ideally in the week of 1 December? Any weekday morning works.

  With best wishes,

  Philippa Greenhalgh
  Director of Music, St Cuthbert's
  """, trap="job_title"),

M("en", "-",
  "Copy invoice for survey at Unit 4, Langley Park",
  "Rachel Osborne <r.osborne@langley-estates.example>",
  """
  Hello,

  Could you send me a copy of the invoice for the condition survey you carried
  out at Unit 4, Langley Park in September? Our finance team can't find the
  original.

  Many thanks,

  Rachel Osborne
  Head of Legal
  Langley Estates plc
  """, trap="job_title", note="'Head of Legal' signature is not a threat"),

M("en", "-",
  "Re: Refund for the Aurora 12 coffret",
  "Simon Blackett <simon.blackett@inbox.example>",
  """
  Thanks Jo, that's come through this morning. All sorted as far as I'm
  concerned - appreciate you chasing it.

  Simon
  """,
  quote=Q("on_wrote", "self",
          """
          I've now been waiting five weeks for the refund on the faulty Aurora 12
          cake. If it isn't back on my card by Friday I will be taking you to the
          small claims court, and I'll be leaving reviews everywhere I can.

          Simon Blackett
          """),
  trap="quoted_trigger", note="closing reply; threats only inside 'On ... wrote:' quote"),

M("en", "-",
  "RE: Audiobook credits",
  "Angela Whitmore <angela.whitmore@mailbox.example>",
  """
  Hi Priya,

  Thank you, I can see the two credits back on my account now. Much appreciated.

  Kind regards,
  Angela
  """,
  quote=Q("outlook_en", "self",
          """
          To whom it may concern,

          I have been charged twice for my credits and nobody has answered my
          emails. This is absolutely unacceptable. If it is not sorted this week I
          will cancel my membership and write to your CEO.

          Angela Whitmore
          """),
  trap="quoted_trigger", note="Outlook 'From:/Sent:' block with old threat"),

M("en", "-",
  "Re: Replacement heater",
  "Tony Marchetti <tony.marchetti@webpost.example>",
  "",
  quote=Q("on_wrote", "self",
          """
          The heater you sent has been cutting out every few hours and the tank
          dropped to 19 degrees overnight. This is the third time I've written
          about it. I want to speak to a manager.
          """),
  after="""
  Just to close this off: the replacement arrived yesterday and the tank has held
  25 degrees solid since. Thanks for sorting it.

  Tony
  """, trap="quoted_trigger", note="bottom-posted reply under '>' lines"),

M("en", "-",
  "Re: Your order SS-70012",
  "Priscilla Vaughan <priscilla.vaughan@inbox.example>",
  """
  Thank you so much for the replacement cardigan - it fits perfectly and I've
  already worn it twice. Lovely to deal with you.

  Priscilla
  """,
  quote=Q("on_wrote", "self",
          """
          The cardigan arrived with a hole in the sleeve and half the buttons
          missing. Frankly I'm disgusted. Unless I hear back today I'll be posting
          photos of it all over social media and telling my followers to avoid
          you.
          """),
  pack="html", trap="quoted_trigger", note="HTML-only; old threat inside <blockquote type=\"cite\">"),

M("en", "-",
  "Fwd: Week 14 boxes - complaint from one of our members",
  "Harriet Boyle <coordinator@millbrook-csa-group.example>",
  """
  Hi Three Acre team,

  I'm the volunteer coordinator for the Millbrook pick-up point. One of our
  members sent me the email below. I wasn't at the pick-up that week - could you
  tell me what happened with the week 14 boxes so I can reply to her?

  Thanks,
  Harriet
  """,
  quote=Q("fwd_en", "Janine Forde <janine.forde@mailbox.example>",
          """
          Harriet,

          week 14 was a disaster: my box was missing half the veg and the eggs were
          smashed. I've paid for the whole season. If this happens again I'm going
          to demand my money back and report the farm to Trading Standards.

          Janine
          """, subj="Week 14 boxes"),
  trap="forwarded_complaint", note="complaint and threats only in the forwarded part"),

M("en", "-",
  "Fwd: Mobility scooter battery recall in the news",
  "George Pilling <george.pilling@post.example>",
  """
  Hello,

  My daughter forwarded me this article. My scooter is a Stridewell Voyager 3
  bought in 2023 and it's been fine. Is it one of the models mentioned? I'd
  rather check than worry.

  George Pilling
  """,
  quote=Q("fwd_en", "Karen Pilling <karen.pilling@inbox.example>",
          """
          Dad, saw this and thought of you - can you check yours?

          Scooter batteries recalled after fires
          A supplier of lithium battery packs used in several brands of mobility
          scooter has issued a recall after reports of packs overheating while
          charging. Owners are advised to check the serial number on the pack and
          stop charging affected units indoors.
          """, subj="battery recall"),
  trap="forwarded_article", note="recall and fire only in forwarded article; own words a question"),

M("en", "-",
  "Private charter enquiry - 12 June",
  "Eleanor Price <e.price@price-hollis.example>",
  """
  Hi,

  We're looking to book a private whale-watching charter for 14 people on
  12 June, late morning if possible. Could you let me know availability, price and
  whether you can provide a light lunch on board?

  Best,
  Eleanor

  Eleanor Price | Senior Associate
  Price Hollis LLP

  CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may
  be legally privileged. If you are not the intended recipient, any disclosure,
  copying or use is unauthorised and may be unlawful; please notify the sender
  and delete it. Price Hollis LLP accepts no liability for viruses and reserves
  the right to take legal action against misuse of this communication.
  """, trap="disclaimer", note="legal words only in the signature disclaimer"),

M("en", "-",
  "Pausing, not cancelling",
  "Maya Fernhill <maya.fernhill@webpost.example>",
  """
  Hi Hollowbrook,

  Don't worry, I'm not going to cancel - we love the boxes. We're just away for
  the first two weeks of August. Can I pause deliveries for those two weeks and
  restart on the 18th?

  Thanks!
  Maya
  """, trap="negation"),

M("en", "-",
  "Re: Exporting my readings",
  "Peter Quant <peter.quant@mailbox.example>",
  """
  Hi Sam,

  Thanks for the instructions. The export finished fine in the end - it just took
  a few minutes for six years of readings. Everything's there, no data lost. I've
  got the CSV open now.

  Peter
  """, trap="negation", note="'no data lost'"),

M("en", "-",
  "New billing address",
  "Nicola Farrow <nicola.farrow@inbox.example>",
  """
  Hello, small thing, no need to escalate this - we've moved house, so could
  someone change the billing address on my account to 14 Larch Close, Clapham?
  I couldn't see where to do it myself. Thanks, Nicola
  """, trap="negation", note="'no need to escalate'"),

M("en", "-",
  "What happens if the trip is cancelled?",
  "Raymond Achebe <raymond.achebe@post.example>",
  """
  Hello,

  Before I book four places on the 10am whale trip on 3 August: what's your
  refund policy if you cancel because of the weather? And if we need to cancel
  ourselves, how much notice do you need?

  Thanks,
  Raymond
  """, trap="refund_policy_question"),

M("en", "-",
  "Leaving the share mid-season?",
  "Bethany Cole <bethany.cole@webpost.example>",
  """
  Hi,

  We're thinking of signing up for the summer share, but we might be moving in
  September. If that happened, would we be able to cancel partway through the
  season, and would any of the payment come back?

  Bethany
  """, trap="cancellation_policy_question"),

M("en", "-",
  "Scooter battery - what to do if it ever overheats?",
  "Derek Amis <derek.amis@mailbox.example>",
  """
  Hello,

  My new Voyager 4 is working well. My son-in-law read that scooter batteries can
  overheat, so I wanted to ask: if it ever did get hot while charging, what should
  I do? And is it better to charge it in the garage or indoors?

  Thank you,
  Derek Amis
  """, trap="hypothetical"),

M("en", "-",
  "Can I export my listening history?",
  "Fiona Carrick <fiona.carrick@inbox.example>",
  """
  Hi, is there a way to export my listening history (titles and dates) to a CSV or
  spreadsheet? I'd like to keep a reading log. Thanks!
  """, trap="feature_exists_question"),

M("en", "-",
  "Does the app work on the car's screen?",
  "Hamid Rezaei <hamid.rezaei@post.example>",
  """
  Quick question before I sign up: does the ChargeHarbour app show up on the car's
  built-in screen when the phone is connected, or is it phone-only?

  Cheers,
  Hamid
  """, trap="feature_exists_question"),

M("en", "-",
  "This week's box",
  "Lesley Drummond <lesley.drummond@mailbox.example>",
  """
  Hi,

  Just a small note - the kale in this week's box was a bit wilted and we were a
  little disappointed, but the rest was lovely, especially the new potatoes. No
  need to do anything, just thought you'd want to know.

  Lesley
  """, trap="mild_disappointment"),

M("en", "-",
  "Invoice for Tuesday's tuning",
  "Maureen Tate <maureen.tate@webpost.example>",
  """
  Hello,

  After your tuner's visit on Tuesday the organ sounds wonderful. My husband
  joked that he'd take you to court for making me practise even more now, ha!
  Could you send the invoice to the parish office rather than to us?

  Best wishes,
  Maureen Tate
  """, trap="reported_speech", note="husband's joke, not adopted"),

M("en", "-",
  "Display on 5 November - neighbour's concerns",
  "Keith Longden <keith.longden@post.example>",
  """
  Hi,

  We've booked your team for our village display on 5 November. One of the
  neighbours told me she'd "report the whole thing to the council" because of her
  horses. I don't share her view, but could you send me your standard risk
  assessment so I can show her the distances involved?

  Thanks,
  Keith Longden
  """, trap="reported_speech", note="neighbour's threat reported, not adopted"),

M("en", "-",
  "Inspection report needed for Thursday",
  "Gwen Paterson <g.paterson@oakridge-retail.example>",
  """
  Hi,

  Our CEO needs the building inspection report for the new Oakridge store before
  the board meeting on Thursday. Is it likely to be ready by Wednesday afternoon?
  A draft would be fine if the final isn't.

  Thanks,
  Gwen Paterson
  Office Manager, Oakridge Retail
  """, trap="own_ceo"),

M("en", "-",
  "Quote for 40 beakers and stands",
  "Tom Ibbotson <t.ibbotson@ibbotson-schools.example>",
  """
  Hello,

  Our managing director has asked me to get a quote for 40 x 600 ml low-form
  beakers, 40 retort stands and clamps, for our new science block. Delivery to
  the school in Wakefield. Do you do education pricing?

  Thanks,
  Tom Ibbotson
  """, trap="own_ceo"),

M("en", "-",
  "Delivery arrangements – Harwood three-manual organ",
  "Revd Dr Alan Whitby <alan.whitby@stbarnabas.example>",
  """
  Dear Mr Pemberton,

  Thank you for confirming our order for the three-manual organ (£62,000,
  contract PO-7734). The church will be clear of scaffolding from 3 March. Could
  your installation team let us know how many days they will need access, and
  whether they need the heating on during the work?

  With thanks and best wishes,
  Alan Whitby
  """, trap="large_amount_no_problem"),

M("en", "-",
  "Headstone proof - small correction",
  "Sheila Brock <sheila.brock@mailbox.example>",
  """
  Dear Ashworth Memorials,

  Thank you for the proof for my father's headstone (order AM-3412, £5,000 as
  quoted). There's one small correction: his middle name is spelled "Alastair",
  not "Alistair". Could you amend this before it goes to the workshop?

  Kind regards,
  Sheila Brock
  """, trap="exactly_5000", note="a problem on an order of exactly 5,000"),

M("en", "-",
  "Delivery slot for our new greenhouse",
  "Aidan Kerr <aidan.kerr@inbox.example>",
  """
  Hello again,

  This is my second email about the delivery slot - just checking the first one
  reached you. We're free any weekday in the week of 14 April for the Glassfield
  10x8. No rush, just let me know which day suits.

  Aidan
  """, trap="second_email"),

M("en", "-",
  "Saturday's display - WOW",
  "Lauren Pike <lauren.pike@webpost.example>",
  """
  Just had to write. The display you did for our wedding on Saturday was insanely
  good - absolutely blew every single guest away. The heart-shaped burst at the end
  had my nan in tears (the good kind). Please pass on our thanks to the crew!

  Lauren & Josh
  """, trap="praise", note="strong words used as praise"),

M("en", "-",
  "Adding a second charge card",
  "Ruth Hennessy <ruth.hennessy@post.example>",
  """
  Hi, how do I add a second RFID card to my account so my partner can charge on
  the same billing? Thanks, Ruth
  """, trap="how_to"),

M("en", "-",
  "Changing our delivery day",
  "Ian Corrigan <ian.corrigan@mailbox.example>",
  """
  Hello,

  How do I change our delivery day from Wednesday to Friday? I couldn't see the
  option in my account.

  Ian
  """, trap="how_to"),

M("en", "-",
  "Is my card safe?",
  "Doreen Fitch <doreen.fitch@inbox.example>",
  """
  Hello,

  My grandson set up the audiobook account for me and saved my card on it. Is my
  card information safe with you? Who can see it?

  Thank you,
  Doreen Fitch
  """, trap="data_safety_question"),

M("en", "-",
  "Two-step login?",
  "Omar Haddad <omar.haddad@webpost.example>",
  """
  Hi,

  Does the member portal support two-factor login (authenticator app or SMS)? If
  so, how do I switch it on? I'd like to protect the account since my kids'
  details are on it.

  Omar
  """, trap="2fa_question"),

M("en", "-",
  "DPA and GDPR documentation",
  "Hannah Mirza <h.mirza@kinross-vets.example>",
  """
  Hello,

  We're onboarding you as a supplier for our practice groups' staff climbing
  sessions and will be sharing names and emergency contacts. Could you send us
  your data processing agreement and a short summary of how you comply with the
  GDPR (where the data is hosted, retention periods)?

  Kind regards,
  Hannah Mirza
  Compliance Officer, Kinross Vets
  """, trap="gdpr_document_request"),

M("en", "-",
  "Supplier security questionnaire",
  "Neil Okoro <n.okoro@redfern-clinical.example>",
  """
  Hi,

  As part of our annual supplier review, our IT security team needs your standard
  security questionnaire completed (attached). Nothing has happened - it's a
  routine requirement for anyone who holds our order data. Could you return it by
  the end of the month?

  Regards,
  Neil Okoro
  """, pack="mixed", att="supplier_security_questionnaire.pdf", trap="security_questionnaire"),

M("en", "-",
  "Planned maintenance on Sunday",
  "Lydia Summers <lydia.summers@mailbox.example>",
  """
  Hi,

  I saw the notice about planned maintenance on Sunday night. Will I still be able
  to start a charge with my RFID card during that window, or only with the app?
  I'm driving back from Leeds late.

  Lydia
  """, trap="maintenance_question"),

M("en", "-",
  "Re: Replacement seat cushion",
  "Brian Jessop <brian.jessop@post.example>",
  """
  Hi Dawn,

  The new cushion arrived this morning and fits perfectly. Thanks for sorting it
  so quickly - you can close the ticket.

  Brian
  """, trap="closing_reply"),

M("en", "-",
  "Phone number for support",
  "Audrey Lam <audrey.lam@inbox.example>",
  """
  Hi, what's the phone number for your customer support line, and what are the
  opening hours on Saturdays? I'd rather talk someone through the booking than do
  it online. Thanks, Audrey
  """, trap="support_phone_request"),

M("en", "-",
  "Piano stool colour",
  "Gregory Nash <gregory.nash@webpost.example>",
  """
  Hello,

  Our upright piano and stool arrived on Friday (order PD-6620, £4,200 in total).
  The piano is perfect, but the stool came in walnut rather than the black we
  ordered. Could you swap it when convenient? No hurry, we're using a chair for
  now.

  Gregory Nash
  """, trap="amount_below_threshold"),

M("en", "-",
  "Saw your ad - delivery area?",
  "Nina Sørensen <nina.sorensen@mailbox.example>",
  """
  Hi! I saw your ad on social media for the summer veg share. Do you deliver to
  Ashworth Green, or would I need to use one of the pick-up points?

  Nina
  """, trap="social_media_ad"),

M("en", "-",
  "Cancel order #4471 - wrong size",
  "Jade Okafor <jade.okafor@inbox.example>",
  """
  Hi, how do I cancel order #4471? I ordered the denim jacket in a medium by
  mistake and need the small. Happy to reorder. Thanks, Jade
  """, trap="procedural_cancel"),

M("en", "-",
  "Password manager and your login page",
  "Victor Hale <victor.hale@post.example>",
  """
  Hi,

  Quick question: does your member login page work with a password manager? I'd
  like to let mine generate a long random password, but some sites block pasting.

  Victor
  """, trap="manager_word"),

M("en", "-",
  "Balance for the memorial",
  "Joyce Whitlock <joyce.whitlock@mailbox.example>",
  """
  Dear Ashworth's,

  Thank you for the lovely work on my mother's memorial. I promise to pay the
  remaining balance of £640 on Friday when my pension comes in - I hope that's all
  right.

  Joyce Whitlock
  """, trap="future_promise"),

M("en", "-",
  "Life jackets for children?",
  "Samir Patel <samir.patel@webpost.example>",
  """
  Hello,

  We're booking the 11am trip for two adults and our twins (age 4). Do you have
  children's life jackets on board, or should we bring our own? And is there a
  safety briefing before you leave the harbour?

  Thanks,
  Samir
  """, trap="safety_question"),

M("en", "-",
  "Courtroom-themed games night?",
  "Holly Barnes <holly.barnes@inbox.example>",
  """
  Hi!

  I'm organising a "mock trial" themed night for our book club. Do you have any
  courtroom or detective games for 8 players, and can we book the back room for
  the 21st?

  Holly
  """, trap="legal_topic"),

M("en", "-",
  "Fire brigade notification for our display",
  "Ian Thornbury <ian.thornbury@cricketclub-thornbury.example>",
  """
  Hello,

  For the cricket club's bonfire display on 8 November, do you notify the fire
  brigade and the council, or do we need to? Also, how far back do spectators
  need to be for the 1.3G shells in the Silver package?

  Thanks,
  Ian Thornbury
  Social Secretary
  """, trap="fire_word"),

M("en", "-",
  "Second-hand crash pads",
  "Zoe Tanaka <zoe.tanaka@mailbox.example>",
  """
  Hey, do you ever sell off your old crash pads? Mine's finally given up and a
  used one would be perfect for outdoor bouldering. Zoe
  """, trap="crash_word"),

M("en", "-",
  "Thanks for Friday!",
  "Ben Okonedo <ben.okonedo@webpost.example>",
  """
  Hi all,

  Just wanted to say thanks for Friday - our "quick game" of Ironworks escalated
  into a four-hour epic and your staff kept the snacks coming without us asking.
  Best night out we've had in ages.

  Ben
  """, trap="praise", note="'escalated' used about a game"),

M("en", "-",
  "Away day booking for our firm",
  "Harriet Quinn <h.quinn@quinn-solicitors.example>",
  """
  Hello,

  I'm a solicitor at Quinn & Co and I'm organising our firm's away day in July.
  Could we book a bouldering taster session for 16 people, followed by the café
  area for lunch?

  Harriet Quinn
  """, trap="job_title", note="customer's own profession is a lawyer"),

M("en", "-",
  "Private trip for our executive team",
  "Priya Shah <p.shah@halcyon-logistics.example>",
  """
  Hi,

  Our executive team would like a private boat trip on 19 September as a thank-you
  for the year. There'd be 9 of us. Can you do a sunset departure, and could we
  bring our own caterer?

  Thanks,
  Priya Shah
  """, trap="own_ceo"),

M("en", "-",
  "Re: Your case KH-2210",
  "Lisa Fairweather <lisa.fairweather@inbox.example>",
  """
  Thanks, Lisa - that's really helpful, and thank you for keeping me posted.
  I'll wait to hear from your colleague.

  Lisa F.
  """,
  quote=Q("on_wrote", "Lisa at Keystone Support <support@example.test>",
          """
          Hi Lisa,

          I've escalated your case to my manager, who will review the inspection
          notes and call you back on Monday.

          Best wishes,
          Lisa
          Keystone Home Inspections
          """),
  trap="quoted_trigger", note="'escalated to my manager' is the desk's quoted text"),

M("en", "-",
  "Re: Charger at Dalton Street",
  "Mehreen Aslam <mehreen.aslam@post.example>",
  """
  Just to let you know the charger on Dalton Street is working perfectly again
  after your engineer's visit this morning. Thanks for the quick turnaround.

  Mehreen
  """, trap="closing_reply", note="resolved issue, nothing broken now"),
]
