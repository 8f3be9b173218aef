# heldout13: English customer mail without any trigger (hard negatives).
# Every text below is hand-written; nothing is assembled from slots.


def m(k, trap, subj, name, addr, body, note="-", **kw):
    d = dict(k=k, lang="en", trig="-", subj=subj, name=name, addr=addr,
             body=body, trap=trap, note=note)
    d.update(kw)
    return d


MSGS = [

m("enn001", "job_title",
  "second delivery address for our account", "Wendy Carrick", "wendy.carrick@ashgrove-joinery.example",
  """Hi,

I'm the office manager at Ashgrove Joinery and I look after our PPE orders. We've opened a second workshop and I'd like deliveries for some orders to go there instead.

Can I add a second delivery address to our trade account myself, or do you need to do it? New address: Unit 7, Pennine Trade Park, Brighouse HD6 4QT.

Thanks,
Wendy Carrick
Office Manager, Ashgrove Joinery"""),

m("enn002", "job_title",
  "Quote for a coach to our staff conference", "Harriet Okoro", "h.okoro@marlowe-group.example",
  """Good morning,

Could you quote for a 57-seat coach from Leeds station to the Brockhurst Hotel and back on 15 May, for a staff conference? Pick-up 8.30, return around 17.00. We would also like a second pick-up at the Wakefield office if possible.

Kind regards,

Harriet Okoro
Head of Legal
Marlowe Group plc
Direct line 0113 555 0162""", note="Head of Legal signature is a job title"),

m("enn003", "job_title",
  "Could you resend the quote?", "Bilal Chaudhry", "bilal.chaudhry@chaudhry-garages.example",
  """Hi there, our account manager Sarah sent over a quote last Thursday for the workshop lifts and the spare filters, but I think it went to my old address. Could you resend it to this one? Thanks, Bilal""",
  note="'account manager' as an existing role"),

m("enn004", "job_title,praise",
  "Thank you from the team at Corran Homes", "Duncan Corran", "duncan@corran-homes.example",
  """Dear all,

Just a short note to say thank you. Your crew kept the access road to our Dunmore Park site clear through the whole cold spell last week, often before our first trades arrived at 6.30. It made a real difference to the programme.

Please pass our thanks to the drivers.

Best regards,
Duncan Corran
Managing Director
Corran Homes Ltd"""),

m("enn005", "quoted_threat,closing_reply",
  "Re: Damage charge on rental PP-20533", "Moira Sutherland", "moira.sutherland@mail.example",
  """Thanks Anja, I can see the refund on my card this morning. That's all sorted as far as I'm concerned, you can close it.

Moira

On Tue, 4 Mar 2025 at 18:02, Moira Sutherland <moira.sutherland@mail.example> wrote:
> I have told you three times now that the skis were returned without
> damage. If the 220 EUR is not refunded by Friday I will take this to
> small claims and leave a review on every site I can find. I am
> absolutely furious about the way this has been handled.
>
> Moira Sutherland""", note="only the quoted earlier mail carries triggers"),

m("enn006", "quoted_threat",
  "RE: Fitting appointment", "Natalie Brookfield", "natalie.brookfield@outlook.example",
  """Hi Jo,

Wednesday at 2pm works for me, see you then. I'll bring the shoes.

Natalie

________________________________
From: Natalie Brookfield <natalie.brookfield@outlook.example>
Sent: 17 March 2025 21:40
To: Stitch & Veil <support@example.test>
Subject: Fitting appointment

I want to speak to the manager of the studio about my last fitting. I have now rung four times and been promised a callback twice. If this isn't sorted I will cancel and take the dress elsewhere.""",
  note="Outlook From/Sent block; the new text only confirms an appointment"),

m("enn007", "quoted_threat,praise",
  "Re: Saturday's trip", "Geoff Pellow", "geoff.pellow@mail.example",
  """> If the same driver turns up again we will be taking our business
> elsewhere, and I will be writing to your managing director.

Well, I'm glad to say it was a different driver on Saturday, a lovely chap called Ray, who helped all our older members on and off and even found us a better café stop. Our group had a lovely day.

We'll be in touch about the Christmas lights trip.

Geoff Pellow
Trowbridge Ramblers"""),

m("enn008", "quoted_threat",
  "Re: Portal login", "Lena Haverford", "lena.haverford@flatmail.example",
  """Hi,

Just confirming the portal is working again on my side and my repair request went through. Thanks for the quick fix.

Lena

On 6 May 2025, at 22:11, Lena Haverford <lena.haverford@flatmail.example> wrote:
> The portal has been completely down all evening, nobody in the building
> can log in, and our boiler has packed up. This is the third time I've
> written today. I want this escalated to someone senior right now.""", pk="html",
  note="HTML-only; the earlier outage/escalation text is inside <blockquote type=cite>"),

m("enn009", "forwarded_complaint",
  "Fwd: Complaint - lawsuit threat", "Roberto Vance", "roberto.vance@vance-autoservice.example",
  """Hi,

Forwarding the mail below from one of my workshop customers, just so you have the background. All I need from you is the batch number and production date for the brake discs on order 55-11873 so I can answer him. The discs themselves are fine as far as I can see.

Thanks
Roberto

---------- Forwarded message ---------
From: Kevin Marsh <kev.marsh@mail.example>
Date: Mon, 10 Feb 2025 at 19:22
Subject: Complaint - lawsuit threat
To: Vance Autoservice <info@vance-autoservice.example>

Your garage fitted discs that squeal like a pig. I want my money back or my lawyer will be in touch. Worst garage in the county.""",
  note="forwarded subject and forwarded text do not count; the customer only asks for batch data"),

m("enn010", "forwarded_article",
  "Fwd: Battery fires - article from this morning's paper", "Celia Northcott", "celia.northcott@homemail.example",
  """Hello,

My brother sent me this article, which I'm passing on because I thought you might want to know what is being written about the industry. Our system from you (installed 2024) has been fine, no complaints at all, so this is purely for your information.

Celia

-------- Forwarded Message --------
Subject: Battery fires - article from this morning's paper
Date: Sun, 2 Feb 2025 08:14:51 +0000
From: Alan Northcott <alan.northcott@mail.example>

"HOME BATTERY BLAZE: Family escapes as garage unit catches fire" - Fire crews were called to a house in Stapleford after a home battery overheated and filled a garage with smoke. The homeowners said they had contacted the installer several times and were considering legal action. Trading standards said it was aware of the incident.""",
  note="forwarded news article; the customer's own system is fine"),

m("enn011", "disclaimer",
  "Copy of delivery note for order 30412", "Hannah Devlin", "h.devlin@devlin-scaffolding.example",
  """Hi,

Could you please send a copy of the delivery note for order 30412 (earplugs and gloves)? Our stores team has mislaid it.

Many thanks,
Hannah Devlin
Accounts

This message is confidential and may be legally privileged. If you are not the intended recipient, you must not copy, disclose or act on it; please notify the sender and delete it. Any unauthorised use may result in legal action. Devlin Scaffolding Ltd does not accept liability for viruses; recipients should carry out their own checks. Registered in England No. 05550123."""),

m("enn012", "negation",
  "driver was a bit late - not a complaint", "Joanne Whitby", "joanne.whitby@mail.example",
  """Hi,

I'm not going to make a fuss or ask to speak to anyone about it, but I thought you'd want to know that the coach for our book club trip on Saturday was about 15 minutes late at the pick-up. The driver apologised and made the time up. Everyone had a nice day.

Jo"""),

m("enn013", "negation",
  "false alarm about the projects!", "Rachel Obi", "rachel.obi@familymail.example",
  """Hi again,

Please ignore my email from last night, false alarm! Maya was logged into her school account instead of the camp one. Logged in with the right one and both projects are there, nothing was lost at all.

Sorry for the panic and thank you,
Rachel""", note="same sender as a positive; explicitly nothing lost"),

m("enn014", "policy_question",
  "what happens if the festival is cancelled?", "Zara Whitlock", "zara.whitlock@inbox.example",
  """Hi, thinking of buying 2 weekend tickets + camping. What's your refund policy if the festival gets cancelled for bad weather, and is the booking fee refunded too? Thanks"""),

m("enn015", "policy_question",
  "cancel order 4471 - wrong size", "Ian Mulholland", "ian.mulholland@mail.example",
  """Hello, how do I cancel order 4471? I ordered the safety boots in size 10 and I need a 9. Haven't been dispatched yet I think. Cheers, Ian""",
  note="neutral procedural cancellation, no dissatisfaction"),

m("enn016", "hypothetical",
  "Notice period for the gritting contract", "Patricia Nwosu", "patricia.nwosu@rosebank-care.example",
  """Dear ClearPath,

We are very happy with this winter so far. For our budget planning: if we decided not to continue next year, how much notice would we need to give, and by what date?

Kind regards,
Patricia Nwosu
Rosebank Care Home"""),

m("enn017", "feature_exists",
  "CSV export?", "Leo Sandoval", "leo.sandoval@mail.example",
  """Quick one: can I export my repayment history from the portal as a CSV or Excel file? My accountant is asking."""),

m("enn018", "feature_exists",
  "Apple Wallet", "Mia Tennant", "mia.tennant@inbox.example",
  """Hiya, do the festival tickets work with Apple Wallet or do I have to use your app? x"""),

m("enn019", "mild_disappointment",
  "Camping feedback", "Owen Fairclough", "owen.fairclough@mail.example",
  """Hi,

We've just got back from Hollowmere, had a great weekend. Only small thing: I was a little disappointed that the family camping field was further from the main arena than the map made it look, it's quite a walk with a four-year-old. Maybe worth redrawing the map for next year.

Otherwise brilliant, see you in 2026.

Owen"""),

m("enn020", "reported_speech",
  "VAT on invoice 2291", "Shona Grieve", "shona.grieve@grieve-vets.example",
  """Hello,

Quick question about invoice 2291 for the carpet clean at our surgery. My business partner reckons we should report you to trading standards because "cleaners always hide the VAT", but I think he's just grumpy this week. Could you tell me whether the £420 includes VAT, and send a VAT receipt?

Thanks,
Shona""", note="partner's suggestion is not adopted"),

m("enn021", "own_ceo",
  "Delivery note for the 40 laptops", "Ewan Blackwood", "ewan.blackwood@tidewater-analytics.example",
  """Hi,

Our CEO needs the delivery note and serial number list for the 40 refurbished laptops we received last week (PO 2207) for the board pack on Thursday. Could you send them over as PDF?

Everything arrived in good order.

Thanks,
Ewan"""),

m("enn022", "large_amount",
  "Quote for 120 laptops", "Sarah Linklater", "s.linklater@halden-college.example",
  """Hello,

We're refreshing the student laptops at Halden College and would like a quote for 120 refurbished 14" business laptops, Grade A, 16 GB RAM, with 3 years' warranty. Our budget is roughly $60,000 including delivery. Delivery needed by the end of August.

Could you also tell me if you offer an education discount?

Sarah Linklater
IT Services"""),

m("enn023", "exactly_5000",
  "PO number missing on invoice INV-8830", "Ravi Subramanian", "ravi.subramanian@kestrel-build.example",
  """Hi,

Invoice INV-8830 for the annual gritting contract (GBP 5,000.00 exactly) came through without our purchase order number on it, so our finance system won't accept it. Could you reissue it with PO 4500019876? The invoice as received is attached.

The amount itself is correct.

Thanks,
Ravi""", att=("pdf", "INV-8830.pdf")),

m("enn024", "second_email",
  "T-shirt size (second email)", "Bethan Lloyd", "bethan.lloyd@familymail.example",
  """Hi, this is my second email about this, no rush at all, just checking the first one got through: could you change Osian's camp T-shirt size from 7-8 to 9-10? Thanks so much! Bethan"""),

m("enn025", "praise",
  "Ahmed was brilliant", "Josephine Adair", "josephine.adair@homemail.example",
  """Hello,

Just wanted to say your technician Ahmed did a fantastic job on our hallway carpet yesterday. He got out a red wine stain I'd given up on years ago, and was really careful with the cat. Please tell him thank you.

Josephine"""),

m("enn026", "how_to",
  "transfer ticket to a friend", "Callum Reid", "callum.reid@inbox.example",
  """How do I transfer one of my 2 weekend tickets to my mate? He's got his own account. Cheers"""),

m("enn027", "data_safety",
  "Where is my data stored?", "Agnes Ferreira", "agnes.ferreira@mail.example",
  """Hello,

Before I use the language exchange app with my 16-year-old, could you tell me where the conversations and voice messages are stored, and whether they are encrypted? Is my daughter's data safe with you?

Agnes Ferreira"""),

m("enn028", "two_factor",
  "2FA for the tenant portal", "Marcus Lee", "marcus.lee@flatmail.example",
  """Hi, how do I switch on two-factor authentication for my tenant portal account? I can't see it in settings. Thanks, Marcus"""),

m("enn029", "gdpr_document",
  "Data processing agreement", "Katrin Voss", "katrin.voss@oakridge-schools.example",
  """Dear ByteSized Camps,

Our trust is considering your after-school coding clubs for three primary schools. For our procurement file, could you send us your data processing agreement, your privacy notice for children, and confirmation of where the learning platform is hosted?

Kind regards,
Katrin Voss
Data Protection Officer, Oakridge Schools Trust""", note="DPO job title; a DPA request is not regulatory"),

m("enn030", "maintenance_question",
  "Sunday maintenance - can I still pay?", "Jonah Whitaker", "jonah.whitaker@mail.example",
  """Hi,

I saw the banner saying the portal will be down for planned maintenance on Sunday 2am-6am. My payment date is that Sunday. Will the automatic payment still go through, or should I pay on Saturday to be safe?

Jonah"""),

m("enn031", "closing_reply",
  "Re: Booking BW-5120", "Ruth Kaplan", "ruth.kaplan@mail.example",
  """Perfect, thank you Daniel. The new times are fine and the invoice matches now. Nothing else needed from our side.

Best,
Ruth"""),

m("enn032", "security_questionnaire",
  "Security questionnaire for supplier onboarding", "Ahmed Rahimi", "a.rahimi@cobalt-insurance.example",
  """Hello,

We would like to order refurbished monitors and docks from you on an ongoing basis. As part of our supplier onboarding, could you complete the attached security questionnaire (mainly about data wiping standards and certificates)? A copy of your ISO 27001 certificate would also help, if you have one.

Kind regards,
Ahmed Rahimi
Vendor Risk""", att=("pdf", "Supplier_Security_Questionnaire_v3.pdf")),

m("enn033", "policy_question",
  "SLA?", "Tessa Morland", "tessa.morland@morland-homes.example",
  """Do you offer an SLA for response times on the battery monitoring platform? We manage 30 rental homes with your systems and our board likes to see one in writing."""),

m("enn034", "hypothetical",
  "Premium - can I cancel later?", "Arash Tehrani", "arash.tehrani@mail.example",
  """Hi! Thinking about trying Premium. Would I be able to cancel after the first month if I don't use it enough, or is it a 12-month commitment?"""),

m("enn035", "job_title",
  "New user for our account", "Fergus Lamont", "fergus.lamont@lamont-haulage.example",
  """Hello,

Please add Kirsty Baird (kirsty.baird@lamont-haulage.example) as a second user on our parts account, with ordering rights but without access to invoices.

Regards,
Fergus Lamont
Director of Operations
Lamont Haulage"""),

m("enn036", "job_title",
  "Password manager and the portal", "Heidi Rasmussen", "heidi.rasmussen@mail.example",
  """Is it OK to keep my loan portal password in a password manager like the one built into my browser? The FAQ says not to write it down, so I wanted to check. Thanks!""",
  note="'password manager' is not a manager"),

m("enn037", "hypothetical,safety_question",
  "What happens if the battery overheats?", "Clara Beaumont", "clara.beaumont@homemail.example",
  """Hello,

We're thinking of having one of your batteries installed in our utility room. If a battery like that were ever to overheat, what happens: does it shut itself off, and does it alert us in the app? And do you recommend a smoke alarm in the same room?

Clara Beaumont""", note="hypothetical safety question, nothing reported"),

m("enn038", "praise,joke",
  "furious!", "Niamh Brennan", "niamh.brennan@inbox.example",
  """I'm furious I didn't find you three winters ago!! Rented skis and boots from the Main Street shop last week and the boot fitting was the first time my feet haven't hurt on a ski holiday. Thank you Jonas :)""",
  note="joking praise; no anger at the company"),

m("enn039", "large_amount,invoice_copy",
  "Commissioning certificate", "Bernard Flint", "bernard.flint@mail.example",
  """Hello,

We paid the final invoice of £18,500 for the heat store and battery installation last week and everything is working well. Could you send the commissioning certificate and the warranty registration so I can file them with the house documents?

Thank you,
Bernard Flint"""),

m("enn040", "invoice_copy",
  "copy of invoice 3321", "Sadia Akhtar", "sadia.akhtar@mail.example",
  """Hi, could you email me a copy of invoice 3321 for the carpet clean in May? Need it for my landlord. Thanks, Sadia"""),

m("enn041", "reported_speech",
  "was there maintenance yesterday?", "Gareth Lowe", "gareth.lowe@lowe-plumbing.example",
  """Hi, our office manager says the parts site "had a total meltdown" yesterday afternoon, but I ordered at 3pm without any trouble. Was there some planned maintenance I should know about for future?

Gareth""", note="someone else's claim of an outage, contradicted by the customer; office manager is a job title"),

m("enn042", "quoted_threat,closing_reply",
  "RE: Order 40-1987", "Priyanka Sethi", "priyanka.sethi@sethi-facilities.example",
  """Thank you, the replacement earmuffs arrived this morning and the team is happy with them. Consider this closed.

Priyanka

-----Original Message-----
From: Priyanka Sethi
Sent: Friday, March 14, 2025 4:52 PM
To: support@example.test
Subject: Order 40-1987

Half of these earmuffs have cracked headbands straight out of the box. This is the second faulty batch. If you send a third I will cancel our account and report you to the HSE."""),

m("enn043", "maintenance_question",
  "annual service for heat battery", "Dorothy Walsh", "dorothy.walsh@oldmail.example",
  """Dear Sir or Madam,

Does the heat battery you fitted last year need an annual service, and if so do I need to book it or will you contact me? It is working perfectly well, I just want to keep the warranty valid.

Yours sincerely,
Dorothy Walsh"""),

m("enn044", "two_factor",
  "new phone - authenticator codes", "Kai Andersen", "kai.andersen@mail.example",
  """Hello, I got a new phone and didn't move the authenticator app over before wiping the old one. How do I reset two-factor on my loan account so I can set it up again? I still know my password. Thanks"""),

m("enn045", "negation",
  "No need to escalate", "Shanice Hall", "shanice.hall@inbox.example",
  """Hi Tom,

Thanks for offering to pass my query to a supervisor, but honestly there's no need to escalate it. I just wanted to know whether my daughter can bring her own laptop to the coding camp. If yes, great; if not, also fine.

Shanice"""),

m("enn046", "second_email,how_to",
  "Following up - parking pass", "Howard Pinsent", "howard.pinsent@mail.example",
  """Hello again,

Second email from me, in case the first went to spam: how do I add a car parking pass to an order I've already placed? Happy to pay the difference.

Howard"""),

m("enn047", "quoted_threat",
  "Re: Tandemly account", "Emre Kaya", "emre.kaya@mail.example",
  """> > This is ridiculous, I've been locked out for a week and if you don't
> > fix it I'll delete my account and post about it everywhere.
>
> Hi Emre, we have reset your login, please try again.

Worked, thanks! Back in.

Emre""", note="nested > quotes carry the old threats"),

m("enn048", "job_title",
  "Venue contact for wedding fittings", "Georgina Blake", "georgina.blake@blakeweddings.example",
  """Hi Stitch & Veil team,

I'm a wedding planner (Blake Weddings) and two of my brides for June have dresses with you. Would it be possible to have their final fittings on the same afternoon so I can attend both? Brides are Hannah Lister (SV-1301) and Priya Nandra (SV-1317).

Many thanks,
Georgina Blake
Director, Blake Weddings"""),

m("enn049", "support_hours",
  "Phone number for support", "Lionel Ashby", "lionel.ashby@oldmail.example",
  """What is the telephone number for customer support and what hours are you open? I'd rather talk to someone about booking a coach for our bowls club.""",
  note="normal support phone number is not corporate contact"),

m("enn050", "mild_disappointment,feature_exists",
  "Voice calls on the web version?", "Paulina Nowicka", "paulina.nowicka@mail.example",
  """Hi,

Is there a way to do voice calls from the web version of the app, or only from the phone? I was a bit disappointed not to find it on my laptop, but maybe I'm looking in the wrong place.

Paulina"""),

]
