#!/usr/bin/env python3
"""Package the hand-written heldout27 messages into .eml files + labels.tsv.

Usage: python3 make_corpus.py          # write files
       python3 make_corpus.py --check  # regenerate in memory and verify
Standard library only. Deterministic (seed 27).
"""
import sys
sys.dont_write_bytecode = True
import os
import random
import base64
import hashlib
import html
import datetime
import email
import email.policy
import email.utils
from email.header import Header
from email import quoprimime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import h27_en_pos  # noqa: E402
import h27_en_neg  # noqa: E402
import h27_de  # noqa: E402
import h27_fr  # noqa: E402
import h27_es  # noqa: E402
import h27_auto  # noqa: E402

SEED = 27
DESK = "support@example.test"
PREFIX = "h27-"
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
HEADER = "file\ttriggers\tautomated\tlang\ttrap\tnote"

CLIENTS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.9.0"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("X-Mailer", "iPhone Mail (21E236)"),
    ("User-Agent", "Roundcube Webmail/1.6.6"),
    ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
    ("User-Agent", "K-9 Mail for Android"),
    ("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF124)"),
    ("User-Agent", "Mutt/2.2.12 (2023-09-09)"),
    ("X-Mailer", "Evolution 3.50.3"),
    ("User-Agent", "Mozilla Thunderbird 102.15.1"),
    (None, None),
    ("X-Mailer", "SquirrelMail/1.4.23"),
]
LEGACY = {"de": ["iso-8859-1", "iso-8859-15", "windows-1252"],
          "fr": ["iso-8859-15", "windows-1252", "iso-8859-1"],
          "es": ["iso-8859-1", "windows-1252", "iso-8859-15"],
          "en": ["windows-1252", "iso-8859-1"]}
PACKS = ["plain", "plain", "plain_qp", "plain_b64", "legacy", "legacy",
         "alt_div", "alt_entities", "alt_div", "mixed", "html_only"]
TZS = [0, 60, 120, -300, -240, 330, 600, -420, 60, 120]
SPECIALS = set('()<>[]:;@\\,."')
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def crlf(s):
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    return s.replace("\n", "\r\n")


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_text(s):
    if is_ascii(s):
        return s
    return Header(s, "utf-8", maxlinelen=76).encode().replace("\n", "\r\n")


def enc_addr(s):
    s = s.strip()
    if "<" not in s:
        return s
    name, addr = s.rsplit("<", 1)
    name = name.strip().strip('"')
    addr = "<" + addr
    if not name:
        return addr
    if not is_ascii(name):
        return Header(name, "utf-8").encode() + " " + addr
    if any(c in SPECIALS for c in name):
        return '"' + name.replace('"', '') + '" ' + addr
    return name + " " + addr


def addr_domain(s):
    a = s.rsplit("<", 1)[-1].strip(">").strip()
    return a.split("@")[-1]


def qp(raw):
    return quoprimime.body_encode(raw.decode("latin-1"), maxlinelen=76, eol="\r\n")


def b64(raw):
    e = base64.encodebytes(raw).decode("ascii")
    return crlf(e.rstrip("\n")) + "\r\n"


def text_part(text, subtype="plain", charset="utf-8", cte=None):
    """Return (header_lines, body) for one leaf text part."""
    text = crlf(text)
    if not text.endswith("\r\n"):
        text += "\r\n"
    raw = text.encode(charset)
    if cte is None:
        cte = "7bit" if is_ascii(text) else "8bit"
    if cte in ("7bit", "8bit") and max(len(l) for l in raw.split(b"\r\n")) > 900:
        cte = "quoted-printable"
    if cte in ("7bit", "8bit"):
        body = raw.decode(charset)
        bodyb = raw
    elif cte == "quoted-printable":
        bodyb = qp(raw).encode("ascii")
        if not bodyb.endswith(b"\r\n"):
            bodyb += b"\r\n"
    else:
        bodyb = b64(raw).encode("ascii")
    hdr = ["Content-Type: text/%s; charset=%s" % (subtype, charset if charset != "utf-8" else "utf-8"),
           "Content-Transfer-Encoding: %s" % cte]
    if subtype == "plain" and charset == "utf-8" and cte == "7bit":
        hdr[0] = "Content-Type: text/plain; charset=us-ascii" if is_ascii(text) else hdr[0]
    return hdr, bodyb


def to_html(text, style):
    lines = text.replace("\r\n", "\n").split("\n")
    out = ["<html>", "<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>", "<body>"]
    if style == "div":
        for ln in lines:
            out.append("<div>%s</div>" % (html.escape(ln, quote=False) if ln.strip() else "<br>"))
    else:
        paras, cur = [], []
        for ln in lines:
            if ln.strip():
                cur.append(ln)
            elif cur:
                paras.append(cur)
                cur = []
        if cur:
            paras.append(cur)
        for p in paras:
            esc = []
            for ln in p:
                e = html.escape(ln, quote=True)
                e = "".join(c if ord(c) < 128 else "&#%d;" % ord(c) for c in e)
                e = e.replace("&#8364;", "&euro;").replace("&#233;", "&eacute;")
                esc.append(e)
            out.append("<p>" + "<br>\r\n".join(esc) + "</p>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def leaf_bytes(hdr, body):
    return ("\r\n".join(hdr) + "\r\n\r\n").encode("ascii") + body


def multipart(subtype, parts, boundary, extra=""):
    ct = 'Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, extra)
    body = b"This is a multi-part message in MIME format.\r\n"
    for p in parts:
        body += b"\r\n--" + boundary.encode() + b"\r\n" + p
        if not p.endswith(b"\r\n"):
            body += b"\r\n"
    body += b"\r\n--" + boundary.encode() + b"--\r\n"
    return ct, body


def make_date(rng):
    base = datetime.datetime(2024, 2, 1, 6, 0, 0)
    dt = base + datetime.timedelta(days=rng.randrange(0, 300), minutes=rng.randrange(0, 16 * 60),
                                   seconds=rng.randrange(60))
    tz = datetime.timezone(datetime.timedelta(minutes=rng.choice(TZS)))
    return email.utils.format_datetime(dt.replace(tzinfo=tz))


def collect():
    items = []
    for mod, lang in ((h27_en_pos, "en"), (h27_en_neg, "en"), (h27_de, "de"),
                      (h27_fr, "fr"), (h27_es, "es")):
        for d in mod.MESSAGES:
            d = dict(d)
            d.setdefault("lang", lang)
            d["automated"] = "-"
            items.append(d)
    for d in h27_auto.MESSAGES:
        d = dict(d)
        d["automated"] = d["kind"]
        d["triggers"] = ""
        items.append(d)
    rng = random.Random(SEED)
    rng.shuffle(items)
    return items


def build(d, idx, rng):
    name = "%s%04d.eml" % (PREFIX, idx)
    token = hashlib.sha1(("h27:%d:%s" % (idx, d["subject"])).encode("utf-8")).hexdigest()
    boundary = "=_h27_" + token[:20]
    lang = d["lang"]
    hdrs = []
    frm = d["from"]
    hdrs.append("From: " + enc_addr(frm))
    hdrs.append("To: " + enc_addr(d.get("to", "Support <%s>" % DESK)))
    hdrs.append("Subject: " + enc_text(d["subject"]))
    hdrs.append("Date: " + make_date(rng))
    msgid_dom = d.get("msgid_domain") or addr_domain(frm)
    hdrs.append("Message-ID: <%s.%s@%s>" % (token[:12], token[12:20], msgid_dom))
    if d["automated"] == "-":
        c = CLIENTS[rng.randrange(len(CLIENTS))]
        if c[0]:
            hdrs.append("%s: %s" % c)
    for k, v in d.get("headers", []):
        hdrs.append("%s: %s" % (k, enc_text(v)))
    hdrs.append("MIME-Version: 1.0")

    body_text = d["body"].strip("\n") + "\n"
    struct = d.get("struct")
    pack = d.get("pack") or (rng.choice(PACKS) if d["automated"] == "-" else "plain")
    if struct in ("dsn", "mdn"):
        human_h, human_b = text_part(body_text, charset=d.get("charset", "utf-8"))
        parts = [leaf_bytes(human_h, human_b)]
        rtype = "delivery-status" if struct == "dsn" else "disposition-notification"
        status = crlf(d["status"].strip("\n") + "\n")
        parts.append(leaf_bytes(["Content-Type: message/%s" % rtype], status.encode("ascii")))
        if d.get("original"):
            olines = []
            inhdr = True
            for ln in d["original"].strip("\n").split("\n"):
                if inhdr and ln == "":
                    inhdr = False
                if inhdr and not is_ascii(ln) and ":" in ln:
                    k, v = ln.split(":", 1)
                    ln = k + ": " + enc_text(v.strip())
                olines.append(ln)
            orig = crlf("\n".join(olines) + "\n")
            if d.get("original_type") == "rfc822":
                parts.append(leaf_bytes(["Content-Type: message/rfc822",
                                         "Content-Disposition: attachment"], orig.encode("utf-8")))
            else:
                parts.append(leaf_bytes(["Content-Type: text/rfc822-headers; charset=us-ascii"],
                                        orig.encode("ascii")))
        ct, body = multipart("report", parts, boundary, "; report-type=%s" % rtype)
        top = hdrs + [ct]
    else:
        if pack == "plain":
            ph, pb = text_part(body_text)
        elif pack == "plain_qp":
            ph, pb = text_part(body_text, cte="quoted-printable")
        elif pack == "plain_b64":
            ph, pb = text_part(body_text, cte="base64")
        elif pack == "legacy":
            cs = None
            for cand in rng.sample(LEGACY[lang], len(LEGACY[lang])):
                try:
                    body_text.encode(cand)
                    cs = cand
                    break
                except UnicodeEncodeError:
                    pass
            if cs is None or is_ascii(body_text):
                cs = cs or "utf-8"
            cte = rng.choice(["8bit", "quoted-printable"])
            ph, pb = text_part(body_text, charset=cs, cte=cte)
        else:
            ph = pb = None
        if ph is not None:
            top = hdrs + ph
            body = pb
        elif pack in ("alt_div", "alt_entities"):
            p1 = leaf_bytes(*text_part(body_text, cte=rng.choice([None, "quoted-printable"])))
            p2 = leaf_bytes(*text_part(to_html(body_text, "div" if pack == "alt_div" else "p"),
                                       subtype="html", cte="quoted-printable"))
            ct, body = multipart("alternative", [p1, p2], boundary)
            top = hdrs + [ct]
        elif pack == "html_only":
            ph, pb = text_part(to_html(body_text, rng.choice(["div", "p"])), subtype="html",
                               cte=rng.choice(["quoted-printable", "base64"]))
            top = hdrs + ph
            body = pb
        elif pack == "mixed":
            p1 = leaf_bytes(*text_part(body_text))
            kind = rng.randrange(3)
            if kind == 0:
                att = leaf_bytes(["Content-Type: image/png; name=\"photo.png\"",
                                  "Content-Transfer-Encoding: base64",
                                  "Content-Disposition: attachment; filename=\"photo.png\""], b64(PNG).encode())
            elif kind == 1:
                csv = "item,qty,note\r\nsee mail,1,-\r\n"
                att = leaf_bytes(["Content-Type: text/csv; charset=us-ascii; name=\"details.csv\"",
                                  "Content-Transfer-Encoding: 7bit",
                                  "Content-Disposition: attachment; filename=\"details.csv\""], csv.encode())
            else:
                txt = "Reference notes attached by sender.\r\n"
                att = leaf_bytes(["Content-Type: text/plain; charset=us-ascii; name=\"notes.txt\"",
                                  "Content-Transfer-Encoding: base64",
                                  "Content-Disposition: attachment; filename=\"notes.txt\""],
                                 b64(txt.encode()).encode())
            ct, body = multipart("mixed", [p1, att], boundary)
            top = hdrs + [ct]
        else:
            raise ValueError(pack)
    data = ("\r\n".join(top) + "\r\n\r\n").encode("ascii") + body
    trig = sorted(set((d.get("triggers") or "").split()))
    label = "\t".join([name, ",".join(trig) if trig else "-", d["automated"], lang,
                       d.get("trap") or "-", (d.get("note") or "-").replace("\t", " ")])
    return name, data, label


def generate():
    items = collect()
    rng = random.Random(SEED * 1000 + 1)
    files = {}
    labels = [HEADER]
    for i, d in enumerate(items, 1):
        name, data, label = build(d, i, rng)
        files[name] = data
        labels.append(label)
    files["labels.tsv"] = ("\n".join(labels) + "\n").encode("utf-8")
    return files, items


def validate(files):
    errs = []
    rows = files["labels.tsv"].decode("utf-8").split("\n")
    if rows[0] != HEADER:
        errs.append("bad labels header")
    counts = {t: 0 for t in TRIGGERS}
    for row in rows[1:]:
        if not row:
            continue
        f, trig, auto, lang, trap, note = row.split("\t")
        data = files[f]
        if b"\r\n" not in data or data.replace(b"\r\n", b"").count(b"\n") or data.replace(b"\r\n", b"").count(b"\r"):
            errs.append(f + ": not CRLF-only")
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errs.append("%s: missing %s" % (f, h))
        to = msg["To"]
        if to is None or len(to.addresses) != 1 or to.addresses[0].addr_spec != DESK:
            errs.append(f + ": To is not the desk")
        for part in msg.walk():
            if part.defects:
                errs.append("%s: defects %r" % (f, part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errs.append("%s: header %s defects %r" % (f, k, v.defects))
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    part.get_payload(decode=True).decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    errs.append("%s: charset %s: %s" % (f, cs, e))
        if auto not in ["-"] + KINDS:
            errs.append(f + ": bad automated")
        if lang not in LANGS:
            errs.append(f + ": bad lang")
        if trig != "-":
            ids = trig.split(",")
            if ids != sorted(set(ids)):
                errs.append(f + ": triggers not sorted/unique")
            for t in ids:
                if t not in counts:
                    errs.append(f + ": unknown trigger " + t)
                else:
                    counts[t] += 1
            if auto != "-":
                errs.append(f + ": automated mail with triggers")
    for t, n in counts.items():
        if n < 10:
            errs.append("trigger %s has only %d positives" % (t, n))
    return errs, counts


def main():
    files, items = generate()
    errs, counts = validate(files)
    if "--check" in sys.argv[1:]:
        for name, data in files.items():
            p = os.path.join(HERE, name)
            if not os.path.exists(p):
                errs.append("missing on disk: " + name)
            else:
                with open(p, "rb") as fh:
                    if fh.read() != data:
                        errs.append("differs on disk: " + name)
        for fn in os.listdir(HERE):
            if fn.endswith(".eml") and fn not in files:
                errs.append("stray file: " + fn)
        if errs:
            print("\n".join(errs))
            print("CHECK FAILED (%d problems)" % len(errs))
            sys.exit(1)
        print("check ok: %d messages" % (len(files) - 1))
        return
    for fn in os.listdir(HERE):
        if fn.startswith(PREFIX) and fn.endswith(".eml"):
            os.remove(os.path.join(HERE, fn))
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    print("wrote %d messages" % (len(files) - 1))
    if errs:
        print("\n".join(errs))
    for t in TRIGGERS:
        print("%-28s %d" % (t, counts[t]))


if __name__ == "__main__":
    main()
