#!/usr/bin/env python3
"""Package the hand-written heldout25 messages into RFC 5322 files.

The texts themselves live in the h25_*.py helper modules, one block per
message.  This script only decides packaging (MIME structure, transfer
encoding, charset, RFC 2047 words, dates, Message-IDs, client headers and
file order), deterministically from a fixed seed.

    python3 make_corpus.py          # (re)write all files
    python3 make_corpus.py --check  # regenerate in memory and verify
"""
import sys

sys.dont_write_bytecode = True

import base64
import datetime
import email
import email.policy
import html
import html.entities
import os
import quopri
import random
import re
from email.header import Header

SEED = 25
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h25_en_pos  # noqa: E402
import h25_en_neg  # noqa: E402
import h25_de  # noqa: E402
import h25_fr  # noqa: E402
import h25_es  # noqa: E402
import h25_auto  # noqa: E402

DESK = "support@example.test"
PREFIX = "h25-"
LABEL_HEADER = "file\ttriggers\tautomated\tlang\ttrap\tnote"

TRIGGERS = [
    "legal_threat", "regulatory", "manager_request", "corporate_contact_request",
    "executive_contact", "security_incident", "data_loss", "outage",
    "billing_dispute", "cancellation_threat", "media_threat",
    "discrimination_harassment", "safety", "broken_promise", "repeat_contact",
    "high_value_order", "severe_dissatisfaction", "feature_request",
    "technical_issue",
]
KINDS = ["auto_reply", "bounce", "list", "receipt", "self"]
LANGS = ["en", "de", "fr", "es"]

# --------------------------------------------------------------------------
# block parsing


def parse_blocks(text, module_lang):
    blocks = []
    for chunk in re.split(r"^%%[^\n]*\n", text, flags=re.M):
        if not chunk.strip():
            continue
        meta_txt, sep, body = chunk.partition("\n--\n")
        if not sep:
            raise SystemExit("block without body separator: %r" % chunk[:80])
        meta = {"hdr": [], "lang": module_lang}
        for line in meta_txt.split("\n"):
            if not line.strip():
                continue
            key, _, val = line.partition(":")
            key = key.strip()
            val = val.strip()
            if key == "hdr":
                meta["hdr"].append(val)
            else:
                meta[key] = val
        sections = {}
        parts = re.split(r"^-- (status|original|headers|mdn)\n", body, flags=re.M)
        main = parts[0]
        for i in range(1, len(parts), 2):
            sections[parts[i]] = parts[i + 1].strip("\n") + "\n"
        meta["body"] = main.strip("\n") + "\n"
        meta["sections"] = sections
        blocks.append(meta)
    return blocks


def load_all():
    out = []
    for mod in (h25_en_pos, h25_en_neg, h25_de, h25_fr, h25_es, h25_auto):
        for b in parse_blocks(mod.BLOCKS, getattr(mod, "LANG", "en")):
            b["module"] = mod.__name__
            out.append(b)
    return out


# --------------------------------------------------------------------------
# helpers

CLIENTS = [
    ("User-Agent", "Mozilla Thunderbird 115.6.0"),
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
    ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"),
    ("X-Mailer", "iPhone Mail (21E236)"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("X-Mailer", "Microsoft Outlook 15.0"),
    ("User-Agent", "Roundcube Webmail/1.6.6"),
    ("User-Agent", "K-9 Mail for Android"),
    ("X-Mailer", "Evolution 3.50.2"),
    (None, None),
    (None, None),
    ("User-Agent", "SquirrelMail/1.4.23"),
]

TZ_BY_LANG = {
    "en": [0, 0, 60, -300, -360, -480, 600, 60, -240],
    "de": [60, 120, 60],
    "fr": [60, 120, 60, -240],
    "es": [60, 120, 60, -180, -300],
}


def rand_date(rng, lang):
    start = datetime.datetime(2024, 9, 2, 0, 0, 0)
    day = rng.randrange(0, 280)
    secs = rng.randrange(6 * 3600, 23 * 3600)
    off = rng.choice(TZ_BY_LANG[lang])
    tz = datetime.timezone(datetime.timedelta(minutes=off))
    dt = (start + datetime.timedelta(days=day, seconds=secs)).replace(tzinfo=tz)
    return email.utils.format_datetime(dt)


def hexid(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(rng, n):
    return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(n))


def addr_domain(addr):
    m = re.search(r"@([A-Za-z0-9.-]+)", addr)
    return m.group(1) if m else "mail.example"


def make_msgid(rng, domain, style):
    if style == 0:
        return "<%s.%s@%s>" % (hexid(rng, 12), hexid(rng, 8), domain)
    if style == 1:
        return "<CA%s%s@mail.example>" % (alnum(rng, 6), hexid(rng, 24))
    if style == 2:
        return "<%s-%s-%s@%s>" % (alnum(rng, 8), alnum(rng, 4), alnum(rng, 12), domain)
    return "<%d.%s@%s>" % (rng.randrange(10 ** 9, 10 ** 10), alnum(rng, 10).lower(), domain)


SPECIALS = set('()<>[]:;@\\,."')


def fmt_addr(s, charset="utf-8"):
    """'Name <a@b>' -> header-safe form; encodes non-ASCII names (RFC 2047)."""
    m = re.match(r"^\s*(.*?)\s*<([^>]+)>\s*$", s)
    if not m:
        return s.strip()
    name, addr = m.group(1), m.group(2)
    if not name:
        return "<%s>" % addr
    if name.startswith('"') and name.endswith('"'):
        name = name[1:-1]
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        try:
            name.encode(charset)
            cs = charset
        except UnicodeEncodeError:
            cs = "utf-8"
        return "%s <%s>" % (Header(name, cs).encode(), addr)
    if any(c in SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace('"', ""), addr)
    return "%s <%s>" % (name, addr)


def fold_ascii(name, value, limit=78):
    line = name + ": "
    out = []
    for word in value.split(" "):
        if len(line) + len(word) + 1 > limit and line.strip() and not line.endswith(": "):
            out.append(line.rstrip(" "))
            line = " " + word + " "
        else:
            line += word + " "
    out.append(line.rstrip(" "))
    return "\r\n".join(out)


def subject_header(subj, charset, rng):
    try:
        subj.encode("ascii")
        return fold_ascii("Subject", subj)
    except UnicodeEncodeError:
        pass
    try:
        subj.encode(charset)
        cs = charset
    except UnicodeEncodeError:
        cs = "utf-8"
    enc = Header(subj, cs, header_name="Subject").encode(maxlinelen=76)
    return "Subject: " + enc.replace("\n", "\r\n")


def wrap_line(line, width=76):
    if len(line) <= width:
        return [line]
    m = re.match(r"^((?:> ?)+|\s+)", line)
    prefix = m.group(1) if m else ""
    if prefix.startswith(">") and not prefix.endswith(" "):
        prefix += " "
    words = line[len(m.group(1)) if m else 0:].strip().split(" ")
    out, cur = [], prefix
    for w in words:
        if len(cur) + len(w) > width and cur.strip() != prefix.strip():
            out.append(cur.rstrip())
            cur = prefix + w + " "
        else:
            cur += w + " "
    out.append(cur.rstrip())
    return out


def wrap_text(text):
    lines = []
    for ln in text.split("\n"):
        lines.extend(wrap_line(ln))
    return "\n".join(lines)


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def encode_body(text, charset, cte, wrap=True):
    """Return the encoded body bytes (CRLF line ends)."""
    if cte in ("7bit", "8bit"):
        data = crlf(wrap_text(text) if wrap else text).encode(charset)
        return data
    raw = crlf(text).encode(charset)
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw.replace(b"\r\n", b"\n"))
        return enc.replace(b"\n", b"\r\n")
    if cte == "base64":
        return base64.encodebytes(raw).replace(b"\n", b"\r\n")
    raise ValueError(cte)


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


def ent(s):
    out = []
    for ch in html.escape(s, quote=False):
        if ord(ch) > 127:
            name = html.entities.codepoint2name.get(ord(ch))
            out.append("&%s;" % name if name else "&#%d;" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def to_html(text, style, charset):
    lines = text.rstrip("\n").split("\n")
    body = []
    if style == "div":
        inq = False
        for ln in lines:
            q = ln.startswith(">")
            if q and not inq:
                body.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
                inq = True
            if not q and inq:
                body.append("</blockquote>")
                inq = False
            t = re.sub(r"^(> ?)+", "", ln) if q else ln
            body.append("<div>%s</div>" % (html.escape(t, quote=False) if t.strip() else "<br>"))
        if inq:
            body.append("</blockquote>")
        esc_body = "\n".join(body)
    else:
        paras = re.split(r"\n\s*\n", text.strip("\n"))
        for p in paras:
            pl = p.split("\n")
            if all(x.startswith(">") for x in pl):
                inner = "<br>\n".join(ent(re.sub(r"^(> ?)+", "", x)) for x in pl)
                body.append("<blockquote>%s</blockquote>" % inner)
            else:
                body.append("<p>%s</p>" % "<br>\n".join(ent(x) for x in pl))
        esc_body = "\n".join(body)
    return (
        "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\">\n"
        "</head>\n<body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n%s\n</body>\n</html>\n"
        % (charset, esc_body)
    )


PNG_1X1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def attachment_bytes(name, rng):
    low = name.lower()
    if low.endswith(".pdf"):
        return "application/pdf", (
            b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
        )
    if low.endswith(".png"):
        return "image/png", PNG_1X1
    if low.endswith(".jpg") or low.endswith(".jpeg"):
        return "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
    return "application/octet-stream", bytes(rng.randrange(256) for _ in range(48))


def boundary(rng):
    style = rng.randrange(4)
    if style == 0:
        return "----=_Part_%d_%d.%d" % (rng.randrange(10 ** 5), rng.randrange(10 ** 9), rng.randrange(10 ** 12))
    if style == 1:
        return "Apple-Mail=_%s-%s-%s" % (alnum(rng, 8), alnum(rng, 4), alnum(rng, 12))
    if style == 2:
        return "000000000000" + hexid(rng, 16)
    return "_000_%s_" % alnum(rng, 24)


def text_part(text, subtype, charset, cte, wrap=True):
    ct = "text/%s; charset=%s" % (subtype, charset)
    head = "Content-Type: %s\r\nContent-Transfer-Encoding: %s\r\n" % (ct, cte)
    return head.encode("ascii"), encode_body(text, charset, cte, wrap)


def join_multipart(ctype_line, parts, bnd, preamble=None):
    out = [("Content-Type: %s;\r\n\tboundary=\"%s\"\r\n" % (ctype_line, bnd)).encode("ascii"), b"\r\n"]
    if preamble:
        out.append(preamble.encode("ascii") + b"\r\n\r\n")
    for head, body in parts:
        out.append(("--%s\r\n" % bnd).encode("ascii"))
        out.append(head)
        out.append(b"\r\n")
        out.append(body)
        if not body.endswith(b"\r\n"):
            out.append(b"\r\n")
    out.append(("--%s--\r\n" % bnd).encode("ascii"))
    return b"".join(out)


def split_head_body(msgbytes):
    i = msgbytes.index(b"\r\n\r\n")
    return msgbytes[: i + 2], msgbytes[i + 4:]


# --------------------------------------------------------------------------
# packaging choices

PACK_WEIGHTS = [
    ("plain", 30), ("qp", 11), ("b64", 6), ("legacy", 13),
    ("alt_div", 13), ("alt_p", 11), ("html_only", 6), ("attach", 8),
]


def choose_pack(rng, b):
    forced = b.get("pack")
    total = sum(w for _, w in PACK_WEIGHTS)
    r = rng.randrange(total)
    acc = 0
    choice = "plain"
    for name, w in PACK_WEIGHTS:
        acc += w
        if r < acc:
            choice = name
            break
    if forced:
        choice = forced
    return choice


def pick_charset(rng, text, pack, lang):
    if pack == "legacy":
        opts = ["iso-8859-1", "iso-8859-15", "windows-1252"]
        rng.shuffle(opts)
        for cs in opts:
            if can_encode(text, cs):
                return cs
        return "utf-8"
    if is_ascii(text) and rng.random() < 0.5:
        return "us-ascii"
    return "utf-8"


def base_headers(b, rng, date, charset):
    h = []
    lang = b["lang"]
    frm = b["from"]
    dom = addr_domain(frm)
    ip = rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randrange(2, 254))
    h.append("Received: from mail.%s (mail.%s [%s])\r\n\tby mx1.example.test (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
             % (dom, dom, ip, alnum(rng, 10), DESK, date))
    h.append("From: " + fmt_addr(frm, charset))
    h.append("To: " + fmt_addr(b.get("to", DESK), charset))
    if b.get("cc"):
        h.append("Cc: " + ", ".join(fmt_addr(x.strip(), charset) for x in b["cc"].split(";")))
    h.append(subject_header(b["subj"], charset, rng))
    h.append("Date: " + date)
    msgid = b.get("msgid") or make_msgid(rng, dom, rng.randrange(4))
    h.append("Message-ID: " + msgid)
    subj = b["subj"].lower()
    if re.match(r"^(re|aw|rv|réf|ref|sv|antw|r)\s*:", subj):
        ref = "<%s.%s@mail.example.test>" % (alnum(rng, 10).lower(), rng.randrange(1000, 9999))
        h.append("In-Reply-To: " + ref)
        h.append("References: " + ref)
    for extra in b["hdr"]:
        h.append(extra)
    return h


def build_customer(b, rng):
    lang = b["lang"]
    date = rand_date(rng, lang)
    pack = choose_pack(rng, b)
    text = b["body"]
    charset = pick_charset(rng, text + b["subj"], pack, lang)
    if not can_encode(text, charset):
        charset = "utf-8"
    client = CLIENTS[rng.randrange(len(CLIENTS))]
    if b.get("client"):
        k, _, v = b["client"].partition(":")
        client = (k.strip(), v.strip())
    heads = base_headers(b, rng, date, charset)
    if client[0]:
        heads.append("%s: %s" % client)
    if client[1] and "Outlook" in client[1]:
        heads.append("Thread-Index: A" + alnum(rng, 30))
        heads.append("Content-Language: " + {"en": "en-gb", "de": "de-de", "fr": "fr-fr", "es": "es-es"}[lang])
    heads.append("MIME-Version: 1.0")
    top = "\r\n".join(heads).encode("ascii") + b"\r\n"

    def plain_cte(cs):
        if cs == "us-ascii":
            return "7bit"
        return "8bit"

    if pack in ("plain", "legacy"):
        cte = plain_cte(charset)
        if pack == "legacy" and rng.random() < 0.4:
            cte = "quoted-printable"
        ph, pb = text_part(text, "plain", charset, cte)
        return top + ph + b"\r\n" + pb
    if pack == "qp":
        cs = "utf-8"
        ph, pb = text_part(text, "plain", cs, "quoted-printable")
        return top + ph + b"\r\n" + pb
    if pack == "b64":
        ph, pb = text_part(text, "plain", "utf-8", "base64")
        return top + ph + b"\r\n" + pb
    if pack in ("alt_div", "alt_p", "html_only"):
        cs = "utf-8" if charset == "us-ascii" and not is_ascii(text) else ("utf-8" if charset == "us-ascii" else charset)
        style = "div" if pack == "alt_div" else ("p" if pack == "alt_p" else rng.choice(["div", "p"]))
        htm = to_html(text, style, cs)
        hh, hb = text_part(htm, "html", cs, "quoted-printable")
        if pack == "html_only":
            return top + hh + b"\r\n" + hb
        tcte = "quoted-printable" if not is_ascii(text) or rng.random() < 0.5 else "7bit"
        th, tb = text_part(text, "plain", cs, tcte)
        return top + join_multipart("multipart/alternative", [(th, tb), (hh, hb)], boundary(rng))
    if pack == "attach":
        name = b.get("att") or rng.choice(["photo.jpg", "IMG_2291.jpg", "screenshot.png", "invoice.pdf", "scan0001.pdf"])
        ctype, data = attachment_bytes(name, rng)
        cte = "7bit" if charset == "us-ascii" else "quoted-printable"
        th, tb = text_part(text, "plain", charset, cte)
        ah = ("Content-Type: %s; name=\"%s\"\r\nContent-Disposition: attachment; filename=\"%s\"\r\n"
              "Content-Transfer-Encoding: base64\r\n" % (ctype, name, name)).encode("ascii")
        ab = base64.encodebytes(data).replace(b"\n", b"\r\n")
        return top + join_multipart("multipart/mixed", [(th, tb), (ah, ab)], boundary(rng))
    raise ValueError(pack)


def enc_header_lines(head):
    """Header lines written literally; non-ASCII values become RFC 2047 words."""
    out = []
    for ln in head.split("\n"):
        if not ln.strip():
            continue
        if is_ascii(ln):
            out.append(ln)
            continue
        name, _, val = ln.partition(":")
        val = val.strip()
        if name.lower() in ("from", "to", "cc"):
            out.append("%s: %s" % (name, fmt_addr(val)))
        else:
            out.append("%s: %s" % (name, Header(val, "utf-8", header_name=name).encode().replace("\n", "\r\n")))
    return out


def build_original(sec, rng, date):
    """An embedded original message written literally in the block."""
    head, _, body = sec.partition("\n\n")
    lines = enc_header_lines(head.replace("{DATE}", date))
    if is_ascii(body):
        cs, cte = "us-ascii", "7bit"
    else:
        cs, cte = "utf-8", "quoted-printable"
    if body.strip():
        lines.append("MIME-Version: 1.0")
        lines.append("Content-Type: text/plain; charset=%s" % cs)
        lines.append("Content-Transfer-Encoding: %s" % cte)
        return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + encode_body(body, cs, cte, wrap=False)
    return ("\r\n".join(lines) + "\r\n").encode("ascii")


def build_auto(b, rng):
    lang = b["lang"]
    date = b.get("date") or rand_date(rng, lang)
    build = b.get("build", "plain")
    text = b["body"].replace("{DATE}", date)
    charset = b.get("charset") or ("us-ascii" if is_ascii(text) else "utf-8")
    heads = []
    frm = b["from"]
    dom = addr_domain(frm)
    if b.get("returnpath") is not None:
        heads.append("Return-Path: " + b["returnpath"])
    ip = rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randrange(2, 254))
    heads.append("Received: from %s (%s [%s])\r\n\tby mx1.example.test (Postfix) with ESMTP id %s\r\n\tfor <%s>; %s"
                 % (dom, dom, ip, alnum(rng, 10), DESK, date))
    heads.append("From: " + fmt_addr(frm, charset if charset != "us-ascii" else "utf-8"))
    heads.append("To: " + fmt_addr(b.get("to", DESK)))
    heads.append(subject_header(b["subj"], charset if charset != "us-ascii" else "utf-8", rng))
    heads.append("Date: " + date)
    heads.append("Message-ID: " + (b.get("msgid") or make_msgid(rng, dom, rng.choice([0, 2, 3]))))
    for extra in b["hdr"]:
        heads.append(extra.replace("{DATE}", date))
    heads.append("MIME-Version: 1.0")
    top = "\r\n".join(heads).encode("ascii") + b"\r\n"
    sec = b["sections"]
    if build == "plain":
        cte = b.get("cte") or ("7bit" if charset == "us-ascii" else "8bit")
        ph, pb = text_part(text, "plain", charset, cte, wrap=False)
        return top + ph + b"\r\n" + pb
    if build == "alt":
        cs = "utf-8" if charset == "us-ascii" else charset
        th, tb = text_part(text, "plain", cs, "quoted-printable")
        hh, hb = text_part(to_html(text, b.get("hstyle", "p"), cs), "html", cs, "quoted-printable")
        return top + join_multipart("multipart/alternative", [(th, tb), (hh, hb)], boundary(rng))
    if build in ("dsn", "mdn"):
        cs = "us-ascii" if is_ascii(text) else "utf-8"
        cte = "7bit" if cs == "us-ascii" else "quoted-printable"
        parts = [text_part(text, "plain", cs, cte, wrap=False)]
        if build == "dsn":
            st = crlf(sec["status"].replace("{DATE}", date)).encode("ascii")
            parts.append((b"Content-Type: message/delivery-status\r\n", st))
            rtype = "delivery-status"
        else:
            st = crlf(sec["mdn"].replace("{DATE}", date)).encode("ascii")
            parts.append((b"Content-Type: message/disposition-notification\r\n", st))
            rtype = "disposition-notification"
        if "original" in sec:
            parts.append((b"Content-Type: message/rfc822\r\n", build_original(sec["original"], rng, date)))
        elif "headers" in sec:
            hd = ("\r\n".join(enc_header_lines(sec["headers"].replace("{DATE}", date))) + "\r\n").encode("ascii")
            parts.append((b"Content-Type: text/rfc822-headers\r\n", hd))
        return top + join_multipart("multipart/report; report-type=%s" % rtype, parts, boundary(rng),
                                    preamble="This is a MIME-encapsulated message.")
    raise ValueError(build)


# --------------------------------------------------------------------------


def generate():
    blocks = load_all()
    order = list(range(len(blocks)))
    rng = random.Random(SEED)
    rng.shuffle(order)
    files = {}
    rows = [LABEL_HEADER]
    for n, idx in enumerate(order, 1):
        b = blocks[idx]
        mrng = random.Random("%d/%d" % (SEED, n))
        name = "%s%04d.eml" % (PREFIX, n)
        kind = b.get("kind", "-")
        if kind == "-":
            data = build_customer(b, mrng)
        else:
            data = build_auto(b, mrng)
        files[name] = data
        note = b.get("note", "-") or "-"
        rows.append("\t".join([name, b.get("trig", "-") or "-", kind, b["lang"], b.get("trap", "-") or "-", note]))
    files["labels.tsv"] = ("\n".join(rows) + "\n").encode("utf-8")
    return blocks, files


def check_message(name, data, problems):
    if b"\n" in data.replace(b"\r\n", b"") or b"\r" in data.replace(b"\r\n", b""):
        problems.append("%s: bare CR or LF" % name)
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for key in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if msg[key] is None:
            problems.append("%s: missing %s" % (name, key))
    to = msg["To"]
    if to is None or [a.addr_spec.lower() for a in to.addresses] != [DESK]:
        problems.append("%s: To is not the desk" % name)
    for part in msg.walk():
        if part.defects:
            problems.append("%s: defects %r" % (name, part.defects))
        for k, v in part.items():
            if getattr(v, "defects", None):
                problems.append("%s: header %s defects %r" % (name, k, v.defects))
        if part.get_content_maintype() == "text" and not part.is_multipart():
            cs = part.get_content_charset() or "us-ascii"
            raw = part.get_payload(decode=True)
            try:
                raw.decode(cs, errors="strict")
            except (UnicodeDecodeError, LookupError) as e:
                problems.append("%s: text part not decodable as %s: %s" % (name, cs, e))
    return msg


def check(blocks, files):
    problems = []
    # byte-for-byte comparison with the files on disk
    on_disk = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX) and f.endswith(".eml"))
    expected = sorted(f for f in files if f.endswith(".eml"))
    if on_disk != expected:
        problems.append("file set differs: %d on disk, %d expected" % (len(on_disk), len(expected)))
    for name, data in files.items():
        p = os.path.join(HERE, name)
        if not os.path.exists(p):
            problems.append("%s: missing on disk" % name)
            continue
        with open(p, "rb") as fh:
            if fh.read() != data:
                problems.append("%s: differs from regenerated bytes" % name)
    lab = files["labels.tsv"].decode("utf-8").split("\n")
    if lab[0] != LABEL_HEADER:
        problems.append("labels.tsv header wrong")
    counts = {t: 0 for t in TRIGGERS}
    for row in lab[1:]:
        if not row:
            continue
        cols = row.split("\t")
        if len(cols) != 6:
            problems.append("bad label row %r" % row)
            continue
        fname, trig, kind, lang, trap, note = cols
        if lang not in LANGS:
            problems.append("%s: bad lang %s" % (fname, lang))
        if kind != "-" and kind not in KINDS:
            problems.append("%s: bad automated kind %s" % (fname, kind))
        if trig != "-":
            ids = trig.split(",")
            if ids != sorted(set(ids)):
                problems.append("%s: triggers not sorted/unique" % fname)
            for t in ids:
                if t not in counts:
                    problems.append("%s: unknown trigger %s" % (fname, t))
                else:
                    counts[t] += 1
            if kind != "-":
                problems.append("%s: automated mail with triggers" % fname)
        if trap != "-" and not re.match(r"^[a-z0-9_]+$", trap):
            problems.append("%s: trap not snake_case" % fname)
        if not note:
            problems.append("%s: empty note" % fname)
    for t, c in counts.items():
        if c < 10:
            problems.append("trigger %s has only %d positives" % (t, c))
    for name, data in files.items():
        if name.endswith(".eml"):
            check_message(name, data, problems)
    return problems, counts


def main():
    blocks, files = generate()
    if "--check" in sys.argv[1:]:
        problems, counts = check(blocks, files)
        for p in problems:
            print("FAIL:", p)
        if problems:
            print("%d problem(s)" % len(problems))
            sys.exit(1)
        print("OK: %d messages, labels.tsv consistent" % (len(files) - 1))
        for t in TRIGGERS:
            print("  %-26s %d" % (t, counts[t]))
        return
    for f in os.listdir(HERE):
        if f.startswith(PREFIX) and f.endswith(".eml") and f not in files:
            os.remove(os.path.join(HERE, f))
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    print("wrote %d messages + labels.tsv" % (len(files) - 1))


if __name__ == "__main__":
    main()
