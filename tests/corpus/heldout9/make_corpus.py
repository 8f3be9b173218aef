#!/usr/bin/env python3
"""Blind held-out corpus h9: hand-written support e-mails (all content fictitious).

Every message text below is a hand-written literal. The packaging (transfer
encoding, charset, HTML alternative, attachment), dates, Message-IDs and the
file order are chosen with a fixed random seed, so every run is byte-identical.

    python3 make_corpus.py          # write h9-NNNN.eml + labels.tsv
    python3 make_corpus.py --check  # validate the written corpus
    python3 make_corpus.py --stats  # print counts
"""
import base64
import datetime
import html
import os
import quopri
import random
import re
import sys
import textwrap
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20240909
DESK = "Support <support@example.test>"

TRIGGERS = sorted("""legal_threat regulatory manager_request corporate_contact_request
executive_contact security_incident data_loss outage billing_dispute cancellation_threat
media_threat discrimination_harassment safety broken_promise repeat_contact
high_value_order severe_dissatisfaction feature_request technical_issue""".split())
AUTO_KINDS = {"auto_reply", "bounce", "list", "receipt", "self"}
LANGS = {"en", "de", "fr", "es"}

MSGS = []


def C(lang, triggers, trap, note, sender, subject, body, attach=None, extra=None):
    """A customer mail. sender is 'Display Name <addr>'. body is hand-written."""
    MSGS.append(dict(auto="-", lang=lang, triggers=triggers, trap=trap, note=note,
                     sender=sender, subject=subject, body=body, attach=attach,
                     extra=extra or []))


def A(kind, lang, trap, note, raw):
    """An automated mail, written out in full (LF line endings here, CRLF on disk)."""
    MSGS.append(dict(auto=kind, lang=lang, triggers="-", trap=trap, note=note, raw=raw))


# ---------------------------------------------------------------- packaging
def enc_header(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset, header_name="Subject").encode(linesep="\r\n")


def enc_addr(sender, charset="utf-8"):
    m = re.match(r"^(.*?)\s*<([^>]+)>$", sender)
    name, addr = m.group(1).strip(), m.group(2)
    if not name:
        return "<%s>" % addr
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;@\[\]\\"]', name):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return "%s <%s>" % (name, addr)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(linesep="\r\n"), addr)


def wrap_text(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            prefix = ""
            m = re.match(r"^((?:> ?)+)", line)
            if m:
                prefix = m.group(1)
            out.extend(textwrap.wrap(line, width, initial_indent="",
                                     subsequent_indent=prefix,
                                     break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


def crlf(b):
    b = b.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return b.replace(b"\n", b"\r\n")


def text_to_html(text):
    """Paragraphs to <p>, runs of '>' lines to <blockquote type="cite">."""
    lines = text.split("\n")
    out, para, quote = [], [], []

    def flush_para():
        if para:
            out.append("<p>" + "<br>\n".join(html.escape(x, quote=False) for x in para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            inner = "\n".join(re.sub(r"^> ?", "", q) for q in quote)
            out.append('<blockquote type="cite">\n' + text_to_html(inner) + "\n</blockquote>")
            quote.clear()

    for ln in lines:
        if ln.startswith(">"):
            flush_para()
            quote.append(ln)
            continue
        flush_quote()
        if ln.strip() == "":
            flush_para()
        else:
            para.append(ln)
    flush_para()
    flush_quote()
    return "\n".join(out)


def html_doc(text):
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html\">\n</head>\n"
            "<body>\n<div dir=\"ltr\">\n" + text_to_html(text) + "\n</div>\n</body>\n</html>\n")


def leaf(ctype, charset, cte, text, extra_hdr=""):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        data = quopri.encodestring(raw.replace(b"\r\n", b"\n"))
    elif cte == "base64":
        data = base64.encodebytes(raw)
    else:
        data = raw
    if not data.endswith(b"\n"):
        data += b"\n"
    hdr = "Content-Type: %s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n%s" % (
        ctype, charset, cte, extra_hdr)
    return hdr.encode("ascii") + b"\n" + data


def pick_legacy(rng, text):
    cands = ["iso-8859-1", "iso-8859-15", "windows-1252"]
    rng.shuffle(cands)
    for cs in cands:
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return None


ATTACH_NAMES = [("image/png", "screenshot.png"), ("application/pdf", "invoice_scan.pdf"),
                ("image/jpeg", "IMG_4471.jpg"), ("application/pdf", "Rechnung.pdf"),
                ("image/png", "error.png"), ("application/pdf", "contrat.pdf"),
                ("image/jpeg", "foto_reclamacion.jpg"), ("application/zip", "logs.zip")]


def build_customer(m, idx, rng):
    text = m["body"].strip("\n") + "\n"
    pack = rng.choices(["8bit", "qp", "b64", "legacy", "alt", "html", "html_ascii", "mixed"],
                       [22, 15, 9, 13, 18, 5, 5, 13])[0]
    if m["attach"]:
        pack = "mixed"
    charset = "utf-8"
    if pack == "legacy":
        charset = pick_legacy(rng, text) or "utf-8"
        if charset == "utf-8":
            pack = "qp"
    hcs = charset if charset != "utf-8" else "utf-8"
    dom = m["sender"].split("@")[-1].rstrip(">")
    when = datetime.datetime(2024, 1, 8, 7, 0, tzinfo=datetime.timezone.utc) + datetime.timedelta(
        minutes=rng.randrange(0, 60 * 24 * 300))
    tz = datetime.timezone(datetime.timedelta(hours=rng.choice([0, 1, 2, -5, -3, 1, 2, 0])))
    mid = "<%08x.%04d.%s@%s>" % (rng.getrandbits(32), idx, rng.choice(["mail", "mx", "smtp", "app"]), dom)
    hdrs = [
        ("From", enc_addr(m["sender"], hcs)),
        ("To", DESK),
        ("Subject", enc_header(m["subject"], hcs)),
        ("Date", format_datetime(when.astimezone(tz))),
        ("Message-ID", mid),
    ]
    if m["subject"].lower().startswith(("re:", "aw:", "antw:", "rép", "re :")):
        hdrs.append(("In-Reply-To", "<case-%05d@example.test>" % rng.randrange(10000, 99999)))
    for k, v in m["extra"]:
        hdrs.append((k, v))
    hdrs.append(("MIME-Version", "1.0"))
    if rng.random() < 0.3:
        hdrs.append(("X-Mailer", rng.choice(["iPhone Mail (21A329)", "Microsoft Outlook 16.0",
                                              "Thunderbird 115.3.1", "K-9 Mail 6.7",
                                              "Apple Mail (2.3731)", "Roundcube Webmail 1.6"])))
    bnd = "=_h9_%06x_%d" % (rng.getrandbits(24), idx)
    if pack in ("8bit", "legacy"):
        body = wrap_text(text)
        try:
            body.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "8bit"
        part = leaf("text/plain", charset, cte, body)
    elif pack == "qp":
        part = leaf("text/plain", charset, "quoted-printable", text)
    elif pack == "b64":
        part = leaf("text/plain", charset, "base64", text)
    elif pack == "html":
        part = leaf("text/html", "utf-8", rng.choice(["quoted-printable", "base64"]), html_doc(text))
    elif pack == "html_ascii":
        doc = html_doc(text).encode("ascii", "xmlcharrefreplace").decode("ascii")
        part = leaf("text/html", "us-ascii", "7bit", wrap_text(doc, 200))
    elif pack == "alt":
        p1 = leaf("text/plain", charset, "quoted-printable", text)
        p2 = leaf("text/html", charset, "quoted-printable", html_doc(text))
        part = ("Content-Type: multipart/alternative; boundary=\"%s\"\n\n--%s\n" % (bnd, bnd)).encode() \
            + p1 + ("\n--%s\n" % bnd).encode() + p2 + ("\n--%s--\n" % bnd).encode()
    else:  # mixed
        ctype, fname = m["attach"] or rng.choice(ATTACH_NAMES)
        blob = bytes(rng.getrandbits(8) for _ in range(rng.randrange(300, 900)))
        if ctype == "application/pdf":
            blob = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + blob
        elif ctype == "image/png":
            blob = b"\x89PNG\r\n\x1a\n" + blob
        p1 = leaf("text/plain", charset, rng.choice(["quoted-printable", "8bit", "base64"]), wrap_text(text))
        p2 = ("Content-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
              "Content-Transfer-Encoding: base64\n\n" % (ctype, fname, fname)).encode() + base64.encodebytes(blob)
        part = ("Content-Type: multipart/mixed; boundary=\"%s\"\n\nThis is a multi-part message in MIME format.\n\n--%s\n" % (bnd, bnd)).encode() \
            + p1 + ("\n--%s\n" % bnd).encode() + p2 + ("\n--%s--\n" % bnd).encode()
    head = "".join("%s: %s\n" % (k, v) for k, v in hdrs).encode("ascii")
    return crlf(head + part)


def build_auto(m):
    raw = m["raw"].lstrip("\n")
    head, sep, body = raw.partition("\n\n")
    lines = []
    for ln in head.split("\n"):
        if ":" in ln and not ln[0].isspace():
            k, v = ln.split(":", 1)
            v = v.strip()
            if k.lower() in ("from", "to", "cc") and "<" in v:
                lines.append("%s: %s" % (k, enc_addr(v)))
            else:
                lines.append("%s: %s" % (k, enc_header(v)))
        else:
            lines.append(ln)
    return crlf(("\n".join(lines) + "\n\n" + body).encode("utf-8"))


# ---------------------------------------------------------------- messages
# ================================================================ English, with triggers (A)
C("en", "legal_threat,technical_issue", "-", "paraphrase: 'have my solicitor write to you'",
  "Graham Pocock <g.pocock@pocockfarms.example>", "Baler still not knotting - third visit",
  """Hello,

The square baler you supplied in March (serial KB-4410-0927) is still dropping
every fourth bale because the knotter misfires. Your technician came out, swapped
the twine disc and left. Two days later same fault.

We are mid-harvest. I have 40 acres of straw lying in the rain.

I've spoken to the family and frankly if this isn't sorted by Thursday I'll be
having my solicitor write to you about the cost of the lost crop. I don't want it
to come to that, we've bought from your depot for twenty years.

Graham Pocock
Pocock Farms, Lower Ashby""")

C("en", "outage,severe_dissatisfaction,technical_issue", "-", "app down for everyone; strong anger in caps",
  "Dev Raman <devr@mailbox.example>", "APP DEAD AGAIN",
  """YOUR APP HAS BEEN DOWN FOR 3 HOURS. nobody in the whole city can book a cab, my
mates are all getting the same spinning wheel. i'm stood outside a club at 2am in the
rain. this is an absolute joke, pathetic, i am livid.""")

C("en", "billing_dispute", "-", "charged twice for one ride (paraphrased)",
  "Maria Okonkwo <maria.ok@inbox.example>", "Ride on 14 Feb",
  """Hi there,

Quick one - my card statement shows two separate payments of 23.40 GBP for the ride
from King's Cross to Camden on the 14th. I only took the ride once (driver was
called Pete, silver Prius). Could you put one of them back please?

Thanks
Maria""")

C("en", "broken_promise,repeat_contact,technical_issue", "-", "third contact stated as 'this is the 3rd'; promised callback",
  "Tom Varga <tomvarga@fastmail.example>", "Re: Re: Re: VPN won't connect on router",
  """This is the 3rd time I'm writing about this. Ticket 48812.

Your colleague Aisha said on Monday an engineer would call me back "within 24
hours" about the WireGuard config failing on my router. Nobody called. The tunnel
still drops with "handshake did not complete" every few minutes.

Tom""")

C("en", "security_incident", "-", "account takeover; no product fault claimed so no technical_issue",
  "Priya Sethi <priya.sethi@webpost.example>", "someone else is using my account??",
  """hi, i just got a notification that my password was changed and an email
address i dont recognise (k.l.m.99@hotmail.example) is now on my betting account. i
didnt do this. my balance was 212 and now its 0, somebody withdrew it. please lock it
asap""")

C("en", "high_value_order,technical_issue", "-", "stand order 18,400 EUR, wrong build - unresolved",
  "Henrik Aalto <h.aalto@nordicvalves.example>", "Stand C-214 - lighting rig not working",
  """Dear ExpoStand team,

Our stand at the Hannover fair (order EXP-22091, total EUR 18,400) was handed over
this morning, but the overhead lighting truss does not power on. Your on-site crew
says the controller is faulty and a replacement is "somewhere in the warehouse".

Doors open tomorrow at 09:00. Please confirm someone will fix this tonight.

Best regards,
Henrik Aalto
Head of Marketing, Nordic Valves Oy""")

C("en", "feature_request", "-", "feature request without textbook wording",
  "Liz Brennan <lizb@quickmail.example>", "suggestion for the family tree viewer",
  """Hello! Love the new tree view. One thing that would make my life easier: when I
print the tree it always cuts off at 5 generations. Could you let us choose how many
generations go on the PDF, maybe even poster size? My aunt wants the whole thing on
her wall :)

Liz""")

C("en", "manager_request,severe_dissatisfaction", "-", "'put me through to whoever is above you'",
  "Colin Dyer <colin.dyer@post.example>", "your driver",
  """I have had enough of being fobbed off by chat agents who copy and paste the same
apology. The driver took a 25 minute detour and then dumped me 2 streets away from my
hotel. I want whoever is above you to ring me. Not another agent. Someone who can
actually decide something. The way this has been handled is a disgrace.

C. Dyer
+44 20 5550 1187""")

C("en", "data_loss,technical_issue", "-", "uploaded records vanished after update",
  "Sandra Kwiatkowski <sandra.k@homemail.example>", "All my ancestors are gone",
  """Hi,

After the app update last night I opened my tree and it only shows me and my parents.
Everything above that - about 340 people I entered over six years, photos, census
scans - just isn't there anymore. The search doesn't find them either.

Please tell me you have a backup.

Sandra""")

C("en", "safety", "-", "injury on site",
  "Rachel Imbert <r.imbert@mailhub.example>", "Accident at the track on Saturday",
  """Hello,

I'm writing about my son's birthday session at your karting track on Saturday. One
of the karts' steering column came loose on the hairpin and he went straight into the
tyre wall. He has a fractured wrist and bruising on his chest. The marshal told us
the kart "had been playing up all week".

I would like to know what you are doing about that kart before another child gets
hurt. Please send me the incident report.

Rachel Imbert""")

C("en", "discrimination_harassment", "-", "driver refused guide dog - disability",
  "Owen Marsh <owen.marsh@inbox.example>", "Refused because of my guide dog",
  """Hello,

Tonight a driver pulled up, saw my guide dog, said "no animals" and drove off while
I was holding the door. I'm registered blind. This is the second driver this month.
It's humiliating to be left on the pavement because of a disability, and I'm
fairly sure it's also against your own rules.

Owen Marsh""")

C("en", "media_threat,severe_dissatisfaction", "-", "threatens TikTok video, 40k followers",
  "Kayla Jennings <kaylaj@mail.example>", "ruined our anniversary",
  """we paid for the 'signature red roses' bouquet for our anniversary and what arrived
was six wilted carnations in cellophane. absolutely disgusting. I've got photos of
both side by side and 40k people follow my page - I'm making a video tonight unless
someone sorts this out today.""")

C("en", "regulatory", "-", "complaint to the Financial Ombudsman / gambling regulator paraphrased",
  "Stuart Bell <s.bell@post.example>", "Withheld winnings",
  """To whom it may concern,

My winnings of 1,870.00 from the accumulator on 2 March have been "under review" for
five weeks. Your terms say reviews take up to 72 hours. I've now lodged a formal
complaint with the Gambling Commission and sent copies of all my correspondence.

Stuart Bell""")

C("en", "corporate_contact_request", "-", "asks for registered office and legal dept address",
  "Ana Lucia Ferreira <ana.ferreira@correo.example>", "address for formal letter",
  """Good afternoon,

I need to send a formal letter about my late father's residency contract. Could you
give me the postal address of your head office and the name of whoever deals with
legal matters there? The care home itself keeps telling me they "can't give that out".

Kind regards,
Ana Lucia Ferreira""")

C("en", "executive_contact,corporate_contact_request", "-", "asks for CEO's email to write to them",
  "Bernard Holt <bholt@oldmail.example>", "Who runs your company?",
  """I would like the email address of your managing director please. I intend to
write to him directly about the way my mother's room was handled after her fall,
since the home manager is clearly not interested.

B. Holt""")

C("en", "executive_contact", "-", "says they cc'd the VP (no textbook words)",
  "Jordan Pike <jordan@pikestudios.example>", "Damaged lens return - cc Operations",
  """Hi team,

I've added your VP of Operations on copy here because I honestly don't know what else
to do. The 24-70 I returned on the 3rd was checked in as "damaged by customer" and
you're holding my deposit. It was damaged in your courier's box - I have photos of the
box with the corner crushed.

Jordan Pike
Pike Studios""")

C("en", "cancellation_threat,technical_issue", "-", "'looking at other providers' = switch to competitor",
  "Hannah Ruiz <hannah.ruiz@webpost.example>", "kill switch keeps failing",
  """hey, the kill switch on the windows client doesn't actually kill anything - when the
VPN drops my real IP is visible for a few seconds (checked on a leak test site). been
like this since version 5.2. honestly I'm already looking at other providers, my
subscription's up in two weeks and I won't be sticking around if this is how it works.""")

C("en", "repeat_contact,severe_dissatisfaction", "-", "'keep emailing' + 'four emails'",
  "Patricia Vale <pvale@homemail.example>", "FOURTH EMAIL - membership cards",
  """This is now my fourth email asking where our family membership cards are. We paid
in January. It's April. Every time I get a reply saying "they are on their way".

I am absolutely fed up. Utterly shambolic organisation.

Patricia Vale""")

C("en", "high_value_order,billing_dispute", "-", "invoice 12,600 GBP overcharged vs quote 9,800",
  "Ewan McTaggart <ewan@mctaggartcontractors.example>", "Invoice INV-55821 doesn't match quote",
  """Morning,

Your invoice INV-55821 for the hedge cutter and flail mower package comes to
GBP 12,600.00. The signed quote from your rep was GBP 9,800.00 including delivery. Nobody
told us about a price change. Please reissue at the quoted figure - we won't pay the
difference.

Ewan McTaggart
McTaggart Contractors Ltd""")

C("en", "technical_issue", "-", "plain bug report, error code",
  "Felix Oduya <felix.oduya@mail.example>", "Error when uploading portfolio",
  """Hi, when I try to upload my portfolio PDF (8 MB) on the freelancer profile page I get
"Error 413 - request entity too large" and the page resets. Smaller files work.
Tried Chrome and Firefox. Thanks, Felix""")

C("en", "outage,technical_issue", "-", "site unreachable, gateway errors",
  "Nadia Horvat <nadia@horvat-events.example>", "Booking site not loading",
  """Hi,

Your booking website has been throwing "502 Bad Gateway" on every page since about
8 this morning - home page, login, everything. Colleagues in the office get the same.
We have a team-building group of 24 to book for Friday.

Nadia""")

C("en", "safety,technical_issue", "-", "battery overheating in rented camera",
  "Luca Bianchi <luca.b@filmcrew.example>", "rental kit - battery got super hot",
  """Hey LensLoft,

Picked up the FX6 kit yesterday. One of the BP-U batteries in the case got so hot on
the charger it melted the label and there was a smell of burning plastic. We unplugged
it and put it outside. Nobody hurt but it could have been bad in a van full of gear.
Please swap it and check the rest of that batch?

Luca""")

C("en", "billing_dispute,cancellation_threat", "-", "charged after cancelling; threatens to leave",
  "Irene Castell <irene.castell@correo.example>", "Charged after I cancelled",
  """Hello,

I cancelled my monthly flower subscription on 28 May (I have the confirmation email)
and you took 39.99 on 1 June anyway. Please return it. If it happens again I'm closing
the account and using the shop down the road.

Irene""")

C("en", "legal_threat,regulatory", "-", "data protection regulator + lawyer",
  "Dr. Miriam Feld <m.feld@feld-praxis.example>", "Release of my genetic data",
  """Dear Sir or Madam,

I have learned that my raw DNA file was shared with a "research partner" even though
I never ticked the research consent box. I have filed a complaint with the data
protection commissioner this morning and have instructed counsel, who will be in touch
separately.

Dr. Miriam Feld""")

C("en", "broken_promise", "-", "promised refund never arrived",
  "Oscar Lind <oscar.lind@mailbox.example>", "refund for cancelled dive",
  """Hi,

The boat dive on 9 Aug was cancelled because of weather and the guy at the shop said
the money would be back on my card within 5 working days. It's been three weeks and
nothing.

Oscar""")

C("en", "manager_request", "-", "'Could a senior person look at this'",
  "Wendy Achebe <w.achebe@homemail.example>", "Room allocation",
  """Hello,

I've gone back and forth with the accommodation office about my daughter's room swap
request (she's on the 4th floor with a knee injury and the lift has been out twice).
The answers I'm getting are not helping. Could someone more senior please review this
and get in touch with me directly?

Thank you,
Wendy Achebe""")

C("en", "feature_request", "-", "'please add' dark mode",
  "Ben Tran <bentran@quickmail.example>", "dark mode pls",
  """pls add a dark mode to the android app, using it at night in the car is blinding lol""")

C("en", "technical_issue,severe_dissatisfaction", "-", "sarcasm + explicit strong wording",
  "Gareth Prowse <gprowse@oldmail.example>", "Brilliant. Just brilliant.",
  """Oh well done. Your "new and improved" member app now logs me out every time I open
the zoo map. Every. Single. Time. Standing at the gate with two kids screaming while I
re-type my password. Truly the most useless app I have ever had the misfortune to
install. Appalling.""")

C("en", "security_incident,technical_issue", "-", "other customers' data visible - exposure due to bug",
  "Sophie Grant <sophie.grant@inbox.example>", "I can see someone else's bookings",
  """Hi, this is a bit alarming. When I log into my account and open "My bookings" I see
three bookings that aren't mine - with another person's name, phone number and home
address. Seems like a bug on your side. I haven't clicked anything but I thought you
should know asap, someone may be seeing mine too.

Sophie""")

C("en", "high_value_order,broken_promise", "-", "fertility treatment package 7,900 USD; promised refund of unused cycle",
  "Jessica Tam <jtam@webpost.example>", "Unused IVF cycle refund",
  """Hello,

We paid USD 7,900 for the two-cycle IVF package in October. After the first cycle we
were advised not to continue for medical reasons, and Dr. Hollis's coordinator told
us in writing that the unused second cycle would be refunded "by the end of the
month". That was in January. We have heard nothing and the money has not arrived.

Jessica and Marcus Tam""")

C("en", "cancellation_threat", "-", "won't renew, dissatisfied",
  "Roberta Klein <rklein@post.example>", "Annual pass",
  """I won't be renewing our museum membership when it comes up in June. Three of the
four "members' evenings" this year were cancelled at short notice and nobody thought
to offer anything in return. Please make sure the auto-renewal is off.

Roberta Klein""")

C("en", "media_threat", "-", "journalist asking for comment",
  "Nina Sorensen <nina.sorensen@dailyledger.example>", "Request for comment - student housing article",
  """Hello,

I'm a reporter with the Daily Ledger working on a piece about mould and heating
problems in purpose-built student accommodation in the city. Several residents of your
Riverside block have contacted us. Could someone give me a comment on the record by
Wednesday 17:00?

Best,
Nina Sorensen
Daily Ledger""")

C("en", "discrimination_harassment,manager_request", "-", "staff harassment; asks to escalate",
  "Chloe Dubois <chloe.d@mailbox.example>", "Comments from your instructor",
  """Hi,

I did the open water course last weekend. The instructor (tall, beard, I think his
name was Ryan) kept making comments about my body while "checking my weights", and
touched me when it wasn't necessary. I told him to stop and he laughed. I didn't feel
safe in the water with him.

I want this passed up to whoever manages the dive centre, not dealt with at the front
desk.

Chloe""")

C("en", "data_loss,technical_issue,repeat_contact", "-", "'already written to you twice' + this mail = third contact",
  "Marek Novak <marek.novak@fotograf.example>", "corrupted card again",
  """Hi,

The CFexpress card that came with the rental camera corrupted again - half the
clips from yesterday's shoot won't open, the files show 0 bytes. I've already written
to you twice about this card and was told it was "tested". Now I've lost a day of
footage for a paying client.

Marek""")

C("en", "technical_issue", "-", "non-native English, app crash",
  "Yusuf Demir <yusuf.demir@posta.example>", "app is closing itself",
  """Hello, when i open the app and press on "my trips" the app is closing itself
immediately. i am try to reinstall 2 times but same thing. phone is samsung a52. please
help me because i need the receipt from last week for my company.

thank you
Yusuf""")

C("en", "billing_dispute", "-", "wrong charge - paraphrased",
  "Kenji Watanabe <kenji.w@mailbox.example>", "Surge fee?",
  """Hi,

I was quoted 18.50 when I booked and charged 41.20. The app says "surge" but there was
no surge shown when I confirmed. That's not what I agreed to pay. Please adjust it to
the quoted amount.

Kenji""")

C("en", "severe_dissatisfaction,cancellation_threat,repeat_contact", "praise", "rambling; 'third time ... write to you', 'frankly shocking' counted as strong wording; looking at other homes = leaving",
  "Margaret Ashdown <m.ashdown@homemail.example>", "My father's care",
  """Dear Willow Court,

I'm writing about my father, Arthur Ashdown, in room 12. I want to start by saying
the carers on the day shift - Bea and Tomasz especially - are lovely and he is very
fond of them. He enjoys the music afternoons and the garden.

However, for the third time in as many weeks I'm having to write to you about his
hearing aids being lost in the laundry. This time he went four days without them. He
can't follow conversations, he gets confused and withdrawn. I find it frankly
shocking that nobody noticed.

I've started looking at other homes. I'd rather not move him, but I will if this
carries on.

He also asked me to mention that the porridge is "too thin", for what it's worth.

Regards,
Margaret Ashdown""")

C("en", "outage,technical_issue", "-", "payment processing down; outage is also technical_issue by convention",
  "Rik Jansen <rik@escapehq.example>", "card terminal + online payments",
  """Hi - none of our customers can pay online right now, the checkout just says
"payment provider unavailable" and our front-desk terminal (which goes through your
system) is declining everything. Saturday is our busiest day. Please look urgently.

Rik, Escape HQ Leeds""")

C("en", "legal_threat,high_value_order", "-", "contract 46,000 EUR; 'take this to court'",
  "Franziska Adler <f.adler@adler-maschinenbau.example>", "Exhibition stand contract EXP-1934",
  """Dear Mr. Morgan,

As you know, the double-deck stand you built for us at AgriTec (contract EXP-1934,
EUR 46,000 net) failed the structural inspection on opening day and we were unable to
use the upper deck for the entire fair. We have documented this thoroughly.

We expect a substantial credit. Should we not reach an agreement by the end of the
month, we are prepared to take this to court.

Yours sincerely,
Franziska Adler
Adler Maschinenbau GmbH""")

C("en", "security_incident", "-", "phishing sent from the company's domain",
  "Alan Reyes <alan.reyes@mail.example>", "Did you send this?",
  """Got an email from "noreply@rootline-dna.example" asking me to "verify my DNA kit
payment" with a link to a weird site. It came from your address, with my name and my
kit number in it. How do they have my kit number? Forwarding it to you - please check
if something has leaked.

Alan""")

C("en", "broken_promise,severe_dissatisfaction", "-", "delivery promised, didn't happen",
  "Deborah Fink <debfink@post.example>", "Funeral flowers never arrived",
  """I ordered a wreath for my uncle's funeral and was told on the phone, personally
assured, it would be at the chapel by 10am. It never came. We stood there with nothing
from our side of the family. I don't have the words. This is utterly disgraceful.

Deborah Fink""")

C("en", "regulatory,billing_dispute", "-", "trading standards + wrong charge",
  "Peter Lomax <plomax@oldmail.example>", "Deposit deductions",
  """Your company deducted 340 from my son's deposit for "redecoration" when the room
was exactly as we found it (we have the check-in photos). That deduction is wrong and
I want it returned. I've also reported the way your deposit scheme works to Trading
Standards.

Peter Lomax""")

C("en", "technical_issue,feature_request", "-", "bug + enhancement",
  "Aisha Bello <aisha.bello@freelancer.example>", "Timesheet tracker",
  """Hi there,

1) The desktop time tracker stopped taking screenshots yesterday, so my client sees
zero activity for 6 hours of work. Restarted twice, still nothing.

2) Unrelated, but it would really help if the tracker let me add a manual note to each
block, so I can explain offline work (calls etc).

Thanks,
Aisha""")

C("en", "executive_contact", "-", "'I've written to your chairman'",
  "Sir Nigel Ormsby <n.ormsby@ormsbyestate.example>", "Combine harvester service",
  """Sir,

I have today written to your chairman, with whom I was at school, setting out the
sorry history of this machine's servicing. I trust that will concentrate minds.

N. Ormsby""")

C("en", "repeat_contact,manager_request", "-", "'I've called three times'",
  "Leah Goldberg <leah.g@inbox.example>", "Storage of our embryos",
  """Hello,

I've called the clinic three times this week and nobody has been able to confirm
whether our storage renewal form was received before the deadline. I'd like a
supervisor or the clinic manager to phone me today, please. This is not something we
can leave to chance.

Leah Goldberg
555-0142""")

C("en", "safety", "-", "smoke from karts / fire",
  "Tariq Aziz <tariq.aziz@mail.example>", "kart caught fire",
  """at the indoor track tonight kart no. 7 started pouring smoke from the engine in lap
3 and there were flames under the seat. my friend jumped out, thank god he's ok, but the
marshals took like a minute to get the extinguisher. the building filled with smoke and
nobody opened the doors. someone is going to get seriously hurt.""")

C("en", "high_value_order,technical_issue,outage", "-", "tractor telematics portal down; 85,000 tractor order; outage",
  "Johan de Wit <j.dewit@dewitloonbedrijf.example>", "FleetLink portal unreachable since Friday",
  """Hello,

Since Friday the FleetLink telematics portal is not reachable at all - browser times
out, the app says "server not available". Without it our autosteer corrections and
job maps don't sync. We took delivery of the new 300 hp tractor (order AG-77120,
EUR 85,400) two weeks ago specifically because of the FleetLink integration.

Please let me know when this is working.

Johan de Wit""")

C("en", "billing_dispute", "-", "chargeback threat",
  "Mia Robertson <mia.rob@webpost.example>", "Cancelled room, still billed",
  """I cancelled the escape room booking 4 days ahead (your policy is 48h) and you still
took the 96 pounds. If this isn't refunded by Friday I'll ask my bank to reverse it.""")

C("en", "corporate_contact_request", "-", "board / company secretary contact",
  "Howard Finch <h.finch@finchpartners.example>", "Company secretary",
  """Dear Sirs,

Please provide the name and correspondence address of your company secretary, or
whoever receives communications for the board. It concerns a shareholder matter.

H. Finch""")

C("en", "technical_issue,broken_promise", "-", "fix promised in 'next update' not done",
  "Carla Mendez <carla.m@quickmail.example>", "Still broken after update 4.1",
  """You told me two weeks ago the GPS pickup pin bug would be fixed "in the next update".
Update 4.1 came out yesterday and the pin still jumps 300 m down the road, so drivers
go to the wrong place. Still broken.

Carla""")
# ================================================================ English, with triggers (B)
C("en", "regulatory", "-", "CFPB complaint (paraphrase 'filed with the consumer bureau')",
  "Darnell Hughes <d.hughes@mailbox.example>", "Auto-debit after I closed account",
  """Your sportsbook keeps pulling 50 dollars a week from my checking account via the
"auto top-up" even though I closed my account in March. I have filed a complaint with
the Consumer Financial Protection Bureau and included my bank statements.""",
  )
MSGS[-1]["triggers"] = "billing_dispute,regulatory"
MSGS[-1]["note"] = "unauthorised weekly debits after closing = billing_dispute; CFPB = regulatory"

C("en", "regulatory", "-", "GDPR violation alleged, no lawyer",
  "Katrin Lund <katrin.lund@post.example>", "You are still emailing me",
  """I deleted my account with your VPN service in January and asked for all my data
to be erased. I'm still getting marketing emails to this address, which means you kept
my data. That is a breach of GDPR article 17 and I will be reporting it to the data
protection authority if I get one more email.

K. Lund""")

C("en", "legal_threat", "-", "small claims paraphrase 'money claim online'",
  "Steve Harker <steveharker@oldmail.example>", "Deposit - final request",
  """Final request before I file a money claim against you for the 450 deposit on the
Lowther Street flat. You have had the checkout inspection for 11 weeks. I'll give you
7 days.

Steve Harker""")

C("en", "media_threat", "-", "threat of reviews everywhere, polite tone",
  "Eleanor Whitcombe <e.whitcombe@homemail.example>", "Our visit on Sunday",
  """Dear team,

I'm sorry to write with a complaint. On Sunday the reptile house, the aquarium and the
penguin feeding were all closed without any notice on the website, and the café ran
out of food by 1pm. We drove two hours with our grandchildren.

I would appreciate some gesture. Otherwise I'm afraid I'll be sharing our experience
in detail on Tripadvisor and Google, and in our local parents' Facebook group, which
I'd rather not do.

Kind regards,
Eleanor Whitcombe""")

C("en", "media_threat,executive_contact", "-", "LinkedIn message to CEO + going to press",
  "Rahul Menon <rahul.menon@inbox.example>", "Funds frozen 6 weeks",
  """I've messaged your CEO on LinkedIn twice. If I don't have my 3,200 back by Monday,
I'm sending the whole thread to the consumer desk at the Evening Post. They love
stories like this.""")
MSGS[-1]["note"] = "CEO on LinkedIn = executive_contact; newspaper = media_threat; 3,200 below threshold"

C("en", "discrimination_harassment", "-", "age discrimination in job marketplace",
  "Gloria Stanton <gloria.stanton@webpost.example>", "Removed from projects because of my age?",
  """Hello,

A client on your platform cancelled my contract after the video interview, and his
message literally says he wants "someone younger who understands TikTok". I'm 61.
Your moderators closed my report saying it's "between the client and freelancer".
Discriminating on age is exactly what your own community rules say you don't allow.

Gloria Stanton""")

C("en", "discrimination_harassment", "-", "harassment by a driver (threats)",
  "Amira Haddad <amira.h@mail.example>", "driver keeps texting me",
  """the driver from my ride on tuesday night has been texting and calling my personal
number since. last night he said he "knows where I live now". i am scared to go out.
please do something, he drives for you. his name was shown as Vlad, black Skoda.""")

C("en", "safety", "-", "unsafe dive equipment, regulator free-flow at depth",
  "Pieter Smit <pieter.smit@mailbox.example>", "Rental regulator failure at 28m",
  """Hi BlueReef,

During the second dive on the wreck yesterday my rented regulator free-flowed at 28 m
and emptied most of my tank in under two minutes. My buddy had to share air on the
ascent. We were lucky. That reg (tag R-19) needs to be taken out of service and I'd
like to know when it was last serviced.

Pieter Smit""")

C("en", "safety", "-", "choking hazard in kid's gift box",
  "Laura Pennington <laurap@quickmail.example>", "Small parts in the kids gift hamper",
  """The "little explorer" gift hamper for ages 2+ includes a bag of tiny plastic animals
the size of a fingernail. My 2 year old had one in his mouth before I noticed. That's a
choking hazard for exactly the age you market it to. Please pull it.""")

C("en", "security_incident", "-", "suspicious logins from abroad",
  "Gavin Roth <gavin.roth@post.example>", "Logins from Vietnam and Brazil",
  """Hi, my account activity page shows logins from Hanoi and Sao Paulo in the past two
days. I'm in Bristol and have never been to either. I've changed my password but I want
you to check if anything was downloaded - it's my DNA results and matches.""")

C("en", "security_incident,technical_issue", "-", "credentials visible in URL / leak",
  "Elena Petrova <e.petrova@devmail.example>", "Password sent in plain text",
  """Hello,

Your "forgot password" email just sent me my actual password in plain text, and the
reset link puts my email and password as query parameters in the URL. That means your
system is storing passwords unhashed and they end up in proxy logs. Please treat this as
a security report.

Elena Petrova""")

C("en", "data_loss", "-", "photos wiped (rental returned) - not product bug? labelled data_loss only",
  "Joanne Mills <joanne.mills@homemail.example>", "SD card formatted before I got my files",
  """I returned the camera on Monday and asked the counter staff to let me copy the SD
card first. They said they'd keep it aside. Today I'm told the card was "reset as per
procedure". Those were the only copies of my sister's wedding photos.""")
MSGS[-1]["note"] = "staff wiped card: data_loss, not a product malfunction so no technical_issue; 'they'd keep it aside' is a promise broken"
MSGS[-1]["triggers"] = "broken_promise,data_loss"

C("en", "data_loss,technical_issue", "-", "timesheet hours deleted after sync",
  "Victor Salas <victor.salas@freelancer.example>", "hours disappeared",
  """Hi, 14 hours I logged on the Hartmann project last week are gone from the
timesheet. The client's invoice now shows 6 hours instead of 20. I didn't delete
anything, the tracker just synced and they were missing afterwards.""")

C("en", "outage,technical_issue,severe_dissatisfaction", "-", "can't log in at all; 'inexcusable' + caps",
  "Brian O'Neill <brian.oneill@mail.example>", "can't get in - match starting",
  """NOBODY can log in. Login page just loops back to itself. Match kicks off in 20
mins and I've money on it that I can't cash out. This happens EVERY big game. Utterly
inexcusable.""")

C("en", "outage,technical_issue", "-", "VPN servers unreachable in a region",
  "Sven Eriksson <sven.e@mailbox.example>", "no servers connecting",
  """None of the European servers connect since this morning, all time out. US ones too.
Tried 4G and home broadband, two devices. Status page says all green, which it clearly
isn't.""")

C("en", "cancellation_threat", "-", "'Consider this my notice' - announced leaving",
  "Hugo Barrett <hugo.barrett@post.example>", "Notice",
  """Consider this my notice for the room at Campus Nest Parkside. After the break-in
in October and the three weeks with no hot water I'm not staying for the second term.
Tell me what I need to sign.

Hugo""")
MSGS[-1]["note"] = "announces leaving because of problems; break-in is past context, no account/data breach"

C("en", "billing_dispute,severe_dissatisfaction", "-", "overcharge; 'daylight robbery' + 'outrageous'",
  "Shirley Cobb <shirley.cobb@oldmail.example>", "Care fees",
  """Your March invoice charges my mother 210 pounds for "enhanced activities" which she
has never taken part in - she's bedbound. This is daylight robbery and frankly
outrageous. Remove it.

S. Cobb""")

C("en", "feature_request", "-", "'Is there any chance you'd add...'",
  "Tobias Meyer <tobias.meyer@photo.example>", "Idea for rentals",
  """Hi! Is there any chance you'd consider letting us reserve a kit for a weekend
without paying the deposit up front, just hold it with a card like hotels do? Would
make last-minute shoots much easier for us indie folks.

Cheers, Tobias""")
MSGS[-1]["note"] = "asks for a new capability (not whether one exists)"

C("en", "feature_request", "-", "API access request",
  "Ruth Adeyemi <ruth@adeyemi-consulting.example>", "Would love an API",
  """Hello, we book rides for about 30 staff. It would be enormously helpful if you
offered an API or at least a CSV export of business rides so our finance tool can pick
them up automatically. Happy to beta-test.

Ruth Adeyemi""")

C("en", "feature_request", "-", "multi-language certificates",
  "Ines Carvalho <ines.carvalho@mail.example>", "certificates",
  """Hi, the dive certificates you email are only in English. Many of our students are
from Portugal and Brazil - adding a Portuguese version would be very nice for them.""")

C("en", "technical_issue", "-", "membership QR code not scanning",
  "Martin Gallagher <martin.g@quickmail.example>", "QR code rejected at gate",
  """Hello,

The QR code in my e-membership was rejected at the gate twice this weekend ("invalid
or expired"). My membership is valid until November. The staff let us in after
checking my ID, but I'd rather not queue each time.

Martin""")

C("en", "technical_issue", "-", "terse; booking confirmation missing",
  "Zoe Kim <zoe.kim@mail.example>", "no confirmation email",
  """booked and paid for 6 ppl Sat 3pm 'The Vault', no confirmation email arrived, and
the booking isn't in my account either. card was charged.""")

C("en", "technical_issue,repeat_contact", "-", "'I keep reporting' + 'for the 5th time'",
  "Andrew Price <a.price@mailbox.example>", "5th report: tracker offline",
  """For the 5th time: the GPS tracker on our combine shows "offline" in the app even
though it's connected. Same serial as all my previous emails. Nothing has changed.""")

C("en", "broken_promise", "-", "callback promised in writing",
  "Fatima Rahman <fatima.r@homemail.example>", "Still waiting for Dr Lee's call",
  """Hi,

On the 2nd your reception confirmed by email that Dr Lee would ring me "by Friday" to
discuss my results. Friday came and went and nobody called. I'm anxious and would
really appreciate that call.

Fatima Rahman""")

C("en", "broken_promise,billing_dispute", "-", "promised credit not applied, wrong invoice",
  "Dennis Ward <dennis.ward@post.example>", "Credit note not applied",
  """Your account manager agreed on the phone on 5 April to credit us 600 for the
cancelled forklift hire. The May invoice (INV-66019) is for the full 2,450 with no
credit. Please correct it.

Dennis Ward
Ward Logistics""")
MSGS[-1]["trap"] = "job_title"

C("en", "high_value_order", "-", "23,500 USD exhibition order, stand not delivered",
  "Camille Ortega <camille@ortegafoods.example>", "Where is our stand?",
  """Hi,

Our booth for the Chicago food expo (order EXP-30877, USD 23,500) should have been
installed yesterday. Hall manager says nothing has arrived. Setup closes tonight at 8.
I need a call in the next hour.

Camille Ortega
Ortega Foods""")
MSGS[-1]["trap"] = "job_title"
MSGS[-1]["note"] = "'Hall manager' is a job title; undelivered stand is not a software fault"

C("en", "high_value_order,legal_threat", "-", "tractor 128,000 GBP wrong spec; legal steps",
  "Rhys Llewellyn <rhys@llewellynfarms.example>", "Wrong spec tractor delivered",
  """Good morning,

The tractor delivered on Tuesday against order AG-80211 (GBP 128,000) has the
standard hitch, not the front linkage and PTO we specified and paid for. Your sales
rep now says the front linkage "wasn't on the order". It's on the signed order form.

I've passed the paperwork to our solicitors and they'll be in touch if this isn't put
right.

Rhys Llewellyn""")

C("en", "severe_dissatisfaction", "-", "'the worst' paraphrase, no technical content",
  "Keith Durrant <keith.durrant@oldmail.example>", "your staff",
  """Never in my life have I been spoken to the way your receptionist spoke to my wife
on Saturday. Rude, dismissive, rolled her eyes. Absolutely appalling behaviour from a
so-called family attraction.""")

C("en", "severe_dissatisfaction,manager_request", "-", "'I demand to speak with somebody in charge'",
  "Lorraine Kettle <lorraine.k@homemail.example>", "Birthday party ruined",
  """We booked the VIP party package for my daughter's 10th. Room wasn't ready, the host
didn't turn up, we sat in the lobby for 45 minutes. I am beyond furious. I want to
speak with somebody in charge today - not customer services.""")

C("en", "corporate_contact_request,legal_threat", "-", "asks legal department address for claim letter",
  "Adeel Qureshi <adeel.q@lawmail.example>", "Address for service",
  """Please send me the address your legal department uses for service of documents.
I'm issuing a claim in the county court about my lost deposit and want it to go to
the right place.

Adeel Qureshi""")

C("en", "corporate_contact_request", "-", "head-office phone number (not support line)",
  "Rosa Jimenez <rosa.jimenez@mail.example>", "head office number?",
  """hi can you give me the phone number for your head office, not the support line.
thanks""")

C("en", "executive_contact,severe_dissatisfaction", "-", "will contact the board",
  "Frederick Lamb <f.lamb@oldmail.example>", "Bereavement and your billing department",
  """My mother died in your care on 14 September. Since then I have received three
automated reminders for October's fees. Do you have any idea how that feels? It is
callous and disgraceful. I am sending a copy of this letter to every member of your
board of directors.

Frederick Lamb""")

C("en", "executive_contact", "-", "cc'd CEO via To header",
  "Sanjay Patel <sanjay.patel@inbox.example>", "Escape room - fire alarm & refund (CEO copied)",
  """Hello,

I have copied your chief executive on this email as your site team haven't replied in
10 days. Just need the refund for the session we couldn't finish after the fire alarm.

Sanjay""",
  extra=[("Cc", "Lena Hart <ceo@lockbox-escapes.example>")])
MSGS[-1]["note"] = "copies the CEO = executive_contact; fire alarm was routine (no danger reported), refund request is not a disputed charge"

C("en", "repeat_contact,broken_promise,cancellation_threat", "-", "multiple triggers in short mail",
  "Olga Ivanova <olga.iv@mail.example>", "Heating - again",
  """Third email. You promised an engineer on Monday, nobody came. Radiators are cold,
it's 14 degrees in my room. If it's not fixed by the weekend I'm moving out and
breaking the contract.""")

C("en", "manager_request", "-", "asks for escalation politely",
  "Bethany Cole <bethany.cole@post.example>", "Could this be escalated?",
  """Hi Sam,

Thanks for your reply. I understand you can't change the payout rules yourself. Could
you please escalate my case to someone who can? I'd like a decision from a supervisor.

Kind regards,
Bethany""")

C("en", "data_loss,technical_issue,severe_dissatisfaction", "-", "all saved matches gone",
  "Walter Greaves <w.greaves@oldmail.example>", "Where are my DNA matches?!",
  """I had 1,100 matches, notes on about 200 of them, a whole research log. Today the
matches page is empty and the notes section says "no notes". Years of work. If this is
how you look after people's family history it's scandalous. Absolutely unacceptable.""")

C("en", "legal_threat", "-", "'I've spoken to a lawyer friend who says' - adopted",
  "Carmen Soto <carmen.soto@mailbox.example>", "unfair account closure",
  """You closed my account and kept my balance of 780 without any explanation. My lawyer
says that's unlawful and she's drafting a letter. I'd rather you just paid me.""")
MSGS[-1]["note"] = "customer's own lawyer acting = legal_threat (not reported speech of a third party)"

C("en", "billing_dispute", "-", "non-native English, double deduction",
  "Nguyen Van Long <nguyenlong@webpost.example>", "money taken two times",
  """Dear sir, for the booking of the room in april the rent 620 euro was taken two
times from my bank account, on 1 april and on 3 april. I send the bank paper in
attachment. Please give back one. Thank you very much. Long""",
  attach=("application/pdf", "bank_statement_april.pdf"))

C("en", "outage,technical_issue,high_value_order", "-", "exhibitor portal down before fair; stand package 9,200",
  "Ilse Vermeulen <ilse@vermeulen-design.example>", "Exhibitor portal down - deadline tonight",
  """Hi,

The exhibitor portal has been returning "503 Service Unavailable" all afternoon, for
me and for two other exhibitors I know. Tonight is the deadline to upload the graphics
files for our stand package (EUR 9,200) and I cannot get in at all.

Ilse""")

C("en", "safety,severe_dissatisfaction", "-", "resident fall, neglect; 'horrified'",
  "Paul Henderson <paul.henderson@homemail.example>", "Mum found on the floor",
  """I visited Mum yesterday at 4pm and found her on the floor of her room. She'd been
there, by her own account, since lunch. Her call button was out of reach on the
dresser. She has a cut on her head. I am horrified and disgusted. Somebody has to
answer for this.""")

C("en", "broken_promise,outage,technical_issue", "-", "promised status updates never came",
  "Laszlo Kovacs <laszlo.k@devmail.example>", "status page said 'fixed'",
  """Your status page said at 10:00 the outage was resolved and you'd "post hourly
updates". It's 15:00, the app is still unreachable for all our users in Hungary, and
there hasn't been a single update.""")

C("en", "cancellation_threat,technical_issue", "-", "polite threat",
  "Jennifer Albright <j.albright@post.example>", "App and our yearly plan",
  """Hello,

I want to be fair to you - we've been happy customers for three years. But since the
redesign the video review tool doesn't play files over 2 GB, which is most of ours.
If there's no fix before our renewal in July, we'll have to move the team to another
platform.

Best,
Jennifer""")
# ================================================================ English, with triggers (C)
C("en", "corporate_contact_request", "-", "wants registered office for Subject Access letter",
  "Margaret Doyle <m.doyle@homemail.example>", "registered office",
  """Hello, what is the registered office address of the company that owns the Parkside
student flats? I need to send something by recorded post and the website only has a
contact form. Thanks, Margaret""")

C("en", "corporate_contact_request,executive_contact", "-", "wants board chair's contact to write to",
  "Arthur Penhale <a.penhale@oldmail.example>", "chair of the trustees",
  """Dear Sir/Madam,

As a life member of the museum for 31 years I wish to write to the chair of your board
of trustees regarding the closure of the maritime gallery. Kindly provide a postal or
email address at which he or she can be reached.

Yours faithfully,
Arthur Penhale""")

C("en", "corporate_contact_request", "support_phone", "not the support line: wants executive office number",
  "Kirsty Bain <kirsty.bain@mail.example>", "not the helpline",
  """I don't want the helpline number, I've had that. I want the direct number for your
executive office / head office in Manchester. Kirsty""")

C("en", "discrimination_harassment", "-", "gender discrimination at karting track",
  "Holly Turner <holly.turner@inbox.example>", "told girls can't race in the adult session",
  """Hi, I'm 19 and booked the adult grand prix session online. When I arrived the guy
at the desk said the adult session was "really for the lads" and put me in the junior
heat with twelve-year-olds. My boyfriend, same age, went in the adult session. That's
sex discrimination, plain and simple, and I'd like an explanation.

Holly""")

C("en", "discrimination_harassment,severe_dissatisfaction", "-", "carer verbally abusing resident",
  "Daniel Okafor <daniel.okafor@post.example>", "What I overheard on Tuesday",
  """On Tuesday afternoon I was in the corridor outside my grandmother's room and heard
one of the night carers shouting at her, calling her a "stupid old cow" and telling her
she'd be left in her chair all night if she pressed the buzzer again. My grandmother
was in tears when I went in. I'm sickened. This is abuse and I want to know what you
are going to do about it.

Daniel Okafor""")

C("en", "discrimination_harassment", "-", "racist harassment via the platform chat",
  "Kwame Mensah <kwame.mensah@freelancer.example>", "client sending racist messages",
  """hi, a client I worked for on your site is now sending me racist messages through
the platform chat after I asked to be paid for the final milestone. screenshots
attached. I've blocked him but he creates new accounts. please help, this is your
platform.""",
  attach=("image/png", "chat_screenshots.png"))

C("en", "security_incident", "-", "mobile-typed, SIM swap / account takeover",
  "Connor Fitz <connorfitz@mail.example>", "acc hacked",
  """someone got into my acount last nite, changed the phone numbr and booked 6 rides
on my card to places ive never been. i have the texts. pls freeze it""")
MSGS[-1]["triggers"] = "billing_dispute,security_incident"
MSGS[-1]["note"] = "account takeover + specific rides charged that were not theirs (unauthorised charges)"

C("en", "security_incident,regulatory", "-", "data breach notice; ICO",
  "Helena Brooks <helena.brooks@inbox.example>", "my passport scan on your site",
  """Hello,

A friend sent me a link to a file on your website's "documents" folder - it's the
passport scan I uploaded when I applied for the Campus Nest tenancy, and it can be
opened by anyone without logging in. I assume everyone's are there. I've reported this
to the ICO as a data breach.

Helena Brooks""")
MSGS[-1]["triggers"] = "regulatory,security_incident,technical_issue"
MSGS[-1]["note"] = "publicly reachable uploads = exposure by the system (technical_issue per overlap rule)"

C("en", "data_loss,technical_issue", "-", "long rambling, one sentence about lost data",
  "Ruth Kingsley <ruth.kingsley@homemail.example>", "Membership renewal and a question about the app",
  """Hello,

I hope you're all well and that the new otters are settling in - we saw them in the
spring and my grandson has talked about nothing else since. We renewed the family
membership last week, and I wanted to ask whether the free guest passes still apply,
since we often bring his friend along.

Also, while I'm writing: the app had a "sync" message on Sunday and since then my
saved visits diary, with every photo we'd added over three years, has been wiped
clean - the diary page just says "Start your first visit!". I don't suppose there's any
way to get that back? It was rather special to us.

Lastly, do you still do the keeper talk at the penguin pool at 2pm?

Best wishes,
Ruth Kingsley""")

C("en", "data_loss", "-", "embryo records / consent forms lost",
  "Sarah & Ben Walsh <walsh.family@post.example>", "our signed consent forms",
  """Hello, we were told on the phone today that the clinic "can't find" our signed
storage consent forms from 2022 and that they're not on the system either. We need
those to continue. How can signed documents just vanish?""")
MSGS[-1]["note"] = "records lost by clinic; no product fault claimed so no technical_issue"

C("en", "regulatory,severe_dissatisfaction", "-", "care inspectorate complaint, strong anger",
  "Gillian Moss <gillian.moss@oldmail.example>", "Complaint",
  """Mum was left in a wet bed for the whole night again. I am disgusted beyond words.
I've put in a complaint to the Care Quality Commission today with photographs and
dates.""")

C("en", "regulatory", "-", "attorney general complaint, non-native",
  "Jose Alvarado <jose.alvarado@webpost.example>", "complaint about my account",
  """Hello. My sportsbook account is restricted since 3 months and nobody answer why.
I have send a complaint to the state attorney general office and also the gaming
control board. I just want my money of 1,240 dollars.""")

C("en", "media_threat", "-", "YouTuber threat, sarcastic",
  "Max Hollander <max@hollander-films.example>", "great rental experience (not)",
  """Fantastic. The gimbal you rented me arrived with a cracked motor housing and the
rental counter says I broke it. I run a filmmaking channel with 210k subscribers and
my next video was going to be a rental house review anyway. Guess which one's going to
feature.""")
MSGS[-1]["triggers"] = "media_threat,technical_issue"

C("en", "safety,technical_issue", "-", "unsafe vehicle",
  "Julia Fern <julia.fern@inbox.example>", "Car was unsafe",
  """The car that picked me up this morning (booking RL-7712) had the airbag warning
light on, a smashed windscreen on the driver's side and the brakes were grinding. The
driver was on his phone. I got out at the first red light. Someone is going to get
hurt. Please check your drivers' vehicles.""")
MSGS[-1]["triggers"] = "safety"
MSGS[-1]["note"] = "danger from a driver's vehicle - not a product/software fault"

C("en", "safety", "-", "recall of gift product; allergic reaction",
  "Nadine Kerr <nadine.kerr@mail.example>", "Chocolate in the gift box",
  """Our gift hamper contained chocolates labelled "nut free". My daughter, who has a
severe nut allergy, ate one and had an anaphylactic reaction - we had to use her pen
and call an ambulance. She's OK now. The packaging says "may contain nuts" on the inner
wrapper. You need to recall these.""")

C("en", "manager_request,repeat_contact,outage,technical_issue", "-", "many triggers, ALL CAPS bits",
  "Ray Donnelly <ray.donnelly@donnellyhaulage.example>", "TELEMATICS DOWN - 3RD EMAIL",
  """Third email today. Fleet portal DOWN since 6am, every tractor in the yard shows no
data. I NEED SOMEONE SENIOR ON THE PHONE, NOT ANOTHER TICKET NUMBER.""")

C("en", "broken_promise,high_value_order", "-", "camera package 6,800 USD, replacement promised",
  "Ana Ruiz <ana@ruizproductions.example>", "Replacement Alexa kit for next week",
  """Hi,

When the first Alexa Mini kit failed on set last Tuesday, Darren promised a replacement
kit at our location by Friday. It didn't arrive, so we lost a shoot day. The booking
for the rest of the job is USD 6,800 and we still don't have a working camera for
Monday.

Ana Ruiz
Ruiz Productions""")

C("en", "feature_request", "-", "'wish list' wording",
  "Gemma Hart <gemma.hart@mail.example>", "wish list",
  """Small wish from a regular: a way to save my favourite florist notes ("no lilies,
she's allergic") so I don't have to type them every order. Would be lovely.""")

C("en", "billing_dispute,repeat_contact,severe_dissatisfaction", "-", "'keep having to chase' + 'four times'",
  "Nigel Farrow <nigel.farrow@post.example>", "Membership charged twice. AGAIN.",
  """I have now written to you four times about being charged twice for the annual
membership (2 x 85). Each time I'm told it's "with finance". It's a shambles, frankly
pathetic. Refund the duplicate.""")

C("en", "cancellation_threat,media_threat", "-", "polite formal threat",
  "Dr. Anil Kapoor <a.kapoor@kapoor-clinic.example>", "Our booth at MedTech Expo",
  """Dear Ms Reilly,

I regret to say that the treatment our company received at this year's fair, where our
booth was moved without consultation to a corner behind the catering area, has led us
to decide not to book with you next year. I also intend to describe the experience in
my column for the Association newsletter.

Yours sincerely,
Dr. Anil Kapoor""")
# ================================================================ English, hard negatives
C("en", "-", "job_title", "'Facilities Manager' is a job title",
  "Derek Shaw <derek.shaw@halcyonhotels.example>", "Booth booking for next year",
  """Hi,

I'm the Facilities Manager at Halcyon Hotels and I look after our presence at the
hospitality fair. We'd like to rebook the same corner stand as this year. Could you
send the floor plan when it's available?

Derek Shaw
Facilities Manager""")

C("en", "-", "quoted_threat", "old legal threat only inside the quoted reply",
  "Emma Wilde <emma.wilde@mail.example>", "Re: deposit for Flat 3B",
  """Thanks so much, the money arrived this morning. All sorted, really appreciate you
chasing it up.

Emma

On Tue, 4 Jun 2024 at 09:12, Emma Wilde <emma.wilde@mail.example> wrote:
> If I don't get my deposit back by Friday I will be taking you to the small claims
> court. This is absolutely unacceptable and I want to speak to a manager.""")

C("en", "-", "disclaimer", "legal disclaimer in signature",
  "Olivia Grant <o.grant@grantlegal.example>", "Change of booking date",
  """Hello,

Could we move our team's karting session from 12 July to 19 July, same time? 14
drivers.

Thanks,
Olivia Grant
Grant & Partners LLP

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be
legally privileged. If you are not the intended recipient, any disclosure, copying or
distribution is prohibited and may be unlawful. Please notify the sender and delete
this message. Grant & Partners LLP is authorised and regulated by the Solicitors
Regulation Authority.""")

C("en", "-", "negation", "negated threat",
  "Ian Fletcher <ian.fletcher@post.example>", "small thing with my invoice",
  """Hi, don't worry, I'm not going to cancel or anything dramatic - just noticed my
invoice has my old address on it. Could you update it to 22 Birch Lane? Thanks!""")

C("en", "-", "policy_question", "refund policy question",
  "Sarah Lin <sarah.lin@inbox.example>", "Refund policy for dive courses",
  """Hi! What's your refund policy if the course is cancelled because of weather? And if
I get sick the day before, can I move it to another date? Just want to know before I
book.

Sarah""")

C("en", "-", "hypothetical", "hypothetical cancellation question",
  "Tony Marsh <tony.marsh@mailbox.example>", "Before I sign",
  """Quick question before I sign the tenancy: if I wanted to leave after one semester
for an exchange programme, would I be able to end the contract early? What would it
cost?""")

C("en", "-", "feature_exists_question", "asks whether export exists",
  "Grace Oyelaran <grace.o@mail.example>", "export?",
  """Can I export my family tree to a GEDCOM file? I'd like to share it with a cousin who
uses another program.""")

C("en", "-", "mild_disappointment", "'a little disappointed' only",
  "Helen Burke <helen.burke@homemail.example>", "Bouquet for my mum",
  """Hello, the bouquet arrived on time and Mum loved it, though I was a little
disappointed the lilies were still closed so it looked smaller than the photo. Not a
big deal, just feedback for next time. Thanks!""")

C("en", "-", "reported_speech", "someone else suggested suing; customer doesn't adopt",
  "Neil Baxter <neil.baxter@post.example>", "Lost bag in the car",
  """Hi, I left a black rucksack in a car on Saturday night (ride from the station to
Elm Road around 11:40). My flatmate joked I should sue you for making the app so easy
to fall asleep in, ha. Any chance the driver found it? Laptop inside.

Neil""")

C("en", "-", "own_ceo", "customer's own CEO needs a report",
  "Priyanka Das <priyanka.das@brightcorp.example>", "Ride history for Q2",
  """Hello,

Our CEO needs a report of all business rides for Q2 for the board pack on Thursday.
Can I download that from the business dashboard, or do you need to send it?

Thanks,
Priyanka""")

C("en", "-", "large_amount_no_problem", "60,000 order, no problem",
  "Marcus Feldman <m.feldman@feldmanagri.example>", "Order AG-81902 - thank you",
  """Hi Claire,

Just confirming the balance payment of EUR 61,250 for the sprayer went out this
morning. Delivery on the 14th works well for us. Thanks for the smooth process.

Marcus""")

C("en", "-", "second_email", "'second email' = only two contacts",
  "Lucy Tennant <lucy.t@mail.example>", "Second email - locker key",
  """Hi, this is my second email about the spare locker key for room 4.12. Could
someone leave it at reception? Thanks, Lucy""")

C("en", "-", "praise", "praise only",
  "Robert Haines <robert.haines@homemail.example>", "Thank you to the staff",
  """I just wanted to say a huge thank you to the night staff on the Oak wing, especially
Grace. Dad has settled in so well, and the way she sat with him on his first night
meant more than I can say.

Robert Haines""")

C("en", "-", "howto", "plain how-to",
  "Ahmed Karim <ahmed.karim@inbox.example>", "how to add a stop",
  """how do I add a second stop to a ride after I've booked it?""")

C("en", "-", "procedural_cancel", "neutral cancel of one order",
  "Jess Morgan <jess.m@post.example>", "cancel order 55102 please",
  """Hi, I ordered the wrong size hamper (large instead of medium). Can you cancel order
55102 so I can reorder? No rush. Thanks!""")

C("en", "-", "dpa_request", "asks for DPA + GDPR compliance question",
  "Frank Dorsey <f.dorsey@dorsey-it.example>", "GDPR documents",
  """Hello,

We're evaluating your business VPN plan for 40 users. Are you GDPR compliant, and can
you send a Data Processing Agreement for our legal team to review?

Frank Dorsey
IT Director""")

C("en", "-", "security_question", "2FA how-to, not an incident",
  "Yvonne Price <yvonne.price@mail.example>", "two factor?",
  """Hi - how do I turn on two-factor authentication for my betting account? Want to be
a bit safer.""")

C("en", "-", "outlook_quote", "threat only in Outlook header block below",
  "Rajesh Nair <rajesh.nair@nairtextiles.example>", "RE: Stand order EXP-40112",
  """Hi Tom,

Perfect, the revised drawing is fine. Please go ahead with production.

Regards,
Rajesh

From: Rajesh Nair <rajesh.nair@nairtextiles.example>
Sent: Monday, 3 June 2024 10:14
To: ExpoStand Support <support@example.test>
Subject: Stand order EXP-40112

Tom, the drawing is wrong AGAIN, third time I'm telling you. Order value is 32,000
EUR - if it isn't right by Friday we cancel and I'll involve our lawyers.""")

C("en", "-", "forwarded", "forwarded complaint from someone else, customer only asks",
  "Anna Kowalski <anna.kowalski@mail.example>", "Fwd: your membership",
  """Hi, my neighbour got this and asked me to check if it's really from you?

---------- Forwarded message ---------
From: Members Team <members@zoo-friends.example>
Date: Fri, 10 May 2024 at 14:02
Subject: your membership
To: <neighbour@mail.example>

Dear member, your membership has been renewed. Thank you for supporting the zoo.""")

C("en", "-", "safety_word", "'safety' as data safety question",
  "Ben Carter <ben.carter@inbox.example>", "Is my DNA data safe?",
  """Hi, before I send my kit back: how safe is my data with you? Who can see my results
and can I delete everything later?""")

C("en", "-", "support_phone", "asks normal support phone & hours",
  "Doris Fenwick <doris.f@oldmail.example>", "phone number",
  """What is your telephone number for bookings and what time do you open? I prefer to
ring rather than use the computer.""")

C("en", "-", "planned_maintenance", "planned maintenance question",
  "Kevin Yates <kevin.yates@post.example>", "maintenance window",
  """Saw the banner about maintenance on Sunday night. Will the app be unavailable the
whole time? I've got a 6am airport pickup booked on Monday.""")

C("en", "-", "upgrade_question", "won't I lose data question",
  "Martha Cruz <martha.cruz@mail.example>", "upgrading plan",
  """If I upgrade to the Premium tree plan, will I keep all my photos and notes, or do I
need to back them up first? Don't want to lose anything!""")

C("en", "-", "not_escalate", "'no need to escalate'",
  "Gordon Pike <gordon.pike@homemail.example>", "Re: parking permit",
  """Thanks Liam, no need to escalate this - the new permit works fine. Cheers!""")

C("en", "-", "threshold_5000", "exactly 5,000 EUR with problem -> not high_value; not a dispute (asks for missing invoice)",
  "Nora Lindqvist <nora.l@lindqvist-ab.example>", "Missing invoice for stand deposit",
  """Hello,

We transferred the stand deposit of EUR 5,000.00 on 2 May but haven't received an
invoice for our accounts. Could you send one to accounts@lindqvist-ab.example?

Nora""")

C("en", "-", "job_title", "'Manager of IT' and 'account manager' as roles",
  "Samuel Ortiz <samuel.ortiz@ortizlogistics.example>", "Adding users",
  """Hello,

I'm the Manager of IT here. Our account manager, Julia, mentioned we can add more
seats to our VPN plan ourselves. Where in the admin console is that?

Samuel Ortiz
Manager of IT, Ortiz Logistics""")

C("en", "-", "reported_speech", "friend's story about hacked account, customer just asks",
  "Chris Owens <chris.owens@mail.example>", "question about logins",
  """A friend told me her account on another betting site got hacked last year, which
got me thinking - do you send an alert when someone logs in from a new device?""")

C("en", "-", "quoted_threat", "HTML-style quoted old anger, now thanks",
  "Isabel Frost <isabel.frost@post.example>", "Re: my father's room",
  """Dear Mrs Adair,

Thank you for meeting us yesterday. The new arrangements for Dad's medication are
exactly what we hoped for.

Best wishes,
Isabel

On 12 March 2024, at 18:30, Isabel Frost <isabel.frost@post.example> wrote:
> I am disgusted with how Dad has been treated. I want the owner's email address and
> I'm reporting you to the care inspectorate.""")

C("en", "-", "praise", "praise with exclamation",
  "Lily Chen <lily.chen@inbox.example>", "BEST DAY EVER",
  """OMG the shark dive was AMAZING!!! thank you Marco and the whole crew, my kids
haven't stopped talking about it. we'll be back next summer for sure!!""")

C("en", "-", "howto", "booking how-to",
  "George Adams <george.adams@oldmail.example>", "Booking for a group",
  """Good evening. We are a group of 9 from the rotary club. Can we all go in one escape
room or do we need to split? And is there parking nearby?

George Adams""")

C("en", "-", "price_question", "price question",
  "Emily Rhodes <emily.rhodes@mail.example>", "cost of cinema lens package",
  """Hi, how much would the anamorphic lens set be for a 5 day hire, and is insurance
included in that price?""")

C("en", "-", "invoice_copy", "asks for invoice copy, not a dispute",
  "Thomas Byrne <thomas.byrne@byrneagri.example>", "copy of invoice",
  """Could you email me a copy of invoice INV-51002 please, our accountant lost it.
Thanks, Thomas""")

C("en", "-", "negation", "negation of data loss",
  "Pauline Mercer <pauline.mercer@homemail.example>", "Re: photo upload issue",
  """Update: it worked after I logged out and back in. No photos were lost in the end,
all 48 are there. Thanks for the tip!""")

C("en", "-", "hypothetical", "asks about SLA",
  "Raj Malhotra <raj.m@malhotra-events.example>", "Corporate account SLA",
  """Do you offer an SLA for outages on the corporate booking tool? We'd need something
like 99.9% for our events team. Also, what happens with payments if the platform is
down during an event?""")

C("en", "-", "feature_exists_question", "asks if there's a family plan",
  "Hannah Webb <hannah.webb@mail.example>", "family membership question",
  """Do you have a membership that covers two adults and three kids? And does it include
the aquarium or is that extra?""")

C("en", "-", "own_ceo", "'my boss' and 'our director' unrelated",
  "Maya Fischer <maya.fischer@fischerpr.example>", "Team event booking",
  """Hi! Our managing director wants to take the whole team karting for her birthday
in August - about 25 people. Can you quote for a private track hire with food?

Maya""")

C("en", "-", "mild_disappointment", "'not ideal', mild",
  "Peter Quinn <peter.quinn@post.example>", "Shuttle to the dive site",
  """The shuttle was about 20 minutes late this morning, which was not ideal, but the
dive itself was great. Maybe give people a heads-up by text next time?""")

C("en", "-", "large_amount_no_problem", "asks about financing 95,000 combine",
  "Bill Harrington <bill.h@harringtonfarm.example>", "finance options",
  """Hi, thinking about the 2023 demo combine you've got listed at 95,000 GBP. What
finance options do you offer and can we see it running next week?""")

C("en", "-", "quoted_threat", "forwarded-by-colleague thread with old threat; customer asks status",
  "Tanya Ross <tanya.ross@rosscatering.example>", "status of our request?",
  """Hi, just checking where we are with the replacement banner for our stand - any
ETA?

Thanks,
Tanya

-----Original Message-----
From: Mike Ross
Sent: 2 April 2024 16:40
To: support@example.test
Subject: banner

This is a disgrace. I want to speak to your boss and I'll be posting about this on
LinkedIn.""")

C("en", "-", "how_to_cancel", "how to cancel subscription, no dissatisfaction",
  "Joel Park <joel.park@mail.example>", "moving abroad",
  """Hi, I'm moving to Canada next month so I won't be able to use my membership. How do
I cancel the monthly payments? Thanks for everything, the zoo's been great.""")
MSGS[-1]["note"] = "procedural cancellation because of a move; no dissatisfaction"

C("en", "-", "howto", "non-native, how-to",
  "Mohammed Al-Sayed <m.alsayed@inbox.example>", "question for the test kit",
  """Hello, i receive the DNA kit today. i must spit in the tube before eat or after? and
how long it take for results? thank you""")

C("en", "-", "disclaimer", "signature mentions lawsuits in disclaimer",
  "Victoria Hale <v.hale@halebrothers.example>", "Camera rental for 3 days",
  """Hi there, please reserve the Sony FX3 kit from 6 to 9 September. Pickup around
10am. Thanks!

Victoria

--
Hale Brothers Film Ltd. This message may contain privileged information. Any
unauthorised use may result in legal action. Hale Brothers Film Ltd accepts no
liability for viruses.""")

C("en", "-", "past_resolved", "mentions a past problem that was resolved, thanks",
  "Aaron Blake <aaron.blake@post.example>", "thanks for sorting the double charge",
  """Just wanted to say thanks for sorting the double charge so quickly last week,
the refund's come through. Much appreciated.""")
MSGS[-1]["note"] = "past, resolved billing issue mentioned in thanks - nothing disputed now"

C("en", "-", "sarcasm_absent", "neutral feedback with suggestion-like question",
  "Nicole Barnes <nicole.barnes@mail.example>", "app question",
  """Does the app have a way to tip the driver after the ride? I couldn't find it.""")

C("en", "-", "job_title", "'Directeur commercial' style title in English mail",
  "Jean-Luc Moreau <jl.moreau@moreau-vins.example>", "Stand size",
  """Dear team,

As Directeur commercial of Moreau Vins I'd like to know if 24 m2 stands are still
available for the wine fair in November.

Jean-Luc Moreau
Directeur commercial""")

C("en", "-", "reported_speech", "staff member said 'escalate' to colleague",
  "Shauna Kelly <shauna.kelly@homemail.example>", "Nursery booking for visit",
  """Hi, the lady on the phone said she'd escalate my question about the buggy hire to
the events team, so just sending my details: Shauna Kelly, visit on 22 June, 2
buggies. Thanks!""")
MSGS[-1]["note"] = "agent said she'd escalate; customer doesn't ask for escalation"

C("en", "-", "praise", "praise + how-to",
  "Dominic Shah <dominic.shah@inbox.example>", "Love the new app",
  """The new app is so much faster, well done! One question: where did the saved places
go? I had Home and Work saved before.""")
MSGS[-1]["note"] = "asks where a setting is; no claim that it's broken"

C("en", "-", "large_amount_no_problem", "fertility package 12,000 question only",
  "Rebecca Stone <rebecca.stone@mail.example>", "Package pricing",
  """Hello, we're considering the three-cycle package (12,000 USD as listed). Is the
medication included, and can it be paid in instalments?""")

C("en", "-", "quoted_threat", "threat quoted with > in a reply about something else",
  "Karl Jansen <karl.jansen@post.example>", "Re: Re: login",
  """Yes that fixed it, thank you. Have a good weekend.

> > I've emailed three times, I'm furious, and I'll be cancelling if I can't log in
> > today.
> Hi Karl, please try clearing your app cache, that should sort it.""")

C("en", "-", "how_to_refund", "refund-for-unhappy not a dispute; polite",
  "Sandra Lowe <sandra.lowe@homemail.example>", "refund possible?",
  """Hi, we didn't really enjoy the horror-themed room, too scary for my 12 year old.
Is there any possibility of a partial refund or voucher? No worries if not.""")
MSGS[-1]["note"] = "refund request because unhappy, no wrong charge = not billing_dispute"

C("en", "-", "hypothetical", "what happens if someone gets hurt",
  "Rory Walsh <rory.walsh@mail.example>", "insurance question",
  """What happens if someone gets injured during a karting session - are drivers
covered by your insurance or do we need our own?""")

C("en", "-", "second_email", "'emailed last week too' = second",
  "Tessa Ward <tessa.ward@post.example>", "following up",
  """Hi, following up on my email from last week about switching our stand from hall 3
to hall 5. Any news? Thanks, Tessa""")

C("en", "-", "feature_exists_question", "asks if offline mode exists",
  "Luis Ortega <luis.ortega@inbox.example>", "offline maps?",
  """Does the VPN app work on the Apple TV? and is there a split tunnelling option on
iOS?""")
# ================================================================ German
C("de", "legal_threat,broken_promise", "-", "Anwalt paraphrasiert ('meinen Rechtsbeistand einschalten')",
  "Jürgen Wollenberg <j.wollenberg@wollenberg-agrar.example>", "Mähdrescher Reparatur - zugesagter Termin",
  """Sehr geehrte Damen und Herren,

Ihr Werkstattleiter hat mir am 3. Juli fest zugesagt, dass der Mähdrescher bis zum
15. Juli repariert zurückkommt. Heute ist der 24., die Ernte läuft, und die Maschine
steht immer noch bei Ihnen auf dem Hof.

Ich werde für jeden weiteren Tag Lohnunternehmer bezahlen müssen. Sollte die Maschine
nicht bis Freitag hier sein, werde ich meinen Rechtsbeistand einschalten.

Mit freundlichen Grüßen
Jürgen Wollenberg""")

C("de", "outage,technical_issue", "-", "App komplett nicht erreichbar",
  "Lea Hoffmann <lea.hoffmann@webpost.example>", "App geht gar nicht mehr",
  """Hallo, seit heute Mittag lädt die App überhaupt nicht mehr, nur "Verbindung zum
Server fehlgeschlagen". Meine Freundinnen haben das gleiche Problem. Ich stehe am
Bahnhof und komme nicht weg.""")

C("de", "billing_dispute,severe_dissatisfaction", "-", "doppelte Abbuchung; 'Frechheit' + 'unverschämt'",
  "Horst Brandt <horst.brandt@altpost.example>", "Doppelte Abbuchung Miete",
  """Sie haben die Miete für Oktober (485 EUR) zweimal von meinem Konto abgebucht. Das
ist eine bodenlose Frechheit, zumal ich Sie schon letzten Monat auf Ihr chaotisches
Lastschriftverfahren hingewiesen habe. Unverschämt! Ich erwarte die Rückbuchung bis
Ende der Woche.

H. Brandt""")

C("de", "repeat_contact,manager_request", "-", "'schreibe Ihnen jetzt zum vierten Mal' + Vorgesetzten",
  "Sabine Krüger <sabine.krueger@mailbox.example>", "Heizung Zimmer 217",
  """Guten Tag,

ich schreibe Ihnen jetzt zum vierten Mal wegen der Heizung in Zimmer 217. Es passiert
nichts. Bitte leiten Sie mein Anliegen an Ihre Vorgesetzte oder die Hausverwaltung
weiter, ich möchte mit jemandem sprechen, der etwas entscheiden kann.

Sabine Krüger""")

C("de", "security_incident", "-", "fremder Zugriff auf Konto",
  "Tobias Richter <t.richter@posteo.example>", "Jemand hat sich in mein Konto eingeloggt",
  """Hallo,

ich habe gerade eine Mail bekommen, dass sich jemand aus den Niederlanden mit einem
neuen Gerät in mein VPN-Konto eingeloggt hat. Das war ich nicht. Außerdem ist meine
hinterlegte E-Mail-Adresse geändert worden. Bitte sperren Sie das Konto sofort.

Tobias Richter""")

C("de", "data_loss,technical_issue", "-", "Stammbaum weg nach Import",
  "Gisela Baumann <gisela.baumann@t-post.example>", "Stammbaum verschwunden",
  """Guten Abend,

nach dem Import einer GEDCOM-Datei meiner Cousine ist mein eigener Stammbaum komplett
überschrieben worden. Alle meine Einträge, die ich in 8 Jahren mühsam recherchiert habe,
sind weg. Gibt es eine Sicherung? Ich bin ganz verzweifelt.

Gisela Baumann""")

C("de", "safety,technical_issue", "-", "Stromschlag an Kartbahn-Ladegerät",
  "Marco Schulz <marco.schulz@webpost.example>", "Stromschlag am Ladegerät",
  """Hallo,

beim Abstecken des E-Karts an Box 4 hat mein Sohn einen heftigen Stromschlag bekommen,
das Kabel war an der Stelle aufgescheuert. Zum Glück ist nichts passiert, aber das
Teil muss sofort gesperrt werden, bevor da jemand ernsthaft verletzt wird.

Marco Schulz""")

C("de", "regulatory", "-", "Verbraucherzentrale eingeschaltet",
  "Petra Zimmermann <petra.zimmermann@mailbox.example>", "Gewinnauszahlung",
  """Sehr geehrte Damen und Herren,

meine Auszahlung über 940 EUR wird seit sechs Wochen mit immer neuen Ausreden
verzögert. Ich habe den Vorgang inzwischen der Verbraucherzentrale Hamburg vorgelegt.

Petra Zimmermann""")

C("de", "regulatory,security_incident", "-", "Datenpanne + Landesdatenschutzbeauftragte",
  "Dr. Klaus Vogel <k.vogel@vogel-kanzlei.example>", "Ihr Newsletter mit offenem Verteiler",
  """Sehr geehrte Damen und Herren,

Ihr heutiger Newsletter an die Mitglieder des Fördervereins wurde mit offenem
Verteiler versendet - ich kann die E-Mail-Adressen von über 800 Mitgliedern sehen.
Das ist eine Datenschutzverletzung. Ich habe die Landesdatenschutzbeauftragte darüber
informiert.

Mit freundlichen Grüßen
Dr. Klaus Vogel
Rechtsanwalt""")
MSGS[-1]["note"] = "Anwalt als Absender (Signatur) ist keine Drohung; Meldung an Aufsicht = regulatory; Mail-Fehler, kein Produktdefekt"

C("de", "cancellation_threat,technical_issue", "-", "Kündigung angekündigt",
  "Stefan Lehmann <stefan.lehmann@post.example>", "Verbindungsabbrüche - ich kündige",
  """Seit dem letzten Update bricht die VPN-Verbindung unter macOS alle paar Minuten ab.
Drei Wochen warte ich auf einen Fix. Hiermit kündige ich mein Jahresabo zum nächsten
möglichen Termin.""")

C("de", "media_threat", "-", "Bewertung + Lokalzeitung",
  "Ursula Kaiser <ursula.kaiser@t-post.example>", "Blumen zur Beerdigung",
  """Der Kranz, den wir für 180 EUR bestellt hatten, kam ohne Schleife und halb
verwelkt. Wenn ich bis morgen keine Antwort bekomme, schreibe ich das der Lokalzeitung
und setze eine entsprechende Bewertung bei Google.

U. Kaiser""")

C("de", "discrimination_harassment", "-", "rassistische Beleidigung durch Fahrer",
  "Ayşe Yılmaz <ayse.yilmaz@mailbox.example>", "Beleidigung durch Ihren Fahrer",
  """Guten Tag,

der Fahrer meiner Fahrt am Samstag (Kennzeichen beginnt mit M-TX) hat mich wegen
meines Kopftuchs beleidigt und gesagt, "Leute wie ich" sollten zu Fuß gehen. Dann hat
er die Fahrt abgebrochen. So etwas habe ich noch nie erlebt.

Ayşe Yılmaz""")

C("de", "high_value_order,technical_issue", "-", "Messestand 14.800 EUR, LED-Wand defekt",
  "Andreas Keller <a.keller@keller-solar.example>", "Messestand B4-17: LED-Wand ausgefallen",
  """Hallo,

die LED-Wand an unserem Stand (Auftrag MS-2024-118, 14.800 EUR netto) zeigt seit heute
Morgen nur noch Streifen. Ihr Techniker vor Ort hat kein Ersatzteil. Die Messe läuft
noch drei Tage. Bitte um sofortige Lösung.

Andreas Keller
Keller Solar GmbH""")

C("de", "executive_contact", "-", "Geschäftsführung in Kopie",
  "Bernd Hartmann <bernd.hartmann@hartmann-bau.example>", "Kameraverleih - Kaution",
  """Guten Tag,

ich habe Ihre Geschäftsführung in Kopie gesetzt, da ich seit einem Monat auf meine
Kaution warte und der Shop vor Ort mich nur vertröstet.

Bernd Hartmann""")

C("de", "corporate_contact_request", "-", "Adresse der Zentrale",
  "Monika Schreiber <monika.schreiber@altpost.example>", "Anschrift der Zentrale",
  """Können Sie mir bitte die Postanschrift Ihrer Unternehmenszentrale und die
Durchwahl der Geschäftsleitung nennen? Ich möchte ein Einschreiben schicken.""")

C("de", "broken_promise,repeat_contact", "-", "zugesagter Rückruf + 'dritte Mail'",
  "Frank Weber <frank.weber@mailbox.example>", "AW: AW: Rückruf",
  """Das ist jetzt meine dritte Mail. Mir wurde zweimal ein Rückruf zugesagt, passiert
ist nichts. Es geht um den Aufnahmevertrag meiner Mutter.""")

C("de", "feature_request", "-", "Feature-Wunsch paraphrasiert",
  "Nina Bauer <nina.bauer@webpost.example>", "Idee für die Mitglieder-App",
  """Hallo liebes Zoo-Team,

wäre es möglich, in der App eine Karte mit den Fütterungszeiten einzubauen, die einen
kurz vorher benachrichtigt? Wir verpassen immer die Pinguine :)

Liebe Grüße
Nina""")

C("de", "feature_request", "-", "Wunsch nach Mehrfachbuchung",
  "Helmut Fuchs <helmut.fuchs@post.example>", "Vorschlag Buchungssystem",
  """Es wäre sehr hilfreich, wenn man mehrere Räume gleichzeitig für eine Firmenfeier
buchen könnte, statt jeden einzeln. Bitte nehmen Sie das doch auf.""")

C("de", "severe_dissatisfaction,manager_request", "-", "'eine Zumutung' + Chef sprechen",
  "Rolf Berger <rolf.berger@altpost.example>", "Tauchkurs abgesagt",
  """Das ist eine absolute Zumutung. Wir sind 600 km gefahren und der Kurs wurde vor Ort
abgesagt, weil "der Lehrer krank ist". Keine Mail, kein Anruf. Ich will sofort den
Chef sprechen.""")

C("de", "technical_issue", "-", "Fehlermeldung beim Hochladen",
  "Julia Neumann <julia.neumann@mailbox.example>", "Fehler beim Upload",
  """Hallo, beim Hochladen meines Portfolios kommt immer "Fehler 500 - bitte später
erneut versuchen". Seit gestern. Andere Seiten gehen.""")

C("de", "billing_dispute", "-", "falscher Rechnungsbetrag; Preiszusage ist Teil des Streits, kein gebrochenes Rückruf/Lieferversprechen",
  "Dieter Schwarz <dieter.schwarz@schwarz-lohnarbeit.example>", "Rechnung 2024-4471",
  """Guten Tag,

auf der Rechnung 2024-4471 stehen 1.380 EUR für die Wartung, obwohl uns Herr Maier
den Pauschalpreis von 950 EUR zugesagt hat. Die Differenz akzeptiere ich nicht.

Dieter Schwarz""")

C("de", "safety", "-", "Sturz im Pflegeheim, Verletzung",
  "Karin Wolf <karin.wolf@t-post.example>", "Sturz meines Vaters",
  """Sehr geehrte Frau Ludwig,

mein Vater ist gestern Nacht im Bad gestürzt und hat sich die Hüfte gebrochen. Das
Bettgitter war nicht hochgestellt, obwohl das im Pflegeplan steht. Er liegt jetzt im
Krankenhaus. Ich bitte um eine schriftliche Stellungnahme.

Karin Wolf""")

C("de", "legal_threat,high_value_order", "-", "Klage, Vertrag 38.000 EUR",
  "Thomas Graf <t.graf@graf-events.example>", "Messebau-Vertrag 2024-07",
  """Sehr geehrte Damen und Herren,

der Stand wurde zur Messe nicht fertiggestellt; die Vertragssumme beträgt
38.000 EUR. Wir haben Ihnen eine Frist bis zum 30.09. gesetzt. Danach werden wir
rechtliche Schritte einleiten.

Thomas Graf
Geschäftsführer, Graf Events GmbH""")

C("de", "data_loss,outage,technical_issue", "-", "Server down + Daten weg",
  "Lukas Hahn <lukas.hahn@webpost.example>", "alles weg??",
  """hallo, eure seite war gestern den ganzen abend nicht erreichbar und jetzt wo sie
wieder geht sind alle meine gespeicherten fahrten und favoriten weg. was ist da los""")

C("de", "cancellation_threat,severe_dissatisfaction", "-", "kündigt Vertrag, 'unterirdisch'",
  "Erika Lang <erika.lang@altpost.example>", "Kündigung Mitgliedschaft",
  """Ihr Service ist unterirdisch. Dreimal stand das Museum an einem angekündigten
Mitgliederabend geschlossen da. Ich kündige meine Mitgliedschaft hiermit fristlos.""")
MSGS[-1]["note"] = "'dreimal geschlossen' = Vorfälle, keine Kontaktaufnahmen -> kein repeat_contact"

C("de", "technical_issue,feature_request", "-", "Bug + Wunsch",
  "Philipp Krause <philipp.krause@mailbox.example>", "Export klappt nicht",
  """Moin, der PDF-Export vom Stammbaum bricht bei über 200 Personen einfach ab (leere
Seite). Und es wäre super, wenn man auch als SVG exportieren könnte.""")

C("de", "executive_contact,media_threat", "-", "an Vorstand + Presse",
  "Gerhard Simon <gerhard.simon@altpost.example>", "Ihr Umgang mit Kunden",
  """Ich habe mich heute schriftlich an Ihren Vorstand gewandt. Sollte ich bis
Monatsende keine Lösung haben, geht der ganze Vorgang an die Verbraucherredaktion
des Regionalfernsehens.""")

C("de", "discrimination_harassment,manager_request", "-", "Belästigung durch Mitarbeiter",
  "Lisa Koch <lisa.koch@webpost.example>", "Verhalten eines Mitarbeiters",
  """Hallo,

ein Mitarbeiter an der Kasse der Kartbahn hat mir und meiner Freundin mehrfach
anzügliche Sprüche hinterhergerufen und nach unserer Handynummer gefragt, obwohl wir
klar nein gesagt haben. Ich möchte, dass sich die Leitung der Anlage bei mir meldet.

Lisa Koch""")

C("de", "high_value_order,billing_dispute", "-", "Traktor-Rechnung 92.500 EUR falsch",
  "Markus Becker <markus.becker@becker-hof.example>", "Rechnung Traktor falscher Betrag",
  """Guten Tag,

Sie haben uns für den Traktor 92.500 EUR berechnet, vereinbart waren laut Kaufvertrag
87.900 EUR inkl. Frontlader. Bitte korrigieren Sie die Rechnung.

Markus Becker""")

C("de", "repeat_contact,technical_issue,severe_dissatisfaction", "-", "Großbuchstaben",
  "Uwe Franke <uwe.franke@t-post.example>", "ZUM X-TEN MAL: LOGIN GEHT NICHT",
  """ICH HABE IHNEN JETZT SCHON DREIMAL GESCHRIEBEN. DAS PASSWORT-ZURÜCKSETZEN FUNKTIONIERT
NICHT, DER LINK IST IMMER ABGELAUFEN. DAS IST DER MIESESTE SERVICE, DEN ICH JE ERLEBT
HABE.""")

C("de", "regulatory,billing_dispute", "-", "Beschwerde bei Behörde = regulatory; Abbuchung nach Kündigung = billing_dispute",
  "Sven Richter <sven.richter@mailbox.example>", "Abbuchung trotz Kündigung",
  """Ich habe mein VPN-Abo im Februar gekündigt (Bestätigung liegt vor) und Sie buchen
weiterhin 11,99 EUR monatlich ab. Ich habe mich deshalb bei der Bundesnetzagentur und
der Verbraucherzentrale beschwert.""")

# ---- German hard negatives
C("de", "-", "quoted_threat", "Drohung nur im zitierten Text (Am ... schrieb)",
  "Claudia Meier <claudia.meier@webpost.example>", "AW: Kaution",
  """Vielen Dank, das Geld ist angekommen. Damit ist die Sache für mich erledigt.

Viele Grüße
Claudia Meier

Am 12.03.2024 um 10:15 schrieb Claudia Meier <claudia.meier@webpost.example>:
> Wenn ich die Kaution nicht bis Freitag zurück habe, schalte ich meinen Anwalt ein
> und melde das der Verbraucherzentrale.""")

C("de", "-", "negation", "'ich will nicht kündigen'",
  "Werner Pohl <werner.pohl@altpost.example>", "Frage zur Rechnung",
  """Guten Tag, ich will nicht kündigen, ich möchte nur wissen, ob ich von monatlicher
auf jährliche Zahlung wechseln kann. Danke!""")

C("de", "-", "job_title", "'Manager' als Berufsbezeichnung",
  "Sandra Vogt <sandra.vogt@vogt-messebau.example>", "Ausstellerausweise",
  """Hallo,

als Event Manager bei Vogt Messebau bräuchte ich für unseren Stand sechs
Ausstellerausweise. Wie kann ich die bestellen?

Sandra Vogt
Event Manager""")

C("de", "-", "policy_question", "Stornobedingungen",
  "Jan Peters <jan.peters@mailbox.example>", "Stornierung Tauchreise",
  """Hallo, wie sind die Stornobedingungen für die Tauchsafari im Oktober? Bekomme ich
das Geld zurück, wenn ich krank werde?""")

C("de", "-", "disclaimer", "Rechtshinweis in Signatur",
  "Matthias Lorenz <m.lorenz@lorenz-recht.example>", "Buchung Escape Room",
  """Guten Tag, wir möchten für den 14.12. den Raum "Das Labor" für 6 Personen buchen.

Mit freundlichen Grüßen
Matthias Lorenz

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn
Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und
vernichten Sie diese E-Mail. Das unerlaubte Kopieren kann rechtliche Schritte nach
sich ziehen.""")

C("de", "-", "feature_exists_question", "fragt, ob es Funktion gibt",
  "Anja Seidel <anja.seidel@t-post.example>", "Kann man Fahrten teilen?",
  """Hallo, kann man in der App eine Fahrt mit Freunden teilen und die Kosten aufteilen?""")

C("de", "-", "large_amount_no_problem", "großer Betrag, kein Problem",
  "Hans Ziegler <hans.ziegler@ziegler-agrar.example>", "Anzahlung Feldhäcksler",
  """Hallo Herr Brandl, die Anzahlung über 45.000 EUR für den Feldhäcksler ist heute
raus. Liefertermin KW 32 passt uns. Danke und Gruß, Hans Ziegler""")

C("de", "-", "mild_disappointment", "leicht enttäuscht",
  "Renate Schulte <renate.schulte@altpost.example>", "Unser Besuch",
  """Der Besuch war schön, ein bisschen schade fanden wir nur, dass das Elefantenhaus
geschlossen war. Vielleicht könnte man das vorher auf der Webseite angeben.""")

C("de", "-", "own_ceo", "eigener Chef braucht Bericht",
  "Kerstin Arnold <kerstin.arnold@arnold-gmbh.example>", "Fahrtenübersicht",
  """Unser Geschäftsführer braucht bis Montag eine Übersicht aller Firmenfahrten im
Mai. Wo kann ich die herunterladen?""")

C("de", "-", "second_email", "zweite Mail",
  "Oliver Schmitt <oliver.schmitt@mailbox.example>", "Nachfrage",
  """Hallo, das ist meine zweite Mail wegen der Parkkarte für das Wohnheim. Gibt es
schon etwas Neues? Gruß Oliver""")

C("de", "-", "praise", "Lob",
  "Gabriele Frank <gabriele.frank@webpost.example>", "Danke!",
  """Liebes Team von Haus Lindenhof, vielen herzlichen Dank für die liebevolle Pflege
meiner Mutter in den letzten Wochen. Sie fühlt sich bei Ihnen sehr wohl.""")

C("de", "-", "howto", "Wie-Frage",
  "Tim Krüger <tim.krueger@mailbox.example>", "Kit registrieren",
  """Wie registriere ich mein DNA-Kit? Die Nummer auf der Röhre hat 12 Stellen, das
Formular nimmt aber nur 10.""")
MSGS[-1]["note"] = "Grenzfall: beschreibt Abweichung, fragt aber nur wie; als Wie-Frage gewertet"

C("de", "-", "reported_speech", "Nachbar will klagen, Kunde nicht",
  "Elke Hahn <elke.hahn@t-post.example>", "Lärm vom Kartbahn-Event",
  """Guten Tag, mein Nachbar meinte, man müsste Sie wegen des Lärms am Samstag
verklagen - ich sehe das entspannter. Ich wollte nur fragen, bis wann solche Events
normalerweise gehen?""")

C("de", "-", "dpa_request", "AV-Vertrag anfragen",
  "Robert Engel <robert.engel@engel-it.example>", "AV-Vertrag",
  """Hallo, können Sie uns den Auftragsverarbeitungsvertrag (AVV) nach DSGVO für Ihr
Business-VPN zuschicken? Und ist der Dienst DSGVO-konform?""")

C("de", "-", "procedural_cancel", "Bestellung stornieren wegen Fehler",
  "Ines Wagner <ines.wagner@webpost.example>", "Bestellung 88213 stornieren",
  """Hallo, ich habe aus Versehen zweimal denselben Strauß bestellt (88213 und 88214).
Bitte die 88213 stornieren. Danke!""")
MSGS[-1]["note"] = "Versehentliche Doppelbestellung durch Kundin, keine falsche Belastung"
# ================================================================ French
C("fr", "legal_threat,billing_dispute", "-", "avocat + prélèvement contesté",
  "Sophie Lefèvre <sophie.lefevre@courriel.example>", "Prélèvement non autorisé",
  """Bonjour,

Vous avez prélevé 79 € sur mon compte le 5 mars pour un « renouvellement automatique »
de mon adhésion au musée, alors que j'avais désactivé cette option en janvier (capture
d'écran à l'appui). Je conteste ce prélèvement.

Sans remboursement sous huit jours, je confie le dossier à mon avocat.

Sophie Lefèvre""")

C("fr", "outage,technical_issue", "-", "site inaccessible",
  "Julien Moreau <julien.moreau@boitemail.example>", "Site inaccessible depuis ce matin",
  """Bonjour, votre site de réservation est inaccessible depuis ce matin (erreur 503 sur
toutes les pages). Impossible de réserver nos créneaux de karting pour samedi.""")

C("fr", "manager_request,severe_dissatisfaction", "-", "parler à un responsable + inadmissible",
  "Nathalie Girard <nathalie.girard@courriel.example>", "Comportement inadmissible",
  """Madame, Monsieur,

Le chauffeur m'a déposée à deux kilomètres de ma destination, de nuit, sous prétexte
que « ça bouchonnait ». C'est tout simplement inadmissible. Je souhaite que mon
dossier soit transmis à un responsable et qu'on me rappelle.

Nathalie Girard""")

C("fr", "regulatory", "-", "plainte à la CNIL",
  "Antoine Rousseau <antoine.rousseau@boitemail.example>", "Suppression de mes données",
  """Bonjour,

J'ai demandé la suppression de mes données génétiques il y a trois mois. Mon compte est
toujours actif et mes correspondances ADN toujours visibles. J'ai déposé une plainte
auprès de la CNIL ce matin.

Antoine Rousseau""")

C("fr", "security_incident", "-", "compte piraté",
  "Camille Bernard <camille.bernard@courriel.example>", "mon compte a été piraté",
  """bonjour quelqu'un a pris le contrôle de mon compte de paris sportifs, le mot de
passe a été changé et un retrait de 300 € a été fait vers un IBAN que je ne connais
pas. bloquez tout svp""")

C("fr", "data_loss,technical_issue", "-", "photos perdues",
  "Élodie Fontaine <elodie.fontaine@boitemail.example>", "Toutes mes photos ont disparu",
  """Bonjour,

Depuis la mise à jour de l'application, les photos de famille que j'avais ajoutées à
mon arbre (plus de 500) ont disparu. Les vignettes sont grises et affichent « fichier
introuvable ». C'était mes seules copies numériques.

Élodie""")

C("fr", "safety", "-", "fumée dans le bus navette",
  "Marc Dubois <marc.dubois@courriel.example>", "Incident navette plongée",
  """Bonjour,

Ce matin la navette vers le site de plongée a commencé à dégager de la fumée sous le
siège du conducteur, avec une odeur de brûlé. Nous étions douze à bord, dont des
enfants. Le chauffeur a continué à rouler cinq minutes avant de s'arrêter. C'est
dangereux.

Marc Dubois""")

C("fr", "cancellation_threat", "-", "résilier",
  "Isabelle Mercier <isabelle.mercier@boitemail.example>", "Résiliation",
  """Après trois mois de coupures incessantes, je souhaite résilier mon abonnement VPN.
Merci de me confirmer la résiliation.""")
MSGS[-1]["triggers"] = "cancellation_threat,technical_issue"
MSGS[-1]["note"] = "résiliation annoncée à cause des coupures (problème technique)"

C("fr", "media_threat", "-", "avis + réseaux",
  "Laurent Petit <laurent.petit@courriel.example>", "Bouquet livré en retard",
  """Le bouquet pour l'anniversaire de ma femme est arrivé le lendemain. Si je n'ai pas
de geste commercial, je raconterai tout ça sur Instagram et dans mes avis Google,
croyez-moi.""")

C("fr", "media_threat", "-", "journaliste demande un commentaire",
  "Claire Vasseur <claire.vasseur@lemessager.example>", "Demande d'interview - résidences étudiantes",
  """Bonjour,

Je suis journaliste au Messager et je prépare un article sur les charges locatives dans
les résidences étudiantes. Plusieurs étudiants de votre résidence Les Tilleuls m'ont
contactée. Accepteriez-vous de répondre à quelques questions d'ici jeudi ?

Claire Vasseur
Le Messager""")

C("fr", "discrimination_harassment", "-", "discrimination handicap",
  "Pierre Lambert <pierre.lambert@boitemail.example>", "Refus d'accès en fauteuil",
  """Bonjour,

Samedi, votre personnel a refusé que mon fils en fauteuil roulant participe à la
session d'escape game, en disant que « ce n'est pas pour ce genre de clients ». Nous
avions prévenu lors de la réservation. C'est une discrimination pure et simple.

Pierre Lambert""")

C("fr", "high_value_order,technical_issue", "-", "stand 21 000 € défectueux",
  "Hélène Caron <h.caron@caron-cosmetiques.example>", "Stand salon - écrans en panne",
  """Bonjour,

Sur notre stand (commande EXP-2231, 21 000 € HT), deux des quatre écrans tactiles ne
s'allument pas depuis l'ouverture du salon. Votre technicien est passé sans rien
résoudre. Merci d'intervenir aujourd'hui.

Hélène Caron
Directrice marketing""")

C("fr", "executive_contact", "-", "écrit au PDG",
  "Gérard Blanc <gerard.blanc@courriel.example>", "Courrier adressé à votre PDG",
  """Je vous informe que j'ai adressé ce jour un courrier recommandé à votre PDG,
M. Hamon, concernant la prise en charge de ma mère à la résidence.""")

C("fr", "corporate_contact_request", "-", "adresse du siège",
  "Martine Roux <martine.roux@boitemail.example>", "Adresse du siège social",
  """Bonjour, pourriez-vous me communiquer l'adresse de votre siège social ainsi que les
coordonnées de votre service juridique ? Merci.""")

C("fr", "repeat_contact,broken_promise", "-", "troisième relance + promesse",
  "Sylvie Garnier <sylvie.garnier@courriel.example>", "3e relance - remboursement",
  """Troisième relance. On m'avait promis le remboursement de la plongée annulée sous
10 jours, il y a maintenant un mois. Toujours rien sur mon compte.""")

C("fr", "feature_request", "-", "ce serait bien de pouvoir",
  "Thomas Faure <thomas.faure@boitemail.example>", "Suggestion",
  """Bonjour, ce serait vraiment pratique de pouvoir programmer une course à l'avance
pour l'aéroport, plusieurs jours avant. Merci de le prendre en compte !""")

C("fr", "feature_request", "-", "demande d'amélioration",
  "Aurélie Chevalier <aurelie.chevalier@courriel.example>", "Idée pour l'application",
  """Bonjour, j'adorerais que l'appli du zoo propose un audioguide pour les enfants.
Vous pourriez l'ajouter pour l'été ?""")

C("fr", "severe_dissatisfaction,technical_issue", "-", "colère forte",
  "Bruno Lemaire <bruno.lemaire@boitemail.example>", "C'EST UNE HONTE",
  """Votre application plante à chaque fois que je veux encaisser mon pari. C'est une
honte, un scandale, je n'ai jamais vu un service aussi lamentable.""")

C("fr", "technical_issue", "-", "bug simple",
  "Céline Perrin <celine.perrin@courriel.example>", "Le QR code ne s'affiche pas",
  """Bonjour, dans l'application, mon QR code d'adhérent n'apparaît pas, l'écran reste
blanc. J'ai réinstallé, même chose. Merci.""")

C("fr", "billing_dispute", "-", "surfacturation",
  "Yves Morel <yves.morel@boitemail.example>", "Facture location caméra",
  """Bonjour, la facture LC-8812 indique 5 jours de location alors que j'ai rendu le
matériel après 3 jours (le bon de retour le confirme). Merci de corriger le montant.""")

C("fr", "high_value_order,legal_threat", "-", "tracteur 67 000 €, tribunal",
  "Jean-Pierre Gauthier <jp.gauthier@earl-gauthier.example>", "Tracteur non conforme",
  """Madame, Monsieur,

Le tracteur livré (bon de commande AG-5520, 67 000 € TTC) présente une fuite
hydraulique depuis la livraison. Trois interventions n'ont rien changé. À défaut de
remplacement sous quinze jours, je saisirai le tribunal.

Jean-Pierre Gauthier""")
MSGS[-1]["triggers"] = "high_value_order,legal_threat,technical_issue"

C("fr", "safety,severe_dissatisfaction", "-", "brûlure + scandaleux",
  "Nadia Benali <nadia.benali@courriel.example>", "Brûlure de ma mère",
  """Ma mère a été brûlée au bras par une bouillotte trop chaude posée par une
soignante. Personne ne m'a prévenue, je l'ai découvert à ma visite. C'est scandaleux.""")

C("fr", "cancellation_threat,repeat_contact", "-", "'je vous écris pour la quatrième fois'",
  "François Duval <francois.duval@boitemail.example>", "Chauffage",
  """Je vous écris pour la quatrième fois au sujet du chauffage de mon studio. Si rien
n'est fait d'ici lundi, je quitte la résidence et je ne paierai plus de loyer.""")

C("fr", "regulatory,legal_threat", "-", "DGCCRF + action en justice",
  "Patrick Leroy <patrick.leroy@courriel.example>", "Pratiques commerciales",
  """Vos conditions de retrait des gains changent sans préavis. J'ai signalé vos
pratiques à la DGCCRF et j'envisage sérieusement une action en justice avec d'autres
parieurs.""")

C("fr", "broken_promise", "-", "rappel promis jamais fait",
  "Valérie Robin <valerie.robin@boitemail.example>", "Rappel promis",
  """Bonjour, votre conseillère m'avait assuré qu'un médecin me rappellerait mardi pour
les résultats. Nous sommes vendredi et personne ne m'a appelée.""")

C("fr", "outage,severe_dissatisfaction,technical_issue", "-", "paiement HS, 'inacceptable' + majuscules",
  "Olivier Marchand <olivier.marchand@courriel.example>", "PAIEMENT IMPOSSIBLE",
  """IMPOSSIBLE DE PAYER SUR VOTRE SITE DEPUIS HIER, TOUS LES PAIEMENTS SONT REFUSÉS.
ABSOLUMENT INACCEPTABLE POUR UN SITE DE CETTE TAILLE.""")

C("fr", "data_loss", "-", "dossier perdu par le personnel",
  "Agnès Noël <agnes.noel@boitemail.example>", "Dossier médical perdu",
  """Bonjour, on m'apprend que le dossier papier de notre parcours PMA, avec tous les
résultats de 2022, a été égaré lors du déménagement de la clinique. C'est
extrêmement inquiétant.""")
MSGS[-1]["note"] = "perte de données (papier) par la clinique, pas un défaut de produit -> pas technical_issue"

C("fr", "executive_contact,corporate_contact_request", "-", "email du directeur général pour lui écrire",
  "Christine Bonnet <christine.bonnet@courriel.example>", "Coordonnées direction",
  """Pouvez-vous me donner l'adresse e-mail de votre directeur général ? Je souhaite lui
écrire directement.""")

C("fr", "technical_issue,billing_dispute", "-", "bug => débit en double",
  "Sébastien Lucas <sebastien.lucas@boitemail.example>", "Double débit suite à bug",
  """L'appli a affiché une erreur au moment du paiement, j'ai réessayé, et j'ai été
débité deux fois de 42,50 €. Merci de me rembourser le doublon.""")

C("fr", "manager_request", "-", "transmettre à la direction",
  "Monique Fabre <monique.fabre@courriel.example>", "Demande",
  """Bonjour, je souhaiterais que ma réclamation concernant la chambre de mon père soit
examinée par la direction de l'établissement. Merci.""")

# ---- French hard negatives
C("fr", "-", "quoted_threat", "menace citée (Le ... a écrit)",
  "Julie Henry <julie.henry@courriel.example>", "Re: Remboursement",
  """Merci beaucoup, j'ai bien reçu le remboursement. Bonne journée !

Le mar. 14 mai 2024 à 09:20, Julie Henry <julie.henry@courriel.example> a écrit :
> C'est inadmissible. Si je ne suis pas remboursée, je porte plainte et je contacte
> votre PDG.""")

C("fr", "-", "job_title", "Directeur commercial",
  "Xavier Picard <x.picard@picard-vins.example>", "Stand salon des vins",
  """Bonjour,

En tant que directeur commercial, je souhaiterais réserver un stand de 12 m² pour le
salon de novembre.

Xavier Picard
Directeur commercial""")

C("fr", "-", "policy_question", "politique de remboursement",
  "Manon Giraud <manon.giraud@boitemail.example>", "Annulation",
  """Bonjour, quelle est votre politique de remboursement si j'annule une sortie
plongée 48 h avant ?""")

C("fr", "-", "negation", "négation",
  "Denis Masson <denis.masson@courriel.example>", "petite question",
  """Bonjour, je ne veux pas résilier, rassurez-vous ! Je voudrais juste changer la
carte bancaire associée à mon abonnement.""")

C("fr", "-", "disclaimer", "mention légale en signature",
  "Laure Dumas <laure.dumas@dumas-avocats.example>", "Réservation karting",
  """Bonjour, nous souhaitons réserver la piste pour 15 personnes le 20 juin au soir.

Cordialement,
Laure Dumas
Dumas & Associés, Avocats au Barreau

Ce message est confidentiel. Toute utilisation non autorisée est susceptible de
poursuites.""")

C("fr", "-", "feature_exists_question", "existe-t-il",
  "Hugo Lemoine <hugo.lemoine@boitemail.example>", "Partage de l'arbre",
  """Bonjour, est-il possible de partager mon arbre généalogique avec ma sœur en lecture
seule ?""")

C("fr", "-", "mild_disappointment", "un peu déçu",
  "Sandrine Colin <sandrine.colin@courriel.example>", "Visite",
  """Bonne visite dans l'ensemble, un peu déçus que la serre tropicale soit fermée, mais
les enfants ont adoré les girafes.""")

C("fr", "-", "large_amount_no_problem", "gros montant sans problème",
  "Alain Brun <alain.brun@brun-agri.example>", "Virement moissonneuse",
  """Bonjour, le virement de 148 000 € pour la moissonneuse est parti ce matin. Merci
pour votre suivi, tout est parfait.""")

C("fr", "-", "praise", "éloges",
  "Émilie Roy <emilie.roy@boitemail.example>", "Merci à toute l'équipe",
  """Un immense merci à toute l'équipe de la clinique. Après deux ans d'attente, nous
attendons enfin notre bébé. Vous avez été formidables.""")

C("fr", "-", "howto", "question pratique",
  "Kevin Baron <kevin.baron@courriel.example>", "Comment ajouter un arrêt",
  """Comment on ajoute un deuxième passager sur la même course ? Merci""")

C("fr", "-", "own_ceo", "notre PDG a besoin du rapport",
  "Florence Morin <florence.morin@morin-sa.example>", "Relevé des trajets",
  """Bonjour, notre PDG a besoin du relevé de tous les trajets professionnels de
l'année. Pouvez-vous me l'envoyer ?""")

C("fr", "-", "second_email", "deuxième message",
  "Romain Gilles <romain.gilles@boitemail.example>", "Relance",
  """Bonjour, c'est mon deuxième message concernant le badge d'accès à la résidence.
Merci de me tenir au courant.""")

C("fr", "-", "reported_speech", "propos rapporté",
  "Cécile Aubert <cecile.aubert@courriel.example>", "Question location",
  """Un ami m'a dit qu'il avait menacé d'aller au tribunal pour une caution chez un
autre loueur... j'espère qu'on n'en arrivera pas là avec vous ! Bref, combien coûte
l'assurance casse pour un objectif ?""")

C("fr", "-", "hypothetical", "hypothèse",
  "Benoît Renard <benoit.renard@boitemail.example>", "Si l'appli tombe en panne ?",
  """Que se passe-t-il si l'application est en panne le jour de ma réservation ? Est-ce
que le billet papier est accepté ?""")

C("fr", "-", "dpa_request", "conformité RGPD question",
  "Agathe Poirier <agathe.poirier@poirier-conseil.example>", "RGPD",
  """Bonjour, votre service VPN est-il conforme au RGPD ? Pouvez-vous nous transmettre
votre accord de traitement des données ?""")
# ================================================================ Spanish
C("es", "legal_threat", "-", "abogado paraphrase ('pondré el asunto en manos de')",
  "Carlos Navarro <carlos.navarro@correo.example>", "Fianza del piso",
  """Buenas tardes,

Hace dos meses que dejé la habitación en la residencia y sigo sin recibir la fianza
de 600 €. Si no la recibo esta semana, pondré el asunto en manos de un abogado.

Carlos Navarro""")

C("es", "outage,technical_issue", "-", "app caída",
  "Lucía Ramírez <lucia.ramirez@buzon.example>", "la app no funciona",
  """hola, la app lleva toda la tarde sin funcionar, sale "error de conexión" y no puedo
pedir ningún taxi. mis amigas igual.""")

C("es", "manager_request,severe_dissatisfaction", "-", "hablar con un superior + vergüenza",
  "Miguel Ángel Torres <ma.torres@correo.example>", "Quiero hablar con un superior",
  """Esto es una vergüenza. Tres semanas esperando la devolución de la cámara que
devolví en perfecto estado. Quiero hablar con un superior, no con otro agente.""")

C("es", "regulatory", "-", "AEPD",
  "Elena Castro <elena.castro@buzon.example>", "Mis datos genéticos",
  """Buenos días,

He pedido tres veces por escrito que borren mis datos genéticos y no lo han hecho. He
presentado una reclamación ante la Agencia Española de Protección de Datos.

Elena Castro""")
MSGS[-1]["triggers"] = "regulatory,repeat_contact"
MSGS[-1]["note"] = "'pedido tres veces' = tercer contacto; AEPD = regulatory"

C("es", "security_incident", "-", "cuenta hackeada",
  "Javier Ortiz <javier.ortiz@correo.example>", "Me han robado la cuenta",
  """Alguien ha entrado en mi cuenta de apuestas, ha cambiado el correo y ha retirado
todo mi saldo. Yo no he sido. Bloqueen la cuenta por favor.""")

C("es", "data_loss,technical_issue", "-", "datos borrados",
  "Marta Gil <marta.gil@buzon.example>", "Se ha borrado mi árbol",
  """Hola, al abrir la aplicación hoy mi árbol genealógico está vacío. Tenía más de 200
personas y documentos escaneados. No he borrado nada. Por favor, ayúdenme.""")

C("es", "safety", "-", "botella de buceo con fuga",
  "Andrés Molina <andres.molina@correo.example>", "Botella defectuosa",
  """Buenas,

La botella de alquiler que nos dieron ayer en el barco tenía la válvula suelta y
perdía aire a chorro. Mi compañero casi se queda sin aire a 20 metros. Podría haber
sido un accidente grave. Revisen todo el material, por favor.

Andrés Molina""")
MSGS[-1]["triggers"] = "safety,technical_issue"
MSGS[-1]["note"] = "equipo defectuoso (válvula) = technical_issue además de safety"

C("es", "cancellation_threat", "-", "darse de baja",
  "Rosa Delgado <rosa.delgado@buzon.example>", "Me doy de baja",
  """Después de tantos problemas con las entregas, me doy de baja de la suscripción de
flores mensual. No quiero más cargos.""")

C("es", "media_threat", "-", "redes sociales + prensa",
  "Pablo Herrera <pablo.herrera@correo.example>", "Lo voy a contar",
  """Si mañana no tengo una solución, voy a contar todo lo que ha pasado en Twitter y en
el periódico local. Mucha gente tiene que saber cómo tratan a los clientes.""")

C("es", "media_threat", "-", "periodista",
  "Laura Méndez <laura.mendez@diarioeste.example>", "Consulta de prensa",
  """Buenos días, soy periodista del Diario del Este. Estoy preparando un reportaje
sobre las condiciones de las residencias de mayores en la provincia y me gustaría
conocer la versión de su empresa. ¿Podrían atenderme esta semana?

Laura Méndez""")

C("es", "discrimination_harassment", "-", "acoso por instructor",
  "Sara Vidal <sara.vidal@buzon.example>", "Conducta del monitor",
  """Hola, durante el curso de buceo el monitor me hizo comentarios sexuales varias veces
y me escribió por WhatsApp por la noche. Me sentí muy incómoda y no quiero volver.""")

C("es", "discrimination_harassment", "-", "discriminación por orientación",
  "Daniel Romero <daniel.romero@correo.example>", "Trato discriminatorio",
  """El conductor nos hizo bajar del coche a mi pareja y a mí después de vernos de la
mano, diciendo que "en su coche no". Es discriminación y exijo una respuesta.""")

C("es", "high_value_order,technical_issue", "-", "maquinaria 54.000 €",
  "Francisco Ruiz <francisco.ruiz@agroruiz.example>", "Sembradora averiada",
  """Buenos días,

La sembradora que nos entregaron (pedido AG-3390, 54.000 €) tiene el sistema de
dosificación electrónica averiado desde el primer día. Estamos en plena siembra.
Necesito un técnico ya.

Francisco Ruiz""")

C("es", "executive_contact", "-", "escribió al consejero delegado",
  "Isabel Serrano <isabel.serrano@buzon.example>", "He escrito a su consejero delegado",
  """Les informo de que he enviado una carta a su consejero delegado explicando el trato
recibido por mi madre en la residencia.""")

C("es", "corporate_contact_request", "-", "dirección de la sede",
  "Antonio Moreno <antonio.moreno@correo.example>", "Dirección de la sede central",
  """¿Me pueden dar la dirección postal de su sede central y el teléfono de la dirección
general? Gracias.""")

C("es", "repeat_contact,broken_promise", "-", "tercera vez + promesa",
  "Cristina Ramos <cristina.ramos@buzon.example>", "Por tercera vez",
  """Les escribo por tercera vez. Me prometieron que el reembolso llegaría en 5 días y
han pasado tres semanas.""")

C("es", "feature_request", "-", "sería genial",
  "Jorge Medina <jorge.medina@correo.example>", "Sugerencia",
  """Hola, sería genial poder reservar la sala de escape para dos grupos que compiten a
la vez. ¿Lo podéis añadir?""")

C("es", "feature_request", "-", "petición de mejora",
  "Carmen Iglesias <carmen.iglesias@buzon.example>", "Mejora para la app",
  """Buenas, me encantaría que la aplicación del museo tuviera subtítulos en las
audioguías para personas sordas. Gracias.""")

C("es", "severe_dissatisfaction", "-", "indignado, sin técnica",
  "Ramón Santos <ramon.santos@correo.example>", "Un desastre",
  """Estoy indignadísimo. El ramo de novia llegó tarde, con las rosas marchitas, el día
de mi boda. Un desastre absoluto, el peor servicio que he tenido nunca.""")

C("es", "technical_issue", "-", "error al subir archivo",
  "Pilar Cruz <pilar.cruz@buzon.example>", "Error al subir factura",
  """Hola, cuando intento subir la factura al proyecto en la plataforma me sale "error
desconocido" y no se guarda.""")

C("es", "billing_dispute", "-", "cobro indebido",
  "Alberto Vega <alberto.vega@correo.example>", "Cobro indebido",
  """Me han cobrado 35 € de "tarifa de limpieza" por un viaje en el que no se ensució
nada. No lo reconozco y quiero que me lo devuelvan.""")

C("es", "billing_dispute,cancellation_threat", "-", "cargo tras baja + amenaza",
  "Beatriz Peña <beatriz.pena@buzon.example>", "Cargo después de darme de baja",
  """Me di de baja en marzo y me siguen cobrando 9,99 € al mes. Si no me devuelven los
tres cargos, lo denuncio al banco y no vuelvo a usar su servicio.""")
MSGS[-1]["note"] = "'lo denuncio al banco' = contracargo -> billing_dispute; ya dado de baja pero amenaza no volver"

C("es", "high_value_order,legal_threat", "-", "contrato stand 32.000 €, acciones legales",
  "Gonzalo Fuentes <g.fuentes@fuentes-vinos.example>", "Contrato stand feria",
  """Estimados señores,

El stand contratado para la feria (32.000 € + IVA) no cumplía las medidas pactadas y
tuvimos que exponer en un espacio reducido. Si no recibimos una compensación, iniciaremos
acciones legales.

Gonzalo Fuentes""")

C("es", "safety,severe_dissatisfaction", "-", "lesión en karting",
  "Raquel Lozano <raquel.lozano@correo.example>", "Accidente en el karting",
  """Mi hijo se quemó la pierna con el tubo de escape de un kart porque faltaba la
protección. Nadie del personal se dio cuenta. Es una negligencia vergonzosa.""")

C("es", "outage,technical_issue,cancellation_threat", "-", "VPN caída, cambiaré",
  "Hugo Prieto <hugo.prieto@buzon.example>", "VPN caída otra vez",
  """Otra vez ningún servidor conecta. Si esto sigue así me paso a otro proveedor.""")

C("es", "data_loss,security_incident,technical_issue", "-", "fuga de datos",
  "Silvia Marín <silvia.marin@correo.example>", "Mis datos aparecen en otra cuenta",
  """He visto que en el perfil de otro usuario aparecen mis documentos de identidad y
mis facturas, y en el mío ya no están. Esto es una filtración de datos gravísima.""")
MSGS[-1]["note"] = "documentos desaparecidos de su cuenta (data_loss) y visibles a otro (security_incident), fallo del sistema"

C("es", "executive_contact,media_threat", "-", "LinkedIn director + redes",
  "Óscar León <oscar.leon@buzon.example>", "Última oportunidad",
  """Ya he escrito al director general por LinkedIn. Si no hay respuesta hoy, publico
las fotos del material roto en Instagram.""")

C("es", "repeat_contact,technical_issue", "-", "sigo escribiendo",
  "Nuria Gallego <nuria.gallego@correo.example>", "Otra vez el mismo error",
  """Es la cuarta vez que les escribo por el mismo error al descargar los resultados
del kit. Siempre dice "archivo no disponible".""")

C("es", "broken_promise,high_value_order", "-", "tratamiento 8.500 €, promesa no cumplida",
  "Patricia Soler <patricia.soler@buzon.example>", "Reembolso del tratamiento",
  """Pagamos 8.500 € por el tratamiento de FIV y la clínica canceló el segundo ciclo por
falta de disponibilidad. Nos aseguraron que devolverían la parte no realizada antes de
fin de mes y no ha llegado nada.""")

C("es", "manager_request", "-", "que me llame un responsable",
  "Enrique Pascual <enrique.pascual@correo.example>", "Solicitud",
  """Por favor, que me llame un responsable del centro de buceo. Prefiero tratar el tema
del accidente de mi hijo con alguien con capacidad de decisión.""")

# ---- Spanish hard negatives
C("es", "-", "quoted_threat", "amenaza citada (El ... escribió)",
  "Teresa Blanco <teresa.blanco@buzon.example>", "Re: Devolución",
  """Muchas gracias, ya he recibido el dinero. Todo resuelto.

El lun, 6 may 2024 a las 11:02, Teresa Blanco <teresa.blanco@buzon.example> escribió:
> Si no me devuelven el dinero mañana, presento una demanda y hablo con la prensa.""")

C("es", "-", "job_title", "gerente como cargo",
  "Manuel Rubio <manuel.rubio@rubio-eventos.example>", "Reserva de stand",
  """Hola, soy el gerente de Rubio Eventos y queremos reservar un stand de 20 m² en la
feria de octubre. ¿Qué disponibilidad tienen?

Manuel Rubio
Gerente""")

C("es", "-", "policy_question", "política de reembolso",
  "Lorena Cano <lorena.cano@correo.example>", "Política de cancelación",
  """¿Cuál es su política de reembolso si cancelo la excursión de buceo por
enfermedad?""")

C("es", "-", "negation", "negación",
  "Víctor Domínguez <victor.dominguez@buzon.example>", "Consulta",
  """No quiero darme de baja, solo saber si puedo pausar la membresía durante el verano.""")

C("es", "-", "disclaimer", "aviso legal en firma",
  "Adriana Vargas <adriana.vargas@vargas-abogados.example>", "Reserva para grupo",
  """Buenas, quisiéramos reservar la pista de karting para 10 personas el viernes 14.

Adriana Vargas
Vargas Abogados

AVISO LEGAL: Este mensaje es confidencial. Su uso no autorizado puede dar lugar a
acciones legales.""")

C("es", "-", "feature_exists_question", "¿existe?",
  "Emilio Sanz <emilio.sanz@correo.example>", "Pregunta",
  """¿Se puede pagar el viaje en efectivo desde la aplicación o solo con tarjeta?""")

C("es", "-", "mild_disappointment", "un poco decepcionado",
  "Alicia Reyes <alicia.reyes@buzon.example>", "Visita",
  """El zoo muy bien, aunque un poco decepcionados porque no vimos a los tigres.""")

C("es", "-", "large_amount_no_problem", "importe grande sin problema",
  "Ricardo Campos <ricardo.campos@camposagro.example>", "Transferencia tractor",
  """Buenos días, les confirmo la transferencia de 73.000 € por el tractor. Todo
correcto, gracias por la gestión.""")

C("es", "-", "praise", "elogio",
  "Inés Herrero <ines.herrero@correo.example>", "¡Gracias!",
  """¡Muchísimas gracias al equipo del centro de buceo! Fue la mejor experiencia de
nuestras vacaciones.""")

C("es", "-", "howto", "cómo hacer",
  "Sergio Nieto <sergio.nieto@buzon.example>", "Cómo registrar el kit",
  """¿Cómo registro el kit de ADN que me regalaron? No encuentro dónde poner el código.""")

C("es", "-", "own_ceo", "nuestro director necesita informe",
  "Mónica Aguilar <monica.aguilar@aguilar-sl.example>", "Informe de viajes",
  """Nuestro director general necesita un informe de todos los viajes de empresa de
este trimestre. ¿Lo puedo descargar?""")

C("es", "-", "second_email", "segundo correo",
  "Rubén Carmona <ruben.carmona@correo.example>", "Segundo correo",
  """Hola, es mi segundo correo sobre la llave del buzón de la residencia. ¿Alguna
novedad?""")

C("es", "-", "reported_speech", "discurso referido",
  "Eva Pastor <eva.pastor@buzon.example>", "Pregunta sobre datos",
  """Mi cuñado dice que habría que denunciar a todas las empresas de ADN... yo solo
quiero saber si puedo descargar mis datos en bruto.""")

C("es", "-", "hypothetical", "hipotético",
  "Diego Ibáñez <diego.ibanez@correo.example>", "Duda",
  """Si quisiera cancelar la suscripción más adelante, ¿tendría alguna penalización?""")

C("es", "-", "procedural_cancel", "cancelar pedido sin queja",
  "Natalia Crespo <natalia.crespo@buzon.example>", "Cancelar pedido 44120",
  """Hola, por favor cancelen el pedido 44120, me equivoqué de dirección y lo vuelvo a
hacer. ¡Gracias!""")
# ================================================================ automated mail (English)
A("auto_reply", "en", "-", "vacation with RFC 3834 header",
"""
From: Graham Pocock <g.pocock@pocockfarms.example>
To: support@example.test
Subject: Auto: Re: Baler service booking
Date: Tue, 13 Aug 2024 09:02:11 +0100
Message-ID: <auto.77120.a@pocockfarms.example>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Thank you for your email. I am away from the farm until 26 August with limited
access to email. For anything urgent about machinery please ring the yard on
555-0199.

Graham
""")

A("auto_reply", "en", "no_rfc3834_headers", "out-of-office without Auto-Submitted / X-Autoreply headers",
"""
From: Priyanka Das <priyanka.das@brightcorp.example>
To: Support <support@example.test>
Subject: Out of Office: Your ride receipts for May
Date: Mon, 03 Jun 2024 07:15:40 +0000
Message-ID: <OOF.3b1c2@brightcorp.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

I'm out of the office until Monday 10 June and won't be checking email. For
urgent travel bookings please contact travel@brightcorp.example.

Priyanka Das | Travel & Events Coordinator
""")

A("auto_reply", "en", "ticket_ack", "other organisation's helpdesk acknowledgement, no RFC 3834 header",
"""
From: Ortega Foods Helpdesk <helpdesk@ortegafoods.example>
To: support@example.test
Subject: [Ticket #OF-20931] Re: Stand installation schedule
Date: Wed, 17 Apr 2024 14:22:05 -0500
Message-ID: <ticket-OF-20931-1@helpdesk.ortegafoods.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hello,

We have received your request and a ticket has been opened (#OF-20931). One of
our agents will get back to you within 2 business days. Please do not change the
subject line when replying so we can keep track of your request.

Ortega Foods IT Service Desk
""")

A("auto_reply", "en", "quoted_threat", "auto-reply quoting the desk's mail, which itself quotes a customer threat",
"""
From: Jordan Pike <jordan@pikestudios.example>
To: support@example.test
Subject: Automatic reply: Damaged lens return - cc Operations
Date: Fri, 08 Mar 2024 18:40:00 +0000
Message-ID: <AM0PR01.autoreply.5521@pikestudios.example>
Auto-Submitted: auto-replied
X-MS-Exchange-Inbox-Rules-Loop: jordan@pikestudios.example
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

I'm on a shoot in Iceland until 18 March with no signal most days. I'll reply
when I'm back.

> we will review the damage report with your VP of Operations in copy
> > I will take this to small claims if my deposit isn't returned
""")

A("auto_reply", "en", "unmonitored_mailbox", "no-reply notice, X-Autoreply header",
"""
From: Riverside Estates <no-reply@riverside-estates.example>
To: support@example.test
Subject: This mailbox is not monitored
Date: Thu, 22 Feb 2024 11:11:11 +0000
Message-ID: <noreply.9981@riverside-estates.example>
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This mailbox is not monitored. Your message has not been read. To contact the
lettings team please use the form on our website.
""")

A("auto_reply", "en", "left_organisation", "left-the-company notice, no RFC 3834 header",
"""
From: Derek Shaw <derek.shaw@halcyonhotels.example>
To: support@example.test
Subject: Re: Booth booking for next year
Date: Mon, 09 Sep 2024 08:00:03 +0100
Message-ID: <left.DS.20240909@halcyonhotels.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Derek Shaw no longer works at Halcyon Hotels. This email address will not be
monitored. Please redirect your enquiry to facilities@halcyonhotels.example.
""")

A("auto_reply", "en", "ticket_ack", "vendor 'we received your request', Precedence: auto_reply",
"""
From: BrightCorp Finance <ap@brightcorp.example>
To: support@example.test
Subject: We received your email - Ref AP-441209
Date: Tue, 02 Jul 2024 10:31:09 +0000
Message-ID: <AP-441209@finance.brightcorp.example>
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/html; charset=us-ascii

<html><body><p>Thank you for contacting Accounts Payable. Your message has been logged
under reference <b>AP-441209</b>. Invoices are processed within 30 days.</p>
<p>This is an automated response.</p></body></html>
""")

A("auto_reply", "en", "severe_words_in_auto", "auto-reply contains 'urgent/complaint' words but is automated",
"""
From: Willow Court Reception <reception@willowcourt.example>
To: support@example.test
Subject: Auto-reply: complaints procedure
Date: Sat, 16 Mar 2024 20:00:00 +0000
Message-ID: <wc-auto-88172@willowcourt.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Thank you for your message. Reception is closed at weekends. If you wish to make a
formal complaint, our complaints procedure and the contact details of the care
regulator are on our website. In an emergency call 555-0100.
""")

A("bounce", "en", "-", "Postfix DSN, user unknown",
"""
Return-Path: <>
From: MAILER-DAEMON@mx1.example.test (Mail Delivery System)
To: support@example.test
Subject: Undelivered Mail Returned to Sender
Date: Wed, 10 Apr 2024 12:00:41 +0000 (UTC)
Message-ID: <20240410120041.5C1A2@mx1.example.test>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="5C1A2.1712750441/mx1.example.test"

This is a MIME-encapsulated message.

--5C1A2.1712750441/mx1.example.test
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<zoe.kim@mail.example>: host mx.mail.example[192.0.2.44] said: 550 5.1.1
    <zoe.kim@mail.example>: Recipient address rejected: User unknown (in reply
    to RCPT TO command)

--5C1A2.1712750441/mx1.example.test
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.example.test
X-Postfix-Queue-ID: 5C1A2
Arrival-Date: Wed, 10 Apr 2024 12:00:40 +0000 (UTC)

Final-Recipient: rfc822; zoe.kim@mail.example
Original-Recipient: rfc822;zoe.kim@mail.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.mail.example
Diagnostic-Code: smtp; 550 5.1.1 <zoe.kim@mail.example>: Recipient address
    rejected: User unknown

--5C1A2.1712750441/mx1.example.test
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Support <support@example.test>
To: zoe.kim@mail.example
Subject: Re: no confirmation email
Date: Wed, 10 Apr 2024 12:00:39 +0000
Message-ID: <r-1188.ticket@escalated.example.test>

--5C1A2.1712750441/mx1.example.test--
""")

A("bounce", "en", "quoted_threat", "Exim bounce with original customer-facing text containing threats",
"""
Return-path: <>
From: Mail Delivery System <Mailer-Daemon@smtp.pikestudios.example>
To: support@example.test
Subject: Mail delivery failed: returning message to sender
Date: Tue, 12 Mar 2024 16:20:13 +0000
Message-Id: <E1rk9Zb-0004Qs-2L@smtp.pikestudios.example>
X-Failed-Recipients: jordan.old@pikestudios.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  jordan.old@pikestudios.example
    Unrouteable address

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
From: Support <support@example.test>
To: jordan.old@pikestudios.example
Subject: Re: Damaged lens return
Date: Tue, 12 Mar 2024 16:20:11 +0000
Message-ID: <r-2231.ticket@escalated.example.test>

Hello Jordan,

Following your message ("this is a disgrace, I'm going to the press and my lawyer
will be in touch") we have asked our operations team to review the check-in
photos.
""")

A("bounce", "en", "-", "Sendmail DSN, host unknown, deferred then failed",
"""
Return-Path: <MAILER-DAEMON>
From: Mail Delivery Subsystem <MAILER-DAEMON@relay.example.test>
To: <support@example.test>
Subject: Returned mail: see transcript for details
Date: Sat, 18 May 2024 03:14:22 +0200
Message-Id: <202405180114.44I1EM8e019921@relay.example.test>
Auto-Submitted: auto-generated (failure)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="44I1EM8e019921.1716000862/relay.example.test"

This is a MIME-encapsulated message

--44I1EM8e019921.1716000862/relay.example.test

The original message was received at Thu, 16 May 2024 02:10:05 +0200
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<h.finch@finchpartners.example>
    (reason: 550 Host unknown)

   ----- Transcript of session follows -----
550 5.1.2 <h.finch@finchpartners.example>... Host unknown (Name server: finchpartners.example: host not found)

--44I1EM8e019921.1716000862/relay.example.test
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.example.test
Received-From-MTA: DNS; localhost
Arrival-Date: Thu, 16 May 2024 02:10:05 +0200

Final-Recipient: RFC822; h.finch@finchpartners.example
Action: failed
Status: 5.1.2
Remote-MTA: DNS; finchpartners.example
Last-Attempt-Date: Sat, 18 May 2024 03:14:22 +0200

--44I1EM8e019921.1716000862/relay.example.test
Content-Type: text/rfc822-headers

From: Support <support@example.test>
To: h.finch@finchpartners.example
Subject: Re: Company secretary
Date: Thu, 16 May 2024 02:10:04 +0200
Message-ID: <r-3307.ticket@escalated.example.test>

--44I1EM8e019921.1716000862/relay.example.test--
""")

A("bounce", "en", "-", "Exchange Online NDR with HTML alternative",
"""
From: Microsoft Outlook <postmaster@brightcorp.example>
To: <support@example.test>
Subject: Undeliverable: Ride history for Q2
Date: Fri, 05 Jul 2024 09:41:12 +0000
Message-ID: <9f3a1c22-7d1e-4b61-8e0a-22c7d1f0e913@DB9PR02.eurprd02.prod.outlook.example>
X-MS-Exchange-Message-Is-Ndr:
Auto-Submitted: auto-replied
Content-Language: en-US
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="ndr-b7c1-5520-0003"

--ndr-b7c1-5520-0003
Content-Type: multipart/alternative; boundary="ndr-alt-b7c1"

--ndr-alt-b7c1
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Your message to finance-old@brightcorp.example couldn't be delivered.
finance-old wasn't found at brightcorp.example.

Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipien=
t not found by SMTP address lookup'

--ndr-alt-b7c1
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: 7bit

<html><body><p><b>Your message to finance-old@brightcorp.example couldn't be delivered.</b></p>
<p>finance-old wasn't found at brightcorp.example.</p></body></html>

--ndr-alt-b7c1--

--ndr-b7c1-5520-0003
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR02.eurprd02.prod.outlook.example
Received-From-MTA: dns;mx1.example.test
Arrival-Date: Fri, 5 Jul 2024 09:41:10 +0000

Final-Recipient: rfc822;finance-old@brightcorp.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--ndr-b7c1-5520-0003
Content-Type: text/rfc822-headers

From: Support <support@example.test>
To: finance-old@brightcorp.example
Subject: Ride history for Q2
Date: Fri, 5 Jul 2024 09:41:09 +0000
Message-ID: <r-4412.ticket@escalated.example.test>

--ndr-b7c1-5520-0003--
""")

A("bounce", "en", "-", "qmail non-DSN failure notice",
"""
Return-Path: <>
From: MAILER-DAEMON@mail.oldmail.example
To: support@example.test
Subject: failure notice
Date: 21 Jan 2024 10:00:03 -0000
Message-ID: <qmail.1705831203.4471@mail.oldmail.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hi. This is the qmail-send program at mail.oldmail.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<b.holt.1952@oldmail.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

From: Support <support@example.test>
To: b.holt.1952@oldmail.example
Subject: Re: Who runs your company?
Message-ID: <r-5120.ticket@escalated.example.test>

Dear Mr Holt, thank you for your message.
""")

A("bounce", "en", "-", "Gmail-style mailbox full, temporary failure turned permanent",
"""
From: Mail Delivery Subsystem <mailer-daemon@googlemail.example>
To: support@example.test
Subject: Delivery Status Notification (Failure)
Date: Mon, 26 Feb 2024 22:05:51 -0800
Message-ID: <65dd7b4f.a70a0220.1e2f.88c1.GMR@mx.googlemail.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="000000000000gmr5521"

--000000000000gmr5521
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to kaylaj.old@mail.example because the mailbox is
full and has been over quota for too long.

The response was:

552 5.2.2 The email account that you tried to reach is over quota.

--000000000000gmr5521
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.example

Final-Recipient: rfc822; kaylaj.old@mail.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552-5.2.2 The email account that you tried to reach is over quota.
Last-Attempt-Date: Mon, 26 Feb 2024 22:05:51 -0800 (PST)

--000000000000gmr5521--
""")

A("bounce", "en", "-", "ARF abuse/feedback report",
"""
From: Feedback Loop <fbl@isp.example>
To: support@example.test
Subject: FW: abuse report
Date: Thu, 11 Apr 2024 04:12:00 +0000
Message-ID: <arf.20240411041200.7721@isp.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report;
	boundary="arf-7721-boundary"

--arf-7721-boundary
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

This is an email abuse report for an email message received from IP 198.51.100.25
on Thu, 11 Apr 2024 04:11:58 +0000. For more information about this format please
see https://tools.ietf.org/html/rfc5965.

--arf-7721-boundary
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: ISP-FBL/1.0
Version: 1
Original-Mail-From: <support@example.test>
Original-Rcpt-To: <sven.e@mailbox.example>
Arrival-Date: Thu, 11 Apr 2024 04:11:58 +0000
Source-IP: 198.51.100.25
Reported-Domain: example.test

--arf-7721-boundary
Content-Type: text/rfc822-headers

From: Support <support@example.test>
To: sven.e@mailbox.example
Subject: Your ticket has been updated
Message-ID: <r-6012.ticket@escalated.example.test>

--arf-7721-boundary--
""")

A("list", "en", "-", "newsletter with List-Unsubscribe and Precedence bulk",
"""
From: City Zoo Friends <news@zoo-friends.example>
To: support@example.test
Subject: Spring at the zoo: new baby giraffe, member evenings & more
Date: Thu, 21 Mar 2024 08:00:00 +0000
Message-ID: <newsletter.2024-03.441@mailer.zoo-friends.example>
List-Unsubscribe: <https://zoo-friends.example/unsubscribe?u=55120>, <mailto:unsubscribe@zoo-friends.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<h1>Meet Juno, our newest giraffe!</h1>
<p>Members get early access to the new savannah walkway from 1 April. Don't miss our
members' evening on 12 April - book now before it sells out!</p>
<p>Can't make it? Cancel any time from your account. <a href="https://zoo-friends.example/unsubscribe?u=55120">Unsubscribe</a></p>
</body></html>
""")

A("list", "en", "-", "mailing list digest (List-Id) with angry member post inside",
"""
From: dive-talk-owner@lists.bluereef.example
To: dive-talk@lists.bluereef.example
Subject: Dive-Talk Digest, Vol 42, Issue 7
Date: Sun, 14 Jul 2024 06:00:01 +0000
Message-ID: <mailman.775.1720936801.1122.dive-talk@lists.bluereef.example>
List-Id: BlueReef divers discussion <dive-talk.lists.bluereef.example>
List-Post: <mailto:dive-talk@lists.bluereef.example>
List-Unsubscribe: <https://lists.bluereef.example/mailman/options/dive-talk>, <mailto:dive-talk-request@lists.bluereef.example?subject=unsubscribe>
Precedence: list
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Send Dive-Talk mailing list submissions to
	dive-talk@lists.bluereef.example

Today's Topics:

   1. Re: Best wreck dives in July (Mark)
   2. Regulator free-flow - anyone else? (Pete)

----------------------------------------------------------------------

Message: 2
From: Pete <pete@mailbox.example>
Subject: Regulator free-flow - anyone else?

Had a reg free-flow at 25 m last week, scary stuff. The shop was great about it
though. Anyone else had this with the older rental sets?
""")
MSGS[-1]["trap"] = "safety_words_in_list"

A("list", "en", "-", "bulk promo from betting site",
"""
From: BetVantage Promotions <promo@betvantage.example>
To: support@example.test
Subject: Your free bet is waiting - Champions League final
Date: Fri, 31 May 2024 17:00:00 +0000
Message-ID: <promo-cl-final-2024.88221@bulk.betvantage.example>
Precedence: bulk
List-Unsubscribe: <https://betvantage.example/prefs/unsub?id=88221>
X-Campaign-ID: CLF24
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="bv-promo-alt"

--bv-promo-alt
Content-Type: text/plain; charset=us-ascii

Claim your 10 free bet before kick-off! T&Cs apply. 18+ only. Please gamble
responsibly. Unsubscribe: https://betvantage.example/prefs/unsub?id=88221

--bv-promo-alt
Content-Type: text/html; charset=us-ascii

<html><body><p>Claim your <b>10 free bet</b> before kick-off!</p><p>T&amp;Cs apply. 18+ only.</p></body></html>

--bv-promo-alt--
""")

A("list", "en", "-", "trade fair exhibitor bulletin",
"""
From: AgriTec Expo Exhibitor Services <exhibitors@agritec-expo.example>
To: support@example.test
Subject: Exhibitor bulletin #4: build-up times, electrics deadline
Date: Mon, 02 Sep 2024 10:00:00 +0200
Message-ID: <bulletin-4.2024@agritec-expo.example>
List-Id: <exhibitors.agritec-expo.example>
List-Unsubscribe: <mailto:leave-exhibitors@agritec-expo.example>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Dear exhibitors,

Build-up starts Sunday 08:00. Orders for electrical connections received after
15 September incur a late fee. Stands that fail the structural safety inspection
will not be allowed to open.

Exhibitor Services
""")
MSGS[-1]["trap"] = "safety_words_in_list"

A("list", "en", "-", "VPN product update newsletter",
"""
From: Tunnelfox <updates@tunnelfox.example>
To: support@example.test
Subject: What's new in Tunnelfox 6.0: split tunnelling, dark mode
Date: Tue, 16 Apr 2024 15:30:00 +0000
Message-ID: <upd-60.5531@news.tunnelfox.example>
List-Unsubscribe: <https://tunnelfox.example/u/5531>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hi there,

You asked, we built it: split tunnelling on iOS and a proper dark mode. We also
fixed the kill switch leak some of you reported. Update now.

The Tunnelfox team
""")
MSGS[-1]["trap"] = "feature_words_in_list"

A("receipt", "en", "-", "MDN displayed",
"""
From: Shirley Cobb <shirley.cobb@oldmail.example>
To: support@example.test
Subject: Read: Care fees
Date: Tue, 09 Apr 2024 19:02:44 +0100
Message-ID: <mdn.55120.sc@oldmail.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn-sc-55120"

--mdn-sc-55120
Content-Type: text/plain; charset=us-ascii

This is a receipt for the mail you sent to <shirley.cobb@oldmail.example> at
09/04/2024 18:40.

This receipt verifies that the message has been displayed on the recipient's
computer.

--mdn-sc-55120
Content-Type: message/disposition-notification

Reporting-UA: oldmail.example; Webmail 3.1
Final-Recipient: rfc822;shirley.cobb@oldmail.example
Original-Message-ID: <r-7012.ticket@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-sc-55120--
""")

A("receipt", "en", "-", "Outlook 'Read:' receipt, plain text only",
"""
From: Henrik Aalto <h.aalto@nordicvalves.example>
To: Support <support@example.test>
Subject: Read: Stand C-214 - lighting rig not working
Date: Wed, 15 May 2024 07:12:00 +0300
Message-ID: <read.HA.55811@nordicvalves.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Your message

  To: Henrik Aalto
  Subject: Stand C-214 - lighting rig not working
  Sent: Wednesday, 15 May 2024 06:58

was read on Wednesday, 15 May 2024 07:12.
""")
MSGS[-1]["trap"] = "complaint_subject_in_receipt"

A("receipt", "en", "-", "MDN 'deleted' disposition",
"""
From: Darnell Hughes <d.hughes@mailbox.example>
To: support@example.test
Subject: Disposition notification
Date: Thu, 25 Apr 2024 13:00:00 -0400
Message-ID: <mdn.dh.8812@mailbox.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn-dh-8812"

--mdn-dh-8812
Content-Type: text/plain; charset=us-ascii

The message sent on 4/25/2024 to d.hughes@mailbox.example with subject
"Re: Auto-debit after I closed account" has been deleted unread.

--mdn-dh-8812
Content-Type: message/disposition-notification

Reporting-UA: mailbox.example
Final-Recipient: rfc822;d.hughes@mailbox.example
Original-Message-ID: <r-7100.ticket@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; deleted

--mdn-dh-8812--
""")

A("self", "en", "-", "desk's own outbound confirmation looped back",
"""
From: Support <support@example.test>
To: support@example.test
Subject: [Case 48812] We've received your message
Date: Mon, 05 Feb 2024 10:00:02 +0000
Message-ID: <ack-48812@escalated.example.test>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hello,

Thanks for contacting us. Your case number is 48812. A member of our team will
reply within one business day.

Support
""")

A("self", "en", "quoted_threat", "escalation notice from escalated@ quoting a customer's threat",
"""
From: Escalated <escalated@example.test>
To: support@example.test
Subject: [Escalation] Case 50211 - legal threat, manager requested
Date: Tue, 13 Aug 2024 09:05:00 +0000
Message-ID: <esc-50211@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Case 50211 was escalated automatically.

Customer wrote: "if this isn't sorted by Thursday I'll be having my solicitor write
to you about the cost of the lost crop."

Triggers: legal_threat, technical_issue
Assigned to: Level 2
""")

A("self", "en", "-", "message from a customer address but with desk Message-ID domain (loop)",
"""
From: Olga Ivanova <olga.iv@mail.example>
To: support@example.test
Subject: Re: Heating - again
Date: Thu, 14 Nov 2024 18:22:10 +0000
Message-ID: <r-8810.loop@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Third email. You promised an engineer on Monday, nobody came. I am moving out.
""")
MSGS[-1]["trap"] = "customer_like_text"
MSGS[-1]["note"] = "carries the desk's own Message-ID domain: self, whatever the text says"

A("self", "en", "-", "desk daily summary",
"""
From: "Escalated digest" <escalated@example.test>
To: support@example.test
Subject: Daily summary: 14 open escalations
Date: Wed, 17 Jul 2024 06:00:00 +0000
Message-ID: <digest-20240717@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Open escalations: 14 (security_incident: 2, outage: 1, billing_dispute: 5,
cancellation_threat: 6). Oldest: 3 days.
""")
# ================================================================ automated mail (de/fr/es)
A("auto_reply", "de", "-", "Abwesenheitsnotiz mit Auto-Submitted",
"""
From: Jürgen Wollenberg <j.wollenberg@wollenberg-agrar.example>
To: support@example.test
Subject: Abwesenheitsnotiz: Mähdrescher Reparatur
Date: Mon, 29 Jul 2024 08:01:00 +0200
Message-ID: <abw.jw.7712@wollenberg-agrar.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 9. August nicht im
Büro. In dringenden Fällen wenden Sie sich bitte an meine Frau unter 555-0133.
""")

A("auto_reply", "de", "no_rfc3834_headers", "Abwesenheit ohne RFC-3834-Header",
"""
From: Sandra Vogt <sandra.vogt@vogt-messebau.example>
To: support@example.test
Subject: Automatische Antwort: Ausstellerausweise
Date: Tue, 03 Sep 2024 12:00:00 +0200
Message-ID: <AutoAntwort.sv.1203@vogt-messebau.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

Ich bin auf der Messe und ab dem 10.09. wieder erreichbar. Ihre E-Mail wird nicht
weitergeleitet. Bei Fragen zu Ausstellerausweisen wenden Sie sich bitte an
info@vogt-messebau.example. Mit freundlichen Gr=FC=DFen, Sandra Vogt
""")

A("auto_reply", "de", "ticket_ack", "Eingangsbestätigung einer anderen Organisation",
"""
From: Kundenservice Keller Solar <service@keller-solar.example>
To: support@example.test
Subject: Ihre Anfrage ist bei uns eingegangen [#KS-88120]
Date: Wed, 15 May 2024 16:40:00 +0200
Message-ID: <ks-88120-ack@keller-solar.example>
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Guten Tag,

vielen Dank für Ihre Nachricht. Wir haben Ihre Anfrage unter der Nummer KS-88120
erfasst und melden uns schnellstmöglich. Bitte antworten Sie nicht auf diese
automatisch erzeugte E-Mail.

Ihr Kundenservice
""")

A("auto_reply", "de", "left_organisation", "Mitarbeiter ausgeschieden",
"""
From: Bernd Hartmann <bernd.hartmann@hartmann-bau.example>
To: support@example.test
Subject: Re: Kameraverleih - Kaution
Date: Mon, 02 Dec 2024 09:00:00 +0100
Message-ID: <left.bh.5521@hartmann-bau.example>
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Herr Hartmann ist nicht mehr für die Hartmann Bau GmbH tätig. Ihre Nachricht wird
nicht weitergeleitet. Bitte wenden Sie sich an zentrale@hartmann-bau.example.
""")

A("bounce", "de", "-", "Unzustellbar, deutschsprachiger Postfix/1&1-Stil",
"""
From: Mail Delivery System <MAILER-DAEMON@mx.t-post.example>
To: support@example.test
Subject: Unzustellbar: Re: Sturz meines Vaters
Date: Fri, 08 Nov 2024 10:02:00 +0100
Message-ID: <20241108090200.AA771@mx.t-post.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="de-dsn-771"

--de-dsn-771
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ihre Nachricht konnte nicht zugestellt werden.

Empfänger: karin.wolf.alt@t-post.example
Grund: Postfach existiert nicht (550 5.1.1)

--de-dsn-771
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.t-post.example

Final-Recipient: rfc822; karin.wolf.alt@t-post.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 mailbox unavailable

--de-dsn-771--
""")

A("bounce", "de", "quoted_threat", "Exchange-NDR mit zitierter Original-Mail",
"""
From: Microsoft Outlook <postmaster@graf-events.example>
To: support@example.test
Subject: Unzustellbar: Messebau-Vertrag 2024-07
Date: Tue, 01 Oct 2024 11:11:00 +0200
Message-ID: <ndr-graf-2024-1001@graf-events.example>
X-MS-Exchange-Message-Is-Ndr:
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="ndr-graf"

--ndr-graf
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Die Nachricht konnte an folgende Empfänger nicht zugestellt werden:
t.graf.alt@graf-events.example
Der Empfänger wurde nicht gefunden (550 5.1.10).

--ndr-graf
Content-Type: message/rfc822

From: Support <support@example.test>
To: t.graf.alt@graf-events.example
Subject: Messebau-Vertrag 2024-07
Date: Tue, 1 Oct 2024 11:10:58 +0200
Message-ID: <r-9001.ticket@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sehr geehrter Herr Graf, zu Ihrer Ankündigung, rechtliche Schritte einzuleiten,
möchten wir Ihnen einen Gesprächstermin anbieten.

--ndr-graf--
""")

A("list", "de", "-", "Newsletter Zoo-Freunde",
"""
From: Zoofreunde Newsletter <newsletter@zoofreunde.example>
To: support@example.test
Subject: Neues aus dem Tierpark: Nachwuchs bei den Erdmännchen
Date: Thu, 06 Jun 2024 09:00:00 +0200
Message-ID: <nl-2024-06.331@zoofreunde.example>
List-Unsubscribe: <https://zoofreunde.example/abmelden?id=331>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Liebe Mitglieder,

bei den Erdm=C3=A4nnchen gibt es Nachwuchs! Au=C3=9Ferdem: Mitgliederabend am=
 20. Juni.

Abmelden: https://zoofreunde.example/abmelden?id=3D331
""")

A("list", "de", "-", "Mailingliste Landtechnik-Forum",
"""
From: landtechnik-forum-bounces@lists.furrow.example
To: landtechnik-forum@lists.furrow.example
Subject: [Landtechnik] Re: Knoter am Ballenpresse - Erfahrungen?
Date: Sat, 10 Aug 2024 21:14:00 +0200
Message-ID: <l.5531.forum@lists.furrow.example>
List-Id: Landtechnik Forum <landtechnik-forum.lists.furrow.example>
List-Unsubscribe: <mailto:landtechnik-forum-request@lists.furrow.example?subject=unsubscribe>
Precedence: list
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bei uns ist der Knoter auch dreimal ausgefallen, der Händler war unmöglich. Ich
hätte fast den Anwalt eingeschaltet. Am Ende war es die Garnführung.
""")
MSGS[-1]["trap"] = "threat_words_in_list"

A("receipt", "de", "-", "Lesebestätigung",
"""
From: Sabine Krüger <sabine.krueger@mailbox.example>
To: support@example.test
Subject: Gelesen: Heizung Zimmer 217
Date: Thu, 07 Nov 2024 18:30:00 +0100
Message-ID: <mdn.sk.217@mailbox.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-sk"

--mdn-sk
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dies ist eine Empfangsbestätigung für eine Nachricht, die Sie an
sabine.krueger@mailbox.example gesendet haben. Die Nachricht wurde angezeigt.

--mdn-sk
Content-Type: message/disposition-notification

Reporting-UA: mailbox.example; Thunderbird 115
Final-Recipient: rfc822;sabine.krueger@mailbox.example
Original-Message-ID: <r-9120.ticket@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-sk--
""")

A("self", "de", "-", "Eigene Bestätigung des Desks",
"""
From: Support <support@example.test>
To: support@example.test
Subject: [Fall 61120] Wir haben Ihre Nachricht erhalten
Date: Mon, 14 Oct 2024 08:00:00 +0200
Message-ID: <ack-61120@escalated.example.test>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Guten Tag, vielen Dank für Ihre Nachricht. Ihre Fallnummer lautet 61120.
""")

A("auto_reply", "fr", "-", "Réponse automatique avec Auto-Submitted",
"""
From: Hélène Caron <h.caron@caron-cosmetiques.example>
To: support@example.test
Subject: Réponse automatique : Stand salon - écrans en panne
Date: Thu, 23 May 2024 19:00:00 +0200
Message-ID: <absence.hc.2305@caron-cosmetiques.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour, je suis absente du bureau jusqu'au 3 juin. Pour toute urgence, merci de
contacter mon assistante au 555-0177.
""")

A("auto_reply", "fr", "no_rfc3834_headers", "absence sans en-têtes RFC 3834, windows-1252",
"""
From: Gérard Blanc <gerard.blanc@courriel.example>
To: support@example.test
Subject: Absent jusqu'au 15 juillet
Date: Mon, 01 Jul 2024 07:00:00 +0200
Message-ID: <abs.gb.0107@courriel.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=windows-1252
Content-Transfer-Encoding: quoted-printable

Je suis en cong=E9s jusqu'au 15 juillet inclus et je n'aurai pas acc=E8s =E0 me=
s e-mails. Votre message sera trait=E9 =E0 mon retour.
""")

A("auto_reply", "fr", "ticket_ack", "accusé de réception d'une autre organisation",
"""
From: Service client Le Messager <abonnes@lemessager.example>
To: support@example.test
Subject: Nous avons bien reçu votre demande (réf. LM-22931)
Date: Tue, 11 Jun 2024 10:20:00 +0200
Message-ID: <lm-22931@lemessager.example>
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour, nous avons bien reçu votre message. Notre équipe vous répondra sous 48 h
ouvrées. Ceci est un message automatique, merci de ne pas y répondre.
""")

A("auto_reply", "fr", "unmonitored_mailbox", "boîte non surveillée",
"""
From: Résidence Les Tilleuls <ne-pas-repondre@tilleuls-residence.example>
To: support@example.test
Subject: Boîte non surveillée
Date: Wed, 20 Mar 2024 12:00:00 +0100
Message-ID: <npr.4411@tilleuls-residence.example>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Cette adresse n'est pas consultée. Pour toute réclamation, veuillez utiliser le
formulaire de contact sur notre site.
""")

A("bounce", "fr", "-", "rapport de non-remise en français",
"""
From: MAILER-DAEMON@smtp.courriel.example
To: support@example.test
Subject: Échec de la remise du message
Date: Fri, 12 Apr 2024 15:00:00 +0200
Message-ID: <dsn.fr.1504@smtp.courriel.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="fr-dsn-1504"

--fr-dsn-1504
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis au destinataire suivant :
nathalie.girard.old@courriel.example (boîte aux lettres inconnue)

--fr-dsn-1504
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.courriel.example

Final-Recipient: rfc822; nathalie.girard.old@courriel.example
Action: failed
Status: 5.1.1

--fr-dsn-1504--
""")

A("bounce", "fr", "-", "temporisation (delayed) DSN",
"""
From: Mail Delivery System <MAILER-DAEMON@mx.boitemail.example>
To: support@example.test
Subject: Delayed Mail (still being retried)
Date: Sun, 28 Apr 2024 06:00:00 +0200
Message-ID: <delay.7711@mx.boitemail.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="delay-7711"

--delay-7711
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.boitemail.example.

Your message could not be delivered for more than 4 hour(s). It will be retried
until it is 5 day(s) old.

<elodie.fontaine@boitemail.example>: connect to mx2.boitemail.example[203.0.113.9]:25:
    Connection timed out

--delay-7711
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.boitemail.example

Final-Recipient: rfc822; elodie.fontaine@boitemail.example
Action: delayed
Status: 4.4.1
Will-Retry-Until: Fri, 3 May 2024 02:00:00 +0200

--delay-7711--
""")

A("list", "fr", "-", "lettre d'information musée",
"""
From: Musée des Arts <lettre@musee-arts.example>
To: support@example.test
Subject: La lettre des Amis du Musée - juin
Date: Mon, 03 Jun 2024 08:00:00 +0200
Message-ID: <lettre-juin-2024@musee-arts.example>
List-Unsubscribe: <https://musee-arts.example/desinscription?u=9921>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body><h2>Nouvelle exposition : Photographes du XIXe siècle</h2>
<p>Vernissage réservé aux adhérents le 14 juin. <a href="https://musee-arts.example/desinscription?u=9921">Se désinscrire</a></p></body></html>
""")

A("list", "fr", "-", "liste de discussion locataires",
"""
From: locataires-tilleuls@listes.example
To: locataires-tilleuls@listes.example
Subject: [Locataires] Réunion chauffage jeudi
Date: Tue, 19 Nov 2024 20:00:00 +0100
Message-ID: <liste.887.tilleuls@listes.example>
List-Id: <locataires-tilleuls.listes.example>
Precedence: list
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Réunion jeudi 18 h au foyer pour parler du chauffage. Certains parlent de saisir
l'ADIL ou un avocat, venez nombreux pour en discuter.
""")
MSGS[-1]["trap"] = "threat_words_in_list"

A("receipt", "fr", "-", "accusé de lecture",
"""
From: Sylvie Garnier <sylvie.garnier@courriel.example>
To: support@example.test
Subject: Lu : 3e relance - remboursement
Date: Wed, 04 Sep 2024 09:30:00 +0200
Message-ID: <lu.sg.0409@courriel.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-sg"

--mdn-sg
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message a été lu le 04/09/2024 à 09:30.

--mdn-sg
Content-Type: message/disposition-notification

Final-Recipient: rfc822;sylvie.garnier@courriel.example
Original-Message-ID: <r-9300.ticket@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-sg--
""")
MSGS[-1]["trap"] = "complaint_subject_in_receipt"

A("self", "fr", "-", "message interne du desk",
"""
From: Escalated <escalated@example.test>
To: support@example.test
Subject: [Escalade] Dossier 70112 - client demande un responsable
Date: Thu, 14 Mar 2024 10:00:00 +0100
Message-ID: <esc-70112@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Le client a écrit : « Je souhaite que mon dossier soit transmis à un responsable. »
Niveau 1 assigné.
""")
MSGS[-1]["trap"] = "quoted_threat"

A("auto_reply", "es", "-", "respuesta automática con Auto-Submitted",
"""
From: Francisco Ruiz <francisco.ruiz@agroruiz.example>
To: support@example.test
Subject: Respuesta automática: Sembradora averiada
Date: Mon, 14 Oct 2024 08:00:00 +0200
Message-ID: <auto.fr.1410@agroruiz.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Estoy fuera de la oficina hasta el 21 de octubre. Para urgencias llame al
555-0121.
""")

A("auto_reply", "es", "no_rfc3834_headers", "fuera de la oficina sin cabeceras RFC 3834, iso-8859-15",
"""
From: Isabel Serrano <isabel.serrano@buzon.example>
To: support@example.test
Subject: Fuera de la oficina
Date: Fri, 02 Aug 2024 17:00:00 +0200
Message-ID: <fdo.is.0208@buzon.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-15
Content-Transfer-Encoding: quoted-printable

Estar=E9 de vacaciones hasta el 26 de agosto. Responder=E9 a su mensaje a mi
vuelta. Gracias.
""")

A("auto_reply", "es", "ticket_ack", "acuse de recibo de otra organización",
"""
From: Atención al cliente Diario del Este <lectores@diarioeste.example>
To: support@example.test
Subject: Hemos recibido su mensaje [DE-55120]
Date: Wed, 12 Jun 2024 13:00:00 +0200
Message-ID: <de-55120@diarioeste.example>
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Gracias por escribirnos. Su consulta ha sido registrada con el número DE-55120.
Le responderemos lo antes posible.
""")

A("auto_reply", "es", "left_organisation", "ya no trabaja en la empresa",
"""
From: Manuel Rubio <manuel.rubio@rubio-eventos.example>
To: support@example.test
Subject: RE: Reserva de stand
Date: Tue, 05 Nov 2024 09:00:00 +0100
Message-ID: <baja.mr.0511@rubio-eventos.example>
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Manuel Rubio ya no forma parte de Rubio Eventos. Por favor, escriba a
info@rubio-eventos.example.
""")

A("bounce", "es", "-", "DSN en español",
"""
From: Sistema de entrega de correo <MAILER-DAEMON@correo.example>
To: support@example.test
Subject: Mensaje no entregado
Date: Thu, 09 May 2024 11:00:00 +0200
Message-ID: <dsn.es.0905@correo.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="es-dsn-0905"

--es-dsn-0905
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

No se ha podido entregar su mensaje a: carlos.navarro.viejo@correo.example
Motivo: el buzón no existe.

--es-dsn-0905
Content-Type: message/delivery-status

Reporting-MTA: dns; correo.example

Final-Recipient: rfc822; carlos.navarro.viejo@correo.example
Action: failed
Status: 5.1.1

--es-dsn-0905--
""")

A("bounce", "es", "quoted_threat", "rebote con copia del mensaje original",
"""
From: MAILER-DAEMON@mx.buzon.example
To: support@example.test
Subject: Undelivered Mail Returned to Sender
Date: Sat, 15 Jun 2024 22:00:00 +0200
Message-ID: <bounce.es.1506@mx.buzon.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="es-b-1506"

--es-b-1506
Content-Type: text/plain; charset=us-ascii

<beatriz.pena@buzon.example>: mailbox full

--es-b-1506
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.buzon.example

Final-Recipient: rfc822; beatriz.pena@buzon.example
Action: failed
Status: 5.2.2

--es-b-1506
Content-Type: message/rfc822

From: Support <support@example.test>
To: beatriz.pena@buzon.example
Subject: Re: Cargo después de darme de baja
Date: Sat, 15 Jun 2024 21:59:58 +0200
Message-ID: <r-9420.ticket@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

> Si no me devuelven los tres cargos, lo denuncio al banco.
Estimada Beatriz, hemos devuelto los cargos.

--es-b-1506--
""")

A("list", "es", "-", "boletín de flores",
"""
From: Flores del Sur <boletin@floresdelsur.example>
To: support@example.test
Subject: ¡Día de la Madre! 20 % de descuento
Date: Mon, 22 Apr 2024 09:00:00 +0200
Message-ID: <boletin-dm-2024@floresdelsur.example>
List-Unsubscribe: <https://floresdelsur.example/baja?u=7720>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sorprende a mamá con nuestros ramos de temporada. Envío gratis hasta el domingo.
Darse de baja: https://floresdelsur.example/baja?u=7720
""")
MSGS[-1]["trap"] = "cancel_words_in_list"

A("receipt", "es", "-", "confirmación de lectura",
"""
From: Cristina Ramos <cristina.ramos@buzon.example>
To: support@example.test
Subject: Leído: Por tercera vez
Date: Wed, 10 Jul 2024 10:00:00 +0200
Message-ID: <leido.cr.1007@buzon.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification; boundary="mdn-cr"

--mdn-cr
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Su mensaje fue leído el 10/07/2024 a las 10:00.

--mdn-cr
Content-Type: message/disposition-notification

Final-Recipient: rfc822;cristina.ramos@buzon.example
Original-Message-ID: <r-9500.ticket@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-cr--
""")
MSGS[-1]["trap"] = "complaint_subject_in_receipt"

A("self", "es", "-", "mensaje propio del desk",
"""
From: Soporte <support@example.test>
To: support@example.test
Subject: [Caso 80221] Hemos recibido su mensaje
Date: Tue, 16 Jul 2024 09:00:00 +0200
Message-ID: <ack-80221@escalated.example.test>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Gracias por contactar con nosotros. Su número de caso es 80221.
""")


# ---------------------------------------------------------------- driver
HEADER = "file\ttriggers\tautomated\tlang\ttrap\tnote"


def norm_triggers(t):
    if t == "-":
        return "-"
    return ",".join(sorted(set(x.strip() for x in t.split(","))))


def build_all():
    rng = random.Random(SEED)
    order = list(range(len(MSGS)))
    rng.shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        name = "h9-%04d.eml" % n
        prng = random.Random("%d-%d" % (SEED, i))
        data = build_customer(m, i, prng) if m["auto"] == "-" else build_auto(m)
        row = [name, norm_triggers(m["triggers"]), m["auto"], m["lang"], m["trap"] or "-",
               (m["note"] or "-").replace("\t", " ")]
        out.append((name, data, row))
    return out


def write():
    for f in os.listdir(HERE):
        if re.match(r"^h9-\d{4}\.eml$", f):
            os.remove(os.path.join(HERE, f))
    rows = [HEADER]
    for name, data, row in build_all():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        rows.append("\t".join(row))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d messages + labels.tsv" % (len(rows) - 1))


def read_labels():
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().rstrip("\n").split("\n")
    return lines[0], [ln.split("\t") for ln in lines[1:]]


def check():
    errors = []
    header, rows = read_labels()
    if header != HEADER:
        errors.append("labels.tsv header mismatch")
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    names = [r[0] for r in rows]
    if len(names) != len(set(names)):
        errors.append("duplicate file names in labels.tsv")
    if sorted(names) != files:
        errors.append("labels.tsv and .eml files do not match one-to-one")
    counts = {t: 0 for t in TRIGGERS}
    parser = BytesParser(policy=policy.default)
    for r in rows:
        if len(r) != 6:
            errors.append("%s: wrong column count" % r[0])
            continue
        name, trig, auto, lang, trap, note = r
        if lang not in LANGS:
            errors.append("%s: bad lang %s" % (name, lang))
        if auto != "-" and auto not in AUTO_KINDS:
            errors.append("%s: bad automated kind %s" % (name, auto))
        if trig != "-":
            ids = trig.split(",")
            if ids != sorted(set(ids)):
                errors.append("%s: triggers not sorted/unique" % name)
            for t in ids:
                if t not in TRIGGERS:
                    errors.append("%s: unknown trigger %s" % (name, t))
                else:
                    counts[t] += 1
            if auto != "-":
                errors.append("%s: automated mail with triggers" % name)
        if not trap or not note:
            errors.append("%s: empty trap/note" % name)
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            continue
        raw = open(path, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append("%s: non-CRLF line ending" % name)
        msg = parser.parsebytes(raw)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (name, h))
        for k in msg.keys():
            hv = msg[k]
            if getattr(hv, "defects", None):
                errors.append("%s: header %s defects %r" % (name, k, hv.defects))
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r" % (name, part.defects))
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset("us-ascii")
                try:
                    part.get_payload(decode=True).decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    errors.append("%s: charset decode failed (%s)" % (name, e))
    for t, c in counts.items():
        if c < 10:
            errors.append("trigger %s has only %d positives" % (t, c))
    for e in errors:
        print("ERROR", e)
    print("checked %d messages, %d errors" % (len(rows), len(errors)))
    print("positives per trigger: " + ", ".join("%s=%d" % (t, counts[t]) for t in TRIGGERS))
    return 1 if errors else 0


def stats():
    from collections import Counter
    _, rows = read_labels()
    cat = Counter("automated" if r[2] != "-" else ("positive" if r[1] != "-" else "negative") for r in rows)
    trig = Counter(t for r in rows if r[1] != "-" for t in r[1].split(","))
    auto = Counter(r[2] for r in rows if r[2] != "-")
    lang = Counter(r[3] for r in rows)
    langcat = Counter((r[3], "automated" if r[2] != "-" else ("positive" if r[1] != "-" else "negative")) for r in rows)
    print("total", len(rows))
    print("category", dict(cat))
    print("language", dict(lang))
    print("lang x category", dict(sorted(langcat.items())))
    print("automated", dict(sorted(auto.items())))
    print("triggers", dict(sorted(trig.items())))
    cust_pos = [r for r in rows if r[1] != "-"]
    print("multi-trigger positives", sum(1 for r in cust_pos if "," in r[1]))


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    elif "--stats" in sys.argv[1:]:
        stats()
    else:
        write()
