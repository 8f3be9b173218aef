#!/usr/bin/env python3
"""Package the hand-written heldout21 messages into .eml files and labels.tsv.

All message texts live in the h21_*.py helper modules; this script only adds the
MIME structure, transfer encodings, charsets, RFC 2047 headers, dates, Message-IDs,
client headers and the file order. Everything is derived from a fixed seed (21), so
running it twice gives identical bytes.

    python3 make_corpus.py           # write h21-NNNN.eml and labels.tsv
    python3 make_corpus.py --check   # regenerate in memory and verify the directory
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
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.utils import format_datetime, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h21_auto  # noqa: E402
import h21_de  # noqa: E402
import h21_en_neg  # noqa: E402
import h21_en_pos  # noqa: E402
import h21_es  # noqa: E402
import h21_fr  # noqa: E402

SEED = 21
DESK = "support@example.test"
PREFIX = "h21"
TRIGGERS = [
    "legal_threat", "regulatory", "manager_request", "corporate_contact_request",
    "executive_contact", "security_incident", "data_loss", "outage", "billing_dispute",
    "cancellation_threat", "media_threat", "discrimination_harassment", "safety",
    "broken_promise", "repeat_contact", "high_value_order", "severe_dissatisfaction",
    "feature_request", "technical_issue",
]
AUTO_KINDS = {"auto_reply", "bounce", "list", "receipt", "self"}
LANGS = {"en", "de", "fr", "es"}
MIN_POSITIVES = 10
HEADER = "file\ttriggers\tautomated\tlang\ttrap\tnote"

CLIENTS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.9.0"),
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("X-Mailer", "Microsoft Outlook 15.0"),
    ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
    ("X-Mailer", "iPhone Mail (21E236)"),
    ("User-Agent", "Roundcube Webmail/1.6.6"),
    ("User-Agent", "K-9 Mail for Android"),
    ("X-Mailer", "WebMail 2.4 (Horde)"),
    ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
    (None, None),
    (None, None),
]

TZ = {
    "en": [0, 0, 60, -300, -240, -480, -420, 600, 780, 60],
    "de": [60, 120, 60, 120],
    "fr": [60, 120, 60, 120, -240],
    "es": [60, 120, -180, -300, -360, 60],
}

LEGACY = {
    "en": ["windows-1252"],
    "de": ["iso-8859-1", "iso-8859-15", "windows-1252"],
    "fr": ["iso-8859-1", "iso-8859-15", "windows-1252"],
    "es": ["iso-8859-1", "iso-8859-15", "windows-1252"],
}

ATTACHMENTS = [
    ("image/jpeg", "IMG_20250412_0931.jpg"),
    ("image/png", "screenshot.png"),
    ("application/pdf", "invoice_scan.pdf"),
    ("image/jpeg", "photo1.jpg"),
    ("application/pdf", "Rechnung.pdf"),
    ("image/png", "error.png"),
]


# ---------------------------------------------------------------- helpers

def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


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


def enc_words(text, cs, q):
    ch = Charset(cs)
    ch.header_encoding = QP if q else BASE64
    return Header(text, ch, header_name="Subject").encode(linesep="\r\n", maxlinelen=76)


def fmt_addr(raw, cs, q):
    """raw is 'Name <addr>' or 'addr'; encode a non-ASCII display name."""
    if "<" not in raw:
        return raw
    name, addr = raw.rsplit("<", 1)
    name = name.strip()
    addr = "<" + addr
    if not name:
        return addr
    if is_ascii(name):
        if any(c in name for c in ',.;:@()"') and not name.startswith('"'):
            name = '"' + name.replace('"', '') + '"'
        return "%s %s" % (name, addr)
    ch = Charset(cs if can_encode(name, cs) else "utf-8")
    ch.header_encoding = QP if q else BASE64
    return "%s %s" % (Header(name, ch).encode(linesep="\r\n"), addr)


def fmt_subject(subj, cs, q):
    if is_ascii(subj):
        return subj
    return enc_words(subj, cs if can_encode(subj, cs) else "utf-8", q)


def addr_domain(raw):
    addr = raw.rsplit("<", 1)[-1].rstrip(">").strip()
    return addr.split("@", 1)[1] if "@" in addr else "example.test"


def encode_body(text, cs, cte):
    """Return (cte, bytes with CRLF)."""
    data = text.replace("\r\n", "\n").encode(cs)
    if cte in ("7bit", "8bit"):
        return cte, data.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        enc = quopri.encodestring(data, quotetabs=False)
        return cte, enc.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if cte == "base64":
        enc = base64.encodebytes(data.replace(b"\n", b"\r\n"))
        return cte, enc.replace(b"\n", b"\r\n")
    raise ValueError(cte)


def text_part(text, subtype, cs, cte, extra=()):
    if cte in ("7bit", "8bit") and not is_ascii(text):
        cte = "8bit"
    if cte == "7bit" and not is_ascii(text):
        cte = "8bit"
    cte, data = encode_body(text, cs, cte)
    head = ["Content-Type: text/%s; charset=\"%s\"" % (subtype, cs)]
    if subtype == "plain" and cs == "utf-8" and cte in ("7bit", "8bit") and False:
        head[0] += "; format=flowed"
    head.append("Content-Transfer-Encoding: %s" % cte)
    head.extend(extra)
    return head, data


def html_div(text):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>']
    for line in text.rstrip("\n").split("\n"):
        if line.strip():
            out.append("<div>%s</div>" % html.escape(line, quote=False))
        else:
            out.append("<div><br></div>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def ent(s):
    s = html.escape(s, quote=True)
    res = []
    for c in s:
        o = ord(c)
        if o < 128:
            res.append(c)
        elif o in html.entities.codepoint2name:
            res.append("&%s;" % html.entities.codepoint2name[o])
        else:
            res.append("&#%d;" % o)
    return "".join(res)


def html_para(text):
    out = ['<!DOCTYPE html>', '<html><body style="font-family: Calibri, Arial, sans-serif; font-size: 11pt">']
    paras = [p for p in text.rstrip("\n").split("\n\n")]
    for p in paras:
        lines = p.split("\n")
        if lines and all(l.startswith(">") for l in lines if l.strip()):
            out.append("<blockquote>%s</blockquote>" % "<br>\n".join(ent(l.lstrip("> ")) for l in lines))
        else:
            out.append("<p>%s</p>" % "<br>\n".join(ent(l) for l in lines))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def boundary(rng):
    return "----=_Part_%d_%d.%d" % (rng.randrange(10**5, 10**6), rng.randrange(10**8, 10**9), rng.randrange(10**12, 10**13))


def join_parts(bnd, parts, preamble=None):
    chunks = []
    if preamble:
        chunks.append(crlf(preamble).encode("ascii") + b"\r\n")
    for head, data in parts:
        chunks.append(b"--" + bnd.encode() + b"\r\n")
        chunks.append("\r\n".join(head).encode("ascii") + b"\r\n\r\n")
        if not data.endswith(b"\r\n"):
            data += b"\r\n"
        chunks.append(data)
    chunks.append(b"--" + bnd.encode() + b"--\r\n")
    return b"".join(chunks)


def fake_binary(rng, ctype):
    n = rng.randrange(300, 900)
    body = bytes(rng.randrange(256) for _ in range(n))
    if ctype == "image/jpeg":
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + body + b"\xff\xd9"
    if ctype == "image/png":
        return b"\x89PNG\r\n\x1a\n" + body
    return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + body + b"\n%%EOF\n"


def attachment_part(rng, spec=None):
    if spec:
        ctype, fname, content = spec
        if ctype.startswith("text/"):
            data = crlf(content).encode("utf-8")
            enc = base64.encodebytes(data).replace(b"\n", b"\r\n")
            head = ['Content-Type: %s; charset="utf-8"; name="%s"' % (ctype, fname),
                    'Content-Disposition: attachment; filename="%s"' % fname,
                    "Content-Transfer-Encoding: base64"]
            return head, enc
    else:
        ctype, fname = rng.choice(ATTACHMENTS)
    data = fake_binary(rng, ctype)
    enc = base64.encodebytes(data).replace(b"\n", b"\r\n")
    head = ['Content-Type: %s; name="%s"' % (ctype, fname),
            'Content-Disposition: attachment; filename="%s"' % fname,
            "Content-Transfer-Encoding: base64"]
    return head, enc


# ---------------------------------------------------------------- packaging

PACKS = ["plain", "plain", "plain", "plain7", "qp", "qp", "b64", "legacy", "legacy",
         "alt_div", "alt_div", "alt_ent", "alt_ent", "html_only", "mixed", "mixed"]


def choose_pack(rng, m, lang):
    p = m.get("pack") or rng.choice(PACKS)
    return p


def build_body(rng, m, lang, pack):
    """Return (header lines, body bytes, charset used for headers)."""
    text = m["body"]
    if not text.endswith("\n"):
        text += "\n"
    cs = "utf-8"
    if pack == "legacy":
        options = [c for c in LEGACY[lang] if can_encode(text, c) and can_encode(m["subj"], c)]
        if options and not is_ascii(text):
            cs = rng.choice(options)
            cte = rng.choice(["8bit", "quoted-printable"])
        else:
            pack = "qp"
    if pack == "plain":
        cte = "7bit" if is_ascii(text) else "8bit"
        return text_part(text, "plain", cs, cte), cs, pack
    if pack == "plain7":
        cte = "7bit" if is_ascii(text) else "quoted-printable"
        return text_part(text, "plain", cs, cte), cs, pack
    if pack == "qp":
        return text_part(text, "plain", cs, "quoted-printable"), cs, pack
    if pack == "b64":
        return text_part(text, "plain", cs, "base64"), cs, pack
    if pack == "legacy":
        return text_part(text, "plain", cs, cte), cs, pack
    if pack in ("alt_div", "alt_ent"):
        h = html_div(text) if pack == "alt_div" else html_para(text)
        bnd = boundary(rng)
        p1 = text_part(text, "plain", cs, "quoted-printable" if not is_ascii(text) else "7bit")
        p2 = text_part(h, "html", cs, "quoted-printable")
        head = ['Content-Type: multipart/alternative; boundary="%s"' % bnd]
        return (head, join_parts(bnd, [p1, p2])), cs, pack
    if pack == "html_only":
        h = html_div(text) if rng.random() < 0.5 else html_para(text)
        return text_part(h, "html", cs, rng.choice(["quoted-printable", "base64"])), cs, pack
    if pack == "mixed":
        bnd = boundary(rng)
        p1 = text_part(text, "plain", cs, "8bit" if not is_ascii(text) else "7bit")
        p2 = attachment_part(rng, m.get("att"))
        head = ['Content-Type: multipart/mixed; boundary="%s"' % bnd]
        return (head, join_parts(bnd, [p1, p2], "This is a multi-part message in MIME format.")), cs, pack
    raise ValueError(pack)


def encode_orig_headers(text):
    """RFC 2047-encode non-ASCII header values of an enclosed original message."""
    head, sep, body = text.partition("\n\n")
    out = []
    for line in head.split("\n"):
        name, _, value = line.partition(": ")
        if not is_ascii(value):
            if name.lower() in ("from", "to", "cc"):
                value = fmt_addr(value, "utf-8", True)
            else:
                value = enc_words(value, "utf-8", True)
        out.append("%s: %s" % (name, value) if _ else line)
    return "\n".join(out) + sep + body


def build_report(rng, m):
    rep = m["report"]
    bnd = boundary(rng)
    human = m["body"] if m["body"].endswith("\n") else m["body"] + "\n"
    cs = "us-ascii" if is_ascii(human) else "utf-8"
    p1 = text_part(human, "plain", cs, "7bit" if cs == "us-ascii" else "8bit",
                   ["Content-Description: Notification"])
    parts = [p1]
    status = crlf(rep["fields"].strip("\n") + "\n").encode("ascii")
    if rep["type"] == "delivery-status":
        parts.append((["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status))
    else:
        parts.append((["Content-Type: message/disposition-notification"], status))
    if rep.get("orig"):
        otype = rep.get("orig_type", "message/rfc822")
        odata = crlf(encode_orig_headers(rep["orig"].strip("\n") + "\n")).encode("utf-8")
        if otype == "message/rfc822" and not is_ascii(rep["orig"]):
            parts.append((["Content-Description: Undelivered Message", "Content-Type: " + otype,
                           "Content-Transfer-Encoding: 8bit"], odata))
        else:
            parts.append((["Content-Type: " + otype], odata))
    head = ['Content-Type: multipart/report; report-type=%s;\r\n\tboundary="%s"' % (rep["type"], bnd)]
    return head, join_parts(bnd, parts, "This is a MIME-encapsulated message.")


def make_date(rng, lang):
    base = datetime.datetime(2025, 2, 3, 6, 0, 0)
    dt = base + datetime.timedelta(days=rng.randrange(0, 230), minutes=rng.randrange(0, 15 * 60),
                                   seconds=rng.randrange(60))
    off = rng.choice(TZ[lang])
    tz = datetime.timezone(datetime.timedelta(minutes=off))
    return dt.replace(tzinfo=tz)


def build_message(rng, m, lang):
    automated = m.get("auto", "-")
    q = rng.random() < 0.5
    dt = make_date(rng, lang)
    frm = m["frm"]
    dom = m.get("msgid_domain") or addr_domain(frm)
    mid = "<%s.%s@%s>" % (format(rng.getrandbits(48), "012x"), format(rng.getrandbits(32), "08x"), dom)
    if "report" in m:
        (ct_head, body), cs, pack = build_report(rng, m), "utf-8", "report"
    else:
        pack = choose_pack(rng, m, lang) if automated == "-" else (m.get("pack") or rng.choice(["plain", "qp", "legacy", "plain7"]))
        (ct_head, body), cs, pack = build_body(rng, m, lang, pack)
    hcs = cs if cs not in ("us-ascii",) else "utf-8"
    h = []
    relay_ip = "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randrange(2, 250))
    h.append("Received: from mail.%s (mail.%s [%s])\r\n\tby mx1.example.test (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s"
             % (dom, dom, relay_ip, format(rng.getrandbits(40), "010X"), DESK, format_datetime(dt + datetime.timedelta(seconds=3))))
    for name, value in m.get("hdrs_top", []):
        h.append("%s: %s" % (name, value))
    h.append("From: " + fmt_addr(frm, hcs, q))
    to = m.get("to") or rng.choice([DESK, "Support <%s>" % DESK, DESK, "Customer Support <%s>" % DESK])
    h.append("To: " + to)
    if m.get("cc"):
        h.append("Cc: " + ", ".join(fmt_addr(c, hcs, q) for c in m["cc"]))
    h.append("Subject: " + fmt_subject(m["subj"], hcs, q))
    h.append("Date: " + format_datetime(dt))
    h.append("Message-ID: " + mid)
    if m.get("reply") or m["subj"].lower().startswith(("re:", "aw:", "antw:", "rép", "rv:", "r:")):
        ref = "<%s@example.test>" % format(rng.getrandbits(64), "016x")
        h.append("In-Reply-To: " + ref)
        h.append("References: " + ref)
    h.append("MIME-Version: 1.0")
    if automated == "-":
        cname, cval = rng.choice(CLIENTS)
        if cname and not any(n.lower() in ("x-mailer", "user-agent") for n, _ in m.get("hdrs", [])):
            h.append("%s: %s" % (cname, cval))
    for name, value in m.get("hdrs", []):
        h.append("%s: %s" % (name, value))
    h.extend(ct_head)
    raw = ("\r\n".join(h) + "\r\n\r\n").encode("ascii") + body
    return raw, pack


def load_all():
    msgs = []
    for mod, lang in ((h21_en_pos, "en"), (h21_en_neg, "en"), (h21_de, "de"), (h21_fr, "fr"),
                      (h21_es, "es"), (h21_auto, None)):
        for m in mod.MESSAGES:
            m = dict(m)
            m["lang"] = m.get("lang") or lang
            m["src"] = mod.__name__
            msgs.append(m)
    return msgs


def generate():
    rng = random.Random(SEED)
    msgs = load_all()
    rng.shuffle(msgs)
    files = {}
    rows = [HEADER]
    packs = {}
    for i, m in enumerate(msgs, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        raw, pack = build_message(rng, m, m["lang"])
        files[name] = raw
        packs[pack] = packs.get(pack, 0) + 1
        note = m.get("note", "-") or "-"
        rows.append("\t".join([name, m.get("trig", "-") if m.get("auto", "-") == "-" else "-",
                               m.get("auto", "-"), m["lang"], m.get("trap", "-") or "-", note]))
    files["labels.tsv"] = ("\n".join(rows) + "\n").encode("utf-8")
    return files, msgs, packs


# ---------------------------------------------------------------- checks

def check_message(name, raw, errors):
    if b"\r" in raw.replace(b"\r\n", b"") or b"\n" in raw.replace(b"\r\n", b""):
        errors.append("%s: bare CR or LF" % name)
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            errors.append("%s: defects %r" % (name, part.defects))
        for k, v in part.items():
            if getattr(v, "defects", None):
                errors.append("%s: header %s defects %r" % (name, k, v.defects))
    for hname in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if msg[hname] is None:
            errors.append("%s: missing %s" % (name, hname))
    tos = [a for _, a in getaddresses([str(msg["To"])])]
    if tos != [DESK]:
        errors.append("%s: To is %r" % (name, tos))
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            payload = part.get_payload(decode=True)
            try:
                payload.decode(cs, "strict")
            except (UnicodeDecodeError, LookupError) as exc:
                errors.append("%s: text part not %s: %s" % (name, cs, exc))


def check(files, msgs):
    errors = []
    on_disk = sorted(f for f in os.listdir(HERE) if f.endswith(".eml") or f == "labels.tsv")
    if on_disk != sorted(files):
        errors.append("file set differs: extra %s missing %s" % (
            sorted(set(on_disk) - set(files))[:5], sorted(set(files) - set(on_disk))[:5]))
    for name, data in files.items():
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            continue
        with open(path, "rb") as fh:
            if fh.read() != data:
                errors.append("%s: differs from regenerated bytes" % name)
    for name, raw in files.items():
        if name.endswith(".eml"):
            check_message(name, raw, errors)
    lines = files["labels.tsv"].decode("utf-8").split("\n")
    if lines[0] != HEADER:
        errors.append("labels.tsv header wrong")
    counts = {t: 0 for t in TRIGGERS}
    for line in lines[1:]:
        if not line:
            continue
        cols = line.split("\t")
        if len(cols) != 6:
            errors.append("bad row %r" % line)
            continue
        fname, trig, auto, lang, trap, note = cols
        if lang not in LANGS:
            errors.append("%s: bad lang %s" % (fname, lang))
        if auto != "-" and auto not in AUTO_KINDS:
            errors.append("%s: bad automated %s" % (fname, auto))
        if trig != "-":
            ids = trig.split(",")
            if ids != sorted(set(ids)):
                errors.append("%s: triggers not sorted/unique" % fname)
            for t in ids:
                if t not in counts:
                    errors.append("%s: unknown trigger %s" % (fname, t))
                else:
                    counts[t] += 1
            if auto != "-":
                errors.append("%s: automated mail with triggers" % fname)
        if not trap or (trap != "-" and not all(c.islower() or c.isdigit() or c == "_" for c in trap)):
            errors.append("%s: trap not snake_case: %r" % (fname, trap))
    for t, n in counts.items():
        if n < MIN_POSITIVES:
            errors.append("trigger %s has only %d positives" % (t, n))
    return errors, counts


def main():
    files, msgs, packs = generate()
    if "--check" in sys.argv[1:]:
        errors, counts = check(files, msgs)
        for e in errors:
            print("ERROR:", e)
        if errors:
            print("check FAILED: %d problem(s)" % len(errors))
            sys.exit(1)
        print("check passed: %d messages, labels.tsv matches, positives per trigger min %d"
              % (len(files) - 1, min(counts.values())))
        return
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    if "--stats" in sys.argv[1:]:
        print(sorted(packs.items()))
    print("wrote %d messages and labels.tsv" % (len(files) - 1))


if __name__ == "__main__":
    main()
