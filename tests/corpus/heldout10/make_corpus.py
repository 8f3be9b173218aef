#!/usr/bin/env python3
"""Blind hand-labelled held-out corpus "heldout10" of support e-mails.

Every message text below is a hand-written literal.  The packaging (transfer
encoding, charset, HTML alternative, attachment), dates, Message-IDs and the
file order are chosen with a fixed random seed, so every run writes
byte-identical files.  Python 3.11 standard library only.

    python3 make_corpus.py          # write h10-NNNN.eml and labels.tsv
    python3 make_corpus.py --check  # validate the written corpus
"""
import base64
import datetime
import email
import email.header
import email.policy
import html
import html.entities
import os
import quopri
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 10_2025
DESK = "support@example.test"

TRIGGERS = {
    "LT": "legal_threat", "RG": "regulatory", "MR": "manager_request",
    "CC": "corporate_contact_request", "EC": "executive_contact",
    "SI": "security_incident", "DL": "data_loss", "OU": "outage",
    "BD": "billing_dispute", "CT": "cancellation_threat", "MT": "media_threat",
    "DH": "discrimination_harassment", "SA": "safety", "BP": "broken_promise",
    "RC": "repeat_contact", "HV": "high_value_order",
    "SD": "severe_dissatisfaction", "FR": "feature_request", "TI": "technical_issue",
}
VALID_IDS = set(TRIGGERS.values())
AUTO_KINDS = {"auto_reply", "bounce", "list", "receipt", "self"}
LANGS = {"en", "de", "fr", "es"}

MSGS = []  # customer and automated messages, in writing order


def C(lang, trig, trap, note, frm, subj, body, **kw):
    """A customer message.  trig: space separated short codes or ''."""
    ids = sorted({TRIGGERS[t] for t in trig.split()})
    MSGS.append(dict(kind="customer", lang=lang, triggers=ids, automated="-",
                     trap=trap or "-", note=note or "-", frm=frm, subj=subj,
                     body=body.strip("\n") + "\n", kw=kw))


def A(auto, lang, trap, note, frm, subj, body, **kw):
    """An automated message: auto_reply, bounce, list, receipt or self."""
    assert auto in AUTO_KINDS
    MSGS.append(dict(kind="auto", lang=lang, triggers=[], automated=auto,
                     trap=trap or "-", note=note or "-", frm=frm, subj=subj,
                     body=body.strip("\n") + "\n", kw=kw))


# ---------------------------------------------------------------- packaging

def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def enc_header(value, rng, force=False):
    """RFC 2047 encode a header value when it is not ASCII (or when forced)."""
    if not force and value.isascii():
        return value
    cs = "utf-8"
    if rng.random() < 0.3:
        try:
            value.encode("iso-8859-1")
            cs = "iso-8859-1"
        except UnicodeEncodeError:
            pass
    return email.header.Header(value, cs).encode(maxlinelen=76, linesep="\r\n")


def addr_header(frm, rng, force=False):
    name, _, addr = frm.rpartition("<")
    name = name.strip()
    addr = "<" + addr
    if not name:
        return addr.strip("<>")
    if name.isascii() and not force:
        return '"%s" %s' % (name.replace("\\", "\\\\").replace('"', '\\"'), addr)
    return "%s %s" % (enc_header(name, rng, True), addr)


def qp(data):
    out = quopri.encodestring(data, quotetabs=False)
    return crlf(out.decode("ascii"))


def b64(data):
    return crlf(base64.encodebytes(data).decode("ascii"))


def text_part(text, subtype, charset, cte):
    data = crlf(text).encode(charset)
    if cte == "8bit" and data.isascii():
        cte = "7bit"
    if cte in ("7bit", "8bit"):
        payload = data.decode(charset)
    elif cte == "quoted-printable":
        payload = qp(crlf(text).replace("\r\n", "\n").encode(charset))
    else:
        payload = b64(data)
    head = ('Content-Type: text/%s; charset="%s"\r\n'
            "Content-Transfer-Encoding: %s\r\n" % (subtype, charset, cte))
    return head, payload, charset


def to_html(text, entities=False):
    """Render the plain text as simple HTML; '>' quoted lines become a cite blockquote."""
    out, quote, para = [], [], []

    def esc(s):
        s = html.escape(s, quote=False)
        if entities:
            s = "".join(c if ord(c) < 128 else (
                "&%s;" % html.entities.codepoint2name[ord(c)]
                if ord(c) in html.entities.codepoint2name else "&#%d;" % ord(c))
                for c in s)
        return s

    def flush_para():
        if para:
            out.append("<p>" + "<br>\r\n".join(esc(x) for x in para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            inner = [q[1:].lstrip(" ") if q.startswith(">") else q for q in quote]
            out.append('<blockquote type="cite">' + "<br>\r\n".join(esc(x) for x in inner)
                       + "</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            flush_para()
            quote.append(line)
        else:
            flush_quote()
            if line.strip():
                para.append(line)
            else:
                flush_para()
    flush_para()
    flush_quote()
    body = "\r\n".join(out)
    return ("<!DOCTYPE html>\r\n<html><head><meta charset=\"%s\"></head>\r\n<body>\r\n%s\r\n"
            "</body></html>\r\n" % ("us-ascii" if entities else "utf-8", body))


ATTACH = [
    ("application/pdf", "receipt.pdf"), ("image/jpeg", "photo.jpg"),
    ("image/png", "screenshot.png"), ("application/pdf", "invoice-copy.pdf"),
    ("image/jpeg", "IMG_2041.jpg"),
]


def fake_bytes(rng, ctype):
    n = rng.randint(180, 420)
    raw = bytes(rng.randrange(256) for _ in range(n))
    if ctype == "application/pdf":
        return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + raw + b"\n%%EOF\n"
    if ctype == "image/png":
        return b"\x89PNG\r\n\x1a\n" + raw
    return b"\xff\xd8\xff\xe0" + raw + b"\xff\xd9"


PACKS = ["8bit", "8bit", "qp", "b64", "legacy", "legacy", "alt", "alt", "alt",
         "html", "htmlent", "mixed", "mixed"]


def body_for(m, rng):
    """Return (content headers, body) for a simple message according to packaging."""
    text = m["body"]
    pack = m["kw"].get("pack") or rng.choice(PACKS if m["kind"] == "customer"
                                             else ["8bit", "8bit", "qp", "legacy", "alt"])
    m["pack"] = pack
    if pack == "legacy":
        opts = ["iso-8859-1", "iso-8859-15", "windows-1252"]
        rng.shuffle(opts)
        for cs in opts:
            try:
                text.encode(cs)
            except UnicodeEncodeError:
                continue
            h, p, _ = text_part(text, "plain", cs, rng.choice(["8bit", "quoted-printable"]))
            return h, p
        pack = "qp"
        m["pack"] = "qp"
    if pack == "8bit":
        h, p, _ = text_part(text, "plain", "utf-8", "8bit")
        return h, p
    if pack == "qp":
        h, p, _ = text_part(text, "plain", "utf-8", "quoted-printable")
        return h, p
    if pack == "b64":
        h, p, _ = text_part(text, "plain", "utf-8", "base64")
        return h, p
    if pack == "html":
        h, p, _ = text_part(to_html(text), "html", "utf-8", rng.choice(["quoted-printable", "8bit"]))
        return h, p
    if pack == "htmlent":
        h, p, _ = text_part(to_html(text, entities=True), "html", "us-ascii", "7bit")
        return h, p
    bnd = "=_%s" % "".join(rng.choice("0123456789abcdef") for _ in range(24))
    if pack == "alt":
        h1, p1, _ = text_part(text, "plain", "utf-8", rng.choice(["quoted-printable", "8bit"]))
        h2, p2, _ = text_part(to_html(text), "html", "utf-8", "quoted-printable")
        parts = [h1 + "\r\n" + p1, h2 + "\r\n" + p2]
        ctype = "alternative"
    else:  # mixed
        h1, p1, _ = text_part(text, "plain", "utf-8", rng.choice(["quoted-printable", "8bit", "base64"]))
        ct, fn = m["kw"].get("att") or rng.choice(ATTACH)
        data = fake_bytes(rng, ct)
        h2 = ("Content-Type: %s; name=\"%s\"\r\nContent-Disposition: attachment; "
              "filename=\"%s\"\r\nContent-Transfer-Encoding: base64\r\n" % (ct, fn, fn))
        parts = [h1 + "\r\n" + p1, h2 + "\r\n" + b64(data)]
        ctype = "mixed"
    body = "This is a multi-part message in MIME format.\r\n"
    for p in parts:
        if not p.endswith("\r\n"):
            p += "\r\n"
        body += "\r\n--%s\r\n%s" % (bnd, p)
    body += "\r\n--%s--\r\n" % bnd
    return 'Content-Type: multipart/%s; boundary="%s"\r\n' % (ctype, bnd), body


def report_body(m, rng):
    """multipart/report for bounces (delivery-status) and receipts (MDN)."""
    kw = m["kw"]
    bnd = "=_rep%s" % "".join(rng.choice("0123456789abcdef") for _ in range(20))
    rtype = kw["report"]
    h1, p1, _ = text_part(m["body"], "plain", kw.get("charset", "utf-8"),
                          kw.get("cte", "8bit"))
    parts = [h1 + "\r\n" + p1]
    sub = rtype
    parts.append("Content-Type: message/%s\r\n\r\n%s" % (sub, crlf(kw["status"].strip("\n") + "\n")))
    if kw.get("orig"):
        otype = kw.get("orig_type", "message/rfc822")
        parts.append("Content-Type: %s\r\n\r\n%s" % (otype, crlf(kw["orig"].strip("\n") + "\n")))
    body = "This is a MIME-encapsulated message.\r\n"
    for p in parts:
        body += "\r\n--%s\r\n%s" % (bnd, p)
    body += "\r\n--%s--\r\n" % bnd
    m["pack"] = "report"
    return ('Content-Type: multipart/report; report-type=%s;\r\n\tboundary="%s"\r\n'
            % (rtype, bnd)), body


MAILERS = [None, None, "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.12.0",
           "X-Mailer: iPhone Mail (21F90)", "X-Mailer: Microsoft Outlook 16.0",
           "User-Agent: K-9 Mail for Android", "X-Mailer: Apple Mail (2.3774.600.62)"]


def build(m, idx, rng):
    kw = m["kw"]
    start = datetime.datetime(2025, 1, 6, tzinfo=datetime.timezone.utc)
    dt = start + datetime.timedelta(minutes=rng.randrange(0, 60 * 24 * 300))
    tz = datetime.timezone(datetime.timedelta(hours=rng.choice([-5, 0, 1, 2, 1, 1, -8, 10])))
    date = email.utils.format_datetime(dt.astimezone(tz))
    dom = m["frm"].rpartition("@")[2].rstrip(">")
    if kw.get("msgid_domain"):
        dom = kw["msgid_domain"]
    mid = "<%s.%d@%s>" % ("".join(rng.choice("0123456789abcdefghijklmnopqrstuvwxyz")
                                  for _ in range(16)), idx, dom)
    hdrs = []
    for h in kw.get("pre", []):
        hdrs.append(h)
    hdrs.append("From: " + addr_header(m["frm"], rng, force=rng.random() < 0.1))
    hdrs.append("To: " + kw.get("to", DESK))
    if kw.get("cc"):
        hdrs.append("Cc: " + kw["cc"])
    hdrs.append("Subject: " + enc_header(m["subj"], rng, force=rng.random() < 0.08))
    hdrs.append("Date: " + date)
    hdrs.append("Message-ID: " + mid)
    if m["subj"].lower().startswith(("re:", "aw:", "r:", "rép", "re :")) and m["kind"] == "customer":
        ref = "<%s@example.test>" % "".join(rng.choice("0123456789abcdef") for _ in range(20))
        hdrs.append("In-Reply-To: " + ref)
        hdrs.append("References: " + ref)
    for h in kw.get("extra", []):
        hdrs.append(h)
    if m["kind"] == "customer":
        ua = rng.choice(MAILERS)
        if ua:
            hdrs.append(ua)
    hdrs.append("MIME-Version: 1.0")
    if kw.get("report"):
        ch, body = report_body(m, rng)
    else:
        ch, body = body_for(m, rng)
    return ("\r\n".join(hdrs) + "\r\n" + ch + "\r\n" + body).encode("utf-8") \
        if False else _join(hdrs, ch, body)


def _join(hdrs, ch, body):
    head = "\r\n".join(hdrs) + "\r\n" + ch + "\r\n"
    # 8bit bodies in legacy charsets were kept as str; re-encode each part correctly
    return head.encode("ascii"), body


def render(m, idx, rng):
    head, body = build(m, idx, rng)
    cs = "utf-8"
    if m.get("pack") == "legacy":
        lower = head.decode("ascii").lower()
        for c in ("iso-8859-15", "iso-8859-1", "windows-1252"):
            if 'charset="%s"' % c in lower:
                cs = c
    return head + body.encode(cs)


# =================================================================== ENGLISH, positives

C("en", "SD BD", "", "double debit on a dry-cleaning account; strong wording", "Marjorie Pettibone <mpettibone@mailbox.example>",
  "Charged TWICE for one wedding dress clean??", """
Hello,

I dropped off one (1) wedding dress at your Elm Street branch on the 3rd for the heirloom clean and box. One dress. My card statement shows two debits of $189.00 on the same afternoon, both from "PRESSWORKS CLEANERS".

I have been a customer for eleven years and frankly this is the sloppiest thing I have seen from you. Take the second $189 off my card please.

Marjorie Pettibone
""")

C("en", "LT", "", "", "Dale Hutchins <dale.h@pawnmail.example>", "my ring", """
you sold my grandmothers ring 9 days before the loan was due. i have the ticket. my attorney has a copy of it too and she says youll be hearing from her office this week
""")

C("en", "MR SD", "", "", "Rosalind Achterberg <r.achterberg@caravan.example>", "Lot 42 water shutoff - not good enough", """
To whoever reads this,

Third day without running water at lot 42 of Pine Hollow park and your maintenance guy shrugs and tells me "the pipe is old". I am 71. I cannot haul jugs of water from the clubhouse.

This is the most contemptuous treatment I've had from any landlord in fifty years of renting. I'd like someone above the site office to ring me today - not the maintenance crew, not the girl at the front desk. Somebody with the authority to actually send a plumber.

555-0147

R. Achterberg
""")

C("en", "TI", "", "", "Kenji Morrow <kenji@morrowfamily.example>", "booking widget stuck on 'loading'", """
Hi there, trying to book a piano tuning for our upright through your site. After I pick a date the calendar just spins forever with "Loading available technicians..." Tried Chrome and Firefox, same thing. Phone number on the site goes to voicemail. Can you book me in for any weekday morning next week?

Thanks,
Kenji
""")

C("en", "SA", "", "", "Priya Lindqvist <priya.l@homefront.example>", "Rented bouncer - buckle snapped", """
Hello,

We rented the Cuddlewave baby bouncer (rental #TR-88213) last Thursday. This morning the harness buckle snapped in half while my son was in it and he slid forward onto the frame and cut his lip. He's ok but it bled quite a bit and the sharp edge of the broken plastic is right where a baby's face goes.

Please do not rent this unit out again, and I'd check the others of that batch. I've bagged it up with the broken piece.

Priya
""")

C("en", "DL TI", "", "", "Tom Ferreira <tomf@railyard.example>", "Wishlist + order history gone after app update", """
Updated the ModelTrack app last night and now my account shows zero orders and an empty wishlist. I had about 140 items saved on the wishlist, mostly out-of-production HO rolling stock I've been tracking for years, and my whole purchase history back to 2019. Logged out/in, reinstalled, same thing on the website. Is there a backup you can restore from?
Tom
""")

C("en", "RC BP", "", "", "Gwen Okafor <gwen.okafor@quilting.example>", "Re: Re: Re: Singer 201 repair - still waiting", """
Gwen again. I phoned on the 2nd, emailed on the 9th and emailed again on the 16th about my Singer 201. Each time somebody tells me it's "on the bench" and I'll get a call back with a quote within 48 hours. Never got a single call. Please just tell me where the machine is.

Gwen Okafor
""")

C("en", "SI", "", "", "Hannah Bright <hbright@fastpost.example>", "Someone used my ski pass account", """
Hi, I just got an email that my Ridgeview season pass account password was changed and the email address updated to some gmail-looking address I've never seen. I didn't do that. I can't get into my account now. The pass has my photo and my card attached to it. Please lock it down before anyone buys anything on my card.

Hannah Bright
""")

C("en", "OU TI", "", "", "Desmond Kaye <dkaye@spokes.example>", "dispatch app dead", """
Courier portal has been throwing 503 Service Unavailable since about 7:40 this morning for all six of our riders. None of us can accept jobs or mark drops. We're sitting outside the depot doing nothing. Any ETA?
""")

C("en", "HV TI", "", "order total 7,850 USD for the youth camp group booking, checkout failing", "Coach Bev Lundqvist <bev.lundqvist@riverschool.example>", "Group booking for 46 students won't go through", """
Good afternoon,

I'm trying to complete our group booking at Camp Tallwater for 46 students and 5 chaperones, 4 nights in July. The quote from your coordinator came to $7,850.00 and it's valid until Friday. Every time I enter the school's purchasing card on the deposit page I get "Error 4012 - transaction could not be completed" and the page resets.

Our bursar's office confirms the card is fine and has no limit issue. If this slips past Friday we lose the quoted price and possibly the dates. Could someone process the deposit manually or send an invoice link that works?

Beverly Lundqvist
Athletics & Outdoor Ed coordinator
Riverside School
""")

C("en", "FR", "", "", "Oskar Bell <oskar.bell@fieldnotes.example>", "suggestion for the hive log app", """
Hi team,

Love the hive inspection log. One thing that would make my season: let me record varroa mite counts per hive and show them on a graph over the year. Right now I type them into the notes field and have to scroll back through every inspection. Even a simple number field with a chart would be brilliant.

Cheers,
Oskar
""")

C("en", "CT SD", "", "", "Lou Brannigan <lou.b@netlane.example>", "Fwd: done", """
Not a forward, my phone did that.

I've put up with the rink closing the public session early for "private hire" four Saturdays running without any notice on the website. My kids get dressed, we drive 40 minutes, and we get turned away at the door. It's pathetic. Don't bother renewing our family membership in March, we'll take our money to Frostline across town.
""")

C("en", "MT", "", "", "Sasha Vukovic <sasha@thelocalpaper.example>", "Request for comment - balloon landing in Hartwell Meadows", """
Dear Skyward Balloons team,

I'm a reporter with the Hartwell Courier. We're preparing a story about Sunday's balloon landing in the Hartwell Meadows nature reserve. Several residents have told us the basket damaged fencing and frightened livestock.

Would someone from your company be available to comment before 4 pm Thursday? I'd also be grateful for confirmation of how many passengers were on board.

Kind regards,
Sasha Vukovic
Hartwell Courier
555-0190
""")

C("en", "DH", "", "", "Jamal Osei <jamal.osei@postbox.example>", "How I was treated at the counter", """
I came in on Tuesday to pawn my camera. The man at the counter watched me the entire time, asked me twice where I "got" the camera and asked to see a receipt, which I had. The white customer before me pawned a laptop with no questions at all. When I asked him why, he said "people like you usually have a story." I left.

I want to know if this is how your staff are trained to treat Black customers.

Jamal Osei
""")

C("en", "EC", "", "", "Frank Delaney <fdelaney@ironbridge.example>", "Missing balloon voucher", """
I bought a gift voucher for two in November, it never arrived and your chat bot keeps giving me a link to the FAQ. I've copied Ms. Harrow, your managing director, on this and sent the same to her on LinkedIn.

Frank Delaney
""", cc="\"Elaine Harrow\" <e.harrow@skyward-balloons.example>")

C("en", "CC", "", "", "Yvette Marchmont <ymarchmont@oldfield.example>", "registered office address", """
Could you give me the postal address of your head office and the name of whoever handles formal complaints at company level? The branch staff couldn't tell me. It's about the loss of a silk jacket I left for cleaning.

Y. Marchmont
""")

C("en", "RG SD", "", "", "Wendell Price <wendell.price@lakeview.example>", "ANOTHER rent increase notice??", """
THIS IS THE THIRD LOT RENT HIKE IN 14 MONTHS. YOU DIDNT GIVE THE 90 DAY NOTICE THE STATE REQUIRES. I HAVE ALREADY FILED WITH THE STATE MANUFACTURED HOUSING COMMISSION AND SO HAVE TWO OF MY NEIGHBORS. DISGRACEFUL WAY TO TREAT RETIREES.

Wendell Price, lot 17
""")

C("en", "TI", "", "", "Ana Gutierrez <ana.g@craftnest.example>", "kiln schedule page", """
Hi! The kiln-firing schedule page in the member area shows the same week on repeat - I click "next week" and it goes back to Oct 6 every time. Just wanted to let you know, since I can't see when my glaze pieces are going in. Thx!
""")

C("en", "BD", "", "", "Martin Pike <mpike@pikefamily.example>", "Cancelled in August, charged in September and October", """
Hello,

I cancelled our toy subscription box (plan "Little Explorers", account 55-3120) on 14 August and got the confirmation email, which I have attached. You still took $42.00 on 1 September and again on 1 October. Please refund both.

Martin Pike
""", pack="mixed", att=("application/pdf", "cancellation-confirmation.pdf"))

C("en", "BP", "", "", "Isla Montgomery <isla.m@seaview.example>", "dress alterations", """
Hi Carla,

When I picked the dress up on Saturday you told me the hem would be redone and ready to collect by Wednesday at the latest. I came in today (Thursday) and nobody had touched it. The wedding is in 9 days.

Isla
""")

C("en", "OU", "", "single-sentence outage report; booking site unreachable", "Pete Langford <plangford@hostmail.example>", "website", """
Your booking website has been completely unreachable from here since last night - just "connection timed out" on every page, phone and laptop, two different networks.
""")

C("en", "SI", "", "phishing imitating the company; breakage only suspected, so no technical_issue", "Leona Fairweather <leona@fairweather.example>", "Weird email from you asking for card details", """
Hello,

I received an email this morning that looked exactly like your hostel booking confirmations - your logo, my name, my booking dates for Bristol - asking me to "re-verify my card" on a link. I nearly clicked it. How did they know my booking dates? Has your booking system been broken into? I'm worried my details are out there.

Forwarding the email separately.

Leona Fairweather
""")

C("en", "RC SD", "", "", "Gary Tolliver <gtolliver@mail.example>", "4th email", """
This is the FOURTH time I'm writing about the planetarium gift card my mother never got. Four emails. Zero replies. You people are a joke.
""")

C("en", "LT BD", "", "", "Celeste Armitage <c.armitage@armitagelaw.example>", "Invoice 2291 - disputed", """
Dear Sir or Madam,

I write regarding invoice 2291 for the tuning and regulation of my Bechstein grand. The quotation I accepted in writing was £340. The invoice is for £615, including £275 for "additional voicing work" that I neither requested nor authorised.

I will pay the quoted £340. If the balance of £275 is not withdrawn within 14 days I shall issue a claim in the small claims court for the return of any amount you attempt to collect.

Yours faithfully,
Celeste Armitage
""")

C("en", "SA", "", "", "Noah Brandt <noah.brandt@linkmail.example>", "smoke from the machine", """
hi, picked up my Bernina from your repair shop yesterday, ran it for about 10 minutes tonight and smoke came out of the motor housing and the cord got really hot. unplugged it straight away. theres a burning smell in the whole room. please dont tell me to just bring it back next week, someone could have got hurt
""")

C("en", "HV BD", "", "invoice 12,400 GBP with a wrong line; dispute", "Harriet Cole <harriet.cole@colebridal.example>", "Wholesale invoice WB-7781 - wrong quantities", """
Hello accounts team,

Our spring order from your bridal wholesale line, invoice WB-7781, totals £12,400. We ordered 18 of the Amara gowns; the invoice and the shipment both show 24. We are not keeping six extra gowns at £520 each and I will not pay £3,120 for stock we did not order.

Please issue a corrected invoice and a collection for the six extra gowns.

Harriet Cole
Owner, Cole & Daughter Bridal
""")

C("en", "MR", "", "", "Yusuf Demir <yusuf.demir@demirtech.example>", "can I talk to someone senior", """
Hi,

I've been going back and forth with your courier desk about a missed document run and frankly the person I'm dealing with doesn't seem able to do anything except apologise. Can this go up to whoever runs the dispatch team? I need someone who can make a decision.

Yusuf
""")

C("en", "CT", "", "", "Beth Carrow <bethc@homeschoolers.example>", "music lessons", """
Hi Mrs. Pell,

Since the schedule changed to Tuesday evenings and the last three lessons started 25 minutes late, I think this is the end of the road for us. Please take Lily off the list after this month, we're going to find another teacher.

Beth
""")

C("en", "FR", "", "", "Miles Abernathy <miles@abernathy.example>", "Please: a way to hold a planetarium ticket for grandparents", """
Good morning,

Each time we bring the grandchildren to the Saturday star show, I have to buy all seven tickets in one go. What would really help is being able to reserve seats and let each family pay their own share with a separate link. Many museums now offer this.

Regards,
Miles Abernathy
""")

C("en", "DL", "", "scans lost by the shop, not a product fault -> no technical_issue", "Imogen Wetherby <imogen@wetherby.example>", "The photo scans", """
When I left the christening gown for lace repair, your assistant scanned our old family photos so the repairer could match the lace, and promised the scans on a USB stick with the gown. The gown came back with the stick. The stick is empty except for a folder called "tmp". Those were the only copies of the photos of my great-grandmother's wedding - the prints went back to my aunt in Canada. Please check whether the files are still on your computer.

Imogen Wetherby
""")

C("en", "SD", "", "", "Carl Benning <cbenning@benning.example>", "your so-called 'express' service", """
I'm honestly livid. Paid for 2-hour express to get a signed contract across town, your rider took it home with him overnight. This is beyond incompetent.
Carl
""")

C("en", "MT CT", "", "", "Rhiannon Ellis <rhi.ellis@tinyfolk.example>", "Moldy play mat in rental bundle", """
Hi,

Opened the Newborn Essentials rental bundle this afternoon. The foam play mat has black mould spots along the seam and the smell is awful. I run a parenting account with about 38k followers and I was going to post a review of your rental service next week. I'll be posting alright, with photos.

Please collect it and refund the bundle. I'm not renting from you again.

Rhiannon
""")

C("en", "BP OU TI", "", "promise of restoration in a public post not kept; outage also counts as technical_issue", "Philippa Nkemelu <philippa@nkemelu.example>", "Booking site still down", """
Yesterday your Facebook page said the online ski pass shop would be "back within the hour". It's still not loading this morning, just a white page with "Bad Gateway". The weekend pass offer ends tonight.

Philippa
""")

C("en", "EC CC", "", "asks for CEO's email in order to write to him -> both", "Graham Wu <graham.wu@wufamily.example>", "who runs your company", """
What is your CEO's email address? I want to send him this whole story myself since nobody at store level is capable of returning a pawned guitar in the same condition it was left in.
""")

C("en", "RG", "", "", "Deirdre Cassidy <dcassidy@shannonside.example>", "your newsletter", """
I unsubscribed from your hobby shop mailing list in May and again in July. I'm still getting three emails a week, and now I've got text messages too that I never agreed to. I've made a complaint to the ICO today with screenshots of both unsubscribe confirmations.

D. Cassidy
""")

C("en", "TI FR", "", "", "Arjun Menon <arjun.menon@trainweb.example>", "DCC decoder finder + small request", """
Hey folks,

Two things:
1. The decoder compatibility finder returns "no results" for every locomotive I select, even ones it used to show (Bachmann 2-8-0, Kato SD40). Looks broken since last week.
2. When that's fixed, could you let us filter by scale? Scrolling through N, HO and OO in one list is a pain.

Arjun
""")

C("en", "DH", "", "", "Louise Garner <lgarner@pmail.example>", "Balloon flight check-in", """
I use a wheelchair and booked and paid for the accessible basket on the 6:30 flight, confirmed twice by phone. At check-in your pilot told me in front of everybody that "we don't really do wheelchairs, it slows everyone down" and put me on the ground crew vehicle to "watch". My husband flew, I didn't. I was humiliated. I'd like an explanation of why I was refused.

Louise Garner
""")

C("en", "HV OU TI", "", "corporate event contract 18,500 USD; booking system down", "Theo Mancuso <tmancuso@brightline-events.example>", "URGENT: rink buyout Saturday - your system won't let us finalise", """
Hi,

We have a signed contract for the full-rink private buyout on Saturday 14th (contract RK-2207, $18,500 total, 50% already paid). Your events portal has been down since Tuesday - every page returns "502 Bad Gateway" - so we cannot upload the guest list or the skate-size list, which your coordinator says is mandatory 72 hours before.

Please either get the portal working or tell me who I can email the files to today.

Theo Mancuso
Brightline Events
""")

C("en", "SD", "", "sarcastic; strong disgust", "Karen Whitlock <kwhitlock@mail.example>", "Great job!!!", """
Wow. Great job. Really. You managed to shrink a 100% wool coat to toddler size AND lose one of the buttons AND charge me $38 for the privilege. Outstanding. Genuinely the worst dry cleaning experience of my adult life.
""")

C("en", "RC", "", "", "Doug Sterling <dsterling@sterling.example>", "Lot 88 streetlight", """
hi, Doug from lot 88 again. i've reported the broken streetlight by the mailboxes three times now, twice by email and once at the office. its pitch black there at night.
""")

C("en", "SA", "", "", "Marisol Dunne <marisol.dunne@kinderly.example>", "Toy in the toddler rental kit", """
Hello,

The wooden stacking toy in our toddler rental box has a peg that comes out easily - it's about the size of a grape. My 14-month-old had it in her mouth before I noticed. That's exactly the kind of thing they can choke on. Please pull this toy from your kits.

Marisol
""")

C("en", "CC", "", "", "Ibrahim Saleh <isaleh@saleh.example>", "Contact for legal department", """
Hi, please send me the contact details of your legal department (email and postal). I need to send a formal letter about the damaged sewing machine and don't want it going to the general inbox. Thanks, Ibrahim Saleh
""")

C("en", "BD SD", "", "", "Nell Fairbanks <nell.f@fairbanks.example>", "£95 'late return fee'??", """
I returned the pram on the exact date on the rental agreement (I have the drop-off receipt with the date on it) and you've taken a £95 late return fee from my card. Absolutely outrageous. Give it back.
""")

C("en", "LT SA", "", "", "Victor Hammond <victor.hammond@hammondco.example>", "Injury at the ice rink", """
To the management of Glacier Point Ice Arena,

On Sunday my daughter fell through a gap in the rink boards near gate C where a panel was missing. She has a fractured wrist. Staff said the panel had been "off for a couple of weeks".

I have instructed a personal injury solicitor, who will write to you separately. Please preserve any CCTV from Sunday 2-4 pm.

Victor Hammond
""")

C("en", "TI", "", "", "Ellie Cho <ellie.cho@studio.example>", "app", """
the app crashes whenever i try to open my pottery class passes. iphone 13, latest version. just closes itself
""")

C("en", "BP BD", "", "", "Ruth Okonkwo <ruth.ok@homestead.example>", "Refund promised 3 weeks ago", """
Hello,

On 2 September your colleague Dylan confirmed by email that the $260 deposit for the cancelled balloon flight (weather cancellation, your side) would be refunded "within 5 working days". It's now 23 September and nothing has arrived. Please check what happened.

Ruth Okonkwo
""")

C("en", "MR RC", "", "", "Stan Kowalczyk <stan.k@kowalczyk.example>", "supervisor please", """
Ive now called 4 times and emailed twice about the hive delivery. Get me a supervisor on the phone. Not another agent.
""")

C("en", "SI", "", "not TI: account takeover reported without a product fault", "Julia Ferraro <julia.ferraro@ferraro.example>", "Order I didn't place", """
Hi,

I just got a confirmation for an order of 3 bee suits and a honey extractor shipped to an address in another state. I didn't order these. Somebody must be logged into my account - my saved card was used. Please cancel it and check my account.

Julia
""")

C("en", "DL TI", "", "", "Sebastian Grieve <sgrieve@grieve.example>", "layout files gone", """
Hello,

I use your TrackPlanner online tool. Since this morning all four of my saved layouts open as empty boards. The thumbnails are still there but the layouts themselves are blank - two years of work on my garage layout. Please tell me you have backups.

Sebastian Grieve
""")

C("en", "MT SD", "", "", "Brent Akers <brent.akers@akersmail.example>", "enjoy your next google review", """
Hostel bunk had bedbugs. Woke up covered in bites. Front desk laughed. Revolting place. The whole of Reddit's backpacking board is going to hear about Lakeside Lodge tonight, with pictures.
""")

C("en", "MT", "", "journalist inquiry always fires", "Dana Whitfield <dwhitfield@metrowire.example>", "Press inquiry: data on youth camp incident", """
Hello,

I'm writing a piece for MetroWire about safeguarding at residential youth camps. We've been told about an incident at Camp Tallwater in August involving a missing 12-year-old. Could your press office confirm whether the incident happened and what procedures were changed afterwards?

My deadline is Monday noon.

Dana Whitfield
Senior Reporter, MetroWire
""")

C("en", "EC", "", "", "Nora Lindgren <nora.lindgren@lindgren.example>", "Lost coat", """
Just so you know I've now sent a letter by recorded post to your chairman, Mr. Oyelaran, at the head office address printed on your receipts. Maybe he can find my coat.

Nora Lindgren
""")

C("en", "EC SD", "", "", "Bruno Castellane <bruno@castellane.example>", "Cc'ing your president", """
I've had enough of being bounced between your repair centre and your "customer happiness" team. I'm copying Ms. Varga, who I understand is president of the company, because honestly this has been a shambles from start to finish - four weeks for a bobbin case!

Bruno Castellane
""", cc="\"Ilona Varga\" <ivarga@stitchright.example>")

C("en", "DH", "", "harassment by staff", "Kelsey Marr <kelsey.marr@post.example>", "your delivery rider", """
Hi. Your rider who does the Kingsway route (tall guy, green helmet) has now asked me for my number three times when he drops parcels at the salon, and yesterday he waited outside after closing and followed me to the bus stop. I don't feel safe. I don't want him delivering here anymore and I want you to do something about it.
Kelsey
""")

C("en", "DH", "", "", "Aurelio Banks <abanks@banksfam.example>", "Comments made at the bridal appointment", """
Dear Ms. Fenwick,

My fiancé and I attended our suit and gown appointment together on Saturday. When the consultant understood we were two men, she said loudly that the shop "doesn't really do that kind of wedding" and spent the rest of the hour serving the couple behind us. We felt completely unwelcome because of who we are.

I'd appreciate a response.

Aurelio Banks
""")

C("en", "CC", "", "", "Sunita Rao <sunita.rao@raomail.example>", "Postal address for the company", """
Hi, your website only lists the shop. What's the registered company address and the contact for the directors? I need to send a formal letter. Thank you.
""")

C("en", "CC MR", "", "", "Patrick O'Halloran <pohalloran@ohalloran.example>", "Who is above the branch?", """
Your branch manager in Millbrook told me there's "nobody above him" to complain to, which I don't believe for a second. Please put me in touch with someone senior at regional or head office level, and send me the head office phone number while you're at it.

Patrick O'Halloran
""")

C("en", "RG BD", "", "", "Gloria Fenstermacher <gloria.f@fenstermacher.example>", "Hidden fees on my pawn loan", """
To whom it may concern,

My pawn ticket states a monthly charge of 4%. I have been charged 4% plus a $25 "storage fee" every month since March, which is not on the ticket and was never mentioned. That is $175 I do not owe.

I have submitted a complaint to the Consumer Financial Protection Bureau with copies of my ticket and receipts.

Gloria Fenstermacher
""")

C("en", "RG", "", "", "Hamish Ure <hamish.ure@ure.example>", "Stand-by for trading standards", """
The "solid brass" track I bought from your shop is plastic painted gold. Your packaging says brass. I've reported the listing to Trading Standards and kept the packaging.
""")

C("en", "RG SI TI", "", "booking system sent another guest passport; conditional ICO threat", "Vera Castellanos <vcastellanos@castellanos.example>", "My passport scan on your booking confirmation", """
Hello,

When I opened the group booking confirmation for the hostel, there were three PDFs attached. One of them is my passport scan - but another is the passport of somebody called "M. Okoye" who I've never heard of. So presumably somebody else has received mine too.

This is a serious personal data breach. Unless I hear how this happened by Friday I will notify the Information Commissioner's Office.

Vera Castellanos
""")

C("en", "LT", "", "conditional threat fires", "Donald Reyes <donald.reyes@reyes.example>", "deposit for the lot", """
Last chance. Return the $1,200 security deposit for lot 9 as the lease requires within 21 days of move-out. It's been 47. If it's not in my account by the 30th, I'm filing in small claims court and I'll be asking for the penalty too.
""")

C("en", "LT SD", "", "", "Anita Cruz <anita.cruz@mail.example>", "absolutely disgusted", """
You ruined my daughter's wedding dress. Yellow stains all over the bodice AFTER your "premium preservation". I am so angry I can barely type. My brother-in-law is a lawyer and he's already drafting the letter, so I'd start looking for that receipt you claim not to have.
""")

C("en", "HV", "", "contract 9,600 USD, delivery problem, not technical", "Lorraine Fitch <lfitch@fitchevents.example>", "Balloon festival order - only 3 of 5 flights scheduled", """
Hi,

Our company booked five sunrise balloon flights for our staff retreat (order BF-1180, $9,600 prepaid in full). Your confirmation last week lists only three flights and the ops team can't say what happened to the other two. The retreat is in three weeks. Please sort out the missing flights or tell us how the difference will be returned.

Lorraine Fitch
""")

C("en", "HV CT", "", "6,200 GBP annual contract; threat not to renew", "Owen Pritchard <owen.p@pritchardlogistics.example>", "Courier contract - missed pickups", """
Hello,

We pay £6,200 a year on the Business Plus courier contract (ref. BP-4410) and in the last month your riders missed 11 scheduled pickups, three of them for time-critical lab samples. If the service doesn't improve in the next four weeks we'll go with another provider when the contract comes up in January.

Owen Pritchard
Office lead, Pritchard Logistics
""")

C("en", "HV SD", "", "invoice 14,950 EUR, unresolved wrong delivery", "Renate Kühn <renate.kuehn@kuehn-ceramics.example>", "Kiln order 2025-118 - wrong model AGAIN", """
Dear Sirs,

We ordered the 240-litre top-loading kiln with the 3-phase controller (order 2025-118, invoice €14,950). What arrived is the 180-litre model with a single-phase controller. It is not what we paid for, it does not fit our studio wiring and I have a class of twelve starting on Monday.

This is unacceptable beyond words after waiting eleven weeks.

R. Kühn
Kühn Ceramics Studio
""")

C("en", "SA", "", "", "Gordon Blyth <gordon.blyth@blyth.example>", "Electric shock from the pond pump", """
Hi, the 3000 l/h pond pump we bought in June gave my wife a proper jolt this morning when she lifted it out to clean the filter. Breaker tripped. There's a crack in the cable gland where the wire goes in. Kids play round that pond.
""")

C("en", "SA", "", "smoke evacuation; not an IT outage", "Amira Haddad <amira.haddad@haddad.example>", "Projector fire during the show", """
We were at the 3 pm show on Saturday when smoke started pouring out of the projection booth and people had to be evacuated in the dark. Two kids near us were coughing badly. Nobody from staff guided people out - we found the exit with our phone lights.
""")

C("en", "SA", "", "recall request", "Felix Harrow <felix.harrow@harrowhome.example>", "Is the Lullabee crib part of the recall?", """
I saw on the consumer safety site that the Lullabee travel crib, model LT-2, has been recalled because the side rail can collapse. We rented exactly that model from you for our trip. It's set up in our holiday rental now and my baby sleeps in it. Please tell me what to do tonight.
""")

C("en", "FR", "", "", "Beatrix Oduya <beatrix@oduya.example>", "idea", """
Could you add an option to get a text when my dry cleaning is ready? Email gets buried. Thanks!
""")

C("en", "FR", "", "", "Lance Whitmore <lance@whitmore-music.example>", "Teacher portal - recurring lessons", """
Hello,

As a piano teacher using your lesson booking portal, I'd love to be able to set a student's lesson as recurring every week instead of making 30 bookings by hand at the start of term. Is that something you could put on the roadmap?

Best,
Lance Whitmore
""")

C("en", "FR TI", "", "", "Kerry Adeyemi <kerry.adeyemi@adeyemi.example>", "Ski pass app problems", """
Lift queue times in the app show "--" for every lift since the new season started. Also - it'd be nice if the app could show the grooming map, other resorts have it.
""")

C("en", "OU TI", "", "payment processing down across sites; outage is also technical_issue", "Molly Strand <molly.strand@strandfamily.example>", "Card payments", """
None of your card terminals at the ice rink were working this afternoon, we were told "payments are down across all sites" and to come back with cash. On a Sunday!
""")

C("en", "OU TI", "", "", "Nikolai Petrov <n.petrov@petrovmail.example>", "Cant log in at all", """
Nobody at our camp office can get into the staff portal - login page just says "Service temporarily unavailable" for everyone since 9. Parents arrive at noon.
""")

C("en", "CT", "", "", "Ingrid Solberg <ingrid.solberg@solberg.example>", "Membership", """
I think after this weekend's mess at the studio I'm done. Please end my pottery membership at the end of the month. I'll find a wheel somewhere else where the kilns actually get fired on time.
""")

C("en", "CT BP", "", "", "Harold Bexley <hbexley@bexley.example>", "Your replacement pump", """
You told me on the phone on the 4th a replacement pump would ship "today". It's the 19th. I'll be closing my trade account with you if it's not here by Friday.
""")

C("en", "BD", "", "", "Sophie Lam <sophie.lam@lammail.example>", "wrong amount on my tuning invoice", """
Hi, my invoice for Tuesday's piano tuning says $245 but the price on your site and what the tuner told me was $165. Please fix the invoice.
Sophie
""")

C("en", "BD", "", "chargeback threat", "Curtis Boone <cboone@boonemail.example>", "Refund or chargeback", """
The hot-air balloon flight was cancelled by your pilot and you took $498 anyway. Either refund it by Monday or I'm asking my bank to claw it back.
""")

C("en", "BP", "", "", "Lydia Marsh <lydia.marsh@marshfam.example>", "Call back", """
Hi,

Someone called Tanya said on Monday that the manager would call me back about my daughter's cancelled camp week "before the end of the day". It's Thursday now. No call.

Lydia Marsh
""")

C("en", "RC", "", "", "Samuel Iwu <samuel.iwu@iwu.example>", "Re: parcel tracking", """
Hi, I've now written to you three times (7th, 12th and today) about courier job #C-55021 showing "delivered" when it was never delivered. Please can someone actually look at this.
Sam
""")

C("en", "MR", "", "", "Trudy Kinsella <trudy.k@kinsella.example>", "Please escalate", """
Good morning,

I'd like this case (#44721, damaged veil) passed up the line please. The answers I'm getting from the front line aren't moving anything.

Trudy Kinsella
""")

C("en", "SI", "", "", "Ravi Chandran <ravi.chandran@chandran.example>", "Login alerts", """
Hi, I've had four "new sign-in from Romania" emails for my hobby shop account in the last hour. I'm in Leeds. Haven't travelled. Not sure if anything was bought. Can you lock the account?
""")

C("en", "DL", "", "", "Fiona Blackwood <fiona.b@blackwood.example>", "Lesson notes wiped", """
All my students' practice notes and repertoire lists in the teacher area are gone. Three years of notes. The student names are still there, everything else is blank.
""")

C("en", "DL OU TI", "", "", "Marcus Greene <marcus.greene@greenehostels.example>", "PMS outage + missing reservations", """
Hi,

Your hostel management system was down from roughly 22:00 last night until 06:30 this morning (couldn't reach the site at all, any device). Now it's back but every reservation made between 18:00 and 22:00 yesterday has disappeared - 23 bookings, several of them arriving today. We have the guests' confirmation emails, but not the bookings.

Please restore them urgently.

Marcus Greene
Greene Hostels, Harbourside
""")

C("en", "SD MR", "", "", "Elaine Podesta <epodesta@podesta.example>", "Absolutely appalling", """
I have never been spoken to like that by anyone in a shop. Your girl at the pawn counter rolled her eyes and told me to "take it or leave it" on my mother's brooch. Appalling. I want the owner or whoever is in charge to call me, today.

Elaine Podesta
555-0133
""")

C("en", "SD", "", "", "Oliver Quint <oliver.quint@quint.example>", "sick of it", """
WHY IS THE PARK OFFICE NEVER OPEN WHEN IT SAYS IT IS. I AM SICK TO THE BACK TEETH OF DRIVING OVER FOR NOTHING.
""")

C("en", "BP RC SD", "", "", "Janet Horsley <janet.horsley@horsley.example>", "For the fifth time: where is my machine", """
Dear Sir,

This is my fifth email regarding my Pfaff sewing machine, repair ticket 1187. In August I was promised it would be ready in two weeks. On 5 September I was promised it by the 15th. On the 20th I was promised "Monday". I have received nothing but excuses.

I am beyond angry. This is a disgraceful way to run a business.

Janet Horsley
""")

C("en", "LT RG", "", "", "Leopold Fairchild <leo.fairchild@fairchild.example>", "Unfair park rules", """
To the park management,

The new rule forbidding residents from selling their homes in place unless the buyer is "approved by the park" without any criteria is, as far as I can tell, illegal in this state. I have asked the state attorney general's office to review it and my lawyer is preparing a formal objection on behalf of the residents' association.

Leopold Fairchild
Lot 3
""")

C("en", "SD CT", "", "non-native English", "Dragan Ilić <dragan.ilic@ilicmail.example>", "very bad service from hostel", """
Hello. I am staying 5 nights in your hostel in Kings Cross and I am very angry, this is the worst hostel of my life. Shower is cold since 3 days, nobody repair. The reception say "not my problem". I go to other hostel tomorrow and want the money back for the nights I not stay.
Dragan
""")

C("en", "TI", "", "typos, mobile", "Becca Lyle <beccalyle@phonemail.example>", "qr code", """
hii the qr code on my balloon ticket wont scan at the meadow, the guy says its 'invalid' but i paid?? sent from phone sry for typos
""")

C("en", "EC", "", "", "Warren Tate <warren.tate@tatemail.example>", "Fwd: Letter to your CEO", """
For your info, below is what I sent to Mr. Castellano this morning. I expect him to read it.

---------- Forwarded message ---------
From: Warren Tate <warren.tate@tatemail.example>
Date: Mon, 10 Mar 2025 at 08:12
Subject: Complaint about the handling of my pawn loan
To: d.castellano@goldenpawn.example

Dear Mr. Castellano,
I am writing to you as CEO because your store staff have mishandled the renewal of my loan...
""")

C("en", "SI TI", "", "mailing system exposes other customers data -> also technical_issue", "Chloe Abara <chloe.abara@abara.example>", "Your emails contain other people's info", """
Your "your laundry is ready" email today had a list of about 40 other customers' names, phone numbers and order numbers pasted in the bottom. Someone's mailing system has gone very wrong. Just thought you'd want to know before others notice.
""")

C("en", "FR", "", "", "Dev Anand <dev.anand@anandfamily.example>", "Wishlist for the planetarium site", """
It'd be great if the show calendar let you filter by age. With a 4 year old I just want the short shows without the scary black-hole stuff.
""")

C("en", "HV LT", "", "contract 22,000 USD unresolved, lawyer", "Mercedes Villanueva <mvillanueva@sunsetgroves.example>", "Community clubhouse renovation - contract MH-7733", """
Dear Mr. Bolton,

As you know, Sunset Groves residents' association paid a $22,000 deposit under contract MH-7733 for the clubhouse renovation that was due to start in May. No work has begun and your office no longer answers our letters.

Our counsel has been instructed to recover the deposit if the work does not begin, or the money is not returned, by 31 October.

Mercedes Villanueva
Treasurer, Sunset Groves Residents' Association
""")

C("en", "TI", "", "", "Wes Hardiman <wes.hardiman@hardiman.example>", "Label printer integration", """
Your courier booking page generates the shipping label PDF with the barcode cut off at the right edge. Our warehouse scanners can't read it, so riders have to type the job number in. Happened on all labels this week.
""")

C("en", "MT", "", "", "Abigail Hurst <abigail.hurst@hurst.example>", "we'll see what the local news think", """
The ice rink has had broken heating in the viewing gallery for a month and parents are sitting in coats watching toddlers' lessons. I've emailed Channel 7's consumer segment. They seemed very interested.
""")

C("en", "DH", "", "", "Maya Goldstein <maya.goldstein@goldstein.example>", "Remark by instructor", """
Hi,

My son (16) was at the Pine Lake youth camp last week. One of the counsellors repeatedly made jokes about his kippah in front of the group and called him "the rabbi" all week. He didn't want to go back on the last day.

I'd like to know what you're going to do.

Maya Goldstein
""")

C("en", "CT", "", "polite but announces leaving", "Hugh Pendleton <hpendleton@pendleton.example>", "Our account", """
Dear Sir or Madam,

Thank you for eight good years. Sadly the courier service since the changeover in June has not been what it was - three lost envelopes this quarter alone. We have decided not to renew in January and have already signed with another firm.

With kind regards,
Hugh Pendleton
""")

C("en", "RG", "", "", "Nadia Farouk <nfarouk@farouk.example>", "Price on shelf vs till", """
Your store had paint for the model trains marked $4.99 on the shelf, charged $7.49 at the till, and refused to honour the shelf price. I've sent the photos to the county consumer protection office.
""")

C("en", "MR", "", "", "Gwendolyn Pryce <gwen.pryce@pryce.example>", "Camp registration", """
Is there a supervisor I could speak to? The young man on the phone told me my son's place was "probably fine" four times and couldn't answer anything else.
""")

C("en", "CC", "", "", "Reggie Holm <reggie.holm@holm.example>", "head office number", """
What's the phone number for your corporate office? Not the shop please.
""")

C("en", "EC MR", "", "asks for CEO directly", "Claudia Brenner <claudia.brenner@brenner.example>", "Please forward to your CEO", """
I would like to speak with your CEO or any senior director about how my complaint has been handled, please pass this on and have someone call me.

Claudia Brenner
""")

C("en", "LT", "", "", "Sean McBride <sean.mcbride@mcbride.example>", "Balloon landing damage", """
Your balloon landed on my greenhouse on Saturday and crushed half of it. Your crew left without leaving a name. I've photographed everything and I'm taking legal steps to recover the cost. Send me your insurer details.
""")


# =================================================================== ENGLISH, hard negatives

C("en", "", "job_title", "", "Pamela Royce <pamela.royce@hillcrest-school.example>", "Group visit - office manager", """
Hello,

I'm the office manager at Hillcrest Primary and I'm organising our Year 4 visit to the planetarium on 12 March. Could you send me the group booking form and tell me whether you have a packed-lunch area?

Thanks,
Pamela Royce
Office Manager
""")

C("en", "", "quoted_threat", "old threat only in the quoted reply", "Dale Hutchins <dale.h@pawnmail.example>", "Re: my ring", """
Got the ring back today, thanks for sorting it out so fast. All good now.

On Tue, 4 Mar 2025 at 09:12, Dale Hutchins <dale.h@pawnmail.example> wrote:
> you sold my grandmothers ring 9 days before the loan was due. my attorney
> has a copy of the ticket and says youll be hearing from her office this week
""")

C("en", "", "disclaimer", "legal disclaimer in signature only", "Thomas Aldridge <t.aldridge@aldridge-partners.example>", "Piano tuning next Tuesday", """
Hi,

Could your tuner come on Tuesday afternoon instead of the morning? Any time after 2 pm works.

Best regards,
Thomas Aldridge

--
Aldridge & Partners LLP
This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Any unauthorised use may be unlawful and may result in legal action.
""")

C("en", "", "negation", "", "Barbara Nunn <barbara.nunn@nunn.example>", "About the late delivery", """
Hi, the rider was an hour late yesterday but honestly no harm done, I'm not cancelling or anything, just wanted to mention it in case there's a pattern. Thanks!
""")

C("en", "", "policy_question", "", "Victor Lane <victor.lane@lane.example>", "refund policy", """
What's your refund policy if the balloon flight is cancelled because of weather? Do I get money back or a voucher?
""")

C("en", "", "hypothetical", "", "Olga Pavlenko <olga.pavlenko@pavlenko.example>", "Season pass question", """
Hello, if I buy the season ski pass now and then break my leg in January (touch wood!), would I be able to cancel and get part of it back? Just want to know before I buy.
""")

C("en", "", "feature_exists_question", "", "Ahmed Karimi <ahmed.karimi@karimi.example>", "CSV export?", """
Hi, can I export my hive inspection records to CSV from the app? I couldn't find the option.
""")

C("en", "", "mild_disappointment", "", "Lucy Tennant <lucy.tennant@tennant.example>", "Pottery class", """
The wheel class on Saturday was fun, though I was a little disappointed we didn't get to glaze. Will that be in next week's session?
""")

C("en", "", "reported_speech", "colleague's joke, not adopted", "Kevin Mortimer <kevin.mortimer@mortimer.example>", "dress pickup", """
Hi, my sister joked that we should sue you because the dress fitted so perfectly she can't eat anything at the reception :) Anyway, can I pick it up Thursday at 5?
""")

C("en", "", "own_ceo", "customer's own CEO", "Natalie Greer <natalie.greer@greer-consult.example>", "Courier for board papers", """
Hi, our CEO needs the board papers delivered to the Riverside office by 10 am tomorrow. Can you book a rider for 8:30 pickup from our front desk?

Natalie Greer
Executive Assistant
""")

C("en", "", "large_amount_no_problem", "", "Ingrid Holloway <ingrid.holloway@holloway-events.example>", "Invoice for the rink buyout", """
Hello, could you send the final invoice for the December rink buyout ($14,200) to accounts@holloway-events.example? Everything was perfect, our staff loved it.
""")

C("en", "", "second_email", "only second contact", "Bill Carver <bill.carver@carver.example>", "Re: opening hours", """
This is my second email about this - are you open on bank holiday Monday?
""")

C("en", "", "praise", "", "Rosa Delgado <rosa.delgado@delgado.example>", "Thank you!", """
Just wanted to say the wedding dress alterations were perfect. Seriously the best service I've had anywhere. Thank you to Marta!
""")

C("en", "", "howto", "", "Peter Yeung <peter.yeung@yeung.example>", "How do I add a second child", """
How do I add my second kid to the camp account? The form only shows one.
""")

C("en", "", "outlook_quote", "threat and anger only in the Outlook block", "Celeste Armitage <c.armitage@armitagelaw.example>", "RE: Invoice 2291 - disputed", """
Thank you, the corrected invoice for £340 has been received and paid today.

Celeste Armitage

________________________________
From: Celeste Armitage <c.armitage@armitagelaw.example>
Sent: 12 May 2025 09:41
To: support@example.test
Subject: Invoice 2291 - disputed

If the balance of £275 is not withdrawn within 14 days I shall issue a claim in the small claims court. Frankly your billing is a disgrace.
""")

C("en", "", "forwarded", "forwarded complaint from someone else, customer only asks a question", "Ollie Baxter <ollie.baxter@baxter.example>", "Fwd: Your ice rink", """
Hi, my neighbour sent me this below - is the rink actually closed next week? I've got a birthday party booked.

---------- Forwarded message ---------
From: Jen <jen@neighbours.example>
Subject: Your ice rink
This place is a joke, I'm calling the council and cancelling our membership. Heard it's shut all next week.
""")

C("en", "", "job_title", "", "Desmond Ortiz <d.ortiz@ortiz-builders.example>", "Courier account set-up", """
Hi, I'm the operations manager at Ortiz Builders. We'd like to open a business courier account. Our account manager at the bank suggested you. What do you need from us?

Desmond Ortiz
Operations Manager
""")

C("en", "", "negation", "", "Joanna Pike <joanna.pike@pikehome.example>", "app update question", """
The app update went fine, no data lost, all my pattern bookings are still there. Just wondering where the new "favourites" button went?
""")

C("en", "", "hypothetical", "", "Ernest Cole <ernest.cole@colehome.example>", "before I upgrade", """
Hi, if I upgrade the hive-log app to the pro plan, how do I make sure I don't lose my existing inspection data?
""")

C("en", "", "policy_question", "", "Priscilla Wong <priscilla.wong@wongfam.example>", "cancellation", """
How do I cancel the toddler rental for July? We're moving the holiday to August, nothing wrong with the service. Booking TR-90112.
""")

C("en", "", "quoted_threat", "HTML reply quotes earlier complaint", "Rhiannon Ellis <rhi.ellis@tinyfolk.example>", "Re: Moldy play mat in rental bundle", """
Thanks for collecting the mat so quickly and for the replacement. All fine now, really appreciate it.

On Thu, 6 Feb 2025, Rhiannon Ellis wrote:
> I run a parenting account with about 38k followers and I'll be posting a
> review with photos. I'm not renting from you again.
""", pack="alt")

C("en", "", "security_question", "asks how to enable 2FA", "Hassan Bakr <hassan.bakr@bakr.example>", "2-step verification", """
Does the pawn shop online account support two-factor login? How do I turn it on?
""")

C("en", "", "maintenance_question", "planned maintenance question", "Greta Voss <greta.voss@voss.example>", "maintenance window", """
Will the booking system be down during the maintenance on Sunday night? I need to book a rink slot for Monday.
""")

C("en", "", "mild_disappointment", "", "Malcolm Reid <malcolm.reid@reid.example>", "Tuner visit", """
Tuner was lovely, piano sounds great. Slightly disappointed he arrived 20 minutes late but these things happen.
""")

C("en", "", "amount_at_threshold", "exactly 5,000 is not high_value; no problem anyway", "Penelope Shaw <penelope.shaw@shaw.example>", "Deposit for the camp buyout", """
Hello, we'd like to confirm the summer camp block booking. The deposit of exactly $5,000 was sent this morning by wire. Please let me know when it lands.
""")

C("en", "", "second_email", "", "Tariq Aziz <tariq.aziz@aziz.example>", "second try", """
Sending this again as I didn't hear back last week - do you do repairs on vintage Necchi machines?
""")

C("en", "", "safety_word", "data safety question, not danger", "Helen Ashby <helen.ashby@ashby.example>", "is my card info safe", """
Quick question - when I save my card in the ski pass app, is it stored safely? Who can see it?
""")

C("en", "", "dpa_request", "asks for DPA / GDPR compliance info", "Lars Eriksen <lars.eriksen@eriksen-school.example>", "GDPR documentation for school trips", """
Hello, our school needs to confirm you are GDPR compliant before we book the hostel for our trip. Could you send your data processing agreement?
Lars Eriksen
""")

C("en", "", "praise", "irony cues absent", "Gemma Stott <gemma.stott@stott.example>", "balloon ride!!", """
Best morning ever!!! The pilot was hilarious and the champagne landing was perfect. We'll be back next summer.
""")

C("en", "", "howto", "", "Raymond Fisk <raymond.fisk@fisk.example>", "wiring", """
How do I wire the point motors on the new baseboard kit? The leaflet only shows the track.
""")

C("en", "", "social_media_mention", "saw ad on social media", "Kayla Moss <kayla.moss@moss.example>", "Saw your ad on Instagram", """
Hi! I saw your ad on Instagram for the family pottery day. Are there still spaces on the 15th for two adults and one 7-year-old?
""")

C("en", "", "linkedin_mention", "mentions messaging someone on LinkedIn in friendly way", "Ned Thorne <ned.thorne@thorne.example>", "partnership", """
Hi, I connected with your marketing lead on LinkedIn last week, she suggested I email here. We run a bike-shop chain and wonder if you'd do courier runs for our repairs. Who should I talk to?
""")

C("en", "", "negation", "no need to escalate", "Fiona Galt <fiona.galt@galt.example>", "Wrong colour thread", """
Hi, the thread you sent is navy instead of black. No need to escalate anything, could you just send the black one when you get a chance?
""")

C("en", "", "quoted_threat", "Outlook block with threats, new text is thanks", "Owen Pritchard <owen.p@pritchardlogistics.example>", "RE: Courier contract - missed pickups", """
Thanks Priya, the new pickup schedule looks good. Let's see how October goes.

Owen

-----Original Message-----
From: Owen Pritchard
Sent: Monday, September 8, 2025 4:02 PM
To: Support
Subject: Courier contract - missed pickups

We pay £6,200 a year and your riders missed 11 pickups. If the service doesn't improve we'll go with another provider.
""")

C("en", "", "hypothetical", "", "Beth Moreno <beth.moreno@moreno.example>", "question about lessons", """
Would I be able to switch to another teacher later if the lessons didn't work out for my son? Just asking before we sign up.
""")

C("en", "", "job_title", "signature with Head of Legal, ordinary request", "Miriam Feld <miriam.feld@feld-law.example>", "Bridesmaid dresses", """
Hello,

Could I book a fitting for four bridesmaids on 2 August, late morning?

Kind regards,
Miriam Feld
Head of Legal, Feld & Strauss
""")

C("en", "", "policy_question", "", "Samir Haddad <samir.haddad@haddad-mail.example>", "If the dry cleaning goes wrong", """
Hi, before I bring in a vintage suede jacket: what happens if it gets damaged? Do you offer compensation? Just want to understand your terms.
""")

C("en", "", "praise", "", "Eleanor Voight <eleanor.voight@voight.example>", "Mr Fenwick", """
Our daughter's piano teacher Mr Fenwick has been an absolute star this year. She passed grade 3 with merit! Please pass on our thanks.
""")

C("en", "", "howto", "mobile typed", "Jordy Quinn <jordyq@phonemail.example>", "hostel", """
hey is there lockers at the hostel or do i bring a padlock. also late checkin after 11pm ok?
""")

C("en", "", "reported_speech", "other guest's complaint reported, customer does not adopt", "Lena Brooks <lena.brooks@brooks.example>", "Feedback from our group", """
Hi, we stayed with a school group last week. One of the other teachers said she'd complain to the council about the noise from the bar, but honestly the rest of us thought it was fine. Could you send the invoice to the school office?
""")

C("en", "", "large_amount_no_problem", "", "Paolo Ricci <paolo.ricci@ricci-music.example>", "Quote for grand piano restoration", """
Thank you for the quote of €8,400 for restoring our Blüthner. We accept. When can you collect it?
""")

C("en", "", "feature_exists_question", "", "Megan Pryor <megan.pryor@pryor.example>", "recurring bookings?", """
Is there a way to book the same ice time every Wednesday for the whole term, or do I have to do it week by week?
""")

C("en", "", "negation", "not going to sue / not complaining", "Gus Albrecht <gus.albrecht@albrecht.example>", "honey extractor", """
The extractor arrived with a dented lid. Not a big deal and I'm certainly not going to make a fuss or ask for a refund, just letting you know your packaging could use more padding.
""")

C("en", "", "forwarded", "forwarded press article; customer asks a question", "Carla Nunez <carla.nunez@nunez.example>", "Fwd: article about balloon companies", """
Saw this in the paper, just curious if your company is one of the ones they mean? We're booked with you in June.

-------- Forwarded Message --------
Subject: Regional balloon operators under scrutiny
Several balloon operators are facing lawsuits after a series of hard landings, and regulators are investigating.
""")

C("en", "", "mild_disappointment", "", "Jasper Lowe <jasper.lowe@lowe.example>", "Model kit", """
Kit arrived fine, shame the decals were a bit smudged. Not the end of the world. Do you sell spare decal sheets?
""")

C("en", "", "howto", "", "Ada Nwosu <ada.nwosu@nwosu.example>", "gift voucher", """
How do I redeem a planetarium gift voucher online? I've got the code but don't see where to put it.
""")

C("en", "", "promise_by_customer", "customer promises to pay; future tense", "Ricky Lam <ricky.lam@lamhome.example>", "lot rent", """
Hi, sorry, lot rent will be a few days late this month, I promise to pay by the 8th. Thanks for understanding.
Ricky, lot 22
""")

C("en", "", "praise", "", "Yolanda Price <yolanda.price@price.example>", "Sewing machine back", """
Got my Janome back and it purrs like new. Thank you, honestly the best repair shop in the county.
""")


# =================================================================== ENGLISH, automated

A("auto_reply", "en", "-", "RFC 3834 vacation", "Marjorie Pettibone <mpettibone@mailbox.example>", "Auto: Charged TWICE for one wedding dress clean??", """
I'm away visiting family until 21 April with limited access to email. I'll reply when I'm back.

Marjorie
""", extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "In-Reply-To: <desk.1001@escalated.example.test>"])

A("auto_reply", "en", "no_rfc3834", "out-of-office without Auto-Submitted", "Harriet Cole <harriet.cole@colebridal.example>", "Out of Office: Wholesale invoice WB-7781", """
Thank you for your email. I am out of the office at the London bridal fair until Monday 17th. For urgent matters please contact the shop on 555-0119.

Harriet Cole
""", extra=["X-MS-Exchange-Inbox-Rules-Loop: harriet.cole@colebridal.example", "Thread-Topic: Wholesale invoice WB-7781"])

A("auto_reply", "en", "ticket_ack_other_org", "another organisation's helpdesk acknowledgement", "Riverside School IT Helpdesk <helpdesk@riverschool.example>", "[Ticket #RS-40213] Received: Re: Group booking", """
Thank you for contacting Riverside School IT Services.

Your request has been logged as ticket RS-40213 and a member of our team will respond within 2 working days. Please do not reply to this message; replies are not monitored.

Riverside School IT Services
""", extra=["Auto-Submitted: auto-generated", "Precedence: bulk"])

A("auto_reply", "en", "unmonitored_mailbox", "no RFC 3834 headers", "Glacier Point Accounts <noreply@glacierpoint.example>", "This mailbox is not monitored", """
This mailbox is not monitored. Your message has not been read.

For invoices please use the accounts portal. For anything else, call 555-0177 between 9 am and 5 pm.
""")

A("auto_reply", "en", "left_organisation", "left the company notice", "Graham Wu <graham.wu@oldemployer.example>", "Graham Wu no longer works at Oldfield Supplies", """
Graham Wu has left Oldfield Supplies and this mailbox is no longer monitored. Please direct enquiries to orders@oldemployer.example.
""", extra=["Auto-Submitted: auto-replied"])

A("auto_reply", "en", "quoted_trigger", "vacation reply quoting a customer's threat", "Victor Hammond <victor.hammond@hammondco.example>", "Automatic reply: Injury at the ice rink", """
I'm travelling with limited email until 3 November. My assistant Claire can be reached on 555-0102.

> I have instructed a personal injury solicitor, who will write to you
> separately. Please preserve any CCTV from Sunday 2-4 pm.
""", extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])

A("auto_reply", "en", "no_rfc3834", "plain vacation without headers", "Sophie Lam <sophie.lam@lammail.example>", "Away", """
Hi! I'm on holiday till the 2nd, no laptop. Back soon. Sophie
""")

A("bounce", "en", "-", "Postfix DSN", "Mail Delivery System <MAILER-DAEMON@mx.lammail.example>", "Undelivered Mail Returned to Sender", """
This is the mail system at host mx.lammail.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<s.lam@lammail.example>: host mx2.lammail.example[192.0.2.25] said: 550 5.1.1
    <s.lam@lammail.example>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
""", report="delivery-status", status="""
Reporting-MTA: dns; mx.lammail.example
X-Postfix-Queue-ID: 4QmX2p1Zk9z9v
Arrival-Date: Tue, 14 Oct 2025 10:02:11 +0000 (UTC)

Final-Recipient: rfc822; s.lam@lammail.example
Original-Recipient: rfc822;s.lam@lammail.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx2.lammail.example
Diagnostic-Code: smtp; 550 5.1.1 <s.lam@lammail.example>: Recipient address
    rejected: User unknown in virtual mailbox table
""", orig_type="text/rfc822-headers", orig="""
From: Support <support@example.test>
To: s.lam@lammail.example
Subject: Re: wrong amount on my tuning invoice
Date: Tue, 14 Oct 2025 10:02:09 +0000
Message-ID: <r-2291.8812@escalated.example.test>
""", extra=["Auto-Submitted: auto-replied"])

A("bounce", "en", "quoted_trigger", "Exim plain-text bounce with the returned reply quoting a legal threat", "Mail Delivery System <Mailer-Daemon@mail.reyes.example>", "Mail delivery failed: returning message to sender", """
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  donald.reyes@reyes.example
    SMTP error from remote mail server after RCPT TO:<donald.reyes@reyes.example>:
    host mx.reyes.example [198.51.100.14]: 550 5.2.1 Mailbox disabled

------ This is a copy of the message, including all the headers. ------

From: support@example.test
To: donald.reyes@reyes.example
Subject: Re: deposit for the lot
Message-ID: <r-0931.1177@escalated.example.test>

Dear Mr Reyes, the refund has been approved.

> If it's not in my account by the 30th, I'm filing in small claims
> court and I'll be asking for the penalty too.
""", extra=["X-Failed-Recipients: donald.reyes@reyes.example", "Auto-Submitted: auto-replied"])

A("bounce", "en", "-", "Exchange NDR style DSN", "Microsoft Outlook <postmaster@colebridal.example>", "Undeliverable: Re: Wholesale invoice WB-7781", """
Delivery has failed to these recipients or groups:

accounts@colebridal.example
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: EX01.colebridal.example

accounts@colebridal.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", report="delivery-status", status="""
Reporting-MTA: dns;EX01.colebridal.example
Received-From-MTA: dns;mail.example.test
Arrival-Date: Wed, 21 May 2025 14:12:09 +0000

Final-Recipient: rfc822;accounts@colebridal.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""", orig="""
From: Support <support@example.test>
To: accounts@colebridal.example
Subject: Re: Wholesale invoice WB-7781
Date: Wed, 21 May 2025 14:12:05 +0000
Message-ID: <r-7781.2201@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Dear Ms Cole, the corrected invoice is attached.
""")

A("bounce", "en", "-", "delayed DSN (warning), sendmail style", "Mail Delivery Subsystem <MAILER-DAEMON@relay.homefront.example>", "Warning: could not send message for past 4 hours", """
    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Mon, 3 Mar 2025 08:10:44 GMT
from mail.example.test [203.0.113.9]

----- Transcript of session follows -----
<priya.l@homefront.example>... Deferred: Connection timed out with mx.homefront.example.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
""", report="delivery-status", status="""
Reporting-MTA: dns; relay.homefront.example
Arrival-Date: Mon, 3 Mar 2025 08:10:44 GMT

Final-Recipient: RFC822; priya.l@homefront.example
Action: delayed
Status: 4.4.1
Remote-MTA: DNS; mx.homefront.example
Last-Attempt-Date: Mon, 3 Mar 2025 12:14:02 GMT
Will-Retry-Until: Sat, 8 Mar 2025 08:10:44 GMT
""", orig_type="text/rfc822-headers", orig="""
From: support@example.test
To: priya.l@homefront.example
Subject: Re: Rented bouncer - buckle snapped
Message-ID: <r-88213.31@escalated.example.test>
""")

A("bounce", "en", "-", "mailbox full, qmail style plain text", "MAILER-DAEMON@mx.spokes.example", "failure notice", """
Hi. This is the qmail-send program at mx.spokes.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<dkaye@spokes.example>:
Mailbox quota exceeded - recipient's mailbox is full

--- Below this line is a copy of the message.

From: support@example.test
Subject: Re: dispatch app dead
""")

A("bounce", "en", "-", "ARF abuse feedback report", "Feedback Loop <fbl@mailprovider.example>", "Abuse report for a message from example.test", """
This is an email abuse report for an email message received from IP 203.0.113.9 on Thu, 10 Apr 2025 11:02:31 +0000.
""", report="feedback-report", status="""
Feedback-Type: abuse
User-Agent: ExampleFBL/1.0
Version: 1
Original-Mail-From: <support@example.test>
Arrival-Date: Thu, 10 Apr 2025 11:02:31 +0000
Source-IP: 203.0.113.9
Reported-Domain: example.test
""", orig_type="text/rfc822-headers", orig="""
From: support@example.test
To: someone@mailprovider.example
Subject: Your planetarium booking
Message-ID: <n-5512.90@escalated.example.test>
""")

A("list", "en", "-", "hobby newsletter", "Tri-County Model Railway Club <news@tcmrc.example>", "November meeting: DCC sound workshop & swap meet", """
Hello members,

Our November meeting is on the 14th at the Grange Hall. Harold will run a workshop on DCC sound decoders, followed by the swap meet. Tables are free for members.

Reminder: subs for 2026 are due in January.

To unsubscribe from this list, visit the link in the footer.
""", extra=["List-Id: TCMRC members <members.tcmrc.example>", "List-Unsubscribe: <mailto:members-leave@tcmrc.example>", "Precedence: list"], to="members@tcmrc.example")

A("list", "en", "quoted_trigger", "mailing-list digest containing an angry post", "beekeepers-l <beekeepers-l@lists.apiary.example>", "beekeepers-l Digest, Vol 88, Issue 4", """
Send beekeepers-l mailing list submissions to beekeepers-l@lists.apiary.example

Today's Topics:
   1. Re: Varroa treatment timing (Ann)
   2. Supplier complaint (Rob)

----------------------------------------------------------------------
Message: 2
From: Rob
Subject: Supplier complaint

Worst supplier ever, I've told my lawyer and I'm cancelling every order.
----------------------------------------------------------------------

End of beekeepers-l Digest, Vol 88, Issue 4
""", extra=["List-Id: <beekeepers-l.lists.apiary.example>", "List-Unsubscribe: <https://lists.apiary.example/unsub>", "Precedence: list"], to="beekeepers-l@lists.apiary.example")

A("list", "en", "-", "bulk marketing mail", "SnowPeak Offers <offers@snowpeak-mail.example>", "Last chance: 30% off season passes!", """
Season passes are 30% off until Sunday midnight. Lock in your price now and ski all winter.

You are receiving this because you subscribed at snowpeak.example. Unsubscribe any time.
""", extra=["List-Unsubscribe: <https://snowpeak-mail.example/u/7731>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"])

A("list", "en", "-", "vendor service status newsletter", "Status Digest <status@cloudhost.example>", "Weekly status digest", """
All systems operational this week. Scheduled maintenance: Sunday 02:00-03:00 UTC, database cluster eu-2.
""", extra=["Precedence: bulk", "List-Id: status-digest.cloudhost.example"])

A("receipt", "en", "-", "MDN displayed", "Martin Pike <mpike@pikefamily.example>", "Read: Re: Cancelled in August, charged in September and October", """
Your message

  To: Martin Pike
  Subject: Re: Cancelled in August, charged in September and October
  Sent: Thu, 9 Oct 2025 10:20:11 +0000

was read on Thu, 9 Oct 2025 11:02:45 +0000.
""", report="disposition-notification", status="""
Reporting-UA: pikefamily.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;mpike@pikefamily.example
Original-Message-ID: <r-553120.11@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
""")

A("receipt", "en", "-", "Thunderbird read receipt", "Sebastian Grieve <sgrieve@grieve.example>", "Return Receipt (displayed) - Re: layout files gone", """
This is a Return Receipt for the mail that you sent to sgrieve@grieve.example.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""", report="disposition-notification", status="""
Reporting-UA: grieve.example; Thunderbird 115.12.0
Final-Recipient: rfc822;sgrieve@grieve.example
Original-Message-ID: <r-track.4410@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
""")

A("receipt", "en", "-", "deleted-without-reading MDN", "Lou Brannigan <lou.b@netlane.example>", "Not read: Re: Fwd: done", """
Your message to lou.b@netlane.example was deleted without being read.
""", report="disposition-notification", status="""
Reporting-UA: netlane.example; Outlook
Final-Recipient: rfc822;lou.b@netlane.example
Original-Message-ID: <r-rink.771@escalated.example.test>
Disposition: manual-action/MDN-sent-automatically; deleted
""")

A("self", "en", "-", "desk's own reply looping back", "Customer Support <support@example.test>", "Re: Charged TWICE for one wedding dress clean??", """
Dear Ms Pettibone,

Thank you for your message. We're sorry you were charged twice; the duplicate $189.00 has been refunded today and should appear in 3-5 working days.

> Take the second $189 off my card please.

Kind regards,
Customer Support
""", msgid_domain="escalated.example.test")

A("self", "en", "-", "escalation notification from the desk system", "Escalated <escalated@example.test>", "[Escalated] Ticket 44721 needs review: legal threat, manager request", """
Ticket 44721 has been flagged for escalation.

Triggers: legal_threat, manager_request
Customer: Trudy Kinsella
Assigned to: Team Lead, Bridal

This is an automated notification.
""", msgid_domain="escalated.example.test", to="teamleads@example.test")

A("self", "en", "-", "foreign From but the desk's Message-ID domain", "Support Team <helpdesk@partner.example>", "Your ticket has been updated", """
Your ticket #55021 has been updated. Reply above this line to add a comment.
""", msgid_domain="escalated.example.test")

A("self", "en", "quoted_trigger", "desk reply quoting the customer's angry words", "Support <support@example.test>", "Re: sick of it", """
Hello Oliver,

Thank you for writing. The park office hours were changed in September; new hours are Monday-Friday 9-4.

> WHY IS THE PARK OFFICE NEVER OPEN WHEN IT SAYS IT IS. I AM SICK TO
> THE BACK TEETH OF DRIVING OVER FOR NOTHING.

Best regards,
Pine Hollow Park Office
""", to="oliver.quint@quint.example")


# =================================================================== GERMAN

C("de", "LT BD", "", "", "Jürgen Habermann <j.habermann@habermann.example>", "Rechnung Nr. 4471 – Klavierstimmung", """
Sehr geehrte Damen und Herren,

für die Stimmung meines Flügels am 12.03. wurden mir 390 € berechnet, vereinbart waren 220 €. Die Differenz von 170 € erkenne ich nicht an.

Sollte bis zum 31.03. keine korrigierte Rechnung vorliegen, übergebe ich die Angelegenheit meinem Anwalt.

Mit freundlichen Grüßen
Jürgen Habermann
""")

C("de", "SD", "", "", "Sabine Krüger <sabine.krueger@kruegerpost.example>", "Unverschämtheit", """
Das ist eine absolute Frechheit. Mein Wollmantel kommt mit Brandflecken aus der Reinigung zurück und an der Theke zuckt man nur mit den Schultern. So etwas habe ich noch nie erlebt!!
""")

C("de", "CT", "", "", "Thomas Wendler <t.wendler@wendler-mail.example>", "Saisonkarte Eishalle", """
Hallo,

nachdem die Eishalle jetzt zum dritten Wochenende in Folge wegen "technischer Probleme" geschlossen war, reicht es uns. Die Familienkarte verlängern wir nicht mehr, wir fahren ab sofort nach Füssen.

Gruß
Thomas Wendler
""")

C("de", "RC BP", "", "", "Monika Eberhardt <monika.eberhardt@eberhardt.example>", "Nähmaschine – zum vierten Mal", """
Guten Tag,

ich schreibe Ihnen jetzt zum vierten Mal wegen meiner Pfaff (Auftrag 2291). Am Telefon hieß es zweimal, die Maschine sei "nächste Woche fertig" und man rufe mich an. Es hat sich niemand gemeldet.

M. Eberhardt
""")

C("de", "SA", "", "", "Kai Lorenz <kai.lorenz@lorenzfamilie.example>", "Kinderwagen – Bremse defekt", """
Hallo, der gemietete Kinderwagen (Miete 3381) rollt trotz angezogener Bremse einfach los. Heute ist er mit unserem Sohn drin an der Bushaltestelle Richtung Straße gerollt, ich konnte ihn gerade noch packen. Bitte sofort abholen, das ist lebensgefährlich.
""")

C("de", "TI", "", "", "Petra Sommer <petra.sommer@sommerpost.example>", "Buchung Töpferkurs geht nicht", """
Hallo zusammen, beim Buchen des Drehscheibenkurses kommt nach dem Klick auf "Jetzt zahlen" immer "Fehler 500 – interner Serverfehler". Die anderen Kurse kann ich aber ansehen. Können Sie mich manuell für den 8.11. eintragen?
Liebe Grüße, Petra
""")

C("de", "OU TI", "", "", "Henrik Vogt <h.vogt@kurierdienst-vogt.example>", "Fahrer-App komplett down", """
Seit 6 Uhr kommt keiner unserer Fahrer mehr in die Kurier-App, weder per Handy noch am Rechner – nur "Dienst nicht erreichbar". Wir haben 40 offene Aufträge. Wann geht das wieder?
""")

C("de", "DL TI", "", "", "Ulrike Brand <ulrike.brand@brandimkerei.example>", "Stockkarten weg", """
Hallo,

nach dem Update der Imker-App sind alle meine Stockkarten der letzten zwei Jahre verschwunden. 14 Völker, sämtliche Durchsichten, Behandlungen, Honigernten – alles leer. Gibt es eine Sicherung?

Ulrike Brand
""")

C("de", "SI", "", "", "Frank Meißner <frank.meissner@meissner.example>", "Fremde Bestellung in meinem Konto", """
In meinem Kundenkonto im Modellbahnshop taucht eine Bestellung über zwei Märklin-Loks auf, Lieferadresse in Polen. Die habe ich nicht bestellt, mein Passwort wurde offenbar geändert. Bitte Konto sperren und Bestellung stoppen!
""")

C("de", "MR SD", "", "", "Gisela Hartmann <gisela.hartmann@hartmann-post.example>", "Beschwerde Brautmodengeschäft", """
Sehr geehrte Damen und Herren,

das Kleid wurde zwei Wochen vor der Hochzeit mit falscher Länge geliefert, und die Verkäuferin meinte nur, das sei "Geschmackssache". Ich bin fassungslos über so viel Unverschämtheit. Ich möchte umgehend mit der Geschäftsleitung sprechen, nicht mit dem Verkaufspersonal.

Gisela Hartmann
""")

C("de", "RG", "", "", "Dieter Ostrowski <dieter.ostrowski@ostrowski.example>", "Werbe-SMS trotz Widerspruch", """
Ich habe der Nutzung meiner Daten für Werbung im Juni schriftlich widersprochen. Trotzdem bekomme ich wöchentlich SMS von Ihrem Pfandhaus. Ich habe heute Beschwerde beim Landesbeauftragten für Datenschutz eingereicht.
""")

C("de", "RG", "", "", "Claudia Reinholz <claudia.reinholz@reinholz.example>", "Vertragsbedingungen Stellplatz", """
Guten Tag,

die neue Nebenkostenpauschale für den Stellplatz im Mobilheimpark wurde ohne jede Abrechnung eingeführt. Ich habe die Unterlagen an die Verbraucherzentrale weitergegeben und lasse das dort prüfen.

C. Reinholz
""")

C("de", "HV TI", "", "Auftrag 7.480 EUR, Fehler beim Bezahlen", "Stefan Kübler <s.kuebler@kuebler-schule.example>", "Klassenfahrt Jugendherberge – Zahlung schlägt fehl", """
Sehr geehrte Damen und Herren,

für unsere Klassenfahrt (3 Klassen, 5 Nächte, Angebot JH-2025-311 über 7.480 €) versuchen wir seit Tagen, die Anzahlung über Ihr Portal zu leisten. Jedes Mal erscheint "Zahlung abgelehnt – Code 17", obwohl die Schulkasse bestätigt, dass alles in Ordnung ist. Die Optionsfrist läuft am Freitag ab.

Bitte senden Sie uns eine Rechnung zur Überweisung.

Stefan Kübler
""")

C("de", "HV BD", "", "Rechnung 11.200 EUR, falsch berechnet", "Annette Wolff <a.wolff@wolff-keramik.example>", "Rechnung 2025-0877 fehlerhaft", """
Sehr geehrte Damen und Herren,

Ihre Rechnung 2025-0877 über 11.200 € für den Brennofen enthält Montagekosten von 1.450 €, obwohl laut Angebot die Montage inklusive ist. Bitte stornieren Sie die Rechnung und stellen Sie eine korrigierte aus; bis dahin zahlen wir nicht.

Annette Wolff
""")

C("de", "EC", "", "", "Rolf Brandner <rolf.brandner@brandner.example>", "Kopie an Ihren Geschäftsführer", """
Da ich seit Wochen keine brauchbare Antwort bekomme, habe ich mein Anliegen heute auch direkt an Herrn Dr. Albers, Ihren Geschäftsführer, geschickt.
Rolf Brandner
""")

C("de", "CC", "", "", "Ines Haller <ines.haller@haller.example>", "Anschrift Firmensitz", """
Hallo, könnten Sie mir bitte die Anschrift Ihres Firmensitzes und eine E-Mail-Adresse der Geschäftsführung schicken? Ich möchte einen formellen Brief schicken. Danke.
""")

C("de", "DH", "", "", "Aylin Yıldız <aylin.yildiz@yildizpost.example>", "Behandlung im Hostel", """
Guten Tag,

beim Check-in in Ihrem Hostel in Leipzig wurde ich als einzige in unserer Gruppe nach Pass und Kaution gefragt. Der Mitarbeiter sagte wörtlich: "Bei euch Türken weiß man ja nie." Ich erwarte eine Stellungnahme.

Aylin Yıldız
""")

C("de", "DH", "", "", "Lena Baumgart <lena.baumgart@baumgart.example>", "Verhalten des Ballonführers", """
Der Pilot hat mich während der ganzen Fahrt angemacht, mich "Schätzchen" genannt und mir beim Aussteigen an den Hintern gefasst. Ich bin fassungslos, dass so jemand bei Ihnen Passagiere fährt.
""")

C("de", "MT", "", "", "Markus Feldhaus <markus.feldhaus@feldhaus.example>", "Ihre Reinigung", """
Mein Anzug ist seit drei Wochen "unterwegs". Wenn er bis Montag nicht da ist, gibt's eine ausführliche Bewertung auf Google und einen Post in der Stadtteilgruppe mit 12.000 Mitgliedern.
""")

C("de", "MT", "", "journalist", "Julia Neumann <julia.neumann@regionalzeitung.example>", "Anfrage Lokalredaktion – Sperrung Eisbahn", """
Sehr geehrte Damen und Herren,

ich bin Redakteurin der Lokalredaktion und recherchiere zur kurzfristigen Schließung der Eisbahn am Stadtpark. Können Sie mir bis Donnerstag sagen, aus welchem Grund geschlossen wurde und wann wieder geöffnet wird?

Mit freundlichen Grüßen
Julia Neumann
""")

C("de", "FR", "", "", "Bernd Jäger <bernd.jaeger@jaeger.example>", "Wunsch für die Modellbahn-App", """
Hallo, wäre klasse, wenn man in der App auch Gleispläne im Maßstab N anlegen könnte, bisher geht nur H0. Viele im Verein würden das nutzen.
""")

C("de", "FR", "", "", "Hannelore Schuster <h.schuster@schuster-musik.example>", "Anregung Unterrichtsplaner", """
Liebes Team,

eine Bitte: Könnten Sie im Lehrerportal eine Funktion einbauen, mit der man Ersatztermine direkt den Eltern vorschlagen kann? Das würde mir viel Telefoniererei sparen.

Herzliche Grüße
Hannelore Schuster
""")

C("de", "CT SD", "", "", "Wolfgang Pietsch <w.pietsch@pietsch.example>", "Kündigung!!!", """
HIERMIT KÜNDIGE ICH MEINEN KURIERVERTRAG. DREI VERLORENE SENDUNGEN IN EINEM MONAT, DAS IST DER ALLERLETZTE SAUHAUFEN.
""")

C("de", "BD", "", "", "Katrin Albers <katrin.albers@albers.example>", "Doppelte Abbuchung Skipass", """
Hallo, für den Tagesskipass am 2.2. wurden mir 58 € zweimal abgebucht. Bitte eine Buchung erstatten, Kontoauszug hängt an.
""", pack="mixed", att=("application/pdf", "kontoauszug.pdf"))

C("de", "BP", "", "", "Oliver Thiel <oliver.thiel@thiel.example>", "Rückruf", """
Man hat mir letzte Woche zugesagt, dass mich der Filialleiter am Freitag zurückruft. Da kam nichts. Ich warte immer noch auf die Gutschrift für den verlorenen Anzug.
""")

C("de", "SA", "", "", "Birgit Hoffmann <birgit.hoffmann@hoffmann.example>", "Teichheizer überhitzt", """
Der Teichheizer aus Ihrem Shop wurde heute so heiß, dass das Gehäuse geschmolzen ist und es verbrannt gerochen hat. Zum Glück war ich daneben. Bitte prüfen Sie, ob es da einen Rückruf gibt.
""")

C("de", "LT SA", "", "", "Andreas Keller <andreas.keller@keller.example>", "Unfall in der Jugendfreizeit", """
Sehr geehrte Damen und Herren,

unser Sohn hat sich im Zeltlager beim ungesicherten Hochseilgarten den Arm gebrochen; es war kein Betreuer anwesend. Wir haben einen Rechtsanwalt eingeschaltet, der sich in Kürze bei Ihnen melden wird.

Andreas und Miriam Keller
""")

C("de", "SI", "", "", "Nadine Bauer <nadine.bauer@bauer.example>", "Phishing-Mail von Ihnen?", """
Ich habe heute eine E-Mail von Ihrer Absenderadresse des Planetariums bekommen, in der ich meine Kreditkartendaten "bestätigen" sollte. Der Link führt auf eine fremde Seite. Wurde Ihr System gehackt?
""")

C("de", "RC SD", "", "", "Horst Lindemann <horst.lindemann@lindemann.example>", "Zum dritten Mal: Wasser Stellplatz 12", """
Ich melde jetzt zum dritten Mal, dass auf Stellplatz 12 das Wasser braun aus der Leitung kommt. Keine Reaktion. Das ist eine bodenlose Frechheit gegenüber zahlenden Mietern.
""")

C("de", "MR", "", "", "Elke Strobel <elke.strobel@strobel.example>", "Vorgesetzte bitte", """
Bitte leiten Sie mein Anliegen an eine vorgesetzte Stelle weiter, mit der Sachbearbeitung kommen wir nicht weiter. Vorgang 7712.
""")

C("de", "OU TI", "", "Kassensystem aller Filialen ausgefallen, Ausfall zaehlt auch als technical_issue", "Jens Ruder <jens.ruder@ruder.example>", "Zahlung nicht möglich", """
In keiner Ihrer Reinigungsfilialen geht heute Kartenzahlung, laut Personal "ist das ganze Kassensystem tot". Ich hatte kein Bargeld dabei.
""")

# --- German hard negatives

C("de", "", "job_title", "", "Sven Adler <sven.adler@adler-gmbh.example>", "Kurier-Rahmenvertrag", """
Guten Tag,

ich bin Teamleiter Einkauf bei der Adler GmbH und möchte ein Angebot für einen Kurier-Rahmenvertrag anfragen.

Mit freundlichen Grüßen
Sven Adler
Manager Einkauf
""")

C("de", "", "quoted_threat", "Am ... schrieb-Block mit altem Anwaltshinweis", "Jürgen Habermann <j.habermann@habermann.example>", "Re: Rechnung Nr. 4471 – Klavierstimmung", """
Vielen Dank, die korrigierte Rechnung ist angekommen und bezahlt.

Am 14.03.2025 um 09:12 schrieb Jürgen Habermann <j.habermann@habermann.example>:
> Sollte bis zum 31.03. keine korrigierte Rechnung vorliegen, übergebe ich
> die Angelegenheit meinem Anwalt.
""")

C("de", "", "negation", "", "Paula Winter <paula.winter@winter.example>", "Kündigung?", """
Keine Sorge, ich will nicht kündigen :) Ich wollte nur fragen, ob ich meine Kursstunden im Dezember in den Januar schieben kann.
""")

C("de", "", "policy_question", "", "Ralf Engel <ralf.engel@engel.example>", "Stornobedingungen", """
Wie sind Ihre Stornobedingungen für Ballonfahrten? Was passiert bei schlechtem Wetter?
""")

C("de", "", "feature_exists_question", "", "Mia Kern <mia.kern@kern.example>", "Export", """
Hallo, kann ich meine Durchsichten aus der Imker-App als PDF exportieren?
""")

C("de", "", "disclaimer", "", "Heiko Brandt <heiko.brandt@brandt-ra.example>", "Termin Klavierstimmung", """
Guten Tag, passt Ihnen der 20.5. vormittags für die Stimmung?

Heiko Brandt

--
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet und können rechtliche Schritte nach sich ziehen.
""")

C("de", "", "mild_disappointment", "", "Tanja Roth <tanja.roth@roth.example>", "Planetariumsshow", """
Die Show war schön, ich war nur ein bisschen enttäuscht, dass die Kinderversion so kurz war. Gibt es im Winter längere Vorstellungen?
""")

C("de", "", "own_ceo", "", "Laura Frey <laura.frey@frey-ag.example>", "Eilkurier morgen früh", """
Unser Vorstand braucht die Unterlagen morgen bis 9 Uhr in der Zentrale. Können Sie um 7:30 abholen?
""")

C("de", "", "large_amount_no_problem", "", "Dominik Vogel <dominik.vogel@vogel.example>", "Angebot Gruppenreise", """
Vielen Dank für das Angebot über 9.800 € für die Jugendfreizeit im Sommer, wir nehmen es gerne an. Bitte schicken Sie die Rechnung.
""")

C("de", "", "second_email", "", "Gabi Held <gabi.held@held.example>", "Nochmal: Öffnungszeiten", """
Das ist jetzt meine zweite Mail – haben Sie an Heiligabend geöffnet?
""")

C("de", "", "howto", "", "Luca Berger <luca.berger@berger.example>", "Gutschein einlösen", """
Wie löse ich den Gutschein für den Töpferkurs online ein?
""")

C("de", "", "praise", "", "Renate Falk <renate.falk@falk.example>", "Danke!", """
Das Brautkleid sitzt perfekt, vielen herzlichen Dank an Frau Öztürk!
""")

C("de", "", "outlook_quote", "Von:/Gesendet:-Block mit Drohung", "Wolfgang Pietsch <w.pietsch@pietsch.example>", "AW: Kündigung!!!", """
Danke für den Anruf, wir machen doch weiter. Bitte ignorieren Sie meine Kündigung.

Von: Wolfgang Pietsch
Gesendet: Dienstag, 4. März 2025 08:14
An: support@example.test
Betreff: Kündigung!!!

HIERMIT KÜNDIGE ICH MEINEN KURIERVERTRAG.
""")

C("de", "", "reported_speech", "", "Jonas Pohl <jonas.pohl@pohl.example>", "Pfandleihe Verlängerung", """
Mein Nachbar meinte, man müsste Sie eigentlich verklagen wegen der Zinsen, aber ich finde die Bedingungen ok. Wie verlängere ich meinen Pfandschein?
""")

# --- German automated

A("auto_reply", "de", "-", "Abwesenheitsnotiz mit Auto-Submitted", "Stefan Kübler <s.kuebler@kuebler-schule.example>", "Abwesenheitsnotiz: Klassenfahrt Jugendherberge", """
Vielen Dank für Ihre Nachricht. Ich bin bis zum 21.10. nicht im Haus. In dringenden Fällen wenden Sie sich bitte an das Sekretariat, Tel. 555-0150.

Stefan Kübler
""", extra=["Auto-Submitted: auto-replied"])

A("auto_reply", "de", "no_rfc3834", "Abwesenheit ohne RFC-3834-Header", "Monika Eberhardt <monika.eberhardt@eberhardt.example>", "Automatische Antwort: Nähmaschine", """
Ich bin im Urlaub und ab dem 3. November wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet.
""")

A("auto_reply", "de", "ticket_ack_other_org", "Eingangsbestätigung einer anderen Firma", "Kundenservice Adler GmbH <service@adler-gmbh.example>", "Ihre Anfrage ist eingegangen [#AD-20931]", """
Guten Tag,

vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Nummer AD-20931 erfasst. Wir melden uns innerhalb von zwei Werktagen.

Dies ist eine automatisch erzeugte Nachricht.
""", extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"])

A("bounce", "de", "-", "deutschsprachiger Unzustellbarkeitsbericht", "Mail Delivery System <MAILER-DAEMON@mx.wendler-mail.example>", "Unzustellbar: Re: Saisonkarte Eishalle", """
Dies ist der Mailserver auf mx.wendler-mail.example.

Ihre Nachricht konnte an folgende Empfänger nicht zugestellt werden:

<t.wendler@wendler-mail.example>: Postfach existiert nicht (550 5.1.1)
""", report="delivery-status", status="""
Reporting-MTA: dns; mx.wendler-mail.example

Final-Recipient: rfc822; t.wendler@wendler-mail.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
""", orig_type="text/rfc822-headers", orig="""
From: support@example.test
To: t.wendler@wendler-mail.example
Subject: Re: Saisonkarte Eishalle
Message-ID: <r-eis.3301@escalated.example.test>
""")

A("list", "de", "-", "Vereins-Newsletter", "Imkerverein Talheim <info@imkerverein-talheim.example>", "Newsletter Oktober: Einwinterung und Varroa", """
Liebe Imkerinnen und Imker,

zum Monatstreffen am 18.10. sprechen wir über die Einwinterung. Bitte Futterproben mitbringen.

Abmelden: siehe Link unten.
""", extra=["List-Id: Imkerverein Talheim <news.imkerverein-talheim.example>", "List-Unsubscribe: <mailto:news-off@imkerverein-talheim.example>", "Precedence: bulk"], to="mitglieder@imkerverein-talheim.example")

A("receipt", "de", "-", "Lesebestätigung", "Annette Wolff <a.wolff@wolff-keramik.example>", "Gelesen: Re: Rechnung 2025-0877 fehlerhaft", """
Ihre Nachricht wurde am 12.06.2025 um 10:14 gelesen.
""", report="disposition-notification", status="""
Reporting-UA: wolff-keramik.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;a.wolff@wolff-keramik.example
Original-Message-ID: <r-0877.12@escalated.example.test>
Disposition: manual-action/MDN-sent-automatically; displayed
""")

A("self", "de", "-", "eigene Antwort des Desks", "Kundenservice <support@example.test>", "Re: Doppelte Abbuchung Skipass", """
Hallo Frau Albers,

die doppelte Abbuchung über 58 € wurde erstattet.

> Bitte eine Buchung erstatten.

Viele Grüße
Ihr Kundenservice
""", msgid_domain="escalated.example.test", to="katrin.albers@albers.example")

A("auto_reply", "de", "left_organisation", "", "Hannelore Schuster <h.schuster@schuster-musik.example>", "Nicht mehr erreichbar", """
Ich habe die Musikschule zum 30.09. verlassen. Diese Adresse wird nicht mehr gelesen. Bitte wenden Sie sich an info@schuster-musik.example.
""", extra=["Auto-Submitted: auto-replied", "Precedence: auto_reply"])


# =================================================================== FRENCH

C("fr", "LT", "", "", "Bernard Lefèvre <bernard.lefevre@lefevre.example>", "Robe de mariée abîmée", """
Madame, Monsieur,

La robe de ma fille est revenue du pressing avec une déchirure de 10 cm dans la dentelle. Sans proposition d'indemnisation sous huit jours, j'engagerai une procédure devant le tribunal judiciaire.

Bernard Lefèvre
""")

C("fr", "SD", "", "", "Chantal Moreau <chantal.moreau@moreau.example>", "Honteux", """
C'est honteux. Trois heures d'attente au pied du ballon, puis annulation sans explication. Je n'ai jamais vu un tel mépris des clients.
""")

C("fr", "CT BD", "", "", "Luc Girard <luc.girard@girard.example>", "Prélèvement après résiliation", """
Bonjour, j'ai mis fin à l'abonnement de location de jouets le 2 mai et vous avez quand même prélevé 39 € le 1er juin. Remboursez-moi, et considérez que je ne reviendrai pas chez vous.
""")

C("fr", "TI", "", "", "Amélie Roux <amelie.roux@roux.example>", "Appli forfait ski", """
L'appli plante dès que j'ouvre mon forfait saison, impossible de montrer le QR code aux remontées. iPhone 12, dernière version.
""")

C("fr", "OU TI", "", "", "Hugo Fontaine <hugo.fontaine@coursiers-velo.example>", "Plateforme inaccessible", """
Depuis ce matin 8h la plateforme des coursiers affiche "erreur 502" pour tout le monde, aucun de nos livreurs ne peut prendre de course.
""")

C("fr", "SI", "", "", "Camille Dubois <camille.dubois@dubois.example>", "Compte piraté", """
Quelqu'un a changé le mot de passe de mon compte auberge de jeunesse et a réservé trois nuits à Marseille avec ma carte. Je n'y suis pour rien. Merci de bloquer le compte.
""")

C("fr", "DL TI", "", "", "Nicolas Mercier <nicolas.mercier@mercier.example>", "Mes plans de réseau ont disparu", """
Bonjour, depuis la mise à jour du logiciel de plans de réseau ferroviaire, tous mes projets enregistrés ont disparu du compte. Quatre ans de travail. Avez-vous une sauvegarde ?
""")

C("fr", "RG", "", "", "Sophie Lambert <sophie.lambert@lambert.example>", "Données personnelles", """
Vous continuez à m'envoyer des SMS publicitaires alors que je me suis opposée au traitement de mes données en mars. J'ai déposé une plainte auprès de la CNIL.
""")

C("fr", "MR", "", "", "Pierre Garnier <pierre.garnier@garnier.example>", "Demande de responsable", """
Bonjour, je souhaiterais que mon dossier (n° 5512) soit confié à un responsable. Les réponses du service client tournent en rond.
""")

C("fr", "MT", "", "", "Élodie Chevalier <elodie.chevalier@chevalier.example>", "Dernier avertissement", """
Si mon manteau n'est pas retrouvé d'ici vendredi, je raconte toute l'histoire sur Facebook et sur les avis Google, photos du ticket à l'appui.
""")

C("fr", "MT", "", "journaliste", "Antoine Barbier <a.barbier@quotidien-regional.example>", "Demande d'interview – patinoire", """
Bonjour,

Journaliste au quotidien régional, je prépare un article sur la fermeture soudaine de la patinoire municipale. Pourriez-vous me préciser les raisons de cette fermeture ?

Cordialement,
Antoine Barbier
""")

C("fr", "DH", "", "", "Fatou Diallo <fatou.diallo@diallo.example>", "Accueil au magasin", """
Samedi, dans votre boutique de mariage, la vendeuse a refusé de me faire essayer les robes en disant que "ce n'est pas pour votre budget" après avoir regardé ma couleur de peau, alors qu'elle servait les autres clientes. Je suis profondément choquée.
""")

C("fr", "SA", "", "", "Julien Faure <julien.faure@faure.example>", "Machine à coudre – étincelles", """
La machine à coudre que vous avez réparée fait des étincelles au niveau de la pédale et le fil est brûlant. Je l'ai débranchée. C'est dangereux.
""")

C("fr", "BP RC", "", "", "Isabelle Rousseau <isabelle.rousseau@rousseau.example>", "Troisième relance", """
Bonjour, c'est la troisième fois que je vous écris. On m'avait promis un remboursement de l'acompte sous dix jours, il y a maintenant cinq semaines.
""")

C("fr", "HV", "", "contrat 8 900 EUR, prestation non conforme", "Thierry Blanc <thierry.blanc@blanc-events.example>", "Séminaire – vols en montgolfière", """
Madame, Monsieur,

Nous avons réglé 8 900 € (commande MG-4412) pour six vols en montgolfière lors de notre séminaire. Seuls deux vols ont eu lieu et personne ne nous répond au sujet des quatre autres. Merci de nous proposer une solution rapidement.

Thierry Blanc
""")

C("fr", "EC CC", "", "", "Martine Perrin <martine.perrin@perrin.example>", "Coordonnées de la direction", """
Pouvez-vous me communiquer l'adresse e-mail de votre PDG ? Je souhaite lui écrire directement au sujet du traitement de ma réclamation.
""")

C("fr", "EC", "", "", "Gérard Bonnet <gerard.bonnet@bonnet.example>", "Copie à votre directeur général", """
Je mets en copie votre directeur général, puisque personne au service client ne semble capable de régler un simple problème de facturation.
""", cc="\"Direction\" <direction@planetarium-lyon.example>")

C("fr", "FR", "", "", "Valérie Henry <valerie.henry@henry.example>", "Suggestion", """
Ce serait bien de pouvoir réserver les cours de poterie pour un enfant et un adulte en une seule fois, au lieu de deux réservations séparées.
""")

C("fr", "SD MR", "", "", "Alain Gauthier <alain.gauthier@gauthier.example>", "INADMISSIBLE", """
C'EST INADMISSIBLE. TROIS SEMAINES SANS EAU CHAUDE DANS LE MOBIL-HOME ET PERSONNE NE BOUGE. JE VEUX PARLER AU GÉRANT DU CAMPING.
""")

C("fr", "BD", "", "", "Nathalie Roy <nathalie.roy@roy.example>", "Facture accordage", """
Bonjour, la facture de l'accordage de mon piano indique 180 € alors que le devis signé était de 120 €. Merci de corriger.
""")

C("fr", "CT", "", "", "Yannick Morel <yannick.morel@morel.example>", "Fin de mon adhésion", """
Vu la dégradation du service depuis la rentrée, je résilie mon adhésion à l'atelier de poterie à la fin du trimestre.
""")

C("fr", "LT RG", "", "", "Cécile Fournier <cecile.fournier@fournier.example>", "Frais cachés prêt sur gage", """
Des frais de garde de 15 € par mois ont été ajoutés à mon prêt sur gage sans figurer au contrat. J'ai saisi la DGCCRF et mon avocat vous adressera un courrier.
""")

C("fr", "TI FR", "", "", "Mathieu Lemoine <mathieu.lemoine@lemoine.example>", "Billetterie planétarium", """
Le bouton "ajouter au panier" ne fait rien sur Firefox. Et, tant que j'y suis, ce serait pratique d'avoir un tarif famille en ligne.
""")

C("fr", "SA", "", "", "Hélène Dupuis <helene.dupuis@dupuis.example>", "Chaise haute louée", """
La chaise haute louée s'est repliée d'un coup avec mon fils dedans, il s'est coincé les doigts. Il faut retirer ce modèle de la location.
""")

# --- French hard negatives

C("fr", "", "job_title", "", "Laurent Marchand <laurent.marchand@marchand.example>", "Devis coursiers", """
Bonjour, en tant que directeur commercial de Marchand SA, je souhaiterais un devis pour des courses à vélo quotidiennes.
""")

C("fr", "", "quoted_threat", "Le … a écrit", "Bernard Lefèvre <bernard.lefevre@lefevre.example>", "Re: Robe de mariée abîmée", """
Merci pour la réparation, la robe est parfaite.

Le 3 juin 2025 à 10:12, Bernard Lefèvre <bernard.lefevre@lefevre.example> a écrit :
> Sans proposition d'indemnisation sous huit jours, j'engagerai une
> procédure devant le tribunal judiciaire.
""", pack="alt")

C("fr", "", "policy_question", "", "Claire Vidal <claire.vidal@vidal.example>", "Annulation", """
Quelle est votre politique de remboursement si le vol en montgolfière est annulé à cause de la météo ?
""")

C("fr", "", "hypothetical", "", "Romain Petit <romain.petit@petit.example>", "Forfait saison", """
Si je me blesse en décembre, est-ce que je pourrais résilier le forfait saison ?
""")

C("fr", "", "feature_exists_question", "", "Manon Leroy <manon.leroy@leroy.example>", "Rappel SMS ?", """
Est-ce qu'il existe un rappel par SMS quand mes vêtements sont prêts au pressing ?
""")

C("fr", "", "mild_disappointment", "", "Paul Guérin <paul.guerin@guerin.example>", "Spectacle", """
Joli spectacle, un peu déçu que la séance ait commencé en retard, mais les enfants ont adoré.
""")

C("fr", "", "praise", "", "Jeanne Robin <jeanne.robin@robin.example>", "Merci", """
Merci infiniment pour l'accordage, le piano n'a jamais sonné aussi bien !
""")

C("fr", "", "negation", "", "Olivier Muller <olivier.muller@muller.example>", "Petit souci", """
Aucune donnée perdue après la mise à jour, rassurez-vous, mais où est passé le bouton d'export ?
""")

C("fr", "", "howto", "", "Lucie Fabre <lucie.fabre@fabre.example>", "Inscription colonie", """
Comment inscrire deux enfants à la même colonie de vacances avec un seul compte ?
""")

C("fr", "", "large_amount_no_problem", "", "Arnaud Caron <arnaud.caron@caron.example>", "Facture privatisation", """
Pourriez-vous m'envoyer la facture de la privatisation de la patinoire (12 500 €) ? Tout s'est très bien passé.
""")

C("fr", "", "disclaimer", "", "Sandrine Brun <sandrine.brun@brun-avocats.example>", "Essayage", """
Bonjour, je voudrais prendre rendez-vous pour un essayage samedi.

Sandrine Brun
Avocate
Ce message est confidentiel. Toute utilisation non autorisée peut donner lieu à des poursuites.
""")

# --- French automated

A("auto_reply", "fr", "-", "réponse d'absence", "Thierry Blanc <thierry.blanc@blanc-events.example>", "Réponse automatique : Séminaire", """
Je suis absent du bureau jusqu'au 25 août. Pour toute urgence, contactez le 555-0162.
""", extra=["Auto-Submitted: auto-replied"])

A("auto_reply", "fr", "no_rfc3834", "absence sans en-têtes RFC 3834", "Chantal Moreau <chantal.moreau@moreau.example>", "Absente", """
Bonjour, je suis en congés jusqu'au 4 septembre. Je lirai votre message à mon retour.
""")

A("auto_reply", "fr", "ticket_ack_other_org", "", "Service client Marchand SA <noreply@marchand.example>", "Votre demande a bien été reçue", """
Votre demande a bien été enregistrée sous le numéro MS-7781. Merci de ne pas répondre à ce message.
""", extra=["Auto-Submitted: auto-generated"])

A("bounce", "fr", "-", "non-remise en français", "Système de messagerie <postmaster@roux.example>", "Non remis : Re: Appli forfait ski", """
Votre message n'a pas pu être remis aux destinataires suivants :

amelie.roux@roux.example : boîte aux lettres introuvable.
""", report="delivery-status", status="""
Reporting-MTA: dns; mail.roux.example

Final-Recipient: rfc822; amelie.roux@roux.example
Action: failed
Status: 5.1.1
""", orig_type="text/rfc822-headers", orig="""
From: support@example.test
To: amelie.roux@roux.example
Subject: Re: Appli forfait ski
""")

A("list", "fr", "-", "lettre d'information", "Club Céramique <lettre@club-ceramique.example>", "La lettre de novembre", """
Bonjour à toutes et à tous, les inscriptions aux stages raku sont ouvertes. Pour vous désabonner, cliquez sur le lien en bas.
""", extra=["List-Unsubscribe: <https://club-ceramique.example/desinscription>", "Precedence: bulk"])

A("receipt", "fr", "-", "accusé de lecture", "Martine Perrin <martine.perrin@perrin.example>", "Lu : Re: Coordonnées de la direction", """
Votre message a été lu le 3 avril 2025 à 14:10.
""", report="disposition-notification", status="""
Reporting-UA: perrin.example; Thunderbird
Final-Recipient: rfc822;martine.perrin@perrin.example
Disposition: manual-action/MDN-sent-manually; displayed
""")


# =================================================================== SPANISH

C("es", "LT", "", "", "Javier Morales <javier.morales@morales.example>", "Anillo vendido antes de plazo", """
Vendieron el anillo de mi madre antes de que venciera el plazo del empeño. Ya he hablado con mi abogado y vamos a presentar una demanda.
""")

C("es", "SD", "", "", "Carmen Ruiz <carmen.ruiz@ruiz.example>", "Una vergüenza", """
Es una vergüenza cómo me trataron en la tintorería. El vestido salió con manchas y encima me gritaron. Indignante.
""")

C("es", "CT", "", "", "Miguel Ortega <miguel.ortega@ortega.example>", "Baja del servicio", """
Después de tres entregas perdidas este mes, quiero darme de baja del servicio de mensajería. Nos vamos con otra empresa.
""")

C("es", "TI", "", "", "Lucía Navarro <lucia.navarro@navarro.example>", "Error en la web", """
Al intentar reservar el curso de cerámica me sale "Error 403 – acceso denegado" después de pagar. ¿Se ha hecho la reserva o no?
""")

C("es", "OU TI", "", "", "Andrés Castillo <andres.castillo@castillo.example>", "No funciona nada", """
La web de forfaits está caída desde anoche, no carga ninguna página, ni en el móvil ni en el ordenador.
""")

C("es", "SI", "", "", "Elena Vargas <elena.vargas@vargas.example>", "Alguien entró en mi cuenta", """
Me llegó un aviso de inicio de sesión desde otro país y ahora no puedo entrar en mi cuenta del albergue. Han cambiado mi correo. Por favor, bloquéenla.
""")

C("es", "DL", "", "", "Raúl Jiménez <raul.jimenez@jimenez.example>", "Historial borrado", """
Todo el historial de mis colmenas ha desaparecido de la aplicación. Dos temporadas de registros, borrados.
""")

C("es", "RG", "", "", "Pilar Romero <pilar.romero@romero.example>", "Reclamación", """
He presentado una reclamación ante la oficina municipal de consumo por las comisiones ocultas de su casa de empeños.
""")

C("es", "RG SI TI", "", "confirmation exposes another child data; conditional AEPD threat fires", "Sergio Delgado <sergio.delgado@delgado-mail.example>", "Mis datos en otro correo", """
En el correo de confirmación del campamento aparecen los datos médicos de otro niño. Si esto pasa con los de mi hijo, lo denunciaré a la AEPD.
""")

C("es", "MR", "", "", "Ana Torres <ana.torres@torres.example>", "Quiero hablar con un superior", """
Por favor, quiero hablar con un supervisor. La persona que me atiende no me da ninguna solución.
""")

C("es", "MT", "", "", "Diego Herrera <diego.herrera@herrera.example>", "Se va a enterar todo el mundo", """
Si no me devuelven el dinero del vuelo en globo, lo publico todo en Instagram y en TikTok. Tengo muchos seguidores.
""")

C("es", "MT", "", "periodista", "Marta Gil <marta.gil@diario-local.example>", "Consulta de prensa", """
Buenos días, soy periodista del diario local y estoy preparando un reportaje sobre el cierre de la pista de hielo. ¿Podrían hacer alguna declaración?
""")

C("es", "DH", "", "", "Rosa Medina <rosa.medina@medina.example>", "Trato discriminatorio", """
En la tienda de novias me dijeron que "a mi edad" no me quedaba bien un vestido blanco y se rieron delante de otras clientas. Me sentí humillada.
""")

C("es", "SA", "", "", "Pablo Serrano <pablo.serrano@serrano.example>", "Bomba del estanque", """
La bomba del estanque echa humo y huele a quemado. La he desenchufado, pero podría haber provocado un incendio.
""")

C("es", "BP", "", "", "Laura Molina <laura.molina@molina.example>", "Me prometieron una llamada", """
Me dijeron que me llamarían el lunes para darme el presupuesto de la máquina de coser. Ya es jueves y nada.
""")

C("es", "RC", "", "", "Francisco Ramos <francisco.ramos@ramos.example>", "Tercera vez", """
Es la tercera vez que escribo por el mismo problema con la reserva del albergue y nadie me contesta.
""")

C("es", "HV", "", "pedido 6.800 EUR sin resolver", "Isabel Cano <isabel.cano@cano-eventos.example>", "Pedido de vestidos de dama de honor", """
Hicimos un pedido de 12 vestidos de dama de honor por 6.800 € y han llegado solo 7. La boda es en dos semanas. ¿Dónde están los otros cinco?
""")

C("es", "EC", "", "", "Alberto Prieto <alberto.prieto@prieto.example>", "He escrito a su director", """
Les informo de que he enviado una carta a su consejero delegado explicando todo lo ocurrido con mi piano.
""")

C("es", "CC", "", "", "Beatriz León <beatriz.leon@leon.example>", "Dirección de la sede", """
¿Me pueden dar la dirección de su sede central y el contacto del departamento jurídico?
""")

C("es", "FR", "", "", "Tomás Fuentes <tomas.fuentes@fuentes.example>", "Sugerencia", """
Estaría genial poder reservar las clases de piano desde la app y no solo por teléfono.
""")

C("es", "BD", "", "", "Nuria Cabrera <nuria.cabrera@cabrera.example>", "Cobro duplicado", """
Me han cobrado dos veces 45 € por el alquiler del carrito. Quiero que me devuelvan uno de los cobros.
""")

C("es", "BD SD", "", "", "Víctor Pascual <victor.pascual@pascual.example>", "COBRO INDEBIDO", """
ME HABÉIS COBRADO 120 € DE "LIMPIEZA ESPECIAL" QUE NUNCA PEDÍ. ES UNA ESTAFA, ESTOY HARTO DE VOSOTROS.
""")

C("es", "LT HV", "", "contrato 15.000 EUR", "Gonzalo Vidal <gonzalo.vidal@vidal-parques.example>", "Contrato de parcelas", """
Pagamos 15.000 € por la reforma de las parcelas del parque de casas móviles y la obra sigue sin empezar. Nuestro abogado ya está preparando acciones legales.
""")

C("es", "CT SD", "", "", "Inés Calvo <ines.calvo@calvo.example>", "Fatal", """
Un servicio pésimo, de verdad. Cancelo la suscripción de alquiler de juguetes hoy mismo.
""")

# --- Spanish hard negatives

C("es", "", "job_title", "", "Hernán Soto <hernan.soto@soto.example>", "Presupuesto", """
Hola, soy el gerente de compras de Soto y Asociados. ¿Nos pueden enviar un presupuesto para mensajería diaria?
""")

C("es", "", "quoted_threat", "El … escribió", "Javier Morales <javier.morales@morales.example>", "Re: Anillo vendido antes de plazo", """
Gracias, ya recuperé el anillo. Todo solucionado.

El 5 may 2025, a las 9:10, Javier Morales <javier.morales@morales.example> escribió:
> Ya he hablado con mi abogado y vamos a presentar una demanda.
""")

C("es", "", "policy_question", "", "Clara Iglesias <clara.iglesias@iglesias.example>", "Política de devoluciones", """
¿Cuál es su política de reembolso si cancelo el campamento con un mes de antelación?
""")

C("es", "", "hypothetical", "", "Óscar Núñez <oscar.nunez@nunez.example>", "Pregunta", """
Si el forfait no me convence, ¿podría darme de baja más adelante?
""")

C("es", "", "feature_exists_question", "", "Eva Santos <eva.santos@santos.example>", "¿Exportar?", """
¿Se pueden exportar los registros de las colmenas a Excel?
""")

C("es", "", "praise", "", "Lorena Marín <lorena.marin@marin.example>", "Gracias", """
¡El mejor paseo en globo de mi vida! Gracias al piloto.
""")

C("es", "", "negation", "", "Rubén Gallego <ruben.gallego@gallego.example>", "Retraso", """
El mensajero llegó tarde, pero no pasa nada, no quiero poner ninguna queja. Solo quería saber el horario habitual.
""")

C("es", "", "howto", "", "Silvia Rubio <silvia.rubio@rubio.example>", "Cambiar contraseña", """
¿Cómo cambio la contraseña de mi cuenta del planetario?
""")

C("es", "", "mild_disappointment", "", "Marcos Lozano <marcos.lozano@lozano.example>", "Clase de cerámica", """
Me gustó la clase, aunque me quedé un poco decepcionado porque no dio tiempo de esmaltar.
""")

C("es", "", "large_amount_no_problem", "", "Teresa Crespo <teresa.crespo@crespo.example>", "Factura", """
¿Me pueden enviar la factura de los 9.500 € del campamento de verano? Todo perfecto, gracias.
""")

C("es", "", "outlook_quote", "De:/Enviado: con amenaza antigua", "Víctor Pascual <victor.pascual@pascual.example>", "RE: COBRO INDEBIDO", """
Gracias por la devolución, ya lo he recibido.

De: Víctor Pascual
Enviado: lunes, 3 de marzo de 2025 10:00
Para: support@example.test
Asunto: COBRO INDEBIDO

ES UNA ESTAFA, ESTOY HARTO DE VOSOTROS.
""")

# --- Spanish automated

A("auto_reply", "es", "-", "respuesta de ausencia", "Isabel Cano <isabel.cano@cano-eventos.example>", "Respuesta automática: Pedido", """
Estoy fuera de la oficina hasta el 10 de septiembre. Para urgencias llame al 555-0181.
""", extra=["Auto-Submitted: auto-replied"])

A("auto_reply", "es", "no_rfc3834", "ausencia sin cabeceras RFC 3834", "Pablo Serrano <pablo.serrano@serrano.example>", "Fuera de la oficina", """
Hola, estoy de vacaciones. Volveré el día 20.
""")

A("auto_reply", "es", "unmonitored_mailbox", "", "Campamentos Sierra <no-responder@campamentos-sierra.example>", "Buzón no atendido", """
Este buzón no se revisa. Su mensaje no será leído.
""", extra=["Auto-Submitted: auto-generated"])

A("bounce", "es", "-", "", "Mail Delivery System <MAILER-DAEMON@mx.torres.example>", "Mensaje no entregado", """
No se ha podido entregar su mensaje a ana.torres@torres.example: buzón lleno.
""", report="delivery-status", status="""
Reporting-MTA: dns; mx.torres.example

Final-Recipient: rfc822; ana.torres@torres.example
Action: failed
Status: 5.2.2
""", orig_type="text/rfc822-headers", orig="""
From: support@example.test
To: ana.torres@torres.example
Subject: Re: Quiero hablar con un superior
""")

A("list", "es", "-", "boletín", "Club de Modelismo <boletin@club-modelismo.example>", "Boletín de octubre", """
Nuevas maquetas en la exposición del sábado. Para darte de baja, usa el enlace al final.
""", extra=["List-Id: <boletin.club-modelismo.example>", "List-Unsubscribe: <mailto:baja@club-modelismo.example>", "Precedence: bulk"])

A("self", "es", "-", "respuesta propia", "Soporte <support@example.test>", "Re: Cobro duplicado", """
Hola Nuria, hemos devuelto el cobro duplicado de 45 €.
""", msgid_domain="escalated.example.test", to="nuria.cabrera@cabrera.example")


# =================================================================== additional messages (all languages)

C("en", "BP CC DL EC", "", "promised recording not delivered; recording wiped by staff (not a product fault); asks owner email to write to him -> corporate_contact_request + executive_contact", "Marguerite Olsen <m.olsen@olsenmail.example>", "Recital recording", """
Your music school promised every family a recording of the spring recital. Now we're told the camera card was "wiped by accident" and there's no copy of any of it. I'd like the head office address and the owner's email so I can put my complaint in writing.
""")

C("en", "DL TI", "", "", "Abel Kristoffersen <abel.k@kristoffersen.example>", "Photos of my quilt gone from the order", """
hi, the 12 reference photos i uploaded with my quilting-machine repair order have disappeared from the order page, it now says "0 attachments". the tech needs them. can you get them back??
""")

C("en", "DH SD", "", "", "Tamsin Rhodes <tamsin.rhodes@rhodes.example>", "Your instructor and my daughter", """
My 15-year-old came home from the ice-skating course in tears. The coach told her in front of the group that she was "too fat to jump" and should "lay off the chips". That is revolting behaviour from an adult towards a child and I am furious.
""")

C("de", "CC", "", "", "Werner Ahrens <werner.ahrens@ahrens.example>", "Kontakt Rechtsabteilung", """
Bitte nennen Sie mir die Postanschrift Ihrer Rechtsabteilung und den Namen des Geschäftsführers, ich benötige das für ein Schreiben.
""")

C("de", "DL", "", "", "Sonja Pieper <sonja.pieper@pieper.example>", "Fotos vom Ballonflug gelöscht", """
Die Fotos, die Ihr Team beim Ballonflug gemacht hat und die wir im Kundenportal herunterladen sollten, sind gelöscht – der Ordner ist leer. Es waren unsere Hochzeitsfotos.
""")

C("fr", "DH", "", "", "Karim Benali <karim.benali@benali.example>", "Remarques racistes", """
Le moniteur de la colonie a surnommé mon fils "le petit terroriste" pendant toute la semaine. C'est du racisme pur et simple, et je veux savoir quelles mesures vous allez prendre.
""")

C("es", "CC", "", "", "Ramón Aguilar <ramon.aguilar@aguilar.example>", "Contacto de dirección", """
Necesito el teléfono de sus oficinas centrales y el correo de la dirección general, no el de la tienda.
""")

C("es", "DL TI", "", "", "Julia Herrero <julia.herrero@herrero.example>", "Reservas perdidas", """
Desde el fallo de ayer en su sistema, han desaparecido todas las reservas de nuestro grupo scout en el albergue. Tenemos los correos de confirmación pero ustedes no tienen nada.
""")

C("en", "", "not_press", "student writing a school project, not press", "Milo Harrington <milo.harrington@harrington.example>", "school project", """
Hi, I'm 12 and writing a school project about planets. Can I interview one of your astronomers for 10 minutes? My mum says it's ok.
""")

C("en", "", "repeat_without_third", "replies keep closing ticket; no explicit third contact", "Frances Ng <frances.ng@ng.example>", "ticket closed again", """
Your system closed my ticket again before anyone answered. Could someone reopen it? It's about swapping my lesson day.
""")

C("de", "", "hypothetical", "", "Timo Scholz <timo.scholz@scholz.example>", "Frage zur Kündigung", """
Könnte ich den Stellplatzvertrag später kündigen, falls wir umziehen? Wir sind eigentlich sehr zufrieden.
""")

C("fr", "", "own_ceo", "", "Delphine Noël <delphine.noel@noel-conseil.example>", "Course urgente", """
Notre PDG a besoin de ces documents signés à la gare avant 11 h. Pouvez-vous envoyer un coursier à 10 h ?
""")

C("es", "", "reported_speech", "", "Adrián Rojas <adrian.rojas@rojas.example>", "Consulta", """
Mi cuñado dice que deberíamos denunciarles por lo del globo, pero yo solo quiero saber si puedo cambiar la fecha del vuelo.
""")

C("en", "", "job_title", "password manager mention, plain question", "Wyatt Brooks <wyatt.brooks@brooks-home.example>", "Saving my login", """
I'm moving all my logins into my password manager - is the ski pass account login the same as the online shop one, or are they separate accounts?
""")

A("receipt", "es", "-", "acuse de lectura", "Ana Torres <ana.torres@torres.example>", "Leído: Re: Quiero hablar con un superior", """
Su mensaje fue leído el 2 de junio de 2025.
""", report="disposition-notification", status="""
Reporting-UA: torres.example; Outlook
Final-Recipient: rfc822;ana.torres@torres.example
Disposition: manual-action/MDN-sent-automatically; displayed
""")

A("list", "en", "-", "bulk mail without List-Id", "Hostel Deals <deals@hostelhub.example>", "Weekend deals in Edinburgh", """
Beds from 12 pounds this weekend. You're getting this because you booked with us before. Unsubscribe in one click.
""", extra=["Precedence: bulk", "List-Unsubscribe: <https://hostelhub.example/unsub?u=41>"])

A("bounce", "en", "-", "Google-style bounce text only", "Mail Delivery Subsystem <mailer-daemon@mx.mailbox.example>", "Delivery Status Notification (Failure)", """
Address not found

Your message wasn't delivered to mpettibone@mailbox.example because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
""", extra=["Auto-Submitted: auto-replied", "X-Failed-Recipients: mpettibone@mailbox.example"])

A("self", "fr", "-", "réponse du desk", "Service client <support@example.test>", "Re: Facture accordage", """
Bonjour Madame Roy, la facture a été corrigée à 120 €.
""", msgid_domain="escalated.example.test", to="nathalie.roy@roy.example")

# =================================================================== writing and checking

HEADER = "file\ttriggers\tautomated\tlang\ttrap\tnote"


def generate():
    rng = random.Random(SEED)
    order = list(range(len(MSGS)))
    rng.shuffle(order)
    for old in os.listdir(HERE):
        if old.startswith("h10-") and old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    rows = [HEADER]
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        name = "h10-%04d.eml" % n
        data = render(m, n, rng)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        for field in (m["trap"], m["note"]):
            assert "\t" not in field and "\n" not in field
        rows.append("\t".join([name, ",".join(m["triggers"]) or "-", m["automated"],
                               m["lang"], m["trap"], m["note"]]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d messages to %s" % (len(order), HERE))


def check():
    errors = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().splitlines()
    if not lines or lines[0] != HEADER:
        errors.append("labels.tsv: bad header")
    labels = {}
    for ln in lines[1:]:
        cols = ln.split("\t")
        if len(cols) != 6:
            errors.append("labels.tsv: bad row %r" % ln)
            continue
        if cols[0] in labels:
            errors.append("labels.tsv: duplicate %s" % cols[0])
        labels[cols[0]] = cols
    files = sorted(x for x in os.listdir(HERE) if x.endswith(".eml"))
    if set(files) != set(labels):
        errors.append("labels.tsv and .eml files differ: %s" % sorted(set(files) ^ set(labels)))
    per_trigger = {t: 0 for t in VALID_IDS}
    per_auto, per_lang = {}, {}
    pos = neg = 0
    for name in files:
        raw = open(os.path.join(HERE, name), "rb").read()
        if raw.replace(b"\r\n", b"").count(b"\n") or raw.replace(b"\r\n", b"").count(b"\r"):
            errors.append("%s: bare LF or CR" % name)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r" % (name, part.defects))
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    part.get_payload(decode=True).decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    errors.append("%s: charset %s: %s" % (name, cs, e))
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            try:
                if msg[h] is None or not str(msg[h]).strip():
                    errors.append("%s: missing %s" % (name, h))
            except Exception as e:  # header parse failure
                errors.append("%s: header %s: %s" % (name, h, e))
        if name not in labels:
            continue
        _, trig, auto, lang, trap, note = labels[name]
        ids = [] if trig == "-" else trig.split(",")
        if ids != sorted(ids) or len(set(ids)) != len(ids):
            errors.append("%s: triggers not sorted/unique" % name)
        for t in ids:
            if t not in VALID_IDS:
                errors.append("%s: unknown trigger %s" % (name, t))
            else:
                per_trigger[t] += 1
        if auto != "-":
            if auto not in AUTO_KINDS:
                errors.append("%s: bad automated kind %s" % (name, auto))
            if ids:
                errors.append("%s: automated mail with triggers" % name)
            per_auto[auto] = per_auto.get(auto, 0) + 1
        elif ids:
            pos += 1
        else:
            neg += 1
        if lang not in LANGS:
            errors.append("%s: bad lang %s" % (name, lang))
        per_lang[lang] = per_lang.get(lang, 0) + 1
        if not trap or not note:
            errors.append("%s: empty trap/note" % name)
    for t, n in sorted(per_trigger.items()):
        if n < 10:
            errors.append("trigger %s has only %d positives" % (t, n))
    print("messages: %d (positive %d, negative %d, automated %d)"
          % (len(files), pos, neg, sum(per_auto.values())))
    print("languages: " + ", ".join("%s %d" % kv for kv in sorted(per_lang.items())))
    print("automated: " + ", ".join("%s %d" % kv for kv in sorted(per_auto.items())))
    print("triggers:")
    for t, n in sorted(per_trigger.items()):
        print("  %-28s %d" % (t, n))
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("check FAILED (%d errors)" % len(errors))
        return 1
    print("check OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    generate()
