#!/usr/bin/env python3
# make_corpus.py - hand-labelled dev/training corpus "dev5" for the escalated project.
# MIT licence. Written for the escalated project; every person, company, address and
# message below is fictitious. Python 3.11 standard library only.
#
#   python3 make_corpus.py          writes d5-NNNN.eml and labels.tsv next to this file
#   python3 make_corpus.py --check  validates the written files
#
# Every message text is a hand-written literal further down in this file. The code only
# packages the texts (charset, transfer encoding, HTML alternative, attachments), using a
# fixed random seed, so that every run produces byte-identical output.
import base64
import datetime
import hashlib
import html
import os
import quopri
import random
import re
import sys
import textwrap
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20250505
PREFIX = "d5-"
SUPPORT = "support@example.test"

TRIGGERS = [
    "billing_dispute", "broken_promise", "cancellation_threat", "corporate_contact_request",
    "data_loss", "discrimination_harassment", "executive_contact", "feature_request",
    "high_value_order", "legal_threat", "manager_request", "media_threat", "outage",
    "regulatory", "repeat_contact", "safety", "security_incident", "severe_dissatisfaction",
    "technical_issue",
]
AUTO_KINDS = ["auto_reply", "bounce", "list", "receipt", "self"]
LANGS = ["en", "de", "fr", "es"]
INDUSTRIES = {
    "charity": "charity and donation platforms",
    "library": "library and e-book lending",
    "tattoo": "tattoo and piercing studios",
    "construction": "construction contractors and building renovation",
    "elevator": "elevator and facilities maintenance for building owners",
    "parking": "parking garages and toll tags",
    "survey": "survey panels and market research rewards",
    "printer": "printer and copier leasing",
    "mealkit": "meal-kit subscriptions",
    "bicycle": "bicycle repair shops",
    "pharmacy": "pharmacies' home-delivery of medical aids",
    "rental": "water-filter and coffee-machine rental",
    "chess": "online chess and puzzle game subscriptions",
    "pet": "dog grooming and pet sitting",
    "camping": "camping sites and caravan rental",
    "artshop": "art-supply and musical-instrument shops",
    "theatre": "theatre and opera box offices",
    "crowdfunding": "crowdfunding platforms",
}

MSGS = []


def C(ind, lang, trig, frm, subj, body, trap="-", note="-", **kw):
    """A customer mail. trig: space separated trigger ids or '' for a hard negative."""
    MSGS.append(dict(kind="customer", auto="-", ind=ind, lang=lang, trig=trig.split(),
                     frm=frm, subj=subj, body=body, trap=trap, note=note, kw=kw))


def A(auto, ind, lang, frm, subj, body, trap="-", note="-", **kw):
    """An automated mail. kw may hold hdrs (extra headers), shape (packaging), etc."""
    MSGS.append(dict(kind="auto", auto=auto, ind=ind, lang=lang, trig=[], frm=frm,
                     subj=subj, body=body, trap=trap, note=note, kw=kw))


# ----------------------------------------------------------------------------------------
# packaging helpers


def _h(*parts):
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()


def encoded_words(s, charset, mode):
    """RFC 2047 encode s into one or more encoded words, each at most 75 characters."""
    words, cur = [], ""

    def enc(t):
        b = t.encode(charset)
        if mode == "B":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(b).decode("ascii"))
        out = []
        for byte in b:
            ch = chr(byte)
            if ch == " ":
                out.append("_")
            elif ch.isascii() and ch.isalnum():
                out.append(ch)
            else:
                out.append("=%02X" % byte)
        return "=?%s?Q?%s?=" % (charset, "".join(out))

    for ch in s:
        if cur and len(enc(cur + ch)) > 75:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return "\n ".join(words)


def header_text(s, charset, mode):
    if s.isascii():
        return s
    if charset in ("us-ascii",):
        charset = "utf-8"
    try:
        s.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    return encoded_words(s, charset, mode)


def fmt_addr(a, charset="utf-8", mode="Q"):
    m = re.match(r"^\s*(.*?)\s*<([^>]+)>\s*$", a)
    if not m:
        return a.strip()
    name, addr = m.group(1), m.group(2)
    if not name:
        return "<%s>" % addr
    if not name.isascii():
        return "%s <%s>" % (header_text(name, charset, mode), addr)
    if re.search(r'[()<>\[\]:;@\\,."]', name):
        return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), addr)
    return "%s <%s>" % (name, addr)


def addr_domain(a):
    m = re.search(r"@([A-Za-z0-9.-]+)", a)
    return m.group(1) if m else "example.test"


def wrap_plain(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line == "-- ":
            out.append(line)
            continue
        m = re.match(r"^((?:> ?)*)", line)
        pre = m.group(1) if m else ""
        if pre and not pre.endswith(" "):
            pre += " "
        rest = line[len(m.group(1)):] if m else line
        wrapped = textwrap.wrap(rest, width - len(pre), break_long_words=False,
                                break_on_hyphens=False)
        out.extend(pre + w for w in wrapped) if wrapped else out.append(line)
    return "\n".join(out)


def text_to_html(text):
    """Render a plain text (with '>' quotes) as simple HTML, quotes as <blockquote>."""
    lines = text.split("\n")

    def render(ls):
        res, i = [], 0
        while i < len(ls):
            if ls[i].startswith(">"):
                j = i
                inner = []
                while j < len(ls) and ls[j].startswith(">"):
                    q = ls[j][1:]
                    inner.append(q[1:] if q.startswith(" ") else q)
                    j += 1
                res.append('<blockquote type="cite" style="margin:0 0 0 .8ex;'
                           'border-left:1px solid #ccc;padding-left:1ex">')
                res.extend(render(inner))
                res.append("</blockquote>")
                i = j
            elif ls[i].strip() == "":
                i += 1
            else:
                j = i
                para = []
                while j < len(ls) and ls[j].strip() != "" and not ls[j].startswith(">"):
                    para.append(html.escape(ls[j].rstrip(), quote=False))
                    j += 1
                res.append("<p>" + "<br>\n".join(para) + "</p>")
                i = j
        return res

    body = "\n".join(render(lines))
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; "
            "charset=utf-8\">\n</head>\n<body>\n" + body + "\n</body>\n</html>\n")


def qp(b):
    return quopri.encodestring(b, quotetabs=False)


def b64(b):
    return base64.encodebytes(b)


def text_node(sub, text, charset, cte):
    """Return (headers, body bytes) for a text/* part; body uses \\n line ends."""
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        if raw.isascii():
            cte = "7bit"
        body = raw
    elif cte == "quoted-printable":
        body = qp(raw)
    else:
        body = b64(text.replace("\n", "\r\n").encode(charset))
    if not body.endswith(b"\n"):
        body += b"\n"
    hdrs = [("Content-Type", 'text/%s; charset="%s"' % (sub, charset)),
            ("Content-Transfer-Encoding", cte)]
    return hdrs, body


def multipart(sub, children, tag, params="", preamble=None):
    bnd = "=_%s_%s" % (sub[:3], _h("bnd", tag)[:24])
    out = []
    if preamble:
        out.append(preamble.encode("ascii") + b"\n")
    for ch_hdrs, ch_body in children:
        out.append(b"\n--" + bnd.encode() + b"\n")
        out.append(render_headers(ch_hdrs))
        out.append(b"\n")
        out.append(ch_body)
    out.append(b"\n--" + bnd.encode() + b"--\n")
    ct = 'multipart/%s;%s\n boundary="%s"' % (sub, params, bnd)
    return [("Content-Type", ct)], b"".join(out)


def render_headers(hdrs):
    out = []
    for k, v in hdrs:
        out.append(("%s: %s\n" % (k, v)).encode("ascii"))
    return b"".join(out)


ATTACH = {
    "pdf": ("application/pdf", b"%PDF-1.4\n% fictitious document for the escalated test corpus\n"
            b"1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
    "png": ("image/png", bytes.fromhex(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
        "0000000d49444154789c6360f8cfc0f01f0005000201e5276ee40000000049454e44ae426082")),
    "jpg": ("image/jpeg", bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffd9")),
    "csv": ("text/csv", None),
}
ATT_NAMES = {
    "en": [("invoice_copy.pdf", "pdf"), ("photo.jpg", "jpg"), ("screenshot.png", "png"),
           ("statement.csv", "csv"), ("IMG_4471.jpg", "jpg")],
    "de": [("Rechnung.pdf", "pdf"), ("Foto.jpg", "jpg"), ("Bildschirmfoto.png", "png"),
           ("Kontoauszug.csv", "csv"), ("Schreiben_März.pdf", "pdf")],
    "fr": [("facture.pdf", "pdf"), ("photo.jpg", "jpg"), ("capture_écran.png", "png"),
           ("relevé.csv", "csv")],
    "es": [("factura.pdf", "pdf"), ("foto.jpg", "jpg"), ("captura.png", "png"),
           ("extracto.csv", "csv"), ("reclamación.pdf", "pdf")],
}
CSV_TEXT = "date;reference;amount\n2025-02-03;R-10442;49.90\n2025-02-03;R-10442;49.90\n"


def attachment(name, kind):
    ctype, data = ATTACH[kind]
    if kind == "csv":
        data = CSV_TEXT.encode("ascii")
    if name.isascii():
        disp = 'attachment; filename="%s"' % name
        ct = '%s; name="%s"' % (ctype, name)
    else:
        q = "".join(c if (c.isascii() and (c.isalnum() or c in "._-")) else
                    "".join("%%%02X" % b for b in c.encode("utf-8")) for c in name)
        disp = "attachment; filename*=utf-8''%s" % q
        ct = ctype
    hdrs = [("Content-Type", ct), ("Content-Disposition", disp),
            ("Content-Transfer-Encoding", "base64")]
    return hdrs, b64(data)


MAILERS = [None, None, None, "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.9.0",
           "X-Mailer: Apple Mail (2.3774.500.171.1.1)", "X-Mailer: Microsoft Outlook 16.0",
           "X-Mailer: iPhone Mail (21D61)", "User-Agent: Roundcube Webmail/1.6.5",
           "X-Mailer: Evolution 3.50.2"]

SHAPES = [("plain8", 26), ("qp", 14), ("b64", 7), ("legacy", 14), ("alt", 20),
          ("html", 5), ("html_ascii", 5), ("mixed", 9)]


def pick_shape(rng, text):
    r = rng.randrange(sum(w for _, w in SHAPES))
    for s, w in SHAPES:
        if r < w:
            return s
        r -= w
    return "plain8"


def body_tree(rng, m, text, shape, idx):
    """Build (headers, body) for the customer-style body in the given shape."""
    charset = "utf-8"
    if shape == "legacy":
        charset = rng.choice(["iso-8859-1", "iso-8859-15", "windows-1252"])
        try:
            text.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        cte = rng.choice(["8bit", "8bit", "quoted-printable"])
        t = wrap_plain(text) if cte == "8bit" else text
        return text_node("plain", t, charset, cte), charset
    if shape == "plain8":
        return text_node("plain", wrap_plain(text), "utf-8", "8bit"), charset
    if shape == "qp":
        return text_node("plain", text, "utf-8", "quoted-printable"), charset
    if shape == "b64":
        return text_node("plain", text, "utf-8", "base64"), charset
    if shape == "alt":
        p = text_node("plain", text, "utf-8", rng.choice(["quoted-printable", "8bit"]))
        if p[0][1][1] in ("8bit", "7bit"):
            p = text_node("plain", wrap_plain(text), "utf-8", "8bit")
        h = text_node("html", text_to_html(text), "utf-8", "quoted-printable")
        return multipart("alternative", [p, h], ("alt", idx)), charset
    if shape == "html":
        return text_node("html", text_to_html(text), "utf-8",
                         rng.choice(["quoted-printable", "base64"])), charset
    if shape == "html_ascii":
        doc = text_to_html(text).replace("charset=utf-8", "charset=us-ascii")
        doc = doc.encode("ascii", "xmlcharrefreplace").decode("ascii")
        doc = "\n".join(textwrap.fill(l, 76, break_long_words=False, break_on_hyphens=False)
                        if len(l) > 76 else l for l in doc.split("\n"))
        return text_node("html", doc, "us-ascii", "7bit"), "us-ascii"
    if shape == "mixed":
        lang = m["lang"]
        name, kind = m["kw"].get("att") or rng.choice(ATT_NAMES[lang])
        if rng.random() < 0.3:
            inner = multipart("alternative", [
                text_node("plain", text, "utf-8", "quoted-printable"),
                text_node("html", text_to_html(text), "utf-8", "quoted-printable")],
                ("alt", idx))
        else:
            inner = text_node("plain", wrap_plain(text), "utf-8", "8bit")
        return multipart("mixed", [inner, attachment(name, kind)], ("mix", idx),
                         preamble="This is a multi-part message in MIME format."), charset
    raise ValueError(shape)


BASE = datetime.datetime(2025, 1, 13, 7, 0, 0)
TZ = {"en": ["-0500", "+0000", "-0800", "+0100", "+1000"], "de": ["+0100", "+0200"],
      "fr": ["+0100", "+0200"], "es": ["+0100", "-0300", "-0600"]}


def mkdate(rng, lang):
    dt = BASE + datetime.timedelta(minutes=rng.randrange(0, 60 * 24 * 120))
    tz = rng.choice(TZ[lang])
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def build(m, idx, rng):
    kw = m["kw"]
    date = mkdate(rng, m["lang"])
    hmode = rng.choice(["B", "Q"])
    dom = addr_domain(m["frm"])
    mid = kw.get("msgid") or "<%s.%s@%s>" % (_h("mid", idx, m["subj"])[:12],
                                              _h("mid2", idx)[:6], kw.get("mid_domain", dom))
    shape = kw.get("shape")
    text = m["body"].strip("\n") + "\n"
    if m["kind"] == "customer" or shape in (None, "auto"):
        shape = shape if shape not in (None, "auto") else pick_shape(rng, text)
    mailer = rng.choice(MAILERS) if m["kind"] == "customer" else None
    if shape in ("plain8", "qp", "b64", "legacy", "alt", "html", "html_ascii", "mixed"):
        (bh, body), cs = body_tree(rng, m, text, shape, idx)
    elif shape == "report":
        bh, body = kw["build"](m, idx, date)
        cs = "utf-8"
    elif shape == "raw7":
        bh, body = text_node("plain", wrap_plain(text), kw.get("charset", "us-ascii"), "7bit")
        cs = "utf-8"
    else:
        raise ValueError(shape)
    ip = "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randrange(2, 250))
    hdrs = []
    hdrs.append(("Return-Path", kw.get("return_path", "<%s>" % re.search(r"<([^>]+)>", m["frm"]).group(1)
                                                  if "<" in m["frm"] else m["frm"])))
    rhost = dom if dom.count(".") >= 2 else "mail." + dom
    hdrs.append(("Received", "from %s (%s [%s])\n\tby mx1.example.test (Postfix) "
                 "with ESMTPS id %s\n\tfor <%s>; %s" % (rhost, rhost, ip, _h("q", idx)[:10].upper(),
                                                       SUPPORT, date)))
    for k, v in kw.get("hdrs_top", []):
        hdrs.append((k, v))
    hdrs.append(("Date", date))
    hdrs.append(("From", fmt_addr(m["frm"], cs if cs not in ("us-ascii",) else "utf-8", hmode)))
    hdrs.append(("To", kw.get("to", SUPPORT)))
    if kw.get("cc"):
        hdrs.append(("Cc", ", ".join(fmt_addr(a, "utf-8", hmode) for a in kw["cc"])))
    hdrs.append(("Subject", header_text(m["subj"], cs, hmode)))
    hdrs.append(("Message-ID", mid))
    if m["subj"].lower().startswith(("re:", "aw:", "re :", "rép", "rv:")) or kw.get("reply"):
        ref = "<%s@example.test>" % _h("ref", idx)[:20]
        hdrs.append(("In-Reply-To", ref))
        hdrs.append(("References", ref))
    for k, v in kw.get("hdrs", []):
        hdrs.append((k, v))
    if mailer:
        k, v = mailer.split(": ", 1)
        hdrs.append((k, v))
    hdrs.append(("MIME-Version", "1.0"))
    hdrs.extend(bh)
    raw = render_headers(hdrs) + b"\n" + body
    assert b"\r" not in raw
    return raw.replace(b"\n", b"\r\n")


# ----------------------------------------------------------------------------------------
# builders for automated mail with a report structure


def inner_message(frm, to, subj, date, mid, text):
    th, tb = text_node("plain", wrap_plain(text), "utf-8", "8bit")
    h = [("From", frm), ("To", to), ("Subject", header_text(subj, "utf-8", "Q")),
         ("Date", date), ("Message-ID", mid), ("MIME-Version", "1.0")] + th
    return render_headers(h) + b"\n" + tb


def dsn(reporting_mta, rcpt, status, diag, orig_subj, headers_only=False, remote=None,
        action="failed"):
    """Builder for a multipart/report delivery-status bounce."""
    def b(m, idx, date):
        human = text_node("plain", wrap_plain(m["body"].strip("\n") + "\n"), "utf-8", "8bit")
        st = ("Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\n"
              "Original-Recipient: rfc822;%s\nAction: %s\nStatus: %s\n" %
              (reporting_mta, date, rcpt, rcpt, action, status))
        if remote:
            st += "Remote-MTA: dns; %s\n" % remote
        st += "Diagnostic-Code: smtp; %s\nLast-Attempt-Date: %s\n" % (diag, date)
        dsn_part = ([("Content-Type", "message/delivery-status")], st.encode("ascii"))
        omid = "<%s@example.test>" % _h("orig", idx)[:18]
        orig = inner_message("Support <%s>" % SUPPORT, rcpt, orig_subj, date, omid,
                             "Hello,\n\nthank you for your message. We have looked into it "
                             "and will get back to you.\n\nKind regards\nSupport\n")
        if headers_only:
            oh = orig.split(b"\n\n", 1)[0] + b"\n"
            op = ([("Content-Type", "text/rfc822-headers")], oh)
        else:
            op = ([("Content-Type", "message/rfc822")], orig)
        return multipart("report", [human, dsn_part, op], ("rep", idx),
                         params=" report-type=delivery-status;",
                         preamble="This is a MIME-encapsulated message.")
    return b


def mdn(final_rcpt, orig_subj, disposition="manual-action/MDN-sent-manually; displayed"):
    def b(m, idx, date):
        human = text_node("plain", wrap_plain(m["body"].strip("\n") + "\n"), "utf-8",
                          "quoted-printable")
        omid = "<%s@example.test>" % _h("orig", idx)[:18]
        st = ("Reporting-UA: %s; Escalated-Test-Mailer 1.0\nFinal-Recipient: rfc822;%s\n"
              "Original-Message-ID: %s\nDisposition: %s\n" %
              (addr_domain(final_rcpt), final_rcpt, omid, disposition))
        part = ([("Content-Type", "message/disposition-notification")], st.encode("ascii"))
        return multipart("report", [human, part], ("mdn", idx),
                         params=" report-type=disposition-notification;")
    return b


def arf(src_ip, orig_from, orig_subj):
    def b(m, idx, date):
        human = text_node("plain", wrap_plain(m["body"].strip("\n") + "\n"), "utf-8", "7bit")
        st = ("Feedback-Type: abuse\nUser-Agent: ExampleFBL/2.1\nVersion: 1\n"
              "Original-Mail-From: <%s>\nArrival-Date: %s\nSource-IP: %s\n"
              "Reported-Domain: example.test\n" % (SUPPORT, date, src_ip))
        part = ([("Content-Type", "message/feedback-report")], st.encode("ascii"))
        omid = "<%s@example.test>" % _h("orig", idx)[:18]
        orig = inner_message("Support <%s>" % SUPPORT, orig_from, orig_subj, date, omid,
                             "Hello,\n\nyour ticket has been updated.\n\nSupport\n")
        op = ([("Content-Type", "message/rfc822")], orig)
        return multipart("report", [human, part, op], ("arf", idx),
                         params=" report-type=feedback-report;")
    return b


def alt_list(m, idx, date):
    text = m["body"].strip("\n") + "\n"
    p = text_node("plain", text, "utf-8", "quoted-printable")
    h = text_node("html", text_to_html(text), "utf-8", "quoted-printable")
    return multipart("alternative", [p, h], ("lst", idx))


# ========================================================================================
# ENGLISH - customer mails with at least one trigger


C("rental", "en", "safety technical_issue", "Margaret Ellison <m.ellison@mailbox.example>",
  "Coffee machine you rent us - urgent",
  """Hello,

I run the small front office at Ellison & Hart Physiotherapy and we have rented one of your bean-to-cup machines (the BrewLine 300, contract CR-20917) since last spring. Mostly it has been fine, apart from the milk frother that needs descaling more often than the leaflet says, but that's not why I am writing.

This morning my colleague went to make the first coffee of the day and noticed a smell like burning plastic. When we pulled the machine forward the heater's cable had melted right where it goes into the back of the unit and there is a scorch mark on the carpet underneath. We unplugged it straight away and nobody was hurt, thank goodness, but we have patients with walking frames coming through that room all day.

Please send someone to collect the machine today, and tell us whether other customers have had the same thing. We'd rather not have a replacement of the same model until we know what happened.

Margaret Ellison
Office coordinator
Ellison & Hart Physiotherapy
Tel. 555-0143
""", note="overheating device: safety; device malfunction counts as technical_issue")

C("parking", "en", "outage technical_issue", "Dev Raman <dev.raman@fastpost.example>",
  "gate app",
  """nobody at our site can open the booking page, it just spins. tried 3 phones, wifi and 4g. the barrier reader at level -2 also says SYSTEM OFFLINE. we have 60 staff trying to get out of the garage right now""")

C("survey", "en", "billing_dispute broken_promise repeat_contact", "Lorna Quayle <lorna.q@inboxy.example>",
  "Re: points redemption - STILL nothing",
  """Hi again,

This is now the fourth message I've sent about the same thing so I'll keep it short.

On 4 February I redeemed 2,500 points for a GBP 25 voucher. Your colleague "Tasha" wrote back on the 11th saying the voucher would be reissued within five working days. It wasn't. Instead my points balance went down a SECOND time by 2,500 on the 19th, which I never authorised.

So: one voucher I never received, and 5,000 points taken for it. Please put the 2,500 points back and send the voucher you already promised.

Lorna
""", note="points deducted twice = disputed charge")

C("construction", "en", "high_value_order legal_threat", "Geoffrey Pemberton <gp@pemberton-family.example>",
  "Kitchen extension - contract KX-4410",
  """Dear Sirs,

I refer to our contract of 14 October for the rear kitchen extension at 12 Orchard Rise, total value £38,600 including VAT, of which I have paid £23,160 in two stage payments.

Your site team has not attended since 3 March. The steel beam is propped on acrows, the roof is under a tarpaulin and the building control inspection you booked was missed because nobody turned up to meet the inspector.

I am not prepared to pay a further penny until the work resumes. My son-in-law is a solicitor and he now has the full file, including photographs and your foreman's text messages. Unless I receive a written programme for completion by Friday 21 March, he will be issuing proceedings on my behalf.

Yours faithfully,
Geoffrey Pemberton
""", note="son-in-law solicitor has the file + conditional proceedings: legal_threat")

C("chess", "en", "cancellation_threat technical_issue", "Kofi Mensah <kofi.mensah@quickmail.example>",
  "puzzle rush broken again",
  """Puzzle Rush has been freezing after puzzle 12 for two weeks now. The timer keeps going but the board doesn't accept moves, so every run ends with a loss and my rating drops.

I pay for the annual Gold membership mostly for this mode. If it's still like this when my renewal comes up on the 30th, I'm not renewing, there are enough other puzzle sites out there.

Browser: Firefox 124 on Windows 11, also happens on the Android app.
Kofi""")

C("library", "en", "data_loss technical_issue", "Helen Carraway <hcarraway@nethome.example>",
  "All my shelves have vanished",
  """Hi there,

after the app updated itself last night every one of my reading shelves is gone. I had about 400 titles sorted into 'read', 'to read' and a shelf of large-print books I keep for my mother. The app now just says "You haven't added any books yet". I have not deleted anything.

Is there any way to get them back? It took years to build that list.

Thanks,
Helen
""")

C("tattoo", "en", "discrimination_harassment manager_request", "Jordan Avery <jordan.avery@mailbox.example>",
  "What happened at my consultation on Saturday",
  """Hi,

I had a consultation booked at your Camden studio on Saturday at 2pm for a forearm piece. I'm trans and my ID still has my old name on it. When I showed it at the desk, the guy there read my deadname out loud to the whole waiting room, laughed, and then kept calling me "mate, sorry, madam, whatever you are" while the artist was in earshot and said nothing.

I left without getting the consultation. I'd like someone who actually runs the studio, not the front desk, to call me about this. I'm not writing to get a discount.

Jordan Avery
555-0178
""", note="put me in touch with someone who runs the studio = manager_request")

C("elevator", "en", "safety technical_issue broken_promise", "Priya Natarajan <p.natarajan@harbourview-mgmt.example>",
  "Lift 2 at Harbourview Court - doors",
  """Good afternoon,

Following your engineer's visit on Tuesday, lift 2 at Harbourview Court is doing it again: the doors close on people without reopening. This afternoon it caught a resident's walking stick and she fell against the car wall. She has bruising on her arm and was very shaken.

When your engineer left on Tuesday he told our caretaker that the door sensor had been replaced and that "it won't happen again". Clearly it hasn't been fixed.

We have taken the lift out of service. Please send somebody tomorrow morning.

Priya Natarajan
Property Manager, Harbourview Court Residents' Company
""", trap="job_title", note="Property Manager is a signature title, not a request")

C("printer", "en", "billing_dispute", "accounts@brightside-legal.example",
  "Invoice INV-77812 overcharged",
  """Hello,

Invoice INV-77812 bills us 18,450 colour pages for February. Our own copier counter (photo attached) shows 4,102 colour pages for the same period. The difference is £215.70 and we will not pay that part. Please issue a corrected invoice.

Brightside Legal LLP - Accounts
""", note="Brightside Legal is the customer's company name, no threat")

C("mealkit", "en", "severe_dissatisfaction", "Tom Whitcombe <twhitcombe@nethome.example>",
  "box 4471",
  """I opened tonight's box and the chicken was grey, warm and smelled like a bin. The ice packs were liquid. This is the single most disgusting thing I have ever been sent by a company and I cannot believe you charge 70 quid a week for this garbage.

I threw the whole thing away.""", note="strong disgust wording")

C("crowdfunding", "en", "regulatory", "Annika Sorensen <annika.s@quickmail.example>",
  "Project 'Loomwise' - where has the money gone",
  """Hello,

I backed the Loomwise smart-loom campaign on your platform in 2023 with $340. The creator has not posted an update for fourteen months, the website is down and the "estimated delivery" keeps being moved by someone on your side.

Your terms say you investigate creators who don't deliver. I asked you to do that in December and got a template reply. I have now filed a complaint with my state's attorney general office and with the FTC, and I've given them the campaign link and my backing receipt.

Annika Sorensen
""")

C("pharmacy", "en", "safety", "Ruth Abernathy <ruth.abernathy@inboxy.example>",
  "Wrong nebuliser parts delivered for my husband",
  """Dear pharmacy team,

The delivery that arrived today for my husband (Harold Abernathy, account HA-5521) had a nebuliser mask that is the child size, and the tubing connector does not fit his machine, so the medicine was spraying out of the side. He has COPD and relies on it at night. He was short of breath for over an hour before our neighbour helped us find an old mask.

Please could someone bring the right parts today. I'm 78 and don't drive.

Ruth Abernathy
""", note="danger to a patient from wrong medical aid")

C("bicycle", "en", "broken_promise severe_dissatisfaction", "Sam Okafor <samokafor@fastpost.example>",
  "my bike",
  """you said thursday. then you said saturday. then "definitely monday, we'll text you". its wednesday. no text. no bike. i have to get to work on a bus that takes an hour and a half. honestly this is a shambles and a total joke of a shop, i've never been treated like this anywhere""", note="series of unkept promised dates")

C("theatre", "en", "media_threat billing_dispute", "Clara Montague <clara.montague@mailbox.example>",
  "Booking ref TB-228190 - charged for seats I was moved out of",
  """Hello,

We booked four stalls seats (row F) for La Traviata on 8 March and paid £312. On the night, we were told row F had been "reallocated" and put in the upper circle behind a pillar. Nobody offered a refund of the difference. Your upper circle price for the same night was £46 a seat, so we were overcharged £128.

I have a fairly well-read opera blog and a few thousand people follow my reviews. I'd rather write about the music than about your box office, but if the difference isn't refunded this week that's what the next post will be about.

Clara Montague
""")

C("pet", "en", "safety", "Dana Whitlock <dana.whitlock@nethome.example>",
  "grooming appointment today",
  """Hi, I picked up Biscuit from her grooming at your Elm Street salon at 3pm. When I bent down to clip her lead, the metal grooming table's leg you had left in the waiting area collapsed and my 6 year old's fingers got caught in the hinge. Two fingers are cut and swollen, we're at urgent care now. Please make sure nobody else's kid gets hurt by that thing.
Dana""", note="injury to a child on premises")

C("camping", "en", "cancellation_threat severe_dissatisfaction", "Brian Kettering <bkettering@quickmail.example>",
  "Pitch 14 / seasonal contract",
  """Your site manager has now let the shower block go without hot water for three weekends running and the toilets at the top end were frankly filthy on Saturday. We pay £2,450 a season for pitch 14.

This is a disgrace. We've been coming for nine years and my wife is ready to tow the van somewhere else before the season is half over. Unless I see a change by the Easter weekend, we're off to Brookside and you can re-let the pitch.

Brian Kettering""", trap="job_title", note="'site manager' is a staff role, no request; pulling the van out = cancellation")

C("survey", "en", "security_incident", "Mei Lin Chow <meilin.chow@inboxy.example>",
  "someone is using my panel account",
  """Hello,

I logged in this morning and saw that my payout email has been changed to an address I don't know (something like r3wards.cash@...) and there's a login from a device I've never owned, somewhere abroad, at 3:14 am. Three gift cards worth 15 dollars each were redeemed overnight. I did not do any of this.

Please freeze the account until this is sorted out.

Mei Lin Chow
Panel ID 0048812
""")

C("library", "en", "feature_request", "Oliver Brandt <o.brandt@fastpost.example>",
  "Suggestion for the audiobook player",
  """Hi team,

Love the audiobook section, I use it on the commute every day. One thing I really miss: a sleep timer that stops at the end of a chapter instead of after a fixed number of minutes. I fall asleep in the middle of chapters constantly. Any chance you could build that into the player?

Cheers,
Oliver""")

C("crowdfunding", "en", "media_threat", "Rachel Imbert <r.imbert@tidewater-gazette.example>",
  "Press inquiry: delayed payouts to creators",
  """Dear press office,

I'm a reporter with the Tidewater Gazette working on a story about independent creators who say funds from successful campaigns on your platform have been held for more than 90 days without explanation.

Could you tell me how many campaigns are currently affected, what the reason for the holds is, and when creators can expect payment? We plan to publish on Thursday and would like to include your response. Please reply by Wednesday 5pm.

Best regards,
Rachel Imbert
Tidewater Gazette, business desk
555-0190
""", note="journalist inquiry always fires media_threat; quoted allegations are hearsay")

C("printer", "en", "cancellation_threat technical_issue", "Nathan Greaves <ngreaves@greaves-architects.example>",
  "Our lease and the copier in studio 2",
  """Nathan from Greaves Architects here. The big copier in studio 2 jams on every A3 job and has been "being looked at" for most of this quarter and we have been sending our A1 plots to a print shop down the road, at our own expense.

Our lease is up in June. Frankly, as things stand we'll be taking the plotters and the three copiers to another supplier when it ends. I'd like to talk about what you can do before then.

Nathan Greaves""", note="taking the fleet elsewhere when the lease ends")

C("elevator", "en", "manager_request outage technical_issue", "Omar Haddad <omar.haddad@cedar-towers.example>",
  "ALL LIFTS DOWN - Cedar Towers",
  """ALL FOUR LIFTS AT CEDAR TOWERS HAVE BEEN OUT SINCE 6AM. 22 FLOORS. WE HAVE ELDERLY RESIDENTS ON 18 AND 20 WHO CANNOT USE THE STAIRS. YOUR HOTLINE KEEPS SAYING AN ENGINEER IS "ALLOCATED". I WANT SOMEBODY MORE SENIOR THAN THE HOTLINE TO CALL ME IN THE NEXT HOUR.

OMAR HADDAD, BUILDING SUPERVISOR, 555-0133""", trap="job_title", note="'Building Supervisor' is his title; request for someone senior fires manager_request")

C("charity", "en", "billing_dispute", "Eileen Fairweather <eileen.fw@mailbox.example>",
  "Donation taken twice",
  """Dear Sir or Madam,

I made a one-off donation of £50 to the Riverside Food Bank appeal through your website on 2 March. My bank statement shows two payments of £50 to you on that date. I only clicked once. Please refund the second one.

With kind regards,
Eileen Fairweather
""")

C("artshop", "en", "high_value_order technical_issue", "Sebastian Ruiz <s.ruiz@ruizstrings.example>",
  "Order 55102 - cello arrived with cracked top",
  """Hello,

Order 55102, the workshop cello "Modello Gofriller" at $8,950 plus the case, was delivered yesterday. There is a 9 cm crack in the top running from the lower f-hole towards the edge. The box had no visible damage so I think it left your workshop like that.

I'd like to know if you will replace it or repair it, and who covers shipping. Photos attached.

Sebastian Ruiz""", note="damaged goods on high value order; crack = product broken (technical_issue per device convention)")

C("mealkit", "en", "cancellation_threat billing_dispute", "Jess Albright <jessalbright@fastpost.example>",
  "paused but still charged??",
  """I paused my deliveries on the 2nd (I have the confirmation screen) and you still took £59.94 on the 9th and sent a box to an empty flat. I want that money back. And honestly if this is how pausing works I'll just close the account and go back to the supermarket.""")

C("parking", "en", "severe_dissatisfaction billing_dispute", "Victor Hale <victor.hale@inboxy.example>",
  "Toll tag statement February",
  """Your February statement has charged my tag for 31 crossings of the Northgate bridge. I crossed it 4 times. I was in Portugal for two weeks of that month and the car was in my garage.

Frankly this is the worst run outfit I have ever dealt with. Appalling. I want the 27 false crossings ($189.00) credited and an explanation of how your readers manage to bill a car that is sitting in a locked garage.

V. Hale""")

C("chess", "en", "executive_contact corporate_contact_request", "Hugo Lindqvist <hugo.lindqvist@quickmail.example>",
  "Who actually runs this company?",
  """I've had a fair-play ban on my account for 19 days with no evidence given and three different agents telling me three different things. I'm done with the support queue. Give me the email address of your CEO, or whoever the founder is, I'll lay it all out for them directly.

Hugo (username: hugo_lq)""", note="asks for CEO address to write to them")

C("construction", "en", "executive_contact", "Fiona Gallagher <f.gallagher@nethome.example>",
  "Loft conversion at 4 Beech Lane",
  """Hello,

Just so you are aware, I have today written to Mr. Davies, your managing director, at his home office address on Companies House, setting out the water damage to our ceiling caused by your roofers leaving the loft open during Storm Isla. I'm copying support so there is a record.

I expect someone to contact me about the repair.

Fiona Gallagher""", note="wrote to the MD")

C("theatre", "en", "manager_request repeat_contact technical_issue", "Graham Pell <graham.pell@mailbox.example>",
  "Gift voucher GV-33019 not accepted online",
  """Hello

This is my third email about gift voucher GV-33019, and I also phoned twice. The online checkout keeps saying "voucher not valid for this performance" for Swan Lake, even though it says valid for all ballet on the back.

At this point please pass this to a supervisor, because the people answering so far have only told me to "try clearing my cookies".

Graham Pell""", note="checkout error message = technical_issue; third email")

C("pharmacy", "en", "broken_promise", "Alan Whitfield <alan.whitfield@inboxy.example>",
  "Commode chair for my father",
  """Hi, on Monday your driver rang and said the commode chair for my dad (Peter Whitfield, Rx ref 8813-22) was "on the van, tomorrow before noon, guaranteed". It's Thursday now. He's been discharged from hospital and really needs it. Can someone tell me where it is.
Alan""")

C("survey", "en", "repeat_contact severe_dissatisfaction", "Bethany Cole <bethcole@quickmail.example>",
  "READ THIS ONE",
  """I HAVE WRITTEN TO YOU FIVE TIMES. FIVE. ABOUT THE SAME $40 PAYOUT. EVERY TIME A ROBOT ANSWERS AND CLOSES IT. YOU PEOPLE ARE A JOKE AND A COMPLETE RIP OFF AND I AM SICK OF IT.""")

C("library", "en", "outage technical_issue", "Sunita Rao <sunita.rao@fastpost.example>",
  "Borrowing not working for anyone?",
  """Hi,

Since about 7pm yesterday neither the app nor the website lets me borrow or even open a loan. The website shows "502 Bad Gateway" and the app just says "Something went wrong". My friend in another county has the same problem, so I assume it's everything, not just me.

Sunita""")

C("crowdfunding", "en", "security_incident technical_issue", "Marcus Field <marcus.field@inboxy.example>",
  "I can see other backers' addresses",
  """Hello,

When I open the "Manage pledge" page for the Tidewalker board game, the shipping address panel shows somebody else's name, street and phone number — and if I refresh, a different person's. I've now seen at least six strangers' addresses. I haven't saved any of them but you need to take that page down. People's home addresses are just sitting there.

Marcus""")

C("tattoo", "en", "safety broken_promise", "Leah Brennan <leah.brennan@mailbox.example>",
  "piercing infection",
  """Hello,

I had my helix pierced at your Brixton studio eleven days ago. It's now hot, swollen and oozing yellow and my GP has put me on antibiotics and says it's a proper infection. She asked what jewellery was used because I've reacted badly to it.

When I rang on Friday the piercer said she'd look up the jewellery batch and call me back the same day. Nobody called. I need that information for my doctor.

Leah Brennan""", note="injury/infection = safety; promised callback missed")

C("camping", "en", "legal_threat billing_dispute", "Derek Foy <derek.foy@nethome.example>",
  "Deposit for caravan hire CH-1182",
  """Dear Sirs

You have kept £400 of my £500 deposit for "interior damage" to caravan CH-1182. The scratches on the table were on your own check-in sheet, which I have signed copies of. I therefore dispute the deduction in full.

If the £400 is not back in my account in 14 days I will file a small claims case against you, I have already downloaded the forms.

Derek Foy""")

C("printer", "en", "high_value_order outage technical_issue", "Ines Carvalho <ines.carvalho@northbank-uni.example>",
  "Fleet contract NB-2291 - print server unreachable",
  """Hello,

We lease 46 multifunction devices from you under contract NB-2291 (annual value USD 61,200). Since your firmware push last night, none of the devices can reach your hosted print-release server: staff badge in and get "Server not available". Nobody on the campus can print or scan.

Exams start Monday. Please treat this as urgent and tell me when a fix is expected.

Ines Carvalho
Manager, IT Service Desk""", trap="job_title", note="'Manager, IT Service Desk' is a title")

C("mealkit", "en", "regulatory safety", "Frances Doyle <frances.doyle@fastpost.example>",
  "allergen labelling",
  """Hi,

The 'Thai peanut-free noodles' recipe card in this week's box says peanut free but the sauce sachet inside lists peanut oil in tiny print. My daughter has a peanut allergy and luckily I read it. I've reported it to Trading Standards and the Food Standards Agency this afternoon with photos of both. I assumed you'd want to know.

Frances""", note="reported to authority; undeclared allergen is a danger to people even without injury")

C("pet", "en", "discrimination_harassment", "Amara Obi <amara.obi@inboxy.example>",
  "pet sitter booking cancelled",
  """Hi,

I booked a sitter for our two cats through your app for next week. After she saw my profile photo she messaged me "sorry, I don't do your kind of neighbourhood, you people never tip" and cancelled. I have the screenshot. I've had bookings cancelled before but never with something like that attached. I'd like to know what you're going to do about her being on your platform.

Amara""")

C("bicycle", "en", "data_loss technical_issue", "Pete Sandoval <pete@sandoval-couriers.example>",
  "service history gone from fleet portal",
  """hey, all the service records for our 14 cargo bikes disappeared from the fleet portal after you 'migrated' it on the weekend. brake pad changes, chain history, the lot, two years of it. the portal just shows each bike as 'new'. we need that history for our insurer. can you restore it from a backup?""")

C("charity", "en", "security_incident", "Gwen Harper <gwen.harper@stmarys-hospice.example>",
  "Phishing email using your logo",
  """Hello,

Several of our supporters have forwarded me an email that appears to come from your platform ("Your donation receipt - confirm your card"), sent from an address ending in your real domain, with a link to a page asking for card details. At least two of them entered their details before realising.

Can you confirm whether your mail system has been compromised and what we should tell our donors?

Gwen Harper
Fundraising Manager, St Mary's Hospice""", trap="job_title", note="phishing sent from the company's domain")

C("elevator", "en", "broken_promise repeat_contact", "Katherine Lowe <klowe@lowe-properties.example>",
  "annual inspection certificate - 3rd request",
  """Hello,

Third request for the annual thorough-examination certificate for the goods lift at 17 Station Road. I asked on 10 January and 31 January, and each time I was told it would be emailed "by the end of the week". Our insurer needs it by the 28th.

Katherine Lowe""")

C("artshop", "en", "feature_request", "Yuki Tanabe <yuki.tanabe@fastpost.example>",
  "colour swatches on the website",
  """Hello! I buy a lot of your gouache sets. It would really help if the product pages showed a painted swatch for each colour instead of the tube photo, the tube caps are all almost the same. Maybe a downloadable swatch card too? Thank you for the quick shipping as always!""")

C("theatre", "en", "discrimination_harassment severe_dissatisfaction", "Raymond Boateng <r.boateng@mailbox.example>",
  "Treatment of my father at the Saturday matinee",
  """To whom it may concern,

My father is 81 and uses a wheelchair. We had booked the accessible box for Saturday's matinee of The Magic Flute through your access line. When we arrived, the usher told us the lift was "only for staff", made my father wait in the cold by the stage door, and when I objected said loudly "people like him should watch it on the telly".

I have rarely been so ashamed on someone else's behalf. It was humiliating and completely disgraceful.

Raymond Boateng""")

C("construction", "en", "safety", "Neil Hartley <neil.hartley@inboxy.example>",
  "Scaffold at 22 Marlow Gardens",
  """Morning, one of the scaffold boards outside 22 Marlow Gardens came down in the wind last night and landed on the pavement right by the school path. Luckily it was 11pm. Another one is hanging at an angle now. Your lads aren't due back until Monday. Someone needs to make that safe today before the school run, kids walk under it.
Neil (neighbour at 24)""")

C("rental", "en", "technical_issue feature_request", "Hannah Pryce <hannah.pryce@fastpost.example>",
  "water filter app",
  """Hi, two things.

1) The filter change reminder in the app is stuck on "change now" even though the engineer fitted a new cartridge last Tuesday. I pressed "reset" ten times, nothing.

2) Would be good if the app could let me add a second person so my partner gets the reminders too.

Thanks
Hannah""")

C("chess", "en", "billing_dispute", "Liam Sweeney <liam.sweeney@quickmail.example>",
  "charged for family plan",
  """hi, i have the single Premium plan at 4.99/month but this month my card was charged 12.99 for "Family Premium". i never upgraded and there's no one else on my account. please refund the 8.00 difference and put me back on single""")

C("survey", "en", "cancellation_threat", "Tariq Siddiqui <tariq.s@inboxy.example>",
  "disqualifications",
  """Past month I've been screened out of 23 surveys after answering 10+ minutes of questions each, zero points for any of it. If that's the deal, I'll delete my panel account and do this on a site that respects people's time. Just letting you know why you're losing a member.""")

C("parking", "en", "security_incident technical_issue", "Chloe Marchetti <chloe.marchetti@mailbox.example>",
  "other people's number plates in my account",
  """Since yesterday my toll tag account lists two vehicles I don't own (a red van and something registered in another state), and there are trips on my statement from them. I also got a "welcome" email for a password reset I didn't request. Either your system is mixing accounts or someone has got into mine. Please lock it.""", note="mixed-up accounts / possible takeover")

C("crowdfunding", "en", "broken_promise cancellation_threat", "Paul Osei <paul.osei@oseibrew.example>",
  "Our campaign payout",
  """Hi,

Our campaign (Osei Brewing Co. microbrewery) closed successfully on 1 February. Your creator success team told us on a call on 3 February that the payout would reach our account "within 14 days, no later". It's now 12 March and the dashboard still says "processing".

We have suppliers to pay. If this drags on, our next two campaigns are going on another platform and we'll have to look at other options.

Paul Osei""", note="moving future campaigns to another platform = leaving")

C("printer", "en", "corporate_contact_request legal_threat", "Harriet Vance <h.vance@vance-dental.example>",
  "Automatic lease renewal",
  """To the leasing department,

Our copier lease (LC-40218) was "automatically renewed" for 5 years without any notice reaching us, according to a letter dated last week. We gave notice by recorded post in November and have the receipt.

Please send me the postal address of your registered head office and the name of your legal department contact. Our solicitors will be writing to them formally; I'd rather they write to the right place.

Harriet Vance
Practice owner, Vance Dental""")

C("charity", "en", "corporate_contact_request", "Desmond Achebe <desmond.achebe@quickmail.example>",
  "contact for your board of trustees",
  """Hello, I've been a monthly donor for 8 years and I'm unhappy with how my complaint about the new fees taken from donations has been handled by your helpdesk. Could you give me a postal or email address for the chair of your board of trustees? Not the general support address please.
Thank you, Desmond""", note="asks for board contact; no statement he has written to them yet -> no executive_contact")

C("crowdfunding", "en", "corporate_contact_request", "Lena Fischer-Bowles <lena.fb@inboxy.example>",
  "Registered address?",
  """Hi, what is the registered company address and company number of the entity that operates this platform? Not the support address. I need to send a formal letter of complaint about the campaign 'AquaPure Bottle' that took £180 from me and delivered nothing.""")

C("parking", "en", "corporate_contact_request manager_request", "Stuart McAllister <stuart.mcallister@fastpost.example>",
  "Re: PCN 0093321 - appeal rejected",
  """Right. Your "appeals team" has rejected my appeal without looking at the photos showing the bay markings were worn away. I'd like this looked at by someone above the appeals team, and I'd like the phone number for your corporate office, not the call centre that reads from a script.

Stuart McAllister""")

C("elevator", "en", "corporate_contact_request executive_contact", "Barbara Finch <barbara.finch@finch-estates.example>",
  "Maintenance contract - we need to talk at a different level",
  """Hello,

Over the past year your response times on our four buildings have gone from hours to days. Our residents' association has asked me to raise this directly with your CEO. Could you send me her email address and the address of your head office? I will be writing this week.

Barbara Finch
Finch Estates""", note="address of CEO and head office; will write to CEO")

C("tattoo", "en", "corporate_contact_request", "Kai Nakamura <kai.nakamura@mailbox.example>",
  "owner's contact",
  """hey who owns the Ink & Iron group, like the actual company behind all five studios? I want a name and an address for the owner or head office, not the studio inbox. thx""")

C("construction", "en", "executive_contact high_value_order media_threat", "Robert Kingsley <rkingsley@nethome.example>",
  "Re: Damp after your basement tanking",
  """I've now sent the whole sorry story, photos included, to your chairman, Mr Albrecht, and copied him on this email. I've also contacted the consumer programme on Radio Wessex, who are very interested in builders who take £14,000 for basement tanking that lets water in within 6 weeks.

Robert Kingsley""", note="£14,000 job with unresolved damp = high_value_order; radio programme = media", cc=["Henry Albrecht <h.albrecht@albrecht-group.example>"])

C("survey", "en", "executive_contact", "Oksana Petrenko <oksana.petrenko@quickmail.example>",
  "message to your founder",
  """I messaged your founder on LinkedIn last night about my account being closed for "suspicious activity" with 11,200 points on it. Putting this here too so support knows. I'd just like the points paid out or a proper reason.
Oksana""", note="LinkedIn message to founder = executive_contact, not media")

C("library", "en", "executive_contact", "Geraldine Moss <geraldine.moss@inboxy.example>",
  "the new e-book loan limit",
  """Good morning,

I am copying your Chief Executive on this message because I feel strongly about it. Dropping the monthly loan limit from 10 to 3 e-books for members over 70 without any announcement is, in my view, quite wrong. Many of us cannot get to a branch.

Geraldine Moss""", cc=["Office of the Chief Executive <ceo.office@example.test>"])

C("mealkit", "en", "media_threat safety", "Zoe Hartigan <zoe.hartigan@fastpost.example>",
  "broken glass in the pesto",
  """There was a piece of glass about 1cm long in the pesto pot from Tuesday's box. I found it on my fork. I've kept the pot and taken pictures. Tell me what you are going to do about it before I put those pictures on TikTok, I've got 38k followers who love a food fail.""", note="glass in food = danger to people")

C("theatre", "en", "media_threat cancellation_threat", "Mark Delacroix-Hunt <mark.dh@mailbox.example>",
  "Subscription series 2025/26",
  """We've held four subscriber seats in the dress circle for eleven years. This year the renewal form put us in row M without asking. I write a weekly arts column in the Shorebridge Observer, and I think our readers would be interested in how long-standing subscribers are treated. We won't be renewing under these terms.

Mark Delacroix-Hunt""")

C("bicycle", "en", "media_threat safety technical_issue", "Tasha Greene <tasha.greene@inboxy.example>",
  "1 star incoming",
  """Picked up my road bike after a "full service" and the rear brake doesn't work at all. Took it to another shop who said the cable wasn't even clamped. Could have killed myself on Hill Road. Google, Yelp, Trustpilot, every review site I can find is getting the full story tonight unless someone calls me.""", note="brake not working = danger; review sites = media")

C("crowdfunding", "en", "media_threat", "Ben Castellano <ben.castellano@quickmail.example>",
  "You froze my campaign",
  """You froze my campaign 2 days before the deadline with 412 backers and no explanation. I have a YouTube channel with 120k subscribers who backed this. If it's not unfrozen by tomorrow the next video is about you.""")

C("pet", "en", "media_threat severe_dissatisfaction", "Helena Ward <helena.ward@mailbox.example>",
  "Teddy after his groom",
  """Teddy came home from his groom with clipper burns all over his belly and a nick on his ear that bled all evening. He's a 12 year old shih tzu. I am absolutely livid. Our local community Facebook group has 9,000 members and they WILL hear about this.""", note="injury to the dog, not a person -> no safety")

C("camping", "en", "legal_threat", "Callum Reid <callum.reid@nethome.example>",
  "Tree branch on caravan",
  """Hello,

On the night of 18 August a large branch from one of the site's oak trees fell onto our caravan on pitch 31, smashing the skylight. We had reported that branch to reception twice on the previous days. The damage quote is £3,870.

My insurer's legal team will be in contact with you to recover the costs; I've passed them both reports and the reception's written acknowledgement.

Callum Reid""", note="insurer's legal team will contact = legal action announced; amount below 5,000")

C("pharmacy", "en", "legal_threat safety", "Shirin Kazemi <shirin.kazemi@inboxy.example>",
  "wrong insulin pen needles",
  """Dear team,

For the third month in a row the home delivery contained 12mm needles instead of the 4mm ones on my prescription. Last month I didn't notice and injected intramuscularly twice, which my diabetes nurse says caused the hypos I had. I have spoken to a lawyer about this and she has advised me to keep all the packaging.

Shirin Kazemi""", note="hypos caused by wrong needles = safety; 'third month' is about deliveries not contacts")

C("chess", "en", "legal_threat", "Aidan Moore <aidan.moore@fastpost.example>",
  "tournament prize money",
  """You ran the Spring Open with a $1,000 first prize that I won on 9 March. It's on the results page. Six weeks later no payment. I'm not playing games anymore, I'll see you in front of the magistrate if it's not in my account by the end of the month.""")

C("tattoo", "en", "legal_threat severe_dissatisfaction", "Natalie Chu <natalie.chu@quickmail.example>",
  "My sleeve",
  """The colour work on my sleeve is blown out in three places and the artist signed off on it. I've shown it to two other studios and both said it's some of the worst work they have seen. I'm sick to my stomach looking at my arm. I've booked an appointment with a solicitor for Thursday about getting the cost of laser removal back.""")

C("survey", "en", "regulatory", "Georgia Landry <georgia.landry@mailbox.example>",
  "Personal data",
  """Hello,

In January I asked you under GDPR for a copy of all the data you hold on me and then for my account to be deleted. You acknowledged the request on 14 January. More than three months later I've received nothing and I'm still getting survey invitations. I have now lodged a complaint with the ICO (reference IC-2025-071144).

Georgia Landry""")

C("parking", "en", "regulatory billing_dispute", "Howard Nkemelu <howard.nk@inboxy.example>",
  "debt collection letter",
  """I cancelled my toll tag in writing in October and returned the tag. You have since charged me $14.95 monthly account fees for November to February and passed the "debt" of $59.80 to a collection agency. The CFPB now has a complaint from me about this with copies of my cancellation letter.""")

C("rental", "en", "regulatory", "Lucia Ferraro <lucia.ferraro@fastpost.example>",
  "Marketing calls",
  """I ended my water-filter rental with you in 2023 and told your agent then not to contact me again. Your sales team has rung me 9 times this month. That's a breach of data protection law as far as I'm concerned and I've reported it to the information commissioner today.""")

C("printer", "en", "regulatory security_incident", "Colin Adebayo <colin.adebayo@hartwell-clinic.example>",
  "Returned copier still contains our patient scans",
  """Hello,

Our old copier was collected by you on 2 February at the end of our lease. Yesterday a member of the public contacted us: they bought a refurbished copier from your outlet shop and found it still stored dozens of our scanned patient letters, which they could print from the device menu. Your collection paperwork says the hard disk would be wiped.

This is a personal data breach and we have notified the ICO as we are required to. We need your written account of what happened by Friday.

Colin Adebayo
Practice Manager, Hartwell Clinic""", trap="job_title", note="patient data exposed; notified regulator; Practice Manager is a title")

C("theatre", "en", "manager_request", "Irene Castle <irene.castle@nethome.example>",
  "accessible seating",
  """Could I please speak to someone senior in the box office? I've tried twice on the phone to book wheelchair spaces for a group of six and keep being told the system "doesn't do that". I'm sure someone with more authority can sort it out. Many thanks, Irene""", note="'tried twice on the phone' = two contacts, no repeat_contact")

C("construction", "en", "manager_request", "Farid Haddadi <farid.haddadi@mailbox.example>",
  "window fitting - 5 Cross Street",
  """Your fitter left two of the new windows with gaps you can put a finger through and said "that's what the foam is for" and left. I don't want him back. Put me through to whoever is above you, today if possible.""")

C("mealkit", "en", "manager_request severe_dissatisfaction", "Debbie Castellanos <debbie.cast@quickmail.example>",
  "Disgraceful",
  """Absolutely disgraceful. Third week in a row with missing ingredients and your chat agent told me to "get creative". I want this escalated to a supervisor NOW, I'm not talking to the chat bot again.""")

C("library", "en", "data_loss technical_issue", "Ahmed Farouk <ahmed.farouk@inboxy.example>",
  "highlights and notes lost",
  """Salam, I am doctorate student and I use your e-book lending for my thesis sources. Yesterday the app show me "sync conflict" and after I press OK all my highlights and notes on 23 books is disappeared. It is months of work. Please can you recover from your server? I not have other copy.
Thank you very much
Ahmed Farouk""", note="non-native English")

C("survey", "en", "data_loss technical_issue", "Imogen Blake <imogen.blake@fastpost.example>",
  "points history wiped",
  """My entire points history and my balance of 6,340 points have gone to zero after I changed my email address in settings. The activity page is blank. I didn't redeem anything.""")

C("rental", "en", "data_loss", "Martin Voss <martin.voss@vossoffice.example>",
  "Service records for our machines",
  """Hello, your technician replaced the control board on our office coffee machine and in the process the usage log and our custom drink recipes (40 or so, for a whole office) were wiped. Nobody warned us. Is there a backup on your side? The machine itself works fine now.""", note="data wiped during repair; machine not broken -> no technical_issue")

C("crowdfunding", "en", "data_loss technical_issue", "Sophie Grant <sophie.grant@mailbox.example>",
  "campaign draft gone",
  """I spent three weeks writing my campaign page and it's just gone. The editor showed "saving..." forever, I closed the tab, and now the draft is empty, images and all. Please tell me you keep versions.""")

C("artshop", "en", "high_value_order broken_promise", "Eleanor Quint <eleanor.quint@quint-music.example>",
  "School order 2025-SO-118",
  """Dear team,

Our music school ordered 24 student violins, 6 violas and 4 cellos (order 2025-SO-118, total EUR 15,680.00) for delivery before the start of term on 1 September. Your sales rep confirmed in writing that everything would arrive by 25 August. As of today only the violins have arrived.

Classes begin Monday. Please confirm the delivery date for the rest.

Eleanor Quint
Quint School of Music""")

C("construction", "en", "high_value_order billing_dispute", "Paul Everett <paul.everett@everett-holdings.example>",
  "Final account for 3 Kestrel Way",
  """Hello,

Your final account for the refurbishment of 3 Kestrel Way comes to $127k against a contract sum of $104k. The variation sheet lists $18,400 of "additional structural works" that we never instructed and that your own site diary doesn't mention. We will pay the contract sum less retention and nothing more until the variations are substantiated.

Paul Everett""")

C("elevator", "en", "high_value_order safety technical_issue", "Gordon Lim <gordon.lim@lim-properties.example>",
  "Modernisation project LM-77",
  """Hi, the modernisation of the two passenger lifts at Lim House (contract LM-77, 212,000 GBP) was signed off three weeks ago, but lift B stops 4-5 cm below floor level on every landing. People trip on it. Your project lead says it's "within tolerance". It is not acceptable for our tenants.
Gordon""", note="people tripping = safety")

C("printer", "en", "high_value_order cancellation_threat", "Renata Solberg <renata.solberg@solberg-logistics.example>",
  "managed print contract renewal",
  """Hi,

We're coming to the end of year one of our three-year managed print contract (roughly 9.6k per year, 28.8k total). Toner deliveries have been late to our warehouse sites every single month, which stops our despatch labels printing. I need a credible plan from you by the end of the month, otherwise we'll be using the break clause and moving to another supplier.

Renata Solberg""", note="contract worth 28.8k with an unresolved problem")

C("camping", "en", "high_value_order technical_issue", "Dieter Vos <dieter.vos@mailbox.example>",
  "Motorhome hire MH-2207 - broken down",
  """Hello, we have hired the Voyager 7 motorhome (MH-2207) for 5 weeks, total price € 6.480,00. On day 3 the engine warning light came on and now it will not start at all. We are standing at a service area near Lyon with two children. Your roadside number gives only a voicemail. Please call us on 555-0119.
Dieter Vos""", note="non-native English, European amount format")

C("chess", "en", "feature_request", "Marguerite Hollis <m.hollis@inboxy.example>",
  "feature idea",
  """Hello, I run a school chess club with your Classroom plan. It would be lovely to have a way to set up a round-robin for the kids inside the club page, with automatic pairings, instead of me doing it in a spreadsheet. Hope that's helpful!""")

C("pet", "en", "feature_request", "Thomas Reilly <thomas.reilly@quickmail.example>",
  "photos",
  """Suggestion: let the sitters upload a couple of photos to the booking during the day. We always wonder how the dog is doing and a little photo feed would be brilliant.""")

C("theatre", "en", "feature_request", "Anita Desai-Moore <anita.dm@mailbox.example>",
  "seat map",
  """It'd be really handy if the seat map showed the view from each seat, or at least marked the restricted-view ones before you pay. Other venues do this now. Just a thought!""")

C("bicycle", "en", "cancellation_threat discrimination_harassment", "Kezia Morgan <kezia.morgan@fastpost.example>",
  "comments from your mechanic",
  """Hi, I came to collect my bike on Saturday and your mechanic (tall, beard, the one who works the back bench) made comments about my body while I was paying and asked whether my "boyfriend" would be the one riding it. When I said that was inappropriate he laughed and said I should learn to take a compliment. I won't be coming back and I want you to know why.""", note="'won't be coming back' = announces leaving because of the incident")

C("chess", "en", "discrimination_harassment", "Samira El-Amin <samira.elamin@inboxy.example>",
  "a moderator's messages",
  """I'm reporting one of your volunteer moderators, user "Rookgate". After I reported a player for cheating, Rookgate sent me private messages saying women shouldn't be in the rated pool and that he'd "make sure my reports go nowhere". Screenshots attached.""")

C("library", "en", "outage technical_issue", "Patrick O'Dowd <patrick.odowd@mailbox.example>",
  "can't get in",
  """been locked out of the lending app since the update. every login attempt gives "Error 503 Service Unavailable" on both ipad and phone and the website login just reloads the same page. my wife's account is the same. is the whole thing down?""")

C("charity", "en", "outage technical_issue", "Rosalind Achterberg <rosalind.a@hopewell-shelter.example>",
  "Donation page down on our appeal day",
  """Hi,

Today is our Giving Day and our donation page on your platform has been showing "Payments temporarily unavailable" for everyone since 9am. We've had dozens of supporters message us saying they can't give. Please tell me when payments will be back - this is the biggest fundraising day of our year.

Rosalind""")

C("pharmacy", "en", "outage technical_issue", "Terence Blount <terence.blount@quickmail.example>",
  "ordering portal down",
  """Your repeat ordering portal has shown "Internal Server Error" all weekend on every browser I try. The phone line is closed on Sundays. I need to order my wife's catheter supplies.""")

C("parking", "en", "security_incident", "Nadia Farouqi <nadia.farouqi@fastpost.example>",
  "fake parking text",
  """I got a text today claiming to be from your garage at Central Station with my name and my exact number plate, saying my season pass payment failed and linking to a payment page. How did they get my name and plate together? I only ever gave those to you. Has your customer database been leaked?""", note="suspected leak of personal data")

C("theatre", "en", "security_incident", "Lionel Fairbanks <lionel.fairbanks@inboxy.example>",
  "bookings I didn't make",
  """There are six bookings in my account for shows in Vienna and Prague that I never made, paid with my saved card. My password doesn't work any more either. I reset it through the link and the bookings are still there. Someone has been in my account.""")

C("rental", "en", "billing_dispute broken_promise repeat_contact", "Yvonne Castleton <yvonne.castleton@nethome.example>",
  "Re: Re: Re: Machine returned in January",
  """Hello again (for the fourth time),

We returned the coffee machine on 8 January - your courier signed for it, reference RT-55821. You are still debiting £34.50 rental every month. In February your colleague Mark promised the direct debit would be stopped and the February payment refunded "in the next payment run". Nothing was refunded and March has gone out too.

Please refund £69.00 and cancel the mandate.

Yvonne Castleton""", note="'fourth time' in own words; debits after return; promised refund missed")

C("mealkit", "en", "cancellation_threat", "Ollie Bradshaw <ollie.bradshaw@quickmail.example>",
  "Vegan box",
  """Hey, 3 weeks running the "vegan" box had honey in the dressing. I'm vegan for ethical reasons, not a diet. One more and I'm out, genuinely.""", note="'one more and I'm out' = conditional leaving")

C("construction", "en", "broken_promise repeat_contact cancellation_threat", "Mariam Yusuf <mariam.yusuf@inboxy.example>",
  "bathroom refit",
  """I have now emailed three times and rang twice. At the survey in January you told us the bathroom refit would start the week of 10 March. Then it was "after Easter". Now your office doesn't even answer. If we don't have a confirmed start date by Friday we'll take the deposit back and go with someone else.""")

C("survey", "en", "broken_promise", "Felix Obermann <felix.obermann@mailbox.example>",
  "bonus points for the diary study",
  """Hi, the 14-day shopping diary study I completed in February promised a 2,000 point completion bonus "credited within 10 days of the final entry". It's been 5 weeks and it's not there. Can you look?""")

C("bicycle", "en", "billing_dispute", "Gemma Lowry <gemma.lowry@fastpost.example>",
  "invoice for e-bike service",
  """hi, quote was £85 for the service and I agreed to nothing extra, but the invoice says £212 with a new chain, cassette and "diagnostic fee". Nobody rang me about extra work. I'll pay the £85 and want the rest taken off.""")

C("pharmacy", "en", "billing_dispute cancellation_threat", "Norman Pike <norman.pike@inboxy.example>",
  "charges for compression stockings",
  """Dear Sir/Madam, my compression stockings are on an NHS prescription and are exempt, yet your last two deliveries billed my card £18.60 each as "private supply". Please reverse both. If this keeps happening I shall move my prescriptions to the chemist in town. Yours, N. Pike""")

C("tattoo", "en", "severe_dissatisfaction", "Jade Kowalski <jade.kowalski@mailbox.example>",
  "my appointment",
  """Waited 2 hours past my slot, then told the artist "isn't feeling it today" and to rebook. I took a day off work and drove 90 miles. Unbelievably rude and unprofessional, I have never been treated with such contempt by a business in my life.""")

C("camping", "en", "severe_dissatisfaction broken_promise", "Harold Finney <harold.finney@quickmail.example>",
  "The 'luxury' glamping pod",
  """We were promised on the phone a pod with a private bathroom and a hot tub, confirmed in your email. What we got was a pod with a chemical toilet and a hot tub full of leaves that was never heated. The whole weekend was a total disaster from start to finish and frankly an insult. Never have I paid so much for something so shabby.""")

C("charity", "en", "cancellation_threat severe_dissatisfaction", "Cynthia Rourke <cynthia.rourke@nethome.example>",
  "The letter you sent my mother",
  """You sent my mother, who has dementia and who I told you about in January, another "urgent appeal" letter with a pre-filled direct debit form, and she signed it. I find that absolutely sickening. Stop writing to her, and I'm stopping my own regular gift as of today.""")

C("parking", "en", "repeat_contact outage technical_issue", "Eduardo Salgado <eduardo.salgado@inboxy.example>",
  "pay machines at Riverside car park",
  """Writing again because nobody answers - that's the third email plus two voice messages. Every pay machine at the Riverside car park shows "Communication error" and the app says "Car park unavailable". People are stuck at the exit barrier and the intercom just rings out.""")

C("artshop", "en", "security_incident billing_dispute", "Wendy Albers <wendy.albers@fastpost.example>",
  "orders on my account",
  """Three orders for guitar pedals went through on my account overnight, paid with my saved card ($1,146 total), shipped to an address in another state. I didn't place them and I've never bought a pedal in my life. Cancel them and refund my card, and tell me how this happened.""")

C("library", "en", "broken_promise technical_issue", "Doreen Whitley <doreen.whitley@inboxy.example>",
  "audiobook skipping",
  """The audiobooks still skip back 30 seconds every few minutes on my tablet. In February you wrote that the fix would be "in the next app update, early March". I've had two updates since and it's the same.""")
# ========================================================================================
# ENGLISH - hard negatives (no trigger)


C("printer", "en", "", "Sandra Oyelaran <sandra.oyelaran@oyelaran-accounting.example>",
  "Toner order for the Ricoh in reception",
  """Hi,

I'm the office manager at Oyelaran Accounting and I look after our lease. Could you send two black toner cartridges for the copier in reception (serial ending 4471)? Our account manager Phil usually arranges it but he's on leave.

Thanks,
Sandra Oyelaran
Office Manager""", trap="job_title", note="office manager / account manager are roles")

C("construction", "en", "", "Martin Cole <martin.cole@cole-dev.example>",
  "Re: Snagging list - 9 Wharf Street",
  """Thanks Amy, all the snags are done and the painter did a lovely job on the stairwell. Happy to sign off. Invoice to follow I assume?

Martin

On Mon, 10 Mar 2025 at 16:02, Support <support@example.test> wrote:
> Dear Mr Cole,
> our team will attend on Thursday to complete the remaining snags.
>
> On Fri, 7 Mar 2025 at 09:15, Martin Cole <martin.cole@cole-dev.example> wrote:
> > This is the THIRD time I am writing about the snagging list. If it isn't
> > done by next week my solicitor will be in touch and I'll be speaking to
> > your managing director. Absolutely unacceptable.
""", trap="quoted_threat", note="threats only in quoted history; new text is a thank-you", shape="alt")

C("theatre", "en", "", "Penelope Hurst <penelope.hurst@mailbox.example>",
  "Refund policy question",
  """Hello, what is your refund policy if a performance is cancelled because of illness in the cast? I'm thinking of booking the Figaro gala for my parents' anniversary but they're coming from abroad. Thanks!""", trap="policy_question")

C("mealkit", "en", "", "Gareth Lloyd <gareth.lloyd@fastpost.example>",
  "how to cancel?",
  """Hi, how would I cancel my subscription if I wanted to later on? Not planning to, just want to know before I sign up for the 12-week offer.""", trap="hypothetical")

C("chess", "en", "", "Ruby Tennant <ruby.tennant@quickmail.example>",
  "Can I export my games?",
  """Hi, is there a way to export all my games as PGN? I'd like to analyse them in another program. Thanks""", trap="feature_exists_question")

C("library", "en", "", "Arthur Pennington <arthur.pennington@inboxy.example>",
  "New catalogue",
  """Good afternoon,

I have been using the new catalogue for a couple of weeks now. I must say I'm a little disappointed that the covers are smaller than before, but I'm getting used to it. Otherwise all fine.

Kind regards,
Arthur Pennington""", trap="mild_disappointment")

C("survey", "en", "", "Priscilla Okeke <priscilla.okeke@mailbox.example>",
  "question about points",
  """Hello, my husband joked that we should sue you because his survey took 40 minutes instead of 10, haha. Anyway, my real question: do points expire if I don't log in for six months?""", trap="reported_speech", note="husband's joke, not adopted")

C("crowdfunding", "en", "", "Jonas Whitaker <jonas.whitaker@whitaker-games.example>",
  "Stretch goal update",
  """Hi, our CEO needs the backer numbers broken down by country for a board meeting on Tuesday. Is there a report in the creator dashboard that does that, or do we need to export and count? Thanks, Jonas""", trap="own_ceo")

C("elevator", "en", "", "Marjorie Baptiste <m.baptiste@baptiste-realty.example>",
  "New maintenance contract for 3 buildings",
  """Dear team,

We are very happy with your service at Mill House and would like to extend the maintenance contract to our three new buildings on Dock Road. By our calculation that brings the annual contract to roughly £48,500. Could you prepare a quote and the contract documents? No rush, the buildings are handed over in June.

Marjorie Baptiste
Head of Facilities""", trap="big_amount_no_problem", note="large amount with no problem; Head of Facilities title")

C("pet", "en", "", "Connor Walsh <connor.walsh@inboxy.example>",
  "second email - booking for Easter",
  """Hi, this is my second email about the Easter pet sitting booking, I think the first one may have gone to spam. Could you confirm the sitter for 18-21 April? Thanks! Connor""", trap="second_email", note="second contact is not repeat_contact")

C("bicycle", "en", "", "Lucy Brennan <lucy.brennan@fastpost.example>",
  "tubeless setup",
  """Hi, I bought the tubeless conversion kit from you last week. How much sealant should I put in a 29x2.4 tyre, and do I need to shake it around before inflating? Thanks a lot.""", trap="howto")

C("pharmacy", "en", "", "Beatrice Ashworth <beatrice.ashworth@nethome.example>",
  "Thank you",
  """Dear all,

Just a note to say thank you to Darren, your delivery driver, who carried the new walking frame upstairs for my mother and set it to the right height. He was so kind and patient with her. Please pass this on.

Beatrice Ashworth""", trap="thanks")

C("rental", "en", "", "Ken Yamada <ken.yamada@yamada-law.example>",
  "Descaling schedule",
  """Hi, how often should we descale the rented machine in our office kitchen? The display doesn't show a reminder.

Ken Yamada
Partner, Yamada & Co. Solicitors

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Yamada & Co. Solicitors accepts no liability for loss or damage caused by viruses. Any unauthorised use may result in legal action.""", trap="disclaimer", note="law firm signature and disclaimer do not count")

C("parking", "en", "", "Rhiannon Price <rhiannon.price@mailbox.example>",
  "season ticket",
  """Hello, I'm not going to cancel my season ticket, I just need to change the car registration on it because I've got a new car. How do I do that? Rhiannon""", trap="negation")

C("charity", "en", "", "Leonard Stroud <leonard.stroud@inboxy.example>",
  "Gift Aid",
  """Hi, no need to escalate this, it's a small thing: my Gift Aid declaration still shows my old address. Could you update it to 14 Larch Close, Bramley? Thanks, Len""", trap="negation", note="'no need to escalate'")

C("camping", "en", "", "Ingrid Halvorsen <ingrid.halvorsen@fastpost.example>",
  "Fw: booking confirmation",
  """Hi, forwarding the confirmation below - could you add a second car to the booking? Thanks, Ingrid

---------- Forwarded message ---------
From: Ingrid Halvorsen <ingrid.halvorsen@fastpost.example>
Date: Sat, 1 Mar 2025 at 21:40
Subject: Complaint - pitch 8
To: Greenhollow Camping <bookings@greenhollow.example>

Last summer pitch 8 flooded and the staff were useless. If that happens again I will demand a full refund and post about it on every review site there is.
""", trap="forwarded", note="old threat only in forwarded part")

C("tattoo", "en", "", "Callum Bright <callum.bright@quickmail.example>",
  "aftercare question",
  """Hey, got my first tattoo Saturday (thanks Mia, it's perfect). How long should I keep the second-skin film on, and can I go swimming next week?""", trap="howto")

C("artshop", "en", "", "Helena Drummond <helena.drummond@drummond-orchestra.example>",
  "Quote for a set of timpani",
  """Dear sales team,

Our youth orchestra has received a grant and we'd like a quote for a set of four pedal timpani with covers and transport trolleys. Our budget is around €22,000. Delivery would be to our rehearsal hall in September.

Many thanks,
Helena Drummond
General Manager, Drummond Youth Orchestra""", trap="big_amount_no_problem", note="big amount, no problem; General Manager title")

C("library", "en", "", "Samuel Greer <samuel.greer@mailbox.example>",
  "Re: my account",
  """Yes that worked, thank you! Logging out and back in did it.

Sam

-----Original Message-----
From: Samuel Greer <samuel.greer@mailbox.example>
Sent: Tuesday, March 11, 2025 8:12 PM
To: Support <support@example.test>
Subject: e-reader not syncing

This is ridiculous, it's the fourth time I've asked. The reader hasn't synced in a week and every book I borrowed is gone. Get me a supervisor or I'm cancelling my membership.
""", trap="outlook_block", note="old threats only inside Outlook original-message block")

C("chess", "en", "", "Devika Menon <devika.menon@inboxy.example>",
  "Security",
  """Hi, how do I turn on two-factor authentication on my account? I couldn't find it in settings. Thanks""", trap="howto", note="2FA how-to, not a security incident")

C("survey", "en", "", "Marcus Bell <marcus.bell@fastpost.example>",
  "is my data safe?",
  """Before I fill in the health survey, is my data safe with you? Who sees my answers, and are they linked to my name?""", trap="policy_question", note="data safety question")

C("crowdfunding", "en", "", "Alicia Moreno-Banks <alicia.mb@mailbox.example>",
  "GDPR",
  """Hello, is your platform GDPR compliant for creators based in the EU, and could you send us your data processing agreement to sign? Thanks, Alicia""", trap="policy_question", note="compliance question and DPA request")

C("printer", "en", "", "Trevor Nash <trevor.nash@nash-engineering.example>",
  "SLA for breakdowns",
  """Hi, do you offer an SLA with guaranteed response times for copier breakdowns? We're comparing suppliers for our new office. Trevor Nash, Operations Manager""", trap="policy_question", note="SLA question; Operations Manager title")

C("elevator", "en", "", "Gillian Parkes <gillian.parkes@parkes-housing.example>",
  "Planned maintenance next week",
  """Hello, I saw the notice that lift 1 at Oak Court will be off for planned maintenance on Tuesday. Roughly how long will it be out, so I can tell the residents? Thanks, Gillian""", trap="policy_question", note="planned maintenance question")

C("mealkit", "en", "", "Faye Morrison <faye.morrison@quickmail.example>",
  "wrong size order",
  """Hi, how do I cancel order #88213? I accidentally picked the family box instead of the box for two. Sorry for the hassle! Faye""", trap="policy_question", note="neutral procedural cancellation of an order")

C("theatre", "en", "", "Victor Osei <victor.osei@inboxy.example>",
  "invoice copy",
  """Hello, could you send me a VAT invoice for booking TB-330871? My company is reimbursing the tickets. Regards, Victor""", trap="policy_question", note="invoice copy request")

C("pet", "en", "", "Sophie Lang <sophie.lang@mailbox.example>",
  "saw your ad",
  """Hi! I saw your ad on Instagram for the new puppy grooming package. Is it suitable for a 14 week old cockapoo, and do you have any slots on Saturdays?""", trap="feature_exists_question", note="social media mention is not a media threat")

C("bicycle", "en", "", "Dominic Hale <dominic.hale@fastpost.example>",
  "opening hours / phone",
  """What's the phone number for the Hill Road workshop and are you open on bank holidays?""", trap="policy_question", note="normal support phone number")

C("charity", "en", "", "Patricia Lowe <patricia.lowe@lowe-foundation.example>",
  "Major gift",
  """Dear team,

Our family foundation would like to make a single gift of $250,000 to the Clean Water appeal through your platform. Could you tell me how to arrange a bank transfer of that size and whether there is a fee cap for large donations?

With best wishes,
Patricia Lowe""", trap="big_amount_no_problem")

C("construction", "en", "", "Harvey Quinn <harvey.quinn@nethome.example>",
  "Is the quote legally binding?",
  """Hi, before we sign: is your quote of £4,200 for the garden wall legally binding, or can it change once you start digging? What happens contractually if you find old foundations? Harvey""", trap="policy_question", note="'legally binding' contract question")

C("rental", "en", "", "Olga Lindgren <olga.lindgren@inboxy.example>",
  "Re: filter change",
  """Perfect, Tuesday morning works. Thank you!

Olga

Le lun. 17 mars 2025 à 11:05, Support <support@example.test> a écrit :
> Dear Ms Lindgren, our technician can change the cartridge on Tuesday between 9 and 12.
>
>> I've asked three times now for a technician. If nobody comes this week I
>> will cancel the rental and dispute the last payment with my bank.
""", trap="quoted_threat", note="French client attribution line; threat only quoted")

C("survey", "en", "", "Tomasz Wójcik <tomasz.wojcik@fastpost.example>",
  "feature question",
  """Hello, does the panel app have a dark mode? I could not find in settings. Thank you, Tomasz""", trap="feature_exists_question", note="non-native English; asks whether it exists")

C("parking", "en", "", "Abigail Thorne <abigail.thorne@mailbox.example>",
  "Thank you to your night attendant",
  """Just wanted to say thanks to the night attendant at Level 3 who helped me find my car last night when I'd forgotten which level I was on. He was very patient.""", trap="thanks", note="thank-you")

C("library", "en", "", "George Ablett <george.ablett@ablett-school.example>",
  "School account renewal",
  """Hi,

I'm the Head of Library Services at Ablett Academy. We'd like to renew our school e-book licence (about 1,100 students) for another year on the same terms. Can you send the renewal form?

George Ablett""", trap="job_title")

C("tattoo", "en", "", "Mia Castellano <mia.castellano@quickmail.example>",
  "Tiny bit disappointed",
  """Hiya, the fine-line piece healed well but the lines are a bit lighter than I hoped. Not a huge deal. Is a touch-up included in the price or is there a charge?""", trap="mild_disappointment")

C("pharmacy", "en", "", "Lionel Barker <lionel.barker@nethome.example>",
  "Delivery time",
  """Hello, can the wheelchair cushion be delivered in the afternoon instead of the morning? I have physio until 1pm on Thursdays. Thank you""", trap="howto")

C("chess", "en", "", "Isabel Crane <isabel.crane@inboxy.example>",
  "Hypothetically",
  """If I ever found out my opponent was using an engine, would I get my rating points back? Just curious how your fair-play process works.""", trap="hypothetical")

C("crowdfunding", "en", "", "Benedict Amos <benedict.amos@mailbox.example>",
  "campaign refund policy",
  """Hi, what happens to my pledge if a campaign I backed doesn't reach its goal? And if it does and the creator never delivers, what's your refund policy? I'm thinking of backing a few board games.""", trap="policy_question")

C("artshop", "en", "", "Rosie Nguyen <rosie.nguyen@fastpost.example>",
  "Re: easel order 30912",
  """Hi, the replacement easel arrived today and it's lovely, thanks so much for the quick swap!

Rosie

On 12/03/2025 14:22, Rosie Nguyen wrote:
> The easel arrived in pieces. This is the worst service I have ever had and
> I want to talk to your manager. I've already left a 1-star review.
""", trap="quoted_threat", note="own old complaint quoted")

C("camping", "en", "", "Walter Benz <walter.benz@mailbox.example>",
  "caravan hire - insurance",
  """Hello, I want to hire the 4-berth caravan in July. Does your insurance cover if I cause damage on the ferry? I am from Austria and drive on the left for first time. Regards Walter""", trap="policy_question", note="non-native English")

C("elevator", "en", "", "Nicholas Fenwick <n.fenwick@fenwick-hotel.example>",
  "invoice question",
  """Hello, the annual maintenance invoice (INV-2025-0419, £5,000.00 exactly) arrived in our old company name. The amount is fine and we'll pay it, but could you reissue it to Fenwick Hotel Group Ltd? Thanks, Nick""", trap="big_amount_no_problem", note="at-threshold amount, name change only")

C("theatre", "en", "", "Lorraine Hodge <lorraine.hodge@inboxy.example>",
  "group booking",
  """Hi, our choir wants to book 30 seats for The Mikado on 4 May. We're not cross or anything, just wondering whether the group discount applies to the dress circle too, or only the stalls.""", trap="negation")

C("printer", "en", "", "Frank Delgado <frank.delgado@delgado-print.example>",
  "Scanning to email",
  """Hello, how do I set up scan-to-email on the new MFP? I've got the SMTP details from our IT guy but the menu asks for something called 'SMTP auth type'. Thank you. Frank Delgado, Print Shop Manager""", trap="howto", note="job title + how-to")

C("mealkit", "en", "", "Heather Pollard <heather.pollard@mailbox.example>",
  "delivery day",
  """Hi, my sister said she'd be furious if she had to wait in all day like I do on Thursdays, lol. Is it possible to choose a delivery window instead of 'between 8am and 8pm'?""", trap="reported_speech", note="sister's hypothetical anger, not the customer's")

C("construction", "en", "", "Imran Qureshi <imran.qureshi@qureshi-homes.example>",
  "Fwd: Fwd: scaffold inspection",
  """Please see the forwarded inspection report below, just for your files. No action needed.

Imran

-------- Forwarded Message --------
Subject: scaffold inspection 5 Mill Lane
Date: Fri, 14 Mar 2025 10:02:11 +0000
From: Site Safety <safety@qureshi-homes.example>

Weekly inspection completed. Ties, boards and toe boards in order. Previous report noted a loose board on the 2nd lift, which was fixed on 10 March. No injuries reported.
""", trap="forwarded", note="safety words in a forwarded routine report; subject is a forward")

C("pet", "en", "", "Vanessa Cho <vanessa.cho@quickmail.example>",
  "Dog walker for next week",
  """Hello!! Just confirming Jasper's walks for next week, Mon-Fri at 12. He's had his jabs. Thank you, he absolutely loves Ellie!! 🐶""", trap="thanks")

C("survey", "en", "", "Duncan Frayne <duncan.frayne@nethome.example>",
  "payout method",
  """Hi, I'm in no way trying to cause trouble, I'd just like to know whether I can switch from PayPal payouts to bank transfer. Cheers, Duncan""", trap="negation")

C("parking", "en", "", "Ashok Pillai <ashok.pillai@fastpost.example>",
  "Toll tag for a second car",
  """Is it possible to use one toll tag in two cars, or do I need a second tag? We just want to understand before the summer trip.""", trap="feature_exists_question")

C("bicycle", "en", "", "Eloise Warren <eloise.warren@inboxy.example>",
  "Thank you!",
  """Hi all, just collected my grandad's old Raleigh - it rides like new. Can't believe you got those old brakes working. Thank you so so much. Eloise""", trap="thanks")
# ========================================================================================
# GERMAN


C("construction", "de", "legal_threat high_value_order", "Dr. Ulrich Brenner <u.brenner@brenner-kanzlei.example>",
  "Sanierung Lindenstraße 12 – Mängel",
  """Sehr geehrte Damen und Herren,

mit Vertrag vom 3. September haben wir Sie mit der Dachsanierung des Mehrfamilienhauses Lindenstraße 12 beauftragt (Auftragssumme 86.400,00 € brutto). Seit dem Starkregen am 9. März dringt in zwei Dachgeschosswohnungen Wasser ein. Ihre Bauleitung hat die Mängelanzeige vom 11. März bis heute nicht beantwortet.

Wir setzen Ihnen hiermit eine Frist zur Mängelbeseitigung bis zum 28. März. Nach fruchtlosem Fristablauf werden wir die Sache unserem Anwalt übergeben und die Kosten der Ersatzvornahme gerichtlich geltend machen.

Mit freundlichen Grüßen
Dr. Ulrich Brenner
Hausverwaltung Brenner""", note="conditional legal steps; 86.400 € contract with open defect")

C("parking", "de", "billing_dispute", "Sabine Krüger <sabine.krueger@postfach.example>",
  "Doppelte Abbuchung Dauerparkplatz",
  """Hallo,

für meinen Dauerparkplatz im Parkhaus am Markt wurden im März zweimal 89,00 € abgebucht (am 1. und am 3.). Bitte erstatten Sie mir den doppelten Betrag.

Danke und viele Grüße
Sabine Krüger""")

C("chess", "de", "cancellation_threat technical_issue", "Jonas Petersen <jonas.petersen@netzpost.example>",
  "App stürzt ständig ab",
  """Moin, seit dem letzten Update schmiert die App bei jeder Blitzpartie nach 20-30 Zügen ab. Dreimal hintereinander heute, jedes Mal Partie verloren. Wenn das bis Monatsende nicht läuft, bin ich raus und das Jahresabo läuft nicht weiter.
Jonas""")

C("elevator", "de", "safety technical_issue", "Hausverwaltung Öztürk <info@oeztuerk-verwaltung.example>",
  "DRINGEND Aufzug Haus B – Person eingeschlossen und Rauch",
  """Guten Tag,

im Aufzug Haus B (Gartenweg 4) war heute um 14:10 Uhr eine Mieterin eingeschlossen, und aus dem Schacht kam Rauch mit deutlichem Schmorgeruch. Die Feuerwehr hat sie befreit, sie wurde mit Verdacht auf Rauchgasvergiftung ins Krankenhaus gebracht. Der Aufzug ist abgesperrt.

Wir erwarten heute noch einen Techniker und eine schriftliche Stellungnahme.

Mit freundlichen Grüßen
Kemal Öztürk
Hausverwaltung Öztürk""")

C("mealkit", "de", "severe_dissatisfaction billing_dispute", "Petra Hoffmann <petra.hoffmann@postfach.example>",
  "Frechheit",
  """Das ist eine bodenlose Frechheit. Ich habe das Abo am 14.02. gekündigt (Bestätigung liegt vor) und Sie buchen trotzdem am 03.03. 64,99 € ab und schicken eine Box mit verdorbenem Fisch. Ich will mein Geld zurück, sofort.""")

C("library", "de", "data_loss technical_issue", "Gerda Lindner <gerda.lindner@netzpost.example>",
  "Merkliste weg",
  """Guten Tag,

nach der Umstellung auf die neue Onleihe-Oberfläche ist meine gesamte Merkliste leer. Da waren über 200 Titel drauf, die ich mir über Jahre gemerkt habe. Gelöscht habe ich nichts. Kann man das wiederherstellen?

Freundliche Grüße
Gerda Lindner""")

C("printer", "de", "broken_promise repeat_contact technical_issue", "Thomas Albrecht <t.albrecht@albrecht-steuer.example>",
  "Zum vierten Mal: Techniker für Kopierer",
  """Sehr geehrte Damen und Herren,

ich schreibe Ihnen nun zum vierten Mal wegen unseres Kopierers (Vertrag KL-3312), der seit drei Wochen bei jedem Farbdruck einen Streifen zieht. Am 5. März wurde mir telefonisch zugesagt, dass ein Techniker „spätestens Freitag“ kommt. Es kam niemand, und es hat sich auch niemand gemeldet.

Mit freundlichen Grüßen
Thomas Albrecht""", note="streaks on colour prints = technical_issue too")

C("tattoo", "de", "discrimination_harassment", "Aylin Demir <aylin.demir@postfach.example>",
  "Beschwerde über Ihren Mitarbeiter",
  """Hallo,

ich war am Samstag in Ihrem Studio in der Südstadt für ein Beratungsgespräch. Als ich mein Kopftuch erwähnt habe, weil das Motiv am Hals sein soll, hat der Tätowierer gesagt, „so was wie dich“ würde er nicht stechen, und hat mich vor anderen Kunden ausgelacht. Ich finde das diskriminierend und möchte wissen, wie Sie damit umgehen.

Aylin Demir""")

C("pharmacy", "de", "safety technical_issue", "Horst Wagner <horst.wagner@netzpost.example>",
  "Sauerstoffkonzentrator",
  """Guten Tag, das Gerät (Sauerstoffkonzentrator) das Sie meiner Frau am Montag geliefert haben wird am Netzteil so heiß, dass man es nicht anfassen kann, und heute hat es kurz gefunkt. Wir haben es abgesteckt. Meine Frau braucht den Sauerstoff aber nachts. Bitte sofort Ersatz.
Horst Wagner""", note="device overheating and sparking; malfunction counts as technical_issue")

C("survey", "de", "regulatory", "Frank Jansen <frank.jansen@netzpost.example>",
  "Auskunft nach DSGVO – Beschwerde eingereicht",
  """Sehr geehrte Damen und Herren,

auf mein Auskunftsersuchen nach Art. 15 DSGVO vom 2. Januar habe ich trotz Erinnerung keine Antwort erhalten. Ich habe daher heute Beschwerde beim Landesbeauftragten für Datenschutz eingelegt.

Mit freundlichen Grüßen
Frank Jansen""")

C("camping", "de", "cancellation_threat", "Familie Köhler <koehler.familie@postfach.example>",
  "Dauerstellplatz 47",
  """Hallo liebes Campingplatz-Team,

seit der neue Pächter da ist, wird die Sanitäranlage am oberen Platz nur noch jeden zweiten Tag geputzt, und der Kiosk hat gar nicht mehr auf. Wir sind seit 15 Jahren Dauercamper auf Platz 47 und sehr gerne bei Ihnen, aber so nicht. Wenn sich bis zur Saisoneröffnung nichts tut, suchen wir uns für nächstes Jahr einen anderen Platz und geben die Parzelle zurück.

Liebe Grüße
Heike und Rainer Köhler""")

C("charity", "de", "billing_dispute broken_promise", "Ingrid Maurer <ingrid.maurer@netzpost.example>",
  "Spendenbetrag falsch abgebucht",
  """Guten Tag,

ich spende monatlich 15 € an das Tierheim-Projekt. Im Februar wurden 150 € abgebucht – offensichtlich eine Null zu viel. Am Telefon hieß es am 20.02., das werde „innerhalb von einer Woche“ korrigiert. Bis heute ist nichts zurückgekommen.

Freundliche Grüße
Ingrid Maurer""")

C("crowdfunding", "de", "security_incident", "Lukas Schreiber <lukas.schreiber@postfach.example>",
  "Fremder Zugriff auf mein Konto",
  """Hallo, heute Nacht wurde mein Passwort geändert und jemand hat mit meinem Konto 3 Projekte unterstützt, insgesamt 420 €, mit meiner hinterlegten Karte. Ich komme nicht mehr rein. Bitte sperren Sie das Konto sofort.
Lukas""", note="account takeover; unauthorised pledges mentioned but no dispute of a company charge")

C("bicycle", "de", "severe_dissatisfaction broken_promise", "Murat Yilmaz <murat.yilmaz@netzpost.example>",
  "Reparatur meines E-Bikes",
  """Hallo,

ich habe mein E-Bike am 3. März zur Reparatur gebracht, es hieß „eine Woche“. Jetzt sind es fünf Wochen, und jedes Mal wenn ich anrufe heißt es „nächste Woche sicher“. Sowas habe ich echt noch nie erlebt, eine absolute Zumutung. Ich brauche das Rad für die Arbeit.

Murat Yilmaz""", note="non-native German touches; repeated promised dates")

C("theatre", "de", "manager_request", "Renate Vogel <renate.vogel@postfach.example>",
  "Abonnement – bitte an die Leitung weitergeben",
  """Sehr geehrte Damen und Herren,

ich bin seit 22 Jahren Abonnentin und habe nun zum zweiten Mal Karten für einen Platz hinter einer Säule bekommen, obwohl ich Parkett Reihe 7 gebucht hatte. Ich möchte bitte mit jemandem von der Leitung der Theaterkasse persönlich sprechen, nicht mit der Hotline.

Mit freundlichen Grüßen
Renate Vogel""", note="'zum zweiten Mal' is only two; asks for Leitung = manager_request")

C("rental", "de", "billing_dispute", "Stefan Weiß <stefan.weiss@weiss-buero.example>",
  "Rechnung Wasserspender März",
  """Hallo, auf der Rechnung RE-2025-0388 stehen 4 Wasserspender à 39,90 €. Wir haben aber nur 2 bei Ihnen gemietet, die anderen zwei wurden im Januar abgeholt (Abholschein liegt vor). Bitte korrigieren, 79,80 € zu viel berechnet.
Gruß Stefan Weiß""")

C("parking", "de", "outage technical_issue", "Claudia Brandt <claudia.brandt@netzpost.example>",
  "Schranke geht nicht auf",
  """Hallo seit heute morgen geht im Parkhaus Bahnhof gar nix mehr die Schranken öffnen nicht, die Kassenautomaten zeigen STÖRUNG und die App sagt Server nicht erreichbar. Hier stehen 20 Autos Schlange bitte schnell!!!""")

C("elevator", "de", "corporate_contact_request", "Wolfgang Berger <w.berger@berger-immobilien.example>",
  "Anschrift Geschäftsführung",
  """Guten Tag,

bitte teilen Sie mir die Postanschrift Ihrer Hauptverwaltung sowie den Namen und die Durchwahl der Geschäftsführung mit. Die Zusammenarbeit bei unseren sechs Objekten in Bochum läuft seit Monaten nicht zufriedenstellend, und ich möchte das auf der richtigen Ebene ansprechen.

Mit freundlichen Grüßen
Wolfgang Berger
Leiter Objektverwaltung""", trap="job_title", note="asks for head office address and management phone; Leiter is his title")

C("mealkit", "de", "executive_contact safety", "Karin Schuster <karin.schuster@postfach.example>",
  "Kopie an Ihren Vorstand",
  """Guten Tag,

ich habe Ihrem Vorstandsvorsitzenden heute einen Brief geschrieben, weil ich zum wiederholten Mal eine Box mit Zutaten bekommen habe, gegen die ich allergisch bin, obwohl das in meinem Profil steht. Ich setze Sie der Vollständigkeit halber in Kenntnis.

Karin Schuster""", note="allergens sent despite profile = danger; 'zum wiederholten Mal' refers to boxes, not contacts")

C("construction", "de", "media_threat", "Bernd Schäfer <bernd.schaefer@netzpost.example>",
  "Ihre Baustelle in der Ahornstraße",
  """Seit sechs Wochen blockieren Ihre Container die Zufahrt zu unserer Garage, ohne Genehmigung, wie mir das Ordnungsamt bestätigt hat. Ich habe mit einem Redakteur vom Lokalblatt gesprochen, der kommt am Donnerstag vorbei und macht Fotos. Vielleicht bewegt sich dann was.""", note="talked to a newspaper editor, who is coming = media")

C("library", "de", "feature_request", "Hannelore Kurz <hannelore.kurz@postfach.example>",
  "Wunsch: größere Schrift in der App",
  """Liebes Bibliotheksteam,

ich lese sehr gern über Ihre App, aber die Schrift im Katalog ist für meine Augen zu klein. Es wäre schön, wenn man die Schriftgröße in der App selbst einstellen könnte, nicht nur im E-Book. Vielen Dank für Ihre Mühe!

Hannelore Kurz""")

C("pet", "de", "broken_promise severe_dissatisfaction", "Jana Lehmann <jana.lehmann@netzpost.example>",
  "Hundesitterin ist nicht gekommen!!!",
  """Die Sitterin, die Sie mir für Samstag FEST zugesagt haben, ist einfach nicht gekommen. Mein Hund war 11 Stunden allein in der Wohnung. ICH BIN STINKSAUER. Sowas Verantwortungsloses habe ich noch nie erlebt!!!""")

C("artshop", "de", "high_value_order broken_promise", "Matthias Krämer <matthias.kraemer@kraemer-musik.example>",
  "Flügel Bestellung 2025-1187",
  """Sehr geehrte Damen und Herren,

wir haben am 12. Januar einen Konzertflügel (Modell K-212, 64.900 EUR) für unseren Konzertsaal bestellt. Als Liefertermin wurde uns schriftlich der 15. März bestätigt. Der Termin ist verstrichen, ohne dass wir von Ihnen gehört haben, und unser Eröffnungskonzert ist am 12. April.

Bitte nennen Sie uns umgehend einen verbindlichen Liefertermin.

Mit freundlichen Grüßen
Matthias Krämer
Kulturverein Kaltenbach""")

C("survey", "de", "repeat_contact", "Oliver Dietrich <oliver.dietrich@postfach.example>",
  "Prämie nicht erhalten – dritte Anfrage",
  """Hallo, das ist jetzt meine dritte Nachricht wegen des Amazon-Gutscheins über 20 €, der mir seit Januar zusteht. Bitte einfach schicken.
Oliver Dietrich""")

C("printer", "de", "high_value_order technical_issue", "Sandra Kühn <s.kuehn@kuehn-druck.example>",
  "Produktionsdrucker steht",
  """Guten Tag,

unser Produktionsdrucker PX-900 (Leasingvertrag LV-2020-77, Gesamtwert 142.000 €) zeigt seit gestern Abend den Fehlercode E-7204 und druckt nicht mehr. Wir haben Aufträge für Montag, die wir sonst nicht ausliefern können. Bitte schicken Sie einen Techniker.

Sandra Kühn
Produktionsleiterin""", trap="job_title")

C("chess", "de", "feature_request", "Felix Brandauer <felix.brandauer@netzpost.example>",
  "Vorschlag",
  """Hallo, ich fänd es super wenn man bei den Puzzles nach Eröffnung filtern könnte, z.B. nur Sizilianisch. Wäre ein toller Feature-Wunsch für die nächste Version :)""")

C("camping", "de", "safety technical_issue", "Gerhard Pohl <gerhard.pohl@postfach.example>",
  "Gasgeruch im Mietwohnwagen",
  """Guten Tag, im gemieteten Wohnwagen (Nr. 12) riecht es seit gestern Abend nach Gas, wenn der Kühlschrank läuft. Meine Enkelin hatte heute früh Kopfschmerzen und Übelkeit. Wir haben die Flasche zugedreht und schlafen jetzt im Zelt. Bitte schicken Sie jemanden, der das prüft.
Gerhard Pohl""", note="gas leak is a danger; device malfunction -> technical_issue as well")

C("crowdfunding", "de", "regulatory legal_threat", "Anja Roth <anja.roth@netzpost.example>",
  "Projekt „SolarBank“ – Verbraucherzentrale und Anwältin",
  """Sehr geehrte Damen und Herren,

ich habe das Projekt SolarBank auf Ihrer Plattform mit 650 € unterstützt. Der Projektinhaber ist seit einem Jahr nicht erreichbar, Sie verweisen nur auf Ihre AGB. Ich habe mich an die Verbraucherzentrale gewandt, und meine Anwältin prüft, ob Sie als Plattform haften.

Anja Roth""")

C("rental", "de", "outage technical_issue", "Daniel Fuchs <daniel.fuchs@fuchs-agentur.example>",
  "Kaffeemaschinen – Bezahlsystem tot",
  """Hi, bei allen drei Kaffeeautomaten in unserem Gebäude funktioniert seit dem Wochenende die Bezahlung gar nicht mehr, weder Karte noch App, Display zeigt „Zahlungsdienst nicht verfügbar“. Eure Statusseite lädt übrigens auch nicht.
Daniel""")

C("tattoo", "de", "legal_threat safety", "Lena Hartmann <lena.hartmann@postfach.example>",
  "Narbe nach Laserbehandlung",
  """Hallo,

nach der Laserentfernung in Ihrem Studio habe ich am Unterarm eine Narbe, die laut meiner Hautärztin bleiben wird. Ihre Mitarbeiterin hat mir vorher gesagt, „da bleibt garantiert nichts“. Mein Anwalt wird sich in den nächsten Tagen bei Ihnen melden.

Lena Hartmann""", note="permanent scar = injury; the earlier assurance was a statement, not a promised action")

C("parking", "de", "executive_contact corporate_contact_request", "Friedrich Neumann <f.neumann@netzpost.example>",
  "Bitte E-Mail-Adresse des Geschäftsführers",
  """Sehr geehrte Damen und Herren,

nachdem mein Widerspruch gegen die Vertragsstrafe mit einem Textbaustein abgelehnt wurde, möchte ich mich direkt an Ihren Geschäftsführer wenden. Bitte nennen Sie mir seine E-Mail-Adresse.

Mit freundlichen Grüßen
Friedrich Neumann""", note="asks for MD's e-mail in order to write to him")

C("pharmacy", "de", "discrimination_harassment", "Mehmet Kaya <mehmet.kaya@postfach.example>",
  "Verhalten des Fahrers",
  """Guten Tag, Ihr Lieferfahrer hat meine Mutter (72) heute an der Tür angeschrien, sie solle „gefälligst Deutsch lernen“, als sie ihn nicht gleich verstanden hat, und hat den Rollator einfach in den Flur geworfen. Ich bitte um Klärung.
Mehmet Kaya""")

C("library", "de", "outage technical_issue repeat_contact", "Sven Hagedorn <sven.hagedorn@netzpost.example>",
  "Onleihe seit Tagen nicht erreichbar",
  """Hallo, ich habe jetzt schon dreimal geschrieben: die Ausleihe ist seit Freitag komplett down, Website Fehler 500, App „keine Verbindung“. Von Ihnen kommt nur die automatische Antwort.
Sven""")

C("construction", "de", "severe_dissatisfaction", "Herbert Lange <herbert.lange@postfach.example>",
  "Ihr Bautrupp",
  """WAS IST DAS FÜR EIN SAUSTALL. Ihre Leute haben den Bauschutt in meinem Vorgarten abgekippt, die Rosen sind hin, der Rasen ist ein Acker. UNFASSBAR. So etwas Dreistes habe ich in 40 Jahren als Hausbesitzer nicht erlebt.""")

C("mealkit", "de", "safety media_threat", "Tobias Richter <tobias.richter@netzpost.example>",
  "Metallstück im Hackfleisch",
  """Im Hackfleisch aus der Box von gestern war ein scharfes Metallstück, ca. 2 cm, meine Tochter hätte es fast verschluckt. Fotos habe ich. Wenn ich bis morgen nichts höre, geht das mit den Fotos auf Instagram und an die Lokalzeitung.""")

C("printer", "de", "data_loss technical_issue", "Monika Seidel <m.seidel@seidel-architektur.example>",
  "Scan-Archiv leer",
  """Guten Tag, nach dem Firmware-Update durch Ihren Techniker ist der komplette Scan-Ordner auf dem Gerät leer, ca. 3.000 gescannte Pläne, die die Mitarbeiter dort abgelegt hatten. Gibt es da irgendeine Sicherung? M. Seidel""")

# German hard negatives

C("elevator", "de", "", "Jürgen Maier <juergen.maier@maier-hv.example>",
  "Wartungstermin April",
  """Guten Tag,

ich bin der neue Leiter der Haustechnik bei der Hausverwaltung Maier und ab sofort Ihr Ansprechpartner. Könnten Sie mir die Wartungstermine für April für unsere drei Aufzüge in der Bergstraße schicken?

Mit freundlichen Grüßen
Jürgen Maier
Leiter Haustechnik""", trap="job_title")

C("parking", "de", "", "Claudia Winter <claudia.winter@postfach.example>",
  "AW: Jahresrechnung Parkplatz",
  """Vielen Dank, die korrigierte Rechnung ist angekommen und alles passt jetzt.

Viele Grüße
Claudia Winter

Am 12.03.2025 um 09:41 schrieb Support <support@example.test>:
> Sehr geehrte Frau Winter,
> anbei die korrigierte Rechnung.
>
> Am 10.03.2025 um 18:02 schrieb Claudia Winter:
>> Das ist jetzt das dritte Mal, dass ich schreibe! Wenn die Rechnung nicht
>> korrigiert wird, schalte ich meinen Anwalt ein und kündige den Vertrag.
""", trap="quoted_threat", note="German attribution; threats only quoted", shape="alt")

C("mealkit", "de", "", "Heike Brandl <heike.brandl@netzpost.example>",
  "Kündigungsfrist?",
  """Hallo, wie lange ist eigentlich die Kündigungsfrist bei Ihrem Abo? Ich will nicht kündigen, bin sehr zufrieden, möchte es nur für später wissen. LG Heike""", trap="negation", note="'ich will nicht kündigen' + policy question")

C("library", "de", "", "Walter Sommer <walter.sommer@postfach.example>",
  "Frage zur Ausleihe",
  """Guten Tag, kann man E-Books eigentlich auch auf einem Kindle lesen, oder nur mit Ihrer App? Mit freundlichen Grüßen, Walter Sommer""", trap="feature_exists_question")

C("construction", "de", "", "Katrin Neubauer <katrin.neubauer@neubauer-gmbh.example>",
  "Angebot Fassadensanierung",
  """Sehr geehrte Damen und Herren,

wir bitten um ein Angebot für die Fassadensanierung unseres Bürogebäudes (ca. 1.200 m²). Unser Budget liegt bei etwa 180.000 €. Ein Vor-Ort-Termin wäre ab Mitte April möglich.

Mit freundlichen Grüßen
Katrin Neubauer
Geschäftsführerin

Neubauer GmbH · Amtsgericht Musterstadt HRB 12345 · Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet und können rechtliche Schritte nach sich ziehen.""", trap="disclaimer", note="big amount, no problem; 'rechtliche Schritte' only in disclaimer")

C("chess", "de", "", "Paul Eckert <paul.eckert@netzpost.example>",
  "Wie funktioniert die Analyse?",
  """Hi, wie kann ich nach einer Partie die Engine-Analyse starten? Ich finde den Knopf nicht auf dem Handy. Danke!""", trap="howto")

C("camping", "de", "", "Elke Baumann <elke.baumann@postfach.example>",
  "Ein bisschen enttäuscht",
  """Hallo, der Urlaub war schön, nur der Pool war leider nicht so warm wie auf den Fotos. Ein bisschen enttäuscht waren die Kinder schon. Trotzdem danke für alles, wir kommen wieder! Elke""", trap="mild_disappointment")

C("tattoo", "de", "", "Sebastian Horn <sebastian.horn@netzpost.example>",
  "Nachstechen",
  """Hey, mein Kumpel meinte, ich soll euch verklagen, weil die Farbe an einer Stelle etwas rausgefallen ist 😄 Quatsch natürlich. Kann ich einfach einen Termin zum Nachstechen machen?""", trap="reported_speech", note="friend's suggestion rejected")

C("survey", "de", "", "Anna Schulte <anna.schulte@postfach.example>",
  "Zweite Mail – Adressänderung",
  """Hallo, das ist meine zweite Mail, weil die erste vielleicht untergegangen ist: Ich bin umgezogen, neue Adresse ist Am Hang 3, 12345 Musterstadt. Danke!""", trap="second_email")

C("printer", "de", "", "Andreas Frank <andreas.frank@frank-ra.example>",
  "Toner",
  """Guten Tag, bitte senden Sie uns 2 Tonerkartuschen Schwarz für das Gerät im 2. OG. Danke.

Andreas Frank
Rechtsanwalt

Kanzlei Frank & Partner · Fachanwälte für Vertragsrecht
Diese Nachricht ist vertraulich und kann dem Anwaltsgeheimnis unterliegen.""", trap="disclaimer", note="lawyer's signature, no threat")

C("pharmacy", "de", "", "Irmgard Seifert <irmgard.seifert@netzpost.example>",
  "Danke!",
  """Liebe Mitarbeiter, ich möchte mich herzlich für die schnelle Lieferung des Rollstuhls bedanken. Der Fahrer war sehr freundlich und hat alles erklärt. Herzliche Grüße, Irmgard Seifert""", trap="thanks")

C("crowdfunding", "de", "", "Martin Lorenz <martin.lorenz@lorenz-spiele.example>",
  "Unser Geschäftsführer braucht eine Auswertung",
  """Hallo, unser Geschäftsführer möchte für die Gesellschafterversammlung eine Übersicht aller Unterstützer nach Postleitzahl. Gibt es dafür einen Export im Dashboard? Gruß Martin""", trap="own_ceo")

C("bicycle", "de", "", "Svetlana Ivanova <svetlana.ivanova@postfach.example>",
  "Frage Inspektion",
  """Guten Tag, ich möchte Inspektion für mein Fahrrad machen. Was kostet das und muss ich Termin machen oder kann ich einfach kommen? Vielen Dank, Svetlana""", trap="howto", note="non-native German")

C("artshop", "de", "", "Dieter Hahn <dieter.hahn@netzpost.example>",
  "WG: Re: Geigenbogen",
  """Zur Info, siehe unten. Hat sich erledigt, Bogen ist da.

-----Ursprüngliche Nachricht-----
Von: Dieter Hahn <dieter.hahn@netzpost.example>
Gesendet: Montag, 10. März 2025 08:15
An: Support <support@example.test>
Betreff: Geigenbogen

Wenn der Bogen nicht bis Freitag da ist, storniere ich und bewerte Sie überall mit einem Stern. Unmöglich!
""", trap="outlook_block", note="German Outlook block; forwarded subject")

C("theatre", "de", "", "Gisela Brandt <gisela.brandt@postfach.example>",
  "Was wäre wenn",
  """Guten Tag, angenommen, ich kann wegen Krankheit nicht zur Vorstellung kommen – könnte ich die Karten dann umtauschen, oder verfallen sie? Mit freundlichen Grüßen, Gisela Brandt""", trap="hypothetical")

C("pet", "de", "", "Nicole Fiedler <nicole.fiedler@netzpost.example>",
  "Großauftrag Hundepension",
  """Hallo, wir sind ein Tierheim und würden gerne für den Sommer 20 Hunde für je 2 Wochen bei Ihnen unterbringen, das wären nach Ihrer Preisliste rund 8.400 €. Ist das machbar? Viele Grüße, Nicole Fiedler""", trap="big_amount_no_problem")

C("rental", "de", "", "Uwe Schröder <uwe.schroeder@postfach.example>",
  "Kein Grund zur Eskalation",
  """Hallo, kein Grund zur Eskalation, nur eine kleine Bitte: Könnten Sie beim nächsten Filterwechsel auch die Tropfschale mitbringen? Danke, Uwe Schröder""", trap="negation")
# ========================================================================================
# FRENCH


C("construction", "fr", "legal_threat high_value_order", "Bernard Lefèvre <bernard.lefevre@courriel.example>",
  "Chantier rue des Tilleuls – mise en demeure",
  """Madame, Monsieur,

Par contrat du 2 octobre, nous vous avons confié la rénovation complète de notre maison, rue des Tilleuls, pour un montant de 74 300 € TTC. Le chantier est à l'arrêt depuis le 15 février, la toiture est bâchée et l'humidité commence à abîmer les murs.

Sans reprise des travaux sous huit jours, notre avocat engagera une procédure devant le tribunal judiciaire pour obtenir l'exécution du contrat et des dommages et intérêts.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.
Bernard et Hélène Lefèvre""")

C("theatre", "fr", "billing_dispute", "Claire Moreau <claire.moreau@courriel.example>",
  "Prélèvement en double",
  """Bonjour,

j'ai réservé deux places pour Carmen le 14 mars (réf. OP-55120) et ma carte a été débitée deux fois de 136 €. Merci de me rembourser le second débit.

Cordialement,
Claire Moreau""")

C("mealkit", "fr", "cancellation_threat severe_dissatisfaction", "Julien Garnier <julien.garnier@boitemail.example>",
  "Colis de cette semaine",
  """Franchement c'est n'importe quoi. Légumes pourris, sauce manquante, et le livreur a laissé le carton sous la pluie. C'est honteux pour le prix. Encore une livraison comme ça et je résilie, point.""")

C("library", "fr", "outage technical_issue", "Sophie Lambert <sophie.lambert@courriel.example>",
  "Plus rien ne marche",
  """Bonsoir, depuis ce matin impossible de se connecter à la médiathèque numérique, ni sur le site ni sur l'appli : « Erreur 503 ». Mes collègues ont le même souci. C'est en panne pour tout le monde ?""")

C("elevator", "fr", "safety technical_issue", "Syndic Martin & Fils <gestion@martin-syndic.example>",
  "Ascenseur résidence Les Acacias – chute",
  """Bonjour,

ce matin, l'ascenseur de la résidence Les Acacias s'est arrêté environ 30 cm sous le niveau du palier du 3e étage, les portes se sont ouvertes quand même et une résidente est tombée en sortant. Elle s'est fracturé le poignet. L'appareil est mis à l'arrêt.

Nous attendons l'intervention d'un technicien aujourd'hui et un rapport écrit.

Cordialement,
Élodie Martin
Gestionnaire de copropriété""", trap="job_title")

C("survey", "fr", "regulatory", "Nadia Benali <nadia.benali@boitemail.example>",
  "Suppression de mes données",
  """Bonjour,

j'ai demandé la suppression de mon compte et de mes données le 6 janvier. Je reçois toujours vos invitations à des sondages. J'ai déposé une plainte auprès de la CNIL ce jour.

Nadia Benali""")

C("parking", "fr", "billing_dispute broken_promise", "Philippe Girard <philippe.girard@courriel.example>",
  "Badge télépéage – frais contestés",
  """Bonjour,

votre relevé de février me facture 12 passages au péage de l'A-Nord alors que mon badge était dans le tiroir (j'étais en arrêt maladie). Au téléphone, votre conseiller m'a assuré le 3 mars que les 84,60 € seraient recrédités sous 10 jours. Rien n'a été recrédité.

Philippe Girard""")

C("tattoo", "fr", "safety", "Camille Rousseau <camille.rousseau@boitemail.example>",
  "Réaction après mon piercing",
  """Bonjour, depuis mon piercing au nombril chez vous samedi, j'ai une grosse réaction : rouge, gonflé, de la fièvre hier soir. Le médecin pense à une allergie au bijou (il dit que ce n'est pas du titane). Pouvez-vous me dire exactement quel métal a été utilisé ? Merci. Camille""")

C("crowdfunding", "fr", "media_threat", "Antoine Mercier <a.mercier@lejournal-ouest.example>",
  "Demande d'interview – projets non livrés",
  """Bonjour,

Je suis journaliste au Journal de l'Ouest et je prépare un article sur les campagnes de financement participatif non livrées. Plusieurs contributeurs de la campagne « VéloCargo » m'ont contacté. Pourriez-vous répondre à quelques questions sur votre politique de remboursement d'ici vendredi ?

Bien cordialement,
Antoine Mercier""", note="journalist inquiry")

C("printer", "fr", "cancellation_threat technical_issue", "Isabelle Fontaine <i.fontaine@fontaine-notaires.example>",
  "Copieur en panne permanente",
  """Bonjour,

notre copieur affiche « bourrage papier » toutes les dix pages depuis son installation il y a deux mois. Votre technicien est passé trois fois sans résultat. Si la machine n'est pas remplacée d'ici fin avril, nous mettrons fin au contrat de location et nous irons voir un concurrent.

Isabelle Fontaine
Office notarial Fontaine""", note="three technician visits, not three contacts by the customer")

C("camping", "fr", "severe_dissatisfaction", "Marc Dubois <marc.dubois@courriel.example>",
  "Séjour au camping des Pins",
  """Sanitaires sales, eau froide, bruit jusqu'à 3h du matin sans que personne n'intervienne. C'est un scandale absolu, nos pires vacances depuis vingt ans. Inadmissible.""")

C("pharmacy", "fr", "broken_promise repeat_contact", "Yvette Charpentier <yvette.charpentier@boitemail.example>",
  "Lit médicalisé – troisième relance",
  """Bonjour,

c'est la troisième fois que je vous écris pour le lit médicalisé de mon mari. On nous avait promis une livraison le 10 mars, puis le 17. Il dort toujours dans le fauteuil.

Yvette Charpentier""")

C("pet", "fr", "discrimination_harassment", "Karim Haddad <karim.haddad@courriel.example>",
  "Comportement d'une toiletteuse",
  """Bonjour, quand je suis venu chercher ma chienne, la toiletteuse a dit à sa collègue, assez fort pour que j'entende, qu'elle « ne voulait plus de clients comme ça » en me regardant, puis a refusé de me parler. Ce n'est pas la première fois qu'on me traite comme ça à cause de mes origines, mais de la part d'un commerce où je suis client depuis 4 ans, ça fait mal. Karim""")

C("chess", "fr", "feature_request", "Lucie Perrin <lucie.perrin@boitemail.example>",
  "Suggestion",
  """Bonjour ! Ce serait bien de pouvoir jouer des parties par correspondance avec plusieurs jours par coup. Beaucoup de mes amis le demandent. Merci pour le site, il est top.""")

C("rental", "fr", "billing_dispute", "Gérard Vidal <gerard.vidal@vidal-cabinet.example>",
  "Facture fontaine à eau",
  """Bonjour, sur la facture FA-2025-311 vous facturez 3 mois de location (117 €) alors que la fontaine a été restituée le 31 janvier, bon de reprise à l'appui. Merci d'établir un avoir. G. Vidal""")

C("artshop", "fr", "billing_dispute high_value_order", "Mathilde Renaud <mathilde.renaud@conservatoire-sud.example>",
  "Commande CS-2025-09 – instruments manquants",
  """Madame, Monsieur,

notre commande CS-2025-09 (12 clarinettes, 8 flûtes traversières et 4 saxophones, pour un total de 23 480,00 €) a été livrée incomplète : les 4 saxophones manquent et aucun avis de livraison partielle ne nous a été adressé. La facture, elle, porte sur la totalité.

Merci de nous indiquer la date de livraison des saxophones ou d'émettre une facture rectifiée.

Mathilde Renaud
Conservatoire du Sud""", note="23 480,00 € order; invoiced in full for a partial delivery")

C("charity", "fr", "security_incident", "Paul Besson <paul.besson@courriel.example>",
  "Mail suspect à vos donateurs",
  """Bonjour, plusieurs donateurs de notre association ont reçu un courriel envoyé depuis votre adresse officielle, leur demandant de « confirmer leur IBAN » sur un site inconnu. Votre messagerie a-t-elle été piratée ? Paul Besson, trésorier de l'association Les Amis du Canal""")

C("bicycle", "fr", "manager_request technical_issue", "Éric Fabre <eric.fabre@boitemail.example>",
  "Réparation du vélo cargo",
  """Bonjour, je voudrais parler à un responsable de l'atelier, pas au vendeur. Mon vélo cargo est revenu avec le même bruit au pédalier après 2 réparations payées. Merci de me rappeler au 555-0161.""", note="same noise after two repairs = still broken")

C("construction", "fr", "corporate_contact_request", "Dominique Leroy <dominique.leroy@courriel.example>",
  "Coordonnées du siège",
  """Bonjour,

pourriez-vous me communiquer l'adresse postale de votre siège social ainsi que le contact de votre service juridique ? Je souhaite adresser un courrier recommandé concernant les malfaçons de notre extension.

Dominique Leroy""", note="malfaçons: non-technical construction defects, no further trigger")

C("theatre", "fr", "executive_contact", "Françoise Aubert <francoise.aubert@courriel.example>",
  "Abonnement – courrier à votre directeur",
  """Madame, Monsieur,

abonnée depuis trente ans, je viens d'écrire au directeur général de l'Opéra pour lui dire ce que je pense de la suppression des tarifs seniors. Je vous mets en copie par courtoisie.

Françoise Aubert""")

C("survey", "fr", "data_loss technical_issue", "Hugo Lemaire <hugo.lemaire@boitemail.example>",
  "Mes points ont disparu",
  """bonjour mes 8 400 points ont disparu du compte depuis la mise à jour de l'appli, le solde affiche 0 et l'historique est vide. je n'ai rien échangé. merci de regarder""")

C("parking", "fr", "security_incident", "Sandrine Roux <sandrine.roux@courriel.example>",
  "Connexion inconnue sur mon compte",
  """Bonjour, j'ai reçu une alerte de connexion à mon espace client depuis un appareil que je n'ai jamais possédé, à 4h du matin. Mon adresse de facturation a été modifiée. Je n'ai rien fait de tout ça. Merci de bloquer le compte.""")

C("mealkit", "fr", "media_threat safety", "Léa Marchand <lea.marchand@boitemail.example>",
  "Morceau de plastique",
  """Un morceau de plastique dur dans la purée de la box enfant, mon fils de 3 ans a failli s'étouffer. J'ai gardé la barquette. Si je n'ai pas de réponse demain, la photo part sur Facebook et au journal local.""")

C("elevator", "fr", "repeat_contact outage technical_issue", "Thierry Blanc <thierry.blanc@blanc-immo.example>",
  "Ascenseurs tour B – 4e message",
  """Bonjour, quatrième message depuis lundi. Les trois ascenseurs de la tour B sont bloqués depuis lundi matin, écran « HORS SERVICE », 14 étages. Aucun technicien n'est venu.
Thierry Blanc""")

C("library", "fr", "feature_request", "Martine Guérin <martine.guerin@courriel.example>",
  "Idée",
  """Bonjour, il serait vraiment pratique de pouvoir réserver un livre numérique déjà emprunté et être prévenue par SMS quand il est disponible. Merci !""")

C("tattoo", "fr", "legal_threat billing_dispute", "Romain Chevalier <romain.chevalier@boitemail.example>",
  "Acompte non remboursé",
  """Votre studio a annulé mon rendez-vous du 8 mars, pas moi, et refuse de me rendre les 150 € d'acompte. Je vous laisse jusqu'à vendredi, après quoi je saisis le tribunal de proximité.""")

C("crowdfunding", "fr", "cancellation_threat", "Nicolas Petit <nicolas.petit@boitemail.example>",
  "Frais de plateforme",
  """Bonjour, vous avez augmenté vos frais de 5 à 8 % sans préavis en pleine campagne. Pour notre prochain projet nous partirons sur une autre plateforme, et nous fermerons notre compte créateur à la fin de celle-ci.""")

C("pharmacy", "fr", "manager_request severe_dissatisfaction", "Geneviève Roy <genevieve.roy@courriel.example>",
  "Je veux parler à quelqu'un de responsable",
  """Trois semaines sans les poches de stomie de ma mère, et au téléphone on me répond « c'est pas moi qui gère ». C'est honteux, une honte absolue quand il s'agit de soins. Je veux parler à votre supérieur.""", note="missing medical supplies is not safety by itself")

C("bicycle", "fr", "corporate_contact_request executive_contact technical_issue", "Laurent Picard <laurent.picard@courriel.example>",
  "Adresse mail du PDG",
  """Bonjour, merci de me donner l'adresse e-mail de votre PDG. Je compte lui écrire directement au sujet de la garantie refusée sur mon cadre fissuré. Laurent Picard""", note="asks for PDG e-mail to write to him; cracked frame = product defect")

C("charity", "fr", "media_threat", "Agnès Muller <agnes.muller@boitemail.example>",
  "Frais sur mes dons",
  """Bonjour, je découvre que 9 % de mes dons partent en frais de plateforme, ce qui n'était écrit nulle part quand j'ai commencé. Je vais en parler sur mon blog et sur les réseaux, beaucoup de gens donnent via vous sans le savoir.""")

C("rental", "fr", "safety technical_issue", "Olivier Caron <olivier.caron@courriel.example>",
  "Machine à café – décharge électrique",
  """Bonjour, ma collègue a pris une décharge électrique en touchant la buse vapeur de la machine louée chez vous. Elle va bien mais elle a eu très peur. Nous avons débranché la machine. Merci d'envoyer quelqu'un rapidement.""")

C("camping", "fr", "broken_promise", "Anne Lebrun <anne.lebrun@boitemail.example>",
  "Remboursement annulation",
  """Bonjour, suite à l'annulation de notre séjour à cause de l'inondation du camping, vous nous aviez promis par écrit le 2 février un remboursement sous 30 jours. Nous sommes le 20 mars et nous n'avons rien reçu. Merci.""")

C("printer", "fr", "repeat_contact", "Stéphane Noël <stephane.noel@noel-transport.example>",
  "Relevé compteur",
  """Bonjour, je vous ai déjà envoyé deux fois le relevé compteur demandé, et je vous le renvoie une troisième fois en pièce jointe. Pouvez-vous confirmer la réception cette fois ?""")

# French hard negatives

C("elevator", "fr", "", "Patrick Morel <patrick.morel@morel-gestion.example>",
  "Contrat d'entretien",
  """Bonjour,

je suis le nouveau responsable technique de la résidence Le Parc et je reprends le suivi de votre contrat d'entretien. Pouvez-vous m'envoyer le calendrier des visites pour 2025 ?

Patrick Morel
Responsable technique""", trap="job_title")

C("theatre", "fr", "", "Hélène Bertrand <helene.bertrand@courriel.example>",
  "Re: Échange de billets",
  """Merci beaucoup, l'échange pour le 22 avril me convient parfaitement.

Hélène

Le ven. 14 mars 2025 à 10:22, Support <support@example.test> a écrit :
> Madame Bertrand, nous pouvons vous proposer le 22 avril.
>
> Le jeu. 13 mars 2025 à 19:03, Hélène Bertrand a écrit :
>> C'est inadmissible ! Troisième mail sans réponse. Si je n'ai pas de
>> solution, je saisis mon avocat et je le raconte sur Twitter.
""", trap="quoted_threat", note="French attribution; threats only quoted", shape="alt")

C("mealkit", "fr", "", "Chloé Robin <chloe.robin@boitemail.example>",
  "Politique de remboursement",
  """Bonjour, quelle est votre politique de remboursement si un ingrédient manque dans la box ? Je n'ai pas de souci pour l'instant, c'est juste pour savoir. Merci !""", trap="policy_question")

C("chess", "fr", "", "Mathieu Lacroix <mathieu.lacroix@courriel.example>",
  "Export des parties",
  """Bonjour, est-ce qu'on peut exporter ses parties au format PGN ? Merci d'avance.""", trap="feature_exists_question")

C("library", "fr", "", "Jacqueline Faure <jacqueline.faure@boitemail.example>",
  "Un peu déçue",
  """Bonjour, je suis un peu déçue qu'il n'y ait pas plus de romans en gros caractères dans le catalogue numérique, mais bon, je comprends. Bonne journée. J. Faure""", trap="mild_disappointment")

C("construction", "fr", "", "Vincent Gauthier <vincent.gauthier@gauthier-sarl.example>",
  "Devis extension",
  """Bonjour,

nous souhaitons un devis pour une extension de 40 m² avec toit-terrasse. Budget envisagé : environ 95 000 €. Disponibles pour une visite à partir du 15 avril.

Cordialement,
Vincent Gauthier
Directeur commercial

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Toute utilisation non autorisée est interdite et peut donner lieu à des poursuites.""", trap="disclaimer", note="'poursuites' only in disclaimer; Directeur commercial is a title; big amount no problem")

C("pet", "fr", "", "Audrey Lemoine <audrey.lemoine@courriel.example>",
  "Merci !",
  """Un grand merci à Inès pour le toilettage de Pepito, il est magnifique ! On reprend rendez-vous dans deux mois. Audrey""", trap="thanks")

C("survey", "fr", "", "Benoît Colin <benoit.colin@boitemail.example>",
  "Question sur les points",
  """Bonjour, mon frère dit qu'il porterait plainte si ses points expiraient, moi je voudrais juste savoir : est-ce que les points ont une date d'expiration ? Merci""", trap="reported_speech")

C("parking", "fr", "", "Valérie Mathieu <valerie.mathieu@courriel.example>",
  "Deuxième message – badge",
  """Bonjour, c'est mon deuxième message, je crois que le premier n'est pas arrivé : je voudrais un deuxième badge télépéage pour la voiture de mon mari. Comment faire ? Merci""", trap="second_email")

C("crowdfunding", "fr", "", "Thomas Rey <thomas.rey@rey-studio.example>",
  "Rapport pour notre PDG",
  """Bonjour, notre PDG souhaite un récapitulatif des contributions par pays pour le conseil d'administration de lundi. Comment l'obtenir depuis le tableau de bord ? Merci, Thomas""", trap="own_ceo")

C("bicycle", "fr", "", "Simone Arnaud <simone.arnaud@boitemail.example>",
  "Tr : Fwd: devis réparation",
  """Bonjour, je vous transfère le message ci-dessous, c'est bon maintenant, le vélo roule parfaitement. Merci à l'atelier !

---------- Message transféré ---------
De : Simone Arnaud <simone.arnaud@boitemail.example>
Date : lun. 3 mars 2025 à 09:12
Objet : devis réparation
À : atelier@veloplus.example

Je suis furieuse, le vélo est revenu avec les freins qui frottent, c'est la pire réparation de ma vie. Je veux être remboursée !
""", trap="forwarded", note="anger only in forwarded part")

C("camping", "fr", "", "Jean-Luc Perrot <jean-luc.perrot@courriel.example>",
  "Annulation",
  """Bonjour, si jamais nous devions annuler notre séjour de juillet, quels seraient les frais ? Nous n'avons pas l'intention d'annuler, c'est juste par précaution. Cordialement""", trap="hypothetical")

C("tattoo", "fr", "", "Manon Giraud <manon.giraud@boitemail.example>",
  "Soins après tatouage",
  """Coucou, combien de temps je dois mettre la crème après le tatouage et est-ce que je peux aller au hammam ? Merci !""", trap="howto")

C("artshop", "fr", "", "Pierre-Yves Marchal <py.marchal@orchestre-est.example>",
  "Commande de harpe",
  """Bonjour,

notre orchestre souhaite commander une harpe de concert (budget 32 000 €). Pouvez-vous nous envoyer une offre avec les délais de livraison ? Aucune urgence.

Pierre-Yves Marchal
Responsable des achats""", trap="big_amount_no_problem", note="also responsable as title")

C("rental", "fr", "", "Danielle Hubert <danielle.hubert@courriel.example>",
  "RGPD",
  """Bonjour, votre service est-il conforme au RGPD ? Notre DPO demande votre accord de sous-traitance avant de signer le contrat de location. Merci.""", trap="policy_question")

C("pharmacy", "fr", "", "Robert Lemaire <robert.lemaire@boitemail.example>",
  "Horaires et téléphone",
  """Bonjour, quel est votre numéro de téléphone pour les commandes et à quelle heure passe le livreur le samedi ? Merci beaucoup.""", trap="policy_question")

C("charity", "fr", "", "Élise Marchetti <elise.marchetti@courriel.example>",
  "Reçu fiscal",
  """Bonjour, je ne vais pas me plaindre, tout se passe bien, mais je n'ai pas encore reçu mon reçu fiscal 2024. Pourriez-vous me le renvoyer ? Merci.""", trap="negation")
# ========================================================================================
# SPANISH


C("construction", "es", "legal_threat high_value_order", "Javier Ortega <javier.ortega@correo.example>",
  "Reforma calle Olivo 8 – obra paralizada",
  """Estimados señores:

El pasado octubre firmamos con ustedes el contrato de reforma integral de nuestra vivienda en la calle Olivo 8, por importe de 58.750 €. Desde el 20 de febrero no aparece nadie por la obra, la cocina está sin terminar y hay cables sueltos en el salón.

Si en diez días no se reanudan los trabajos, mi abogado presentará la demanda correspondiente.

Atentamente,
Javier Ortega""")

C("parking", "es", "billing_dispute", "Lucía Fernández <lucia.fernandez@buzon.example>",
  "Cobro duplicado abono parking",
  """Hola, este mes me han cobrado dos veces la cuota del abono del parking (2 x 65 €). Por favor devuélvanme uno de los cargos. Gracias, Lucía""")

C("mealkit", "es", "cancellation_threat", "Andrés Molina <andres.molina@correo.example>",
  "Cajas incompletas",
  """Hola. Tercera caja seguida a la que le falta algo (esta vez la carne, que es lo más caro). Si la próxima viene igual me doy de baja y me paso a otra empresa.""", note="'tercera caja' counts boxes, not contacts")

C("library", "es", "data_loss technical_issue", "Carmen Ruiz <carmen.ruiz@buzon.example>",
  "Han desaparecido mis préstamos y listas",
  """Buenas tardes:

Desde la actualización de la aplicación han desaparecido todas mis listas de lectura y el historial de préstamos de los últimos tres años. La app dice que no tengo ningún libro. ¿Se pueden recuperar?

Un saludo,
Carmen Ruiz""")

C("elevator", "es", "safety technical_issue", "Comunidad de Propietarios Mar Azul <administracion@marazul-cp.example>",
  "Ascensor portal 2 – vecino atrapado y herido",
  """Buenos días:

Ayer por la tarde el ascensor del portal 2 bajó de golpe dos plantas con un vecino dentro. El hombre, de 70 años, se golpeó la cabeza y tuvo que ir a urgencias. Hemos precintado el ascensor.

Necesitamos que venga un técnico hoy mismo y un informe por escrito.

Administración CP Mar Azul""")

C("survey", "es", "regulatory", "Marta Gil <marta.gil@correo.example>",
  "Reclamación ante la AEPD",
  """Hola:

Solicité la baja y la supresión de mis datos en diciembre y siguen enviándome encuestas y SMS. He presentado hoy una reclamación ante la Agencia Española de Protección de Datos.

Marta Gil""")

C("tattoo", "es", "discrimination_harassment", "Daniela Castro <daniela.castro@buzon.example>",
  "Trato recibido en el estudio",
  """Hola, el sábado fui a vuestro estudio del centro a hacerme un piercing. El perforador me estuvo tocando el brazo y la cintura sin motivo y me dijo cosas sobre mi cuerpo que me hicieron sentir muy incómoda. Cuando le pedí que parara se rió. Quiero que lo sepáis.""")

C("pharmacy", "es", "broken_promise", "Rosa Delgado <rosa.delgado@correo.example>",
  "Silla de ruedas para mi padre",
  """Buenas, el lunes me dijeron por teléfono que la silla de ruedas de mi padre llegaría el miércoles sin falta. Hoy es viernes y no ha llegado nadie ni me han llamado. Mi padre sale del hospital mañana.""")

C("crowdfunding", "es", "media_threat", "Sergio Navarro <sergio.navarro@elcronista.example>",
  "Consulta de prensa",
  """Buenos días:

Soy periodista de El Cronista y estoy preparando un reportaje sobre campañas de micromecenazgo que no han entregado las recompensas. ¿Podrían indicarme cuántas campañas tienen actualmente abiertas reclamaciones de los mecenas y qué medidas toman?

Un saludo,
Sergio Navarro""", note="journalist inquiry")

C("printer", "es", "high_value_order technical_issue", "Alberto Sanz <alberto.sanz@sanz-graficas.example>",
  "Impresora de producción averiada",
  """Buenos días,

la impresora de producción que tenemos en renting (contrato RG-4410, valor total 96.000 euros) lleva dos días dando el error «Fusor 0x45» y no imprime. Tenemos pedidos parados. Necesitamos un técnico urgentemente.

Alberto Sanz
Gerente""", trap="job_title")

C("camping", "es", "severe_dissatisfaction", "Pilar Romero <pilar.romero@buzon.example>",
  "Nuestra estancia",
  """Baños sucios, agua fría, música hasta las 4 y la recepción cerrada. UNA VERGÜENZA. Nunca en mi vida he pagado tanto por algo tan lamentable.""")

C("chess", "es", "feature_request", "Diego Herrera <diego.herrera@correo.example>",
  "Sugerencia",
  """Hola, estaría genial que añadierais un modo de entrenamiento de finales con las posiciones clásicas (Lucena, Philidor…). Yo pagaría más por eso. ¡Gracias!""")

C("rental", "es", "billing_dispute cancellation_threat", "Elena Vargas <elena.vargas@vargas-asesores.example>",
  "Factura dispensador de agua",
  """Hola, en la factura de marzo nos cobran 89 € de «mantenimiento extraordinario» que nadie nos ha hecho. Si no lo anulan, no renovaremos el contrato en junio.""")

C("bicycle", "es", "severe_dissatisfaction broken_promise", "Raúl Medina <raul.medina@buzon.example>",
  "Mi bici lleva un mes en el taller",
  """Me dijeron «una semana». Lleva un mes. Cada vez que llamo me dicen «mañana está». Es una tomadura de pelo, un desastre absoluto, no me había pasado nunca con ningún taller.""")

C("pet", "es", "safety", "Beatriz León <beatriz.leon@correo.example>",
  "Mordisco en la guardería canina",
  """Hola, ayer al recoger a mi perra en vuestra guardería, otro perro suelto en la recepción me mordió en la mano. Tengo cuatro puntos. Nadie del personal estaba en la recepción. Tenéis que controlar eso antes de que le pase a un niño.""")

C("theatre", "es", "manager_request", "Ignacio Prieto <ignacio.prieto@buzon.example>",
  "Entradas para grupo",
  """Buenas, quiero hablar con un supervisor de taquilla, no con el chat. Me han vendido 12 entradas para una función que, según ahora me dicen, es solo para abonados. Ignacio Prieto""")

C("charity", "es", "executive_contact corporate_contact_request", "Concepción Ibáñez <concepcion.ibanez@correo.example>",
  "Quiero escribir a la dirección",
  """Buenas tardes:

Llevo diez años donando a través de su plataforma y no me gusta nada cómo se ha gestionado el cambio de comisiones. Les ruego que me faciliten la dirección de correo del director general, porque quiero escribirle personalmente.

Concepción Ibáñez""")

C("library", "es", "outage technical_issue", "Tomás Aguilar <tomas.aguilar@buzon.example>",
  "No funciona nada",
  """Hola, desde anoche no puedo entrar en la biblioteca digital ni desde el móvil ni desde el ordenador, sale «Error 502». Mis compañeros de club de lectura tampoco. ¿Está caído el servicio?""")

C("survey", "es", "security_incident", "Nuria Castillo <nuria.castillo@correo.example>",
  "Alguien ha entrado en mi cuenta",
  """Hola, alguien ha cambiado el correo de pago de mi cuenta y ha canjeado mis puntos por tarjetas regalo esta madrugada. Yo no he sido. Veo un inicio de sesión desde un dispositivo que no es mío. Bloqueen la cuenta por favor.""")

C("construction", "es", "media_threat severe_dissatisfaction", "Francisco Rubio <francisco.rubio@buzon.example>",
  "Daños en mi fachada",
  """Sus operarios han roto la fachada de mi casa al montar el andamio del vecino y se han ido sin decir nada. Es indignante, una falta de respeto total. Ya he grabado un vídeo y lo voy a subir a las redes y a mandarlo al programa de reclamaciones de la tele si esta semana no viene nadie.""")

C("artshop", "es", "high_value_order broken_promise", "Gabriela Santos <gabriela.santos@escuela-musica.example>",
  "Pedido de pianos digitales",
  """Hola:

Nuestra escuela encargó 20 pianos digitales (pedido EM-2025-07, 18.400,00 €). Su comercial nos aseguró por escrito la entrega antes del 1 de marzo. Aún no ha llegado ninguno y no nos responden.

Gabriela Santos
Directora""", trap="job_title")

C("mealkit", "es", "safety", "Óscar Vidal <oscar.vidal@correo.example>",
  "Alergia",
  """Hola, el plato de «pollo sin frutos secos» llevaba anacardos en la salsa. Mi hijo es alérgico y acabamos anoche en urgencias con una reacción. Está bien ya, pero esto es muy grave.""")

C("crowdfunding", "es", "regulatory legal_threat", "Ana Morales <ana.morales@buzon.example>",
  "Campaña «EcoMochila»",
  """Buenas:

Aporté 220 € a la campaña EcoMochila hace un año y el creador ha desaparecido. He puesto una reclamación en consumo y mi abogada está estudiando emprender acciones legales contra ustedes como plataforma.

Ana Morales""")

C("parking", "es", "outage technical_issue", "Jorge Campos <jorge.campos@correo.example>",
  "barreras",
  """hola las barreras del parking de la estacion no abren desde las 7 y los cajeros ponen fuera de servicio, la app no carga, hay una cola enorme, hagan algo""")

C("printer", "es", "repeat_contact broken_promise", "Silvia Reyes <silvia.reyes@reyes-abogados.example>",
  "Técnico – cuarto aviso",
  """Buenos días, es el cuarto correo que les envío por la fotocopiadora de recepción. El día 4 me prometieron un técnico «antes del viernes». Nadie ha venido.

Silvia Reyes

Reyes Abogados · Este mensaje es confidencial. Si lo ha recibido por error, notifíquelo al remitente y elimínelo. Cualquier uso no autorizado podrá dar lugar a acciones legales.""", trap="disclaimer", note="'acciones legales' only in disclaimer; law firm is customer")

C("pharmacy", "es", "billing_dispute", "Manuel Serrano <manuel.serrano@buzon.example>",
  "Cargo incorrecto",
  """Hola, me han cargado 42,50 € por unas medias de compresión que iban con receta y son gratuitas. Además no las pedí yo. Solicito la devolución del cargo.""")

C("elevator", "es", "corporate_contact_request", "Luis Cabrera <luis.cabrera@cabrera-fincas.example>",
  "Datos de la sede central",
  """Buenos días, necesito la dirección postal de su sede central y el teléfono de la dirección de la empresa, no el de averías. Vamos a presentar una queja formal por el servicio en nuestras fincas. Luis Cabrera, administrador de fincas""")

C("tattoo", "es", "repeat_contact", "Marina Flores <marina.flores@correo.example>",
  "Otra vez: diseño",
  """Es la tercera vez que os escribo para que me mandéis el boceto del tatuaje que pagué. ¿Me lo podéis enviar ya?""")

C("chess", "es", "cancellation_threat billing_dispute", "Pablo Iglesias Mora <pablo.im@buzon.example>",
  "Me habéis cobrado la renovación",
  """Desactivé la renovación automática en enero (tengo la captura) y me habéis cobrado 59,99 € igualmente. Devolvedlo o lo reclamo al banco y me voy para siempre.""", note="chargeback threat + leaving")

C("bicycle", "es", "discrimination_harassment", "Hassan Amrani <hassan.amrani@correo.example>",
  "El mecánico",
  """Hola, cuando fui a recoger mi bici el mecánico me dijo delante de otros clientes que «los moros siempre regatean» y que pagara o me fuera. Nunca me habían tratado así en una tienda.""")

C("theatre", "es", "media_threat cancellation_threat", "Elvira Soler <elvira.soler@buzon.example>",
  "Abono de temporada",
  """Llevo 15 años de abonada y este año me han cambiado de butaca sin avisar. No renovaré el abono, y lo contaré en mi columna del periódico local de la semana que viene.""")

C("rental", "es", "safety technical_issue", "Fernando Castaño <fernando.castano@correo.example>",
  "Cafetera – humo",
  """Hola, la cafetera que nos alquilaron empezó a echar humo por detrás esta mañana y el enchufe está ennegrecido. La hemos desenchufado. Por favor, vengan a retirarla.""")

C("camping", "es", "high_value_order", "Ramón Esteban <ramon.esteban@buzon.example>",
  "Alquiler autocaravana – reserva 4471",
  """Hola, reservamos la autocaravana grande para julio y agosto (reserva 4471, importe total 7.950 €, pagado el 50 %). Ahora nos dicen que «por error» la han alquilado a otros y nos ofrecen un modelo más pequeño. Necesito una solución ya, tenemos todo el viaje organizado.""")

# Spanish hard negatives

C("elevator", "es", "", "Antonio Jiménez <antonio.jimenez@jimenez-fincas.example>",
  "Revisión anual",
  """Buenos días, soy el gerente de la comunidad de propietarios Los Almendros. ¿Me pueden indicar la fecha de la revisión anual de los dos ascensores? Gracias.
Antonio Jiménez
Gerente""", trap="job_title")

C("mealkit", "es", "", "Isabel Cruz <isabel.cruz@buzon.example>",
  "RE: Caja de esta semana",
  """Perfecto, muchas gracias por el reembolso, ya lo veo en la cuenta.

Isabel

El mar, 11 mar 2025 a las 12:30, Support (<support@example.test>) escribió:
> Hola Isabel, le hemos reembolsado la caja.
>
> El lun, 10 mar 2025 a las 20:14, Isabel Cruz escribió:
>> Es la tercera vez que os escribo. Es una vergüenza. Si no me devolvéis
>> el dinero me doy de baja y os denuncio en consumo.
""", trap="quoted_threat", note="Spanish attribution; threats only quoted", shape="html")

C("library", "es", "", "Ricardo Peña <ricardo.pena@correo.example>",
  "¿Se puede descargar en Kindle?",
  """Hola, ¿existe la opción de enviar los libros prestados a un Kindle? Gracias.""", trap="feature_exists_question")

C("camping", "es", "", "Teresa Marín <teresa.marin@buzon.example>",
  "Política de cancelación",
  """Hola, ¿cuál es vuestra política de cancelación para las parcelas de agosto? No pensamos cancelar, pero queremos saberlo antes de reservar.""", trap="policy_question")

C("construction", "es", "", "Eduardo Lozano <eduardo.lozano@lozano-sl.example>",
  "Presupuesto nave industrial",
  """Buenos días,

les solicitamos presupuesto para la rehabilitación de la cubierta de nuestra nave (unos 2.000 m²). Contamos con un presupuesto aproximado de 140.000 €. Sin prisa.

Eduardo Lozano
Director general""", trap="big_amount_no_problem")

C("tattoo", "es", "", "Lorena Vega <lorena.vega@correo.example>",
  "Cuidados",
  """Holaa, ¿cuántos días tengo que esperar para ir a la playa después del tatuaje? ¡Gracias!""", trap="howto")

C("pet", "es", "", "Cristina Pascual <cristina.pascual@buzon.example>",
  "Gracias",
  """Muchísimas gracias a Laura por cuidar de Toby este fin de semana, nos mandó fotos y todo. ¡Repetiremos seguro!""", trap="thanks")

C("survey", "es", "", "Alejandro Méndez <alejandro.mendez@correo.example>",
  "Segundo correo",
  """Hola, es mi segundo correo porque no sé si llegó el primero: ¿cómo cambio mi método de pago de PayPal a transferencia? Gracias""", trap="second_email")

C("printer", "es", "", "Paula Domínguez <paula.dominguez@dominguez-asesoria.example>",
  "Contrato",
  """Hola, nuestro director general necesita el contrato de renting de la fotocopiadora para la auditoría. ¿Me podéis mandar una copia en PDF? Gracias, Paula""", trap="own_ceo")

C("chess", "es", "", "Mario Cortés <mario.cortes@buzon.example>",
  "Un poco decepcionado",
  """Hola, me ha decepcionado un poco que el torneo de primavera sea solo blitz, me gustan más las partidas lentas. Nada grave. ¿Habrá alguno de rápidas?""", trap="mild_disappointment")

C("parking", "es", "", "Sofía Guerrero <sofia.guerrero@correo.example>",
  "Hipotético",
  """Hola, si algún día perdiera el ticket del parking, ¿cuánto tendría que pagar? Solo es curiosidad.""", trap="hypothetical")

C("charity", "es", "", "Rafael Nieto <rafael.nieto@buzon.example>",
  "RV: Donación anual",
  """Os reenvío el mensaje de abajo. Ya está todo solucionado, gracias.

-----Mensaje original-----
De: Rafael Nieto <rafael.nieto@buzon.example>
Enviado el: lunes, 3 de marzo de 2025 9:05
Para: Support <support@example.test>
Asunto: Donación anual

Me habéis cobrado la donación anual dos veces. Quiero hablar con un responsable y si no lo arregláis lo reclamo al banco.
""", trap="outlook_block", note="Spanish Outlook block; forwarded subject")

C("artshop", "es", "", "Julia Ramos <julia.ramos@correo.example>",
  "Cuerdas de guitarra",
  """Hola, mi profesor dice que debería quejarme porque las cuerdas se me rompen mucho, jaja, pero creo que es culpa mía. ¿Qué calibre me recomendáis para una clásica de estudio?""", trap="reported_speech")

C("bicycle", "es", "", "Víctor Santana <victor.santana@buzon.example>",
  "Presión de ruedas",
  """Buenas, ¿qué presión recomendáis para las ruedas de 28 mm en carretera? Peso 80 kg. Gracias.""", trap="howto")

C("theatre", "es", "", "Inés Calvo <ines.calvo@correo.example>",
  "Factura entradas",
  """Hola, ¿me podéis enviar la factura de las entradas de la reserva TB-44120 a nombre de mi empresa? No hay ningún problema con la reserva, solo necesito la factura. Gracias.""", trap="negation")

C("rental", "es", "", "Gonzalo Ferrer <gonzalo.ferrer@buzon.example>",
  "Protección de datos",
  """Hola, ¿cumplís con el RGPD? Nuestro delegado de protección de datos pide el contrato de encargado del tratamiento antes de firmar. Gracias.""", trap="policy_question")
# ========================================================================================
# AUTOMATED MAIL (never carries a trigger)

ARH = [("Auto-Submitted", "auto-replied")]

# --- auto-replies ----------------------------------------------------------------------

A("auto_reply", "construction", "en", "Gary Whitmore <gary.whitmore@whitmore-build.example>",
  "Out of Office: Re: [#40211] Site visit 22 Marlow Gardens",
  """Thank you for your email. I am out of the office until Monday 24 March with limited access to email.

For anything urgent on site, please contact our site manager Dave Price on 555-0122. For legal or contractual matters, please write to contracts@whitmore-build.example.

Gary Whitmore""", trap="trigger_words_in_auto", note="no RFC 3834 header; mentions manager/legal",
  hdrs=[("X-MS-Exchange-Organization-AutoReplied", "true")])

A("auto_reply", "library", "en", "Sarah Quill <sarah.quill@northfield-libraries.example>",
  "Automatic reply: Your e-book licence renewal",
  """I'm currently on annual leave, returning on 7 April. Your message has not been forwarded. If your query is about an outage of the lending platform, please see the status page.

Sarah""", hdrs=ARH + [("X-Auto-Response-Suppress", "All")])

A("auto_reply", "printer", "en", "Helpdesk <helpdesk@brightside-legal.example>",
  "[Ticket #BSL-88213] We've received your request",
  """Hello,

This is an automated message to confirm that your request has been received by the Brightside Legal IT helpdesk and has been assigned ticket number BSL-88213.

A member of our team will respond within 2 business days. Please do not reply to this email; replies to this mailbox are not monitored.

Brightside Legal IT Service Desk""", trap="no_rfc3834", note="other helpdesk's acknowledgement without Auto-Submitted")

A("auto_reply", "crowdfunding", "en", "Osei Brewing Co. <hello@oseibrew.example>",
  "Thanks for getting in touch!",
  """Hey there,

Thanks for your email! We're a small team brewing beer and answering mail in between, so it may take us a couple of days to get back to you. If this is about your backer reward, check the FAQ on our campaign page first.

Cheers,
The Osei Brewing crew""", trap="no_rfc3834")

A("auto_reply", "survey", "en", "No Reply <no-reply@panelrewards.example>",
  "This mailbox is not monitored",
  """This mailbox is not monitored and replies are not read. To contact the Panel Rewards team, please use the contact form at the help centre. Complaints about payouts, data protection requests and legal notices cannot be handled via this address.""", trap="trigger_words_in_auto", note="unmonitored-mailbox notice")

A("auto_reply", "elevator", "en", "Priya Natarajan <p.natarajan@harbourview-mgmt.example>",
  "Auto: Re: Lift 2 at Harbourview Court",
  """I am off sick today and will reply when I'm back. For urgent lift breakdowns at Harbourview Court please call the caretaker on 555-0149.

Priya""", trap="trigger_words_in_auto", note="sick-leave notice; mentions breakdowns", hdrs=[("Precedence", "auto_reply")])

A("auto_reply", "charity", "en", "St Mary's Hospice <fundraising@stmarys-hospice.example>",
  "Re: Phishing email using your logo",
  """Thank you for contacting St Mary's Hospice fundraising team. We aim to reply to all messages within five working days.

If you are worried about a suspicious email claiming to be from us, please do not click any links. You can forward it to our team.

This is an automatic response.""", trap="trigger_words_in_auto", note="auto-response that echoes a trigger-like subject; no RFC 3834 header")

A("auto_reply", "theatre", "en", "Mark Delacroix-Hunt <mark.dh@mailbox.example>",
  "Away: Subscription series 2025/26",
  """I'm away at the Salzburg festival until 2 August and checking email rarely. If it's about my column, please contact the arts desk.

Mark""", hdrs=ARH, note="the same address sent a threat elsewhere; this one is a vacation notice")

A("auto_reply", "parking", "de", "Claudia Brandt <claudia.brandt@netzpost.example>",
  "Abwesenheitsnotiz: AW: Schranke geht nicht auf",
  """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 4. April nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an meinen Vorgesetzten, Herrn Klaus Werner (555-0171).

Mit freundlichen Grüßen
Claudia Brandt""", trap="trigger_words_in_auto", note="German out-of-office without RFC 3834; names a supervisor")

A("auto_reply", "construction", "de", "Kundenservice Neubauer GmbH <service@neubauer-gmbh.example>",
  "Eingangsbestätigung Ihrer Anfrage [Vorgang 2025-03-1187]",
  """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Vorgangsnummer 2025-03-1187 erfasst. Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs und melden uns innerhalb von drei Werktagen.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.

Ihr Kundenservice""", trap="no_rfc3834")

A("auto_reply", "pharmacy", "de", "Horst Wagner <horst.wagner@netzpost.example>",
  "Automatische Antwort: Sauerstoffkonzentrator",
  """Ich bin zur Zeit krankgeschrieben und lese meine E-Mails erst ab dem 31.03. wieder. Bei dringenden Anliegen rufen Sie bitte meinen Sohn an: 555-0183.""", note="sick-leave notice", hdrs=ARH)

A("auto_reply", "theatre", "fr", "Françoise Aubert <francoise.aubert@courriel.example>",
  "Réponse automatique : Abonnement – courrier à votre directeur",
  """Bonjour,

je suis absente jusqu'au 15 avril et je n'aurai qu'un accès limité à ma messagerie. Je vous répondrai dès mon retour.

Cordialement,
Françoise Aubert""", trap="no_rfc3834", note="French out-of-office; subject echoes 'directeur'")

A("auto_reply", "printer", "fr", "Office notarial Fontaine <accueil@fontaine-notaires.example>",
  "Accusé de réception",
  """Madame, Monsieur,

nous accusons réception de votre message, qui sera traité dans les meilleurs délais. Cette adresse n'est pas consultée le week-end.

Ceci est un message automatique, merci de ne pas y répondre.

L'équipe de l'office notarial Fontaine""", trap="no_rfc3834")

A("auto_reply", "mealkit", "es", "Andrés Molina <andres.molina@correo.example>",
  "Respuesta automática: Cajas incompletas",
  """Hola, estoy de vacaciones hasta el 21 de abril sin acceso al correo. Para temas urgentes, llamad a mi compañera Marta al 555-0135. ¡Gracias!""", trap="no_rfc3834")

A("auto_reply", "elevator", "es", "Soporte Cabrera Fincas <soporte@cabrera-fincas.example>",
  "Hemos recibido su solicitud [#CF-20931]",
  """Estimado/a cliente:

Hemos recibido su mensaje y lo hemos registrado con el número CF-20931. Nuestro equipo le responderá en un plazo máximo de 48 horas laborables.

Este buzón no admite respuestas. Por favor, no responda a este correo.

Cabrera Fincas – Atención al cliente""", hdrs=[("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes")])

A("auto_reply", "bicycle", "es", "Hassan Amrani <hassan.amrani@correo.example>",
  "Fuera de la oficina: El mecánico",
  """Estoy de baja médica hasta nuevo aviso. Leeré los correos cuando vuelva. Gracias por su paciencia.""", trap="no_rfc3834", note="Spanish sick-leave notice")

# --- bounces -----------------------------------------------------------------------------

A("bounce", "camping", "en", "Mail Delivery System <MAILER-DAEMON@mx1.example.test>",
  "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx1.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<callum.reid@nethome.example>: host mail.nethome.example[198.51.100.23] said:
    550 5.1.1 <callum.reid@nethome.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", return_path="<>", shape="report", hdrs=[("Auto-Submitted", "auto-replied")],
  build=dsn("mx1.example.test", "callum.reid@nethome.example", "5.1.1",
            "550 5.1.1 <callum.reid@nethome.example>: Recipient address rejected: User unknown",
            "Re: [#40388] Tree branch on caravan", remote="mail.nethome.example"),
  note="Postfix DSN; original subject mentions the complaint")

A("bounce", "chess", "en", "Mail Delivery System <Mailer-Daemon@relay.quickmail.example>",
  "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  hugo.lindqvist@quickmail.example
    SMTP error from remote mail server after RCPT TO:<hugo.lindqvist@quickmail.example>:
    host mx.quickmail.example [203.0.113.54]: 550 5.2.1 Mailbox disabled

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
Received: from mx1.example.test ([192.0.2.10])
	by relay.quickmail.example with esmtps (Exim 4.97)
	id 1tQx7A-000Fp2-2b
	for hugo.lindqvist@quickmail.example
From: Support <support@example.test>
To: hugo.lindqvist@quickmail.example
Subject: Re: [#40102] Who actually runs this company?

Hello Hugo,

we have forwarded your message about the fair-play ban to our senior team.

Kind regards
Support
""", return_path="<>", shape="raw7", hdrs=[("X-Failed-Recipients", "hugo.lindqvist@quickmail.example"),
                                          ("Auto-Submitted", "auto-replied")],
  note="Exim plain-text bounce with inline copy")

A("bounce", "survey", "en", "MAILER-DAEMON@mx4.inboxy.example",
  "failure notice",
  """Hi. This is the qmail-send program at mx4.inboxy.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<mei.lin.chow@inboxy.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
Received: (qmail 20931 invoked from network); 14 Mar 2025 10:02:11 -0000
From: Support <support@example.test>
To: mei.lin.chow@inboxy.example
Subject: Re: [#40517] someone is using my panel account

Hello, we have locked your account as requested.
""", return_path="<>", shape="raw7", trap="no_rfc3834", note="qmail bounce, no Auto-Submitted")

A("bounce", "printer", "en", "postmaster@northbank-uni.example",
  "Undeliverable: Re: [#40633] Fleet contract NB-2291",
  """Delivery has failed to these recipients or groups:

ines.carvalho@northbank-uni.example
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:
Generating server: EX01.northbank-uni.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", return_path="<>", shape="report",
  build=dsn("EX01.northbank-uni.example", "ines.carvalho@northbank-uni.example", "5.1.10",
            "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
            "Re: [#40633] Fleet contract NB-2291 - print server unreachable", headers_only=True),
  note="Exchange-style NDR with text/rfc822-headers")

A("bounce", "theatre", "en", "Mail Delivery Subsystem <mailer-daemon@mailbox.example>",
  "Delivery Status Notification (Delay)",
  """** Delivery incomplete **

There was a temporary problem delivering your message to clara.montague@mailbox.example. We'll retry for 46 more hours. You'll be notified if the delivery fails permanently.

The response was:
452 4.2.2 The email account that you tried to reach is over quota.
""", return_path="<>", shape="report",
  build=dsn("mailbox.example", "clara.montague@mailbox.example", "4.2.2",
            "452 4.2.2 The email account that you tried to reach is over quota",
            "Re: [#40719] Booking ref TB-228190", action="delayed", headers_only=True),
  note="delayed DSN")

A("bounce", "mealkit", "en", "Feedback Loop <fbl@mailbox.example>",
  "Abuse report",
  """This is an email abuse report for an email message received from IP 192.0.2.10 on Tue, 18 Mar 2025 09:14:22 +0000. A recipient marked this message as spam.
""", return_path="<>", shape="report", build=arf("192.0.2.10", "zoe.hartigan@fastpost.example",
                                                  "Re: [#40802] broken glass in the pesto"),
  note="ARF feedback report")

A("bounce", "elevator", "de", "Mail Delivery System <MAILER-DAEMON@mx.netzpost.example>",
  "Unzustellbar: AW: Anschrift Geschäftsführung",
  """Ihre Nachricht konnte nicht zugestellt werden.

Der Empfänger w.berger@berger-immobilien.example ist unbekannt oder das Postfach ist deaktiviert.

Diese Nachricht wurde automatisch erstellt.
""", return_path="<>", shape="report",
  build=dsn("mx.netzpost.example", "w.berger@berger-immobilien.example", "5.1.1",
            "550 5.1.1 Empfaenger unbekannt", "AW: Anschrift Geschäftsführung"),
  note="German DSN; subject echoes a corporate contact request")

A("bounce", "construction", "fr", "MAILER-DAEMON <MAILER-DAEMON@mx.courriel.example>",
  "Non remis : Re: Chantier rue des Tilleuls – mise en demeure",
  """Votre message n'a pas pu être remis aux destinataires suivants :

bernard.lefevre@courriel.example
Boîte aux lettres pleine. Le message sera renvoyé à l'expéditeur.
""", return_path="<>", shape="report",
  build=dsn("mx.courriel.example", "bernard.lefevre@courriel.example", "5.2.2",
            "552 5.2.2 Mailbox full", "Re: Chantier rue des Tilleuls – mise en demeure"),
  note="French NDR; original subject has 'mise en demeure'")

A("bounce", "parking", "es", "Sistema de entrega de correo <MAILER-DAEMON@mx.buzon.example>",
  "No se puede entregar: Re: Cobro duplicado abono parking",
  """No se ha podido entregar el mensaje a los siguientes destinatarios:

lucia.fernandez@buzon.example
El servidor de destino rechazó el mensaje: usuario desconocido.
""", return_path="<>", shape="report",
  build=dsn("mx.buzon.example", "lucia.fernandez@buzon.example", "5.1.1",
            "550 5.1.1 usuario desconocido", "Re: Cobro duplicado abono parking"),
  note="Spanish DSN")

# --- list / newsletter ------------------------------------------------------------------

A("list", "chess", "en", "ChessClub Weekly <newsletter@chessclub-news.example>",
  "This week: the Spring Open, new puzzles and a word from our CEO",
  """Hi there,

The Spring Open is back! Register by Friday to play for a $1,000 first prize.

A word from our CEO: "We heard you. Puzzle Rush had some hiccups this month and our engineers have rolled out a fix. Thank you for your patience."

New this week: 500 endgame puzzles, and a dark mode for the Android app.

You're receiving this because you subscribed to ChessClub Weekly. Unsubscribe: https://chessclub-news.example/u/8812""",
  hdrs=[("List-Id", "ChessClub Weekly <weekly.chessclub-news.example>"),
        ("List-Unsubscribe", "<https://chessclub-news.example/u/8812>, <mailto:unsubscribe@chessclub-news.example>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
  shape="report", build=alt_list, trap="trigger_words_in_auto", note="newsletter mentions CEO and outage fix")

A("list", "crowdfunding", "en", "Creators Forum <creators@lists.example.test>",
  "[creators] Payout delays - anyone else?",
  """Has anyone else had their payout stuck on "processing" for more than 30 days? Ours is at 41 days. Thinking about writing to the press about it.

-- 
Ruth K.

_______________________________________________
creators mailing list
creators@lists.example.test
https://lists.example.test/mailman/listinfo/creators""",
  hdrs=[("List-Id", "Independent creators discussion <creators.lists.example.test>"),
        ("List-Post", "<mailto:creators@lists.example.test>"),
        ("List-Unsubscribe", "<https://lists.example.test/mailman/options/creators>"),
        ("Precedence", "list"), ("Sender", "creators-bounces@lists.example.test")],
  shape="raw7", trap="trigger_words_in_auto", note="mailing-list post with press threat by a third party")

A("list", "artshop", "en", "Harmony Music & Arts <offers@harmony-music.example>",
  "Spring sale: 20% off student violins",
  """Spring sale! 20% off all student violins, violas and cellos until 31 March. Free shipping on orders over $150.

Manage your preferences or unsubscribe at any time.""",
  hdrs=[("List-Unsubscribe", "<mailto:unsub-77120@harmony-music.example>"), ("Precedence", "bulk"),
        ("X-Campaign-Id", "spring-2025-violins")], shape="report", build=alt_list)

A("list", "library", "en", "Northfield Libraries <news@northfield-libraries.example>",
  "Planned maintenance on Sunday night",
  """Dear member,

The e-book lending service will be unavailable on Sunday between 1am and 4am for planned maintenance. No loans or reading lists will be affected.

Northfield Libraries

To stop receiving these updates, visit your account settings.""",
  hdrs=[("List-Id", "<members.northfield-libraries.example>"),
        ("List-Unsubscribe", "<https://northfield-libraries.example/unsubscribe>"), ("Precedence", "bulk")],
  trap="trigger_words_in_auto", note="bulk maintenance notice")

A("list", "camping", "de", "Campingplatz Seeblick <newsletter@seeblick-camping.example>",
  "Saisoneröffnung 2025 – alle Infos",
  """Liebe Campingfreunde,

am 28. März eröffnen wir die Saison! Neu: renovierte Sanitäranlage am oberen Platz und frische Brötchen am Kiosk ab 7 Uhr.

Newsletter abbestellen: https://seeblick-camping.example/abmelden""",
  hdrs=[("List-Id", "Seeblick Newsletter <news.seeblick-camping.example>"),
        ("List-Unsubscribe", "<https://seeblick-camping.example/abmelden>"), ("Precedence", "bulk")],
  shape="report", build=alt_list)

A("list", "theatre", "fr", "Opéra du Littoral <infolettre@opera-littoral.example>",
  "La lettre de l'Opéra – avril",
  """Chers spectateurs,

découvrez la programmation d'avril : Carmen, La Traviata et un récital exceptionnel. Les abonnés bénéficient d'une priorité de réservation jusqu'au 5 avril.

Se désinscrire : https://opera-littoral.example/desinscription""",
  hdrs=[("List-Id", "<infolettre.opera-littoral.example>"),
        ("List-Unsubscribe", "<https://opera-littoral.example/desinscription>"), ("Precedence", "bulk")])

A("list", "charity", "es", "Fundación Manos Unidas Test <boletin@manos-unidas-test.example>",
  "Boletín de marzo: gracias por vuestras donaciones",
  """Hola:

Gracias a vuestras donaciones hemos abierto dos nuevos comedores sociales. En abril lanzamos la campaña de material escolar.

Darse de baja: https://manos-unidas-test.example/baja""",
  hdrs=[("List-Id", "<boletin.manos-unidas-test.example>"),
        ("List-Unsubscribe", "<https://manos-unidas-test.example/baja>"), ("Precedence", "bulk")])

# --- read receipts ------------------------------------------------------------------------

A("receipt", "construction", "en", "Geoffrey Pemberton <gp@pemberton-family.example>",
  "Read: Re: [#40166] Kitchen extension - contract KX-4410",
  """Your message

  To: gp@pemberton-family.example
  Subject: Re: [#40166] Kitchen extension - contract KX-4410

was read on 14/03/2025 09:12.""", shape="report",
  build=mdn("gp@pemberton-family.example", "Re: [#40166] Kitchen extension - contract KX-4410"),
  note="MDN for a reply to a legal threat")

A("receipt", "pharmacy", "en", "Ruth Abernathy <ruth.abernathy@inboxy.example>",
  "Return Receipt (displayed) - Wrong nebuliser parts delivered",
  """This is a Return Receipt for the mail that you sent to ruth.abernathy@inboxy.example.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.""",
  shape="report", build=mdn("ruth.abernathy@inboxy.example", "Wrong nebuliser parts delivered"))

A("receipt", "printer", "de", "Thomas Albrecht <t.albrecht@albrecht-steuer.example>",
  "Gelesen: AW: Zum vierten Mal: Techniker für Kopierer",
  """Ihre Nachricht

  An: t.albrecht@albrecht-steuer.example
  Betreff: AW: Zum vierten Mal: Techniker für Kopierer

wurde am 18.03.2025 10:44 gelesen.""", shape="report",
  build=mdn("t.albrecht@albrecht-steuer.example", "AW: Zum vierten Mal: Techniker für Kopierer"),
  trap="trigger_words_in_auto", note="subject echoes 'zum vierten Mal'")

A("receipt", "pharmacy", "fr", "Yvette Charpentier <yvette.charpentier@boitemail.example>",
  "Lu : Lit médicalisé – troisième relance",
  """Votre message

  À : yvette.charpentier@boitemail.example
  Objet : Lit médicalisé – troisième relance

a été lu le 19/03/2025 à 08:30.""", shape="report",
  build=mdn("yvette.charpentier@boitemail.example", "Lit médicalisé – troisième relance"),
  trap="trigger_words_in_auto", note="subject echoes 'troisième relance'")

A("receipt", "construction", "es", "Javier Ortega <javier.ortega@correo.example>",
  "Leído: Re: Reforma calle Olivo 8 – obra paralizada",
  """Su mensaje

  Para: javier.ortega@correo.example
  Asunto: Re: Reforma calle Olivo 8 – obra paralizada

se leyó el 20/03/2025 a las 17:05.""", shape="report",
  build=mdn("javier.ortega@correo.example", "Re: Reforma calle Olivo 8 – obra paralizada"))

# --- self mail ----------------------------------------------------------------------------

A("self", "camping", "en", "Support <support@example.test>",
  "Re: [#40377] Deposit for caravan hire CH-1182",
  """Dear Mr Foy,

thank you for your message. We have reviewed the check-in sheet and will refund the £400 deduction in full within 5 working days.

Kind regards
Support

> If the £400 is not back in my account in 14 days I will file a small claims
> case against you, I have already downloaded the forms.""",
  to="Derek Foy <derek.foy@nethome.example>", trap="trigger_words_in_auto",
  note="desk's own reply looped back, quoting a legal threat")

A("self", "parking", "en", "Escalated <escalated@example.test>",
  "Escalation digest for 18 March: 4 legal threats, 2 outages",
  """Escalation digest, 18 March 2025

legal_threat          4
outage                2
billing_dispute       7
manager_request       3

Oldest open escalation: #40211 (construction, 3 days).

This report was generated automatically by escalated.""", to="Support Leads <leads@example.test>",
  shape="raw7", hdrs=[("Auto-Submitted", "auto-generated")], trap="trigger_words_in_auto",
  note="the classifier's own digest")

A("self", "theatre", "de", "Benachrichtigung <notify@example.test>",
  "Neue Eskalation: Anwalt, Presse und Vorgesetzter verlangt [#40922]",
  """Eine neue Nachricht wurde als eskaliert markiert.

Vorgang: #40922
Kategorie: legal_threat, media_threat, manager_request
Auszug: „… mein Anwalt wird sich melden und die Zeitung erfährt davon …“

Diese Benachrichtigung wurde automatisch erzeugt.""", mid_domain="escalated.example.test",
  trap="trigger_words_in_auto", note="own notifier, Message-ID @escalated.example.test")

A("self", "rental", "fr", "Support <support@example.test>",
  "Votre demande #40951 a bien été enregistrée",
  """Bonjour,

nous avons bien reçu votre demande concernant la machine à café louée. Un technicien vous contactera sous 24 heures.

L'équipe support""", to="Olivier Caron <olivier.caron@courriel.example>")

A("self", "chess", "es", "Support <support@example.test>",
  "¿Qué tal le atendimos? Encuesta sobre la solicitud #41002",
  """Hola Pablo:

Hace poco cerramos su solicitud #41002 sobre el cobro de la renovación. ¿Nos dedica un minuto para valorar la atención?

Gracias,
El equipo de soporte""", to="Pablo Iglesias Mora <pablo.im@buzon.example>")

A("self", "library", "es", "Escalated <escalated@example.test>",
  "Prueba de entrega – ignorar",
  """Mensaje de prueba del sistema de escalado. No responder.""", shape="raw7",
  hdrs=[("Auto-Submitted", "auto-generated")], mid_domain="escalated.example.test")
# ========================================================================================
# additional positives and negatives (all languages)


C("survey", "en", "executive_contact", "Rhona Gilchrist <rhona.gilchrist@fastpost.example>",
  "FAO your Chief Operating Officer",
  """Hi, I've sent a letter by recorded delivery to your COO this morning about the 14 months of unpaid incentives for our household panel. Just so the support team knows it's coming. Rhona""")

C("pet", "de", "executive_contact", "Birgit Sommerfeld <birgit.sommerfeld@netzpost.example>",
  "Ihre Inhaberin weiß Bescheid",
  """Hallo, ich habe Ihrer Inhaberin, Frau Kessler, gestern über Instagram-Direktnachricht und heute per Brief geschildert, wie meine Katzen während der Urlaubsbetreuung drei Tage ohne frisches Wasser waren. Ich erwarte eine Rückmeldung von ihr persönlich.
Birgit Sommerfeld""", note="direct message to the owner/executive, not a public post")

C("camping", "fr", "executive_contact corporate_contact_request", "Gilles Baron <gilles.baron@courriel.example>",
  "Contact de la direction",
  """Bonjour, pouvez-vous me transmettre l'adresse e-mail de votre directeur général ou du président du groupe ? Je souhaite lui écrire au sujet du mobil-home insalubre qu'on nous a loué en août. Merci. G. Baron""")

C("parking", "es", "executive_contact", "Montserrat Puig <montserrat.puig@buzon.example>",
  "He escrito a su consejero delegado",
  """Buenas, les informo de que he enviado hoy una carta a su consejero delegado con copia de las 14 multas que me han puesto en su aparcamiento con el abono en vigor. Espero respuesta de alguien con capacidad de decisión.
Montserrat Puig""")

C("printer", "en", "corporate_contact_request", "Owen Prichard <owen.prichard@prichard-surveyors.example>",
  "Board / company secretary contact",
  """Hello, could you give me the contact details of your company secretary or registered office? I need to serve notice of termination on the leasing entity itself, not on the service desk. Thanks, Owen Prichard""", note="procedural, but asks for corporate contact details")

C("library", "de", "corporate_contact_request", "Reinhard Vogt <reinhard.vogt@postfach.example>",
  "Anschrift der Geschäftsleitung",
  """Guten Tag, bitte nennen Sie mir die vollständige Anschrift und Telefonnummer Ihrer Geschäftsleitung (nicht die Hotline). Ich möchte mich schriftlich über den Umgang mit meiner Beschwerde zur gesperrten Leihfrist äußern.
R. Vogt""")

C("charity", "en", "data_loss technical_issue", "Yasmin Qadir <yasmin.qadir@hopewell-shelter.example>",
  "Donor list export is empty",
  """Hi, after yesterday's dashboard update our supporter list shows 0 donors - 3 years of names, Gift Aid declarations and notes have gone. The CSV export is an empty file too. We haven't touched anything. Please say there's a backup.""")

C("theatre", "fr", "discrimination_harassment", "Nathalie Keita <nathalie.keita@boitemail.example>",
  "Accueil au contrôle des billets",
  """Bonjour, samedi soir, au contrôle, un agent a fouillé uniquement mon sac et celui de mon amie, les deux seules femmes noires de la file, en disant « on sait jamais avec vous ». Tout le monde regardait. Je voulais que vous le sachiez.""")

# extra negatives

C("artshop", "en", "", "Clive Barrington <clive.barrington@barrington-music.example>",
  "Order 60331 - delivery date",
  """Hello, just checking on order 60331 (the two double basses, €5,000.00 in total). The confirmation said 'dispatch in 2-3 weeks', it's been two weeks, so no worries yet, I only want to plan the pickup. Thanks, Clive""", trap="big_amount_no_problem", note="exactly 5,000 and no problem")

C("crowdfunding", "fr", "", "Agathe Colin <agathe.colin@courriel.example>",
  "Re: Versement des fonds",
  """Bien reçu, merci ! Les fonds sont arrivés ce matin.

Agathe

De : Agathe Colin <agathe.colin@courriel.example>
Envoyé : mardi 11 mars 2025 18:40
À : Support <support@example.test>
Objet : Versement des fonds

Troisième relance. Si le versement n'arrive pas cette semaine, j'alerte la presse et je passe chez un concurrent. C'est scandaleux.
""", trap="outlook_block", note="French Outlook header block; threats only in old text")

C("pharmacy", "es", "", "Felipe Rojas <felipe.rojas@correo.example>",
  "Consulta",
  """Hola, ¿puedo pedir que el repartidor deje el paquete con el portero si no estoy? No es ninguna queja, solo pregunto. Gracias.""", trap="negation")

C("chess", "de", "", "Tobias Kranz <tobias.kranz@postfach.example>",
  "Frage zum Abo",
  """Hallo, mein Bruder hat gesagt, er würde an meiner Stelle sofort kündigen, weil die Preise steigen. Ich will aber nicht kündigen, ich wollte nur wissen, ob mein Altpreis bleibt. Danke!""", trap="reported_speech")


# ----------------------------------------------------------------------------------------
# generation and checking


def label_row(name, m):
    trig = ",".join(sorted(set(m["trig"]))) or "-"
    note = (m["note"] or "-").replace("\t", " ").replace("\n", " ")
    return "\t".join([name, trig, m["auto"], m["lang"], m["trap"] or "-", note])


HEADER = "file\ttriggers\tautomated\tlang\ttrap\tnote"


def generate():
    rng = random.Random(SEED)
    built = [(build(m, i, rng), m) for i, m in enumerate(MSGS)]
    rng.shuffle(built)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX) and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    rows = [HEADER]
    for n, (raw, m) in enumerate(built, 1):
        name = "%s%04d.eml" % (PREFIX, n)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        rows.append(label_row(name, m))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d messages and labels.tsv to %s" % (len(built), HERE))


def stats(rows):
    from collections import Counter
    cat, trig, auto, lang, trap, langcat = Counter(), Counter(), Counter(), Counter(), Counter(), Counter()
    for r in rows:
        t = [] if r["triggers"] == "-" else r["triggers"].split(",")
        c = "automated" if r["automated"] != "-" else ("positive" if t else "negative")
        cat[c] += 1
        langcat[(r["lang"], c)] += 1
        for x in t:
            trig[x] += 1
        if r["automated"] != "-":
            auto[r["automated"]] += 1
        lang[r["lang"]] += 1
        if r["trap"] != "-":
            trap[r["trap"]] += 1
    return cat, trig, auto, lang, trap, langcat


def check():
    errors = []
    lp = os.path.join(HERE, "labels.tsv")
    with open(lp, "rb") as fh:
        data = fh.read()
    text = data.decode("utf-8")
    lines = text.rstrip("\n").split("\n")
    if lines[0] != HEADER:
        errors.append("labels.tsv: bad header")
    rows = []
    for ln in lines[1:]:
        cols = ln.split("\t")
        if len(cols) != 6:
            errors.append("labels.tsv: bad row %r" % ln)
            continue
        rows.append(dict(zip(HEADER.split("\t"), cols)))
    files = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX) and f.endswith(".eml"))
    names = [r["file"] for r in rows]
    if len(set(names)) != len(names):
        errors.append("labels.tsv: duplicate file names")
    if sorted(names) != files:
        errors.append("labels.tsv and files do not match one-to-one: %s" %
                      sorted(set(names) ^ set(files))[:10])
    parser = BytesParser(policy=policy.default)
    for r in rows:
        p = os.path.join(HERE, r["file"])
        if not os.path.exists(p):
            continue
        with open(p, "rb") as fh:
            raw = fh.read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append("%s: line endings are not CRLF only" % r["file"])
        msg = parser.parsebytes(raw)
        for k in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[k] is None:
                errors.append("%s: missing %s" % (r["file"], k))
            elif getattr(msg[k], "defects", None):
                errors.append("%s: header %s defects %s" % (r["file"], k, msg[k].defects))
        ntext = 0
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %s" % (r["file"], part.defects))
            if part.get_content_maintype() == "text" and not part.is_multipart():
                cs = part.get_content_charset() or "us-ascii"
                try:
                    part.get_payload(decode=True).decode(cs, "strict")
                    ntext += 1
                except (UnicodeDecodeError, LookupError) as e:
                    errors.append("%s: charset %s: %s" % (r["file"], cs, e))
        if ntext == 0:
            errors.append("%s: no text part" % r["file"])
        t = [] if r["triggers"] == "-" else r["triggers"].split(",")
        if t != sorted(set(t)):
            errors.append("%s: triggers not sorted/unique" % r["file"])
        for x in t:
            if x not in TRIGGERS:
                errors.append("%s: unknown trigger %s" % (r["file"], x))
        if r["automated"] not in AUTO_KINDS + ["-"]:
            errors.append("%s: bad automated kind" % r["file"])
        if r["automated"] != "-" and t:
            errors.append("%s: automated mail with triggers" % r["file"])
        if r["lang"] not in LANGS:
            errors.append("%s: bad lang" % r["file"])
        if r["automated"] == "self":
            frm = str(msg["From"]).lower()
            if not (SUPPORT in frm or "escalated@example.test" in frm or
                    str(msg["Message-ID"]).rstrip(">").endswith("@escalated.example.test")):
                errors.append("%s: self mail without own address/Message-ID" % r["file"])
    cat, trig, auto, lang, trap, langcat = stats(rows)
    for x in TRIGGERS:
        if trig[x] < 10:
            errors.append("trigger %s has only %d positives" % (x, trig[x]))
    for k in AUTO_KINDS:
        if auto[k] == 0:
            errors.append("no automated mail of kind %s" % k)
    for lg in ("de", "fr", "es"):
        if lang[lg] < 45:
            errors.append("language %s has only %d messages" % (lg, lang[lg]))
    # byte-identical regeneration is checked by comparing with a fresh in-memory build
    rng = random.Random(SEED)
    built = [build(m, i, rng) for i, m in enumerate(MSGS)]
    rng.shuffle(built)
    for n, raw in enumerate(built, 1):
        p = os.path.join(HERE, "%s%04d.eml" % (PREFIX, n))
        if os.path.exists(p):
            with open(p, "rb") as fh:
                if fh.read() != raw:
                    errors.append("%s differs from a fresh build" % os.path.basename(p))
    print("messages: %d" % len(rows))
    print("categories: " + ", ".join("%s=%d" % kv for kv in sorted(cat.items())))
    print("languages: " + ", ".join("%s=%d" % kv for kv in sorted(lang.items())))
    print("by language and category: " + ", ".join("%s/%s=%d" % (a, b, c) for (a, b), c in sorted(langcat.items())))
    print("automated: " + ", ".join("%s=%d" % kv for kv in sorted(auto.items())))
    print("triggers: " + ", ".join("%s=%d" % kv for kv in sorted(trig.items())))
    print("traps: " + ", ".join("%s=%d" % kv for kv in sorted(trap.items())))
    if errors:
        for e in errors[:60]:
            print("ERROR:", e)
        print("check FAILED (%d errors)" % len(errors))
        return 1
    print("check OK")
    return 0


def main(argv):
    if "--check" in argv[1:]:
        return check()
    generate()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
