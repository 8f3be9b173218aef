#!/usr/bin/env python3
"""Package the hand-written heldout24 messages into .eml files and labels.tsv.

The message texts live in the h24_*.py helper modules; this script only adds
MIME structure, transfer encodings, charsets, RFC 2047 headers, dates,
Message-IDs, client headers and the file order.  Everything is derived from a
fixed seed (24), so two runs write identical bytes.

    python3 make_corpus.py          # (re)write all files
    python3 make_corpus.py --check  # regenerate in memory and verify
"""
import sys

sys.dont_write_bytecode = True

import base64
import datetime
import email
import email.policy
import hashlib
import os
import quopri
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h24_en_pos  # noqa: E402
import h24_en_neg  # noqa: E402
import h24_de  # noqa: E402
import h24_fr  # noqa: E402
import h24_es  # noqa: E402
import h24_auto  # noqa: E402

SEED = 24
DESK = "support@example.test"
PREFIX = "h24-"
TRIGGERS = [
    "legal_threat", "regulatory", "manager_request", "corporate_contact_request",
    "executive_contact", "security_incident", "data_loss", "outage",
    "billing_dispute", "cancellation_threat", "media_threat",
    "discrimination_harassment", "safety", "broken_promise", "repeat_contact",
    "high_value_order", "severe_dissatisfaction", "feature_request",
    "technical_issue",
]
AUTOMATED = {"auto_reply", "bounce", "list", "receipt", "self"}
LANGS = {"en", "de", "fr", "es"}
HEADER_LINE = "file\ttriggers\tautomated\tlang\ttrap\tnote"

CLIENTS = [
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.8.1"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0"),
    ("X-Mailer", "Apple Mail (2.3774.400.31)"),
    ("X-Mailer", "iPhone Mail (21F90)"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("X-Mailer", "Microsoft Office Outlook 12.0"),
    ("User-Agent", "Roundcube Webmail/1.6.6"),
    ("User-Agent", "K-9 Mail for Android"),
    ("User-Agent", "Evolution 3.50.3"),
    ("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF125 (Win)/9.0.0_GA_4546)"),
    ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
    ("X-Mailer", "Claws Mail 4.2.0 (GTK 3.24.41; x86_64-pc-linux-gnu)"),
    (None, None),
    (None, None),
]

TZ = {
    "en": ["-0500", "-0400", "+0000", "+0100", "-0800", "-0700", "+1000"],
    "de": ["+0100", "+0200"],
    "fr": ["+0100", "+0200", "-0500"],
    "es": ["+0100", "+0200", "-0300", "-0600", "-0500"],
}

CUSTOMER_PACKS = [
    ("plain_7bit_or_8bit", 20),
    ("plain_qp", 10),
    ("plain_b64", 7),
    ("plain_legacy", 12),
    ("alt_div", 10),
    ("alt_entities", 9),
    ("mixed_attachment", 8),
    ("html_only", 5),
]

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
          "Nov", "Dec"]


# ---------------------------------------------------------------- helpers

def crlf(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\n", "\r\n")


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_words(text, charset="utf-8"):
    """RFC 2047 B-encode text into encoded words of at most 75 characters,
    never splitting a character."""
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        if len(base64.b64encode(trial.encode(charset))) > 44:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    return ["=?%s?B?%s?=" % (charset, base64.b64encode(w.encode(charset)).decode("ascii"))
            for w in words]


def header(name, value):
    """Fold a header; non-ASCII values become RFC 2047 encoded words."""
    if is_ascii(value):
        line = "%s: %s" % (name, value)
        if len(line) <= 78:
            return line
        out, cur = [], name + ":"
        for tok in value.split(" "):
            if len(cur) + 1 + len(tok) > 76 and cur.strip() and cur != name + ":":
                out.append(cur)
                cur = " " + tok
            else:
                cur = cur + " " + tok
        out.append(cur)
        return "\r\n".join(out)
    words = enc_words(value)
    return "%s: %s" % (name, "\r\n ".join(words))


def addr_header(name, display, addr):
    if not display:
        return "%s: %s" % (name, addr)
    if is_ascii(display):
        if re.search(r'[(),.:;<>@\[\]"\\]', display):
            d = '"%s"' % display.replace("\\", "\\\\").replace('"', '\\"')
        else:
            d = display
        return "%s: %s <%s>" % (name, d, addr)
    return "%s: %s <%s>" % (name, " ".join(enc_words(display)), addr)


def parse_from(frm):
    m = re.match(r"^(.*?)\s*<([^>]+)>$", frm.strip())
    if m:
        return m.group(1).strip().strip('"'), m.group(2)
    return "", frm.strip()


def fmt_date(dt, tz):
    return "%s, %d %s %d %02d:%02d:%02d %s" % (
        DAYS[dt.weekday()], dt.day, MONTHS[dt.month - 1], dt.year,
        dt.hour, dt.minute, dt.second, tz)


def qp(text_bytes):
    """Quoted-printable with CRLF hard breaks."""
    lines = text_bytes.split(b"\r\n")
    enc = quopri.encodestring(b"\n".join(lines), quotetabs=False)
    return enc.replace(b"\n", b"\r\n")


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)).encode("ascii") + b"\r\n"


def long_lines(text_bytes):
    return any(len(l) > 900 for l in text_bytes.split(b"\r\n"))


def html_escape(s, entities=False):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if entities:
        table = {"é": "&eacute;", "è": "&egrave;", "à": "&agrave;", "ü": "&uuml;",
                 "ö": "&ouml;", "ä": "&auml;", "ß": "&szlig;", "ñ": "&ntilde;",
                 "á": "&aacute;", "í": "&iacute;", "ó": "&oacute;", "ú": "&uacute;",
                 "ç": "&ccedil;", "€": "&euro;", "£": "&pound;", "’": "&rsquo;",
                 "–": "&ndash;", "—": "&mdash;", "ê": "&ecirc;", "Ü": "&Uuml;",
                 "Ö": "&Ouml;", "Ä": "&Auml;", "É": "&Eacute;", "«": "&laquo;",
                 "»": "&raquo;", '"': "&quot;", "ô": "&ocirc;", "î": "&icirc;",
                 "¿": "&iquest;", "¡": "&iexcl;"}
        s = "".join(table.get(c, c) for c in s)
    return s


def to_html(text, style, entities):
    lines = text.split("\n")
    if style == "div":
        body = []
        for l in lines:
            body.append("<div>%s</div>" % (html_escape(l, entities) if l.strip() else "<br>"))
        inner = "\n".join(body)
        return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
                "</head>\n<body dir=\"auto\">\n%s\n</body>\n</html>\n" % inner)
    paras, cur = [], []
    for l in lines:
        if l.strip():
            cur.append(html_escape(l, entities))
        elif cur:
            paras.append(cur)
            cur = []
    if cur:
        paras.append(cur)
    inner = "\n".join("<p>%s</p>" % "<br>\n".join(p) for p in paras)
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><style>p{margin:0 0 1em 0;font-family:Calibri,sans-serif}</style></head>\n"
            "<body>\n%s\n</body></html>\n" % inner)


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of header lines (already folded)
        self.body = body        # bytes, CRLF

    def render(self):
        return ("\r\n".join(self.headers) + "\r\n\r\n").encode("ascii") + self.body


def text_part(text, subtype="plain", cte="auto", charset="utf-8", flowed=False):
    raw = crlf(text).encode(charset)
    if cte == "auto":
        if is_ascii(text) and not long_lines(raw):
            cte = "7bit"
        elif long_lines(raw):
            cte = "quoted-printable"
        else:
            cte = "8bit"
    if cte in ("7bit", "8bit") and long_lines(raw):
        cte = "quoted-printable"
    if cte == "7bit" and not is_ascii(text):
        cte = "8bit"
    if cte == "quoted-printable":
        body = qp(raw)
    elif cte == "base64":
        body = b64(raw)
    else:
        body = raw
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    ct = "Content-Type: text/%s; charset=%s" % (subtype, charset if charset != "utf-8" else "UTF-8")
    if flowed and subtype == "plain":
        ct += "; format=flowed"
    return Part([ct, "Content-Transfer-Encoding: %s" % cte], body)


def multipart(subtype, parts, boundary, extra=""):
    hdr = ['Content-Type: multipart/%s;%s\r\n boundary="%s"' % (subtype, extra, boundary)]
    chunks = []
    for p in parts:
        chunks.append(b"--" + boundary.encode() + b"\r\n" + p.render())
    body = b""
    for c in chunks:
        body += c
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    body += b"--" + boundary.encode() + b"--\r\n"
    return Part(hdr, body)


def boundary_for(rng):
    style = rng.randrange(4)
    h = "%032x" % rng.getrandbits(128)
    if style == 0:
        return "----=_Part_%d_%d.%d" % (rng.randrange(10 ** 6), rng.randrange(10 ** 9), rng.randrange(10 ** 12))
    if style == 1:
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:].upper())
    if style == 2:
        return "_000_%s_" % h[:40].upper()
    return "000000000000%s" % h[:16]


def attachment(rng, lang):
    kind = rng.randrange(3)
    if kind == 0:
        name = {"en": "details.csv", "de": "Liste.csv", "fr": "liste.csv", "es": "lista.csv"}[lang]
        data = crlf("ref;date;amount\n%d;2025-0%d-1%d;%d.%02d\n" % (
            rng.randrange(10000, 99999), rng.randrange(1, 9), rng.randrange(0, 9),
            rng.randrange(20, 900), rng.randrange(100))).encode("ascii")
        ct = 'text/csv; charset=us-ascii; name="%s"' % name
        return Part(['Content-Type: %s' % ct, 'Content-Disposition: attachment; filename="%s"' % name,
                     "Content-Transfer-Encoding: base64"], b64(data))
    if kind == 1:
        name = "screenshot.png" if lang == "en" else {"de": "Bildschirmfoto.png", "fr": "capture.png", "es": "captura.png"}[lang]
        # a 1x1 transparent PNG
        data = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")
        return Part(['Content-Type: image/png; name="%s"' % name,
                     'Content-Disposition: attachment; filename="%s"' % name,
                     "Content-Transfer-Encoding: base64"], b64(data))
    name = "scan_%d.pdf" % rng.randrange(100, 999)
    data = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")
    return Part(['Content-Type: application/pdf; name="%s"' % name,
                 'Content-Disposition: attachment; filename="%s"' % name,
                 "Content-Transfer-Encoding: base64"], b64(data))


def legacy_charset(rng, text):
    options = ["iso-8859-1", "iso-8859-15", "windows-1252"]
    rng.shuffle(options)
    for cs in options:
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return None


def weighted(rng, table):
    total = sum(w for _, w in table)
    x = rng.randrange(total)
    for name, w in table:
        if x < w:
            return name
        x -= w
    return table[-1][0]


# ---------------------------------------------------------------- customer mail

def build_customer(m, rng, date, tz, domain_hint):
    name, addr = parse_from(m["frm"])
    text = m["body"].strip("\n") + "\n"
    pack = m.get("pack") or weighted(rng, CUSTOMER_PACKS)
    hdrs = []
    hdrs.append("Return-Path: <%s>" % addr)
    dom = addr.split("@", 1)[1]
    hdrs.append("Received: from mail.%s (mail.%s [%s])\r\n\tby mx1.example.test (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (
        dom, dom, rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randrange(2, 250)),
        "%010X" % rng.getrandbits(40), DESK, fmt_date(date, tz)))
    hdrs.append(addr_header("From", name, addr))
    hdrs.append(addr_header("To", m.get("to_name", ""), DESK))
    for cc in m.get("cc", []):
        cn, ca = parse_from(cc)
        hdrs.append(addr_header("Cc", cn, ca))
    hdrs.append(header("Subject", m["subject"]))
    hdrs.append("Date: " + fmt_date(date, tz))
    mid_local = "%s.%s" % ("%012x" % rng.getrandbits(48), "%06d" % rng.randrange(10 ** 6))
    hdrs.append("Message-ID: <%s@%s>" % (mid_local, m.get("mid_domain", dom)))
    subj = m["subject"]
    if re.match(r"^(re|aw|antw|réf|rv|re ?:|sv)\s*:", subj, re.I) or m.get("reply"):
        ref = "<%s@example.test>" % ("ticket-%d-%x" % (rng.randrange(10000, 99999), rng.getrandbits(32)))
        hdrs.append("In-Reply-To: " + ref)
        hdrs.append("References: " + ref)
    for k, v in m.get("headers", []):
        hdrs.append(header(k, v))
    ck, cv = rng.choice(CLIENTS)
    if ck:
        hdrs.append(header(ck, cv))
    hdrs.append("MIME-Version: 1.0")
    lang = m["lang"]

    if pack == "plain_7bit_or_8bit":
        part = text_part(text, flowed=rng.random() < 0.3)
    elif pack == "plain_qp":
        part = text_part(text, cte="quoted-printable")
    elif pack == "plain_b64":
        part = text_part(text, cte="base64")
    elif pack == "plain_legacy":
        cs = legacy_charset(rng, text)
        if cs is None:
            part = text_part(text, cte="quoted-printable")
        else:
            part = text_part(text, charset=cs, cte=rng.choice(["auto", "quoted-printable"]))
    elif pack in ("alt_div", "alt_entities"):
        style = "div" if pack == "alt_div" else "p"
        html = to_html(text, style, entities=(pack == "alt_entities"))
        part = multipart("alternative", [
            text_part(text, cte=rng.choice(["auto", "quoted-printable"])),
            text_part(html, subtype="html", cte="quoted-printable")], boundary_for(rng))
    elif pack == "mixed_attachment":
        inner = text_part(text)
        part = multipart("mixed", [inner, attachment(rng, lang)], boundary_for(rng))
    elif pack == "html_only":
        html = to_html(text, rng.choice(["div", "p"]), entities=rng.random() < 0.5)
        part = text_part(html, subtype="html", cte=rng.choice(["quoted-printable", "base64"]))
    else:
        raise ValueError(pack)
    out = ("\r\n".join(hdrs) + "\r\n").encode("ascii") + part.render()
    return out, pack


# ---------------------------------------------------------------- automated mail

def build_auto(m, rng, date, tz):
    name, addr = parse_from(m["frm"])
    dom = addr.split("@", 1)[1] if "@" in addr else "example.test"
    hdrs = []
    rp = m.get("return_path", "<>" if m["kind"] == "bounce" else "<%s>" % addr)
    hdrs.append("Return-Path: %s" % rp)
    hdrs.append("Received: from %s ([%s])\r\n\tby mx1.example.test (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s" % (
        m.get("relay", "mail." + dom), rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randrange(2, 250)),
        "%010X" % rng.getrandbits(40), DESK, fmt_date(date, tz)))
    hdrs.append(addr_header("From", name, addr))
    hdrs.append(addr_header("To", m.get("to_name", ""), DESK))
    hdrs.append(header("Subject", m["subject"]))
    hdrs.append("Date: " + fmt_date(date, tz))
    mid_dom = m.get("mid_domain", dom)
    hdrs.append("Message-ID: <%s.%s@%s>" % ("%014x" % rng.getrandbits(56), "%05d" % rng.randrange(10 ** 5), mid_dom))
    for k, v in m.get("headers", []):
        hdrs.append(header(k, v))
    hdrs.append("MIME-Version: 1.0")
    t = m.get("type", "plain")
    charset = m.get("charset", "utf-8")
    if t == "plain":
        part = text_part(m["body"].strip("\n") + "\n", charset=charset, cte=m.get("cte", "auto"))
    elif t == "alt":
        text = m["body"].strip("\n") + "\n"
        part = multipart("alternative", [
            text_part(text, cte="quoted-printable"),
            text_part(to_html(text, "p", entities=True), subtype="html", cte="quoted-printable")],
            boundary_for(rng))
    elif t in ("dsn", "mdn"):
        human = text_part(m["body"].strip("\n") + "\n", charset=charset, cte=m.get("cte", "auto"))
        if t == "dsn":
            rep = Part(["Content-Type: message/delivery-status"],
                       crlf(m["report"].strip("\n") + "\n").encode("ascii"))
            rtype = "delivery-status"
        else:
            rep = Part(["Content-Type: message/disposition-notification"],
                       crlf(m["report"].strip("\n") + "\n").encode("ascii"))
            rtype = "disposition-notification"
        parts = [human, rep]
        if m.get("original"):
            head, sep, tail = m["original"].strip("\n").partition("\n\n")
            lines = []
            for line in head.split("\n"):
                k, _, v = line.partition(": ")
                lines.append(line if is_ascii(line) else header(k, v))
            orig = crlf("\n".join(lines) + sep + tail + "\n").encode("utf-8")
            if m.get("original_type", "rfc822") == "rfc822":
                parts.append(Part(["Content-Type: message/rfc822", "Content-Transfer-Encoding: 8bit" if not is_ascii(m["original"]) else "Content-Transfer-Encoding: 7bit"], orig))
            else:
                parts.append(Part(["Content-Type: text/rfc822-headers; charset=us-ascii"], orig))
        part = multipart("report", parts, boundary_for(rng), extra=" report-type=%s;" % rtype)
    else:
        raise ValueError(t)
    out = ("\r\n".join(hdrs) + "\r\n").encode("ascii") + part.render()
    return out, t


# ---------------------------------------------------------------- corpus

def collect():
    msgs = []
    for mod, lang_default in ((h24_en_pos, "en"), (h24_en_neg, "en"), (h24_de, "de"),
                              (h24_fr, "fr"), (h24_es, "es")):
        for m in mod.MESSAGES:
            m = dict(m)
            m.setdefault("lang", lang_default)
            m["automated"] = "-"
            msgs.append(m)
    for m in h24_auto.MESSAGES:
        m = dict(m)
        m["automated"] = m["kind"]
        m["triggers"] = "-"
        msgs.append(m)
    return msgs


def generate():
    rng = random.Random(SEED)
    msgs = collect()
    order = list(range(len(msgs)))
    rng.shuffle(order)
    files = {}
    rows = [HEADER_LINE]
    start = datetime.datetime(2024, 3, 4, 7, 0, 0)
    t = start
    for n, idx in enumerate(order, 1):
        m = msgs[idx]
        t = t + datetime.timedelta(minutes=rng.randrange(20, 2200), seconds=rng.randrange(60))
        date = t
        if date.hour < 6 and rng.random() < 0.7:
            date = date.replace(hour=rng.randrange(7, 22))
        tz = rng.choice(TZ[m["lang"]])
        if m.get("when"):
            # automated mail that states its own dates in the body/report
            date = datetime.datetime.strptime(m["when"], "%Y-%m-%d %H:%M") + datetime.timedelta(seconds=rng.randrange(5, 50))
            tz = m.get("tz", tz)
        fname = "%s%04d.eml" % (PREFIX, n)
        if m["automated"] == "-":
            data, _ = build_customer(m, rng, date, tz, None)
        else:
            data, _ = build_auto(m, rng, date, tz)
        files[fname] = data
        trig = m.get("triggers", "-") or "-"
        note = m.get("note", "-") or "-"
        rows.append("\t".join([fname, trig, m["automated"], m["lang"], m.get("trap", "-") or "-", note]))
    files["labels.tsv"] = ("\n".join(rows) + "\n").encode("utf-8")
    return files


def check_message(fname, data, problems):
    if b"\n" in data.replace(b"\r\n", b""):
        problems.append("%s: bare LF" % fname)
    if b"\r" in data.replace(b"\r\n", b""):
        problems.append("%s: bare CR" % fname)
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if msg[h] is None:
            problems.append("%s: missing %s" % (fname, h))
    to = msg["To"]
    if to is None or [a.addr_spec for a in to.addresses] != [DESK]:
        problems.append("%s: To is not the desk" % fname)
    for part in msg.walk():
        if part.defects:
            problems.append("%s: defects %r" % (fname, part.defects))
        for k, v in part.items():
            if getattr(v, "defects", None):
                problems.append("%s: header %s defects %r" % (fname, k, v.defects))
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            payload = part.get_payload(decode=True)
            try:
                payload.decode(cs, "strict")
            except (UnicodeDecodeError, LookupError) as e:
                problems.append("%s: text part does not decode as %s: %s" % (fname, cs, e))
    if not msg.get_content_type():
        problems.append("%s: no content type" % fname)


def check(files):
    problems = []
    for fname in sorted(files):
        path = os.path.join(HERE, fname)
        if not os.path.exists(path):
            problems.append("%s: missing on disk" % fname)
            continue
        with open(path, "rb") as f:
            if f.read() != files[fname]:
                problems.append("%s: differs from regenerated bytes" % fname)
    on_disk = {f for f in os.listdir(HERE) if f.endswith(".eml")}
    extra = on_disk - set(files)
    for f in sorted(extra):
        problems.append("%s: on disk but not generated" % f)
    counts = {t: 0 for t in TRIGGERS}
    lines = files["labels.tsv"].decode("utf-8").split("\n")
    if lines[0] != HEADER_LINE:
        problems.append("labels.tsv: bad header line")
    seen = set()
    for line in lines[1:]:
        if not line:
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            problems.append("labels.tsv: bad row %r" % line)
            continue
        fname, trig, auto, lang, trap, note = cols
        seen.add(fname)
        if lang not in LANGS:
            problems.append("%s: bad lang %s" % (fname, lang))
        if auto != "-" and auto not in AUTOMATED:
            problems.append("%s: bad automated kind %s" % (fname, auto))
        if trig != "-":
            ids = trig.split(",")
            if ids != sorted(set(ids)):
                problems.append("%s: triggers not sorted/unique" % fname)
            for i in ids:
                if i not in counts:
                    problems.append("%s: unknown trigger %s" % (fname, i))
                else:
                    counts[i] += 1
            if auto != "-":
                problems.append("%s: automated mail with triggers" % fname)
        if not trap or not note:
            problems.append("%s: empty trap/note" % fname)
        if trap != "-" and not re.match(r"^[a-z0-9_]+$", trap):
            problems.append("%s: trap not snake_case" % fname)
        check_message(fname, files[fname], problems)
    if seen != {f for f in files if f.endswith(".eml")}:
        problems.append("labels.tsv and files disagree")
    for t, c in counts.items():
        if c < 10:
            problems.append("trigger %s has only %d positives" % (t, c))
    return problems, counts


def main():
    files = generate()
    if "--check" in sys.argv[1:]:
        problems, counts = check(files)
        for p in problems:
            print("FAIL", p)
        if problems:
            print("%d problem(s)" % len(problems))
            return 1
        n = sum(1 for f in files if f.endswith(".eml"))
        print("OK: %d messages, labels.tsv consistent; positives per trigger:" % n)
        for t in TRIGGERS:
            print("  %-28s %d" % (t, counts[t]))
        return 0
    for f in os.listdir(HERE):
        if f.startswith(PREFIX) and f.endswith(".eml") and f not in files:
            os.remove(os.path.join(HERE, f))
    for fname, data in files.items():
        with open(os.path.join(HERE, fname), "wb") as f:
            f.write(data)
    print("wrote %d files" % len(files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
