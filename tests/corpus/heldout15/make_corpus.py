#!/usr/bin/env python3
"""Build (or --check) the heldout15 blind hand-labelled support-mail corpus.

Every message text lives as a hand-written literal in the h15_*.py helper modules.
The fixed seed below only picks packaging, dates, Message-IDs, client headers and
file order, so every run writes byte-identical files.  Standard library only.
"""
import sys
sys.dont_write_bytecode = True  # leave no __pycache__ behind

import base64
import email
import email.policy
import email.utils
import os
import random
import re
import html as htmlmod
from datetime import datetime, timedelta, timezone
from email.header import Header
from email import quoprimime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import h15_pos_en, h15_pos_intl, h15_neg, h15_auto  # noqa: E402

SEED = 15015
DESK = "support@example.test"
TRIGGERS = """legal_threat regulatory manager_request corporate_contact_request
executive_contact security_incident data_loss outage billing_dispute cancellation_threat
media_threat discrimination_harassment safety broken_promise repeat_contact
high_value_order severe_dissatisfaction feature_request technical_issue""".split()
AUTO_KINDS = ["auto_reply", "bounce", "list", "receipt", "self"]
LANGS = ["en", "de", "fr", "es"]
HEADER = "file\ttriggers\tautomated\tlang\ttrap\tnote"

CLIENTS = [
    ("User-Agent", "Mozilla Thunderbird 115.6.0"),
    ("X-Mailer", "Apple Mail (2.3774.400.31)"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("X-Mailer", "iPhone Mail (21E236)"),
    ("User-Agent", "K-9 Mail for Android"),
    ("User-Agent", "Roundcube Webmail/1.6.5"),
    ("X-Mailer", "Evolution 3.50.2"),
    None, None,
]
ZONES = [0, 60, 120, -300, -240, 60, 120, 0, -360, 330]
ATTACH = [
    ("text/csv", "order-lines.csv", "line;item;qty\r\n1;item A;2\r\n2;item B;1\r\n"),
    ("text/plain", "notes.txt", "Reference notes attached as requested.\r\n"),
    ("application/pdf", "scan.pdf", None),
    ("image/png", "screenshot.png", None),
]
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


# ---------------------------------------------------------------- DSL parsing
def parse_dsl(text):
    """Records start with '@@ lang | triggers | trap | From | note | opts'.
    Next line 'Subject: ...', rest is the body."""
    recs = []
    for chunk in re.split(r"^@@ ", text, flags=re.M)[1:]:
        head, _, rest = chunk.partition("\n")
        f = [x.strip() for x in head.split("|")]
        while len(f) < 6:
            f.append("")
        subj_line, _, body = rest.partition("\n")
        assert subj_line.startswith("Subject: "), head
        trig = "-" if f[1] in ("", "-") else ",".join(sorted(f[1].split()))
        recs.append(dict(lang=f[0], triggers=trig, trap=f[2] or "-", frm=f[3],
                         note=f[4] or "-", opts=f[5].split(), subject=subj_line[9:],
                         body=body.strip("\n") + "\n", automated="-"))
    return recs


# ---------------------------------------------------------------- helpers
def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def enc_header(value, charset="utf-8"):
    return Header(value, charset).encode(linesep="\r\n")


def fmt_addr(name_addr, force2047=False):
    name, addr = email.utils.parseaddr(name_addr)
    if not name:
        return "<%s>" % addr if force2047 else addr
    if force2047 or not name.isascii():
        return "%s <%s>" % (enc_header(name), addr)
    if re.search(r'[(),.:;<>@\[\]"\\]', name):
        return '"%s" <%s>' % (name.replace('"', ''), addr)
    return "%s <%s>" % (name, addr)


def subject_header(s, rng):
    if not s.isascii() or rng.random() < 0.04:
        return enc_header(s)
    return s


def html_of(text, divs=False):
    lines = text.rstrip("\n").split("\n")
    if divs:
        inner = "\n".join("<div>%s</div>" % (htmlmod.escape(l) if l else "<br>") for l in lines)
    else:
        paras = "\n".join(lines).split("\n\n")
        inner = "\n".join("<p>%s</p>" % "<br>\n".join(htmlmod.escape(l) for l in p.split("\n"))
                          for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head>\n<body>\n%s\n</body></html>\n' % inner)


def strip_html(h):
    t = re.sub(r"(?is)<(head|style).*?</\1>", "", h)
    t = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</blockquote>|</li>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = htmlmod.unescape(t)
    return re.sub(r"\n{3,}", "\n\n", t).strip("\n") + "\n"


def leaf(ctype, text, cte, charset="utf-8", extra=""):
    text = text.replace("\r\n", "\n")
    data = text.encode(charset)
    if cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte == "quoted-printable":
        payload = quoprimime.body_encode(data.decode("latin-1"), maxlinelen=76, eol="\n")
        if not payload.endswith("\n"):
            payload += "\n"
    else:
        payload = data.decode("latin-1")  # raw octets carried as latin-1 code points
    return ("Content-Type: %s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n\n%s"
            % (ctype, charset, extra, cte, payload))


def natural_cte(text, charset="utf-8"):
    return "7bit" if text.isascii() else "8bit"


def binary_leaf(ctype, name, data):
    b64 = base64.encodebytes(data).decode("ascii")
    return ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
            'Content-Transfer-Encoding: base64\n\n%s' % (ctype, name, name, b64))


def multipart(subtype, parts, rng, extra=""):
    b = "=_h15_%08x" % rng.getrandbits(32)
    out = 'Content-Type: multipart/%s;%s boundary="%s"\n\nThis is a multi-part message in MIME format.\n' % (
        subtype, extra, b)
    for p in parts:
        out += "\n--%s\n%s" % (b, p if p.endswith("\n") else p + "\n")
    out += "\n--%s--\n" % b
    return out


# ---------------------------------------------------------------- packaging
def body_customer(rec, rng):
    text = rec["body"]
    opts = rec["opts"]
    if "html" in opts:  # hand-written HTML body, sent HTML-only or with derived plain part
        h = text
        if rng.random() < 0.5:
            return "html-only", leaf("text/html", h, natural_cte(h))
        return "alternative", multipart("alternative", [
            leaf("text/plain", strip_html(h), natural_cte(strip_html(h))),
            leaf("text/html", h, "quoted-printable")], rng)
    r = rng.random()
    if r < 0.22:
        return "plain", leaf("text/plain", text, natural_cte(text))
    if r < 0.32:
        return "plain-qp", leaf("text/plain", text, "quoted-printable")
    if r < 0.40:
        return "plain-base64", leaf("text/plain", text, "base64")
    if r < 0.55:
        for cs in (["iso-8859-1", "iso-8859-15", "windows-1252"][rng.randrange(3)], "windows-1252"):
            try:
                text.encode(cs)
            except UnicodeEncodeError:
                continue
            cte = "8bit" if not text.isascii() else "7bit"
            if rng.random() < 0.3:
                cte = "quoted-printable"
            return "legacy-" + cs, leaf("text/plain", text, cte, cs)
        return "plain", leaf("text/plain", text, natural_cte(text))
    if r < 0.72:
        h = html_of(text, divs=rng.random() < 0.4)
        return "alternative", multipart("alternative", [
            leaf("text/plain", text, natural_cte(text)),
            leaf("text/html", h, "quoted-printable")], rng)
    if r < 0.80:
        h = html_of(text, divs=rng.random() < 0.5)
        return "html-only", leaf("text/html", h, ["quoted-printable", "base64", "8bit"][rng.randrange(3)]
                                 if not h.isascii() else "7bit")
    ctype, name, data = ATTACH[rng.randrange(len(ATTACH))]
    first = leaf("text/plain", text, natural_cte(text))
    if rng.random() < 0.4:
        h = html_of(text)
        first = multipart("alternative", [first, leaf("text/html", h, "quoted-printable")], rng)
    if data is None:
        att = binary_leaf(ctype, name, PNG if ctype == "image/png" else PDF)
    else:
        att = leaf(ctype, data, "7bit", "us-ascii",
                   '; name="%s"\nContent-Disposition: attachment; filename="%s"' % (name, name))
    return "mixed", multipart("mixed", [first, att], rng)


def msgid(rng, domain):
    return "<%s.%s@%s>" % (rng.getrandbits(40).__format__("x"), rng.getrandbits(24).__format__("x"), domain)


def date_hdr(rng):
    base = datetime(2025, 3, 3, 8, 0, tzinfo=timezone.utc)
    t = base + timedelta(minutes=rng.randrange(0, 60 * 24 * 200))
    tz = timezone(timedelta(minutes=ZONES[rng.randrange(len(ZONES))]))
    return email.utils.format_datetime(t.astimezone(tz))


def build_customer(rec, rng):
    name, addr = email.utils.parseaddr(rec["frm"])
    dom = addr.split("@")[1]
    hdrs = []
    date = date_hdr(rng)
    if rng.random() < 0.5:
        hdrs.append("Return-Path: <%s>" % addr)
        hdrs.append("Received: from [192.0.2.%d] (unknown [198.51.100.%d])\n\tby mx.example.test with ESMTPSA; %s"
                    % (rng.randrange(2, 250), rng.randrange(2, 250), date))
    hdrs.append("From: " + fmt_addr(rec["frm"], force2047=rng.random() < 0.03))
    hdrs.append("To: " + (DESK if rng.random() < 0.6 else "Support <%s>" % DESK))
    hdrs.append("Subject: " + subject_header(rec["subject"], rng))
    hdrs.append("Date: " + date)
    hdrs.append("Message-ID: " + msgid(rng, dom))
    if rec["subject"].lower().startswith(("re:", "aw:", "r:", "rép", "re :")):
        ref = msgid(rng, "example.test")
        hdrs.append("In-Reply-To: " + ref)
        hdrs.append("References: " + ref)
    c = CLIENTS[rng.randrange(len(CLIENTS))]
    if c:
        hdrs.append("%s: %s" % c)
    hdrs.append("MIME-Version: 1.0")
    pack, body = body_customer(rec, rng)
    return pack, "\n".join(hdrs) + "\n" + body


# ---------------------------------------------------------------- automated
def build_auto(rec, rng):
    hdrs = list(rec.get("pre", []))
    hdrs.append("From: " + fmt_addr(rec["frm"]))
    hdrs.append("To: " + rec.get("to", DESK))
    hdrs.append("Subject: " + subject_header(rec["subject"], rng))
    hdrs.append("Date: " + date_hdr(rng))
    dom = rec.get("msgid_domain") or email.utils.parseaddr(rec["frm"])[1].split("@")[1]
    hdrs.append("Message-ID: " + msgid(rng, dom))
    hdrs.extend(rec.get("headers", []))
    hdrs.append("MIME-Version: 1.0")
    kind = rec.get("shape", "plain")
    text = rec["body"].strip("\n") + "\n"
    cs = rec.get("charset", "utf-8")
    if kind == "plain":
        cte = rec.get("cte") or natural_cte(text)
        body = leaf("text/plain", text, cte, cs)
    elif kind == "alternative":
        body = multipart("alternative", [leaf("text/plain", text, natural_cte(text), cs),
                                         leaf("text/html", html_of(text, divs=True), "quoted-printable")], rng)
    elif kind == "html":
        body = leaf("text/html", html_of(text), "quoted-printable")
    elif kind == "dsn":
        orig = rec["original"].strip("\n") + "\n"
        status = rec["status"].strip("\n") + "\n"
        third = ('Content-Type: message/rfc822\nContent-Disposition: inline\n\n' + orig) \
            if rec.get("full_original") else \
            ('Content-Type: text/rfc822-headers\nContent-Transfer-Encoding: 7bit\n\n' + orig)
        body = multipart("report", [
            leaf("text/plain", text, natural_cte(text), cs),
            "Content-Type: message/delivery-status\nContent-Transfer-Encoding: 7bit\n\n" + status,
            third], rng, extra=" report-type=delivery-status;")
    elif kind == "mdn":
        status = rec["status"].strip("\n") + "\n"
        parts = [leaf("text/plain", text, natural_cte(text), cs),
                 "Content-Type: message/disposition-notification\nContent-Transfer-Encoding: 7bit\n\n" + status]
        if rec.get("original"):
            parts.append('Content-Type: text/rfc822-headers\nContent-Transfer-Encoding: 7bit\n\n'
                         + rec["original"].strip("\n") + "\n")
        body = multipart("report", parts, rng, extra=" report-type=disposition-notification;")
    else:
        raise ValueError(kind)
    return kind, "\n".join(hdrs) + "\n" + body


# ---------------------------------------------------------------- assemble
def all_records():
    recs = []
    for mod in (h15_pos_en, h15_pos_intl, h15_neg):
        for t in mod.TEXTS:
            recs.extend(parse_dsl(t))
    for a in h15_auto.AUTO:
        a = dict(a)
        a.setdefault("triggers", "-")
        a.setdefault("trap", "-")
        a.setdefault("note", "-")
        recs.append(a)
    return recs


def build():
    rng = random.Random(SEED)
    recs = all_records()
    rng.shuffle(recs)
    out = []
    for i, rec in enumerate(recs, 1):
        name = "h15-%04d.eml" % i
        if rec["automated"] == "-":
            pack, raw = build_customer(rec, rng)
        else:
            pack, raw = build_auto(rec, rng)
        rec["packaging"] = pack
        out.append((name, None, raw, rec))
    return out


def raw_bytes(raw):
    # the assembled message is ASCII headers plus raw body octets held as latin-1 code points
    return crlf(raw).encode("latin-1")


def write():
    built = build()
    names = set()
    rows = [HEADER]
    for name, _, raw, rec in built:
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw_bytes(raw))
        names.add(name)
        rows.append("\t".join([name, rec["triggers"], rec["automated"], rec["lang"], rec["trap"], rec["note"]]))
    for f in os.listdir(HERE):
        if re.fullmatch(r"h15-\d{4}\.eml", f) and f not in names:
            os.remove(os.path.join(HERE, f))
    with open(os.path.join(HERE, "labels.tsv"), "w", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", newline="\n") as fh:
        fh.write(readme(built))
    print("wrote %d messages" % len(built))


# ---------------------------------------------------------------- check
def check():
    errs = []
    path = os.path.join(HERE, "labels.tsv")
    lines = open(path, encoding="utf-8").read().split("\n")
    if lines[0] != HEADER:
        errs.append("labels.tsv header wrong")
    rows = [l.split("\t") for l in lines[1:] if l]
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    if sorted(r[0] for r in rows) != files:
        errs.append("labels.tsv does not match the .eml files")
    counts = {t: 0 for t in TRIGGERS}
    for r in rows:
        if len(r) != 6:
            errs.append("%s: %d columns" % (r[0], len(r)))
            continue
        fn, trig, auto, lang, trap, note = r
        if lang not in LANGS:
            errs.append(fn + ": bad lang")
        if auto not in ["-"] + AUTO_KINDS:
            errs.append(fn + ": bad automated kind")
        if trig != "-":
            ids = trig.split(",")
            if ids != sorted(set(ids)):
                errs.append(fn + ": trigger ids not sorted/unique")
            for t in ids:
                if t not in counts:
                    errs.append(fn + ": unknown trigger " + t)
                else:
                    counts[t] += 1
            if auto != "-":
                errs.append(fn + ": automated mail carries triggers")
        if not trap or not note:
            errs.append(fn + ": empty trap/note")
        data = open(os.path.join(HERE, fn), "rb").read()
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            errs.append(fn + ": not CRLF-only")
        if any(len(l) > 998 for l in data.split(b"\r\n")):
            errs.append(fn + ": line over 998 octets")
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errs.append("%s: missing %s" % (fn, h))
        for k in msg.keys():
            if msg[k].defects:
                errs.append("%s: header defect %s %r" % (fn, k, msg[k].defects))
        if "support@example.test" not in str(msg["To"]):
            errs.append(fn + ": not addressed to the desk")
        for part in msg.walk():
            if part.defects:
                errs.append("%s: defects %r" % (fn, part.defects))
            if part.get_content_maintype() == "text" and not part.is_multipart():
                cs = part.get_content_charset() or "us-ascii"
                try:
                    part.get_payload(decode=True).decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    errs.append("%s: text part does not decode: %s" % (fn, e))
    for t, n in counts.items():
        if n < 10:
            errs.append("trigger %s has only %d positives" % (t, n))
    # regeneration must be byte-identical
    for name, _, raw, rec in build():
        p = os.path.join(HERE, name)
        if not os.path.exists(p) or open(p, "rb").read() != raw_bytes(raw):
            errs.append(name + ": differs from a fresh build")
    for e in errs:
        print("ERROR", e)
    print("checked %d files, %d errors" % (len(rows), len(errs)))
    return 1 if errs else 0


def readme(built):
    from collections import Counter
    recs = [b[3] for b in built]
    cat = Counter()
    lang = Counter()
    for r in recs:
        c = r["automated"] != "-" and "automated" or (r["triggers"] != "-" and "positive" or "hard negative")
        cat[(c, r["lang"])] += 1
        lang[r["lang"]] += 1
    trig = Counter(t for r in recs if r["triggers"] != "-" for t in r["triggers"].split(","))
    kinds = Counter(r["automated"] for r in recs if r["automated"] != "-")
    traps = Counter(r["trap"] for r in recs if r["trap"] != "-")
    packs = Counter(r["packaging"] for r in recs)
    multi = sum(1 for r in recs if r["triggers"].count(","))
    o = ["# heldout15 — blind hand-labelled support-mail test corpus", ""]
    o += [h15_auto.README_INTRO.strip(), ""]
    o += ["## Counts", "", "| category | en | de | fr | es | total |", "|---|---|---|---|---|---|"]
    for c in ("positive", "hard negative", "automated"):
        row = [cat[(c, l)] for l in LANGS]
        o.append("| %s | %s | %d |" % (c, " | ".join(map(str, row)), sum(row)))
    o.append("| **total** | %s | %d |" % (" | ".join(str(lang[l]) for l in LANGS), len(recs)))
    o += ["", "Messages with more than one trigger: %d." % multi, ""]
    o += ["## Automated kinds", "", "| kind | count |", "|---|---|"]
    o += ["| `%s` | %d |" % (k, kinds[k]) for k in AUTO_KINDS]
    o += ["", h15_auto.README_AUTO.strip(), ""]
    o += ["## Positives per trigger", "", "| trigger | positives |", "|---|---|"]
    o += ["| `%s` | %d |" % (t, trig[t]) for t in TRIGGERS]
    o += ["", "## Traps", "", "| trap | count |", "|---|---|"]
    o += ["| `%s` | %d |" % (t, n) for t, n in sorted(traps.items())]
    o += ["", "## Packaging", "", "| packaging | count |", "|---|---|"]
    o += ["| %s | %d |" % (t, n) for t, n in sorted(packs.items())]
    o += ["", h15_auto.README_REST.strip(), ""]
    return "\n".join(o)


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
