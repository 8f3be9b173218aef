#!/usr/bin/env python3
# make_corpus.py -- held-out evaluation corpus "heldout7" for escalated.
#
# Every message below is written by hand as a literal.  The script only
# packages them (MIME structure, charset, transfer encoding, headers) with a
# fixed seed, shuffles them into neutral file names and writes labels.tsv and
# README.md.  Standard library only.  MIT licence (see README.md).
#
#   python3 make_corpus.py          # (re)generate everything
#   python3 make_corpus.py --check  # validate the generated files
#
# Quoted-history dates are written as %%style%% / %%style2%% tokens; they are
# filled with a date one or two steps before the message's own Date header,
# formatted the way the named mail client would (gmail, apple, outlook, de,
# de_ol, fr, fr_ol, es, es_ol).

import base64
import datetime
import hashlib
import html
import os
import random
import re
import sys
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import format_datetime, formataddr, parseaddr
from html.entities import codepoint2name

SEED = 20250707
OUT = os.path.dirname(os.path.abspath(__file__))
DESK = "support@example.test"

TRIGGERS = [
    "legal_threat", "regulatory", "manager_request", "corporate_contact_request",
    "executive_contact", "security_incident", "data_loss", "outage",
    "billing_dispute", "cancellation_threat", "media_threat",
    "discrimination_harassment", "safety", "broken_promise", "repeat_contact",
    "high_value_order", "severe_dissatisfaction", "feature_request",
    "technical_issue",
]
AUTO_KINDS = ["auto_reply", "bounce", "list", "receipt", "self"]
LANGS = ["en", "de", "fr", "es"]
TRAPS = ["title", "quoted", "signature", "negation", "policy_question",
         "reported", "innocuous", "conditional", "other"]

MSGS = []


def C(lang, frm, subj, trig, trap, note, body, **kw):
    """A customer message.  trig: space separated trigger ids or '-'."""
    MSGS.append(dict(cat="customer", lang=lang, frm=frm, subj=subj,
                     trig=trig, trap=trap, note=note, body=body, kw=kw))


def A(kind, lang, note, frm, subj, body, headers=(), **kw):
    """An automated single-part (or alternative) message."""
    MSGS.append(dict(cat=kind, lang=lang, frm=frm, subj=subj, trig="-",
                     trap="-", note=note, body=body, headers=list(headers),
                     kw=kw, shape="plain"))


def R(kind, lang, note, frm, subj, report_type, parts, headers=(), **kw):
    """An automated multipart/report.  parts: list of (content_type, text)."""
    MSGS.append(dict(cat=kind, lang=lang, frm=frm, subj=subj, trig="-",
                     trap="-", note=note, parts=parts, report_type=report_type,
                     headers=list(headers), kw=kw, shape="report"))


# ===========================================================================
# English customer mail with triggers (part 1)
# ===========================================================================

C("en", "Marcus Oyelaran <m.oyelaran@fastmail.example>", "Re: March bill still wrong",
  "billing_dispute repeat_contact", "-",
  "disputes a specific roaming charge; 'third time' explicit",
"""Hi,

Third time writing about this, so I'll keep it short. My March bill has
$84.17 of "international roaming data" on it. I have not left Ohio since
Christmas. My phone was on the kitchen table the entire week in question.

Take the charge off and send me a corrected bill please. Account ending 4471.

Marcus

On %%gmail%% Telvia Mobile Support <support@example.test> wrote:
> Hi Marcus,
>
> Thanks for reaching out. Roaming charges are billed when the device
> connects to a partner network. If you believe a charge is incorrect you
> can reply to this email and we will review it.
>
> Kind regards,
> Telvia Mobile Support
""", irt="desk")

C("en", "Priya Raman <priya.raman@northgate-logistics.example>", "Tax export broken again before renewal",
  "cancellation_threat technical_issue", "conditional",
  "conditional threat to leave at renewal without the word cancel; export failing is a technical issue",
"""Hello PayPilot team,

The quarterly tax filing export (Reports > Filings > Q1) fails with
"Export could not be generated (code 0x3F)" for our Austin entity. The
other two entities export fine.

I'll be blunt about the timing: our agreement comes up in June. If this
export is still falling over by then, the 120 people we run through
PayPilot will be paid from a different platform in July. I'd rather not
go through a migration, so please get someone technical on it.

Priya Raman
Head of People Operations
Northgate Logistics
""")

C("en", "Glen Hartigan <glen.h@mailbox.example>", "who is above you",
  "manager_request", "-",
  "asks for whoever is in charge above the agent without saying manager",
"""Look, the answer I got this morning was read straight off a script and
you clearly can't authorise anything. Please forward this to whoever
sits above you and has the authority to actually approve a room change,
and have them call me on 555-0148.

Reservation HCL-88213, Harborline Hotels Seattle Waterfront, checking in
Friday.

Glen
""")

C("en", "Tessa Vaughn <tessa@tessatravels.example>", "Lost bag, no callback, and a very patient audience",
  "broken_promise media_threat", "-",
  "promised callback never came; threatens an episode for her vlog audience (no 'press'/'social media' words)",
"""Hi FlyNorth,

On the 14th your agent at the Denver desk told me, to my face, that a
baggage supervisor would call me within 24 hours about my missing suitcase
(file DEN-FN-20931). It has been nine days. No call. No email. Nothing.

For context, I make travel videos for a living and my channel has a
fairly engaged audience. I've been filming this whole saga, and if I don't
have an answer by Monday it becomes next week's upload, complete with the
recording of the promise.

Tessa Vaughn
""")

C("en", "Owen Pritchard <owen.pritchard@inbox.example>", "Someone logged into my Latchly account from Romania",
  "security_incident", "-",
  "unauthorised login plus changed lock codes; no product defect claimed so no technical_issue",
"""Hi,

I got a "new sign-in" email at 3:12 this morning from a device in
Bucharest. I've never been there. When I opened the app, two new
guest codes had been added to my front door lock that I definitely did
not create, and my recovery email had been changed to something at
mailbox.test.

I've changed my password and deleted the codes but I need you to lock
the account down and tell me what else they accessed. There are camera
clips of my kids in that account.

Owen Pritchard
12 Larch Close
""")

C("en", "Dana Whitfield <dana.whitfield@whitfield-cpa.example>", "All client files from February gone after sync",
  "data_loss technical_issue severe_dissatisfaction", "signature",
  "client records vanished after sync (data loss + broken product); 'beyond furious' is strong anger; 'legally privileged' disclaimer ignored",
"""To whoever is on shift,

After yesterday's forced update, Ledgerly synced and every client ledger
I touched in February is simply gone. Not archived, not in the trash,
gone. 23 clients. The desktop app shows the client names with zero
transactions and the web version shows the same.

I am beyond furious. It is the middle of tax season and I have a small
practice. I need those records restored from whatever backup you keep
TODAY.

Dana Whitfield, CPA
Whitfield & Co. Accountants
This email and any attachments are confidential and may be legally
privileged. If you have received it in error, please notify the sender
and delete it.
""")

C("en", "Hank <hank.delacroix@mailbox.example>", "payment terminal",
  "outage technical_issue", "-",
  "card payments processing down entirely for a merchant; outage plus technical",
"""your card payments have been down since 11am, every single transaction
at both my shops comes back DECLINED - SYSTEM UNAVAILABLE, it's saturday,
its our busiest day, the status page says all green. customers are
walking out. can someone call me on 555-0172 asap

hank
delacroix bakery
""")

C("en", "Ruth Abernathy <ruth.abernathy@mailbox.example>", "Treadmill caught fire",
  "safety", "-",
  "treadmill motor smoking with flames in a gym; danger to people",
"""Dear IronPeak Fitness,

I want to report something that happened at your Riverside club on
Tuesday evening around 7pm. The treadmill I was using (third from the
left by the windows) started smelling of burning plastic, then smoke
came out of the motor cover and there was a small flame. I jumped off
and a member used the extinguisher. Nobody was hurt, but it could
easily have been a disaster.

The staff put a towel over it and an "out of order" sign. When I came
back on Thursday it was running again with someone on it. Please make
sure that machine is properly inspected.

Ruth Abernathy
Member no. 118832
""")

C("en", "Feng Li <feng.li@mailbox.example>", "Double debit 2 times 129.00",
  "billing_dispute", "-",
  "non-native English; specific double charge for furniture order",
"""Hello,

I buy from your shop one bookshelf "Arlo oak 5 shelf" order OR-55120.
Price is 129.00 EUR. In my bank I see now two time 129.00 EUR taken, on
same day, both say OAKROOM. I only order one time, I have only one
confirmation email. Please give back the second 129.00, I am student and
this money is important.

Thank you very much
Feng Li
""")

C("en", "Colm Brennan <colm@brennanprint.example>", "Would love a dark mode + bulk upload",
  "feature_request", "-",
  "two enhancement requests phrased as wishes",
"""Hi folks,

Big fan of the print portal, genuinely. Two small wishes from someone who
uses it at 11pm a lot:

1. A dark mode. My retinas would send you a fruit basket.
2. Being able to drag a whole folder of PDFs in at once instead of one
   file per order line. When I do 40 sets of business cards for a firm
   it's a lot of clicking.

No rush, just putting it on your radar.

Colm
""")

C("en", "Beatrice Nakamura <b.nakamura@mailbox.example>", "Re: Refund for cancelled Lisbon flight",
  "broken_promise repeat_contact", "quoted",
  "refund promised in quoted mail not paid; 'fourth email'; the quoted agent text mentions escalation which does not count",
"""Hello again,

This is my fourth email about this. Your colleague Joanne wrote below
that the refund of my cancelled Lisbon flight would be "back on your card
within 7 to 10 working days". That was on the date below. It is now well
past that and nothing has arrived.

Booking reference: QX7M2P.

Beatrice

On %%apple%%, FlyNorth Customer Care <support@example.test> wrote:
>
> Dear Beatrice,
>
> I have escalated your case to our refunds team and can confirm the
> refund has been approved. It will be back on your card within 7 to 10
> working days.
>
> Best regards,
> Joanne
> FlyNorth Customer Care
""", irt="desk")

C("en", "Simone Adeyemi <simone.adeyemi@mailbox.example>", "Your driver",
  "discrimination_harassment", "-",
  "courier made racist remarks and harassed the customer",
"""Hi,

I need to report the driver who delivered my order last night (order
DD-44102, around 9:40pm). When I came down he made a comment about "people
like you" in this building and said something about my hair that I'm not
going to repeat. Then he kept ringing my buzzer for ten minutes after I
went back upstairs.

I don't feel comfortable ordering while that person is still delivering
in my area. I'd like to know what you are going to do about it.

Simone
""")

C("en", "Gerald Mott <gerald.mott@mott-holdings.example>", "Invoice INV-2025-0871 — 48 desks, wrong finish",
  "high_value_order", "-",
  "problem with an order worth 14,880 GBP; calm tone",
"""Good afternoon,

We received the 48 Halden sit-stand desks on our order OR-77301 (invoice
INV-2025-0871, total GBP 14,880.00 incl. VAT) this morning. All 48 have
the walnut finish; we ordered and paid for white oak, as you can see on
the attached confirmation.

The fit-out of our new floor is scheduled for the 3rd. Could you please
confirm by return how and when you will exchange them?

Kind regards,
Gerald Mott
Facilities, Mott Holdings
""", pkg="mixed", att="order-confirmation-OR-77301.pdf")

C("en", "Laila Haddad <laila.haddad@mailbox.example>", "This is a disgrace",
  "severe_dissatisfaction", "other",
  "'a disgrace', 'appalling', 'shameful': strong disgust; being transferred five times within one call is not a third contact, so no repeat_contact",
"""I have been a customer of your bank for eleven years and the way I was
spoken to on your phone line this morning was a disgrace. I was
transferred five times, hung up on once, and the last person told me to
"just google it". Appalling. Truly appalling.

I don't even need anything anymore, I sorted it myself. I just want
someone there to know how shameful that was.

Laila Haddad
""")

C("en", "Trevor Boyle <trevor.boyle@boyle-plumbing.example>", "I'll see you in small claims",
  "legal_threat billing_dispute", "-",
  "disputes a 1,200 USD charge after cancelling; small claims named",
"""You took $1,200 from my business account on the 1st for an annual
renewal of the accounting package. I cancelled in writing on the 12th of
last month and I have your confirmation email, reference CX-30092.

Refund it by Friday or I file in small claims court. I've already
downloaded the form.

Trevor Boyle
Boyle Plumbing & Heating
""")

C("en", "Anneliese Gordon <anneliese.gordon@mailbox.example>", "Complaint lodged with the ombudsman",
  "regulatory repeat_contact", "-",
  "complaint referred to the financial ombudsman (no lawyer, so no legal_threat); 'further to my letters of 2 and 19 May' makes this the third contact",
"""Dear Sir or Madam,

Further to my letters of 2 and 19 May regarding the frozen transfer of
£3,400 to my sister's account, I am writing to let you know that I have
today referred my complaint to the Financial Ombudsman Service. My
complaint reference with them is FOS-5521093.

I have enclosed copies of all correspondence with them.

Yours faithfully,
Anneliese Gordon
""")

C("en", "Ravi Menon <ravi.menon@mailbox.example>", "whats the address of your head office",
  "corporate_contact_request", "-",
  "asks for head office postal address and a direct line; not the support number",
"""Hi, I need the postal address of your head office, the real one not
the PO box for returns, and a phone number for the head office switchboard.
I want to send a formal letter about my pet insurance claim and I want it
to land on an actual desk.

Policy PS-220318.

Thanks
Ravi
""")

C("en", "Jolene Carter <jolene.carter@mailbox.example>", "I have written to your CEO",
  "executive_contact", "-",
  "has written to the CEO and the board",
"""FYI, since I'm clearly getting nowhere with the support queue, I've
written to Mr. Ashworth directly and sent a copy to your board of
directors through the investor relations address on your website. I'd
suggest someone reads my ticket (#HH-11853) before they forward it back
down to you.

Jolene Carter
""")

C("en", "Ben Okafor <ben.okafor@okafor-design.example>", "SITE DOWN",
  "outage technical_issue severe_dissatisfaction", "-",
  "all-caps shouting; site returns 503 for every domain on the hosting account",
"""EVERY SINGLE SITE ON MY HOSTING ACCOUNT IS RETURNING 503 SERVICE
UNAVAILABLE. SEVEN CLIENT WEBSITES. SINCE 6AM. YOUR STATUS PAGE SAYS
"OPERATIONAL". THIS IS COMPLETELY UNACCEPTABLE.

account: okafor-design
server: web14.hostharbor.example

FIX IT.
""")

C("en", "Maeve Doyle <maeve.doyle@mailbox.example>", "e-bike battery got very hot",
  "safety", "-",
  "rental e-bike battery overheating and hissing; danger to rider",
"""Hi there,

I rented bike VN-3308 from the dock on Canal Street this afternoon. About
twenty minutes in, the battery pack under the seat got so hot I could
feel it through my jeans and it started making a hissing sound. I left
it locked against a lamp post outside number 44 Quay Road and walked.
Please get someone to collect it before it hurts somebody.

Maeve
""")

C("en", "Stuart Nkemelu <stuart.nkemelu@mailbox.example>", "Re: Re: Re: Re: membership freeze",
  "repeat_contact cancellation_threat", "-",
  "says he keeps writing (4th mail implied by 'fourth'); will leave when contract allows",
"""Fourth reply in this thread and I still don't have the freeze I asked
for in January. I tore my ACL. I can't use the gym. I sent the doctor's
letter twice.

You've made your position clear, so here's mine: the minute my 12-month
term is up I'm gone, and so is my wife's membership.

Stuart
""", irt="desk")

C("en", "Harriet Lowe <harriet.lowe@mailbox.example>", "app is stuck on the loading spinner",
  "technical_issue", "-",
  "single feature failure (lesson player spinner); not an outage",
"""Hi Sprout Academy,

Since the update on Monday the "Phonics Level 3" lessons won't open on
our iPad. It just shows the spinning sun forever. Level 1 and 2 open fine,
and the maths section is fine. I've deleted and reinstalled the app.

iPad 9th gen, iPadOS 17.5. Child profile "Pip".

Thanks,
Harriet
""")

C("en", "Lucas Ferreira <lucas.ferreira@mailbox.example>", "your website",
  "media_threat severe_dissatisfaction", "-",
  "threatens scathing reviews everywhere; 'absolute joke' strong",
"""Three weeks for a refund on a jacket I returned in perfect condition
and your website still says "processing". Absolute joke of a company.
I'll be leaving one-star reviews on every platform I can find and
posting the whole timeline on Reddit tonight.

Order TH-902214.
""")

C("en", "Nora Lindqvist <nora.lindqvist@mailbox.example>", "Charged after cancelling",
  "billing_dispute", "-",
  "charged 19.99 for a month after cancelling the kids' app subscription",
"""Hi,

I cancelled our family subscription on 30 April (I have the cancellation
confirmation, ref SA-CX-7781) but on 12 May my card was charged 19.99 USD
again for Sprout Academy. Please refund that charge.

Thanks,
Nora Lindqvist
""")

C("en", "Vikram Sethi <vikram@sethi-consulting.example>", "Please pass this to your legal department",
  "legal_threat corporate_contact_request", "-",
  "asks for legal department contact so his attorney can serve notice",
"""Hello,

I need the email address and postal address of your legal department. My
attorney will be sending formal notice regarding your release of
sethi-consulting.example for public auction, even though my renewal had
been paid before the expiry date.

Please respond with those contact details within 48 hours.

Vikram Sethi
""")

C("en", "Claire Dubois-Webb <claire.dw@mailbox.example>", "Stranger's address on my order page",
  "security_incident technical_issue", "-",
  "app shows another customer's name/address/phone: data exposure caused by product",
"""Hi,

When I opened "My orders" in your app this morning, the top order wasn't
mine. It showed a woman called Eleanor somebody, her full home address in
Leeds, her phone number and the last four digits of her card. I refreshed
and it changed to a third person's order.

I've taken screenshots. Your app is showing customers each other's
personal data. I assume you'll want to know about that quickly.

Claire
""")

C("en", "Patrick O'Halloran <pat.ohalloran@mailbox.example>", "Re: Hotel booking 55102",
  "manager_request severe_dissatisfaction", "quoted",
  "asks to speak with someone senior; 'outrageous' strong; quoted agent signature says Guest Relations Manager (title, does not count)",
"""No. I am not accepting a 10% voucher after being moved to a room next
to the ice machine with a broken window on my anniversary. That is
outrageous. Have somebody senior phone me, today please, not another
email from the same desk.

Pat O'Halloran

-----Original Message-----
From: Harborline Hotels Guest Relations <support@example.test>
Sent: %%outlook%%
To: Patrick O'Halloran <pat.ohalloran@mailbox.example>
Subject: RE: Hotel booking 55102

Dear Mr O'Halloran,

We are sorry your stay did not meet expectations. As a gesture of
goodwill we would like to offer a 10% voucher for a future stay.

Kind regards,
Melissa Grant
Guest Relations Manager
""", irt="desk")

C("en", "Yusuf Demir <yusuf.demir@mailbox.example>", "Contract over 9000 and still no working cameras",
  "high_value_order technical_issue broken_promise", "-",
  "installation order USD 9,350 with cameras offline; installer promised to return and did not",
"""Hello,

We signed for the HomeSentry business package for our three shops
(contract HS-B-2291, USD 9,350). 11 of the 18 cameras have been showing
"device offline" since installation. The installer said on the 3rd he'd
come back "first thing Monday" to fix the PoE switch. He didn't come, and
nobody has rung to rebook.

Please arrange a visit this week.

Yusuf Demir
Demir Mini Markets
""")

C("en", "Kat Morrison <kat.morrison@mailbox.example>", "phone company from hell",
  "cancellation_threat severe_dissatisfaction technical_issue", "other",
  "announces porting to another carrier; 'from hell', 'sick to death' strong anger; dropped calls = service not working; 'third dropped call' counts calls, not contacts, so no repeat_contact",
"""honestly sick to death of you lot. third dropped call today on a
"5G" plan that can't hold a signal in central Bristol. I've already
requested my PAC code, I'm porting to another network the second it
comes through, and my two kids' lines are going with me.
""")

C("en", "Douglas Fairweather <d.fairweather@fairweather-law.example>", "Data subject access request",
  "regulatory", "title",
  "lawyer writing professionally is not a legal threat; says he will complain to the ICO if DSAR ignored (threat to report to regulator fires)",
"""Dear Data Protection Officer,

I act for Mrs Gwen Ellery, a former employee of one of your payroll
customers. On 4 March we sent a data subject access request under Article
15 UK GDPR to your privacy address. The one-month deadline has passed
without acknowledgement.

Unless we receive a full response within 14 days, my client will lodge a
complaint with the Information Commissioner's Office without further
notice.

Yours faithfully,
Douglas Fairweather
Solicitor, Fairweather & Lane LLP
""")

C("en", "Maria-Jose Castillo <mj.castillo@mailbox.example>", "feature idea: sibling accounts",
  "feature_request", "-",
  "asks for multi-child sibling linking; 'would be great if'",
"""Hello!

We have three kids on Sprout Academy and it would be great if there were
a way to link sibling profiles so the older one can send the little one
"stickers" and see their streak. Right now they keep asking to use each
other's tablets. Just an idea from a mum of three :)

MJ
""")

C("en", "Tomás Ruiz <tomas.ruiz@mailbox.example>", "Charger sparked and burnt my hand",
  "safety", "-",
  "smart lock charger sparked and burned the customer",
"""Hi,

The USB-C charger that came in the box with my Latchly Pro lock sparked
when I plugged it into the wall tonight and I've got a small burn on two
fingers. The plug has a black scorch mark on it now. I've stopped using
it. Is there a known problem with this charger? I have the box and the
receipt if you need them.

Tomás Ruiz
""")

C("en", "Eve Castellanos <eve@castellanos-studio.example>", "Re: Domain renewal",
  "billing_dispute severe_dissatisfaction", "quoted",
  "renewal price charged 89.99 instead of the quoted 14.99; 'daylight robbery' and 'disgusted'; quoted desk text mentions refund policy (does not count)",
"""You renewed castellanos-studio.example at $89.99. The price on your
site the day I set up auto-renew was $14.99/yr and nobody told me about a
"premium tier". That is daylight robbery and frankly I'm disgusted. I want
the $75.00 difference back.

> Thanks for contacting HostHarbor. Our refund policy allows refunds of
> domain renewals within 5 days of the renewal date. Please see our
> Terms of Service, section 8.
""", irt="desk")

C("en", "Ivan Petrov <ivan.petrov@mailbox.example>", "Login",
  "outage technical_issue", "-",
  "cannot log in at all, 502 on both app and web",
"""Hello, since this morning I can't get into online banking at all. The
app says "Something went wrong" and on the website I get a white page
with "502 Bad Gateway". My wife's account the same. Is your system down?
I need to pay rent today.

Ivan
""")

C("en", "Rebecca Tan <rebecca.tan@tanandpartners.example>", "Escalation please",
  "manager_request technical_issue", "-",
  "explicitly asks for escalation of a payroll calculation bug",
"""Hi,

Ticket #PP-60218. The overtime multiplier for weekend shifts is being
applied twice for anyone in the "Nurses – Part time" pay group, which
is why 14 people got overpaid last run. Your first-line agent has asked
me to clear my cache.

I'd like this escalated to someone who can look at the calculation
engine, please.

Rebecca Tan
Payroll Lead
""")

C("en", "Sam Whitlock <sam.whitlock@mailbox.example>", "Glass in my food",
  "safety", "-",
  "shard of glass in delivered meal cut the customer's mouth: injury",
"""Hi,

I ordered the chicken jalfrezi from Spice Route through your app tonight
(order DD-60915). About halfway through I bit down on something hard and
it was a piece of glass, roughly the size of my little fingernail. My gum
is cut and bleeding. I've kept the glass and the container.

I don't know whether it came from the restaurant or the packaging, but
somebody needs to check before the next person eats from that kitchen.

Sam Whitlock
""")

C("en", "Hollie Grant <hollie.grant@mailbox.example>", "refund not received",
  "broken_promise", "-",
  "refund promised by chat agent did not arrive; second contact only",
"""Hi,

On your live chat on the 2nd, the agent (Kieran) promised me the
refund for the two dresses I sent back would be processed "by end of day
Friday". It's Wednesday of the following week and my account still shows
nothing, and the order page says "return received".

Order TH-881220. Could you check what happened?

Hollie
""")

C("en", "Jakub Nowak <jakub.nowak@mailbox.example>", "Reconsidering everything",
  "cancellation_threat", "-",
  "says he is closing accounts and moving savings to another bank; no 'cancel' word",
"""Hello,

I'll keep this civil. After the way my mortgage overpayment was handled
I've opened an account with another bank and I'm moving my savings
across this weekend. My current account will follow once my salary is
switched. You'll get the closure forms in the post.

Jakub Nowak
""")

C("en", "Winston Achebe <winston.achebe@mailbox.example>", "Booked the accessible room and got the stairs",
  "discrimination_harassment", "-",
  "wheelchair user refused accessible room and mocked by front desk; disability discrimination",
"""I use a wheelchair. I booked and paid for an accessible room at your
Manchester Piccadilly hotel (booking HH-51822) and was given a room on the
second floor of the annex, which has no lift. When I asked for the room I
had booked, the night manager said "we don't keep those for walk-ins" and
his colleague laughed and asked if I "could manage a few steps".

I slept in my car. I expect a written explanation.

Winston Achebe
""")

C("en", "Arjun Bhatt <arjun.bhatt@bhatt-traders.example>", "Bulk order 2,400 flyers wrong colour + invoice",
  "technical_issue", "innocuous",
  "print job came out wrong because the colour profile upload failed; amount 1,840 is below threshold; 'fire' in 'fire-sale' innocuous",
"""Hi team,

The 2,400 A5 flyers for our fire-sale weekend arrived today but every one
is printed in a muddy brown instead of our orange. I think your upload
tool dropped the CMYK profile — the preview showed orange but the proof
PDF the system generated afterwards already had the brown. Invoice total
was 1,840.00 USD.

Can you reprint? The sale is on Saturday.

Arjun
""")

C("en", "Lorraine Whitaker <l.whitaker@mailbox.example>", "Your CEO's email address please",
  "corporate_contact_request executive_contact", "-",
  "asks for the CEO's email in order to write to him",
"""Good morning,

Could you please provide me with the email address of your Chief
Executive, or failing that his executive assistant? I intend to write to
him about the handling of my late husband's account, which has now taken
seven months.

Lorraine Whitaker
""")

C("en", "Duc Nguyen <duc.nguyen@mailbox.example>", "Your servers ate my site",
  "data_loss technical_issue", "-",
  "site files and database missing after migration; informal",
"""so you guys migrated me to the 'new infrastructure' last night and now
my wordpress site is a blank install. uploads folder empty, database has
default tables only, 6 years of recipes gone. your own backup tab says
'no backups available'. please tell me you have something on your side.

duc / phocorner.example
""")

# ===========================================================================
# English customer mail with triggers (part 2)
# ===========================================================================

C("en", "Howard Kessler <howard.kessler@mailbox.example>", "Oh wonderful, another 'system upgrade'",
  "outage technical_issue severe_dissatisfaction", "-",
  "sarcastic praise; reports whole app and site unreachable; 'pathetic' strong",
"""Congratulations on the upgrade, truly. The app now opens to a grey
screen, the website times out, and the phone line plays a message telling
me to use the app. Nobody at my gym has been able to check in since 6am,
the turnstiles are all refusing the QR codes, and the desk staff are
writing names on paper like it's 1985. Pathetic.

Howard
""")

C("en", "Marisol Vega <marisol.vega@mailbox.example>", "Fw: conversation with your driver",
  "discrimination_harassment", "quoted",
  "forwards her own earlier complaint but adds new text about the driver's threatening messages; the harassment is reported in her own words",
"""Adding to what I sent on Sunday (below): the same driver has now sent
me three WhatsApp messages from his personal number, including one saying
he "knows where I live" and I should "watch my reviews". I am frightened
to open my door. Please tell me he no longer has access to customer
details.

---------- Forwarded message ---------
From: Marisol Vega <marisol.vega@mailbox.example>
Date: %%gmail%%
Subject: conversation with your driver
To: <support@example.test>

Hi, the driver on order DD-71130 was very rude when I asked him to bring
the food up to the door as I'd requested in the notes.
""")

C("en", "Felix Hartmann <felix.hartmann@hartmann-gmbh.example>", "Your data protection officer — and the BfDI",
  "regulatory security_incident technical_issue", "title",
  "payslips of another company delivered to this customer: data exposed by the product (security + technical); notifying the BfDI is regulatory; 'Managing Director' is a title",
"""Dear PayPilot,

This morning our HR team received the full April payslips of 62 employees
of another company, including salaries, tax IDs and bank details. Which
presumably means someone else received ours. This is a personal data
breach and you are the processor.

I expect the breach report under Art. 33 GDPR within the day. We are
notifying the BfDI ourselves this afternoon.

Felix Hartmann
Managing Director
""")

C("en", "Ola Nwosu <ola.nwosu@mailbox.example>", "Re: your claim PS-77821",
  "billing_dispute repeat_contact severe_dissatisfaction", "-",
  "premium increase disputed with amounts; 'this is the fifth time'; 'scandalous' strong",
"""This is the fifth time I've raised this. My premium went from £18.40 to
£41.90 a month without a word of warning, on the month after you paid a
£60 claim. I did not agree to that price. I want the difference for May
and June refunded, £47.00, and the old premium restored.

Honestly the way you treat long-standing customers is scandalous.

Ola
""", irt="desk")

C("en", "Bernard Lyle <b.lyle@lyle-architects.example>", "Site visit fee — I want a supervisor",
  "manager_request billing_dispute repeat_contact", "-",
  "disputes 'call-out fee' of 95 USD; asks for supervisor; 'explained this to two of your agents' makes this at least the third contact",
"""Your technician was at our office for six minutes, reset a breaker and
left. We have been billed $95.00 as a "call-out fee" even though our
service agreement says on-site visits are included. I've explained this to
two of your agents now and both said they "can't change invoices".

I'd like to speak with a supervisor, please. 555-0119 between 9 and 5.

Bernard Lyle
""")

C("en", "Zara Qureshi <zara.qureshi@mailbox.example>", "!!!",
  "media_threat severe_dissatisfaction", "-",
  "threatens to go viral with a TikTok; 'absolutely livid' strong",
"""I am ABSOLUTELY LIVID. My daughter's prom dress arrived with a huge
rip down the back seam, the prom is tomorrow, and your chat bot offered
me a 10% code. I've filmed the unboxing and I'm posting it
tonight. My TikTok isn't huge but these things have a way of spreading,
don't they.
""")

C("en", "Gideon Marsh <gideon.marsh@mailbox.example>", "When will the firmware fix actually come?",
  "broken_promise technical_issue", "-",
  "firmware fix promised for 'end of March' not delivered; lock auto-lock broken",
"""Hi Latchly,

In February your support told me the auto-lock bug (lock re-opens itself
a few seconds after locking when the door is slammed) would be fixed in a
firmware update "by the end of March". It's now the middle of May and my
lock is still on 4.2.1 with the same behaviour. The release notes for 4.2.2
don't mention it.

Is the fix coming or not?

Gideon
""")

C("en", "Sophie Ambler <sophie.ambler@mailbox.example>", "Children's data",
  "regulatory", "-",
  "alleges a compliance violation (children's data shared with ad SDKs by design) without naming an authority; deliberate sharing, not unauthorised access, so no security_incident",
"""Hello,

I looked at the network traffic of your app on my son's tablet (I work in
IT) and it sends his first name, age and lesson results to two advertising
SDKs every time he finishes a lesson. That is a breach of children's
privacy law, plain and simple, and the privacy policy says you "never share
children's data with third parties".

Please remove my son's data and explain how this happened.

Sophie Ambler
""")

C("en", "Rashid Al-Amin <rashid.alamin@alamin-trading.example>", "Urgent: order 6,200 EUR stuck in customs with wrong paperwork",
  "high_value_order", "-",
  "6,200 EUR office furniture order blocked by wrong customs invoice",
"""Dear Sirs,

Our order OR-80144 (value EUR 6,200.00, conference furniture) has been
held at customs for eight days because the commercial invoice you
supplied shows the wrong HS codes and an incorrect consignee address. The
customs broker has asked for a corrected invoice twice.

Please issue the corrected commercial invoice today.

Best regards,
Rashid Al-Amin
Purchasing, Al-Amin Trading
""")

C("en", "Cheryl Banks <cheryl.banks@mailbox.example>", "cc'ing the people who can fix this",
  "executive_contact", "-",
  "copied VP of Customer Experience and the COO on the mail",
"""Hello,

I've copied your VP of Customer Experience and your COO on this email
because I suspect otherwise it will sit in a queue for another month.

My son's e-bike rental deposit of $150 has not been returned since the
bike was docked on 2 April (rental VN-R-22810). Please return it.

Cheryl Banks
""", cc="Amelia Frost <amelia.frost@velonow.example>; Rajiv Sundaram <r.sundaram@velonow.example>")

C("en", "Tom Alvarez <tom.alvarez@mailbox.example>", "hey so",
  "feature_request", "-",
  "indirect wish for split payment in the food app ('any chance you could')",
"""hey so me and my flatmates order together like 3 times a week and one of
us always ends up paying and chasing the others. any chance you could let
us split the bill in the app when we check out? like each person pays
their own bit. would literally save friendships lol

tom
""")

C("en", "Ingrid Solberg <ingrid.solberg@mailbox.example>", "Photos gone from camera cloud",
  "data_loss technical_issue", "-",
  "30 days of recorded clips missing from cloud plan",
"""Hello,

I pay for the 60-day cloud recording plan on my two HomeSentry cameras. We
had a break-in attempt on the 9th and the police asked for the footage.
When I opened the history, everything before the 15th is missing. The
timeline just starts on the 15th. The plan page still says 60 days.

Where did the recordings go? I need the clip from the 9th.

Ingrid Solberg
""")

C("en", "Dr. Alan Whitford <alan.whitford@whitford-clinic.example>", "Formal complaint regarding payroll error",
  "legal_threat severe_dissatisfaction technical_issue", "-",
  "formal letter; payroll bug underpaid staff; solicitors instructed; 'wholly unacceptable and frankly shameful' strong",
"""Dear Sir/Madam,

I write to register a formal complaint. On 28 March your software
calculated the pension contributions of all eleven of my clinic staff at
zero, owing to what your own support team has acknowledged is a defect in
the 4.18 release. As a result my practice is now in arrears with the
pension provider.

The handling of this matter has been wholly unacceptable and frankly
shameful. I have instructed my solicitors to recover the penalties and
professional costs we have incurred, and you should expect to hear from
them shortly.

Yours faithfully,
Dr. Alan Whitford
Whitford Family Clinic
""")

C("en", "Nadia Petrenko <nadia.petrenko@mailbox.example>", "money gone from my account",
  "security_incident billing_dispute", "-",
  "card used by fraudster for 3 transactions; disputes specific unauthorised charges",
"""Hello, please help. Somebody used my card from your bank for 3 payments
I did not make: 249.00 EUR at an electronics shop online, 89.90 EUR and
12.00 EUR. I still have my card in my hand, nobody have it. I think my
details are stolen. Please block the card and give back this money.

Nadia Petrenko
""")

C("en", "Leo Fitzgerald <leo.fitzgerald@mailbox.example>", "Re: Re: Broken wardrobe delivery",
  "broken_promise repeat_contact cancellation_threat", "-",
  "delivery slot promised twice and missed; 'third time I have written'; will cancel order if not delivered Saturday",
"""This is the third time I've written and the second time you've promised
a delivery day that nobody turned up for. I took Tuesday off work. I took
Thursday off work. If the wardrobe is not here on Saturday I'm cancelling
the whole order and buying it somewhere that owns a van.

Leo
""", irt="desk")

C("en", "Amara Obi <amara.obi@mailbox.example>", "Reporting this to the CFPB",
  "regulatory billing_dispute", "-",
  "disputes an overdraft fee of 35 USD x 4 and reports to CFPB",
"""You charged me four overdraft fees of $35.00 on the same day for
transactions that were all authorized while my balance was positive. That
is $140.00 in fees for nothing. I have filed a complaint with the CFPB
this morning and will be sending them your reply, so please make it a
good one.

Amara Obi
""")

C("en", "Kevin Brandt <kevin.brandt@mailbox.example>", "Sync",
  "technical_issue", "-",
  "bank feed sync errors with code; plain technical issue",
"""Bank feed for our business account (Kivo Bank, acct ending 0921) stopped
syncing on the 11th. The connection page says "Error BF-409: token
expired" and the "reconnect" button does nothing when clicked (Chrome
and Firefox, both tried). Other feed (credit card) works fine.

Kevin Brandt
Brandt Electrical
""")

C("en", "Petra Lindgren <petra.lindgren@mailbox.example>", "please escalate",
  "manager_request data_loss technical_issue", "negation",
  "asks to escalate; child's progress reset to Level 1 (lost data); 'not going to cancel' is negated",
"""Hi,

I'm not going to cancel over this, I like the app, but the question about
why my son's progress reset to Level 1 after we moved to a new tablet has
been open for two weeks. Please escalate it to someone who can look at the
account directly.

Account: lindgren.family
Petra
""")

C("en", "Jasper Cole <jasper.cole@mailbox.example>", "Your hosting has had my shop offline half the week",
  "outage technical_issue cancellation_threat", "other",
  "shop down; will point DNS to another host (no 'cancel'); 'third outage this week' counts outages, not contacts",
"""Third outage this week. My shop at colecandles.example has been throwing
"Error establishing a database connection" on and off since Monday, and
today it's been down completely since lunchtime. I'm losing sales every
hour.

I've already got an account set up with another host and I'll be
pointing the DNS there on Friday unless you can tell me what's going on.

Jasper
""")

C("en", "Veronica Sandoval <v.sandoval@mailbox.example>", "A journalist's question",
  "media_threat", "-",
  "journalist asking for comment: always fires; hearsay of outage adds nothing",
"""Hello,

I'm a reporter with the Riverside Courier, working on a piece about
customers of Kivo Bank who were unable to access their accounts over the
long weekend. Several readers have told me they could not pay bills for
three days.

Could someone from your communications team comment on what caused the
problem and how many customers were affected? My deadline is Thursday at
noon.

Veronica Sandoval
Consumer Affairs Reporter
Riverside Courier
555-0163
""")

C("en", "Ahmed Karimi <ahmed.karimi@mailbox.example>", "Unauthorized",
  "security_incident", "-",
  "phishing email sent from the company's own domain to customers",
"""Hi,

Just had an email from billing@hostharbor.example (your real domain, I
checked the headers, it passed DKIM) asking me to "re-verify" my card at
a link that goes to a site in a completely different domain. My friend who
also hosts with you got the same one. Either someone's got into your mail
system or your marketing tool is compromised. Thought you should know
asap.

Ahmed
""")

C("en", "Marjorie Pike <marjorie.pike@mailbox.example>", "The lady at the front desk",
  "discrimination_harassment", "-",
  "age discrimination by gym staff, told to 'try aqua aerobics with the other old dears'",
"""I'm 71 and have been a member of your Eastgate club for three years. On
Monday I asked the young lady at the desk to book me into the Saturday
kettlebell class. She said, loud enough for everyone to hear, that it
"wasn't really for people my age" and I should "try aqua aerobics with
the other old dears". When I insisted, she refused to book me.

I find that insulting and I think it is discrimination. I would like it
dealt with.

Marjorie Pike
""")

C("en", "Dev Patel <dev.patel@patel-studios.example>", "Print job + invoice + a suggestion",
  "billing_dispute feature_request", "-",
  "several topics: disputes 48 USD rush fee never requested, and asks for saved templates",
"""Hi Printhaus team, three things:

1. Order PH-44190 arrived fine, thanks.
2. Order PH-44215 was charged a $48.00 rush fee. I didn't select rush, and
   it arrived on standard timing anyway. Please remove that.
3. Small request: could you let us save a job as a template? We reorder
   the same banner every month with only the date changed.

Cheers,
Dev
""")

C("en", "Ursula Brandt <ursula.brandt@mailbox.example>", "Dogs insurance claim - third mail",
  "repeat_contact broken_promise", "-",
  "subject says third mail; promised claim decision 'within 10 working days' missed",
"""Hello,

When I submitted the claim for Bruno's cruciate ligament surgery on 3 April
the confirmation email said I'd have a decision within 10 working days.
That date passed a month ago. This is my third email and I've also called
once. Claim CL-55390.

Can someone give me a date?

Ursula Brandt
""")

C("en", "Rohan Mehta <rohan.mehta@mailbox.example>", "API keys leaked in your status page",
  "security_incident", "-",
  "status page screenshot leaks live API keys: leaked credentials; a publishing mistake, not a product defect, so no technical_issue",
"""Hi,

Your public incident page for yesterday's payments incident includes a
screenshot of a log console. If you zoom in, the screenshot shows a live
merchant API key (starts with pk_live_...) and what looks like a webhook
signing secret. Anyone can read it. Please take it down and rotate those
keys, and let merchants know if they were theirs.

Rohan Mehta
""")

C("en", "Irene Castellano <irene.castellano@mailbox.example>", "You ruined my daughter's birthday and I want to speak to the person in charge",
  "manager_request severe_dissatisfaction", "-",
  "wants the person in charge of operations; 'disgusting service' strong; an order that never arrived is not described as a broken promise",
"""The cake and party food for 20 children that I ordered through your app
for 2pm never arrived. The restaurant says your courier never collected
it. Your chat says "we're sorry for the inconvenience". Inconvenience?
Twenty six-year-olds and no food. Disgusting service.

I want the person in charge of your operations to call me. 555-0131.

Irene
""")

C("en", "Carl Jessup <carl.jessup@jessup-ag.example>", "Chargeback",
  "billing_dispute", "-",
  "chargeback threat on 450 USD hotel no-show charge he says he cancelled",
"""You charged my Amex $450.00 as a "no-show" for the 12th at your Denver
property. I cancelled that booking on the 8th through your own app and
have the cancellation number (HH-C-88104). If that charge isn't reversed
by the end of the week I'm filing a chargeback with Amex.

Carl Jessup
""")

C("en", "Hannah Brooks <hannah.brooks@mailbox.example>", "Please add Welsh",
  "feature_request", "-",
  "requests Welsh language support for kids' app",
"""Hi!

My kids go to a Welsh-medium school and it would make such a difference if
Sprout Academy supported Welsh, even just for the reading games. Please
consider adding it — I know a lot of parents here who would sign up.

Diolch,
Hannah
""")

C("en", "Morris Glenn <morris.glenn@mailbox.example>", "Not happy. Bank manager wanted.",
  "manager_request", "title",
  "wants to see the bank's branch manager - that is a request to speak to a manager, not a title",
"""I'd like an appointment with the manager of your High Street branch,
please, not with the "customer experience associate" I saw on Tuesday who
couldn't answer anything about my business loan application.

Morris Glenn
Glenn & Sons Joinery
Managing Director
""")

C("en", "Emily Rhodes <emily.rhodes@mailbox.example>", "Thread is going to go viral at this rate",
  "media_threat broken_promise", "-",
  "posting on X/Twitter; promised compensation voucher not received",
"""Hi,

After the 14-hour delay in Palma your gate agent promised every passenger
a €250 compensation voucher by email "within 48 hours". Two weeks later,
none of the 30 or so people in our WhatsApp group has received one. We've
started a thread on X with photos of the gate and the written promise, and
it's picking up steam. Maybe get ahead of it?

Flight FN2291, 7 June.
Emily
""")

C("en", "Oscar Lindahl <oscar.lindahl@mailbox.example>", "Overheating phone after your update",
  "safety technical_issue", "-",
  "carrier-pushed update makes phone overheat and burn the user's hand; both a hazard and a broken software update",
"""Hi,

Since the carrier settings update your network pushed on Monday, my phone
(the Telvia-branded A54) gets extremely hot whenever it's on mobile data,
to the point that it burned my palm this morning and I had to drop it. It
doesn't do it on Wi-Fi. The battery also drains in about three hours.

Is this a known problem with the update? I'm worried it's going to catch
fire in my pocket.

Oscar
""")

C("en", "Gloria Fontaine <gloria.fontaine@mailbox.example>", "please put me in touch with your board",
  "corporate_contact_request executive_contact", "-",
  "asks for board contact details to write to them",
"""Hello,

Please give me a contact address for your board of directors. I intend to
write to them about the way my father, who has dementia, was sold three
add-on insurance products for his dog over the phone in one month.

Gloria Fontaine
""")

C("en", "Stanley Okoro <stanley.okoro@mailbox.example>", "I will take this to court",
  "legal_threat high_value_order", "-",
  "hotel wedding block of GBP 12,400 cancelled by hotel; court threatened",
"""Your Brighton hotel cancelled our wedding block (28 rooms, deposit and
balance paid in full, total £12,400) eleven days before the wedding,
because of a "double booking". You have offered a partial refund.

If the full £12,400 is not back in my account within seven days, I will
issue a claim in the county court without further notice.

Stanley Okoro
""")

C("en", "Chiara Bellini <chiara.bellini@mailbox.example>", "Payment page is broken",
  "technical_issue", "-",
  "checkout payment page error; only this feature, others fine",
"""Ciao, I try to pay the e-bike monthly pass with Apple Pay and the page
shows "Unexpected token < in JSON at position 0" and nothing happens. With
card it is the same. The rest of the app works, I can unlock bikes with
my old pass. I am on iPhone 13, app version 5.8.1.

Chiara
""")

C("en", "Russell Pierce <russell.pierce@pierce-freight.example>", "Cancelling everything",
  "cancellation_threat severe_dissatisfaction billing_dispute", "-",
  "announces cancellation of all 14 lines; disputes 612.40 bill; 'utterly fed up and furious'",
"""I'm utterly fed up and, frankly, furious. We have 14 business lines with
you. Our last bill was $612.40 against a contracted $389.00, with
"data overage" on phones that sit in depot lockers all weekend. Please
take this as formal notice that we're cancelling all 14 lines at the end
of this billing cycle, and refund the $223.40 difference.

Russell Pierce
Operations, Pierce Freight
""")

C("en", "Agnes Holloway <agnes.holloway@mailbox.example>", "Ad in my son's learning app",
  "regulatory", "conditional",
  "conditional threat to report to the FTC about ads shown to children",
"""My eight-year-old was shown an advert for a casino-style game inside
your "ad-free" learning app. If this is not explained to me by Monday I
will be reporting your company to the FTC for marketing to children.

Agnes Holloway
""")

C("en", "Lionel Baptiste <lionel.baptiste@mailbox.example>", "We lost a whole payroll run",
  "data_loss technical_issue repeat_contact", "-",
  "approved payroll run disappeared after rollback; 'three emails and two calls'",
"""Hi,

After your rollback on Friday night, the payroll run we approved on Friday
afternoon (period 06/2025, 38 employees) has disappeared from the system.
The history shows the May run and then nothing. The bank file was never
generated. I've now sent three emails and made two calls and nobody has
told me whether you can recover it.

Lionel Baptiste
Finance Manager
""")

C("en", "Fiona McAllister <fiona.mcallister@mailbox.example>", "What exactly do I have to do to get a human",
  "manager_request severe_dissatisfaction", "-",
  "asks for a real person higher up; 'beyond a joke', 'infuriating' strong",
"""Your chatbot told me it had "escalated my case" and then nothing
happened. This is beyond a joke. It is infuriating. I want a real human
being, preferably someone with some seniority, to look at my booking
TR-66021 and ring me back.

Fiona
""")

C("en", "Samir Haddad <samir.haddad@mailbox.example>", "deposit",
  "broken_promise", "-",
  "deposit refund promised within 5 days not made; a deposit not yet returned is not a disputed wrong charge",
"""hi, your agent promised on the phone my security deposit $200 for the
apartment-sized sofa return would be back in 5 days. its been 3 weeks, the
bank shows only the charge, no refund. return authorisation RA-20488.
please send my $200.
""")

C("en", "Yvonne Leclerc <yvonne.leclerc@mailbox.example>", "I will be posting about this",
  "media_threat", "conditional",
  "conditional threat to post the story in local parents' Facebook groups",
"""Hi,

If my daughter's account isn't unlocked by the weekend, I'm going to post about how you treat your customers in every
local parents' Facebook group I'm in, and there are a lot of them.

Yvonne
""")

# ===========================================================================
# English customer mail with triggers (part 3)
# ===========================================================================

C("en", "Bryony Hale <bryony.hale@mailbox.example>", "Bookcase tipped over onto my son",
  "safety severe_dissatisfaction", "-",
  "furniture tipped onto a child (injury); anti-tip kit missing; 'horrified and incandescent' strong",
"""I am horrified and, to be honest, incandescent with rage. The "Brook"
bookcase we bought from you in March tipped forward on Sunday while my
four-year-old was pulling a book from the second shelf. He has a cut above
his eye that needed glue at A&E and bruising down his arm. It could have
been so much worse.

The box did not contain the wall anchor kit shown in the instructions. I
have the empty box and the parts bag.

I want to know how many of these went out without anchors and what you are
doing about it.

Bryony Hale
""")

C("en", "Julian Park <julian.park@park-events.example>", "Conference booking 38,500 USD — AV failed both days",
  "high_value_order manager_request", "innocuous",
  "conference contract of 38,500 USD with unresolved service failures; wants the general manager; 'our CEO's keynote' is their own CEO (not executive_contact); no explicit anger words",
"""To the events team,

We held our two-day partner summit at your Chicago Lakeside property
last week under contract EV-2025-118 (total USD 38,500). The main ballroom
had been double-booked for the first morning, so our CEO's keynote was
moved to a breakout room that seated 80, and lunch was served over an hour
late on both days in front of 300 partners.

I would like a call with the hotel's general manager this week to discuss
what you intend to do about the invoice.

Julian Park
Director of Events, Park Events
""")

C("en", "Noor Rahman <noor.rahman@mailbox.example>", "Comments about my hijab",
  "discrimination_harassment", "-",
  "religious discrimination by gym staff",
"""Assalamu alaikum / hello,

At the Westfield branch last night a personal trainer told me my hijab was
"a safety risk" and that I would have to take it off or leave the
free-weights area. There is no such rule in your member terms, I checked,
and I saw a man training in a beanie and hood at the same time. Another
staff member then joked that I should "go to a women's gym for people like
me".

I have been a member for two years and I've never been made to feel like
that.

Noor Rahman
""")

C("en", "Marcus Liebermann <marcus.liebermann@mailbox.example>", "RE: Your account has been restricted",
  "legal_threat", "quoted",
  "says his attorney has been retained; quoted desk text contains 'terms' but that's quoted",
"""My attorney has been provided with copies of every message in this
thread and will be in touch with your company directly. Freezing $3,800 of
my business's money for 45 days without a single specific reason is not
something I'm going to accept.

Marcus Liebermann

________________________________
From: PayBridge Risk Team <support@example.test>
Sent: %%outlook%%
To: Marcus Liebermann
Subject: Your account has been restricted

Hello,

Following a review, your account has been restricted in line with section
12 of our Terms of Service. Funds will be held for up to 180 days. This
decision is final.

PayBridge Risk Team
""", irt="desk")

C("en", "Sandra Kowalski <sandra.kowalski@mailbox.example>", "hi, me again",
  "repeat_contact outage technical_issue", "-",
  "'me again, that's three emails now' is an explicit third contact; app cannot reach the lock servers at all (outage)",
"""hi, me again, that's three emails now about the same thing. none of my
four locks show up in the app, it just says 'cannot reach Latchly servers,
try again later' for the last two days. the keypads still work but I can't
issue guest codes to the cleaners and my airbnb guests arrive Friday.
is anyone actually looking at this?

sandra
""")

C("en", "Peter Haugland <peter.haugland@haugland-ab.example>", "Feature request: multi-currency invoices",
  "feature_request", "-",
  "asks for multi-currency invoicing",
"""Hello Ledgerly,

We invoice clients in EUR, SEK and NOK and currently have to keep three
separate company files. Please support multi-currency invoicing in one
file, with the exchange rate on the invoice date pulled automatically.
That alone would save us hours every month.

Best regards,
Peter Haugland
""")

C("en", "Lakshmi Iyer <lakshmi.iyer@mailbox.example>", "re: sms to my phone",
  "security_incident", "-",
  "SIM swap: number moved to another SIM without her, bank codes received by fraudster",
"""Yesterday my phone suddenly said "No SIM" and two hours later my bank
called about a transfer I never made. The bank says the one-time codes
went to my number. Your shop in Croydon apparently issued a new SIM for my
number at 11:20 yesterday to someone who was not me. I was at work in
Reading.

How did someone get a replacement SIM on my account without my ID? I need
this investigated and my number back on my SIM.

Lakshmi Iyer
""")

C("en", "Hugo Brandt <hugo.brandt@mailbox.example>", "Your CEO will be reading this",
  "executive_contact severe_dissatisfaction", "-",
  "says he has forwarded it to the CEO via LinkedIn; 'contempt' 'shambles' strong",
"""I've messaged your CEO on LinkedIn with a link to this ticket, because
frankly the way your so-called support team has dealt with my lost
rental deposit shows nothing but contempt for customers. What a shambles.

Hugo Brandt
Rental VN-R-40012
""")

C("en", "Catherine Osei <catherine.osei@osei-dental.example>", "We need to be able to run payroll for contractors",
  "feature_request", "title",
  "requests contractor payments; 'Practice Manager' is a title",
"""Hi there,

We're a small dental practice with six employees and two self-employed
hygienists. It would be a huge help if you added a way to pay contractors
through the same run, with their invoices attached, instead of us paying
them manually from the bank.

Thanks,
Catherine Osei
Practice Manager
""")

C("en", "Darius Kamali <darius.kamali@mailbox.example>", "ORDER 7,450 EUR DAMAGED",
  "high_value_order", "-",
  "order over threshold arrived damaged; all-caps subject but body calm (no severe wording)",
"""Good day,

Our sofa set and dining table (order OR-90321, total 7,450.00 EUR)
arrived today. The sofa frame is split on the left arm and two of the
table legs are scratched down to the wood. I signed the delivery note
with "damaged" and took photos in front of the driver.

Please let me know how you will replace these items.

Darius Kamali
""")

C("en", "Olivia Brennan <olivia.brennan@mailbox.example>", "Petition / press",
  "media_threat", "-",
  "contacted a consumer journalist and launched a petition",
"""Hello,

I've been in touch with the consumer column of our regional paper about the
way PawShield is refusing claims for "pre-existing conditions" that were
never diagnosed, and they're interested. I've also started an online
petition that has 2,300 signatures from other policyholders.

You might want to respond to my complaint before they do.

Olivia Brennan
Policy PS-118900
""")

C("en", "Gavin Roche <gavin.roche@mailbox.example>", "3rd contact - Smart lock jammed with my dad inside",
  "repeat_contact safety technical_issue", "-",
  "lock jammed shut with elderly father inside during smoke alarm (danger to a person); third contact",
"""This is the third time I've contacted you about my dad's Latchly lock.
Last night the smoke alarm went off in his flat (burnt toast, thank god)
and the lock would not open from the inside — the thumb turn just spun.
He's 84. The neighbours had to get him out through the window.

The lock has been "jamming" on and off for a month, and each time we're
told to recalibrate. Someone needs to replace it before there's a real
fire.

Gavin Roche
""")

C("en", "Tamsin Reeve <tamsin.reeve@mailbox.example>", "Re: Delay compensation",
  "broken_promise legal_threat", "-",
  "promised EU261 payment not made; will take them to small claims (legal threat without 'lawyer')",
"""Your email on the 3rd said the €400 compensation for flight FN1820 had
been approved and would be paid "within 14 days". It has not been paid.
I'll give you until the end of the month, after which I'll be issuing a
money claim online for the €400 plus costs.

Tamsin Reeve
""", irt="desk")

C("en", "Bilal Chaudhry <bilal.chaudhry@mailbox.example>", "im done",
  "cancellation_threat technical_issue", "-",
  "run-on phone mail; closes the account because of the problem; app locks him out when adding a phone",
"""im done with you guys honestly. 3 weeks waiting for a replacement card,
the app locks me out every time i try to add the new phone, and now my
salary is sitting in an account i cant touch. close my account and send
the balance to my other bank, details to follow
""")

C("en", "Elaine Foster <elaine.foster@mailbox.example>", "Trading Standards",
  "regulatory", "-",
  "has reported to Trading Standards about misleading sale prices",
"""Dear Threadly,

Your "was £120, now £39" coats were never sold at £120 — I have
screenshots of the product page showing £45 for the whole of the previous
three months. I've reported the listing to Trading Standards as a
misleading price promotion.

Elaine Foster
""")

C("en", "Rick Dawes <rick.dawes@mailbox.example>", "Can I speak to someone who can actually make decisions?",
  "manager_request", "-",
  "asks for someone who can make decisions: indirect manager request",
"""Your colleague told me a refund for the tickets is "outside of what he
can do". Fine. Then please pass me to somebody who can make that
decision. I'm at 555-0187 all day.

Booking TR-40921
Rick
""")

C("en", "Jennifer Wu <jennifer.wu@wu-architecture.example>", "All our project files gone",
  "data_loss technical_issue outage", "-",
  "hosting account deleted: sites down and files lost",
"""Hello,

Our hosting account (wuarch) appears to have been deleted. Our website and
client portal both show your default "This domain is not configured" page,
the control panel login says the account doesn't exist, and we cannot
reach the file storage where we keep the client project archive. Nothing
was cancelled on our side and the card on file is valid.

Please restore the account and tell us what happened to the data.

Jennifer Wu
""")

C("en", "Milo Santangelo <milo.santangelo@mailbox.example>", "Your warehouse staff",
  "discrimination_harassment", "reported",
  "writes on his partner's behalf and at her request: the complaint is adopted, not hearsay, so it fires",
"""I'm writing on behalf of my partner, at her request, because she is too
upset to write it herself. On Friday she went to collect our order
(OR-63018) from your warehouse counter. The man behind the counter asked
for her number "for personal reasons", made comments about her body while
she waited, and followed her to her car. She told him to stop twice.

We want to know what you are going to do about him.

Milo Santangelo
""")

C("en", "Frances Boyd <frances.boyd@mailbox.example>", "Still waiting on my callback",
  "broken_promise", "-",
  "callback promised by 'Ben' never happened; second contact only",
"""Hello,

On Monday I spoke to Ben on your phone line about changing the name on my
daughter's flight, and he said he'd ring me back before 5pm that day with
the fee. I haven't heard anything. Can someone call me, please? 555-0105.

Frances Boyd
Booking RPX8KL
""")

C("en", "Anthony Greco <anthony.greco@greco-builders.example>", "Final warning",
  "legal_threat high_value_order broken_promise", "-",
  "unresolved 6,720 USD annual contract; promised migration never done; 'we will file suit'",
"""We paid USD 6,720.00 for the annual Ledgerly Business plan for our 40
staff in January on the basis that your onboarding team would migrate our
existing books. Five months later the migration still hasn't been done and
we're running two systems in parallel.

Consider this a final warning. If the migration isn't complete, or the
fee refunded, within 30 days we will file suit.

Anthony Greco
Greco Builders
""")

C("en", "Lucy Chambers <lucy.chambers@mailbox.example>", "Why can't I add my bank card??",
  "technical_issue", "-",
  "error when adding a card in the gym app",
"""Every time I try to update my payment card in the IronPeak app I get
"Error 4012 - please try again later" and then it logs me out. Been trying
since Thursday. If my payment fails I don't want to be locked out of the
gym.

Lucy
""")

C("en", "Oluwaseun Adebayo <seun.adebayo@mailbox.example>", "What's your registered office address?",
  "corporate_contact_request legal_threat billing_dispute", "-",
  "registered office address for a solicitor's letter before claim; disputes 1,100 GBP termination fees",
"""Hi,

Please send me the full registered office address of Telvia Mobile Ltd.
My solicitor needs it to send a letter before claim about the £1,100 of
early termination fees you're trying to collect on a contract I ended
during the cooling-off period.

Seun Adebayo
""")

C("en", "Grace Holm <grace.holm@mailbox.example>", "Thank you so much!!! (not)",
  "severe_dissatisfaction cancellation_threat billing_dispute", "other",
  "sarcastic thanks; 'worst experience I have ever had'; account deleted (leaving); disputes the 23.80 charge; telling colleagues is not media",
"""Thank you SO much for charging my card £23.80 for a food order that
never turned up and then closing my complaint as "resolved". Honestly the worst
experience I have ever had with any app. I've deleted my account and
I'm telling everyone at work to do the same.

Grace
""")

C("en", "Nathaniel Ross <nathaniel.ross@mailbox.example>", "URGENT: All 3 sites down + support email bouncing",
  "outage technical_issue", "-",
  "all sites and support mailbox unreachable",
"""Hi, all three of my domains (rossphoto.example, rossweddings.example,
nross.example) have been timing out since about 02:00 UTC. DNS resolves to
198.51.100.44 but nothing answers on 80 or 443. I also tried your support
address from my other account and it bounced.

Is there an incident?

Nathaniel
""")

C("en", "Rosa Medina <rosa.medina@mailbox.example>", "I was promised a refund and a callback",
  "broken_promise repeat_contact manager_request", "-",
  "neither promised refund nor callback happened; 'I have called four times'; wants supervisor",
"""I have called four times and sent two emails. Each time I am promised a
call back from the refunds team and a refund of my cancelled hotel stay
(HH-70221). Neither has happened. I'd like a supervisor to take over this
case, please.

Rosa Medina
""")

C("en", "Thomas Achterberg <t.achterberg@mailbox.example>", "charges on my son's account",
  "billing_dispute", "other",
  "disputes three in-app charges (9.99 each) his son made without permission; asks for refund of those charges",
"""Hello,

There are three charges of $9.99 on my card from Sprout Academy on the
14th, described as "Gem pack". My son is seven and made these without my
knowledge; I didn't know the app even sold anything. Please refund the
$29.97 and switch off purchases on our account.

Thomas Achterberg
""")

C("en", "Adaeze Umeh <adaeze.umeh@mailbox.example>", "Put me through to whoever runs customer service",
  "manager_request", "-",
  "asks for the head of customer service",
"""Hello,

I'd like to speak with whoever runs your customer service department. Not
an agent, not a team leader — the head of the department. The way my
daughter's school account was closed without warning deserves a
conversation at that level.

Adaeze Umeh
""")

C("en", "Christopher Vale <chris.vale@mailbox.example>", "Re: [Ticket #TR-11230] Payment taken twice",
  "billing_dispute", "quoted",
  "replies with the two debit amounts; desk's quoted text says 'our manager'; subject counts (payment taken twice)",
"""Here you go: both debits are dated 2 June, £412.60 each, reference
TRIPNEST*TR11230. Screenshot of the statement attached.

Chris

On %%gmail%% TripNest Support <support@example.test> wrote:
> Hi Christopher,
>
> Sorry to hear you were charged twice. Our manager has asked that you
> send us the amount and date of both debits so we can investigate.
>
> TripNest Support
""", irt="desk", pkg="mixed", att="statement.png")

C("en", "Ewa Zielinska <ewa.zielinska@mailbox.example>", "Your van driver threatened me",
  "discrimination_harassment", "-",
  "staff member swore at, shoved and threatened her: harassment/abuse by staff; an assault is not a product hazard, so no safety",
"""Hello,

When I returned bike VN-4412 to the Harbour dock your van driver, who was
collecting bikes, told me I had parked it wrong, swore at me and pushed me
against the railing hard enough that I have a bruise on my back. He said
if he saw me again he would "make sure I remember". I have photos of his
van number.

Ewa Zielinska
""")

C("en", "Benedict Hall <benedict.hall@mailbox.example>", "your app deleted my daughter's drawings",
  "data_loss technical_issue", "-",
  "kids' art gallery wiped after update",
"""Hi,

After the update to version 7.0, the "My Gallery" section in my
daughter's profile is empty. She had about 200 drawings there that she'd
made over two years. There's no restore option. Please tell me they're
still on your servers somewhere; she's been crying all evening.

Benedict
""")

C("en", "Ayşe Kaya <ayse.kaya@mailbox.example>", "Fire exit chained shut",
  "safety", "-",
  "chained fire exit and dead smoke alarm in a hotel: danger to people",
"""Hello,

I'm writing from room 512 at your Frankfurt Messe hotel. The fire exit at
the end of the fifth-floor corridor is chained and padlocked on the
inside, and the smoke detector in my room has no battery in it (the cover
was hanging open). The night porter said the chain is "against
burglars".

Please have someone deal with this today. There are families with small
children on this floor.

Ayşe Kaya
""")

C("en", "Martin Kerr <martin.kerr@mailbox.example>", "Let me be clear",
  "cancellation_threat billing_dispute", "conditional",
  "conditional cancellation: 'reverse the 320 charge or I close the account'",
"""Let me be clear. Reverse the £320.00 "early setup fee" you added to my
invoice INV-44102 — it's nowhere in the contract I signed — or I close the
account and take our eight payroll seats elsewhere. Your choice.

Martin Kerr
""")

C("en", "Nicola Brandt <nicola.brandt@mailbox.example>", "complaint",
  "severe_dissatisfaction", "-",
  "'utterly appalled', 'disgusting' strong; no other trigger",
"""I am utterly appalled. I ordered a birthday banner with my late mum's
photo for her memorial, and it arrived folded into a tiny envelope, creased
straight through her face, two days after the memorial. Disgusting lack
of care. I've got a new one from a local shop now, I just wanted you
to know.

Nicola
""")

C("en", "Craig Dunbar <craig.dunbar@mailbox.example>", "Our stay last weekend",
  "discrimination_harassment", "-",
  "gay customer mocked by hotel staff about booking a double room with his husband",
"""My husband and I checked in on Friday. The receptionist asked twice if
we were "sure" we wanted one double bed and then said to his colleague,
loud enough for us to hear, "that's what I was afraid of". The next morning
our room hadn't been cleaned while every other room on the floor had.

We'd like an explanation.

Craig Dunbar
""")

C("en", "Greta Olsen <greta.olsen@mailbox.example>", "API access please",
  "feature_request", "-",
  "asks for a public API for the booking system",
"""Hello,

We run a small corporate travel desk and book a lot through TripNest.
Would you consider offering a public API (even read-only) so we can pull
bookings into our expense system? We'd happily pay for it.

Greta Olsen
""")

C("en", "Sunil Verma <sunil.verma@mailbox.example>", "Unable to login for 3 days",
  "outage technical_issue", "-",
  "cannot log in at all for days",
"""Hi, I have not been able to log in to my Ledgerly account for three days.
The login page accepts my password and then shows "Service temporarily
unavailable (503)". My accountant says she can't get in either. We have
VAT due on Friday.

Sunil Verma
""")

C("en", "Harold Finch-Barrett <harold.fb@mailbox.example>", "Re: Payment plan",
  "executive_contact", "quoted",
  "says he will write to the chief executive; quoted desk text mentions 'our legal team' which does not count",
"""Thank you for your reply, but I'm afraid it isn't good enough. I shall be
writing to your chief executive by recorded post this week.

H. Finch-Barrett

> Dear Mr Finch-Barrett,
>
> Unfortunately we are unable to offer a payment plan on this balance.
> If the balance remains unpaid it may be passed to our legal team.
>
> Kivo Bank Collections
""", irt="desk")

C("en", "Ruby Martens <ruby.martens@mailbox.example>", "WORST. HOTEL. EVER.",
  "severe_dissatisfaction media_threat", "-",
  "shouted subject; 'revolting'; will put the photos on Tripadvisor and Google",
"""Mould on the bathroom ceiling, hair in the bed, a cockroach in the
kettle. Revolting. Your front desk shrugged. Every photo I took is going
on Tripadvisor and Google tonight.

Ruby
Room 207, Harborline Leeds
""")

C("en", "Nikhil Rao <nikhil.rao@mailbox.example>", "Payroll ran with last month's salaries, 412 staff",
  "high_value_order technical_issue", "title",
  "salary import bug under a 48,000 USD/yr contract (problem with a contract over threshold); 'Payroll Manager' is a title",
"""Hi PayPilot,

This morning's payroll run (412 employees, gross USD 1,146,300.00) was
processed with April's salary table instead of May's, so none of the
raises that took effect on 1 May were applied. The salary import log shows
"completed" but the values weren't picked up.

We pay you USD 48,000 a year for the Enterprise plan precisely so this
doesn't happen. We need a correction run approved before Friday's bank
cut-off.

Nikhil Rao
Payroll Manager
""")

# ===========================================================================
# English customer mail without triggers (traps)
# ===========================================================================

# --- job titles -----------------------------------------------------------
C("en", "Sheila Brandon <sheila.brandon@brandon-dental.example>", "New starter for April payroll",
  "-", "title",
  "office manager introducing herself; routine question",
"""Hi PayPilot,

I'm the office manager at Brandon Dental and I've taken over payroll from
Keith, who retired last month. We have a new hygienist starting on 14
April. Do I add her before or after the March run is closed?

Thanks,
Sheila Brandon
Office Manager
""")

C("en", "Tobias Reinholt <tobias.reinholt@reinholt-media.example>", "Password Manager integration question",
  "-", "title",
  "'Password Manager' is a product, 'Manager of IT' a title; question about whether autofill is supported",
"""Hello,

I'm the Manager of IT for a 25-person agency. Does your web dashboard
support autofill from the common password managers? Our staff use the
company Password Manager and I want to check before we roll out Latchly
accounts to everyone.

Regards,
Tobias Reinholt
Manager of IT, Reinholt Media
""")

C("en", "Aisha Bello <aisha.bello@mailbox.example>", "Our account manager is leaving?",
  "-", "title",
  "'account manager' is an existing role, not an escalation request; asks who the new contact is",
"""Hi,

Our account manager Greg mentioned he's moving to a different team next
month. Who will be our new account manager, and will the quarterly review
in June still go ahead?

Best,
Aisha Bello
Bello Catering Group
""")

C("en", "Rupert Lang <rupert.lang@lang-partners.example>", "Invoice address change",
  "-", "title",
  "'Head of Legal' signature and 'Senior Partner' titles; simple address change",
"""Dear Ledgerly,

Please update the billing address on our account to: Lang & Partners,
Floor 3, 40 Tollgate Street, Exampletown, EX1 4QT. Invoices from May
onwards should show the new address.

Kind regards,
Rupert Lang
Head of Legal & Senior Partner
Lang & Partners Solicitors
""")

C("en", "Mei Chen <mei.chen@mailbox.example>", "Supervisor role permissions",
  "-", "title",
  "'supervisor' is a permission role in the product; how-to question",
"""Hello,

In the staff app, what can a user with the "Supervisor" role see compared
to "Manager"? I want our shift supervisors to approve timesheets but not
see salaries.

Mei Chen
HR Coordinator
""")

C("en", "Daniel Kruger <daniel.kruger@mailbox.example>", "Booking for our CEO",
  "-", "title",
  "mentions their own CEO in an unrelated way; booking question",
"""Hi,

I need to book a suite for our CEO for 3 nights from 12 May at your
Edinburgh hotel, with a late checkout on the 15th. Is it possible to pay
by company invoice rather than card?

Thanks,
Daniel Kruger
Executive Assistant to the CEO
""")

C("en", "Leonie Watts <leonie.watts@mailbox.example>", "Gym manager at Eastgate",
  "-", "title",
  "wants to thank the club manager: praise, not an escalation",
"""Hi,

Could you pass on a thank you to the manager at your Eastgate club, Dean?
He stayed late on Friday to help me find my lost wedding ring in the
changing rooms. It meant a lot.

Leonie Watts
""")

C("en", "Pradeep Nair <pradeep.nair@mailbox.example>", "Directors' payroll",
  "-", "title",
  "'directors' are the customer's own company directors; question on payroll setup",
"""Hi,

Our two directors are paid quarterly rather than monthly. Can I set up a
separate pay schedule for them in PayPilot, or do they need to be on the
same monthly run with zero pay in the off months?

Pradeep Nair
Finance Manager, Nair Consulting
""")

C("en", "Holly Sutton <holly.sutton@mailbox.example>", "Print order for our Supervisor training day",
  "-", "title",
  "'Supervisor' in a course name and 'HR Manager' signature; print order question",
"""Hello Printhaus,

We need 60 spiral-bound copies of our "New Supervisor Essentials" workbook
(48 pages, A4, colour cover, black and white inside) by 20 June. Could you
quote for that, and do you offer recycled paper?

Holly Sutton
HR Manager
""")

C("en", "Andrew Kim <andrew.kim@mailbox.example>", "Change of contact",
  "-", "title",
  "'Chief Executive' is the customer's own title; administrative request",
"""Hello,

Please change the primary contact on our hosting account to me and
remove Laura Simmons, who has left the company.

Andrew Kim
Chief Executive, Kim Analytics Ltd
""")

# --- quoted history ---------------------------------------------------------
C("en", "Jodie Marsh <jodie.marsh@mailbox.example>", "Re: Re: refund",
  "-", "quoted",
  "thanks for resolved case; her own earlier threat to cancel and to go to the press is only in the quote",
"""Got it this morning, thank you Amir. All sorted and I appreciate you
chasing it.

Jodie

On %%gmail%% Threadly Support <support@example.test> wrote:
> Hi Jodie,
>
> The refund of £86.00 has now been released and should reach your card
> within 2 working days. Apologies again for the wait.
>
> Amir
>
> On %%gmail2%% Jodie Marsh <jodie.marsh@mailbox.example> wrote:
>> This is ridiculous. If I don't get my money back this week I'm
>> cancelling my account and going to the papers.
""", irt="desk")

C("en", "Henry Acheson <henry.acheson@mailbox.example>", "Re: Outage on 4 March",
  "-", "quoted",
  "reply asking for an incident report copy; the outage is only in the desk's quoted message and subject is neutral",
"""Thanks for the update. Could you send the written incident summary when
it's ready? Our auditors like to have them on file.

Henry

> From: HostHarbor Support <support@example.test>
> Sent: %%outlook%%
> Subject: Outage on 4 March
>
> Dear customer, between 09:10 and 10:45 UTC on 4 March some shared
> servers were unavailable. Service has been fully restored. We apologise
> for any inconvenience.
""", irt="desk")

C("en", "Priscilla Yeo <priscilla.yeo@mailbox.example>", "Re: Your complaint reference C-4471",
  "-", "quoted",
  "accepts resolution; words 'supervisor' and 'escalated' appear only in quoted desk text",
"""That's fine, thanks for looking into it. Happy with the voucher.

Priscilla

-----Original Message-----
From: IronPeak Member Services <support@example.test>
Sent: %%outlook%%
To: Priscilla Yeo
Subject: Your complaint reference C-4471

Dear Priscilla,

Your complaint was escalated to our club supervisor, who has reviewed the
CCTV. We'd like to offer a one-month voucher by way of apology.

IronPeak Member Services
""", irt="desk")

C("en", "Kwame Asante <kwame.asante@mailbox.example>", "Fwd: Lawsuit??",
  "-", "quoted",
  "forwards a look-alike-domain scam mentioning a lawsuit and asks if it's genuine; forwarded subject does not count; not phishing sent from the company's own systems, nothing was clicked",
"""Hi, I got the email below. Is this really from you? It doesn't look
right to me so I haven't clicked anything.

Kwame

---------- Forwarded message ---------
From: Kivo Bank Legal <legal-notice@kivo-secure.example>
Date: %%gmail%%
Subject: Lawsuit??
To: kwame.asante@mailbox.example

Dear customer, a lawsuit has been filed regarding your account. To avoid
court proceedings, verify your identity within 24 hours at the link below.
""")

C("en", "Elena Markovic <elena.markovic@mailbox.example>", "Re: Delivery date",
  "-", "quoted",
  "confirms new delivery slot; her earlier angry 'third time' message is quoted only",
"""Thursday morning works, thanks. Someone will be in from 8.

Elena

On %%apple%%, Oakroom Deliveries <support@example.test> wrote:
> Hi Elena, we can offer Thursday 8am-12pm for your wardrobe. Please
> confirm.
>
>> On %%apple2%%, Elena Markovic wrote:
>> This is the third time I'm writing. Absolutely unacceptable.
>> I want to speak to a manager.
""", irt="desk")

C("en", "Graham Whitley <graham.whitley@mailbox.example>", "Re: Ticket #44810",
  "-", "quoted",
  "asks for a receipt; quoted history contains data loss and legal words from the desk and a colleague",
"""Great, thanks. Could you also email me a VAT receipt for the restore
fee?

Graham

On %%gmail%% HostHarbor Support <support@example.test> wrote:
> Hi Graham, we've restored the files that were lost from your account
> from last night's backup. Everything should be back in place.
>
> On %%gmail2%% Graham Whitley <graham.whitley@mailbox.example> wrote:
>> My colleague says we should get a lawyer involved. Can you just
>> restore the files please.
""", irt="desk")

C("en", "Bethany Cole <bethany.cole@mailbox.example>", "Fwd: Your hotel stay",
  "-", "quoted",
  "forwards her husband's angry email asking only to add the booking to her loyalty account",
"""Hi, my husband sent the message below about our stay but we've since
talked to the hotel and it's all fine. Could you just add the stay to my
loyalty account instead of his? Member no. HL-2281940.

Thanks, Bethany

-------- Forwarded Message --------
Subject: Your hotel stay
Date: %%iso%%
From: Rob Cole <rob.cole@mailbox.example>
To: support@example.test

Worst hotel we've ever stayed in. I want a full refund or I'll post the
photos everywhere.
""")

C("en", "Ian McLeod <ian.mcleod@mailbox.example>", "Re: Ticket closed",
  "-", "quoted",
  "just thanks; desk's quoted message mentions 'data breach notification' template wording",
"""Understood, thanks for confirming nothing was affected on our side.

Ian

> Hello Ian,
> Following our review we can confirm that your account was not part of
> the data breach notification sent on 2 May, and no action is needed.
> PayPilot Trust & Safety
""", irt="desk")

C("en", "Charlotte Beaumont <charlotte.beaumont@mailbox.example>", "Re: Your refund request",
  "-", "quoted",
  "answers the desk's question with an order number; quoted desk text contains 'chargeback' and 'dispute'",
"""Order number is TH-771204, sorry I forgot to include it.

Charlotte

On %%gmail%% Threadly Support <support@example.test> wrote:
> Hi Charlotte, before we can process your return we need your order
> number. Please note that if a chargeback or bank dispute is opened, the
> return is put on hold until the bank decides.
""", irt="desk")

C("en", "Pavel Horak <pavel.horak@mailbox.example>", "Re: Following up",
  "-", "quoted",
  "short confirmation; angry CAPS text from his colleague is in the quote",
"""Yes, the lock is working again after the reset. Thanks.

Pavel

-----Original Message-----
From: Jan Novotny <jan.novotny@mailbox.example>
Sent: %%outlook%%
To: Latchly Support <support@example.test>
Cc: Pavel Horak
Subject: Following up

THE FRONT DOOR LOCK HAS BEEN DEAD FOR TWO DAYS. THIS IS THE WORST SERVICE
I HAVE EVER HAD. GET ME YOUR SUPERVISOR.
""")

# --- signatures and disclaimers --------------------------------------------
C("en", "Oliver Grant <oliver.grant@grant-legal.example>", "Meeting room booking",
  "-", "signature",
  "disclaimer mentions legal action, court and privilege; body is a simple booking",
"""Hello,

Could you hold a meeting room for 10 people at your Glasgow hotel on 3
June, 9am to 1pm, with coffee and pastries at 10:30?

Best,
Oliver Grant

--
Grant Legal LLP | 14 Example Row | Glasgow
CONFIDENTIALITY NOTICE: This email is confidential and may be subject to
legal privilege. If you are not the intended recipient, any use,
disclosure or copying is prohibited and may result in legal action.
Grant Legal LLP is authorised and regulated by the Solicitors Regulation
Authority.
""")

C("en", "Samantha Price <samantha.price@price-wealth.example>", "Statement copy",
  "-", "signature",
  "invoice/statement request; signature has regulator and complaints wording",
"""Hi,

Could you send me PDF statements for January to March for account ending
7731? I need them for our year-end.

Thanks,
Samantha

Samantha Price | Director
Price Wealth Management Ltd is authorised and regulated by the Financial
Conduct Authority. If you wish to make a complaint you may refer it to the
Financial Ombudsman Service. Calls may be recorded.
""")

C("en", "Jonas Eriksen <jonas.eriksen@mailbox.example>", "Question about yoga classes",
  "-", "signature",
  "signature quote 'I will sue myself for the time I spend on email'; class question",
"""Hi, are the Sunday yoga classes at Riverside included in the basic
membership or only in Premium?

Jonas

--
"Every morning I threaten to sue my inbox for emotional damages."
""")

C("en", "Hélène Marchetti <helene.marchetti@marchetti-cpa.example>", "VAT rate on new products",
  "-", "signature",
  "disclaimer mentions data protection authority and 'breach'; how-to question",
"""Hello,

How do I add a new VAT rate (5.5%) to the product list in Ledgerly? I
couldn't find it under Settings.

Hélène Marchetti
Marchetti Expertise Comptable

This message and any attachments may contain personal data. Any
unauthorised disclosure is a breach of the GDPR and may be reported to the
competent data protection authority. If received in error, delete it.
""")

C("en", "Greg Townsend <greg.townsend@townsend-props.example>", "Extra key fobs",
  "-", "signature",
  "signature slogan 'Security incidents? Call us 24/7' belongs to his own company",
"""Hi,

I'd like to order 6 extra key fobs for the Latchly Pro locks at our
Millbrook apartments. Same account as before.

Greg Townsend
Townsend Property Management
Security incidents on site? Call our 24/7 line: 555-0190
""")

C("en", "Fatima Zahra <fatima.zahra@mailbox.example>", "Class timetable PDF",
  "-", "signature",
  "mobile signature with 'sorry for typos'; harmless request",
"""Hi, is there a printable version of the June timetable for the
Northside club? Thanks

Sent from my phone. Please excuse brevity, typos and any threats made by
autocorrect.
""")

C("en", "Matthew Oakes <matthew.oakes@oakes-accountancy.example>", "Client login for my bookkeeper",
  "-", "signature",
  "disclaimer says 'not legally binding' and 'contact our compliance officer'",
"""Hello,

How do I give my bookkeeper read-only access to our Ledgerly company file?

Matthew

Oakes Accountancy. This email does not create a legally binding
agreement. Report any concerns to our compliance officer at
compliance@oakes-accountancy.example.
""")

C("en", "Priyanka Das <priyanka.das@mailbox.example>", "Dog policy documents",
  "-", "signature",
  "her sign-off is a campaign slogan about 'boycott' for a charity; asks for documents",
"""Hi, could you re-send the policy documents for Biscuit (policy
PS-339012)? I've lost the original email.

Priyanka

---
Volunteer, Example Animal Rescue — boycott puppy farms, adopt don't shop!
""")

C("en", "Winston Cho <winston.cho@cho-law.example>", "Booking amendment",
  "-", "signature",
  "lawyer (signature) amending a flight booking; not a legal threat",
"""Hello,

Please change the return date on booking ZKP44M from 18 to 20 September.
I'm happy to pay the fare difference.

Winston Cho
Attorney at Law
Cho & Associates
""")

# --- negation ---------------------------------------------------------------
C("en", "Marianne Holt <marianne.holt@mailbox.example>", "Not cancelling - just pausing",
  "-", "negation",
  "explicitly not cancelling; asks to pause membership",
"""Hi, I'm not going to cancel, I love the gym, but I'm travelling for work
for six weeks from 1 July. Can I pause my membership for that time?

Marianne
""")

C("en", "Colin Reid <colin.reid@mailbox.example>", "No need to escalate",
  "-", "negation",
  "'no need to escalate', 'not a complaint'",
"""Hi there,

No need to escalate this or anything, it's not a complaint. I just
wanted to ask whether the duvet at your Bath hotel is feather or
synthetic, as my wife is allergic. We're booked for next weekend.

Colin
""")

C("en", "Tanya Hughes <tanya.hughes@mailbox.example>", "Update - all good",
  "-", "negation",
  "'no data was lost', problem already solved by herself",
"""Just to let you know the export issue I mentioned on the phone solved
itself after I logged out and in again. No data was lost and all the
invoices are there. You can close the ticket.

Tanya
""")

C("en", "Jerome Baptiste <jerome.baptiste@mailbox.example>", "Not a complaint, a thank you",
  "-", "negation",
  "'I have no intention of suing anyone' joke; thank-you note",
"""Hi,

I fainted in a spin class at your Tooting club last month (my own fault,
I'd skipped lunch) and your staff were brilliant: water, a sit-down, a
taxi home. Before anyone panics,
I have no intention of suing anyone — I just want to say thank you to
Maria and Jamal on the desk that evening.

Jerome
""")

C("en", "Kirsten Muller <kirsten.muller@mailbox.example>", "Charge is correct",
  "-", "negation",
  "retracts a possible dispute: 'the charge is correct, I didn't recognise the name'",
"""Hello,

Please ignore my earlier message about the payment of £54.99 — I've
checked with my husband and it was his order. The charge is correct, I
just didn't recognise the name on the statement. Sorry for the trouble!

Kirsten
""")

C("en", "Abdul Rahim <abdul.rahim@mailbox.example>", "Login alert",
  "-", "negation",
  "confirms the 'new device' login alert was himself: no unauthorised access",
"""Hi, I got an alert about a new sign-in from Manchester. That was me, I
was at a conference and logged in on my laptop. Nobody else has access,
nothing was changed. Just letting you know in case your system flagged it.

Abdul
""")

C("en", "Nina Sorensen <nina.sorensen@mailbox.example>", "Renewing, not leaving",
  "-", "negation",
  "'we won't be switching to another provider'; asks about renewal paperwork",
"""Hi,

We've decided we won't be switching to another provider after all, so
please send us the renewal paperwork for the Ledgerly Team plan (5
users). Is the price the same as last year?

Nina Sorensen
""")

C("en", "Graham Pike <graham.pike@mailbox.example>", "smoke alarm test",
  "-", "negation",
  "reports a fire alarm drill at the hotel was only a drill: no fire, nobody hurt; asks for a receipt",
"""Hi, just a note from room 318: the fire alarm went off at 7am today but
it was only the scheduled test, there was no fire and no smoke, nobody was
hurt, staff handled it fine. Anyway, could I get my receipt emailed to
this address when I check out tomorrow?

Graham
""")

C("en", "Isabel Ortega <isabel.ortega@mailbox.example>", "Not urgent",
  "-", "negation",
  "'I'm not upset at all'; order question",
"""Hi, not urgent and I'm not upset at all, I know it's a busy time. Could
you tell me roughly when the green linen dress (order TH-660912) will be
back in stock in size 12?

Isabel
""")

C("en", "Bertrand Lowe <bertrand.lowe@mailbox.example>", "Re: monitoring alert",
  "-", "negation",
  "says his site was NOT down, false alarm from a monitoring tool",
"""Scratch that - my site wasn't down at all, it was the monitoring service
that had a hiccup. Everything's been up the whole time. Sorry for the
noise!

Bertrand
""", irt="own")

# --- policy questions --------------------------------------------------------
C("en", "Fiona Gallagher <fiona.gallagher@mailbox.example>", "Refund policy for flights",
  "-", "policy_question",
  "asks what the refund policy is for a schedule change",
"""Hello,

What is your refund policy if the airline changes the flight time by more
than three hours? I'm booked on FN3302 in August and just want to know my
options in case it happens.

Fiona
""")

C("en", "George Mensah <george.mensah@mailbox.example>", "How do I cancel an order?",
  "-", "policy_question",
  "neutral procedural cancellation of an order placed by mistake",
"""Hi, how do I cancel order OR-33190? I ordered the wrong colour of
dining chairs by mistake (should have been grey). It hasn't shipped yet.

George
""")

C("en", "Rachel Simmons <rachel.simmons@mailbox.example>", "GDPR compliance question",
  "-", "policy_question",
  "asks whether the product is GDPR compliant and for a DPA",
"""Hello,

We're evaluating PayPilot for our UK and Irish staff. Is your platform
GDPR compliant, and can you send us your standard Data Processing
Agreement and a list of sub-processors?

Rachel Simmons
People & Culture
""")

C("en", "Omar Farouk <omar.farouk@mailbox.example>", "SLA",
  "-", "policy_question",
  "asks whether hosting has an uptime SLA",
"""Hi, do you offer an SLA for outages on the Business hosting plan? If the
servers are down for more than a few hours, is there any service credit?

Omar
""")

C("en", "Lena Hoffmann <lena.hoffmann@mailbox.example>", "Cancellation terms",
  "-", "policy_question",
  "asks about notice period in the contract; no dissatisfaction",
"""Hi,

What is the notice period if we want to cancel our phone contract at the
end of the minimum term? Is it 30 days, and do I need to tell you in
writing?

Lena
""")

C("en", "Tyrone Jackson <tyrone.jackson@mailbox.example>", "2FA",
  "-", "policy_question",
  "how to enable two-factor authentication",
"""How do I turn on two-factor authentication for my Kivo Bank login?
I can't see it in the settings on the app.
""")

C("en", "Alison Cheng <alison.cheng@mailbox.example>", "Security questionnaire",
  "-", "policy_question",
  "vendor security questionnaire request",
"""Hello,

Our procurement team needs a completed security questionnaire before we
can sign for 30 HomeSentry cameras. Do you have a standard pack (SOC 2
report, pen test summary) you can share under NDA?

Alison Cheng
Procurement
""")

C("en", "Liam O'Brien <liam.obrien@mailbox.example>", "Can I export to CSV?",
  "-", "policy_question",
  "asks whether a feature exists (not a feature request)",
"""Hi, quick one: can I export all my invoices for 2024 to CSV or Excel
from Ledgerly? I need them for my accountant.

Liam
""")

C("en", "Sara Lindgren <sara.lindgren@mailbox.example>", "Data before upgrade",
  "-", "policy_question",
  "asks how not to lose data when upgrading",
"""Hello, before I upgrade from the Starter to the Pro plan, how can I make
sure I don't lose any of my clients' history? Is there anything I should
export first?

Sara
""")

C("en", "Victor Almeida <victor.almeida@mailbox.example>", "Pet insurance: what's covered",
  "-", "policy_question",
  "coverage question; 'legally binding' in a contract question",
"""Hi,

Is the quote you emailed me legally binding, or can the price still change
before I pay the first premium? Also, is dental covered for cats?

Victor
""")

C("en", "Harriet Moss <harriet.moss@mailbox.example>", "Chargeback process",
  "-", "policy_question",
  "merchant asking how the chargeback process works for her customers (no dispute of her own)",
"""Hello PayBridge,

I'm a new merchant. If one of my customers opens a chargeback against me,
how does the process work and how long do I have to upload evidence?

Harriet Moss
Moss Ceramics
""")

# --- reported speech --------------------------------------------------------
C("en", "Dominic Fry <dominic.fry@mailbox.example>", "Question about the locks",
  "-", "reported",
  "colleague joked about suing; customer does not adopt it; simple question",
"""Hi,

My business partner joked that we should sue you after the lock beeped at
3am last week, but honestly it was our fault — we'd set the auto-lock
timer wrong. Could you tell me how to turn the night-time chime off?

Dominic
""")

C("en", "Ellie Summers <ellie.summers@mailbox.example>", "Booking for my mum",
  "-", "reported",
  "her mother 'says she'll cancel everything' in general; customer just asks about accessible rooms",
"""Hi,

I'm booking a weekend for my mum's 80th. She says she's going to cancel
the whole thing if the room is up a lot of stairs, haha, so could you
confirm the Harrogate hotel has ground-floor rooms with a walk-in shower?

Ellie
""")

C("en", "Ahmed Saleh <ahmed.saleh@mailbox.example>", "Article I read",
  "-", "reported",
  "mentions a news article about another company's breach; asks how his data is stored",
"""Hi,

I read in the news that another pet insurer had a data breach last month.
It made me wonder — where is my data stored with PawShield, and is it
encrypted?

Ahmed
""")

C("en", "Jasmine Reid <jasmine.reid@mailbox.example>", "Friend's experience",
  "-", "reported",
  "a friend told her the friend's account was hacked elsewhere; asking for advice on passwords",
"""Hello,

A friend of mine told me her account with another bank was hacked and
they emptied her savings. It scared me a bit. What do you recommend to
keep my Kivo account safe? Should I change my password regularly?

Jasmine
""")

C("en", "Patrick Dunne <patrick.dunne@mailbox.example>", "My neighbour's complaint",
  "-", "reported",
  "passes on that a neighbour wants to complain to the council; customer only asks about delivery times",
"""Hi,

My neighbour says she's going to complain to the council about your
delivery riders parking on the pavement. Not my battle! I just wanted to
ask whether you deliver to our postcode (EX4 9ZZ) after 11pm.

Patrick
""")

C("en", "Linnea Berg <linnea.berg@mailbox.example>", "Staff training",
  "-", "reported",
  "HR manager asking for product training; mentions an employee once said the old system 'lost everything'",
"""Hi,

One of our team leads keeps telling everyone our old payroll system "lost
everything once", so people are nervous about switching. Do you run a
short training webinar for new customers that I could invite them to?

Linnea Berg
""")

C("en", "Ray Donnelly <ray.donnelly@mailbox.example>", "Wife wants dark mode lol",
  "-", "reported",
  "question whether dark mode exists; wife's wish is reported, and it's a question of existence",
"""My wife keeps asking me whether the Ledgerly app has a dark mode. Does
it? If so, where do I find it?

Ray
""")

C("en", "Siobhan Kearney <siobhan.kearney@mailbox.example>", "Review I saw",
  "-", "reported",
  "read a bad review by someone else; just asks about a delivery",
"""Hi, I saw someone on a review site saying their sofa took four months to
arrive and they were going to report you. I hope that's not typical! Mine
(OR-72011) says dispatch in 3 weeks — is that still right?

Siobhan
""")

# --- innocuous uses of trigger words ---------------------------------------
C("en", "Ben Carter <ben.carter@mailbox.example>", "Court shoes",
  "-", "innocuous",
  "'court shoes' and 'killer heels' are fashion terms",
"""Hi Threadly, do the black patent court shoes (style CS-220) come in a
wide fit? I need something for a wedding, not killer heels, just
something I can stand in all day.

Ben (buying for my wife, she's a 6)
""")

C("en", "Lucy Fairbanks <lucy.fairbanks@mailbox.example>", "Press release printing",
  "-", "innocuous",
  "'press release' and 'journalists' in a print order, not a media threat",
"""Hi,

We're launching a bakery next month and need 200 printed press packs:
folder, one-page press release and a postcard. It's for the local
journalists and bloggers at our opening. Could you quote for A4 folders
with a pocket?

Lucy
""")

C("en", "Theo Grant <theo.grant@mailbox.example>", "Fire pit for the garden",
  "-", "innocuous",
  "product question about a fire pit table; 'fire' is the product",
"""Hi Oakroom, is the Hearth fire pit table suitable for use on a wooden
deck, or does it need a stone base? And does it come with a cover?

Theo
""")

C("en", "Nadine Roux <nadine.roux@mailbox.example>", "Crash course in payroll",
  "-", "innocuous",
  "'crash course' and 'lost' in an unrelated sense",
"""Hello! I'm new to running payroll and feel a bit lost. Do you have a
crash course or getting-started guide for small businesses with under 10
employees?

Nadine
""")

C("en", "Sam Ellery <sam.ellery@mailbox.example>", "Lawyer's office opening hours",
  "-", "innocuous",
  "asking for a delivery to arrive at his lawyer's office (conveyancing) because he's moving house; no threat",
"""Hi,

We're moving house and the completion date got pushed back. Could the
bed frame (OR-81210) be delivered to our lawyer's office instead? They've
agreed to hold it for a day. Address: 2 Example Lane, Exampletown.

Sam
""")

C("en", "Mara Jovanovic <mara.jovanovic@mailbox.example>", "Domain for my shop 'Outage Records'",
  "-", "innocuous",
  "'Outage' is the name of her record shop",
"""Hi, I want to register outagerecords.example for my little vinyl shop
called Outage Records. Is it available, and can I add email hosting for
two mailboxes?

Mara
""")

C("en", "Tim Boateng <tim.boateng@mailbox.example>", "Manager's special",
  "-", "innocuous",
  "'Manager's Special' is a menu item in the food app",
"""Hi, the "Manager's Special" burger at Grillhouse in your app — does it
contain sesame? The allergen info is blank for that item.

Tim
""")

C("en", "Greta Holm <greta.holm@mailbox.example>", "Burning question",
  "-", "innocuous",
  "idioms 'burning question', 'dying to know'; harmless gym question",
"""Burning question: is the new sauna at Riverside open yet? I'm dying to
know, the construction fence has been up for ages!

Greta
""")

C("en", "Joe Lindsay <joe.lindsay@mailbox.example>", "Order arrived, thank you",
  "-", "innocuous",
  "praise with no irony cue ('absolutely brilliant', 'blown away')",
"""Just wanted to say the business cards arrived today and they're
absolutely brilliant. Blown away by the print quality. Will definitely
order again.

Joe
""")

# --- hypotheticals / conditionals that are not threats ----------------------
C("en", "Megan Fraser <megan.fraser@mailbox.example>", "If I cancel later",
  "-", "conditional",
  "hypothetical: would she be able to cancel later",
"""Hi, before I sign up: if I took the annual plan and needed to cancel
after a few months (I might be moving abroad), would I get a pro-rata
refund?

Megan
""")

C("en", "Harvey Quinn <harvey.quinn@mailbox.example>", "What if the lock battery dies",
  "-", "conditional",
  "hypothetical battery question; no reported problem",
"""Hi, if the lock's battery were to die while I'm away, would I still be
able to get in with the physical key? And would the app warn me before it
goes flat?

Harvey
""")

C("en", "Olga Petrova <olga.petrova@mailbox.example>", "Data if I leave",
  "-", "conditional",
  "hypothetical: what happens to data if they ever switch provider",
"""Hello, if we ever decided to move to another accounting package, would
we be able to export all our data first, and how long do you keep it after
an account is closed?

Olga
""")

C("en", "Carlos Mendes <carlos.mendes@mailbox.example>", "Travel insurance question",
  "-", "conditional",
  "hypothetical about a possible future flight cancellation",
"""Hi, if my flight were cancelled by the airline because of a strike,
would TripNest rebook me automatically or would I need to contact you?

Carlos
""")

C("en", "Aurora Benitez <aurora.benitez@mailbox.example>", "In case of a claim",
  "-", "conditional",
  "'in case I need to make a claim' hypothetical",
"""Hi, in case I ever need to make a claim for my cat, do I pay the vet
first and get reimbursed, or can you pay the vet directly?

Aurora
""")

C("en", "Stefan Novak <stefan.novak@mailbox.example>", "Escalation path for enterprise customers",
  "-", "conditional",
  "asks what the escalation procedure would be, hypothetically, before signing",
"""Hello,

Before we sign the enterprise agreement: if we ever had a critical
payroll issue on payday, what would the escalation path look like? Do
enterprise customers get a named contact?

Stefan Novak
""")

# --- other decoys -------------------------------------------------------------
C("en", "Olivia Hart <olivia.hart@mailbox.example>", "Second email about my voucher",
  "-", "other",
  "'this is my second email' is only two contacts; no dispute or promise",
"""Hi, this is my second email — could you tell me whether the birthday
voucher from my gym membership can be used for personal training
sessions?

Olivia
""")

C("en", "Jack Turner <jack.turner@mailbox.example>", "A little disappointed",
  "-", "other",
  "mild disappointment only",
"""Hi, I'm a little disappointed that the spa was closed during our stay
— the website didn't mention it. Not a big deal, we still had a lovely
time. Just something to flag for other guests.

Jack
""")

C("en", "Nadia Barakat <nadia.barakat@mailbox.example>", "Large order quote",
  "-", "other",
  "large amount (9,800 EUR) but no problem: a quote request",
"""Hello,

We're furnishing a new co-working space and would like a quote for 40
Halden desks and 40 Arc chairs — our budget is around EUR 9,800. Do you
offer a trade discount for orders of this size?

Nadia Barakat
""")

C("en", "Hugo Klein <hugo.klein@mailbox.example>", "Invoice copy",
  "-", "other",
  "request for an invoice copy (not a dispute)",
"""Hi, could you send me a copy of the invoice for my March hosting
renewal (amount $119.88)? My accountant needs it. Thanks.

Hugo
""")

C("en", "Wendy Park <wendy.park@mailbox.example>", "Exactly 5,000",
  "-", "other",
  "problem with an order of exactly 5,000 USD: not strictly more than 5,000, and a late delivery of cushions is not a broken promise as worded",
"""Hello,

Our order OR-50000 (USD 5,000.00 exactly, 20 lounge chairs) arrived
without the seat cushions. The delivery note says they'll follow
separately. Can you tell me when?

Wendy Park
""")

# ===========================================================================
# German customer mail
# ===========================================================================

C("de", "Sabine Krämer <sabine.kraemer@posteo.example>", "Doppelte Abbuchung Mitgliedsbeitrag Mai",
  "billing_dispute cancellation_threat", "conditional",
  "Beitrag 39,90 EUR zweimal abgebucht; bedingte Kündigungsdrohung",
"""Guten Tag,

mir wurde der Mitgliedsbeitrag für Mai (39,90 €) zweimal vom Konto
abgebucht, einmal am 2.5. und einmal am 5.5. Bitte erstatten Sie die
zweite Abbuchung.

Wenn das bis Monatsende nicht erledigt ist, kündige ich meine
Mitgliedschaft fristgerecht. Ich habe keine Lust, jeden Monat meine
Kontoauszüge zu kontrollieren.

Mit freundlichen Grüßen
Sabine Krämer
Mitgliedsnummer 204471
""")

C("de", "Dr. Matthias Vogel <m.vogel@vogel-kanzlei.example>", "Einbauküche – Auftrag 8.400 EUR – Mängel",
  "legal_threat high_value_order", "-",
  "Küchenauftrag über 8.400 EUR mit ungelösten Mängeln; Anwalt eingeschaltet",
"""Sehr geehrte Damen und Herren,

die am 14. März gelieferte Einbauküche (Auftrag OK-2025-1187, Gesamtpreis
8.400,00 €) weist nach wie vor erhebliche Mängel auf: Zwei Fronten sind
beschädigt, die Arbeitsplatte passt nicht, der Geschirrspüler wurde nicht
angeschlossen. Ihre Monteure konnten die Mängel bisher nicht beheben.

Ich habe nunmehr meinen Anwalt mit der Angelegenheit betraut. Er wird
sich in den nächsten Tagen schriftlich bei Ihnen melden.

Mit freundlichen Grüßen
Dr. Matthias Vogel
""")

C("de", "Jens Hoffmann <jens.hoffmann@web.example>", "Drittanbieter-Abo auf meiner Handyrechnung",
  "billing_dispute regulatory", "-",
  "bestreitet 4,99 EUR Drittanbieterabo; Beschwerde bei Verbraucherzentrale und Bundesnetzagentur",
"""Hallo,

auf meinen letzten drei Rechnungen steht jeweils 4,99 € für ein
"Premium-Spiele-Abo" eines Drittanbieters. Das habe ich nie abgeschlossen.
Ich will die 14,97 € zurück und eine Drittanbietersperre.

Ich habe den Fall heute an die Verbraucherzentrale geschickt und werde
mich auch bei der Bundesnetzagentur beschweren.

Jens Hoffmann
Kundennummer 7700-21938
""")

C("de", "Claudia Berger <claudia.berger@t-mail.example>", "Ich möchte Ihren Vorgesetzten sprechen",
  "manager_request", "-",
  "will den Vorgesetzten der Mitarbeiterin sprechen",
"""Guten Abend,

das Gespräch mit Ihrer Kollegin an der Rezeption heute Nachmittag hat zu
nichts geführt. Ich möchte bitte mit ihrem Vorgesetzten bzw. der
Hotelleitung sprechen, und zwar noch während meines Aufenthalts (Zimmer
314, Abreise Donnerstag).

Claudia Berger
""")

C("de", "Uwe Schröder <uwe.schroeder@schroeder-elektro.example>", "Alle Belege März weg!!",
  "data_loss technical_issue", "-",
  "Belege eines Monats nach Update verschwunden",
"""Hallo Buchhaltix-Team,

nach dem Update gestern Abend sind sämtliche Belege aus dem März aus
meinem Mandanten verschwunden. Die Buchungen sind noch da, aber bei jeder
steht "Beleg nicht gefunden". Das sind über 300 Rechnungen. Die
Umsatzsteuervoranmeldung ist am 10. fällig.

Bitte stellen Sie die Belege aus Ihrer Sicherung wieder her.

Uwe Schröder
Schröder Elektrotechnik
""")

C("de", "Ewa Nowak <ewa.nowak@gmx.example>", "Online-Banking nicht erreichbar",
  "outage technical_issue", "-",
  "Onlinebanking und App komplett nicht erreichbar",
"""Hallo,

seit heute früh um 7 komme ich weder in die App noch ins Online-Banking.
Die Webseite zeigt nur "Wartungsarbeiten – bitte versuchen Sie es
später", die App hängt beim Anmelden. Eine Wartung war nicht
angekündigt. Ich muss heute noch eine Überweisung für die Kaution machen.

Ewa Nowak
""")

C("de", "Thorsten Wilke <thorsten.wilke@mailbox.example>", "Fremdzugriff auf meine Kamera",
  "security_incident", "-",
  "unbekanntes Gerät hat auf die Kamera zugegriffen, Einstellungen geändert",
"""Guten Tag,

in der App sehe ich unter "Angemeldete Geräte" ein Android-Gerät aus
Frankreich, das ich nicht kenne. Seit gestern wurde die Innenkamera im
Wohnzimmer mehrfach aus der Ferne geschwenkt und die Bewegungserkennung
ausgeschaltet – nicht von mir und nicht von meiner Frau.

Bitte sperren Sie sofort alle fremden Sitzungen und teilen Sie mir mit,
welche Aufnahmen abgerufen wurden.

Thorsten Wilke
""")

C("de", "Renate Fuchs <renate.fuchs@mailbox.example>", "Zum dritten Mal: Rückerstattung",
  "repeat_contact severe_dissatisfaction broken_promise", "-",
  "schreibt zum dritten Mal; versprochene Erstattung nicht erfolgt; 'Frechheit', 'unverschämt' stark",
"""Sehr geehrte Damen und Herren,

ich schreibe Ihnen jetzt zum dritten Mal. Am 3. April wurde mir
telefonisch zugesagt, dass die 189 € für die stornierte Hotelbuchung
innerhalb einer Woche erstattet werden. Passiert ist nichts.

Das ist eine absolute Frechheit und ein unverschämter Umgang mit
Kunden.

Renate Fuchs
Buchung TN-DE-55021
""")

C("de", "Kai Brandt <kai.brandt@brandt-steuer.example>", "Feature-Wunsch: DATEV-Export",
  "feature_request", "-",
  "wünscht DATEV-Export",
"""Hallo zusammen,

kleiner Feature-Wunsch aus der Steuerkanzlei: Es wäre super, wenn
Buchhaltix einen direkten DATEV-Export (Buchungsstapel im ASCII-Format)
anbieten würde. Aktuell exportieren wir als CSV und bauen das händisch
um. Viele unserer Mandanten nutzen Ihr Programm, da würde sich das
lohnen.

Viele Grüße
Kai Brandt
""")

C("de", "Melanie Sommer <melanie.sommer@mailbox.example>", "Rückruf",
  "broken_promise", "-",
  "zugesagter Rückruf nicht erfolgt; nur zweiter Kontakt",
"""Hallo,

am Montag hat mir Herr Lange am Telefon einen Rückruf bis Dienstagmittag
zugesagt, wegen der Tarifumstellung meines Vertrags. Es hat niemand
angerufen. Können Sie bitte nachhaken? Ich bin unter 0151 5550 2231
erreichbar.

Melanie Sommer
""")

C("de", "Lisa Wagner <lisa.wagner@mailbox.example>", "Das geht auf Instagram",
  "media_threat severe_dissatisfaction", "-",
  "droht Instagram-Post an ihre Follower; 'Zumutung', 'stinksauer' stark",
"""Hallo,

ich bin ehrlich gesagt stinksauer. Das Kleid für die Hochzeit meiner
Schwester kam mit einem Loch und Make-up-Flecken – offensichtlich
getragen und zurückgeschickt. Eine Zumutung.

Ich habe alles fotografiert. Wenn ich bis morgen keine Lösung habe, zeige
ich das meinen 12.000 Followern auf Instagram.

Lisa Wagner
Bestellung MV-330918
""")

C("de", "Florian Becker <florian.becker@mailbox.example>", "Unfall mit Leih-E-Bike",
  "safety technical_issue", "-",
  "Bremse des Leihrads versagte, Sturz mit Verletzung; Funktionsausfall plus Gefahr",
"""Hallo,

gestern gegen 18 Uhr hat an Rad VN-7731 die Hinterradbremse komplett
versagt. Ich bin an der Kreuzung Hafenstraße gestürzt, habe Schürfwunden
an beiden Armen und eine Prellung am Knie. Das Rad steht noch an der
Station Hafenstraße. Bitte nehmen Sie es sofort aus dem Verkehr, bevor
sich jemand ernsthaft verletzt.

Florian Becker
""")

C("de", "Hannelore Wirth <h.wirth@mailbox.example>", "Schreiben an Ihren Vorstand",
  "executive_contact", "-",
  "hat den Vorstand angeschrieben und Kopie beigefügt",
"""Sehr geehrte Damen und Herren,

da ich über den Kundenservice seit Wochen keine Antwort auf meine
Beschwerde wegen der gesperrten Karte bekomme, habe ich mich heute
schriftlich an Ihren Vorstandsvorsitzenden gewandt. Eine Kopie des
Schreibens finden Sie im Anhang.

Hannelore Wirth
""", pkg="mixed", att="Schreiben_Vorstand.pdf")

C("de", "Peter Lindner <peter.lindner@mailbox.example>", "Anschrift der Geschäftsführung",
  "corporate_contact_request executive_contact", "-",
  "fragt nach Hauptsitz-Anschrift und Telefonnummer der Geschäftsführung, um sich dort direkt zu beschweren (Konvention: beide Trigger)",
"""Guten Tag,

bitte teilen Sie mir die vollständige Anschrift Ihres Hauptsitzes sowie
eine Telefonnummer der Geschäftsführung mit. Ich möchte meine Beschwerde
wegen der abgelehnten Tierarztrechnung direkt dort einreichen.

Peter Lindner
Vertrag PS-DE-44021
""")

C("de", "Aylin Yıldız <aylin.yildiz@mailbox.example>", "Beleidigung durch Ihren Fahrer",
  "discrimination_harassment", "-",
  "rassistische Beleidigung durch Lieferfahrer",
"""Hallo,

Ihr Fahrer hat mich gestern bei der Lieferung (Bestellung LD-88120) als
"Kopftuchmädchen" bezeichnet und gesagt, "Leute wie ich" sollten froh
sein, dass überhaupt jemand liefert. Mein Nachbar hat das mitgehört.
Ich erwarte, dass Sie das ernst nehmen.

Aylin Yıldız
""")

C("de", "Jörg Kessler <joerg.kessler@kessler-messebau.example>", "Messematerial falsch gedruckt – Auftrag 12.480 €",
  "high_value_order", "-",
  "Druckauftrag über 12.480 EUR falsch geliefert",
"""Sehr geehrtes Druckhaus-Team,

unser Auftrag DR-55190 (Messewände, Roll-ups und Flyer, Gesamtbetrag
12.480,00 € netto) ist heute angekommen. Alle Roll-ups sind im falschen
Format (85 x 200 statt 100 x 200 cm) gedruckt, die Messewände haben einen
deutlichen Farbstich. Die Messe beginnt in neun Tagen.

Bitte teilen Sie mir umgehend mit, bis wann Sie neu produzieren können.

Jörg Kessler
Kessler Messebau GmbH
""")

C("de", "Stefanie Graf <stefanie.graf@mailbox.example>", "Beschwerde bei der Datenschutzbehörde",
  "regulatory legal_threat security_incident technical_issue", "-",
  "Shop zeigt fremde Bestellungen/IBAN an (Datenleck durch das Produkt); Beschwerde beim Landesdatenschutzbeauftragten; behält sich rechtliche Schritte vor",
"""Sehr geehrte Damen und Herren,

am 12. Mai wurden mir nach dem Login in meinem Kundenkonto die
Bestellungen und die IBAN einer fremden Person angezeigt. Umgekehrt muss
ich davon ausgehen, dass meine Daten ebenfalls für Dritte sichtbar waren.

Ich habe heute Beschwerde beim Landesbeauftragten für Datenschutz
eingereicht und behalte mir rechtliche Schritte ausdrücklich vor.

Stefanie Graf
""")

C("de", "Markus Hahn <markus.hahn@hahn-logistik.example>", "Wechsel zum Jahresende",
  "cancellation_threat technical_issue", "-",
  "kündigt Wechsel zu anderem Anbieter an (ohne 'kündigen'); Lohnabrechnung fehlerhaft",
"""Hallo,

die Lohnabrechnung für Februar war wieder fehlerhaft: Bei allen
Minijobbern wurde die Pauschalabgabe doppelt berechnet, obwohl wir das
Problem im Januar schon gemeldet hatten.

Wir haben intern entschieden, zum Jahresende zu einem anderen Anbieter zu
wechseln. Bis dahin erwarte ich aber korrekte Abrechnungen.

Markus Hahn
Hahn Logistik
""")

C("de", "Bernd Albrecht <bernd.albrecht@mailbox.example>", "AW: AW: AW: Rechnung falsch",
  "repeat_contact billing_dispute", "quoted",
  "vierte Nachricht; bestreitet 59,00 EUR Einrichtungsgebühr; zitiertes Outlook-Block enthält 'Vorgesetzten'",
"""Das ist jetzt meine vierte Mail zu derselben Rechnung. Die
Einrichtungsgebühr von 59,00 € auf Rechnung RE-2025-0412 ist laut meinem
Vertrag entfallen. Bitte schicken Sie mir eine korrigierte Rechnung.

Bernd Albrecht

-----Ursprüngliche Nachricht-----
Von: Telvia Kundenservice <support@example.test>
Gesendet: %%de_ol%%
An: Bernd Albrecht
Betreff: AW: AW: Rechnung falsch

Sehr geehrter Herr Albrecht,

wir haben Ihr Anliegen an unseren Vorgesetzten weitergeleitet und melden
uns in Kürze.

Ihr Telvia Kundenservice
""", irt="desk")

C("de", "Carina Lorenz <carina.lorenz@mailbox.example>", "App stürzt beim Öffnen der Lektionen ab",
  "technical_issue", "-",
  "Kinder-App stürzt bei Lektionen ab",
"""Hallo,

seit dem letzten Update stürzt die Lern-App auf unserem Tablet ab,
sobald mein Sohn eine Lektion im Bereich "Lesen" öffnet. Die App schließt
sich einfach. Mathe funktioniert. Neu installieren hat nicht geholfen.

Gerät: Samsung Galaxy Tab A8, Android 14.

Carina Lorenz
""")

C("de", "Günther Maier <guenther.maier@mailbox.example>", "Unverschämtheit",
  "severe_dissatisfaction manager_request", "-",
  "sehr verärgert ('unerhört', 'bodenlose Unverschämtheit'); will jemanden mit Entscheidungsbefugnis",
"""Was Sie sich mit der Umbuchung meines Fluges geleistet haben, ist eine
bodenlose Unverschämtheit. Ohne jede Information wurde ich von einem
Direktflug auf eine Verbindung mit zwei Umstiegen und sieben Stunden
Mehrzeit gesetzt. Unerhört!

Ich verlange, dass sich jemand mit Entscheidungsbefugnis bei mir meldet,
nicht wieder ein Textbaustein.

Günther Maier
Buchungscode HZ7Q2K
""")

# --- German negatives --------------------------------------------------------
C("de", "Andrea Koch <andrea.koch@koch-zahnarzt.example>", "Neue Mitarbeiterin ab Juni",
  "-", "title",
  "Büroleiterin und Praxismanagerin sind Titel; Routinefrage",
"""Hallo,

ich bin die Büroleiterin der Zahnarztpraxis Dr. Koch. Ab dem 1. Juni
haben wir eine neue Auszubildende. Muss ich sie vor dem Mai-Lauf anlegen
oder erst danach?

Viele Grüße
Andrea Koch
Praxismanagerin
""")

C("de", "Tobias Richter <tobias.richter@mailbox.example>", "Pausieren statt kündigen",
  "-", "negation",
  "'ich möchte nicht kündigen'",
"""Hallo,

ich möchte nicht kündigen, aber ich bin ab Juli für drei Monate
beruflich im Ausland. Kann ich meine Mitgliedschaft in der Zeit ruhen
lassen?

Tobias Richter
""")

C("de", "Nicole Weber <nicole.weber@mailbox.example>", "Stornierungsbedingungen",
  "-", "policy_question",
  "Frage nach den Stornobedingungen",
"""Guten Tag,

wie sind Ihre Stornierungsbedingungen für Hotelbuchungen mit dem Tarif
"Flex"? Bis wann kann ich kostenlos stornieren, falls sich unsere Pläne
ändern?

Nicole Weber
""")

C("de", "Frank Ziegler <frank.ziegler@ziegler-gmbh.example>", "AV-Vertrag und DSGVO",
  "-", "policy_question",
  "Frage nach DSGVO-Konformität und AV-Vertrag; Geschäftsführer-Signatur und Pflichtangaben",
"""Sehr geehrte Damen und Herren,

bevor wir Ihre Lohnsoftware einführen: Ist Ihre Plattform DSGVO-konform
und stellen Sie uns einen Auftragsverarbeitungsvertrag zur Verfügung?
Wo stehen Ihre Server?

Mit freundlichen Grüßen
Frank Ziegler
Geschäftsführer

Ziegler GmbH · Amtsgericht Exampleburg HRB 55512 · Geschäftsführer: Frank Ziegler
Diese E-Mail enthält vertrauliche Informationen. Unbefugte Weitergabe ist
untersagt und kann rechtliche Schritte nach sich ziehen.
""")

C("de", "Sandra Keller <sandra.keller@mailbox.example>", "AW: Ihre Beschwerde",
  "-", "quoted",
  "bedankt sich; frühere Drohung mit Anwalt steht nur im Zitat",
"""Vielen Dank, das Geld ist heute angekommen. Damit ist die Sache für
mich erledigt.

Sandra Keller

Am %%de%% schrieb Kivo Bank Kundenservice <support@example.test>:
> Sehr geehrte Frau Keller,
> die Rückbuchung über 312,40 € wurde veranlasst.
>
> Am %%detb2%% schrieb Sandra Keller:
>> Wenn das Geld nicht bis Freitag da ist, schalte ich meinen Anwalt ein.
""", irt="desk")

C("de", "Heike Baumann <heike.baumann@mailbox.example>", "Frage zur Rechnung",
  "-", "reported",
  "Ehemann meint, man solle den Anwalt einschalten; sie übernimmt das nicht, fragt nur",
"""Hallo,

mein Mann meint ja, wir sollten wegen der Lieferverzögerung gleich einen
Anwalt einschalten – ich halte das für übertrieben. Ich wollte nur
fragen, ob der neue Liefertermin für das Sofa (Bestellung OK-40219) jetzt
fest steht.

Heike Baumann
""")

C("de", "Lukas Pohl <lukas.pohl@mailbox.example>", "Saftpresse und Presseabo",
  "-", "innocuous",
  "'Presse' als Saftpresse, kein Medienbezug",
"""Hallo,

im Lieferdienst steht beim Saftladen "kaltgepresst mit unserer neuen
Presse" – sind die Säfte ohne Zuckerzusatz? Und liefern Sie auch
sonntags in die Südstadt?

Lukas
""")

C("de", "Miriam Engel <miriam.engel@mailbox.example>", "Falls ich mal kündigen möchte",
  "-", "conditional",
  "hypothetische Frage nach Kündigungsfolgen",
"""Hallo,

eine Frage vorab: Falls ich das Jahresabo irgendwann kündigen möchte,
bleiben die Lernfortschritte meiner Tochter dann gespeichert oder werden
sie gelöscht?

Miriam Engel
""")

C("de", "Oliver Schmitt <oliver.schmitt@mailbox.example>", "Rechnungskopie",
  "-", "signature",
  "Signatur mit Haftungsausschluss ('keine rechtsverbindliche Erklärung'); bittet um Rechnungskopie",
"""Hallo,

könnten Sie mir bitte eine Kopie der Rechnung für die Domainverlängerung
im März schicken? Die ursprüngliche Mail finde ich nicht mehr.

Danke und Gruß
Oliver Schmitt

--
Diese Nachricht stellt keine rechtsverbindliche Erklärung dar.
Bei Beschwerden wenden Sie sich an unseren Datenschutzbeauftragten.
""")

# ===========================================================================
# French customer mail
# ===========================================================================

C("fr", "Camille Lefèvre <camille.lefevre@courriel.example>", "Prélèvement en double + résiliation",
  "billing_dispute cancellation_threat", "-",
  "forfait de 29,99 EUR prélevé deux fois; annonce la résiliation",
"""Bonjour,

Mon forfait mobile de 29,99 € a été prélevé deux fois ce mois-ci (le 3
et le 6). Je vous demande de me rembourser le second prélèvement.

Vu le temps qu'il faut pour obtenir une réponse chez vous, je vous
informe que je résilierai ma ligne dès que mon numéro sera porté chez un
autre opérateur.

Camille Lefèvre
Client n° 8830192
""")

C("fr", "Jean-Marc Rousseau <jm.rousseau@orange-mail.example>", "Caution non restituée – mon avocat",
  "legal_threat", "-",
  "caution d'hôtel non restituée; avocat saisi, poursuites annoncées",
"""Madame, Monsieur,

La caution de 500 € prélevée lors de mon séjour à votre hôtel de Lyon
Part-Dieu (réservation HH-FR-22091) ne m'a toujours pas été restituée,
alors qu'aucun dégât n'a été constaté à mon départ.

J'ai transmis le dossier à mon avocat, qui engagera des poursuites si la
somme n'est pas reversée sous huit jours.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Jean-Marc Rousseau
""")

C("fr", "Sophie Garnier <sophie.garnier@courriel.example>", "Fuite de données – signalement à la CNIL",
  "security_incident regulatory technical_issue", "-",
  "le bilan envoyé par le produit contient les données de 200 autres enfants (fuite due au produit); signalement à la CNIL",
"""Bonjour,

J'ai reçu ce matin le « bilan mensuel » de ma fille… avec en pièce jointe
un tableau contenant les prénoms, âges, écoles et résultats de plus de 200
autres enfants. C'est une violation de données caractérisée.

J'ai fait un signalement à la CNIL. Je souhaite savoir quelles mesures
vous prenez et si les données de ma fille ont été envoyées à d'autres
parents de la même façon.

Sophie Garnier
""")

C("fr", "Patrick Morel <patrick.morel@courriel.example>", "Je souhaite parler à un responsable",
  "manager_request", "-",
  "demande explicite de parler à un responsable",
"""Bonjour,

La réponse reçue au sujet de ma salle de sport fermée sans préavis ne
me convient pas du tout : je souhaite parler à un responsable.
Merci de me rappeler au 06 55 50 12 34 en fin de journée.

Patrick Morel
""")

C("fr", "Nathalie Girard <nathalie.girard@atelier-girard.example>", "Toutes mes boîtes mail ont été vidées",
  "data_loss technical_issue severe_dissatisfaction", "-",
  "boîtes mail vidées après migration; 'inadmissible' et 'scandaleux' forts",
"""Bonjour,

Depuis votre « migration » de cette nuit, les trois boîtes mail de mon
atelier (contact@, commandes@ et compta@) sont vides. Dix ans de
correspondance avec mes clients ont disparu. C'est inadmissible et
scandaleux pour un hébergeur.

Restaurez-les immédiatement depuis vos sauvegardes.

Nathalie Girard
Atelier Girard
""")

C("fr", "Karim Benali <karim.benali@courriel.example>", "Impossible de me connecter – erreur 500",
  "outage technical_issue", "-",
  "connexion impossible, erreur 500 sur le site et l'appli",
"""Bonjour,

Depuis ce matin, impossible d'accéder à mon espace client : le site
affiche « Erreur 500 – Internal Server Error » et l'application reste
bloquée sur l'écran de chargement. Mes collègues ont le même problème.
J'ai un virement urgent à faire.

Karim Benali
""")

C("fr", "Élise Fontaine <elise.fontaine@courriel.example>", "Avis Google et réseaux sociaux",
  "media_threat broken_promise", "-",
  "menace de publier sur les réseaux sociaux et Google; remboursement promis non reçu",
"""Bonjour,

Votre conseillère m'avait promis le remboursement de ma robe retournée
« sous 5 jours ouvrés ». Cela fait trois semaines. Je vais raconter toute
l'histoire sur les réseaux sociaux et laisser un avis Google détaillé
ce soir si rien ne bouge.

Commande MV-FR-71022
Élise Fontaine
""")

C("fr", "Amandine Leroy <amandine.leroy@courriel.example>", "Danger – petites pièces dans la box enfant",
  "safety", "-",
  "petites billes détachables dans une box pour enfants: risque d'étouffement",
"""Bonjour,

La box d'activités reçue avec l'abonnement (thème « Les planètes ») contient
un mobile dont les petites billes se détachent très facilement. Ma fille
de deux ans en avait une dans la bouche quand je suis entrée dans la
chambre. Il y a un vrai risque d'étouffement.

Je pense que vous devriez prévenir tous les parents et rappeler ce
produit.

Amandine Leroy
""")

C("fr", "Thomas Blanc <thomas.blanc@courriel.example>", "Suggestion pour l'appli",
  "feature_request", "-",
  "'ce serait bien de pouvoir' — demande d'une fonction",
"""Bonjour,

Ce serait bien de pouvoir réserver un vélo à l'avance dans l'application,
par exemple la veille au soir pour le trajet du matin. À 8h il n'y a
souvent plus rien à ma station.

Merci !
Thomas
""")

C("fr", "Martine Dupuis <martine.dupuis@courriel.example>", "Re: Sinistre n° PS-FR-3301",
  "repeat_contact broken_promise", "quoted",
  "troisième relance; promesse de décision sous 10 jours non tenue; le message cité parle de 'réclamation' et de 'médiateur'",
"""Bonjour,

C'est la troisième fois que je vous écris. Vous m'aviez annoncé une
décision sur le remboursement de l'opération de mon chat sous dix jours,
il y a maintenant cinq semaines.

Martine Dupuis

Le %%fr%%, PawShield Service Clients <support@example.test> a écrit :
> Madame,
> Votre dossier est en cours d'examen. Une décision vous sera communiquée
> sous 10 jours. En cas de désaccord, vous pourrez saisir le médiateur de
> l'assurance.
""", irt="desk")

C("fr", "Olivier Mercier <olivier.mercier@mercier-bureaux.example>", "Commande de 7 200 € – mobilier non conforme",
  "high_value_order", "title",
  "commande de 7 200 EUR livrée non conforme; 'Directeur administratif' est un titre",
"""Bonjour,

Notre commande MB-2025-311 (18 bureaux et 18 fauteuils, 7 200,00 € TTC)
a été livrée hier. Les fauteuils sont en tissu gris clair au lieu du
noir commandé et trois bureaux sont arrivés avec des plateaux fendus.

Merci de nous indiquer rapidement les modalités d'échange.

Olivier Mercier
Directeur administratif
""")

C("fr", "Gérard Lambert <gerard.lambert@courriel.example>", "C'est honteux",
  "severe_dissatisfaction", "-",
  "'honteux', 'lamentable' forts",
"""Quatorze heures d'attente à l'aéroport, aucune information, pas un
verre d'eau, et le personnel au sol qui disparaît. C'est honteux. Un
service lamentable du début à la fin.

Gérard Lambert
Vol FN4410
""")

C("fr", "Isabelle Roux <isabelle.roux@courriel.example>", "Copie à votre PDG",
  "executive_contact repeat_contact", "-",
  "a mis le PDG en copie; 'mes trois courriers ... sans réponse' fait de ce message au moins le quatrième contact",
"""Bonjour,

Je mets votre PDG en copie de ce message, puisque mes trois courriers au
service client sont restés sans réponse. Mon compte professionnel est
bloqué depuis le 2 mai sans explication.

Isabelle Roux
""", cc="Laurent Vidal <l.vidal@paybridge.example>")

C("fr", "Bruno Petit <bruno.petit@courriel.example>", "Adresse du siège social",
  "corporate_contact_request", "-",
  "demande l'adresse du siège social et le service juridique",
"""Bonjour,

Pourriez-vous me communiquer l'adresse postale de votre siège social
ainsi que les coordonnées de votre service juridique ? Je souhaite vous
adresser une réclamation par lettre recommandée.

Bruno Petit
""")

C("fr", "Julie Bonnet <julie.bonnet@courriel.example>", "Comportement de votre coach",
  "discrimination_harassment", "-",
  "propos sexistes et gestes déplacés d'un coach",
"""Bonjour,

Lors du cours collectif de jeudi soir, le coach Romain a fait plusieurs
remarques sexistes sur les « filles qui ne savent pas porter lourd » et
m'a touché le bas du dos à deux reprises alors que je lui avais demandé
d'arrêter. Je ne suis pas la seule à m'en plaindre.

Je ne retournerai pas à ce cours tant qu'il l'anime.

Julie Bonnet
""")

C("fr", "Christophe André <christophe.andre@andre-btp.example>", "Bulletins de paie faux",
  "technical_issue", "-",
  "bulletins de paie avec cotisations erronées",
"""Bonjour,

Les bulletins de paie d'avril générés par le logiciel affichent une
cotisation prévoyance à 0 pour tous les salariés cadres, alors que les
paramètres n'ont pas changé. Le calcul était correct en mars.

Pouvez-vous vérifier ?

Christophe André
""")

C("fr", "Valérie Chevalier <valerie.chevalier@courriel.example>", "Signalement DGCCRF",
  "regulatory billing_dispute", "-",
  "frais de 45 EUR contestés; signalement à la DGCCRF",
"""Bonjour,

Vous m'avez facturé 45 € de « frais de dossier » pour un changement de
date que votre propre site présentait comme gratuit. J'ai conservé la
capture d'écran. J'ai effectué un signalement sur SignalConso auprès de
la DGCCRF et je demande le remboursement de ces 45 €.

Valérie Chevalier
""")

C("fr", "Mathieu Faure <mathieu.faure@courriel.example>", "On va voir ailleurs",
  "cancellation_threat", "-",
  "annonce le départ vers une autre salle sans le mot 'résilier'",
"""Bonjour,

Trois mois que le vestiaire des hommes n'a plus d'eau chaude. Ma femme
et moi avons visité la salle concurrente en face hier, et à la fin de
notre engagement on part là-bas. Dommage, on vous aimait bien.

Mathieu Faure
""")

C("fr", "Hélène Robin <helene.robin@courriel.example>", "Merci de faire remonter à la direction",
  "manager_request severe_dissatisfaction", "-",
  "demande de remonter le dossier à la direction; 'absolument intolérable' fort",
"""Bonjour,

Votre livreur a laissé mon colis de 80 kg devant l'immeuble sous la
pluie, alors que la livraison au deuxième étage était payée. Le canapé
est trempé. C'est absolument intolérable.

Je vous demande de faire remonter mon dossier à la direction.

Hélène Robin
Commande MB-2025-498
""")

C("fr", "Antoine Giraud <antoine.giraud@courriel.example>", "Vérifiez vos bornes",
  "safety", "-",
  "borne de recharge de vélo qui fait des étincelles: danger",
"""Bonjour,

La borne de recharge numéro 4 de la station Gare Sud fait des étincelles
quand on y accroche un vélo, et il y a une odeur de plastique brûlé. Je
n'ai pas osé y laisser le vélo. Merci d'envoyer quelqu'un avant qu'un
enfant y touche.

Antoine Giraud
""")

# --- French negatives --------------------------------------------------------
C("fr", "Stéphane Perrin <stephane.perrin@perrin-imprim.example>", "Demande de devis",
  "-", "title",
  "'Directeur commercial' est un titre; demande de devis",
"""Bonjour,

Pourriez-vous m'envoyer un devis pour 5 000 flyers A5 recto-verso,
papier 135 g, livraison sous dix jours ?

Cordialement,
Stéphane Perrin
Directeur commercial
""")

C("fr", "Aurélie Masson <aurelie.masson@courriel.example>", "Je ne compte pas résilier",
  "-", "negation",
  "'je ne compte pas résilier'; question sur un changement d'offre",
"""Bonjour,

Je ne compte pas résilier, rassurez-vous ! Je voudrais simplement passer
du forfait 100 Go au forfait 50 Go, est-ce possible sans frais en cours
d'engagement ?

Aurélie Masson
""")

C("fr", "Lucas Henry <lucas.henry@courriel.example>", "Politique de remboursement",
  "-", "policy_question",
  "question sur la politique de remboursement",
"""Bonjour,

Quelle est votre politique de remboursement si je retourne un article
acheté en soldes ? Est-ce un avoir ou un remboursement sur la carte ?

Lucas
""")

C("fr", "Émilie Gauthier <emilie.gauthier@courriel.example>", "RE: Votre réclamation",
  "-", "quoted",
  "remerciements; l'ancienne menace de poursuites est uniquement dans le bloc cité Outlook",
"""Merci beaucoup, le remboursement est bien arrivé. Bonne journée.

Émilie Gauthier

De : Harborline Service Clients <support@example.test>
Envoyé : %%fr_ol%%
À : Émilie Gauthier
Objet : RE: Votre réclamation

Madame Gauthier, nous avons procédé au remboursement de 220 €.

De : Émilie Gauthier
Envoyé : %%fr_ol2%%
Objet : Votre réclamation

Si je ne suis pas remboursée, j'engagerai des poursuites.
""", irt="desk")

C("fr", "Franck Muller <franck.muller@muller-avocats.example>", "Changement d'adresse de facturation",
  "-", "signature",
  "avocat; mentions légales du cabinet dans la signature",
"""Bonjour,

Merci de modifier l'adresse de facturation de notre abonnement :
12 rue de l'Exemple, 69000 Lyon.

Franck Muller
Avocat au Barreau de Lyon

Ce message est confidentiel et couvert par le secret professionnel. Toute
diffusion non autorisée est susceptible de poursuites.
""")

C("fr", "Chloé Vincent <chloe.vincent@courriel.example>", "Question sur les données",
  "-", "reported",
  "un collègue dit qu'il faudrait porter plainte; elle ne reprend pas à son compte",
"""Bonjour,

Un collègue m'a dit qu'on devrait « porter plainte contre tous ces
sites qui revendent nos données », ha ha. Sérieusement : est-ce que vous
partagez mes données avec des partenaires publicitaires ? Où sont-elles
hébergées ?

Chloé
""")

C("fr", "Paul Lemoine <paul.lemoine@courriel.example>", "Livraison au tribunal",
  "-", "innocuous",
  "travaille au tribunal: adresse de livraison, pas de menace",
"""Bonjour,

Je travaille au tribunal de commerce et je voudrais me faire livrer mon
déjeuner au bureau. Est-ce que vos livreurs peuvent entrer dans le
bâtiment ou faut-il que je descende à l'accueil ?

Paul
""")

C("fr", "Inès Marchand <ines.marchand@courriel.example>", "Si jamais je voulais résilier",
  "-", "conditional",
  "question hypothétique",
"""Bonjour,

Si jamais je voulais résilier mon assurance chien l'an prochain, y
aurait-il des frais, et combien de temps à l'avance faudrait-il
prévenir ?

Inès
""")

C("fr", "Nicolas Fabre <nicolas.fabre@courriel.example>", "Deuxième message",
  "-", "other",
  "'deuxième message' = deux contacts seulement",
"""Bonjour, c'est mon deuxième message : pourriez-vous m'envoyer la facture
de mon renouvellement de nom de domaine du mois dernier ? Merci.

Nicolas Fabre
""")

# ===========================================================================
# Spanish customer mail
# ===========================================================================

C("es", "Lucía Fernández <lucia.fernandez@correo.example>", "Cobro duplicado de la cuota – me doy de baja",
  "billing_dispute cancellation_threat", "-",
  "cuota de 35 EUR cobrada dos veces; anuncia la baja",
"""Hola:

Este mes me habéis cobrado la cuota del gimnasio dos veces (35,00 € el
día 1 y otros 35,00 € el día 4). Quiero que me devolváis el segundo
cargo.

Y ya que estamos: en cuanto me llegue la devolución, me doy de baja. No
es la primera vez que pasa algo así.

Lucía Fernández
Socia n.º 55120
""")

C("es", "Javier Morales <javier.morales@morales-arquitectos.example>", "Pedido de 6.300 € – acciones legales",
  "legal_threat high_value_order", "-",
  "pedido de mobiliario de 6.300 EUR sin entregar; abogado y acciones legales",
"""Buenos días:

El pedido MB-ES-4410 (mobiliario de oficina, 6.300,00 € IVA incluido)
lo pagamos a principios de marzo. Estamos a finales de mayo, seguimos sin
fecha de entrega y nadie responde al teléfono.

He puesto el asunto en manos de mi abogado. Si en diez días no recibimos
el pedido o el reembolso íntegro, emprenderemos acciones legales.

Javier Morales
Morales Arquitectos
""")

C("es", "Carmen Ruiz <carmen.ruiz@correo.example>", "Brecha de datos – denuncia ante la AEPD",
  "security_incident regulatory", "-",
  "acceso no autorizado a su cuenta bancaria y denuncia ante la AEPD",
"""Buenas tardes:

Alguien accedió ayer a mi banca online desde un dispositivo que no es
mío, cambió mi número de teléfono y solicitó una tarjeta virtual. Yo no
di mis claves a nadie.

He presentado una reclamación ante la Agencia Española de Protección de
Datos y les pido que bloqueen la cuenta y me informen de qué datos se han
visto comprometidos.

Carmen Ruiz
""")

C("es", "Andrés Castillo <andres.castillo@correo.example>", "Quiero hablar con un supervisor",
  "manager_request", "-",
  "pide hablar con un supervisor",
"""Buenas,

Llevo una hora en el chat y el agente solo me repite que "no es posible"
cambiar el nombre del pasajero. Quiero hablar con un supervisor, por
favor. Mi número es +34 555 012 345.

Localizador: KQ8R3M
Andrés Castillo
""")

C("es", "María José Herrera <mj.herrera@herrera-asesores.example>", "Se han borrado todas las facturas de enero",
  "data_loss technical_issue", "-",
  "facturas de un mes desaparecidas tras actualización",
"""Hola:

Tras la actualización del programa de contabilidad del viernes, todas las
facturas emitidas en enero han desaparecido de la empresa "Herrera
Asesores". El listado aparece vacío y los informes del trimestre salen a
cero. Tengo que presentar el IVA la semana que viene.

¿Pueden recuperarlas de una copia de seguridad?

María José Herrera
""")

C("es", "Raúl Domínguez <raul.dominguez@tacos-raul.example>", "No entran pedidos desde hace 3 horas",
  "outage technical_issue severe_dissatisfaction", "-",
  "restaurante sin recibir pedidos: la plataforma caída; 'es indignante' fuerte",
"""Desde las 7 de la tarde no nos entra ni un solo pedido por la
plataforma. La tablet del restaurante dice "Sin conexión con el servidor"
y en la app de clientes nuestro local aparece como "cerrado". Hablé con
otros dos restaurantes de la zona y les pasa lo mismo. Es sábado por la
noche. Es indignante.

Raúl Domínguez
Tacos Raúl
""")

C("es", "Valentina Ríos <valentina.rios@correo.example>", "Lo voy a contar en mis redes",
  "media_threat", "conditional",
  "amenaza condicional de publicar en redes para sus seguidores",
"""Hola,

Si mañana no tengo mi reembolso de la maleta dañada, voy a subir el video
del estado en el que llegó a TikTok y a Instagram. Tengo 40 mil
seguidores que viajan mucho y que seguro quieren saber cómo tratan su
equipaje.

Valentina Ríos
Expediente MAD-FN-88231
""")

C("es", "Ernesto Salazar <ernesto.salazar@correo.example>", "La silla se rompió y mi padre se cayó",
  "safety", "-",
  "silla se rompió con un anciano sentado: lesión",
"""Buenos días:

La silla de comedor "Nora" que compramos hace un mes se partió por una
pata cuando mi padre, de 78 años, se sentó a cenar. Se cayó de espaldas y
se golpeó la cabeza; estuvo en urgencias hasta las dos de la mañana. Por
suerte solo fue un chichón, pero podía haber sido grave.

Tenemos otras cinco sillas iguales y ya no nos fiamos. Pedido MB-ES-3021.

Ernesto Salazar
""")

C("es", "Daniela Pérez <daniela.perez@correo.example>", "Sugerencia",
  "feature_request", "-",
  "'estaría genial que pudieran añadir' modo sin conexión",
"""¡Hola!

Mis hijos usan la app en el coche y en el pueblo no hay cobertura.
Estaría genial que pudieran añadir un modo sin conexión para descargar
las lecciones antes de salir. ¡Gracias!

Daniela
""")

C("es", "Sergio Navarro <sergio.navarro@correo.example>", "Me prometieron una llamada",
  "broken_promise", "-",
  "llamada prometida en 24 h que nunca llegó",
"""Hola:

El martes me dijeron por teléfono que un técnico me llamaría en 24 horas
para configurar la cámara del local. Ya es viernes y nadie ha llamado.
¿Me pueden decir qué pasa?

Sergio Navarro
""")

C("es", "Pilar Gómez <pilar.gomez@correo.example>", "Cuarta vez que escribo",
  "repeat_contact technical_issue", "-",
  "cuarta vez; la app no descarga los recibos",
"""Buenas tardes:

Es la cuarta vez que escribo por lo mismo. La app no me deja descargar
los recibos de nómina: al pulsar "Descargar PDF" sale "Error 502" y se
cierra. En el ordenador me pasa igual.

Pilar Gómez
""")

C("es", "Rodrigo Vargas <rodrigo.vargas@eventos-vargas.example>", "Evento de 15.000 € – habitaciones no disponibles",
  "high_value_order", "-",
  "contrato de evento por 15.000 EUR con problema sin resolver",
"""Estimados:

Tenemos contratado un bloque de 40 habitaciones y salón para el congreso
del 12 al 14 de junio en su hotel de Valencia (contrato EV-ES-2209, importe
15.000,00 €). Hoy nos informan de que solo hay 28 habitaciones disponibles
por un "error de sistema".

Necesito una solución por escrito esta semana.

Rodrigo Vargas
Eventos Vargas
""")

C("es", "Consuelo Martín <consuelo.martin@correo.example>", "Una vergüenza",
  "severe_dissatisfaction", "-",
  "'una vergüenza', 'indignada' fuertes; entrega urgente tardía sin promesa explícita citada",
"""Estoy indignada. Pagué por la entrega urgente de las tarjetas de mi
boda y llegaron tres días tarde, con el nombre de mi marido mal escrito.
Una vergüenza de servicio. Ni una disculpa.

Consuelo Martín
""")

C("es", "Fernando Ortiz <fernando.ortiz@correo.example>", "He escrito a su consejero delegado",
  "executive_contact", "-",
  "ha escrito al consejero delegado",
"""Buenos días:

Les informo de que he enviado hoy una carta certificada a su consejero
delegado explicando cómo se ha gestionado el rechazo del siniestro de mi
perro. Confío en que alguien lea por fin el expediente.

Fernando Ortiz
Póliza PS-ES-77102
""")

C("es", "Alejandra Soto <alejandra.soto@correo.example>", "Dirección de la sede central",
  "corporate_contact_request", "-",
  "pide dirección de la sede y teléfono corporativo",
"""Hola,

¿Me pueden facilitar la dirección de su sede central y un teléfono de
las oficinas corporativas (no el de atención al cliente)? Quiero enviar
una reclamación formal.

Alejandra Soto
""")

C("es", "Rosa Jiménez <rosa.jimenez@correo.example>", "Trato discriminatorio",
  "discrimination_harassment", "-",
  "discriminación por edad en la contratación del seguro / trato humillante",
"""Buenas tardes:

Ayer llamé para ampliar la cobertura de mi gata y la persona que me
atendió, al saber que tengo 74 años, me dijo que "a mi edad no merece la
pena complicarse con seguros" y que mejor lo hiciera "un hijo o un
nieto". Me sentí humillada y discriminada por mi edad.

Rosa Jiménez
""")

C("es", "Gustavo Reyes <gustavo.reyes@correo.example>", "Queja ante PROFECO",
  "regulatory billing_dispute", "-",
  "disputa un cargo de 89 USD por renovación desactivada; queja ante PROFECO",
"""Buenas tardes,

Me cobraron 89.00 USD por la renovación automática de un dominio que
desactivé en marzo (tengo captura de pantalla). Ya presenté una queja
ante la PROFECO y solicito el reembolso de ese cargo.

Gustavo Reyes
Ciudad de México
""")

C("es", "Nerea Aguirre <nerea.aguirre@correo.example>", "Me voy con la competencia",
  "cancellation_threat technical_issue", "-",
  "anuncia portabilidad a otra compañía sin la palabra 'baja'; sin cobertura en casa desde hace meses (servicio que no funciona)",
"""Hola,

Pago la tarifa más cara y en mi casa no hay cobertura 5G ni 4G decente
desde hace meses. Ya he pedido la portabilidad a otra compañía; en
cuanto se haga efectiva, lo mío y lo de mis dos hijos se va con ellos.

Nerea Aguirre
""")

C("es", "Tomás Iglesias <tomas.iglesias@correo.example>", "RE: Incidencia 44021",
  "legal_threat broken_promise", "quoted",
  "reembolso prometido no realizado; 'acudiré a los tribunales'; el bloque citado habla de 'reclamación' y 'responsable'",
"""En su último correo me aseguraron que el reembolso del vuelo cancelado
se haría en 7 días. Han pasado 30. Si esta semana no lo tengo, acudiré a
los tribunales.

Tomás Iglesias

De: TripNest Atención al Cliente <support@example.test>
Enviado el: %%es_ol%%
Para: Tomás Iglesias
Asunto: RE: Incidencia 44021

Estimado cliente: hemos trasladado su reclamación al responsable de
reembolsos. El importe le será devuelto en un plazo de 7 días.
""", irt="desk")

C("es", "Beatriz Molina <beatriz.molina@correo.example>", "ESTO ES INACEPTABLE",
  "severe_dissatisfaction manager_request outage technical_issue", "-",
  "mayúsculas (gritos); cerradura/app sin servicio; pide que lo escale a un responsable",
"""LLEVO DOS DÍAS SIN PODER ABRIR MI CASA CON LA APP. LOS SERVIDORES NO
RESPONDEN Y EL TECLADO TAMPOCO. ESTO ES INACEPTABLE Y VERGONZOSO.
QUIERO QUE ESCALEN ESTO A UN RESPONSABLE YA.

Beatriz Molina
""")

# --- Spanish negatives ------------------------------------------------------
C("es", "Ignacio Vega <ignacio.vega@vega-distribuciones.example>", "Alta de nuevo empleado",
  "-", "title",
  "'Jefe de Administración' y 'Gerente' son cargos; pregunta rutinaria",
"""Buenos días:

Soy el jefe de administración de Vega Distribuciones. ¿Cómo doy de alta
a un empleado que empieza a media jornada el día 15?

Un saludo,
Ignacio Vega
Jefe de Administración
""")

C("es", "Marta Castro <marta.castro@correo.example>", "No pienso darme de baja",
  "-", "negation",
  "'no pienso darme de baja'; pregunta sobre un cambio de plan",
"""Hola, no pienso darme de baja, estoy encantada con la app, pero quería
saber si puedo pasar del plan familiar al individual ahora que mi hijo
mayor ya no la usa.

Marta
""")

C("es", "Hugo Delgado <hugo.delgado@correo.example>", "Política de reembolso",
  "-", "policy_question",
  "pregunta por la política de reembolso",
"""Hola, ¿cuál es su política de reembolso si cancelo una reserva de hotel
con tarifa no reembolsable por enfermedad? ¿Aceptan justificante médico?

Hugo
""")

C("es", "Elena Romero <elena.romero@correo.example>", "Re: Su reclamación",
  "-", "quoted",
  "agradece; la amenaza anterior de denunciar está solo en la cita",
"""Muchas gracias, ya me ha llegado el reembolso. Todo resuelto.

Elena

El %%es%%, Kivo Bank <support@example.test> escribió:
> Estimada Elena, hemos devuelto los 64,90 € a su cuenta.
>
> El %%es2%%, Elena Romero <elena.romero@correo.example> escribió:
>> Si no me devuelven el dinero, voy a denunciarles ante el Banco de
>> España y a contarlo en Twitter.
""", irt="desk")

C("es", "Carlos Ibáñez <carlos.ibanez@ibanez-abogados.example>", "Cambio de tarjeta",
  "-", "signature",
  "aviso legal de abogado con 'acciones legales' en la firma",
"""Buenas tardes:

Quisiera cambiar la tarjeta con la que se paga la suscripción de la
imprenta online. ¿Dónde lo hago?

Carlos Ibáñez
Ibáñez Abogados

AVISO LEGAL: Este mensaje es confidencial. Su uso no autorizado podrá
dar lugar a las acciones legales correspondientes.
""")

C("es", "Lorena Cabrera <lorena.cabrera@correo.example>", "Pregunta sobre la entrega",
  "-", "reported",
  "el cuñado dice que deberían demandar; ella no lo asume",
"""Hola:

Mi cuñado dice que deberíamos demandarles porque el sofá tarda mucho,
pero yo solo quiero saber si ya tienen fecha de entrega para el pedido
MB-ES-5523. Gracias.

Lorena
""")

C("es", "Diego Herrera <diego.herrera@correo.example>", "Cafetera de prensa francesa",
  "-", "innocuous",
  "'prensa francesa' es un tipo de cafetera",
"""Hola, en el restaurante Café Lumbre de vuestra app aparece "café de
prensa francesa para dos". ¿Viene con leche aparte o hay que pedirla?

Diego
""")

C("es", "Paula Serrano <paula.serrano@correo.example>", "Si algún día quisiera cancelar",
  "-", "conditional",
  "pregunta hipotética",
"""Hola, si algún día quisiera cancelar la suscripción anual del hosting,
¿me devolverían la parte proporcional o se pierde?

Paula
""")

C("es", "Manuel Ortega <manuel.ortega@correo.example>", "Presupuesto grande",
  "-", "other",
  "importe alto (8.000 EUR) sin problema; petición de presupuesto",
"""Buenos días:

Queremos imprimir el material para una feria (lonas, catálogos y
tarjetas), con un presupuesto aproximado de 8.000 €. ¿Podrían enviarnos
una propuesta?

Manuel Ortega
""")

# ===========================================================================
# Automated mail: auto-replies
# ===========================================================================

A("auto_reply", "en", "Exchange out-of-office with Auto-Submitted and X-Auto-Response-Suppress; mentions 'manager' for urgent matters",
  "Karen Whitmore <karen.whitmore@whitmore-group.example>", "Automatic reply: Re: Your ticket #PP-60311",
"""Thank you for your email. I am out of the office on annual leave until
Monday 16 June with no access to email.

For anything urgent regarding payroll, please contact my manager, David
Ellison, at david.ellison@whitmore-group.example or on 555-0177.

Kind regards,
Karen Whitmore
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
              ("X-MS-Exchange-Inbox-Rules-Loop", "karen.whitmore@whitmore-group.example")], irt="desk")

A("auto_reply", "en", "no automation headers at all; only the body says out of office; subject looks like a normal reply",
  "Derek Folau <derek.folau@mailbox.example>", "Re: Your refund request",
"""Hi,

I am out of the office until the 28th and checking email only
occasionally. If your message is about the Riverside site lease or a
legal matter, please contact Janine in our office on 555-0142.

Derek
""", irt="desk")

A("auto_reply", "en", "no automation headers; 'this mailbox is not monitored' noreply of a customer's company",
  "Accounts Payable <noreply-ap@brightwell-foods.example>", "Re: Invoice INV-2025-2231",
"""This mailbox is not monitored. Replies to this address are not read.

To query a payment or dispute an invoice, please use our supplier
portal at https://suppliers.brightwell-foods.example or call Accounts
Payable on 555-0193 (Mon-Fri, 9am-4pm).

Brightwell Foods Ltd
""", irt="desk")

A("auto_reply", "en", "customer company's helpdesk auto-acknowledgement with ticket number; no automation headers; body mentions 'security incident' and 'escalation' as categories",
  "Halvorsen IT Service Desk <servicedesk@halvorsen-it.example>", "[HIT-448210] Re: Case 77120 - camera firmware",
"""Dear sender,

We received your request and a ticket has been created with the number
HIT-448210. A member of our service desk will respond within 1 business
day.

If you are reporting a security incident, please call our 24/7 hotline
on 555-0110. For escalations, reply to this email with ESCALATE in the
subject line.

Please do not change the subject line when replying.

Halvorsen IT Service Desk
""", irt="desk")

A("auto_reply", "en", "X-Autoreply and Precedence: auto_reply only (no Auto-Submitted)",
  "Marta Kowalczyk <marta.k@kowalczyk-design.example>", "Away: Re: Print proof ready",
"""I'm travelling to a trade fair and will be back on Thursday. I'll reply
to your message then. If the proof needs approval sooner, my colleague
Piotr can sign it off: piotr@kowalczyk-design.example.

Marta
""", headers=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")], irt="desk")

A("auto_reply", "en", "Apple iCloud vacation reply with X-Apple-Action: VACATION only",
  "tom.hendricks@icloud-mail.example", "Auto reply: Re: Membership freeze",
"""Hi! I'm on paternity leave until September and not checking mail.
Congratulations to me. Anything to do with the gym membership can wait.
""", headers=[("X-Apple-Action", "VACATION"), ("X-Apple-Criteria", "{kind=VACATION}")], irt="desk")

A("auto_reply", "en", "Gmail vacation responder with Auto-Submitted: auto-replied; text mentions 'cancel' and 'complaint'",
  "Rebecca Lyons <rebecca.lyons@gmail.example>", "Re: Your hotel booking HH-77310",
"""Hello, I'm away until 2 September with limited signal. If you need to
cancel or change anything about the school trip booking, or if this is
about the complaint from the Harrogate stay, please call the school
office on 555-0126.

Rebecca Lyons
""", headers=[("Auto-Submitted", "auto-replied")], irt="desk")

A("auto_reply", "en", "'no longer with the company' auto-reply with RFC 3834 header; mentions head office",
  "Jason Mercer <jason.mercer@mercer-freight.example>", "Automatic reply: Re: Telvia business lines",
"""Jason Mercer is no longer with Mercer Freight. Your message has not
been forwarded.

For account and billing matters please contact accounts@mercer-freight.example.
For anything else, please contact our head office on 555-0181.
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "DR, RN, NRN, OOF")], irt="desk")

A("auto_reply", "en", "ticketing system acknowledgement with Auto-Submitted: auto-generated and X-Loop",
  "Support Desk <help@nimbus-kitchens.example>", "Re: [Request received] Delivery of order OR-90012",
"""Thank you for contacting Nimbus Kitchens. This is an automatic
confirmation that we have received your message.

Your reference number is NK-20931. We aim to reply within 2 working
days. Please quote this number in any further correspondence.

This is an automated message, please do not reply.
""", headers=[("Auto-Submitted", "auto-generated"), ("X-Loop", "help@nimbus-kitchens.example"),
              ("Precedence", "bulk")], irt="desk")

A("auto_reply", "de", "Abwesenheitsnotiz ohne jegliche Automatik-Header; nur der Text verrät es",
  "Sebastian Kraus <s.kraus@kraus-bau.example>", "AW: Ihre Anfrage zur Lohnabrechnung",
"""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22. August nicht im Büro und habe keinen
Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
meine Kollegin Frau Heller (heller@kraus-bau.example, 0221 5550 114).

Mit freundlichen Grüßen
Sebastian Kraus
Leiter Personal
""", irt="desk")

A("auto_reply", "de", "Abwesenheitsnotiz mit Auto-Submitted",
  "Monika Hertz <monika.hertz@mailbox.example>", "Abwesenheitsnotiz: Ihre Kündigungsbestätigung",
"""Ich bin derzeit im Urlaub und ab dem 3. Juni wieder erreichbar. Ihre
Nachricht wird nicht weitergeleitet.

Monika Hertz
""", headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")], irt="desk")

A("auto_reply", "de", "automatische Eingangsbestätigung mit Ticketnummer, ohne Header",
  "Kundenservice Meyer Möbelbau <service@meyer-moebelbau.example>", "Ihre Anfrage ist bei uns eingegangen [Ticket #MM-30321]",
"""Guten Tag,

vielen Dank für Ihre Nachricht. Ihre Anfrage ist bei uns eingegangen und
wurde unter der Ticketnummer MM-30321 erfasst. Wir melden uns
schnellstmöglich, in der Regel innerhalb von zwei Werktagen.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

Ihr Kundenservice
Meyer Möbelbau
""", irt="desk")

A("auto_reply", "fr", "réponse d'absence sans aucun en-tête automatique",
  "Sylvie Moreau <sylvie.moreau@cabinet-moreau.example>", "Re: Votre dossier de remboursement",
"""Bonjour,

Je suis absente du bureau jusqu'au lundi 25 août inclus. Pour toute
demande urgente, merci de contacter le secrétariat au 01 55 50 12 12.

Bien cordialement,
Sylvie Moreau
""", irt="desk")

A("auto_reply", "fr", "réponse automatique avec Auto-Submitted",
  "Julien Barre <julien.barre@mailbox.example>", "Réponse automatique : Votre réservation HH-FR-3302",
"""Bonjour, je suis en congés et je n'ai pas accès à ma messagerie. Je
traiterai votre message à mon retour le 4 septembre.

Julien Barre
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], irt="desk")

A("auto_reply", "fr", "'cette boîte aux lettres n'est pas consultée', sans en-tête",
  "Ne pas répondre <ne-pas-repondre@assurances-lucas.example>", "Re: Attestation d'assurance",
"""Cette boîte aux lettres n'est pas consultée. Les messages envoyés à
cette adresse ne sont pas traités.

Pour toute réclamation, utilisez le formulaire de votre espace client.

Assurances Lucas
""", irt="desk")

A("auto_reply", "es", "respuesta de ausencia sin cabeceras de automatización",
  "Alberto Fuentes <alberto.fuentes@fuentes-logistica.example>", "RE: Su consulta sobre la factura",
"""Hola:

Estoy fuera de la oficina hasta el 1 de septiembre, con acceso limitado
al correo. Para temas urgentes, pueden llamar a mi compañera Irene al
+34 555 010 203.

Saludos,
Alberto Fuentes
""", irt="desk")

A("auto_reply", "es", "respuesta automática con Auto-Submitted",
  "Lucía Prieto <lucia.prieto@mailbox.example>", "Respuesta automática: Reserva KQ8R3M",
"""Gracias por su mensaje. Estoy de vacaciones y responderé a mi regreso,
a partir del 18 de agosto.

Lucía Prieto
""", headers=[("Auto-Submitted", "auto-replied")], irt="desk")

A("auto_reply", "es", "acuse automático con número de ticket, sin cabeceras",
  "Atención al Cliente Grupo Olmo <clientes@grupo-olmo.example>", "Hemos recibido su solicitud - Ticket 2025-118820",
"""Estimado/a cliente:

Hemos recibido su solicitud y le hemos asignado el número de ticket
2025-118820. Nuestro equipo le responderá en un plazo máximo de 48 horas
laborables.

Este es un mensaje automático; por favor, no responda a este correo.

Grupo Olmo
""", irt="desk")

# ===========================================================================
# Automated mail: bounces / DSNs
# ===========================================================================

R("bounce", "en", "Postfix DSN, user unknown; returned desk reply talks about a double charge and escalation",
  "MAILER-DAEMON@mx1.mailbox.example (Mail Delivery System)", "Undelivered Mail Returned to Sender",
  "delivery-status",
  [("text/plain", """This is the mail system at host mx1.mailbox.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to <postmaster>

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<h.grant@mailbox.example>: host mx1.mailbox.example[192.0.2.61] said: 550
    5.1.1 <h.grant@mailbox.example>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
"""),
   ("message/delivery-status", """Reporting-MTA: dns; mx1.mailbox.example
X-Postfix-Queue-ID: 4Xk2T81Qz4z9sWm
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: %%rfc0%%

Final-Recipient: rfc822; h.grant@mailbox.example
Original-Recipient: rfc822;h.grant@mailbox.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.mailbox.example
Diagnostic-Code: smtp; 550 5.1.1 <h.grant@mailbox.example>: Recipient address
    rejected: User unknown in virtual mailbox table
"""),
   ("message/rfc822", """Return-Path: <support@example.test>
From: Threadly Support <support@example.test>
To: Hollie Grant <h.grant@mailbox.example>
Subject: Re: refund not received
Date: %%rfc0%%
Message-ID: <t118204.9f3c2a1b7e40@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Hi Hollie,

I'm sorry about the double charge on your order. I have escalated this
to our payments manager and you will receive the refund within 5 days.

Threadly Support
""")],
  headers=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")], bstyle="tb",
  preamble="This is a MIME-encapsulated message.")

A("bounce", "en", "Exim plain-text bounce with X-Failed-Recipients and copy of the message",
  "Mail Delivery System <Mailer-Daemon@mail.webhost.example>", "Mail delivery failed: returning message to sender",
"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  j.cole@colecandles.example
    host mx.colecandles.example [203.0.113.17]
    SMTP error from remote mail server after RCPT TO:<j.cole@colecandles.example>:
    550 5.1.1 No such user here

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
Received: from out.example.test ([198.51.100.20])
	by mail.webhost.example with esmtps (Exim 4.97)
	(envelope-from <support@example.test>)
	id 1uA7Zq-0003Xk-2L
	for j.cole@colecandles.example
From: HostHarbor Support <support@example.test>
To: j.cole@colecandles.example
Subject: Re: Your hosting has had my shop offline half the week
Message-ID: <t220391.c81e0b2d41f7@escalated.example.test>

Hi Jasper,

We're sorry about the outage affecting your shop. Our engineers found a
failing database node and have moved your site. We understand if you are
considering cancelling, and we'd like to offer a month's credit.

HostHarbor Support
""", headers=[("Return-Path", "<>"), ("X-Failed-Recipients", "j.cole@colecandles.example"),
              ("Auto-Submitted", "auto-replied")], pkg="plain8")

R("bounce", "en", "Office 365 NDR (multipart/report with alternative text+html), RecipientNotFound",
  "Microsoft Outlook <postmaster@pierce-freight.example>", "Undeliverable: RE: Cancelling everything",
  "delivery-status",
  [("alt", ("""Delivery has failed to these recipients or groups:

r.pierce@pierce-freight.example
The email address you entered couldn't be found. Please check the
recipient's email address and try to resend the message. If the problem
continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: AM9PR02MB7731.eurprd02.prod.outlook.example

r.pierce@pierce-freight.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound;
Recipient not found by SMTP address lookup'
""", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body>
<p><b><font color="#000066" size="3" face="Segoe UI">Your message to r.pierce@pierce-freight.example couldn't be delivered.</font></b></p>
<p>r.pierce wasn't found at pierce-freight.example.</p>
<p><font size="2">Diagnostic information for administrators:</font></p>
<p><font size="2">Generating server: AM9PR02MB7731.eurprd02.prod.outlook.example<br>
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</font></p>
</body></html>
""")),
   ("message/delivery-status", """Reporting-MTA: dns;AM9PR02MB7731.eurprd02.prod.outlook.example
Received-From-MTA: dns;out.example.test
Arrival-Date: %%rfc0%%

Final-Recipient: rfc822;r.pierce@pierce-freight.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
 not found by SMTP address lookup
"""),
   ("text/rfc822-headers", """From: Telvia Business Support <support@example.test>
To: Russell Pierce <r.pierce@pierce-freight.example>
Subject: RE: Cancelling everything
Date: %%rfc0%%
Message-ID: <t300127.77ab01f9c2de@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
""")],
  headers=[("Return-Path", "<>"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")],
  bstyle="ol", preamble="")

A("bounce", "en", "Gmail-style DSN, plain text, no Auto-Submitted header",
  "Mail Delivery Subsystem <mailer-daemon@googlemail.example>", "Delivery Status Notification (Failure)",
"""** Address not found **

Your message wasn't delivered to dana.whitfeld@whitfield-cpa.example
because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

----- Original message -----

From: Ledgerly Support <support@example.test>
To: dana.whitfeld@whitfield-cpa.example
Subject: Re: All client files from February gone after sync
Message-ID: <t118777.4b2e8c90da13@escalated.example.test>

Dear Dana, we have restored the lost ledgers from the nightly backup.
Please check and let us know if any data is still missing.
""", headers=[("Return-Path", "<>"), ("X-Failed-Recipients", "dana.whitfeld@whitfield-cpa.example")], pkg="plain8")

A("bounce", "en", "qmail-style plain-text failure notice",
  "MAILER-DAEMON@mx.inbox.example", "failure notice",
"""Hi. This is the qmail-send program at mx.inbox.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<owen.pritchard@inbox.example>:
192.0.2.88 does not like recipient.
Remote host said: 554 5.7.1 <owen.pritchard@inbox.example>: mailbox disabled
Giving up on 192.0.2.88.

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
Received: (qmail 21904 invoked from network); %%qmail0%%
From: Latchly Security <support@example.test>
To: owen.pritchard@inbox.example
Subject: Re: Someone logged into my Latchly account from Romania
Message-ID: <t410553.e0d2a7c3f981@escalated.example.test>

Hello Owen, we have locked your account and removed all active sessions
after the unauthorised access you reported.
""", headers=[("Return-Path", "<>")], pkg="plain8")

R("bounce", "en", "Sendmail DSN with Auto-Submitted: auto-generated (failure); host unknown",
  "Mail Delivery Subsystem <MAILER-DAEMON@relay.example.test>", "Returned mail: see transcript for details",
  "delivery-status",
  [("text/plain", """The original message was received at %%rfc0%%
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<t.vaughn@tessatravels.example>
    (reason: 550 Host unknown)

   ----- Transcript of session follows -----
550 5.1.2 <t.vaughn@tessatravels.example>... Host unknown (Name server: tessatravels.example: host not found)
"""),
   ("message/delivery-status", """Reporting-MTA: dns; relay.example.test
Received-From-MTA: DNS; localhost
Arrival-Date: %%rfc0%%

Final-Recipient: RFC822; t.vaughn@tessatravels.example
Action: failed
Status: 5.1.2
Remote-MTA: DNS; tessatravels.example
Last-Attempt-Date: %%rfc0%%
"""),
   ("message/rfc822", """Return-Path: <support@example.test>
From: FlyNorth Customer Care <support@example.test>
To: Tessa Vaughn <t.vaughn@tessatravels.example>
Subject: Re: Lost bag, no callback, and a very patient audience
Date: %%rfc0%%
Message-ID: <t512880.21c9f0ae3b6d@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Dear Tessa,

We are very sorry that the promised callback did not happen. A baggage
supervisor will contact you today. We kindly ask you not to publish the
recording until we have had a chance to resolve this.

FlyNorth Customer Care
""")],
  headers=[("Return-Path", "<MAILER-DAEMON@relay.example.test>"), ("Auto-Submitted", "auto-generated (failure)")],
  bstyle="tb", preamble="This is a MIME-encapsulated message")

R("bounce", "en", "Postfix delayed-delivery DSN (Action: delayed), warning only",
  "MAILER-DAEMON@smtp.fastmail.example (Mail Delivery System)", "Delayed Mail (still being retried)",
  "delivery-status",
  [("text/plain", """This is the mail system at host smtp.fastmail.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<m.oyelaran@fastmail.example>: connect to mx2.fastmail.example[198.51.100.9]:25:
    Connection timed out
"""),
   ("message/delivery-status", """Reporting-MTA: dns; smtp.fastmail.example
X-Postfix-Queue-ID: 4YbQ0d6Hh2z1xvR
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: %%rfc0%%

Final-Recipient: rfc822; m.oyelaran@fastmail.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx2.fastmail.example[198.51.100.9]:25:
    Connection timed out
Will-Retry-Until: %%rfc%%
"""),
   ("text/rfc822-headers", """Return-Path: <support@example.test>
From: Telvia Mobile Support <support@example.test>
To: m.oyelaran@fastmail.example
Subject: Re: March bill still wrong
Date: %%rfc0%%
Message-ID: <t600214.5a8f3e2c11b0@escalated.example.test>
""")],
  headers=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")], bstyle="tb")

R("bounce", "en", "ARF abuse feedback report (feedback-report) about a desk reply",
  "Feedback Loop <fbl@mailbox-provider.example>", "Abuse Report",
  "feedback-report",
  [("text/plain", """This is an email abuse report for an email message received from IP
198.51.100.20 on %%rfc0%%.
For more information about this format please see
https://tools.ietf.org/html/rfc5965
"""),
   ("message/feedback-report", """Feedback-Type: abuse
User-Agent: ExampleFBL/1.2
Version: 1
Original-Mail-From: <support@example.test>
Arrival-Date: %%rfc0%%
Source-IP: 198.51.100.20
Reported-Domain: example.test
"""),
   ("message/rfc822", """From: Kivo Bank Support <support@example.test>
To: redacted@mailbox-provider.example
Subject: Re: money gone from my account
Date: %%rfc0%%
Message-ID: <t700332.c3d9e1a04f52@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

We have blocked your card and opened a fraud case for the unauthorised
payments. A refund decision will follow within 10 working days.
""")],
  headers=[("Auto-Submitted", "auto-generated")], bstyle="tb", preamble="")

A("bounce", "en", "Exim mailbox-full bounce (temporary turned permanent), plain text",
  "Mail Delivery System <MAILER-DAEMON@mx3.bhatt-traders.example>", "Mail delivery failed: returning message to sender",
"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  arjun.bhatt@bhatt-traders.example
    mailbox is full: retry timeout exceeded

------ This is a copy of the message's headers. ------

Return-path: <support@example.test>
From: Printhaus Support <support@example.test>
To: arjun.bhatt@bhatt-traders.example
Subject: Re: Bulk order 2,400 flyers wrong colour + invoice
Message-ID: <t801901.0e4c7b2fa913@escalated.example.test>
""", headers=[("Return-Path", "<>"), ("X-Failed-Recipients", "arjun.bhatt@bhatt-traders.example"),
              ("Auto-Submitted", "auto-replied")], pkg="plain8")

R("bounce", "en", "OpenSMTPD-style DSN, relay denied",
  "Mailer Daemon <MAILER-DAEMON@mx.okafor-design.example>", "Delivery status notification: error",
  "delivery-status",
  [("text/plain", """Hi!

This is the MAILER-DAEMON, please DO NOT REPLY to this email.

An error has occurred while attempting to deliver a message for
the following list of recipients:

ben@okafor-design.example: 550 5.7.1 Delivery not authorized, message refused

Below is a copy of the original message:
"""),
   ("message/delivery-status", """Reporting-MTA: dns; mx.okafor-design.example

Final-Recipient: rfc822; ben@okafor-design.example
Action: failed
Status: 5.7.1
"""),
   ("message/rfc822", """From: HostHarbor Support <support@example.test>
To: ben@okafor-design.example
Subject: Re: SITE DOWN
Date: %%rfc0%%
Message-ID: <t902117.8d1f3c0b5e24@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hi Ben, web14 is back online. The 503 errors were caused by a failed
load balancer. We apologise for the downtime.
""")],
  headers=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")], bstyle="tb")

R("bounce", "de", "Exchange-Unzustellbarkeitsbericht auf Deutsch",
  "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hahn-logistik.example>",
  "Unzustellbar: AW: Wechsel zum Jahresende", "delivery-status",
  [("text/plain", """Die Nachricht konnte nicht an folgende Empfänger oder Gruppen zugestellt
werden:

m.hahn@hahn-logistik.example
Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten
annehmen. Bitte versuchen Sie später erneut, die Nachricht zu senden,
oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: EX02.hahn-logistik.example

m.hahn@hahn-logistik.example
Remote Server returned '554 5.2.2 mailbox full'
"""),
   ("message/delivery-status", """Reporting-MTA: dns;EX02.hahn-logistik.example
Received-From-MTA: dns;out.example.test
Arrival-Date: %%rfc0%%

Final-Recipient: rfc822;m.hahn@hahn-logistik.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full
"""),
   ("text/rfc822-headers", """From: PayPilot Support <support@example.test>
To: Markus Hahn <m.hahn@hahn-logistik.example>
Subject: AW: Wechsel zum Jahresende
Date: %%rfc0%%
Message-ID: <t100442.a7c2e90f1d38@escalated.example.test>
""")],
  headers=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
  bstyle="ol", preamble="")

R("bounce", "fr", "rapport de non-remise en français (MTA type Postfix localisé)",
  "MAILER-DAEMON@smtp.courriel.example (Systeme de distribution du courrier)", "Message non délivré",
  "delivery-status",
  [("text/plain", """Ceci est le système de messagerie de smtp.courriel.example.

Nous avons le regret de vous informer que votre message n'a pas pu être
remis à un ou plusieurs destinataires. Le message est joint ci-dessous.

<camille.lefevre@courriel.example> : l'hôte mx.courriel.example a répondu :
550 5.1.1 Adresse du destinataire inconnue
"""),
   ("message/delivery-status", """Reporting-MTA: dns; smtp.courriel.example
Arrival-Date: %%rfc0%%

Final-Recipient: rfc822; camille.lefevre@courriel.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Adresse du destinataire inconnue
"""),
   ("message/rfc822", """From: Telvia Service Client <support@example.test>
To: camille.lefevre@courriel.example
Subject: Re: Prelevement en double
Date: %%rfc0%%
Message-ID: <t100871.3e5f9a2c0b17@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Bonjour Camille, nous avons bien rembours=C3=A9 le second pr=C3=A9l=C3=A8ve=
ment de 29,99 =E2=82=AC. Nous regrettons que vous souhaitiez r=C3=A9silier.
""")],
  headers=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")], bstyle="tb")

R("bounce", "es", "informe de no entrega de Office 365 en español",
  "Microsoft Outlook <postmaster@correo.example>", "No se puede entregar: Re: Cobro duplicado de la cuota",
  "delivery-status",
  [("text/plain", """No se pudo entregar el mensaje a estos destinatarios o grupos:

lucia.fernandez@correo.example
No se encontró la dirección de correo electrónico que escribió. Compruebe
la dirección de correo del destinatario e intente volver a enviar el
mensaje.

Información de diagnóstico para administradores:

Servidor de generación: DB8PR10MB3321.eurprd10.prod.outlook.example

Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'
"""),
   ("message/delivery-status", """Reporting-MTA: dns;DB8PR10MB3321.eurprd10.prod.outlook.example
Arrival-Date: %%rfc0%%

Final-Recipient: rfc822;lucia.fernandez@correo.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound
"""),
   ("text/rfc822-headers", """From: IronPeak Socios <support@example.test>
To: lucia.fernandez@correo.example
Subject: Re: Cobro duplicado de la cuota
Date: %%rfc0%%
Message-ID: <t101203.6b0d2e8f4a91@escalated.example.test>
""")],
  headers=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")], bstyle="ol", preamble="")

A("bounce", "en", "Courier-style plain bounce with Auto-Submitted; returned desk text mentions lawyer and court",
  "Courier mail server at mail.boyle-plumbing.example <MAILER-DAEMON@mail.boyle-plumbing.example>", "NOTICE: mail delivery status.",
"""This is a delivery status notification from mail.boyle-plumbing.example,
running the Courier mail server.

The original message was received on %%rfc0%%
from [198.51.100.20] (out.example.test)

---------------------------------------------------------------------------

                           UNDELIVERABLE MAIL

Your message to the following recipients cannot be delivered:

<trevor@boyle-plumbing.example>:
    mail.boyle-plumbing.example [203.0.113.50]:
<<< 550 User trevor@boyle-plumbing.example does not exist

---------------------------------------------------------------------------

Headers of the undelivered message follow:

From: Ledgerly Billing <support@example.test>
To: trevor@boyle-plumbing.example
Subject: Re: I'll see you in small claims
Message-ID: <t101551.9c4e0d7b2a63@escalated.example.test>
""", headers=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")], pkg="plain8")

# ===========================================================================
# Automated mail: lists and newsletters
# ===========================================================================

A("list", "en", "Mailman list post about an outage and a lawsuit: List-Id, Precedence: list",
  "Ola Lindberg <ola.lindberg@webhost-users.example>", "[hosting-users] Anyone else down since 06:00? Thinking about a class action lol",
"""Anyone else on the web14 cluster completely down since 06:00? All my
sites return 503 and support is silent. At this point I'm half joking
about a class action. Going to move to another provider if this keeps
happening.

Ola

_______________________________________________
hosting-users mailing list
hosting-users@lists.webhost-users.example
https://lists.webhost-users.example/mailman/listinfo/hosting-users
""", headers=[("List-Id", "Hosting users discussion <hosting-users.lists.webhost-users.example>"),
              ("List-Unsubscribe", "<https://lists.webhost-users.example/mailman/options/hosting-users>, <mailto:hosting-users-request@lists.webhost-users.example?subject=unsubscribe>"),
              ("List-Post", "<mailto:hosting-users@lists.webhost-users.example>"),
              ("Precedence", "list"), ("Sender", "hosting-users-bounces@lists.webhost-users.example")],
  to="hosting-users@lists.webhost-users.example", pkg="plain8")

A("list", "en", "vendor newsletter (bulk) with List-Unsubscribe and feature announcements",
  "Zendrix Product News <news@zendrix.example>", "New in May: escalation rules, SLA timers and more",
"""Hi there,

Here's what's new in Zendrix this month:

- Escalation rules: route tickets to a manager automatically.
- SLA timers: see at a glance when a ticket is about to breach.
- A brand-new dark mode (you asked, we listened).

Read the full release notes on our blog.

You are receiving this email because you signed up for Zendrix product
updates. Unsubscribe: https://zendrix.example/u/8812f
""", headers=[("List-Unsubscribe", "<https://zendrix.example/u/8812f>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
              ("X-Campaign-ID", "may-2025-product")], pkg="alt")

A("list", "en", "airline marketing bulk mail; 'cancel' and 'refund' appear as marketing copy",
  "FlyNorth Deals <deals@flynorth-mail.example>", "Flash sale: 48 hours only",
"""Flash sale! Fares to 40 destinations from $49, 48 hours only.

Plans change? Book with Flex and cancel for a full refund up to 24 hours
before departure.

Unsubscribe from marketing emails: https://flynorth-mail.example/unsub
FlyNorth Airways, 1 Example Way, Example City
""", headers=[("List-Unsubscribe", "<mailto:unsub-4471@flynorth-mail.example>, <https://flynorth-mail.example/unsub>"),
              ("Precedence", "bulk"), ("Feedback-ID", "fn:deals:esp")], pkg="html")

A("list", "en", "Google-Groups-style digest; a member complains and threatens to sue in the digest",
  "Smart Home Owners <smarthome-owners@groups.example>", "[smarthome-owners] Digest for smarthome-owners@groups.example - 3 updates in 2 topics",
"""smarthome-owners@groups.example
Today's topic summary

* Latchly lock opening by itself - 2 updates
* Best cameras for a garage - 1 update

Latchly lock opening by itself
  Kerry B <kerry.b@mailbox.example>: Same here, mine unlocked at 3am.
  Support keeps ignoring me. If someone gets hurt I'd sue them.
  Raj <raj@mailbox.example>: Firmware 4.2.2 fixed it for me.

Best cameras for a garage
  Luis <luis@mailbox.example>: Anything with PoE.

You received this digest because you're subscribed to updates for this
group. To unsubscribe, send an email to
smarthome-owners+unsubscribe@groups.example
""", headers=[("List-Id", "<smarthome-owners.groups.example>"),
              ("List-Unsubscribe", "<mailto:smarthome-owners+unsubscribe@groups.example>"),
              ("Precedence", "list"), ("Mailing-list", "list smarthome-owners@groups.example")],
  to="smarthome-owners@groups.example", pkg="plain8")

A("list", "en", "security advisory mailing list about a data breach at a vendor",
  "Payments Security Advisories <advisories@paysec-list.example>", "[ADVISORY] Credential leak affecting third-party payroll connector",
"""Advisory PSA-2025-07

A third-party payroll connector used by several payment providers was
found to expose API credentials in debug logs. Affected customers should
rotate keys immediately. No evidence of unauthorised access has been
found so far.

--
You are subscribed to the paysec advisories list.
Unsubscribe: https://paysec-list.example/unsubscribe
""", headers=[("List-Id", "Payments security advisories <advisories.paysec-list.example>"),
              ("List-Unsubscribe", "<https://paysec-list.example/unsubscribe>"),
              ("Precedence", "list")], pkg="qp")

A("list", "de", "deutscher Newsletter mit List-Unsubscribe und Precedence: bulk",
  "Buchhaltix Newsletter <newsletter@buchhaltix.example>", "Neu im Juni: DATEV-Export und E-Rechnung",
"""Hallo,

ab sofort können Sie Ihre Buchungsstapel direkt im DATEV-Format
exportieren. Außerdem unterstützt Buchhaltix jetzt den Empfang von
E-Rechnungen im XRechnung-Format.

Sie möchten diesen Newsletter nicht mehr erhalten? Abmelden:
https://buchhaltix.example/abmelden
""", headers=[("List-Unsubscribe", "<https://buchhaltix.example/abmelden>"), ("Precedence", "bulk")], pkg="alt")

A("list", "fr", "lettre d'information avec List-Unsubscribe",
  "Harborline Hôtels <infolettre@harborline-hotels.example>", "Vos offres de l'été : -20 % sur nos hôtels",
"""Bonjour,

Cet été, profitez de -20 % dans tous nos hôtels en France et en Espagne.
Annulation gratuite jusqu'à 48 h avant l'arrivée.

Pour vous désinscrire : https://harborline-hotels.example/desinscription
""", headers=[("List-Unsubscribe", "<https://harborline-hotels.example/desinscription>"),
              ("Precedence", "bulk")], pkg="html")

A("list", "es", "boletín con List-Id y List-Unsubscribe",
  "Boletín VeloNow <boletin@velonow.example>", "Novedades de junio en VeloNow",
"""Hola:

Este mes abrimos 12 nuevas estaciones y estrenamos las bicis con batería
de mayor autonomía. Recuerda que puedes reservar tu bici desde la app.

Si no quieres recibir más correos, date de baja aquí:
https://velonow.example/baja
""", headers=[("List-Id", "Boletin VeloNow <boletin.velonow.example>"),
              ("List-Unsubscribe", "<https://velonow.example/baja>"), ("Precedence", "bulk")], pkg="qp")

# ===========================================================================
# Automated mail: read receipts (MDN)
# ===========================================================================

R("receipt", "en", "Outlook read receipt (MDN, displayed)",
  "Gerald Mott <gerald.mott@mott-holdings.example>", "Read: Re: Invoice INV-2025-0871 - 48 desks, wrong finish",
  "disposition-notification",
  [("text/plain", """Your message

  To: Gerald Mott
  Subject: Re: Invoice INV-2025-0871 - 48 desks, wrong finish
  Sent: %%outlook%%

was read on %%outlook0%%.
"""),
   ("message/disposition-notification", """Reporting-UA: mott-holdings.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;gerald.mott@mott-holdings.example
Original-Message-ID: <t102004.ab3c9e1d70f2@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
""")], bstyle="ol", preamble="")

R("receipt", "en", "Thunderbird return receipt (displayed)",
  "Priya Raman <priya.raman@northgate-logistics.example>", "Return Receipt (displayed) - Re: Tax export broken again before renewal",
  "disposition-notification",
  [("text/plain", """This is a Return Receipt for the mail that you sent to
priya.raman@northgate-logistics.example.

Note: This Return Receipt only acknowledges that the message was displayed
on the recipient's computer. There is no guarantee that the recipient has
read or understood the message contents.
"""),
   ("message/disposition-notification", """Reporting-UA: laptop-pr.northgate-logistics.example; Thunderbird 128.5.0
Final-Recipient: rfc822;priya.raman@northgate-logistics.example
Original-Message-ID: <t102377.1f8e2c4a9b06@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
""")], bstyle="tb", preamble="This is a multi-part message in MIME format.")

R("receipt", "en", "MDN 'deleted without being read'",
  "Glen Hartigan <glen.h@mailbox.example>", "Not read: Re: who is above you",
  "disposition-notification",
  [("text/plain", """Your message

  To: Glen Hartigan
  Subject: Re: who is above you

was deleted without being read on %%outlook0%%.
"""),
   ("message/disposition-notification", """Reporting-UA: mailbox.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;glen.h@mailbox.example
Original-Message-ID: <t102590.0c7d3b8e2f15@escalated.example.test>
Disposition: manual-action/MDN-sent-automatically; deleted
""")], bstyle="ol", preamble="")

R("receipt", "de", "Lesebestätigung (MDN) auf Deutsch",
  "Uwe Schröder <uwe.schroeder@schroeder-elektro.example>", "Gelesen: AW: Alle Belege März weg!!",
  "disposition-notification",
  [("text/plain", """Ihre Nachricht

  An: Uwe Schröder
  Betreff: AW: Alle Belege März weg!!
  Gesendet: %%de_ol%%

wurde am %%de_ol0%% gelesen.
"""),
   ("message/disposition-notification", """Reporting-UA: schroeder-elektro.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;uwe.schroeder@schroeder-elektro.example
Original-Message-ID: <t102811.7e2a0f9c3d41@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
""")], bstyle="ol", preamble="")

R("receipt", "fr", "accusé de lecture (MDN) en français",
  "Olivier Mercier <olivier.mercier@mercier-bureaux.example>", "Lu : Re: Commande de 7 200 € – mobilier non conforme",
  "disposition-notification",
  [("text/plain", """Votre message

  À : Olivier Mercier
  Objet : Re: Commande de 7 200 € – mobilier non conforme
  Envoyé : %%fr_ol%%

a été lu le %%fr_ol0%%.
"""),
   ("message/disposition-notification", """Reporting-UA: mercier-bureaux.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;olivier.mercier@mercier-bureaux.example
Original-Message-ID: <t103042.4d9b1e7a0c28@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
""")], bstyle="ol", preamble="")

R("receipt", "es", "confirmación de lectura (MDN) en español",
  "Rodrigo Vargas <rodrigo.vargas@eventos-vargas.example>", "Leído: Evento de 15.000 € – habitaciones no disponibles",
  "disposition-notification",
  [("text/plain", """Su mensaje

  Para: Rodrigo Vargas
  Asunto: Evento de 15.000 € – habitaciones no disponibles
  Enviado: %%es_ol%%

ha sido leído el %%es_ol0%%.
"""),
   ("message/disposition-notification", """Reporting-UA: eventos-vargas.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;rodrigo.vargas@eventos-vargas.example
Original-Message-ID: <t103268.8a0e5c2f7b19@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
""")], bstyle="ol", preamble="")

# ===========================================================================
# Automated mail: the desk's own mail
# ===========================================================================

A("self", "en", "desk's own outgoing reply looped back (From support@example.test); text full of trigger words",
  "Customer Support <support@example.test>", "Re: I will take this to court",
"""Dear Mr Okoro,

I'm sorry to hear about the cancellation of your wedding block. I have
escalated your case to our hotel manager and our legal team, and we will
refund the full amount of GBP 12,400 within 5 working days. I understand
you were promised a callback last week that never happened; I apologise.

Kind regards,
Melissa Grant
Harborline Hotels Guest Relations
""", to="Stanley Okoro <stanley.okoro@mailbox.example>", msgid="<t103501.5f2c8e0d1a94@escalated.example.test>",
  irt="<20250611084412.77120@mailbox.example>")

A("self", "en", "desk notification with Message-ID @escalated.example.test from a different sender address",
  "Escalation Notifier <notify@example.test>", "[ESCALATED] legal_threat, billing_dispute - ticket #TR-11230",
"""A ticket has been escalated.

Ticket: TR-11230
Triggers: legal_threat, billing_dispute
Customer: Trevor Boyle
Summary: customer threatens small claims court over a $1,200 renewal
charge made after cancelling.

This message was generated automatically.
""", to="Escalations <escalations@example.test>", msgid="<n103744.e1a7c3f90b26@escalated.example.test>")

A("self", "en", "desk's own auto-acknowledgement sent back into its own mailbox",
  "Customer Support <support@example.test>", "We received your request [#HH-11853]",
"""Hello,

Thank you for contacting us. We have received your request and a member
of our team will reply within 24 hours. If your matter concerns an
urgent safety issue, please call us on 555-0100.

Your ticket number is HH-11853.

Customer Support
""", to="support@example.test", headers=[("Auto-Submitted", "auto-replied")])

A("self", "de", "eigene Antwort des Supports (From support@example.test) auf Deutsch",
  "Kundenservice <support@example.test>", "AW: Zum dritten Mal: Rückerstattung",
"""Sehr geehrte Frau Fuchs,

es tut uns sehr leid, dass die zugesagte Erstattung nicht erfolgt ist.
Wir haben Ihren Fall an unsere Vorgesetzte weitergeleitet; die 189 €
werden Ihnen innerhalb von drei Werktagen gutgeschrieben.

Mit freundlichen Grüßen
Ihr TripNest Kundenservice
""", to="Renate Fuchs <renate.fuchs@mailbox.example>", msgid="<t104002.2c8b0e9d3f71@escalated.example.test>")

A("self", "fr", "réponse du support lui-même, Message-ID @escalated.example.test",
  "Service Client <support@example.test>", "Re: Fuite de données – signalement à la CNIL",
"""Madame Garnier,

Nous vous remercions de votre signalement. Nous avons immédiatement
désactivé l'envoi des bilans mensuels et notifié la CNIL de cette
violation de données. Notre délégué à la protection des données vous
contactera personnellement.

Le service client Sprout Academy
""", to="Sophie Garnier <sophie.garnier@courriel.example>", msgid="<t104315.9e0a4c7b1d52@escalated.example.test>")

A("self", "es", "respuesta del propio soporte (From support@example.test) en español",
  "Atención al Cliente <support@example.test>", "Re: ESTO ES INACEPTABLE",
"""Estimada Beatriz:

Lamentamos mucho la caída del servicio. Hemos escalado su caso a un
responsable y un técnico la llamará hoy. Le pedimos disculpas por las
molestias.

Atención al Cliente Latchly
""", to="Beatriz Molina <beatriz.molina@correo.example>", msgid="<t104588.3b7f2d0e9c16@escalated.example.test>")

# ===========================================================================
# English customer mail with triggers (part 4)
# ===========================================================================

C("en", "Desmond Achterberg <desmond.a@mailbox.example>", "need a name and address, not a chatbot",
  "corporate_contact_request", "-",
  "wants the head-office postal address and switchboard number, explicitly not the support line",
"""I don't want the support number again. I want the postal address of
your head office and a switchboard number there, somewhere a letter will
actually be opened. Is that so hard?

Desmond
""")

C("en", "Yolanda Price <yolanda.price@mailbox.example>", "Who do I write to at corporate?",
  "corporate_contact_request", "other",
  "asks for the corporate office phone number and address; explicitly not the 0800 support line",
"""Hi,

Could you give me the phone number for your corporate office — not the
0800 customer line, I have that — and the address of your UK
headquarters? I have a formal complaint about the e-bike parking fines
that I'd like to send in writing.

Thanks,
Yolanda Price
""")

C("en", "Bruno Castellanos <bruno.castellanos@mailbox.example>", "Re: Claim declined",
  "corporate_contact_request legal_threat", "quoted",
  "asks for the legal department's email so his lawyer can write; quoted desk text mentions 'appeal' and 'ombudsman'",
"""Please send me the email address of your legal department. My lawyer
will be writing to them directly about the declined claim for Luna's
surgery.

Bruno

On %%gmail%% PawShield Claims <support@example.test> wrote:
> Dear Bruno,
> Your claim has been declined under exclusion 4.2 (pre-existing
> conditions). If you disagree, you can appeal within 30 days, and you
> may also refer the matter to the ombudsman.
""", irt="desk")

C("en", "Tiffany Osei <tiffany.osei@mailbox.example>", "Board of directors contact",
  "corporate_contact_request executive_contact", "-",
  "asks for the chairman's and board's mailing address to write to them",
"""Hello,

What is the correct mailing address for your chairman and the board of
directors? I will be writing to them about the way my late mother's policy
was handled after she died.

Tiffany Osei
""")

C("en", "Anil Kapoor <anil.kapoor@mailbox.example>", "please give me email of big boss",
  "corporate_contact_request executive_contact", "-",
  "non-native English; asks for the 'big boss' (CEO) email to write him",
"""Hello, please can you give me the email of your big boss, the CEO of
company, I want write to him directly because my money is stuck 3 weeks
in your app and nobody help me. Transfer ID PB-330918.

Thank you
Anil
""")

C("en", "Margot Ellery <margot.ellery@mailbox.example>", "Fwd: my letter to your CEO",
  "executive_contact", "quoted",
  "says she has sent the forwarded letter to the CEO; forwarded part does not count but her own sentence does",
"""For your records: the letter below went to your CEO by post and email
this morning.

Margot Ellery

---------- Forwarded message ---------
From: Margot Ellery <margot.ellery@mailbox.example>
Date: %%gmail%%
Subject: my letter to your CEO
To: ceo-office@harborline.example

Dear Ms Hartley, I am writing about my stay at your Leeds hotel...
""")

C("en", "Chen Wei <chen.wei@mailbox.example>", "my account was emptied",
  "security_incident", "-",
  "run-on phone mail: account takeover and money moved out",
"""someone got into my account last night changed my email and moved 2
transfers out to an account i dont know, i still have my phone with me
and i never got any code, please freeze everything now and call me
555-0136 i am really scared
""")

C("en", "Brigitte Olander <brigitte.olander@mailbox.example>", "Strange emails from your system",
  "security_incident technical_issue", "-",
  "password reset emails showing other customers' emails: product exposes data",
"""Hello,

I requested a password reset this morning and got seven reset emails
within a minute, each addressed to a different customer ("Hi Jonas",
"Hi Amira" etc.) with their email address and a working reset link. I
did not click any of them. Your reset system is sending other people's
links to me.

Brigitte Olander
""")

C("en", "Jamal Whitaker <jamal.whitaker@mailbox.example>", "My saved addresses and cards vanished",
  "data_loss technical_issue", "-",
  "saved addresses and payment methods disappeared from the app",
"""Hey, after logging in on my new phone, my 6 saved addresses, my two
cards and all my past orders are gone from the app. It's like a fresh
account, but it's the same email. Can you get them back?

Jamal
""")

C("en", "Cordelia Banks <cordelia.banks@mailbox.example>", "spreadsheet of 2 years of bookings",
  "data_loss technical_issue", "-",
  "two years of stored trip history no longer shown in the portal: data lost inside the product (technical by convention)",
"""Hello,

Our company travel history in TripNest for Business (2023-2025, about
900 trips) no longer appears under Reports. The page says "No trips
found". We use it for expense audits. Where has it gone?

Cordelia Banks
""")

C("en", "Nigel Thorpe <nigel.thorpe@mailbox.example>", "Feature suggestion — recurring print orders",
  "feature_request", "-",
  "asks for a subscription/recurring order option without saying 'feature'",
"""Hi,

We order the same 500 letterheads every quarter. Would you consider
letting us set that up as a standing order that just repeats
automatically? Saves me remembering.

Nigel Thorpe
""")

C("en", "Esther Moyo <esther.moyo@mailbox.example>", "please support Apple Wallet",
  "feature_request", "-",
  "asks for Apple Wallet membership card support",
"""Hi IronPeak, please support Apple Wallet for the membership QR code.
Opening the app at the turnstile with gloves on is a pain. Thanks!

Esther
""")

C("en", "Victor Lindqvist <victor.lindqvist@mailbox.example>", "Will be blogging about this",
  "media_threat billing_dispute", "-",
  "disputes 79 USD 'inactivity fee'; will write it up on his personal finance blog",
"""You charged me a $79.00 "account inactivity fee" on a savings account
I use every month. I write a fairly well-read personal finance blog and
this is going to be this week's cautionary tale unless the fee is
refunded.

Victor
""")

C("en", "Ingrid Moss <ingrid.moss@mailbox.example>", "BBC consumer programme",
  "media_threat broken_promise", "-",
  "has contacted a TV consumer programme; replacement promised twice not delivered",
"""Dear Oakroom,

In April I was promised a replacement for the collapsed bed frame
"within 10 days". It has been seven weeks. I have contacted a TV
consumer programme and sent them my photos and your emails. They have
asked for my permission to name your company.

Ingrid Moss
""")

C("en", "Kelechi Nwankwo <kelechi.nwankwo@mailbox.example>", "Treatment by your staff at Gatwick",
  "discrimination_harassment manager_request", "-",
  "racial profiling by check-in staff; asks for someone senior",
"""I was singled out at your Gatwick check-in desk and the only passenger
in the queue asked to show my passport three times and to open my
luggage, while the agent said to her colleague "you know what they're
like". I'm a British citizen flying to a family wedding.

I'd like this looked at by someone senior in your customer relations
team, not answered with a template.

Kelechi Nwankwo
""")

C("en", "Sarah Goldberg <sarah.goldberg@mailbox.example>", "Comments from your personal trainer",
  "discrimination_harassment", "-",
  "antisemitic remarks by a trainer",
"""During my induction session on Saturday, the trainer (Mark) made a
"joke" about my Star of David necklace and money, and then another one
when I didn't laugh. I left halfway through. I don't think I should have
to put up with that at a gym I pay for.

Sarah Goldberg
""")

C("en", "Howard Blackwood <howard.blackwood@blackwood-estates.example>", "Legal",
  "legal_threat high_value_order technical_issue", "-",
  "smart-lock contract for 60 units (GBP 21,600) with locks failing; 'we will be issuing proceedings'",
"""Sirs,

Your company installed Latchly locks on all 60 flats at Hawthorn Court
under contract LT-B-0081 (GBP 21,600). Since installation, residents have
been locked out on 14 separate occasions. Your engineers have not
resolved the issue.

Unless a permanent fix is agreed by the end of this month, we will be
issuing proceedings to recover the contract price and our costs.

Howard Blackwood
Blackwood Estates
""")

C("en", "Pauline Dyer <pauline.dyer@mailbox.example>", "Consider this my notice",
  "legal_threat severe_dissatisfaction billing_dispute broken_promise", "-",
  "'I will see you in court' meant as a real threat; 'sickening' strong; disputes the 250 GBP fee the agent said would be waived (broken promise)",
"""Taking £250 from a pensioner for a "cancellation fee" on a hotel I was
too ill to travel to, after your own agent told me on the phone it would
be waived, is sickening. I will see you in court if I have to.

Pauline Dyer
""")

C("en", "Rolf Andersen <rolf.andersen@andersen-bikes.example>", "Fleet contract — 40 bikes not delivered",
  "high_value_order broken_promise", "-",
  "business fleet rental contract of EUR 18,000 with bikes not delivered on the promised date",
"""Hello,

Under our fleet agreement (VN-FLEET-220, EUR 18,000 for 12 months) you
confirmed in writing that 40 cargo e-bikes would be delivered to our
depot on 2 June. None have arrived, and our couriers are on foot.

Please tell me when they will be delivered.

Rolf Andersen
""")

C("en", "Molly Harkness <molly.harkness@mailbox.example>", "The lock battery is swelling",
  "safety", "-",
  "swollen, hot lock battery pack: fire/burn hazard",
"""Hi,

The battery pack in my Latchly Pro has swollen so much that the cover
has popped off, and it's warm to the touch even though the lock isn't
doing anything. I've taken it outside and put it on the patio. Is it
safe to dispose of, and should other customers be warned?

Molly
""")

C("en", "Aaron Feld <aaron.feld@mailbox.example>", "Cable in the kids' tablet case",
  "safety", "-",
  "charging cable in the education app's kids' tablet bundle gave the child an electric shock",
"""Hello,

We bought the Sprout Academy tablet bundle in March. Yesterday my son
got an electric shock from the charging cable that came with it — the
insulation is split near the plug and you can see the copper. He's fine,
but he was crying and his fingers are red. I've thrown the cable away.

Aaron Feld
""")

C("en", "Gemma Rowley <gemma.rowley@mailbox.example>", "Can't get into my account at all",
  "outage technical_issue", "-",
  "no one can log in to the pet insurance portal; 'every time'",
"""Hi, your customer portal has been refusing every login since
yesterday afternoon — mine, my husband's, and my neighbour's too. It
just says "We're having trouble, please try again later". The app is the
same. I need to submit a vet invoice before the deadline on Friday.

Gemma
""")

C("en", "Ruairi Byrne <ruairi.byrne@mailbox.example>", "We're done after this year",
  "cancellation_threat", "-",
  "says they won't renew the team plan; no 'cancel'",
"""Hi,

I'll save you the survey: we won't be renewing the Ledgerly Team plan in
September. Three price increases in 18 months for the same features is
more than a five-person firm can justify.

Ruairi Byrne
""")

# ===========================================================================
# Late additions: subject-only triggers and localized forwarded blocks
# ===========================================================================

C("en", "Darren Moffat <darren.moffat@mailbox.example>", "Fourth email about the same parcel",
  "repeat_contact", "-",
  "repeat_contact only from the subject (subjects are the customer's own words); body is neutral",
"""Tracking for order TH-930118 still says "label created". It's been
twelve days. Can you tell me where it actually is?

Darren
""")

C("en", "Lottie Akers <lottie.akers@mailbox.example>", "Fix the login or I'm taking my business elsewhere",
  "cancellation_threat technical_issue", "conditional",
  "conditional threat to leave stated only in the subject; body reports a login error on one staff account",
"""Hi,

Our receptionist can't sign in to the staff portal: after entering the
password she gets "Error 1042: session could not be created". Everyone
else at the studio can log in fine. We've reset her password twice.

Lottie Akers
Akers Pilates Studio
""")

C("de", "Ralf Neumann <ralf.neumann@mailbox.example>", "WG: Beschwerde",
  "-", "quoted",
  "leitet die wütende Mail seiner Frau weiter (Anwalt, Frechheit); eigene Worte nur eine sachliche Frage; weitergeleiteter Betreff zählt nicht",
"""Hallo,

meine Frau hat Ihnen unten geschrieben, die Sache hat sich aber
inzwischen geklärt. Ich hätte nur noch eine Frage: Kann ich die
Rechnung für die Hotelbuchung auf meine Firma ausstellen lassen?

Gruß
Ralf Neumann

---------- Weitergeleitete Nachricht ---------
Von: Petra Neumann <petra.neumann@mailbox.example>
Datum: %%de%%
Betreff: Beschwerde
An: <support@example.test>

Das ist eine Frechheit! Wenn das Zimmer nicht sofort getauscht wird,
schalte ich meinen Anwalt ein.
""")

C("es", "Verónica Lara <veronica.lara@correo.example>", "RV: Queja de mi madre",
  "manager_request severe_dissatisfaction", "quoted",
  "reenvía la queja de su madre (no cuenta) y añade sus propias palabras: exige un supervisor y 'es indignante'",
"""Les reenvío la queja que mi madre les mandó hace una semana y que nadie
ha contestado. Es indignante que una señora de 80 años tenga que
esperar así. Quiero que un supervisor se haga cargo del caso hoy mismo.

Verónica Lara

---------- Mensaje reenviado ---------
De: Amparo Lara <amparo.lara@correo.example>
Fecha: %%es2%%
Asunto: Queja
Para: <support@example.test>

Buenas, el técnico no vino a instalar la cámara el martes como quedamos.
""")

C("fr", "Yannick Rey <yannick.rey@courriel.example>", "TR: Facture erronée",
  "repeat_contact billing_dispute", "quoted",
  "troisième relance en propres mots; conteste 18 EUR de frais d'impression; le message transféré est le sien mais ne compte pas",
"""Bonjour,

Je vous transfère mon message du mois dernier. C'est ma troisième
relance : les 18,00 € de « frais de traitement de fichier » sur la
facture IM-2025-0912 ne figuraient pas sur le devis. Merci de les
retirer.

Yannick Rey

-------- Message transféré --------
Sujet : Facture erronée
Date : %%fr2%%
De : Yannick Rey <yannick.rey@courriel.example>
Pour : support@example.test

Bonjour, je ne comprends pas les frais de traitement sur ma facture.
""")

# ---------------------------------------------------------------------------
# Packaging engine
# ---------------------------------------------------------------------------

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]


def _h12(d):
    h = d.hour % 12 or 12
    return "%d:%02d %s" % (h, d.minute, "AM" if d.hour < 12 else "PM")


def fmt_quote_date(style, d):
    wd, mo = d.weekday(), d.month - 1
    if style == "gmail":
        return "%s, %s %d, %d at %s" % (EN_DAYS[wd][:3], EN_MON[mo][:3], d.day, d.year, _h12(d))
    if style == "apple":
        return "%d %s %d, at %02d:%02d" % (d.day, EN_MON[mo][:3], d.year, d.hour, d.minute)
    if style == "outlook":
        return "%s, %s %d, %d %s" % (EN_DAYS[wd], EN_MON[mo], d.day, d.year, _h12(d))
    if style == "de":
        return "%s., %d. %s %d um %02d:%02d Uhr" % (DE_DAYS[wd][:2], d.day, DE_MON[mo], d.year, d.hour, d.minute)
    if style == "detb":
        return "%02d.%02d.%d um %02d:%02d" % (d.day, d.month, d.year, d.hour, d.minute)
    if style == "de_ol":
        return "%s, %d. %s %d %02d:%02d" % (DE_DAYS[wd], d.day, DE_MON[mo], d.year, d.hour, d.minute)
    if style == "fr":
        return "%s. %d %s %d à %02d:%02d" % (FR_DAYS[wd][:3], d.day, FR_MON[mo], d.year, d.hour, d.minute)
    if style == "fr_ol":
        return "%s %d %s %d %02d:%02d" % (FR_DAYS[wd], d.day, FR_MON[mo], d.year, d.hour, d.minute)
    if style == "es":
        return "%s, %d %s %d a las %d:%02d" % (ES_DAYS[wd][:3], d.day, ES_MON[mo][:3], d.year, d.hour, d.minute)
    if style == "es_ol":
        return "%s, %d de %s de %d %d:%02d" % (ES_DAYS[wd], d.day, ES_MON[mo], d.year, d.hour, d.minute)
    if style == "iso":
        return "%d-%02d-%02d %02d:%02d" % (d.year, d.month, d.day, d.hour, d.minute)
    if style == "rfc":
        return format_datetime(d)
    if style == "qmail":
        return "%d %s %d %02d:%02d:%02d %s" % (d.day, EN_MON[mo][:3], d.year, d.hour, d.minute,
                                               d.second, d.strftime("%z"))
    if style == "ymd":
        return "%d%02d%02d%02d%02d%02d" % (d.year, d.month, d.day, d.hour, d.minute, d.second)
    raise ValueError(style)


TZ = {
    "en": [-300, -300, -240, -480, -420, 0, 0, 60, 60, 600],
    "de": [60, 120],
    "fr": [60, 120],
    "es": [60, 120, -360, -300, -180],
}


def pick_date(rng, lang):
    base = datetime.datetime(2025, 1, 6, 0, 0)
    d = base + datetime.timedelta(days=rng.randrange(0, 290),
                                  minutes=rng.randrange(6 * 60, 23 * 60 + 50),
                                  seconds=rng.randrange(60))
    off = rng.choice(TZ[lang])
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(minutes=off)))


def quote_dates(date, rng):
    """%%style%% = 1-3 days before the message, %%style2%% = a week or so
    before that, %%style0%% = a few minutes before (for bounce reports)."""
    q1 = date - datetime.timedelta(days=rng.randrange(1, 4))
    q1 = q1.replace(hour=rng.randrange(8, 19), minute=rng.randrange(60), second=rng.randrange(60))
    q2 = q1 - datetime.timedelta(days=rng.randrange(2, 8))
    q2 = q2.replace(hour=rng.randrange(8, 20), minute=rng.randrange(60))
    q0 = date - datetime.timedelta(seconds=rng.randrange(20, 900))
    return {"": q1, "2": q2, "0": q0}


def fill_dates(text, qd):
    def rep(m):
        return fmt_quote_date(m.group(1), qd[m.group(2)])
    return re.sub(r"%%([a-z_]+?)([02]?)%%", rep, text)


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def qp_encode(data):
    out = []
    for line in data.split(b"\r\n"):
        toks = []
        n = len(line)
        for i, b in enumerate(line):
            if (33 <= b <= 126 and b != 61) or (b in (9, 32) and i != n - 1):
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\r\n".join(out).encode("ascii")


def b64_encode(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n").rstrip(b"\r\n")


def encode_body(text, charset, cte):
    data = crlf(text).encode(charset)
    if cte == "quoted-printable":
        return qp_encode(data)
    if cte == "base64":
        return b64_encode(data)
    if cte == "7bit":
        data.decode("ascii")
    return data


def fold(name, value):
    line = "%s: %s" % (name, value)
    if len(line) <= 78 or " " not in value:
        return line
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 78 and cur.strip() and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\r\n".join(lines)


def enc_header_text(name, value, rng):
    if value.isascii():
        return fold(name, value)
    from email.charset import Charset, QP
    choice = rng.random()
    if choice < 0.3 and _encodable(value, "iso-8859-1"):
        h = Header(value, "iso-8859-1", header_name=name)
    elif choice < 0.55:
        cs = Charset("utf-8")
        cs.header_encoding = QP
        h = Header(value, cs, header_name=name)
    else:
        h = Header(value, "utf-8", header_name=name)
    return "%s: %s" % (name, h.encode(linesep="\r\n"))


def enc_addr(addrspec, rng):
    name, addr = parseaddr(addrspec)
    if not name:
        return "<%s>" % addr if rng.random() < 0.3 else addr
    if name.isascii():
        return formataddr((name, addr))
    cs = "iso-8859-1" if (_encodable(name, "iso-8859-1") and rng.random() < 0.3) else "utf-8"
    return formataddr((name, addr), charset=cs)


def _encodable(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def to_html(text, entities=False):
    out, depth = [], 0
    for ln in text.split("\n"):
        m = re.match(r"^((?:> ?)+)", ln)
        lvl = m.group(1).count(">") if m else 0
        content = ln[len(m.group(1)):] if m else ln
        while depth < lvl:
            out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            depth += 1
        while depth > lvl:
            out.append("</blockquote>")
            depth -= 1
        esc = html.escape(content, quote=False)
        if entities:
            esc = "".join(("&%s;" % codepoint2name[ord(c)]) if ord(c) > 127 and ord(c) in codepoint2name
                          else ("&#%d;" % ord(c) if ord(c) > 127 else c) for c in esc)
        out.append("<div>%s</div>" % esc if content else "<div><br></div>")
    while depth > 0:
        out.append("</blockquote>")
        depth -= 1
    cs = "us-ascii" if entities else "utf-8"
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '</head>\n<body dir="ltr" style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n'
            % cs) + "\n".join(out) + "\n</body>\n</html>\n"


def tiny_png(seed):
    import struct
    import zlib
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    w, h = 4, 3
    raw = b"".join(b"\x00" + bytes(((seed * 7 + x * 31 + y * 17) % 256 for x in range(w * 3))) for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(title):
    t = title.encode("ascii", "replace")
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            b"4 0 obj<</Title(" + t + b")>>endobj\n"
            b"trailer<</Root 1 0 R/Info 4 0 R>>\n%%EOF\n")


def attachment(fname, rng):
    ext = fname.rsplit(".", 1)[-1].lower()
    if ext == "png":
        return "image/png", None, tiny_png(rng.randrange(1000))
    if ext in ("jpg", "jpeg"):
        return "image/jpeg", None, (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
                                   + bytes(rng.randrange(256) for _ in range(40)) + b"\xff\xd9")
    if ext == "pdf":
        return "application/pdf", None, tiny_pdf(fname)
    if ext == "csv":
        rows = ["date;reference;amount"] + ["2025-%02d-%02d;REF%05d;%d.%02d" % (
            rng.randrange(1, 13), rng.randrange(1, 29), rng.randrange(99999),
            rng.randrange(5, 900), rng.randrange(100)) for _ in range(5)]
        return "text/csv", "us-ascii", ("\r\n".join(rows) + "\r\n").encode("ascii")
    if ext in ("txt", "log"):
        lines = ["%02d:%02d:%02d app[%d]: request id=%08x status=%s" % (
            rng.randrange(24), rng.randrange(60), rng.randrange(60), rng.randrange(100, 999),
            rng.randrange(16 ** 8), rng.choice(["ok", "retry", "timeout", "ok"])) for _ in range(6)]
        return "text/plain", "us-ascii", ("\r\n".join(lines) + "\r\n").encode("ascii")
    return "application/octet-stream", None, bytes(rng.randrange(256) for _ in range(64))


def boundary(rng, style=None):
    style = style or rng.choice(["apple", "gmail", "ol", "tb"])
    if style == "apple":
        return "Apple-Mail=_%08X-%04X-%04X-%04X-%012X" % (
            rng.randrange(16 ** 8), rng.randrange(16 ** 4), rng.randrange(16 ** 4),
            rng.randrange(16 ** 4), rng.randrange(16 ** 12))
    if style == "gmail":
        return "000000000000%012x" % rng.randrange(16 ** 12)
    if style == "ol":
        return "_000_%s_" % "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(36))
    return "------------%s" % "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdef") for _ in range(24))


MAILERS = [
    ("X-Mailer", "Apple Mail (2.3774.600.62)"),
    ("X-Mailer", "iPhone Mail (21F90)"),
    ("User-Agent", "Mozilla Thunderbird"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("User-Agent", "Roundcube Webmail/1.6.9"),
    None, None, None,
]


class Part:
    """Minimal MIME node serialised by hand so the bytes are exactly ours."""

    def __init__(self, headers, body=b"", children=None, boundary=None, preamble=None):
        self.headers, self.body, self.children = headers, body, children
        self.boundary, self.preamble = boundary, preamble

    def serialise(self):
        out = [h for h in self.headers]
        head = "\r\n".join(out).encode("ascii") + b"\r\n\r\n"
        if self.children is None:
            body = self.body
            if body and not body.endswith(b"\r\n"):
                body += b"\r\n"
            return head + body
        b = self.boundary.encode("ascii")
        chunks = [head]
        if self.preamble:
            chunks.append(crlf(self.preamble).encode("ascii") + b"\r\n\r\n")
        for ch in self.children:
            chunks.append(b"--" + b + b"\r\n" + ch.serialise() + b"\r\n")
        chunks.append(b"--" + b + b"--\r\n")
        return b"".join(chunks)


def text_leaf(text, subtype, rng, pkg):
    """pkg: plain8 | qp | b64 | legacy | ascii-entities."""
    if pkg == "legacy":
        for cs in rng.sample(["iso-8859-1", "iso-8859-15", "windows-1252"], 3):
            if _encodable(text, cs):
                break
        else:
            cs = "utf-8"
        cte = rng.choice(["8bit", "8bit", "quoted-printable"])
    elif pkg == "entities":
        cs, cte = "us-ascii", rng.choice(["7bit", "quoted-printable"])
    else:
        cs = "utf-8"
        if text.isascii() and rng.random() < 0.5:
            cs = "us-ascii"
        cte = {"plain8": "8bit" if not text.isascii() else "7bit",
               "qp": "quoted-printable", "b64": "base64"}[pkg]
    if subtype == "html":
        text = re.sub(r"(<meta [^>]*charset=)[\w-]+", lambda m: m.group(1) + cs, text)
    q = '"%s"' % cs if rng.random() < 0.5 else cs
    hdrs = ["Content-Type: text/%s; charset=%s" % (subtype, q),
            "Content-Transfer-Encoding: %s" % cte]
    return Part(hdrs, encode_body(text, cs, cte))


def choose_pkg(rng, text):
    opts = [("plain8", 24), ("qp", 14), ("b64", 8), ("alt", 22), ("html", 8), ("mixed", 9)]
    if not text.isascii() and any(_encodable(text, c) for c in ("iso-8859-1", "iso-8859-15", "windows-1252")):
        opts.append(("legacy", 16))
    tot = sum(w for _, w in opts)
    r = rng.uniform(0, tot)
    for p, w in opts:
        r -= w
        if r <= 0:
            return p
    return opts[-1][0]


def body_part(text, pkg, rng, attach_name=None):
    if pkg in ("plain8", "qp", "b64", "legacy"):
        return text_leaf(text, "plain", rng, pkg)
    if pkg == "html":
        ent = rng.random() < 0.5
        return text_leaf(to_html(text, ent), "html", rng, "entities" if ent else rng.choice(["qp", "plain8", "b64"]))
    if pkg == "alt":
        tp = text_leaf(text, "plain", rng, rng.choice(["plain8", "qp", "qp", "b64"]))
        hp = text_leaf(to_html(text), "html", rng, rng.choice(["qp", "qp", "b64", "plain8"]))
        bnd = boundary(rng)
        return Part(['Content-Type: multipart/alternative; boundary="%s"' % bnd], children=[tp, hp], boundary=bnd)
    if pkg == "mixed":
        inner = body_part(text, rng.choice(["plain8", "qp", "alt"]), rng)
        fname = attach_name or rng.choice(["screenshot.png", "Screenshot 2025-03-11 at 09.14.02.png",
                                           "scan.pdf", "IMG_4471.jpg", "export.csv", "app.log"])
        ctype, cs, data = attachment(fname, rng)
        ct = ctype + ('; charset=%s' % cs if cs else "") + '; name="%s"' % fname
        if cs:
            att = Part(["Content-Type: " + ct, 'Content-Disposition: attachment; filename="%s"' % fname,
                        "Content-Transfer-Encoding: 7bit"], data)
        else:
            att = Part(["Content-Type: " + ct, 'Content-Disposition: attachment; filename="%s"' % fname,
                        "Content-Transfer-Encoding: base64"], b64_encode(data))
        bnd = boundary(rng)
        return Part(['Content-Type: multipart/mixed; boundary="%s"' % bnd], children=[inner, att], boundary=bnd)
    raise ValueError(pkg)


def msgid_for(addr, rng, date, auto=False):
    dom = addr.split("@", 1)[1] if "@" in addr else "mail.example"
    style = rng.randrange(1, 4) if (auto or "gmail" not in dom) else 0
    if style == 0:
        return "<CA%s%s@mail.%s>" % ("".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_")
                                            for _ in range(38)), "", "gmail.example")
    if style == 1:
        return "<%08X-%04X-%04X-%04X-%012X@%s>" % (rng.randrange(16 ** 8), rng.randrange(16 ** 4),
                                                  rng.randrange(16 ** 4), rng.randrange(16 ** 4),
                                                  rng.randrange(16 ** 12), dom)
    if style == 2:
        return "<%s.%d@%s>" % (date.strftime("%Y%m%d%H%M%S"), rng.randrange(10 ** 6), dom)
    return "<%s@%s>" % ("".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(20)), dom)


def desk_id(rng):
    return "<t%06d.%s@escalated.example.test>" % (rng.randrange(10 ** 6),
                                                  "".join(rng.choice("0123456789abcdef") for _ in range(12)))


def build(m, idx):
    rng = random.Random("%d:%d" % (SEED, idx))
    kw = m["kw"]
    date = pick_date(rng, m["lang"])
    qd = quote_dates(date, rng)
    body_text = fill_dates(m.get("body", ""), qd)
    name, addr = parseaddr(m["frm"])
    hdrs = []
    if m["cat"] == "customer" and rng.random() < 0.45:
        hdrs.append("Return-Path: <%s>" % addr)
        hdrs.append(fold("Received", "from mail.%s (mail.%s [192.0.2.%d]) by mx.example.test "
                         "(Postfix) with ESMTPS id %X for <%s>; %s" % (
                             addr.split("@")[1], addr.split("@")[1], rng.randrange(2, 250),
                             rng.randrange(16 ** 10), kw.get("to_addr", DESK), format_datetime(date))))
    for h in m.get("headers", []):
        if h[0] in ("Return-Path", "Received", "Delivered-To", "X-Original-To"):
            hdrs.append(fold(h[0], fill_dates(h[1], qd)))
    hdrs.append("Date: " + format_datetime(date))
    hdrs.append("From: " + enc_addr(m["frm"], rng))
    desk_to = rng.choice(["Customer Support <%s>" % DESK, "Support <%s>" % DESK, DESK,
                          "Customer Care <%s>" % DESK, "<%s>" % DESK])
    to = kw.get("to", desk_to if m["cat"] == "customer" else DESK)
    hdrs.append(fold("To", ", ".join(enc_addr(t.strip(), rng) for t in to.split(";"))))
    if kw.get("cc"):
        hdrs.append(fold("Cc", ", ".join(enc_addr(t.strip(), rng) for t in kw["cc"].split(";"))))
    hdrs.append(enc_header_text("Subject", m["subj"], rng))
    mid = kw.get("msgid") or msgid_for(addr, rng, date, m["cat"] != "customer")
    hdrs.append("Message-ID: " + mid)
    irt = kw.get("irt")
    if irt == "desk":
        d = desk_id(rng)
        hdrs.append("In-Reply-To: " + d)
        hdrs.append("References: " + (msgid_for(addr, rng, date) + "\r\n " if rng.random() < 0.5 else "") + d)
    elif irt == "own":
        o = msgid_for(addr, rng, date)
        hdrs.append("In-Reply-To: " + o)
        hdrs.append("References: " + o)
    elif irt:
        hdrs.append("In-Reply-To: " + irt)
        hdrs.append("References: " + irt)
    for h in m.get("headers", []):
        if h[0] not in ("Return-Path", "Received", "Delivered-To", "X-Original-To"):
            hdrs.append(fold(h[0], fill_dates(h[1], qd)))
    if m["cat"] == "customer":
        mailer = rng.choice(MAILERS)
        if mailer:
            hdrs.append("%s: %s" % mailer)
    hdrs.append("MIME-Version: 1.0")

    if m.get("shape") == "report":
        bnd = boundary(rng, kw.get("bstyle"))
        children = []
        for ctype, text in m["parts"]:
            text = fill_dates(text, qd) if isinstance(text, str) else tuple(fill_dates(t, qd) for t in text)
            if ctype == "text/plain" or ctype == "text/html":
                sub = ctype.split("/")[1]
                pk = kw.get("textpkg", "plain8")
                children.append(text_leaf(text, sub, rng, pk))
            elif ctype == "alt":
                tp = text_leaf(text[0], "plain", rng, "qp")
                hp = text_leaf(text[1], "html", rng, "qp")
                b2 = boundary(rng, "ol")
                children.append(Part(['Content-Type: multipart/alternative; differences=Content-Type;\r\n\tboundary="%s"' % b2],
                                     children=[tp, hp], boundary=b2))
            else:
                ph = ["Content-Type: " + ctype]
                if ctype == "message/rfc822" and rng.random() < 0.5:
                    ph.append("Content-Description: Undelivered Message")
                children.append(Part(ph, crlf(text).encode("ascii")))
        top = Part(["Content-Type: multipart/report; report-type=%s;\r\n\tboundary=\"%s\"" % (m["report_type"], bnd)],
                   children=children, boundary=bnd, preamble=kw.get("preamble", "This is a MIME-encapsulated message."))
    else:
        pkg = kw.get("pkg") or choose_pkg(rng, body_text)
        if m["cat"] != "customer" and not kw.get("pkg"):
            pkg = rng.choice(["plain8", "qp", "plain8", "alt"])
        top = body_part(body_text, pkg, rng, kw.get("att"))
    top.headers = hdrs + top.headers
    return top.serialise(), date


def label_row(fname, m):
    if m["cat"] == "customer":
        trig = sorted(set(m["trig"].split())) if m["trig"] != "-" else []
        trig_s = ",".join(trig) if trig else "-"
        auto = "-"
    else:
        trig_s, auto = "-", m["cat"]
    note = m["note"].replace("\t", " ").replace("\n", " ")
    return "\t".join([fname, trig_s, auto, m["lang"], m["trap"], note])


HEADER = "file\ttriggers\tautomated\tlang\ttrap\tnote"


def generate():
    for f in os.listdir(OUT):
        if re.fullmatch(r"h7-\d{4}\.eml", f):
            os.remove(os.path.join(OUT, f))
    order = list(range(len(MSGS)))
    random.Random(SEED).shuffle(order)
    rows = [HEADER]
    for n, idx in enumerate(order, 1):
        fname = "h7-%04d.eml" % n
        data, _ = build(MSGS[idx], idx)
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        rows.append(label_row(fname, MSGS[idx]))
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(rows[1:]))
    print("wrote %d messages" % len(order))
    print(summary(rows[1:]))


def counts(rows):
    trig, auto, lang, trap, cat = {}, {}, {}, {}, {"positive": 0, "negative": 0, "automated": 0}
    for r in rows:
        f, t, a, l, tr, _ = r.split("\t")
        lang[l] = lang.get(l, 0) + 1
        trap[tr] = trap.get(tr, 0) + 1
        if a != "-":
            auto[a] = auto.get(a, 0) + 1
            cat["automated"] += 1
        elif t == "-":
            cat["negative"] += 1
        else:
            cat["positive"] += 1
            for x in t.split(","):
                trig[x] = trig.get(x, 0) + 1
    return trig, auto, lang, trap, cat


def summary(rows):
    trig, auto, lang, trap, cat = counts(rows)
    out = ["categories: " + ", ".join("%s=%d" % kv for kv in cat.items())]
    out.append("triggers: " + ", ".join("%s=%d" % (t, trig.get(t, 0)) for t in TRIGGERS))
    out.append("automated: " + ", ".join("%s=%d" % (k, auto.get(k, 0)) for k in AUTO_KINDS))
    out.append("languages: " + ", ".join("%s=%d" % (k, lang.get(k, 0)) for k in LANGS))
    out.append("traps: " + ", ".join("%s=%d" % (k, trap.get(k, 0)) for k in TRAPS + ["-"]))
    return "\n".join(out)


def readme(rows):
    trig, auto, lang, trap, cat = counts(rows)
    n = len(rows)
    L = []
    L.append("# heldout7 — hand-labelled held-out corpus for escalated\n")
    L.append("%d RFC 5322 messages (`h7-0001.eml` … `h7-%04d.eml`) addressed to the support desk "
             "`support@example.test`, with labels in `labels.tsv`. Written once, independently of the "
             "classifier, as an honest held-out test.\n" % (n, n))
    L.append("## How it was made\n")
    L.append("- Every message text is a hand-written literal in `make_corpus.py`; nothing is generated "
             "from templates with swapped slots. The labelling standard is `docs/triggers.md` (its "
             "definitions and the \"conventions settled while labelling\"); the five seed procedures "
             "were read as background. Real-world bounces, DSNs, MDNs and auto-replies from the shared "
             "realmail corpus were looked at only to copy header and report structure.\n")
    L.append("- Labels follow only the customer's own new words (and the subject). Quoted history "
             "(`>` lines, \"On … wrote:\", \"Am … schrieb\", \"Le … a écrit\", \"El … escribió\", "
             "Outlook header blocks in four languages, forwarded parts), signatures and disclaimers "
             "never count. Borderline decisions are explained in the `note` column.\n")
    L.append("- `make_corpus.py` chooses the packaging with a fixed seed (%d): single-part UTF-8 8bit, "
             "quoted-printable, base64, legacy charsets (iso-8859-1, iso-8859-15, windows-1252, real "
             "8-bit bytes), multipart/alternative with `<blockquote type=\"cite\">`, HTML only (some "
             "entity-encoded us-ascii), multipart/mixed with an attachment; RFC 2047 subjects and "
             "display names; CRLF line endings. Dates in quoted attributions are derived from each "
             "message's own Date. The order is shuffled with the same seed into neutral names; "
             "running the script twice gives byte-identical output.\n" % SEED)
    L.append("- Only reserved names are used: `.example` / `.test` domains, documentation IP ranges "
             "(192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32), fictitious people and "
             "companies, 555 telephone numbers.\n")
    L.append("- `python3 make_corpus.py --check` validates parsing without defects (Python `email`, "
             "`policy.default`), CRLF only, required headers, strict charset decoding of every text "
             "part, the one-to-one match of `labels.tsv` and files, trigger ids, automated mail "
             "without triggers, and at least 10 positives per trigger.\n")
    L.append("## labels.tsv\n")
    L.append("Tab separated, header `file\\ttriggers\\tautomated\\tlang\\ttrap\\tnote`. `triggers` is a "
             "comma-separated, alphabetically sorted list of trigger ids or `-`; `automated` is `-` for "
             "customer mail or one of %s; `trap` names the kind of decoy the message contains "
             "(also on positives, e.g. a conditional threat that does fire, or a quoted threat next "
             "to a real new trigger).\n" % ", ".join("`%s`" % a for a in AUTO_KINDS))
    L.append("## Counts\n")
    L.append("| category | messages |\n|---|---|")
    L.append("| customer mail with at least one trigger | %d |" % cat["positive"])
    L.append("| customer mail without trigger | %d |" % cat["negative"])
    L.append("| automated mail | %d |" % cat["automated"])
    L.append("| **total** | **%d** |\n" % n)
    L.append("| trigger | positives |\n|---|---|")
    for t in TRIGGERS:
        L.append("| `%s` | %d |" % (t, trig.get(t, 0)))
    L.append("")
    L.append("| automated kind | messages |\n|---|---|")
    for a in AUTO_KINDS:
        L.append("| `%s` | %d |" % (a, auto.get(a, 0)))
    L.append("")
    L.append("| language | messages |\n|---|---|")
    for l in LANGS:
        L.append("| %s | %d |" % (l, lang.get(l, 0)))
    L.append("")
    L.append("| trap | messages |\n|---|---|")
    for t in TRAPS + ["-"]:
        L.append("| %s | %d |" % (t, trap.get(t, 0)))
    L.append("")
    L.append("## Decisions on borderline cases\n")
    L.append("Where `docs/triggers.md` left room, these rules were applied consistently (each case is "
             "also explained in its `note`):\n")
    for line in [
        "Safety vs. `technical_issue`: a hazard reported on its own (heat, sparks, smoke, fire, a "
        "swollen battery, a tipped bookcase) is `safety` only; when a function also fails (brakes "
        "fail, a lock will not open, a software update makes a phone overheat) both are labelled.",
        "`security_incident` gets `technical_issue` only when the product itself exposes data "
        "(shows or sends other customers' data). Account takeovers, SIM swaps, phishing and keys "
        "leaked in a screenshot are `security_incident` only.",
        "Data that disappears inside the product is `data_loss` + `technical_issue`.",
        "A deposit or refund that has not been paid yet is not a `billing_dispute` (no charge is "
        "called wrong); it is `broken_promise` when the customer says it was promised. A late or "
        "missing delivery is `broken_promise` only when the customer says a promise was made.",
        "`repeat_contact` is also counted from implicit counts (\"explained this to two of your "
        "agents\", \"further to my letters of 2 and 19 May\", \"my three letters went "
        "unanswered\"). Counts of other things (dropped calls, outages, transfers inside one call) "
        "do not count.",
        "Asking for an executive's phone number or address in order to complain to them is "
        "`corporate_contact_request` + `executive_contact`, as for e-mail addresses.",
        "Mobile network coverage and dropped calls are a service that does not work: `technical_issue`.",
        "Threats, shoving or sexual remarks by staff are `discrimination_harassment`, not `safety`.",
        "A writer who complains on a partner's behalf and at her request adopts the complaint (fires); "
        "a relative's or colleague's opinion that is merely reported does not.",
        "A solicitor writing in her or his professional role who threatens an ICO complaint is "
        "`regulatory` only. \"Ich behalte mir rechtliche Schritte vor\" counts as `legal_threat`.",
        "A customer asking whether a look-alike-domain mail is genuine (nothing clicked) is not a "
        "`security_incident`; deliberate sharing of children's data with ad SDKs is alleged as a "
        "compliance violation (`regulatory`), not as unauthorised access.",
        "`high_value_order` uses the value of the customer's order, invoice or contract with the "
        "company, not unrelated sums such as the gross of a payroll run.",
    ]:
        L.append("- " + line)
    L.append("")
    L.append("## Industries\n")
    L.append("Airline and travel booking, hotel chain, payroll / HR SaaS, online fashion retail, gym and "
             "fitness memberships, mobile phone carrier, smart locks and home security cameras, "
             "accounting software for small firms, food delivery app, furniture webshop, pet insurance, "
             "online print shop, domain registrar / web hosting, e-bike rental, online bank / payment "
             "provider, children's education app. All companies and people are fictitious.\n")
    L.append("## Licence\n")
    L.append("MIT License. Written for the escalated project.\n")
    L.append("Permission is hereby granted, free of charge, to any person obtaining a copy of this "
             "corpus and the accompanying script (the \"Software\"), to deal in the Software without "
             "restriction, including without limitation the rights to use, copy, modify, merge, publish, "
             "distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom "
             "the Software is furnished to do so, subject to the following conditions: the above "
             "copyright notice and this permission notice shall be included in all copies or substantial "
             "portions of the Software.\n")
    L.append("THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, "
             "INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR "
             "PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE "
             "FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR "
             "OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER "
             "DEALINGS IN THE SOFTWARE.\n")
    return "\n".join(L)


def check():
    errs = []
    path = os.path.join(OUT, "labels.tsv")
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[-1] == "":
        lines.pop()
    if lines[0] != HEADER:
        errs.append("labels.tsv: bad header %r" % lines[0])
    rows = lines[1:]
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    names = []
    for r in rows:
        cols = r.split("\t")
        if len(cols) != 6:
            errs.append("labels.tsv: bad row %r" % r)
            continue
        f, t, a, l, tr, note = cols
        names.append(f)
        if not re.fullmatch(r"h7-\d{4}\.eml", f):
            errs.append("%s: bad file name" % f)
        if t != "-":
            ids = t.split(",")
            if any(x not in TRIGGERS for x in ids):
                errs.append("%s: unknown trigger in %s" % (f, t))
            if ids != sorted(set(ids)):
                errs.append("%s: triggers not unique/sorted: %s" % (f, t))
        if a != "-" and a not in AUTO_KINDS:
            errs.append("%s: bad automated kind %s" % (f, a))
        if a != "-" and t != "-":
            errs.append("%s: automated mail with triggers" % f)
        if l not in LANGS:
            errs.append("%s: bad lang %s" % (f, l))
        if tr != "-" and tr not in TRAPS:
            errs.append("%s: bad trap %s" % (f, tr))
        if not note.strip():
            errs.append("%s: empty note" % f)
    if len(names) != len(set(names)):
        errs.append("labels.tsv: duplicate file names")
    if sorted(names) != files:
        errs.append("labels.tsv and .eml files differ: only in tsv %s, only on disk %s" % (
            sorted(set(names) - set(files))[:5], sorted(set(files) - set(names))[:5]))
    for f in files:
        with open(os.path.join(OUT, f), "rb") as fh:
            data = fh.read()
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            errs.append("%s: not CRLF-only" % f)
        head = data.split(b"\r\n\r\n", 1)[0]
        try:
            head.decode("ascii")
        except UnicodeDecodeError:
            errs.append("%s: raw 8-bit bytes in header" % f)
        msg = BytesParser(policy=policy.default).parsebytes(data)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None or not str(msg[h]).strip():
                errs.append("%s: missing %s" % (f, h))
        for part in msg.walk():
            if part.defects:
                errs.append("%s: defects %s" % (f, part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errs.append("%s: header %s defects %s" % (f, k, v.defects))
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                raw = part.get_payload(decode=True) or b""
                try:
                    raw.decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    errs.append("%s: text part does not decode as %s: %s" % (f, cs, e))
                cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
                if cte == "7bit" and not part.get_payload(decode=False).isascii():
                    errs.append("%s: 8-bit data in 7bit part" % f)
    trig, auto, lang, trap, cat = counts([r for r in rows if len(r.split("\t")) == 6])
    for t in TRIGGERS:
        if trig.get(t, 0) < 10:
            errs.append("trigger %s has only %d positives" % (t, trig.get(t, 0)))
    for e in errs:
        print("ERROR:", e)
    print("%d files checked, %d errors" % (len(files), len(errs)))
    print(summary(rows))
    return 1 if errs else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--check":
        sys.exit(check())
    generate()
