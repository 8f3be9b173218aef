# English customer hard negatives (no trigger in the customer's own new words).
from spec import M

MESSAGES = [

M("en", "-", "job_title", "-",
  "Rachel Dunmore <rachel.dunmore@wyvernsc.example>",
  "Group booking for our club - Competent Crew",
  """\
Hello,

I'm the events manager for Wyvern Sailing Club and we'd like to book a
Competent Crew course for eight members, ideally the second week of July.
Could you let me know dates and the group price?

Many thanks,
Rachel Dunmore
Events Manager, Wyvern SC
"""),

M("en", "-", "job_title", "Head of Legal signature is not a threat",
  "Imogen Tarrant <imogen.tarrant@tarnbrook.example>",
  "Tile samples for our new office",
  """\
Hi,

Could you send cut samples of the Lisbon terrazzo in grey and in sand to the
address below? We're choosing finishes for our new office kitchen.

Thank you,

Imogen Tarrant
Head of Legal
Tarnbrook Holdings Ltd
2 Chandlers Yard, Bristol
"""),

M("en", "-", "account_manager", "existing account manager role, no request to escalate",
  "Colin Ashby <colin.ashby@fernhillhomes.example>",
  "Delivery date for towers at Plot 14",
  """\
Morning,

Our account manager, Priya, mentioned you might be able to bring the two
mobile towers for Plot 14 forward to Wednesday. Could you confirm either way
so I can let the roofers know?

Cheers,
Colin
"""),

M("en", "-", "quoted_threat,closing_reply",
  "the threat is only in the quoted earlier message",
  "Louise Carver <louise.carver@hallowfield.test>",
  "Re: Pillow top mattress - order 300-2231",
  """\
Hi Tom,

The replacement arrived this morning and it's perfect, no dip at all.
Please ignore my last email, I was having a bad week. Thanks for sorting it.

Louise

On Mon, 17 Feb 2025 at 21:48, Louise Carver <louise.carver@hallowfield.test> wrote:
> This is ridiculous. The mattress has a trench down the middle after six
> weeks. If you don't replace it I'm taking you to the small claims court
> and I'll be leaving reviews everywhere I can find.
"""),

M("en", "-", "quoted_threat", "threats only in '>' lines of the earlier mail",
  "Barnaby Crewe <barnaby.crewe@stonewick.example>",
  "Re: Re: permit renewal",
  """\
> > I have written twice already and nobody replies. I want a supervisor
> > to call me, and if my permit isn't reissued I'll report you to the
> > Environment Agency.
>
> Dear Mr Crewe, we apologise - your permit was reissued this morning and
> should be in your app now.

Got it, it's showing. Cheers.

> Could you confirm you can see it?

Yes, confirmed.

Barnaby
"""),

M("en", "-", "quoted_threat,closing_reply", "Outlook header block quote",
  "Sunita Raghavan <sunita.raghavan@elmstead.example>",
  "RE: Refund - cancelled sunset sail",
  """\
Hi Josh,

Refund received today, thank you. All good.

Sunita

________________________________
From: Sunita Raghavan <sunita.raghavan@elmstead.example>
Sent: 02 February 2025 19:14
To: support@example.test
Subject: Refund - cancelled sunset sail

I've now been waiting five weeks for the £180 refund you promised. This is
the third time I've asked. If it isn't paid this week I'll be speaking to a
solicitor.
"""),

M("en", "-", "quoted_threat", "quote rendered as HTML blockquote",
  "Marcus Ellery <marcus.ellery@brightwell.test>",
  "Re: Anti-cheat ban appeal",
  """\
Thanks for looking again, the ban's gone and I'm back in the ladder. Much
appreciated, genuinely.

On 28 Jan 2025, at 23:02, Marcus Ellery <marcus.ellery@brightwell.test> wrote:

> This is the worst support I have ever had. You banned me for nothing and
> nobody will tell me why. I want to speak to whoever runs this platform.
""", pack="alt"),

M("en", "-", "forwarded_complaint", "forwarded end-customer complaint; own words neutral",
  "Kirsty Brannagh <kirsty@hollyhockprints.example>",
  "Fwd: Where is my order??",
  """\
Hi, could you tell me the tracking number for the order below (my shop ref
#5512)? The customer says it hasn't arrived - just want to give her an
update. Thanks! Kirsty

---------- Forwarded message ---------
From: D. Oduya <d.oduya@leafmail.example>
Date: Wed, 19 Feb 2025 at 08:31
Subject: Where is my order??
To: <hello@hollyhockprints.example>

Ordered a tote bag THREE weeks ago. This is a joke. If it isn't here by
Friday I'm reporting you to trading standards and doing a chargeback.
"""),

M("en", "-", "forwarded_article", "forwarded news article mentions fire and lawsuits",
  "Gerald Pinnock <gerald.pinnock@orchardrise.example>",
  "Fwd: Cruise ship fire - is this our ship?",
  """\
Hello,

My sister sent me the article below. We're booked on the Ocean Lark in
September - is this the same ship? Just curious, not worried.

Gerald

-------- Forwarded Message --------
Subject: Cruise ship fire
Date: Sat, 15 Feb 2025 10:12:40 +0000
From: Ann Pinnock <ann.pinnock@orchardrise.example>

"A small fire broke out in the engine room of the cruise ship Ocean Lark
off the coast of Madeira on Thursday. Passengers were asked to gather at
muster stations for two hours. No injuries were reported. A passenger group
has said it is considering legal action over the disruption."
"""),

M("en", "-", "disclaimer", "legal disclaimer in the signature",
  "Theo Marchetti <theo.marchetti@marchettiwealth.example>",
  "Brochure for 2026 world cruise",
  """\
Good afternoon,

Please could you post me a brochure for the 2026 world cruise?

Theo Marchetti

--
Marchetti Wealth Partners LLP
This email and any attachments are confidential and may be legally
privileged. If you are not the intended recipient, any use, disclosure or
copying is prohibited and may be unlawful; please notify the sender and
delete it. Unauthorised access to this mailbox may result in legal action.
We accept no liability for viruses or data loss arising from this email.
"""),

M("en", "-", "negation", "-",
  "Bethan Rowlands <bethan.rowlands@glanrafon.test>",
  "Moving my lesson",
  """\
Hi,

I'm not going to cancel, don't worry! I just need to move my Saturday
lesson (booking KS-3310) to the Sunday if there's space, as we've got a
family thing.

Diolch,
Bethan
"""),

M("en", "-", "negation", "-",
  "Frank Oduya <frank.oduya@northshore.example>",
  "Ignore my earlier mail - my mistake",
  """\
Hi, no need to escalate this or anything - it was my mistake, I'd typed my
email address wrong when I registered, which is why the reset never
arrived. Fixed now. Sorry for the bother!

Frank
"""),

M("en", "-", "negation,closing_reply", "-",
  "Ewa Kaczmarek <ewa.kaczmarek@wildplum.test>",
  "Ticket 5567 can be closed",
  """\
Hello,

Just to let you know you can close ticket 5567. We didn't lose any data in
the end - the recipes were all still there once I signed in with the right
account (I had two, silly me).

Ewa
"""),

M("en", "-", "policy_question", "-",
  "Howard Finlay <howard.finlay@crestmoor.example>",
  "Cancellation policy - weather",
  """\
Hello,

What's your refund policy if a sailing is cancelled or a port is skipped
because of the weather? We're looking at the Iceland itinerary for next
year and want to understand it before booking.

Howard Finlay
"""),

M("en", "-", "cancel_procedure", "neutral procedural cancellation, no dissatisfaction",
  "Amy Sutcliffe <amy.sutcliffe@larkbeck.test>",
  "Cancel order 300-6120 (wrong size)",
  """\
Hi, how do I cancel order 300-6120? I ordered a single instead of a double.
I'll just place a new one for the double. Thanks! Amy
"""),

M("en", "-", "hypothetical", "-",
  "Kenneth Moyo <kenneth.moyo@riverbend.example>",
  "Guarantee question",
  """\
Hello,

If the springs in the Hollowell ever went, would the 10-year guarantee
cover a replacement, or only a repair? Trying to decide between that and
the foam one.

Kenneth
"""),

M("en", "-", "hypothetical", "-",
  "Serena Cattermole <serena.cattermole@bellhouse.example>",
  "Livery contract - notice period",
  """\
Hi Jo,

Before we sign: if we decided to leave after the first year, how much notice
would we need to give, and would there be any penalty? Not planning to, just
reading the contract properly!

Serena
"""),

M("en", "-", "feature_exists_question", "-",
  "Adrian Holt <adrian.holt@fellside.test>",
  "Export meditation history?",
  """\
Hi, can I export my session history to CSV? I'd like to put it in a
spreadsheet for my own tracking. Thanks, Adrian
"""),

M("en", "-", "feature_exists_question", "-",
  "Nkechi Obi <nkechi.obi@palmgrove.example>",
  "Apple Health",
  """\
Does the app write mindful minutes to Apple Health? I couldn't see it in
settings.
"""),

M("en", "-", "mild_disappointment", "-",
  "Gillian Harcourt <gillian.harcourt@seafield.test>",
  "Sunset sail feedback",
  """\
Hi,

We did the sunset sail on Friday. I was a little disappointed that it was
closer to an hour than the 90 minutes advertised, but the skipper was
lovely and the kids loved helming. Just for your feedback.

Gillian
"""),

M("en", "-", "mild_disappointment", "-",
  "Robbie Sinclair <robbie.sinclair@kirkbrae.example>",
  "Samples",
  """\
Got the samples, thanks. Bit of a shame they're only 10cm squares, hard to
picture a 1200mm tile from that, but the colour looks right. Do you have a
showroom in Edinburgh?

Robbie
"""),

M("en", "-", "reported_speech", "neighbour's threat is reported, not adopted",
  "Linda Prothero <linda.prothero@millbrook.example>",
  "Scaffold quote for chimney",
  """\
Hello,

We need scaffolding round the chimney stack for a repoint. My neighbour said
she'd sue the last firm she used because they cracked her wall, so I'm being
careful - are you insured for damage to neighbouring property?

If so, could someone come and quote next week?

Linda Prothero
"""),

M("en", "-", "reported_speech", "friend's suggestion not adopted",
  "Jamal Whitaker <jamal.whitaker@dunesend.test>",
  "Pressure fermenter restock",
  """\
my mate reckons i should report you to trading standards because the 30L
fermenter has been out of stock for a month lol. honestly i just want to
know when it's back. cheers
"""),

M("en", "-", "own_ceo", "the customer's own CEO",
  "Priyanka Dass <priyanka.dass@hollisterandco.example>",
  "Team day for 40 people",
  """\
Hi,

Our CEO wants the team-building day booked before the end of the quarter.
We'd be about 40 people, mixed ages and fitness. Could you send available
weekday dates in June and a group price for a 2-hour session plus the party
room?

Thanks,
Priyanka Dass
Office Manager, Hollister & Co
"""),

M("en", "-", "own_boss", "the customer's own managing director",
  "Ben Arkwright <ben.arkwright@arkwrightjoinery.example>",
  "Scaffold quote - 9 Tanner Street",
  """\
Hi,

My boss (our MD, Dave) has asked me to get a price for scaffolding the front
elevation of 9 Tanner Street, two storeys, about 11m wide, for roughly six
weeks from mid-May. Drawings attached.

Ben
""", attach="tanner_st_elevation.pdf"),

M("en", "-", "large_amount_no_problem", "-",
  "Fiona Lambe <fiona.lambe@harbourhotels.example>",
  "Hotel refurbishment order - lead time",
  """\
Hello,

We'd like to place an order for approximately £18,400 of the Marlowe
porcelain (about 640m²) for a hotel refurbishment. Could you confirm current
lead time and whether you accept payment by bank transfer on a pro-forma?
Our schedule of areas is attached.

Kind regards,
Fiona Lambe
Procurement, Harbour Hotels
""", attach="schedule_of_areas.pdf"),

M("en", "-", "large_amount_no_problem", "-",
  "Clive Ormerod <clive.ormerod@highpeak.test>",
  "Balance payment - world cruise",
  """\
Dear team,

I've paid the £9,800 balance for our 2026 world cruise (booking OL-80114)
by bank transfer this morning. Could you confirm when it's been received?

Thank you,
Clive Ormerod
"""),

M("en", "-", "exactly_5000", "invoice of exactly 5,000 and no disputed charge",
  "Sharon Bellamy <sharon.bellamy@bellamybuild.example>",
  "Invoice CH-8120 - PO number",
  """\
Hi,

Thanks for invoice CH-8120 for £5,000.00 for the crane hire last week. Our
accounts system needs our PO number on it (PO-22871) before it can be paid -
could you reissue it with that added?

Sharon
Accounts, Bellamy Build
"""),

M("en", "-", "exactly_5000", "-",
  "Dale Whitfield <dale.whitfield@porthcove.example>",
  "Charter deposit",
  """\
Hello, I've sent the $5,000 deposit for the skippered charter week in
August. Just checking it arrived OK. Thanks, Dale
"""),

M("en", "-", "second_email", "second contact, no frustration",
  "Harriet Bowes <harriet.bowes@foxholes.test>",
  "Stabling in November?",
  """\
Hi there,

This is my second email - I just wanted to check my message from last week
reached you, as I wasn't sure the website form had sent. Do you have a
DIY stable free from November for a 15.2 cob?

Thanks,
Harriet
"""),

M("en", "-", "praise", "-",
  "Ian Tregarthen <ian.tregarthen@tregarthen.example>",
  "Thank you to your fitters",
  """\
Just wanted to say the two lads who fitted our windows on Thursday were
brilliant. Tidy, polite, and they even hoovered up. Please pass it on.

Ian
"""),

M("en", "-", "praise", "-",
  "Elspeth Monro <elspeth.monro@glenshee.test>",
  "My father's watch",
  """\
Dear all,

My father's watch came back this morning running beautifully, and the
little note explaining what you'd done was a lovely touch. Thank you.

Elspeth Monro
"""),

M("en", "-", "how_to", "-",
  "Naomi Fairclough <naomi.fairclough@pennine.example>",
  "Adding a second horse",
  """\
Hi, how do I add a second horse to my account in the app? I can only see
the one profile. Thanks, Naomi
"""),

M("en", "-", "how_to", "-",
  "Marcus Trent <marcus@trentandsonsapparel.test>",
  "Automatic fulfilment for new products",
  """\
Hey, how do I set it up so that new products I add to my store are
automatically set to "fulfil via you"? At the moment I have to tick each one.
Cheers, Marcus
"""),

M("en", "-", "data_safety_question", "'safe' as in data safety",
  "Pauline Gregson <pauline.gregson@ashbourne.example>",
  "Is my card safe with you?",
  """\
Hello,

Before I save my card on your site - is my card data safe with you? Do you
store the full number yourselves or does it go through a payment provider?

Pauline
"""),

M("en", "-", "twofa_question", "-",
  "Rhys Vaughan <rhys.vaughan@cardenvale.test>",
  "2FA for team accounts",
  """\
Hi, how do I turn on two-factor authentication for our team account? We
want all five players to have it before the season starts. Cheers, Rhys
"""),

M("en", "-", "gdpr_document_request,job_title",
  "DPA request and compliance officer title",
  "Moira Fenwick <moira.fenwick@castellan-events.example>",
  "DPA and GDPR compliance",
  """\
Hello,

Our compliance officer needs a copy of your data processing agreement and
written confirmation that your platform is GDPR compliant before we run our
corporate tournament on it. Could you send both?

Best regards,
Moira Fenwick
Operations Director, Castellan Events
"""),

M("en", "-", "security_questionnaire", "-",
  "Hannah Lockwood <hannah.lockwood@veritashealth.example>",
  "Supplier security questionnaire",
  """\
Dear support team,

As part of onboarding you as a supplier for our staff wellbeing programme,
please complete the attached security questionnaire and return it by the
end of the month.

Kind regards,
Hannah Lockwood
Vendor Assurance
""", attach="security_questionnaire.pdf"),

M("en", "-", "maintenance_question", "-",
  "Owen Pritchard <owen.pritchard@bryncoch.test>",
  "Maintenance on Sunday night",
  """\
Hi, will the booking site be down during the maintenance window on Sunday
night? I need to book the 26th and don't want to get caught halfway
through. Thanks, Owen
"""),

M("en", "-", "sla_question", "policy question about outages",
  "Tariq Hussain <tariq.hussain@apexleague.example>",
  "SLA for tournament servers",
  """\
Hello,

Do you offer an SLA for outages on the organiser plans? Our sponsors are
asking what uptime we can promise for the spring season.

Tariq Hussain
Apex League
"""),

M("en", "-", "closing_reply", "-",
  "Diane Kettleborough <diane.k@woodhouse.example>",
  "Re: Invoice 22-1044",
  """\
The corrected invoice arrived and is paid, thanks. Have a good weekend.

Diane
"""),

M("en", "-", "closing_reply", "past problem now fixed",
  "Carl Ebbrell <carl.ebbrell@fellgate.test>",
  "Re: app login",
  """\
All sorted now - the app is working again after this morning's update.
Thanks for your help, Carl
"""),

M("en", "-", "job_title", "-",
  "Josephine Harker <josephine.harker@bluewaterschool.example>",
  "Partnership enquiry",
  """\
Hello,

I'm the director of a small dinghy sailing school on the south coast and
I'd love to talk about referring our students on to your yacht courses.
Is there a partnerships contact I should speak to?

Best,
Josephine Harker
Director, Bluewater Dinghy School
"""),

M("en", "-", "legal_term_question", "'legally binding' in a contract question",
  "Anil Varma <anil.varma@cedarhouse.example>",
  "Is the quote binding?",
  """\
Hello,

Once I sign the quote for the windows, is it legally binding straight away,
or is there a cooling-off period? Just want to understand before I commit.

Anil
"""),

M("en", "-", "safety_word", "safety question, no danger reported",
  "Becky Shore <becky.shore@cloverlea.test>",
  "Toddler sessions",
  """\
Hi! What safety measures do you have for the under-5s sessions? My little
one is 3 and I want to check there's a separate area from the big kids.
Thanks, Becky
"""),

M("en", "-", "password_manager", "'manager' in password manager",
  "Lukas Brandt <lukas.brandt@tallgrass.example>",
  "Password manager autofill",
  """\
Hello, does your login page support password managers? Mine offers to save
the password but I want to check it's fine to use one with your site.
Thanks, Lukas
"""),

M("en", "-", "name_contains_trigger_word", "team name contains trigger words",
  "Zach Ferreira <zach.ferreira@lowtide.test>",
  "Team name capitalisation - 'Legal Threat'",
  """\
hey, our team is literally called "Legal Threat" (long story) and the
bracket shows it as "legal threat" in lower case. could you make it capital
L and T? not urgent. cheers
"""),

M("en", "-", "quoted_threat", "earlier threats quoted under the new text",
  "Olwen Pritchard <olwen.pritchard@cwmdu.example>",
  "Re: Meeting about the foam pit",
  """\
Thanks Sarah, Thursday at 10 is perfect. See you then.

Sent from my iPhone

> On 22 Jan 2025, at 10:04, Sarah <support@example.test> wrote:
>
> Dear Ms Pritchard, I'm sorry for the delay. Could we meet at the park on
> Thursday to go through what happened?
>
>> On 21 Jan 2025, at 19:51, Olwen Pritchard wrote:
>>
>> My daughter broke her ankle on your foam pit and nobody called an
>> ambulance. I have contacted the local paper and my solicitor.
"""),

M("en", "-", "mild_disappointment", "-",
  "Raymond Ashworth <raymond.ashworth@beechfield.example>",
  "Feedback on our cruise",
  """\
Not the best trip we've had with you, the cabin was a bit smaller than the
photos suggested and the show lounge was always full. But the crew were
friendly and we'll likely sail again next year.

Raymond Ashworth
"""),

M("en", "-", "name_sue", "'Sue' is a name",
  "Graham Lumb <graham.lumb@harrogatehomes.test>",
  "Thanks to Sue",
  """\
Hi,

Sue at your Harrogate branch was really helpful choosing the mattress for
my mum. Please could she give me a ring about the delivery date? 555-0162.

Graham
"""),

M("en", "-", "cancel_procedure", "unsubscribe request, no dissatisfaction",
  "Ursula Penhaligon <ursula.penhaligon@trelawne.example>",
  "Newsletter",
  """\
Hello, please could you take me off the newsletter mailing list? I've moved
away from the coast so the tide-times emails aren't much use now. Thank you
for all the lovely lessons over the years! Ursula
"""),

]
