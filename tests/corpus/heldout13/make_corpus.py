#!/usr/bin/env python3
"""Write (or --check) the heldout13 blind hand-labelled support-mail corpus.

Every message text lives as a hand-written literal in the h13_*.py modules next
to this script.  This script only packages them: a fixed seed picks the MIME
packaging, charsets, dates, Message-IDs, mail-client headers and the shuffled
order behind the neutral file names, so every run writes byte-identical files.

    python3 make_corpus.py           # write h13-NNNN.eml, labels.tsv, README.md
    python3 make_corpus.py --check   # validate what is on disk
"""
import sys

sys.dont_write_bytecode = True  # never leave __pycache__ behind

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
from email import policy
from email.header import Header
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h13_auto  # noqa: E402
import h13_dates  # noqa: E402
import h13_de  # noqa: E402
import h13_en_neg  # noqa: E402
import h13_en_pos1  # noqa: E402
import h13_en_pos2  # noqa: E402
import h13_es  # noqa: E402
import h13_fr  # noqa: E402
import h13_readme  # noqa: E402

SEED = 1313
PREFIX = "h13-"
DESK = "support@example.test"

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
HEADER = "file\ttriggers\tautomated\tlang\ttrap\tnote"


# --------------------------------------------------------------------------
# small binary attachments, built deterministically
# --------------------------------------------------------------------------

def make_png(w=6, h=4, rgb=(52, 110, 165)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_jpeg():
    """An 8x8 mid-grey baseline JPEG: one block, DC=0, EOB; one-code Huffman tables."""
    out = b"\xff\xd8"
    out += b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    out += b"\xff\xdb" + struct.pack(">H", 67) + b"\x00" + bytes([1] * 64)
    out += b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 8, 8, 1) + b"\x01\x11\x00"
    bits = bytes([1] + [0] * 15)
    out += b"\xff\xc4" + struct.pack(">H", 20) + b"\x00" + bits + b"\x00"
    out += b"\xff\xc4" + struct.pack(">H", 20) + b"\x10" + bits + b"\x00"
    out += b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00" + b"\x00\x3f\x00"
    out += b"\x3f"  # '0' (DC cat 0) '0' (EOB) padded with ones
    out += b"\xff\xd9"
    return out


def make_pdf(title):
    text = title.encode("latin-1", "replace")
    text = text.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    stream = b"BT /F1 12 Tf 56 780 Td (" + text + b") Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(len(objs) + 1).encode() + b"\n0000000000 65535 f \n"
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += (b"trailer\n<< /Size " + str(len(objs) + 1).encode() + b" /Root 1 0 R >>\n"
            b"startxref\n" + str(xref).encode() + b"\n%%EOF\n")
    return out


# --------------------------------------------------------------------------
# encoding helpers
# --------------------------------------------------------------------------

CRLF = "\r\n"


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def can_encode(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


PY_CODEC = {"us-ascii": "ascii", "utf-8": "utf-8", "iso-8859-1": "latin-1",
            "iso-8859-15": "iso8859_15", "windows-1252": "cp1252"}


def enc_header(name, value, charset="utf-8", force=False):
    """Return 'Name: value' folded, RFC 2047 encoding when needed or forced."""
    if is_ascii(value) and not force:
        return fold(name, value)
    cs = charset if can_encode(value, PY_CODEC.get(charset, charset)) else "utf-8"
    h = Header(value, cs, header_name=name, maxlinelen=76)
    return name + ": " + h.encode(linesep=CRLF)


def fold(name, value):
    line = name + ": " + value
    if len(line) <= 78:
        return line
    words = value.split(" ")
    out, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur.strip() != name + ":":
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return CRLF.join(out)


SPECIALS = set('()<>[]:;@\\,."')


def addr_header(name, display, addr, charset="utf-8", force=False):
    if not display:
        return name + ": " + addr
    if is_ascii(display) and not force:
        if any(c in SPECIALS for c in display):
            disp = '"' + display.replace("\\", "\\\\").replace('"', '\\"') + '"'
        else:
            disp = display
        return fold(name, disp + " <" + addr + ">")
    cs = charset if can_encode(display, PY_CODEC.get(charset, charset)) else "utf-8"
    h = Header(display, cs, header_name=name, maxlinelen=76).encode(linesep=CRLF)
    return name + ": " + h + " <" + addr + ">"


def qp_encode(text, codec):
    lines = []
    for ln in text.split("\n"):
        e = quopri.encodestring(ln.encode(codec), quotetabs=False).decode("ascii")
        lines.append(e.replace("\n", CRLF))
    return CRLF.join(lines)


def b64_encode(data):
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76))


def ascii_entities(s):
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        else:
            name = html.entities.codepoint2name.get(ord(ch))
            out.append("&%s;" % name if name else "&#%d;" % ord(ch))
    return "".join(out)


# --------------------------------------------------------------------------
# text -> HTML (quotes become <blockquote type="cite">)
# --------------------------------------------------------------------------

def _blocks(lines):
    """Split into ('q', [lines]) and ('t', [lines]) runs."""
    runs = []
    for ln in lines:
        kind = "q" if ln.startswith(">") else "t"
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(ln)
        else:
            runs.append((kind, [ln]))
    return runs


def _unquote(ln):
    ln = ln[1:]
    return ln[1:] if ln.startswith(" ") else ln


def html_lines(lines, style, depth=0):
    out = []
    for kind, run in _blocks(lines):
        if kind == "q":
            out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;'
                       'border-left:1px solid #ccc;padding-left:1ex">')
            out.extend(html_lines([_unquote(x) for x in run], style, depth + 1))
            out.append("</blockquote>")
            continue
        if style == "div":
            for ln in run:
                out.append("<div>%s</div>" % (html.escape(ln, quote=False) or "<br>"))
        else:
            para = []
            for ln in run + [""]:
                if ln.strip() == "":
                    if para:
                        out.append("<p>" + "<br>\n".join(html.escape(x, quote=False) for x in para) + "</p>")
                        para = []
                else:
                    para.append(ln)
    return out


def to_html(text, style, charset):
    body_lines = text.split("\n")
    sig = None
    if "-- " in body_lines:
        i = body_lines.index("-- ")
        body_lines, sig = body_lines[:i], body_lines[i + 1:]
    parts = ["<html>", "<head>",
             '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset,
             "</head>", '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">']
    parts.extend(html_lines(body_lines, style))
    if sig is not None:
        parts.append('<div class="signature">-- <br>')
        parts.append("<br>\n".join(html.escape(x, quote=False) for x in sig))
        parts.append("</div>")
    parts.extend(["</body>", "</html>"])
    return "\n".join(parts) + "\n"


# --------------------------------------------------------------------------
# seeded packaging
# --------------------------------------------------------------------------

CLIENTS = [
    ("User-Agent", "Mozilla Thunderbird 115.{n}.0"),
    ("X-Mailer", "Apple Mail (2.3774.{n}.1)"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("X-Mailer", "iPhone Mail (21{L}{n})"),
    ("User-Agent", "Roundcube Webmail/1.6.{n}"),
    ("X-Mailer", "Evolution 3.50.{n}"),
    ("User-Agent", "K-9 Mail for Android"),
    (None, None),
    (None, None),
    ("X-Mailer", "Zimbra 10.0.{n}_GA (ZimbraWebClient - FF120)"),
]

TZ = {
    "en": [-300, -300, -360, -480, 0, 0, 60, 600],
    "de": [60, 120],
    "fr": [60, 120, -240],
    "es": [60, 120, -300, -180, -360],
}


class Ctx:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.used_ids = set()

    def date(self, lang, when=None):
        rng = self.rng
        if when:
            start = datetime.datetime.strptime(when[0], "%Y-%m-%d") + datetime.timedelta(hours=7)
            span = max(int(when[1] * 24 * 60), 60)
        else:
            start = datetime.datetime(2025, 1, 6, 6, 0, 0)
            span = 340 * 24 * 60
        dt = start + datetime.timedelta(minutes=rng.randrange(0, span), seconds=rng.randrange(60))
        off = rng.choice(TZ.get(lang, [0]))
        tz = datetime.timezone(datetime.timedelta(minutes=off))
        return dt.replace(tzinfo=tz)

    def msgid(self, domain, style=None):
        rng = self.rng
        while True:
            style = style or rng.choice(["hex", "dot", "cap", "uuid"])
            if style == "hex":
                left = "%016x" % rng.getrandbits(64)
            elif style == "dot":
                left = "%d.%d.%d" % (rng.randrange(10**9, 10**10), rng.randrange(1000, 99999), rng.randrange(10, 999))
            elif style == "cap":
                left = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(20))
            else:
                h = "%032x" % rng.getrandbits(128)
                left = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
            mid = "<%s@%s>" % (left, domain)
            if mid not in self.used_ids:
                self.used_ids.add(mid)
                return mid

    def boundary(self):
        rng = self.rng
        k = rng.randrange(4)
        if k == 0:
            return "000000000000%012x" % rng.getrandbits(48)
        if k == 1:
            return "Apple-Mail=_%08X-%04X-%04X-%04X-%012X" % (
                rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16),
                rng.getrandbits(16), rng.getrandbits(48))
        if k == 2:
            return "----=_Part_%d_%d.%d" % (rng.randrange(100000, 999999), rng.randrange(10**8, 10**9),
                                           rng.randrange(10**12, 10**13))
        return "_%03d_%s_" % (rng.randrange(1000), "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(24)))

    def ip(self):
        net = self.rng.choice(["192.0.2", "198.51.100", "203.0.113"])
        return "%s.%d" % (net, self.rng.randrange(2, 254))


def fmt_date(dt):
    from email.utils import format_datetime
    return format_datetime(dt)


def received(ctx, domain, dt):
    ip = ctx.ip()
    later = dt + datetime.timedelta(seconds=ctx.rng.randrange(2, 90))
    hostn = ctx.rng.choice(["mail", "smtp", "out", "mx1", "relay"])
    if domain.startswith(hostn + "."):
        hostn = "out"
    rid = "%X" % ctx.rng.getrandbits(40)
    return ("Received: from %s.%s (%s.%s [%s])\r\n\tby mx1.example.test (Postfix) with ESMTPS id %s\r\n"
            "\tfor <%s>; %s" % (hostn, domain, hostn, domain, ip, rid, DESK, fmt_date(later)))


REPLY_RE = re.compile(r"^(re|aw|antw|r|réf|ref|rép|sv)\s?:", re.I)


def choose_packaging(ctx, m):
    rng = ctx.rng
    text = m["body"]
    if m.get("pk"):
        pk = m["pk"]
    else:
        opts = [("plain8", 26), ("qp", 12), ("b64", 5), ("alt", 18), ("altdiv", 7),
                ("html", 4), ("htmlascii", 3), ("legacy", 14), ("seven", 11)]
        if not is_ascii(text):
            opts = [o for o in opts if o[0] != "seven"]
        if "\n>" in "\n" + text:
            opts = [(k, w * 2 if k in ("alt", "altdiv", "html") else w) for k, w in opts]
        tot = sum(w for _, w in opts)
        r = rng.randrange(tot)
        for k, w in opts:
            if r < w:
                pk = k
                break
            r -= w
    charset = "utf-8"
    if pk == "legacy":
        cands = [c for c in ["iso-8859-1", "iso-8859-15", "windows-1252"] if can_encode(text, PY_CODEC[c])]
        if not cands:
            pk = "qp"
        else:
            charset = rng.choice(cands)
    if pk == "seven":
        charset = "us-ascii"
    return pk, charset


def text_part(text, charset, cte_choice, ctx, subtype="plain", flowed=False):
    codec = PY_CODEC[charset]
    ct = "text/%s; charset=%s" % (subtype, '"%s"' % charset if ctx.rng.random() < 0.4 else charset)
    if flowed:
        ct += "; format=flowed"
    body = text.replace("\n", CRLF)
    if cte_choice == "qp":
        return [("Content-Type", ct), ("Content-Transfer-Encoding", "quoted-printable")], qp_encode(text, codec)
    if cte_choice == "b64":
        return [("Content-Type", ct), ("Content-Transfer-Encoding", "base64")], b64_encode(body.encode(codec))
    raw = body.encode(codec)
    cte = "7bit" if all(b < 128 for b in raw) else "8bit"
    return [("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body


def render_part(headers, body):
    return CRLF.join("%s: %s" % hv for hv in headers) + CRLF + CRLF + body


def part_bytes(headers, body, charset):
    """Headers are ASCII; body is str to be encoded in charset (already CTE-safe)."""
    return render_part(headers, body), charset


class Out:
    """Accumulates a message as a list of (str, codec) segments."""

    def __init__(self):
        self.segs = []

    def add(self, s, codec="ascii"):
        self.segs.append((s, codec))

    def bytes(self):
        return b"".join(s.encode(c) for s, c in self.segs)


def build_text_leaf(out, text, pk, charset, ctx):
    codec = PY_CODEC[charset]
    if pk in ("qp",):
        h, b = text_part(text, charset, "qp", ctx)
    elif pk == "b64":
        h, b = text_part(text, charset, "b64", ctx)
    elif pk == "legacy":
        h, b = text_part(text, charset, "qp" if ctx.rng.random() < 0.35 else "8bit", ctx)
    else:
        h, b = text_part(text, charset, "8bit", ctx)
    out.add(CRLF.join("%s: %s" % hv for hv in h) + CRLF + CRLF)
    out.add(b, codec if h[1][1] in ("7bit", "8bit") else "ascii")


def build_html_leaf(out, text, ctx, style, ascii_only=False):
    if ascii_only:
        htm = ascii_entities(to_html(text, style, "us-ascii"))
        out.add('Content-Type: text/html; charset="us-ascii"' + CRLF
                + "Content-Transfer-Encoding: 7bit" + CRLF + CRLF)
        out.add(htm.replace("\n", CRLF))
        return
    htm = to_html(text, style, "utf-8")
    if is_ascii(htm) and ctx.rng.random() < 0.5:
        out.add('Content-Type: text/html; charset="utf-8"' + CRLF
                + "Content-Transfer-Encoding: 7bit" + CRLF + CRLF)
        out.add(htm.replace("\n", CRLF))
    else:
        out.add('Content-Type: text/html; charset="utf-8"' + CRLF
                + "Content-Transfer-Encoding: quoted-printable" + CRLF + CRLF)
        out.add(qp_encode(htm, "utf-8"))


ATT_TYPES = {"pdf": "application/pdf", "png": "image/png", "jpg": "image/jpeg"}


def attachment_data(kind, fname):
    if kind == "pdf":
        return make_pdf(fname.rsplit(".", 1)[0])
    if kind == "png":
        return make_png()
    return make_jpeg()


def build_customer(ctx, m):
    rng = ctx.rng
    lang = m["lang"]
    addr = m["addr"]
    domain = addr.split("@", 1)[1]
    dt = ctx.date(lang, h13_dates.WHEN.get(m["k"]))
    pk, charset = choose_packaging(ctx, m)
    att = m.get("att")
    client = rng.choice(CLIENTS)
    hdr_cs = charset if charset not in ("us-ascii",) else "utf-8"
    force_subj = rng.random() < 0.08
    force_name = rng.random() < 0.06

    out = Out()
    hs = []
    if rng.random() < 0.8:
        hs.append(received(ctx, domain, dt))
    hs.append(addr_header("From", m["name"], addr, hdr_cs, force_name))
    to_disp = rng.choice(["", "Support", "Customer Support", "Kundenservice" if lang == "de" else "Support Team"])
    hs.append(addr_header("To", to_disp, DESK))
    if m.get("cc"):
        hs.append(fold("Cc", m["cc"]) if is_ascii(m["cc"]) else enc_header("Cc", m["cc"]))
    hs.append(enc_header("Subject", m["subj"], hdr_cs, force_subj))
    hs.append("Date: " + fmt_date(dt))
    hs.append("Message-ID: " + ctx.msgid(domain))
    if REPLY_RE.match(m["subj"]):
        dom = rng.choice(["escalated.example.test", "example.test", domain])
        ref = ctx.msgid(dom)
        hs.append("In-Reply-To: " + ref)
        hs.append("References: " + ref)
    for k, v in m.get("hdr", []):
        hs.append(fold(k, v))
    if client[0]:
        hs.append("%s: %s" % (client[0], client[1].format(n=rng.randrange(1, 9), L=rng.choice("ABCDE"))))
    if rng.random() < 0.3:
        hs.append("Content-Language: " + {"en": "en-GB", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}[lang])
    hs.append("MIME-Version: 1.0")

    text = m["body"].strip("\n") + "\n"

    def body_leaf(o):
        if pk in ("alt", "altdiv"):
            b = ctx.boundary()
            o.add('Content-Type: multipart/alternative; boundary="%s"' % b + CRLF + CRLF)
            o.add("--" + b + CRLF)
            build_text_leaf(o, text, "qp" if rng.random() < 0.5 else "plain8", "utf-8", ctx)
            o.add(CRLF + "--" + b + CRLF)
            build_html_leaf(o, text, ctx, "div" if pk == "altdiv" else "p")
            o.add(CRLF + "--" + b + "--" + CRLF)
        elif pk in ("html", "htmlascii"):
            build_html_leaf(o, text, ctx, rng.choice(["p", "div"]), ascii_only=(pk == "htmlascii"))
        else:
            build_text_leaf(o, text, pk if pk != "seven" else "plain8", charset, ctx)

    out.add(CRLF.join(hs) + CRLF)
    if att:
        kind, fname = att
        b = ctx.boundary()
        out.add('Content-Type: multipart/mixed; boundary="%s"' % b + CRLF + CRLF)
        out.add("This is a multi-part message in MIME format." + CRLF + CRLF)
        out.add("--" + b + CRLF)
        body_leaf(out)
        out.add(CRLF + "--" + b + CRLF)
        data = attachment_data(kind, fname)
        out.add('Content-Type: %s; name="%s"' % (ATT_TYPES[kind], fname) + CRLF
                + 'Content-Disposition: attachment; filename="%s"' % fname + CRLF
                + "Content-Transfer-Encoding: base64" + CRLF + CRLF)
        out.add(b64_encode(data) + CRLF)
        out.add("--" + b + "--" + CRLF)
    else:
        body_leaf(out)
    data = out.bytes()
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return data, pk, charset


# --------------------------------------------------------------------------
# automated mail: literal raw texts with placeholders
# --------------------------------------------------------------------------

TOKEN_RE = re.compile(r"@@(DATE[0-9F]?|MID\d?:[^@]+|B\d|IP\d|H:[A-Za-z-]+:[^@]+)@@")


def build_auto(ctx, m):
    raw = m["raw"].strip("\n") + "\n"
    dt = ctx.date(m["lang"])
    dates = {"DATE": dt}
    for i in range(1, 4):
        dates["DATE%d" % i] = dt - datetime.timedelta(minutes=ctx.rng.randrange(5, 600) * i)
    dates["DATEF"] = dt + datetime.timedelta(days=4, hours=ctx.rng.randrange(1, 20))
    cache = {}

    def sub(mo):
        tok = mo.group(1)
        if tok in cache:
            return cache[tok]
        if tok.startswith("DATE"):
            v = fmt_date(dates[tok])
        elif tok.startswith("MID"):
            v = ctx.msgid(tok.split(":", 1)[1])
        elif tok.startswith("B"):
            v = ctx.boundary()
        elif tok.startswith("IP"):
            v = ctx.ip()
        else:
            _, name, value = tok.split(":", 2)
            v = enc_header(name, value)[len(name) + 2:]
        cache[tok] = v
        return v

    raw = TOKEN_RE.sub(sub, raw)
    return crlf(raw).encode("utf-8")


# --------------------------------------------------------------------------
# corpus assembly
# --------------------------------------------------------------------------

def all_messages():
    msgs = []
    for mod in (h13_en_pos1, h13_en_pos2, h13_en_neg, h13_de, h13_fr, h13_es, h13_auto):
        msgs.extend(mod.MSGS)
    keys = [m["k"] for m in msgs]
    dup = sorted({k for k in keys if keys.count(k) > 1})
    if dup:
        raise SystemExit("duplicate keys: %s" % dup)
    return msgs


def norm_triggers(t):
    if t in ("-", "", None):
        return "-"
    ids = sorted({x.strip() for x in t.split(",") if x.strip()})
    return ",".join(ids)


def generate():
    msgs = all_messages()
    unknown = sorted(set(h13_dates.WHEN) - {m["k"] for m in msgs})
    if unknown:
        raise SystemExit("date windows for unknown keys: %s" % unknown)
    ctx = Ctx(SEED)
    files = {}
    rows = []
    order = list(range(len(msgs)))
    ctx.rng.shuffle(order)
    numbering = {mi: i + 1 for i, mi in enumerate(order)}
    meta = []
    for mi, m in enumerate(msgs):
        if m.get("auto"):
            data = build_auto(ctx, m)
            pk = "auto"
        else:
            data, pk, _cs = build_customer(ctx, m)
        name = "%s%04d.eml" % (PREFIX, numbering[mi])
        files[name] = data
        rows.append((name, norm_triggers(m.get("trig", "-")), m.get("auto") or "-", m["lang"],
                     m.get("trap", "-") or "-", m.get("note", "-") or "-"))
        meta.append((name, m, pk))
    rows.sort()
    labels = HEADER + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    readme = h13_readme.render(rows, meta)
    return files, labels, readme


def write():
    files, labels, readme = generate()
    for fn in os.listdir(HERE):
        if fn.startswith(PREFIX) and fn.endswith(".eml") and fn not in files:
            os.remove(os.path.join(HERE, fn))
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(labels)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme)
    print("wrote %d messages, labels.tsv and README.md" % len(files))


# --------------------------------------------------------------------------
# --check
# --------------------------------------------------------------------------

RESERVED_DOM = re.compile(r"(\.example|\.test)$", re.I)
IP_RE = re.compile(r"\[(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})\]")
DOC_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")


def check():
    errors = []
    err = errors.append
    names = sorted(fn for fn in os.listdir(HERE) if fn.startswith(PREFIX) and fn.endswith(".eml"))
    try:
        with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
            lines = f.read().split("\n")
    except OSError as e:
        print("FAIL: cannot read labels.tsv: %s" % e)
        return 1
    if lines[0] != HEADER:
        err("labels.tsv header wrong: %r" % lines[0])
    rows = [ln.split("\t") for ln in lines[1:] if ln]
    labelled = {}
    for r in rows:
        if len(r) != 6:
            err("bad labels row %r" % r)
            continue
        if r[0] in labelled:
            err("duplicate label row %s" % r[0])
        labelled[r[0]] = r
    if sorted(labelled) != names:
        err("labels.tsv and .eml files differ: only labels %s, only files %s" % (
            sorted(set(labelled) - set(names))[:5], sorted(set(names) - set(labelled))[:5]))
    counts = {t: 0 for t in TRIGGERS}
    for fn, r in sorted(labelled.items()):
        _, trig, auto, lang, trap, note = r
        if lang not in LANGS:
            err("%s: bad lang %s" % (fn, lang))
        if auto != "-" and auto not in AUTO_KINDS:
            err("%s: bad automated kind %s" % (fn, auto))
        if not trap or not note:
            err("%s: empty trap/note (use -)" % fn)
        if trig != "-":
            ids = trig.split(",")
            if ids != sorted(set(ids)):
                err("%s: triggers not sorted/unique: %s" % (fn, trig))
            for t in ids:
                if t not in TRIGGERS:
                    err("%s: unknown trigger %s" % (fn, t))
                else:
                    counts[t] += 1
            if auto != "-":
                err("%s: automated mail carries triggers" % fn)
    for t, c in counts.items():
        if c < 10:
            err("trigger %s has only %d positives" % (t, c))
    doc = os.path.normpath(os.path.join(HERE, "..", "..", "..", "docs", "triggers.md"))
    if os.path.exists(doc):
        with open(doc, encoding="utf-8") as f:
            documented = set(re.findall(r"^\| `([a-z_]+)` \|", f.read(), re.M))
        if documented and documented != set(TRIGGERS):
            err("trigger list differs from docs/triggers.md: %s" % sorted(documented ^ set(TRIGGERS)))

    parser = BytesParser(policy=policy.default)
    for fn in names:
        with open(os.path.join(HERE, fn), "rb") as f:
            data = f.read()
        head = data.split(b"\r\n\r\n", 1)[0]
        if any(b > 127 for b in head):
            err("%s: raw non-ASCII bytes in the top-level header" % fn)
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            err("%s: not CRLF-only" % fn)
        for ln in data.split(b"\r\n"):
            if len(ln) > 998:
                err("%s: line longer than 998 octets" % fn)
                break
        msg = parser.parsebytes(data)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                err("%s: missing %s" % (fn, h))
        for part in msg.walk():
            if part.defects:
                err("%s: defects %s" % (fn, part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    err("%s: header %s defects %s" % (fn, k, v.defects))
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                payload = part.get_payload(decode=True) or b""
                try:
                    payload.decode(PY_CODEC.get(cs.lower(), cs), "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    err("%s: text part does not decode as %s: %s" % (fn, cs, e))
        for h in ("From", "To", "Cc", "Reply-To"):
            v = msg.get(h)
            if v is None:
                continue
            for a in getattr(v, "addresses", ()):
                if a.domain and not RESERVED_DOM.search(a.domain):
                    err("%s: non-reserved domain in %s: %s" % (fn, h, a.domain))
        for ip in IP_RE.findall(data.decode("latin-1")):
            if not ip.startswith(DOC_NETS) and ip != "127.0.0.1":
                err("%s: non-documentation IP %s" % (fn, ip))
        lab = labelled.get(fn)
        if lab:
            auto = lab[2]
            if auto == "self":
                frm = str(msg.get("From", "")).lower()
                mid = str(msg.get("Message-ID", "")).lower()
                if not ("support@example.test" in frm or "escalated@example.test" in frm
                        or mid.rstrip(">").endswith("@escalated.example.test")):
                    err("%s: labelled self but not from the desk" % fn)
            if auto == "-" and str(msg.get("To", "")).lower().find(DESK) < 0:
                err("%s: customer mail not addressed to the desk" % fn)

    files, labels, readme = generate()
    if sorted(files) != names:
        err("regeneration would produce a different file set")
    else:
        for name, d in files.items():
            with open(os.path.join(HERE, name), "rb") as f:
                if f.read() != d:
                    err("%s differs from a fresh generation" % name)
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        if f.read() != labels:
            err("labels.tsv differs from a fresh generation")
    rp = os.path.join(HERE, "README.md")
    if not os.path.exists(rp) or open(rp, encoding="utf-8").read() != readme:
        err("README.md differs from a fresh generation")

    for e in errors[:60]:
        print("FAIL:", e)
    if errors:
        print("%d problem(s)" % len(errors))
        return 1
    print("OK: %d messages; positives per trigger: %s" % (
        len(names), ", ".join("%s=%d" % (t, counts[t]) for t in TRIGGERS)))
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
