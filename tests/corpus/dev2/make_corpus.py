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
        if len(line) <= width + 2 or line.startswith("http"):
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


def unwrap(text, minlen=58):
    """Undo the hard line breaks of the source texts inside paragraphs, the way a
    mail client stores a typed paragraph (one long line).  Short lines (signatures,
    addresses, header blocks) and list items are left alone."""
    out = []
    for line in text.split("\n"):
        if out:
            prev = out[-1]
            pq = re.match(r'^((?:> ?)*)', prev).group(1).replace(" ", "")
            cq = re.match(r'^((?:> ?)*)', line).group(1).replace(" ", "")
            body = line[len(re.match(r'^((?:> ?)*)', line).group(1)):]
            pbody = prev[len(re.match(r'^((?:> ?)*)', prev).group(1)):]
            if (pq == cq and len(pbody) >= minlen and body.strip() and pbody.strip()
                    and not body[:1].isspace() and not re.match(r'^([-*\u2022]|\d+[.)] )', body)
                    and not re.match(r'^[A-Z][A-Za-z -]{1,20}: ', body)):
                out[-1] = prev.rstrip() + " " + body
                continue
        out.append(line)
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
        "".join(c if (c.isascii() and c.isalnum()) or c in ".-_" else "%%%02X" % x
                for c in name for x in c.encode()))
    if kind in ("csv", "txt"):
        hd = [("Content-Type", ct), ("Content-Disposition", disp), ("Content-Transfer-Encoding", "base64")]
    else:
        nm = name if fn else ew(name, "UTF-8", "B").replace("\n ", "")
        hd = [("Content-Type", '%s;\n\tname="%s"' % (ct, nm)), ("Content-Disposition", disp),
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
    host = dom if re.match(r'^(mx|mx\d|mail|relay|smtp|email-bounces|status|community|lists|googlegroups)\b', dom) \
        or dom.count(".") >= 2 else "mail." + dom
    ip = ["198.51.100.%d", "203.0.113.%d", "192.0.2.%d"][hnum(key, "ipn") % 3] % (hnum(key, "ip") % 250 + 3)
    qid = hashlib.md5(key.encode()).hexdigest()[:11].upper()
    if host == "mx1.example.test":
        return "by mx1.example.test (Postfix)\n\tid 4W%s; %s" % (qid, dtstr)
    return ("from %s (%s [%s])\n\tby mx1.example.test (Postfix) with ESMTPS id 4W%s\n"
            "\tfor <support@example.test>; %s" % (host, host, ip, qid, dtstr))


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
    if msg["auto"] in ("-", "auto_reply") and "raw_body" not in kw and not kw.get("keep_lines"):
        body = unwrap(body)
    charset = kw.get("charset", "utf-8")
    if charset == "iso-8859-1":
        try:
            (body + (kw.get("html") or "")).encode(charset)
        except UnicodeEncodeError:      # e.g. a euro sign: what mail clients do
            charset = "iso-8859-15" if mailer in ("thunderbird", "webmail", "plain") else "windows-1252"
    style = kw.get("style") or {"gmail": "gmail", "outlook": "outlook", "apple": "apple",
                                "iphone": "apple"}.get(mailer, "gmail")
    ent = kw.get("entities", False)

    # --- body tree
    if "raw_body" in kw:               # ready-made (automated mail)
        ctype, cte, payload = kw["raw_body"]
        top = [("Content-Type", ctype)] + ([("Content-Transfer-Encoding", cte)] if cte else [])
    else:
        if fmt == "plain":
            text = wrap_plain(body, kw.get("width", 72)) if not kw.get("nowrap") else body
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

# --------------------------------------------------------------------------
# English, trigger-positive
# --------------------------------------------------------------------------

add("en", "billing_dispute legal_threat", "conditional",
    "invoice bills 14 seats, account has 9 since downgrade; 'you'll be hearing from our legal department' if not corrected",
    "Fiona Marsh <fiona.marsh@marshandco.test>", "INV-20931 - seat count",
    T("""
    Hello,

    Your invoice INV-20931 bills us for 14 seats at £18 each. We have had 9 seats
    since the downgrade on 2 February, which your own admin panel confirms - see the
    attached screenshot of the Users page, taken this morning.

    Please send a corrected invoice for 9 seats by the end of this week. If the
    £90 difference is collected by direct debit on the 1st, you'll be hearing from
    our legal department.

    Fiona Marsh
    Finance, Marsh & Co Interiors
    """), attach=[("users-page.png", "png")], mailer="outlook", date="2024-03-05 10:12 +0000")

add("en", "broken_promise legal_threat", "conditional",
    "all-lowercase: small-claims paperwork started over an undelivered kiosk; promised delivery date missed",
    "jo <jo.pennick@gmail.com>", "kiosk deposit",
    T("""
    hi

    so ive started the paperwork for small claims. £340 deposit paid 19 april for the
    countertop kiosk, Kieran in your sales team promised it would be with us by 10 may
    for the reopening. its now the 28th, no kiosk, no tracking number, nothing.

    if the kiosk turns up or the money comes back before i file on monday, fine.
    otherwise the court can sort it out

    jo
    """), date="2024-05-28 21:40 +0100", mailer="iphone")

add("en", "legal_threat", "-",
    "'my solicitor now has the file' about floor damage by fitters (not technical)",
    "Margaret Ellison <m.ellison@ellisonflorist.test>", "Damage at 14 Orchard Row",
    T("""
    Dear Mr Patel,

    Thank you for your reply of the 2nd. I do not accept that the scratches on the oak
    floor were "pre-existing": they run exactly along the path your fitters used to
    drag the counter unit in, and I have photographs from the morning before.

    My solicitor now has the file and will be writing to your company directly.
    Please address any further correspondence on this matter to her: Ms Harriet
    Quayle, Quayle & Bright LLP, 3 Mill Lane, Chester.

    Regards,
    Margaret Ellison
    """), irt="<5f1e2a90c1.20240604@mail.example.test>", mailer="apple", fmt="qp")

add("en", "manager_request technical_issue", "-",
    "tax rounding bug acknowledged by agent; 'someone with more authority needs to look at this'",
    "Graham Oduya <graham@oduyahardware.test>", "Rounding on receipts",
    T("""
    Hi Leon,

    Thanks for confirming on the phone that the VAT rounding on our receipts is a bug
    - we see it on roughly one sale in ten, always a penny out, always on multi-buy
    lines. I understand you can't change how the engine rounds.

    With respect, though, someone with more authority needs to look at this. Our
    accountant has to correct every month by hand and I can't keep paying her for
    that.

    Graham Oduya
    Oduya Hardware, Leeds
    """), mailer="thunderbird")

add("en", "manager_request", "-",
    "two-liner after a policy answer: 'who can I talk to above you?'",
    "Dev Raman <devraman@outlook.com>", "Re: Exchange request #55102",
    T("""
    ok, I hear you that it's policy and the 30 days are up.

    who can I talk to above you?

    Sent from Outlook for Android
    """), irt="<AM6PR10MB2231F0CE7F1D@AM6PR10MB2231.eurprd10.prod.outlook.com>", mailer="android")

add("en", "manager_request", "-",
    "'put me through to whoever runs support' - licence transfer refused, no technical fault",
    "Bernadette Cole <bernie@thecornercafe.test>", "Licence transfer for The Corner Cafe",
    T("""
    Hello,

    I bought The Corner Cafe from Mr Howells on 1 July and your colleague told me
    yesterday that his licence "can't be transferred", so I'd have to start a new
    contract at the new price. Mr Howells is happy to sign whatever is needed.

    I'd rather not go round in circles over email. Can you put me through to whoever
    runs support? A name and a direct line would be fine.

    Bernadette Cole
    """), mailer="webmail")

add("en", "data_loss technical_issue", "-",
    "'half our client records are just gone' after Outlook contact sync",
    "Priya Lal <priya@lalphysio.test>", "Client list after sync",
    T("""
    Hi,

    I turned on the Outlook contacts sync on Tuesday evening as your help article
    suggests. Wednesday morning half our client records are just gone. We had 2,140
    clients, now the list says 1,063. The ones missing seem to be everyone with a
    surname A to K.

    Nobody here deleted anything and the sync log just says "completed". Can they be
    brought back? We have appointments booked with some of these people today.

    Priya Lal
    Lal Physiotherapy
    """), fmt="alt", mailer="outlook")

add("en", "data_loss technical_issue", "-",
    "'the March entries aren't there any more' after update; nobody deleted them",
    "Tom Keele <tom.keele@keelejoinery.test>", "Timesheets",
    T("""
    Since yesterday's app update the March timesheet entries aren't there any more.
    February and April look fine. I checked on my phone and on the office PC, same
    thing on both. Nobody here deleted anything, I'm the only admin.

    I need March for payroll on Friday.

    Tom
    """), attach=[('IMG_4471.jpg', 'jpg')], mailer="iphone", date="2024-04-17 07:55 +0100")

add("en", "security_incident", "-",
    "payout IBAN edited at 02:14 by nobody at the company; asks to freeze payouts",
    "Helen Stroud <helen@stroudcycles.test>", "Payout destination edited - not us",
    T("""
    Hello,

    The payout destination on our account was edited on Saturday at 02:14. Nobody
    here did that - we were all asleep - and the new IBAN belongs to a bank we have
    never used. We only noticed because Monday's payout didn't arrive.

    Please freeze all payouts on account 44-1187 until we've spoken, and tell me
    what else you can see about that session.

    Helen Stroud
    Stroud Cycles Ltd
    07700 900418
    """), mailer="outlook", fmt='b64')

add("en", "security_incident", "-",
    "lowercase: login from Bucharest on the account; customer is in Leeds",
    "kaz <kaz.mcgowan@gmail.com>", "new login??",
    T("""
    got an email saying theres a new login on my account from bucharest, romania. ive
    never been to romania lol, im in leeds. changed my password already but is someone
    in there right now? what else do i need to do
    """), mailer="gmail", nowrap=True)

add("en", "billing_dispute", "-",
    "'the charge shows up twice on my statement', same reference and amount",
    "Alan Moyo <alan.moyo@btinternet.test>", "June payment",
    T("""
    Good afternoon,

    The £29.00 for June shows up twice on my bank statement, both on 4 June, both with
    the reference EXMPL*SUB 88213. I've only got the one subscription. Could you send
    one of them back please?

    Many thanks
    Alan Moyo
    """), date='2024-06-06 12:40', mailer="thunderbird")

add("en", "billing_dispute", "-",
    "'I was never told about this fee' - £12.50 terminal insurance on the invoice",
    "Rosa Delgado <rosa@delgadodeli.test>", "What is 'terminal cover'?",
    T("""
    Hi there,

    There's a new line on this month's invoice: "Terminal cover - £12.50". I was never
    told about this fee, I never ticked anything for insurance, and it isn't in the
    contract I signed. Please take it off and refund this month's £12.50.

    Thanks,
    Rosa
    """), mailer="apple")

add("en", "cancellation_threat technical_issue", "-",
    "reports time out for two months; 'we're evaluating other vendors'",
    "Marcus Hale <mhale@halelogistics.test>", "Reporting timeouts",
    T("""
    Hi team,

    For about two months now the monthly sales report times out for anything longer
    than 30 days ("Request took too long, please try again"). Our finance team has
    been stitching together weekly exports in Excel instead.

    I should be upfront: because of this we're evaluating other vendors, and a
    decision will be made before our renewal in October.

    Marcus Hale
    Operations Director, Hale Logistics
    """), date='2024-06-04 08:30', attach=[('timeout-log.txt', 'txt', '2024-06-03 09:12:01 GET /reports/sales?range=90d 504 30012ms\n2024-06-03 09:14:44 GET /reports/sales?range=60d 504 30007ms\n')], mailer="outlook", fmt="alt")

add("en", "broken_promise cancellation_threat", "-",
    "multi-location stock promised 'by spring' on a roadmap call; 'this is our last month with you'",
    "Sasha Brennan <sasha@brennanbooks.test>", "Multi-location stock",
    T("""
    Hi Joel,

    On our call in January you promised multi-location stock would be live "by spring
    at the latest". It's the end of June and it isn't even on the public roadmap.

    We opened the second shop on the strength of that call. This is our last month
    with you - I've already set up the other system for July.

    Sasha
    """), date="2024-06-27 16:20 +0100", mailer="gmail", fmt="alt")

add("en", "cancellation_threat severe_dissatisfaction", "-",
    "'consider this my notice'; agent hung up; 'disgraceful'",
    "Neville Forde <nforde@fordeplumbing.test>", "Notice",
    T("""
    I rang your line at 9.05 this morning with a question about my invoice and the
    lady hung up on me halfway through.

    Consider this my notice. The way I've been treated is disgraceful and I won't be
    giving you another penny once the month is out.

    N. Forde
    """), mailer="plain")

add("en", "media_threat technical_issue", "conditional",
    "printers stopped printing after update; chairs a bakers' association and writes its newsletter - members will read about it",
    "Gwen Pryce <gwen@pryces-bakery.test>", "Receipt printers since the update",
    T("""
    Hello,

    Since the update on Monday none of our three receipt printers print anything -
    the app says "Printed" but nothing comes out. Turned them off and on, re-paired,
    same.

    I chair the Northern Independent Bakers' Association and write its monthly
    newsletter, which goes to just over 600 members, a lot of whom use your tills
    because I recommended you. If this isn't sorted by the next issue, every one of
    them will read about it.

    Gwen Pryce
    """), mailer="webmail")

add("en", "media_threat", "reported",
    "journalist writing a piece asks for comment on readers' price complaints (hearsay)",
    "Oliver Grant <oliver.grant@highstreetledger.test>", "Request for comment - pricing changes",
    T("""
    Hello,

    I'm a reporter at The High Street Ledger and I'm writing a piece on this spring's
    price changes across small-business payment providers. Several readers have told
    us their monthly fees rose by around 30% with little notice.

    Would someone be available to comment, either on the record or on background,
    before 5pm on Thursday? I'd also welcome any figures on how many merchants were
    affected.

    Best,
    Oliver Grant
    Senior Reporter, The High Street Ledger
    +44 20 7946 0321
    """), date='2024-05-14 10:05', mailer="gmail")

add("en", "safety", "-",
    "charger too hot to touch, smelled of burning plastic (device still works)",
    "Imogen Tate <imogen.tate@tatesalon.test>", "Charging dock",
    T("""
    Hi,

    When I went to pick up the reader this morning the charging dock was too hot to
    touch and the whole back room smelled of burning plastic. I've unplugged it and
    put it on the tiled floor. The reader itself seems fine.

    It's on a shelf right above the towels, so I'm not plugging it back in. What
    should I do with it?

    Imogen
    """), mailer="iphone")

add("en", "safety", "-",
    "son got an electric shock from the printer's plug",
    "Daniel Okafor <dokafor@okaforstores.test>", "Shock from printer power supply",
    T("""
    Dear support,

    My son (16, helps in the shop on Saturdays) got a shock from the plug of the
    receipt printer's power supply when he unplugged it yesterday - enough to make him
    drop it and leave a red mark on his fingers. He is fine now. The casing of the
    plug has a hairline crack along the side that we hadn't noticed.

    We have two more of these printers. Please advise urgently whether they are safe
    to use.

    Daniel Okafor
    """), mailer="outlook", fmt="qp")

add("en", "broken_promise technical_issue", "-",
    "'you said Tuesday, it's Friday' - promised fix for scanner bug",
    "Aisha Karim <aisha@karimmarket.test>", "barcode scanner fix",
    T("""
    You said Tuesday. It's Friday.

    The scanner still adds every item twice when the app is in landscape. I was told
    the fix was in Tuesday's release and there hasn't been a release.

    Aisha
    """), mailer="iphone", date="2024-09-13 12:02 +0100")

add("en", "broken_promise", "-",
    "'nobody called back like the agent said they would' about a contract change",
    "Peter Lindqvist <peter@lindqvistdental.test>", "Change of contract holder",
    T("""
    Hello,

    On Monday I spoke to Chloe about moving the contract from my name to the
    practice's. She said someone from accounts would ring me back within 24 hours to
    take the new direct debit details. Nobody called back.

    Could someone do that please? I'm in the surgery until 6 every day except
    Wednesday.

    Peter Lindqvist
    """), mailer="apple")

add("en", "repeat_contact technical_issue", "-",
    "'chasing this every week since January' (April) about VAT report totals",
    "Carol Whitfield <carol@whitfieldgifts.test>", "VAT report totals",
    T("""
    Hi,

    I've been chasing this every week since January. The quarterly VAT report still
    shows a different total from the sum of the monthly reports - £312.40 out for Q4.
    Each time I'm told it's been "passed to the team".

    The return is due on the 7th of May. I need to know which figure is correct.

    Carol Whitfield
    """), date="2024-04-22 09:31 +0100", mailer="webmail")

add("en", "repeat_contact", "-",
    "'this is my fourth attempt to get an answer' to a simple company-name change",
    "Howard Benn <howard.benn@bennandsons.test>", "Company name on account",
    T("""
    Good morning,

    This is my fourth attempt to get an answer to what I thought was a simple
    question: can you change the company name on our account from "Benn & Son" to
    "Benn & Sons Ltd"? We incorporated in March.

    Kind regards,
    Howard Benn
    """), mailer="outlook")

add("en", "executive_contact technical_issue", "-",
    "copies the vendor's Chief Executive (Cc header and text); bank feed stopped importing",
    "Yusuf Demir <yusuf@demirwholesale.test>", "Bank feed not importing since 2 May",
    T("""
    Hello,

    Our Barclays bank feed has not imported a single transaction since 2 May. The
    connection page says "Connected" and re-authorising makes no difference.

    I'm copying Ms Ruth Adeyemi, your Chief Executive, as three weeks without a bank
    feed means our books are simply wrong, and I'd like her to be aware of it.

    Yusuf Demir
    Director, Demir Wholesale
    """), cc="Ruth Adeyemi <ruth.adeyemi@example.test>", date="2024-05-23 14:10 +0100", mailer="outlook",
    fmt="alt")

add("en", "corporate_contact_request", "-",
    "asks for the postal address of the registered office and company number",
    "Lorna McBride <lorna.mcbride@mcbridefarmshop.test>", "Registered office",
    T("""
    Hello,

    What is the postal address of your registered office, and your company number?
    I'd like to send a letter there rather than through this inbox.

    Thank you,
    Lorna McBride
    """), mailer="thunderbird")

add("en", "discrimination_harassment", "-",
    "installer's comments about the customer's wife's headscarf",
    "Tariq Hussain <tariq@hussainpharmacy.test>", "Your installer on 12 March",
    T("""
    Dear Sir or Madam,

    I am writing about the engineer who installed our new counter terminals on
    12 March. The installation itself was fine. What was not fine were the comments he
    made about my wife's headscarf, within earshot of our staff and two customers -
    asking whether she "was allowed" to work the till and making a joke about
    "covering up the cameras".

    My wife was very upset, and so am I. I would like to know what you intend to do
    about it.

    Tariq Hussain
    Hussain Pharmacy
    """), date='2024-03-15 19:00', entities=False, mailer="outlook", fmt='html')

add("en", "discrimination_harassment", "-",
    "sales rep kept calling her 'sweetheart' and asking for her number",
    "Ellie Warren <ellie@warrenflowers.test>", "Demo last Thursday",
    T("""
    Hi,

    I didn't know who else to send this to. The rep who came to demo the booking
    system last Thursday kept calling me "sweetheart", asked for my personal number
    twice "for after work" and has since sent me two texts that have nothing to do
    with your product.

    I'd still like to use the system but I don't want him coming back to the shop.

    Ellie
    """), mailer="iphone")

add("en", "regulatory technical_issue", "-",
    "reader failed after five months, repair refused; alleges breach of the Consumer Rights Act and reports to Trading Standards",
    "Gareth Lloyd <gareth@lloydbutchers.test>", "Card reader repair refused",
    T("""
    Hello,

    The card reader we bought in January stopped reading chip cards in June (it shows
    "Card error 07" on every chip payment; contactless still works). Your colleague
    says it's out of the 90-day hardware cover and offered me a 15% discount on a new
    one.

    A reader that fails after five months is not of satisfactory quality. You're in
    breach of the Consumer Rights Act, and I've passed the details to Trading
    Standards today.

    Gareth Lloyd
    """), date='2024-07-02 09:15', attach=[('receipt-jan.jpg', 'jpg')], mailer="webmail")

add("en", "billing_dispute regulatory", "-",
    "renewed at £899 instead of £499 without notice; has filed a report with Trading Standards",
    "Sylvia Noon <sylvia@noonyoga.test>", "Renewal price",
    T("""
    Hello,

    You renewed our annual plan on 1 September at £899. Last year it was £499 and
    nobody told us the price would change - your own terms say 30 days' written
    notice. Please refund the £400 difference.

    For your information, I've filed a report with Trading Standards about the
    renewal notice, because I doubt we are the only ones.

    Sylvia Noon
    Noon Yoga Studio
    """), mailer="gmail", date="2024-09-04 11:45 +0100")

add("en", "high_value_order technical_issue", "-",
    "'we pay you €48k a year and nothing works' - routing rules and SSO broken",
    "Katrin Vos <katrin.vos@vosretailgroup.test>", "Routing rules / SSO",
    T("""
    Hi,

    We pay you €48k a year and right now the two things we bought you for don't
    work: routing rules stopped firing on Monday (tickets land in "Unassigned") and
    SSO logs people out every 20 minutes with "session invalid".

    Can someone give me a proper status on both, with an ETA?

    Katrin Vos
    Head of Customer Operations, Vos Retail Group
    """), entities=False, mailer="outlook", fmt='html')

add("en", "feature_request", "-",
    "'it would save us hours if the export could include' customer tags",
    "Ben Achterberg <ben@achterbergcoffee.test>", "Customer export",
    T("""
    Hi all,

    Small one: it would save us hours every month if the customer export could include
    the tags column. At the moment we export, then copy the tags across by hand from
    the customer screen before the mailing goes out.

    Cheers,
    Ben
    """), mailer="apple")

add("en", "feature_request", "-",
    "short: 'any chance of a dark mode?'",
    "Lucy Fenn <lucyfenn@gmail.com>", "dark mode",
    T("""
    Any chance of a dark mode on the iPad app? We use it in a bar and it lights up the
    whole corner at night.

    L
    """), mailer="gmail")

add("en", "technical_issue", "-",
    "invoice PDF opens blank",
    "Simon Hartley <simon@hartleyjoinery.test>", "Invoice PDFs",
    T("""
    Hi,

    Every invoice PDF I download this week opens blank - right number of pages, but
    white, no text at all. Tried Acrobat, Preview and Chrome. Invoices from last month
    are fine.

    Example attached (INV-3312).

    Simon
    """), attach=[("INV-3312.pdf", "pdf")], mailer="thunderbird")

add("en", "technical_issue", "-",
    "calendar sync has silently stopped",
    "Nadia Rahman <nadia@rahmanbeauty.test>", "Google Calendar sync",
    T("""
    Hello,

    The sync to Google Calendar has silently stopped. Bookings made in your app since
    about 8 June don't appear in Google, and nothing shows an error - the settings
    page still says "Last synced: just now".

    Nadia
    """), date='2024-06-19 13:00', mailer="gmail", fmt="alt")

add("en", "outage technical_issue", "-",
    "nothing loads on any device, white page; status page says green",
    "Kieran Boyd <kieran@boydandboyd.test>", "Is something down?",
    T("""
    Nothing loads - just a white page with the spinner, on three office PCs, my phone
    on 4G and my iPad at home. Your status page says everything is green. It's been
    like this since about half seven.
    """), mailer="iphone")

add("en", "outage technical_issue", "-",
    "every till in both shops says 'Cannot reach server'; card payments not going through",
    "Lena Fischer-Brown <lena@fbcafes.test>", "Both shops offline",
    T("""
    Is it just us?

    Every till in both cafes says "Cannot reach server" and card payments won't go
    through - the readers time out. The internet is fine (I'm sending this from the
    shop wifi). We're taking cash and writing orders on paper.

    Lena
    """), mailer="android", date="2024-07-06 10:18 +0100")

add("en", "outage severe_dissatisfaction technical_issue", "-",
    "ALL CAPS: whole system down on a Saturday, 'absolutely pathetic'",
    "RAY DONNELLY <ray@donnellysbar.test>", "DOWN AGAIN",
    T("""
    YOUR SYSTEM HAS BEEN DOWN SINCE 11 O'CLOCK. ON A SATURDAY. NOT ONE OF OUR TILLS OR
    THE APP WILL LOG IN. ABSOLUTELY PATHETIC. WHAT AM I PAYING YOU FOR.

    RAY
    """), mailer="android")

add("en", "outage technical_issue", "-",
    "API returns HTTP 503 for every call since 06:40 UTC",
    "Jonas Weber <jonas@shopsync.test>", "API 503 on every call",
    T("""
    Hi,

    Since 06:40 UTC every request to api.example.test returns HTTP 503 ("upstream
    connect error or disconnect/reset before headers"). That's GET /v2/orders,
    /v2/items and the OAuth token endpoint, from two different regions. Our order
    sync for ~80 merchants is dead in the water.

    Request IDs: 7f3c1e0a, 7f3c1e9d, 7f3c21b4.

    Jonas Weber
    Lead Engineer, ShopSync
    """), mailer="thunderbird")

add("en", "data_loss technical_issue", "-",
    "after restoring a backup, all 2023 job attachments are 0 KB",
    "Colin Rees <colin@reesroofing.test>", "Attachments empty",
    T("""
    Hi,

    After I used Restore on Friday (to get back one deleted quote), every photo and
    PDF attached to jobs from 2023 now shows as 0 KB and won't open. That's a year of
    before/after photos we need for guarantees.

    Colin Rees
    """), mailer="outlook")

add("en", "data_loss", "-",
    "agent merged two accounts the wrong way round; the Harbour St customer list is gone (human error, no malfunction)",
    "Megan Tully <megan@tullysdeli.test>", "Account merge",
    T("""
    Hello,

    Your colleague merged our two accounts yesterday as I'd asked, but he merged them
    the wrong way round: the Harbour St account was folded into the old test account
    and the Harbour St customer list - about 900 loyalty customers - is gone. The
    test account's six dummy customers are all that's left.

    Can your team get them back from your side?

    Megan Tully
    """), mailer="gmail")

add("en", "security_incident technical_issue", "-",
    "dashboard shows another company's invoices (data exposure by the product)",
    "Ian Mercer <ian@mercerelectrical.test>", "Someone else's invoices in our dashboard",
    T("""
    Hi,

    Since this morning our Invoices page lists about forty invoices that aren't ours -
    they belong to a garden centre in Norwich, with their customers' names, addresses
    and amounts. I can open the PDFs.

    I've not downloaded anything and I've told my staff not to touch them. I assume
    our invoices are showing up in someone else's account too?

    Ian Mercer
    """), mailer="outlook", fmt="qp")

add("en", "security_incident technical_issue", "-",
    "removed ex-employee still logged in and exported the customer list; removal did not revoke access",
    "Ruth Okonjo <ruth@okonjoprint.test>", "Removed user still has access",
    T("""
    Hello,

    We removed a former employee from the team on 3 June. The audit log shows him
    logging in on 9 June and exporting the full customer list at 23:12. Removing him
    evidently didn't end his session or revoke his access.

    Please confirm he is locked out now, and tell us exactly what he could see.

    Ruth Okonjo
    Okonjo Print Ltd
    """), date='2024-06-10 08:05', mailer="outlook")

add("en", "billing_dispute", "conditional",
    "charged £79 on a plan downgraded in March; chargeback threat",
    "Phil Garrow <philgarrow@yahoo.test>", "Wrong plan charged",
    T("""
    You took £79 on the 1st for the Pro plan. I downgraded to Starter (£29) in March -
    I have the confirmation email. Refund the £50 difference or I'll ask my bank to
    reverse the payment.

    Phil
    """), mailer="iphone")

add("en", "billing_dispute high_value_order", "-",
    "invoice for £14,400 upfront instead of agreed monthly billing",
    "Anjali Shah <anjali.shah@shahgroup.test>", "INV-8812 billing frequency",
    T("""
    Dear Accounts,

    We signed for monthly billing at £1,200 a month (order form attached, clause 4).
    Invoice INV-8812 is for £14,400 upfront and your system has already attempted to
    collect it, which our bank declined.

    Please cancel INV-8812 and issue the first monthly invoice instead.

    Regards,
    Anjali Shah
    Financial Controller, Shah Group
    """), attach=[("Order form - Shah Group.pdf", "pdf")], mailer="outlook", fmt="alt")

add("en", "broken_promise high_value_order", "-",
    "PO of $9,360 for 40 scanners, half delivered, rest promised 'next week' three weeks ago",
    "Derek Lowe <dlowe@loweshardware.test>", "PO 7731 - remaining 20 scanners",
    T("""
    Hi,

    PO 7731: 40 handheld scanners, $9,360.00 total, paid in full on 2 April. Twenty
    arrived. Your order desk told me on 19 April the other twenty would ship "next
    week". Today is 10 May.

    Please confirm a ship date and a tracking number.

    Derek Lowe
    Purchasing, Lowe's Hardware (no relation!)
    """), date="2024-05-10 08:50 -0500", mailer="outlook")

add("en", "high_value_order technical_issue", "-",
    "18 kiosks bought for EUR 27,000; four won't boot past the logo",
    "Marta Kowalski <marta@kowalskifood.test>", "Kiosks stuck on logo",
    T("""
    Hello,

    We bought 18 self-order kiosks from you in April (EUR 27,000 in total, invoice
    KX-2291). Four of them now won't boot past the logo screen - they sit there for
    ten minutes and restart. Power-cycling and the recovery button don't help.

    Four dead kiosks means queues at lunch. What's the replacement process?

    Marta Kowalski
    """), mailer="outlook", fmt='b64')

add("en", "billing_dispute high_value_order", "-",
    "USD 6,250 invoice paid by wire still marked unpaid; disputes a $125 late fee",
    "Trevor Banks <trevor.banks@banksdental.test>", "Invoice 20240311-88 marked unpaid",
    T("""
    Hello,

    Invoice 20240311-88 for USD 6,250.00 is still showing as unpaid, and this month's
    statement adds a $125 late fee. We paid it by wire on 12 March - confirmation
    attached, reference EX-20240311-88. Please apply the payment and remove the
    fee.

    Trevor Banks
    Office Manager, Banks Family Dental
    """), date='2024-04-09 11:20 -0400', attach=[("wire-confirmation.pdf", "pdf")], mailer="outlook")

add("en", "manager_request severe_dissatisfaction technical_issue", "-",
    "demands a supervisor today; invoices won't send; 'this incompetent', 'a joke'",
    "Glenn Harper <glenn.harper@harperautos.test>", "supervisor",
    T("""
    I want a supervisor. Today. Not a ticket number, not "we've passed it on".

    In twenty years of running a garage I have never dealt with a company this
    incompetent. Four days to tell me you don't know why my invoices won't send is a
    joke.

    Glenn Harper
    """), mailer="android")

add("en", "manager_request", "-",
    "politely asks for a team lead or someone senior to approve a policy exception",
    "Hannah Ives <hannah@ivesandco.test>", "Notice period on our contract",
    T("""
    Hi Chris,

    Thanks for explaining the 60-day notice period. I understand that's outside what
    you can approve. Could a team lead, or someone senior enough to make an exception,
    give me a ring this week? We're moving premises and need the contract to end with
    the lease, not two months later.

    Best wishes,
    Hannah Ives
    """), mailer="apple", fmt="alt")

add("en", "corporate_contact_request executive_contact", "-",
    "asks for the CEO's email address in order to write to him directly",
    "Robert Ashdown <r.ashdown@ashdownestates.test>", "Contact details",
    T("""
    Hello,

    What's the email address for your CEO? I'd like to write to him directly about
    how our account migration was handled.

    Robert Ashdown
    """), mailer="outlook")

add("en", "corporate_contact_request", "-",
    "asks for the legal team's contact to send a signed DPA amendment (no threat)",
    "Clara Jennings <clara.jennings@jenningshealth.test>", "Signed DPA amendment",
    T("""
    Hello,

    We need to send a signed amendment to the data processing agreement. Could you
    give me a contact in your legal department - a named person and an email or
    postal address? Our procurement rules don't allow us to send it to a support
    inbox.

    Thank you,
    Clara Jennings
    Procurement, Jennings Health
    """), mailer="outlook", fmt="alt")

add("en", "corporate_contact_request", "-",
    "'is there a number for your actual offices ... where management sits' - not the helpline",
    "Stuart Finch <stuartfinch@hotmail.test>", "phone number",
    T("""
    Hi, is there a phone number for your actual offices in Manchester? Not the
    helpline, I've got that - the building where management sits.

    Stuart
    """), mailer="android")

add("en", "executive_contact technical_issue", "-",
    "has sent it to the founder on LinkedIn and to investor relations; stock counts drift",
    "Naomi Brook <naomi@brookandfern.test>", "Stock counts drifting",
    T("""
    Hi,

    Stock counts drift after every busy day - this morning the app said we had 14 of
    an item we sold out of on Saturday. I've done the recount procedure twice.

    I've also sent this to your founder on LinkedIn and to your investor-relations
    address, because frankly I think someone at that level should know.

    Naomi
    """), fmt='b64', mailer="gmail")

add("en", "executive_contact", "-",
    "'I'll be writing to your board of directors' about the handling of a complaint",
    "Geoffrey Thorne <gthorne@thornepartners.test>", "Handling of my complaint",
    T("""
    Dear Ms Lewis,

    Thank you for your letter of 14 August. I have read it carefully and I do not
    think it answers a single one of the points I raised.

    I'll therefore be writing to your board of directors this week, setting out the
    history, and I'd be grateful if you would make sure they have your file.

    Yours sincerely,
    Geoffrey Thorne
    """), date='2024-08-20 10:00', mailer="outlook", fmt="qp")

add("en", "discrimination_harassment", "-",
    "agent told a wheelchair-using colleague the shop 'should get someone who can actually stand'",
    "Josie Clarke <josie@clarkesframes.test>", "Comment made to my colleague",
    T("""
    Hello,

    My colleague Sam, who uses a wheelchair, called your install line on Tuesday to
    book the counter setup. The person he spoke to told him we "should get someone who
    can actually stand at the counter" to do the setup with the engineer.

    Sam has done every setup in this shop for six years. That remark was
    discriminatory and I want it dealt with.

    Josie Clarke
    """), mailer="apple")

add("en", "discrimination_harassment severe_dissatisfaction", "-",
    "technician shouted at staff and said he'd 'sort her out'; 'I am disgusted'",
    "Omar Farouk <omar@faroukgrocers.test>", "Technician visit 3 October",
    T("""
    Your technician shouted at my cashier on Thursday because she asked him to move
    his van from the loading bay, and told her he would "sort her out" if she
    complained to anyone. She was shaking.

    I am disgusted. I don't want him on my premises again.

    Omar Farouk
    """), date='2024-10-07 08:45', mailer="webmail")

add("en", "discrimination_harassment", "-",
    "sales rep said the advanced plan 'isn't really for people your age'",
    "Maureen Hobbs <maureen.hobbs@hobbsyarns.test>", "Your sales rep",
    T("""
    Dear support,

    I asked your sales representative about the Advanced plan at the trade fair on
    Saturday. He smiled and said it "isn't really for people your age" and suggested
    I ask my grandson to help me with the Basic one.

    I am 67 and I have run this shop for 31 years. I found that remark hurtful and I
    was not the only customer at the stand who heard it.

    Maureen Hobbs
    """), mailer="thunderbird", fmt="qp")

add("en", "safety", "other",
    "kiosk stand toppled onto an assistant's foot; 'third time this month it has wobbled' counts wobbles, not contacts",
    "Calum Reid <calum@reidoutdoor.test>", "Kiosk stand",
    T("""
    Hi,

    The floor stand for the self-checkout kiosk toppled over yesterday when a customer
    leant on it, and the 12 kg unit landed on my assistant's foot. Badly bruised, no
    break, thankfully. It's the third time this month it has wobbled like that - the
    base is simply too narrow for the weight on top.

    We've taken it out of use. Is there a wider base or wall bracket?

    Calum Reid
    """), mailer="outlook")

add("en", "safety technical_issue", "-",
    "reader dies at '100%' (malfunction) and the battery is swelling so the lid won't close",
    "Fatima Zahra <fatima@zahrahome.test>", "reader battery",
    T("""
    Hello,

    The reader shows 100% battery and then switches off after a couple of
    transactions. And since last night the back has bulged out - the battery must be
    swelling, the lid won't close any more.

    I've put it in a metal tin in the garden. What now?

    Fatima
    """), mailer="iphone")

add("en", "safety", "-",
    "magnet clip came loose, toddler almost swallowed it",
    "Chris Ng <chris.ng@ngtoys.test>", "Magnet on the card holder",
    T("""
    Hi there,

    The little magnet clip on the card-reader holder came loose and my two-year-old
    had it in her mouth before I could grab it. She's fine, it came straight out. But
    these magnets are small enough to swallow and they're not glued in at all - I
    can pop the other one out with a fingernail.

    You might want to look at that before someone's kid does swallow one.

    Chris
    """), mailer="gmail")

add("en", "safety", "-",
    "power adapter batch named in a recall notice; one of theirs is buzzing",
    "Andrea Silva <andrea@silvasurf.test>", "PX-2 adapters",
    T("""
    Hello,

    I read on a retailers' forum that there's a recall on the PX-2 power adapter for
    batches starting 23-11. All four of ours start with 23-11, and the one in the
    back office has started buzzing loudly when it's plugged in.

    Please tell me what to do with them.

    Andrea Silva
    """), mailer="outlook", fmt="alt")

add("en", "broken_promise", "-",
    "goodwill credit promised by an agent never appeared",
    "Hugh Barrow <hugh@barrowbikes.test>", "Credit",
    T("""
    Hi,

    Sam said on 4 March that a goodwill credit of £30 would be on my next invoice for
    the late delivery of our card reader. The next invoice came today, no credit.

    Cheers,
    Hugh
    """), date='2024-04-01 15:10', fmt='flowed', mailer="apple")

add("en", "broken_promise manager_request repeat_contact", "-",
    "third time writing; booked technician never came, again; wants someone who can make decisions",
    "Sandra Mills <sandra@millslaundry.test>", "Technician - again",
    T("""
    Third time writing about this.

    The technician was booked for Thursday 8-12 to replace the card terminal. No one
    came. No call. This is the second booked visit that nobody turned up to.

    I'd like this passed to someone who can actually make decisions, please, not
    another booking form.

    Sandra Mills
    Mills Laundry
    """), mailer="webmail")

add("en", "repeat_contact technical_issue", "-",
    "emailed on 2, 9 and 16 May without a reply (this is the fourth); printer won't pair",
    "Paul Dunne <paul@dunnesbutchers.test>", "Printer pairing",
    T("""
    Hello,

    I emailed on 2, 9 and 16 May and haven't had a single reply, so trying again.

    The kitchen printer will not pair with the new iPad. It's found in the list, I tap
    it, and it says "Pairing failed (-6)". The old iPad still pairs fine.

    Paul Dunne
    """), date="2024-05-21 17:05 +0100", mailer="thunderbird")

add("en", "repeat_contact severe_dissatisfaction technical_issue", "-",
    "'5th email. FIFTH.' sms reminders not sending; 'I'm livid'",
    "Kelly Ashton <kelly@ashtonnails.test>", "sms reminders",
    T("""
    5th email. FIFTH. about the sms reminders not going out. clients are not turning
    up because they never got a reminder and i'm losing money every day.

    i'm livid. answer me.
    """), mailer="iphone")

add("en", "feature_request", "-",
    "long friendly mail; one request in the middle: per-staff opening hours",
    "Gillian Moss <gillian@mossandivy.test>", "A few thoughts after our first year",
    T("""
    Hello everyone,

    We've just had our first year with you and I wanted to send a bit of feedback
    while I've got a quiet afternoon.

    The booking page has been brilliant. Our clients book at midnight, they book from
    the bus, they book for their mums - we used to lose half of those to voicemail.
    The reminder texts have cut no-shows to almost nothing, and the reports are far
    easier than the spreadsheet my business partner used to keep.

    The one thing I'd really love is the ability to set different opening hours per
    staff member. Two of my stylists only do Tuesday and Thursday evenings, and at the
    moment I block out their calendars by hand every week.

    Anyway, thank you all - and special thanks to Priyanka, who helped us move our
    old client list over last spring and was so patient with me.

    Gillian Moss
    Moss & Ivy Hair
    """), mailer="apple", fmt="alt")

add("en", "feature_request technical_issue", "-",
    "discount code field ignores lowercase (bug) plus a request to schedule codes",
    "Rhys Evans <rhys@evansoutdoor.test>", "Discount codes",
    T("""
    Hi,

    Two things:

    1. Discount codes typed in lowercase are rejected as "Invalid code" even though
       the same code in capitals works. Customers type lowercase on phones.
    2. Unrelated: it would be really useful to schedule codes to start and expire
       at a set time, so we don't have to switch them on at midnight for sales.

    Thanks,
    Rhys
    """), mailer="thunderbird")

add("en", "feature_request", "-",
    "'would you consider supporting' instant payouts",
    "Ola Nordmann <ola@nordsmoke.test>", "Instant payouts",
    T("""
    Hi,

    Would you consider supporting instant payouts to UK bank accounts, even for a
    small fee? Most of our suppliers want paying on delivery and waiting three days
    for takings is a squeeze in the winter months.

    Thanks,
    Ola
    """), mailer="gmail")

add("en", "cancellation_threat feature_request", "conditional",
    "asks for a Shopify integration; won't renew in September without it",
    "Leah Morgan <leah@morganceramics.test>", "Shopify integration",
    T("""
    Hi,

    We've started selling online through Shopify and need stock to sync both ways
    with the shop till. Please add a Shopify integration - even a basic one.

    Honestly, if there's no Shopify integration by September we won't renew; we
    can't keep two stock lists by hand.

    Leah
    """), mailer="gmail")

add("en", "technical_issue", "-",
    "'ERR_TOKEN_SCOPE' error when connecting QuickBooks",
    "Vikram Nair <vikram@nairaccounts.test>", "QuickBooks connection error",
    T("""
    Hello,

    When I connect QuickBooks Online from Settings > Integrations I get through the
    Intuit login and then your page shows "ERR_TOKEN_SCOPE: insufficient scope for
    accounting". Same on two browsers, same with another QBO company.

    Vikram Nair
    """), mailer="outlook", fmt="qp")

add("en", "technical_issue", "-",
    "app crashes when tapping Refund on Android 14",
    "Sophie Turner <sophie.turner@turnerflorals.test>", "App closes on refund",
    T("""
    Hi, the app closes every time I tap Refund on an order - on my Pixel 8 (Android
    14). It's fine on my colleague's iPhone. Uninstalled and reinstalled, same.

    Sophie
    """), mailer="android")

add("en", "technical_issue", "-",
    "date picker skips 29 February",
    "Martin Clegg <martin@cleggvets.test>", "29 February",
    T("""
    Hi,

    Small bug: in the appointment date picker, February 2024 goes 27, 28, 1 March.
    We have a client who specifically asked for the 29th and I can't book it.

    Martin
    """), date="2024-02-12 11:22 +0000", mailer="webmail")

add("en", "broken_promise severe_dissatisfaction", "-",
    "account promised set up within 48 hours, three weeks later still not; 'shambolic'",
    "Roger Pike <roger@pikeandsons.test>", "Account setup",
    T("""
    Your sales team promised our account would be set up within 48 hours of signing.
    That was three weeks ago. We have paid, we have signed, and we have nothing.

    I have been in business for thirty years and have never dealt with a company this
    shambolic.

    Roger Pike
    """), entities=False, fmt='html', mailer="outlook")

add("en", "billing_dispute severe_dissatisfaction", "-",
    "£45 'data migration fee' never agreed; 'daylight robbery', 'absolutely fuming'",
    "Tina Marsh <tina.marsh@gmail.com>", "migration fee??",
    T("""
    £45 "data migration fee" on my invoice. Nobody mentioned a fee, you moved my data
    with a button. That's daylight robbery and I'm absolutely fuming. Take it off.

    Tina
    """), mailer="gmail")

add("en", "legal_threat regulatory", "-",
    "subject access request ignored for 9 weeks: alleges GDPR breach and has instructed a lawyer",
    "Eamon Walsh <eamon.walsh@protonmail.test>", "Subject access request - 9 weeks",
    T("""
    Dear Data Protection Officer,

    I made a subject access request on 2 April. It is now 9 weeks later and I have
    received nothing but an automatic acknowledgement. That is a clear breach of the
    GDPR, which gives you one month.

    I have instructed a lawyer, who will be in contact with you shortly.

    Eamon Walsh
    """), date="2024-06-04 19:12 +0100", mailer="thunderbird")

add("en", "regulatory", "-",
    "referred withheld payouts to the Financial Ombudsman Service",
    "Grace Bailey <grace@baileycakes.test>", "Withheld payouts",
    T("""
    Hello,

    Our payouts have now been held for 23 days "under review" with no explanation
    and no one able to tell me what you need from us.

    I've referred the matter to the Financial Ombudsman Service today. Case number to
    follow.

    Grace Bailey
    """), mailer="webmail")

add("en", "billing_dispute regulatory", "-",
    "unauthorised recurring $39.99 charges; complaint opened with the CFPB",
    "Jamal Wright <jamal.wright@mailbox.test>", "Recurring $39.99",
    T("""
    Hi,

    There's a recurring $39.99 charge from you on my card every month since March. I
    have never had an account with you - I run a landscaping business and don't use
    any POS software.

    I've opened a complaint with the Consumer Financial Protection Bureau and my bank
    is disputing the charges. Please confirm you've stopped them.

    Jamal Wright
    """), date="2024-07-09 15:40 -0400", mailer="gmail")

add("en", "broken_promise media_threat", "-",
    "40k TikTok followers, filming a video tonight; promised delivery for a birthday missed",
    "Bella Quinn <bella.quinn@gmail.com>", "where is my order",
    T("""
    hiya, order #EX-55190 (the pink card reader for my nail studio) was promised for
    yesterday because it was my studio's first birthday, the email literally said
    "guaranteed by Friday". nothing came.

    i have 40k followers on tiktok and i'm filming a video about this tonight, so if
    someone wants to tell me where it is before then that would be great x
    """), mailer="iphone", nowrap=True)

add("en", "media_threat technical_issue", "-",
    "announces a G2 review warning other agencies; integration drops",
    "Noah Fletcher <noah@fletcherdigital.test>", "HubSpot integration",
    T("""
    Hi,

    The HubSpot integration has disconnected itself four times this month (each time
    "Token revoked" in the log). Reconnecting takes an hour of remapping fields.

    I'm writing a review on G2 today so other agencies know what they're signing up
    for.

    Noah
    """), mailer="apple")

add("en", "media_threat", "reported",
    "producer of a consumer radio programme asks for comment on listener complaints (hearsay)",
    "Fay Adeyemi <fay.adeyemi@radiomoneybox.test>", "Money Matters - listener complaints",
    T("""
    Dear press office,

    I'm a producer on Money Matters, the consumer programme on Radio Westvale. We've had
    a number of listeners get in touch about contracts renewing automatically at a
    higher rate. We plan to cover this in next Tuesday's programme.

    Would someone from your company be willing to speak to us, or provide a written
    statement, by Friday?

    Kind regards,
    Fay Adeyemi
    Producer, Money Matters
    """), mailer="outlook", fmt="alt")

add("en", "outage technical_issue", "-",
    "no card payments since 9am in any of four stores ('Host unavailable')",
    "Pete Lam <pete@lamsnoodlebars.test>", "Card payments in all stores",
    T("""
    URGENT - no card payments since 9am in any of our 4 stores. Every terminal shows
    "Host unavailable - try again". Contactless and chip, all card types. We're
    turning people away.
    """), mailer="android")

add("en", "outage technical_issue", "-",
    "nobody can log in - SSO page 'Internal Server Error' for everyone",
    "Ingrid Dahl <ingrid.dahl@dahlarchitects.test>", "Login",
    T("""
    Hi,

    None of our 35 users can log in. The SSO page returns "500 Internal Server Error"
    for everyone, and the normal email/password login gives the same. Started around
    14:10 CET.

    Ingrid Dahl
    IT, Dahl Architects
    """), mailer="outlook")

add("en", "data_loss executive_contact legal_threat severe_dissatisfaction technical_issue", "-",
    "long rambling mail; lost jobs after update, cc'd the CTO, 'our lawyers' and 'appalled' are single sentences in the middle",
    "Douglas Kerr <douglas@kerrbuilders.test>", "Where do I even start",
    T("""
    Hi,

    Where do I even start. We've been with you since 2019, back when it was just the
    quoting tool and you had about four people on the team - I remember ringing up and
    getting the developer on the phone, which was great. We've grown a lot since then
    too, three crews now, my daughter's come into the business to do the office side,
    and we've recommended you to a lot of people in the trade.

    Anyway. Last Thursday, after the app updated itself overnight, every job we had
    scheduled for October disappeared from the planner. Not moved, gone - 46 jobs,
    with the notes, the photos of the sites, the materials lists. The crews turned up
    at the yard on Friday with no idea where they were going. My daughter has spent
    the weekend rebuilding them from texts and the paper diary.

    I've copied in your CTO, Mr Harding, because I want someone who understands the
    technology to explain how an update can do that. I am frankly appalled. I've also
    forwarded everything to our lawyers, because three crews standing idle for a day
    has cost us money and I expect you to cover it.

    We'd like to keep using the system - my daughter likes it - but we need the jobs
    back or an honest answer that they're not coming back.

    Douglas Kerr
    Kerr Builders
    """), date='2024-09-30 21:15 +0100', cc="Michael Harding <m.harding@example.test>", mailer="outlook", fmt="qp")

add("en", "data_loss technical_issue", "-",
    "two-line lowercase: app deleted all bookings for next week",
    "jade <jadeyb@icloud.test>", "bookings",
    T("""
    ur app deleted all my bookings for next week. every single one. fix it pls
    """), mailer="iphone")

add("en", "manager_request", "-",
    "two-liner: can someone senior call me back today",
    "Owen Price <owen@pricestimber.test>", "Call back please",
    T("""
    Can someone senior call me back today about our account? 07700 900 123.

    Owen
    """), mailer="iphone")

add("en", "billing_dispute severe_dissatisfaction", "-",
    "ALL CAPS: charged again after cancelling in January",
    "MARGARET DOYLE <mdoyle1951@aol.test>", "STOP TAKING MONEY",
    T("""
    STOP TAKING MONEY FROM MY ACCOUNT. I CANCELLED IN JANUARY. YOU HAVE TAKEN £19.99
    AGAIN ON 1 APRIL. I WANT IT BACK.

    MARGARET DOYLE
    """), date="2024-04-03 08:12 +0100", mailer="plain")

add("en", "security_incident", "-",
    "typo-laden: account hacked, emails with a link sent to all customers from it",
    "Stavros Pappas <stavros.pappas@gmail.com>", "acount hacked",
    T("""
    hellp, my acount was hacke i think, someone has send emails to all my custmers
    from my acount with a link to "pay outstanding balance". i didnt send this!! my
    custmers are calling me. pleas help what do i do
    """), mailer="gmail", nowrap=True)

add("en", "broken_promise executive_contact", "-",
    "'I'm going to ring your managing director tomorrow'; engineer visit promised, not kept",
    "Hilary Dunn <hilary@dunnsgarage.test>", "Engineer visit",
    T("""
    Hello,

    An engineer was promised for Wednesday "first thing" to install the
    forecourt terminals. It's Thursday afternoon.

    I'm going to ring your managing director tomorrow morning. I found the number on
    Companies House.

    Hilary Dunn
    """), mailer="webmail")

add("en", "cancellation_threat technical_issue", "-",
    "won't be renewing in August because of constant sync problems",
    "Elaine Harte <elaine@hartestationery.test>", "Renewal",
    T("""
    Hi,

    Just to let you know we won't be renewing in August. The stock sync between the
    web shop and the till has failed every few days since the spring (we get "Sync
    job failed - retrying" in the log and then nothing), and fixing the counts has
    cost us more than the subscription.

    Elaine Harte
    """), mailer="outlook")

add("en", "cancellation_threat", "conditional",
    "moving three shops to a competitor at quarter end unless payout delays stop",
    "Kwame Asante <kwame@asanteafrofoods.test>", "Payout delays",
    T("""
    Hi,

    Payouts have arrived late four Mondays in a row. I'm not chasing them any more -
    I'm telling you that unless they arrive on time from now on, I'm moving all three
    shops to another provider at the end of the quarter. I've already had the quote.

    Kwame
    """), mailer="android")

add("en", "cancellation_threat", "-",
    "'please close my account... I've lost all confidence' - leaving because of the service",
    "Irene Blake <irene.blake@blakebeauty.test>", "Close account",
    T("""
    Please close my account at the end of this billing period. After the way the last
    month has gone - the three weeks it took to get a card reader delivered, the days without anyone answering the phone
    - I've lost all confidence in the service and I've moved to a different system.

    Irene Blake
    """), fmt='flowed', mailer="apple")

add("en", "cancellation_threat technical_issue", "quoted",
    "own line: conditional cancellation and export still empty; harmless quoted agent reply below",
    "Nikhil Bose <nikhil@boseandco.test>", "Re: Empty export files",
    T("""
    Still no change - the export is still producing empty files. If it's not working
    by Friday we'll cancel.

    Nikhil

    On Tue, 14 May 2024 at 10:02, Example Support <support@example.test> wrote:
    > Hi Nikhil,
    >
    > Thanks for your patience. Our team is looking into this and we'll be in touch
    > as soon as we have an update.
    >
    > Kind regards,
    > Ana
    > Example Support
    """), date='2024-05-21 09:10 +0100', irt="<20240514090211.3F2C@mail.example.test>", mailer="gmail", fmt="alt")

add("en", "legal_threat technical_issue", "signature",
    "real legal threat in own text above a long confidentiality disclaimer",
    "Anthony Rowe <arowe@rowelogistics.test>", "Label printing failure",
    T("""
    Hello,

    Since your update on 2 July the label printing has failed for any parcel over
    2 kg ("Label service error 422"). We've missed two days of courier collections.
    We've passed this to our solicitors and will be seeking the costs of the missed
    shipments.

    Anthony Rowe
    Rowe Logistics Ltd

    --
    CONFIDENTIALITY: This email and any attachments are confidential and may be
    legally privileged. If you are not the intended recipient, please notify the
    sender and delete it. Any unauthorised use, disclosure or copying is prohibited
    and may be unlawful. Rowe Logistics Ltd, registered in England No. 01234567.
    """), date='2024-07-04 16:30', mailer="outlook")

add("en", "billing_dispute legal_threat", "title",
    "Head of Legal announces County Court proceedings over a disputed £2,300 termination fee (a real threat, despite the title)",
    "Catherine Osei <catherine.osei@oseihomes.test>", "Termination fees - Osei Homes",
    T("""
    Dear Sirs,

    Further to our letter of 3 May, you have not withdrawn the termination fee of
    £2,300 charged under a contract that you yourselves failed to perform.

    Unless the fee is withdrawn within 14 days, we will issue proceedings in the
    County Court without further notice.

    Catherine Osei
    Head of Legal, Osei Homes Ltd
    """), date='2024-05-20 12:00', mailer="outlook", fmt="alt")

# --------------------------------------------------------------------------
# German, trigger-positive
# --------------------------------------------------------------------------

add("de", "billing_dispute legal_threat", "-",
    "doppelte Abbuchung von 49,90 EUR; Sache an die Rechtsanwältin übergeben",
    "Sabine Krüger <s.krueger@krueger-optik.test>", "Doppelte Abbuchung Mai",
    T("""
    Sehr geehrte Damen und Herren,

    am 2. Mai wurden von unserem Geschäftskonto zweimal 49,90 € für das Abo
    abgebucht (Mandatsreferenz EX-77120). Auf meine Nachricht vom 6. Mai habe ich
    nur eine automatische Eingangsbestätigung bekommen.

    Ich habe die Angelegenheit inzwischen meiner Rechtsanwältin übergeben. Bitte
    erstatten Sie den doppelt eingezogenen Betrag umgehend.

    Mit freundlichen Grüßen
    Sabine Krüger
    Krüger Optik, Bielefeld
    """), charset="iso-8859-1", fmt="qp", mailer="outlook", date="2024-05-15 09:02 +0200")

add("de", "broken_promise legal_threat", "conditional",
    "zugesagte Erstattung für zurückgeschicktes Gerät nicht erfolgt; droht mit Mahnbescheid",
    "Jürgen Albers <juergen.albers@web.de>", "Erstattung Retoure RMA-4471",
    T("""
    Hallo,

    das Terminal habe ich am 8. April zurückgeschickt, Ihre Kollegin hat mir am
    Telefon die Erstattung der 289 € "innerhalb von 10 Werktagen" zugesagt. Bis heute
    ist nichts eingegangen.

    Sollte das Geld nicht bis zum 15. Juni auf meinem Konto sein, beantrage ich einen
    Mahnbescheid.

    Gruß
    J. Albers
    """), mailer="webmail", date="2024-06-03 20:14 +0200", subj_enc=("UTF-8", "Q"))

add("de", "billing_dispute regulatory", "-",
    "Abbuchungen trotz fristgerechter Kündigung; Beschwerde bei der Verbraucherzentrale",
    "Heike Sommer <heike.sommer@t-online.test>", "Abbuchung nach Kündigung",
    T("""
    Guten Tag,

    ich habe meinen Vertrag fristgerecht zum 31.03. gekündigt, die Bestätigung liegt
    mir vor. Trotzdem buchen Sie weiterhin jeden Monat 39 € ab, zuletzt am 1. Juli.

    Ich habe mich deshalb an die Verbraucherzentrale Niedersachsen gewandt. Bitte
    erstatten Sie die drei Abbuchungen April bis Juli und stoppen Sie den Einzug.

    Heike Sommer
    """), date='2024-07-08 10:30', mailer="webmail", charset="utf-8", fmt="plain")

add("de", "regulatory", "-",
    "Newsletter trotz Widerspruch; DSGVO-Verstoß und Beschwerde bei der Landesdatenschutzbeauftragten",
    "Dr. Frank Meißner <meissner@praxis-meissner.test>", "Werbemails trotz Widerspruch",
    T("""
    Sehr geehrte Damen und Herren,

    ich habe am 12. Februar schriftlich der Nutzung meiner Daten für Werbung
    widersprochen. Seitdem habe ich sieben weitere Werbemails von Ihnen erhalten.

    Das ist ein klarer Verstoß gegen die DSGVO. Ich habe heute Beschwerde bei der
    Landesbeauftragten für Datenschutz eingereicht.

    Mit freundlichen Grüßen
    Dr. F. Meißner
    """), charset="iso-8859-1", fmt="qp", mailer="thunderbird")

add("de", "cancellation_threat technical_issue", "conditional",
    "Kasse meldet TSE-Fehler bei jedem Bon; 'wenn ... nicht läuft, kündigen wir'",
    "Murat Yıldız <murat@yildiz-imbiss.test>", "TSE-Fehler bei jedem Bon",
    T("""
    Hallo zusammen,

    seit Montag kommt bei jedem Bon "TSE nicht erreichbar – Beleg ohne Signatur".
    Die Bons sind damit steuerlich nicht in Ordnung. Neustart, neues Kabel, alles
    probiert.

    Wenn das bis Monatsende nicht läuft, kündigen wir. Ich kann mir keine Probleme
    mit dem Finanzamt leisten.

    Murat Yıldız
    Yıldız Imbiss
    """), mailer="android")

add("de", "cancellation_threat outage technical_issue", "-",
    "keine Kasse in beiden Filialen verbindet sich; kündigt zum nächstmöglichen Termin",
    "Bäckerei Lehmann <info@baeckerei-lehmann.test>", "Kündigung",
    T("""
    Guten Tag,

    heute Vormittag konnte sich keine einzige Kasse in unseren beiden Filialen mit
    Ihrem Server verbinden, von 6 bis kurz nach 10 Uhr, und das am Samstag. Die
    Hotline war besetzt.

    Hiermit kündige ich unseren Vertrag (Kundennummer 30-5512) zum nächstmöglichen
    Termin. Bitte bestätigen Sie mir das Vertragsende schriftlich.

    Thomas Lehmann
    Bäckerei Lehmann
    """), charset="windows-1252", fmt="qp", mailer="outlook", date="2024-08-17 11:05 +0200")

add("de", "manager_request", "-",
    "möchte mit der Teamleitung sprechen; wer ist für Beschwerden zuständig",
    "Claudia Brandl <c.brandl@brandl-moden.test>", "Ansprechpartner",
    T("""
    Hallo,

    mit den Antworten der letzten Tage komme ich nicht weiter. Wer ist bei Ihnen für
    Beschwerden zuständig? Ich möchte bitte mit der Teamleitung sprechen, gern auch
    telefonisch: 0821 555 0192.

    Claudia Brandl
    """), mailer="apple")

add("de", "repeat_contact technical_issue", "-",
    "'zum wiederholten Mal' mit drei unbeantworteten Mails (3., 10., 17. Juni); SEPA-Export fehlerhaft",
    "Werner Hahn <werner.hahn@hahn-elektro.test>", "SEPA-Export fehlerhaft",
    T("""
    Sehr geehrte Damen und Herren,

    ich schreibe Ihnen nun zum wiederholten Mal - meine Mails vom 3., 10. und
    17. Juni blieben unbeantwortet.

    Die SEPA-Lastschriftdatei, die Ihr Programm exportiert, wird von unserer Bank
    abgelehnt ("Ungültiges Format: PmtInfId fehlt"). Bis zum Update im Mai hat das
    funktioniert.

    Mit freundlichen Grüßen
    Werner Hahn
    """), charset="iso-8859-1", fmt="plain", mailer="outlook", date="2024-06-24 08:30 +0200")

add("de", "broken_promise", "-",
    "Rückruf (= callback, kein Produktrückruf) bis Freitag zugesagt, niemand hat sich gemeldet",
    "Petra Vogel <petra.vogel@vogel-blumen.test>", "Zugesagter Rückruf",
    T("""
    Hallo,

    mir wurde am Dienstag ein Rückruf bis spätestens Freitag zugesagt, wegen der
    Umstellung auf den Jahrestarif. Es hat sich niemand gemeldet.

    Bitte rufen Sie mich an, ich bin vormittags im Laden erreichbar.

    Viele Grüße
    Petra Vogel
    """), mailer="iphone", fmt="qp")

add("de", "safety", "-",
    "Netzteil hat Funken geschlagen, verschmorter Geruch",
    "Stefan Roth <stefan.roth@roth-kiosk.test>", "Netzteil hat Funken geschlagen",
    T("""
    Guten Abend,

    beim Einstecken hat das Netzteil vom Kartenleser gestern Funken geschlagen, an der
    Steckdose ist jetzt ein schwarzer Rand und es roch verschmort. Wir haben die
    Sicherung rausgemacht.

    Dürfen wir die anderen zwei Netzteile noch benutzen? Bitte um schnelle Antwort.

    Stefan Roth
    """), mailer="android", subj_enc=("ISO-8859-1", "Q"))

add("de", "data_loss technical_issue", "-",
    "nach dem Update sind alle Kundenkarteien von 2022 verschwunden",
    "Anja Böhm <anja@physio-boehm.test>", "Kundenkarteien 2022 weg",
    T("""
    Hallo,

    seit dem Update am Wochenende sind sämtliche Kundenkarteien aus dem Jahr 2022
    verschwunden - Behandlungsnotizen, Rezepte, alles. 2023 und 2024 sind noch da.
    Gelöscht hat hier niemand etwas.

    Wir sind verpflichtet, diese Unterlagen aufzubewahren. Bitte dringend melden.

    Anja Böhm
    Physiotherapie Böhm
    """), attach=[('Screenshot 2024-05-13 091204.png', 'png')], charset="iso-8859-1", fmt="qp", mailer="webmail")

add("de", "outage technical_issue", "-",
    "Portal seit 8 Uhr nicht erreichbar, 502 Bad Gateway, alle Kollegen",
    "Markus Engel <m.engel@engel-it.test>", "Portal nicht erreichbar (502)",
    T("""
    Hallo,

    seit ca. 8 Uhr ist Ihr Kundenportal für uns nicht erreichbar - "502 Bad Gateway"
    bei allen Kollegen, im Büro wie im Homeoffice, egal welcher Browser. Die App zeigt
    "Keine Verbindung zum Server".

    Gibt es eine Störung?

    Markus Engel
    """), mailer="thunderbird")

add("de", "security_incident", "-",
    "Phishing-Mail von der Rechnungsadresse des Anbieters mit echter Rechnungsnummer",
    "Ingrid Schäfer <i.schaefer@schaefer-reisen.test>", "Verdächtige Mail von Ihrer Rechnungsadresse",
    T("""
    Guten Tag,

    heute kam eine Mail von rechnung@example.test mit unserem Firmennamen und der
    richtigen Nummer unserer letzten Rechnung. Darin werden wir aufgefordert, über
    einen Link "die geänderte Bankverbindung zu bestätigen". Der Link führt nicht auf
    Ihre Seite.

    Woher haben die unsere Rechnungsnummer? Bitte prüfen Sie das dringend.

    Ingrid Schäfer
    """), mailer="outlook", fmt="alt", charset="utf-8")

add("de", "billing_dispute high_value_order", "-",
    "Rechnung über 8.950,00 EUR netto mit 12 statt 6 Lizenzen",
    "Oliver Brandt <o.brandt@brandt-logistik.test>", "Rechnung RE-24-1180 fehlerhaft",
    T("""
    Sehr geehrte Damen und Herren,

    Ihre Rechnung RE-24-1180 über 8.950,00 € netto berechnet 12 Lizenzen. Laut
    Vertrag vom 14.02. haben wir 6 Lizenzen. Bitte stornieren Sie die Rechnung und
    schicken Sie uns eine korrigierte.

    Mit freundlichen Grüßen
    Oliver Brandt
    Einkauf, Brandt Logistik GmbH
    """), date='2024-03-04 09:10', mailer="outlook", charset="windows-1252", fmt="qp")

add("de", "severe_dissatisfaction technical_issue", "-",
    "Terminal stürzt beim Tagesabschluss ab; 'bodenlose Frechheit'",
    "Dieter Kowalczyk <dieter.k@gmx.test>", "Tagesabschluss",
    T("""
    Das Terminal stürzt beim Tagesabschluss jedes Mal ab, seit einer Woche. Ihr
    Kollege hat das Ticket einfach geschlossen mit "bitte neu starten".

    Das ist eine bodenlose Frechheit. Ich zahle jeden Monat und bekomme so eine
    Antwort.

    D. Kowalczyk
    """), mailer="webmail")

add("de", "broken_promise executive_contact", "-",
    "Geschäftsführer in Kopie gesetzt (Cc); zugesagte Schulung nie stattgefunden",
    "Katharina Wolff <k.wolff@wolff-hotels.test>", "Zugesagte Schulung",
    T("""
    Sehr geehrte Damen und Herren,

    bei Vertragsabschluss wurde uns eine Vor-Ort-Schulung für das Rezeptionsteam
    fest zugesagt, "spätestens im ersten Monat". Wir sind jetzt im vierten Monat.

    Ich habe Ihren Geschäftsführer, Herrn Dr. Brandt, in Kopie gesetzt.

    Mit freundlichen Grüßen
    Katharina Wolff
    Direktorin, Hotel Wolff
    """), entities=True, cc="Dr. Paul Brandt <paul.brandt@example.test>", mailer="outlook", fmt='html', charset="iso-8859-1")

add("de", "corporate_contact_request", "-",
    "bittet um Postanschrift des Firmensitzes und Handelsregisternummer",
    "Ralf Zimmermann <ralf.zimmermann@zimmermann-bau.test>", "Anschrift Firmensitz",
    T("""
    Guten Tag,

    bitte nennen Sie mir die Postanschrift Ihres Firmensitzes und Ihre
    Handelsregisternummer. Ich möchte ein Schreiben per Einschreiben schicken.

    Danke und Gruß
    Ralf Zimmermann
    """), mailer="thunderbird")

add("de", "discrimination_harassment", "-",
    "Techniker wollte nicht mit der Kollegin sprechen, 'weil sie eine Frau ist'",
    "Martina Kühn <martina@kuehn-kfz.test>", "Verhalten Ihres Technikers",
    T("""
    Hallo,

    Ihr Techniker war gestern zur Installation bei uns in der Werkstatt. Meine
    Kollegin, die bei uns die komplette IT macht, wollte ihm den Netzwerkschrank
    zeigen. Er hat sie ignoriert und gesagt: "Ich rede lieber mit dem Chef, das ist
    nichts für Frauen."

    Ich bin die Chefin. So etwas möchte ich in meinem Betrieb nicht noch einmal
    erleben.

    Martina Kühn
    """), mailer="apple", charset="utf-8", fmt="qp")

add("de", "feature_request", "-",
    "wünscht sich eine Schnittstelle zu lexoffice",
    "Lena Hartmann <lena@hartmann-keramik.test>", "Wunsch: Schnittstelle lexoffice",
    T("""
    Hallo liebes Team,

    wir sind mit der Kasse sehr zufrieden. Wir würden uns aber sehr über eine
    Schnittstelle zu lexoffice freuen, damit die Tagesumsätze nicht mehr von Hand
    übertragen werden müssen. Bitte nehmt das doch in eure Planung auf!

    Liebe Grüße
    Lena
    """), mailer="gmail", fmt="alt")

add("de", "media_threat severe_dissatisfaction technical_issue", "-",
    "Terminbuchung verschluckt Termine; 'unverschämt'; will in Facebook-Gruppe und bei Google berichten",
    "Sandra Becker <sandra@salon-becker.test>", "Online-Terminbuchung",
    T("""
    Hallo,

    die Online-Terminbuchung verschluckt seit zwei Wochen Termine - die Kundin bekommt
    eine Bestätigung, bei uns im Kalender steht nichts. Gestern standen drei Leute
    umsonst vor der Tür.

    Ich finde es unverschämt, dass sich niemand darum kümmert. Ich werde meine
    Erfahrungen bei Google und in der Facebook-Gruppe "Friseure Deutschland" mit
    über 12.000 Mitgliedern teilen.

    Sandra Becker
    """), mailer="iphone", fmt='b64')

add("de", "media_threat", "reported",
    "Journalistin eines Fachmagazins bittet um Stellungnahme zu Händlerberichten (Hörensagen)",
    "Julia Neumann <j.neumann@kassenundhandel.test>", "Presseanfrage: Ausfälle im Kartenzahlungsverkehr",
    T("""
    Sehr geehrte Damen und Herren,

    ich bin Redakteurin beim Magazin "Kassen & Handel" und recherchiere zu Ausfällen
    bei Kartenzahlungen im Einzelhandel. Mehrere Händler haben uns berichtet, dass
    Ihre Terminals am 3. August mehrere Stunden keine Zahlungen annehmen konnten.

    Würden Sie uns bis Mittwoch eine Stellungnahme zukommen lassen?

    Mit freundlichen Grüßen
    Julia Neumann
    Redaktion Kassen & Handel
    """), date='2024-08-12 11:00', mailer="outlook", charset="iso-8859-1", fmt="qp")

add("de", "high_value_order technical_issue", "-",
    "Auftrag über 14.800 EUR, 20 Terminals, 6 bei Lieferung defekt",
    "Günther Fuchs <g.fuchs@fuchs-markt.test>", "Auftrag 24-0311: defekte Terminals",
    T("""
    Guten Tag,

    zu unserem Auftrag 24-0311 (20 Kassenterminals, Gesamtwert 14.800 EUR): sechs
    Geräte lassen sich nicht einrichten, sie hängen bei "Firmware wird geprüft" und
    starten dann neu.

    Wir eröffnen am 1. Oktober. Bitte um Rückmeldung, wie der Austausch abläuft.

    Günther Fuchs
    Fuchs Frischemarkt
    """), date='2024-09-12 14:20', mailer="outlook")

add("de", "manager_request severe_dissatisfaction", "-",
    "verlangt Rückmeldung einer Führungskraft; 'eine Unverschämtheit'",
    "Horst Wagner <horst.wagner@freenet.test>", "Ihre Antwort",
    T("""
    Ihre Antwort ist eine Unverschämtheit. Ich verlange, dass sich eine Führungskraft
    bei mir meldet, und zwar diese Woche.

    H. Wagner
    """), mailer="plain")

add("de", "broken_promise cancellation_threat", "-",
    "zugesagtes Update nicht geliefert; wechselt zu einem anderen Anbieter",
    "Eva Lorenz <eva.lorenz@lorenz-apotheke.test>", "Anbieterwechsel",
    T("""
    Guten Tag,

    die Anbindung an das Warenwirtschaftssystem wurde uns für das Frühjahr fest
    zugesagt. Jetzt heißt es "vielleicht Ende des Jahres".

    Wir sehen uns leider gezwungen, zu einem anderen Anbieter zu wechseln, und werden
    zum Vertragsende nicht verlängern.

    Eva Lorenz
    Lorenz-Apotheke
    """), mailer="outlook", fmt="alt", charset="iso-8859-1")

add("de", "legal_threat", "-",
    "'Die Sache liegt jetzt bei unserer Rechtsabteilung' (eigene Rechtsabteilung eingeschaltet) wegen Wasserschaden durch Monteur",
    "Christian Maier <c.maier@maier-gastro.test>", "Ihr Schreiben vom 4. September",
    T("""
    Sehr geehrte Frau Schulte,

    danke für Ihr Schreiben. Ihr Angebot von 50 € Gutschrift deckt nicht annähernd
    den Schaden, den Ihr Monteur bei der Installation durch den Wasserschaden
    in unserer Küche verursacht hat.

    Die Sache liegt jetzt bei unserer Rechtsabteilung, die sich mit Ihnen in
    Verbindung setzen wird.

    Mit freundlichen Grüßen
    Christian Maier
    """), mailer="outlook", fmt="qp", date="2024-09-10 16:40 +0200")

add("de", "regulatory", "-",
    "Beschwerde bei der BaFin wegen einbehaltener Auszahlungen",
    "Nadine Schulz <nadine@schulz-cafe.test>", "Einbehaltene Auszahlungen",
    T("""
    Guten Tag,

    seit 19 Tagen halten Sie unsere Auszahlungen zurück, ohne Begründung. Ich habe
    heute Beschwerde bei der BaFin eingelegt.

    Nadine Schulz
    """), mailer="iphone")

add("de", "outage technical_issue", "-",
    "kleingeschrieben mit Tippfehlern: gar nix geht, Login und App bei allen Kollegen",
    "tobi <tobi.krause@posteo.test>", "geht bei euch gar nix mehr??",
    T("""
    hallo, geht bei euch gar nix mehr?? login geht nicht, app lädt nicht, bei allen
    kolegen dasselbe, auch übers handy. seit ner stunde. was ist da los
    """), mailer="android", nowrap=True)

add("de", "broken_promise repeat_contact severe_dissatisfaction technical_issue", "-",
    "'zum vierten Mal'; versprochene Korrektur nicht geliefert; 'absolute Frechheit'",
    "Monika Schreiber <m.schreiber@schreiber-raumausstattung.test>", "Zum vierten Mal: Rechnungsnummern",
    T("""
    Hallo,

    ich schreibe zum vierten Mal wegen der doppelten Rechnungsnummern. Ihr Programm
    vergibt seit April Nummern doppelt (z. B. 2024-0412 zweimal). Am 6. Mai wurde mir
    versprochen, dass das "mit dem nächsten Update" behoben ist. Zwei Updates später
    ist es immer noch so.

    Das ist eine absolute Frechheit. Mein Steuerberater schlägt die Hände über dem
    Kopf zusammen.

    Monika Schreiber
    """), charset="windows-1252", fmt="qp", mailer="outlook", subj_enc=("windows-1252", "Q"))

# --------------------------------------------------------------------------
# French, trigger-positive
# --------------------------------------------------------------------------

add("fr", "billing_dispute legal_threat", "conditional",
    "mise en demeure de rembourser 240 EUR prélevés à tort; à défaut saisine du tribunal",
    "Isabelle Moreau <isabelle.moreau@orange.test>", "Mise en demeure - prélèvement du 5 mars",
    T("""
    Madame, Monsieur,

    Par la présente, je vous mets en demeure de me rembourser la somme de 240 €
    prélevée à tort sur mon compte le 5 mars, alors que mon abonnement était résilié
    depuis le 31 janvier (confirmation de résiliation n° R-20931 en pièce jointe).

    À défaut de remboursement sous quinze jours, je saisirai le tribunal compétent
    sans autre avis.

    Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

    Isabelle Moreau
    """), attach=[("confirmation-resiliation.pdf", "pdf")], mailer="outlook", charset="iso-8859-1", fmt="qp",
    date="2024-03-18 10:20 +0100")

add("fr", "data_loss legal_threat technical_issue", "-",
    "historique des ventes effacé après la mise à jour; dossier transmis à l'avocat",
    "Laurent Petit <laurent@cave-petit.test>", "Historique des ventes effacé",
    T("""
    Bonjour,

    Depuis la mise à jour de jeudi, tout l'historique des ventes de 2021 à 2023 a
    disparu de la caisse. Les clôtures mensuelles sont vides. Votre technicien dit
    qu'il « regarde ».

    J'ai transmis le dossier à mon avocat : ces données sont obligatoires pour un
    contrôle fiscal et je n'ai aucune intention d'en assumer les conséquences.

    Laurent Petit
    La Cave de Laurent
    """), mailer="apple", fmt="qp")

add("fr", "cancellation_threat", "-",
    "va résilier : le service client ne répond jamais",
    "Nathalie Roux <nathalie.roux@free.test>", "Résiliation",
    T("""
    Bonjour,

    Je vais résilier mon abonnement à la fin du mois. Cela fait un mois que j'essaie
    d'obtenir une simple réponse sur ma facturation et personne ne répond au
    téléphone. Je ne vais pas payer pour un service qui ne répond pas.

    Nathalie Roux
    """), mailer="webmail")

add("fr", "manager_request", "-",
    "demande que le dossier soit transmis à un responsable",
    "Philippe Garnier <p.garnier@garnier-transports.test>", "Dossier 88412",
    T("""
    Bonjour,

    Je vous remercie pour vos réponses, mais elles ne règlent rien. Je souhaite que
    mon dossier (n° 88412) soit transmis à un responsable, qui pourra prendre une
    décision sur le geste commercial.

    Cordialement,
    Philippe Garnier
    """), mailer="outlook", fmt="alt")

add("fr", "regulatory", "-",
    "coordonnées transmises à un partenaire sans accord : plainte déposée auprès de la CNIL",
    "Sophie Lambert <sophie.lambert@laposte.test>", "Transmission de mes données",
    T("""
    Bonjour,

    Depuis que j'ai ouvert un compte chez vous, je reçois des appels d'un « partenaire
    » qui connaît mon nom, mon adresse et le nom de ma boutique. Je n'ai jamais donné
    mon accord à une telle transmission.

    J'ai déposé une plainte auprès de la CNIL ce matin.

    Sophie Lambert
    """), charset="iso-8859-1", fmt="qp", mailer="thunderbird")

add("fr", "billing_dispute regulatory", "-",
    "frais de 59 EUR jamais annoncés; signalement sur SignalConso (DGCCRF)",
    "Karim Benali <karim@benali-primeurs.test>", "Frais non annoncés",
    T("""
    Bonjour,

    Des « frais de dossier » de 59 € ont été ajoutés à ma facture d'avril. Ils ne
    figurent nulle part dans votre offre ni dans mon contrat. Je vous demande de les
    annuler.

    J'ai fait un signalement sur SignalConso, la DGCCRF jugera si c'est normal.

    Karim Benali
    """), date='2024-05-06 09:40', mailer="android")

add("fr", "media_threat severe_dissatisfaction", "-",
    "a écrit à 60 Millions de consommateurs; 'scandaleux'",
    "Monique Faure <monique.faure@wanadoo.test>", "Votre service",
    T("""
    Madame, Monsieur,

    Six semaines pour me renvoyer un lecteur de carte que j'ai payé. C'est
    scandaleux. J'ai écrit à 60 Millions de consommateurs pour raconter mon
    histoire, je pense qu'elle intéressera leurs lecteurs.

    Monique Faure
    """), mailer="outlook", charset="windows-1252", fmt="qp")

add("fr", "repeat_contact technical_issue", "-",
    "'troisième relance' : export FEC tronqué (données intactes dans le logiciel, donc pas de perte)",
    "Julien Chevalier <julien@chevalier-compta.test>", "3e relance - export FEC",
    T("""
    Bonjour,

    Troisième relance concernant l'export FEC : le fichier généré s'arrête net à la ligne
    4 096. Les écritures sont bien dans le logiciel, c'est l'export qui est tronqué,
    et mon expert-comptable ne peut rien en faire.

    Merci de me répondre cette fois-ci.

    Julien Chevalier
    """), mailer="thunderbird")

add("fr", "broken_promise", "-",
    "technicien promis mardi, personne n'est venu",
    "Céline Bertrand <celine@boulangerie-bertrand.test>", "Intervention de mardi",
    T("""
    Bonjour,

    On m'avait promis un technicien mardi matin pour installer le deuxième terminal.
    J'ai fermé la boutique une heure pour l'attendre. Personne n'est venu, personne
    n'a appelé.

    Merci de me proposer une nouvelle date.

    Céline Bertrand
    """), mailer="iphone", fmt="qp", subj_enc=("UTF-8", "Q"))

add("fr", "safety", "-",
    "le chargeur a fondu, odeur de brûlé",
    "Éric Dubois <eric.dubois@sfr.test>", "Chargeur fondu",
    T("""
    Bonjour,

    Ce matin le chargeur du terminal avait fondu sur le côté et il y avait une odeur
    de brûlé dans le magasin. Heureusement il était posé sur le carrelage. Je l'ai
    débranché et je ne m'en sers plus.

    Que dois-je faire ?

    Éric Dubois
    """), mailer="webmail", name_enc=("ISO-8859-1", "Q"), charset="iso-8859-1", fmt="plain")

add("fr", "security_incident", "-",
    "connexion depuis l'étranger et adresse e-mail du compte modifiée",
    "Hélène Mercier <helene.mercier@mercier-deco.test>", "Connexion suspecte sur mon compte",
    T("""
    Bonjour,

    J'ai reçu cette nuit une alerte de connexion depuis le Vietnam, puis un e-mail
    m'informant que l'adresse de mon compte avait été modifiée. Ce n'est pas moi. Je
    n'arrive plus à me connecter.

    Pouvez-vous bloquer le compte immédiatement ?

    Hélène Mercier
    """), mailer="gmail", fmt="alt")

add("fr", "data_loss technical_issue", "-",
    "toutes les factures de 2023 ont disparu",
    "Antoine Blanc <antoine@blanc-menuiserie.test>", "Factures 2023 disparues",
    T("""
    Bonjour,

    Toutes mes factures de 2023 ont disparu de l'onglet Factures, la liste commence
    en janvier 2024. Je n'ai rien supprimé. J'en ai besoin pour mon bilan.

    Antoine Blanc
    """), mailer="android")

add("fr", "outage technical_issue", "-",
    "impossible de se connecter, erreur 503 pour tous les collaborateurs",
    "Virginie Perrin <v.perrin@perrin-immobilier.test>", "Plateforme inaccessible",
    T("""
    Bonjour,

    Depuis 9 h ce matin, la plateforme est inaccessible pour l'ensemble de nos
    collaborateurs : erreur 503 « Service Unavailable » sur le site, et l'application
    mobile tourne dans le vide. Nous avons trois agences bloquées.

    Merci de nous tenir informés.

    Virginie Perrin
    """), mailer="outlook", charset="iso-8859-1", fmt="qp")

add("fr", "billing_dispute", "-",
    "prélevé deux fois pour le mois de juin",
    "Thomas Robin <thomas.robin@gmail.com>", "double prélèvement",
    T("""
    bonjour, vous m'avez prélevé deux fois 35 € pour juin (le 3 et le 4). merci de
    rembourser le deuxième prélèvement.
    thomas
    """), date='2024-06-05 20:10', mailer="gmail")

add("fr", "broken_promise high_value_order", "-",
    "devis signé de 9 600 EUR HT, livraison incomplète, date promise dépassée",
    "Pascale Renard <p.renard@renard-hotellerie.test>", "Commande DV-2024-118 incomplète",
    T("""
    Bonjour,

    Nous avons signé le devis DV-2024-118 (9 600 € HT : 12 terminaux et 12 socles).
    Vous vous étiez engagés à tout livrer avant le 15 mai pour l'ouverture de la
    saison. Nous avons reçu les terminaux, mais aucun socle, et nous sommes le 29.

    Merci de nous donner une date ferme.

    Pascale Renard
    Directrice, Hôtel Les Pins
    """), mailer="outlook", fmt='b64', date="2024-05-29 09:45 +0200")

add("fr", "executive_contact", "-",
    "a adressé un courrier recommandé au PDG",
    "Bernard Lefèvre <bernard.lefevre@lefevre-sa.test>", "Courrier à votre PDG",
    T("""
    Madame,

    Faute de réponse satisfaisante de votre service, j'ai adressé hier un courrier
    recommandé à votre PDG, M. Arnaud, pour lui exposer la situation.

    Bien cordialement,
    Bernard Lefèvre
    """), mailer="outlook", charset="iso-8859-1", fmt="plain")

add("fr", "corporate_contact_request", "-",
    "demande l'adresse postale du siège social et le numéro SIREN",
    "Aurélie Gauthier <aurelie.gauthier@gauthier-fleurs.test>", "Adresse du siège",
    T("""
    Bonjour,

    Pourriez-vous me communiquer l'adresse postale de votre siège social ainsi que
    votre numéro SIREN ? Merci.

    Aurélie Gauthier
    """), mailer="webmail")

add("fr", "discrimination_harassment", "-",
    "remarques racistes du technicien envers un employé",
    "Moussa Diallo <moussa@diallo-alimentation.test>", "Comportement de votre technicien",
    T("""
    Bonjour,

    Lors de l'installation du 4 juin, votre technicien a fait plusieurs remarques
    racistes à mon employé, notamment sur sa couleur de peau et « les gens comme
    lui ». Deux clients étaient présents.

    Je ne veux plus que cette personne intervienne chez nous et j'attends des
    explications.

    Moussa Diallo
    """), date='2024-06-06 18:30', mailer="android", fmt="qp")

add("fr", "feature_request", "-",
    "'ce serait top de pouvoir' programmer les promotions",
    "Camille Fontaine <camille@fontaine-epicerie.test>", "Suggestion",
    T("""
    Bonjour l'équipe,

    Ce serait top de pouvoir programmer les promotions à l'avance (date de début et
    de fin), au lieu de devoir les activer à la main le matin même. Ça nous
    simplifierait vraiment la vie pendant les soldes !

    Merci et bonne journée,
    Camille
    """), mailer="gmail", fmt="alt")

add("fr", "technical_issue", "-",
    "le bouton Valider ne fait rien sur l'écran de clôture",
    "Gilles Masson <gilles.masson@masson-tabac.test>", "Bouton Valider",
    T("""
    Bonjour,

    Sur l'écran de clôture de caisse, le bouton « Valider » ne fait plus rien depuis
    hier : on clique, rien ne se passe, pas de message. Impossible de clôturer la
    journée.

    Gilles
    """), mailer="webmail", charset="iso-8859-1", fmt="qp")

add("fr", "severe_dissatisfaction technical_issue", "-",
    "'c'est honteux, un vrai scandale' : les tickets s'impriment avec le mauvais taux de TVA",
    "Danielle Caron <danielle@caron-cafe.test>", "TVA sur les tickets",
    T("""
    Depuis lundi vos tickets s'impriment avec une TVA à 20 % sur les boissons à
    emporter au lieu de 5,5 %. J'ai dû rembourser des clients à la main.

    C'est honteux, un vrai scandale pour un logiciel de caisse certifié.

    Danielle Caron
    """), mailer="iphone")

add("fr", "media_threat", "reported",
    "journaliste d'un magazine professionnel demande un commentaire (faits rapportés)",
    "Mathieu Girard <mathieu.girard@echodescommercants.test>", "Demande d'interview",
    T("""
    Bonjour,

    Je suis journaliste à L'Écho des Commerçants et je prépare un article sur les
    hausses de tarifs des solutions d'encaissement. Plusieurs commerçants nous ont
    dit avoir vu leur abonnement augmenter sans préavis.

    Seriez-vous disponible pour un entretien téléphonique cette semaine, ou pour nous
    transmettre une réaction écrite ?

    Cordialement,
    Mathieu Girard
    """), entities=True, mailer="outlook", fmt='html', charset="iso-8859-1")

add("fr", "cancellation_threat technical_issue", "conditional",
    "synchronisation du stock en panne; 'si rien n'est fait d'ici la fin du mois, je résilie'",
    "Stéphane Morel <stephane@morel-sport.test>", "Synchronisation du stock",
    T("""
    Bonjour,

    La synchronisation du stock entre la boutique en ligne et la caisse ne fonctionne
    plus depuis dix jours (« Erreur de synchronisation 409 »). On a vendu en ligne
    des articles qu'on n'avait plus.

    Si rien n'est fait d'ici la fin du mois, je résilie.

    Stéphane Morel
    """), mailer="thunderbird", fmt="qp")

add("fr", "legal_threat", "-",
    "engagera une procédure devant le tribunal judiciaire pour le sol endommagé par l'installateur",
    "Françoise Bonnet <f.bonnet@bonnet-optique.test>", "Dégâts lors de l'installation",
    T("""
    Monsieur,

    Votre installateur a percé une canalisation en fixant le socle du terminal, et les
    dégâts des eaux ont abîmé le parquet du magasin. Votre proposition de 100 € ne
    couvre même pas le déplacement du plombier.

    Je vous informe que j'engagerai une procédure devant le tribunal judiciaire.

    Françoise Bonnet
    """), mailer="outlook", charset="windows-1252", fmt="qp")

add("fr", "manager_request severe_dissatisfaction", "-",
    "'inadmissible', veut parler à un responsable",
    "Yves Marchand <yves.marchand@marchand-auto.test>", "Inadmissible",
    T("""
    C'est inadmissible d'attendre trois semaines pour un simple remboursement de
    caution. Je veux parler à un responsable, pas à un robot.

    Yves Marchand
    """), mailer="android")

add("fr", "repeat_contact", "-",
    "'je vous écris pour la quatrième fois' au sujet du changement d'IBAN",
    "Agnès Rolland <agnes.rolland@rolland-patisserie.test>", "Changement d'IBAN",
    T("""
    Bonjour,

    Je vous écris pour la quatrième fois au sujet du changement d'IBAN pour les
    prélèvements. Le formulaire est envoyé, le RIB aussi. Pouvez-vous simplement me
    confirmer que c'est pris en compte ?

    Agnès Rolland
    """), mailer="gmail")

add("fr", "high_value_order technical_issue", "-",
    "contrat annuel de 18 000 EUR, module de réservation inutilisable",
    "Olivier Colin <olivier.colin@colin-restauration.test>", "Module de réservation",
    T("""
    Bonjour,

    Nous avons un contrat annuel de 18 000 € pour nos six restaurants. Depuis votre
    mise à jour du 2 octobre, le module de réservation affiche « Erreur interne » dès
    qu'on choisit une date, dans tous les établissements.

    Olivier Colin
    Directeur des opérations
    """), mailer="outlook", fmt="alt")

# --------------------------------------------------------------------------
# Spanish, trigger-positive
# --------------------------------------------------------------------------

add("es", "billing_dispute legal_threat", "-",
    "cobro de 89 EUR tras darse de baja; 'ya he hablado con mi abogado'",
    "Carmen Ruiz <carmen.ruiz@ruiz-peluqueria.test>", "Cobro indebido de junio",
    T("""
    Buenos días:

    Me di de baja el 30 de abril (tengo el correo de confirmación) y aun así el 1 de
    junio me habéis cobrado 89 € en la tarjeta. Ya he hablado con mi abogado y me ha
    dicho que os lo reclame por escrito antes de nada, así que aquí lo tenéis:
    devolvedme los 89 €.

    Un saludo,
    Carmen Ruiz
    """), mailer="gmail", fmt="alt", date="2024-06-05 13:15 +0200")

add("es", "legal_threat technical_issue", "-",
    "minúsculas con faltas: 'voy a poner una demanda'; el datáfono no funciona desde la compra",
    "pepe <pepe.navarro88@hotmail.test>", "datafono",
    T("""
    el datafono no a funcionado ni un solo dia desde q lo compre, siempre da "error de
    comunicacion". ya me canse. voy a poner una demanda y q lo decida un juez
    """), mailer="android", nowrap=True)

add("es", "regulatory", "-",
    "reclamación presentada ante la OCU por permanencia no informada",
    "Lucía Fernández <lucia.fernandez@fernandez-estetica.test>", "Permanencia no informada",
    T("""
    Hola:

    Al intentar darme de baja me dicen que tengo una permanencia de 18 meses de la que
    nadie me informó al contratar. No aparece en el contrato que firmé.

    He presentado una reclamación ante la OCU y esperaré su respuesta antes de
    hacer nada más.

    Lucía Fernández
    """), mailer="webmail", charset="iso-8859-1", fmt="qp")

add("es", "regulatory security_incident technical_issue", "-",
    "el panel envió datos de pacientes a otro comercio (exposición por fallo del producto); lo pondrá en conocimiento de la AEPD",
    "Javier Morales <javier@morales-clinica.test>", "Datos de mis pacientes",
    T("""
    Buenas tardes:

    Otro comercio me ha llamado para decirme que ha recibido por error un informe de
    su panel con los nombres y teléfonos de mis pacientes. No sé cuántos más lo han
    recibido.

    Voy a poner los hechos en conocimiento de la AEPD. Necesito saber hoy mismo qué
    ha pasado y a quién más han llegado esos datos.

    Dr. Javier Morales
    """), mailer="outlook", fmt="alt")

add("es", "cancellation_threat", "-",
    "'quiero darme de baja' por el trato recibido",
    "Rosa Jiménez <rosajimenez@yahoo.test>", "Baja",
    T("""
    Hola, quiero darme de baja este mismo mes. Llevo semanas esperando que alguien me
    explique las condiciones del nuevo contrato y nadie me da una solución. Me voy a otra empresa.

    Rosa
    """), mailer="android")

add("es", "manager_request", "-",
    "pide hablar con un supervisor",
    "Andrés Castillo <andres.castillo@castillo-ferreteria.test>", "Incidencia 55-2301",
    T("""
    Buenos días:

    Con todo respeto, la respuesta de su compañero no resuelve nada. Quisiera hablar
    con un supervisor o con quien tenga capacidad para decidir sobre la devolución.

    Atentamente,
    Andrés Castillo
    """), mailer="outlook", charset="windows-1252", fmt="qp")

add("es", "repeat_contact technical_issue", "-",
    "'es la tercera vez que escribo': la app no sincroniza el inventario",
    "Marta Vidal <marta@vidal-moda.test>", "Tercera vez",
    T("""
    Es la tercera vez que escribo por lo mismo. La app no sincroniza el inventario con
    la tienda online: vendo un bolso en la web y en la tienda sigue apareciendo.

    ¿Alguien me puede contestar?

    Marta
    """), mailer="iphone")

add("es", "broken_promise", "-",
    "'me dijeron que me devolverían la llamada en 24 horas y nada'",
    "Fernando Ortega <f.ortega@ortega-taller.test>", "Llamada pendiente",
    T("""
    Hola:

    El lunes me dijeron por teléfono que me devolverían la llamada en 24 horas para
    cambiar la forma de pago. Estamos a jueves y nada.

    Fernando Ortega
    """), mailer="gmail")

add("es", "severe_dissatisfaction technical_issue", "-",
    "'una vergüenza', 'indignante': los tickets salen sin el NIF",
    "Pilar Romero <pilar@romero-farmacia.test>", "Tickets sin NIF",
    T("""
    Desde la actualización del martes los tickets salen sin el NIF de la empresa. Es
    una vergüenza, un programa de caja que no cumple con lo más básico. Indignante.

    Pilar Romero
    """), mailer="webmail", fmt="qp")

add("es", "outage technical_issue", "-",
    "no funciona nada: la web no carga y ningún TPV se conecta",
    "Sergio Molina <sergio.molina@molina-bares.test>", "No funciona nada",
    T("""
    Hola,

    No funciona nada desde las 12: la web no carga, la app se queda en blanco y
    ninguno de los TPV de los tres bares se conecta. Es viernes por la noche y
    estamos cobrando en efectivo.

    Sergio
    """), mailer="android", date="2024-10-04 21:35 +0200")

add("es", "data_loss technical_issue", "-",
    "se han borrado todos los pedidos de septiembre tras un error de sincronización",
    "Elena Serrano <elena@serrano-floristeria.test>", "Pedidos de septiembre",
    T("""
    Buenos días:

    Ayer apareció un aviso de "error de sincronización" y hoy se han borrado todos los
    pedidos de septiembre. El listado empieza el 1 de octubre. Necesito recuperarlos
    para facturar a mis clientes de empresa.

    Elena Serrano
    """), date='2024-10-03 09:00', mailer="outlook", charset="iso-8859-1", fmt="qp")

add("es", "security_incident", "-",
    "alguien ha entrado en la cuenta y ha cambiado el número de cuenta de los abonos",
    "Raúl Gil <raul.gil@gil-carpinteria.test>", "Alguien ha entrado en mi cuenta",
    T("""
    Hola,

    Alguien ha entrado en mi cuenta esta noche y ha cambiado el número de cuenta donde
    recibo los abonos. Yo no he sido. Por favor, bloqueen los pagos hasta que lo
    hablemos.

    Raúl Gil
    """), mailer="iphone", subj_enc=("UTF-8", "B"))

add("es", "billing_dispute", "-",
    "latinoamericano: 'me cobraron dos veces' en la tarjeta",
    "Valeria Gómez <valeria.gomez@gmail.com>", "Cobro doble",
    T("""
    Hola, buenas tardes. Me cobraron dos veces la mensualidad de octubre, USD 45 el día
    2 y otra vez USD 45 el día 3, lo vi en el resumen de la tarjeta. ¿Me pueden
    devolver uno de los cargos? Gracias.

    Valeria
    """), mailer="gmail", date="2024-10-07 18:02 -0300")

add("es", "high_value_order technical_issue", "-",
    "pedido de 7.300 EUR con 5 balanzas que no conectan",
    "Miguel Herrera <miguel.herrera@herrera-carnicerias.test>", "Pedido PV-8821",
    T("""
    Buenos días:

    En el pedido PV-8821 (7.300 € con IVA, 10 balanzas con impresora) cinco de las
    balanzas no se conectan al TPV: dan "Dispositivo no reconocido". Las otras cinco
    funcionan bien con los mismos cables.

    ¿Cómo hacemos el cambio?

    Miguel Herrera
    """), attach=[('albarán PV-8821.pdf', 'pdf')], mailer="outlook", fmt="alt")

add("es", "safety", "-",
    "el cargador echó chispas y se quemó el enchufe",
    "Antonio Delgado <antonio@delgado-kiosco.test>", "El cargador echó chispas",
    T("""
    Hola,

    Esta mañana, al enchufar el cargador del datáfono, echó chispas y se quemó el
    enchufe de la pared. Olía a quemado en toda la tienda. Mi hija estaba al lado.

    No lo vamos a volver a usar. ¿Qué hacemos con los otros dos cargadores?

    Antonio Delgado
    """), mailer="android", charset="iso-8859-1", fmt="plain")

add("es", "discrimination_harassment", "-",
    "comentarios homófobos del técnico",
    "Dani Prieto <dani@prieto-cafeteria.test>", "Queja sobre su técnico",
    T("""
    Hola:

    El técnico que vino el martes a instalar el sistema hizo comentarios homófobos
    sobre mi pareja y sobre mí delante de los clientes, con risitas incluidas. No es
    la primera vez que alguien nos trata así, pero no esperaba que fuera alguien de
    vuestra empresa.

    Quiero que quede constancia y que no vuelva a venir.

    Dani Prieto
    """), mailer="gmail", fmt='b64')

add("es", "executive_contact", "-",
    "ha escrito al consejero delegado",
    "Ignacio Vargas <ignacio.vargas@vargas-hoteles.test>", "Situación de nuestra cuenta",
    T("""
    Estimados señores:

    Visto que en dos meses no hemos recibido una respuesta concreta, he escrito
    directamente a su consejero delegado exponiéndole la situación.

    Atentamente,
    Ignacio Vargas
    Director General, Vargas Hoteles
    """), mailer="outlook", charset="windows-1252", fmt="qp")

add("es", "corporate_contact_request", "-",
    "pide la dirección de la sede central y un teléfono de la dirección",
    "Beatriz Rubio <beatriz.rubio@rubio-optica.test>", "Dirección de la sede",
    T("""
    Hola:

    ¿Me podrían facilitar la dirección postal de su sede central y un teléfono de
    las oficinas de dirección? No el de atención al cliente, que ya lo tengo.

    Gracias,
    Beatriz Rubio
    """), mailer="webmail")

add("es", "feature_request", "-",
    "'estaría genial poder' dividir la cuenta por comensal",
    "Hugo Navarro <hugo@navarro-tapas.test>", "Sugerencia: dividir cuenta",
    T("""
    ¡Hola equipo!

    Estaría genial poder dividir la cuenta por comensal directamente desde el TPV,
    sin tener que crear tickets separados a mano. En un bar de tapas es el pan de
    cada día.

    ¡Gracias!
    Hugo
    """), mailer="iphone", fmt="alt")

add("es", "media_threat technical_issue", "conditional",
    "lo va a contar en Instagram y en una reseña de Google; la app de reservas falla",
    "Claudia Ramos <claudia@ramos-yoga.test>", "Reservas de clases",
    T("""
    Hola:

    La app de reservas lleva una semana diciendo a mis alumnas que las clases están
    llenas cuando hay plazas libres. He perdido inscripciones.

    Si esto sigue así, lo voy a contar en Instagram (tengo 9.000 seguidores) y en una
    reseña de Google, para que otras profesoras sepan lo que hay.

    Claudia Ramos
    """), mailer="gmail", fmt="alt")

add("es", "media_threat", "reported",
    "periodista pide declaraciones sobre quejas de lectores (hechos de oídas)",
    "Laura Santos <laura.santos@diariodelcomercio.test>", "Petición de declaraciones",
    T("""
    Buenos días:

    Soy periodista del Diario del Comercio y estoy preparando un reportaje sobre las
    comisiones de los terminales de pago. Varios lectores nos cuentan que se les han
    aplicado comisiones nuevas sin aviso.

    ¿Podrían enviarnos una valoración antes del jueves?

    Un saludo,
    Laura Santos
    """), mailer="outlook")

add("es", "technical_issue", "-",
    "da error al imprimir el cierre de caja",
    "Jorge Medina <jorge.medina@medina-libreria.test>", "Error al imprimir cierre",
    T("""
    Hola,

    Al imprimir el cierre de caja sale "Error 41: plantilla no válida" y no imprime
    nada. Los tickets normales salen bien.

    Jorge
    """), mailer="thunderbird")

add("es", "cancellation_threat technical_issue", "conditional",
    "mexicano: si no arreglan la facturación electrónica (CFDI) se cambia de proveedor",
    "Alejandro Cruz <alejandro.cruz@cruz-abarrotes.test>", "Facturación CFDI",
    T("""
    Buenas tardes:

    Desde el lunes las facturas electrónicas salen rechazadas por el SAT con "Error
    CFDI40147". Mis clientes me las están pidiendo y no puedo timbrar ninguna.

    Si no lo arreglan esta semana me cambio de proveedor, así de sencillo.

    Alejandro Cruz
    Abarrotes Cruz, Guadalajara
    """), mailer="gmail", date="2024-08-21 16:30 -0600")

add("es", "broken_promise manager_request repeat_contact", "-",
    "cuarta vez que escribe; prometieron el reembolso de la fianza; pide un responsable",
    "Mercedes León <mercedes.leon@leon-zapateria.test>", "Fianza del terminal",
    T("""
    Buenas:

    Es la cuarta vez que escribo. Me prometieron el reembolso de la fianza del
    terminal (150 €) "en una semana" cuando lo devolví en marzo.

    Por favor, pasen mi caso a un responsable.

    Mercedes León
    """), mailer="outlook", charset="iso-8859-1", fmt="qp", date="2024-05-20 10:00 +0200")

add("es", "severe_dissatisfaction", "-",
    "argentino: 'es una falta de respeto total', 'estoy indignado' por el trato",
    "Martín Sosa <martin.sosa@sosa-libros.test>", "El trato recibido",
    T("""
    Hola, les escribo porque estoy indignado. Llamé para preguntar por el cambio de
    plan y la persona que me atendió me contestó de malas maneras, me cortó y encima
    me mandó un mail diciendo que "ya me lo había explicado". Es una falta de respeto
    total.

    Martín Sosa
    """), mailer="gmail", date="2024-07-15 11:40 -0300")

add("es", "data_loss legal_threat technical_issue", "conditional",
    "fichas de clientes corrompidas; 'acciones legales'",
    "Ramón Iglesias <ramon@iglesias-asesores.test>", "Fichas de clientes corruptas",
    T("""
    Buenos días:

    Tras la migración automática del fin de semana, las fichas de 300 clientes
    aparecen corruptas: nombres con símbolos raros y los DNI vacíos. No tenemos copia
    propia porque confiábamos en la suya.

    Si no se recuperan esta semana, emprenderemos acciones legales.

    Ramón Iglesias
    Iglesias Asesores
    """), entities=True, mailer="outlook", fmt='html', charset="iso-8859-1")

# --------------------------------------------------------------------------
# more trigger-positive mail, all languages (the rarer triggers)
# --------------------------------------------------------------------------

add("en", "corporate_contact_request executive_contact", "-",
    "asks for a name and postal address at board level in order to write to the board",
    "Penelope Hart <penelope.hart@hartantiques.test>", "Board contact",
    T("""
    Good afternoon,

    To whom do I address a letter at board level? I'd be grateful for a name and a
    postal address for your board of directors or the company secretary.

    Kind regards,
    Penelope Hart
    """), mailer="apple", fmt="qp")

add("en", "corporate_contact_request executive_contact", "-",
    "asks for the COO's email address to raise the contract issue with her",
    "Adrian Cole <adrian.cole@colefitness.test>", "COO email",
    T("""
    Hi,

    Could you pass me your Chief Operating Officer's email address? I intend to raise
    the way our contract renewal was handled with her directly.

    Thanks,
    Adrian Cole
    Cole Fitness (4 sites)
    """), mailer="outlook")

add("en", "corporate_contact_request", "-",
    "lowercase: 'whats the address for your head office' to send something recorded",
    "wes <wes.tanner@outlook.com>", "address",
    T("""
    whats the address for your head office? need to send something recorded delivery.
    cheers
    """), mailer="android")

add("de", "corporate_contact_request", "-",
    "möchte die Nummer der Zentrale, ausdrücklich nicht die Hotline",
    "Birgit Hofmann <b.hofmann@hofmann-gartenbau.test>", "Telefonnummer Zentrale",
    T("""
    Guten Tag,

    können Sie mir bitte die Telefonnummer Ihrer Zentrale in München geben? Nicht die
    Hotline - die Nummer der Verwaltung bzw. Geschäftsleitung.

    Danke
    Birgit Hofmann
    """), mailer="outlook", charset="iso-8859-1", fmt="plain")

add("fr", "corporate_contact_request", "-",
    "demande l'adresse e-mail du service juridique",
    "Rémi Fabre <remi.fabre@fabre-architectes.test>", "Contact service juridique",
    T("""
    Bonjour,

    Pourriez-vous m'indiquer l'adresse e-mail ou postale de votre service juridique ?
    Nous devons lui faire parvenir l'avenant signé à notre contrat cadre.

    Merci d'avance,
    Rémi Fabre
    """), mailer="thunderbird", fmt="qp")

add("es", "corporate_contact_request executive_contact", "-",
    "pide el correo del director ejecutivo para escribirle",
    "Gonzalo Peña <gonzalo.pena@pena-distribuciones.test>", "Correo del director ejecutivo",
    T("""
    Buenas tardes:

    ¿Me pueden facilitar el correo electrónico de su director ejecutivo? Quiero
    escribirle personalmente sobre cómo se ha gestionado nuestra cuenta.

    Saludos,
    Gonzalo Peña
    """), mailer="gmail")

add("en", "discrimination_harassment", "-",
    "chat agent said 'you people always want something for free' after she mentioned Lagos",
    "Adaeze Nwosu <adaeze@nwosufabrics.test>", "Chat transcript 18 June",
    T("""
    Hello,

    I was on your chat on 18 June asking about returning a stand that didn't fit our
    counter. When I
    mentioned I'd be in Lagos for two weeks and couldn't post it back straight away,
    the agent wrote "you people always want something for free". I have the
    transcript saved.

    I would like an explanation and an apology.

    Adaeze Nwosu
    """), date='2024-06-20 10:30', mailer="gmail", fmt="alt")

add("en", "discrimination_harassment", "other",
    "collections agent acting for the company rang eleven times on a Sunday and called him a 'deadbeat' (their calls, not his contacts)",
    "Lee Barnes <lee.barnes@barnesbarbers.test>", "Your collections calls",
    T("""
    Hi,

    Someone from your collections team rang my personal mobile eleven times on Sunday,
    starting at 7am, about an invoice I'd already arranged with your accounts team
    to pay on Friday. On the last call he
    called me a "deadbeat" and said he knew where the shop was.

    I've got the call log. This has to stop.

    Lee Barnes
    """), mailer="iphone")

add("de", "discrimination_harassment", "-",
    "Außendienstmitarbeiter schickt der Auszubildenden anzügliche Nachrichten",
    "Susanne Peters <susanne.peters@peters-buecher.test>", "Ihr Außendienstmitarbeiter",
    T("""
    Sehr geehrte Damen und Herren,

    Ihr Außendienstmitarbeiter, Herr K., hat nach seinem Besuch bei uns meiner
    Auszubildenden (19) über WhatsApp mehrere anzügliche Nachrichten geschickt. Ihre
    Nummer hatte er vom Kontaktformular für die Geräteeinweisung.

    Ich erwarte, dass Sie das unterbinden und mir mitteilen, was Sie unternehmen.

    Susanne Peters
    """), mailer="outlook", charset="windows-1252", fmt="qp", subj_enc=("windows-1252", "Q"))

add("es", "discrimination_harassment", "-",
    "el comercial se burló de su hijo con síndrome de Down",
    "Isabel Cano <isabel.cano@cano-regalos.test>", "Lo que pasó en la tienda",
    T("""
    Hola:

    Su comercial vino el jueves a enseñarnos el nuevo TPV. Mi hijo, que tiene
    síndrome de Down y trabaja conmigo en la tienda, le hizo una pregunta, y él se rió
    y le imitó la forma de hablar delante de él.

    No quiero que esa persona vuelva a pisar mi tienda.

    Isabel Cano
    """), mailer="android", fmt="qp")

add("fr", "discrimination_harassment", "-",
    "le conseiller lui a dit qu'une femme enceinte ne devrait pas ouvrir un commerce",
    "Léa Girard <lea.girard@atelier-lea.test>", "Rendez-vous avec votre conseiller",
    T("""
    Bonjour,

    Lors du rendez-vous pour l'ouverture de mon compte professionnel, votre conseiller
    m'a dit qu'« une femme enceinte ne devrait pas se lancer dans un commerce » et m'a
    demandé si mon mari était d'accord.

    Je trouve ces propos discriminatoires et je souhaite que ce soit signalé.

    Léa Girard
    """), mailer="apple", fmt="alt")

add("en", "executive_contact technical_issue", "-",
    "messaged the CEO on LinkedIn this morning; loyalty points not credited",
    "Sam Whitaker <sam@whitakerwines.test>", "Loyalty points",
    T("""
    Hi,

    Loyalty points haven't been credited on any sale since the 14th - the receipt
    says "+12 points" but the customer's balance doesn't move.

    I messaged your CEO on LinkedIn this morning as well, in case that speeds things
    up.

    Sam
    """), mailer="gmail")

add("de", "executive_contact", "-",
    "wird sich direkt an den Vorstand wenden",
    "Heinrich Lang <heinrich.lang@lang-holz.test>", "Ihr Schreiben vom 2. Juli",
    T("""
    Sehr geehrter Herr Schmid,

    Ihr Schreiben geht auf keinen meiner Punkte ein. Ich werde mich daher direkt an
    Ihren Vorstand wenden und die Angelegenheit dort vortragen.

    Mit freundlichen Grüßen
    Heinrich Lang
    """), date='2024-07-08 09:00', mailer="outlook", charset="iso-8859-1", fmt="qp")

add("fr", "executive_contact", "-",
    "a mis en copie la directrice générale (en-tête Cc)",
    "Cécile Vasseur <cecile.vasseur@vasseur-immo.test>", "Remboursement en attente",
    T("""
    Bonjour,

    Toujours aucune nouvelle du remboursement de la caution de nos deux terminaux.
    Je mets en copie votre directrice générale, Mme Perrot.

    Cécile Vasseur
    """), cc="Anne Perrot <anne.perrot@example.test>", mailer="outlook", fmt="alt")

add("en", "feature_request", "-",
    "feature idea: minimum order value for click & collect",
    "Harriet Lowe <harriet@lowesgrocer.test>", "Feature idea - click & collect",
    T("""
    Hi team,

    Feature idea: please let us set a minimum order value for click & collect. We get
    a lot of £2 orders for a single lemon, and picking them costs more than the lemon.

    Harriet
    """), mailer="apple")

add("de", "feature_request", "-",
    "'Es wäre super, wenn' Gutscheine teilweise eingelöst werden könnten",
    "Tim Schröder <tim@schroeder-spielwaren.test>", "Gutscheine teilweise einlösen",
    T("""
    Hi,

    es wäre super, wenn man Gutscheine auch teilweise einlösen könnte und der
    Restbetrag auf dem Gutschein bleibt. Gerade zu Weihnachten fragen das viele
    Kunden.

    Grüße
    Tim
    """), mailer="gmail", fmt="qp")

add("es", "feature_request", "-",
    "'¿podrían añadir...?' pide la opción de enviar el ticket por WhatsApp",
    "Nuria Campos <nuria@campos-herbolario.test>", "Ticket por WhatsApp",
    T("""
    Hola:

    ¿Podrían añadir la opción de enviar el ticket por WhatsApp además de por correo?
    Muchos clientes mayores no miran el correo, pero el WhatsApp sí.

    Un saludo,
    Nuria
    """), mailer="android")

add("fr", "feature_request", "-",
    "'ce serait bien de pouvoir' exporter directement en Excel",
    "Hugo Lemaire <hugo.lemaire@lemaire-quincaillerie.test>", "Export Excel",
    T("""
    Bonjour,

    Ce serait bien de pouvoir exporter les rapports directement en Excel, et pas
    seulement en PDF. Je retape tout chaque mois pour mon comptable.

    Hugo Lemaire
    """), mailer="webmail", charset="iso-8859-1", fmt="qp")

add("en", "high_value_order", "-",
    "$11,800 printer order arrived with US plugs instead of UK (wrong items, nothing technical)",
    "Oscar Reyes <oscar.reyes@reyesmarkets.test>", "Order 55-7810 wrong plug type",
    T("""
    Hello,

    Order 55-7810 (60 label printers, $11,800.00) arrived yesterday. Every unit has a
    US plug and a US power brick; we ordered UK. We can't put 60 travel adaptors on a
    shop floor.

    Please arrange an exchange.

    Oscar Reyes
    """), mailer="outlook", fmt="alt")

add("es", "high_value_order technical_issue", "-",
    "contrato de 60.000 EUR anuales; los informes llevan dos semanas sin generarse",
    "Patricia Lozano <patricia.lozano@lozano-retail.test>", "Informes sin generar",
    T("""
    Buenos días:

    Tenemos un contrato de 60.000 € anuales y desde hace dos semanas los informes de
    ventas se quedan en "Generando..." y nunca terminan, en las 25 tiendas.

    Necesitamos una solución y una fecha.

    Patricia Lozano
    Directora de Operaciones
    """), entities=True, mailer="outlook", charset="windows-1252", fmt='html')

add("de", "broken_promise high_value_order", "-",
    "Auftrag über 23.500 EUR: Lieferung zum 1.9. zugesagt, nicht erfolgt",
    "Andreas König <a.koenig@koenig-markt.test>", "Auftrag A-4410 Liefertermin",
    T("""
    Sehr geehrte Damen und Herren,

    für unseren Auftrag A-4410 (Ladeneinrichtung mit 8 Kassen, 23.500 € netto)
    wurde uns die Lieferung verbindlich zum 1. September zugesagt. Heute ist der
    9. September, und wir haben weder Ware noch einen neuen Termin.

    Mit freundlichen Grüßen
    Andreas König
    """), mailer="outlook", date="2024-09-09 08:40 +0200", charset="iso-8859-1", fmt="plain")

add("en", "safety", "-",
    "metal mounting plate razor sharp; barista needed stitches",
    "Joanna Price <joanna@pricecoffee.test>", "Mounting plate",
    T("""
    Hi,

    The edge of the metal mounting plate that came with the new terminal stand is
    razor sharp. My barista cut her finger on it while wiping the counter and needed
    three stitches at A&E.

    We've taped over it for now. Is there a covered version?

    Joanna
    """), mailer="iphone", fmt="qp")

add("de", "safety", "-",
    "Akku des Handscanners aufgebläht, heiß, hat gequalmt",
    "Karl Vogt <karl.vogt@vogt-lager.test>", "Handscanner hat gequalmt",
    T("""
    Hallo,

    bei einem unserer Handscanner ist der Akku aufgebläht, das Gehäuse wurde sehr heiß
    und es hat kurz gequalmt. Der Mitarbeiter hat ihn zum Glück sofort fallen lassen.
    Wir haben 14 weitere Geräte derselben Serie im Lager im Einsatz.

    Karl Vogt
    """), mailer="webmail")

add("fr", "safety", "-",
    "sa fille a pris une décharge électrique en touchant le socle",
    "Nicolas Roussel <nicolas.roussel@roussel-presse.test>", "Décharge électrique",
    T("""
    Bonjour,

    Ma fille de 12 ans a pris une décharge électrique en touchant le socle métallique
    du terminal ce matin. Elle va bien mais a eu très peur. Je l'ai débranché.

    Pouvez-vous me dire si ce matériel est sûr ?

    Nicolas Roussel
    """), mailer="android", charset="iso-8859-1", fmt="qp")

add("es", "safety", "-",
    "la batería del terminal se hinchó y salió humo",
    "Lorena Díaz <lorena.diaz@diaz-panaderia.test>", "Humo del terminal",
    T("""
    Hola,

    La batería del terminal portátil se hinchó esta tarde y empezó a salir humo por
    la ranura de la tarjeta. Lo sacamos a la calle con unas pinzas. Nadie se ha hecho
    daño, pero estaba junto al horno.

    Lorena
    """), mailer="iphone", fmt="qp", subj_enc=("ISO-8859-1", "Q"))

add("en", "security_incident", "-",
    "customers receive scam texts quoting their real order numbers - suspected leak",
    "Rebecca Shaw <rebecca@shawgardens.test>", "Scam texts with our order numbers",
    T("""
    Hello,

    Since Friday at least nine of our customers have had texts saying their order is
    "held at the depot" and asking for a £1.99 release fee. The texts quote their real
    order numbers and first names - information that only lives in your system.

    It looks to me like our customer data has leaked from your side. What's going on?

    Rebecca Shaw
    """), mailer="outlook", fmt="qp")

add("en", "security_incident", "-",
    "unrequested password reset, then an unknown admin user added",
    "Gavin Moore <gavin@moorebrewing.test>", "Unknown admin user on our account",
    T("""
    Hi,

    At 03:10 I got a password reset email I didn't ask for. When I logged in this
    morning there's a new admin user called "support-team2" that nobody here created,
    with a Gmail address.

    I've removed it and changed my password. Can you check what it did?

    Gavin
    """), mailer="thunderbird")

add("de", "security_incident", "-",
    "unbekannte Anmeldung aus Brasilien, Zwei-Faktor deaktiviert",
    "Ulrike Baumann <ulrike.baumann@baumann-stoffe.test>", "Fremde Anmeldung",
    T("""
    Guten Morgen,

    laut Aktivitätsprotokoll hat sich heute Nacht jemand aus São Paulo in unser Konto
    eingeloggt und die Zwei-Faktor-Authentifizierung deaktiviert. Das war niemand von
    uns.

    Bitte sperren Sie den Zugang, bis wir telefoniert haben.

    Ulrike Baumann
    """), mailer="outlook", fmt="alt")

add("fr", "security_incident technical_issue", "-",
    "a reçu par e-mail les factures d'un autre client (exposition par le produit)",
    "Martine Leclerc <martine.leclerc@leclerc-traiteur.test>", "Factures d'un autre client",
    T("""
    Bonjour,

    Votre envoi automatique de ce matin m'a transmis les factures d'un autre client,
    un garage de Rennes, avec les noms et adresses de ses clients. J'imagine que
    quelqu'un a reçu les miennes.

    Martine Leclerc
    """), mailer="webmail")

add("en", "data_loss technical_issue", "-",
    "product photos now broken images; the files appear gone from storage",
    "Alice Moreno <alice@morenohomeware.test>", "Product photos",
    T("""
    Hi,

    About half the product photos in our catalogue are now broken images, in the
    till and on the web shop. When I click "view original" I get "File not found", so
    the files themselves seem to be gone from your storage. I uploaded all of these
    myself over the last two years.

    Alice Moreno
    """), entities=False, mailer="apple", fmt='html')

add("de", "data_loss technical_issue", "-",
    "Kundennotizen seit gestern leer",
    "Frank Otto <frank.otto@otto-hoergeraete.test>", "Kundennotizen leer",
    T("""
    Hallo,

    seit gestern sind bei allen Kunden die Notizfelder leer. Dort standen
    Messwerte und Termine der letzten Jahre. Wenn ich eine alte Notiz über den
    Verlauf öffne, steht dort nur "[leer]".

    Frank Otto
    """), mailer="thunderbird", charset="iso-8859-1", fmt="qp")

add("en", "broken_promise media_threat", "-",
    "will post on r/smallbusiness; 1:1 onboarding promised within the first week, now week five",
    "Mia Carter <mia@cartercandles.test>", "Onboarding session",
    T("""
    hey,

    when I signed up I was promised a 1:1 onboarding session "within the first week".
    it's week five.

    I'm going to write this up on r/smallbusiness tonight because a lot of people
    there asked me which system to pick and I recommended you.

    Mia
    """), mailer="gmail")

add("es", "media_threat", "-",
    "va a contactar con un programa de consumo de televisión",
    "Ángel Romero <angel.romero@telefonica.test>", "Mi caso",
    T("""
    Buenas,

    Visto que no me hacen caso, voy a mandar mi caso al programa de consumo de la
    tele, que seguro que les interesa una empresa que tarda un mes en contestar a un
    comercio que ha cerrado por una inundación.

    Ángel Romero
    """), mailer="webmail", charset="iso-8859-1", fmt="plain", name_enc=("ISO-8859-1", "Q"))

add("en", "outage technical_issue", "-",
    "payment links all return 'Something went wrong' since midnight - no customer can pay online",
    "Tom Riley <tom@rileytickets.test>", "Payment links",
    T("""
    Hi,

    Every payment link we've sent since midnight opens a page that says "Something
    went wrong" - we've tested a dozen, on different phones and laptops. None of our
    customers can pay online at all, and this is our busiest booking week.

    Tom Riley
    """), mailer="outlook")

add("fr", "outage technical_issue", "-",
    "plus aucun paiement par carte ne passe dans tous les magasins",
    "Bruno Lacroix <bruno.lacroix@lacroix-optique.test>", "Paiements par carte bloqués",
    T("""
    Bonjour,

    Depuis 14 h, plus aucun paiement par carte ne passe dans nos cinq magasins : les
    terminaux affichent « Serveur indisponible ». Tout le reste fonctionne.

    Bruno Lacroix
    """), mailer="outlook", fmt="qp")

add("en", "repeat_contact technical_issue", "-",
    "raised on chat, by phone and by email - three contacts; barcode labels print blank",
    "Nina Patel <nina@patelpharma.test>", "Barcode labels blank",
    T("""
    Hello,

    I've now raised this on chat, by phone and by email, and I'm still waiting: the
    shelf barcode labels print blank since the last update. The price prints, the
    barcode doesn't.

    Nina Patel
    """), mailer="webmail")

add("es", "repeat_contact", "-",
    "'ya van cinco correos' sobre el cambio de titular",
    "Óscar Benítez <oscar.benitez@benitez-bici.test>", "Cambio de titular",
    T("""
    Ya van cinco correos pidiendo el cambio de titular de la cuenta a nombre de la
    sociedad. ¿Me puede contestar alguien, por favor?

    Óscar Benítez
    """), mailer="iphone")

add("en", "regulatory", "conditional",
    "conditional: will tell the Information Commissioner if the marketing texts don't stop",
    "Derek Simms <dereksimms@btinternet.test>", "Marketing texts",
    T("""
    I asked on the phone last week to be taken off your marketing texts. They are
    still coming. If I get one more I will be letting the Information Commissioner know,
    because I never consented to them in the first place.
    """), mailer="plain")

add("fr", "regulatory", "-",
    "a saisi le médiateur de la consommation",
    "Josiane Marty <josiane.marty@orange.test>", "Médiateur de la consommation",
    T("""
    Madame, Monsieur,

    N'ayant obtenu aucune réponse à ma réclamation du 12 février concernant la durée
    d'engagement, j'ai saisi aujourd'hui le médiateur de la consommation.

    Josiane Marty
    """), date='2024-04-15 17:00', mailer="webmail", charset="iso-8859-1", fmt="qp", subj_enc=("ISO-8859-1", "Q"))

add("es", "billing_dispute regulatory", "-",
    "recargo de 30 EUR no contratado (disputa); denuncia presentada en la OMIC (oficina de consumo)",
    "Rocío Marín <rocio.marin@marin-papeleria.test>", "Recargo de 30 €",
    T("""
    Hola:

    En la factura de septiembre aparece un "recargo por gestión" de 30 € que nadie
    me ha explicado y que no figura en mi contrato. No lo acepto.

    He presentado una denuncia en la Oficina Municipal de Información al Consumidor y
    espero que me lo devuelvan antes de que intervenga Consumo.

    Rocío Marín
    """), date='2024-10-03 12:10', mailer="outlook", fmt="alt", subj_enc=("UTF-8", "Q"))

add("es", "outage technical_issue", "-",
    "argentino: 'se cayó todo el sistema', ningún local puede cobrar",
    "Federico Luna <fede.luna@luna-heladerias.test>", "Se cayó el sistema",
    T("""
    Buenas, se cayó todo el sistema. Ninguno de los cuatro locales puede cobrar ni
    entrar a la app desde las 19 hs. ¿Están al tanto?
    """), mailer="android", date="2024-12-14 19:40 -0300")

# --------------------------------------------------------------------------
# English, no trigger (traps)
# --------------------------------------------------------------------------

# --- job titles
add("en", "-", "title", "'I'm the office manager' - a title; plain request to add users",
    "Paula Grey <paula.grey@greyandwhite.test>", "Two new users",
    T("""
    Hi,

    I'm the office manager at Grey & White Opticians. Could you add two new users to
    our account - Tom Baxter and Ayesha Malik - with the same permissions as me?

    Thanks,
    Paula Grey
    Office Manager
    """), fmt='b64', mailer="outlook")

add("en", "-", "title", "signature title 'Customer Escalations Manager' at the sender's own firm; API rate-limit question",
    "Victor Osei <victor.osei@brightlane.test>", "API rate limits",
    T("""
    Hello,

    We're building a small internal dashboard on your API. What are the rate limits
    on /v2/orders, and is there a bulk endpoint for the daily totals?

    Best regards,

    Victor Osei
    Customer Escalations Manager
    Brightlane Home Services
    """), mailer="outlook", fmt="alt")

add("en", "-", "title", "'our account manager, Priya, suggested I write in' - an existing role, no request for a manager",
    "Martin Drake <martin@drakeandsons.test>", "Upgrading to Plus",
    T("""
    Hello,

    Our account manager, Priya, suggested I write in here to get the upgrade to the
    Plus plan processed. We'd like it to start from the 1st of next month, please.

    Martin Drake
    """), mailer="apple")

add("en", "-", "title", "'Legal Counsel' in signature; asks for invoices in the company's full legal name",
    "Rachel Kim <rachel.kim@kimholdings.test>", "Invoice addressee",
    T("""
    Hi,

    Could future invoices be addressed to "Kim Holdings (UK) Limited" rather than
    "Kim Holdings"? Our auditors have asked for the full legal name.

    Many thanks,
    Rachel Kim
    Legal Counsel | Kim Holdings (UK) Limited
    """), mailer="outlook")

add("en", "-", "title", "'Head of Legal' asks for current terms and the subprocessor list (a document request, no threat)",
    "Helena Marsh <helena.marsh@northgatecare.test>", "Terms and subprocessors",
    T("""
    Dear team,

    I'm Head of Legal at Northgate Care Group. As part of our annual supplier review,
    could you send me the current version of your terms of service and your list of
    subprocessors?

    With thanks,
    Helena Marsh
    Head of Legal, Northgate Care Group
    """), mailer="outlook", fmt="qp")

add("en", "-", "title", "'Manager of IT Security' asks how to set up SSO with Azure AD",
    "Ravi Menon <ravi.menon@menonlabs.test>", "SSO with Entra ID",
    T("""
    Hi,

    Is there a guide for connecting SSO to Microsoft Entra ID (Azure AD)? We'd like
    to enforce it for all 40 staff before the end of the quarter.

    Ravi Menon
    Manager of IT Security, Menon Labs
    """), mailer="thunderbird")

add("en", "-", "title", "sender is her housing association's Complaints Manager; asks for a training session",
    "Denise Holt <denise.holt@riversidehomes.test>", "Training session for new staff",
    T("""
    Hello,

    I'm the Complaints Manager at Riverside Homes, and we've just taken on three new
    coordinators who'll be using your booking tool. Do you run short online training
    sessions for new users? An hour would be plenty.

    Denise Holt
    Complaints Manager, Riverside Homes
    """), mailer="outlook", fmt="alt")

add("en", "-", "title", "'Director of Customer Experience' asks for a quote for three more readers",
    "Imran Qureshi <imran.q@qureshifoods.test>", "Three more readers",
    T("""
    Hi,

    Could you send me a quote for three more card readers with charging docks? Same
    model as last time.

    Imran Qureshi
    Director of Customer Experience, Qureshi Foods
    """), mailer="outlook")

add("en", "-", "title", "'I'm the new store manager' and wants her regional manager added as admin - roles, not a manager request",
    "Kayla Brooks <kayla.brooks@brooksoutdoor.test>", "Admin access",
    T("""
    Hi there! I'm the new store manager at the Bristol shop. Could my regional
    manager, Dan Fowler (dan.fowler@brooksoutdoor.test), be added as an admin on our
    location? He'll be doing the weekly stock checks.

    Thanks!
    Kayla
    """), mailer="iphone")

add("en", "-", "title", "would love a call from 'our account manager' about next year - an existing role",
    "Lionel Ford <lionel@fordfloristry.test>", "Plans for next year",
    T("""
    Hello,

    Would it be possible for our account manager to give me a call some time next
    week? We're planning two pop-up shops for the summer and I'd like to talk through
    what we'd need.

    Lionel Ford
    """), mailer="webmail")

# --- quoted history only
add("en", "-", "quoted", "own text is thanks; the earlier threat to sue is only in the '>' quote",
    "Brendan Lyle <brendan@lylemotors.test>", "Re: Card reader refund",
    T("""
    Thanks Ana, the refund's arrived. Much appreciated.

    Brendan

    On Wed, 10 Apr 2024 at 16:41, Brendan Lyle <brendan@lylemotors.test> wrote:
    > This is ridiculous. I've been charged twice for the reader and nobody
    > answers. If it's not back in my account by Friday I'll sue.
    """), irt="<CAH8t1eKq2@mail.gmail.com>", mailer="gmail", date="2024-04-15 09:20 +0100")

add("en", "-", "quoted", "own text confirms receipt; 'escalated to management' and 'double charge' only in the Outlook -----Original Message----- block",
    "Jill Hendry <jill.hendry@hendrycatering.test>", "RE: Your case 60231",
    T("""
    Perfect, received it this morning. Thank you for sorting it.

    Jill

    -----Original Message-----
    From: Example Support <support@example.test>
    Sent: 12 March 2024 15:02
    To: Jill Hendry <jill.hendry@hendrycatering.test>
    Subject: RE: Your case 60231

    Dear Jill,

    I have escalated your complaint to management and they have approved a full
    refund of the double charge of £240, which you should see within 3-5 working
    days. I am sorry for the distress this caused.

    Kind regards,
    Marcus
    """), mailer="outlook", date="2024-03-14 08:55 +0000")

add("en", "-", "quoted", "forwarded at support's request: 'Fwd:' subject and the forwarded rant (outage, furious, cancel) are not the sender's words; own text says it is resolved",
    "Owen Baxter <owen.baxter@baxterpubs.test>", "Fwd: Tills down AGAIN - furious",
    T("""
    Hi,

    Forwarding this as your colleague asked, for your records. For the avoidance of
    doubt it's all working again now and there's nothing we need from you.

    Owen

    ---------- Forwarded message ---------
    From: Gary Walsh <gary@baxterpubs.test>
    Date: Sat, 6 Jul 2024 at 13:12
    Subject: Tills down AGAIN - furious
    To: Owen Baxter <owen.baxter@baxterpubs.test>

    Owen, the tills are down again at the Crown, none of them will log in. I'm
    absolutely furious, we've a wedding in at three. If this is how it's going to be
    we should cancel and go back to the old system.

    Gary
    """), mailer="gmail", date="2024-07-08 10:02 +0100")

add("en", "-", "quoted", "HTML-only; own text 'found them under Archived'; the data-loss report is only in the <blockquote>",
    "Nora Quinlan <nora@quinlanbakes.test>", "Re: Invoices",
    T("""
    Found them under Archived - my mistake, sorry! You can close this.

    Nora

    On Tue, 5 Mar 2024 at 08:14, Nora Quinlan <nora@quinlanbakes.test> wrote:
    > All our invoices from January have vanished from the list. Has something been
    > deleted? I need them for the accountant.
    """), date='2024-03-06 09:11', fmt="html", mailer="gmail", entities=True)

add("en", "-", "quoted", "inline answers; 'outage', 'error' only in the quoted agent questions; own answers say it's working now",
    "Ben Thornton <ben@thorntonpets.test>", "Re: Your report - a few questions",
    T("""
    Answers below.

    > 1. Is the issue affecting all users in your account, or only you?

    Only me, and it's fine now.

    > 2. Do you see an error message or is there an outage on your side?

    No error any more - I think my browser had an old version cached.

    > 3. Which browser and version?

    Firefox 125.

    Thanks,
    Ben
    """), mailer="thunderbird")

add("en", "-", "quoted", "own text sends a requested screenshot; the quoted acknowledgement lists security-incident and outage phone numbers",
    "Agnes Doyle <agnes.doyle@doylegifts.test>", "Re: Request received [#80412]",
    T("""
    Here's the screenshot of the settings page you asked for.

    Agnes

    On Mon, 20 May 2024 at 11:03, Example Support <support@example.test> wrote:
    > We've received your request and a member of the team will reply within one
    > working day.
    >
    > If you are reporting a security incident or a suspected breach, or if the
    > service is down, please call our 24/7 line on 0800 555 0199.
    """), date='2024-05-21 10:00', attach=[("settings.png", "png")], mailer="gmail", irt="<ack-80412@example.test>")

add("en", "-", "quoted", "own text 'all sorted, thank you'; 'third time' and 'supervisor' only in the nested quote",
    "Frances Webb <frances@webbyarn.test>", "Re: Printer setup",
    T("""
    All sorted, thank you Ana - the printer's working a treat.

    Frances

    > On 2 May 2024, at 10:12, Ana (Example Support) <support@example.test> wrote:
    >
    > Hi Frances, could you try the steps below and let me know?
    >
    >> On 1 May 2024, at 17:40, Frances Webb <frances@webbyarn.test> wrote:
    >>
    >> This is the third time I'm writing about the printer. Can I please speak
    >> to a supervisor.
    """), date='2024-05-03 09:30', mailer="apple", fmt="alt")

add("en", "-", "quoted", "forwarded complaint only as an attached message/rfc822; own text 'no action needed'",
    "Harvey Lim <harvey@limandtan.test>", "For your records",
    T("""
    Hi,

    As discussed on the phone, attaching my business partner's email from last week
    for your records. We've talked it through and there's no action needed from
    your side.

    Harvey Lim
    """), mailer="outlook",
    fwd_rfc822=simple_msg("Jason Tan <jason@limandtan.test>", "Harvey Lim <harvey@limandtan.test>",
                          "the card system", "Fri, 12 Apr 2024 18:20:11 +0100",
                          "<a81c2e77.4410@limandtan.test>",
                          T("""
                          Harvey,

                          I've had it with the card system. It went down twice this
                          week and I want our lawyer to look at the contract. Get me
                          the CEO's email, I'm writing to him.

                          J
                          """)))

add("en", "-", "quoted", "own text 'see you Thursday'; the legal threat is in the quoted 'From:/Sent:' block",
    "Sunita Rao <sunita@raodental.test>", "RE: Visit on Thursday",
    T("""
    Great, see you Thursday at 10.

    Sunita

    From: Example Support <support@example.test>
    Sent: Monday, June 3, 2024 4:12 PM
    To: Sunita Rao <sunita@raodental.test>
    Subject: RE: Visit on Thursday

    Hi Sunita,

    We've booked the engineer for Thursday 10am. I'm sorry again for the missed visit
    last week; I understand from your previous email that your solicitor is now
    involved and I've noted this on the account.

    Best,
    Leon
    """), mailer="outlook", fmt="alt", date="2024-06-03 17:01 +0100")

add("en", "-", "quoted", "own text 'thanks Mark, invoices look right now'; data loss and escalation are in the quoted Outlook block",
    "Jack Fenwick <jack@fenwickelectrical.test>", "RE: Case 71104 - update",
    T("""
    Thanks Mark, all the invoices look right now.

    Jack

    ________________________________
    From: Mark Doyle <support@example.test>
    Sent: 04 September 2024 11:32
    To: Jack Fenwick
    Subject: RE: Case 71104 - update

    Hi Jack,

    Following your report that 300 invoices had disappeared after the import, our
    engineers have restored them from the nightly backup. I escalated this as a data
    loss incident, so you'll also receive a written incident report.

    Mark
    """), mailer="outlook", date="2024-09-05 08:10 +0100")

add("en", "-", "quoted", "own text is a two-word thanks; quoted original from months ago has a media threat and CAPS",
    "Lou Martin <lou@loumartinart.test>", "Re: order",
    T("""
    cheers, got it!

    On Thu, Feb 15, 2024 at 9:02 PM Lou Martin <lou@loumartinart.test> wrote:
    > WHERE IS MY READER. ITS BEEN 3 WEEKS. IM POSTING ABOUT THIS ON TWITTER
    > TOMORROW IF I DONT HEAR BACK
    """), mailer="gmail", date="2024-02-20 12:14 +0000")

# --- signatures and disclaimers
add("en", "-", "signature", "legal disclaimer with 'legal action' and 'unauthorised'; the request is a receipt logo how-to",
    "Gemma Stokes <gemma@stokesaccountancy.test>", "Logo on receipts",
    T("""
    Hi,

    How do I get our new logo to show on printed receipts? I've uploaded it under
    Branding but the receipts still show the old one.

    Gemma Stokes
    Stokes Accountancy

    --
    This message is confidential and intended solely for the addressee. If you have
    received it in error, please notify us and delete it. Any unauthorised copying,
    disclosure or distribution is strictly forbidden and may result in legal action.
    """), mailer="outlook")

add("en", "-", "signature", "plumber's signature advertises an emergency line for 'burst pipes, gas leaks, no heating'; asks about the invoice template",
    "Darren Cooke <darren@cookeplumbing.test>", "Invoice template",
    T("""
    Hi,

    Can I put our bank details in the footer of the invoice template? Can't see where.

    Darren

    Cooke Plumbing & Heating
    24h EMERGENCY CALL-OUT: burst pipes, gas leaks, no heating - 0800 555 0142
    Gas Safe registered 554321
    """), mailer="android")

add("en", "-", "signature", "bank-style signature warning about phishing and fraud; question about staff permissions",
    "Olivia Grant <olivia.grant@grantfinance.test>", "Staff permissions",
    T("""
    Hello,

    Is it possible to let staff issue refunds up to £20 without a manager PIN, but
    still require the PIN above that?

    Kind regards,
    Olivia Grant
    Grant Finance Ltd

    Grant Finance will never ask you for your password or PIN by email. If you
    receive a suspicious email claiming to be from us, do not click any links and
    report it to fraud@grantfinance.test. Grant Finance Ltd is authorised and
    regulated by the Financial Conduct Authority.
    """), mailer="outlook", fmt="qp")

add("en", "-", "signature", "solicitors' firm signature ('Solicitors', 'Regulation Authority'); office manager asks for an extra user",
    "Lynn Parr <lynn.parr@parrandco.test>", "One more user",
    T("""
    Hello,

    Please could you add one more user to our account for our new trainee,
    james.ward@parrandco.test? Standard permissions.

    Many thanks,
    Lynn Parr
    Practice Manager

    Parr & Co Solicitors | 22 High Street, Ludlow
    Authorised and regulated by the Solicitors Regulation Authority (SRA No. 612345).
    Beware of cyber-crime: we will never change our bank details by email.
    """), mailer="outlook")

add("en", "-", "signature", "marketing motto in signature ('not happy? tell us - happy? tell Google'); VAT number change",
    "Zoe Hartley <zoe@hartleycakes.test>", "VAT number",
    T("""
    Hi! We've just registered for VAT - where do I add the number so it shows on
    invoices?

    Zoe x

    Hartley Cakes | Not happy? Tell us. Happy? Tell Google! (5 stars on Google and
    Tripadvisor)
    """), mailer="iphone", fmt="flowed")

add("en", "-", "signature", "mobile signature with a confidentiality clause ('legal liability', 'prohibited'); question about opening hours",
    "Craig Nolan <craig.nolan@nolanvets.test>", "Phone line hours",
    T("""
    What time does the phone line open on Saturdays?

    Craig

    Sent from my iPhone. Please excuse brevity and typos.
    CONFIDENTIAL: If you are not the intended recipient, any use of this message is
    prohibited and may give rise to legal liability.
    """), mailer="iphone")

# --- negation
add("en", "-", "negation", "'I'm not cancelling' - wants to pause over winter",
    "Robyn Ellis <robyn@ellisicecream.test>", "Pausing over winter",
    T("""
    Hi,

    I'm not cancelling - we love the system - but the van is off the road from
    November to February. Can we pause the subscription for those months?

    Robyn
    """), fmt='flowed', mailer="apple")

add("en", "-", "negation", "'no need to escalate anything' - just curious about a menu setting",
    "Simon Ward <simon.ward@wardsdiner.test>", "Modifier groups",
    T("""
    Hi, no need to escalate anything, I'm just curious: is there a limit on how many
    modifier groups one menu item can have? We're at 9 and wondered if that's too
    many.

    Simon
    """), mailer="webmail")

add("en", "-", "negation", "'no data was lost in the end' after restoring from their own backup; asks about backup frequency",
    "Holly Adams <holly.adams@adamsdance.test>", "Backups",
    T("""
    Hi,

    Just to close the loop on last week: no data was lost in the end, our own export
    from the Sunday had everything. It did make me wonder how often you back up on
    your side, and whether we can request a restore ourselves?

    Holly
    """), mailer="gmail")

add("en", "-", "negation", "'we're not looking to switch' - wants to add a location",
    "Graham Patel <graham@patelpharmacies.test>", "Adding a third pharmacy",
    T("""
    Hello,

    We've had a couple of calls from your competitors this month - to be clear, we're
    not looking to switch. We'd like to add our third pharmacy to the account instead.
    What do you need from us?

    Graham Patel
    """), mailer="outlook", fmt="alt")

add("en", "-", "negation", "'I won't be cancelling', just asking about moving to annual billing",
    "Esther Cohen <esther@cohenbooks.test>", "Annual billing",
    T("""
    Hello, I won't be cancelling, don't worry! I just wondered if I can move to
    annual billing in the middle of the month, or whether I should wait until the
    1st.

    Esther
    """), mailer="thunderbird")

add("en", "-", "negation", "'this isn't a complaint, the reader works perfectly' - wants one in black",
    "Jason Reid <jason@reidbarbers.test>", "Reader in black",
    T("""
    This isn't a complaint - the reader works perfectly - but the white one is
    already grubby after a month in a barbershop. Do you do it in black?

    Jason
    """), mailer="android")

add("en", "-", "negation", "'nobody's been hacked, I just forgot my password' - how to reset a staff member's PIN",
    "Maya Singh <maya@singhsweets.test>", "Staff PIN",
    T("""
    Hi, nobody's been hacked or anything, one of my staff just forgot her till PIN.
    How do I reset it for her from the admin side?

    Maya
    """), mailer="iphone")

add("en", "-", "negation", "'nothing's broken and it's not urgent' - change of receipt footer",
    "Colin Hart <colin@hartframing.test>", "Receipt footer",
    T("""
    Not urgent and nothing's broken. Can we change the footer text on receipts to
    "Thank you for shopping local"? I can't find where.

    Colin
    """), mailer="outlook")

# --- policy and hypothetical questions
add("en", "-", "policy_question", "hypothetical: 'what happens to my data if I cancel?'",
    "Tessa Bright <tessa@brightstudio.test>", "Data after cancelling",
    T("""
    Hello,

    A general question: what happens to my data if I cancel? Do I get an export, and
    how long do you keep it afterwards?

    Tessa
    """), mailer="apple")

add("en", "-", "policy_question", "'do you have a formal escalation process?' - supplier questionnaire",
    "Gordon Fraser <g.fraser@fraserhealthcare.test>", "Supplier questionnaire",
    T("""
    Hello,

    We're completing our annual supplier questionnaire. Could you tell me whether you
    have a formal escalation process for support cases, and what your target
    response times are for each priority?

    Regards,
    Gordon Fraser
    Procurement Officer
    """), mailer="outlook", fmt="qp")

add("en", "-", "policy_question", "'is there a fee for cancelling early?' - no intention stated",
    "Ruby Shaw <ruby.shaw@gmail.com>", "contract question",
    T("""
    hi, is there a fee for cancelling early on the 12 month plan? just want to know
    before i sign
    """), mailer="gmail")

add("en", "-", "policy_question", "'would I get a refund if I downgrade mid-year?'",
    "Nathan Cole <nathan@colebikes.test>", "Downgrading mid-year",
    T("""
    Hi,

    We're on the annual Pro plan. If I downgrade to Starter half way through the year,
    would I get a refund for the difference, or a credit?

    Nathan
    """), mailer="outlook")

add("en", "-", "policy_question", "hypothetical theft of a card reader: what's the process",
    "Bethany Lowe <bethany@lowemarket.test>", "If a reader is stolen",
    T("""
    Hi,

    We do a lot of outdoor markets. If one of our card readers was ever stolen, what's
    the process - can it be blocked remotely, and is there a replacement cost?

    Bethany
    """), mailer="iphone")

add("en", "-", "policy_question", "insurer asks whether there is a product recall procedure (no hazard reported)",
    "Stephen Yates <stephen@yateshardware.test>", "Insurance paperwork",
    T("""
    Hello,

    Our insurer's renewal form asks whether our equipment suppliers have a product
    recall procedure and how we'd be notified. Could you point me to something I can
    attach?

    Stephen Yates
    """), mailer="thunderbird")

add("en", "-", "policy_question", "asks about the uptime SLA and service credits for outages",
    "Aaron Blake <aaron.blake@blakeretail.test>", "SLA",
    T("""
    Hi,

    Before we sign for the enterprise plan: what uptime do you commit to, and do you
    give service credits if you miss it? Is there a status page we can subscribe to?

    Aaron Blake
    """), mailer="outlook", fmt="alt")

add("en", "-", "policy_question", "procedural 'how do I cancel order #A-2231' - ordered the wrong colour, no dissatisfaction",
    "Freya Lund <freya.lund@lundceramics.test>", "Order A-2231",
    T("""
    Hi, how do I cancel order #A-2231? I ordered the black stand by mistake - I
    wanted the white one. I'll place a new order straight after.

    Freya
    """), mailer="apple")

add("en", "-", "policy_question", "hypothetical refund on an annual plan 'if we decide it isn't for us'",
    "Ivan Petrov <ivan@petrovbakery.test>", "Annual plan question",
    T("""
    Hello,

    If we bought the annual plan now and decided after a month or so that it isn't
    for us, would we be able to get a refund for the unused months?

    Ivan
    """), mailer="webmail")

add("en", "-", "policy_question", "asks who to contact to report a security vulnerability, hypothetically (no incident)",
    "Leo Hargreaves <leo@hargreavesdev.test>", "Responsible disclosure contact",
    T("""
    Hi,

    I'm a freelance developer working on a couple of your merchants' integrations. If
    I ever came across a security vulnerability in your API, who should I report it
    to? I couldn't find a security.txt or a disclosure policy.

    Leo
    """), mailer="thunderbird")

add("en", "-", "policy_question", "'do you have a way for customers to escalate, if they ever need to?' - procurement question",
    "Angela Moss <angela.moss@mossgroup.test>", "Support process",
    T("""
    Out of interest, do you have a way for customers to escalate a support case if
    they ever need to? Our procurement team asks every supplier the same thing. No
    problems at all at our end.

    Angela
    """), mailer="outlook")

add("en", "-", "policy_question", "asks whether the product is GDPR compliant and where data is stored",
    "Hamish Reid <hamish@reidphysio.test>", "Data location",
    T("""
    Hello,

    Is your booking system GDPR compliant, and is our clients' data stored in the UK
    or the EU? A client has asked and I'd like to give her a proper answer.

    Hamish Reid
    """), mailer="apple", fmt="qp")

# --- reported speech
add("en", "-", "reported", "business partner thinks they should switch; sender wants to stay and asks for a cheaper plan",
    "Fiona Doyle <fiona@doylecafes.test>", "Cheaper plan?",
    T("""
    Hi,

    My business partner thinks we should switch providers to save money, but I'd
    rather stay - the system works well for us. Is there a cheaper plan we could move
    to with two tills instead of three?

    Fiona
    """), mailer="gmail")

add("en", "-", "reported", "'my accountant thinks we should sue' - not adopted; the VAT-number correction does not change any amount",
    "Gareth Bell <gareth@bellandbook.test>", "Credit note CN-118",
    T("""
    Hello,

    My accountant thinks we should sue over everything, bless him, but I'd rather
    just sort it out: credit note CN-118 from May shows our old VAT number. Could you
    reissue it with GB 123 4567 89? The amounts are all fine.

    Gareth
    """), mailer="outlook")

add("en", "-", "reported", "a customer said she'd post about the queue (the shop's staffing, not the vendor); asks about a second till",
    "Hannah Lees <hannah@leesicecream.test>", "Second till",
    T("""
    Hi,

    Sunday was mad - one customer said she'd put our queue on Facebook, which is fair
    enough, that's down to us being short-staffed! So: how quickly could we get a
    second till set up, and what does it cost?

    Hannah
    """), mailer="iphone")

add("en", "-", "reported", "staff said the app crashed; it was the iPad battery - nothing broken",
    "Simon Gale <simon@galehardware.test>", "Saturday",
    T("""
    Hi,

    My Saturday staff told me the app "crashed" and they had to take cash. Turns out
    the iPad just ran out of battery. Is there a setting to show a low battery warning
    on the till screen?

    Simon
    """), mailer="webmail")

add("en", "-", "reported", "a shopper called it 'a disgrace' that they don't take Amex; asks whether Amex is supported",
    "Paula Kent <paula@kentgifts.test>", "Amex",
    T("""
    Hello,

    A customer got quite worked up at the till yesterday and called it "a disgrace"
    that we don't take American Express. Do you support Amex, and if so how do we
    switch it on?

    Paula
    """), mailer="outlook")

add("en", "-", "reported", "the landlord threatens the customer with court over signage; asks how to change the address on receipts",
    "Dominic Shah <dominic@shahprint.test>", "New shop address",
    T("""
    Hi,

    Long story, but our landlord is threatening to take us to court over the new
    signage, so we're moving two doors down rather than fighting it. How do I change
    the shop address on receipts and invoices from 1 August?

    Dominic
    """), mailer="gmail")

add("en", "-", "reported", "'my wife says I should ask for a manager' - not adopted; a how-to",
    "Ken Archer <ken.archer@archerbutchers.test>", "Weighing scale",
    T("""
    Hello,

    My wife says I should just ask for a manager, but I'm sure you can help me: how do
    I connect the weighing scale so the weight goes straight into the sale?

    Ken
    """), mailer="plain")

# --- innocuous uses of trigger words
add("en", "-", "innocuous", "'we're firing up the new store' - an order for two extra readers",
    "Dan Okoro <dan@okorogrocers.test>", "New store",
    T("""
    Hi!

    We're firing up the new store in Salford on Monday. Can you ship two extra readers
    to the new address (below) by Friday?

    Okoro Grocers, Unit 4, Chapel Street, Salford M3 5FQ

    Dan
    """), mailer="gmail")

add("en", "-", "innocuous", "'that update was a lifesaver' - praise plus a question",
    "Lisa Monroe <lisa@monroeflowers.test>", "Thank you!",
    T("""
    That update with the wedding deposit option was a lifesaver - we've taken nine
    deposits this week. Is there a way to send an automatic reminder for the balance
    a month before the date?

    Lisa
    """), mailer="apple")

add("en", "-", "innocuous", "their own Instagram reel 'went viral' - needs 500 more loyalty cards",
    "Becca Young <becca@youngcoffee.test>", "Loyalty cards",
    T("""
    Hi!! Our Instagram reel about the new loyalty cards went viral (80k views, we're
    in shock) and we've run out of cards. How do we order 500 more?

    Becca
    """), mailer="iphone")

add("en", "-", "innocuous", "'killer feature' praise; asks whether split bill works on Android",
    "Tony Russo <tony@russopizza.test>", "Split bill",
    T("""
    The new split bill is a killer feature, the waiters love it. Does it work on the
    Android app too or just iPad?

    Tony
    """), mailer="android")

add("en", "-", "innocuous", "'our bank was hacked last year so we're careful' - how to turn on 2FA for all staff",
    "Wendy Clarke <wendy@clarkeinsure.test>", "Two-factor for all staff",
    T("""
    Hello,

    Our bank was hacked last year (not you!) so we're careful these days. How do I
    turn on two-factor authentication for all staff accounts, and can I make it
    compulsory?

    Wendy Clarke
    """), mailer="outlook", fmt="alt")

add("en", "-", "innocuous", "'I deleted the test invoices myself, that's fine' - how to reset invoice numbering",
    "Pete Hollis <pete@hollisdecor.test>", "Invoice numbering",
    T("""
    Hi,

    I deleted the test invoices myself, that's fine, but now our first real invoice
    is numbered 0014. How do I reset the numbering to start at 1001?

    Pete
    """), mailer="thunderbird")

add("en", "-", "innocuous", "'Sue in accounts' is a name; change of billing contact",
    "Harry Dunn <harry@dunnbuilders.test>", "Billing contact",
    T("""
    Hi,

    Sue in accounts will be taking over the billing from next month - please send
    invoices to sue.palmer@dunnbuilders.test instead of me.

    Harry
    """), mailer="outlook")

add("en", "-", "innocuous", "their own press release mentions the vendor; asks permission to use the logo",
    "Claire Fox <claire.fox@foxandhound.test>", "Logo permission",
    T("""
    Hello,

    We're sending a press release about our reopening to the local paper, and it
    mentions that guests can now pay at the table using your system. Are we allowed to
    use your logo in it? Happy to send it over first.

    Claire Fox
    """), mailer="outlook", fmt="qp")

add("en", "-", "innocuous", "'our outage window is Sunday 2am' - their own maintenance; asks when updates are pushed",
    "Mark Ellison <mark.ellison@ellisonit.test>", "Update timing",
    T("""
    Hi,

    Our own outage window for network maintenance is Sunday 2am-4am. When do you
    normally push app updates to the tills? We'd like to avoid both happening at
    once.

    Mark
    """), mailer="thunderbird")

add("en", "-", "innocuous", "'our CEO asked me to get a quote' - their own CEO",
    "Jade Wilson <jade.wilson@wilsonleisure.test>", "Quote for 12 terminals",
    T("""
    Hi,

    Our CEO asked me to get a quote for 12 more terminals for the new leisure
    centres. Could you send one over with delivery times?

    Jade Wilson
    Procurement Assistant
    """), mailer="outlook")

add("en", "-", "innocuous", "'dead easy', 'smashed it' - praise and a question about gift cards",
    "Kerry Shaw <kerry@shawsalon.test>", "Gift cards",
    T("""
    Set-up was dead easy and we smashed our Christmas target, so thank you! Can we
    sell gift cards online as well as in the salon?

    Kerry
    """), mailer="iphone")

add("en", "-", "innocuous", "storm knocked out their own internet; asks whether offline sales sync automatically",
    "Alan Reid <alan@reidfarmshop.test>", "Offline sales",
    T("""
    Hi,

    The storm knocked out our broadband for two days last week (BT's fault, not
    yours). We kept selling in offline mode. Will those sales sync automatically now
    we're back online, or do I need to do something?

    Alan
    """), mailer="webmail")

add("en", "-", "innocuous", "wants to 'kill' old discount codes at midnight - bulk delete question",
    "Nick Frost <nick@frostsurf.test>", "Old discount codes",
    T("""
    We want to kill all the summer discount codes at midnight on Sunday. Is there a
    way to bulk-delete or expire them instead of doing 40 one by one?
    """), mailer="gmail")

# --- other: praise, how-to, resolved, amounts, second email, procedural, desk thread
add("en", "-", "other", "praise for an agent; 'pass my thanks to her manager' is not a request to speak to one",
    "Eleanor Price <eleanor@pricebridal.test>", "Thank you to Priyanka",
    T("""
    Hello,

    I just wanted to say how helpful Priyanka was on the phone this morning - she
    stayed on the line until our new reader was working. Please pass my thanks on to
    her manager.

    Eleanor
    """), entities=False, mailer="apple", fmt='html')

add("en", "-", "other", "resolved: 'ignore my last email, the printer was out of paper'",
    "Rob Kaye <rob@kayedeli.test>", "Ignore my last email",
    T("""
    Ignore my last email - the printer was just out of paper. Sorry!
    """), mailer="iphone")

add("en", "-", "other", "large amount (~$14,000) with no problem - a volume-pricing request",
    "Dana Whitfield <dana@whitfieldstores.test>", "Volume pricing for 80 readers",
    T("""
    Hi,

    We're rolling out to all 40 stores next quarter and would like 80 readers - about
    $14,000 at list price. Do you offer volume pricing at that quantity?

    Dana Whitfield
    Head of Retail Operations
    """), mailer="outlook", fmt="qp")

add("en", "-", "other", "invoice of exactly €5,000.00 (not more than 5,000) with a PO-number correction that changes no amount",
    "Pieter de Vries <pieter@devriesfood.test>", "PO number on invoice 2024-118",
    T("""
    Hello,

    Invoice 2024-118 for €5,000.00 has our old PO number (4410). Could you reissue it
    with PO 4471? Nothing else needs to change.

    Pieter de Vries
    """), mailer="outlook")

add("en", "-", "other", "'this is my second email' (two contacts, not three); a how-to",
    "Lily Evans <lily@evansflorist.test>", "Tip option",
    T("""
    Hi, this is my second email - I may have missed your reply. How do I add a tip
    option on the card reader? Thanks!
    """), mailer="iphone")

add("en", "-", "other", "human reply to the desk's acknowledgement (In-Reply-To @escalated.example.test): 'thanks, no rush' - not self mail",
    "Martin Cho <martin@chodesign.test>", "Re: We've received your request [#88120]",
    T("""
    Thanks, no rush at all - whenever someone has a moment.

    Martin
    """), irt="<ack.88120.1718031122@escalated.example.test>", mailer="gmail")

add("en", "-", "other", "how-to: receipt language in Welsh",
    "Gwyn Morgan <gwyn@morgancaffi.test>", "Receipts in Welsh",
    T("""
    Shwmae! Is it possible to print receipts in Welsh, or at least to change the
    "Thank you" line? Diolch.
    """), mailer="webmail")

add("en", "-", "other", "procedural: cancel a single booking for a client who is ill",
    "Rachel Moore <rachel@mooremassage.test>", "Cancelling one booking",
    T("""
    Hi, how do I cancel a single booking for a client who's ill, without the system
    charging her the late-cancellation fee? Thanks, Rachel
    """), mailer="android")

add("en", "-", "other", "procedural account closure on retirement, with thanks - no complaint",
    "Bill Hamilton <bill@hamiltonhardware.test>", "Closing our account",
    T("""
    Dear all,

    After 41 years I'm retiring at Christmas and the shop is closing. Please close our
    account with effect from 31 December. Thank you for eight trouble-free years.

    Bill Hamilton
    """), mailer="outlook")

add("en", "-", "other", "mild disappointment only ('a little disappointed') - asks about colours",
    "Sophie Grant <sophie@grantgallery.test>", "Reader colours",
    T("""
    Hi, I was a little disappointed to see the new reader colours aren't available
    in the UK yet - any idea when they'll come? No rush. Sophie
    """), mailer="gmail")

# --------------------------------------------------------------------------
# German, no trigger (traps)
# --------------------------------------------------------------------------

add("de", "-", "title", "unterschreibt als Geschäftsführerin; fragt nach dem Ablauf für eine neue Bankverbindung",
    "Dr. Anke Seidel <a.seidel@seidel-labor.test>", "Neue Bankverbindung für Lastschrift",
    T("""
    Guten Tag,

    wir haben die Bank gewechselt. Wie geben wir Ihnen die neue Bankverbindung für
    die Lastschrift durch - reicht eine E-Mail oder brauchen Sie ein neues Mandat?

    Mit freundlichen Grüßen
    Dr. Anke Seidel
    Geschäftsführerin, Seidel Labordiagnostik GmbH
    """), mailer="outlook", charset="iso-8859-1", fmt="qp")

add("de", "-", "title", "'Leiterin Recht & Compliance' bittet um den AVV (Dokumentanfrage, keine Drohung)",
    "Sarah Lindner <s.lindner@lindner-pflege.test>", "Auftragsverarbeitungsvertrag",
    T("""
    Sehr geehrte Damen und Herren,

    bitte senden Sie uns Ihren aktuellen Auftragsverarbeitungsvertrag (AVV) nach
    Art. 28 DSGVO sowie die Liste der Unterauftragsverarbeiter zu.

    Mit freundlichen Grüßen
    Sarah Lindner
    Leiterin Recht & Compliance
    Lindner Pflegedienste GmbH
    """), mailer="outlook", fmt="alt")

add("de", "-", "quoted", "eigener Text 'hat sich erledigt'; Anwalt und 'Frechheit' nur im zitierten 'Am ... schrieb'-Block",
    "Bernd Kaiser <bernd.kaiser@kaiser-metzgerei.test>", "Re: Abbuchung",
    T("""
    Vielen Dank, hat sich erledigt. Das Geld ist da.

    Gruß Bernd Kaiser

    Am 03.05.2024 um 10:12 schrieb Bernd Kaiser <bernd.kaiser@kaiser-metzgerei.test>:
    > Sie haben schon wieder doppelt abgebucht. Das ist eine Frechheit. Wenn das
    > Geld nicht bis Freitag zurück ist, geht die Sache an meinen Anwalt.
    """), mailer="thunderbird", date="2024-05-08 09:14 +0200")

add("de", "-", "quoted", "eigener Text 'alles wieder in Ordnung'; Datenverlust und Eskalation nur im Outlook-Block 'Von:/Gesendet:'",
    "Jana Busch <jana.busch@busch-versand.test>", "AW: Ihre Meldung 77410",
    T("""
    Danke, bei uns ist alles wieder in Ordnung.

    Jana Busch

    Von: Example Support <support@example.test>
    Gesendet: Dienstag, 14. Mai 2024 16:20
    An: Jana Busch <jana.busch@busch-versand.test>
    Betreff: AW: Ihre Meldung 77410

    Hallo Frau Busch,

    wir haben Ihre Meldung über den Datenverlust an unsere Technik eskaliert. Die
    fehlenden Aufträge wurden aus der Sicherung wiederhergestellt.

    Viele Grüße
    Ihr Support-Team
    """), mailer="outlook", charset="windows-1252", fmt="qp")

add("de", "-", "quoted", "weitergeleitete Mail eines Kollegen (Ausfall, kündigen) nur zur Info; eigener Text: nichts unternehmen",
    "Florian Weiß <florian.weiss@weiss-getraenke.test>", "WG: Kasse",
    T("""
    Hallo,

    zur Info, wie telefonisch besprochen. Bitte nichts weiter unternehmen, wir haben
    das intern geklärt.

    Florian Weiß

    -------- Weitergeleitete Nachricht --------
    Betreff: Kasse
    Datum: Sat, 13 Jul 2024 11:02:44 +0200
    Von: Jörg Peters <joerg@weiss-getraenke.test>
    An: Florian Weiß <florian.weiss@weiss-getraenke.test>

    Florian, die Kasse ist schon wieder komplett ausgefallen. Wenn das so weitergeht,
    sollten wir kündigen.
    """), mailer="thunderbird", date="2024-07-15 08:40 +0200")

add("de", "-", "signature", "Signatur mit Vertraulichkeitshinweis ('unbefugte Weitergabe', 'rechtliche Schritte'); Frage zum Bondrucker",
    "Michael Krause <m.krause@krause-steuer.test>", "Welcher Bondrucker?",
    T("""
    Hallo,

    welcher Bondrucker ist mit dem iPad-Kassensystem kompatibel? Wir brauchen einen
    mit Netzwerkanschluss.

    Freundliche Grüße
    Michael Krause

    --
    Krause Steuerberatung | Hauptstraße 12 | 80331 München
    Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige
    Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese
    Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind
    nicht gestattet; wir behalten uns rechtliche Schritte vor.
    """), mailer="outlook", charset="iso-8859-1", fmt="qp")

add("de", "-", "negation", "'ich will nicht kündigen', nur Tarifwechsel",
    "Gabi Schmitt <gabi.schmitt@schmitt-wolle.test>", "Tarifwechsel",
    T("""
    Hallo,

    ich will nicht kündigen, keine Sorge! Ich möchte nur ab nächsten Monat in den
    kleineren Tarif wechseln, weil wir im Winter weniger Umsatz haben. Geht das?

    Gabi
    """), mailer="webmail")

add("de", "-", "negation", "'es sind keine Daten verloren gegangen' - Frage zum Export",
    "Lukas Brandt <lukas@brandt-fahrrad.test>", "Export der Kundendaten",
    T("""
    Hallo,

    keine Sorge, es sind keine Daten verloren gegangen - ich will nur auf Nummer sicher
    gehen. Wie exportiere ich alle Kundendaten einmal komplett als CSV?

    Lukas
    """), mailer="android")

add("de", "-", "policy_question", "hypothetisch: was passiert mit den Daten nach einer Kündigung",
    "Elke Richter <elke.richter@richter-kosmetik.test>", "Daten nach Vertragsende",
    T("""
    Guten Tag,

    eine allgemeine Frage: Was passiert mit unseren Kundendaten, wenn wir den Vertrag
    irgendwann kündigen? Bekommen wir einen Export, und wann werden die Daten
    gelöscht?

    Elke Richter
    """), mailer="outlook", charset="iso-8859-1", fmt="plain")

add("de", "-", "policy_question", "Frage nach der Kündigungsfrist beim Monatstarif",
    "Nico Hartwig <nico@hartwig-foodtruck.test>", "Kündigungsfrist?",
    T("""
    Moin, gibt es beim Monatstarif eine Kündigungsfrist? Wir überlegen, für die
    Saison zu buchen.

    Nico
    """), mailer="iphone")

add("de", "-", "reported", "Steuerberater meint, man solle wechseln - der Absender ist zufrieden",
    "Walter Pohl <walter.pohl@pohl-schreinerei.test>", "Frage zur Jahresrechnung",
    T("""
    Guten Tag,

    mein Steuerberater meint, wir sollten den Anbieter wechseln, weil es woanders
    billiger sei - ich bin aber zufrieden und bleibe. Können Sie mir die
    Jahresrechnung für 2023 noch einmal als PDF schicken?

    Walter Pohl
    """), mailer="webmail")

add("de", "-", "innocuous", "'Rückruf' = Bitte um Rückruf (kein Produktrückruf, kein gebrochenes Versprechen)",
    "Iris Wendt <iris@wendt-buchladen.test>", "Bitte um Rückruf",
    T("""
    Hallo,

    ich hätte gern einen Rückruf wegen eines zweiten Kartenlesers für unseren
    Marktstand. Am besten vormittags unter 0341 555 0127.

    Danke!
    Iris Wendt
    """), mailer="outlook", subj_enc=("ISO-8859-1", "Q"), charset="iso-8859-1", fmt="qp")

add("de", "-", "innocuous", "'der Hammer', 'voll durchstarten', eigener Geschäftsführer will ein Angebot",
    "Kevin Schulze <kevin@schulze-burger.test>", "Angebot zweite Filiale",
    T("""
    Hey,

    das neue Bondesign ist echt der Hammer! Wir wollen im Herbst mit der zweiten
    Filiale voll durchstarten und unser Geschäftsführer hätte gern ein Angebot für
    drei Kassen und zwei Kartenleser.

    Grüße
    Kevin
    """), mailer="gmail", fmt="alt")

add("de", "-", "other", "Lob für eine Mitarbeiterin",
    "Renate Ernst <renate.ernst@ernst-apotheke.test>", "Dankeschön",
    T("""
    Liebes Support-Team,

    ich möchte mich ausdrücklich bei Frau Yilmaz bedanken, die uns gestern sehr
    geduldig durch die Einrichtung der neuen Kasse begleitet hat. So stelle ich mir
    guten Service vor.

    Herzliche Grüße
    Renate Ernst
    """), mailer="outlook", charset="iso-8859-1", fmt="qp")

add("de", "-", "other", "erledigt: der Drucker war nicht eingeschaltet",
    "Olaf Jung <olaf.jung@jung-kiosk.test>", "Hat sich erledigt",
    T("""
    Hat sich erledigt, der Drucker war nicht eingeschaltet. Sorry für die Mühe!
    Olaf
    """), mailer="android")

# --------------------------------------------------------------------------
# French, no trigger (traps)
# --------------------------------------------------------------------------

add("fr", "-", "title", "'Responsable administratif et financier' demande un duplicata de facture",
    "Xavier Noël <xavier.noel@noel-btp.test>", "Duplicata de facture",
    T("""
    Bonjour,

    Pourriez-vous m'envoyer un duplicata de la facture F-2024-0311 ? Notre comptable
    ne la retrouve pas.

    Cordialement,
    Xavier Noël
    Responsable administratif et financier, Noël BTP
    """), mailer="outlook", charset="iso-8859-1", fmt="qp")

add("fr", "-", "title", "'Directrice juridique' demande la durée du contrat (question, pas de menace)",
    "Claire Dumont <claire.dumont@dumont-groupe.test>", "Durée d'engagement",
    T("""
    Bonjour,

    Pouvez-vous me confirmer la durée d'engagement de notre contrat actuel et sa date
    de renouvellement ? Nous préparons notre revue annuelle des contrats.

    Bien à vous,
    Claire Dumont
    Directrice juridique, Groupe Dumont
    """), mailer="outlook", fmt="alt")

add("fr", "-", "quoted", "texte propre 'merci, c'est réglé'; 'avocat' seulement dans la citation 'a écrit :'",
    "Paul Mercier <paul.mercier@mercier-vins.test>", "Re: Prélèvement",
    T("""
    Merci, c'est réglé, j'ai bien reçu le remboursement.

    Paul

    Le ven. 3 mai 2024 à 10:12, Paul Mercier <paul.mercier@mercier-vins.test> a écrit :
    > Vous m'avez prélevé deux fois. Si ce n'est pas remboursé lundi, je transmets
    > à mon avocat.
    """), mailer="gmail", date="2024-05-07 11:02 +0200")

add("fr", "-", "quoted", "'mise en demeure' seulement dans le bloc Outlook 'De : / Envoyé :' cité; texte propre neutre",
    "Sylvie André <sylvie.andre@andre-immobilier.test>", "RE: Votre courrier du 2 avril",
    T("""
    Bonjour,

    Bien reçu, merci. Je vous confirme que notre nouvelle adresse de facturation est
    bien celle indiquée ci-dessous.

    Sylvie André

    De : Sylvie André
    Envoyé : mardi 2 avril 2024 09:15
    À : support@example.test
    Objet : Votre courrier du 2 avril

    Suite à la mise en demeure de notre bailleur, nous déménageons le 1er mai. Merci
    de mettre à jour notre adresse de facturation : 14 rue des Lilas, 69003 Lyon.
    """), date='2024-04-04 10:00', mailer="outlook", charset="windows-1252", fmt="qp")

add("fr", "-", "quoted", "HTML seul; 'panne' et 'inadmissible' seulement dans le <blockquote>; texte propre: tout fonctionne",
    "Jean Carpentier <jean.carpentier@carpentier-bar.test>", "Re: Terminal",
    T("""
    Tout fonctionne de nouveau, merci beaucoup pour votre aide !

    Jean

    Le 12/06/2024 à 19:40, Jean Carpentier a écrit :
    > Le terminal est en panne depuis midi, c'est inadmissible un soir de match.
    """), date='2024-06-13 09:20', fmt="html", mailer="apple", entities=True)

add("fr", "-", "signature", "mention de confidentialité ('utilisation non autorisée', 'poursuites'); question sur les rouleaux",
    "Valérie Simon <valerie.simon@simon-notaires.test>", "Rouleaux de papier",
    T("""
    Bonjour,

    Quelle taille de rouleaux de papier faut-il pour l'imprimante de tickets ?

    Valérie Simon
    Office notarial Simon & Associés

    Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à
    leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite
    et pourra faire l'objet de poursuites.
    """), mailer="outlook", charset="iso-8859-1", fmt="qp")

add("fr", "-", "negation", "'je ne compte pas résilier', veut juste changer de formule",
    "Marc Olivier <marc.olivier@olivier-fleurs.test>", "Changement de formule",
    T("""
    Bonjour,

    Je ne compte pas résilier, rassurez-vous ! Je voudrais seulement passer à la
    formule annuelle à partir du mois prochain. Comment faire ?

    Marc
    """), mailer="webmail")

add("fr", "-", "negation", "'aucune donnée n'a été perdue' - question sur l'import",
    "Chloé Bernard <chloe.bernard@bernard-bijoux.test>", "Import des produits",
    T("""
    Bonjour,

    Aucune donnée n'a été perdue, je vous rassure, mais je voudrais réimporter mes
    produits avec les nouvelles photos. L'import écrase-t-il les fiches existantes ?

    Chloé
    """), mailer="gmail", fmt="alt")

add("fr", "-", "policy_question", "question générale sur les conditions de résiliation",
    "Denis Robert <denis.robert@robert-garage.test>", "Conditions",
    T("""
    Bonjour, quelles sont vos conditions de résiliation pour un contrat professionnel
    ? Préavis, frais éventuels ? Merci. Denis Robert
    """), mailer="android")

add("fr", "-", "policy_question", "hypothétique: délai d'intervention prévu au contrat en cas de panne",
    "Sandrine Michel <sandrine.michel@michel-pharma.test>", "Délai d'intervention",
    T("""
    Bonjour,

    En cas de panne d'un terminal, quel est le délai d'intervention prévu dans votre
    contrat de maintenance ? Proposez-vous un appareil de prêt ?

    Sandrine Michel
    """), mailer="outlook", charset="iso-8859-1", fmt='b64')

add("fr", "-", "reported", "l'associé parle de porter plainte contre le fournisseur d'électricité, pas contre le vendeur",
    "Alain Fournier <alain.fournier@fournier-boucherie.test>", "Coupure de courant",
    T("""
    Bonjour,

    Mon associé parle de porter plainte après la coupure de courant de mardi - contre
    le fournisseur d'électricité, pas contre vous ! Votre terminal a très bien tenu
    sur batterie. Pouvez-vous me dire combien de temps dure la batterie en général ?

    Alain Fournier
    """), mailer="webmail")

add("fr", "-", "innocuous", "argot 'c'est une tuerie', 'on a cartonné' - commande de rouleaux",
    "Inès Haddad <ines@haddad-patisserie.test>", "Commande de rouleaux",
    T("""
    Coucou l'équipe !

    Votre nouvelle appli, c'est une tuerie. On a cartonné ce week-end et on n'a plus
    de rouleaux pour l'imprimante : comment en recommander vite ?

    Inès
    """), mailer="iphone", fmt="qp")

add("fr", "-", "innocuous", "'notre PDG souhaite un devis' - leur propre PDG",
    "Thierry Gaillard <t.gaillard@gaillard-distribution.test>", "Demande de devis",
    T("""
    Bonjour,

    Notre PDG souhaite un devis pour équiper nos quatre nouveaux points de vente (deux
    caisses chacun). Pourriez-vous nous l'envoyer cette semaine ?

    Thierry Gaillard
    Acheteur
    """), mailer="outlook")

add("fr", "-", "other", "remerciement pour Julie",
    "Anne-Marie Royer <am.royer@royer-mercerie.test>", "Merci",
    T("""
    Bonjour,

    Un grand merci à Julie qui m'a aidée ce matin avec beaucoup de patience. Tout
    fonctionne parfaitement.

    Anne-Marie Royer
    """), mailer="apple")

add("fr", "-", "other", "'c'est réglé' - problème de câble résolu par le client",
    "Patrick Henry <patrick.henry@henry-tabac.test>", "C'est réglé",
    T("""
    Bonjour, c'est réglé : le câble était mal branché. Désolé pour le dérangement.
    Patrick
    """), mailer="android")

# --------------------------------------------------------------------------
# Spanish, no trigger (traps)
# --------------------------------------------------------------------------

add("es", "-", "title", "'Jefa de Administración' pide añadir un usuario",
    "Silvia Ortiz <silvia.ortiz@ortiz-construcciones.test>", "Alta de usuario",
    T("""
    Hola:

    ¿Podrían dar de alta a un nuevo usuario, Pablo Reyes (pablo.reyes@ortiz-
    construcciones.test), con permisos de consulta?

    Saludos,
    Silvia Ortiz
    Jefa de Administración, Ortiz Construcciones
    """), mailer="outlook", charset="iso-8859-1", fmt="qp")

add("es", "-", "title", "firma 'Responsable de Atención al Cliente' (de su propia empresa); pregunta por la API",
    "Jorge Salas <jorge.salas@salas-seguros.test>", "Consulta API",
    T("""
    Buenos días:

    ¿La API permite consultar las ventas por tienda y por hora? Queremos cruzarlas
    con nuestro CRM.

    Un saludo,
    Jorge Salas
    Responsable de Atención al Cliente, Salas Seguros
    """), mailer="outlook", fmt="alt")

add("es", "-", "quoted", "texto propio 'ya está solucionado'; 'demanda' solo en la cita 'escribió:'",
    "Teresa Vega <teresa.vega@vega-modas.test>", "Re: Mi factura de abril",
    T("""
    Gracias, ya está solucionado. Me ha llegado la devolución.

    Teresa

    El vie, 3 may 2024 a las 10:12, Teresa Vega (<teresa.vega@vega-modas.test>) escribió:
    > Me han cobrado dos veces. Si no me lo devuelven esta semana, pongo una demanda.
    """), mailer="gmail", date="2024-05-09 12:30 +0200")

add("es", "-", "quoted", "'supervisor' y 'reclamación' solo en el bloque Outlook citado; texto propio: confirma la cita",
    "Alberto Núñez <alberto.nunez@nunez-opticos.test>", "RE: Visita técnica",
    T("""
    Perfecto, les esperamos el martes a las 9.

    Alberto

    De: Example Support <support@example.test>
    Enviado el: lunes, 10 de junio de 2024 17:05
    Para: Alberto Núñez <alberto.nunez@nunez-opticos.test>
    Asunto: RE: Visita técnica

    Estimado Alberto: su reclamación ha sido revisada por un supervisor y hemos
    programado la visita técnica para el martes a las 9:00.
    """), date='2024-06-10 18:00 +0200', mailer="outlook", charset="windows-1252", fmt="qp")

add("es", "-", "quoted", "reenvío de la queja de una empleada solo para información; el texto propio no pide nada",
    "Cristina Pardo <cristina.pardo@pardo-hogar.test>", "RV: Caja",
    T("""
    Hola:

    Les reenvío lo que me escribió mi encargada, solo para que lo tengan en el
    historial. Ya está todo arreglado.

    Cristina

    ---------- Mensaje reenviado ---------
    De: Marisa Gil <marisa@pardo-hogar.test>
    Fecha: sáb, 15 jun 2024 a las 12:40
    Asunto: Caja
    Para: Cristina Pardo <cristina.pardo@pardo-hogar.test>

    Cristina, la caja no funciona desde esta mañana, no entra nadie. Es una
    vergüenza, habría que darse de baja.
    """), mailer="gmail", date="2024-06-17 09:05 +0200")

add("es", "-", "signature", "aviso legal LOPD con 'AEPD' y 'acciones legales' en la firma; pregunta por el horario",
    "Manuel Soto <manuel.soto@soto-asesoria.test>", "Horario de soporte",
    T("""
    Hola, ¿cuál es el horario del soporte telefónico en agosto?

    Manuel Soto
    Soto Asesoría

    AVISO LEGAL: Este mensaje es confidencial. Si lo ha recibido por error, notifíquelo
    al remitente y elimínelo; su uso no autorizado podrá dar lugar a acciones legales.
    Conforme al RGPD, puede ejercer sus derechos en dpo@soto-asesoria.test o presentar
    una reclamación ante la Agencia Española de Protección de Datos (AEPD).
    """), date='2024-07-22 09:00', mailer="outlook", charset="iso-8859-1", fmt="qp")

add("es", "-", "negation", "'no quiero darme de baja', solo cambiar de plan",
    "Paula Herrero <paula.herrero@herrero-floristeria.test>", "Cambio de plan",
    T("""
    Hola:

    No quiero darme de baja, ¡estoy muy contenta! Solo quiero cambiar al plan
    básico durante el verano. ¿Se puede?

    Paula
    """), fmt='b64', mailer="iphone")

add("es", "-", "negation", "'no hace falta que lo paséis a un supervisor' - pregunta sencilla",
    "Diego Calvo <diego.calvo@calvo-bar.test>", "Pregunta sobre propinas",
    T("""
    Hola, no hace falta que lo paséis a un supervisor ni nada, es una pregunta
    sencilla: ¿las propinas salen en el informe diario o en uno aparte?

    Diego
    """), mailer="android")

add("es", "-", "policy_question", "hipotético: '¿qué pasa si quiero darme de baja antes de tiempo?'",
    "Carolina Méndez <carolina.mendez@mendez-estudio.test>", "Permanencia",
    T("""
    Hola:

    Antes de firmar: ¿qué pasa si quiero darme de baja antes de que acabe el año?
    ¿Hay penalización?

    Carolina
    """), mailer="gmail", fmt="alt")

add("es", "-", "policy_question", "pregunta por la política de devoluciones del datáfono",
    "Emilio Reyes <emilio.reyes@reyes-ferreteria.test>", "Devoluciones",
    T("""
    Buenas, ¿tienen política de devoluciones para el datáfono si no nos convence en
    el primer mes? Gracias.
    """), mailer="webmail")

add("es", "-", "policy_question", "'¿tenemos que tener hoja de reclamaciones?' - pregunta normativa, sin queja",
    "Yolanda Cruz <yolanda.cruz@cruz-perfumeria.test>", "Hoja de reclamaciones",
    T("""
    Hola:

    Una duda: ¿el TPV puede imprimir el cartel de "hoja de reclamaciones a
    disposición del cliente" o eso lo tenemos que pedir a Consumo aparte?

    Yolanda
    """), mailer="outlook")

add("es", "-", "reported", "un cliente bromeó con denunciarlos por un ticket; pregunta cómo cambiar el texto",
    "Luis Aguilar <luis.aguilar@aguilar-churreria.test>", "Texto del ticket",
    T("""
    Hola:

    Un cliente nos dijo en broma que nos iba a denunciar porque el ticket pone
    "churros ilimitados". ¿Cómo cambio ese texto del pie del ticket?

    Luis
    """), mailer="android")

add("es", "-", "innocuous", "'es una pasada', el director general quiere presupuesto (su propio director)",
    "Noelia Prieto <noelia.prieto@prieto-gimnasios.test>", "Presupuesto",
    T("""
    ¡Hola!

    La nueva función de reservas es una pasada. Nuestro director general quiere un
    presupuesto para los otros tres gimnasios. ¿Me lo podéis enviar?

    Noelia
    """), mailer="gmail", fmt="qp")

add("es", "-", "other", "agradecimiento a Lucía",
    "Francisco Gallego <f.gallego@gallego-panaderia.test>", "Gracias",
    T("""
    Muchas gracias a Lucía por su ayuda de esta mañana. Todo funciona perfectamente.

    Francisco Gallego
    """), mailer="outlook", charset="iso-8859-1", fmt="plain")

add("es", "-", "other", "pide 'poner una reclamación' por un retraso sin promesa previa: queja sin ningún disparador",
    "Amparo Lozano <amparo.lozano@lozano-kiosco.test>", "Rollos de papel",
    T("""
    Hola:

    Quiero poner una reclamación: pedí rollos de papel para la impresora hace diez
    días y todavía no han llegado. ¿Pueden mirar qué pasa con el pedido R-5521?

    Amparo Lozano
    """), mailer="webmail")

# ==========================================================================
# AUTOMATED MAIL (never any trigger)
# ==========================================================================

def ours(to, subj, date, body, n, cs="utf-8"):
    """One of our own outgoing replies, as returned inside a bounce."""
    return simple_msg("Example Support <support@example.test>", to, subj, date,
                      "<reply.%d.%s@%s>" % (n, hashlib.md5(subj.encode()).hexdigest()[:8], DESK), body,
                      extra=[("X-Mailer", "escalated/1.4")], charset=cs)


def status(reporting, rcpt, st, diag, action="failed", remote=None, arrival=None, orig_rcpt=True):
    s = "Reporting-MTA: dns; %s\n" % reporting
    if arrival:
        s += "Arrival-Date: %s\n" % arrival
    s += "\nFinal-Recipient: rfc822; %s\n" % rcpt
    if orig_rcpt:
        s += "Original-Recipient: rfc822;%s\n" % rcpt
    s += "Action: %s\nStatus: %s\n" % (action, st)
    if remote:
        s += "Remote-MTA: dns; %s\n" % remote
    s += "Diagnostic-Code: smtp; %s\n" % diag
    return s


AS_REPLIED = [("Auto-Submitted", "auto-replied")]

# --- auto-replies -----------------------------------------------------------

add("en", "-", "-", "RFC 3834 vacation reply; subject echoes a double-charge complaint, body mentions legal matters",
    "Fiona Marsh <fiona.marsh@marshandco.test>", "Automatic reply: Re: INV-20931 - seat count",
    T("""
    Thank you for your email. I am out of the office until Monday 11 March with
    limited access to email.

    For anything urgent, including legal or contract matters, please contact
    Graham Hill on 0161 555 0190 or accounts@marshandco.test.

    Fiona Marsh
    """), auto="auto_reply", headers=AS_REPLIED + [("X-Auto-Response-Suppress", "All")],
    mailer="outlook", date="2024-03-06 08:00 +0000")

add("en", "-", "-", "Exchange out-of-office (Auto-Submitted: auto-generated); subject is an outage incident report",
    "Ingrid Dahl <ingrid.dahl@dahlarchitects.test>", "Automatic reply: Incident report - login outage 14 May",
    T("""
    I'm on annual leave until 28 May. If your message is about an IT outage or a
    security incident at Dahl Architects, please call the service desk on
    +47 555 01 234.
    """), date='2024-05-16 09:00 +0200', auto="auto_reply", headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                                      ("X-MS-Exchange-Inbox-Rules-Loop", "ingrid.dahl@dahlarchitects.test")],
    mailer="outlook", fmt="alt")

add("en", "-", "-", "X-Autoreply: yes; 'Out of Office' about a refund thread",
    "Alan Moyo <alan.moyo@btinternet.test>", "Out of Office: Re: June payment",
    T("""
    I'm away until the 24th and not checking email. Your message has not been
    forwarded. Alan
    """), date='2024-06-10 08:00 +0100', auto="auto_reply", headers=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")], mailer="webmail")

add("en", "-", "-", "a customer's helpdesk acknowledges our reply (Zendesk-style, Auto-Submitted); subject carries 'escalation'",
    "Vos Retail Support <support@vosretailgroup.test>", "[Vos Retail] Re: Your escalation regarding routing rules",
    T("""
    ##- Please type your reply above this line -##

    Your request (#44118) has been received and is being reviewed by our support
    staff.

    To add additional comments, reply to this email.

    This email is a service from Vos Retail Support.
    """), auto="auto_reply", headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
                                      ("Reply-To", "Vos Retail Support <support+id44118@vosretailgroup.test>")],
    mailer="plain", fmt="alt")

add("en", "-", "other", "no auto headers and a plain 'Re:' subject: only the vacation text shows it is automatic",
    "Imogen Tate <imogen.tate@tatesalon.test>", "Re: Charging dock",
    T("""
    Thanks for your email! The salon is closed for refurbishment until Tuesday
    2 April and I'm not checking emails. If it's about a booking, please use the
    online booking page and we'll see you soon.

    Imogen x
    """), auto="auto_reply", mailer="iphone", date="2024-03-27 09:12 +0000")

add("en", "-", "-", "cPanel/Roundcube vacation plugin: 'Auto:' subject, X-Autorespond and Precedence: auto_reply; subject mentions a lawyer",
    "Margaret Ellison <m.ellison@ellisonflorist.test>", "Auto: Re: Damage at 14 Orchard Row - your solicitor's letter",
    T("""
    The shop is closed for the bank holiday weekend. We'll reply to all emails on
    Tuesday. Margaret
    """), auto="auto_reply", headers=[("X-Autorespond", "Re: Damage at 14 Orchard Row"),
                                      ("Precedence", "auto_reply"), ("Auto-Submitted", "auto-replied (vacation)")],
    mailer="webmail")

add("en", "-", "-", "Freshdesk-style 'we've received your email' from a customer's own ticketing system; subject says data loss",
    "Kerr Builders Office <office@kerrbuilders.test>", "Ticket Received - Re: Lost October jobs",
    T("""
    Dear Example Support,

    We would like to acknowledge that we have received your request and a ticket has
    been created. A member of our office team will get back to you shortly.

    Ticket #2931 - Re: Lost October jobs

    Kerr Builders Office
    """), date='2024-10-08 09:00 +0100', auto="auto_reply", headers=[("Auto-Submitted", "auto-generated"), ("X-FD-Email", "true")],
    mailer="plain", fmt="alt")

add("de", "-", "-", "Abwesenheitsnotiz mit Auto-Submitted; Betreff nennt die doppelte Abbuchung, Text nennt rechtliche Angelegenheiten",
    "Sabine Krüger <s.krueger@krueger-optik.test>", "Abwesenheitsnotiz: AW: Doppelte Abbuchung Mai",
    T("""
    Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 24. Mai nicht im Haus.
    Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen, auch in rechtlichen
    Angelegenheiten, wenden Sie sich bitte an Herrn Weber (0521 555 0130).

    Mit freundlichen Grüßen
    Sabine Krüger
    """), date='2024-05-16 07:30 +0200', auto="auto_reply", headers=AS_REPLIED, mailer="outlook", charset="iso-8859-1", fmt="qp",
    subj_enc=("ISO-8859-1", "Q"))

add("de", "-", "-", "Exchange 'Automatische Antwort'; Betreff zitiert 'Kündigung'",
    "Bäckerei Lehmann <info@baeckerei-lehmann.test>", "Automatische Antwort: Ihre Kündigung - Bestätigung",
    T("""
    Guten Tag,

    wir sind vom 19.08. bis 02.09. im Betriebsurlaub. Ihre Nachricht wird danach
    bearbeitet.

    Bäckerei Lehmann
    """), date='2024-08-20 07:00 +0200', auto="auto_reply", headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    mailer="outlook", charset="windows-1252", fmt="qp")

add("de", "-", "other", "ohne Auto-Header: nur Betreff 'Abwesend' und Urlaubstext",
    "Tobias Krause <tobi.krause@posteo.test>", "Abwesend bis 2. September",
    T("""
    Hallo,

    ich bin bis zum 2. September im Urlaub und lese keine Mails. Bei Problemen mit
    der Kasse bitte an Jana wenden: jana@krause-cafe.test.

    Tobi
    """), date='2024-08-19 12:00 +0200', auto="auto_reply", mailer="webmail")

add("de", "-", "-", "OTRS-Eingangsbestätigung des Kunden-Helpdesks; Text spricht von Eskalation und Störungen",
    "Hahn Elektro IT <it@hahn-elektro.test>", "[Ticket#2024062410000142] Eingangsbestätigung: SEPA-Export fehlerhaft",
    T("""
    Sehr geehrte Damen und Herren,

    Ihre Nachricht ist bei uns eingegangen und wurde unter der Ticketnummer
    2024062410000142 erfasst. Bei Störungen mit hoher Priorität erfolgt eine
    Eskalation an die Bereitschaft.

    Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.

    Ihr IT-Service
    Hahn Elektro GmbH
    """), auto="auto_reply", headers=[("Auto-Submitted", "auto-generated"), ("X-OTRS-Loop", "yes"),
                                      ("Precedence", "bulk")], mailer="plain")

add("fr", "-", "-", "Exchange 'Réponse automatique'; objet reprend la réclamation",
    "Isabelle Moreau <isabelle.moreau@orange.test>", "Réponse automatique : RE: Mise en demeure - prélèvement du 5 mars",
    T("""
    Bonjour,

    Je suis absente jusqu'au 2 avril inclus, sans accès à ma messagerie. Je vous
    répondrai dès mon retour.

    Isabelle Moreau
    """), date='2024-03-19 09:01 +0100', auto="auto_reply", headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    mailer="outlook", charset="iso-8859-1", fmt="qp")

add("fr", "-", "-", "X-Autoreply; message d'absence qui parle d'urgences juridiques et de presse",
    "Mathieu Girard <mathieu.girard@echodescommercants.test>", "Absence du bureau",
    T("""
    Bonjour,

    Je suis en congés jusqu'au 19 août. Pour toute demande de presse ou urgence
    juridique, merci d'écrire à redaction@echodescommercants.test.

    Mathieu Girard
    """), date='2024-08-05 10:00 +0200', auto="auto_reply", headers=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
    mailer="webmail")

add("fr", "-", "other", "sans en-tête automatique : seulement l'objet 'Absente' et le texte d'absence",
    "Céline Bertrand <celine@boulangerie-bertrand.test>", "Absente jusqu'au 26 août",
    T("""
    Bonjour,

    La boulangerie est fermée pour congés annuels jusqu'au 26 août. Je lirai vos
    messages à mon retour.

    Céline
    """), date='2024-08-12 08:00 +0200', auto="auto_reply", mailer="iphone")

add("es", "-", "-", "Exchange 'Respuesta automática'; el asunto repite la reclamación",
    "Andrés Castillo <andres.castillo@castillo-ferreteria.test>", "Respuesta automática: RE: Incidencia 55-2301 - reclamación",
    T("""
    Estaré fuera de la oficina hasta el 2 de septiembre. Para asuntos urgentes,
    contacte con administracion@castillo-ferreteria.test.
    """), date='2024-08-26 10:01 +0200', auto="auto_reply", headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    mailer="outlook", charset="windows-1252", fmt="qp")

add("es", "-", "-", "Auto-Submitted; 'fuera de la oficina', menciona asuntos legales y supervisor",
    "Ramón Iglesias <ramon@iglesias-asesores.test>", "Fuera de la oficina",
    T("""
    Gracias por su mensaje. Estoy fuera de la oficina hasta el lunes. Para asuntos
    legales o urgentes, contacte con mi supervisora, la Sra. Pons, en el 963 555 014.
    """), auto="auto_reply", headers=AS_REPLIED, mailer="outlook", fmt="alt")

add("es", "-", "other", "sin cabeceras automáticas y con asunto 'Re:' normal: solo el texto de vacaciones lo delata",
    "Marta Vidal <marta@vidal-moda.test>", "Re: Tercera vez",
    T("""
    ¡Hola! Estoy de vacaciones hasta el 1 de septiembre y no miro el correo. Para
    pedidos de la tienda online escribid a pedidos@vidal-moda.test. ¡Gracias!
    """), auto="auto_reply", mailer="iphone", date="2024-08-12 10:00 +0200")

# --- bounces ----------------------------------------------------------------

_o1 = ours("Margaret Ellison <m.ellison@ellisonflorist.test>", "Re: Damage at 14 Orchard Row",
           "Tue, 11 Jun 2024 10:20:04 +0100",
           T("""
           Dear Mrs Ellison,

           Thank you for letting us know that your solicitor is now handling this.
           We have escalated the case to our claims team.

           > My solicitor now has the file and will be writing to your company directly.

           Kind regards,
           Example Support
           """), 1)
add("en", "-", "quoted", "Postfix DSN, user unknown; the returned reply quotes 'solicitor' and 'escalated'",
    "Mail Delivery System <MAILER-DAEMON@mx1.example.test>", "Undelivered Mail Returned to Sender", "",
    auto="bounce", mailer="plain", return_path="", date="2024-06-11 10:20 +0100",
    headers=[("Auto-Submitted", "auto-replied")],
    raw_body=dsn("b1", T("""
    This is the mail system at host mx1.example.test.

    I'm sorry to have to inform you that your message could not
    be delivered to one or more recipients. It's attached below.

    For further assistance, please send mail to postmaster.

    If you do so, please include this problem report. You can
    delete your own text from the attached returned message.

                       The mail system

    <m.ellison@ellisonflorist.test>: host mail.ellisonflorist.test[203.0.113.40]
        said: 550 5.1.1 <m.ellison@ellisonflorist.test>: Recipient address
        rejected: User unknown in virtual mailbox table (in reply to RCPT TO
        command)
    """), status("mx1.example.test", "m.ellison@ellisonflorist.test", "5.1.1",
                 "550 5.1.1 <m.ellison@ellisonflorist.test>: Recipient address rejected: User unknown in virtual mailbox table",
                 remote="mail.ellisonflorist.test", arrival="Tue, 11 Jun 2024 10:20:04 +0100"), _o1))

add("en", "-", "quoted", "Exim plain-text bounce with inline copy of our reply about an outage and a refund",
    "Mail Delivery System <Mailer-Daemon@mail.donnellysbar.test>", "Mail delivery failed: returning message to sender",
    T("""
    This message was created automatically by mail delivery software.

    A message that you sent could not be delivered to one or more of its
    recipients. This is a permanent error. The following address(es) failed:

      ray@donnellysbar.test
        mailbox is full: retry timeout exceeded

    ------ This is a copy of the message, including all the headers. ------

    From: Example Support <support@example.test>
    To: ray@donnellysbar.test
    Subject: Re: DOWN AGAIN
    Date: Sat, 20 Jul 2024 15:02:11 +0100
    Message-ID: <reply.2.77ab01@escalated.example.test>

    Dear Ray,

    We are sorry about today's outage. All tills were unable to log in between
    11:00 and 12:40 because of a fault on our side. We will credit a full
    month's subscription as a refund.

    > YOUR SYSTEM HAS BEEN DOWN SINCE 11 O'CLOCK. ABSOLUTELY PATHETIC.
    """), date="2024-07-20 15:03 +0100", auto="bounce", mailer="plain", return_path="",
    headers=[("X-Failed-Recipients", "ray@donnellysbar.test"), ("Auto-Submitted", "auto-replied")])

add("en", "-", "-", "Sendmail DSN with text/rfc822-headers only; the original subject names a chargeback",
    "Mail Delivery Subsystem <MAILER-DAEMON@relay.phillipsmarket.test>", "Returned mail: see transcript for details", "",
    date='2024-04-08 09:13 -0400', auto="bounce", mailer="plain", return_path="",
    raw_body=dsn("b3", T("""
    The original message was received at Mon, 8 Apr 2024 09:12:40 -0400
    from mx1.example.test [192.0.2.25]

       ----- The following addresses had permanent fatal errors -----
    <phil@phillipsmarket.test>
        (reason: 550 5.7.1 Mailbox unavailable)

       ----- Transcript of session follows -----
    ... while talking to mail.phillipsmarket.test.:
    >>> DATA
    <<< 550 5.7.1 Mailbox unavailable
    554 5.0.0 Service unavailable
    """), status("relay.phillipsmarket.test", "phil@phillipsmarket.test", "5.7.1",
                 "550 5.7.1 Mailbox unavailable", remote="mail.phillipsmarket.test",
                 arrival="Mon, 8 Apr 2024 09:12:40 -0400"),
        ours("phil@phillipsmarket.test", "Re: Chargeback threat - wrong plan charged", "Mon, 8 Apr 2024 14:12:31 +0100",
             "Dear Phil,\n\nBefore you ask your bank for a chargeback, please let us refund the difference.\n", 3),
        headers_only=True))

add("en", "-", "quoted", "Office 365 NDR (text + HTML) for our data-loss incident report; original attached",
    "Microsoft Outlook <postmaster@colinrees.onmicrosoft.test>", "Undeliverable: Data loss incident report - attachments from 2023", "",
    date='2024-04-10 15:40 +0000', auto="bounce", mailer="plain", return_path="",
    raw_body=dsn("b4", T("""
    Your message to colin@reesroofing.test couldn't be delivered.

    colin wasn't found at reesroofing.test.

    Action Required                                        Recipient
    Unknown To address

    How to Fix It
    The address may be misspelled or may not exist. Try one or more of the following:
    Retype the recipient's address, then resend the message.

    Diagnostic information for administrators:

    Generating server: AM6PR10MB2231.eurprd10.prod.outlook.test

    colin@reesroofing.test
    Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
    """), status("AM6PR10MB2231.eurprd10.prod.outlook.test", "colin@reesroofing.test", "5.1.10",
                 "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"),
        ours("Colin Rees <colin@reesroofing.test>", "Data loss incident report - attachments from 2023",
             "Wed, 10 Apr 2024 16:40:00 +0100",
             T("""
             Dear Colin,

             Please find below our incident report on the data loss affecting job
             attachments after a restore. Our engineers have confirmed the bug and
             are restoring the files. The case has been escalated to our CTO.
             """), 4),
        human_html="<html><body><p><b>Your message to colin@reesroofing.test couldn't be delivered.</b></p>"
                   "<p>colin wasn't found at reesroofing.test.</p></body></html>\n"))

add("en", "-", "quoted", "Gmail-style 'Address not found' DSN; returned reply mentions a security incident and unauthorised access",
    "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)", "",
    date="2024-07-18 09:06 +0100", auto="bounce", mailer="plain", return_path="",
    raw_body=dsn("b5", T("""
    ** Address not found **

    Your message wasn't delivered to stavros.pappas1@gmail.com because the address
    couldn't be found, or is unable to receive mail.

    Learn more here: https://support.google.com/mail/?p=NoSuchUser

    The response was:

    550 5.1.1 The email account that you tried to reach does not exist.
    """), status("googlemail.com", "stavros.pappas1@gmail.com", "5.1.1",
                 "550-5.1.1 The email account that you tried to reach does not exist.",
                 remote="gmail-smtp-in.l.google.com"),
        ours("stavros.pappas1@gmail.com", "Re: acount hacked", "Thu, 18 Jul 2024 09:05:00 +0100",
             T("""
             Hello Stavros,

             We have locked your account after the unauthorised access and the
             phishing emails sent to your customers. Our security team is
             investigating the incident.
             """), 5)))

add("en", "-", "-", "qmail 'failure notice' plain text; original mentions a CEO and a journalist",
    "MAILER-DAEMON@mail.highstreetledger.test", "failure notice",
    T("""
    Hi. This is the qmail-send program at mail.highstreetledger.test.
    I'm afraid I wasn't able to deliver your message to the following addresses.
    This is a permanent error; I've given up. Sorry it didn't work out.

    <o.grant@highstreetledger.test>:
    Sorry, no mailbox here by that name. (#5.1.1)

    --- Below this line is a copy of the message.

    Return-Path: <support@example.test>
    From: Example Press Office <support@example.test>
    To: o.grant@highstreetledger.test
    Subject: Re: Request for comment - pricing changes
    Message-ID: <reply.6.c0ffee@escalated.example.test>

    Dear Mr Grant, our CEO will not be commenting on the pricing changes, but we
    can offer a written statement.
    """), date='2024-05-15 11:00 +0000', auto="bounce", mailer="plain", return_path="")

add("en", "-", "-", "Courier DSN 'NOTICE: mail delivery status.' with headers only",
    "postmaster@mx.okonjoprint.test", "NOTICE: mail delivery status.", "",
    date='2024-06-11 12:00 +0100', auto="bounce", mailer="plain", return_path="",
    raw_body=dsn("b7", T("""
    This is a delivery status notification from mx.okonjoprint.test,
    running the Courier mail server, version 1.1.8.

    ---------------------------------------------------------------------------

                               UNDELIVERABLE MAIL

    Your message to the following recipients cannot be delivered:

    <ruth@okonjoprint.test>:
        mx.okonjoprint.test [198.51.100.77]:
    >>> RCPT TO:<ruth@okonjoprint.test>
    <<< 550 5.2.1 Mailbox disabled
    """), status("mx.okonjoprint.test", "ruth@okonjoprint.test", "5.2.1", "550 5.2.1 Mailbox disabled"),
        ours("Ruth Okonjo <ruth@okonjoprint.test>", "Re: Removed user still has access - breach investigation",
             "Tue, 11 Jun 2024 11:00:00 +0100", "Dear Ruth,\n\nOur breach investigation is complete.\n", 7),
        headers_only=True))

add("en", "-", "quoted", "Amazon SES-style DSN; returned message is our reply about a promised callback and an angry complaint",
    "MAILER-DAEMON@email-bounces.amazonses.test", "Delivery Status Notification (Failure)", "",
    date="2024-05-03 12:01 +0100", auto="bounce", mailer="plain", return_path="",
    raw_body=dsn("b8", T("""
    The following message to <glenn.harper@harperautos.test> was undeliverable.
    The reason for the problem:
    5.1.0 - Unknown address error 550-'5.1.1 <glenn.harper@harperautos.test>... User unknown'
    """), status("a192-79.smtp-out.amazonses.test", "glenn.harper@harperautos.test", "5.0.0 (permanent failure)",
                 "5.1.0 - Unknown address error 550-'5.1.1 User unknown' (delivery attempts: 0)", orig_rcpt=False),
        ours("glenn.harper@harperautos.test", "Re: supervisor", "Fri, 3 May 2024 12:00:00 +0100",
             T("""
             Dear Glenn,

             I'm the support supervisor. I'm sorry you felt our service was
             incompetent; I will call you back today as promised.

             > I want a supervisor. Today.
             """), 8)))

add("en", "-", "-", "Lotus Domino plain-text 'DELIVERY FAILURE'; original subject is a discrimination complaint",
    "Postmaster@hussainpharmacy.test", "DELIVERY FAILURE: User tariq (tariq@hussainpharmacy.test) not listed in Domino Directory",
    T("""
    Your message

      Subject: Re: Your installer on 12 March - discrimination complaint

    was not delivered to:

      tariq@hussainpharmacy.test

    because:

      User tariq (tariq@hussainpharmacy.test) not listed in Domino Directory
    """), date='2024-03-20 10:00 +0000', auto="bounce", mailer="plain", return_path="", charset="us-ascii")

add("de", "-", "quoted", "deutscher Bounce (GMX-Stil): Mailbox voll; Kopie unserer Antwort zu Kündigung und Anwalt",
    "Mail Delivery System <mailer-daemon@gmx.test>", "Mail delivery failed: returning message to sender",
    T("""
    Diese Nachricht wurde automatisch vom Mailsystem erzeugt.
    This message was created automatically by mail delivery software.

    Ihre Nachricht konnte nicht an alle Empfänger zugestellt werden.
    A message that you sent could not be delivered to one or more of its
    recipients.

      dieter.k@gmx.test
        Postfach voll / mailbox full (552 5.2.2)

    --- Kopie der Nachricht / copy of the message ---

    From: Example Support <support@example.test>
    To: dieter.k@gmx.test
    Subject: Re: Tagesabschluss
    Message-ID: <reply.9.de01@escalated.example.test>

    Sehr geehrter Herr Kowalczyk,

    es tut uns leid, dass Sie unsere Antwort als Frechheit empfunden haben. Ihre
    Kündigung haben wir nicht erhalten; falls Ihr Anwalt uns schreiben möchte, ...
    """), date="2024-09-18 16:00 +0200", auto="bounce", mailer="plain", return_path="", charset="iso-8859-1", fmt="qp",
    headers=[("X-Failed-Recipients", "dieter.k@gmx.test"), ("Auto-Submitted", "auto-replied")])

add("fr", "-", "-", "NDR Exchange en français ('Non remis :'); objet sur une plainte CNIL",
    "Microsoft Outlook <postmaster@laposte.test>", "Non remis : Re: Transmission de mes données - plainte CNIL", "",
    date='2024-06-06 10:01 +0200', auto="bounce", mailer="plain", return_path="",
    raw_body=dsn("b11", T("""
    Impossible de remettre votre message à sophie.lambert@laposte.test.

    sophie.lambert est introuvable sur laposte.test.

    Informations de diagnostic pour les administrateurs :

    Serveur de génération : PR1P264MB0123.FRAP264.PROD.OUTLOOK.TEST

    sophie.lambert@laposte.test
    Le serveur distant a renvoyé '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
    """), status("PR1P264MB0123.FRAP264.PROD.OUTLOOK.TEST", "sophie.lambert@laposte.test", "5.1.1",
                 "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"),
        ours("sophie.lambert@laposte.test", "Re: Transmission de mes données - plainte CNIL",
             "Thu, 6 Jun 2024 10:00:00 +0200", "Madame,\n\nNous avons bien noté votre plainte auprès de la CNIL.\n", 11),
        human_cs="utf-8", human_cte="quoted-printable", headers_only=True))

add("es", "-", "quoted", "NDR de Exchange en español ('No se puede entregar:'); original con 'demanda' y 'abogado'",
    "Microsoft Outlook <postmaster@hotmail.test>", "No se puede entregar: Re: datafono", "",
    date='2024-07-15 09:31 +0200', auto="bounce", mailer="plain", return_path="",
    raw_body=dsn("b12", T("""
    No se pudo entregar el mensaje a pepe.navarro88@hotmail.test.

    No se encontró pepe.navarro88 en hotmail.test.

    Información de diagnóstico para administradores:

    Servidor de generación: DB8EUR05FT012.eop-eur05.prod.protection.outlook.test

    pepe.navarro88@hotmail.test
    El servidor remoto devolvió '550 5.5.0 Requested action not taken: mailbox unavailable'
    """), status("DB8EUR05FT012.eop-eur05.prod.protection.outlook.test", "pepe.navarro88@hotmail.test",
                 "5.5.0", "550 5.5.0 Requested action not taken: mailbox unavailable"),
        ours("pepe.navarro88@hotmail.test", "Re: datafono", "Mon, 15 Jul 2024 09:30:00 +0200",
             T("""
             Hola, Pepe:

             Sentimos mucho lo del datáfono. Antes de poner una demanda o hablar con
             un abogado, permítanos cambiarle el terminal sin coste.
             """), 12),
        human_cs="utf-8", human_cte="quoted-printable"))

add("en", "-", "-", "Postfix delay warning (Action: delayed), headers only; original subject is an outage",
    "Mail Delivery System <MAILER-DAEMON@mx1.example.test>", "Delayed Mail (still being retried)", "",
    date='2024-04-16 14:05 +0100', auto="bounce", mailer="plain", return_path="",
    raw_body=dsn("b13", T("""
    This is the mail system at host mx1.example.test.

    ####################################################################
    # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
    ####################################################################

    Your message could not be delivered for more than 4 hour(s).
    It will be retried until it is 5 day(s) old.

                       The mail system

    <pete@lamsnoodlebars.test>: connect to mail.lamsnoodlebars.test[198.51.100.9]:25:
        Connection timed out
    """), status("mx1.example.test", "pete@lamsnoodlebars.test", "4.4.1",
                 "connect to mail.lamsnoodlebars.test[198.51.100.9]:25: Connection timed out",
                 action="delayed"),
        ours("pete@lamsnoodlebars.test", "Re: Card payments in all stores - outage update",
             "Tue, 16 Apr 2024 10:00:00 +0100", "Pete,\n\nThe payment outage is resolved.\n", 13),
        headers_only=True))


def arf_body():
    human = part_bytes(*text_leaf(T("""
    This is an email abuse report for an email message received from IP
    192.0.2.25 on Thu, 22 Aug 2024 08:14:02 +0000.
    """), "plain", "us-ascii"))
    fb = part_bytes([("Content-Type", "message/feedback-report")], T("""
    Feedback-Type: abuse
    User-Agent: ExampleFBL/1.0
    Version: 1
    Original-Mail-From: <support@example.test>
    Arrival-Date: Thu, 22 Aug 2024 08:14:02 +0000
    Source-IP: 192.0.2.25
    Reported-Domain: example.test
    """).encode())
    orig = part_bytes([("Content-Type", "message/rfc822")], ours(
        "someone@bigmail.test", "Important: planned outage and data migration this Sunday",
        "Thu, 22 Aug 2024 08:13:00 +0000",
        "Dear customer,\n\nOur platform will be down for maintenance on Sunday.\n", 14))
    ct, body = multipart("report", [human, fb, orig], "arf", 6, params=" report-type=feedback-report;")
    return ct, None, body


add("en", "-", "-", "ARF abuse report (report-type=feedback-report) about our own maintenance mail",
    "Bigmail Feedback Loop <fbl@bigmail.test>", "Abuse Report", "",
    date='2024-08-22 09:00 +0000', auto="bounce", mailer="plain", raw_body=arf_body())

# --- list / bulk mail ---------------------------------------------------------

LIST_HDRS = lambda lid, unsub: [("List-Id", lid), ("List-Unsubscribe", unsub),
                                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]

add("en", "-", "-", "SaaS newsletter (List-Unsubscribe, Precedence: bulk) about chargebacks, outages and lawsuits",
    "Till & Trade Weekly <newsletter@tillandtrade.test>", "This week: 5 ways to win a chargeback, and what to do when your POS goes down",
    T("""
    TILL & TRADE WEEKLY - issue 212

    1. Five ways to win a chargeback dispute
    When a customer disputes a charge, your evidence is everything...

    2. Your POS is down. Now what?
    Outages happen. Here's a checklist for keeping the doors open...

    3. Small claims court: when is it worth it?
    We asked three lawyers when a small business should sue a supplier...

    You are receiving this because you subscribed at tillandtrade.test.
    Unsubscribe: https://tillandtrade.test/u/8812
    """), auto="list", mailer="plain", fmt="alt",
    headers=LIST_HDRS("Till & Trade Weekly <weekly.tillandtrade.test>", "<https://tillandtrade.test/u/8812>, <mailto:unsub-8812@tillandtrade.test>"))

add("en", "-", "-", "Mailman list post (List-Id, Precedence: list) discussing a provider outage and data loss",
    "Sam Patel <sam@indiecoffee.test>", "[retail-it] Payments provider outage yesterday - anyone else lose data?",
    T("""
    Hi all,

    Did anyone else get hit by the card payment outage yesterday afternoon? Our
    readers were down for two hours and we seem to have lost the tips data for
    that window. Thinking about switching providers.

    Sam

    _______________________________________________
    retail-it mailing list
    retail-it@lists.indieretail.test
    https://lists.indieretail.test/mailman/listinfo/retail-it
    """), auto="list", mailer="thunderbird", to="retail-it@lists.indieretail.test",
    headers=[("List-Id", "Independent retail IT <retail-it.lists.indieretail.test>"),
             ("List-Post", "<mailto:retail-it@lists.indieretail.test>"),
             ("List-Unsubscribe", "<https://lists.indieretail.test/mailman/options/retail-it>"),
             ("Precedence", "list"), ("Sender", "retail-it-bounces@lists.indieretail.test")])

add("en", "-", "-", "Google Groups post the desk receives; user group thread about overheating chargers and a recall",
    "'Nadia K' via Example Users <example-users@googlegroups.test>", "Re: Charger getting hot - recall?",
    T("""
    Mine got hot too, but I think that's normal with fast charging? Has anyone heard
    anything official about a recall? I'd rather not complain to support if it's
    nothing.

    --
    You received this message because you are subscribed to the Google Groups
    "Example Users" group.
    To unsubscribe from this group and stop receiving emails from it, send an email
    to example-users+unsubscribe@googlegroups.test.
    """), auto="list", mailer="gmail", to="example-users@googlegroups.test",
    headers=[("List-Id", "<example-users.googlegroups.test>"), ("Mailing-list", "list example-users@googlegroups.test; contact example-users+owners@googlegroups.test"),
             ("Precedence", "list"), ("List-Unsubscribe", "<mailto:example-users+unsubscribe@googlegroups.test>")])

add("en", "-", "-", "third-party status page subscription (bulk): 'Major outage - card payments'",
    "Acquirer Status <noreply@status.acquirer.test>", "[Acquirer Status] Major outage - Card authorisations",
    T("""
    Major outage - Card authorisations

    Investigating - We are seeing elevated error rates for card authorisations in
    the UK and Ireland. Merchants may see declines or timeouts. We will provide an
    update within 30 minutes.

    Affected components: Authorisations (Major outage), Settlement (Degraded)

    You are receiving this because you subscribed to updates for Acquirer.
    Manage your subscription: https://status.acquirer.test/subscriptions/ab12
    """), auto="list", mailer="plain", fmt="alt",
    headers=LIST_HDRS("<acquirer.status.acquirer.test>", "<https://status.acquirer.test/subscriptions/ab12/unsubscribe>")
    + [("Auto-Submitted", "auto-generated")])

add("en", "-", "-", "community forum digest (Discourse-style) with a 'data loss after update' thread",
    "Example Community <noreply@community.example-forum.test>", "[Example Community] Summary",
    T("""
    Popular topics since your last visit

    * Data loss after the 4.2 update? (23 replies)
      "Half my product photos disappeared, anyone else?"
    * Feature request: dark mode for the iPad app (41 likes)
    * Is anyone else furious about the new fees? (17 replies)

    You're receiving this because you enabled activity summaries.
    Unsubscribe: https://community.example-forum.test/email/unsubscribe/9f1
    """), auto="list", mailer="plain", fmt="alt",
    headers=LIST_HDRS("<summary.community.example-forum.test>", "<https://community.example-forum.test/email/unsubscribe/9f1>")
    + [("Auto-Submitted", "auto-generated")])

add("de", "-", "-", "Verbandsrundschreiben (List-Id, Precedence: bulk) zu Abmahnung, Klage, DSGVO-Verstoß",
    "Handelsverband Mitte <rundschreiben@hv-mitte.test>", "Rundschreiben 14/2024: Abmahnwelle, DSGVO-Bußgelder, Kassennachschau",
    T("""
    Rundschreiben 14/2024

    1. Abmahnwelle wegen Cookie-Bannern: Was tun, wenn der Anwalt schreibt?
    2. DSGVO-Verstoß: Bußgeld gegen Einzelhändler - das Urteil im Überblick
    3. Klage gegen Kassenanbieter: Wann lohnt sich der Gang vor Gericht?
    4. Kassennachschau: Das prüft das Finanzamt

    Sie erhalten dieses Rundschreiben als Mitglied des Handelsverbands Mitte.
    Abmelden: https://hv-mitte.test/abmelden
    """), auto="list", mailer="plain", charset="iso-8859-1", fmt="qp",
    headers=LIST_HDRS("Rundschreiben HV Mitte <rundschreiben.hv-mitte.test>", "<https://hv-mitte.test/abmelden>"))

add("fr", "-", "-", "lettre d'information (Precedence: bulk) : résiliation, litiges, pannes",
    "Commerce Pratique <lettre@commerce-pratique.test>", "La lettre du commerçant : résilier un contrat, gérer un litige, survivre à une panne",
    T("""
    LA LETTRE DU COMMERÇANT - juin 2024

    • Résilier un contrat de location de TPE : les pièges à éviter
    • Litige avec un fournisseur : faut-il saisir le tribunal de commerce ?
    • Panne de caisse un samedi : notre plan d'urgence en 5 étapes
    • Témoignage : « J'ai alerté 60 Millions de consommateurs »

    Vous recevez cette lettre car vous êtes abonné(e). Se désabonner :
    https://commerce-pratique.test/desabonnement
    """), auto="list", mailer="plain", fmt="alt",
    headers=LIST_HDRS("<lettre.commerce-pratique.test>", "<https://commerce-pratique.test/desabonnement>"))

add("es", "-", "-", "boletín (List-Unsubscribe, Precedence: bulk) sobre demandas, OCU y caídas de TPV",
    "Boletín Comercio Hoy <boletin@comerciohoy.test>", "Comercio Hoy: cómo reclamar ante la OCU, demandas a proveedores y caídas del TPV",
    T("""
    COMERCIO HOY - Boletín semanal

    - Cómo presentar una reclamación ante la OCU paso a paso
    - ¿Demanda a tu proveedor de TPV? Lo que dice el abogado
    - Caída del sistema un sábado: qué hacer para seguir cobrando

    Recibes este correo porque te suscribiste en comerciohoy.test.
    Darse de baja: https://comerciohoy.test/baja
    """), auto="list", mailer="plain", fmt="alt", subj_enc=("UTF-8", "Q"),
    headers=LIST_HDRS("<boletin.comerciohoy.test>", "<https://comerciohoy.test/baja>"))

add("en", "-", "-", "Jira notification (Precedence: bulk, Auto-Submitted) about a crash bug",
    "Jira <jira@shopsync.atlassian.test>", "[JIRA] (SYNC-4412) Crash on startup after upgrading to 5.3",
    T("""
    Jonas Weber created SYNC-4412:
    ------------------------------

    Summary: Crash on startup after upgrading to 5.3
    Priority: Blocker

    The worker crashes with a NullPointerException on startup. Every merchant sync
    is down. Escalating to the on-call.

    --
    This message was sent by Atlassian Jira
    """), auto="list", mailer="plain",
    headers=[("Precedence", "bulk"), ("Auto-Submitted", "auto-generated"),
             ("List-Id", "<sync.shopsync.atlassian.test>")])

# --- read receipts --------------------------------------------------------------

def mdn_for(key, frm_addr, subj, when, human, disp="manual-action/MDN-sent-manually; displayed", ua="Microsoft Outlook 16.0"):
    return mdn(key, human, "Reporting-UA: %s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: <reply.%d@%s>\n"
                            "Disposition: %s\n" % (ua, frm_addr, hnum(key) % 100000, DESK, disp),
               original_headers=("From: Example Support <support@example.test>\nTo: %s\nSubject: %s\n"
                                 "Date: %s\n" % (frm_addr, subj, when)).encode())


add("en", "-", "-", "Outlook MDN 'Read:'; subject about a legal complaint",
    "Catherine Osei <catherine.osei@oseihomes.test>", "Read: Re: Termination fees - Osei Homes - legal", "",
    date='2024-05-20 10:14 +0100', auto="receipt", mailer="plain",
    raw_body=mdn_for("r1", "catherine.osei@oseihomes.test", "Re: Termination fees - Osei Homes - legal",
                     "Mon, 20 May 2024 09:00:00 +0100", T("""
    Your message

        To: catherine.osei@oseihomes.test
        Subject: Re: Termination fees - Osei Homes - legal
        Sent: 20 May 2024 09:00:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London

    was read on 20 May 2024 10:14:22 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
    """)))

add("en", "-", "-", "Thunderbird 'Return Receipt (displayed)'; subject about a security incident",
    "Gavin Moore <gavin@moorebrewing.test>", "Return Receipt (displayed) - Re: Unknown admin user on our account", "",
    date='2024-07-09 11:30 +0100', auto="receipt", mailer="plain",
    raw_body=mdn_for("r2", "gavin@moorebrewing.test", "Re: Unknown admin user on our account",
                     "Tue, 9 Jul 2024 11:00:00 +0100", T("""
    This is a Return Receipt for the mail that you sent to gavin@moorebrewing.test.

    Note: This Return Receipt only acknowledges that the message was displayed on
    the recipient's computer. There is no guarantee that the recipient has read or
    understood the message contents.
    """), ua="Thunderbird 115.10.1"))

add("de", "-", "-", "Lesebestätigung 'Gelesen:'; Betreff: Kündigung",
    "Eva Lorenz <eva.lorenz@lorenz-apotheke.test>", "Gelesen: AW: Anbieterwechsel - Ihre Kündigung", "",
    date='2024-06-12 09:41 +0200', auto="receipt", mailer="plain",
    raw_body=mdn_for("r3", "eva.lorenz@lorenz-apotheke.test", "AW: Anbieterwechsel - Ihre Kündigung",
                     "Wed, 12 Jun 2024 09:00:00 +0200", T("""
    Ihre Nachricht

        An: eva.lorenz@lorenz-apotheke.test
        Betreff: AW: Anbieterwechsel - Ihre Kündigung
        Gesendet: Mittwoch, 12. Juni 2024 09:00:00 (UTC+01:00) Amsterdam, Berlin

    wurde am Mittwoch, 12. Juni 2024 09:41:10 (UTC+01:00) Amsterdam, Berlin gelesen.
    """), ))

add("fr", "-", "-", "accusé de lecture 'Lu :'; objet sur une mise en demeure",
    "Isabelle Moreau <isabelle.moreau@orange.test>", "Lu : RE: Mise en demeure - prélèvement du 5 mars", "",
    date='2024-03-19 11:02 +0100', auto="receipt", mailer="plain", subj_enc=("UTF-8", "Q"),
    raw_body=mdn("r4", T("""
    Votre message

        À : isabelle.moreau@orange.test
        Objet : RE: Mise en demeure - prélèvement du 5 mars
        Envoyé : mardi 19 mars 2024 09:00:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

    a été lu le mardi 19 mars 2024 11:02:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
    """), "Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;isabelle.moreau@orange.test\n"
          "Original-Message-ID: <reply.4411@%s>\nDisposition: manual-action/MDN-sent-manually; displayed\n" % DESK,
        human_cte="quoted-printable"))

add("es", "-", "-", "confirmación de lectura 'Leído:'; asunto sobre un supervisor",
    "Andrés Castillo <andres.castillo@castillo-ferreteria.test>", "Leído: RE: Incidencia 55-2301 - supervisor", "",
    date='2024-08-26 12:31 +0200', auto="receipt", mailer="plain",
    raw_body=mdn("r5", T("""
    Su mensaje

        Para: andres.castillo@castillo-ferreteria.test
        Asunto: RE: Incidencia 55-2301 - supervisor
        Enviado: lunes, 26 de agosto de 2024 10:00:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París

    ha sido leído el lunes, 26 de agosto de 2024 12:31:08.
    """), "Reporting-UA: Microsoft Outlook 16.0\nFinal-Recipient: rfc822;andres.castillo@castillo-ferreteria.test\n"
          "Original-Message-ID: <reply.5523@%s>\nDisposition: manual-action/MDN-sent-manually; displayed\n" % DESK,
        human_cs="iso-8859-1", human_cte="quoted-printable"))

# --- our own mail ---------------------------------------------------------------

add("en", "-", "-", "our own acknowledgement looped back (From support@, Message-ID @escalated.example.test); quotes the customer's threat",
    "Example Support <support@example.test>", "We've received your request [#90114]: Re: see you in court",
    T("""
    Hello,

    Thanks for contacting Example Support. Your request #90114 has been received and
    a member of our team will reply within one working day.

    Your message:
    > If the refund isn't here by Friday I'll see you in court.

    Example Support
    """), date='2024-04-08 14:00 +0100', auto="self", mailer="plain", msgid="<ack.90114.1721300000@escalated.example.test>",
    headers=[("Auto-Submitted", "auto-replied"), ("X-Loop", "support@example.test")])

add("en", "-", "-", "escalation alert generated by escalated itself, sent from escalated@ to support@",
    "escalated <escalated@example.test>", "[ESCALATION] legal_threat, billing_dispute - ticket #90114 (Phil Garrow)",
    T("""
    Ticket #90114 was escalated.

    Triggers: legal_threat, billing_dispute
    Customer: Phil Garrow <philgarrow@yahoo.test>
    Evidence: "Refund the £50 difference or I'll ask my bank to reverse the payment."
    Queue: Level 3 - Management

    -- escalated
    """), date='2024-04-08 14:00 +0100', auto="self", mailer="plain", msgid="<alert.90114.2@escalated.example.test>",
    headers=[("Auto-Submitted", "auto-generated")])

add("en", "-", "-", "an agent's reply sent from support@ with support@ in Cc: our own outgoing mail quoting 'furious' and 'cancel'",
    "Ana Lopes (Example Support) <support@example.test>", "Re: Both shops offline",
    T("""
    Hi Lena,

    I'm very sorry - the outage affected all merchants in the UK between 10:05 and
    11:20. I completely understand why you're furious, and I've added a credit so
    you don't feel you need to cancel.

    Best wishes,
    Ana
    Example Support

    > Is it just us? Every till in both cafes says "Cannot reach server".
    """), date='2024-07-06 11:40 +0100', auto="self", mailer="plain", cc="support@example.test", to="Lena Fischer-Brown <lena@fbcafes.test>",
    msgid="<reply.77120@escalated.example.test>", irt="<CAF3lena1@mail.gmail.com>")

add("en", "-", "-", "our reply re-sent by a customer's forwarding alias that rewrote From; only the @escalated.example.test Message-ID shows it is ours",
    "Example Support via Lyle Motors <noreply@lylemotors.test>", "Re: Card reader refund",
    T("""
    Dear Brendan,

    We have refunded the duplicate charge. I'm sorry it took a threat to sue before
    this was sorted.

    Ana
    Example Support
    """), date="2024-04-10 16:05 +0100", auto="self", mailer="plain", msgid="<reply.60118.1712760000@escalated.example.test>",
    headers=[("X-Original-From", "Example Support <support@example.test>"), ("X-Forwarded-For", "brendan@lylemotors.test")])

add("fr", "-", "-", "notre accusé de réception revenu (From support@, Message-ID @escalated.example.test)",
    "Support Example <support@example.test>", "Accusé de réception [#90231] : Mise en demeure",
    T("""
    Bonjour,

    Nous avons bien reçu votre demande n° 90231. Un conseiller vous répondra sous un
    jour ouvré.

    Votre message :
    > Je vous mets en demeure de me rembourser la somme de 240 €.

    Le support Example
    """), date='2024-03-18 10:25 +0100', auto="self", mailer="plain", msgid="<ack.90231.1710750000@escalated.example.test>",
    headers=[("Auto-Submitted", "auto-replied")], fmt="qp")

add("de", "-", "-", "Wochenbericht von escalated an support@ mit Trigger-Statistik",
    "escalated <escalated@example.test>", "Wochenbericht Eskalationen KW 24",
    T("""
    Wochenbericht KW 24

    Eskalationen gesamt: 41
      Rechtliche Drohungen (Anwalt, Klage): 6
      Kündigungsandrohungen: 9
      Ausfälle / Störungen: 4
      Datenverlust: 2

    Dieser Bericht wurde automatisch erstellt.
    """), date='2024-06-17 06:00 +0200', auto="self", mailer="plain", msgid="<report.2024w24@escalated.example.test>",
    headers=[("Auto-Submitted", "auto-generated")], charset="utf-8", fmt="qp")

# --------------------------------------------------------------------------
# late additions: trigger-positive mail with traps around it, multi-trigger mail
# (kept after the automated block only for history; order does not matter)
# --------------------------------------------------------------------------

add("de", "manager_request", "quoted",
    "eigener Text verlangt den Vorgesetzten; darunter harmloses Zitat der Support-Antwort",
    "Ute Brenner <ute.brenner@brenner-reisen.test>", "Re: Ihre Anfrage zur Vertragslaufzeit",
    T("""
    Nein, das reicht mir nicht. Ich möchte jetzt mit Ihrem Vorgesetzten sprechen.

    Ute Brenner

    Am 12.06.2024 um 14:03 schrieb Example Support <support@example.test>:
    > Guten Tag Frau Brenner,
    >
    > vielen Dank für Ihre Nachricht. Die Vertragslaufzeit beträgt 24 Monate, wie in
    > Ihrem Vertrag unter Punkt 3 beschrieben.
    >
    > Freundliche Grüße
    > Ihr Support-Team
    """), mailer="thunderbird", date="2024-06-12 15:20 +0200", charset="iso-8859-1", fmt="qp")

add("fr", "cancellation_threat", "quoted",
    "texte propre : 'je résilie, point' à cause du délai; la réponse citée du support est anodine",
    "Gérard Picard <gerard.picard@picard-cycles.test>", "RE: Remboursement de la caution",
    T("""
    Trois semaines pour un remboursement de caution. Je résilie, point. Merci de
    m'envoyer la confirmation.

    Gérard Picard

    De : Example Support <support@example.test>
    Envoyé : lundi 8 juillet 2024 10:12
    À : Gérard Picard
    Objet : RE: Remboursement de la caution

    Bonjour Monsieur Picard,

    Votre demande est en cours de traitement par notre service comptable.

    Bien cordialement,
    Le support
    """), mailer="outlook", charset="windows-1252", fmt="qp", date="2024-07-08 11:30 +0200")

add("es", "billing_dispute legal_threat", "signature",
    "amenaza real ('en manos de mi abogado') por un cobro de 120 EUR, encima de un aviso legal LOPD",
    "Sonia Reyes <sonia.reyes@reyes-abogados.test>", "Cobro de 120 € no autorizado",
    T("""
    Buenos días:

    El 3 de julio nos cargaron 120 € por una "ampliación de licencia" que nadie de
    este despacho ha solicitado. He puesto el asunto en manos de nuestro abogado, que
    se pondrá en contacto con ustedes si no lo devuelven esta semana.

    Sonia Reyes
    Administración

    Este mensaje y sus adjuntos son confidenciales. Si usted no es el destinatario,
    le rogamos que lo comunique al remitente y lo elimine. Cualquier uso no
    autorizado podrá dar lugar a acciones legales.
    """), date='2024-07-05 09:30', mailer="outlook", fmt="alt", subj_enc=("UTF-8", "B"))

add("en", "manager_request", "title",
    "sender is an 'account manager' at her agency (title), but really asks for the supervisor",
    "Jess Morton <jess.morton@mortonpr.test>", "Client account access",
    T("""
    Hi,

    I'm the account manager for three of our agency's clients on your platform, and
    for the second week running I can't get an answer on whether I'm allowed to
    manage their billing. I'd like to speak to your supervisor, please.

    Jess Morton
    Account Manager, Morton PR
    """), mailer="outlook")

add("de", "cancellation_threat legal_threat media_threat outage severe_dissatisfaction technical_issue", "-",
    "langer Text: Ausfall aller Kassen, 'absolute Katastrophe ... stinksauer', Anwalt, Kündigung und Lokalzeitung stehen je in einem Satz in der Mitte",
    "Bernhard Kiefer <bernhard.kiefer@kiefer-gasthaus.test>", "Samstag",
    T("""
    Guten Abend,

    ich schreibe Ihnen nach einem sehr langen Tag. Wir sind ein Familienbetrieb in
    dritter Generation, 120 Plätze, Biergarten, und am Samstag hatten wir die
    Hochzeit der Tochter unseres Bürgermeisters mit 90 Gästen, dazu normaler Betrieb.
    Meine Frau hat wochenlang geplant, die Küche war ab sechs Uhr früh dabei.

    Ab 17 Uhr ging an keiner unserer fünf Kassen mehr irgendetwas, auch die
    Kartenzahlung nicht, bis kurz vor Mitternacht. Wir haben Rechnungen von Hand
    geschrieben und Gäste ohne Bargeld zur Bank geschickt. Ehrlich gesagt: Das war eine
    absolute Katastrophe, und ich bin stinksauer.

    Ich habe heute mit unserem Anwalt gesprochen, der prüft, welchen Schaden wir
    geltend machen. Den Vertrag kündigen wir zum nächstmöglichen Zeitpunkt. Und der
    Redakteur der Lokalzeitung, der selbst bei der Hochzeit war, hat mich schon
    gefragt, ob er darüber schreiben darf - ich habe ja gesagt.

    Trotzdem hätte ich gern eine Erklärung, was da los war.

    Bernhard Kiefer
    Gasthaus Kiefer
    """), mailer="outlook", charset="iso-8859-1", fmt="qp", date="2024-06-23 22:10 +0200")

add("fr", "billing_dispute repeat_contact severe_dissatisfaction", "-",
    "TOUT EN MAJUSCULES : troisième appel, 79 EUR prélevés en trop",
    "JEAN-PIERRE HUBERT <jp.hubert@wanadoo.test>", "REMBOURSEMENT",
    T("""
    C'EST LA TROISIÈME FOIS QUE JE VOUS CONTACTE. VOUS M'AVEZ PRÉLEVÉ 79 € DE TROP
    LE 5 AVRIL. REMBOURSEZ-MOI IMMÉDIATEMENT. C'EST UNE HONTE.

    J-P HUBERT
    """), mailer="plain", charset="iso-8859-1", fmt="plain", date="2024-04-19 18:40 +0200")

add("es", "security_incident", "-",
    "con faltas: 'me hackearon la cuenta' y cambiaron el correo",
    "kike <kike.dominguez@gmail.com>", "me hackearon",
    T("""
    ola, me hackearon la cuenta ayer x la noche, me cambiaron el correo y ya no puedo
    entrar. en el movil me llego un aviso de inicio de sesion desde otro pais. ayuda
    porfa q tengo la tienda abierta
    """), mailer="gmail", nowrap=True)

add("en", "executive_contact", "-",
    "has left a voicemail for the vendor's Chief Customer Officer",
    "Hugo Sterling <hugo.sterling@sterlinghotels.test>", "Our renewal",
    T("""
    Hi,

    Just so the team is aware, I left a voicemail for your Chief Customer Officer
    this morning about the terms of our renewal. I'd prefer to discuss it at that
    level from now on.

    Hugo Sterling
    Group Operations, Sterling Hotels
    """), mailer="outlook", fmt="qp")

add("en", "high_value_order technical_issue", "-",
    "'our £6.2k annual licence' - reporting module broken since renewal",
    "Megan Hart <megan.hart@hartleisure.test>", "Reporting module since renewal",
    T("""
    Hello,

    We renewed our £6.2k annual licence on 1 August and the reporting module hasn't
    worked since: every report shows "No data for this period", even for today.

    Megan Hart
    Finance Manager, Hart Leisure
    """), mailer="outlook", date="2024-08-14 10:05 +0100")

add("en", "broken_promise technical_issue", "-",
    "engineer 'swore blind' he'd be back Monday with the part for the broken kitchen printer; no show",
    "Lenny Baptiste <lenny@baptistegrill.test>", "kitchen printer part",
    T("""
    Your engineer swore blind he'd be back Monday with the part for the kitchen
    printer (it's still feeding the paper sideways and jamming). No show, no call.
    It's Wednesday.

    Lenny
    """), mailer="android", fmt="flowed")

add("en", "media_threat technical_issue", "-",
    "will write it up on her blog (4,000 readers a month); gift card balances wrong",
    "Tasha Greene <tasha@greeneandgrow.test>", "Gift card balances",
    T("""
    Hi,

    Gift card balances have been wrong since the weekend - cards that were used once
    show the full value again, and a couple show zero. I've had to refuse two.

    I write a small-business blog with about 4,000 readers a month and I'll be
    writing this up this week, for better or worse depending on how it goes.

    Tasha
    """), mailer="apple")

add("en", "regulatory safety", "-",
    "chargers overheating (hazard) reported to the Office for Product Safety and Standards",
    "Malcolm Price <malcolm.price@pricepharmacy.test>", "Chargers - OPSS report",
    T("""
    Dear Sir or Madam,

    Two of the three chargers supplied with our readers have become too hot to hold
    within minutes of plugging in, and one has scorched the shelf beneath it. I have
    reported this to the Office for Product Safety and Standards, reference
    OPSS-24-11873.

    Please tell me how to return them.

    Malcolm Price
    """), mailer="outlook", fmt="alt")

add("es", "billing_dispute high_value_order", "-",
    "factura de 9.870 EUR con la instalación (1.200 EUR) cobrada dos veces",
    "Roberto Fuentes <roberto.fuentes@fuentes-hoteles.test>", "Factura F-24-0877",
    T("""
    Buenos días:

    En la factura F-24-0877 (9.870 € IVA incluido) aparece dos veces la línea de
    instalación de 1.200 €. Solo hubo una instalación. Les ruego que emitan una
    factura rectificativa.

    Roberto Fuentes
    Director Financiero, Fuentes Hoteles
    """), mailer="outlook", charset="windows-1252", fmt="qp")

add("fr", "executive_contact manager_request", "-",
    "veut parler au supérieur et a déjà écrit au président sur LinkedIn",
    "Karine Lemoine <karine.lemoine@lemoine-traiteur.test>", "Mon dossier",
    T("""
    Bonjour,

    Je veux parler à votre supérieur. J'ai d'ailleurs déjà écrit à votre président
    sur LinkedIn ce matin, puisque personne ici ne semble pouvoir décider quoi que ce
    soit.

    Karine Lemoine
    """), mailer="iphone")


# ==========================================================================
# output and validation
# ==========================================================================

def norm_triggers(t):
    if t.strip() == "-":
        return "-"
    ids = t.split()
    for x in ids:
        if x not in TRIGGERS:
            raise SystemExit("unknown trigger %r" % x)
    if len(set(ids)) != len(ids):
        raise SystemExit("duplicate trigger in %r" % t)
    return ",".join(sorted(ids))


def key_of(m):
    return "%s|%s|%s" % (m["lang"], m["subj"], m["frm"])


def generate():
    keys = [key_of(m) for m in MSGS]
    dup = [k for k, n in collections.Counter(keys).items() if n > 1]
    if dup:
        raise SystemExit("duplicate message keys: %r" % dup)
    # neutral file names: order by a hash of the key, not by label or position
    order = sorted(range(len(MSGS)), key=lambda i: hashlib.sha256(("dev2:" + keys[i]).encode()).hexdigest())
    for f in os.listdir(OUT):
        if f.endswith(".eml") and f.startswith("d2-"):
            os.remove(os.path.join(OUT, f))
    rows = [HEADER]
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        fn = "d2-%04d.eml" % n
        trig = norm_triggers(m["triggers"])
        if m["auto"] != "-" and trig != "-":
            raise SystemExit("automated with triggers: " + keys[i])
        if m["auto"] not in AUTO_KINDS + ("-",):
            raise SystemExit("bad automated kind " + m["auto"])
        if m["trap"] not in TRAPS or m["lang"] not in LANGS:
            raise SystemExit("bad trap/lang: " + keys[i])
        raw = build(m, keys[i])
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(raw)
        note = m["note"].replace("\t", " ").replace("\n", " ")
        rows.append("\t".join([fn, trig, m["auto"], m["lang"], m["trap"], note]))
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d messages and labels.tsv" % len(MSGS))


def plain7(msg, raw, allow8=False):
    if msg.is_multipart() or msg.get_content_type() != "text/plain":
        return False
    if (msg.get_content_charset() or "us-ascii").lower() not in ("utf-8", "us-ascii"):
        return False
    if (msg.get("Content-Transfer-Encoding") or "7bit").lower() not in (("7bit", "8bit") if allow8 else ("7bit",)):
        return False
    return b"=?" not in raw.split(b"\r\n\r\n", 1)[0]


def check():
    errors = []
    emls = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    lines = open(os.path.join(OUT, "labels.tsv"), encoding="utf-8").read().split("\n")
    if lines[0] != HEADER:
        errors.append("bad header line")
    rows = [l.split("\t") for l in lines[1:] if l]
    files = [r[0] for r in rows]
    if len(set(files)) != len(files):
        errors.append("duplicate rows")
    for f in set(files) ^ set(emls):
        errors.append("file/label mismatch: " + f)
    C = collections.Counter
    trig, trig_lang, langs, autos, autos_lang, traps_neg, traps_pos, ntrig, feat = C(), C(), C(), C(), C(), C(), C(), C(), C()
    nonplain = nonplain8 = neg = 0
    for r in rows:
        if len(r) != 6:
            errors.append("bad row %r" % r[:1])
            continue
        f, t, a, lang, trap, note = r
        raw = open(os.path.join(OUT, f), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append(f + ": non-CRLF line ending")
        if any(len(l) > 998 for l in raw.split(b"\r\n")):
            errors.append(f + ": line longer than 998 octets")
        try:
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if msg[h] is None:
                    errors.append("%s: missing %s" % (f, h))
            str(msg["Subject"]); str(msg["From"])
            for part in msg.walk():
                if part.get_content_maintype() == "text":
                    part.get_content()
            if msg.defects:
                errors.append("%s: defects %r" % (f, msg.defects))
        except Exception as e:  # noqa
            errors.append("%s: parse error %s" % (f, e))
            continue
        if lang not in LANGS:
            errors.append(f + ": bad lang")
        if trap not in TRAPS:
            errors.append(f + ": bad trap " + trap)
        langs[lang] += 1
        if a != "-":
            if a not in AUTO_KINDS:
                errors.append(f + ": bad automated kind")
            if t != "-":
                errors.append(f + ": automated with triggers")
            autos[a] += 1
            autos_lang[(a, lang)] += 1
        if t != "-":
            ids = t.split(",")
            if ids != sorted(ids) or len(set(ids)) != len(ids):
                errors.append(f + ": triggers not sorted/unique")
            for x in ids:
                if x not in TRIGGERS:
                    errors.append(f + ": unknown trigger " + x)
                trig[x] += 1
                trig_lang[(x, lang)] += 1
            ntrig[len(ids)] += 1
            traps_pos[trap] += 1
        elif a == "-":
            neg += 1
            traps_neg[trap] += 1
        if not plain7(msg, raw):
            nonplain += 1
        if not plain7(msg, raw, True):
            nonplain8 += 1
        for part in msg.walk():
            cs = part.get_content_charset()
            if cs and cs.lower() not in ("utf-8", "us-ascii"):
                feat["charset " + cs.lower()] += 1
            cte = (part.get("Content-Transfer-Encoding") or "").lower()
            if part.get_content_maintype() == "text" and cte in ("quoted-printable", "base64", "8bit"):
                feat["text part " + cte] += 1
            if part.get_content_type().startswith("multipart/") or part.get_content_type() == "text/html":
                feat[part.get_content_type()] += 1
            if part.get_filename():
                feat["attachment"] += 1
        if msg.get_content_type() == "text/html":
            feat["HTML-only message"] += 1
        head = raw.split(b"\r\n\r\n", 1)[0]
        if re.search(rb"^Subject:.*=\?", head, re.M | re.I):
            feat["RFC 2047 subject"] += 1
        if re.search(rb"^From:.*=\?", head, re.M | re.I):
            feat["RFC 2047 From name"] += 1
    n = len(rows)
    print("messages: %d   languages: %s" % (n, dict(sorted(langs.items()))))
    print("trigger-positive: %d   human without trigger: %d   automated: %d" % (sum(ntrig.values()), neg, sum(autos.values())))
    print("by number of triggers:", dict(sorted(ntrig.items())))
    print("trap tags, trigger-free human mail:", dict(sorted(traps_neg.items())))
    print("trap tags, trigger-positive mail:", dict(sorted(traps_pos.items())))
    print("automated:", dict(sorted(autos.items())))
    print("automated by lang:", {"%s/%s" % k: v for k, v in sorted(autos_lang.items())})
    print("positives per trigger (en de fr es):")
    for x in TRIGGERS:
        print("  %-27s %3d   %s" % (x, trig[x], " ".join("%3d" % trig_lang[(x, l)] for l in LANGS)))
    print("not plain 7-bit UTF-8 text: %d of %d (%.0f%%); counting 8-bit UTF-8 as plain: %d (%.0f%%)" % (
        nonplain, n, 100.0 * nonplain / n, nonplain8, 100.0 * nonplain8 / n))
    print("MIME features:", dict(sorted(feat.items())))
    if errors:
        print("\nERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        generate()
        check()
