#!/usr/bin/env python3
"""Write (or --check) the heldout16 corpus. Python 3 standard library only.

Every message text is a hand-written literal in the h16_*.py helper modules;
this script only packages them (MIME structure, dates, Message-IDs, client
headers, file order), driven by a fixed seed so output is byte-identical.
"""
import base64
import datetime
import email
import email.policy
import os
import quopri
import random
import sys
from email.header import Header
from email.utils import format_datetime, parseaddr

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import h16_auto  # noqa: E402
import h16_de  # noqa: E402
import h16_en_neg  # noqa: E402
import h16_en_pos  # noqa: E402
import h16_es  # noqa: E402
import h16_fr  # noqa: E402

SEED = 16
DESK = "support@example.test"
CODES = {
    "lt": "legal_threat", "reg": "regulatory", "mgr": "manager_request",
    "corp": "corporate_contact_request", "exec": "executive_contact",
    "sec": "security_incident", "dl": "data_loss", "out": "outage",
    "bill": "billing_dispute", "canc": "cancellation_threat",
    "media": "media_threat", "disc": "discrimination_harassment",
    "safe": "safety", "prom": "broken_promise", "rep": "repeat_contact",
    "hv": "high_value_order", "sev": "severe_dissatisfaction",
    "feat": "feature_request", "tech": "technical_issue",
}
TRIGGERS = set(CODES.values())
KINDS = {"auto_reply", "bounce", "list", "receipt", "self"}
HEADER = "file\ttriggers\tautomated\tlang\ttrap\tnote"
CLIENTS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.11.0"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("X-Mailer", "iPhone Mail (21F90)"),
    ("User-Agent", "Roundcube Webmail/1.6.6"),
    ("X-Mailer", "Apple Mail (2.3774.600.62)"),
    ("User-Agent", "K-9 Mail for Android"),
    ("X-Mailer", "Open-Xchange Mailer v7.10.6"),
    (None, None),
]
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cf000000030101009dd7c3a10000000049454e44ae426082")


def blocks(text):
    out = []
    for chunk in text.split("\n=== ")[1:]:
        head, _, body = chunk.partition("\n")
        out.append(([f.strip() for f in head.split(" | ")], body.strip("\n")))
    return out


def load():
    msgs = []
    for mod, lang in ((h16_en_pos, "en"), (h16_en_neg, "en"), (h16_de, "de"),
                      (h16_fr, "fr"), (h16_es, "es")):
        for (codes, trap, note, frm, subj), body in blocks(mod.TEXT):
            trig = "-" if codes == "-" else ",".join(sorted(CODES[c] for c in codes.split(",")))
            msgs.append(dict(kind="-", lang=lang, trig=trig, trap=trap, note=note,
                             frm=frm, subj=subj, body=body, variant=None))
    for (kind, lang, trap, variant, frm, subj), body in blocks(h16_auto.TEXT):
        msgs.append(dict(kind=kind, lang=lang, trig="-", trap=trap, note="-",
                         frm=frm, subj=subj, body=body, variant=variant))
    return msgs


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def enc_header(value, force):
    if force or any(ord(c) > 127 for c in value):
        return Header(value, "utf-8", maxlinelen=76).encode().replace("\n", "\r\n")
    return value


def enc_addr(frm, force):
    name, addr = parseaddr(frm)
    if not name:
        return addr
    if force or any(ord(c) > 127 for c in name):
        return "%s <%s>" % (Header(name, "utf-8").encode(), addr)
    if any(c in name for c in ",.;:()"):
        return '"%s" <%s>' % (name, addr)
    return "%s <%s>" % (name, addr)


def text_part(body, charset, cte):
    """Return (headers, encoded body) for a text body."""
    raw = body.encode(charset)
    if cte == "7bit":
        data = crlf(body)
    elif cte == "8bit":
        data = crlf(raw.decode("ascii", "surrogateescape"))
    elif cte == "quoted-printable":
        data = crlf(quopri.encodestring(raw.replace(b"\r\n", b"\n")).decode("ascii"))
    else:
        data = crlf(base64.encodebytes(raw.replace(b"\n", b"\r\n")).decode("ascii"))
    return data, raw


def html_of(body, divs):
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    lines = body.split("\n")
    if divs:
        inner = "\n".join("<div>%s</div>" % (esc(l) if l.strip() else "<br>") for l in lines)
    else:
        paras = "\n".join(lines).split("\n\n")
        inner = "\n".join("<p>%s</p>" % "<br>\n".join(esc(l) for l in p.split("\n")) for p in paras)
    return "<html><head><meta charset=\"utf-8\"></head><body>\n%s\n</body></html>" % inner


class Builder:
    def __init__(self, rng):
        self.rng = rng
        self.n = 0

    def boundary(self):
        self.n += 1
        return "=_h16_%06x_%d" % (self.rng.getrandbits(24), self.n)

    def leaf(self, ctype, body, charset="utf-8", cte=None, extra=()):
        if cte is None:
            cte = "7bit" if body.isascii() else "quoted-printable"
        data, _ = text_part(body, charset, cte)
        hdr = ["Content-Type: %s; charset=\"%s\"" % (ctype, charset),
               "Content-Transfer-Encoding: %s" % cte] + list(extra)
        return "\r\n".join(hdr) + "\r\n\r\n" + data.rstrip("\r\n") + "\r\n"

    def multi(self, subtype, parts, params=""):
        b = self.boundary()
        out = "Content-Type: multipart/%s;%s boundary=\"%s\"\r\n\r\n" % (subtype, params, b)
        out += "This is a multi-part message in MIME format.\r\n"
        for p in parts:
            out += "\r\n--%s\r\n%s" % (b, p)
        out += "\r\n--%s--\r\n" % b
        return out


def customer_body(b, m, rng):
    body = m["body"]
    pick = rng.random()
    if pick < 0.22:
        return b.leaf("text/plain", body, cte="7bit" if body.isascii() else "8bit")
    if pick < 0.32:
        return b.leaf("text/plain", body, cte="quoted-printable")
    if pick < 0.40:
        return b.leaf("text/plain", body, cte="base64")
    if pick < 0.52:
        for cs in ("iso-8859-1", "iso-8859-15", "windows-1252"):
            if rng.random() < 0.5:
                continue
            try:
                body.encode(cs)
            except UnicodeEncodeError:
                continue
            return b.leaf("text/plain", body, charset=cs,
                          cte="8bit" if not body.isascii() else "7bit")
        return b.leaf("text/plain", body, cte="quoted-printable")
    if pick < 0.78:
        divs = rng.random() < 0.5
        return b.multi("alternative", [b.leaf("text/plain", body),
                                       b.leaf("text/html", html_of(body, divs), cte="quoted-printable")])
    if pick < 0.90:
        name = {"en": "photo.png", "de": "foto.png", "fr": "photo.png", "es": "foto.png"}[m["lang"]]
        att = ("Content-Type: image/png; name=\"%s\"\r\nContent-Transfer-Encoding: base64\r\n"
               "Content-Disposition: attachment; filename=\"%s\"\r\n\r\n%s" %
               (name, name, crlf(base64.encodebytes(PNG).decode("ascii"))))
        return b.multi("mixed", [b.leaf("text/plain", body), att])
    return b.leaf("text/html", html_of(body, rng.random() < 0.5), cte="quoted-printable")


def dsn(b, m, rng, date, rcpt, orig_mid):
    human, _, original = m["body"].partition("---ORIGINAL---")
    mta, status, diag = m["variant"].split(":", 2)
    host = parseaddr(m["frm"])[1].split("@")[1]
    action = "delayed" if status.startswith("4") else "failed"
    code = "451" if status.startswith("4") else "550"
    human = human.rstrip("\n") + "\n\n<%s>: %s %s %s\n" % (rcpt, code, status, diag)
    inner = ("From: Support <%s>\r\nTo: <%s>\r\nSubject: %s\r\nDate: %s\r\nMessage-ID: %s\r\n"
             "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=\"utf-8\"\r\n"
             "Content-Transfer-Encoding: quoted-printable\r\n\r\n%s" %
             (DESK, rcpt, enc_header(m["subj"].split(": ", 1)[-1], False), date, orig_mid,
              text_part(original.strip("\n") + "\n", "utf-8", "quoted-printable")[0]))
    if mta == "qmail":
        text = (human + "\n--- Below this line is a copy of the message.\n\n")
        return b.leaf("text/plain", text, cte="7bit" if text.isascii() else "quoted-printable"), inner
    status_part = ("Content-Type: message/delivery-status\r\n\r\n"
                   "Reporting-MTA: dns; %s\r\nArrival-Date: %s\r\n\r\n"
                   "Final-Recipient: rfc822; %s\r\nAction: %s\r\nStatus: %s\r\n"
                   "Diagnostic-Code: smtp; %s %s %s\r\n" %
                   (host, date, rcpt, action, status, code, status,
                    diag.encode("ascii", "replace").decode()))
    if mta in ("exchange", "sendmail"):
        hdrs = inner.split("\r\n\r\n", 1)[0] + "\r\n"
        ret = "Content-Type: text/rfc822-headers\r\n\r\n" + hdrs
    else:
        ret = "Content-Type: message/rfc822\r\n\r\n" + inner
    return b.multi("report", [b.leaf("text/plain", human), status_part, ret],
                   " report-type=delivery-status;"), None


def build(m, rng, b, when):
    date = format_datetime(when)
    dom = parseaddr(m["frm"])[1].split("@")[1]
    mid = "<%s.%06d@%s>" % (when.strftime("%Y%m%d%H%M%S"), rng.randrange(10**6), dom)
    force = rng.random() < 0.2
    hdr = []
    kind, var = m["kind"], m["variant"]
    if kind == "bounce":
        hdr.append("Return-Path: <>")
    hdr.append("From: " + enc_addr(m["frm"], force and kind == "-"))
    hdr.append("To: " + (DESK if rng.random() < 0.6 else "Support <%s>" % DESK))
    hdr.append("Subject: " + enc_header(m["subj"], force))
    hdr.append("Date: " + date)
    if kind == "self" and var == "msgid":
        mid = "<%s.%06d@escalated.example.test>" % (when.strftime("%Y%m%d%H%M%S"), rng.randrange(10**6))
    hdr.append("Message-ID: " + mid)
    subj_l = m["subj"].lower()
    if kind in ("-", "auto_reply", "self") and any(subj_l.startswith(p) for p in ("re:", "aw:", "re :", "rv:", "tr:", "fwd:")) or kind == "auto_reply":
        ref = "<%08x.%d@example.test>" % (rng.getrandbits(32), rng.randrange(1000))
        hdr += ["In-Reply-To: " + ref, "References: " + ref]
    if kind == "-":
        k, v = rng.choice(CLIENTS)
        if k:
            hdr.append("%s: %s" % (k, v))
    elif kind == "auto_reply":
        if var == "rfc3834":
            hdr += ["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]
        elif var == "x-autorespond":
            hdr += ["X-Autoreply: yes", "X-Autorespond: yes"]
        elif var == "precedence":
            hdr += ["Precedence: auto_reply"]
    elif kind == "bounce":
        hdr.append("Auto-Submitted: auto-replied")
    elif kind == "list":
        local, ldom = parseaddr(m["frm"])[1].split("@")
        lid = "%s.%s" % (local, ldom)
        if var == "list":
            hdr += ["List-Id: %s <%s>" % (local.capitalize(), lid), "Precedence: list"]
        else:
            hdr += ["Precedence: bulk"]
        hdr += ["List-Unsubscribe: <mailto:unsubscribe@%s?subject=unsubscribe>, <https://%s/unsubscribe>" % (ldom, ldom),
                "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]
    elif kind == "self":
        hdr.append("X-Mailer: escalated desk")
    hdr.append("MIME-Version: 1.0")
    if m["lang"] != "en" and rng.random() < 0.3:
        hdr.append("Content-Language: " + {"de": "de-DE", "fr": "fr-FR", "es": "es-ES"}[m["lang"]])

    if kind == "-":
        body = customer_body(b, m, rng)
    elif kind == "bounce":
        rcpt = "%s@%s" % (rng.choice(["j.quayle", "m.lenz", "orders", "k.holt", "a.vance", "info"]),
                          dom.split(".", 1)[1])
        body, inner = dsn(b, m, rng, date, rcpt, "<%08x@example.test>" % rng.getrandbits(32))
        if inner is not None:
            body = body.rstrip("\r\n") + "\r\n\r\n" + inner
    elif kind == "receipt":
        orig = "<%08x@example.test>" % rng.getrandbits(32)
        addr = parseaddr(m["frm"])[1]
        mode = rng.choice(["manual-action/MDN-sent-manually", "automatic-action/MDN-sent-automatically"])
        mdn = ("Content-Type: message/disposition-notification\r\n\r\n"
               "Reporting-UA: %s; Mail client\r\nOriginal-Recipient: rfc822;%s\r\n"
               "Final-Recipient: rfc822;%s\r\nOriginal-Message-ID: %s\r\n"
               "Disposition: %s; displayed\r\n" % (addr.split("@")[1], addr, addr, orig, mode))
        body = b.multi("report", [b.leaf("text/plain", m["body"]), mdn],
                       " report-type=disposition-notification;")
    elif kind == "list" or (kind == "auto_reply" and rng.random() < 0.35):
        body = b.multi("alternative", [b.leaf("text/plain", m["body"]),
                                       b.leaf("text/html", html_of(m["body"], False), cte="quoted-printable")])
    else:
        body = b.leaf("text/plain", m["body"], cte=rng.choice(["quoted-printable", "base64"])
                      if not m["body"].isascii() else "7bit")
    return _to_bytes("\r\n".join(hdr) + "\r\n" + body)


def _to_bytes(s):
    # 8bit parts were kept as surrogate-escaped bytes; everything else is ASCII.
    return s.encode("ascii", "surrogateescape")


def generate():
    rng = random.Random(SEED)
    msgs = load()
    rng.shuffle(msgs)
    b = Builder(rng)
    base = datetime.datetime(2024, 5, 2, 7, 0, tzinfo=datetime.timezone.utc)
    out = []
    for i, m in enumerate(msgs, 1):
        tz = datetime.timezone(datetime.timedelta(hours=rng.choice([0, 1, 2, -5])))
        when = (base + datetime.timedelta(minutes=i * 293 + rng.randrange(200))).astimezone(tz)
        name = "h16-%04d.eml" % i
        out.append((name, build(m, rng, b, when), m))
    return out


def labels_text(out):
    rows = [HEADER]
    for name, _, m in out:
        rows.append("\t".join([name, m["trig"], m["kind"], m["lang"], m["trap"], m["note"]]))
    return "\n".join(rows) + "\n"


def write():
    out = generate()
    for old in os.listdir(HERE):
        if old.startswith("h16-") and old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    for name, data, _ in out:
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "w", newline="\n") as f:
        f.write(labels_text(out))
    print("wrote %d messages" % len(out))


def check():
    errs = []
    out = generate()
    with open(os.path.join(HERE, "labels.tsv")) as f:
        lab = f.read()
    if lab != labels_text(out):
        errs.append("labels.tsv does not match generator output")
    rows = lab.rstrip("\n").split("\n")
    if rows[0] != HEADER:
        errs.append("bad labels header")
    files = sorted(x for x in os.listdir(HERE) if x.endswith(".eml"))
    names = [r.split("\t")[0] for r in rows[1:]]
    if files != sorted(names):
        errs.append("files on disk do not match labels.tsv")
    counts = {t: 0 for t in TRIGGERS}
    for (name, data, m), row in zip(out, rows[1:]):
        path = os.path.join(HERE, name)
        with open(path, "rb") as f:
            disk = f.read()
        if disk != data:
            errs.append("%s: differs from generator output" % name)
        if b"\n" in disk.replace(b"\r\n", b"") or b"\r" in disk.replace(b"\r\n", b""):
            errs.append("%s: bare LF/CR" % name)
        msg = email.message_from_bytes(disk, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errs.append("%s: missing %s" % (name, h))
            else:
                hv = msg[h]
                if getattr(hv, "defects", None):
                    errs.append("%s: header defects in %s: %r" % (name, h, hv.defects))
        if DESK not in str(msg["To"]):
            errs.append("%s: not To the desk" % name)
        for part in msg.walk():
            if part.defects:
                errs.append("%s: defects %r" % (name, part.defects))
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    part.get_payload(decode=True).decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    errs.append("%s: text part does not decode: %s" % (name, e))
        f_, trig, kind, lang, trap, note = row.split("\t")
        if kind != "-" and kind not in KINDS:
            errs.append("%s: bad kind" % name)
        if lang not in ("en", "de", "fr", "es"):
            errs.append("%s: bad lang" % name)
        if trig != "-":
            ids = trig.split(",")
            if ids != sorted(set(ids)) or not set(ids) <= TRIGGERS:
                errs.append("%s: bad trigger list" % name)
            if kind != "-":
                errs.append("%s: automated mail with triggers" % name)
            for t in ids:
                counts[t] = counts.get(t, 0) + 1
    for t, n in sorted(counts.items()):
        if n < 10:
            errs.append("trigger %s has only %d positives" % (t, n))
    for e in errs:
        print("ERROR", e)
    print("checked %d messages; %s" % (len(out), "OK" if not errs else "%d errors" % len(errs)))
    return 0 if not errs else 1


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
