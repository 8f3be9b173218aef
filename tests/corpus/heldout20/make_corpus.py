#!/usr/bin/env python3
"""Package the hand-written heldout20 messages into RFC 5322 files.

The message texts live in the h20_*.py helper modules (one block per message,
written by hand).  This script only packages them: MIME structure, transfer
encoding, charset, RFC 2047 headers, dates, Message-IDs, client headers and the
file order.  Everything is derived from a fixed seed, so the output is
byte-for-byte reproducible.

    python3 make_corpus.py           # write h20-NNNN.eml + labels.tsv
    python3 make_corpus.py --check   # regenerate in memory and verify
    python3 make_corpus.py --stats   # print counts used in README.md
"""
import sys

sys.dont_write_bytecode = True

import base64
import binascii
import datetime
import email
import html
import html.entities
import ipaddress
import os
import random
import re
from email import policy
from email.utils import format_datetime, getaddresses, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h20_auto  # noqa: E402
import h20_de  # noqa: E402
import h20_en_neg  # noqa: E402
import h20_en_pos  # noqa: E402
import h20_es  # noqa: E402
import h20_fr  # noqa: E402

SEED = 20
DESK = "support@example.test"
PREFIX = "h20-"
CRLF = "\r\n"

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
LEGACY = ["iso-8859-1", "iso-8859-15", "windows-1252"]

USER_AGENTS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.12.2"),
    ("User-Agent", "Roundcube Webmail/1.6.7"),
    ("User-Agent", "K-9 Mail for Android"),
    ("User-Agent", "Evolution 3.52.1"),
    ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("X-Mailer", "Apple Mail (2.3774.600.62)"),
    ("X-Mailer", "iPhone Mail (21F90)"),
    ("X-Mailer", "Microsoft Office Outlook 12.0"),
    ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev61"),
    ("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF128 (Win)/9.0.0_GA_4546)"),
    ("X-Mailer", "eM Client 9.2.2157.0"),
    None,
    None,
]

TZ = {
    "en": [0, 0, 60, -300, -300, -360, -480, 600, 60],
    "de": [60, 120, 60, 120],
    "fr": [60, 120, 60, 120, -240],
    "es": [60, 120, 60, -180, -300, -360],
}

# a 1x1 transparent PNG, and tiny PDF / CSV / log attachments
PNG_1X1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
PDF_MINI = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")


# ----------------------------------------------------------------------------
# loading
# ----------------------------------------------------------------------------

def load_messages():
    msgs = []
    for mod in (h20_en_pos, h20_en_neg, h20_de, h20_fr, h20_es):
        for i, m in enumerate(mod.M):
            m = dict(m)
            m["src"] = "%s#%d" % (mod.__name__, i + 1)
            m["automated"] = "-"
            msgs.append(m)
    for i, m in enumerate(h20_auto.M):
        m = dict(m)
        m["src"] = "h20_auto#%d" % (i + 1)
        m["triggers"] = m.get("triggers", "-")
        msgs.append(m)
    return msgs


# ----------------------------------------------------------------------------
# header helpers
# ----------------------------------------------------------------------------

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def fold_ascii(name, value, width=76):
    """Fold an ASCII unstructured header value at spaces."""
    line = name + ": "
    out = []
    words = value.split(" ")
    cur = line + words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > width and cur.strip():
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return CRLF.join(out)


def encoded_words(text, charset, enc, first_room=60):
    """RFC 2047 encode text into a list of encoded-words (each <= 75 chars)."""
    words = []
    chunk = ""
    prefix = "=?%s?%s?" % (charset, enc)
    limit = 75 - len(prefix) - 2

    def enc_chunk(c):
        raw = c.encode(charset)
        if enc == "B":
            return base64.b64encode(raw).decode("ascii")
        out = []
        for b in raw:
            ch = chr(b)
            if b == 0x20:
                out.append("_")
            elif (ch.isalnum() and b < 128) or ch in "!*+-/":
                out.append(ch)
            else:
                out.append("=%02X" % b)
        return "".join(out)

    for ch in text:
        if len(enc_chunk(chunk + ch)) > limit:
            words.append(prefix + enc_chunk(chunk) + "?=")
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(prefix + enc_chunk(chunk) + "?=")
    return words


def header_unstructured(name, value, charset, rng):
    if is_ascii(value):
        return fold_ascii(name, value)
    enc = rng.choice(["B", "Q", "Q"])
    words = encoded_words(value, charset, enc)
    return name + ": " + (CRLF + " ").join(words)


def header_address(name, display, addr, charset, rng):
    if not display:
        return "%s: %s" % (name, addr)
    if is_ascii(display):
        if re.search(r'[()<>\[\]:;@\\,."]', display):
            disp = '"%s"' % display.replace('"', '\\"')
        else:
            disp = display
        return "%s: %s <%s>" % (name, disp, addr)
    enc = rng.choice(["B", "Q"])
    words = encoded_words(display, charset, enc)
    return "%s: %s <%s>" % (name, " ".join(words), addr)


# ----------------------------------------------------------------------------
# body helpers
# ----------------------------------------------------------------------------

def norm_text(text):
    text = text.replace("\r\n", "\n").strip("\n")
    lines = [ln.rstrip() for ln in text.split("\n")]
    return "\n".join(lines) + "\n"


def wrap_text(text, width):
    out = []
    for ln in text.split("\n"):
        if len(ln) <= width or ln.startswith(">") or ln.startswith("|"):
            out.append(ln)
            continue
        words = ln.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def cte_encode(text, charset, cte):
    """text has LF line ends; returns CRLF bytes."""
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        return raw.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        enc = binascii.b2a_qp(raw, quotetabs=False, istext=True, header=False)
        enc = enc.replace(b"\n", b"\r\n")
        if not enc.endswith(b"\r\n"):
            enc += b"\r\n"
        return enc
    if cte == "base64":
        return base64.encodebytes(raw.replace(b"\n", b"\r\n")).replace(b"\n", b"\r\n")
    raise ValueError(cte)


def to_entities(s):
    out = []
    for ch in s:
        cp = ord(ch)
        if cp < 128:
            out.append(html.escape(ch, quote=False))
        elif cp in html.entities.codepoint2name:
            out.append("&%s;" % html.entities.codepoint2name[cp])
        else:
            out.append("&#%d;" % cp)
    return "".join(out)


def html_div(text):
    """One <div> per line, the way web mailers write it."""
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body><div dir="ltr">']
    for ln in text.rstrip("\n").split("\n"):
        if not ln.strip():
            out.append("<div><br></div>")
        else:
            out.append("<div>%s</div>" % html.escape(ln, quote=False))
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def html_entities(text):
    """Paragraphs with <br>, non-ASCII as entities, quoted lines in a blockquote."""
    out = ["<!DOCTYPE html>", "<html>", "<head>",
           '<meta charset="us-ascii">', "<style>p{margin:0 0 1em 0}</style>",
           "</head>", '<body style="font-family: Calibri, Arial, sans-serif; font-size: 11pt">']
    paras = text.rstrip("\n").split("\n\n")
    for p in paras:
        lines = p.split("\n")
        if all(ln.startswith(">") for ln in lines if ln):
            inner = "<br>\n".join(to_entities(ln.lstrip("> ").rstrip()) for ln in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(to_entities(ln) for ln in lines))
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n"


def leaf(ctype, charset, cte, payload_text, extra=None):
    hdr = ["Content-Type: %s; charset=\"%s\"" % (ctype, charset) if rnd_quote(charset)
           else "Content-Type: %s; charset=%s" % (ctype, charset)]
    hdr.append("Content-Transfer-Encoding: %s" % cte)
    if extra:
        hdr.extend(extra)
    return CRLF.join(hdr).encode("ascii") + b"\r\n\r\n" + cte_encode(payload_text, charset, cte)


def rnd_quote(charset):
    # deterministic: quote the charset parameter for some charsets only
    return charset in ("utf-8", "windows-1252")


def multipart(subtype, parts, boundary, preamble=True, params=""):
    head = 'Content-Type: multipart/%s;%s\r\n boundary="%s"' % (subtype, params, boundary)
    body = b""
    if preamble:
        body += b"This is a multi-part message in MIME format.\r\n"
    for p in parts:
        body += b"\r\n--" + boundary.encode("ascii") + b"\r\n" + p
        if not p.endswith(b"\r\n"):
            body += b"\r\n"
    body += b"\r\n--" + boundary.encode("ascii") + b"--\r\n"
    return head.encode("ascii"), body


def make_boundary(rng, style):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(24))
    if style == 0:
        return "000000000000" + h[:16]
    if style == 1:
        return "----=_Part_%d_%d.%d" % (rng.randint(1000, 99999), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 12, 10 ** 13))
    if style == 2:
        return "Apple-Mail=_%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper())
    return "_000_%s_" % h.upper()


# ----------------------------------------------------------------------------
# customer mail
# ----------------------------------------------------------------------------

def pick_charset(text, lang, rng, forced=None):
    if forced:
        return forced
    if is_ascii(text):
        return rng.choice(["us-ascii", "utf-8", "utf-8"])
    if lang != "en" and rng.random() < 0.4 or lang == "en" and rng.random() < 0.15:
        cands = [c for c in LEGACY if can_encode(text, c)]
        if cands:
            return rng.choice(cands)
    return "utf-8"


def can_encode(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def pick_pack(m, rng):
    if m.get("pack"):
        return m["pack"]
    r = rng.random()
    if r < 0.52:
        return "plain"
    if r < 0.66:
        return "alt_div"
    if r < 0.78:
        return "alt_ent"
    if r < 0.90:
        return "mixed"
    return "html_only"


def attachment(m, rng):
    att = m.get("attach")
    kinds = [("scan.pdf", "application/pdf"), ("photo.png", "image/png"),
             ("order.csv", "text/csv"), ("details.txt", "text/plain")]
    if att:
        name, ctype = att
    else:
        name, ctype = rng.choice(kinds)
    if ctype == "application/pdf":
        data = PDF_MINI
    elif ctype.startswith("image/"):
        data = PNG_1X1
    elif ctype == "text/csv":
        data = b"item;qty;unit\r\nsee mail;1;pc\r\n"
    else:
        data = b"Attached as mentioned in my mail.\r\n"
    hdr = ["Content-Type: %s; name=\"%s\"" % (ctype, name)]
    if ctype.startswith("text/"):
        hdr[0] = "Content-Type: %s; charset=us-ascii; name=\"%s\"" % (ctype, name)
    hdr.append("Content-Disposition: attachment; filename=\"%s\"" % name)
    hdr.append("Content-Transfer-Encoding: base64")
    return CRLF.join(hdr).encode("ascii") + b"\r\n\r\n" + base64.encodebytes(data).replace(b"\n", b"\r\n")


def build_body(m, rng):
    """Return (content-header-bytes, body-bytes, meta-string)."""
    text = norm_text(m["body"])
    lang = m["lang"]
    pack = pick_pack(m, rng)
    charset = pick_charset(text + m.get("subject", ""), lang, rng, m.get("cs"))
    ascii_ok = is_ascii(text)
    if pack == "plain":
        if rng.random() < 0.35:
            text = wrap_text(text, rng.choice([72, 76]))
        if ascii_ok:
            cte = rng.choice(["7bit", "7bit", "7bit", "quoted-printable", "base64"])
        else:
            cte = rng.choice(["8bit", "8bit", "quoted-printable", "quoted-printable", "base64"])
        if max(len(ln.encode(charset)) for ln in text.split("\n")) > 900 and cte in ("7bit", "8bit"):
            cte = "quoted-printable"
        hdr = ("Content-Type: text/plain; charset=%s%s\r\nContent-Transfer-Encoding: %s" %
               (charset, "; format=flowed" if False else "", cte))
        return hdr.encode("ascii"), cte_encode(text, charset, cte), "plain/%s/%s" % (charset, cte)
    if pack in ("alt_div", "alt_ent", "html_only"):
        htm = html_div(text) if pack == "alt_div" else html_entities(text)
        if pack == "html_only" and rng.random() < 0.5:
            htm = html_div(text)
            pack = "html_only_div"
        if pack in ("alt_ent", "html_only"):
            hcs = "us-ascii"
        else:
            hcs = charset if charset != "us-ascii" else "utf-8"
            htm = htm.replace("charset=utf-8", "charset=" + hcs)
        hcte = rng.choice(["quoted-printable", "quoted-printable", "base64"])
        hpart = leaf("text/html", hcs, hcte, htm)
        if pack.startswith("html_only"):
            head, body = hpart.split(b"\r\n\r\n", 1)
            return head, body, "%s/%s/%s" % (pack, hcs, hcte)
        pcte = "7bit" if ascii_ok else rng.choice(["8bit", "quoted-printable", "base64"])
        ppart = leaf("text/plain", charset, pcte, text)
        bnd = make_boundary(rng, rng.randint(0, 3))
        head, body = multipart("alternative", [ppart, hpart], bnd, preamble=rng.random() < 0.4)
        return head, body, "%s/%s/%s+%s" % (pack, charset, pcte, hcte)
    if pack == "mixed":
        pcte = "7bit" if ascii_ok else rng.choice(["8bit", "quoted-printable"])
        inner = leaf("text/plain", charset, pcte, text)
        if rng.random() < 0.4:
            htm = html_div(text).replace("charset=utf-8", "charset=" + (charset if charset != "us-ascii" else "utf-8"))
            hpart = leaf("text/html", charset if charset != "us-ascii" else "utf-8", "quoted-printable", htm)
            ab = make_boundary(rng, 0)
            ah, abody = multipart("alternative", [inner, hpart], ab, preamble=False)
            inner = ah + b"\r\n\r\n" + abody
        bnd = make_boundary(rng, rng.randint(0, 3))
        head, body = multipart("mixed", [inner, attachment(m, rng)], bnd, preamble=rng.random() < 0.5)
        return head, body, "mixed/%s/%s" % (charset, pcte)
    raise ValueError(pack)


def msgid(rng, domain, style=None):
    style = rng.randint(0, 3) if style is None else style
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    if style == 0:
        return "<%s.%s@%s>" % (h[:12], h[12:20], domain)
    if style == 1:
        return "<%s-%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:28].upper(), domain)
    if style == 2:
        return "<CA+%s%s@mail.%s>" % (h[:20], h[20:28].upper(), domain)
    return "<%d.%s@%s>" % (rng.randint(10 ** 9, 10 ** 10), h[:10], domain)


def make_date(rng, lang):
    start = datetime.datetime(2025, 1, 6, 7, 0, tzinfo=datetime.timezone.utc)
    dt = start + datetime.timedelta(minutes=rng.randint(0, 300 * 24 * 60))
    off = rng.choice(TZ[lang])
    tz = datetime.timezone(datetime.timedelta(minutes=off))
    return format_datetime(dt.astimezone(tz)), dt


def received(rng, domain, dt):
    ip = "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randint(2, 250))
    qid = "".join(rng.choice("0123456789ABCDEF") for _ in range(11))
    return ("Received: from mail.%s (mail.%s [%s])\r\n\tby mx1.example.test (Postfix) with ESMTPS id %s\r\n"
            "\tfor <%s>; %s" % (domain, domain, ip, qid, DESK, format_datetime(dt + datetime.timedelta(seconds=rng.randint(2, 40)))))


def build_customer(m, rng):
    name, addr = parseaddr(m["frm"])
    domain = addr.split("@", 1)[1]
    lang = m["lang"]
    subject = m["subject"]
    cs_hdr = "utf-8"
    date, dt = make_date(rng, lang)
    hdrs = [received(rng, domain, dt)]
    hdrs.append(header_address("From", name, addr, cs_hdr, rng))
    to_disp = rng.choice(["", "", "Support", "Customer Support", "support@example.test"])
    if to_disp == "support@example.test":
        hdrs.append("To: \"support@example.test\" <support@example.test>")
    elif to_disp:
        hdrs.append("To: %s <%s>" % (to_disp, DESK))
    else:
        hdrs.append("To: " + DESK)
    if m.get("cc"):
        hdrs.append("Cc: " + m["cc"])
    hdrs.append(header_unstructured("Subject", subject, cs_hdr, rng))
    hdrs.append("Date: " + date)
    hdrs.append("Message-ID: " + msgid(rng, domain))
    if re.match(r"(?i)(re|aw|r|sv)\s*:", subject) and rng.random() < 0.6:
        ref = msgid(rng, "escalated.example.test", 0)
        hdrs.append("In-Reply-To: " + ref)
        hdrs.append("References: " + ref)
    ua = rng.choice(USER_AGENTS)
    if ua:
        hdrs.append("%s: %s" % ua)
    hdrs.append("MIME-Version: 1.0")
    if m.get("headers"):
        for k, v in m["headers"]:
            hdrs.append("%s: %s" % (k, v))
    chead, body, meta = build_body(m, rng)
    head = CRLF.join(hdrs).encode("ascii") + b"\r\n" + chead + b"\r\n\r\n"
    return head + body, meta


# ----------------------------------------------------------------------------
# automated mail
# ----------------------------------------------------------------------------

def crlf_bytes(text, charset="utf-8"):
    return norm_text(text).replace("\n", "\r\n").encode(charset)


def build_auto(m, rng):
    name, addr = parseaddr(m["frm"])
    domain = addr.split("@", 1)[1] if "@" in addr else "example.test"
    lang = m["lang"]
    date, dt = make_date(rng, lang)
    hdrs = []
    if m.get("return_path") is not None:
        hdrs.append("Return-Path: %s" % m["return_path"])
    if m["automated"] != "self":
        hdrs.append(received(rng, domain, dt))
    hdrs.append(header_address("From", name, addr, "utf-8", rng))
    hdrs.append("To: " + m.get("to", DESK))
    hdrs.append(header_unstructured("Subject", m["subject"], "utf-8", rng))
    hdrs.append("Date: " + date)
    hdrs.append("Message-ID: " + msgid(rng, m.get("msgid_domain", domain), m.get("msgid_style")))
    for k, v in m.get("headers", []):
        hdrs.append("%s: %s" % (k, v))
    hdrs.append("MIME-Version: 1.0")
    text = norm_text(m["body"])
    charset = m.get("cs") or ("us-ascii" if is_ascii(text) else "utf-8")
    rep = m.get("report")
    if rep:
        human_cte = "7bit" if is_ascii(text) else "quoted-printable"
        human = leaf("text/plain", charset, human_cte, text)
        ctype = "message/" + rep["type"]
        machine = ("Content-Type: %s\r\n\r\n" % ctype).encode("ascii") + crlf_bytes(rep["status"], "ascii")
        parts = [human, machine]
        if rep.get("original"):
            otype = rep.get("orig_type", "message/rfc822")
            if otype == "text/rfc822-headers":
                op = b"Content-Type: text/rfc822-headers; charset=us-ascii\r\n\r\n" + crlf_bytes(rep["original"], "ascii")
            else:
                oraw = crlf_bytes(rep["original"], "utf-8")
                op = ("Content-Type: message/rfc822\r\nContent-Transfer-Encoding: %s\r\n\r\n" %
                      ("7bit" if is_ascii(rep["original"]) else "8bit")).encode("ascii") + oraw
            parts.append(op)
        bnd = make_boundary(rng, rng.randint(0, 3))
        head, body = multipart("report", parts, bnd, preamble=True,
                               params=" report-type=%s;" % rep["type"])
        meta = "report/" + rep["type"]
    elif m.get("html"):
        htm = html_div(text)
        hpart = leaf("text/html", "utf-8", "quoted-printable", htm)
        pcte = "7bit" if is_ascii(text) else "quoted-printable"
        ppart = leaf("text/plain", charset, pcte, text)
        bnd = make_boundary(rng, rng.randint(0, 3))
        head, body = multipart("alternative", [ppart, hpart], bnd, preamble=False)
        meta = "alt"
    else:
        cte = m.get("cte") or ("7bit" if is_ascii(text) else "quoted-printable")
        head = ("Content-Type: text/plain; charset=%s\r\nContent-Transfer-Encoding: %s" % (charset, cte)).encode("ascii")
        body = cte_encode(text, charset, cte)
        meta = "plain/%s/%s" % (charset, cte)
    raw = CRLF.join(hdrs).encode("ascii") + b"\r\n" + head + b"\r\n\r\n" + body
    return raw, meta


# ----------------------------------------------------------------------------
# corpus
# ----------------------------------------------------------------------------

def build_all():
    msgs = load_messages()
    rng = random.Random(SEED)
    rng.shuffle(msgs)
    files = {}
    rows = ["file\ttriggers\tautomated\tlang\ttrap\tnote"]
    metas = {}
    for i, m in enumerate(msgs, 1):
        fname = "%s%04d.eml" % (PREFIX, i)
        mrng = random.Random("%d:%s" % (SEED, m["src"]))
        if m["automated"] == "-":
            raw, meta = build_customer(m, mrng)
        else:
            raw, meta = build_auto(m, mrng)
        files[fname] = raw
        trig = m.get("triggers", "-") or "-"
        if trig != "-":
            trig = ",".join(sorted(set(t.strip() for t in trig.split(","))))
        note = m.get("note", "-") or "-"
        rows.append("\t".join([fname, trig, m["automated"], m["lang"], m.get("trap", "-") or "-", note]))
        metas[fname] = (m, meta, trig)
    files["labels.tsv"] = ("\n".join(rows) + "\n").encode("utf-8")
    return files, metas


def write():
    files, _ = build_all()
    for fn in os.listdir(HERE):
        if fn.startswith(PREFIX) and fn.endswith(".eml") and fn not in files:
            os.remove(os.path.join(HERE, fn))
    for fn, data in files.items():
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(data)
    print("wrote %d messages + labels.tsv" % (len(files) - 1))


DOMAIN_RE = re.compile(r"(?i)\b(?:[a-z0-9-]+\.)+(?:com|net|org|de|fr|es|uk|io|eu|info|biz|co|at|ch|it|nl|be|mx|ar)\b(?![.\w-])")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+)")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]


def all_text(msg):
    chunks = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            chunks.append(part.get_payload(decode=True).decode(part.get_content_charset() or "us-ascii"))
    return "\n".join(chunks)


def check():
    files, metas = build_all()
    errors = []
    ondisk = sorted(fn for fn in os.listdir(HERE) if fn.startswith(PREFIX) and fn.endswith(".eml"))
    if ondisk != sorted(fn for fn in files if fn.endswith(".eml")):
        errors.append("set of .eml files on disk differs from the generated set")
    for fn, data in files.items():
        path = os.path.join(HERE, fn)
        if not os.path.exists(path):
            errors.append("%s: missing on disk" % fn)
            continue
        with open(path, "rb") as fh:
            if fh.read() != data:
                errors.append("%s: differs from regenerated bytes" % fn)
    counts = {t: 0 for t in TRIGGERS}
    for fn, (m, meta, trig) in metas.items():
        data = files[fn]
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            errors.append("%s: not CRLF-only" % fn)
        if any(len(ln) > 998 for ln in data.split(b"\r\n")):
            errors.append("%s: line longer than 998 octets" % fn)
        msg = email.message_from_bytes(data, policy=policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r" % (fn, part.defects))
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (fn, h))
        tos = [a for _, a in getaddresses([str(msg["To"])])]
        if tos != [DESK]:
            errors.append("%s: To is %r" % (fn, tos))
        for part in msg.walk():
            if part.get_content_maintype() != "text":
                continue
            cs = part.get_content_charset() or "us-ascii"
            try:
                part.get_payload(decode=True).decode(cs, "strict")
            except (UnicodeDecodeError, LookupError) as exc:
                errors.append("%s: part does not decode as %s: %s" % (fn, cs, exc))
        # reserved names / numbers only
        text = data.decode("latin-1") + "\n" + all_text(msg) + "\n" + str(msg["Subject"]) + str(msg["From"])
        for d in EMAIL_RE.findall(text):
            d = d.lower().rstrip(".")
            if not (d.endswith(".example") or d.endswith(".test") or d in ("example", "test")):
                errors.append("%s: non-reserved mail domain %s" % (fn, d))
        for d in DOMAIN_RE.findall(text):
            errors.append("%s: real-looking domain %s" % (fn, d))
        for ip in IP_RE.findall(text):
            try:
                a = ipaddress.ip_address(".".join(ip))
            except ValueError:
                continue
            if not any(a in n for n in DOC_NETS):
                errors.append("%s: non-documentation IP %s" % (fn, a))
        # labels
        if m["lang"] not in LANGS:
            errors.append("%s: bad lang %s" % (fn, m["lang"]))
        if m["automated"] != "-" and m["automated"] not in AUTO_KINDS:
            errors.append("%s: bad automated kind" % fn)
        if trig != "-":
            ids = trig.split(",")
            if ids != sorted(set(ids)):
                errors.append("%s: triggers not sorted/unique" % fn)
            for t in ids:
                if t not in TRIGGERS:
                    errors.append("%s: unknown trigger %s" % (fn, t))
                else:
                    counts[t] += 1
            if m["automated"] != "-":
                errors.append("%s: automated mail with triggers" % fn)
        raw_trig = m.get("triggers", "-") or "-"
        if raw_trig != "-" and raw_trig != trig:
            errors.append("%s: source triggers not sorted/unique (%s)" % (fn, m["src"]))
        trap = m.get("trap", "-") or "-"
        if not re.fullmatch(r"-|[a-z0-9_]+", trap):
            errors.append("%s: trap not snake_case" % fn)
        note = m.get("note", "-") or "-"
        if "\t" in note or "\n" in note:
            errors.append("%s: tab/newline in note" % fn)
        if m["automated"] == "-":
            fa = parseaddr(str(msg["From"]))[1].lower()
            if fa.endswith("@example.test") or str(msg["Message-ID"]).rstrip(">").endswith("@escalated.example.test"):
                errors.append("%s: customer mail looks like self mail" % fn)
    for t, n in counts.items():
        if n < 10:
            errors.append("trigger %s has only %d positives" % (t, n))
    header = files["labels.tsv"].split(b"\n", 1)[0]
    if header != b"file\ttriggers\tautomated\tlang\ttrap\tnote":
        errors.append("labels.tsv header wrong")
    if errors:
        for e in errors:
            print("FAIL:", e)
        print("%d problem(s)" % len(errors))
        return 1
    print("OK: %d messages, labels.tsv and all files match; all checks passed" % len(metas))
    return 0


def stats():
    files, metas = build_all()
    from collections import Counter
    cls = Counter()
    kinds = Counter()
    trig = Counter()
    traps = Counter()
    packs = Counter()
    for fn, (m, meta, t) in metas.items():
        c = "automated" if m["automated"] != "-" else ("positive" if t != "-" else "negative")
        cls[(c, m["lang"])] += 1
        if m["automated"] != "-":
            kinds[(m["automated"], m["lang"])] += 1
        for x in ([] if t == "-" else t.split(",")):
            trig[x] += 1
        tr = m.get("trap", "-") or "-"
        if tr != "-":
            traps[(tr, c)] += 1
        packs[meta.split("/")[0]] += 1
    print("class x lang")
    for c in ("positive", "negative", "automated"):
        print(" ", c, [cls[(c, l)] for l in LANGS], sum(cls[(c, l)] for l in LANGS))
    print("  total", [sum(cls[(c, l)] for c in ("positive", "negative", "automated")) for l in LANGS])
    print("automated kinds")
    for k in AUTO_KINDS:
        print(" ", k, [kinds[(k, l)] for l in LANGS], sum(kinds[(k, l)] for l in LANGS))
    print("triggers")
    for t in TRIGGERS:
        print(" ", t, trig[t])
    print("traps")
    for (tr, c), n in sorted(traps.items()):
        print(" ", tr, c, n)
    print("packaging", dict(packs))
    cs = Counter()
    for fn, (m, meta, t) in metas.items():
        cs[meta] += 1
    for k, v in sorted(cs.items()):
        print("   ", k, v)


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    if "--stats" in sys.argv[1:]:
        stats()
        sys.exit(0)
    write()
