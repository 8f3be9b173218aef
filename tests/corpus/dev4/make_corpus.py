#!/usr/bin/env python3
"""Hand-labelled support-mail corpus "dev4" for the escalated project.

Every message text below is a hand-written literal.  Running this script writes
d4-0001.eml ... d4-NNNN.eml and labels.tsv next to it, byte-identically on every
run (fixed random seed).  `--check` validates the written files.

Licence: MIT.  Written for the escalated project; all content is fictitious.
"""
import base64
import datetime as _dt
import email
import email.policy
import html
import html.entities
import os
import quopri
import random
import sys
from email.header import Header
from email.utils import formataddr, parseaddr, format_datetime

SEED = 4404
HERE = os.path.dirname(os.path.abspath(__file__))
DESK = "support@example.test"

TRIGGERS = sorted("""legal_threat regulatory manager_request corporate_contact_request
executive_contact security_incident data_loss outage billing_dispute cancellation_threat
media_threat discrimination_harassment safety broken_promise repeat_contact
high_value_order severe_dissatisfaction feature_request technical_issue""".split())
AUTO_KINDS = ("auto_reply", "bounce", "list", "receipt", "self")
LANGS = ("en", "de", "fr", "es")

CUSTOMER = []   # (lang, triggers, trap, note, sender, subject, body, opts)
AUTOMATED = []  # (kind, lang, trap, note, raw)


def C(lang, trig, trap, note, sender, subject, body, **opts):
    """Register one customer mail. trig: space separated trigger ids or ''."""
    CUSTOMER.append((lang, trig, trap, note, sender, subject, body, opts))


def A(kind, lang, trap, note, raw):
    """Register one automated mail given as a complete raw message literal."""
    AUTOMATED.append((kind, lang, trap, note, raw))


# --------------------------------------------------------------------------
# messages
# --------------------------------------------------------------------------
# ---- English, customer mail with triggers (part 1) ----
C("en", "billing_dispute cancellation_threat", "", "", "Margaret Ellery <m.ellery@northfield.example>",
  "Charged twice for March - Weekly Courier",
  """Hello,

I have been a subscriber to the Weekly Courier print edition for going on eleven years now and I have never had reason to write to you before, so please bear with me.

My bank statement for March shows two debits from you on the 3rd, both for 18.40 GBP, reference WC-448120. I only have the one subscription. I rang the number on the back of the paper and was on hold for forty minutes before the line went dead.

I would like the second 18.40 returned to my account. If that cannot be sorted this month then frankly I will stop the paper altogether and read the free one they leave at the library.

Kind regards,
Margaret Ellery""")

C("en", "outage technical_issue", "", "", "Dev Patel <dev@patel-accounts.example>",
  "nothing loads",
  """the portal shows a blank white page for everyone in our office since 7am. three different laptops, two browsers, the phone app just spins. we have client returns due today. please advise asap""")

C("en", "legal_threat severe_dissatisfaction", "", "", "Gordon Blythe <gblythe@blythe-family.example>",
  "Kitchen fit - final warning",
  """Your fitters left my kitchen with no worktop, a disconnected sink and a hole in the ceiling where they 'had to move a pipe'. That was nineteen days ago. Nobody has been back.

This is the most shambolic piece of work I have ever paid for. My son-in-law is a solicitor and he is drafting something as we speak. You will hear from him next week unless somebody turns up with a worktop.

G. Blythe""")

C("en", "safety technical_issue", "", "", "Anita Koval <anita.koval@mailbox.example>",
  "CPAP machine - burning smell",
  """Hi,

Last night around 2am I woke up because the humidifier chamber of my AirRest 2 was too hot to touch and there was a burning plastic smell in the bedroom. The tubing near the machine had gone soft. I unplugged it and have not used it since.

Serial number AR2-0093117. I need a replacement urgently as I am not supposed to sleep without it, but obviously I am not plugging that one in again.

Anita""")

C("en", "security_incident", "", "", "Colin Ashworth <colin@ashworth-roofing.example>",
  "someone changed bank details on our account",
  """Morning,

Someone changed the bank details on my account with you last Thursday and it wasn't me. I only noticed because the refund for the cancelled job went to an account ending 7731 which is not ours. I never got an email about a change either.

Please lock the account and tell me what else they looked at.

Colin Ashworth
Ashworth Roofing Ltd""")

C("en", "repeat_contact broken_promise", "", "", "Lena Hartmann <lena.h@fastpost.example>",
  "Re: Refund for box #88213",
  """This is the fourth email I am sending about the same refund. On the 2nd of February your colleague Sophie wrote that the 34.99 would be back on my card 'within 5 working days'. It is now the 27th. Nothing.

Please just check the card and tell me where the money went.

> On 2 Feb 2025, at 10:14, Glow Box Support <support@example.test> wrote:
>
> Hi Lena, I have processed your refund today. You should see it within
> 5 working days.""", pack="html")

C("en", "manager_request repeat_contact", "", "six messages exchanged", "Hugh Pennington <h.pennington@penningtonlaw.example>",
  "Admissions query - reference 2025-UG-3381",
  """Dear Sir or Madam,

I have now exchanged six messages with the admissions helpdesk about my daughter's transcript, which your system shows as 'not received' even though the courier has a signature from your post room on 14 January.

I would be grateful if someone more senior than the helpdesk could pick this up. Please have the head of admissions or whoever supervises the team telephone me on 555-0142.

Yours faithfully,
Hugh Pennington""")

C("en", "media_threat", "", "", "Jess Okafor <jessokafor@quickmail.example>",
  "your salon app",
  """Booked a balayage through the app for Saturday 10am, turned up, salon had no record and the stylist was off. Took a day off for this. I've got about 14k people following my hair account and I'm honestly tempted to do a full video on how your booking system works. Fix it or that's what happens.""")

C("en", "high_value_order technical_issue", "", "", "Rupert Sandys <rupert@sandys-interiors.example>",
  "Order AU-55102 - payment stuck",
  """Hello,

I won lot 2291 (a pair of Georgian mirrors) on Sunday evening with a winning bid of £7,850. The checkout page has thrown 'transaction could not be completed - code 0x44' three times now and the seller is messaging me asking whether I am going to pay.

I do not want to lose the lot or get a non-payer strike. Can someone please sort out the checkout or give me another way to pay.

Rupert Sandys""")

C("en", "feature_request", "", "", "Priya Raman <priya@ramanphoto.example>",
  "suggestion: bulk licence download",
  """Hi team,

Love the new search, it is much faster. One thing that would save me hours: when I license 40-50 images for a client project I have to download each licence certificate PDF one by one. It would be really handy to get all of them as a single zip from the order page.

Thanks!
Priya""")

C("en", "data_loss technical_issue", "", "", "Tom Whitcombe <tom@whitcombe-dental.example>",
  "server backup",
  """Hi,

We're one of your managed IT clients (Whitcombe Dental, 6 seats). After last night's patch run the shared drive on the office server has nothing in it from before October. The patient letters folder, the scanned referrals, all gone. The backup console says the last successful job was 41 days ago, which nobody told us.

Please get someone on this this morning.

Tom""")

C("en", "discrimination_harassment", "", "", "Yasmin Hadid <yasmin.hadid@inbox.example>",
  "Complaint about your technician",
  """I am writing about the pest control visit on Tuesday at 14 Larch Road.

The technician who came made comments about my headscarf while he was in the kitchen and asked whether 'people like us' always had this many mice. When I asked him to stop he laughed and said he was only joking. My mother was present and was very upset.

I do not want this person sent to my home again and I want to know what you are going to do about it.

Yasmin Hadid""")

C("en", "corporate_contact_request", "", "", "Alan Drury <alan.drury@drury-consult.example>",
  "Registered office address",
  """Hello,

Could you please send me the registered head office address of your company and the name and email of your company secretary or legal department. I need to send a formal letter regarding our translation contract and I would rather not route it through the general support queue.

Regards,
Alan Drury""")

C("en", "executive_contact severe_dissatisfaction", "", "", "Brenda Coles <brenda.coles@colesfarm.example>",
  "ABSOLUTELY DISGUSTED",
  """THREE WEEKS WITHOUT HEATING AND A BOILER THAT YOUR ENGINEER SAID WAS "FINE". I HAVE A 90 YEAR OLD MOTHER LIVING WITH ME. I HAVE WRITTEN TO YOUR MANAGING DIRECTOR AT HIS HOME ADDRESS AND I HAVE COPIED THIS EMAIL TO HIM AS WELL. DISGRACEFUL.""",
  cc="Richard Hale <r.hale@warmhome-hvac.example>")

C("en", "regulatory", "", "", "Owen Price <owen.price@pricefamily.example>",
  "Subject access - no response",
  """Dear Data Protection Officer,

On 4 November I asked for a copy of all personal data you hold on me and my son in relation to his place at Little Acorns nursery. The statutory deadline has passed and I have had no reply at all.

Unless I receive the data within 7 days I will be lodging a complaint with the ICO.

Owen Price""")

C("en", "broken_promise", "", "", "Nadia Fernandes <nadia@fernandes-home.example>",
  "still waiting on the locksmith",
  """Hi, your office said on Monday that someone would come out Wednesday between 8 and 12 to replace the back door cylinder. I stayed home all morning. Nobody came and nobody rang. Can you give me an actual time please.""")

C("en", "outage technical_issue cancellation_threat", "", "third outage, not third contact", "Liam Burke <liam@burkeandco.example>",
  "sat box dead again",
  """hi, every channel says "no signal" since the weekend. dish hasnt moved, we checked. neighbours with your service say same thing. that's the third time this winter the whole thing goes off for days. if it's not back by friday you can come collect your box, i'll sign up with the other lot""")

C("en", "billing_dispute", "", "", "Sarah Lindqvist <s.lindqvist@mail.example>",
  "charge after cancelling",
  """Hello,

I cancelled my wine club membership on 12 December (confirmation number WC-CAN-20931, I still have the email). Today I see a charge of $89.00 from you on my credit card dated 3 January for the 'Winter Reds' case, which I never received and did not want.

Please reverse this charge.

Sarah Lindqvist""")

C("en", "cancellation_threat severe_dissatisfaction technical_issue", "", "engineer visits, not contacts", "Marcus Trent <mtrent@trentlogistics.example>",
  "Re: ticket 77120",
  """Honestly this is a joke. Four engineer visits and the alarm panel still calls the monitoring centre at 3am every other night. My wife has stopped sleeping. We are moving our account to your competitor across town at the end of the month unless someone actually fixes it this time. I'm fed up to the back teeth with the lot of you.""")

C("en", "safety technical_issue", "", "", "Rachel Odum <rachel.odum@odum.example>",
  "glucose meter lancets",
  """Hi there,

The lancet device that came with the GlucoSure kit fires on its own when you slide the cap back on. My 4 year old picked it up off the counter and it went into his thumb. He's fine but it could have been his eye. I think you need to look at this batch (lot L2207-B).

Rachel""")

C("en", "media_threat", "", "", "Kim Ashby <k.ashby@eastbridge-gazette.example>",
  "Press enquiry: daycare app data",
  """Hello,

I'm a reporter with the Eastbridge Gazette. Several parents have told us that photos of children from your daycare app were visible to other families last week. Could your company comment on whether this happened and what you have done about it? My deadline is Thursday 5pm.

Kim Ashby
Senior Reporter, Eastbridge Gazette
555-0188""", )

C("en", "repeat_contact technical_issue", "", "", "Graham Nolan <gnolan@nolanbuild.example>",
  "Font licence keys STILL not working",
  """Writing again (third time, ticket numbers 4471, 4502 and now this one). The desktop licence keys for the Fenwick Sans family are rejected by the installer with 'key already in use' on a brand new machine. We bought 10 seats and we can use none of them.""")

C("en", "high_value_order billing_dispute", "", "", "Charlotte Ng <c.ng@ng-hospitality.example>",
  "Invoice TR-2025-0418 overcharge",
  """Dear accounts team,

Your invoice TR-2025-0418 for the translation of our hotel group's staff handbook into four languages comes to USD 12,460.00. The quote we signed (Q-1193) was USD 9,980.00 for exactly the same word count. Nothing was added to the scope.

We will not pay the difference. Please issue a corrected invoice.

Charlotte Ng
Group Procurement""")

C("en", "legal_threat", "", "", "Peter Vance <peter.vance@vancemail.example>",
  "deposit",
  """I paid a £600 deposit for a loft conversion survey that never happened. I've asked for it back three different ways. I'm filing in the small claims court on Monday, I've already got the form filled in.""")

C("en", "manager_request severe_dissatisfaction", "", "", "Ivy Caldwell <ivy@caldwell-yoga.example>",
  "put me through to someone who can actually decide",
  """Your agent Mark has told me twice now that he 'can't do anything' about my car sharing fines. I'm not going to keep talking to somebody who can't do anything. Get me whoever is above him. This whole experience has been appalling from start to finish and I'm sick of being fobbed off.""")

C("en", "outage technical_issue", "", "", "Sam Reyes <sam.reyes@reyescleaning.example>",
  "Can't get in",
  """None of our 12 cleaners can log into the scheduling app this morning, it just says 'service unavailable, please try later'. Been like that since 6. Jobs start at 8. Help!""")

C("en", "technical_issue", "", "", "Joan Whitaker <joan.whitaker@whitakerlaw.example>",
  "programme guide missing",
  """Hello, since the update on the receiver the programme guide only shows today, all the following days are blank, and the 'record series' button does nothing. I've restarted it twice. Thank you, Joan""")

C("en", "security_incident", "", "", "Felix Moreau <felix.moreau@moreau.example>",
  "email from you asking for my password?",
  """Hi,

I got an email this morning that looked exactly like your newsletter, your logo and everything, asking me to 'verify my season ticket' by entering my club login. It came from news@yourclub-renewals.example which isn't your normal address. Two other members in our WhatsApp group got the same thing and one of them typed his password in. Is your mailing list leaked?

Felix""")

C("en", "data_loss technical_issue repeat_contact", "", "", "Harriet Lowe <harriet@lowe-design.example>",
  "lightbox collections vanished",
  """This is now the third time I have written about this. All 14 of my saved lightbox collections, some with 200+ images I had shortlisted for clients over two years, disappeared from my account after your site redesign. They are not in the archive, not in 'shared with me', nowhere. Your reply last week just told me how to create a new collection, which is not the point.""")

C("en", "broken_promise cancellation_threat", "", "promised supervisor callback; no new request", "Victor Ames <victor.ames@ames-photo.example>",
  "re: call back",
  """Three days ago I was told a supervisor would ring me 'by end of day'. No call. If I don't hear anything by tomorrow I'm done, I'll close the account and take the monthly plan somewhere else.""")

C("en", "billing_dispute", "", "", "Beatrice Howell <bea.howell@howellhome.example>",
  "Wrong amount on December statement",
  """Good afternoon,

The December statement for our daycare place shows 23 days at the full-day rate (£1,472.00). Our daughter was only booked for afternoons and she was off sick for the week of the 9th, which we reported through the app. By my count we owe £736.00.

Could you please correct the statement before the direct debit goes out.

Beatrice Howell""")

C("en", "executive_contact", "", "", "Simon Reilly <simon.reilly@reilly-consult.example>",
  "Fwd to your CEO",
  """FYI I've sent the whole thread below to your CEO Ms Danvers via LinkedIn, since nobody at this address seems to read anything. Perhaps she can get someone to reply.

Simon""")

C("en", "feature_request", "", "", "Arjun Mehta <arjun.mehta@mehtaclinic.example>",
  "Idea for the meter app",
  """Hey, is there any chance you could add an export of the readings to Apple Health? My doctor uses it and right now I type everything in by hand every week. Would be amazing. Thx""")

C("en", "cancellation_threat", "", "", "Dolores King <dolores.king@kingfamily.example>",
  "box",
  """third month in a row the box has the same moisturiser in it. not paying 29.99 for stuff I already have, I'll let it run out after this one and not renew""")

C("en", "billing_dispute regulatory legal_threat", "", "", "Trevor Osei <trevor.osei@osei-partners.example>",
  "Formal complaint - lottery direct debit",
  """Dear Sirs,

Despite my written instructions of 1 October, your club lottery has continued to take £10 per month from my account. I have reported this to Trading Standards and to my bank, and my solicitor has been instructed to recover all sums taken since October together with costs.

Trevor Osei""")

C("en", "safety technical_issue", "", "", "Bill Grady <bgrady@gradyfarm.example>",
  "alarm battery pack",
  """your engineer fitted a new battery pack in the alarm panel on the 3rd. today it's bulging and the cover has popped off, and the wall above it is warm. I've switched the mains off at the fuse box. someone needs to come and take it away, the kids' room is right next to it""")

C("en", "outage technical_issue", "", "", "Kerry Dunn <kerry.dunn@dunn-tax.example>",
  "502 Bad Gateway",
  """Hi,
The client upload portal has been returning '502 Bad Gateway' for everyone since about 9:40. Our clients are ringing us because they can't upload their receipts and the self-assessment deadline is in three days.
Kerry Dunn
Dunn Tax Advisers""")

C("en", "severe_dissatisfaction", "", "", "Roger Plummer <roger@plummer.example>",
  "Your auction house",
  """I have bought and sold on your site for nine years and I have never seen anything as pathetic as the way you handled the forged-signature lot. Utterly contemptible. You took your commission and then hid behind 'policy'. Shame on the lot of you.""")

C("en", "high_value_order outage technical_issue", "", "", "Fiona Grant <f.grant@grant-estates.example>",
  "Car sharing corporate account - all bookings failing",
  """Hello,

Our corporate car sharing contract (annual value 48,000 EUR, contract CS-CORP-1182) covers 60 employees. Since this morning no one can book or unlock any vehicle: the app just says the service is unavailable and the unlock card readers blink red. I've got staff stuck at client sites.

Please call me on 555-0170 as soon as you can.

Fiona Grant
Facilities""")

C("en", "technical_issue feature_request", "", "", "Nick Lombardi <nick@lombardi-wine.example>",
  "club app - couple of things",
  """Hi,

1) The tasting notes page crashes the app every time I open a wine from the 2019 vintage (iPhone 13, latest version).
2) Would be great if you could let us rate the wines and then recommend the next case based on what we liked.

Cheers,
Nick""")

C("en", "broken_promise", "", "", "Oliver Stanton <o.stanton@stanton.example>",
  "window survey",
  """Dear team, on 14 March your surveyor told us the roof quote would be emailed 'by the end of the week'. Four weeks later we have nothing. Could you please let us know what happened to it. Regards, Oliver Stanton""")

C("en", "discrimination_harassment", "", "", "Martin Osei <m.osei@oseihome.example>",
  "your driver",
  """Your delivery driver shouted at my wife and called her a stupid old cow because she was slow opening the gate. She is 78 and uses a walking frame. I want an apology and I want him off our route.""")

C("en", "manager_request", "", "", "Julia Stein <julia.stein@steinarchitects.example>",
  "please escalate",
  """Hi,

Could you please escalate case #55910 to your team lead? The answer I got ("we'll look into it") doesn't help and the site goes live on Monday.

Thanks,
Julia""")

C("en", "corporate_contact_request executive_contact", "", "", "Derek Holt <derek.holt@holtassoc.example>",
  "CEO email address please",
  """What's the direct email of your chief executive? I'm going to write to him about how your installers treated my mother. I'm not sending it through a ticket system again.""")

C("en", "severe_dissatisfaction billing_dispute", "", "", "Pauline Reeve <p.reeve@reeve.example>",
  "Unbelievable",
  """You have taken $249 for a 'premium cleaning package' I never ordered and then had the nerve to send me a survey asking how satisfied I am. I am livid. Put the money back.""")

C("en", "safety", "", "installation workmanship, not a product malfunction", "Ken Aoki <ken.aoki@aoki.example>",
  "new boiler",
  """Gas smell in the utility room since your guys fitted the new boiler yesterday. Gas emergency line has been out and capped it off, they said the flue joint wasn't sealed. Need someone here today.""")

C("en", "repeat_contact", "", "", "Anne Corbett <anne.corbett@corbett.example>",
  "Re: Re: Re: address change",
  """Hello again. I keep asking you to change the delivery address for my magazine and you keep sending it to my old flat. This is at least the fifth request. New address: 22 Millbrook Close.""")

C("en", "data_loss technical_issue", "", "", "Chris Boland <chris.boland@boland.example>",
  "recordings",
  """All my recorded programmes have gone from the box, 80 odd hours including my late father's favourite films I taped for him. The box did an update overnight. Where have they gone? Can you get them back?""")

C("en", "outage technical_issue", "", "", "Helen Ruiz <helen.ruiz@ruiz-salon.example>",
  "booking system down?",
  """is your booking system down? none of our clients can book online, the widget on our website just says "unable to connect", and we can't open the salon dashboard either. started around lunchtime""")

C("en", "legal_threat cancellation_threat", "", "", "Adrian Cole <adrian@colefamily.example>",
  "Termination of contract",
  """Dear Sir/Madam,

Please treat this as notice that we are terminating the monitoring contract for 9 Fern Avenue with immediate effect, given your failure to respond to two intruder alarms in January. Any attempt to collect the remaining contract fees will be referred to our lawyers.

Adrian Cole""")

C("en", "executive_contact", "", "", "Ruth Bamber <ruth.bamber@bamber.example>",
  "cc: your board",
  """I've copied your chairman and the board's company secretary in on this so there's a record. The ticket number is 60218 and it has been open since September.""")

C("en", "technical_issue", "", "", "Graeme Shaw <graeme.shaw@shaw.example>",
  "scan button",
  """The 'scan pass' button in the transport app doesn't do anything on Android 14, the camera doesn't even open. Worked until last week. Pixel 7.""")
# ---- English, customer mail with triggers (part 2) ----
C("en", "media_threat severe_dissatisfaction", "", "", "Tasha Greene <tasha.greene@greene.example>",
  "1 star coming",
  """Your cleaners broke a glass shelf, didn't tell me and left the pieces in the bin. Pathetic!!! I'm putting the photos on every review site I can find tonight and tagging you on Insta so people know what they're letting into their homes.""")

C("en", "media_threat", "", "", "Bernard Quill <bquill@quillmedia.example>",
  "Request for comment - satellite TV price rises",
  """Good morning,

I am writing a piece for Consumer Matters Weekly about mid-contract price rises in the satellite TV market. Readers have sent us letters from your company announcing a 14% increase. Could you tell me whether this applies to all customers and whether those on fixed-term contracts may leave without penalty?

I would be grateful for a response by Friday noon.

Bernard Quill
Freelance journalist""")

C("en", "media_threat cancellation_threat", "", "", "Ellie Warren <ellie.warren@warren.example>",
  "thanks for nothing",
  """Subscribed to the beauty box for my sister's birthday, paid for 3 months upfront, she got one box. ONE. I'm cancelling the lot and writing a thread about it on every platform I'm on, people should know""")

C("en", "media_threat technical_issue", "", "", "Kwame Asante <kwame@asante-reviews.example>",
  "Heads up",
  """Just so you know, I run a fairly popular local forum for parents in Westbury (about 6,000 members). If the issue with the nursery app double-booking sessions isn't acknowledged this week, I'll be posting a warning to everyone there. Not trying to be nasty, but people need to know.""")

C("en", "media_threat legal_threat", "quoted_agent_reply", "", "Laura Finch <laura.finch@finchmail.example>",
  "Re: damaged floor",
  """Your kitchen fitters dragged a unit across my oak floor and gouged it end to end. Your reply says it was 'pre-existing'. I have photos from before they arrived. My next call is to the local paper and after that to a lawyer. You decide which one happens first.

> From: Kitchen Care Team
> We have reviewed the photographs and believe the marks were pre-existing.""", pack="alt")

C("en", "broken_promise billing_dispute", "", "", "Gary Nutt <gary.nutt@nuttplumbing.example>",
  "refund that was promised",
  """Your colleague on the phone on 4 Feb promised the £120 callout charge would be refunded because the engineer never turned up. I still see the £120 on my statement and no refund. Please sort.""")

C("en", "broken_promise repeat_contact severe_dissatisfaction", "", "", "Moira Flanagan <moira.flanagan@flanagan.example>",
  "FOURTH TIME",
  """I am writing for the fourth time. Every time I am promised that the engineer will 'definitely' call me back and every time nobody calls. This is beyond a joke. I have never been treated with such contempt by a company in my life.""")

C("en", "broken_promise", "", "", "Ahmed Siddiqui <ahmed.siddiqui@siddiqui.example>",
  "transcript evaluation",
  """Dear Admissions Office,

In your email of 20 January you confirmed that my foreign transcript evaluation would be completed within ten working days and that I would be notified. It has now been over a month and my application still says 'pending documents'. The deadline for accommodation applications is next week.

Could you please tell me when the evaluation will be completed?

Kind regards,
Ahmed Siddiqui""")

C("en", "broken_promise technical_issue", "", "wrong fare but no specific amount: no billing_dispute", "Lucy Harper <lucy.harper@harper.example>",
  "the fix you said was coming",
  """Back in November you told me the bug where the app charges the peak fare on off-peak journeys would be fixed 'in the next release'. Three releases later still charging me peak at 10:15 on a Saturday. Screenshots attached.""", pack="mixed")

C("en", "broken_promise", "", "", "Duncan Fairlie <d.fairlie@fairlie.example>",
  "replacement mask",
  """hi, was told on the chat 2 weeks ago a replacement cpap mask cushion would be posted 'today'. nothing arrived. order ref MD-20014""")

C("en", "repeat_contact", "", "", "Stella Morgan <stella.morgan@morgan.example>",
  "Tax return documents",
  """Hello,

I've now emailed three times and phoned twice asking for copies of my 2023 tax return that your firm filed. I just need the PDF. Can somebody please send it.

Stella""")

C("en", "repeat_contact cancellation_threat", "", "", "Phil Dawson <phil.dawson@dawson.example>",
  "yet again",
  """How many times do I have to write? That's email number 3 this week about the paper not being delivered on Saturdays. Sort it or I'm stopping the subscription.""")

C("en", "repeat_contact manager_request technical_issue", "job_title", "Practice Manager signature is a title; request for service manager fires", "Hannah Brooks <hannah.brooks@brooks-vet.example>",
  "escalation please - 3rd request",
  """Hi, this is my third request regarding the broken Wi-Fi access point in our reception (ticket 8812, 8830, 8871). Each ticket is closed with 'could not reproduce'. I'd like this passed to a senior engineer or your service manager please.

Hannah Brooks
Practice Manager, Brooks Veterinary""")

C("en", "repeat_contact technical_issue", "", "chat + email + form before this mail", "Jake Morrell <jake.morrell@morrell.example>",
  "sent this before",
  """i have contacted you on chat, by email and through the app form and still no answer about why my car sharing membership card doesnt unlock any car. Card no 4420 0197""")

C("en", "manager_request", "", "", "Eleanor Voss <eleanor.voss@voss-florals.example>",
  "Complaint - supervisor callback",
  """Good morning,

I would like a supervisor to call me about the way my complaint about the stock photo licence audit has been handled. I am available all day on 555-0133.

Regards,
Eleanor Voss""")

C("en", "manager_request", "", "", "Bob Kettering <bob.kettering@kettering.example>",
  "next level",
  """i want this taken higher. someone who can actually authorise a replacement roof tile delivery not just log it. thanks""")

C("en", "manager_request billing_dispute", "", "", "Gloria Abbott <gloria.abbott@abbott.example>",
  "Overcharge on salon package",
  """I was charged £185 for a colour package I was quoted £135 for. The girl at the desk says the computer set the price and there's nothing she can do. Then I want to speak to whoever runs the place, please.""")

C("en", "outage technical_issue", "", "", "Ravi Kulkarni <ravi.kulkarni@kulkarni-it.example>",
  "VPN down for whole office",
  """Hi,

Since 8:15 none of the 14 staff at our office can connect to the VPN you manage for us, and the hosted file server isn't reachable from inside the office either. Internet is fine. This is stopping all work.

Ravi Kulkarni
Kulkarni & Partners""")

C("en", "outage technical_issue", "", "", "Bethany Cole <bethany.cole@colemail.example>",
  "can't pay",
  """Hi, every time I try to pay for my pass renewal I get 'payment provider not responding', my husband gets the same on his phone and so does my friend. Has your payment system gone down?""")

C("en", "outage technical_issue severe_dissatisfaction", "", "", "Terry Blake <terry.blake@blakesport.example>",
  "match day ticketing - all down",
  """Your ticketing website is down on MATCH DAY. 500 errors on every page since 11. We have 3,000 members trying to get in at the gate and the scanners can't reach your server. This is an absolute disaster and frankly a disgrace.""")

C("en", "outage technical_issue", "", "", "Nora Quinn <nora.quinn@quinnbooks.example>",
  "auction site",
  """Is the site having problems? Been getting "Service Temporarily Unavailable" for an hour on desktop and app, can't get to my bids at all and two auctions close at 6.""")

C("en", "data_loss technical_issue", "", "", "Walter Hinds <walter.hinds@hinds.example>",
  "meter readings gone",
  """Hello,

After I updated the GlucoSure app yesterday all my readings before January are gone. The graph starts on 2 January. I had two years of readings in there that my diabetes nurse looks at every quarter. Is there any way to get them back?

Walter Hinds""")

C("en", "data_loss", "", "cause unknown to customer; no breakage reported", "Fatima Zahra <fatima.zahra@zahra-translations.example>",
  "files from project TR-8812",
  """Hi, the translated files you delivered for project TR-8812 were in the portal last week but the project folder is empty now and our client is asking for them. We didn't delete anything on our side. Did something happen?""")

C("en", "data_loss technical_issue", "", "", "Mike Osborne <mike@osborne-accountants.example>",
  "Outlook mailboxes",
  """Since your migration at the weekend, 3 of our 8 mailboxes are missing everything older than 2023. Inbox, sent items, the lot. The migration report says 'completed successfully'.""")

C("en", "data_loss severe_dissatisfaction technical_issue", "", "", "Cheryl Day <cheryl.day@day.example>",
  "my child's photos",
  """You deleted two years of photos of my daughter from the nursery app when she moved rooms. TWO YEARS. Her first steps were in there. I cannot put into words how angry I am. Absolutely unforgivable.""")

C("en", "security_incident", "", "", "Isaac Brandt <isaac.brandt@brandt.example>",
  "login from another country",
  """Hi, got an alert that someone logged into my auction account from an IP in another country at 3am and my saved address now says something I didn't enter. I've changed my password. Please check what was bought.""")

C("en", "security_incident technical_issue", "", "", "Paula Grey <paula.grey@grey-law.example>",
  "I can see other clients' documents",
  """Hello,

When I log into your client portal I can see a folder of tax documents belonging to someone called 'R. Whitfield' - payslips, P60s and a copy of his passport. I have not opened anything beyond the list. You obviously have a serious problem with access permissions.

Paula Grey""")

C("en", "security_incident", "", "", "Ben Lacey <ben.lacey@lacey.example>",
  "hacked?",
  """My alarm monitoring account has been accessed, the system was disarmed remotely at 11:02 yesterday while we were on holiday and none of us did it. The neighbours saw the alarm go off earlier. Need to know who disarmed it.""")

C("en", "regulatory", "", "", "Maureen Hale <maureen.hale@halehome.example>",
  "Mis-selling",
  """I was sold a satellite package by your door-to-door agent who told me it included sport. It doesn't. I've already been in touch with the Ombudsman and they've given me a case number.""")

C("en", "regulatory", "", "", "Dariusz Nowak <dariusz.nowak@nowak.example>",
  "data",
  """You sent my glucose readings and my home address to another customer by email. That is a GDPR violation and I expect a full explanation. I'm also going to report this to the data protection authority.""")

C("en", "regulatory billing_dispute", "", "", "Sandra Lyle <sandra.lyle@lyle.example>",
  "Unauthorised renewal",
  """Dear team, the font licence auto-renewed at $1,190 without any reminder, even though I turned auto-renew off in June. I've filed a complaint with the CFPB and disputed it with my card issuer. Sandra Lyle""")

C("en", "corporate_contact_request", "", "", "Howard Beale <howard.beale@bealeprop.example>",
  "who do I write to",
  """Who is the right person at head office to send a formal complaint to and what's the postal address? Not customer services, I mean the company's legal department.""")

C("en", "corporate_contact_request", "", "", "Natalie Chu <natalie.chu@chu.example>",
  "board contact",
  """Hi, can you give me the contact details for the board of directors or the company secretary of the wine club? Thanks, Natalie""")

C("en", "corporate_contact_request executive_contact", "", "", "Aidan Frost <aidan.frost@frost.example>",
  "Managing director",
  """Please send me the name and email address of your managing director. I intend to write to him directly about the pest control contract at our restaurant.""")

C("en", "executive_contact", "", "", "Sophie Turnbull <sophie.turnbull@turnbull.example>",
  "letter to your VP",
  """I've just posted a letter to your VP of Customer Experience, recorded delivery, with everything I've been through since October. I thought you should know.""")

C("en", "executive_contact cancellation_threat", "", "", "George Vickers <george.vickers@vickers.example>",
  "Last email",
  """I am cc'ing your chief executive on this one because the support team clearly isn't listening. We will not be renewing the managed IT contract in April.""")

C("en", "discrimination_harassment", "", "", "Daniel Okoye <daniel.okoye@okoye.example>",
  "university interview",
  """Dear Admissions,

At my interview on 12 March one of the panel asked where I was 'really from' and whether my English would be good enough, after I had already shown my IELTS score of 8.0. No other applicant I spoke to was asked this. I feel I was treated differently because of my race and I would like this looked into.

Daniel Okoye""")

C("en", "discrimination_harassment", "", "", "Megan Rowe <megan.rowe@rowe.example>",
  "member of staff",
  """One of your locksmiths kept messaging my personal phone after the job, asking me out and saying he 'still has a key'. It's really frightening. I live alone. Please make it stop.""")

C("en", "discrimination_harassment manager_request", "", "", "Carl Jensen <carl.jensen@jensen.example>",
  "wheelchair",
  """Your car sharing staff refused to let me register because I use hand controls, said 'we don't do disabled'. I want to speak to someone senior about this today.""")

C("en", "safety", "", "", "Linda Parks <linda.parks@parks.example>",
  "Shock from the oven",
  """Your fitters installed our oven last week. This morning I got a proper electric shock off the handle, my arm was tingling for ten minutes. We've turned it off at the isolator. Please send an electrician.""")

C("en", "safety technical_issue", "", "", "Oscar Wells <oscar.wells@wells.example>",
  "charger",
  """The charger for the glucose meter started smoking on the bedside table last night. Melted a bit of the plastic. Photo attached. I'm not using it again.""", pack="mixed")

C("en", "safety", "", "", "Irene Blake <irene.blake@blake.example>",
  "roof",
  """The scaffolding your roofers left up is swaying in the wind and two boards fell into the road this afternoon, nearly hit a car. Nobody answers your phone. Please come and make it safe.""")

C("en", "high_value_order", "", "", "Victor Lang <victor.lang@lang-group.example>",
  "Kitchen order KF-2291 - delivery incomplete",
  """Hello,

Our kitchen order KF-2291 (total 14.300,00 EUR, paid in full) arrived yesterday without the island unit or any of the wall cabinets. The fitters start Monday.

Please confirm when the missing items will arrive.

Victor Lang""")

C("en", "high_value_order billing_dispute", "", "", "Imogen Shaw <imogen.shaw@shaw-estate.example>",
  "HVAC invoice",
  """Your invoice for the heat pump install is $18,750. The signed quote says $15,200. Nobody told me about any extras. I'm not paying the extra $3,550 until I see a breakdown.""")

C("en", "high_value_order", "", "", "Lars Eriksen <lars.eriksen@eriksen.example>",
  "wine order stuck",
  """Hi, our order for the restaurant cellar (order WC-7781, GBP 6,240) has been showing 'awaiting dispatch' for three weeks. We reopen on the 1st. What's happening?""")

C("en", "high_value_order technical_issue", "", "", "Mei Tanaka <mei.tanaka@tanaka-studio.example>",
  "enterprise licence not activated",
  """Dear team,

We signed the enterprise font licence (contract EF-2025-07, USD 22k/yr) on 3 March. The licence dashboard still shows us on the free tier and none of the 30 seats are active, the activation link returns 'invalid token'.

Regards,
Mei Tanaka""")

C("en", "high_value_order cancellation_threat", "", "", "Robert Achebe <robert.achebe@achebe-events.example>",
  "translation contract",
  """Our framework contract with you is worth about €60,000 a year. The last three deliveries were late and full of mistakes. Unless the conference materials due Friday are right, we'll take the whole contract elsewhere.""")

C("en", "feature_request", "", "", "Clare Sutton <clare.sutton@sutton.example>",
  "would be nice",
  """Please please add dark mode to the magazine app, reading in bed at night is blinding. Otherwise love it.""")

C("en", "feature_request", "", "", "Hamid Rezaei <hamid.rezaei@rezaei.example>",
  "family accounts",
  """hello, can you make possible to link children passes to parent account so we pay all together? now I have to top up 3 passes separately every month. thank you""")

C("en", "feature_request", "", "", "Joanna Price <joanna.price@price-salon.example>",
  "Booking widget",
  """Hi, it'd be brilliant if the booking widget let clients choose a specific stylist, not just a time slot. A lot of our regulars ask for it.""")

C("en", "severe_dissatisfaction", "", "", "Keith Morton <keith.morton@morton.example>",
  "worst",
  """worst company i have ever dealt with bar none. three missed appointments. shocking. absolutely shocking""")

C("en", "severe_dissatisfaction technical_issue", "", "", "Tanya Bell <tanya.bell@bell.example>",
  "APP",
  """YOUR APP LOGS ME OUT EVERY TWO MINUTES AND I HAVE TO TYPE THE WHOLE PASSWORD AGAIN. I AM SO ANGRY I COULD SCREAM. WHO TESTS THIS RUBBISH""")

C("en", "legal_threat", "", "", "Nigel Parr <nigel.parr@parr.example>",
  "Notice",
  """You have 14 days to refund the £2,300 deposit for the roof that was never started, after which I'll let a judge sort this out.""")

C("en", "legal_threat", "", "", "Sylvia Trent <sylvia.trent@trent.example>",
  "Image licence claim",
  """I received your 'unlicensed use' claim for £900 for an image on my bakery website which I bought legitimately through your own site in 2021. I've passed your letter to my attorney and she will respond on my behalf.""")

C("en", "cancellation_threat", "", "", "Ian Forbes <ian.forbes@forbes.example>",
  "renewal",
  """Just so you know, after the mess with the sessions over Christmas we won't be renewing our daycare contract in September. We've found another nursery.""")

C("en", "cancellation_threat", "", "", "Tara Doyle <tara.doyle@doyle.example>",
  "moving on",
  """I've had enough of the box arriving late and half empty. Close my account please, I'm done with you.""")
# ---- German, customer mail with triggers ----
C("de", "billing_dispute", "", "", "Sabine Krüger <sabine.krueger@post.example>",
  "Doppelte Abbuchung Abo",
  """Sehr geehrte Damen und Herren,

auf meinem Kontoauszug sehe ich für den Monat Februar zwei Lastschriften über jeweils 32,90 € für mein Zeitungsabo (Kundennummer 7718204). Ich habe nur ein Abo. Bitte erstatten Sie mir den doppelt abgebuchten Betrag.

Mit freundlichen Grüßen
Sabine Krüger""")

C("de", "cancellation_threat severe_dissatisfaction technical_issue", "", "", "Jürgen Bäcker <j.baecker@baecker-online.example>",
  "Unverschämtheit",
  """Das ist eine absolute Frechheit!!! Seit drei Wochen kein Bild auf dem Receiver und Ihre Hotline legt einfach auf. Ich kündige zum nächstmöglichen Termin und hol mir das Kabel vom Mitbewerber. Reicht mir endgültig.""")

C("de", "legal_threat", "", "", "Dr. Henrike Vogt <h.vogt@vogt-praxis.example>",
  "Ihre Rechnung Nr. 2025-0331",
  """Sehr geehrte Damen und Herren,

die Rechnung für den Einbau der Küche enthält Positionen, die nie erbracht wurden (Abdichtung Spüle, Montage Oberschränke). Ich habe die Unterlagen bereits meinem Rechtsanwalt übergeben, der sich in den nächsten Tagen bei Ihnen melden wird.

Mit freundlichen Grüßen
Dr. Henrike Vogt""")

C("de", "outage technical_issue", "", "", "Tobias Lang <tobias.lang@lang-steuer.example>",
  "Portal nicht erreichbar",
  """Hallo,

seit heute früh ist das Mandantenportal für uns und alle Mandanten nicht erreichbar, es kommt nur 'Fehler 503 – Dienst nicht verfügbar'. Wir haben Abgabefristen diese Woche. Bitte dringend melden.

Gruß
Tobias Lang""")

C("de", "manager_request", "", "", "Monika Seidel <monika.seidel@seidel.example>",
  "Bitte an Vorgesetzte weitergeben",
  """Guten Tag,

ich möchte bitte mit Ihrer Teamleitung sprechen. Die Auskünfte, die ich bisher zur Rückerstattung der Vereinsbeiträge bekommen habe, widersprechen sich völlig.

Freundliche Grüße
Monika Seidel""")

C("de", "repeat_contact", "", "", "Klaus Ritter <klaus.ritter@ritter-mail.example>",
  "Zum dritten Mal: Adressänderung",
  """Ich schreibe Ihnen jetzt zum dritten Mal wegen meiner neuen Lieferadresse für die Zeitschrift. Sie geht immer noch an die alte Wohnung. Neue Adresse: Lindenweg 4, 12345 Musterstadt.""")

C("de", "safety technical_issue", "", "", "Petra Hoffmann <petra.hoffmann@hoffmann.example>",
  "Netzteil CPAP wird heiß",
  """Hallo,
das Netzteil meines CPAP-Geräts wird nachts so heiß, dass man es nicht mehr anfassen kann, und heute Morgen war das Kabel am Stecker angeschmort. Ich habe es sofort vom Strom genommen. Bitte schicken Sie mir schnell Ersatz, ich brauche das Gerät.
Petra Hoffmann""")

C("de", "security_incident", "", "", "Stefan Wolf <stefan.wolf@wolf-family.example>",
  "Fremdzugriff auf mein Konto",
  """Hallo, in meinem Konto bei Ihrem Auktionshaus wurden heute Nacht drei Gebote abgegeben, die nicht von mir sind, und meine E-Mail-Adresse wurde geändert. Ich komme nur noch über den Passwort-vergessen-Link rein. Bitte sperren Sie das Konto.""")

C("de", "data_loss technical_issue", "", "", "Anja Becker <anja.becker@becker-kita.example>",
  "Alle Einträge weg",
  """Liebes Support-Team,

nach dem Update der Kita-App sind sämtliche Beobachtungsbögen und Entwicklungsberichte unserer Gruppe 'Igel' verschwunden. Das waren Einträge aus zwei Jahren. Wir haben nichts gelöscht. Gibt es eine Sicherung?

Viele Grüße
Anja Becker
Gruppenleitung""")

C("de", "regulatory", "", "", "Manfred Keller <manfred.keller@keller.example>",
  "Beschwerde",
  """Sie haben mir trotz Widerspruch weiter Werbeanrufe für Ihr Lotterie-Los gemacht. Ich habe mich deswegen an die Verbraucherzentrale gewandt und eine Beschwerde bei der Bundesnetzagentur eingereicht.""")

C("de", "broken_promise technical_issue", "", "", "Ursula Franke <ursula.franke@franke.example>",
  "Rückruf",
  """Guten Tag, mir wurde am Dienstag ein Rückruf durch den Techniker 'spätestens morgen' zugesagt. Bis heute hat sich niemand gemeldet. Die Alarmanlage piept immer noch jede Stunde. Grüße U. Franke""")

C("de", "cancellation_threat technical_issue", "", "conditional threat", "Markus Brandt <markus.brandt@brandt-it.example>",
  "Vertrag",
  """Wenn der Server bis Freitag nicht wieder sauber läuft, kündigen wir den Wartungsvertrag. Mit freundlichen Grüßen, M. Brandt""")

C("de", "high_value_order", "", "", "Elke Schröder <elke.schroeder@schroeder-bau.example>",
  "Auftrag 44-2190 Dachsanierung",
  """Sehr geehrte Damen und Herren,

für die Dachsanierung (Auftrag 44-2190, Auftragssumme 38.500,00 EUR) wurde vor sechs Wochen die Anzahlung geleistet. Das Gerüst steht seit vier Wochen, gearbeitet wurde seitdem nicht. Bitte teilen Sie mir verbindlich mit, wann die Arbeiten fortgesetzt werden.

Mit freundlichen Grüßen
Elke Schröder""")

C("de", "media_threat technical_issue", "", "third failed booking, not third contact", "Lukas Meier <lukas.meier@meier-blog.example>",
  "Ihr Salon-Buchungssystem",
  """Servus, dritte Buchung die im Salon nicht ankommt. Ich hab nen Beauty-Blog mit ordentlich Reichweite und überleg mir grad ernsthaft, einen Artikel über euer System zu schreiben. Bitte kümmert euch.""")

C("de", "feature_request", "", "", "Greta Zimmermann <greta.zimmermann@zimmermann.example>",
  "Feature-Wunsch",
  """Hallo, ein Feature-Wunsch: Es wäre toll, wenn man in der Weinclub-App Weine auf eine Merkliste setzen könnte. Danke und Grüße, Greta""")

C("de", "discrimination_harassment", "", "", "Aylin Demir <aylin.demir@demir.example>",
  "Beschwerde über Mitarbeiter",
  """Sehr geehrte Damen und Herren,

beim Termin in Ihrem Salon am Samstag hat die Mitarbeiterin an der Kasse zu ihrer Kollegin gesagt, 'die Kopftuchfrauen zahlen eh nie pünktlich', laut genug, dass ich es hören konnte. Ich fühle mich diskriminiert und erwarte eine Stellungnahme.

Aylin Demir""")

C("de", "executive_contact", "", "", "Rainer Lorenz <rainer.lorenz@lorenz.example>",
  "Kopie an Geschäftsführung",
  """Ich habe diese Mail in Kopie an Ihren Geschäftsführer Herrn Dr. Albers geschickt, vielleicht bewegt sich dann endlich etwas.""",
  cc="Dr. Jan Albers <j.albers@kuechenwerk.example>")

C("de", "corporate_contact_request", "", "", "Heike Sommer <heike.sommer@sommer.example>",
  "Anschrift Hauptsitz",
  """Guten Tag, bitte nennen Sie mir die Anschrift Ihrer Hauptverwaltung und den zuständigen Ansprechpartner in der Rechtsabteilung. Danke, H. Sommer""")

C("de", "severe_dissatisfaction", "", "", "Dieter Haas <dieter.haas@haas.example>",
  "Katastrophe",
  """Was Ihre Reinigungskräfte hier abgeliefert haben, ist eine einzige Katastrophe. Ich bin stinksauer. So eine Schlamperei habe ich noch nie erlebt.""")

C("de", "technical_issue", "", "", "Nina Graf <nina.graf@graf.example>",
  "Fehlermeldung beim Ticketkauf",
  """Hallo, beim Kauf vom Monatsticket in der App kommt immer 'Fehler E-207: Zahlung konnte nicht verarbeitet werden', obwohl die Karte geht. Android 13. LG Nina""")

C("de", "repeat_contact broken_promise manager_request", "", "", "Werner Pohl <werner.pohl@pohl.example>",
  "4. Anfrage - Gutschrift",
  """Sehr geehrte Damen und Herren,

dies ist bereits meine vierte Anfrage. Am 10.01. wurde mir am Telefon eine Gutschrift über 75 € für die ausgefallenen Reinigungstermine zugesagt. Passiert ist nichts. Ich bitte nun darum, dass sich ein Vorgesetzter persönlich um die Sache kümmert.

Mit freundlichen Grüßen
Werner Pohl""")

C("de", "outage technical_issue", "", "", "Sven Richter <sven.richter@richter.example>",
  "kein empfang",
  """moin seit gestern abend auf allen sendern kein signal, nachbarn haben das gleiche, schüssel is ok. was is da los""")

C("de", "billing_dispute", "", "already cancelled before; chargeback threat, no new cancellation threat", "Gabriele Engel <gabriele.engel@engel.example>",
  "Abbuchung nach Kündigung",
  """Guten Tag,

obwohl ich die Beauty-Box zum 31.12. gekündigt habe (Bestätigung liegt mir vor), wurden im Januar wieder 24,95 € abgebucht. Ich erwarte die Rückzahlung, sonst lasse ich die Lastschrift zurückgehen.

Gabriele Engel""")

C("de", "data_loss", "", "cause unknown to customer; no breakage reported", "Frank Neumann <frank.neumann@neumann-notar.example>",
  "Dokumente fehlen",
  """Hallo, im gemeinsamen Laufwerk fehlen seit heute alle Urkundenentwürfe aus dem Ordner 2024. Der Ordner ist einfach leer. Wer war das und wie bekommen wir das wieder? Gruß F. Neumann""")

C("de", "legal_threat cancellation_threat", "", "", "Christine Arnold <christine.arnold@arnold.example>",
  "Fristsetzung",
  """Sehr geehrte Damen und Herren,

hiermit setze ich Ihnen eine letzte Frist bis zum 15.03. zur Beseitigung der Mängel an der Heizungsanlage. Nach fruchtlosem Fristablauf werde ich den Vertrag kündigen und rechtliche Schritte einleiten.

Hochachtungsvoll
Christine Arnold""")

C("de", "safety", "", "", "Horst Jung <horst.jung@jung.example>",
  "Gift offen liegen gelassen",
  """Ihr Kammerjäger hat die Giftköder gegen Ratten offen im Flur neben dem Kinderwagen liegen lassen. Unsere Tochter ist 1 Jahr alt und krabbelt überall. Das ist lebensgefährlich!""")

C("de", "outage technical_issue high_value_order", "", "", "Britta Kühn <britta.kuehn@kuehn-logistik.example>",
  "Totalausfall E-Mail und Server",
  """Hallo,

bei uns geht seit 7 Uhr gar nichts mehr: kein E-Mail, kein Fileserver, keine Telefonanlage. Wir haben mit Ihnen einen Managed-Service-Vertrag über 9.600 € jährlich inklusive 4-Stunden-Reaktionszeit. Bisher hat sich niemand gemeldet.

Britta Kühn""")

C("de", "severe_dissatisfaction manager_request", "", "", "Andreas Möller <andreas.moeller@moeller.example>",
  "ICH WILL IHREN CHEF SPRECHEN",
  """UNFASSBAR. ZWEI STUNDEN WARTESCHLEIFE UND DANN AUFGELEGT. ICH WILL SOFORT JEMANDEN VON DER LEITUNG SPRECHEN, NICHT WIEDER DIE HOTLINE.""")

C("de", "broken_promise", "", "", "Silke Vogel <silke.vogel@vogel.example>",
  "zugesagte Lieferung",
  """Hallo, die zugesagte Lieferung der Arbeitsplatte 'spätestens KW 12' ist nicht gekommen, es ist jetzt KW 15. Bitte um Rückmeldung. Silke Vogel""")

C("de", "repeat_contact", "", "2 mails + 1 call before this one", "Uwe Bauer <uwe.bauer@bauer.example>",
  "nochmal",
  """Hab euch jetzt schon 2x geschrieben und einmal angerufen wegen der falschen Vereinsbeitragshöhe, keiner meldet sich. Ist das so schwer?""")

C("de", "media_threat severe_dissatisfaction", "", "", "Carina Roth <carina.roth@roth.example>",
  "Bewertung",
  """Ganz ehrlich, das war der schlechteste Service, den ich je erlebt habe. Ich werde eine ausführliche Bewertung auf allen Portalen schreiben und meine Erfahrungen auch auf Facebook teilen.""")

C("de", "technical_issue feature_request", "", "", "Oliver Schmitt <oliver.schmitt@schmitt.example>",
  "Export",
  """Guten Tag, der CSV-Export der Messwerte bricht bei mehr als 500 Einträgen mit einem Fehler ab. Außerdem wäre es schön, wenn der Export auch als PDF für den Arzt möglich wäre. Danke!""")
# ---- French, customer mail with triggers ----
C("fr", "billing_dispute", "", "", "Claire Dubois <claire.dubois@courriel.example>",
  "Prélèvement en double",
  """Bonjour,

Je constate deux prélèvements de 14,90 € le 5 mars pour mon abonnement au magazine (n° client 55-30921). Je n'ai qu'un seul abonnement. Merci de me rembourser le second prélèvement.

Cordialement,
Claire Dubois""")

C("fr", "cancellation_threat technical_issue", "", "third breakdown, not third contact", "Jean-Marc Lefèvre <jm.lefevre@lefevre.example>",
  "Résiliation",
  """Troisième panne de la box satellite en deux mois. Si ce n'est pas réparé cette semaine, je résilie mon abonnement et je passe chez la concurrence. JM Lefèvre""")

C("fr", "legal_threat", "", "", "Me Isabelle Garnier <i.garnier@garnier-famille.example>",
  "Acompte non remboursé",
  """Madame, Monsieur,

Malgré mes relances, l'acompte de 1 800 € versé pour la rénovation de la toiture ne m'a toujours pas été restitué alors que le chantier n'a jamais commencé. Sans remboursement sous huit jours, je saisirai le tribunal compétent.

Veuillez agréer mes salutations distinguées.
Isabelle Garnier""")

C("fr", "outage technical_issue", "", "", "Thomas Petit <thomas.petit@petit-cabinet.example>",
  "Plus rien ne fonctionne",
  """Bonjour, depuis 8h ce matin aucun poste du cabinet n'arrive à se connecter au serveur ni à la messagerie. Toute l'équipe est bloquée. Merci d'intervenir en urgence. Thomas""")

C("fr", "manager_request", "", "", "Sophie Marchand <sophie.marchand@marchand.example>",
  "Demande de responsable",
  """Bonjour,

Je souhaiterais parler à un responsable concernant le dossier d'inscription de mon fils à la crèche. Les informations données par vos conseillers sont contradictoires.

Bien à vous,
Sophie Marchand""")

C("fr", "repeat_contact", "", "", "Luc Bernard <luc.bernard@bernard.example>",
  "Relance n°3",
  """Bonjour, c'est la troisième fois que je vous écris au sujet de ma carte de transport qui n'a jamais été envoyée. Pouvez-vous enfin me répondre ? Luc Bernard""")

C("fr", "safety technical_issue", "", "", "Nathalie Roux <nathalie.roux@roux.example>",
  "Appareil qui chauffe",
  """Bonjour,

Mon lecteur de glycémie chauffe énormément pendant la charge et hier soir la coque a fondu sur le côté. Il y avait une odeur de brûlé dans la chambre. Je ne l'utilise plus. Que dois-je faire ?

Nathalie Roux""")

C("fr", "security_incident", "", "", "Pierre Moulin <pierre.moulin@moulin.example>",
  "Compte piraté",
  """Bonjour, quelqu'un s'est connecté à mon compte d'enchères cette nuit, a changé l'adresse de livraison et a remporté deux lots à mon nom. Ce n'est pas moi ! Bloquez mon compte svp.""")

C("fr", "data_loss technical_issue", "", "", "Émilie Fontaine <emilie.fontaine@fontaine-traduction.example>",
  "Mémoires de traduction effacées",
  """Bonjour,

Depuis la mise à jour de votre plateforme, nos mémoires de traduction (environ 180 000 segments) ont disparu de notre espace client. Il ne reste que des dossiers vides. C'est le travail de cinq ans.

Émilie Fontaine""")

C("fr", "regulatory", "", "", "Gérard Lambert <gerard.lambert@lambert.example>",
  "Réclamation CNIL",
  """Vous continuez à m'envoyer vos lettres d'information alors que j'ai demandé la suppression de mes données il y a trois mois. J'ai déposé une plainte auprès de la CNIL.""")

C("fr", "broken_promise", "", "", "Anne Girard <anne.girard@girard.example>",
  "Rappel promis",
  """Bonjour, votre conseillère m'avait promis un rappel lundi pour fixer le rendez-vous du chauffagiste. Personne ne m'a rappelée. Merci de faire le nécessaire. Anne Girard""")

C("fr", "media_threat", "", "", "Julien Robert <julien.robert@robert.example>",
  "Avis client",
  """Si je n'ai pas de réponse d'ici demain, je raconte toute l'histoire sur les réseaux sociaux et je laisse un avis détaillé partout où je peux. Vous êtes prévenus.""")

C("fr", "high_value_order", "", "", "Catherine Blanc <catherine.blanc@blanc-hotel.example>",
  "Commande cuisine professionnelle",
  """Madame, Monsieur,

Notre commande n° CP-7721 d'un montant de 23 450 € HT pour l'aménagement de la cuisine de l'hôtel devait être livrée le 3 mars. À ce jour, rien n'est arrivé et nos appels restent sans réponse.

Cordialement,
Catherine Blanc""")

C("fr", "severe_dissatisfaction", "", "", "Michel Faure <michel.faure@faure.example>",
  "Inadmissible",
  """C'est tout simplement inadmissible. Trois rendez-vous annulés la veille par le serrurier. Je n'ai jamais vu un service aussi lamentable.""")

C("fr", "feature_request", "", "", "Camille Perrin <camille.perrin@perrin.example>",
  "Suggestion pour l'application",
  """Bonjour ! Ce serait bien de pouvoir mettre en pause la box beauté pendant les vacances au lieu de devoir résilier. Merci :)""")

C("fr", "discrimination_harassment", "", "", "Fatou Diallo <fatou.diallo@diallo.example>",
  "Comportement inacceptable d'un employé",
  """Bonjour,

Lors de la visite du technicien de désinsectisation, celui-ci m'a dit que 'chez les Africains c'est toujours sale'. J'ai été profondément humiliée devant mes enfants. Je demande des excuses et des mesures.

Fatou Diallo""")

C("fr", "corporate_contact_request executive_contact", "", "", "Bruno Masson <bruno.masson@masson.example>",
  "Coordonnées du PDG",
  """Pouvez-vous me communiquer l'adresse e-mail de votre PDG ? Je vais lui écrire directement puisque votre service client ne répond pas.""")

C("fr", "executive_contact", "", "", "Hélène Chevalier <helene.chevalier@chevalier.example>",
  "Copie à la direction générale",
  """J'ai transmis l'ensemble de nos échanges à votre directeur général ce matin par courrier recommandé.""")

C("fr", "technical_issue", "", "", "Antoine Leroy <antoine.leroy@leroy.example>",
  "Bug appli abonnement",
  """slt l'appli du journal plante dès que j'ouvre un article du supplément week-end, iphone 12 à jour. merci""")

C("fr", "outage technical_issue", "", "", "Sandrine Morel <sandrine.morel@morel-salon.example>",
  "Site de réservation en panne",
  """Bonjour, votre plateforme de réservation est inaccessible depuis ce matin (erreur 500). Ni nous ni nos clientes ne pouvons prendre de rendez-vous. Ça dure depuis 4 heures !""")

C("fr", "billing_dispute repeat_contact", "", "", "Yves Mercier <yves.mercier@mercier.example>",
  "Facture erronée - 3e relance",
  """Madame, Monsieur,

Je vous écris pour la troisième fois au sujet de la facture F-2025-118 : vous m'avez facturé 12 séances de garde alors que ma fille n'en a fait que 8. Le trop-perçu s'élève à 164 €.

Yves Mercier""")

C("fr", "cancellation_threat broken_promise", "", "", "Laure Dumont <laure.dumont@dumont.example>",
  "Toujours rien",
  """On m'avait promis un technicien mardi pour l'antenne. Personne n'est venu. Honnêtement je commence à regarder ailleurs, je ne vais pas payer pour un service que je n'ai pas.""")

C("fr", "legal_threat billing_dispute", "", "", "François Henry <francois.henry@henry.example>",
  "Prélèvements non autorisés",
  """Vous avez prélevé 3 fois 49 € sur mon compte pour un club de vin auquel je n'ai jamais adhéré. Mon avocat est saisi du dossier.""")

C("fr", "manager_request severe_dissatisfaction", "", "", "Valérie Noël <valerie.noel@noel.example>",
  "Escalade demandée",
  """Je vous demande de faire remonter ma réclamation à votre hiérarchie. Le traitement de mon dossier est une honte absolue.""")

C("fr", "data_loss technical_issue", "", "", "Olivier Guérin <olivier.guerin@guerin.example>",
  "Enregistrements disparus",
  """Bonjour, tous mes enregistrements du décodeur ont disparu depuis hier soir, y compris les films de mes enfants. Est-il possible de les récupérer ? Cordialement""")

C("fr", "safety", "", "", "Martine Colin <martine.colin@colin.example>",
  "Danger chaudière",
  """Depuis l'intervention de votre technicien, la chaudière fait des flammes jaunes et le détecteur de monoxyde de carbone a sonné deux fois cette nuit. Nous avons ouvert les fenêtres et dormi chez ma sœur.""")

C("fr", "broken_promise high_value_order", "", "", "Philippe Aubert <philippe.aubert@aubert-immo.example>",
  "Contrat de traduction",
  """Bonjour,

Vous vous étiez engagés à livrer la traduction des 40 baux commerciaux (devis accepté de 7 800 €) pour le 15 avril. Nous sommes le 22 et nous n'avons reçu que 12 documents.

Philippe Aubert""")

C("fr", "repeat_contact outage technical_issue", "", "", "Romain Picard <romain.picard@picard.example>",
  "encore !!",
  """je vous ai déjà appelé 3 fois cette semaine, l'application d'autopartage est toujours hors service, impossible de déverrouiller une voiture dans toute la ville""")

C("fr", "media_threat", "", "", "Agnès Vidal <agnes.vidal@quotidien-sud.example>",
  "Demande d'interview",
  """Bonjour,

Je suis journaliste au Quotidien du Sud et je prépare un article sur les retards de remboursement dans les loteries associatives. Accepteriez-vous de répondre à quelques questions d'ici jeudi ?

Agnès Vidal""")

C("fr", "severe_dissatisfaction cancellation_threat", "", "", "Denis Gautier <denis.gautier@gautier.example>",
  "RÉSILIATION IMMÉDIATE",
  """C'EST SCANDALEUX. TROIS SEMAINES SANS NETTOYAGE DES BUREAUX ET VOUS FACTUREZ QUAND MÊME. JE METS FIN AU CONTRAT.""")

C("fr", "feature_request", "", "", "Lucie Renaud <lucie.renaud@renaud.example>",
  "Idée",
  """Bonjour, serait-il possible d'ajouter une option pour recevoir les factures du club par e-mail au format PDF ? Ce serait vraiment pratique pour la comptabilité. Merci""")
# ---- Spanish, customer mail with triggers ----
C("es", "billing_dispute", "", "", "Lucía Fernández <lucia.fernandez@correo.example>",
  "Cobro duplicado",
  """Hola,

En mi extracto aparecen dos cargos de 39,95 € del 2 de febrero por la caja de cosmética. Solo tengo una suscripción. Por favor, devuélvanme el cargo duplicado.

Un saludo,
Lucía Fernández""")

C("es", "cancellation_threat technical_issue", "", "conditional threat", "Javier Morales <javier.morales@morales.example>",
  "Me doy de baja",
  """Llevo un mes sin poder ver ningún canal deportivo que pago. Si esto no se arregla antes del domingo, me doy de baja y me voy con otra compañía.""")

C("es", "legal_threat", "", "", "Carmen Ruiz <carmen.ruiz@ruiz-abogados.example>",
  "Reclamación formal",
  """Estimados señores:

Les comunico que, de no recibir la devolución íntegra de los 2.150 € abonados por la instalación de aire acondicionado defectuosa en el plazo de diez días, iniciaré acciones legales contra su empresa.

Atentamente,
Carmen Ruiz""")

C("es", "outage technical_issue", "", "", "Diego Torres <diego.torres@torres-gestoria.example>",
  "Caída total",
  """Buenos días, desde las 9 no funciona nada: ni el correo, ni el servidor, ni la centralita. Toda la oficina parada. Por favor llamen urgente al 555-0191.""")

C("es", "manager_request", "", "", "Elena Navarro <elena.navarro@navarro.example>",
  "Quiero hablar con un supervisor",
  """Hola, quiero hablar con un supervisor. Llevo dos semanas con el mismo problema con la matrícula y cada agente me dice una cosa distinta.""")

C("es", "repeat_contact", "", "", "Pablo Jiménez <pablo.jimenez@jimenez.example>",
  "Ya es la tercera vez",
  """Ya es la tercera vez que escribo por lo mismo: el abono de transporte de mi hija no se ha cargado. Nadie contesta.""")

C("es", "safety technical_issue", "", "", "Marta Gil <marta.gil@gil.example>",
  "El cargador echa humo",
  """Hola, anoche el cargador del medidor de glucosa empezó a echar humo en la mesilla y se derritió un poco el enchufe. Lo tengo desenchufado. Necesito uno nuevo y que alguien revise esto, podía haber ardido la casa.""")

C("es", "security_incident", "", "", "Andrés Castro <andres.castro@castro.example>",
  "Alguien ha entrado en mi cuenta",
  """Alguien ha cambiado los datos bancarios de mi cuenta del club deportivo y no he sido yo. Me llegó un aviso de cambio a las 4 de la mañana. Bloqueen la cuenta por favor.""")

C("es", "data_loss technical_issue", "", "", "Isabel Romero <isabel.romero@romero.example>",
  "Han desaparecido mis fotos",
  """Buenas tardes,

Después de la actualización de la web han desaparecido todas mis colecciones de imágenes guardadas, más de 600 fotos seleccionadas para clientes. ¿Pueden recuperarlas?

Isabel Romero""")

C("es", "regulatory", "", "", "Francisco Ortega <francisco.ortega@ortega.example>",
  "Denuncia",
  """He presentado una reclamación ante la AEPD porque siguen usando mis datos después de pedir su eliminación, y también en la oficina de consumo de mi ayuntamiento.""")

C("es", "broken_promise", "", "", "Rosa Delgado <rosa.delgado@delgado.example>",
  "Devolución prometida",
  """Hola, el 3 de marzo me dijeron por teléfono que la devolución de 59 € se haría en 48 horas. Estamos a 20 y no ha llegado nada.""")

C("es", "media_threat", "", "", "Sergio Vega <sergio.vega@vega.example>",
  "Lo voy a contar",
  """Pues nada, si no me solucionan lo del alquiler del coche compartido voy a contarlo todo en Twitter y en Google, que la gente sepa cómo tratan a sus clientes.""")

C("es", "high_value_order", "", "", "Alberto Serrano <alberto.serrano@serrano-hoteles.example>",
  "Pedido de vino para el restaurante",
  """Estimados:

Nuestro pedido WC-9120 por importe de 8.400,00 € para la bodega del restaurante lleva tres semanas 'en preparación'. Abrimos el día 1 y necesitamos saber cuándo llega.

Saludos,
Alberto Serrano""")

C("es", "severe_dissatisfaction", "", "", "Teresa Molina <teresa.molina@molina.example>",
  "Una vergüenza",
  """Lo de su servicio de limpieza es una vergüenza. Estoy indignadísima. Jamás he visto tal falta de profesionalidad.""")

C("es", "feature_request", "", "", "Raúl Ramos <raul.ramos@ramos.example>",
  "Sugerencia",
  """Hola! Estaría genial que la app del club permitiera reservar pista para varias semanas seguidas. Gracias""")

C("es", "discrimination_harassment", "", "", "Mohamed El Amrani <mohamed.elamrani@elamrani.example>",
  "Trato discriminatorio",
  """Buenos días,

En la oficina de admisiones la persona que me atendió se negó a aceptar mis documentos y dijo delante de todos que 'los marroquíes siempre traen papeles falsos'. Exijo una disculpa y que se investigue.

Mohamed El Amrani""")

C("es", "corporate_contact_request", "", "", "Beatriz Cano <beatriz.cano@cano.example>",
  "Dirección de la sede",
  """Hola, ¿me pueden facilitar la dirección postal de su sede central y el contacto del departamento jurídico? Gracias.""")

C("es", "executive_contact", "", "", "Manuel Prieto <manuel.prieto@prieto.example>",
  "He escrito a su director",
  """Les informo que he escrito a su consejero delegado por LinkedIn y por correo certificado contando todo lo sucedido con la instalación.""")

C("es", "technical_issue", "", "", "Nuria Santos <nuria.santos@santos.example>",
  "Error en la app de reservas",
  """La app de la peluquería me da 'Error 42: sesión no válida' cada vez que intento confirmar una cita. Ya he reinstalado. Saludos""")

C("es", "outage technical_issue", "", "", "Óscar Medina <oscar.medina@medina.example>",
  "no va nada",
  """no va la web ni la app de subastas desde hace 2 horas, sale error 503 a todo el mundo, tengo pujas cerrándose ya""")

C("es", "billing_dispute", "", "already cancelled; chargeback threat only", "Pilar Herrera <pilar.herrera@herrera.example>",
  "Cargo tras la baja",
  """Me di de baja del club de vinos en diciembre y me han cobrado 45 € en enero. Si no me lo devuelven, anulo la tarjeta y les hago un contracargo.""")

C("es", "repeat_contact severe_dissatisfaction", "", "", "Ricardo León <ricardo.leon@leon.example>",
  "CUARTO CORREO",
  """ES EL CUARTO CORREO QUE ENVÍO Y NADIE RESPONDE. ES INDIGNANTE. ¿HAY ALGUIEN AHÍ?""")

C("es", "data_loss", "", "", "Silvia Iglesias <silvia.iglesias@iglesias.example>",
  "Documentos perdidos",
  """Hola, la gestoría me dice que mis declaraciones de 2022 y 2023 ya no aparecen en su sistema y que 'se han perdido'. Las necesito para la hipoteca.""")

C("es", "legal_threat severe_dissatisfaction", "", "", "Enrique Blanco <enrique.blanco@blanco.example>",
  "Cerrajero",
  """El cerrajero me rompió la puerta blindada y ahora dicen que no es cosa suya. Es una tomadura de pelo intolerable. Mi cuñado es abogado y ya está preparando la demanda.""")

C("es", "broken_promise repeat_contact", "", "", "Inés Vargas <ines.vargas@vargas.example>",
  "Otra vez sin técnico",
  """Les he llamado ya tres veces. Cada vez me prometen que el técnico del aire acondicionado vendrá 'mañana' y nunca viene. Estamos a 38 grados.""")

C("es", "manager_request cancellation_threat", "", "", "Alejandro Rubio <alejandro.rubio@rubio.example>",
  "Necesito hablar con un responsable",
  """Quiero que me llame un responsable hoy mismo. Si no, cancelo el contrato de mantenimiento informático de las tres oficinas.""")

C("es", "safety", "", "", "Carolina Méndez <carolina.mendez@mendez.example>",
  "Peligro",
  """Los instaladores dejaron cables pelados colgando en el pasillo al lado del cuadro eléctrico. Mi hijo casi los toca. Vengan a arreglarlo ya.""")

C("es", "media_threat", "", "", "Daniel Sanz <daniel.sanz@diario-levante.example>",
  "Consulta de prensa",
  """Buenos días, soy periodista del Diario de Levante. Estamos preparando un reportaje sobre las quejas de padres por las guarderías que usan su aplicación. ¿Podrían darnos su versión antes del viernes?""")

C("es", "high_value_order broken_promise", "", "", "Gloria Paredes <gloria.paredes@paredes-arquitectura.example>",
  "Cocina pedido CO-5512",
  """Buenas tardes,

Nos comprometieron la instalación completa de la cocina (pedido CO-5512, 12.980 €) para el 10 de marzo. Hoy es 2 de abril y faltan la encimera y los electrodomésticos.

Gloria Paredes""")

C("es", "feature_request", "", "", "Víctor Suárez <victor.suarez@suarez.example>",
  "Propuesta",
  """Sería muy útil poder descargar todas las licencias de fuentes en un solo archivo. ¿Lo podrían añadir? Gracias""")

C("es", "severe_dissatisfaction cancellation_threat", "", "", "Lorena Cabrera <lorena.cabrera@cabrera.example>",
  "Fatal",
  """El peor servicio que he tenido nunca, de verdad. Estoy hartísima. Cancelen mi suscripción a la revista ya.""")
# ---- extra positives (mixed languages) ----
C("en", "security_incident", "", "", "Rosie Kemp <rosie.kemp@kemp.example>",
  "my card details",
  """hi my card got used for £400 at some online shop an hour after I updated it on your wine club site. the bank says your checkout page is the only place I used that card. are you hacked??""")

C("en", "security_incident", "outlook_quote", "", "Neil Baxter <neil.baxter@baxter-books.example>",
  "RE: Password reset",
  """Thanks, but the problem isn't that I forgot my password. Somebody else reset it - I got the reset email at 02:14 and I was asleep - and now my font library shows four new licences bought with my saved card.

Neil

-----Original Message-----
From: Support <support@example.test>
Sent: Tuesday, March 4, 2025 9:12 AM
To: Neil Baxter <neil.baxter@baxter-books.example>
Subject: RE: Password reset

Hi Neil, you can reset your password using the link on the sign-in page.""")

C("de", "security_incident", "", "", "Jana Ludwig <jana.ludwig@ludwig.example>",
  "Phishing-Mail in Ihrem Namen",
  """Hallo, heute kam eine Mail mit Ihrem Logo und meiner Kundennummer, in der ich meine Bankdaten 'bestätigen' sollte. Woher haben die meine Kundennummer? Da muss doch bei Ihnen etwas abgeflossen sein.""")

C("en", "discrimination_harassment", "", "", "Priyanka Das <priyanka.das@das.example>",
  "treatment at the club",
  """I've been a member of the tennis section for four years. Since I came back from maternity leave the section coach keeps leaving me out of the league team and told another member that 'mums never commit'. I think that is discrimination and I'd like the club to deal with it.""")

C("es", "discrimination_harassment", "", "", "Lucía Campos <lucia.campos@campos.example>",
  "Acoso por parte de un técnico",
  """El técnico de la alarma me ha llamado cinco veces a mi móvil personal por la noche diciéndome cosas que no voy a repetir aquí. Tengo miedo. Por favor, que no vuelva a mi casa.""")

C("en", "corporate_contact_request", "", "", "Patrick Doyle <patrick.doyle@doyle-legal.example>",
  "Corporate phone number",
  """Could you let me have the switchboard number for your head office please? Not the support line, the corporate one. Thanks.""")

C("fr", "corporate_contact_request", "", "", "Marc Olivier <marc.olivier@olivier.example>",
  "Adresse du siège social",
  """Bonjour, merci de m'indiquer l'adresse de votre siège social et le nom du service juridique, je dois vous adresser une mise en demeure par courrier.""")

C("de", "corporate_contact_request executive_contact", "", "", "Volker Brandl <volker.brandl@brandl.example>",
  "Mailadresse Vorstand",
  """Geben Sie mir bitte die E-Mail-Adresse Ihres Vorstandsvorsitzenden, ich werde mich direkt an ihn wenden.""")

C("en", "regulatory", "", "", "Gwen Harris <gwen.harris@harris.example>",
  "Consumer protection",
  """I have reported your company to the consumer protection agency for selling the glucose strips as 'compatible' with my meter when they are not. I have the receipts.""")

C("fr", "regulatory", "", "", "Serge Poirier <serge.poirier@poirier.example>",
  "Signalement",
  """J'ai signalé votre loterie à la DGCCRF et au médiateur de la consommation pour les tickets gagnants jamais payés.""")

C("de", "regulatory", "", "", "Ingrid Lehmann <ingrid.lehmann@lehmann.example>",
  "Datenschutzverstoß",
  """Sie haben meine Gesundheitsdaten (Blutzuckerwerte) ohne Einwilligung an eine Versicherung weitergegeben. Das ist ein klarer DSGVO-Verstoß. Ich habe den Vorfall beim Landesdatenschutzbeauftragten gemeldet.""")

C("en", "media_threat", "", "", "Dave Kowalski <dave.kowalski@kowalski.example>",
  "local radio consumer programme",
  """I've been in touch with a consumer programme on local radio and they're very interested in how your roofers left my house open to the rain for a week. You might want to get your side of the story ready.""")

C("de", "media_threat", "", "", "Julia Krause <julia.krause@stadtanzeiger.example>",
  "Presseanfrage Carsharing",
  """Guten Tag, ich bin Redakteurin beim Stadtanzeiger und recherchiere zu Strafgebühren bei Ihrem Carsharing-Angebot. Wären Sie bereit, mir bis Mittwoch einige Fragen zu beantworten?""")

C("en", "data_loss technical_issue", "", "", "Ursula Penn <ursula.penn@penn.example>",
  "bids history blank",
  """My selling history page is completely empty - 6 years of sales, feedback and invoices I need for my tax return. It just says 'no records found'.""")

C("es", "data_loss technical_issue", "", "", "Hugo Reyes <hugo.reyes@reyes.example>",
  "Se han borrado las grabaciones",
  """Después de reiniciar el decodificador se han borrado todas las grabaciones. Tenía la temporada entera de una serie guardada. ¿Se puede recuperar algo?""")
# ---- English hard negatives (no trigger) ----
C("en", "", "job_title", "", "Karen Mills <karen.mills@millsdental.example>",
  "New starter - accounts",
  """Hi,

I'm the office manager here at Mills Dental. We have a new receptionist starting Monday, could you set her up with an email account and access to the shared calendar? Her name is Ella Brown.

Thanks,
Karen Mills
Office Manager""")

C("en", "", "job_title", "", "Steve Harlow <steve.harlow@harlow-eng.example>",
  "Password Manager licences",
  """Morning, we'd like to add 5 more seats to the Password Manager bundle you look after for us. Can you send a quote? Steve Harlow, Manager of IT""")

C("en", "", "job_title", "", "Lisa Grant <lisa.grant@grantfoods.example>",
  "Message for our account manager",
  """Hello, could you pass this to Jamie, our account manager? We'd like to move the monthly cleaning from Tuesdays to Thursdays from April. Nothing urgent. Lisa""")

C("en", "", "job_title", "", "Daniel Ross <daniel.ross@rossuni.example>",
  "Admissions data feed",
  """Dear team,

I've just joined as Admissions Systems Manager. Could you send me the documentation for the weekly applicant data feed and add me to the technical contact list?

Best,
Daniel Ross
Admissions Systems Manager""")

C("en", "", "quoted_threat", "customer's own old threat is quoted; new text is thanks", "Brian Shore <brian.shore@shore.example>",
  "Re: Refund",
  """Thanks Emma, the refund has arrived. All sorted, much appreciated.

Brian

On Tue, 11 Mar 2025 at 08:02, Brian Shore <brian.shore@shore.example> wrote:
> This is the third time I've written. If the £45 isn't refunded by Friday
> I'm taking you to the small claims court and cancelling my membership.""", pack="alt")

C("en", "", "quoted_threat", "", "Rita Moss <rita.moss@moss.example>",
  "Re: Complaint 33012",
  """Hi, the engineer came this morning and the heating is working again. Thank you for sending someone so quickly.

Rita

> On 14 Jan 2025, at 19:40, Rita Moss <rita.moss@moss.example> wrote:
>
> I want to speak to a manager. This is an absolute disgrace, three days
> with no heating and my solicitor will be hearing about it.""", pack="alt")

C("en", "", "outlook_quote", "old threat inside Outlook header block", "Peter Hume <peter.hume@hume-accounts.example>",
  "RE: Server",
  """Confirmed, all working at our end now. Please close the ticket.

Peter

From: Peter Hume <peter.hume@hume-accounts.example>
Sent: Monday, February 3, 2025 7:55 AM
To: Support <support@example.test>
Subject: Server

The server is completely down, nobody can work. If this happens again we'll cancel the contract and I'll escalate to your director.""")

C("en", "", "forwarded", "forwarded part holds the complaint", "Amy Lowell <amy.lowell@lowell.example>",
  "Fwd: terrible service - lawsuit",
  """Hi, forwarding this for your records as requested on the phone. My neighbour wrote it, not me; I'm just passing it on because she doesn't use email much. My own account is fine.

---------- Forwarded message ---------
From: June Parfitt <june.parfitt@parfitt.example>
Date: Sat, 8 Mar 2025 at 16:20
Subject: terrible service - lawsuit
To: Amy Lowell <amy.lowell@lowell.example>

Amy can you send this to them. I want my money back or I'll sue. Worst roofers ever.""")

C("en", "", "disclaimer", "legal disclaimer in signature", "Harold Finch <h.finch@finch-notary.example>",
  "Appointment for document certification",
  """Dear Sir or Madam,

Could you confirm my appointment on Thursday at 10:30 for the certification of two powers of attorney?

Kind regards,
Harold Finch

--
Finch & Partners LLP. This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Any unauthorised use may result in legal action. Finch & Partners LLP is regulated by the Solicitors Regulation Authority.""")

C("en", "", "disclaimer", "", "Sophie Adler <sophie.adler@adler-capital.example>",
  "Wine club gift for clients",
  """Hi, we'd like to send 12 gift memberships to clients for Christmas. What are the options?

Sophie

DISCLAIMER: This message may contain confidential information. Adler Capital accepts no liability for any damage caused by this email. If received in error, contact our legal department immediately. We will take legal steps against any misuse.""")

C("en", "", "negation", "", "Gareth Lloyd <gareth.lloyd@lloyd.example>",
  "small thing, no rush",
  """Hi, the newspaper was a bit late on Saturday, no big deal and I'm certainly not going to cancel over it, just thought you'd want to know the van seems to be running late. Cheers, Gareth""")

C("en", "", "negation", "", "Yvonne Beck <yvonne.beck@beck.example>",
  "Backup question",
  """Hi, the server restarted at about 2am last night but I've checked and we did not lose any data, everything is there. No need to escalate this, I'd just like to know if it was planned. Yvonne""")

C("en", "", "negation", "", "Ted Marsh <ted.marsh@marsh.example>",
  "chat earlier",
  """Sorry if I came across as angry on the chat earlier. I'm not going to sue anyone, I was just frustrated. The agent was really patient. Could you confirm my next delivery date? Ted""")

C("en", "", "policy_question", "", "Olivia Hart <olivia.hart@hart.example>",
  "refund policy",
  """Hello, what is your refund policy if a wine in the monthly case is corked? Just want to know before I sign up. Thanks""")

C("en", "", "policy_question", "", "Ben Carver <ben.carver@carver.example>",
  "cancel an order",
  """How do I cancel order #44102? I ordered the wrong size of CPAP mask cushion, it should be medium not large. Thanks""")

C("en", "", "policy_question", "", "Naomi Price <naomi.price@price.example>",
  "Cancellation terms",
  """Hi, if I take the 24-month satellite package, what's the notice period and is there a fee for cancelling early? I'm comparing offers. Naomi""")

C("en", "", "hypothetical", "", "Jason Lee <jason.lee@lee-it.example>",
  "SLA",
  """Do you offer an SLA for outages on the hosted file server? Our insurer wants to know what happens if it goes down for a day.""")

C("en", "", "hypothetical", "", "Alice Moreno <alice.moreno@moreno.example>",
  "cancel later?",
  """Would I be able to cancel the beauty box later if I wanted to, or am I locked in for the year?""")

C("en", "", "hypothetical", "", "Frank Doherty <frank.doherty@doherty.example>",
  "data on upgrade",
  """We're upgrading to the new practice management tier next month. How do I make sure I don't lose any data when we switch? Is there an export first?""")

C("en", "", "feature_exists", "", "Emma Stone <emma.stone@stone.example>",
  "CSV export?",
  """Can I export my glucose readings to CSV? I couldn't find it in the menu.""")

C("en", "", "feature_exists", "", "Raj Singh <raj.singh@singh.example>",
  "family pass",
  """Hi, is there a family option for the monthly pass? We have two adults and two teenagers. Thanks, Raj""")

C("en", "", "feature_exists", "", "Helen Cho <helen.cho@cho.example>",
  "Dark mode",
  """Does the magazine app have a dark mode somewhere? My daughter says it does but I can't see it.""")

C("en", "", "mild_disappointment", "", "Tom Greaves <tom.greaves@greaves.example>",
  "last box",
  """Hi, I was a little disappointed with this month's box, three of the items were very similar to last month. Not a big deal, just feedback. Tom""")

C("en", "", "mild_disappointment", "", "Mary Quinn <mary.quinn@quinn.example>",
  "haircut",
  """Hello, my cut on Saturday wasn't quite what I asked for, a bit shorter than I wanted. Could I book a quick tidy-up with the same stylist? Mary""")

C("en", "", "mild_disappointment", "not acceptable alone is not severe", "Roy Chandler <roy.chandler@chandler.example>",
  "Delivery window",
  """The delivery window of 8am-6pm for the replacement units isn't really acceptable for a working family. Is there any way to narrow it down? Thanks, Roy""")

C("en", "", "reported_speech", "", "Jenny Walsh <jenny.walsh@walsh.example>",
  "invoice query",
  """Hi, my colleague joked that we should sue you over the number of invoices you send us each month :) Could you combine them into one monthly invoice instead? Jenny""")

C("en", "", "reported_speech", "", "Lewis Hardy <lewis.hardy@hardy.example>",
  "neighbour's alarm",
  """Just a heads up, my neighbour said she was going to complain to the council about your alarm sirens being too loud. Not my problem but thought you should know. Is there a quieter setting for mine?""")

C("en", "", "reported_speech", "", "Carla Bennett <carla.bennett@bennett.example>",
  "Forum post",
  """Someone on our parents' group said they'd post about the nursery fees on Facebook. I don't have a complaint myself, I just want to check whether the September fees are going up. Carla""")

C("en", "", "own_ceo", "", "Ian Sharpe <ian.sharpe@sharpe-media.example>",
  "report for our CEO",
  """Hi, our CEO needs the quarterly licence usage report for the board meeting on Friday. Can you send it as PDF please? Ian""")

C("en", "", "own_ceo", "", "Grace Lin <grace.lin@lin-design.example>",
  "Translation for our director",
  """Hello, our managing director is giving a talk in Madrid next month, could you quote for translating a 12-page speech into Spanish? Grace""")

C("en", "", "big_amount_ok", "", "Edward Blake <edward.blake@blake-hotels.example>",
  "Order confirmation KF-9001",
  """Hello, thanks for the order confirmation for the hotel kitchen (KF-9001, €27,400). Everything looks right. Could you confirm the fitting team arrives on the 14th? Edward""")

C("en", "", "big_amount_ok", "", "Priscilla Ward <p.ward@ward-holdings.example>",
  "Annual contract renewal",
  """Hi, we're happy to renew the managed IT contract for another year at USD 36,000 as quoted. Please send the paperwork to our finance team. Priscilla""")

C("en", "", "amount_at_threshold", "exactly 5,000 is not over the threshold", "Leo Kaplan <leo.kaplan@kaplan.example>",
  "invoice 5,000 - wrong address",
  """Hi, the translation invoice for £5,000.00 has our old office address on it. Could you reissue it with the new one? Amount is fine. Leo""")

C("en", "", "second_email", "", "Wendy Shaw <wendy.shaw@shaw.example>",
  "second email",
  """Hello, this is my second email about this: could you send me a copy of my December invoice? Thank you. Wendy""")

C("en", "", "second_email", "", "Max Turner <max.turner@turner.example>",
  "following up",
  """Following up on my email from last week. When does the new season of matches start on the sports channel? Max""")

C("en", "", "howto_complaint", "", "Beryl Stone <beryl.stone@stone-home.example>",
  "this app is so confusing",
  """Honestly, your app is the most confusing thing. How on earth do I add a second car sharing driver to my account? I've looked everywhere. Beryl""")

C("en", "", "howto_complaint", "", "Gordon Pike <gordon.pike@pike.example>",
  "annoying",
  """Mildly annoyed that I can't figure out how to change my delivery day for the wine case. Where is that setting?""")

C("en", "", "howto_complaint", "", "Sue Ellis <sue.ellis@ellis.example>",
  "remote",
  """how do i get the subtitles on with the new remote, theres no button for it that i can see""")

C("en", "", "support_phone", "", "Alan Wyatt <alan.wyatt@wyatt.example>",
  "phone number",
  """What's your support phone number and when are you open on Saturdays? Alan""")

C("en", "", "security_howto", "", "Nina Palmer <nina.palmer@palmer.example>",
  "2FA",
  """Hi, how do I enable two-factor authentication on my auction account? Want to be safe. Nina""")

C("en", "", "gdpr_question", "", "Oscar Bright <oscar.bright@bright-law.example>",
  "DPA and GDPR",
  """Dear team, before we sign up our practice, can you confirm whether your client portal is GDPR compliant and send us your data processing agreement? Regards, Oscar Bright, Head of Legal""")

C("en", "", "maintenance_question", "", "Ruth Fowler <ruth.fowler@fowler.example>",
  "planned maintenance",
  """Will the booking system be unavailable during the planned maintenance on Sunday night? We have early appointments Monday.""")

C("en", "", "ad_on_social", "", "Zoe Kent <zoe.kent@kent.example>",
  "Saw your ad",
  """I saw your ad on social media for the first box at half price. Does that still apply? Zoe""")

C("en", "", "invoice_copy", "", "Paul Rigby <paul.rigby@rigby.example>",
  "invoice copy",
  """Please could you email me a copy of invoice INV-20931 for the pest control visit, our accountant needs it. Thanks""")

C("en", "", "customer_promise", "promise by the customer, future tense", "Jack Hollis <jack.hollis@hollis.example>",
  "payment",
  """Sorry for the late payment on the roofing invoice, I promise to pay the balance by Friday. Jack""")

C("en", "", "praise", "", "Doris Hale <doris.hale@hale.example>",
  "thank you",
  """Just wanted to say the locksmith who came out on Sunday night was brilliant, polite and quick. Please pass on my thanks. Doris""")

C("en", "", "price_question", "", "Terence Goh <terence.goh@goh.example>",
  "prices",
  """How much is the annual font licence for a team of 8? And do you have education discounts?""")

C("en", "", "quoted_threat", "quoted agent text mentions supervisor and lawsuits", "Diana Frost <diana.frost@frost.example>",
  "Re: question",
  """Great, thanks, that answers it.

On Wed, Feb 12, 2025 at 3:15 PM Support <support@example.test> wrote:
> Hi Diana, if you ever wanted to escalate this, you could ask for a
> supervisor, but I think we've solved it. Regarding lawsuits: we are not
> aware of any.""")

C("en", "", "job_title", "", "Mark Feld <mark.feld@feld-group.example>",
  "Intro",
  """Hello, I'm the new Operations Manager at Feld Group and will be your main contact for the office cleaning contract from now on. Could you add me to the invoice mailing list? Mark""")

C("en", "", "howto_complaint", "", "Lynn Carr <lynn.carr@carr.example>",
  "grr",
  """ok I give up, how do you download the licence certificate?? is it in account or orders""")

C("en", "", "negation", "", "Owen Marsh <owen.marsh@marsh-home.example>",
  "Glucose meter question",
  """Hi, no safety concerns or anything, the meter works fine. I just want to know how often I should replace the lancets. Owen""")

C("en", "", "hypothetical", "", "Freya Olsen <freya.olsen@olsen.example>",
  "what if",
  """What would happen to my recordings if the box ever needed replacing? Would they be transferred?""")

C("en", "", "reported_speech", "", "Hasan Aydin <hasan.aydin@aydin.example>",
  "my brother's account",
  """My brother says he was double charged last month but he's sorting that out himself. I only want to know if I can add him to my family plan. Hasan""")

C("en", "", "mild_disappointment", "", "Pam Rudd <pam.rudd@rudd.example>",
  "Feedback",
  """The magazine has got a bit thin lately, slightly disappointed but I still enjoy the crosswords. Is the puzzle supplement still coming out in spring?""")

C("en", "", "big_amount_ok", "", "Ken Marshall <ken.marshall@marshall.example>",
  "Deposit paid",
  """Hi, I've transferred the $8,500 deposit for the roof as agreed. Please confirm receipt. Looking forward to getting started. Ken""")

C("en", "", "own_ceo", "", "Rachel Ames <rachel.ames@ames-co.example>",
  "seats for exec team",
  """Our CEO and two VPs are joining the team next month. Can we add three seats to the stock photo plan? Rachel""")

C("en", "", "policy_question", "", "Sean Kelly <sean.kelly@kelly.example>",
  "chargebacks?",
  """What's your process for disputed charges in general? Our finance team wants it documented for the supplier file, we haven't had any problem.""")

C("en", "", "second_email", "", "Hilda Brenner <hilda.brenner@brenner.example>",
  "Re: application deadline",
  """Hi again, I wrote on Monday too - is the application deadline for the MSc programme 15 or 30 June? Thank you.""")
# ---- German / French / Spanish hard negatives ----
C("de", "", "quoted_threat", "", "Ralf Weber <ralf.weber@weber.example>",
  "AW: Störung Receiver",
  """Hallo, läuft wieder alles, vielen Dank für die schnelle Hilfe!

Gruß Ralf

Am 03.02.2025 um 18:22 schrieb Ralf Weber <ralf.weber@weber.example>:
> Seit drei Tagen kein Bild. Wenn das nicht bis morgen läuft, kündige ich
> und schalte meinen Anwalt ein. Eine absolute Frechheit!""", pack="alt")

C("de", "", "outlook_quote", "", "Birgit Sauer <birgit.sauer@sauer-steuer.example>",
  "AW: Zugang Portal",
  """Danke, der Zugang funktioniert jetzt. Ticket kann geschlossen werden.

Birgit Sauer

Von: Birgit Sauer <birgit.sauer@sauer-steuer.example>
Gesendet: Montag, 10. März 2025 08:14
An: Support <support@example.test>
Betreff: Zugang Portal

Ich schreibe zum dritten Mal! Ich will sofort mit Ihrem Vorgesetzten sprechen.""")

C("de", "", "job_title", "", "Thomas Brückner <thomas.brueckner@brueckner.example>",
  "Neuer Ansprechpartner",
  """Guten Tag, ich bin seit 1. März Office-Manager bei der Brückner GmbH und ab sofort Ihr Ansprechpartner für den IT-Wartungsvertrag. Bitte nehmen Sie mich in den Verteiler auf.

Thomas Brückner
Office-Manager""")

C("de", "", "negation", "", "Heidi Krämer <heidi.kraemer@kraemer.example>",
  "Frage zur Lieferung",
  """Hallo, ich will nicht kündigen, keine Sorge :) Ich wollte nur fragen, ob man die Weinlieferung im August einmal aussetzen kann, weil wir im Urlaub sind. Grüße Heidi""")

C("de", "", "policy_question", "", "Paul Winter <paul.winter@winter.example>",
  "Kündigungsfrist",
  """Guten Tag, wie lange ist die Kündigungsfrist für das Zeitungsabo, falls ich irgendwann umziehe? Danke, P. Winter""")

C("de", "", "disclaimer", "", "Dr. Eva Lindner <eva.lindner@lindner-kanzlei.example>",
  "Terminanfrage Beurkundung",
  """Sehr geehrte Damen und Herren,

ich bitte um einen Termin zur Beurkundung eines Grundstückskaufvertrags in der KW 18.

Mit freundlichen Grüßen
Dr. Eva Lindner
Rechtsanwältin

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Unbefugte Weitergabe kann rechtliche Schritte nach sich ziehen.""")

C("de", "", "feature_exists", "", "Ole Peters <ole.peters@peters.example>",
  "Export",
  """Kann man die Messwerte als PDF exportieren? Finde die Funktion nicht.""")

C("de", "", "mild_disappointment", "", "Renate Busch <renate.busch@busch.example>",
  "Box März",
  """Hallo, ich war ein bisschen enttäuscht von der März-Box, aber insgesamt bin ich zufrieden. Kommt im April wieder etwas von der Naturkosmetik-Marke? LG Renate""")

C("de", "", "reported_speech", "", "Gerd Falk <gerd.falk@falk.example>",
  "Frage zum Vereinsbeitrag",
  """Mein Nachbar meinte, man müsste Sie eigentlich verklagen, weil der Beitrag gestiegen ist :) Ich sehe das entspannt. Wie hoch ist der Familienbeitrag ab Juli?""")

C("de", "", "big_amount_ok", "", "Sandra Kolb <sandra.kolb@kolb-hotel.example>",
  "Auftragsbestätigung",
  """Vielen Dank für die Auftragsbestätigung über 18.900 € für die neue Heizungsanlage. Alles passt so. Bitte nennen Sie uns den Montagetermin. Freundliche Grüße, S. Kolb""")

C("de", "", "second_email", "", "Jens Otto <jens.otto@otto.example>",
  "Zweite Anfrage",
  """Hallo, das ist meine zweite Mail dazu: Bis wann muss die Bewerbung für das Wintersemester eingehen? Danke""")

C("de", "", "forwarded", "", "Lea Simon <lea.simon@simon.example>",
  "WG: Beschwerde Reinigung",
  """Zur Info, wie telefonisch besprochen. Die Sache hat sich inzwischen erledigt.

---------- Weitergeleitete Nachricht ----------
Von: Hausverwaltung Nord <info@hv-nord.example>
Datum: 12.02.2025
Betreff: Beschwerde Reinigung

Sehr geehrte Frau Simon, die Mieter beschweren sich massiv, wir prüfen rechtliche Schritte gegen die Reinigungsfirma.""")

C("de", "", "own_ceo", "", "Katrin Heller <katrin.heller@heller-ag.example>",
  "Übersetzung für unseren Vorstand",
  """Guten Tag, unser Vorstandsvorsitzender benötigt den Geschäftsbericht bis Ende Mai auf Englisch. Können Sie uns ein Angebot machen? K. Heller""")

C("de", "", "howto_complaint", "", "Michael Graf <michael.graf@graf-home.example>",
  "umständlich",
  """Ziemlich umständlich das Ganze. Wie ändere ich denn jetzt die Bankverbindung für den Vereinsbeitrag?""")

C("de", "", "hypothetical", "", "Petra Lenz <petra.lenz@lenz.example>",
  "Frage",
  """Was passiert eigentlich, wenn die Alarmzentrale mal ausfällt? Gibt es eine Notfallregelung?""")

C("de", "", "gdpr_question", "", "Norbert Klein <norbert.klein@klein-notariat.example>",
  "AV-Vertrag",
  """Guten Tag, bitte senden Sie uns Ihren Auftragsverarbeitungsvertrag nach DSGVO. Ist Ihr Rechenzentrum in der EU? Danke""")

C("fr", "", "quoted_threat", "", "Sylvie Caron <sylvie.caron@caron.example>",
  "RE: Remboursement",
  """Bonjour, j'ai bien reçu le remboursement, merci beaucoup pour votre aide.

Sylvie

Le 4 mars 2025 à 09:12, Sylvie Caron <sylvie.caron@caron.example> a écrit :
> C'est la troisième fois que je vous écris ! Si je ne suis pas remboursée
> je saisis le tribunal et je résilie mon abonnement.""", pack="alt")

C("fr", "", "outlook_quote", "", "Patrick Lemaire <patrick.lemaire@lemaire.example>",
  "RE: Panne serveur",
  """Tout fonctionne à nouveau, merci.

De : Patrick Lemaire <patrick.lemaire@lemaire.example>
Envoyé : lundi 17 février 2025 07:50
À : Support <support@example.test>
Objet : Panne serveur

Plus rien ne marche depuis ce matin, c'est inadmissible, je veux parler à un responsable.""")

C("fr", "", "job_title", "", "Aurélie Brun <aurelie.brun@brun-sa.example>",
  "Nouvelle interlocutrice",
  """Bonjour, je suis la nouvelle directrice commerciale de Brun SA et je reprends le suivi du contrat de traduction. Pouvez-vous me mettre en copie des factures ? Aurélie Brun, Directrice commerciale""")

C("fr", "", "negation", "", "Étienne Roy <etienne.roy@roy.example>",
  "Question",
  """Bonjour, pas de souci de mon côté, je ne compte pas résilier. Je voulais juste savoir si la chaîne cinéma est incluse dans mon bouquet. Merci""")

C("fr", "", "policy_question", "", "Manon Giraud <manon.giraud@giraud.example>",
  "Conditions de remboursement",
  """Bonjour, quelle est votre politique de remboursement si une bouteille arrive cassée ? Merci d'avance.""")

C("fr", "", "feature_exists", "", "Hugo Lebrun <hugo.lebrun@lebrun.example>",
  "Export CSV",
  """Est-ce qu'on peut exporter la liste des réservations du salon en CSV ?""")

C("fr", "", "disclaimer", "", "Maître Paul Benoit <paul.benoit@benoit-avocats.example>",
  "Demande de devis traduction",
  """Madame, Monsieur,

Je souhaiterais obtenir un devis pour la traduction assermentée de trois actes de naissance.

Bien cordialement,
Paul Benoit, avocat

Ce message est confidentiel et couvert par le secret professionnel. Toute utilisation non autorisée pourra faire l'objet de poursuites.""")

C("fr", "", "mild_disappointment", "", "Chloé Rey <chloe.rey@rey.example>",
  "Petit retour",
  """Bonjour, un peu déçue par la coupe de samedi, mais rien de grave. Je peux reprendre rendez-vous avec la même coiffeuse ? Merci""")

C("fr", "", "reported_speech", "", "Bernard Huet <bernard.huet@huet.example>",
  "Question abonnement",
  """Mon voisin dit qu'il va appeler un journaliste à cause des retards de livraison du journal. Moi je n'ai pas de problème, je voulais juste changer ma formule pour le week-end seulement.""")

C("fr", "", "second_email", "", "Inès Marchal <ines.marchal@marchal.example>",
  "Deuxième message",
  """Bonjour, c'est mon deuxième message : quels documents faut-il pour l'inscription en master ? Merci""")

C("fr", "", "big_amount_ok", "", "Louis Carpentier <louis.carpentier@carpentier.example>",
  "Devis accepté",
  """Bonjour, je vous confirme l'acceptation du devis de 14 200 € pour la cuisine. Quand pouvez-vous commencer ? Cordialement""")

C("fr", "", "own_ceo", "", "Céline Arnaud <celine.arnaud@arnaud-group.example>",
  "Rapport pour notre PDG",
  """Bonjour, notre PDG aimerait recevoir le rapport mensuel de sauvegarde chaque premier lundi du mois. Est-ce possible ?""")

C("fr", "", "howto_complaint", "", "Gilles Baron <gilles.baron@baron.example>",
  "pas pratique",
  """votre site n'est vraiment pas pratique. comment on change l'adresse de livraison de la box ?""")

C("fr", "", "forwarded", "", "Jeanne Morin <jeanne.morin@morin.example>",
  "TR: plainte",
  """Pour information, message reçu d'un ancien locataire, rien à voir avec mon contrat.

-------- Message transféré --------
Sujet : plainte
Date : Mon, 3 Mar 2025 11:02:44 +0100
De : Ancien Locataire <ancien@locataire.example>

Je vais porter plainte et contacter la presse, c'est honteux.""")

C("fr", "", "hypothetical", "", "Rémi Fabre <remi.fabre@fabre.example>",
  "En cas de panne ?",
  """Proposez-vous un engagement de rétablissement en cas de panne du serveur ? C'est pour notre assurance.""")

C("es", "", "quoted_threat", "", "Ana Lozano <ana.lozano@lozano.example>",
  "RE: Reembolso",
  """Hola, ya me ha llegado el reembolso. ¡Muchas gracias!

El lun, 3 feb 2025 a las 10:15, Ana Lozano (<ana.lozano@lozano.example>) escribió:
> Es la tercera vez que escribo. Si no me devuelven el dinero pondré una
> denuncia y lo contaré en todas las redes.""", pack="html")

C("es", "", "outlook_quote", "", "Jorge Pastor <jorge.pastor@pastor.example>",
  "RE: Servidor caído",
  """Confirmado, ya funciona todo. Gracias.

De: Jorge Pastor <jorge.pastor@pastor.example>
Enviado: martes, 11 de marzo de 2025 8:03
Para: Soporte <support@example.test>
Asunto: Servidor caído

No funciona nada desde esta mañana. Quiero hablar con un supervisor ya.""")

C("es", "", "job_title", "", "María José Cruz <mariajose.cruz@cruz.example>",
  "Nueva responsable",
  """Hola, soy la nueva gerente de la oficina y a partir de ahora me encargo del contrato de limpieza. ¿Pueden actualizar el contacto? Saludos, María José Cruz, Gerente""")

C("es", "", "negation", "", "Tomás Aguilar <tomas.aguilar@aguilar.example>",
  "Consulta",
  """Hola, no quiero darme de baja, solo quiero saber si puedo cambiar el día de entrega de la caja de vinos. Gracias""")

C("es", "", "policy_question", "", "Paula Rivas <paula.rivas@rivas.example>",
  "Política de devoluciones",
  """Buenas, ¿cuál es su política de devoluciones para las cajas de cosmética si no me gusta un producto?""")

C("es", "", "feature_exists", "", "Adrián Gallego <adrian.gallego@gallego.example>",
  "¿Existe?",
  """¿La app del abono tiene opción de recarga automática? No la encuentro.""")

C("es", "", "disclaimer", "", "Marina Soler <marina.soler@soler-asesores.example>",
  "Cita",
  """Buenos días, quisiera una cita para revisar la declaración de la renta la semana que viene.

Marina Soler

AVISO LEGAL: Este mensaje es confidencial. Si lo ha recibido por error, notifíquelo al remitente. Su uso no autorizado podrá dar lugar a acciones legales.""")

C("es", "", "mild_disappointment", "", "Fernando Vidal <fernando.vidal@vidal.example>",
  "Comentario",
  """Un poco decepcionado con la última caja de vinos, esperaba más variedad. Aun así seguiré. ¿Qué trae la de abril?""")

C("es", "", "reported_speech", "", "Cristina Ibáñez <cristina.ibanez@ibanez.example>",
  "Pregunta",
  """Mi compañera de trabajo dice que habría que demandarles por las tarifas del parking, ja ja. Yo solo quiero saber cuánto cuesta el abono anual.""")

C("es", "", "second_email", "", "Luis Moreno <luis.moreno@moreno-es.example>",
  "Segundo correo",
  """Hola, es mi segundo correo sobre esto: ¿me pueden enviar una copia de la factura de enero? Gracias""")

C("es", "", "big_amount_ok", "", "Rocío Campos <rocio.campos@campos-hotel.example>",
  "Confirmación de pedido",
  """Hola, confirmo el pedido de 9.750 € de vinos para el hotel. Todo correcto. ¿Cuándo sería la entrega?""")

C("es", "", "own_ceo", "", "Jaime Ortiz <jaime.ortiz@ortiz-sa.example>",
  "Informe para nuestro director general",
  """Nuestro director general necesita el informe de licencias antes del jueves. ¿Me lo pueden enviar?""")

C("es", "", "howto_complaint", "", "Eva Muñoz <eva.munoz@munoz.example>",
  "no entiendo nada",
  """la web es un lío, cómo se cancela una cita en la peluquería??""")

C("es", "", "forwarded", "", "Mario Rojas <mario.rojas@rojas.example>",
  "RV: queja",
  """Les reenvío esto porque creo que va dirigido a ustedes y no a mí.

---------- Mensaje reenviado ---------
De: Vecino Enfadado <vecino@vecinos.example>
Fecha: 2 mar 2025
Asunto: queja

Esto es una vergüenza, voy a llamar a mi abogado.""")

C("es", "", "hypothetical", "", "Nerea Blanco <nerea.blanco@blanco-es.example>",
  "Duda",
  """Si algún día quisiera cancelar la suscripción a la revista, ¿tendría que pagar penalización?""")

C("es", "", "gdpr_question", "", "Álvaro Sanz <alvaro.sanz@sanz-gestoria.example>",
  "RGPD",
  """¿Su plataforma cumple con el RGPD? Necesitamos el contrato de encargado del tratamiento.""")
# ---- automated mail (raw literals) ----
A("auto_reply", "en", "", "vacation without RFC 3834 headers", """From: Grace Holloway <grace.holloway@holloway-design.example>
To: Support <support@example.test>
Subject: Out of Office: Re: Your licence renewal
Date: Mon, 6 Jan 2025 09:01:12 +0000
Message-ID: <ooo.20250106090112.4471@holloway-design.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Thank you for your email. I am on annual leave until Monday 13 January with
limited access to email. For anything urgent please contact my colleague
Sam Barker on 555-0121.

Grace
""")

A("auto_reply", "en", "", "RFC 3834 auto-reply", """From: Tom Whitcombe <tom@whitcombe-dental.example>
To: support@example.test
Subject: Automatic reply: [Ticket #60871] Backup job report
Date: Tue, 14 Jan 2025 17:30:02 +0000
Message-ID: <AM0PR01MB4471.auto@whitcombe-dental.example>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

I'm out of the office until Thursday. Your message will not be forwarded.
""")

A("auto_reply", "en", "threat_words_in_auto", "helpdesk acknowledgement quoting complaint keywords", """From: Northgate Council Helpdesk <helpdesk@northgate-council.example>
To: support@example.test
Subject: [REQ-2025-11872] We have received your request
Date: Wed, 15 Jan 2025 10:12:44 +0000
Message-ID: <req-2025-11872.ack@helpdesk.northgate-council.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Dear customer,

Thank you for contacting the Northgate Council IT Helpdesk. Your request has
been logged with reference REQ-2025-11872. A member of our team will respond
within 3 working days.

If your request concerns a complaint, legal matter, data breach or a request
to speak to a manager, please include your reference number in any further
correspondence.

This is an automated message. Please do not reply to this email.
""")

A("auto_reply", "en", "", "unmonitored mailbox notice", """From: Accounts Payable <noreply-ap@ward-holdings.example>
To: support@example.test
Subject: This mailbox is not monitored
Date: Thu, 16 Jan 2025 08:00:03 +0000
Message-ID: <unmonitored.5512@ward-holdings.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

This mailbox is not monitored. Invoices must be uploaded through the supplier
portal. Emails sent to this address are deleted automatically.
""")

A("auto_reply", "en", "", "left-the-company notice", """From: Jamie Reid <jamie.reid@grantfoods.example>
To: Support <support@example.test>
Subject: Re: Cleaning schedule change
Date: Fri, 17 Jan 2025 11:41:09 +0000
Message-ID: <left.4419.jreid@grantfoods.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Jamie Reid is no longer with Grant Foods. Your email has not been forwarded.
Please direct facilities enquiries to facilities@grantfoods.example or call
555-0150.
""")

A("auto_reply", "en", "", "ticket acknowledgement of another helpdesk", """From: "Kulkarni & Partners IT" <it@kulkarni-it.example>
To: support@example.test
Subject: Ticket received - #KP-8812 - RE: VPN down for whole office
Date: Mon, 20 Jan 2025 08:20:00 +0000
Message-ID: <kp-8812.ack.1@kulkarni-it.example>
MIME-Version: 1.0
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: 7bit

<html><body><p>Hello,</p>
<p>Your ticket <b>#KP-8812</b> has been created. Our internal IT team will get
back to you shortly. Do not reply above this line.</p>
<p>Subject: RE: VPN down for whole office</p></body></html>
""")

A("auto_reply", "en", "", "vacation with Precedence: auto_reply header only", """From: "Dr. Alan Price" <alan.price@price-clinic.example>
To: support@example.test
Subject: Away until 3 March
Date: Mon, 24 Feb 2025 06:15:00 -0500
Message-ID: <away.20250224.3381@price-clinic.example>
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

I'm travelling with limited connectivity until 3 March. I'll reply when I'm back.
Patients with urgent concerns should call the clinic on 555-0100.
""")

A("auto_reply", "en", "", "", """From: Hugh Pennington <h.pennington@penningtonlaw.example>
To: support@example.test
Subject: Auto: Re: Admissions query - reference 2025-UG-3381
Date: Tue, 25 Feb 2025 13:00:00 +0000
Message-ID: <auto.2025-UG-3381.1@penningtonlaw.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

I am in court all day and will respond to your email tomorrow.

Pennington & Co Solicitors – this email is confidential and may be legally
privileged.
""")

A("auto_reply", "de", "", "Abwesenheitsnotiz ohne RFC 3834", """From: Sabine Krüger <sabine.krueger@post.example>
To: Support <support@example.test>
Subject: Abwesenheitsnotiz: Ihre Anfrage
Date: Mon, 3 Mar 2025 07:02:11 +0100
Message-ID: <abwesend.7718204@post.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14.03. nicht im Büro
und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich
bitte an meine Kollegin Frau Lenz (555-0144).

Mit freundlichen Grüßen
Sabine Krüger
""")

A("auto_reply", "de", "", "RFC 3834", """From: Tobias Lang <tobias.lang@lang-steuer.example>
To: support@example.test
Subject: Automatische Antwort: Portal nicht erreichbar
Date: Tue, 4 Mar 2025 18:30:00 +0100
Message-ID: <autoreply.lang.2201@lang-steuer.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ich bin derzeit au=C3=9Ferhalb der B=C3=BCrozeiten. Ihre Nachricht wird ab
morgen 8 Uhr bearbeitet.
""")

A("auto_reply", "de", "", "Eingangsbestätigung eines anderen Helpdesks", """From: Hausverwaltung Nord Service <service@hv-nord.example>
To: support@example.test
Subject: Eingangsbestätigung Ihrer Anfrage [HV-55102]
Date: Wed, 5 Mar 2025 09:12:00 +0100
Message-ID: <hv-55102.eingang@hv-nord.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Sehr geehrte Damen und Herren,

wir haben Ihre Nachricht erhalten und unter der Vorgangsnummer HV-55102
erfasst. Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

Ihre Hausverwaltung Nord
""")

A("auto_reply", "fr", "", "absence sans en-têtes RFC 3834", """From: Claire Dubois <claire.dubois@courriel.example>
To: Support <support@example.test>
Subject: Absence du bureau - Re: Prélèvement en double
Date: Thu, 6 Mar 2025 08:00:00 +0100
Message-ID: <absence.cdubois.0306@courriel.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour,

Je suis absente jusqu'au 17 mars inclus. Je prendrai connaissance de votre
message à mon retour. En cas d'urgence, merci de contacter l'accueil au 555-0160.

Cordialement,
Claire Dubois
""")

A("auto_reply", "fr", "", "accusé de réception automatique", """From: Service Client Cabinet Petit <contact@petit-cabinet.example>
To: support@example.test
Subject: Accusé de réception de votre message
Date: Fri, 7 Mar 2025 10:00:00 +0100
Message-ID: <ar.petit.20250307@petit-cabinet.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Nous accusons réception de votre message, qui sera traité dans les meilleurs
délais. Ceci est un message automatique, merci de ne pas y répondre.
""")

A("auto_reply", "fr", "", "a quitté l'entreprise", """From: Aurélie Brun <aurelie.brun@brun-sa.example>
To: support@example.test
Subject: Re: Nouvelle interlocutrice
Date: Mon, 10 Mar 2025 09:00:00 +0100
Message-ID: <depart.abrun@brun-sa.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Aurélie Brun ne fait plus partie de Brun SA. Votre message n'a pas été
transféré. Merci d'écrire à accueil@brun-sa.example.
""")

A("auto_reply", "es", "", "fuera de la oficina sin cabeceras RFC 3834", """From: Lucía Fernández <lucia.fernandez@correo.example>
To: Support <support@example.test>
Subject: Fuera de la oficina
Date: Tue, 11 Mar 2025 09:30:00 +0100
Message-ID: <fuera.lfernandez@correo.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hola, estoy de vacaciones hasta el 24 de marzo. Responderé a tu mensaje a mi
vuelta. Para temas urgentes llama al 555-0175.

Lucía
""")

A("auto_reply", "es", "", "buzón no atendido", """From: No Responder <no-responder@torres-gestoria.example>
To: support@example.test
Subject: Respuesta automática: este buzón no se atiende
Date: Wed, 12 Mar 2025 12:00:00 +0100
Message-ID: <noresp.8821@torres-gestoria.example>
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Este buzón no se atiende. Su mensaje no será leído. Para cualquier consulta
utilice el formulario de contacto de nuestra web.
""")

A("auto_reply", "en", "", "ticket acknowledgement, long quote of original", """From: Blake Sport Club Support <help@blakesport.example>
To: support@example.test
Subject: [Blake Sport #4410] Re: match day ticketing
Date: Sat, 15 Mar 2025 11:20:00 +0000
Message-ID: <bsc-4410-ack@blakesport.example>
X-Autoresponse: ticket-created
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

##- Please type your reply above this line -##

Your request (4410) has been received and is being reviewed by our support
staff. To add additional comments, reply to this email.

-----
> Your ticketing website is down on MATCH DAY. This is an absolute disaster.
""")

# bounces
A("bounce", "en", "", "Postfix DSN", """Return-Path: <>
From: MAILER-DAEMON@mx1.example.test (Mail Delivery System)
To: support@example.test
Subject: Undelivered Mail Returned to Sender
Date: Mon, 13 Jan 2025 10:15:22 +0000 (UTC)
Message-ID: <20250113101522.4F1A2C0041@mx1.example.test>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4F1A2C0041.1736763322/mx1.example.test"

This is a MIME-encapsulated message.

--4F1A2C0041.1736763322/mx1.example.test
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<m.ellery@northfield.example>: host mx.northfield.example[192.0.2.44] said:
    550 5.1.1 <m.ellery@northfield.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--4F1A2C0041.1736763322/mx1.example.test
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.example.test
X-Postfix-Queue-ID: 4F1A2C0041
Arrival-Date: Mon, 13 Jan 2025 10:15:21 +0000 (UTC)

Final-Recipient: rfc822; m.ellery@northfield.example
Original-Recipient: rfc822;m.ellery@northfield.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.northfield.example
Diagnostic-Code: smtp; 550 5.1.1 <m.ellery@northfield.example>: Recipient
    address rejected: User unknown in virtual mailbox table

--4F1A2C0041.1736763322/mx1.example.test
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Support <support@example.test>
To: m.ellery@northfield.example
Subject: Re: Charged twice for March - Weekly Courier
Date: Mon, 13 Jan 2025 10:15:20 +0000
Message-ID: <reply.4471@escalated.example.test>

--4F1A2C0041.1736763322/mx1.example.test--
""")

A("bounce", "en", "threat_words_in_bounce", "Exim bounce quoting customer's legal threat", """Return-path: <>
From: Mail Delivery System <Mailer-Daemon@relay.example.test>
To: support@example.test
Subject: Mail delivery failed: returning message to sender
Date: Tue, 21 Jan 2025 14:02:10 +0000
Message-Id: <E1tYa9e-0004Kq-7Z@relay.example.test>
X-Failed-Recipients: peter.vance@vancemail.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  peter.vance@vancemail.example
    host mx.vancemail.example [198.51.100.23]
    SMTP error from remote mail server after RCPT TO:<peter.vance@vancemail.example>:
    550 5.2.1 Mailbox disabled for this recipient

------ This is a copy of the message, including all the headers. ------

From: Support <support@example.test>
To: peter.vance@vancemail.example
Subject: Re: deposit
Message-ID: <reply.5512@escalated.example.test>

Dear Mr Vance, thank you for your email.

> I'm filing in the small claims court on Monday, I've already got the
> form filled in.
""")

A("bounce", "en", "", "qmail failure notice", """Return-Path: <>
From: MAILER-DAEMON@mail.colesfarm.example
To: support@example.test
Subject: failure notice
Date: 22 Jan 2025 09:10:00 -0000
Message-ID: <20250122091000.qmail.8812@mail.colesfarm.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Hi. This is the qmail-send program at mail.colesfarm.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<brenda.coles@colesfarm.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

From: Support <support@example.test>
To: brenda.coles@colesfarm.example
Subject: Re: ABSOLUTELY DISGUSTED
Message-ID: <reply.6620@escalated.example.test>

Dear Ms Coles, we are very sorry to hear about your heating.
""")

A("bounce", "en", "", "Exchange NDR", """From: Microsoft Outlook <postmaster@grant-estates.example>
To: support@example.test
Subject: Undeliverable: Re: Car sharing corporate account - all bookings failing
Date: Thu, 23 Jan 2025 12:00:00 +0000
Message-ID: <ndr.7f3a9c21-4b1e@grant-estates.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="_000_ndr_7f3a9c21_"

--_000_ndr_7f3a9c21_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Delivery has failed to these recipients or groups:

f.grant@grant-estates.example
The recipient's mailbox is full and can't accept messages now. Please try
resending this message later, or contact the recipient directly.

Diagnostic information for administrators:
Generating server: EX01.grant-estates.example
f.grant@grant-estates.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'

--_000_ndr_7f3a9c21_
Content-Type: message/delivery-status

Reporting-MTA: dns;EX01.grant-estates.example
Received-From-MTA: dns;mx1.example.test
Arrival-Date: Thu, 23 Jan 2025 12:00:00 +0000

Final-Recipient: rfc822;f.grant@grant-estates.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full

--_000_ndr_7f3a9c21_--
""")

A("bounce", "de", "", "deutsche Unzustellbarkeitsnachricht", """Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@mail.post.example>
To: support@example.test
Subject: Unzustellbar: Re: Doppelte Abbuchung Abo
Date: Fri, 24 Jan 2025 15:30:00 +0100
Message-ID: <20250124143000.unzustellbar.771@mail.post.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dies ist eine automatisch erstellte Nachricht des Mailservers.

Ihre Nachricht konnte an folgende Empfänger nicht zugestellt werden:

  s.krueger-alt@post.example
    550 5.1.1 Postfach existiert nicht

--- Kopfzeilen der ursprünglichen Nachricht ---
From: Support <support@example.test>
Subject: Re: Doppelte Abbuchung Abo
""")

A("bounce", "fr", "", "rapport de non-remise", """Return-Path: <>
From: Administrateur du système <postmaster@courriel.example>
To: support@example.test
Subject: Non remis : Re: Résiliation
Date: Mon, 27 Jan 2025 09:00:00 +0100
Message-ID: <ndr.fr.4432@courriel.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="=_ndr_fr_4432"

--=_ndr_fr_4432
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis aux destinataires suivants :

jm.lefevre-ancien@courriel.example
Adresse inconnue.

--=_ndr_fr_4432
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.courriel.example

Final-Recipient: rfc822; jm.lefevre-ancien@courriel.example
Action: failed
Status: 5.1.1

--=_ndr_fr_4432--
""")

A("bounce", "es", "", "delayed DSN (warning)", """Return-Path: <>
From: Mail Delivery Subsystem <MAILER-DAEMON@smtp.correo.example>
To: support@example.test
Subject: Warning: could not send message for past 4 hours
Date: Tue, 28 Jan 2025 16:00:00 +0100
Message-ID: <202501281500.delay.9921@smtp.correo.example>
Auto-Submitted: auto-generated (warning-timeout)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="delay.9921/smtp.correo.example"

--delay.9921/smtp.correo.example
Content-Type: text/plain; charset="us-ascii"

    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Tue, 28 Jan 2025 12:00:00 +0100
from mx1.example.test [203.0.113.10]

----- Transcript of session follows -----
<javier.morales@morales.example>... Deferred: Connection timed out with mx.morales.example.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old

--delay.9921/smtp.correo.example
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.correo.example
Arrival-Date: Tue, 28 Jan 2025 12:00:00 +0100

Final-Recipient: RFC822; javier.morales@morales.example
Action: delayed
Status: 4.4.1
Remote-MTA: DNS; mx.morales.example
Last-Attempt-Date: Tue, 28 Jan 2025 16:00:00 +0100
Will-Retry-Until: Sun, 2 Feb 2025 12:00:00 +0100

--delay.9921/smtp.correo.example--
""")

A("bounce", "en", "", "ARF abuse report", """From: Abuse Desk <abuse@bigmail.example>
To: support@example.test
Subject: FW: Complaint about message from 203.0.113.10
Date: Wed, 29 Jan 2025 18:44:00 +0000
Message-ID: <arf.20250129.55102@bigmail.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report;
	boundary="arf_boundary_55102"

--arf_boundary_55102
Content-Type: text/plain; charset="us-ascii"

This is an email abuse report for an email message received from IP
203.0.113.10 on Wed, 29 Jan 2025 18:40:00 +0000.

--arf_boundary_55102
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: BigMailFBL/1.0
Version: 1
Original-Mail-From: <support@example.test>
Arrival-Date: Wed, 29 Jan 2025 18:40:00 +0000
Source-IP: 203.0.113.10
Reported-Domain: example.test

--arf_boundary_55102
Content-Type: text/rfc822-headers

From: Support <support@example.test>
To: someone@bigmail.example
Subject: Your ticket has been updated
Message-ID: <notify.9912@escalated.example.test>

--arf_boundary_55102--
""")

A("bounce", "en", "", "Sendmail returned mail", """Return-Path: <MAILER-DAEMON@gw.reyescleaning.example>
From: Mail Delivery Subsystem <MAILER-DAEMON@gw.reyescleaning.example>
To: <support@example.test>
Subject: Returned mail: see transcript for details
Date: Thu, 30 Jan 2025 07:15:35 -0600
Message-Id: <202501301315.r9G5FZh9018575@gw.reyescleaning.example>
Auto-Submitted: auto-generated (failure)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="r9G5FZh9018575.1738242935/gw.reyescleaning.example"

This is a MIME-encapsulated message

--r9G5FZh9018575.1738242935/gw.reyescleaning.example

The original message was received at Thu, 30 Jan 2025 07:15:34 -0600
from mx1.example.test [203.0.113.10]

   ----- The following addresses had permanent fatal errors -----
<sam.reyes@reyescleaning.example>
    (reason: 552 5.2.2 Over quota)

--r9G5FZh9018575.1738242935/gw.reyescleaning.example
Content-Type: message/delivery-status

Reporting-MTA: dns; gw.reyescleaning.example
Arrival-Date: Thu, 30 Jan 2025 07:15:34 -0600

Final-Recipient: RFC822; sam.reyes@reyescleaning.example
Action: failed
Status: 5.2.2
Diagnostic-Code: SMTP; 552 5.2.2 Over quota

--r9G5FZh9018575.1738242935/gw.reyescleaning.example--
""")

# list / newsletter
A("list", "en", "", "", """From: Auction Weekly <newsletter@auctionweekly.example>
To: support@example.test
Subject: This week: Georgian mirrors, vintage cameras and a lawsuit that shook the trade
Date: Fri, 31 Jan 2025 06:00:00 +0000
Message-ID: <nl-2025-05.1@auctionweekly.example>
List-Id: Auction Weekly <weekly.auctionweekly.example>
List-Unsubscribe: <https://auctionweekly.example/unsub?u=88121>, <mailto:unsub@auctionweekly.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

AUCTION WEEKLY – issue 5/2025

* Record price for a pair of Georgian mirrors
* Why one dealer is suing a rival over a forged signature
* Our columnist is furious about buyer's premiums

Unsubscribe: https://auctionweekly.example/unsub?u=88121
""")

A("list", "en", "", "mailing list digest", """From: smallbiz-it-l-request@lists.example.test
To: smallbiz-it-l@lists.example.test
Subject: smallbiz-it-l Digest, Vol 42, Issue 7
Date: Sat, 1 Feb 2025 12:00:00 +0000
Message-ID: <mailman.42.7@lists.example.test>
List-Id: Small business IT discussion <smallbiz-it-l.lists.example.test>
List-Post: <mailto:smallbiz-it-l@lists.example.test>
Precedence: list
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Today's Topics:

   1. Re: Our MSP's server went down for a day (Ravi K.)
   2. Is anyone else getting phishing mails? (J. Hale)

----------------------------------------------------------------------

Message: 1
Date: Fri, 31 Jan 2025 10:00:00 +0000
From: Ravi K. <ravi@lists.example.test>
Subject: Re: Our MSP's server went down for a day

We cancelled ours and switched. Best decision ever.
""")

A("list", "de", "", "Newsletter", """From: Weinclub Rheingau <newsletter@weinclub-rheingau.example>
To: support@example.test
Subject: Ihre Weinempfehlungen im Februar
Date: Mon, 3 Feb 2025 08:00:00 +0100
Message-ID: <nl.202502.4410@weinclub-rheingau.example>
List-Unsubscribe: <mailto:abmelden@weinclub-rheingau.example>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body><h1>Februar-Empfehlungen</h1>
<p>Liebe Weinfreunde, entdecken Sie unsere neuen Riesling-Jahrg=C3=A4nge!</p>
<p><a href=3D"https://weinclub-rheingau.example/abmelden">Abmelden</a></p>
</body></html>
""")

A("list", "fr", "", "lettre d'information", """From: La Lettre du Notariat <infos@lettre-notariat.example>
To: support@example.test
Subject: Lettre d'information n°112 – réforme des successions
Date: Tue, 4 Feb 2025 07:30:00 +0100
Message-ID: <lettre112@lettre-notariat.example>
List-Id: <lettre.lettre-notariat.example>
List-Unsubscribe: <https://lettre-notariat.example/desinscription>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Au sommaire : réforme des successions, nouveaux tarifs, et un tribunal qui
annule une vente aux enchères. Pour vous désinscrire, suivez le lien ci-dessous.
""")

A("list", "es", "", "boletín", """From: Club Deportivo Levante Norte <boletin@cdlevante.example>
To: support@example.test
Subject: Boletín de marzo: resultados y sorteo
Date: Wed, 5 Mar 2025 09:00:00 +0100
Message-ID: <boletin.0325@cdlevante.example>
List-Unsubscribe: <mailto:baja@cdlevante.example?subject=baja>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Resultados de la jornada, fechas del sorteo de primavera y nuevas pistas de
pádel. Si no desea recibir más boletines, responda con BAJA.
""")

A("list", "en", "", "vendor status mailing", """From: CloudHost Status <status@cloudhost.example>
To: support@example.test
Subject: [Resolved] Elevated 503 errors in EU-West
Date: Thu, 6 Mar 2025 14:00:00 +0000
Message-ID: <incident-5512-resolved@status.cloudhost.example>
List-Id: <status.cloudhost.example>
List-Unsubscribe: <https://status.cloudhost.example/unsubscribe>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Resolved - Between 12:05 and 13:40 UTC customers in EU-West saw elevated 503
errors. The issue has been resolved. You are receiving this because you
subscribed to status updates.
""")

# read receipts
A("receipt", "en", "", "MDN", """From: Charlotte Ng <c.ng@ng-hospitality.example>
To: support@example.test
Subject: Read: Re: Invoice TR-2025-0418 overcharge
Date: Fri, 7 Mar 2025 10:00:00 +0800
Message-ID: <mdn.ng.0418@ng-hospitality.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn_0418"

--mdn_0418
Content-Type: text/plain; charset="us-ascii"

Your message

  To: c.ng@ng-hospitality.example
  Subject: Re: Invoice TR-2025-0418 overcharge

was read on Friday, 7 March 2025 10:00:00 +0800.

--mdn_0418
Content-Type: message/disposition-notification

Reporting-UA: ng-hospitality.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;c.ng@ng-hospitality.example
Original-Message-ID: <reply.0418@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_0418--
""")

A("receipt", "de", "", "Lesebestätigung", """From: Werner Pohl <werner.pohl@pohl.example>
To: support@example.test
Subject: Gelesen: 4. Anfrage - Gutschrift
Date: Mon, 10 Mar 2025 09:00:00 +0100
Message-ID: <mdn.pohl.0310@pohl.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn_pohl"

--mdn_pohl
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Ihre Nachricht wurde am 10.03.2025 um 09:00 gelesen.

--mdn_pohl
Content-Type: message/disposition-notification

Reporting-UA: pohl.example; Thunderbird
Final-Recipient: rfc822;werner.pohl@pohl.example
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_pohl--
""")

A("receipt", "fr", "", "accusé de lecture", """From: Yves Mercier <yves.mercier@mercier.example>
To: support@example.test
Subject: Lu : Facture erronée - 3e relance
Date: Tue, 11 Mar 2025 11:00:00 +0100
Message-ID: <lu.mercier.0311@mercier.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message

  À : yves.mercier@mercier.example
  Objet : Facture erronée - 3e relance

a été lu le mardi 11 mars 2025 à 11:00.
""")

A("receipt", "es", "", "confirmación de lectura", """From: Alberto Serrano <alberto.serrano@serrano-hoteles.example>
To: support@example.test
Subject: Leído: Pedido de vino para el restaurante
Date: Wed, 12 Mar 2025 13:00:00 +0100
Message-ID: <leido.serrano.9120@serrano-hoteles.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn_9120"

--mdn_9120
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

El mensaje se ha leído el 12/03/2025 a las 13:00.

--mdn_9120
Content-Type: message/disposition-notification

Reporting-UA: serrano-hoteles.example; Outlook
Final-Recipient: rfc822;alberto.serrano@serrano-hoteles.example
Disposition: manual-action/MDN-sent-manually; displayed

--mdn_9120--
""")

# self mail
A("self", "en", "", "desk's own reply bcc'd back", """From: Support <support@example.test>
To: Gordon Blythe <gblythe@blythe-family.example>
Bcc: support@example.test
Subject: Re: Kitchen fit - final warning
Date: Thu, 13 Mar 2025 09:30:00 +0000
Message-ID: <reply.7781@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dear Mr Blythe,

I'm very sorry. I have escalated your case to our installations manager, who
will call you today. We understand your solicitor may be in touch.

Kind regards,
Support
""")

A("self", "en", "", "escalated's own alert digest", """From: escalated <escalated@example.test>
To: support@example.test
Subject: [escalated] 4 messages need attention: legal_threat, outage
Date: Fri, 14 Mar 2025 08:00:00 +0000
Message-ID: <digest.20250314@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Escalation digest

- legal_threat: "Kitchen fit - final warning" (Gordon Blythe)
- outage: "nothing loads" (Dev Patel)
- cancellation_threat, billing_dispute: "Charged twice for March"
- media_threat: "your salon app"
""")

A("self", "en", "", "looped message with own Message-ID domain", """From: Dev Patel <dev@patel-accounts.example>
To: support@example.test
Subject: Re: nothing loads
Date: Fri, 14 Mar 2025 08:05:00 +0000
Message-ID: <reply.8890@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Hi Dev, the portal is back up. Sorry for the outage this morning, our
engineers restored service at 08:02.
""")

A("self", "de", "", "eigene Antwort in Kopie", """From: Kundenservice <support@example.test>
To: Jürgen Bäcker <j.baecker@baecker-online.example>
Cc: support@example.test
Subject: AW: Unverschämtheit
Date: Sat, 15 Mar 2025 10:00:00 +0100
Message-ID: <reply.9021@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Sehr geehrter Herr Bäcker,

es tut uns leid. Ein Techniker kommt am Montag. Eine Kündigung ist
selbstverständlich nicht nötig.
""")

A("self", "fr", "", "réponse du support en copie", """From: Support <support@example.test>
To: Claire Dubois <claire.dubois@courriel.example>
Subject: RE: Prélèvement en double
Date: Sun, 16 Mar 2025 10:00:00 +0100
Message-ID: <reply.9102@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour Madame Dubois, le second prélèvement de 14,90 € vous a été remboursé.
""")

A("self", "es", "", "respuesta propia en copia", """From: Soporte <support@example.test>
To: Lucía Fernández <lucia.fernandez@correo.example>
Subject: RE: Cobro duplicado
Date: Mon, 17 Mar 2025 10:00:00 +0100
Message-ID: <reply.9188@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hola Lucía, hemos devuelto el cargo duplicado de 39,95 €. Disculpa las molestias.
""")


# --------------------------------------------------------------------------
# packaging
# --------------------------------------------------------------------------
MAILERS = [None, None, "Apple Mail (2.3774.300.61)", "Microsoft Outlook 16.0",
           "Thunderbird 115.9.0", "K-9 Mail 6.800", "iPhone Mail (21E236)",
           "Roundcube Webmail/1.6.6", "Evolution 3.50.2", "Samsung Mail"]
TZS = [0, 60, 120, -300, -240, 330, -360, 60, 120, 0]


def lines_crlf(b):
    b = b.replace(b"\r\n", b"\n")
    return b.replace(b"\n", b"\r\n")


def enc_header(value, charset):
    if all(ord(c) < 128 for c in value):
        return value
    try:
        value.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(value, charset).encode(linesep="\n", maxlinelen=76)


def enc_addr(sender, charset):
    name, addr = parseaddr(sender)
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        return formataddr((name, addr))
    try:
        name.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return formataddr((name, addr), charset=charset)


def to_html(body, entities=False):
    out = ["<html><head><meta charset=\"utf-8\"></head><body>"] if not entities else \
          ["<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"]
    inq = False
    para = []

    def flush():
        if para:
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in para) + "</p>")
            para.clear()
    for line in body.strip("\n").split("\n"):
        q = line.startswith(">")
        if q != inq:
            flush()
            out.append("<blockquote type=\"cite\">" if q else "</blockquote>")
            inq = q
        text = line[1:].lstrip(" ") if q else line
        if not text.strip():
            flush()
        else:
            para.append(text)
    flush()
    if inq:
        out.append("</blockquote>")
    out.append("</body></html>")
    s = "\n".join(out) + "\n"
    if entities:
        res = []
        for ch in s:
            if ord(ch) < 128:
                res.append(ch)
            elif ord(ch) in html.entities.codepoint2name and ord(ch) % 2 == 0:
                res.append("&%s;" % html.entities.codepoint2name[ord(ch)])
            else:
                res.append("&#%d;" % ord(ch))
        s = "".join(res)
    return s


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def leaf(ctype, text, charset, cte, extra=""):
    hdr = "Content-Type: %s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n\n" % (
        ctype, charset, extra, cte)
    body = encode_body(text, charset, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return hdr.encode("ascii") + body


ATTACHMENTS = [
    ("screenshot-error.png", "image/png",
     b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
     b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"),
    ("invoice-copy.pdf", "application/pdf",
     b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
     b"trailer<</Root 1 0 R>>\n%%EOF\n"),
    ("notes.txt", "text/plain", None),
    ("export.csv", "text/csv", None),
]


def build_customer(i, rec, rng):
    lang, trig, trap, note, sender, subject, body, opts = rec
    body = body.strip("\n") + "\n"
    kinds = ["plain8"] * 30 + ["qp"] * 12 + ["b64"] * 8 + ["legacy"] * 16 + \
            ["alt"] * 20 + ["html"] * 7 + ["mixed"] * 7
    kind = opts.get("pack") or rng.choice(kinds)
    charset = "utf-8"
    if kind == "legacy":
        charset = rng.choice(["iso-8859-1", "iso-8859-15", "windows-1252"])
        try:
            (subject + body + sender).encode(charset)
        except UnicodeEncodeError:
            kind, charset = "qp", "utf-8"
    ascii_only = all(ord(c) < 128 for c in body)
    hcs = charset if kind == "legacy" else rng.choice(["utf-8", "utf-8", "iso-8859-1"])
    domain = parseaddr(sender)[1].split("@")[1]
    tz = _dt.timezone(_dt.timedelta(minutes=rng.choice(TZS)))
    base = _dt.datetime(2024, 9, 2, 7, 0, tzinfo=_dt.timezone.utc)
    when = (base + _dt.timedelta(minutes=rng.randrange(0, 60 * 24 * 270))).astimezone(tz)
    mid = "<%s.%04d@%s>" % ("%016x" % rng.getrandbits(64), i, opts.get("mid_domain", domain))
    mailer = rng.choice(MAILERS)
    h = []
    h.append("From: " + enc_addr(sender, hcs))
    h.append("To: " + opts.get("to", "Support <%s>" % DESK))
    if opts.get("cc"):
        h.append("Cc: " + enc_addr(opts["cc"], hcs))
    h.append("Subject: " + enc_header(subject, hcs))
    h.append("Date: " + format_datetime(when))
    h.append("Message-ID: " + mid)
    if subject.lower().startswith(("re:", "aw:", "rép", "re :", "r:")) or opts.get("reply"):
        ref = "<%s@mail.example.test>" % ("%012x" % rng.getrandbits(48))
        h.append("In-Reply-To: " + ref)
        h.append("References: " + ref)
    if mailer:
        h.append("X-Mailer: " + mailer)
    h.append("MIME-Version: 1.0")
    head = "\n".join(h) + "\n"

    if kind == "plain8":
        cte = "7bit" if ascii_only else "8bit"
        cs = "us-ascii" if ascii_only and rng.random() < 0.4 else "utf-8"
        out = head.encode() + leaf("text/plain", body, cs, cte,
                                   rng.choice(["", "; format=flowed", ""]))
    elif kind == "qp":
        out = head.encode() + leaf("text/plain", body, "utf-8", "quoted-printable")
    elif kind == "b64":
        out = head.encode() + leaf("text/plain", body, "utf-8", "base64")
    elif kind == "legacy":
        cte = rng.choice(["8bit", "quoted-printable"])
        if ascii_only:
            cte = "7bit"
        out = head.encode() + leaf("text/plain", body, charset, cte)
    elif kind == "html":
        if rng.random() < 0.5:
            out = head.encode() + leaf("text/html", to_html(body, True), "us-ascii", "7bit")
        else:
            out = head.encode() + leaf("text/html", to_html(body), "utf-8",
                                       rng.choice(["quoted-printable", "base64", "8bit"]))
    elif kind == "alt":
        b = "=_alt_%04d_%08x" % (i, rng.getrandbits(32))
        p1 = leaf("text/plain", body, "utf-8", rng.choice(["quoted-printable", "8bit"]))
        p2 = leaf("text/html", to_html(body), "utf-8", rng.choice(["quoted-printable", "base64"]))
        out = head.encode() + ("Content-Type: multipart/alternative; boundary=\"%s\"\n\n" % b).encode() + \
            b"--" + b.encode() + b"\n" + p1 + b"\n--" + b.encode() + b"\n" + p2 + \
            b"\n--" + b.encode() + b"--\n"
    elif kind == "mixed":
        b = "----=_mix_%04d_%08x" % (i, rng.getrandbits(32))
        name, ctype, data = ATTACHMENTS[rng.randrange(len(ATTACHMENTS))]
        p1 = leaf("text/plain", body, "utf-8", rng.choice(["quoted-printable", "8bit"]))
        if data is None:
            if ctype == "text/csv":
                text = "date,ref,amount\n2025-01-03,A-1001,49.90\n2025-02-03,A-1002,49.90\n"
            else:
                text = "Notes taken by the customer, nothing else here.\n"
            p2 = ("Content-Type: %s; charset=\"utf-8\"; name=\"%s\"\n"
                  "Content-Disposition: attachment; filename=\"%s\"\n"
                  "Content-Transfer-Encoding: 7bit\n\n" % (ctype, name, name)).encode() + text.encode()
        else:
            p2 = ("Content-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
                  "Content-Transfer-Encoding: base64\n\n" % (ctype, name, name)).encode() + \
                base64.encodebytes(data)
        out = head.encode() + ("Content-Type: multipart/mixed; boundary=\"%s\"\n\n"
                               "This is a multi-part message in MIME format.\n\n" % b).encode() + \
            b"--" + b.encode() + b"\n" + p1 + b"\n--" + b.encode() + b"\n" + p2 + \
            b"\n--" + b.encode() + b"--\n"
    else:
        raise ValueError(kind)
    return lines_crlf(out), kind


def build_automated(i, rec, rng):
    kind, lang, trap, note, raw = rec
    raw = raw.strip("\n") + "\n"
    head, _, body = raw.partition("\n\n")
    hl = []
    for line in head.split("\n"):
        if line[:1] in " \t" or all(ord(c) < 128 for c in line):
            hl.append(line)
        else:
            k, _, v = line.partition(": ")
            if k in ("From", "To"):
                hl.append(k + ": " + enc_addr(v, "utf-8"))
            else:
                hl.append(k + ": " + enc_header(v, "utf-8"))
    return lines_crlf(("\n".join(hl) + "\n\n" + body).encode("utf-8")), "raw"


def norm_trig(t):
    ids = sorted(set(t.split()))
    return ",".join(ids) if ids else "-"


def generate():
    rng = random.Random(SEED)
    items = []
    for rec in CUSTOMER:
        lang, trig, trap, note = rec[:4]
        items.append(("c", rec, (norm_trig(trig), "-", lang, trap or "-", note or "-")))
    for rec in AUTOMATED:
        kind, lang, trap, note, _ = rec
        items.append(("a", rec, ("-", kind, lang, trap or "-", note or "-")))
    order = list(range(len(items)))
    rng.shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith("d4-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    rows = ["file\ttriggers\tautomated\tlang\ttrap\tnote"]
    packs = {}
    for n, idx in enumerate(order, 1):
        typ, rec, lab = items[idx]
        fname = "d4-%04d.eml" % n
        if typ == "c":
            data, pk = build_customer(n, rec, rng)
        else:
            data, pk = build_automated(n, rec, rng)
        packs[pk] = packs.get(pk, 0) + 1
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        rows.append("\t".join((fname,) + lab))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d messages" % len(items))
    print("packaging:", ", ".join("%s=%d" % kv for kv in sorted(packs.items())))


# --------------------------------------------------------------------------
# check
# --------------------------------------------------------------------------
REQUIRED = ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version")


def check():
    errors = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[0] != "file\ttriggers\tautomated\tlang\ttrap\tnote":
        errors.append("labels.tsv: bad header")
    rows = [l.split("\t") for l in lines[1:] if l]
    files = sorted(f for f in os.listdir(HERE) if f.startswith("d4-") and f.endswith(".eml"))
    labelled = [r[0] for r in rows]
    if len(set(labelled)) != len(labelled):
        errors.append("labels.tsv: duplicate file names")
    if sorted(labelled) != files:
        errors.append("labels.tsv and files do not match one-to-one")
    counts = {t: 0 for t in TRIGGERS}
    cat = {"positive": 0, "negative": 0, "automated": 0}
    auto = {k: 0 for k in AUTO_KINDS}
    langs = {l: 0 for l in LANGS}
    for r in rows:
        if len(r) != 6:
            errors.append("%s: %d columns" % (r[0], len(r)))
            continue
        fname, trig, autok, lang, trap, note = r
        if lang not in LANGS:
            errors.append("%s: bad lang %s" % (fname, lang))
        else:
            langs[lang] += 1
        ids = [] if trig == "-" else trig.split(",")
        if ids != sorted(set(ids)):
            errors.append("%s: triggers not sorted/unique" % fname)
        for t in ids:
            if t not in TRIGGERS:
                errors.append("%s: unknown trigger %s" % (fname, t))
            else:
                counts[t] += 1
        if autok != "-":
            if autok not in AUTO_KINDS:
                errors.append("%s: bad automated kind %s" % (fname, autok))
            else:
                auto[autok] += 1
            if ids:
                errors.append("%s: automated mail with triggers" % fname)
            cat["automated"] += 1
        else:
            cat["positive" if ids else "negative"] += 1
        path = os.path.join(HERE, fname)
        if not os.path.exists(path):
            continue
        with open(path, "rb") as fh:
            data = fh.read()
        if data.replace(b"\r\n", b"").find(b"\n") >= 0 or data.replace(b"\r\n", b"").find(b"\r") >= 0:
            errors.append("%s: non-CRLF line ending" % fname)
        if any(len(l) > 998 for l in data.split(b"\r\n")):
            errors.append("%s: line longer than 998 octets" % fname)
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for h in REQUIRED:
            if msg[h] is None or not str(msg[h]).strip():
                errors.append("%s: missing header %s" % (fname, h))
        for h, v in msg.items():
            if getattr(v, "defects", None):
                errors.append("%s: header %s defects %r" % (fname, h, v.defects))
        ntext = 0
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r" % (fname, part.defects))
            if part.get_content_maintype() == "text" and not part.is_multipart():
                cs = part.get_content_charset() or "us-ascii"
                payload = part.get_payload(decode=True) or b""
                try:
                    payload.decode(cs, errors="strict")
                    ntext += 1
                except (UnicodeDecodeError, LookupError) as e:
                    errors.append("%s: charset %s: %s" % (fname, cs, e))
        if ntext == 0:
            errors.append("%s: no text part" % fname)
    for t, n in counts.items():
        if n < 10:
            errors.append("trigger %s has only %d positives" % (t, n))
    print("messages: %d  (positive %d, hard negative %d, automated %d)" % (
        len(rows), cat["positive"], cat["negative"], cat["automated"]))
    print("triggers: " + ", ".join("%s=%d" % (t, counts[t]) for t in TRIGGERS))
    print("automated: " + ", ".join("%s=%d" % kv for kv in auto.items()))
    print("languages: " + ", ".join("%s=%d" % kv for kv in langs.items()))
    traps = {}
    for r in rows:
        if len(r) == 6 and r[4] != "-":
            traps[r[4]] = traps.get(r[4], 0) + 1
    print("traps: " + ", ".join("%s=%d" % kv for kv in sorted(traps.items())))
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("check FAILED (%d errors)" % len(errors))
        return 1
    print("check OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    generate()
