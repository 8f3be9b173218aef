# English customer mail without any trigger (hard negatives). Hand-written, one block per message.

def M(**k):
    return k

MESSAGES = [

M(ind="insulation", frm="Karen Holloway <karen.holloway@brightwell.example>",
  subj="Loft insulation quote for our office",
  trig="", trap="job_title",
  note="office manager signature, normal quote request",
  body="""\
Hi,

We're looking at getting the loft above our office insulated before winter (approx 140 m2, currently about 50 mm of old fibreglass). Could someone come out to measure up and quote? Weekday mornings are best.

Many thanks,
Karen Holloway
Office Manager | Brightwell Accountants
01632 555 019
"""),

M(ind="keyboards", frm="Darren Fitch <darren.fitch@northgatecollege.example>",
  subj="Bulk order for computer lab",
  trig="", trap="job_title",
  note="Manager of IT signature; large order, no problem",
  body="""\
Hello,

We'd like a quote for 45 Vanta TKL keyboards (UK layout, brown switches) and 45 Strix mice for our new esports suite. Rough budget is around £6,000. Do you offer education pricing and a 3-year warranty?

Regards,
Darren Fitch
Manager of IT Services, Northgate College
"""),

M(ind="luthier", frm="Philippa Greaves <philippa.greaves@greaveslaw.example>",
  subj="Barrister needs her ukulele restrung, ha",
  trig="", trap="lawyer_customer_ordering",
  note="lawyer ordering normally; court mentioned; disclaimer",
  body="""\
Hi Rhys,

Could you restring and set up my soprano uke? I'm in court all week so I'd drop it in on Saturday morning if that works. Aquila strings please, the same as last time.

Thanks!
Philippa

Philippa Greaves | Barrister | Greaves Chambers
This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Nothing in this email constitutes legal advice or creates a solicitor-client relationship. We may take legal action against any unauthorised use.
"""),

M(ind="wig", frm="Sir Anthony Blewitt <a.blewitt@innertemple.example>",
  subj="Court wig - re-dressing",
  trig="", trap="lawyer_customer_ordering",
  note="barrister's court wig service; legal vocabulary in innocent role",
  body="""\
Dear Madam,

My horsehair court wig (made by your predecessor firm in 1994) is looking rather tired after thirty years at the Bar and a good deal of rain outside the Crown Court. Do you still offer re-curling and cleaning, and how long would you need it for? I have a trial starting on the 18th so would need it back by then or shortly after.

Yours faithfully,
Anthony Blewitt KC
"""),

M(ind="tea", frm="Lorna Fraser <lorna.fraser@heathermail.example>",
  subj="Re: Your chai box",
  trig="", trap="quoted_threat",
  note="quoted earlier threat with > lines, now resolved",
  body="""\
Thanks Priya, that's lovely, the replacement box came this morning and the cardamom one is gorgeous. All sorted, really appreciate it.

Lorna

On Tue, 8 Oct 2024 at 19:04, Lorna Fraser <lorna.fraser@heathermail.example> wrote:
> Third wrong box in a row. If this isn't sorted I'm cancelling and
> I'll be leaving a review. Absolutely ridiculous.
"""),

M(ind="removals", frm="Marcus Webb <marcus.webb@webbfamily.example>",
  subj="Re: Re: Your move to Perth - inventory",
  trig="", trap="quoted_threat_nested",
  note="nested >> quote carries legal threat; customer's own text neutral",
  body="""\
Hi Jo,

Great, the revised inventory looks right now. Please go ahead and book the packers for the 4th.

Marcus

On 9 Oct 2024, at 11:20, Jo Castellan <jo.castellan@atlasmove.example> wrote:
> Hi Marcus, I've corrected the inventory and removed the duplicate
> piano line. Apologies again for the confusion.
>
> On 8 Oct 2024, at 22:47, Marcus Webb <marcus.webb@webbfamily.example> wrote:
>> You've charged me for two pianos. I own one piano. If this isn't
>> fixed I will be speaking to my solicitor and taking this to court.
"""),

M(ind="bridge", frm="Gillian Royce <gillian.royce@royce-home.example>",
  subj="FW: complaint from a member",
  trig="", trap="forwarded_complaint",
  note="forwarded member's angry mail; own text neutral question",
  body="""\
Hello,

Forwarding below for context only. Our member was upset last week but it's been resolved between us. My actual question: can we change the club's results page so it shows the masterpoint column? Is there a setting for that already?

Gillian Royce
Club Secretary

---------- Forwarded message ---------
From: Harold Pym <harold.pym@pymmail.example>
Date: Sat, 5 Oct 2024 at 21:14
Subject: Disgraceful scoring
To: Gillian Royce <gillian.royce@royce-home.example>

Gillian, this is the THIRD time the scores have been wrong. I'm going to write to the county association and the newspaper. Disgraceful.
"""),

M(ind="carseat", frm="Rachel Oyelaran <rachel.oyelaran@sunnymail.example>",
  subj="Not cancelling - just changing colour",
  trig="", trap="negation",
  note="'not going to cancel'",
  body="""\
Hi! I'm not going to cancel my order for the Vela pram, I still really want it, but could I switch the colour from Sand to Slate before it ships? Order 90124. Thank you!
"""),

M(ind="keyboards", frm="Owen Marsh <owen.marsh@lootmail.example>",
  subj="firmware update went fine",
  trig="", trap="negation",
  note="'didn't lose anything'",
  body="""\
Just a heads up, I was nervous about the 2.4.1 update after reading forum posts but it went fine, didn't lose any of my profiles or macros. Thanks for putting the backup button right in the updater. One q: does the update change the polling rate default?
"""),

M(ind="dance", frm="Tess Okonkwo <tess.okonkwo@twirlmail.example>",
  subj="Cancelling Thursday's class",
  trig="", trap="cancel_single_appointment",
  note="single class cancelled normally",
  body="""\
Hiya, Can I cancel my spot in Thursday's 7pm contemporary class? Work's thrown something at me. Happy to lose the credit if it's too late. See you next week! Tess
"""),

M(ind="trainer", frm="Liam Doherty <liam.doherty@gripmail.example>",
  subj="How do I cancel?",
  trig="", trap="how_to_cancel_policy",
  note="neutral question about cancelling with no dissatisfaction",
  body="""\
Hi, I'm moving abroad for a year in January. How do I cancel my coaching membership, and is there a notice period? I've really enjoyed it and would probably rejoin when I'm back.

Liam
"""),

M(ind="tea", frm="Harriet Blume <harriet.blume@blumemail.example>",
  subj="refund policy",
  trig="", trap="refund_policy_question",
  note="asks refund policy",
  body="""\
Hello, what's your refund policy if I don't like one of the teas in a box? Do you take opened tins back or is it just unopened? Thinking of gifting a subscription to my mum. x
"""),

M(ind="calligraphy", frm="Rowan Tate <rowan.tate@inkpot.example>",
  subj="Data protection paperwork for our school",
  trig="", trap="gdpr_documentation_request",
  note="DPA / GDPR documentation",
  body="""\
Dear team,

I'm the Head of Art at a secondary school and we're thinking of enrolling a class of 25 students in your online lettering course. Our data protection officer needs your data processing agreement and a statement of GDPR compliance before we can sign up. Could you send those over?

Kind regards,
Rowan Tate
"""),

M(ind="archery", frm="Imogen Blake <imogen.blake@quiverpost.example>",
  subj="Is your range wheelchair accessible?",
  trig="", trap="disability_question",
  note="disability mentioned without discrimination",
  body="""\
Hi,

My partner uses a wheelchair and would love to try archery. Is the indoor range step-free, and do you have adaptive equipment or a coach who has worked with seated archers before? We were thinking of a taster session in November.

Thanks,
Imogen
"""),

M(ind="jewellery", frm="Poppy Hughes <poppy.hughes@poppymail.example>",
  subj="just wanted to say",
  trig="", trap="praise_manager_by_name",
  note="praises store manager by name",
  body="""\
Hi!! Just wanted to say a massive thank you to Leanne, your store manager in Brighton. My necklace clasp broke the day before my wedding and she fixed it on the spot for free. Honestly made my week. Please tell her boss she's a star ⭐
"""),

M(ind="septic", frm="Douglas Reid <douglas.reid@glenreid.example>",
  subj="Annual empty",
  trig="", trap="large_amount_no_problem",
  note="large contract, no problem",
  body="""\
Morning,

Please book in our annual empty for the four holiday cottages at Glenreid as per the maintenance contract (the £6,850 one we signed in March). Any week in November is fine. Gate code is 1988.

Douglas
"""),

M(ind="tyres", frm="Lucy Armitage <lucy.armitage@peakmail.example>",
  subj="Storage invoice - exactly £5,000?",
  trig="", trap="exactly_5000",
  note="exactly 5,000, just wants VAT breakdown",
  body="""\
Hello,

Our fleet storage invoice for the season came to exactly £5,000.00, which matches the contract. Could you send a version with the VAT shown separately? Our finance team needs it for the quarter-end.

Thanks,
Lucy Armitage
Fleet Coordinator
"""),

M(ind="luthier", frm="George Abara <george.abara@fretmail.example>",
  subj="Second email - pickup time",
  trig="", trap="second_email",
  note="second email only",
  body="""\
Hi, this is my second email, sorry, just checking you got the first one. What time can I pick up the Strat on Friday? Cheers, George
"""),

M(ind="wig", frm="Margaret Tully <margaret.tully@tullymail.example>",
  subj="All sorted, thank you",
  trig="", trap="settled_issue",
  note="previous double charge settled",
  body="""\
Dear all,

Just to confirm the double charge from last month has now been refunded to my card and everything is fine. Thank you for sorting it so quickly. The new topper is lovely.

Best wishes,
Margaret Tully
"""),

M(ind="keyboards", frm="Hana Sato <hana.sato@bitsec.example>",
  subj="Bug bounty programme?",
  trig="", trap="security_question_no_incident",
  note="security researcher asks about bug bounty, no incident reported",
  body="""\
Hello,

I'm an independent security researcher. Do you run a bug bounty or vulnerability disclosure programme for your configurator software and cloud sync? I'd like to know the scope and safe-harbour terms before I do any testing. I have not found or tested anything yet.

Best regards,
Hana Sato
"""),

M(ind="bridge", frm="Geoffrey Lamb <geoffrey.lamb@lambmail.example>",
  subj="Two-factor authentication",
  trig="", trap="security_question_no_incident",
  note="how to enable 2FA",
  body="""\
Dear support, how do I turn on two-factor authentication for the club admin account? Our treasurer would like it before we put bank details in. Thank you. Geoffrey
"""),

M(ind="removals", frm="Sanjay Patel <sanjay.patel@corpreloc.example>",
  subj="Security questionnaire",
  trig="", trap="security_question_no_incident",
  note="vendor security questionnaire",
  body="""\
Hi,

As part of onboarding you as a relocation supplier, our InfoSec team needs the attached security questionnaire completed (ISO 27001 status, data retention, encryption at rest). Could you return it by the end of the month?

Thanks,
Sanjay Patel
Global Mobility Manager
""", opt={"attach": "csv"}),

M(ind="tea", frm="Bella Morgan <bella.morgan@morganmail.example>",
  subj="a little disappointed",
  trig="", trap="mild_disappointment",
  note="mild disappointment",
  body="""\
Hi there, I was a little disappointed that the October box had two black teas again, I was hoping for more variety. Not a big deal, just feedback! Love the spice blends though.

Bella
"""),

M(ind="dance", frm="Chris Langford <chris.langford@langmail.example>",
  subj="Press kit?",
  trig="", trap="blogger_not_journalist",
  note="hobby blogger asks for photos for own listing; not a journalist",
  body="""\
Hello,

I run a small listings page for dance classes in our town (it's a hobby, I'm a retired teacher, not a journalist!). Would you mind sending a couple of photos and a short description of your classes so I can add you? No rush.

Chris
"""),

M(ind="calligraphy", frm="Naomi Black <naomi.black@quillmail.example>",
  subj="crash course?",
  trig="", trap="trigger_word_other_sense",
  note="'crash course', 'killer' in innocent sense",
  body="""\
Hi! Do you do a crash course version of the modern calligraphy class? I have a wedding in three weeks and want to do the place cards myself. Your sample work on Instagram is killer btw.

Naomi
"""),

M(ind="archery", frm="Lewis Grant <lewis.grant@target.example>",
  subj="Is the range down on Sunday?",
  trig="", trap="planned_maintenance_question",
  note="asks about planned closure/maintenance",
  body="""\
Hi, saw a note on the door about the range being down for maintenance "this weekend". Does that include Sunday morning, or just Saturday? Need to plan club practice. Thanks, Lewis
"""),

M(ind="trainer", frm="Amira Khalid <amira.khalid@ventureco.example>",
  subj="Coaching for our leadership team",
  trig="", trap="own_ceo_mention",
  note="mentions own CEO unrelated",
  body="""\
Hello,

Our CEO would like to offer online coaching as a wellbeing perk for the leadership team (8 people). Could you send a corporate pricing sheet? She needs the figures for the board meeting on the 15th.

Thanks,
Amira Khalid
Executive Assistant to the CEO
"""),

M(ind="jewellery", frm="Jade Fletcher <jade.fletcher@jademail.example>",
  subj="saw you on TikTok!",
  trig="", trap="social_media_mention",
  note="saw ad on social media",
  body="""\
omg saw your ad on TikTok for the butterfly clips and I NEED them. do you ship to Ireland? and is there a discount code for first orders? thx!!
"""),

M(ind="carseat", frm="Will Harper <will.harper@harpermail.example>",
  subj="Is the Kestrel affected by the recall?",
  trig="", trap="recall_question",
  note="asks whether product is under recall; no report",
  body="""\
Hi, I read in a parenting forum that a car seat base was recalled somewhere in Europe. We're about to buy the Kestrel i-Size from you - is that model affected by any recall? Just want to check before we order.

Will
"""),

M(ind="insulation", frm="Grace Whitely <grace.whitely@whitely.example>",
  subj="Is it safe?",
  trig="", trap="hypothetical",
  note="hypothetical safety question before purchase",
  body="""\
Hello, if we have spray foam put in the loft, would it be safe to sleep in the room below the same night? We have a toddler. Or should we plan to stay at my mum's for a couple of days? Thanks, Grace
"""),

M(ind="septic", frm="Ian McKenna <ian.mckenna@mckmail.example>",
  subj="Hypothetically",
  trig="", trap="hypothetical",
  note="hypothetical overflow question",
  body="""\
Quick one: if the tank ever did overflow over a weekend, is there an out of hours number, and would it count as an emergency callout price? Nothing wrong at the moment, just want to be prepared.

Ian
"""),

M(ind="tyres", frm="Helen Pike <helen.pike@pikemail.example>",
  subj="Opening hours and phone number",
  trig="", trap="support_phone_request",
  note="asks for normal support phone/opening hours",
  body="""\
Hi, what's the phone number for the tyre storage desk, and are you open on Saturdays in November? I'd rather ring than email to book. Thanks, Helen
"""),

M(ind="bridge", frm="Roger Fenn <roger.fenn@fennmail.example>",
  subj="Our account manager",
  trig="", trap="account_manager_role",
  note="existing account manager mentioned as role",
  body="""\
Hello,

Our account manager, Sarah, mentioned that there's a new version of the scoring software coming in January. Could you send me the release notes when they're available? No rush.

Roger Fenn
"""),

M(ind="removals", frm="Esther Nwosu <esther.nwosu@nwosu-family.example>",
  subj="Reported speech from neighbour",
  trig="", trap="reported_speech",
  note="neighbour joked about suing; customer does not adopt",
  body="""\
Hi,

Quick question about our move on the 20th. My neighbour (who moved with another company last year and had a nightmare) joked that I should have a lawyer on speed dial for moving day! I'm sure it'll be fine with you. Can the crew bring wardrobe boxes, and do we need to dismantle the beds ourselves?

Esther
"""),

M(ind="keyboards", frm="Toby Brennan <toby.brennan@clickmail.example>",
  subj="Is there a macro editor?",
  trig="", trap="feature_exists_question",
  note="asks whether feature exists",
  body="""\
hey, can the configurator record macros with delays between keypresses, or is it just sequences? thinking of getting the K88 for streaming
"""),

M(ind="wig", frm="Helena Jovanović <helena.jovanovic@balkanpost.example>",
  subj="I promise to pay",
  trig="", trap="customer_promise",
  note="customer promise in future tense",
  body="""\
Hello, sorry, I saw the reminder for the balance on my custom wig. I promise to pay the remaining 180 on Friday when my salary comes in. Is that OK? Thank you for your patience.
Helena
"""),

M(ind="dance", frm="Samira Hadid <samira.hadid@hadidmail.example>",
  subj="Lovely evening",
  trig="", trap="praise",
  note="praise, mentions 'director' and 'complaint' innocently",
  body="""\
Dear all,

Just a note to say how much we enjoyed the showcase on Saturday. My only complaint is that it was over too quickly! Please pass our thanks to the artistic director, the kids haven't stopped dancing around the kitchen since.

Samira
"""),

M(ind="tea", frm="Frank Osei <frank.osei@oseimail.example>",
  subj="Corporate gift order - £7,200",
  trig="", trap="large_amount_no_problem",
  note="large order with no problem",
  body="""\
Hi,

Following up on our call: please go ahead with the 300 Christmas gift tins for our clients (quote CQ-118, £7,200 + VAT). Delivery to our London office in the first week of December. PO to follow.

Frank Osei
Head of Client Services
"""),

M(ind="calligraphy", frm="Ruth Adler <ruth.adler@adlermail.example>",
  subj="Hack for smudging?",
  trig="", trap="trigger_word_other_sense",
  note="'hack', 'lost' in innocent sense",
  body="""\
Hello, I'm a bit lost with the walnut ink, it keeps smudging on the practice pad. Is there a hack for this, or should I switch paper? Loving the course otherwise.

Ruth
"""),

M(ind="archery", frm="Dennis Crowe <dennis.crowe@crowemail.example>",
  subj="Feedback on the new booking site",
  trig="", trap="feature_exists",
  note="praise that waiting-list feature already exists",
  body="""\
Hi, I was going to ask you to add a waiting list for full sessions, but I've just noticed it's already there on the new booking page. Nice one. The whole thing feels much quicker than the old site.

Dennis
"""),

M(ind="trainer", frm="Naledi Dube <naledi.dube@dubemail.example>",
  subj="SLA for the corporate plan?",
  trig="", trap="sla_question",
  note="asks about SLA for outages",
  body="""\
Hi, before we sign up our team: do you offer any uptime guarantee or SLA on the corporate plan, e.g. what happens if the app is unavailable during a scheduled group session? Thanks, Naledi
"""),

# looks_automated (human mail that resembles machine mail)
M(ind="tea", frm="Peter Vance <peter.vance@vancemail.example>",
  subj="Automatic reply: order question",
  trig="", trap="looks_automated",
  note="human mail with auto-reply-like subject",
  body="""\
Ha, sorry, the subject line is left over from my out-of-office, I'm back now. Actual question: can I change my delivery day from Tuesday to Friday for the spice subscription?

Peter
"""),

M(ind="removals", frm="Olivia Cheng <olivia.cheng@chengmail.example>",
  subj="Undeliverable: your quote email",
  trig="", trap="looks_automated",
  note="human reporting a bounce she received",
  body="""\
Hi,

I tried replying to your quote from my work address and got an "Undeliverable" message back, so I'm writing from my personal email instead. Could you resend the quote for the 20ft container to Singapore here?

Thanks,
Olivia
"""),

M(ind="keyboards", frm="noreply-fan <lucas.reyes@fragmail.example>",
  subj="[Ticket] Order 55120 - status request",
  trig="", trap="looks_automated",
  note="human using bracketed ticket-style subject and odd display name",
  body="""\
Order: 55120
Item: Vanta Mini (ISO-DE)
Status requested: dispatch date

Hi, sorry for the weird format, I copied it from your FAQ. When will this ship? Thanks, Lucas
"""),

M(ind="dance", frm="Mandy Lowe <mandy.lowe@lowemail.example>",
  subj="Out of office next week + class swap",
  trig="", trap="looks_automated",
  note="human announcing her own absence",
  body="""\
Hi both,

I'll be out of the office next week (holiday, hurrah) so can I swap Tuesday's jive class for the Saturday one the week after? I won't be checking emails much so no rush replying.

Mandy
"""),

M(ind="bridge", frm="Bert Hollis <bert.hollis@hollismail.example>",
  subj="Read: Fixtures for November",
  trig="", trap="looks_automated",
  note="human reply with 'Read:' subject",
  body="""\
Got it, thanks. Put me and Joan down for the 14th and the 28th please. Bert
"""),

M(ind="septic", frm="Do Not Reply <kate.mills@millsfarm.example>",
  subj="Delivery Status Notification",
  trig="", trap="looks_automated",
  note="human with no-reply display name and DSN-like subject, asks about delivery of a part",
  body="""\
Hello, sorry about the name on this account, my son set it up. I'm asking about the delivery status of the new inspection lid you said you'd order for our tank. Any news? Kate Mills
"""),

M(ind="jewellery", frm="Sara Lindholm <sara.lindholm@lindmail.example>",
  subj="This is an automated message (not really)",
  trig="", trap="looks_automated",
  note="human joking it is automated",
  body="""\
This is an automated message. Beep boop. (Sorry, couldn't resist.) Do you still sell the silver leaf hair slides? I can't find them on the site any more.

Sara
"""),

M(ind="carseat", frm="Jonathan Price <jonathan.price@pricemail.example>",
  subj="Unsubscribe me from newsletter please",
  trig="", trap="looks_automated",
  note="human asking to unsubscribe (looks like list traffic)",
  body="""\
Hi, could you take me off the newsletter list please? Our little one is out of car seats now. Thanks for everything over the years!

Jon
"""),
]
