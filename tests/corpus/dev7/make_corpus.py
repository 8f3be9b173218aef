#!/usr/bin/env python3
"""make_corpus.py - hand-labelled escalation corpus "dev7" for the escalated project.

Every message text below is a hand-written literal. Packaging (charset, transfer
encoding, HTML alternative, attachment), dates, Message-IDs and the shuffled file
names are chosen with a fixed random seed, so every run writes identical bytes.

    python3 make_corpus.py          # write d7-NNNN.eml and labels.tsv next to this file
    python3 make_corpus.py --check  # validate the written corpus

Licence: MIT. Written for the escalated project; all people, companies and events are
fictitious. Python 3.11 standard library only.
"""
import datetime
import html
import os
import random
import re
import sys
import textwrap
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20250307
DESK = "support@example.test"

# short names used in the literals below -> trigger ids of docs/triggers.md
T = {
    "legal": "legal_threat", "reg": "regulatory", "mgr": "manager_request",
    "corp": "corporate_contact_request", "exec": "executive_contact",
    "sec": "security_incident", "loss": "data_loss", "out": "outage",
    "bill": "billing_dispute", "cancel": "cancellation_threat", "media": "media_threat",
    "disc": "discrimination_harassment", "safe": "safety", "prom": "broken_promise",
    "rep": "repeat_contact", "hv": "high_value_order", "angry": "severe_dissatisfaction",
    "feat": "feature_request", "tech": "technical_issue",
}
IDS = set(T.values())
MIN16 = {"regulatory", "security_incident", "discrimination_harassment", "safety",
         "corporate_contact_request", "billing_dispute", "repeat_contact",
         "high_value_order", "feature_request"}
AUTO_KINDS = {"auto_reply", "bounce", "list", "receipt", "self"}
LANGS = {"en", "de", "fr", "es"}

MSGS = []


def m(lang, trig, trap, note, frm, subj, body, att=None, hdrs=None):
    """A customer mail. trig: space separated short names ('' = none)."""
    ids = sorted(T[t] for t in trig.split())
    MSGS.append(dict(auto="-", lang=lang, trig=ids, trap=trap, note=note, frm=frm,
                     subj=subj, body=body.strip("\n") + "\n", att=att, hdrs=hdrs or []))


def a(kind, lang, note, frm, subj, body, hdrs=None, to=DESK, msgid=None):
    """An automated mail built from headers + plain text body."""
    MSGS.append(dict(auto=kind, lang=lang, trig=[], trap="-", note=note, frm=frm,
                     subj=subj, body=body.strip("\n") + "\n", att=None, hdrs=hdrs or [],
                     to=to, msgid=msgid))


def raw(kind, lang, note, text):
    """An automated mail written out completely by hand (LF here, CRLF on disk)."""
    MSGS.append(dict(auto=kind, lang=lang, trig=[], trap="-", note=note, raw=text.lstrip("\n")))


# ---------------------------------------------------------------------------
# English customer mail with triggers
# ---------------------------------------------------------------------------
m("en", "sec bill", "-", "account takeover with unauthorised purchases; no product defect claimed",
  "Callum Ferris <callum.ferris@postbox.example>", "somebody else is playing my account??",
  """
Hi,

I woke up to fourteen receipts from the App Store for gem packs in Dragon Orchard that I never bought. The login history in the settings screen shows a device in Lagos at 03:12 last night. I live in Leeds and I was asleep. My recovery email was also swapped to some address I've never seen.

So basically somebody in Lagos is spending my in-game gems and £69.86 of my money. I did not authorise any of those purchases and I want them reversed.

Please lock the account before they spend any more.

Callum
""")

m("en", "sec tech", "-", "another customer's personal data shown in own account page",
  "Harriet Okonkwo <h.okonkwo@mailbox.example>", "Whose address is this on my account page?",
  """
Good morning,

When I opened "My library" on the Pagewise website this morning the account box at the top showed somebody called D. Whitcombe, a street address in Bristol and the last four digits of a Visa card. I logged out and back in and now it shows a third person in Norwich.

I haven't changed anything. If I can see their details, I assume strangers can see mine. Please look into this today.

Harriet Okonkwo
""")

m("en", "sec", "-", "phishing sent from the company's own newsletter address",
  "Marcus Bell <marcus.bell@inbox.example>", "Did your mailing list get taken over?",
  """
I got an email from your real newsletter address (the same one I get your product news from) telling me to "re-confirm my card to keep my Tickwell warranty". The button went to tickwell-warranty-check.example, which is obviously not you. Two people in my office got the same one.

Somebody is sending from your system. You might want to tell your customers before they type their card numbers in.
""")

m("en", "sec reg tech", "-", "private feed and member list exposed; conditional threat to data protection authority",
  "Dr. Ines Varga <ines@slowscience-pod.example>", "Members-only feed is public",
  """
Hello CastNest team,

Our paid members' feed has appeared in two public podcast directories. That feed URL was supposed to be secret and tokenised per member. Worse, the same link lets anyone download a CSV with our 1,140 members' names and email addresses - I tried it from my phone on mobile data, not logged in.

I need the link disabled and an explanation of how long this has been open. If I don't have that by Monday, the data protection people will hear from me, because I will have to tell my members why their addresses are out there.

Ines Varga
Slow Science Podcast
""")

m("en", "sec angry", "-", "agent disclosed caller card data; strong wording",
  "Rebecca Haines <r.haines@northgate-utilities.example>", "Card numbers read out on a live call",
  """
We have the recording. Yesterday at 14:20 one of your agents on the Northgate line read a previous caller's full card number and expiry date out loud to the next caller while "checking the account".

I cannot put into words how appalled I am. This is the single most careless thing I have seen from a supplier in twenty years.

I want a written account of who had access to that screen and what has been done about it.

Rebecca Haines
Head of Customer Operations, Northgate Utilities
""")

m("en", "sec tech", "-", "site maintained by agency compromised: redirect + unknown admin",
  "Tom Alvarez <tom@alvarez-joinery.example>", "website sending people to a casino",
  """
hi pixel&rank, since about 8 this morning our website (the one you look after on the maintenance plan) sends anyone on a phone to some casino page. on a laptop it looks normal. also theres a new admin login called svc_backup2 that none of us made. can someone look at it asap, customers are texting me about it

tom
""")

m("en", "sec cancel", "-", "subscription used elsewhere, plate changed; conditional leaving",
  "Gemma Pollard <gemma.pollard@postbox.example>", "washes in Glasgow? I've never been there",
  """
The SudsClub app says my unlimited plan was used six times this week at your Glasgow Kelvin site. I have never been north of Sheffield. On top of that the number plate saved on my account has been changed to one I don't recognise.

Somebody else has got into my account. If you can't tell me how this happened and stop it, that's the end of my membership - I'll go back to the hand wash down the road.
""")

m("en", "sec tech", "-", "order confirmation attached other customers' data",
  "Oliver Brandt <oliver.brandt@fastmail.example>", "Your order email contains other people's addresses",
  """
Hello,

Thanks for the quick dispatch of the Aerion Mini. However, the PDF attached to my order confirmation (order SB-88214) is not just my invoice - it has eleven pages, one per customer, with names, home addresses and mobile numbers of people I don't know.

I have deleted it, but I doubt I'm the only one who received it. Someone should check what your shop system is attaching.

Regards,
Oliver Brandt
""")

m("en", "reg", "-", "conditional report to council/environment authority",
  "Sandra Whitlow <s.whitlow@greenlane.example>", "Skip overflow dumped behind the school",
  """
Your driver collected our skip on Thursday and tipped the loose stuff that was on top straight onto the verge behind St Anne's primary. Plasterboard, a broken toilet, bags of rubble. I watched him do it and I have photos with your lorry's registration.

If it isn't cleared by Tuesday evening, the photos go to the council's fly-tipping team and the Environment Agency, with your company name on them.

Sandra Whitlow
""")

m("en", "reg bill", "-", "deposit kept after cancelling in cooling-off; watchdog threat",
  "Naveen Chaudhry <naveen.c@mailbox.example>", "£240 deposit - cancelled within 14 days",
  """
Dear Crumb & Co,

I cancelled the catering booking for my father's 70th four days after placing it, well inside the cooling-off period you state in your own terms. You still took the £240 deposit from my card on 12 March and your shop manager told me on the phone it was "non-returnable".

That money should not have been taken. I have read up on this and unless it is back on my card within 7 days I am passing the whole exchange to the consumer watchdog.

Naveen Chaudhry
""")

m("en", "reg", "-", "complaint form to information commissioner ready",
  "Lorraine McBride <lorraine.mcbride@inbox.example>", "Stop emailing me",
  """
I unsubscribed from your "Recommended for you" emails in January and at the same time asked you in writing to erase my account and all my data. I have had nine more emails since then, the latest this morning.

I've filled in the complaint form on the Information Commissioner's website and it goes in on Friday. I'm telling you so you can't say you weren't warned.

L. McBride
""")

m("en", "reg legal", "-", "Trading Standards plus relative who practises law drafting claim",
  "Geoffrey Parkin <geoff.parkin@postbox.example>", "Conservatory roof - ClearPane visit 4 March",
  """
Dear Sir or Madam,

On 4 March your window cleaner leant his ladder against our conservatory roof and cracked two of the polycarbonate panels. He left without saying a word; our neighbour saw it.

I have phoned your office twice and been promised a call back that never came. I've now been onto Trading Standards, and my son-in-law, who does this sort of thing for a living at a firm in Chester, is drafting the claim letter for the cost of the panels and fitting (£1,180).

Yours faithfully,
Geoffrey Parkin
""")

m("en", "reg safe tech", "-", "drone flew off, near-miss with toddler; reported to aviation authority",
  "Yusuf Demir <yusuf.demir@fastmail.example>", "Aerion X2 flew away on its own",
  """
Hi SkyBay,

Three weeks old. On Sunday the X2 ignored the return-to-home command, climbed, and drifted across four gardens before dropping out of the sky. It came down about a metre from my neighbour's little boy, who was on the lawn. If it had hit him I don't want to think about it.

I've reported the flyaway to the aviation authority as I'm required to and they've asked for the serial number and flight log, which I've sent. Now I want to know what you're going to do about a drone that does this.

Yusuf
""")

m("en", "reg", "-", "alleges unlawful data sharing and announces complaint to privacy commissioner",
  "Claire Donnelly <claire.donnelly@inbox.example>", "Heart-rate data shared without consent",
  """
Hello,

I've just found out from your updated privacy page that the Tickwell app has been sending my heart-rate and sleep data to an "analytics partner" since I bought the watch, switched on by default. I never agreed to that and I would not have agreed.

That is not lawful where I live, and I will be lodging a complaint with the privacy commissioner this week. Please confirm what has been shared and with whom.

Claire Donnelly
""")

m("en", "reg mgr", "-", "senior call requested before informing licensing authority",
  "Martin Osei <m.osei@harbourview-lets.example>", "Guard on site without licence badge",
  """
Good afternoon,

For the last three nights the guard you've put on the Harbourview car park has not been displaying a licence badge, and when our caretaker asked to see it he said it was "being renewed".

I want somebody senior at Ironwatch to ring me before end of day tomorrow and tell me that this man is licensed. If I don't hear from someone with actual authority, the licensing authority will be the next people I talk to.

Martin Osei
Facilities, Harbourview Lettings
""")

m("en", "reg", "-", "client will report outsourcer's late-night calls itself",
  "Alison Reeve <alison.reeve@brightcable.example>", "Calls after 9pm on the BrightCable campaign",
  """
Hi Dev,

We've had two customers phone us furious that your team called them after 9pm last week on the retention campaign. One of them said he is going to the telecoms watchdog.

To be clear, that calling pattern breaks the rules we operate under, and it breaks our contract with you. If there is one more call outside the permitted hours, we will report it to the regulator ourselves, before anyone else does.

Alison
""")

m("en", "reg", "-", "fraudulent certificate; reporting to consumer advice office",
  "Kenneth Lowe <ken.lowe@postbox.example>", "Sweep certificate for a job that wasn't done",
  """
The certificate your sweep left on 18 February says the flue was inspected and smoke-tested. He was in the house for ten minutes, didn't go up to the loft and didn't light anything.

My insurer has now refused the certificate because it doesn't match the photos I sent them. I'm passing the certificate and my doorbell camera footage to the local consumer advice office on Monday, as they suggested.
""")

m("en", "reg bill", "-", "child's purchases, no age check; advertising/consumer authority",
  "Fiona Gallagher <fiona.g@mailbox.example>", "My 9 year old spent £310 in Castle Crush",
  """
My nine-year-old has spent £310 on "royal chests" in Castle Crush over two evenings. There was no age check, no password prompt after the first one, nothing.

I want the £310 returned - those are purchases I never authorised. And I'll be writing to the advertising standards people and the consumer authority about how this game is designed to drain children's pocket money.

Fiona Gallagher
""")

m("en", "legal loss", "-", "contract photos missing; family friend who practises law",
  "Amelia & Josh Carter <carters.wedding@inbox.example>", "Our wedding photos",
  """
Dear Lumen & Lace,

Our contract says "minimum 400 edited images". We received 41. When Josh rang, you told him the rest of the reception and all of the ceremony were on a memory card that "failed" and cannot be read.

We have passed the contract and your emails to a family friend who practises law. She will be in touch on our behalf next week about what we paid and what we have lost.

Amelia Carter
""")

m("en", "legal hv tech", "-", "£62,400 lease, wrong desks, motors dead; threat to go before a judge",
  "Priya Raman <priya.raman@orbitalfinance.example>", "Lease OL-2291: wrong desks, broken motors",
  """
Dear SitWell,

Our lease for the third-floor fit-out (OL-2291, £62,400 over 36 months) started on 1 March. Half of the desks delivered are the wrong model, and on 17 of the 40 sit-stand desks the lift motor does nothing at all when the button is pressed.

We have paid the first quarter. We will not pay the second for furniture we cannot use, and if we have to, we will recover our costs before a judge.

Priya Raman
Office Manager, Orbital Finance
""")

m("en", "legal bill", "-", "invoice for skip never delivered; county court debt claim (textbook 'court')",
  "Dave Hollis <dave@hollisbuild.example>", "Invoice BB-5512 - skip never came",
  """
You've invoiced us £480 (BB-5512) for an 8-yard skip at 14 Mill Lane that never turned up. We hired one from someone else the same afternoon.

Credit the invoice this week or I'm putting a claim in at the county court online. Not going round in circles on this.

Dave Hollis
Hollis Build
""")

m("en", "legal tech", "-", "show removed; letter before action being prepared",
  "Robin Achterberg <robin@lowtide-audio.example>", "Episode 112 taken down - licence attached",
  """
Hi,

Your system pulled episode 112 of Low Tide for "copyright" because of the intro music. I licensed that track; the licence is attached. Your appeal form gives a 500 error when I press submit, so I'm writing here.

My representation at the agency has the licence and the download stats, and is preparing a letter before action. I'd rather you just restored the episode.

Robin
""", att=("licence-lowtide-intro.txt", "text/plain", "Licence LT-2023-114: non-exclusive worldwide licence for 'Tideline (intro)' granted to Robin Achterberg for use in the Low Tide podcast. Fictitious document.\n"))
m("en", "legal", "-", "'see you before a judge' without textbook words",
  "Stephen Marsh <stephen.marsh@postbox.example>", "damage to the van",
  """
your security guard reversed our delivery van into the barrier at the depot gate on friday and your site supervisor is now saying we did it. we have dashcam. pay for the bumper or we'll let a judge decide who did it.
""")

m("en", "legal angry", "-", "ALL CAPS; lawyer named with textbook word",
  "Bernard Quist <bquist@mailbox.example>", "I WANT MY MONEY BACK",
  """
YOU PEOPLE ARE A JOKE. THREE WEEKS AND NO CATERING REFUND FOR A PARTY YOU CANCELLED ON US THE DAY BEFORE. MY ATTORNEY HAS YOUR ADDRESS. GOOD LUCK.
""")

m("en", "mgr", "-", "wants somebody with authority, no textbook 'manager'",
  "Louise Chambers <louise.chambers@inbox.example>", "Please pass this upwards",
  """
Hello,

I've explained the situation with our window-cleaning contract to three different people on your phone line and each one tells me they "can't make that decision".

Fine - then please put me in touch with whoever can. I'd like a call from somebody who has the authority to change the contract, not another person reading from a script.

Louise Chambers
""")

m("en", "mgr bill", "-", "wrong charge plus someone above the agent",
  "Darren Fitch <darren.fitch@postbox.example>", "Re: Ticket 40917 - wrong amount taken",
  """
Alex, with respect, you're not hearing me. The SudsClub Premium plan is £19.99. You took £34.99 on 1 April, which is the Family plan I have never had.

I don't want another explanation of how the plans work. Please hand this to whoever sits above you and have them look at my account.

Darren
""")

m("en", "mgr angry", "-", "sarcastic, strong anger, wants senior person",
  "Pauline Oduya <p.oduya@mailbox.example>", "Well done, really",
  """
Well done. Truly. Cake for 80 people ordered in January, confirmed twice, and on the day of my daughter's christening your van turns up with a birthday cake for "Kevin, 40".

I'm beyond livid. I want someone who runs that bakery - not the counter staff - to phone me today. 555-0119.

Pauline Oduya
""")

m("en", "mgr cancel", "-", "asks for escalation in paraphrase and threatens to end lease",
  "Gareth Wynn <gareth.wynn@wynnandpartners.example>", "Chairs - lease 7781",
  """
Hi,

Four of the twelve Ergo Pro chairs on lease 7781 have collapsed hydraulics, which I reported on the portal a fortnight ago. Nothing has happened.

Please move this up to somebody who can actually authorise a replacement. If the chairs aren't swapped by month end we won't be renewing the lease in June.

Gareth Wynn
""")

m("en", "corp", "-", "asks for postal address of the owning company",
  "Ruth Abernethy <ruth.abernethy@postbox.example>", "Who owns you?",
  """
Could you give me the postal address of whoever owns your company - the actual registered business, not the PO box on your website? I want to send a letter about my account and I want it to reach someone it can't be ignored by.

Thank you.
""")

m("en", "corp exec", "-", "asks for owner's email in order to write to him",
  "Colin Frayne <colin.frayne@mailbox.example>", "email for the boss",
  """
What's the email address for the man who owns Sootbusters? Saw him on the local news last month. I'm going to write to him directly about the mess your lad left on my carpet, since nobody at the office answers.
""")

m("en", "corp", "-", "registered office and company number for formal letter",
  "Helena Stroud <helena.stroud@stroudarchitects.example>", "Registered office details please",
  """
Dear VoxLine,

For a formal notice under our outsourcing agreement I need your registered office address, your company registration number and the name of the person who handles contracts at board level. Your website only lists the Manchester contact centre.

Please send these by reply.

Helena Stroud
""")

m("en", "corp", "-", "asks for legal department address",
  "Ahmed Farouk <a.farouk@inbox.example>", "Where do I send a formal complaint?",
  """
Hello, I don't want the help desk for this one. Please give me a direct contact for your legal department - an email or postal address, whichever they actually read. Ahmed Farouk
""")

m("en", "corp mgr", "-", "head office phone number + senior person",
  "Janet Kerr <janet.kerr@postbox.example>", "not the 0800 number",
  """
I do not want the customer line again. I want the number for your head office, and I want to speak to whoever is in charge of the guards at the Westfield site. Janet Kerr
""")

m("en", "exec", "-", "already wrote to the founder",
  "Matthew Lyle <m.lyle@fastmail.example>", "Re: refund for the Pagewise Glow",
  """
For your information, I have also written to your founder, Ms Ashworth, via the contact form on her personal blog, and sent the same letter to your chairman by post. Maybe one of them will reply.

Matthew Lyle
""")

m("en", "exec media", "-", "messaged owner on LinkedIn + threat to post publicly",
  "Chloe Banerjee <chloe.banerjee@mailbox.example>", "Our gallery is still not delivered",
  """
Hi Lumen & Lace, I've messaged your owner on LinkedIn this morning as well, since emails here seem to disappear. If the online gallery isn't live by Friday I'll be putting the whole story up on the wedding forums and my Instagram (22k followers, mostly brides-to-be). Chloe
""")

m("en", "exec", "-", "cc to the company's managing director",
  "Robert Hanley <robert.hanley@hanleylogistics.example>", "Skip permits - Hanley Logistics",
  """
Dear BinBoss,

I've copied Mr Gordon Pike, your managing director, on this email, because the permit for the skip on Canal Street expired on Monday and your office still hasn't renewed it. We are now being told by the council to move it ourselves.

Robert Hanley
""", hdrs=[("Cc", "Gordon Pike <g.pike@binboss.example>")])

m("en", "out tech", "-", "entire dashboard unreachable for all agents",
  "Kayode Adeyemi <kayode@bluefin-telecom.example>", "Nobody can get in",
  """
None of our 40 agents can get into the VoxLine dashboard since 07:45. The page just sits on a white screen and then says the gateway timed out. Tried three browsers, two offices, phone hotspot. Our queue is stacking up.
""")

m("en", "out tech angry", "-", "store down during launch; strong anger",
  "Liam Forsyth <liam@forsyth-ceramics.example>", "SITE DOWN ON LAUNCH DAY",
  """
Our shop has been completely unreachable since 9am. Launch day. The one day we told you about three times. Every visitor gets an error page from your hosting.

I've never been this angry with a supplier. We paid for the "priority" plan for exactly this reason. Call me now.

Liam Forsyth
""")

m("en", "out tech", "-", "payment page spins for everyone",
  "Nadia Hussain <nadia.hussain@mailbox.example>", "can't pay for anything in the app",
  """
Since this morning nobody can pay for a wash in the SudsClub app. The payment sheet spins forever and then closes. My husband's phone does the same, and the guy at the site said nobody's app has worked all day.
""")

m("en", "out tech", "-", "podcast hosting feeds dead system-wide",
  "Evan Stroud <evan@thequietroom-pod.example>", "All feeds returning nothing",
  """
Hey CastNest,

All of my shows' RSS feeds return nothing at all - not an old version, nothing. Same for two friends hosted with you. Apple Podcasts is showing "can't load" for everything. The status page still says all green, which is a bit rich.

Evan
""")

m("en", "out tech cancel", "-", "e-reader store offline; conditional switch",
  "Grace Whitfield <grace.w@inbox.example>", "Store won't open on any device",
  """
The Pagewise store hasn't opened on my e-reader, my phone or the website since Saturday - it just says "unable to connect, try again later". I can't even get to my account to read what I've already paid for.

If it's still like this on Wednesday I'll move my reading to another store and take the subscription with me.
""")

m("en", "loss tech", "-", "library of e-books gone after sync",
  "Peter Lindqvist <peter.lindqvist@postbox.example>", "300 books gone",
  """
After the update last night my Pagewise library is empty. Not hidden - gone. The website says I own 0 titles. I've bought about 300 books from you since 2016, including a lot that aren't sold any more.
""")

m("en", "loss tech angry", "-", "episodes vanished from feed; strong anger",
  "Bea Kowalczyk <bea@weirdhistory-pod.example>", "where are my episodes",
  """
I logged in to upload episode 60 and my back catalogue has vanished. Episodes 1 to 59, the show notes, the artwork, all of it. The feed now lists one test episode from 2021.

Four years of work. This is an absolute disgrace and I need to know right now whether you can get it back.
""")

m("en", "loss", "-", "gallery emptied by photographer's system",
  "Sophie Tremblay <sophie.tremblay@mailbox.example>", "The gallery link shows 0 photos",
  """
Hi, the private gallery link you sent us in May now says "This gallery is empty". We'd only downloaded about twenty of the photos. Please tell me you still have the rest somewhere.
""")

m("en", "loss tech hv", "-", "£14,800 site rebuild lost blog posts and SEO pages",
  "Martina Kessler <martina.kessler@kessler-dental.example>", "Migration - two years of posts missing",
  """
Dear Pixel & Rank,

Since you moved our website to the new platform on Monday (project PR-1180, £14,800 inc. VAT), every blog post between March 2021 and last December is missing, along with the 38 treatment pages your own SEO team wrote. The URLs show a 404.

We still owe the final instalment, and we will hold it until the content is back.

Martina Kessler
Practice Manager
""")

m("en", "loss", "-", "watch lost months of training history",
  "Joel Mensah <joel.mensah@fastmail.example>", "my training history",
  """
Everything before 1 June has disappeared from the Tickwell app - 2 years of runs. My marathon plan was in there. Anything you can restore?
""")

m("en", "bill", "-", "monthly fee taken twice, paraphrased",
  "Irene Castell <irene.castell@postbox.example>", "two payments in one week",
  """
Hello,

You took the monthly window-cleaning fee (£28) on the 1st and again on the 3rd. My bank statement shows both as ClearPane Ltd. One of them needs to come back.

Thanks,
Irene Castell
""")

m("en", "bill cancel", "-", "charged after cancelling",
  "Tariq Mahmood <tariq.mahmood@mailbox.example>", "still paying for a plan I ended",
  """
I ended my CastNest Pro plan on 14 February and got the confirmation email. You've taken $24 on 14 March and again on 14 April. Put that $48 back, and if it happens again I'm telling my bank to block you.
""")

m("en", "bill", "-", "chargeback threat in paraphrase",
  "Sinead Doyle <sinead.doyle@inbox.example>", "Invoice 3318 - wrong number of skips",
  """
Invoice 3318 charges us for three skip swaps in April. There were two. I'll give you until Friday to send a corrected invoice; after that I'll ask my card provider to claw the whole payment back.
""")

m("en", "bill angry", "-", "invoice inflated; shouting",
  "Mick Duffy <mick.duffy@postbox.example>", "£650 for a chimney sweep???",
  """
Quote was £85. Invoice says £650 because of "additional flue works" nobody asked for or did. ABSOLUTELY NOT PAYING THIS. Scandalous, the lot of you.
""")

m("en", "bill", "-", "price of gem pack different from what was charged",
  "Leah Zimmerman <leah.z@mailbox.example>", "Paid 9.99 for a 4.99 pack",
  """
The Starter Chest was shown at £4.99 in the shop screen. The receipt from the store says £9.99. I'd like the difference refunded please. Screenshot attached.
""", att="png")

m("en", "cancel", "-", "announces leaving because of missed cleans",
  "Doreen Platt <doreen.platt@postbox.example>", "Last month with you",
  """
Three missed cleans since Christmas and nobody bothered to tell me. This is the last month you'll be getting money from me. I've already booked someone else from June.
""")

m("en", "cancel", "-", "switching agency, no textbook 'cancel'",
  "Ben Achebe <ben@achebe-motors.example>", "SEO retainer",
  """
Six months of the SEO retainer and we rank lower than when we started. I've had two other agencies round this week. Consider this our notice that the retainer won't carry on past the current term.
""")

m("en", "cancel tech", "-", "watch won't pair; will return and buy competitor",
  "Ollie Haddad <ollie.haddad@mailbox.example>", "Pulse 3 won't pair",
  """
The Pulse 3 still won't pair with my phone after the firmware update - the app finds it and then says "pairing failed, code 14". If this isn't sorted this week the watch goes back and I'm buying a Garmin-type thing from someone else.
""")

m("en", "media", "-", "threat to post on review sites",
  "Kirsty Dalgleish <kirsty.d@postbox.example>", "Your guard left the site unlocked",
  """
Your guard left our yard gate wide open overnight and half our copper cable is gone. If I don't get a proper reply today, every review site I can find is getting the full story, with photos.
""")

m("en", "media", "-", "local paper and neighbours' Facebook group",
  "Alan Pryce <alan.pryce@inbox.example>", "the skip on Rowan Close",
  """
That skip has been blocking the pavement on Rowan Close for five weeks now. Wheelchair users are going into the road. The local paper is very interested in this sort of thing, and so is our street's Facebook group, which has 900 members. I'd rather not go there but I will.
""")

m("en", "media", "-", "journalist inquiry (always fires)",
  "Hannah Okafor <h.okafor@thecoastalherald.example>", "Request for comment: Castle Crush purchases",
  """
Dear press team,

I'm a reporter at The Coastal Herald. We're preparing a piece on in-app purchases made by children in Castle Crush, after several parents contacted us. Could you tell me whether the game has an age check before purchases, and how refund requests from parents are handled?

Our deadline is 5pm Thursday. I'm happy to take a call on 555-0143.

Hannah Okafor
The Coastal Herald
""")

m("en", "media angry", "-", "YouTube channel threat + strong anger",
  "Devon Price <devon@devonflies.example>", "You've lost a customer and I've got a camera",
  """
Second drone in two months that arrives with a cracked gimbal. Pathetic packaging, pathetic service. I review drone gear for 60k subscribers and the next video is going to be about buying from SkyBay, unboxing footage included.
""")

m("en", "disc", "-", "guard insulted son because of his skin",
  "Abena Owusu <abena.owusu@mailbox.example>", "What your guard said to my son",
  """
Dear Ironwatch,

On Saturday at the Riverside shopping centre your guard stopped my 15-year-old son at the exit, went through his bag in front of everyone and called him a name I won't repeat, because of his skin. His white friend walking next to him was not stopped.

I want to know what you are going to do about this man.

Abena Owusu
""")

m("en", "disc", "-", "mocked accent, paraphrased",
  "Tomasz Wisniewski <tomasz.w@postbox.example>", "The way I was spoken to",
  """
I rang your call centre about my bill and the agent started copying my accent back at me and asking if I "speak proper English". When I asked for his name he laughed and hung up. I was born in Gdansk and have lived here 19 years. I don't expect to be treated like that by anyone.
""")

m("en", "disc", "-", "worker keeps texting customer's daughter",
  "Karen Sutcliffe <karen.sutcliffe@inbox.example>", "Your window cleaner and my daughter",
  """
One of your window cleaners, the younger one who does Elm Road on Tuesdays, got my daughter's number off the fridge calendar and has been messaging her late at night, asking her to meet him. She's 17. She has asked him to stop twice. I've seen the messages.

I don't want him anywhere near our house again and I want to know you've dealt with it.
""")

m("en", "disc", "-", "refused entry to car wash because of wheelchair",
  "Neil Baptiste <neil.baptiste@mailbox.example>", "Turned away at Northfield",
  """
I'm a SudsClub member and a wheelchair user. At Northfield yesterday the attendant told me I couldn't use the jet-wash bay because "people like you take too long" and waved the car behind me through. I sat there for a minute feeling about two feet tall and then left. Is that how your company sees disabled members?
""")

m("en", "disc angry", "-", "sexist remarks by sweep; strong wording",
  "Maria Lindgren <maria.lindgren@postbox.example>", "Comments from your sweep",
  """
Your sweep spent the visit telling me a woman "shouldn't be running a wood burner on her own" and asking where my husband was, and then refused to show me the camera footage of the flue until my neighbour (a man) came round. Disgusting attitude. Utterly disgusting.
""")

m("en", "disc mgr", "-", "supervisor shouted and threatened staff of client; harassment",
  "Patrice Mbeki <patrice@mbeki-events.example>", "Your site supervisor at the Arena",
  """
Hello,

I manage the bar staff at the Eastgate Arena. Your guard supervisor there (tall, shaved head, works Fridays) has been cornering two of my young bar staff, making comments about their bodies and telling them they'll "regret it" if they complain.

I want a senior person from your company to meet me this week. This is not something to sort out by email.

Patrice Mbeki
""")

m("en", "safe tech", "-", "watch strap blistered welt",
  "Rosie Adair <rosie.adair@inbox.example>", "Strap left a blistered welt",
  """
Hi,

I wore my new Tickwell Pulse 3 overnight for the sleep tracking. This morning there's a raised, blistered welt on my wrist exactly where the sensor sits, and the back of the watch was hot when I took it off. Photo attached.

Is there something wrong with this unit? I'm not putting it back on.
""", att="png")

m("en", "safe tech", "-", "drone battery swelling and hissing",
  "Callum Reid <callum.reid@fastmail.example>", "battery went puffy and hissed",
  """
Charging a spare battery for the X2 in the kitchen. It swelled up like a pillow and started hissing, so I threw it out into the garden onto the patio. There's a black scorch mark on the slab now. It's the battery you sold me as an extra with the order last month.
""")

m("en", "safe", "-", "sweep left flue blocked, CO alarm",
  "Eileen Whitaker <eileen.whitaker@postbox.example>", "CO alarm went off after your visit",
  """
Your sweep came on Tuesday. On Wednesday evening we lit the stove and within half an hour the carbon monoxide alarm went off and the room filled with fumes. We got the children out and opened everything. The fire brigade found a nest of debris and a brush head still stuck in the flue.

We could have lost somebody.
""")

m("en", "safe", "-", "allergen in catering cake; guest's throat swelled",
  "Rachel Greenberg <rachel.greenberg@mailbox.example>", "Nut-free order and a guest in A&E",
  """
We ordered the catering platters "100% nut free" in writing because two guests have allergies. Within minutes of eating a brownie one of them had her throat swell up and we had to use her pen and call an ambulance. The hospital is fine now, she's home, but the brownies clearly had nuts in them.
""")

m("en", "safe", "-", "skip with sharp rusted edge cut neighbour's calf",
  "Owen Llewellyn <owen.llewellyn@inbox.example>", "skip's edge",
  """
the skip you dropped on our drive has a sheared, rusty lip on the back corner at leg height. my neighbour walked past it last night and it opened her calf up - eight stitches. please come and swap it before a kid runs into it.
""")

m("en", "safe mgr", "-", "chairs collapsing, staff hurt; wants senior contact",
  "Sunita Verma <sunita.verma@ledgerline.example>", "Another chair has collapsed",
  """
This is the second chair from lease 5530 whose base has snapped in a month. Today one of my colleagues went over backwards and hit her head on the filing cabinet; she went home with a concussion.

Please have someone senior from SitWell ring me about withdrawing the whole batch.
""")

m("en", "safe", "-", "guard dog off lead bit a child",
  "Lorna Fairbairn <lorna.fairbairn@postbox.example>", "dog handler at the retail park",
  """
Your dog handler at Millbrook Retail Park had his dog off the lead by the play area on Sunday. It went for my 6-year-old and got her sleeve and the arm underneath - teeth marks, the GP has put her on antibiotics.
""")

m("en", "prom", "-", "promised callback never came",
  "Stuart Gill <stuart.gill@mailbox.example>", "Still waiting for that call",
  """
On Monday your colleague Jenna said someone from the accounts team would ring me on Tuesday morning about the lease invoice. It's Friday. Nobody rang.
""")

m("en", "prom", "-", "refund confirmed but never arrived",
  "Anita Desai <anita.desai@inbox.example>", "Refund confirmed on 3 May",
  """
On 3 May you emailed me "Your refund of £36.50 has been processed and will reach your account in 3-5 working days". It's now 29 May and nothing has arrived. Can you check what happened to it?
""")

m("en", "prom angry", "-", "promised fix in next update did not come; strong wording",
  "Gavin Hurst <gavin.hurst@postbox.example>", "So much for 'next update'",
  """
Your support said in March the sync bug would be "fixed in the next update". Two updates later, same bug, same excuses. This is contemptible treatment of paying customers.
""")

m("en", "prom", "-", "promised delivery day missed",
  "Hilary Booth <hilary.booth@mailbox.example>", "Where is the skip?",
  """
You told me yesterday on the phone "first thing Thursday, guaranteed". It's Thursday 3pm, the builders are stood around and there's no skip.
""")

m("en", "rep", "-", "dates of previous emails listed",
  "Victor Adeyinka <victor.adeyinka@postbox.example>", "Wrong name on my e-reader receipt",
  """
I have now written on the 2nd, the 9th and today about the wrong company name on my Pagewise receipts - I need it correct for my expenses. Could someone please just reissue them?
""")

m("en", "rep", "-", "fourth message",
  "Jade Morrison <jade.morrison@inbox.example>", "fourth message about the same thing",
  """
This is my fourth message about the cleaners not doing the back windows. Please, just send someone to do the back windows.
""")

m("en", "rep angry", "-", "rang three times and emailed once; strong anger",
  "Frank Delaney <frank.delaney@postbox.example>", "again",
  """
I've rung your office three times and emailed once about the invoice address and it's STILL wrong on the April invoice. I am sick to the back teeth of this company.
""")

m("en", "rep tech", "-", "keeps contacting, explicit multiple tickets",
  "Chen Wei <chen.wei@mailbox.example>", "Ticket #6 about the same crash",
  """
Opening ticket number six on this because the last five were closed without anyone fixing it: the Tickwell app crashes the moment I open the sleep tab (Android 14, app 5.2.1).
""")

m("en", "hv", "-", "fleet contract £48,000, units don't sync",
  "Marcus Thornbury <m.thornbury@vantage-logistics.example>", "Fleet contract - units not syncing",
  """
Hello,

Our fleet contract for the Tickwell Work watches runs to £48,000 and the units still don't sync with the dispatch dashboard, eight weeks after rollout. Our drivers have stopped wearing them.

We need a plan from you by the end of next week.

Marcus Thornbury
""")

m("en", "hv tech", "-", "$9,600 drone order with faulty controllers",
  "Angela Ruiz <angela.ruiz@skyline-surveys.example>", "PO 2024-118: 6 controllers faulty",
  """
Hi,

We took delivery of purchase order 2024-118 (eight Aerion Pro units, $9,600 total) last week. Six of the eight controllers lose the video link after about 40 seconds. We can't use them on site.

How do you want to handle the replacement?

Angela Ruiz
Operations, Skyline Surveys
""")

m("en", "hv bill", "-", "€7,250 catering invoice with items not delivered",
  "Liesbeth de Wit <liesbeth@dewit-consulting.example>", "Invoice CC-2231",
  """
Invoice CC-2231 for our conference catering comes to €7,250. It includes the afternoon tea service for 150 people which was never served - your staff packed up at 2pm. We'd like a corrected invoice before we pay anything.
""")

m("en", "hv", "-", "call-centre contract £120k, SLA missed; polite",
  "Duncan Forbes <duncan.forbes@heathercare.example>", "Q2 service levels",
  """
Dear VoxLine,

Under our annual agreement (£120,000) you are committed to answering 80% of calls within 30 seconds. Your own Q2 report shows 54%. Our patients are noticing.

I would appreciate a remediation plan in writing by 30 July.

Kind regards,
Duncan Forbes
""")

m("en", "hv angry", "-", "$18,500 security contract; furious",
  "Carla Benedetti <carla.benedetti@meridian-malls.example>", "Meridian Mall contract",
  """
We pay you $18,500 a month for guarding at Meridian Mall and last night the night shift simply didn't show. Nobody from your control room noticed until our cleaners arrived. I'm absolutely seething.
""")

m("en", "feat", "-", "darker theme request phrased as question about new capability",
  "Ivy Chambers <ivy.chambers@inbox.example>", "night reading",
  """
Love the Pagewise app. I read a lot in bed - could the app let me pick a darker theme than the current "night" one? Even pure black with grey text would be lovely.
""")

m("en", "feat", "-", "request for transcript export",
  "Sam Whitford <sam@whitfordtalks.example>", "transcripts",
  """
Hi CastNest! One thing I'd really love: automatic transcripts I can publish next to each episode. At the moment I pay a separate service for that. Any chance it's on your list?
""")

m("en", "feat", "-", "request for recurring schedule",
  "Beatrice Nolan <beatrice.nolan@postbox.example>", "Booking idea",
  """
Your booking page only lets me book one clean at a time. Please let me set up a repeating booking every four weeks so I don't have to remember.
""")

m("en", "feat tech", "-", "bug + request",
  "Rahul Iyer <rahul.iyer@mailbox.example>", "Watch face bug + a wish",
  """
Two things. The step counter on the watch face resets to zero at 2pm instead of midnight, since 5.2. And - wish list - I'd love to be able to put the weather complication in the bottom slot.
""")

m("en", "feat", "-", "skip app wish",
  "Jon Petrie <jon.petrie@petriebuild.example>", "Suggestion for the app",
  """
Suggestion: when I order a skip through the app, let me drop a pin on the map for where it goes. The address alone is useless for our building sites.
""")

m("en", "feat", "-", "photographer: wishes for slideshow download",
  "Lucy Brennan <lucy.brennan@inbox.example>", "Slideshow",
  """
We adore the photos! Would it be possible for future galleries to have a "download as slideshow video" option? Our grandparents would use that far more than a folder of JPEGs.
""")

m("en", "tech", "-", "game crashes when opening shop",
  "Noah Sinclair <noah.sinclair@postbox.example>", "crash in shop",
  """
game closes itself every time i tap the shop icon. iphone 12, latest version. lost my daily reward because of it
""")

m("en", "tech", "-", "portal rejects valid postcode",
  "Moira Campbell <moira.campbell@mailbox.example>", "Booking form won't take my postcode",
  """
Your window-cleaning booking form says "invalid postcode" for EH4 2XY, which is definitely my postcode - you cleaned here last year. So I can't book.
""")

m("en", "tech", "-", "e-reader freezes on specific book",
  "Arthur Pennington <arthur.p@inbox.example>", "Pagewise Glow freezes",
  """
Dear Sir,

My Pagewise Glow freezes solid whenever I open "The Salt Road" at chapter 14. I have to hold the button for 30 seconds to restart it. Other books are fine.

Yours,
Arthur Pennington
""")

m("en", "tech prom", "-", "car wash gate doesn't read plate; promised fix",
  "Lewis Okoro <lewis.okoro@postbox.example>", "Plate reader at Eastfield",
  """
The gate at Eastfield still doesn't recognise my plate, so I have to queue for the attendant every time. You told me two weeks ago it would be "fixed by the weekend".
""")

# ---------------------------------------------------------------------------
# German customer mail with triggers
# ---------------------------------------------------------------------------
m("de", "reg", "-", "Aufsichtsbehörde bekommt eine Kopie",
  "Jürgen Häberle <j.haeberle@postfach.example>", "Meine Daten bei Ihrem Partner",
  """
Sehr geehrte Damen und Herren,

ich habe nie zugestimmt, dass meine Pulsdaten an einen "Analysepartner" gehen. Ich verlange Auskunft, welche Daten wohin geflossen sind. Die Aufsichtsbehörde bekommt eine Kopie dieses Schreibens.

Mit freundlichen Grüßen
Jürgen Häberle
""")

m("de", "reg bill", "-", "Verbraucherzentrale (Lehrbuchwort) + falsche Abbuchung",
  "Sabine Krüger <sabine.krueger@mailbox.example>", "Abbuchung nach Kündigung",
  """
Hallo,

ich habe das Waschabo zum 31.01. beendet, Bestätigung liegt vor. Trotzdem haben Sie am 01.02. und 01.03. jeweils 24,90 € eingezogen. Ich habe den Vorgang heute der Verbraucherzentrale geschildert.

Sabine Krüger
""")

m("de", "reg safe", "-", "Schornsteinfeger: Abgas in der Wohnung, Behörde informiert",
  "Dieter Wolff <dieter.wolff@postfach.example>", "Nach Ihrem Besuch: Abgas in der Wohnung",
  """
Guten Tag,

nach der Kehrung am Dienstag hat unser CO-Melder am Abend zweimal ausgelöst, die ganze Stube roch nach Abgas. Der Notdienst hat ein abgebrochenes Kehrgerät im Rohr gefunden. Meine Frau hatte Kopfschmerzen und Schwindel.

Ich habe den Vorfall dem zuständigen Bezirksschornsteinfeger und dem Ordnungsamt gemeldet.

Dieter Wolff
""")

m("de", "sec", "-", "fremde Anmeldung, Konto übernommen",
  "Lena Brandstätter <lena.b@postfach.example>", "Jemand anderes ist in meinem Konto",
  """
Hallo, in meinem Spielkonto (Drachenhain) steht plötzlich ein anderer Spielername, meine Edelsteine sind weg und die Anmeldehistorie zeigt ein Gerät in Manila. Mein Passwort geht nicht mehr. Bitte sperren Sie das Konto!
""")

m("de", "sec tech", "-", "Rechnungen fremder Kunden im Kundenportal",
  "Holger Mertens <h.mertens@mertens-bau.example>", "Fremde Rechnungen im Portal",
  """
Guten Morgen,

im Kundenportal sehe ich unter "Meine Rechnungen" seit heute auch Rechnungen anderer Firmen - mit Anschrift, Bankverbindung und Baustellenadresse. Das sollte ich definitiv nicht sehen können.

Gruß
Holger Mertens
""")

m("de", "legal", "-", "Rechtsschutzversicherung eingeschaltet (kein Lehrbuchwort)",
  "Karin Vogt <karin.vogt@postfach.example>", "Hochzeitsfotos - letzte Frist",
  """
Sehr geehrter Herr Lenz,

die vertraglich zugesagten Fotos sind acht Monate nach der Hochzeit noch immer nicht geliefert. Meine Rechtsschutzversicherung ist informiert und hat mir eine Kanzlei genannt, die sich nächste Woche bei Ihnen meldet, sofern die Bilder bis Freitag nicht da sind.

Karin Vogt
""")

m("de", "legal bill", "-", "Mahnbescheid angekündigt; falsche Rechnung",
  "Ralf Schuster <ralf.schuster@postfach.example>", "Rechnung 2024-118 Containerdienst",
  """
Sie haben uns 3 Containerstellungen berechnet, es waren 2. Die Differenz von 389,00 € fordere ich bis zum 15. zurück, sonst beantrage ich einen Mahnbescheid.
""")

m("de", "legal", "-", "'das klären wir vor Gericht' (Lehrbuch-nah)",
  "Uwe Kellermann <uwe.k@postfach.example>", "Schaden am Wintergarten",
  """
Ihr Fensterputzer hat das Glasdach vom Wintergarten beschädigt. Ich habe Fotos. Entweder Ihre Versicherung zahlt, oder wir sehen uns vor Gericht.
""")

m("de", "mgr", "-", "jemand, der entscheiden darf",
  "Petra Lindner <petra.lindner@postfach.example>", "Bitte weiterleiten",
  """
Guten Tag,

ich möchte nicht zum vierten Mitarbeiter durchgestellt werden, der "das leider nicht entscheiden kann". Bitte geben Sie mein Anliegen an jemanden weiter, der entscheiden darf, und lassen Sie mich von dieser Person zurückrufen.

Petra Lindner
""", )

m("de", "mgr angry", "-", "Vorgesetzten paraphrasiert + starke Wut",
  "Thomas Reuter <thomas.reuter@postfach.example>", "So nicht!",
  """
Das ist eine bodenlose Frechheit. Die Torte für 60 Gäste kam zwei Stunden zu spät und halb zerdrückt. Ich will mit der Person sprechen, die bei Ihnen das Sagen hat, nicht mit dem Fahrer.
""")

m("de", "corp exec", "-", "Geschäftsführer-Mail zum Anschreiben",
  "Monika Auer <monika.auer@postfach.example>", "Kontakt Geschäftsführung",
  """
Bitte nennen Sie mir die E-Mail-Adresse Ihres Geschäftsführers. Ich werde ihm persönlich schreiben, was Ihre Wachleute sich auf unserem Parkplatz geleistet haben.
""")

m("de", "corp", "-", "Postanschrift der Muttergesellschaft",
  "Frank Hoppe <frank.hoppe@hoppe-it.example>", "Anschrift Ihrer Muttergesellschaft",
  """
Sehr geehrte Damen und Herren,

für ein formelles Schreiben benötige ich die ladungsfähige Anschrift Ihrer Muttergesellschaft sowie die Namen der Vorstandsmitglieder. Die Hotline ist dafür nicht der richtige Ansprechpartner.

Frank Hoppe
""")

m("de", "exec", "-", "Vorstand in Kopie",
  "Ingrid Wagner <ingrid.wagner@wagner-steuer.example>", "Leasingvertrag SW-4471",
  """
Sehr geehrte Damen und Herren,

ich habe Ihren Vorstandsvorsitzenden, Herrn Dr. Brückner, in Kopie gesetzt, da meine bisherigen Schreiben zur defekten Lieferung (Vertrag SW-4471) unbeantwortet blieben.

Ingrid Wagner
""", hdrs=[("Cc", "Dr. Hans Brückner <h.brueckner@sitwell.example>")])

m("de", "out tech", "-", "Portal komplett nicht erreichbar",
  "Stefan Albrecht <s.albrecht@albrecht-hausverwaltung.example>", "Portal seit heute früh tot",
  """
Seit 6 Uhr ist Ihr Kundenportal überhaupt nicht erreichbar, bei keinem unserer Mitarbeiter, egal welcher Browser. Wir können keine Container bestellen und keine Touren sehen.
""")

m("de", "out tech cancel", "-", "Podcast-Hosting down; Drohung zu wechseln",
  "Miriam Sauer <miriam@zwischentoene-podcast.example>", "Feeds liefern nichts mehr",
  """
Hallo CastNest,

seit gestern Abend liefern alle meine Feeds nur noch einen Fehler, Spotify zeigt "Inhalt nicht verfügbar". Wenn das bis morgen nicht läuft, ziehe ich mit beiden Shows zu einem anderen Anbieter um.

Miriam
""")

m("de", "loss tech", "-", "E-Book-Bibliothek nach Update leer",
  "Gerhard Busch <gerhard.busch@postfach.example>", "Meine Bibliothek ist leer",
  """
Nach dem Update heute Nacht ist meine komplette Bibliothek auf dem Reader und im Konto leer. Rund 250 gekaufte Bücher, einfach weg.
""")

m("de", "loss", "-", "Hochzeitsgalerie gelöscht",
  "Julia Hartmann <julia.hartmann@postfach.example>", "Galerie gelöscht?",
  """
Liebe Frau Lenz, unsere Online-Galerie ist leer und der Link sagt "Galerie existiert nicht". Wir hatten noch nicht alles heruntergeladen. Haben Sie noch eine Sicherung?
""")

m("de", "bill", "-", "Monatsbeitrag zweimal eingezogen, paraphrasiert",
  "Andreas Keller <andreas.keller@postfach.example>", "Zwei Abbuchungen im April",
  """
Hallo, Sie haben den Monatsbeitrag fürs Waschabo am 01.04. und nochmal am 03.04. abgebucht, jeweils 19,90 €. Bitte erstatten Sie eine davon.
""")

m("de", "bill rep", "-", "falscher Betrag; mehrfach gemeldet",
  "Heike Braun <heike.braun@postfach.example>", "Rechnung immer noch falsch",
  """
Ich habe Ihnen jetzt am 3., am 10. und am 17. geschrieben: Auf der Rechnung für die Fensterreinigung stehen 148 € statt der vereinbarten 98 €. Auch die neue Rechnung ist wieder falsch.
""")

m("de", "cancel", "-", "kündigt ohne das Wort kündigen",
  "Bernd Ullrich <bernd.ullrich@postfach.example>", "Reinigungsvertrag",
  """
Nach drei ausgefallenen Terminen reicht es mir. Ab Juli kommt eine andere Firma, Ihr Vertrag läuft aus und wird nicht verlängert.
""")

m("de", "media", "-", "Lokalzeitung + Bewertung",
  "Sven Lorenz <sven.lorenz@postfach.example>", "Container blockiert Gehweg",
  """
Ihr Container steht seit fünf Wochen auf dem Gehweg vor der Grundschule. Wenn er bis Freitag nicht weg ist, schicke ich die Fotos an die Lokalzeitung und schreibe überall Bewertungen.
""")

m("de", "media", "-", "Journalistenanfrage",
  "Carolin Engel <c.engel@stadtanzeiger-nord.example>", "Presseanfrage: Sicherheitsdienst Einkaufszentrum",
  """
Sehr geehrte Damen und Herren,

ich recherchiere für den Stadtanzeiger Nord zu Beschwerden über den Sicherheitsdienst im Einkaufszentrum am Hafen. Können Sie mir bis Donnerstag, 12 Uhr, sagen, wie Ihre Mitarbeiter geschult werden?

Carolin Engel, Redaktion
""")

m("de", "disc", "-", "Kunde wegen Kopftuch abgewiesen",
  "Aylin Demir <aylin.demir@postfach.example>", "Behandlung an der Kasse",
  """
Guten Tag,

Ihre Verkäuferin in der Filiale am Markt hat mich gestern nicht bedient und laut gesagt, "Leute wie Sie" sollen woanders einkaufen - dabei schaute sie auf mein Kopftuch. Andere Kunden wurden danach ganz normal bedient.

Aylin Demir
""")

m("de", "disc", "-", "Wachmann bedrängt Mitarbeiterin",
  "Kerstin Pohl <kerstin.pohl@postfach.example>", "Ihr Wachmann am Empfang",
  """
Ihr Wachmann am Empfang unseres Bürogebäudes macht unserer Auszubildenden seit Wochen anzügliche Bemerkungen, fasst sie am Arm und wartet abends am Ausgang auf sie. Sie traut sich kaum noch ins Büro.
""")

m("de", "safe tech", "-", "Ladekabel der Uhr verschmort",
  "Markus Hahn <markus.hahn@postfach.example>", "Ladeschale verschmort",
  """
Die Ladeschale meiner Uhr ist heute Nacht so heiß geworden, dass das Plastik geschmolzen ist und der Nachttisch einen braunen Fleck hat. Zum Glück war ich wach.
""")

m("de", "safe", "-", "Nussallergie beim Catering",
  "Nina Schubert <nina.schubert@postfach.example>", "Catering trotz Nussallergie",
  """
Wir hatten schriftlich nussfrei bestellt. Unser Gast hat nach einem Stück Kuchen Atemnot bekommen und musste mit dem Notarzt ins Krankenhaus.
""")

m("de", "safe", "-", "Bürostuhl bricht, Mitarbeiter gestürzt",
  "Oliver Franke <oliver.franke@postfach.example>", "Stuhl gebrochen - Mitarbeiter gestürzt",
  """
Bei einem der geleasten Bürostühle ist heute die Gasfeder durchgeschlagen, der Kollege ist nach hinten gekippt und hat sich am Hinterkopf eine Platzwunde geholt. Bitte holen Sie alle Stühle dieser Serie ab.
""")

m("de", "prom", "-", "Rückruf zugesagt, nie erfolgt",
  "Elke Zimmermann <elke.zimmermann@postfach.example>", "Versprochener Rückruf",
  """
Am Montag wurde mir ein Rückruf "heute noch" zugesagt. Heute ist Donnerstag.
""")

m("de", "prom rep", "-", "Erstattung versprochen; vierte Nachfrage",
  "Rainer Schmitt <rainer.schmitt@postfach.example>", "Erstattung - vierte Nachfrage",
  """
Dies ist meine vierte Nachfrage. Die Erstattung von 45 € wurde mir am 2. Mai schriftlich bestätigt und ist nie angekommen.
""")

m("de", "rep", "-", "keeps contacting, wiederholt",
  "Claudia Roth <claudia.roth@postfach.example>", "Wieder wegen des Containers",
  """
Ich habe jetzt zweimal angerufen und einmal geschrieben, und der Container steht immer noch bei uns im Hof. Bitte endlich abholen.
""")

m("de", "hv", "-", "Leasingvertrag > 5000 EUR, fehlerhafte Lieferung",
  "Dr. Anja Seidel <anja.seidel@seidel-kanzlei.example>", "Leasing Büroausstattung - Mängel",
  """
Sehr geehrte Damen und Herren,

unser Leasingvertrag über die Büroausstattung (Gesamtwert 38.500 €) umfasst 22 höhenverstellbare Tische. Geliefert wurden 14, davon lassen sich 5 nicht verstellen. Bitte teilen Sie uns mit, wann die Mängel behoben werden.

Dr. Anja Seidel
""")

m("de", "hv tech", "-", "Drohnenbestellung 12.400 EUR, Firmware-Fehler",
  "Peter Voss <peter.voss@voss-vermessung.example>", "Bestellung 77120 - Drohnen starten nicht",
  """
Hallo SkyBay,

von unserer Bestellung 77120 (vier Vermessungsdrohnen, 12.400 € netto) starten drei nach dem Firmware-Update nicht mehr, die Motoren zucken nur. Wir brauchen die Geräte nächste Woche auf der Baustelle.

Peter Voss
""")

m("de", "feat", "-", "Wunsch: Export der Notizen",
  "Birgit Lang <birgit.lang@postfach.example>", "Vorschlag",
  """
Ich markiere viel in meinen E-Books. Schön wäre, wenn man alle Markierungen eines Buches als Textdatei exportieren könnte. Das würde mir beim Studium sehr helfen.
""")

m("de", "feat", "-", "Wunsch: Wiederholungstermine",
  "Harald Weiß <harald.weiss@postfach.example>", "Idee für die Buchung",
  """
Könnten Sie in Ihre Buchungsseite einbauen, dass man Schornsteinfeger-Termine automatisch jedes Jahr zur gleichen Zeit vorbuchen kann?
""")

m("de", "feat tech", "-", "Absturz + Wunsch",
  "Tobias Krämer <tobias.kraemer@postfach.example>", "App stürzt ab + Wunsch",
  """
Die Wasch-App stürzt beim Öffnen der Karte jedes Mal ab (Android 13). Und ein Wunsch: bitte eine Anzeige, wie voll die Station gerade ist.
""")

m("de", "tech", "-", "Fotos lassen sich nicht herunterladen",
  "Simone Graf <simone.graf@postfach.example>", "Download klappt nicht",
  """
Beim Klick auf "Alle herunterladen" in der Galerie kommt nur eine leere ZIP-Datei mit 0 Byte.
""")

m("de", "angry cancel", "-", "Unverschämtheit + Abo-Ende, GROSSBUCHSTABEN",
  "Werner Pfeiffer <werner.pfeiffer@postfach.example>", "UNVERSCHÄMT",
  """
DREIMAL NICHT GEKOMMEN UND TROTZDEM KASSIERT. ICH BIN FERTIG MIT IHNEN. DAS ABO IST HIERMIT BEENDET.
""")

m("de", "sec reg", "-", "Phishing im Namen der Firma + Datenschutzbeauftragter",
  "Ulrike Scholz <ulrike.scholz@postfach.example>", "Phishing-Mail mit meinen echten Daten",
  """
Ich habe eine Mail von Ihrer echten Absenderadresse erhalten, mit meiner Kundennummer, Anschrift und Bestellhistorie - und einem Link zu einer gefälschten Zahlungsseite. Offenbar sind meine Daten bei Ihnen abgeflossen. Ich habe mich an den Landesdatenschutzbeauftragten gewandt.
""")

# ---------------------------------------------------------------------------
# French customer mail with triggers
# ---------------------------------------------------------------------------
m("fr", "reg", "-", "la CNIL sera informée",
  "Hélène Marchand <helene.marchand@courriel.example>", "Mes données de santé",
  """
Bonjour,

je découvre que votre application montre transmet mes données de sommeil et de fréquence cardiaque à un « partenaire » sans mon accord. La CNIL sera informée dès lundi si je n'ai pas de réponse.

Hélène Marchand
""")

m("fr", "reg bill", "-", "prélèvement après résiliation; DGCCRF",
  "Jean-Luc Perrin <jl.perrin@courriel.example>", "Prélèvement après résiliation",
  """
Madame, Monsieur,

mon abonnement de lavage a pris fin le 31 janvier (confirmation reçue). Vous avez pourtant prélevé 29,90 € le 5 février et le 5 mars. J'ai signalé ces prélèvements à la répression des fraudes.

Jean-Luc Perrin
""")

m("fr", "reg rep", "-", "mediator seized; three earlier letters make this the fourth contact",
  "Sylvie Roux <sylvie.roux@courriel.example>", "Saisine du médiateur",
  """
Faute de réponse à mes trois courriers recommandés concernant la benne jamais livrée, j'ai déposé ce matin un dossier auprès du médiateur de la consommation.
""")

m("fr", "reg safe tech", "-", "drone tombé près d'enfants, signalé à la DGAC",
  "Mathieu Lefèvre <mathieu.lefevre@courriel.example>", "Drone tombé dans une cour d'école",
  """
Bonjour SkyBay,

mon drone acheté chez vous a perdu le contrôle samedi et s'est écrasé dans la cour d'une école, à quelques mètres d'un groupe d'enfants. J'ai fait une déclaration à l'aviation civile comme la loi l'exige. J'attends vos explications sur ce défaut.

Mathieu Lefèvre
""")

m("fr", "sec", "-", "compte pris par quelqu'un d'autre",
  "Camille Girard <camille.girard@courriel.example>", "Quelqu'un utilise mon compte",
  """
Quelqu'un s'est connecté à mon compte de jeu depuis un autre pays, a changé l'adresse mail et dépense mes gemmes. Je ne peux plus me connecter. Merci de bloquer le compte.
""")

m("fr", "sec tech", "-", "données d'autres clients visibles",
  "Nicolas Fontaine <nicolas.fontaine@fontaine-archi.example>", "Je vois les devis d'autres clients",
  """
Bonjour,

dans l'espace client de votre agence web, l'onglet « Devis » affiche depuis hier les devis d'autres entreprises, avec noms, téléphones et montants. Ce n'est évidemment pas normal.

Nicolas Fontaine
""")

m("fr", "sec", "-", "connexions suspectes",
  "Aurélie Bonnet <aurelie.bonnet@courriel.example>", "Connexions que je n'ai pas faites",
  """
J'ai reçu quatre alertes de connexion à mon compte de lecture cette nuit, depuis des adresses que je ne connais pas (198.51.100.23, 203.0.113.77). Ce n'était pas moi. Mon mot de passe n'a pas changé.
""")

m("fr", "legal", "-", "mon conseil juridique",
  "Bernard Caron <bernard.caron@courriel.example>", "Photos de mariage non livrées",
  """
Monsieur,

huit mois après notre mariage, les photos prévues au contrat ne sont toujours pas livrées. J'ai transmis le dossier à mon conseil juridique, qui vous écrira si rien n'arrive d'ici quinze jours.

Bernard Caron
""")

m("fr", "legal hv", "-", "saisir la justice; contrat > 5000",
  "Isabelle Garnier <isabelle.garnier@garnier-assurances.example>", "Contrat de location mobilier 2291",
  """
Madame, Monsieur,

notre contrat de location de mobilier de bureau (48 000 € sur trois ans) prévoit la livraison de 30 postes complets. Seuls 18 ont été livrés, dont 6 bureaux endommagés. Sans solution sous huit jours, nous saisirons la justice.

Isabelle Garnier
Directrice administrative
""")

m("fr", "legal", "-", "avocat (mot de manuel)",
  "Gérard Dupuis <gerard.dupuis@courriel.example>", "Dégâts sur ma toiture",
  """
Votre ramoneur a cassé six tuiles en montant sur le toit. Mon avocat vous contactera pour le remboursement.
""")

m("fr", "mgr", "-", "quelqu'un de plus haut placé",
  "Chantal Mercier <chantal.mercier@courriel.example>", "Je souhaite parler à quelqu'un d'autre",
  """
Bonjour,

votre conseillère me répète qu'elle ne peut rien faire. Je souhaite donc être rappelée par quelqu'un de plus haut placé, qui ait le pouvoir de décider.

Chantal Mercier
""")

m("fr", "mgr angry", "-", "c'est honteux + responsable",
  "Patrick Lemoine <patrick.lemoine@courriel.example>", "Traiteur - mariage de ma fille",
  """
C'est honteux. Le buffet est arrivé avec deux heures de retard et la moitié des plats manquait. Je veux parler au patron de la boulangerie, pas au livreur.
""")

m("fr", "corp exec", "-", "adresse mail du PDG pour lui écrire",
  "Valérie Henry <valerie.henry@courriel.example>", "Coordonnées de votre direction",
  """
Pouvez-vous me communiquer l'adresse électronique de votre président-directeur général ? Je compte lui écrire directement au sujet du comportement de vos agents de sécurité.
""")

m("fr", "corp", "-", "adresse du siège social",
  "Olivier Roussel <olivier.roussel@roussel-btp.example>", "Siège social",
  """
Merci de m'indiquer l'adresse postale de votre siège social et le nom de votre service juridique, pour l'envoi d'une mise en demeure.
""")

m("fr", "exec", "-", "j'ai écrit au fondateur",
  "Sandrine Blanc <sandrine.blanc@courriel.example>", "Ma plainte",
  """
Pour information, j'ai également envoyé ce courrier au fondateur de votre société par LinkedIn ce matin.
""")

m("fr", "out tech", "-", "plateforme inaccessible",
  "Julien Morel <julien.morel@morel-services.example>", "Plateforme inaccessible depuis ce matin",
  """
Depuis 8 h, aucun de nos 25 téléconseillers ne peut accéder à votre plateforme : page blanche puis « service indisponible ». Nos files d'appels débordent.
""")

m("fr", "out tech", "-", "boutique e-book ne répond plus",
  "Marie Lambert <marie.lambert@courriel.example>", "Boutique en panne",
  """
La boutique ne s'ouvre plus ni sur la liseuse, ni sur le site, depuis samedi. Impossible de lire quoi que ce soit de ma bibliothèque en ligne.
""")

m("fr", "loss tech", "-", "épisodes disparus",
  "Antoine Faure <antoine@lebruitdufond.example>", "Tous mes épisodes ont disparu",
  """
Bonjour,

en me connectant ce matin, mon podcast n'a plus qu'un seul épisode. Les 87 autres, avec leurs notes, ont disparu du flux et du tableau de bord.

Antoine
""")

m("fr", "loss", "-", "photos perdues par le photographe",
  "Laetitia Robin <laetitia.robin@courriel.example>", "Photos de la cérémonie",
  """
Vous nous dites que les photos de la cérémonie ont été effacées par erreur de votre disque. Ce sont les seules images de ma grand-mère à notre mariage.
""")

m("fr", "bill", "-", "mensualité prélevée deux fois, paraphrasé",
  "Christophe Vidal <christophe.vidal@courriel.example>", "Deux prélèvements en avril",
  """
Vous avez prélevé la mensualité de nettoyage de vitres le 1er puis à nouveau le 4 avril (35 € chaque fois). Merci de me rembourser le second.
""")

m("fr", "bill", "-", "menace d'opposition bancaire",
  "Nathalie Guérin <nathalie.guerin@courriel.example>", "Facture 8812 erronée",
  """
La facture 8812 mentionne 4 rotations de benne, il n'y en a eu que 2. Si elle n'est pas corrigée vendredi, je fais opposition au prélèvement auprès de ma banque.
""")

m("fr", "bill angry", "-", "facture gonflée, colère",
  "Michel André <michel.andre@courriel.example>", "420 € pour un ramonage ?!",
  """
Devis : 75 €. Facture : 420 € pour des « travaux complémentaires » jamais demandés ni faits. C'est du vol pur et simple, je suis hors de moi.
""")

m("fr", "cancel", "-", "ne renouvellera pas",
  "Élise Fabre <elise.fabre@courriel.example>", "Contrat de gardiennage",
  """
Après les absences répétées de vos agents, nous ne renouvellerons pas le contrat de gardiennage à son échéance de juin. Nous avons déjà consulté deux autres sociétés.
""")

m("fr", "cancel tech", "-", "montre, menace de changer",
  "Hugo Chevalier <hugo.chevalier@courriel.example>", "Montre qui se déconnecte",
  """
Ma montre se déconnecte du téléphone toutes les dix minutes depuis la mise à jour. Si ce n'est pas corrigé ce mois-ci, je la renvoie et je passe à une autre marque.
""")

m("fr", "media", "-", "avis + réseaux",
  "Sophie Moulin <sophie.moulin@courriel.example>", "Gâteau de mariage",
  """
Le gâteau n'était pas celui commandé. Sans geste de votre part d'ici demain, je raconte tout sur les groupes de mariées et je laisse un avis détaillé partout où je peux.
""")

m("fr", "media", "-", "demande de journaliste",
  "Lucas Bertin <l.bertin@lequotidiendelest.example>", "Demande d'interview : agences SEO",
  """
Bonjour,

je suis journaliste au Quotidien de l'Est et je prépare un article sur les pratiques commerciales des agences de référencement. Accepteriez-vous de répondre à quelques questions avant vendredi ?

Lucas Bertin
""")

m("fr", "disc", "-", "agent mocked the accent; no textbook word",
  "Karim Benali <karim.benali@courriel.example>", "Propos de votre agent",
  """
Au téléphone, votre conseiller s'est moqué de mon accent, m'a demandé « d'où je sortais » et m'a dit de rappeler « quand je saurai parler français ». Je suis né à Lyon.
""")

m("fr", "disc", "-", "agent de sécurité suit et fouille personnes âgées / handicap",
  "Monique Deschamps <monique.deschamps@courriel.example>", "Comportement de votre vigile",
  """
Votre vigile au centre commercial a refusé l'entrée à mon mari en fauteuil roulant en disant que « ce genre de personne gêne le passage ». Tout le monde a entendu.
""")

m("fr", "disc", "-", "laveur de vitres insistant envers une cliente",
  "Pauline Mercier <pauline.mercier@courriel.example>", "Votre employé",
  """
Votre laveur de vitres m'a fait des remarques sur mon physique pendant toute l'intervention, puis m'a envoyé des SMS le soir même. Je ne veux plus qu'il vienne chez moi.
""")

m("fr", "safe tech", "-", "montre brûlure",
  "Thierry Colin <thierry.colin@courriel.example>", "Ma montre m'a brûlé le poignet",
  """
Ce matin j'avais une cloque rouge sous le capteur de la montre, qui était brûlante quand je l'ai retirée. Photo jointe.
""", att="png")

m("fr", "safe", "-", "benne coupante",
  "Alain Barbier <alain.barbier@courriel.example>", "Benne dangereuse",
  """
La benne posée devant chez nous a une tôle arrachée à hauteur d'enfant. Mon fils s'y est ouvert la main hier, trois points de suture. Venez la changer.
""")

m("fr", "safe", "-", "allergène traiteur",
  "Agnès Renard <agnes.renard@courriel.example>", "Allergie - buffet",
  """
Nous avions commandé un buffet sans arachide. Une invitée a fait une réaction grave après les mignardises, le SAMU est venu.
""")

m("fr", "prom", "-", "remboursement promis jamais reçu",
  "Didier Noël <didier.noel@courriel.example>", "Remboursement promis",
  """
Le 3 mai, vous m'avez écrit que le remboursement de 59 € serait fait « sous 48 h ». Nous sommes le 30 mai.
""")

m("fr", "rep", "-", "quatrième message",
  "Catherine Roy <catherine.roy@courriel.example>", "Quatrième message",
  """
C'est mon quatrième message au sujet de la facture mal adressée. Pouvez-vous simplement la corriger ?
""")

m("fr", "rep prom", "-", "écrit le 2, le 9 et aujourd'hui",
  "Yves Picard <yves.picard@courriel.example>", "Toujours pas de rappel",
  """
Je vous ai écrit le 2, le 9 et aujourd'hui. On m'avait promis un rappel d'un technicien la semaine dernière ; personne n'a appelé.
""")

m("fr", "hv", "-", "contrat centre d'appels > 5000",
  "Florence Masson <florence.masson@masson-energie.example>", "Niveau de service T2",
  """
Madame, Monsieur,

notre contrat annuel d'externalisation (96 000 €) prévoit 85 % d'appels décrochés en moins de 30 secondes. Votre rapport indique 51 % en mai. Nous attendons un plan d'action.

Florence Masson
""")

m("fr", "feat", "-", "souhait de fonctionnalité",
  "Benoît Leclerc <benoit.leclerc@courriel.example>", "Suggestion pour la liseuse",
  """
Une idée : pouvoir régler l'interligne et les marges livre par livre, et pas seulement globalement. Ça me rendrait un grand service.
""")

m("fr", "feat", "-", "demande : chapitres",
  "Émilie Dumont <emilie@causeriespodcast.example>", "Chapitres dans les épisodes",
  """
Bonjour ! Serait-il envisageable d'ajouter les marqueurs de chapitres dans l'éditeur d'épisode ? Je dois passer par un autre logiciel pour ça.
""")

m("fr", "tech", "-", "jeu plante",
  "Maxime Roger <maxime.roger@courriel.example>", "Le jeu plante",
  """
le jeu plante a chaque fois que j'ouvre la boutique, ecran noir puis retour a l'accueil du telephone
""")

# ---------------------------------------------------------------------------
# Spanish customer mail with triggers
# ---------------------------------------------------------------------------
m("es", "disc", "-", "el encargado se burló de mi acento",
  "Rosa Jiménez <rosa.jimenez@correo.example>", "Trato recibido en la panadería",
  """
Buenas tardes:

ayer fui a recoger el encargo del catering y el encargado se burló de mi acento delante de otros clientes, imitándome y preguntando si en mi pueblo no enseñan a hablar. Me sentí humillada.

Rosa Jiménez
""")

m("es", "disc", "-", "vigilante sigue a cliente por su origen",
  "Ibrahim Diallo <ibrahim.diallo@correo.example>", "Su vigilante",
  """
Cada vez que entro al centro comercial su vigilante me sigue por todas las tiendas. A mis compañeros de trabajo, que son blancos, no. Ayer me dijo en voz alta "a ver qué te llevas hoy".
""")

m("es", "disc mgr", "-", "comentarios sexuales de deshollinador + superior",
  "Lucía Navarro <lucia.navarro@correo.example>", "Comportamiento de su técnico",
  """
Su técnico deshollinador hizo comentarios sobre mi cuerpo toda la visita y me pidió el teléfono "para otro servicio". Quiero que me llame alguien con autoridad en la empresa, no el call center.
""")

m("es", "reg", "-", "la oficina de consumo",
  "Antonio Herrera <antonio.herrera@correo.example>", "Cobro tras la baja",
  """
Me di de baja del lavado en marzo y ustedes siguen sin responderme. He presentado una hoja de reclamaciones y mañana la llevo a la oficina municipal de consumo.
""")

m("es", "reg", "-", "AEPD paraphrased: protección de datos",
  "Marta Castillo <marta.castillo@correo.example>", "Mis datos",
  """
Les pedí en enero que borraran mis datos y siguen enviándome publicidad. Protección de datos va a recibir mi queja esta semana, con todas las fechas.
""")

m("es", "reg bill", "-", "cargo del juego por niño, consumo",
  "Javier Ortega <javier.ortega@correo.example>", "Compras de mi hijo en el juego",
  """
Mi hijo de 8 años gastó 187 € en cofres del juego sin que se pidiera ninguna contraseña. No autoricé esos cargos y quiero que se devuelvan. Además pienso denunciarlo ante consumo.
""")

m("es", "reg safe", "-", "contenedor en la acera, ayuntamiento",
  "Elena Vargas <elena.vargas@correo.example>", "Contenedor peligroso",
  """
El contenedor que dejaron en la acera no tiene señalización nocturna. Un motorista se chocó anoche contra él y acabó en urgencias con el brazo roto. Ya he avisado a la policía local y al ayuntamiento.
""")

m("es", "sec", "-", "alguien entró en mi cuenta",
  "Pablo Romero <pablo.romero@correo.example>", "Alguien entró en mi cuenta",
  """
Alguien ha entrado en mi cuenta del lavado, ha cambiado mi matrícula y está usando mi suscripción en Valencia. Yo vivo en Bilbao.
""")

m("es", "sec tech", "-", "correo de confirmación con datos ajenos",
  "Carmen Molina <carmen.molina@correo.example>", "Recibí datos de otros clientes",
  """
Junto a la confirmación de mi pedido de dron me llegó un PDF con nombres, direcciones y teléfonos de otros 30 clientes. Deberían revisar su tienda.
""")

m("es", "sec", "-", "correo falso enviado desde su dirección",
  "Sergio Gil <sergio.gil@correo.example>", "¿Les han robado la lista de correo?",
  """
Me llegó desde su dirección de siempre un correo pidiendo "verificar mi tarjeta" con un enlace a una web que no es suya. Mi hermana, también clienta, recibió lo mismo.
""")

m("es", "legal", "-", "mi letrado",
  "Francisco Ruiz <francisco.ruiz@correo.example>", "Fotos de la boda",
  """
Si en diez días no tenemos las fotos acordadas en el contrato, mi letrado se pondrá en contacto con ustedes.
""")

m("es", "legal hv", "-", "contrato seguridad > 5000, acciones",
  "Beatriz Serrano <beatriz.serrano@serrano-inmuebles.example>", "Contrato de vigilancia 2024-17",
  """
Estimados señores:

nuestro contrato de vigilancia (7.800 € mensuales) incluye rondas nocturnas que, según nuestras cámaras, no se han hecho en tres semanas. Hemos trasladado el asunto a nuestros asesores jurídicos para reclamar lo pagado.

Beatriz Serrano
""")

m("es", "legal angry", "-", "abogado (palabra de manual), indignación",
  "Manuel Díaz <manuel.diaz@correo.example>", "VERGONZOSO",
  """
ES VERGONZOSO. Me rompieron el cristal del escaparate limpiándolo y ahora dicen que ya estaba roto. Mi abogado ya tiene las fotos.
""")

m("es", "mgr", "-", "alguien con más autoridad",
  "Teresa Blanco <teresa.blanco@correo.example>", "Necesito hablar con otra persona",
  """
Llevo una semana hablando con agentes que no pueden decidir nada. Pásenme con alguien con más autoridad, por favor.
""")

m("es", "corp", "-", "dirección de la sede central",
  "Ramón Fuentes <ramon.fuentes@correo.example>", "Dirección de la empresa",
  """
¿Me pueden dar la dirección postal de la sede de su empresa y el nombre del responsable jurídico? Quiero enviar un burofax.
""")

m("es", "corp exec", "-", "correo del dueño",
  "Alicia Ramos <alicia.ramos@correo.example>", "Correo del dueño",
  """
Denme el correo del dueño de la empresa de fotografía, por favor. Le voy a escribir a él directamente lo que ha pasado con nuestra boda.
""")

m("es", "exec", "-", "escribió al consejero delegado",
  "Jorge Medina <jorge.medina@correo.example>", "Re: incidencia 5531",
  """
Les informo de que he enviado una copia de toda esta conversación a su consejero delegado por LinkedIn.
""")

m("es", "out tech", "-", "plataforma caída",
  "Silvia Cano <silvia.cano@cano-atencion.example>", "No funciona nada",
  """
Desde las 9:00 ninguno de nuestros agentes puede entrar en la plataforma, sale "error del servidor" en todas las pantallas.
""")

m("es", "out tech", "-", "tienda de ebooks caída",
  "Andrés Prieto <andres.prieto@correo.example>", "La tienda no carga",
  """
La tienda de libros no abre desde el domingo en ningún dispositivo. Tampoco puedo acceder a los libros que ya compré.
""")

m("es", "loss tech", "-", "perdió la biblioteca",
  "Natalia Suárez <natalia.suarez@correo.example>", "Mi biblioteca ha desaparecido",
  """
Tras la actualización mi biblioteca está vacía: más de 200 libros comprados, desaparecidos.
""")

m("es", "loss tech angry", "-", "web migrada sin contenidos, indignación",
  "Raúl Iglesias <raul.iglesias@iglesias-abogados.example>", "Web sin contenidos",
  """
Después de la migración que hicieron ustedes, todos los artículos del blog de los últimos tres años han desaparecido. Es indignante, una chapuza de principio a fin.
""")

m("es", "bill", "-", "cuota cobrada dos veces paraphrase",
  "Pilar Rubio <pilar.rubio@correo.example>", "Dos cobros",
  """
Me han cobrado la cuota mensual de limpieza de cristales el día 1 y otra vez el día 3 (30 € cada vez). Devuélvanme uno.
""")

m("es", "bill cancel", "-", "cobro tras cancelar + baja",
  "Diego Peña <diego.pena@correo.example>", "Cobro indebido",
  """
Cancelé el plan del podcast en febrero y me siguen cobrando 15 € al mes. Si no me devuelven lo cobrado, me doy de baja de todo lo que tengo con ustedes.
""")

m("es", "cancel", "-", "cambio de proveedor",
  "Cristina León <cristina.leon@correo.example>", "Fin del servicio",
  """
Con tres meses sin mejorar el posicionamiento, hemos decidido no seguir con su agencia cuando acabe el trimestre.
""")

m("es", "media", "-", "redes sociales",
  "Laura Gallego <laura.gallego@correo.example>", "Tarta equivocada",
  """
La tarta no era la encargada. Si no me dan una solución hoy, subo las fotos a Instagram y a todas las páginas de reseñas.
""")

m("es", "media", "-", "periodista",
  "Óscar Vidal <o.vidal@diariodelsur.example>", "Consulta de prensa: drones",
  """
Buenos días, soy periodista del Diario del Sur. Preparamos un reportaje sobre drones que pierden el control y quería preguntarles por su política de devoluciones. ¿Podrían responder antes del jueves?
""")

m("es", "safe tech", "-", "batería de dron hinchada, quemadura",
  "Hugo Marín <hugo.marin@correo.example>", "Batería hinchada",
  """
La batería de repuesto se hinchó mientras cargaba y soltó un olor químico; al sacarla me quemé dos dedos. Está fuera, en el balcón.
""")

m("es", "safe", "-", "silla rota, lesión",
  "Eva Cortés <eva.cortes@cortes-asesores.example>", "Silla rota",
  """
Una de las sillas del alquiler se partió y mi compañera se dio un golpe en la cabeza. Estuvo en observación en el hospital. Retiren las sillas de ese modelo.
""")

m("es", "safe", "-", "alérgeno en catering",
  "Rocío Pastor <rocio.pastor@correo.example>", "Reacción alérgica en el evento",
  """
Pedimos el catering sin frutos secos por escrito. Una invitada tuvo una reacción fuerte y hubo que llamar a la ambulancia.
""")

m("es", "prom", "-", "devolución prometida no llegó",
  "Alberto Moreno <alberto.moreno@correo.example>", "Devolución",
  """
El 3 de mayo me confirmaron la devolución de 40 €. Seguimos igual.
""")

m("es", "prom", "-", "técnico prometido no vino",
  "Inés Calvo <ines.calvo@correo.example>", "El técnico no vino",
  """
Me aseguraron que el técnico vendría el martes por la mañana para la pantalla del escritorio elevable. No vino nadie ni avisó.
""")

m("es", "rep", "-", "cuarta vez paraphrased",
  "Gloria Santos <gloria.santos@correo.example>", "Otra vez lo mismo",
  """
Les he escrito el 2, el 9 y el 16, y hoy otra vez: la factura sigue a nombre de otra empresa.
""")

m("es", "rep angry", "-", "he llamado cuatro veces",
  "Emilio Nieto <emilio.nieto@correo.example>", "Cuarta llamada",
  """
He llamado cuatro veces y nadie retira el contenedor. Estoy harto, es un servicio lamentable y vergonzoso.
""")

m("es", "hv", "-", "pedido de drones > 5000 con problema",
  "Sonia Márquez <sonia.marquez@agrovision.example>", "Pedido 4410",
  """
Nuestro pedido 4410 (diez drones agrícolas, 23.500 €) llegó sin los mandos. Necesitamos saber cuándo llegan.
""")

m("es", "hv tech", "-", "contrato de centralita > 5000",
  "Ricardo Soto <ricardo.soto@soto-seguros.example>", "Contrato anual de atención telefónica",
  """
Estimados:

por nuestro contrato anual (64.000 €) deberían grabarse todas las llamadas; desde abril, su sistema no guarda ninguna grabación. Necesitamos una solución.

Ricardo Soto
""")

m("es", "feat", "-", "sugerencia: modo oscuro",
  "Clara Domínguez <clara.dominguez@correo.example>", "Sugerencia",
  """
¿Podrían añadir en la app del lector un modo con fondo totalmente negro? Leo de noche y el modo actual sigue siendo demasiado claro.
""")

m("es", "feat", "-", "sugerencia: recordatorio",
  "Fernando Lozano <fernando.lozano@correo.example>", "Idea para la app de lavado",
  """
Una idea: que la app me avise cuando la estación de lavado más cercana esté vacía. Así no tendría que hacer cola.
""")

# ---------------------------------------------------------------------------
# Hard negatives (no trigger)
# ---------------------------------------------------------------------------
m("en", "", "job_title", "",
  "Grace Fenwick <grace.fenwick@fenwickdental.example>", "New desks for the practice",
  """
Hello SitWell,

I'm the office manager at Fenwick Dental. Could you send a quote for leasing six sit-stand desks from September? Our practice manager would like to see two colour options.

Grace Fenwick
Office Manager
""")

m("en", "", "job_title", "'Head of' title and account manager role",
  "Owen Barker <owen.barker@barker-retail.example>", "Introducing our new contact",
  """
Hi,

From next month our Head of Facilities, Priya Shah, will be your contact for the guarding contract. Our account manager at Ironwatch, Dan, already has her details. Nothing else changes.

Owen Barker
""")

m("en", "", "quoted_threat", "old threat only inside quote; new text is thanks",
  "Callum Ferris <callum.ferris@postbox.example>", "Re: somebody else is playing my account??",
  """
All sorted, the gems are back and the refund came through. Thanks Mia.

On Tue, 4 Mar 2025 at 09:12, Callum Ferris <callum.ferris@postbox.example> wrote:
> If this isn't fixed by tonight I'm going to my bank, then to the press, and
> my lawyer will hear about it. This is the worst service I have ever had.
""")

m("en", "", "quoted_threat", "quoted customer rant; new text neutral question",
  "Brenda Yates <brenda.yates@inbox.example>", "Re: Skip collection",
  """
Thanks for collecting it this morning. Can you send the invoice to accounts@yates-build.example instead of me?

On 12 May 2025, at 18:40, Brenda Yates wrote:
> Third time I'm writing. I want to speak to a manager and I want the head
> office address. Absolutely unacceptable.
""")

m("en", "", "forwarded", "forwarded complaint of a third party for information",
  "Imran Qureshi <imran.qureshi@qureshi-lettings.example>", "Fwd: complaint from a tenant",
  """
Hi, forwarding this for your records only - the tenant and I have sorted it between us, no action needed from you.

---------- Forwarded message ---------
From: Paul Tenant <paul.t@mailbox.example>
Date: Mon, 3 Mar 2025 at 19:02
Subject: window cleaners
To: Imran Qureshi <imran.qureshi@qureshi-lettings.example>

Your window cleaners broke my gutter and I'm going to sue. I've been charged twice for the service charge too.
""")

m("en", "", "disclaimer", "legal disclaimer in signature only",
  "Fiona Marsh <fiona.marsh@marshlegal.example>", "Catering for 30 on 14 June",
  """
Hello Crumb & Co,

We'd like sandwiches and cakes for 30 people at our office on 14 June, around 12:30. Could you send a menu?

Fiona Marsh
Head of Legal, Marsh Partners LLP

--
This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Any unauthorised use may be unlawful and may give rise to legal action.
""")

m("en", "", "negation", "explicitly not suing / not cancelling",
  "Dennis Holt <dennis.holt@postbox.example>", "watch replacement",
  """
Just to be clear, I'm not cancelling anything and I'm not going to make a fuss - I'd simply like to know when the replacement strap is shipping. Thanks.
""")

m("en", "", "negation", "no data lost, no escalation",
  "Agnes Wu <agnes.wu@mailbox.example>", "Update went fine",
  """
Hi, the firmware update went through fine in the end. No data was lost and there's no need to escalate the ticket I opened yesterday - please close it.
""")

m("en", "", "policy_question", "refund policy question",
  "Harvey Long <harvey.long@inbox.example>", "Refunds on gem packs",
  """
What is your refund policy for gem packs bought by mistake? Asking before I buy the big one.
""")

m("en", "", "policy_question", "how to cancel, neutral",
  "Nora Quinn <nora.quinn@postbox.example>", "Cancel order #4471",
  """
Hi, how do I cancel order #4471? I ordered the 8-yard skip but we only need a 4-yard one. Happy to re-order.
""")

m("en", "", "hypothetical", "hypothetical cancellation",
  "Lyle Brennan <lyle.brennan@mailbox.example>", "Before I sign",
  """
If we signed the 36-month lease, would we be able to end it early if we moved offices? Just want to understand the options.
""")

m("en", "", "feature_exists", "asks whether export exists",
  "Dara Kim <dara.kim@inbox.example>", "CSV export?",
  """
Can I export my download statistics to CSV somewhere? I couldn't find it in the dashboard.
""")

m("en", "", "feature_exists", "asks whether dark mode exists",
  "Ella Price <ella.price@postbox.example>", "dark mode",
  """
Does the Pagewise app have a dark mode? I'm new.
""")

m("en", "", "mild_disappointment", "mild disappointment only",
  "Miriam Gold <miriam.gold@mailbox.example>", "Cupcakes",
  """
The cupcakes were lovely, though I was a little disappointed the icing was pink rather than peach. Not a big deal - we'll order again.
""")

m("en", "", "reported_speech", "colleague joked about suing",
  "Jack Harper <jack.harper@harper-events.example>", "Photo delivery date",
  """
Hi, when can we expect the gallery? My colleague joked that we should sue you if it's not ready for the anniversary party, ha. Seriously though, a rough date would help.
""")

m("en", "", "own_ceo", "customer's own CEO mentioned",
  "Tina Morgan <tina.morgan@morgan-analytics.example>", "Q3 call report",
  """
Hi VoxLine team, our CEO needs the Q3 call report for the board pack on Friday. Could you send the PDF version by Thursday?

Tina
""")

m("en", "", "big_amount", "large order, no problem",
  "Hamish Reid <hamish.reid@reid-surveys.example>", "Order 2025-31",
  """
Hello, we've received all twelve units of order 2025-31 ($28,400) and they're working well. Could you send the VAT invoice to finance@reid-surveys.example?
""")

m("en", "", "big_amount", "exactly 5,000 with a problem -> not high_value; problem is non-technical address",
  "Rita Osei <rita.osei@osei-foods.example>", "Invoice C-554",
  """
Invoice C-554 for £5,000 has our old address on it. Could you reissue it with 2 Quay Street? The amount is correct.
""")

m("en", "", "second_email", "second email only",
  "Kyle Benson <kyle.benson@inbox.example>", "second email - window cleaning quote",
  """
This is my second email - just checking you received my request for a window-cleaning quote last week. No rush.
""")

m("en", "", "gdpr_question", "GDPR compliance question",
  "Sanjay Patel <sanjay.patel@patel-clinic.example>", "GDPR and your call centre",
  """
Hello, before we outsource our appointment line to you, could you confirm that your call centre is GDPR compliant, and send your standard data processing agreement (DPA)?
""")

m("en", "", "security_questionnaire", "security questionnaire request",
  "Olga Ivanova <olga.ivanova@northbank.example>", "Vendor security questionnaire",
  """
Hi, as part of our vendor onboarding please complete the attached security questionnaire and let us know whether you support 2FA for customer portal accounts.
""")

m("en", "", "thank_you", "thanks",
  "Peggy Shaw <peggy.shaw@postbox.example>", "thank you!",
  """
Just wanted to say the windows have never looked better. Tell Marek thank you from the lady with the noisy dog!
""")

m("en", "", "support_phone", "asks for normal support number",
  "Ron Ellis <ron.ellis@mailbox.example>", "phone number?",
  """
What's your support phone number and what are the opening hours on Saturdays?
""")

m("en", "", "how_to", "how-to question, nothing broken",
  "Zara Ahmed <zara.ahmed@inbox.example>", "How do I add a second car?",
  """
How do I add my partner's car to my SudsClub family plan?
""")

m("en", "", "maintenance_question", "planned maintenance question",
  "Ian Mackay <ian.mackay@mackay-media.example>", "Maintenance window",
  """
Are there planned maintenance windows for podcast hosting we should avoid for our Tuesday 6am releases?
""")

m("en", "", "negation", "explicitly no legal steps",
  "Sheila Booker <sheila.booker@postbox.example>", "About the broken pot",
  """
Your cleaner knocked over a plant pot last week. I'm not going to take any legal steps over a £12 pot, I'd just appreciate it if he was a bit more careful.
""")

m("en", "", "quoted_threat", "HTML blockquote of own old threat",
  "Derek Shaw <derek.shaw@inbox.example>", "Re: Lease invoice April",
  """
Great, the credit note arrived. Thanks for sorting it.

On Fri, 11 Apr 2025 at 16:20, SitWell Support <support@example.test> wrote:
> Dear Mr Shaw, we have issued a credit note.
>
> On Thu, 10 Apr 2025, Derek Shaw wrote:
>> You charged us twice for April. I'm cancelling the lease and going to
>> trading standards.
""")

m("en", "", "job_title", "'Manager of IT' and 'Password Manager'",
  "Keith Rowe <keith.rowe@rowe-group.example>", "SSO for the e-book portal",
  """
Hello, I'm the Manager of IT at Rowe Group. Can staff store their Pagewise login in our Password Manager, or do you support single sign-on?
""")

m("en", "", "reported_speech", "neighbour's complaint reported, not adopted",
  "Gill Harding <gill.harding@mailbox.example>", "skip position",
  """
My neighbour said she'd ring the council about where the skip is, but honestly it's fine by me. Could the driver just nudge it 50cm left when he swaps it on Thursday?
""")

m("en", "", "big_amount", "big invoice paid, asks for receipt",
  "Victor Hale <victor.hale@hale-hotels.example>", "Receipt for payment",
  """
We paid the annual guarding invoice of £96,000 yesterday. Could you confirm receipt and send a stamped copy for our auditors?
""")

m("en", "", "thank_you", "thanks, no problem",
  "Nisha Rao <nisha.rao@inbox.example>", "Wedding album",
  """
The album arrived today and my mum cried. Thank you so much for everything.
""")

m("en", "", "policy_question", "invoice copy request",
  "Gordon Blake <gordon.blake@postbox.example>", "invoice copy",
  """
Could you send me a copy of invoice 2291? I've lost the email.
""")

m("en", "", "hypothetical", "hypothetical data safety question",
  "Lena Fischer <lena.fischer@mailbox.example>", "upgrade and my books",
  """
If I upgrade to the new e-reader, how do I make sure I don't lose my notes and highlights?
""")

m("en", "", "mild_disappointment", "slightly disappointed, not strong",
  "Connor Webb <connor.webb@inbox.example>", "Feedback on the wash",
  """
A bit disappointed the wheels weren't cleaned as well as last time, but otherwise fine. Just thought you'd like to know.
""")

m("en", "", "gdpr_question", "asks whether data is safe; DPA request",
  "Alice Turner <alice.turner@turner-hr.example>", "Where is our data stored?",
  """
Is our data safe with you? Where are the servers, and can you send a DPA for signature?
""")

m("en", "", "own_ceo", "own CEO visiting",
  "Bella Grant <bella.grant@grant-tech.example>", "Extra cakes",
  """
Our CEO is visiting on Friday, so could we add a dozen extra pastries to the standing order for that day only?
""")

m("en", "", "forwarded", "forwarded internal note mentioning lawyer; own text neutral",
  "Marco Ricci <marco.ricci@ricci-foods.example>", "Fwd: contract renewal",
  """
Please see below and send us the updated contract for signature.

-----Original Message-----
From: Legal Team <legal@ricci-foods.example>
Sent: Tuesday, 6 May 2025 10:00
To: Marco Ricci
Subject: contract renewal

Our lawyer has reviewed the renewal terms and is happy. The contract is legally binding from 1 June.
""")

m("en", "", "security_questionnaire", "asks how to enable 2FA",
  "Tessa Cole <tessa.cole@postbox.example>", "2FA",
  """
How do I turn on two-factor authentication for my game account? Want to be safe.
""")

m("en", "", "second_email", "follows up once",
  "Adam Fox <adam.fox@mailbox.example>", "Following up",
  """
Following up on my email from Monday about chimney sweep availability in November - do you have any Saturday slots?
""")

m("en", "", "negation", "hasn't been charged twice - double checking",
  "Maya Singh <maya.singh@inbox.example>", "payment question",
  """
I saw two pending amounts on my banking app but one has already dropped off, so I haven't been charged twice - all good. Just confirming the plan is active?
""")
m("de", "", "job_title", "Leiter as job title",
  "Matthias Kühn <matthias.kuehn@kuehn-gruppe.example>", "Angebot Büromöbel",
  """
Guten Tag, ich bin Leiter der Verwaltung bei der Kühn Gruppe. Bitte senden Sie uns ein Angebot für 20 Schreibtische im Leasing ab Oktober.

Matthias Kühn
Leiter Verwaltung
""")

m("de", "", "quoted_threat", "German attribution, old threat quoted",
  "Sabine Krüger <sabine.krueger@mailbox.example>", "AW: Abbuchung nach Kündigung",
  """
Danke, das Geld ist zurück. Damit ist die Sache für mich erledigt.

Am 04.03.2025 um 10:12 schrieb Sabine Krüger <sabine.krueger@mailbox.example>:
> Wenn Sie nicht sofort zahlen, schalte ich meinen Anwalt ein und gehe zur
> Verbraucherzentrale. Eine Unverschämtheit!
""")

m("de", "", "negation", "ich will nicht kündigen",
  "Helga Winter <helga.winter@postfach.example>", "Frage zum Abo",
  """
Ich will nicht kündigen, keine Sorge - ich möchte nur mein Abo auf den günstigeren Tarif umstellen. Wie geht das?
""")

m("de", "", "policy_question", "Frage zur Rückgaberegelung",
  "Lutz Becker <lutz.becker@postfach.example>", "Rückgabe",
  """
Wie lange habe ich Zeit, eine Smartwatch zurückzugeben, wenn sie mir nicht gefällt?
""")

m("de", "", "feature_exists", "gibt es eine Funktion",
  "Eva Lorenz <eva.lorenz@postfach.example>", "Kapitelmarken?",
  """
Kann ich in Ihrem Podcast-Hosting Kapitelmarken setzen? Wenn ja, wo finde ich das?
""")

m("de", "", "gdpr_question", "DSGVO-Konformität Frage",
  "Gunter Ernst <gunter.ernst@ernst-praxis.example>", "DSGVO",
  """
Ist Ihr Callcenter-Service DSGVO-konform? Wir bräuchten einen Auftragsverarbeitungsvertrag.
""")

m("de", "", "thank_you", "Dank",
  "Renate Frey <renate.frey@postfach.example>", "Danke!",
  """
Vielen Dank für die wunderschöne Hochzeitstorte, alle Gäste waren begeistert!
""")

m("de", "", "big_amount", "großer Betrag ohne Problem",
  "Jan Richter <jan.richter@richter-bau.example>", "Rahmenvertrag Container",
  """
Anbei der unterschriebene Rahmenvertrag über 42.000 € für die Containergestellung 2025. Bitte um Gegenzeichnung.
""")

m("de", "", "disclaimer", "Signatur mit rechtlichem Hinweis",
  "Dr. Klaus Neumann <k.neumann@neumann-recht.example>", "Fenster Kanzlei",
  """
Sehr geehrte Damen und Herren,

bitte reinigen Sie unsere Kanzleifenster künftig dienstags statt montags.

Dr. Klaus Neumann
Rechtsanwalt

Diese E-Mail kann vertrauliche und rechtlich geschützte Informationen enthalten. Unbefugte Weitergabe kann rechtliche Schritte nach sich ziehen.
""")

m("de", "", "second_email", "zweite Mail",
  "Petra Schulz <petra.schulz@postfach.example>", "Zweite Nachfrage Angebot",
  """
Das ist meine zweite Mail - haben Sie meine Anfrage für ein Angebot zur Schornsteinreinigung erhalten?
""")

m("de", "", "reported_speech", "Nachbar will klagen - nicht übernommen",
  "Dirk Walter <dirk.walter@postfach.example>", "Container-Standort",
  """
Mein Nachbar meinte, er würde wegen des Containers klagen, aber das ist sein Problem. Können Sie ihn am Mittwoch bitte trotzdem einen Meter weiter rechts stellen?
""")

m("de", "", "hypothetical", "hypothetische Kündigung",
  "Sandra Fuchs <sandra.fuchs@postfach.example>", "Vertragsfrage",
  """
Könnte ich das Waschabo später jederzeit kündigen, falls ich umziehe?
""")

m("de", "", "mild_disappointment", "leicht enttäuscht",
  "Paul Berger <paul.berger@postfach.example>", "Rückmeldung",
  """
Ein bisschen schade, dass die Brötchen diesmal etwas blass waren. Sonst alles gut.
""")

m("de", "", "own_ceo", "eigener Geschäftsführer",
  "Lisa Horn <lisa.horn@horn-gmbh.example>", "Catering Freitag",
  """
Unser Geschäftsführer hat Geburtstag - können Sie am Freitag eine Torte für 25 Personen liefern?
""")

m("fr", "", "job_title", "responsable as title",
  "Claire Dubois <claire.dubois@dubois-industrie.example>", "Devis mobilier",
  """
Bonjour, je suis responsable des achats chez Dubois Industrie. Pourriez-vous nous envoyer un devis de location pour 15 fauteuils de bureau ?

Claire Dubois
Responsable achats
""")

m("fr", "", "job_title", "Directeur commercial signature",
  "Paul Girard <paul.girard@girard-auto.example>", "Abonnement flotte",
  """
Bonjour, nous souhaitons inscrire nos 12 véhicules de service à l'abonnement de lavage. Quelles sont les conditions ?

Paul Girard
Directeur commercial
""")

m("fr", "", "quoted_threat", "attribution française, ancienne menace citée",
  "Nathalie Guérin <nathalie.guerin@courriel.example>", "Re: Facture 8812 erronée",
  """
Merci, la facture corrigée est bien arrivée.

Le lun. 3 mars 2025 à 10:12, Nathalie Guérin <nathalie.guerin@courriel.example> a écrit :
> C'est inadmissible. Je vais porter plainte et contacter un avocat si ce
> n'est pas corrigé.
""")

m("fr", "", "negation", "pas de résiliation",
  "Bruno Meyer <bruno.meyer@courriel.example>", "Question abonnement",
  """
Je ne compte pas résilier, rassurez-vous : je voudrais juste changer la date de prélèvement.
""")

m("fr", "", "policy_question", "politique de remboursement",
  "Céline Perrot <celine.perrot@courriel.example>", "Remboursement",
  """
Quelle est votre politique de remboursement pour un ebook acheté par erreur ?
""")

m("fr", "", "feature_exists", "fonction existe ?",
  "Damien Brun <damien.brun@courriel.example>", "Export des statistiques",
  """
Est-il possible d'exporter les statistiques d'écoute en CSV ? Je n'ai pas trouvé.
""")

m("fr", "", "gdpr_question", "conformité RGPD",
  "Anne Lefort <anne.lefort@lefort-clinique.example>", "RGPD",
  """
Votre plateforme est-elle conforme au RGPD ? Pouvez-vous nous envoyer votre accord de sous-traitance ?
""")

m("fr", "", "security_questionnaire", "questionnaire sécurité",
  "Rémi Gautier <remi.gautier@banque-nord.example>", "Questionnaire de sécurité fournisseur",
  """
Dans le cadre de notre référencement fournisseur, merci de compléter le questionnaire de sécurité ci-joint.
""")

m("fr", "", "thank_you", "remerciements",
  "Odile Petit <odile.petit@courriel.example>", "Merci !",
  """
Un grand merci pour les photos de notre mariage, elles sont magnifiques.
""")

m("fr", "", "big_amount", "gros montant sans problème",
  "Hervé Marchal <herve.marchal@marchal-sa.example>", "Bon de commande",
  """
Veuillez trouver notre bon de commande de 18 500 € pour le gardiennage du salon professionnel. Merci de confirmer.
""")

m("fr", "", "reported_speech", "collègue plaisante",
  "Julie Rolland <julie.rolland@courriel.example>", "Date de livraison",
  """
Mon collègue dit en rigolant qu'on devrait appeler un avocat si le drone n'arrive pas avant le salon, mais je voulais juste connaître la date de livraison.
""")

m("fr", "", "hypothetical", "hypothèse",
  "Louis Carré <louis.carre@courriel.example>", "Question",
  """
Si je passe à l'offre annuelle, est-ce que je pourrai revenir à l'offre mensuelle plus tard ?
""")

m("fr", "", "own_ceo", "propre PDG",
  "Inès Morin <ines.morin@morin-conseil.example>", "Commande petit-déjeuner",
  """
Notre PDG reçoit des clients jeudi : pouvez-vous livrer 30 viennoiseries à 8 h 30 ?
""")

m("fr", "", "mild_disappointment", "un peu déçue",
  "Margot Leroy <margot.leroy@courriel.example>", "Retour",
  """
Un peu déçue que les vitres du premier étage aient été oubliées, mais l'équipe est très sympathique. Pouvez-vous les prévoir la prochaine fois ?
""")

m("es", "", "job_title", "gerente / responsable as titles",
  "Luis Herrero <luis.herrero@herrero-hoteles.example>", "Presupuesto vigilancia",
  """
Buenos días, soy el gerente del Hotel Herrero. Nuestra responsable de mantenimiento necesita un presupuesto de vigilancia nocturna para agosto.

Luis Herrero
Gerente
""")

m("es", "", "quoted_threat", "atribución en español con amenaza antigua",
  "Pilar Rubio <pilar.rubio@correo.example>", "RE: Dos cobros",
  """
Gracias, ya me han devuelto el importe.

El lun, 3 mar 2025 a las 10:12, Pilar Rubio (<pilar.rubio@correo.example>) escribió:
> Es una vergüenza. Si no me devuelven el dinero, voy a poner una demanda y a
> hablar con un supervisor.
""")

m("es", "", "negation", "no voy a cancelar",
  "Marcos Vega <marcos.vega@correo.example>", "Cambio de plan",
  """
No voy a cancelar, solo quiero cambiar al plan familiar. ¿Cómo se hace?
""")

m("es", "", "policy_question", "política de reembolso",
  "Irene Lara <irene.lara@correo.example>", "Reembolsos",
  """
¿Cuál es la política de reembolso si compro gemas por error?
""")

m("es", "", "feature_exists", "¿existe función?",
  "Adrián Pons <adrian.pons@correo.example>", "¿Se puede?",
  """
¿Se puede cambiar el tamaño de letra en la app de lectura? No lo encuentro.
""")

m("es", "", "gdpr_question", "RGPD",
  "Nuria Bosch <nuria.bosch@bosch-clinica.example>", "RGPD",
  """
¿Cumplen ustedes con el RGPD? Necesitamos el contrato de encargado del tratamiento antes de firmar.
""")

m("es", "", "thank_you", "agradecimiento",
  "Vicente Ibáñez <vicente.ibanez@correo.example>", "¡Gracias!",
  """
Muchas gracias por la limpieza de la chimenea, todo quedó impecable.
""")

m("es", "", "big_amount", "importe alto sin problema",
  "Miguel Ferrer <miguel.ferrer@ferrer-obras.example>", "Contrato anual",
  """
Adjunto el contrato anual de contenedores por 36.000 € firmado. Quedamos a la espera de la copia sellada.
""")

m("es", "", "second_email", "segundo correo",
  "Ana Soler <ana.soler@correo.example>", "Segundo correo",
  """
Es mi segundo correo: ¿tienen disponibilidad para una sesión de fotos en octubre?
""")

m("es", "", "hypothetical", "hipótesis",
  "Julio Campos <julio.campos@correo.example>", "Pregunta",
  """
Si un día quisiera darme de baja, ¿tendría que pagar penalización?
""")

m("es", "", "reported_speech", "amigo sugiere demandar",
  "Lola Crespo <lola.crespo@correo.example>", "Fecha de entrega",
  """
Un amigo me dice que les ponga una reclamación, pero yo solo quiero saber cuándo llega la tarta. ¿Me lo confirman?
""")

m("es", "", "own_ceo", "su propio director general",
  "Tomás Ruiz <tomas.ruiz@ruiz-tech.example>", "Pedido para el viernes",
  """
Nuestro director general celebra su jubilación el viernes. ¿Pueden preparar un catering para 40 personas?
""")

m("es", "", "mild_disappointment", "un poco decepcionado",
  "Raquel Mora <raquel.mora@correo.example>", "Comentario",
  """
Un poco decepcionada porque el lavado dejó marcas en los cristales, pero nada grave.
""")

m("es", "", "security_questionnaire", "cuestionario de seguridad",
  "Héctor Vidal <hector.vidal@banco-levante.example>", "Cuestionario de seguridad",
  """
Les adjuntamos nuestro cuestionario de seguridad para proveedores. ¿Pueden completarlo antes de fin de mes?
""")

# ---------------------------------------------------------------------------
# Automated mail (never any trigger)
# ---------------------------------------------------------------------------
a("auto_reply", "en", "header-less out-of-office",
  "Gemma Pollard <gemma.pollard@postbox.example>", "Out of Office: Re: Ticket 40917",
  """
Thank you for your email. I am out of the office until Monday 14 April with limited access to email. For urgent matters please call 555-0100.
""")
a("auto_reply", "en", "Outlook 'Automatic reply' with no headers; mentions lawyer in text",
  "Fiona Marsh <fiona.marsh@marshlegal.example>", "Automatic reply: Catering for 30 on 14 June",
  """
I am on annual leave until 2 June. For urgent legal matters please contact our duty solicitor on 555-0176. Emails will not be forwarded.
""")
a("auto_reply", "en", "RFC 3834 vacation with Auto-Submitted",
  "Marcus Thornbury <m.thornbury@vantage-logistics.example>", "Re: Fleet contract - units not syncing",
  """
I'm travelling this week and will reply when I'm back on Friday.
""", hdrs=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
a("auto_reply", "en", "ticket acknowledgement from customer's own helpdesk; quotes 'furious'",
  "Northgate Help Desk <helpdesk@northgate-utilities.example>", "[NG-88213] We received your request",
  """
Hello,

We have received your request and a member of our team will respond within 2 working days. Your reference is NG-88213.

Summary of your request: "Card numbers read out on a live call - customer furious"

Northgate Utilities Help Desk
""")
a("auto_reply", "en", "header-less 'no longer with the company' reply",
  "Ben Achebe <ben@achebe-motors.example>", "Re: SEO retainer",
  """
Ben no longer works at Achebe Motors. Please direct your email to office@achebe-motors.example. This mailbox is not monitored.
""")
a("auto_reply", "en", "auto-reply with X-Auto-Response-Suppress and Precedence",
  "Angela Ruiz <angela.ruiz@skyline-surveys.example>", "Automatic reply: PO 2024-118",
  """
I'm on site with limited signal until Thursday. For the drone order please contact procurement@skyline-surveys.example.
""", hdrs=[("X-Auto-Response-Suppress", "All"), ("Precedence", "auto_reply")])
a("auto_reply", "de", "Abwesenheitsnotiz ohne Header",
  "Ingrid Wagner <ingrid.wagner@wagner-steuer.example>", "Abwesenheitsnotiz: Leasingvertrag SW-4471",
  """
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 25.04. nicht im Büro. In dringenden Fällen wenden Sie sich bitte an meine Kollegin unter 030 555 0134.
""")
a("auto_reply", "de", "Eingangsbestätigung mit Auto-Submitted",
  "Kundenservice Hoppe IT <service@hoppe-it.example>", "Ihre Anfrage ist eingegangen",
  """
Guten Tag,

Ihre Nachricht ist bei uns eingegangen. Wir melden uns innerhalb von 48 Stunden. Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.
""", hdrs=[("Auto-Submitted", "auto-generated")])
a("auto_reply", "fr", "réponse automatique sans en-tête",
  "Isabelle Garnier <isabelle.garnier@garnier-assurances.example>", "Réponse automatique : Contrat de location mobilier 2291",
  """
Je suis absente du bureau jusqu'au 5 mai. Pour toute urgence, merci de contacter l'accueil au 01 55 55 01 22.
""")
a("auto_reply", "fr", "accusé de réception d'un service client",
  "Service client Morel <noreply@morel-services.example>", "Accusé de réception de votre demande",
  """
Bonjour,

nous avons bien reçu votre message. Il sera traité dans les meilleurs délais. Ceci est un message automatique, merci de ne pas y répondre.
""", hdrs=[("Auto-Submitted", "auto-replied")])
a("auto_reply", "es", "respuesta automática sin cabeceras",
  "Beatriz Serrano <beatriz.serrano@serrano-inmuebles.example>", "Respuesta automática: Contrato de vigilancia 2024-17",
  """
Estaré fuera de la oficina hasta el lunes 12. Para asuntos urgentes, llame al 555 0199.
""")
a("auto_reply", "es", "acuse de recibo automático",
  "Atención al cliente Cano <no-reply@cano-atencion.example>", "Hemos recibido su consulta",
  """
Hemos recibido su consulta y le responderemos lo antes posible. Este mensaje se ha generado automáticamente.
""", hdrs=[("Auto-Submitted", "auto-replied")])

a("list", "en", "newsletter with List-Unsubscribe; mentions breach webinar",
  "SkyBay News <news@skybay.example>", "Spring sale + webinar: keeping your data safe after a breach",
  """
Spring sale: 20% off all Aerion accessories until Sunday.

Webinar on Thursday: what to do if your account is hacked or involved in a data breach.

You receive this because you subscribed at skybay.example. Unsubscribe: https://skybay.example/u/8812
""", hdrs=[("List-Unsubscribe", "<https://skybay.example/u/8812>"), ("List-Id", "SkyBay customers <customers.skybay.example>"), ("Precedence", "bulk")])
a("list", "en", "mailing list digest about podcast hosting with angry quotes",
  "podcasters-l <podcasters-l@lists.example>", "[podcasters-l] Digest, Vol 88, Issue 4",
  """
Today's Topics:

   1. Re: CastNest outage again?? (Evan S.)
   2. Lawyer for a copyright takedown? (R. A.)

----------------------------------------------------------------------
Message: 1
From: Evan S.
Subject: Re: CastNest outage again??

All my feeds are down, this is the worst service I've ever had.
""", hdrs=[("List-Id", "Podcasters discussion <podcasters-l.lists.example>"), ("Precedence", "list"), ("List-Post", "<mailto:podcasters-l@lists.example>")])
a("list", "de", "Newsletter Bäckerei",
  "Backstube Newsletter <newsletter@backstube.example>", "Unser Herbstsortiment ist da",
  """
Liebe Kundinnen und Kunden, ab sofort gibt es wieder Zwiebelkuchen und Federweißer.

Abmelden: https://backstube.example/abmelden
""", hdrs=[("List-Unsubscribe", "<https://backstube.example/abmelden>"), ("Precedence", "bulk")])
a("list", "fr", "lettre d'information",
  "Lettre Ramonage Plus <info@ramonageplus.example>", "Préparez votre cheminée pour l'hiver",
  """
C'est le moment de faire ramoner votre conduit ! Un feu de cheminée sur trois est dû à un conduit mal entretenu.

Se désabonner : https://ramonageplus.example/desabo
""", hdrs=[("List-Unsubscribe", "<https://ramonageplus.example/desabo>"), ("List-Id", "<lettre.ramonageplus.example>")])
a("list", "es", "boletín",
  "Boletín FotoBoda <boletin@fotoboda.example>", "Novedades de temporada",
  """
Descubra nuestros nuevos álbumes de boda. Para darse de baja, visite https://fotoboda.example/baja
""", hdrs=[("List-Unsubscribe", "<https://fotoboda.example/baja>"), ("Precedence", "bulk")])

a("self", "en", "desk's own outgoing reply looped back",
  "Customer Support <support@example.test>", "Re: Card numbers read out on a live call",
  """
Dear Ms Haines,

Thank you for your message. We take data protection extremely seriously and have escalated your complaint to our Head of Compliance.

Kind regards,
Customer Support
""", to="Rebecca Haines <r.haines@northgate-utilities.example>")
a("self", "en", "escalated's own notification",
  "escalated <escalated@example.test>", "[escalated] legal_threat, severe_dissatisfaction: ticket 40917",
  """
Ticket 40917 was escalated.
Triggers: legal_threat, severe_dissatisfaction
Customer text: "MY ATTORNEY HAS YOUR ADDRESS"
""", to="Team Leads <leads@example.test>")
a("self", "en", "self Message-ID domain, from another address",
  "Desk Monitor <monitor@example.test>", "Daily digest: 14 escalations",
  """
14 messages escalated today: 3 security_incident, 2 regulatory, 9 other.
""", msgid="<digest.20250306@escalated.example.test>")
a("self", "de", "eigene Antwort des Supports",
  "Kundenservice <support@example.test>", "AW: Meine Daten bei Ihrem Partner",
  """
Sehr geehrter Herr Häberle,

vielen Dank für Ihre Nachricht. Wir haben Ihre Beschwerde an unseren Datenschutzbeauftragten weitergeleitet.

Ihr Kundenservice
""", to="Jürgen Häberle <j.haeberle@postfach.example>")
a("self", "fr", "notification interne d'escalated",
  "escalated <escalated@example.test>", "[escalated] regulatory: ticket 5120",
  """
Le ticket 5120 a été escaladé : la cliente mentionne la CNIL.
""", to="Équipe support <equipe@example.test>", msgid="<t5120.n1@escalated.example.test>")
a("self", "es", "respuesta propia",
  "Soporte <support@example.test>", "RE: Cobro indebido",
  """
Estimado Sr. Peña: hemos trasladado su reclamación al departamento de facturación.
""", to="Diego Peña <diego.pena@correo.example>")

raw("bounce", "en", "Postfix DSN for a reply to a customer; original contains threat text", """
Return-Path: <>
Received: from mx1.example.test (mx1.example.test [192.0.2.10])
	by mail.example.test (Postfix) with ESMTP id 4F2A11C0042
	for <support@example.test>; Thu,  6 Mar 2025 10:15:02 +0000 (UTC)
Date: Thu,  6 Mar 2025 10:15:02 +0000 (UTC)
From: MAILER-DAEMON@mx1.example.test (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: support@example.test
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4F2A11C0042.1741256102/mx1.example.test"
Message-Id: <20250306101502.4F2A11C0042@mx1.example.test>

This is a MIME-encapsulated message.

--4F2A11C0042.1741256102/mx1.example.test
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<bquist@mailbox.example>: host mx.mailbox.example[198.51.100.25] said: 550
    5.1.1 <bquist@mailbox.example>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)

--4F2A11C0042.1741256102/mx1.example.test
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.example.test
X-Postfix-Queue-ID: 4F2A11C0042
Arrival-Date: Thu,  6 Mar 2025 10:14:58 +0000 (UTC)

Final-Recipient: rfc822; bquist@mailbox.example
Original-Recipient: rfc822;bquist@mailbox.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.mailbox.example
Diagnostic-Code: smtp; 550 5.1.1 <bquist@mailbox.example>: Recipient address
    rejected: User unknown

--4F2A11C0042.1741256102/mx1.example.test
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Customer Support <support@example.test>
To: Bernard Quist <bquist@mailbox.example>
Subject: Re: I WANT MY MONEY BACK
Date: Thu, 6 Mar 2025 10:14:55 +0000
Message-ID: <r40917.2@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Dear Mr Quist, we are sorry to hear you are unhappy.

> MY ATTORNEY HAS YOUR ADDRESS. GOOD LUCK.

--4F2A11C0042.1741256102/mx1.example.test--
""")

raw("bounce", "de", "Exim-Unzustellbarkeitsbericht auf Deutsch", """
Return-Path: <>
Date: Fri, 07 Mar 2025 09:01:44 +0100
From: Mail Delivery System <Mailer-Daemon@mail.postfach.example>
To: support@example.test
Subject: Unzustellbar: AW: Container blockiert Gehweg
Message-ID: <E1tq7Zb-0004Kx-9A@mail.postfach.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="exim-1741334504-17"

--exim-1741334504-17
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Diese Nachricht wurde automatisch erstellt.
Die Zustellung an folgende Empfänger ist dauerhaft fehlgeschlagen:

  sven.lorenz@postfach.example
    Postfach voll (Quota überschritten)

--exim-1741334504-17
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.postfach.example

Action: failed
Final-Recipient: rfc822;sven.lorenz@postfach.example
Status: 5.2.2

--exim-1741334504-17--
""")

raw("bounce", "fr", "rapport de non-remise", """
Return-Path: <>
Date: Mon, 10 Mar 2025 14:22:09 +0100
From: postmaster@courriel.example
To: support@example.test
Subject: =?utf-8?q?Non_remis_=3A_Re=3A_Boutique_en_panne?=
Message-ID: <ndr.20250310142209.7781@courriel.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="ndr-7781"

--ndr-7781
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis à marie.lambert@courriel.example :
la boîte aux lettres du destinataire n'existe pas.

--ndr-7781
Content-Type: message/delivery-status

Reporting-MTA: dns; courriel.example

Final-Recipient: rfc822; marie.lambert@courriel.example
Action: failed
Status: 5.1.1

--ndr-7781--
""")

raw("bounce", "es", "notificación de fallo de entrega", """
Return-Path: <>
Date: Tue, 11 Mar 2025 08:05:00 +0100
From: "Sistema de correo" <mailer-daemon@correo.example>
To: support@example.test
Subject: =?utf-8?q?Notificaci=C3=B3n_de_estado_de_entrega_=28error=29?=
Message-ID: <dsn.5531.20250311@correo.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-5531"

--dsn-5531
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

No se ha podido entregar el mensaje a jorge.medina@correo.example.
El servidor remoto respondió: 550 buzón no disponible.

--dsn-5531
Content-Type: message/delivery-status

Reporting-MTA: dns; correo.example

Final-Recipient: rfc822; jorge.medina@correo.example
Action: failed
Status: 5.0.0

--dsn-5531--
""")

raw("bounce", "en", "ARF abuse report about desk mail", """
Return-Path: <>
Date: Wed, 12 Mar 2025 17:30:00 +0000
From: abuse-reports@isp.example
To: support@example.test
Subject: FW: Abuse report (complaint) for mail from 192.0.2.10
Message-ID: <arf.991@isp.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report; boundary="arf-991"

--arf-991
Content-Type: text/plain; charset=us-ascii

This is an email abuse report for an email message received from IP
192.0.2.10 on Wed, 12 Mar 2025 17:29:12 +0000.

--arf-991
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: ISP-FBL/1.0
Version: 1
Source-IP: 192.0.2.10
Original-Mail-From: <support@example.test>

--arf-991--
""")

raw("receipt", "en", "MDN displayed", """
Date: Thu, 13 Mar 2025 11:02:00 +0000
From: Priya Raman <priya.raman@orbitalfinance.example>
To: support@example.test
Subject: Read: Re: Lease OL-2291: wrong desks, broken motors
Message-ID: <mdn.2291.1@orbitalfinance.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-2291"

--mdn-2291
Content-Type: text/plain; charset=us-ascii

Your message to Priya Raman was read on Thursday, 13 March 2025 11:02.

--mdn-2291
Content-Type: message/disposition-notification

Reporting-UA: orbitalfinance.example; Mail Client
Final-Recipient: rfc822; priya.raman@orbitalfinance.example
Original-Message-ID: <r2291.4@example.test>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-2291--
""")

raw("receipt", "de", "Lesebestätigung", """
Date: Fri, 14 Mar 2025 09:15:00 +0100
From: Dr. Anja Seidel <anja.seidel@seidel-kanzlei.example>
To: support@example.test
Subject: =?utf-8?q?Gelesen=3A_Leasing_B=C3=BCroausstattung_-_M=C3=A4ngel?=
Message-ID: <mdn.7712@seidel-kanzlei.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-7712"

--mdn-7712
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ihre Nachricht wurde am 14.03.2025 um 09:15 gelesen.

--mdn-7712
Content-Type: message/disposition-notification

Final-Recipient: rfc822; anja.seidel@seidel-kanzlei.example
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7712--
""")

raw("receipt", "fr", "accusé de lecture", """
Date: Fri, 14 Mar 2025 15:40:00 +0100
From: Florence Masson <florence.masson@masson-energie.example>
To: support@example.test
Subject: =?utf-8?q?Lu_=3A_Niveau_de_service_T2?=
Message-ID: <mdn.551@masson-energie.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-551"

--mdn-551
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message a été lu le 14/03/2025 à 15:40.

--mdn-551
Content-Type: message/disposition-notification

Final-Recipient: rfc822; florence.masson@masson-energie.example
Disposition: automatic-action/MDN-sent-automatically; displayed

--mdn-551--
""")

raw("receipt", "es", "confirmación de lectura", """
Date: Sat, 15 Mar 2025 10:00:00 +0100
From: Sonia Márquez <sonia.marquez@agrovision.example>
To: support@example.test
Subject: =?utf-8?q?Le=C3=ADdo=3A_Pedido_4410?=
Message-ID: <mdn.4410@agrovision.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-4410"

--mdn-4410
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Su mensaje fue leído el 15/03/2025 a las 10:00.

--mdn-4410
Content-Type: message/disposition-notification

Final-Recipient: rfc822; sonia.marquez@agrovision.example
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-4410--
""")

# ---------------------------------------------------------------------------
# More English positives and negatives
# ---------------------------------------------------------------------------
m("en", "corp exec rep", "-", "wants chair's address to write; fourth attempt",
  "Gwen Thackeray <gwen.thackeray@postbox.example>", "Address for your chairman",
  """
Hello again. I have now tried your form, your phone line and this inbox, and this is attempt number four. Since none of you can sort out my lease, kindly give me the name and postal address of your chairman so I can put it to him in a letter.
""")

m("en", "corp", "-", "board contact details, rambling with request in the middle",
  "Philip Marchetti <philip.marchetti@marchetti-cafes.example>", "A few things",
  """
Hi there,

Hope you're well. Quick update from our side: the new café in Harbour Road opens on the 20th and we'll want the same bread order as the other two sites, maybe a few more focaccias.

Separately - and I'm sorry to do it this way - the problems with deliveries over the winter have been discussed by our owners, and they'd like to write to your board directly. Could you let me have contact details for your directors? A postal address is fine.

Anyway, the opening order: 40 sourdough, 30 baguettes, 20 focaccia. Same time as usual.

Phil
""")

m("en", "corp", "-", "terse ask for company secretary address",
  "Sunil Gupta <sunil.gupta@inbox.example>", "company secretary",
  """
who is your company secretary and what's the registered address. need it for a formal notice.
""")

m("en", "corp exec", "-", "managing director's direct line to ring them",
  "Yvonne Stirling <yvonne.stirling@mailbox.example>", "Your MD's direct number",
  """
Please send me the direct line or mobile for your managing director. I intend to ring her myself about what happened at our wedding, because the office keeps fobbing me off.
""")

m("en", "corp", "-", "address of parent group",
  "Hugh Pemberton <hugh.pemberton@pemberton-estates.example>", "Parent company",
  """
Dear Sirs,

I understand VoxLine is part of a larger group. Would you kindly provide the correspondence address of the parent company's head of legal affairs.

Yours faithfully,
H. Pemberton
""")

m("en", "disc", "-", "age-based mockery by agent",
  "Edna Cole <edna.cole@postbox.example>", "I'm 81, not stupid",
  """
When I rang about my e-reader your young man kept saying "bless you, grandma" and "is there someone younger in the house who can help you?" He talked to me like a child for twenty minutes because of my age. I was a headmistress for thirty years.
""")

m("en", "disc media", "-", "gay couple refused + threat to post",
  "Daniel Okafor-Reid <daniel.okafor-reid@mailbox.example>", "Your photographer and our wedding",
  """
Your photographer pulled out of our wedding two weeks before, and when my fiancé called she said she "doesn't do weddings like ours" - we are two men. We have the voicemail. Unless we hear something decent from you, the voicemail goes on every wedding forum and on TikTok.
""")

m("en", "disc", "-", "guard threatened cleaner",
  "Rosa Almeida <rosa.almeida@inbox.example>", "Your night guard",
  """
I clean the offices at Kingsway House at night. Your guard there keeps blocking the door when I want to leave, says I must "be nice to him" if I want to keep my job. Last week he grabbed my wrist. I am scared to go to work.
""")

m("en", "feat", "-", "wants CSV export added (not asking whether it exists)",
  "Tobias Grant <tobias.grant@grantpods.example>", "download stats export",
  """
I know the dashboard can't export download numbers yet - please add a CSV export with per-episode numbers. Our sponsors keep asking and I'm copying figures by hand.
""")

m("en", "feat", "-", "watch: request new feature for shift workers",
  "Paula Lindsay <paula.lindsay@postbox.example>", "Sleep tracking for night shifts",
  """
I'm a nurse on nights. Could you make sleep tracking work for daytime sleep? At the moment it ignores anything before 8pm. Lots of us would use that.
""")

m("en", "feat", "-", "skip hire: SMS notification request",
  "Darren Cole <darren.cole@colebuild.example>", "Text when the lorry is on its way",
  """
Small request: could your system text us when the lorry sets off for a skip swap? We'd have the gate open and the driver wouldn't have to wait.
""")

m("en", "hv rep", "-", "£27,000 photography contract issue; third message",
  "Eleanor Vance <eleanor.vance@vance-events.example>", "Corporate gala photography - still no images",
  """
Dear Lumen & Lace,

This is the third time I have written about the gala on 8 March (contract £27,000 for photography and video). We still have no images at all, and our sponsors are waiting for them.

Eleanor Vance
""")

m("en", "hv prom", "-", "£8,900 website build delayed despite promise",
  "Greg Holt <greg.holt@holt-electrical.example>", "Site launch",
  """
Our website build (£8,900, signed in January) was promised live by 1 April. It's 20 May and we've still only got a holding page.
""")

m("en", "rep out tech", "-", "booking system unreachable; third report",
  "Sharon Meek <sharon.meek@meek-lettings.example>", "Portal still unreachable",
  """
Reporting this again - my third email today. Your skip booking portal has been completely unreachable all day, for us and for the two other firms I've asked.
""")

m("en", "rep media", "-", "sarcastic, multiple calls, review threat",
  "Kev Barrow <kev.barrow@mailbox.example>", "lovely",
  """
Lovely. Five phone calls now and my car still can't be washed on my "unlimited" plan. Next stop is a very honest review on every site I can find.
""")

m("en", "exec prom", "-", "spoke to owner at an event; promised refund not paid",
  "Harriet Lowe <harriet.lowe@postbox.example>", "What your owner told me",
  """
I spoke to your owner, Mr Danvers, at the trade fair on Saturday and he told me personally the refund for my cake order would be paid on Monday. It hasn't been.
""")

m("en", "", "thank_you", "thanks for callback (no complaint)",
  "Alan Brook <alan.brook@inbox.example>", "Thanks for ringing back",
  """
Thanks for ringing back so quickly this morning. Everything's sorted with the chimney booking.
""")
m("en", "", "quoted_threat", "quoted supervisor request; new text closing",
  "Nina Patel <nina.patel@mailbox.example>", "Re: Watch refund",
  """
Refund arrived today, you can close this. Thank you.

Nina Patel <nina.patel@mailbox.example> schrieb am Mo., 3. März 2025, 09:12:
> I want a supervisor to call me and I want your head office address.
""")
m("en", "", "big_amount", "under threshold with a problem: 4,800",
  "Barry Knox <barry.knox@knox-tiling.example>", "Order 5561 late",
  """
Our order 5561 (£4,800, three drones) is a day late according to tracking. Any update from the courier?
""")
m("en", "", "hypothetical", "asks if chargeback allowed hypothetically",
  "Olive Hart <olive.hart@postbox.example>", "Payments",
  """
Out of curiosity, if a card payment to you failed, would you retry it automatically or send an invoice?
""")
m("en", "", "feature_exists", "does it have sync?",
  "Reggie Ndlovu <reggie.ndlovu@inbox.example>", "Question before buying",
  """
Does the Pulse 3 sync with the main fitness apps, or only with your own?
""")
m("en", "", "job_title", "'Director of Customer Escalations' title only",
  "Megan Ross <megan.ross@ross-retail.example>", "Guarding quote",
  """
Hello, please send a quote for weekend guarding at our Leeds store.

Megan Ross
Director of Customer Escalations, Ross Retail
""")
m("en", "", "forwarded", "forwarded newsletter about an outage elsewhere",
  "Colin Marsh <colin.marsh@mailbox.example>", "Fwd: Your weekly SEO tips",
  """
Is this your newsletter? Just wanted to check before I click anything in it.

Begin forwarded message:

From: SEO Tips <tips@seo-tips.example>
Subject: Your weekly SEO tips
Date: 5 March 2025 at 07:00:00 GMT

This week: what to do when your site is down and Google drops your rankings.
""")
m("en", "", "negation", "explicitly not a complaint",
  "Joan Pike <joan.pike@postbox.example>", "Not a complaint!",
  """
This isn't a complaint and I don't need anyone senior to call me - I'd just like to move my window clean from Wednesday to Thursday from next month.
""")


# ---------------------------------------------------------------------------
# packaging
# ---------------------------------------------------------------------------
POL = policy.SMTP  # CRLF line endings, RFC 2047 for non-ASCII header text
TINY_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
PACKS = ["plain8", "plain8", "qp", "b64", "legacy", "legacy", "alt", "alt", "html", "mixed"]
LEGACY = ["iso-8859-1", "iso-8859-15", "windows-1252"]


def wrap(body):
    out = []
    for line in body.split("\n"):
        if len(line) <= 76:
            out.append(line)
            continue
        pre = re.match(r"^((?:> ?)*)", line).group(1)
        out.extend(textwrap.wrap(line[len(pre):], 76 - len(pre), initial_indent=pre,
                                 subsequent_indent=pre, break_long_words=False,
                                 break_on_hyphens=False))
    return "\n".join(out)


def to_html(body):
    """Plain text -> simple HTML; '>' quote runs become <blockquote type="cite">."""
    parts, para, depth = [], [], 0

    def flush():
        if para:
            parts.append("<p>" + "<br>\n".join(html.escape(x) for x in para) + "</p>")
            para.clear()
    for line in body.split("\n"):
        d = len(re.match(r"^((?:> ?)*)", line).group(1).replace(" ", ""))
        text = re.sub(r"^(?:> ?)*", "", line)
        if d != depth:
            flush()
            while depth < d:
                parts.append('<blockquote type="cite">')
                depth += 1
            while depth > d:
                parts.append("</blockquote>")
                depth -= 1
        if text.strip():
            para.append(text)
        else:
            flush()
    flush()
    parts.extend(["</blockquote>"] * depth)
    return ('<html><head><meta charset="utf-8"></head><body>\n' + "\n".join(parts)
            + "\n</body></html>\n")


def addr_domain(frm):
    return re.search(r"@([^>\s]+)", frm).group(1)


def build(rec, rng, n):
    if "raw" in rec:
        data = rec["raw"].replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
        rng.random()
        return data
    base = datetime.datetime(2025, 3, 3, 8, 0, tzinfo=datetime.timezone.utc)
    tz = datetime.timezone(datetime.timedelta(hours=rng.choice([0, 0, 1, 2, -5, -6])))
    when = (base + datetime.timedelta(minutes=n * 331 + rng.randrange(300))).astimezone(tz)
    mid = rec.get("msgid") or "<%016x.%d@%s>" % (rng.getrandbits(64), n, addr_domain(rec["frm"]))
    msg = EmailMessage(policy=POL)
    msg["From"] = rec["frm"]
    msg["To"] = rec.get("to") or ("Customer Support <%s>" % DESK)
    msg["Subject"] = rec["subj"]
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = mid
    msg["MIME-Version"] = "1.0"
    if rec["subj"].lower().startswith(("re:", "aw:", "re :", "rép")):
        ref = "<%016x@example.test>" % rng.getrandbits(64)
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in rec["hdrs"]:
        msg[k] = v
    body = wrap(rec["body"])
    pack = rng.choice(PACKS) if rec["auto"] == "-" else rng.choice(["plain8", "qp", "legacy"])
    if rec["att"] and rec["auto"] == "-":
        pack = "mixed"
    bnd = "=_d7_%08x_%d" % (rng.getrandbits(32), n)
    if pack in ("plain8", "qp", "b64"):
        cte = {"plain8": None, "qp": "quoted-printable", "b64": "base64"}[pack]
        msg.set_content(body, cte=cte)
    elif pack == "legacy":
        cs = rng.choice(LEGACY)
        try:
            body.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        msg.set_content(body, charset=cs, cte=rng.choice(["8bit", "quoted-printable"]))
    elif pack == "alt":
        msg.set_content(body, cte=rng.choice([None, "quoted-printable"]))
        msg.add_alternative(to_html(body), subtype="html", cte="quoted-printable")
        msg.set_boundary(bnd)
    elif pack == "html":
        msg.set_content(to_html(body), subtype="html", cte=rng.choice(["quoted-printable", "base64"]))
    else:  # mixed
        msg.set_content(body, cte=rng.choice([None, "quoted-printable"]))
        if rec["att"] and rec["att"] != "png":
            name, ctype, content = rec["att"]
            maintype, subtype = ctype.split("/")
            msg.add_attachment(content.encode("utf-8"), maintype=maintype, subtype=subtype,
                               filename=name)
        else:
            msg.add_attachment(TINY_PNG, maintype="image", subtype="png", filename="screenshot.png")
        msg.set_boundary(bnd)
    return msg.as_bytes(policy=POL)


def corpus():
    """Return [(filename, bytes, labelrow)] deterministically."""
    rng = random.Random(SEED)
    order = list(range(len(MSGS)))
    rng.shuffle(order)
    out = []
    for pos, idx in enumerate(order):
        rec = MSGS[idx]
        name = "d7-%04d.eml" % (pos + 1)
        data = build(rec, rng, pos)
        row = [name, ",".join(rec["trig"]) or "-", rec["auto"], rec["lang"], rec["trap"] or "-",
               rec["note"] or "-"]
        out.append((name, data, row))
    return out


HEADER = "file\ttriggers\tautomated\tlang\ttrap\tnote"


def labels_text(items):
    return HEADER + "\n" + "".join("\t".join(r) + "\n" for _, _, r in items)


def write():
    items = corpus()
    for old in os.listdir(HERE):
        if re.fullmatch(r"d7-\d{4}\.eml", old):
            os.remove(os.path.join(HERE, old))
    for name, data, _ in items:
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(labels_text(items))
    print("wrote %d messages + labels.tsv to %s" % (len(items), HERE))


# words of the triggers.md examples; used only to report the paraphrase share
TEXTBOOK = re.compile(r"\b(lawyer|attorney|solicitor|sue|suing|lawsuit|court|legal action|"
                      r"regulator|gdpr violation|hacked|breach|discriminat\w*|harass\w*|"
                      r"fire|smoke|injur\w*|ceo'?s email|head office|charged twice|"
                      r"double[- ]charged|overcharged|third time|it would be great if you could add|"
                      r"absolutely unacceptable|worst service|furious|disgrace|"
                      r"escalat\w*|supervisor|manager|anwalt|klage|rechtliche schritte|"
                      r"avocat|tribunal|poursuites|abogado|demanda|acciones legales|"
                      r"zum dritten mal|troisième fois|tercera vez|"
                      r"diskriminier\w*|belästig\w*|harcèlement|discrimination|acoso|"
                      r"discriminación|feature-wunsch|ce serait bien de pouvoir|"
                      r"una vergüenza|inadmissible|unverschämt|inaceptable|inacceptable)\b", re.I)


def own_text(msg):
    texts = []
    for part in msg.walk():
        if part.get_content_type() == "text/plain" and not part.get_filename():
            texts.append(part.get_content())
    if not texts:
        for part in msg.walk():
            if part.get_content_type() == "text/html":
                texts.append(re.sub(r"<[^>]+>", " ", part.get_content()))
    t = "\n".join(texts)
    keep = [l for l in t.split("\n") if not l.lstrip().startswith(">")]
    return str(msg["Subject"]) + "\n" + "\n".join(keep)


def check():
    errors = []
    items = corpus()
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lab = f.read()
    lines = lab.split("\n")
    if lines[0] != HEADER:
        errors.append("labels.tsv header mismatch")
    rows = [l.split("\t") for l in lines[1:] if l]
    names = [r[0] for r in rows]
    if sorted(names) != files or len(set(names)) != len(names):
        errors.append("labels.tsv and .eml files do not match one-to-one")
    if lab != labels_text(items):
        errors.append("labels.tsv differs from a fresh build (not deterministic?)")
    fresh = {n: d for n, d, _ in items}
    counts = {t: 0 for t in sorted(IDS)}
    kinds, langs, traps = {}, {}, {}
    pos = neg = auto = textbook = 0
    for r in rows:
        if len(r) != 6:
            errors.append("%s: %d columns" % (r[0], len(r)))
            continue
        name, trig, kind, lang, trap, note = r
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            continue
        data = open(path, "rb").read()
        if data != fresh.get(name):
            errors.append(name + ": differs from a fresh build")
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            errors.append(name + ": non-CRLF line ending")
        msg = BytesParser(policy=policy.default).parsebytes(data)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r" % (name, part.defects))
            if part.get_content_maintype() == "text" and not part.is_multipart():
                cs = part.get_content_charset() or "us-ascii"
                try:
                    part.get_payload(decode=True).decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    errors.append("%s: text part does not decode as %s: %s" % (name, cs, e))
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (name, h))
        ids = [] if trig == "-" else trig.split(",")
        if ids != sorted(set(ids)) or not set(ids) <= IDS or (trig != "-" and not ids):
            errors.append("%s: bad triggers %r" % (name, trig))
        if kind != "-" and kind not in AUTO_KINDS:
            errors.append("%s: bad automated kind %r" % (name, kind))
        if kind != "-" and ids:
            errors.append("%s: automated mail with triggers" % name)
        if lang not in LANGS:
            errors.append("%s: bad lang %r" % (name, lang))
        langs[lang] = langs.get(lang, 0) + 1
        if kind != "-":
            auto += 1
            kinds[kind] = kinds.get(kind, 0) + 1
        elif ids:
            pos += 1
            if TEXTBOOK.search(own_text(msg)):
                textbook += 1
        else:
            neg += 1
        if trap != "-":
            traps[trap] = traps.get(trap, 0) + 1
        for t in ids:
            counts[t] += 1
    for t, c in counts.items():
        need = 16 if t in MIN16 else 12
        if c < need:
            errors.append("trigger %s has %d positives (< %d)" % (t, c, need))
    print("messages: %d  positives: %d  hard negatives: %d  automated: %d" % (len(rows), pos, neg, auto))
    print("languages: " + "  ".join("%s=%d" % kv for kv in sorted(langs.items())))
    print("automated: " + "  ".join("%s=%d" % kv for kv in sorted(kinds.items())))
    print("triggers: " + "  ".join("%s=%d" % kv for kv in counts.items()))
    print("traps: " + "  ".join("%s=%d" % kv for kv in sorted(traps.items())))
    if pos:
        print("positives with a textbook word in own text/subject: %d (%.0f%%)"
              % (textbook, 100.0 * textbook / pos))
    for e in errors:
        print("ERROR: " + e)
    print("CHECK FAILED (%d errors)" % len(errors) if errors else "CHECK OK")
    return 1 if errors else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
