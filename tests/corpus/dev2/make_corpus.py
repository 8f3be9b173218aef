#!/usr/bin/env python3
"""make_corpus.py -- builds the second development corpus (dev2) for escalated.

Every text in this file was written by hand for this project (MIT licence, like
the project).  The script only wraps the texts into RFC 5322 / MIME messages
(charsets, transfer encodings, RFC 2047 headers, HTML, attachments, DSN/MDN
structure) and writes

    d2-NNNN.eml    (CRLF line endings; names do not reveal the label)
    labels.tsv     (file, triggers, automated, lang, trap, note)

into the directory it lives in.  The output is deterministic: two runs give
byte-identical files.  Usage:  python3 make_corpus.py
Then validate with:            python3 make_corpus.py --check
"""

import base64
import collections
import datetime
import email
import email.policy
import hashlib
import os
import quopri
import re
import sys
import textwrap
from html.entities import codepoint2name

OUT = os.path.dirname(os.path.abspath(__file__))

TRIGGERS = sorted("""billing_dispute broken_promise cancellation_threat corporate_contact_request
data_loss discrimination_harassment executive_contact feature_request high_value_order
legal_threat manager_request media_threat outage regulatory repeat_contact safety
security_incident severe_dissatisfaction technical_issue""".split())
AUTO_KINDS = ("auto_reply", "bounce", "list", "receipt", "self")
LANGS = ("en", "de", "fr", "es")
TRAPS = ("title", "quoted", "signature", "negation", "policy_question", "reported",
         "innocuous", "conditional", "other", "-")
HEADER = "file\ttriggers\tautomated\tlang\ttrap\tnote"
DESK = "escalated.example.test"

MSGS = []


def T(s):
    """Dedent a text block and strip the leading newline."""
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    return s.rstrip() + "\n"


def add(lang, triggers, trap, note, frm, subj, body, **kw):
    """Register a human-written message (auto='-') or, with auto=..., an automated one."""
    MSGS.append(dict(lang=lang, triggers=triggers, trap=trap, note=note, frm=frm,
                     subj=subj, body=body, auto=kw.pop("auto", "-"), kw=kw))


# --------------------------------------------------------------------------
# encoding helpers (everything is built as bytes with LF; CRLF at the end)
# --------------------------------------------------------------------------

def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def ew(s, charset="UTF-8", mode="B"):
    """RFC 2047 encoded words, each at most 75 characters, folded."""
    words, cur = [], ""

    def enc(w):
        b = w.encode(charset)
        if mode == "B":
            return base64.b64encode(b).decode()
        out = []
        for x in b:
            c = chr(x)
            if c == " ":
                out.append("_")
            elif c.isalnum() and x < 128:
                out.append(c)
            elif c in "!*+-/" and x < 128:
                out.append(c)
            else:
                out.append("=%02X" % x)
        return "".join(out)

    for ch in s:
        trial = cur + ch
        if len(enc(trial)) + len(charset) + 7 > 75:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    return "\n ".join("=?%s?%s?%s?=" % (charset, mode, enc(w)) for w in words)


def hdr_text(s, enc=None):
    """Subject-style unstructured header: encode when non-ASCII (or when forced)."""
    if enc is None and is_ascii(s):
        return fold(s)
    if enc is None:
        enc = ("UTF-8", "B")
    return ew(s, enc[0], enc[1])


def fold(s, width=76):
    if len(s) <= width:
        return s
    return "\n ".join(textwrap.wrap(s, width, break_long_words=False, break_on_hyphens=False))


def hdr_addr(a, enc=None):
    """'Name <addr>' -> encoded display name when needed."""
    mo = re.match(r'^\s*(.*?)\s*<([^>]+)>\s*$', a)
    if not mo:
        return a
    name, addr = mo.group(1).strip('"'), mo.group(2)
    if not name:
        return "<%s>" % addr
    if is_ascii(name) and enc is None:
        if re.search(r'[(),.:;@\[\]\\"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
        return "%s <%s>" % (name, addr)
    enc = enc or ("UTF-8", "B")
    return "%s <%s>" % (ew(name, enc[0], enc[1]), addr)


def addr_only(a):
    mo = re.search(r'<([^>]+)>', a)
    return mo.group(1) if mo else a.strip()


def wrap_plain(text, width=76):
    out = []
    for line in text.split("\n"):
        if len(line) <= 78 or line.startswith("http"):
            out.append(line)
            continue
        mo = re.match(r'^((?:> ?)*)', line)
        pre = mo.group(1)
        if pre and not pre.endswith(" "):
            pre_out = pre + " "
        else:
            pre_out = pre
        rest = line[len(pre):]
        lead = re.match(r'^(\s*(?:[-*\u2022]\s+|\d+[.)]\s+)?)', rest).group(1)
        sub = " " * len(lead) if lead.strip() else lead
        wrapped = textwrap.wrap(rest, width - len(pre_out), break_long_words=False,
                                break_on_hyphens=False, initial_indent="",
                                subsequent_indent=sub)
        if not wrapped:
            out.append(line)
            continue
        out.append(pre + wrapped[0])
        for w in wrapped[1:]:
            out.append(pre_out + w if pre else w)
    return "\n".join(out)


def wrap_flowed(text, width=72):
    out = []
    for line in text.split("\n"):
        if line == "-- " or len(line) <= width:
            out.append(line.rstrip() if line != "-- " else line)
            continue
        mo = re.match(r'^(>+ ?)', line)
        pre = mo.group(1) if mo else ""
        rest = line[len(pre):]
        parts = textwrap.wrap(rest, width - len(pre), break_long_words=False,
                              break_on_hyphens=False)
        for k, p in enumerate(parts):
            out.append(pre + p + (" " if k < len(parts) - 1 else ""))
    return "\n".join(out)


def qp(b):
    """Quoted-printable with LF line ends (converted to CRLF later)."""
    return quopri.encodestring(b).decode("ascii")


def b64(b):
    s = base64.b64encode(b).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def encode_part(text, charset="utf-8", cte=None):
    """-> (cte, body-bytes) for a text part. Latin charsets are really encoded."""
    raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if is_ascii(text) else "8bit"
    if cte == "quoted-printable":
        return cte, qp(raw).encode("ascii")
    if cte == "base64":
        return cte, b64(raw).encode("ascii")
    return cte, raw


# --------------------------------------------------------------------------
# HTML rendering of a text (quotes -> <blockquote>)
# --------------------------------------------------------------------------

def hesc(s, entities):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if entities:
        out = []
        for ch in s:
            o = ord(ch)
            if o < 128:
                out.append(ch)
            elif o in codepoint2name:
                out.append("&%s;" % codepoint2name[o])
            else:
                out.append("&#%d;" % o)
        s = "".join(out)
    return s


def html_blocks(lines, style, entities, depth=0):
    """Render lines; runs of '>'-quoted lines become nested blockquotes."""
    out = []
    i = 0
    para = []

    def flush():
        if para:
            inner = "<br>\n".join(hesc(x, entities) if x.strip() else "&nbsp;" for x in para)
            if style == "outlook":
                for x in para:
                    out.append('<p class="MsoNormal">%s<o:p></o:p></p>' %
                               (hesc(x, entities) if x.strip() else "&nbsp;"))
            else:
                out.append("<div>%s</div>" % inner)
            para.clear()

    while i < len(lines):
        line = lines[i]
        if line.startswith(">"):
            flush()
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                q.append(re.sub(r'^> ?', '', lines[i]))
                i += 1
            if style == "gmail":
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            elif style == "apple":
                out.append('<blockquote type="cite">')
            else:
                out.append('<blockquote style="border:none;border-left:solid #E1E1E1 1.0pt;'
                           'padding:0cm 0cm 0cm 4.0pt;margin-left:3.75pt">')
            out.extend(html_blocks(q, style, entities, depth + 1))
            out.append("</blockquote>")
            continue
        if not line.strip():
            flush()
            if style == "outlook":
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                out.append("<div><br></div>")
        else:
            para.append(line)
        i += 1
    flush()
    return out


def to_html(text, style="gmail", entities=False, charset="utf-8"):
    lines = text.rstrip("\n").split("\n")
    inner = "\n".join(html_blocks(lines, style, entities))
    if style == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
                '\tfont-family:"Calibri",sans-serif;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (charset, inner))
    if style == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">\n'
                '%s\n</body></html>\n' % (charset, inner))
    return '<div dir="ltr">\n%s\n</div>\n' % inner


# --------------------------------------------------------------------------
# MIME tree serialisation
# --------------------------------------------------------------------------

def bnd(seed, n=0):
    h = hashlib.sha1(("%s/%d" % (seed, n)).encode()).hexdigest()
    return "=_Part_%s_%s" % (h[:10], h[10:22])


def part_bytes(headers, body):
    h = "".join("%s: %s\n" % (k, v) for k, v in headers)
    return h.encode("ascii") + b"\n" + body


def multipart(subtype, parts, seed, n=0, params=""):
    b = bnd(seed, n)
    if subtype in ("alternative",) and n % 2:
        b = "000000000000%s" % hashlib.md5(b.encode()).hexdigest()[:16]
    body = b""
    for p in parts:
        body += b"--" + b.encode() + b"\n" + p + b"\n"
    body += b"--" + b.encode() + b"--\n"
    ct = 'multipart/%s;%s\n\tboundary="%s"' % (subtype, params, b)
    return ct, body


def text_leaf(text, subtype="plain", charset="utf-8", cte=None, flowed=False):
    cte, body = encode_part(text, charset, cte)
    ct = "text/%s; charset=%s" % (subtype, '"%s"' % charset if subtype == "html" else charset)
    if flowed:
        ct += "; format=flowed"
    return [("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body


STUB_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]"
            b"/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")
STUB_PNG = base64.b64decode(
    b"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def attachment(name, kind, content=None):
    if kind == "pdf":
        data, ct = content or STUB_PDF, "application/pdf"
    elif kind == "png":
        data, ct = content or STUB_PNG, "image/png"
    elif kind == "jpg":
        data, ct = content or (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 40 + b"\xff\xd9"), "image/jpeg"
    elif kind == "csv":
        data, ct = (content or "").encode("utf-8"), "text/csv; charset=utf-8"
    elif kind == "txt":
        data, ct = (content or "").encode("utf-8"), "text/plain; charset=utf-8"
    else:
        raise ValueError(kind)
    fn = name if is_ascii(name) else None
    disp = 'attachment; filename="%s"' % name if fn else "attachment; filename*=UTF-8''%s" % (
        "".join(c if c.isalnum() or c in ".-_" else "%%%02X" % x for c in name for x in c.encode()))
    if kind in ("csv", "txt"):
        hd = [("Content-Type", ct), ("Content-Disposition", disp), ("Content-Transfer-Encoding", "base64")]
    else:
        hd = [("Content-Type", '%s; name="%s"' % (ct, name)), ("Content-Disposition", disp),
              ("Content-Transfer-Encoding", "base64")]
    return part_bytes(hd, b64(data).encode() + b"\n")


# --------------------------------------------------------------------------
# dates, ids, mailers
# --------------------------------------------------------------------------

ZONES = {"en": ["+0000", "+0100", "-0500", "-0400", "-0700", "+1000"],
         "de": ["+0100", "+0200"], "fr": ["+0100", "+0200"], "es": ["+0100", "+0200", "-0300", "-0600"]}


def hnum(*a):
    return int(hashlib.sha1("|".join(str(x) for x in a).encode()).hexdigest(), 16)


def make_date(spec, key, lang):
    """spec: None or 'YYYY-MM-DD HH:MM[ +ZZZZ]'."""
    if spec:
        mo = re.match(r'(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)(?: ([+-]\d{4}))?$', spec)
        y, mth, d, hh, mm, z = mo.groups()
        dt = datetime.datetime(int(y), int(mth), int(d), int(hh), int(mm), hnum(key, "s") % 60)
    else:
        base = datetime.datetime(2024, 2, 1, 7, 0, 0)
        dt = base + datetime.timedelta(minutes=hnum(key, "date") % (60 * 24 * 290))
        if dt.hour < 7:
            dt = dt.replace(hour=dt.hour + 8)
        z = None
    if not z:
        zs = ZONES[lang]
        z = zs[hnum(key, "z") % len(zs)]
    sign = 1 if z[0] == "+" else -1
    tz = datetime.timezone(sign * datetime.timedelta(hours=int(z[1:3]), minutes=int(z[3:5])))
    dt = dt.replace(tzinfo=tz)
    return dt, dt.strftime("%a, %d %b %Y %H:%M:%S ") + z


MAILERS = {
    "gmail": [("MIME-Version", "1.0")],
    "outlook": [("MIME-Version", "1.0"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                ("Content-Language", "{lang}")],
    "apple": [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))"), ("X-Mailer", "Apple Mail (2.3774.600.62)")],
    "iphone": [("Mime-Version", "1.0 (1.0)"), ("X-Mailer", "iPhone Mail (21E236)")],
    "thunderbird": [("MIME-Version", "1.0"),
                    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.10.1")],
    "webmail": [("MIME-Version", "1.0"), ("X-Mailer", "Roundcube Webmail/1.6.6")],
    "android": [("MIME-Version", "1.0"), ("User-Agent", "K-9 Mail for Android")],
    "plain": [("MIME-Version", "1.0")],
}
LANGTAG = {"en": "en-GB", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}


def make_msgid(mailer, key, dom):
    h = hashlib.sha256(key.encode()).hexdigest()
    H = h.upper()
    if mailer == "gmail":
        return "<CA%s+%s@mail.gmail.com>" % (base64.b64encode(bytes.fromhex(h[:24])).decode().rstrip("=").replace("/", "_"),
                                            base64.b64encode(bytes.fromhex(h[24:48])).decode().rstrip("=").replace("/", "-"))
    if mailer == "outlook":
        return "<%s%s@%s.eurprd0%d.prod.outlook.com>" % ("DB9PR0" if hnum(key) % 2 else "AM6PR1", H[:34],
                                                       "DB9PR0" + H[34:39], hnum(key) % 9 + 1)
    if mailer in ("apple", "iphone"):
        return "<%s-%s-%s-%s-%s@%s>" % (H[:8], H[8:12], H[12:16], H[16:20], H[20:32], dom)
    if mailer == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], dom)
    if mailer == "webmail":
        return "<%s@%s>" % (h[:32], dom)
    return "<%s.%s@%s>" % (h[:16], h[16:24], dom)


def received(key, dom, dtstr):
    ip = ["198.51.100.%d", "203.0.113.%d", "192.0.2.%d"][hnum(key, "ipn") % 3] % (hnum(key, "ip") % 250 + 3)
    qid = hashlib.md5(key.encode()).hexdigest()[:11].upper()
    return ("from mail.%s (mail.%s [%s])\n\tby mx1.example.test (Postfix) with ESMTPS id 4W%s\n"
            "\tfor <support@example.test>; %s" % (dom, dom, ip, qid, dtstr))


# --------------------------------------------------------------------------
# building one message
# --------------------------------------------------------------------------

def build(msg, key):
    kw = msg["kw"]
    lang = msg["lang"]
    frm = msg["frm"]
    dom = addr_only(frm).split("@")[1]
    mailer = kw.get("mailer") or ["gmail", "outlook", "apple", "thunderbird", "webmail", "iphone",
                                  "android", "plain"][hnum(key, "mailer") % 8]
    if dom in ("gmail.com",) and not kw.get("mailer"):
        mailer = "gmail"
    dt, dtstr = make_date(kw.get("date"), key, lang)
    body = msg["body"]
    fmt = kw.get("fmt", "plain")
    charset = kw.get("charset", "utf-8")
    style = kw.get("style") or {"gmail": "gmail", "outlook": "outlook", "apple": "apple",
                                "iphone": "apple"}.get(mailer, "gmail")
    ent = kw.get("entities", False)

    # --- body tree
    if "raw_body" in kw:               # ready-made (automated mail)
        ctype, cte, payload = kw["raw_body"]
        top = [("Content-Type", ctype)] + ([("Content-Transfer-Encoding", cte)] if cte else [])
    else:
        if fmt == "plain":
            text = wrap_plain(body) if not kw.get("nowrap") else body
            hd, payload = text_leaf(text, "plain", charset, kw.get("cte"))
        elif fmt == "flowed":
            hd, payload = text_leaf(wrap_flowed(body), "plain", charset, kw.get("cte"), flowed=True)
        elif fmt == "qp":
            hd, payload = text_leaf(body, "plain", charset, "quoted-printable")
        elif fmt == "b64":
            hd, payload = text_leaf(wrap_plain(body), "plain", charset, "base64")
        elif fmt == "html":
            h = kw.get("html") or to_html(body, style, ent, charset)
            hd, payload = text_leaf(h, "html", charset, kw.get("cte", "quoted-printable"))
        elif fmt == "alt":
            h = kw.get("html") or to_html(body, style, ent, charset)
            tcte = kw.get("cte", "quoted-printable")
            p1 = part_bytes(*text_leaf(body, "plain", charset, tcte))
            p2 = part_bytes(*text_leaf(h, "html", charset, kw.get("hcte", "quoted-printable")))
            ct, payload = multipart("alternative", [p1, p2], key, 1)
            hd = [("Content-Type", ct)]
        else:
            raise ValueError(fmt)
        atts = kw.get("attach", [])
        if kw.get("fwd_rfc822"):
            atts = list(atts) + [("__rfc822__", kw["fwd_rfc822"])]
        if atts:
            parts = [part_bytes(hd, payload)]
            for a in atts:
                if a[0] == "__rfc822__":
                    parts.append(part_bytes([("Content-Type", "message/rfc822"),
                                             ("Content-Disposition", "attachment")], a[1]))
                else:
                    parts.append(attachment(*a))
            ct, payload = multipart("mixed", parts, key, 2)
            hd = [("Content-Type", ct)]
        top = hd

    # --- headers
    H = []
    if not kw.get("no_received"):
        H.append(("Return-Path", "<%s>" % kw.get("return_path", addr_only(frm))))
        H.append(("Received", received(key, dom, dtstr)))
    H += kw.get("pre_headers", [])
    H.append(("From", hdr_addr(frm, kw.get("name_enc"))))
    H.append(("To", kw.get("to", "support@example.test")))
    if kw.get("cc"):
        H.append(("Cc", kw["cc"]))
    H.append(("Subject", hdr_text(msg["subj"], kw.get("subj_enc"))))
    H.append(("Date", dtstr))
    mid = kw.get("msgid") or make_msgid(mailer, key, dom)
    H.append(("Message-ID", mid))
    if kw.get("irt"):
        H.append(("In-Reply-To", kw["irt"]))
        H.append(("References", kw.get("refs", kw["irt"])))
    H += kw.get("headers", [])
    if "raw_body" in kw:
        H.append(("MIME-Version", "1.0"))
    else:
        for k, v in MAILERS[mailer]:
            if k == "Content-Language":
                v = LANGTAG[lang]
            if k == "X-MS-Has-Attach" and (kw.get("attach") or kw.get("fwd_rfc822")):
                v = "yes"
            H.append((k, v))
    H += top
    raw = "".join("%s: %s\n" % (k, v) if v else "%s:\n" % k for k, v in H).encode("ascii")
    raw += b"\n" + payload
    if not raw.endswith(b"\n"):
        raw += b"\n"
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


# --------------------------------------------------------------------------
# helpers for embedded / automated mail
# --------------------------------------------------------------------------

def simple_msg(frm, to, subj, date, msgid, body, extra=(), charset="utf-8"):
    """A small complete message (bytes, LF) used as a returned/forwarded original."""
    cte, payload = encode_part(body, charset, None if is_ascii(body) else "quoted-printable")
    hd = [("From", hdr_addr(frm)), ("To", to), ("Subject", hdr_text(subj)), ("Date", date),
          ("Message-ID", msgid)] + list(extra) + [
        ("MIME-Version", "1.0"), ("Content-Type", "text/plain; charset=%s" % charset),
        ("Content-Transfer-Encoding", cte)]
    return part_bytes(hd, payload)


def headers_of(raw):
    return raw.split(b"\n\n", 1)[0] + b"\n"


def dsn(key, human, status_block, original, *, human_cs="us-ascii", human_cte=None,
        headers_only=False, human_html=None):
    """multipart/report; report-type=delivery-status."""
    hp = part_bytes(*text_leaf(human, "plain", human_cs, human_cte))
    if human_html:
        hh = part_bytes(*text_leaf(human_html, "html", "utf-8", "quoted-printable"))
        ct_a, body_a = multipart("alternative", [hp, hh], key, 5)
        hp = part_bytes([("Content-Type", ct_a)], body_a)
    parts = [hp,
             part_bytes([("Content-Type", "message/delivery-status")], status_block.encode("ascii"))]
    if original is not None:
        if headers_only:
            parts.append(part_bytes([("Content-Type", "text/rfc822-headers")], headers_of(original)))
        else:
            parts.append(part_bytes([("Content-Type", "message/rfc822")], original))
    ct, body = multipart("report", parts, key, 3, params=" report-type=delivery-status;")
    return ct, None, body


def mdn(key, human, disposition_block, original_headers=None, human_cs="utf-8", human_cte=None):
    parts = [part_bytes(*text_leaf(human, "plain", human_cs, human_cte)),
             part_bytes([("Content-Type", "message/disposition-notification")],
                        disposition_block.encode("ascii"))]
    if original_headers:
        parts.append(part_bytes([("Content-Type", "text/rfc822-headers")], original_headers))
    ct, body = multipart("report", parts, key, 4, params=" report-type=disposition-notification;")
    return ct, None, body


# ==========================================================================
# THE TEXTS
# ==========================================================================
