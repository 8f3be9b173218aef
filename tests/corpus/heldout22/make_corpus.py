#!/usr/bin/env python3
"""Package the heldout22 corpus: hand-written message texts (h22_*.py) -> .eml files + labels.tsv.

Usage:
    python3 make_corpus.py           # (re)write all files
    python3 make_corpus.py --check   # regenerate in memory and verify everything
    python3 make_corpus.py --stats   # print counts used in README.md

Only the Python 3 standard library is used. Everything is deterministic (seed 22).
"""
import sys
sys.dont_write_bytecode = True

import base64
import binascii
import datetime
import html
import os
import random
import re
import struct
import zlib
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import format_datetime, formataddr
from html.entities import codepoint2name
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h22_en_pos  # noqa: E402
import h22_en_neg  # noqa: E402
import h22_de  # noqa: E402
import h22_fr  # noqa: E402
import h22_es  # noqa: E402
import h22_auto  # noqa: E402

SEED = 22
DESK = "support@example.test"
PREFIX = "h22-"
TRIGGERS = [
    "legal_threat", "regulatory", "manager_request", "corporate_contact_request",
    "executive_contact", "security_incident", "data_loss", "outage", "billing_dispute",
    "cancellation_threat", "media_threat", "discrimination_harassment", "safety",
    "broken_promise", "repeat_contact", "high_value_order", "severe_dissatisfaction",
    "feature_request", "technical_issue",
]
AUTO_KINDS = ["auto_reply", "bounce", "list", "receipt", "self"]
LANGS = ["en", "de", "fr", "es"]
LABEL_HEADER = "file\ttriggers\tautomated\tlang\ttrap\tnote"
MIN_POSITIVES = 10

# ---------------------------------------------------------------- loading

def load_items():
    items = []
    for mod in (h22_en_pos, h22_en_neg, h22_de, h22_fr, h22_es):
        for i, it in enumerate(mod.M):
            it = dict(it)
            it.setdefault("lang", mod.LANG)
            it["auto"] = "-"
            it["src"] = "%s:%d" % (mod.__name__, i)
            items.append(it)
    for i, it in enumerate(h22_auto.M):
        it = dict(it)
        it["src"] = "h22_auto:%d" % i
        items.append(it)
    return items


def split_addr(s):
    s = s.strip()
    if "<" in s:
        name, addr = s.rsplit("<", 1)
        return name.strip().strip('"'), addr.rstrip(">").strip()
    return "", s


def norm_triggers(t):
    if t in ("-", "", None):
        return []
    parts = [p.strip() for p in re.split(r"[,\s]+", t) if p.strip()]
    return sorted(set(parts))

# ---------------------------------------------------------------- encoding helpers

CLIENTS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.9.0"),
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("X-Mailer", "Microsoft Outlook 16.0.17928.20114"),
    ("X-Mailer", "iPhone Mail (21E236)"),
    ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
    ("User-Agent", "Roundcube Webmail/1.6.6"),
    ("X-Mailer", "Evolution 3.52.1"),
    ("User-Agent", "K-9 Mail for Android"),
    ("X-Mailer", "Claws Mail 4.2.0 (GTK 3.24.41; x86_64-pc-linux-gnu)"),
    (None, None),
    (None, None),
]

LEGACY = {
    "en": ["windows-1252", "iso-8859-1"],
    "de": ["iso-8859-1", "iso-8859-15", "windows-1252"],
    "fr": ["iso-8859-15", "iso-8859-1", "windows-1252"],
    "es": ["iso-8859-1", "windows-1252", "iso-8859-15"],
}

TZ = {
    "en": [-5, -4, -8, -7, 0, 1, 10],
    "de": [1, 2],
    "fr": [1, 2, -4],
    "es": [1, 2, -3, -5, -6],
}

PACKS = [("plain", 33), ("qp", 12), ("b64", 8), ("legacy", 12), ("alt", 19),
         ("mixed", 8), ("htmlonly", 8)]


def wchoice(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.randrange(total)
    for v, w in pairs:
        if r < w:
            return v
        r -= w
    raise AssertionError


def encodable(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def is_ascii(text):
    return all(ord(c) < 128 for c in text)


def enc_body(text, cs, cte):
    """Return (cte, encoded body str with LF line ends)."""
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(cs)
    if cte in ("7bit", "8bit") and max(len(l) for l in raw.split(b"\n")) > 900:
        cte = "quoted-printable"
    if cte in ("7bit", "8bit"):
        if is_ascii(text):
            cte = "7bit"
        elif cte == "7bit":
            cte = "8bit"
        return cte, raw.decode(cs)
    if cte == "quoted-printable":
        out = binascii.b2a_qp(raw, quotetabs=False, istext=True, header=False).decode("ascii")
        if not out.endswith("\n"):
            out += "\n"
        return cte, out
    if cte == "base64":
        out = base64.encodebytes(text.replace("\n", "\r\n").encode(cs)).decode("ascii")
        return cte, out
    raise ValueError(cte)


def leaf(ctype, cs, text, cte, extra=()):
    cte, body = enc_body(text, cs, cte)
    h = ['Content-Type: %s; charset="%s"' % (ctype, cs)] if cs else ["Content-Type: %s" % ctype]
    h += list(extra)
    h.append("Content-Transfer-Encoding: %s" % cte)
    return "\n".join(h) + "\n\n" + body


def entity(c):
    o = ord(c)
    if o < 128:
        return c
    if o in codepoint2name:
        return "&%s;" % codepoint2name[o]
    return "&#%d;" % o


def to_html(text, style):
    lines = text.rstrip("\n").split("\n")
    if style == "divs":
        out = ['<div dir="ltr">']
        for l in lines:
            out.append("<div>%s</div>" % html.escape(l, quote=False) if l.strip() else "<div><br></div>")
        out.append("</div>")
        return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n" + "\n".join(out) + "\n</body></html>\n"
    if style == "outlook":
        out = []
        for l in lines:
            if l.strip():
                t = "".join(entity(c) for c in html.escape(l, quote=False))
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % t)
            else:
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
                '</head><body lang="EN-GB" link="#0563C1"><div class="WordSection1">\n'
                + "\n".join(out) + "\n</div></body></html>\n")
    # paras
    paras, cur = [], []
    for l in lines:
        if l.strip():
            cur.append(html.escape(l, quote=False))
        elif cur:
            paras.append(cur)
            cur = []
    if cur:
        paras.append(cur)
    body = "\n".join("<p>" + "<br>\n".join(p) + "</p>" for p in paras)
    return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body style=\"font-family: Arial, sans-serif\">\n" + body + "\n</body></html>\n"


def tiny_png(rng):
    w = h = 4
    shade = rng.randrange(40, 220)
    raw = b"".join(b"\x00" + bytes([shade, shade, (shade + 40) % 256]) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_pdf(title):
    t = re.sub(r"[^A-Za-z0-9 ._-]", "", title)[:40]
    return ("%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Contents 4 0 R >> endobj\n"
            "4 0 obj << /Length 44 >> stream\nBT /F1 12 Tf 10 50 Td (%s) Tj ET\nendstream endobj\n"
            "trailer << /Root 1 0 R >>\n%%%%EOF\n" % t).encode("ascii")


def b64lines(data):
    return base64.encodebytes(data).decode("ascii")


def disp_filename(name):
    if is_ascii(name):
        return 'attachment; filename="%s"' % name
    return "attachment; filename*=utf-8''%s" % quote(name)


def ctype_name(name):
    if is_ascii(name):
        return '; name="%s"' % name
    return ""


def attachment(rng, it):
    name = it.get("attach")
    if not name:
        name = rng.choice(["photo.png", "screenshot.png", "scan.pdf", "IMG_2041.png", "document.pdf"])
    ext = name.rsplit(".", 1)[-1].lower()
    if ext == "png":
        data = tiny_png(rng)
        return "\n".join(["Content-Type: image/png" + ctype_name(name),
                          "Content-Disposition: " + disp_filename(name),
                          "Content-Transfer-Encoding: base64", "", b64lines(data)])
    if ext == "pdf":
        data = tiny_pdf(name)
        return "\n".join(["Content-Type: application/pdf" + ctype_name(name),
                          "Content-Disposition: " + disp_filename(name),
                          "Content-Transfer-Encoding: base64", "", b64lines(data)])
    txt = it.get("attach_text", "see mail\n")
    ct = "text/csv" if ext == "csv" else "text/plain"
    return leaf(ct, "utf-8", txt, "quoted-printable",
                extra=["Content-Disposition: " + disp_filename(name)])


def boundary(rng, style):
    if style == 0:
        return "000000000000%016x" % rng.getrandbits(64)
    if style == 1:
        return "_000_%s_" % "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(40))
    if style == 2:
        return "----=_Part_%d_%d.%d" % (rng.randrange(10**5), rng.randrange(10**9), rng.randrange(10**12))
    return "Apple-Mail=_%08X-%04X-%04X-%04X-%012X" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(48))


def multipart(sub, bnd, parts, preamble=None, params=""):
    h = 'Content-Type: multipart/%s;%s boundary="%s"' % (sub, params, bnd)
    out = h + "\n\n"
    if preamble:
        out += preamble + "\n\n"
    for p in parts:
        if not p.endswith("\n"):
            p += "\n"
        out += "--%s\n%s" % (bnd, p)
    out += "--%s--\n" % bnd
    return out


def enc_header_text(s, cs):
    if is_ascii(s):
        return s
    return Header(s, cs if encodable(s, cs) else "utf-8", header_name="Subject").encode(linesep="\n", maxlinelen=76)


def fmt_addr(s, cs="utf-8"):
    name, addr = split_addr(s)
    if not name:
        return addr
    if not is_ascii(name) and not encodable(name, cs):
        cs = "utf-8"
    return formataddr((name, addr), charset=cs)


def make_date(rng, lang):
    start = datetime.datetime(2024, 3, 1, 0, 0, 0)
    dt = start + datetime.timedelta(seconds=rng.randrange(0, 590 * 86400))
    off = rng.choice(TZ.get(lang, [0]))
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return dt.replace(tzinfo=tz)


def msgid(rng, domain, style):
    if style == 0:
        return "<%016x.%06d@%s>" % (rng.getrandbits(64), rng.randrange(10**6), domain)
    if style == 1:
        return "<CA+%s@mail.%s>" % (base64.urlsafe_b64encode(rng.getrandbits(192).to_bytes(24, "big")).decode().rstrip("="), domain)
    if style == 2:
        return "<%08X-%04X-%04X-%04X-%012X@%s>" % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(48), domain)
    return "<%d.%d.JavaMail.mail@%s>" % (rng.randrange(10**9), rng.randrange(10**13), domain)

# ---------------------------------------------------------------- builders

def build_customer(rng, it):
    lang = it["lang"]
    text = it["body"]
    pack = it.get("pack") or wchoice(rng, PACKS)
    cs = "utf-8"
    headers_extra = []
    if pack == "legacy":
        cands = [c for c in LEGACY[lang] if encodable(text + it["subj"], c)]
        if cands:
            cs = rng.choice(cands)
        else:
            pack = "plain"
    html_style = rng.choice(["divs", "outlook", "paras"])
    bstyle = rng.randrange(4)
    if pack == "plain":
        body = leaf("text/plain", "utf-8", text, "8bit")
    elif pack == "qp":
        body = leaf("text/plain", "utf-8", text, "quoted-printable")
    elif pack == "b64":
        body = leaf("text/plain", "utf-8", text, "base64")
    elif pack == "legacy":
        body = leaf("text/plain", cs, text, rng.choice(["8bit", "quoted-printable"]))
    elif pack == "alt":
        h = to_html(text, html_style)
        body = multipart("alternative", boundary(rng, bstyle), [
            leaf("text/plain", "utf-8", text, rng.choice(["quoted-printable", "8bit"])),
            leaf("text/html", "utf-8", h, "quoted-printable" if rng.random() < 0.7 else "base64"),
        ])
    elif pack == "mixed":
        inner_alt = rng.random() < 0.4
        if inner_alt:
            first = multipart("alternative", boundary(rng, bstyle), [
                leaf("text/plain", "utf-8", text, "quoted-printable"),
                leaf("text/html", "utf-8", to_html(text, html_style), "quoted-printable")])
        else:
            first = leaf("text/plain", "utf-8", text, rng.choice(["8bit", "quoted-printable"]))
        body = multipart("mixed", boundary(rng, bstyle), [first, attachment(rng, it)],
                         preamble="This is a multi-part message in MIME format." if rng.random() < 0.5 else None)
    elif pack == "htmlonly":
        body = leaf("text/html", "utf-8", to_html(text, html_style), rng.choice(["quoted-printable", "base64", "8bit"]))
    else:
        raise ValueError(pack)
    name, addr = split_addr(it["frm"])
    domain = addr.split("@", 1)[1]
    date = make_date(rng, lang)
    mid = msgid(rng, it.get("msgid_domain", domain), rng.randrange(4))
    client = rng.choice(CLIENTS)
    hdrs = []
    hdrs.append("Return-Path: <%s>" % addr)
    hdrs.append("Received: from mail.%s (mail.%s [%s.%d])\n\tby mx1.example.test (Postfix) with ESMTPS id %010X\n\tfor <%s>; %s"
                % (domain, domain, rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randrange(2, 250),
                   rng.getrandbits(40), DESK, format_datetime(date + datetime.timedelta(seconds=rng.randrange(2, 90)))))
    hdrs.append("Date: " + format_datetime(date))
    hdrs.append("From: " + fmt_addr(it["frm"], cs))
    hdrs.append("To: " + it.get("to", "Support <%s>" % DESK if rng.random() < 0.5 else DESK))
    if it.get("cc"):
        hdrs.append("Cc: " + it["cc"])
    hdrs.append("Subject: " + enc_header_text(it["subj"], cs))
    hdrs.append("Message-ID: " + mid)
    if re.match(r"(?i)^\s*(re|aw|antw|r[ée]f|rv|réf)\s*:", it["subj"]):
        ref = "<%016x@escalated.example.test>" % rng.getrandbits(64)
        hdrs.append("In-Reply-To: " + ref)
        hdrs.append("References: " + ref)
    hdrs.append("MIME-Version: 1.0")
    if client[0]:
        hdrs.append("%s: %s" % client)
    for k, v in it.get("headers", []):
        hdrs.append("%s: %s" % (k, v))
    return "\n".join(hdrs) + "\n" + body, pack, cs


def original_message(rng, it, date):
    o = it["orig"]
    text = o["body"]
    cte, body = enc_body(text, "utf-8", "quoted-printable" if not is_ascii(text) else "7bit")
    lines = [
        "Date: " + format_datetime(date - datetime.timedelta(minutes=rng.randrange(1, 300))),
        "From: " + o.get("frm", "Support <%s>" % DESK),
        "To: " + o["to"],
        "Subject: " + enc_header_text(o["subj"], "utf-8"),
        "Message-ID: <%016x@escalated.example.test>" % rng.getrandbits(64),
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: " + cte,
    ]
    return "\n".join(lines) + "\n", body


def build_auto(rng, it):
    lang = it["lang"]
    date = make_date(rng, lang)
    name, addr = split_addr(it["frm"])
    domain = it.get("msgid_domain") or addr.split("@", 1)[1]
    struct_ = it.get("struct", "plain")
    cs = it.get("charset", "utf-8")
    bstyle = rng.randrange(4)
    if struct_ == "plain":
        body = leaf("text/plain", cs, it["body"], it.get("cte", "8bit"))
    elif struct_ == "html":
        body = multipart("alternative", boundary(rng, bstyle), [
            leaf("text/plain", "utf-8", it["body"], "quoted-printable"),
            leaf("text/html", "utf-8", to_html(it["body"], "paras"), "quoted-printable")])
    elif struct_ == "dsn":
        d = it["dsn"]
        ohdr, obody = original_message(rng, it, date)
        fields = ["Reporting-MTA: dns; %s" % d["mta"]]
        if d.get("queue"):
            fields.append("X-Postfix-Queue-ID: %s" % d["queue"])
        fields.append("Arrival-Date: " + format_datetime(date - datetime.timedelta(minutes=rng.randrange(1, 90))))
        fields.append("")
        for r in d["rcpts"]:
            fields.append("Final-Recipient: rfc822; %s" % r["to"])
            fields.append("Action: %s" % r.get("action", "failed"))
            fields.append("Status: %s" % r["status"])
            if r.get("remote"):
                fields.append("Remote-MTA: dns; %s" % r["remote"])
            if r.get("diag"):
                fields.append("Diagnostic-Code: smtp; %s" % r["diag"])
            if r.get("action") == "delayed":
                fields.append("Will-Retry-Until: " + format_datetime(date + datetime.timedelta(days=4)))
            fields.append("Last-Attempt-Date: " + format_datetime(date))
            fields.append("")
        ds = "Content-Type: message/delivery-status\n\n" + "\n".join(fields)
        if d.get("headers_only"):
            op = "Content-Type: text/rfc822-headers\n\n" + ohdr
        else:
            op = "Content-Type: message/rfc822\n\n" + ohdr + "\n" + obody
        body = multipart("report", boundary(rng, 2), [
            leaf("text/plain", cs, it["body"], it.get("cte", "quoted-printable")), ds, op],
            params=" report-type=delivery-status;",
            preamble="This is a MIME-encapsulated message.")
    elif struct_ == "mdn":
        d = it["mdn"]
        omid = "<%016x@escalated.example.test>" % rng.getrandbits(64)
        fields = ["Reporting-UA: %s" % d["ua"],
                  "Original-Recipient: rfc822;%s" % addr,
                  "Final-Recipient: rfc822;%s" % addr,
                  "Original-Message-ID: %s" % omid,
                  "Disposition: %s" % d.get("disp", "manual-action/MDN-sent-manually; displayed"), ""]
        parts = [leaf("text/plain", cs, it["body"], it.get("cte", "quoted-printable")),
                 "Content-Type: message/disposition-notification\n\n" + "\n".join(fields)]
        if d.get("orig_subj"):
            parts.append("Content-Type: text/rfc822-headers\n\nFrom: Support <%s>\nTo: %s\nSubject: %s\nMessage-ID: %s\n"
                         % (DESK, addr, enc_header_text(d["orig_subj"], "utf-8"), omid))
        body = multipart("report", boundary(rng, bstyle), parts, params=" report-type=disposition-notification;")
    else:
        raise ValueError(struct_)
    hdrs = []
    for k, v in it.get("pre_headers", []):
        hdrs.append("%s: %s" % (k, v))
    hdrs.append("Date: " + format_datetime(date))
    hdrs.append("From: " + fmt_addr(it["frm"], cs))
    hdrs.append("To: " + it.get("to", DESK))
    hdrs.append("Subject: " + enc_header_text(it["subj"], cs))
    hdrs.append("Message-ID: " + msgid(rng, domain, it.get("msgid_style", rng.randrange(3))))
    if it.get("in_reply_to"):
        ref = "<%016x@escalated.example.test>" % rng.getrandbits(64)
        hdrs.append("In-Reply-To: " + ref)
        hdrs.append("References: " + ref)
    hdrs.append("MIME-Version: 1.0")
    for k, v in it.get("headers", []):
        hdrs.append("%s: %s" % (k, v))
    return "\n".join(hdrs) + "\n" + body, struct_, cs


def generate():
    items = load_items()
    rng = random.Random(SEED)
    rng.shuffle(items)
    files = {}
    rows = [LABEL_HEADER]
    meta = []
    for n, it in enumerate(items, 1):
        fn = "%s%04d.eml" % (PREFIX, n)
        if it["auto"] == "-":
            txt, pack, cs = build_customer(rng, it)
        else:
            txt, pack, cs = build_auto(rng, it)
        raw = encode_mixed(txt, cs)
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        files[fn] = raw
        trig = norm_triggers(it.get("trig", "-"))
        note = (it.get("note") or "-").replace("\t", " ").replace("\n", " ")
        rows.append("\t".join([fn, ",".join(trig) or "-", it["auto"], it["lang"], it.get("trap") or "-", note]))
        meta.append(dict(file=fn, trig=trig, auto=it["auto"], lang=it["lang"], trap=it.get("trap") or "-",
                         pack=pack, cs=cs, src=it["src"]))
    files["labels.tsv"] = ("\n".join(rows) + "\n").encode("utf-8")
    return files, meta


def encode_mixed(txt, cs):
    """Message text is ASCII except 8bit bodies, which are encoded in their part charset.
    Each 8bit leaf was produced from text in charset cs (legacy) or utf-8."""
    try:
        return txt.encode("ascii")
    except UnicodeEncodeError:
        pass
    # non-ASCII only occurs inside 8bit leaves; legacy packs use one charset for the single leaf
    if cs != "utf-8":
        return txt.encode(cs)
    return txt.encode("utf-8")

# ---------------------------------------------------------------- checking

def check(files, meta):
    errs = []
    on_disk = sorted(f for f in os.listdir(HERE) if f.endswith(".eml") or f == "labels.tsv")
    if on_disk != sorted(files):
        errs.append("file set differs: extra=%s missing=%s" % (sorted(set(on_disk) - set(files))[:5], sorted(set(files) - set(on_disk))[:5]))
    for fn, data in files.items():
        p = os.path.join(HERE, fn)
        if os.path.exists(p):
            with open(p, "rb") as f:
                if f.read() != data:
                    errs.append("%s differs from regenerated bytes" % fn)
    for fn, data in files.items():
        if fn == "labels.tsv":
            continue
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            errs.append("%s: bare LF or CR" % fn)
        msg = BytesParser(policy=policy.default).parsebytes(data)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errs.append("%s: missing %s" % (fn, h))
        to = msg["To"]
        if to is None or [a.addr_spec.lower() for a in to.addresses] != [DESK]:
            errs.append("%s: To is not the desk" % fn)
        for part in msg.walk():
            if part.defects:
                errs.append("%s: defects %r" % (fn, part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errs.append("%s: header %s defects %r" % (fn, k, v.defects))
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                payload = part.get_payload(decode=True)
                try:
                    payload.decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    errs.append("%s: text part does not decode as %s: %s" % (fn, cs, e))
    lines = files["labels.tsv"].decode("utf-8").split("\n")
    if lines[0] != LABEL_HEADER:
        errs.append("labels.tsv header wrong")
    counts = {t: 0 for t in TRIGGERS}
    seen = set()
    for line in lines[1:]:
        if not line:
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            errs.append("labels.tsv: bad row %r" % line[:60])
            continue
        fn, trig, auto, lang, trap, note = cols
        seen.add(fn)
        if fn not in files:
            errs.append("labels.tsv: unknown file %s" % fn)
        if auto != "-" and auto not in AUTO_KINDS:
            errs.append("%s: bad automated %s" % (fn, auto))
        if lang not in LANGS:
            errs.append("%s: bad lang %s" % (fn, lang))
        if not re.fullmatch(r"-|[a-z0-9_]+", trap):
            errs.append("%s: trap not snake_case" % fn)
        if trig != "-":
            ts = trig.split(",")
            if ts != sorted(set(ts)):
                errs.append("%s: triggers not sorted/unique" % fn)
            for t in ts:
                if t not in TRIGGERS:
                    errs.append("%s: unknown trigger %s" % (fn, t))
                else:
                    counts[t] += 1
            if auto != "-":
                errs.append("%s: automated mail has triggers" % fn)
    if seen != set(f for f in files if f.endswith(".eml")):
        errs.append("labels.tsv does not list every message exactly")
    for t, c in counts.items():
        if c < MIN_POSITIVES:
            errs.append("trigger %s has only %d positives" % (t, c))
    return errs, counts


def stats(meta):
    from collections import Counter
    cls = Counter()
    for m in meta:
        c = m["auto"] != "-" and "automated" or (m["trig"] and "positive" or "negative")
        cls[(c, m["lang"])] += 1
    print("class x lang")
    for c in ("positive", "negative", "automated"):
        print(c, [cls[(c, l)] for l in LANGS], sum(cls[(c, l)] for l in LANGS))
    print("lang totals", Counter(m["lang"] for m in meta))
    print("auto kinds", Counter(m["auto"] for m in meta if m["auto"] != "-"))
    print("auto kinds x lang", sorted(Counter((m["auto"], m["lang"]) for m in meta if m["auto"] != "-").items()))
    tc = Counter(t for m in meta for t in m["trig"])
    for t in TRIGGERS:
        print("  %-28s %d" % (t, tc[t]))
    print("traps", sorted(Counter(m["trap"] for m in meta if m["trap"] != "-").items(), key=lambda x: -x[1]))
    print("traps x lang", sorted(Counter((m["trap"], m["lang"]) for m in meta if m["trap"] != "-").items()))
    la = [m for m in meta if m["trap"] == "looks_automated"]
    print("looks_automated", len(la), "with triggers", sum(1 for m in la if m["trig"]), Counter(m["lang"] for m in la))
    print("packs", Counter(m["pack"] for m in meta))
    print("charsets", Counter(m["cs"] for m in meta))
    print("multi-trigger", sum(1 for m in meta if len(m["trig"]) > 1))


def main():
    files, meta = generate()
    if "--stats" in sys.argv:
        stats(meta)
        return 0
    if "--check" in sys.argv:
        errs, counts = check(files, meta)
        for e in errs[:200]:
            print("FAIL:", e)
        if errs:
            print("%d problem(s)" % len(errs))
            return 1
        print("OK: %d messages, labels.tsv consistent, all checks passed" % (len(files) - 1))
        return 0
    for fn in os.listdir(HERE):
        if fn.startswith(PREFIX) and fn.endswith(".eml") and fn not in files:
            os.remove(os.path.join(HERE, fn))
    for fn, data in files.items():
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(data)
    print("wrote %d messages + labels.tsv" % (len(files) - 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
