#!/usr/bin/env python3
"""Package the hand-written heldout23 messages into .eml files plus labels.tsv.

The message texts live in the h23_*.py helper modules; this script only adds the
MIME packaging (structure, transfer encoding, charset, RFC 2047 headers, dates,
Message-IDs, client headers) and the file order. Everything is driven by a fixed
seed, so running it twice gives byte-identical output.

    python3 make_corpus.py          # write h23-NNNN.eml and labels.tsv
    python3 make_corpus.py --check  # regenerate in memory and verify
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

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h23_auto  # noqa: E402
import h23_de  # noqa: E402
import h23_en_neg  # noqa: E402
import h23_en_pos  # noqa: E402
import h23_es  # noqa: E402
import h23_fr  # noqa: E402

SEED = 23
DESK = "support@example.test"
PREFIX = "h23-"
LABEL_HEADER = "file\ttriggers\tautomated\tlang\ttrap\tnote"

TRIGGERS = [
    "legal_threat", "regulatory", "manager_request", "corporate_contact_request",
    "executive_contact", "security_incident", "data_loss", "outage",
    "billing_dispute", "cancellation_threat", "media_threat",
    "discrimination_harassment", "safety", "broken_promise", "repeat_contact",
    "high_value_order", "severe_dissatisfaction", "feature_request",
    "technical_issue",
]
AUTOMATED_KINDS = {"auto_reply", "bounce", "list", "receipt", "self"}
LANGS = {"en", "de", "fr", "es"}

CLIENTS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0"),
    ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("X-Mailer", "Microsoft Outlook 15.0"),
    ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
    ("X-Mailer", "iPhone Mail (21E236)"),
    ("User-Agent", "Roundcube Webmail/1.6.6"),
    ("User-Agent", "K-9 Mail for Android"),
    ("X-Mailer", "Evolution 3.50.3"),
    (None, None),
    (None, None),
]

TZ = {
    "en": [-300, -240, 0, 60, -480, 600, 330],
    "de": [60, 120],
    "fr": [60, 120, -240],
    "es": [60, 120, -300, -180],
}

LEGACY = {
    "en": ["windows-1252", "iso-8859-1"],
    "de": ["iso-8859-1", "iso-8859-15", "windows-1252"],
    "fr": ["iso-8859-15", "iso-8859-1", "windows-1252"],
    "es": ["iso-8859-1", "windows-1252", "iso-8859-15"],
}

PACKS = [
    ("plain", 34), ("qp", 14), ("b64", 8), ("legacy", 12), ("alt_div", 11),
    ("alt_ent", 8), ("mixed", 8), ("html", 5),
]

DEFAULT_ATTACH = [
    ("photo.jpg", "image/jpeg"), ("scan.pdf", "application/pdf"),
    ("screenshot.png", "image/png"),
]

SPECIALS = set('()<>@,;:\\".[]')


def crlf(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\n", "\r\n")


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encoded_words(s, rng, limit=30):
    """RFC 2047 encode s as one or more encoded-words (charset, Q or B)."""
    charset = "utf-8"
    try:
        s.encode("iso-8859-1")
        if rng.random() < 0.3:
            charset = "iso-8859-1"
    except UnicodeEncodeError:
        pass
    mode = "Q" if rng.random() < 0.55 else "B"
    words = []
    chunk = ""
    chunks = []
    for ch in s:
        if len((chunk + ch).encode(charset)) > limit:
            chunks.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        chunks.append(chunk)
    for c in chunks:
        raw = c.encode(charset)
        if mode == "B":
            enc = base64.b64encode(raw).decode("ascii")
        else:
            out = []
            for b in raw:
                ch = chr(b)
                if ch == " ":
                    out.append("_")
                elif ch.isascii() and ch.isalnum():
                    out.append(ch)
                else:
                    out.append("=%02X" % b)
            enc = "".join(out)
        word = "=?%s?%s?%s?=" % (charset, mode, enc)
        if len(word) > 75 and mode == "Q":
            word = "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode("ascii"))
        words.append(word)
    return "\r\n ".join(words)


def header_text(s, rng):
    if is_ascii(s):
        return s
    return encoded_words(s, rng)


def mailbox(name, addr, rng):
    if not name:
        return addr
    if not is_ascii(name):
        # one encoded-word: parsers put a space between adjacent words in a phrase
        return "%s <%s>" % (encoded_words(name, rng, limit=45), addr)
    if any(c in SPECIALS for c in name):
        return '"%s" <%s>' % (name.replace("\\", "\\\\").replace('"', '\\"'), addr)
    return "%s <%s>" % (name, addr)


def pick_charset(text, lang, pack, rng):
    if pack == "legacy":
        opts = LEGACY[lang][:]
        rng.shuffle(opts)
        for cs in opts:
            try:
                text.encode(cs)
                return cs
            except UnicodeEncodeError:
                continue
        return "utf-8"
    return "utf-8"


def encode_body(text, charset, cte):
    """Return (cte, bytes-with-CRLF) for a text body."""
    text = text.replace("\r\n", "\n")
    if cte in ("7bit", "8bit"):
        raw = text.encode(charset)
        if cte == "7bit" and not all(b < 128 for b in raw):
            cte = "8bit"
        if cte == "8bit" and all(b < 128 for b in raw):
            cte = "7bit"
        return cte, raw.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        enc = quopri.encodestring(text.encode(charset))
        return cte, enc.replace(b"\n", b"\r\n")
    if cte == "base64":
        raw = text.replace("\n", "\r\n").encode(charset)
        return cte, base64.encodebytes(raw).replace(b"\n", b"\r\n")
    raise ValueError(cte)


def ent(s):
    out = []
    for ch in s:
        if ch in "<>&":
            out.append(html.escape(ch))
        elif ord(ch) > 127:
            name = html.entities.codepoint2name.get(ord(ch))
            out.append("&%s;" % name if name else "&#%d;" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def to_html(text, style):
    """Turn a plain body into HTML. style: div, ent, page."""
    lines = text.rstrip("\n").split("\n")
    esc = ent if style == "ent" else (lambda s: html.escape(s, quote=False))
    out = []
    if style == "div":
        out.append('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>')
        inquote = False
        for ln in lines:
            q = ln.startswith(">")
            if q and not inquote:
                out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
                inquote = True
            if not q and inquote:
                out.append("</blockquote>")
                inquote = False
            if q:
                ln = ln[1:].lstrip(" ") if not ln.startswith(">>") else ln[1:]
            out.append("<div>%s</div>" % (esc(ln) if ln.strip() else "<br>"))
        if inquote:
            out.append("</blockquote>")
        out.append("</body></html>")
    else:
        out.append("<!DOCTYPE html>")
        out.append("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">")
        para = []
        for ln in lines + [""]:
            if ln.strip():
                para.append(esc(ln))
            elif para:
                out.append("<p>%s</p>" % "<br>\n".join(para))
                para = []
        out.append("</body></html>")
    return "\n".join(out) + "\n"


def fake_attachment(name, ctype, rng):
    n = rng.randint(180, 600)
    blob = bytes(rng.randrange(256) for _ in range(n))
    if ctype == "image/jpeg":
        data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + blob + b"\xff\xd9"
    elif ctype == "image/png":
        data = b"\x89PNG\r\n\x1a\n" + blob
    elif ctype == "application/pdf":
        data = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + blob + b"\n%%EOF\n"
    else:
        data = blob
    return data


def boundary(rng, tag):
    return "----=_%s_%08X.%06d" % (tag, rng.getrandbits(32), rng.randrange(10 ** 6))


def text_part(text, subtype, charset, cte):
    cte, payload = encode_body(text, charset, cte)
    head = "Content-Type: text/%s; charset=\"%s\"\r\nContent-Transfer-Encoding: %s\r\n" % (
        subtype, charset, cte)
    return head.encode("ascii"), payload


def multipart(subtype, parts, rng, extra_ct=""):
    b = boundary(rng, subtype[:3].upper())
    head = 'Content-Type: multipart/%s;%s\r\n boundary="%s"\r\n' % (subtype, extra_ct, b)
    body = b"This is a multi-part message in MIME format.\r\n\r\n"
    for ph, pb in parts:
        body += b"--" + b.encode() + b"\r\n" + ph + b"\r\n" + pb
        if not pb.endswith(b"\r\n"):
            body += b"\r\n"
    body += b"--" + b.encode() + b"--\r\n"
    return head.encode("ascii"), body


def build_customer_body(m, lang, rng):
    text = m["b"].strip("\n") + "\n"
    pack = m.get("pack")
    if not pack:
        r = rng.randrange(sum(w for _, w in PACKS))
        for pack, w in PACKS:
            if r < w:
                break
            r -= w
    if pack == "plain":
        return text_part(text, "plain", "utf-8", "8bit"), pack
    if pack == "qp":
        return text_part(text, "plain", "utf-8", "quoted-printable"), pack
    if pack == "b64":
        return text_part(text, "plain", "utf-8", "base64"), pack
    if pack == "legacy":
        cs = pick_charset(text, lang, pack, rng)
        cte = "quoted-printable" if rng.random() < 0.5 else "8bit"
        return text_part(text, "plain", cs, cte), pack
    if pack in ("alt_div", "alt_ent"):
        style = "div" if pack == "alt_div" else "ent"
        cs = "utf-8"
        if pack == "alt_ent" and rng.random() < 0.4:
            cs = pick_charset(text, lang, "legacy", rng)
        p1 = text_part(text, "plain", cs, rng.choice(["quoted-printable", "8bit"]))
        p2 = text_part(to_html(text, style), "html", cs if style == "ent" else "utf-8",
                       rng.choice(["quoted-printable", "base64"]))
        return multipart("alternative", [p1, p2], rng), pack
    if pack == "html":
        return text_part(to_html(text, "page"), "html", "utf-8", "quoted-printable"), pack
    if pack == "mixed":
        name, ctype = m.get("attach") or rng.choice(DEFAULT_ATTACH)
        inner = text_part(text, "plain", "utf-8", rng.choice(["8bit", "quoted-printable"]))
        if ctype.startswith("text/"):
            data = m.get("attach_text", "see above\n")
            ah = ('Content-Type: %s; charset="us-ascii"; name="%s"\r\n'
                  'Content-Disposition: attachment; filename="%s"\r\n'
                  'Content-Transfer-Encoding: 7bit\r\n' % (ctype, name, name)).encode("ascii")
            ab = crlf(data).encode("ascii")
        else:
            data = fake_attachment(name, ctype, rng)
            ah = ('Content-Type: %s; name="%s"\r\n'
                  'Content-Disposition: attachment; filename="%s"\r\n'
                  'Content-Transfer-Encoding: base64\r\n' % (ctype, name, name)).encode("ascii")
            ab = base64.encodebytes(data).replace(b"\n", b"\r\n")
        return multipart("mixed", [inner, (ah, ab)], rng), pack
    raise ValueError(pack)


def build_auto_body(m, rng):
    build = m.get("build", "plain")
    text = m["b"].strip("\n") + "\n"
    if build == "plain":
        cte = m.get("cte", "8bit")
        return text_part(text, "plain", m.get("charset", "utf-8"), cte), build
    if build == "html":
        p1 = text_part(text, "plain", "utf-8", "quoted-printable")
        p2 = text_part(to_html(text, "ent"), "html", "utf-8", "quoted-printable")
        return multipart("alternative", [p1, p2], rng), build
    if build == "dsn":
        p1 = text_part(text, "plain", m.get("charset", "utf-8"), m.get("cte", "8bit"))
        st = crlf(m["status"].strip("\n") + "\n")
        p2 = (b"Content-Type: message/delivery-status\r\n", st.encode("ascii"))
        otype = m.get("orig_type", "message/rfc822")
        orig = crlf(m["original"].strip("\n") + "\n")
        ob = orig.encode("utf-8")
        cte3 = "7bit" if all(x < 128 for x in ob) else "8bit"
        if otype == "text/rfc822-headers":
            oh = 'Content-Type: text/rfc822-headers; charset="us-ascii"\r\nContent-Transfer-Encoding: 7bit\r\n'
        else:
            oh = "Content-Type: message/rfc822\r\nContent-Transfer-Encoding: %s\r\n" % cte3
        p3 = (oh.encode("ascii"), ob)
        return multipart("report", [p1, p2, p3], rng, " report-type=delivery-status;"), build
    if build == "mdn":
        p1 = text_part(text, "plain", m.get("charset", "utf-8"), m.get("cte", "8bit"))
        md = crlf(m["mdn"].strip("\n") + "\n")
        p2 = (b"Content-Type: message/disposition-notification\r\n", md.encode("ascii"))
        parts = [p1, p2]
        if m.get("original"):
            oh = b'Content-Type: text/rfc822-headers; charset="us-ascii"\r\nContent-Transfer-Encoding: 7bit\r\n'
            parts.append((oh, crlf(m["original"].strip("\n") + "\n").encode("ascii")))
        return multipart("report", parts, rng, " report-type=disposition-notification;"), build
    raise ValueError(build)


def collect():
    items = []
    for mod, lang, cls in [(h23_en_pos, "en", "pos"), (h23_en_neg, "en", "neg"),
                           (h23_de, "de", None), (h23_fr, "fr", None), (h23_es, "es", None)]:
        for m in mod.MESSAGES:
            m = dict(m)
            m["lang"] = lang
            m["auto"] = "-"
            items.append(m)
    for m in h23_auto.MESSAGES:
        m = dict(m)
        m["auto"] = m["kind"]
        m.setdefault("t", "-")
        items.append(m)
    return items


def fmt_date(rng, lang, idx):
    base = datetime.datetime(2025, 1, 6, 7, 0, 0)
    dt = base + datetime.timedelta(days=rng.randrange(300), seconds=rng.randrange(14 * 3600))
    off = rng.choice(TZ[lang])
    tz = datetime.timezone(datetime.timedelta(minutes=off))
    return email.utils.format_datetime(dt.replace(tzinfo=tz))


def generate():
    rng = random.Random(SEED)
    items = collect()
    rng.shuffle(items)
    files = {}
    rows = [LABEL_HEADER]
    for i, m in enumerate(items, 1):
        name = "%s%04d.eml" % (PREFIX, i)
        lang = m["lang"]
        fname, faddr = m["f"]
        dom = faddr.split("@", 1)[1]
        hdrs = []
        for h in m.get("pre", []):
            hdrs.append(h)
        hdrs.append("From: " + mailbox(fname, faddr, rng))
        hdrs.append("To: " + mailbox(m.get("to_name", ""), DESK, rng))
        if m.get("cc"):
            hdrs.append("Cc: " + ", ".join(mailbox(n, a, rng) for n, a in m["cc"]))
        hdrs.append("Subject: " + header_text(m["s"], rng))
        hdrs.append("Date: " + m.get("date", fmt_date(rng, lang, i)))
        mid_dom = m.get("mid_domain", dom)
        mid = "<%016x.%d@%s>" % (rng.getrandbits(64), rng.randrange(10 ** 5), mid_dom)
        hdrs.append("Message-ID: " + mid)
        subj_l = m["s"].lower()
        if m.get("reply") or subj_l.startswith(("re:", "aw:", "rép", "rv:", "re :", "antw:", "wg:", "fwd:", "tr:", "fw:")):
            ref = "<%012x@example.test>" % rng.getrandbits(48)
            if not subj_l.startswith(("fwd:", "wg:", "tr:", "fw:")):
                hdrs.append("In-Reply-To: " + ref)
                hdrs.append("References: " + ref)
        hdrs.append("MIME-Version: 1.0")
        if m["auto"] == "-":
            k, v = m.get("client") or rng.choice(CLIENTS)
            if k:
                hdrs.append("%s: %s" % (k, v))
        for h in m.get("hdr", []):
            hdrs.append(h)
        if m["auto"] == "-":
            (ph, pb), pack = build_customer_body(m, lang, rng)
        else:
            (ph, pb), pack = build_auto_body(m, rng)
        raw = crlf("\n".join(hdrs) + "\n").encode("ascii") + ph + b"\r\n" + pb
        files[name] = raw
        t = m.get("t", "-") or "-"
        if t != "-":
            t = ",".join(sorted(set(x.strip() for x in t.split(","))))
        note = m.get("note", "-") or "-"
        ind = m.get("ind")
        if ind:
            note = ind + ("" if note == "-" else "; " + note)
        note = note + "; pack=" + pack
        rows.append("\t".join([name, t, m["auto"], lang, m.get("trap", "-") or "-", note]))
    files["labels.tsv"] = ("\n".join(rows) + "\n").encode("utf-8")
    return files


def walk(part):
    yield part
    if part.is_multipart():
        if part.get_content_type() == "message/delivery-status":
            return
        for sub in part.get_payload():
            yield from walk(sub)


def check(files):
    errors = []
    for name, data in sorted(files.items()):
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            errors.append("%s: missing on disk" % name)
            continue
        with open(path, "rb") as fh:
            if fh.read() != data:
                errors.append("%s: differs from regenerated bytes" % name)
    on_disk = {f for f in os.listdir(HERE) if f.endswith(".eml")}
    extra = on_disk - set(files)
    if extra:
        errors.append("unexpected files: %s" % sorted(extra))
    rows = files["labels.tsv"].decode("utf-8").rstrip("\n").split("\n")
    if rows[0] != LABEL_HEADER:
        errors.append("labels.tsv: bad header")
    counts = {t: 0 for t in TRIGGERS}
    labelled = set()
    for row in rows[1:]:
        cols = row.split("\t")
        if len(cols) != 6:
            errors.append("labels.tsv: bad row %r" % row)
            continue
        fn, trig, auto, lang, trap, note = cols
        labelled.add(fn)
        if fn not in files:
            errors.append("%s: labelled but not generated" % fn)
        if lang not in LANGS:
            errors.append("%s: bad lang %s" % (fn, lang))
        if auto != "-" and auto not in AUTOMATED_KINDS:
            errors.append("%s: bad automated kind %s" % (fn, auto))
        if not trap or not note:
            errors.append("%s: empty trap/note" % fn)
        if trig != "-":
            ids = trig.split(",")
            if ids != sorted(set(ids)):
                errors.append("%s: triggers not sorted/unique" % fn)
            for t in ids:
                if t not in counts:
                    errors.append("%s: unknown trigger %s" % (fn, t))
                else:
                    counts[t] += 1
            if auto != "-":
                errors.append("%s: automated mail carries triggers" % fn)
    if labelled != {f for f in files if f.endswith(".eml")}:
        errors.append("labels.tsv and files disagree")
    for t, n in counts.items():
        if n < 10:
            errors.append("trigger %s has only %d positives" % (t, n))
    for name, data in sorted(files.items()):
        if not name.endswith(".eml"):
            continue
        if b"\r\n" not in data or data.replace(b"\r\n", b"").find(b"\n") >= 0 or \
                data.replace(b"\r\n", b"").find(b"\r") >= 0:
            errors.append("%s: not CRLF-only" % name)
        for ln in data.split(b"\r\n"):
            if len(ln) > 998:
                errors.append("%s: line longer than 998 octets" % name)
                break
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (name, h))
        try:
            tos = [a.addr_spec for a in msg["To"].addresses]
            if tos != [DESK]:
                errors.append("%s: To is %s" % (name, tos))
        except Exception as exc:  # pragma: no cover
            errors.append("%s: To unparsable: %s" % (name, exc))
        for part in walk(msg):
            if part.defects:
                errors.append("%s: defects %s" % (name, part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errors.append("%s: header %s defects %s" % (name, k, v.defects))
            if part.get_content_maintype() == "text" and not part.is_multipart():
                cs = part.get_content_charset() or "us-ascii"
                payload = part.get_payload(decode=True) or b""
                try:
                    payload.decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as exc:
                    errors.append("%s: text part does not decode as %s: %s" % (name, cs, exc))
    return errors, counts


def main():
    files = generate()
    if "--check" in sys.argv[1:]:
        errors, counts = check(files)
        for e in errors:
            print("FAIL", e)
        if errors:
            print("%d problem(s)" % len(errors))
            sys.exit(1)
        print("OK: %d messages; positives per trigger: %s" % (
            len(files) - 1, ", ".join("%s=%d" % kv for kv in counts.items())))
        return
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    print("wrote %d files" % len(files))


if __name__ == "__main__":
    main()
