# English customer mail with no trigger: hard negatives and look-alikes.
# One block per message, written by hand.  Labels follow docs/triggers.md.
LANG = "en"
MESSAGES = []


def M(**kw):
    MESSAGES.append(kw)


M(frm="Janet Whitcombe <janet.whitcombe@fordhamdental.example>",
  subj="Quote for surgery blinds",
  trap="job_title",
  note="office manager signature, ordinary quote request",
  body="""\
Hello,

I'm the office manager at Fordham Dental and we're looking to replace the blinds in our three surgeries and the waiting room (7 windows in total, mostly standard sash sizes). Could someone come and measure up next week? Tuesday or Thursday afternoons are best for us.

Many thanks,
Janet Whitcombe
Practice & Office Manager
Fordham Dental Care
""")

M(frm="Luke Barrington <luke.barrington@barringtonit.example>",
  subj="Password manager and your login page",
  trap="job_title",
  note="'Manager of IT' and 'password manager' are not manager requests",
  body="""\
Hi,

Quick one from the Manager of IT at Barrington Associates. Our staff use a password manager (Bitwarden). Is it OK with you if they store the shared corporate login for your car-rental site in it, or would you prefer each traveller to have their own login?

Also, could you add me as a second contact on our corporate account? Account ref CORP-2207.

Luke Barrington
Manager of IT
""")

M(frm="Sarah Linden <sarah.linden@lindenhouse.example>",
  subj="Re: Refund for the cancelled tour",
  trap="quoted_threat",
  note="earlier threat only in > quoted lines; current text thanks them",
  body="""\
Hi Tom,

Refund arrived this morning, thank you so much for sorting it and for the free tickets for October. Much appreciated - we'll definitely come back.

Sarah

On 12 Sep 2025, at 18:04, Sarah Linden <sarah.linden@lindenhouse.example> wrote:
> This is the third time I've asked. If the £88 isn't back in my account
> by Friday I'm going to my solicitor and leaving a review everywhere I can.
> Absolutely disgraceful way to treat customers.
""")

M(frm="Ahmed Rahimi <a.rahimi@rahimiassoc.example>",
  subj="Re: Re: Fleet policy renewal",
  trap="nested_quote",
  note=">> nested quote holds the old complaint",
  body="""\
Perfect, thanks Jo. Renewal documents received and signed, back to you tomorrow.

A.

> Dear Mr Rahimi, the corrected schedule is attached. Apologies again.
> Jo
>
>> Your portal was down all day yesterday and I couldn't renew. Frankly this
>> is unacceptable for a broker and I want to speak to your manager. If the
>> bikes are uninsured tomorrow I'll be moving the whole fleet elsewhere.
""")

M(frm="Gemma Howarth <gemma.howarth@howarthbakes.example>",
  subj="Re: Your ticket #58812",
  trap="on_wrote_quote",
  note="'On ... wrote:' block holds the earlier outage report",
  body="""\
All working now, I've just made two bookings without a problem. Thanks for the quick fix!

Gemma

On Mon, 7 Apr 2025 at 09:12, Gemma Howarth <gemma.howarth@howarthbakes.example> wrote:
> Hi, your booking system has been down since last night - every page gives a
> 500 error and none of my clients can book their nail appointments. Nobody on
> my team can log in either. Please help!
""")

M(frm="Neil Corbett <neil.corbett@corbettco.example>",
  subj="RE: Invoice query",
  trap="outlook_original_message",
  note="Outlook -----Original Message----- block holds an old dispute",
  body="""\
Hi Anna,

Thanks - could you send the corrected invoice as a PDF rather than a link? Our finance system won't accept links.

Regards,
Neil

-----Original Message-----
From: Neil Corbett <neil.corbett@corbettco.example>
Sent: Tuesday, March 4, 2025 10:22 AM
To: support@example.test
Subject: Invoice query

You've charged us twice for the knife sharpening on 21 Feb - £64 and £64. We were only there once. This is the worst billing I've seen from a supplier, sort it out or we'll go elsewhere.
""")

M(frm="Rachel Simmonds <rachel.simmonds@simmondsvet.example>",
  subj="Fwd: complaint from Dave re: laser tag",
  trap="forwarded_complaint",
  note="forwarded colleague's complaint; the customer's own words are neutral",
  body="""\
Hi,

Forwarding this from one of our vets who went to your arena on Friday for our team night. I wasn't there, so I can't comment either way - I'd just like to book again for December (about 18 people) if you have a Friday evening.

Rachel

---------- Forwarded message ---------
From: Dave Pearce <dave.pearce@simmondsvet.example>
Date: Mon, 10 Nov 2025 at 08:41
Subject: complaint re: laser tag
To: Rachel Simmonds <rachel.simmonds@simmondsvet.example>

Rach, the vests kept shutting off mid-game, half of us couldn't score. Honestly one of the worst nights out I've had. I'd demand a refund and tell them we want to speak to a manager.
""")

M(frm="Oliver Tennant <o.tennant@tennantpartners.example>",
  subj="Kayak hire for a team day",
  trap="legal_disclaimer",
  note="signature disclaimer mentions legal action and authorities",
  body="""\
Hello,

We're looking at a team day on the river for around 14 people in late June. Do you do guided trips for complete beginners, and is lunch something you can arrange or should we bring our own?

Thanks,
Oliver Tennant
Tennant Partners LLP

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Any unauthorised use may result in legal action. Tennant Partners LLP is authorised and regulated by the Solicitors Regulation Authority.
""")

M(frm="Imogen Shaw <imogen.shaw@shawlegal.example>",
  subj="Copy invoice please",
  trap="head_of_legal_signature",
  note="lawyer's job title in the signature, routine request",
  body="""\
Hi,

Could you please send me a copy of the invoice for our curtain order last spring (CF-5870)? Our auditors need it.

Thank you,

Imogen Shaw
Head of Legal
Shaw Estates Ltd
""")

M(frm="Bridget Noone <bridget.noone@noonemail.example>",
  subj="change of date - NOT cancelling!",
  trap="negation",
  note="explicitly not cancelling",
  body="""\
Hi there,

Don't panic, I'm not going to cancel! We just need to move my nephew's laser tag party from the 14th to the 21st because half his class is on a school trip. Same time (2pm) if possible.

Thanks,
Bridget
""")

M(frm="Marcus Lowe <marcus.lowe@lowemail.example>",
  subj="pirate costume",
  trap="negation",
  note="negated legal threat plus mild feedback",
  body="""\
Hi,

Not that I'm about to sue anyone over a pirate hat, but the one that came with the Captain Hook costume was about two sizes too small. The rest of the outfit was great and I still won best dressed at the party. Might be worth checking the hat sizes before the next hire.

Cheers,
Marcus
""")

M(frm="Tanya Ellison <tanya.ellison@ellisonprint.example>",
  subj="upgrade went fine",
  trap="negation",
  note="'no data was lost' report after an upgrade",
  body="""\
Hello,

Just to let you know, we upgraded our publishing account to the Pro plan yesterday as discussed. I was nervous about the manuscripts but no data was lost, all 11 titles and their cover files came across fine. Thanks for talking me through it.

Tanya
""")

M(frm="Philippa Ross <philippa.ross@rossfamily.example>",
  subj="Question about cancelling if we move",
  trap="hypothetical",
  note="hypothetical cancellation question",
  body="""\
Hello,

We've booked the made-to-measure shutters for our lounge for fitting in October. There's a small chance we'll be selling the house over the summer. If that happens, would I be able to cancel the fitting, and would we lose the deposit?

Thanks,
Philippa
""")

M(frm="Dylan Price <dylan.price@pricemail.example>",
  subj="bad weather refund?",
  trap="policy_question",
  note="refund policy question",
  body="""\
hi what's your refund policy if the weather's too bad to go out on the water? thinking of booking 2 doubles for the bank holiday but the forecast is iffy
""")

M(frm="Holly Sanderson <holly.sanderson@sandersonmail.example>",
  subj="how do I cancel order 55213",
  trap="neutral_cancel_procedure",
  note="procedural cancel, ordered wrong item, no dissatisfaction",
  body="""\
Hiya, how do I cancel order 55213? I ordered the 50ml Neroli instead of the 100ml by mistake. I'll just reorder the right one. Thanks!
""")

M(frm="Graham Eades <graham.eades@millfield-aa.example>",
  subj="GDPR paperwork for the association",
  trap="gdpr_documentation",
  note="asks for a DPA and compliance confirmation",
  body="""\
Dear Sir/Madam,

Millfield Allotment Association is reviewing its data protection arrangements ahead of our AGM. As we keep members' names, addresses and phone numbers in your portal, could you please send us your data processing agreement and confirm whether the data is stored in the UK or EU?

Kind regards,
Graham Eades
Secretary
""")

M(frm="Zoe Hargreaves <zoe.hargreaves@hargreaveswrites.example>",
  subj="2FA?",
  trap="security_question",
  note="how to enable two-factor, no incident",
  body="""\
Hi! How do I turn on two-factor authentication for my author account? My publishing group said everyone should do it after a friend's account on another site got hacked. Can't find it in settings.
Zoe
""")

M(frm="Procurement <procurement@vantagegroup.example>",
  subj="Supplier security questionnaire",
  trap="security_questionnaire",
  note="procurement asks for a security questionnaire",
  body="""\
Dear supplier,

As part of our annual supplier review we ask all vendors holding staff personal data to complete the attached security questionnaire (ISO 27001 controls, data retention, breach notification procedures). Your car rental service is used by our travelling staff.

Please return it by 30 November.

Regards,
Lena Fischer
Procurement, Vantage Group
""", pack="mixed", attach="pdf")

M(frm="Claire Dobson <claire.dobson@dobsonclan.example>",
  subj="THANK YOU!!!",
  trap="praise",
  note="enthusiastic praise, no irony",
  body="""\
Just wanted to say THANK YOU to Marcus who did our ghost walk on Saturday. The kids were terrified in the best way and my dad (who hates everything) hasn't stopped talking about it. Absolutely brilliant, worth every penny. We'll be back at Halloween!

Claire x
""")

M(frm="Raj Patel <raj.patel@patelhome.example>",
  subj="incredible result",
  trap="praise",
  note="strong positive language",
  body="""\
Hello,

My 20-year-old Sabatier knives came back from you today and they're absolutely insane - I nearly took a fingertip off slicing a tomato (my own fault!). Honestly the best service I've used all year. I'll be telling everyone at the allotment.

Raj
""")

M(frm="Isla McPherson <isla.mcpherson@mcphersonbooks.example>",
  subj="Can I export sales to CSV?",
  trap="feature_exists_question",
  note="asks whether a feature exists",
  body="""\
Hello,

Is there a way to export my monthly sales figures to CSV or Excel? My accountant wants them per country. If it already exists, could you point me to where it is?

Thanks,
Isla
""")

M(frm="Fran Gilbert <fran.gilbert@gilbertnails.example>",
  subj="text reminders?",
  trap="feature_exists_question",
  note="asks whether SMS reminders are available",
  body="""\
Hi, do you already do text message reminders for clients or is it email only? If there's a setting somewhere I'd love to switch it on. Thanks! Fran
""")

M(frm="Steph Corrigan <steph.corrigan@corriganmail.example>",
  subj="Pirate party feedback",
  trap="reported_speech",
  note="husband's joke about suing is not adopted",
  body="""\
Hi!

The pirate costumes were a massive hit at Finn's 40th. My husband joked that he should sue you because the photos of him in the parrot hat are now all over the family WhatsApp, but he's secretly delighted.

Returned everything this morning via the drop box. Thanks again!

Steph
""")

M(frm="Tony Marsh <tony.marsh@marshlane.example>",
  subj="castle on Saturday",
  trap="reported_speech",
  note="neighbour's threat to complain to the council, not adopted",
  body="""\
Hello,

Just a note about Saturday. The castle was brilliant and the kids loved it. My neighbour did say she'd report the van to the council for blocking the lane while your crew unloaded, but honestly it was there for ten minutes and I've smoothed it over with a bottle of wine.

Could you give me a price for the same again in August?

Tony
""")

M(frm="Margaret Lyle <margaret.lyle@lylecottage.example>",
  subj="lavender",
  trap="mild_disappointment",
  note="a little disappointed",
  body="""\
Hello,

I've bought your lavender & cedar every spring for about five years. I'm a little disappointed that this year's bottle seems lighter, it fades by lunchtime. Has the formula changed at all? Not a complaint exactly, just curious.

Margaret
""")

M(frm="Jon Atherton <jon.atherton@athertonmail.example>",
  subj="waiting time",
  trap="not_acceptable_alone",
  note="'not really acceptable' without strong wording",
  body="""\
Hi,

We had a good time at the Saturday session, but waiting 25 minutes past our slot in the lobby with six excited ten-year-olds wasn't really acceptable. Otherwise great fun.

Jon
""")

M(frm="Helena Brooks <helena.brooks@brookscorp.example>",
  subj="Quote request - exclusive arena hire",
  trap="large_amount_no_problem",
  note="budget above 5,000 with no problem",
  body="""\
Hello,

We're planning our annual staff day for 160 people in September and are interested in exclusive hire of your whole arena for a day, with lunch and a bar in the evening. Our budget is in the region of £12,000. Could you send over a proposal with some options?

Kind regards,
Helena Brooks
Events Coordinator, Brooks Corporate
""")

M(frm="Anton Kruger <anton.kruger@seaviewhotel.example>",
  subj="Invoice paid - thank you",
  trap="large_amount_no_problem",
  note="large paid invoice, all fine",
  body="""\
Dear team,

Just to confirm we've paid invoice CF-6120 (EUR 8,900) for the curtains in the restaurant and lounge today. The fitters did a lovely job and the room looks transformed. Thank you.

Anton Kruger
General Manager, Seaview Hotel
""")

M(frm="Sunita Bose <sunita.bose@boseimports.example>",
  subj="Order 7710 - one damaged box",
  trap="exactly_5000",
  note="problem on an order of exactly 5,000: not above threshold",
  body="""\
Hello,

Our wholesale order 7710 arrived today, invoice total exactly £5,000.00. One of the twelve cartons was crushed in transit and three of the gift sets inside are dented. Could you send replacements for those three? Photos attached.

Best,
Sunita Bose
""", pack="mixed", attach="photo")

M(frm="Walt Drummond <walt.drummond@drummondranch.example>",
  subj="print proof issue",
  trap="below_threshold",
  note="problem on an order under 5,000",
  body="""\
Hi,

Our print order for the ranch cookbook ($4,950 for 500 copies) - the proof came back with the photos a bit darker than on screen. Is it possible to lighten them before the full run? Not a huge deal, just want it right.

Walt
""")

M(frm="Debbie Hewitt <debbie.hewitt@hewittfamily.example>",
  subj="second email - lash refill",
  trap="second_email",
  note="second contact only, not a repeat_contact",
  body="""\
Hi, this is my second email about booking a lash refill for next week, I think my first one might've gone to spam. Any time Wednesday or Thursday after 4 would be great.

Debbie
""")

M(frm="Paul Ingram <paul.ingram@ingramhome.example>",
  subj="double charge sorted",
  trap="settled_issue",
  note="billing problem already resolved",
  body="""\
Hi,

Just to close the loop, the duplicate charge from last month has now been refunded to my card. Thanks for sorting it so quickly.

Paul
""")

M(frm="Lorraine Cheung <lorraine.cheung@cheungdesign.example>",
  subj="incident report for last week?",
  trap="settled_issue",
  note="asks for a report about a past, resolved outage",
  body="""\
Hello,

Everything has been running fine since last Tuesday's problem with the salon app. For our own records, do you publish incident reports? Our insurer asked whether we keep a log of supplier downtime.

Thanks,
Lorraine
""")

M(frm="Megan Tully <megan.tully@tullyhens.example>",
  subj="hen party costumes",
  trap="social_media_ad",
  note="'saw your ad on Instagram' is not a media threat",
  body="""\
Hiya! Saw your ad on Instagram for the 80s costume packs - do you do group discounts for hen parties? There'd be 11 of us. Thanks!! Meg
""")

M(frm="Fiona Grant <fiona.grant@grantlogistics.example>",
  subj="Statement of rentals for Q3",
  trap="own_ceo",
  note="mentions the customer's own CEO",
  body="""\
Hello,

Our CEO needs a summary of all car rentals charged to our corporate account in July-September for the board pack on Friday. Could you send a statement or a CSV? Account CORP-1188.

Thanks,
Fiona Grant
PA to the CEO, Grant Logistics
""")

M(frm="Yusuf Demir <yusuf.demir@demirmail.example>",
  subj="phone number",
  trap="support_phone_request",
  note="normal support phone and opening hours",
  body="""\
Hello, what is the phone number for support and what time are you open on Saturdays? I want to ask about a repair for my tumble dryer. Thanks
""")

M(frm="Louise Kerr <louise.kerr@kerrmail.example>",
  subj="quick question (no need to escalate!)",
  trap="no_need_escalate",
  note="explicit no need to escalate",
  body="""\
Hi, no need to escalate this or anything, just a quick one: is the meeting point for the 8pm tour still outside the cathedral, or has it moved? Thanks! Louise
""")

M(frm="Peter Vance <peter.vance@vancehome.example>",
  subj="Maintenance on Sunday",
  trap="planned_maintenance_question",
  note="question about planned downtime",
  body="""\
Hello,

I saw the banner about maintenance this Sunday night. Will the booking site be unavailable the whole time, or just payments? I want to book a canoe for Monday morning and wondered if I should do it before.

Peter
""")

M(frm="Dorothy Wilkes <dorothy.wilkes@wilkesmail.example>",
  subj="how do I change the trim size",
  trap="how_to_question",
  note="how-to question with nothing broken",
  body="""\
Good afternoon,

I've set up my memoir as a 6x9 paperback but my printer friend suggests 5.5x8.5 would look better. How do I change the trim size now that I've uploaded the interior file? Do I need to upload again?

With thanks,
Dorothy Wilkes
""")

M(frm="Ronan Kelly <ronan.kelly@kellymail.example>",
  subj="is my card safe",
  trap="data_safety_question",
  note="data safety question, no incident",
  body="""\
Hi, before I save my card on your site - is my card data safe with you, do you store the full number? Sorry, I'm a bit paranoid about this stuff. Ronan
""")

M(frm="Adele Francis <adele.francis@francishome.example>",
  subj="balance for the garden party",
  trap="customer_promise",
  note="the customer's own future promise",
  body="""\
Hi,

Sorry for the delay with the balance for the bouncy castle and the popcorn machine. I promise to pay the remaining £85 by Friday once my wages are in. Hope that's OK.

Adele
""")

M(frm="Simon Akers <simon.akers@akersgroup.example>",
  subj="renewal",
  trap="account_manager_role",
  note="existing account manager role, not a manager request",
  body="""\
Hello,

Could you ask our account manager, Priya, to give me a call about next year's fleet renewal when she's back? No rush. We're very happy with the cover.

Simon Akers
""")

M(frm="Hugh Morland <hugh.morland@morlandmail.example>",
  subj="Out of office: Mon 4 Aug - Tue 12 Aug / kayak booking",
  trap="looks_automated",
  note="customer's own OOO announcement plus a plain booking request",
  body="""\
I am away from Monday 4 August until Tuesday 12 August with limited access to email.

That said, before I go - could you please hold two single kayaks for Saturday 16 August, 10am, at the Ullswater base? I'll pay when I'm back. Name: Morland.

Thanks,
Hugh
""")

M(frm="Becky Stone <becky.stone@stonemail.example>",
  subj="Re: Your booking confirmation KC-2231",
  trap="looks_automated",
  note="one-word reply",
  body="""\
Thanks!
""")

M(frm="Kitchen <kitchen@thelarchbistro.example>",
  subj="We have received your parcel",
  trap="looks_automated",
  note="receipt-style wording written by a human",
  body="""\
Hello,

We have received your parcel today - all 9 knives back and they look fantastic. Please bill us as usual.

Regards,
The Larch Bistro kitchen team
""")

M(frm="Owen Harper <owen.harper@harperevents.example>",
  subj="Read: Quote BH-2211",
  trap="looks_automated",
  note="read-receipt style subject, human approval",
  body="""\
Read it, all fine. Please go ahead with the booking as quoted (castle + popcorn machine, 9 August).

Owen
""")

M(frm="Gail Summers <gail.summers@orchardpractice.example>",
  subj="Jane Corless has left the practice - new contact",
  trap="looks_automated",
  note="looks like a person-has-left notice, written by a colleague",
  body="""\
Hello,

Jane Corless, who used to look after our blinds and curtains account, left the practice at the end of May. I've taken over her duties, so please send future quotes and invoices to me instead.

We'll also be needing new blackout blinds for the treatment room in September, so expect to hear from me.

Best,
Gail Summers
Practice Administrator
""")

M(frm="info <info@wildwoodcafe.example>",
  subj="Automatic reply: ignore it - question about knives",
  trap="looks_automated",
  note="human apologising for their own auto-reply, then a question",
  body="""\
Sorry, our mailbox sent you an "automatic reply" by mistake when you emailed us earlier, please ignore it, I'm here all week.

Question: do you do on-site sharpening for cafés or only postal? We have about 15 knives.

Maddy
Wildwood Café
""")

M(frm="Ellen Rhodes <ellen.rhodes@rhodesbooks.example>",
  subj="formatting question",
  trap="-",
  note="plain how-to question",
  body="""\
Hello! First-time author here, so forgive me if this is obvious. My chapter headings show up in a different font in the preview than in my Word file. Is there a recommended way to set up heading styles before I upload, or does your converter override them anyway?

Thank you,
Ellen
""")

M(frm="Clare Buckley <clare.buckley@buckleyfamily.example>",
  subj="party at the arena",
  trap="-",
  note="ordinary booking request",
  body="""\
Hi,

Can I book a party for 12 kids for Sunday 23rd at 11? They're all 8-9. Do you do the food or can we bring a cake?

Thanks
Clare
""")

M(frm="Arthur Lumley <arthur.lumley@lumleymail.example>",
  subj="Mushroom kit query",
  trap="-",
  note="care question",
  body="""\
Dear Sir or Madam,

My grandson gave me one of your pink oyster kits for my birthday. The instructions say to mist twice a day, but my kitchen is rather warm (around 24 degrees). Should I mist it more often? The little mushrooms are just starting to appear and I don't want to spoil them.

Yours sincerely,
Arthur Lumley
""")
