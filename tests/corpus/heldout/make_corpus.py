#!/usr/bin/env python3
"""Build the held-out labelled test corpus for escalated.

Every message text below was written by hand for this corpus.  This script only wraps
the texts into RFC 5322 / MIME messages (CRLF line endings) and writes labels.tsv.
Running it again reproduces the .eml files and labels.tsv byte for byte.

    python3 make_corpus.py            # writes hNNNN.eml + labels.tsv next to this script
    python3 make_corpus.py --check    # also validates and prints the counts for README.md

Licence: MIT (same as the escalated project).
"""
import base64
import hashlib
import html as htmlmod
import html.entities
import os
import quopri
import random
import sys
import textwrap
from email.header import Header
from email.utils import formatdate, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
SUPPORT = "support@example.test"
TRIGGERS = sorted("""legal_threat regulatory manager_request corporate_contact_request
executive_contact security_incident data_loss outage billing_dispute cancellation_threat
media_threat discrimination_harassment safety broken_promise repeat_contact high_value_order
severe_dissatisfaction feature_request technical_issue""".split())
AUTOMATED = {"auto_reply", "bounce", "list", "receipt", "self"}
TRAPS = {"title", "quoted", "signature", "negation", "policy_question", "reported",
         "innocuous", "other"}
LANGS = {"en", "de", "fr", "es"}

M = []  # message specs, in writing order


def add(lang, triggers, automated, trap, note, frm=None, subject=None, body=None, **o):
    """Register one message.  triggers: space/comma separated ids or '-'."""
    trig = sorted(t for t in triggers.replace(",", " ").split() if t != "-")
    M.append(dict(lang=lang, triggers=trig, automated=automated, trap=trap, note=note,
                  frm=frm, subject=subject, body=body, o=o))


# ---------------------------------------------------------------------------
# small MIME toolkit (hand-rolled so that charsets and encodings are exactly as chosen)

def rnd(key):
    return random.Random(hashlib.sha256(key.encode("utf-8")).hexdigest())


def enc_header_words(text, charset="utf-8", mode="q"):
    if all(ord(c) < 128 for c in text):
        return text
    return Header(text, charset).encode() if mode == "q" and charset != "utf-8" else \
        "=?%s?%s?%s?=" % (charset, "B" if mode == "b" else "Q",
                          base64.b64encode(text.encode(charset)).decode() if mode == "b"
                          else _qword(text.encode(charset)))


def _qword(raw):
    out = []
    for b in raw:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        elif c in "!*+-/" and b < 128:
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "".join(out)


def fmt_addr(s, charset="utf-8", mode="q"):
    name, addr = parseaddr(s)
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.@;:()<>"'):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (enc_header_words(name, charset, mode), addr)


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw  # 7bit / 8bit


def leaf(text, subtype="plain", charset="utf-8", cte=None, extra=None, flowed=False):
    if cte is None:
        cte = "7bit" if all(ord(c) < 128 for c in text) else "quoted-printable"
    if cte == "7bit" and charset == "utf-8" and all(ord(c) < 128 for c in text):
        charset_out = "us-ascii" if subtype == "plain" else "utf-8"
    else:
        charset_out = charset
    ct = "text/%s; charset=\"%s\"" % (subtype, charset_out) if subtype == "html" or charset_out != "us-ascii" \
        else "text/%s; charset=%s" % (subtype, charset_out)
    if flowed:
        ct += "; format=flowed"
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if extra:
        h += extra
    return h, encode_body(text, charset, cte)


def render(headers, body):
    out = []
    for k, v in headers:
        out.append(("%s: %s" % (k, v)).encode("ascii"))
    return b"\n".join(out) + b"\n\n" + body


def multipart(subtype, parts, key, extra_ct="", preamble=None):
    r = rnd(key + subtype)
    boundary = {
        0: "----=_Part_%d_%d.%d" % (r.randint(10000, 99999), r.randint(100000000, 999999999), r.randint(10**12, 10**13)),
        1: "000000000000%012x" % r.getrandbits(48),
        2: "Apple-Mail=_%08X-%04X-%04X-%04X-%012X" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(48)),
        3: "_000_%s_" % "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(40)),
        4: "------------%s" % "".join(r.choice("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(24)),
    }[r.randint(0, 4)]
    chunks = []
    if preamble:
        chunks.append(preamble.encode("ascii") + b"\n")
    for ph, pb in parts:
        chunks.append(b"--" + boundary.encode() + b"\n" + render(ph, pb).rstrip(b"\n") + b"\n\n")
    body = b"".join(chunks) + b"--" + boundary.encode() + b"--\n"
    ct = 'multipart/%s; boundary="%s"%s' % (subtype, boundary, extra_ct)
    return [("Content-Type", ct)], body


ENTITY = {v: k for k, v in html.entities.codepoint2name.items()}


def to_entities(s):
    out = []
    for ch in s:
        if ord(ch) > 127:
            name = html.entities.codepoint2name.get(ord(ch))
            out.append("&%s;" % name if name else "&#%d;" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def text_to_html(text, entities=False, style="gmail"):
    """Turn a plain-text mail into the HTML a mail client would send: paragraphs,
    '>' quoting as <blockquote>, '-- ' signature in its own div."""
    lines = text.split("\n")
    blocks = []  # (kind, lines)
    for ln in lines:
        kind = "q" if ln.startswith(">") else "t"
        if blocks and blocks[-1][0] == kind:
            blocks[-1][1].append(ln)
        else:
            blocks.append((kind, [ln]))

    def esc(s):
        e = htmlmod.escape(s, quote=False)
        return to_entities(e) if entities else e

    def para(ls):
        html_out, cur = [], []
        sig = False
        for ln in ls + [""]:
            if ln == "-- ":
                sig = True
                if cur:
                    html_out.append("<p>" + "<br>\n".join(esc(x) for x in cur) + "</p>")
                    cur = []
                html_out.append('<div class="signature">-- <br>')
                continue
            if ln.strip() == "":
                if cur:
                    html_out.append("<p>" + "<br>\n".join(esc(x) for x in cur) + "</p>")
                    cur = []
            else:
                cur.append(ln)
        if sig:
            html_out.append("</div>")
        return "\n".join(html_out)

    body = []
    for kind, ls in blocks:
        if kind == "q":
            inner = [l[1:].lstrip(" ") if l.startswith("> ") or l == ">" else l[1:] for l in ls]
            # nested quotes stay as text lines starting with '>' inside, rendered recursively
            body.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n'
                        + text_to_html("\n".join(inner), entities, style) + "\n</blockquote>")
        else:
            body.append(para(ls))
    return "\n".join(b for b in body if b)


def wrap_html_doc(inner, lang="en", charset="utf-8"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset
            + '</head>\n<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n<div dir="ltr">\n'
            + inner + "\n</div>\n</body></html>\n")


# ---------------------------------------------------------------------------
# headers

TZ = {"en": ["-0500", "-0400", "+0000", "+0100", "-0700", "-0800", "+1000", "+0530"],
      "de": ["+0100", "+0200"], "fr": ["+0100", "+0200"], "es": ["+0100", "+0200", "-0300", "-0600"]}
MUA = {
    "gmail": [],
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None), ("Content-Language", None)],
    "apple": [("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")],
    "iphone": [("X-Mailer", "iPhone Mail (21F90)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.6")],
    "webde": [("X-Mailer", "WEB.DE Mail"), ("X-UI-Message-Type", "mail")],
    "orange": [("X-Mailer", "Orange Messagerie")],
    "ox": [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev61")],
    "yahoo": [("X-Mailer", "WebService/1.1.22645 YMailNorrin")],
    "android": [("User-Agent", "K-9 Mail for Android")],
}
LANG_TAG = {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}


def make_date(r, lang):
    # between 2024-01-08 and 2025-10-31
    t = 1704700800 + r.randint(0, 662 * 86400)
    tz = r.choice(TZ[lang])
    sign = -1 if tz[0] == "-" else 1
    off = sign * (int(tz[1:3]) * 3600 + int(tz[3:]) * 60)
    s = formatdate(t + off, localtime=False)  # "... -0000"
    return s[:-5] + tz


def make_msgid(r, mua, domain):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    if mua == "gmail":
        return "<CA%s@mail.gmail.com>" % "".join(r.choice(al + "+_-") for _ in range(44))
    if mua == "outlook":
        box = "%s%dPR%02dMB%04d" % (r.choice(["AM", "DB", "VI", "PA", "BY", "SN", "CH", "MW"]),
                                   r.randint(0, 9), r.randint(1, 9), r.randint(1000, 9999))
        return "<%s%s@%s.%s.prod.outlook.com>" % (box, "%040X" % r.getrandbits(160), box,
                                                  r.choice(["eurprd04", "eurprd07", "namprd11", "namprd04", "eurprd08"]))
    if mua in ("apple", "iphone"):
        return "<%08X-%04X-%04X-%04X-%012X@%s>" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16),
                                                  r.getrandbits(16), r.getrandbits(48), domain)
    if mua == "thunderbird":
        return "<%08x-%04x-%04x-%04x-%012x@%s>" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16),
                                                  r.getrandbits(16), r.getrandbits(48), domain)
    if mua == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (r.randint(10**8, 10**9), r.randint(10**6, 10**7), r.randint(10**12, 10**13))
    return "<%d.%s@%s>" % (r.randint(10**9, 10**10), "".join(r.choice(al) for _ in range(12)).lower(), domain)


def received(r, frm_domain, date, mua):
    ip = "%s.%d" % (r.choice(["192.0.2", "198.51.100", "203.0.113"]), r.randint(2, 250))
    qid = "".join(r.choice("0123456789ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(11))
    host = {"gmail": "mail-wr1-f%d.google.com" % r.randint(40, 90),
            "outlook": "EUR0%d-%s-obe.outbound.protection.outlook.com" % (r.randint(1, 5), r.choice(["AM6", "DB8", "VI1", "HE1"])),
            "yahoo": "sonic%d-%d.consmr.mail.ir2.yahoo.com" % (r.randint(300, 320), r.randint(20, 60)),
            "webde": "mout.web.de", "orange": "smtp.smtpout.orange.fr"}.get(mua, "mail.%s" % frm_domain)
    return ("from %s (%s [%s])\n\tby mx1.example.test (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s"
            % (host, host, ip, qid, SUPPORT, date))


def build(spec, idx):
    o = dict(spec["o"])
    lang = spec["lang"]
    if "raw" in o:  # hand-written complete message (DSNs, MDNs, odd clients)
        r = rnd("raw%d" % idx)
        raw = o["raw"]
        date = o.get("date") or make_date(r, lang)
        raw = raw.replace("{DATE}", date).replace("{MID}", make_msgid(r, "generic", "x"))
        return raw.encode(o.get("rawcs", "utf-8"))
    key = "%d:%s" % (idx, spec["subject"])
    r = rnd(key)
    mua = o.get("mua") or r.choice(["gmail", "gmail", "outlook", "apple", "thunderbird", "iphone", "roundcube"])
    frm = spec["frm"]
    fdom = parseaddr(frm)[1].split("@")[1]
    date = o.get("date") or make_date(r, lang)
    msgid = o.get("msgid") or make_msgid(r, mua, fdom)
    hcs, hmode = o.get("hcs", "utf-8"), o.get("hmode", "q" if r.random() < 0.5 else "b")
    h = []
    if not o.get("noreceived"):
        h.append(("Return-Path", "<%s>" % parseaddr(frm)[1]))
        h.append(("Received", received(r, fdom, date, mua)))
    h += o.get("toph", [])
    h.append(("From", fmt_addr(frm, hcs, hmode)))
    h.append(("To", o.get("to", SUPPORT)))
    if o.get("cc"):
        h.append(("Cc", ", ".join(fmt_addr(x, hcs, hmode) for x in o["cc"])))
    subj = spec["subject"]
    h.append(("Subject", enc_header_words(subj, hcs, hmode) if subj is not None else ""))
    h.append(("Date", date))
    h.append(("Message-ID", msgid))
    if o.get("reply"):
        rid = o["reply"] if isinstance(o["reply"], str) else "<ticket-%d.%d@escalated.example.test>" % (
            r.randint(10000, 99999), r.randint(100, 999))
        h.append(("In-Reply-To", rid))
        h.append(("References", o.get("refs", rid)))
    for k, v in MUA.get(mua, []):
        if k == "Thread-Index":
            v = base64.b64encode(bytes(r.getrandbits(8) for _ in range(22))).decode()
        if k == "Content-Language":
            v = LANG_TAG[lang]
        h.append((k, v))
    h += o.get("hdr", [])
    h.append(("MIME-Version", "1.0"))

    cs = o.get("cs", "utf-8")
    cte = o.get("cte")
    # Gmail and Apple Mail send multipart/alternative unless told otherwise
    fmt = o.get("fmt", "alt" if mua in ("gmail", "apple") else "plain")
    body = spec["body"].strip("\n") + "\n"
    if fmt == "plain":
        ph, pb = leaf(body, "plain", cs, cte, flowed=o.get("flowed", False))
    else:
        html_src = o.get("html") or wrap_html_doc(text_to_html(body, o.get("entities", False)), lang, cs)
        hcte = o.get("hcte", cte or "quoted-printable")
        if fmt == "html":
            ph, pb = leaf(html_src, "html", cs, hcte)
        elif fmt == "alt":
            p1 = leaf(body, "plain", cs, cte)
            p2 = leaf(html_src, "html", cs, hcte)
            ph, pb = multipart("alternative", [p1, p2], key)
        else:
            raise ValueError(fmt)
    atts = o.get("att", [])
    if atts:
        parts = [(ph, pb)]
        for a in atts:
            fname, ctype, data = a[0], a[1], a[2]
            if ctype == "message/rfc822":
                ah = [("Content-Type", "message/rfc822"), ("Content-Disposition", "attachment")]
                parts.append((ah, data.encode("utf-8") if isinstance(data, str) else data))
                continue
            if isinstance(data, str):
                data = data.encode("utf-8")
            fn = fname if all(ord(c) < 128 for c in fname) else enc_header_words(fname, "utf-8", "q")
            ah = [("Content-Type", '%s; name="%s"' % (ctype, fn)),
                  ("Content-Disposition", 'attachment; filename="%s"' % fn),
                  ("Content-Transfer-Encoding", "base64")]
            parts.append((ah, base64.encodebytes(data)))
        ph, pb = multipart("mixed", parts, key + "mixed")
    return render(h + ph, pb)


def crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# ---------------------------------------------------------------------------
# tiny attachment payloads
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")
JPG = base64.b64decode("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=")


def pdf(text):
    body = "BT /F1 11 Tf 50 750 Td (%s) Tj ET" % text.replace("(", "[").replace(")", "]")
    return ("%%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
            "4 0 obj<</Length %d>>stream\n%s\nendstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
            "trailer<</Root 1 0 R>>\n%%%%EOF\n" % (len(body), body)).encode("latin-1")


# ===========================================================================
# THE MESSAGES
# add(lang, triggers, automated, trap, note, from, subject, body, **options)
# ===========================================================================

# ---------------------------------------------------------------- English, escalation-worthy
add("en", "broken_promise legal_threat repeat_contact technical_issue", "-", "-",
    "4th contact; replacement promised, never sent; solicitor tomorrow",
    "Gareth Pryce <gareth.pryce@btinternet.com>", "Re: Case 40417 - terminal not taking contactless", """
Hello,

This is now the fourth time I am writing about the same T2 terminal. Contactless has not
worked since the firmware update on the 3rd - customers tap and it just says CARD READ
ERROR and I have to key every card in by hand.

On the 9th your colleague Priya told me a replacement would go out the same week. Nothing
arrived and nobody has been in touch since.

I have lost a fortnight of trade over this. I will be speaking with my solicitor tomorrow
about recovering my losses.

Gareth Pryce
Pryce & Daughters Family Butchers
""", mua="outlook", reply=True)

add("en", "billing_dispute regulatory", "-", "-",
    "charged twice after cancelling; already complained to CFPB",
    "Dana Whitfield <dwhitfield82@gmail.com>", "charged after cancelling", """
hi, i cancelled my subscription on march 2 (i have the confirmation email, ref CX-22817) and
you still took $49.00 on april 2 and again on may 2. i want both refunded.

i already filed a complaint with the CFPB this morning and gave them your company name so
you'll probably be hearing from them too.

dana
""", mua="gmail")

add("en", "manager_request technical_issue", "-", "-",
    "indirect request for someone with more authority; stock report bug; mild tone only",
    "Priyanka Natarajan <priyanka@spiceroute-grocers.test>", "Ticket #55120 - negative stock", """
Hello,

I'd like someone with more authority to look at this, please.

Your agent keeps sending me the same help article about clearing the browser cache, which
has nothing to do with my problem: the stock report shows negative quantities (-14, -3, -27)
for items that are physically sitting on our shelves, and the numbers change every time I
refresh the page. I have attached a screenshot.

I'm not impressed so far, but I'm sure it can be sorted by the right person.

Regards,
Priyanka Natarajan
Spice Route Grocers
""", mua="outlook", att=[("stock-report.png", "image/png", PNG)])

add("en", "billing_dispute corporate_contact_request", "-", "-",
    "overbilled seats; asks registered head-office address + finance director email",
    "Laurence Okafor <l.okafor@okafor-partners.test>", "Invoice INV-2024-0913 - incorrect user count", """
Good afternoon,

Invoice INV-2024-0913 charges us for 14 users. We have had 9 users since February, as
your own admin page shows. Please issue a corrected invoice.

Separately, please send me the registered head-office address of your company and the
email address of your finance director. Our accounts department wants to send a formal
letter about the repeated invoicing errors this year.

Kind regards

Laurence Okafor
Practice Manager | Okafor & Partners Chartered Accountants
""", mua="outlook")

add("en", "executive_contact technical_issue", "-", "-",
    "customer cc'd the company's CEO; nightly export failing",
    "Hannah Kowalczyk <hannah.k@brightlanedental.test>", "Export job failed (code 17) - every night since Tuesday", """
Hi,

Our nightly export to the accountant's system has failed every night since Tuesday with
"Export job failed (code 17)". The log just says "upstream rejected batch".

I've cc'd your CEO, Mr Halvorsen, because frankly I need this resolved before month end
and I want to be sure it lands on the right desk.

Hannah Kowalczyk
Brightlane Dental Group
""", mua="gmail", cc=["Erik Halvorsen <erik.halvorsen@example.test>"])

add("en", "security_incident", "-", "-",
    "suspicious login from Brazil + export by the intruder",
    "Tom Ashworth <tom.ashworth@outlook.com>", "Someone logged into my account", """
Hi,

Got one of your alert emails this morning: "New sign-in from Sao Paulo, Brazil" at 03:12.
I've never been to Brazil and I was asleep at 3am. I changed my password straight away,
but in the activity log I can see that whoever it was exported the full customer list
(about 2,300 names, emails and phone numbers) at 03:20.

Please lock the account down and tell me exactly what they accessed. What else do I need
to do?

Tom Ashworth
""", mua="outlook")

add("en", "data_loss", "-", "title",
    "office manager deleted supplier records by accident; data gone, no malfunction",
    "Fiona Blackwood <fiona@blackwood-joinery.test>", "Restore deleted suppliers?", """
Hello,

Yesterday afternoon our office manager was cleaning up duplicate suppliers and, it turns
out, deleted far more than the duplicates. Half of our supplier records are just gone -
roughly 400 suppliers including their bank details for payment runs.

Is there any way you can restore them from a backup? Our payment run is Friday.

Many thanks,
Fiona Blackwood
Director, Blackwood Joinery Ltd
""", mua="apple")

add("en", "outage technical_issue", "-", "-",
    "whole service 503 across browsers/networks",
    "Luis Ortega <luis@ortega-tacos.test>", "is the whole thing down??", """
Nothing loads. app.example.test gives "503 Service Unavailable", the iPad app says
"Cannot reach server". Tried three browsers and two different networks.

Both our shops are stuck at the till right now. Is the whole thing down?

Luis
""", mua="iphone")

add("en", "billing_dispute", "-", "-",
    "same charge twice on card statement",
    "Aoife Brennan <aoife.brennan@eircom.net>", "Charged twice for May", """
Hi there,

The charge for my May subscription appears twice on my credit card statement - 29.00 GBP
on 01/05 and 29.00 GBP again on 01/05, same reference. Could you refund one of them please?

Thanks a million,
Aoife
""", mua="thunderbird")

add("en", "cancellation_threat technical_issue", "-", "title",
    "evaluating other vendors because of duplicate-order bug; 'Marcus' is their existing account manager",
    "Rob Delaney <rob.delaney@kitesurf-supply.test>", "Renewal", """
Hi Marcus,

Honest heads-up since you're our account manager: with the sync problems we've had since
spring (Shopify orders arriving twice in the inventory, so stock goes negative) we're
evaluating other vendors ahead of our renewal in September.

If the duplicate import isn't fixed by then, we'll move. I'd rather not, the rest of the
product works well for us.

Rob
""", mua="gmail")

add("en", "media_threat severe_dissatisfaction", "-", "-",
    "will tell 14k Twitter followers; 'this is a disgrace'",
    "Jas Kaur <jaskaur.bakes@gmail.com>", "where is my payout", """
My payout of GBP 1,860 from last week still hasn't arrived and nobody answers the phone.
This is a disgrace. I run a tiny bakery, that money is my rent.

I'll make sure everyone on Twitter knows how you treat small businesses. 14k followers and
a lot of them run cafes and market stalls.

Jas
""", mua="iphone")

add("en", "discrimination_harassment", "-", "-",
    "installer made remarks about headscarf",
    "Samira Haddad <samira@haddad-pharmacy.test>", "Complaint about your installation engineer", """
Dear Sir or Madam,

The engineer you sent to install our terminals on Tuesday made repeated comments about my
headscarf and asked my pharmacist whether "people like her" even pay their bills. Two of my
staff and a customer heard it.

I expect a written apology, and I do not want this man sent to my pharmacy again.

Samira Haddad
Haddad Pharmacy
""", mua="outlook")

add("en", "safety technical_issue", "-", "-",
    "charger melted, burning smell, staff burnt fingers; asks about recall",
    "Ben Carrick <ben@carrick-bikes.test>", "PowerDock charger melted", """
Hi,

The PowerDock charger under our counter got so hot this afternoon that the plastic casing
melted and there was a burning smell across the shop. My assistant burnt two fingers
unplugging it. Photo attached.

We've unplugged the other two. Is there a recall on these? What should we do with them?

Ben Carrick
Carrick Bikes
""", mua="apple", att=[("IMG_4471.JPG", "image/jpeg", JPG)])

add("en", "broken_promise technical_issue", "-", "-",
    "callback promised Thursday didn't happen; VAT rounding bug",
    "Martin Hale <martin.hale@halefloors.test>", "Still waiting for a call back", """
Hi,

Your colleague Tom promised on Tuesday to ring me back on Thursday with an answer about
the VAT rounding on our invoices (the VAT line is 1p off on about a third of them, which
our accountant keeps flagging). It's Monday now and no call.

Could someone actually pick this up?

Martin Hale
""", mua="outlook")

add("en", "repeat_contact technical_issue", "-", "-",
    "'I keep contacting you'; scanner not recognised",
    "Olu Adebayo <olu.adebayo@yahoo.co.uk>", "Barcode scanner still not recognised", """
I keep contacting you about this and I keep getting the same copy-and-paste answer about
re-pairing the bluetooth. The scanner has NOT been recognised by the app since version 4.2.
Re-pairing does nothing. It worked perfectly on 4.1.

Olu
""", mua="yahoo")

add("en", "high_value_order", "-", "-",
    "$12,500.00 order stuck, no delivery",
    "Kim Nguyen <kim.nguyen@pho-saigon-group.test>", "PO 7781-B not shipped", """
Hello,

PO 7781-B: 25 x T2 terminals, $12,500.00, paid by wire transfer on the 4th.

Tracking has said "label created" for 11 days now. We open the new location on the 1st and
need these installed before then. Can someone tell me where the order actually is?

Thanks,
Kim Nguyen
Operations, Pho Saigon Group
""", mua="gmail")

add("en", "severe_dissatisfaction technical_issue", "-", "other",
    "ALL CAPS fury; 'third weekend in a row' counts incidents, not contacts",
    "MIKE DOYLE <mike@doyles-bar.test>", "UNACCEPTABLE", """
THIS IS ABSOLUTELY UNACCEPTABLE. THIRD WEEKEND IN A ROW YOUR APP LOGS ME OUT EVERY 5
MINUTES WHILE I AM SERVING A FULL BAR. FIX IT.

MIKE
""", mua="android")

add("en", "feature_request", "-", "-",
    "split bill + dark mode wishes",
    "Chloe Marsh <chloe@marshandmallow.test>", "Two small wishes", """
Hello!

It would be great if you could add a way to split one bill between two cards at the till.
Half our customers ask for it on a Friday night and we end up doing maths on a napkin.

Also dark mode for the back office pls :)

Chloe
Marsh & Mallow Dessert Bar
""", mua="iphone")

add("en", "technical_issue", "-", "-",
    "Z report print error",
    "Raj Patel <raj.patel@patelnewsagents.test>", "Error 0x8004 when printing Z report", """
Hi,

When I try to print the end-of-day Z report I get "Error 0x8004: printer offline", even
though the same printer prints customer receipts fine all day. Restarting both didn't help.

Raj
""", mua="outlook")

add("en", "billing_dispute legal_threat", "-", "-",
    "'you'll be hearing from our legal department' over invoices after termination",
    "Helen Marr <h.marr@marr-logistics.test>", "Invoices after termination", """
Dear Example team,

We terminated our agreement in writing on 14 January, in line with clause 9 of the terms.
Since then you have issued three further monthly invoices of GBP 450 each.

Please withdraw all three invoices and confirm in writing. Otherwise you'll be hearing
from our legal department.

Yours faithfully,
Helen Marr
Finance Manager, Marr Logistics
""", mua="outlook", fmt="alt")

add("en", "cancellation_threat media_threat technical_issue", "-", "-",
    "cancelling + Trustpilot/Google review; stock counts broken",
    "Gemma Rowe <gemma@rowe-garden-centre.test>", "Cancelling", """
Two months of broken stock counts (the app subtracts sales twice when the card reader
times out) is enough. I'm cancelling at the end of this billing period and I'll be writing
a very honest review on Trustpilot and Google so other garden centres know what to expect.

Gemma Rowe
""", mua="gmail")

add("en", "billing_dispute manager_request", "-", "-",
    "'who is above you?' + mistaken setup fee",
    "Craig Bell <craigbell1974@hotmail.co.uk>", "Re: setup fee", """
ok so you can't refund a setup fee you charged me by mistake (I was told there was no
setup fee when I signed up, it's in your own chat transcript).

who is above you? I want their name and I want them to ring me today on 07700 900123.
""", mua="android", reply=True)

add("en", "corporate_contact_request executive_contact", "-", "-",
    "asks CEO name/email + head office to write to him",
    "Patricia Lowe <patricia.lowe@lowe-interiors.test>", "Formal complaint", """
Dear Sir/Madam,

Could you tell me who your chief executive is and the best email address to reach him or
her, together with the address of your head office? I intend to write to your CEO directly
about the way my refund request for the returned display stand has been handled.

Patricia Lowe
""", mua="apple")

add("en", "broken_promise regulatory", "-", "-",
    "GDPR erasure confirmed but still mailed; will report to ICO",
    "Neil Fairbairn <neil.fairbairn@protonmail.com>", "Erasure request - GDPR", """
On 3 January I asked you to erase my personal data (Article 17). You replied that it would
be erased within 30 days and confirmed it in writing.

Yesterday I received your marketing newsletter at this address. That is a GDPR violation
and I will be reporting it to the ICO this week.

N. Fairbairn
""", mua="thunderbird")

add("en", "data_loss technical_issue", "-", "-",
    "product photos vanished after update",
    "Yuki Tanaka <yuki@tanaka-ceramics.test>", "All product photos gone after last night's update", """
Hi support,

Since your update last night, all the product photos in our online catalogue show grey
placeholders, and the original files are no longer in the media library either. That's
about 1,200 images we spent a year photographing.

Please tell me they're recoverable.

Yuki
""", mua="apple", fmt="html")

add("en", "cancellation_threat outage severe_dissatisfaction technical_issue", "-", "-",
    "card payments down whole lunch rush; livid; switching to another provider",
    "Declan Murphy <declan@murphys-deli.test>", "payments down AGAIN", """
Third outage this month. Card payments were down for the whole Saturday lunch rush -
"Payment service unavailable" on every single terminal, in both shops.

I'm absolutely livid. We turned away dozens of customers.

We're switching to another provider at the end of the month. Send me whatever I need to
sign to end the contract.

Declan Murphy
""", mua="gmail")

add("en", "security_incident", "-", "-",
    "phishing email imitating company with real order number",
    "Grace Lin <grace.lin@outlook.com>", "Fake invoice email with my real order number?", """
Hello,

This morning I got an email from "billing@example-test-payments.com" that looks exactly like
your invoices. It had my real name and my last order number (EX-203394) in it and asked me
to "re-confirm my card details" through a link. I didn't click it, but how do they have my
order number? It looks like my details have leaked from your side.

The original is attached as a file.

Grace Lin
""", mua="outlook", att=[("Invoice EX-203394.eml", "message/rfc822",
    "From: Example Billing <billing@example-test-payments.com>\nTo: grace.lin@outlook.com\n"
    "Subject: Action required: invoice EX-203394\nDate: Mon, 10 Mar 2025 07:41:02 +0000\n"
    "Message-ID: <7781.3390@example-test-payments.com>\nMIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=us-ascii\n\nDear Grace Lin,\n\nYour payment for order "
    "EX-203394 failed. Re-confirm your card details within 24 hours to avoid suspension:\n"
    "http://example-test-payments.com/verify\n\nExample Billing\n")])

add("en", "billing_dispute", "-", "-",
    "chargeback threat over add-on never ordered",
    "Sophie Turner <sophie.t@btinternet.com>", "Premium support charge", """
I never ordered the "Premium support" add-on and it appeared on my invoice this month
(89.00). If it isn't refunded by Friday I'll raise a chargeback with my bank.

Sophie
""", mua="thunderbird")

add("en", "discrimination_harassment", "-", "-",
    "phone agent mocked stutter (disability)",
    "Daniel Pryor <dan.pryor@gmail.com>", "how I was spoken to on the phone", """
Hi,

I rang your support line on Wednesday at about 2pm. I have a stutter. The agent laughed
when I was trying to give my account number, and after my second attempt he said "call back
when you can talk properly" and hung up.

I have never been treated like that by a company. I want this looked into.

Daniel Pryor
""", mua="gmail")

add("en", "broken_promise repeat_contact", "-", "-",
    "emailed twice already (3rd contact); promised credit note never came",
    "Karen Whitlock <karen@whitlock-florist.test>", "Credit note - third email", """
Hello,

I've emailed you twice already (18 June and 24 June) about the damaged receipt printer we
sent back, and both times I was promised a credit note "within 48 hours". Still nothing.

Please can someone just send it.

Karen Whitlock
Whitlock Florist
""", mua="outlook")

add("en", "data_loss executive_contact technical_issue", "-", "-",
    "loyalty points reset to zero; will raise with board",
    "Andrew McLeod <andrew.mcleod@highland-coffee.test>", "Loyalty balances wiped", """
Dear support,

Since Sunday's maintenance every one of our ~3,000 loyalty members shows a balance of zero
points. Customers are arriving with cards and we have nothing to show them. The points
history is missing too, so we can't even rebuild it by hand.

Given how little urgency we've seen so far, I will be raising this with your board of
directors directly next week.

Andrew McLeod
Managing Director, Highland Coffee Co.
""", mua="outlook", fmt="alt")

add("en", "high_value_order", "-", "-",
    "USD 7k invoice, wrong model delivered",
    "Tariq Aziz <tariq@aziz-hospitality.test>", "Wrong printers delivered - invoice EX-88412", """
Hi,

Invoice EX-88412, USD 7k for 14 x ExamplePrint P3. What arrived are 14 x P1 (the older
model without the auto-cutter). Please arrange the swap - we haven't unpacked them beyond
checking the label.

Tariq
""", mua="gmail")

add("en", "feature_request", "-", "negation",
    "'not a complaint'; asks to support XLSX export of VAT report",
    "Isabel Moreno <isabel@moreno-design.test>", "VAT report export", """
Not a complaint at all - the new dashboard is lovely!

One wish though: please support exporting the VAT report as XLSX. Our accountant refuses to
touch CSV files (don't ask).

Isabel
""", mua="apple")

add("en", "legal_threat technical_issue", "-", "other",
    "long rambling mail; conditional lawyer threat in one middle sentence",
    "Owen Griffiths <owen@griffiths-bakeries.test>", "A few things", """
Hi team,

Hope you're all well. A bit of background first because I've not written in before: we run
three bakeries in Leeds (Headingley, Chapel Allerton and the market stall), and we've been
on Example since 2021. Mostly very happy, the staff picked it up quickly and the rota
feature has saved my sister about a day a week.

Since the May update, though, every invoice we send to our wholesale customers is going out
twice - same number, same amount, a minute apart. The cafes we supply are confused and two
of them have paid twice, which our accountant now has to untangle. Honestly, if the
duplicated invoices aren't sorted by the end of the month I'm going to pass the whole thing
to our lawyer, because it's starting to cost real money.

Other bits, less urgent:
- is there a way to change the colour of the receipt logo? It prints very faint.
- our new Saturday girl can't see the rota, do I need to give her a different role?
- the Chapel Allerton till is running an old app version, how do I update it?

Thanks, and sorry for the essay.

Owen Griffiths
Griffiths Bakeries
""", mua="gmail")

add("en", "data_loss technical_issue", "-", "-",
    "lowercase, typos; app deleted appointments",
    "shaz <shazia.hairdesign@gmail.com>", "apointments gone", """
ur app deleted all my apointments for next week i have like 40 clients booked and no idea
who any of them are. calendar just says no bookings. pls restore asap
""", mua="android")

add("en", "regulatory technical_issue", "-", "reported",
    "scale weighs heavy; customer adopts advice and will report to Trading Standards",
    "Marco Bianchi <marco@bianchi-deli.test>", "Example Scale reading 20g heavy", """
Hi,

The Example Scale we bought in January weighs every item about 20g heavy. I checked it
against certified test weights twice. For a deli that means we're overcharging on every
sale, and a friend on the market said we should report it to Trading Standards ourselves.

I will, unless you confirm a replacement this week - I'm not getting into trouble for a
faulty scale.

Marco Bianchi
""", mua="gmail")

add("en", "billing_dispute regulatory", "-", "-",
    "annual auto-renewal without reminder; copy to State AG consumer division",
    "Rebecca Stone <rstone@stone-yoga.test>", "Unauthorized annual renewal $588", """
To whom it may concern,

You auto-renewed my account for a full year ($588.00) on the 1st without any reminder,
although I had switched to monthly billing in the settings in November. I did not
authorize this charge and want it reversed.

I am sending a copy of this email to the State Attorney General's consumer protection
division.

Rebecca Stone
Stone Yoga Studio
""", mua="gmail", fmt="alt")

add("en", "regulatory security_incident", "-", "-",
    "home address published without consent; complaint to data protection authority",
    "Eleanor Voss <eleanor.voss@gmx.co.uk>", "My home address on your website", """
Hello,

Your "Customer stories" page shows a photo of my shop with a caption including my HOME
address, which I gave you only for billing. I never agreed to that. Anyone can read it.

Please take it down today. I'm also filing a complaint with the data protection authority
about how my personal data was handled.

Eleanor Voss
""", mua="thunderbird")

add("en", "manager_request", "-", "-",
    "short: escalate to supervisor",
    "Jordan Blake <jordanblake@icloud.com>", "Please escalate", """
Please escalate this to a supervisor. I've been going back and forth with your chat bot for
an hour and the refund for the order I returned on the 2nd still shows "pending".

Jordan
""", mua="iphone")

add("en", "manager_request severe_dissatisfaction technical_issue", "-", "-",
    "demands a manager; worst service ever; VAT number missing on receipts",
    "Steve Kearney <steve@kearney-motors.test>", "I want a manager", """
I want to speak to a manager. Not another agent, not a bot. A MANAGER.

Since your update the receipts no longer print our VAT number, which means every receipt we
have issued this week is useless to our trade customers for their VAT claims. Four days of "we're
looking into it".

Worst service I have ever had from a supplier.

Steve Kearney
Kearney Motors
""", mua="outlook")

add("en", "corporate_contact_request", "-", "-",
    "wants corporate office phone, explicitly not support line",
    "Ahmed Rahman <ahmed.rahman@rahman-wholesale.test>", "Corporate office number", """
Hi,

What's the phone number for your corporate office? Not the support line please, I already
have that. I need to speak with someone about extending our reseller agreement to two more regions.

Thanks,
Ahmed Rahman
""", mua="outlook")

add("en", "corporate_contact_request", "-", "other",
    "asks legal department contact for a contract question, no threat",
    "Clara Jensen <clara.jensen@nordlight-retail.test>", "New terms - legal contact", """
Dear team,

Could you please send me the email address of your legal department or general counsel?
Our in-house counsel would like to discuss the indemnity clause in the new terms of
service with them before we sign the renewal.

Best regards,
Clara Jensen
Procurement, Nordlight Retail
""", mua="outlook", fmt="alt")

add("en", "broken_promise executive_contact", "-", "-",
    "contacted VP of Customer Success on LinkedIn; onboarding call never happened",
    "Victor Almeida <victor@almeida-fitness.test>", "Onboarding", """
Hi,

Our onboarding call was booked for the 12th and confirmed by your team. Nobody joined the
call and nobody has rescheduled since.

I messaged Sarah Lund, your VP of Customer Success, on LinkedIn last week about it, but I'd
still like to hear from support directly.

Victor Almeida
Almeida Fitness
""", mua="gmail")

add("en", "security_incident technical_issue", "-", "-",
    "API key exposed in public widget source (a product bug that leaks credentials)",
    "Noor Siddiqui <noor@sidd-dev.test>", "API key exposed in your embeddable widget", """
Hi security/support,

The embeddable booking widget you gave us prints our full secret API key into the public page
source (view-source, search for "sk_live"). Anyone visiting our site can copy it. We've
rotated the key, but please investigate whether it was used by anyone else, and fix the
widget.

Noor Siddiqui
CTO, Sidd Dev Studio
""", mua="thunderbird")

add("en", "security_incident", "-", "-",
    "account taken over: email changed by someone else",
    "Paula Grant <paula.grant@aol.com>", "someone changed my email address", """
Please help. Someone has changed the email address on my account to one I don't recognise
(xk_19@protonmail.com) and the password reset goes to them now. My payouts are linked to
this account!!

Paula Grant, Grant's Flowers
""", mua="yahoo")

add("en", "outage technical_issue", "-", "-",
    "nobody in company can log in; 502",
    "Helen Price <helen.price@price-vets.test>", "Login down for all staff", """
Hi,

None of our 12 staff can log in since 8am. The login page spins for about a minute and then
shows "Something went wrong (502)". Same at all three surgeries, on PCs and phones.

Is there a wider problem?

Helen Price
Practice Manager, Price Veterinary Surgeries
""", mua="outlook")

add("en", "outage technical_issue", "-", "-",
    "API 500 on every endpoint while status page green",
    "Ivan Petrov <ivan@fastcart.test>", "API returning 500 on every call since 14:05 UTC", """
Your status page says "All systems operational" but the API has returned HTTP 500 for every
single call since 14:05 UTC - orders, products, customers, all endpoints, from two different
regions. Request ids: 7f3c0a9e, 81d2c4f0, 9a0b77e1.

Checkout on our shop is dead as a result.

Ivan
""", mua="thunderbird")

add("en", "billing_dispute", "-", "-",
    "overcharged vs advertised price",
    "Liam O'Connor <liam@oconnor-surf.test>", "Growth plan price", """
Hi,

The price on your website for the Growth plan is 39 GBP a month, and that's what I signed up
for. For the last two months I've been charged 49 GBP. Please refund the difference and fix
the plan.

Liam
""", mua="gmail")

add("en", "billing_dispute repeat_contact", "-", "-",
    "third time writing about a wrong late fee",
    "Gloria Estevez <gloria.estevez@comcast.net>", "late fee - 3rd time", """
This is the third time I'm writing about the $15 late fee you charged me in July. My
payment went through on the due date, my bank statement shows it. Please remove the fee.

Gloria
""", mua="yahoo")

add("en", "cancellation_threat technical_issue", "-", "-",
    "won't renew unless offline mode fixed",
    "Ruth Feldman <ruth@feldman-books.test>", "Offline mode", """
Hello,

Offline mode refuses to take card payments whenever our wifi blips, even for a couple of
seconds - the terminal just shows "Waiting for connection" until it comes back. That's
the whole point of offline mode.

We won't be renewing in March if this keeps happening.

Ruth Feldman
Feldman Books
""", mua="apple")

add("en", "media_threat", "-", "-",
    "journalist asking for comment",
    "Tom Harrow <tom.harrow@bristolpost-news.test>", "Request for comment - frozen payouts", """
Hello,

I'm a reporter at the Bristol Evening News working on a story about small businesses whose
card payouts were frozen for weeks by payment providers. Several traders in the city have
told me their payouts from Example were held without explanation in October.

Would Example like to comment? My deadline is 5pm Thursday.

Tom Harrow
Business reporter
""", mua="outlook")

add("en", "media_threat", "-", "-",
    "will post the whole thread on LinkedIn",
    "Nadia Karim <nadia.karim@karim-consulting.test>", "Re: Account closure", """
You closed my account with no warning and your reply below is a template that doesn't even
use my name. If I don't get a proper explanation by tomorrow I'll post this whole thread on
LinkedIn and let people judge for themselves.

Nadia Karim

> Dear Customer,
>
> Thank you for contacting us. Your account has been closed in accordance with our terms.
> We are unable to provide further details.
>
> Kind regards,
> Example Support
""", mua="gmail", reply=True)

add("en", "media_threat technical_issue", "-", "-",
    "YouTuber will make a video; pairing error",
    "Ethan Cole <ethan@techtillreviews.test>", "printer pairing - Device busy", """
Hey,

The ExamplePrint P3 won't pair with the T2 - it always fails with "Device busy", even after
factory resetting both. I run a YouTube channel reviewing POS kit (about 80k subs) and I'm
going to do a video on this either way, so it'd be good to know if it's a known bug.

Ethan
""", mua="gmail")

add("en", "discrimination_harassment", "-", "-",
    "sales rep sexist: 'sweetheart', wanted to talk to husband",
    "Megan Holloway <megan@holloway-brewing.test>", "Your sales rep", """
Hi,

I had a call with your sales rep Darren on Monday about upgrading our plan. He called me
"sweetheart" three times and said he'd rather go through "the technical side" with my
husband. I own the brewery. My husband is a teacher.

I'd like to deal with someone else from now on, and I'd like you to know this happened.

Megan Holloway
Holloway Brewing Co.
""", mua="apple")

add("en", "discrimination_harassment", "-", "-",
    "company's own delivery driver swore at and threatened customer",
    "Winston Clarke <winston.clarke@clarke-records.test>", "Your driver threatened me", """
Yesterday your own delivery driver (Example-branded van, about 11am) dropped off our
terminals. When I pointed out the box was crushed, he swore at me in front of my customers
and said he'd "come back and sort me out" if I complained.

I did not feel safe. Please confirm what you're going to do about it.

Winston Clarke
""", mua="outlook")

add("en", "safety", "-", "-",
    "customer tripped over technician's cable; injured",
    "Janet Oduya <janet@oduya-opticians.test>", "Accident in our shop this morning", """
Hello,

Your technician who installed the new terminals yesterday left a cable running across our
front step. An elderly customer tripped over it this morning and hurt her wrist badly - she
went to A&E.

Please contact me today. We have taped the cable down for now.

Janet Oduya
Oduya Opticians
""", mua="outlook")

add("en", "safety", "-", "-",
    "choking hazard: loose magnetic clips; nothing broken",
    "Kirsty Bain <kirsty.bain@bain-toys.test>", "small magnets in the display kit", """
Hi,

The counter display kit comes with a bag of tiny magnetic clips that isn't sealed. My
toddler (who is in the shop with me on Saturdays) had one in his mouth yesterday. That's a
choking hazard, and swallowed magnets are really dangerous. You should warn people or
pack them differently.

Kirsty
""", mua="iphone")

add("en", "safety technical_issue", "-", "-",
    "electric shock from cash drawer casing",
    "Paddy Walsh <paddy.walsh@walsh-hardware.test>", "getting shocks off the cash drawer", """
Hi,

I got an electric shock off the metal casing of the cash drawer this morning when I touched
it and the terminal at the same time. A proper jolt, not static. Two of my staff say it has
happened to them too and they're now scared to use it.

We've switched it off at the wall. What do we do?

Paddy Walsh
Walsh Hardware
""", mua="outlook")

add("en", "broken_promise technical_issue", "-", "-",
    "fix promised for 'next release', two releases later still broken",
    "Sanjay Mehta <sanjay@mehta-pharma.test>", "Discount applied twice - still", """
Hi,

In April you said the fix for the discount button (it applies 10% twice when you tap it
quickly) would be in "the next release". We've had two releases since. It still does it.

Sanjay
""", mua="gmail")

add("en", "broken_promise", "-", "-",
    "'guaranteed' delivery date missed",
    "Bridget Shaw <bridget@shaw-cafe.test>", "Replacement reader - guaranteed by Friday?", """
Hello,

We were told the replacement card reader would be delivered by Friday the 7th, "guaranteed".
Today is the 12th. Nothing has come and the tracking still says "in preparation".

Bridget
""", mua="apple")

add("en", "repeat_contact technical_issue", "-", "-",
    "fourth email; gift cards invalid",
    "Chris Tully <chris.tully@tullys-sports.test>", "gift cards (4th email)", """
this is my fourth email about this.

gift cards bought in store can't be redeemed online - "invalid code" every time, for every
card. customers are coming back angry.

Chris
""", mua="android")

add("en", "high_value_order", "-", "-",
    "GBP 6,200 order delivered to old address and signed by a stranger",
    "Hugh Pemberton <hugh@pemberton-optics.test>", "Order 44172 delivered to wrong address", """
Hello,

Order 44172 (£6,200 inc. VAT - 10 terminals plus stands) was delivered to our OLD address in
Croydon instead of the Brixton address printed on the order confirmation. The courier says it
was signed for by someone called "R. Dean", whom we don't know.

Please tell me what happens now.

Hugh Pemberton
""", mua="outlook")

add("en", "high_value_order", "-", "-",
    "$5,250 order form with wrong legal entity blocks payment",
    "Aisha Bello <aisha.bello@bello-logistics.test>", "Countersigned order form - wrong entity", """
Hi,

We signed the order form for the annual plan ($5,250) two weeks ago. The countersigned copy
we got back lists "Bello Freight Ltd" instead of "Bello Logistics Ltd", and our procurement
team can't release payment or activate anything until it's corrected. I asked about it on
chat last week and nothing happened.

Aisha
""", mua="gmail")

add("en", "billing_dispute high_value_order", "-", "-",
    "paid $48,000 invoice still chased as unpaid",
    "Greg Lawson <greg.lawson@summit-outdoor.test>", "INV-77120 paid but still marked unpaid", """
Hello,

We paid invoice INV-77120 ($48,000.00, annual Enterprise licence) by wire on 2 April. Remittance
advice attached. Your system still shows it as unpaid, and we keep getting dunning emails
threatening suspension. Please correct the account and stop the reminders.

Greg Lawson
Finance, Summit Outdoor
""", mua="outlook", att=[("Remittance_INV-77120.pdf", "application/pdf", pdf("Remittance INV-77120 USD 48000.00 paid 2 April"))])

add("en", "severe_dissatisfaction technical_issue", "-", "-",
    "'I am furious'; ticket closed without reply; tip report wrong",
    "Lorraine Quigley <lorraine@quigleys.test>", "Ticket closed without a reply?!", """
I am furious. You closed my ticket as "resolved" without a single reply to me. The tip report
is STILL splitting tips wrongly between staff - it gives the whole amount to whoever closed
the bill.

Reopen it and actually read it this time.

Lorraine
""", mua="gmail")

add("en", "feature_request", "-", "-",
    "please support Apple Pay on web shop",
    "Dominic Reyes <dominic@reyes-coffee.test>", "Apple Pay on the web shop", """
Hi team,

Please support Apple Pay on the online shop checkout. Most of our customers order from their
phones and the card form is a pain on mobile.

Cheers,
Dominic
""", mua="iphone")

add("en", "feature_request", "-", "-",
    "integration wish",
    "Fran Whitaker <fran@whitaker-studio.test>", "Xero integration?", """
Any chance of a proper Xero integration (invoices AND payments, not just the CSV)? We'd move
our second studio over to you too if that existed.

Fran
""", mua="gmail")

add("en", "billing_dispute legal_threat", "-", "-",
    "small claims over deposit charged twice",
    "Bill Henshaw <bill.henshaw@talktalk.net>", "deposit charged twice", """
You charged my card the GBP 380 deposit TWICE on 2 September and only refunded one of them.
I've asked nicely. If the second 380 isn't back by the end of next week I'll be filing a
claim in the small claims court.

Bill Henshaw
""", mua="thunderbird")

add("en", "cancellation_threat legal_threat technical_issue", "-", "-",
    "'my lawyer will contact you'; ending lease because terminals never worked",
    "Rosa Lindqvist <rosa@lindqvist-spa.test>", "Lease EX-L-2291", """
Dear support,

My lawyer will contact you on Monday regarding the equipment lease, which we are ending
because the three terminals on it have never worked properly (they drop the connection
several times a day and need restarting). Your team says we cannot exit early. We will.

Rosa Lindqvist
""", mua="outlook")

add("en", "billing_dispute legal_threat", "-", "reported",
    "fee never in contract; husband's opinion reported, but customer adopts: 'we will be taking legal action'",
    "Emma Sinclair <emma.sinclair@sinclair-gallery.test>", "Cancellation fee", """
Dear Example,

You have charged us a cancellation fee that was never mentioned in the contract we signed.
My husband, who is a barrister, says this is a clear breach of contract, and I agree with
him: we will be taking legal action unless the fee is withdrawn.

Emma Sinclair
""", mua="apple")

add("en", "corporate_contact_request legal_threat", "-", "-",
    "asks registered office address to send letter before action",
    "Gordon Fraser <gordon.fraser@fraser-signs.test>", "Registered office address", """
Please send me the full address of your registered office and the name of your company
secretary. I will be sending a letter before action regarding the unpaid commission under
our referral agreement.

G. Fraser
""", mua="outlook")

add("en", "executive_contact technical_issue", "-", "-",
    "will message CEO on LinkedIn; sync broken",
    "Zoe Chambers <zoe@chambers-kitchenware.test>", "stock sync", """
Stock levels stopped syncing between the web shop and the tills on Thursday. We've now sold
the same last-in-stock items twice online. Your team keeps saying "we're investigating".

I'm going to message your CEO on LinkedIn this afternoon, maybe that gets things moving.

Zoe
""", mua="gmail")

add("en", "billing_dispute executive_contact severe_dissatisfaction", "-", "-",
    "already forwarded complaint to CEO's office; 'a disgrace'; moved to pricier plan without consent",
    "Harold Beckett <harold.beckett@beckett-estates.test>", "Your treatment of a 9-year customer", """
Dear Sir or Madam,

After nine years as a customer, being told by your agent that my complaint "isn't a priority"
is frankly a disgrace. I have already forwarded the full correspondence to your CEO's office
this morning.

The complaint itself, for the record, is that my account was moved to a more expensive plan
without my consent.

H. Beckett
""", mua="outlook")

# ---------------------------------------------------------------- English, traps (no trigger)
add("en", "-", "-", "title",
    "sender is office manager; plain how-to",
    "Wendy Harper <wendy.harper@harper-dental.test>", "Adding a new user", """
Hi,

I’m the office manager at Harper Dental and I’ve just taken over the Example account from
my predecessor. How do I add our new receptionist as a user with access to the diary but not
to the reports?

Thanks,
Wendy Harper
Office Manager
Harper Dental Practice
""", mua="outlook", cs="windows-1252", cte="quoted-printable")

add("en", "-", "-", "title",
    "Head of Legal asks for the DPA document (explicitly not a regulatory trigger)",
    "Marianne Cole <m.cole@westbrook-clinics.test>", "DPA for signature", """
Dear Example team,

As part of our annual supplier review, could you please send us your Data Processing
Agreement (DPA) for signature, together with your current list of sub-processors?

Kind regards,

Marianne Cole
Head of Legal & Compliance
Westbrook Clinics Ltd
""", mua="outlook", fmt="alt")

add("en", "-", "-", "title",
    "'Password Manager' as a product; setup question",
    "Kofi Mensah <kofi@mensah-architects.test>", "Password manager / SSO", """
Hi,

We're rolling out Bitwarden as our company Password Manager next month. Do you support SSO
(we're on Google Workspace), or should staff just store their Example passwords in the
vault? Any recommended setup would be appreciated.

Kofi Mensah
Manager of IT, Mensah Architects
""", mua="gmail")

add("en", "-", "-", "title",
    "existing account manager mentioned; pricing question",
    "Beth Lawrie <beth@lawrie-bakehouse.test>", "Loyalty module pricing", """
Hi,

Our account manager Lisa mentioned at the last review that there's a new loyalty module.
Could you send me the pricing for two sites? No rush.

Beth
""", mua="apple")

add("en", "-", "-", "title",
    "Manager of IT asks IP ranges to whitelist",
    "Alan Whitmore <a.whitmore@kingsgate-college.test>", "IP ranges for firewall", """
Hello,

Please send the IP ranges / hostnames we need to allow through our firewall for the card
terminals in the campus cafe. Our network blocks outbound traffic by default.

Regards,

Alan Whitmore
Manager of IT Infrastructure
Kingsgate College
""", mua="outlook")

add("en", "-", "-", "title",
    "customer's own job title is 'Escalations Manager'; sales enquiry",
    "Leanne Fox <leanne.fox@brightcall-centre.test>", "Canteen tills", """
Hi there,

I'm the Escalations Manager at a call centre in Sunderland (about 400 staff) and I've been
asked to look at replacing the tills in our staff canteen. Do you offer a cashless setup
with staff-ID cards? Could someone from sales give me a ring?

Leanne Fox
Escalations Manager | BrightCall Centre
""", mua="outlook")

add("en", "-", "-", "innocuous",
    "their own CEO needs a report; how-to export",
    "Ravi Shankar <ravi@shankar-foods.test>", "Full-year sales export", """
Hi,

Our CEO needs the full 2024 sales report by Friday for the board pack. How do I export the
whole year in one go? The reports page only seems to let me pick one month at a time.

Ravi
""", mua="gmail")

add("en", "-", "-", "title",
    "SVP title in signature; board approved upgrade; quote request",
    "Charlotte Nwosu <c.nwosu@meridian-hotels.test>", "Quote for 40 seats", """
Hello,

Our board approved the upgrade yesterday. Please send a quote for 40 seats on the Business
plan, billed annually, to the address below.

Best,
Charlotte Nwosu
Senior Vice President, Operations
Meridian Hotels Group
""", mua="outlook", fmt="alt")

add("en", "-", "-", "quoted",
    "own earlier angry mail (cancel, sue) only in > quote; now resolved",
    "Phil Gardner <phil.gardner@gardner-cycles.test>", "Re: REFUND NOW", """
Ignore my last email - the refund arrived this morning. Sorry for the tone, it had been a long
week.

Phil

On 14/03/2025 21:47, Phil Gardner wrote:
> Three weeks and still no refund for the returned reader. This is absolutely unacceptable.
> If the money isn't in my account by Monday I'll cancel everything and sue you for the
> lost sales. I've emailed you four times now.
""", mua="thunderbird", reply=True)

add("en", "-", "-", "quoted",
    "agent's 'escalated to my manager' / outage only in 'On ... wrote:' block; thanks",
    "Siobhan Kelly <siobhan.kelly@kellys-pub.test>", "Re: Terminals offline - Ticket #61832", """
Great, thanks for the update!

Siobhan

On Tue, 4 Mar 2025 at 10:12, Example Support <support@example.test> wrote:
> Hi Siobhan,
>
> I'm sorry about this morning's outage. I've escalated your case to my manager and to our
> engineering team, and all terminals should be back online now. If anything still fails,
> reply to this email and we'll call you straight away.
>
> Best regards,
> Daniel
> Example Support
""", mua="gmail", reply=True, fmt="alt")

add("en", "-", "-", "quoted",
    "colleague's rant (press, unacceptable) in Outlook header block; customer disowns it",
    "Natalie Brooks <natalie.brooks@brooks-lettings.test>", "FW: Example invoice", """
Hi,

Please ignore my colleague’s message below, he sent it before we found the invoice in our
spam folder. All sorted on our side – could you just confirm the March invoice has been
marked as paid?

Thanks,
Natalie

From: Jamie Brooks <jamie.brooks@brooks-lettings.test>
Sent: 02 April 2025 09:14
To: support@example.test
Cc: Natalie Brooks <natalie.brooks@brooks-lettings.test>
Subject: Example invoice

This is unacceptable. We never got the March invoice and now you’re charging a late fee.
If this isn’t fixed today I’ll take it to the local paper.
""", mua="outlook", cs="windows-1252", cte="quoted-printable")

add("en", "-", "-", "quoted",
    "own earlier 'data is gone' only in -----Original Message----- block; found it",
    "Stuart Kemp <stuart.kemp@kemp-motorparts.test>", "RE: all my customer records are missing", """
Found them - the list was filtered to one location. All 3,400 records are there.
Sorry for the panic and thanks for the quick reply.

Stuart

-----Original Message-----
From: Stuart Kemp <stuart.kemp@kemp-motorparts.test>
Sent: Thursday, May 8, 2025 4:51 PM
To: support@example.test
Subject: all my customer records are missing

HELP - all my customer records are missing!! The customer list shows 12 people, we had over
3,000. Everything is gone. This is a disaster.
""", mua="outlook")

add("en", "-", "-", "quoted",
    "forwarded accountant mail alleging double charge; customer checked, not a double charge",
    "Deborah Ince <debbie@ince-catering.test>", "Fwd: Example invoices", """
Hi,

Our accountant flagged the below, but I've checked and they're two different months, so
nothing's wrong. While I have you: could you add our new VAT number (GB 123 4567 89) to
future invoices?

Thanks,
Debbie

---------- Forwarded message ---------
From: Keith Arden <keith@arden-accounts.test>
Date: Mon, 9 Jun 2025 at 11:02
Subject: Example invoices
To: Debbie Ince <debbie@ince-catering.test>

Debbie, the two Example invoices in May look like a double charge to me. I'd dispute them
and ask for a refund if I were you.

Keith
""", mua="gmail")

add("en", "-", "-", "quoted",
    "HTML reply; own earlier 'third time', supervisor request only inside <blockquote>",
    "Gary Mills <gary.mills@millsandson.test>", "Re: Re: Re: export button", """
Perfect, that works now. Thank you Amira!

Gary

On 21 Jan 2025, at 09:33, Example Support <support@example.test> wrote:
> Hi Gary, could you try the export again? We deployed a fix this morning.
>
> On 20 Jan 2025, at 17:05, Gary Mills wrote:
>> This is the third time I'm writing about the export button. I want a supervisor to
>> call me tomorrow. It still does nothing when I click it.
""", mua="apple", fmt="html", reply=True)

add("en", "-", "-", "quoted",
    "agent promised callback in quote; customer confirms it happened",
    "Tanya Reid <tanya.reid@reid-beauty.test>", "Re: Call back re: payouts", """
Spoke to Jenny this morning, all sorted, thanks! She was great.

Tanya

On Wed, 11 Jun 2025, 16:20 Example Support, <support@example.test> wrote:

> Hi Tanya,
>
> Thanks for your patience. Jenny from our payments team will call you tomorrow
> morning about the delayed payouts. We promise it will be first thing.
>
> Example Support
""", mua="gmail", reply=True)

add("en", "-", "-", "quoted",
    "deep nested thread: triggers only at >> and >>> levels",
    "Oliver Grant <oliver.grant@grant-wines.test>", "Re: Re: Re: Re: Migration weekend", """
All good from our side - go ahead with Saturday as planned.

Oliver

> On 3 Oct 2025, Example Support wrote:
> Hi Oliver, thanks. We'll migrate the account on Saturday 11th between 6 and 8am.
>
>> On 2 Oct 2025, Oliver Grant wrote:
>> OK, as long as nothing gets lost this time.
>>
>>> On 1 Oct 2025, Example Support wrote:
>>> Sorry again about the previous attempt, where part of your product data was deleted
>>> and had to be restored from backup, and for the outage that caused. Our CEO has asked
>>> us to personally oversee the new migration.
""", mua="thunderbird", reply=True)

add("en", "-", "-", "quoted",
    "attached message/rfc822 from their own client threatening them; customer asks how-to refund",
    "Lily Chen <lily@lotus-nails.test>", "How to do a partial refund", """
Hi,

How do I refund a client partially through the app? One of our clients is unhappy with her
treatment (her email is attached) and I'd like to refund half of her 60 GBP.

Thanks!
Lily
Lotus Nails
""", mua="iphone", att=[("Re: my appointment.eml", "message/rfc822",
    "From: Karen Doyle <karen.d1987@hotmail.co.uk>\nTo: Lotus Nails <lily@lotus-nails.test>\n"
    "Subject: Re: my appointment\nDate: Sat, 12 Jul 2025 18:20:41 +0100\nMessage-ID: <ab91.7711@hotmail.co.uk>\n"
    "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\nMy nails chipped within two days. "
    "This is the worst service I have ever had. Refund me or I will sue you and leave a review "
    "everywhere.\n\nKaren\n")])

add("en", "-", "-", "signature",
    "legal disclaimer in signature; invoice copy request",
    "Simon Drake <simon.drake@drake-partners.test>", "Invoice copy please", """
Hi,

Could you send me last month's invoice as a PDF? I can't find it in the portal.

Thanks,
Simon

--
Simon Drake | Finance Assistant | Drake & Partners LLP
This e-mail and any attachments are confidential and may be legally privileged. If you have
received it in error, please notify the sender immediately and delete it. Any unauthorised
use, disclosure or copying is prohibited and may result in legal action. Drake & Partners
LLP accepts no liability for viruses transmitted by this e-mail.
""", mua="outlook")

add("en", "-", "-", "signature",
    "fire-safety company signature; how-to question",
    "Jack Turnbull <jack@blaze-fireprotection.test>", "Second location", """
Morning,

How do I add a second location to our account? We've opened a branch office in Hull and the
engineers there need their own till for parts sales.

Cheers,
Jack

Jack Turnbull
Fire Safety Officer
Blaze Fire Protection Ltd - Fire alarms, extinguishers, smoke detection
"Your safety is our business"
""", mua="gmail")

add("en", "-", "-", "signature",
    "GDPR notice and DPO address in signature; how-to",
    "Ines Carvalho <ines.carvalho@carvalho-travel.test>", "Changing the receipt footer", """
Hello,

Where can I change the text printed at the bottom of receipts? We'd like to add our opening
hours.

Kind regards,
Ines

--
Carvalho Travel Ltd
GDPR notice: we process personal data in accordance with the UK GDPR and the Data Protection
Act 2018. To exercise your rights or to report a data breach, contact our Data Protection
Officer at dpo@carvalho-travel.test. You may also lodge a complaint with the ICO.
""", mua="roundcube")

add("en", "-", "-", "signature",
    "law firm signature (solicitors, litigation, regulated); add users",
    "Amelia Hartley <a.hartley@hartley-webb.test>", "Two new users", """
Dear Example,

Please add two new users to our account: Tom Webb (t.webb@hartley-webb.test) and Priya Shah
(p.shah@hartley-webb.test), both with standard permissions.

Many thanks,

Amelia Hartley
Practice Administrator
Hartley & Webb Solicitors | Litigation · Employment · Commercial Disputes
Authorised and regulated by the Solicitors Regulation Authority (SRA no. 000000)
""", mua="outlook", fmt="alt")

add("en", "-", "-", "signature",
    "anti-phishing security notice in signature; thank-you mail",
    "Hamid Farouk <hamid@farouk-pharmacy.test>", "Thanks!", """
Just wanted to say thanks to Chris on the phone yesterday, he set up the new printer with me
in ten minutes.

Hamid

--
Farouk Pharmacy
SECURITY NOTICE: We will never ask for your password or card details by email. If you receive
a suspicious email claiming to be from us, do not click any links and report it as phishing.
""", mua="gmail")

add("en", "-", "-", "negation",
    "'not planning to cancel'; downgrade how-to",
    "Megan Price <megan@priceless-icecream.test>", "Winter plan", """
Hi,

I'm not planning to cancel - we're an ice cream parlour and the winter months are quiet, so I'd
just like to downgrade to the Starter plan from November to March. How do I do that, and will
my settings be kept?

Megan
""", mua="iphone")

add("en", "-", "-", "negation",
    "'no data was lost' follow-up",
    "Rupert Lang <rupert.lang@lang-antiques.test>", "Re: import stuck", """
Hi Sam,

Just to close the loop: the import finished overnight and no data was lost in the end, it
simply took longer than expected with 9,000 items. Thanks for your patience with me.

Rupert
""", mua="apple", reply=True)

add("en", "-", "-", "negation",
    "'nobody is threatening anything'; price-increase question",
    "Joanne Fisher <joanne.fisher@fisher-opticians.test>", "Price increase question", """
Hello,

Nobody is threatening anything here, I just want to understand why our subscription went up
by 8% this year. Was there an announcement I missed? A short explanation would be fine.

Joanne
""", mua="outlook")

add("en", "-", "-", "negation",
    "'no need to escalate'; currency symbol how-to",
    "Peter Novak <peter.novak@novak-imports.test>", "Currency on quotes", """
No need to escalate this, it's not urgent at all - when someone has a minute, how do I change
the currency symbol on quotes to EUR for our Irish customers?

Thanks,
Peter
""", mua="thunderbird")

add("en", "-", "-", "negation",
    "migration went smoothly, no outage experienced",
    "Claire Dunn <claire.dunn@dunn-vets.test>", "Migration feedback", """
Hi all,

Just some feedback: we did not experience any outage during the migration on Sunday,
everything went smoothly and the staff didn't even notice. Thank you - great job.

Claire Dunn
""", mua="outlook", fmt="html")

add("en", "-", "-", "negation",
    "not unhappy, not going to leave a bad review; how to reply to reviews in app",
    "Tom Byrne <tom@byrnes-fishbar.test>", "Replying to reviews", """
Hi - I'm not unhappy at all and definitely not going to leave you a bad review :) I just
wanted to check how I reply to customer reviews from inside the app? The new reviews tab only
lets me read them.

Tom
""", mua="android")

add("en", "-", "-", "negation",
    "'login isn't down', forgot password",
    "Agnes Wright <agnes.wright@btinternet.com>", "password", """
The login isn't down, I just forgot my password and the reset email goes to my old address
that I don't use any more. How do I reset it as the account owner?

Agnes Wright
""", mua="yahoo")

add("en", "-", "-", "negation",
    "'no security problem', 2FA how-to",
    "Dev Malhotra <dev@malhotra-electrics.test>", "2FA for staff", """
Hi, there's no security problem, nothing happened - I just want to turn on two-factor
authentication for all my staff accounts. Where's the setting?

Dev
""", mua="gmail")

add("en", "-", "-", "negation",
    "'won't be needing a lawyer' joke; contract renewal date",
    "Fergus Lyle <fergus@lyle-distillery.test>", "renewal date", """
Hi, quick one: when exactly does our contract renew? I won't be needing a lawyer to read the
small print, I hope :) - just need the date for our budget.

Fergus
""", mua="gmail")

add("en", "-", "-", "policy_question",
    "what happens to my data if I cancel",
    "Annabel Frost <annabel.frost@frost-studio.test>", "Data retention question", """
Hello,

What happens to my data if I cancel? Do you keep it for a while in case I come back, or is it
deleted immediately? And can I download everything first?

Annabel
""", mua="apple")

add("en", "-", "-", "policy_question",
    "asks if there is an escalation process (due diligence)",
    "Martin Osei <martin.osei@osei-group.test>", "Support process - due diligence", """
Dear Example team,

We're evaluating Example for our 14 restaurants and doing due diligence on support. Do you
have a process for escalating urgent issues, and what are the response times at each level?
Is there a named contact for enterprise customers?

Regards,
Martin Osei
Group Operations Director
""", mua="outlook", fmt="alt")

add("en", "-", "-", "policy_question",
    "refund policy for annual plan downgrade",
    "Lucy Hammond <lucy.hammond@hammond-bikes.test>", "annual plan refund policy", """
Hi, what is your refund policy for annual plans if we decide to downgrade halfway through the
year? Do we get the difference back or a credit?

Lucy
""", mua="gmail")

add("en", "-", "-", "policy_question",
    "could I cancel later, minimum term",
    "Sam Okoro <sam.okoro@okoro-barbers.test>", "minimum term?", """
Before I sign up: would I be able to cancel later if I wanted to? Is there a minimum term or a
notice period?

Sam
""", mua="iphone")

add("en", "-", "-", "policy_question",
    "SLA / uptime guarantee question",
    "Heather Muir <heather.muir@muir-retail.test>", "SLA", """
Hi,

Do you offer an SLA for outages on the Business plan? What's your uptime guarantee, and how
are credits calculated if it's missed?

Heather Muir
IT Manager, Muir Retail
""", mua="outlook")

add("en", "-", "-", "policy_question",
    "is the product GDPR compliant + DPA request",
    "Pieter de Wit <pieter@dewit-consultancy.test>", "GDPR compliance", """
Hello,

Is your platform GDPR compliant, and where is our data hosted? Could you also send your
standard DPA? We need both for our records before we go live.

Thanks,
Pieter de Wit
""", mua="thunderbird")

add("en", "-", "-", "policy_question",
    "how not to lose data when upgrading hardware",
    "Rosie Clarke <rosie@clarke-teas.test>", "upgrading T1 to T2", """
Hi! We're upgrading from the old T1 terminals to the T2. How do I make sure I don't lose any
data when I swap them over? Sales history, tips, the lot.

Rosie
""", mua="iphone")

add("en", "-", "-", "policy_question",
    "security questionnaire / SOC 2",
    "Ahmed Yilmaz <ahmed.yilmaz@yilmaz-health.test>", "Security questionnaire", """
Good morning,

Our procurement requires a completed security questionnaire from every new supplier. Do you
have a SOC 2 report or similar that you can share under NDA? I can also send our
questionnaire if that's easier.

Ahmed Yilmaz
Information Security Officer
""", mua="outlook", fmt="alt")

add("en", "-", "-", "policy_question",
    "how chargebacks from their own customers work",
    "Kerry-Ann Blake <kerryann@blake-boutique.test>", "Chargebacks - how does it work", """
Hi,

If one of MY customers disputes a card payment with their bank (a chargeback), how does that
work on your side? Do you take the money straight from my payout? Just want to understand the
process before the Christmas rush.

Kerry-Ann
""", mua="gmail")

add("en", "-", "-", "policy_question",
    "neutral procedural order cancellation, wrong size",
    "Ben Foster <ben.foster@foster-cafe.test>", "cancel order 4471", """
Hi, how do I cancel order #4471? I ordered the wrong size stand (10 inch, I need the 13 inch).
Happy to reorder the right one.

Ben
""", mua="gmail")

add("en", "-", "-", "policy_question",
    "asks whether CSV export exists (not a feature request)",
    "Nina Petrakis <nina@petrakis-deli.test>", "export?", """
can I export my customer list to CSV? or excel? couldn't see a button
""", mua="iphone")

add("en", "-", "-", "policy_question",
    "safety certification question from insurer",
    "Graham Tate <graham.tate@tate-hardware.test>", "Certification of receipt printer", """
Hello,

Our insurer has asked whether the ExamplePrint P3 receipt printer carries CE/UKCA marking and
any electrical safety certification. Could you send the declaration of conformity?

Graham Tate
""", mua="outlook")

add("en", "-", "-", "policy_question",
    "large future order, no problem",
    "Sophia Laurent <sophia.laurent@laurent-hotels.test>", "Invoicing large order", """
Hi,

We might place an order of around $30,000 next quarter for our new hotel (terminals, printers
and stands). Can you invoice on 30-day terms for that amount, or is prepayment required?

Sophia Laurent
Procurement
""", mua="outlook")

add("en", "-", "-", "policy_question",
    "'is my data safe' if iPad stolen - data-safety question",
    "Eddie Booth <eddie.booth@booth-records.test>", "stolen ipad?", """
Quick question - is my data safe if one of the shop iPads gets stolen? Can I log it out
remotely?

Eddie
""", mua="android")

add("en", "-", "-", "reported",
    "colleague joked about suing over font; how-to",
    "Hazel Morgan <hazel@morgan-printshop.test>", "receipt font", """
Hi!

My colleague joked that we should sue you over the new receipt font, haha. It is a bit thin
though. Can we change the receipt font back to the bold one in settings somewhere?

Hazel
""", mua="gmail")

add("en", "-", "-", "reported",
    "their customer says she was charged twice at their shop; how to check",
    "Aaron Fields <aaron@fields-florist.test>", "checking a customer's payment", """
Hi,

A customer of mine told me today that her card was charged twice at my shop on Saturday. How
do I check in the app whether that's true, and how do I refund her if it is?

Aaron
""", mua="gmail")

add("en", "-", "-", "reported",
    "accountant suggested threatening to cancel; customer happy, asks for discount",
    "Yasmin Ali <yasmin.ali@ali-textiles.test>", "Annual billing discount?", """
Hello,

My accountant said I should threaten to cancel to get a discount, but honestly we're happy
with you and I'd rather just ask: do you offer a discount for annual billing?

Yasmin
""", mua="outlook")

add("en", "-", "-", "reported",
    "read on Reddit about a hacked account; asks how to check logins",
    "Connor Boyle <connor.boyle@gmail.com>", "check who has logged in?", """
Hey, I read on Reddit that someone's account got hacked. Nothing's happened to mine, but how
do I check who has logged into my account and from where?

Connor
""", mua="gmail")

add("en", "-", "-", "reported",
    "neighbour's shop said system was down; theirs fine",
    "Maureen Kerr <maureen@kerr-newsagent.test>", "Saturday", """
Hello,

The shop next door said your system was down last Saturday, but ours worked fine all day.
Is there anything we should update so we're not caught out next time?

Maureen
""", mua="outlook")

add("en", "-", "-", "innocuous",
    "'fire up' a new till",
    "Josh Patel <josh@patel-coffee.test>", "second till", """
what's the quickest way to fire up a second till on another iPad? same menu, same staff.
""", mua="iphone")

add("en", "-", "-", "innocuous",
    "'killing it' praise",
    "Bella Romano <bella@romano-pizzeria.test>", "Upsell prompts = amazing", """
Just wanted to say your new upsell prompts are killing it - garlic bread sales up 20% since
we switched them on. Thanks team!

Bella
""", mua="iphone", fmt="html", entities=True)

add("en", "-", "-", "innocuous",
    "'crash course' training request",
    "Colin Marsh <colin@marsh-hardware.test>", "Training for new staff", """
Hi,

Do you run a crash course or a training webinar for new staff? We've hired four people for
the summer and I'd rather they learnt the till properly.

Colin
""", mua="outlook")

add("en", "-", "-", "innocuous",
    "'a steal' - wants annual plan",
    "Rita Gomez <rita.gomez@gomez-salsa.test>", "Switch to annual", """
The annual plan is a steal at that price - we'd like to switch from monthly. How do we do it,
and does the discount apply straight away?

Rita
""", mua="gmail")

add("en", "-", "-", "innocuous",
    "'security settings page' navigation question",
    "Howard Lin <howard.lin@lin-accounting.test>", "auto-logout", """
Where on the security settings page do I change the auto-logout time? Staff want 30 minutes
instead of 10.

Howard
""", mua="outlook")

add("en", "-", "-", "innocuous",
    "'Sue' as a colleague's name",
    "Derek Hollis <derek@hollis-garden.test>", "New admin - Sue", """
Hi,

Sue from our Chester branch will be the main contact from now on. Please add her as an admin:
sue.patel@hollis-garden.test. Sue will sort out the rota and the stock, so she needs the lot.

Thanks,
Derek
""", mua="gmail")

add("en", "-", "-", "innocuous",
    "past announced outage is fine now, thanks",
    "Ursula Kent <ursula@kent-bookshop.test>", "closing the loop", """
Just closing the loop: the outage you announced last month is fine now, thanks. Our reports
caught up overnight and the numbers match the bank.

Ursula
""", mua="apple")

add("en", "-", "-", "innocuous",
    "'furious rush' (busy), tills held up",
    "Niall Byrne <niall@byrnes-steakhouse.test>", "What a weekend", """
We had a furious rush this weekend - 600 covers on Saturday alone - and the tills held up
brilliantly. No freezes, nothing. Just wanted you to know.

Niall
""", mua="gmail")

add("en", "-", "-", "innocuous",
    "Burns Night set menu; 'smoked' modifier",
    "Morag Stewart <morag@stewart-inn.test>", "Burns Night menu", """
Hello,

We're doing a Burns Night supper on the 25th. How do I set up a fixed-price set menu with a
choice of smoked salmon or haggis bon bons as the starter?

Morag
""", mua="outlook")

add("en", "-", "-", "innocuous",
    "'executive chef' + allergens how-to",
    "Julien Martin <julien@martin-bistro.test>", "allergen modifiers", """
Hi,

Our executive chef wants to set up allergen modifiers (gluten, nuts, dairy) that print in
bold on the kitchen ticket. How do I do that?

Julien
""", mua="apple")

add("en", "-", "-", "innocuous",
    "'hacks' for faster stock takes",
    "Imogen Reid <imogen@reid-wool.test>", "stock take hacks?", """
Any hacks for speeding up stock takes? We do it monthly and it takes two of us a whole Sunday.

Imogen
""", mua="gmail")

add("en", "-", "-", "innocuous",
    "saw ad on social media; interested",
    "Kwame Asante <kwame@asante-foods.test>", "Saw your ad", """
Hi, I saw your ad on Instagram and I'm interested in the T2 terminal for my food truck. Does
it work on mobile data?

Kwame
""", mua="iphone")

add("en", "-", "-", "other",
    "wants a human, not a bot - not a manager request",
    "Doreen Platt <doreen.platt@btinternet.com>", "real person please", """
Hello, I'd like to talk to a real person please, not the chat bot. I don't understand how to
print a copy receipt and the bot keeps sending me links.

Doreen
""", mua="yahoo")

add("en", "-", "-", "other",
    "explicitly only the second email (two contacts); invoice copy",
    "Brian Lowry <brian.lowry@lowry-plumbing.test>", "Re: invoice copy (2nd email)", """
Hi, this is my second email about this - could someone send me a copy of invoice
EX-55190? I need it for my tax return by the end of the week. Thanks!

Brian
""", mua="outlook", reply=True)

add("en", "-", "-", "other",
    "big order ($20,000) with no problem - thank-you",
    "Valerie Knox <valerie.knox@knox-cinemas.test>", "Order 90211 arrived", """
Hi all,

Just to let you know our $20,000 order (order 90211, 30 terminals for the three cinemas)
arrived this morning, all boxes complete and undamaged. Thanks for the quick turnaround!

Valerie Knox
""", mua="outlook", fmt="alt")

add("en", "-", "-", "other",
    "problem with a $4,999.00 order - at/below threshold, not high value",
    "Carl Jenner <carl@jenner-gym.test>", "Order 58000 - one stand missing", """
Hello,

Order #58000 ($4,999.00) arrived yesterday but one of the ten floor stands is missing from
the delivery. The packing slip lists ten. Could you send the missing one?

Carl
""", mua="gmail")

add("en", "-", "-", "other",
    "mild disappointment only",
    "Pauline Grey <pauline.grey@grey-haberdashery.test>", "keyboard shortcuts", """
Hello,

I'm a little disappointed that the new version no longer has the F-key shortcuts, I'd got
quite used to them. But I'll get used to the new buttons. Is there a printable guide for the
new layout?

Pauline
""", mua="thunderbird")

add("en", "-", "-", "other",
    "customer's own future-tense promise to pay",
    "Gavin Stokes <gavin@stokes-joinery.test>", "Overdue invoice", """
Hi,

Sorry about the overdue invoice, we had a cash-flow hiccup. I promise to pay it in full by
Friday. Please don't suspend the account in the meantime.

Gavin
""", mua="android")

add("en", "-", "-", "-",
    "plain thank-you reply to desk ticket (References to escalated.example.test, not self)",
    "Pat Sullivan <pat.sullivan@sullivan-hardware.test>", "Re: [Ticket #71204] New printer setup", """
Thank you, all working now. Have a good weekend!

Pat
""", mua="iphone", reply=True)

add("en", "-", "-", "-",
    "plain how-to",
    "Lauren Webb <lauren.webb@webb-gifts.test>", "gift wrapping option", """
Hello,

How do I add a "gift wrapping" option to items in the online shop? It should add 3.50 to the
order.

Thanks,
Lauren
""", mua="gmail")

add("en", "-", "-", "-",
    "plain how-to, HTML-only",
    "Ronan Keane <ronan@keane-guitars.test>", "Staff discount", """
Hi there,

Is it possible to set up a 15% staff discount that only managers can apply at the till? If so,
how?

Ronan
""", mua="outlook", fmt="html")

# ---------------------------------------------------------------- German
add("de", "billing_dispute legal_threat", "-", "-",
    "doppelte Abbuchung; bedingte Drohung: Anwalt einschalten",
    "Jürgen Weißmann <j.weissmann@web.de>", "Doppelte Abbuchung Juni", """
Sehr geehrte Damen und Herren,

Sie haben am 01.06. die Monatsgebühr von 59,00 EUR zweimal von unserem Konto abgebucht.
Ich habe das bereits am Telefon gemeldet.

Wenn die Gutschrift nicht bis Freitag auf unserem Konto ist, schalte ich meinen Anwalt ein.

Mit freundlichen Grüßen
Jürgen Weißmann
Bäckerei Weißmann
""", mua="webde", cs="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1")

add("de", "legal_threat severe_dissatisfaction technical_issue", "-", "-",
    "Bondrucker druckt keine Umlaute; 'Unverschämtheit'; rechtliche Schritte angekündigt",
    "Sabine Krüger <sabine.krueger@krueger-moden.test>", "Bondrucker druckt nur noch Fragezeichen", """
Guten Tag,

seit Ihrem Update vom Dienstag druckt unser Bondrucker keine Umlaute mehr – aus „Größe“ wird
„Gr??e“, aus „Übergröße“ „?bergr??e“. Unsere Kundinnen halten uns für unseriös.

Dass wir seit vier Tagen nur Textbausteine bekommen, ist eine absolute Unverschämtheit.
Wir werden rechtliche Schritte einleiten, wenn der Fehler nicht bis Montag behoben ist.

Sabine Krüger
Krüger Moden GmbH
""", mua="outlook", cs="windows-1252", cte="quoted-printable")

add("de", "billing_dispute regulatory", "-", "-",
    "nach Kündigung weiter abgebucht; hat sich an die Verbraucherzentrale gewandt",
    "Monika Haas <monika.haas@gmx.de>", "Abbuchung trotz Kündigung", """
Hallo,

ich habe mein Abo zum 31.03. fristgerecht gekündigt (Bestätigung vom 12.02. liegt mir vor).
Trotzdem haben Sie im April und Mai jeweils 29 Euro abgebucht.

Ich habe mich deswegen bereits an die Verbraucherzentrale gewandt. Bitte erstatten Sie die
beiden Beträge umgehend.

Monika Haas
""", mua="ox", cte="base64")

add("de", "regulatory repeat_contact", "-", "-",
    "Auskunftsersuchen Art. 15 DSGVO; zweimal nachgefragt (3. Kontakt); Beschwerde beim Datenschutzbeauftragten",
    "Dr. Felix Brandt <felix.brandt@t-online.de>", "Auskunftsersuchen nach Art. 15 DSGVO", """
Sehr geehrte Damen und Herren,

am 14. Februar habe ich Auskunft über die zu meiner Person gespeicherten Daten nach Art. 15
DSGVO verlangt. Ich habe seitdem zweimal schriftlich nachgefragt und keine Antwort erhalten.
Die Monatsfrist ist lange abgelaufen.

Ich werde daher Beschwerde beim Landesbeauftragten für Datenschutz einlegen.

Mit freundlichen Grüßen
Dr. Felix Brandt
""", mua="thunderbird", cte="8bit")

add("de", "manager_request technical_issue", "-", "-",
    "Vorgesetzten sprechen; Terminal bricht mit Fehler 51 ab",
    "Ali Yilmaz <ali.yilmaz@yilmaz-grill.test>", "Terminal Fehler 51 - bitte Vorgesetzten", """
Hallo,

unser Terminal bricht seit Samstag etwa jede dritte Kartenzahlung mit "Fehler 51 -
Verbindung abgebrochen" ab. Ihr Mitarbeiter am Telefon konnte mir nicht helfen.

Ich möchte bitte mit Ihrem Vorgesetzten sprechen. Meine Nummer: 0151 23456789.

Ali Yilmaz
Yilmaz Grill
""", mua="android")

add("de", "cancellation_threat technical_issue", "-", "-",
    "Kündigung angedroht, wenn Sync-Fehler bleibt",
    "Katrin Vogel <k.vogel@vogel-buchhandlung.test>", "Synchronisation Webshop", """
Guten Tag,

die Bestände zwischen Webshop und Kasse werden seit Wochen nicht mehr synchronisiert, wir
verkaufen online Bücher, die längst weg sind. Wenn das bis Monatsende nicht behoben ist,
kündige ich den Vertrag.

Viele Grüße
Katrin Vogel
""", mua="thunderbird", cte="quoted-printable")

add("de", "data_loss technical_issue", "-", "-",
    "Kundendaten der Filiale nach Update weg",
    "Thomas Becker <thomas.becker@becker-optik.test>", "Kundendaten Filiale Köln verschwunden", """
Hallo Support,

seit dem Update gestern Abend sind in der Filiale Köln alle Kundendaten weg – Sehwerte,
Brillenpässe, Adressen. Die Kundenliste ist einfach leer. In Bonn ist alles noch da.

Bitte stellen Sie die Daten wieder her, wir haben heute 20 Termine.

Thomas Becker
Becker Optik
""", mua="outlook", cs="windows-1252", cte="quoted-printable", fmt="alt")

add("de", "outage technical_issue", "-", "-",
    "alles down seit 9 Uhr, alle Filialen",
    "Petra Schulz <petra.schulz@schulz-baeckerei.test>", "Geht gar nichts mehr!!", """
Seit 9 Uhr geht gar nichts mehr: weder die Webseite noch die App, überall nur "Dienst nicht
erreichbar". Alle drei Filialen sind betroffen, wir können nur noch bar kassieren.

Wann geht es wieder?

Petra Schulz
""", mua="iphone")

add("de", "security_incident", "-", "-",
    "unbekannte Admin-Benutzer angelegt",
    "Markus Hoffmann <m.hoffmann@hoffmann-elektro.test>", "Unbekannte Admin-Benutzer in unserem Konto", """
Guten Morgen,

in unserem Konto wurden heute Nacht um 02:40 zwei neue Admin-Benutzer angelegt ("service01"
und "support-team"), die niemand von uns kennt. Einer davon hat die Auszahlungs-IBAN
geändert. Wir haben beide gesperrt und die IBAN zurückgesetzt.

Bitte prüfen Sie sofort, wie das passieren konnte.

Markus Hoffmann
Hoffmann Elektrotechnik GmbH
""", mua="outlook")

add("de", "billing_dispute broken_promise repeat_contact", "-", "-",
    "zum dritten Mal; Rückruf zugesagt, nicht erfolgt; zu viele Lizenzen berechnet",
    "Andrea Lang <andrea.lang@lang-steuerberatung.test>", "Rechnung 2025-0412 - dritte Nachricht", """
Sehr geehrte Damen und Herren,

ich schreibe Ihnen nun zum dritten Mal wegen der Rechnung 2025-0412. Sie berechnet uns 8
Lizenzen, wir haben 5. Am 2. Mai wurde mir telefonisch ein Rückruf innerhalb von zwei Tagen
zugesagt. Es hat niemand angerufen.

Bitte korrigieren Sie die Rechnung.

Andrea Lang
Steuerberatung Lang
""", mua="outlook", cs="windows-1252", cte="8bit")

add("de", "high_value_order", "-", "-",
    "Rechnung 8.400,00 €, 12 Geräte fehlen",
    "Stefan Wolf <stefan.wolf@wolf-gastro.test>", "Lieferung unvollständig - Rechnung 8.400,00 €", """
Guten Tag,

zu Ihrer Rechnung RE-20931 über 8.400,00 € (30 Terminals) wurden nur 18 Geräte geliefert. Die
restlichen 12 fehlen, der Lieferschein führt aber alle 30 auf.

Bitte klären Sie, wo die übrigen Geräte sind. Wir eröffnen am 1. in drei neuen Standorten.

Mit freundlichen Grüßen
Stefan Wolf
Wolf Gastro GmbH
""", mua="outlook", cs="windows-1252", cte="quoted-printable", hcs="windows-1252")

add("de", "-", "-", "other",
    "Betrag genau 5.000,00 EUR (nicht über Schwelle); Rechnung fehlt",
    "Claudia Neumann <claudia.neumann@neumann-praxis.test>", "Rechnung zur Bestellung fehlt", """
Hallo,

zu unserer Bestellung vom 3. März über genau 5.000,00 EUR haben wir noch keine Rechnung
erhalten. Unsere Buchhaltung braucht sie bis Ende des Monats. Können Sie sie bitte noch einmal
schicken?

Danke und Gruß
Claudia Neumann
""", mua="webde", cs="iso-8859-1", cte="8bit")

add("de", "feature_request", "-", "-",
    "Feature-Wunsch: Gutscheine als PDF",
    "Lena Hartmann <lena@hartmann-blumen.test>", "Feature-Wunsch", """
Hallo liebes Example-Team,

kleiner Feature-Wunsch: Es wäre super, wenn man Gutscheine direkt als PDF per E-Mail an die
Kundin schicken könnte, statt sie auszudrucken. Gerade vor Muttertag wäre das Gold wert!

Liebe Grüße
Lena
""", mua="apple", cte="quoted-printable")

add("de", "media_threat", "-", "-",
    "Google-Bewertung + Post in Händler-Facebook-Gruppe",
    "Frank Richter <frank.richter@richter-kiosk.test>", "Auszahlungen seit zwei Wochen", """
Seit zwei Wochen keine Auszahlung, und keiner kann mir sagen warum. Wenn sich bis morgen
nichts tut, schreibe ich eine Bewertung bei Google und poste das in unserer
Händler-Gruppe auf Facebook (über 3.000 Mitglieder).

Frank Richter
""", mua="android")

add("de", "discrimination_harassment", "-", "-",
    "Mitarbeiter macht sich über Akzent lustig",
    "Dimitrios Papadopoulos <d.papadopoulos@taverna-olympia.test>", "Beschwerde über Ihren Mitarbeiter", """
Sehr geehrte Damen und Herren,

Ihr Mitarbeiter an der Hotline hat sich gestern über meinen Akzent lustig gemacht und gesagt,
ich solle "erst mal richtig Deutsch lernen", bevor ich mich beschwere. Das ist
diskriminierend. Ich erwarte eine Entschuldigung.

Dimitrios Papadopoulos
Taverna Olympia
""", mua="outlook")

add("de", "safety technical_issue", "-", "-",
    "Ladestation qualmt, verschmorter Geruch",
    "Heike Zimmermann <heike.zimmermann@zimmermann-cafe.test>", "Ladestation hat gequalmt!", """
Hallo,

heute Morgen hat die Ladestation von Terminal 2 gequalmt, es roch verschmort und der Stecker
war so heiß, dass man ihn kaum anfassen konnte. Wir haben sie sofort vom Strom genommen.

Ist das ein bekanntes Problem? Gibt es einen Rückruf? Wir haben noch vier davon im Einsatz.

Heike Zimmermann
""", mua="iphone", cte="base64")

add("de", "executive_contact severe_dissatisfaction technical_issue", "-", "-",
    "Geschäftsführer in CC gesetzt; 'absolut inakzeptabel'; Bons doppelt",
    "Rainer Schmitt <r.schmitt@schmitt-getraenke.test>", "Doppelte Bons - Geschäftsführung in CC", """
Guten Tag,

jeder Bon wird seit letzter Woche doppelt ins Kassenbuch geschrieben. Unser Steuerberater
kann so nicht abschließen. Dass nach acht Tagen noch immer keine Lösung da ist, ist absolut
inakzeptabel.

Ich habe Ihren Geschäftsführer, Herrn Albrecht, in CC gesetzt.

Rainer Schmitt
Schmitt Getränkehandel
""", mua="outlook", cc=["Jan Albrecht <jan.albrecht@example.test>"], fmt="alt")

add("de", "corporate_contact_request", "-", "-",
    "Anschrift Hauptverwaltung + E-Mail der Geschäftsführung",
    "Ursula Meier <ursula.meier@meier-reisen.test>", "Anschrift der Hauptverwaltung", """
Sehr geehrte Damen und Herren,

bitte nennen Sie mir die Postanschrift Ihrer Hauptverwaltung sowie die E-Mail-Adresse Ihrer
Geschäftsführung. Wir möchten eine formelle Beschwerde über die Abwicklung unseres
Tarifwechsels einreichen.

Mit freundlichen Grüßen
Ursula Meier
""", mua="webde", cs="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1")

add("de", "severe_dissatisfaction technical_issue", "-", "-",
    "kleingeschrieben; 'das allerletzte'; App stürzt ab",
    "tobi <tobi.kaiser@gmx.net>", "app", """
echt jetzt?? die app stürzt jedes mal ab wenn ich einen rabatt eingebe. jedes. mal. das ist
echt das allerletzte, ich hab die schnauze so voll von eurem laden
""", mua="android")

add("de", "broken_promise technical_issue", "-", "-",
    "Fix für Fehler zugesagt, nicht geliefert",
    "Michael Braun <michael.braun@braun-apotheke.test>", "Zugesagter Fix für Kassenabschluss", """
Hallo,

Sie hatten mir am 10. April zugesagt, dass der Fehler beim Tagesabschluss (Z-Bon zeigt die
Kartenumsätze doppelt an) mit dem nächsten Update behoben wird. Das Update kam am 24. April,
der Fehler ist immer noch da.

Michael Braun
""", mua="thunderbird")

add("de", "cancellation_threat high_value_order", "-", "-",
    "Jahresvertrag 15.000 EUR, Schulung/Einrichtung nicht erbracht; Vertrag kündigen angedroht",
    "Gisela Roth <g.roth@roth-hotels.test>", "Jahresvertrag 15.000 EUR - Einrichtung fehlt", """
Sehr geehrte Damen und Herren,

wir haben im Januar einen Jahresvertrag über 15.000 EUR unterschrieben, inklusive Einrichtung
und Schulung für unsere vier Hotels. Beides ist bis heute offen, und auf unsere letzte E-Mail
mit Terminvorschlägen hat niemand reagiert.

Wenn bis Ende Mai kein Termin steht, werden wir den Vertrag kündigen.

Gisela Roth
Roth Hotels
""", mua="outlook", fmt="html")

add("de", "security_incident", "-", "-",
    "Phishing-Mail im Namen von Example mit echten Kundendaten",
    "Bernd Lorenz <bernd.lorenz@lorenz-fahrrad.test>", "Phishing-Mail mit unseren echten Daten", """
Hallo,

wir haben heute eine E-Mail „von Example“ bekommen, die uns auffordert, die Bankverbindung über
einen Link zu „bestätigen“. Darin stehen unsere echte Kundennummer und die letzten zwei
Rechnungsbeträge. Woher haben die das? Bei Ihnen muss ein Datenleck sein.

Bernd Lorenz
""", mua="outlook", cs="windows-1252", cte="quoted-printable")

# German traps
add("de", "-", "-", "quoted",
    "'Am ... schrieb' block contains agent's escalation + Ausfall; customer just thanks",
    "Sandra Keller <sandra.keller@keller-friseur.test>", "Re: Terminal offline - Ticket 58213", """
Vielen Dank, jetzt funktioniert alles wieder!

Sandra

Am 03.03.2025 um 14:12 schrieb Example Support <support@example.test>:
> Hallo Frau Keller,
>
> es tut uns leid wegen des Ausfalls heute Vormittag. Ich habe Ihren Fall an meinen
> Vorgesetzten und an die Technik eskaliert. Alle Terminals sollten jetzt wieder laufen.
>
> Viele Grüße
> Ihr Example Support
""", mua="apple", reply=True, cte="quoted-printable")

add("de", "-", "-", "negation",
    "'will nicht kündigen'; Tarifwechsel",
    "Oliver Franke <oliver.franke@franke-imbiss.test>", "Tarif wechseln", """
Hallo,

ich will nicht kündigen, keine Sorge :) Ich möchte nur vom Business- in den Starter-Tarif
wechseln, weil wir im Winter nur noch einen Laden haben. Wie geht das?

Oliver
""", mua="gmail", cte="8bit")

add("de", "-", "-", "title",
    "Geschäftsführer + Leiterin Recht als Titel; Nutzer anlegen",
    "Dr. Eva Lindner <eva.lindner@lindner-kliniken.test>", "Neue Benutzer", """
Sehr geehrte Damen und Herren,

bitte legen Sie für unsere neue Leiterin Recht, Frau Dr. Sommer, einen Benutzerzugang mit
Lesezugriff auf die Berichte an (sommer@lindner-kliniken.test).

Mit freundlichen Grüßen
Dr. Eva Lindner
Geschäftsführerin
Lindner Kliniken GmbH
""", mua="outlook", cs="windows-1252", cte="quoted-printable")

add("de", "-", "-", "policy_question",
    "was passiert mit meinen Daten bei Kündigung",
    "Horst Wagner <horst.wagner@t-online.de>", "Frage zu Daten nach Kündigung", """
Guten Tag,

was passiert mit meinen Daten, wenn ich irgendwann kündige? Werden die sofort gelöscht oder
kann ich vorher noch alles exportieren?

Gruß
Horst Wagner
""", mua="webde", cs="iso-8859-1", cte="8bit")

add("de", "-", "-", "signature",
    "deutscher Haftungs-/Vertraulichkeitshinweis + Impressum in Signatur; Bankverbindung ändern",
    "Julia Schneider <j.schneider@schneider-recht.test>", "Bankverbindung ändern", """
Guten Tag,

wie kann ich die Bankverbindung für die Lastschrift ändern? Wir haben die Hausbank gewechselt.

Mit freundlichen Grüßen
Julia Schneider
Büroleitung

--
Schneider & Partner Rechtsanwälte mbB
Amtsgericht München PR 1234 | Geschäftsführer: Dr. K. Schneider
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie
nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten
Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht
gestattet und kann rechtliche Schritte nach sich ziehen.
""", mua="outlook", fmt="alt", cs="windows-1252", cte="quoted-printable")

add("de", "-", "-", "innocuous",
    "'Feuer und Flamme' Lob",
    "Nina Schwarz <nina@schwarz-eis.test>", "Danke!", """
Hallo zusammen,

unser ganzes Team ist Feuer und Flamme für die neue Tisch-App – die Bestellungen laufen
schneller, und die Gäste lieben es. Einfach mal Danke!

Nina
""", mua="iphone", fmt="html", entities=True)

add("de", "-", "-", "reported",
    "ein Kunde droht IHNEN mit Klage; Frage nach Teilerstattung",
    "Kemal Arslan <kemal@arslan-barbershop.test>", "Teilerstattung machen", """
Hallo,

ein Kunde hat gestern gedroht, uns zu verklagen, weil ihm der Haarschnitt nicht gefallen hat.
Ich will ihm einfach die Hälfte zurückgeben. Wie mache ich in Ihrer App eine Teilerstattung?

Danke
Kemal
""", mua="android")

add("de", "-", "-", "quoted",
    "Outlook 'Von:/Gesendet:/An:/Betreff:' block with colleague's rant; customer asks simple question",
    "Birgit Koch <birgit.koch@koch-moebel.test>", "WG: Rechnung Mai", """
Hallo,

bitte ignorieren Sie die Mail meines Kollegen unten, das hat sich erledigt. Ich bräuchte nur
die Rechnung für Mai noch einmal als PDF.

Danke, Birgit Koch

Von: Ralf Koch <ralf.koch@koch-moebel.test>
Gesendet: Dienstag, 3. Juni 2025 08:47
An: support@example.test
Betreff: Rechnung Mai

Das ist eine Frechheit. Schon wieder falsch abgebucht. Ich kündige, wenn das nicht aufhört!
""", mua="outlook", cs="windows-1252", cte="quoted-printable")

add("de", "-", "-", "title",
    "Anwaltskanzlei als Kunde; Frage nach Terminbuchung",
    "Kanzlei Dr. Peters <info@kanzlei-peters.test>", "Online-Terminbuchung für Mandanten", """
Guten Tag,

wir sind eine Anwaltskanzlei mit zwei Standorten und möchten, dass Mandanten Beratungstermine
online buchen können. Geht das mit Ihrem Terminmodul, und können wir pro Anwalt einen eigenen
Kalender anlegen?

Freundliche Grüße
Sekretariat Dr. Peters
""", mua="ox")

add("de", "-", "-", "-",
    "Dankes-Mail",
    "Erika Fuchs <erika.fuchs@fuchs-naehstube.test>", "Vielen Dank", """
Liebe Frau Özdemir,

vielen Dank für die geduldige Hilfe am Telefon heute. Der Drucker läuft, und ich habe sogar
verstanden, wie man die Artikel anlegt.

Herzliche Grüße
Erika Fuchs
""", mua="webde", cs="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1")

# ---------------------------------------------------------------- French
add("fr", "billing_dispute legal_threat", "-", "-",
    "prélèvement en double; avocat saisi",
    "Philippe Moreau <philippe.moreau@orange.fr>", "Prélèvement en double", """
Bonjour,

Vous avez prélevé deux fois l'abonnement de mai (2 x 49,00 EUR) sur notre compte. Je
demande le remboursement immédiat du second prélèvement.

Sans régularisation sous huit jours, j'ai déjà demandé à mon avocat de préparer une mise en
demeure.

Cordialement,
Philippe Moreau
Boulangerie Moreau
""", mua="orange", cs="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1")

add("fr", "regulatory security_incident technical_issue", "-", "-",
    "factures d'un autre client visibles dans son espace (bug, fuite de données); saisine de la CNIL",
    "Camille Lefèvre <camille.lefevre@free.fr>", "J'ai reçu les factures d'un autre client", """
Bonjour,

Ce matin j'ai reçu dans mon espace client les factures d'une autre entreprise (nom, adresse,
IBAN, montants). Cela veut dire que d'autres ont sans doute reçu les miennes.

C'est une violation grave de la protection des données : je vais saisir la CNIL dès
aujourd'hui.

Camille Lefèvre
""", mua="thunderbird", cte="8bit")

add("fr", "billing_dispute regulatory", "-", "-",
    "frais cachés; signalement DGCCRF",
    "Bernard Dubois <bernard.dubois@laposte.net>", "Frais non annoncés", """
Madame, Monsieur,

Votre offre annonçait 29 EUR par mois « sans frais cachés ». Or chaque facture comporte des
« frais de service » de 9,90 EUR qui n'apparaissent nulle part dans le contrat. J'en demande
le remboursement.

J'ai également signalé cette pratique commerciale trompeuse à la DGCCRF via SignalConso.

Bernard Dubois
""", mua="generic", cs="iso-8859-1", cte="8bit")

add("fr", "manager_request technical_issue", "-", "-",
    "parler à un responsable; TPE erreur",
    "Nadia Benali <nadia.benali@benali-traiteur.test>", "TPE refuse les cartes - je veux parler à un responsable", """
Bonjour,

Depuis lundi, notre terminal refuse une carte sur deux avec le message « Erreur 0x51 -
transaction refusée par l'hôte », alors que les mêmes cartes passent ailleurs.

Votre conseiller m'a fait redémarrer trois fois l'appareil. Je souhaite maintenant parler à un
responsable.

Nadia Benali
Benali Traiteur
""", mua="outlook", cs="windows-1252", cte="quoted-printable")

add("fr", "cancellation_threat technical_issue", "-", "-",
    "résilier si pas corrigé; rapports faux",
    "Julien Garnier <julien.garnier@garnier-caviste.test>", "Rapports de caisse faux", """
Bonjour,

Les rapports de fin de journée sont faux depuis la mise à jour : le total carte ne correspond
jamais au relevé de la banque (écart de 30 à 80 EUR par jour).

Si ce n'est pas corrigé avant la fin du mois, je résilie mon abonnement.

Julien Garnier
Le Caviste de la Place
""", mua="apple", cte="quoted-printable")

add("fr", "outage technical_issue", "-", "-",
    "plus rien ne fonctionne, 503",
    "Sophie Martin <sophie.martin@martin-fleurs.test>", "Plus rien ne fonctionne", """
Bonjour,

plus rien ne fonctionne depuis 10h ce matin : le site affiche « 503 Service Unavailable » et
l'application tourne dans le vide. Nos deux boutiques ne peuvent plus encaisser par carte.

Merci de nous dire quand ce sera rétabli.

Sophie Martin
""", mua="iphone")

add("fr", "data_loss technical_issue", "-", "-",
    "historique des ventes disparu après synchro",
    "Laurent Girard <laurent.girard@girard-chaussures.test>", "Historique des ventes de mars disparu", """
Bonjour,

Depuis la synchronisation de cette nuit, tout l'historique des ventes de mars a disparu de
notre compte. Les rapports de mars sont vides et notre comptable en a besoin pour la TVA.

Pouvez-vous restaurer ces données ?

Laurent Girard
""", mua="outlook", fmt="alt", cs="windows-1252", cte="quoted-printable")

add("fr", "media_threat severe_dissatisfaction", "-", "-",
    "'inadmissible'; avis Google + réseaux sociaux",
    "Isabelle Roux <isabelle.roux@wanadoo.fr>", "C'est inadmissible", """
Trois semaines que j'attends mon remboursement pour le lecteur renvoyé. C'est inadmissible.
Je vais publier un avis détaillé sur Google et raconter tout ça sur les réseaux sociaux pour
que les autres commerçants sachent à quoi s'attendre.

Isabelle Roux
""", mua="orange", cs="iso-8859-1", cte="quoted-printable")

add("fr", "media_threat", "-", "-",
    "journaliste demande un commentaire",
    "Antoine Mercier <a.mercier@quotidien-eco.test>", "Demande de commentaire - article sur les TPE", """
Bonjour,

Je suis journaliste au Quotidien Éco et je prépare un article sur les pannes de terminaux de
paiement chez les petits commerçants cet été. Plusieurs commerçants lyonnais citent Example.

Souhaitez-vous réagir ? Je boucle jeudi à midi.

Bien cordialement,
Antoine Mercier
""", mua="outlook", fmt="html")

add("fr", "safety technical_issue", "-", "-",
    "terminal surchauffe, brûlure d'une employée",
    "Hélène Faure <helene.faure@faure-patisserie.test>", "Terminal brûlant - une employée brûlée", """
Bonjour,

Hier après-midi, notre terminal de paiement est devenu brûlant pendant la charge. Une de mes
employées s'est brûlé la paume en le prenant. La coque est déformée.

Nous ne l'utilisons plus. Y a-t-il un rappel de ce modèle ? Que devons-nous faire ?

Hélène Faure
Pâtisserie Faure
""", mua="apple", cte="base64")

add("fr", "billing_dispute broken_promise repeat_contact", "-", "-",
    "troisième fois; rappel promis non fait; TVA facturée à tort",
    "Marc Lambert <marc.lambert@lambert-resto.test>", "Facture erronée - 3e message", """
Bonjour,

C'est la troisième fois que j'écris à ce sujet. Votre facture applique une TVA à 20 % sur un
service qui devrait être à 10 %, et nous payons la différence depuis février.

Le 4 avril, on m'avait promis un rappel sous 24 heures. Personne ne m'a rappelé.

Marc Lambert
""", mua="gmail")

add("fr", "high_value_order", "-", "-",
    "15.000 EUR commande livrée partiellement",
    "Céline Bonnet <celine.bonnet@bonnet-hotellerie.test>", "Commande 15.000 EUR - livraison partielle", """
Bonjour,

Notre commande CMD-7712 d'un montant de 15.000 EUR (40 terminaux et 40 socles) n'a été livrée
qu'à moitié : nous avons reçu les socles mais aucun terminal. Le suivi indique pourtant
« livré ».

Merci de nous dire rapidement où se trouvent les terminaux.

Céline Bonnet
Responsable achats, Bonnet Hôtellerie
""", mua="outlook", cs="windows-1252", cte="quoted-printable")

add("fr", "billing_dispute high_value_order", "-", "-",
    "6 400 € TTC facturés deux fois",
    "Thierry Blanc <thierry.blanc@blanc-optique.test>", "Facture FA-3390 débitée deux fois", """
Bonjour,

La facture FA-3390 de 6 400 € TTC (équipement de nos trois magasins) a été débitée deux fois
sur notre compte professionnel le 3 juin. Merci de rembourser le second débit au plus vite,
notre trésorerie en souffre.

Thierry Blanc
""", mua="outlook", cs="windows-1252", cte="8bit")

add("fr", "feature_request", "-", "-",
    "ce serait bien de pouvoir... export comptable",
    "Élodie Chevalier <elodie@chevalier-ceramique.test>", "Suggestion", """
Bonjour l'équipe,

Ce serait bien de pouvoir exporter les ventes directement au format FEC pour notre expert-
comptable. Aujourd'hui on recopie tout à la main dans un tableur.

Merci et bonne journée !
Élodie
""", mua="apple", cte="quoted-printable")

add("fr", "discrimination_harassment", "-", "-",
    "propos racistes du technicien",
    "Moussa Diallo <moussa.diallo@diallo-epicerie.test>", "Plainte contre votre technicien", """
Bonjour,

Le technicien venu installer notre caisse mardi m'a tenu des propos racistes devant mes
clients (« chez vous on paie en liquide, non ? ») et a refusé de me serrer la main. Je
demande des excuses et que cette personne ne revienne pas.

Moussa Diallo
Épicerie Diallo
""", mua="gmail")

add("fr", "executive_contact severe_dissatisfaction technical_issue", "-", "-",
    "PDG mis en copie; 'une honte'; tickets sans TVA",
    "Patrick Renaud <patrick.renaud@renaud-garage.test>", "Tickets sans TVA - votre PDG en copie", """
Bonjour,

Depuis la mise à jour du 2 mai, nos tickets de caisse ne mentionnent plus la TVA. C'est une
honte : nos clients professionnels ne peuvent plus rien déduire.

J'ai mis votre PDG en copie de ce message, puisque le support ne répond plus.

Patrick Renaud
""", mua="outlook", cc=["Claire Dumont <claire.dumont@example.test>"])

add("fr", "corporate_contact_request", "-", "-",
    "adresse du siège social + contact de la direction générale",
    "Agnès Perrin <agnes.perrin@perrin-immobilier.test>", "Coordonnées de la direction", """
Madame, Monsieur,

Pourriez-vous m'indiquer l'adresse de votre siège social ainsi que les coordonnées de votre
direction générale ? Je souhaite leur adresser un courrier concernant notre contrat.

Bien à vous,
Agnès Perrin
""", mua="orange", cs="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1")

add("fr", "manager_request repeat_contact technical_issue", "-", "-",
    "je vous ai déjà écrit deux fois; escalader le dossier; imprimante",
    "Vincent Leroy <vincent.leroy@leroy-tabac.test>", "Imprimante - merci d'escalader", """
bonjour, je vous ai deja ecrit deux fois, l'imprimante de tickets coupe le papier au milieu
de chaque ticket depuis la mise a jour. merci d'escalader mon dossier, je n'ai pas de reponse
qui marche.

vincent
""", mua="android")

# French traps
add("fr", "-", "-", "quoted",
    "'Le ... a écrit :' block with agent escalation + panne; client remercie",
    "Aurélie Fontaine <aurelie.fontaine@fontaine-bijoux.test>", "Re: Panne terminaux - dossier 44018", """
Merci beaucoup, tout refonctionne !

Aurélie

Le 12 mars 2025 à 10:14, Example Support <support@example.test> a écrit :
> Bonjour Madame Fontaine,
>
> Nous sommes désolés pour la panne de ce matin. J'ai escaladé votre dossier auprès de mon
> responsable et de l'équipe technique ; tout devrait être rétabli.
>
> Cordialement,
> Le support Example
""", mua="apple", reply=True, cte="quoted-printable")

add("fr", "-", "-", "title",
    "Directeur commercial (titre); demande de démo",
    "Guillaume Petit <g.petit@petit-distribution.test>", "Demande de démonstration", """
Bonjour,

Je suis directeur commercial chez Petit Distribution (12 magasins). Pourriez-vous nous
proposer une démonstration de la solution multi-sites la semaine prochaine ?

Cordialement,
Guillaume Petit
Directeur commercial
""", mua="outlook", fmt="alt")

add("fr", "-", "-", "negation",
    "je ne compte pas résilier; changement de formule",
    "Chantal Morel <chantal.morel@free.fr>", "Changement de formule", """
Bonjour,

Je ne compte pas résilier, rassurez-vous ! Je voudrais seulement passer de la formule Pro à
la formule Essentiel pour l'hiver. Comment faire ?

Chantal
""", mua="generic", cte="8bit")

add("fr", "-", "-", "policy_question",
    "que se passe-t-il si je résilie",
    "Yves Gauthier <yves.gauthier@laposte.net>", "Question résiliation et données", """
Bonjour,

Que se passe-t-il pour mes données si je résilie un jour ? Sont-elles supprimées tout de suite
ou puis-je les récupérer pendant un certain temps ?

Merci,
Yves Gauthier
""", mua="generic", cs="iso-8859-1", cte="quoted-printable")

add("fr", "-", "-", "innocuous",
    "'ça cartonne', 'feu d'artifice' - praise",
    "Léa Rousseau <lea@rousseau-glaces.test>", "Merci !", """
Coucou l'équipe,

Depuis qu'on a activé la commande en ligne, ça cartonne ! Le week-end dernier c'était un vrai
feu d'artifice de commandes. Bravo pour l'appli.

Léa
""", mua="iphone", fmt="html", entities=True)

add("fr", "-", "-", "signature",
    "avertissement de confidentialité (poursuites) dans la signature; question simple",
    "Maître Olivier Roche <o.roche@roche-avocats.test>", "Ajout d'un utilisateur", """
Bonjour,

Pourriez-vous ajouter notre nouvelle assistante, Mme Laure Simon (l.simon@roche-avocats.test),
comme utilisatrice avec accès à l'agenda uniquement ?

Bien cordialement,

Olivier Roche
Avocat au Barreau de Lyon
Roche Avocats – Contentieux commercial

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive
de ses destinataires. Toute utilisation non autorisée est interdite et susceptible de
poursuites. Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur.
""", mua="outlook", cs="windows-1252", cte="quoted-printable")

add("fr", "-", "-", "reported",
    "associé parle de porter plainte, client ne le suit pas; adresse de facturation",
    "Sébastien Noël <sebastien.noel@noel-fromagerie.test>", "Adresse de facturation", """
Bonjour,

Mon associé parlait hier de « porter plainte » à cause du retard de livraison, mais je pense
qu'il n'y a vraiment pas lieu, le colis est arrivé ce matin. Je voulais juste savoir comment
modifier l'adresse de facturation dans notre compte.

Sébastien
""", mua="gmail")

add("fr", "-", "-", "quoted",
    "Outlook français 'De : / Envoyé : / À : / Objet :' under Message d'origine; own earlier complaint quoted",
    "Nathalie Lemoine <nathalie.lemoine@lemoine-pressing.test>", "RE: Remboursement", """
Bonjour,

C'est bon, le remboursement est arrivé hier. Merci pour votre aide !

Nathalie

-----Message d'origine-----
De : Nathalie Lemoine <nathalie.lemoine@lemoine-pressing.test>
Envoyé : lundi 16 juin 2025 18:02
À : support@example.test
Objet : Remboursement

Vous m'avez débitée deux fois. C'est inadmissible. Si je ne suis pas remboursée cette
semaine, je contacte mon avocat et je résilie.
""", mua="outlook", cs="windows-1252", cte="quoted-printable")

add("fr", "-", "-", "policy_question",
    "conformité RGPD question",
    "Arnaud Brunet <arnaud.brunet@brunet-conseil.test>", "RGPD", """
Bonjour,

Votre solution est-elle conforme au RGPD ? Où sont hébergées nos données et pouvez-vous
nous transmettre votre accord de sous-traitance (DPA) ?

Cordialement,
Arnaud Brunet
Délégué à la protection des données, Brunet Conseil
""", mua="thunderbird")

add("fr", "-", "-", "-",
    "remerciement simple",
    "Monique Fabre <monique.fabre@wanadoo.fr>", "Merci", """
Bonjour Karim,

Merci pour votre patience au téléphone ce matin, tout fonctionne parfaitement maintenant.

Bonne journée,
Monique Fabre
""", mua="orange", cs="iso-8859-1", cte="8bit")

add("fr", "-", "-", "other",
    "montant 4 800 € avec problème — sous le seuil",
    "Rémi Caron <remi.caron@caron-sport.test>", "Socles manquants", """
Bonjour,

Notre commande de 4 800 € (12 terminaux et socles) est arrivée, mais il manque deux socles.
Pouvez-vous nous les envoyer ?

Merci,
Rémi Caron
""", mua="gmail")

# ---------------------------------------------------------------- Spanish
add("es", "billing_dispute legal_threat", "-", "-",
    "cobro indebido tras baja; demanda/abogado",
    "Javier Fernández <javier.fernandez@telefonica.net>", "Cobro indebido", """
Buenos días:

Me di de baja el 28 de febrero y ustedes me han seguido cobrando 39 euros en marzo y en abril.
Exijo la devolución de ambos cargos.

Si no lo solucionan esta semana, mi abogado presentará una demanda.

Javier Fernández
""", mua="generic", cs="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1")

add("es", "regulatory security_incident technical_issue", "-", "-",
    "agenda visible desde la cuenta de otro cliente (fallo del sistema, filtración); reclamación ante la AEPD",
    "Lucía Martínez <lucia.martinez@martinez-clinica.test>", "Datos de mis pacientes visibles", """
Hola:

Un cliente suyo me ha llamado para decirme que desde su cuenta podía ver la agenda de MI
clínica, con nombres y teléfonos de mis pacientes. Eso es una filtración de datos en toda
regla.

Voy a presentar una reclamación ante la AEPD si no me explican hoy mismo qué ha pasado.

Lucía Martínez
Clínica Dental Martínez
""", mua="outlook", cs="windows-1252", cte="quoted-printable")

add("es", "billing_dispute regulatory", "-", "-",
    "cargo no autorizado; reclamación en la OMIC (consumo)",
    "Carmen Ruiz <carmen.ruiz@hotmail.es>", "Cargo que no autoricé", """
Hola,

En mi tarjeta aparece un cargo de 120 euros de Example que yo no he autorizado: nunca contraté
el "pack de formación". Ya he puesto una reclamación en la Oficina Municipal de Información al
Consumidor de mi ayuntamiento.

Quiero que me devuelvan el dinero.

Carmen Ruiz
""", mua="generic", cte="8bit")

add("es", "manager_request technical_issue", "-", "-",
    "quiero hablar con un supervisor; TPV se cuelga",
    "Diego Navarro <diego.navarro@navarro-bar.test>", "Quiero hablar con un supervisor", """
Hola,

El TPV se queda colgado cada vez que intento cobrar una mesa con más de 20 líneas. Hay que
reiniciarlo cada vez. Llevo una hora al teléfono con el agente y no
sabe qué hacer.

Quiero hablar con un supervisor, por favor.

Diego Navarro
Bar Navarro
""", mua="android")

add("es", "cancellation_threat technical_issue", "-", "-",
    "me voy a dar de baja; app no sincroniza",
    "Marta Gómez <marta.gomez@gomez-moda.test>", "La app no sincroniza", """
Hola,

La app del móvil no sincroniza con la tienda desde hace dos semanas: vendo algo en la tienda y
en la web sigue apareciendo disponible. Si no lo arreglan pronto me voy a dar de baja y me
paso a la competencia.

Marta
""", mua="iphone", cte="quoted-printable")

add("es", "outage technical_issue", "-", "-",
    "plataforma caída, 502",
    "Pablo Romero <pablo.romero@romero-panaderias.test>", "Plataforma caída", """
Buenos días,

La plataforma está caída desde las 8:00: la web da "502 Bad Gateway" y la aplicación no
carga. Nuestras cinco panaderías están cobrando solo en efectivo.

¿Cuándo vuelve a funcionar?

Pablo Romero
""", mua="outlook", cs="windows-1252", cte="8bit")

add("es", "data_loss technical_issue", "-", "-",
    "productos borrados tras importación",
    "Elena Torres <elena.torres@torres-ferreteria.test>", "Se han borrado todos los productos", """
Hola,

Ayer hice una importación de precios con su plantilla y se han borrado todos los productos de
la tienda: más de 4.000 referencias. El catálogo aparece vacío. Yo solo quería actualizar
precios.

¿Se pueden recuperar? Es urgente.

Elena Torres
Ferretería Torres
""", mua="gmail", fmt="alt")

add("es", "media_threat severe_dissatisfaction", "-", "-",
    "'una vergüenza'; lo publicará en redes",
    "Raúl Castillo <raul.castillo@yahoo.es>", "Una vergüenza", """
Llevo 20 días sin recibir mis liquidaciones y nadie me da una explicación. Es una vergüenza.
Lo voy a contar todo en Twitter y en Instagram para que otros autónomos no caigan.

Raúl
""", mua="yahoo")

add("es", "discrimination_harassment", "-", "-",
    "comentarios machistas del comercial",
    "Rocío Herrera <rocio.herrera@herrera-estetica.test>", "Queja sobre su comercial", """
Buenas tardes:

Su comercial, en la visita del jueves, me dijo que "las mujeres no entienden de datáfonos" y
que mejor lo hablara con "el jefe". La jefa soy yo. Además me escribió después por WhatsApp a
las once de la noche con comentarios sobre mi aspecto.

Exijo que no vuelva a contactarme y una disculpa por escrito.

Rocío Herrera
""", mua="iphone", cte="base64")

add("es", "safety technical_issue", "-", "-",
    "batería hinchada, humo",
    "Andrés Molina <andres.molina@molina-kiosco.test>", "Humo del datáfono", """
Hola,

Esta mañana la batería del datáfono se ha hinchado y ha empezado a salir humo mientras estaba
cargando. Lo hemos sacado a la calle. Una clienta se asustó mucho.

¿Qué hacemos con el aparato? ¿Hay algún aviso de seguridad sobre este modelo?

Andrés Molina
""", mua="android")

add("es", "billing_dispute broken_promise repeat_contact", "-", "-",
    "tercera vez; reembolso prometido; cobro duplicado",
    "Isabel Vega <isabel.vega@vega-libreria.test>", "Tercera vez que escribo - cobro duplicado", """
Hola,

Es la tercera vez que escribo por lo mismo: nos cobraron dos veces la cuota de enero. El 5 de
febrero me prometieron por teléfono el reembolso "en 3-5 días". Seguimos sin él.

Isabel Vega
Librería Vega
""", mua="outlook", cs="windows-1252", cte="quoted-printable")

add("es", "high_value_order", "-", "-",
    "pedido 12.300 € sin entregar",
    "Fernando Ortiz <fernando.ortiz@ortiz-hoteles.test>", "Pedido PED-5521 sin entregar", """
Buenos días:

Nuestro pedido PED-5521, por un importe de 12.300 € (30 terminales para los hoteles de
Valencia y Alicante), está pagado desde el día 2. Hoy es 16 y el seguimiento sigue en
"pendiente de envío". Nadie nos da una fecha.

Fernando Ortiz
Dpto. Compras, Ortiz Hoteles
""", mua="outlook", cs="windows-1252", cte="quoted-printable", fmt="alt")

add("es", "feature_request", "-", "-",
    "sería genial poder... reservas",
    "Sara Jiménez <sara@jimenez-yoga.test>", "Una sugerencia", """
¡Hola!

Sería genial poder dejar que las alumnas reserven clase directamente desde Instagram. Muchas me
escriben por ahí. ¿Lo tenéis en mente?

Un abrazo,
Sara
""", mua="iphone", fmt="html", entities=True)

add("es", "executive_contact technical_issue", "-", "-",
    "ha escrito al consejero delegado; facturas con NIF erróneo",
    "Alberto Sanz <alberto.sanz@sanz-asesores.test>", "Facturas con NIF erróneo", """
Buenos días,

Desde la actualización de mayo, todas las facturas que emitimos salen con el NIF de otra
empresa en el pie. Es un error del sistema que no podemos cambiar desde la configuración.

Ayer escribí directamente a su consejero delegado por LinkedIn porque aquí nadie me responde.

Alberto Sanz
""", mua="outlook")

add("es", "corporate_contact_request", "-", "-",
    "dirección de la sede central + correo de dirección",
    "Mercedes Blanco <mercedes.blanco@blanco-seguros.test>", "Dirección de su sede", """
Estimados señores:

Les ruego me faciliten la dirección de su sede central y el correo electrónico de su dirección
general, para remitir una carta formal en nombre de nuestra empresa.

Atentamente,
Mercedes Blanco
""", mua="generic", cs="iso-8859-1", cte="8bit")

add("es", "severe_dissatisfaction technical_issue", "-", "-",
    "'estoy harto', 'vergonzoso'; app se cierra",
    "Toni Ramos <toni.ramos@gmail.com>", "ESTOY HARTO", """
ESTOY HARTO. La app se cierra sola cada vez que intento hacer una devolución. Es vergonzoso que
un sistema por el que pago 60 euros al mes funcione así.
""", mua="gmail")

add("es", "security_incident", "-", "-",
    "alguien accedió a mi cuenta y cambió el IBAN",
    "Beatriz Luna <beatriz.luna@luna-floristeria.test>", "Alguien ha entrado en mi cuenta", """
Hola,

Alguien ha entrado en mi cuenta esta noche y ha cambiado el IBAN de las liquidaciones. Yo no he
sido. He cambiado la contraseña pero necesito que bloqueen cualquier pago a esa cuenta YA.

Beatriz Luna
""", mua="iphone")

add("es", "broken_promise manager_request", "-", "-",
    "visita técnica prometida no realizada; pide hablar con un responsable",
    "Ignacio Peña <ignacio.pena@pena-carniceria.test>", "Visita del técnico", """
Buenas,

Me aseguraron que el técnico vendría el martes a instalar la balanza nueva. No vino nadie ni
avisó. Por favor, páseme con un responsable; quiero que alguien con capacidad de decisión me
dé una fecha.

Ignacio Peña
""", mua="android")

# Spanish traps
add("es", "-", "-", "quoted",
    "'El ... escribió:' block with agent text (incidencia, supervisor); cliente agradece",
    "Laura Díaz <laura.diaz@diaz-panaderia.test>", "Re: Incidencia terminales - caso 30192", """
¡Muchas gracias! Ya funciona todo.

Laura

El lun, 3 mar 2025 a las 10:12, Example Support (<support@example.test>) escribió:
> Hola Laura:
>
> Sentimos la caída del servicio de esta mañana. He escalado su caso a mi supervisor y al
> equipo técnico; los terminales ya deberían funcionar.
>
> Un saludo,
> Soporte Example
""", mua="gmail", reply=True)

add("es", "-", "-", "negation",
    "'no pienso darme de baja'; cambio de plan",
    "Jorge Medina <jorge.medina@medina-taller.test>", "Cambio de plan", """
Hola, no pienso darme de baja, tranquilos :) Solo quiero pasar al plan Básico durante agosto,
que cerramos por vacaciones. ¿Cómo lo hago?

Jorge
""", mua="gmail")

add("es", "-", "-", "policy_question",
    "¿qué pasa con mis datos si me doy de baja?",
    "Rosa Iglesias <rosa.iglesias@telefonica.net>", "Pregunta sobre la baja", """
Buenas tardes:

¿Qué pasa con mis datos si algún día me doy de baja? ¿Los borran enseguida o puedo
descargarlos antes?

Gracias,
Rosa Iglesias
""", mua="generic", cs="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1")

add("es", "-", "-", "title",
    "Jefe de Seguridad / Director General como cargos; pide alta de usuario",
    "Hugo Prieto <hugo.prieto@prieto-logistica.test>", "Alta de usuario", """
Hola:

Por favor, den de alta a nuestro nuevo Jefe de Seguridad, Luis Cano
(luis.cano@prieto-logistica.test), con permisos de solo lectura.

Saludos,
Hugo Prieto
Director General
Prieto Logística S.L.
""", mua="outlook", cs="windows-1252", cte="quoted-printable")

add("es", "-", "-", "innocuous",
    "'las ventas están que arden' - elogio",
    "Nuria Cabrera <nuria@cabrera-heladeria.test>", "¡Gracias!", """
¡Hola equipo!

Desde que pusimos los pedidos online, las ventas están que arden. Este verano está siendo una
locura (en el buen sentido). Gracias por todo.

Nuria
""", mua="iphone")

add("es", "-", "-", "signature",
    "aviso legal LOPD en firma; pregunta de cómo hacer",
    "Gestoría Morales <info@gestoria-morales.test>", "Cambiar logo de las facturas", """
Buenos días,

¿Cómo podemos cambiar el logotipo que aparece en las facturas? Hemos renovado la imagen.

Un saludo,
Ana Morales
Gestoría Morales

AVISO LEGAL: Este mensaje y sus anexos son confidenciales. En cumplimiento de la Ley Orgánica
3/2018 de Protección de Datos y del RGPD, le informamos de que sus datos forman parte de un
fichero responsabilidad de Gestoría Morales. Puede ejercer sus derechos o presentar una
reclamación ante la Agencia Española de Protección de Datos. Si ha recibido este mensaje por
error, notifíquelo al remitente; su uso no autorizado puede dar lugar a acciones legales.
""", mua="outlook", fmt="alt", cs="windows-1252", cte="quoted-printable")

add("es", "-", "-", "reported",
    "socio dice que deberían demandar; cliente no lo comparte",
    "Óscar Vidal <oscar.vidal@vidal-cerveceria.test>", "Duda sobre propinas", """
Hola:

Mi socio dice que deberíamos demandarles por lo complicado que es el informe de propinas, pero
yo no lo veo así, seguro que es que no sé usarlo. ¿Me explican cómo repartir las propinas
entre camareros por turnos?

Óscar
""", mua="gmail")

add("es", "-", "-", "quoted",
    "mensaje reenviado de un proveedor con amenazas; cliente solo pregunta",
    "Pilar Serrano <pilar.serrano@serrano-muebles.test>", "Fwd: Retraso entrega", """
Hola, os reenvío esto solo para que veáis el contexto: no tiene nada que ver con vosotros,
es nuestro proveedor de sofás. Mi pregunta: ¿cómo marco un pedido como "retrasado" en la app
para que el cliente reciba un aviso?

Gracias,
Pilar

Enviado desde mi iPhone

---------- Mensaje reenviado ---------
De: Construcciones Alba <pedidos@alba-sofas.test>
Fecha: 4 de julio de 2025, 9:14
Asunto: Retraso entrega
Para: Pilar Serrano <pilar.serrano@serrano-muebles.test>

Si no nos pagan la factura pendiente, tomaremos acciones legales y no habrá más entregas. Es
absolutamente inaceptable.
""", mua="iphone")

add("es", "-", "-", "-",
    "agradecimiento",
    "Manuel Reyes <manuel.reyes@reyes-optica.test>", "Gracias por la ayuda", """
Buenas tardes, Marta:

Solo quería darle las gracias por la ayuda de esta mañana con la impresora. Funciona
perfectamente.

Un saludo,
Manuel Reyes
""", mua="outlook", cs="windows-1252", cte="8bit")

add("es", "-", "-", "other",
    "problema con pedido de 3.200 € (bajo el umbral)",
    "Carlos Fuentes <carlos.fuentes@fuentes-bar.test>", "Falta una impresora", """
Hola,

En el pedido de 3.200 € que recibimos ayer falta una de las cuatro impresoras. ¿Nos la pueden
enviar?

Gracias,
Carlos
""", mua="gmail")

add("es", "-", "-", "policy_question",
    "¿tienen un proceso de escalado? (pregunta de política)",
    "Victoria León <victoria.leon@leon-restauracion.test>", "Proceso de soporte", """
Hola:

Estamos valorando Example para nuestro grupo de restaurantes. ¿Tienen un proceso para escalar
incidencias urgentes? ¿Hay un gestor de cuenta asignado para clientes con más de diez locales?

Victoria León
Directora de Operaciones
""", mua="outlook")

# ---------------------------------------------------------------- more customer mail, all languages
add("de", "outage technical_issue", "-", "-",
    "Kartenzahlung an allen Terminals aller Filialen nicht verfügbar",
    "Sven Petersen <sven.petersen@petersen-markt.test>", "Kartenzahlung überall ausgefallen", """
Moin,

seit ca. 11:40 zeigen ALLE unsere Terminals in allen vier Märkten "Zahlungsdienst nicht
verfügbar". Auch das Backoffice lädt nicht, nur eine weiße Seite mit "Bad Gateway".

Wir haben Samstagsgeschäft, bitte dringend melden!

Sven Petersen
Petersen Frischemarkt
""", mua="outlook", cs="windows-1252", cte="quoted-printable")

add("es", "outage technical_issue", "-", "-",
    "nadie de la empresa puede iniciar sesión, error 500",
    "Alicia Domínguez <alicia.dominguez@dominguez-farmacias.test>", "no podemos entrar", """
hola, nadie de la empresa puede iniciar sesión desde esta mañana, ni en la web ni en la app.
sale "Error 500 - Internal Server Error" en todas las farmacias. qué está pasando??
""", mua="android")

add("fr", "feature_request", "-", "-",
    "serait-il possible d'ajouter la gestion des acomptes",
    "Stéphane Colin <stephane.colin@colin-menuiserie.test>", "Gestion des acomptes", """
Bonjour,

Serait-il possible d'ajouter la gestion des acomptes sur les devis ? Nous facturons 30 % à la
commande et aujourd'hui nous devons le faire à part. Ce serait vraiment très utile pour les
artisans.

Merci d'avance,
Stéphane Colin
""", mua="thunderbird", cte="8bit")

add("en", "feature_request technical_issue", "-", "-",
    "CSV export truncates at 10,000 rows (bug) + asks for a date-range filter",
    "Omar Haddad <omar@haddad-electronics.test>", "Export cuts off + a suggestion", """
Hi,

Two things:

1) The customer CSV export stops at exactly 10,000 rows. We have 13,412 customers, the file
just ends mid-alphabet with no warning. Looks like a bug.

2) Could you add a date-range filter to the export? Then we wouldn't need the whole list
every time.

Omar
""", mua="gmail")

add("es", "data_loss", "-", "-",
    "un empleado borró sin querer la carta; nada roto, pide restaurar",
    "Gonzalo Herrero <gonzalo@herrero-tapas.test>", "Carta borrada", """
Hola:

Un camarero borró ayer sin querer la carta de verano entera (unos 140 platos con sus precios
y alérgenos). ¿Podéis recuperarla de una copia de seguridad? No queremos volver a meterla a
mano.

Gracias,
Gonzalo
""", mua="gmail")

add("en", "data_loss technical_issue", "-", "-",
    "backup archive corrupted, only copy",
    "Fay Emerson <fay.emerson@emerson-art.test>", "Corrupted backup file", """
Hello,

The full account backup I downloaded from you yesterday is corrupted: every tool I try says
"archive is damaged or incomplete". Our account was closed this morning as agreed, so that
file was our only copy of six years of sales and customer history.

Please tell me there is another copy on your side.

Fay Emerson
""", mua="outlook")

add("en", "discrimination_harassment", "-", "-",
    "age discrimination by chat agent",
    "Maurice Dunbar <maurice.dunbar@btinternet.com>", "Your chat agent", """
Dear Sir/Madam,

I asked your chat agent yesterday how to change the receipt header. Her reply was "at your
age you should get your grandson to set it up for you". I am 71 and have run this shop for
40 years. I found that patronising and insulting, and I expect better.

Maurice Dunbar
Dunbar's Tobacconist
""", mua="outlook", fmt="alt")

add("es", "safety", "-", "-",
    "clienta se corta con el borde afilado del soporte (diseño, nada roto)",
    "Lorena Campos <lorena.campos@campos-zapateria.test>", "Una clienta se ha cortado", """
Hola:

El soporte metálico del terminal que nos enviaron tiene el borde inferior muy afilado. Esta
tarde una clienta se ha cortado la mano al apoyarse en el mostrador y ha sangrado bastante.
La hemos atendido con el botiquín.

Hemos tapado el borde con cinta, pero deberían revisar ese modelo.

Lorena Campos
""", mua="iphone")

add("en", "safety", "-", "-",
    "heard the charger model is recalled for fire risk; has 6 in use",
    "Anita Kumar <anita.kumar@kumar-convenience.test>", "PowerDock 2 recall?", """
Hi,

We heard on the local radio this morning that the PowerDock 2 chargers are being recalled
because of a fire risk. We have six of them plugged in behind the counters right now. Should
we stop using them straight away? Nobody has told us anything.

Anita Kumar
""", mua="outlook")

add("en", "corporate_contact_request", "-", "-",
    "asks for direct email of an executive to send feedback",
    "Caroline Webster <caroline.webster@webster-hotels.test>", "Executive contact", """
Hello,

Could you please give me the direct email address of your Chief Customer Officer, or of
someone on your executive team? I'd like to send some detailed feedback on how our account
migration was handled.

Thank you,
Caroline Webster
""", mua="apple")

add("en", "cancellation_threat technical_issue", "-", "-",
    "moving to a competitor unless reports fixed",
    "Jack Ramsay <jack.ramsay@ramsay-butchers.test>", "reports", """
Weekly sales report has shown zero for the Leith shop for three weeks now, although the till
is taking money every day. We're moving to Square next month unless the reports get fixed.

Jack
""", mua="android")

add("es", "cancellation_threat high_value_order", "-", "-",
    "contrato anual 9.800 € sin formación; no renovarán",
    "Mónica Pascual <monica.pascual@pascual-gimnasios.test>", "Contrato anual - formación pendiente", """
Buenos días:

Firmamos en enero un contrato anual de 9.800 € que incluía la formación del personal de
nuestros seis gimnasios. Seguimos sin fecha para esa formación y el personal no sabe usar la
mitad de las funciones.

Si esto no se resuelve este mes, no renovaremos y nos iremos con otro proveedor.

Mónica Pascual
Directora de Operaciones, Pascual Gimnasios
""", mua="outlook", cs="windows-1252", cte="quoted-printable")

add("en", "severe_dissatisfaction technical_issue", "-", "other",
    "customer is abusive ('useless idiots') - that is severe_dissatisfaction, not harassment",
    "Vince Dorsey <vince.dorsey@gmail.com>", "printer", """
you lot are useless idiots. the printer STILL prints blank receipts after your "fix". sort the
bloody thing out.
""", mua="iphone")

add("en", "-", "-", "other",
    "customer apologises for having been rude to an agent (no harassment by staff)",
    "Lydia Barton <lydia.barton@barton-gifts.test>", "Apology to your agent", """
Hi,

I was short-tempered with your agent Kevin on the phone on Tuesday and I'd like to apologise
to him - he didn't deserve that, and he did fix the problem in the end. Could you pass this
on?

Lydia Barton
""", mua="gmail")

add("de", "feature_request", "-", "-",
    "Wunsch: Trinkgeld getrennt ausweisen",
    "Anja Krause <anja.krause@krause-cafe.test>", "Vorschlag: Trinkgeld auf dem Bon", """
Hallo,

ein Vorschlag: Könntet ihr einbauen, dass das Trinkgeld auf dem Kundenbeleg separat
ausgewiesen wird? Viele Gäste fragen danach für ihre Spesenabrechnung.

Liebe Grüße
Anja
""", mua="apple", cte="8bit")

add("fr", "discrimination_harassment", "-", "-",
    "harcèlement: le commercial insiste, appels et messages déplacés",
    "Inès Guerin <ines.guerin@guerin-boutique.test>", "Comportement de votre commercial", """
Bonjour,

Votre commercial, M. D., m'appelle plusieurs fois par jour depuis que j'ai refusé son offre,
y compris le soir, et m'a envoyé des messages sur mon physique. Je me sens harcelée. Je vous
demande que cela cesse immédiatement.

Inès Guerin
""", mua="iphone", cte="quoted-printable")

add("en", "high_value_order", "-", "-",
    "€9 999 invoice, printers delivered without power supplies",
    "Ciarán Walsh <ciaran@walsh-pharmacy.test>", "Invoice EX-IE-3310 - missing power supplies", """
Hi,

Invoice EX-IE-3310 (€9 999, 20 x ExamplePrint P3 for our pharmacies) - the printers arrived
on Monday but none of the boxes contain a power supply. So we have twenty printers and can't
switch on a single one. Can you ship the PSUs out this week?

Ciarán Walsh
Walsh Pharmacy Group
""", mua="outlook", fmt="alt", cs="windows-1252", cte="quoted-printable")

add("en", "-", "-", "other",
    "invoice of exactly GBP 5,000.00 (not over threshold); reissue with PO number, no dispute",
    "Mandy Oakes <mandy.oakes@oakes-nurseries.test>", "PO number on invoice", """
Hello,

Could you reissue invoice EX-77102 (£5,000.00) with our PO number 4500-1182 on it? Our
accounts payable system rejects invoices without one. The amount itself is correct.

Thanks,
Mandy Oakes
Accounts, Oakes Nurseries
""", mua="outlook")

add("en", "-", "-", "other",
    "large quote (~£9,000) with no problem",
    "Reggie Banks <reggie@banks-brewhouse.test>", "Quote for 30 terminals", """
Hiya,

We're kitting out the new taproom and the two pop-up bars. Could you send a PDF quote for 30
T2 terminals with stands? Your sales person said roughly £9,000 - that's fine, we just need it
on paper for the bank.

Cheers,
Reggie
""", mua="gmail")

# ===========================================================================
# AUTOMATED MAIL (never carries a trigger, whatever the words in it say)
# ===========================================================================

# ---------------------------------------------------------------- auto-replies
add("en", "-", "auto_reply", "-", "Exchange OOF with Auto-Submitted + X-Auto-Response-Suppress; mentions legal dispute, manager",
    raw="""Received: from EUR03-DB5-obe.outbound.protection.outlook.com (EUR03-DB5-obe.outbound.protection.outlook.com [198.51.100.41])
	by mx1.example.test (Postfix) with ESMTPS id 4ZkQ1m0Hq9z3xY
	for <support@example.test>; Mon, 07 Jul 2025 09:14:22 +0100 (BST)
From: Rachel Simmons <rachel.simmons@simmons-property.test>
To: Example Support <support@example.test>
Subject: Automatic reply: Re: [Ticket #60311] Terminal replacement
Date: Mon, 7 Jul 2025 08:14:20 +0000
Message-ID: <DB9PR04MB8421A5C2E77F3B1D0AE3C1F2A94CA@DB9PR04MB8421.eurprd04.prod.outlook.com>
In-Reply-To: <ticket-60311.8812@escalated.example.test>
References: <ticket-60311.8812@escalated.example.test>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: rachel.simmons@simmons-property.test
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Language: en-GB
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Thank you for your email. I am out of the office until Monday 14 July with no=
 access to email.

For urgent matters, including anything relating to the legal dispute over th=
e Camden lease, please contact my manager, Sarah Jones (sarah.jones@simmons-=
property.test), who will escalate as needed.

Rachel Simmons
Simmons Property Management
""")

add("en", "-", "auto_reply", "-", "Gmail vacation responder, Auto-Submitted: auto-replied; 'card machine is down' in body",
    raw="""Received: from mail-wm1-f52.google.com (mail-wm1-f52.google.com [198.51.100.52])
	by mx1.example.test (Postfix) with ESMTPS id 4YbV2q6Tt1z9rR
	for <support@example.test>; Sat, 16 Aug 2025 11:02:09 +0100 (BST)
MIME-Version: 1.0
From: Dave Moss <dave.moss.bakery@gmail.com>
Date: Sat, 16 Aug 2025 11:02:07 +0100
Message-ID: <CAJ8b+xR0q_vacation.Zk4rWmPbT3n1L2yQx0Fh@mail.gmail.com>
Subject: On holiday!
To: support@example.test
In-Reply-To: <ticket-71455.1020@escalated.example.test>
References: <ticket-71455.1020@escalated.example.test>
Auto-Submitted: auto-replied
Content-Type: multipart/alternative; boundary="0000000000007b1f2c063c7f9a11"

--0000000000007b1f2c063c7f9a11
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Hi! I'm away until the 21st with very patchy signal.

If the shop's card machine is down or anything is on fire, ring Kelly on 07700=
 900456. Otherwise I'll reply when I'm back =E2=98=80=EF=B8=8F

Dave

--0000000000007b1f2c063c7f9a11
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr">Hi! I&#39;m away until the 21st with very patchy signal.<br><=
br>If the shop&#39;s card machine is down or anything is on fire, ring Kelly o=
n 07700 900456. Otherwise I&#39;ll reply when I&#39;m back =E2=98=80=EF=B8=8F<=
br><br>Dave</div>

--0000000000007b1f2c063c7f9a11--
""")

add("en", "-", "auto_reply", "other", "no auto headers at all: only the telltale subject/body",
    raw="""Received: from mail.wilson-plumbing.test (mail.wilson-plumbing.test [203.0.113.77])
	by mx1.example.test (Postfix) with ESMTP id 4XtW8c1Lm2z5Kp
	for <support@example.test>; Tue, 22 Apr 2025 15:40:12 +0100 (BST)
From: "Wilson, Greg" <greg@wilson-plumbing.test>
To: <support@example.test>
Subject: Out of Office: Re: Invoice EX-40021
Date: Tue, 22 Apr 2025 15:40:10 +0100
Message-ID: <000001db3a7e$5c2f1e30$148d5a90$@wilson-plumbing.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit
X-Mailer: Microsoft Outlook 16.0

I'm currently out of the office on a job site and will be back on Thursday.
If this is about a billing problem, my wife Janet looks after the accounts: janet@wilson-plumbing.test.

Greg Wilson
""")

add("en", "-", "auto_reply", "-", "customer's own helpdesk auto-ack (X-Autoreply, Precedence: auto_reply); mentions outage/security",
    raw="""Received: from mailer.helpdesk-cloud.test (mailer.helpdesk-cloud.test [198.51.100.199])
	by mx1.example.test (Postfix) with ESMTPS id 4ZqP7d2Rr8z1Ww
	for <support@example.test>; Wed, 05 Feb 2025 10:21:47 +0000 (GMT)
From: Corvid IT Service Desk <servicedesk@corvid-group.test>
Reply-To: Corvid IT Service Desk <servicedesk+id88213@corvid-group.test>
To: support@example.test
Subject: [Request received] #88213 Re: Data export for Corvid Group
Date: Wed, 05 Feb 2025 10:21:45 +0000
Message-ID: <88213.auto.1738750905@corvid-group.test>
X-Autoreply: yes
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body><p>Hello,</p>
<p>Thank you for contacting the Corvid IT Service Desk. We have received your r=
equest and it has been assigned ticket number <b>#88213</b>. One of our agents=
 will respond within 1 business day.</p>
<p><b>If you are reporting a security incident, a suspected data breach or a s=
ystem outage, please call our 24/7 line on +44 20 7946 0000 instead.</b></p>
<p>This is an automated message &ndash; please do not reply.</p></body></html>
""")

add("en", "-", "auto_reply", "-", "maternity-leave autoresponder with only Precedence: auto_reply + Autoreply subject",
    raw="""Received: from smtp.fernside-vets.test (smtp.fernside-vets.test [203.0.113.18])
	by mx1.example.test (Postfix) with ESMTP id 4WrN3k9Pp4z7Tt
	for <support@example.test>; Thu, 12 Dec 2024 08:03:55 +0000 (GMT)
From: Hannah Lowe <hannah@fernside-vets.test>
To: support@example.test
Subject: Autoreply: Re: Your subscription renewal
Date: Thu, 12 Dec 2024 08:03:55 +0000
Message-ID: <autoreply.1734000235.21873@fernside-vets.test>
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Thank you for your message. I'm on maternity leave until September 2025 and this mailbox
is not monitored. Please don't cancel or change anything on our account without speaking
to Tom Fernside (tom@fernside-vets.test) first.

Hannah
""")

add("de", "-", "auto_reply", "-", "Outlook 'Automatische Antwort' mit Auto-Submitted + X-Auto-Response-Suppress; Vorgesetzter erwähnt",
    raw="""Received: from EUR05-AM6-obe.outbound.protection.outlook.com (EUR05-AM6-obe.outbound.protection.outlook.com [198.51.100.88])
	by mx1.example.test (Postfix) with ESMTPS id 4YmK0s7Gg1z2Dd
	for <support@example.test>; Mon, 04 Aug 2025 07:30:02 +0200 (CEST)
From: "Weber, Thomas" <t.weber@weber-autohaus.test>
To: "support@example.test" <support@example.test>
Subject: =?iso-8859-1?Q?Automatische_Antwort:_Ihre_Anfrage_zu_Rechnung_RE-2025-?=
 =?iso-8859-1?Q?0881?=
Date: Mon, 4 Aug 2025 05:30:00 +0000
Message-ID: <AM6PR02MB4471C0FF3E2B9A71D4BB1C05E8A2A@AM6PR02MB4471.eurprd02.prod.outlook.com>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: t.weber@weber-autohaus.test
Content-Language: de-DE
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Vielen Dank f=FCr Ihre Nachricht.

Ich bin bis einschlie=DFlich 18.08. nicht im B=FCro und habe keinen Zugriff au=
f meine E-Mails. In dringenden F=E4llen (z. B. bei einem Ausfall der Kassensy=
steme) wenden Sie sich bitte an meinen Vorgesetzten, Herrn Krause, Tel. 0711 9=
87654-0.

Mit freundlichen Gr=FC=DFen
Thomas Weber
""", rawcs="ascii")

add("de", "-", "auto_reply", "-", "web.de Abwesenheitsnotiz mit Auto-Submitted: auto-replied, ISO-8859-1 8bit",
    raw="""Received: from mout.web.de (mout.web.de [198.51.100.3])
	by mx1.example.test (Postfix) with ESMTPS id 4Xq1Lc3Bb7z8Nn
	for <support@example.test>; Fri, 26 Sep 2025 18:44:31 +0200 (CEST)
From: Gerda Lehmann <gerda.lehmann@web.de>
To: support@example.test
Subject: Abwesenheitsnotiz
Date: Fri, 26 Sep 2025 18:44:30 +0200
Message-ID: <trinity-6f1d2c44-91aa-4b0e-bf5a-0c7d3e21a9f7-1758905070331@msvc-mesg-web002>
Auto-Submitted: auto-replied
X-UI-Message-Type: autoreply
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: 8bit

Guten Tag,

ich bin bis zum 6. Oktober im Urlaub. Ihre E-Mail wird nicht weitergeleitet.
Bei Problemen mit der Kasse wenden Sie sich bitte an meine Tochter Anke (0171 5550123).

Viele Grüße
Gerda Lehmann
Wollstübchen Lehmann
""", rawcs="iso-8859-1")

add("de", "-", "auto_reply", "other", "nur Betreff/Text verraten die Abwesenheit (keine Auto-Header)",
    raw="""Received: from smtp.kraemer-metallbau.test (smtp.kraemer-metallbau.test [203.0.113.140])
	by mx1.example.test (Postfix) with ESMTP id 4Zc0Pr8Jj2z6Hh
	for <support@example.test>; Wed, 30 Jul 2025 12:00:05 +0200 (CEST)
From: =?utf-8?Q?Werner_Kr=C3=A4mer?= <w.kraemer@kraemer-metallbau.test>
To: support@example.test
Subject: =?UTF-8?B?QWJ3ZXNlbmQ6IFJlOiBJaHIgVGlja2V0ICM2MTAwMg==?=
Date: Wed, 30 Jul 2025 12:00:04 +0200
Message-ID: <20250730120004.5531@kraemer-metallbau.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: base64

VmllbGVuIERhbmsgZsO8ciBJaHJlIE5hY2hyaWNodC4gSWNoIGJpbiBkZXJ6ZWl0IGltIFVybGF1
YiB1bmQgYWIgZGVtIDExLjA4LiB3aWVkZXIgZXJyZWljaGJhci4KCkJlaSBkcmluZ2VuZGVuIFJl
Y2hudW5nc2ZyYWdlbiB3ZW5kZW4gU2llIHNpY2ggYml0dGUgYW4gYnVjaGhhbHR1bmdAa3JhZW1l
ci1tZXRhbGxiYXUudGVzdC4KCldlcm5lciBLcsOkbWVyCg==
""", rawcs="ascii")

add("fr", "-", "auto_reply", "-", "Outlook 'Réponse automatique' avec en-têtes; mentionne réclamation/responsable",
    raw="""Received: from EUR02-VI1-obe.outbound.protection.outlook.com (EUR02-VI1-obe.outbound.protection.outlook.com [198.51.100.120])
	by mx1.example.test (Postfix) with ESMTPS id 4Yd8Qn5Ff3z1Cc
	for <support@example.test>; Tue, 15 Apr 2025 09:12:44 +0200 (CEST)
From: Delphine Marchand <d.marchand@marchand-opticiens.test>
To: Support Example <support@example.test>
Subject: =?iso-8859-1?Q?R=E9ponse_automatique=A0:_Re:_Dossier_52207?=
Date: Tue, 15 Apr 2025 07:12:42 +0000
Message-ID: <VI1PR07MB6120B2F41A9E3C7D0E55A9C4F1B3A@VI1PR07MB6120.eurprd07.prod.outlook.com>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Content-Language: fr-FR
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable
MIME-Version: 1.0

Bonjour,

Je suis absente du bureau jusqu'au 22 avril inclus. Pour toute r=E9clamation u=
rgente, merci de contacter mon responsable, M. Caron, au 04 72 00 00 00.

Cordialement,
Delphine Marchand
""", rawcs="ascii")

add("fr", "-", "auto_reply", "-", "Absence du bureau, seulement X-Autoreply: yes",
    raw="""Received: from smtp.smtpout.orange.fr (smtp.smtpout.orange.fr [198.51.100.66])
	by mx1.example.test (Postfix) with ESMTP id 4Wz2Hs6Dd8z4Gg
	for <support@example.test>; Mon, 23 Dec 2024 16:05:33 +0100 (CET)
From: Jean-Pierre Aubert <jp.aubert@orange.fr>
To: support@example.test
Subject: Absence du bureau
Date: Mon, 23 Dec 2024 16:05:32 +0100
Message-ID: <1734966332.48121.autoreply@orange.fr>
X-Autoreply: yes
X-Mailer: Orange Messagerie
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Bonjour,

La boutique est fermée pour les fêtes jusqu'au 2 janvier. Je lirai votre message à mon retour.

Joyeuses fêtes,
Jean-Pierre Aubert
""")

add("es", "-", "auto_reply", "-", "Outlook 'Respuesta automática' con Auto-Submitted; menciona incidencias urgentes",
    raw="""Received: from EUR04-HE1-obe.outbound.protection.outlook.com (EUR04-HE1-obe.outbound.protection.outlook.com [198.51.100.140])
	by mx1.example.test (Postfix) with ESMTPS id 4Zf5Rt1Kk6z9Mm
	for <support@example.test>; Thu, 31 Jul 2025 19:01:10 +0200 (CEST)
From: =?utf-8?Q?Marta_S=C3=A1nchez?= <marta.sanchez@sanchez-dental.test>
To: "support@example.test" <support@example.test>
Subject: =?utf-8?B?UmVzcHVlc3RhIGF1dG9tw6F0aWNhOiBSZTogRmFjdHVyYSBhZ29zdG8=?=
Date: Thu, 31 Jul 2025 17:01:08 +0000
Message-ID: <HE1PR04MB3122D9A1F0C4E55B7A91E2C3D4F5A@HE1PR04MB3122.eurprd04.prod.outlook.com>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
Content-Language: es-ES
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64
MIME-Version: 1.0

RXN0YXLDqSBmdWVyYSBkZSBsYSBvZmljaW5hIGhhc3RhIGVsIDE4IGRlIGFnb3N0by4gUGFyYSBp
bmNpZGVuY2lhcyB1cmdlbnRlcyBjb24gbG9zIGNvYnJvcywgaGFibGUgY29uIG1pIHN1cGVydmlz
b3JhLCBJbmVzIFBhcmRvLCBlbiBlbCA5MTEgMDAwIDAwMC4KCk1hcnRhIFPDoW5jaGV6Cg==
""", rawcs="ascii")

add("es", "-", "auto_reply", "other", "'Fuera de la oficina' sólo por asunto y texto, sin cabeceras automáticas, HTML",
    raw="""Received: from smtp.telefonica.net (smtp.telefonica.net [203.0.113.90])
	by mx1.example.test (Postfix) with ESMTP id 4Yh6Wq2Nn1z3Pp
	for <support@example.test>; Mon, 11 Aug 2025 10:15:00 +0200 (CEST)
From: Paco Gil <pacogil@telefonica.net>
To: support@example.test
Subject: Fuera de la oficina
Date: Mon, 11 Aug 2025 10:14:58 +0200
Message-ID: <20250811101458.GA1182@telefonica.net>
MIME-Version: 1.0
Content-Type: text/html; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

<html><body>
<p>Gracias por su mensaje. Estoy de vacaciones hasta el 25 de agosto y no revis=
ar=E9 el correo.</p>
<p>Si necesita dar de baja o modificar alg=FAn servicio, escriba a oficina@gil-=
asesores.test.</p>
<p>Un saludo,<br>Paco Gil</p>
</body></html>
""", rawcs="ascii")

# ---------------------------------------------------------------- bounces / DSNs
add("en", "-", "bounce", "-", "Postfix DSN; returned original (desk reply) quotes customer's lawsuit threat",
    raw="""Return-Path: <>
Received: by mx1.example.test (Postfix)
	id 4ZpB1x0Vv5z2Qq; Wed, 18 Jun 2025 14:22:31 +0100 (BST)
Date: Wed, 18 Jun 2025 14:22:31 +0100 (BST)
From: MAILER-DAEMON@mx1.example.test (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: support@example.test
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4ZpB1x0Vv5z2Qq.1750252951/mx1.example.test"
Content-Transfer-Encoding: 8bit
Message-Id: <20250618132231.4ZpB1x0Vv5z2Qq@mx1.example.test>

This is a MIME-encapsulated message.

--4ZpB1x0Vv5z2Qq.1750252951/mx1.example.test
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

This is the mail system at host mx1.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<k.doherty@doherty-cabs.test>: host mx.doherty-cabs.test[203.0.113.45] said:
    550 5.1.1 <k.doherty@doherty-cabs.test>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--4ZpB1x0Vv5z2Qq.1750252951/mx1.example.test
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.example.test
X-Postfix-Queue-ID: 4ZpB1x0Vv5z2Qq
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: Wed, 18 Jun 2025 14:22:29 +0100 (BST)

Final-Recipient: rfc822; k.doherty@doherty-cabs.test
Original-Recipient: rfc822;k.doherty@doherty-cabs.test
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.doherty-cabs.test
Diagnostic-Code: smtp; 550 5.1.1 <k.doherty@doherty-cabs.test>: Recipient
    address rejected: User unknown in virtual mailbox table

--4ZpB1x0Vv5z2Qq.1750252951/mx1.example.test
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <support@example.test>
From: Example Support <support@example.test>
To: Kevin Doherty <k.doherty@doherty-cabs.test>
Subject: Re: [Ticket #66120] I will sue you for the lost fares
Date: Wed, 18 Jun 2025 14:22:28 +0100
Message-ID: <ticket-66120.reply-3@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dear Mr Doherty,

I'm sorry about the outage on your terminals. I have escalated your case to our management team.

On 18 Jun 2025, Kevin Doherty wrote:
> Your system was down all Friday night. I lost every card fare. I will sue you for the lost
> fares and I want your CEO's email address. This is the third time I write.

--4ZpB1x0Vv5z2Qq.1750252951/mx1.example.test--
""")

add("en", "-", "bounce", "-", "Exim plain-text bounce with copy of desk mail (cancel/unacceptable quoted)",
    raw="""Return-path: <>
Received: from mail by relay.hostpoint-mail.test with local (Exim 4.97)
	id 1uQx7A-0003Gh-2k
	for support@example.test; Fri, 21 Mar 2025 09:41:17 +0000
X-Failed-Recipients: orders@rileys-chippy.test
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@relay.hostpoint-mail.test>
To: support@example.test
Content-Type: text/plain; charset=us-ascii
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1uQx7A-0003Gh-2k@relay.hostpoint-mail.test>
Date: Fri, 21 Mar 2025 09:41:17 +0000

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  orders@rileys-chippy.test
    host mx.rileys-chippy.test [203.0.113.201]
    SMTP error from remote mail server after RCPT TO:<orders@rileys-chippy.test>:
    552 5.2.2 Mailbox full

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
Received: from [198.51.100.10] (helo=out.example.test)
	by relay.hostpoint-mail.test with esmtps (TLS1.3) (Exim 4.97)
	id 1uQx79-0003Gb-1q
	for orders@rileys-chippy.test; Fri, 21 Mar 2025 09:41:16 +0000
From: Example Support <support@example.test>
To: orders@rileys-chippy.test
Subject: Re: [Ticket #58810] cancel my subscription
Date: Fri, 21 Mar 2025 09:41:15 +0000
Message-ID: <ticket-58810.reply-1@escalated.example.test>
Content-Type: text/plain; charset=us-ascii

Hi Sean,

Thanks for your message. Before we process the cancellation, could you confirm the
account email?

> This is absolutely unacceptable, the fryer-side printer caught fire. Cancel my
> subscription today or I go to the papers.
""")

add("en", "-", "bounce", "-", "Office 365 NDR (multipart/report, html + delivery-status + headers only)",
    raw="""Received: from EUR01-HE1-obe.outbound.protection.outlook.com (EUR01-HE1-obe.outbound.protection.outlook.com [198.51.100.150])
	by mx1.example.test (Postfix) with ESMTPS id 4Zx2Vb9Ll4z6Rr
	for <support@example.test>; Tue, 09 Sep 2025 11:08:40 +0100 (BST)
MIME-Version: 1.0
From: <postmaster@outlook.com>
To: <support@example.test>
Date: Tue, 9 Sep 2025 10:08:38 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="8e1c77a0-5d23-4b1e-9a0f-2f3c5e6d7a8b"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <7a1f0e2b-44c9-4e7a-b1d3-9f2e5c8a6b10@AM9PR01MB7334.eurprd01.prod.outlook.com>
In-Reply-To: <ticket-70012.reply-2@escalated.example.test>
References: <ticket-70012.reply-2@escalated.example.test>
Subject: Undeliverable: Re: [Ticket #70012] Refund - chargeback
Auto-Submitted: auto-replied

--8e1c77a0-5d23-4b1e-9a0f-2f3c5e6d7a8b
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="c0d4b5e6-1a2b-4c3d-8e9f-0a1b2c3d4e5f"

--c0d4b5e6-1a2b-4c3d-8e9f-0a1b2c3d4e5f
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Your message to m.fitzgerald88@outlook.com couldn't be delivered.
m.fitzgerald88 wasn't found at outlook.com.

support           Office 365           m.fitzgerald88
Action Required                        Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the followi=
ng:
- Send the message again following these steps: In Outlook, open this non-deli=
very report (NDR) and choose Send Again from the Report ribbon.

Diagnostic information for administrators:
Generating server: AM9PR01MB7334.eurprd01.prod.outlook.com
m.fitzgerald88@outlook.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient no=
t found by SMTP address lookup'

--c0d4b5e6-1a2b-4c3d-8e9f-0a1b2c3d4e5f
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head></head><body><p style=3D"font-size:16px">Your message to <a href=3D=
"mailto:m.fitzgerald88@outlook.com">m.fitzgerald88@outlook.com</a> couldn't be =
delivered.</p><p><b>m.fitzgerald88</b> wasn't found at outlook.com.</p><p>Remot=
e Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'</p></body></html>

--c0d4b5e6-1a2b-4c3d-8e9f-0a1b2c3d4e5f--

--8e1c77a0-5d23-4b1e-9a0f-2f3c5e6d7a8b
Content-Type: message/delivery-status

Reporting-MTA: dns;AM9PR01MB7334.eurprd01.prod.outlook.com
Received-From-MTA: dns;out.example.test
Arrival-Date: Tue, 9 Sep 2025 10:08:37 +0000

Final-Recipient: rfc822;m.fitzgerald88@outlook.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--8e1c77a0-5d23-4b1e-9a0f-2f3c5e6d7a8b
Content-Type: text/rfc822-headers

From: Example Support <support@example.test>
To: Mark Fitzgerald <m.fitzgerald88@outlook.com>
Subject: Re: [Ticket #70012] Refund - chargeback
Date: Tue, 9 Sep 2025 10:08:30 +0000
Message-ID: <ticket-70012.reply-2@escalated.example.test>
MIME-Version: 1.0

--8e1c77a0-5d23-4b1e-9a0f-2f3c5e6d7a8b--
""")

add("en", "-", "bounce", "-", "Gmail 'Delivery Status Notification (Failure)'",
    raw="""Received: from mail-sor-f69.google.com (mail-sor-f69.google.com [198.51.100.69])
	by mx1.example.test (Postfix) with ESMTPS id 4YcR4m2Tt8z5Vv
	for <support@example.test>; Thu, 23 Jan 2025 17:30:12 +0000 (GMT)
Return-Path: <>
MIME-Version: 1.0
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: support@example.test
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <ticket-61877.reply-1@escalated.example.test>
In-Reply-To: <ticket-61877.reply-1@escalated.example.test>
X-Failed-Recipients: jonny.harlow.bakes@gmail.com
Message-ID: <679278c4.0a1b2c3d.ffe1.9a7b.GMR@mx.google.com>
Date: Thu, 23 Jan 2025 09:30:12 -0800 (PST)
Content-Type: multipart/report; boundary="00000000000021af4e062c6ff7c2"; report-type=delivery-status

--00000000000021af4e062c6ff7c2
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to jonny.harlow.bakes@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.

--00000000000021af4e062c6ff7c2
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; out.example.test
Arrival-Date: Thu, 23 Jan 2025 09:30:11 -0800 (PST)
X-Original-Message-ID: <ticket-61877.reply-1@escalated.example.test>

Final-Recipient: rfc822; jonny.harlow.bakes@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; The email account that you tried to reach does not exist.
Last-Attempt-Date: Thu, 23 Jan 2025 09:30:12 -0800 (PST)

--00000000000021af4e062c6ff7c2
Content-Type: message/rfc822

From: Example Support <support@example.test>
To: jonny.harlow.bakes@gmail.com
Subject: Re: [Ticket #61877] data gone after update - furious
Date: Thu, 23 Jan 2025 17:30:10 +0000
Message-ID: <ticket-61877.reply-1@escalated.example.test>
Content-Type: text/plain; charset=us-ascii

Hi Jonny, we've restored your recipe database from last night's backup. Could you check it?

--00000000000021af4e062c6ff7c2--
""")

add("en", "-", "bounce", "-", "qmail 'failure notice' plain text",
    raw="""Return-Path: <>
Received: from mx.oldhost-mail.test (mx.oldhost-mail.test [203.0.113.33])
	by mx1.example.test (Postfix) with SMTP id 4Xv7Np3Ww1z0Ss
	for <support@example.test>; Sat, 31 May 2025 02:11:09 +0100 (BST)
Date: 31 May 2025 01:11:08 -0000
From: MAILER-DAEMON@mx.oldhost-mail.test
To: support@example.test
Subject: failure notice
Message-ID: <20250531011108.22741.qmail@mx.oldhost-mail.test>

Hi. This is the qmail-send program at mx.oldhost-mail.test.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<info@harbour-chandlery.test>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
Received: (qmail 22739 invoked from network); 31 May 2025 01:11:08 -0000
From: Example Support <support@example.test>
To: info@harbour-chandlery.test
Subject: Re: [Ticket #67702] Security breach? strange logins
Date: Sat, 31 May 2025 01:11:07 +0000
Message-ID: <ticket-67702.reply-1@escalated.example.test>

Hello, we have locked the account after the suspicious sign-ins you reported and reset all sessions.
""")

add("en", "-", "bounce", "-", "Sendmail delay warning (Action: delayed), headers-only return",
    raw="""Return-Path: <>
Received: from smtp.legacy-isp.test (smtp.legacy-isp.test [203.0.113.12])
	by mx1.example.test (Postfix) with ESMTP id 4Wk9Dd0Xx2z1Bb
	for <support@example.test>; Mon, 10 Feb 2025 16:02:44 -0500 (EST)
Date: Mon, 10 Feb 2025 16:02:41 -0500
From: Mail Delivery Subsystem <MAILER-DAEMON@smtp.legacy-isp.test>
Message-Id: <202502102102.51AL2fXq018842@smtp.legacy-isp.test>
To: <support@example.test>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="51AL2fXq018842.1739221361/smtp.legacy-isp.test"
Subject: Warning: could not send message for past 4 hours
Auto-Submitted: auto-generated (warning-timeout)

This is a MIME-encapsulated message

--51AL2fXq018842.1739221361/smtp.legacy-isp.test

    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Mon, 10 Feb 2025 12:01:57 -0500
from out.example.test [198.51.100.10]

   ----- Transcript of session follows -----
<frank.delgado@delgado-farms.test>... Deferred: Connection timed out with mx.delgado-farms.test.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old

--51AL2fXq018842.1739221361/smtp.legacy-isp.test
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.legacy-isp.test
Arrival-Date: Mon, 10 Feb 2025 12:01:57 -0500

Final-Recipient: RFC822; frank.delgado@delgado-farms.test
Action: delayed
Status: 4.4.1
Remote-MTA: DNS; mx.delgado-farms.test
Last-Attempt-Date: Mon, 10 Feb 2025 16:02:41 -0500
Will-Retry-Until: Sat, 15 Feb 2025 12:01:57 -0500

--51AL2fXq018842.1739221361/smtp.legacy-isp.test
Content-Type: text/rfc822-headers

Return-Path: <support@example.test>
From: Example Support <support@example.test>
To: Frank Delgado <frank.delgado@delgado-farms.test>
Subject: Re: [Ticket #62290] Manager call-back about the double charge
Date: Mon, 10 Feb 2025 17:01:55 +0000
Message-ID: <ticket-62290.reply-4@escalated.example.test>

--51AL2fXq018842.1739221361/smtp.legacy-isp.test--
""")

add("de", "-", "bounce", "-", "Exchange NDR auf Deutsch ('Unzustellbar:'), windows-1252 QP",
    raw="""Received: from mail.rohrbach-kg.test (mail.rohrbach-kg.test [203.0.113.58])
	by mx1.example.test (Postfix) with ESMTPS id 4Yt3Gh7Cc0z8Ee
	for <support@example.test>; Thu, 06 Mar 2025 10:44:19 +0100 (CET)
MIME-Version: 1.0
From: <postmaster@rohrbach-kg.test>
To: <support@example.test>
Date: Thu, 6 Mar 2025 09:44:18 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="b72e1a40-99c2-4a5f-8d11-4e2f0a7c9b31"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID: <f1a2b3c4-d5e6-47f8-9a0b-1c2d3e4f5a6b@EXCH01.rohrbach-kg.test>
Subject: Unzustellbar: AW: [Ticket #63018] =?iso-8859-1?Q?K=FCndigung?= und Anwalt
Auto-Submitted: auto-replied

--b72e1a40-99c2-4a5f-8d11-4e2f0a7c9b31
Content-Type: text/plain; charset="windows-1252"
Content-Transfer-Encoding: quoted-printable

Die Nachricht konnte nicht an folgende Empf=E4nger zugestellt werden:

h.rohrbach@rohrbach-kg.test
Das Postfach des Empf=E4ngers ist voll und kann zurzeit keine Nachrichten ann=
ehmen. Versuchen Sie es sp=E4ter erneut, oder wenden Sie sich direkt an den Em=
pf=E4nger.

Diagnoseinformationen f=FCr Administratoren:
Generierender Server: EXCH01.rohrbach-kg.test
h.rohrbach@rohrbach-kg.test
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:Quo=
taExceededException'

--b72e1a40-99c2-4a5f-8d11-4e2f0a7c9b31
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.rohrbach-kg.test
Received-From-MTA: dns;out.example.test
Arrival-Date: Thu, 6 Mar 2025 09:44:17 +0000

Final-Recipient: rfc822;h.rohrbach@rohrbach-kg.test
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full

--b72e1a40-99c2-4a5f-8d11-4e2f0a7c9b31
Content-Type: message/rfc822

From: Example Support <support@example.test>
To: Heinz Rohrbach <h.rohrbach@rohrbach-kg.test>
Subject: AW: [Ticket #63018] =?iso-8859-1?Q?K=FCndigung?= und Anwalt
Date: Thu, 6 Mar 2025 09:44:15 +0000
Message-ID: <ticket-63018.reply-2@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Sehr geehrter Herr Rohrbach,

wir haben Ihre K=C3=BCndigung erhalten. Ihr Anwalt kann sich gern direkt an u=
ns wenden.

--b72e1a40-99c2-4a5f-8d11-4e2f0a7c9b31--
""", rawcs="ascii")

add("fr", "-", "bounce", "-", "NDR français ('Non remis :') d'un MTA Exchange",
    raw="""Received: from smtp.leclerc-transports.test (smtp.leclerc-transports.test [203.0.113.71])
	by mx1.example.test (Postfix) with ESMTPS id 4Zb8Kk2Mm5z3Ff
	for <support@example.test>; Wed, 14 May 2025 15:20:01 +0200 (CEST)
MIME-Version: 1.0
From: <postmaster@leclerc-transports.test>
To: <support@example.test>
Date: Wed, 14 May 2025 13:20:00 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3a9d2c1e-7f64-4b80-a5e2-6d1c0b9f8e7a"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: fr-FR
Message-ID: <0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a@MAIL2.leclerc-transports.test>
Subject: =?utf-8?Q?Non_remis=C2=A0:_Re:_[Dossier_#64410]_Panne_et_r=C3=A9siliation?=
Auto-Submitted: auto-replied

--3a9d2c1e-7f64-4b80-a5e2-6d1c0b9f8e7a
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis aux destinataires suivants :

compta@leclerc-transports.test
L'adresse de messagerie du destinataire est introuvable. Vérifiez l'adresse et renvoyez le message.

Informations de diagnostic pour les administrateurs :
Serveur de génération : MAIL2.leclerc-transports.test
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

--3a9d2c1e-7f64-4b80-a5e2-6d1c0b9f8e7a
Content-Type: message/delivery-status

Reporting-MTA: dns;MAIL2.leclerc-transports.test
Received-From-MTA: dns;out.example.test
Arrival-Date: Wed, 14 May 2025 13:19:58 +0000

Final-Recipient: rfc822;compta@leclerc-transports.test
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--3a9d2c1e-7f64-4b80-a5e2-6d1c0b9f8e7a
Content-Type: text/rfc822-headers

From: Support Example <support@example.test>
To: compta@leclerc-transports.test
Subject: =?utf-8?Q?Re:_[Dossier_#64410]_Panne_et_r=C3=A9siliation?=
Date: Wed, 14 May 2025 13:19:55 +0000
Message-ID: <ticket-64410.reply-1@escalated.example.test>

--3a9d2c1e-7f64-4b80-a5e2-6d1c0b9f8e7a--
""")

add("es", "-", "bounce", "-", "NDR en español ('No se puede entregar:'), texto plano",
    raw="""Received: from correo.alvarez-distribuciones.test (correo.alvarez-distribuciones.test [203.0.113.99])
	by mx1.example.test (Postfix) with ESMTPS id 4Yw1Ff5Hh9z7Jj
	for <support@example.test>; Fri, 17 Oct 2025 12:05:40 +0200 (CEST)
From: Sistema de entrega de correo <MAILER-DAEMON@correo.alvarez-distribuciones.test>
To: support@example.test
Subject: =?utf-8?Q?No_se_puede_entregar:_Re:_[Caso_#72233]_Cobro_duplicado_y_demanda?=
Date: Fri, 17 Oct 2025 12:05:39 +0200
Message-ID: <20251017100539.7F2A31C0042@correo.alvarez-distribuciones.test>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

No se ha podido entregar su mensaje a los siguientes destinatarios:

    administracion@alvarez-distribuciones.test
    El buzón del destinatario no existe (550 5.1.1 User unknown).

Este es un mensaje generado automáticamente. No responda a este mensaje.

------ Cabeceras del mensaje original ------
From: Soporte Example <support@example.test>
To: administracion@alvarez-distribuciones.test
Subject: Re: [Caso #72233] Cobro duplicado y demanda
Message-ID: <ticket-72233.reply-2@escalated.example.test>
Date: Fri, 17 Oct 2025 10:05:37 +0000
""")

add("en", "-", "bounce", "-", "ARF abuse/feedback report about a desk mail (report-type=feedback-report)",
    raw="""Received: from feedback.mailbox-provider.test (feedback.mailbox-provider.test [198.51.100.230])
	by mx1.example.test (Postfix) with ESMTPS id 4Zr4Tt6Uu3z2Yy
	for <support@example.test>; Tue, 01 Apr 2025 20:15:03 +0100 (BST)
From: Mailbox Provider Feedback Loop <fbl@mailbox-provider.test>
To: support@example.test
Subject: Abuse report: complaint about message from support@example.test
Date: Tue, 1 Apr 2025 19:15:02 +0000
Message-ID: <fbl.20250401191502.88172@mailbox-provider.test>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report;
	boundary="fbl_part_boundary_88172"

--fbl_part_boundary_88172
Content-Type: text/plain; charset=us-ascii

This is an email abuse report for an email message received from IP 198.51.100.10
on Tue, 1 Apr 2025 19:10:44 +0000. A recipient marked it as spam.

--fbl_part_boundary_88172
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: MailboxProviderFBL/2.1
Version: 1
Original-Mail-From: <support@example.test>
Arrival-Date: Tue, 1 Apr 2025 19:10:44 +0000
Source-IP: 198.51.100.10
Reported-Domain: example.test

--fbl_part_boundary_88172
Content-Type: text/rfc822-headers

From: Example Support <support@example.test>
To: harassed.customer@mailbox-provider.test
Subject: Re: [Ticket #64001] Your agent harassed me - I want a supervisor
Date: Tue, 1 Apr 2025 19:10:43 +0000
Message-ID: <ticket-64001.reply-1@escalated.example.test>

--fbl_part_boundary_88172--
""")

# ---------------------------------------------------------------- list / bulk
add("en", "-", "list", "-", "vendor newsletter (List-Unsubscribe, Precedence: bulk) about security incidents/outages",
    raw="""Received: from mta-112.news.retailpulse-mail.test (mta-112.news.retailpulse-mail.test [198.51.100.112])
	by mx1.example.test (Postfix) with ESMTPS id 4Yq2Aa8Bb3z4Cc
	for <support@example.test>; Thu, 13 Mar 2025 07:00:12 +0000 (GMT)
From: Retail Pulse Weekly <newsletter@retailpulse.test>
To: support@example.test
Subject: Crash course: what to do when your tills go down (and your data leaks)
Date: Thu, 13 Mar 2025 07:00:09 +0000
Message-ID: <20250313070009.1f2e3d4c.112@news.retailpulse-mail.test>
List-Id: Retail Pulse Weekly <weekly.retailpulse.test>
List-Unsubscribe: <https://retailpulse.test/u/9f8e7d6c>, <mailto:unsubscribe-9f8e7d6c@retailpulse.test>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
X-Campaign: rp-2025-11
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="rp_alt_2025_11"

--rp_alt_2025_11
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

RETAIL PULSE WEEKLY =E2=80=94 Issue 211

1. Crash course: the first hour of an outage
When the card terminals go down on a Saturday, who do you call? Our checklist=
 walks you through it.

2. "Somebody logged into my account from abroad": a security incident playbo=
ok for small shops

3. Opinion: customers will sue, post reviews and complain to regulators =E2=80=
=94 how to keep your cool.

Unsubscribe: https://retailpulse.test/u/9f8e7d6c

--rp_alt_2025_11
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body><h1>Retail Pulse Weekly &mdash; Issue 211</h1>
<h2>Crash course: the first hour of an outage</h2>
<p>When the card terminals go down on a Saturday, who do you call?</p>
<h2>&ldquo;Somebody logged into my account from abroad&rdquo;</h2>
<p>A security incident playbook for small shops.</p>
<p><a href=3D"https://retailpulse.test/u/9f8e7d6c">Unsubscribe</a></p>
</body></html>

--rp_alt_2025_11--
""")

add("en", "-", "list", "-", "third-party status page notification: 'Major outage' (bulk, List-Unsubscribe)",
    raw="""Received: from mail.statuspage-notify.test (mail.statuspage-notify.test [198.51.100.201])
	by mx1.example.test (Postfix) with ESMTPS id 4Zd3Ee4Gg7z1Hh
	for <support@example.test>; Sun, 27 Jul 2025 13:47:55 +0100 (BST)
From: CloudPay Status <noreply@status.cloudpay.test>
To: support@example.test
Subject: [CloudPay] Major outage: card authorisations failing in EU region
Date: Sun, 27 Jul 2025 12:47:53 +0000
Message-ID: <incident.8hx2m1q9.update-1@status.cloudpay.test>
List-Unsubscribe: <https://status.cloudpay.test/subscriptions/unsub/2b7c>
Precedence: bulk
X-Incident-Id: 8hx2m1q9
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Major outage - Card authorisations failing in EU region

Investigating - We are seeing elevated error rates (HTTP 503) for card authorisations in the
EU region. Payments may fail or time out. We are investigating and will provide an update
within 30 minutes.

Jul 27, 12:45 UTC

You are receiving this because you subscribed to CloudPay status updates.
Manage subscription: https://status.cloudpay.test/subscriptions/2b7c
""")

add("en", "-", "list", "-", "Mailman list post from a merchants' community list complaining (double charge, lawsuit)",
    raw="""Received: from lists.indie-merchants.test (lists.indie-merchants.test [203.0.113.150])
	by mx1.example.test (Postfix) with ESMTP id 4Wx5Jj1Kk8z9Ll
	for <support@example.test>; Wed, 20 Nov 2024 22:31:40 +0000 (GMT)
From: Terry Mallon <terry@mallon-records.test>
To: merchants@lists.indie-merchants.test
Subject: Re: [indie-merchants] Anyone else double charged by Example this month?
Date: Wed, 20 Nov 2024 22:31:35 +0000
Message-ID: <5f1e0a22-b4c7-4d1a-9d3e-0f7b2a8c9e11@mallon-records.test>
In-Reply-To: <a91c0b2e-3d4f-4a5b-8c6d-7e8f9a0b1c2d@bakerypoint.test>
List-Id: Independent merchants discussion <merchants.lists.indie-merchants.test>
List-Unsubscribe: <https://lists.indie-merchants.test/mailman/options/merchants>, <mailto:merchants-request@lists.indie-merchants.test?subject=unsubscribe>
List-Archive: <https://lists.indie-merchants.test/pipermail/merchants/>
List-Post: <mailto:merchants@lists.indie-merchants.test>
Precedence: list
Sender: "merchants" <merchants-bounces@lists.indie-merchants.test>
Errors-To: merchants-bounces@lists.indie-merchants.test
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Yes, same here - charged twice on the 1st. I've cc'd their support address. Frankly if they
don't refund everyone we should all get together and sue them, it's outrageous.

Terry

> Anyone else double charged by Example this month? Both payments on the 1st.

_______________________________________________
merchants mailing list
merchants@lists.indie-merchants.test
https://lists.indie-merchants.test/mailman/listinfo/merchants
""")

add("de", "-", "list", "-", "Verbands-Newsletter (List-Unsubscribe, Precedence: bulk), Thema rechtliche Schritte",
    raw="""Received: from mailout.newsletter-versand.test (mailout.newsletter-versand.test [198.51.100.177])
	by mx1.example.test (Postfix) with ESMTPS id 4Yk6Ll2Mm4z8Nn
	for <support@example.test>; Tue, 08 Apr 2025 06:30:00 +0200 (CEST)
From: Handelsverband Mittelstand <newsletter@hv-mittelstand.test>
To: support@example.test
Subject: =?utf-8?Q?Newsletter_04/2025:_Rechtliche_Schritte_bei_Zahlungsausf=C3=A4llen?=
Date: Tue, 08 Apr 2025 06:29:58 +0200
Message-ID: <nl-2025-04.7c1d2e@hv-mittelstand.test>
List-Id: <newsletter.hv-mittelstand.test>
List-Unsubscribe: <https://hv-mittelstand.test/abmelden?id=7c1d2e>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body>
<h1>Newsletter 04/2025</h1>
<h2>Rechtliche Schritte bei Zahlungsausf=C3=A4llen</h2>
<p>Wann lohnt sich der Anwalt, wann das Mahnverfahren? Unser Justiziar erkl=C3=
=A4rt, wie Sie Ihre Forderungen durchsetzen =E2=80=93 und wann Sie besser k=C3=
=BCndigen.</p>
<h2>Datenschutz: Beschwerden bei der Aufsichtsbeh=C3=B6rde nehmen zu</h2>
<p>Was H=C3=A4ndler jetzt wissen m=C3=BCssen.</p>
<p><a href=3D"https://hv-mittelstand.test/abmelden?id=3D7c1d2e">Newsletter abbes=
tellen</a></p>
</body></html>
""")

add("fr", "-", "list", "-", "lettre d'information (bulk) sur la facturation; mentions résiliation/CNIL",
    raw="""Received: from envoi.lettre-pro.test (envoi.lettre-pro.test [198.51.100.188])
	by mx1.example.test (Postfix) with ESMTPS id 4Zh7Pp3Qq5z0Rr
	for <support@example.test>; Mon, 02 Jun 2025 08:00:05 +0200 (CEST)
From: La Lettre du Commerce <infos@lettre-du-commerce.test>
To: support@example.test
Subject: =?iso-8859-1?Q?Lettre_n=B0_87_:_facturation_=E9lectronique,_r=E9siliation_?=
 =?iso-8859-1?Q?des_contrats_et_CNIL?=
Date: Mon, 02 Jun 2025 08:00:03 +0200
Message-ID: <lettre87.20250602.5511@lettre-du-commerce.test>
List-Unsubscribe: <mailto:desinscription@lettre-du-commerce.test?subject=87-5511>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset=iso-8859-1
Content-Transfer-Encoding: quoted-printable

LA LETTRE DU COMMERCE - n=B0 87

- Facturation =E9lectronique : le calendrier d=E9finitif
- R=E9siliation des contrats en trois clics : ce qui change pour vos abonnemen=
ts
- Sanctions de la CNIL : trois commer=E7ants condamn=E9s pour fuite de donn=E9=
es

Pour vous d=E9sinscrire, r=E9pondez =E0 ce message avec "STOP".
""", rawcs="ascii")

add("es", "-", "list", "-", "boletín promocional (bulk); menciona darse de baja y cancelar",
    raw="""Received: from envios.ofertas-hosteleria.test (envios.ofertas-hosteleria.test [198.51.100.190])
	by mx1.example.test (Postfix) with ESMTPS id 4Yn8Ss4Tt6z1Uu
	for <support@example.test>; Fri, 28 Nov 2025 09:00:00 +0100 (CET)
From: Hostelería Pro <ofertas@hosteleria-pro.test>
To: support@example.test
Subject: =?utf-8?B?wqHDmmx0aW1hIG9wb3J0dW5pZGFkISAzMCUgZGUgZGVzY3VlbnRvIGVuIHRlcm1pbmFsZXM=?=
Date: Fri, 28 Nov 2025 08:59:57 +0100
Message-ID: <bf2025.99812.a7@hosteleria-pro.test>
List-Unsubscribe: <https://hosteleria-pro.test/baja?u=99812>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 8bit

<html><body>
<h1>¡Black Friday en Hostelería Pro!</h1>
<p>30&nbsp;% de descuento en terminales y cajones portamonedas. ¿Su proveedor actual le da
problemas? Cambie sin permanencia y cancele cuando quiera.</p>
<p style="font-size:10px">Si no desea recibir más correos, puede <a href="https://hosteleria-pro.test/baja?u=99812">darse de baja aquí</a>.</p>
</body></html>
""")

add("en", "-", "list", "-", "Google Groups post (List-Id, Mailing-list, Precedence: list) mentioning CEO/press",
    raw="""Received: from mail-oo1-f61.google.com (mail-oo1-f61.google.com [198.51.100.61])
	by mx1.example.test (Postfix) with ESMTPS id 4Xz0Vv5Ww7z2Xx
	for <support@example.test>; Fri, 05 Sep 2025 18:12:26 +0100 (BST)
From: "Ana Ruiz via Example Partners" <example-partners+noreply@googlegroups.com>
Reply-To: Ana Ruiz <ana.ruiz@ruiz-resellers.test>
To: Example Partners <example-partners@googlegroups.com>
Subject: [example-partners] Partner summit - agenda and CEO keynote
Date: Fri, 5 Sep 2025 10:12:20 -0700 (PDT)
Message-ID: <3c7e1a9b-2f4d-4e60-8b1a-0d9c5e7f3a21n@googlegroups.com>
Mailing-list: list example-partners@googlegroups.com; contact example-partners+owners@googlegroups.com
List-Id: <example-partners.googlegroups.com>
List-Post: <https://groups.google.com/group/example-partners/post>, <mailto:example-partners@googlegroups.com>
List-Unsubscribe: <mailto:googlegroups-manage+1029384756+unsubscribe@googlegroups.com>, <https://groups.google.com/group/example-partners/subscribe>
Precedence: list
X-Google-Group-Id: 1029384756
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

Hi all,

Agenda for the partner summit is attached on the group page. The CEO keynote is at 10:00,
followed by a panel on handling press enquiries and escalations.

Ana

--
You received this message because you are subscribed to the Google Groups "Example Partners" group.
To unsubscribe from this group and stop receiving emails from it, send an email to example-partners+unsubscribe@googlegroups.com.
""")

# ---------------------------------------------------------------- read receipts (MDN)
add("en", "-", "receipt", "-", "MDN 'Read:' multipart/report disposition-notification",
    raw="""Received: from mail.carrow-veterinary.test (mail.carrow-veterinary.test [203.0.113.27])
	by mx1.example.test (Postfix) with ESMTPS id 4Yr5Zz6Aa0z3Bb
	for <support@example.test>; Tue, 14 Jan 2025 09:05:13 +0000 (GMT)
From: Ellen Carrow <ellen@carrow-veterinary.test>
To: support@example.test
Subject: Read: Re: [Ticket #60042] Outage credit and manager call-back
Date: Tue, 14 Jan 2025 09:05:11 +0000
Message-ID: <mdn.1736845511.3318@carrow-veterinary.test>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="------------mdn7Fq2ZrT8bX0cW1vY3nL5k"

This is a multi-part message in MIME format.
--------------mdn7Fq2ZrT8bX0cW1vY3nL5k
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

This is a Return Receipt for the mail that you sent to ellen@carrow-veterinary.test.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's
computer. There is no guarantee that the recipient has read or understood the message contents.

--------------mdn7Fq2ZrT8bX0cW1vY3nL5k
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline
Content-Transfer-Encoding: 7bit

Reporting-UA: mail.carrow-veterinary.test; Thunderbird 128.6.0
Final-Recipient: rfc822;ellen@carrow-veterinary.test
Original-Message-ID: <ticket-60042.reply-3@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

--------------mdn7Fq2ZrT8bX0cW1vY3nL5k
Content-Type: text/rfc822-headers; name="MDNPart3.txt"
Content-Disposition: inline

From: Example Support <support@example.test>
To: Ellen Carrow <ellen@carrow-veterinary.test>
Subject: Re: [Ticket #60042] Outage credit and manager call-back
Date: Tue, 14 Jan 2025 08:59:40 +0000
Message-ID: <ticket-60042.reply-3@escalated.example.test>

--------------mdn7Fq2ZrT8bX0cW1vY3nL5k--
""")

add("de", "-", "receipt", "-", "Outlook-Lesebestätigung 'Gelesen:'",
    raw="""Received: from EUR02-FR2-obe.outbound.protection.outlook.com (EUR02-FR2-obe.outbound.protection.outlook.com [198.51.100.122])
	by mx1.example.test (Postfix) with ESMTPS id 4Zn9Cc0Dd2z5Ee
	for <support@example.test>; Wed, 21 May 2025 14:31:02 +0200 (CEST)
From: "Hartmann, Ingrid" <i.hartmann@hartmann-steuer.test>
To: "support@example.test" <support@example.test>
Subject: Gelesen: AW: [Ticket #65530] Doppelte Abbuchung - Beschwerde
Date: Wed, 21 May 2025 12:31:00 +0000
Message-ID: <FR2PR02MB9113E7D0C1B2A3F4E5D6C7B8A9F0E1D2@FR2PR02MB9113.eurprd02.prod.outlook.com>
Content-Language: de-DE
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_000_FR2PR02MB9113E7D0C1B2A3F4_"

--_000_FR2PR02MB9113E7D0C1B2A3F4_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Ihre Nachricht

  An: Hartmann, Ingrid
  Betreff: AW: [Ticket #65530] Doppelte Abbuchung - Beschwerde
  Gesendet: Mittwoch, 21. Mai 2025 12:10:14 (UTC+01:00) Amsterdam, Berlin, Bern=
, Rom, Stockholm, Wien

wurde am Mittwoch, 21. Mai 2025 14:30:58 (UTC+01:00) Amsterdam, Berlin, Bern, R=
om, Stockholm, Wien gelesen.

--_000_FR2PR02MB9113E7D0C1B2A3F4_
Content-Type: message/disposition-notification

Final-Recipient: RFC822; i.hartmann@hartmann-steuer.test
Disposition: automatic-action/MDN-sent-automatically; displayed
X-MSExch-Correlation-Key: 8yI3rT0bQkaV9cWq1fE2gA==
Original-Message-ID: <ticket-65530.reply-1@escalated.example.test>

--_000_FR2PR02MB9113E7D0C1B2A3F4_--
""", rawcs="ascii")

add("fr", "-", "receipt", "-", "accusé de lecture 'Lu :'",
    raw="""Received: from smtp.bertin-couture.test (smtp.bertin-couture.test [203.0.113.84])
	by mx1.example.test (Postfix) with ESMTPS id 4Yp0Ff1Gg3z6Hh
	for <support@example.test>; Thu, 09 Oct 2025 17:45:20 +0200 (CEST)
From: Martine Bertin <martine@bertin-couture.test>
To: support@example.test
Subject: =?utf-8?Q?Lu=C2=A0:_Re:_[Dossier_#71109]_Remboursement_et_r=C3=A9clamation?=
Date: Thu, 09 Oct 2025 17:45:18 +0200
Message-ID: <mdn-71109.1760024718@bertin-couture.test>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="=_mdn_bertin_71109"

--=_mdn_bertin_71109
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Votre message « Re: [Dossier #71109] Remboursement et réclamation » a été lu le 09/10/2025 à 17:45.

--=_mdn_bertin_71109
Content-Type: message/disposition-notification

Reporting-UA: bertin-couture.test; Roundcube Webmail
Final-Recipient: rfc822; martine@bertin-couture.test
Original-Message-ID: <ticket-71109.reply-2@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

--=_mdn_bertin_71109--
""")

add("es", "-", "receipt", "-", "confirmación de lectura 'Leído:'",
    raw="""Received: from mail.ibarra-consultores.test (mail.ibarra-consultores.test [203.0.113.111])
	by mx1.example.test (Postfix) with ESMTPS id 4Zs1Hh2Jj4z7Kk
	for <support@example.test>; Mon, 24 Feb 2025 11:20:07 +0100 (CET)
From: =?iso-8859-1?Q?Jos=E9_Ibarra?= <jose.ibarra@ibarra-consultores.test>
To: support@example.test
Subject: =?iso-8859-1?Q?Le=EDdo:_Re:_[Caso_#63390]_Datos_perdidos_-_quiero_hablar_?=
 =?iso-8859-1?Q?con_un_responsable?=
Date: Mon, 24 Feb 2025 11:20:05 +0100
Message-ID: <000a01db86a1$3f2e1d00$bd8a5700$@ibarra-consultores.test>
X-Mailer: Microsoft Outlook 16.0
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_000B_01DB86A9.A0F28500"

------=_NextPart_000_000B_01DB86A9.A0F28500
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Su mensaje

  Para: Jos=E9 Ibarra
  Asunto: Re: [Caso #63390] Datos perdidos - quiero hablar con un responsable
  Enviado el: lunes, 24 de febrero de 2025 10:58

ha sido le=EDdo el lunes, 24 de febrero de 2025 11:20.

------=_NextPart_000_000B_01DB86A9.A0F28500
Content-Type: message/disposition-notification

Final-Recipient: RFC822; jose.ibarra@ibarra-consultores.test
Disposition: automatic-action/MDN-sent-automatically; displayed
Original-Message-ID: <ticket-63390.reply-1@escalated.example.test>

------=_NextPart_000_000B_01DB86A9.A0F28500--
""", rawcs="ascii")

add("en", "-", "receipt", "-", "Outlook 'Not read:' MDN (deleted without being read)",
    raw="""Received: from NAM11-BN8-obe.outbound.protection.outlook.com (NAM11-BN8-obe.outbound.protection.outlook.com [198.51.100.240])
	by mx1.example.test (Postfix) with ESMTPS id 4Yv2Kk3Ll5z8Mm
	for <support@example.test>; Fri, 11 Apr 2025 21:02:11 +0100 (BST)
From: Brandon Kessler <bkessler@kessler-auto.test>
To: support@example.test
Subject: Not read: Re: [Ticket #64470] Your complaint about our technician
Date: Fri, 11 Apr 2025 20:02:09 +0000
Message-ID: <BN8PR11MB3698A1B2C3D4E5F60718293A4B5C6D7E@BN8PR11MB3698.namprd11.prod.outlook.com>
Content-Language: en-US
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_000_BN8PR11MB3698A1B2C3D4E5F6_"

--_000_BN8PR11MB3698A1B2C3D4E5F6_
Content-Type: text/plain; charset="us-ascii"

Your message

  To: Brandon Kessler
  Subject: Re: [Ticket #64470] Your complaint about our technician
  Sent: Friday, April 11, 2025 3:40:51 PM (UTC-05:00) Eastern Time (US & Canada)

was deleted without being read on Friday, April 11, 2025 4:02:07 PM (UTC-05:00) Eastern Time (US & Canada).

--_000_BN8PR11MB3698A1B2C3D4E5F6_
Content-Type: message/disposition-notification

Final-Recipient: RFC822; bkessler@kessler-auto.test
Disposition: automatic-action/MDN-sent-automatically; deleted
Original-Message-ID: <ticket-64470.reply-2@escalated.example.test>

--_000_BN8PR11MB3698A1B2C3D4E5F6_--
""")

# ---------------------------------------------------------------- self (the desk's own mail)
add("en", "-", "self", "-", "desk's own acknowledgement looped back from support@ (quotes customer's threats)",
    raw="""Received: from out.example.test (out.example.test [198.51.100.10])
	by mx1.example.test (Postfix) with ESMTPS id 4Zq8Nn4Pp6z9Qq
	for <support@example.test>; Mon, 16 Jun 2025 10:02:15 +0100 (BST)
From: Example Support <support@example.test>
To: Gareth Pryce <gareth.pryce@btinternet.com>
Cc: support@example.test
Subject: Re: [Ticket #40417] Case 40417 - terminal not taking contactless
Date: Mon, 16 Jun 2025 09:02:14 +0000
Message-ID: <ticket-40417.ack-4@escalated.example.test>
In-Reply-To: <CAF3q+Lx0gP2yH@mail.gmail.com>
References: <CAF3q+Lx0gP2yH@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hi Gareth,

I understand this is urgent and I'm escalating this to our management team for immediate
attention. This will ensure you receive the highest level of support and resolution.

What happens next:
• Our management team will review your case personally
• You'll receive a response within 24 hours

Best regards,
Example Customer Support Team

> I will be speaking with my solicitor tomorrow about recovering my losses.
""")

add("en", "-", "self", "-", "internal escalation mail from escalated@example.test (ESCALATION subject, trigger ids in body)",
    raw="""Received: from out.example.test (out.example.test [198.51.100.10])
	by mx1.example.test (Postfix) with ESMTPS id 4Zr9Pp5Qq7z0Rr
	for <support@example.test>; Mon, 16 Jun 2025 10:02:16 +0100 (BST)
From: Escalation Desk <escalated@example.test>
To: Management Escalations <mgmt-escalations@example.test>
Cc: support@example.test
Subject: ESCALATION - Legal threat and broken promise - Ticket #40417
Date: Mon, 16 Jun 2025 09:02:15 +0000
Message-ID: <esc-40417.3@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Priority: P1
Customer: Gareth Pryce (Pryce & Daughters Family Butchers)
Ticket #: 40417

Issue Summary: Contactless payments failing (CARD READ ERROR) since firmware up=
date; replacement promised on the 9th not sent.

Steps Taken:
  1. Remote reset (no effect)
  2. Replacement requested (not dispatched)

Customer Impact: Two weeks of lost card trade.

Customer Expectation: Replacement and compensation. Customer says he will spea=
k to his solicitor tomorrow.

Additional Context: triggers legal_threat, broken_promise, repeat_contact, tec=
hnical_issue.
""")

add("en", "-", "self", "other", "SLA reminder: odd From (desk-notify@), but Message-ID in @escalated.example.test",
    raw="""Received: from out.example.test (out.example.test [198.51.100.10])
	by mx1.example.test (Postfix) with ESMTPS id 4Zs0Qq6Rr8z1Ss
	for <support@example.test>; Tue, 17 Jun 2025 08:00:01 +0100 (BST)
From: Example SLA Watch <desk-notify@example.test>
To: support@example.test
Subject: SLA reminder: Ticket #66120 breaches in 2 hours (outage, customer threatens to sue)
Date: Tue, 17 Jun 2025 07:00:00 +0000
Message-ID: <sla-66120.warn-1@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit

<html><body>
<p><b>Ticket #66120</b> (Kevin Doherty, Doherty Cabs) will breach its Level 3 response deadline at 10:00.</p>
<ul><li>Triggers: outage, legal_threat, corporate_contact_request, repeat_contact</li>
<li>Current level: Management / Executive</li></ul>
<p>Please acknowledge by replying to this mail.</p>
</body></html>
""")

add("de", "-", "self", "-", "automatische Eingangsbestätigung des Desks von support@example.test (deutsch)",
    raw="""Received: from out.example.test (out.example.test [198.51.100.10])
	by mx1.example.test (Postfix) with ESMTPS id 4Zt1Rr7Ss9z2Tt
	for <support@example.test>; Wed, 04 Jun 2025 08:47:33 +0200 (CEST)
From: Example Support <support@example.test>
To: Ralf Koch <ralf.koch@koch-moebel.test>
Bcc: support@example.test
Subject: =?utf-8?Q?Ihre_Anfrage_ist_eingegangen_=E2=80=93_Ticket_#63877?=
Date: Wed, 04 Jun 2025 06:47:32 +0000
Message-ID: <ticket-63877.ack-1@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + base64.encodebytes("""Guten Tag Herr Koch,

vielen Dank für Ihre Nachricht. Wir haben Ihre Beschwerde über die falsche Abbuchung
erhalten (Ticket #63877) und melden uns innerhalb von 24 Stunden.

Ihr Example Support

> Das ist eine Frechheit. Schon wieder falsch abgebucht. Ich kündige, wenn das nicht aufhört!
""".encode("utf-8")).decode("ascii"))

add("en", "-", "self", "other", "agent's personal example.test address, but Message-ID from the desk (quotes customer)",
    raw="""Received: from out.example.test (out.example.test [198.51.100.10])
	by mx1.example.test (Postfix) with ESMTPS id 4Zu2Ss8Tt0z3Uu
	for <support@example.test>; Thu, 12 Jun 2025 15:11:49 +0100 (BST)
From: "Priya S. (Example Support)" <priya.s@example.test>
To: Gareth Pryce <gareth.pryce@btinternet.com>
Cc: Example Support <support@example.test>
Subject: Re: Case 40417 - terminal not taking contactless
Date: Thu, 12 Jun 2025 14:11:48 +0000
Message-ID: <ticket-40417.reply-2@escalated.example.test>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="esc-alt-40417-2"

--esc-alt-40417-2
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi Gareth,

I'm very sorry the replacement has not reached you yet. I'm chasing the warehouse now and
will call you back before 5pm today.

Priya
Example Support

On 12 Jun 2025, Gareth Pryce wrote:
> Third time I'm writing. I want to speak to your manager, this is a disgrace.

--esc-alt-40417-2
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit

<html><body><p>Hi Gareth,</p><p>I'm very sorry the replacement has not reached you yet. I'm chasing the warehouse now and will call you back before 5pm today.</p><p>Priya<br>Example Support</p>
<blockquote type="cite">Third time I'm writing. I want to speak to your manager, this is a disgrace.</blockquote></body></html>

--esc-alt-40417-2--
""")

add("fr", "-", "self", "-", "notification interne en français depuis escalated@example.test",
    raw="""Received: from out.example.test (out.example.test [198.51.100.10])
	by mx1.example.test (Postfix) with ESMTPS id 4Zv3Tt9Uu1z4Vv
	for <support@example.test>; Thu, 12 Mar 2025 10:20:03 +0100 (CET)
From: Escalade Example <escalated@example.test>
To: equipe-n2@example.test
Cc: support@example.test
Subject: =?utf-8?Q?ESCALATION_-_Panne_et_demande_de_responsable_-_Ticket_#44018?=
Date: Thu, 12 Mar 2025 09:20:02 +0000
Message-ID: <esc-44018.1@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Priorité : P1
Client : Aurélie Fontaine (Fontaine Bijoux)
Ticket : 44018

Résumé : panne des terminaux ce matin, la cliente demande à parler à un responsable.
Déclencheurs : outage, manager_request.
""")


# ---------------------------------------------------------------- fixed dates
# Messages whose text or quoted history names a date get a Date: that fits it.
FIXED_DATES = {
    "Re: REFUND NOW": "Sat, 15 Mar 2025 08:12:40 +0000",
    "Re: Terminals offline - Ticket #61832": "Tue, 04 Mar 2025 11:03:17 +0000",
    "FW: Example invoice": "Wed, 02 Apr 2025 10:41:09 +0100",
    "RE: all my customer records are missing": "Thu, 08 May 2025 17:20:33 +0100",
    "Fwd: Example invoices": "Tue, 10 Jun 2025 09:02:55 +0100",
    "Re: Re: Re: export button": "Tue, 21 Jan 2025 10:15:02 +0000",
    "Re: Call back re: payouts": "Thu, 12 Jun 2025 11:48:30 +0100",
    "Re: Re: Re: Re: Migration weekend": "Sat, 04 Oct 2025 09:30:00 +0100",
    "Re: Terminal offline - Ticket 58213": "Mon, 03 Mar 2025 15:40:12 +0100",
    "WG: Rechnung Mai": "Wed, 04 Jun 2025 10:05:44 +0200",
    "Re: Panne terminaux - dossier 44018": "Wed, 12 Mar 2025 11:31:08 +0100",
    "RE: Remboursement": "Fri, 20 Jun 2025 09:12:51 +0200",
    "Re: Incidencia terminales - caso 30192": "Mon, 03 Mar 2025 12:20:45 +0100",
    "Fwd: Retraso entrega": "Fri, 04 Jul 2025 10:02:13 +0200",
    "Fake invoice email with my real order number?": "Mon, 10 Mar 2025 09:15:22 +0000",
    "Re: Case 40417 - terminal not taking contactless": "Mon, 16 Jun 2025 09:55:10 +0100",
}
for _m in M:
    if _m["subject"] in FIXED_DATES:
        _m["o"].setdefault("date", FIXED_DATES[_m["subject"]])
assert sum(1 for _m in M if _m["subject"] in FIXED_DATES) == len(FIXED_DATES)



# ===========================================================================
# output + validation
# ===========================================================================

def main():
    check = "--check" in sys.argv
    order = list(range(len(M)))
    random.Random(20250601).shuffle(order)  # file numbers carry no information about labels
    for f in os.listdir(HERE):
        if f.startswith("h") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    rows = []
    for n, idx in enumerate(order, 1):
        spec = M[idx]
        name = "h%04d.eml" % n
        data = crlf(build(spec, idx))
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        rows.append((name, ",".join(spec["triggers"]) or "-", spec["automated"], spec["lang"],
                     spec["trap"], spec["note"], idx))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\ttriggers\tautomated\tlang\ttrap\tnote\n")
        for r in rows:
            fh.write("\t".join(r[:6]) + "\n")
    print("wrote %d messages + labels.tsv" % len(rows))
    if check:
        validate(rows)


def body_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.get_filename():
            try:
                out.append(part.get_content())
            except Exception as e:  # noqa
                out.append("<<undecodable: %s>>" % e)
    return "\n".join(out)


def validate(rows):
    import collections
    from email import policy
    from email.parser import BytesParser
    problems = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    assert lines[0] == "file\ttriggers\tautomated\tlang\ttrap\tnote", lines[0]
    labelled = []
    for ln in lines[1:]:
        if not ln:
            continue
        cols = ln.split("\t")
        if len(cols) != 6:
            problems.append("bad column count: %r" % ln)
            continue
        labelled.append(cols)
    if sorted(c[0] for c in labelled) != files:
        problems.append("labels.tsv and .eml files differ")
    trig_count = collections.Counter()
    lang_count = collections.Counter()
    auto_count = collections.Counter()
    trap_count = collections.Counter()
    trap_neg = collections.Counter()
    combos = 0
    nonplain = 0
    charsets = collections.Counter()
    ctes = collections.Counter()
    structure = collections.Counter()
    neg_total = 0
    for (f, trig, auto, lang, trap, note), row in zip(labelled, rows):
        raw = open(os.path.join(HERE, f), "rb").read()
        if b"\n" in raw.replace(b"\r\n", b""):
            problems.append("%s: bare LF" % f)
        if b"\r" in raw.replace(b"\r\n", b""):
            problems.append("%s: bare CR" % f)
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            problems.append("%s: line > 998" % f)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        need = ("From", "To", "Subject", "Date", "Message-ID") + (("MIME-Version", "Content-Type") if auto == "-" else ())
        for h in need:
            if msg[h] is None:
                problems.append("%s: missing %s" % (f, h))
        try:
            str(msg["From"]); str(msg["Subject"]); msg["Date"].datetime
        except Exception as e:
            problems.append("%s: header parse %s" % (f, e))
        defects = [d for part in msg.walk() for d in part.defects]
        if defects:
            problems.append("%s: defects %s" % (f, defects))
        txt = body_text(msg)
        if not txt.strip() or "<<undecodable" in txt:
            problems.append("%s: empty/undecodable text" % f)
        spec = M[row[6]]
        if spec["body"] is not None:
            # the first text part must decode back to exactly what was written
            first = next(p for p in msg.walk() if p.get_content_maintype() == "text")
            if first.get_content_subtype() == "plain" and first.get_content().replace("\r\n", "\n").rstrip("\n") != spec["body"].strip("\n"):
                problems.append("%s: body does not round-trip" % f)
        ts = [] if trig == "-" else trig.split(",")
        if ts != sorted(ts) or any(t not in TRIGGERS for t in ts):
            problems.append("%s: bad triggers %s" % (f, trig))
        if auto != "-" and (auto not in AUTOMATED or ts):
            problems.append("%s: bad automated %s" % (f, auto))
        if lang not in LANGS:
            problems.append("%s: bad lang" % f)
        if trap != "-" and trap not in TRAPS:
            problems.append("%s: bad trap %s" % (f, trap))
        if auto == "-" and "@escalated.example.test" in (msg["Message-ID"] or ""):
            problems.append("%s: customer mail with desk Message-ID" % f)
        for t in ts:
            trig_count[t] += 1
        if len(ts) > 1:
            combos += 1
        lang_count[lang] += 1
        auto_count[auto] += 1
        trap_count[trap] += 1
        if not ts and auto == "-":
            neg_total += 1
            if trap != "-":
                trap_neg[trap] += 1
        ct = msg.get_content_type()
        leaves = [p for p in msg.walk() if not p.is_multipart()]
        plain = ct == "text/plain"
        if not plain:
            nonplain += 1
        structure[ct] += 1
        for p in leaves:
            if p.get_content_maintype() == "text":
                charsets[(p.get_content_charset() or "us-ascii").lower()] += 1
                ctes[(p.get("Content-Transfer-Encoding") or "7bit").lower()] += 1
        if "=?" in raw.split(b"\r\n\r\n")[0].decode("ascii", "replace"):
            structure["(RFC 2047 encoded header)"] += 1
    total = len(labelled)
    print("\nmessages: %d" % total)
    print("\n| trigger | positives |\n|---|---|")
    for t in TRIGGERS:
        print("| `%s` | %d |" % (t, trig_count[t]))
    print("\nmessages with 2+ triggers: %d" % combos)
    print("\n| language | messages |\n|---|---|")
    for l in ("en", "de", "fr", "es"):
        print("| %s | %d (%.0f %%) |" % (l, lang_count[l], 100.0 * lang_count[l] / total))
    print("\n| automated | messages |\n|---|---|")
    for a in ["-"] + sorted(AUTOMATED):
        print("| %s | %d |" % (a if a != "-" else "- (customer mail)", auto_count[a]))
    print("\n| trap | all messages | of which no trigger, not automated |\n|---|---|---|")
    for t in sorted(TRAPS) + ["-"]:
        print("| %s | %d | %d |" % (t, trap_count[t], trap_neg[t] if t != "-" else 0))
    print("\nnon-automated messages with no trigger: %d (of which tagged traps: %d)" % (neg_total, sum(trap_neg.values())))
    print("non-plain (top-level not text/plain): %d (%.0f %%)" % (nonplain, 100.0 * nonplain / total))
    print("\ntop-level content types / encoded headers:")
    for k, v in sorted(structure.items(), key=lambda kv: -kv[1]):
        print("  %-45s %d" % (k, v))
    print("text-part charsets:", dict(charsets))
    print("text-part transfer encodings:", dict(ctes))
    print("\nPROBLEMS: %d" % len(problems))
    for p in problems:
        print("  " + p)


if __name__ == "__main__":
    main()
