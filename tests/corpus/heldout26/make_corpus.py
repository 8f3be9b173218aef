#!/usr/bin/env python3
"""Package the hand-written heldout26 messages into RFC 5322 files.

The texts live in the h26_*.py helper modules (one block per message, written by
hand). This script only packages them: MIME structure, transfer encoding,
charset, RFC 2047 headers, dates, Message-IDs, client headers and file order.
Everything is derived from the fixed seed 26, so a rerun is byte-identical.

    python3 make_corpus.py           # (re)write h26-*.eml and labels.tsv
    python3 make_corpus.py --check   # regenerate in memory and verify
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
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h26_auto  # noqa: E402
import h26_de  # noqa: E402
import h26_en_neg  # noqa: E402
import h26_en_pos  # noqa: E402
import h26_es  # noqa: E402
import h26_fr  # noqa: E402

SEED = 26
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
AUTO_KINDS = {"auto_reply", "bounce", "list", "receipt", "self"}
LANGS = {"en", "de", "fr", "es"}
LABEL_HEADER = "file\ttriggers\tautomated\tlang\ttrap\tnote"

CLIENTS = {
    "en": [
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("X-Mailer", "Apple Mail (2.3774.300.61.1.2)"),
        ("X-Mailer", "iPhone Mail (21F90)"),
        ("User-Agent", "K-9 Mail for Android"),
        ("User-Agent", "Roundcube Webmail/1.6.9"),
        ("X-Mailer", "Evolution 3.52.2"),
        (None, None),
        (None, None),
    ],
    "de": [
        ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("User-Agent", "Open-Xchange Mailer v7.10.6-Rev68"),
        ("X-Mailer", "GMX Mail (WebMail)"),
        ("X-Mailer", "iPhone Mail (22B91)"),
        (None, None),
    ],
    "fr": [
        ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:128.0) Gecko/20100101 Thunderbird/128.4.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF133 (Win)/9.0.0_GA_4583)"),
        ("X-Mailer", "Orange Messagerie"),
        ("User-Agent", "SOGoMail 5.11.1"),
        (None, None),
    ],
    "es": [
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"),
        ("X-Mailer", "iPhone Mail (21G93)"),
        ("User-Agent", "Roundcube Webmail/1.5.3"),
        ("User-Agent", "Android Mail 9.4"),
        (None, None),
    ],
}
TZ = {"en": [0, 0, 1, -5, -8, -4, 10], "de": [1, 2], "fr": [1, 2], "es": [1, 2]}
LEGACY = {"en": ["windows-1252", "iso-8859-1"],
          "de": ["iso-8859-1", "iso-8859-15", "windows-1252"],
          "fr": ["iso-8859-1", "iso-8859-15", "windows-1252"],
          "es": ["iso-8859-1", "iso-8859-15", "windows-1252"]}

# a valid 1x1 PNG
PNG = base64.b64decode(
    b"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


# --------------------------------------------------------------------------- helpers

def norm_body(text):
    text = text.replace("\r\n", "\n")
    if text.startswith("\n"):
        text = text[1:]
    text = text.rstrip("\n") + "\n"
    return text


def encodable(text, charset):
    try:
        text.encode(charset)
        return True
    except UnicodeEncodeError:
        return False


def encode_payload(text, charset, cte):
    """text uses \n; returns str with CRLF line endings (latin-1 mapped for 8bit)."""
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        out = raw.replace(b"\n", b"\r\n")
    elif cte == "quoted-printable":
        out = quopri.encodestring(raw).replace(b"\n", b"\r\n")
        if not out.endswith(b"\r\n"):
            out += b"\r\n"
    elif cte == "base64":
        out = base64.encodebytes(raw).replace(b"\n", b"\r\n")
    else:
        raise ValueError(cte)
    return out


def max_line(text, charset):
    return max(len(line.encode(charset)) for line in text.split("\n"))


def pick_cte(text, charset, rng, prefer=None):
    ascii_ok = encodable(text, "ascii")
    long_lines = max_line(text, charset) > 900
    if prefer:
        cte = prefer
    else:
        r = rng.random()
        if r < 0.5:
            cte = "7bit" if ascii_ok else "8bit"
        elif r < 0.82:
            cte = "quoted-printable"
        else:
            cte = "base64"
    if cte == "7bit" and not ascii_ok:
        cte = "8bit"
    if cte in ("7bit", "8bit") and long_lines:
        cte = "quoted-printable"
    return cte


def fold_ascii(name, value):
    line = f"{name}: {value}"
    if len(line) <= 78:
        return line
    words = value.split(" ")
    out, cur = [], f"{name}:"
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur.strip() and cur != f"{name}:":
            out.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    out.append(cur)
    return CRLF.join(out)


def enc_header(name, value, charset="utf-8"):
    if encodable(value, "ascii"):
        return fold_ascii(name, value)
    h = Header(value, charset, header_name=name, maxlinelen=76)
    return f"{name}: " + h.encode(linesep=CRLF)


def enc_addr(name, value, charset="utf-8"):
    disp, addr = email.utils.parseaddr(value)
    if not addr:
        raise ValueError(f"bad address {value!r}")
    if not disp:
        return f"{name}: {addr}"
    if encodable(disp, "ascii"):
        return fold_ascii(name, email.utils.formataddr((disp, addr)))
    h = Header(disp, charset, header_name=name, maxlinelen=76).encode(linesep=CRLF)
    return f"{name}: {h} <{addr}>"


def html_from_text(text, style):
    lines = text.rstrip("\n").split("\n")

    def esc(s):
        s = html.escape(s, quote=False)
        if style == "ent":
            out = []
            for ch in s:
                if ord(ch) > 127:
                    nm = html.entities.codepoint2name.get(ord(ch))
                    out.append(f"&{nm};" if nm else f"&#{ord(ch)};")
                else:
                    out.append(ch)
            s = "".join(out)
        return s

    if style == "div":
        body = []
        for ln in lines:
            body.append(f"<div>{esc(ln)}</div>" if ln.strip() else "<div><br></div>")
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
                '<body><div dir="ltr">\n' + "\n".join(body) + "\n</div></body></html>\n")
    # paragraph style, quoted blocks as blockquote
    paras, cur = [], []
    for ln in lines + [""]:
        if ln.strip() == "":
            if cur:
                paras.append(cur)
                cur = []
        else:
            cur.append(ln)
    out = []
    for p in paras:
        if all(x.startswith(">") for x in p):
            inner = "<br>\n".join(esc(x[1:].lstrip(" ")) for x in p)
            out.append(f'<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(esc(x) for x in p) + "</p>")
    return ("<html>\n<head>\n<style>p{margin:0 0 1em 0;font-family:Calibri,Arial,sans-serif}</style>\n</head>\n<body>\n"
            + "\n".join(out) + "\n</body>\n</html>\n")


class Part:
    def __init__(self, headers, payload):
        self.headers = headers  # list of header lines (already folded)
        self.payload = payload  # bytes, CRLF

    def render(self):
        return (CRLF.join(self.headers) + CRLF + CRLF).encode("ascii") + self.payload


def text_part(text, subtype, charset, cte, extra=None):
    ct = f"Content-Type: text/{subtype}; charset={charset}"
    if subtype == "plain" and extra == "flowed":
        ct = f'Content-Type: text/plain; charset="{charset}"; format=flowed'
    hdrs = [ct, f"Content-Transfer-Encoding: {cte}"]
    return Part(hdrs, encode_payload(text, charset, cte))


def multipart(subtype, parts, boundary, params=""):
    hdrs = [f'Content-Type: multipart/{subtype};{params}' + CRLF + f'\tboundary="{boundary}"']
    body = b""
    if subtype in ("mixed", "report"):
        body += b"This is a multi-part message in MIME format." + CRLF.encode() + CRLF.encode()
    for p in parts:
        body += f"--{boundary}".encode() + CRLF.encode() + p.render()
        if not body.endswith(CRLF.encode()):
            body += CRLF.encode()
        if not p.headers[0].startswith("Content-Type: multipart/"):
            body += CRLF.encode()
    body += f"--{boundary}--".encode() + CRLF.encode()
    return Part(hdrs, body)


def boundary(rng, style=None):
    h = "".join(rng.choice("0123456789abcdef") for _ in range(24))
    styles = [f"----=_Part_{rng.randint(1000, 99999)}_{h[:10]}.{h[10:]}",
              f"=_{h}",
              f"000000000000{h}",
              f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:].upper()}",
              f"_NextPart_{h[:6]}_{h[6:]}"]
    return styles[rng.randrange(len(styles))] if style is None else styles[style]


def make_date(rng, lang):
    base = datetime.datetime(2025, 1, 6, tzinfo=datetime.timezone.utc)
    delta = datetime.timedelta(days=rng.randint(0, 340), hours=rng.randint(6, 22),
                               minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
    off = rng.choice(TZ.get(lang, [0]))
    tz = datetime.timezone(datetime.timedelta(hours=off))
    dt = (base + delta).astimezone(tz)
    return dt


def make_mid(rng, dt, domain):
    h = "".join(rng.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(12))
    return f"<{dt.strftime('%Y%m%d%H%M%S')}.{h}@{domain}>"


def domain_of(addr_field):
    return email.utils.parseaddr(addr_field)[1].rsplit("@", 1)[1]


# --------------------------------------------------------------------------- customer mail

def build_customer(msg, lang, rng):
    body = norm_body(msg["body"])
    dt = make_date(rng, lang)
    frm = msg["frm"]
    hdr_charset = "utf-8"
    if lang != "en" and rng.random() < 0.4:
        hdr_charset = "iso-8859-1"
    subj = msg["subj"]
    if not encodable(subj, hdr_charset) or not encodable(email.utils.parseaddr(frm)[0], hdr_charset):
        hdr_charset = "utf-8"

    # packaging
    pack = msg.get("pack")
    if not pack:
        r = rng.random()
        if msg.get("att"):
            pack = "mixed"
        elif r < 0.46:
            pack = "plain"
        elif r < 0.58:
            pack = "legacy"
        elif r < 0.76:
            pack = "alt_p"
        elif r < 0.85:
            pack = "alt_div"
        elif r < 0.90:
            pack = "alt_ent"
        elif r < 0.95:
            pack = "html"
        else:
            pack = "mixed"
    charset = "utf-8"
    if pack == "legacy":
        cands = [c for c in LEGACY[lang] if encodable(body, c)]
        if cands:
            charset = rng.choice(cands)
            cte = pick_cte(body, charset, rng, prefer=rng.choice(["8bit", "quoted-printable", "quoted-printable"]))
        else:
            cte = pick_cte(body, charset, rng)
        top = text_part(body, "plain", charset, cte)
    elif pack == "plain":
        top = text_part(body, "plain", "utf-8", pick_cte(body, "utf-8", rng, msg.get("cte")))
    elif pack in ("alt_p", "alt_div", "alt_ent"):
        style = pack[4:]
        h = html_from_text(body, style)
        plain = text_part(body, "plain", "utf-8", pick_cte(body, "utf-8", rng, msg.get("cte")))
        hcte = "7bit" if (encodable(h, "ascii") and max_line(h, "utf-8") < 900) else "quoted-printable"
        hp = text_part(h, "html", "utf-8", hcte)
        top = multipart("alternative", [plain, hp], boundary(rng))
    elif pack == "html":
        style = rng.choice(["p", "div", "ent"])
        h = html_from_text(body, style)
        hcte = "quoted-printable" if not encodable(h, "ascii") or rng.random() < 0.5 else "7bit"
        top = text_part(h, "html", "utf-8", hcte)
    elif pack == "mixed":
        plain = text_part(body, "plain", "utf-8", pick_cte(body, "utf-8", rng, msg.get("cte")))
        att = msg.get("att")
        if att:
            fname, ctype, content = att
            if ctype.startswith("text/"):
                content = norm_body(content)
                ap = Part([f'Content-Type: {ctype}; charset=utf-8; name="{fname}"',
                           f'Content-Disposition: attachment; filename="{fname}"',
                           "Content-Transfer-Encoding: base64"],
                          base64.encodebytes(content.replace("\n", "\r\n").encode("utf-8")).replace(b"\n", b"\r\n"))
            else:
                raise ValueError(ctype)
        else:
            fname = rng.choice(["screenshot.png", "IMG_4471.png", "Bildschirmfoto.png", "capture.png", "photo.png"])
            ap = Part([f'Content-Type: image/png; name="{fname}"',
                       f'Content-Disposition: attachment; filename="{fname}"',
                       "Content-Transfer-Encoding: base64"],
                      base64.encodebytes(PNG).replace(b"\n", b"\r\n"))
        top = multipart("mixed", [plain, ap], boundary(rng))
    else:
        raise ValueError(pack)

    heads = []
    heads.append(enc_addr("From", frm, hdr_charset))
    heads.append(f"To: {msg.get('to', DESK)}")
    if msg.get("cc"):
        heads.append(enc_addr("Cc", msg["cc"], hdr_charset))
    heads.append(enc_header("Subject", subj, hdr_charset))
    heads.append(f"Date: {email.utils.format_datetime(dt)}")
    heads.append(f"Message-ID: {make_mid(rng, dt, domain_of(frm))}")
    if re.match(r"(?i)^(re|aw|r|sv|rv|réf)\s*:", subj):
        ref = make_mid(rng, dt - datetime.timedelta(days=rng.randint(1, 9)), "support.example.test")
        heads.append(f"In-Reply-To: {ref}")
        heads.append(f"References: {ref}")
    for k, v in msg.get("hdr", {}).items():
        heads.append(enc_header(k, v))
    cname, cval = rng.choice(CLIENTS[lang])
    if cname:
        heads.append(fold_ascii(cname, cval))
    heads.append("MIME-Version: 1.0")
    heads.extend(top.headers)
    return (CRLF.join(heads) + CRLF + CRLF).encode("ascii") + top.payload


# --------------------------------------------------------------------------- automated mail

def orig_message(orig, rng, dt):
    """An earlier desk message embedded in a DSN / MDN."""
    frm = orig.get("frm", "Support <support@example.test>")
    to = orig["to"]
    odt = dt - datetime.timedelta(minutes=rng.randint(1, 600))
    mid = orig.get("mid") or make_mid(rng, odt, "escalated.example.test")
    hs = [enc_addr("From", frm), enc_addr("To", to), enc_header("Subject", orig["subj"]),
          f"Date: {email.utils.format_datetime(odt)}", f"Message-ID: {mid}", "MIME-Version: 1.0",
          "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    head = (CRLF.join(hs) + CRLF).encode("ascii")
    body = norm_body(orig.get("body", "")).replace("\n", CRLF).encode("utf-8") if orig.get("body") else b""
    return head, body, mid


def build_auto(msg, rng):
    lang = msg["lang"]
    dt = make_date(rng, lang)
    style = msg.get("style", "plain")
    body = norm_body(msg["body"])
    charset = msg.get("charset", "utf-8")
    if not encodable(body, charset):
        charset = "utf-8"
    if style == "plain":
        if msg.get("pack") == "alt":
            plain = text_part(body, "plain", charset, pick_cte(body, charset, rng))
            h = html_from_text(body, rng.choice(["p", "div", "ent"]))
            hp = text_part(h, "html", "utf-8", "quoted-printable")
            top = multipart("alternative", [plain, hp], boundary(rng))
        else:
            top = text_part(body, "plain", charset, pick_cte(body, charset, rng, msg.get("cte")))
    elif style == "dsn":
        human = text_part(body, "plain", charset, pick_cte(body, charset, rng, msg.get("cte", "7bit")))
        d = msg["dsn"]
        per_msg = [f"Reporting-MTA: dns; {d['mta']}"]
        if d.get("queue"):
            per_msg.append(d["queue"])
        per_msg.append(f"Arrival-Date: {email.utils.format_datetime(dt - datetime.timedelta(minutes=3))}")
        blocks = [CRLF.join(per_msg)]
        for r in d["rcpts"]:
            lines = [f"Final-Recipient: rfc822; {r['rcpt']}", f"Action: {r.get('action', 'failed')}",
                     f"Status: {r['status']}"]
            if r.get("remote"):
                lines.append(f"Remote-MTA: dns; {r['remote']}")
            if r.get("diag"):
                lines.append(f"Diagnostic-Code: smtp; {r['diag']}")
            if r.get("until"):
                lines.append(f"Will-Retry-Until: {email.utils.format_datetime(dt + datetime.timedelta(days=4))}")
            lines.append(f"Last-Attempt-Date: {email.utils.format_datetime(dt)}")
            blocks.append(CRLF.join(lines))
        ds = Part(["Content-Type: message/delivery-status"], (CRLF + CRLF).join(blocks).encode("ascii") + CRLF.encode())
        head, obody, _ = orig_message(msg["orig"], rng, dt)
        if msg["orig"].get("headers_only"):
            op = Part(["Content-Type: text/rfc822-headers; charset=us-ascii"], head)
        else:
            op = Part(["Content-Type: message/rfc822"], head + CRLF.encode() + obody)
        top = multipart("report", [human, ds, op], boundary(rng), " report-type=delivery-status;")
    elif style == "mdn":
        human = text_part(body, "plain", charset, pick_cte(body, charset, rng, "7bit"))
        d = msg["mdn"]
        head, _, mid = orig_message(msg["orig"], rng, dt)
        lines = [f"Reporting-UA: {d['ua']}", f"Final-Recipient: rfc822; {d['rcpt']}",
                 f"Original-Message-ID: {mid}", f"Disposition: {d['disp']}"]
        dn = Part(["Content-Type: message/disposition-notification"], CRLF.join(lines).encode("ascii") + CRLF.encode())
        parts = [human, dn]
        if d.get("headers"):
            parts.append(Part(["Content-Type: text/rfc822-headers; charset=us-ascii"], head))
        top = multipart("report", parts, boundary(rng), " report-type=disposition-notification;")
    else:
        raise ValueError(style)

    heads = []
    for k, v in msg.get("pre", {}).items():
        heads.append(fold_ascii(k, v))
    heads.append(enc_addr("From", msg["frm"], msg.get("hcharset", "utf-8")))
    heads.append(f"To: {msg.get('to', DESK)}")
    heads.append(enc_header("Subject", msg["subj"], msg.get("hcharset", "utf-8")))
    heads.append(f"Date: {email.utils.format_datetime(dt)}")
    mid_dom = msg.get("mid_domain") or domain_of(msg["frm"])
    heads.append(f"Message-ID: {make_mid(rng, dt, mid_dom)}")
    for k, v in msg.get("hdr", {}).items():
        heads.append(enc_header(k, v))
    heads.append("MIME-Version: 1.0")
    heads.extend(top.headers)
    return (CRLF.join(heads) + CRLF + CRLF).encode("ascii") + top.payload


# --------------------------------------------------------------------------- corpus

def collect():
    items = []
    for mod, lang in ((h26_en_pos, "en"), (h26_en_neg, "en"), (h26_de, "de"), (h26_fr, "fr"), (h26_es, "es")):
        for i, m in enumerate(mod.MESSAGES):
            items.append(dict(m, lang=m.get("lang", lang), automated="-", src=f"{mod.__name__}:{i}"))
    for i, m in enumerate(h26_auto.MESSAGES):
        items.append(dict(m, trig="-", src=f"h26_auto:{i}"))
    return items


def clean(s):
    s = (s or "-").replace("\t", " ").replace("\n", " ").strip()
    return s or "-"


def generate():
    items = collect()
    order = random.Random(SEED)
    order.shuffle(items)
    files = {}
    rows = [LABEL_HEADER]
    for n, m in enumerate(items, 1):
        name = f"h26-{n:04d}.eml"
        rng = random.Random(f"{SEED}:{m['src']}")
        if m["automated"] == "-":
            data = build_customer(m, m["lang"], rng)
        else:
            data = build_auto(m, rng)
        files[name] = data
        trig = m.get("trig", "-") or "-"
        if trig != "-":
            trig = ",".join(sorted(set(t.strip() for t in trig.split(","))))
        rows.append("\t".join([name, trig, m["automated"], m["lang"], clean(m.get("trap")), clean(m.get("note"))]))
    files["labels.tsv"] = ("\n".join(rows) + "\n").encode("utf-8")
    return files, items


def check(files):
    errors = []
    # on-disk comparison
    for name, data in files.items():
        p = os.path.join(HERE, name)
        if not os.path.exists(p):
            errors.append(f"{name}: missing on disk")
            continue
        with open(p, "rb") as f:
            if f.read() != data:
                errors.append(f"{name}: differs from regenerated bytes")
    on_disk = {f for f in os.listdir(HERE) if f.endswith(".eml")}
    extra = on_disk - set(files)
    if extra:
        errors.append(f"unexpected files: {sorted(extra)}")

    rows = files["labels.tsv"].decode("utf-8").rstrip("\n").split("\n")
    if rows[0] != LABEL_HEADER:
        errors.append("labels.tsv header mismatch")
    positives = {t: 0 for t in TRIGGERS}
    for row in rows[1:]:
        cols = row.split("\t")
        if len(cols) != 6:
            errors.append(f"labels row has {len(cols)} columns: {row[:40]}")
            continue
        name, trig, auto, lang, trap, note = cols
        if name not in files:
            errors.append(f"{name}: labelled but not generated")
        if lang not in LANGS:
            errors.append(f"{name}: bad lang {lang}")
        if auto != "-" and auto not in AUTO_KINDS:
            errors.append(f"{name}: bad automated kind {auto}")
        if not re.fullmatch(r"-|[a-z0-9_]+", trap):
            errors.append(f"{name}: trap not snake_case: {trap}")
        if trig != "-":
            ids = trig.split(",")
            if ids != sorted(set(ids)):
                errors.append(f"{name}: triggers not sorted/unique")
            for t in ids:
                if t not in positives:
                    errors.append(f"{name}: unknown trigger {t}")
                else:
                    positives[t] += 1
            if auto != "-":
                errors.append(f"{name}: automated mail carries triggers")
    for t, c in positives.items():
        if c < 10:
            errors.append(f"trigger {t} has only {c} positives")

    for name, data in sorted(files.items()):
        if not name.endswith(".eml"):
            continue
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            errors.append(f"{name}: non-CRLF line ending")
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for hname in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[hname] is None:
                errors.append(f"{name}: missing {hname}")
        to = msg["To"]
        if to is None or [a.addr_spec.lower() for a in to.addresses] != [DESK]:
            errors.append(f"{name}: To is not the desk")
        for part in msg.walk():
            if part.defects:
                errors.append(f"{name}: defects {part.defects}")
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errors.append(f"{name}: header {k} defects {v.defects}")
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                raw = part.get_payload(decode=True)
                try:
                    raw.decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    errors.append(f"{name}: text part does not decode as {cs}: {e}")
    return errors, positives


def main():
    files, _ = generate()
    if "--check" in sys.argv[1:]:
        errors, positives = check(files)
        for e in errors:
            print("ERROR:", e)
        n = sum(1 for f in files if f.endswith(".eml"))
        if errors:
            print(f"check FAILED: {len(errors)} problem(s)")
            sys.exit(1)
        print(f"check OK: {n} messages, labels.tsv consistent; positives per trigger:")
        for t in TRIGGERS:
            print(f"  {t:28s} {positives[t]}")
        return
    for name in [f for f in os.listdir(HERE) if f.startswith("h26-") and f.endswith(".eml")]:
        if name not in files:
            os.remove(os.path.join(HERE, name))
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
    print(f"wrote {sum(1 for f in files if f.endswith('.eml'))} messages and labels.tsv")


if __name__ == "__main__":
    main()
