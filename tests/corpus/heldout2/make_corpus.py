#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""make_corpus.py -- builds the "heldout2" labelled corpus for escalated.

Every message text below was written by hand for this corpus; this script only wraps the
texts into RFC 5322 / MIME (charsets, transfer encodings, HTML, attachments, RFC 2047
headers), assigns neutral file names, writes labels.tsv and validates the result.

Run:  python3 make_corpus.py      (writes into the directory this file lives in)

Licence: MIT (see README.md).
"""
import base64
import collections
import datetime
import email
import email.policy
import hashlib
import html
import html.entities
import os
import quopri
import random
import re
import struct
import sys
import zlib
from email.header import Header
from email.utils import formataddr, parseaddr

OUT = os.path.dirname(os.path.abspath(__file__))

TRIGGERS = [
    "legal_threat", "regulatory", "manager_request", "corporate_contact_request",
    "executive_contact", "security_incident", "data_loss", "outage", "billing_dispute",
    "cancellation_threat", "media_threat", "discrimination_harassment", "safety",
    "broken_promise", "repeat_contact", "high_value_order", "severe_dissatisfaction",
    "feature_request", "technical_issue",
]
AUTOMATED = ["auto_reply", "bounce", "list", "receipt", "self"]
LANGS = ["en", "de", "fr", "es"]
TRAPS = ["title", "quoted", "signature", "negation", "policy_question", "reported",
         "innocuous", "conditional", "other"]

MSGS = []


def M(t, lang, trap, note, frm, subj, body, **opt):
    """A customer (non-automated) message.  t: '-' or comma-separated trigger ids."""
    MSGS.append(dict(t=t, auto="-", lang=lang, trap=trap, note=note, frm=frm, subj=subj,
                     body=body, **opt))


def A(auto, lang, note, raw=None, frm=None, subj=None, body=None, **opt):
    """An automated message.  Either raw (complete message text, headers included) or
    frm/subj/body built like a customer message plus extra headers in opt['hdr']."""
    MSGS.append(dict(t="-", auto=auto, lang=lang, trap="-", note=note, raw=raw, frm=frm,
                     subj=subj, body=body, **opt))


# ---------------------------------------------------------------------------------------
# helpers for building MIME
# ---------------------------------------------------------------------------------------

def _rng(key):
    return random.Random(hashlib.sha256(key.encode("utf-8")).hexdigest())


TZ = {
    "en": ["+0000", "+0100", "-0500", "-0400", "-0700", "-0800", "+1000", "+0100", "-0600"],
    "de": ["+0100", "+0200"],
    "fr": ["+0100", "+0200", "-0500"],
    "es": ["+0100", "+0200", "-0300", "-0600", "-0500"],
}
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def make_date(r, lang):
    base = datetime.datetime(2025, 1, 6, 0, 0, 0)
    d = base + datetime.timedelta(days=r.randint(0, 300), seconds=r.randint(6 * 3600, 23 * 3600))
    tz = r.choice(TZ[lang])
    day = "%d" % d.day if r.random() < 0.6 else "%02d" % d.day
    s = "%s, %s %s %d %02d:%02d:%02d %s" % (DAYS[d.weekday()], day, MONTHS[d.month - 1],
                                            d.year, d.hour, d.minute, d.second, tz)
    if r.random() < 0.1:
        s += " (%s)" % {"+0000": "UTC", "+0100": "CET", "+0200": "CEST", "-0500": "EST",
                        "-0400": "EDT", "-0800": "PST", "-0700": "MST", "+1000": "AEST",
                        "-0300": "ART", "-0600": "CST"}[tz]
    return s


def _hex(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def _alnum(r, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(r.choice(alphabet) for _ in range(n))


MAILERS = ["outlook", "gmail", "apple", "thunderbird", "iphone", "webmail", "outlook", "gmail"]


def make_msgid(r, mailer, domain):
    if mailer == "outlook":
        return "<%s%02dMB%04d%s.%s.prod.outlook.com>" % (
            r.choice(["AM0PR", "DB9PR", "VI1PR", "PAXPR", "BN6PR", "CH2PR", "LO2P", "SJ0PR"]),
            r.randint(1, 99), r.randint(0, 9999), _alnum(r, 16),
            r.choice(["eurprd0%d" % r.randint(1, 9), "namprd1%d" % r.randint(0, 9), "GBRP265"]))
    if mailer == "gmail":
        return "<CA%s@mail.gmail.com>" % _alnum(
            r, 46, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-")
    if mailer in ("apple", "iphone"):
        return "<%s-%s-%s-%s-%s@%s>" % (_hex(r, 8).upper(), _hex(r, 4).upper(), _hex(r, 4).upper(),
                                         _hex(r, 4).upper(), _hex(r, 12).upper(), domain)
    if mailer == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (_hex(r, 8), _hex(r, 4), _hex(r, 4), _hex(r, 4),
                                         _hex(r, 12), domain)
    return "<%d.%s.%d@%s>" % (r.randint(10 ** 9, 10 ** 10), _alnum(r, 8), r.randint(100, 999),
                              "webmail." + domain)


MAILER_HDR = {
    "outlook": ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AQH%s",
                "Content-Language: %s"],
    "gmail": [],
    "apple": ["X-Mailer: Apple Mail (2.3774.500.171.1.1)"],
    "iphone": ["X-Mailer: iPhone Mail (22D72)"],
    "thunderbird": ["User-Agent: Mozilla Thunderbird"],
    "webmail": ["User-Agent: Roundcube Webmail/1.6.9"],
}
LANG_TAG = {"en": "en-GB", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}


def enc_header_text(s, cs):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, cs if cs not in ("us-ascii",) else "utf-8").encode(maxlinelen=76)


def enc_addr(a, cs):
    name, addr = parseaddr(a)
    if not name:
        return addr if "<" not in a else "<%s>" % addr
    if all(ord(c) < 128 for c in name):
        return formataddr((name, addr))
    return formataddr((name, addr), charset=cs if cs != "us-ascii" else "utf-8")


NAMED = {v: k for k, v in html.entities.codepoint2name.items()}


def to_entities(s):
    out = []
    for ch in s:
        o = ord(ch)
        if o < 128:
            out.append(ch)
        elif o in html.entities.codepoint2name:
            out.append("&%s;" % html.entities.codepoint2name[o])
        else:
            out.append("&#%d;" % o)
    return "".join(out)


OUTLOOK_BLOCK = re.compile(r"^(-----(Original Message|Urspr\u00fcngliche Nachricht|Message d'origine|Mensaje original)-----|From: |De : |De: |Von: )")
FIELD = re.compile(r"^(From|Sent|To|Cc|Subject|De|Envoy\u00e9|\u00c0|Objet|Von|Gesendet|An|Betreff|"
                   r"Enviado el|Para|Asunto) ?:")
BQ_STYLE = {
    "gmail": ' class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
             'rgb(204,204,204);padding-left:1ex"',
    "apple": ' type="cite"',
    "iphone": ' type="cite"',
    "thunderbird": ' type="cite" cite="mid:x"',
}


def text_to_html(text, entities=False, mailer="gmail", lang="en", cs="utf-8"):
    """Plain text to a plausible HTML body: '>' lines become <blockquote>; in Outlook mail
    the first header block of the quoted history goes into Outlook's bordered div."""
    lines = text.split("\n")
    out, buf, depth = [], [], 0
    outlook = mailer == "outlook"
    in_block = False
    bq = BQ_STYLE.get(mailer, ' type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                               'padding-left:1ex"')

    def esc(x):
        e = html.escape(x, quote=False)
        return to_entities(e) if entities else e

    def flush_para():
        if buf:
            out.append('<p class="MsoNormal">' + "<br>\n".join(buf) + "</p>" if outlook
                       else "<div>" + "<br>\n".join(buf) + "</div>")
            buf.clear()

    for ln in lines:
        m = re.match(r"^((?:> ?)+)(.*)$", ln)
        d = m.group(1).count(">") if m else 0
        content = m.group(2) if m else ln
        if d != depth:
            flush_para()
            while depth < d:
                out.append("<blockquote%s>" % bq)
                depth += 1
            while depth > d:
                out.append("</blockquote>")
                depth -= 1
        if outlook and not in_block and d == 0 and OUTLOOK_BLOCK.match(content):
            flush_para()
            out.append('<div id="appendonsend"></div>\n<div style="border:none;border-top:solid '
                       '#E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
            in_block = True
            if content.startswith("-----"):
                continue
        if content.strip() == "":
            flush_para()
        else:
            fm = FIELD.match(content) if in_block else None
            if fm:
                buf.append("<b>%s</b>%s" % (esc(content[:fm.end()]), esc(content[fm.end():])))
            else:
                buf.append(esc(content))
    flush_para()
    while depth > 0:
        out.append("</blockquote>")
        depth -= 1
    if in_block:
        out.append("</div>")
    body = "\n".join(out)
    if outlook:
        head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:'
                'office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",'
                'sans-serif;}\n--></style>\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72">\n'
                '<div class="WordSection1">\n' % (cs, LANG_TAG[lang].upper()))
        return head + body + "\n</div>\n</body>\n</html>\n"
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; "
            "charset=" + cs + "\">\n</head>\n<body>\n<div dir=\"ltr\">\n" + body +
            "\n</div>\n</body>\n</html>\n")


def encode_payload(text, cs, cte):
    data = text.encode(cs)
    if cte == "7bit":
        data.decode("ascii")
        return data
    if cte == "8bit":
        return data
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    raise ValueError(cte)


def default_cte(text, cs):
    try:
        text.encode("ascii")
        return "7bit"
    except UnicodeEncodeError:
        return "8bit" if cs != "utf-8" else "quoted-printable"


def leaf(text, subtype, cs, cte):
    cte = cte or default_cte(text, cs)
    hdr = "Content-Type: text/%s; charset=\"%s\"\nContent-Transfer-Encoding: %s\n" % (
        subtype, cs, cte)
    return hdr.encode("ascii") + b"\n" + encode_payload(text, cs, cte)


def png_bytes(key):
    r = _rng(key)
    w, h = 8, 8
    raw = b"".join(b"\x00" + bytes(r.randint(0, 255) for _ in range(w * 3)) for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def pdf_bytes(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]"
            b"/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
            b">>endobj\n4 0 obj<</Length " + str(len(t) + 30).encode() + b">>stream\nBT /F1 12 Tf 72 770 Td ("
            + t + b") Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def attachment(att, key):
    fname, ctype, content = att
    if content is None:
        content = png_bytes(key + fname) if ctype == "image/png" else pdf_bytes(fname)
    if isinstance(content, str):
        content = content.encode("utf-8")
    fn = fname
    if all(ord(c) < 128 for c in fname):
        disp = 'attachment; filename="%s"' % fname
        ct = '%s; name="%s"' % (ctype, fname)
    else:
        enc = Header(fname, "utf-8").encode()
        disp = 'attachment; filename="%s"' % enc
        ct = '%s; name="%s"' % (ctype, enc)
    return ("Content-Type: %s\nContent-Disposition: %s\nContent-Transfer-Encoding: base64\n\n"
            % (ct, disp)).encode("ascii") + base64.encodebytes(content)


def multipart(subtype, parts, boundary, preamble=None):
    out = b"Content-Type: multipart/%s;\n\tboundary=\"%s\"\n\n" % (subtype.encode(), boundary.encode())
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return out


def boundary(r, style):
    if style == "outlook":
        return "_000_%s_" % _alnum(r, 40)
    if style == "gmail":
        return "000000000000%s" % _hex(r, 16)
    if style in ("apple", "iphone"):
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (_hex(r, 8).upper(), _hex(r, 4).upper(),
                                                _hex(r, 4).upper(), _hex(r, 4).upper(),
                                                _hex(r, 12).upper())
    return "------------%s" % _alnum(r, 24)


def build(m, idx):
    key = "%s|%s|%s" % (m.get("frm"), m.get("subj"), idx)
    r = _rng(key)
    if m.get("raw") is not None:
        return m["raw"].lstrip("\n").encode(m.get("raw_cs", "utf-8"))
    cs = m.get("cs", "utf-8")
    cte = m.get("cte")
    kind = m.get("kind", "plain")
    lang = m["lang"]
    name, addr = parseaddr(m["frm"])
    domain = addr.split("@")[1]
    mailer = m.get("mailer") or r.choice(MAILERS)
    hdrs = []
    date = m.get("date") or make_date(r, lang)
    if not m.get("no_received"):
        ip = "%s.%d" % (r.choice(["198.51.100", "203.0.113", "192.0.2"]), r.randint(2, 250))
        hdrs.append("Return-Path: <%s>" % addr)
        hdrs.append("Received: from %s (%s [%s])\n\tby mx1.example.test (Postfix) with ESMTPS id %s\n"
                    "\tfor <support@example.test>; %s" % (
                        "mail." + domain, "mail." + domain, ip, _alnum(r, 11), date))
    hdrs.append("From: " + enc_addr(m["frm"], m.get("hcs", "utf-8")))
    hdrs.append("To: " + m.get("to", "support@example.test"))
    for h in m.get("hdr_pre", []):
        hdrs.append(h)
    hdrs.append("Subject: " + enc_header_text(m["subj"], m.get("hcs", "utf-8")))
    hdrs.append("Date: " + date)
    hdrs.append("Message-ID: " + m.get("msgid", make_msgid(r, mailer, domain)))
    for h in m.get("hdr", []):
        hdrs.append(h)
    for h in MAILER_HDR[mailer]:
        if "%s" in h:
            h = h % (_alnum(r, 20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") if "Thread" in h else LANG_TAG[lang])
        hdrs.append(h)
    hdrs.append("MIME-Version: 1.0")
    head = ("\n".join(hdrs) + "\n").encode("ascii")
    body = m["body"].strip("\n") + "\n"
    if mailer == "iphone" and not re.search(r"^(>|-----|---------- )", body, re.M):
        body += "\n" + {"en": "Sent from my iPhone", "de": "Von meinem iPhone gesendet",
                        "fr": "Envoy\u00e9 de mon iPhone", "es": "Enviado desde mi iPhone"}[lang] + "\n"
    style = mailer
    atts = m.get("att", [])
    if kind == "plain":
        main = leaf(body, "plain", cs, cte)
    elif kind == "html":
        h = m.get("html") or text_to_html(body, entities=m.get("entities", False), mailer=mailer, lang=lang, cs=cs)
        main = leaf(h, "html", cs, cte or ("quoted-printable" if mailer == "outlook" else None))
    elif kind == "alt":
        h = m.get("html") or text_to_html(body, entities=m.get("entities", False), mailer=mailer, lang=lang, cs=cs)
        main = multipart("alternative", [leaf(body, "plain", cs, cte), leaf(h, "html", cs, cte or "quoted-printable")],
                         boundary(r, style))
    else:
        raise ValueError(kind)
    if atts:
        parts = [main] + [attachment(a, key) for a in atts]
        main = multipart("mixed", parts, boundary(r, style) + "_m")
    return head + main


def crlf(data):
    data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return data.replace(b"\n", b"\r\n")


# =======================================================================================
# ENGLISH -- messages with triggers
# =======================================================================================

M("billing_dispute,legal_threat,repeat_contact", "en", "-",
  "3rd contact about add-on charged but never ordered; solicitor/small claims",
  "Dermot O'Callaghan <dermot@thecornercafe.example>", "invoice INV-20931 - again", """
Hi,

Right so I've now written to you three times about this invoice and every time I get a
reply from a different person asking me for the same screenshots. I'll say it one more
time. You billed us £318.00 for the "Pro Hardware Care" add-on which we never ordered.
We are on the basic plan and always have been, you can see that in your own system.

My brother-in-law is a solicitor and he's drafting a letter for me this week. If it
comes to it we'll take it to small claims, I don't want to but I will.

Dermot
The Corner Cafe, Cobh
""", mailer="iphone", cte="8bit")

M("outage,severe_dissatisfaction,technical_issue", "en", "-",
  "all tills offline Saturday night, shouting, 'absolutely unacceptable'",
  "GARY BRENNAN <gary@brennansbar.example>", "TERMINALS ALL OFFLINE", """
ALL 6 OF OUR TILLS SAY "CONNECTING TO SERVER" AND NOTHING HAPPENS. CARD PAYMENTS
DOWN SINCE 7PM ON A SATURDAY NIGHT. THIS IS ABSOLUTELY UNACCEPTABLE WE ARE TURNING
PEOPLE AWAY AT THE DOOR.

CALL ME 07700 900412 NOW

GARY
""", mailer="iphone")

M("security_incident", "en", "-",
  "login from abroad changed payout bank account; no product fault claimed",
  "ines.maartens@hairbyines.example", "someone got into our account??", """
someone logged into our booking account at 3:14am from an ip in romania and changed
the payout bank account to one we dont recognise. we did not do this. please lock the
account before the friday payout goes out

ines
""", mailer="gmail")

M("data_loss,technical_issue", "en", "-",
  "appointments vanished after 4.2 update",
  "Tom Whitfield <tom@whitfieldphysio.example>", "all next week's appointments gone after update", """
hi there

after the 4.2 update last night the appointments for the whole of next week have
disappeared from the calendar. the patients are still in the client list but none of
their bookings are. we had roughly 140 appointments booked across 3 physios.

is there a backup you can restore from? we're ringing people from memory at the moment

tom
""", mailer="thunderbird")

M("feature_request", "en", "-",
  "asks for default payment term per customer",
  "Priya Raman <priya@ramanconsulting.example>", "Small suggestion for invoicing", """
Hi team,

Really liking the new invoicing screen, it's much quicker than before.

One thing that would save us a lot of clicks: could you add a default payment term
per customer? Some of our clients are on 14 days and some on 45, and at the moment we
change it by hand on every single invoice. Ideally it would just pick up the term from
the customer record.

Thanks!
Priya
""", kind="alt", mailer="gmail")

M("broken_promise,manager_request,technical_issue", "en", "-",
  "promised technician visit never came; asks for supervisor; faulty card reader",
  "Colm Devlin <colm.devlin@devlinhardware.example>", "Technician visit - no show", """
Hello,

I was told on the phone last Thursday (by Kevin, I think) that a technician would come
out on Monday morning to replace our card reader, the one that keeps rejecting chip
cards with "Card read error 06". I kept the shop closed till 11 waiting. Nobody came and
nobody rang to say they weren't coming.

I'd like a supervisor to ring me today please, not another ticket number.

Colm Devlin
Devlin Hardware
028 9000 1234
""", mailer="outlook", kind="alt")

M("cancellation_threat,technical_issue", "en", "conditional",
  "receipts print blank; won't renew if not fixed by month end",
  "Hannah Okafor <h.okafor@okafor-deli.example>", "Receipt printer printing blank since update", """
Hello,

Since the March update our receipt printer just feeds out blank paper. The test page
from the printer's own menu prints fine, so it's the till software. We've reinstalled
the driver twice following your help article and nothing changes.

If this isn't sorted by the end of the month we won't be renewing, simple as that.
We can't run a deli without receipts.

Hannah
""", mailer="apple")

M("media_threat,severe_dissatisfaction,technical_issue", "en", "conditional",
  "food blogger threatens followers; double-booking bug; 'disgraceful'",
  "Lola Fitzgerald <lola@lolaeatslondon.example>", "Double booked at YOUR partner restaurant", """
So your booking widget double-booked the chef's table at Marrow on Friday — my party
of six and another party of six, same table, same time, both confirmed by your system.
When I called your line the agent basically said "not our problem, talk to the
restaurant". Disgraceful.

I write a food blog with a little over 40k followers. Unless someone explains what
happened by tomorrow evening I'll be telling them exactly what happened and which
booking system did it.

Lola
""", mailer="iphone")

M("media_threat", "en", "reported",
  "journalist asking for comment; the outage is hearsay",
  "Daniel Okonkwo <d.okonkwo@midlandsbusinessgazette.example>",
  "Press enquiry: card payment disruption on 14 March", """
Good afternoon,

I'm a reporter at the Midlands Business Gazette. I'm working on a piece about the card
payment disruption that affected a number of high-street shops in Leicester on 14 March.
Several retailers told us your terminals were unable to take payments for around four
hours that afternoon.

Could someone from your company comment on what happened and whether merchants will be
compensated? My deadline is Thursday at 5pm.

Kind regards,
Daniel Okonkwo
Business Reporter, Midlands Business Gazette
Tel. 0116 496 0321
""", mailer="outlook")

M("regulatory,security_incident,technical_issue", "en", "-",
  "portal shows another company's invoices; will report to ICO",
  "Rachel Pym <rachel.pym@pymarchitects.example>", "I can see someone else's invoices in your portal", """
Hi,

When I log into the customer portal and open "My invoices", the list shows invoices for
a company called Harbour Lights Ltd. Their address, VAT number, the name of their
director, the lot. None of ours are there. I've attached a screenshot with their details
blacked out.

I assume they can see ours as well. This is personal and commercial data and I'm not
comfortable with it at all. I will be reporting this to the ICO this afternoon; please
tell me what you are doing to contain it.

Rachel Pym
Pym Architects
""", mailer="outlook", att=[("portal_invoices_redacted.png", "image/png", None)])

M("discrimination_harassment", "en", "-",
  "installer made comments about headscarf",
  "Amina Yusuf <amina@yusufpharmacy.example>", "Conduct of your installer on Tuesday", """
Dear Sir or Madam,

The technician you sent to install our two terminals on Tuesday made repeated remarks
about my headscarf, and asked one of my pharmacists whether "her sort" could even run a
business like this. He said it laughing as if it were a joke. It was not funny to
either of us.

The installation itself is done. I want this formally recorded, and I do not want that
man back on our premises.

Amina Yusuf
Yusuf Pharmacy
""", mailer="outlook")

M("safety,technical_issue", "en", "-",
  "handheld battery swelled and got hot on dock",
  "Steve Marsh <steve@marshsfishbar.example>", "TX-40 battery swollen", """
Morning,

One of the TX-40 handhelds got really hot on the charging dock overnight and the battery
has swollen, the back cover is pushed right out and there's a bit of a burnt smell. We've
unplugged it and put it outside on the metal table.

We have 5 more of these on the same type of dock. Should we stop charging them?

Steve
""", mailer="iphone")

M("high_value_order,technical_issue", "en", "-",
  "7 of 25 terminals dead on arrival, PO $19,750",
  "Marcus Bell <mbell@bellandsonsgrocers.example>", "PO 55102 - 7 units won't power on", """
Hi,

We received PO 55102 yesterday: 25 x K2 countertop terminals, $19,750.00 total. Seven of
them don't power on at all — no LED, nothing, tried three different wall sockets and two
of the power supplies from the units that do work.

Our new store opens on the 22nd so we need replacements or a fix quickly. Serial numbers
are in the attached list.

Marcus Bell
Operations, Bell & Sons Grocers
""", mailer="outlook", att=[("PO55102_serials.csv", "text/csv",
   "serial,status\nK2-88130412,dead\nK2-88130415,dead\nK2-88130419,dead\nK2-88130420,dead\n"
   "K2-88130433,dead\nK2-88130434,dead\nK2-88130441,dead\n")])

M("broken_promise,corporate_contact_request,executive_contact", "en", "-",
  "wants CEO's email to write to him; refund promised in January never came",
  "Geraldine Foster <g.foster@fosterflorist.example>", "CEO email address please", """
Hello,

Could you please give me the email address of your chief executive? I intend to write to
him directly about how this has been handled.

In January I was promised, in writing, a refund of the unused months on our old plan when
we moved to the smaller one. It never arrived and nobody answers about it.

Geraldine Foster
""", mailer="apple")

M("repeat_contact,technical_issue", "en", "-",
  "fourth email about sync error E-311",
  "Oliver Grant <oliver@grantbikes.example>", "E-311 sync error (4th email)", """
This is my fourth email about the sync error between the till and the web shop.

Error: E-311 "Inventory push rejected (409)"
Happens: every night at the 02:00 sync
Effect: stock levels online don't update, so we keep selling bikes we don't have

Ticket numbers from the previous three: 48112, 48530, 49007. Please don't ask me for
logs again, they are attached to all three.

Oliver
""", mailer="thunderbird")

M("billing_dispute", "en", "-",
  "charged €59 after cancellation confirmed",
  "Marta Kowalczyk <marta.k@studio-marta.example>", "Charged after cancelling", """
Hi,

We cancelled our subscription on 31 January (confirmation ref CN-88213, I have the email),
but €59.00 was taken from our card again on 1 March.

Please refund it and confirm that nothing more will be charged.

Thanks,
Marta
""", mailer="gmail", cs="utf-8", cte="8bit")

M("manager_request,severe_dissatisfaction", "en", "-",
  "'worst service I've ever had', wants whoever is in charge",
  "Bernard Cole <bernard@thecoleshed.example>", "Company name change - still nothing", """
I have run restaurants for twenty years and I have never dealt with a company this
incompetent. Three weeks, THREE WEEKS, to get a straight answer
to a simple question: how do we move the account over to our new company name after the
merger? Worst service I have ever had from any supplier.

Put me through to whoever is in charge of your support team. Today.

Bernard Cole
""", mailer="outlook")

M("outage,technical_issue", "en", "title",
  "booking engine 503 all morning; sender is a Reservations Manager",
  "Reservations Manager <reservations@clifftophotel.example>", "Booking engine returning 503 errors", """
Hello,

Our booking engine has been returning "503 Service Unavailable" all morning, on the
website and on the channel manager side. No guest has been able to book since about
06:40. We are a 120-room hotel and this is the start of the Easter weekend.

Please treat as urgent.

Siobhan Ryan
Reservations Manager
Clifftop Hotel
""", mailer="outlook", kind="alt")

M("corporate_contact_request", "en", "-",
  "wants registered office address and legal department contact",
  "Keith Armitage <k.armitage@armitagelogistics.example>", "Registered office address", """
Good morning,

Please could you send me the full postal address of your registered head office, and the
name and email of someone in your legal department. We are preparing a formal letter
about the renewal terms of service contract 7781 and want it to go to the right
place rather than into the support queue.

Regards,
Keith Armitage
""", mailer="outlook")

M("feature_request,technical_issue", "en", "-",
  "tip screen crashes over 100%; asks for configurable preset tip buttons",
  "Jess Moreno <jess@beanthereroasters.example>", "tip screen crash + an idea", """
hey!

two things:

1) the tip screen crashes the app if someone enters a tip over 100% (yes, that happened,
it was christmas eve and a regular wanted to be generous). app just closes and we have to
reopen the order, even though the payment did go through.

2) unrelated but it would be great to have preset tip buttons we can set ourselves,
like 10 / 15 / 20, instead of only the custom amount field.

cheers
jess
""", mailer="gmail")

M("billing_dispute,broken_promise", "en", "-",
  "refund of duplicate $89 charge promised, not received",
  "Aaron Li <aaron@lidental.example>", "Refund of duplicate charge - still waiting", """
Hi,

On 3 February your colleague Anna confirmed by email that the duplicate charge of $89.00
on our February invoice would be refunded within 5 business days. It's now 6 March and
nothing has come back to our card.

Could you check what happened please?

Aaron Li
Li Dental Care
""", mailer="outlook")

M("cancellation_threat,technical_issue", "en", "-",
  "moving both shops to a competitor because end-of-day totals are wrong",
  "Fiona McLeod <fiona@mcleodknitwear.example>", "End of day reports", """
Hi,

For the third week running the end-of-day report shows card totals that don't match what
actually lands in the bank, usually off by one or two transactions. I've had to reconcile
by hand every night.

We've been trialling another system at our second shop and honestly, after this month,
we're moving both shops over when our contract ends in June. I'm telling you now so it's
not a surprise.

Fiona
""", mailer="apple")

M("data_loss,legal_threat,technical_issue", "en", "-",
  "18 months of patient records lost in migration; attorney involved",
  "Dr. Karen Holt <karen.holt@holtfamilyclinic.example>", "Lost records after migration", """
To whom it may concern,

Eighteen months of patient appointment history disappeared from our booking system during
your "migration" on 2 June. Your engineer admitted on the phone that the import job
"skipped" records created before the new schema. We have not been given a date for
recovery.

Our attorney has advised us to preserve all correspondence and will be contacting you
regarding damages.

Dr. Karen Holt
Holt Family Clinic
""", mailer="outlook")

M("regulatory", "en", "-",
  "erasure request ignored, filing ICO complaint",
  "Peter Hanlon <p.hanlon@hanlonmail.example>", "Erasure request of 2 January", """
On 2 January I asked you, in writing, to erase my personal data under Article 17 of the
GDPR. I closed my account in December. You have not replied within the one month the
law gives you.

I have today submitted a complaint to the Information Commissioner's Office.

Peter Hanlon
""", mailer="thunderbird")

M("safety", "en", "-",
  "recall letter for K2 power supplies, asks what to do",
  "Nadia Shah <nadia@shahconvenience.example>", "Recall of K2 power supply", """
Hi,

We got a letter from the wholesaler today saying the power supply for the K2 terminals is
being recalled because of a fire risk. We have 9 of them in our 3 stores.

Do we stop using them straight away? And where do we send them?

Thanks
Nadia
""", mailer="gmail")

M("safety", "en", "-",
  "rubber cap on promo item is a choking hazard for a toddler",
  "Becky Lawson <becky.lawson@lawsonplaycafe.example>", "Choking hazard - promo card holders", """
Hi,

The little promotional card holders you sent in the "new merchant" pack have a rubber cap
that comes off really easily. My 2-year-old had one in her mouth this morning in the cafe
(we run a play cafe so there are toddlers everywhere). Luckily I saw her. That's a choking
hazard and I've binned the lot, but you might want to warn other customers.

Becky
""", mailer="iphone")

M("media_threat,technical_issue", "en", "conditional",
  "rota app won't load; 1-star reviews unless reply",
  "Sam Ridley <sam@ridleysgym.example>", "rota app", """
The staff rota app won't load next week's shifts for anyone, just spins. Been like that
since Sunday. Leaving you 1-star reviews on Trustpilot and Capterra tonight unless I hear
back from a human today.
""", mailer="iphone")

M("repeat_contact,broken_promise,severe_dissatisfaction", "en", "-",
  "third chase, promised callback Tuesday never happened; 'absolute disgrace'",
  "Linda Carver <linda@carverflowers.example>", "Re: Case 50231", """
This is the THIRD time I've had to chase this. On Monday I was promised a call back on
Tuesday "before lunch" about our missing payout of the 12th. No call Tuesday, no call
Wednesday, no call today.

This is a joke. An absolute disgrace of a service.

Linda Carver
""", mailer="outlook", hdr=["In-Reply-To: <case-50231.1740992211@example.test>",
                             "References: <case-50231.1740992211@example.test>"])

M("data_loss,executive_contact,technical_issue", "en", "-",
  "loyalty points vanished for all members; CEO copied (Cc header)",
  "Rob Ashworth <rob@ashworthcoffee.example>", "Loyalty points wiped for all 2,300 members", """
Hello,

Since yesterday's update every loyalty member in our system shows 0 points. That's about
2,300 customers, some of whom had saved up for months. The transaction history is still
there, the balances are just zero. Customers are complaining at the counter.

I've copied your CEO, Ms Hartley, because I'd like her to know how this affects a small
business like ours.

Rob Ashworth
Ashworth Coffee
""", mailer="outlook", hdr=["Cc: Eleanor Hartley <e.hartley@example.test>"])

M("security_incident", "en", "-",
  "phishing mail sent from the company's billing domain",
  "Tariq Anwar <tariq@anwarelectrical.example>", "Phishing email from your billing address?", """
Hi,

Three of our staff got an email this morning from billing@example.test — your domain —
asking them to "re-verify the card on file" on a site called example-billing-verify.net.
One of them nearly did it. The headers look genuine as far as I can tell.

Has your email system been compromised? You need to warn people.

Tariq Anwar
""", mailer="outlook")

M("billing_dispute", "en", "conditional",
  "£1,200 setup fee charged though signed quote says £0; chargeback threat",
  "Emma Doyle <emma@doyleandco.example>", "Setup fee", """
Hi,

The quote we signed (page 2) has installation & setup at £0 on the annual plan. The
first invoice has a £1,200 "installation & setup" line on it and it's
already been taken by direct debit.

If that's not reversed by the end of next week I'll just do a chargeback through the bank.

Emma Doyle
""", mailer="gmail")

M("broken_promise,high_value_order,manager_request", "en", "-",
  "€48k rollout promised for 1 April not shipped; wants someone senior",
  "Henrik Larsen <henrik.larsen@nordicbakeries.example>", "Rollout contract NB-2025-03", """
Hello,

Under contract NB-2025-03 (EUR 48,000, 12 stores) your project lead promised that the
terminals for the first four stores would be delivered and configured by 1 April. It is
now 9 April. Nothing has shipped and the tracking page still says "in preparation".

I need to speak with someone senior on your side today, not the project mailbox.

Henrik Larsen
Head of Retail Operations, Nordic Bakeries
""", mailer="outlook", kind="alt")

M("feature_request", "en", "-",
  "long wishlist for reporting features",
  "Chris Beaumont <chris@beaumontwines.example>", "Reporting wishlist", """
Hi folks,

We've been on your system about two years and it does the job. Our accountant and I sat
down last week and made a list of things we'd love to see in the reporting side, in rough
order of importance:

- a report of sales by supplier, not just by category. We buy from about 40 wineries and
  want to know who actually sells.
- the option to schedule the weekly summary to go to more than one email address
- margin per product in the sales report (we enter cost prices already, so the data is
  there)
- being able to save a filter set, e.g. "reds over £20, last 30 days"

None of this is urgent, just sharing in case it helps the product people. Happy to jump
on a call if anyone wants to hear how we use it.

Cheers,
Chris
""", mailer="apple")

M("feature_request", "en", "-",
  "two-liner: add Apple Pay to kiosk",
  "dev@tacotruckco.example", "kiosk", """
pls add apple pay to the kiosk mode, half our customers ask for it. thx
""", mailer="iphone")

M("technical_issue", "en", "-",
  "PDF export access denied error",
  "Wendy Hughes <wendy.hughes@hughesaccountancy.example>", "Error when exporting invoices to PDF", """
Hello,

When I try to export an invoice to PDF I get:

  Export failed: 0x80070005 (Access is denied). Please contact your administrator.

It happens for every invoice, on two different PCs, since Tuesday. Printing directly
works, it’s just the PDF export.

Wendy Hughes
""", mailer="outlook", cs="windows-1252", cte="quoted-printable")

M("outage,technical_issue", "en", "-",
  "portal 502 on every page, other office too",
  "Ben Tate <ben.tate@tateandmoss.example>", "Portal down?", """
Is the portal down? Getting 502 Bad Gateway on every page since about 9:10, colleagues
in the Bristol office get the same.
""", mailer="gmail")

M("discrimination_harassment", "en", "-",
  "collections agent shouted at elderly account holder",
  "Michael Byrne <michael.byrne@byrnebutchers.example>", "Your collections calls to my mother", """
Your collections agent rang my mother (she is the account holder, she is 78) four times on
Sunday, shouted at her, and told her she would "lose the shop" if she didn't pay by card
over the phone there and then. She was in tears when I got there.

That is harassment. The invoice in question was paid on Friday, I have the bank statement.
I want the calls stopped and I want an explanation.

Michael Byrne
""", mailer="gmail")

M("discrimination_harassment", "en", "-",
  "blind customer mocked by support agent",
  "Alan Pritchard <alan.pritchard@pritchardpiano.example>", "Complaint about phone support", """
Hello,

I am blind and use a screen reader. Yesterday I rang your support line because I wanted help changing
the wording of the reminder text on my booking page. The
agent sighed and told me to "get someone who can see to do it for you" and then that he
didn't have time for this.

I found that discriminatory and humiliating, and I would like it addressed.

Alan Pritchard
Pritchard Piano Tuition
""", mailer="apple")

M("safety,technical_issue", "en", "-",
  "charging port sparked, staff member got a shock",
  "Joanne Kerr <joanne@kerrsnewsagents.example>", "Terminal gave my staff a shock", """
One of my staff got an electric shock off the base of the counter terminal this afternoon
when she plugged the charger back in, and there was a spark from the port. She is fine but
shaken. We've unplugged the unit and won't touch it till we hear from you.

Serial K2-77019834.

Joanne Kerr
Kerr's Newsagents
""", mailer="iphone")

M("billing_dispute,regulatory", "en", "-",
  "payments continue after cancellation; complaint filed with CFPB",
  "Darnell Hughes <darnell.hughes@dhlandscaping.example>", "Unauthorized monthly charges", """
I cancelled my subscription in March (you sent a confirmation). You have continued to
charge my card $29.99 on the 5th of every month, April, May and June. I never authorized
these charges.

I have filed a complaint with the CFPB and sent them copies of your cancellation email.

Darnell Hughes
DH Landscaping LLC
""", mailer="gmail")

M("legal_threat,technical_issue", "en", "title",
  "office manager title; solicitors instructed over repeated booking failures",
  "Sophie Keane <s.keane@keanepartners.example>", "Online booking failures", """
Dear Support,

I'm the office manager at Keane & Partners. For the past five weeks your online booking
page has intermittently shown our consultants as fully booked when their diaries are
empty. We have lost an estimated thirty client consultations as a result.

We have now instructed our solicitors to look at the service agreement and recover our
losses.

Sophie Keane
Office Manager | Keane & Partners
""", mailer="outlook", kind="html", entities=True)

M("data_loss", "en", "-",
  "colleague accidentally deleted catalogue; asks restore (not a product fault)",
  "Lee Porter <lee@portercycles.example>", "Restore deleted products?", """
Hi,

A colleague accidentally deleted our entire product catalogue (about 1,800 items) this
morning while trying to clear out some test items. Totally our fault, not yours. Is there
any way you can restore it from your backups? Even yesterday's version would be fine.

Lee
""", mailer="gmail")

M("cancellation_threat,severe_dissatisfaction,technical_issue", "en", "-",
  "cancel account, 'sick of this garbage', bills add up wrong",
  "Vince Russo <vince@russospizza.example>", "cancel", """
Cancel our account. I'm done. Sick to death of this garbage software that can't even add
up a bill with a discount on it — three times this week the total was wrong at the till.
Don't call me to "save" the account.
""", mailer="iphone")

M("manager_request", "en", "other",
  "asks for team leader; agents keep closing the ticket (not repeat_contact)",
  "Ruth Adeyemi <ruth@adeyemitailoring.example>", "Team leader for ticket 55810 please", """
Hello,

Can I please speak to a team leader about ticket 55810? Your replies keep closing it as
"resolved" but the change to our opening hours still hasn't been made on the booking page.

Thanks
Ruth Adeyemi
""", mailer="gmail")

M("executive_contact,media_threat", "en", "conditional",
  "messaged CEO on LinkedIn; will post publicly",
  "Jordan Pike <jordan@pikecreative.example>", "Since nobody here answers", """
I messaged your CEO on LinkedIn this morning since nobody in support answers. If I don't
get a reply from someone by Friday I'm going to write a public post about the whole
experience — the cancelled migration, the three weeks of silence, everything.
""", mailer="gmail")

M("billing_dispute,high_value_order", "en", "title",
  "invoice $8,460 bills 12 licences instead of 8; Practice Manager signature",
  "Grace Nwosu <grace.nwosu@nwosulaw.example>", "Invoice 2025-0419 - wrong licence count", """
Hi,

Invoice 2025-0419 for $8,460.00 bills us for 12 Professional licences. We have 8 users
and have never had more than 8 — you can see that in the admin console. Please correct
the invoice; we won't pay it as it stands.

Grace Nwosu
Practice Manager, Nwosu Law
""", mailer="outlook")

M("billing_dispute", "en", "other",
  "disputed invoice exactly €5,000 - not above threshold",
  "Luca Bianchi <luca@bianchiimport.example>", "Invoice 88014", """
Hello,

Invoice 88014 is for EUR 5,000.00 for "annual premium support". We never ordered premium
support — our contract (attached) only covers standard support. Please cancel the
invoice and issue a correct one.

Luca Bianchi
""", mailer="outlook", att=[("contract_standard_support.pdf", "application/pdf", None)])

M("technical_issue", "en", "other",
  "second email only (two contacts): barcode scanner problem",
  "Hugh Bramley <hugh@bramleyfarmshop.example>", "barcode scanner - second email", """
Hi, this is my second email about this. The barcode scanner beeps but nothing gets added
to the basket on till 2. Till 1 is fine with the same scanner. Any ideas?

Hugh
""", mailer="gmail")

M("broken_promise,technical_issue", "en", "-",
  "fix promised for 'next week's update' 5 weeks ago",
  "Isla Morrison <isla@morrisonbooks.example>", "Re: ISBN lookup fix", """
Your engineer told me the fix for ISBN lookups returning "no results" would be in "next
week's update". That was five weeks and three updates ago, and it's still broken.

Isla
""", mailer="apple", hdr=["In-Reply-To: <d3b1.77201@tickets.example.test>"])

M("security_incident", "en", "-",
  "unrequested password resets and login from unknown device",
  "Femi Adebayo <femi@adebayoautos.example>", "Login from Lagos - not me", """
Hello,

For the last two days I've been getting password reset emails for my admin account that
I didn't request, and this morning I got your "new sign-in" alert for a device in Lagos.
I'm in Manchester and haven't been to Nigeria in years. I've changed my password but
please check what that session did.

Femi
""", mailer="gmail")

M("cancellation_threat,feature_request", "en", "conditional",
  "will switch to Xero unless multi-currency invoicing is added",
  "Astrid Nilsson <astrid@nilssondesign.example>", "Multi-currency invoicing", """
Hi,

We invoice clients in GBP, EUR and SEK. Your invoicing only supports one currency per
account, so we keep a second tool just for the foreign invoices.

Please add multi-currency invoicing. I'll be honest: unless it's on the roadmap for Q3
we'll switch to Xero when our renewal comes up in September.

Astrid
""", mailer="apple")

M("outage,technical_issue", "en", "-",
  "card payments failing on every terminal, host unavailable",
  "Paddy Quinn <paddy@quinnsbar.example>", "Cards not working on any terminal", """
Card payments are failing on every terminal in both bars — "Host unavailable (91)". We've
been cash only since lunchtime. Restarted everything. Your status page says all green.
""", mailer="iphone")

M("severe_dissatisfaction,technical_issue", "en", "-",
  "'I am absolutely furious' kiosk froze on opening day",
  "Nicole Baptiste <nicole@baptistebakery.example>", "Kiosk froze on our opening day", """
I am absolutely furious. Today was the opening day of our second bakery. Your self-order
kiosk froze on the payment screen at 8:15, with a queue out the door, and stayed frozen
until we pulled the plug. Then it froze again at 9:30. We spent months planning this day.

Nicole Baptiste
""", mailer="outlook")

M("corporate_contact_request,severe_dissatisfaction", "en", "-",
  "wants head office phone number, not support; 'fed up to the back teeth'",
  "Walter Simms <walter.simms@simmsgarage.example>", "head office number", """
What is the phone number for your head office? Not the support line. I am fed up to the
back teeth with your support line, it's the most useless thing I've ever had the misery
of dealing with.

W. Simms
""", mailer="outlook")

M("legal_threat,regulatory", "en", "-",
  "reporting to Trading Standards and solicitor will be in touch",
  "Carol Jennings <carol@jenningsbridal.example>", "Terminal sold as new & refusal to refund", """
Dear Sirs,

You sold us a terminal described as "new" that turned out to be a refurbished unit —
scratched casing, worn keypad, a 2021 manufacturing date — and then refused to take it back.

I have reported this to Trading Standards today, and my solicitor will be in touch with
you separately.

Carol Jennings
Jennings Bridal
""", mailer="outlook")

M("executive_contact", "en", "-",
  "writing to the board about cancelled partnership tier",
  "Anil Mehta <anil@mehtapharma.example>", "Partner tier discontinued", """
Hello,

I was informed today that the partner tier we've been on since 2019 is being discontinued
and our pricing doubles from July. I have written to your board of directors about this
decision and the way it was communicated.

Anil Mehta
""", mailer="outlook")

M("media_threat", "en", "-",
  "freelance journalist asking for comment on pricing changes",
  "Laura Chen <laura.chen@freelancewriter.example>", "Request for comment - POS pricing feature", """
Hi,

I'm a freelance journalist writing a feature for TechRetail Monthly about how
point-of-sale providers have changed their pricing for small retailers this year. I'd
like to include your company. Would someone be available for a 15-minute call next week,
or could you send a statement on your 2025 price changes?

Best,
Laura Chen
""", mailer="gmail")

M("legal_threat", "en", "reported",
  "reports own lawyer will write (adopted)",
  "Owen Price <owen@pricejoinery.example>", "Minimum term clause", """
Hi,

My lawyer has looked at the 36-month minimum term clause in our agreement. She says it is
unenforceable as it was never disclosed at signing and she'll be writing to you next week
to formally contest it.

Owen
""", mailer="gmail")

M("outage,repeat_contact,technical_issue", "en", "-",
  "can't log in at all, third email today",
  "Maya Goldberg <maya@goldbergyoga.example>", "Cannot log in - 3rd email today", """
Third email today. Nobody on my team can log in at all, web or app — the login page just
reloads after entering the password. Classes start at 6pm and we can't see who booked.
""", mailer="iphone")

M("high_value_order,manager_request,technical_issue", "en", "-",
  "£27,500 kitchen display order - screens keep rebooting; wants escalation",
  "Sunil Patel <sunil.patel@spicegardengroup.example>", "Kitchen display order SG-1187", """
Dear Support,

We installed the kitchen display system from order SG-1187 (£27,500 including
installation) in our four restaurants last month. The screens reboot every 20–40 minutes
during service, and each time the screen stays blank for a minute or two. Your
first-line team has had us reset the units twice.

I'd like this escalated please — we need someone technical at a senior level to look at
it, because we cannot keep running a kitchen like this.

Sunil Patel
Operations Director, Spice Garden Group
""", mailer="outlook", kind="alt")

M("safety,technical_issue", "en", "-",
  "receipt printer smoking",
  "Harriet Bloom <harriet@bloomandgrow.example>", "Printer smoking!", """
The receipt printer on till 1 started smoking during a print about 10 minutes ago. Unplugged
it. Burnt plastic smell through the whole shop. What do we do with it, and can you send a
replacement?
""", mailer="iphone")

M("data_loss,technical_issue", "en", "-",
  "invoice PDFs corrupted after archive",
  "Derek Fowler <derek@fowlerplumbing.example>", "Archived invoices won't open", """
Hi,

All our invoices from 2023 that were moved to the archive last month now open as blank
pages or give "The file is damaged and could not be repaired" in Acrobat. That's about
600 invoices and our accountant needs them for the tax return.

Derek Fowler
""", mailer="outlook", cs="iso-8859-1", cte="quoted-printable")

M("repeat_contact,severe_dissatisfaction", "en", "-",
  "keeps contacting, 'pathetic', wants contract papers",
  "Monique Harris <monique@harrisevents.example>", "CONTRACT COPY", """
I keep contacting you for a signed copy of our contract and keep getting nothing back.
Five emails and two calls. This is absolutely pathetic. It's a PDF. Send it.
""", mailer="iphone")

M("billing_dispute,cancellation_threat", "en", "-",
  "price rise charged despite locked price; won't renew",
  "Ian Lockwood <ian@lockwoodopticians.example>", "Price increase on locked contract", """
Hello,

Our contract locks the price at £45/month per location until 2026. This month's invoice
charges £59 per location for all three sites. That's £42 more than it should be.

Please correct it. And to be clear, after the way this has been handled we won't be
renewing when the contract ends.

Ian Lockwood
""", mailer="outlook")

M("corporate_contact_request,executive_contact,legal_threat", "en", "-",
  "wants CEO & legal dept addresses for court papers",
  "Patricia Moreau <p.moreau@moreaucatering.example>", "Addresses for service", """
Please provide the postal address of your head office and the email address of your CEO
and your legal department. Our lawyers are preparing a claim against your company over the
contract dispute we have been discussing with your account team since March, and I intend to write to your CEO
before the papers are filed.

Patricia Moreau
Moreau Catering Ltd
""", mailer="outlook")

M("manager_request,technical_issue", "en", "-",
  "lowercase; wants supervisor; gift cards won't redeem",
  "kyle.b@kylesbarbers.example", "gift cards", """
gift cards we sold over christmas won't redeem, says "card not active" for every single one
even though they show as sold in the back office. customers are getting annoyed with us.
can i talk to a supervisor or someone who actually knows the system please
""", mailer="gmail")

M("broken_promise,data_loss,technical_issue", "en", "-",
  "promised data recovery not done; customer list missing",
  "Sandra Whyte <sandra@whytestudio.example>", "Customer list still missing", """
Hello,

After the crash on the 4th, about a third of our customer records (everyone with a surname
from M to Z, oddly) are missing. Your engineer said on the 5th that they'd be restored
"by the end of the week". That was two weeks ago and they're still missing.

Sandra Whyte
""", mailer="apple", kind="alt")

M("discrimination_harassment", "en", "-",
  "sales rep told 72-year-old he was too old; age discrimination",
  "Nathan Greaves <nathan@greavesironmongery.example>", "Your sales visit on Wednesday", """
Hi,

My father (he's 72 and still runs the shop with me) booked the demo of your new till.
Your sales rep looked at him, said he was probably "too old to learn a touchscreen" and
did the whole demo talking only to me while Dad stood there. Dad has used computers since
before your rep was born.

That's age discrimination, plain and simple, and I'd like to know what you intend to do
about it.

Nathan Greaves
""", mailer="gmail")

M("discrimination_harassment,manager_request", "en", "-",
  "engineer called owner 'sweetheart', asked for 'the man in charge'; wants his manager",
  "Claire Donnelly <claire@donnellydeli.example>", "Field engineer visit 14/05", """
Hello,

Your field engineer repeatedly called me "sweetheart" during the visit and twice asked to
speak to "the man in charge" before he would show me the new settings. I own the business.
There is no man in charge.

I would like to speak to his manager about this, please.

Claire Donnelly
""", mailer="apple", kind="alt")

M("discrimination_harassment", "en", "-",
  "sales rep sending threatening texts after upgrade declined",
  "Ravi Kumar <ravi@kumarmotors.example>", "Texts from your sales rep", """
Hi,

Since I declined the hardware upgrade two weeks ago, one of your sales reps has been
texting my personal mobile late at night. Eleven messages so far. The last one, at 23:40
on Saturday, said "you'll regret this when your old terminals stop working, I'll make
sure of it".

I've got screenshots. Please make it stop.

Ravi
""", mailer="iphone")

M("billing_dispute,regulatory", "en", "-",
  "auto-renewed $1,188 without notice; complaint to Attorney General",
  "Brenda Tillman <brenda@tillmanquilts.example>", "Auto-renewal charge $1,188", """
Hello,

You auto-renewed our annual plan and charged $1,188.00 to my card on June 2nd without any
renewal reminder whatsoever. I would not have renewed. I want
this charge reversed.

I have also filed a complaint with the Texas Attorney General's consumer protection
division about your auto-renewal practice.

Brenda Tillman
Tillman Quilts, Fredericksburg TX
""", mailer="outlook")

M("billing_dispute,regulatory", "en", "-",
  "merchant fee 1.9% instead of agreed 1.4%; complaint lodged with ACCC",
  "Mick Harrington <mick@harringtonsurf.example>", "Merchant fee rate changed without notice", """
G'day,

Our agreement says 1.4% on card transactions. Last month's statement charged 1.9% — that's
$310 in fees we shouldn't have paid. Nobody told us about any change.

I've lodged a complaint with the ACCC and want the difference credited.

Mick Harrington
Harrington Surf Co, Byron Bay
""", mailer="gmail")

M("corporate_contact_request", "en", "innocuous",
  "wants HQ address to send returned terminal; warehouse 'lost' returns (physical items)",
  "Ursula Finch <ursula@finchbooks.example>", "HQ address", """
Hi,

What's the street address of your headquarters? Your returns warehouse has lost two
parcels of mine already, so I'd rather send this last returned terminal to head office
by recorded delivery with a covering letter.

Ursula Finch
""", mailer="thunderbird")

M("security_incident,technical_issue", "en", "-",
  "password reset link logs into another person's account",
  "Greg Allard <greg@allardvet.example>", "Password reset logs me into someone else's account", """
Hi,

I just used "forgot password" on the booking admin. The reset link logged me straight
into an account belonging to a dog groomer in Leeds — I could see her clients, their
phone numbers, everything. I logged out immediately and didn't touch anything.

You need to look at this now.

Greg Allard
Allard Veterinary
""", mailer="gmail")

M("cancellation_threat,high_value_order,technical_issue", "en", "conditional",
  "£64k enterprise contract, reporting API timing out; won't renew unless fixed",
  "Deborah Stone <deborah.stone@stonehousehotels.example>", "Enterprise contract renewal - reporting API", """
Dear Account Team,

Our enterprise agreement (£64,000 per year, 9 hotels) renews on 1 July. Since February the
reporting API has been timing out on any query longer than one week, which means our
finance team has been pulling reports by hand from each property. Ticket 61044 has been
open for eleven weeks.

Unless this is resolved before the renewal date, we will not be renewing.

Deborah Stone
Group Finance Director, Stonehouse Hotels
""", mailer="outlook", kind="alt")

M("high_value_order", "en", "-",
  "$31,200 tablet order delivered to wrong address; no technical fault",
  "Jamal Wright <jamal@wrightfitness.example>", "Order 7712 - never arrived", """
Hi,

Order 7712 (60 x tablets with stands, $31,200.00) shows as "delivered" on the courier's
site on Monday, but it was delivered to an address in Newark we've never heard of, not to
our warehouse in Jersey City. The signature on the proof of delivery isn't anyone who works
here.

We need these for a launch on the 1st. What are you doing to recover them?

Jamal Wright
""", mailer="outlook")

M("cancellation_threat,outage,severe_dissatisfaction,technical_issue", "en", "other",
  "third outage this month (incidents, not contacts); moving provider; 'beyond a joke'",
  "Tony Sharma <tony@sharmasupermarket.example>", "Down again", """
Your system is down AGAIN — nothing will load on any till, "Service unavailable". That's
the third outage this month. This is beyond a joke, it is an utter shambles. We'll be
moving to another provider as soon as I can get one installed.
""", mailer="iphone")

M("feature_request", "en", "-",
  "please support Bancontact for new Brussels shop",
  "Elise Verbeke <elise@verbekechocolates.example>", "Bancontact on terminals", """
Hello,

We're opening a shop in Brussels in the autumn. Please support Bancontact on the K2
terminals — almost every Belgian customer pays with it, and without it we can't use your
terminals there.

Thanks,
Elise
""", mailer="apple")

M("feature_request", "en", "negation",
  "'not a complaint' then asks for dark mode",
  "Zoe Hartmann <zoe@hartmannstudio.example>", "dark mode?", """
Not a complaint at all, the back office works great. Just a wish: a dark mode for the back
office would be lovely for those of us doing the books at midnight.
""", mailer="gmail")

M("repeat_contact", "en", "-",
  "emailed twice, called once for invoice copy; no dispute",
  "Harold Biggs <harold@biggsbuilders.example>", "Copy of invoice March", """
Hello,

I've emailed twice already and rang once last week asking for a copy of our March invoice
for the accountant. Still nothing in my inbox. Could somebody please just send it?

Harold Biggs
""", mailer="outlook")

M("broken_promise", "en", "-",
  "promised staff training never scheduled",
  "Yasmin Begum <yasmin@begumtextiles.example>", "Staff training session", """
Hello,

When we signed up in February your onboarding specialist promised a training session for
our new staff in March. Nobody ever got in touch to schedule it, and now it's May and the
new staff are learning the system by trial and error.

Yasmin Begum
""", mailer="outlook")

M("executive_contact", "en", "-",
  "will contact VP of Sales met at trade show",
  "Frank Delgado <frank@delgadoliquors.example>", "Quote for 14 stores", """
Hi,

Three weeks and still no quote for our 14 stores. I'll be contacting your VP of Sales
directly — we met at RetailX in March and she gave me her card.

Frank
""", mailer="gmail")

M("media_threat,severe_dissatisfaction", "en", "-",
  "has posted a Google review; 'the most disgusting treatment'",
  "Agnes Whitmore <agnes.whitmore@whitmoreantiques.example>", "My review", """
After the most disgusting treatment I have ever received from a company, I have posted a
review on Google and on Facebook telling everyone exactly how your staff spoke to me when
I asked to return a terminal within the 14 days.

A. Whitmore
""", mailer="outlook")

M("safety,technical_issue", "en", "-",
  "tablet screen shattered and cut a waiter",
  "Pedro Alves <pedro@alvesgrill.example>", "Tablet screen shattered - staff injured", """
Hi,

One of the waiter tablets' screens shattered by itself while it was in the holster, no
drop, and when our waiter took it out he cut two fingers on the glass. He needed first aid.
This is the second tablet with a cracked screen this month.

Pedro
""", mailer="gmail")

M("outage,technical_issue", "en", "-",
  "whole platform down on US east coast",
  "Kim Tran <kim.tran@phohouse.example>", "Everything down - East Coast", """
Your whole platform seems to be down for us. POS, online ordering and the kitchen display
all show "Unable to reach server" at all three locations (Boston, Providence, Hartford).
Started 11:52 ET. Screenshot and the app log attached.
""", mailer="gmail", att=[("Screenshot 2025-06-03 at 11.58.02.png", "image/png", None),
                          ("pos-app.log", "text/plain",
                           "11:52:03 WARN  sync: request timed out after 30000ms\n"
                           "11:52:33 ERROR api: GET /v2/session -> 503 Service Unavailable\n"
                           "11:53:03 ERROR api: GET /v2/session -> 503 Service Unavailable\n"
                           "11:53:04 INFO  ui: showing 'Unable to reach server'\n")])

M("technical_issue", "en", "-",
  "Android 14 crash in menu editor",
  "Ahmed Siddiqui <ahmed@siddiquisweets.example>", "Menu editor crash on Android 14", """
Hi,

The app crashes every time I open the menu editor on my phone (Samsung S23, Android 14,
app version 7.3.1). It shows the spinner, then "App keeps stopping". On my iPad it works.

Ahmed
""", mailer="gmail")

M("billing_dispute", "en", "-",
  "long rambling letter; double charge for March in one sentence",
  "Mary-Kate O'Brien <mk@obriensteashop.example>", "A few things", """
Hello there,

I hope you're well. I've been meaning to write for a while, so forgive the long email.

First of all, the new layout on the till is lovely, the girls in the shop picked it up in
no time and the bigger buttons are a godsend for my eyes. We've also started using the
loyalty stamps and the regulars love them.

Secondly, we're thinking of putting a second till in the back room for the tea-tasting
events in the summer. Would that need a second licence, or is it covered? We don't need
anything fancy, just something to take cards.

Thirdly — and this is the real reason I'm writing — we were charged twice for March,
two payments of £79.00 on the 1st, and I'd like one of them back please.

Oh, and my daughter Aoife will be doing the books from next month so she might be in
touch, she's much better with computers than me.

Thank you and God bless,
Mary-Kate O'Brien
O'Brien's Tea Shop, Kinsale
""", mailer="outlook", cs="windows-1252", cte="8bit")

M("repeat_contact,severe_dissatisfaction", "en", "-",
  "ALL CAPS shouting; called 4 times",
  "DOUG FERGUSON <doug@fergusonfuels.example>", "NOBODY ANSWERS", """
WHY DOES NOBODY ANSWER THE PHONE. I HAVE CALLED 4 TIMES TODAY AND EMAILED YESTERDAY ABOUT
GETTING OUR NEW MANAGER A LOGIN. 45 MINUTES ON HOLD EACH TIME. THIS IS OUTRAGEOUS.
""", mailer="outlook")

M("media_threat", "en", "-",
  "podcast host asking for interview; listeners' terminal problems are hearsay",
  "Brett Kowalski <brett@smallshopshow.example>", "Interview request - The Small Shop Show", """
Hey there,

I host The Small Shop Show, a podcast about independent retail (about 25k listeners a
week). A few of our listeners have written in about problems with their terminals this
spring and we're doing an episode on it. Would someone from your team be willing to come
on and give your side? We record on Thursdays.

Brett
""", mailer="gmail")

M("security_incident,technical_issue", "en", "-",
  "full card numbers printed on merchant receipt since update",
  "Fatima Zahra <fatima@zahrabeauty.example>", "Full card numbers on merchant receipts", """
Hi,

Since the update on Tuesday, the merchant copy of the receipt prints the customer's full
16-digit card number and expiry date instead of the masked one. We've printed about 200
of these. We have them in a locked drawer for now.

Fatima Zahra
""", mailer="apple")


# =======================================================================================
# ENGLISH -- no trigger (traps, how-to, thanks)
# =======================================================================================

M("-", "en", "title",
  "office manager asking how to add a user",
  "Beth Sullivan <beth.sullivan@sullivanestates.example>", "Adding a new user", """
Hi,

I'm the office manager here at Sullivan Estates and I've been asked to add our new
lettings negotiator to the booking system. How do I give her access to the viewings
calendar only, without the invoicing side?

Thanks,
Beth Sullivan
Office Manager
""", mailer="outlook")

M("-", "en", "title",
  "Head of Legal signature, asks for invoice copy",
  "Victoria Ashby <v.ashby@brightwaterhotels.example>", "Copy of invoice INV-77120", """
Hello,

Could you please send a copy of invoice INV-77120 (February) to this address? Our
accounts payable team can't find the original.

Many thanks,

Victoria Ashby
Head of Legal
Brightwater Hotels plc
""", mailer="outlook", kind="alt")

M("-", "en", "title",
  "Manager of IT asking about API rate limits",
  "Colin Yates <colin.yates@yatesgroup.example>", "API rate limits", """
Hi,

We're building a nightly export from your booking API into our data warehouse. What are
the rate limits on the /bookings endpoint, and is there a bulk export we should use
instead?

Colin Yates
Manager of IT Infrastructure
Yates Group
""", mailer="thunderbird")

M("-", "en", "title",
  "'our account manager' existing role; asks for price list",
  "Lucy Chambers <lucy@chambersgifts.example>", "Updated price list", """
Hi there,

Our account manager, Sarah, said I should email this address for the updated 2025 price
list for paper rolls and spare chargers. Could you send it over?

Thanks!
Lucy
""", mailer="gmail")

M("-", "en", "title",
  "Social Media Manager asks to use logo in a launch post",
  "Tasha Reid <tasha@greenleafcafes.example>", "Using your logo in a post", """
Hi!

I'm the social media manager for Greenleaf Cafés. We've just switched all five cafés to
your self-order kiosks and we'd love to post about it on Instagram and tag you. Is it okay
to use your logo, and do you have a version with a transparent background?

Tasha Reid
Social Media Manager | Greenleaf Cafés
""", mailer="iphone")

M("-", "en", "title",
  "customer is their own CEO (signature); asks for quote",
  "Robert Kane <robert@kanebrewing.example>", "Quote for taproom", """
Hello,

We're opening a taproom next to the brewery in September and would like a quote for two
countertop terminals and a kitchen printer.

Best,
Robert Kane
Chief Executive Officer
Kane Brewing Co.
""", mailer="outlook")

M("-", "en", "title",
  "Security Manager signature; asks about training dates",
  "Daniel Frost <daniel.frost@frostsecurity.example>", "Training dates", """
Hi,

Do you have any dates for the online admin training in June? Two of us would like to join.

Daniel Frost
Security Manager
Frost Security Services
""", mailer="outlook")

M("-", "en", "quoted",
  "thanks; own earlier conditional cancel threat is only in Gmail quote",
  "Rosie Turner <rosie@turnersflorist.example>", "Re: Ticket 58812", """
Thanks Maria, that fixed it! The card reader pairs again after the firmware reset.
Much appreciated.

Rosie

On Tue, 11 Mar 2025 at 14:02, Maria (Support) <support@example.test> wrote:
> Hi Rosie,
>
> Sorry for the trouble. Could you try holding the power button for 15 seconds until the
> LED flashes blue, then pair it again from Settings > Devices?
>
> Best,
> Maria
>
> On Mon, 10 Mar 2025 at 18:40, Rosie Turner <rosie@turnersflorist.example> wrote:
>> The card reader won't pair with the iPad anymore, it just says "Device not found".
>> Honestly if this isn't fixed by the weekend I'm cancelling, I can't take payments at
>> the market without it.
""", mailer="gmail", kind="alt", hdr=["In-Reply-To: <t58812.2@example.test>", "References: <t58812.1@example.test> <t58812.2@example.test>"])

M("-", "en", "quoted",
  "Outlook header block quoting earlier outage report; now resolved",
  "Gareth Evans <gareth.evans@evanshardware.example>", "RE: Ticket 60113", """
Confirmed, all tills are running again since 10:30. You can close the ticket.

Gareth

-----Original Message-----
From: Support <support@example.test>
Sent: 22 April 2025 09:58
To: Gareth Evans <gareth.evans@evanshardware.example>
Subject: RE: Ticket 60113

Hi Gareth, we've identified the cause and rolled out a fix. Could you confirm whether your
tills can connect now?

-----Original Message-----
From: Gareth Evans <gareth.evans@evanshardware.example>
Sent: 22 April 2025 08:41
To: Support <support@example.test>
Subject: Ticket 60113

None of our tills can connect, the whole system is down. Absolutely unacceptable on a
bank holiday weekend.
""", mailer="outlook")

M("-", "en", "quoted",
  "HTML reply; angry lawyer threat only inside <blockquote>",
  "Helen Price <helen.price@priceandpartners.example>", "Re: Your case 61220", """
Hi Tom,

Thank you for sorting the invoice so quickly, and for the credit note. All good from our
side now.

Kind regards,
Helen

On 3 May 2025, at 09:12, Tom (Support) <support@example.test> wrote:
> Dear Helen,
> I'm sorry about the duplicate invoice. I've cancelled INV-8890 and issued a credit note.
>
>> On 2 May 2025, at 17:55, Helen Price <helen.price@priceandpartners.example> wrote:
>> You have invoiced us twice for April (£420 each). If this isn't corrected by Monday
>> I'll be passing it to our solicitor. I'm furious about this.
""", kind="html", mailer="apple")

M("-", "en", "quoted",
  "forwarded outage notice; neutral question about end-of-day",
  "Sean Doyle <sean@doylespharmacy.example>", "Fwd: Service incident 14 March - resolved", """
Hi,

Forwarding your notice below. Does this mean we need to re-run the end-of-day for the 14th,
or was it done automatically once things were back up?

Thanks
Sean

---------- Forwarded message ---------
From: Status <status@example.test>
Date: Fri, 14 Mar 2025 at 18:20
Subject: Service incident 14 March - resolved
To: <sean@doylespharmacy.example>

Between 13:05 and 16:40 GMT card payments were unavailable on some terminals due to an
outage at one of our payment processors. The issue is now resolved. We apologise for the
disruption.
""", mailer="gmail")

M("-", "en", "quoted",
  "forwarded colleague mail with complaint words; own text is a how-to",
  "Megan Holt <megan@holtbakery.example>", "Fwd: till problem?", """
Hi support — forwarding this from my colleague. I think she just needs to know how to void
a line on an open order, could you send her the steps? I've told her it isn't a bug.

Megan

-------- Forwarded Message --------
Subject: till problem?
Date: Sat, 26 Apr 2025 07:55:12 +0100
From: Jenny Marsh <jenny@holtbakery.example>
To: Megan Holt <megan@holtbakery.example>

the till is broken again, it won't let me delete a scone from the order!! this is the
worst system ever, can we not just go back to the old one and cancel this thing
""", mailer="thunderbird")

M("-", "en", "signature",
  "long legal disclaimer mentions legal action; asks for W-9",
  "Janet Morales <jmorales@moraleslawncare.example>", "W-9 form", """
Hi,

Our bookkeeper needs your W-9 for the vendor file. Could you email it to me?

Thank you,
Janet Morales
Morales Lawn Care LLC

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be
legally privileged. If you are not the intended recipient, any use, disclosure, copying
or distribution is strictly prohibited and may result in legal action. If you have
received this e-mail in error, please notify the sender immediately and delete it.
""", mailer="outlook")

M("-", "en", "signature",
  "GDPR/data-breach reporting footer; asks to change billing email",
  "Paul Hennessy <p.hennessy@hennessyopticians.example>", "Change billing email", """
Hello,

Please change the email for our invoices to accounts@hennessyopticians.example from next
month.

Regards,
Paul Hennessy

--
Hennessy Opticians Ltd, registered in England no. 01234567.
We process personal data in accordance with the UK GDPR. To report a suspected data breach
or make a complaint to the ICO about our handling of your data, contact our Data Protection
Officer at dpo@hennessyopticians.example. This message may contain confidential information;
unauthorised use may lead to court proceedings.
""", mailer="outlook", kind="alt")

M("-", "en", "signature",
  "signature with 'Recall Coordinator' job and safety footer; asks for manual",
  "Laura Stein <laura.stein@steinfoods.example>", "User manual K2", """
Hi, could you send the user manual for the K2 terminal as a PDF? Thanks.

Laura Stein
Quality & Recall Coordinator
Stein Foods Ltd.
Safety first: report any injury or fire hazard on our sites to safety@steinfoods.example
""", mailer="outlook")

M("-", "en", "negation",
  "explicitly not cancelling; asks renewal date",
  "Owen Maddox <owen@maddoxgolf.example>", "renewal date", """
Hi, we're not planning to cancel or anything, just want to check when our contract renews
so I can put it in the budget. Is it August or September?
""", mailer="gmail")

M("-", "en", "negation",
  "no data lost, restore worked; thank-you",
  "Kirsty Lang <kirsty@langphysio.example>", "Thanks for the restore", """
Hi Ahmed,

Just to let you know the restore worked perfectly — no data was lost at all, every
appointment is back where it should be. Thank you for staying late to do it.

Kirsty
""", mailer="apple")

M("-", "en", "negation",
  "'not trying to escalate'; agent was lovely; question on receipt logo",
  "Graham Wells <graham@wellsbooks.example>", "Receipt logo size", """
Hi,

Not trying to escalate this or anything, the agent I spoke to yesterday was lovely. I just
forgot to ask her: what's the maximum size for the logo at the top of the receipt? I'm
getting a new one designed.

Graham
""", mailer="outlook")

M("-", "en", "negation",
  "not going to sue; asks what arbitration clause means",
  "Carla Benson <carla@bensonstudios.example>", "Question about new terms", """
Hi! I'm not going to sue anyone lol, but the updated terms mention "binding arbitration"
and I have no idea what that means for a tiny business like mine. Could someone explain
in plain English?
""", mailer="iphone")

M("-", "en", "negation",
  "nobody hurt, nothing overheated; wants spare battery price",
  "Ian Rutherford <ian@rutherfordtaxis.example>", "Spare batteries", """
Hi,

Before anyone worries: nothing has overheated and nobody's been hurt, the batteries are
just getting old after three years. How much is a spare battery for the TX-40 handheld and
can we swap them ourselves?

Ian
""", mailer="gmail")

M("-", "en", "policy_question",
  "refund policy for damaged hardware",
  "Noor Hassan <noor@hassanfabrics.example>", "Refund policy", """
Hello, what is your refund policy if a terminal arrives damaged in the post? I'm about to
order two and want to know before I do. Thanks, Noor
""", mailer="gmail")

M("-", "en", "policy_question",
  "asks whether an SLA for outages exists; board wants it",
  "Philippa Grant <philippa.grant@grantretailgroup.example>", "SLA question before signing", """
Dear Sales team,

Before we sign, our board would like to understand your service levels. Do you offer an
SLA with an uptime guarantee and service credits for outages? If so, could you send the
document?

Kind regards,
Philippa Grant
Procurement Lead, Grant Retail Group
""", mailer="outlook", kind="alt")

M("-", "en", "policy_question",
  "GDPR compliance question and DPA request",
  "Stefan Novak <stefan@novakdental.example>", "GDPR / DPA", """
Hi,

Is your booking system GDPR compliant, and where is patient data hosted? We'd also need a
signed data processing agreement (DPA) before we go live. Could you send one?

Stefan Novak
Novak Dental
""", mailer="thunderbird")

M("-", "en", "policy_question",
  "'would we lose data when switching plan' question",
  "Ann-Marie Cole <annmarie@colecrafts.example>", "Switching to annual", """
If we switched from monthly to annual billing, would we lose any of our data or settings,
or does everything carry over? Just want to be sure before I click the button.
""", mailer="gmail")

M("-", "en", "policy_question",
  "hypothetical cancellation within 30 days",
  "Hamish Boyd <hamish@boydbutchers.example>", "Kiosk trial", """
Hello,

Would I be able to cancel within the first 30 days if the kiosk doesn't suit our shop?
We're quite small and I'm not sure customers will use it.

Hamish
""", mailer="outlook")

M("-", "en", "policy_question",
  "procedural order cancellation, wrong colour",
  "Leah Fischer <leah@fischerboutique.example>", "Cancel order #4471", """
Hi, how do I cancel order #4471? I ordered the black stand but need the white one. Happy to
place a new order. Thanks!
""", mailer="iphone")

M("-", "en", "policy_question",
  "what happens in an outage - offline mode?",
  "Victor Osei <victor@oseimarket.example>", "Offline mode", """
Out of interest, what happens if your servers go down — do the terminals keep taking card
payments offline and sync later, or do we need a backup plan?
""", mailer="gmail")

M("-", "en", "policy_question",
  "planned maintenance downtime question",
  "Joy Adams <joy@adamscafe.example>", "Sunday maintenance", """
Hi, I got the email about maintenance on Sunday night. Will the tills work during it? We're
open till 11pm Sundays.
""", mailer="gmail")

M("-", "en", "reported",
  "friend had a breach elsewhere; asks how passwords are stored",
  "Gemma Wilde <gemma@wildehairstudio.example>", "How do you store passwords?", """
Hi,

A friend who owns a salon told me her old booking provider had a data breach last year and
all her clients got spam texts afterwards. It's put me a bit off cloud software. Can you
tell me how you store passwords and client details?

Gemma
""", mailer="iphone")

M("-", "en", "reported",
  "husband says call a lawyer; customer doesn't adopt it",
  "Diane Marsh <diane@marshgifts.example>", "Standard vs Plus", """
Hello,

My husband says I should call a lawyer over the fees, but honestly I think I just misread
the plan when I signed up. Could you explain the difference between Standard and Plus, and
whether I can move down to Standard?

Diane
""", mailer="gmail")

M("-", "en", "reported",
  "colleague joked about suing; thanks for the new feature",
  "Alex Romero <alex@romeroframes.example>", "New label printing", """
The new label printing is brilliant. My colleague joked that we should sue you for all the
hours we wasted doing it by hand before it existed. Quick question: can I change the font
size on the price line?
""", mailer="gmail")

M("-", "en", "reported",
  "accountant mentions trading standards jokingly; not adopted",
  "Bill Hargreaves <bill@hargreavesbikes.example>", "VAT number on invoices", """
Hi,

My accountant says I should "report you to trading standards" because I can never find
your VAT number — she's joking, I think. Could you tell me what it is? We need it for the
quarterly return.

Bill
""", mailer="outlook")

M("-", "en", "innocuous",
  "tennis club: 'court' bookings",
  "Martin Fell <bookings@fellviewtennis.example>", "Court bookings for juniors", """
Hello,

We use your booking system for our six tennis courts. Is it possible to reserve courts 5
and 6 for the junior coaching every Saturday morning, so members can't book them?

Martin Fell
Club Secretary, Fellview Tennis Club
""", mailer="outlook")

M("-", "en", "innocuous",
  "law firm with attorneys wants Outlook integration",
  "Rebecca Lowe <rlowe@lowe-attorneys.example>", "Booking for client consultations", """
Hello,

We are a small law firm (three attorneys and a paralegal) and would like to let clients
book initial consultations online. Does your booking system sync with Outlook calendars,
and can each attorney have their own availability?

Rebecca Lowe
Lowe & Co. Attorneys at Law
""", mailer="outlook")

M("-", "en", "innocuous",
  "restaurant named 'The Fire Pit' opening new location",
  "Danny Marr <danny@thefirepit.example>", "Second location", """
Hey, we're opening a second Fire Pit BBQ in the Northern Quarter next month. Can we run both
restaurants under one account with separate menus?
""", mailer="gmail")

M("-", "en", "innocuous",
  "lost a power cable during move (physical item)",
  "Olivia Park <olivia@parkflowers.example>", "Replacement cable", """
We lost the power cable for one of the terminals during the shop move (probably in one of
about 40 boxes). Can we buy a replacement? Which one do we need for the K2?
""", mailer="iphone")

M("-", "en", "innocuous",
  "positive press coverage mention; thanks",
  "Ruairi Walsh <ruairi@walshbutchers.example>", "Thanks!", """
Hi all,

Just wanted to say thanks — we got a lovely bit of press in the local paper this week
about our new self-service kiosk, and half the town has been in to try it. Couldn't have
done it without your team's help with the setup.

Ruairi
""", mailer="outlook", kind="html")

M("-", "en", "innocuous",
  "'killing it', 'crash course' innocuous wording; asks for training video",
  "Tom Baxter <tom@baxterbrew.example>", "Training videos", """
Our new barista is killing it on the till already — I gave her a crash course in 20 minutes.
Do you have short training videos I could send to new staff before their first shift?
""", mailer="gmail")

M("-", "en", "innocuous",
  "asks to pass praise to agent's manager (not a manager request)",
  "Sheila Burke <sheila@burkeshoes.example>", "Thank you to Tom", """
Hello,

I just wanted to say that Tom on your phone line was wonderful yesterday. He spent nearly
an hour with me setting up our new stock categories and never once made me feel silly.
Could you pass my thanks on to him and to his manager? He deserves to hear it.

Sheila Burke
""", mailer="outlook", kind="alt")

M("-", "en", "innocuous",
  "own CEO needs annual invoice copy for auditors",
  "Martha Quinn <martha.quinn@quinnlogistics.example>", "Annual invoice copy for auditors", """
Hi,

Our CEO has asked me to get copies of all invoices from 2024 for the auditors. Is there a
way to download them all at once from the portal rather than one by one?

Martha Quinn
Finance Assistant
""", mailer="outlook")

M("-", "en", "innocuous",
  "saw your ad on social media; asks about food-truck plan",
  "Carlos Mendes <carlos@mendestacos.example>", "Food truck plan?", """
Hi, I saw your ad on Instagram. Do you have a plan for food trucks? We only trade 3 days a
week and mostly at markets with patchy signal.
""", mailer="iphone")

M("-", "en", "innocuous",
  "'is my data safe' question",
  "Eileen Ward <eileen@wardhaberdashery.example>", "Is my data safe?", """
Hello dear,

If my laptop is stolen, is my shop's data safe? I have the booking program saved on it and
I worry about these things.

Eileen
""", mailer="outlook")

M("-", "en", "other",
  "second email only; asks for PDF manual",
  "Nigel Shaw <nigel@shawgarden.example>", "Second request: PDF manual", """
Second email about this — could someone send the user manual for the kitchen printer in
PDF? Thanks.

Nigel
""", mailer="outlook")

M("-", "en", "other",
  "large order request ($21k) with no problem",
  "Helena Brooks <h.brooks@brookspharmacies.example>", "Quote for 30 terminals", """
Hi,

We'd like to order 30 more K2 terminals for our new branches (we estimate around $21,000 at
list price). Please send a formal quote including delivery to three sites.

Helena Brooks
Procurement, Brooks Pharmacies
""", mailer="outlook")

M("-", "en", "other",
  "customer promises to pay by Friday",
  "Roy Tanner <roy@tannerbarbers.example>", "Outstanding invoice", """
Hi, sorry for the delay — I promise to pay the outstanding invoice by Friday. Can you
resend your bank details? I can't find the email with them.
""", mailer="gmail")

M("-", "en", "other",
  "mild disappointment only",
  "Julia Fenwick <julia@fenwickstationers.example>", "Training session moved", """
Hi,

A little disappointed the training session got moved, we'd arranged cover for it, but no
worries. Is Thursday at 2pm still fine for the new slot?

Julia
""", mailer="outlook")

M("-", "en", "other",
  "asks whether CSV export exists (not a feature request)",
  "Ken Ito <ken@itosushi.example>", "Export to CSV?", """
can I export the monthly sales to CSV? or only PDF?
""", mailer="gmail")

M("-", "en", "other",
  "asks for normal support phone number and hours",
  "Pauline Dixon <pauline@dixonnails.example>", "Phone number", """
Hi, what's your support phone number and what hours are you open on Saturdays? Thanks
""", mailer="iphone")

M("-", "en", "policy_question",
  "how to enable 2FA",
  "Andrew Hale <andrew@haleaccountants.example>", "Two-factor authentication", """
Hi,

How do I turn on two-factor authentication for all staff accounts? Our insurer is asking
us to enable it everywhere.

Andrew Hale
""", mailer="outlook")

M("-", "en", "policy_question",
  "security questionnaire / SOC 2 request",
  "Priscilla Moore <pmoore@mooregroup.example>", "Vendor security questionnaire", """
Hello,

As part of our annual vendor review, could you complete the attached security questionnaire
and share your latest SOC 2 Type II report? Deadline is end of next month.

Kind regards,
Priscilla Moore
Vendor Risk Analyst, Moore Group
""", mailer="outlook", att=[("Vendor_Security_Questionnaire_2025.pdf", "application/pdf", None)])

M("-", "en", "-",
  "plain how-to: receipt footer",
  "Liam Foley <liam@foleyscoffee.example>", "Receipt footer text", """
Hi,
how do I change the text at the bottom of the receipt? I want to add our wifi password.
Cheers, Liam
""", mailer="gmail")

M("-", "en", "-",
  "plain how-to: second printer",
  "Agnieszka Nowak <agnieszka@nowakdeli.example>", "Adding a second printer", """
Hello,

We bought a second receipt printer for the back counter. How do I add it so that only
drinks orders print there?

Agnieszka
""", mailer="outlook")

M("-", "en", "-",
  "plain how-to: bank holiday opening hours",
  "Simon Reeve <simon@reeveosteo.example>", "Bank holiday hours", """
Can I set different opening hours just for bank holidays on the booking page, or do I have
to block out the times by hand?
""", mailer="apple")

M("-", "en", "-",
  "thank-you note",
  "Margaret Hill <margaret@hillwool.example>", "Thank you", """
Dear all,

Just a short note to say thank you. Ten years with your tills this month and I've never
regretted it. Here's to ten more.

Margaret Hill
Hill's Wool Shop
""", mailer="outlook", kind="html", entities=True)

M("-", "en", "other",
  "asks whether allergen display exists (existence question)",
  "Ben Archer <ben@archerkitchen.example>", "Allergens on kiosk", """
Hi,

Is there a way to show allergen info on the kiosk when a customer taps a dish? If so, where
do I enter it?

Ben
""", mailer="gmail")


# =======================================================================================
# AUTOMATED MAIL (raw, hand-written headers)
# =======================================================================================

A("auto_reply", "en", "vacation reply with RFC 3834 Auto-Submitted", raw="""
Return-Path: <>
Received: from mail.hollisdesign.example (mail.hollisdesign.example [198.51.100.23])
	by mx1.example.test (Postfix) with ESMTPS id 4ZxQ1m0Lk2z9
	for <support@example.test>; Mon, 4 Aug 2025 09:12:03 +0100 (BST)
Date: Mon, 4 Aug 2025 09:12:02 +0100
From: Fiona Hollis <fiona@hollisdesign.example>
To: support@example.test
Subject: Away: Re: [Ticket 62018] Your invoice question
Message-ID: <vacation.1754295122.8831@hollisdesign.example>
In-Reply-To: <t62018.3@example.test>
Auto-Submitted: auto-replied (vacation)
Precedence: auto_reply
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Thanks for your email. I'm on holiday until Monday 18 August with no access to email.

For anything urgent about studio bookings please contact Tom on 01632 960 441.

Fiona
""")

A("auto_reply", "en", "Outlook automatic reply without Auto-Submitted; mentions lawyer/escalate", raw="""
Received: from EUR05-AM6-obe.outbound.protection.outlook.example (mail-am6eur05.outbound.protection.outlook.example [203.0.113.41])
	by mx1.example.test (Postfix) with ESMTPS id 4ZyR3b1Hq8z1
	for <support@example.test>; Tue, 17 Jun 2025 14:30:55 +0000 (UTC)
From: Marcus Bell <mbell@bellandsonsgrocers.example>
To: Support <support@example.test>
Subject: Automatic reply: PO 55102 - replacement units
Thread-Topic: PO 55102 - replacement units
Thread-Index: AQHb3ZKfXl2k9m8xS0y1c2VnZg==
Date: Tue, 17 Jun 2025 14:30:54 +0000
Message-ID: <f1c8a0d2b3e94f0a9d1b2c3d4e5f6071@AM6PR04MB5271.eurprd04.prod.outlook.example>
In-Reply-To: <po55102.4@example.test>
X-MS-Has-Attach:
X-MS-Exchange-Inbox-Rules-Loop: mbell@bellandsonsgrocers.example
X-MS-TNEF-Correlator:
X-Auto-Response-Suppress: All
Content-Language: en-GB
X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

I am out of the office until 23 June. For anything related to store openings please contac=
t Jane Ortiz. For legal or contractual matters contact our attorney's office at legal@bel=
landsonsgrocers.example; if an issue needs to be escalated urgently please call my manage=
r on +1 201 555 0143.

Marcus Bell
Operations, Bell & Sons Grocers
""")

A("auto_reply", "en", "customer's helpdesk 'we received your request' auto-ack quoting trigger words", raw="""
Return-Path: <support+id88120@stonehousehotels.example>
Received: from mail.stonehousehotels.example (mail.stonehousehotels.example [192.0.2.77])
	by mx1.example.test (Postfix) with ESMTPS id 4Zk2Lp0Vb4z6
	for <support@example.test>; Wed, 21 May 2025 10:02:11 +0100 (BST)
Date: Wed, 21 May 2025 09:02:10 +0000
From: Stonehouse IT Service Desk <support@stonehousehotels.example>
Reply-To: Stonehouse IT Service Desk <support+id88120@stonehousehotels.example>
To: support@example.test
Subject: [Stonehouse IT] Request received: Re: Ticket 61044 - escalated to engineering
Message-ID: <88120.ack.1747818130@stonehousehotels.example>
Auto-Submitted: auto-generated
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="--==_mimepart_682d9612a1b2c_3f7a"

----==_mimepart_682d9612a1b2c_3f7a
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

## Please type your reply above this line ##

Your request (88120) has been received and is being reviewed by our IT service desk.

Summary: Re: Ticket 61044 - escalated to engineering
"The reporting API outage has been escalated to our engineering team and a manager
will contact you today."

You can view the request at https://itdesk.stonehousehotels.example/requests/88120

This email is a service from Stonehouse IT Service Desk.

----==_mimepart_682d9612a1b2c_3f7a
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: 7bit

<html><body><div style="color:#b5b5b5">## Please type your reply above this line ##</div>
<p>Your request (88120) has been received and is being reviewed by our IT service desk.</p>
<p><b>Summary:</b> Re: Ticket 61044 - escalated to engineering</p>
<blockquote>The reporting API outage has been escalated to our engineering team and a manager
will contact you today.</blockquote>
<p>You can view the request at <a href="https://itdesk.stonehousehotels.example/requests/88120">https://itdesk.stonehousehotels.example/requests/88120</a></p>
<p style="color:#999">This email is a service from Stonehouse IT Service Desk.</p>
</body></html>

----==_mimepart_682d9612a1b2c_3f7a--
""")

A("auto_reply", "en", "out-of-office with no RFC 3834 headers at all", raw="""
Received: from mail.lawsonplaycafe.example (mail.lawsonplaycafe.example [198.51.100.88])
	by mx1.example.test (Postfix) with ESMTPS id 4ZpQ9t3Xc1z2
	for <support@example.test>; Thu, 10 Jul 2025 16:45:20 +0100 (BST)
From: "Becky Lawson" <becky.lawson@lawsonplaycafe.example>
To: <support@example.test>
Subject: Out of Office: Re: Choking hazard - promo card holders
Date: Thu, 10 Jul 2025 16:45:19 +0100
Message-ID: <000001dbf1a2$7c3d9e10$74b8da30$@lawsonplaycafe.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit
X-Mailer: Microsoft Outlook 16.0

Hi, thanks for your message! I'm on maternity leave from 1 July and won't be reading
emails. For anything about the café, bookings or suppliers, please email
hello@lawsonplaycafe.example and Dan will get back to you.

Becky x
""")

A("auto_reply", "de", "Abwesenheitsnotiz mit Auto-Submitted; erwähnt Vorgesetzten", raw="""
Return-Path: <>
Received: from mx.mueller-feinkost.example (mx.mueller-feinkost.example [203.0.113.12])
	by mx1.example.test (Postfix) with ESMTPS id 4ZtW8k2Nm5z3
	for <support@example.test>; Fri, 25 Jul 2025 08:03:44 +0200 (CEST)
Date: Fri, 25 Jul 2025 08:03:43 +0200
From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <j.mueller@mueller-feinkost.example>
To: support@example.test
Subject: =?utf-8?q?Abwesenheitsnotiz=3A_Re=3A_Ihre_Anfrage_=5BTicket_62231=5D?=
Message-ID: <autoreply-20250725080343.17a2@mueller-feinkost.example>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Sehr geehrte Damen und Herren,

vielen Dank f=C3=BCr Ihre Nachricht. Ich bin bis einschlie=C3=9Flich 8. Augus=
t im Urlaub und habe keinen Zugriff auf meine E-Mails.

In dringenden F=C3=A4llen wenden Sie sich bitte an meinen Vorgesetzten, Herr=
n Thomas Krause (t.krause@mueller-feinkost.example, Tel. 0711 555 2190).

Mit freundlichen Gr=C3=BC=C3=9Fen
J=C3=BCrgen M=C3=BCller
M=C3=BCller Feinkost GmbH
""")

A("auto_reply", "de", "Outlook 'Automatische Antwort' ohne RFC 3834, iso-8859-1 QP", raw="""
Received: from mail.baeckerei-schuster.example (mail.baeckerei-schuster.example [192.0.2.145])
	by mx1.example.test (Postfix) with ESMTPS id 4ZnV2d6Rf8z4
	for <support@example.test>; Mon, 12 May 2025 11:21:09 +0200 (CEST)
From: Schuster, Petra <p.schuster@baeckerei-schuster.example>
To: "support@example.test" <support@example.test>
Subject: Automatische Antwort: Ihre Rechnung 2025-0311
Thread-Topic: Ihre Rechnung 2025-0311
Date: Mon, 12 May 2025 09:21:08 +0000
Message-ID: <7b2e4c1a90d84c52a1e6f3b0d2c4a911@VI1PR08MB3310.eurprd08.prod.outlook.example>
X-MS-Exchange-Inbox-Rules-Loop: p.schuster@baeckerei-schuster.example
X-Auto-Response-Suppress: All
Content-Language: de-DE
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Guten Tag,

ich bin bis zum 19.05. nicht im B=FCro. Ihre Nachricht wird nicht weitergeleit=
et. Bei Fragen zu Rechnungen wenden Sie sich bitte an buchhaltung@baeckerei-sc=
huster.example.

Freundliche Gr=FC=DFe
Petra Schuster
B=E4ckerei Schuster KG, Gesch=E4ftsf=FChrung
""")

A("auto_reply", "fr", "réponse automatique avec Auto-Submitted, sujet RFC 2047", raw="""
Return-Path: <>
Received: from smtp.boulangerie-leclerc.example (smtp.boulangerie-leclerc.example [198.51.100.60])
	by mx1.example.test (Postfix) with ESMTPS id 4ZsR7y1Kd9z5
	for <support@example.test>; Wed, 13 Aug 2025 07:15:31 +0200 (CEST)
Date: Wed, 13 Aug 2025 07:15:30 +0200
From: =?UTF-8?B?U3TDqXBoYW5lIExlY2xlcmM=?= <s.leclerc@boulangerie-leclerc.example>
To: support@example.test
Subject: =?UTF-8?Q?R=C3=A9ponse_automatique_=3A_absence_du_bureau?=
Message-ID: <absence.1755062130.4471@boulangerie-leclerc.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Bonjour,

Je suis absent jusqu'au 25 août inclus. Pendant mon absence, vos messages ne seront pas
transférés.

Pour toute question urgente concernant les commandes, merci de contacter Mme Garnier au
01 23 45 67 89.

Cordialement,
Stéphane Leclerc
Boulangerie Leclerc & Fils
""")

A("auto_reply", "fr", "message d'absence sans en-têtes RFC 3834; mentionne directeur et réclamation", raw="""
Received: from mail.cabinet-roux.example (mail.cabinet-roux.example [203.0.113.201])
	by mx1.example.test (Postfix) with ESMTPS id 4ZqM5s8Jb2z7
	for <support@example.test>; Tue, 22 Apr 2025 17:40:02 +0200 (CEST)
From: Cabinet Roux <accueil@cabinet-roux.example>
To: support@example.test
Subject: Absent(e) : Re: Votre dossier 60877
Date: Tue, 22 Apr 2025 17:40:01 +0200
Message-ID: <1745336401.6611.roux@cabinet-roux.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: 8bit

Madame, Monsieur,

Le cabinet est fermé du 22 au 28 avril. Votre message sera traité à notre retour.

Pour toute réclamation urgente, vous pouvez écrire à notre directeur, M. Roux, à
direction@cabinet-roux.example.

Le secrétariat
""", raw_cs="iso-8859-1")

A("auto_reply", "es", "respuesta automática con Auto-Submitted", raw="""
Return-Path: <>
Received: from correo.ferreteria-ortega.example (correo.ferreteria-ortega.example [192.0.2.33])
	by mx1.example.test (Postfix) with ESMTPS id 4ZwB6c0Pa7z8
	for <support@example.test>; Fri, 1 Aug 2025 12:00:14 +0200 (CEST)
Date: Fri, 1 Aug 2025 12:00:13 +0200
From: Luis Ortega <luis@ferreteria-ortega.example>
To: support@example.test
Subject: =?UTF-8?Q?Respuesta_autom=C3=A1tica=3A_Fuera_de_la_oficina?=
Message-ID: <vac.20250801120013.91@ferreteria-ortega.example>
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Hola,

Estoy de vacaciones hasta el 25 de agosto. Para cualquier asunto urgente, llam=
e a la tienda al 912 345 678.

Un saludo,
Luis Ortega
Ferreter=C3=ADa Ortega
""")

A("auto_reply", "es", "acuse de recibo automático del sistema de tickets del cliente, sin Auto-Submitted", raw="""
Received: from mail.grupo-alameda.example (mail.grupo-alameda.example [198.51.100.140])
	by mx1.example.test (Postfix) with ESMTPS id 4ZlX3f4Tg6z9
	for <support@example.test>; Thu, 19 Jun 2025 18:22:47 -0500 (CDT)
From: "Soporte Grupo Alameda" <soporte@grupo-alameda.example>
To: support@example.test
Subject: =?iso-8859-1?Q?Hemos_recibido_su_solicitud_=23SA-40912?=
Date: Thu, 19 Jun 2025 18:22:46 -0500
Message-ID: <SA-40912.ack@helpdesk.grupo-alameda.example>
X-Autorespond: SA-40912
MIME-Version: 1.0
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><body>
<p>Estimado/a cliente:</p>
<p>Hemos recibido su mensaje y le hemos asignado el n=FAmero de solicitud <b>SA-40912=
</b>. Uno de nuestros agentes le responder=E1 en un plazo m=E1ximo de 48 horas h=E1b=
iles.</p>
<p>Por favor, no responda a este correo; es un mensaje autom=E1tico.</p>
<p>Atentamente,<br>Departamento de Atenci=F3n al Cliente<br>Grupo Alameda</p>
</body></html>
""")

# ---------------------------------------------------------------- bounces

A("bounce", "en", "Postfix DSN returning our reply that quotes a legal threat", raw="""
Return-Path: <>
Received: by mx1.example.test (Postfix)
	id 4ZbC7d2Fq1z0; Mon, 3 Mar 2025 10:14:09 +0000 (UTC)
Date: Mon, 3 Mar 2025 10:14:09 +0000 (UTC)
From: MAILER-DAEMON@mx1.example.test (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: support@example.test
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4ZbC7d2Fq1z0.1741000449/mx1.example.test"
Content-Transfer-Encoding: 8bit
Message-Id: <20250303101409.4ZbC7d2Fq1z0@mx1.example.test>

This is a MIME-encapsulated message.

--4ZbC7d2Fq1z0.1741000449/mx1.example.test
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

<dermot@thecornercafe.example>: host mail.thecornercafe.example[198.51.100.9]
    said: 550 5.1.1 <dermot@thecornercafe.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)

--4ZbC7d2Fq1z0.1741000449/mx1.example.test
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.example.test
X-Postfix-Queue-ID: 4ZbC7d2Fq1z0
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: Mon,  3 Mar 2025 10:14:07 +0000 (UTC)

Final-Recipient: rfc822; dermot@thecornercafe.example
Original-Recipient: rfc822;dermot@thecornercafe.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.thecornercafe.example
Diagnostic-Code: smtp; 550 5.1.1 <dermot@thecornercafe.example>: Recipient
    address rejected: User unknown in virtual mailbox table

--4ZbC7d2Fq1z0.1741000449/mx1.example.test
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

Return-Path: <support@example.test>
From: Support <support@example.test>
To: dermot@thecornercafe.example
Subject: Re: invoice INV-20931 AGAIN
Date: Mon, 3 Mar 2025 10:14:05 +0000
Message-ID: <r.20931.5@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear Dermot,

I'm sorry you've had to write three times. I have escalated the invoice to our billing
manager and the add-on charge will be credited.

> My brother-in-law is a solicitor and he's drafting a letter for me this week. If it
> comes to it we'll take it to small claims.

Kind regards,
Support

--4ZbC7d2Fq1z0.1741000449/mx1.example.test--
""")

A("bounce", "en", "Exim failure; returned message mentions data breach", raw="""
Return-path: <>
Received: from mail by relay2.hostingco.example with local (Exim 4.97)
	id 1uBq5X-0007Qm-2k
	for support@example.test; Wed, 14 May 2025 16:20:31 +0000
X-Failed-Recipients: it@harbourlights.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@relay2.hostingco.example>
To: support@example.test
Content-Type: text/plain; charset=us-ascii
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1uBq5X-0007Qm-2k@relay2.hostingco.example>
Date: Wed, 14 May 2025 16:20:31 +0000

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  it@harbourlights.example
    host mx.harbourlights.example [203.0.113.90]
    SMTP error from remote mail server after RCPT TO:<it@harbourlights.example>:
    550 5.2.1 Mailbox disabled for this recipient

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
Received: from [192.0.2.10] (helo=out.example.test)
	by relay2.hostingco.example with esmtps (TLS1.3) (Exim 4.97)
	(envelope-from <support@example.test>)
	id 1uBq5W-0007Qf-1c
	for it@harbourlights.example; Wed, 14 May 2025 16:20:30 +0000
From: Support <support@example.test>
To: it@harbourlights.example
Subject: Important: possible exposure of your invoices - data breach notification
Date: Wed, 14 May 2025 16:20:28 +0000
Message-ID: <notice.7712@example.test>

Dear customer,

We are contacting you because a fault in our customer portal may have allowed another
account to view your invoices between 12 and 14 May. This is a personal data breach and
we have notified the ICO. No payment card data was exposed.
""")

A("bounce", "en", "Office 365 NDR, multipart/report with Windows-1252 QP", raw="""
Received: from EUR03-DB5-obe.outbound.protection.outlook.example (mail-db5eur03.outbound.protection.outlook.example [203.0.113.160])
	by mx1.example.test (Postfix) with ESMTPS id 4ZdF8h5Lw3z0
	for <support@example.test>; Thu, 27 Mar 2025 13:02:41 +0000 (UTC)
MIME-Version: 1.0
From: <postmaster@nordicbakeries.onmicrosoft.example>
To: <support@example.test>
Date: Thu, 27 Mar 2025 13:02:40 +0000
Content-Type: multipart/report; report-type=delivery-status;
	boundary="a1b2c3d4-0000-4e5f-9a8b-7c6d5e4f3a2b"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d@DB9PR02MB7731.eurprd02.prod.outlook.example>
In-Reply-To: <nb2025.2@example.test>
Subject: Undeliverable: Re: Rollout contract NB-2025-03
Auto-Submitted: auto-replied

--a1b2c3d4-0000-4e5f-9a8b-7c6d5e4f3a2b
Content-Type: text/plain; charset="Windows-1252"
Content-Transfer-Encoding: quoted-printable

Your message to henrik.larsen@nordicbakeries.example couldn=92t be delivered.

henrik.larsen wasn=92t found at nordicbakeries.example.

Action Required                                Recipient
Unknown To address                             henrik.larsen

How to Fix It
The address may be misspelled or may not exist. Try one or more of the follow=
ing:
- Retype the recipient's address, then resend the message.

Diagnostic information for administrators:

Generating server: DB9PR02MB7731.eurprd02.prod.outlook.example

henrik.larsen@nordicbakeries.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient =
not found by SMTP address lookup'

--a1b2c3d4-0000-4e5f-9a8b-7c6d5e4f3a2b
Content-Type: message/delivery-status

Reporting-MTA: dns;DB9PR02MB7731.eurprd02.prod.outlook.example
Received-From-MTA: dns;out.example.test
Arrival-Date: Thu, 27 Mar 2025 13:02:38 +0000

Final-Recipient: rfc822;henrik.larsen@nordicbakeries.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--a1b2c3d4-0000-4e5f-9a8b-7c6d5e4f3a2b
Content-Type: text/rfc822-headers

From: Support <support@example.test>
To: Henrik Larsen <henrik.larsen@nordicbakeries.example>
Subject: Re: Rollout contract NB-2025-03
Date: Thu, 27 Mar 2025 13:02:35 +0000
Message-ID: <nb2025.3@escalated.example.test>
MIME-Version: 1.0

--a1b2c3d4-0000-4e5f-9a8b-7c6d5e4f3a2b--
""")

A("bounce", "en", "Sendmail 'Returned mail: see transcript'; quoted original mentions cancelling", raw="""
Return-Path: <MAILER-DAEMON@smtp.westfieldmail.example>
Received: from smtp.westfieldmail.example (smtp.westfieldmail.example [198.51.100.201])
	by mx1.example.test (Postfix) with ESMTP id 4ZgH2j7Mx5z1
	for <support@example.test>; Sat, 5 Apr 2025 22:41:18 -0400 (EDT)
Received: from localhost (localhost)
	by smtp.westfieldmail.example (8.17.1/8.17.1) id 536Ef0Ld012345;
	Sat, 5 Apr 2025 22:41:17 -0400
Date: Sat, 5 Apr 2025 22:41:17 -0400
From: Mail Delivery Subsystem <MAILER-DAEMON@smtp.westfieldmail.example>
Message-Id: <202504060241.536Ef0Ld012345@smtp.westfieldmail.example>
To: <support@example.test>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="536Ef0Ld012345.1743907277/smtp.westfieldmail.example"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--536Ef0Ld012345.1743907277/smtp.westfieldmail.example

The original message was received at Sat, 5 Apr 2025 22:41:15 -0400
from out.example.test [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<vince@russospizza.example>
    (reason: 552 5.2.2 Mailbox full)

   ----- Transcript of session follows -----
... while talking to mx.russospizza.example.:
>>> DATA
<<< 552 5.2.2 <vince@russospizza.example>... Mailbox full
554 5.0.0 Service unavailable

--536Ef0Ld012345.1743907277/smtp.westfieldmail.example
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.westfieldmail.example
Received-From-MTA: DNS; out.example.test
Arrival-Date: Sat, 5 Apr 2025 22:41:15 -0400

Final-Recipient: RFC822; vince@russospizza.example
Action: failed
Status: 5.2.2
Remote-MTA: DNS; mx.russospizza.example
Diagnostic-Code: SMTP; 552 5.2.2 <vince@russospizza.example>... Mailbox full
Last-Attempt-Date: Sat, 5 Apr 2025 22:41:17 -0400

--536Ef0Ld012345.1743907277/smtp.westfieldmail.example
Content-Type: message/rfc822

From: Support <support@example.test>
To: vince@russospizza.example
Subject: Re: cancel
Date: Sat, 5 Apr 2025 22:41:12 -0400
Message-ID: <cancel.5521@example.test>

Hi Vince,

We're sorry to hear you want to cancel. Before we process it, a senior engineer would
like to look at the totals problem you described.

--536Ef0Ld012345.1743907277/smtp.westfieldmail.example--
""")

A("bounce", "en", "qmail failure notice, non-MIME", raw="""
Return-Path: <>
Received: from mail.oldisp.example (mail.oldisp.example [203.0.113.77])
	by mx1.example.test (Postfix) with SMTP id 4ZhJ5k9Ny6z2
	for <support@example.test>; 18 Feb 2025 07:31:50 -0000
Date: 18 Feb 2025 07:31:50 -0000
From: MAILER-DAEMON@mail.oldisp.example
To: support@example.test
Subject: failure notice
Message-ID: <20250218073150.21844.qmail@mail.oldisp.example>

Hi. This is the qmail-send program at mail.oldisp.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<walter.simms@oldisp.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
Received: (qmail 21840 invoked from network); 18 Feb 2025 07:31:49 -0000
From: Support <support@example.test>
To: walter.simms@oldisp.example
Subject: Re: head office number
Date: Tue, 18 Feb 2025 07:31:47 +0000
Message-ID: <hq.9913@example.test>

Dear Mr Simms,

Our head office can be reached at +44 20 7946 0000. I've also asked my manager to call
you today.
""")

A("bounce", "en", "Gmail DSN 'Address not found', multipart/alternative inside report", raw="""
Return-Path: <>
Received: from mail-sor-f69.google.example (mail-sor-f69.google.example [198.51.100.69])
	by mx1.example.test (Postfix) with ESMTPS id 4ZjK6m1Pz7z3
	for <support@example.test>; Tue, 10 Jun 2025 19:05:13 +0000 (UTC)
Received: by mail-sor-f69.google.example with SMTP id 5b1f17b1804b1-45a1b2c3d4e;
        Tue, 10 Jun 2025 12:05:12 -0700 (PDT)
Return-Path: <>
From: Mail Delivery Subsystem <mailer-daemon@googlemail.example>
To: support@example.test
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Failure)
References: <kiosk.771@example.test>
In-Reply-To: <kiosk.771@example.test>
X-Failed-Recipients: nicole.baptiste.bakery@gmail.example
Message-ID: <6848824a.5d0a0220.1a2b3c.9f8eSMTPIN_ADDED_DSN@mx.google.example>
Date: Tue, 10 Jun 2025 12:05:12 -0700 (PDT)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="000000000000a1b2c3d4e5f6a7b8"; report-type=delivery-status

--000000000000a1b2c3d4e5f6a7b8
Content-Type: multipart/related; boundary="000000000000a1b2c3d4e5f6a7c9"

--000000000000a1b2c3d4e5f6a7c9
Content-Type: multipart/alternative; boundary="000000000000a1b2c3d4e5f6a7d0"

--000000000000a1b2c3d4e5f6a7d0
Content-Type: text/plain; charset="UTF-8"

** Address not found **

Your message wasn't delivered to nicole.baptiste.bakery@gmail.example because the address
couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.

--000000000000a1b2c3d4e5f6a7d0
Content-Type: text/html; charset="UTF-8"

<html><body><h2 style="font-weight:normal">Address not found</h2>
<p>Your message wasn't delivered to <b>nicole.baptiste.bakery@gmail.example</b> because the
address couldn't be found, or is unable to receive mail.</p>
<p>The response from the remote server was:</p>
<p style="font-family:monospace">550 5.1.1 The email account that you tried to reach does not exist.</p>
</body></html>

--000000000000a1b2c3d4e5f6a7d0--
--000000000000a1b2c3d4e5f6a7c9--

--000000000000a1b2c3d4e5f6a7b8
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.example
Received-From-MTA: dns; out.example.test
Arrival-Date: Tue, 10 Jun 2025 12:05:11 -0700 (PDT)

Final-Recipient: rfc822; nicole.baptiste.bakery@gmail.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Tue, 10 Jun 2025 12:05:12 -0700 (PDT)

--000000000000a1b2c3d4e5f6a7b8
Content-Type: message/rfc822

From: Support <support@example.test>
To: nicole.baptiste.bakery@gmail.example
Subject: Re: Kiosk froze on our opening day
Date: Tue, 10 Jun 2025 19:05:09 +0000
Message-ID: <kiosk.772@escalated.example.test>

Dear Nicole, I am so sorry about the kiosk freezing on your opening day. I have escalated
this to our engineering manager.

--000000000000a1b2c3d4e5f6a7b8--
""")

A("bounce", "en", "Amazon SES bounce notification", raw="""
Return-Path: <>
Received: from a8-31.smtp-out.amazonses.example (a8-31.smtp-out.amazonses.example [203.0.113.31])
	by mx1.example.test (Postfix) with ESMTPS id 4ZkL7n2Qa8z4
	for <support@example.test>; Fri, 22 Aug 2025 03:11:40 +0000 (UTC)
Date: Fri, 22 Aug 2025 03:11:40 +0000
From: MAILER-DAEMON@amazonses.example
To: support@example.test
Message-ID: <01000198ce2a1b2c-3d4e5f60-7182-4394-a5b6-c7d8e9f0a1b2-000000@email.amazonses.example>
Subject: Delivery Status Notification (Failure)
MIME-Version: 1.0
Content-Type: multipart/report; boundary="----=_Part_3312198_118254971.1755832300120"; report-type=delivery-status
X-SES-Outgoing: 2025.08.22-203.0.113.31

------=_Part_3312198_118254971.1755832300120
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

An error occurred while trying to deliver the mail to the following recipients:
owner@mehtapharma.example

------=_Part_3312198_118254971.1755832300120
Content-Type: message/delivery-status
Content-Transfer-Encoding: 7bit

Arrival-Date: Fri, 22 Aug 2025 03:11:39 +0000

Final-Recipient: rfc822; owner@mehtapharma.example
Action: failed
Status: 5.4.1
Diagnostic-Code: smtp; 550 5.4.1 Recipient address rejected: Access denied.
Remote-MTA: dns; mehtapharma-example.mail.protection.outlook.example

------=_Part_3312198_118254971.1755832300120--
""")

A("bounce", "en", "ARF abuse feedback report about our mail", raw="""
Return-Path: <fbl@feedback.bigmailbox.example>
Received: from fbl.bigmailbox.example (fbl.bigmailbox.example [198.51.100.250])
	by mx1.example.test (Postfix) with ESMTPS id 4ZmN8p3Rb9z5
	for <support@example.test>; Sun, 9 Mar 2025 02:14:07 +0000 (UTC)
Date: Sun, 9 Mar 2025 02:14:06 +0000
From: Feedback Loop <fbl@feedback.bigmailbox.example>
To: support@example.test
Subject: FW: Complaint about message from 192.0.2.10
Message-ID: <arf.20250309021406.55781@feedback.bigmailbox.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report;
	boundary="----=_arf_55781"

------=_arf_55781
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

This is an email abuse report for an email message received from IP 192.0.2.10 on
Sun, 09 Mar 2025 02:13:55 +0000. A user marked it as spam.

------=_arf_55781
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: BigMailboxFBL/1.0
Version: 1
Original-Mail-From: <support@example.test>
Original-Rcpt-To: <j.pike@bigmailbox.example>
Arrival-Date: Sun, 09 Mar 2025 02:13:55 +0000
Source-IP: 192.0.2.10
Reported-Domain: example.test

------=_arf_55781
Content-Type: text/rfc822-headers

From: Support <support@example.test>
To: j.pike@bigmailbox.example
Subject: We're sorry - your complaint has been escalated to our CEO's office
Date: Sun, 09 Mar 2025 02:13:50 +0000
Message-ID: <esc.4471@escalated.example.test>

------=_arf_55781--
""")

A("bounce", "de", "deutscher Unzustellbarkeitsbericht (Postfix, lokalisiert)", raw="""
Return-Path: <>
Received: by mailin.webhoster.example (Postfix)
	id 4ZnP9q4Sc1z6; Tue, 8 Jul 2025 15:30:02 +0200 (CEST)
Date: Tue, 8 Jul 2025 15:30:02 +0200 (CEST)
From: MAILER-DAEMON@mailin.webhoster.example (Mail Delivery System)
Subject: =?UTF-8?Q?Unzustellbar=3A_Re=3A_K=C3=BCndigung_und_Anwalt?=
To: support@example.test
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4ZnP9q4Sc1z6.1751981402/mailin.webhoster.example"
Message-Id: <20250708133002.4ZnP9q4Sc1z6@mailin.webhoster.example>

--4ZnP9q4Sc1z6.1751981402/mailin.webhoster.example
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Dies ist das Mailsystem auf mailin.webhoster.example.

Ihre Nachricht konnte leider nicht an einen oder mehrere Empf=C3=A4nger zuge=
stellt werden. Sie ist unten angeh=C3=A4ngt.

<info@autohaus-brenner.example>: Das Postfach des Empf=C3=A4ngers ist voll
    (552 5.2.2 Quota exceeded)

--4ZnP9q4Sc1z6.1751981402/mailin.webhoster.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mailin.webhoster.example
Arrival-Date: Tue,  8 Jul 2025 15:29:58 +0200 (CEST)

Final-Recipient: rfc822; info@autohaus-brenner.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Quota exceeded

--4ZnP9q4Sc1z6.1751981402/mailin.webhoster.example
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Kundenservice <support@example.test>
To: info@autohaus-brenner.example
Subject: =?UTF-8?Q?Re=3A_K=C3=BCndigung_und_Anwalt?=
Date: Tue, 8 Jul 2025 15:29:55 +0200
Message-ID: <de.6610@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sehr geehrter Herr Brenner,

wir bedauern, dass Sie kündigen möchten. Ihr Schreiben Ihres Anwalts haben wir an unsere
Rechtsabteilung weitergeleitet.

--4ZnP9q4Sc1z6.1751981402/mailin.webhoster.example--
""")

A("bounce", "fr", "rapport de non-remise Exchange en français", raw="""
Received: from mail.hotel-lesalpes.example (mail.hotel-lesalpes.example [203.0.113.118])
	by mx1.example.test (Postfix) with ESMTPS id 4ZpQ1r5Td2z7
	for <support@example.test>; Wed, 16 Apr 2025 10:45:37 +0200 (CEST)
From: postmaster@hotel-lesalpes.example
To: support@example.test
Date: Wed, 16 Apr 2025 08:45:36 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: fr-FR
Message-ID: <b7c6d5e4-f3a2-4b1c-9d8e-7f6a5b4c3d2e@PAXPR03MB6120.eurprd03.prod.outlook.example>
Subject: =?utf-8?B?Tm9uIHJlbWlzwqA6IFJlOiBQYW5uZSB0b3RhbGUgZGVzIHRlcm1pbmF1eA==?=
Auto-Submitted: auto-replied

--9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message n=E2=80=99a pas pu =C3=AAtre remis =C3=A0 reception@hotel-lesalp=
es.example.

L=E2=80=99adresse e-mail que vous avez saisie est introuvable. V=C3=A9rifiez=
 l=E2=80=99adresse du destinataire et renvoyez le message.

Informations de diagnostic pour les administrateurs :
Serveur de g=C3=A9n=C3=A9ration : PAXPR03MB6120.eurprd03.prod.outlook.example
reception@hotel-lesalpes.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'

--9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a
Content-Type: message/delivery-status

Reporting-MTA: dns;PAXPR03MB6120.eurprd03.prod.outlook.example

Final-Recipient: rfc822;reception@hotel-lesalpes.example
Action: failed
Status: 5.1.10

--9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a
Content-Type: text/rfc822-headers

From: Support <support@example.test>
To: reception@hotel-lesalpes.example
Subject: Re: Panne totale des terminaux
Date: Wed, 16 Apr 2025 08:45:30 +0000
Message-ID: <fr.3390@example.test>

--9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a--
""")

A("bounce", "es", "informe de no entrega en español (Exchange)", raw="""
Received: from mail.clinica-sanrafael.example (mail.clinica-sanrafael.example [192.0.2.219])
	by mx1.example.test (Postfix) with ESMTPS id 4ZqR2s6Ue3z8
	for <support@example.test>; Mon, 26 May 2025 17:12:08 +0200 (CEST)
From: postmaster@clinica-sanrafael.example
To: support@example.test
Date: Mon, 26 May 2025 15:12:07 +0000
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="3c2b1a09-8f7e-4d6c-b5a4-93827160f5e4"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: es-ES
Message-ID: <e4d3c2b1-a098-4f7e-8d6c-5b4a39281706@AM0PR06MB4413.eurprd06.prod.outlook.example>
Subject: =?utf-8?Q?No_se_puede_entregar=3A_Re=3A_Datos_de_pacientes_borrados?=
Auto-Submitted: auto-replied

--3c2b1a09-8f7e-4d6c-b5a4-93827160f5e4
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

No se pudo entregar su mensaje a administracion@clinica-sanrafael.example.

El buzón del destinatario está lleno y no puede aceptar mensajes en este momento.
Intente reenviar el mensaje más tarde o póngase en contacto con el destinatario
directamente.

Información de diagnóstico para administradores:
Servidor de generación: AM0PR06MB4413.eurprd06.prod.outlook.example
administracion@clinica-sanrafael.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'

--3c2b1a09-8f7e-4d6c-b5a4-93827160f5e4
Content-Type: message/delivery-status

Reporting-MTA: dns;AM0PR06MB4413.eurprd06.prod.outlook.example

Final-Recipient: rfc822;administracion@clinica-sanrafael.example
Action: failed
Status: 5.2.2

--3c2b1a09-8f7e-4d6c-b5a4-93827160f5e4
Content-Type: text/rfc822-headers

From: Soporte <support@example.test>
To: administracion@clinica-sanrafael.example
Subject: Re: Datos de pacientes borrados
Date: Mon, 26 May 2025 15:12:01 +0000
Message-ID: <es.8812@escalated.example.test>

--3c2b1a09-8f7e-4d6c-b5a4-93827160f5e4--
""")

# ---------------------------------------------------------------- lists / newsletters

A("list", "en", "retail newsletter with List-Unsubscribe, Precedence bulk, news about breaches/lawsuits", raw="""
Return-Path: <bounce-7731-support=example.test@news.retailinsider.example>
Received: from mta12.news.retailinsider.example (mta12.news.retailinsider.example [198.51.100.112])
	by mx1.example.test (Postfix) with ESMTPS id 4ZrS3t7Vf4z9
	for <support@example.test>; Thu, 3 Jul 2025 06:00:12 +0000 (UTC)
Date: Thu, 3 Jul 2025 06:00:11 +0000
From: Retail Insider Weekly <newsletter@retailinsider.example>
Reply-To: no-reply@retailinsider.example
To: support@example.test
Subject: This week: a card-data breach, a POS lawsuit and 5 tips for summer staffing
Message-ID: <7731.20250703060011.c3f1@news.retailinsider.example>
List-Unsubscribe: <https://news.retailinsider.example/u/7731?e=support%40example.test>, <mailto:unsubscribe-7731@news.retailinsider.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
Feedback-ID: 7731:weekly:retailinsider
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_ri_7731_alt"

--=_ri_7731_alt
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

RETAIL INSIDER WEEKLY =E2=80=94 3 July 2025

1. Coffee chain confirms card-data breach at 40 stores
A regional coffee chain says attackers accessed payment data for six weeks. Reg=
ulators have been notified and a class-action lawsuit is already being prepared.

2. Franchisees sue POS vendor over outages
A group of franchisees filed suit this week claiming repeated outages cost them=
 millions in lost sales.

3. Five tips for summer staffing
From rota apps to cross-training, how small shops are coping.

You are receiving this because you subscribed at retailinsider.example.
Unsubscribe: https://news.retailinsider.example/u/7731

--=_ri_7731_alt
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Arial,sans-serif">
<h1>Retail Insider Weekly</h1>
<h2>Coffee chain confirms card-data breach at 40 stores</h2>
<p>A regional coffee chain says attackers accessed payment data for six weeks. =
Regulators have been notified and a class-action lawsuit is already being prep=
ared.</p>
<h2>Franchisees sue POS vendor over outages</h2>
<p>A group of franchisees filed suit this week claiming repeated outages cost t=
hem millions in lost sales.</p>
<h2>Five tips for summer staffing</h2>
<p>From rota apps to cross-training, how small shops are coping.</p>
<p style=3D"font-size:11px;color:#888">You are receiving this because you subsc=
ribed. <a href=3D"https://news.retailinsider.example/u/7731">Unsubscribe</a></p>
</body></html>

--=_ri_7731_alt--
""")

A("list", "en", "discussion list post (List-Id) with user threatening to cancel", raw="""
Return-Path: <pos-users-bounces+support=example.test@lists.possoftware-community.example>
Received: from lists.possoftware-community.example (lists.possoftware-community.example [203.0.113.5])
	by mx1.example.test (Postfix) with ESMTPS id 4ZsT4v8Wg5z0
	for <support@example.test>; Tue, 20 May 2025 21:33:40 +0000 (UTC)
From: Rick Sanders <rick@sandershardware.example>
To: pos-users@lists.possoftware-community.example
Subject: [pos-users] Anyone else's terminals down tonight? Thinking of cancelling
Date: Tue, 20 May 2025 16:33:31 -0500
Message-ID: <a81f3c2e-77d0-4b1a-9c2e-1f0e5d6c7b8a@sandershardware.example>
List-Id: POS users discussion <pos-users.lists.possoftware-community.example>
List-Unsubscribe: <https://lists.possoftware-community.example/mailman/options/pos-users>,
 <mailto:pos-users-request@lists.possoftware-community.example?subject=unsubscribe>
List-Archive: <https://lists.possoftware-community.example/pipermail/pos-users/>
List-Post: <mailto:pos-users@lists.possoftware-community.example>
List-Help: <mailto:pos-users-request@lists.possoftware-community.example?subject=help>
List-Subscribe: <https://lists.possoftware-community.example/mailman/listinfo/pos-users>,
 <mailto:pos-users-request@lists.possoftware-community.example?subject=subscribe>
Precedence: list
X-BeenThere: pos-users@lists.possoftware-community.example
Sender: "pos-users" <pos-users-bounces@lists.possoftware-community.example>
Errors-To: pos-users-bounces+support=example.test@lists.possoftware-community.example
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Our terminals have been down since 4pm, "host unavailable". Support line is a 40 minute
wait. Honestly thinking of cancelling and going back to the bank's terminals. Anyone else
seeing this?

Rick

_______________________________________________
pos-users mailing list
pos-users@lists.possoftware-community.example
https://lists.possoftware-community.example/mailman/listinfo/pos-users
""")

A("list", "en", "Google Groups digest", raw="""
Return-Path: <salon-owners+bncBD4ZQ@googlegroups.example>
Received: from mail-yb1-f200.googlegroups.example (mail-yb1-f200.googlegroups.example [198.51.100.200])
	by mx1.example.test (Postfix) with ESMTPS id 4ZtU5w9Xh6z1
	for <support@example.test>; Mon, 14 Apr 2025 08:00:31 +0000 (UTC)
Date: Mon, 14 Apr 2025 08:00:30 +0000
From: salon-owners@googlegroups.example
To: Digest recipients <salon-owners@googlegroups.example>
Message-ID: <0000000000001a2b3c04f1e2d3c4@google.example>
Subject: [salon-owners] Digest for salon-owners@googlegroups.example - 4 updates in 3 topics
Precedence: list
Mailing-list: list salon-owners@googlegroups.example; contact salon-owners+owners@googlegroups.example
List-ID: <salon-owners.googlegroups.example>
List-Post: <https://groups.google.example/group/salon-owners/post>, <mailto:salon-owners@googlegroups.example>
List-Unsubscribe: <mailto:salon-owners+unsubscribe@googlegroups.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes
Content-Transfer-Encoding: 7bit

=============================================================================
Today's topic summary
=============================================================================

Group: salon-owners@googlegroups.example

   - Booking reminders not sending? [2 Updates]
   - Refund policy wording [1 Update]
   - Who do you use for card terminals? [1 Update]

=============================================================================
Topic: Booking reminders not sending?
=============================================================================

---------- 1 of 2 ----------
From: Kerry <kerry@kerryhair.example>
Date: Apr 13 09:12AM +0100

Mine stopped sending reminder texts on Friday, lost two appointments to no-shows. I'm
furious tbh.

---------- 2 of 2 ----------
From: Jo <jo@jostudio.example>
Date: Apr 13 11:40AM +0100

Same here. Support said they're on it.

=============================================================================
Topic: Refund policy wording
=============================================================================

Does anyone have a good deposit/refund policy they'd share?

--
You received this digest because you're subscribed to the salon-owners group.
To unsubscribe from this group, send an email to salon-owners+unsubscribe@googlegroups.example
""")

A("list", "de", "Newsletter eines Händlerverbands, Abmahnung/Klage im Text", raw="""
Return-Path: <bounce+a8c1@newsletter.handelsverband-sued.example>
Received: from out3.newsletter.handelsverband-sued.example (out3.newsletter.handelsverband-sued.example [192.0.2.203])
	by mx1.example.test (Postfix) with ESMTPS id 4ZvW6x1Yi7z2
	for <support@example.test>; Wed, 11 Jun 2025 07:30:00 +0200 (CEST)
Date: Wed, 11 Jun 2025 07:30:00 +0200
From: =?UTF-8?Q?Handelsverband_S=C3=BCd_=E2=80=93_Newsletter?= <newsletter@handelsverband-sued.example>
To: support@example.test
Subject: =?UTF-8?Q?Juni-Newsletter=3A_Kassensicherungsverordnung=2C_Abmahnwelle_und_Klagen_gegen_H=C3=A4ndler?=
Message-ID: <nl-2025-06.a8c1@newsletter.handelsverband-sued.example>
List-Unsubscribe: <https://newsletter.handelsverband-sued.example/abmelden?id=a8c1>
Precedence: bulk
X-Mailer: CleverReach
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

Liebe Mitglieder,

die Abmahnwelle wegen fehlender Datenschutzerkl=C3=A4rungen rollt weiter: Meh=
rere H=C3=A4ndler berichten von Klagen und Beschwerden bei der Verbraucherzent=
rale. Unser Anwalt Dr. Kessler erkl=C3=A4rt im Webinar am 24. Juni, wie Sie s=
ich sch=C3=BCtzen.

Au=C3=9Ferdem: Was die neue Kassensicherungsverordnung f=C3=BCr Ihre Kassen be=
deutet.

Newsletter abbestellen: https://newsletter.handelsverband-sued.example/abmelden=
?id=3Da8c1
""")

A("list", "fr", "lettre d'information commerçants, Precedence: bulk, HTML seul", raw="""
Return-Path: <rebonds@lettre.commerce-proximite.example>
Received: from envoi2.lettre.commerce-proximite.example (envoi2.lettre.commerce-proximite.example [203.0.113.230])
	by mx1.example.test (Postfix) with ESMTPS id 4ZwX7y2Zj8z3
	for <support@example.test>; Thu, 15 May 2025 09:15:02 +0200 (CEST)
Date: Thu, 15 May 2025 09:15:01 +0200
From: =?UTF-8?Q?La_Lettre_du_Commerce_de_Proximit=C3=A9?= <lettre@commerce-proximite.example>
To: support@example.test
Subject: =?UTF-8?Q?Mai_2025_=3A_pannes_de_TPE=2C_r=C3=A9silier_son_contrat_et_vos_droits?=
Message-ID: <lettre-202505.99f1@lettre.commerce-proximite.example>
Precedence: bulk
List-Unsubscribe: <mailto:desinscription@commerce-proximite.example?subject=99f1>
MIME-Version: 1.0
Content-Type: text/html; charset=UTF-8
Content-Transfer-Encoding: quoted-printable

<html><body>
<h1>La Lettre du Commerce de Proximit&eacute; &ndash; mai 2025</h1>
<p>Panne de TPE le samedi&nbsp;? Nos conseils pour continuer =C3=A0 encaisser.</=
p>
<p>Comment r&eacute;silier un contrat de location de terminal, et quand saisir =
le m&eacute;diateur ou un avocat.</p>
<p><a href=3D"https://commerce-proximite.example/desinscription">Se d&eacute;sin=
scrire</a></p>
</body></html>
""")

A("list", "es", "boletín de una asociación, Precedence: bulk", raw="""
Return-Path: <boletin-rebotes@asociacion-hosteleria.example>
Received: from envios.asociacion-hosteleria.example (envios.asociacion-hosteleria.example [198.51.100.45])
	by mx1.example.test (Postfix) with ESMTPS id 4ZxY8z3Ak9z4
	for <support@example.test>; Tue, 1 Jul 2025 10:00:05 +0200 (CEST)
Date: Tue, 1 Jul 2025 10:00:04 +0200
From: =?UTF-8?Q?Asociaci=C3=B3n_de_Hosteler=C3=ADa_=E2=80=93_Bolet=C3=ADn?= <boletin@asociacion-hosteleria.example>
To: support@example.test
Subject: =?UTF-8?Q?Bolet=C3=ADn_de_julio=3A_ca=C3=ADdas_de_TPV_y_reclamaciones_de_consumidores?=
Message-ID: <boletin.2025-07.5521@asociacion-hosteleria.example>
Precedence: bulk
List-Unsubscribe: <https://asociacion-hosteleria.example/baja?u=5521>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Estimados asociados:

Este mes hablamos de qué hacer cuando el TPV se cae en plena temporada, de las nuevas
hojas de reclamaciones y de cómo responder a una queja ante Consumo.

Para darse de baja: https://asociacion-hosteleria.example/baja?u=5521
""")

# ---------------------------------------------------------------- read receipts

A("receipt", "en", "MDN disposition-notification for our reply", raw="""
Received: from mail.keanepartners.example (mail.keanepartners.example [198.51.100.30])
	by mx1.example.test (Postfix) with ESMTPS id 4ZyZ9a4Bl1z5
	for <support@example.test>; Fri, 30 May 2025 11:04:22 +0100 (BST)
Date: Fri, 30 May 2025 11:04:21 +0100
From: Sophie Keane <s.keane@keanepartners.example>
To: support@example.test
Subject: Read: Re: Online booking failures
Message-ID: <mdn.5f2a91@keanepartners.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_0012_01DBD1A2.3C4D5E60"

------=_NextPart_000_0012_01DBD1A2.3C4D5E60
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Your message

  To: s.keane@keanepartners.example
  Subject: Re: Online booking failures
  Sent: 30/05/2025 10:58

was read on 30/05/2025 11:04.

------=_NextPart_000_0012_01DBD1A2.3C4D5E60
Content-Type: message/disposition-notification

Reporting-UA: mail.keanepartners.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;s.keane@keanepartners.example
Original-Message-ID: <kp.2231@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0012_01DBD1A2.3C4D5E60--
""")

A("receipt", "de", "Lesebestätigung 'Gelesen:'", raw="""
Received: from mail.mueller-feinkost.example (mail.mueller-feinkost.example [203.0.113.12])
	by mx1.example.test (Postfix) with ESMTPS id 4ZzA1b5Cm2z6
	for <support@example.test>; Mon, 2 Jun 2025 14:10:51 +0200 (CEST)
Date: Mon, 2 Jun 2025 14:10:50 +0200
From: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <j.mueller@mueller-feinkost.example>
To: support@example.test
Subject: =?utf-8?q?Gelesen=3A_AW=3A_Datenverlust_nach_Update?=
Message-ID: <mdn.20250602141050.3a1@mueller-feinkost.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="------------mdn0A1B2C3D4E5F"

--------------mdn0A1B2C3D4E5F
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dies ist eine Empfangsbestätigung für eine Nachricht, die Sie an j.mueller@mueller-feinkost.example gesendet haben.

Hinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt wurde. Es gibt keine Garantie, dass der Inhalt gelesen oder verstanden wurde.

--------------mdn0A1B2C3D4E5F
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline

Reporting-UA: mail.mueller-feinkost.example; Thunderbird 128.4.0
Final-Recipient: rfc822;j.mueller@mueller-feinkost.example
Original-Message-ID: <de.7710@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

--------------mdn0A1B2C3D4E5F--
""")

A("receipt", "fr", "accusé de lecture 'Lu :'", raw="""
Received: from mail.pharmacie-dubois.example (mail.pharmacie-dubois.example [192.0.2.57])
	by mx1.example.test (Postfix) with ESMTPS id 4ZzB2c6Dn3z7
	for <support@example.test>; Thu, 24 Jul 2025 16:40:13 +0200 (CEST)
From: "Dubois, Claire" <c.dubois@pharmacie-dubois.example>
To: "support@example.test" <support@example.test>
Subject: Lu : Re: Facturation en double
Date: Thu, 24 Jul 2025 14:40:12 +0000
Message-ID: <9c8b7a6f5e4d@PAXPR09MB7714.eurprd09.prod.outlook.example>
Content-Language: fr-FR
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="_000_9c8b7a6f5e4d_"

--_000_9c8b7a6f5e4d_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Votre message

  =C3=80 : c.dubois@pharmacie-dubois.example
  Objet : Re: Facturation en double
  Envoy=C3=A9 : 24/07/2025 16:31

a =C3=A9t=C3=A9 lu le 24/07/2025 16:40.

--_000_9c8b7a6f5e4d_
Content-Type: message/disposition-notification

Final-Recipient: rfc822;c.dubois@pharmacie-dubois.example
Disposition: automatic-action/MDN-sent-automatically; displayed
X-MSExch-Correlation-Key: nJx2c1hbS0q3d4eFfGgHhA==
Original-Message-ID: <fr.4410@example.test>

--_000_9c8b7a6f5e4d_--
""")

A("receipt", "es", "confirmación de lectura 'Leído:'", raw="""
Received: from mail.ferreteria-ortega.example (mail.ferreteria-ortega.example [192.0.2.33])
	by mx1.example.test (Postfix) with ESMTPS id 4ZzC3d7Eo4z8
	for <support@example.test>; Wed, 3 Sep 2025 09:22:40 +0200 (CEST)
From: Luis Ortega <luis@ferreteria-ortega.example>
To: support@example.test
Subject: =?iso-8859-1?Q?Le=EDdo=3A_Re=3A_Cobro_duplicado_en_la_factura?=
Date: Wed, 3 Sep 2025 09:22:39 +0200
Message-ID: <mdn.ortega.20250903092239@ferreteria-ortega.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
	boundary="----=_NextPart_000_00A1_01DC1C9A.5B6C7D80"

------=_NextPart_000_00A1_01DC1C9A.5B6C7D80
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Su mensaje

  Para: luis@ferreteria-ortega.example
  Asunto: Re: Cobro duplicado en la factura
  Enviado: 03/09/2025 9:15

se ha le=EDdo el 03/09/2025 9:22.

------=_NextPart_000_00A1_01DC1C9A.5B6C7D80
Content-Type: message/disposition-notification

Reporting-UA: mail.ferreteria-ortega.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;luis@ferreteria-ortega.example
Original-Message-ID: <es.9021@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_00A1_01DC1C9A.5B6C7D80--
""")

# ---------------------------------------------------------------- self mail

A("self", "en", "ticket-system notification from support@example.test with trigger words", raw="""
Return-Path: <support@example.test>
Received: from helpdesk.example.test (helpdesk.example.test [192.0.2.10])
	by mx1.example.test (Postfix) with ESMTPS id 4ZzD4e8Fp5z9
	for <support@example.test>; Mon, 7 Jul 2025 08:15:00 +0000 (UTC)
Date: Mon, 7 Jul 2025 08:15:00 +0000
From: Support Desk <support@example.test>
To: support@example.test
Subject: [Ticket 63102] New customer reply: "I will sue you and go to the press"
Message-ID: <notify.63102.1751876100@helpdesk.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

A customer replied to ticket 63102 (priority: urgent, queue: Billing).

Excerpt:
  "Charged twice AGAIN. I want a manager. I will sue you and go to the press."

Open the ticket: https://helpdesk.example.test/tickets/63102
""")

A("self", "en", "daily summary from escalated@example.test listing trigger ids", raw="""
Return-Path: <escalated@example.test>
Received: from escalated.example.test (escalated.example.test [192.0.2.11])
	by mx1.example.test (Postfix) with ESMTPS id 4ZzE5f9Gq6z0
	for <support@example.test>; Tue, 8 Jul 2025 06:00:02 +0000 (UTC)
Date: Tue, 8 Jul 2025 06:00:01 +0000
From: escalated <escalated@example.test>
To: support@example.test
Subject: Escalation summary for 2025-07-07: 14 escalated, 3 legal_threat, 2 outage
Message-ID: <summary-20250707@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Escalation summary, 2025-07-07 (UTC)

legal_threat               3
outage                     2
billing_dispute            4
severe_dissatisfaction     5

Top message: "my lawyer will be in touch, this outage cost us thousands" (ticket 63102)
""")

A("self", "en", "alert sent as on-call address but Message-ID @escalated.example.test", raw="""
Return-Path: <oncall@example.test>
Received: from escalated.example.test (escalated.example.test [192.0.2.11])
	by mx1.example.test (Postfix) with ESMTPS id 4ZzF6g1Hr7z1
	for <support@example.test>; Wed, 9 Jul 2025 13:47:30 +0000 (UTC)
Date: Wed, 9 Jul 2025 13:47:29 +0000
From: On-call Rotation <oncall@example.test>
To: support@example.test
Subject: ESCALATION: security_incident - customer reports hacked account (ticket 63177)
Message-ID: <alert.63177.1752068849@escalated.example.test>
X-Escalated-Rule: security_incident
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Ticket 63177 was escalated automatically.

Reason: security_incident
Customer wrote: "someone hacked our account and changed the bank details"

Please acknowledge within 15 minutes.
""")

A("self", "de", "eigene Eingangsbestätigung von support@example.test (deutsch)", raw="""
Return-Path: <support@example.test>
Received: from helpdesk.example.test (helpdesk.example.test [192.0.2.10])
	by mx1.example.test (Postfix) with ESMTPS id 4ZzG7h2Is8z2
	for <support@example.test>; Thu, 10 Jul 2025 10:02:11 +0200 (CEST)
Date: Thu, 10 Jul 2025 10:02:10 +0200
From: Kundenservice <support@example.test>
To: support@example.test
Subject: =?utf-8?q?Ihre_Anfrage_=5BTicket_63190=5D=3A_K=C3=BCndigung_wegen_Ausfall?=
Message-ID: <ack.63190@helpdesk.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Guten Tag,

vielen Dank f=C3=BCr Ihre Nachricht. Wir haben Ihre Anfrage unter der Ticketnu=
mmer 63190 erfasst. Ihr Anliegen (=E2=80=9EK=C3=BCndigung wegen Ausfall=E2=80=9C)=
 wurde an eine Vorgesetzte weitergeleitet.

Ihr Kundenservice
""")

A("self", "fr", "copie d'une réponse envoyée par escalated@example.test (français)", raw="""
Return-Path: <escalated@example.test>
Received: from escalated.example.test (escalated.example.test [192.0.2.11])
	by mx1.example.test (Postfix) with ESMTPS id 4ZzH8i3Jt9z3
	for <support@example.test>; Fri, 11 Jul 2025 15:20:44 +0200 (CEST)
Date: Fri, 11 Jul 2025 15:20:43 +0200
From: Service client <escalated@example.test>
To: support@example.test
Bcc: support@example.test
Subject: =?utf-8?q?Re=3A_Panne_totale_=E2=80=93_je_vais_r=C3=A9silier?=
Message-ID: <fr.63201.reply@escalated.example.test>
In-Reply-To: <CAFz8kQ2mT1=xYp@mail.gmail.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour Madame Garnier,

Nous sommes désolés pour la panne de ce matin. Votre demande a été transmise à un
responsable, qui vous rappellera avant 17 h.

> Si ce n'est pas réparé aujourd'hui, je résilie mon contrat et j'appelle mon avocat.

Cordialement,
Le service client
""")


# =======================================================================================
# GERMAN
# =======================================================================================

M("cancellation_threat,repeat_contact,technical_issue", "de", "conditional",
  "zum dritten Mal wegen Kartenleser; Kündigung falls nicht behoben",
  "Andreas Hofmann <a.hofmann@hofmann-getraenke.example>", "Kartenleser Filiale Ulm – zum dritten Mal", """
Sehr geehrte Damen und Herren,

ich schreibe Ihnen jetzt zum dritten Mal wegen des Kartenlesers in unserer Filiale Ulm.
Girocard-Zahlungen brechen mit der Meldung „Terminal nicht bereit (Fehler 12)" ab,
Kreditkarten gehen manchmal. Ihr Kollege hat beim letzten Mal einen Neustart empfohlen –
das haben wir inzwischen gefühlt hundert Mal gemacht.

Wenn das bis Ende der Woche nicht behoben ist, kündigen wir den Vertrag.

Mit freundlichen Grüßen
Andreas Hofmann
Hofmann Getränke GmbH
""", mailer="outlook", cs="windows-1252", cte="8bit", hcs="windows-1252")

M("billing_dispute,legal_threat", "de", "conditional",
  "doppelte Abbuchung 149 €, sonst Anwalt",
  "Sabine Krüger <sabine.krueger@kosmetik-krueger.example>", "Doppelte Abbuchung März", """
Hallo,

Sie haben am 3. März zweimal 149,00 € von unserem Geschäftskonto abgebucht, beide Male mit
dem Verwendungszweck „Abo Premium März". Wir haben nur ein Abo.

Sollte der doppelte Betrag nicht bis zum 15. März erstattet sein, übergebe ich die
Angelegenheit meinem Anwalt.

Sabine Krüger
Kosmetikstudio Krüger
""", mailer="gmail", att=[("Kontoauszug_März.pdf", "application/pdf", None)])

M("regulatory,security_incident,technical_issue", "de", "-",
  "fremde Kundendaten im Export sichtbar; Meldung an Datenschutzbehörde",
  "Dr. Markus Engel <engel@praxis-engel.example>", "Datenschutzverstoß: fremde Patientendaten im Export", """
Sehr geehrte Damen und Herren,

beim Export unserer Terminliste (CSV) für April tauchen seit gestern rund 60 Datensätze
auf, die nicht zu unserer Praxis gehören – mit Namen, Geburtsdatum und Telefonnummer von
Patienten einer anderen Praxis. Umgekehrt müssen wir davon ausgehen, dass unsere Daten
ebenfalls bei anderen Kunden landen.

Das ist ein klarer DSGVO-Verstoß. Wir haben den Vorfall heute dem Landesbeauftragten für
den Datenschutz gemeldet und erwarten bis morgen eine schriftliche Stellungnahme.

Dr. med. Markus Engel
Praxis Dr. Engel
""", mailer="outlook", kind="alt")

M("manager_request,severe_dissatisfaction", "de", "-",
  "'bodenlose Frechheit', will Vorgesetzten sprechen",
  "Heinz Bauer <heinz.bauer@bauer-metzgerei.example>", "Ihr Mitarbeiter am Telefon", """
Guten Tag,

ich habe heute 50 Minuten in Ihrer Warteschleife verbracht, um dann von Ihrem Mitarbeiter
zu hören, dass er „auch nichts machen kann" und ich „halt eine Mail schreiben" soll. Das
ist eine bodenlose Frechheit.

Ich möchte bitte umgehend mit seinem Vorgesetzten sprechen. Es geht um die Umstellung
unserer Preise auf die neue Waage, die seit zwei Wochen aussteht.

Heinz Bauer
Metzgerei Bauer, Regensburg
""", mailer="outlook", cs="windows-1252", cte="quoted-printable", hcs="iso-8859-1")

M("outage,technical_issue", "de", "-",
  "keine Anmeldung möglich, Fehler 503, alle Filialen",
  "IT Team <it@cafe-kranz.example>", "Störung: Anmeldung nicht möglich (503)", """
Hallo zusammen,

seit ca. 7:45 Uhr ist in keiner unserer vier Filialen eine Anmeldung an der Kasse möglich.
Im Browser erscheint „503 Service Temporarily Unavailable", die App hängt beim Login.
Unsere Kassen laufen nur noch im Notbetrieb mit Bargeld.

Bitte um dringenden Rückruf: 0221 555 0199.

Gruß
Lena Kranz
""", mailer="thunderbird")

M("data_loss,technical_issue", "de", "-",
  "nach Update alle Artikel und Kassenbuch-Einträge weg",
  "Metin Yilmaz <metin@yilmaz-imbiss.example>", "alles weg nach update!!", """
hallo,

nach dem update gestern abend sind alle artikel weg und im kassenbuch fehlen die ganzen
einträge von januar bis märz. die kasse zeigt nur noch "keine artikel vorhanden". wir
haben nix gelöscht. gibts ein backup??

metin
yilmaz imbiss
""", mailer="iphone", cte="8bit", att=[("IMG_4471.png", "image/png", None)])

M("safety,technical_issue", "de", "-",
  "Netzteil durchgeschmort, hat gequalmt",
  "Claudia Wagner <c.wagner@blumen-wagner.example>", "Netzteil hat gequalmt", """
Guten Morgen,

das Netzteil unseres Kassenterminals (K2) hat heute früh angefangen zu qualmen und ist
jetzt an der Steckerseite durchgeschmort, man sieht schwarze Stellen am Gehäuse. Zum Glück
war jemand im Laden. Wir haben es sofort ausgesteckt.

Bitte schicken Sie uns ein Ersatzgerät. Und sollen wir die anderen zwei Netzteile
vorsichtshalber auch nicht mehr benutzen?

Viele Grüße
Claudia Wagner
""", mailer="apple")

M("feature_request", "de", "-",
  "Feature-Wunsch: Gutscheine als PDF mit Logo",
  "Jonas Richter <jonas@richter-buchhandlung.example>", "Feature-Wunsch Gutscheine", """
Hallo liebes Support-Team,

kleiner Feature-Wunsch: Es wäre super, wenn man Geschenkgutscheine direkt als PDF mit
unserem Logo erzeugen und dem Kunden per Mail schicken könnte. Aktuell drucken wir die
Gutscheine auf dem Bondrucker aus, und die sehen halt aus wie ein Kassenbon.

Danke und schöne Grüße aus Freiburg
Jonas
""", mailer="gmail")

M("broken_promise,high_value_order", "de", "-",
  "Auftrag 18.400 €, zugesagter Liefertermin verstrichen",
  "Thomas Schreiber <t.schreiber@schreiber-hotels.example>", "Auftrag 2025-1184 – Liefertermin", """
Sehr geehrte Damen und Herren,

mit Auftragsbestätigung vom 10.02. (Auftrag 2025-1184, Gesamtwert 18.400,00 € netto) wurde
uns die Lieferung und Installation der 14 Terminals für unser Hotel in Garmisch verbindlich
zum 15.03. zugesagt. Heute ist der 24.03., es wurde weder geliefert noch hat sich jemand
gemeldet.

Wir eröffnen am 1. April. Bitte teilen Sie mir bis morgen mit, wann geliefert wird.

Mit freundlichen Grüßen
Thomas Schreiber
Schreiber Hotels GmbH & Co. KG
""", mailer="outlook", kind="alt", cs="iso-8859-15", hcs="utf-8")

M("billing_dispute,regulatory", "de", "-",
  "unberechtigte Abbuchung 89 €; Beschwerde bei der Verbraucherzentrale",
  "Renate Vogel <renate.vogel@t-online.example>", "Unberechtigte Abbuchung", """
Sehr geehrte Damen und Herren,

obwohl ich mein Konto zum 31.12. gekündigt habe (Bestätigung liegt mir vor), haben Sie
am 2. Januar 89,00 € abgebucht. Ich habe die Lastschrift zurückgehen lassen und mich
heute bei der Verbraucherzentrale beschwert.

Renate Vogel
""", mailer="webmail", cs="iso-8859-15", cte="quoted-printable")

M("corporate_contact_request,executive_contact", "de", "-",
  "will E-Mail des Geschäftsführers, um sich direkt an ihn zu wenden",
  "Frank Lehmann <f.lehmann@lehmann-moebel.example>", "Kontakt Geschäftsführung", """
Guten Tag,

bitte nennen Sie mir die E-Mail-Adresse Ihres Geschäftsführers. Nach vier Monaten Warten
auf unsere Vertragsumstellung werde ich mich jetzt direkt an ihn wenden.

F. Lehmann
""", mailer="outlook")

M("discrimination_harassment", "de", "-",
  "Mitarbeiter beleidigt wegen Akzent",
  "Aleksandra Nowak <a.nowak@nowak-reinigung.example>", "Beschwerde über Ihren Mitarbeiter", """
Sehr geehrte Damen und Herren,

ich habe am Dienstag bei Ihrer Hotline angerufen, weil ich eine Frage zur Rechnung hatte.
Ihr Mitarbeiter hat sich über meinen Akzent lustig gemacht, mich zweimal nachgeäfft und
gesagt, ich solle „erst mal richtig Deutsch lernen", bevor ich anrufe.

So etwas muss ich mir als Kundin nicht gefallen lassen. Ich erwarte eine Entschuldigung.

Aleksandra Nowak
""", mailer="gmail", kind="html", entities=True)

M("media_threat,technical_issue", "de", "-",
  "Bewertung bei Google und Post in Facebook-Gruppe angekündigt; Tischreservierung fehlerhaft",
  "Marco Rossi <marco@trattoria-rossi.example>", "Reservierungen kommen nicht an", """
Ciao,

seit einer Woche kommen die Online-Reservierungen nicht mehr bei uns an. Die Gäste bekommen
eine Bestätigung, stehen dann aber vor der Tür und wir haben keinen Tisch. Am Samstag drei
Mal passiert.

Ich werde das morgen in unserer Facebook-Gruppe mit 3.000 Gastronomen aus der Region posten
und eine Bewertung auf Google schreiben, damit andere gewarnt sind.

Marco Rossi
Trattoria Rossi
""", mailer="iphone")

M("broken_promise,repeat_contact", "de", "-",
  "zugesagter Rückruf nie erfolgt; schreibt zum vierten Mal",
  "Ingrid Schäfer <ingrid.schaefer@schaefer-optik.example>", "AW: Ticket 59120", """
Guten Tag,

das ist jetzt meine vierte E-Mail in dieser Sache. Am 4. Juni wurde mir ein Rückruf „noch
am selben Tag" zugesagt, um die Umstellung unserer Bankverbindung zu besprechen. Es hat
niemand angerufen, weder am 4. noch danach.

Ingrid Schäfer
Schäfer Optik
""", mailer="outlook", hdr=["In-Reply-To: <t59120.2@example.test>"])

M("security_incident", "de", "-",
  "Zugangsdaten in Phishing-Mail geleakt, fremde Anmeldung",
  "Benjamin Koch <ben@koch-fahrradladen.example>", "Fremder Zugriff auf unser Konto", """
Hallo,

heute Nacht hat sich jemand mit unserem Admin-Zugang angemeldet (laut Protokoll aus den
Niederlanden) und drei neue Benutzer angelegt. Wir vermuten, dass eine Mitarbeiterin
letzte Woche auf eine Phishing-Mail reingefallen ist. Passwort ist geändert, die Benutzer
haben wir gelöscht.

Können Sie prüfen, was in der Zeit noch gemacht wurde?

Benjamin Koch
""", mailer="thunderbird", cs="utf-8", cte="base64")

M("technical_issue", "de", "-",
  "klein geschrieben, Tippfehler: Bondrucker druckt Zeichensalat",
  "kiosk.am.markt@web.example", "bondrucker spinnt", """
hallo, unser bondrucker druckt seit heut morgen nur noch komische zeichen, so
"ÄÖ§§$%&" statt dem text. hab schon aus und wieder an gemacht. was kann man da machn?

gruß
Uwe
""", mailer="webmail", cs="iso-8859-1", cte="8bit")

M("cancellation_threat,severe_dissatisfaction,technical_issue", "de", "-",
  "kündigt fristlos, Service 'unterirdisch', Online-Buchung kaputt",
  "Petra Zimmermann <petra@friseur-zimmermann.example>", "Kündigung", """
Hiermit kündige ich meinen Vertrag fristlos.

Seit drei Wochen funktioniert die Online-Buchung nicht – Kundinnen bekommen „Fehler beim
Speichern" und buchen dann woanders. Ihr Service ist unterirdisch, so etwas habe ich in
20 Jahren Selbstständigkeit nicht erlebt.

Petra Zimmermann
Friseursalon Zimmermann
""", mailer="outlook", cs="windows-1252", cte="8bit", hcs="iso-8859-1")

M("legal_threat,data_loss,technical_issue", "de", "conditional",
  "Buchungsdaten korrupt; rechtliche Schritte angekündigt",
  "Sven Hartmann <s.hartmann@ferienhof-hartmann.example>", "Beschädigte Buchungsdaten", """
Sehr geehrte Damen und Herren,

seit dem Serverumzug am Wochenende sind die Buchungen unserer Ferienwohnungen für den
Sommer durcheinander: Anreise- und Abreisedaten sind vertauscht, bei 40 Buchungen fehlen
die Gästedaten komplett. Die Daten sind offensichtlich beschädigt.

Sollten die Daten nicht bis Freitag wiederhergestellt sein, werden wir rechtliche Schritte
einleiten und Schadensersatz für die entgangenen Buchungen fordern.

Sven Hartmann
Ferienhof Hartmann
""", mailer="outlook")

M("high_value_order,manager_request,technical_issue", "de", "-",
  "Rahmenvertrag 36.000 €, Schnittstelle defekt; Eskalation gewünscht",
  "Katrin Neumann <k.neumann@neumann-gastro.example>", "Rahmenvertrag GN-2024-07 / Schnittstelle Warenwirtschaft", """
Sehr geehrte Damen und Herren,

im Rahmen unseres Rahmenvertrags GN-2024-07 (36.000 € p.a., 11 Betriebe) ist die
Schnittstelle zur Warenwirtschaft seit dem 2. Mai ausgefallen: Verkäufe werden nicht mehr
übertragen, das Protokoll zeigt „Timeout beim Abruf (HTTP 504)". Die Inventur Ende Juni ist
so nicht machbar.

Ich bitte darum, den Fall an eine verantwortliche Führungskraft zu eskalieren.

Mit freundlichen Grüßen
Katrin Neumann
Leitung Controlling, Neumann Gastro GmbH
""", mailer="outlook", kind="alt")

# ------------------------------------------------------------------ German, no trigger

M("-", "de", "title",
  "Signatur 'Geschäftsführer'; Frage zur Benutzeranlage",
  "Klaus Weber <k.weber@weber-baustoffe.example>", "Neuer Benutzer für Buchhaltung", """
Guten Tag,

wie kann ich für unsere neue Buchhalterin einen Zugang anlegen, der nur Rechnungen sehen
darf, aber keine Kassenfunktionen?

Mit freundlichen Grüßen

Klaus Weber
Geschäftsführer
Weber Baustoffe GmbH
""", mailer="outlook", cs="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1")

M("-", "de", "quoted",
  "Danke, erledigt; eigene Kündigungsdrohung nur im Zitat ('Am ... schrieb')",
  "Stefanie Braun <stefanie@braun-yoga.example>", "Re: Ihre Anfrage 60218", """
Danke, hat sich erledigt! Die Kurse werden wieder angezeigt.

Viele Grüße
Steffi

Am 12.03.2025 um 14:22 schrieb Support <support@example.test>:
> Hallo Frau Braun,
>
> wir haben den Cache Ihres Buchungsportals geleert. Bitte prüfen Sie, ob die Kurse
> jetzt wieder angezeigt werden.
>
>> Am 11.03.2025 um 19:05 schrieb Stefanie Braun <stefanie@braun-yoga.example>:
>>
>> Seit heute sind alle Kurse aus dem Buchungsportal verschwunden!! Wenn das morgen
>> früh nicht geht, kündige ich.
""", mailer="apple", hdr=["In-Reply-To: <t60218.2@example.test>"])

M("-", "de", "quoted",
  "Outlook-Kopfblock (Von/Gesendet/An/Betreff) mit Ausfall im Zitat; eigene Frage zum Z-Bon",
  "Oliver Frank <o.frank@frank-baeckerei.example>", "AW: [Ticket 60544] Ihre Anfrage", """
Hallo,

danke für die schnelle Hilfe gestern. Eine Frage noch: Müssen wir den Z-Bon für gestern
nachträglich erstellen, oder macht das System das automatisch?

Gruß
Oliver Frank

Von: Support <support@example.test>
Gesendet: Donnerstag, 15. Mai 2025 16:02
An: Oliver Frank <o.frank@frank-baeckerei.example>
Betreff: [Ticket 60544] Ihre Anfrage

Hallo Herr Frank, die Störung ist behoben.

Von: Oliver Frank <o.frank@frank-baeckerei.example>
Gesendet: Donnerstag, 15. Mai 2025 09:14
An: Support <support@example.test>
Betreff: Störung Kassensystem

Seit heute morgen ist das komplette Kassensystem ausgefallen, nichts geht mehr!
""", mailer="outlook", kind="html")

M("-", "de", "signature",
  "Pflichtangaben und Disclaimer mit 'rechtliche Schritte'; bittet um Rechnungskopie",
  "Martina Roth <m.roth@roth-steuerberatung.example>", "Rechnungskopie Februar", """
Sehr geehrte Damen und Herren,

bitte senden Sie uns eine Kopie der Rechnung für Februar zu.

Mit freundlichen Grüßen
Martina Roth

--
Roth Steuerberatungsgesellschaft mbH
Geschäftsführerin: Martina Roth | Amtsgericht München HRB 123456
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind,
informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte
Kopieren sowie die unbefugte Weitergabe sind nicht gestattet und können rechtliche Schritte
nach sich ziehen.
""", mailer="outlook", cs="windows-1252", cte="quoted-printable", hcs="iso-8859-1")

M("-", "de", "negation",
  "will nicht kündigen, nur Tarif wechseln",
  "Moritz Berger <moritz@berger-radsport.example>", "Tarifwechsel", """
Hallo,

keine Sorge, ich will nicht kündigen :) Ich möchte nur vom Tarif „Plus" in den kleineren
Tarif wechseln, weil wir den Onlineshop nicht mehr brauchen. Geht das zum Monatsende?

Moritz
""", mailer="gmail")

M("-", "de", "policy_question",
  "Frage nach Kündigungsfrist und AV-Vertrag",
  "Julia Schmitt <j.schmitt@schmitt-physio.example>", "Kündigungsfrist und AV-Vertrag", """
Guten Tag,

wir überlegen, Ihre Terminbuchung einzuführen. Zwei Fragen vorab:
1. Wie lang ist die Kündigungsfrist beim Jahresvertrag?
2. Ist Ihre Software DSGVO-konform, und bekommen wir einen Auftragsverarbeitungsvertrag?

Vielen Dank
Julia Schmitt
""", mailer="outlook")

M("-", "de", "reported",
  "Kollege erzählt von Datenverlust bei anderem Anbieter; Frage zu Backups",
  "Werner Kühn <werner.kuehn@kuehn-elektro.example>", "Datensicherung", """
Hallo,

ein Kollege aus dem Einzelhandelsverband hat erzählt, dass bei seinem alten Kassenanbieter
mal alle Umsätze eines Monats verloren gegangen sind. Wie oft sichern Sie unsere Daten,
und können wir selbst eine Sicherung herunterladen?

Werner Kühn
""", mailer="thunderbird", cs="iso-8859-1", cte="8bit", hcs="iso-8859-1")

M("-", "de", "innocuous",
  "Brandschutzübung und Anwaltskanzlei als Kunde – harmlos",
  "Sekretariat Kanzlei Dr. Albrecht <sekretariat@kanzlei-albrecht.example>", "Terminbuchung am Freitag geschlossen", """
Guten Tag,

wegen einer Brandschutzübung im Gebäude ist unsere Kanzlei am Freitag geschlossen. Wie
können wir für diesen Tag alle Online-Termine für die Anwälte sperren, ohne die
Sprechzeiten dauerhaft zu ändern?

Mit freundlichen Grüßen
Sekretariat
Kanzlei Dr. Albrecht – Rechtsanwälte
""", mailer="outlook")

M("-", "de", "innocuous",
  "eigener Vorgesetzter bittet um Rechnungen (kein Managerwunsch)",
  "Leonie Fischer <l.fischer@fischer-logistik.example>", "Rechnungen 2024 herunterladen", """
Hallo,

mein Vorgesetzter hat mich gebeten, alle Rechnungen aus 2024 für die Jahresabschlussprüfung
herunterzuladen. Gibt es dafür einen Sammel-Download?

Danke!
Leonie Fischer
""", mailer="outlook")

M("-", "de", "-",
  "einfache Frage zur TSE-Einrichtung",
  "Ayşe Demir <ayse@demir-kiosk.example>", "TSE einrichten", """
Hallo,

wir haben die neue TSE bekommen. Wie richte ich die an der Kasse ein, und muss ich das dem
Finanzamt selbst melden?

Danke, Ayşe
""", mailer="gmail", cte="8bit")

M("-", "de", "-",
  "Dankesmail",
  "Gerda Hoffmann <gerda@hoffmann-wolle.example>", "Herzlichen Dank", """
Liebes Support-Team,

ich wollte mich einfach mal bedanken. Frau Lindner hat mir heute geduldig erklärt, wie die
Inventur funktioniert, und jetzt klappt alles. Das ist heute nicht mehr selbstverständlich.

Herzliche Grüße
Gerda Hoffmann
""", mailer="outlook", kind="html", entities=True)

M("-", "de", "policy_question",
  "hypothetisch: was passiert bei Ausfall des Internets",
  "Tobias Maier <tobias@maier-eis.example>", "Frage Offline-Betrieb", """
Hi,

mal angenommen, bei uns fällt das Internet aus – kann die Kasse dann trotzdem Kartenzahlung
annehmen? Wir haben im Sommer einen Stand am See, da ist das Netz nicht so toll.

Tobias
""", mailer="iphone")


# =======================================================================================
# FRENCH
# =======================================================================================

M("cancellation_threat,technical_issue", "fr", "conditional",
  "TPE refuse les cartes sans contact; résiliation si pas réglé vendredi",
  "Nathalie Perrin <nathalie@perrin-fromagerie.example>", "TPE sans contact en panne", """
Bonjour,

Depuis lundi, notre TPE refuse tous les paiements sans contact avec le message « Erreur
lecteur NFC ». Les clients doivent insérer la carte et taper leur code, la file d'attente
s'allonge et certains repartent.

Si le problème n'est pas réglé d'ici vendredi, je résilie mon abonnement et je repasse chez
ma banque.

Nathalie Perrin
Fromagerie Perrin, Annecy
""", mailer="apple", cte="8bit")

M("billing_dispute,legal_threat", "fr", "-",
  "double prélèvement de 79 €; dossier transmis à l'avocat",
  "Jean-Marc Lefèvre <jm.lefevre@lefevre-auto.example>", "Double prélèvement", """
Madame, Monsieur,

Vous avez prélevé deux fois 79,00 € sur notre compte le 5 avril pour le même abonnement.
Malgré mon appel du 8 avril, rien n'a été remboursé.

J'ai transmis le dossier à notre avocat, qui vous adressera un courrier la semaine
prochaine.

Jean-Marc Lefèvre
Garage Lefèvre
""", mailer="outlook", cs="windows-1252", cte="quoted-printable", hcs="iso-8859-1")

M("regulatory", "fr", "-",
  "plainte déposée auprès de la CNIL pour prospection après opposition",
  "Hélène Marchand <helene.marchand@orange.example>", "Prospection malgré mon opposition", """
Bonjour,

J'ai exercé mon droit d'opposition le 10 janvier et vous continuez à m'envoyer des SMS
publicitaires, trois encore cette semaine. J'ai déposé une plainte auprès de la CNIL ce
matin.

Hélène Marchand
""", mailer="webmail")

M("broken_promise,manager_request", "fr", "-",
  "rappel promis jamais fait; demande à parler à un responsable",
  "Karim Benali <karim@benali-traiteur.example>", "Rappel promis", """
Bonjour,

Mardi, votre conseillère m'a promis qu'un technicien me rappellerait le jour même pour
planifier l'installation de la seconde caisse. Personne ne m'a rappelé.

Je souhaite maintenant parler à un responsable.

Karim Benali
Benali Traiteur
""", mailer="gmail")

M("outage,technical_issue", "fr", "-",
  "aucun terminal ne fonctionne, connexion impossible",
  "Restaurant Le Phare <contact@restaurant-lephare.example>", "Urgent : plus rien ne marche", """
Bonsoir,

Depuis 19 h plus aucun de nos terminaux ne fonctionne : impossible de se connecter à la
caisse, ni sur les tablettes ni sur le poste principal (« serveur injoignable »). Samedi
soir, salle complète.

Merci de rappeler au 02 98 00 00 00.

Yann
""", mailer="iphone")

M("data_loss,technical_issue", "fr", "-",
  "toutes les fiches clientes ont disparu après synchronisation",
  "Sophie Laurent <sophie@institut-laurent.example>", "Fiches clientes disparues", """
Bonjour,

Après la synchronisation de ce matin, toutes nos fiches clientes ont disparu de l'agenda :
plus d'historique des soins, plus de numéros de téléphone. Il nous reste seulement les
rendez-vous de la semaine, sans nom.

Est-ce récupérable ? Nous avons environ 1 200 clientes.

Sophie Laurent
Institut Laurent
""", mailer="apple", kind="alt")

M("safety,technical_issue", "fr", "-",
  "terminal a surchauffé et brûlé la main d'une vendeuse",
  "Patrick Girard <p.girard@boucherie-girard.example>", "Terminal brûlant – vendeuse blessée", """
Bonjour,

Ce midi, le terminal portable a tellement chauffé qu'une de nos vendeuses s'est brûlé la
paume en le prenant sur sa base. Elle a une cloque et a dû passer à la pharmacie. Le
terminal était encore très chaud une demi-heure après.

Nous l'avons débranché. Merci de nous dire quoi faire et d'envoyer un remplacement.

Patrick Girard
""", mailer="outlook", cs="windows-1252", cte="quoted-printable", hcs="windows-1252")

M("feature_request", "fr", "-",
  "ce serait bien de pouvoir envoyer les tickets par SMS",
  "Camille Roussel <camille@roussel-fleurs.example>", "Suggestion : ticket par SMS", """
Bonjour l'équipe,

Ce serait bien de pouvoir envoyer le ticket de caisse par SMS, en plus de l'e-mail. Beaucoup
de nos clients âgés n'ont pas d'adresse e-mail mais ont un portable.

Merci et bonne journée !
Camille
""", mailer="gmail", cte="8bit")

M("media_threat", "fr", "-",
  "demande de réaction d'une journaliste",
  "Élodie Marchetti <e.marchetti@gazette-commerce.example>", "Demande d'interview – La Gazette du Commerce", """
Bonjour,

Je suis journaliste à La Gazette du Commerce et je prépare un article sur les hausses de
frais des terminaux de paiement pour les petits commerçants. Plusieurs commerçants de Lyon
m'ont parlé de votre société. Pourriez-vous me faire parvenir une réaction ou me proposer un
entretien téléphonique avant jeudi ?

Bien cordialement,
Élodie Marchetti
Journaliste, La Gazette du Commerce
""", mailer="outlook", hcs="utf-8")

M("executive_contact,severe_dissatisfaction", "fr", "-",
  "PDG mis en copie (Cc); 'inadmissible'",
  "Bernard Dupuis <b.dupuis@dupuis-quincaillerie.example>", "Livraison des rouleaux", """
Madame, Monsieur,

Trois semaines pour livrer des rouleaux de papier thermique, et entre-temps nous écrivons
les tickets à la main. C'est inadmissible, je n'ai jamais vu un service aussi lamentable.

Je mets votre PDG en copie de ce message.

Bernard Dupuis
""", mailer="outlook", hdr=["Cc: =?utf-8?q?Direction_g=C3=A9n=C3=A9rale?= <direction@example.test>"])

M("discrimination_harassment", "fr", "-",
  "propos racistes du technicien",
  "Moussa Diallo <moussa@diallo-alimentation.example>", "Comportement de votre technicien", """
Bonjour,

Le technicien venu installer la caisse jeudi a tenu des propos racistes devant mes
employés, en disant notamment que « chez vous, de toute façon, on paie en liquide ». Il
s'est ensuite moqué de mon prénom.

Je n'accepte pas d'être traité ainsi par un prestataire que je paie. J'attends une réponse
écrite et des excuses.

Moussa Diallo
Diallo Alimentation
""", mailer="gmail")

M("billing_dispute,high_value_order", "fr", "-",
  "facture de 12 480 € avec 24 terminaux au lieu de 12",
  "Isabelle Moreau <i.moreau@groupe-moreau-hotels.example>", "Facture F-2025-0871 erronée", """
Bonjour,

La facture F-2025-0871 d'un montant de 12 480,00 € HT facture 24 terminaux alors que notre
bon de commande (ci-joint) en mentionne 12. Nous ne pouvons pas la régler en l'état et vous
demandons une facture rectificative.

Cordialement,
Isabelle Moreau
Service comptabilité, Groupe Moreau Hôtels
""", mailer="outlook", att=[("Bon de commande 4471.pdf", "application/pdf", None)])

M("repeat_contact,severe_dissatisfaction", "fr", "-",
  "troisième message sans réponse; 'honteux'",
  "Gilles Fontaine <gilles.fontaine@fontaine-bar.example>", "3e message – toujours aucune réponse", """
C'est la troisième fois que je vous écris pour obtenir le code d'activation de notre
deuxième licence. Aucune réponse. C'est honteux, un vrai scandale.

G. Fontaine
""", mailer="iphone")

M("security_incident", "fr", "-",
  "connexion inconnue, coordonnées bancaires modifiées",
  "Aurélie Blanc <aurelie@blanc-ceramique.example>", "Accès frauduleux à notre compte", """
Bonjour,

Quelqu'un s'est connecté à notre compte marchand cette nuit depuis une adresse IP inconnue
et a modifié le RIB de versement. Nous n'avons rien fait. Pouvez-vous bloquer les
virements et vérifier l'activité du compte ?

Aurélie Blanc
""", mailer="gmail", kind="html")

M("corporate_contact_request", "fr", "-",
  "adresse du siège social et coordonnées du service juridique",
  "Laurent Michel <l.michel@michel-transports.example>", "Coordonnées du siège", """
Bonjour,

Merci de me communiquer l'adresse postale de votre siège social ainsi que les coordonnées
de votre service juridique. Nous souhaitons leur adresser un courrier recommandé concernant
le renouvellement de notre contrat.

Laurent Michel
""", mailer="outlook")

M("broken_promise,technical_issue", "fr", "-",
  "technicien promis jamais venu; imprimante cuisine HS",
  "Chloé Garnier <chloe@garnier-creperie.example>", "Technicien promis", """
Bonjour,

On m'avait promis un technicien mercredi pour l'imprimante de cuisine qui n'imprime plus
les bons (voyant rouge clignotant). Personne n'est venu. Nous transmettons les commandes à
la voix depuis une semaine.

Chloé
""", mailer="iphone")

M("severe_dissatisfaction,technical_issue", "fr", "-",
  "sans accents, en minuscules; caisse plante; 'une honte'",
  "thierry.r@bar-du-port.example", "caisse qui plante", """
bonjour, la caisse plante toutes les 10 min depuis la mise a jour, faut tout redemarrer a
chaque fois. c'est n'importe quoi, une honte, je paye pas pour ca
""", mailer="webmail")

M("cancellation_threat,legal_threat,regulatory", "fr", "conditional",
  "signalement à la DGCCRF; exige la résiliation, sinon tribunal de commerce",
  "Anne Vasseur <contact@bioandco.example>", "Clause de reconduction tacite", """
Madame, Monsieur,

Votre contrat a été reconduit tacitement pour trois ans sans l'information préalable
exigée par la loi. J'ai signalé ces pratiques à la DGCCRF, et à défaut de résiliation sans
frais sous quinze jours, nous vous assignerons devant le tribunal de commerce.

Pour la SARL Bio&Co,
Anne Vasseur, gérante
""", mailer="outlook", kind="alt")

# ------------------------------------------------------------------ French, no trigger

M("-", "fr", "title",
  "signature 'Directeur commercial'; demande de devis",
  "Olivier Mercier <o.mercier@mercier-distribution.example>", "Demande de devis", """
Bonjour,

Pourriez-vous nous faire parvenir un devis pour 6 terminaux K2 et 2 imprimantes de cuisine ?

Cordialement,

Olivier Mercier
Directeur commercial
Mercier Distribution
""", mailer="outlook")

M("-", "fr", "quoted",
  "remerciements; sa propre menace de résiliation n'est que dans la citation « a écrit : »",
  "Valérie Caron <valerie@caron-librairie.example>", "Re: Votre demande n° 61334", """
Merci beaucoup, tout fonctionne de nouveau. Bonne journée !

Valérie

Le 3 avril 2025 à 10:12, Support <support@example.test> a écrit :
> Bonjour Madame Caron,
> nous avons réinitialisé votre terminal à distance. Pouvez-vous vérifier ?
>
> Le 2 avril 2025 à 18:40, Valérie Caron <valerie@caron-librairie.example> a écrit :
>> Plus rien ne marche depuis ce matin, c'est inadmissible. Si ce n'est pas réparé demain,
>> je résilie.
""", mailer="apple", kind="html", entities=True)

M("-", "fr", "quoted",
  "bloc Outlook français (De/Envoyé/À/Objet) citant une perte de données; question neutre",
  "Thomas Lambert <t.lambert@lambert-optique.example>", "RE: [Ticket 60990] Votre demande", """
Bonjour,

Parfait, merci. Dernière question : la sauvegarde automatique se fait à quelle heure ?

Thomas Lambert

De : Support <support@example.test>
Envoyé : mardi 6 mai 2025 11:02
À : Thomas Lambert <t.lambert@lambert-optique.example>
Objet : [Ticket 60990] Votre demande

Bonjour, nous avons restauré vos données à partir de la sauvegarde de lundi.

De : Thomas Lambert
Envoyé : mardi 6 mai 2025 08:30
À : Support
Objet : Données effacées

Toutes nos ventes d'hier ont été effacées !
""", mailer="outlook", kind="html", entities=True)

M("-", "fr", "signature",
  "mention légale de confidentialité (poursuites) en signature; demande d'attestation",
  "Sandrine Petit <s.petit@petit-architecture.example>", "Attestation de TVA", """
Bonjour,

Pourriez-vous nous envoyer votre attestation de numéro de TVA intracommunautaire ?

Cordialement,
Sandrine Petit

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention
exclusive de ses destinataires. Toute utilisation non conforme à sa destination, toute
diffusion ou publication, totale ou partielle, est interdite et peut donner lieu à des
poursuites.
""", mailer="outlook", cs="iso-8859-1", cte="8bit", hcs="iso-8859-1")

M("-", "fr", "negation",
  "ne compte pas résilier; question sur la date de fin de contrat",
  "Denis Robin <denis@robin-cycles.example>", "Date de fin de contrat", """
Bonjour,

Je ne compte pas résilier, rassurez-vous ! Je voulais simplement connaître la date de fin de
notre engagement actuel pour mon prévisionnel.

Denis
""", mailer="gmail")

M("-", "fr", "policy_question",
  "question sur la politique de remboursement",
  "Manon Fabre <manon@fabre-bijoux.example>", "Politique de remboursement", """
Bonjour,

Quelle est votre politique de remboursement si l'abonnement annuel ne nous convient pas
après un mois ?

Merci,
Manon
""", mailer="iphone")

M("-", "fr", "reported",
  "le comptable suggère le médiateur; la cliente n'y adhère pas",
  "Martine Gauthier <martine@gauthier-coiffure.example>", "Ligne « frais de service »", """
Bonjour,

Mon comptable m'a dit que je devrais saisir le médiateur à cause des « frais de service »
sur la facture, mais je pense surtout que je ne comprends pas à quoi ils correspondent.
Pouvez-vous m'expliquer cette ligne ?

Martine Gauthier
""", mailer="outlook")

M("-", "fr", "innocuous",
  "« avocat » = le fruit, bar à salades",
  "Lucas Bertrand <lucas@green-bowl.example>", "Ajouter un supplément", """
Salut,

On est un bar à salades. Comment je fais pour ajouter « avocat » en supplément payant
(+1,50 €) sur tous les bowls d'un coup, sans modifier chaque produit un par un ?

Merci !
Lucas
""", mailer="gmail", cte="8bit")

M("-", "fr", "innocuous",
  "un pressing (mot « press ») demande un réglage d'étiquettes",
  "Pressing des Halles <contact@pressing-deshalles.example>", "Étiquettes pour les vêtements", """
Bonjour,

Nous sommes un pressing et nous aimerions imprimer une étiquette numérotée pour chaque
vêtement déposé. Votre logiciel le permet-il avec l'imprimante d'étiquettes Brother ?

Merci d'avance,
Nadine
""", mailer="outlook")

M("-", "fr", "-",
  "comment imprimer un duplicata",
  "Hugo Faure <hugo@faure-tabac.example>", "Duplicata de ticket", """
Bonjour, comment imprimer un duplicata d'un ticket d'hier ? Un client en a besoin pour sa
note de frais. Merci.
""", mailer="iphone")

M("-", "fr", "-",
  "message de remerciement",
  "Josiane Lemoine <josiane@lemoine-mercerie.example>", "Merci !", """
Bonjour,

Un grand merci à Julien pour sa patience au téléphone hier. Grâce à lui j'ai enfin compris
les rapports de fin de journée.

Bien à vous,
Josiane Lemoine
""", mailer="outlook", kind="html", entities=True, cs="iso-8859-1", hcs="iso-8859-1")

M("-", "fr", "policy_question",
  "conformité RGPD et hébergement des données",
  "Romain Chevalier <r.chevalier@cabinet-chevalier.example>", "RGPD", """
Bonjour,

Votre solution de prise de rendez-vous est-elle conforme au RGPD ? Où sont hébergées les
données de nos patients ? Pouvez-vous nous transmettre votre DPA ?

Romain Chevalier
""", mailer="outlook")


# =======================================================================================
# SPANISH
# =======================================================================================

M("billing_dispute,legal_threat", "es", "conditional",
  "cobro duplicado de 59 €; si no, abogado",
  "Javier Morales <javier@morales-peluqueria.example>", "Cobro duplicado en la factura de mayo", """
Buenos días:

En la factura de mayo nos han cobrado dos veces la cuota mensual (2 x 59,00 €). Solo
tenemos una licencia, como pueden ver en su propio panel.

Si no me devuelven el importe antes del día 15, pondré el asunto en manos de mi abogado.

Un saludo,
Javier Morales
Peluquería Morales, Sevilla
""", mailer="outlook")

M("cancellation_threat,technical_issue", "es", "-",
  "se da de baja porque la app de reservas no envía recordatorios",
  "Lucía Fernández <lucia@fisio-fernandez.example>", "Baja del servicio", """
Hola:

Llevamos un mes sin que la aplicación envíe los recordatorios de cita por SMS, y los
pacientes no vienen. Ya lo reporté y me dijeron que lo estaban mirando.

He decidido darme de baja a final de mes. Por favor, indíquenme cómo exportar mis datos.

Lucía Fernández
""", mailer="gmail")

M("regulatory,security_incident,technical_issue", "es", "-",
  "datos de otros clientes visibles; reclamación ante la AEPD",
  "Andrés Castillo <andres@castillo-dental.example>", "Datos de otra clínica en nuestro panel", """
Buenas tardes:

Desde esta mañana, en el listado de pacientes de nuestro panel aparecen nombres, teléfonos
y DNI de pacientes que no son nuestros, al parecer de otra clínica de Valencia. Es una
brecha de datos gravísima.

Hemos presentado una reclamación ante la Agencia Española de Protección de Datos y
esperamos su explicación por escrito.

Dr. Andrés Castillo
Clínica Dental Castillo
""", mailer="outlook", kind="alt")

M("manager_request,severe_dissatisfaction", "es", "-",
  "quiere hablar con un supervisor; 'una vergüenza'",
  "Rosa Jiménez <rosa@jimenez-panaderia.example>", "Quiero hablar con un supervisor", """
Buenas:

Llevo dos semanas esperando que alguien active el segundo datáfono que compramos. Cuando
llamé el lunes me pasaron con alguien que no sabía nada. Esto es una vergüenza.

Quiero hablar con un supervisor, por favor. Mi teléfono es el 654 000 111.

Rosa Jiménez
Panadería Jiménez
""", mailer="iphone")

M("outage,technical_issue", "es", "-",
  "sistema caído en los tres locales",
  "Diego Navarro <diego@navarro-tapas.example>", "Sistema caído", """
Hola, el sistema está caído desde las 13:30 en los tres locales. Ni los TPV ni las
tablets de los camareros conectan ("No se puede contactar con el servidor"). Estamos en
pleno servicio de comidas. Llamadme al 600 111 222.
""", mailer="iphone")

M("data_loss,technical_issue", "es", "-",
  "se han borrado las reservas de julio tras la actualización",
  "Marina Ortiz <marina@hostal-ortiz.example>", "Reservas borradas", """
Hola:

Tras la actualización de anoche se han borrado todas las reservas de julio del calendario.
Tenemos los correos de confirmación de los huéspedes, pero en el programa no aparece
ninguna. ¿Pueden recuperarlas?

Marina Ortiz
Hostal Ortiz, Cádiz
""", mailer="gmail", cs="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1")

M("safety,technical_issue", "es", "-",
  "el cargador echó chispas y olía a quemado",
  "Raúl Gil <raul@gil-ferreteria.example>", "Cargador con chispas", """
Buenos días:

Esta mañana el cargador de uno de los datáfonos echó chispas al enchufarlo y empezó a oler
a quemado. Lo hemos desenchufado y nadie ha tocado el aparato desde entonces. Nos da miedo
que pase lo mismo con los otros.

¿Qué hacemos? ¿Nos envían uno nuevo?

Raúl Gil
""", mailer="outlook", cs="windows-1252", cte="8bit", hcs="iso-8859-1")

M("feature_request", "es", "-",
  "estaría genial poder dividir la cuenta por comensal",
  "Carmen Ruiz <carmen@ruiz-bodega.example>", "Sugerencia: dividir la cuenta", """
¡Hola!

Estaría genial que el TPV permitiera dividir la cuenta por comensal directamente desde la
tablet del camarero. Ahora lo hacemos a mano con calculadora y los grupos grandes se
desesperan.

Gracias,
Carmen
""", mailer="gmail")

M("media_threat,technical_issue", "es", "-",
  "va a publicar en redes y dejar reseña; pedidos online no llegan a cocina",
  "Pablo Serrano <pablo@serrano-burger.example>", "Pedidos online que no llegan", """
Los pedidos online no llegan a la cocina desde el viernes. Los clientes pagan, esperan una
hora y nadie les lleva nada. Ya tenemos reseñas de una estrella por vuestra culpa.

Hoy mismo voy a contar en Instagram y en TikTok lo que está pasando (tenemos 18.000
seguidores) y dejaré una reseña de vuestro software en Google.

Pablo
""", mailer="iphone")

M("executive_contact", "es", "-",
  "ha escrito al consejero delegado",
  "Elena Vidal <elena.vidal@vidal-opticas.example>", "Renovación del contrato", """
Buenos días:

Les informo de que he escrito directamente a su consejero delegado para trasladarle mi
malestar con las nuevas condiciones de renovación que nos han comunicado.

Atentamente,
Elena Vidal
Directora, Vidal Ópticas
""", mailer="outlook")

M("discrimination_harassment", "es", "-",
  "comercial con comentarios sexistas e insistencia fuera de horario",
  "Nuria Domínguez <nuria@dominguez-floristeria.example>", "Comportamiento de su comercial", """
Buenas tardes:

Su comercial de zona me ha hecho comentarios sobre mi físico en las dos visitas a la
tienda, y desde la semana pasada me escribe por WhatsApp a las once de la noche
«para quedar y hablar del contrato». Le he pedido que pare y sigue.

Esto es acoso. Exijo que otra persona se encargue de nuestra cuenta.

Nuria Domínguez
""", mailer="gmail", cte="base64")

M("high_value_order,technical_issue", "es", "-",
  "pedido de 9.800 €, pantallas de cocina con fallo",
  "Alberto Herrera <a.herrera@grupo-herrera.example>", "Pedido PED-3391 - pantallas de cocina defectuosas", """
Buenos días:

Recibimos el pedido PED-3391 (importe total 9.800,00 € más IVA): 8 pantallas de cocina y
4 impresoras. Cinco de las pantallas se quedan en negro a los pocos minutos de encenderlas
y hay que reiniciarlas. Abrimos el nuevo local el día 20.

¿Cuándo pueden sustituirlas?

Alberto Herrera
Grupo Herrera Restauración
""", mailer="outlook", att=[("foto_pantalla.png", "image/png", None)])

M("broken_promise,repeat_contact", "es", "-",
  "tercera vez que escribe; reembolso prometido no llegó",
  "Teresa Molina <teresa@molina-academia.example>", "Reembolso pendiente (tercer correo)", """
Hola:

Es la tercera vez que escribo por lo mismo. El 2 de abril me prometieron por escrito el
reembolso de la cuota de marzo que no usamos al cambiar de plan. Estamos a 20 de mayo y no
ha llegado nada.

Teresa Molina
""", mailer="webmail")

M("severe_dissatisfaction,technical_issue", "es", "-",
  "'una vergüenza absoluta', la impresora de tickets no imprime",
  "Manuel Prieto <manuel@prieto-bar.example>", "impresora", """
la impresora de tickets no imprime desde el martes, sale el papel en blanco. es una
verguenza absoluta, pago todos los meses para esto??? nunca he visto un servicio tan malo
""", mailer="iphone")

M("security_incident", "es", "-",
  "hackearon la cuenta y cambiaron el correo del administrador",
  "Silvia Romero <silvia@romero-estetica.example>", "Nos han hackeado la cuenta", """
Hola,

Nos han hackeado la cuenta: alguien cambió anoche el correo y la contraseña del
administrador. Recibimos un aviso de inicio de sesión desde otro país justo antes. ¿Pueden
bloquear la cuenta y devolvernos el control?

Silvia
""", mailer="gmail")

M("corporate_contact_request", "es", "-",
  "pide dirección de la sede central y teléfono de dirección",
  "Ignacio Vega <ignacio@vega-muebles.example>", "Dirección de la sede central", """
Buenos días:

¿Me pueden facilitar la dirección de su sede central y un teléfono de la dirección de la
empresa? No me sirve el teléfono de soporte; quiero enviar una carta formal sobre cómo se
ha gestionado nuestra cuenta.

Ignacio Vega
""", mailer="outlook")

M("billing_dispute", "es", "-",
  "cobrado de más: 3 licencias en vez de 2 (México, pesos)",
  "Gabriela Sánchez <gaby@sanchez-cafeteria.example>", "Me cobraron de más", """
Hola, buenas tardes.

Este mes me cobraron $1,350 pesos por 3 licencias, pero solo tengo 2 desde enero (di de
baja la tercera caja). Me deben $450. ¿Me lo pueden reembolsar, por favor?

Gracias,
Gaby
Cafetería Sánchez, Guadalajara
""", mailer="gmail")

M("cancellation_threat,severe_dissatisfaction,technical_issue", "es", "-",
  "TODO EN MAYÚSCULAS; se cambia a la competencia",
  "FRANCISCO LÓPEZ <paco@lopez-carniceria.example>", "BALANZA", """
LA BALANZA NO ENVÍA LOS PESOS AL TPV DESDE HACE UNA SEMANA. ESTOY HARTO, ES UNA TOMADURA
DE PELO. EL MES QUE VIENE ME CAMBIO A OTRA EMPRESA.
""", mailer="outlook", cs="iso-8859-1", cte="8bit", hcs="iso-8859-1")

# ------------------------------------------------------------------ Spanish, no trigger

M("-", "es", "title",
  "'soy la gerente' (cargo), pregunta cómo cambiar horarios",
  "Patricia León <patricia@leon-restaurante.example>", "Cambiar horarios de reservas", """
Hola, soy la gerente del restaurante León. ¿Cómo puedo cambiar el horario de reservas
para agosto? Cerramos los lunes ese mes.

Gracias,
Patricia León
Gerente
""", mailer="gmail")

M("-", "es", "title",
  "firma 'Director de Operaciones' y 'Responsable de Seguridad'; pide manual",
  "Sergio Cabrera <s.cabrera@cabrera-supermercados.example>", "Manual del TPV", """
Buenos días:

¿Nos pueden enviar el manual de usuario del TPV en español?

Saludos,
Sergio Cabrera
Director de Operaciones y Responsable de Seguridad
Cabrera Supermercados
""", mailer="outlook")

M("-", "es", "quoted",
  "agradece; su amenaza de baja solo aparece en la cita 'escribió:'",
  "Antonio Ramos <antonio@ramos-libreria.example>", "Re: Solicitud 61877", """
¡Muchas gracias! Ya funciona todo.

Antonio

El mar, 4 mar 2025 a las 10:15, Soporte (<support@example.test>) escribió:
> Hola Antonio, ya hemos reactivado su licencia. ¿Puede comprobarlo?
>
> El lun, 3 mar 2025 a las 19:02, Antonio Ramos (<antonio@ramos-libreria.example>) escribió:
>> Me han bloqueado la licencia sin motivo. Es una vergüenza. Si mañana no funciona me doy
>> de baja.
""", mailer="gmail", kind="html", entities=True)

M("-", "es", "quoted",
  "bloque Outlook (De/Enviado el/Para/Asunto) citando un cobro duplicado; pregunta neutra",
  "Beatriz Santos <beatriz@santos-farmacia.example>", "RE: [Caso 60321] Su consulta", """
Perfecto, gracias. ¿Me pueden enviar la factura rectificativa también en PDF?

Un saludo,
Beatriz

De: Soporte <support@example.test>
Enviado el: jueves, 8 de mayo de 2025 12:40
Para: Beatriz Santos <beatriz@santos-farmacia.example>
Asunto: [Caso 60321] Su consulta

Hola Beatriz, hemos anulado el cargo duplicado.

De: Beatriz Santos
Enviado el: miércoles, 7 de mayo de 2025 9:12
Para: Soporte
Asunto: Cobro duplicado

Me han cobrado dos veces la cuota de mayo. Quiero que me lo devuelvan ya.
""", mailer="outlook", kind="alt")

M("-", "es", "signature",
  "aviso legal LOPD con 'acciones legales' en la firma; pide certificado",
  "Rocío Martín <rocio@martin-gestoria.example>", "Certificado de retenciones", """
Buenos días:

¿Nos pueden enviar el certificado de retenciones del año pasado?

Gracias,
Rocío Martín
Martín Gestoría

AVISO LEGAL: Este mensaje y sus archivos adjuntos son confidenciales y están dirigidos
exclusivamente a su destinatario. Si usted no es el destinatario, le informamos de que
cualquier uso, divulgación o copia está prohibido y podrá dar lugar a acciones legales. En
cumplimiento del RGPD, le informamos de que sus datos serán tratados por Martín Gestoría.
""", mailer="outlook", cs="windows-1252", cte="quoted-printable", hcs="iso-8859-1")

M("-", "es", "negation",
  "no quiere darse de baja, solo cambiar la tarjeta",
  "Óscar Guerrero <oscar@guerrero-taller.example>", "Cambiar tarjeta de pago", """
Hola, no quiero darme de baja ni nada, solo cambiar la tarjeta con la que pago la cuota
porque la antigua caduca. ¿Dónde se hace?
""", mailer="iphone")

M("-", "es", "policy_question",
  "pregunta por la política de devoluciones",
  "Alicia Medina <alicia@medina-regalos.example>", "Política de devoluciones", """
Buenas tardes:

¿Cuál es su política de devoluciones para el hardware? Si el datáfono no nos convence en
las primeras semanas, ¿podemos devolverlo?

Alicia Medina
""", mailer="gmail")

M("-", "es", "policy_question",
  "hipotética: si cancelara, ¿perdería los datos?",
  "Joaquín Reyes <joaquin@reyes-autoescuela.example>", "Pregunta sobre los datos", """
Hola,

Una pregunta: si algún día quisiera cancelar la suscripción, ¿perdería los datos de mis
alumnos o me los podría descargar antes?

Joaquín
""", mailer="gmail")

M("-", "es", "reported",
  "el socio dice que deberían demandar; el cliente no lo asume",
  "Mercedes Cano <mercedes@cano-zapateria.example>", "Duda con la permanencia", """
Hola:

Mi socio dice que deberíamos demandarles por la cláusula de permanencia, pero yo creo que
simplemente no la leímos bien. ¿Me pueden decir hasta cuándo dura y qué pasa después?

Mercedes
""", mailer="outlook")

M("-", "es", "innocuous",
  "'demanda' en el sentido de demanda de reservas; restaurante 'Fuego Lento'",
  "Restaurante Fuego Lento <reservas@fuegolento.example>", "Más mesas para verano", """
Hola:

Con la alta demanda de reservas de verano queremos añadir 6 mesas de terraza al plano del
restaurante. ¿Cómo se añaden sin tocar las mesas del salón?

Gracias,
Equipo de Fuego Lento
""", mailer="gmail")

M("-", "es", "innocuous",
  "despacho de abogados quiere reservas online",
  "Carlos Pascual <cpascual@pascual-abogados.example>", "Reservas de citas para el despacho", """
Buenos días:

Somos un despacho de abogados con tres socios. ¿Su sistema permite que cada abogado tenga
su propia agenda de citas y que los clientes reserven la primera consulta online?

Carlos Pascual
Pascual Abogados
""", mailer="outlook")

M("-", "es", "-",
  "cómo cambiar el IVA de un producto",
  "Fernando Ibáñez <fernando@ibanez-verduras.example>", "Cambiar IVA", """
Hola, ¿cómo cambio el IVA de los productos de la sección de panadería del 10 % al 4 %?
Gracias.
""", mailer="iphone", cte="8bit")

M("-", "es", "-",
  "agradecimiento",
  "Dolores Fuentes <lola@fuentes-merceria.example>", "Gracias", """
Queridos amigos:

Solo quería daros las gracias por la ayuda con la instalación. Todo va de maravilla y las
chicas de la tienda están encantadas.

Un abrazo,
Lola Fuentes
""", mailer="outlook", kind="html", entities=True)


# =======================================================================================
# MORE MIXED MESSAGES (all languages)
# =======================================================================================

M("broken_promise,technical_issue", "en", "quoted",
  "promised refund missing and printer still broken; regulator threat only in quoted own mail",
  "Pat Gallagher <pat@gallagherdeli.example>", "Re: [Ticket 61502] Label printer", """
Still not fixed — the label printer still prints every label twice. And the £45 refund you
promised in your reply below hasn't turned up either.

Pat

On Thu, 5 Jun 2025 at 10:20, Support <support@example.test> wrote:
> Hi Pat, we'll refund the £45 for the wasted label rolls within 5 working days and our
> engineers are working on a fix.
>
> On Wed, 4 Jun 2025 at 17:02, Pat Gallagher <pat@gallagherdeli.example> wrote:
>> Labels are printing twice. I've wasted 3 rolls. If I don't get my money back for them
>> I'm going to trading standards.
""", mailer="gmail", kind="alt", hdr=["In-Reply-To: <t61502.2@escalated.example.test>",
                                        "References: <t61502.1@escalated.example.test> <t61502.2@escalated.example.test>"])

M("manager_request", "de", "quoted",
  "will Vorgesetzten sprechen; Anwaltsdrohung steht nur im zitierten eigenen Mail",
  "Hans-Peter Lorenz <hp.lorenz@lorenz-schuhe.example>", "AW: [Ticket 62110] Ihre Anfrage", """
Ihre Antwort hilft mir nicht weiter. Ich möchte jetzt bitte mit Ihrem Vorgesetzten
sprechen, am besten heute noch telefonisch: 0761 555 3301.

H.-P. Lorenz

-----Ursprüngliche Nachricht-----
Von: Support <support@example.test>
Gesendet: Montag, 16. Juni 2025 09:12
An: Hans-Peter Lorenz <hp.lorenz@lorenz-schuhe.example>
Betreff: [Ticket 62110] Ihre Anfrage

Sehr geehrter Herr Lorenz, leider ist eine Gutschrift nach Ablauf von 30 Tagen nicht möglich.

-----Ursprüngliche Nachricht-----
Von: Hans-Peter Lorenz
Gesendet: Freitag, 13. Juni 2025 18:40
Betreff: Gutschrift

Wenn ich die Gutschrift nicht bekomme, schalte ich meinen Anwalt ein.
""", mailer="outlook", kind="html", cs="iso-8859-15", hcs="iso-8859-1")

M("billing_dispute", "es", "quoted",
  "cobro doble de junio; la sugerencia de reclamar en Consumo solo está en el correo reenviado de la gestora",
  "Jorge Castro <jorge@castro-heladeria.example>", "Fwd: Cargos de junio", """
Hola:

Os reenvío el correo de mi gestora. Nos habéis cobrado dos veces la cuota de junio
(2 x 45,00 €). Por favor, devolvednos uno de los cargos.

Gracias,
Jorge

---------- Forwarded message ---------
De: Marisa Peña <marisa@pena-asesores.example>
Date: lun, 7 jul 2025 a las 11:03
Subject: Cargos de junio
To: Jorge Castro <jorge@castro-heladeria.example>

Jorge, en el extracto de junio hay dos cargos iguales de 45 € del programa de caja. Si no
os lo devuelven, yo pondría una reclamación en Consumo.
""", mailer="gmail")

M("billing_dispute", "en", "other",
  "only a short follow-up; the dispute is in the Re: subject, which counts as customer's words",
  "Pat Oduya <pat.oduya@oduyabeauty.example>", "Re: Charged twice for June (2 x £39)", """
Hi, any news on this? Thanks, Pat

On 2 Jul 2025, at 16:40, Support <support@example.test> wrote:
> Thanks Pat, we're looking into it and will get back to you.
""", mailer="iphone")

M("-", "en", "quoted",
  "forwarded colleague's outage report; customer says all working again",
  "Marina Costa <owner@marinascafe.example>", "Fwd: URGENT all terminals down!!!", """
Hi — forwarding this from Jake, he sent it to me last night. It's all working again this
morning, I just wanted you to have it in case it helps with your logs. No action needed.

Marina

---------- Forwarded message ---------
From: Jake Doyle <jake@marinascafe.example>
Date: Sat, 19 Jul 2025 at 21:48
Subject: URGENT all terminals down!!!
To: <owner@marinascafe.example>

all 3 terminals down, cant take cards, this is a disaster. phoned support no answer
""", mailer="gmail")

M("corporate_contact_request", "en", "-",
  "wants named contact and postal address at head office for formal complaint",
  "Rosemary Hale <rosemary@halehomeware.example>", "Formal complaint - who do I write to?", """
Hello,

Who do I send a formal complaint to at your head office? I'd like a name and a postal
address, please, not a ticket number. It concerns how the hardware return was handled.

Rosemary Hale
""", mailer="outlook")

M("corporate_contact_request,executive_contact", "fr", "-",
  "demande l'e-mail du directeur général pour lui écrire",
  "Philippe Renaud <philippe@renaud-vins.example>", "Adresse e-mail de votre directeur général", """
Bonjour,

Pourriez-vous me communiquer l'adresse e-mail de votre directeur général ? Je souhaite lui
écrire directement au sujet de la fin de notre partenariat revendeur, annoncée sans
préavis.

Philippe Renaud
Renaud Vins & Spiritueux
""", mailer="apple", kind="alt")

M("corporate_contact_request", "de", "-",
  "bittet um Anschrift der Hauptverwaltung und Nummer der Geschäftsleitung",
  "Dieter Brandt <d.brandt@brandt-apotheke.example>", "Anschrift Hauptverwaltung", """
Sehr geehrte Damen und Herren,

bitte teilen Sie mir die Anschrift Ihrer Hauptverwaltung sowie eine Telefonnummer Ihrer
Geschäftsleitung mit. Die Hotline-Nummer habe ich bereits.

Mit freundlichen Grüßen
Dieter Brandt
""", mailer="outlook", cs="iso-8859-1", cte="quoted-printable", hcs="iso-8859-1")

M("safety", "de", "-",
  "Rückruf der Ladestationen laut Großhändler-Schreiben, fragt nach Vorgehen",
  "Sandra Keller <s.keller@keller-drogerie.example>", "Rückruf Ladestation TX-40?", """
Hallo,

heute kam ein Schreiben vom Großhändler: Die Ladestationen für die TX-40 werden wegen
Überhitzungsgefahr zurückgerufen. Wir haben sechs Stück im Einsatz. Wie läuft der
Austausch, und sollen wir sie sofort vom Netz nehmen?

Sandra Keller
""", mailer="gmail")

M("discrimination_harassment", "es", "-",
  "agente se negó a atender por chat a cliente sorda y la ridiculizó",
  "Marta Iglesias <marta@iglesias-libros.example>", "Trato recibido por ser sorda", """
Buenos días:

Soy sorda y pedí que me atendieran por chat o por correo en lugar de por teléfono. El
agente se negó, escribió «no tengo tiempo para esto» y me dijo que buscara a alguien «que
oiga» para llamar por mí. Me sentí humillada y discriminada por mi discapacidad.

Marta Iglesias
""", mailer="gmail")

M("outage,technical_issue", "en", "-",
  "gmail HTML with entities and gmail_quote; payments down on all devices",
  "Sophie Tran <sophie@tranflowers.example>", "Payments down on every device", """
Hi,
Payments are failing on every device since 10:05 - Error 500 on the reader and the app.
Sophie
""", mailer="gmail", kind="alt", html="""<div dir="ltr"><div>Hi,</div><div><br></div><div>Payments are failing on <b>every</b> device since 10:05&nbsp;&ndash; &quot;Error 500&quot; on the reader <i>and</i> the app. Tried both shops &amp; the market stall.</div><div><br></div><div>Sophie</div><div><br></div><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 12 May 2025 at 09:01, Status &lt;status@example.test&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Scheduled maintenance tonight 02:00&ndash;03:00. No impact expected.</blockquote></div></div>
""")

M("severe_dissatisfaction,technical_issue", "en", "-",
  "typo-laden rant: 'the worst software ive ever used'",
  "Kev <kev.mcd@kevsautoparts.example>", "stock count", """
hiya, the stock count screen freezes evry time i scan more than about 50 items and then
it crashes back to the home screen and i have to start agian. honestly the worst software ive ever used,
im livid
""", mailer="iphone")

M("feature_request,repeat_contact", "en", "-",
  "asking for feature for the third time",
  "Naomi Fairbairn <naomi@fairbairnstudio.example>", "Group bookings - asking again", """
Hi,

I've now asked three times (emails in January, March and May) whether you could add
group bookings to the class timetable, so a parent can book two kids in one go. Please
could this go to the product team?

Naomi
""", mailer="apple")

M("-", "en", "policy_question",
  "conditional question only, no threat: what if hardware breaks",
  "George Pryce <george@prycehardware.example>", "Warranty", """
If one of the terminals broke down next year, would you send a replacement straight away
or do we have to post ours back first? Just trying to plan ahead.
""", mailer="outlook")

M("-", "fr", "innocuous",
  "une cliente de la boulangerie « s'est plainte » du ticket; simple question de paramétrage",
  "Émilie Roche <emilie@roche-boulangerie.example>", "Détail de la TVA sur le ticket", """
Bonjour,

Une cliente s'est plainte ce matin que nos tickets n'affichent pas le détail de la TVA
(5,5 % et 10 %). Où est-ce que je peux activer ce détail dans les réglages ?

Émilie Roche
Boulangerie Roche
""", mailer="iphone")

M("-", "de", "negation",
  "es ist kein Datenverlust entstanden; nur eine Frage zur Sicherung",
  "Martin Schulz <m.schulz@schulz-elektronik.example>", "Frage zum Export", """
Hallo,

gestern ist bei uns kurz der Strom ausgefallen, aber es sind keine Daten verloren
gegangen, alles ist da. Trotzdem die Frage: Kann ich den Tagesabschluss zusätzlich als
PDF lokal speichern?

Martin Schulz
""", mailer="thunderbird")

M("-", "es", "negation",
  "no ha habido ningún problema; solo quiere añadir un usuario",
  "Claudia Vargas <claudia@vargas-yoga.example>", "Añadir profesora", """
Hola, todo funciona perfectamente, ningún problema. Solo quería saber cómo añado a una
nueva profesora para que vea su horario pero no la facturación.

¡Gracias!
Claudia
""", mailer="gmail")

M("-", "en", "signature",
  "signature quote mentions lawsuits/press; message is a simple order",
  "Declan Byrne <declan@byrnebooks.example>", "Paper rolls", """
Hi, could we order 20 boxes of the 80mm thermal rolls please? Same address as usual.

Declan

--
Byrne's Books, est. 1962
"No press, no lawsuits, no drama — just books." (our late founder)
""", mailer="thunderbird")


# ---------------------------------------------------------------------------------------
# writing and validation
# ---------------------------------------------------------------------------------------

def mime_features(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    feats = set()
    if re.search(rb"^(Subject|From):.*=\?[^?]+\?[bBqQ]\?", raw.split(b"\r\n\r\n", 1)[0], re.M):
        feats.add("rfc2047")
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            feats.add(ct)
            continue
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        cs = (part.get_content_charset() or "us-ascii").lower()
        if cte in ("quoted-printable", "base64") and ct.startswith("text/"):
            feats.add(cte)
        if cs not in ("utf-8", "us-ascii"):
            feats.add(cs)
        if ct == "text/html":
            feats.add("html")
        if part.get_filename():
            feats.add("attachment")
    if msg.get_content_type() == "text/html":
        feats.add("html-only")
    return feats


def main():
    docs = os.path.join(OUT, "..", "..", "..", "docs", "triggers.md")
    valid = set(TRIGGERS)
    if os.path.exists(docs):
        documented = set(re.findall(r"^\| `([a-z_]+)` \|", open(docs, encoding="utf-8").read(), re.M))
        assert documented == valid, (documented ^ valid)
    order = list(range(len(MSGS)))
    random.Random(20250611).shuffle(order)
    rows = []
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        fname = "h2-%04d.eml" % n
        raw = crlf(build(m, i))
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(raw)
        trig = "-" if m["t"] == "-" else ",".join(sorted(x.strip() for x in m["t"].split(",")))
        rows.append((fname, trig, m["auto"], m["lang"], m["trap"], m["note"]))
    rows.sort()
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\ttriggers\tautomated\tlang\ttrap\tnote\n")
        for row in rows:
            assert all("\t" not in x and "\n" not in x for x in row), row
            fh.write("\t".join(row) + "\n")
    validate()


def validate():
    errors = []
    with open(os.path.join(OUT, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    assert lines[0] == "file\ttriggers\tautomated\tlang\ttrap\tnote", lines[0]
    rows = [ln.split("\t") for ln in lines[1:] if ln]
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    if sorted(r[0] for r in rows) != files:
        errors.append("labels.tsv and .eml files differ")
    trig_count = collections.Counter()
    multi = 0
    langs = collections.Counter()
    autos = collections.Counter()
    traps = collections.Counter()
    notrig_traps = collections.Counter()
    feats_count = collections.Counter()
    nonplain = 0
    positives = 0
    notrig = 0
    lang_pos = collections.Counter()
    for r in rows:
        if len(r) != 6:
            errors.append("bad row %r" % r)
            continue
        f, trig, auto, lang, trap, note = r
        if not re.fullmatch(r"h2-\d{4}\.eml", f):
            errors.append("bad name " + f)
        if trig != "-":
            ids = trig.split(",")
            if ids != sorted(ids) or len(set(ids)) != len(ids):
                errors.append("%s: triggers not sorted/unique" % f)
            for t in ids:
                if t not in TRIGGERS:
                    errors.append("%s: unknown trigger %s" % (f, t))
                trig_count[t] += 1
            if len(ids) > 1:
                multi += 1
            positives += 1
            lang_pos[lang] += 1
        if auto != "-":
            if auto not in AUTOMATED:
                errors.append("%s: bad automated %s" % (f, auto))
            if trig != "-":
                errors.append("%s: automated with triggers" % f)
            if trap != "-":
                errors.append("%s: automated with trap" % f)
        elif trig == "-":
            notrig += 1
            notrig_traps[trap] += 1
        if lang not in LANGS:
            errors.append("%s: bad lang" % f)
        if trap != "-" and trap not in TRAPS:
            errors.append("%s: bad trap %s" % (f, trap))
        if not note.strip():
            errors.append("%s: empty note" % f)
        langs[lang] += 1
        autos[auto] += 1
        traps[trap] += 1
        raw = open(os.path.join(OUT, f), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append("%s: not pure CRLF" % f)
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if msg[h] is None:
                    errors.append("%s: missing %s" % (f, h))
            str(msg["Subject"])
            str(msg["From"])
            for part in msg.walk():
                if not part.is_multipart() and part.get_content_maintype() == "text":
                    part.get_content()
            for part in msg.walk():
                if part.defects:
                    errors.append("%s: MIME defects %r" % (f, part.defects))
        except Exception as e:  # noqa
            errors.append("%s: parse error %r" % (f, e))
        fe = mime_features(raw)
        feats_count.update(fe)
        if fe:
            nonplain += 1
    total = len(rows)
    print("messages: %d" % total)
    print("languages: %s" % dict(sorted(langs.items())))
    print("automated: %s" % {k: v for k, v in sorted(autos.items()) if k != "-"},
          "total", sum(v for k, v in autos.items() if k != "-"))
    print("with triggers: %d (multi-trigger: %d), by lang %s" % (positives, multi, dict(lang_pos)))
    print("no-trigger customer mail: %d, by trap %s" % (notrig, dict(sorted(notrig_traps.items()))))
    print("trap column (all rows): %s" % dict(sorted(traps.items())))
    print("non-plain MIME: %d (%.0f%%)  features: %s" % (nonplain, 100.0 * nonplain / total,
                                                        dict(sorted(feats_count.items()))))
    print("trigger positives:")
    for t in TRIGGERS:
        print("  %-27s %3d" % (t, trig_count[t]))
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("validation OK")


if __name__ == "__main__":
    main()
