#!/usr/bin/env python3
"""Package the hand-written heldout19 messages into RFC 5322 files.

The texts live in the h19_*.py helper modules (one literal block per message).
This script only does the packaging: MIME structure, transfer encoding,
charset, RFC 2047 words, dates, Message-IDs, client headers and file order.
Everything is derived from a fixed seed (19), so the output is byte-for-byte
reproducible.

    python3 make_corpus.py          # (re)write h19-*.eml and labels.tsv
    python3 make_corpus.py --check  # regenerate in memory and verify
    python3 make_corpus.py --stats  # print the counts used in README.md
"""
import sys

sys.dont_write_bytecode = True

import base64
import datetime
import email
import email.policy
import email.utils
import html
import html.entities
import os
import random
import re
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h19_auto  # noqa: E402
import h19_de  # noqa: E402
import h19_en_neg  # noqa: E402
import h19_en_pos  # noqa: E402
import h19_es  # noqa: E402
import h19_fr  # noqa: E402

SEED = 19
DESK = "support@example.test"
PREFIX = "h19-"
HEADER = "file\ttriggers\tautomated\tlang\ttrap\tnote"

TRIGGERS = [
    "legal_threat", "regulatory", "manager_request", "corporate_contact_request",
    "executive_contact", "security_incident", "data_loss", "outage",
    "billing_dispute", "cancellation_threat", "media_threat",
    "discrimination_harassment", "safety", "broken_promise", "repeat_contact",
    "high_value_order", "severe_dissatisfaction", "feature_request",
    "technical_issue",
]
KINDS = ["auto_reply", "bounce", "list", "receipt", "self"]
LANGS = ["en", "de", "fr", "es"]

# --------------------------------------------------------------------------
# loading
# --------------------------------------------------------------------------


def load_messages():
    out = []
    for mod, lang in ((h19_en_pos, "en"), (h19_en_neg, "en"), (h19_de, "de"),
                      (h19_fr, "fr"), (h19_es, "es")):
        for i, m in enumerate(mod.MSGS):
            m = dict(m)
            m.setdefault("lang", lang)
            m["kind"] = "-"
            m["src"] = "%s[%d]" % (mod.__name__, i)
            out.append(m)
    for i, m in enumerate(h19_auto.MSGS):
        m = dict(m)
        m["src"] = "h19_auto[%d]" % i
        out.append(m)
    for m in out:
        t = m.get("trig", "") or ""
        ids = sorted(set(x for x in re.split(r"[\s,]+", t) if x and x != "-"))
        m["triggers"] = ids
    return out


# --------------------------------------------------------------------------
# low level encoders
# --------------------------------------------------------------------------

QP_SAFE = set(range(33, 127)) - {ord("=")}


def qp_encode(data):
    """Quoted-printable body encoding (RFC 2045), CRLF line breaks."""
    out_lines = []
    for raw in data.split(b"\r\n"):
        enc = []
        for i, b in enumerate(raw):
            last = i == len(raw) - 1
            if b in QP_SAFE:
                enc.append(chr(b))
            elif b in (9, 32) and not last:
                enc.append(chr(b))
            else:
                enc.append("=%02X" % b)
        # soft line breaks: at most 76 chars per line including '='
        line = ""
        cur = []
        for tok in enc:
            if len(line) + len(tok) > 75:
                cur.append(line + "=")
                line = ""
            line += tok
        cur.append(line)
        out_lines.extend(cur)
    return "\r\n".join(out_lines).encode("ascii")


def b64_encode(data):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode("ascii")


Q_SAFE = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!*+-/")


def encoded_words(text, charset, mode):
    """Split text into RFC 2047 encoded words of at most 75 characters."""
    words = []
    prefix = "=?%s?%s?" % (charset, mode)
    budget = 75 - len(prefix) - 2
    chunk = ""

    def enc(s):
        b = s.encode(charset)
        if mode == "B":
            return base64.b64encode(b).decode("ascii")
        r = []
        for ch in s:
            if ch in Q_SAFE:
                r.append(ch)
            elif ch == " ":
                r.append("_")
            else:
                r.append("".join("=%02X" % x for x in ch.encode(charset)))
        return "".join(r)

    for ch in text:
        if len(enc(chunk + ch)) > budget:
            words.append(prefix + enc(chunk) + "?=")
            chunk = ""
        chunk += ch
    if chunk:
        words.append(prefix + enc(chunk) + "?=")
    return words


def fold_plain(name, value):
    """Fold an unstructured ASCII header value at spaces near 76 columns."""
    line = name + ": "
    lines = []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if len(line) + len(piece) > 76 and line.strip() and i > 0:
            lines.append(line)
            line = piece
        else:
            line += piece
    lines.append(line)
    return "\r\n".join(lines)


def subject_header(subj, rng, charset_hint):
    if all(ord(c) < 128 for c in subj):
        if rng.random() < 0.08:
            words = encoded_words(subj, "utf-8", "Q")
            return "Subject: " + "\r\n ".join(words)
        return fold_plain("Subject", subj)
    cs = "utf-8"
    if charset_hint and charset_hint != "utf-8":
        try:
            subj.encode(charset_hint)
            cs = charset_hint
        except UnicodeEncodeError:
            pass
    mode = "B" if rng.random() < 0.45 else "Q"
    words = encoded_words(subj, cs, mode)
    return "Subject: " + "\r\n ".join(words)


SPECIALS = set('()<>[]:;@\\,."')


def split_addr(s):
    m = re.match(r"^\s*(.*?)\s*<([^>]+)>\s*$", s)
    if m:
        return m.group(1).strip('"'), m.group(2)
    return "", s.strip()


def addr_header(name, value, rng, charset_hint="utf-8"):
    disp, addr = split_addr(value)
    if not disp:
        return "%s: %s" % (name, addr)
    if all(ord(c) < 128 for c in disp):
        if any(c in SPECIALS for c in disp):
            disp = '"' + disp.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return "%s: %s <%s>" % (name, disp, addr)
    cs = "utf-8"
    if charset_hint and charset_hint != "utf-8" and rng.random() < 0.5:
        try:
            disp.encode(charset_hint)
            cs = charset_hint
        except UnicodeEncodeError:
            pass
    mode = "B" if rng.random() < 0.4 else "Q"
    words = encoded_words(disp, cs, mode)
    return "%s: %s\r\n <%s>" % (name, "\r\n ".join(words), addr) if len(words) > 1 \
        else "%s: %s <%s>" % (name, words[0], addr)


def crlf(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\n", "\r\n")


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def text_part(body, charset, cte, subtype="plain", extra_params=""):
    """Return (header lines, encoded body bytes) for a single text part."""
    data = crlf(body).encode(charset)
    if cte == "7bit" and not is_ascii(body):
        cte = "8bit"
    if cte in ("7bit", "8bit") and any(len(l) > 900 for l in data.split(b"\r\n")):
        cte = "quoted-printable"
    if cte == "quoted-printable":
        payload = qp_encode(data)
    elif cte == "base64":
        payload = b64_encode(data)
    else:
        payload = data
    hdrs = ['Content-Type: text/%s; charset="%s"%s' % (subtype, charset, extra_params),
            "Content-Transfer-Encoding: %s" % cte]
    return hdrs, payload


def entity_escape(s):
    out = []
    for ch in html.escape(s, quote=False):
        if ord(ch) < 128:
            out.append(ch)
        elif ord(ch) in html.entities.codepoint2name:
            out.append("&%s;" % html.entities.codepoint2name[ord(ch)])
        else:
            out.append("&#%d;" % ord(ch))
    return "".join(out)


def html_divs(body):
    lines = body.rstrip("\n").split("\n")
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body><div dir="ltr">']
    for l in lines:
        if l.strip():
            out.append("<div>%s</div>" % html.escape(l, quote=False))
        else:
            out.append("<div><br></div>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def html_paras(body):
    paras = re.split(r"\n\s*\n", body.strip("\n"))
    out = ["<!DOCTYPE html>", "<html>", "<head><style>p{margin:0 0 1em 0;font-family:Arial,sans-serif}</style></head>", "<body>"]
    for p in paras:
        ls = [entity_escape(l) for l in p.split("\n")]
        if all(l.startswith("&gt;") for l in ls if l):
            ls = [re.sub(r"^(&gt;\s?)+", "", l) for l in ls]
            out.append('<blockquote style="border-left:2px solid #ccc;padding-left:8px">')
            out.append("<br>\n".join(ls))
            out.append("</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(ls) + "</p>")
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# packaging of customer and automated messages
# --------------------------------------------------------------------------

CLIENTS = {
    "en": [("X-Mailer", "Apple Mail (2.3776.700.51)"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("X-Mailer", "iPhone Mail (21F90)"),
           ("User-Agent", "K-9 Mail for Android"),
           ("User-Agent", "Roundcube Webmail/1.6.7"),
           (None, None), (None, None)],
    "de": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("X-Mailer", "iPhone Mail (20H350)"),
           ("User-Agent", "Roundcube Webmail/1.5.3"),
           ("X-Mailer", "WEB.DE Mailer"),
           (None, None)],
    "fr": [("X-Mailer", "Microsoft Outlook 16.0"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF125)"),
           ("X-Mailer", "Apple Mail (2.3774.600.62)"),
           (None, None)],
    "es": [("X-Mailer", "Microsoft Outlook 16.0"),
           ("X-Mailer", "iPhone Mail (21E236)"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("User-Agent", "Android-Mail"),
           (None, None)],
}
TZ = {
    "en": [0, 60, -300, -240, 0, 60, 600, -420],
    "de": [60, 120],
    "fr": [60, 120],
    "es": [60, 120, 0],
}
LEGACY = {"de": ["iso-8859-1", "iso-8859-15", "windows-1252"],
          "fr": ["iso-8859-15", "windows-1252", "iso-8859-1"],
          "es": ["iso-8859-1", "windows-1252", "iso-8859-15"],
          "en": ["windows-1252", "iso-8859-1"]}

PACK_DECK = (["plain8"] * 26 + ["plainqp"] * 16 + ["plainb64"] * 7 + ["plain7"] * 10 +
             ["legacy"] * 12 + ["altdiv"] * 13 + ["altp"] * 8 + ["mixed"] * 5 +
             ["htmlonly"] * 4)

ATTACH = {
    "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png",
    "pdf": "application/pdf", "csv": "text/csv", "txt": "text/plain",
}


def fake_attachment(name, rng):
    ext = name.rsplit(".", 1)[-1].lower()
    ctype = ATTACH.get(ext, "application/octet-stream")
    n = rng.randint(180, 600)
    noise = bytes(rng.randrange(256) for _ in range(n))
    if ext in ("jpg", "jpeg"):
        data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + noise + b"\xff\xd9"
    elif ext == "png":
        data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise
    elif ext == "pdf":
        data = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
                + noise + b"\n%%EOF\n")
    elif ext in ("csv", "txt"):
        data = None
    else:
        data = noise
    return ctype, data


def boundary(rng, style):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(28))
    if style == 0:
        return "000000000000" + h[:16]
    if style == 1:
        return "_000_" + h[:20].upper() + "_"
    if style == 2:
        return "Apple-Mail=_" + h[:8].upper() + "-" + h[8:12].upper() + "-" + h[12:24].upper()
    return "----=_Part_%d_%d.%d" % (rng.randint(1000, 99999), rng.randint(10**8, 10**9), rng.randint(10**12, 10**13))


def build_body(m, style, rng, lang):
    """Return (list of header lines, body bytes) for customer-like content."""
    body = m["body"]
    if not body.endswith("\n"):
        body += "\n"
    if style == "legacy":
        for cs in LEGACY[lang][rng.randrange(len(LEGACY[lang])):] + LEGACY[lang]:
            try:
                body.encode(cs)
            except UnicodeEncodeError:
                continue
            cte = "quoted-printable" if rng.random() < 0.5 else "8bit"
            return text_part(body, cs, cte)
        style = "plainqp"
    if style == "plain8":
        return text_part(body, "utf-8", "8bit")
    if style == "plainqp":
        return text_part(body, "utf-8", "quoted-printable")
    if style == "plainb64":
        return text_part(body, "utf-8", "base64")
    if style == "plain7":
        if is_ascii(body):
            return text_part(body, "us-ascii" if rng.random() < 0.5 else "utf-8", "7bit")
        return text_part(body, "utf-8", "8bit")
    bstyle = rng.randrange(4)
    if style in ("altdiv", "altp", "htmlonly"):
        hbody = html_divs(body) if style != "altp" and (style == "altdiv" or rng.random() < 0.5) else html_paras(body)
        if style == "htmlonly":
            cte = "quoted-printable" if rng.random() < 0.7 else "base64"
            return text_part(hbody, "utf-8", cte, "html")
        b = boundary(rng, bstyle)
        th, tp = text_part(body, "utf-8", "quoted-printable" if rng.random() < 0.6 else "8bit")
        hh, hp = text_part(hbody, "utf-8", "quoted-printable" if rng.random() < 0.75 else "base64", "html")
        parts = [("\r\n".join(th), tp), ("\r\n".join(hh), hp)]
        return (['Content-Type: multipart/alternative; boundary="%s"' % b],
                assemble(b, parts, None))
    if style == "mixed":
        name = m.get("att") or rng.choice(["image001.png", "IMG_%04d.jpg" % rng.randint(1000, 9999)])
        ctype, data = fake_attachment(name, rng)
        b = boundary(rng, bstyle)
        th, tp = text_part(body, "utf-8", "quoted-printable" if rng.random() < 0.5 else "8bit")
        if data is None:
            txt = m.get("att_text", "date,item,qty\r\n2025-03-02,order,1\r\n")
            ah = ['Content-Type: %s; charset="us-ascii"; name="%s"' % (ctype, name),
                  'Content-Disposition: attachment; filename="%s"' % name,
                  "Content-Transfer-Encoding: 7bit"]
            ap = crlf(txt).encode("ascii")
        else:
            ah = ['Content-Type: %s; name="%s"' % (ctype, name),
                  'Content-Disposition: attachment; filename="%s"' % name,
                  "Content-Transfer-Encoding: base64"]
            ap = b64_encode(data)
        parts = [("\r\n".join(th), tp), ("\r\n".join(ah), ap)]
        return (['Content-Type: multipart/mixed; boundary="%s"' % b],
                assemble(b, parts, "This is a multi-part message in MIME format."))
    raise ValueError(style)


def assemble(b, parts, preamble):
    out = []
    if preamble:
        out.append(preamble.encode("ascii") + b"\r\n")
    for h, p in parts:
        out.append(b"\r\n--" + b.encode("ascii") + b"\r\n" + h.encode("ascii") + b"\r\n\r\n" + p)
    out.append(b"\r\n--" + b.encode("ascii") + b"--\r\n")
    data = b"".join(out)
    if not preamble:
        data = data[2:]
    return data


def msg_date(rng, lang, fixed=None):
    start = datetime.datetime(2025, 1, 6, 0, 0)
    dt = start + datetime.timedelta(minutes=rng.randrange(0, 60 * 24 * 300))
    # office-ish hours mostly
    if rng.random() < 0.8:
        dt = dt.replace(hour=rng.randint(7, 21))
    dt = dt.replace(second=rng.randrange(60))
    if fixed:
        # "YYYY-MM-DD HH:MM" written next to the text when the body names a date
        dt = datetime.datetime.strptime(fixed, "%Y-%m-%d %H:%M").replace(second=dt.second)
    off = rng.choice(TZ[lang])
    tz = datetime.timezone(datetime.timedelta(minutes=off))
    return dt.replace(tzinfo=tz)


def message_id(rng, domain, style):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(24))
    if style == 0:
        return "<%s.%d@%s>" % (h[:16], rng.randint(10**9, 10**10), domain)
    if style == 1:
        return "<CA%s%s@mail.%s>" % (h.upper(), h[:6], domain)
    if style == 2:
        return "<%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper(), domain)
    return "<%s$%s@%s>" % (h[:12], h[12:], domain)


def received(rng, domain, dt):
    ip = rng.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % rng.randint(2, 250)
    host = domain if domain.split(".")[0] in ("mail", "mx", "mx1", "mx2", "smtp", "relay") \
        else "mail.%s" % domain
    qid = "".join(rng.choice("0123456789ABCDEF") for _ in range(10))
    rdt = dt + datetime.timedelta(seconds=rng.randint(1, 40))
    return ("Received: from %s (%s [%s])\r\n\tby mx1.example.test (Postfix) with ESMTPS id %s\r\n"
            "\tfor <%s>; %s" % (host, host, ip, qid, DESK, email.utils.format_datetime(rdt)))


def build_message(m, style, rng):
    lang = m["lang"]
    dt = msg_date(rng, lang, m.get("date"))
    frm = m["frm"]
    _, addr = split_addr(frm)
    domain = addr.split("@", 1)[1]
    hdrs = []
    rp = m.get("return_path", "<%s>" % addr)
    hdrs.append("Return-Path: %s" % rp)
    hdrs.append(received(rng, m.get("relay", domain), dt))
    cs_hint = None
    body_hdrs = None
    report = m.get("report")
    if report:
        body_hdrs, payload = build_report(m, report, rng, dt)
    else:
        body_hdrs, payload = build_body(m, style, rng, lang)
        for h in body_hdrs:
            mm = re.search(r'charset="([^"]+)"', h)
            if mm:
                cs_hint = mm.group(1)
    hdrs.append(addr_header("From", frm, rng, cs_hint))
    to = m.get("to", "Support <%s>" % DESK if rng.random() < 0.4 else DESK)
    hdrs.append(addr_header("To", to, rng))
    if m.get("cc"):
        hdrs.append("Cc: " + ", ".join(m["cc"]) if isinstance(m["cc"], list) else "Cc: " + m["cc"])
    hdrs.append(subject_header(m["subj"], rng, cs_hint))
    hdrs.append("Date: " + email.utils.format_datetime(dt))
    mid_domain = m.get("msgid_domain", domain)
    hdrs.append("Message-ID: " + message_id(rng, mid_domain, rng.randrange(4)))
    if m["subj"].lower().startswith(("re:", "aw:", "réf", "rép", "re :", "r:", "sv:")):
        irt = "<ticket-%d.%d@mail.example.test>" % (rng.randint(10000, 99999), rng.randint(100, 999))
        hdrs.append("In-Reply-To: " + irt)
        hdrs.append("References: " + irt)
    for k, v in m.get("hdrs", []):
        hdrs.append(fold_plain(k, v) if is_ascii(v) else "%s: %s" % (k, " ".join(encoded_words(v, "utf-8", "Q"))))
    if m["kind"] == "-" or m.get("client"):
        ch = m.get("client") or rng.choice(CLIENTS[lang])
        if ch and ch[0]:
            hdrs.append("%s: %s" % ch)
    if m.get("org"):
        o = m["org"]
        hdrs.append("Organization: " + (o if is_ascii(o) else " ".join(encoded_words(o, "utf-8", "Q"))))
    hdrs.append("MIME-Version: 1.0")
    hdrs.extend(body_hdrs)
    head = "\r\n".join(hdrs).encode("ascii")
    return head + b"\r\n\r\n" + payload


def build_report(m, rep, rng, dt):
    b = boundary(rng, 3 if rng.random() < 0.5 else 1)
    human = rep["human"]
    hh, hp = text_part(human, rep.get("charset", "utf-8"),
                       rep.get("cte", "8bit" if not is_ascii(human) else "7bit"))
    parts = [("\r\n".join(hh), hp)]
    if rep["type"] == "delivery-status":
        lines = ["Reporting-MTA: %s" % rep["mta"]]
        if rep.get("queue_id"):
            lines.append("X-Postfix-Queue-ID: %s" % rep["queue_id"])
        arr = dt - datetime.timedelta(minutes=rep.get("delay_min", 1))
        lines.append("Arrival-Date: %s" % email.utils.format_datetime(arr))
        for r in rep["rcpts"]:
            lines.append("")
            lines.append("Final-Recipient: rfc822; %s" % r["rcpt"])
            if r.get("orig"):
                lines.append("Original-Recipient: rfc822; %s" % r["rcpt"])
            lines.append("Action: %s" % r["action"])
            lines.append("Status: %s" % r["status"])
            if r.get("remote"):
                lines.append("Remote-MTA: dns; %s" % r["remote"])
            if r.get("diag"):
                lines.append("Diagnostic-Code: smtp; %s" % r["diag"])
            if r["action"] == "delayed":
                lines.append("Will-Retry-Until: %s" % email.utils.format_datetime(
                    dt + datetime.timedelta(days=4)))
            lines.append("Last-Attempt-Date: %s" % email.utils.format_datetime(dt))
        parts.append(("Content-Description: Delivery report\r\nContent-Type: message/delivery-status",
                      crlf("\n".join(lines) + "\n").encode("ascii")))
    else:
        lines = ["Reporting-UA: %s" % rep["ua"],
                 "Original-Recipient: rfc822;%s" % rep["rcpt"],
                 "Final-Recipient: rfc822;%s" % rep["rcpt"],
                 "Original-Message-ID: %s" % rep["orig_id"],
                 "Disposition: %s" % rep.get("disposition", "manual-action/MDN-sent-manually; displayed")]
        parts.append(("Content-Type: message/disposition-notification",
                      crlf("\n".join(lines) + "\n").encode("ascii")))
    orig = rep.get("orig")
    if orig:
        odt = dt - datetime.timedelta(minutes=rep.get("delay_min", 1) + 1)
        oh = ["From: %s" % orig.get("frm", "Support <%s>" % DESK),
              "To: %s" % orig["to"],
              "Subject: %s" % orig["subj"],
              "Date: %s" % email.utils.format_datetime(odt),
              "Message-ID: %s" % orig.get("id", "<desk-%d@mail.example.test>" % rng.randint(10**6, 10**7)),
              "MIME-Version: 1.0"]
        if orig.get("headers_only"):
            parts.append(("Content-Type: text/rfc822-headers",
                          ("\r\n".join(oh) + "\r\n").encode("ascii")))
        else:
            oh.append('Content-Type: text/plain; charset="utf-8"')
            oh.append("Content-Transfer-Encoding: 8bit")
            ob = crlf(orig["body"].rstrip("\n") + "\n").encode("utf-8")
            parts.append(("Content-Type: message/rfc822\r\nContent-Disposition: inline",
                          ("\r\n".join(oh) + "\r\n\r\n").encode("ascii") + ob))
    return (['Content-Type: multipart/report; report-type=%s;\r\n\tboundary="%s"' % (rep["type"], b)],
            assemble(b, parts, "This is a MIME-encapsulated message."))


def generate():
    msgs = load_messages()
    rng = random.Random(SEED)
    rng.shuffle(msgs)
    deck = []
    ncust = sum(1 for m in msgs if m["kind"] == "-" and not m.get("pack"))
    while len(deck) < ncust:
        d = list(PACK_DECK)
        rng.shuffle(d)
        deck.extend(d)
    files = {}
    rows = [HEADER]
    di = 0
    for n, m in enumerate(msgs, 1):
        name = "%s%04d.eml" % (PREFIX, n)
        if m["kind"] == "-" and not m.get("pack"):
            style = deck[di]
            di += 1
        else:
            style = m.get("pack", "plain8" if not is_ascii(m["body"]) else "plain7")
        mrng = random.Random("%d:%s:%s" % (SEED, name, m["subj"]))
        files[name] = build_message(m, style, mrng)
        m["file"] = name
        m["style"] = style
        note = (m.get("note") or "-").replace("\t", " ").replace("\n", " ")
        rows.append("\t".join([name, ",".join(m["triggers"]) or "-", m["kind"], m["lang"],
                               m.get("trap") or "-", note]))
    files["labels.tsv"] = ("\n".join(rows) + "\n").encode("utf-8")
    return files, msgs


# --------------------------------------------------------------------------
# check
# --------------------------------------------------------------------------


def check(files, msgs):
    errors = []
    on_disk = sorted(f for f in os.listdir(HERE) if f.endswith(".eml") or f == "labels.tsv")
    if sorted(files) != on_disk:
        errors.append("file set differs: missing %s extra %s" % (
            sorted(set(files) - set(on_disk))[:5], sorted(set(on_disk) - set(files))[:5]))
    for name, data in files.items():
        p = os.path.join(HERE, name)
        if os.path.exists(p):
            with open(p, "rb") as fh:
                if fh.read() != data:
                    errors.append("%s: differs from regenerated bytes" % name)
    lab = files["labels.tsv"].decode("utf-8").split("\n")
    if lab[0] != HEADER:
        errors.append("labels.tsv: bad header line")
    pos = Counter()
    for row in lab[1:]:
        if not row:
            continue
        cols = row.split("\t")
        if len(cols) != 6:
            errors.append("labels.tsv: bad row %r" % row)
            continue
        fn, trig, auto, lang, trap, note = cols
        if fn not in files:
            errors.append("labels.tsv: unknown file %s" % fn)
        if lang not in LANGS:
            errors.append("%s: bad lang" % fn)
        if auto != "-" and auto not in KINDS:
            errors.append("%s: bad automated kind %s" % (fn, auto))
        if trig != "-":
            ids = trig.split(",")
            if ids != sorted(set(ids)):
                errors.append("%s: triggers not sorted/unique" % fn)
            for t in ids:
                if t not in TRIGGERS:
                    errors.append("%s: unknown trigger %s" % (fn, t))
                pos[t] += 1
            if auto != "-":
                errors.append("%s: automated mail carries triggers" % fn)
        if trap != "-" and not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", trap):
            errors.append("%s: trap not snake_case" % fn)
        if not note:
            errors.append("%s: empty note" % fn)
    for t in TRIGGERS:
        if pos[t] < 10:
            errors.append("trigger %s has only %d positives" % (t, pos[t]))
    for name, data in files.items():
        if not name.endswith(".eml"):
            continue
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            errors.append("%s: bare CR or LF" % name)
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for part in msg.walk():
            if not part.is_multipart() and part.get_content_maintype() != "message":
                part.get_payload(decode=True)  # registers transfer-encoding defects
            if part.defects:
                errors.append("%s: defects %r" % (name, part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errors.append("%s: header %s defects %r" % (name, k, v.defects))
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                raw = part.get_payload(decode=True)
                try:
                    raw.decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    errors.append("%s: part does not decode as %s: %s" % (name, cs, e))
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (name, h))
        to = msg["To"]
        if to is None or [a.addr_spec.lower() for a in to.addresses] != [DESK]:
            errors.append("%s: To is not the desk" % name)
    by_file = {m["file"]: m for m in msgs}
    for name, m in by_file.items():
        msg = email.message_from_bytes(files[name], policy=email.policy.default)
        if " ".join(str(msg["Subject"]).split()) != " ".join(m["subj"].split()):
            errors.append("%s: subject round trip %r" % (name, str(msg["Subject"])))
    return errors


def stats(msgs):
    cls = defaultdict(Counter)
    for m in msgs:
        c = "automated" if m["kind"] != "-" else ("trigger" if m["triggers"] else "no_trigger")
        cls[c][m["lang"]] += 1
    print("class\t" + "\t".join(LANGS) + "\ttotal")
    for c in ("trigger", "no_trigger", "automated"):
        print(c + "\t" + "\t".join(str(cls[c][l]) for l in LANGS) + "\t%d" % sum(cls[c].values()))
    print("total\t" + "\t".join(str(sum(cls[c][l] for c in cls)) for l in LANGS) + "\t%d" % len(msgs))
    print()
    kinds = defaultdict(Counter)
    for m in msgs:
        if m["kind"] != "-":
            kinds[m["kind"]][m["lang"]] += 1
    for k in KINDS:
        print(k + "\t" + "\t".join(str(kinds[k][l]) for l in LANGS) + "\t%d" % sum(kinds[k].values()))
    print()
    pos = defaultdict(Counter)
    for m in msgs:
        for t in m["triggers"]:
            pos[t][m["lang"]] += 1
    for t in TRIGGERS:
        print(t + "\t" + "\t".join(str(pos[t][l]) for l in LANGS) + "\t%d" % sum(pos[t].values()))
    print()
    traps = defaultdict(Counter)
    for m in msgs:
        if m.get("trap") and m["trap"] != "-":
            traps[m["trap"]][m["lang"]] += 1
    for t in sorted(traps, key=lambda x: (-sum(traps[x].values()), x)):
        pos_n = sum(1 for m in msgs if m.get("trap") == t and m["triggers"])
        print("%s\t%d\t(with triggers %d)\t%s" % (t, sum(traps[t].values()), pos_n,
                                                   " ".join("%s=%d" % (l, traps[t][l]) for l in LANGS if traps[t][l])))
    print()
    print("packaging:", Counter(m["style"] for m in msgs))
    print("multi-trigger:", sum(1 for m in msgs if len(m["triggers"]) > 1))
    noh = [m for m in msgs if m["kind"] == "auto_reply" and m.get("trap") == "no_marker_headers"]
    print("no-marker auto-replies:", Counter(m["lang"] for m in noh))


def main():
    files, msgs = generate()
    if "--check" in sys.argv:
        errs = check(files, msgs)
        for e in errs:
            print("FAIL", e)
        if errs:
            print("%d problem(s)" % len(errs))
            return 1
        print("OK: %d messages + labels.tsv verified" % (len(files) - 1))
        return 0
    if "--stats" in sys.argv:
        stats(msgs)
        return 0
    for f in os.listdir(HERE):
        if f.startswith(PREFIX) and f.endswith(".eml") and f not in files:
            os.remove(os.path.join(HERE, f))
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    print("wrote %d messages + labels.tsv" % (len(files) - 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
