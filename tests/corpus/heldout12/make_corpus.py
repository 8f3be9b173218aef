#!/usr/bin/env python3
"""Build (or check) the heldout12 blind hand-labelled support-mail corpus.

    python3 make_corpus.py           write h12-NNNN.eml and labels.tsv
    python3 make_corpus.py --check   validate the written files

Standard library only.  Every message text is a hand-written literal in the
msgs_*.py modules next to this file; this script only packages them as RFC 5322
mail.  A fixed seed picks packaging, dates, Message-IDs, mail-client headers and
the shuffled order of the neutral file names, so every run writes byte-identical
files.
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
import quopri
import random
import re
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import msgs_en_pos1  # noqa: E402
import msgs_en_pos2  # noqa: E402
import msgs_en_neg  # noqa: E402
import msgs_de  # noqa: E402
import msgs_fr  # noqa: E402
import msgs_es  # noqa: E402
import msgs_auto  # noqa: E402

SEED = "heldout12-2025"
PREFIX = "h12-"
DESK = "support@example.test"
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
MIN_POSITIVES = 10


def all_messages():
    out = []
    for mod in (msgs_en_pos1, msgs_en_pos2, msgs_en_neg, msgs_de, msgs_fr,
                msgs_es, msgs_auto):
        out.extend(mod.MESSAGES)
    return out


# --------------------------------------------------------------------------
# small helpers

MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
           "Sunday"]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
             "August", "September", "Oktober", "November", "Dezember"]
DAYS_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag",
           "Samstag", "Sonntag"]
DAYS_DE_SHORT = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
           "dimanche"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
             "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
DAYS_ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado",
           "domingo"]

TZ = {
    "en": [-8, -5, -5, 0, 0, 1],
    "de": [1, 2],
    "fr": [1, 2],
    "es": [1, 2, -3, -5],
}


def pick_date(r, lang):
    base = datetime.datetime(2025, 1, 6, 0, 0, 0)
    d = base + datetime.timedelta(days=r.randint(0, 310), hours=r.randint(6, 23),
                                  minutes=r.randint(0, 59),
                                  seconds=r.randint(0, 59))
    off = r.choice(TZ[lang])
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def rfc_date(d):
    return email.utils.format_datetime(d)


def hexid(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def alnum(r, n):
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                   for _ in range(n))


def fill(text, ctx):
    """Replace {key} placeholders that exist in ctx; leave anything else."""
    def rep(mo):
        k = mo.group(1)
        return str(ctx[k]) if k in ctx else mo.group(0)
    return re.sub(r"\{([a-z_0-9]+)\}", rep, text)


# --------------------------------------------------------------------------
# RFC 2047

def _ew_one(s, charset, enc):
    raw = s.encode(charset)
    if enc == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode("ascii"))
    out = []
    for b in raw:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        else:
            out.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (charset, "".join(out))


def encoded_words(s, charset="utf-8", enc="B", limit=62):
    words, cur = [], ""
    for ch in s:
        if cur and len(_ew_one(cur + ch, charset, enc)) > limit:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return (CRLF + " ").join(_ew_one(w, charset, enc) for w in words)


def fold_ascii(name, value):
    """Fold a plain ASCII header value at spaces to keep lines short."""
    line = name + ": "
    out = []
    for w in value.split(" "):
        if len(line) + len(w) > 76 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip(" "))
            line = " " + w + " "
        else:
            line += w + " "
    out.append(line.rstrip(" "))
    return CRLF.join(out)


def header_text(name, value, r, charset="utf-8", force=False):
    if value.isascii() and not force:
        return fold_ascii(name, value)
    cs = charset
    try:
        value.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    enc = "Q" if (cs != "utf-8" or r.random() < 0.4) else "B"
    return name + ": " + encoded_words(value, cs, enc)


SPECIALS = set('()<>[]:;@\\,."')


def addr_text(display, addr, r, charset="utf-8", force=False):
    if not display:
        return "<%s>" % addr if r.random() < 0.3 else addr
    if not display.isascii() or force:
        cs = charset
        try:
            display.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        enc = "Q" if r.random() < 0.5 else "B"
        return "%s <%s>" % (encoded_words(display, cs, enc), addr)
    if any(c in SPECIALS for c in display):
        return '"%s" <%s>' % (display.replace("\\", "\\\\").replace('"', '\\"'), addr)
    return "%s <%s>" % (display, addr)


# --------------------------------------------------------------------------
# body encodings and MIME assembly

def enc_payload(text, charset, cte):
    t = text.replace("\r\n", "\n")
    raw = t.encode(charset)
    if cte in ("7bit", "8bit"):
        return raw.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).replace(b"\n", b"\r\n")
    if cte == "base64":
        return base64.encodebytes(raw.replace(b"\n", b"\r\n")).replace(b"\n", b"\r\n")
    raise ValueError(cte)


def text_entity(text, subtype, charset, cte, extra=()):
    if cte in ("7bit", "8bit"):
        cte = "7bit" if text.isascii() else "8bit"
    hdrs = ['Content-Type: text/%s; charset="%s"' % (subtype, charset)
            if subtype == "html" else
            "Content-Type: text/%s; charset=%s" % (subtype, charset),
            "Content-Transfer-Encoding: %s" % cte]
    hdrs.extend(extra)
    return (hdrs, enc_payload(text, charset, cte))


def multipart_entity(subtype, parts, boundary, params="", preamble=None):
    hdrs = ['Content-Type: multipart/%s;%s%s boundary="%s"'
            % (subtype, params, CRLF + "\t", boundary)]
    chunks = []
    if preamble:
        chunks.append(preamble.encode("ascii") + b"\r\n\r\n")
    for p in parts:
        chunks.append(b"--" + boundary.encode("ascii") + b"\r\n")
        chunks.append(serialize(p))
        chunks.append(b"\r\n")
    chunks.append(b"--" + boundary.encode("ascii") + b"--\r\n")
    return (hdrs, b"".join(chunks))


def serialize(entity):
    hdrs, body = entity
    return (CRLF.join(hdrs) + CRLF + CRLF).encode("ascii") + body


def raw_entity(ctype, body_text, cte="7bit", extra=()):
    hdrs = ["Content-Type: " + ctype]
    if cte:
        hdrs.append("Content-Transfer-Encoding: " + cte)
    hdrs.extend(extra)
    return (hdrs, body_text.replace("\r\n", "\n").replace("\n", CRLF).encode("utf-8"))


def b64_entity(ctype, data, filename, disp="attachment"):
    hdrs = ['Content-Type: %s; name="%s"' % (ctype, filename),
            'Content-Disposition: %s; filename="%s"' % (disp, filename),
            "Content-Transfer-Encoding: base64"]
    return (hdrs, base64.encodebytes(data).replace(b"\n", b"\r\n"))


# --------------------------------------------------------------------------
# tiny attachments

def make_png(r):
    w, h = 8, 6
    col = bytes([r.randint(0, 255), r.randint(0, 255), r.randint(0, 255)])
    rows = b"".join(b"\x00" + col * w for _ in range(h))

    def chunk(typ, data):
        c = struct.pack(">I", len(data)) + typ + data
        return c + struct.pack(">I", zlib.crc32(typ + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


JPEG = bytes.fromhex(
    "ffd8ffe000104a46494600010101004800480000ffdb004300030202020203020202"
    "030303030406040404040408060605060908 0a0a090809090a0c0f0c0a0b0e0b0909"
    "0d110d0e0f101011100a0c12131210130f101010ffc9000b080001000101011100ff"
    "cc000600101005ffda0008010100003f00d2cf20ffd9".replace(" ", ""))


def make_pdf(title):
    lines = title.encode("latin-1", "replace")
    stream = b"BT /F1 12 Tf 72 720 Td (" + lines.replace(b"(", b"[").replace(b")", b"]") + b") Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
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
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


NEUTRAL_ATT = ["IMG_%04d.jpg", "photo_%d.jpg", "Screenshot_%d.png", "scan%04d.pdf",
               "document_%d.pdf", "image%d.png"]


def attachment(m, r):
    name = m.get("att")
    if not name:
        name = r.choice(NEUTRAL_ATT) % r.randint(100, 9999)
    ext = name.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return b64_entity("application/pdf", make_pdf(name), name)
    if ext == "png":
        return b64_entity("image/png", make_png(r), name)
    return b64_entity("image/jpeg", JPEG, name)


# --------------------------------------------------------------------------
# quotes

def fmt_attr_date(style, d, r):
    wd = d.weekday()
    hm = d.strftime("%H:%M")
    if style == "on_wrote":
        if r.random() < 0.5:
            return "On %s, %d %s %d at %s" % (DAYS_EN[wd][:3], d.day, MONTHS_EN[d.month - 1][:3], d.year, hm)
        return "On %02d/%02d/%d %s" % (d.day, d.month, d.year, hm)
    if style == "am_schrieb":
        if r.random() < 0.5:
            return "Am %s, %d. %s %d um %s Uhr" % (DAYS_DE_SHORT[wd], d.day, MONTHS_DE[d.month - 1], d.year, hm)
        return "Am %02d.%02d.%d um %s" % (d.day, d.month, d.year, hm)
    if style == "le_ecrit":
        return "Le %s. %d %s %d à %s" % (DAYS_FR[wd][:3], d.day, MONTHS_FR[d.month - 1], d.year, hm)
    if style == "el_escribio":
        return "El %s, %d %s %d a las %s" % (DAYS_ES[wd][:3], d.day, MONTHS_ES[d.month - 1][:3], d.year, hm)
    raise ValueError(style)


def outlook_date(lang, d):
    wd = d.weekday()
    if lang == "en":
        h = d.hour % 12 or 12
        return "%s, %s %d, %d %d:%02d %s" % (DAYS_EN[wd], MONTHS_EN[d.month - 1], d.day, d.year, h,
                                             d.minute, "AM" if d.hour < 12 else "PM")
    if lang == "de":
        return "%s, %d. %s %d %s" % (DAYS_DE[wd], d.day, MONTHS_DE[d.month - 1], d.year, d.strftime("%H:%M"))
    if lang == "fr":
        return "%s %d %s %d %s" % (DAYS_FR[wd], d.day, MONTHS_FR[d.month - 1], d.year, d.strftime("%H:%M"))
    return "%s, %d de %s de %d %s" % (DAYS_ES[wd], d.day, MONTHS_ES[d.month - 1], d.year, d.strftime("%H:%M"))


OUTLOOK_LABELS = {
    "en": ("From: ", "Sent: ", "To: ", "Subject: "),
    "de": ("Von: ", "Gesendet: ", "An: ", "Betreff: "),
    "fr": ("De : ", "Envoyé : ", "À : ", "Objet : "),
    "es": ("De: ", "Enviado: ", "Para: ", "Asunto: "),
}
FWD_HEAD = {
    "en": "---------- Forwarded message ---------",
    "de": "---------- Weitergeleitete Nachricht ----------",
    "fr": "-------- Message transféré --------",
    "es": "---------- Mensaje reenviado ---------",
}
FWD_LABELS = {
    "en": ("From: ", "Date: ", "Subject: ", "To: "),
    "de": ("Von: ", "Datum: ", "Betreff: ", "An: "),
    "fr": ("De : ", "Date : ", "Objet : ", "À : "),
    "es": ("De: ", "Fecha: ", "Asunto: ", "Para: "),
}


def quote_blocks(m, q, ctx, r):
    """Return (plain_text, html_text) for the quoted/forwarded block."""
    style = q["style"]
    who = q["who"]
    if who == "self":
        who = m["frm"]
    qname, qaddr = email.utils.parseaddr(who)
    cname, caddr = email.utils.parseaddr(m["frm"])
    if style.startswith("fwd"):
        to_addr = DESK if qaddr == caddr else caddr
    else:
        to_addr = caddr if qaddr == DESK else DESK
    d = ctx["date"] - datetime.timedelta(days=q["days"] or r.randint(1, 12),
                                         hours=r.randint(0, 9), minutes=r.randint(0, 59))
    subj = q["subj"] or re.sub(r"^((re|aw|rv|fwd|tr|wg)\s?:\s*)+", "", m["subj"], flags=re.I)
    text = q["text"]
    lines = text.rstrip("\n").split("\n")
    hq = "\n".join(html.escape(l, quote=False) for l in lines)
    hq_paras = "".join("<p>%s</p>" % "<br>".join(html.escape(l, quote=False) for l in p.split("\n"))
                       for p in text.strip("\n").split("\n\n"))
    whos = "%s <%s>" % (qname, qaddr) if qname else qaddr
    if style in ("on_wrote", "am_schrieb", "le_ecrit", "el_escribio", "gt"):
        if style == "gt":
            attr = ""
        else:
            ds = fmt_attr_date(style, d, r)
            if style == "on_wrote":
                attr = "%s, %s wrote:" % (ds, whos)
            elif style == "am_schrieb":
                attr = "%s schrieb %s:" % (ds, whos)
            elif style == "le_ecrit":
                attr = "%s, %s a écrit :" % (ds, whos)
            else:
                attr = "%s, %s (<%s>) escribió:" % (ds, qname or qaddr, qaddr)
        ql = [(">" + l if l.startswith(">") else ("> " + l if l else ">")) for l in lines]
        plain = (attr + "\n" if attr else "") + "\n".join(ql) + "\n"
        h = ""
        if attr:
            h += '<div class="moz-cite-prefix">%s</div>\n' % html.escape(attr, quote=False)
        h += '<blockquote type="cite">%s</blockquote>\n' % hq_paras
        return plain, h
    if style.startswith("outlook"):
        lang = style.split("_")[1]
        lab = OUTLOOK_LABELS[lang]
        head = [lab[0] + whos, lab[1] + outlook_date(lang, d), lab[2] + to_addr, lab[3] + subj]
        plain = "________________________________\n" + "\n".join(head) + "\n\n" + text
        h = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
             "<p>%s</p></div>\n%s\n" % ("<br>".join("<b>%s</b>%s" % (html.escape(x[:len(y)], quote=False), html.escape(x[len(y):], quote=False))
                                                   for x, y in zip(head, lab)), hq_paras))
        return plain, h
    if style.startswith("fwd"):
        lang = style.split("_")[1]
        lab = FWD_LABELS[lang]
        head = [lab[0] + whos, lab[1] + rfc_date(d), lab[2] + subj, lab[3] + to_addr]
        if lang == "fr":
            head = [lab[2] + subj, lab[1] + rfc_date(d), lab[0] + whos, lab[3] + to_addr]
        plain = FWD_HEAD[lang] + "\n" + "\n".join(head) + "\n\n" + text
        h = ('<div class="gmail_quote"><div>%s<br>%s</div><br>%s</div>\n'
             % (html.escape(FWD_HEAD[lang], quote=False), "<br>".join(html.escape(x, quote=False) for x in head), hq_paras))
        return plain, h
    raise ValueError(style)


# --------------------------------------------------------------------------
# plain and HTML bodies

def html_paras(text):
    paras = [p for p in text.strip("\n").split("\n\n") if p.strip()]
    return "".join("<p>%s</p>\n" % "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) for p in paras)


def entityize(s):
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        elif ord(ch) in html.entities.codepoint2name:
            out.append("&%s;" % html.entities.codepoint2name[ord(ch)])
        else:
            out.append("&#%d;" % ord(ch))
    return "".join(out)


def compose(m, ctx, r):
    body = m["body"] if m.get("body") and m["body"].strip() else ""
    pieces_p, pieces_h = [], []
    if body:
        pieces_p.append(body)
        pieces_h.append(html_paras(body))
    if m.get("quote"):
        qp, qh = quote_blocks(m, m["quote"], ctx, r)
        pieces_p.append(qp)
        pieces_h.append(qh)
    if m.get("after"):
        pieces_p.append(m["after"])
        pieces_h.append(html_paras(m["after"]))
    plain = "\n".join(pieces_p)
    font = r.choice(["", ' style="font-family:Arial,sans-serif"', ' style="font-family:Calibri,sans-serif;font-size:11pt"',
                     ' dir="ltr"'])
    h = ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=@@CHARSET@@\">\n</head>\n"
         "<body>\n<div@@FONT@@>\n" + "".join(pieces_h) + "</div>\n</body>\n</html>\n")
    return plain, h, font


# --------------------------------------------------------------------------
# headers

CLIENTS = [
    [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1")],
    [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0")],
    [("X-Mailer", "Apple Mail (2.3776.700.51)")],
    [("X-Mailer", "iPhone Mail (22B83)")],
    [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "{lang}")],
    [("X-Mailer", "Microsoft Outlook 15.0"), ("Thread-Index", "{threadidx}")],
    [("User-Agent", "K-9 Mail for Android")],
    [("User-Agent", "Roundcube Webmail/1.6.9")],
    [("X-Mailer", "Evolution 3.52.4")],
    [],
    [],
]

DESK_TO = {
    "en": ["Support <support@example.test>", "support@example.test", "Customer Support <support@example.test>",
           "<support@example.test>"],
    "de": ["Kundenservice <support@example.test>", "support@example.test", "Support <support@example.test>"],
    "fr": ["Service client <support@example.test>", "support@example.test", "Support <support@example.test>"],
    "es": ["Atención al cliente <support@example.test>", "support@example.test", "Soporte <support@example.test>"],
}

REPLY_RE = re.compile(r"^(re|aw|rv|r|antw|ré[fp])\s?:", re.I)


def render_addr_header(name, value, r, charset, force=False):
    n, a = email.utils.parseaddr(value)
    return name + ": " + addr_text(n, a, r, charset, force)


def boundary(r, style):
    if style == 0:
        return "----=_Part_%d_%d.%d" % (r.randint(1000, 99999), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 12, 10 ** 13))
    if style == 1:
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (hexid(r, 8).upper(), hexid(r, 4).upper(), hexid(r, 4).upper(),
                                               hexid(r, 4).upper(), hexid(r, 12).upper())
    if style == 2:
        return "000000000000" + hexid(r, 16)
    return "------------" + alnum(r, 24)


def choose_pack(m, r, plain, html_text):
    if m.get("pack"):
        return m["pack"]
    x = r.random()
    if x < 0.18:
        return "plain"
    if x < 0.29:
        return "plain-qp"
    if x < 0.35:
        return "plain-b64"
    if x < 0.45:
        return "plain-legacy"
    if x < 0.70:
        return "alt"
    if x < 0.83:
        return "mixed"
    if x < 0.92:
        return "html"
    return "html-ascii"


LEGACY = ["iso-8859-1", "iso-8859-15", "windows-1252"]


def legacy_charset(r, *texts):
    opts = list(LEGACY)
    r.shuffle(opts)
    for cs in opts:
        try:
            for t in texts:
                t.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return None


def fill_html(tpl, charset, font):
    return tpl.replace("@@CHARSET@@", charset).replace("@@FONT@@", font)


def build_body(m, ctx, r):
    plain, html_tpl, font = compose(m, ctx, r)
    pack = choose_pack(m, r, plain, html_tpl)
    bstyle = ctx.get("bstyle", r.randint(0, 3))
    charset = "utf-8"
    if pack in ("plain-legacy", "alt-legacy"):
        cs = legacy_charset(r, plain)
        if cs:
            charset = cs
        else:
            pack = "plain-qp" if pack == "plain-legacy" else "alt"
    ctx["charset"] = charset
    if pack in ("plain", "plain-qp", "plain-b64", "plain-legacy"):
        cte = {"plain": "8bit", "plain-qp": "quoted-printable", "plain-b64": "base64",
               "plain-legacy": r.choice(["8bit", "quoted-printable"])}[pack]
        if pack == "plain" and r.random() < 0.2 and not plain.isascii():
            cte = "quoted-printable"
        return pack, text_entity(plain, "plain", charset, cte)
    if pack in ("html", "html-ascii"):
        if pack == "html-ascii":
            h = entityize(fill_html(html_tpl, "us-ascii", font))
            return pack, text_entity(h, "html", "us-ascii", "7bit")
        h = fill_html(html_tpl, "utf-8", font)
        return pack, text_entity(h, "html", "utf-8", r.choice(["quoted-printable", "8bit"]))
    cte_p = r.choice(["quoted-printable", "8bit", "quoted-printable", "base64"])
    cte_h = r.choice(["quoted-printable", "quoted-printable", "base64"])
    h = fill_html(html_tpl, charset, font)
    if pack in ("alt", "alt-legacy"):
        alt = multipart_entity("alternative", [text_entity(plain, "plain", charset, cte_p),
                                               text_entity(h, "html", charset, cte_h)], boundary(r, bstyle))
        return pack, alt
    if pack == "mixed" or pack == "mixed-alt":
        if pack == "mixed-alt" or r.random() < 0.4:
            first = multipart_entity("alternative", [text_entity(plain, "plain", charset, cte_p),
                                                     text_entity(h, "html", charset, cte_h)],
                                     boundary(r, bstyle) + "_alt")
        else:
            first = text_entity(plain, "plain", charset, cte_p)
        return pack, multipart_entity("mixed", [first, attachment(m, r)], boundary(r, bstyle))
    raise ValueError(pack)


def render_simple(m, idx):
    """Customer mail, and automated mail that is an ordinary message."""
    r = random.Random("%s:%d" % (SEED, idx))
    lang = m["lang"]
    name, addr = email.utils.parseaddr(m["frm"])
    dom = addr.split("@", 1)[1]
    date = pick_date(r, lang)
    ctx = {"date": date, "lang": lang}
    client = r.choice(CLIENTS) if m["kind"] == "customer" else []
    ua = " ".join(v for k, v in client)
    if "Apple" in ua or "iPhone" in ua:
        ctx["bstyle"] = 1
    elif "Outlook" in ua:
        ctx["bstyle"] = 0
    elif "Thunderbird" in ua:
        ctx["bstyle"] = 3
    elif not client:
        ctx["bstyle"] = 2
    pack, entity = build_body(m, ctx, r)
    charset = ctx["charset"] if ctx["charset"] != "utf-8" else "utf-8"
    force_name = m["kind"] == "customer" and r.random() < 0.05 and name
    hdrs = []
    if m["kind"] == "customer" or m.get("received", True):
        hdrs.append("Return-Path: <%s>" % (m.get("return_path", addr)))
        hdrs.append("Received: from mail.%s (mail.%s [%s])%s\tby mx1.example.test (Postfix) with ESMTPS id %s%s"
                    "\tfor <%s>; %s" % (dom, dom, r.choice(["198.51.100.", "203.0.113.", "192.0.2."]) + str(r.randint(2, 250)),
                                        CRLF, hexid(r, 10).upper(), CRLF, DESK, rfc_date(date + datetime.timedelta(seconds=r.randint(2, 40)))))
    mid_dom = m.get("msgid_domain") or dom
    msgid = "<%s@%s>" % (r.choice([hexid(r, 32), "%s.%s" % (hexid(r, 12), hexid(r, 8)),
                                   "%s-%s-%s" % (hexid(r, 8).upper(), hexid(r, 4).upper(), hexid(r, 12).upper())]), mid_dom)
    hdrs.append("Date: " + rfc_date(date))
    hdrs.append("From: " + addr_text(name, addr, r, charset, force=bool(force_name)))
    to = m.get("to") or r.choice(DESK_TO[lang])
    hdrs.append(render_addr_header("To", to, r, charset))
    if m.get("cc"):
        parts = [email.utils.parseaddr(x.strip()) for x in m["cc"].split(";")]
        hdrs.append("Cc: " + ("," + CRLF + " ").join(addr_text(n, a, r, charset) for n, a in parts))
    hdrs.append(header_text("Subject", m["subj"], r, charset))
    hdrs.append("Message-ID: " + msgid)
    if m["kind"] == "customer" and REPLY_RE.match(m["subj"]) and r.random() < 0.7:
        ref = "<%s.%s@escalated.example.test>" % (hexid(r, 16), r.randint(1000, 99999))
        hdrs.append("In-Reply-To: " + ref)
        hdrs.append("References: " + ref)
    for k, v in client:
        v = v.replace("{lang}", {"en": "en-GB", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}[lang])
        v = v.replace("{threadidx}", base64.b64encode(bytes(r.randint(0, 255) for _ in range(22))).decode())
        hdrs.append("%s: %s" % (k, v))
    for k, v in m.get("headers", []):
        hdrs.append(fold_ascii(k, fill(v, {"date": rfc_date(date)})) if v.isascii() else header_text(k, v, r))
    hdrs.append("MIME-Version: 1.0")
    eh, body = entity
    return (CRLF.join(hdrs + eh) + CRLF + CRLF).encode("ascii") + body, pack


# --------------------------------------------------------------------------
# automated report-style messages

def orig_message(m, r, date):
    """The desk's own outgoing message that a bounce/ARF report carries."""
    body = m.get("orig_body") or "Hello,\n\nthank you for your message.\n\nSupport\n"
    subj = m.get("orig_subj", "Re: your request")
    to = m.get("orig_to", "customer@mail.example")
    frm = m.get("orig_from", "Support <support@example.test>")
    mid = "<%s.%d@escalated.example.test>" % (hexid(r, 16), r.randint(1000, 99999))
    n, a = email.utils.parseaddr(frm)
    hdrs = ["Return-Path: <%s>" % a,
            "Received: from app2.example.test (app2.example.test [192.0.2.10])\r\n\tby smtp-out.example.test (Postfix) with ESMTPSA id %s\r\n\tfor <%s>; %s"
            % (hexid(r, 10).upper(), to, rfc_date(date)),
            "Date: " + rfc_date(date),
            "From: " + addr_text(n, a, r),
            "To: " + to,
            header_text("Subject", subj, r),
            "Message-ID: " + mid,
            "MIME-Version: 1.0"]
    cs = "utf-8"
    cte = "7bit" if body.isascii() else "quoted-printable"
    eh, b = text_entity(body, "plain", cs, cte)
    return (CRLF.join(hdrs + eh) + CRLF + CRLF).encode("ascii") + b, mid, hdrs


def render_report(m, idx):
    r = random.Random("%s:%d" % (SEED, idx))
    date = pick_date(r, m["lang"])
    odate = date - datetime.timedelta(minutes=r.randint(1, 300))
    shape = m["shape"]
    host = m.get("host", "mx.mail.example")
    qid = hexid(r, 10).upper()
    orig_bytes, orig_mid, orig_hdrs = orig_message(m, r, odate)
    ctx = {"date": rfc_date(date), "orig_date": rfc_date(odate), "qid": qid, "host": host,
           "orig_msgid": orig_mid, "rcpt": m.get("orig_to", "customer@mail.example"),
           "ip": m.get("ip", "203.0.113.%d" % r.randint(2, 250)), "ip2": "198.51.100.%d" % r.randint(2, 250),
           "exim_id": "%s-%s-%s" % (alnum(r, 6), alnum(r, 6), alnum(r, 2)),
           "will_retry": rfc_date(odate + datetime.timedelta(days=5)),
           "orig_date_short": odate.strftime("%d.%m.%Y %H:%M")}
    frm_n, frm_a = email.utils.parseaddr(m["frm"])
    mid = "<%s@%s>" % (m.get("mid_fmt", "%s.%s") % (date.strftime("%Y%m%d%H%M%S"), qid), host)
    hdrs = ["Return-Path: <>" if m["auto"] == "bounce" else "Return-Path: <%s>" % frm_a,
            "Received: from %s (%s [%s])\r\n\tby mx1.example.test (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
            % (host, host, ctx["ip"], hexid(r, 10).upper(), DESK, rfc_date(date + datetime.timedelta(seconds=3))),
            "Date: " + rfc_date(date),
            "From: " + addr_text(frm_n, frm_a, r),
            "To: " + m.get("to", DESK),
            header_text("Subject", fill(m["subj"], ctx), r),
            "Message-ID: " + mid]
    for k, v in m.get("headers", []):
        hdrs.append(fold_ascii(k, fill(v, ctx)))
    hdrs.append("MIME-Version: 1.0")
    notice = fill(m["notice"], ctx)
    ncs = m.get("notice_charset", "us-ascii")
    ncte = m.get("notice_cte", "7bit")
    b = boundary(r, 0 if shape != "mdn" else 3)
    if shape == "plainbounce":
        text = notice
        if m.get("include_orig", True):
            text = notice + orig_bytes.decode("utf-8").replace("\r\n", "\n")
        eh, body = text_entity(text, "plain", ncs, ncte)
        return (CRLF.join(hdrs + eh) + CRLF + CRLF).encode("ascii") + body
    npart = text_entity(notice, "plain", ncs, ncte, extra=m.get("notice_extra", ()))
    if m.get("notice_html"):
        npart = multipart_entity("alternative", [npart, text_entity(fill(m["notice_html"], ctx), "html", ncs, ncte)],
                                 b + "_alt", params=" differences=Content-Type;")
    parts = [npart]
    if shape == "dsn":
        parts.append(raw_entity("message/delivery-status", fill(m["status"], ctx), cte=None))
        rtype = "delivery-status"
    elif shape == "mdn":
        parts.append(raw_entity("message/disposition-notification", fill(m["report"], ctx), cte="7bit"))
        rtype = "disposition-notification"
    elif shape == "arf":
        parts.append(raw_entity("message/feedback-report", fill(m["report"], ctx), cte="7bit"))
        rtype = "feedback-report"
    else:
        raise ValueError(shape)
    which = m.get("attach_orig", "full")
    if which == "full":
        parts.append((["Content-Type: message/rfc822", "Content-Description: Undelivered Message"]
                      if shape == "dsn" else ["Content-Type: message/rfc822", "Content-Disposition: inline"],
                      orig_bytes))
    elif which == "headers":
        hb = "".join(h + CRLF for h in orig_hdrs)
        parts.append((["Content-Type: text/rfc822-headers"], hb.encode("ascii")))
    ent = multipart_entity("report", parts, b, params=" report-type=%s;" % rtype,
                           preamble=m.get("preamble"))
    eh, body = ent
    return (CRLF.join(hdrs + eh) + CRLF + CRLF).encode("ascii") + body


def render(m, idx):
    if m["kind"] == "customer" or m.get("shape") == "simple":
        return render_simple(m, idx)
    return render_report(m, idx), m["shape"]


# --------------------------------------------------------------------------

def plan():
    msgs = all_messages()
    order = list(range(len(msgs)))
    random.Random(SEED + ":order").shuffle(order)
    files = []
    for n, i in enumerate(order, 1):
        files.append(("%s%04d.eml" % (PREFIX, n), i, msgs[i]))
    return files


def label_row(fname, m):
    trig = m["trig"]
    if trig != "-":
        trig = ",".join(sorted(set(t.strip() for t in trig.split(","))))
    return "\t".join([fname, trig, m.get("auto", "-"), m["lang"], m.get("trap", "-"), m.get("note", "-")])


def build_all():
    out = {}
    rows = ["file\ttriggers\tautomated\tlang\ttrap\tnote"]
    packs = {}
    for fname, i, m in plan():
        data, pack = render(m, i)
        out[fname] = data
        packs[fname] = pack
        rows.append(label_row(fname, m))
    out["labels.tsv"] = ("\n".join(rows) + "\n").encode("utf-8")
    return out, packs


def write():
    out, packs = build_all()
    for f in os.listdir(HERE):
        if f.startswith(PREFIX) and f.endswith(".eml") and f not in out:
            os.remove(os.path.join(HERE, f))
    for name, data in out.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    print("wrote %d messages and labels.tsv" % (len(out) - 1))


# --------------------------------------------------------------------------
# --check

RESERVED_DOM = re.compile(r"(\.example|\.test)$", re.I)
DOC_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")


def check():
    problems = []
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[0] != "file\ttriggers\tautomated\tlang\ttrap\tnote":
        problems.append("labels.tsv: bad header")
    rows = [l.split("\t") for l in lines[1:] if l]
    labelled = [row[0] for row in rows]
    if sorted(labelled) != files or len(set(labelled)) != len(labelled):
        problems.append("labels.tsv and .eml files do not match one-to-one")
    counts = {t: 0 for t in TRIGGERS}
    for row in rows:
        if len(row) != 6:
            problems.append("%s: %d columns" % (row[0], len(row)))
            continue
        f, trig, auto, lang, trap, note = row
        if lang not in LANGS:
            problems.append("%s: bad lang %r" % (f, lang))
        if auto != "-" and auto not in AUTO_KINDS:
            problems.append("%s: bad automated %r" % (f, auto))
        if not trap or not note:
            problems.append("%s: empty trap/note" % f)
        if trig != "-":
            ts = trig.split(",")
            if ts != sorted(set(ts)):
                problems.append("%s: triggers not sorted/unique" % f)
            for t in ts:
                if t not in TRIGGERS:
                    problems.append("%s: unknown trigger %r" % (f, t))
                else:
                    counts[t] += 1
            if auto != "-":
                problems.append("%s: automated mail with triggers" % f)
    for t, c in counts.items():
        if c < MIN_POSITIVES:
            problems.append("trigger %s has only %d positives" % (t, c))
    expected, _ = build_all()
    for f in files:
        path = os.path.join(HERE, f)
        with open(path, "rb") as fh:
            data = fh.read()
        if expected.get(f) != data:
            problems.append("%s: differs from what make_corpus.py generates" % f)
        if b"\r" in data.replace(b"\r\n", b"") or b"\n" in data.replace(b"\r\n", b""):
            problems.append("%s: bare CR or LF" % f)
        for line in data.split(b"\r\n"):
            if len(line) > 998:
                problems.append("%s: line longer than 998 octets" % f)
                break
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                problems.append("%s: missing %s" % (f, h))
        for part in msg.walk():
            if part.defects:
                problems.append("%s: defects %r" % (f, part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    problems.append("%s: header %s defects %r" % (f, k, v.defects))
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                payload = part.get_payload(decode=True) or b""
                try:
                    payload.decode(cs, errors="strict")
                except (UnicodeDecodeError, LookupError) as e:
                    problems.append("%s: text part does not decode as %s: %s" % (f, cs, e))
        chunks = []
        for part in msg.walk():
            chunks.extend(str(v) for v in part.values())
            if part.get_content_maintype() == "text":
                chunks.append((part.get_payload(decode=True) or b"").decode(
                    part.get_content_charset() or "us-ascii", "replace"))
        text = "\n".join(chunks)
        for dom in re.findall(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+[A-Za-z])", text):
            if not RESERVED_DOM.search(dom):
                problems.append("%s: non-reserved mail domain %s" % (f, dom))
        for ip in re.findall(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])", text):
            if not ip.startswith(DOC_NETS):
                problems.append("%s: non-documentation IP %s" % (f, ip))
    if problems:
        for p in problems[:200]:
            print("FAIL:", p)
        print("%d problem(s)" % len(problems))
        return 1
    print("OK: %d messages; positives per trigger: %s" % (len(files), ", ".join("%s=%d" % kv for kv in counts.items())))
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
