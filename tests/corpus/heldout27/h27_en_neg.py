# English customer mail with NO trigger (hard negatives). Hand-written, one block per message.
MESSAGES = []


def m(frm, subject, trap, note, body, **kw):
    d = dict(kw)
    d.update({"from": frm, "subject": subject, "triggers": "", "trap": trap, "note": note, "body": body})
    MESSAGES.append(d)


m("Rachel Dunmore <rachel.dunmore@dunmore-school.example>", "Booking a dome for March",
  "job_title", "planetarium dome; office manager title",
  """Hello,

I'm the office manager at Dunmore Junior School and I've been asked to book one of your planetarium domes for the week of 11 March. Our hall is 14m x 9m with a 4.5m ceiling - is that big enough for the standard dome?

Many thanks,
Rachel Dunmore
Office Manager
""")

m("Tim Abbot <tim.abbot@abbot-rail.example>", "Re: point motor warranty",
  "quoted_threat", "garden railway; customer thanks, quoted older angry mail",
  """Thanks Sarah, replacement arrived this morning and works perfectly. Sorry for the grumpy tone of my last one, it had been a long week.

Tim

On Mon, 15 Apr 2024 at 09:02, Tim Abbot <tim.abbot@abbot-rail.example> wrote:
> This is the third time I'm writing. If I don't hear back I'll get my solicitor
> involved and I'll be posting about this on every forum I'm on.
> >> Dear Tim, we're sorry to hear your point motor failed...
""")

m("Meg Foster <meg.foster@foster-home.example>", "Refund policy question",
  "policy_question", "hot sauce subscription; refund policy",
  """Hi, what's your refund policy if a bottle arrives broken? Just asking before I sign my dad up as a birthday present. Thanks! Meg
""")

m("Ross Gilchrist <ross.gilchrist@gilchrist.example>", "How do I cancel?",
  "policy_question", "sourdough starter club; neutral how-to-cancel",
  """Hello, how would I cancel the monthly starter club if I wanted to later on? I can't see it in the account settings. Not planning to yet, just want to know. Ross
""")

m("Helen Park <helen.park@park-lab.example>", "Not going to cancel, just a note",
  "negation", "kite shop; negated cancellation",
  """Hi,

Just a note: the last delivery was a couple of days late, but no big deal and I'm not going to cancel or anything. The new 2-line foil is fantastic.

Helen
""")

m("Jacob Winter <jacob.winter@winterfamily.example>", "GDPR documentation",
  "gdpr_question", "escape room trailer; asks for DPA for school",
  """Hi,

Our school's data protection lead needs a copy of your data processing agreement and a note of where the booking data is stored before we can book the trailer for our Year 6 leavers. Could you send that over?

Jacob Winter
Business Manager
""")

m("Claire Hughes <claire.hughes@hughes-mail.example>", "Thank you!!",
  "praise", "farm stay; praise mentions 'amazing, worst weather'",
  """Just got back from Brook Farm and had to write. The kids fed lambs every morning, the hosts were amazing even though we had the worst weather imaginable, rain every single day. Already planning to come back in the autumn.

Claire
""")

m("Dan Rourke <dan.rourke@rourke-fx.example>", "CSV export?",
  "feature_exists", "sea glass seller platform; asks whether feature exists",
  """Quick one: can I export my sales for the year as a CSV for my accountant? Or is there a report somewhere I'm missing?
Dan
""")

m("Ursula Benn <ursula.benn@benn-hall.example>", "Fwd: complaint from one of our members",
  "forwarded_complaint", "soap opera convention; forwarding a member's complaint, own words neutral",
  """Hi, forwarding this from one of our fan-club members for your information. We're happy with the event ourselves, just thought you'd want to see it.

Ursula (fan club secretary)

---------- Forwarded message ---------
From: Doreen <doreen.f@mailbox-mock.example>
Subject: disgraceful

The queuing on Saturday was a disgrace. I'll be reporting this to trading standards and my lawyer will be in touch.
""")

m("Martin Fox <martin.fox@fox-build.example>", "Large order for the club - any discount?",
  "large_amount_no_problem", "garden railway; big order no problem",
  """Hello,

Our society is about to place an order of roughly £9,800 for track, points and two Accucraft locos for the new layout. Before we do, do you offer a club discount on orders of this size, and could it all be delivered on one pallet?

Martin Fox
Chairman, Fox Valley GRS
""")

m("Alex Mendes <alex.mendes@mendes.example>", "Invoice for exactly 5,000",
  "exactly_5000", "retro arcade hire; invoice of exactly 5000 with a query",
  """Hi, your invoice INV-21877 is for £5,000.00 which matches the quote. One thing is wrong though: our company name is spelt "Mendes & Co", not "Mendez". Could you reissue it with the right spelling? Otherwise all fine.
""")

m("Joy Ashby <joy.ashby@ashby-bees.example>", "Second email - course dates",
  "second_email", "beekeeping course; second email only",
  """Hello, this is my second email about next term's dates - perhaps the first went to spam? We'd like the summer term slot for two Year 4 classes. Thank you, Joy
""")

m("Lee Sutton <lee.sutton@sutton-arcade.example>", "Re: broken joystick - all sorted",
  "settled_issue", "retro arcade hire; issue settled",
  """Hi Mike, the engineer came out this afternoon and swapped the joystick, Street Fighter is working perfectly now. Thanks for sorting it so fast - no need to escalate anything.

Lee
""")

m("Priscilla Moon <priscilla.moon@moon-finance.example>", "2FA on my account?",
  "security_question", "charity shop online; asks how to enable 2FA",
  """Hello, is there a way to switch on two-factor authentication for my account? I reuse far too many passwords and my nephew has been lecturing me. Thanks.
""")

m("Arthur Pym <arthur.pym@pym-solicitors.example>", "Booking enquiry - tandem weekend",
  "legal_disclaimer", "tandem hire; solicitor's signature disclaimer",
  """Dear Sir/Madam,

Could you confirm availability of two tandems for the weekend of 17-18 August from your Windermere depot?

Kind regards,
Arthur Pym
Partner

Pym & Co Solicitors LLP. This email and any attachments are confidential and may be legally privileged. If you have received it in error, please notify the sender immediately. Nothing in this email shall constitute a legally binding agreement or an offer capable of acceptance. Pym & Co accepts no liability for loss or damage arising from viruses. Authorised and regulated by the Solicitors Regulation Authority.
""")

m("Wendy Carr <wendy.carr@carr-family.example>", "my sister joked we should sue you",
  "reported_speech", "sourdough shop; reported speech about suing",
  """Ha, my sister joked we should sue you because your Rye starter has taken over our kitchen - it's bubbling out of the jar every day! Seriously though, how much flour should I feed it to slow it down? Wendy
""")

m("Neil Armitage <neil.armitage@armitage-tech.example>", "a little disappointed",
  "mild_disappointment", "kite shop; mild disappointment",
  """Hello,

The kite is fine but I was a little disappointed that the colours are more muted than in the photos. Not a big deal, just mentioning it in case your photos are over-saturated.

Neil
""")

m("Kirsty Bain <kirsty.bain@bain-lodge.example>", "Out of office until 2 September",
  "looks_automated", "farm stay; human booking note mentioning her OOO",
  """I'm out of the office until 2 September but wanted to get this in before I go: could you hold Orchard Cottage for 14-21 October for two adults and a dog? I'll confirm and pay when I'm back.

Kirsty
""")

m("Ben Holt <ben.holt@holt-sports.example>", "thanks",
  "looks_automated", "ice hockey sharpening; one-word thanks",
  """thanks, got them
""")

m("Margo Reyes <margo.reyes@reyes-design.example>", "we have received your parcel",
  "looks_automated", "sea glass jewellery; human acknowledgment, happy",
  """Hi! We have received your parcel this morning, everything is perfect and beautifully wrapped. The earrings are even nicer in real life. Thanks so much - Margo
""")

m("Noel Baxter <noel.baxter@baxter-estates.example>", "Would I be able to get a refund if the weather is bad?",
  "hypothetical", "tandem hire; hypothetical refund",
  """Hi, if it pours down on our hire day, would I be able to cancel and get a refund, or move the date? Just planning ahead. Noel
""")

m("Sally Whitcombe <sally.whitcombe@whitcombe-school.example>", "Is the dome fire safe?",
  "safety_question", "planetarium dome; asks for fire certificate, no incident",
  """Dear team, our health & safety officer asks whether the dome fabric is fire retardant and whether you can send the certificate before our booking. Thank you, Sally
""")

m("Theo Marsh <theo.marsh@marsh-photo.example>", "Our CEO wants the photos",
  "own_ceo", "soap opera convention; customer's own CEO mention",
  """Hi there, our CEO needs the group photos from the sponsor dinner on Saturday for our newsletter - where can I download them? Theo Marsh, Marketing, Marsh Photo Ltd (sponsor)
""")

m("Irene Kovac <irene.kovac@kovac-mail.example>", "Saw your ad on Instagram",
  "social_media_mention", "hot sauce; saw ad on social media",
  """Hello, I saw your ad on Instagram for the extra-hot box. Do you ship to Northern Ireland? Thanks Irene
""")

m("Paul Dixon <paul.dixon@dixon-trains.example>", "Account manager",
  "job_title", "garden railway; existing account manager as role",
  """Hi,

Our account manager, Jill, has been great but she mentioned she's leaving. Who will look after our club's trade account from next month?

Paul Dixon
""")

m("Farah Sethi <farah.sethi@sethi-co.example>", "Would it be possible to upgrade without losing data?",
  "data_loss_question", "sea glass seller platform; upgrade question",
  """Hello, I'd like to move from the Hobby to the Studio plan. Will I keep all my listings and photos when I upgrade, or do I need to back anything up first?
""")

m("Oliver Grant <oliver.grant@grant-it.example>", "Planned maintenance on Saturday?",
  "maintenance_question", "retro arcade hire; maintenance question",
  """I see a banner about maintenance on Saturday night. Will the booking site be unavailable the whole night? I was going to book late on. Oliver
""")

m("Hannah Clay <hannah.clay@clay-kitchen.example>", "Re: Your Fire Club box is on its way",
  "quoted_threat", "hot sauce subscription; reply to company newsletter with quoted old complaint",
  """That's great, thank you. The new sauce line-up sounds good.

-----Original Message-----
From: Fire Club <hello@fireclub-mock.example>
Sent: 03 June 2024 08:15
To: Hannah Clay
Subject: Your Fire Club box is on its way

Hi Hannah, as requested we've refunded last month's double charge. Your next box is on its way!

-----Original Message-----
From: Hannah Clay
Sent: 28 May 2024 21:40
I've been charged twice, this is absolutely unacceptable, I want to speak to a manager NOW.
""")

m("Keith Noble <keith.noble@noble-farm.example>", "Is my card data safe with you?",
  "security_question", "farm stay; data safety question",
  """Before I put my card details into the booking form - is it stored by you or by the payment provider? Just being careful after that thing with another travel site. Keith
""")

m("Lorna Byrne <lorna.byrne@byrne-events.example>", "Sharpening prices",
  "price_question", "ice hockey sharpening; price question",
  """Hi, what do you charge for a flat-bottom V sharpening, and do you do a team rate for 20 pairs? Lorna (team manager, Dunholme U14s)
""")

m("Victor Hale <victor.hale@hale-acoustic.example>", "I promise to pay next week",
  "future_promise", "piano roll restorer; customer promises payment",
  """Hi, sorry the final balance for the rolls is late. I promise to pay it by next Friday, I'm just waiting for a transfer to clear. Thanks for your patience, Victor
""")

m("Mandy Cross <mandy.cross@cross-home.example>", "Lovely kite - feature already there!",
  "feature_exists", "kite shop; thought feature missing but found it",
  """I was going to ask if you could add a wind-speed filter to the shop, then I found it under "more filters". Ignore me! Ordered the delta. Mandy
""")

m("Greg Ives <greg.ives@ives-law.example>", "Terms for school booking",
  "terms_question", "escape room trailer; question about contract terms, legally binding",
  """Hello, is the online booking confirmation legally binding, or do we sign a separate contract for the trailer? Our bursar likes to know. Thanks, Greg
""")

m("Abi Lowe <abi.lowe@lowe-charity.example>", "Donating stock to your online charity shop",
  "praise", "charity shop online; donation question",
  """Hello, we're clearing my late mother's house and have about thirty boxes of books and china. Can your online shop take them, and do you collect? You did a lovely job with the last lot from my aunt.
Abi
""")

m("Trevor Haines <trevor.haines@haines-mail.example>", "Re: FW: the convention thing",
  "quoted_threat", "soap opera convention; Outlook header block with threats below",
  """Yes please, two tickets for Sunday only.

Trevor

________________________________
From: Sudsfest Tickets <tickets@sudsfest-mock.example>
Sent: Tuesday, 7 May 2024 14:22
To: Trevor Haines
Subject: RE: FW: the convention thing

Dear Trevor, Sunday tickets are now available again.

________________________________
From: Trevor Haines
Sent: Monday, 6 May 2024 19:03
Subject: FW: the convention thing

This is the third time I've asked and your CEO will be hearing from me. Cancelled my Saturday, I want a refund.
""")

m("Lydia Shore <lydia.shore@shore-art.example>", "would be nice to know",
  "hypothetical", "beekeeping course; 'if the bees swarmed' hypothetical",
  """Hi! What happens if a pupil gets stung and turns out to be allergic - do the instructors carry an epipen? Just the parents asking, no one has been stung yet. Lydia
""")

m("Simon Ferris <simon.ferris@ferris-co.example>", "Head of Legal - speaker invitation",
  "legal_role_signature", "soap opera convention; Head of Legal signature, neutral",
  """Dear organisers,

I'm a lifelong fan and happen to work in media law. Would you be interested in a short talk on how soap storylines get past the lawyers? Happy to do it free.

Simon Ferris
Head of Legal, Ferris Broadcasting
""")

m("Penny Hood <penny.hood@hood-home.example>", "Lovely pianola roll",
  "praise", "piano roll restorer; praise, 'crashing' in music sense",
  """The restored Rachmaninoff roll arrived and it sounds glorious - the crashing chords in the prelude nearly knocked my husband off his chair. Thank you for the care you took.
Penny
""")
