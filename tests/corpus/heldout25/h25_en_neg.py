# English customer mail with no trigger (hard negatives). One block per message.
LANG = "en"

BLOCKS = r"""
%%
from: Janet Morley <janet.morley@morley-partners.example>
subj: Cake for our office party
trig: -
trap: job_title
note: office manager signature and account manager role mention
--
Hello,

I'm the office manager at Morley & Partners and I'd like to order a celebration cake for our 25th anniversary drinks on 14 November, around 60 portions, ideally in our brand colours (navy and gold). Our account manager at the venue suggested you.

Could you send a couple of options and prices?

Many thanks,
Janet Morley
Office Manager | Morley & Partners
%%
from: Will Travers <will.travers@mailbox.example>
subj: Re: boards for Saturday
trig: -
trap: quoted_threat
note: friendly reply, the threat is only in the quoted earlier mail
--
Brilliant, thanks for sorting that so quickly - all good now, see you Saturday at 9!

Will

On Thu, 6 Jun 2024 at 18:40, Will Travers <will.travers@mailbox.example> wrote:
> I've been charged for four boards and we only booked two. If this
> isn't refunded I'll be doing a chargeback and leaving a review
> everywhere I can.
%%
from: Aoife Brennan <aoife.brennan@webpost.example>
subj: refund policy?
trig: -
trap: policy_question
note: asks about refund policy, nothing wrong
--
Hi there, before I book - what's your refund policy if it rains on the day? Do I get my money back or a voucher? Thanks!
%%
from: Hugo Pennington <hugo.pennington@pennington-law.example>
subj: Kitchen knife set as a gift
trig: -
trap: legal_disclaimer_signature
note: law-firm disclaimer mentions legal action and confidentiality
--
Hello,

I'd like to order the six-piece walnut set as a retirement gift for a colleague, with the initials "M.A.R." engraved on the bolster if that's possible. Is there a waiting list at the moment? We'd need it by mid-December.

Best regards,
Hugo Pennington

--
Pennington & Law LLP
This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete it; any unauthorised use, disclosure or copying may result in legal action. Pennington & Law LLP is authorised and regulated by the Solicitors Regulation Authority.
%%
from: Kerry Mills <kerry.mills@mailbox.example>
subj: Not cancelling!
trig: -
trap: negation
note: explicitly not cancelling, nothing wrong
--
Hi, just to clear up a misunderstanding from my call - I'm NOT going to cancel my laundry subscription, I only wanted to move the collection day from Monday to Wednesday. Could you change that? Thanks!
%%
from: Simon Adeyemi <simon.adeyemi@webpost.example>
subj: question about cancellation
trig: -
trap: hypothetical
note: would I be able to cancel later
--
Hi,

We're thinking about the 12-month pet health plan for our two dogs. If we moved away next year, would we be able to cancel part-way through, and would there be a fee? Just want to understand before we sign up.

Thanks,
Simon
%%
from: Hattie Lowther <hattie.lowther@mailbox.example>
subj: Thank you!!
trig: -
trap: praise
note: effusive praise
--
I just wanted to say THANK YOU to Raj and the team for our wedding cake. It was absolutely stunning, everyone is still talking about it and my gran had three slices. The lavender tier was the best cake I have ever eaten. We'll be recommending you to everyone.

Hattie & Sam
%%
from: Nikhil Rao <nikhil.rao@fastpost.example>
subj: can I export to CSV?
trig: -
trap: feature_exists
note: asks whether a feature exists
--
Hi, is there a way to export my booking history from the franchise portal to CSV or Excel? Our accountant wants it. If there's already a button somewhere, just point me at it :)
%%
from: Laura Keaton <laura.keaton@mailbox.example>
subj: feedback
trig: -
trap: reported_speech
note: friend's joke about suing is not adopted
--
Hi,

Small bit of feedback on Saturday's session at the lake. The wetsuits you provided were a bit small for my husband, and he joked afterwards that he should sue you for the bruised ego. He's fine, we had a great time - maybe just stock a few more XL sizes?

Laura
%%
from: Chris Palmer <chris.palmer@webpost.example>
subj: slightly disappointed
trig: -
trap: mild_disappointment
note: mild disappointment, no strong wording
--
Hi,

Just a bit of feedback. We were a little disappointed that our table on the terrace was right next to the bar door and we couldn't really see the view we'd booked for. Staff were lovely though. Maybe note it for next time?

Chris
%%
from: Eleanor Voss <eleanor.voss@voss-estates.example>
subj: Piano purchase - next steps
trig: -
trap: large_amount_no_problem
note: 23,000 GBP purchase, no problem at all
--
Dear Second Octave,

Following our visit on Saturday we'd like to proceed with the restored Bluthner grand at the agreed price of £23,000. Could you send over the invoice and let me know your bank details for the transfer, and when you could deliver? Our hallway is wide, and there are no steps.

With thanks,
Eleanor Voss
%%
from: Marcus Lindgren <marcus.lindgren@lindgren-events.example>
subj: Invoice BT-2207 - payment date
trig: -
trap: exactly_5000
note: invoice of exactly 5,000 with a minor question, no complaint
--
Hi,

Thanks for invoice BT-2207 for the ten bell tents, EUR 5,000.00 exactly. We'll pay on the 30th as agreed. Quick check: should the payment reference be the invoice number or our event name?

Marcus
%%
from: Joanne Kirby <joanne.kirby@mailbox.example>
subj: second email about the booking
trig: -
trap: second_email
note: explicitly only second contact
--
Hi again, this is my second email about the party booking for 12 April - I haven't heard back yet about whether the face painter is available. No rush, just want to make sure the first one didn't get lost.

Thanks,
Joanne
%%
from: Andrew Sykes <andrew.sykes@webpost.example>
subj: Re: Charge query
trig: -
trap: settled_issue
note: previous billing issue already resolved, thanks
--
Hi Rachel,

Just to confirm the double charge has now come back onto my card, all sorted. Thanks for dealing with it so quickly.

Andrew
%%
from: Fiona Grant <fiona.grant@grant-accounting.example>
subj: two-factor authentication
trig: -
trap: security_question
note: asks how to enable 2FA, no incident
--
Hello,

Is it possible to turn on two-factor authentication for our account on the booking platform? Our insurer has asked that all business logins use it. If so, could you point me to the instructions?

Kind regards,
Fiona Grant
%%
from: Daniel Whitaker <daniel.whitaker@mailbox.example>
subj: will I lose my records if I switch plan?
trig: -
trap: data_safety_question
note: make sure I don't lose data question
--
Hi, I want to switch from the single-pet plan to the multi-pet plan. Will my dog's history and vaccination records carry over, or do I need to export them first? Don't want to lose anything.
%%
from: Rhiannon Pugh <rhiannon.pugh@webpost.example>
subj: maintenance this weekend?
trig: -
trap: planned_maintenance_question
note: planned maintenance question
--
Hello, I saw a banner saying the booking site will be down for maintenance on Sunday night. Will bookings already made for Monday morning still be valid? Thanks
%%
from: Colin Ashby <colin.ashby@mailbox.example>
subj: phone number?
trig: -
trap: support_phone_request
note: asks for normal support phone number and opening hours
--
Hiya, what's the phone number for customer services and what time are you open on Saturdays? Easier to sort my collection days over the phone.
%%
from: Priscilla Gordon <priscilla.gordon@gordon-pr.example>
subj: Rooftop booking for a team dinner
trig: -
trap: own_ceo_mention
note: mentions her own CEO unrelated
--
Hi,

Our CEO would like to take the leadership team (10 people) out for dinner on the terrace on 3 July, around 7pm. Could you hold a table and send me the set menus? Our CEO has a nut allergy so we'll need to flag that.

Thanks,
Priscilla Gordon
Executive Assistant to the CEO
%%
from: Harvey Blake <harvey.blake@mailbox.example>
subj: saw you on Instagram
trig: -
trap: saw_ad_on_social_media
note: social media mention without threat
--
Hi! Saw your ad on Instagram for the honey tasting boxes and my followers on my little baking account keep asking about local honey. Do you do a wholesale price for small bakers?

Harvey
%%
from: Sunita Patel <sunita.patel@webpost.example>
subj: copy of invoice
trig: -
trap: invoice_copy_request
note: just needs a copy
--
Hi, could you send me a copy of the invoice for my motorhome service in March (reg ends 4XK)? I need it for the warranty claim on the habitation door. Thanks!
%%
from: Gavin Lee <gavin.lee@mailbox.example>
subj: cancel order 4412 - wrong size
trig: -
trap: neutral_cancellation
note: procedural cancellation, no dissatisfaction
--
Hello, please cancel order 4412 - I picked the 21cm gyuto by mistake, I wanted the 24cm. I'll place a new order once it's cancelled. Thanks
%%
from: Bernadette Quinn <bernadette.quinn@webpost.example>
subj: late payment
trig: -
trap: customer_promise
note: customer promises to pay, future tense
--
Hello,

Sorry the balance for the bell tents is a few days late - my husband's been in hospital. I promise to pay the remaining £640 by Friday. I hope that's alright.

Bernadette
%%
from: Martha Hughes <martha.hughes@mailbox.example>
subj: Re: Re: Saturday collection
trig: -
trap: quoted_threat
note: nested quotes with lawyer/refund threats; customer's own text neutral
--
Thanks Ben, Tuesday works fine.

Martha

> On 4 Mar 2025, at 11:02, GreenRinse Support <support@example.test> wrote:
>
> Hi Martha, we can't do Saturdays any more I'm afraid, but Tuesday
> morning is free. Would that work?
>
>> On 3 Mar 2025, at 20:15, Martha Hughes wrote:
>>
>> This is the third collection you've missed. I'm furious. If it happens
>> again I'll be speaking to my lawyer and cancelling the subscription.
%%
from: Duncan Ferrier <duncan.ferrier@ferrier-farm.example>
subj: RE: honey delivery
trig: -
trap: quoted_outlook_block
note: Outlook original-message block with threats below neutral text
client: X-Mailer: Microsoft Outlook 16.0
--
Thanks - received this morning, all jars intact. Much appreciated.

Duncan

-----Original Message-----
From: Duncan Ferrier <duncan.ferrier@ferrier-farm.example>
Sent: Monday, October 14, 2024 7:52 AM
To: support@example.test
Subject: honey delivery

Where is our honey? This is absolutely unacceptable. I've emailed you three times. If it isn't here by Wednesday we're switching supplier and I'll be telling every farm shop in the county.
%%
from: Gemma Thornton <gemma.thornton@mailbox.example>
subj: Fwd: complaint from a guest
trig: -
trap: forwarded_complaint
note: venue forwards a guest's angry email for info only
--
Hi,

Forwarding this for your records - it's from one of our wedding guests about the tents, but honestly the tents were fine, it was the weather. No action needed from you, just thought you should see it.

Gemma

---------- Forwarded message ---------
From: Rupert Hale <rupert.hale@webpost.example>
Subject: Disgusting night
To: Gemma Thornton <gemma.thornton@mailbox.example>

Worst night's sleep of my life, the tent leaked and I'm going to post about it on every wedding forum going. Someone should be sued for this.
%%
from: Joe Cartwright <joe.cartwright@webpost.example>
subj: no need to escalate
trig: -
trap: no_need_to_escalate
note: explicitly no escalation, small question
--
Hi, no need to escalate this or anything, just a quick one - the marker paint I ordered came in white, I'd ordered the yellow for the netball courts. Can I swap it when the next order comes? Not urgent at all.
%%
from: Priya Shah <priya.shah@mailbox.example>
subj: GDPR - do you have a DPA?
trig: -
trap: gdpr_documentation_request
note: asks for DPA and compliance documentation
--
Hello,

We're a small dog-walking business looking at using VetVan for our clients' pets. Before we sign up, could you send us your data processing agreement (DPA) and confirm whether you're GDPR compliant and where the data is stored?

Many thanks,
Priya Shah
%%
from: Oscar Whitfield <oscar.whitfield@webpost.example>
subj: security questionnaire
trig: -
trap: security_question
note: vendor security questionnaire, no incident
pack: attach
att: security-questionnaire.pdf
--
Hi, our procurement team needs a completed security questionnaire (attached list of 30 questions) before we can add you as a laundry supplier for the hotel. Is there someone who handles those?
%%
from: Lisa Harrow <lisa.harrow@mailbox.example>
subj: Is my data safe?
trig: -
trap: safety_word_data
note: safety as data safety question
--
Hi, silly question maybe - when I save my card in your app for the mead club, is my data safe? Do you store the card number yourselves? Thanks
%%
from: Isaac Monroe <isaac.monroe@monroe-hr.example>
subj: Party entertainer for our staff family day
trig: -
trap: job_title
note: HR Manager, Head of Legal mention in signature
--
Hello,

I organise our company family day (about 40 kids aged 3-11) on 22 June. Do you do a package with a magician and a balloon modeller for two hours? Our Head of Legal will need to see your public liability insurance certificate before we book, as usual.

Thanks,
Isaac Monroe
HR Manager, Monroe Group
%%
from: Cath Byrne <cath.byrne@mailbox.example>
subj: how do I cancel?
trig: -
trap: policy_question
note: how do I cancel, neutral (moving abroad)
--
Hi, we're moving to Spain in April so won't need the laundry service any more - how do I cancel? Is it in the app or do I need to email? It's been great, thanks for everything.
%%
from: Ruth Okonkwo <ruth.okonkwo@webpost.example>
subj: not a complaint!
trig: -
trap: negation
note: explicitly no legal action, no lost data
--
Hi,

Not a complaint, honestly. The vet app logged me out after the update and I was worried I'd lost Bella's records, but after logging back in everything is there, no data was lost. Just wanted to say the new design is nice.

Ruth
%%
from: Frank Delaney <frank.delaney@mailbox.example>
subj: Engraving question
trig: -
trap: hypothetical
note: hypothetical what-if about damage
--
Hi, if the engraving on a knife came out wrong, what would happen - would you redo the blade or refund? Just asking before I order one with my dad's name on it, he's fussy!
%%
from: Amelia Stone <amelia.stone@mailbox.example>
subj: Out of office question
trig: -
trap: looks_automated
note: human question with automated-sounding subject about her own OOO plans
--
Hi, I'll be out of the office from 1 to 15 August so I won't be around to receive the weekly honey delivery for the cafe. Could you skip those two weeks and restart on the 19th? Thank you!

Amelia (Honeypot Cafe)
%%
from: Robert Hale <robert.hale@webpost.example>
subj: Re: Your Tiered & True quote
trig: -
trap: looks_automated
note: "thank you for your email" human reply, neutral
--
Thank you for your email. We have received the quote and will discuss it this weekend; I'll come back to you by Monday.

Regards,
Robert Hale
%%
from: Office <office@harrowgate-school.example>
subj: Read: Booking confirmation JJ-4410
trig: -
trap: looks_automated
note: human uses Read: subject, role address, neutral query
--
Read and noted, thank you. Could the entertainer please report to reception on arrival so he can sign in? School safeguarding rules.

Harrowgate Primary School Office
%%
from: Kelly Barnes <kelly.barnes@mailbox.example>
subj: ok
trig: -
trap: looks_automated
note: one-word reply, sent from phone
--
Ok thanks

Sent from my Samsung Galaxy smartphone.
%%
from: Thomas Gill <thomas.gill@gill-architects.example>
subj: knife order - all fine now
trig: -
trap: settled_issue
note: previous problem fixed; mentions it was "a bit annoying"
--
Hi Emberline,

The replacement santoku arrived today and it's perfect, thanks. The first one having that chip was a bit annoying but you sorted it fast, no complaints here.

Thomas
%%
from: Yvonne Chambers <yvonne.chambers@mailbox.example>
subj: Stall booking - second year
trig: -
trap: large_amount_no_problem
note: annual pitch package 8,400 GBP, enthusiastic, no problem
--
Hello Night Market team,

We'd love to renew our pitch for the whole of next year (the Friday and Saturday package, £8,400 for the year as per your price list). Last year was brilliant for our dumpling stall. Can we keep pitch 14 by the fountain?

Yvonne & Lee, Dumpling Days
%%
from: Benedict Shore <benedict.shore@webpost.example>
subj: boards - thank you and a suggestion?
trig: -
trap: feature_exists
note: asks if waitlist already exists, it does
--
Hi Glasswater, great session on Sunday. Quick question - is there a way to get notified if a fully booked slot frees up? Or does that already exist somewhere in the app? Thanks
%%
from: Gillian Moore <gillian.moore@mailbox.example>
subj: Tattoo removal - is it safe?
trig: -
trap: safety_question
note: asks about risks before booking, no injury
--
Hi, I'm thinking about booking a consultation. Is laser removal safe on darker skin? I've read it can cause burns or scarring. Would the clinic do a patch test first? Thanks, Gillian
%%
from: Jonathan Crewe <jonathan.crewe@crewe-legal.example>
subj: Hire of bell tents for chambers away-day
trig: -
trap: job_title
note: lawyer writing in professional role, no threat; 'legally binding' contract question
--
Dear Canvas & Bunting,

I'm a barrister and the away-day organiser for our chambers. Before we sign, could you confirm whether the online booking acceptance is legally binding or whether we receive a separate written contract? We'd be looking at 8 tents for one night in September.

Kind regards,
Jonathan Crewe
%%
from: Naomi Fleet <naomi.fleet@mailbox.example>
subj: my previous company was awful - you're great
trig: -
trap: other_company_complaint
note: complaint is about a different company; praise for this one
--
Hi ClearSkin,

Just a thank you. I started my removal at another clinic last year and it was honestly the worst service I've ever had, I nearly gave up. Switching to you was the best decision; three sessions in and it's fading really well, and the nurses are so kind.

Naomi
%%
from: Graham Ellis <graham.ellis@webpost.example>
subj: Is there an SLA?
trig: -
trap: policy_question
note: asks whether an SLA exists for outages
--
Hi, we're a franchisee considering the upgraded POS package. Do you offer an SLA for outages on the card payment side, and what's the response time if the tills go down? Thanks, Graham
%%
from: Sarah Whelan <sarah.whelan@mailbox.example>
subj: not acceptable?
trig: -
trap: not_acceptable_mild
note: 'not acceptable' without strong wording, no dispute
--
Hello,

The dates you offered for the motorhome service (late June) aren't really acceptable for us as we're travelling then. Do you have anything in early May instead? Happy to drop the van off the evening before.

Sarah
%%
from: Carlos Mendes <carlos.mendes@fastpost.example>
subj: journalism student - interview?
trig: -
trap: not_a_press_inquiry
note: student asking for a business profile interview, no comment request on any complaint
--
Hi,

I'm a student on the food business course at the college and I'm writing a class assignment on how street-food markets pick their traders. Would someone from the Night Market have 20 minutes for a chat? It's only for my coursework, not for publication.

Thanks,
Carlos
%%
from: Louise Parry <louise.parry@mailbox.example>
subj: the mead hangover
trig: -
trap: humour
note: joke about the 'danger' of strong mead, no injury
--
Hi Hivecraft, just to say the Midwinter Mead is dangerously good. My brother-in-law had three glasses at Christmas and was asleep on the sofa by nine. Do you do it in magnums? Ha. Louise
%%
from: Mike Sutton <mike.sutton@sutton-grounds.example>
subj: paint machine manual
trig: -
trap: safety_word_manual
note: asks for the safety manual PDF, no incident
--
Afternoon, could you send me the safety and operating manual for the LM-40 as a PDF? The club's insurer wants a copy on file with our risk assessment. Cheers, Mike Sutton (Head Groundsman)
%%
from: Olga Petrenko <olga.petrenko@webpost.example>
subj: question about manager account
trig: -
trap: job_title
note: 'manager' account role in software, non-native English
--
Hello,

I am new shift manager in Falafel Republic Harrow. How I can have the manager login on the till, to do the refunds myself? My area manager said to ask you. Thank you very much.

Olga
%%
from: Tim Rawlings <tim.rawlings@mailbox.example>
subj: Re: your review request
trig: -
trap: review_praise
note: says he left a positive review; 'review' without threat
--
Hi, happy to! I've left you five stars on Google. The pianist at our party said the tuning was the best she'd played on in ages. Thanks again, Tim
%%
"""
