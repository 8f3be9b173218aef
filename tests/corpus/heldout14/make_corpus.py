#!/usr/bin/env python3
"""Build (or --check) the heldout14 blind support-mail corpus.

    python3 make_corpus.py          # write h14-NNNN.eml, labels.tsv
    python3 make_corpus.py --check  # validate the written files

Standard library only. All message texts are hand-written literals in the h14_*.py modules;
a fixed seed chooses only packaging (MIME structure, charset, transfer encoding, RFC 2047),
dates, Message-IDs, mail-client headers and the shuffled order of the file names, so every
run writes byte-identical files.
"""
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ behind

import base64
import datetime
import email
import email.policy
import email.utils
import html
import os
import quopri
import random
import zlib
import struct
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h14_en_pos  # noqa: E402
import h14_en_neg  # noqa: E402
import h14_de  # noqa: E402
import h14_fr  # noqa: E402
import h14_es  # noqa: E402
import h14_auto  # noqa: E402

SEED = 14_0314
PREFIX = "h14-"
TRIGGERS = [
    "legal_threat", "regulatory", "manager_request", "corporate_contact_request",
    "executive_contact", "security_incident", "data_loss", "outage", "billing_dispute",
    "cancellation_threat", "media_threat", "discrimination_harassment", "safety",
    "broken_promise", "repeat_contact", "high_value_order", "severe_dissatisfaction",
    "feature_request", "technical_issue",
]
AUTO_KINDS = ["auto_reply", "bounce", "list", "receipt", "self"]
LANGS = ["en", "de", "fr", "es"]
SUPPORT = "support@example.test"
HEADER = "file\ttriggers\tautomated\tlang\ttrap\tnote"

CLIENTS = [
    [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2")],
    [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0")],
    [("X-Mailer", "Apple Mail (2.3774.600.62)")],
    [("X-Mailer", "iPhone Mail (21G93)")],
    [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None), ("Content-Language", None)],
    [("User-Agent", "Roundcube Webmail/1.6.9")],
    [("X-Mailer", "Evolution 3.52.4")],
    [("User-Agent", "K-9 Mail for Android")],
    [],
    [],
]
TZ = {
    "en": ["+0000", "+0100", "-0500", "-0800", "+1000", "-0400"],
    "de": ["+0100", "+0200"],
    "fr": ["+0100", "+0200", "-0400"],
    "es": ["+0100", "+0200", "-0300", "-0600", "-0500"],
}
LEGACY = ["iso-8859-1", "iso-8859-15", "windows-1252"]
ATTACH_NAMES = ["photo.png", "screenshot.png", "IMG_4821.png", "Bildschirmfoto.png",
                "capture.png", "foto.png", "scan.png", "error.png", "image001.png"]


def tiny_png(rng):
    """A valid 2x2 PNG with seed-chosen colours."""
    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b""
    for _ in range(2):
        raw += b"\x00" + bytes(rng.randrange(256) for _ in range(6))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------- encoding helpers
def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def encode_body(text, cs, cte):
    """Return (cte, bytes-with-CRLF) for a text body."""
    raw = text.replace("\r\n", "\n").encode(cs)  # strict
    longest = max(len(l) for l in raw.split(b"\n"))
    if cte in ("7bit", None) and all(b < 128 for b in raw) and longest < 900:
        return "7bit", crlf_b(raw)
    if cte == "7bit" or cte is None:
        cte = "8bit"
    if cte == "8bit" and longest >= 900:
        cte = "quoted-printable"
    if cte == "8bit":
        return "8bit", crlf_b(raw)
    if cte == "quoted-printable":
        return cte, crlf_b(quopri.encodestring(raw))
    if cte == "base64":
        return cte, crlf_b(base64.encodebytes(crlf_b(raw)))
    raise ValueError(cte)


def crlf_b(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def enc_header(name, value, cs):
    h = Header(value, cs, header_name=name, maxlinelen=76)
    return h.encode(linesep="\r\n")


def fmt_addr(name, addr, force_cs=None):
    if not name:
        return addr
    try:
        name.encode("ascii")
        ascii_ok = True
    except UnicodeEncodeError:
        ascii_ok = False
    if ascii_ok and not force_cs:
        return email.utils.formataddr((name, addr))
    cs = force_cs or "utf-8"
    try:
        name.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return Header(name, cs).encode() + " <" + addr + ">"


# ---------------------------------------------------------------- MIME tree serialiser
class Ser:
    def __init__(self, rng):
        self.rng = rng

    def boundary(self):
        return "----=_Part_%d_%d.%d" % (self.rng.randrange(10**5), self.rng.randrange(10**9),
                                        self.rng.randrange(10**12))

    def node(self, n):
        """Return (list of header lines, body bytes)."""
        kind = n[0]
        if kind == "text":
            _, sub, cs, cte, text, disp, extra = n
            cte, body = encode_body(text, cs, cte)
            hl = ['Content-Type: text/%s; charset="%s"' % (sub, cs), "Content-Transfer-Encoding: " + cte]
            if disp:
                hl.append("Content-Disposition: " + disp)
            hl += ["%s: %s" % kv for kv in extra]
            return hl, body
        if kind == "multi":
            _, sub, params, children, extra = n
            b = self.boundary()
            p = "".join('; %s="%s"' % kv if " " in kv[1] or "/" in kv[1] else "; %s=%s" % kv
                        for kv in params.items())
            hl = ['Content-Type: multipart/%s%s;\r\n\tboundary="%s"' % (sub, p, b)]
            hl += ["%s: %s" % kv for kv in extra]
            out = b""
            if sub in ("report", "mixed") and self.rng.random() < 0.5:
                out += b"This is a multi-part message in MIME format.\r\n\r\n"
            for c in children:
                chl, cb = self.node(c)
                out += b"--" + b.encode() + b"\r\n" + "\r\n".join(chl).encode("ascii") + b"\r\n\r\n" + cb
                if not cb.endswith(b"\r\n"):
                    out += b"\r\n"
            out += b"--" + b.encode() + b"--\r\n"
            return hl, out
        if kind == "raw":
            _, ctype, text, extra = n
            hl = ["Content-Type: " + ctype] + ["%s: %s" % kv for kv in extra]
            return hl, crlf(text).encode("utf-8")
        if kind == "bin":
            _, ctype, name, data = n
            hl = ['Content-Type: %s; name="%s"' % (ctype, name),
                  'Content-Disposition: attachment; filename="%s"' % name,
                  "Content-Transfer-Encoding: base64"]
            return hl, crlf_b(base64.encodebytes(data))
        raise ValueError(kind)

    def message(self, headers, tree):
        hl, body = self.node(tree)
        lines = []
        for k, v in headers:
            lines.append("%s: %s" % (k, v))
        if not any(k.lower() == "mime-version" for k, _ in headers):
            lines.append("MIME-Version: 1.0")
        lines += hl
        head = "\r\n".join(crlf(l) for l in lines).encode("ascii") + b"\r\n\r\n"
        return head + body


# ---------------------------------------------------------------- customer packaging
def text_to_html(text, divs=False):
    """Convert a hand-written plain body to HTML; '>' quoted runs become <blockquote type=cite>."""
    lines = text.rstrip("\n").split("\n")

    def depth(l):
        d = 0
        s = l
        while s.startswith(">"):
            d += 1
            s = s[1:].lstrip(" ") if s[1:2] in (" ", ">") or s[1:] == "" else s[1:]
        return d, s

    out = []
    cur = 0
    para = []

    def flush():
        if para:
            if divs:
                for p in para:
                    out.append("<div>%s</div>" % (html.escape(p, quote=False) or "<br>"))
            else:
                out.append("<p>" + "<br>\n".join(html.escape(p, quote=False) for p in para) + "</p>")
            para.clear()

    for l in lines:
        d, s = depth(l)
        while cur < d:
            flush()
            out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            cur += 1
        while cur > d:
            flush()
            out.append("</blockquote>")
            cur -= 1
        if s.strip() == "":
            flush()
            if divs:
                out.append("<div><br></div>")
        else:
            para.append(s)
    flush()
    while cur > 0:
        out.append("</blockquote>")
        cur -= 1
    body = "\n".join(out)
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            '<body style="font-family:Arial,sans-serif;font-size:11pt">\n%s\n</body>\n</html>\n' % body)


def pick_charset(rng, text, lang):
    r = rng.random()
    if lang != "en" and r < 0.45 or lang == "en" and r < 0.12:
        cs = rng.choice(LEGACY)
        try:
            text.encode(cs)
            return cs, rng.choice(["8bit", "8bit", "quoted-printable"])
        except UnicodeEncodeError:
            pass
    return "utf-8", rng.choice([None, None, "8bit", "quoted-printable", "quoted-printable", "base64"])


def customer(rng, ser, m, lang, idx):
    name, addr = email.utils.parseaddr(m["frm"])
    dom = addr.split("@", 1)[1]
    pack = m.get("pack") or rng.choices(["plain", "html", "htmldiv", "htmlonly", "mixed"],
                                        [45, 24, 9, 7, 15])[0]
    cs, cte = pick_charset(rng, m["body"] + m["subj"] + name, lang)
    if m.get("cs"):
        cs, cte = m["cs"], m.get("cte", "8bit")
    plain = ("text", "plain", cs, cte, m["body"], None, [])
    if pack in ("html", "htmldiv", "htmlonly"):
        h = m.get("html") or text_to_html(m["body"], divs=(pack == "htmldiv"))
        if cs != "utf-8":
            h = h.replace("charset=utf-8", "charset=" + cs)
        hnode = ("text", "html", cs, rng.choice(["quoted-printable", "quoted-printable", "base64", None]),
                 h, None, [])
        tree = hnode if pack == "htmlonly" else ("multi", "alternative", {}, [plain, hnode], [])
    elif pack == "mixed":
        fname = m.get("attach_name") or rng.choice(ATTACH_NAMES)
        inner = plain
        if rng.random() < 0.4:
            inner = ("multi", "alternative", {}, [plain, ("text", "html", cs, "quoted-printable",
                                                          text_to_html(m["body"]).replace("charset=utf-8", "charset=" + cs), None, [])], [])
        tree = ("multi", "mixed", {}, [inner, ("bin", "image/png", fname, tiny_png(rng))], [])
    else:
        tree = plain

    # headers
    force = rng.random() < 0.08
    hcs = cs if cs != "utf-8" and rng.random() < 0.6 else "utf-8"
    try:
        m["subj"].encode(hcs)
        (name or "").encode(hcs)
    except UnicodeEncodeError:
        hcs = "utf-8"
    frm = fmt_addr(name, addr, hcs if force or rng.random() < 0.04 else None)
    subj_ascii = all(ord(c) < 128 for c in m["subj"])
    if not subj_ascii or force:
        subj = enc_header("Subject", m["subj"], hcs)
    else:
        subj = m["subj"]
    date = base_date(rng, lang)
    mid = "<%s.%s@%s>" % (rng.choice(["", "CA", "mail.", "em"]) + "%x" % rng.getrandbits(48),
                          "%x" % rng.getrandbits(24), rng.choice([dom, dom, "mail." + dom, "mx.mail.example"]))
    to = rng.choice([SUPPORT, SUPPORT, "Support <%s>" % SUPPORT, '"Customer Support" <%s>' % SUPPORT])
    hdrs = []
    if rng.random() < 0.5:
        hdrs.append(("Return-Path", "<%s>" % addr))
        hdrs.append(("Received", "from mail.%s (mail.%s [%s])\r\n\tby mx.example.test (Postfix) with ESMTPS id %X\r\n\tfor <%s>; %s"
                     % (dom, dom, rand_ip(rng), rng.getrandbits(40), SUPPORT, date)))
    hdrs += [("From", frm), ("To", to), ("Subject", subj), ("Date", date), ("Message-ID", mid)]
    s = m["subj"].lower()
    if m.get("reply") or s.startswith(("re:", "aw:", "ré:", "réf", "rv:", "re :", "antw:", "wg:", "tr:", "fwd:", "fw:")):
        ref = "<%x@example.test>" % rng.getrandbits(40)
        hdrs += [("In-Reply-To", ref), ("References", ref)]
    for k, v in rng.choice(CLIENTS):
        if k == "Thread-Index":
            v = base64.b64encode(bytes(rng.randrange(256) for _ in range(22))).decode()
        if k == "Content-Language":
            v = {"en": "en-GB", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}[lang]
        hdrs.append((k, v))
    hdrs.append(("MIME-Version", "1.0"))
    return ser.message(hdrs, tree)


def rand_ip(rng):
    return "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randrange(1, 255))


def base_date(rng, lang):
    start = datetime.datetime(2024, 2, 1, 6, 0)
    dt = start + datetime.timedelta(minutes=rng.randrange(0, 60 * 24 * 640))
    tz = rng.choice(TZ[lang])
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:])) * sign
    return email.utils.format_datetime(dt.replace(tzinfo=datetime.timezone(off)))


def automated(rng, ser, a):
    hdrs = []
    for k, v in a["headers"]:
        if v == "@DATE":
            v = base_date(rng, a["lang"])
        elif isinstance(v, str) and "@MID" in v:
            v = v.replace("@MID", "%x.%x" % (rng.getrandbits(40), rng.getrandbits(20)))
        elif isinstance(v, tuple) and v[0] == "ENC":
            v = enc_header(k, v[1], v[2])
        elif k == "Subject" and not v.isascii():
            v = enc_header(k, v, "utf-8")
        elif k in ("From", "To") and not v.isascii():
            n, addr = email.utils.parseaddr(v)
            v = fmt_addr(n, addr, "utf-8")
        hdrs.append((k, v))
    return ser.message(hdrs, a["tree"])


# ---------------------------------------------------------------- collect / write / check
def collect():
    items = []
    for mod in (h14_en_pos, h14_en_neg, h14_de, h14_fr, h14_es):
        for m in mod.MSGS:
            lang = m.get("lang", mod.LANG)
            trig = sorted(set(t for t in m["t"].replace(" ", "").split(",") if t and t != "-"))
            items.append(dict(kind="customer", lang=lang, msg=m, triggers=trig, auto="-",
                              trap=m["trap"], note=m["note"]))
    for a in h14_auto.MSGS:
        items.append(dict(kind="auto", lang=a["lang"], msg=a, triggers=[], auto=a["kind"],
                          trap=a["trap"], note=a["note"]))
    return items


def build():
    rng = random.Random(SEED)
    items = collect()
    order = list(range(len(items)))
    rng.shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX) and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    rows = [HEADER]
    files = []
    for n, i in enumerate(order, 1):
        it = items[i]
        name = "%s%04d.eml" % (PREFIX, n)
        files.append((name, it))
    # packaging randomness is drawn per message in file order, from a seed per file
    for name, it in files:
        r = random.Random("%d:%s" % (SEED, name))
        ser = Ser(r)
        if it["kind"] == "customer":
            data = customer(r, ser, it["msg"], it["lang"], name)
        else:
            data = automated(r, ser, it["msg"])
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        rows.append("\t".join([name, ",".join(it["triggers"]) or "-", it["auto"], it["lang"],
                               it["trap"] or "-", it["note"] or "-"]))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    print("wrote %d messages" % len(files))


def check():
    errors = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().rstrip("\n").split("\n")
    if lines[0] != HEADER:
        errors.append("bad labels.tsv header")
    labels = {}
    counts = {t: 0 for t in TRIGGERS}
    for l in lines[1:]:
        cols = l.split("\t")
        if len(cols) != 6:
            errors.append("bad row: %r" % l)
            continue
        f, trig, auto, lang, trap, note = cols
        if f in labels:
            errors.append("duplicate row " + f)
        labels[f] = cols
        if lang not in LANGS:
            errors.append(f + ": bad lang")
        if auto != "-" and auto not in AUTO_KINDS:
            errors.append(f + ": bad automated kind")
        if not trap or not note:
            errors.append(f + ": empty trap/note")
        if trig != "-":
            ids = trig.split(",")
            if ids != sorted(set(ids)):
                errors.append(f + ": triggers not sorted/unique")
            for t in ids:
                if t not in TRIGGERS:
                    errors.append(f + ": unknown trigger " + t)
                else:
                    counts[t] += 1
            if auto != "-":
                errors.append(f + ": automated mail with triggers")
    emls = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    if set(emls) != set(labels):
        errors.append("labels.tsv and .eml files differ: %s" % sorted(set(emls) ^ set(labels))[:10])
    for f in emls:
        data = open(os.path.join(HERE, f), "rb").read()
        if b"\n" in data.replace(b"\r\n", b"") or b"\r" in data.replace(b"\r\n", b""):
            errors.append(f + ": not CRLF-only")
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (f, h))
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r" % (f, part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errors.append("%s: header %s defects %r" % (f, k, v.defects))
            if part.get_content_maintype() == "text":
                payload = part.get_payload(decode=True)
                cs = part.get_content_charset() or "us-ascii"
                try:
                    payload.decode(cs)
                except (UnicodeDecodeError, LookupError) as e:
                    errors.append("%s: part does not decode as %s: %s" % (f, cs, e))
                if part.get("Content-Transfer-Encoding", "7bit").lower() == "7bit":
                    if any(b > 127 for b in payload):
                        errors.append(f + ": 8-bit data in 7bit part")
    for t, c in counts.items():
        if c < 10:
            errors.append("trigger %s has only %d positives" % (t, c))
    if errors:
        print("\n".join(errors))
        print("CHECK FAILED: %d problem(s)" % len(errors))
        return 1
    print("check passed: %d files; positives per trigger: %s" % (len(emls), ", ".join(
        "%s=%d" % kv for kv in counts.items())))
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    build()
