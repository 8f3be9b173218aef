#!/usr/bin/env python3
"""Package the hand-written heldout28 messages into .eml files and labels.tsv.

Usage: python3 make_corpus.py          # (re)write all files
       python3 make_corpus.py --check  # regenerate in memory and verify
Standard library only; deterministic (seed 28).
"""
import sys
sys.dont_write_bytecode = True
import base64, email, email.policy, email.utils, html, html.entities, os, quopri, random
from datetime import datetime, timedelta, timezone
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import h28_en_pos, h28_en_neg, h28_de, h28_fr, h28_es, h28_auto  # noqa: E402

SEED = 28
DESK = "support@example.test"
TRIGGERS = ["legal_threat", "regulatory", "manager_request", "corporate_contact_request",
            "executive_contact", "security_incident", "data_loss", "outage", "billing_dispute",
            "cancellation_threat", "media_threat", "discrimination_harassment", "safety",
            "broken_promise", "repeat_contact", "high_value_order", "severe_dissatisfaction",
            "feature_request", "technical_issue"]
KINDS = {"auto_reply", "bounce", "list", "receipt", "self"}
HEADER = "file\ttriggers\tautomated\tlang\ttrap\tnote"
CLIENTS = [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.12.2"),
           ("X-Mailer", "Microsoft Outlook 16.0"),
           ("X-Mailer", "Apple Mail (2.3774.600.62)"),
           ("User-Agent", "Roundcube Webmail/1.6.7"),
           ("X-Mailer", "iPhone Mail (21F90)"),
           ("User-Agent", "K-9 Mail for Android"),
           ("X-Mailer", "Zimbra 9.0.0_GA_4604"),
           (None, None)]
TZ = {"en": [0, 60], "de": [120], "fr": [120], "es": [120]}
PACKS = ["plain", "plain", "plain", "qp", "b64", "legacy", "alt_div", "alt_ent", "mixed", "html_only"]
PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def collect():
    out = []
    for mod in (h28_en_pos, h28_en_neg, h28_de, h28_fr, h28_es):
        for d in mod.MSGS:
            e = dict(d); e["lang"] = mod.LANG; e["kind"] = "-"; out.append(e)
    for d in h28_auto.MSGS:
        e = dict(d); e.setdefault("t", "-"); e.setdefault("trap", "-"); out.append(e)
    return out


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def enc_header(name, value):
    if all(ord(c) < 128 for c in value):
        return "%s: %s" % (name, value)
    h = Header(value, "utf-8", header_name=name).encode(linesep="\r\n")
    return "%s: %s" % (name, h)


def enc_addr(s):
    name, addr = email.utils.parseaddr(s)
    if not name:
        return addr
    return email.utils.formataddr((name, addr), charset="utf-8").replace("\n", "\r\n")


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        return crlf(raw.decode(charset)).encode(charset)
    if cte == "quoted-printable":
        return crlf(quopri.encodestring(raw.replace(b"\r\n", b"\n")).decode("ascii")).encode("ascii")
    if cte == "base64":
        return crlf(base64.encodebytes(crlf(text).encode(charset)).decode("ascii")).encode("ascii")
    raise ValueError(cte)


def leaf(ctype, text, charset, cte, extra=""):
    hdr = "Content-Type: %s; charset=\"%s\"\r\nContent-Transfer-Encoding: %s\r\n%s\r\n" % (ctype, charset, cte, extra)
    return hdr.encode("ascii") + encode_body(text, charset, cte)


def plain_cte(text, rng):
    if all(ord(c) < 128 for c in text):
        return "7bit"
    return "8bit"


def to_html(text, style):
    lines = text.rstrip("\n").split("\n")
    if style == "div":
        body = "\r\n".join("<div>%s</div>" % (html.escape(l) if l else "<br>") for l in lines)
    else:
        paras = text.strip("\n").split("\n\n")
        out = []
        for p in paras:
            esc = html.escape(p).replace("\n", "<br>\n")
            s = []
            for c in esc:
                if ord(c) > 127:
                    n = html.entities.codepoint2name.get(ord(c))
                    s.append("&%s;" % n if n else "&#%d;" % ord(c))
                else:
                    s.append(c)
            out.append("<p>%s</p>" % "".join(s))
        body = "\n".join(out)
    return "<html><head><meta charset=\"utf-8\"></head><body>\n%s\n</body></html>\n" % body


def boundary(rng, i):
    return "=_h28_%04d_%08x" % (i, rng.getrandbits(32))


def encode_orig(orig):
    lines = []
    for l in orig.rstrip("\n").split("\n"):
        if any(ord(c) > 127 for c in l):
            name, _, val = l.partition(": ")
            lines.append(enc_header(name, val))
        else:
            lines.append(l)
    return "\r\n".join(lines) + "\r\n"


def build_body(e, i, rng):
    """Return (list of header lines for content, body bytes, packaging label)."""
    text = e["b"]
    mode = e.get("mode", "plain")
    if mode in ("dsn", "mdn"):
        b = boundary(rng, i)
        rtype = "delivery-status" if mode == "dsn" else "disposition-notification"
        human = leaf("text/plain", text, "utf-8", plain_cte(text, rng))
        ds = crlf(e["ds"]).encode("ascii")
        orig = encode_orig(e["orig"]).encode("ascii")
        parts = [human,
                 ("Content-Type: message/%s\r\n\r\n" % rtype).encode("ascii") + ds,
                 b"Content-Type: text/rfc822-headers\r\n\r\n" + orig]
        body = b"This is a MIME-encapsulated message.\r\n\r\n"
        for p in parts:
            body += ("--%s\r\n" % b).encode("ascii") + p + b"\r\n"
        body += ("--%s--\r\n" % b).encode("ascii")
        return ["Content-Type: multipart/report; report-type=%s;\r\n boundary=\"%s\"" % (rtype, b)], body, "report-" + rtype
    pack = e.get("pack") or PACKS[rng.randrange(len(PACKS))]
    if e["kind"] != "-" and pack in ("mixed", "legacy"):
        pack = "plain"
    if pack == "plain":
        cte = plain_cte(text, rng)
        return ["Content-Type: text/plain; charset=\"utf-8\"" + ("; format=flowed" if rng.random() < 0.2 else ""),
                "Content-Transfer-Encoding: " + cte], encode_body(text, "utf-8", cte), "text/plain utf-8 " + cte
    if pack == "qp":
        return ["Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: quoted-printable"], \
            encode_body(text, "utf-8", "quoted-printable"), "text/plain utf-8 qp"
    if pack == "b64":
        return ["Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: base64"], \
            encode_body(text, "utf-8", "base64"), "text/plain utf-8 base64"
    if pack == "legacy":
        for cs in rng.sample(["iso-8859-1", "iso-8859-15", "windows-1252"], 3):
            try:
                text.encode(cs)
            except UnicodeEncodeError:
                continue
            cte = "8bit" if rng.random() < 0.5 else "quoted-printable"
            if all(ord(c) < 128 for c in text) and cte == "8bit":
                cte = "7bit"
            return ["Content-Type: text/plain; charset=\"%s\"" % cs, "Content-Transfer-Encoding: " + cte], \
                encode_body(text, cs, cte), "text/plain %s %s" % (cs, cte)
        return ["Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: quoted-printable"], \
            encode_body(text, "utf-8", "quoted-printable"), "text/plain utf-8 qp"
    if pack in ("alt_div", "alt_ent"):
        b = boundary(rng, i)
        h = to_html(text, "div" if pack == "alt_div" else "ent")
        p1 = leaf("text/plain", text, "utf-8", "quoted-printable")
        p2 = leaf("text/html", h, "utf-8", "quoted-printable")
        body = ("--%s\r\n" % b).encode() + p1 + ("\r\n--%s\r\n" % b).encode() + p2 + ("\r\n--%s--\r\n" % b).encode()
        return ["Content-Type: multipart/alternative; boundary=\"%s\"" % b], body, "multipart/alternative (%s)" % pack
    if pack == "html_only":
        h = to_html(text, "div" if rng.random() < 0.5 else "ent")
        cte = "quoted-printable" if rng.random() < 0.6 else "base64"
        return ["Content-Type: text/html; charset=\"utf-8\"", "Content-Transfer-Encoding: " + cte], \
            encode_body(h, "utf-8", cte), "text/html only " + cte
    if pack == "mixed":
        b = boundary(rng, i)
        if rng.random() < 0.5:
            name, ctype, data = "scan_%d.pdf" % (i % 97), "application/pdf", PDF
        else:
            name, ctype, data = "photo_%d.png" % (i % 89), "image/png", PNG
        p1 = leaf("text/plain", text, "utf-8", plain_cte(text, rng) if rng.random() < 0.5 else "quoted-printable")
        att = ("Content-Type: %s; name=\"%s\"\r\nContent-Disposition: attachment; filename=\"%s\"\r\n"
               "Content-Transfer-Encoding: base64\r\n\r\n" % (ctype, name, name)).encode() + \
            crlf(base64.encodebytes(data).decode()).encode()
        body = ("--%s\r\n" % b).encode() + p1 + ("\r\n--%s\r\n" % b).encode() + att + ("\r\n--%s--\r\n" % b).encode()
        return ["Content-Type: multipart/mixed; boundary=\"%s\"" % b], body, "multipart/mixed + " + ctype
    raise ValueError(pack)


def generate():
    rng = random.Random(SEED)
    msgs = collect()
    rng.shuffle(msgs)
    files = {}
    rows = [HEADER]
    when = datetime(2024, 6, 3, 7, 30, tzinfo=timezone.utc)
    packs = {}
    for i, e in enumerate(msgs, 1):
        name = "h28-%04d.eml" % i
        when = when + timedelta(minutes=rng.randrange(20, 400))
        off = rng.choice(TZ[e["lang"]])
        date = email.utils.format_datetime(when.astimezone(timezone(timedelta(minutes=off))))
        addr = email.utils.parseaddr(e["f"])[1]
        dom = addr.split("@")[1]
        mid = e.get("mid") or "%08x.%04d.%s@%s" % (rng.getrandbits(32), i, "h28", dom)
        to = DESK if rng.random() < 0.6 else "Support <%s>" % DESK
        hdrs = ["Return-Path: <%s>" % ("" if e["kind"] == "bounce" else addr),
                "From: " + enc_addr(e["f"]),
                "To: " + to,
                enc_header("Subject", e["s"]),
                "Date: " + date,
                "Message-ID: <%s>" % mid,
                "MIME-Version: 1.0"]
        for k, v in e.get("h", {}).items():
            hdrs.append("%s: %s" % (k, v))
        if e["kind"] == "-":
            k, v = CLIENTS[rng.randrange(len(CLIENTS))]
            if k:
                hdrs.append("%s: %s" % (k, v))
        ch, body, pl = build_body(e, i, rng)
        packs[pl] = packs.get(pl, 0) + 1
        data = ("\r\n".join(hdrs + ch) + "\r\n\r\n").encode("ascii") + body
        files[name] = data
        t = e["t"]
        trig = "-" if t == "-" else ",".join(sorted(set(t.split(","))))
        note = e.get("n", "-").replace("\t", " ").strip() or "-"
        rows.append("\t".join([name, trig, e["kind"], e["lang"], e.get("trap", "-"), note]))
    files["labels.tsv"] = ("\n".join(rows) + "\n").encode("utf-8")
    return files, packs


def check(files):
    errs = []
    pos = {t: 0 for t in TRIGGERS}
    rows = files["labels.tsv"].decode("utf-8").rstrip("\n").split("\n")
    if rows[0] != HEADER:
        errs.append("labels header")
    for r in rows[1:]:
        fn, trig, auto, lang, trap, note = r.split("\t")
        data = files[fn]
        if b"\n" in data.replace(b"\r\n", b"") or b"\r" in data.replace(b"\r\n", b""):
            errs.append(fn + ": bare LF/CR")
        if any(len(l) > 998 for l in data.split(b"\r\n")):
            errs.append(fn + ": long line")
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
            if msg[h] is None:
                errs.append("%s: missing %s" % (fn, h))
        addrs = [a.addr_spec for a in msg["To"].addresses]
        if addrs != [DESK]:
            errs.append(fn + ": To not desk")
        for part in msg.walk():
            if part.defects:
                errs.append("%s: defects %r" % (fn, part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errs.append("%s: header %s defects %r" % (fn, k, v.defects))
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    part.get_payload(decode=True).decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as ex:
                    errs.append("%s: charset %s" % (fn, ex))
        if lang not in ("en", "de", "fr", "es"):
            errs.append(fn + ": lang")
        if auto != "-" and auto not in KINDS:
            errs.append(fn + ": kind")
        if trig != "-":
            ts = trig.split(",")
            if ts != sorted(set(ts)) or any(t not in TRIGGERS for t in ts):
                errs.append(fn + ": trigger ids " + trig)
            if auto != "-":
                errs.append(fn + ": automated with triggers")
            for t in ts:
                if t in pos:
                    pos[t] += 1
    for t, n in pos.items():
        if n < 10:
            errs.append("trigger %s has only %d positives" % (t, n))
    return errs, pos


def main():
    files, packs = generate()
    if "--check" in sys.argv:
        errs, pos = check(files)
        for fn, data in files.items():
            p = os.path.join(HERE, fn)
            if not os.path.exists(p) or open(p, "rb").read() != data:
                errs.append(fn + ": differs from regenerated")
        on_disk = {f for f in os.listdir(HERE) if f.endswith(".eml")}
        if on_disk != {f for f in files if f.endswith(".eml")}:
            errs.append("extra or missing .eml files on disk")
        for e in errs:
            print("ERROR", e)
        print("messages:", len(files) - 1)
        print("positives:", ", ".join("%s=%d" % kv for kv in sorted(pos.items())))
        print("packaging:", ", ".join("%s=%d" % kv for kv in sorted(packs.items())))
        print("FAIL" if errs else "OK")
        sys.exit(1 if errs else 0)
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    for fn, data in files.items():
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(data)
    print("wrote %d messages" % (len(files) - 1))


if __name__ == "__main__":
    main()
