#!/usr/bin/env python3
# Copyright (c) 2026 the escalated contributors
# SPDX-License-Identifier: MIT
"""Build the dev3 labelled corpus for escalated.

Every message text below was written by hand.  Running this script (standard library
only) writes d3-0001.eml ... and labels.tsv into the directory that holds the script,
then validates the result.  Output is deterministic.

Record format used in the text blocks:

    === <lang> <triggers|-|auto:KIND> <trap> <fmt> :: <note>
    Header: value            (From, Subject, To, Cc, Date, In-Reply-To, References,
    ...                       X-Mailer, Attach ... ; "Attach" is a build directive)
    ~~
    body text

fmt "raw" means the block (without a ~~ line) is a complete message written by hand.
"""

import base64
import email
import email.policy
import hashlib
import html
import html.entities
import os
import quopri
import random
import re
import sys
from email.header import Header
from email.utils import formataddr, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260303
DESK = "support@example.test"

TRIGGERS = [
    "billing_dispute", "broken_promise", "cancellation_threat", "corporate_contact_request",
    "data_loss", "discrimination_harassment", "executive_contact", "feature_request",
    "high_value_order", "legal_threat", "manager_request", "media_threat", "outage",
    "regulatory", "repeat_contact", "safety", "security_incident", "severe_dissatisfaction",
    "technical_issue",
]
AUTO_KINDS = ["auto_reply", "bounce", "list", "receipt", "self"]
LANGS = ["en", "de", "fr", "es"]
TRAPS = ["title", "quoted", "signature", "negation", "policy_question", "reported",
         "innocuous", "conditional", "other", "-"]
FMTS = ["plain", "qp", "b64", "l1", "l1qp", "l9", "w1252", "html", "htmlent", "htmlraw",
        "alt", "altent", "attach", "raw", "rawl1"]

BLOCKS = []  # filled by the text sections below


def add(text):
    BLOCKS.append(text)


# --------------------------------------------------------------------------- parsing

class Rec:
    pass


def parse_blocks():
    recs = []
    for block in BLOCKS:
        parts = re.split(r"^=== ", block, flags=re.M)
        for chunk in parts:
            if not chunk.strip():
                continue
            meta, _, rest = chunk.partition("\n")
            head, _, note = meta.partition("::")
            fields = head.split()
            if len(fields) != 4:
                raise SystemExit("bad meta line: %r" % meta)
            r = Rec()
            r.lang, trig, r.trap, r.fmt = fields
            r.note = note.strip()
            r.auto = "-"
            if trig.startswith("auto:"):
                r.auto = trig[5:]
                r.triggers = []
            elif trig == "-":
                r.triggers = []
            else:
                r.triggers = sorted(trig.split(","))
            r.headers = []
            r.attach = []
            if r.fmt in ("raw", "rawl1"):
                r.raw = rest.strip("\n") + "\n"
            else:
                hdr, sep, body = rest.partition("\n~~\n")
                if not sep:
                    raise SystemExit("missing ~~ in record: %r" % meta)
                for line in hdr.split("\n"):
                    if not line.strip():
                        continue
                    k, _, v = line.partition(":")
                    k, v = k.strip(), v.strip()
                    if k == "Attach":
                        r.attach.append(v)
                    else:
                        r.headers.append((k, v))
                r.body = body.strip("\n") + "\n"
            recs.append(r)
    return recs


# --------------------------------------------------------------------------- encoding

CHARSET_OF = {"l1": "iso-8859-1", "l1qp": "iso-8859-1", "l9": "iso-8859-15",
              "w1252": "windows-1252"}


def enc_header_text(s, charset):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    try:
        s.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return Header(s, charset, maxlinelen=76).encode(linesep="\r\n")


def enc_addr(value, charset):
    out = []
    for piece in split_addrs(value):
        name, addr = parseaddr(piece)
        if not addr:
            raise SystemExit("bad address %r" % piece)
        if not name:
            out.append(addr)
            continue
        try:
            name.encode("ascii")
            out.append(formataddr((name, addr)))
        except UnicodeEncodeError:
            out.append("%s <%s>" % (enc_header_text(name, charset), addr))
    return ", ".join(out)


def split_addrs(value):
    res, cur, inq, depth = [], "", False, 0
    for ch in value:
        if ch == '"':
            inq = not inq
        if ch == "<":
            depth += 1
        if ch == ">":
            depth -= 1
        if ch == "," and not inq and depth == 0:
            res.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        res.append(cur.strip())
    return res


def qp(data):
    return quopri.encodestring(data).decode("ascii")


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def text_part(text, charset="utf-8", cte=None, subtype="plain"):
    data = text.encode(charset)
    if cte is None:
        cte = "7bit" if all(b < 128 for b in data) else "8bit"
    hdr = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (
        subtype, charset, cte)
    if cte == "quoted-printable":
        payload = qp(data)
    elif cte == "base64":
        payload = b64(data)
    else:
        payload = text
    return hdr, payload, charset


OUTLOOK_KEYS = ("From:", "Von:", "De :", "De:")
SENT_KEYS = ("Sent:", "Gesendet:", "Envoyé :", "Enviado:", "Enviado el:", "Date:", "Datum:")


def to_html(text, entities=False):
    """Turn a hand-written plain body into the HTML a mail client would produce."""

    def esc(s):
        s = html.escape(s, quote=False)
        if entities:
            out = []
            for ch in s:
                cp = ord(ch)
                if cp > 127:
                    name = html.entities.codepoint2name.get(cp)
                    out.append("&%s;" % name if name else "&#%d;" % cp)
                else:
                    out.append(ch)
            s = "".join(out)
        return s

    def paras(lines):
        out, cur = [], []
        for ln in lines + [""]:
            if ln.strip() == "":
                if cur:
                    out.append("<p>" + "<br>\n".join(esc(x) for x in cur) + "</p>")
                    cur = []
            else:
                cur.append(ln)
        return "\n".join(out)

    def convert(lines):
        out, i, buf = [], 0, []
        while i < len(lines):
            ln = lines[i]
            if ln.startswith(">"):
                out.append(paras(buf))
                buf = []
                q = []
                while i < len(lines) and lines[i].startswith(">"):
                    q.append(lines[i][1:][1:] if lines[i][1:2] == " " else lines[i][1:])
                    i += 1
                out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;'
                           'border-left:1px solid #ccc;padding-left:1ex">\n'
                           + convert(q) + "\n</blockquote>")
                continue
            if ln.startswith(OUTLOOK_KEYS) and any(
                    lines[j].startswith(SENT_KEYS) for j in range(i + 1, min(i + 3, len(lines)))):
                out.append(paras(buf))
                buf = []
                hdr = []
                while i < len(lines) and lines[i].strip():
                    k, _, v = lines[i].partition(":")
                    hdr.append("<b>%s:</b> %s" % (esc(k), esc(v.strip())))
                    i += 1
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                           'padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">'
                           + "<br>\n".join(hdr) + "</p>\n</div>\n" + convert(lines[i:]))
                return "\n".join(x for x in out if x)
            buf.append(ln)
            i += 1
        out.append(paras(buf))
        return "\n".join(x for x in out if x)

    body = convert(text.rstrip("\n").split("\n"))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8">\n</head>\n<body>\n<div dir="ltr">\n' + body
            + "\n</div>\n</body>\n</html>\n")


def fake_attachment(spec, n):
    """spec: filename|mime/type|description"""
    fname, ctype, desc = (spec.split("|") + ["", ""])[:3]
    seed = hashlib.sha256((spec + str(n)).encode()).digest()
    if ctype == "text/plain":
        data = desc.replace("\\n", "\n").encode("utf-8")
    elif ctype == "image/png":
        data = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + seed * 6
    elif ctype == "application/pdf":
        data = (b"%PDF-1.4\n% " + desc.encode("latin-1", "replace") + b"\n1 0 obj\n<<>>\nendobj\n"
                + seed * 4 + b"\n%%EOF\n")
    else:
        data = seed * 8
    return fname, ctype, data


def boundary(n, tag):
    return "----=_Part_%s_%04d_%s" % (tag, n, hashlib.md5(("%s%d" % (tag, n)).encode()).hexdigest()[:12])


def build_customer(r, n):
    hdrs = dict((k.lower(), v) for k, v in r.headers)
    charset = CHARSET_OF.get(r.fmt, "utf-8")
    frm = hdrs.get("from")
    if not frm or "subject" not in hdrs:
        raise SystemExit("record %d lacks From/Subject" % n)
    dom = parseaddr(frm)[1].split("@")[1]
    out = []
    out.append("From: " + enc_addr(frm, charset))
    out.append("To: " + enc_addr(hdrs.get("to", DESK), charset))
    if "cc" in hdrs:
        out.append("Cc: " + enc_addr(hdrs["cc"], charset))
    out.append("Subject: " + enc_header_text(hdrs["subject"], charset))
    out.append("Date: " + hdrs.get("date", fake_date(n)))
    mid = hdrs.get("message-id", "<%s.%d@%s>" % (
        hashlib.sha1(("%d%s" % (n, r.body)).encode()).hexdigest()[:16], 7000 + n,
        "mail." + dom if n % 3 else dom))
    out.append("Message-ID: " + mid)
    for k, v in r.headers:
        if k.lower() in ("from", "to", "cc", "subject", "date", "message-id"):
            continue
        out.append("%s: %s" % (k, v))
    out.append("MIME-Version: 1.0")
    head = "\n".join(out) + "\n"

    body = r.body
    fmt = r.fmt
    if fmt in ("plain", "qp", "b64", "l1", "l1qp", "l9", "w1252"):
        cte = {"plain": None, "qp": "quoted-printable", "b64": "base64", "l1": None,
               "l1qp": "quoted-printable", "l9": None, "w1252": None}[fmt]
        ph, payload, _ = text_part(body, charset, cte)
        return head + ph + "\n" + payload
    if fmt in ("html", "htmlent"):
        ph, payload, _ = text_part(to_html(body, fmt == "htmlent"), "utf-8",
                                   "quoted-printable", "html")
        return head + ph + "\n" + payload
    if fmt == "htmlraw":
        ph, payload, _ = text_part(body, "utf-8", "quoted-printable", "html")
        return head + ph + "\n" + payload
    if fmt in ("alt", "altent"):
        b = boundary(n, "alt")
        p1h, p1, _ = text_part(body, "utf-8", "quoted-printable" if n % 2 else None)
        p2h, p2, _ = text_part(to_html(body, fmt == "altent"), "utf-8", "quoted-printable", "html")
        return (head + 'Content-Type: multipart/alternative; boundary="%s"\n\n' % b
                + "--%s\n%s\n%s\n--%s\n%s\n%s\n--%s--\n" % (b, p1h, p1, b, p2h, p2, b))
    if fmt == "attach":
        b = boundary(n, "mix")
        p1h, p1, _ = text_part(body, "utf-8", "quoted-printable" if n % 2 else None)
        s = head + 'Content-Type: multipart/mixed; boundary="%s"\n\nThis is a multi-part message in MIME format.\n\n' % b
        s += "--%s\n%s\n%s\n" % (b, p1h, p1)
        for spec in r.attach:
            fname, ctype, data = fake_attachment(spec, n)
            s += ('--%s\nContent-Type: %s; name="%s"\nContent-Disposition: attachment; '
                  'filename="%s"\nContent-Transfer-Encoding: base64\n\n%s' % (
                      b, ctype, fname, fname, b64(data)))
        s += "--%s--\n" % b
        return s
    raise SystemExit("unknown fmt %s" % fmt)


ZONES = ["+0000", "+0100", "+0200", "-0500", "-0800", "+0530", "-0300", "+1000"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fake_date(n):
    import datetime
    base = datetime.datetime(2026, 3, 16, 7, 0, 0)
    rnd = random.Random(n * 7919)
    d = base + datetime.timedelta(minutes=n * 80 + rnd.randint(0, 70), seconds=rnd.randint(0, 59))
    return "%s, %d %s %d %02d:%02d:%02d %s" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1],
                                               d.year, d.hour, d.minute, d.second,
                                               ZONES[n % len(ZONES)])


# =========================================================================== English, with triggers

add(r"""
=== en legal_threat,technical_issue conditional qp :: invoices export broken; conditional solicitor threat
From: Dana Whitfield <dana@harbourline-joinery.example>
Subject: Invoice export has been broken since the update
X-Mailer: Microsoft Outlook 16.0
~~
Hello,

Since your update on Monday the "Export to PDF" button on invoices produces a blank page. Every single one. I have 40 invoices to send out this month and I can't send any of them.

I've cleared the cache, tried Chrome and Edge, same thing.

I'll be blunt: this is costing me money. If it is not working again by the 14th, my solicitor will be writing to you about the losses, and I have already kept copies of everything.

Dana Whitfield
Harbourline Joinery Ltd
=== en billing_dispute,regulatory - qp :: roaming charge disputed, ombudsman complaint lodged
From: "Kevin O'Rourke" <k.orourke@postbox.example>
Subject: Roaming charges on my March bill
~~
Hi,

My March bill has £86.40 of "EU data roaming" on it. I was in Leeds the entire month. I have not left the country since 2023, I can send you my passport if you like.

I phoned last week and was told it "looks correct". It is not correct. I've now filed a complaint with the telecoms ombudsman and given them the reference number from your last call. Please remove the charge.

Kevin O'Rourke
=== en manager_request,repeat_contact,technical_issue - alt :: fourth email about sync error; asks for whoever is in charge
From: Priya Natarajan <priya.n@lumenfield.example>
Subject: Still no answer on ticket 55102
~~
This is the fourth time I am writing about the same sync error on ticket 55102 and every time I get a canned reply telling me to log out and in again.

I don't want another canned reply. Put me through to whoever is in charge of your support team, please. A phone call is fine, my number is on the account.

Priya
=== en corporate_contact_request,executive_contact - alt :: asks for chief executive's email to write to her
From: Margaret Ellison <m.ellison@ellison-partners.example>
Subject: Contact details
~~
Good afternoon,

Could you please provide me with the direct email address of your chief executive, Ms. Hartley? Given how the last six weeks have gone, I intend to set out the whole history of this account to her personally.

I would also be grateful for the postal address of your registered office.

Kind regards,
Margaret Ellison
=== en security_incident - plain :: account taken over, payout details changed
From: Tomasz Wierzbicki <tomasz.w@mailhaven.example>
Subject: someone got into my account
~~
Hi, someone got into my seller account last night. I got an email at 3am saying my payout bank details were changed and I did not do that. I also cant see my two factor phone anymore, its been replaced with a number I dont know.

Please lock the account and stop any payouts until I can prove who I am. What do you need from me?

Tomasz
=== en data_loss,technical_issue - b64 :: notes vanished after app update
From: Hannah Greaves <hgreaves@fernmail.example>
Subject: All my notes from last year are gone
~~
Hi there,

I updated the app on my iPad yesterday (version 8.2) and when I opened it all my notebooks from 2025 were empty. The notebook names are still there but there's nothing inside them. About 300 pages of lecture notes.

The web version shows the same empty notebooks so I don't think it's just the iPad.

Is there any way to get them back? I really need them for my exams in May.

Thanks,
Hannah
=== en outage,technical_issue - html :: dashboard 502 for whole team
From: Luis Carvalho <luis@tidewater-logistics.example>
Subject: Dashboard returning 502 for everyone
~~
Hi support,

Since about 08:40 UTC nobody on our team (23 people, three offices) can get into the dashboard. We get "502 Bad Gateway" on every page, including the login page. The API also answers 502.

Your status page says all systems operational, which is clearly not the case.

Please let us know what's going on, we have drivers waiting on dispatch lists.

Luis Carvalho
Operations, Tidewater Logistics
=== en billing_dispute - attach :: charged twice for same month
From: Jess Allard <jess.allard@quickpost.example>
Subject: charged twice??
Attach: card-statement.png|image/png|
~~
hi, my card got charged $49.99 twice on the 2nd for the same monthly plan. two separate transactions, same time. can you refund one of them please

jess
=== en cancellation_threat,severe_dissatisfaction,technical_issue title w1252 :: double-booking bug; moving to competitor; absolute shambles; Practice Manager signature is only a title
From: Gareth Pryce <gareth.pryce@pryce-dental.example>
Subject: Appointment reminders
~~
To whoever reads this,

Your online booking has been double-booking our appointment slots all week. Patients keep turning up for slots the system had already given to someone else.

Frankly the whole thing has been an absolute shambles since you “upgraded” the platform. We’re moving the practice over to your competitor at the end of the month, and I’d like written confirmation of our notice period.

Gareth Pryce
Practice Manager
=== en media_threat,technical_issue - plain :: crash on big playlists; creator threatens video
From: Ravi Menon <ravi.menon@streamfan.example>
Subject: app crashes on big playlists
~~
The app crashes every time I open a playlist with more than 200 songs. I have reported this in the app three weeks ago, nothing.

I run a fairly big music channel and I'll make sure everyone knows about it, a video on how your app treats paying users is already half edited. Fix it or that's going up on Friday.
=== en discrimination_harassment - qp :: staff comments about wheelchair at store
From: Eleanor Baptiste <eleanor.baptiste@northmail.example>
Subject: How I was treated at your Riverside store
~~
Dear Sir or Madam,

On Saturday I visited your Riverside store to collect a click-and-collect order. I use a wheelchair. The member of staff at the collection desk refused to bring the parcel round the counter, and when I asked again he said, loudly enough for the queue to hear, that "people like you should get things delivered and stop blocking the aisle".

I have never been spoken to like that in a shop. I would like to know what you intend to do about it.

Eleanor Baptiste
=== en safety,technical_issue - qp :: power bank swelled and smoked
From: Craig Donnelly <craigd@bluemoor.example>
Subject: Power bank PB-20 started smoking
~~
Hi,

My PB-20 power bank (bought December) got extremely hot while charging on my desk tonight and started giving off smoke. The case has swollen and there's a scorch mark on the desk. I unplugged it and put it outside on the patio.

Nobody was hurt but my daughter was sitting right next to it. Is there a recall on these? What should I do with it?

Craig
=== en broken_promise - htmlent :: callback promised, never came
From: Sandra Kowalczyk <s.kowalczyk@meadowmail.example>
Subject: Callback about my boiler cover
~~
Hello,

On Tuesday I was told by a lady on your phone line that someone from the claims team would ring me back "within 24 hours" about my boiler cover claim. It is now Friday and nobody has called.

Could someone please actually call me this time. I am in all day.

Sandra Kowalczyk
Policy BC-448120
=== en high_value_order,technical_issue - attach :: 12 laptops arrived faulty, order 18,960 GBP
From: Oliver Strand <o.strand@strand-architects.example>
Subject: Order SO-77821 - 5 of 12 laptops won't boot
Attach: SO-77821-delivery-note.pdf|application/pdf|Delivery note SO-77821
~~
Hello,

We received order SO-77821 (12 x ProBook 14, total £18,960.00 inc. VAT) on Wednesday. Five of the twelve machines do not get past the BIOS screen, they show "No bootable device" and power off.

We have staff starting on Monday who need these. Please advise on replacements urgently; the delivery note is attached.

Oliver Strand
Strand Architects
=== en feature_request - plain :: wants recurring tasks on custom weekdays
From: Beatriz Lindqvist <bea@lindqvist-studio.example>
Subject: Small idea for recurring tasks
~~
Hi team,

Love the app, use it every day. One thing I keep missing: I'd really like to be able to set a task to repeat on e.g. Monday AND Thursday only. Right now it's daily, weekly or monthly. Could you add custom weekdays for recurring tasks? I bet I'm not the only one.

Cheers, Bea
=== en media_threat - b64 :: journalist asking for comment
From: Nathan Ocampo <n.ocampo@dailyledger.example>
Subject: Request for comment - Dailyledger
~~
Hello,

I'm a reporter at the Daily Ledger working on a piece about delays in insurance payouts for storm damage claims filed in January. Several of your policyholders have contacted us.

Could someone from your company respond to a few questions before Thursday 5pm? In particular, how many storm claims are currently outstanding, and what is the average time to settlement?

Thanks,
Nathan Ocampo
Consumer affairs desk, The Daily Ledger
=== en broken_promise,legal_threat,severe_dissatisfaction - plain :: shouting, promised part never came, lawyer
From: Barry Hendricks <barry.h@tollgate.example>
Subject: YOUR "GUARANTEE"
~~
I AM ABSOLUTELY LIVID.

You promised the replacement part would be here within 48 hours. That was three weeks ago. The van has been off the road the entire time. I run a business, I cannot run it without a van.

You'll be hearing from my lawyer. I've had enough of being lied to by a call centre.

Barry
=== en outage,repeat_contact,technical_issue - altent :: payment processing down, third email
From: Aisha Bello <aisha@kolaspices.example>
Subject: Checkout not taking payments - 3rd email
~~
This is my third email today. Checkout on my shop has not taken a single card payment since 11:00. Every customer gets "Payment could not be processed, code PP-500". Other shops on your platform are posting about the same thing in the community forum.

I'm losing orders every minute. Please reply.

Aisha Bello
Kola Spices
=== en billing_dispute,broken_promise - qp :: refund promised after cancelling not received; charged again
From: Martin Vogel <martin.vogel@grainmail.example>
Subject: Refund still not here
~~
Hi,

I cancelled my Premium subscription on 3 February. The agent (Chloe) confirmed it and promised a refund of the January payment within 5 working days. That was five weeks ago. No refund. And on 1 March I was charged $29.00 again for a plan I don't have anymore.

So I need two things back: the $29.00 from March and the refund I was promised.

Martin
=== en executive_contact,severe_dissatisfaction - qp :: cc'd the CEO, disgraceful
From: Fiona Ashcombe <fiona@ashcombe-events.example>
Subject: Venue booking system - wedding on 14 June
Cc: ceo@example.test
~~
I have copied in your CEO because frankly I no longer trust this inbox to get anything done.

Your events team cancelled a wedding reception we confirmed and paid the deposit on in October, and gave the date to someone else. Nobody can explain how. The couple found out from the venue, not from you.

The way this has been handled is a disgrace.

Fiona Ashcombe
Ashcombe Events
=== en regulatory,security_incident,technical_issue - plain :: portal shows another patient's letters; reported to ICO
From: Sunita Rao <sunita.rao@greenwick.example>
Subject: I received another customer's medical letters
~~
Hello,

When I logged into the patient portal this morning I could see appointment letters for a different patient, full name, date of birth and the clinic she's been referred to. I haven't opened them beyond the first page but they are clearly not mine.

This is someone's health information sitting in my account. I've reported it to the Information Commissioner's Office already because I don't think this should be left to you to sort quietly.

Sunita Rao
=== en cancellation_threat,technical_issue conditional html :: sync broken; conditional non-renewal
From: Daniel Achterberg <daniel@achterberg-consult.example>
Subject: Calendar sync with Outlook stopped working
~~
Hi,

Since last Thursday, meetings created in your app are no longer appearing in Outlook. The sync log just says "token refresh failed (401)". Reconnecting the account doesn't help.

Our renewal is due on 30 April. If this isn't resolved before then, we won't be renewing, it's the only reason we use you.

Daniel
=== en feature_request,technical_issue - alt :: CSV import bug plus wish for XLSX
From: Mei Lin Tan <meilin.tan@orchardpay.example>
Subject: CSV import + a suggestion
~~
Hello,

Two things.

1) The CSV import rejects any file where the amount column uses a comma as the decimal separator, even though my locale is set to Germany. The error says "Invalid number in row 2". Looks like a bug.

2) It would save us a lot of time if the importer could read XLSX files directly. Our bank only gives us Excel exports.

Thanks!
Mei Lin
=== en manager_request,broken_promise - plain :: wants someone senior to call, promised fix never happened
From: Robert Lamb <rlamb@lambandsons.example>
Subject: Fibre installation - again
~~
Your engineer was booked for Monday between 8 and 12. Nobody came. I was told on the phone he would definitely come on Wednesday instead. Nobody came on Wednesday either.

I'd like someone senior to phone me, not another agent reading from a script. Whoever manages the installation team will do.

Robert Lamb
=== en severe_dissatisfaction - alt :: worst hotel experience, strong wording, no other trigger
From: Claire Dufort <claire.dufort@wanderpost.example>
Subject: Our stay at the Harbour View, 3-6 April
~~
We booked the Harbour View through your site as a "4-star sea view" room. We got a room facing a car park, a broken shower and carpet that smelled of damp. The front desk shrugged.

I have travelled a lot and this was without exaggeration the most appalling hotel stay of my life. Pictures on your listing must be ten years old.

I'd like to know what you're going to offer us.
Claire
=== en high_value_order,broken_promise - l9 :: 6 300 EUR order, promised delivery date missed
From: Henrik Aaltonen <henrik.aaltonen@nordlight.example>
Subject: PO 2026-0311 delivery
Date: Fri, 27 Mar 2026 10:03:41 +0200
~~
Hello,

Our purchase order 2026-0311 for 40 LED panels (6 300 € net) was confirmed with delivery "guaranteed by 20 March". Today is the 27th, nothing has arrived and the tracking number you gave us is not recognised by the carrier.

The electricians are booked for next week. Please tell us where the goods are.

Henrik Aaltonen
Nordlight Oy
=== en data_loss,outage,technical_issue - qp :: server down and backups missing
From: Kwame Mensah <kwame@mensah-hosting.example>
Subject: VPS 203.0.113.41 down, snapshots missing
~~
Our VPS at 203.0.113.41 has been unreachable since 02:10 UTC. Console access doesn't work either, the panel shows "host error".

Worse, when I went to restore from snapshot, the snapshot list is empty. There were 14 daily snapshots yesterday. We need to know whether those are gone for good.

Kwame
=== en discrimination_harassment,manager_request - plain :: driver made racist remarks, wants supervisor
From: Abdullahi Yusuf <a.yusuf@citymail.example>
Subject: Complaint about a driver, booking RX-55831
~~
Hello,

Your driver on booking RX-55831 yesterday evening made comments about my accent and asked if I was "even allowed to be in this country". When I asked him to stop he turned the music up and told me to get out early.

I want to speak to a supervisor about this, not fill in another feedback form.

Abdullahi Yusuf
=== en legal_threat,billing_dispute - alt :: small claims over disputed invoice
From: Peter Costa <peter.costa@costaplumbing.example>
Subject: Invoice INV-20931
~~
Hi

Invoice INV-20931 bills me for 12 months of the Pro plan at $1,188. I signed up for monthly and I have the confirmation email saying monthly. I am not paying for a year up front that I never agreed to.

If the invoice isn't corrected I'll file in small claims court, I've already downloaded the form.

Peter
=== en security_incident - plain :: phishing sent from the company's own domain
From: Ingrid Solberg <ingrid.solberg@fjordmail.example>
Subject: Phishing email from your own address?
~~
Hi,

I just received an email from noreply@example.test, with your logo, asking me to "re-confirm my card" on a page at a weird domain. The headers look like it really came from your mail server, it passed all the checks in my client.

Two of my colleagues got the same one. Either your mail system has been compromised or someone is sending through it. You should probably look into this fast.

Ingrid
=== en outage,technical_issue - html :: cannot log in at all, everybody
From: marco.bellini@studiobellini.example
Subject: cant log in
~~
nobody in our office can log in since this morning, it just spins and then says service unavailable. tried phones, laptops, different networks. is it you or us?
=== en cancellation_threat,repeat_contact,severe_dissatisfaction - qp :: sick of writing, closing account
From: Tara McBride <tara.mcbride@loughmail.example>
Subject: Closing my account
~~
I have now emailed you FIVE times about converting our joint account into a sole account and every reply is from a different person who clearly hasn't read the previous ones.

I'm sick to the back teeth of it. I'm taking my money elsewhere, please send me the form to close the account and transfer the balance.

Tara
=== en safety - plain :: wooden toy bead comes off, choking hazard (not a technical product)
From: Naomi Feld <naomi.feld@kinmail.example>
Subject: Stacking rings - pieces coming off
~~
Hello,

We bought the wooden stacking rings (item 44-102) for our 10 month old. Within a day the little bead on top of the stick came off in his mouth. I managed to get it out straight away but it's exactly the size that could choke a baby.

The box says 6 months+. I think you need to look at this urgently before a child gets hurt, and I'd like to know whether other parents have reported it.

Naomi
=== en feature_request - htmlent :: wants API webhooks for refunds
From: Sven Halvorsen <sven@halvorsen-dev.example>
Subject: Webhook for refunds
~~
Hey,

We're integrating your payments API. There are webhooks for payment.created and payment.failed but nothing when a refund completes. Please add a refund.completed event (or similar) - right now we have to poll every few minutes, which is wasteful for both of us.

Thanks,
Sven
=== en corporate_contact_request - plain :: wants head office address and legal department contact
From: Lorraine Whitcombe <l.whitcombe@fairbanks-hr.example>
Subject: Request for contact details
~~
Hello,

Please could you send me the address of your head office and a contact for your legal department. I need to send a formal letter regarding the renewal terms in our agreement and I'd rather it went to the right people than to a general inbox.

Thank you,
Lorraine Whitcombe
=== en regulatory,billing_dispute,severe_dissatisfaction - qp :: energy overbilling, ombudsman, outrageous
From: Colin Wetherby <colin.wetherby@oakmail.example>
Subject: Estimated bill of £1,140
~~
You have sent me an "estimated" electricity bill for £1,140 for one quarter. My usual quarterly bill is about £210. I sent you meter readings with photos in January AND February, both ignored.

This is outrageous. I will not be paying a penny of it, and if it's not withdrawn and recalculated from my actual readings this week, it goes straight to the Energy Ombudsman.

Colin Wetherby
=== en broken_promise,repeat_contact,technical_issue - b64 :: bug fix promised in release, still broken, third time
From: Yasmin Haddad <yasmin@haddadtranslations.example>
Subject: Re: Word count wrong on PDF uploads
In-Reply-To: <ticket-81234.3@escalated.example.test>
References: <ticket-81234.1@escalated.example.test> <ticket-81234.3@escalated.example.test>
~~
Hi,

This is now the third time I've raised this. In January I was told the word count bug on scanned PDFs would be fixed "in the February release". February's release came and went. The count is still about 30% too low, which means I'm quoting clients too little.

Please can someone give me a real date.

Yasmin
=== en executive_contact,manager_request - altent :: wants CEO, escalation
From: Jonathan Reyes <jreyes@reyes-freight.example>
Subject: Escalate please
~~
I want this escalated. Honestly the back-and-forth on our container booking has gone on long enough.

I've also sent a letter to your CEO this morning describing what happened with the Rotterdam shipment, so don't be surprised if you hear from her office.

J. Reyes
=== en high_value_order,billing_dispute - plain :: invoice USD 12k, overcharged vs quote
From: Amelia Fairbanks <afairbanks@cresthill-school.example>
Subject: Invoice 88-2201 does not match quote
~~
Hello,

We received invoice 88-2201 for the classroom tablets, USD 12k. Our signed quote for the same 30 tablets was USD 9,450. Nothing was added to the order. Please issue a corrected invoice; our finance office will not pay the current one.

Regards,
Amelia Fairbanks
Bursar, Cresthill School
=== en broken_promise,media_threat,severe_dissatisfaction - qp :: promised delivery missed; reviews everywhere; pathetic
From: Dev Patel <devpatel88@inboxly.example>
Subject: My sofa
~~
Ordered a sofa in November. You promised delivery in January. Then it was February. Now "end of March maybe". Each answer is a different story.

This is the most pathetic excuse for customer service I've come across. I'm writing honest reviews on Trustpilot, Google and anywhere else that will take them, with the whole timeline and screenshots of your emails.
=== en technical_issue - plain :: simple bug report, report generation crash
From: Olga Petrenko <olga.p@vectorbooks.example>
Subject: Reports crash when date range crosses year end
~~
Hi,

When I generate the profit & loss report for 01/12/2025 to 31/01/2026 the page shows "Something went wrong (ERR_REPORT_RANGE)". Any range inside one calendar year works fine. Browser Firefox 124 on Windows.

Thanks,
Olga
=== en technical_issue - attach :: terse bug: app crashes on photo upload
From: Sam Whitaker <sam.w@pinemail.example>
Subject: crash
Attach: crash-log.txt|text/plain|FATAL EXCEPTION: main\nProcess: example.claims, PID: 22817\njava.lang.IllegalStateException: Bitmap recycled\n  at example.claims.ui.AttachPhoto.onResult(AttachPhoto.kt:88)\n
~~
App crashes every time I try to attach a photo to a claim. Pixel 7, Android 15, latest version from the store.
=== en legal_threat,data_loss,technical_issue - alt :: lost client files, legal action mentioned
From: Rachel Okafor <rachel@okafor-accountancy.example>
Subject: Client folders missing after migration
~~
After your migration to the "new storage backend" on Saturday, seven client folders in our account are completely empty. These contain tax records going back five years that we are legally obliged to keep.

I need them restored. If they can't be, we will be taking legal steps to recover the cost of reconstructing them, and we'll have to inform the clients.

Rachel Okafor ACA
=== en cancellation_threat,billing_dispute - plain :: price rise charged without notice; will cancel
From: Harriet Lowe <harriet.lowe@fieldmouse.example>
Subject: Why was I charged £14.99?
~~
My broadband is £9.99 a month on contract. This month you took £14.99 with no letter, no email, nothing. I want the £5 back.

And honestly, if this is how you treat customers who've been with you six years, I'll be going elsewhere when my contract ends in June.
=== en manager_request,repeat_contact - b64 :: polite; tried three times by phone; wants supervisor
From: George Whitfield <gwhitfield@seniornet.example>
Subject: Would like to speak to a supervisor
~~
Dear Sir/Madam,

I am 78 and I find it very hard to use your online forms. I have tried to change the address on my car insurance three times on the telephone and each time I am told to do it on the website.

I would like to speak to a supervisor who can simply change it for me. My telephone number is 01632 960 441. I am usually in after 10 in the morning.

Yours faithfully,
George Whitfield
=== en security_incident - qp :: suspicious logins from another country
From: Lena Hartmann <lena.hartmann@cloudnest.example>
Subject: Logins from Brazil I didn't make
~~
Hi, the "recent activity" page on my account shows four logins from São Paulo yesterday between 1 and 3am. I live in Edinburgh and was asleep. I've changed my password but I'd like you to check whether anything was accessed or downloaded.
=== en outage,technical_issue - plain :: API 503 for all calls
From: Femi Adeyemi <femi@brightledger.example>
Subject: API returning 503
~~
All API calls to api.example.test have returned 503 Service Unavailable since 14:05 CET. Our whole invoicing pipeline is stopped. Can you confirm you're aware and give an ETA?
=== en discrimination_harassment - alt :: agent sent abusive messages to customer
From: Chloe Marchetti <chloe.marchetti@lagoonmail.example>
Subject: Messages from one of your agents
~~
Hi,

After I complained in the chat yesterday about my delayed refund, the agent ("Kyle") started messaging me on my personal Instagram. First he called me a "hysterical woman", then he sent three more messages saying he knew where I lived because he'd seen my address on the order.

I've blocked him but I'm honestly scared. I have screenshots. Please tell me what you are doing about him.

Chloe
""")

add(r"""
=== en corporate_contact_request,executive_contact - qp :: asks who the CEO is and for his email to write to him
From: Walter Brandt <walter.brandt@brandtmotors.example>
Subject: Who runs your company?
~~
Good morning,

Who is actually running your company these days, and what is his or her email address? I have been a dealer partner of yours for eleven years and I would like to put in writing, to the person at the top, what the new commission portal has done to our margins.

Walter Brandt
=== en corporate_contact_request - html :: head office phone, not the helpline
From: Joanne Pike <joanne.pike@thistlemail.example>
Subject: Phone number
~~
Not the helpline number please, I've got that and it's useless. I need the phone number for your head office, the actual corporate switchboard.
=== en corporate_contact_request,legal_threat,repeat_contact - alt :: third letter; solicitor details below; asks for legal department address
From: Philippa Grant <pgrant@grantbakery.example>
Subject: Lease of the shop refrigeration unit
~~
Dear Sir or Madam,

Further to my letters of 2 and 16 February, I am now taking this further. My solicitor's details are below and she will be writing to you about the unit you removed from my premises without notice.

Please let me have the full postal address of your legal department so that correspondence can be directed properly.

Philippa Grant
Grant's Bakery

Solicitor: Ms A. Okonjo, Okonjo & Reed LLP, 14 Bank Street, Exampleton
--
Grant's Bakery Ltd. This message is confidential.
=== en safety,technical_issue - htmlent :: e-bike battery overheated, burn on leg
From: Maximilian Hoare <max.hoare@velomail.example>
Subject: E-bike battery got dangerously hot
~~
Hi,

Riding home on my Cityglide 3 on Thursday the battery pack (the one under the seat post) got so hot I could smell burning plastic. I stopped, and when I touched my calf where it rests against the frame I had a red burn mark. It's blistered now.

The bike is 4 months old. I've taken the battery out and it's sitting in a metal bucket in my garage. Please tell me what to do – I'm not putting it back on.

Max
=== en safety,technical_issue - qp :: kettle gave electric shock
From: Ruth Abernethy <ruth.abernethy@glenmail.example>
Subject: Kettle model K-220
~~
hello, the K-220 kettle I bought from you last month gave me an electric shock this morning when I touched the handle while it was boiling. Not a huge one but my arm tingled for a good while. It's unplugged now. I have two young kids in the house so it's going in the bin unless you want it back to test. I think you should check the others.
Ruth
=== en safety - l1 :: gas smell after engineer visit
From: Desmond Kelly <des.kelly@riverbankmail.example>
Subject: Smell of gas after your engineer's visit
~~
Hello,

Your engineer serviced our boiler yesterday afternoon (job ref. BS-20331). Since then there is a clear smell of gas in the kitchen near the boiler. We have turned the gas off at the meter, opened the windows and the children are at their grandmother's.

I have phoned the emergency gas line, but I want you to know too, and I want someone qualified to come and look at what was done. I'm not comfortable using the boiler at all.

Desmond Kelly
=== en safety,technical_issue - plain :: smart thermostat stuck at max, heater scorching
From: Ana Ribeiro <ana.ribeiro@coastmail.example>
Subject: thermostat stuck on 30 degrees
~~
the smart thermostat in my rental flat is stuck on 30 degrees and the app says "offline". the panel heater in the bedroom is so hot the curtain behind it has a brown scorch mark. I've pulled the curtain away and switched it off at the wall but I can't leave it like that, can someone come today? I'm worried it'll start a fire.
=== en billing_dispute,regulatory - qp :: overdraft fee after app failed; CFPB complaint
From: Marcus Bell <marcus.bell@prairiemail.example>
Subject: Overdraft fee of $35 on 2/11
~~
On February 11 your phone agent told me my available balance was $212.40. I paid a $60 bill. The next morning I had a $35 overdraft fee and the balance showed -$4.10 because a pending transaction from a week earlier had suddenly posted.

I'm disputing that fee. I've already submitted a complaint to the CFPB with the call reference, so you'll get it from them as well.

Marcus Bell
=== en regulatory - htmlent :: cookie banner, reported to data-protection authority
From: Joost van Dam <joost@vandam-webdesign.example>
Subject: Your cookie consent
~~
Hi,

Your website loads Google Analytics and two ad trackers before I've clicked anything on the consent banner, and there is no "reject all" option, only "accept" and "settings" that takes 20 clicks to untick. That's a GDPR violation, plain and simple.

I've filed a report with the Dutch data protection authority (Autoriteit Persoonsgegevens). Just so you know.

Joost
=== en legal_threat,regulatory - plain :: attorney general and attorney
From: Patricia Nwosu <pnwosu@lakeshoremail.example>
Subject: Home warranty claim #HW-99012
~~
To the claims department:

My AC unit failed in July. Your contractor came out four weeks later, said the compressor was gone, and your company then denied the claim citing "lack of maintenance", even though I sent proof of annual servicing.

I have filed a complaint with the State Attorney General's consumer protection division, and my attorney, Mr. Feldman, has the complete file. I expect a written response within 10 business days.

Patricia Nwosu
=== en regulatory conditional b64 :: conditional trading standards
From: Geoff Marsh <geoff.marsh@wealdmail.example>
Subject: Mattress returns
~~
Your website said 100-night trial, free returns. I'm on night 41 and your returns team is now saying collection isn't free after all. That's not what your website said when I bought it, I have a screenshot.

If the free collection isn't arranged, I'll be reporting you to Trading Standards for misleading advertising.

Geoff
=== en media_threat - w1252 :: influencer, followers will hear about it
From: Jade Moreau <jade@jadeinthekitchen.example>
Subject: The casserole dish you sent me
~~
Hi!

So the cast iron casserole I ordered arrived with a chipped enamel lid and you’ve now refused the exchange because I “opened the box”. I obviously had to open the box to see it was chipped??

I have 60k followers who trust my kitchen recommendations. I was going to feature it. Now they’re going to hear exactly how you deal with a simple chipped lid, story goes out tonight unless someone sorts this.

Jade
=== en cancellation_threat,media_threat,technical_issue - altent :: nightly internet drop; thread tagging them; switching
From: Rohan Desai <rohan.desai@inkwell.example>
Subject: done with this
~~
My internet has dropped out every evening between 7 and 10 for three weeks. I'm writing a thread about it with all the speed tests and tagging you, and then I'm switching to someone else. You can keep the router.
=== en media_threat,safety - plain :: local radio consumer programme; stair gate catch (non-technical goods)
From: Bernadette Quinn <b.quinn@quayside.example>
Subject: Stair gate recall?
~~
Hello,

I've been in touch with the consumer programme on our local radio station about the stair gates you sell (SafeStep 2). The catch releases when a toddler leans on it, my son fell three steps on Sunday. Luckily he's fine, just a bruise.

They're doing a piece next week and I'll be on it. You'd do better to tell parents now than have them hear it on the radio.

Bernadette Quinn
=== en broken_promise,cancellation_threat,high_value_order title attach :: EUR 48,000 contract; promised milestone missed; termination notice; own board only
From: Katrin Lindholm <k.lindholm@meridian-freight.example>
Subject: Implementation of contract MSA-2025-118
Attach: project-status.txt|text/plain|Milestone 1: delivered 12 Jan\nMilestone 2: due 1 Feb - not delivered\nMilestone 3: due 1 Mar - not started\n
~~
Dear account team,

We signed MSA-2025-118 in November (annual value €48,000). The implementation plan promised a working warehouse integration by 1 February. We're now in March and milestone 2 hasn't been delivered; current status is attached.

Our board has asked me to prepare the termination notice under clause 14.2. I would prefer not to send it, but unless we see a credible plan this week, I will.

Katrin Lindholm
Head of IT Operations
=== en high_value_order,technical_issue - l9 :: machine order 5.400,00 € doesn't work
From: Stefan Kowalski <s.kowalski@kowalski-druck.example>
Subject: Laminator LX-900, invoice 44120
~~
Hello,

we received the LX-900 laminator last week, invoice 44120 for 5.400,00 €. Since installation the heating roller does not reach temperature, the display shows "E07" after ten minutes and the machine stops.

Please send a technician. We paid in advance.

Regards
Stefan Kowalski
=== en broken_promise,technical_issue other qp :: order of exactly $5,000 (not high value); promised repair not done
From: Leah Goldberg <leah.goldberg@maplestudio.example>
Subject: Studio monitors - repair ticket RT-1177
~~
Hi,

We bought a pair of studio monitors from you in October for $5,000.00 exactly. One of them started buzzing and cutting out in January. Your repair centre promised it would be fixed and back with us in ten days. It has been five weeks, there's no update and the tracking page still says "received".

Can you chase this please?

Leah Goldberg
=== en feature_request title alt :: wants SAML SSO; Manager of IT signature
From: Arjun Bhatt <arjun.bhatt@kestrel-it.example>
Subject: SSO via SAML?
~~
Hi,

We're rolling your tool out to ~400 staff. We use Okta for everything. Please add SAML single sign-on; at the moment every user needs a separate password, which our security team will not sign off on long term.

If it's on the roadmap, a rough date would help us plan.

Arjun Bhatt
Manager of IT Infrastructure
=== en feature_request - plain :: phone-typed, wants multi-currency
From: dimitri.k@pocketmail.example
Subject: currencies
~~
hey would be really nice if the app did more than one currency, i get paid in usd and spend in eur and its a pain converting by hand every time. pls add that
=== en feature_request - html :: keyboard shortcuts request
From: Holly Aspinall <holly@aspinall-design.example>
Subject: Keyboard shortcuts in the editor
~~
Hello!

Any chance you could add keyboard shortcuts for the alignment tools in the editor? Cmd+Shift+L / R / C like most design apps would be lovely. I spend half my day clicking those tiny icons.

Thanks for a great product,
Holly
=== en data_loss,technical_issue - b64 :: photos deleted after plan change
From: Marion Castillo <marion.castillo@sunpost.example>
Subject: My photos
~~
Hi,

I downgraded from the 2TB plan to 200GB last week. I was under 200GB so I expected nothing to happen. Instead about 4,000 photos from 2019-2021 are simply gone from the library, and they're not in "recently deleted" either.

These are the only copies of my mum's last years. Please, please tell me they're recoverable.

Marion
=== en data_loss,technical_issue - alt :: spreadsheet corrupted on save
From: Ifeoma Chukwu <ifeoma.c@brightpath.example>
Subject: File corrupted after autosave
~~
Hi, our shared budget spreadsheet ("FY26 Budget v3") now says "This file is corrupted and cannot be opened" after autosave ran at 16:02 today. Version history only goes back to that same autosave. Three people worked on it all week. Is there any way to get an older version back?
=== en security_incident,technical_issue - qp :: password reset shows someone else's account
From: Ben Carver <ben.carver@westmail.example>
Subject: Password reset sent me into someone else's account
~~
Hi,

I used "forgot password" this morning. The link in the email logged me straight into an account that is not mine: a different name, different address and the last four digits of someone's card. I logged out immediately and haven't touched anything.

This looks serious. Whoever that person is, their details are visible to a stranger. I'm happy to forward you the email so you can see the link.

Ben
=== en security_incident,technical_issue - plain :: API keys visible in public page
From: Noor Al-Sayed <noor@alsayed-labs.example>
Subject: Your docs page is leaking API keys
~~
Hey,

Your public API docs page (the "try it" console) is pre-filling the Authorization header with a live key that is NOT the example key. I can see at least two different keys by refreshing, one of them starts with "live_" and works against the real API. Looks like it's leaking real customers' credentials.

Please kill those keys and fix the page.

Noor
=== en outage,technical_issue innocuous html :: site down; "fire up" innocuous
From: Callum Reid <callum.reid@reidcycles.example>
Subject: Booking site not loading
~~
Morning,

Every time I fire up the admin page this morning it just times out, and customers are phoning to say the public booking page is blank too. Two of my mechanics can't get in either. Nothing from your side on the status page.

Callum
Reid Cycles
=== en executive_contact - qp :: messaged CEO on LinkedIn
From: Ayesha Karim <ayesha.karim@solsticemail.example>
Subject: Refund for cancelled flight, ref QX77KD
~~
Hi,

Just so you're aware, I've messaged your CEO on LinkedIn about the refund for my cancelled flight (ref QX77KD). Maybe that'll move things along. I'd still like a reply here with the date the money will be returned.

Ayesha
=== en executive_contact,severe_dissatisfaction - plain :: raise with board at AGM; disgraceful
From: Malcolm Ferris <malcolm.ferris@ferris-holdings.example>
Subject: Shareholder and customer
~~
I am both a shareholder and a customer. The treatment my elderly mother received at your branch on Friday was frankly disgraceful, and I intend to raise it directly with your board at the AGM in May, and in writing with the chairman before then.

Malcolm Ferris
=== en discrimination_harassment - alt :: age discrimination by agent
From: Dorothy Pennington <d.pennington@heathermail.example>
Subject: My renewal phone call
~~
Dear team,

When I called to renew my car insurance, the young man I spoke to said, and I wrote it down straight afterwards, "honestly at your age you should be thinking about handing the keys in, love". He then said he couldn't offer me the online discount because "that's for people who can use a computer".

I am 71. I have driven for fifty years without a claim. I do not think I should be spoken to like that because of my age.

Dorothy Pennington
=== en discrimination_harassment - qp :: religion comment at airport check-in
From: Mariam Hussain <mariam.hussain@tealmail.example>
Subject: Check-in at Gate area, flight 4471
~~
Hello,

At check-in for flight 4471 on 2 March your agent singled me out for an "additional check" and, when I asked why, said it was "because of that thing on your head". My husband and I were the only ones taken aside out of the whole queue.

I'd like this investigated properly and I'd like to know what training your ground staff receive.

Mariam Hussain
=== en discrimination_harassment,manager_request - html :: asked for man of the house; wants manager
From: Yvonne Adeyemi <yvonne.a@hearthmail.example>
Subject: Joint mortgage account
~~
I phoned about our joint mortgage account and the agent refused to discuss it with me, even after I passed security, and asked to speak to "the man of the house". I am a named account holder. My husband was at work.

Please have a manager contact me. I want to know if this is how your staff are trained to treat women customers.

Yvonne Adeyemi
=== en repeat_contact,technical_issue - plain :: keeps contacting, bug persists
From: Ahmed Farouk <ahmed.farouk@mintpost.example>
Subject: PDF invoices have wrong VAT number
~~
I keep contacting you about this and it keeps coming back. The PDF invoices the system generates show our OLD VAT number even though the settings page shows the new one. I've reported it in chat, by email and on the phone now. Each time I'm told it's been looked at, and the next invoice has the old number again.

Ahmed
=== en broken_promise - l1 :: refund said to be processed by Friday
From: Imogen Clarke <imogen.clarke@larkmail.example>
Subject: Refund for order 332109
~~
Hi,

On the phone last Monday I was told the refund for my returned coat (£189) would be processed "by Friday at the latest". It hasn't arrived and the order page still shows "return received".

Please let me know what's happening.

Imogen
=== en severe_dissatisfaction - qp :: disgusted by food delivery
From: Tony Mulgrew <tony.mulgrew@dockmail.example>
Subject: Order from last night
~~
Your driver threw my order over the gate last night, curry all over the path, and drove off laughing. I'm absolutely disgusted. Don't offer me a 10% voucher.
=== en cancellation_threat conditional plain :: won't renew membership unless news
From: Serena Okoye <serena.okoye@lindenmail.example>
Subject: Membership renewal
~~
Hi,

Since you closed the pool for "refurbishment" in January there's been no update on when it reopens, and I'm still paying full price for a membership I joined mainly for the pool.

I won't be renewing in April unless I hear something concrete. There's a leisure centre ten minutes away that's cheaper.

Serena
=== en severe_dissatisfaction,technical_issue - htmlent :: shouting caps about app
From: Lee Chambers <lee.chambers@boltmail.example>
Subject: APP LOGS ME OUT EVERY 2 MINUTES
~~
THE APP LOGS ME OUT EVERY TWO MINUTES. I CANNOT FINISH A SINGLE TRANSFER. THIS IS RIDICULOUS, I AM BEYOND FED UP WITH IT. FIX IT.
=== en manager_request - b64 :: wants call from team lead
From: Hiroshi Tanaka <h.tanaka@tanaka-trading.example>
Subject: Customs paperwork for shipment 8812
~~
Dear support,

I appreciate the help so far but the customs paperwork for shipment 8812 is still wrong and the agents I speak to do not have the authority to change it. Could your team lead or someone more senior please call me today? My number is +81 3 5550 0148.

Best regards,
Hiroshi Tanaka
=== en technical_issue quoted qp :: current text reports new 500 error; quoted history mentions lawyer
From: Emily Saunders <emily.saunders@birchmail.example>
Subject: Re: Your ticket 40211
In-Reply-To: <ticket-40211.2@escalated.example.test>
References: <ticket-40211.1@escalated.example.test> <ticket-40211.2@escalated.example.test>
~~
Thanks Jamie, the import works now. One new thing though: when I try to export the same list to CSV I get "Error 500 - internal server error". Happens every time.

Emily

On Tue, 3 Mar 2026 at 10:14, Support <support@example.test> wrote:
> Hi Emily,
>
> Sorry for the trouble. We've fixed the import job on our side, please try again.
>
> Jamie
>
> On Mon, 2 Mar 2026, Emily Saunders wrote:
>> This is the third time I've reported the import failing. If it's not
>> working tomorrow I'm handing the whole thing to our lawyer.
=== en feature_request quoted plain :: feature idea above forwarded angry thread from a colleague
From: Tobias Reinholt <tobias.reinholt@quillmail.example>
Subject: Fwd: Furious about the calendar
~~
Hi,

Forwarding my colleague's old mail just for context - that was all sorted last year, no need to look at it. What I actually wanted to ask: could you make it possible to colour-code calendars per project? That would help our team a lot.

Tobias

---------- Forwarded message ---------
From: Jana Roth <jana.roth@quillmail.example>
Date: Fri, 14 Nov 2025 at 16:20
Subject: Furious about the calendar
To: <support@example.test>

This is the worst software I have ever paid for. The calendar has been down all day and I want to speak to a manager right now.
=== en technical_issue signature altent :: bug report; disclaimer mentions legal action
From: Gwen Hollis <gwen.hollis@hollis-law.example>
Subject: Matter numbers not saving
~~
Hi,

When I edit a client record and add a matter number, it shows a green "saved" message but the field is blank again after a page refresh. Tried a few records, same result.

Thanks,
Gwen

--
Gwen Hollis | Practice Administrator | Hollis & Partners Solicitors
This e-mail may contain privileged information. If you are not the intended recipient, please delete it; any unauthorised use may result in legal action. Hollis & Partners is regulated by the Solicitors Regulation Authority.
=== en security_incident title plain :: Head of Legal reports leaked customer list
From: Catherine Moyo <c.moyo@ardent-insure.example>
Subject: Customer list visible to another tenant
~~
Hello,

A partner firm using your CRM told us this morning they could see one of our customer lists in their "shared templates" folder: names, emails, policy numbers. We have asked them not to open it further. We need to understand how another tenant had access to our data and for how long.

Catherine Moyo
Head of Legal, Ardent Insurance
=== en manager_request negation qp :: not cancelling yet, but wants supervisor
From: Nikolai Petrov <n.petrov@ridgeview.example>
Subject: Order 7781 delivery
~~
Look, I'm not going to cancel the order, I still want the table. But nobody in your delivery team seems able to give me a date. Could a supervisor give me a ring and sort it out?

Nikolai
=== en billing_dispute - html :: chargeback threat
From: Vanessa Holt <vanessa.holt@corvidmail.example>
Subject: $240 annual renewal
~~
I turned off auto-renew in November (I have the confirmation screen). You renewed me anyway on 3 March for $240. Refund it, or I'll raise a chargeback with my bank.
=== en outage,severe_dissatisfaction,technical_issue - plain :: telecom network down entire town, unacceptable strong
From: Gordon MacLeod <gordon.macleod@islemail.example>
Subject: No mobile signal in Portree since Saturday
~~
There's been no mobile signal or data on your network anywhere in Portree since Saturday morning. Not one bar. Nobody on your helpline can tell us anything.

People here depend on their phones - the care workers, the fishermen, everyone. Leaving a whole town cut off for three days without a word is absolutely unacceptable.

Gordon MacLeod
""")

add(r"""
=== en discrimination_harassment,legal_threat - alt :: refused tenancy viewing over child's disability; solicitor
From: Grace Mbeki <grace.mbeki@hollowmail.example>
Subject: Viewing at 14 Canal Street
~~
Hello,

Your letting agent cancelled our viewing the moment he saw my son's wheelchair in the car, saying the flat "isn't suitable for people like that" before we'd even gone in. The flat has a lift and level access, it says so on your own listing.

I've spoken to a solicitor who specialises in disability discrimination and she'll be in touch with your office this week.

Grace Mbeki
=== en high_value_order,media_threat - htmlent :: wedding catering order GBP 8,900 half missing; will tell every wedding group
From: Siobhán Kearney <siobhan.kearney@kearneymail.example>
Subject: Catering order CT-4410 for Saturday
~~
Hi,

Our wedding catering (order CT-4410, £8,900 paid in full) arrived on Saturday with half the menu missing and the mains stone cold. Ninety guests. Your phone line went to voicemail all evening.

I'd like to know what you intend to do about it. Until it's sorted, every bridal forum and wedding Facebook group I'm in will hear exactly what happened, with the photos of the empty buffet tables.

Siobhán Kearney
""")


# =========================================================================== German, with triggers

add(r"""
=== de legal_threat,technical_issue conditional w1252 :: Shop-Schnittstelle kaputt; bedingte Drohung mit Rechtsanwalt
From: Jürgen Hoffmeister <j.hoffmeister@hoffmeister-weine.example>
Subject: Schnittstelle zum Warenwirtschaftssystem
X-Mailer: Microsoft Outlook 16.0
~~
Sehr geehrte Damen und Herren,

seit Ihrem Update vom 2. März werden Bestellungen aus dem Shop nicht mehr an unser Warenwirtschaftssystem übergeben. Im Protokoll steht nur „HTTP 422 – invalid payload“. Wir tippen seitdem jede Bestellung von Hand ab.

Sollte die Schnittstelle bis Ende nächster Woche nicht wieder laufen, übergebe ich die Angelegenheit meinem Rechtsanwalt. Der Schaden liegt inzwischen bei mehreren hundert Euro Personalkosten.

Mit freundlichen Grüßen
Jürgen Hoffmeister
=== de regulatory,technical_issue - l1 :: Internet viel zu langsam; Beschwerde bei der Bundesnetzagentur
From: Sabine Krüger <sabine.krueger@posteo-beispiel.example>
Subject: Vertrag 300 Mbit, ankommen 18
~~
Hallo,

ich zahle für 300 Mbit/s und bekomme seit Wochen abends zwischen 12 und 20 Mbit/s. Ich habe die Breitbandmessung der Bundesnetzagentur an drei verschiedenen Tagen gemacht, Protokolle liegen vor.

Die Messprotokolle habe ich gestern zusammen mit einer Beschwerde an die Bundesnetzagentur geschickt. Vielleicht passiert dann etwas.

Sabine Krüger
=== de billing_dispute,regulatory - qp :: falsche Abbuchung; Verbraucherzentrale eingeschaltet
From: Heinz-Peter Maas <hp.maas@rheinmail.example>
Subject: Abbuchung 149,00 EUR vom 01.03.
~~
Guten Tag,

am 1. März haben Sie 149,00 EUR von meinem Konto abgebucht für ein „Jahrespaket Premium“, das ich nie bestellt habe. Ich habe nur das kostenlose Probeabo genutzt und rechtzeitig beendet.

Ich habe mich bereits an die Verbraucherzentrale NRW gewandt, die hat mir geraten, Ihnen das schriftlich zu geben. Hiermit geschehen. Bitte buchen Sie den Betrag zurück.

H.-P. Maas
=== de manager_request,repeat_contact,technical_issue - qp :: vierte Anfrage; will jemanden mit Entscheidungsbefugnis
From: Aylin Demir <aylin.demir@kontor-demir.example>
Subject: Kassensystem druckt keine Bons
~~
Hallo,

das ist jetzt meine vierte Anfrage wegen des Bondruckers. Seit dem Update druckt die Kasse keine Bons mehr, Fehlermeldung „Drucker nicht bereit“, obwohl der Drucker an ist und der Testdruck klappt.

Ich möchte bitte mit jemandem sprechen, der bei Ihnen etwas entscheiden kann. Einen weiteren Standardtext brauche ich nicht.

Aylin Demir
Café Demir
=== de corporate_contact_request,executive_contact - alt :: fragt nach E-Mail des Geschäftsführers, will ihm schreiben
From: Friedrich Lemberger <f.lemberger@lemberger-bau.example>
Subject: Anschrift Geschäftsführung
~~
Sehr geehrte Damen und Herren,

bitte teilen Sie mir die Anschrift Ihrer Hauptverwaltung sowie die E-Mail-Adresse Ihres Geschäftsführers, Herrn Dr. Vossberg, mit. Ich möchte ihm die Vorgänge rund um unseren Mietvertrag für die Baukräne persönlich schildern.

Mit freundlichen Grüßen
Friedrich Lemberger
Lemberger Bau GmbH
=== de corporate_contact_request - l1 :: Kontakt Rechtsabteilung
From: Monika Seidl <monika.seidl@seidl-steuer.example>
Subject: Kontakt
~~
Guten Tag,

wie erreiche ich Ihre Rechtsabteilung? Ich brauche eine Postanschrift oder E-Mail-Adresse, an die ich ein Schreiben zu unserem Rahmenvertrag richten kann. Die Hotline konnte mir keine nennen.

Freundliche Grüße
Monika Seidl
=== de executive_contact,severe_dissatisfaction - qp :: hat dem Vorstand geschrieben; Unverschämtheit
From: Klaus Brückner <klaus.brueckner@brueckner-online.example>
Subject: Schadensfall 2025-77120
~~
Guten Tag,

seit elf Monaten warte ich auf die Regulierung meines Wasserschadens. Elf Monate! Jedes Mal fehlt angeblich noch ein Dokument.

Ich habe heute ein Einschreiben an Ihren Vorstand geschickt, mit allen Unterlagen und einer Kopie dieser Mail. Wie Sie mit langjährigen Kunden umgehen, ist eine bodenlose Unverschämtheit.

Klaus Brückner
=== de security_incident - qp :: fremder Zugriff aufs Kundenkonto, Bestellungen aufgegeben
From: Lea Zimmermann <lea.zimmermann@mailbox-beispiel.example>
Subject: Jemand bestellt über mein Konto
~~
Hallo,

über mein Kundenkonto wurden gestern Nacht drei Bestellungen aufgegeben, Lieferadresse irgendwo in Polen, die ich nicht kenne. Mein Passwort funktioniert nicht mehr und die E-Mail-Adresse im Konto wurde geändert. Die Bestätigungen kamen nur noch, weil die alte Adresse als Rechnungsadresse hinterlegt war.

Bitte sperren Sie das Konto sofort und stornieren Sie die Bestellungen.

Lea Zimmermann
=== de security_incident,technical_issue - html :: Rechnungen anderer Kunden im Portal sichtbar
From: Dr. Martin Eberle <m.eberle@praxis-eberle.example>
Subject: Fremde Rechnungen in unserem Portal
~~
Sehr geehrte Damen und Herren,

im Kundenportal werden uns seit heute Vormittag unter „Dokumente“ Rechnungen anderer Praxen angezeigt, mit Namen, Anschrift und Bankverbindung. Umgekehrt gehe ich davon aus, dass unsere Rechnungen ebenfalls bei Dritten sichtbar sind.

Ich bitte um umgehende Stellungnahme, wie das passieren konnte.

Dr. Martin Eberle
=== de data_loss,technical_issue - l1 :: Fotos nach Synchronisation verschwunden
From: Gisela Wendt <gisela.wendt@wendt-familie.example>
Subject: Alle Bilder weg
~~
Guten Tag,

nach der Synchronisation mit dem neuen Handy sind in Ihrer Foto-App alle Alben aus den Jahren 2018 bis 2022 leer. Auf dem alten Handy ist die App schon gelöscht. Das waren die Bilder von der Hochzeit unserer Tochter.

Können Sie die noch irgendwo wiederherstellen? Ich bin völlig verzweifelt.

Gisela Wendt
=== de data_loss,high_value_order,technical_issue - l9 :: Projektdaten weg; Jahresvertrag 18.000 €
From: Tobias Kranz <t.kranz@kranz-vermessung.example>
Subject: Projektordner leer nach Wartung
~~
Hallo,

nach Ihrer Wartung am Samstag sind in unserem Team-Arbeitsbereich vier Projektordner leer, darunter die kompletten Vermessungsdaten für ein laufendes Bauvorhaben. Im Papierkorb ist nichts.

Wir zahlen für die Enterprise-Lizenz 18.000 € im Jahr. Ich erwarte, dass die Daten bis morgen wiederhergestellt sind, und eine Erklärung.

Tobias Kranz
=== de outage,technical_issue - plain :: Onlinebanking seit Stunden nicht erreichbar
From: Uwe Scholz <uwe.scholz@netzpost.example>
Subject: Onlinebanking geht nicht
~~
Onlinebanking und App gehen seit heute früh um 7 nicht. Web zeigt „Service vorübergehend nicht verfügbar“, App hängt beim Login. Meine Frau hat das gleiche Problem. Ich muss heute noch eine Überweisung machen, wann geht das wieder?
=== de cancellation_threat,outage,technical_issue conditional qp :: Plattform wieder komplett down; Kündigung angekündigt
From: Kerstin Lange <kerstin.lange@lange-immobilien.example>
Subject: Schon wieder Totalausfall
~~
Guten Tag,

Ihre Plattform ist heute zum zweiten Mal in diesem Monat komplett ausgefallen, seit 9:30 Uhr kommt nur eine Fehlerseite (503). Unsere Makler können keine Exposés verschicken.

Ich habe die Kündigung zum nächstmöglichen Termin bereits vorbereitet und schicke sie morgen raus, wenn Sie mir nicht plausibel erklären können, warum das nicht wieder passiert.

Kerstin Lange
=== de billing_dispute - alt :: doppelt abgebucht
From: Philipp Neumann <philipp.neumann@kabelpost.example>
Subject: Doppelte Abbuchung
~~
hallo, ihr habt diesen monat zweimal 39,99 abgebucht, am 1. und am 3. bitte einmal zurück überweisen, danke
=== de cancellation_threat,severe_dissatisfaction - w1252 :: kündigt, absolute Frechheit
From: Renate Fuchs <renate.fuchs@fuchsbau.example>
Subject: Mein Handyvertrag
~~
Guten Tag,

Sie haben mir ohne Rückfrage einen „Tarifwechsel“ untergeschoben, weil ich am Telefon einmal nach den Preisen gefragt habe. Das ist eine absolute Frechheit.

Ich bin seit 14 Jahren Kundin. Damit ist jetzt Schluss, ich gehe zu einem anderen Anbieter, sobald es vertraglich möglich ist, und die Rufnummer nehme ich mit.

Renate Fuchs
=== de broken_promise,media_threat - plain :: Lieferung zugesagt, nicht gekommen; Bewertungsportale
From: Markus Engel <markus.engel@engelfamilie.example>
Subject: Küche – Liefertermin
~~
Hallo,

uns wurde die Küche fest für den 12. März zugesagt. Handwerker bestellt, alte Küche rausgerissen. Gekommen ist nichts, angerufen hat auch niemand.

Wir kochen seit zwei Wochen auf einer Campingplatte. Ich werde das alles genau so bei Google, Trustpilot und im Forum unserer Baugemeinschaft beschreiben, mit Fotos.

Markus Engel
=== de media_threat - html :: Journalistin bittet um Stellungnahme
From: Dr. Katharina Vogt <k.vogt@rundschau-redaktion.example>
Subject: Presseanfrage: Verzögerungen bei Rückerstattungen
~~
Sehr geehrte Damen und Herren,

ich recherchiere für die Wirtschaftsredaktion der Rundschau zu Beschwerden über verzögerte Rückerstattungen bei stornierten Reisen. Mehrere Leserinnen und Leser haben sich an uns gewandt.

Könnten Sie mir bis Mittwoch, 12 Uhr, folgende Fragen beantworten: Wie viele Erstattungen sind derzeit offen, und wie lange dauert eine Erstattung im Durchschnitt?

Mit freundlichen Grüßen
Dr. Katharina Vogt
Redakteurin Wirtschaft
=== de discrimination_harassment - qp :: rassistische Bemerkung des Monteurs
From: Emeka Okonkwo <emeka.okonkwo@bergmail.example>
Subject: Beschwerde über Ihren Monteur
~~
Guten Tag,

Ihr Monteur, der am Dienstag unseren Herd angeschlossen hat, fragte mich zuerst, ob „der Hausherr“ da sei, und als ich sagte, dass ich das bin, meinte er: „Seit wann wohnen Leute wie Sie in so einer Gegend?“ Er hat dann ohne ein weiteres Wort gearbeitet und ist gegangen.

Ich möchte, dass das Konsequenzen hat.

Emeka Okonkwo
=== de discrimination_harassment,manager_request - w1252 :: anzügliche Nachrichten eines Mitarbeiters; will Vorgesetzten
From: Julia Brandes <julia.brandes@brandes-kanzlei.example>
Subject: Nachrichten Ihres Mitarbeiters
~~
Guten Tag,

nach meinem Besuch in Ihrer Filiale am Marktplatz erhalte ich von dem Mitarbeiter, der mich beraten hat, private WhatsApp-Nachrichten – meine Nummer hatte er aus dem Kundenformular. Die Nachrichten sind eindeutig anzüglich und er hat auf meine Bitte, das zu lassen, nicht reagiert.

Ich möchte, dass sich die Filialleitung bzw. sein Vorgesetzter umgehend bei mir meldet.

Julia Brandes
=== de safety,technical_issue - attach :: Ladegerät geschmolzen
From: Dennis Wagner <dennis.wagner@heimnetz.example>
Subject: Netzteil geschmolzen
Attach: IMG_20260311_0412.png|image/png|
~~
Hallo, das Netzteil von meinem Laptop (bei euch gekauft, Modell NB-65) ist heute Nacht an der Steckdose geschmolzen, es hat nach verbranntem Plastik gerochen und die Steckdose ist schwarz. Gott sei Dank war ich wach. Das kann doch nicht sein, bei einem Netzteil, das ein halbes Jahr alt ist?!
=== de safety - htmlent :: Kinderwagenbremse löst sich (kein technisches Produkt)
From: Sophie Albrecht <sophie.albrecht@familienpost.example>
Subject: Bremse am Kinderwagen
~~
Hallo,

die Feststellbremse an unserem Kinderwagen (Modell Luna) löst sich von selbst, wenn man gegen den Griff kommt. Gestern ist er an einer leicht abschüssigen Straße losgerollt, mit unserer Tochter drin. Mein Mann hat ihn zum Glück noch erwischt.

Gibt es dazu einen Rückruf? Den Wagen benutzen wir so nicht mehr.

Sophie Albrecht
=== de broken_promise - l1 :: Rückruf versprochen, kam nie
From: Erwin Haas <erwin.haas@haas-landtechnik.example>
Subject: Rückruf wegen Ersatzteil
~~
Guten Tag,

am Montag wurde mir am Telefon versprochen, dass mich ein Kollege aus der Ersatzteilabteilung am selben Tag zurückruft. Bis heute hat sich niemand gemeldet.

Ich brauche eine Auskunft, ob das Teil lieferbar ist, sonst steht der Traktor weiter.

Erwin Haas
=== de high_value_order - plain :: Auftrag über 12.400 € falsch geliefert
From: Andrea Petersen <a.petersen@petersen-moebel.example>
Subject: Auftrag 55-1020, falsche Ware
~~
Guten Tag,

zu unserem Auftrag 55-1020 (Gesamtwert 12.400 € netto) wurden heute 60 Bürostühle in Grau geliefert. Bestellt und bestätigt war Anthrazit, die Auftragsbestätigung hänge ich gern an.

Der Kunde bezieht das Büro in zwei Wochen. Wie schnell können Sie umtauschen?

Andrea Petersen
=== de billing_dispute,high_value_order - l9 :: Rechnung 7.850,00 € doppelt gestellt
From: Holger Brandt <holger.brandt@brandt-elektro.example>
Subject: Rechnung RE-2026-0412 doppelt
~~
Guten Tag,

Sie haben uns die Rechnung RE-2026-0412 über 7.850,00 € zweimal gestellt, einmal am 2.3. und noch einmal am 9.3. mit neuer Nummer RE-2026-0477. Die Leistung wurde nur einmal erbracht und die erste Rechnung ist bereits bezahlt.

Bitte stornieren Sie die zweite Rechnung und bestätigen Sie das schriftlich.

Holger Brandt
Brandt Elektrotechnik
=== de feature_request - b64 :: Wunsch: Export als DATEV
From: Claudia Roth-Meyer <c.rothmeyer@rm-buchhaltung.example>
Subject: Idee für den Export
~~
Hallo liebes Team,

ich hätte einen Wunsch: Könnten Sie einen Export im DATEV-Format einbauen? Wir exportieren aktuell als CSV und bauen das jedes Mal in Excel um. Das würde uns (und sicher vielen anderen Kanzleien) viel Zeit sparen.

Viele Grüße
Claudia Roth-Meyer
=== de feature_request,technical_issue - qp :: Dunkelmodus-Wunsch und Absturz beim Drucken
From: Nils Hartwig <nils.hartwig@hartwig-web.example>
Subject: Zwei Sachen
~~
Moin,

1. Die App stürzt ab, sobald ich eine Notiz drucken will (Android 14, Version 5.3.1). Jedes Mal.
2. Ein Dunkelmodus wäre super, abends blendet das weiße Design richtig.

Gruß Nils
=== de broken_promise,repeat_contact - altent :: dritte Mail; zugesagte Bestätigung nie gekommen
From: Ingrid Sommer <ingrid.sommer@sommer-post.example>
Subject: Kundennummer 448812
~~
Guten Tag,

das ist nun schon meine dritte Mail in dieser Sache. Im Januar wurde mir schriftlich zugesagt, dass Sie mir die Kündigungsbestätigung für den Zweitvertrag per Post schicken. Angekommen ist bis heute nichts.

Ich bitte um Erledigung.

Ingrid Sommer
=== de severe_dissatisfaction,technical_issue - plain :: App unterirdisch, Zumutung
From: Marco Lindner <marco.lindner@lindner-mail.example>
Subject: Ihre neue App
~~
Die neue App ist unterirdisch. Überweisungsvorlagen weg, TAN-Freigabe hängt jedes zweite Mal mit „Fehler 9010“, und der Kontostand lädt erst nach dreimal Aktualisieren. Eine Zumutung, sowas auf zahlende Kunden loszulassen.
=== de technical_issue quoted qp :: aktueller Text nur Fehlermeldung; Zitat mit Anwalt
From: Bettina Kraus <bettina.kraus@kraus-design.example>
Subject: Re: Ihre Anfrage 66120
In-Reply-To: <req-66120.2@escalated.example.test>
~~
Hallo Herr Schuster,

danke, der Login geht jetzt wieder. Allerdings kommt beim Hochladen von PDFs über 10 MB nun „Fehler 413“. Kleinere Dateien gehen.

Viele Grüße
Bettina Kraus

Am 04.03.2026 um 09:12 schrieb Support <support@example.test>:
> Guten Tag Frau Kraus,
> wir haben Ihr Konto wieder freigeschaltet.
>
> Am 03.03.2026 schrieb Bettina Kraus:
>> Wenn ich morgen nicht an meine Dateien komme, geht das an meinen Anwalt.
""")


# =========================================================================== French, with triggers

add(r"""
=== fr billing_dispute,legal_threat conditional l1 :: prélèvement contesté; menace conditionnelle de tribunal
From: Bernard Lefèvre <bernard.lefevre@orange-exemple.example>
Subject: Prélèvement de 89,90 sur mon compte
~~
Bonjour,

Vous avez prélevé 89,90 sur mon compte le 5 mars pour un abonnement que j'ai résilié par lettre recommandée en décembre (accusé de réception en ma possession).

Je vous demande de me rembourser sous huit jours. À défaut, je saisirai le tribunal judiciaire, j'ai déjà rempli le formulaire de saisine.

Bernard Lefèvre
=== fr legal_threat,repeat_contact,severe_dissatisfaction - qp :: pièces envoyées trois fois; avocat saisi; scandaleux
From: Hélène Marchand <helene.marchand@marchand-famille.example>
Subject: Sinistre dégât des eaux – dossier 2025-44810
~~
Madame, Monsieur,

Cela fait maintenant sept mois que mon dossier de dégât des eaux est « en cours d'instruction ». Votre expert est passé en septembre, depuis plus rien, à part des relances automatiques me demandant des pièces que je vous ai déjà envoyées trois fois.

C'est tout simplement scandaleux. J'ai transmis l'ensemble du dossier à mon avocat, qui prendra contact avec vous dans les prochains jours.

Hélène Marchand
=== fr regulatory,security_incident - html :: données transmises à un tiers; plainte CNIL
From: Yannick Perrot <yannick.perrot@laposte-exemple.example>
Subject: Mes données personnelles
~~
Bonjour,

J'ai reçu hier un appel d'une société de rachat de crédit qui connaissait mon nom, mon numéro client chez vous et le montant exact de mon prêt auto. Cette personne m'a dit tenir « le fichier » de chez vous.

Je n'ai jamais donné mon accord pour que mes données soient transmises. J'ai déposé une plainte auprès de la CNIL ce matin.

Yannick Perrot
=== fr billing_dispute,regulatory - html :: facture hors forfait contestée; médiateur des télécoms
From: Samia Benali <samia.benali@sfr-exemple.example>
Subject: Facture de février – hors forfait
~~
Bonjour,

Ma facture de février contient 64,20 € de « communications hors forfait » vers des numéros surtaxés que je n'ai jamais appelés. J'ai contesté par téléphone il y a un mois sans réponse.

J'ai donc saisi le médiateur des communications électroniques, le dossier est ouvert. Je vous demande d'annuler ces frais.

Samia Benali
=== fr manager_request - l1qp :: veut quelqu'un de plus haut placé
From: Thierry Gauthier <thierry.gauthier@gauthier-transports.example>
Subject: Livraison palettes Lyon
~~
Bonjour,

Je ne veux plus avoir affaire au service client pour ce dossier. Passez-moi quelqu'un de plus haut placé, quelqu'un qui peut décider d'un geste commercial, parce que vos conseillers me répètent tous la même chose.

Thierry Gauthier
=== fr manager_request,repeat_contact,technical_issue - plain :: troisième appel; box en panne; demande un responsable
From: Nadia Rousseau <nadia.rousseau@wanadoo-exemple.example>
Subject: box internet
~~
bonjour
c'est la troisieme fois que j'appelle pour ma box qui redemarre toute seule toutes les 10 minutes et a chaque fois on me dit de la debrancher et rebrancher. je voudrais qu'un responsable me rappelle svp
nadia rousseau
=== fr corporate_contact_request,executive_contact title alt :: signature Directeur commercial; demande l'adresse e-mail du PDG pour lui écrire
From: Jean-Marc Delorme <jm.delorme@delorme-sa.example>
Subject: Coordonnées de votre direction
~~
Madame, Monsieur,

Auriez-vous l'amabilité de me communiquer l'adresse électronique de votre président-directeur général ? Je souhaite lui adresser directement un courrier au sujet de la rupture de notre contrat de distribution, que vos services commerciaux refusent de commenter.

Je vous prie d'agréer mes salutations distinguées.

Jean-Marc Delorme
Directeur commercial, Delorme SA
=== fr corporate_contact_request - l9 :: adresse du siège social
From: Claire Fontaine <claire.fontaine@atelier-fontaine.example>
Subject: Adresse postale
~~
Bonjour,

Pouvez-vous m'indiquer l'adresse postale de votre siège social, ainsi qu'un contact au sein de votre service juridique ? Je dois vous adresser un courrier recommandé.

Merci,
Claire Fontaine
=== fr executive_contact - qp :: a écrit au directeur général
From: Patrick Moreau <patrick.moreau@moreau-immo.example>
Subject: Dossier de prêt 88120
~~
Bonjour,

Pour information, j'ai adressé ce matin une lettre à votre directeur général, M. Garnier, en lui exposant le traitement de mon dossier de prêt depuis janvier. J'espère que cela fera avancer les choses.

Patrick Moreau
=== fr security_incident - plain :: compte piraté, commandes passées
From: Léa Dubois <lea.dubois@free-exemple.example>
Subject: quelqu'un utilise mon compte
~~
Bonsoir,

Quelqu'un s'est connecté à mon compte et a changé l'adresse de livraison, puis a commandé deux téléphones avec ma carte enregistrée. Je n'ai rien fait de tout ça. Je ne peux plus me connecter, le mot de passe a été changé.

Merci de bloquer le compte au plus vite.

Léa
=== fr data_loss,technical_issue - qp :: factures disparues après mise à jour
From: Olivier Bertrand <o.bertrand@bertrand-compta.example>
Subject: Toutes mes factures ont disparu
~~
Bonjour,

Depuis la mise à jour de lundi, l'onglet « Factures » de notre logiciel est vide. Plus de 900 factures émises depuis 2023 ont disparu, y compris dans les exports. Les clients sont toujours là, les factures non.

Nous avons une clôture comptable la semaine prochaine, c'est extrêmement urgent.

Olivier Bertrand
=== fr data_loss,repeat_contact,technical_issue - alt :: troisième message; photos corrompues
From: Mathilde Girard <mathilde.girard@girard-photo.example>
Subject: Fichiers RAW corrompus
~~
Bonjour,

Je vous écris pour la troisième fois. Les fichiers RAW que je synchronise avec votre application arrivent corrompus sur le cloud : impossible de les ouvrir, message « format non reconnu ». Les originaux sur ma carte SD ont été effacés par l'option « libérer de l'espace » de votre appli. J'ai donc perdu un mariage entier.

J'attends une vraie réponse cette fois.

Mathilde Girard
=== fr outage,technical_issue - html :: site inaccessible
From: Romain Lambert <romain@lambert-velos.example>
Subject: Back-office inaccessible
~~
Bonjour, depuis 8h ce matin impossible d'accéder au back-office de la boutique, ni depuis le bureau ni depuis mon téléphone : « Erreur 502 ». La boutique en ligne elle-même affiche une page blanche. Vous êtes au courant ?
=== fr high_value_order,outage,technical_issue reported l1 :: paiement en panne; commande de 14 000 euros bloquée; menace du client final rapportée
From: Sandrine Mercier <s.mercier@mercier-equipement.example>
Subject: Paiements refusés sur toute la boutique
~~
Bonjour,

Depuis hier soir, aucun paiement par carte ne passe sur notre boutique : tous les clients reçoivent « transaction refusée - erreur technique ». Votre page d'état ne signale rien.

Un de nos clients professionnels essaie de régler une commande de 14 000 euros depuis ce matin et menace de commander ailleurs. Merci de traiter en priorité.

Sandrine Mercier
=== fr billing_dispute - plain :: prélevé deux fois
From: Kevin Roux <kevin.roux@bbox-exemple.example>
Subject: Double prélèvement
~~
Bonjour, j'ai été prélevé deux fois de 24,99 € ce mois ci (le 2 et le 4). Pouvez vous me rembourser le deuxième svp ? Merci
=== fr cancellation_threat,severe_dissatisfaction,technical_issue - w1252 :: ligne fixe coupée; résilie; honteux
From: Gérard Chevalier <gerard.chevalier@chevalier-famille.example>
Subject: Ma ligne fixe
~~
Madame, Monsieur,

Trois semaines sans ligne fixe après « une intervention sur le réseau », et personne n’est capable de me donner une date. Je suis âgé, c’est mon seul moyen de joindre mon médecin.

C’est honteux. Vous pouvez considérer ce courrier comme ma demande de résiliation ; je pars chez un autre opérateur dès que la portabilité est possible.

Gérard Chevalier
=== fr cancellation_threat,technical_issue conditional l1 :: synchro cassée; résiliation si pas réglé
From: Aurélie Blanc <aurelie.blanc@blanc-conseil.example>
Subject: Synchronisation agenda
~~
Bonjour,

Depuis une semaine, les rendez-vous pris en ligne n'apparaissent plus dans mon agenda Google. La synchronisation indique « erreur d'authentification ».

Si ce n'est pas corrigé avant la fin du mois, je ne renouvellerai pas mon abonnement annuel. Je ne peux pas gérer mes patients avec deux agendas.

Aurélie Blanc
=== fr media_threat - plain :: journaliste demande un commentaire
From: Julien Carpentier <j.carpentier@le-quotidien-exemple.example>
Subject: Demande d'interview – panne de la semaine dernière
~~
Bonjour,

Je suis journaliste au Quotidien et je prépare un article sur la panne qui a touché votre service de paiement mardi dernier. Plusieurs commerçants nous disent avoir perdu une journée de chiffre d'affaires.

Accepteriez-vous de répondre à quelques questions, par téléphone ou par écrit, d'ici jeudi ?

Cordialement,
Julien Carpentier
=== fr broken_promise,media_threat - htmlent :: remboursement promis; va raconter sur les réseaux
From: Manon Lefort <manon.lefort@lefort-mail.example>
Subject: Remboursement vol annulé
Date: Fri, 20 Mar 2026 09:12:55 +0100
~~
Bonjour,

On m'a promis au téléphone le 10 février que le remboursement de mon vol annulé serait fait « sous 7 jours ». Nous sommes le 20 mars.

Si rien ne bouge, je raconterai toute l'histoire sur mes réseaux et dans les groupes de voyageurs où je suis active, captures d'écran à l'appui.

Manon Lefort
=== fr discrimination_harassment - b64 :: chien guide refusé, remarque sur le handicap
From: Pierre Dumont <pierre.dumont@vuemail.example>
Subject: Refus de prise en charge
~~
Bonjour,

Samedi, le chauffeur réservé via votre application a refusé de me prendre parce que je suis accompagné de mon chien guide. Il a ajouté que « les aveugles n'ont qu'à prendre le bus ». Je suis resté vingt minutes sur le trottoir sous la pluie.

Je souhaite savoir quelles mesures vous allez prendre.

Pierre Dumont
=== fr discrimination_harassment,manager_request - plain :: remarques sexistes d'un conseiller; veut un responsable
From: Inès Haddad <ines.haddad@haddad-archi.example>
Subject: Rendez-vous en agence du 3 mars
~~
Bonjour,

Lors de mon rendez-vous pour un prêt professionnel, votre conseiller m'a demandé si « mon mari était au courant » de mon projet et a suggéré qu'une femme enceinte ferait mieux de reporter la création de son cabinet. Je suis architecte depuis quinze ans.

Je demande à être reçue par le directeur de l'agence.

Inès Haddad
=== fr safety,technical_issue - attach :: trottinette électrique, batterie a pris feu
From: Hugo Lemaire <hugo.lemaire@lemaire-mail.example>
Subject: Ma trottinette a pris feu
Attach: trottinette-entree.png|image/png|
~~
Bonjour,

Ma trottinette électrique (modèle Urban X2, achetée chez vous en novembre) a pris feu dans l'entrée hier soir pendant la charge. Fumée noire, flammes au niveau de la batterie. On a réussi à l'éteindre avec un extincteur, mais le mur et le parquet sont noircis.

Personne n'a été blessé mais mes enfants dormaient à côté. Je veux savoir si d'autres cas vous ont été signalés.

Hugo Lemaire
=== fr safety,technical_issue - altent :: radiateur qui surchauffe
From: Josiane Perrin <josiane.perrin@perrin-mail.example>
Subject: radiateur connecté
~~
Bonjour, le radiateur connecté de la chambre de mon fils chauffe beaucoup trop, on ne peut plus poser la main dessus et il ne s'arrête pas même quand le thermostat est à 15. Ça sent le chaud. Je l'ai débranché mais ce n'est pas normal, est-ce dangereux ?
=== fr broken_promise,high_value_order - plain :: commande de 9 800 € non livrée malgré promesse
From: Laurent Giraud <laurent.giraud@giraud-menuiserie.example>
Subject: Commande 2026-118 – machine à bois
Date: Sun, 15 Mar 2026 17:20:03 +0100
~~
Bonjour,

Notre commande 2026-118 (scie à format, 9 800 € HT, payée d'avance) devait être livrée au plus tard le 28 février, c'était un engagement ferme de votre commercial. Nous sommes le 15 mars, toujours rien, et plus aucune réponse à nos appels.

Merci de nous donner une date de livraison réelle.

Laurent Giraud
=== fr feature_request - qp :: souhait d'export PDF des devis
From: Camille Renard <camille.renard@renard-deco.example>
Subject: Petite suggestion
~~
Bonjour,

J'adore votre outil de devis ! Une suggestion : ce serait vraiment pratique de pouvoir ajouter son propre logo en en-tête des devis PDF. Pour l'instant je suis obligée de les retoucher à la main.

Belle journée,
Camille
=== fr feature_request - l9 :: demande de prise en charge des virements instantanés
From: Étienne Lacroix <etienne.lacroix@lacroix-conseil.example>
Subject: Virements instantanés
~~
Bonjour,

Serait-il possible d'ajouter les virements instantanés dans l'application ? Toutes les autres banques le proposent depuis longtemps et je dois passer par l'ordinateur pour chaque paiement urgent. Même payant (0,50 €) ce serait bien.

Étienne Lacroix
=== fr feature_request quoted html :: suggestion actuelle; message cité contient avocat et résiliation
From: Nathalie Perret <nathalie.perret@perret-mail.example>
Subject: Re: Votre demande n° 55781
In-Reply-To: <dem-55781.4@escalated.example.test>
~~
Merci beaucoup, tout fonctionne à nouveau. Par contre, serait-il envisageable d'ajouter un rappel par SMS la veille des rendez-vous ? Mes clients oublient souvent.

Nathalie

Le mar. 10 mars 2026 à 14:02, Support <support@example.test> a écrit :
> Bonjour Madame Perret,
> le problème de connexion est résolu.
>
> Le lun. 9 mars 2026, Nathalie Perret a écrit :
>> Si rien n'est fait aujourd'hui, je résilie et mon avocat s'en occupe.
""")


# =========================================================================== Spanish, with triggers

add(r"""
=== es billing_dispute,legal_threat - l1 :: cargo de permanencia indebido; lo pone en manos de su abogado
From: Javier Morales <javier.morales@correo-morales.example>
Subject: Penalización de 150 euros
~~
Buenos días:

En la factura de marzo me cobran 150 euros de «penalización por permanencia». Mi contrato terminó la permanencia en octubre, tengo el contrato firmado delante.

He puesto el asunto en manos de mi abogado, que ya tiene copia del contrato y de la factura. Les agradecería que anularan el cargo antes de que tenga que intervenir él.

Javier Morales
=== es data_loss,legal_threat,technical_issue - qp :: historiales borrados tras migración; demanda
From: Dra. Carmen Vidal <carmen.vidal@clinica-vidal.example>
Subject: Historias clínicas desaparecidas
~~
Buenos días:

Tras la migración de su plataforma el fin de semana, han desaparecido las historias clínicas de unos 200 pacientes de nuestra clínica dental. Las fichas existen, pero sin notas ni radiografías.

Estamos obligados por ley a conservar esa información. Si no se recuperan esta semana, presentaremos una demanda por los daños causados.

Dra. Carmen Vidal
=== es regulatory,security_incident - l1qp :: datos filtrados; denuncia ante la AEPD
From: Raúl Ibáñez <raul.ibanez@ibanez-correo.example>
Subject: Filtración de mis datos
~~
Hola,

Ayer me llegó un SMS de phishing con mi nombre completo, mi DNI y el número de pedido que hice en su tienda la semana pasada. Solo ustedes tenían esa combinación de datos. Su web publicó el mes pasado un aviso de «incidente de seguridad» pero nunca me avisaron a mí.

He presentado una reclamación ante la Agencia Española de Protección de Datos.

Raúl Ibáñez
=== es billing_dispute,regulatory - html :: cargo de mantenimiento; reclamación en la OMIC
From: Pilar Serrano <pilar.serrano@serrano-mail.example>
Subject: Cargo de 45 euros de mantenimiento
~~
Buenas tardes:

Me han cobrado 45 euros por una «revisión de mantenimiento» de la caldera que nunca se hizo: ese día no vino nadie, estuve en casa toda la mañana.

He puesto una reclamación en la oficina municipal de consumo (OMIC) con la factura. Quiero que me devuelvan ese importe.

Pilar Serrano
=== es manager_request - qp :: pide que le pasen con el encargado
From: Ricardo Navarro <ricardo.navarro@navarro-taller.example>
Subject: Pedido de recambios 7781
~~
Mire, llevo media hora con el chat y no me solucionan nada. Páseme con el encargado o con quien mande ahí, por favor. Necesito saber hoy si me mandan los recambios o no.
=== es broken_promise,manager_request,repeat_contact,technical_issue - qp :: cuarta vez; lavadora averiada; técnico prometido no vino; pide superior
From: Lucía Herrera <lucia.herrera@herrera-correo.example>
Subject: Avería de la lavadora – cuarta vez
~~
Hola,

Es la cuarta vez que escribo. Me aseguraron por teléfono que el técnico vendría el martes sin falta a reparar la lavadora (está en garantía). No vino nadie ni avisó.

Quiero que me llame alguien con más responsabilidad que las personas del teléfono, que sólo me leen un guion.

Lucía Herrera
=== es corporate_contact_request,executive_contact - alt :: pide dirección de la sede y correo del consejero delegado para escribirle
From: Fernando Castro <fernando.castro@castro-asociados.example>
Subject: Datos de contacto
~~
Buenos días:

Les ruego me faciliten la dirección de su sede central y el correo electrónico de su consejero delegado. Tengo intención de escribirle personalmente para explicarle cómo se ha gestionado la renovación de nuestro contrato de flota.

Atentamente,
Fernando Castro
=== es corporate_contact_request - plain :: teléfono de las oficinas centrales
From: Marta Ortega <marta.ortega@ortega-mail.example>
Subject: teléfono
~~
hola me podéis dar el teléfono de las oficinas centrales? el de atención al cliente ya lo tengo y no me sirve
=== es executive_contact,severe_dissatisfaction - w1252 :: escribió al consejero delegado; vergonzoso
From: Alberto Ruiz <alberto.ruiz@ruiz-familia.example>
Subject: Mi reclamación del seguro de hogar
~~
Buenas tardes:

Les informo de que he enviado hoy una carta al consejero delegado de su compañía con toda la documentación de mi siniestro. Cuatro meses para peritar un techo caído.

El trato que estoy recibiendo es vergonzoso, y así se lo he dicho a él también.

Alberto Ruiz
=== es security_incident - alt :: cuenta hackeada
From: Sergio Molina <sergio.molina@molina-correo.example>
Subject: me han entrado en la cuenta
~~
hola alguien ha entrado en mi cuenta y ha cambiado el email y el telefono, me he enterado porque me llego un aviso de cambio de contraseña que yo no pedi. ahora no puedo entrar. ayuda por favor, tengo la tarjeta guardada ahi
=== es security_incident,technical_issue - qp :: recibe facturas de otro cliente por error del sistema
From: Elena Ramos <elena.ramos@ramos-estudio.example>
Subject: Me llegan las facturas de otra persona
~~
Hola:

Desde la última actualización de su aplicación, en mi apartado de «Mis facturas» aparecen facturas de otra persona: nombre, dirección, IBAN y consumo. Supongo que mis datos también los estará viendo alguien.

Por favor, corríjanlo cuanto antes.

Elena Ramos
=== es data_loss,technical_issue - l9 :: presupuestos borrados
From: Diego Fuentes <diego.fuentes@fuentes-reformas.example>
Subject: Se han borrado mis presupuestos
~~
Buenas,

Al abrir hoy la aplicación de presupuestos, me aparece vacía. Los 140 presupuestos guardados (muchos ya aceptados por clientes) han desaparecido. La copia de seguridad automática dice «última copia: nunca», aunque la tenía activada.

¿Hay forma de recuperarlos?

Diego Fuentes
=== es outage,technical_issue - plain :: web caída
From: Andrea Gil <andrea.gil@gil-tienda.example>
Subject: La plataforma no carga
~~
Hola, desde las 10:15 la plataforma no carga para ninguno de los empleados, sale «Error 503 Service Unavailable». Ni en la web ni en la app. ¿Está caído el servicio?
=== es outage,repeat_contact,technical_issue - html :: TPV caído; tercer correo
From: Manuel Delgado <manuel.delgado@bar-delgado.example>
Subject: Datáfonos sin servicio
~~
Tercer correo que envío esta mañana. Los datáfonos de los tres locales no procesan ningún pago desde las 9, sale «sin conexión con el host». Tenemos la terraza llena y sólo podemos cobrar en efectivo.

Manuel Delgado
=== es billing_dispute - attach :: cobro duplicado
From: Natalia Prieto <natalia.prieto@prieto-mail.example>
Subject: Cobro duplicado
Attach: extracto-febrero.pdf|application/pdf|Extracto bancario febrero
~~
Hola, me habéis cobrado dos veces la cuota de febrero (19,90 € el día 1 y otra vez el día 2). Os adjunto el extracto si hace falta. Devolvedme uno por favor.
=== es broken_promise,cancellation_threat,severe_dissatisfaction - plain :: instalación prometida en 48 h; se va a la competencia; harto
From: Francisco Vega <francisco.vega@vega-correo.example>
Subject: Baja
~~
Estoy harto, pero harto de verdad. Dos meses para instalar una fibra que me vendieron «en 48 horas». Me voy con la competencia, que me la ponen el lunes. Díganme qué tengo que hacer para no pagarles ni un euro más.
=== es cancellation_threat,technical_issue conditional htmlent :: app de reservas falla; si no se arregla, no renovará
From: Beatriz Campos <beatriz.campos@campos-fisio.example>
Subject: Recordatorios de citas
~~
Hola:

Desde hace diez días los recordatorios de cita por SMS no se envían; en el panel aparecen como «pendientes» para siempre. Tengo muchos pacientes que no aparecen.

Si esto no queda resuelto antes de la renovación de abril, no renovaré el contrato.

Beatriz Campos
=== es media_threat - plain :: periodista pide declaraciones
From: Tomás Aguirre <tomas.aguirre@diario-norte.example>
Subject: Solicitud de declaraciones – Diario del Norte
~~
Buenos días:

Soy periodista del Diario del Norte. Estamos preparando un reportaje sobre las quejas de usuarios por los cortes de luz del pasado fin de semana en la comarca.

¿Podrían facilitarnos una valoración de la compañía y el número de clientes afectados antes del viernes?

Un saludo,
Tomás Aguirre
=== es media_threat,severe_dissatisfaction - b64 :: lo contará en redes y en su canal; indignante
From: Lorena Pascual <lorena.pascual@pascual-viajes.example>
Subject: Mi equipaje
~~
Llevo nueve días sin mi maleta y nadie sabe dónde está. Es indignante.

Tengo un canal de viajes con bastantes seguidores y voy a contar con pelos y señales lo que está pasando, con vídeos de las colas y de sus respuestas.

Lorena
=== es discrimination_harassment - altent :: vigilante la siguió por su origen
From: Fatima Benali <fatima.benali@benali-correo.example>
Subject: Lo que me pasó en su tienda de Gran Vía
~~
Hola:

El sábado, en su tienda de Gran Vía, un vigilante me siguió por todos los pasillos y me pidió abrir el bolso delante de todos. Cuando pregunté por qué a mí y a nadie más, me dijo: «ya sabemos cómo sois los de fuera».

No había hecho nada. Quiero saber qué van a hacer con esto.

Fatima Benali
=== es discrimination_harassment - qp :: acoso por parte de un comercial
From: Paula Romero <paula.romero@romero-diseno.example>
Subject: Comportamiento de su comercial
~~
Buenas:

El comercial que me atendió para contratar la alarma sigue llamándome y mandándome mensajes fuera de horario, con comentarios sobre mi aspecto y preguntando si vivo sola. Le he pedido dos veces que pare.

Me siento acosada. Exijo que deje de contactarme y que tomen medidas.

Paula Romero
=== es safety,technical_issue - plain :: secador echa chispas
From: Rocío Méndez <rocio.mendez@mendez-mail.example>
Subject: el secador echa chispas
~~
hola el secador de pelo que compre hace un mes empezo a echar chispas por detras y olia a quemado, me he quemado un poco la mano al apagarlo. no lo vuelvo a enchufar. que hago?
=== es safety - l1 :: trona infantil se parte (no técnico)
From: Jorge Santana <jorge.santana@santana-familia.example>
Subject: Trona modelo Pequeño Chef
~~
Buenos días:

La pata trasera de la trona que compramos en enero se partió ayer mientras nuestra hija estaba sentada. Se cayó hacia atrás; por suerte sólo fue un chichón, pero pudo ser mucho peor.

Creo que deberían revisar ese modelo y avisar a otros padres.

Jorge Santana
=== es high_value_order - qp :: pedido de 6.750 € llegó dañado
From: Carolina Ibarra <c.ibarra@ibarra-hosteleria.example>
Subject: Pedido 2026/0455 – mobiliario terraza
~~
Buenos días:

Hemos recibido el pedido 2026/0455 (mobiliario de terraza, 6.750 € IVA incluido). Doce de las treinta sillas vienen con el respaldo roto y dos mesas con el tablero rajado.

Abrimos la terraza el día 1. ¿Cómo lo solucionamos?

Carolina Ibarra
=== es high_value_order,legal_threat conditional plain :: 23.000 USD; acciones judiciales si no se resuelve
From: Andrés Cortés <andres.cortes@cortes-import.example>
Subject: Contenedor retenido – factura 9981
~~
Estimados señores:

El contenedor correspondiente a la factura 9981 (23.000 USD) lleva tres semanas retenido en el puerto por un error en los documentos que ustedes emitieron.

Si el próximo lunes no tenemos los documentos corregidos, iniciaremos acciones judiciales para reclamar los costes de almacenaje y los daños.

Andrés Cortés
=== es feature_request - html :: pide modo sin conexión
From: Irene Soto <irene.soto@soto-correo.example>
Subject: Sugerencia
~~
¡Hola! Me encanta la app para estudiar. Me gustaría mucho que se pudieran descargar las lecciones para verlas sin conexión, en el metro no tengo cobertura. ¡Gracias!
=== es feature_request,technical_issue - l1qp :: error al exportar y pide exportar a Excel
From: Víctor Lozano <victor.lozano@lozano-gestoria.example>
Subject: Exportación
~~
Hola:

Al exportar el libro de IVA a PDF la aplicación se cierra sin más. Además, les sugiero que añadan la exportación a Excel, que es lo que nos piden los clientes.

Víctor Lozano
=== es broken_promise - plain :: devolución prometida no llegó
From: Claudia Reyes <claudia.reyes@reyes-mail.example>
Subject: Devolución del pedido 88123
Date: Thu, 12 Mar 2026 18:40:12 +0100
~~
Hola:

El 14 de febrero me confirmaron por escrito que me devolverían el importe de las zapatillas devueltas en un máximo de cinco días. Hoy es 12 de marzo y no he recibido nada.

¿Pueden comprobarlo?

Claudia Reyes
""")


# =========================================================================== English, no trigger

add(r"""
=== en - title qp :: office manager asking how to add users
From: Gemma Whitlock <gemma.whitlock@brightsmile-dental.example>
Subject: Adding two new users
~~
Hi,

I'm the office manager at Brightsmile Dental and we've got two new hygienists starting next week. How do I add them as users so they can see the appointment book but not the billing section?

Thanks very much,
Gemma
=== en - title alt :: Manager of IT asks how SSO configuration works
From: Raymond Ochieng <r.ochieng@harlowcollege.example>
Subject: Setting up Azure AD sign-in
~~
Hello,

We'd like to switch our staff accounts over to sign in with Azure AD. I found the SSO page in the admin console but it asks for a "tenant identifier" - is that the directory ID or the primary domain?

Many thanks,

Raymond Ochieng
Manager of IT
Harlow College
=== en - title qp :: Head of Legal asks for DPA document
From: Sophie Tremaine <s.tremaine@tremaine-group.example>
Subject: Data processing agreement
~~
Dear support team,

Could you send us a copy of your standard data processing agreement for signature? We're onboarding your product in our HR department next month and our procurement checklist requires a signed DPA on file.

Best regards,

Sophie Tremaine
Head of Legal
Tremaine Group plc
=== en - title html :: existing account manager mentioned as role; asks quote
From: Darren Oakes <darren.oakes@oakes-joinery.example>
Subject: Quote for 5 more seats
~~
Hi there,

Our account manager, Sarah, is on leave this week and I didn't want to wait: could someone send a quote for adding five more seats to our plan from April? Same billing cycle as now.

Cheers,
Darren
=== en - title alt :: password manager compatibility question
From: Yusuf Demir <yusuf.demir@tinmail.example>
Subject: Password manager autofill
~~
Hi, does your login page support autofill from a password manager? I'm about to start using the one built into Firefox and want to check before I move all my logins over.
=== en - title l1 :: mentions own CEO needs a report; asks how to schedule
From: Rebecca Hale <rebecca.hale@hale-and-co.example>
Subject: Scheduling a weekly report
~~
Hello,

Our CEO would like the sales dashboard as a PDF in her inbox every Monday at 8am. Is it possible to schedule that from the dashboard, or do I need the API for it?

Thanks,
Rebecca Hale
Executive Assistant to the CEO
=== en - title plain :: Director of Customer Experience signature asks about invoice copy
From: Liam Byrne <liam.byrne@byrne-logistics.example>
Subject: Invoice copy for January
~~
Hi,

Could you please resend the January invoice as a PDF? Our finance team can't find the original email.

Thanks,
Liam Byrne
Director of Customer Experience | Byrne Logistics
=== en - quoted qp :: thanks above quoted history with lawyer and cancel
From: Helen Marsh <helen.marsh@kestrelmail.example>
Subject: Re: Your request 71220
In-Reply-To: <req-71220.5@escalated.example.test>
References: <req-71220.2@escalated.example.test> <req-71220.5@escalated.example.test>
~~
That's all working now, thank you so much for sticking with it. Have a lovely weekend.

Helen

On Fri, 6 Mar 2026 at 11:48, Customer Support <support@example.test> wrote:

> Hi Helen,
>
> The duplicate subscription has been removed and the refund is on its way.
>
> Best wishes,
> Priya, Customer Support
>
> On Thu, 5 Mar 2026 at 19:02, Helen Marsh <helen.marsh@kestrelmail.example> wrote:
>
>> I have been charged twice for the third month running. Sort it out or I
>> cancel and hand this to my lawyer.
=== en - quoted html :: all fixed; quoted desk mail mentions outage
From: Craig Sutherland <craig@sutherland-print.example>
Subject: Re: Incident update
In-Reply-To: <inc-2026-031.7@escalated.example.test>
~~
Great, all back to normal here. Cheers for the updates.

> Dear customer,
> The outage affecting file uploads between 09:10 and 11:45 UTC is now
> resolved. No data was lost. We apologise for the disruption.
> -- The Operations Team
=== en - quoted htmlraw :: HTML reply; Outlook bordered header block with an old complaint
From: Patricia Lowe <patricia.lowe@lowe-architecture.example>
Subject: RE: Site visit report template
In-Reply-To: <tpl-5521.3@escalated.example.test>
~~
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-GB">
<div class="WordSection1">
<p class="MsoNormal">Hi Tom,<o:p></o:p></p>
<p class="MsoNormal">Thanks &#8211; the new template came through fine and my team are using it already. Much appreciated.<o:p></o:p></p>
<p class="MsoNormal">Patricia<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Support &lt;support@example.test&gt;<br>
<b>Sent:</b> 09 March 2026 15:20<br>
<b>To:</b> Patricia Lowe &lt;patricia.lowe@lowe-architecture.example&gt;<br>
<b>Subject:</b> RE: Site visit report template<o:p></o:p></p>
</div>
<p class="MsoNormal">Hi Patricia, attached is the corrected template. Tom<o:p></o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Patricia Lowe<br>
<b>Sent:</b> 06 March 2026 08:02<br>
<b>To:</b> Support<br>
<b>Subject:</b> Site visit report template<o:p></o:p></p>
</div>
<p class="MsoNormal">Your template generator has crashed on every single report this week. This is absolutely unacceptable and I want to speak to a manager today.<o:p></o:p></p>
</div>
</body></html>
=== en - quoted plain :: Fwd: subject with legal wording; forwarded letter from landlord's solicitor; current asks for statement
From: Owen Pritchard <owen.pritchard@pritchardmail.example>
Subject: Fwd: Notice of legal action
~~
Hi,

Could you send me a statement of my account for the last 12 months showing the monthly payments? It's for the dispute with my landlord below, nothing to do with you - I just need proof the rent has been going out.

Owen

-------- Forwarded Message --------
Subject: Notice of legal action
Date: Mon, 9 Mar 2026 06:11:40 +0000
From: Marsh & Gill Lettings <lettings@marshgill.example>
To: owen.pritchard@pritchardmail.example

Our records show rent arrears of two months. Unless payment or proof of payment is received within 14 days, we will begin court proceedings.

=== en - quoted htmlraw :: HTML blockquote quoting earlier request for a manager; current text thanks
From: Anita Sharma <anita.sharma@saffronmail.example>
Subject: Re: Callback request
In-Reply-To: <cb-1188.2@escalated.example.test>
~~
<html><body>
<div dir="ltr">Hi Mark,<br><br>Yes, Lisa called me this morning and we sorted the whole thing out. Thanks for arranging it so quickly.<br><br>Anita</div>
<br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Wed, Mar 4, 2026 at 4:55 PM Mark (Support) &lt;support@example.test&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
Hi Anita, I've asked our team lead to call you tomorrow.<br><br>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
I want to speak to your supervisor. This is the third time I&#39;ve explained the problem and I&#39;m fed up.
</blockquote>
</blockquote>
</div>
</body></html>
=== en - quoted qp :: Apple Mail quote with data loss; current says files found
From: Frances Doyle <frances.doyle@doylemail.example>
Subject: Re: Recipe folders
In-Reply-To: <mf-33019.1@escalated.example.test>
~~
Found them! They were in the "Archive" view all along, I'd just never clicked it. Sorry for the fuss.

Frances

> On 3 Mar 2026, at 09:14, Frances Doyle <frances.doyle@doylemail.example> wrote:
>
> All my recipe folders have disappeared from the app, everything's gone. Please help!
=== en - quoted l1 :: Original Message block with chargeback threat; current asks for receipt
From: Alan Fitzgerald <alan.fitz@fitzmail.example>
Subject: RE: Payment query
In-Reply-To: <dp-4412.3@escalated.example.test>
~~
Thanks for the refund. Could you also email me a receipt showing the £45 going back, for my records?

Alan

-----Original Message-----
From: Alan Fitzgerald [mailto:alan.fitz@fitzmail.example]
Sent: 02 March 2026 18:33
To: support@example.test
Subject: Duplicate payment

You've taken £45 twice. Refund it or I'll do a chargeback through my bank.
=== en - quoted htmlent :: current text neutral; quoted reply has "I'll make sure everyone knows"
From: Ruby Castell <ruby.castell@castellmail.example>
Subject: Re: order 55-2231
In-Reply-To: <ord-55-2231.2@escalated.example.test>
~~
ok got it, the parcel turned up today. thanks

On Mon, Mar 2, 2026 at 9:01 AM <support@example.test> wrote:
> Hi Ruby, your parcel was delayed at the depot and is out for delivery today.
>
> On Sun, Mar 1, 2026 at 10:40 PM Ruby Castell wrote:
> > if this parcel isn't here tomorrow ill make sure everyone knows, every review site
=== en - signature plain :: legal disclaimer with unauthorised use / legal action words
From: Richard Haines <r.haines@haines-wealth.example>
Subject: Change of correspondence address
~~
Dear team,

Please update the correspondence address on account 55120-R to:
4 Harbour Row, Exampleton EX1 2AB.

Kind regards,
Richard Haines

--
Haines Wealth Management Ltd is authorised and regulated by the Financial Conduct Authority.
This email and any attachments are confidential. If you are not the intended recipient, please notify the sender and delete it. Any unauthorised review, use or disclosure is strictly prohibited and may result in legal action.
=== en - signature b64 :: signature with Fire Warden and Health & Safety titles
From: Bronwen Evans <bronwen.evans@valleyworks.example>
Subject: Delivery on Friday
~~
Hi,

Just a heads up that our site is closed on Friday afternoon for staff training, so if the toner delivery could come Thursday or Monday instead that would be ideal.

Diolch,
Bronwen

Bronwen Evans
Facilities Coordinator | Health & Safety Lead | Fire Warden (2nd floor)
Valley Works Ltd
=== en - signature alt :: Security Incident Response team signature; asks how to export audit logs
From: Kenji Watanabe <k.watanabe@corvus-bank.example>
Subject: Audit log export format
~~
Hello,

Is the audit log export available as JSON Lines, or only CSV? We'd like to feed it into our SIEM.

Thanks,
Kenji Watanabe
Analyst, Security Incident Response Team
Corvus Bank
=== en - signature qp :: Data Loss Prevention specialist signature, asks about attachment size limit
From: Fiona Gallagher <f.gallagher@northgate-health.example>
Subject: Attachment size limit
~~
Hi,

What's the maximum attachment size on your secure messaging module? We need to set our gateway rules to match.

Thanks,
Fiona Gallagher
Data Loss Prevention Specialist
Northgate Health Trust
This message may contain confidential patient information. If received in error, please report it to our Information Governance team and to the ICO where required, and delete it.
=== en - signature plain :: sign-off quote mentions suing; question about gift cards
From: Darius Rahimi <darius.rahimi@rahimimail.example>
Subject: Gift card balance
~~
Hey, how do I check the remaining balance on a gift card? It's one of the physical ones from your shop.

Darius

"I'd sue the weather if I could." - my grandad
=== en - negation altent :: not going to cancel; asks about downgrade
From: Emma Rowley <emma.rowley@rowleymail.example>
Subject: Downgrading my plan
~~
Hi! We're definitely not going to cancel, we love it, but with two people leaving the team we could probably manage on the Starter plan. What happens to the extra users when we downgrade?

Emma
=== en - negation qp :: nothing was lost in the end
From: Peter Lindgren <peter.lindgren@lindgren-ab.example>
Subject: Re: Project Alpha
In-Reply-To: <dp-8812.1@escalated.example.test>
~~
Hi,

Quick update: nothing was lost in the end, my colleague had restored the project from the trash before I even noticed. You can close the ticket.

Thanks,
Peter
=== en - negation qp :: no need to escalate, just a question
From: Grace Oduya <grace.oduya@oduya-consult.example>
Subject: Quick one about time zones
~~
Hi, no need to escalate this or anything, just a quick question: when I schedule a post for 9am, is that 9am in my time zone or the account's time zone? The settings page shows both.
=== en - negation plain :: not suing, just wants explanation of fee
From: Matthew Crane <matthew.crane@cranemail.example>
Subject: What's the "platform fee"?
~~
Hi, I'm not threatening to sue anyone or anything dramatic, I just genuinely don't know what the "platform fee" line on my booking receipt is for. Is it a one-off or per night?

Matt
=== en - negation alt :: site wasn't down, it was our firewall
From: Neil Baptiste <neil.baptiste@baptiste-it.example>
Subject: Re: Ticket 1002
In-Reply-To: <cp-1002.1@escalated.example.test>
~~
Hello,

Turns out your service wasn't down at all - our new firewall was blocking the IP range. Added your addresses to the allow list and everything's fine. Sorry for the noise.

Neil
=== en - negation html :: won't leave over this; just wants to know about colour
From: Olivia Grant <olivia.grant@thimblemail.example>
Subject: Throw cushion colour
~~
Hello, the cushions I got are more mustard than the "golden ochre" on the website. I won't be sending them back or anything, they're still nice, I just wondered if the photo is maybe edited? Might help other people to know.

Olivia
=== en - negation plain :: smoke alarm but not because of the device
From: Ian Fletcher <ian.fletcher@fletchermail.example>
Subject: Smart smoke alarm notification
~~
Hi,

My smart smoke alarm sent a notification to my phone last night. To be clear there was no fire and nothing wrong with the alarm, it was my toast. My question is just whether there's a way to silence it from the app rather than standing on a chair.

Ian
=== en - negation alt :: not angry, genuinely curious about delivery
From: Harriet Swann <harriet.swann@swannmail.example>
Subject: Not a complaint!
~~
Not a complaint, honestly, I'm not cross at all! I just wondered why my order went from Manchester to Belfast and back to Manchester in the tracking. Is that normal?
=== en - policy_question qp :: refund policy question
From: Chris Abbott <chris.abbott@abbottmail.example>
Subject: Refunds
~~
Hi, what's your refund policy for annual plans? If I pay yearly and find after a couple of months it's not for us, do I get anything back?
=== en - policy_question qp :: how would I cancel if I moved abroad
From: Marianne Holt <marianne.holt@holtfamily.example>
Subject: Question about my contract
~~
Hello,

We might be moving to Portugal next year for my husband's job. How would I cancel the broadband contract if that happens - is there a fee for leaving early when you move abroad?

Thanks,
Marianne
=== en - policy_question plain :: GDPR compliance question
From: Daniel Osei <d.osei@ledgerline.example>
Subject: GDPR and data location
~~
Hello,

Is your service GDPR compliant, and where are the servers physically located? We'd need EU hosting for our customer data.

Regards,
Daniel Osei
=== en - policy_question alt :: SLA for outages question
From: Laura Benedetti <laura.benedetti@benedetti-retail.example>
Subject: SLA on the Business plan
~~
Hi,

Before we upgrade: do you offer an SLA for outages on the Business plan? And if uptime falls below the SLA, how are service credits calculated?

Thanks,
Laura
=== en - policy_question alt :: will I lose data when I upgrade
From: Sean Murphy <sean.murphy@murphymail.example>
Subject: Upgrading to the new version
~~
Hi, I'm on version 4 and want to upgrade to 5. How do I make sure I don't lose any of my saved projects when I upgrade? Should I export them first?
=== en - policy_question l1 :: hypothetical account hacking process
From: Agnes Whitmore <agnes.whitmore@whitmoremail.example>
Subject: Account security question
~~
Dear support,

My grandson set up online banking for me. I'd like to know, just in case, what I should do if someone ever got hold of my password - who would I ring, and would I get my money back?

Thank you,
Agnes Whitmore
=== en - policy_question plain :: asks whether CSV export exists
From: Tyler Brooks <tyler.brooks@brooksmail.example>
Subject: csv?
~~
can i export my transactions to csv somewhere? couldn't find it
=== en - policy_question html :: compensation policy for late deliveries
From: Imran Qureshi <imran.qureshi@qureshi-trading.example>
Subject: Delivery guarantee
~~
Hi,

Your website mentions a "next-day guarantee". What exactly does that cover - do you refund the delivery fee if a parcel arrives late, or is it something else?

Imran
=== en - policy_question qp :: supplier form asks which ombudsman scheme
From: Louise Carter <louise.carter@carter-housing.example>
Subject: Supplier onboarding form
~~
Hi,

We're adding you as an approved supplier. Our form asks which ombudsman or dispute resolution scheme you're a member of, and for your company registration number. Could you let me know both?

Thanks,
Louise Carter
Procurement
=== en - reported plain :: colleague joked about suing over coffee machine
From: Marcus Holm <marcus.holm@holm-design.example>
Subject: Coffee machine descaling
~~
Hi,

Our office coffee machine (the CM-300 we lease from you) is showing the descale light. My colleague joked that we should sue you for the week of weak coffee, but I'd settle for knowing which descaler to use!

Marcus
=== en - reported htmlent :: neighbour's account hacked; asks whether there's a general problem
From: Joyce Appleby <joyce.appleby@applebymail.example>
Subject: Is there a problem?
~~
Hello,

My neighbour told me her account with you was hacked last week. Mine seems fine, I've checked my orders. Is there anything I should do as a precaution, or was it just her?

Joyce
=== en - reported plain :: husband wants to cancel but she doesn't
From: Karen Whitley <karen.whitley@whitleymail.example>
Subject: Family plan
~~
Hi, my husband keeps saying we should cancel the family plan because the kids never use it, but I'd rather keep it and just remove his profile. How do I remove one member without affecting the others?

Karen
=== en - reported qp :: boss says move to competitor; she wants to make it work
From: Sinead Walsh <sinead.walsh@walsh-consult.example>
Subject: Help with approval workflows
~~
Hi,

My boss thinks we should move to one of your competitors because the approval workflows "don't do multi-step". I'm fairly sure they do and we've just set them up wrong. Could you point me to the right guide for a two-level approval (team lead, then finance)?

Thanks,
Sinead
=== en - reported b64 :: forum said API was down; they didn't notice
From: Pavel Novak <pavel.novak@novak-dev.example>
Subject: Yesterday's API incident?
~~
Hey, someone on the community forum said the API was down for an hour yesterday afternoon. We didn't see anything on our side. Was there actually an incident, and should we expect a post-mortem?

Pavel
=== en - reported altent :: customer of theirs said they'd complain; they just want a template
From: Rosa Delgado <rosa.delgado@delgado-salon.example>
Subject: Cancellation message template
~~
Hello,

One of my salon clients said she'd "report me to trading standards" because she didn't get a reminder before her appointment (she'd turned off texts herself). Anyway - is there a way to add a line to the booking confirmation telling people how to turn reminders back on?

Rosa
=== en - innocuous plain :: press the button
From: Walter Quinn <walter.quinn@quinnmail.example>
Subject: Which button?
~~
Hi, on the new thermostat, which button do I press to go back to the main screen? I pressed the round one and it just changed the temperature.
=== en - innocuous html :: executive summary in report template
From: Naomi Klein-Baker <naomi.kb@quarry-consulting.example>
Subject: Report template
~~
Hello,

Is there a way to move the executive summary to the first page of the exported report? At the moment it comes after the charts.

Naomi
=== en - innocuous qp :: tennis court booking app
From: Ben Ashworth <ben.ashworth@ashworthmail.example>
Subject: Court booking app
~~
Hi, I'm new to the club. In the court booking app, can I book a court for two consecutive hours, or only one slot at a time?

Ben
=== en - innocuous qp :: our firewall; allowlist IPs
From: Andrzej Kowal <a.kowal@kowal-systems.example>
Subject: IP addresses for allow list
~~
Hello,

We need to add your webhook source addresses to our firewall. Could you confirm the current list of IP ranges? The docs page lists 198.51.100.0/24 - is that still correct?

Best,
Andrzej
=== en - innocuous plain :: fire drill, reschedule delivery
From: Deborah Lane <deborah.lane@lane-office.example>
Subject: Delivery slot Thursday
~~
Hello,

We have a fire drill on Thursday between 10 and 11, so the building will be empty. Could the furniture delivery come after 11:30 instead?

Thanks,
Deborah
=== en - innocuous w1252 :: praise: killer feature; thank-you
From: Eoin Gallagher <eoin.gallagher@gallaghermail.example>
Subject: The new timeline view
~~
Just wanted to say the new timeline view is a killer feature. We’ve dropped two other tools because of it. Great work, whoever built it!

Eoin
=== en - innocuous html :: board game gift wrapping
From: Ella Sørensen <ella.sorensen@sorensenmail.example>
Subject: Gift wrap
~~
Hiya, can you gift wrap the board game I ordered (order 99301) and put a little note in? It's for my nephew. Happy to pay extra.
=== en - innocuous alt :: legal size paper printing question
From: Howard Price <howard.price@pricelaw.example>
Subject: Printing on legal size
~~
Hello, how do I set the desktop app to print on US legal size paper by default? At the moment I change it by hand every time.
=== en - innocuous plain :: crash course for new staff
From: Jasmine Cole <jasmine.cole@colemail.example>
Subject: Training
~~
Hi, do you do a crash course or webinar for new staff? We've got six new starters in April who've never used the system.
=== en - innocuous alt :: security deposit on rental equipment
From: Graham Fenwick <graham.fenwick@fenwick-events.example>
Subject: Security deposit for PA hire
~~
Hi,

For the PA system hire on 18 April, how much is the security deposit and when is it returned? We'll collect on the 17th.

Thanks,
Graham
=== en - innocuous qp :: how long does a full charge take
From: Lucy Tan <lucy.tan@tanmail.example>
Subject: Charging time
~~
How long does a full charge take on the X5 headphones? And does the light go green when it's full or does it just switch off?
=== en - innocuous plain :: task manager shortcut
From: Arthur Pell <arthur.pell@pellmail.example>
Subject: Closing the app fully
~~
On Windows, is it OK to close your app from Task Manager when it's syncing, or should I wait for the sync icon to stop?
=== en - other alt :: mild disappointment with colour
From: Jennifer Holloway <jen.holloway@hollowaymail.example>
Subject: Rug
~~
Hi,

The rug arrived today, thanks. I'm a little disappointed that it's thinner than I expected from the photos, but it'll do for the spare room. Just thought you might like the feedback.

Jen
=== en - other html :: bit of a shame the new layout hides search
From: Oscar Lindahl <oscar.lindahl@lindahlmail.example>
Subject: New layout
~~
Bit of a shame the new layout hides the search bar behind the menu icon, I used it constantly. Not the end of the world, just mentioning it.
=== en - other qp :: not quite as expected but fine
From: Beverley Nash <beverley.nash@nashmail.example>
Subject: Cookery course feedback
~~
Hello,

The online cookery course was fine, though not quite what I expected - more videos of the chef talking than actual cooking. I got some good recipes out of it anyway. Just a thought for next time.

Beverley
=== en - - plain :: how-to: change billing email
From: Tom Harrington <tom.harrington@harringtonmail.example>
Subject: Billing email
~~
Hi, how do I change the email address invoices are sent to? I want them to go to accounts@ instead of me.
=== en - - qp :: thank-you note
From: Mabel Fitzroy <mabel.fitzroy@fitzroymail.example>
Subject: Thank you
~~
Dear all,

I just wanted to say thank you to Aaron on your phone line who spent forty minutes helping me set up my new tablet yesterday. He was so patient with me. Please pass it on.

Warm regards,
Mabel Fitzroy
=== en - - qp :: how-to: share a folder
From: Rahul Verma <rahul.verma@vermamail.example>
Subject: sharing
~~
how do i share a folder with someone who doesnt have an account? is there a link option
=== en - - html :: how-to: add second delivery address
From: Caroline Drew <caroline.drew@drewmail.example>
Subject: Second delivery address
~~
Hello,

Can I save a second delivery address on my account (my office) and choose between them at checkout?

Many thanks,
Caroline
=== en - - plain :: travel: how to add luggage to booking
From: Mohammed Rashid <m.rashid@rashidmail.example>
Subject: Adding a bag
~~
Hi, I booked flights for me and my wife (ref KL9PXQ). How can I add one checked bag for the return leg only?
=== en - - htmlent :: healthcare scheduling: reschedule appointment
From: Janet Parkin <janet.parkin@parkinmail.example>
Subject: Moving my appointment
~~
Hello, I have a physiotherapy appointment on 19 March at 2pm. Could it be moved to the following week, any afternoon? Thank you, Janet Parkin (DOB 04/07/1961)
=== en - - attach :: education platform: send certificate question with screenshot
From: Kofi Asante <kofi.asante@asantemail.example>
Subject: Course certificate
Attach: certificate-page.png|image/png|
~~
Hi,

I finished the Intro to Data Analysis course yesterday. Where do I download the certificate? The course page says "completed" (screenshot attached), I'm probably just looking in the wrong place.

Thanks,
Kofi
=== en - - b64 :: utilities: meter reading submission
From: Eileen Moss <eileen.moss@mossmail.example>
Subject: Meter reading
~~
Meter reading for account 4410-2231, taken today: 04812. Thanks.
=== en - - w1252 :: B2B: asks for onboarding call
From: Franziska Weller <f.weller@weller-ag.example>
Subject: Onboarding call
~~
Hello,

We’ve just signed up for the Team plan. Would it be possible to book a 30-minute onboarding call next week? Tuesday or Wednesday morning (CET) would suit us best.

Best regards,
Franziska Weller
=== en - - plain :: insurance: add named driver
From: Callum Henderson <callum.henderson@hendersonmail.example>
Subject: Adding my son as named driver
~~
Hi, my son passed his test last week. What do you need from me to add him as a named driver on my policy, and will the price change straight away?
""")


# =========================================================================== German, no trigger (+ two extra positives)

add(r"""
=== de - title l1 :: Büroleiterin fragt nach Benutzerverwaltung
From: Petra Hummel <petra.hummel@hummel-praxis.example>
Subject: Neue Mitarbeiterin anlegen
~~
Guten Tag,

ich bin die Büroleiterin der Praxis Hummel. Wie lege ich für eine neue Mitarbeiterin einen Zugang an, der nur Termine sieht, aber keine Abrechnung?

Vielen Dank
Petra Hummel
=== de - title qp :: Leiter Rechtsabteilung fragt nach AV-Vertrag
From: Dr. Thomas Berger <t.berger@berger-industrie.example>
Subject: Auftragsverarbeitungsvertrag
~~
Sehr geehrte Damen und Herren,

für die interne Freigabe benötigen wir Ihren Auftragsverarbeitungsvertrag nach Art. 28 DSGVO sowie die Liste der Unterauftragsverarbeiter. Können Sie uns beides zusenden?

Mit freundlichen Grüßen
Dr. Thomas Berger
Leiter Recht & Compliance
Berger Industrie AG
=== de - quoted altent :: Dank oben; Zitat mit Kündigungsdrohung und Anwalt
From: Stefanie Vogel <stefanie.vogel@vogel-mail.example>
Subject: Re: Ihre Anfrage 90112
In-Reply-To: <req-90112.3@escalated.example.test>
~~
Vielen Dank, die Gutschrift ist angekommen. Damit ist für mich alles erledigt.

Schöne Grüße
Stefanie Vogel

Am Di., 3. März 2026 um 16:40 Uhr schrieb Kundenservice <support@example.test>:
> Sehr geehrte Frau Vogel,
> wir haben die doppelte Abbuchung storniert.
>
> Am Mo., 2. März 2026 schrieb Stefanie Vogel:
>> Das ist jetzt das dritte Mal, dass Sie doppelt abbuchen. Ich kündige
>> und gebe das meinem Anwalt.
=== de - quoted alt :: Outlook-Kopfblock (Von/Gesendet/An/Betreff) mit alter Beschwerde
From: Rainer Schulte <rainer.schulte@schulte-gmbh.example>
Subject: AW: Lieferung Druckerpapier
In-Reply-To: <lief-3312.2@escalated.example.test>
~~
Hallo Frau Yilmaz,

passt, Lieferung ist heute vollständig angekommen. Danke!

Gruß
Rainer Schulte

Von: Rainer Schulte
Gesendet: Freitag, 6. März 2026 08:14
An: support@example.test
Betreff: Lieferung Druckerpapier

Seit zwei Wochen warten wir auf das Papier. Das ist eine absolute Zumutung, ich will sofort Ihren Vorgesetzten sprechen.
=== de - signature l1 :: Signatur mit Rechtsanwalt-Titel und Haftungsausschluss
From: Maximilian Graf <m.graf@graf-kanzlei.example>
Subject: Rechnungsanschrift ändern
~~
Guten Tag,

bitte ändern Sie die Rechnungsanschrift für unser Konto 77812 auf: Kanzlei Graf, Lindenallee 4, 50667 Köln.

Mit freundlichen Grüßen

Maximilian Graf
Rechtsanwalt

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.
=== de - negation qp :: will nicht kündigen, nur Tarif wechseln
From: Oliver Krämer <oliver.kraemer@kraemer-mail.example>
Subject: Tarifwechsel
~~
Hallo, ich will nicht kündigen, bin eigentlich zufrieden. Ich möchte nur vom L- in den M-Tarif wechseln, weil ich weniger Datenvolumen brauche. Geht das sofort oder erst zum Monatsende?
=== de - negation qp :: Daten doch nicht verloren
From: Anja Peters <anja.peters@peters-web.example>
Subject: Re: Kontakte im Adressbuch
In-Reply-To: <kv-2291.1@escalated.example.test>
~~
Hallo nochmal,

Entwarnung: Es ist nichts verloren gegangen, die Kontakte waren nur in einem anderen Adressbuch gespeichert. Sie können das Ticket schließen.

Danke und Gruß
Anja Peters
=== de - policy_question plain :: Frage nach Widerrufsrecht
From: Manfred Stein <manfred.stein@stein-mail.example>
Subject: Frage zum Widerruf
~~
Guten Tag, wie lange habe ich bei Ihnen ein Widerrufsrecht, wenn ich online einen Vertrag abschließe, und muss ich dafür einen Grund angeben? Mit freundlichen Grüßen, M. Stein
=== de - policy_question html :: DSGVO-konform?
From: Larissa Köhler <larissa.koehler@koehler-agentur.example>
Subject: Datenschutz
~~
Hallo,

ist Ihr Dienst DSGVO-konform und stehen die Server in Deutschland oder zumindest in der EU? Das ist für unsere Kunden wichtig.

Viele Grüße
Larissa Köhler
=== de - reported html :: Kollege meint, man solle wechseln; sie fragt nach Anleitung
From: Sandra Lorenz <sandra.lorenz@lorenz-team.example>
Subject: Berichte filtern
~~
Hallo,

mein Kollege meint, wir sollten zu einem anderen Anbieter wechseln, weil man Berichte angeblich nicht nach Kostenstelle filtern kann. Ich glaube, das geht doch irgendwie? Können Sie mir sagen, wo?

Danke!
Sandra
=== de - innocuous plain :: Feuerwehrübung, Liefertermin verschieben
From: Dieter Wolff <dieter.wolff@wolff-metall.example>
Subject: Liefertermin Donnerstag
~~
Hallo, am Donnerstagvormittag haben wir eine Feuerwehrübung auf dem Gelände. Kann die Lieferung am Nachmittag kommen? Gruß D. Wolff
=== de - innocuous w1252 :: Tennisplatz-Buchung, Knopf drücken
From: Heike Brunner <heike.brunner@tc-gruenweiss.example>
Subject: Platzbuchung für Gäste
~~
Hallo,

in der Platzbuchungs-App: Welchen Knopf muss ich drücken, um einen Gastspieler hinzuzufügen? Ich finde nur „Mitglied hinzufügen“.

Sportliche Grüße
Heike Brunner
=== de - other l1qp :: leichte Enttäuschung über Farbe
From: Christa Lang <christa.lang@lang-familie.example>
Subject: Vorhänge
~~
Guten Tag, die Vorhänge sind angekommen. Die Farbe ist etwas heller als auf dem Foto, ein bisschen schade, aber wir behalten sie. Nur als Rückmeldung. Gruß Christa Lang
=== de - - qp :: Dankeschön
From: Wolfgang Reuter <wolfgang.reuter@reuter-mail.example>
Subject: Danke
~~
Liebes Serviceteam,

herzlichen Dank für die schnelle Hilfe gestern am Telefon. Der Router läuft wieder einwandfrei und Ihr Kollege Herr Aydin war sehr geduldig.

Beste Grüße
Wolfgang Reuter
=== de - - qp :: Bildungsplattform: Frage nach Kurszugang
From: Lena Schubert <lena.schubert@schubert-uni.example>
Subject: Kurszugang für Studierende
~~
Hallo,

wie können meine Studierenden sich für den Kurs „Statistik I“ einschreiben? Brauchen sie einen Einladungscode oder reicht die Uni-Mailadresse?

Viele Grüße
Lena Schubert
=== de - - plain :: Versicherung: Adressänderung
From: Jörg Pohl <joerg.pohl@pohl-mail.example>
Subject: Umzug
~~
Hallo, wir ziehen zum 1. April um. Neue Anschrift: Gartenweg 12, 04109 Leipzig. Bitte für Hausrat- und Haftpflichtversicherung ändern. Danke, Jörg Pohl
=== de - reported w1252 :: Nachbar hatte Rauch – fragt nur nach Rückrufinfo, eigenes Gerät ok
From: Elke Hartung <elke.hartung@hartung-mail.example>
Subject: Frage zum Heizlüfter HL-2000
~~
Guten Tag,

meine Nachbarin erzählte mir, bei ihrem Heizlüfter (gleiches Modell, HL-2000) hätte es „komisch gequalmt“. Meiner läuft seit zwei Jahren völlig unauffällig. Gibt es zu dem Modell irgendwelche Hinweise, die ich kennen sollte?

Freundliche Grüße
Elke Hartung
=== de corporate_contact_request - alt :: Telefonnummer der Zentrale, nicht Hotline
From: Horst Janssen <horst.janssen@janssen-mail.example>
Subject: Nummer der Zentrale
~~
Moin, ich hätte gern die Telefonnummer Ihrer Konzernzentrale. Nicht die Servicehotline, die kenne ich, sondern die Zentrale in Hamburg. Danke.
=== de data_loss,technical_issue - plain :: Spielstände gelöscht nach Update
From: Kevin Schmitt <kevin.schmitt@schmitt-gaming.example>
Subject: speicherstände weg
~~
hey seit dem update von gestern sind alle meine speicherstände weg, 300 stunden spielzeit. cloud sync war an. kann man das irgendwie wiederherstellen???
""")


# =========================================================================== French, no trigger (+ two extra positives)

add(r"""
=== fr - title html :: responsable administrative; question d'utilisation
From: Sylvie Garnier <sylvie.garnier@cabinet-garnier.example>
Subject: Ajout d'un utilisateur
~~
Bonjour,

Je suis responsable administrative du cabinet. Comment ajouter une secrétaire qui doit voir l'agenda mais pas la facturation ?

Merci d'avance,
Sylvie Garnier
=== fr - title l9 :: Directeur juridique en signature; demande de contrat DPA
From: Arnaud Vasseur <a.vasseur@vasseur-groupe.example>
Subject: Accord de traitement des données
~~
Bonjour,

Pourriez-vous nous transmettre votre accord de sous-traitance (article 28 RGPD) ainsi que la liste de vos sous-traitants ultérieurs ? Notre service achats en a besoin avant la signature du bon de commande de 2 400 €.

Cordialement,

Arnaud Vasseur
Directeur juridique
Groupe Vasseur
=== fr - quoted qp :: remerciement au-dessus d'un historique cité avec menace de poursuites
From: Catherine Meunier <catherine.meunier@meunier-mail.example>
Subject: Re: Votre demande n° 33019
In-Reply-To: <dem-33019.3@escalated.example.test>
~~
Bonjour,

Merci, le remboursement est bien arrivé. Tout est réglé pour moi.

Bonne journée,
Catherine Meunier

Le jeu. 5 mars 2026 à 10:21, Service client <support@example.test> a écrit :
> Madame,
> nous avons procédé au remboursement.
>
> Le mer. 4 mars 2026, Catherine Meunier a écrit :
>> Troisième relance. Sans remboursement demain, j'engage des poursuites.
=== fr - quoted alt :: en-tête Outlook (De/Envoyé/À/Objet) avec ancienne plainte
From: François Perrin <francois.perrin@perrin-btp.example>
Subject: RE: Livraison casques
In-Reply-To: <liv-7781.2@escalated.example.test>
~~
Bonjour Mme Diallo,

Bien reçu, merci. La livraison est complète.

François Perrin

De : François Perrin
Envoyé : lundi 2 mars 2026 07:55
À : support@example.test
Objet : Livraison casques

C'est inadmissible, nos ouvriers n'ont toujours pas de casques. Je veux parler à votre directeur.
=== fr - signature l1 :: avertissement juridique en signature
From: Valérie Caron <valerie.caron@caron-notaires.example>
Subject: Copie de facture
~~
Bonjour,

Pourriez-vous m'envoyer une copie de la facture de janvier au format PDF ?

Merci,
Valérie Caron

Ce message et ses pièces jointes sont confidentiels. Si vous n'êtes pas le destinataire, merci d'en avertir l'expéditeur et de le détruire. Toute utilisation non autorisée est susceptible de poursuites.
=== fr - negation plain :: ne veut pas résilier
From: Michel Barbier <michel.barbier@barbier-mail.example>
Subject: Changement d'offre
~~
Bonjour, je ne compte pas résilier, rassurez-vous ! Je voudrais simplement passer à l'offre sans engagement. Comment faire ? Merci
=== fr - negation html :: rien n'a été perdu finalement
From: Émilie Noël <emilie.noel@noel-studio.example>
Subject: Re: Dossier clients
In-Reply-To: <dd-5510.1@escalated.example.test>
~~
Bonjour,

Fausse alerte : rien n'a été perdu, le dossier avait simplement été déplacé par une collègue. Vous pouvez clôturer la demande.

Merci quand même !
Émilie
=== fr - policy_question htmlent :: politique de remboursement
From: Antoine Picard <antoine.picard@picard-mail.example>
Subject: Remboursement
~~
Bonjour, quelle est votre politique de remboursement si je résilie l'abonnement annuel en cours d'année ? Merci.
=== fr - policy_question l1 :: conformité RGPD
From: Isabelle Robin <isabelle.robin@robin-asso.example>
Subject: RGPD
~~
Bonjour,

Votre plateforme est-elle conforme au RGPD ? Nous sommes une association et nous voudrions y stocker les coordonnées de nos adhérents.

Merci,
Isabelle Robin
=== fr - reported plain :: mon mari dit qu'on devrait changer d'opérateur
From: Brigitte Colin <brigitte.colin@colin-famille.example>
Subject: Option TV
~~
Bonjour, mon mari dit qu'on ferait mieux de partir chez un autre opérateur pour avoir les chaînes sport, mais moi je préfère rester. Est-ce que vous proposez une option sport et à quel prix ?
=== fr - innocuous b64 :: appuyer sur le bouton; feu de cheminée (recette)
From: Didier Masson <didier.masson@masson-mail.example>
Subject: Four connecté – mode gril
~~
Bonjour, sur le four connecté, sur quel bouton faut-il appuyer pour lancer le mode gril ? La recette dit « à feu vif » mais je ne trouve pas l'équivalent.
=== fr - innocuous qp :: salle de conférence, réservation de court
From: Agnès Leroy <agnes.leroy@leroy-padel.example>
Subject: Réservation de terrain
~~
Bonjour,

Dans l'appli de réservation de terrains de padel, est-il possible de réserver deux créneaux d'affilée ? Et peut-on annuler sans frais la veille ?

Merci !
Agnès
=== fr - other altent :: légère déception
From: Lucie Faure <lucie.faure@faure-mail.example>
Subject: Commande reçue
~~
Bonjour, j'ai bien reçu ma commande. Un peu déçue que le pull soit plus court que sur la photo, mais il me va. Je voulais juste vous le signaler. Bonne journée.
=== fr - - plain :: merci
From: Jacqueline Roy <jacqueline.roy@roy-mail.example>
Subject: Merci
~~
Bonjour,

Un grand merci à Karim pour son aide hier au téléphone, il a été d'une patience exemplaire.

Cordialement,
Jacqueline Roy
=== fr - - w1252 :: plateforme éducative : question
From: Sébastien Morel <sebastien.morel@lycee-morel.example>
Subject: Accès élèves
~~
Bonjour,

Comment puis-je donner accès à mes élèves au module « Grammaire – niveau 2 » ? Faut-il créer une classe d’abord ?

Merci,
Sébastien Morel
=== fr - - qp :: assurance : attestation
From: Christophe Henry <christophe.henry@henry-mail.example>
Subject: Attestation d'assurance
~~
Bonjour, pourriez-vous m'envoyer mon attestation d'assurance habitation pour 2026 ? Mon propriétaire me la demande. Merci, C. Henry
=== fr - innocuous plain :: pare-feu de l'entreprise
From: Yann Le Goff <yann.legoff@legoff-informatique.example>
Subject: Adresses IP à autoriser
~~
Bonjour,

Quelles adresses IP dois-je autoriser sur notre pare-feu pour que les notifications de votre service passent ? La plage 192.0.2.0/24 est-elle toujours d'actualité ?

Yann Le Goff
=== fr corporate_contact_request,executive_contact - html :: demande l'adresse de la directrice générale pour lui écrire
From: Dominique Lefebvre <dominique.lefebvre@lefebvre-mail.example>
Subject: Adresse de la direction
~~
Bonjour,

Pourriez-vous me donner l'adresse postale de votre direction générale ? Je souhaite écrire directement à votre directrice générale au sujet de mon dossier.

Dominique Lefebvre
=== fr data_loss,technical_issue - qp :: messages effacés après mise à jour
From: Margaux Perret <margaux.perret@perret-boutique.example>
Subject: Historique des conversations vide
~~
Bonjour,

Depuis la mise à jour d'hier, l'historique de toutes nos conversations clients dans la messagerie a été effacé. On ne voit plus que les messages d'aujourd'hui. Y a-t-il un moyen de le récupérer ?

Margaux
""")


# =========================================================================== Spanish, no trigger

add(r"""
=== es - title l1qp :: jefa de oficina pregunta cómo dar de alta usuarios
From: Rosa Jiménez <rosa.jimenez@jimenez-asesores.example>
Subject: Alta de usuario
~~
Hola:

Soy la jefa de oficina de la asesoría. ¿Cómo doy de alta a un nuevo compañero para que vea los clientes pero no la facturación?

Gracias,
Rosa Jiménez
=== es - title qp :: Director de TI en firma; pregunta por SSO
From: Álvaro Medina <alvaro.medina@medina-seguros.example>
Subject: Inicio de sesión único
~~
Buenos días:

¿Es compatible su plataforma con inicio de sesión único mediante Google Workspace? Querríamos activarlo para los 40 empleados.

Saludos,
Álvaro Medina
Director de Sistemas
Medina Seguros
=== es - quoted l1 :: agradece; historial citado con amenaza de abogado
From: Teresa Núñez <teresa.nunez@nunez-mail.example>
Subject: Re: Su consulta 44120
In-Reply-To: <cons-44120.3@escalated.example.test>
~~
Muchas gracias, ya me ha llegado el reembolso. Todo solucionado.

Un saludo,
Teresa

El mié, 4 mar 2026 a las 12:30, Atención al cliente (<support@example.test>) escribió:
> Estimada Teresa:
> Hemos tramitado el reembolso.
>
> El mar, 3 mar 2026, Teresa Núñez escribió:
>> Es la tercera vez que escribo. Si mañana no tengo el dinero, mi abogado
>> les pondrá una demanda.
=== es - quoted html :: cabecera Outlook (De/Enviado el/Para/Asunto) con queja antigua
From: Enrique Sanz <enrique.sanz@sanz-construcciones.example>
Subject: RE: Entrega de andamios
In-Reply-To: <and-2210.2@escalated.example.test>
~~
Buenas tardes:

Recibido todo correctamente, gracias por la gestión.

Enrique Sanz

De: Enrique Sanz
Enviado el: lunes, 2 de marzo de 2026 8:10
Para: support@example.test
Asunto: Entrega de andamios

Es una vergüenza, llevamos una semana parados. Quiero hablar con un responsable ya.
=== es - signature qp :: aviso legal en la firma
From: Silvia Rubio <silvia.rubio@rubio-abogados.example>
Subject: Duplicado de factura
~~
Buenos días:

¿Podrían enviarme un duplicado de la factura de febrero?

Gracias,
Silvia Rubio

AVISO LEGAL: Este mensaje es confidencial y va dirigido exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine. Su uso no autorizado puede dar lugar a acciones legales.
=== es - negation plain :: no quiere darse de baja
From: Gonzalo Peña <gonzalo.pena@pena-mail.example>
Subject: Cambio de tarifa
~~
Hola, no me quiero dar de baja ni mucho menos, sólo cambiar a la tarifa de 300 Mb porque me sobra velocidad. ¿Cómo lo hago?
=== es - negation qp :: no se perdió nada
From: Ainhoa Etxeberria <ainhoa.etxeberria@etxe-mail.example>
Subject: Re: Fotos del viaje
In-Reply-To: <fd-6612.1@escalated.example.test>
~~
Hola de nuevo:

Falsa alarma, no se ha perdido nada. Las fotos estaban en otra carpeta que no había visto. Podéis cerrar la incidencia.

Gracias,
Ainhoa
=== es - policy_question alt :: política de devoluciones
From: Mario Castillo <mario.castillo@castillo-mail.example>
Subject: Devoluciones
~~
Hola, ¿cuál es el plazo para devolver un producto comprado online? ¿Y quién paga el envío de la devolución?
=== es - policy_question alt :: ¿cumplen el RGPD?
From: Nuria Garrido <nuria.garrido@garrido-consultora.example>
Subject: Protección de datos
~~
Buenos días:

¿Su servicio cumple con el RGPD? ¿Dónde están alojados los datos? Lo necesito para el registro de actividades de tratamiento de un cliente.

Gracias,
Nuria Garrido
=== es - reported plain :: un amigo dice que le hackearon; pregunta por 2FA
From: Hugo Romero <hugo.romero@romero-correo.example>
Subject: Verificación en dos pasos
~~
Hola, un amigo me dijo que a él le hackearon la cuenta el mes pasado, así que quiero ponerme la verificación en dos pasos. ¿Dónde se activa?
=== es - innocuous html :: pulsar el botón; fuego lento
From: Carmen Lozano <carmen.lozano@lozano-cocina.example>
Subject: Robot de cocina
~~
Hola, en el robot de cocina, ¿qué botón hay que pulsar para el modo «fuego lento»? En el manual no lo encuentro.
=== es - innocuous l1 :: reserva de pistas de pádel
From: Pablo Herrero <pablo.herrero@herrero-mail.example>
Subject: App de reserva de pistas
~~
Hola:

En la app de reserva de pistas, ¿se puede reservar una pista para cuatro personas y pagar a partes iguales?

Gracias,
Pablo
=== es - other l1 :: ligera decepción
From: Marina Calvo <marina.calvo@calvo-mail.example>
Subject: Pedido recibido
~~
Hola, me ha llegado el pedido. Un poco decepcionada porque la lámpara es más pequeña de lo que parecía en la foto, pero me la quedo. Sólo para que lo sepáis.
=== es - - plain :: gracias
From: Antonio Guerrero <antonio.guerrero@guerrero-mail.example>
Subject: Gracias
~~
Buenas tardes:

Sólo quería dar las gracias a Sara, del servicio de atención, por resolverme lo del seguro del coche tan rápido.

Un saludo,
Antonio Guerrero
=== es - - w1252 :: plataforma educativa: pregunta
From: Laura Domínguez <laura.dominguez@colegio-dominguez.example>
Subject: Tareas para los alumnos
~~
Hola:

¿Cómo puedo programar una tarea para que los alumnos la vean el lunes a las 8:00 y no antes? Lo he intentado con “fecha de publicación” pero no sé si funciona así.

Gracias,
Laura Domínguez
=== es - - htmlent :: cita médica: cambiar cita
From: José Luis Marín <joseluis.marin@marin-mail.example>
Subject: Cambio de cita
~~
Buenos días, tengo cita con el dermatólogo el 20 de marzo a las 10:00. ¿Podría cambiarla a la semana siguiente, por la tarde? Gracias. José Luis Marín
=== es - innocuous qp :: cortafuegos corporativo
From: Iván Cabrera <ivan.cabrera@cabrera-it.example>
Subject: Cortafuegos
~~
Hola:

Para que los avisos de su plataforma lleguen, ¿qué rangos de IP debemos permitir en nuestro cortafuegos? ¿Sigue siendo 203.0.113.0/24?

Saludos,
Iván
""")


# =========================================================================== automated mail (complete messages)

add(r"""
=== en auto:auto_reply - raw :: vacation reply with RFC 3834 Auto-Submitted
Return-Path: <>
From: Julia Hastings <julia.hastings@hastings-vet.example>
To: support@example.test
Subject: Out of office: Re: Your request 80112
Date: Mon, 9 Mar 2026 08:02:11 +0000
Message-ID: <ooo.20260309080211.4471@mail.hastings-vet.example>
In-Reply-To: <req-80112.2@escalated.example.test>
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Thank you for your email. I am on annual leave until Monday 16 March with no access to email.

For anything urgent please contact the practice manager, Tom Reilly, on tom.reilly@hastings-vet.example.

Julia
=== en auto:auto_reply - raw :: out-of-office with no auto-reply header; subject and body show it
From: "Mark Denholm" <mark.denholm@denholm-freight.example>
To: <support@example.test>
Subject: Out of Office - back 23 March
Date: Tue, 10 Mar 2026 14:40:55 +0100
Message-ID: <CAF7d91x.ooo.77120@mail.denholm-freight.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hi,

I'm currently out of the office travelling to our Rotterdam depot and will be b=
ack on Monday 23 March. I'll have only occasional access to email.

If your message is about an urgent shipment, please escalate it to our ops d=
esk: ops@denholm-freight.example, +31 10 555 0192.

Mark
=== en auto:auto_reply - raw :: Outlook automatic reply with only X-Auto-Response-Suppress (no RFC 3834 header)
From: Aoife Brennan <aoife.brennan@brennan-insure.example>
To: Support <support@example.test>
Subject: Automatic reply: Your claim update
Thread-Topic: Your claim update
Date: Wed, 11 Mar 2026 09:15:03 +0000
Message-ID: <DB9PR03MB7721A0F12C@DB9PR03MB7721.eurprd03.prod.outlook.example>
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: aoife.brennan@brennan-insure.example
Content-Language: en-IE
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="_000_DB9PR03MB7721A0F12C_"

--_000_DB9PR03MB7721A0F12C_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

I'm away from my desk until Thursday. For anything regarding a legal comp=
laint or a cancelled policy please contact claims@brennan-insure.example.

--_000_DB9PR03MB7721A0F12C_
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Diso-8859-1"></head><body><p>I'm away from my desk until Thursday. For an=
ything regarding a legal complaint or a cancelled policy please contact <a =
href=3D"mailto:claims@brennan-insure.example">claims@brennan-insure.example=
</a>.</p></body></html>

--_000_DB9PR03MB7721A0F12C_--
=== en auto:auto_reply - raw :: ticket system acknowledgement with Auto-Submitted
From: Meridian IT Helpdesk <helpdesk@meridian-it.example>
To: support@example.test
Subject: [Ticket #HD-230118] We have received your request
Date: Thu, 12 Mar 2026 11:00:02 -0500
Message-ID: <hd-230118.ack@helpdesk.meridian-it.example>
Auto-Submitted: auto-replied
Precedence: auto_reply
X-Ticket-ID: HD-230118
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello,

This is an automated message to confirm we have received your request and a ticket has been created: HD-230118.

Our team aims to respond within 1 business day. Please do not reply to this email; to add information, use the link below.

https://helpdesk.meridian-it.example/tickets/HD-230118

Meridian IT Helpdesk
=== en auto:auto_reply - raw :: ticket acknowledgement without any auto-reply header; quotes our text with trigger words
From: Crestway Customer Care <care@crestway.example>
To: support@example.test
Subject: Thanks for contacting Crestway - case 00481772
Date: Thu, 12 Mar 2026 16:45:19 +0000
Message-ID: <case00481772.ack.1@crestway.example>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body><p>Hi there,</p><p>Thanks for getting in touch. This is an auto=
matic confirmation that we've received your message and opened case <b>0048=
1772</b>. One of our agents will reply within 48 hours.</p><p>Your message:=
</p><blockquote>Our customer reports the outage has caused data loss and is=
 asking for a manager. Could you check the integration logs?</blockquote><p=
>Crestway Customer Care</p></body></html>
=== en auto:auto_reply - raw :: vacation reply (Sieve vacation) with Auto-Submitted; body mentions refunds
From: noah.ferguson@fergusonmail.example
To: support@example.test
Subject: Auto: Re: Refund for order 55102
Date: Fri, 13 Mar 2026 07:31:44 +1000
Message-ID: <sieve-vacation.1773350704.8812@fergusonmail.example>
Auto-Submitted: auto-replied (vacation)
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

I’m on holiday until 27 March. If this is about the refund or the billing dispute, I’ll deal with it when I’m back — no need to chase.

Noah
=== de auto:auto_reply - raw :: Abwesenheitsnotiz mit Auto-Submitted
From: =?UTF-8?Q?Bj=C3=B6rn_M=C3=BCller?= <bjoern.mueller@mueller-haustechnik.example>
To: support@example.test
Subject: =?UTF-8?Q?Abwesenheitsnotiz:_Ihre_Anfrage_zur_Rechnung?=
Date: Mon, 9 Mar 2026 07:12:40 +0100
Message-ID: <abw-20260309071240@mueller-haustechnik.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Vielen Dank f=C3=BCr Ihre Nachricht.

Ich bin bis einschlie=C3=9Flich 20.03.2026 nicht im B=C3=BCro und habe keinen=
 Zugriff auf meine E-Mails. In dringenden F=C3=A4llen wenden Sie sich bitte an=
 meine Kollegin Frau Albers (albers@mueller-haustechnik.example).

Mit freundlichen Gr=C3=BC=C3=9Fen
Bj=C3=B6rn M=C3=BCller
=== de auto:auto_reply - rawl1 :: Abwesenheitsnotiz ohne Header, ISO-8859-1 Bytes
From: Ursula Hein <ursula.hein@hein-steuer.example>
To: support@example.test
Subject: Abwesend: Ihre Nachricht
Date: Tue, 10 Mar 2026 09:00:01 +0100
Message-ID: <0a1b2c3d.abwesend@hein-steuer.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: 8bit

Guten Tag,

ich bin vom 10. bis 24. März im Urlaub. Ihre E-Mail wird nicht weitergeleitet.
Bei Fragen zu Fristen oder zur Kündigung von Mandaten wenden Sie sich bitte an
das Sekretariat: 0221 555 0134.

Ursula Hein
=== fr auto:auto_reply - raw :: réponse automatique avec Auto-Submitted
From: =?UTF-8?B?SMOpbMOobmUgR2F1dGllcg==?= <helene.gautier@gautier-conseil.example>
To: support@example.test
Subject: =?UTF-8?Q?R=C3=A9ponse_automatique_:_absente_jusqu'au_23_mars?=
Date: Wed, 11 Mar 2026 10:20:00 +0100
Message-ID: <rep-auto-5521@gautier-conseil.example>
Auto-Submitted: auto-replied
X-Autorespond: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Bonjour,

Je suis absente jusqu'au lundi 23 mars inclus. Pour toute demande urgente, merci de contacter mon responsable, M. Renaud, au 01 55 50 12 34.

Cordialement,
Hélène Gautier
=== fr auto:auto_reply - raw :: absence sans en-tête auto; seul le sujet l'indique
From: Paul Girard <paul.girard@girard-btp.example>
To: support@example.test
Subject: Absent du bureau
Date: Thu, 12 Mar 2026 18:02:44 +0100
Message-ID: <20260312180244.absence.99@girard-btp.example>
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body><p>Bonjour,</p><p>Je suis actuellement en cong=C3=A9s et je ne l=
irai pas mes messages avant le 30 mars. En cas d'urgence sur un chantier, vo=
us pouvez joindre le bureau au 04 72 55 01 88.</p><p>Paul Girard</p></body><=
/html>
=== es auto:auto_reply - raw :: respuesta automática con Auto-Submitted
From: Marta Ferrer <marta.ferrer@ferrer-logistica.example>
To: support@example.test
Subject: =?ISO-8859-1?Q?Respuesta_autom=E1tica:_fuera_de_la_oficina?=
Date: Fri, 13 Mar 2026 08:45:10 +0100
Message-ID: <resp-auto.88120@ferrer-logistica.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: quoted-printable

Hola:

Estoy fuera de la oficina hasta el 20 de marzo. Para cualquier asunto urgen=
te, escriba a operaciones@ferrer-logistica.example.

Gracias,
Marta Ferrer
=== es auto:auto_reply - raw :: fuera de la oficina sin cabeceras automáticas
From: Diego Alonso <diego.alonso@alonso-mail.example>
To: support@example.test
Subject: Fuera de la oficina (vacaciones)
Date: Mon, 16 Mar 2026 12:00:00 +0100
Message-ID: <vac.diego.alonso.2026@alonso-mail.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

SG9sYSwKCkVzdG95IGRlIHZhY2FjaW9uZXMgaGFzdGEgZWwgMjcgZGUgbWFyem8gY29uIGFjY2Vz
byBsaW1pdGFkbyBhbCBjb3JyZW8uIExlIHJlc3BvbmRlcsOpIGEgbWkgdnVlbHRhLgoKRGllZ28K
=== en auto:bounce - raw :: Postfix DSN multipart/report; returned message quotes customer's legal threat
Return-Path: <>
From: MAILER-DAEMON@mx1.example.test (Mail Delivery System)
To: support@example.test
Subject: Undelivered Mail Returned to Sender
Date: Mon, 9 Mar 2026 10:14:22 +0000 (UTC)
Message-Id: <20260309101422.6A1B23C0042@mx1.example.test>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="6A1B23C0042.1773051262/mx1.example.test"

This is a MIME-encapsulated message.

--6A1B23C0042.1773051262/mx1.example.test
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to <postmaster>

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<g.hollins@hollins-garage.example>: host mx.hollins-garage.example[198.51.100.23]
    said: 550 5.1.1 <g.hollins@hollins-garage.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)

--6A1B23C0042.1773051262/mx1.example.test
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.example.test
X-Postfix-Queue-ID: 6A1B23C0042
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: Mon,  9 Mar 2026 10:14:21 +0000 (UTC)

Final-Recipient: rfc822; g.hollins@hollins-garage.example
Original-Recipient: rfc822;g.hollins@hollins-garage.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.hollins-garage.example
Diagnostic-Code: smtp; 550 5.1.1 <g.hollins@hollins-garage.example>: Recipient
    address rejected: User unknown in virtual mailbox table

--6A1B23C0042.1773051262/mx1.example.test
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Support <support@example.test>
To: g.hollins@hollins-garage.example
Subject: Re: Brake recall - I will sue
Date: Mon, 9 Mar 2026 10:14:20 +0000
Message-ID: <reply-99120.1@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Dear Mr Hollins,

Thank you for your message. We understand you are considering legal action
and that you want to speak to a manager; our customer relations manager will
call you tomorrow.

> I will sue you if the brakes are not fixed this week. This is a disgrace.

Kind regards,
Customer Support

--6A1B23C0042.1773051262/mx1.example.test--
=== en auto:bounce - raw :: Exim plain-text bounce with copy of message quoting outage complaint
Return-path: <>
From: Mail Delivery System <Mailer-Daemon@relay2.example.test>
To: support@example.test
Subject: Mail delivery failed: returning message to sender
Date: Tue, 10 Mar 2026 15:22:09 +0000
Message-Id: <E1vQx7R-0004aB-3k@relay2.example.test>
X-Failed-Recipients: ops@tidewater-logistics.example
Auto-Submitted: auto-replied

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ops@tidewater-logistics.example
    host mx.tidewater-logistics.example [203.0.113.77]
    SMTP error from remote mail server after RCPT TO:<ops@tidewater-logistics.example>:
    550 5.7.1 Mailbox disabled, not accepting messages

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
Received: from desk.example.test ([192.0.2.10])
	by relay2.example.test with esmtps (Exim 4.97)
	(envelope-from <support@example.test>)
	id 1vQx7Q-0004a2-1c
	for ops@tidewater-logistics.example; Tue, 10 Mar 2026 15:22:08 +0000
From: Support <support@example.test>
To: ops@tidewater-logistics.example
Subject: Re: Dashboard returning 502 for everyone
Message-ID: <reply-88211.2@escalated.example.test>
Date: Tue, 10 Mar 2026 15:22:07 +0000

Hi Luis,

The outage affecting the dashboard is resolved. We're sorry for the
disruption; a full incident report will follow.

Support
=== en auto:bounce - raw :: Sendmail DSN multipart/report with text/rfc822-headers
Return-Path: <MAILER-DAEMON@smtp.example.test>
From: Mail Delivery Subsystem <MAILER-DAEMON@smtp.example.test>
To: <support@example.test>
Subject: Returned mail: see transcript for details
Date: Wed, 11 Mar 2026 06:40:12 -0500
Message-Id: <202603111140.62BBeC1q011882@smtp.example.test>
Auto-Submitted: auto-generated (failure)
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="62BBeC1q011882.1773229212/smtp.example.test"

This is a MIME-encapsulated message

--62BBeC1q011882.1773229212/smtp.example.test

The original message was received at Wed, 11 Mar 2026 06:40:10 -0500
from desk.example.test [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<p.nwosu@lakeshoremail.example>
    (reason: 552 5.2.2 Mailbox full)

   ----- Transcript of session follows -----
... while talking to mx1.lakeshoremail.example.:
>>> DATA
<<< 552 5.2.2 <p.nwosu@lakeshoremail.example>... Mailbox full
554 5.0.0 Service unavailable

--62BBeC1q011882.1773229212/smtp.example.test
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.example.test
Received-From-MTA: DNS; desk.example.test
Arrival-Date: Wed, 11 Mar 2026 06:40:10 -0500

Final-Recipient: RFC822; p.nwosu@lakeshoremail.example
Action: failed
Status: 5.2.2
Remote-MTA: DNS; mx1.lakeshoremail.example
Diagnostic-Code: SMTP; 552 5.2.2 <p.nwosu@lakeshoremail.example>... Mailbox full
Last-Attempt-Date: Wed, 11 Mar 2026 06:40:12 -0500

--62BBeC1q011882.1773229212/smtp.example.test
Content-Type: text/rfc822-headers

Return-Path: <support@example.test>
Received: from desk.example.test (desk.example.test [192.0.2.10])
	by smtp.example.test (8.18.1/8.18.1) with ESMTP id 62BBeC1q011882
	for <p.nwosu@lakeshoremail.example>; Wed, 11 Mar 2026 06:40:10 -0500
From: Support <support@example.test>
To: p.nwosu@lakeshoremail.example
Subject: Re: Home warranty claim #HW-99012 - attorney general complaint
Message-ID: <reply-99012.3@escalated.example.test>
Date: Wed, 11 Mar 2026 06:40:09 -0500

--62BBeC1q011882.1773229212/smtp.example.test--
=== en auto:bounce - raw :: Office 365 NDR multipart/report with nested alternative
Return-Path: <>
From: Microsoft Outlook <postmaster@contoso-retail.example>
To: <support@example.test>
Subject: Undeliverable: Re: Refund still not here
Date: Thu, 12 Mar 2026 13:05:44 +0000
Message-ID: <a1b2c3d4-0000-4e5f-9a8b-77c6d5e4f321@AM9PR04MB8811.eurprd04.prod.outlook.example>
Content-Language: en-US
X-MS-Exchange-Message-Is-Ndr:
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="b1c2d3e4-ndr-0001"

--b1c2d3e4-ndr-0001
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="c2d3e4f5-alt-0002"

--c2d3e4f5-alt-0002
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Your message to martin.vogel@contoso-retail.example couldn't be delivered.

martin.vogel wasn't found at contoso-retail.example.

Action Required                                           Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the foll=
owing:
- Retype the recipient's address, then resend the message.

--c2d3e4f5-alt-0002
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><body><p>Your message to <a href=3D"mailto:martin.vogel@contoso-retai=
l.example">martin.vogel@contoso-retail.example</a> couldn't be delivered.</=
p><p><b>martin.vogel</b> wasn't found at contoso-retail.example.</p></body>=
</html>

--c2d3e4f5-alt-0002--

--b1c2d3e4-ndr-0001
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR04MB8811.eurprd04.prod.outlook.example
Received-From-MTA: dns;desk.example.test
Arrival-Date: Thu, 12 Mar 2026 13:05:43 +0000

Original-Recipient: rfc822;martin.vogel@contoso-retail.example
Final-Recipient: rfc822;martin.vogel@contoso-retail.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--b1c2d3e4-ndr-0001
Content-Type: text/rfc822-headers

From: Support <support@example.test>
To: martin.vogel@contoso-retail.example
Subject: Re: Refund still not here
Message-ID: <reply-71003.4@escalated.example.test>
Date: Thu, 12 Mar 2026 13:05:40 +0000

--b1c2d3e4-ndr-0001--
=== en auto:bounce - raw :: Gmail DSN plain text, temporary then permanent failure
Return-Path: <>
From: Mail Delivery Subsystem <mailer-daemon@googlemail.example>
To: support@example.test
X-Failed-Recipients: devpatel88@inboxly.example
Subject: Delivery Status Notification (Failure)
Date: Fri, 13 Mar 2026 02:11:09 -0800
Message-ID: <5f8a2e11c0d94b3a.dsn@mx.googlemail.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

** Address not found **

Your message wasn't delivered to devpatel88@inboxly.example because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

----- Original message -----

From: Support <support@example.test>
To: devpatel88@inboxly.example
Subject: Re: My sofa
Message-ID: <reply-61220.2@escalated.example.test>

We're very sorry about the delay and understand you plan to post reviews. Our delivery manager will call you.
=== en auto:bounce - raw :: qmail failure notice
Return-Path: <>
From: MAILER-DAEMON@mail.pinemail.example
To: support@example.test
Subject: failure notice
Date: 14 Mar 2026 09:30:01 -0000
Message-ID: <20260314093001.77812.qmail@mail.pinemail.example>

Hi. This is the qmail-send program at mail.pinemail.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<sam.w@pinemail.example>:
198.51.100.40 does not like recipient.
Remote host said: 554 5.7.1 <sam.w@pinemail.example>: Relay access denied
Giving up on 198.51.100.40.

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
From: Support <support@example.test>
To: sam.w@pinemail.example
Subject: Re: crash
Message-ID: <reply-50133.1@escalated.example.test>
Date: Sat, 14 Mar 2026 09:29:58 +0000

Hi Sam, thanks for the crash report. Could you send us the app version?
=== en auto:bounce - raw :: Postfix delayed-delivery warning (Action: delayed)
Return-Path: <>
From: MAILER-DAEMON@mx2.example.test (Mail Delivery System)
To: support@example.test
Subject: Delayed Mail (still being retried)
Date: Sun, 15 Mar 2026 04:00:17 +0000 (UTC)
Message-Id: <20260315040017.88A2F3C0101@mx2.example.test>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="88A2F3C0101.1773547217/mx2.example.test"

This is a MIME-encapsulated message.

--88A2F3C0101.1773547217/mx2.example.test
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.example.test.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<kwame@mensah-hosting.example>: connect to mx.mensah-hosting.example[203.0.113.41]:25:
    Connection timed out

--88A2F3C0101.1773547217/mx2.example.test
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.example.test
X-Postfix-Queue-ID: 88A2F3C0101
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: Sun, 15 Mar 2026 00:00:11 +0000 (UTC)

Final-Recipient: rfc822; kwame@mensah-hosting.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.mensah-hosting.example[203.0.113.41]:25:
    Connection timed out
Will-Retry-Until: Fri, 20 Mar 2026 00:00:11 +0000 (UTC)

--88A2F3C0101.1773547217/mx2.example.test
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Support <support@example.test>
To: kwame@mensah-hosting.example
Subject: Re: VPS 203.0.113.41 down, snapshots missing
Message-ID: <reply-40012.5@escalated.example.test>
Date: Sun, 15 Mar 2026 00:00:10 +0000

--88A2F3C0101.1773547217/mx2.example.test--
=== de auto:bounce - raw :: Exchange-Unzustellbarkeitsbericht (deutsch), multipart/report
Return-Path: <>
From: Microsoft Outlook <postmaster@stadtwerke-beispiel.example>
To: <support@example.test>
Subject: Unzustellbar: AW: Schon wieder Totalausfall
Date: Mon, 16 Mar 2026 10:01:33 +0100
Message-ID: <5e7f8a9b-1c2d-4e3f-a4b5-c6d7e8f9a0b1@FR2P281MB0011.DEUP281.PROD.OUTLOOK.example>
Content-Language: de-DE
X-MS-Exchange-Message-Is-Ndr:
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="ndr-de-77120"

--ndr-de-77120
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Ihre Nachricht an kerstin.lange@stadtwerke-beispiel.example konnte nicht zu=
gestellt werden.

kerstin.lange wurde bei stadtwerke-beispiel.example nicht gefunden.

Vorgehensweise zur Behebung
Die Adresse ist m=C3=B6glicherweise falsch geschrieben oder existiert nicht=
 mehr. Versuchen Sie, die Adresse erneut einzugeben und die Nachricht erneu=
t zu senden.

--ndr-de-77120
Content-Type: message/delivery-status

Reporting-MTA: dns;FR2P281MB0011.DEUP281.PROD.OUTLOOK.example
Received-From-MTA: dns;desk.example.test
Arrival-Date: Mon, 16 Mar 2026 09:01:31 +0000

Final-Recipient: rfc822;kerstin.lange@stadtwerke-beispiel.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--ndr-de-77120
Content-Type: message/rfc822

From: Kundenservice <support@example.test>
To: kerstin.lange@stadtwerke-beispiel.example
Subject: AW: Schon wieder Totalausfall
Message-ID: <reply-30991.2@escalated.example.test>
Date: Mon, 16 Mar 2026 09:01:30 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Frau Lange,

wir bedauern den Ausfall. Ihre K=C3=BCndigung m=C3=BCssen Sie nicht schicke=
n =E2=80=93 unsere Technik hat die Ursache behoben.

--ndr-de-77120--
=== de auto:bounce - rawl1 :: Postfix-Bounce mit deutschem Hinweistext (ISO-8859-1)
Return-Path: <>
From: MAILER-DAEMON@mail.netzpost.example (Mail Delivery System)
To: support@example.test
Subject: Unzustellbare Nachricht an Absender zurückgesandt
Date: Tue, 17 Mar 2026 12:14:55 +0100 (CET)
Message-Id: <20260317111455.4C2D13A0099@mail.netzpost.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4C2D13A0099.1773746095/mail.netzpost.example"

Dies ist eine MIME-formatierte Nachricht.

--4C2D13A0099.1773746095/mail.netzpost.example
Content-Description: Benachrichtigung
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: 8bit

Dies ist das Mailsystem auf mail.netzpost.example.

Leider konnte Ihre Nachricht an einen oder mehrere Empfänger nicht
zugestellt werden. Sie ist unten angehängt.

<uwe.scholz@netzpost.example>: Postfach voll (quota exceeded)

--4C2D13A0099.1773746095/mail.netzpost.example
Content-Description: Zustellbericht
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.netzpost.example
Arrival-Date: Tue, 17 Mar 2026 12:14:54 +0100 (CET)

Final-Recipient: rfc822; uwe.scholz@netzpost.example
Action: failed
Status: 5.2.2
Diagnostic-Code: x-unix; quota exceeded

--4C2D13A0099.1773746095/mail.netzpost.example--
""")

add(r"""
=== fr auto:bounce - raw :: rapport de non-remise Exchange en français
Return-Path: <>
From: Microsoft Outlook <postmaster@laposte-exemple.example>
To: <support@example.test>
Subject: =?utf-8?Q?Non_remis_:_Re:_Mes_donn=C3=A9es_personnelles?=
Date: Wed, 18 Mar 2026 15:30:00 +0100
Message-ID: <ndr-fr-88120@PR1P264MB0022.FRAP264.PROD.OUTLOOK.example>
Content-Language: fr-FR
X-MS-Exchange-Message-Is-Ndr:
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="ndr-fr-88120"

--ndr-fr-88120
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Impossible de remettre votre message =C3=A0 yannick.perrot@laposte-exemple.=
example.

yannick.perrot est introuvable sur laposte-exemple.example.

--ndr-fr-88120
Content-Type: message/delivery-status

Reporting-MTA: dns;PR1P264MB0022.FRAP264.PROD.OUTLOOK.example
Arrival-Date: Wed, 18 Mar 2026 14:29:58 +0000

Final-Recipient: rfc822;yannick.perrot@laposte-exemple.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound

--ndr-fr-88120
Content-Type: text/rfc822-headers

From: Service client <support@example.test>
To: yannick.perrot@laposte-exemple.example
Subject: Re: Mes =?utf-8?Q?donn=C3=A9es?= personnelles - plainte CNIL
Message-ID: <reply-22810.1@escalated.example.test>
Date: Wed, 18 Mar 2026 14:29:55 +0000

--ndr-fr-88120--
=== fr auto:bounce - raw :: rebond Exim en texte brut, message d'origine cite une résiliation
Return-path: <>
From: Mail Delivery System <Mailer-Daemon@mx.free-exemple.example>
To: support@example.test
Subject: Mail delivery failed: returning message to sender
Date: Thu, 19 Mar 2026 08:12:40 +0100
Message-Id: <E1wA77b-000Cc1-9z@mx.free-exemple.example>
X-Failed-Recipients: lea.dubois@free-exemple.example
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  lea.dubois@free-exemple.example
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: Service client <support@example.test>
To: lea.dubois@free-exemple.example
Subject: Re: quelqu'un utilise mon compte
Message-ID: <reply-11902.3@escalated.example.test>
Date: Thu, 19 Mar 2026 08:12:35 +0100

Bonjour Léa,

Votre compte a été bloqué suite au piratage signalé. Vous n'avez pas besoin de résilier votre abonnement.
=== es auto:bounce - raw :: informe de no entrega (Exchange, español)
Return-Path: <>
From: Microsoft Outlook <postmaster@ramos-estudio.example>
To: <support@example.test>
Subject: =?utf-8?Q?No_se_puede_entregar:_Re:_Me_llegan_las_facturas_de_otra_persona?=
Date: Fri, 20 Mar 2026 11:11:11 +0100
Message-ID: <ndr-es-66120@MAD1P191MB0033.ESPP191.PROD.OUTLOOK.example>
Content-Language: es-ES
X-MS-Exchange-Message-Is-Ndr:
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="ndr-es-66120"

--ndr-es-66120
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

No se pudo entregar el mensaje a elena.ramos@ramos-estudio.example.

No se encontr=C3=B3 elena.ramos en ramos-estudio.example.

--ndr-es-66120
Content-Type: message/delivery-status

Reporting-MTA: dns;MAD1P191MB0033.ESPP191.PROD.OUTLOOK.example
Arrival-Date: Fri, 20 Mar 2026 10:11:09 +0000

Final-Recipient: rfc822;elena.ramos@ramos-estudio.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound

--ndr-es-66120--
=== es auto:bounce - raw :: rebote qmail; copia del mensaje menciona abogado
Return-Path: <>
From: MAILER-DAEMON@correo-morales.example
To: support@example.test
Subject: failure notice
Date: 21 Mar 2026 17:02:33 -0000
Message-ID: <20260321170233.4410.qmail@correo-morales.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hi. This is the qmail-send program at correo-morales.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<javier.morales@correo-morales.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

From: Atención al cliente <support@example.test>
To: javier.morales@correo-morales.example
Subject: Re: Penalización de 150 euros
Date: Sat, 21 Mar 2026 17:02:30 +0000
Message-ID: <reply-88731.2@escalated.example.test>

Estimado Javier: no es necesario que intervenga su abogado; hemos anulado el cargo.
=== en auto:list - raw :: product newsletter with List-Unsubscribe and Precedence bulk
From: Northwind Cloud <news@mail.northwind-cloud.example>
To: support@example.test
Subject: March product update: faster exports, new API limits
Date: Tue, 3 Mar 2026 16:00:00 +0000
Message-ID: <newsletter.2026-03.ab12cd@mail.northwind-cloud.example>
List-Unsubscribe: <https://mail.northwind-cloud.example/unsub?u=8812>, <mailto:unsubscribe@mail.northwind-cloud.example?subject=unsub>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="nl-2026-03"

--nl-2026-03
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Hi there,

This month: exports are up to 4x faster, and we're raising API rate limits f=
or all paid plans. We also published the post-incident review for the 12 Feb=
ruary outage - no customer data was lost.

Unsubscribe: https://mail.northwind-cloud.example/unsub?u=3D8812

--nl-2026-03
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body><h1>March product update</h1><p>Exports are up to 4x faster, an=
d we&rsquo;re raising API rate limits for all paid plans.</p><p>We also publi=
shed the post-incident review for the 12 February outage &ndash; no custome=
r data was lost.</p><p><a href=3D"https://mail.northwind-cloud.example/unsub=
?u=3D8812">Unsubscribe</a></p></body></html>

--nl-2026-03--
=== en auto:list - raw :: discussion list (Mailman) post with List-Id; body has trigger words from a list member
From: Gordon Pike <gpike@pikemail.example>
To: helpdesk-admins@lists.example.test
Subject: [helpdesk-admins] Customers threatening to sue - how do you triage?
Date: Wed, 4 Mar 2026 21:14:03 +0000
Message-ID: <CAGp1k3x9YwLm@pikemail.example>
List-Id: Helpdesk administrators <helpdesk-admins.lists.example.test>
List-Unsubscribe: <https://lists.example.test/mailman/options/helpdesk-admins>, <mailto:helpdesk-admins-request@lists.example.test?subject=unsubscribe>
List-Post: <mailto:helpdesk-admins@lists.example.test>
List-Archive: <https://lists.example.test/pipermail/helpdesk-admins/>
Precedence: list
Sender: "helpdesk-admins" <helpdesk-admins-bounces@lists.example.test>
Errors-To: helpdesk-admins-bounces@lists.example.test
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Hi all,

How do you route mails where a customer says they'll sue, or wants the CEO's
email address? We currently send them to a manager queue but it's slow.

Gordon
_______________________________________________
helpdesk-admins mailing list
helpdesk-admins@lists.example.test
https://lists.example.test/mailman/listinfo/helpdesk-admins
=== en auto:list - raw :: vendor security advisory bulletin, Precedence bulk, mentions breach
From: Acme Security Bulletins <bulletins@security.acme-vendor.example>
To: support@example.test
Subject: Security advisory ASA-2026-04: credential stuffing campaign
Date: Thu, 5 Mar 2026 09:00:00 +0000
Message-ID: <asa-2026-04@security.acme-vendor.example>
Precedence: bulk
List-Id: <advisories.security.acme-vendor.example>
List-Unsubscribe: <https://security.acme-vendor.example/prefs>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

We are seeing a credential stuffing campaign against several SaaS providers=
. Accounts with reused passwords may be taken over. Enable 2FA and review su=
spicious logins.

This bulletin is sent to all registered administrators.
=== en auto:list - raw :: Google-Groups style list digest
From: support-community@groups.example.test
To: support@example.test
Subject: [support-community] Digest for support-community@groups.example.test - 3 updates in 2 topics
Date: Fri, 6 Mar 2026 07:03:12 +0000
Message-ID: <000000000000a1b2c3d4digest@groups.example.test>
List-Id: <support-community.groups.example.test>
List-Unsubscribe: <mailto:support-community+unsubscribe@groups.example.test>, <https://groups.example.test/g/support-community/unsubscribe>
Precedence: list
Mailing-list: list support-community@groups.example.test; contact support-community+owners@groups.example.test
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 7bit

Topic: Best way to escalate angry customers?
  Rhiannon: we tag anything with "manager" or "lawyer" and a human reviews it.

Topic: Refund dispute macros
  Liam: sharing our macro for double charges, see attachment in the group.

You received this digest because you're subscribed to updates for this group.
=== en auto:list - raw :: e-commerce marketing newsletter, HTML only, Precedence bulk
From: "Harbour & Home" <hello@news.harbourhome.example>
To: support@example.test
Subject: Spring sale: up to 40% off garden furniture
Date: Sat, 7 Mar 2026 10:00:00 +0000
Message-ID: <spring26.8812.a@news.harbourhome.example>
List-Unsubscribe: <https://news.harbourhome.example/u/8812>
Precedence: bulk
X-Campaign: spring-sale-2026
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

PGh0bWw+PGJvZHk+PGgxPlNwcmluZyBzYWxlPC9oMT48cD5VcCB0byA0MCUgb2ZmIGdhcmRlbiBm
dXJuaXR1cmUgdW50aWwgU3VuZGF5LiBGcmVlIGRlbGl2ZXJ5IG9uIG9yZGVycyBvdmVyICZwb3Vu
ZDs1MDAuPC9wPjxwPjxhIGhyZWY9Imh0dHBzOi8vbmV3cy5oYXJib3VyaG9tZS5leGFtcGxlL3Uv
ODgxMiI+VW5zdWJzY3JpYmU8L2E+PC9wPjwvYm9keT48L2h0bWw+Cg==
=== de auto:list - raw :: deutscher Newsletter mit List-Unsubscribe
From: Stadtwerke Beispielstadt <newsletter@stadtwerke-beispiel.example>
To: support@example.test
Subject: =?UTF-8?Q?Ihr_Energie-Newsletter_M=C3=A4rz?=
Date: Sun, 8 Mar 2026 08:00:00 +0100
Message-ID: <nl-maerz-2026.4410@stadtwerke-beispiel.example>
List-Unsubscribe: <https://stadtwerke-beispiel.example/abmelden?id=4410>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Liebe Kundinnen und Kunden,

ab April gelten neue Abschlagsbetr=C3=A4ge. Wenn Sie mit Ihrer Rechnung nich=
t einverstanden sind, finden Sie auf unserer Website Hinweise zur Schlichtun=
gsstelle Energie.

Abmelden: https://stadtwerke-beispiel.example/abmelden?id=3D4410
=== de auto:list - raw :: Diskussionsliste mit List-Id, Beitrag erwähnt Kündigung
From: Andreas Keller <andreas.keller@keller-it.example>
To: admins-de@lists.example.test
Subject: [admins-de] Kunden drohen mit =?UTF-8?Q?K=C3=BCndigung?= - Erfahrungen?
Date: Mon, 9 Mar 2026 19:44:02 +0100
Message-ID: <liste-admins-de.99120@keller-it.example>
List-Id: Deutschsprachige Admins <admins-de.lists.example.test>
List-Unsubscribe: <mailto:admins-de-request@lists.example.test?subject=unsubscribe>
Precedence: list
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hallo zusammen,

wie geht ihr damit um, wenn Kunden mit Kündigung oder dem Anwalt drohen? Bei uns landet das alles im selben Postfach.

Andreas
""")

add(r"""
=== fr auto:list - raw :: lettre d'information avec List-Unsubscribe
From: Banque Exemple <infos@banque-exemple.example>
To: support@example.test
Subject: =?UTF-8?Q?Votre_lettre_d'information_de_mars?=
Date: Tue, 10 Mar 2026 07:30:00 +0100
Message-ID: <lettre-mars-2026.118@banque-exemple.example>
List-Unsubscribe: <https://banque-exemple.example/desabonnement>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body><p>Bonjour,</p><p>Attention aux tentatives d&#39;hame=C3=A7onna=
ge : nous ne vous demanderons jamais vos codes par e-mail. En cas de doute, =
contactez votre conseiller.</p><p><a href=3D"https://banque-exemple.example/d=
esabonnement">Se d=C3=A9sabonner</a></p></body></html>
=== fr auto:list - raw :: liste de discussion Sympa avec List-Id
From: Claire Besson <claire.besson@besson-mail.example>
To: support-fr@listes.example.test
Subject: [support-fr] =?UTF-8?Q?R=C3=A9clamations_et_m=C3=A9diateur?=
Date: Wed, 11 Mar 2026 12:12:12 +0100
Message-ID: <sympa.support-fr.4421@besson-mail.example>
List-Id: <support-fr.listes.example.test>
List-Unsubscribe: <mailto:sympa@listes.example.test?subject=unsubscribe%20support-fr>
Precedence: list
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Bonjour à tous,

Quelqu'un a-t-il un modèle de réponse quand un client menace de saisir le médiateur ? Merci !

Claire
=== es auto:list - raw :: boletín con List-Unsubscribe
From: Viajes Ejemplo <boletin@viajes-ejemplo.example>
To: support@example.test
Subject: =?UTF-8?Q?Ofertas_de_primavera_en_vuelos_y_hoteles?=
Date: Thu, 12 Mar 2026 09:00:00 +0100
Message-ID: <boletin-primavera.2026.77@viajes-ejemplo.example>
List-Unsubscribe: <https://viajes-ejemplo.example/baja?u=77>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

¡Hola!

Esta primavera, vuelos a Lisboa desde 39 € y hoteles con cancelación gratuita.

Darse de baja del boletín: https://viajes-ejemplo.example/baja?u=77
=== en auto:receipt - raw :: MDN read receipt (Thunderbird style)
From: Ingrid Solberg <ingrid.solberg@fjordmail.example>
To: support@example.test
Subject: Return Receipt (displayed) - Re: Phishing email from your own address?
Date: Mon, 9 Mar 2026 12:20:44 +0100
Message-ID: <mdn.7781.ingrid@fjordmail.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="------------mdn-7781"

This is a multi-part message in MIME format.
--------------mdn-7781
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to ingrid.solberg@fjordmail.example.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.

--------------mdn-7781
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: fjordmail.example; Thunderbird 128.8.0
Final-Recipient: rfc822;ingrid.solberg@fjordmail.example
Original-Message-ID: <reply-31120.2@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

--------------mdn-7781
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

From: Support <support@example.test>
To: ingrid.solberg@fjordmail.example
Subject: Re: Phishing email from your own address?
Message-ID: <reply-31120.2@escalated.example.test>
Date: Mon, 9 Mar 2026 11:02:00 +0000

--------------mdn-7781--
=== en auto:receipt - raw :: Outlook "Read:" receipt as multipart/report
From: Oliver Strand <o.strand@strand-architects.example>
To: Support <support@example.test>
Subject: Read: Order SO-77821 - 5 of 12 laptops won't boot
Date: Tue, 10 Mar 2026 08:45:12 +0000
Message-ID: <LO2P265MB5512.read.7781@LO2P265MB5512.GBRP265.PROD.OUTLOOK.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="read-receipt-5512"

--read-receipt-5512
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message

  To: Oliver Strand
  Subject: Order SO-77821 - 5 of 12 laptops won't boot
  Sent: Monday, March 9, 2026 4:10:00 PM (UTC+00:00)

was read on Tuesday, March 10, 2026 8:45:10 AM (UTC+00:00).

--read-receipt-5512
Content-Type: message/disposition-notification

Final-Recipient: RFC822; o.strand@strand-architects.example
Disposition: automatic-action/MDN-sent-automatically; displayed
X-MSExch-Correlation-Key: kq1b8ZmP2Ua4Xr8gC8e0Hw==
Original-Message-ID: <reply-77821.1@escalated.example.test>

--read-receipt-5512--
=== de auto:receipt - raw :: Lesebestätigung "Gelesen:"
From: Holger Brandt <holger.brandt@brandt-elektro.example>
To: support@example.test
Subject: Gelesen: Rechnung RE-2026-0412 doppelt
Date: Wed, 11 Mar 2026 14:02:00 +0100
Message-ID: <gelesen.0412.holger@brandt-elektro.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn-de-0412"

--mdn-de-0412
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Ihre Nachricht

  An: Holger Brandt
  Betreff: Rechnung RE-2026-0412 doppelt

wurde am Mittwoch, 11. M=C3=A4rz 2026 14:01:58 (UTC+01:00) gelesen.

--mdn-de-0412
Content-Type: message/disposition-notification

Reporting-UA: brandt-elektro.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;holger.brandt@brandt-elektro.example
Original-Message-ID: <reply-0412.1@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-de-0412--
=== fr auto:receipt - raw :: accusé de lecture "Lu :"
From: Laurent Giraud <laurent.giraud@giraud-menuiserie.example>
To: support@example.test
Subject: =?UTF-8?Q?Lu_:_Commande_2026-118_=E2=80=93_machine_=C3=A0_bois?=
Date: Thu, 12 Mar 2026 09:14:00 +0100
Message-ID: <lu.2026118@giraud-menuiserie.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn-fr-118"

--mdn-fr-118
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Votre message

  À : Laurent Giraud
  Objet : Commande 2026-118 – machine à bois

a été lu le jeudi 12 mars 2026 09:13:55.

--mdn-fr-118
Content-Type: message/disposition-notification

Reporting-UA: giraud-menuiserie.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;laurent.giraud@giraud-menuiserie.example
Original-Message-ID: <reply-2026118.1@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-fr-118--
=== es auto:receipt - raw :: confirmación de lectura "Leído:"
From: Carolina Ibarra <c.ibarra@ibarra-hosteleria.example>
To: support@example.test
Subject: =?UTF-8?Q?Le=C3=ADdo:_Pedido_2026/0455_=E2=80=93_mobiliario_terraza?=
Date: Fri, 13 Mar 2026 10:00:00 +0100
Message-ID: <leido.20260455@ibarra-hosteleria.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="mdn-es-0455"

--mdn-es-0455
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Su mensaje

  Para: Carolina Ibarra
  Asunto: Pedido 2026/0455 – mobiliario terraza

ha sido leído el viernes, 13 de marzo de 2026 9:59:58.

--mdn-es-0455
Content-Type: message/disposition-notification

Reporting-UA: ibarra-hosteleria.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;c.ibarra@ibarra-hosteleria.example
Original-Message-ID: <reply-20260455.1@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-es-0455--
=== en auto:self - raw :: desk's own escalation notice looped back (From support@)
From: Customer Support <support@example.test>
To: support@example.test
Subject: [Escalation] Ticket 55102 flagged: manager_request, repeat_contact
Date: Mon, 9 Mar 2026 09:30:00 +0000
Message-ID: <notify-55102.1@escalated.example.test>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Ticket 55102 was flagged for escalation.

Triggers: manager_request, repeat_contact
Customer wrote: "Put me through to whoever is in charge of your support team."
=== en auto:self - raw :: daily digest from escalated@ (no Auto-Submitted header)
From: escalated <escalated@example.test>
To: support@example.test
Subject: Daily escalation digest - 10 Mar 2026
Date: Tue, 10 Mar 2026 06:00:00 +0000
Message-ID: <digest-20260310@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body><h2>Escalations in the last 24 h</h2><ul><li>legal_threat: 3</li>=
<li>outage: 5</li><li>security_incident: 1</li><li>severe_dissatisfaction: 7=
</li></ul><p>Angriest quote: &quot;I AM ABSOLUTELY LIVID&quot;</p></body></ht=
ml>
=== en auto:self - raw :: mail relayed via an alias; only the Message-ID shows it is the desk's own
From: Helpdesk Alias <helpdesk@example.test>
To: support@example.test
Subject: Re: Invoice export has been broken since the update
Date: Wed, 11 Mar 2026 10:10:10 +0000
Message-ID: <reply-40022.3@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi Dana,

We're sorry the PDF export has been failing. There's no need to involve your solicitor; a fix is going out today.

Customer Support
=== de auto:self - raw :: eigene Bestätigung vom Desk (From support@), deutsch
From: Kundenservice <support@example.test>
To: support@example.test
Subject: =?UTF-8?Q?Best=C3=A4tigung:_Ihre_Anfrage_66120_ist_eingegangen?=
Date: Thu, 12 Mar 2026 08:00:00 +0100
Message-ID: <ack-66120.1@escalated.example.test>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Guten Tag,

wir haben Ihre Anfrage erhalten. Falls Sie mit einer K=C3=BCndigung drohen =
oder einen Vorgesetzten sprechen m=C3=B6chten, wird Ihr Anliegen bevorzugt b=
earbeitet.

Ihr Kundenservice
""")


# --------------------------------------------------------------------------- build

def build(r, n):
    if r.fmt == "raw":
        return crlf(r.raw).encode("utf-8")
    if r.fmt == "rawl1":
        return crlf(r.raw).encode("iso-8859-1")
    return crlf(build_customer(r, n)).encode("utf-8") if r.fmt not in CHARSET_OF else \
        crlf_bytes(build_customer(r, n), CHARSET_OF[r.fmt])


def crlf_bytes(s, charset):
    # headers are ASCII (RFC 2047); the 8-bit body is written in its declared charset
    head, _, body = s.partition("\n\n")
    return (crlf(head) + "\r\n\r\n").encode("ascii") + crlf(body).encode(charset)


def is_plain_utf8(msg):
    if msg.is_multipart() or msg.get_content_type() != "text/plain":
        return False
    cs = (msg.get_content_charset() or "us-ascii").lower()
    cte = (msg.get("Content-Transfer-Encoding") or "7bit").lower()
    return cs in ("utf-8", "us-ascii") and cte in ("7bit", "8bit")


def validate(recs, names, blobs):
    errors = []
    pol = email.policy.default
    for r, name, data in zip(recs, names, blobs):
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            errors.append("%s: not CRLF-only" % name)
        msg = email.message_from_bytes(data, policy=pol)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r" % (name, part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errors.append("%s: header %s defects %r" % (name, k, v.defects))
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as e:  # noqa
                    errors.append("%s: cannot decode text part: %s" % (name, e))
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None or not str(msg[h]).strip():
                errors.append("%s: missing %s" % (name, h))
        if r.lang not in LANGS:
            errors.append("%s: bad lang %s" % (name, r.lang))
        if r.trap not in TRAPS:
            errors.append("%s: bad trap %s" % (name, r.trap))
        if r.auto != "-" and r.auto not in AUTO_KINDS:
            errors.append("%s: bad automated kind %s" % (name, r.auto))
        if r.auto != "-" and r.triggers:
            errors.append("%s: automated mail with triggers" % name)
        for t in r.triggers:
            if t not in TRIGGERS:
                errors.append("%s: unknown trigger %s" % (name, t))
        if r.triggers != sorted(set(r.triggers)):
            errors.append("%s: triggers not sorted/unique %r" % (name, r.triggers))
        if r.auto == "self":
            frm = parseaddr(str(msg["From"]))[1].lower()
            mid = str(msg["Message-ID"]).strip().lower()
            if frm not in ("support@example.test", "escalated@example.test") and \
                    not mid.endswith("@escalated.example.test>"):
                errors.append("%s: self mail not from the desk" % name)
        if r.auto == "-" and not r.triggers and r.trap in ("conditional",):
            errors.append("%s: conditional trap without triggers" % name)
        if r.auto == "-":
            mid = str(msg["Message-ID"]).strip().lower()
            frm = parseaddr(str(msg["From"]))[1].lower()
            if mid.endswith("@escalated.example.test>") or frm in (
                    "support@example.test", "escalated@example.test"):
                errors.append("%s: customer mail looks like self mail" % name)
        if not r.note:
            errors.append("%s: empty note" % name)
    # labels.tsv one to one
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        rows = f.read().split("\n")
    if rows[0] != "file\ttriggers\tautomated\tlang\ttrap\tnote":
        errors.append("labels.tsv header wrong")
    body_rows = [x for x in rows[1:] if x]
    listed = [x.split("\t")[0] for x in body_rows]
    on_disk = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    if sorted(listed) != on_disk or len(set(listed)) != len(listed):
        errors.append("labels.tsv does not match the .eml files one to one")
    for row in body_rows:
        cols = row.split("\t")
        if len(cols) != 6:
            errors.append("bad row %r" % row)
            continue
        tr = cols[1]
        if tr != "-":
            ids = tr.split(",")
            if ids != sorted(ids) or any(t not in TRIGGERS for t in ids):
                errors.append("bad trigger column %r" % row)
        if cols[2] != "-" and tr != "-":
            errors.append("automated row with triggers %r" % row)
    return errors


def stats(recs, blobs):
    from collections import Counter
    trig, lang, trap, auto = Counter(), Counter(), Counter(), Counter()
    mime = Counter()
    nonplain = 0
    multi = 0
    pos = neg = 0
    for r, data in zip(recs, blobs):
        lang[r.lang] += 1
        auto[r.auto] += 1
        if r.auto == "-":
            if r.triggers:
                pos += 1
                if len(r.triggers) > 1:
                    multi += 1
            else:
                neg += 1
        for t in r.triggers:
            trig[t] += 1
        trap[r.trap] += 1
        msg = email.message_from_bytes(data, policy=email.policy.default)
        if not is_plain_utf8(msg):
            nonplain += 1
        ct = msg.get_content_type()
        cte = (msg.get("Content-Transfer-Encoding") or "").lower()
        cs = (msg.get_content_charset() or "").lower()
        key = ct + ("" if msg.is_multipart() else " " + cs + " " + (cte or "7bit"))
        mime[key] += 1
    return dict(trig=trig, lang=lang, trap=trap, auto=auto, mime=mime, nonplain=nonplain,
                pos=pos, neg=neg, multi=multi)


def main():
    recs = parse_blocks()
    blobs = [build(r, i) for i, r in enumerate(recs)]
    order = list(range(len(recs)))
    random.Random(SEED).shuffle(order)
    recs = [recs[i] for i in order]
    blobs = [blobs[i] for i in order]
    names = ["d3-%04d.eml" % (i + 1) for i in range(len(recs))]
    for f in os.listdir(HERE):
        if re.match(r"d3-\d{4}\.eml$", f):
            os.remove(os.path.join(HERE, f))
    for name, data in zip(names, blobs):
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\ttriggers\tautomated\tlang\ttrap\tnote\n")
        for name, r in zip(names, recs):
            f.write("\t".join([name, ",".join(r.triggers) or "-", r.auto, r.lang, r.trap,
                               r.note.replace("\t", " ")]) + "\n")
    errors = validate(recs, names, blobs)
    st = stats(recs, blobs)
    print("messages: %d  (customer with triggers %d, customer without %d, automated %d)" % (
        len(recs), st["pos"], st["neg"], len(recs) - st["pos"] - st["neg"]))
    print("positives with 2+ triggers: %d" % st["multi"])
    print("non-plain-UTF-8 MIME: %d" % st["nonplain"])
    for key in ("trig", "lang", "trap", "auto", "mime"):
        print("%s:" % key)
        for k, v in sorted(st[key].items(), key=lambda kv: (-kv[1], kv[0])):
            print("  %-40s %d" % (k, v))
    low = [t for t in TRIGGERS if st["trig"][t] < 12]
    if low:
        errors.append("triggers with fewer than 12 positives: %s" % ", ".join(low))
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("validation OK")


if __name__ == "__main__":
    main()
