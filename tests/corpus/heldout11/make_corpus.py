#!/usr/bin/env python3
"""Build (and check) the heldout11 blind hand-labelled support-mail corpus.

    python3 make_corpus.py           # writes h11-NNNN.eml, labels.tsv, README.md
    python3 make_corpus.py --check   # validates the written files

Standard library only.  Every message text is a hand-written literal in the msgs_*.py
modules next to this file.  A fixed seed picks only packaging (MIME structure, charset,
transfer encoding, RFC 2047 style), dates, Message-IDs, mail-client headers and the
shuffled order of the neutral file names, so every run writes byte-identical files.
"""

import base64
import binascii
import collections
import datetime
import html
import html.entities
import ipaddress
import os
import random
import re
import struct
import sys
import zlib
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep the corpus directory clean

import msgs_auto  # noqa: E402
import msgs_de  # noqa: E402
import msgs_en_neg  # noqa: E402
import msgs_en_pos  # noqa: E402
import msgs_en_pos2  # noqa: E402
import msgs_es  # noqa: E402
import msgs_fr  # noqa: E402

SEED = 1111
PREFIX = "h11-"
DESK = "support@example.test"

TRIGGERS = [
    "legal_threat", "regulatory", "manager_request", "corporate_contact_request",
    "executive_contact", "security_incident", "data_loss", "outage", "billing_dispute",
    "cancellation_threat", "media_threat", "discrimination_harassment", "safety",
    "broken_promise", "repeat_contact", "high_value_order", "severe_dissatisfaction",
    "feature_request", "technical_issue",
]
AUTO_KINDS = ["auto_reply", "bounce", "list", "receipt", "self"]
LANGS = ["en", "de", "fr", "es"]
HEADER = "file\ttriggers\tautomated\tlang\ttrap\tnote"


def all_specs():
    specs = []
    for mod in (msgs_en_pos, msgs_en_pos2, msgs_en_neg, msgs_de, msgs_fr, msgs_es,
                msgs_auto):
        specs.extend(mod.MESSAGES)
    return specs


# ---------------------------------------------------------------------------
# small helpers

def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def norm_body(body):
    body = body.lstrip("\n")
    if not body.endswith("\n"):
        body += "\n"
    return body


def enc_words(text, charset="utf-8", mode="B", first_room=60):
    """RFC 2047 encode text into one or more encoded words (never splitting a char)."""
    words = []
    cur = ""

    def encoded(chunk):
        raw = chunk.encode(charset)
        if mode == "B":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode("ascii"))
        out = []
        for b in raw:
            c = chr(b)
            if c == " ":
                out.append("_")
            elif c.isalnum() and b < 128:
                out.append(c)
            elif c in "!*+-/" and b < 128:
                out.append(c)
            else:
                out.append("=%02X" % b)
        return "=?%s?Q?%s?=" % (charset, "".join(out))

    limit = first_room
    for ch in text:
        if len(encoded(cur + ch)) > limit and cur:
            words.append(encoded(cur))
            cur = ch
            limit = 74
        else:
            cur += ch
    if cur:
        words.append(encoded(cur))
    return "\r\n ".join(words)


def fold(name, value):
    """Fold an ASCII header at spaces to keep lines under 78 chars."""
    line = name + ": "
    out = []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if len(line) + len(piece) > 76 and line.strip() != name + ":" and i > 0:
            out.append(line)
            line = " " + word
        else:
            line += piece
    out.append(line)
    return "\r\n".join(out)


SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(name, addr, rng, force_enc=False):
    if not name:
        return addr if rng.random() < 0.5 else "<%s>" % addr
    if any(ord(c) > 127 for c in name) or force_enc:
        mode = "Q" if rng.random() < 0.5 else "B"
        cs = "utf-8" if rng.random() < 0.6 else "UTF-8"
        return "%s <%s>" % (enc_words(name, cs, mode, first_room=60), addr)
    if any(c in SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), addr)
    return "%s <%s>" % (name, addr)


def parse_from(frm):
    m = re.match(r"^(.*?)\s*<([^>]+)>$", frm.strip())
    if m:
        return m.group(1).strip().strip('"'), m.group(2)
    return "", frm.strip()


def wrap_plain(text, width=76):
    """Wrap over-long lines of a 7bit/8bit plain part, keeping '>' quote prefixes."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line == "-- ":
            out.append(line)
            continue
        prefix = re.match(r"^((?:> ?)*)", line).group(1)
        rest = line[len(prefix):]
        if prefix and not prefix.endswith(" "):
            prefix += " "
        cur = ""
        for w in rest.split(" "):
            if cur and len(prefix) + len(cur) + 1 + len(w) > width:
                out.append(prefix + cur)
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(prefix + cur)
    return "\n".join(out)


def ascii_entities(s):
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        elif ord(ch) in html.entities.codepoint2name:
            out.append("&%s;" % html.entities.codepoint2name[ord(ch)])
        else:
            out.append("&#%d;" % ord(ch))
    return "".join(out)


def to_html(body, style, charset):
    """Render a plain-text literal as HTML; '>' quote lines become <blockquote type="cite">."""
    lines = body.rstrip("\n").split("\n")
    out = []
    depth = 0
    if style == "outlook":
        out.append('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>')
        out.append('<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset)
        out.append('<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; '
                   'font-family:"Calibri",sans-serif;} --></style></head>')
        out.append('<body lang="EN-GB"><div class="WordSection1">')
    elif style == "gmail":
        out.append('<div dir="ltr">')
    else:
        out.append("<html><head>")
        out.append('<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset)
        out.append("</head><body>")
    for line in lines:
        m = re.match(r"^((?:> ?)*)(.*)$", line)
        d = m.group(1).count(">")
        text = m.group(2)
        while depth < d:
            out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;'
                       'border-left:1px solid #ccc;padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        esc = html.escape(text, quote=False)
        if style == "outlook":
            out.append('<p class="MsoNormal">%s</p>' % (esc if esc.strip() else "&nbsp;"))
        else:
            out.append("<div>%s</div>" % (esc if esc.strip() else "<br>"))
    while depth > 0:
        out.append("</blockquote>")
        depth -= 1
    if style == "outlook":
        out.append("</div></body></html>")
    elif style == "gmail":
        out.append("</div>")
    else:
        out.append("</body></html>")
    return "\n".join(out) + "\n"


def wrap_html(src, width=76):
    out = []
    for line in src.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 20, width)
            if cut < 0:
                cut = line.find(" ", width)
                if cut < 0:
                    break
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def encode_part_body(text, charset, cte):
    """Return the encoded body (CRLF) for a text part."""
    data_lf = text.encode(charset)
    if cte in ("7bit", "8bit"):
        return crlf(data_lf.decode(charset if cte == "8bit" else "ascii")).encode(charset)
    if cte == "quoted-printable":
        qp = binascii.b2a_qp(data_lf, quotetabs=False, istext=True, header=False)
        return qp.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if cte == "base64":
        data = text.replace("\n", "\r\n").encode(charset)
        return base64.encodebytes(data).replace(b"\n", b"\r\n")
    raise ValueError(cte)


def b64_lines(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


# ---------------------------------------------------------------------------
# attachments (tiny, deterministic)

def make_png(w=8, h=8, color=(200, 60, 40)):
    raw = b"".join(b"\x00" + bytes(color) * w for _ in range(h))

    def chunk(tag, data):
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP////////////////////////////////////////////"
    "//////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAA"
    "AAAAAAAAAP/aAAgBAQABPxA=")

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
       b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")


def attachment_bytes(name):
    low = name.lower()
    if low.endswith(".pdf"):
        return "application/pdf", PDF
    if low.endswith((".jpg", ".jpeg")):
        return "image/jpeg", JPEG
    if low.endswith(".png"):
        return "image/png", make_png()
    raise ValueError(name)


# ---------------------------------------------------------------------------
# mail clients

CLIENTS = [
    ("outlook", "X-Mailer", "Microsoft Outlook 16.0"),
    ("outlook", "X-Mailer", "Microsoft Outlook 15.0"),
    ("thunderbird", "User-Agent",
     "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
    ("thunderbird", "User-Agent",
     "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0"),
    ("apple", "X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
    ("apple", "X-Mailer", "iPhone Mail (22B91)"),
    ("webmail", "User-Agent", "Roundcube Webmail/1.6.9"),
    ("webmail", "X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62"),
    ("webmail", "X-Mailer",
     "Zimbra 10.0.8_GA_4621 (ZimbraWebClient - FF131 (Linux)/10.0.8_GA_4621)"),
    ("gmail", None, None),
    ("gmail", None, None),
    ("android", "User-Agent", "K-9 Mail for Android"),
    ("evolution", "User-Agent", "Evolution 3.52.4-1"),
]

TZ = {
    "en": [0, 0, 60, -300, -480, 600, 60],
    "de": [60, 120],
    "fr": [60, 120, 60],
    "es": [60, 120, -180, -360],
}


def rand_hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def rand_alnum(rng, n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                   for _ in range(n))


def make_boundary(kind, rng):
    if kind == "outlook":
        return "----=_NextPart_000_%s_%s.%s" % (rand_hex(rng, 4).upper(), rand_hex(rng, 8).upper(),
                                                 rand_hex(rng, 8).upper())
    if kind == "thunderbird":
        return "------------" + rand_alnum(rng, 24)
    if kind == "apple":
        return "Apple-Mail=_%s-%s-%s-%s-%s" % (rand_hex(rng, 8).upper(), rand_hex(rng, 4).upper(),
                                               rand_hex(rng, 4).upper(), rand_hex(rng, 4).upper(),
                                               rand_hex(rng, 12).upper())
    if kind == "gmail":
        return "000000000000" + rand_hex(rng, 16)
    return "=_" + rand_hex(rng, 32)


def make_msgid(kind, rng, domain, dt):
    if kind == "outlook":
        return "<%s$%s$%s@%s>" % (rand_hex(rng, 12), rand_hex(rng, 8), rand_hex(rng, 8), domain)
    if kind in ("apple", "thunderbird"):
        return "<%s-%s-%s-%s-%s@%s>" % (rand_hex(rng, 8).upper(), rand_hex(rng, 4).upper(),
                                        rand_hex(rng, 4).upper(), rand_hex(rng, 4).upper(),
                                        rand_hex(rng, 12).upper(), domain)
    if kind == "gmail":
        return "<CA%s@mail.%s>" % (rand_alnum(rng, 36), domain)
    return "<%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), rand_hex(rng, 10), domain)


def rand_date(rng, lang):
    start = datetime.datetime(2025, 3, 1, 6, 0, 0)
    secs = rng.randrange(0, 244 * 86400)
    off = rng.choice(TZ[lang])
    tz = datetime.timezone(datetime.timedelta(minutes=off))
    return (start + datetime.timedelta(seconds=secs)).replace(tzinfo=tz)


def fmt_date(dt):
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + dt.strftime("%z")


def rand_doc_ip(rng):
    net = rng.choice(["192.0.2", "198.51.100", "203.0.113"])
    return "%s.%d" % (net, rng.randrange(2, 254))


REPLY_RE = re.compile(r"^(re|aw|antw|rv|réf|ref|r)\s?:", re.I)


# ---------------------------------------------------------------------------
# building one message

def encodable(text, charset):
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def choose_pack(spec, rng, text):
    if spec["pack"]:
        return spec["pack"]
    is_ascii = all(ord(c) < 128 for c in text)
    opts = [("plain8", 20), ("qp", 15), ("b64", 6), ("alt", 24), ("html", 4), ("html_ascii", 4)]
    if is_ascii:
        opts.append(("plain7", 10))
    for cs, w in (("latin1", 5), ("latin9", 3), ("cp1252", 5)):
        if encodable(text, {"latin1": "iso-8859-1", "latin9": "iso-8859-15",
                            "cp1252": "windows-1252"}[cs]):
            opts.append((cs, w))
    total = sum(w for _, w in opts)
    r = rng.uniform(0, total)
    for name, w in opts:
        r -= w
        if r <= 0:
            return name
    return opts[-1][0]


def text_part(text, pack, rng):
    """Return (headers list, body bytes) for the main text entity."""
    if pack in ("latin1", "latin9", "cp1252"):
        cs = {"latin1": "iso-8859-1", "latin9": "iso-8859-15", "cp1252": "windows-1252"}[pack]
        cte = "quoted-printable" if rng.random() < 0.4 else "8bit"
        t = text if cte == "quoted-printable" else wrap_plain(text)
        return ([("Content-Type", 'text/plain; charset="%s"' % cs),
                 ("Content-Transfer-Encoding", cte)], encode_part_body(t, cs, cte))
    cs = rng.choice(["utf-8", "UTF-8", "utf-8"])
    if pack == "plain7":
        cs = rng.choice(["us-ascii", "utf-8"])
        return ([("Content-Type", "text/plain; charset=%s" % cs),
                 ("Content-Transfer-Encoding", "7bit")],
                encode_part_body(wrap_plain(text), "ascii", "7bit"))
    if pack == "plain8":
        return ([("Content-Type", 'text/plain; charset="%s"' % cs),
                 ("Content-Transfer-Encoding", "8bit")],
                encode_part_body(wrap_plain(text), "utf-8", "8bit"))
    if pack == "qp":
        return ([("Content-Type", "text/plain; charset=%s" % cs),
                 ("Content-Transfer-Encoding", "quoted-printable")],
                encode_part_body(text, "utf-8", "quoted-printable"))
    if pack == "b64":
        return ([("Content-Type", "text/plain; charset=%s" % cs),
                 ("Content-Transfer-Encoding", "base64")],
                encode_part_body(text, "utf-8", "base64"))
    raise ValueError(pack)


def render_headers(hdrs):
    return "".join("%s: %s\r\n" % (k, v) if "\r\n" in v or len(k) + len(v) < 76
                   or not all(ord(c) < 128 for c in v) or "=?" in v
                   else fold(k, v) + "\r\n" for k, v in hdrs).encode("ascii")


def entity(headers, body):
    return render_headers(headers) + b"\r\n" + body


def multipart(subtype, boundary, parts, preamble=None, params=""):
    out = []
    if preamble:
        out.append(crlf(preamble).encode("ascii"))
    for p in parts:
        out.append(b"--" + boundary.encode("ascii") + b"\r\n" + p)
        if not p.endswith(b"\r\n"):
            out.append(b"\r\n")
    out.append(b"--" + boundary.encode("ascii") + b"--\r\n")
    body = b"".join(out)
    ct = 'multipart/%s;%s\r\n\tboundary="%s"' % (subtype, params, boundary)
    return ct, body


def build(spec, name):
    rng = random.Random("%d|%s|%s|%s|%s" % (SEED, spec["frm"], spec["subj"],
                                            (spec["body"] or "")[:40], (spec["raw"] or "")[:300]))
    if spec["raw"] is not None:
        return build_raw(spec["raw"], rng)
    lang = spec["lang"]
    body = norm_body(spec["body"])
    fname, faddr = parse_from(spec["frm"])
    domain = faddr.split("@", 1)[1]
    kind, hname, hval = rng.choice(CLIENTS)
    extra = dict((k.lower(), (k, v)) for k, v in spec["hdrs"])
    dt = rand_date(rng, lang)
    pack = choose_pack(spec, rng, body + spec["subj"])

    hdrs = []
    helo = "mail." + domain if not domain.startswith("mail.") else domain
    rdt = dt + datetime.timedelta(seconds=rng.randrange(2, 40))
    hdrs.append(("Received", "from %s (%s [%s])\r\n\tby mx1.example.test (Postfix) with ESMTPS id %s"
                 "\r\n\tfor <%s>; %s" % (helo, helo, rand_doc_ip(rng), rand_hex(rng, 10).upper(),
                                        DESK, fmt_date(rdt))))
    hdrs.append(("Date", fmt_date(dt)))
    force_name = rng.random() < 0.04
    hdrs.append(("From", fmt_addr(fname, faddr, rng, force_enc=force_name)))
    to = spec["to"] or rng.choice([DESK, DESK, "Support <%s>" % DESK, "<%s>" % DESK,
                                   '"Customer Support" <%s>' % DESK])
    hdrs.append(("To", to))
    subj = spec["subj"]
    if any(ord(c) > 127 for c in subj) or rng.random() < 0.05:
        mode = "Q" if rng.random() < 0.55 else "B"
        hdrs.append(("Subject", enc_words(subj, rng.choice(["utf-8", "UTF-8"]), mode, 66)))
    else:
        hdrs.append(("Subject", subj))
    msgid = extra.pop("message-id", (None, None))[1] or make_msgid(kind, rng, domain, dt)
    hdrs.append(("Message-ID", msgid))
    if REPLY_RE.match(subj) and "in-reply-to" not in extra:
        ref = "<%s.%s@escalated.example.test>" % (rand_hex(rng, 12), rand_hex(rng, 6))
        hdrs.append(("In-Reply-To", ref))
        hdrs.append(("References", ref))
    hdrs.append(("MIME-Version", "1.0"))
    if spec["noclient"]:
        kind = "webmail"
    elif hname:
        hdrs.append((hname, hval))
    if kind == "outlook":
        hdrs.append(("Thread-Index", base64.b64encode(bytes(rng.randrange(256)
                                                             for _ in range(22))).decode()))
        hdrs.append(("Content-Language", {"en": "en-gb", "de": "de-de", "fr": "fr-fr",
                                          "es": "es-es"}[lang]))
    for k, v in extra.values():
        hdrs.append((k, v))

    # main entity
    if pack in ("alt", "html", "html_ascii"):
        style = {"outlook": "outlook", "gmail": "gmail"}.get(kind, "plain")
        if pack == "html_ascii":
            src = wrap_html(ascii_entities(spec["html"] if spec["html"]
                                           else to_html(body, style, "us-ascii")))
            main_h = [("Content-Type", "text/html; charset=us-ascii"),
                      ("Content-Transfer-Encoding", "7bit")]
            main_b = encode_part_body(src, "ascii", "7bit")
        else:
            cs = rng.choice(["utf-8", "UTF-8"])
            src = spec["html"] if spec["html"] else to_html(body, style, cs)
            html_cte = rng.choice(["quoted-printable", "quoted-printable", "base64", "8bit"])
            if html_cte == "8bit":
                src = wrap_html(src)
            h_h = [("Content-Type", 'text/html; charset="%s"' % cs),
                   ("Content-Transfer-Encoding", html_cte)]
            h_b = encode_part_body(src, "utf-8", html_cte)
            if pack == "html":
                main_h, main_b = h_h, h_b
            else:
                p_cte = rng.choice(["quoted-printable", "8bit", "base64"])
                p_text = wrap_plain(body) if p_cte == "8bit" else body
                p_h = [("Content-Type", 'text/plain; charset="%s"' % cs),
                       ("Content-Transfer-Encoding", p_cte)]
                p_b = encode_part_body(p_text, "utf-8", p_cte)
                ct, mb = multipart("alternative", make_boundary(kind, rng),
                                   [entity(p_h, p_b), entity(h_h, h_b)])
                main_h, main_b = [("Content-Type", ct)], mb
    else:
        main_h, main_b = text_part(body, pack, rng)

    if spec["attach"]:
        ctype, data = attachment_bytes(spec["attach"])
        att_h = [("Content-Type", '%s; name="%s"' % (ctype, spec["attach"])),
                 ("Content-Disposition", 'attachment; filename="%s"' % spec["attach"]),
                 ("Content-Transfer-Encoding", "base64")]
        ct, mb = multipart("mixed", make_boundary(kind, rng) + "_m",
                           [entity(main_h, main_b), entity(att_h, b64_lines(data))],
                           preamble="This is a multi-part message in MIME format.\n\n"
                           if kind == "outlook" else None)
        top_h, top_b = [("Content-Type", ct)], mb
    else:
        top_h, top_b = main_h, main_b
    return render_headers(hdrs + top_h) + b"\r\n" + top_b


ENC_RE = re.compile(r"\{\{(.*?)\}\}")


def build_raw(raw, rng):
    raw = raw.lstrip("\n")

    def sub(m):
        mode = "Q" if rng.random() < 0.5 else "B"
        return enc_words(m.group(1), "utf-8", mode, 60)
    text = ENC_RE.sub(sub, raw)
    if not text.endswith("\n"):
        text += "\n"
    return crlf(text).encode("utf-8")


# ---------------------------------------------------------------------------
# labels, README

def sorted_triggers(trig):
    if trig == "-":
        return "-"
    ids = [t.strip() for t in trig.split(",") if t.strip()]
    return ",".join(sorted(set(ids)))


def ordered_specs():
    specs = all_specs()
    order = list(range(len(specs)))
    random.Random(SEED).shuffle(order)
    named = []
    for n, idx in enumerate(order, 1):
        named.append(("%s%04d.eml" % (PREFIX, n), specs[idx]))
    return named


def category(spec):
    if spec["auto"] != "-":
        return "automated"
    return "positive" if spec["trig"] != "-" else "negative"


def write_all():
    named = ordered_specs()
    for f in os.listdir(HERE):
        if f.startswith(PREFIX) and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    rows = [HEADER]
    for fname, spec in named:
        data = build(spec, fname)
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(data)
        rows.append("\t".join([fname, sorted_triggers(spec["trig"]), spec["auto"], spec["lang"],
                               spec["trap"] or "-", spec["note"] or "-"]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(named))
    print("wrote %d messages" % len(named))


def packaging_stats(named):
    stats = collections.Counter()
    for fname, spec in named:
        with open(os.path.join(HERE, fname), "rb") as fh:
            data = fh.read()
        msg = BytesParser(policy=policy.default).parsebytes(data)
        ct = msg.get_content_type()
        if ct == "multipart/alternative":
            stats["multipart/alternative (text + HTML)"] += 1
        elif ct == "multipart/mixed":
            stats["multipart/mixed with attachment"] += 1
        elif ct == "multipart/report":
            stats["multipart/report"] += 1
        elif ct == "text/html":
            cs = (msg.get_content_charset() or "").lower()
            stats["text/html only (%s)" % ("us-ascii + entities" if cs == "us-ascii" else cs)] += 1
        elif ct == "text/plain":
            cs = (msg.get_content_charset() or "us-ascii").lower()
            cte = (msg.get("Content-Transfer-Encoding") or "7bit").lower()
            if cs in ("iso-8859-1", "iso-8859-15", "windows-1252"):
                stats["text/plain legacy charset (%s)" % cs] += 1
            else:
                stats["text/plain %s %s" % (cs, cte)] += 1
        else:
            stats[ct] += 1
        if any("=?" in v for k, v in msg.raw_items() if k.lower() in ("subject", "from")):
            stats["_rfc2047"] += 1
    return stats


def readme(named):
    cats = collections.Counter()
    autos = collections.Counter()
    trig = collections.Counter()
    traps = collections.Counter()
    for fname, spec in named:
        cats[(category(spec), spec["lang"])] += 1
        if spec["auto"] != "-":
            autos[(spec["auto"], spec["lang"])] += 1
        for t in sorted_triggers(spec["trig"]).split(","):
            if t != "-":
                trig[t] += 1
        if spec["trap"] and spec["trap"] != "-":
            traps[(category(spec), spec["trap"])] += 1
    L = []
    L.append("# heldout11 — blind hand-labelled support-mail test corpus\n")
    L.append("%d RFC 5322 messages (`h11-0001.eml` … `h11-%04d.eml`) addressed to the support desk "
             "`support@example.test`, each hand-written and hand-labelled with the trigger ids of "
             "`docs/triggers.md`.\n" % (len(named), len(named)))
    L.append("## How it was made\n")
    L.append("- Read: `docs/triggers.md` (the labelling standard, read in full twice), the five "
             "escalation procedures in `shared/seeds/`, and the real bounces, DSNs, MDNs, "
             "auto-replies and ARF reports in `shared/corpus/realmail/` — the latter only to copy "
             "header and report structure.")
    L.append("- Not read: the classifier, its source, rules, tests, scripts, git history, or any other "
             "corpus. The `escalated` binary and cargo were not run. The corpus is therefore "
             "independent of the implementation; labels follow `docs/triggers.md` only.")
    L.append("- Every message text (subject and body, including quoted earlier mail, forwarded parts, "
             "signatures, disclaimers and the automated messages) is a hand-written literal in "
             "`msgs_en_pos.py`, `msgs_en_pos2.py`, `msgs_en_neg.py`, `msgs_de.py`, `msgs_fr.py`, "
             "`msgs_es.py` and `msgs_auto.py` (`spec.py` only bundles each literal with its hand-assigned labels). There are no slot templates and no generated "
             "paraphrases. Most positives paraphrase instead of using the textbook wording.")
    L.append("- `make_corpus.py` (standard library only) packages the literals. A fixed seed "
             "(%d) chooses only the MIME packaging, charset and transfer encoding, RFC 2047 "
             "style, dates, Message-IDs, Received/mail-client headers and the shuffled order of "
             "the neutral file names, so every run writes byte-identical files. Bounces, MDNs and "
             "the ARF report are written as complete hand-made raw messages.\n" % SEED)
    L.append("## Regenerate and check\n")
    L.append("```\npython3 make_corpus.py          # writes h11-*.eml, labels.tsv, README.md\n"
             "python3 make_corpus.py --check  # validates everything below\n```\n")
    L.append("`--check` verifies: every file parses with `email.policy.default` with no defects in "
             "any part or header; CRLF line endings only and no line over 998 octets; "
             "From/To/Subject/Date/Message-ID/MIME-Version present; every text part decodes "
             "strictly in its declared charset (7bit parts are pure ASCII); only `.example`/`.test` "
             "domains and documentation IP ranges appear; labels.tsv and the files match one to "
             "one; trigger ids are valid, sorted and unique; automated mail has no triggers; every "
             "trigger has at least 10 positives; the files on disk are identical to a fresh build.\n")
    L.append("## labels.tsv\n")
    L.append("Tab separated, header `file\\ttriggers\\tautomated\\tlang\\ttrap\\tnote`.\n")
    L.append("- `file` — the message file name.")
    L.append("- `triggers` — comma-separated, sorted, unique trigger ids from `docs/triggers.md`, "
             "or `-`. Only the customer's own new words and the subject count; quoted replies, "
             "forwarded parts, signatures and disclaimers never do.")
    L.append("- `automated` — `-` for customer mail, else `auto_reply`, `bounce`, `list`, "
             "`receipt` or `self`. Automated mail never carries triggers.")
    L.append("- `lang` — en, de, fr or es.")
    L.append("- `trap` — the decoy the message contains (positives can carry one too), or `-`.")
    L.append("- `note` — a short reason for a borderline label, or `-`.\n")
    L.append("## Counts\n")
    L.append("| category | en | de | fr | es | total |")
    L.append("|---|---|---|---|---|---|")
    for c in ("positive", "negative", "automated"):
        row = [cats[(c, l)] for l in LANGS]
        label = {"positive": "customer, ≥1 trigger", "negative": "customer, hard negative",
                 "automated": "automated"}[c]
        L.append("| %s | %s | %d |" % (label, " | ".join(str(x) for x in row), sum(row)))
    tot = [sum(cats[(c, l)] for c in ("positive", "negative", "automated")) for l in LANGS]
    L.append("| **total** | %s | %d |\n" % (" | ".join(str(x) for x in tot), sum(tot)))
    L.append("### Automated kinds\n")
    L.append("| kind | en | de | fr | es | total |")
    L.append("|---|---|---|---|---|---|")
    for k in AUTO_KINDS:
        row = [autos[(k, l)] for l in LANGS]
        L.append("| `%s` | %s | %d |" % (k, " | ".join(str(x) for x in row), sum(row)))
    L.append("")
    L.append("Auto-replies cover vacation/out-of-office notices in all four languages with and "
             "without RFC 3834 headers, other organisations' ticket acknowledgements, an "
             "unmonitored mailbox and person-has-left notices. Bounces cover Postfix, Exim, "
             "Exchange, a sendmail delay warning, qmail, a Gmail-style notice, German, French and "
             "Spanish DSNs and an ARF abuse report. Several automated messages quote "
             "trigger-bearing text on purpose (trap `quoted_trigger`).\n")
    L.append("## Positives per trigger\n")
    L.append("| trigger | messages |")
    L.append("|---|---|")
    for t in TRIGGERS:
        L.append("| `%s` | %d |" % (t, trig[t]))
    L.append("")
    L.append("## Hard-negative traps\n")
    L.append("Traps carried by hard negatives (customer mail with no trigger), then by positives "
             "and automated mail:\n")
    L.append("| where | trap | messages |")
    L.append("|---|---|---|")
    for (c, t), n in sorted(traps.items(), key=lambda x: ({"negative": 0, "positive": 1,
                                                            "automated": 2}[x[0][0]], x[0][1])):
        L.append("| %s | `%s` | %d |" % (c, t, n))
    L.append("")
    stats = packaging_stats(named) if all(os.path.exists(os.path.join(HERE, f))
                                          for f, _ in named) else {}
    if stats:
        L.append("## Packaging\n")
        L.append("| top-level structure | messages |")
        L.append("|---|---|")
        for k in sorted(k for k in stats if not k.startswith("_")):
            L.append("| %s | %d |" % (k, stats[k]))
        L.append("")
        L.append("%d messages carry an RFC 2047 encoded Subject and/or display name. All line "
                 "endings are CRLF.\n" % stats["_rfc2047"])
    L.append("## Industries\n")
    L.append("Cruise lines; riding stables and livery yards; flooring and tile retailers; fishing "
             "tackle and angling permits; home-brewing supplies; esports tournament platforms; "
             "astrology and meditation apps; sign makers and print-on-demand merchandise; window "
             "and glazing replacement; trampoline parks; watch repair and jewellers; scaffolding "
             "and crane hire; mattress retailers; kite-surfing and sailing schools; resale ticket "
             "platforms for sports events.\n")
    L.append("## Licence\n")
    L.append("MIT. Written for the escalated project. All content is fictitious: people, companies, "
             "orders and events are invented; only reserved names are used (`.example` and `.test` "
             "domains, documentation IP ranges 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24, "
             "555 telephone numbers).\n")
    return "\n".join(L)


# ---------------------------------------------------------------------------
# check

DOC_NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
HOST_RE = re.compile(rb"(?:@|https?://|www\.)([A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9])")
IP_RE = re.compile(rb"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])")


def check():
    errors = []

    def err(f, m):
        errors.append("%s: %s" % (f, m))

    named = ordered_specs()
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[0] != HEADER:
        err("labels.tsv", "bad header")
    rows = [l.split("\t") for l in lines[1:] if l]
    files = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX) and f.endswith(".eml"))
    if sorted(r[0] for r in rows) != files:
        err("labels.tsv", "files and labels do not match one to one")
    if len(set(r[0] for r in rows)) != len(rows):
        err("labels.tsv", "duplicate rows")
    counts = collections.Counter()
    expected = dict(named)
    for r in rows:
        if len(r) != 6:
            err(r[0], "row has %d columns" % len(r))
            continue
        f, trig, auto, lang, trap, note = r
        if trig != "-":
            ids = trig.split(",")
            if ids != sorted(set(ids)):
                err(f, "triggers not sorted/unique")
            for t in ids:
                if t not in TRIGGERS:
                    err(f, "unknown trigger %s" % t)
                counts[t] += 1
        if auto not in ["-"] + AUTO_KINDS:
            err(f, "bad automated kind")
        if auto != "-" and trig != "-":
            err(f, "automated mail with triggers")
        if lang not in LANGS:
            err(f, "bad lang")
        if not trap or not note:
            err(f, "empty trap/note")
    for t in TRIGGERS:
        if counts[t] < 10:
            err("labels.tsv", "trigger %s has only %d positives" % (t, counts[t]))

    for f in files:
        path = os.path.join(HERE, f)
        with open(path, "rb") as fh:
            data = fh.read()
        if f in expected and build(expected[f], f) != data:
            err(f, "differs from a fresh build")
        if data.count(b"\n") != data.count(b"\r\n") or data.count(b"\r") != data.count(b"\r\n"):
            err(f, "non-CRLF line ending")
        for ln in data.split(b"\r\n"):
            if len(ln) > 998:
                err(f, "line longer than 998 octets")
                break
        head = data.split(b"\r\n\r\n", 1)[0]
        if any(b > 127 for b in head):
            err(f, "8-bit byte in top-level header")
        msg = BytesParser(policy=policy.default).parsebytes(data)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                err(f, "missing %s" % h)
        if msg["To"] is not None and DESK not in str(msg["To"]):
            err(f, "not addressed to the desk")
        try:
            if msg["Date"] is not None and msg["Date"].datetime is None:
                err(f, "unparseable Date")
        except Exception as e:  # noqa: BLE001
            err(f, "Date: %s" % e)
        for part in msg.walk():
            if part.defects:
                err(f, "defects %r in %s" % (part.defects, part.get_content_type()))
            for k in part.keys():
                for v in part.get_all(k):
                    if getattr(v, "defects", None):
                        err(f, "header %s defects %r" % (k, v.defects))
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                payload = part.get_payload(decode=True) or b""
                try:
                    payload.decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    err(f, "text part does not decode as %s: %s" % (cs, e))
                cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
                if cte == "7bit" and any(b > 127 for b in payload):
                    err(f, "8-bit data in a 7bit part")
        scan = [head]
        for part in msg.walk():
            scan.extend(("%s: %s" % (k, v)).encode("utf-8", "surrogateescape")
                        for k, v in part.raw_items())
            if not part.is_multipart():
                scan.append(part.get_payload(decode=True) or b"")
        scan = b"\n".join(scan)
        for m in HOST_RE.finditer(scan):
            host = m.group(1).decode("ascii", "replace").lower().rstrip(".")
            if not (host.endswith(".example") or host.endswith(".test") or host in ("example", "test")):
                err(f, "non-reserved host %s" % host)
        for m in IP_RE.finditer(scan):
            try:
                ip = ipaddress.ip_address(m.group(1).decode())
            except ValueError:
                continue
            if not any(ip in n for n in DOC_NETS):
                err(f, "non-documentation IP %s" % ip)
    if errors:
        print("\n".join(errors[:200]))
        print("CHECK FAILED: %d problem(s)" % len(errors))
        return 1
    print("check passed: %d files, triggers: %s" % (len(files), ", ".join(
        "%s=%d" % (t, counts[t]) for t in TRIGGERS)))
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write_all()
