#!/usr/bin/env python3
"""Package the hand-written heldout17 messages into .eml files and labels.tsv.

The message texts live in the h17_*.py modules (one literal block per message).
This script only decides packaging: MIME structure, transfer encoding, charset,
RFC 2047 words, dates, Message-IDs, client headers and file order.  Everything is
derived from the fixed seed 17, so two runs give byte-identical output.

    python3 make_corpus.py            # write h17-NNNN.eml and labels.tsv
    python3 make_corpus.py --check    # regenerate in memory and verify
    python3 make_corpus.py --stats    # print the count tables used in README.md
"""
import sys

sys.dont_write_bytecode = True

import base64
import datetime
import email
import email.utils
import html
import html.entities
import os
import re
import random
from email import policy

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h17_en_pos  # noqa: E402
import h17_en_neg  # noqa: E402
import h17_de  # noqa: E402
import h17_fr  # noqa: E402
import h17_es  # noqa: E402
import h17_auto  # noqa: E402

SEED = 17
DESK = "support@example.test"
PREFIX = "h17-"
TRIGGERS = [
    "legal_threat", "regulatory", "manager_request", "corporate_contact_request",
    "executive_contact", "security_incident", "data_loss", "outage", "billing_dispute",
    "cancellation_threat", "media_threat", "discrimination_harassment", "safety",
    "broken_promise", "repeat_contact", "high_value_order", "severe_dissatisfaction",
    "feature_request", "technical_issue",
]
AUTO_KINDS = ["auto_reply", "bounce", "list", "receipt", "self"]
LANGS = ["en", "de", "fr", "es"]
HEADER_LINE = "file\ttriggers\tautomated\tlang\ttrap\tnote"
MIN_POSITIVES = 10

# ---------------------------------------------------------------- collection


def collect():
    items = []
    for mod in (h17_en_pos, h17_en_neg, h17_de, h17_fr, h17_es, h17_auto):
        default_lang = getattr(mod, "LANG", None)
        for i, m in enumerate(mod.MESSAGES):
            m = dict(m)
            m.setdefault("lang", default_lang)
            m.setdefault("auto", "-")
            m.setdefault("trig", "-")
            m.setdefault("trap", "-")
            m.setdefault("note", "-")
            m["_src"] = "%s[%d]" % (mod.__name__, i)
            items.append(m)
    return items


# ---------------------------------------------------------------- encoders

def qp_encode(data):
    """Quoted-printable for bytes whose lines are separated by b'\\n'."""
    out_lines = []
    for raw in data.split(b"\n"):
        toks = []
        for idx, b in enumerate(raw):
            last = idx == len(raw) - 1
            if b in (0x20, 0x09):
                toks.append("=%02X" % b if last else chr(b))
            elif 33 <= b <= 126 and b != 0x3D:
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        line = ""
        for t in toks:
            if len(line) + len(t) > 75:
                out_lines.append(line + "=")
                line = ""
            line += t
        out_lines.append(line)
    return "\r\n".join(out_lines).encode("ascii")


def b64_encode(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n").rstrip(b"\r\n")


_Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _encode_word(chunk, charset, mode):
    raw = chunk.encode(charset)
    if mode == "B":
        return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode("ascii"))
    s = []
    for b in raw:
        if b == 0x20:
            s.append("_")
        elif b in _Q_SAFE:
            s.append(chr(b))
        else:
            s.append("=%02X" % b)
    return "=?%s?Q?%s?=" % (charset, "".join(s))


def rfc2047(text, charset, mode):
    """Split text into encoded words of at most 75 characters each."""
    words = []
    chunk = ""
    for ch in text:
        if len(_encode_word(chunk + ch, charset, mode)) > 75:
            words.append(_encode_word(chunk, charset, mode))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(_encode_word(chunk, charset, mode))
    return words


def fold_words(name, words):
    """Header line from a list of atoms, folded with CRLF SP below 78 columns."""
    lines = []
    cur = name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 76 and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\r\n".join(lines)


def header_text(name, value, charset, mode):
    if all(ord(c) < 128 for c in value):
        return fold_words(name, value.split(" "))
    try:
        value.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = "utf-8"
    return fold_words(name, rfc2047(value, charset, mode))


_SPECIALS = set('()<>[]:;@\\,."')


def address_header(name, value, charset, mode):
    """value is 'Display Name <addr>' or a bare address."""
    value = value.strip()
    if "<" not in value:
        return "%s: %s" % (name, value)
    disp, _, addr = value.rpartition("<")
    disp = disp.strip().strip('"')
    addr = "<" + addr.strip()
    if not disp:
        return "%s: %s" % (name, addr)
    if any(ord(c) >= 128 for c in disp):
        try:
            disp.encode(charset)
        except (UnicodeEncodeError, LookupError):
            charset = "utf-8"
        words = rfc2047(disp, charset, mode)
    elif any(c in _SPECIALS for c in disp):
        words = ['"%s"' % disp.replace("\\", "\\\\").replace('"', '\\"')]
    else:
        words = disp.split(" ")
    return fold_words(name, words + [addr])


# ---------------------------------------------------------------- html

def _entity(ch):
    name = html.entities.codepoint2name.get(ord(ch))
    return "&%s;" % name if name else "&#%d;" % ord(ch)


def html_div(text):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
           '<body dir="ltr">']
    for line in text.split("\n"):
        if line.strip():
            out.append("<div>%s</div>" % html.escape(line, quote=False))
        else:
            out.append("<div><br></div>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def html_entities(text):
    def esc(s):
        s = html.escape(s, quote=False)
        return "".join(_entity(c) if ord(c) >= 128 else c for c in s)

    out = ["<!DOCTYPE html>", "<html>", "<head><title></title></head>",
           '<body style="font-family: Calibri, Arial, sans-serif; font-size: 11pt">']
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(esc(l.lstrip("> ").rstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(esc(l) for l in lines))
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- parts

def text_part(text, subtype, charset, cte):
    """Return (header lines, body bytes) for one text part."""
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    if cte == "auto":
        cte = "7bit" if all(b < 128 for b in raw) else "8bit"
    if cte in ("7bit", "8bit"):
        body = raw.replace(b"\n", b"\r\n")
    elif cte == "quoted-printable":
        body = qp_encode(raw.rstrip(b"\n")) + b"\r\n"
    elif cte == "base64":
        body = b64_encode(raw) + b"\r\n"
    else:
        raise ValueError(cte)
    params = "; charset=%s" % charset
    hdrs = ["Content-Type: text/%s%s" % (subtype, params),
            "Content-Transfer-Encoding: %s" % cte]
    return hdrs, body


def multipart(subtype, boundary, parts, extra_params=""):
    hdrs = ['Content-Type: multipart/%s;%s\r\n boundary="%s"' % (subtype, extra_params, boundary)]
    chunks = []
    for ph, pb in parts:
        chunks.append(b"--" + boundary.encode() + b"\r\n" + "\r\n".join(ph).encode("ascii")
                      + b"\r\n\r\n" + pb)
        if not pb.endswith(b"\r\n"):
            chunks[-1] += b"\r\n"
    body = b"".join(chunks) + b"--" + boundary.encode() + b"--\r\n"
    return hdrs, body


TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
TINY_JPG = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f"
    "141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b080001000101"
    "011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffda0008010100003f00d2cf20ffd9")
TINY_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")

ATTACHMENTS = {
    "photo": ("image/jpeg", ["IMG_%04d.jpg"], TINY_JPG),
    "screenshot": ("image/png", ["Screenshot %s.png", "screenshot-%d.png"], TINY_PNG),
    "pdf": ("application/pdf", ["invoice_%d.pdf", "scan%04d.pdf", "Rechnung_%d.pdf", "facture-%d.pdf", "factura_%d.pdf"], TINY_PDF),
    "log": ("text/plain", ["error-log-%d.txt"], None),
}


def attachment_part(rng, kind, lang):
    ctype, names, data = ATTACHMENTS[kind]
    pat = rng.choice(names)
    if kind == "pdf":
        pat = {"de": "Rechnung_%d.pdf", "fr": "facture-%d.pdf", "es": "factura_%d.pdf"}.get(lang, pat)
    if "%s" in pat:
        name = pat % ("2025-%02d-%02d at %02d.%02d.%02d" % (rng.randint(1, 11), rng.randint(1, 28), rng.randint(8, 21), rng.randint(0, 59), rng.randint(0, 59)))
    elif "%04d" in pat:
        name = pat % rng.randint(1000, 9999)
    else:
        name = pat % rng.randint(10000, 99999)
    if kind == "log":
        text = "2025-%02d-%02dT%02d:%02d:11Z ERROR request failed status=500 path=/api/v2/session\n" % (
            rng.randint(1, 11), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))
        text += "2025-01-01T00:00:00Z INFO retry 1/3\n"
        ph, pb = text_part(text, "plain", "utf-8", "7bit")
        ph.append('Content-Disposition: attachment; filename="%s"' % name)
        return ph, pb
    ph = ['Content-Type: %s; name="%s"' % (ctype, name),
          'Content-Disposition: attachment; filename="%s"' % name,
          "Content-Transfer-Encoding: base64"]
    return ph, b64_encode(data) + b"\r\n"


# ---------------------------------------------------------------- headers

CLIENTS = {
    "en": [
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("X-Mailer", "iPhone Mail (22B83)"),
        ("X-Mailer", "Apple Mail (2.3826.200.121)"),
        ("User-Agent", "K-9 Mail for Android"),
        ("User-Agent", "Roundcube Webmail/1.6.9"),
        ("X-Mailer", "Airmail (695)"),
        None, None, None,
    ],
    "de": [
        ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("X-Mailer", "iPhone Mail (21H221)"),
        ("User-Agent", "Roundcube Webmail/1.5.8"),
        ("X-Mailer", "Webmailer 8.4 (freemail.example)"),
        ("User-Agent", "Evolution 3.52.4"),
        None, None,
    ],
    "fr": [
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0"),
        ("X-Mailer", "iPad Mail (21G93)"),
        ("User-Agent", "Zimbra Web Client 9.0"),
        ("X-Mailer", "Open-Xchange Mailer v7.10.6"),
        None, None,
    ],
    "es": [
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("X-Mailer", "iPhone Mail (22A3354)"),
        ("User-Agent", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:128.0) Gecko/20100101 Thunderbird/128.2.0"),
        ("User-Agent", "Android Mail 6.4"),
        ("User-Agent", "Roundcube Webmail/1.6.6"),
        None, None,
    ],
}

TZS = {
    "en": ["-0500", "-0400", "-0800", "-0700", "+0000", "+0100", "+1000", "-0600"],
    "de": ["+0100", "+0200"],
    "fr": ["+0100", "+0200", "-0400"],
    "es": ["+0100", "+0200", "-0300", "-0600", "-0500"],
}

TO_FORMS = ["support@example.test", "<support@example.test>", "Support <support@example.test>",
            "support@example.test", "Customer Support <support@example.test>",
            '"support@example.test" <support@example.test>']


def make_date(rng, lang):
    start = datetime.datetime(2025, 1, 6, 0, 0, 0)
    dt = start + datetime.timedelta(days=rng.randint(0, 310), seconds=rng.randint(6 * 3600, 23 * 3600))
    tz = rng.choice(TZS.get(lang, TZS["en"]))
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + tz, dt


def make_msgid(rng, frm, self_domain=None):
    addr = frm.rpartition("<")[2].rstrip(">").strip() if "<" in frm else frm.strip()
    dom = self_domain or addr.rpartition("@")[2]
    h = "%032x" % rng.getrandbits(128)
    style = rng.randint(0, 4)
    if self_domain:
        return "<%s.%s@%s>" % (h[:12], h[12:20], dom)
    if style == 0:
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], dom)
    if style == 1:
        return "<CA%s@mail.%s>" % (base64.b32encode(bytes.fromhex(h)).decode().rstrip("=")[:30], dom)
    if style == 2:
        return "<%s.%d@%s>" % (h[:16].upper(), rng.randint(1000, 99999), dom)
    if style == 3:
        return "<%s$%s@%s>" % (h[:10], h[10:18], dom)
    return "<%s@%s>" % (h[:24], dom)


def boundary_for(rng):
    h = "%032x" % rng.getrandbits(128)
    return rng.choice([
        "000000000000%s" % h[:16],
        "----=_Part_%d_%d.%d" % (rng.randint(1000, 99999), rng.randint(100000, 999999), rng.randint(10 ** 12, 10 ** 13)),
        "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:].upper()),
        "_000_%s_" % h[:20].upper(),
        "=_%s" % h[:22],
    ])


# ---------------------------------------------------------------- packaging

PACKS = [("plain", 26), ("plain_qp", 12), ("plain_b64", 8), ("plain_legacy", 14),
         ("alt_div", 14), ("alt_p", 10), ("mixed", 8), ("html_only", 8)]
AUTO_PACKS = [("plain", 40), ("plain_qp", 20), ("plain_legacy", 10), ("alt_div", 15), ("alt_p", 15)]
LEGACY = ["iso-8859-1", "iso-8859-15", "windows-1252"]


def weighted(rng, pairs):
    total = sum(w for _, w in pairs)
    r = rng.uniform(0, total)
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


def encodable(text, cs):
    try:
        text.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def body_parts(rng, m):
    """Return (content header lines, body bytes, subject charset, header mode, pack)."""
    text = m["body"].strip("\n") + "\n"
    pack = m.get("pack") or weighted(rng, PACKS)
    mode = rng.choice(["B", "Q", "Q"])
    if pack == "plain":
        cs = "utf-8" if any(ord(c) > 127 for c in text) or rng.random() < 0.6 else "us-ascii"
        h, b = text_part(text, "plain", cs, "auto")
        if rng.random() < 0.3 and cs == "utf-8":
            h[0] += "; format=flowed"
        return h, b, "utf-8", mode, pack
    if pack == "plain_qp":
        h, b = text_part(text, "plain", "utf-8", "quoted-printable")
        return h, b, "utf-8", mode, pack
    if pack == "plain_b64":
        h, b = text_part(text, "plain", "utf-8", "base64")
        return h, b, "utf-8", mode, pack
    if pack == "plain_legacy":
        choices = [c for c in LEGACY if encodable(text, c)]
        if not choices:
            h, b = text_part(text, "plain", "utf-8", "8bit")
            return h, b, "utf-8", mode, "plain"
        cs = rng.choice(choices)
        cte = rng.choice(["8bit", "quoted-printable"])
        h, b = text_part(text, "plain", cs, cte)
        if cte == "8bit" and all(ord(c) < 128 for c in text):
            h[1] = "Content-Transfer-Encoding: 7bit"
        return h, b, cs, mode, pack
    if pack in ("alt_div", "alt_p"):
        markup = html_div(text) if pack == "alt_div" else html_entities(text)
        pcte = rng.choice(["quoted-printable", "8bit", "base64"]) if any(ord(c) > 127 for c in text) else rng.choice(["7bit", "quoted-printable"])
        hcte = rng.choice(["quoted-printable", "base64"])
        if pcte == "8bit" and all(ord(c) < 128 for c in text):
            pcte = "7bit"
        p1 = text_part(text, "plain", "utf-8", pcte)
        p2 = text_part(markup, "html", "utf-8", hcte)
        h, b = multipart("alternative", boundary_for(rng), [p1, p2])
        return h, b, "utf-8", mode, pack
    if pack == "html_only":
        markup = html_div(text) if rng.random() < 0.5 else html_entities(text)
        h, b = text_part(markup, "html", "utf-8", rng.choice(["quoted-printable", "base64"]))
        return h, b, "utf-8", mode, pack
    if pack == "mixed":
        if rng.random() < 0.4:
            inner = multipart("alternative", boundary_for(rng), [
                text_part(text, "plain", "utf-8", "quoted-printable"),
                text_part(html_div(text), "html", "utf-8", "quoted-printable")])
        else:
            inner = text_part(text, "plain", "utf-8", rng.choice(["quoted-printable", "8bit", "base64"]) if any(ord(c) > 127 for c in text) else "7bit")
        kind = m.get("attach") or rng.choice(["photo", "screenshot", "pdf", "pdf", "log"])
        att = attachment_part(rng, kind, m["lang"])
        h, b = multipart("mixed", boundary_for(rng), [inner, att])
        return h, b, "utf-8", mode, pack
    raise ValueError(pack)


def original_message(o, lang):
    """An earlier message sent by the desk, as text (for DSN / MDN attachments)."""
    lines = ["From: %s" % o.get("from", "Support <support@example.test>"),
             "To: %s" % o["to"],
             "Subject: %s" % o["subject"],
             "Date: %s" % o["date"],
             "Message-ID: %s" % o["msgid"],
             "MIME-Version: 1.0",
             "Content-Type: text/plain; charset=utf-8",
             "Content-Transfer-Encoding: 7bit"]
    return lines, o.get("body")


def build_auto(rng, m):
    struct = m.get("struct", "plain")
    if struct == "plain":
        if not m.get("pack"):
            m = dict(m)
            if m["auto"] == "bounce":
                m["pack"] = "plain"
            else:
                m["pack"] = weighted(rng, AUTO_PACKS)
        return body_parts(rng, m)
    text = m["body"].strip("\n") + "\n"
    mode = "Q"
    cs_text = "utf-8"
    intro = text_part(text, "plain", cs_text, "quoted-printable" if any(ord(c) > 127 for c in text) else "7bit")
    o = m["orig"]
    ohdrs, obody = original_message(o, m["lang"])
    if struct == "dsn":
        d = m["dsn"]
        per_msg = ["Reporting-MTA: dns; %s" % d["mta"]]
        if d.get("arrival"):
            per_msg.append("Arrival-Date: %s" % d["arrival"])
        per_rcpt = ["Final-Recipient: rfc822; %s" % d["rcpt"],
                    "Action: %s" % d.get("action", "failed"),
                    "Status: %s" % d["status"]]
        if d.get("remote"):
            per_rcpt.append("Remote-MTA: dns; %s" % d["remote"])
        if d.get("diag"):
            per_rcpt.append("Diagnostic-Code: smtp; %s" % d["diag"])
        if d.get("until"):
            per_rcpt.append("Will-Retry-Until: %s" % d["until"])
        ds = ("\r\n".join(per_msg) + "\r\n\r\n" + "\r\n".join(per_rcpt) + "\r\n").encode("ascii")
        p2 = (["Content-Type: message/delivery-status"], ds)
        if obody is not None and d.get("full", True):
            oh = ("\r\n".join(ohdrs) + "\r\n\r\n").encode("ascii") + obody.strip("\n").replace("\n", "\r\n").encode("ascii") + b"\r\n"
            p3 = (["Content-Type: message/rfc822"], oh)
        else:
            p3 = (["Content-Type: text/rfc822-headers"], ("\r\n".join(ohdrs) + "\r\n").encode("ascii"))
        h, b = multipart("report", boundary_for(rng), [intro, p2, p3], " report-type=delivery-status;")
        return h, b, cs_text, mode, "dsn"
    if struct == "mdn":
        d = m["mdn"]
        f = ["Reporting-UA: %s" % d["ua"]]
        if d.get("orcpt"):
            f.append("Original-Recipient: rfc822;%s" % d["orcpt"])
        f += ["Final-Recipient: rfc822;%s" % d["rcpt"],
              "Original-Message-ID: %s" % o["msgid"],
              "Disposition: %s" % d.get("disp", "manual-action/MDN-sent-manually; displayed")]
        p2 = (["Content-Type: message/disposition-notification"], ("\r\n".join(f) + "\r\n").encode("ascii"))
        parts = [intro, p2]
        if d.get("headers", True):
            parts.append((["Content-Type: text/rfc822-headers"], ("\r\n".join(ohdrs) + "\r\n").encode("ascii")))
        h, b = multipart("report", boundary_for(rng), parts, " report-type=disposition-notification;")
        return h, b, cs_text, mode, "mdn"
    raise ValueError(struct)


def build_message(n, m):
    rng = random.Random(SEED * 1000003 + n)
    lang = m["lang"]
    date, dt = make_date(rng, lang)
    if m.get("orig", {}).get("date"):
        # reports follow the message they report on
        base = email.utils.parsedate_to_datetime(m["orig"]["date"])
        step = datetime.timedelta(minutes=rng.randint(1, 40)) if m["auto"] == "bounce" else datetime.timedelta(minutes=rng.randint(5, 300))
        if m.get("dsn", {}).get("action") == "delayed":
            step = datetime.timedelta(hours=rng.randint(4, 6))
        date = email.utils.format_datetime(base + step)
    is_auto = m["auto"] != "-"
    if is_auto:
        content_h, body, cs, mode, pack = build_auto(rng, m)
    else:
        content_h, body, cs, mode, pack = body_parts(rng, m)
    self_dom = "escalated.example.test" if m.get("selfid") else None
    msgid = m.get("msgid") or make_msgid(rng, m["frm"], self_dom)
    hdr = []
    pre = m.get("pre_hdrs", [])
    for k, v in pre:
        hdr.append("%s: %s" % (k, v))
    hdr.append(address_header("From", m["frm"], cs, mode))
    to = m.get("to") or rng.choice(TO_FORMS)
    hdr.append("To: %s" % to)
    if m.get("cc"):
        hdr.append(address_header("Cc", m["cc"], cs, mode))
    hdr.append(header_text("Subject", m["subj"], cs, mode))
    hdr.append("Date: %s" % date)
    hdr.append("Message-ID: %s" % msgid)
    subj_l = m["subj"].lower()
    if not is_auto and re.match(r"^(re|aw|r|rv|antw|réf)\s?:", subj_l) and not m.get("no_irt"):
        ref = "<%s.%d@desk.example.test>" % ("%020x" % rng.getrandbits(80), rng.randint(100, 9999))
        hdr.append("In-Reply-To: %s" % ref)
        hdr.append("References: %s" % ref)
    for k, v in m.get("hdrs", []):
        hdr.append("%s: %s" % (k, v))
    if not is_auto and not m.get("no_client"):
        client = rng.choice(CLIENTS[lang])
        if m.get("client"):
            client = m["client"]
        if client:
            hdr.append("%s: %s" % client)
    hdr.append("MIME-Version: 1.0")
    hdr.extend(content_h)
    head = "\r\n".join(hdr).encode("ascii")
    return head + b"\r\n\r\n" + body, pack


# ---------------------------------------------------------------- build all

def build_all():
    items = collect()
    order = list(range(len(items)))
    random.Random(SEED).shuffle(order)
    files = {}
    rows = [HEADER_LINE]
    meta = []
    for n, idx in enumerate(order, 1):
        m = items[idx]
        name = "%s%04d.eml" % (PREFIX, n)
        data, pack = build_message(n, m)
        files[name] = data
        note = m["note"].replace("\t", " ").replace("\n", " ")
        rows.append("\t".join([name, m["trig"], m["auto"], m["lang"], m["trap"], note]))
        meta.append((name, m, pack))
    files["labels.tsv"] = ("\n".join(rows) + "\n").encode("utf-8")
    return files, meta


# ---------------------------------------------------------------- check

ADDR_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
DOC_NETS = {("192", "0", "2"), ("198", "51", "100"), ("203", "0", "113")}


def all_header_defects(msg):
    out = []
    for k in msg.keys():
        for v in msg.get_all(k):
            out.extend(getattr(v, "defects", ()))
    return out


def check(files, meta):
    errors = []
    # 1. byte-for-byte
    on_disk = {f for f in os.listdir(HERE) if f.endswith(".eml") or f == "labels.tsv"}
    if on_disk != set(files):
        errors.append("file set differs: missing %s extra %s" % (
            sorted(set(files) - on_disk)[:5], sorted(on_disk - set(files))[:5]))
    for name, data in files.items():
        p = os.path.join(HERE, name)
        if os.path.exists(p):
            with open(p, "rb") as fh:
                if fh.read() != data:
                    errors.append("%s differs from regenerated bytes" % name)
    pos = {t: 0 for t in TRIGGERS}
    for name, m, pack in meta:
        data = files[name]
        where = "%s (%s)" % (name, m["_src"])
        # 2. CRLF only
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            errors.append("%s: bare CR or LF" % where)
        for line in data.split(b"\r\n"):
            if len(line) > 998:
                errors.append("%s: line longer than 998 octets" % where)
                break
        # 3. parse
        msg = email.message_from_bytes(data, policy=policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r" % (where, part.defects))
            hd = all_header_defects(part)
            if hd:
                errors.append("%s: header defects %r" % (where, hd))
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errors.append("%s: missing %s" % (where, h))
        to = msg["To"]
        if to is None or [a.addr_spec.lower() for a in to.addresses] != [DESK]:
            errors.append("%s: To is not the desk" % where)
        # 4. text parts decode strictly
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                payload = part.get_payload(decode=True)
                try:
                    payload.decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as exc:
                    errors.append("%s: part %s does not decode as %s: %s" % (where, part.get_content_type(), cs, exc))
        # 5. labels
        trig = m["trig"]
        if trig != "-":
            ids = trig.split(",")
            if ids != sorted(set(ids)):
                errors.append("%s: triggers not sorted/unique: %s" % (where, trig))
            for t in ids:
                if t not in TRIGGERS:
                    errors.append("%s: unknown trigger %s" % (where, t))
                else:
                    pos[t] += 1
        if m["auto"] != "-":
            if m["auto"] not in AUTO_KINDS:
                errors.append("%s: bad automated kind %s" % (where, m["auto"]))
            if trig != "-":
                errors.append("%s: automated mail carries triggers" % where)
        if m["lang"] not in LANGS:
            errors.append("%s: bad lang %s" % (where, m["lang"]))
        if not re.fullmatch(r"-|[a-z0-9_]+", m["trap"]):
            errors.append("%s: trap not snake_case: %s" % (where, m["trap"]))
        # 6. fictitious data only (headers plus decoded text of every part)
        chunks = [data.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace")]
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                raw = part.get_payload(decode=True)
                chunks.append(raw.decode(part.get_content_charset() or "us-ascii", "replace"))
            elif part.get_content_maintype() == "message" and part.get_content_type() != "message/delivery-status":
                pass
        for part in msg.walk():
            if part.get_content_type() in ("message/delivery-status", "message/disposition-notification"):
                chunks.append(part.as_string())
        text = "\n".join(chunks)
        for dom in ADDR_RE.findall(text):
            d = dom.lower()
            if not (d.endswith(".example") or d.endswith(".test") or d == "example.test"):
                errors.append("%s: non-reserved domain %s" % (where, dom))
        for dotted in IP_RE.finditer(text):
            g = dotted.groups()
            if all(int(x) <= 255 for x in g) and g[:3] not in DOC_NETS and not (g == ("127", "0", "0", "1")):
                # version-like numbers (1.6.9.1) are not IPs; flag only plausible addresses
                if int(g[0]) >= 10:
                    errors.append("%s: non-documentation IP %s" % (where, ".".join(g)))
    for t, c in pos.items():
        if c < MIN_POSITIVES:
            errors.append("trigger %s has only %d positives" % (t, c))
    hdr = files["labels.tsv"].split(b"\n", 1)[0].decode()
    if hdr != HEADER_LINE:
        errors.append("labels.tsv header line is wrong")
    return errors, pos


def stats(meta):
    from collections import Counter
    cls = Counter()
    autok = Counter()
    traps = Counter()
    pos = Counter()
    packs = Counter()
    for name, m, pack in meta:
        c = "automated" if m["auto"] != "-" else ("trigger" if m["trig"] != "-" else "no_trigger")
        cls[(c, m["lang"])] += 1
        if m["auto"] != "-":
            autok[(m["auto"], m["lang"])] += 1
        if m["trap"] != "-":
            traps[m["trap"]] += 1
        if m["trig"] != "-":
            for t in m["trig"].split(","):
                pos[t] += 1
        packs[pack] += 1
    print("| class | en | de | fr | es | total |")
    print("|---|---|---|---|---|---|")
    for c in ("trigger", "no_trigger", "automated"):
        row = [cls[(c, l)] for l in LANGS]
        print("| %s | %s | %d |" % (c, " | ".join(map(str, row)), sum(row)))
    row = [sum(cls[(c, l)] for c in ("trigger", "no_trigger", "automated")) for l in LANGS]
    print("| total | %s | %d |" % (" | ".join(map(str, row)), sum(row)))
    print()
    print("| automated kind | en | de | fr | es | total |")
    print("|---|---|---|---|---|---|")
    for k in AUTO_KINDS:
        row = [autok[(k, l)] for l in LANGS]
        print("| %s | %s | %d |" % (k, " | ".join(map(str, row)), sum(row)))
    print()
    print("| trigger | positives |")
    print("|---|---|")
    for t in TRIGGERS:
        print("| `%s` | %d |" % (t, pos[t]))
    print()
    print("| trap | messages |")
    print("|---|---|")
    for t, c in sorted(traps.items(), key=lambda x: (-x[1], x[0])):
        print("| `%s` | %d |" % (t, c))
    print()
    print("| packaging | messages |")
    print("|---|---|")
    for p, c in sorted(packs.items(), key=lambda x: (-x[1], x[0])):
        print("| %s | %d |" % (p, c))
    la = Counter()
    for name, m, pack in meta:
        if m["trap"] == "looks_automated":
            la[(m["lang"], m["trig"] != "-")] += 1
    print()
    print("looks_automated:", dict(la))
    nomark = Counter(m["lang"] for name, m, pack in meta if m.get("nomarker"))
    print("auto-replies without marker headers:", dict(nomark))


def main():
    files, meta = build_all()
    if "--stats" in sys.argv:
        stats(meta)
        return 0
    if "--check" in sys.argv:
        errors, pos = check(files, meta)
        for e in errors:
            print("ERROR:", e)
        if errors:
            print("check FAILED: %d problem(s)" % len(errors))
            return 1
        print("check passed: %d messages, labels.tsv matches, %d triggers with >= %d positives"
              % (len(meta), len(pos), MIN_POSITIVES))
        return 0
    for f in os.listdir(HERE):
        if f.startswith(PREFIX) and f.endswith(".eml") and f not in files:
            os.remove(os.path.join(HERE, f))
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    print("wrote %d messages and labels.tsv" % len(meta))
    return 0


if __name__ == "__main__":
    sys.exit(main())
