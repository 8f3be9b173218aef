#!/usr/bin/env python3
"""make_corpus.py -- builds the labelled support-mail corpus for escalated.

Every message text below was written by hand for this project (MIT, like the
project).  This script only wraps the texts into RFC 5322 / MIME: it picks
charsets and transfer encodings, RFC 2047-encodes headers, turns some texts
into HTML, adds attachments, and writes

    NNNN-<lang>-<slug>.eml   (CRLF line endings)
    labels.tsv               (file, triggers, automated, lang, trap, note)

into the directory this script lives in.  The output is deterministic: running
it twice gives byte-identical files.  Run:  python3 make_corpus.py
"""

import base64
import datetime
import hashlib
import html as htmlmod
import html.entities
import os
import quopri
import random
import re
import sys
import textwrap

OUT = os.path.dirname(os.path.abspath(__file__))

TRIGGERS = [
    "billing_dispute", "broken_promise", "cancellation_threat", "corporate_contact_request",
    "data_loss", "discrimination_harassment", "executive_contact", "feature_request",
    "high_value_order", "legal_threat", "manager_request", "media_threat", "outage",
    "regulatory", "repeat_contact", "safety", "security_incident", "severe_dissatisfaction",
    "technical_issue",
]
AUTO_KINDS = ["auto_reply", "bounce", "list", "receipt", "self"]
LANGS = ["en", "de", "fr", "es"]
CRLF = "\r\n"
DESK_MSGID_DOMAIN = "escalated.example.test"

MESSAGES = []


# --------------------------------------------------------------------------
# message registration
# --------------------------------------------------------------------------

def m(lang, triggers, slug, *, frm, subj, body, note, trap="-", auto="-",
      to="support@example.test", cc=None, cs="utf-8", cte=None, html=None,
      alt=False, entities=False, attach=(), hdrs=(), irt=None, refs=None,
      subj_enc=None, mailer=None, msgid=None, date=None, tree=None,
      flowed=False, zone=None):
    """Register one message.

    triggers: comma separated ids or "-"; auto: automated kind or "-".
    cs/cte:   charset and transfer encoding of the text part(s)
              (cte None = 7bit/8bit as needed; "qp"; "b64").
    html:     None (plain text only), "gmail", "outlook", "apple" (generated
              from the text) or a literal HTML string (starts with "<").
    alt:      with html: send multipart/alternative (text + html).
    attach:   list of (filename, kind) with kind in pdf, png, txt, eml:<text>.
    hdrs:     extra header (name, value) pairs, e.g. Auto-Submitted.
    tree:     a ready MIME tree (dict) replacing the generated body.
    date:     "YYYY-MM-DD HH:MM" (local time) or a full RFC 5322 date; default: spread over 2025.
    zone:     time zone name from zone_offset() (default: picked per language).
    """
    MESSAGES.append(dict(lang=lang, triggers=triggers, slug=slug, frm=frm, subj=subj,
                         body=body, note=note, trap=trap, auto=auto, to=to, cc=cc, cs=cs,
                         cte=cte, html=html, alt=alt, entities=entities,
                         attach=list(attach), hdrs=list(hdrs), irt=irt, refs=refs,
                         subj_enc=subj_enc, mailer=mailer, msgid=msgid, date=date,
                         tree=tree, flowed=flowed, zone=zone))


def dedent(s):
    """Strip the common indentation and the first/last blank line of a text block."""
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    return s.rstrip("\n") + "\n"


# --------------------------------------------------------------------------
# header helpers
# --------------------------------------------------------------------------

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def ew_b(s, charset="UTF-8"):
    """RFC 2047 B-encoding, split so that no encoded word exceeds 75 chars."""
    words, cur = [], ""
    for ch in s:
        trial = cur + ch
        if len(base64.b64encode(trial.encode(charset))) + len(charset) + 7 > 75:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    return (CRLF + " ").join("=?%s?B?%s?=" % (charset, base64.b64encode(w.encode(charset)).decode())
                            for w in words)


def ew_q(s, charset="ISO-8859-1"):
    """RFC 2047 Q-encoding."""
    out = []
    for ch in s:
        bs = ch.encode(charset)
        for b in bs:
            c = chr(b)
            if c == " ":
                out.append("_")
            elif (c.isalnum() and b < 128) or c in "!*+-/":
                out.append(c)
            else:
                out.append("=%02X" % b)
    # split into words of <= 75 chars without splitting an =XX escape
    words, cur = [], ""
    limit = 75 - len(charset) - 7
    for tok in out:
        if len(cur) + len(tok) > limit:
            words.append(cur)
            cur = tok
        else:
            cur += tok
    if cur:
        words.append(cur)
    return (CRLF + " ").join("=?%s?Q?%s?=" % (charset, w) for w in words)


def enc_text(s, mode):
    """Encode an unstructured header value: mode b / q / q8 (UTF-8 Q) / raw."""
    if is_ascii(s) or mode == "raw":
        return s
    if mode == "q":
        try:
            s.encode("iso-8859-1")
            return ew_q(s, "ISO-8859-1")
        except UnicodeEncodeError:
            return ew_q(s, "UTF-8")
    if mode == "q8":
        return ew_q(s, "UTF-8")
    if mode == "cp":
        return ew_q(s, "windows-1252")
    return ew_b(s, "UTF-8")


def enc_addr(a, mode):
    """'Name <addr>' -> encoded display name where needed."""
    mo = re.match(r'^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$', a)
    if not mo:
        return a
    name, addr = mo.group(1), mo.group(2)
    if not name:
        return "<%s>" % addr
    if not is_ascii(name):
        return "%s <%s>" % (enc_text(name, mode), addr)
    if re.search(r'[,.:;@()\[\]]', name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
    return "%s <%s>" % (name, addr)


def addr_of(a):
    mo = re.search(r"<([^>]+)>", a)
    return mo.group(1) if mo else a.strip()


def fold_header(name, value):
    """Fold an ASCII header value at whitespace near 76 columns."""
    line = "%s: %s" % (name, value)
    if len(line) <= 78 or CRLF in value:
        return line
    out, cur = [], ""
    for word in line.split(" "):
        if cur and len(cur) + 1 + len(word) > 76:
            out.append(cur)
            cur = " " + word
        else:
            cur = word if not cur else cur + " " + word
    out.append(cur)
    return CRLF.join(out)


# --------------------------------------------------------------------------
# body helpers
# --------------------------------------------------------------------------

def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", CRLF)


def encode_body(text, charset, cte):
    """Return (cte_header_value, encoded bytes with CRLF) for a text body."""
    raw_lf = text.replace("\r\n", "\n").encode(charset)
    if cte == "qp":
        enc = quopri.encodestring(raw_lf, quotetabs=False)
        return "quoted-printable", enc.replace(b"\n", b"\r\n")
    if cte == "b64":
        data = raw_lf.replace(b"\n", b"\r\n")
        return "base64", b64lines(data)
    data = raw_lf.replace(b"\n", b"\r\n")
    if all(b < 128 for b in data):
        return "7bit", data
    return "8bit", data


def b64lines(data):
    s = base64.b64encode(data).decode("ascii")
    return (CRLF.join(s[i:i + 76] for i in range(0, len(s), 76)) + CRLF).encode("ascii")


NAMED = {cp: name for cp, name in html.entities.codepoint2name.items()}


def hesc(s, entities=False):
    s = htmlmod.escape(s, quote=False)
    if entities:
        s = "".join("&%s;" % NAMED[ord(c)] if ord(c) > 127 and ord(c) in NAMED else c for c in s)
    s = re.sub(r"  ", " &nbsp;", s)
    return s


QUOTE_HDR_RE = re.compile(
    r"^(On .+wrote:|Am .+schrieb .+:|Le .+a écrit ?:|El .+escribió:|.+ <[^>]+> (wrote|schrieb|a écrit|escribió) ?:)$")


def text_to_html(text, style, entities=False):
    """Turn a plain body (with > quoting, attribution lines, Outlook header
    blocks and a '-- ' signature) into HTML the way the named client would."""
    lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
    out = []
    i = 0
    in_sig = False

    def para_block(block):
        return "<br>\n".join(hesc(l, entities) for l in block)

    def quoted_html(qlines):
        inner = [l[1:] if l.startswith("> ") or l == ">" else (l[1:] if l.startswith(">") else l) for l in qlines]
        inner = [l[1:] if l.startswith(" ") else l for l in inner]
        if any(l.startswith(">") for l in inner):
            body = text_to_html("\n".join(inner), "fragment", entities)
        else:
            body = para_block(inner)
        if style == "gmail":
            return ('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                    'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + body + "</blockquote>")
        if style == "apple":
            return '<blockquote type="cite">' + body + "</blockquote>"
        return "<blockquote>" + body + "</blockquote>"

    cur = []

    def flush():
        if cur:
            if style == "outlook":
                for l in cur:
                    out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (hesc(l, entities) if l else "&nbsp;"))
            else:
                out.append("<div>" + para_block(cur) + "</div>")
            cur.clear()

    while i < len(lines):
        l = lines[i]
        if l == "-- " or l == "--":
            flush()
            sig = lines[i + 1:]
            if style == "gmail":
                out.append('<div><br></div>-- <br><div dir="ltr" class="gmail_signature">'
                           + para_block(sig) + "</div>")
            elif style == "outlook":
                out.append('<div><p class="MsoNormal"><span style="color:#1F497D">' + para_block(sig)
                           + "</span><o:p></o:p></p></div>")
            else:
                out.append("<div>-- <br>" + para_block(sig) + "</div>")
            break
        if l.startswith(">"):
            flush()
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                q.append(lines[i])
                i += 1
            out.append(quoted_html(q))
            continue
        if QUOTE_HDR_RE.match(l) and style == "gmail":
            flush()
            out.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>' % hesc(l, entities))
            i += 1
            q = []
            while i < len(lines) and (lines[i].startswith(">") or lines[i] == ""):
                q.append(lines[i])
                i += 1
            out.append(quoted_html([x for x in q if x != ""]) + "</div>")
            continue
        if (l.startswith("From: ") or l.startswith("Von: ") or l.startswith("De : ") or l.startswith("De: ")) \
                and i + 1 < len(lines) and re.match(r"^(Sent|Gesendet|Envoyé|Enviado|Date)\s?:", lines[i + 1]):
            flush()
            hb = []
            while i < len(lines) and lines[i] != "":
                hb.append(lines[i])
                i += 1
            parts = []
            for h in hb:
                k, _, v = h.partition(":")
                parts.append("<b>%s:</b>%s" % (hesc(k, entities), hesc(v, entities)))
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                       '<p class="MsoNormal">' + "<br>\n".join(parts) + "<o:p></o:p></p></div>")
            continue
        if l.strip() == "":
            flush()
            if style == "outlook":
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                out.append("<div><br></div>")
            i += 1
            continue
        cur.append(l)
        i += 1
    flush()
    inner = "\n".join(out)
    if style == "fragment":
        return inner
    if style == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                'a:link, span.MsoHyperlink\n\t{color:#0563C1;text-decoration:underline;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % ("{CHARSET}", inner)
    if style == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset={CHARSET}"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                '\n%s\n</body></html>\n') % inner
    return '<div dir="ltr">\n%s\n</div>\n' % inner


PDF_STUB = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
            b"trailer << /Root 1 0 R >>\n%%EOF\n")
PNG_STUB = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


# --------------------------------------------------------------------------
# MIME tree serialisation
# --------------------------------------------------------------------------
# leaf:      {"type": "text/plain", "cs": "utf-8", "cte": "qp", "text": "...",
#             "headers": [(k, v)], "params": {...}}
# binary:    {"type": "application/pdf", "data": b"...", "filename": "x.pdf"}
# raw:       {"type": "message/rfc822", "raw": b"..."}   (also message/delivery-status etc.)
# multipart: {"type": "multipart/mixed", "parts": [...], "params": {...}, "preamble": "..."}

_boundary_counter = [0]
_mailer = ["none"]


def boundary(seed):
    _boundary_counter[0] += 1
    h = hashlib.sha1(("%s/%d" % (seed, _boundary_counter[0])).encode()).hexdigest()
    style = {"gmail": 0, "outlook": 1, "apple": 2, "iphone": 2, "thunderbird": 4}.get(_mailer[0], 3)
    if style == 0:
        return "000000000000" + h[:12]
    if style == 1:
        return "_000_%s_" % h[:28].upper()
    if style == 2:
        return "Apple-Mail=_%s-%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:28].upper())
    if style == 4:
        return "------------%s" % h[:24]
    return "----=_Part_%d_%d.%d" % (int(h[:6], 16), int(h[6:12], 16), int(h[12:20], 16))


def ctype_line(t, params):
    s = t
    for k, v in params.items():
        if re.match(r"^[A-Za-z0-9._-]+$", v) and k not in ("boundary",):
            s += "; %s=%s" % (k, v)
        else:
            s += ';%s\t%s="%s"' % (CRLF, k, v) if k == "boundary" else '; %s="%s"' % (k, v)
    return s


def serialize(part, seed):
    """Return (list of header lines, body bytes)."""
    t = part["type"]
    heads = []
    params = dict(part.get("params", {}))
    if t.startswith("multipart/"):
        b = part.get("boundary") or boundary(seed)
        params["boundary"] = b
        heads.append("Content-Type: " + ctype_line(t, params))
        body = b""
        if part.get("preamble"):
            body += crlf(part["preamble"]).encode("ascii") + b"\r\n"
        for sub in part["parts"]:
            sh, sb = serialize(sub, seed)
            body += ("--%s\r\n" % b).encode() + ("\r\n".join(sh) + "\r\n\r\n").encode("ascii") + sb
            if not sb.endswith(b"\r\n"):
                body += b"\r\n"
        body += ("--%s--\r\n" % b).encode()
        heads.extend(part.get("headers", []) and ["%s: %s" % kv for kv in part["headers"]])
        return heads, body
    if "text" in part:
        cs = part.get("cs", "utf-8")
        if t in ("message/delivery-status", "message/disposition-notification", "message/feedback-report",
                 "text/rfc822-headers", "message/rfc822-headers") and "cs" not in part:
            heads.append("Content-Type: " + ctype_line(t, params))
            cte, data = encode_body(part["text"], "ascii", None)
        else:
            p = {"charset": cs}
            p.update(params)
            heads.append("Content-Type: " + ctype_line(t, p))
            cte, data = encode_body(part["text"], cs, part.get("cte"))
            if part.get("cte") or cte != "7bit" or part.get("show_cte"):
                heads.append("Content-Transfer-Encoding: " + cte)
        for kv in part.get("headers", []):
            heads.append("%s: %s" % kv)
        return heads, data
    if "raw" in part:
        heads.append("Content-Type: " + ctype_line(t, params))
        for kv in part.get("headers", []):
            heads.append("%s: %s" % kv)
        return heads, part["raw"]
    # binary attachment
    fn = part["filename"]
    p = dict(params)
    p["name"] = fn
    heads.append("Content-Type: " + ctype_line(t, p))
    heads.append('Content-Disposition: attachment; filename="%s"' % fn)
    heads.append("Content-Transfer-Encoding: base64")
    for kv in part.get("headers", []):
        heads.append("%s: %s" % kv)
    return heads, b64lines(part["data"])


# --------------------------------------------------------------------------
# per-message construction
# --------------------------------------------------------------------------

ZONES = {
    "en": ["us_east", "us_west", "uk", "uk", "cet", "us_central", "aus_east", "india"],
    "de": ["cet"],
    "fr": ["cet", "cet", "cet", "canada_east"],
    "es": ["cet", "cet", "cet", "mexico", "argentina", "colombia"],
}


def _nth_sunday(year, month, n):
    d = datetime.date(year, month, 1)
    d += datetime.timedelta(days=(6 - d.weekday()) % 7)
    return d + datetime.timedelta(weeks=n - 1)


def _last_sunday(year, month):
    d = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)
    return d - datetime.timedelta(days=(d.weekday() - 6) % 7)


def zone_offset(zone, dt):
    """UTC offset string for a zone at a (local) date, with the usual DST rules."""
    d = dt.date()
    eu_summer = _last_sunday(d.year, 3) <= d < _last_sunday(d.year, 10)
    us_summer = _nth_sunday(d.year, 3, 2) <= d < _nth_sunday(d.year, 11, 1)
    au_summer = not (_nth_sunday(d.year, 4, 1) <= d < _nth_sunday(d.year, 10, 1))
    return {
        "cet": "+0200" if eu_summer else "+0100",
        "uk": "+0100" if eu_summer else "+0000",
        "us_east": "-0400" if us_summer else "-0500",
        "us_central": "-0500" if us_summer else "-0600",
        "us_west": "-0700" if us_summer else "-0800",
        "canada_east": "-0400" if us_summer else "-0500",
        "aus_east": "+1100" if au_summer else "+1000",
        "india": "+0530", "mexico": "-0600", "argentina": "-0300", "colombia": "-0500",
        "chile": "-0300" if au_summer else "-0400",
    }[zone]


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfc_date(dt, tz):
    return "%s, %d %s %d %02d:%02d:%02d %s" % (DAYS[dt.weekday()], dt.day, MONTHS[dt.month - 1], dt.year,
                                                dt.hour, dt.minute, dt.second, tz)


def pick_mailer(rng, dom, lang):
    if dom in ("gmail.com", "googlemail.com"):
        return "gmail"
    if dom in ("outlook.com", "hotmail.com", "live.com", "hotmail.fr", "outlook.de", "hotmail.es"):
        return "outlook"
    if dom in ("icloud.com", "me.com"):
        return rng.choice(["apple", "iphone"])
    return rng.choice(["outlook", "outlook", "gmail", "apple", "thunderbird", "iphone", "none", "outlook"])


def make_msgid(rng, mailer, dom):
    h = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(40))
    hx = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    if mailer == "gmail":
        return "<CA%s+%s@mail.gmail.com>" % (h[:20], h[20:40])
    if mailer == "outlook":
        pod = rng.choice(["AM0PR", "DB9PR", "VI1PR", "PH0PR", "BN6PR", "SN7PR", "PA4PR"])
        box = "%s%02dMB%04d" % (pod, rng.randint(1, 99), rng.randint(1000, 9999))
        reg = rng.choice(["eurprd04", "eurprd08", "namprd12", "namprd05", "eurprd02"])
        return "<%s%s@%s.%s.prod.outlook.com>" % (box, hx[:16].upper(), box, reg)
    if mailer in ("apple", "iphone"):
        u = hx.upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], dom)
    if mailer == "thunderbird":
        return "<%s-%s-%s@%s>" % (hx[:8], hx[8:12], hx[12:16], dom)
    return "<%s.%s@%s>" % (rng.randint(10 ** 9, 10 ** 10), hx[:12], "mail." + dom)


def mailer_headers(rng, mailer, lang):
    if mailer == "outlook":
        v = rng.choice(["16.0", "15.0"])
        loc = {"en": rng.choice(["en-US", "en-GB"]), "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}[lang]
        ti = base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()
        return [("X-Mailer", "Microsoft Outlook %s" % v), ("Thread-Index", ti), ("Content-Language", loc)]
    if mailer == "apple":
        return [("X-Mailer", "Apple Mail (2.%d.%d.%d)" % (rng.choice([3731, 3774, 3826]), rng.randint(100, 700), rng.randint(1, 200)))]
    if mailer == "iphone":
        return [("X-Mailer", "iPhone Mail (%s)" % rng.choice(["21G93", "22B91", "21F90", "22D72"]))]
    if mailer == "thunderbird":
        return [("User-Agent", "Mozilla Thunderbird %s" % rng.choice(["128.5.0", "115.18.0", "136.0"]))]
    return []


def received_line(rng, dom, date):
    ip = rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
    if dom in ("escalated.example.test", "example.test"):
        host = "app01.escalated.example.test"
    else:
        host = "mail-%s.%s" % ("".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6)), dom)
    qid = "".join(rng.choice("0123456789ABCDEF") for _ in range(11))
    return ("from %s (%s [%s])" + CRLF + "\tby mx1.example.test (Postfix) with ESMTPS id %s" + CRLF
            + "\tfor <support@example.test>; %s") % (host, host, ip, qid, date)


def build(i, spec):
    rng = random.Random("escalated-corpus-%d-%s" % (i, spec["slug"]))
    frm = spec["frm"]
    dom = addr_of(frm).split("@")[-1].lower()
    mailer = spec["mailer"] or pick_mailer(rng, dom, spec["lang"])
    if spec["html"] == "outlook":
        mailer = spec["mailer"] or "outlook"
    zone = spec["zone"] or rng.choice(ZONES[spec["lang"]])
    base = datetime.datetime(2025, 1, 6, 8, 0, 0)
    dt = base + datetime.timedelta(minutes=i * 1271 + rng.randint(0, 600), seconds=rng.randint(0, 59))
    if spec["date"] and re.match(r"^\d{4}-\d\d-\d\d \d\d:\d\d$", spec["date"]):
        dt = datetime.datetime.strptime(spec["date"], "%Y-%m-%d %H:%M") + datetime.timedelta(seconds=rng.randint(0, 59))
        date = rfc_date(dt, zone_offset(zone, dt))
    else:
        date = spec["date"] or rfc_date(dt, zone_offset(zone, dt))
    cs = spec["cs"]
    hmode = spec["subj_enc"] or ("q" if cs.lower() in ("iso-8859-1", "iso-8859-15") else
                                 "cp" if cs.lower() == "windows-1252" else "b")

    # ---- body tree
    if spec["tree"] is not None:
        tree = spec["tree"]
    else:
        text = dedent(spec["body"]) if spec["body"] else ""
        text_part = {"type": "text/plain", "cs": cs, "cte": spec["cte"], "text": text}
        if spec["flowed"]:
            text_part["params"] = {"format": "flowed"}
        if spec["html"]:
            if spec["html"].lstrip().startswith("<"):
                h = spec["html"]
            else:
                h = text_to_html(text, spec["html"], spec["entities"])
            h = dedent(h) if not h.startswith("<html") else h
            h = h.replace("{CHARSET}", cs)
            hcte = spec["cte"] or ("qp" if spec["html"] in ("outlook", "gmail", "apple") or not is_ascii(h) else None)
            html_part = {"type": "text/html", "cs": cs, "cte": hcte, "text": h}
            tree = {"type": "multipart/alternative", "parts": [text_part, html_part]} if spec["alt"] else html_part
        else:
            tree = text_part
        if spec["attach"]:
            parts = [tree]
            for fn, kind in spec["attach"]:
                if kind == "pdf":
                    parts.append({"type": "application/pdf", "data": PDF_STUB, "filename": fn})
                elif kind == "png":
                    parts.append({"type": "image/png", "data": PNG_STUB, "filename": fn})
                elif kind == "txt":
                    parts.append({"type": "text/plain", "data": b"2025-03-04T10:12:55Z ERROR sync worker exited (code 137)\r\n", "filename": fn})
                elif kind.startswith("eml:"):
                    parts.append({"type": "message/rfc822", "raw": kind[4:].replace("\n", "\r\n").encode("utf-8"),
                                  "headers": [("Content-Disposition", 'attachment; filename="%s"' % fn)]})
            tree = {"type": "multipart/mixed", "parts": parts}

    _mailer[0] = mailer
    heads, body = serialize(tree, "%d-%s" % (i, spec["slug"]))

    # ---- top-level headers
    msgid = spec["msgid"] or make_msgid(rng, mailer, dom)
    H = []
    H.append("Return-Path: <%s>" % ("" if spec["auto"] == "bounce" else addr_of(frm)))
    H.append("Received: " + received_line(rng, dom, date))
    extra_names = {k.lower() for k, _ in spec["hdrs"]}
    H.append("From: " + enc_addr(frm, hmode))
    if "to" not in extra_names:
        H.append("To: " + spec["to"])
    if spec["cc"]:
        H.append(fold_header("Cc", ", ".join(enc_addr(c, hmode) for c in spec["cc"])))
    subj_val = enc_text(spec["subj"], hmode)
    H.append(("Subject: " + subj_val) if CRLF in subj_val else fold_header("Subject", subj_val))
    if "date" not in extra_names:
        H.append("Date: " + date)
    if "message-id" not in extra_names:
        H.append("Message-ID: " + msgid)
    if spec["irt"]:
        H.append("In-Reply-To: " + spec["irt"])
        H.append(fold_header("References", spec["refs"] or spec["irt"]))
    for k, v in mailer_headers(rng, mailer, spec["lang"]) if spec["auto"] in ("-", "receipt") or spec["mailer"] else []:
        H.append("%s: %s" % (k, v))
    for k, v in spec["hdrs"]:
        H.append(v if k == "" else ("%s: %s" % (k, v)) if CRLF in v else fold_header(k, v))
    H.append("MIME-Version: 1.0")
    H.extend(heads)
    data = ("\r\n".join(H) + "\r\n\r\n").encode("utf-8") + body
    return data


def fname(i, spec):
    return "%04d-%s-%s.eml" % (i, spec["lang"], spec["slug"])


def norm_triggers(t):
    if t in ("-", "", None):
        return "-"
    ids = sorted(x.strip() for x in t.split(",") if x.strip())
    for x in ids:
        if x not in TRIGGERS:
            raise SystemExit("unknown trigger %r" % x)
    return ",".join(ids)


def main():
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    rows = ["file\ttriggers\tautomated\tlang\ttrap\tnote"]
    seen = set()
    for i, spec in enumerate(MESSAGES, 1):
        if spec["lang"] not in LANGS:
            raise SystemExit("bad lang in %s" % spec["slug"])
        if spec["auto"] != "-" and spec["auto"] not in AUTO_KINDS:
            raise SystemExit("bad automated kind in %s" % spec["slug"])
        trig = norm_triggers(spec["triggers"])
        if spec["auto"] != "-" and trig != "-":
            raise SystemExit("automated with triggers: %s" % spec["slug"])
        fn = fname(i, spec)
        if spec["slug"] in seen:
            raise SystemExit("duplicate slug %s" % spec["slug"])
        seen.add(spec["slug"])
        try:
            data = build(i, spec)
        except Exception as e:
            raise SystemExit("cannot build %s: %r" % (fn, e))
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(data)
        for field in (spec["trap"], spec["note"]):
            if "\t" in field or "\n" in field:
                raise SystemExit("tab/newline in label of %s" % spec["slug"])
        rows.append("\t".join([fn, trig, spec["auto"], spec["lang"], spec["trap"], spec["note"]]))
    with open(os.path.join(OUT, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d messages to %s" % (len(MESSAGES), OUT))


# ==========================================================================
# THE MESSAGES
# ==========================================================================

# --------------------------------------------------------------------------
# helpers for automated mail (bounces, read receipts, our own outgoing mail)
# --------------------------------------------------------------------------

def raw_message(headers, body, cs="utf-8", cte=None, ctype="text/plain"):
    """A small complete message as bytes (used inside bounces and receipts)."""
    cte_name, data = encode_body(dedent(body), cs, cte)
    h = list(headers) + [("MIME-Version", "1.0"), ("Content-Type", "%s; charset=%s" % (ctype, cs))]
    if cte_name != "7bit":
        h.append(("Content-Transfer-Encoding", cte_name))
    return ("\r\n".join(fold_header(k, v) if CRLF not in v else "%s: %s" % (k, v) for k, v in h)
            + "\r\n\r\n").encode("ascii") + data


def outgoing(to, subj, date, local, body, frm="Example Support <support@example.test>", irt=None, cs="utf-8"):
    """One of the desk's own outgoing messages (Message-ID @escalated.example.test)."""
    h = [("From", enc_addr(frm, "b")), ("To", enc_addr(to, "b")), ("Subject", enc_text(subj, "b")), ("Date", date),
         ("Message-ID", "<%s@%s>" % (local, DESK_MSGID_DOMAIN))]
    if irt:
        h += [("In-Reply-To", irt), ("References", irt)]
    h += [("Auto-Submitted", "auto-replied")] if local.startswith("ack-") else []
    return raw_message(h, body, cs=cs, cte="qp" if not is_ascii(body) else None)


def headers_only(raw):
    return raw.split(b"\r\n\r\n", 1)[0] + b"\r\n"


def dsn_fields(reporting_mta, rcpt, status, diag, action="failed", remote=None, arrival=None, extra_msg=()):
    msg = ["Reporting-MTA: dns; %s" % reporting_mta]
    msg += list(extra_msg)
    if arrival:
        msg.append("Arrival-Date: %s" % arrival)
    msg.append("")
    msg.append("Final-Recipient: rfc822; %s" % rcpt)
    msg.append("Original-Recipient: rfc822;%s" % rcpt)
    msg.append("Action: %s" % action)
    msg.append("Status: %s" % status)
    if remote:
        msg.append("Remote-MTA: dns; %s" % remote)
    msg.append("Diagnostic-Code: smtp; %s" % diag)
    return "\n".join(msg) + "\n"


def bounce(lang, slug, style, *, rcpt, orig, note, trap="-", diag="550 5.1.1 <{r}>: Recipient address rejected: User unknown in virtual mailbox table",
           status="5.1.1", subj_orig="", headers_only_copy=False, date=None, text=None, host=None):
    """Register a bounce in the style of a given MTA.  orig: raw bytes of the returned message."""
    diag = diag.replace("{r}", rcpt)
    if date is None:
        import email.utils
        mo = re.search(rb"\r\nDate: ([^\r]+)\r\n", b"\r\n" + orig)
        odt = email.utils.parsedate_to_datetime(mo.group(1).decode())
        odt += datetime.timedelta(hours=4, seconds=12) if style == "delay" else datetime.timedelta(seconds=7)
        date = email.utils.format_datetime(odt)
    rdom = rcpt.split("@")[1]
    host = host or ("mx1." + rdom)
    copy_part = ({"type": "text/rfc822-headers", "text": headers_only(orig).decode("utf-8")}
                 if headers_only_copy else {"type": "message/rfc822", "raw": orig})
    if style == "postfix":
        note_text = text or dedent("""
            This is the mail system at host %s.

            I'm sorry to have to inform you that your message could not
            be delivered to one or more recipients. It's attached below.

            For further assistance, please send mail to postmaster.

            If you do so, please include this problem report. You can
            delete your own text from the attached returned message.

                               The mail system

            <%s>: host %s[192.0.2.41] said: %s (in reply to RCPT TO
                command)
            """) % (host, rcpt, host, diag)
        tree = {"type": "multipart/report", "params": {"report-type": "delivery-status"},
                "preamble": "This is a MIME-encapsulated message.",
                "parts": [{"type": "text/plain", "cs": "us-ascii", "text": note_text,
                           "headers": [("Content-Description", "Notification")]},
                          {"type": "message/delivery-status",
                           "text": dsn_fields(host, rcpt, status, diag, remote=host,
                                              extra_msg=["X-Postfix-Queue-ID: 4XkQ2d1Zz9z9sWg",
                                                         "X-Postfix-Sender: rfc822; support@example.test"]),
                           "headers": [("Content-Description", "Delivery report")]},
                          dict(copy_part, headers=[("Content-Description", "Undelivered Message" if not headers_only_copy else "Undelivered Message Headers")])]}
        m(lang, "-", slug, frm="Mail Delivery System <MAILER-DAEMON@%s>" % host,
          subj="Undelivered Mail Returned to Sender", body="", note=note, trap=trap, auto="bounce",
          tree=tree, hdrs=[("Auto-Submitted", "auto-replied")], mailer="none", date=date)
    elif style == "exim":
        body = text or dedent("""
            This message was created automatically by mail delivery software.

            A message that you sent could not be delivered to one or more of its
            recipients. This is a permanent error. The following address(es) failed:

              %s
                host %s [192.0.2.77]
                SMTP error from remote mail server after RCPT TO:<%s>:
                %s

            ------ This is a copy of the message, including all the headers. ------

            """) % (rcpt, host, rcpt, diag)
        body += orig.decode("utf-8").replace("\r\n", "\n")
        m(lang, "-", slug, frm="Mail Delivery System <Mailer-Daemon@%s>" % host,
          subj="Mail delivery failed: returning message to sender", body=body, note=note, trap=trap,
          auto="bounce", hdrs=[("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied")],
          mailer="none", date=date)
    elif style == "sendmail":
        note_text = text or dedent("""
            The original message was received at %s
            from app01.escalated.example.test [198.51.100.20]

               ----- The following addresses had permanent fatal errors -----
            <%s>
                (reason: %s)

               ----- Transcript of session follows -----
            ... while talking to %s.:
            >>> DATA
            <<< %s
            554 5.0.0 Service unavailable
            """) % (date or "Mon, 3 Mar 2025 09:12:44 +0100", rcpt, diag, host, diag)
        tree = {"type": "multipart/report", "params": {"report-type": "delivery-status"},
                "preamble": "This is a MIME-encapsulated message", "parts": [
                    {"type": "text/plain", "cs": "us-ascii", "text": note_text},
                    {"type": "message/delivery-status",
                     "text": dsn_fields("relay.example.test", rcpt, status, diag, remote=host,
                                        extra_msg=["Received-From-MTA: DNS; app01.escalated.example.test"])},
                    copy_part]}
        m(lang, "-", slug, frm="Mail Delivery Subsystem <MAILER-DAEMON@relay.example.test>",
          subj="Returned mail: see transcript for details", body="", note=note, trap=trap, auto="bounce",
          tree=tree, hdrs=[("Auto-Submitted", "auto-generated (failure)")], mailer="none", date=date)
    elif style == "exchange":
        texts = {
            "en": ("Undeliverable: ", "Delivery has failed to these recipients or groups:",
                   "The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.",
                   "Diagnostic information for administrators:", "Original message headers:"),
            "de": ("Unzustellbar: ", "Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:",
                   "Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie erneut, die Nachricht zu senden. Falls das Problem weiterhin besteht, wenden Sie sich an Ihr Helpdesk.",
                   "Diagnoseinformationen für Administratoren:", "Ursprüngliche Nachrichtenkopfzeilen:"),
            "fr": ("Non remis : ", "Échec de la remise à ces destinataires ou groupes :",
                   "L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse de messagerie du destinataire et essayez de renvoyer le message. Si le problème persiste, contactez votre support technique.",
                   "Informations de diagnostic pour les administrateurs :", "En-têtes de message d'origine :"),
            "es": ("No se puede entregar: ", "Error en la entrega a estos destinatarios o grupos:",
                   "No se encontró la dirección de correo electrónico que especificó. Compruebe la dirección del destinatario e intente volver a enviar el mensaje. Si el problema continúa, póngase en contacto con el departamento de soporte técnico.",
                   "Información de diagnóstico para administradores:", "Encabezados del mensaje original:"),
        }[lang]
        prefix, l1, l2, l3, l4 = texts
        hdrtxt = headers_only(orig).decode("utf-8").replace("\r\n", "\n")
        plain = "%s\n\n%s\n%s\n\n\n\n\n%s\n\nGenerating server: %s\n\n%s\nRemote Server returned '%s'\n\n%s\n\n%s" % (
            l1, rcpt, l2, l3, host.upper().replace("MX1.", "EX01."), rcpt, diag, l4, hdrtxt)
        htm = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n<body>\n"
               "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">%s</font></b></p>\n"
               "<font color=\"#000000\" size=\"2\" face=\"Tahoma\"><p><a href=\"mailto:%s\">%s</a><br>\n%s</p>\n</font>\n"
               "<font color=\"#808080\" size=\"2\" face=\"Tahoma\"><p><b>%s</b></p>\n<p>%s<br>\nRemote Server returned '%s'</p>\n"
               "<p>%s</p>\n<pre>%s</pre>\n</font>\n</body>\n</html>\n") % (
            htmlmod.escape(l1), rcpt, rcpt, htmlmod.escape(l2), htmlmod.escape(l3), rcpt, htmlmod.escape(diag),
            htmlmod.escape(l4), htmlmod.escape(hdrtxt))
        tree = {"type": "multipart/report", "params": {"report-type": "delivery-status"}, "parts": [
            {"type": "multipart/alternative", "params": {"differences": "Content-Type"}, "parts": [
                {"type": "text/plain", "cs": "utf-8", "cte": "qp", "text": plain},
                {"type": "text/html", "cs": "utf-8", "cte": "qp", "text": htm}]},
            {"type": "message/delivery-status",
             "text": dsn_fields(host.replace("mx1.", "ex01."), rcpt, status, diag, remote=host)},
            copy_part]}
        sender_dom = rdom
        m(lang, "-", slug, frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s>" % sender_dom,
          subj=prefix + subj_orig, body="", note=note, trap=trap, auto="bounce", tree=tree,
          hdrs=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
                ("Content-Language", {"en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}[lang])],
          mailer="none", date=date)
    elif style == "gmail":
        note_text = text or dedent("""
            ** Address not found **

            Your message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.

            Learn more here: https://support.google.com/mail/?p=NoSuchUser

            The response from the remote server was:
            %s
            """) % (rcpt, diag)
        tree = {"type": "multipart/report", "params": {"report-type": "delivery-status"}, "parts": [
            {"type": "multipart/related", "parts": [{"type": "multipart/alternative", "parts": [
                {"type": "text/plain", "cs": "UTF-8", "text": note_text},
                {"type": "text/html", "cs": "UTF-8", "cte": "qp",
                 "text": "<html><head></head><body><div style=\"font-family:Google Sans,Roboto,Arial,sans-serif\">"
                         "<h2>Address not found</h2><p>Your message wasn't delivered to <b>%s</b> because the address "
                         "couldn't be found, or is unable to receive mail.</p><p>The response was:</p>"
                         "<p style=\"font-family:monospace\">%s</p></div></body></html>\n" % (rcpt, htmlmod.escape(diag))}]}]},
            {"type": "message/delivery-status",
             "text": dsn_fields("googlemail.com", rcpt, status, diag, remote=host,
                                extra_msg=["Received-From-MTA: dns; desk.example.test"])},
            copy_part]}
        m(lang, "-", slug, frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
          subj="Delivery Status Notification (Failure)", body="", note=note, trap=trap, auto="bounce", tree=tree,
          hdrs=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", rcpt)], mailer="none", date=date)
    elif style == "qmail":
        body = text or dedent("""
            Hi. This is the qmail-send program at %s.
            I'm afraid I wasn't able to deliver your message to the following addresses.
            This is a permanent error; I've given up. Sorry it didn't work out.

            <%s>:
            %s

            --- Below this line is a copy of the message.

            """) % (host, rcpt, diag)
        body += orig.decode("utf-8").replace("\r\n", "\n")
        m(lang, "-", slug, frm="MAILER-DAEMON@%s" % host, subj="failure notice", body=body, note=note, trap=trap,
          auto="bounce", mailer="none", date=date)
    elif style == "delay":
        note_text = text or dedent("""
            This is the mail system at host relay.example.test.

            ####################################################################
            # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
            ####################################################################

            Your message could not be delivered for 4.0 hours.
            It will be retried until it is 5.0 days old.

            For further assistance, please send mail to postmaster.

                               The mail system

            <%s>: %s
            """) % (rcpt, diag)
        tree = {"type": "multipart/report", "params": {"report-type": "delivery-status"},
                "preamble": "This is a MIME-encapsulated message.", "parts": [
                    {"type": "text/plain", "cs": "us-ascii", "text": note_text,
                     "headers": [("Content-Description", "Notification")]},
                    {"type": "message/delivery-status",
                     "text": dsn_fields("relay.example.test", rcpt, status, diag, action="delayed", remote=host),
                     "headers": [("Content-Description", "Delivery report")]},
                    {"type": "text/rfc822-headers", "text": headers_only(orig).decode("utf-8"),
                     "headers": [("Content-Description", "Undelivered Message Headers")]}]}
        m(lang, "-", slug, frm="Mail Delivery System <MAILER-DAEMON@relay.example.test>",
          subj="Delayed Mail (still being retried)", body="", note=note, trap=trap, auto="bounce", tree=tree,
          hdrs=[("Auto-Submitted", "auto-replied")], mailer="none", date=date)
    else:
        raise SystemExit("unknown bounce style " + style)


def receipt(lang, slug, *, frm, orig_subj, orig_to, prefix, text, note, trap="-", outlook=True, orig_msgid=None, date=None):
    """Register a read receipt (RFC 8098 MDN)."""
    rcpt_addr = addr_of(frm)
    orig_msgid = orig_msgid or "<rep-%s@%s>" % (hashlib.md5(slug.encode()).hexdigest()[:16], DESK_MSGID_DOMAIN)
    ua = "Microsoft Outlook 16.0" if outlook else "Mozilla Thunderbird 128.5.0"
    mdn = dedent("""
        Reporting-UA: %s
        Final-Recipient: rfc822;%s
        Original-Message-ID: %s
        Disposition: manual-action/MDN-sent-manually; displayed
        """) % ("pc-%s; %s" % (rcpt_addr.split("@")[0], ua), rcpt_addr, orig_msgid)
    tree = {"type": "multipart/report", "params": {"report-type": "disposition-notification"}, "parts": [
        {"type": "text/plain", "cs": "utf-8", "cte": "qp" if not is_ascii(text) else None, "text": dedent(text)},
        {"type": "message/disposition-notification", "text": mdn}]}
    m(lang, "-", slug, frm=frm, subj=prefix + orig_subj, body="", note=note, trap=trap, auto="receipt", tree=tree,
      irt=orig_msgid, mailer="outlook" if outlook else "thunderbird", date=date)

# ---------------------------------------------------------------- English, trigger-positive (1)

m("en", "cancellation_threat,outage,severe_dissatisfaction,technical_issue", "caps-rant-outage", trap="conditional",
  frm="Gary Pruitt <gary@pruittplumbing.test>", subj="SYSTEM DOWN AGAIN!!!!!",
  note="all-caps rant: service down for all staff, strongest anger, conditional move to competitor",
  body="""
YOUR SYSTEM HAS BEEN DOWN SINCE 6AM. NONE OF MY 14 GUYS CAN LOG IN, NOT ON THE PHONES, NOT ON THE LAPTOPS, NOTHING. I HAVE JOBS BOOKED ALL DAY AND NO WAY TO SEE THEM.

THIS IS THE WORST SERVICE I HAVE EVER PAID FOR.

FIX IT TODAY OR WE ARE GONE. I MEAN IT. THERE ARE 5 OTHER COMPANIES THAT DO WHAT YOU DO.

GARY
Sent from my iPhone
""", mailer="iphone")

m("en", "billing_dispute,legal_threat,repeat_contact", "small-claims-duplicate-charge", trap="conditional",
  frm="Meredith Okafor <m.okafor@customer.test>", subj="Re: Duplicate charge on card ending 4417 - 4th request",
  note="fourth mail about a duplicate charge; conditional small-claims filing",
  body="""
Hello again,

I am writing for the fourth time about the same thing, so forgive me if I skip the pleasantries.

On 2 February my card was charged $89.00 twice for the Pro plan. I have one account. I have one subscription. I sent you the bank statement on the 4th, again on the 11th and again last Monday. Each time I get an automatic reply with a ticket number and then nothing.

I spoke to a friend who is an attorney and she has told me exactly how to file in small claims court. If the second $89.00 is not back on my card by 15 March, that is what I will do, and I will add the filing fee to what you owe me.

I would genuinely prefer not to. Please just refund it.

Meredith Okafor
""", cs="utf-8", cte="qp")

m("en", "security_incident", "payout-bank-changed",
  frm="Luis Ferreira <luis.ferreira@gmail.com>", subj="someone changed my payout account",
  note="unauthorised login from abroad changed payout details",
  body="""
Hi

I got an email at 3:12am saying my payout bank account was updated. I was asleep. The activity log shows a login from Lagos, Nigeria, I have never been there. The new account is not mine.

Please freeze payouts on my account right now and tell me what else they touched.

Luis
""", html="gmail", alt=True)

m("en", "data_loss,technical_issue", "update-crash-notes-gone",
  frm="Priya Raman <priya@ramanphysio.test>", subj="App crashed after 4.2 update - client notes gone",
  note="crash on launch (technical) and a year of notes gone (data loss)",
  body="""
Hello support team,

I updated the iPad app to 4.2 this morning. It crashed twice on launch ("Example has stopped unexpectedly") and when it finally opened, every client note I wrote between January and December 2024 is gone. The clients are still there, the appointments are still there, but the notes fields are empty.

These are treatment notes that I am legally required to keep, so I really need them back. Is there a backup you can restore from?

Kind regards,
Priya Raman
Raman Physiotherapy
07700 900123
""", attach=[("crash-screenshot.png", "png")])

m("en", "safety,technical_issue", "reader-melted-charging",
  frm="Hannah Boyce <hboyce@icloud.com>", subj="Card reader got really hot and melted",
  note="device overheated, burning smell, melted casing near a child",
  body="""
Hi there,

I need to report something that frightened me a bit. Last night our R2 card reader was on its charging dock behind the counter and my daughter (she's 7) said it "smelled like burning". When I picked it up it was too hot to hold and the plastic around the USB-C port has melted and gone brown.

I've unplugged it and put it on the tile floor outside. I'm not using it again. Is this a known issue? Should the other two readers be unplugged too?

Hannah
Boyce's Bakery
""")

m("en", "discrimination_harassment,manager_request", "agent-mocked-accent",
  frm="Tunde Adeyemi <tunde.adeyemi@outlook.com>", subj="Complaint about phone agent, call ref 55213",
  note="agent mocked accent; asks for a supervisor",
  body="""
Good afternoon,

Today at about 2:40pm I called your support line about my invoice template (call reference 55213). The man I spoke to asked me three times to "speak properly" and then said, and I quote, "maybe get someone who speaks English to call back". Then he laughed and put me on hold.

I have been a customer for six years. I have never been spoken to like this by any company.

I would like a supervisor to call me back on 020 7946 0321. Not the same agent.

Tunde Adeyemi
""", html="outlook")

m("en", "broken_promise,media_threat,severe_dissatisfaction", "launch-delivery-followers",
  frm="Sasha Klein <sasha@sashaklein.test>", subj="you ruined my launch",
  note="promised delivery date missed, strong anger, threatens to tell followers",
  body="""
I ordered the starter kit on the 2nd and your sales guy PROMISED me, in writing, it would be here by the 14th for my pop-up launch. It's the 16th. Tracking hasn't moved in 5 days.

I ran the whole launch with a notebook and a cash box. It was humiliating.

I have 41k people following my shop on Instagram and TikTok and I am absolutely going to tell every one of them how you treat small businesses. Disgusting.

Sasha
""", mailer="iphone")

m("en", "feature_request", "datev-export-wish",
  frm="Oliver Brandt <oliver.brandt@brandt-steuer.test>", subj="Suggestion: DATEV export",
  note="polite enhancement request",
  body="""
Hi,

Small suggestion from an accountant who uses your invoicing module with about 30 clients: it would be great if you could add a direct DATEV export (the CSV format German tax advisers import). At the moment I export to Excel and rebuild the columns by hand every month.

Happy to send you a sample file if that helps.

Best,
Oliver
""")

m("en", "corporate_contact_request", "head-office-address-courier",
  frm="Rachel Ng <rachel.ng@ngandpartners.test>", subj="Head office postal address",
  note="asks for head-office postal address and legal department contact",
  body="""
Dear Sir or Madam,

Could you please let me have the postal address of your head office, and an email address for your legal department? We need to send the signed originals of our reseller agreement by courier and our paralegal does not want to use the generic support address for that.

Many thanks,
Rachel Ng
Operations Director
Ng & Partners LLP
""")

m("en", "executive_contact,repeat_contact,technical_issue", "cc-ceo-export-broken",
  frm="Douglas Whitmore <d.whitmore@whitmorelogistics.test>", subj="Export still broken - CEO copied",
  cc=["Jennifer Harper <jennifer.harper@example.test>"],
  note="fifth mail about broken export; has cc'd the vendor's CEO",
  body="""
Support,

I have now written five times about the same problem: the "Export to Excel" button on the shipments report produces a file that Excel refuses to open ("file format or extension is not valid"). Every ticket gets closed with "please clear your cache". We have cleared the cache. We have tried four browsers.

I've copied your CEO, Ms Harper, on this email, since it seems that is the only way anything gets looked at.

Douglas Whitmore
Head of Operations, Whitmore Logistics
""", html="outlook", entities=True)

m("en", "regulatory,security_incident", "other-customers-invoice-ico",
  frm="Alison Garvey <alison.garvey@btinternet.test>", subj="You sent me someone else's invoice",
  note="received another customer's personal data; reporting to ICO",
  body="""
This morning I received an email from your billing system with a PDF invoice attached. It is not my invoice. It belongs to a Mr D. Sandhu in Leicester and shows his home address, phone number and the last digits of his bank account.

That is a personal data breach, plain and simple. I have deleted the file, but I am reporting this to the ICO today and I expect you to tell Mr Sandhu.

A. Garvey
""")

m("en", "high_value_order,technical_issue", "po-40-readers-pairing",
  frm="Marcus Bell <marcus.bell@bellhospitality.test>", subj="PO-88231: 9 of 40 readers won't pair",
  note="order of $12,500.00 with 9 defective units (error E-203)",
  body="""
Hi team,

Our purchase order PO-88231 (40 x R2 card reader, total $12,500.00) was delivered on Monday. 31 units paired fine. The other 9 all fail at the pairing step with "E-203: handshake failed", on three different iPads.

We are opening two new venues on Saturday and those 9 readers are meant for them. Can you send replacements or tell us how to fix it?

Serial numbers attached.

Thanks,
Marcus Bell
IT Manager, Bell Hospitality Group
""", attach=[("serials.pdf", "pdf")])

m("en", "broken_promise,repeat_contact,technical_issue", "callback-never-came-vat",
  frm="Fiona MacLeod <fiona@macleodcrafts.test>", subj="Re: VAT rate wrong on invoices",
  note="promised callbacks missed twice; third mail; VAT field bug",
  body="""
Hi,

Tom promised me a call back on Tuesday. Then he promised Thursday. It's now Monday again and I've heard nothing, so this is the third time I'm writing about this.

The problem, again: every invoice I create still shows VAT at 17.5% even though my settings say 20%. I have to correct each one by hand before sending it.

Fiona
""", irt="<rep-20250303-1187@escalated.example.test>", trap="desk_thread")

m("en", "billing_dispute", "charged-twice-lowercase",
  frm="ben <benji.c@gmail.com>", subj="charged twice",
  note="short all-lowercase double-charge report",
  body="""
hey you guys charged me twice this month, 49 bucks on the 1st and again on the 3rd. can you put one back please

ben
""")

m("en", "cancellation_threat,technical_issue", "calendar-sync-friday",
  frm="Nadia Petrova <nadia@petrovadental.test>", subj="Calendar sync - deadline",
  trap="conditional", note="calendar sync broken for two weeks; conditional cancellation by Friday",
  body="""
Hello,

The Google Calendar sync has not worked for two weeks. New appointments don't appear in Google, and cancellations in Google don't come back. Your status page says "all systems operational".

We rely on this for three dentists. If it isn't working again by Friday we will cancel the subscription and go back to paper, honestly.

Nadia Petrova
Practice Coordinator
""")

m("en", "billing_dispute,broken_promise,manager_request", "refund-confirmed-not-arrived",
  frm="Colin Hargreaves <colin.hargreaves@hargreaves-co.test>", subj="Refund confirmed 3 March - still not received", date="2025-03-31 09:14",
  note="agent confirmed refund for duplicate charge; never arrived; asks for escalation to someone senior",
  body="""
Good morning,

On 3 March your colleague Anna confirmed by email that the duplicate annual charge (£480.00) would be refunded "within 5 working days". Today is 31 March. Nothing has arrived, and my bank confirms there is no pending credit.

I would now like this escalated to someone more senior who can actually release the money. Please do not send me another link to the refund policy.

Regards,
Colin Hargreaves
""", cs="iso-8859-1", html="outlook", alt=True)

m("en", "outage,technical_issue", "api-502-status-page",
  frm="Devon Price <devon@shipfast.test>", subj="API returning 502 for everything",
  note="API unreachable with 502 on every endpoint",
  body="""
Hey,

Since about 09:20 UTC every call to api.example.test returns 502 Bad Gateway. Auth, orders, webhooks, all of it. Our checkout depends on it so we're effectively offline.

Anything on your side? Status page is green.

- Devon (on-call at ShipFast)
""", mailer="thunderbird")

m("en", "severe_dissatisfaction,technical_issue", "invoice-pdf-blank-furious",
  frm="Patricia Lowell <patricia.lowell@lowelllaw.test>", subj="Invoices printing BLANK",
  note="blank PDFs bug; explicitly furious",
  body="""
I am furious. For the second month running your invoice PDFs come out completely blank - header, logo, and then nothing. My clients are phoning me asking whether this is a scam.

This is a basic function of an invoicing product. How is it possible that nobody has noticed?

Patricia Lowell
Lowell & Associates
--
This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Any unauthorised use or disclosure is prohibited.
""", trap="signature")

m("en", "feature_request", "dark-mode-please",
  frm="Kai <kai.nakamura@fastmail.test>", subj="dark mode??",
  note="short casual feature request",
  body="""
please please please add a dark mode to the desktop app. my eyes at 11pm doing the books...

thx
kai
""")

m("en", "data_loss", "agent-deleted-workspace",
  frm="Stephen Okoro <s.okoro@okoroarchitects.test>", subj="Our workspace was deleted by your agent",
  note="support agent closed the wrong workspace; all projects missing (human action, no malfunction)",
  body="""
Hello,

Last Thursday I asked your support team to close our OLD second workspace ("Okoro Test"). Someone closed the main one instead. Since Friday morning every project, every drawing revision and all client comments we had in "Okoro Architects" are missing. The workspace simply isn't in the list any more.

There are eleven years of project history in there. Please tell me today whether it can be restored.

Stephen Okoro
Principal
""", html="apple", alt=True)

m("en", "manager_request,severe_dissatisfaction", "supervisor-now",
  frm="Brenda Vossberg <brendav@aol.test>", subj="I want a supervisor",
  note="demands supervisor; calls service a disgrace",
  body="""
I spent forty minutes on hold today about a simple address change on my account and the 'agent' could not even do that. It is a disgrace.

Put me through to a supervisor. Not another agent, a SUPERVISOR. My number is on the account.

B. Vossberg
""")

m("en", "media_threat", "journalist-outage-comment",
  frm="Ellie Marsh <ellie.marsh@techdailynews.test>", subj="Press inquiry: reports of payment outage",
  trap="reported", note="journalist asking for comment (fires even when polite); the payment failures are readers' reports, not the sender's",
  body="""
Hi,

I'm a reporter at Tech Daily News. We've had several readers contact us saying they couldn't take card payments through your platform on Saturday afternoon. I'm working on a short piece for tomorrow and wanted to give you the opportunity to comment.

Could someone from your communications team get back to me by 4pm ET today?

Thanks,
Ellie Marsh
Reporter, Tech Daily News
+1 212 555 0143
""")

m("en", "high_value_order,billing_dispute", "invoice-overcharged-usd7k",
  frm="Karen Liu <karen.liu@liu-dental-group.test>", subj="Invoice INV-2025-0412 is wrong",
  note="annual contract invoice of USD 7k overcharged by 20 seats",
  body="""
Hi billing team,

Invoice INV-2025-0412 for our annual renewal came in at USD 7k (7,040.00). We have 32 seats, not 52 - we reduced in January and you confirmed it. At 32 seats it should be about USD 4,330.

Please void and re-issue, we can't pass this one to accounts payable.

Thanks,
Karen Liu
Practice Manager, Liu Dental Group
""")

m("en", "cancellation_threat,severe_dissatisfaction,technical_issue", "done-with-you-moving",
  frm="Roy Castellano <roy@castellanoautos.test>", subj="we're done",
  note="announces leaving to another vendor; inventory counts wrong after imports (bug); disgusted",
  body="""
Honestly I'm disgusted with how this has gone. For three months the parts inventory counts have been wrong after every stock import, and it's still not fixed.

We signed with another vendor yesterday. Cancel our account at the end of this billing period and don't auto-renew anything.

Roy
""")

m("en", "technical_issue", "csv-import-error-row",
  frm="Megan Taylor <megan.taylor@taylorflorist.test>", subj="CSV import fails at row 212",
  note="import error message",
  body="""
Hi,

When I import my customer list (CSV, UTF-8, 430 rows) the import stops with "Unexpected value in column 'postcode' at row 212". Row 212 is a perfectly normal UK postcode (SW1A 1AA). If I delete that row it fails at 213 instead.

Any ideas? File attached.

Megan
""", attach=[("customers.csv.txt", "txt")])

m("en", "outage,technical_issue", "everyone-logged-out",
  frm="Ahmed Siddiqui <ahmed@siddiquiaccounting.test>", subj="Nobody in the office can log in",
  note="system-wide: no one can log in at all",
  body="""
Good morning,

Since 8:30 nobody in our office (nine people, different browsers and the mobile app) can log in at all. The login page just spins and then says “Service temporarily unavailable”. Our other websites work fine so it’s not our internet – we checked.

Is there a problem on your side?

Ahmed Siddiqui
""", cs="windows-1252", cte="qp")

m("en", "broken_promise,cancellation_threat,technical_issue", "promised-fix-sprint",
  frm="Jonas Whitaker <jonas.whitaker@brightlane.test>", subj="Recurring invoices - you said this sprint",
  note="promised fix date missed; recurring-invoice date bug; will not renew unless fixed",
  body="""
Hi Martina,

In January you told us the recurring-invoice date issue would be fixed "in the next sprint, end of February at the latest". It's April. Still not fixed. We're running the recurring batch manually every month.

Our renewal is on 1 May and we've decided not to renew unless there's a fix in production before then. I'd rather stay, but not like this.

Jonas
""", trap="conditional")

m("en", "technical_issue", "password-manager-autofill",
  frm="Irene Papadopoulos <irene.p@protonmail.test>", subj="Login form breaks password manager autofill",
  trap="title", note="'password manager' is a product name, the real issue is a broken login form",
  body="""
Hi,

Since your new login page went live last week, my password manager (Bitwarden) can no longer fill the password field - it fills the email twice. Other sites are fine. Looks like the password field lost its autocomplete attribute?

Thanks,
Irene
""")

m("en", "executive_contact,severe_dissatisfaction", "wrote-to-board",
  frm="Gerald Fairweather <gerald.fairweather@fairweatherestates.test>", subj="Formal complaint",
  note="has written to the board; calls the treatment inexcusable and appalling",
  body="""
Dear Sirs,

I have today written to the chairman of your board and to your chief operating officer, enclosing copies of our correspondence of the last two months.

The treatment my firm has received from your onboarding team, for which we paid a fee of £1,950, is inexcusable: dismissive, condescending and entirely uninterested in our business. Appalling.

I expect a written response.

Yours faithfully,
Gerald Fairweather
Managing Partner
""", cs="iso-8859-1", cte="qp")

m("en", "regulatory", "ftc-complaint-renewal",
  frm="Tamara Jenkins <tamara.jenkins@yahoo.test>", subj="Filed FTC complaint",
  note="announces a filed FTC complaint about auto-renewal practices (no charge dispute stated)",
  body="""
FYI I have filed a complaint with the FTC about the way your website hides the auto-renew checkbox under the "Continue" button. I only want you to know that this is on file. Reference number is 184-22917.

T. Jenkins
""")

m("en", "severe_dissatisfaction,technical_issue", "lowercase-rant-reports",
  frm="mike d <mike.d.1987@gmail.com>", subj="reports",
  note="all-lowercase rant: reports show wrong totals; 'absolute joke, pathetic'",
  body="""
the sales report has shown the wrong totals for a week. it double counts refunds. i reported it in the chat on monday, nothing. this is an absolute joke of a product and pathetic support. pathetic.

mike
""")

m("en", "safety,technical_issue", "thermostat-sparks",
  frm="Eleanor Vance <eleanor.vance@vancefamily.test>", subj="Sparks from the wall unit",
  note="electric sparks and shock from installed unit",
  body="""
Hello,

Our Example Hub wall unit made a loud crack this evening and there were sparks coming out of the bottom vent. My husband got a small shock when he touched the front panel to turn it off. We've switched off the breaker.

We have two small kids at home. Please tell us what to do and whether there is a recall on this model (H-200, bought November).

Eleanor Vance
""", cs="utf-8", cte="b64")

m("en", "manager_request", "escalate-polite-po",
  frm="Sunita Kapoor <sunita.kapoor@kapoortextiles.test>", subj="Request to escalate case 20931",
  note="politely asks for escalation to a team lead (policy exception)",
  body="""
Dear Support,

Thank you for your reply on case 20931. I think this now needs someone with more authority: we are asking for an exception to the payment terms on our next invoice (60 days instead of 30, because of our year-end), and the agent says she does not have the authority to agree to that.

Could you please escalate the case to a team lead or manager? I'm available all week.

Warm regards,
Sunita Kapoor
Finance Manager, Kapoor Textiles
""")

m("en", "high_value_order,broken_promise", "gbp6200-fit-out-late",
  frm="Alistair Munro <alistair@munrobars.test>", subj="Order 55120 - promised for 1 April", date="2025-04-04 11:02",
  note="order worth £6,200 promised for 1 April, not delivered",
  body="""
Hi,

Order 55120 (six POS terminals plus printers, £6,200 incl. VAT) was promised for delivery on 1 April, in time for our opening. Your account rep confirmed the date twice. It's the 4th and the tracking still says "label created".

Can someone tell me where it actually is?

Alistair Munro
Munro Bars Ltd
""", cs="iso-8859-1")

m("en", "security_incident", "phishing-from-your-domain",
  frm="Claire Dubois-Hart <claire.dh@harttravel.test>", subj="Phishing email sent from your billing address",
  note="phishing sent from the company's own billing address to customers",
  body="""
Hi,

Three of our staff received an email from billing@example.test this morning (headers show it really came from your servers, DKIM passes) with a link to "update card details" on a site that is definitely not yours. One of them entered her card number before we noticed.

Either your mail system or a billing account has been compromised. Please look into it urgently and tell us what to do.

Claire
""", attach=[("phish-headers.txt", "txt")])

m("en", "repeat_contact,technical_issue", "keep-writing-barcode",
  frm="Ray Osei <ray.osei@oseigrocers.test>", subj="barcode scanner (again)",
  note="'I keep writing to you' about scanner bug",
  body="""
Hi, I keep writing to you about this and keep getting the same copy-paste answer. The barcode scanner input drops the first digit of every EAN since the March update. 5012345678900 becomes 012345678900 and the product isn't found.

Please read this one properly.

Ray
""")

m("en", "feature_request,technical_issue", "bug-and-wish",
  frm="Lena Fischer <lena@fischer-design.test>", subj="Two things: timer bug + idea",
  note="time-tracker bug plus separate enhancement request",
  body="""
Hello!

1) Bug: the time tracker stops counting when the laptop goes to sleep and shows a negative duration afterwards (-00:14:32 this morning).

2) Idea: could you add a way to round tracked time to 15 minutes automatically when it goes on an invoice? Lots of designers I know bill that way.

Thanks for a lovely product otherwise,
Lena
""", html="apple", alt=True, entities=True)

m("en", "cancellation_threat", "considering-switch-renewal",
  frm="Victor Hale <victor.hale@haleconsult.test>", subj="Renewal",
  note="announces move to another provider at contract end because of unreliability; no specific malfunction named",
  body="""
Hi,

Just a heads-up that we will be moving to another provider when our contract ends in June. We've had too many weeks this year where we couldn't rely on you, and the team has lost patience.

Please confirm what we need to do so that the contract doesn't auto-renew.

Victor
""")

m("en", "billing_dispute,cancellation_threat", "charged-after-cancelling",
  frm="Wendy Ashworth <wendy.ashworth@ashworthyoga.test>", subj="Charged AFTER I cancelled",
  note="charge after cancellation; chargeback threat; will close account",
  body="""
Hi,

I cancelled my subscription on 28 January (I have the confirmation email, ref CX-77812). You charged my card $39.00 on 1 February anyway.

Refund it please. If it isn't refunded this week I'll ask my bank for a chargeback and I'll delete the account completely, which I was happy to keep as a free one.

Wendy
""")

m("en", "legal_threat,safety", "burn-injury-solicitor",
  frm="Graham Pearce <graham.pearce@pearcecafe.test>", subj="Injury caused by your charging dock",
  note="burn injury from dock; solicitor instructed",
  body="""
Dear Example,

On Saturday one of my baristas suffered a burn to her palm when she lifted an R2 reader off its charging dock. The dock was visibly scorched underneath. She needed treatment at A&E.

I have instructed a solicitor, who will be in touch with you this week. In the meantime please confirm in writing whether there is a known fault with dock model D-2.

Graham Pearce
Owner, Pearce's Café
""", cs="iso-8859-1", cte="qp", subj_enc="q")

m("en", "discrimination_harassment", "rep-inappropriate-messages",
  frm="Jasmine Carter <jasmine.carter@cartereventsco.test>", subj="Your sales rep's messages",
  note="harassment by a company rep (personal messages after a demo)",
  body="""
Hi,

I'm not sure who the right person is for this. After our product demo two weeks ago, the sales rep who ran it (Kyle) has been texting my personal number - comments about my photo, asking me out for drinks "to discuss pricing", and last night a message I won't repeat. I never gave him that number; it was only on our signup form.

This needs to stop. I'm forwarding the screenshots if you need them.

Jasmine
""")

m("en", "corporate_contact_request,severe_dissatisfaction", "ceo-email-address-now",
  frm="Neil Braddock <neil@braddockhaulage.test>", subj="CEO email",
  note="demands CEO's email and head office number; calls it the worst service",
  body="""
What is the email address of your CEO? And a phone number for your head office, not this support line.

Worst customer service I have dealt with in 30 years of running a business.

Neil Braddock
""")

m("en", "data_loss,technical_issue", "sync-conflict-wiped-folder",
  frm="Rosa Delgado <rosa.delgado@delgadophoto.test>", subj="Sync wiped a whole folder",
  note="sync error dialog followed by a wiped folder",
  body="""
Hi support,

Yesterday the desktop sync client showed "Sync conflict - error 0x80070091" about fifty times, I clicked OK on all of them, and now the folder Clients/2025 is empty on my Mac, on the web and on my second laptop. About 1,800 RAW files from three weddings.

The trash folder on the web doesn't have them either. Please help - the couples haven't received their galleries yet.

Rosa
""", flowed=True)

m("en", "outage,technical_issue", "payments-down-saturday",
  frm="Tom Becker <tom@beckersbarbers.test>", subj="card payments not working at all",
  note="payment processing down across all shops",
  body="""
All three of our shops can't take card payments since 11am. Every reader says "processor unavailable, try later". Cash only on a Saturday, queue out the door.

Please tell me when it's back.

Tom Becker
07911 123456
""", mailer="iphone")

m("en", "manager_request,technical_issue", "speak-to-someone-in-charge",
  frm="Louise Tran <louise.tran@tranpharmacy.test>", subj="Label printer integration",
  note="integration bug; asks for someone in charge",
  body="""
Hello,

The label printer integration prints every prescription label twice since Friday, and the second copy is cut off halfway through. We've switched it off and are writing labels by hand, which is slowing the whole counter down.

I'd like to speak with whoever is in charge of your support team today, please. This can't wait for the normal queue.

Louise Tran, MPharm
Tran Pharmacy
""")
# ---------------------------------------------------------------- English, trigger-positive (2)

m("en", "legal_threat", "lawyers-in-touch-quoted", trap="quoted",
  frm="Harriet Quayle <h.quayle@quaylemedical.test>", subj="Re: Your account has been suspended [Case 30871]",
  irt="<rep-20250410-30871@escalated.example.test>",
  note="own line announces lawyers; quoted desk reply below is harmless",
  body="""
You suspended a medical practice's booking system on a Monday morning without a single warning. Our lawyers will be in touch with you about the consequences.

Harriet Quayle
Practice Manager

On Thu, 10 Apr 2025 at 08:02, Example Support <support@example.test> wrote:
> Hello Harriet,
>
> Thank you for contacting Example Support. Your account was suspended
> by our automated risk system. We have passed your case to the
> relevant team and will get back to you as soon as possible.
>
> Kind regards,
> Example Support
""", html="gmail", alt=True)

m("en", "data_loss,legal_threat", "counsel-claim-damages",
  frm="Peter Ashdown <p.ashdown@ashdownwealth.test>", subj="Loss of client records - notice",
  note="three years of records lost during vendor's migration; counsel preparing a damages claim",
  body="""
Dear Example team,

Following your "database migration" on the weekend of 22 February, our client records from 2021 to 2023 are no longer in the system. Your engineer confirmed on the phone that the records were not carried over and that there is "no copy".

As a regulated financial adviser we are obliged to keep these records. Our counsel is preparing a claim for damages and will write to you separately.

Peter Ashdown
Director
Ashdown Wealth Management Ltd
Registered in England No. 08812345
""", html="outlook", attach=[("engineer-call-notes.pdf", "pdf")])

m("en", "billing_dispute,legal_threat", "see-you-in-court-lowercase",
  frm="dwayne <dwayne.t@hotmail.test>", subj="1200 dollars",
  note="lowercase: unauthorised $1,200 debit; 'see you in court'",
  body="""
you took $1,200 out of my business account on the 3rd and i never authorized anything close to that. my plan is 29 a month.

put it back or i will see you in court. not kidding

dwayne
""", mailer="iphone")

m("en", "billing_dispute,legal_threat,regulatory", "cfpb-and-attorney",
  frm="Linda Moreau <linda.moreau@moreaurealty.test>", subj="Unauthorized recurring charges",
  note="unauthorised recurring charges; CFPB complaint filed; attorney reviewing",
  body="""
To whom it may concern,

For five months you have charged my card $149.00 for a "Business Plus" plan I never selected. I only ever signed up for the $19 plan and have screenshots of the checkout page.

I have filed a complaint with the Consumer Financial Protection Bureau and my attorney is reviewing whether to take further legal action. I want all of the overcharges, $650.00 in total, returned.

Linda Moreau
Moreau Realty
""", cs="windows-1252", cte="qp")

m("en", "regulatory", "gdpr-violation-marketing",
  frm="Sebastian Kroll <s.kroll@posteo.test>", subj="Erasure request ignored - GDPR",
  note="alleges GDPR violation after ignored erasure request; will complain to authority",
  body="""
Hello,

On 9 January I asked you, under Article 17 GDPR, to delete my account and all personal data. You confirmed the request. Since then I have received seven marketing emails from you, the latest one this morning.

This is a GDPR violation. Unless I receive written confirmation of deletion within 14 days I will lodge a complaint with the data protection authority.

Sebastian Kroll
""")

m("en", "regulatory", "state-attorney-general",
  frm="Darlene Whitcombe <darlene.whitcombe@gmail.com>", subj="Complaint submitted",
  note="complaint to the state Attorney General (a regulator) - regulatory only, no lawyer of her own",
  body="""
Hi,

I want you to know that I have submitted a complaint to the Texas Attorney General's consumer protection division about your "free trial" that cannot be cancelled online. Complaint number CPD-2025-118733.

Darlene Whitcombe
""")

m("en", "regulatory,safety,technical_issue", "trading-standards-charger",
  frm="Owen Pritchard <owen.pritchard@pritchardgarage.test>", subj="Replacement charger - no markings and gets scorching hot",
  note="charger overheats (safety); reporting to Trading Standards",
  body="""
Hello,

The replacement charger you sent for our handheld terminal has no UKCA or CE marking anywhere on it, and after twenty minutes it gets so hot I can't hold it. There's a brown mark on the desk where it sat.

I've unplugged it and I'm reporting it to Trading Standards tomorrow morning. Please send a proper charger.

Owen Pritchard
Pritchard's Garage, Swansea
""", cs="iso-8859-1", cte="qp")

m("en", "broken_promise,media_threat", "trustpilot-onboarding-call",
  frm="Mei Lin Cho <meilin@chotea.test>", subj="Onboarding call that never happened",
  note="promised onboarding call never happened; announces 1-star reviews",
  body="""
Hi,

We were promised a one-hour onboarding call "within 48 hours of signing up". That was eleven days ago. Two calendar invites were sent and nobody joined either of them.

I'll be leaving a one-star review on Trustpilot and G2 this weekend describing exactly that. I'd happily update it if someone actually shows up.

Mei Lin Cho
Cho Tea House
""")

m("en", "media_threat,outage,technical_issue", "linkedin-post-outage",
  frm="Arjun Mehta <arjun.mehta@mehtacapital.test>", subj="Down for 3 hours and no update",
  note="platform down for hours; will post about it on LinkedIn",
  body="""
Your entire platform has been unreachable for three hours now (dashboard, API, mobile app), and there isn't a single word on your status page or your X account.

I'm writing a LinkedIn post about this tonight. I've got a lot of SaaS founders in my network and they should know how you handle incidents.

Arjun
""", html="gmail", alt=True)

m("en", "media_threat,severe_dissatisfaction,technical_issue", "podcast-episode",
  frm="Carla Benedetti <carla@smallbizhour.test>", subj="You'll be on next week's episode",
  note="podcaster threatens an episode about the company; booking widget drops appointments; 'shameful'",
  body="""
Hi,

I host the Small Biz Hour podcast (about 22,000 listeners, mostly shop owners like me). After the way I've been treated over the last fortnight (booking widget dropping half my appointments, support telling me it's my fault), next week's episode is going to be about Example. It is shameful how you treat small customers.

If anyone wants to give their side, reply to this email.

Carla Benedetti
""")

m("en", "media_threat", "trade-mag-breach-rumour", trap="reported",
  frm="Rob Sinclair <rob.sinclair@retailweekly.test>", subj="Request for comment - Retail Weekly",
  note="trade journalist asks for comment on rumours (the breach is hearsay, not reported by the sender)",
  body="""
Hello,

I'm a journalist with Retail Weekly. A couple of retailers have told me they believe customer data may have been exposed through your platform last month. I haven't been able to verify this and would like to give you the chance to respond before we publish anything.

Is there someone in your press office I can speak to? My deadline is Thursday noon.

Best regards,
Rob Sinclair
Senior Reporter | Retail Weekly
+44 20 7946 0877
""", html="outlook", alt=True)

m("en", "cancellation_threat,executive_contact", "writing-to-ceo-directly",
  frm="Frances O'Neill <frances.oneill@oneillhotels.test>", subj="Final attempt before we leave",
  note="will write to the CEO; announces leaving at term end",
  body="""
Hello,

Tonight I will write to your chief executive directly, and unless something changes very quickly we will terminate the contract at the end of this quarter and move all six hotels to a different system.

Frances O'Neill
Group Operations
O'Neill Hotels
""")

m("en", "broken_promise,executive_contact,high_value_order", "vp-sales-48k-contract",
  frm="Gabriel Santos <gabriel.santos@santosfreight.test>", subj="Our $48,000 contract - onboarding not delivered",
  note="$48,000/yr contract; promised dedicated onboarding not delivered; already emailed VP of Sales",
  body="""
Hi,

When we signed our annual contract ($48,000/year, signed 14 January) your VP of Sales, Mark Dunn, promised us a dedicated onboarding engineer for the first 60 days. We've had one 30-minute call. Our integrations are still not live.

I have already emailed Mark about this directly and copied him again here. I'm writing to support as well because I'm told that's "the process".

Gabriel Santos
CTO, Santos Freight
""", cc=["Mark Dunn <mark.dunn@example.test>"])

m("en", "billing_dispute,executive_contact", "linkedin-ceo-message",
  frm="Tessa Rowe <tessa.rowe@rowecatering.test>", subj="Wrong plan charged",
  note="charged for the wrong plan; has messaged the CEO on LinkedIn",
  body="""
Hi,

Our card was charged for the Enterprise plan ($399) in March. We are on Business ($99) and always have been, the plan page in our account still says Business.

I also sent a message to your CEO on LinkedIn this morning because I honestly didn't know if anyone reads this inbox.

Tessa
""")

m("en", "corporate_contact_request", "corporate-office-phone",
  frm="Howard Greene <hgreene@greenehvac.test>", subj="corporate office number?",
  note="asks for the corporate office phone, explicitly not the support line",
  body="""
Hi, can you give me the phone number for your corporate office? Not the support line, the corporate number. I need to talk to someone about a partnership complaint.

Howard Greene
Greene HVAC
(512) 555-0190
""")

m("en", "corporate_contact_request", "board-and-registered-office",
  frm="Imogen Blake <imogen.blake@blakeandco.test>", subj="Registered office / board contact",
  note="asks for registered office address and how to contact the board",
  body="""
Dear Support,

For a formal letter of complaint, could you please provide:

- your company's registered office address, and
- the name and contact details of the board member responsible for customer service?

Thank you.

Imogen Blake
""", cs="iso-8859-1")

m("en", "corporate_contact_request,legal_threat", "serve-papers-address",
  frm="Marcus Thorne <marcus.thorne@thornebuild.test>", subj="Address for service",
  note="asks for legal department address to serve a claim",
  body="""
Please provide the full name and postal address of your legal department, or the address at which legal papers can be served on your company. We will be issuing a claim over the damage your engineers caused to our warehouse floor during the installation.

M. Thorne
Thorne Building Supplies
""")

m("en", "discrimination_harassment", "installer-refused-muslim-owned",
  frm="Yusuf Rahman <yusuf@rahmanmarket.test>", subj="Installer refused to install our terminals",
  note="installer refused service citing the owners' religion",
  body="""
Assalamu alaikum / hello,

Your installer came to our supermarket this morning for the terminal installation we booked three weeks ago. He looked at the halal signs and the prayer timetable by the door, said he "doesn't do jobs for people like you", and left without even coming in.

We are a Muslim-owned family business. I want to know what you are going to do about this.

Yusuf Rahman
Rahman Market
""", html="gmail", alt=True)

m("en", "discrimination_harassment,severe_dissatisfaction", "too-old-for-technology",
  frm="Dorothy Ambrose <dorothy.ambrose@btinternet.test>", subj="Rude young man on your helpline",
  note="age discrimination by an agent; 'outrageous'",
  body="""
Dear Sir or Madam,

I telephoned your helpline yesterday afternoon because I could not find where to change the bank details for my little craft shop. The young man told me that I was "probably too old for this kind of technology" and that I should "get a grandchild to do it".

I am 71 years old and I have run my own business for forty years. Being spoken to like that is outrageous.

Yours sincerely,
Mrs D. Ambrose
""", cs="iso-8859-1")

m("en", "discrimination_harassment", "driver-threatened-me",
  frm="Kelly Horvath <kelly.horvath@horvathvet.test>", subj="Your courier threatened me",
  note="delivery driver working for the company threatened the customer",
  body="""
Hi,

When your delivery driver brought our replacement reader today I asked him to wait two minutes while I finished with a client. He started shouting, called me a "stupid cow" and said he'd "sort me out" next time. He then threw the box on the floor.

I want an apology, and I don't want that driver coming to our clinic again.

Kelly Horvath
Horvath Veterinary Clinic
""")

m("en", "security_incident", "2fa-codes-not-requested",
  frm="Nikhil Bose <nikhil.bose@gmail.com>", subj="Getting 2FA codes I didn't request",
  note="unrequested 2FA codes plus a new-device login notification",
  body="""
Hi, over the last hour I've received six 2FA codes by SMS that I did not request, and then an email saying "new sign-in from Chrome on Windows, São Paulo, Brazil". I'm in Manchester on a Mac.

I've changed my password. Can you check what happened and kill any other sessions?

Nikhil
""", flowed=True)

m("en", "data_loss,security_incident", "intruder-deleted-products",
  frm="Ana Kovac <ana@kovacboutique.test>", subj="Someone got into our shop and deleted everything",
  note="unauthorised access; all products deleted",
  body="""
HELP.

Someone logged into our store admin overnight (the login history shows an IP in Romania, we're in Dublin) and deleted all 640 products and every discount code. The shop is empty.

Please restore everything and tell us how they got in. We had 2FA turned on.

Ana Kovac
Kovac Boutique
""")

m("en", "security_incident", "api-key-in-screenshot",
  frm="Theo Lambert <theo.lambert@lambertapps.test>", subj="Our live API key is visible in your blog post",
  note="leaked credentials: customer's live key exposed in company's published screenshot",
  body="""
Hi,

Your blog post "5 ways to automate invoicing" published yesterday has a screenshot of the developer console. The full live API key in that screenshot is OUR key (account lambertapps, I recognise the suffix ...f9Q2). Your support engineer must have taken it during our screen share last month.

I've rotated the key but I need to know who else had access to that screenshot and please take the post down.

Theo Lambert
""", attach=[("blog-screenshot.png", "png")])

m("en", "safety,technical_issue", "battery-swelling",
  frm="Marta Nowak <marta.nowak@nowakpizza.test>", subj="Handheld battery swollen, case split",
  note="swollen battery splitting the case",
  body="""
Hello,

The battery in one of our H5 handheld terminals has swollen so much that the back of the case has split open. It's warm to the touch even though it's switched off. I've put it in a metal tin on the balcony.

What should we do with it, and should we check the other four?

Marta Nowak
""", cs="utf-8", cte="b64")

m("en", "safety", "rubber-feet-toddler",
  frm="Jess Whitfield <jess.whitfield@icloud.com>", subj="Small parts come off Hub stand",
  note="choking hazard: detachable rubber feet found in a toddler's mouth",
  body="""
Hi,

Just a heads up and a bit of a complaint - the little rubber feet on the Hub desk stand come off really easily. I found one in my 18-month-old's mouth this afternoon. He's fine, but it's a proper choking hazard and there's nothing on the box about small parts.

Jess
""", mailer="iphone")

m("en", "safety,technical_issue", "reboot-loop-smoke-smell",
  frm="Dimitri Volkov <d.volkov@volkovmotors.test>", subj="Terminal reboot loop then smoke smell",
  note="reboot loop with error code (technical) and then smoke (safety)",
  body="""
Hi,

Since this morning our counter terminal T3 keeps rebooting every few minutes with "System error 0x17 - restarting". Around 3pm it started smelling of smoke from the back vents and the screen went black. We've unplugged it.

Can you send a replacement and tell us if it's safe to keep the other one running?

Dimitri Volkov
Volkov Motors
""")

m("en", "data_loss", "migration-half-records-missing",
  frm="Sandra Eriksen <sandra.eriksen@eriksendental.test>", subj="Patient records missing after your migration",
  trap="title", note="records missing after migration performed by the vendor's team (no malfunction claimed); 'Office Manager' is a title",
  body="""
Hello,

Your migration team moved us from the old Classic plan to the new platform last weekend. When we opened on Monday, roughly half of our patient records are missing - everyone with a surname from M to Z. Our exported list from before the migration has 4,212 patients; the new system has 2,031.

Please tell us how you'll recover the rest. We can send the old export if that helps.

Sandra Eriksen
Office Manager
Eriksen Dental
""", html="outlook", alt=True)

m("en", "outage,technical_issue", "whole-platform-timeouts",
  frm="Jakub Novak <jakub@novakdev.test>", subj="Is the whole platform down?",
  note="short: dashboard, app and API all time out",
  body="""
Is the whole platform down? Dashboard, app and API all time out since 14:05 CET. Nothing on status.example.test.
""")

m("en", "outage,technical_issue", "third-outage-this-month", trap="not_repeat",
  frm="Rachel Adeyemi <rachel@adeyemiclinics.test>", subj="Down again",
  note="'third outage this month' counts outages, not contacts - outage only",
  body="""
Hi,

The booking portal is down again - patients get "503 Service Unavailable" on every page and so do we in the admin area. That's the third outage this month.

When will it be back?

Rachel Adeyemi
Clinic Administrator
""")

m("en", "cancellation_threat,outage,severe_dissatisfaction,technical_issue", "rambling-busy-week",
  frm="Moira Kilbride <moira.kilbride@kilbridetours.test>", subj="A week I would rather forget",
  note="long rambling mail; the outage, the anger and the leaving announcement are single sentences in the middle",
  body="""
Hello whoever is reading this,

Let me start by saying that I've been with you since you were a tiny company with a chat window that one of the founders answered himself, and I've recommended you to at least a dozen other tour operators on the west coast over the years. So this isn't coming from someone who enjoys writing complaint emails.

This week has been our busiest of the year. We had two coach groups from Germany arriving on Tuesday, a wedding party on Wednesday, and the Fèis on Thursday and Friday, which always means every guide is out from dawn to dusk. My sister was also covering the office because I had my knee done last month, so she's not as used to the system as I am.

On Wednesday your whole system went down for most of the afternoon and none of us, not me, not my sister, not the guides on their phones, could get into anything at all. I have honestly never been so angry at a supplier in thirty years of business; it was a total shambles. We've decided that once this season is over we'll be moving to another booking provider.

Anyway, the wedding party were lovely about it and the Germans didn't notice. My sister sends her regards to Callum who helped her in the spring with the invoices.

All the best,
Moira Kilbride
Kilbride Tours, Isle of Skye
""", cs="iso-8859-1", cte="qp", html="outlook", alt=True, entities=True)

m("en", "broken_promise", "technician-no-show",
  frm="Paul Brennan <paul.brennan@brennanpub.test>", subj="Technician no-show",
  note="promised technician visit did not happen",
  body="""
Hi,

Your booking confirmation said a technician would come Tuesday between 8 and 12 to install the new kitchen printer. I stayed in all morning. Nobody came and nobody called.

Can we rebook for this week, and can someone actually turn up this time?

Paul Brennan
The Brennan Arms
""")

m("en", "broken_promise,repeat_contact", "emailed-twice-promised-credit",
  frm="Grace Oduya <grace.oduya@oduyacleaning.test>", subj="Credit you promised (emailed twice already)",
  note="'emailed you twice already' => third contact; promised service credit not applied",
  body="""
Hi,

I've emailed you twice already about this and both times someone told me the service credit we were offered for the late hardware delivery "will show on your next invoice". My next invoice came this morning. No credit.

Can you please just apply it?

Grace Oduya
""")

m("en", "repeat_contact,technical_issue", "3rd-email-short",
  frm="Sam Whitlock <sam.whitlock@whitlockbikes.test>", subj="3rd email - receipts not sending",
  note="short: third email about receipt emails not being sent",
  body="""
This is my 3rd email about this. Customer receipts haven't been emailed since Thursday - the "send receipt" button spins and nothing arrives. Please reply.

Sam
""")

m("en", "broken_promise,manager_request,repeat_contact", "called-four-times-manager",
  frm="Beatrice Holm <beatrice.holm@holmflowers.test>", subj="Please have a manager call me",
  note="called four times; 'done by end of day' promises not kept; asks for a manager",
  body="""
Hello,

I've called your helpline four times in the last two weeks about getting our second shop added to the same account. Every time the agent says it'll be done "by end of day" and every time nothing happens.

I'd like a manager to call me, please, rather than another agent. 0161 496 0742, any time after 10.

Beatrice Holm
""")

m("en", "high_value_order", "twelve-thousand-dollars-setup",
  frm="Curtis Langley <curtis.langley@langleyinsurance.test>", subj="Enterprise setup incomplete",
  note="'twelve thousand dollars' spelled out; paid setup still not complete",
  body="""
Hi,

We paid twelve thousand dollars for the Enterprise setup package in February. Two months later only three of the seven integrations we need are configured, and nobody can tell me when the rest will be done.

Can someone send me a plan with dates?

Curtis Langley
VP Finance, Langley Insurance Group
""")

m("en", "high_value_order", "eur-9999-wrong-items",
  frm="Henrik Dahl <henrik.dahl@dahlcafes.test>", subj="Order 60318 - wrong items delivered",
  note="order of €9 999 delivered with wrong items",
  body="""
Hello,

Our order 60318 (total €9 999, 22 terminals and 22 printers for our cafés in Copenhagen and Malmö) arrived today, but the boxes contain the old T2 model instead of the T3 we ordered and paid for. The printers are fine.

Please arrange an exchange - we can't roll out the T2s.

Henrik Dahl
Dahl Cafés ApS
""", cs="utf-8", cte="qp")

m("en", "billing_dispute,high_value_order", "15000-eur-debited-twice",
  frm="Sophie Laurent <sophie.laurent@laurentgroup.test>", subj="Invoice INV-77120 debited twice",
  note="invoice of 15.000 EUR debited twice by direct debit",
  body="""
Hello,

Your invoice INV-77120 for our annual licence (15.000 EUR) was collected twice by direct debit, on 1 and 2 April. Our treasury team has flagged it. Please return the second debit and confirm by email.

Sophie Laurent
Head of Finance
Laurent Group
""", html="outlook", entities=True)

m("en", "high_value_order", "23k-renewal-licenses-missing",
  frm="Malik Johnson <malik.johnson@johnsonlegal.test>", subj="Paid renewal, licences not activated",
  note="US$ 23,400 renewal paid but licences not activated",
  body="""
Hi,

We paid the renewal invoice (US$ 23,400, 120 seats) on 28 March, but as of today the account shows 40 active seats and 80 "pending" ones that staff can't use. Payment confirmation attached.

Could someone activate the remaining seats?

Malik Johnson
Office Manager, Johnson Legal LLP
""", trap="title", attach=[("payment-confirmation.pdf", "pdf")])

m("en", "feature_request", "apple-pay-readers",
  frm="Natalie Brooks <natalie@brookscoffee.test>", subj="Apple Pay on the readers please",
  note="request to add a capability",
  body="""
Hi!

We love the new readers. Please add Apple Pay / Google Pay tap support for the older R1 units too - half our regulars try to pay with their phones and we have to say no.

Thanks,
Natalie
""", html="apple", alt=True)

m("en", "cancellation_threat,feature_request", "multi-currency-or-we-go", trap="conditional",
  frm="Lars Eriksson <lars@northwindtrading.test>", subj="Multi-currency invoicing",
  note="asks for multi-currency support; conditional leaving if not added",
  body="""
Hello,

We now invoice in EUR, SEK and GBP. Please support multi-currency invoices - one invoice template per currency, with the correct bank details printed automatically.

To be honest: if this isn't on your roadmap for this year, we'll have to move to a system that has it when our contract ends.

Lars Eriksson
Northwind Trading AB
""")

m("en", "feature_request", "rambling-feedback-one-wish",
  frm="Beth Callaghan <beth.callaghan@callaghanflorals.test>", subj="Some feedback after a year",
  note="long friendly mail with a single enhancement request in the middle",
  body="""
Hi there,

It's been exactly a year since we moved the shop onto Example and I thought I'd write with some feedback, since you asked in the newsletter.

The good: bookings for workshops are so much easier now, my part-time staff picked it up in a day, and the card reader has survived being dropped into a bucket of water (don't ask).

One thing that would make a huge difference for us is if you could let customers choose a delivery time slot when they order online - at the moment they just pick a date and then phone us anyway to say "after 2pm please". A simple morning/afternoon option would do.

Otherwise keep doing what you're doing. Mother's Day went brilliantly this year.

Beth
Callaghan Florals
""")

m("en", "feature_request", "ack-reply-webhook-retry", trap="desk_thread",
  frm="Ivan Petrov <ivan.petrov@petrovtech.test>", subj="Re: [Example Support] We received your request #41872",
  irt="<ack-20250512-41872@escalated.example.test>",
  note="customer reply to the desk's auto-acknowledgement, adding an enhancement request",
  body="""
Thanks for the ticket number. One more thing for the same request: it would be really useful if the webhook settings had a configurable retry policy (number of retries and backoff). Right now we can't tell whether you retry at all.

Ivan
""")

m("en", "billing_dispute", "never-signed-up",
  frm="Glenn Whitaker <glenn.whitaker@outlook.com>", subj="Charge from EXAMPLE*CLOUD on my card",
  note="unauthorised charge from a non-customer",
  body="""
Hello,

There's a charge of $59.00 from "EXAMPLE*CLOUD" on my credit card statement dated 6 May. I have never signed up for anything with your company. Please cancel whatever this is and refund the charge.

Glenn Whitaker
""")

m("en", "billing_dispute,severe_dissatisfaction", "overcharged-again-caps",
  frm="Stella Markovic <stella@markovicsalon.test>", subj="OVERCHARGED AGAIN",
  note="overcharged again; angry, calls it a scam and unacceptable",
  body="""
You OVERCHARGED me AGAIN. $118 instead of $59. Last month too. This is absolutely UNACCEPTABLE and it's starting to feel like a scam.

Fix it.

Stella
""", mailer="iphone")

m("en", "manager_request", "can-i-speak-to-manager",
  frm="Frank Delaney <frank.delaney@delaneyroofing.test>", subj="Manager",
  note="two-liner asking for the manager",
  body="""
Can I please speak to your manager about my account. Call me on 555-0148.

Frank
""")

m("en", "manager_request,technical_issue", "office-manager-wants-supervisor", trap="title",
  frm="Paula Jimenez <paula.jimenez@jimenezlaw.test>", subj="Timesheets not saving",
  note="sender is the office manager (title) but also really asks for a supervisor",
  body="""
Hello,

I'm the office manager here at Jimenez Law. Since Monday, timesheets entered on the mobile app do not save - the spinner runs forever and then shows "Error 409 - conflict". The attorneys are keeping their hours on paper until it's fixed.

The first-line answer was "reinstall the app". We've done that. I'd like to talk to your supervisor or a team lead about this today, please.

Paula Jimenez
Office Manager
""")
# ---------------------------------------------------------------- English, trigger-positive (3)

m("en", "corporate_contact_request,executive_contact", "writing-to-ceo-need-email",
  frm="Walter Bergstrom <walter.bergstrom@bergstromfarms.test>", subj="CEO's email address",
  note="announces writing to the CEO and asks for the CEO's email",
  body="""
Hello,

I'm going to write to your CEO about the way our account has been handled. What is her direct email address? Please don't send me the general contact form.

Walter Bergstrom
Bergstrom Farms
""")

m("en", "corporate_contact_request", "chief-customer-officer-contact",
  frm="Anjali Menon <anjali.menon@menonclinics.test>", subj="Contact for your Chief Customer Officer",
  note="polite request for an executive's contact details",
  body="""
Dear Example Support,

Could you let me know who your Chief Customer Officer is and how best to reach them by email? Our group of clinics is reviewing its software suppliers, and our procurement office keeps an executive contact for each vendor on file.

With thanks,
Dr Anjali Menon
Medical Director, Menon Clinics
""", html="outlook", alt=True)

m("en", "corporate_contact_request", "head-office-adress-typo",
  frm="gary w <garyw1972@hotmail.test>", subj="adress",
  note="lowercase with typos: asks for head office address",
  body="""
whats the adress of ur head office, i want to send a letter by post. not the support one the real office
""")

m("en", "corporate_contact_request,legal_threat", "general-counsel-solicitor",
  frm="Imran Qureshi <imran.qureshi@qureshiwholesale.test>", subj="General Counsel contact details",
  note="solicitor instructed; asks for the General Counsel's contact details",
  body="""
Hello,

Please send me the name and direct contact details of your General Counsel. Our solicitors have been instructed regarding the stock your courier destroyed in March and need to write to the right person.

Imran Qureshi
Director, Qureshi Wholesale Ltd
""", cs="iso-8859-1", cte="qp")

m("en", "corporate_contact_request,severe_dissatisfaction", "caps-hq-number",
  frm="DONNA FIELDS <donna.fields@fieldsflorist.test>", subj="HEADQUARTERS NUMBER",
  note="all caps: demands headquarters phone number; 'sick and tired', 'appalling'",
  body="""
GIVE ME THE PHONE NUMBER FOR YOUR HEADQUARTERS. I AM SICK AND TIRED OF TALKING TO A ROBOT. YOUR SUPPORT IS APPALLING.

DONNA
""")

m("en", "corporate_contact_request", "board-secretary-contact",
  frm="Henry Asquith <henry.asquith@asquithinvest.test>", subj="Company secretary / board contact",
  note="asks for the company secretary's and board's contact for a formal letter",
  body="""
Dear Sirs,

Kindly provide the contact details of your company secretary, or of the board, so that I may send a formal letter regarding our enterprise agreement.

Yours faithfully,
Henry Asquith
""")

m("en", "data_loss", "restored-backup-march-missing",
  frm="Chloe Barnett <chloe.barnett@barnettevents.test>", subj="Everything since 1 March is gone after your restore",
  note="vendor restored an old backup; two months of bookings missing",
  body="""
Hi,

Yesterday your team restored our account from a backup to fix the duplicate-client problem. The duplicates are gone - and so is every booking, invoice and client note we entered since 1 March. Two months of work.

Please tell me this can be undone. We have 60 events in May.

Chloe Barnett
Barnett Events
""", html="gmail", alt=True)

m("en", "data_loss,repeat_contact,technical_issue", "import-wizard-overwrote",
  frm="Simon Achebe <simon.achebe@achebeinsurance.test>", subj="Import crashed and blanked our customer list",
  note="import wizard crashed and overwrote records with blanks; 'third message'",
  body="""
Hello,

This is my third message about this, and I still haven't had a reply from a human.

On Tuesday the import wizard crashed halfway through ("Import failed: unexpected end of stream"). Afterwards about 900 of our existing customer records had their email and phone fields overwritten with blanks. We can't contact those customers.

Simon Achebe
""", attach=[("import-log.txt", "txt")])

m("en", "data_loss,severe_dissatisfaction", "caps-deleted-six-years",
  frm="Trevor Nash <trevor.nash@nashjoinery.test>", subj="YOU DELETED MY COMPANY",
  note="all caps: vendor's inactive-account cleanup deleted six years of books; enraged",
  body="""
YOUR "INACTIVE ACCOUNT CLEANUP" DELETED SIX YEARS OF MY BOOKKEEPING. I WAS ON HOLIDAY FOR FIVE WEEKS, THAT'S NOT INACTIVE.

I AM BEYOND FURIOUS. RESTORE IT NOW.

TREVOR NASH
NASH JOINERY
""", mailer="iphone")

m("en", "data_loss", "currency-conversion-corrupted",
  frm="Ewa Kowalska <ewa.kowalska@kowalskatrade.test>", subj="Ledger amounts corrupted after conversion",
  note="agent-run currency conversion corrupted the 2024 ledger amounts",
  body="""
Dear support,

Yesterday your agent ran the currency conversion on our account (PLN to EUR) at my request. Today every amount in our 2024 ledger is corrupted: invoices show values like 0.0000041 EUR and the totals no longer match the bank at all.

We need the original 2024 data back before our audit on the 20th.

Ewa Kowalska
Chief Accountant
""", cs="utf-8", cte="b64")

m("en", "data_loss,manager_request", "files-gone-after-maintenance",
  frm="Ravi Patel <ravi.patel@patelpharmacies.test>", subj="Documents gone after maintenance - escalate please",
  note="documents missing after vendor maintenance; asks for escalation",
  body="""
Hi,

Since your planned maintenance on Sunday night, all scanned prescriptions uploaded in April are missing from our document store. Thousands of them.

I'd like this escalated to a senior manager immediately, please - this isn't something first-line support can fix.

Ravi Patel
Superintendent Pharmacist
""")

m("en", "discrimination_harassment", "deaf-colleague-relay",
  frm="Maria Santos <maria.santos@santosprint.test>", subj="Your agent refused a relay call",
  note="disability discrimination: agent refused a relay-service call from a deaf colleague",
  body="""
Hello,

My colleague Ben is deaf and calls using a relay service. This morning your agent hung up on the relay operator twice and said, "We don't deal with third parties, tell him to get someone who can hear."

That is discrimination against a disabled person, and I'd like to know what you intend to do about it.

Maria Santos
Operations Lead, Santos Print
""", html="outlook", alt=True)

m("en", "discrimination_harassment", "homophobic-jokes-trade-show",
  frm="Callum Reid <callum.reid@reidandpartner.test>", subj="Your staff at the Retail Expo",
  note="homophobic remarks by company staff",
  body="""
Hi,

My husband and I stopped at your stand at the Retail Expo on Saturday to ask about the booking module. Two of your sales staff made jokes about "which one of you is the wife" and kept laughing while we were still standing there.

We run a business together and were looking to become customers. We won't be, but someone should know how your staff behave.

Callum Reid
""")

m("en", "discrimination_harassment", "agent-calls-at-night",
  frm="Lena Okoye <lena.okoye@okoyesalon.test>", subj="Please stop your agent calling me",
  note="harassment: agent keeps calling personal phone late at night after being asked to stop",
  body="""
Hi,

One of your support agents (he calls himself Jake) has been calling my personal mobile late in the evening since I had a ticket with him two weeks ago, "just to check in". Last night it was 11:40pm. I have asked him twice to stop. It's frightening.

Please make sure this stops.

Lena
""", mailer="iphone")

m("en", "billing_dispute,discrimination_harassment", "collections-threatened-me",
  frm="Rob Dalton <rob.dalton@daltonbikes.test>", subj="Threats from your collections agent",
  note="disputes a charge; collections agent threatened him",
  body="""
To Example,

I have disputed the $310 "early termination fee" on my account because I gave the required notice. Today your collections agent phoned the shop and told me that if I don't pay, "someone might come round and have a word". That is a threat, nothing less.

Rob Dalton
""")

m("en", "discrimination_harassment,legal_threat", "too-old-lawyer",
  frm="Margaret Lyle <margaret.lyle@lyleantiques.test>", subj="Refused because of my age",
  note="age discrimination at signup; consulting a lawyer about it",
  body="""
Dear Sir or Madam,

When I asked about a card reader for my antiques shop, your sales adviser told me that "our product is really designed for younger business owners" and suggested I "stick to cash at my age". I am 68.

I am consulting a lawyer about this discrimination.

Margaret Lyle
""", cs="iso-8859-1")

m("en", "discrimination_harassment,executive_contact,manager_request", "racist-email-forwarded-ceo",
  frm="Kwame Mensah <kwame.mensah@mensahfoods.test>", subj="Racist reply from your employee",
  note="racist email from staff; forwarded it to the CEO; expects a response from someone senior",
  body="""
Hello,

I received a reply to my ticket yesterday that ended with a racist remark about my name and where I'm "really from". I have screenshots.

I have forwarded the full email to your CEO this morning and I expect a response from someone senior.

Kwame Mensah
Mensah Foods Ltd
""")

m("en", "broken_promise,executive_contact", "cc-vp-customer-success",
  frm="Diane Foster <diane.foster@fosterschools.test>", subj="Promised training sessions",
  cc=["Paul Ingram <paul.ingram@example.test>"],
  note="promised training never delivered; VP of Customer Success cc'd",
  body="""
Hello,

In December we were promised three on-site training sessions for our teachers before the spring term. None have happened and nobody will give us a date.

I have copied your VP of Customer Success, Paul Ingram, on this email.

Diane Foster
Business Manager, Foster Schools Trust
""")

m("en", "executive_contact,technical_issue", "shareholder-meeting",
  frm="Geoffrey Hale <geoffrey.hale@halegroup.test>", subj="Reporting module",
  note="will raise the bug with the board at the shareholder meeting; reporting bug",
  body="""
Hello,

The consolidated P&L report has shown incorrect intercompany eliminations since February; the numbers are off by exactly the amount of our internal recharges.

As a shareholder, I intend to raise this directly with your board at next month's AGM if it hasn't been fixed by then.

Geoffrey Hale
Group Finance Director
""", trap="conditional")

m("en", "billing_dispute,executive_contact", "cfo-will-hear",
  frm="Natasha Greene <natasha.greene@greenepilates.test>", subj="Your CFO will hear from me",
  note="overcharged for seats; will contact the CFO",
  body="""
You billed us for 25 seats in April. We have 12 and have never had more than 12.

I am writing to your CFO this afternoon with a copy of every invoice since January.

Natasha Greene
""")

m("en", "executive_contact,outage,technical_issue", "called-ceo-office",
  frm="Brian O'Connell <brian.oconnell@oconnellpubs.test>", subj="Down on a match day",
  note="service unreachable on a busy day; already called the CEO's office",
  body="""
Your whole system has been unreachable for over an hour on a Six Nations match day. None of our eight pubs can open a tab.

I've already called your CEO's office. Someone had better be working on it.

Brian O'Connell
""")

m("en", "feature_request", "sepa-direct-debit",
  frm="Johanna Virtanen <johanna.virtanen@virtanendesign.test>", subj="Feature request: SEPA Direct Debit",
  note="polite enhancement request",
  body="""
Hi,

Feature request: please support SEPA Direct Debit for recurring invoices. Most of our Finnish and German clients would much rather be debited automatically than pay each invoice manually.

Thank you!
Johanna
""", subj_enc="b")

m("en", "feature_request", "barcode-labels-typos",
  frm="jay <jay.thomas@thomasvinyl.test>", subj="idea",
  note="lowercase typos: asks to add label printing",
  body="""
would be amazing if u could add barcode lable printing for 2nd hand records, we have like 4000 and every one needs a sticker lol
""")

m("en", "feature_request", "bulk-refund-endpoint",
  frm="Priyanka Iyer <priyanka.iyer@iyerpay.test>", subj="API: bulk refunds",
  note="developer asks for a new API endpoint",
  body="""
Hey team,

Could you add an API endpoint for bulk refunds? Something like POST /v2/refunds/batch taking a list of payment IDs. Right now we loop over single refunds and hit the rate limit on busy days.

Happy to be a beta tester.

Priyanka Iyer
Lead Engineer, IyerPay
""", mailer="thunderbird")

m("en", "feature_request", "praise-plus-wish-html",
  frm="Oscar Lindgren <oscar.lindgren@lindgrenbikes.test>", subj="Love it - one wish",
  note="praise plus one enhancement request, HTML only",
  html="""
<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Example team,</p>
<p>Three months in and the bike workshop runs <b>so</b> much smoother &ndash; thank you!</p>
<p>One wish: it would be great if customers could get an SMS when their bike is ready for pick-up, instead of us phoning each one. Even a simple &quot;your bike is ready&quot; text would save us an hour a day.</p>
<p>Cheers,<br>Oscar<br>Lindgren Bikes &amp; Repairs</p>
</body></html>
""", body="")

m("en", "billing_dispute,media_threat", "facebook-group-12k",
  frm="Lorraine Price <lorraine.price@pricebeauty.test>", subj="Hidden fee",
  note="disputes an undisclosed fee; will post in a 12k-member Facebook group",
  body="""
There's a $45 "platform fee" on my latest invoice that appears nowhere in my plan or in your price list. I want it removed.

I run a Facebook group for 12,000 salon owners. If this isn't sorted out, I'll be posting about your hidden fees there this weekend.

Lorraine Price
""", trap="conditional")

m("en", "media_threat,repeat_contact", "tweet-until-reply",
  frm="Dan Whitford <dan.whitford@whitfordcoffee.test>", subj="fourth email",
  note="fourth email; will tweet publicly until someone replies",
  body="""
Fourth email. Still no reply about moving our account to the new company. I'm going to start tweeting at you every day, tagging you, until someone answers.

Dan
""")

m("en", "media_threat", "journalist-recall-question", trap="reported",
  frm="Priya Shah <priya.shah@consumerwatch.test>", subj="Media inquiry: R2 reader charging docks",
  note="journalist inquiry; the overheating reports are hearsay from readers",
  body="""
Hello,

I'm a consumer affairs journalist with Consumer Watch. Several readers have written to us saying their R2 charging docks became very hot. Could you tell me whether you are aware of these reports and whether any recall is being considered?

I'd welcome a statement by Friday.

Priya Shah
Consumer Watch
""")

m("en", "legal_threat,media_threat,technical_issue", "lawyer-and-newspaper",
  frm="Alan Pritchett <alan.pritchett@pritchettmotors.test>", subj="last chance",
  note="deposit function broken for six weeks; conditional threat of lawyer and local newspaper",
  body="""
Six weeks and our showroom still can't take deposits through your system. My lawyer and the Evening Gazette will both be hearing about this on Monday unless I get a call from someone who can actually fix it.

Alan Pritchett
Pritchett Motors
""", trap="conditional")

m("en", "regulatory", "bbb-and-ftc",
  frm="Shirley Tate <shirley.tate@yahoo.test>", subj="Complaint",
  note="reporting to the FTC (and BBB)",
  body="""
I'm reporting your company to the Better Business Bureau and the Federal Trade Commission. You advertised "no long-term contract", but the terms I was made to accept contain a 12-month minimum term.

Shirley Tate
""")

m("en", "billing_dispute,regulatory", "financial-ombudsman",
  frm="Gordon McKay <gordon.mckay@mckaymarine.test>", subj="Charges after cancellation - Ombudsman",
  note="charged after cancelling; will take it to the Financial Ombudsman",
  body="""
Dear Sir/Madam,

You have continued to take payments of £39 per month since I cancelled in January. That is three unauthorised payments.

If they are not refunded within 14 days I will refer the matter to the Financial Ombudsman Service.

Gordon McKay
""", cs="iso-8859-1", cte="qp", trap="conditional")

m("en", "regulatory,security_incident", "card-numbers-in-plain-email",
  frm="Yvonne Carter <yvonne.carter@carterhotels.test>", subj="Full card numbers in your daily report email",
  note="full card numbers exposed in plain-text email; alleges PCI DSS violation",
  body="""
Hello,

Since the update on Monday, the daily settlement report you email us contains the FULL card numbers and expiry dates of our guests, in plain text. That is a serious data leak and a clear PCI DSS compliance violation.

Please stop these emails immediately and confirm what you are doing about the ones already sent.

Yvonne Carter
Finance Manager, Carter Hotels
""", html="outlook", alt=True)

m("en", "regulatory", "ico-dsar-ignored",
  frm="Paul Whitehead <paul.whitehead@gmail.com>", subj="Subject access request - ICO",
  note="ignored subject access request; complaint to the ICO announced",
  body="""
Hi,

I made a subject access request on 3 February. The one-month deadline has passed without any response. I am now lodging a complaint with the Information Commissioner's Office.

Paul Whitehead
""")

m("en", "safety,technical_issue", "glass-cut-finger",
  frm="Gemma Holt <gemma.holt@holtcafe.test>", subj="Screen shattered and cut my finger",
  note="injury from shattered screen",
  body="""
Hi,

The screen on our counter terminal cracked on its own this morning (nobody dropped it) and when I touched it a sliver of glass cut my finger quite badly. It needed stitches.

Please send a replacement and let me know whether this is a known problem.

Gemma Holt
""")

m("en", "safety", "battery-fire-van",
  frm="Lewis Grant <lewis.grant@grantmobiletyres.test>", subj="Handheld caught fire in our van",
  note="device battery caught fire",
  body="""
Hello,

One of our handheld terminals caught fire in the glovebox of our service van yesterday afternoon. It was only charging from the USB socket. The driver put it out with the extinguisher but the dashboard is damaged.

Nobody was hurt, thankfully. We've taken the other handhelds out of the vans until we hear from you.

Lewis Grant
Grant Mobile Tyres
""", attach=[("van-photo.png", "png")])

m("en", "safety,technical_issue", "cash-drawer-shock",
  frm="Nadia Haddad <nadia.haddad@haddadminimarket.test>", subj="electric shock from the cash drawer",
  note="electric shock from the cash drawer",
  body="""
hi, my staff member got an electric shock from the metal edge of the cash drawer connected to your terminal, twice today. we have unplugged everything. please advise urgently
""")

m("en", "safety", "recall-notice-charger",
  frm="Ian Ferguson <ian.ferguson@fergusonbutchers.test>", subj="Recall notice for D-2 dock",
  note="reports a received product recall notice and asks for replacements",
  body="""
Hello,

We received a recall notice from your hardware manufacturer for the D-2 charging dock (batch 2024-11). We have four of them. How do we get replacements, and should we stop using them right now?

Ian Ferguson
Ferguson Butchers
""")

m("en", "security_incident", "ex-employee-still-access",
  frm="Olivia Brandt <olivia.brandt@brandtrealty.test>", subj="Removed user still logging in",
  note="removed ex-employee still has access and logged in",
  body="""
Hi,

We removed a former employee from our account on 2 May. Yesterday the activity log shows him logging in and downloading the full client list. He should not be able to get in at all.

Please revoke every session and token for that user and tell us how this was possible.

Olivia Brandt
Director, Brandt Realty
""")

m("en", "security_incident", "password-resets-not-requested",
  frm="Femi Adebayo <femi.adebayo@adebayoclinic.test>", subj="Password reset emails for all staff",
  note="mass unrequested password resets; suspected attack",
  body="""
Hello,

All 14 of our staff received "reset your password" emails from you at 02:10 this morning. Nobody requested them. Two staff also had "new device" login alerts.

It looks like someone is trying to get into our accounts. What are you seeing on your side?

Dr Femi Adebayo
""", html="gmail", alt=True)

m("en", "security_incident", "agent-sent-other-password",
  frm="Carl Jansen <carl.jansen@jansenlogistics.test>", subj="Your agent sent me another customer's password",
  note="leaked credentials of another customer sent by an agent",
  body="""
Hi,

In reply to my ticket today, your agent sent me a temporary password - for an account that isn't ours (it belongs to "Ridgeway Foods", going by the welcome screen I saw before I logged out immediately).

You have leaked another customer's credentials. Please reset that account and check what else went to the wrong people.

Carl Jansen
""")

m("en", "manager_request", "someone-senior-phone",
  frm="Elaine Morris <elaine.morris@morrislaw.test>", subj="Someone senior",
  note="asks for someone senior to call",
  body="""
Please have someone senior call me today regarding our contract renewal terms. I have been going back and forth with the renewals team and we are not getting anywhere.

Elaine Morris
Practice Director
""")

m("en", "manager_request,severe_dissatisfaction", "escalate-this-now-lowercase",
  frm="jordan <jordan.mills@millsdeli.test>", subj="escalate",
  note="lowercase: 'i want this escalated'; calls it a shambles",
  body="""
i want this escalated. whoever is above the person who answered my chat. your handling of my account transfer has been a total shambles.
""")

m("en", "legal_threat", "small-claims-lowercase",
  frm="terry b <terry.b@hotmail.test>", subj="small claims",
  note="lowercase: announces a small-claims filing",
  body="""
im taking you to small claims court over the damage your installer did to my shop counter in january. papers are filed next week.
""")

m("en", "legal_threat,severe_dissatisfaction", "instructed-solicitors-formal",
  frm="Rupert Castlemain <rupert.castlemain@castlemainestates.test>", subj="Without prejudice",
  note="formal letter: solicitors instructed; 'wholly unacceptable'",
  body="""
Dear Sirs,

The conduct of your installation contractors at our Mayfair property last week was wholly unacceptable. We have therefore instructed our solicitors, Harbottle & Lewis, to act on our behalf, and you should expect to hear from them shortly.

Yours faithfully,
Rupert Castlemain
Castlemain Estates
""", cs="windows-1252", html="outlook", alt=True)

m("en", "high_value_order,technical_issue", "usd7800-printers-jam",
  frm="Terrence Wu <terrence.wu@wurestaurants.test>", subj="Kitchen printer order - all jamming",
  note="order of $7,800 where every printer jams",
  body="""
Hi,

We bought 20 kitchen printers from you last month ($7,800 total, order 66120). Every single one jams after about 30 tickets with "Paper feed error". Tried three brands of paper.

Please advise, we're back to handwritten tickets in two of the kitchens.

Terrence Wu
""")

m("en", "billing_dispute,high_value_order", "gbp-5400-wrong-vat",
  frm="Harriet Lane <harriet.lane@laneinteriors.test>", subj="Invoice GBP 5,400 - VAT charged twice",
  note="invoice of GBP 5,400 with VAT added twice",
  body="""
Hello,

Invoice INV-55821 for GBP 5,400.00 adds VAT twice - once on the line items and again on the total. We're being overcharged by £900. Please issue a corrected invoice before the payment run on Thursday.

Harriet Lane
Lane Interiors Ltd
""", cs="iso-8859-1")

m("en", "high_value_order,outage,technical_issue", "us31k-contract-portal-down",
  frm="Victor Alvarez <victor.alvarez@alvarezgroup.test>", subj="Enterprise portal down - US$ 31,200 contract",
  note="enterprise portal down for all users under a US$ 31,200 contract",
  body="""
Hi,

We pay US$ 31,200 a year for the Enterprise portal, and since 7am it's been completely unreachable for all 300 of our users - timeouts on every page.

Please give me an ETA.

Victor Alvarez
IT Director, Alvarez Group
""")

m("en", "outage,repeat_contact,technical_issue", "reported-outage-three-times",
  frm="Sunil Rao <sunil.rao@raotextiles.test>", subj="Re: Re: Re: API down",
  note="third report about the API being down, still no reply",
  body="""
I've now reported this three times today. The API has been returning 503 on every request since 06:00 UTC. Our warehouse can't print a single shipping label.

Sunil
""")

m("en", "manager_request,outage,technical_issue", "disclaimer-sig-outage-manager", trap="signature",
  frm="Deborah Quinn <deborah.quinn@quinnsolicitors.test>", subj="Portal down since 8am - please escalate",
  note="real outage + escalation request in own text; the long legal disclaimer below mentions 'legal action', 'unauthorised', 'privileged'",
  body="""
Good morning,

Your client portal has been down since 8am - none of our eleven fee earners can log in, and clients can't upload documents either. We have court deadlines today.

Please escalate this to a manager immediately and have someone call me on 0161 496 0888.

Deborah Quinn
Practice Manager
Quinn Solicitors LLP

____________________________________________
This email is confidential and may be subject to legal professional privilege. If you are not the intended recipient, please notify us immediately and delete it; any unauthorised use, disclosure or copying is prohibited and may result in legal action. Quinn Solicitors LLP is authorised and regulated by the Solicitors Regulation Authority. Please do not send money to us on the strength of an email changing our bank details - call us first.
""", html="outlook", alt=True, cs="windows-1252")

m("en", "data_loss,severe_dissatisfaction", "forward-with-own-anger", trap="quoted",
  frm="Martin Kessler <martin.kessler@kesslerdental.test>", subj="Fwd: appointments gone??",
  note="own text above the forward reports lost data and strong anger; the forwarded staff mail adds nothing that counts",
  body="""
See below from my receptionist. Every appointment for next week has vanished from the calendar after your team "tidied up" our account yesterday. This is an absolute disgrace - put them back today.

Martin Kessler

---------- Forwarded message ---------
From: Reception <reception@kesslerdental.test>
Date: Tue, 6 May 2025 at 08:12
Subject: appointments gone??
To: Martin Kessler <martin.kessler@kesslerdental.test>

Martin, the calendar for next week is empty. Patients are calling to confirm and I can't see anything. Shall I call Example?
""", date="2025-05-06 08:40")
# ---------------------------------------------------------------- German

m("de", "billing_dispute,legal_threat", "anwalt-doppelte-abbuchung", trap="conditional",
  frm="Thomas Müller <t.mueller@mueller-elektro.test>", subj="Doppelte Abbuchung – letzte Frist",
  note="double direct debit; conditional threat to bring in a lawyer (Anwalt)",
  body="""
Sehr geehrte Damen und Herren,

am 01.03. wurde der Monatsbeitrag von 79,00 € zweimal von unserem Geschäftskonto abgebucht. Wir haben nur einen Vertrag.

Wenn Sie den doppelten Betrag nicht bis Freitag, 14.03., erstatten, schalte ich meinen Anwalt ein.

Mit freundlichen Grüßen
Thomas Müller
Müller Elektrotechnik GmbH
""", cs="iso-8859-15", cte="qp", subj_enc="q8")

m("de", "cancellation_threat,outage,severe_dissatisfaction,technical_issue", "system-down-frechheit",
  frm="Sabine Krüger <sabine.krueger@krueger-friseure.test>", subj="System seit heute früh komplett down!!!",
  note="complete outage in all branches; 'absolute Frechheit'; announces cancellation (kündigen)",
  body="""
Hallo,

seit heute früh um 7 ist Ihr System komplett down. Keine unserer drei Filialen kommt rein, weder am Rechner noch über die App. Die Kundinnen stehen im Laden und wir können keine Termine sehen.

Das ist eine absolute Frechheit. Wir kündigen zum nächstmöglichen Termin, die Kündigung kommt heute noch schriftlich.

Sabine Krüger
""")

m("de", "billing_dispute,regulatory", "verbraucherzentrale-verlaengert",
  frm="Jürgen Hoffmann <juergen.hoffmann@web.test>", subj="Abbuchung trotz Kündigung",
  note="debited after cancelling; complaint filed with the Verbraucherzentrale",
  body="""
Guten Tag,

ich habe meinen Vertrag fristgerecht zum 31.12. gekündigt (Bestätigung vom 12.11. liegt mir vor). Trotzdem haben Sie im Januar und Februar jeweils 29,90 € abgebucht.

Ich habe den Vorgang heute der Verbraucherzentrale NRW geschildert und dort Beschwerde eingereicht. Bitte erstatten Sie die beiden Beträge.

Jürgen Hoffmann
""", cs="utf-8", cte="b64")

m("de", "regulatory,security_incident", "datenpanne-datenschutzbehoerde",
  frm="Dr. Katrin Vogel <k.vogel@praxis-vogel.test>", subj="Datenpanne: fremde Patientendaten in unserem Konto",
  note="another practice's patient data visible; reported to the data-protection authority",
  body="""
Sehr geehrte Damen und Herren,

seit gestern sehen wir in unserem Praxiskonto die Termine und Namen von Patientinnen und Patienten einer anderen Praxis aus Leipzig. Das ist eine Datenpanne, und zwar eine schwerwiegende.

Wir haben den Vorfall vorsorglich beim Sächsischen Datenschutzbeauftragten gemeldet. Ich erwarte bis morgen eine Stellungnahme, wie das passieren konnte.

Dr. med. Katrin Vogel
Praxis für Allgemeinmedizin
""", html="outlook", alt=True, entities=True, cs="iso-8859-1")

m("de", "manager_request,repeat_contact,technical_issue", "vorgesetzten-dritte-mail",
  frm="Andreas Becker <a.becker@becker-bau.test>", subj="Zum dritten Mal: Zeiterfassung",
  note="'zum dritten Mal'; asks for the Vorgesetzten; time-tracking dates wrong",
  body="""
Hallo,

ich schreibe Ihnen jetzt zum dritten Mal wegen der Zeiterfassung. Die Stunden, die unsere Monteure in der App erfassen, landen mit falschem Datum im Büro (immer einen Tag früher).

Ich möchte jetzt bitte mit Ihrem Vorgesetzten sprechen. Rückruf unter 0221 555 01234.

Andreas Becker
Becker Bau GmbH & Co. KG
""")

m("de", "data_loss,technical_issue", "rechnungen-verschwunden-update",
  frm="Monika Schulz <monika.schulz@schulz-steuer.test>", subj="Nach Update alle Rechnungen 2024 weg",
  note="error code on start-up; all 2024 invoices gone",
  body="""
Hallo Support,

nach dem Update gestern Abend zeigt die Desktop-App beim Start "Fehlercode E-17: Index beschädigt" und danach ist die komplette Rechnungsliste für 2024 leer. 2025 ist noch da.

Wir haben in zwei Wochen den Termin mit dem Finanzamt. Bitte helfen Sie uns schnell.

Viele Grüße
Monika Schulz
""", cs="iso-8859-1")

m("de", "high_value_order,technical_issue", "bestellung-8400-terminals-defekt",
  frm="Stefan Wagner <stefan.wagner@wagner-gastro.test>", subj="Bestellung 70211 – 5 von 12 Terminals defekt",
  note="order of 8.400,00 € with dead terminals",
  body="""
Guten Tag,

unsere Bestellung 70211 (12 Kassenterminals T3, Gesamtbetrag 8.400,00 €) ist am Montag angekommen. Fünf Geräte starten nicht – das Display bleibt schwarz, nur die LED blinkt rot.

Bitte senden Sie uns Ersatz, wir eröffnen am 1. Mai.

Freundliche Grüße
Stefan Wagner
Wagner Gastronomie GmbH
""")

m("de", "billing_dispute,high_value_order", "rechnung-7250-doppelt",
  frm="Claudia Neumann <c.neumann@neumann-logistik.test>", subj="Rechnung RE-2025-3318 doppelt belastet",
  note="invoice of 7.250,50 EUR charged twice",
  body="""
Sehr geehrte Damen und Herren,

die Rechnung RE-2025-3318 über 7.250,50 EUR (Jahreslizenz) wurde unserer Kreditkarte zweimal belastet, am 03.04. und am 04.04. Bitte veranlassen Sie umgehend die Rückbuchung der zweiten Belastung.

Mit freundlichen Grüßen
Claudia Neumann
Leitung Finanzen
""", cs="iso-8859-1", cte="qp", subj_enc="q")

m("de", "safety,technical_issue", "ladegeraet-gequalmt-verbrannt",
  frm="Markus Weber <markus.weber@gmx.test>", subj="Ladegerät hat gequalmt",
  note="charger smoked, child burnt his fingers",
  body="""
Hallo,

das Ladegerät für unseren Kartenleser ist gestern Abend so heiß geworden, dass es gequalmt hat. Mein Sohn (9) hat es angefasst und sich die Finger verbrannt, zum Glück nur leicht.

Das Gerät ist jetzt vom Strom getrennt. Gibt es einen Rückruf für dieses Modell? Wie bekommen wir ein sicheres Ersatzgerät?

Markus Weber
""")

m("de", "feature_request", "feature-wunsch-xrechnung",
  frm="Petra Lange <petra.lange@lange-buero.test>", subj="Feature-Wunsch: XRechnung",
  note="polite 'Feature-Wunsch' (XRechnung export)",
  body="""
Hallo liebes Example-Team,

ein Feature-Wunsch: Es wäre toll, wenn man Rechnungen direkt als XRechnung bzw. ZUGFeRD exportieren könnte. Ab 2025 brauchen wir das für einige öffentliche Auftraggeber.

Ansonsten sind wir sehr zufrieden!

Liebe Grüße
Petra Lange
""")

m("de", "discrimination_harassment,severe_dissatisfaction", "kopftuch-beleidigt",
  frm="Emre Yıldız <emre.yildiz@yildiz-imbiss.test>", subj="Beschwerde über Ihren Techniker",
  note="technician insulted the owner's wife for her headscarf; 'unerträglich'",
  body="""
Guten Tag,

Ihr Techniker war heute zur Installation in unserem Imbiss. Er hat meine Frau wegen ihres Kopftuchs beleidigt ("bei euch redet ja eh nur der Mann") und wollte nur mit mir sprechen.

So ein Verhalten ist unerträglich. Ich erwarte eine Entschuldigung und dass dieser Mann nicht mehr zu uns kommt.

Emre Yıldız
""", subj_enc="b")

m("de", "broken_promise,executive_contact", "geschaeftsfuehrer-in-kopie",
  frm="Friedrich Zimmermann <f.zimmermann@zimmermann-kg.test>", subj="Zugesagter Rückruf – Geschäftsführung in Kopie",
  cc=["Dr. Lena Hartmann <lena.hartmann@example.test>"],
  note="promised same-day callback missed; vendor's managing director in Cc",
  body="""
Sehr geehrte Damen und Herren,

am Dienstag wurde mir von Ihrer Hotline ein Rückruf durch die Technik "noch am selben Tag" zugesagt. Es ist Freitag. Niemand hat angerufen.

Ich habe Ihre Geschäftsführerin, Frau Dr. Hartmann, in Kopie gesetzt.

Friedrich Zimmermann
Zimmermann KG
""", cs="iso-8859-1")

m("de", "corporate_contact_request", "anschrift-hauptverwaltung",
  frm="Ute Schröder <ute.schroeder@schroeder-immobilien.test>", subj="Anschrift Hauptverwaltung",
  note="asks for head-office address and the executives' email",
  body="""
Guten Tag,

bitte nennen Sie mir die vollständige Anschrift Ihrer Hauptverwaltung sowie eine E-Mail-Adresse der Geschäftsführung. Ich möchte ein Schreiben direkt an die Unternehmensleitung richten.

Vielen Dank
Ute Schröder
""")

m("de", "media_threat,severe_dissatisfaction", "facebook-google-bewertung",
  frm="Rainer Koch <rainer.koch@t-online.test>", subj="Unverschämt",
  note="announces public posts on Facebook/Google; 'unverschämt', 'eine Zumutung'",
  body="""
Was Sie sich leisten, ist unverschämt. Drei Wochen warte ich auf die Freischaltung meines Kontos, obwohl ich längst bezahlt habe, und am Telefon wird man abgewimmelt. Eine Zumutung!

Ich werde meine Erfahrungen ausführlich auf Facebook und bei Google teilen, damit andere Bescheid wissen.

R. Koch
""")

m("de", "broken_promise,repeat_contact", "vierte-mail-gutschrift",
  frm="Heike Richter <heike.richter@richter-floristik.test>", subj="4. Mail: zugesagte Gutschrift",
  note="fourth email; credit note promised by end of March not issued",
  body="""
Hallo,

das ist jetzt meine vierte E-Mail zu diesem Thema. Mir wurde am 27.02. schriftlich eine Gutschrift für die verspätete Lieferung unserer Kartenleser zugesagt, "spätestens bis Ende März". Heute ist der 10. April und auf der Rechnung ist nichts.

Bitte buchen Sie die Gutschrift jetzt.

Heike Richter
""", date="2025-04-10 08:47")

m("de", "outage,technical_issue", "kartenzahlung-keine-filiale",
  frm="Oliver Schmitt <oliver.schmitt@schmitt-baeckerei.test>", subj="Kartenzahlung geht in keiner Filiale",
  note="card payments down in all seven branches",
  body="""
Hallo,

seit ca. 10:30 Uhr funktioniert in keiner unserer sieben Filialen die Kartenzahlung. Alle Terminals melden "Verbindung zum Zahlungsdienst nicht möglich". Internet ist überall da.

Wann geht es wieder?

Oliver Schmitt
Bäckerei Schmitt
""", mailer="iphone")

m("de", "security_incident", "verdaechtige-anmeldungen",
  frm="Nina Braun <nina.braun@posteo.test>", subj="Verdächtige Anmeldungen",
  note="suspicious logins from abroad",
  body="""
Hallo,

in meinem Konto stehen drei Anmeldungen von heute Nacht aus Vietnam und Russland. Das war nicht ich. Bitte sperren Sie alle Sitzungen und prüfen Sie, ob etwas verändert wurde.

Nina Braun
""")

m("de", "technical_issue", "bondrucker-umlaute-kaputt",
  frm="Gerhard Wolf <gerhard.wolf@wolf-metzgerei.test>", subj="Bondrucker druckt Hieroglyphen",
  note="mojibake on receipts after an update",
  body="""
Grüß Gott,

seit dem letzten Update druckt unser Bondrucker alle Umlaute falsch. Aus "Grüße aus der Metzgerei Wolf" wird "GrÃ¼ÃŸe aus der Metzgerei Wolf", und aus "Leberkäse" wird "LeberkÃ¤se". Die Kunden lachen schon.

Können Sie das beheben?

Gerhard Wolf
""", cs="utf-8", cte="qp")

m("de", "cancellation_threat,technical_issue", "sync-bis-monatsende-kuendigen", trap="conditional",
  frm="Jan Peters <jan.peters@peters-architekten.test>", subj="Synchronisation – Frist bis Monatsende",
  note="sync broken; conditional cancellation by month end",
  body="""
Guten Tag,

die Synchronisation zwischen Büro-PC und Tablet funktioniert seit drei Wochen nicht mehr zuverlässig – Pläne, die im Büro hochgeladen werden, erscheinen auf der Baustelle nicht.

Sollte das bis Monatsende nicht behoben sein, werden wir den Vertrag kündigen.

Mit freundlichen Grüßen
Jan Peters
""")

m("de", "technical_issue", "app-stuerzt-ab-kleinschrift",
  frm="kevin <kevin.bauer99@gmx.test>", subj="app stürzt ab",
  note="lowercase with typos: app crashes on start",
  body="""
hallo, seit gestern geht garnix mehr bei mir, die app stürtzt beim start sofort ab (android 14, samsung a54). neu installiert hab ich schon. was kann ich machen??

kevin
""", subj_enc="q8")

m("de", "legal_threat", "rechtliche-schritte-zitat", trap="quoted",
  frm="Bernd Fischer <bernd.fischer@fischer-transporte.test>", subj="AW: Ihre Anfrage [#61204]",
  irt="<rep-20250303-61204@escalated.example.test>",
  note="own text announces rechtliche Schritte / Anwalt; the quoted desk reply below is harmless",
  body="""
Mit Ihrer Antwort sind wir nicht einverstanden. Wir werden rechtliche Schritte gegen Ihr Unternehmen einleiten, unser Anwalt ist bereits informiert.

Bernd Fischer

Am 03.03.2025 um 09:12 schrieb Example Support <support@example.test>:
> Sehr geehrter Herr Fischer,
>
> vielen Dank für Ihre Nachricht. Leider können wir die Kosten für die
> Fahrzeugausfälle nicht übernehmen. Bitte beachten Sie unsere AGB.
>
> Freundliche Grüße
> Ihr Example Support
""", html="gmail", alt=True)

m("de", "cancellation_threat,severe_dissatisfaction", "grossbuchstaben-kuendigung",
  frm="Horst Keller <horst.keller@keller-autohaus.test>", subj="KÜNDIGUNG",
  note="all-caps rant: cancels all contracts; insulting the hotline",
  body="""
ICH HABE DIE NASE GESTRICHEN VOLL. SEIT MONATEN NUR ÄRGER MIT IHNEN UND IHREM SAUHAUFEN VON HOTLINE.

HIERMIT KÜNDIGE ICH ALLE VERTRÄGE ZUM NÄCHSTMÖGLICHEN ZEITPUNKT. SCHRIFTLICHE BESTÄTIGUNG ERBETEN.

HORST KELLER
AUTOHAUS KELLER
""", cs="iso-8859-1", subj_enc="q")

# --- German traps
m("de", "-", "nicht-kuendigen-tarifwechsel", trap="negation",
  frm="Birgit Maier <birgit.maier@maier-yoga.test>", subj="Tarifwechsel",
  note="'ich will nicht kündigen' + plan change question",
  body="""
Hallo,

ich will nicht kündigen, ich möchte nur vom Business- in den Starter-Tarif wechseln, weil wir im Sommer weniger Kurse haben. Geht das zum Monatsende?

Viele Grüße
Birgit Maier
""")

m("de", "-", "zitat-rechtliche-schritte-erledigt", trap="quoted",
  frm="Michael Braun <michael.braun@braun-druck.test>", subj="AW: Rechnung März",
  note="'hat sich erledigt'; Anwalt / rechtliche Schritte only in the 'Am ... schrieb' quote",
  body="""
Danke, hat sich erledigt, die korrigierte Rechnung ist angekommen.

Gruß
Michael Braun

Am 03.03.2025 um 10:14 schrieb Michael Braun <michael.braun@braun-druck.test>:
> Die Rechnung ist falsch, Sie haben 40 statt 4 Lizenzen berechnet. Wenn
> das nicht korrigiert wird, leite ich rechtliche Schritte ein und gebe
> die Sache meinem Anwalt.
""", cs="iso-8859-1", cte="qp")

m("de", "-", "outlook-von-gesendet-block", trap="quoted",
  frm="Katharina Roth <k.roth@roth-versicherung.test>", subj="WG: Info von gestern",
  note="thanks; 'Ausfall', 'Datenverlust' only below the Von:/Gesendet: Outlook header block",
  body="""
Hallo Herr Demir,

danke für die schnelle Hilfe gestern. Zur Info unten noch die interne Mail meines Kollegen – bei uns läuft inzwischen alles wieder.

Viele Grüße
Katharina Roth

Von: Tobias Engel <t.engel@roth-versicherung.test>
Gesendet: Dienstag, 8. April 2025 09:41
An: Katharina Roth <k.roth@roth-versicherung.test>
Betreff: Störung gestern

Katharina, totaler Ausfall bei Example, keiner kommt rein. Hoffentlich kein Datenverlust bei den Schadensmeldungen von heute früh!
""", html="outlook", alt=True)

m("de", "-", "geschaeftsfuehrer-baeckerei-frage", trap="title",
  frm="Wolfgang Huber <w.huber@huber-baeckerei.test>", subj="Zweite Kasse einrichten",
  note="'ich bin Geschäftsführer' (job title) + how-to",
  body="""
Guten Tag,

ich bin Geschäftsführer einer kleinen Bäckerei mit zwei Verkaufsstellen. Wie richte ich eine zweite Kasse ein, die auf denselben Artikelstamm zugreift?

Mit freundlichen Grüßen
Wolfgang Huber
Geschäftsführer
""")

m("de", "-", "disclaimer-handelsregister", trap="signature",
  frm="Sven Lehmann <sven.lehmann@lehmann-consulting.test>", subj="Rechnungsadresse ändern",
  note="German legal footer and confidentiality notice ('rechtliche Schritte') in signature; address change",
  body="""
Sehr geehrte Damen und Herren,

bitte ändern Sie unsere Rechnungsadresse ab sofort auf: Lehmann Consulting GmbH, Königsallee 12, 40212 Düsseldorf.

Mit freundlichen Grüßen
Sven Lehmann

--
Lehmann Consulting GmbH | Königsallee 12 | 40212 Düsseldorf
Geschäftsführer: Sven Lehmann, Dr. Anja Lehmann | Amtsgericht Düsseldorf HRB 98765
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet und können rechtliche Schritte nach sich ziehen.
""", cs="iso-8859-1", cte="qp")

m("de", "-", "wie-kuendigen-frist", trap="policy_question",
  frm="Lisa Hartmann <lisa.hartmann@web.test>", subj="Kündigungsfrist?",
  note="neutral question about the notice period, customer is satisfied",
  body="""
Hallo,

welche Kündigungsfrist gilt beim Monatstarif, und kann ich online kündigen oder muss das schriftlich sein? Nur zur Info, ich bin zufrieden.

Danke!
Lisa
""")

m("de", "-", "dsgvo-konform-avv", trap="policy_question",
  frm="Dr. Martin Frank <m.frank@frank-kanzlei.test>", subj="DSGVO / Auftragsverarbeitungsvertrag",
  note="asks whether the product is GDPR compliant and for the DPA (AVV)",
  body="""
Sehr geehrte Damen und Herren,

wir prüfen derzeit den Einsatz Ihrer Software in unserer Kanzlei. Ist Ihr Produkt DSGVO-konform, wo stehen die Server, und können Sie uns einen Auftragsverarbeitungsvertrag (AVV) zusenden?

Mit freundlichen Grüßen
Dr. Martin Frank
Rechtsanwalt
""")

m("de", "-", "sicherheitseinstellungen-datenexport", trap="innocuous",
  frm="Anja Schwarz <anja.schwarz@schwarz-fotografie.test>", subj="Sicherheitseinstellungen und Datenexport",
  note="'Sicherheitseinstellungen', 'Datenexport' in how-to questions",
  body="""
Hallo,

zwei kurze Fragen: Wo finde ich die Sicherheitseinstellungen, um die Zwei-Faktor-Anmeldung für meine Mitarbeiterin einzuschalten? Und wie mache ich einen vollständigen Datenexport für meinen Steuerberater?

Danke und liebe Grüße
Anja
""", html="apple", alt=True, entities=True)

m("de", "-", "rechnung-5000-adresse", trap="amount_threshold",
  frm="Ralf Zimmer <ralf.zimmer@zimmer-maschinenbau.test>", subj="Rechnung RE-2025-2201 – falsche Anschrift",
  note="wrong address on an invoice of exactly 5.000,00 € (not above 5,000)",
  body="""
Guten Tag,

die Rechnung RE-2025-2201 über 5.000,00 € (Einrichtungspaket) ist an unsere alte Anschrift in Chemnitz adressiert. Bitte stellen Sie sie neu auf die Adresse in Zwickau aus, sonst kann unsere Buchhaltung sie nicht verbuchen.

Mit freundlichen Grüßen
Ralf Zimmer
""")

m("de", "-", "lob-frau-yilmaz", trap="praise",
  frm="Gisela Albrecht <gisela.albrecht@albrecht-naehstube.test>", subj="Großes Lob",
  note="praise for an agent",
  body="""
Liebes Example-Team,

ich möchte mich ganz herzlich bei Frau Yılmaz bedanken, die mir am Telefon so geduldig den Online-Shop erklärt hat. So einen Service erlebt man selten!

Herzliche Grüße aus dem Allgäu
Gisela Albrecht
""", cs="utf-8", cte="b64")

m("de", "-", "kollege-scherz-verklagen", trap="reported",
  frm="Tobias Klein <tobias.klein@klein-werbung.test>", subj="Danke für das neue Dashboard",
  note="colleague jokes about suing (not adopted); praise",
  body="""
Hi,

das neue Dashboard ist klasse. Mein Kollege meinte im Scherz, wir sollten Sie verklagen, weil er jetzt keine Ausrede mehr für fehlende Reports hat. 😄

Eine Frage noch: Kann man die Kacheln auch umsortieren?

Tobias
""")

m("de", "-", "hat-sich-erledigt", trap="resolved",
  frm="Dennis Vogt <dennis.vogt@vogt-it.test>", subj="AW: Ihre Anfrage [#58822]",
  irt="<rep-20250422-58822@escalated.example.test>",
  note="resolved, ticket can be closed",
  body="""
Hat sich erledigt, nach dem Neustart des Routers läuft alles. Ticket kann geschlossen werden.

Gruß
Dennis
""")

m("de", "media_threat,security_incident", "signatur-disclaimer-phishing", trap="signature",
  frm="Dr. Andrea Stein <a.stein@stein-kanzlei.test>", subj="Phishing-Mails von Ihrer Absenderadresse",
  note="phishing sent from the vendor's address + announces going to the press; the German confidentiality footer does not count",
  body="""
Sehr geehrte Damen und Herren,

seit gestern erhalten unsere Mandanten E-Mails von rechnung@example.test mit einem Link zu einer gefälschten Zahlungsseite. Die Mails kommen nachweislich von Ihren Servern. Offenbar ist Ihr System kompromittiert.

Wenn Sie Ihre Kunden nicht bis morgen warnen, informiere ich die Lokalpresse.

Mit freundlichen Grüßen
Dr. Andrea Stein
Rechtsanwältin

Stein Rechtsanwälte | Marktplatz 3 | 79098 Freiburg
Diese Nachricht ist vertraulich und kann dem Anwaltsgeheimnis unterliegen. Sollten Sie nicht der vorgesehene Empfänger sein, benachrichtigen Sie bitte den Absender und löschen Sie diese Nachricht. Jede unbefugte Nutzung ist untersagt.
""", cs="iso-8859-1", cte="qp")
# ---------------------------------------------------------------- French

m("fr", "billing_dispute,legal_threat", "tribunal-sans-remboursement", trap="conditional",
  frm="Jean-Pierre Lefèvre <jp.lefevre@lefevre-menuiserie.test>", subj="Prélèvement injustifié – mise en demeure",
  note="unauthorised debit; conditional threat of avocat and tribunal",
  body="""
Madame, Monsieur,

Le 5 mars, vous avez prélevé 249,00 € sur notre compte pour une « option Premium » que nous n'avons jamais souscrite.

Sans remboursement intégral sous huit jours, je transmettrai le dossier à mon avocat et saisirai le tribunal de commerce.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Jean-Pierre Lefèvre
Gérant, Menuiserie Lefèvre
""", cs="iso-8859-15", cte="qp", subj_enc="q8")

m("fr", "regulatory,security_incident", "cnil-donnees-autre-client",
  frm="Camille Moreau <camille.moreau@cabinet-moreau.test>", subj="Fuite de données – signalement à la CNIL",
  note="other clients' personal data in her export; reported to the CNIL",
  body="""
Bonjour,

Dans l'export de factures que j'ai téléchargé ce matin figurent les noms, adresses et IBAN d'une vingtaine de clients qui ne sont pas les miens. Il s'agit manifestement d'une violation de données personnelles.

J'ai effectué un signalement auprès de la CNIL cet après-midi. Merci de me confirmer que vous informez les personnes concernées.

Camille Moreau
Expert-comptable
""", html="gmail", alt=True, entities=True)

m("fr", "manager_request,severe_dissatisfaction", "parler-responsable-inadmissible",
  frm="Nathalie Girard <nathalie.girard@orange.test>", subj="Je veux parler à un responsable",
  note="demands a responsable; 'inadmissible'",
  body="""
Bonjour,

Cela fait une heure que j'attends au téléphone pour un simple changement de RIB, et la personne m'a raccroché au nez. C'est inadmissible.

Je souhaite parler à un responsable, pas à un conseiller. Merci de me rappeler au 06 12 34 56 78.

Nathalie Girard
""")

m("fr", "cancellation_threat,technical_issue", "resilie-appli-plante",
  frm="Julien Roux <julien.roux@roux-boulangerie.test>", subj="Résiliation",
  note="POS app crashes on discounted sales; announces résiliation",
  body="""
Bonjour,

Depuis la mise à jour 5.1, l'application caisse plante à chaque fois qu'on encaisse une vente avec une remise. On a dû tout refaire à la main samedi.

Je résilie mon abonnement à la fin du mois. Merci de me confirmer la démarche.

Julien Roux
Boulangerie Roux
""")

m("fr", "outage,technical_issue", "plateforme-inaccessible-503",
  frm="Sophie Martin <sophie.martin@martin-immobilier.test>", subj="Plateforme inaccessible",
  note="platform unreachable, 503 on every page for all agents",
  body="""
Bonjour,

Depuis 9h15, la plateforme est totalement inaccessible : erreur 503 sur toutes les pages, pour les six agents de l'agence, sur ordinateur comme sur mobile.

Pouvez-vous nous dire quand le service sera rétabli ?

Sophie Martin
Agence Martin Immobilier
""", cs="iso-8859-1", cte="qp")

m("fr", "data_loss", "factures-disparues-fusion",
  frm="Éric Bernard <eric.bernard@bernard-transports.test>", subj="Factures disparues après la fusion des comptes",
  note="invoices missing after an account merge done by support (no malfunction described)",
  body="""
Bonjour,

Votre équipe a fusionné nos deux comptes mardi, comme nous l'avions demandé. Depuis, toutes les factures de l'ancien compte (2022 à 2024, environ 1 400 factures) ont disparu. Elles n'apparaissent nulle part.

Pouvez-vous les récupérer ?

Éric Bernard
Transports Bernard
""", subj_enc="q8")

m("fr", "high_value_order,technical_issue", "commande-9800-defectueux",
  frm="Isabelle Fontaine <isabelle.fontaine@fontaine-hotels.test>", subj="Commande n° 71544 – matériel défectueux",
  note="order of 9 800 € with terminals failing with an error",
  body="""
Bonjour,

Nous avons reçu hier notre commande n° 71544 (14 terminaux et imprimantes, 9 800 € HT). Quatre terminaux affichent « Erreur 42 – module de paiement introuvable » au démarrage et ne peuvent pas être utilisés.

Merci de nous indiquer rapidement la procédure d'échange.

Isabelle Fontaine
Directrice des opérations, Fontaine Hôtels
""", html="outlook", alt=True)

m("fr", "billing_dispute,high_value_order", "facture-12450-deux-fois",
  frm="Philippe Dubois <p.dubois@dubois-groupe.test>", subj="Facture FA-2025-0417 débitée deux fois",
  note="invoice of 12 450,00 € debited twice",
  body="""
Madame, Monsieur,

La facture FA-2025-0417 (licence annuelle, 12 450,00 € TTC) a été prélevée deux fois sur notre compte, le 2 et le 3 avril. Merci de procéder au remboursement du second prélèvement dans les meilleurs délais.

Cordialement,
Philippe Dubois
Directeur administratif et financier
""", cs="windows-1252", cte="qp")

m("fr", "safety,technical_issue", "terminal-fumee",
  frm="Laura Petit <laura.petit@free.test>", subj="Le terminal a dégagé de la fumée",
  note="terminal smoking and scorching hot",
  body="""
Bonjour,

Hier soir, le terminal de paiement posé sur son socle a commencé à dégager de la fumée et une odeur de plastique brûlé. Le socle était brûlant. J'ai tout débranché, mais j'ai eu très peur pour le magasin.

Y a-t-il un rappel sur ce modèle ? Que dois-je faire ?

Laura Petit
""")

m("fr", "feature_request", "export-fec",
  frm="Thomas Lambert <thomas.lambert@lambert-conseil.test>", subj="Suggestion : export FEC",
  note="polite 'ce serait bien de pouvoir' request (FEC export)",
  body="""
Bonjour,

Ce serait bien de pouvoir exporter directement le Fichier des Écritures Comptables (FEC) depuis le module facturation. Notre expert-comptable nous le demande chaque année et nous le reconstituons à la main.

Merci d'avance et bonne journée,
Thomas Lambert
""", cs="utf-8", cte="b64")

m("fr", "media_threat,severe_dissatisfaction", "avis-reseaux-sociaux-scandaleux",
  frm="Martine Chevalier <martine.chevalier@laposte.test>", subj="Service scandaleux",
  note="will post on social media and has written to a consumer radio show; 'scandaleux'",
  body="""
Votre service client est scandaleux. Trois semaines pour activer un compte payé d'avance, des réponses automatiques, personne au téléphone.

Je vais raconter tout ça sur les réseaux sociaux et laisser des avis partout où je peux. J'ai aussi écrit à l'émission de consommateurs de France Bleu.

Martine Chevalier
""")

m("fr", "media_threat", "journaliste-demande-commentaire",
  frm="Hugo Mercier <hugo.mercier@lequotidien-eco.test>", subj="Demande de réaction – article sur les pannes de paiement",
  note="journalist asking for comment (the payment problems are other merchants', reported)",
  body="""
Bonjour,

Je suis journaliste au Quotidien Éco et je prépare un article sur les difficultés rencontrées par plusieurs commerçants lyonnais avec les terminaux de paiement ce week-end. Souhaitez-vous apporter une réaction ou un commentaire ?

Mon bouclage est demain à 14 h.

Bien cordialement,
Hugo Mercier
Journaliste – Le Quotidien Éco
01 70 00 00 12
""", trap="reported")

m("fr", "discrimination_harassment", "propos-racistes-conseiller",
  frm="Karim Benali <karim.benali@benali-epicerie.test>", subj="Propos racistes d'un de vos conseillers",
  note="racist remarks by an agent",
  body="""
Bonjour,

Lors de mon appel de ce matin (vers 10h30), votre conseiller m'a demandé si j'étais « vraiment le gérant » en entendant mon nom, puis a ajouté que « chez vous, on paie souvent en liquide de toute façon ». Ce sont des propos racistes.

Je demande des excuses écrites et que ce comportement soit sanctionné.

Karim Benali
Épicerie Benali
""", subj_enc="b")

m("fr", "corporate_contact_request", "siege-social-pdg",
  frm="Anne Rousseau <anne.rousseau@rousseau-avocats.test>", subj="Coordonnées du siège social",
  note="asks for the head-office address and the CEO's email",
  body="""
Bonjour,

Pourriez-vous me communiquer l'adresse postale de votre siège social ainsi que l'adresse e-mail de votre PDG ? Je souhaite lui adresser un courrier directement.

Merci,
Anne Rousseau
""")

m("fr", "executive_contact,repeat_contact,technical_issue", "ecrit-directeur-general",
  frm="Bernard Faure <bernard.faure@faure-pharmacie.test>", subj="Quatrième relance – copie à votre directeur général",
  note="fourth reminder; robot interface errors; has written to the directeur général",
  body="""
Bonjour,

Ceci est ma quatrième relance concernant la connexion entre votre logiciel et notre robot de pharmacie, qui ne fonctionne toujours pas : les commandes restent bloquées avec l'erreur « ROB-12 ». J'ai écrit ce matin à votre directeur général pour l'informer de la situation.

Bernard Faure
Pharmacien titulaire
""")

m("fr", "broken_promise,repeat_contact", "troisieme-fois-rappel-promis",
  frm="Céline Blanc <celine.blanc@blanc-coiffure.test>", subj="3e message – rappel promis",
  note="third message; promised callback never came",
  body="""
Bonjour,

C'est la troisième fois que je vous écris. Lundi, on m'avait promis qu'un technicien me rappellerait « dans l'après-midi » pour la modification de mon contrat. Personne ne m'a rappelée.

Merci de me recontacter.

Céline
""", cs="iso-8859-1", subj_enc="q")

m("fr", "security_incident", "compte-pirate",
  frm="Antoine Garnier <antoine.garnier@gmail.com>", subj="Compte piraté ?",
  note="account hacked: password changed, unknown device login",
  body="""
Bonjour,

Je ne peux plus me connecter : mon mot de passe a été changé cette nuit, et j'ai reçu une alerte de connexion depuis un appareil inconnu en Ukraine. Je pense que mon compte a été piraté. Pouvez-vous le bloquer ?

Antoine Garnier
""")

m("fr", "technical_issue", "appli-plante-minuscules",
  frm="lucas <lucas.perrin@sfr.test>", subj="bug",
  note="lowercase, no accents: wrong prices shown in basket",
  body="""
salut, l'appli affiche des prix faux dans le panier depuis hier (genre 0,00 au lieu de 12,50) mais le ticket est bon. c'est un bug ou quoi

lucas
""")

m("fr", "manager_request,repeat_contact", "deja-ecrit-deux-fois-responsable",
  frm="Valérie Henry <valerie.henry@henry-optique.test>", subj="Demande d'escalade",
  note="'déjà écrit deux fois' => third contact; asks for escalation to a responsable",
  body="""
Bonjour,

Je vous ai déjà écrit deux fois au sujet de la modification de notre contrat (passage à 3 magasins) sans obtenir de réponse concrète.

Merci de transmettre ma demande à un responsable. Je souhaite que mon dossier soit escaladé.

Valérie Henry
Henry Optique
""")

m("fr", "legal_threat", "avocat-cite-en-dessous", trap="quoted",
  frm="Olivier Mathieu <olivier.mathieu@mathieu-sa.test>", subj="RE: Votre demande n° 62031",
  irt="<rep-20250312-62031@escalated.example.test>",
  note="own text: avocat will start poursuites (conditional); desk reply quoted below",
  body="""
Votre réponse ne nous convient pas. Notre avocat engagera des poursuites si le préjudice subi n'est pas indemnisé.

Olivier Mathieu

Le 12 mars 2025 à 09:40, Example Support <support@example.test> a écrit :
> Bonjour Monsieur Mathieu,
>
> Nous avons bien pris note de votre demande d'indemnisation.
> Conformément à nos CGV, nous ne pouvons pas y donner suite.
>
> Cordialement,
> Le support Example
""", html="gmail", alt=True)

m("fr", "cancellation_threat,outage,technical_issue", "si-pas-regle-vendredi", trap="conditional",
  frm="Stéphane Perrot <s.perrot@perrot-restaurants.test>", subj="Encore une coupure",
  note="service unreachable in all four restaurants; conditional résiliation",
  body="""
Bonjour,

Ce midi, aucun de nos quatre restaurants ne pouvait se connecter à la caisse en ligne pendant deux heures. Si la stabilité n'est pas réglée d'ici vendredi, nous résilierons le contrat et passerons chez un concurrent.

Stéphane Perrot
Directeur commercial, Groupe Perrot
""")

# --- French traps
m("fr", "-", "directeur-commercial-question", trap="title",
  frm="Pascal Morel <pascal.morel@morel-distribution.test>", subj="Ajouter un utilisateur",
  note="'Directeur commercial' in signature; simple how-to",
  body="""
Bonjour,

Comment ajouter un nouvel utilisateur avec des droits limités (consultation uniquement) ?

Merci,
Pascal Morel
Directeur commercial
Morel Distribution
""")

m("fr", "-", "cite-avocat-c-est-regle", trap="quoted",
  frm="Sandrine Lemaire <sandrine.lemaire@lemaire-deco.test>", subj="Re: Facture de mars",
  note="'c'est réglé'; avocat and 'scandaleux' only in the 'Le ... a écrit' quote",
  body="""
Merci, c'est réglé, j'ai bien reçu l'avoir.

Sandrine

Le 3 mars 2025 à 10:02, Sandrine Lemaire <sandrine.lemaire@lemaire-deco.test> a écrit :
> C'est scandaleux, vous m'avez facturé deux fois. Si ce n'est pas
> corrigé, je contacte mon avocat.
""", cs="iso-8859-1", cte="qp")

m("fr", "-", "ne-compte-pas-resilier", trap="negation",
  frm="Michel Robin <michel.robin@robin-fleurs.test>", subj="Changement de formule",
  note="'je ne compte pas résilier' + plan change",
  body="""
Bonjour,

Je ne compte pas résilier, rassurez-vous ! Je voudrais seulement passer de la formule Pro à la formule Essentiel pendant l'été. Est-ce possible sans frais ?

Michel Robin
""")

m("fr", "-", "politique-remboursement", trap="policy_question",
  frm="Élodie Picard <elodie.picard@picard-yoga.test>", subj="Remboursement en cas d'annulation ?",
  note="refund policy question",
  body="""
Bonjour,

Quelle est votre politique de remboursement si l'on souscrit l'abonnement annuel et qu'on arrête au bout de trois mois ?

Merci,
Élodie
""", subj_enc="q8")

m("fr", "-", "conforme-rgpd", trap="policy_question",
  frm="Guillaume Noël <guillaume.noel@noel-sante.test>", subj="Conformité RGPD",
  note="asks whether the product is GDPR (RGPD) compliant",
  body="""
Bonjour,

Votre solution est-elle conforme au RGPD, et les données sont-elles hébergées en France ou dans l'UE ? Pouvez-vous nous transmettre votre accord de sous-traitance ?

Cordialement,
Guillaume Noël
Délégué à la protection des données
""", html="outlook", alt=True, entities=True)

m("fr", "-", "onglet-securite-export", trap="innocuous",
  frm="Chloé Gauthier <chloe.gauthier@gauthier-studio.test>", subj="Onglet sécurité",
  note="'onglet sécurité', 'export des données' in how-to questions",
  body="""
Bonjour,

Je ne trouve pas l'onglet « Sécurité » pour activer la double authentification. Et au passage, comment faire un export des données clients au format Excel ?

Merci beaucoup !
Chloé
""")

m("fr", "-", "mentions-legales-signature", trap="signature",
  frm="François Dupont <francois.dupont@dupont-notaires.test>", subj="Copie de facture",
  note="confidentiality notice ('poursuites') in signature; invoice copy request",
  body="""
Bonjour,

Pourriez-vous m'envoyer une copie de la facture de février ?

Bien à vous,
François Dupont
Office notarial Dupont & Associés

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation ou diffusion non autorisée est interdite et peut donner lieu à des poursuites. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire.
""", cs="iso-8859-1", cte="qp")

m("fr", "-", "associe-plaisante-poursuivre", trap="reported",
  frm="Aurélie Caron <aurelie.caron@caron-graphisme.test>", subj="Merci !",
  note="business partner jokes about suing (not adopted); praise",
  body="""
Bonjour l'équipe,

Un grand merci pour la nouvelle fonction de relance automatique. Mon associé a plaisanté en disant qu'on devrait vous poursuivre pour lui avoir volé son seul travail de la semaine.

Bonne continuation !
Aurélie
""")

m("fr", "-", "bravo-equipe", trap="praise",
  frm="Denis Lacroix <denis.lacroix@lacroix-cave.test>", subj="Bravo",
  note="praise for the new app version",
  body="""
Bonjour,

Juste un petit mot pour dire bravo : la nouvelle version de l'appli est rapide et claire, mes vendeurs l'ont adoptée en une journée.

Denis Lacroix
La Cave Lacroix
""", mailer="iphone")

m("fr", "-", "probleme-resolu", trap="resolved",
  frm="Manon Bertrand <manon.bertrand@bertrand-kine.test>", subj="Re: Imprimante [#59901]",
  irt="<rep-20250428-59901@escalated.example.test>",
  note="resolved, ticket can be closed",
  body="""
Bonjour,

Tout fonctionne à nouveau après la mise à jour du pilote. Vous pouvez clôturer la demande.

Merci et bonne journée,
Manon
""")

m("fr", "-", "devis-30-terminaux", trap="large_amount",
  frm="Patrick Lemoine <patrick.lemoine@lemoine-retail.test>", subj="Demande de devis",
  note="large amount (about 18 000 €) without any problem: quote request",
  body="""
Bonjour,

Nous souhaitons équiper nos 10 boutiques de 30 terminaux au total, soit environ 18 000 € selon votre grille tarifaire. Pourriez-vous nous faire parvenir un devis avec remise quantitative ?

Patrick Lemoine
Responsable achats
""")

m("fr", "-", "comment-ajouter-tva", trap="howto",
  frm="Sylvie Marchand <sylvie.marchand@marchand-couture.test>", subj="TVA sur les tickets",
  note="plain how-to",
  body="""
Bonjour,

Comment faire apparaître le numéro de TVA intracommunautaire sur les tickets de caisse ?

Merci d'avance,
Sylvie Marchand
""", cs="iso-8859-1")
# ---------------------------------------------------------------- Spanish

m("es", "billing_dispute,legal_threat", "abogado-cobro-indebido", trap="conditional",
  frm="Javier Martínez <javier.martinez@martinez-reformas.test>", subj="Cobro indebido – aviso previo a acciones legales",
  note="unauthorised charge; conditional threat of abogado and acciones legales",
  body="""
Buenos días:

El pasado 4 de marzo me cobraron 189,00 € por un "plan Empresa" que nunca contraté. Tengo el contrato firmado del plan Básico.

Si no me devuelven el importe antes del día 20, mi abogado iniciará acciones legales contra su empresa.

Atentamente,
Javier Martínez
Reformas Martínez S.L.
""", cs="utf-8", cte="qp")

m("es", "regulatory,security_incident", "aepd-datos-filtrados",
  frm="Lucía Fernández <lucia.fernandez@clinica-fernandez.test>", subj="Filtración de datos de pacientes – denuncia ante la AEPD",
  note="patient data exposed via public link; complaint filed with the AEPD",
  body="""
Buenas tardes:

Uno de nuestros pacientes nos ha enviado un enlace público de su plataforma en el que aparece el listado completo de citas de nuestra clínica, con nombres, teléfonos y motivo de consulta. Cualquiera con el enlace puede verlo.

Hemos presentado una reclamación ante la Agencia Española de Protección de Datos (AEPD). Exijo que desactiven ese enlace de inmediato y nos expliquen cómo ha ocurrido.

Dra. Lucía Fernández
Clínica Fernández
""", html="outlook", alt=True, entities=True)

m("es", "manager_request,severe_dissatisfaction", "hablar-con-supervisor-verguenza",
  frm="Carmen López <carmen.lopez@hotmail.test>", subj="Quiero hablar con un supervisor",
  note="demands a supervisor; 'una vergüenza'",
  body="""
Llevo dos días intentando que alguien me explique por qué mi cuenta sigue bloqueada después de pagar. Nadie sabe nada. Es una vergüenza.

Quiero hablar con un supervisor hoy mismo. Mi teléfono: 612 345 678.

Carmen López
""")

m("es", "cancellation_threat,technical_issue", "darse-de-baja-fallos",
  frm="Pablo Sánchez <pablo.sanchez@sanchez-talleres.test>", subj="Baja del servicio",
  note="invoice generation fails with an error; announces darse de baja",
  body="""
Hola:

Desde hace dos semanas, al generar una factura con más de 10 líneas, el programa da el error "Timeout al generar PDF" y la factura no se guarda. Ya no podemos trabajar así.

Queremos darnos de baja a final de mes. Indíquenme los pasos, por favor.

Pablo Sánchez
Talleres Sánchez
""")

m("es", "outage,technical_issue", "caida-total-tiendas",
  frm="Marta Gómez <marta.gomez@gomez-moda.test>", subj="Caída total del sistema",
  note="no shop can get in, 502 and 'service unavailable'",
  body="""
Buenos días,

Desde las 10:00 ninguna de nuestras cinco tiendas puede acceder al sistema. La web da "Error 502 Bad Gateway" y la aplicación dice "Servicio no disponible". ¿Tienen una caída general?

Marta Gómez
Gómez Moda
""", mailer="iphone")

m("es", "data_loss,technical_issue", "inventario-borrado-sincronizacion",
  frm="Andrés Ruiz <andres.ruiz@ruiz-ferreteria.test>", subj="Se borró todo el inventario",
  note="sync error, then the whole inventory deleted",
  body="""
Hola,

Ayer por la tarde la app mostró "Error de sincronización (código 4091)" varias veces y esta mañana el inventario está vacío: más de 3.000 artículos borrados, con sus precios y existencias.

Por favor, ¿pueden restaurar una copia de ayer por la mañana?

Andrés Ruiz
Ferretería Ruiz
""", cs="iso-8859-1", cte="qp")

m("es", "high_value_order,broken_promise", "pedido-11500-no-llega",
  frm="Roberto Díaz <roberto.diaz@diaz-hoteles.test>", subj="Pedido 72019 – entrega prometida",
  note="order of 11.500 € with committed delivery date missed",
  body="""
Estimados señores:

Nuestro pedido 72019 (20 terminales y 20 impresoras, importe total 11.500 €) tenía entrega comprometida para el 15 de abril. Hoy es 22 y no ha llegado nada, y el seguimiento no se actualiza desde hace una semana.

Les ruego me informen con urgencia de la fecha real de entrega.

Un saludo,
Roberto Díaz
Director de Compras, Díaz Hoteles
""", date="2025-04-22 10:30")

m("es", "billing_dispute,high_value_order", "factura-usd-8900-mexico",
  frm="Alejandro Herrera <alejandro.herrera@herrera-logistica.test>", subj="Factura con monto incorrecto",
  note="annual invoice of USD 8,900.00 overcharged (Mexico)",
  body="""
Buen día,

Recibimos la factura FAC-2025-118 por USD 8,900.00 correspondiente a la renovación anual. Nosotros contratamos 40 usuarios, no 75, y así consta en la orden de compra. El cobro está mal.

Les pido de favor que cancelen la factura y emitan una nueva por el importe correcto.

Saludos cordiales,
Alejandro Herrera
Herrera Logística, Monterrey
""", zone="mexico")

m("es", "safety", "cargador-quemadura",
  frm="Elena Castro <elena.castro@gmail.com>", subj="El cargador se recalentó y me quemé",
  note="charger overheated, burnt hand",
  body="""
Hola,

El cargador del lector de tarjetas se recalentó tanto que al desenchufarlo me quemé la palma de la mano. Tenía una mancha negra por debajo y olía a quemado.

¿Hay alguna alerta o retirada de este modelo? No quiero volver a usarlo.

Elena Castro
""")

m("es", "feature_request", "sugerencia-bizum",
  frm="Sergio Navarro <sergio.navarro@navarro-cafeteria.test>", subj="Sugerencia: pago con Bizum",
  note="feature suggestion (Bizum payments)",
  body="""
¡Hola!

Os escribo con una sugerencia: estaría genial poder cobrar con Bizum directamente desde el TPV. Muchos clientes jóvenes nos lo piden.

Un abrazo,
Sergio
""")

m("es", "broken_promise,media_threat,severe_dissatisfaction", "redes-sociales-indignante",
  frm="Rocío Molina <rocio.molina@molina-eventos.test>", subj="Indignante",
  note="confirmed installation never happened; threatens social media and local press; 'indignante'",
  body="""
Lo que han hecho es indignante. Tenía la instalación confirmada para el sábado y el técnico nunca vino, ni avisó.

Voy a contar todo en mis redes sociales (tengo más de 30.000 seguidores en Instagram) y ya he hablado con un periodista del diario local.

Rocío Molina
""")

m("es", "discrimination_harassment", "comentarios-machistas-tecnico",
  frm="Beatriz Ortega <beatriz.ortega@ortega-taller.test>", subj="Queja por el comportamiento de su técnico",
  note="sexist remarks and harassment by a technician",
  body="""
Buenas tardes:

El técnico que vino a instalar el TPV en mi taller mecánico se pasó la visita haciendo comentarios machistas ("¿y dónde está el dueño de verdad?", "una chica tan guapa no debería mancharse de grasa") y al irse me pidió el teléfono con insistencia.

Me sentí acosada en mi propio negocio. Quiero que tomen medidas.

Beatriz Ortega
""")

m("es", "corporate_contact_request", "direccion-sede-central",
  frm="Francisco Ramos <francisco.ramos@ramos-asesores.test>", subj="Dirección de la sede central",
  note="asks for head-office address and legal department contact",
  body="""
Buenos días,

¿Podrían facilitarme la dirección postal de su sede central y un correo de contacto de su departamento jurídico? Necesito enviar documentación del contrato marco.

Gracias,
Francisco Ramos
""")

m("es", "executive_contact,severe_dissatisfaction", "escribi-al-ceo",
  frm="Gabriela Romero <gabriela.romero@romero-joyeria.test>", subj="He escrito a su CEO",
  note="has written to the CEO on LinkedIn; 'pésimo', 'inaceptable'",
  body="""
Les informo de que esta mañana he escrito directamente a su CEO por LinkedIn, porque el trato que estamos recibiendo de su equipo comercial es pésimo: en dos meses nos han cambiado de comercial tres veces y cada uno nos cuenta algo distinto sobre nuestras condiciones. Inaceptable.

Gabriela Romero
Joyería Romero, Buenos Aires
""", zone="argentina")

m("es", "broken_promise,repeat_contact", "tercera-vez-devolucion-prometida",
  frm="Diego Vargas <diego.vargas@vargas-deportes.test>", subj="Por tercera vez",
  note="'es la tercera vez'; promised call never made",
  body="""
Hola,

Es la tercera vez que les escribo. El 10 de marzo me prometieron que un técnico me llamaría "en 24 horas" para configurar la segunda tienda. Nadie llamó.

Diego Vargas
""")

m("es", "security_incident", "acceso-no-autorizado",
  frm="Laura Jiménez <laura.jimenez@jimenez-estudio.test>", subj="Acceso no autorizado a mi cuenta",
  note="unauthorised access, login email changed",
  body="""
Hola,

Alguien ha entrado en mi cuenta esta madrugada y ha cambiado el correo de acceso por uno que no es mío. Yo he podido entrar porque tenía la sesión abierta en el móvil. Por favor, bloqueen la cuenta y reviertan el cambio.

Laura Jiménez
""")

m("es", "technical_issue", "no-imprime-tickets-minusculas",
  frm="manu <manu.gil@yahoo.test>", subj="no imprime",
  note="lowercase, no accents: receipt printer prints blank",
  body="""
hola, la impresora de tickets no imprime nada desde ayer, sale el papel en blanco. ya cambie el rollo dos veces. ayuda porfa

manu
""")

m("es", "cancellation_threat,outage,technical_issue", "si-no-se-resuelve-cancelamos", trap="conditional",
  frm="Ricardo Flores <ricardo.flores@flores-restaurantes.test>", subj="Sistema caído en todos los locales",
  note="payment system down in all restaurants; conditional cancellation",
  body="""
Buenas noches:

Esta noche, en pleno servicio, se cayó el sistema de cobro en nuestros tres restaurantes: ningún datáfono conectaba con la pasarela de pago durante más de una hora.

Si esto vuelve a pasar este mes, cancelamos el contrato y nos vamos con la competencia.

Ricardo Flores
Grupo Flores, Santiago de Chile
""", zone="chile")

m("es", "legal_threat", "demanda-citada", trap="quoted",
  frm="Fernando Gil <fernando.gil@gil-construcciones.test>", subj="RE: Su consulta n.º 63110",
  irt="<rep-20250314-63110@escalated.example.test>",
  note="own text announces a demanda; desk reply quoted below",
  body="""
Su respuesta no resuelve nada. Vamos a presentar una demanda por los daños causados por la instalación defectuosa en nuestra oficina.

Fernando Gil

El 14 mar 2025, a las 11:20, Example Support <support@example.test> escribió:
> Estimado Sr. Gil:
>
> Lamentamos las molestias. Según nuestras condiciones generales, no
> podemos asumir los costes de reparación solicitados.
>
> Un saludo,
> Soporte de Example
""", html="gmail", alt=True)

m("es", "feature_request,repeat_contact", "ya-pedi-dos-veces-informes",
  frm="Natalia Cruz <natalia.cruz@cruz-libreria.test>", subj="Otra vez: informe por categorías",
  note="'ya les escribí dos veces' => third contact; asks for a new report",
  body="""
Hola,

Ya les escribí dos veces sobre esto: por favor, añadan un informe de ventas por categoría de producto. Para una librería es imprescindible saber cuánto vendemos de infantil, novela, etc.

Gracias,
Natalia
""", cs="iso-8859-1")

m("es", "regulatory", "consumo-reclamacion",
  frm="Antonio Medina <antonio.medina@medina-bar.test>", subj="Hoja de reclamaciones / Consumo",
  note="complaint filed with the consumer office (Consumo)",
  body="""
Buenos días:

Les comunico que he presentado una reclamación ante la Oficina Municipal de Información al Consumidor por la permanencia de 24 meses que no aparecía en la oferta que me enviaron.

Atentamente,
Antonio Medina
""")

# --- Spanish traps
m("es", "-", "no-voy-a-cancelar", trap="negation",
  frm="Isabel Reyes <isabel.reyes@reyes-panaderia.test>", subj="Cambio de plan",
  note="'no voy a cancelar' + plan change",
  body="""
Hola,

No voy a cancelar, tranquilos. Solo quiero saber si puedo pasar al plan anual a mitad de mes y cómo se calcula el prorrateo.

Isabel
""")

m("es", "-", "citado-escribio-resuelto", trap="quoted",
  frm="Jorge Peña <jorge.pena@pena-clinica.test>", subj="Re: Consulta [#58110]",
  note="'ya está resuelto'; outage, anger, repeat contact and supervisor only in the 'El ... escribió' quote",
  body="""
Ya está resuelto, muchas gracias por la ayuda.

Jorge

El 3 mar 2025, Jorge Peña <jorge.pena@pena-clinica.test> escribió:
> El sistema está caído desde esta mañana y es la tercera vez que les
> escribo. Es una vergüenza. Quiero hablar con un supervisor.
""", cs="iso-8859-1", cte="qp")

m("es", "-", "gerente-de-compras-firma", trap="title",
  frm="Mónica Silva <monica.silva@silva-distribuciones.test>", subj="Consulta sobre usuarios",
  note="'Gerente de Compras' in signature; simple question",
  body="""
Buenos días,

¿Cuántos usuarios incluye el plan Empresa? Queremos dar acceso a todo el equipo de almacén.

Saludos,
Mónica Silva
Gerente de Compras
Silva Distribuciones, Lima
""")

m("es", "-", "aviso-legal-firma", trap="signature",
  frm="Luis Ortega <luis.ortega@ortega-abogados.test>", subj="Duplicado de factura",
  note="legal notice ('acciones legales', RGPD) in signature; invoice copy request",
  body="""
Buenas tardes,

¿Me pueden reenviar la factura de enero? No la encuentro.

Un saludo,
Luis Ortega
Ortega & Asociados Abogados

AVISO LEGAL: Este mensaje y sus archivos adjuntos son confidenciales y pueden contener información protegida por el secreto profesional. Si usted no es el destinatario, le rogamos que lo comunique al remitente y lo elimine. Cualquier uso no autorizado está prohibido y podrá dar lugar a acciones legales. En cumplimiento del RGPD, le informamos de que sus datos serán tratados por Ortega & Asociados.
""", html="outlook", alt=True, cs="windows-1252")

m("es", "-", "politica-devoluciones", trap="policy_question",
  frm="Paula Herrera <paula.herrera@herrera-boutique.test>", subj="Política de devoluciones",
  note="returns policy question",
  body="""
Hola,

¿Cuál es su política de devoluciones si compro un lector y no me convence? ¿Hay un plazo?

Gracias,
Paula
""")

m("es", "-", "como-cancelar-pedido-talla", trap="policy_question",
  frm="Tomás Aguilar <tomas.aguilar@gmail.com>", subj="Cancelar pedido 73002",
  note="neutral cancellation of an order placed in the wrong size",
  body="""
Hola, ¿cómo cancelo el pedido 73002? Pedí el soporte grande y necesito el pequeño. Lo vuelvo a pedir bien después.

Gracias
Tomás
""")

m("es", "-", "cumple-rgpd", trap="policy_question",
  frm="Ana Belén Prieto <anabelen.prieto@prieto-rrhh.test>", subj="RGPD",
  note="asks whether the product is GDPR (RGPD) compliant",
  body="""
Hola,

¿Su plataforma cumple con el RGPD? ¿Dónde se alojan los datos? Necesitamos saberlo antes de contratar.

Un saludo,
Ana Belén Prieto
""")

m("es", "-", "companero-broma-demandar", trap="reported",
  frm="Raúl Campos <raul.campos@campos-diseno.test>", subj="¡Gracias!",
  note="colleague jokes about suing (not adopted); praise",
  body="""
¡Hola!

Solo quería daros las gracias por el nuevo panel. Mi compañero dice en broma que os va a demandar porque ya no tiene excusa para no entregar los informes a tiempo. 😂

Raúl
""")

m("es", "-", "pestana-seguridad", trap="innocuous",
  frm="Sofía Delgado <sofia.delgado@delgado-fisio.test>", subj="¿Dónde está la pestaña de seguridad?",
  note="'pestaña de seguridad', 'exportar datos' in how-to questions",
  body="""
Hola,

No encuentro la pestaña de seguridad para activar la verificación en dos pasos. ¿Y cómo puedo exportar los datos de mis pacientes a Excel?

Gracias,
Sofía
""", html="apple", alt=True, entities=True)

m("es", "-", "es-una-ganga", trap="innocuous",
  frm="Hugo Rivas <hugo.rivas@rivas-surf.test>", subj="Plan anual",
  note="'es una ganga', 'me muero de ganas' - praise and a how-to",
  body="""
¡Buenas! El plan anual a ese precio es una ganga, y me muero de ganas de probar la nueva función de reservas. ¿Cómo cambio del plan mensual al anual?

Hugo
""")

m("es", "-", "todo-bien-gracias", trap="resolved",
  frm="Verónica Soto <veronica.soto@soto-floristeria.test>", subj="Re: Su consulta [#60315]",
  irt="<rep-20250505-60315@escalated.example.test>",
  note="all good now",
  body="""
Todo bien ya, era el Bluetooth del iPad. ¡Gracias!

Verónica
""", mailer="iphone")

m("es", "-", "pedido-grande-presupuesto", trap="large_amount",
  frm="Emilio Cortés <emilio.cortes@cortes-supermercados.test>", subj="Presupuesto para 50 terminales",
  note="large amount (about 25.000 €) without any problem: quote request",
  body="""
Buenos días,

Estamos valorando equipar nuestros supermercados con 50 terminales, unos 25.000 € según su tarifa. ¿Podrían enviarnos un presupuesto con descuento por volumen?

Emilio Cortés
Director de Operaciones
""")

m("es", "-", "felicitaciones-soporte", trap="praise",
  frm="Julia Moreno <julia.moreno@moreno-peluqueria.test>", subj="Felicitaciones",
  note="praise for an agent",
  body="""
Hola,

Quería felicitar a Daniel del soporte por su paciencia ayer por teléfono. ¡Así da gusto!

Julia Moreno
Peluquería Moreno
""", cs="iso-8859-1", cte="qp")
# ---------------------------------------------------------------- English, no trigger (traps)

# --- job titles
m("en", "-", "office-manager-add-user", trap="title",
  frm="Tracy Bell <tracy.bell@bellsurveyors.test>", subj="Adding a new user",
  note="'I'm the office manager' + plain how-to",
  body="""
Hi,

I'm the office manager at Bell Surveyors and I've just taken over the account from my predecessor. How do I add a new user for our junior surveyor? I can't see an "invite" button anywhere.

Thanks,
Tracy
""")

m("en", "-", "account-manager-quote", trap="title",
  frm="Craig Dunmore <craig.dunmore@dunmorevets.test>", subj="Renewal quote",
  note="'our account manager' is an existing role, no request for a superior",
  body="""
Hi there,

Could you ask our account manager, Jess, to send over the renewal quote for next year? We'd like to add two more seats. No rush, sometime this month is fine.

Cheers,
Craig
""")

m("en", "-", "works-with-password-manager", trap="title",
  frm="Elif Yilmaz <elif.yilmaz@gmail.com>", subj="1Password",
  note="'Password Manager' product name; asks whether a feature exists",
  body="""
Quick question - does your desktop app support filling logins from a password manager like 1Password, or only the browser version?

Elif
""")

m("en", "-", "manager-of-it-invoice-copy", trap="title",
  frm="Bernard Achterberg <b.achterberg@achterberg-tools.test>", subj="Invoice copy for March",
  note="'Manager of IT' in signature; invoice copy request (not a dispute)",
  body="""
Hello,

Please could you send a copy of the March invoice? Our finance system ate the PDF.

Best regards

Bernard Achterberg
Manager of IT
Achterberg Tools B.V.
T +31 20 555 0134
""", html="outlook", alt=True)

m("en", "-", "general-manager-hotel-inquiry", trap="title",
  frm="Sofia Marquez <s.marquez@harborviewhotel.test>", subj="Interested in your POS for our restaurant",
  note="'general manager' title; sales inquiry",
  body="""
Good afternoon,

I'm the general manager of the Harborview Hotel (82 rooms, one restaurant, one bar). We're looking at replacing our POS before summer. Could someone from sales contact me with pricing for around 8 terminals?

Kind regards,
Sofia Marquez
General Manager
""")

m("en", "-", "escalation-manager-signature", trap="title",
  frm="Jane Pereira <jane.pereira@acmeinsure.test>", subj="API documentation for claims webhook",
  note="'Escalation Manager' is the sender's own job title; plain documentation question",
  body="""
Hi,

Where can I find the API documentation for the claims webhook payload? I'd like to see the full list of fields.

Thanks!

Jane Pereira
Escalation Manager, Claims Operations
ACME Insurance Services
""")

m("en", "-", "my-manager-wants-invoice", trap="title",
  frm="Tom Hirsch <tom.hirsch@hirschdesign.test>", subj="invoices for Q1",
  note="'my manager asked me' is not a request to speak to the vendor's manager",
  body="""
hi, my manager asked me to get all invoices for Q1 in one PDF for the auditors. is there a way to download them all at once?

thanks
tom
""")

m("en", "-", "own-ceo-report", trap="own_ceo",
  frm="Ruth Abara <ruth.abara@abarafoods.test>", subj="Quarterly usage report",
  note="mentions their OWN CEO in an unrelated way (not executive_contact)",
  body="""
Hi team,

Our CEO needs the quarterly usage report (logins and transactions per store) for the board pack on Friday. Is there a built-in report for that or do I have to build it from the export?

Many thanks,
Ruth
""")

m("en", "-", "ceo-signature-question", trap="title",
  frm="Aaron Fields <aaron@fieldsbakery.test>", subj="Opening hours over Easter",
  note="sender's own title is CEO; asks support opening hours",
  body="""
Hi,

Will your phone support be open over the Easter weekend? We're open Saturday and I'd like to know who to call if a reader plays up.

Aaron Fields
Founder & CEO
Fields Bakery Co.
""")

# --- quoted history only
m("en", "-", "thanks-fixed-quoted-cancel", trap="quoted",
  frm="Nadia Petrova <nadia@petrovadental.test>", subj="Re: Calendar sync - deadline",
  irt="<rep-20250219-2203@escalated.example.test>",
  note="resolved; the cancellation threat and the bug report only appear in the quoted earlier mail",
  body="""
That did it - the sync is running again and the missing appointments came through. Thank you, Rahul!

Nadia

On Wed, 19 Feb 2025 at 16:41, Nadia Petrova <nadia@petrovadental.test> wrote:
> Hello,
>
> The Google Calendar sync has not worked for two weeks. New appointments
> don't appear in Google, and cancellations in Google don't come back.
>
> We rely on this for three dentists. If it isn't working again by Friday
> we will cancel the subscription and go back to paper, honestly.
>
> Nadia Petrova
> Practice Coordinator
""", html="gmail", alt=True)

m("en", "-", "outlook-original-sue", trap="quoted",
  frm="Harold Jenkins <harold.jenkins@jenkinsbuild.test>", subj="RE: Contract terms",
  note="own text neutral; 'we will sue' only inside the Outlook -----Original Message----- block",
  body="""
Received, thanks. We'll go through the revised terms with our board on Monday and come back to you.

Harold

-----Original Message-----
From: Harold Jenkins <harold.jenkins@jenkinsbuild.test>
Sent: Tuesday, March 11, 2025 9:14 AM
To: support@example.test
Subject: Contract terms

If you go ahead with the price change in the middle of our term, we will sue. That clause was never agreed.

Harold Jenkins
Jenkins Build Ltd
""")

m("en", "-", "outlook-header-block-outage", trap="quoted",
  frm="Monica Reyes <monica.reyes@reyeslogistics.test>", subj="FW: Monday incident",
  note="asks for an incident reference; outage/data-loss words only in the Outlook header block below",
  body="""
Hi,

For our internal records, could you send me the incident reference for last Monday? Our auditor wants it in the file. Everything has been fine since.

Thanks,
Monica

From: Luke Carter <luke.carter@reyeslogistics.test>
Sent: Monday, 7 April 2025 10:02
To: Monica Reyes <monica.reyes@reyeslogistics.test>
Subject: Monday incident

Monica - Example is down, complete outage, none of the drivers can log in. Also worried about data loss on the morning scans. Can you chase them?
Luke
""", html="outlook", alt=True)

m("en", "-", "forwarded-colleague-rant", trap="quoted",
  frm="Sam Okafor <sam.okafor@okafortravel.test>", subj="Fwd: the booking thing",
  note="forwarding at the agent's request; the anger and lawyer threat are in the forwarded part",
  body="""
Hi Priya, forwarding this as you asked on the phone so it's in the ticket. It's all resolved now as far as we're concerned.

Sam

---------- Forwarded message ---------
From: Dee Harmon <dee.harmon@okafortravel.test>
Date: Fri, 14 Mar 2025 at 17:22
Subject: the booking thing
To: Sam Okafor <sam.okafor@okafortravel.test>

This is absolutely unacceptable. Tell them if it happens again I'm getting a lawyer involved.
""")

m("en", "-", "blockquote-password-reset", trap="quoted",
  frm="Leah Grant <leah.grant@grantstudio.test>", subj="Re: Your ticket [#5512]",
  irt="<rep-20250302-5512@escalated.example.test>",
  note="own text is thanks; the suspicious-login report is only in the blockquote (HTML only)",
  html="""
<html><body>
<div>Great, the password reset worked and I've turned on 2FA. Thanks for the quick help!</div>
<div><br></div>
<div>Leah</div>
<div><br></div>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Sun, 2 Mar 2025 at 11:05, Leah Grant &lt;leah.grant@grantstudio.test&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">
<div>Hi, I just got an alert about a login from a device I don&#39;t own. I think someone has hacked my account. Please lock it!</div>
</blockquote></div>
</body></html>
""", body="")

m("en", "-", "apple-nested-quotes-see-thursday", trap="quoted",
  frm="Gareth Lloyd <gareth.lloyd@icloud.com>", subj="Re: Technician visit",
  note="own text 'see you Thursday'; nested quotes contain a missed-visit complaint and 'third time'",
  body="""
Perfect, see you Thursday at 10.

Gareth

> On 3 Mar 2025, at 14:02, Example Support <support@example.test> wrote:
>
> Hi Gareth, we're very sorry about the missed appointment. We've booked
> the technician for Thursday 10:00.
>
>> On 2 Mar 2025, at 19:40, Gareth Lloyd <gareth.lloyd@icloud.com> wrote:
>>
>> This is the third time I'm writing. You promised a technician on Friday
>> and nobody came. Completely unacceptable.
""", html="apple", alt=True, mailer="iphone")

m("en", "-", "quoted-desk-escalated-thanks", trap="quoted",
  frm="Olga Ivanova <olga.ivanova@ivanovaart.test>", subj="Re: Your billing question [#52231]",
  irt="<rep-20250416-52231@escalated.example.test>",
  note="thanks reply; 'escalated', 'charged twice', 'refund' only in the quoted desk reply",
  body="""
Thank you for the update, much appreciated!

Olga

On 16.04.2025 10:12, Example Support wrote:
> Hi Olga,
>
> I've escalated your case to our billing team. They have confirmed that
> you were charged twice in April and the refund of $29.00 has been
> issued today. It can take 5-10 business days to appear.
>
> Best,
> Marco, Example Support
""")

m("en", "-", "inline-answers-no-data-lost", trap="quoted",
  frm="Kenji Watanabe <kenji.watanabe@watanabe-import.test>", subj="Re: Follow-up questions [#47001]",
  irt="<rep-20250321-47001@escalated.example.test>",
  note="inline answers to the agent's questions; 'data loss' and 'error' only in quoted lines; own text negates",
  body="""
Hi Ana, answers inline.

> 1. Did you see any error message when the report was empty?
No, no error. It turned out a colleague had a date filter set to 2023.

> 2. Can you confirm whether any data loss happened after the update?
None at all, everything is there once the filter is removed.

> 3. Is the problem still occurring?
No. You can close the ticket.

Thanks,
Kenji
""")

m("en", "-", "fwd-attachment-franchisee", trap="quoted",
  frm="Brian Costa <brian.costa@costafranchise.test>", subj="FW: complaint from our Leeds franchisee",
  note="angry franchisee mail only as attached message/rfc822; own text says no action needed",
  body="""
Hi,

Attached is the email our Leeds franchisee sent us last week, just FYI for your account notes. We've already sorted it out with him directly, no action needed on your side.

Brian Costa
Franchise Operations
""", attach=[("complaint.eml", """eml:From: Gary Mills <gary.mills@leedsfranchise.test>
To: Brian Costa <brian.costa@costafranchise.test>
Subject: ridiculous
Date: Mon, 17 Mar 2025 08:55:10 +0000
Message-ID: <20250317085510.77A1@leedsfranchise.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Brian, the tills were down all Saturday AGAIN. Worst system I have ever used.
If head office doesn't sort this I'm cancelling the franchise agreement and
I'll be talking to a solicitor.

Gary
""")])

m("en", "-", "quoted-third-time-all-fine", trap="quoted",
  frm="Zoe Adler <zoe.adler@adlerfitness.test>", subj="Re: Class booking widget",
  irt="<rep-20250505-60012@escalated.example.test>",
  note="'all fine now'; the repeat-contact wording is only in the quoted original",
  body="""
Got it, all working now - thank you!

Zoe

On Mon, May 5, 2025 at 9:15 AM Zoe Adler <zoe.adler@adlerfitness.test> wrote:
> This is the third time I'm writing about the class booking widget. It
> shows every class as full even when nobody has booked.
""", html="gmail")

# --- signatures and disclaimers
m("en", "-", "legal-disclaimer-invoice-copy", trap="signature",
  frm="Victoria Stroud <v.stroud@stroudpartners.test>", subj="April invoice please",
  note="long legal disclaimer (legal action, unauthorised, privileged); request is an invoice copy",
  body="""
Hello,

Could you please resend the April invoice with our new VAT number (GB 123 4567 89) on it?

Kind regards,
Victoria Stroud
Accounts Assistant
Stroud & Partners Solicitors

--
CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be protected by legal professional privilege. If you are not the intended recipient, you must not read, copy, use or disclose it; please notify the sender immediately and delete it. Any unauthorised use may result in legal action. Stroud & Partners is authorised and regulated by the Solicitors Regulation Authority (SRA No. 612345). We will never change our bank details by email - if you receive such a message, please report it to us immediately as a possible fraud.
""", cs="windows-1252", cte="qp")

m("en", "-", "head-of-legal-seats", trap="signature",
  frm="Marcus Lindqvist <marcus.lindqvist@lindqvistgroup.test>", subj="How many seats do we have?",
  note="sender's title is Head of Legal & Compliance; disclaimer; plain account question",
  body="""
Hi,

Quick one: how many user seats are on our current plan, and how many are in use? I can't find it in the admin panel.

Thanks,

Marcus Lindqvist
Head of Legal & Compliance
Lindqvist Group AB

This message may contain confidential and/or legally privileged information. If you have received it in error, please notify us and delete it. Lindqvist Group processes personal data in accordance with the GDPR; see our privacy notice at lindqvistgroup.test/privacy.
""", html="outlook", alt=True, entities=True)

m("en", "-", "urgent-in-disclaimer", trap="signature",
  frm="Derek Olsen <derek.olsen@olsenmarine.test>", subj="Phone support hours",
  note="'urgent', 'outage' appear only in the signature block",
  body="""
Hello,

What are your phone support hours on weekdays? We're on Pacific time.

Derek Olsen
Service Coordinator, Olsen Marine
-----
For URGENT service outages on your vessel call our 24/7 line: +1 206 555 0199.
Please consider the environment before printing this email.
""")

m("en", "-", "fire-safety-officer-title", trap="signature",
  frm="Nora Byrne <nora.byrne@byrnecollege.test>", subj="Student discount?",
  note="'Fire Safety Officer' title in signature; pricing question",
  body="""
Hi,

Do you offer an education discount for a small further-education college? We'd need about 15 seats.

Best wishes,
Nora Byrne
Facilities & Fire Safety Officer
Byrne College
""")

m("en", "-", "security-quote-signature", trap="signature",
  frm="Hamid Karimi <hamid.karimi@karimisec.test>", subj="Receipt printer width",
  note="security quote in signature; plain hardware question",
  body="""
Hello,

Does the P2 receipt printer take 58 mm or 80 mm paper rolls?

Regards,
Hamid Karimi
--
"Security is not a product, but a process." - Bruce Schneier
Karimi Security Consulting | Penetration testing & incident response
""")

m("en", "-", "iphone-typos-signature", trap="signature",
  frm="Lauren Moss <lauren.moss@mossevents.test>", subj="Table plan feature",
  note="mobile signature apologising for typos; asks whether a feature exists",
  body="""
Hi is there a way to print a table plan from the event bookings? Couldnt find it

Sent from my iPhone - please excuse any typos, brevity or legal-sounding autocorrect
""", mailer="iphone")

m("en", "-", "sig-complaints-procedure", trap="signature",
  frm="Owain Davies <owain.davies@daviesestateagents.test>", subj="Change billing email",
  note="signature mentions the sender's own complaints procedure and the Property Ombudsman",
  body="""
Hi,

Please change the billing email on our account to accounts@daviesestateagents.test from next month.

Diolch / thanks,
Owain Davies

Davies Estate Agents | Members of The Property Ombudsman
Our complaints procedure is available on request. If you are unhappy with our service you may refer the matter to The Property Ombudsman.
""", cs="iso-8859-1")

# --- negation
m("en", "-", "not-cancelling-pause", trap="negation",
  frm="Holly Chambers <holly@chambersicecream.test>", subj="Pausing for winter",
  note="'I'm not going to cancel' + how to pause",
  body="""
Hi!

We're a seasonal ice cream shop. I'm not going to cancel - we love it - but is there a way to pause the subscription from November to March?

Holly
""")

m("en", "-", "no-need-to-escalate-vat", trap="negation",
  frm="Ravi Shankar <ravi.shankar@shankartextiles.test>", subj="VAT number format",
  note="'no need to escalate'; plain question",
  body="""
Hello,

No need to escalate this or anything, just a quick one: should the VAT number on invoices include the country prefix (GB) or not? Your settings page accepts both.

Ravi
""")

m("en", "-", "havent-lost-data-backup", trap="negation",
  frm="Ingrid Sorensen <ingrid.sorensen@sorensenlaw.test>", subj="Backup schedule",
  note="'we haven't lost any data'; asks about backup schedule",
  body="""
Hello,

We haven't lost any data and everything is working - I'm only double-checking for our insurer: how often are our documents backed up, and for how long are backups kept?

Kind regards,
Ingrid Sorensen
""")

m("en", "-", "not-suing-jurisdiction", trap="negation",
  frm="Pete Lawson <pete.lawson@lawsonbrewing.test>", subj="Which law governs the contract?",
  note="negated lawsuit + question about terms",
  body="""
Hi - not planning to sue anybody, ha, our legal guy just wants to know which country's law governs your terms of service for UK customers. Is it England & Wales or somewhere else?

Pete
""")

m("en", "-", "not-a-complaint-invoice-name", trap="negation",
  frm="Anita Desai <anita.desai@desaiimports.test>", subj="Company name on invoices",
  note="'not a complaint about the charge'; asks to change invoice addressee",
  body="""
Hello,

This isn't a complaint about the charge, the amount is correct. We changed our company name from Desai Imports to Desai Trading Ltd in March - could future invoices be addressed to the new name?

Thanks,
Anita
""")

m("en", "-", "nothing-broken-logo", trap="negation",
  frm="Chris Fowler <chris.fowler@fowlerbikes.test>", subj="logo on receipts",
  note="'nothing is broken' + how-to",
  body="""
Nothing's broken, the app works great - I just can't find where to upload our logo so it shows on printed receipts. Can you point me to it?

Chris
""")

m("en", "-", "nobody-hacked-rotating-keys", trap="negation",
  frm="Deepa Nair <deepa.nair@nairsoft.test>", subj="Rotating API keys",
  note="'nobody has been hacked'; question about key rotation",
  body="""
Hi,

Nobody has been hacked or anything - we rotate all API keys every 12 months as part of our ISO 27001 policy. If I generate a new key and delete the old one, do existing webhooks keep working, or do they need re-registering?

Deepa Nair
Security Engineer, NairSoft
""")

m("en", "-", "not-unhappy-just-curious", trap="negation",
  frm="Bill Tanner <bill.tanner@tannerhardware.test>", subj="new version",
  note="'not unhappy at all'; asks about release timing",
  body="""
hi, not unhappy at all, just curious when the new version of the android app comes out, my daughter said she read about it somewhere

bill
""")

# --- hypotheticals and policy questions
m("en", "-", "refund-policy-annual", trap="policy_question",
  frm="Julia Kent <julia.kent@kentcoaching.test>", subj="Refund policy?",
  note="asks what the refund policy is",
  body="""
Hi,

What is your refund policy for annual plans? If I pay for a year now and it's not right for us after a couple of months, is any of it refundable?

Julia
""")

m("en", "-", "cancel-order-wrong-size", trap="policy_question",
  frm="Ethan Moore <ethan.moore@gmail.com>", subj="cancel order 71230",
  note="neutral procedural cancellation of an order (wrong size), no dissatisfaction",
  body="""
Hi, how do I cancel order 71230? I ordered the large tablet stand but I need the small one. I'll reorder the right one.

Thanks
Ethan
""")

m("en", "-", "lose-data-if-downgrade", trap="policy_question",
  frm="Amira Haddad <amira.haddad@haddadcraft.test>", subj="Downgrading question",
  note="hypothetical: would I lose data if I downgrade",
  body="""
Hello,

Would I lose any of my data (old invoices, customer list) if I downgrade from Pro to Free? Or is it just hidden until I upgrade again?

Amira
""")

m("en", "-", "gdpr-compliant-dpa", trap="policy_question",
  frm="Fabian Keller <fabian.keller@kellerhr.test>", subj="GDPR / DPA",
  note="asks whether product is GDPR compliant and for a DPA document",
  body="""
Hello,

We are evaluating your product for our HR consultancy. Is Example GDPR compliant, where is customer data hosted, and could you send us your Data Processing Agreement (DPA) for review?

Thank you,
Fabian Keller
Data Protection Officer, Keller HR Consulting
""", html="outlook", alt=True)

m("en", "-", "sla-for-outages", trap="policy_question",
  frm="Grace Whitman <grace.whitman@whitmanhealth.test>", subj="SLA on Business plan",
  note="asks whether an SLA for outages exists",
  body="""
Hi,

Do you offer an SLA for outages on the Business plan, and if so what's the uptime commitment and how are service credits calculated? Our procurement team needs this before we sign.

Grace Whitman
Procurement Lead
""")

m("en", "-", "if-i-wanted-to-cancel-later", trap="policy_question",
  frm="Noah Fitzgerald <noah.fitz@fitzcarpentry.test>", subj="monthly vs yearly",
  note="hypothetical cancellation question",
  body="""
Hey, before I sign up: if I go monthly and wanted to cancel later, would I be able to do that any time or is there a minimum term?

Noah
""")

m("en", "-", "breach-notification-process", trap="policy_question",
  frm="Claudia Brandt <claudia.brandt@brandtinsure.test>", subj="Security questionnaire",
  note="security questionnaire: asks about breach-notification process, no incident",
  body="""
Dear Example team,

As part of our annual vendor review, please complete the attached security questionnaire. In particular we need to know: what is your process if there is a data breach, and do you notify customers within 72 hours?

Kind regards,
Claudia Brandt
Vendor Risk Management
""", attach=[("vendor-security-questionnaire.pdf", "pdf")])

m("en", "-", "can-i-export-csv", trap="policy_question",
  frm="Lily Chen <lily.chen@chenbakes.test>", subj="CSV?",
  note="asks whether a feature exists (not a feature request)",
  body="""
can I export my sales to CSV? or only PDF?
""")

m("en", "-", "closing-business-procedural", trap="procedural",
  frm="Martin Hollis <martin.hollis@hollisbookshop.test>", subj="Closing our account",
  note="retiring owner closes account; no complaint, no threat",
  body="""
Dear Example,

After 31 years I'm retiring and the bookshop will close on 30 June. What do I need to do to close the account, and how can I export all invoices first for my accountant?

Thank you for the years of reliable service.

Martin Hollis
Hollis Books
""", cs="iso-8859-1")

m("en", "-", "close-sold-branch", trap="procedural",
  frm="Fatima Zahra <fatima.zahra@zahrapharma.test>", subj="Remove Bristol branch",
  note="procedural removal of a sold branch; no dissatisfaction",
  body="""
Hello,

We've sold our Bristol branch. Please remove it from our account from 1 July and stop billing for its two terminals. The other branches stay as they are.

Regards,
Fatima Zahra
""")

# --- reported speech
m("en", "-", "colleague-joked-sue", trap="reported",
  frm="Jenny Walsh <jenny.walsh@walshdesign.test>", subj="A thank you",
  note="'my colleague joked we should sue you' - not adopted; praise",
  body="""
Hi all,

Just a note of thanks. Month-end took us 40 minutes this time instead of two days. My colleague joked that we should sue you for making her job boring.

Jenny
""")

m("en", "-", "intern-said-crashed", trap="reported",
  frm="Omar Farouk <omar.farouk@faroukcafe.test>", subj="Ignore my call earlier",
  note="intern's 'crashed' claim turned out wrong; nothing to fix",
  body="""
Hi,

I rang earlier because our intern said the till app had "crashed". Turns out she was connected to the guest wifi. Nothing to fix, sorry for the noise!

Omar
""")

m("en", "-", "boss-says-switch", trap="reported",
  frm="Leon Fischer <leon.fischer@fischerprint.test>", subj="Feature comparison sheet",
  note="the boss wants to switch, the sender doesn't adopt it; asks for a document",
  body="""
Hi,

My boss keeps saying we should switch to another system because a friend of his uses it. I think we're better off with you, but I need to convince him. Do you have a feature comparison sheet I could show him?

Leon
""")

m("en", "-", "customer-was-furious-vat", trap="reported",
  frm="Hannah Reid <hannah.reid@reidgifts.test>", subj="VAT number on receipts",
  note="a shopper was 'furious' (reported); how-to question",
  body="""
Hi,

A customer of ours told us yesterday she was "furious" that her receipt didn't show our VAT number, because she needs it for expenses. How can I add the VAT number to printed and emailed receipts?

Hannah Reid
Reid Gifts
""")

m("en", "-", "accountant-said-regulator", trap="reported",
  frm="Stuart Kim <stuart.kim@kimdental.test>", subj="Audit log export",
  note="accountant's remark about the regulator is reported, not a threat by the sender",
  body="""
Hello,

Our accountant says the practice inspector will want to see who changed patient billing records this year. Can you tell me how to export the audit log for 2024?

Stuart Kim
""")

# --- innocuous trigger words
m("en", "-", "fire-up-killing-it", trap="innocuous",
  frm="Danny Ortiz <danny@ortiztacos.test>", subj="you guys are killing it",
  note="'fire up', 'killing it' as praise; asks about a second register",
  body="""
yo! every morning I fire up the app and it just works. you guys are killing it. quick q - can I run two registers on one account or do I need a second subscription?

danny
""")

m("en", "-", "this-is-a-steal", trap="innocuous",
  frm="Paula Greco <paula.greco@grecoflowers.test>", subj="Annual plan",
  note="'this is a steal'; asks to switch to annual",
  body="""
Hi,

Honestly at that price the annual plan is a steal. How do I switch from monthly to annual without losing the rest of this month?

Paula
""")

m("en", "-", "dying-to-try", trap="innocuous",
  frm="Kimi Aalto <kimi.aalto@aaltodesign.test>", subj="Inventory beta",
  note="'dying to try' the new feature; asks when the beta opens",
  body="""
Hi! I'm dying to try the new inventory module you announced. When does the beta open, and can I sign up for it?

Kimi
""")

m("en", "-", "security-tab-2fa", trap="innocuous",
  frm="Greta Olsen <greta.olsen@olsenphysio.test>", subj="Where is the security tab",
  note="'security tab', enabling 2FA - a how-to",
  body="""
Hello,

Where is the security tab? I'd like to switch on two-factor authentication for all 6 staff logins before our insurance renewal.

Thanks,
Greta
""", html="gmail", alt=True)

m("en", "-", "data-export-accountant", trap="innocuous",
  frm="Victor Oyelaran <victor.oyelaran@oyelaranbuild.test>", subj="Data export for accountant",
  note="'data export' how-to",
  body="""
Hi,

Our accountant wants a full data export (invoices, payments, credit notes) for the 2024 tax year. What's the best way to get that out in one go?

Victor
""")

m("en", "-", "power-outage-our-shop", trap="innocuous",
  frm="Linda Park <linda.park@parkstationery.test>", subj="End-of-day report after power cut",
  note="power outage at the customer's own shop, not the service; question",
  body="""
Hello,

We had a power outage at our shop on Friday afternoon so the till was switched off without closing the day. Everything came back fine on Saturday. Do I need to do anything special with Friday's end-of-day report, or will it sort itself out?

Linda
""")

m("en", "-", "sales-crashed-downgrade", trap="innocuous",
  frm="Ollie Bates <ollie.bates@batessurf.test>", subj="downgrade for off-season",
  note="'sales crashed' (seasonal); downgrade question, no complaint",
  body="""
Hi team, our sales crashed in January like every year (surf shop, who surfs in January) so I'd like to downgrade to the Starter plan until April. How do I do that? Thanks!

Ollie
""")

m("en", "-", "saw-ad-on-instagram", trap="innocuous",
  frm="Rebecca Stein <rebecca.stein@steincharity.test>", subj="Charity discount?",
  note="'saw your ad on social media' is not a media threat",
  body="""
Hi,

I saw your ad on Instagram and I'm interested in signing up for our charity shop. Do you offer a discount for registered charities?

Rebecca Stein
Shop Manager, Stein Foundation Charity Shop
""")

m("en", "-", "kill-old-integration", trap="innocuous",
  frm="Martin Groves <martin.groves@grovesdigital.test>", subj="Migration guide v1 -> v2",
  note="'kill the old integration' - planned migration question",
  body="""
Hey,

We want to kill our old v1 API integration before the end of the year and move everything to v2. Is there a migration guide, and is there a date after which v1 will be switched off?

Martin
""")

m("en", "-", "fire-sale-capacity", trap="innocuous",
  frm="Tasha Brown <tasha.brown@browncarpets.test>", subj="Big sale weekend",
  note="'fire sale', 'blow through' - capacity question",
  body="""
Hi,

We're running a fire sale on the weekend of 24 May and expect to blow through about three times our normal number of card transactions. Is there any limit on our plan we should know about?

Tasha
""")

m("en", "-", "cat-knocked-reader", trap="innocuous",
  frm="Aoife Kelly <aoife.kelly@kellysbookcafe.test>", subj="Your reader survived the cat",
  note="dropped device survived (no damage, no danger); asks how to order a spare",
  body="""
Hi,

Funny one: our café cat knocked the card reader off the counter onto the stone floor this morning and it still works perfectly, not even a scratch. Impressed!

It did make me think we should have a spare though. How do I order a second one?

Aoife
""", html="apple", alt=True)

# --- plain how-to, praise, all good now
m("en", "-", "howto-second-location", trap="howto",
  frm="Dean Harris <dean.harris@harrisdeli.test>", subj="Second location",
  note="plain how-to",
  body="""
Hi, we're opening a second deli in June. How do I add another location to our account so the stock is kept separately?

Dean
""")

m("en", "-", "howto-receipt-footer", trap="howto",
  frm="Priscilla Vaughn <priscilla.vaughn@vaughnbeauty.test>", subj="Receipt footer text",
  note="plain how-to",
  body="""
Good morning,

How do I change the little message at the bottom of our receipts? It still says "Happy Holidays" from December.

Priscilla
""", cs="windows-1252")

m("en", "-", "howto-keyboard-shortcut", trap="howto",
  frm="Felix Wagner <felix.wagner@wagnerconsult.test>", subj="shortcut for new invoice?",
  note="plain how-to",
  body="""
is there a keyboard shortcut for "new invoice" in the web app? I make about 40 a day.

felix
""")

m("en", "-", "praise-maria", trap="praise",
  frm="Joan McAllister <joan.mcallister@mcallisterknits.test>", subj="Thank you to Maria",
  note="praise for an agent",
  body="""
Hello,

I just wanted to say a big thank you to Maria, who spent an hour with me on the phone yesterday setting up my online shop. She was patient and kind and explained everything twice without a sigh.

Please pass this on to her manager!

Joan McAllister
""", cs="iso-8859-1")

m("en", "-", "praise-five-star-review", trap="praise",
  frm="Ben Okonkwo <ben.okonkwo@okonkwobarbers.test>", subj="Left you a review",
  note="left a 5-star review - not a media threat",
  body="""
Hey, just letting you know I left you a 5-star review on Google. Best decision we made this year switching to you. Keep it up!

Ben
""", mailer="iphone")

m("en", "-", "praise-love-update", trap="praise",
  frm="Sara Lindgren <sara.lindgren@lindgrenstudio.test>", subj="The new calendar view!",
  note="praise for an update",
  body="""
Just wanted to say the new calendar view is brilliant. Whoever designed the drag-and-drop for moving appointments deserves a raise.

Sara
""", html="gmail", alt=True)

m("en", "-", "all-good-close-ticket", trap="resolved",
  frm="Hugo Mercer <hugo.mercer@mercerwine.test>", subj="Re: Your request [#53310]",
  irt="<rep-20250420-53310@escalated.example.test>",
  note="all good now; please close",
  body="""
All good now, it was the paper roll in upside down (embarrassing). You can close the ticket.

Hugo
""")

m("en", "-", "never-mind-found-it", trap="resolved",
  frm="Yara Haddad <yara.haddad@haddadgallery.test>", subj="Re: where is the tax setting",
  note="never mind, found it",
  body="""
Never mind, found it under Settings > Taxes. Sorry!
""")

m("en", "-", "restart-fixed-it", trap="resolved",
  frm="Connor Walsh <connor.walsh@walshcycles.test>", subj="Re: Reader setup",
  note="problem solved after a restart; scratch last email",
  body="""
Scratch my last email - I restarted the iPad and the reader connected straight away. Thanks anyway!

Connor
""")

m("en", "-", "ack-reply-no-rush", trap="desk_thread",
  frm="Elena Rossi <elena.rossi@rossiceramics.test>", subj="Re: [Example Support] We received your request #55120",
  irt="<ack-20250601-55120@escalated.example.test>",
  refs="<ack-20250601-55120@escalated.example.test>",
  note="reply to the desk's acknowledgement (In-Reply-To @escalated.example.test) - human, not self",
  body="""
Thanks! No rush at all, it's only about changing the logo on our invoices.

Elena
""")

# --- amounts: thresholds and large amounts without a problem
m("en", "-", "quote-200-readers-60k", trap="large_amount",
  frm="Philip Grant <philip.grant@grantretail.test>", subj="Quote for 200 readers",
  note="large amount ($60,000) but no problem - a sales request",
  body="""
Hello,

We're planning to roll out card readers to all our stores and would like to order 200 R2 readers, roughly $60,000 at list price. Could you send a formal quote with volume pricing and delivery times?

Philip Grant
Head of Store Operations, Grant Retail
""")

m("en", "-", "invoice-exactly-5000-po", trap="amount_threshold",
  frm="Naomi Fletcher <naomi.fletcher@fletchereng.test>", subj="Invoice INV-2025-0099 PO number",
  note="problem on an invoice of exactly $5,000.00 (not more than 5,000); PO number correction, no charge dispute",
  body="""
Hi,

Invoice INV-2025-0099 ($5,000.00, onboarding package) shows PO number 4471 but our purchase order is 4417. Could you re-issue it with the correct PO number so accounts payable can process it?

Thanks,
Naomi Fletcher
""")

m("en", "-", "eur4999-missing-printer", trap="amount_threshold",
  frm="Lukas Berger <lukas.berger@bergercafes.test>", subj="Order 61220: one printer missing",
  note="€4,999 order (below threshold) with one item missing from the box ('missing' is not data loss)",
  body="""
Hello,

Our order 61220 (€4,999.00) arrived today, but one of the five kitchen printers is missing from the shipment - the packing list says 5, the box has 4. Could you send the missing one?

Lukas Berger
""", cs="utf-8", cte="qp")

m("en", "-", "thanks-18500-order", trap="large_amount",
  frm="Rosalind Hart <rosalind.hart@hartgroup.test>", subj="Rollout complete",
  note="£18,500 order mentioned only in thanks",
  body="""
Dear team,

Just to let you know that the rollout of our £18,500 order is complete - all 40 terminals are live across our branches and working beautifully. Thanks to Dev and Sophie for all the help.

Best wishes,
Rosalind Hart
""", cs="iso-8859-1", cte="qp")

m("en", "-", "36k-contract-quarterly", trap="large_amount",
  frm="Jonah Weiss <jonah.weiss@weisslogistics.test>", subj="Billing frequency",
  note="36k contract, no problem: asks to change billing frequency",
  body="""
Hi,

Our annual contract is about 36k USD. From the next term, could we switch to quarterly billing instead of one annual invoice? Same total is fine.

Jonah
""")
# ---------------------------------------------------------------- automated: auto-replies

m("en", "-", "ooo-rfc3834-urgent-legal", auto="auto_reply", trap="trigger_words",
  frm="Dana Whitfield <dana.whitfield@whitfieldlaw.test>", subj="Out of Office: Re: URGENT - data breach complaint [#41877]",
  hdrs=[("Auto-Submitted", "auto-replied"), ("In-Reply-To", "<rep-20250411-41877@escalated.example.test>")],
  note="RFC 3834 Auto-Submitted: auto-replied; body mentions urgent, legal, security",
  body="""
Thank you for your message. I am out of the office until Monday 14 April with no access to email.

For URGENT matters, including legal deadlines or security incidents, please contact my colleague Marcus Hale on +44 20 7946 0555 or marcus.hale@whitfieldlaw.test.

Your email will not be forwarded.

Dana Whitfield
Partner, Whitfield Law LLP
""", mailer="none")

m("en", "-", "exchange-automatic-reply-dispute", auto="auto_reply", trap="trigger_words",
  frm="Karen Liu <karen.liu@liu-dental-group.test>", subj="Automatic reply: Invoice INV-2025-0412 is wrong",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "karen.liu@liu-dental-group.test"),
        ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")],
  note="Exchange OOF: Auto-Submitted auto-generated + X-Auto-Response-Suppress; subject carries the original dispute",
  body="""
Thank you for your email. I'm out of the office on annual leave until 22 April.

For billing disputes or anything that cannot wait, please contact our finance team at finance@liu-dental-group.test. For emergencies at the practice call 415-555-0198.

Karen
""", html="outlook", alt=True, mailer="outlook")

m("en", "-", "x-autoreply-yes-outage", auto="auto_reply", trap="trigger_words",
  frm="Pavel Sokolov <pavel.sokolov@sokolovtrade.test>", subj="Auto: Re: Service outage notice",
  hdrs=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
  note="X-Autoreply: yes; body mentions outage and escalation",
  body="""
Hello,

I am on a business trip until 2 June and will read my email with delays. If your message concerns the outage of our warehouse system, please escalate to our duty manager at +7 495 555 0101.

Pavel Sokolov
""", mailer="none")

m("en", "-", "x-autorespond-cpanel", auto="auto_reply", trap="trigger_words",
  frm="Smith Plumbing <office@smithplumbing.test>", subj="Re: Your ticket #50211",
  hdrs=[("X-Autorespond", "Your ticket #50211"), ("Precedence", "auto_reply")],
  note="cPanel-style X-Autorespond + Precedence: auto_reply; no telltale subject",
  body="""
Thanks for contacting Smith Plumbing!

This is an automatic response. Our office is staffed Monday to Friday 8am-5pm. For emergencies (burst pipes, gas smell, flooding) call our 24-hour line at 555-0177 - do not wait for a reply to this email.

The Smith Plumbing Team
""", mailer="none")

m("en", "-", "precedence-auto-reply-away", auto="auto_reply", trap="trigger_words",
  frm="Tom Becker <tom@beckersbarbers.test>", subj="Away: card payments not working at all",
  hdrs=[("Precedence", "auto_reply")],
  note="only Precedence: auto_reply and 'Away:' subject; subject echoes an outage complaint",
  body="""
I'm away from the shops until Thursday. For anything urgent, including payment problems, call Jade on 07911 654321.

Tom
""", mailer="none")

m("en", "-", "subject-only-out-of-office", auto="auto_reply", trap="subject_only",
  frm="Alistair Munro <alistair@munrobars.test>", subj="Out of Office: Re: Order 55120",
  note="no auto headers at all: only the 'Out of Office:' subject and vacation text give it away",
  body="""
Hi,

I'm out of the office until 28 April with limited access to email. If your message is about a delivery or a complaint, please contact our bar manager, Shona, at shona@munrobars.test.

Thanks,
Alistair
""", mailer="none")

m("en", "-", "helpdesk-request-received", auto="auto_reply", trap="trigger_words",
  frm="Whitmore Logistics IT Helpdesk <helpdesk@whitmorelogistics.test>", subj="Request received: [#88312] Re: Export still broken - CEO copied",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zendesk Mailer"),
        ("In-Reply-To", "<rep-20250219-10233@escalated.example.test>")],
  note="customer's helpdesk acknowledges our mail ('we received your request'); subject repeats CEO/broken",
  body="""
Your request (88312) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

Priority: Normal. Urgent issues such as outages or security incidents are escalated automatically to the on-call engineer.

Whitmore Logistics IT Helpdesk
""", mailer="none")

m("en", "-", "subject-only-automatic-reply-manager", auto="auto_reply", trap="subject_only",
  frm="Colin Hargreaves <colin.hargreaves@hargreaves-co.test>", subj="Automatic reply: Your refund",
  note="only the 'Automatic reply:' subject; body refers to a 'manager on duty'",
  body="""
I am currently out of the office with limited access to email and will return on Monday.

For urgent matters please contact the manager on duty on 0113 496 0000.

Colin Hargreaves
""", mailer="none", cs="iso-8859-1")

m("de", "-", "abwesenheitsnotiz-auto-submitted", auto="auto_reply", trap="trigger_words",
  frm="Thomas Müller <t.mueller@mueller-elektro.test>", subj="Abwesenheitsnotiz: Doppelte Abbuchung – letzte Frist",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  note="Abwesenheitsnotiz with Auto-Submitted; text mentions Störungen and rechtliche Angelegenheiten",
  body="""
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 21.03.2025 nicht im Büro und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen (z. B. Störungen oder rechtliche Angelegenheiten) wenden Sie sich bitte an Frau Kaiser unter 0711 555 0123.

Mit freundlichen Grüßen
Thomas Müller
""", cs="iso-8859-15", cte="qp", subj_enc="q8", mailer="none")

m("de", "-", "automatische-antwort-kuendigung", auto="auto_reply", trap="trigger_words",
  frm="Horst Keller <horst.keller@keller-autohaus.test>", subj="Automatische Antwort: KÜNDIGUNG",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")],
  note="Exchange 'Automatische Antwort'; subject carries 'KÜNDIGUNG' from the original",
  body="""
Ich bin bis 02.05. im Urlaub. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen erreichen Sie unseren Verkaufsleiter unter 089 555 0177.

Horst Keller
Autohaus Keller
""", html="outlook", alt=True, mailer="outlook")

m("de", "-", "abwesenheitsnotiz-nur-betreff", auto="auto_reply", trap="subject_only",
  frm="Heike Richter <heike.richter@richter-floristik.test>", subj="Abwesenheitsnotiz",
  note="keine Auto-Header, nur der Betreff 'Abwesenheitsnotiz'",
  body="""
Guten Tag,

vielen Dank für Ihre E-Mail. Ich bin vom 14.04. bis 25.04. nicht erreichbar. Ihre Nachricht wird nach meiner Rückkehr bearbeitet.

Freundliche Grüße
Heike Richter
""", cs="iso-8859-1", cte="qp", mailer="none")

m("de", "-", "x-autoreply-webde", auto="auto_reply", trap="trigger_words",
  frm="Markus Weber <markus.weber@gmx.test>", subj="Re: Ihr Ladegerät – Rückruf",
  hdrs=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
  note="X-Autoreply: yes; subject contains 'Rückruf' (recall)",
  body="""
Dies ist eine automatische Antwort.

Ich bin bis zum 30.04. verreist und lese meine E-Mails nur unregelmäßig.

Markus Weber
""", mailer="none")

m("de", "-", "otrs-ticket-eingegangen", auto="auto_reply", trap="trigger_words",
  frm="Kundenservice Becker Bau <service@becker-bau.test>", subj="[Ticket#2025041010000123] Ihre Anfrage ist eingegangen",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-OTRS-Loop", "yes")],
  note="ticket-system acknowledgement (OTRS); mentions escalation and outages",
  body="""
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Ticketnummer 2025041010000123 erfasst.

Dringende Störungsmeldungen werden automatisch an die Bereitschaft eskaliert. Alle anderen Anfragen beantworten wir innerhalb von zwei Werktagen.

Ihr Kundenservice
Becker Bau GmbH & Co. KG
""", mailer="none")

m("fr", "-", "reponse-automatique-exchange", auto="auto_reply", trap="trigger_words",
  frm="Isabelle Fontaine <isabelle.fontaine@fontaine-hotels.test>", subj="Réponse automatique : Commande n° 71544 – matériel défectueux",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
  note="Exchange 'Réponse automatique'; subject repeats the original complaint",
  body="""
Bonjour,

Je suis absente jusqu'au 5 mai inclus. Pour toute urgence (panne, litige fournisseur), merci de contacter Marc Olivier au 04 72 00 00 15.

Isabelle Fontaine
""", html="outlook", alt=True, mailer="outlook")

m("fr", "-", "absent-du-bureau-auto-submitted", auto="auto_reply", trap="trigger_words",
  frm="Philippe Dubois <p.dubois@dubois-groupe.test>", subj="Absent du bureau : Facture FA-2025-0417",
  hdrs=[("Auto-Submitted", "auto-replied")],
  note="Auto-Submitted; 'absent du bureau'; mentions un responsable",
  body="""
Je suis actuellement absent du bureau et je n'aurai qu'un accès limité à ma messagerie jusqu'au 18 avril.

Pour toute question urgente relative à la facturation, vous pouvez joindre mon responsable, M. Garnier, au 01 44 00 00 22.

Philippe Dubois
""", cs="windows-1252", cte="qp", mailer="none")

m("fr", "-", "reponse-automatique-sujet-seul", auto="auto_reply", trap="subject_only",
  frm="Céline Blanc <celine.blanc@blanc-coiffure.test>", subj="Réponse automatique",
  note="no auto headers, only the 'Réponse automatique' subject",
  body="""
Bonjour,

Le salon est fermé pour congés jusqu'au 22 avril. Je vous répondrai dès mon retour.

Céline
""", cs="iso-8859-1", mailer="none")

m("fr", "-", "message-absence-x-autoreply", auto="auto_reply", trap="trigger_words",
  frm="Hugo Mercier <hugo.mercier@lequotidien-eco.test>", subj="Message d'absence",
  hdrs=[("X-Autoreply", "yes")],
  note="X-Autoreply; le texte parle de presse et de demandes urgentes",
  body="""
Bonjour,

Je suis en reportage jusqu'au 12 mai. Pour les demandes urgentes de la presse, écrivez à la rédaction : redaction@lequotidien-eco.test.

Hugo Mercier
""", mailer="none")

m("es", "-", "respuesta-automatica-exchange", auto="auto_reply", trap="trigger_words",
  frm="Roberto Díaz <roberto.diaz@diaz-hoteles.test>", subj="Respuesta automática: Pedido 72019 – entrega prometida",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
  note="Exchange 'Respuesta automática'; subject repeats the original complaint",
  body="""
Gracias por su mensaje. Estaré fuera de la oficina hasta el 5 de mayo.

Para asuntos urgentes o reclamaciones, contacte con mi supervisora, Ana Gil, en el 91 555 01 23.

Roberto Díaz
""", html="outlook", alt=True, mailer="outlook")

m("es", "-", "fuera-de-la-oficina-auto-submitted", auto="auto_reply", trap="-",
  frm="Marta Gómez <marta.gomez@gomez-moda.test>", subj="Fuera de la oficina: Re: Caída total del sistema",
  hdrs=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
  note="Auto-Submitted + Precedence: auto_reply; subject mentions an outage",
  body="""
Hola, estoy de vacaciones hasta el lunes 28. Contestaré a tu correo a la vuelta.

Marta
""", mailer="none")

m("es", "-", "respuesta-automatica-solo-asunto", auto="auto_reply", trap="subject_only",
  frm="Diego Vargas <diego.vargas@vargas-deportes.test>", subj="Respuesta automática",
  note="no auto headers, only the 'Respuesta automática' subject",
  body="""
Gracias por escribir a Vargas Deportes. Estamos cerrados por inventario hasta el 3 de abril. Responderemos a todos los correos a partir de esa fecha.
""", cs="iso-8859-1", cte="qp", mailer="none")

# ---------------------------------------------------------------- automated: bounces

_orig_smallclaims = outgoing(
    "Meredith Okafor <m.okafor@customer.test>", "Re: Duplicate charge on card ending 4417 - 4th request",
    "Wed, 12 Mar 2025 10:02:11 +0000", "rep-20250312-30012", """
    Hello Meredith,

    Thank you for your patience. I have escalated your case to our billing
    manager and the duplicate charge of $89.00 has been refunded today.

    You wrote:
    > I spoke to a friend who is an attorney and she has told me exactly how
    > to file in small claims court.

    We completely understand your frustration and apologise.

    Kind regards,
    Marco
    Example Support
    """, irt="<CAJx81=mokafor-4417@mail.gmail.com>")

bounce("en", "postfix-user-unknown-attorney", "postfix", rcpt="m.okafor@customer.test", orig=_orig_smallclaims,
       trap="attached_original",
       note="Postfix DSN; the returned reply quotes 'attorney', 'small claims court', 'escalated', 'refunded'")

_orig_escalation = outgoing(
    "Jennifer Harper <j.harper.old@example.test>", "[escalated] Ticket #10233: executive_contact, repeat_contact",
    "Wed, 19 Feb 2025 16:30:02 +0000", "esc-20250219-10233", """
    Ticket #10233 was escalated automatically.

    Triggers: executive_contact, repeat_contact, technical_issue
    Customer: Douglas Whitmore <d.whitmore@whitmorelogistics.test>
    Excerpt: "I've copied your CEO, Ms Harper, on this email, since it seems
    that is the only way anything gets looked at."
    """, frm="escalated <escalated@example.test>")

bounce("en", "postfix-headers-only-escalation", "postfix", rcpt="j.harper.old@example.test", orig=_orig_escalation,
       headers_only_copy=True, trap="trigger_words",
       diag="550 5.1.1 <{r}>: Recipient address rejected: User unknown in local recipient table",
       host="mx1.example.test",
       note="Postfix DSN with text/rfc822-headers of an escalation notice (subject names triggers)")

_orig_spam = raw_message([
    ("From", "Example Support <support@example.test>"), ("To", "victim@recipient.test"),
    ("Subject", "URGENT: Legal action pending - account suspended"), ("Date", "Sat, 5 Apr 2025 03:11:09 +0300"),
    ("Message-ID", "<8812773.20250405031109@bulk-sender-77.test>")], """
    Dear customer,

    Your account has been SUSPENDED due to unpaid invoices. Legal action
    will be taken within 24 hours unless you verify your card details at
    the link below.

    http://example-test-verify.invalid/login
    """)

bounce("en", "exim-backscatter-spoof", "exim", rcpt="victim@recipient.test", orig=_orig_spam, trap="attached_original",
       diag="550 5.7.1 Message rejected as spam",
       note="Exim bounce of spam that forged our address; copy says 'legal action', 'suspended', 'URGENT'")

_orig_mailbox_full = outgoing(
    "Gary Pruitt <gary@pruittplumbing.test>", "Re: SYSTEM DOWN AGAIN!!!!!", "Mon, 13 Jan 2025 07:15:40 -0600",
    "rep-20250113-7781", """
    Hi Gary,

    We're very sorry about this morning's outage. Service was fully
    restored at 07:02 and we have escalated the incident to our
    engineering leadership. A full incident report will follow.

    Example Support
    """)

bounce("en", "exim-mailbox-full-outage", "exim", rcpt="gary@pruittplumbing.test", orig=_orig_mailbox_full,
       trap="attached_original",
       diag="552 5.2.2 <gary@pruittplumbing.test>: Mailbox full (quota exceeded)",
       note="Exim permanent failure, mailbox full; returned reply talks about an outage")

_orig_sendmail = outgoing(
    "Linda Moreau <linda.moreau@moreaurealty.test>", "Re: Unauthorized recurring charges",
    "Tue, 4 Mar 2025 09:12:40 -0500", "rep-20250304-3301", """
    Dear Linda,

    We have received your complaint about the recurring charges and your
    note that you have filed a complaint with the CFPB. A refund of
    $650.00 has been approved.

    Example Billing
    """)

bounce("en", "sendmail-host-unknown-cfpb", "sendmail", rcpt="linda.moreau@moreaurealty.test", orig=_orig_sendmail,
       trap="attached_original",
       diag="550 5.1.2 Host unknown (Name server: moreaurealty.test: host not found)", status="5.1.2",
       date="Tue, 4 Mar 2025 09:12:44 -0500",
       note="Sendmail DSN; returned message mentions CFPB complaint and refund")

_orig_exch_en = outgoing(
    "Patricia Lowell <patricia.lowell@lowelllaw.test>", "Re: Invoices printing BLANK", "Thu, 6 Feb 2025 15:20:00 +0000",
    "rep-20250206-4410", """
    Dear Patricia,

    Thank you for reporting the blank invoice PDFs. This is a known bug
    in version 5.2 and a fix has been deployed. We understand how
    frustrating this was.

    Example Support
    """)

bounce("en", "exchange-ndr-en", "exchange", rcpt="patricia.lowell@lowelllaw.test", orig=_orig_exch_en,
       subj_orig="Re: Invoices printing BLANK", trap="trigger_words",
       diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", status="5.1.10",
       note="Exchange NDR (multipart/report with text+HTML); original mentions a bug")

_orig_exch_de = outgoing(
    "Monika Schulz <monika.schulz@schulz-steuer.test>", "AW: Nach Update alle Rechnungen 2024 weg",
    "Mon, 10 Mar 2025 11:00:00 +0100", "rep-20250310-5120", """
    Sehr geehrte Frau Schulz,

    vielen Dank für Ihre Meldung zum Datenverlust nach dem Update. Wir
    haben den Fall an unsere Technik eskaliert und die Rechnungen aus
    der Sicherung wiederhergestellt.

    Ihr Example Support
    """)

bounce("de", "exchange-ndr-unzustellbar", "exchange", rcpt="monika.schulz@schulz-steuer.test", orig=_orig_exch_de,
       subj_orig="AW: Nach Update alle Rechnungen 2024 weg", trap="trigger_words",
       diag="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
       note="deutscher Exchange-Unzustellbarkeitsbericht; Original spricht von Datenverlust und Eskalation")

_orig_exch_fr = outgoing(
    "Karim Benali <karim.benali@benali-epicerie.test>", "RE: Propos racistes d'un de vos conseillers",
    "Tue, 18 Mar 2025 14:05:00 +0100", "rep-20250318-6120", """
    Bonjour Monsieur Benali,

    Nous vous présentons nos excuses. Votre réclamation a été transmise
    à notre responsable du service client, qui vous contactera.

    Le support Example
    """)

bounce("fr", "exchange-ndr-non-remis", "exchange", rcpt="karim.benali@benali-epicerie.test", orig=_orig_exch_fr,
       subj_orig="RE: Propos racistes d'un de vos conseillers", trap="trigger_words",
       diag="550 5.4.1 Recipient address rejected: Access denied", status="5.4.1",
       note="French Exchange NDR ('Non remis'); subject is a discrimination complaint")

_orig_exch_es = outgoing(
    "Javier Martínez <javier.martinez@martinez-reformas.test>", "RE: Cobro indebido – aviso previo a acciones legales",
    "Wed, 5 Mar 2025 12:30:00 +0100", "rep-20250305-7120", """
    Estimado Sr. Martínez:

    Hemos recibido su aviso sobre acciones legales. El cobro indebido de
    189,00 € ha sido reembolsado hoy.

    Soporte de Example
    """)

bounce("es", "exchange-ndr-no-se-puede-entregar", "exchange", rcpt="javier.martinez@martinez-reformas.test",
       orig=_orig_exch_es, subj_orig="RE: Cobro indebido – aviso previo a acciones legales", trap="trigger_words",
       diag="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
       note="Spanish Exchange NDR ('No se puede entregar'); subject mentions acciones legales")

_orig_gmail1 = outgoing(
    "Luis Ferreira <luis.ferreira@gmail.com>", "Re: someone changed my payout account", "Fri, 24 Jan 2025 06:40:00 +0000",
    "rep-20250124-2201", """
    Hi Luis,

    We have frozen payouts on your account after the unauthorised login.
    Our security team is investigating the breach and will contact you.

    Example Support
    """)

bounce("en", "gmail-address-not-found", "gmail", rcpt="luis.ferreira@gmail.com", orig=_orig_gmail1, trap="attached_original",
       diag="550 5.1.1 The email account that you tried to reach does not exist.", host="gmail-smtp-in.l.google.com",
       note="Gmail-style DSN; returned reply mentions unauthorised login and breach")

_orig_gmail2 = outgoing(
    "Sasha Klein <sasha@sashaklein.test>", "Re: you ruined my launch", "Mon, 20 Jan 2025 17:00:00 +0000",
    "rep-20250120-1991", """
    Hi Sasha,

    I'm so sorry about the missed delivery. I have escalated this to our
    logistics manager and we'd love to talk before you post anything on
    Instagram.

    Example Support
    """)

bounce("en", "gmail-style-policy-reject", "gmail", rcpt="sasha@sashaklein.test", orig=_orig_gmail2, trap="attached_original",
       diag="550 5.7.26 Unauthenticated email from example.test is not accepted due to domain's DMARC policy.",
       status="5.7.26",
       text=dedent("""
           ** Message blocked **

           Your message to sasha@sashaklein.test has been blocked. See technical details below for more information.

           The response from the remote server was:
           550 5.7.26 Unauthenticated email from example.test is not accepted due to domain's DMARC policy.
           """),
       note="Gmail-style 'Message blocked' DSN; original mentions escalation, Instagram")

_orig_qmail = outgoing(
    "Neil Braddock <neil@braddockhaulage.test>", "Re: CEO email", "Thu, 30 Jan 2025 12:00:00 +0000",
    "rep-20250130-2999", """
    Dear Neil,

    Our head office address is 1 Example Square, London. Your complaint
    has been forwarded to our CEO's office.

    Example Support
    """)

bounce("en", "qmail-failure-notice", "qmail", rcpt="neil@braddockhaulage.test", orig=_orig_qmail, trap="attached_original",
       diag="Sorry, no mailbox here by that name. (#5.1.1)", host="mail.braddockhaulage.test",
       note="qmail 'failure notice' plain-text bounce; original mentions CEO and complaint")

_orig_delay = outgoing(
    "Ahmed Siddiqui <ahmed@siddiquiaccounting.test>", "Re: Nobody in the office can log in", "Wed, 29 Jan 2025 16:30:00 -0500",
    "rep-20250129-2601", """
    Hello Ahmed,

    The outage has been resolved. We apologise for the disruption.

    Example Support
    """)

bounce("en", "postfix-delayed-warning", "delay", rcpt="ahmed@siddiquiaccounting.test", orig=_orig_delay,
       trap="trigger_words", status="4.4.1",
       diag="connect to mx1.siddiquiaccounting.test[203.0.113.9]:25: Connection timed out",
       note="Postfix delay warning (Action: delayed), headers only; subject of original is an outage")

_arf_orig = outgoing(
    "subscriber@bigmail.test", "Important: service outage and security update", "Tue, 8 Apr 2025 09:00:00 +0000",
    "news-20250408-0001", """
    Dear customer,

    On 7 April some customers experienced an outage of the booking
    service. No data was lost and no security incident occurred.

    The Example team
    """)

m("en", "-", "arf-abuse-report", auto="bounce", trap="trigger_words",
  frm="BigMail Feedback Loop <fbl@feedback.bigmail.test>", subj="Abuse Report: Important: service outage and security update",
  note="ARF feedback report (report-type=feedback-report) about our own status mail",
  body="", mailer="none", hdrs=[("Auto-Submitted", "auto-generated")],
  tree={"type": "multipart/report", "params": {"report-type": "feedback-report"}, "parts": [
      {"type": "text/plain", "cs": "us-ascii", "text": dedent("""
          This is an email abuse report for an email message received from IP 198.51.100.20 on Tue, 8 Apr 2025 09:00:03 +0000.
          For more information about this format please see http://tools.ietf.org/html/rfc5965.
          """)},
      {"type": "message/feedback-report", "text": dedent("""
          Feedback-Type: abuse
          User-Agent: BigMailFBL/1.0
          Version: 1
          Original-Mail-From: <bounces@example.test>
          Original-Rcpt-To: <subscriber@bigmail.test>
          Arrival-Date: Tue, 8 Apr 2025 09:00:03 +0000
          Source-IP: 198.51.100.20
          Reported-Domain: example.test
          """)},
      {"type": "message/rfc822", "raw": _arf_orig}]})

# ---------------------------------------------------------------- automated: lists and newsletters

m("en", "-", "newsletter-biggest-outages", auto="list", trap="trigger_words",
  frm="SaaS Weekly <newsletter@saasweekly.test>", subj="5 lessons from the biggest outages (and lawsuits) of 2025",
  to="support@example.test",
  hdrs=[("List-Unsubscribe", "<https://saasweekly.test/u/8f2a91>, <mailto:unsubscribe@saasweekly.test?subject=unsub-8f2a91>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", "SaaS Weekly <weekly.saasweekly.test>"),
        ("Precedence", "bulk"), ("X-Campaign-ID", "sw-2025-19")],
  note="newsletter (List-Id, List-Unsubscribe, Precedence: bulk) full of trigger words",
  body="""
SaaS Weekly - Issue #219

1. The 14-hour outage that cost a payments startup its biggest customer
2. Data breach class-action lawsuits: what changed this year
3. "I want to speak to your manager": how top teams escalate
4. Why customers threaten to cancel (and how to stop them)
5. Chargebacks are up 30% - here's why

Read online: https://saasweekly.test/issues/219

You are receiving this because you subscribed at saasweekly.test.
Unsubscribe: https://saasweekly.test/u/8f2a91
""", html="""
<html><body style="margin:0;padding:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Arial,sans-serif">
<tr><td style="padding:24px"><h1 style="font-size:22px">SaaS Weekly &ndash; Issue #219</h1>
<ol>
<li>The 14-hour outage that cost a payments startup its biggest customer</li>
<li>Data breach class-action lawsuits: what changed this year</li>
<li>&ldquo;I want to speak to your manager&rdquo;: how top teams escalate</li>
<li>Why customers threaten to cancel (and how to stop them)</li>
<li>Chargebacks are up 30% &ndash; here&rsquo;s why</li>
</ol>
<p><a href="https://saasweekly.test/issues/219">Read online</a></p>
<p style="font-size:11px;color:#888">You are receiving this because you subscribed at saasweekly.test.<br>
<a href="https://saasweekly.test/u/8f2a91">Unsubscribe</a></p>
</td></tr></table></td></tr></table>
</body></html>
""", alt=True, mailer="none")

m("en", "-", "mailman-planned-outage", auto="list", trap="trigger_words",
  frm="Hosting Ops <ops@hostingprovider.test>", subj="[ops-announce] Planned outage Saturday 02:00-04:00 UTC",
  to="ops-announce@lists.hostingprovider.test",
  hdrs=[("List-Id", "Operations announcements <ops-announce.lists.hostingprovider.test>"),
        ("List-Post", "<mailto:ops-announce@lists.hostingprovider.test>"),
        ("List-Unsubscribe", "<https://lists.hostingprovider.test/mailman/options/ops-announce>, <mailto:ops-announce-request@lists.hostingprovider.test?subject=unsubscribe>"),
        ("List-Archive", "<https://lists.hostingprovider.test/pipermail/ops-announce/>"),
        ("Precedence", "list"), ("X-Mailman-Version", "2.1.39"), ("Sender", "ops-announce-bounces@lists.hostingprovider.test"),
        ("Errors-To", "ops-announce-bounces@lists.hostingprovider.test")],
  note="Mailman list post about a planned outage (List-Id, Precedence: list)",
  body="""
Dear customers,

There will be a planned outage of the EU-West storage cluster on Saturday 17 May between 02:00 and 04:00 UTC for urgent security patching. Services may be unreachable and API calls will return 503 during this window. No data loss is expected.

-- 
Hosting Ops
_______________________________________________
ops-announce mailing list
ops-announce@lists.hostingprovider.test
https://lists.hostingprovider.test/mailman/listinfo/ops-announce
""", mailer="none")

m("en", "-", "google-group-readers-overheating", auto="list", trap="trigger_words",
  frm="Greg Tanner <greg.tanner@tannerretail.test>", subj="Re: [retail-it] anyone else's card readers overheating?",
  to="retail-it@googlegroups.test",
  hdrs=[("List-Id", "<retail-it.googlegroups.test>"), ("Mailing-list", "list retail-it@googlegroups.test; contact retail-it+owners@googlegroups.test"),
        ("List-Post", "<https://groups.google.test/group/retail-it/post>, <mailto:retail-it@googlegroups.test>"),
        ("List-Help", "<https://support.google.test/a/retail-it>, <mailto:retail-it+help@googlegroups.test>"),
        ("List-Unsubscribe", "<mailto:googlegroups-manage+1234+unsubscribe@googlegroups.test>, <https://groups.google.test/group/retail-it/subscribe>"),
        ("Precedence", "list"), ("X-Original-Sender", "greg.tanner@tannerretail.test")],
  note="Google Groups post the desk is subscribed to; discusses overheating and cancelling (not addressed to us)",
  body="""
Same here - two of our R2 docks got really hot last week and one smelled of burning. We unplugged them. If Example doesn't answer soon we're thinking of cancelling and going with someone else.

Greg

On Tuesday, 6 May 2025 at 09:12:44 UTC+1 Olive Park wrote:
> Is anyone else seeing their card readers overheat on the charging dock?

-- 
You received this message because you are subscribed to the Google Groups "retail-it" group.
To unsubscribe from this group and stop receiving emails from it, send an email to retail-it+unsubscribe@googlegroups.test.
""", mailer="gmail")

m("en", "-", "github-issue-crash", auto="list", trap="trigger_words",
  frm="Maya Kruger <notifications@github.test>", subj="Re: [example/example-sdk] Crash on startup with 2.4.0 (Issue #412)",
  to="example/example-sdk <example-sdk@noreply.github.test>",
  hdrs=[("Reply-To", "example/example-sdk <reply+ABCD1234@reply.github.test>"),
        ("List-ID", "example/example-sdk <example-sdk.example.github.test>"),
        ("List-Archive", "https://github.test/example/example-sdk"),
        ("List-Unsubscribe", "<mailto:unsub+ABCD1234@reply.github.test>, <https://github.test/notifications/unsubscribe/ABCD1234>"),
        ("Precedence", "list"), ("X-GitHub-Sender", "mkruger"), ("X-GitHub-Reason", "subscribed"),
        ("X-Auto-Response-Suppress", "All"), ("Cc", "Subscribed <subscribed@noreply.github.test>")],
  note="GitHub notification (List-ID, Precedence: list) about a crash bug",
  body="""
Still crashing for me on 2.4.0 - segfault right after init, and the cached tokens are wiped every time. This is a blocker for our release.

--
Reply to this email directly, view it on GitHub:
https://github.test/example/example-sdk/issues/412#issuecomment-2771
You are receiving this because you are subscribed to this thread.
""", mailer="none")

m("en", "-", "marketing-urgent-last-chance", auto="list", trap="trigger_words",
  frm="OfficeSupplies Direct <deals@officesupplies.test>", subj="URGENT: last chance - your account discount expires tonight!",
  hdrs=[("List-Unsubscribe", "<https://officesupplies.test/unsub?u=55102>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"), ("X-Mailer", "Mailchimp Mailer - **CID4a1b2c3d**")],
  note="bulk marketing mail (Precedence: bulk, List-Unsubscribe) with 'URGENT' and 'account'",
  html="""
<html><body>
<div style="font-family:Georgia,serif;max-width:560px;margin:auto">
<h2 style="color:#c00">URGENT: your 25% discount expires at midnight!</h2>
<p>Don&rsquo;t miss out &ndash; printer paper, toner &amp; receipt rolls at our lowest prices ever.</p>
<p><a href="https://officesupplies.test/deals">Shop now &raquo;</a></p>
<p style="font-size:10px;color:#999">OfficeSupplies Direct Ltd &middot; 12 Mill Lane &middot; Leeds<br>
<a href="https://officesupplies.test/unsub?u=55102">Unsubscribe</a></p>
</div>
</body></html>
""", body="", mailer="none")

m("de", "-", "rechts-newsletter-dsgvo", auto="list", trap="trigger_words",
  frm="Kanzlei Newsletter <newsletter@it-recht-kanzlei.test>", subj="Rechts-Newsletter: Neue Urteile zu DSGVO-Verstößen, Abmahnungen und Klagen",
  hdrs=[("List-Unsubscribe", "<https://it-recht-kanzlei.test/abmelden?id=9911>"), ("Precedence", "bulk"),
        ("List-Id", "Rechts-Newsletter <rechtsnews.it-recht-kanzlei.test>")],
  note="law-firm newsletter (Precedence: bulk, List-Id) about Klage, Abmahnung, DSGVO-Verstoß",
  body="""
Rechts-Newsletter 05/2025

- BGH: Schadensersatz nach DSGVO-Verstoß auch ohne spürbaren Schaden
- Abmahnwelle wegen fehlerhafter Cookie-Banner: was Sie jetzt tun sollten
- Klage gegen SaaS-Anbieter nach Datenverlust: Urteil des LG München
- Kündigung von Softwareverträgen: Fristen und Fallstricke

Ihr Anwaltsteam der IT-Recht-Kanzlei

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden: https://it-recht-kanzlei.test/abmelden?id=9911
""", cs="iso-8859-1", cte="qp", mailer="none")

m("de", "-", "verband-rundschreiben-rueckruf", auto="list", trap="trigger_words",
  frm="Handelsverband Info <info@handelsverband-sued.test>", subj="Rundschreiben 14/2025: Produktrückruf Ladegeräte, Störung Kartenzahlung",
  hdrs=[("List-Id", "Rundschreiben <rundschreiben.handelsverband-sued.test>"), ("Precedence", "list"),
        ("List-Unsubscribe", "<mailto:rundschreiben-leave@handelsverband-sued.test>")],
  note="trade association circular (List-Id, Precedence: list) about a recall and a payment outage",
  body="""
Sehr geehrte Mitglieder,

1. Ein Hersteller von Kassen-Ladegeräten hat einen Produktrückruf wegen Überhitzungsgefahr veröffentlicht. Bitte prüfen Sie Ihre Geräte.
2. Am Wochenende kam es bundesweit zu einer Störung bei der Kartenzahlung. Betroffene Händler können sich bei der Geschäftsstelle melden.

Mit freundlichen Grüßen
Ihre Geschäftsstelle
""", mailer="none")

m("fr", "-", "lettre-information-cybersecurite", auto="list", trap="trigger_words",
  frm="CyberCommerce Actu <actu@cybercommerce.test>", subj="Lettre d'information : fuite de données, panne géante et recours en justice",
  hdrs=[("List-Unsubscribe", "<https://cybercommerce.test/desinscription/7781>"), ("Precedence", "bulk"),
        ("List-Id", "Actu <actu.cybercommerce.test>")],
  note="newsletter (Precedence: bulk) full of trigger words (CNIL, panne, recours en justice)",
  body="""
Au sommaire cette semaine :

- Fuite de données chez un grand e-commerçant : la CNIL inflige une amende record
- Panne géante des terminaux de paiement : les commerçants envisagent un recours en justice
- Résilier son contrat logiciel : ce que dit la loi

Se désinscrire : https://cybercommerce.test/desinscription/7781
""", html="gmail", alt=True, entities=True, mailer="none")

m("es", "-", "boletin-novedades-legales", auto="list", trap="trigger_words",
  frm="Boletín PYME <boletin@pymeinfo.test>", subj="Boletín semanal: demandas, reclamaciones y caídas del servicio",
  hdrs=[("List-Unsubscribe", "<https://pymeinfo.test/baja?u=4410>"), ("Precedence", "bulk")],
  note="bulk newsletter (Precedence: bulk, List-Unsubscribe) about demandas and caídas",
  body="""
Esta semana en el Boletín PYME:

- Cómo presentar una reclamación ante Consumo paso a paso
- Demandas colectivas por filtración de datos: lo que debe saber
- Qué hacer si su pasarela de pago sufre una caída en plena campaña

Darse de baja: https://pymeinfo.test/baja?u=4410
""", cs="utf-8", cte="b64", mailer="none")

# ---------------------------------------------------------------- automated: read receipts

receipt("en", "read-receipt-outlook-refund", date="2025-04-01 09:40", frm="Colin Hargreaves <colin.hargreaves@hargreaves-co.test>",
        orig_subj="Re: Refund confirmed 3 March - still not received", orig_to="colin.hargreaves@hargreaves-co.test",
        prefix="Read: ", trap="trigger_words",
        note="Outlook MDN 'Read:'; subject about a refund dispute",
        text="""
        Your message

          To: colin.hargreaves@hargreaves-co.test
          Subject: Re: Refund confirmed 3 March - still not received
          Sent: Tuesday, April 1, 2025 9:02:11 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London

        was read on Tuesday, April 1, 2025 9:40:53 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
        """)

receipt("en", "read-receipt-outlook-legal", date="2025-03-03 15:22", frm="Peter Ashdown <p.ashdown@ashdownwealth.test>",
        orig_subj="Re: Loss of client records - notice", orig_to="p.ashdown@ashdownwealth.test",
        prefix="Read: ", trap="trigger_words",
        note="Outlook MDN; subject about lost records",
        text="""
        Your message

          To: p.ashdown@ashdownwealth.test
          Subject: Re: Loss of client records - notice
          Sent: 03/03/2025 14:10

        was read on 03/03/2025 15:22.
        """)

receipt("en", "return-receipt-thunderbird", date="2025-01-27 10:05", frm="Devon Price <devon@shipfast.test>",
        orig_subj="Re: API returning 502 for everything", orig_to="devon@shipfast.test",
        prefix="Return Receipt (displayed) - ", outlook=False, trap="trigger_words",
        note="Thunderbird MDN 'Return Receipt (displayed)'",
        text="""
        This is a Return Receipt for the mail that you sent to devon@shipfast.test.

        Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
        """)

receipt("de", "lesebestaetigung-gelesen", date="2025-04-04 10:31", frm="Claudia Neumann <c.neumann@neumann-logistik.test>",
        orig_subj="AW: Rechnung RE-2025-3318 doppelt belastet", orig_to="c.neumann@neumann-logistik.test",
        prefix="Gelesen: ", trap="trigger_words",
        note="Outlook read receipt 'Gelesen:'; subject is a billing dispute",
        text="""
        Ihre Nachricht

          An: c.neumann@neumann-logistik.test
          Betreff: AW: Rechnung RE-2025-3318 doppelt belastet
          Gesendet: Freitag, 4. April 2025 10:12:40 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

        wurde am Freitag, 4. April 2025 10:31:02 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.
        """)

receipt("de", "lesebestaetigung-kuendigung", date="2025-02-12 09:47", frm="Sabine Krüger <sabine.krueger@krueger-friseure.test>",
        orig_subj="AW: System seit heute früh komplett down!!!", orig_to="sabine.krueger@krueger-friseure.test",
        prefix="Gelesen: ", trap="trigger_words",
        note="read receipt 'Gelesen:'; subject is an outage complaint",
        text="""
        Ihre Nachricht

          An: sabine.krueger@krueger-friseure.test
          Betreff: AW: System seit heute früh komplett down!!!
          Gesendet: 12.02.2025 09:15

        wurde am 12.02.2025 09:47 gelesen.
        """)

receipt("fr", "accuse-lecture-lu", date="2025-04-03 11:20", frm="Philippe Dubois <p.dubois@dubois-groupe.test>",
        orig_subj="RE: Facture FA-2025-0417 débitée deux fois", orig_to="p.dubois@dubois-groupe.test",
        prefix="Lu : ", trap="trigger_words",
        note="Outlook read receipt 'Lu :'",
        text="""
        Votre message

          À : p.dubois@dubois-groupe.test
          Objet : RE: Facture FA-2025-0417 débitée deux fois
          Envoyé : jeudi 3 avril 2025 11:02:17 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris

        a été lu le jeudi 3 avril 2025 11:20:45 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
        """)

receipt("es", "confirmacion-lectura-leido", date="2025-04-08 16:30", frm="Alejandro Herrera <alejandro.herrera@herrera-logistica.test>",
        orig_subj="RE: Factura con monto incorrecto", orig_to="alejandro.herrera@herrera-logistica.test",
        prefix="Leído: ", trap="-",
        note="Outlook read receipt 'Leído:'",
        text="""
        Su mensaje

          Para: alejandro.herrera@herrera-logistica.test
          Asunto: RE: Factura con monto incorrecto
          Enviado: martes, 8 de abril de 2025 16:02:11 (UTC-06:00) Guadalajara, Ciudad de México, Monterrey

        se leyó el martes, 8 de abril de 2025 16:30:40 (UTC-06:00) Guadalajara, Ciudad de México, Monterrey.
        """)

# ---------------------------------------------------------------- automated: our own mail coming back (self)

m("en", "-", "self-ack-loop", auto="self", trap="trigger_words",
  frm="Example Support <support@example.test>", subj="[Example Support] We received your request #55881: Re: URGENT lawsuit",
  msgid="<ack-20250602-55881@escalated.example.test>",
  hdrs=[("Auto-Submitted", "auto-replied"), ("In-Reply-To", "<20250602-0912.4410@mail.customer.test>")],
  note="our own acknowledgement looped back (From support@, Message-ID @escalated.example.test)",
  body="""
Hello,

Thank you for contacting Example Support. We have received your request and assigned it number #55881.

Subject: Re: URGENT lawsuit

If your message concerns an outage or a security incident, please also check https://status.example.test.

Example Support
""", mailer="none")

m("en", "-", "self-escalation-notice", auto="self", trap="trigger_words",
  frm="escalated <escalated@example.test>", subj="[escalated] Ticket #55102 escalated: legal_threat, severe_dissatisfaction",
  to="support-managers@example.test", cc=["support@example.test"],
  msgid="<esc-20250528-55102@escalated.example.test>",
  note="escalation notification from the desk itself, copied to support@",
  body="""
Ticket #55102 was escalated automatically.

Triggers:  legal_threat, severe_dissatisfaction
Customer:  Rupert Castlemain <rupert.castlemain@castlemainestates.test>
Received:  2025-05-28 09:41 UTC

Excerpt:
  "...wholly unacceptable. We have therefore instructed our solicitors..."

Open the ticket: https://desk.example.test/tickets/55102
""", mailer="none")

m("en", "-", "self-daily-digest", auto="self", trap="trigger_words",
  frm="escalated <escalated@example.test>", subj="Escalation digest 2025-05-12: 7 outage, 3 legal_threat, 2 safety",
  to="support@example.test", msgid="<digest-20250512@escalated.example.test>",
  hdrs=[("Auto-Submitted", "auto-generated")],
  note="daily digest generated by the desk",
  body="""
Escalation digest for 2025-05-12

  outage                  7
  legal_threat            3
  safety                  2
  billing_dispute         5
  cancellation_threat     4

Oldest unacknowledged: #54990 (safety, 6h 12m)
""", html="gmail", alt=True, mailer="none")

m("en", "-", "self-agent-reply-copy", auto="self", trap="trigger_words",
  frm="Example Support <support@example.test>", subj="Re: Charged AFTER I cancelled",
  to="Wendy Ashworth <wendy.ashworth@ashworthyoga.test>", cc=["support@example.test"],
  msgid="<rep-20250210-3310@escalated.example.test>", irt="<CAPwendy0210@mail.gmail.com>",
  note="an agent's reply sent from support@ with support@ in Cc - our own outgoing mail",
  body="""
Hi Wendy,

I'm sorry you were charged after cancelling. I've escalated this to our billing manager and the $39.00 has been refunded today - no need for a chargeback.

Best,
Priya
Example Support

On Mon, 10 Feb 2025 at 08:11, Wendy Ashworth <wendy.ashworth@ashworthyoga.test> wrote:
> If it isn't refunded this week I'll ask my bank for a chargeback.
""", mailer="none")

m("en", "-", "self-via-forwarding-alias", auto="self", trap="msgid_only",
  frm="Example Support via helpdesk <helpdesk@okoroarchitects.test>", subj="Re: Our workspace was deleted by your agent",
  to="support@example.test",
  msgid="<rep-20250303-2040@escalated.example.test>",
  hdrs=[("Reply-To", "support@example.test"), ("X-Original-From", "Example Support <support@example.test>"),
        ("X-Forwarded-For", "helpdesk@okoroarchitects.test support@example.test")],
  note="our own reply bounced back by a customer's forwarding alias that rewrote From; only the Message-ID shows it is ours",
  body="""
Dear Stephen,

We have restored the "Okoro Architects" workspace from the backup of Thursday night. We apologise for the data loss caused by our mistake.

Example Support
""", mailer="none")

m("en", "-", "self-msgid-resent", auto="self", trap="msgid_only",
  frm="Mail Relay <relay@siddiquiaccounting.test>", subj="Re: Nobody in the office can log in",
  to="support@example.test",
  msgid="<rep-20250129-2601@escalated.example.test>",
  hdrs=[("Resent-From", "relay@siddiquiaccounting.test"), ("Resent-To", "support@example.test"),
        ("Resent-Date", "Wed, 29 Jan 2025 16:31:10 -0500")],
  note="our reply re-sent to us by a customer relay with a rewritten From; Message-ID is ours",
  body="""
Hello Ahmed,

The outage has been resolved. We apologise for the disruption.

Example Support
""", mailer="none")

m("en", "-", "self-test-message", auto="self", trap="trigger_words",
  frm="escalated <escalated@example.test>", subj="escalated test message - outage drill, please ignore",
  to="support@example.test", msgid="<selftest-20250415@escalated.example.test>",
  note="test message sent by the desk to its own mailbox",
  body="""
This is a test message from escalated (outage drill). It contains the words urgent, lawsuit, data breach and refund to exercise the classifier. Please ignore.
""", mailer="none")

m("de", "-", "self-eingangsbestaetigung", auto="self", trap="trigger_words",
  frm="Example Support <support@example.test>", subj="[Example Support] Ihre Anfrage #56002 ist eingegangen: Kündigung",
  msgid="<ack-20250604-56002@escalated.example.test>",
  hdrs=[("Auto-Submitted", "auto-replied")],
  note="our German acknowledgement coming back (From support@, Message-ID @escalated.example.test)",
  body="""
Guten Tag,

vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Nummer #56002 erfasst.

Betreff: Kündigung

Bei Störungen informieren Sie sich bitte auch unter https://status.example.test.

Ihr Example Support
""", cs="utf-8", cte="qp", mailer="none")

m("es", "-", "self-acuse-recibo", auto="self", trap="trigger_words",
  frm="Soporte de Example <support@example.test>", subj="[Example Support] Hemos recibido su solicitud #56120: Reclamación",
  msgid="<ack-20250605-56120@escalated.example.test>",
  hdrs=[("Auto-Submitted", "auto-replied")],
  note="our Spanish acknowledgement coming back (From support@, Message-ID @escalated.example.test)",
  body="""
Hola:

Gracias por contactar con el soporte de Example. Hemos registrado su solicitud con el número #56120.

Asunto: Reclamación

Soporte de Example
""", mailer="none")

# ---------------------------------------------------------------- send dates that match what the texts say
# (all other messages get a deterministic date spread over 2025)
DATES = {
    "small-claims-duplicate-charge": "2025-03-05 19:12", "calendar-sync-friday": "2025-02-19 16:41",
    "promised-fix-sprint": "2025-04-08 09:20", "keep-writing-barcode": "2025-04-14 08:05",
    "counsel-claim-damages": "2025-03-04 10:15", "linkedin-ceo-message": "2025-04-03 07:58",
    "twelve-thousand-dollars-setup": "2025-04-22 14:30", "15000-eur-debited-twice": "2025-04-03 11:45",
    "23k-renewal-licenses-missing": "2025-04-07 09:10", "never-signed-up": "2025-05-12 20:02",
    "restored-backup-march-missing": "2025-04-30 08:33", "files-gone-after-maintenance": "2025-05-06 07:41",
    "ex-employee-still-access": "2025-05-20 09:02", "lawyers-in-touch-quoted": "2025-04-10 10:31",
    "callback-never-came-vat": "2025-03-10 12:20", "ack-reply-webhook-retry": "2025-05-12 16:44",
    "anwalt-doppelte-abbuchung": "2025-03-10 08:30", "verbraucherzentrale-verlaengert": "2025-03-05 18:02",
    "bestellung-8400-terminals-defekt": "2025-04-16 10:12", "rechnung-7250-doppelt": "2025-04-07 09:40",
    "rechtliche-schritte-zitat": "2025-03-04 13:05", "zitat-rechtliche-schritte-erledigt": "2025-03-06 09:15",
    "outlook-von-gesendet-block": "2025-04-09 08:50", "tribunal-sans-remboursement": "2025-03-10 17:20",
    "facture-12450-deux-fois": "2025-04-04 10:05", "avocat-cite-en-dessous": "2025-03-13 15:12",
    "cite-avocat-c-est-regle": "2025-03-05 11:30", "mentions-legales-signature": "2025-03-12 09:00",
    "abogado-cobro-indebido": "2025-03-07 10:40", "tercera-vez-devolucion-prometida": "2025-03-17 12:25",
    "aviso-legal-firma": "2025-02-11 16:10", "demanda-citada": "2025-03-14 16:02",
    "citado-escribio-resuelto": "2025-03-04 18:30", "manager-of-it-invoice-copy": "2025-04-09 08:12",
    "outlook-original-sue": "2025-03-12 10:01", "outlook-header-block-outage": "2025-04-14 09:30",
    "forwarded-colleague-rant": "2025-03-18 11:05", "blockquote-password-reset": "2025-03-02 13:20",
    "apple-nested-quotes-see-thursday": "2025-03-03 15:10", "quoted-third-time-all-fine": "2025-05-06 10:02",
    "thanks-fixed-quoted-cancel": "2025-02-21 09:03", "quoted-desk-escalated-thanks": "2025-04-17 08:45",
    "inline-answers-no-data-lost": "2025-03-24 14:30", "legal-disclaimer-invoice-copy": "2025-05-06 15:48",
    "closing-business-procedural": "2025-05-19 10:00", "close-sold-branch": "2025-06-10 09:37",
    "sales-crashed-downgrade": "2025-01-20 18:20", "fire-sale-capacity": "2025-05-02 12:00",
    "howto-second-location": "2025-04-28 19:05", "howto-receipt-footer": "2025-01-08 08:55",
    "ack-reply-no-rush": "2025-06-01 11:22", "all-good-close-ticket": "2025-04-21 09:14",
    "ooo-rfc3834-urgent-legal": "2025-04-11 12:00", "exchange-automatic-reply-dispute": "2025-04-10 16:20",
    "helpdesk-request-received": "2025-02-19 16:31", "abwesenheitsnotiz-auto-submitted": "2025-03-11 09:00",
    "otrs-ticket-eingegangen": "2025-04-10 10:00", "reponse-automatique-exchange": "2025-04-24 09:30",
    "absent-du-bureau-auto-submitted": "2025-04-04 10:06", "respuesta-automatica-exchange": "2025-04-22 10:45",
    "self-ack-loop": "2025-06-02 09:13", "self-escalation-notice": "2025-05-28 09:41",
    "self-daily-digest": "2025-05-13 06:00", "self-agent-reply-copy": "2025-02-10 10:02",
    "self-via-forwarding-alias": "2025-03-03 12:40", "self-test-message": "2025-04-15 03:00",
    "self-eingangsbestaetigung": "2025-06-04 14:02", "self-acuse-recibo": "2025-06-05 09:20",
    "self-msgid-resent": "2025-01-29 16:30",
}
_slugs = {s["slug"] for s in MESSAGES}
for _k in DATES:
    if _k not in _slugs:
        raise SystemExit("DATES refers to unknown slug " + _k)
for _spec in MESSAGES:
    if _spec["slug"] in DATES and not _spec["date"]:
        _spec["date"] = DATES[_spec["slug"]]


if __name__ == "__main__":
    main()
