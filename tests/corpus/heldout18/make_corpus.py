#!/usr/bin/env python3
"""Package the hand-written heldout18 messages into RFC 5322 files.

The message texts live in the h18_*.py helper modules. This script only does the
packaging: MIME structure, transfer encodings, charsets, RFC 2047 words, dates,
Message-IDs, client headers and file order. Everything is derived from a fixed seed.

    python3 make_corpus.py           # write h18-NNNN.eml and labels.tsv
    python3 make_corpus.py --check   # regenerate in memory and verify
    python3 make_corpus.py --stats   # print counts (used for README.md)
"""
import sys
sys.dont_write_bytecode = True

import base64
import datetime
import html
import html.entities
import os
import quopri
import random
import re
import struct
import zlib
from collections import Counter
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h18_auto  # noqa: E402
import h18_de  # noqa: E402
import h18_en_neg  # noqa: E402
import h18_en_pos  # noqa: E402
import h18_es  # noqa: E402
import h18_fr  # noqa: E402

SEED = 18
DESK = "support@example.test"
CRLF = "\r\n"
LABEL_HEADER = "file\ttriggers\tautomated\tlang\ttrap\tnote"

TRIGGERS = [
    "legal_threat", "regulatory", "manager_request", "corporate_contact_request",
    "executive_contact", "security_incident", "data_loss", "outage", "billing_dispute",
    "cancellation_threat", "media_threat", "discrimination_harassment", "safety",
    "broken_promise", "repeat_contact", "high_value_order", "severe_dissatisfaction",
    "feature_request", "technical_issue",
]
AUTO_KINDS = ["auto_reply", "bounce", "list", "receipt", "self"]
LANGS = ["en", "de", "fr", "es"]
INDUSTRIES = {
    "luthier": "luthiers and guitar repair",
    "keyboards": "gaming keyboards and mice makers",
    "dance": "dance schools",
    "removals": "international removals by container",
    "carseat": "car-seat and pram retailers",
    "insulation": "loft and cavity-wall insulation installers",
    "trainer": "personal trainers and online coaching",
    "archery": "archery ranges",
    "tea": "tea and spice subscriptions",
    "jewellery": "costume-jewellery webshops",
    "wig": "wig and hairpiece makers",
    "tyres": "winter-tyre storage and snow chains",
    "bridge": "bridge and card-game clubs",
    "calligraphy": "calligraphy and lettering courses",
    "septic": "septic-tank emptying",
}

CLIENTS = {
    "en": [
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.3.1"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("X-Mailer", "Apple Mail (2.3774.100.2)"),
        ("X-Mailer", "iPhone Mail (21A360)"),
        ("User-Agent", "Roundcube Webmail/1.6.5"),
        ("User-Agent", "K-9 Mail for Android"),
        ("X-Mailer", "Evolution 3.50.1"),
        None, None, None,
    ],
    "de": [
        ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.4.2"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("User-Agent", "Open-Xchange Mailer v7.10.6-Rev52"),
        ("X-Mailer", "WEB.DE Mail"),
        ("X-Mailer", "iPhone Mail (21A360)"),
        None, None,
    ],
    "fr": [
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("User-Agent", "Zimbra 9.0.0_GA_4546"),
        ("X-Mailer", "Orange Messagerie"),
        ("X-Mailer", "Apple Mail (2.3731.700.6)"),
        ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:115.0) Gecko/20100101 Thunderbird/115.3.0"),
        None, None,
    ],
    "es": [
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("User-Agent", "Roundcube Webmail/1.5.3"),
        ("X-Mailer", "iPhone Mail (20H115)"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.2.3"),
        None, None,
    ],
}
TZ = {
    "en": [0, 0, 60, 60, -300, -240, 780, 600],
    "de": [60, 120, 120],
    "fr": [120, 120, 60, -240],
    "es": [120, 60, -180, -300],
}
TO_FORMS = [
    "support@example.test",
    "Support <support@example.test>",
    "\"Customer Support\" <support@example.test>",
    "<support@example.test>",
    "support@example.test",
]
DOC_IPS = ["192.0.2.", "198.51.100.", "203.0.113."]


# ---------------------------------------------------------------- helpers

def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", CRLF)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encodable(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def fold_ascii(name, value):
    """Fold an ASCII header at whitespace so that lines stay below 78 chars."""
    line = name + ": "
    out = []
    for word in value.split(" "):
        if len(line) + len(word) > 76 and line.strip() not in (name + ":",):
            out.append(line.rstrip(" "))
            line = " " + word + " "
        else:
            line += word + " "
    out.append(line.rstrip(" "))
    return CRLF.join(out)


def enc_header(name, value, charset):
    if is_ascii(value):
        return fold_ascii(name, value)
    h = Header(value, charset, header_name=name, maxlinelen=76)
    return name + ": " + h.encode(linesep=CRLF)


def enc_address(name, value, charset):
    if is_ascii(value):
        if "<" in value:
            disp, rest = value.split("<", 1)
            disp = disp.strip()
            if disp and not disp.startswith('"') and any(c in disp for c in '.,()[]:;@\\'):
                value = '"%s" <%s' % (disp, rest)
        return fold_ascii(name, value)
    disp, addr = parseaddr(value)
    h = Header(disp, charset, header_name=name, maxlinelen=76)
    return name + ": " + h.encode(linesep=CRLF) + " <" + addr + ">"


def body_bytes(text, charset, cte):
    """Return (cte, encoded body as bytes with CRLF)."""
    raw = crlf(text).encode(charset)
    if cte in ("7bit", "8bit"):
        if max(len(x) for x in raw.split(b"\r\n")) > 990:
            cte = "quoted-printable"
        else:
            if cte == "7bit" and not is_ascii(text):
                cte = "8bit"
            return cte, raw
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw.replace(b"\r\n", b"\n"))
        return cte, crlf(enc.decode("ascii")).encode("ascii")
    enc = base64.encodebytes(raw).decode("ascii")
    return "base64", crlf(enc).encode("ascii")


def text_part(text, subtype, charset, cte, extra=None):
    cte, enc = body_bytes(text, charset, cte)
    lines = ["Content-Type: text/%s; charset=\"%s\"" % (subtype, charset),
             "Content-Transfer-Encoding: " + cte]
    if subtype == "plain" and charset != "us-ascii" and cte == "8bit" and extra == "flowed":
        lines[0] = "Content-Type: text/plain; charset=%s; format=flowed" % charset
    if extra and extra != "flowed":
        lines.extend(extra)
    return (CRLF.join(lines) + CRLF + CRLF).encode("ascii") + enc, cte


def html_from_text(text, style):
    """Render a plain-text body as simple HTML in one of a few client styles."""
    lines = text.rstrip("\n").split("\n")
    if style == "div":
        out = ["<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"]
        for ln in lines:
            if ln.strip() == "":
                out.append("<div><br></div>")
            else:
                out.append("<div>%s</div>" % html.escape(ln, quote=False))
        out.append("</body></html>")
        return "\n".join(out) + "\n"
    if style == "br":
        body = "<br>\n".join(html.escape(ln, quote=False) for ln in lines)
        return ("<html><body style=\"font-family: Calibri, sans-serif; font-size: 11pt\">\n"
                + body + "<br>\n</body></html>\n")
    # "p": paragraphs, named entities for everything non-ASCII, blockquotes for > lines
    def ent(s):
        s = html.escape(s, quote=False)
        res = []
        for ch in s:
            cp = ord(ch)
            if cp < 128:
                res.append(ch)
            elif cp in html.entities.codepoint2name:
                res.append("&%s;" % html.entities.codepoint2name[cp])
            else:
                res.append("&#%d;" % cp)
        return "".join(res)
    out = ["<!DOCTYPE html>", "<html>", "<head><meta charset=\"utf-8\"></head>", "<body>"]
    para, quote = [], []

    def flush_para():
        if para:
            out.append("<p>" + "<br>\n".join(ent(x) for x in para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            out.append("<blockquote style=\"margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex\">"
                       + "<br>\n".join(ent(x) for x in quote) + "</blockquote>")
            quote.clear()
    for ln in lines:
        if ln.startswith(">"):
            flush_para()
            quote.append(ln.lstrip(">").lstrip(" "))
        elif ln.strip() == "":
            flush_para()
            flush_quote()
        else:
            flush_quote()
            para.append(ln)
    flush_para()
    flush_quote()
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out).replace("  ", " &nbsp;") + "\n"


def tiny_png(rng):
    w, h = 4, 3
    rows = b""
    for _ in range(h):
        rows += b"\x00" + bytes(rng.randrange(256) for _ in range(w * 3))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def tiny_pdf(title):
    s = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
         "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
         "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\n"
         "4 0 obj<</Title(" + title + ")>>endobj\n"
         "trailer<</Root 1 0 R/Info 4 0 R>>\n%%EOF\n")
    return s.encode("ascii")


def b64_lines(data):
    return crlf(base64.encodebytes(data).decode("ascii")).rstrip(CRLF)


def attachment_part(kind, rng):
    if kind == "png":
        name = rng.choice(["screenshot.png", "IMG_2041.png", "photo.png"])
        return CRLF.join([
            "Content-Type: image/png; name=\"%s\"" % name,
            "Content-Disposition: attachment; filename=\"%s\"" % name,
            "Content-Transfer-Encoding: base64", "", b64_lines(tiny_png(rng))]).encode("ascii")
    if kind == "pdf":
        name = rng.choice(["receipt.pdf", "invoice.pdf", "scan_0001.pdf"])
        return CRLF.join([
            "Content-Type: application/pdf; name=\"%s\"" % name,
            "Content-Disposition: attachment; filename=\"%s\"" % name,
            "Content-Transfer-Encoding: base64", "", b64_lines(tiny_pdf(name))]).encode("ascii")
    if kind == "csv":
        data = ("question;answer\nISO 27001 certified;\nData retention period;\n"
                "Encryption at rest;\nSub-processors;\n")
        return CRLF.join([
            "Content-Type: text/csv; charset=\"utf-8\"; name=\"security_questionnaire.csv\"",
            "Content-Disposition: attachment; filename=\"security_questionnaire.csv\"",
            "Content-Transfer-Encoding: base64", "", b64_lines(crlf(data).encode("utf-8"))]).encode("ascii")
    if kind == "eml":
        return CRLF.join([
            "Content-Type: message/rfc822; name=\"phishing.eml\"",
            "Content-Disposition: attachment; filename=\"phishing.eml\"",
            "Content-Transfer-Encoding: 7bit", "", crlf(h18_en_pos.PHISH_EML).rstrip(CRLF)]).encode("ascii")
    raise ValueError(kind)


def boundary(rng, style):
    h = "%032x" % rng.getrandbits(128)
    if style == 0:
        return "----=_Part_%d_%d.%d" % (rng.randrange(10 ** 5), rng.randrange(10 ** 9), rng.randrange(10 ** 12))
    if style == 1:
        return "_000_" + h[:24].upper() + "_"
    if style == 2:
        return "Apple-Mail=_" + h[:8].upper() + "-" + h[8:12].upper() + "-" + h[12:16].upper() + "-" + h[16:28].upper()
    return "000000000000" + h[:16]


def multipart(subtype, parts, bnd, params=""):
    head = "Content-Type: multipart/%s;%s" % (subtype, params) + CRLF + "\tboundary=\"%s\"" % bnd
    out = (head + CRLF + CRLF + "This is a multi-part message in MIME format." + CRLF).encode("ascii")
    for p in parts:
        if isinstance(p, str):
            p = p.encode("utf-8")
        if not p.endswith(b"\r\n"):
            p += b"\r\n"
        out += b"\r\n--" + bnd.encode("ascii") + b"\r\n" + p
    out += b"\r\n--" + bnd.encode("ascii") + b"--\r\n"
    return out


def domain_of(addr):
    return addr.rsplit("@", 1)[1].lower().rstrip(">")


def make_msgid(rng, domain, style):
    h = "%040x" % rng.getrandbits(160)
    if style == 0:
        return "<%s.%s@%s>" % (h[:12], h[12:20], domain)
    if style == 1:
        return "<CA+%s%s@mail.%s>" % (base64.b32encode(bytes.fromhex(h[:20])).decode().rstrip("=").lower(),
                                      h[20:28], domain)
    if style == 2:
        return "<AM9PR0%sMB%s%s@%s>" % (h[0].upper(), h[1:5].upper(), h[5:14].upper(), domain)
    return "<%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper(), domain)


def received(rng, domain, when):
    ip = rng.choice(DOC_IPS) + str(rng.randrange(2, 254))
    qid = "%012X" % rng.getrandbits(48)
    return fold_ascii("Received", "from mail.%s (mail.%s [%s]) by mx.example.test (Postfix) with ESMTPS "
                      "id %s for <%s>; %s" % (domain, domain, ip, qid, DESK, format_datetime(when)))


# ---------------------------------------------------------------- records

def load_records():
    recs = []
    for mod, lang, klass in ((h18_en_pos, "en", "pos"), (h18_en_neg, "en", "neg"),
                             (h18_de, "de", None), (h18_fr, "fr", None), (h18_es, "es", None)):
        for m in mod.MESSAGES:
            trig = sorted(set(m["trig"].split()))
            recs.append(dict(m, lang=lang, triggers=trig, automated="-",
                             klass=klass or ("pos" if trig else "neg")))
    for m in h18_auto.MESSAGES:
        recs.append(dict(m, triggers=[], automated=m["kind"], klass="auto", ind=None))
    return recs


def build_customer(rec, rng, when):
    frm = rec["frm"]
    addr = parseaddr(frm)[1]
    dom = domain_of(addr)
    lang = rec["lang"]
    text = rec["body"]
    subj = rec["subj"]
    opt = rec.get("opt", {})

    # packaging choice
    legacy = [cs for cs in ("iso-8859-1", "iso-8859-15", "windows-1252")
              if encodable(text, cs) and encodable(subj, cs)]
    kinds = ["utf8_8bit"] * 20 + ["utf8_qp"] * 14 + ["utf8_b64"] * 8 + ["alt_html"] * 20 + \
        ["html_only"] * 6 + ["mixed"] * 8
    if is_ascii(text):
        kinds += ["ascii_7bit"] * 12
    if legacy:
        kinds += ["legacy"] * (8 if is_ascii(text) else 22)
    pack = rng.choice(kinds)
    if "attach" in opt:
        pack = "mixed"
    charset = "utf-8"
    if pack == "legacy":
        charset = rng.choice(legacy)
    hcharset = charset if rng.random() < 0.5 and encodable(subj, charset) else "utf-8"
    client = rng.choice(CLIENTS[lang])
    msgid_style = rng.randrange(4)
    bstyle = rng.randrange(4)

    headers = [received(rng, dom, when + datetime.timedelta(seconds=rng.randrange(2, 90)))]
    headers.append(enc_address("From", frm, hcharset))
    headers.append("To: " + rng.choice(TO_FORMS))
    headers.append(enc_header("Subject", subj, hcharset))
    headers.append("Date: " + format_datetime(when))
    headers.append("Message-ID: " + make_msgid(rng, dom, msgid_style))
    if subj.lower().startswith(("re:", "aw:", "re :")) and rng.random() < 0.8:
        ref = "<%016x@escalated.example.test>" % rng.getrandbits(64) if rng.random() < 0.6 else \
            make_msgid(rng, dom, rng.randrange(4))
        headers.append("In-Reply-To: " + ref)
        headers.append("References: " + ref)
    if client:
        headers.append(fold_ascii(client[0], client[1]))
    if client and client[1].startswith("Microsoft Outlook"):
        headers.append("Content-Language: " + {"en": "en-GB", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}[lang])
    headers.append("MIME-Version: 1.0")

    if pack in ("utf8_8bit", "utf8_qp", "utf8_b64", "ascii_7bit", "legacy"):
        cte = {"utf8_8bit": "8bit", "utf8_qp": "quoted-printable", "utf8_b64": "base64",
               "ascii_7bit": "7bit", "legacy": rng.choice(["quoted-printable", "8bit"])}[pack]
        cs = "us-ascii" if pack == "ascii_7bit" else charset
        part, cte = text_part(text, "plain", cs, cte)
        desc = "text/plain %s %s" % (cs, cte)
        body = part
    elif pack == "html_only":
        style = rng.choice(["div", "p", "br"])
        part, cte = text_part(html_from_text(text, style), "html", "utf-8",
                              rng.choice(["quoted-printable", "base64", "8bit"]))
        desc = "text/html-only (%s) %s" % (style, cte)
        body = part
    elif pack == "alt_html":
        style = rng.choice(["div", "p", "br"])
        cte = rng.choice(["quoted-printable", "base64", "8bit"])
        p1, c1 = text_part(text, "plain", "utf-8", cte)
        p2, c2 = text_part(html_from_text(text, style), "html", "utf-8", cte)
        body = multipart("alternative", [p1, p2], boundary(rng, bstyle))
        desc = "multipart/alternative (%s) %s" % (style, c1)
    else:  # mixed
        kind = opt.get("attach") or rng.choice(["png", "pdf"])
        if rng.random() < 0.4:
            p1, c1 = text_part(text, "plain", "utf-8", "quoted-printable")
            p2, c2 = text_part(html_from_text(text, "div"), "html", "utf-8", "quoted-printable")
            first = multipart("alternative", [p1, p2], boundary(rng, (bstyle + 1) % 4))
            inner = "alternative+"
        else:
            first, c1 = text_part(text, "plain", "utf-8", rng.choice(["8bit", "quoted-printable"]))
            inner = ""
        body = multipart("mixed", [first, attachment_part(kind, rng)], boundary(rng, bstyle))
        desc = "multipart/mixed (%s%s)" % (inner, kind)
    return (CRLF.join(headers) + CRLF).encode("ascii") + body, desc


def build_auto(rec, rng, when):
    frm = rec["frm"]
    addr = parseaddr(frm)[1]
    dom = domain_of(addr)
    text = rec["body"]
    opt = rec.get("opt", {})
    headers = []
    if rec["kind"] == "bounce":
        headers.append("Return-Path: <>")
    headers.append(received(rng, dom, when + datetime.timedelta(seconds=rng.randrange(1, 30))))
    headers.append(enc_address("From", frm, "utf-8"))
    headers.append("To: " + rng.choice(TO_FORMS))
    headers.append(enc_header("Subject", rec["subj"], "utf-8"))
    headers.append("Date: " + format_datetime(when))
    mdom = rec.get("msgid_domain") or dom
    headers.append("Message-ID: " + make_msgid(rng, mdom, rng.randrange(4)))
    for k, v in rec.get("hdrs", []):
        headers.append(enc_header(k, v, "utf-8") if v else k + ":")
    headers.append("MIME-Version: 1.0")
    cs = "us-ascii" if is_ascii(text) else "utf-8"
    cte = "7bit" if cs == "us-ascii" else rng.choice(["8bit", "quoted-printable"])
    report = rec.get("report")
    if report:
        p1, c1 = text_part(text, "plain", cs, cte)
        rtype, stype = {"dsn": ("delivery-status", "delivery-status"),
                        "mdn": ("disposition-notification", "disposition-notification"),
                        "arf": ("feedback-report", "feedback-report")}[report]
        parts = [p1]
        parts.append(("Content-Type: message/%s" % stype + CRLF + CRLF + crlf(rec["status"])).encode("ascii"))
        if rec.get("original"):
            if rec["orig_type"] == "rfc822":
                orig = crlf(rec["original"])
                parts.append(("Content-Type: message/rfc822" + CRLF + "Content-Transfer-Encoding: "
                              + ("7bit" if is_ascii(orig) else "8bit") + CRLF + CRLF + orig).encode("utf-8"))
            else:
                parts.append(("Content-Type: text/rfc822-headers; charset=\"us-ascii\"" + CRLF + CRLF
                             + crlf(rec["original"])).encode("ascii"))
        body = multipart("report", parts, boundary(rng, 0), params=" report-type=%s;" % rtype)
        desc = "multipart/report (%s)" % rtype
    elif opt.get("html"):
        p1, c1 = text_part(text, "plain", "utf-8", "quoted-printable")
        p2, c2 = text_part(html_from_text(text, opt["html"]), "html", "utf-8", "quoted-printable")
        body = multipart("alternative", [p1, p2], boundary(rng, 3))
        desc = "multipart/alternative (%s)" % opt["html"]
    else:
        body, c1 = text_part(text, "plain", cs, cte)
        desc = "text/plain %s %s" % (cs, c1)
    return (CRLF.join(headers) + CRLF).encode("ascii") + body, desc


def generate():
    rng = random.Random(SEED)
    recs = load_records()
    rng.shuffle(recs)
    start = datetime.datetime(2024, 10, 14, 7, 0, 0)
    files = {}
    rows = [LABEL_HEADER]
    for i, rec in enumerate(recs, 1):
        name = "h18-%04d.eml" % i
        off = rng.choice(TZ[rec["lang"]])
        tz = datetime.timezone(datetime.timedelta(minutes=off))
        when = (start + datetime.timedelta(minutes=rng.randrange(0, 32 * 24 * 60))).replace(tzinfo=tz)
        if rec["klass"] == "auto":
            text, desc = build_auto(rec, rng, when)
        else:
            text, desc = build_customer(rec, rng, when)
        rec["packaging"] = desc
        files[name] = text
        note = rec["note"]
        if rec.get("ind"):
            note = "[%s] %s" % (rec["ind"], note)
        rows.append("\t".join([name, ",".join(rec["triggers"]) or "-", rec["automated"], rec["lang"],
                               rec["trap"] or "-", note or "-"]))
        rec["file"] = name
    files["labels.tsv"] = ("\n".join(rows) + "\n").encode("utf-8")
    return files, recs


# ---------------------------------------------------------------- check

ADDR_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+)")
URL_RE = re.compile(r"https?://([A-Za-z0-9.-]+)")
IP_RE = re.compile(r"(?<![0-9.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![0-9.])")


def walk_all(msg):
    yield msg
    if msg.is_multipart():
        for p in msg.get_payload():
            yield from walk_all(p)


def check(files, recs):
    errors = []
    on_disk = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    if on_disk != sorted(f for f in files if f.endswith(".eml")):
        errors.append("set of .eml files on disk differs from generated set")
    for name, data in files.items():
        path = os.path.join(HERE, name)
        if not os.path.exists(path) or open(path, "rb").read() != data:
            errors.append("%s: differs from regenerated bytes" % name)
    lines = files["labels.tsv"].decode("utf-8").split("\n")
    if lines[0] != LABEL_HEADER:
        errors.append("labels.tsv header wrong")
    counts = Counter()
    for rec in recs:
        name = rec["file"]
        data = files[name]
        if b"\n" in data.replace(b"\r\n", b"") or b"\r" in data.replace(b"\r\n", b""):
            errors.append("%s: bare LF or CR" % name)
        msg = BytesParser(policy=policy.default).parsebytes(data)
        seen = []
        for part in walk_all(msg):
            seen.extend(str(v) for k, v in part.items())
            if part.defects:
                errors.append("%s: defects %r" % (name, part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errors.append("%s: header %s defects %r" % (name, k, v.defects))
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    seen.append(part.get_payload(decode=True).decode(cs, "strict"))
                except (UnicodeDecodeError, LookupError) as e:
                    errors.append("%s: text part not decodable as %s: %s" % (name, cs, e))
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (name, h))
        addrs = [a.addr_spec.lower() for a in msg["To"].addresses] if msg["To"] else []
        if addrs != [DESK]:
            errors.append("%s: To is %r" % (name, addrs))
        seen = "\n".join(seen)
        for dom in ADDR_RE.findall(seen) + URL_RE.findall(seen):
            d = dom.lower().rstrip(".")
            if not (d.endswith(".example") or d.endswith(".test") or d in ("example", "test")):
                errors.append("%s: non-reserved domain %s" % (name, d))
        for ip in IP_RE.findall(seen):
            s = ".".join(ip)
            if not any(s.startswith(p) for p in DOC_IPS):
                errors.append("%s: non-documentation IP %s" % (name, s))
        t = rec["triggers"]
        if t != sorted(set(t)) or any(x not in TRIGGERS for x in t):
            errors.append("%s: bad triggers %r" % (name, t))
        if rec["automated"] != "-" and t:
            errors.append("%s: automated mail with triggers" % name)
        if rec["automated"] not in ["-"] + AUTO_KINDS:
            errors.append("%s: bad automated kind" % name)
        if rec["lang"] not in LANGS:
            errors.append("%s: bad lang" % name)
        if rec["trap"] != "-" and not re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", rec["trap"]):
            errors.append("%s: trap not snake_case" % name)
        if rec["klass"] != "auto" and rec.get("ind") not in INDUSTRIES:
            errors.append("%s: unknown industry %r" % (name, rec.get("ind")))
        if rec["klass"] == "pos" and not t:
            errors.append("%s: positive module message without triggers" % name)
        if rec["klass"] == "neg" and t:
            errors.append("%s: negative module message with triggers" % name)
        for x in t:
            counts[x] += 1
    for x in TRIGGERS:
        if counts[x] < 10:
            errors.append("trigger %s has only %d positives" % (x, counts[x]))
    for row in lines[1:]:
        if row and len(row.split("\t")) != 6:
            errors.append("labels.tsv row with wrong column count: %r" % row[:40])
    return errors


def stats(recs):
    by = Counter((r["klass"], r["lang"]) for r in recs)
    print("class x lang:")
    for k in ("pos", "neg", "auto"):
        print(" ", k, [by[(k, l)] for l in LANGS], sum(by[(k, l)] for l in LANGS))
    print("  total", [sum(by[(k, l)] for k in ("pos", "neg", "auto")) for l in LANGS], len(recs))
    print("automated kinds:", Counter((r["automated"], r["lang"]) for r in recs if r["klass"] == "auto"))
    print("automated kinds total:", Counter(r["automated"] for r in recs if r["klass"] == "auto"))
    tc = Counter(x for r in recs for x in r["triggers"])
    tl = Counter((x, r["lang"]) for r in recs for x in r["triggers"])
    print("triggers:")
    for x in TRIGGERS:
        print("  %-28s %3d  %s" % (x, tc[x], [tl[(x, l)] for l in LANGS]))
    print("traps:", sorted(Counter(r["trap"] for r in recs if r["trap"] != "-").items()))
    print("trap by class:", sorted(Counter((r["trap"], r["klass"]) for r in recs if r["trap"] != "-").items()))
    print("industries:", sorted(Counter(r["ind"] for r in recs if r.get("ind")).items()))
    print("packaging:", sorted(Counter(r["packaging"].split(" (")[0].rsplit(" ", 1)[0] if r["packaging"].startswith("text/plain") else r["packaging"].split(" (")[0] for r in recs).items()))
    print("packaging detail:", sorted(Counter(r["packaging"] for r in recs).items()))
    print("multi-trigger:", sum(1 for r in recs if len(r["triggers"]) > 1))


def main():
    files, recs = generate()
    if "--check" in sys.argv:
        errors = check(files, recs)
        for e in errors[:200]:
            print("ERROR:", e)
        if errors:
            print("check FAILED: %d problem(s)" % len(errors))
            sys.exit(1)
        print("check OK: %d messages, labels.tsv matches, all validations passed" % len(recs))
        return
    if "--stats" in sys.argv:
        stats(recs)
        return
    for f in os.listdir(HERE):
        if f.endswith(".eml") and f not in files:
            os.remove(os.path.join(HERE, f))
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    print("wrote %d messages and labels.tsv" % (len(files) - 1))


if __name__ == "__main__":
    main()
