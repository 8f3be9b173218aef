# English customer hard negatives (no trigger). Each carries a trap. Hand-written literals.
from h14_base import M

LANG = "en"
MSGS = [
M("-", "job_title", "Graham Whitaker <g.whitaker@whitakerlogistics.example>",
  "Copy of March coffee service invoice",
  """
Hello,

Could you send a copy of the March invoice for our coffee machine service contract? Our accounts system ate the PDF.

Many thanks,
Graham Whitaker
Manager of IT Services
Whitaker Logistics
"""),

M("-", "quoted_threat_on_wrote", "Sandra Kell <sandra.kell@kellmail.example>",
  "Re: Pen repair order 3381",
  """
Thank you, the pen arrived this morning and it writes beautifully. Please close the case, all settled as far as I'm concerned.

Sandra

On Tue, 12 Mar 2024 at 09:14, Sandra Kell <sandra.kell@kellmail.example> wrote:
> This is the third time I have asked where my pen is. If I do not have it
> back by the end of the month I will be instructing a solicitor and
> taking you to the small claims court. This is absolutely unacceptable.
""", reply=True, note="old threat, repeat contact and anger are all in the quoted block"),

M("-", "quoted_outlook_en", "Tim Rowley <tim.rowley@rowleyvans.example>",
  "RE: Booking for tow bar fitting",
  """
Perfect, Thursday 9am works. See you then.

Tim

________________________________
From: Tim Rowley <tim.rowley@rowleyvans.example>
Sent: 04 April 2024 17:52
To: support@example.test
Subject: RE: Booking for tow bar fitting

I want to speak to your manager. I was told the fitting was booked and it wasn't. If this happens again I'm going elsewhere.
""", reply=True, note="manager request and threat only in the Outlook header block"),

M("-", "quoted_gt", "Anne-Marie Dove <am.dove@dovehome.example>",
  "Re: Retreat room allocation",
  """
Lovely, thank you for moving us to the garden room. That's all we needed.

> > I'd like this escalated to a supervisor please, we booked a
> > double and were given two singles.
> Dear Anne-Marie, we have moved you to the Garden Room as requested.
"""),

M("-", "html_blockquote", "Lionel Barrett <lionel.barrett@barrettco.example>",
  "Re: Coffee machine in reception",
  """
Hi Dani,

Thanks - the engineer came this morning and the machine is working again. Much appreciated.

Lionel

> On 6 May 2024, at 08:01, Lionel Barrett <lionel.barrett@barrettco.example> wrote:
>
> The machine in reception is dead AGAIN. If it isn't fixed this week we are cancelling the contract. Utterly useless.
""", pack="html", note="angry threat only inside <blockquote type=cite>"),

M("-", "forwarded_complaint", "Joy Atherton <joy.atherton@athertonoffice.example>",
  "Fwd: coffee machine",
  """
Hi, forwarding this from one of our staff for info only - we've already sorted it with your engineer, it was just the water tank not seated. Could you confirm our next scheduled service date?

Joy

---------- Forwarded message ---------
From: Phil Greaves <phil.greaves@athertonoffice.example>
Date: Mon, 3 Jun 2024 at 08:47
Subject: coffee machine
To: Joy Atherton <joy.atherton@athertonoffice.example>

The coffee machine is broken AGAIN. This is a disgrace. Can we not get a supplier who actually fixes things? Tell them we'll cancel.
""", note="forwarded colleague complaint; Fwd: subject does not count; customer says it is sorted"),

M("-", "forwarded_article", "Rosalind Harte <rosalind.harte@hartemail.example>",
  "Article I saw - are we ok?",
  """
Hi,

A friend sent me this piece. It's not about you, but it made me wonder whether you keep card details on file for the monthly sauna membership, and if so how they're stored.

--- article ---
Data breach at spa chain exposes 40,000 customers
Hackers gained access to the booking system of a national spa chain last month, leaking names, addresses and partial card numbers. The company said it had informed the data-protection authority and urged customers to change their passwords.
--- end ---

Thanks,
Rosalind
""", note="breach and regulator are in a forwarded article about another company; the customer only asks a question"),

M("-", "legal_disclaimer", "Marcus Levene <marcus.levene@levenepartners.example>",
  "Chess club membership - family rate",
  """
Hi,

Do you offer a family membership for two adults and one junior? My daughter (11) has just started playing.

Best,
Marcus Levene

--
Levene & Partners LLP
This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately; any unauthorised use, disclosure or copying is prohibited and may be unlawful and may result in legal action. Levene & Partners LLP is regulated by the Solicitors Regulation Authority.
"""),

M("-", "negation", "Carol Bright <carol.bright@brightmail.example>",
  "Pausing the membership",
  """
Hi, just to be clear before anything else - I'm not cancelling, I love the spa! I'd just like to pause my membership for June and July while I have my knee operation. Is that possible?

Carol
"""),

M("-", "negation", "Owen Tate <owen.tate@tatemail.example>",
  "Marketplace move to new account",
  """
Hello,

I moved my textbook listings to my new business account yesterday as you suggested. Everything came across, nothing was lost and all the photos are there. No need to escalate the old ticket, you can close it.

Owen
"""),

M("-", "refund_policy_question", "Nicola Barr <nicola.barr@barrmail.example>",
  "Refunds if the weather is bad?",
  """
Hi there! Thinking of booking a tandem flight for my husband's birthday in October. What is your refund policy if the weather means we can't fly on the day? Do you rebook or refund?

Thanks, Nicola
"""),

M("-", "cancel_policy_question", "Harvey Dunne <harvey.dunne@dunnemail.example>",
  "Annual plan question",
  """
Hello,

If I sign up for the annual hot-tub maintenance plan, would I be able to cancel part way through the year if we sell the house? Just want to know before committing.

Harvey
"""),

M("-", "hypothetical", "Laura Kinsey <laura.kinsey@kinseymail.example>",
  "safety cut-out on the heater",
  """
Hello,

Before we buy: what would happen if the heater in the Aurora 5 ever overheated? Is there a thermal cut-out, and does the tub switch itself off? We have young children so I like to know these things.

Laura
""", note="hypothetical product-safety question before purchase"),

M("-", "feature_exists_question", "Gus Pemberton <gus.pemberton@pembmail.example>",
  "Can I export games?",
  """
Hi, can I export my tournament games from the club site as PGN? If so where is the button? Thanks, Gus
"""),

M("-", "mild_disappointment", "Frances Lyle <frances.lyle@lylemail.example>",
  "Feedback from Saturday's class",
  """
Hi,

Just some honest feedback: I was a little disappointed that the bread class didn't include the sourdough starter we were told about, but the chef was lovely and I learned a lot. Would you let me know when the next one is on?

Frances
"""),

M("-", "reported_speech", "Barry Nolan <barry.nolan@nolanmail.example>",
  "tow bar on the caravan",
  """
Hiya, the tow bar you fitted is great. My brother-in-law joked that we should sue you because now he's got no excuse not to help us move house. Ha. Anyway, could you send me the fitting certificate for the insurance?

Barry
"""),

M("-", "own_ceo", "Georgina Platt <georgina.platt@plattconsult.example>",
  "Quote for a leadership retreat",
  """
Hello,

Our CEO would like a quote for a two-night yoga and leadership retreat for 12 people in the spring. Could you send options and availability for April?

Regards,
Georgina Platt
Executive Assistant to the CEO
"""),

M("-", "large_amount_ok", "Ahmed Karimi <ahmed.karimi@karimihotels.example>",
  "Spa fit-out order SP-8820 - delivery window",
  """
Hello,

Thank you for the confirmation of order SP-8820 (two commercial saunas and a steam cabin, 38,750 EUR). Everything looks correct. Could you let me know which week delivery is planned for so I can book the crane?

Ahmed Karimi
"""),

M("-", "exactly_5000", "Philippa Marsh <philippa.marsh@marshestates.example>",
  "PO number on invoice",
  """
Hi,

Please could you add our purchase order number PO-1177 to the van conversion invoice for 5,000.00? Our finance team can't pay it without one. The amount is correct.

Philippa
"""),

M("-", "second_email", "Ian Brady-Cole <ian.bradycole@bcmail.example>",
  "Re: Spring tournament dates",
  """
Hi, this is my second email - just checking you received the first one. Could you let me know the dates of the spring rapidplay? No rush.

Ian
""", reply=True),

M("-", "praise", "Hazel Quint <hazel.quint@quintmail.example>",
  "Thank you!",
  """
Just a quick note to say thank you to Becky and the team for our beginners' course. I was terrified of launching and by day four I was soaring. Best holiday I've had in years. I've already told all my friends!

Hazel
"""),

M("-", "how_to", "Leo Hartmann <leo.hartmann@hartmail.example>",
  "How do I add my partner to the permit?",
  """
Hello, how do I add my partner's car to our household recycling permit? I can see the "Vehicles" tab but not an add button. Thanks!
""", note="how-to; nothing reported broken"),

M("-", "data_safety_question", "Mabel Foster <mabel.foster@fostermail.example>",
  "Is my data safe?",
  """
Dear Sir or Madam,

My grandson set up my account for the pen repair booking. Is my information safe with you? I don't like the idea of my address being on the internet. Where is it kept?

Yours faithfully,
Mabel Foster
"""),

M("-", "2fa_question", "Rupert Fane <rupert.fane@fanemail.example>",
  "two-factor on the seller account",
  """
Hi, how do I turn on two-factor authentication for my marketplace seller account? I'd rather be safe given the amount of money going through it. Thanks, Rupert
"""),

M("-", "gdpr_document", "Yvonne Hirst <yvonne.hirst@hirstdental.example>",
  "DPA for the transport booking portal",
  """
Hello,

Our practice books patient transport through your portal. Our compliance officer has asked for a copy of your data processing agreement and confirmation that you are GDPR compliant. Could you send these over?

Kind regards,
Yvonne Hirst
Practice Manager
"""),

M("-", "maintenance_question", "Ollie Stanton <ollie.stanton@stantonmail.example>",
  "Planned downtime on Sunday?",
  """
Hi, I saw a banner about planned maintenance this Sunday. Will the booking site be down all day or just in the morning? I want to book the puppy course before it fills up.
"""),

M("-", "closing_reply", "Diane Kirby <diane.kirby@kirbymail.example>",
  "Re: Booking ref 20177",
  """
Hi Marco, yes the refund has come through, thank you for sorting it so quickly. All good now.

Diane
""", reply=True, note="settled matter; the refund mentioned was already agreed"),

M("-", "own_holiday", "Neville Strand <neville.strand@strandmail.example>",
  "Service visit while I'm away",
  """
Hello,

I'm on holiday from 2 to 16 August and unreachable most of that time. Your next hot tub service is due on the 9th - could my neighbour let the engineer in? Her name is Joan and she has a key. Or we can move it to the 20th if that's easier.

Neville
"""),

M("-", "cancel_order_procedural", "Katie Morrow <katie.morrow@morrowmail.example>",
  "cancel order 50812 please",
  """
Hi, how do I cancel order 50812? I ordered the 1/35 scale tank instead of the 1/72 one by mistake. I'll reorder the right one. Thanks!
"""),

M("-", "security_questionnaire", "Priyanka Shah <priyanka.shah@shahsystems.example>",
  "Security questionnaire for coffee contract renewal",
  """
Hello,

Our procurement team needs your IT security questionnaire completed before we renew the connected coffee machine contract (the machines report usage over our Wi-Fi). I've attached our standard form. Could you return it by the end of the month?

Priyanka Shah
Head of Information Security
""", pack="mixed", trap2="job_title"),

M("-", "social_media_ad", "Lola Fitch <lola.fitch@fitchmail.example>",
  "Saw your ad on Instagram",
  """
Hi! I saw your ad on Instagram for the van conversion open day. Is it still on for the 21st and do I need to book? Thanks x
"""),

M("-", "account_manager_role", "Terrence Byrd <terrence.byrd@byrdgroup.example>",
  "Meeting with our account manager",
  """
Hi,

Could our account manager, Sophie, give me a call next week to talk through adding two more machines at our new office? No problem, just growth!

Terrence Byrd
Finance Director
"""),

M("-", "customer_promise", "Gail Rourke <gail.rourke@rourkemail.example>",
  "late payment",
  """
Hi, sorry, my card changed so the dog training direct debit bounced. I promise to pay the outstanding 48 by Friday, could you send me a payment link?

Gail
"""),

M("-", "support_phone_request", "Stefan Ivers <stefan.ivers@iversmail.example>",
  "phone number?",
  """
Hello, what's the best phone number for the support team and what are your opening hours at weekends? I'd like to talk through the pop-top options.
""", note="normal support contact details, not corporate"),

M("-", "own_boss", "Darren Hough <darren.hough@houghbuild.example>",
  "Roof racks for 3 vans",
  """
Hi, my boss has asked me to get prices for roof racks on three Transit Customs, ladders and pipe tube included. Could you send a quote? The boss wants it before the end of the week.

Darren
"""),

M("-", "quoted_threat_on_wrote", "Yvette Marlow <yvette.marlow@marlowmail.example>",
  "Re: Your complaint ref 20914",
  """
Thanks for the voucher, that's very kind. Happy to draw a line under it.

Yvette
Sent from my iPhone

> On 14 Feb 2025, at 11:20, Yvette Marlow <yvette.marlow@marlowmail.example> wrote:
>
> I am disgusted. I want your CEO's email address. I will be going to the papers.
""", reply=True, note="subject is the desk's reference wording, not a complaint by itself"),

M("-", "quoted_outlook_en", "Brian Holt <brian.holt@holtmfg.example>",
  "RE: Service visit",
  """
Hi all, confirming the engineer can come Tuesday from 8. Ask for me at reception.

Brian Holt
Office Manager

-----Original Message-----
From: Brian Holt <brian.holt@holtmfg.example>
Sent: Thursday, October 10, 2024 4:31 PM
To: Support <support@example.test>
Subject: RE: Service visit

The machine overheated and tripped the fuse board again, second time this week. We've unplugged it. Charged twice for last month's visit too.
""", reply=True, trap2="job_title", note="overheating and double charge only in the quoted original"),

M("-", "hypothetical", "Megan Price <megan.price@pricemail.example>",
  "what if I lose my work",
  """
Hi, I'm about to upgrade my seller account to the Pro plan. Will I lose my listings or draft descriptions when I switch? Want to make sure nothing disappears before I click the button.
""", note="data-loss worry as a question before upgrading"),

M("-", "praise", "Alfie Osei <alfie.osei@oseimail.example>",
  "Brilliant service",
  """
Just wanted to say your ambulance crew on Tuesday (Jo and Sam) were brilliant with my dad. Calm, kind and on time. Please pass on our thanks.
"""),

M("-", "how_to", "Emily Tran <emily.tran@tranmail.example>",
  "Cleaning a Pelikan before posting",
  """
Hello, I'm sending my Pelikan 400 in for a service next week. Should I flush the ink out before posting it, and how should I pack it? Thanks, Emily
"""),
]

