#!/usr/bin/env python3
"""Held-out corpus 8: hand-written support e-mails (all content fictitious).

Every message text below is a hand-written literal.  The code only packages
the texts into RFC 5322 messages (charset, transfer encoding, HTML variant,
attachments), assigns dates/Message-IDs and shuffles the file order, all with
a fixed random seed so that every run writes byte-identical files.

    python3 make_corpus.py          # write h8-NNNN.eml and labels.tsv
    python3 make_corpus.py --check  # validate the written corpus
Licence: MIT.  Standard library only (Python 3.11).
"""
import base64
import datetime
import html
import os
import quopri
import random
import re
import sys
import email
from email import policy
from email.header import Header
from email.utils import format_datetime

SEED = 20250808
HERE = os.path.dirname(os.path.abspath(__file__))
DESK = "support@example.test"
TRIGGERS = [
    "legal_threat", "regulatory", "manager_request", "corporate_contact_request",
    "executive_contact", "security_incident", "data_loss", "outage",
    "billing_dispute", "cancellation_threat", "media_threat",
    "discrimination_harassment", "safety", "broken_promise", "repeat_contact",
    "high_value_order", "severe_dissatisfaction", "feature_request",
    "technical_issue",
]
AUTO_KINDS = ["auto_reply", "bounce", "list", "receipt", "self"]
LANGS = ["en", "de", "fr", "es"]
HEADER_LINE = "file\ttriggers\tautomated\tlang\ttrap\tnote"

CUSTOMER = []
AUTO = []


def C(lang, trig, trap, note, frm, subj, body, **kw):
    """A customer mail.  trig: comma separated trigger ids or '-'."""
    CUSTOMER.append(dict(lang=lang, trig=trig, trap=trap, note=note, frm=frm,
                         subj=subj, body=body, kw=kw))


def A(kind, lang, note, frm, subj, body, headers="", parts=None,
      multipart=None, trap="-", **kw):
    """An automated mail.  headers: extra literal header lines.
    parts: list of (content-type, literal text) for multipart/report etc."""
    assert kind in AUTO_KINDS, kind
    AUTO.append(dict(kind=kind, lang=lang, note=note, frm=frm, subj=subj,
                     body=body, headers=headers, parts=parts,
                     multipart=multipart, trap=trap, kw=kw))


# ---------------------------------------------------------------- packaging
TINY_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")
TINY_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")


def norm(text):
    return text.strip("\n").replace("\r\n", "\n") + "\n"


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def fold_ascii(name, value):
    line = name + ": "
    out = []
    for word in value.split(" "):
        if len(line) + len(word) > 76 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip(" "))
            line = " "
        line += word + " "
    out.append(line.rstrip(" "))
    return "\r\n".join(out)


def enc_words(value, charset, name):
    return Header(value, charset, maxlinelen=76,
                  header_name=name).encode(linesep="\r\n")


def hdr(name, value, charset="utf-8", force=False):
    if is_ascii(value) and not force:
        return fold_ascii(name, value)
    cs = charset
    try:
        value.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return name + ": " + enc_words(value, cs, name)


SPECIALS = set('()<>[]:;@\\,."')


def addr_hdr(name, frm, charset="utf-8"):
    m = re.match(r"^\s*(.*?)\s*<([^>]+)>\s*$", frm)
    if not m:
        return name + ": " + frm.strip()
    disp, addr = m.group(1).strip('"'), m.group(2)
    if not disp:
        return name + ": " + addr
    if not is_ascii(disp):
        try:
            disp.encode(charset)
            cs = charset
        except UnicodeEncodeError:
            cs = "utf-8"
        return name + ": " + enc_words(disp, cs, name) + " <" + addr + ">"
    if any(c in SPECIALS for c in disp):
        disp = '"' + disp.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return name + ": " + disp + " <" + addr + ">"


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte in ("7bit", "8bit"):
        return raw.replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).replace(b"\n", b"\r\n")
    if cte == "base64":
        return base64.encodebytes(raw.replace(b"\n", b"\r\n")).replace(b"\n", b"\r\n")
    raise ValueError(cte)


def leaf(ctype, text, charset, cte, extra=()):
    if cte == "8bit" and is_ascii(text):
        cte = "7bit"
    heads = ["Content-Type: %s; charset=%s" % (ctype, charset if ctype.startswith("text/") else charset),
             "Content-Transfer-Encoding: " + cte] + list(extra)
    return heads, encode_body(text, charset, cte)


def raw_part(ctype_line, text, cte="7bit", extra=()):
    body = norm(text).encode("utf-8").replace(b"\n", b"\r\n")
    if cte == "7bit" and not is_ascii(text):
        cte = "8bit"
    return ["Content-Type: " + ctype_line, "Content-Transfer-Encoding: " + cte] + list(extra), body


def bin_part(ctype, data, filename):
    b = base64.encodebytes(data).replace(b"\n", b"\r\n")
    return (["Content-Type: %s; name=\"%s\"" % (ctype, filename),
             "Content-Transfer-Encoding: base64",
             "Content-Disposition: attachment; filename=\"%s\"" % filename], b)


def multi(subtype, parts, boundary):
    body = b"This is a multi-part message in MIME format.\r\n\r\n"
    for heads, pbody in parts:
        body += b"--" + boundary.encode() + b"\r\n"
        body += "\r\n".join(heads).encode("ascii") + b"\r\n\r\n"
        body += pbody
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
    body += b"--" + boundary.encode() + b"--\r\n"
    return ['Content-Type: multipart/%s;\r\n boundary="%s"' % (subtype, boundary)], body


def to_html(text):
    out, inq = [], False
    for line in text.rstrip("\n").split("\n"):
        if line.startswith(">"):
            if not inq:
                out.append('<blockquote type="cite">')
                inq = True
            out.append(html.escape(line.lstrip("> ")) + "<br>")
        else:
            if inq:
                out.append("</blockquote>")
                inq = False
            out.append(html.escape(line) + "<br>")
    if inq:
        out.append("</blockquote>")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            "<body><div dir=\"ltr\">\n" + "\n".join(out) + "\n</div></body></html>\n")


TZ = {"en": [-5, -8, 0, 1, -4, 10], "de": [1, 2], "fr": [1, 2], "es": [1, 2, -3, -6]}
MAILERS = ["Apple Mail (2.3774.600.62)", "Microsoft Outlook 16.0", "Thunderbird 128.3.1",
           "K-9 Mail for Android", None, None, "Roundcube Webmail/1.6.9", None,
           "iPhone Mail (21G93)", "Evolution 3.52.1"]


def rand_date(rng, lang):
    base = datetime.datetime(2025, 1, 2, 7, 0)
    dt = base + datetime.timedelta(minutes=rng.randrange(0, 320 * 24 * 60))
    tz = datetime.timezone(datetime.timedelta(hours=rng.choice(TZ[lang])))
    return format_datetime(dt.replace(tzinfo=tz))


def domain_of(frm):
    m = re.search(r"@([^>\s]+)", frm)
    return m.group(1) if m else "mail.example"


def msgid(rng, dom):
    return "<%s.%s@%s>" % ("%012x" % rng.getrandbits(48), "%06x" % rng.getrandbits(24), dom)


PACKS = ["plain8", "plain8", "qp", "qp", "b64", "legacy", "legacy", "legacy",
         "alt", "alt", "alt", "html", "html_ascii", "mixed", "mixed"]


def build_customer(rng, m):
    text = norm(m["body"])
    kw = m["kw"]
    pack = kw.get("pack") or rng.choice(PACKS)
    date = rand_date(rng, m["lang"])
    mid = msgid(rng, domain_of(m["frm"]))
    mailer = rng.choice(MAILERS)
    boundary = "=_h8_%016x" % rng.getrandbits(64)
    force_subj = rng.random() < 0.12
    charset = "utf-8"
    if pack == "legacy":
        for cs in rng.sample(["iso-8859-1", "iso-8859-15", "windows-1252"], 3):
            try:
                text.encode(cs)
                m["subj"].encode(cs)
                charset = cs
                break
            except UnicodeEncodeError:
                continue
        else:
            pack = "qp"
    if max(len(l.encode("utf-8")) for l in text.split("\n")) > 900 and pack in ("plain8", "legacy", "mixed"):
        pack = "qp"
    heads = [addr_hdr("From", m["frm"], charset),
             addr_hdr("To", kw.get("to", "Customer Support <%s>" % DESK), charset)]
    if kw.get("cc"):
        heads.append(addr_hdr("Cc", kw["cc"], charset))
    heads += [hdr("Subject", m["subj"], charset, force=force_subj),
              "Date: " + date, "Message-ID: " + mid]
    if m["subj"].lower().startswith(("re:", "aw:", "antw:", "rép", "re :", "r:")):
        ref = msgid(rng, "example.test")
        heads += ["In-Reply-To: " + ref, "References: " + ref]
    if mailer:
        heads.append(("X-Mailer: " if "Outlook" in mailer else "User-Agent: ") + mailer)
    heads.append("MIME-Version: 1.0")
    if pack == "plain8":
        ph, pb = leaf("text/plain", text, "utf-8", "8bit")
    elif pack == "qp":
        ph, pb = leaf("text/plain", text, "utf-8", "quoted-printable")
    elif pack == "b64":
        ph, pb = leaf("text/plain", text, "utf-8", "base64")
    elif pack == "legacy":
        ph, pb = leaf("text/plain", text, charset, rng.choice(["8bit", "quoted-printable"]))
    elif pack == "alt":
        t = leaf("text/plain", text, "utf-8", rng.choice(["8bit", "quoted-printable"]))
        h = leaf("text/html", to_html(text), "utf-8", rng.choice(["quoted-printable", "base64"]))
        ph, pb = multi("alternative", [t, h], boundary)
    elif pack == "html":
        ph, pb = leaf("text/html", to_html(text), "utf-8", "quoted-printable")
    elif pack == "html_ascii":
        h = to_html(text).replace("charset=utf-8", "charset=us-ascii")
        h = h.encode("ascii", "xmlcharrefreplace").decode("ascii")
        ph, pb = leaf("text/html", h, "us-ascii", "7bit")
    elif pack == "mixed":
        t = leaf("text/plain", text, "utf-8", rng.choice(["8bit", "quoted-printable", "base64"]))
        att = rng.choice([("image/png", TINY_PNG, "screenshot.png"),
                          ("application/pdf", TINY_PDF, "document.pdf"),
                          ("image/png", TINY_PNG, "IMG_%04d.png" % rng.randrange(1000, 9999))])
        ph, pb = multi("mixed", [t, bin_part(*att)], boundary)
    else:
        raise ValueError(pack)
    return ("\r\n".join(heads + ph) + "\r\n\r\n").encode("ascii") + pb, pack


def build_auto(rng, m):
    kw = m["kw"]
    date = rand_date(rng, m["lang"])
    dom = kw.get("msgid_domain") or domain_of(m["frm"])
    mid = msgid(rng, dom)
    boundary = "=_auto_%016x" % rng.getrandbits(64)
    heads = [addr_hdr("From", m["frm"]),
             addr_hdr("To", kw.get("to", DESK)),
             hdr("Subject", m["subj"]),
             "Date: " + date, "Message-ID: " + mid]
    for line in m["headers"].strip("\n").split("\n"):
        if line.strip():
            heads.append(line.rstrip())
    heads.append("MIME-Version: 1.0")
    text = norm(m["body"])
    if m["parts"] is None:
        if kw.get("html"):
            ph, pb = leaf("text/html", text, "utf-8", "quoted-printable")
        else:
            ph, pb = leaf("text/plain", text, "utf-8", kw.get("cte", "8bit"))
    else:
        parts = [leaf("text/plain", text, "utf-8", kw.get("cte", "8bit"))]
        for ctype, content in m["parts"]:
            if ctype == "text/html":
                parts.append(leaf("text/html", norm(content), "utf-8", "quoted-printable"))
            else:
                parts.append(raw_part(ctype, content))
        ph, pb = multi(m["multipart"] or "mixed", parts, boundary)
    return ("\r\n".join(heads + ph) + "\r\n\r\n").encode("ascii") + pb, "auto"


def build_all():
    rng = random.Random(SEED)
    items = []
    for m in CUSTOMER:
        data, pack = build_customer(rng, m)
        trig = "-" if m["trig"].strip() == "-" else ",".join(sorted(t.strip() for t in m["trig"].split(",")))
        items.append((data, trig, "-", m["lang"], m["trap"], m["note"]))
    for m in AUTO:
        data, _ = build_auto(rng, m)
        items.append((data, "-", m["kind"], m["lang"], m["trap"], m["note"]))
    order = list(range(len(items)))
    rng.shuffle(order)
    files, rows = {}, [HEADER_LINE]
    for n, idx in enumerate(order, 1):
        data, trig, auto, lang, trap, note = items[idx]
        name = "h8-%04d.eml" % n
        files[name] = data
        rows.append("\t".join([name, trig, auto, lang, trap or "-", note or "-"]))
    return files, ("\n".join(rows) + "\n").encode("utf-8")


def write():
    files, labels = build_all()
    for name in os.listdir(HERE):
        if re.match(r"^h8-\d{4}\.eml$", name) and name not in files:
            os.remove(os.path.join(HERE, name))
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(labels)
    print("wrote %d messages and labels.tsv to %s" % (len(files), HERE))


def check():
    errors = []
    files, labels = build_all()
    with open(os.path.join(HERE, "labels.tsv"), "rb") as fh:
        disk_labels = fh.read()
    if disk_labels != labels:
        errors.append("labels.tsv differs from a fresh build (not reproducible?)")
    lines = disk_labels.decode("utf-8").rstrip("\n").split("\n")
    if lines[0] != HEADER_LINE:
        errors.append("labels.tsv header wrong")
    on_disk = sorted(n for n in os.listdir(HERE) if n.endswith(".eml"))
    labelled = []
    pos = {t: 0 for t in TRIGGERS}
    kinds, langs, cats = {}, {}, {"positive": 0, "negative": 0, "automated": 0}
    for row in lines[1:]:
        cols = row.split("\t")
        if len(cols) != 6:
            errors.append("bad row: %r" % row)
            continue
        name, trig, auto, lang, trap, note = cols
        labelled.append(name)
        if lang not in LANGS:
            errors.append("%s: bad lang %s" % (name, lang))
        langs[lang] = langs.get(lang, 0) + 1
        if auto != "-" and auto not in AUTO_KINDS:
            errors.append("%s: bad automated kind %s" % (name, auto))
        if trig != "-":
            ids = trig.split(",")
            if ids != sorted(ids) or len(set(ids)) != len(ids):
                errors.append("%s: triggers not sorted/unique" % name)
            for t in ids:
                if t not in TRIGGERS:
                    errors.append("%s: unknown trigger %s" % (name, t))
                else:
                    pos[t] += 1
            if auto != "-":
                errors.append("%s: automated mail with triggers" % name)
        if auto != "-":
            kinds[auto] = kinds.get(auto, 0) + 1
            cats["automated"] += 1
        elif trig == "-":
            cats["negative"] += 1
        else:
            cats["positive"] += 1
        if not trap or not note:
            errors.append("%s: empty trap/note column" % name)
    if sorted(labelled) != on_disk or len(set(labelled)) != len(labelled):
        errors.append("labels.tsv and .eml files do not match one-to-one")
    required = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version"]
    for name in on_disk:
        with open(os.path.join(HERE, name), "rb") as fh:
            data = fh.read()
        if files.get(name) != data:
            errors.append("%s: differs from a fresh build" % name)
        if data.count(b"\n") != data.count(b"\r\n") or data.count(b"\r") != data.count(b"\r\n"):
            errors.append("%s: line endings are not all CRLF" % name)
        if any(len(l) > 998 for l in data.split(b"\r\n")):
            errors.append("%s: line longer than 998 octets" % name)
        msg = email.message_from_bytes(data, policy=policy.default)
        for h in required:
            if msg[h] is None:
                errors.append("%s: missing %s" % (name, h))
        for part in msg.walk():
            for k, v in part.items():
                for d in getattr(v, "defects", ()):
                    errors.append("%s: header %s defect %r" % (name, k, d))
            if not part.is_multipart() and part.get_content_maintype() == "text":
                payload = part.get_payload(decode=True) or b""
                cs = part.get_content_charset() or "us-ascii"
                try:
                    payload.decode(cs, "strict")
                except (UnicodeDecodeError, LookupError) as e:
                    errors.append("%s: charset %s: %s" % (name, cs, e))
            if part.defects:
                errors.append("%s: defects %r" % (name, part.defects))
    for t, n in pos.items():
        if n < 10:
            errors.append("trigger %s has only %d positives" % (t, n))
    print("messages: %d  %s" % (len(on_disk), " ".join("%s=%d" % kv for kv in cats.items())))
    print("languages: " + " ".join("%s=%d" % (l, langs.get(l, 0)) for l in LANGS))
    print("automated: " + " ".join("%s=%d" % (k, kinds.get(k, 0)) for k in AUTO_KINDS))
    print("triggers: " + " ".join("%s=%d" % (t, pos[t]) for t in TRIGGERS))
    if errors:
        for e in errors[:200]:
            print("ERROR: " + e)
        print("CHECK FAILED: %d error(s)" % len(errors))
        return 1
    print("CHECK OK")
    return 0


# ====================================================================
# Hand-written messages.  C(lang, triggers, trap, note, from, subject, body)
# ====================================================================
# ---------------------------------------------------------------- English positives (1)
C("en", "legal_threat,broken_promise", "-", "lawyer paraphrased as brother-in-law drafting a letter",
  "Gareth Pryce <g.pryce@fastmail.example>", "Deposit for flat 4B still not returned",
  """
Hello,

I moved out of 4B Harbour View on the 31st of May. The check-out inspection was fine, your
agent Lucy walked through with me and said everything looked good and that the deposit of
1,450.00 would be back in my account "within ten working days". It is now the middle of July.

I have rung the office four times (I stopped counting, to be honest) and every time I am told
the accounts team is "processing" it.

My brother-in-law practises property law in Cardiff and he is drafting a letter to you this
week. I would much rather not go down that road, so please just send the money.

Gareth Pryce
""")

C("en", "outage,technical_issue", "-", "paraphrased outage: white page, whole portal",
  "Mireille Okafor <mokafor@post.example>", "portal",
  """
the whole tenant portal is a white page since this morning. tried chrome, firefox, my phone, my
neighbour's laptop. nothing. can't pay rent, can't report the leak. its the 1st of the month!!
""")

C("en", "security_incident,technical_issue", "-", "account takeover paraphrased",
  "Tobias Lindqvist <tobias.l@nordmail.example>", "Someone changed my payout wallet",
  """
Hi team,

Somebody logged in to my exchange account from what your own activity page says is an IP in a
country I have never been to (203.0.113.77), switched the withdrawal address to a wallet I
don't recognise and then tried to move 0.8 BTC out. The withdrawal is "pending review", so
please, PLEASE freeze it.

I did not get any 2FA prompt, which is the part that scares me. Either your 2FA check is not
working or someone got my codes.

Account: t.lindqvist, verified tier 2.

Tobias
""")

C("en", "safety", "-", "overheating + smoke, no textbook word 'fire'",
  "Hannah Brückner <hannah.b@webpost.example>", "Hearing aid charging case",
  """
Dear Sir or Madam,

Last night my father's hearing aid charging case got so hot on the bedside table that it left a
brown mark on the varnish and there was an acrid smell, a little wisp of grey coming from the
hinge. He is 84 and sleeps next to it. We have unplugged it and put it on the balcony tiles.

Model is the CR-20 case that came with the Clarion 5 aids you fitted in March. Please tell us
what to do and whether other people have had this.

Kind regards,
Hannah Brückner
""")

C("en", "severe_dissatisfaction,cancellation_threat", "-", "sarcasm plus leaving for competitor (paraphrased)",
  "Dev Chaudhary <dev.c@mailbox.example>", "Wow. Just wow.",
  """
Oh fantastic, another weekend of the app matching me with the same three profiles from 400 miles
away. Truly the pinnacle of modern romance. I pay 29.99 a month for this.

Honestly this is the most contemptible excuse for a product I have ever paid money for. I'm
taking my money to the app with the orange logo, they at least show people in my own county.
Don't bother with a "we value your feedback" reply.
""")

C("en", "repeat_contact,broken_promise,technical_issue", "-", "third contact stated as 'fourth email'",
  "Colm Fitzgerald <colm.fitz@eire-mail.example>", "Re: Re: Re: Savegame sync",
  """
This is my fourth email about this. Ticket 88213.

Your agent Priya said on the 3rd that the cloud-save fix would be in "the next patch". Two
patches have come out. My 140 hours in Ashen Crown still do not sync between the console and
the PC, the PC version just shows "Sync conflict (code 0x8004)" and then loads the old save.

Colm
""")

C("en", "high_value_order,technical_issue,broken_promise", "-", "amount format GBP with thin spaces style '£18 400'",
  "Rosalind Achebe <r.achebe@achebe-farms.example>", "Inverter fault on 14 kWp install - invoice SP-2291",
  """
Good afternoon,

We paid £18 400 in April for the 14 kWp array and battery on the barn roof (invoice SP-2291).
Since 2 June the inverter shows fault E-031 every afternoon and drops to zero output. Your
engineer came on 20 June, reset it, said a replacement board would be sent "next week". Nothing
has arrived and we have now lost most of the summer generation.

Please can someone give me a real date.

Rosalind Achebe
Achebe Farms
""")

C("en", "manager_request", "-", "paraphrased: someone with authority",
  "Ines Barrow <ines.barrow@kmail.example>", "Need someone with actual authority",
  """
Hi,

I've had three very polite conversations with your front desk about my cat's dental bill and
every one ends with "I'll have to check". I don't want to be rude to them, they're clearly not
allowed to decide anything. Could someone who can actually make a decision on the bill please
ring me? 555-0143, any time after 4.

Ines
""")

C("en", "regulatory,data_loss", "-", "ombudsman; records lost in provider's internal device swap, not a product fault reported -> no technical_issue",
  "Peter Nakamura <pnakamura@wave.example>", "My mother's care records",
  """
To whom it may concern,

When we asked for a copy of my mother's care notes for January to March, we were told the
tablets the carers used were replaced and "the old notes did not transfer". So three months of
medication records for an 89-year-old woman simply no longer exist.

I have today sent a complaint to the Local Government and Social Care Ombudsman, with a copy of
your email. I expect a full written explanation.

Peter Nakamura
""")

C("en", "media_threat,severe_dissatisfaction", "-", "paraphrased: people following my account; physical prints, not data",
  "Kayla Brennan <kaylabrennan@zmail.example>", "my wedding photos",
  """
you printed HALF my wedding photos green and blurry and then told me it was "artistic"?? seriously.
I have 40k people following my wedding planning account and trust me every single one of them
is going to hear about Lumen Photo Lab tonight. disgusting
""")

C("en", "corporate_contact_request,executive_contact", "-", "asks for the MD's email to write to them",
  "Albert Coyle <albert.coyle@coylemail.example>", "Managing director's address please",
  """
Dear Sirs,

Your branch in Westbury sold me a car with a gearbox that failed after eleven days, and the
branch has stopped answering. I intend to write directly to your managing director. Please give
me his or her email address and the postal address of your head office.

Yours faithfully,
A. Coyle
""")

C("en", "feature_request", "-", "-",
  "Noor Haddad <noor.haddad@mailhost.example>", "Suggestion for the playlist screen",
  """
Hey! Love the app. One thing that would make my life so much easier: could you let us sort a
playlist by BPM? I run to music and I end up building playlists by hand. Even a simple "sort by
tempo" option would be amazing. Thanks!
""")

C("en", "billing_dispute", "-", "charged after cancelling, paraphrased",
  "Ronan Whitfield <ronan.w@inboxes.example>", "Membership ended in March, you took money in April and May",
  """
Hello,

I gave notice on my hot-desk membership at the Canal Street coworking space on 14 February,
effective end of March, and got a confirmation email (I still have it). You still took £189 on
1 April and again on 1 May. Please return the £378.

Ronan Whitfield
""")

C("en", "discrimination_harassment", "-", "disability discrimination by staff, no textbook wording",
  "Marguerite Olsen <m.olsen@fjord.example>", "How your instructor treated my son",
  """
Dear driving school,

My son Eli is deaf in one ear and told your instructor Mr Hale at the start of the lesson. Mr
Hale then spent the lesson shouting at him, mimicking him when he asked for something to be
repeated, and told him that "people like you shouldn't be on the road". Eli came home in tears.

He has passed his theory with full marks and another instructor had no problem at all. I would
like to know what you are going to do about Mr Hale.

Marguerite Olsen
""")

C("en", "legal_threat,billing_dispute,severe_dissatisfaction", "conditional_threat", "'see you in small claims'",
  "Fergus Mallory <fmallory@greenpost.example>", "INVOICE 4471 IS WRONG",
  """
YOU CHARGED ME FOR THREE NIGHTS OF KENNEL BOARDING FOR A DOG THAT WAS WITH ME IN SPAIN. 3 x 42.00.
I HAVE THE FLIGHT TICKETS WITH THE DOG ON THEM. THIS IS OUTRAGEOUS AND FRANKLY DISHONEST.
REFUND IT BY FRIDAY OR I'LL SEE YOU IN SMALL CLAIMS.
""")

C("en", "outage,technical_issue,high_value_order", "-", "crypto exchange, 'USD 62,000' order stuck",
  "Li Wei Tan <lw.tan@tanholdings.example>", "Cannot reach the exchange at all, large order stuck",
  """
Hello,

Since 09:40 UTC neither the web platform nor the API answers, everything returns 503 Service
Unavailable. My limit order to sell USD 62,000 worth of ETH was placed before that and I cannot
see whether it filled or cancel it. The status page still says "All systems operational".

Please confirm the state of order 7781-ETH-22 as a matter of urgency.

Li Wei Tan
""")

C("en", "technical_issue", "-", "single feature broken, not an outage",
  "Samir Aziz <samir.aziz@kmail.example>", "Photo upload fails on the listing form",
  """
Hi, when I try to add photos to my car listing (2016 Octavia estate) the upload bar gets to 100%
and then says "Something went wrong, try again later". Text fields save fine, everything else
on the site works. Tried 3 different JPGs all under 2MB. Can you look at it?
Samir
""")

C("en", "cancellation_threat", "conditional_threat", "conditional threat fires",
  "Wendy Oduya <wendy.oduya@mailhost.example>", "Bins not collected again",
  """
Hi,

The green waste at 17 Orchard Close has not been collected on the last two scheduled dates. I pay
for the garden waste subscription separately. If it isn't picked up on Thursday I'll stop paying for
the garden waste service and take it to the tip myself.

Wendy
""")

C("en", "data_loss,technical_issue", "-", "photos vanished after app update",
  "Rupert Kells <rkells@post.example>", "All my gallery gone after update",
  """
After yesterday's update the photo lab app shows an empty gallery. I had about 600 photos
uploaded there for a photo book I was building, together with the half-finished book layout.
Both are gone, the book project says "0 pages". I removed nothing myself. Is it recoverable?
""")

C("en", "executive_contact,technical_issue", "-", "cc'd the CEO, paraphrased; gate access code not working = broken system",
  "Sandra Velásquez <sandra.v@vmail.example>", "Storage unit access",
  """
Hello,

For the third week running my access code for unit C-118 at your Eastgate store does not
open the gate after 6pm, although my plan is 24-hour access. I've put your chief executive,
Mr Harrington, in copy so he can see how his company treats long-standing customers.

Sandra
""", cc="Julian Harrington <j.harrington@boxwise-storage.example>")

C("en", "broken_promise,technical_issue", "-", "promised callback not received",
  "Oliver Stanhope <oliver@stanhope-family.example>", "Hearing aid app still not pairing",
  """
Hi Clarion team,

On Monday your audiologist said someone from the technical team would call me on Tuesday
afternoon about the app not pairing with my new phone. Nobody called. The app still sits on
"Searching for devices..." forever. I'd like that call please.

Oliver
""")

C("en", "severe_dissatisfaction,manager_request", "-", "'let me talk to whoever runs this place'",
  "Deborah Quaile <dquaile@coastmail.example>", "Appalling",
  """
I have never, in fifty years, been treated with such contempt by a funeral director. You got my
husband's name wrong on the order of service that 120 people held in their hands. I want to
speak to whoever runs your business, not another receptionist.

Deborah Quaile
""")

C("en", "feature_request", "-", "please support ...",
  "Jonas Feld <jonas.feld@devmail.example>", "API for print job status",
  """
Hi 3D print team,

we send you around 30 jobs a month. Could you add webhooks or at least a polling endpoint for
job status. Right now someone has to log into the dashboard to check if a part is printed. A
simple JSON endpoint would save us a lot of time.

Thanks,
Jonas
""")

C("en", "regulatory", "-", "trading standards, paraphrased",
  "Bernard Lowe <b.lowe@oldmail.example>", "Car sold as one owner",
  """
Dear Sir,

The Audi A4 I bought from your forecourt was advertised as "one owner, full service history".
The V5 document that has now arrived lists three previous keepers. I've passed all the paperwork
to Trading Standards this morning and they have opened a file.

B. Lowe
""")

C("en", "technical_issue,repeat_contact", "-", "'I keep writing' + 'third time'",
  "Ama Mensah <ama.mensah@mailhost.example>", "lesson booking calendar",
  """
email number three about this. the booking calendar for driving lessons shows every slot as
"unavailable" on iphone. on the laptop it works. i keep getting told to clear my cache. i have.
three times. please actually fix it
""")

C("en", "legal_threat", "-", "solicitor engaged, formal letter",
  "Harriet Simmonds <h.simmonds@simmonds-home.example>", "Damage to piano during move - formal notice",
  """
Dear Sirs,

Re: Removal on 12 March, 8 Elm Terrace to 22 Willow Road

Your crew dropped my Bechstein upright on the front steps. Your claims department has offered
£150 against a repair quote of £2,900. I have instructed Marsh & Penrose solicitors, who will be
writing to you directly. Please preserve the crew's notes and any photographs taken on the day.

Yours faithfully,
Harriet Simmonds
""")

C("en", "safety,severe_dissatisfaction", "-", "injury at venue",
  "Callum Rees <callum.rees@mailhost.example>", "Guest injured at our reception",
  """
Hi,

At our wedding reception at Thornbury Barn on Saturday the loose decking by the barbecue area gave
way and my uncle went through it up to his thigh. He needed eleven stitches at A&E. Two of your
staff had seen the loose board in the afternoon and put a plant pot on it. A PLANT POT.

This is frankly shocking and I'm livid that it took a bleeding guest for anyone to take it
seriously. Please confirm the area is closed off before your next event.

Callum
""")

C("en", "billing_dispute,repeat_contact", "-", "'I've emailed twice already' counts",
  "Priscilla Wong <pwong@harbourline.example>", "Mooring fee charged twice",
  """
Dear Marina Office,

My two earlier emails about this went unanswered, so here is attempt number three. The annual mooring fee for berth D14 (£2,340) was
debited on 2 January and again on 5 January. Please refund the duplicate.

Priscilla Wong, yacht "Marigold"
""")

C("en", "outage,technical_issue", "-", "cannot log in at all, everyone",
  "Ryan Kowalczyk <ryan.k@hey.example>", "Nobody in our house can get in",
  """
yo none of us can log in to the streaming service. me, my sister, my dad on the TV, all of us
get kicked back to the sign-in screen with no error. been like that since dinner. downdetector
is full of people saying the same
""")

C("en", "cancellation_threat,severe_dissatisfaction", "-", "'not renewing' paraphrased as 'when the lease is up I'm out'",
  "Farida Karim <farida.k@mailhost.example>", "Heating, again",
  """
Third winter in this flat and the heating has failed again. Every year the same story, every
year "the contractor is booked up". I'm sick to death of it, honestly it's shameful how you
run this building. When my tenancy is up in October I'm gone, and I'll be telling the agency
exactly why.

Farida Karim, Flat 12, Rowan Court
""", pack="plain8")

C("en", "security_incident", "-", "phishing sent from company's domain",
  "Guy Henderson <guy.h@mailhost.example>", "Did you send this?",
  """
Hello,

I got an email this morning from billing@stellar-dating.example (your address as far as I can
tell) saying my subscription failed and asking me to "re-enter card details" on a page at
login-stellar-dating.example. It has your logo and knew my username. My bank says the page is a scam
built to steal card details. Looks like someone is sending this from your system or has your customer list.

Guy
""")

C("en", "data_loss,severe_dissatisfaction,technical_issue", "-", "-",
  "Ellie Marsh <ellie.marsh@kmail.example>", "My entire save is GONE",
  """
I'm so angry I can barely type. After the 1.4 patch my farm save in Hollow Meadow, 212 hours,
loads as a brand new game. The backup slot is empty too. This is completely unacceptable.
""")

C("en", "manager_request,broken_promise", "-", "'escalate this' phrased as 'pass this upstairs'",
  "Martin Oyelaran <m.oyelaran@mailhost.example>", "The quote that never came",
  """
Hi,

Your sales rep said I'd have a written quote for the 6 kWp system "by Friday". That was three
Fridays ago. Please pass this upstairs to whoever is in charge of the sales team, I'd like them
to get in touch with me directly.

Martin
""")

C("en", "technical_issue", "-", "lab kit result page error",
  "Claire Dubois-Hart <cdh@post.example>", "Results page not loading",
  """
Hello,

I registered my cholesterol test kit (code KT-55-19A) and the lab email says my results are
ready, but when I open the results page it just says "Report not found". The other pages
of my account work. Could you check?

Thanks, Claire
""")

C("en", "high_value_order,billing_dispute", "-", "amount format '$7,450.00'",
  "Marcus Bell <marcus@bellevents.example>", "Venue invoice - wrong package",
  """
Hi Sophie,

Your invoice for the Bell/Tran wedding on 14 September came in at $7,450.00. We booked and signed
for the Silver package at $5,900.00, not Gold. The difference is the champagne tower and the
late bar, which we explicitly took out at the tasting. Please reissue the invoice.

Marcus Bell
""")

C("en", "feature_request", "-", "'would be lovely if'",
  "Agnes Thorpe <agnes.thorpe@mailhost.example>", "Large text option?",
  """
Good morning,

My eyes aren't what they were and the garden centre loyalty app has very small writing. It
would be lovely if you could add a setting for larger text, like my banking app has.

Many thanks,
Agnes Thorpe (age 78!)
""")

C("en", "executive_contact,corporate_contact_request,severe_dissatisfaction", "-", "asks for board contact to write to them",
  "Nigel Farrow <nigel.farrow@farrowco.example>", "Who sits on your board?",
  """
This is the single worst experience I have had with any company in twenty years of business.
Please send me the names and contact details of your board of directors. I'll be writing to
each of them personally about your Leeds dealership.

N. Farrow
""")

C("en", "discrimination_harassment", "-", "harassment by staff, dating app moderator",
  "Jordan Ellis <jordan.ellis@mailhost.example>", "Messages from one of your moderators",
  """
Hi,

After I reported a fake profile, someone who signed as "Mod Team - Carl" started messaging me
from the support chat, asking what I was wearing and whether I was "really single". When I
stopped replying he wrote that he could "make my account disappear". Screenshots attached.
I don't feel safe using the app.

Jordan
""", pack="mixed")

C("en", "billing_dispute,legal_threat", "conditional_threat", "chargeback + court, conditional",
  "Yusuf Demir <y.demir@mailhost.example>", "Refund for duplicated course fee",
  """
Dear language school,

Your system took the fee for the 10-week Italian B1 evening course twice (2 x €640). I've
attached the bank statement. If the second €640 is not back in my account within 14 days I will
ask my bank for a chargeback and take the matter to the county court.

Regards,
Yusuf Demir
""")
# ---------------------------------------------------------------- English positives (2)
C("en", "technical_issue,broken_promise,severe_dissatisfaction,legal_threat", "-", "trigger buried in long rambling mail",
  "Beatrice Ormsby <beatrice.ormsby@mailhost.example>", "Our kitchen garden order and a few other things",
  """
Hello there,

I hope you are all well and that the heat hasn't been too bad at the nursery, we have been
watering twice a day here and the tomatoes are still sulking. I wanted to write about a few
things, some nice and some less nice, so bear with me.

First the nice: the two olive trees we bought at the spring fair are thriving and everyone who
visits asks where they came from, so thank you for that, and thank you to the young man with the
beard who carried them to the car.

Now the less nice. The raised-bed kit (order GC-20931) arrived in April with two of the corner
brackets missing and your online "report a problem" form crashes with "Unexpected token < in
JSON" every time I press submit, which is why I'm writing an email like it's 1998. Your
colleague on the phone promised the brackets would be posted the same week and nothing came.
Meanwhile the beds are held together with cable ties and a prayer. Frankly I think it's
a disgraceful way to treat people who have shopped with you for fifteen years, and my
neighbour Malcolm, who was a county court judge before he retired, has offered to help me
file a small claim if that's what it takes, and I have said yes.

Anyway, other than that, could you tell me whether you will have the Japanese maples back in
autumn? My daughter wants one for her new house.

With best wishes,
Beatrice Ormsby
""")

C("en", "outage,technical_issue", "-", "payment processing down at dealership",
  "Stefan Hoyle <s.hoyle@hoylemotors.example>", "Card terminal integration dead at all branches",
  """
Hi,

From about 11:15 none of our four showrooms can take card deposits through your dealer platform.
Every payment attempt ends in "Gateway timeout (504)". We have customers sitting at desks. Is
this on your side? Please call 555-0178.

Stefan Hoyle
Operations
""")

C("en", "repeat_contact,severe_dissatisfaction,manager_request", "-", "all caps, 5th email",
  "Lorraine Pike <lorrainepike@mailhost.example>", "FIFTH EMAIL",
  """
THIS IS THE FIFTH EMAIL I HAVE SENT ABOUT MY MOTHER'S CARE VISITS BEING MISSED. FIFTH. NOBODY
HAS REPLIED TO A SINGLE ONE. SHE SAT IN A WET BED UNTIL LUNCHTIME ON TUESDAY. I WANT A SENIOR
PERSON TO PHONE ME TODAY. THIS IS BEYOND DISGRACEFUL.
""")

C("en", "safety", "-", "product recall question with actual danger: battery swelling",
  "Kenji Watanabe <kenji.w@mailhost.example>", "Controller battery swelling",
  """
Hi, the battery in my Nimbus controller has swollen so much that the back panel popped off and
it's warm to the touch even when it's switched off. My kids use it. Is there a recall? What do I
do with it, I don't want to put it in the bin if it can catch fire.
""")

C("en", "billing_dispute", "-", "overcharged, specific amount",
  "Dolores Finch <dfinch@mailhost.example>", "Optician bill",
  """
Dear Clearview Opticians,

I was quoted £189 for my varifocals including the anti-glare coating, and that is written on my
order card. The receipt says £264. The extra £75 is for a coating I was told was included.
Please correct this.

Mrs D. Finch
""")

C("en", "media_threat", "conditional_threat", "review threat conditional",
  "Aaron Blackwood <aaron.b@mailhost.example>", "My dog's overnight stay",
  """
Hello,

Buster came home from his overnight stay after the neutering op with dried blood on his cone and
no discharge notes. Nobody could tell me which painkiller he was given. I'd like a call from the
vet who treated him. If I don't hear anything by tomorrow I'm putting the whole story, with
photos, on every review site I can find.

Aaron
""")

C("en", "security_incident,regulatory", "-", "personal data sent to wrong person; ICO",
  "Imogen Carver <imogen.carver@mailhost.example>", "You sent my CV and passport to a stranger",
  """
Dear Talentbridge,

A man I have never met phoned me yesterday to say he had received an email from your platform
containing my CV, a scan of my passport and my salary expectations, apparently instead of his
own interview invitation. He was kind enough to delete it, but I have no idea who else got it.

I have reported this to the Information Commissioner's Office. I would like to know how this
happened and how many other candidates are affected.

Imogen Carver
""")

C("en", "technical_issue,feature_request", "-", "bug + separate enhancement",
  "Pavel Novak <pavel.novak@mailhost.example>", "Slicer preview + a wish",
  """
Hi,

1) The online slicer preview for STL uploads is showing my part mirrored (left/right). The
printed part came back correct, so it's the preview only, but it scared me.

2) Would be really nice if you added PETG-CF as a material option. Your competitors have it.

Cheers, Pavel
""")

C("en", "high_value_order,broken_promise", "-", "amount 'EUR 12k', boat refit",
  "Henrik Aas <henrik.aas@mailhost.example>", "Refit of 'Solveig' - where are we?",
  """
Dear Marina Services,

We signed the winter refit contract for our yacht Solveig for EUR 12k (new standing rigging,
antifouling, engine service). You told us in writing she'd be back in the water by 1 May. It is 20 May
and the yard manager tells me the rigging has not been ordered. We have charter guests booked
from 1 June.

Henrik Aas
""")

C("en", "legal_threat", "-", "'I'll let a judge decide'",
  "Ursula Grant <ursula.grant@mailhost.example>", "Your 'final' offer",
  """
Thank you for your letter. I don't accept that the water damage to my furniture in your
storage unit was "pre-existing". Your offer of £80 is insulting. I'll let a judge decide.

U. Grant
""")

C("en", "manager_request", "-", "'I want this escalated' textbook",
  "Ahmed Sheikh <ahmed.sheikh@mailhost.example>", "Parking permit application",
  """
Hello,

My residents' parking permit application (ref PP-44019) was rejected because "proof of address
not provided", although I uploaded my council tax bill. I want this escalated please, I've been
getting tickets outside my own house for a week.

Ahmed Sheikh
""")

C("en", "cancellation_threat,technical_issue", "-", "'switching to competitor' paraphrased",
  "Lena Hofmann <lena.h@mailhost.example>", "Audio out of sync on every film",
  """
For the past two weeks every film I stream on the TV app has the sound about a second behind
the picture. Series are fine, films aren't. I've reinstalled the app. If this is how it's going
to be, I'll put my money into one of the other services instead, there are plenty.
""")

C("en", "data_loss,technical_issue", "-", "history missing after software migration",
  "Sophie Leclair <sophie@leclair-dental.example>", "Our appointment history is gone",
  """
Hello,

Since the migration to your new practice management version over the weekend, all appointment
history before 2023 is missing for our patients. The patients are there, the old appointments
and treatment notes are simply not. We need these for recalls.

Dr Sophie Leclair
""")

C("en", "technical_issue,severe_dissatisfaction", "-", "non-native english",
  "Rafael Moreira <rafael.moreira@mailhost.example>", "problem with the app of dating",
  """
Hello,

I am writing because your app is not function since 3 days. When I open the chat it close
itself immediately, every time, is very frustrating. I pay premium and I cannot write to nobody.
Sincerely this is the worse service I have pay for in my life, is a shame.

Rafael
""")

C("en", "regulatory,billing_dispute", "-", "CFPB complaint, crypto fees",
  "Tyler Granger <tyler.granger@mailhost.example>", "Hidden withdrawal fee",
  """
Your app showed a withdrawal fee of $4.99. The statement shows $49.90 was deducted from the
transfer. That is not a rounding error. I've opened a complaint with the CFPB (case number
250611-88213) and attached your screenshot to it.
""")

C("en", "corporate_contact_request", "-", "head office postal address for formal letter",
  "Geraldine Moss <g.moss@mailhost.example>", "Address for formal correspondence",
  """
Good morning,

I would like to send a formal letter about the handling of my late husband's funeral
arrangements. Could you please give me the registered office address of Dignity Lane Funerals
Ltd and the name of the person to whom such letters should be addressed?

Thank you,
Geraldine Moss
""")

C("en", "broken_promise", "-", "refund promised and not received",
  "Kwame Boateng <kwame.boateng@mailhost.example>", "Refund for cancelled lesson block",
  """
Hi,

On 2 June Rachel from your office wrote that the £210 for the cancelled lesson block would be
refunded "within 5 working days". It's now 1 July and the money isn't there. Could you check?

Kwame
""")

C("en", "outage,technical_issue,repeat_contact", "-", "mobile typed, 3rd time",
  "Zara Quinn <zaraq@mailhost.example>", "app??",
  """
ur app has been dead all day, just spinning wheel. cant open the coworking door with it either
so im standing outside in the rain. 3rd time i msg u today
""")

C("en", "executive_contact,severe_dissatisfaction", "-", "messaged CEO on LinkedIn = executive_contact",
  "Douglas Kerr <douglas.kerr@mailhost.example>", "car service",
  """
I have also sent a message to your CEO on LinkedIn, because apparently that is the only way
anybody at this company reads anything. You kept my car for nine days for a two-hour service and
returned it with a scratched bumper. Absolutely pathetic.
""")

C("en", "discrimination_harassment,manager_request", "-", "racial remark by staff",
  "Aisha Bello <aisha.bello@mailhost.example>", "Comment made by your viewing agent",
  """
Hello,

At the viewing of 9 Carlton Mews on Saturday your agent asked where my family was "really" from
and then said the landlord "prefers a certain kind of tenant, if you know what I mean". I'm a
British nurse with perfect references. I'd like to discuss this with the branch manager.

Aisha Bello
""")

C("en", "feature_request", "-", "terse",
  "Ollie Grant <ollie.g@mailhost.example>", "dark mode pls",
  """
any chance of a dark mode for the app? reading lesson notes at night burns my eyes. ta
""")

C("en", "safety,legal_threat", "-", "electric shock at charger, lawyer",
  "Patricia Harlow <p.harlow@mailhost.example>", "Electric shock from your EV wallbox",
  """
Dear Sir/Madam,

Your installer fitted the wallbox on our drive on 3 October. On 5 October my husband got a shock
off the metal casing while plugging the car in in the rain. An independent electrician found the
earth was never connected. We have switched it off at the fuse board. My solicitor is aware and
will be in contact regarding costs.

Patricia Harlow
""")

C("en", "severe_dissatisfaction", "-", "shouting + disgust, nothing else",
  "Roy Pendleton <roy.pendleton@mailhost.example>", "DISGUSTED",
  """
I AM ABSOLUTELY DISGUSTED WITH THE STATE OF THE CHAPEL OF REST. DEAD FLOWERS, A STAINED CARPET,
AND A BROKEN CHAIR IN FRONT OF MY WIFE'S COFFIN. SHAME ON ALL OF YOU.
""")

C("en", "billing_dispute,broken_promise,repeat_contact", "-", "debited after promise to stop",
  "Natasha Ivanova <natasha.i@mailhost.example>", "Direct debit still running",
  """
Hello,

I've now written three times. You promised on the phone on 4 August that the direct debit for
the cancelled home care package would be stopped. £312.40 was taken again on 1 September.
Please refund it and stop the debit.

Natasha Ivanova (daughter of Mrs Vera Ivanova)
""")

C("en", "high_value_order,technical_issue", "-", "'5.200,00 EUR' format; defective printed parts = product broken",
  "Jan de Boer <jan.deboer@mailhost.example>", "Order 3DP-7731 parts wrong",
  """
Hello,

We ordered 40 housings in PA12 (order 3DP-7731, 5.200,00 EUR net). About half came back with the
mounting holes closed over - looks like the support removal step failed or the file was
re-meshed wrong on your side. We can't use them. How do we proceed?

Jan de Boer
Engineering, Boer Instruments
""")

C("en", "media_threat", "-", "journalist inquiry always fires",
  "Chloe Armitage <c.armitage@weeklycourier.example>", "Request for comment - Fairview Care Homes",
  """
Dear press office,

I'm a reporter at the Weekly Courier working on a piece about staffing levels at Fairview Care
Homes in the county. Several families have told us about missed visits. Could you give me a
comment by Thursday 5pm, and confirm how many carers are currently employed?

Best,
Chloe Armitage
Reporter, Weekly Courier
""")

C("en", "technical_issue", "-", "error code in car marketplace valuation",
  "Ibrahim Khalil <ibrahim.khalil@mailhost.example>", "valuation tool broken",
  """
Hi,
the "value my car" tool gives "ERR_VIN_LOOKUP" for my VIN on every try since this morning,
yesterday it worked. Reg is fine on the DVLA site. Thanks
""")

C("en", "cancellation_threat,broken_promise", "-", "'I'm done' paraphrase, not renew",
  "Yvonne Clarke <yvonne.clarke@mailhost.example>", "Pool service",
  """
You were supposed to come and fix the pool pump two Mondays in a row and didn't turn up either
time. I won't be renewing the maintenance contract in spring, I've already had a quote from
another company.
""")

C("en", "regulatory,security_incident,technical_issue", "-", "GDPR violation alleged; profiles public without login = broken access control",
  "Mathias Berg <mathias.berg@mailhost.example>", "GDPR violation - your recruiting platform",
  """
Dear DPO,

Candidate profiles on your platform, including mine, are visible without login at URLs like
/p/12345 - you can just count up the numbers and see names, phone numbers and CVs. That's a clear
GDPR violation. Please take this down immediately and tell me how long it has been exposed.

Mathias Berg
""")

C("en", "technical_issue,data_loss", "-", "corrupted files",
  "Rebecca Lowry <rebecca.lowry@mailhost.example>", "Scans came back corrupted",
  """
Hello photo lab,

The download link for my film scans (order FL-2288, 4 rolls) gives me a zip where 62 of the 144
JPGs won't open - "file is damaged or corrupted". I've already sent the negatives back to storage.

Rebecca
""")

C("en", "manager_request,cancellation_threat", "conditional_threat", "supervisor + conditional cancel",
  "Lucas Brandt <lucas.brandt@mailhost.example>", "Desk assignment",
  """
Hi,

Our team of six has been moved from the dedicated desks we pay for to the hot-desk area three
times this month "because of an event". I'd like a call from the site supervisor this week.
If this happens once more we'll give notice and move the team to the place on Quay Street.

Lucas
""")

C("en", "severe_dissatisfaction,broken_promise", "-", "sarcasm + promised tow truck never came",
  "Sinead Byrne <sinead.byrne@mailhost.example>", "Thanks for nothing",
  """
Well done. Your breakdown partner told me the tow truck would be there "within the hour" on Sunday. I waited
five and a half hours on the hard shoulder with two kids. Genuinely the most shambolic, useless
outfit I've ever had the misfortune of dealing with.
""")

C("en", "technical_issue", "sarcasm", "sarcastic praise still reports broken feature",
  "Hugo Reyes <hugo.reyes@mailhost.example>", "Great update",
  """
Love the new update, really, especially the part where the "skip intro" button now skips the
whole episode. Very efficient. Could you fix it?
""")

C("en", "data_loss,broken_promise,technical_issue", "-", "files vanished from portal folder; promised restore not done",
  "Frank Osei <frank.osei@mailhost.example>", "Tutor notes",
  """
Hello,

My online Spanish tutor uploads her lesson notes after each class to the shared folder in your
language school portal. All notes from September and October have disappeared from the folder;
she says she didn't delete anything. Your support promised on the 10th they would restore them
from backup "by tomorrow". Still empty.

Frank
""")
# ---------------------------------------------------------------- English positives (3)
C("en", "media_threat,severe_dissatisfaction", "conditional_threat", "paraphrase: 'local paper would love this'",
  "Moira Sutherland <moira.s@mailhost.example>", "Bin collection at Kirkgate",
  """
Six weeks of overflowing communal bins behind Kirkgate flats. Rats in broad daylight. This is
vile and the council should be ashamed. I've got a friend at the Evening Gazette who'd love a
photo spread of this, and I'll give her one on Monday unless a lorry turns up.
""")

C("en", "corporate_contact_request", "lawyer_professional", "solicitor writing in professional role is not a legal_threat; asks legal department contact",
  "Patrick Doyle <p.doyle@doyle-law.example>", "Contact for your legal department",
  """
Dear Sir or Madam,

Could you please let me have a direct email address for your legal department? I act for a
client in relation to a vehicle purchased from your Bristol site and would prefer to
correspond with the right people from the outset.

Kind regards,
Patrick Doyle
""")

C("en", "discrimination_harassment", "-", "age discrimination, recruiting platform",
  "Gordon McAllister <gordon.mca@mailhost.example>", "Age filter on your job platform",
  """
Hello,

A recruiter on your platform told me on the phone - quite openly - that her client had set your
"candidate fit" filter to hide anyone over 50, and that this was why I never appear in
searches. I'm 57 with 30 years in logistics planning. I'd like to know whether your platform
allows employers to screen people out by age, because that's what it looks like to me.

Gordon McAllister
""")

C("en", "security_incident", "-", "suspicious logins, no textbook 'hacked'",
  "Fiona Ng <fiona.ng@mailhost.example>", "Bookings I didn't make",
  """
Hi,

There are three dental hygiene appointments in my patient account that I never booked, under my
name but with a different mobile number, and my email address on the account was changed to
something at a domain I don't know. I only got your "email changed" notice by luck on my old
address. Someone has been in my account. Please lock it.

Fiona
""")

C("en", "safety", "-", "choking hazard, children",
  "Megan Holt <megan.holt@mailhost.example>", "Small parts in the 'Grow Your Own' kids kit",
  """
Hello,

The Grow Your Own Sunflowers kit for kids (age 3+ on the box) has tiny plastic plant labels with
clips that snap off as soon as you bend them. My 3-year-old had one in her mouth this morning,
luckily I saw it. These are a choking risk for that age. You might want to take it off the shelf.

Megan
""")

C("en", "executive_contact,media_threat", "-", "'writing to your CEO and a tweet thread'",
  "Adrian Cole <adrian.cole@mailhost.example>", "Ticket 55610",
  """
Since nobody in support can explain why my account was banned after 8 years and 2,000 hours
in Starfall Online, I've written to your CEO, Ms Okonkwo, this morning, and I'm putting the whole
timeline up as a thread tonight. Plenty of players will want to see how you treat veterans.
""")

C("en", "outage,technical_issue", "-", "'nothing loads, every page 502'",
  "Vincent Larue <vincent.larue@mailhost.example>", "Booking site",
  """
Hello, every page on your driving test booking site returns "502 Bad Gateway", home page
included. Been like this for at least 2 hours. Lots of people in our learner group chat are
seeing the same.
""")

C("en", "high_value_order,billing_dispute,manager_request", "-", "'$23,800' dealership invoice with add-ons",
  "Dana Whitaker <dana.whitaker@mailhost.example>", "Invoice for my Tacoma",
  """
Hi,

The final invoice for my truck came to $23,800, which includes $1,900 of "protection packages"
(paint sealant, VIN etching) that I declined in writing at the desk. I'm not paying for things I
said no to. Please have the finance manager or the general manager contact me.

Dana Whitaker
""")

C("en", "regulatory", "-", "attorney general complaint, no lawyers",
  "Curtis Monroe <curtis.monroe@mailhost.example>", "Funeral pricing",
  """
Your funeral home refused to give me an itemized price list before the arrangement meeting and
then added a $795 "facility fee" nobody mentioned. I've sent a complaint to the state attorney
general's consumer division with copies of everything.
""")

C("en", "data_loss,technical_issue,cancellation_threat", "-", "playlists wiped",
  "Sadie Collins <sadie.collins@mailhost.example>", "all playlists wiped",
  """
Opened the app today and every single one of my playlists is gone, 11 years of them. "You have
no playlists yet". If you can't get them back I'm done with you, simple as that.
""")

C("en", "feature_request", "-", "formal wish for multi-language",
  "Eleanor Fairclough <e.fairclough@mailhost.example>", "Welsh language option",
  """
Dear Sir/Madam,

I would like to suggest that your parking permit website offers a Welsh-language version. Many
residents in our ward would find it easier, and other council services already provide it.

Yours faithfully,
Eleanor Fairclough
""")

C("en", "repeat_contact,broken_promise", "-", "'I keep contacting you'",
  "Marcus Ibe <marcus.ibe@mailhost.example>", "Keys for unit 3",
  """
I keep contacting you about the spare keys for unit 3 and keep getting the same answer, "they'll
be with you Friday". Three Fridays now. I can't let the cleaner in.
""")

C("en", "safety,technical_issue", "-", "solar panel isolator sparking",
  "Graham Lister <graham.lister@mailhost.example>", "DC isolator crackling",
  """
Hi,

The DC isolator you fitted next to our inverter in the loft is making a crackling noise and
there's a black scorch mark round the switch. We can smell burning plastic. We've turned the
inverter off but I don't know if the panels are still feeding it. Can someone come today?

Graham
""")

C("en", "discrimination_harassment,legal_threat", "-", "religion; solicitor",
  "Yasmin Qureshi <yasmin.q@mailhost.example>", "Booking cancelled because of my headscarf?",
  """
Dear Manager,

When I arrived to view the hall for my sister's reception, your events coordinator looked at my
hijab and told me the venue was "suddenly fully booked" for the whole of next year. My friend
phoned ten minutes later and was offered three dates. I have taken advice from a solicitor
about religious discrimination.

Yasmin Qureshi
""")

C("en", "corporate_contact_request", "-", "company number and registered address",
  "Howard Price <howard.price@mailhost.example>", "Registered company details",
  """
Hi,

Before I take this any further I'd just like your full company name, registered company number and
the address of your head office, which I can't find anywhere on the dating app's website.

Thanks,
Howard
""")

C("en", "executive_contact", "-", "paraphrase: 'copying the top guy'",
  "Bianca Rossi <bianca.rossi@mailhost.example>", "Ridgeway garage",
  """
Hi,

I've copied the top guy at your group (found him on your 'Our people' page) because I think he
ought to know what's going on at the Ridgeway garage. My car went in for a brake job
three weeks ago and nobody can tell me why it is still on your ramp.

Bianca
""", cc="Anthony Marsh <anthony.marsh@ridgeway-motor-group.example>")

C("en", "security_incident,technical_issue", "-", "other user's data shown",
  "Owen Pritchard <owen.pritchard@mailhost.example>", "I can see someone else's test results",
  """
Hi,

When I log in to view my vitamin D test result, the page shows a different name, date of birth
and results for a full blood panel that aren't mine. Refreshing sometimes shows mine, sometimes
this other person's. That person probably sees mine too. Please look at this urgently.

Owen
""")

C("en", "high_value_order,broken_promise,cancellation_threat", "conditional_threat", "'£6 300' format",
  "Louisa Hart <louisa.hart@mailhost.example>", "Hearing aids order LH-1190",
  """
Dear Clarion,

I paid £6 300 for two pairs of premium aids (for myself and my husband) on 2 May. The fitting was
supposed to happen within three weeks, your audiologist wrote. It's now August and we still have no appointment. Unless I hear by
Friday I'll ask for a full refund and go to the high-street chain.

Louisa Hart
""")

C("en", "outage,technical_issue", "-", "app and website both unreachable; outage is technical too",
  "Priya Desai <priya.desai@mailhost.example>", "Can't get into the crypto app at all",
  """
Hello, the app just says "We're having trouble connecting" and the website the same, since
6am. I can't get at my funds at all. Is there an incident?
""")

C("en", "billing_dispute,legal_threat,regulatory", "-", "class action + attorney general; disputes the $179 renewal charge",
  "Jamal Hughes <jamal.hughes@mailhost.example>", "Auto-renew trap",
  """
Your gym-style auto-renew on the video streaming plan renewed me for a full year at $179 without
any reminder. I've filed with the state AG and I'm in touch with a firm putting together a
class action over exactly this practice.
""")

C("en", "media_threat,broken_promise", "-", "youtube channel",
  "Liam Foster <liam.foster@mailhost.example>", "Replacement hull part",
  """
Two months ago you swore blind a replacement rudder bracket "next week". I run a sailing channel on
YouTube with a fair few subscribers and the next episode is going to be about how long I've been
waiting. Would love to end it with a happy ending.
""")

C("en", "severe_dissatisfaction,repeat_contact,cancellation_threat", "conditional_threat", "4th contact; 'absolute joke of a company' + losing my mind = strong wording; conditional switch",
  "Tessa Bright <tessa.bright@mailhost.example>", "again",
  """
ok so this is like the 4th time im writing and honestly im losing my mind. the moving company
scheduled us for the 12th, then the 14th, then "sometime that week". we have a buyer moving into
our house. this is an absolute joke of a company. if nobody confirms a date today we go with
another removals firm and you can keep your deposit, actually no, you can give it back
""")

C("en", "data_loss,technical_issue", "-", "results vanished from the account page",
  "Carmen Ruiz <carmen.ruiz@mailhost.example>", "My results disappeared from my account",
  """
Hello,

Last month my allergy panel results were in my account and I downloaded nothing, stupidly. Now
the results page says "No results on file" and the order history shows the kit as "not yet
registered". My GP needs those numbers.

Carmen
""")

C("en", "billing_dispute,severe_dissatisfaction", "-", "'a disgrace'",
  "Barry Whitlock <barry.whitlock@mailhost.example>", "Vet bill",
  """
£640 for a consultation and two x-rays, when the receptionist quoted £280 on the phone. Nobody
told me anything about extra costs before the x-rays were taken. It's daylight robbery and I'm seething. I expect
that invoice corrected.
""")

C("en", "manager_request", "-", "'call from someone senior'",
  "Gemma Sharpe <gemma.sharpe@mailhost.example>", "Complaint about your marina office",
  """
Hello,

I'd like a call from someone senior about the way my booking for a visitor berth was handled
last weekend. I don't want to go through it all again by email.

Gemma Sharpe, 555-0121
""")

C("en", "technical_issue,feature_request", "-", "bug + wish; wish uses 'please support'",
  "Dmitri Volkov <dmitri.volkov@mailhost.example>", "Subtitles",
  """
Hi,
subtitles in the Android TV app reset to "off" after every episode. Bug I think?
Also please support custom subtitle size on TV, the default is tiny.
""")

C("en", "discrimination_harassment", "-", "sexist remarks by mechanic",
  "Chantelle Morris <chantelle.morris@mailhost.example>", "Service desk attitude",
  """
Hi,

When I brought my car in for its MOT your service advisor told me "we'll explain it to your
husband when he picks it up, love" and kept calling me sweetheart while talking over me to my
male friend. I'm the registered owner and I'm paying. I don't expect to be treated like that
because I'm a woman.

Chantelle
""")

C("en", "safety", "-", "recall notice request because brakes failed",
  "Ravi Menon <ravi.menon@mailhost.example>", "Brakes on used car from your marketplace",
  """
Hi,

The 2019 hatchback I bought through your marketplace from dealer "AutoPoint North" had a
brake-line recall outstanding that was never done, and the brakes went soft on the motorway
yesterday. I nearly rear-ended a lorry. Your listing said "all recalls completed". Please pass
this on and tell me what you are doing about that dealer.

Ravi
""")

C("en", "outage,technical_issue,severe_dissatisfaction", "-", "marina payment kiosk + app",
  "Eamon Walsh <eamon.walsh@mailhost.example>", "fuel dock",
  """
The fuel dock card reader AND the app are both dead since Friday, there's a queue of boats
going round in circles. Absolutely ridiculous, appalling way to run a marina.
""")

C("en", "executive_contact,corporate_contact_request", "-", "asking for CEO email",
  "Helena Brooks <helena.brooks@mailhost.example>", "CEO email",
  """
What is your chief executive's email address? I want to send him the photos of the state my
grandmother was left in by your carers, myself.
""")

C("en", "regulatory,safety", "-", "HSE report",
  "Joseph Kamara <joseph.kamara@mailhost.example>", "Gas smell after boiler service at my rental",
  """
Dear property management,

Your contractor serviced the boiler at 41 Linden Road on Tuesday. Since then there has been a
smell of gas in the kitchen. The emergency line had to cap the supply last night. I've reported
the contractor to the Health and Safety Executive and Gas Safe. I have two small children.

Joseph Kamara
""")

C("en", "high_value_order,legal_threat", "-", "deposit £3,600 withheld under a £14,400/yr contract -> contract over 5k",
  "Sven Karlsson <sven@karlsson-arch.example>", "Coworking office contract - deposit",
  """
Dear Sirs,

We have terminated the private office agreement (£14,400 per year) correctly with three months'
notice, as confirmed by your community manager. You are still withholding our deposit of £3,600
citing "dilapidations" that you refuse to itemise. Our lawyers will be writing to you.

Sven Karlsson
Director, Karlsson Architects
""")

C("en", "cancellation_threat", "-", "'I'm taking my business across the street'",
  "Ron Baxter <ron.baxter@mailhost.example>", "Plants dead within a week",
  """
Second lot of hedging plants from you that died within a week of planting. I've been a trade
customer for eight years but I'm taking my business across the street to Hollies from now on.
""")

C("en", "security_incident,technical_issue", "-", "plain-text password storage + leaked database = product flaw exposing data",
  "Agata Zielinska <agata.z@mailhost.example>", "You emailed me my password",
  """
Hi,

I clicked "forgot password" on your tenant portal and you sent me my actual old password in
plain text in the email. That means you store passwords readable. Also, my password appears in a
breach list I checked, together with my address from your system. I think your database has
been leaked.
""")

C("en", "repeat_contact,technical_issue", "-", "paraphrased 'zillionth'",
  "Kieran Dunne <kieran.dunne@mailhost.example>", "still the same problem",
  """
I've reported this three times through the in-game form and twice here. The Season Pass DLC I
paid for still shows as "locked" on my Xbox profile.
""")

C("en", "high_value_order,severe_dissatisfaction", "-", "'USD 9,750' funeral",
  "Evelyn Park <evelyn.park@mailhost.example>", "Contract 2291",
  """
We signed a funeral contract for USD 9,750 that included a specific oak casket. At the service
the casket was a cheaper veneer model. I am appalled beyond words. Explain yourselves.
""")
# ---------------------------------------------------------------- English positives (4): mixed packaging of history
C("en", "media_threat,repeat_contact", "quoted_history", "new words fire; quoted agent reply is irrelevant",
  "Harvey Lund <harvey.lund@mailhost.example>", "Re: Your moving quote ref MV-7781",
  """
Third time I'm asking for the insurance paperwork you promised. I do a weekly consumer segment
on community radio and I'm minded to make you next Thursday's topic.

On Tue, 4 Mar 2025 at 10:12, Swift Removals Support <support@example.test> wrote:
> Dear Mr Lund,
> thank you for your patience. The insurance certificate will follow shortly.
> Kind regards, Swift Removals
""")

C("en", "discrimination_harassment,severe_dissatisfaction", "disclaimer", "signature disclaimer mentions legal action; ignored",
  "Tanya Brooks <tanya.brooks@brooks-accountants.example>", "Your receptionist",
  """
Hello,

When I came in with my guide dog for my eye test on Monday your receptionist refused to let the
dog in and said, loud enough for the whole waiting room, that "blind people should bring a
carer, not a pet". I have never been so humiliated. It's disgusting behaviour and I want to know
what training your staff get.

Tanya Brooks

--
Brooks & Co Chartered Accountants
This e-mail is confidential and may be legally privileged. If you are not the intended
recipient, please notify the sender; any unauthorised use may result in legal action.
""")

C("en", "corporate_contact_request,executive_contact", "outlook_quote", "new text asks for exec office contact; quoted block benign",
  "Mark Ellison <mark.ellison@ellison-group.example>", "RE: Membership renewal",
  """
Please send me a direct contact for the office of your Chief Operating Officer. I'll be raising
the state of the marina pontoons with her personally.

Mark

From: Marina Office <support@example.test>
Sent: 12 June 2025 09:14
To: Mark Ellison
Subject: Membership renewal

Dear Mr Ellison, your berth membership renews on 1 July. Kind regards, Marina Office
""")

C("en", "security_incident,manager_request", "-", "leaked credentials through support chat",
  "Isla Fraser <isla.fraser@mailhost.example>", "Your agent posted my password in a public channel",
  """
Hi,

During the beta Discord event your community agent pasted my account email and temporary
password into the public help channel by mistake. It's been screenshotted already and two
people have tried logging in. Someone responsible needs to deal with this today, please put me
through to whoever is above the community team.

Isla
""")

C("en", "broken_promise,repeat_contact", "forwarded", "physical boxes missing (not data -> no data_loss); forwarded part ignored",
  "Norma Castle <norma.castle@mailhost.example>", "lost boxes + forwarded reply",
  """
This is my third email. Four of the boxes you stored for us have gone missing from unit 212 (the
inventory list shows 38, we got 34 back), including the one with my late husband's photo albums
and letters. You promised to search the warehouse "by Monday". See below.

---------- Forwarded message ---------
From: Eastgate Storage <support@example.test>
Date: Mon, 7 Apr 2025
Subject: Unit 212

We will check the warehouse and come back to you by Monday.
""")

C("en", "technical_issue,outage", "quoted_threat", "quoted earlier legal threat in German not counted; new words report outage",
  "Jens Olafsen <jens.olafsen@mailhost.example>", "Re: Zugang Portal",
  """
Hi, sorry for writing in English, my German is not good. The owner portal for the holiday flats
is still completely down, every page says 503. None of my tenants can see their documents.

Am 02.09.2025 um 14:03 schrieb Jens Olafsen <jens.olafsen@mailhost.example>:
> Wenn das Portal nicht bald läuft, schalte ich meinen Anwalt ein.
""")

C("en", "billing_dispute,media_threat", "conditional_threat", "chargeback threat + 'the review I write will be honest' as a threat",
  "Omar Farouk <omar.farouk@mailhost.example>", "Charged for a lesson that never happened",
  """
You charged my card $65 for a driving lesson on 3 May that the instructor cancelled by text 20
minutes before. I've got the text. Refund it or I dispute it with Visa, and the review I write
will be honest.
""")

C("en", "regulatory,data_loss", "-", "documents removed in a data cleanup (deliberate, not a product fault) -> no technical_issue",
  "Vera Lang <vera.lang@mailhost.example>", "Planning documents",
  """
The council has told me all documents I submitted for my residents' parking appeal were
"removed from the system in a data cleanup" before the hearing. I have referred the matter to the
Local Government Ombudsman.
""")

C("en", "severe_dissatisfaction,executive_contact,cancellation_threat", "conditional_threat", "non-native, rant",
  "Kofi Asante <kofi.asante@mailhost.example>", "very very bad",
  """
Sirs, I am customer of your crypto platform 3 years. The verification is asking me the same
documents 6 times now. Is insane, is most terrible experience of my life with a company. I write
also today to your founder in his email. When this is not ok this week, I close my account and
go to another exchange.
""")

C("en", "safety,broken_promise", "-", "recall promised repair not done",
  "Gillian Foster <gillian.foster@mailhost.example>", "Airbag recall",
  """
Your dealership told me in January that the airbag recall on my car would be done at the
service in March. I've just checked the manufacturer site and it still shows as outstanding.
I've been driving my children around with a faulty airbag for months.
""")

C("en", "feature_request", "politeness", "feature wish embedded in praise",
  "Rosie Kent <rosie.kent@mailhost.example>", "Thank you + an idea",
  """
Hi all, just wanted to say the vet app has been brilliant since we got our puppy. One idea: a
weight chart over time would be really useful, maybe with a reminder when the next weigh-in is
due? No rush at all. Thanks!
""")

C("en", "corporate_contact_request,legal_threat", "-", "service address for court papers",
  "Derek Shaw <derek.shaw@mailhost.example>", "Address for service",
  """
Please confirm the correct address for service of court documents for your company. I'm filing
a claim about the defective roof panels next week and I want it to go to the right place.
""")
# ---------------------------------------------------------------- German positives
C("de", "legal_threat,broken_promise", "-", "Anwalt umschrieben: Rechtsschutzversicherung eingeschaltet",
  "Klaus Brenner <k.brenner@posteo.example>", "Kaution Wohnung Lindenstraße 12",
  """
Sehr geehrte Damen und Herren,

seit meinem Auszug am 30. April warte ich auf die Rückzahlung meiner Mietkaution über 2.100 €.
Ihre Hausverwaltung hat mir am 15. Mai schriftlich zugesagt, die Abrechnung "bis Ende Juni" zu
schicken. Passiert ist nichts.

Ich habe die Angelegenheit inzwischen meiner Rechtsschutzversicherung gemeldet, die mir eine
Kanzlei vermittelt hat. Von dort werden Sie in Kürze Post bekommen.

Mit freundlichen Grüßen
Klaus Brenner
""")

C("de", "outage,technical_issue", "-", "App und Webseite komplett weg",
  "Svenja Kraft <svenja.kraft@webpost.example>", "Nichts geht mehr",
  """
Hallo,
seit heute früh lädt weder die Fahrschul-App noch die Webseite, nur "Verbindung fehlgeschlagen".
Ich kann meine Fahrstunden nicht sehen und morgen ist Prüfung. Ist das bei allen so?
Svenja
""")

C("de", "security_incident,technical_issue", "-", "fremder Login, Auszahlungskonto geändert",
  "Mehmet Yılmaz <mehmet.yilmaz@mailhost.example>", "Fremder Zugriff auf mein Konto",
  """
Guten Tag,

heute Nacht um 03:12 Uhr hat sich laut Ihrer Sicherheitsübersicht jemand aus einem mir
unbekannten Land in mein Krypto-Konto eingeloggt und die hinterlegte IBAN für Auszahlungen
geändert. Die Bestätigungs-SMS habe ich nie bekommen. Bitte sperren Sie sofort alle
Auszahlungen!

Mehmet Yılmaz
""")

C("de", "severe_dissatisfaction,cancellation_threat", "-", "Frechheit + kündige",
  "Ute Landgraf <ute.landgraf@mailhost.example>", "Pflegedienst - so nicht!",
  """
Zum wiederholten Mal kam die Pflegekraft zwei Stunden zu spät zu meinem Vater, heute gar nicht.
Das ist eine bodenlose Frechheit! Ich kündige den Pflegevertrag zum nächstmöglichen Termin und
suche mir einen anderen Dienst.

Ute Landgraf
""")

C("de", "regulatory,billing_dispute", "-", "Verbraucherzentrale",
  "Horst Wegener <horst.wegener@mailhost.example>", "Rechnung Nr. 2024-8812",
  """
Sehr geehrte Damen und Herren,

auf Ihrer Rechnung für die Hörgeräteanpassung stehen 380,00 € für eine "Service-Pauschale", die
mir nie genannt wurde und die ich nicht unterschrieben habe. Ich habe den Vorgang der
Verbraucherzentrale Hamburg vorgelegt, die die Rechnung derzeit prüft.

Hochachtungsvoll
Horst Wegener
""")

C("de", "manager_request", "-", "Vorgesetzten umschrieben: jemand mit Entscheidungsbefugnis",
  "Anja Roth <anja.roth@mailhost.example>", "Umzugsschaden",
  """
Hallo,
ich möchte bitte mit jemandem sprechen, der bei Ihnen tatsächlich etwas entscheiden darf - nicht
wieder mit der Hotline. Es geht um den zerkratzten Esstisch bei unserem Umzug am 3.6.
Anja Roth, Tel. 555-0190
""")

C("de", "repeat_contact,technical_issue", "-", "zum dritten Mal",
  "Tobias Engel <tobias.engel@mailhost.example>", "Zum dritten Mal: Abos werden nicht angezeigt",
  """
Ich schreibe Ihnen jetzt zum dritten Mal. In der Streaming-App steht bei meinem Familienabo
"Kein aktives Abo", obwohl jeden Monat 17,99 € abgebucht werden. Bitte endlich reparieren.
""")

C("de", "data_loss,technical_issue", "-", "Fotos weg nach Update",
  "Greta Hoffmann <greta.hoffmann@mailhost.example>", "Fotobuch-Projekt verschwunden",
  """
Liebes Fotolabor-Team,

mein Fotobuch "Hochzeit Ostsee", an dem ich seit drei Wochen sitze, ist seit dem Update Ihrer
Software verschwunden. In der Projektliste steht nur noch "Unbenanntes Projekt (0 Seiten)". Die
hochgeladenen Bilder sind auch nicht mehr da. Gibt es eine Sicherung?

Viele Grüße
Greta
""")

C("de", "safety", "-", "Rauch aus Ladegerät",
  "Bernd Krüger <bernd.krueger@mailhost.example>", "Ladegerät qualmt",
  """
Guten Tag,
das Ladegerät für die Hörgeräte meiner Frau hat gestern Abend angefangen zu qualmen und ist
ganz schwarz an der Unterseite. Es roch verschmort. Wir haben es sofort ausgesteckt. Bitte
schicken Sie ein neues und sagen Sie uns, ob das bekannt ist.
B. Krüger
""")

C("de", "feature_request", "-", "Feature-Wunsch umschrieben",
  "Lea Wolff <lea.wolff@mailhost.example>", "Idee für die App",
  """
Hallo ihr Lieben,
super App! Eine Sache fände ich klasse: wenn man im Kalender der Sprachschule die Kurse nach
Niveau (A1, A2 ...) filtern könnte. Im Moment scrolle ich ewig. Vielleicht könnt ihr das
einbauen?
LG Lea
""")

C("de", "billing_dispute", "-", "doppelt abgebucht",
  "Dieter Schwarz <dieter.schwarz@mailhost.example>", "Doppelte Abbuchung Liegeplatz",
  """
Sehr geehrte Damen und Herren,

die Jahresgebühr für den Liegeplatz B-07 (1.480,00 €) wurde am 2. und am 4. Januar abgebucht.
Bitte erstatten Sie den doppelten Betrag.

Mit freundlichen Grüßen
Dieter Schwarz
""")

C("de", "high_value_order,technical_issue,broken_promise", "-", "'18.900 €' Solaranlage",
  "Petra Neumann <petra.neumann@mailhost.example>", "Speicher seit Wochen ohne Funktion",
  """
Sehr geehrte Damen und Herren,

für unsere PV-Anlage mit Speicher haben wir 18.900 € bezahlt (Auftrag PV-2024-118). Seit Mitte
März zeigt der Speicher dauerhaft "Fehler 0x21 - BMS offline" und lädt nicht mehr. Ihr Techniker
hat am 2. April einen Austausch zugesagt. Seitdem höre ich nichts.

Petra Neumann
""")

C("de", "discrimination_harassment", "-", "Belästigung durch Mitarbeiter",
  "Laura Becker <laura.becker@mailhost.example>", "Verhalten Ihres Fahrlehrers",
  """
Hallo,

Ihr Fahrlehrer Herr K. hat mir in den letzten drei Fahrstunden immer wieder die Hand aufs Knie
gelegt und Bemerkungen über mein Aussehen gemacht. Als ich gesagt habe, dass ich das nicht
möchte, meinte er, ich solle "nicht so empfindlich sein", sonst werde es mit der Prüfung
schwierig. Ich möchte nicht mehr mit ihm fahren und erwarte, dass Sie etwas unternehmen.

Laura Becker
""")

C("de", "executive_contact,severe_dissatisfaction", "-", "Geschäftsführung angeschrieben",
  "Wolfgang Reiter <w.reiter@mailhost.example>", "Ihr Autohaus in Kassel",
  """
Was sich Ihre Werkstatt in Kassel erlaubt, ist unter aller Sau. Drei Wochen für einen
Ölwechsel, und dann ist der Wagen verkratzt. Ich habe heute direkt an Ihre Geschäftsführung,
Herrn Dr. Albers, geschrieben.

W. Reiter
""")

C("de", "media_threat", "-", "Presse + Bewertungen",
  "Sabine Hartmann <sabine.hartmann@mailhost.example>", "Trauerfeier meines Vaters",
  """
Sehr geehrte Damen und Herren,

bei der Trauerfeier für meinen Vater wurde das falsche Foto am Sarg aufgestellt, eines fremden
Mannes. Ich überlege ernsthaft, mich damit an die Lokalzeitung zu wenden, und eine ehrliche
Bewertung bei Google schreibe ich in jedem Fall.

Sabine Hartmann
""")

C("de", "corporate_contact_request,legal_threat", "-", "Anschrift der Zentrale + Anwalt",
  "Frank Zimmer <frank.zimmer@mailhost.example>", "Anschrift Hauptsitz",
  """
Guten Tag,

bitte teilen Sie mir die vollständige Anschrift Ihres Hauptsitzes sowie den Namen Ihres
Geschäftsführers mit. Mein Anwalt benötigt diese Angaben für ein Schreiben wegen des
Gebrauchtwagens, den ich über Ihre Plattform gekauft habe.

Frank Zimmer
""")

C("de", "outage,technical_issue,severe_dissatisfaction", "-", "Coworking Zugang, Großbuchstaben",
  "Jonas Pfeiffer <jonas.pfeiffer@mailhost.example>", "TÜRSYSTEM UND WLAN TOT",
  """
SEIT 8 UHR GEHT IM GANZEN COWORKING WEDER DAS TÜRSYSTEM NOCH DAS WLAN. 30 LEUTE STEHEN IM FLUR.
DAS IST EINE ABSOLUTE ZUMUTUNG!!!
""")

C("de", "technical_issue", "-", "einzelne Funktion",
  "Marion Seidel <marion.seidel@mailhost.example>", "PDF-Rechnung lässt sich nicht öffnen",
  """
Hallo,
die Rechnung für die Zahnreinigung im Patientenportal lässt sich nicht herunterladen, es kommt
"Datei beschädigt". Alles andere im Portal geht. Können Sie sie mir schicken?
Danke, M. Seidel
""")

C("de", "regulatory,security_incident", "-", "Datenschutzbehörde; Daten anderer Patienten",
  "Rainer Vogel <rainer.vogel@mailhost.example>", "Befunde fremder Personen erhalten",
  """
Sehr geehrte Damen und Herren,

mit der Post kamen heute nicht nur meine Laborbefunde, sondern auch die von zwei anderen
Personen, mit Namen, Geburtsdatum und Diagnose. Ich habe den Vorfall dem Landesbeauftragten für
den Datenschutz gemeldet. Die Unterlagen bewahre ich bis zur Klärung auf.

Rainer Vogel
""")

C("de", "broken_promise,repeat_contact", "-", "Rückruf versprochen, mehrfach",
  "Carola Jung <carola.jung@mailhost.example>", "Rückruf?",
  """
Dreimal habe ich jetzt schon angerufen und jedes Mal hieß es, der Gärtnermeister ruft
zurück wegen der abgestorbenen Hecke. Hat er nie. Bitte jetzt wirklich.
""")

C("de", "cancellation_threat", "conditional_threat", "wenn ... dann kündige",
  "Stefan Lorenz <stefan.lorenz@mailhost.example>", "Abfallabholung Biotonne",
  """
Hallo,
die Biotonne in der Gartenstraße 5 wurde jetzt zweimal nicht geleert. Wenn das nächste Woche
wieder passiert, kündige ich die Zusatz-Biotonne und bringe den Kram selbst zum Wertstoffhof.
""")

C("de", "data_loss,legal_threat", "conditional_threat", "Behandlungsakte Tier verloren + Anwalt",
  "Monika Franke <monika.franke@mailhost.example>", "Röntgenbilder meines Hundes",
  """
Sehr geehrtes Praxisteam,

die Röntgenaufnahmen und die komplette Krankenakte meines Hundes Bruno aus 2023 sind laut Ihrer
Praxis "nicht mehr auffindbar". Die neue Klinik braucht sie für die OP. Sollte sich das nicht
klären, werde ich einen Anwalt einschalten, denn Sie sind zur Aufbewahrung verpflichtet.

Monika Franke
""")

C("de", "feature_request,technical_issue", "-", "Fehler + Wunsch",
  "Kai Brandt <kai.brandt@mailhost.example>", "Karte in der App",
  """
Hi,
die Karte mit den freien Stellplätzen zeigt seit dem Update alles grau an (kaputt?). Und ein
Wunsch: es wäre toll, wenn man Lieblingsplätze speichern könnte.
Kai
""")

C("de", "manager_request,severe_dissatisfaction", "-", "Vorgesetzten sprechen",
  "Renate Scholz <renate.scholz@mailhost.example>", "Beschwerde Zahnarztpraxis",
  """
Sehr geehrte Damen und Herren,

was ich heute am Empfang Ihrer Praxis erlebt habe, war unerhört: 50 Minuten Wartezeit, dann die
Auskunft, mein Termin sei "aus Versehen gelöscht" worden, und das in einem Ton, den ich mir
verbitte. Ich möchte umgehend mit der Praxisleitung bzw. dem Vorgesetzten dieser Dame
sprechen.

Renate Scholz
""")

C("de", "high_value_order,billing_dispute", "-", "'EUR 7.350,-' Hochzeitslocation",
  "Markus Schuster <markus.schuster@mailhost.example>", "Schlussrechnung Hochzeit 14.09.",
  """
Hallo Frau Adler,

Ihre Schlussrechnung über EUR 7.350,- enthält 40 Gäste mehr, als wir tatsächlich hatten (laut
Ihrer eigenen Gästeliste vom Abend 86, nicht 126). Bitte korrigieren Sie die Rechnung.

Markus Schuster
""")

C("de", "safety,severe_dissatisfaction", "-", "Verletzung beim Event",
  "Ingrid Baumann <ingrid.baumann@mailhost.example>", "Unfall in Ihrem Saal",
  """
Bei der Feier am Samstag ist meine Mutter über ein loses Kabel im Saal gestürzt und hat sich das
Handgelenk gebrochen. Das Kabel lag quer durch den Gang, ungesichert. Ein Skandal, wie fahrlässig
Sie mit der Sicherheit Ihrer Gäste umgehen.
""")

C("de", "discrimination_harassment,regulatory", "-", "Diskriminierung Herkunft; Antidiskriminierungsstelle = Behörde -> regulatory",
  "Amina Haddad <amina.haddad@mailhost.example>", "Wohnungsbewerbung abgelehnt",
  """
Sehr geehrte Damen und Herren,

Ihre Mitarbeiterin hat mir am Telefon gesagt, der Eigentümer wolle "keine Ausländer" im Haus. Ich
bin Deutsche, aber mein Name klingt wohl nicht so. Ich habe mich an die
Antidiskriminierungsstelle des Bundes gewandt.

Amina Haddad
""")
# ---------------------------------------------------------------- French positives
C("fr", "legal_threat,billing_dispute", "-", "avocat + facture contestée",
  "Sophie Marchand <sophie.marchand@courriel.example>", "Facture du déménagement contestée",
  """
Madame, Monsieur,

Votre facture n° DM-5521 s'élève à 3 480 €, alors que le devis signé était de 2 650 €. Les
« frais de portage supplémentaires » n'ont jamais été mentionnés. J'ai transmis le dossier à mon
avocat, qui vous contactera si la facture n'est pas corrigée.

Sophie Marchand
""")

C("fr", "outage,technical_issue", "-", "plateforme inaccessible",
  "Julien Petit <julien.petit@courriel.example>", "Plateforme inaccessible",
  """
Bonjour,
depuis ce matin 7h la plateforme de réservation de l'auto-école est totalement inaccessible,
erreur 503 sur toutes les pages. Mes élèves ne peuvent plus réserver. Merci de regarder vite.
Julien, moniteur
""")

C("fr", "security_incident", "-", "compte piraté, paraphrase",
  "Camille Laurent <camille.laurent@courriel.example>", "Quelqu'un utilise mon profil",
  """
Bonjour,

quelqu'un s'est connecté à mon compte sur votre appli de rencontre, a changé ma photo et envoie
des messages à des gens en demandant de l'argent. Je n'arrive plus à me connecter, mon mot de
passe a été changé. Aidez-moi s'il vous plaît, c'est urgent.

Camille
""")

C("fr", "severe_dissatisfaction,media_threat", "-", "scandaleux + réseaux",
  "Thierry Moreau <thierry.moreau@courriel.example>", "Obsèques de ma mère",
  """
C'est absolument scandaleux. Le corbillard est arrivé avec 45 minutes de retard, la famille
attendait devant l'église sous la pluie. Je vais raconter tout cela sur Facebook et laisser des
avis partout, les gens doivent savoir.
""")

C("fr", "manager_request", "-", "parler à un responsable",
  "Nathalie Girard <nathalie.girard@courriel.example>", "Demande de rappel",
  """
Bonjour,

je souhaiterais parler à un responsable au sujet de mon dossier de résiliation de place de
parking (réf. STAT-2291). Les réponses de l'accueil se contredisent.

Cordialement,
Nathalie Girard
""")

C("fr", "regulatory,security_incident", "-", "CNIL",
  "Antoine Fabre <antoine.fabre@courriel.example>", "Fuite de mes données",
  """
Madame, Monsieur,

j'ai reçu un courriel de votre plateforme de recrutement contenant en pièce jointe les CV de
vingt autres candidats, avec leurs coordonnées. J'imagine que le mien a été envoyé de la même
façon à d'autres. J'ai déposé une plainte auprès de la CNIL ce matin.

Antoine Fabre
""")

C("fr", "cancellation_threat", "-", "résilier",
  "Chantal Roux <chantal.roux@courriel.example>", "Votre service d'aide à domicile",
  """
Bonjour,

après trois passages manqués ce mois-ci chez ma mère, je résilie le contrat d'aide à domicile à
la fin du mois. Merci de m'envoyer la confirmation.

Chantal Roux
""")

C("fr", "data_loss,technical_issue", "-", "fichiers supprimés",
  "Hugo Lefèvre <hugo.lefevre@courriel.example>", "Mes modèles 3D ont disparu",
  """
Bonjour,
tous les fichiers STL que j'avais enregistrés dans mon espace client (environ 80 pièces) ont
disparu depuis hier. La bibliothèque est vide. Je n'ai rien supprimé. Pouvez-vous les restaurer ?
Hugo
""")

C("fr", "safety", "-", "surchauffe batterie",
  "Isabelle Mercier <isabelle.mercier@courriel.example>", "Prothèse auditive brûlante",
  """
Bonjour,

l'appareil auditif droit de mon père est devenu brûlant pendant la charge et a laissé une petite
brûlure sur son oreille quand il l'a remis. Il y a une odeur de plastique fondu. Faut-il arrêter
d'utiliser le chargeur ?

Isabelle Mercier
""")

C("fr", "feature_request", "-", "ce serait bien de pouvoir",
  "Léa Bonnet <lea.bonnet@courriel.example>", "Suggestion",
  """
Bonjour !
ce serait bien de pouvoir télécharger les épisodes pour les regarder hors ligne dans l'avion,
comme sur les autres services. Merci et bonne journée
Léa
""")

C("fr", "billing_dispute,repeat_contact", "-", "prélevé deux fois, troisième message",
  "Gérard Lambert <gerard.lambert@courriel.example>", "Troisième message : double prélèvement",
  """
Bonjour,
c'est mon troisième message. Vous avez prélevé deux fois la cotisation annuelle du port
(2 x 1 120,00 €). Merci de rembourser le doublon.
G. Lambert, bateau « Alizé »
""")

C("fr", "high_value_order,broken_promise", "-", "'12 500 €' panneaux solaires",
  "Martine Dupuis <martine.dupuis@courriel.example>", "Installation non terminée",
  """
Madame, Monsieur,

nous avons signé en février un contrat de 12 500 € pour l'installation de panneaux
photovoltaïques. Vos équipes devaient revenir le 15 avril pour le raccordement ; personne n'est
venu et les panneaux sont posés sur le toit, inutilisés. Nous attendons une date ferme.

Martine et Paul Dupuis
""")

C("fr", "discrimination_harassment", "-", "discrimination handicap",
  "Samuel Blanc <samuel.blanc@courriel.example>", "Refus d'accès",
  """
Bonjour,

je suis en fauteuil roulant et votre espace de coworking m'a refusé un abonnement au motif que
« la clientèle ne serait pas à l'aise ». Ce sont les mots exacts de votre hôte d'accueil. Je
trouve cela profondément discriminatoire.

Samuel Blanc
""")

C("fr", "executive_contact,corporate_contact_request", "-", "adresse du PDG pour écrire",
  "Bernard Chevalier <bernard.chevalier@courriel.example>", "Coordonnées de votre direction",
  """
Monsieur,

veuillez me communiquer l'adresse électronique de votre président-directeur général. Je compte
lui écrire personnellement au sujet du véhicule d'occasion que votre concession de Lyon m'a
vendu avec un compteur trafiqué.

B. Chevalier
""")

C("fr", "technical_issue,severe_dissatisfaction", "-", "inadmissible",
  "Aurélie Fontaine <aurelie.fontaine@courriel.example>", "Appli qui plante",
  """
L'appli de l'école de langues plante à chaque fois que j'ouvre un exercice audio. Ça dure depuis
trois semaines. C'est franchement honteux pour un cours payé 390 €, je suis hors de moi.
""")

C("fr", "legal_threat", "conditional_threat", "mise en demeure conditionnelle",
  "Pierre Gauthier <pierre.gauthier@courriel.example>", "Mise en demeure - dépôt de garantie",
  """
Madame, Monsieur,

Par la présente, je vous mets en demeure de me restituer le dépôt de garantie de 1 800 € de
l'appartement du 14 rue des Lilas, dans un délai de quinze jours. À défaut, je saisirai le
tribunal judiciaire compétent.

Pierre Gauthier
""")

C("fr", "outage,technical_issue,repeat_contact", "-", "plus personne ne peut se connecter",
  "Manon Perrin <manon.perrin@courriel.example>", "connexion impossible",
  """
bonjour, impossible de se connecter a l'espace locataire depuis 2 jours, ni moi ni mes voisins.
je vous ai deja ecrit 3 fois sans reponse. merci
""")

C("fr", "broken_promise", "-", "remboursement promis",
  "Olivier Masson <olivier.masson@courriel.example>", "Remboursement promis",
  """
Bonjour,

le 3 mai, votre conseiller m'a assuré par téléphone que les 240 € du stage de voile annulé
seraient remboursés sous huit jours. Nous sommes le 20 juin et je n'ai rien reçu.

Cordialement,
Olivier Masson
""")

C("fr", "regulatory,billing_dispute", "-", "médiateur de la consommation",
  "Sylvie Renard <sylvie.renard@courriel.example>", "Frais non prévus",
  """
Bonjour,

vous m'avez facturé 95 € de « frais de dossier » pour la résiliation de mon abonnement de
streaming, frais qui n'apparaissent nulle part dans vos conditions. J'ai saisi le médiateur de
la consommation.

Sylvie Renard
""")

C("fr", "media_threat", "-", "journaliste demande un commentaire",
  "Élodie Garnier <e.garnier@lequotidien-sud.example>", "Demande d'interview – Le Quotidien du Sud",
  """
Bonjour,

je suis journaliste au Quotidien du Sud et je prépare un article sur les retards de collecte des
déchets dans le quartier Saint-Roch. Pourriez-vous me transmettre un commentaire de la
collectivité d'ici vendredi ?

Bien cordialement,
Élodie Garnier
""")

C("fr", "severe_dissatisfaction,manager_request,broken_promise", "-", "honteux + responsable",
  "Karim Benali <karim.benali@courriel.example>", "Réparation de ma voiture",
  """
Votre garage devait me rendre la voiture vendredi dernier. Rien. Aujourd'hui on me dit que la
pièce n'a même pas été commandée. C'est honteux. Je veux que le chef d'atelier ou le directeur
me rappelle aujourd'hui.
""")

C("fr", "feature_request,technical_issue", "-", "bug + souhait",
  "Clémence Arnaud <clemence.arnaud@courriel.example>", "Deux choses sur l'appli",
  """
Bonjour,
1) les rappels de rendez-vous chez l'opticien arrivent en double depuis la mise à jour.
2) il serait pratique d'ajouter la possibilité de mettre le rendez-vous dans l'agenda du téléphone.
Merci !
""")

C("fr", "data_loss", "-", "vet record lost during office move; not a product fault -> no technical_issue",
  "Mathieu Roche <mathieu.roche@courriel.example>", "Dossier médical de mon chat",
  """
Bonjour,
la clinique m'indique que le dossier vaccinal de mon chat Filou a été « égaré » lors du
déménagement du cabinet. Tous les rappels et l'historique sont perdus. Comment faire ?
""")

C("fr", "cancellation_threat,severe_dissatisfaction", "-", "je pars à la concurrence",
  "Nadia Chérif <nadia.cherif@courriel.example>", "Marre",
  """
Ça suffit. Troisième rendez-vous annulé par votre cabinet dentaire la veille. C'est un manque de
respect total, vraiment lamentable. Je vais chez le confrère d'en face, transférez mon dossier.
""")

C("fr", "safety,regulatory", "-", "rappel produit / DGCCRF",
  "Françoise Michel <francoise.michel@courriel.example>", "Terreau contaminé ?",
  """
Bonjour,

après avoir utilisé votre terreau « Potager Bio », mon fils de 4 ans a eu une réaction cutanée
grave et des brûlures sur les mains ; le pédiatre parle d'un produit chimique. J'ai fait un
signalement à la DGCCRF. Ce produit doit être retiré des rayons.

Françoise Michel
""")

C("fr", "high_value_order,technical_issue", "-", "'8 900,00 EUR' HT; defective printed parts = product broken",
  "Laurent Brun <laurent.brun@courriel.example>", "Commande 3D-4410 défectueuse",
  """
Bonjour,

notre commande 3D-4410 de 8 900,00 EUR HT (60 pièces en résine) est arrivée avec des pièces
déformées et des couches qui se décollent. Nous ne pouvons pas les utiliser pour le salon de
la semaine prochaine. Que proposez-vous ?

Laurent Brun
""")

C("fr", "technical_issue", "-", "simple bug",
  "Valérie Leroy <valerie.leroy@courriel.example>", "Paiement du stationnement",
  """
Bonjour, le bouton « Payer » dans l'appli de stationnement reste grisé depuis hier, alors que
ma carte est enregistrée. Merci de regarder.
""")
# ---------------------------------------------------------------- Spanish positives
C("es", "legal_threat,broken_promise", "-", "abogado; paráfrasis 'mi cuñado que es abogado'",
  "Javier Morales <javier.morales@correo.example>", "Fianza del piso",
  """
Hola,

dejé el piso de la calle Olivo el 1 de marzo en perfecto estado y la administración me prometió
devolver la fianza de 1.200 € en un mes. Han pasado cuatro. Mi cuñado, que es abogado, ya está
preparando la reclamación por escrito.

Javier Morales
""")

C("es", "outage,technical_issue", "-", "caída total",
  "Lucía Navarro <lucia.navarro@correo.example>", "No funciona nada",
  """
Buenas, la plataforma de streaming no carga desde anoche, ni en la tele ni en el móvil ni en el
ordenador. Sale "Error 500" en todas partes. ¿Qué pasa?
""")

C("es", "security_incident", "-", "account takeover; nothing in the product reported broken -> no technical_issue",
  "Diego Castillo <diego.castillo@correo.example>", "Me han robado la cuenta",
  """
Hola,

alguien entró en mi cuenta del exchange desde una IP que no es mía (198.51.100.23), cambió el
correo y el teléfono, y ahora no puedo recuperar el acceso. Tenía unos 3.000 € en USDT.
Bloqueen la cuenta por favor.

Diego Castillo
""")

C("es", "severe_dissatisfaction", "-", "una vergüenza",
  "Carmen Ortega <carmen.ortega@correo.example>", "Servicio funerario",
  """
Lo que pasó en el velatorio de mi padre es una vergüenza. La sala sin climatización en agosto,
las flores marchitas y nadie de la funeraria presente. Indignante.
""")

C("es", "manager_request", "-", "hablar con un supervisor",
  "Andrés Gil <andres.gil@correo.example>", "Quiero hablar con un supervisor",
  """
Buenos días,
llevo una semana intentando cambiar la fecha del examen práctico de conducir. Quiero hablar con
un supervisor, por favor, que me llame al 555-0166.
Andrés
""")

C("es", "cancellation_threat", "-", "darse de baja",
  "Patricia Romero <patricia.romero@correo.example>", "Se acabó",
  """
Hola,
después de tres meses con la app de citas mostrándome perfiles a 300 km, se acabó: borren mi
suscripción, no pienso seguir pagando por esto.
""")

C("es", "regulatory,security_incident", "-", "AEPD",
  "Sergio Herrera <sergio.herrera@correo.example>", "Mis datos médicos",
  """
Estimados señores:

He recibido en mi correo los resultados del test de laboratorio de otra persona, con su nombre,
DNI y diagnóstico. Si ustedes envían mis datos de esta forma, es grave. He presentado una
reclamación ante la Agencia Española de Protección de Datos.

Sergio Herrera
""")

C("es", "billing_dispute", "-", "cobro duplicado",
  "Elena Vargas <elena.vargas@correo.example>", "Cobro duplicado de la mensualidad",
  """
Hola,

me han cobrado dos veces la mensualidad de la academia de idiomas de octubre (2 x 115 €).
Adjunto el extracto. Por favor, devuélvanme el cobro repetido.

Elena Vargas
""", pack="mixed")

C("es", "data_loss,technical_issue,severe_dissatisfaction", "-", "partida borrada",
  "Pablo Ramos <pablo.ramos@correo.example>", "MI PARTIDA HA DESAPARECIDO",
  """
Después de la última actualización mi partida de Reinos de Ceniza, con más de 300 horas, ha
desaparecido. Ni en la nube ni en local. ES UNA VERGÜENZA, trabajo de años tirado a la basura.
""")

C("es", "safety", "-", "incendio en placas, paráfrasis",
  "Rosa Delgado <rosa.delgado@correo.example>", "Humo en el tejado",
  """
Hola,

esta tarde ha salido humo de la caja de conexiones de las placas solares que nos instalaron en
mayo y se ha quemado parte del cableado. Han venido los bomberos. No tocamos nada hasta que
venga alguien de ustedes.

Rosa Delgado
""")

C("es", "feature_request", "-", "sería genial",
  "Marta Iglesias <marta.iglesias@correo.example>", "Sugerencia para la app",
  """
Hola, sería genial que la app del vivero tuviera recordatorios de riego para las plantas que he
comprado. Gracias!
""")

C("es", "high_value_order,broken_promise,legal_threat", "conditional_threat", "'USD 15.000' barco",
  "Fernando Cruz <fernando.cruz@correo.example>", "Reparación del velero 'Brisa'",
  """
Estimados:

Firmamos un presupuesto de USD 15.000 por la reparación del motor de nuestro velero Brisa, con
entrega prometida para el 1 de junio. Estamos a 10 de julio y el motor sigue desmontado.
Si no está terminado antes de fin de mes, iniciaremos acciones legales.

Fernando Cruz
""")

C("es", "discrimination_harassment", "-", "acoso por empleado",
  "Sofía Jiménez <sofia.jimenez@correo.example>", "Comportamiento del cuidador",
  """
Buenas tardes,

el cuidador que envían los martes a casa de mi abuela le grita, la llama "vieja inútil" y la
semana pasada le tiró el bastón al suelo. Ella tiene miedo cuando viene. No quiero que vuelva.

Sofía Jiménez
""")

C("es", "executive_contact,media_threat", "conditional_threat", "consejero delegado + redes",
  "Raúl Medina <raul.medina@correo.example>", "Mi coche",
  """
He escrito directamente al consejero delegado de su grupo de concesionarios contándole cómo me han
tratado. Y si no hay respuesta esta semana, lo cuento todo en Twitter y en los foros del modelo.
""")

C("es", "corporate_contact_request", "-", "dirección de la sede",
  "Mercedes Soto <mercedes.soto@correo.example>", "Dirección de la sede central",
  """
Buenos días,
¿me pueden facilitar la dirección postal de su sede central y el correo del departamento
jurídico? Quiero enviar una carta certificada.
Mercedes Soto
""")

C("es", "repeat_contact,technical_issue", "-", "tercera vez",
  "Alberto Rubio <alberto.rubio@correo.example>", "Por tercera vez",
  """
Es la tercera vez que escribo. El audio de las clases online de la academia se corta cada dos
minutos. Nadie me responde.
""")

C("es", "broken_promise,billing_dispute", "-", "reembolso prometido y cobro indebido",
  "Isabel Peña <isabel.pena@correo.example>", "Devolución que no llega",
  """
Hola,

el 5 de septiembre me dijeron que anularían el cargo de 89,90 € del kit de análisis que nunca
pedí y que lo devolverían en 48 horas. Sigue sin aparecer. Ese cargo no lo autoricé yo.

Isabel Peña
""")

C("es", "outage,technical_issue,cancellation_threat", "conditional_threat", "no se puede entrar",
  "Hugo Serrano <hugo.serrano@correo.example>", "la app no abre",
  """
la app de aparcamiento municipal no abre desde el lunes, se queda en blanco. nadie puede pagar
la zona azul y nos multan. si esto sigue asi me doy de baja del abono de residente
""")

C("es", "regulatory", "-", "OMIC / consumo",
  "Gloria Molina <gloria.molina@correo.example>", "Reclamación",
  """
Les informo de que he presentado una hoja de reclamaciones en la OMIC de mi ayuntamiento por
la venta de un coche de segunda mano con los kilómetros manipulados.
""")

C("es", "legal_threat,severe_dissatisfaction", "-", "demanda",
  "Tomás Aguilar <tomas.aguilar@correo.example>", "Mudanza",
  """
Su empresa de mudanzas me ha roto la mitad de la vajilla de mi madre y el espejo antiguo del
salón. Es indignante, una auténtica vergüenza. Voy a poner una demanda por los daños.
""")

C("es", "technical_issue", "-", "error puntual",
  "Natalia Reyes <natalia.reyes@correo.example>", "No puedo subir fotos",
  """
Hola, al intentar subir las fotos de mi coche al anuncio me sale "No se pudo procesar la imagen".
Las fotos son JPG normales. El resto de la web funciona bien.
""")

C("es", "manager_request,repeat_contact", "-", "responsable + varias veces",
  "Ramón Vega <ramon.vega@correo.example>", "Cuarto correo sin respuesta",
  """
Este es mi cuarto correo sobre la humedad del trastero 22. Quiero que me llame el responsable de
la empresa de guardamuebles, no otra persona de atención al cliente.
""")

C("es", "corporate_contact_request,executive_contact", "-", "pide email del director general para escribirle",
  "Beatriz Luna <beatriz.luna@correo.example>", "Correo del director general",
  """
Buenas tardes,
necesito el correo electrónico del director general de la clínica veterinaria. Le voy a escribir
directamente sobre la muerte de mi perra tras la anestesia.
Beatriz Luna
""")

C("es", "feature_request,technical_issue", "-", "fallo + deseo",
  "Iván Cabrera <ivan.cabrera@correo.example>", "Dos cosas",
  """
Hola:
1. El filtro por precio del buscador de coches no funciona, sale de todo.
2. Estaría bien poder guardar búsquedas y recibir alertas.
""")

C("es", "high_value_order,billing_dispute", "-", "'6.400,00 €' boda",
  "Lorena Fuentes <lorena.fuentes@correo.example>", "Factura final del banquete",
  """
Hola Marisa:

la factura final del banquete es de 6.400,00 €, pero habíamos firmado 5.100 € con el menú B. Nos
han cobrado el menú C, que no pedimos. ¿Podéis revisarla?

Lorena
""")

C("es", "discrimination_harassment,manager_request", "-", "discriminación por orientación",
  "Daniel Prieto <daniel.prieto@correo.example>", "Trato recibido en su salón de bodas",
  """
Buenos días,

cuando mi pareja y yo fuimos a visitar el salón, su comercial dijo que "bodas de este tipo" solo
se podían hacer entre semana, y se rió con su compañero. Somos dos hombres. Pido hablar con la
dirección del salón.

Daniel Prieto
""")

C("es", "safety,cancellation_threat", "-", "broken fence injured the dog and the customer herself -> danger to people",
  "Verónica Díaz <veronica.diaz@correo.example>", "Mi perro herido",
  """
Recogí ayer a mi perro de la residencia canina con un corte profundo en la pata por una valla
rota del patio. Tuvo que ir a urgencias, y al sacarlo
yo también me hice un corte en la mano con el alambre suelto. No vuelvo a dejarlo con ustedes, borren las reservas de
diciembre.
""")
# ---------------------------------------------------------------- English hard negatives
C("en", "-", "job_title", "'Practice Manager' is a title",
  "Helen Corbett <helen.corbett@brightsmile-dental.example>", "Updating our practice details",
  """
Hello,

I'm the Practice Manager at Brightsmile Dental in Harrow. Could you update the opening hours on
our listing to 8:00-18:00 Monday to Thursday? Our account manager, Tom, said you handle this.

Many thanks,
Helen Corbett
Practice Manager
""")

C("en", "-", "quoted_threat", "lawsuit threat only in quoted 'On ... wrote:' block; new text is thanks",
  "Greg Hollis <greg.hollis@mailhost.example>", "Re: Deposit for flat 2A",
  """
Thanks, the deposit arrived this morning. All sorted, much appreciated.

Greg

On Fri, 14 Feb 2025 at 16:40, Greg Hollis <greg.hollis@mailhost.example> wrote:
> If the deposit isn't back by the end of the month I'm taking you to small claims court,
> and I'll be leaving a review on every site I can find.
""")

C("en", "-", "negation", "negated cancellation",
  "Priya Raman <priya.raman@mailhost.example>", "Lesson times",
  """
Hi, don't worry, I'm not going to cancel my driving course or anything, I just need to move my
Tuesday lessons to Thursdays from next month if that's possible. Thanks!
""")

C("en", "-", "policy_question", "refund policy question",
  "Connor Walsh <connor.walsh@mailhost.example>", "Refunds on language courses",
  """
Hello, what is your refund policy if I have to drop out of the Spanish A2 course halfway
because of a work relocation? Just want to know before I sign up.
""")

C("en", "-", "hypothetical", "hypothetical data loss question",
  "Martina Hale <martina.hale@mailhost.example>", "Question before upgrading",
  """
Hi there,

if I upgrade my photo-lab account from Basic to Pro, will I lose any of the albums I already
uploaded? I'd be devastated if anything went missing, so I just want to make sure first.

Martina
""")

C("en", "-", "feature_exists", "asks whether export exists",
  "Leon Schaefer <leon.schaefer@mailhost.example>", "Export?",
  """
Hi, can I export my lesson history from the app to a PDF or CSV? My insurer wants proof of
hours.
""")

C("en", "-", "mild_disappointment", "a bit disappointed only",
  "Alice Bramwell <alice.bramwell@mailhost.example>", "Rose bushes",
  """
Hello,

The rose bushes arrived today. I'm a little disappointed that two of the five have fewer buds
than in the photo, but they look healthy, so no need to do anything. Just feedback!

Alice
""")

C("en", "-", "reported_speech", "colleague joked about suing; customer doesn't adopt",
  "Ben Ashworth <ben.ashworth@mailhost.example>", "Coworking invoice question",
  """
Hi,

Quick one: the October invoice lists "meeting room credits" as a separate line. Is that new?
My colleague joked that we should sue you for making the invoice so confusing, ha. All good
though, I just need to know which cost centre to book it to.

Ben
""")

C("en", "-", "own_ceo", "own CEO needs the report",
  "Rachel Dunmore <rachel.dunmore@dunmore-logistics.example>", "Annual statement of our fleet purchases",
  """
Hello,

Our CEO needs the annual summary of all vehicles we purchased through your dealer portal in
2024 for the board meeting on Friday. Could you send it as a PDF?

Thanks,
Rachel Dunmore
Executive Assistant to the CEO
""")

C("en", "-", "large_amount_no_problem", "large amount, no problem",
  "Simon Achterberg <simon.a@achterberg-farm.example>", "Solar quote accepted",
  """
Hi Laura,

We're happy with the quote of £24,600 for the 30 kWp installation on the dairy shed. Signed
copy attached. Looking forward to getting started in September.

Simon
""", pack="mixed")

C("en", "-", "second_email", "'second email' = two contacts only",
  "Amelia Fox <amelia.fox@mailhost.example>", "Second email re: kennel dates",
  """
Hi, this is my second email - just checking you got the first one about booking Bella in for
the week of 12 August? No stress, I know it's busy season.
""")

C("en", "-", "praise", "praise with strong words",
  "Douglas Fairbairn <douglas.f@mailhost.example>", "Absolutely outstanding",
  """
I just have to say the team that moved us last week were absolutely outstanding. Not a single
scratch, and they even reassembled the kids' beds. Best removal company we've ever used.
""")

C("en", "-", "disclaimer", "legal disclaimer in signature only",
  "Janet Cole <janet.cole@colehart-law.example>", "Booking the conference room",
  """
Hello,

Could we book the large conference room for 14 people on 3 October, 9:00-13:00, with coffee?

Best regards,
Janet Cole
Paralegal, Cole Hart LLP

This message may contain privileged information. Unauthorised disclosure may give rise to legal
proceedings. If received in error please notify the sender and delete it.
""")

C("en", "-", "policy_question", "how to cancel, procedural, no dissatisfaction",
  "Theo Marsh <theo.marsh@mailhost.example>", "How do I cancel booking #4471",
  """
Hi, how do I cancel pet-sitting booking #4471? We've decided to take the dog with us to Wales
instead. Everything's been great with you, just a change of plan.
""")

C("en", "-", "feature_exists", "asks whether 2FA exists / how to enable",
  "Mina Patel <mina.patel@mailhost.example>", "2FA",
  """
Hello, how do I enable two-factor authentication on my exchange account? I couldn't find it in
settings. Thanks.
""")

C("en", "-", "outlook_quote", "angry old message in Outlook block; new text neutral",
  "Roger Blythe <roger.blythe@mailhost.example>", "RE: Collection times",
  """
Thanks for the new collection calendar. Is the brown bin still Wednesday?

Roger

From: Roger Blythe <roger.blythe@mailhost.example>
Sent: Monday, March 3, 2025 8:12 AM
To: Waste Services <support@example.test>
Subject: Collection times

This is ABSOLUTELY UNACCEPTABLE. Third missed collection. I want to speak to a supervisor and
I've copied the council leader.
""")

C("en", "-", "hypothetical", "would I be able to cancel later",
  "Karen Ibsen <karen.ibsen@mailhost.example>", "Home care trial",
  """
Good afternoon,

We're considering your home care package for my dad. Would I be able to cancel later if he ends
up moving in with us? And is there a minimum term?

Karen Ibsen
""")

C("en", "-", "security_question", "asks for security questionnaire",
  "Ahmed Latif <ahmed.latif@latif-clinic.example>", "Security questionnaire for vendor onboarding",
  """
Hello,

Our compliance team needs your completed vendor security questionnaire and a data processing
agreement before we roll out your lab-kit ordering portal to our patients. Could you send them?

Ahmed Latif
IT Manager, Latif Clinic
""")

C("en", "-", "data_safety_question", "'is my data safe' is a question, not a safety report",
  "Nora Bishop <nora.bishop@mailhost.example>", "Is my data safe?",
  """
Hi, before I upload my DNA kit results to your ancestry section, is my data safe with you? Who
can see it? Thanks.
""")

C("en", "-", "negation", "no data lost, no need to escalate",
  "Pete Gorman <pete.gorman@mailhost.example>", "Follow-up on yesterday",
  """
Hi Sarah,

Just confirming the photo upload worked in the end. No data was lost and there's no need to
escalate anything - it was my phone's storage being full. Thanks for your patience!

Pete
""")

C("en", "-", "journalist_not", "saw ad on social media",
  "Lily Tran <lily.tran@mailhost.example>", "Saw your ad",
  """
Hi! I saw your ad on Instagram for the summer sailing course for teenagers. Are there still
places for the August week? My son is 15.
""")

C("en", "-", "amount_at_threshold", "exactly 5,000 with a problem -> not high_value; problem is a late document, not a dispute",
  "Harold Benn <harold.benn@mailhost.example>", "Wedding venue deposit receipt",
  """
Hello,

We paid the £5,000 deposit for the Old Mill venue two weeks ago, but I haven't had the receipt
yet. Could you send it when you have a moment?

Harold
""")

C("en", "-", "invoice_copy", "request for invoice copy, not dispute",
  "Sunita Verma <sunita.verma@mailhost.example>", "Invoice copy please",
  """
Hi, could you please send me a copy of the invoice for my hearing aid batteries from March? I
need it for my tax return. Thank you!
""")

C("en", "-", "maintenance_question", "planned maintenance question",
  "Colin Rudd <colin.rudd@mailhost.example>", "Maintenance window?",
  """
Hello, is there planned maintenance on the streaming service this weekend? We're hosting a film
night on Saturday and I just want to make sure nothing will be down.
""")

C("en", "-", "manager_word", "'Password Manager' and 'manager' as words",
  "Eva Lindgren <eva.lindgren@mailhost.example>", "Autofill with my password manager",
  """
Hi, I've just started using a password manager. What's the best way to get it to save my login
for your tenant portal - is there an app, or should I use the website? Also, who is the property
manager for Block C now that Daniel left?
""")

C("en", "-", "reported_speech", "neighbour said they'd go to the press; customer doesn't adopt",
  "Gwen Pollard <gwen.pollard@mailhost.example>", "Parking permit for visitors",
  """
Hello,

My neighbour says she's going to ring the local paper about the new visitor permit scheme. I'm
not that bothered myself, I'd just like to know how many visitor days I get per year.

Gwen
""")

C("en", "-", "praise", "sarcasm absent; exclamation and caps praise",
  "Marcus Lee <marcus.lee@mailhost.example>", "BEST. DENTIST. EVER.",
  """
I was terrified of the dentist for 20 years and Dr Amin made my root canal painless. THANK YOU.
""")

C("en", "-", "forwarded", "forwarded angry mail; customer just passes it on for info",
  "Alan Reid <alan.reid@reid-properties.example>", "Fwd: You are a disgrace and I'll see you in court",
  """
Hi support, forwarding this as requested for your records - this is from a tenant of mine and
was resolved yesterday by phone. Nothing needed from you.

Alan

---------- Forwarded message ---------
From: Tenant Flat 3 <tenant3@mailhost.example>
Subject: You are a disgrace and I'll see you in court

The boiler has been broken for a week. You are a disgrace. My lawyer will be in touch.
""")

C("en", "-", "hypothetical", "if the panels were ever to overheat - hypothetical",
  "Stuart Black <stuart.black@mailhost.example>", "Question about the inverter",
  """
Hi, just out of curiosity, what would happen if the inverter ever overheated in summer? Does it
shut itself down? It's in the loft, which gets warm. Nothing wrong at the moment.
""")

C("en", "-", "policy_question", "asks if an SLA for outages exists",
  "Claire Whitmore <c.whitmore@whitmore-design.example>", "SLA for the coworking network",
  """
Hello, do you offer an SLA for internet outages on the private office plan? We're a design
studio and uptime matters to us. Thinking about upgrading.
""")
C("en", "-", "negation", "I'm not going to sue anyone",
  "Rob Kinsella <rob.kinsella@mailhost.example>", "Scratch on the sideboard",
  """
Hi, there's a small scratch on the sideboard after the move, honestly it's nothing, I'm not going
to sue anyone over it! Do you have a touch-up pen the crew could drop off? Thanks, Rob
""")

C("en", "-", "future_promise", "customer's own promise to pay",
  "Diane Foley <diane.foley@mailhost.example>", "Late payment of lesson fees",
  """
Hello,

Sorry, I'm a bit late with this month's driving lesson fees, I got paid late. I promise to pay
the £180 by Friday. Is that okay?

Diane
""")

C("en", "-", "lawyer_professional", "lawyer writing in professional role, not a threat",
  "Victoria Hammond <v.hammond@hammond-legal.example>", "Venue for our firm's summer party",
  """
Dear events team,

I'm a partner at Hammond Legal and I'm organising our firm's summer party for about 60 people.
Could you send availability for Fridays in July and your drinks packages?

Kind regards,
Victoria Hammond
Partner | Head of Litigation
""")

C("en", "-", "chf_amount", "8 400 CHF is not USD/EUR/GBP; question, nothing broken or disputed",
  "Urs Meier <urs.meier@mailhost.example>", "Planters order 2025-118",
  """
Grüezi / hello,

our order 2025-118 (terracotta planters for the hotel terrace, 8 400 CHF) has arrived. The
colour is a little darker than the sample. Is that normal for this clay, or does it lighten
when dry? Just asking, no complaint.

Urs Meier
""")

C("en", "-", "executive_title", "signature: VP title; asks normal question",
  "Carlos Mendes <carlos.mendes@mendes-foods.example>", "Charging points at your dealership",
  """
Hi,

Do you have charging points at the Northfield dealership that visitors can use during a test
drive? Thanks.

Carlos Mendes
VP Operations, Mendes Foods
""")

C("en", "-", "support_phone", "asks normal support phone number, not corporate",
  "Edith Marlow <edith.marlow@mailhost.example>", "Phone number?",
  """
Hello dear, what is the telephone number for your customer service and what time do you open?
I would rather speak to a person about my hearing aid batteries. Thank you, Edith
""")

C("en", "-", "dpa_request", "GDPR compliance question + DPA request",
  "Jakob Steiner <jakob.steiner@steiner-vet.example>", "GDPR compliance",
  """
Hello,

Is your appointment booking system GDPR compliant, and where are the servers located? We'd also
need a signed DPA before we move our veterinary practice onto it.

Jakob Steiner
Manager of IT, Steiner Vet Group
""")

C("en", "-", "mild_disappointment", "'not ideal', polite",
  "Harriet Vale <harriet.vale@mailhost.example>", "Photo book colours",
  """
Hi, the photo book arrived and it's lovely. The colours are slightly warmer than on screen,
which isn't ideal, but I'll know for next time. Is there a colour-proof option for future
orders?
""")

C("en", "-", "quoted_threat", "'El ... escribió' quote in Spanish with threats; new English text is thanks",
  "Miguel Ortega <miguel.ortega@mailhost.example>", "Re: Reembolso",
  """
Hi, switching to English for my wife who reads this too. The refund arrived, thank you very much
for sorting it out so quickly.

El mar, 6 may 2025 a las 9:15, Miguel Ortega <miguel.ortega@mailhost.example> escribió:
> Es la tercera vez que escribo. Si no me devuelven el dinero, voy a denunciarles ante consumo
> y a contarlo en redes sociales. ¡Es una vergüenza!
""")

C("en", "-", "feature_exists", "asks if dark mode exists",
  "Bea Kowalski <bea.kowalski@mailhost.example>", "Does the app have dark mode?",
  """
Hey, does the streaming app have a dark mode somewhere? Couldn't find it. Thanks!
""")

C("en", "-", "account_manager", "'our account manager' existing role",
  "Tom Richter <tom.richter@richter-build.example>", "Meeting with our account manager",
  """
Hi,

Could you ask our account manager, Julia, to send over the updated site plan for the solar
carport before our meeting on Thursday? Thanks.

Tom Richter
""")

C("en", "-", "large_amount_no_problem", "large amount paid, thanks",
  "Miriam Goldberg <miriam.g@mailhost.example>", "Final payment sent",
  """
Hello,

I've transferred the final balance of $11,200 for our daughter's wedding at the Lakeside
Pavilion. Could you confirm receipt? Everyone is so excited!

Miriam
""")

C("en", "-", "reported_speech", "friend's data was lost elsewhere; just a question",
  "Jess Holloway <jess.holloway@mailhost.example>", "Backups",
  """
Hi, a friend of mine lost all her photos with another print company when they shut down. Do you
keep backups of uploaded photos, and for how long? Just want to be prepared.
""")

C("en", "-", "policy_question", "chargeback as policy question",
  "Pavel Horak <pavel.horak@mailhost.example>", "Payment methods",
  """
Hello, do you accept credit card for the boat storage fee, and if so, is there a surcharge?
My bank said card payments give me chargeback protection, so I'd prefer that.
""")

C("en", "-", "second_email", "second email, polite",
  "Fiona Drummond <fiona.drummond@mailhost.example>", "Following up",
  """
Hello again, following up on my email from last week about the Italian conversation class. Is
there still space on Wednesdays? This is only my second email so no rush. Thanks, Fiona
""")

C("en", "-", "praise_sarcasm_absent", "strong positive words ('insanely good')",
  "Nate Porter <nate.porter@mailhost.example>", "new patch",
  """
the new patch is insanely good. the frame rate on my old laptop is finally playable. you guys are
crazy. keep it up
""")

C("en", "-", "hypothetical", "what happens if I get hacked - hypothetical",
  "Olga Petrova <olga.petrova@mailhost.example>", "Insurance for funds?",
  """
Good morning, what happens to my crypto if your exchange is ever hacked? Are customer funds
insured? I'm about to deposit a larger amount and want to understand the risk.
""")

C("en", "-", "job_title", "Directeur commercial signature, english mail",
  "Antoine Bertrand <a.bertrand@bertrand-vins.example>", "Event booking",
  """
Hello,

We would like to book your riverside venue for a wine tasting on 18 October, about 40 guests.
Could you send me your price list?

Antoine Bertrand
Directeur commercial, Bertrand Vins
""")

C("en", "-", "quoted_threat", "Outlook-quoted earlier mail from desk about data breach notice; customer asks follow-up",
  "Sarah Kemp <sarah.kemp@mailhost.example>", "RE: Information about your account",
  """
Thanks for letting me know. I've changed my password as you suggested. Do I need to do anything
else?

Sarah

-----Original Message-----
From: Talentbridge Support <support@example.test>
Sent: Tuesday, 18 March 2025 11:02
Subject: Information about your account

As a precaution we have reset passwords for all candidate accounts following a security review.
""")

C("en", "-", "mild_disappointment", "not acceptable-lite: 'a bit annoying'",
  "Kevin Doyle <kevin.doyle@mailhost.example>", "Marina lounge",
  """
The marina lounge was out of oat milk for the coffee again this week, a bit of a shame when I'm
working from the boat all day. Do you know when the next delivery is? Not a big deal.
""")

C("en", "-", "feature_exists", "can I get reminders? existence question",
  "Gemma Rowe <gemma.rowe@mailhost.example>", "Reminders",
  """
Hi, can I get text reminders for my contact lens check-ups, or is it email only?
""")

C("en", "-", "negation", "won't leave a bad review",
  "Paul Whitby <paul.whitby@mailhost.example>", "Late delivery of the rental van",
  """
Hi, the moving van was 40 minutes late this morning but the driver was lovely and explained the
traffic. I won't be leaving a bad review or anything, just thought you should know the depot
clock might be wrong.
""")

C("en", "-", "ceo_mention_neutral", "mentions their own CEO and 'board' neutrally",
  "Aisha Karim <aisha.karim@karim-partners.example>", "Coworking board room for our board meeting",
  """
Hello,

Our CEO and board will be in town on 22 May. Could we hire your board room from 10 to 4 with
lunch for eight? Please send a quote.

Aisha Karim
Office Manager, Karim Partners
""")

C("en", "-", "technical_howto", "how-to, nothing broken",
  "Liam O'Brien <liam.obrien@mailhost.example>", "How do I add a second driver?",
  """
Hello, how do I add my partner as a second user on our car marketplace account so she can reply
to buyers too? Thanks
""")

C("en", "-", "quoted_threat", "'Le ... a écrit' French quote with threats, English new text neutral",
  "Emma Clarke <emma.clarke@mailhost.example>", "Re: Réservation salle",
  """
Sorry, replying in English! Yes, the 15th works for us, please confirm the booking.

Le 12 juin 2025 à 18:22, Emma Clarke <emma.clarke@mailhost.example> a écrit :
> C'est inadmissible, je veux parler à un responsable et je vais saisir un avocat.
""")

C("en", "-", "large_amount_no_problem", "EUR 45.000 order, delivery slot question",
  "Dirk Jansen <dirk.jansen@jansen-hotels.example>", "Delivery slot for order GC-9902",
  """
Hello,

For our order GC-9902 (EUR 45.000, trees and shrubs for the hotel garden) could you deliver on
the Tuesday instead of the Monday? Our gardeners start that day. Thanks!

Dirk Jansen
""")

C("en", "-", "mild_disappointment", "slightly disappointed with haircut-like service",
  "Mabel Hughes <mabel.hughes@mailhost.example>", "My new glasses",
  """
Hello, I picked up my new glasses yesterday. I'm a tiny bit disappointed the frame feels looser
than the display model, could I pop in to have it adjusted? Thank you.
""")

C("en", "-", "reported_speech", "daughter says she'd complain to regulator; customer doesn't adopt",
  "Arthur Penn <arthur.penn@mailhost.example>", "Care visit times",
  """
Hello,

My daughter keeps saying she'll report you to the care regulator because the visits are at odd
times, but honestly I'm happy with my carers. Could the morning visit be a little earlier, say
8:30 instead of 9:15?

Arthur Penn
""")
# ---------------------------------------------------------------- German hard negatives
C("de", "-", "quoted_threat", "Drohung nur im zitierten 'Am ... schrieb' Block",
  "Heike Ludwig <heike.ludwig@mailhost.example>", "AW: Kaution",
  """
Vielen Dank, das Geld ist heute angekommen. Damit ist die Sache für mich erledigt.

Heike Ludwig

Am 10.03.2025 um 09:41 schrieb Heike Ludwig <heike.ludwig@mailhost.example>:
> Wenn die Kaution nicht bis Freitag zurück ist, schalte ich meinen Anwalt ein und gehe zur
> Verbraucherzentrale.
""")

C("de", "-", "negation", "ich will nicht kündigen",
  "Uwe Hartung <uwe.hartung@mailhost.example>", "Frage zum Vertrag",
  """
Hallo,
keine Sorge, ich will nicht kündigen. Ich möchte nur wissen, ob ich den Stellplatz im Winter
für drei Monate ruhen lassen kann.
Gruß Uwe Hartung
""")

C("de", "-", "policy_question", "Frage zur Erstattung",
  "Katrin Sommer <katrin.sommer@mailhost.example>", "Erstattung bei Krankheit?",
  """
Guten Tag,
wie ist Ihre Regelung zur Erstattung, wenn ich einen Sprachkurs wegen Krankheit abbrechen muss?
Ich überlege, mich für den Abendkurs anzumelden.
Katrin Sommer
""")

C("de", "-", "job_title", "Geschäftsführer in Signatur",
  "Matthias Kühn <m.kuehn@kuehn-bau.example>", "Angebot Besprechungsraum",
  """
Sehr geehrte Damen und Herren,

bitte senden Sie mir ein Angebot für Ihren Besprechungsraum für 12 Personen am 4. November.

Mit freundlichen Grüßen
Matthias Kühn
Geschäftsführer, Kühn Bau GmbH
""")

C("de", "-", "disclaimer", "rechtlicher Hinweis in Signatur",
  "Sandra Albrecht <s.albrecht@albrecht-steuer.example>", "Termin Zahnreinigung",
  """
Hallo,
ich hätte gern einen Termin zur Zahnreinigung, am liebsten Dienstagvormittag.

Sandra Albrecht

Diese E-Mail enthält vertrauliche Informationen. Die unbefugte Weitergabe kann rechtliche
Schritte nach sich ziehen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte
sofort den Absender.
""")

C("de", "-", "hypothetical", "was wäre wenn",
  "Florian Graf <florian.graf@mailhost.example>", "Frage zur Speicherung",
  """
Hallo, was passiert eigentlich mit meinen Fotos, falls ich mein Konto im Fotolabor mal lösche?
Gehen die dann verloren oder kann ich sie vorher herunterladen?
""")

C("de", "-", "mild_disappointment", "etwas enttäuscht",
  "Gisela Braun <gisela.braun@mailhost.example>", "Rosenstock",
  """
Liebes Gartencenter-Team, der Rosenstock ist angekommen, ich bin ein bisschen enttäuscht, dass er
kleiner ist als gedacht, aber er sieht gesund aus. Alles gut!
""")

C("de", "-", "own_ceo", "eigener Chef braucht Bericht",
  "Nina Krause <nina.krause@krause-logistik.example>", "Nutzungsbericht Coworking",
  """
Hallo,
unser Geschäftsführer braucht für die Quartalsrunde eine Übersicht, wie viele Tagespässe unser
Team im dritten Quartal genutzt hat. Können Sie die schicken?
Danke, Nina Krause
""")

C("de", "-", "large_amount_no_problem", "großer Betrag ohne Problem",
  "Jürgen Haas <juergen.haas@mailhost.example>", "Anzahlung PV-Anlage",
  """
Guten Tag,
die Anzahlung über 9.800,00 € für unsere PV-Anlage ist heute raus. Wir freuen uns auf den
Montagetermin im Mai.
Jürgen Haas
""")

C("de", "-", "second_email", "zweite E-Mail",
  "Sabine Kurz <sabine.kurz@mailhost.example>", "Nochmal wegen Impftermin",
  """
Hallo, das ist meine zweite Mail wegen des Impftermins für unsere Katze Mimi - haben Sie schon
einen Termin für nächste Woche? Danke!
""")

C("de", "-", "forwarded", "weitergeleitete Beschwerde nur zur Info",
  "Ralf Winter <ralf.winter@winter-immobilien.example>", "WG: Unverschämtheit - ich kündige!",
  """
Hallo Support, nur zur Info und für die Akte, hat sich erledigt.
Ralf Winter

-------- Weitergeleitete Nachricht --------
Betreff: Unverschämtheit - ich kündige!
Von: Mieter Haus 4 <mieter4@mailhost.example>

Die Heizung ist seit einer Woche kaputt. Eine Unverschämtheit! Ich kündige.
""")

C("de", "-", "praise", "Lob",
  "Helga Lange <helga.lange@mailhost.example>", "Danke!",
  """
Ich möchte mich herzlich bei Frau Dr. Weiß bedanken. Die Hörgeräte sind wunderbar, ich höre die
Vögel wieder. Besser geht es nicht!
""")

C("de", "-", "feature_exists", "fragt ob Funktion existiert",
  "Oliver Marx <oliver.marx@mailhost.example>", "Export der Fahrstunden?",
  """
Hi, kann man in der App die absolvierten Fahrstunden als PDF exportieren? Brauche das fürs
Finanzamt.
""")

C("de", "-", "reported_speech", "Nachbar will klagen; Kunde nicht",
  "Petra Ulrich <petra.ulrich@mailhost.example>", "Parkausweis",
  """
Guten Tag, mein Nachbar will wegen der neuen Anwohnerparkzonen klagen, ich selbst möchte nur
wissen, welche Unterlagen ich für den Ausweis brauche.
Petra Ulrich
""")
# ---------------------------------------------------------------- French hard negatives
C("fr", "-", "quoted_threat", "menace uniquement dans 'Le ... a écrit'",
  "Isabelle Noël <isabelle.noel@courriel.example>", "Re: Dépôt de garantie",
  """
Merci, j'ai bien reçu le virement. Bonne journée !

Le 3 avril 2025 à 10:05, Isabelle Noël <isabelle.noel@courriel.example> a écrit :
> Si je ne reçois pas mon dépôt sous huit jours, je saisis le tribunal et je préviens la presse.
""")

C("fr", "-", "job_title", "Directeur commercial",
  "Philippe Garnier <p.garnier@garnier-sa.example>", "Location de salle",
  """
Bonjour,

pourriez-vous m'indiquer les disponibilités de votre salle de réception pour 80 personnes en
juin ?

Cordialement,
Philippe Garnier
Directeur commercial, Garnier SA
""")

C("fr", "-", "negation", "je ne vais pas résilier",
  "Monique Faure <monique.faure@courriel.example>", "Question abonnement",
  """
Bonjour, je ne compte pas résilier, rassurez-vous ! Je voudrais juste savoir si je peux passer à
la formule deux séances par semaine à l'école de langues.
""")

C("fr", "-", "policy_question", "politique de remboursement",
  "Yann Le Gall <yann.legall@courriel.example>", "Remboursement ?",
  """
Bonjour, quelle est votre politique de remboursement si le stage de voile est annulé pour cause
de météo ? Merci.
""")

C("fr", "-", "hypothetical", "et si",
  "Agnès Colin <agnes.colin@courriel.example>", "Question",
  """
Bonjour, si un jour je voulais arrêter l'abonnement de streaming, est-ce que je garderais l'accès
jusqu'à la fin du mois payé ?
""")

C("fr", "-", "mild_disappointment", "un peu déçue",
  "Hélène Brunet <helene.brunet@courriel.example>", "Tirages photo",
  """
Bonjour, les tirages sont arrivés, je suis un peu déçue par le papier mat, je pensais qu'il serait
plus épais. La prochaine fois je prendrai le brillant. Merci quand même !
""")

C("fr", "-", "praise", "éloge",
  "René Caron <rene.caron@courriel.example>", "Merci pour les obsèques",
  """
Madame, Monsieur, je tiens à vous remercier pour l'organisation des obsèques de mon épouse. Tout
était parfait, d'une grande dignité. Merci du fond du cœur.
""")

C("fr", "-", "large_amount_no_problem", "montant élevé sans problème",
  "Jacques Morel <jacques.morel@courriel.example>", "Acompte véhicule",
  """
Bonjour, je vous confirme le virement de l'acompte de 7 500 € pour le véhicule réservé. Je passe
le chercher samedi. Cordialement.
""")

C("fr", "-", "feature_exists", "demande si la fonction existe",
  "Lucie Vidal <lucie.vidal@courriel.example>", "Rappels SMS",
  """
Bonjour, est-il possible de recevoir les rappels de rendez-vous chez le vétérinaire par SMS ?
""")

C("fr", "-", "reported_speech", "ami dit qu'il irait voir un avocat",
  "Marc Lemoine <marc.lemoine@courriel.example>", "Contrat de stockage",
  """
Bonjour, un ami m'a dit qu'il faudrait consulter un avocat avant de signer un contrat de garde-
meubles, mais je pense que ce n'est pas nécessaire. Pouvez-vous m'envoyer le contrat type ?
""")

C("fr", "-", "second_email", "deuxième message",
  "Céline Picard <celine.picard@courriel.example>", "Relance",
  """
Bonjour, je me permets de vous relancer (deuxième message) concernant le devis pour les
panneaux solaires. Bonne journée.
""")

C("fr", "-", "forwarded", "message transféré, sujet Fwd",
  "Paul Durand <paul.durand@courriel.example>", "TR: Je vais porter plainte !",
  """
Bonjour, je vous transfère ce message de mon locataire pour information, l'affaire est réglée.

-------- Message transféré --------
Objet : Je vais porter plainte !
Le chauffe-eau est en panne depuis 10 jours. Je vais porter plainte et appeler mon avocat.
""")

C("fr", "-", "own_ceo", "notre PDG veut le rapport",
  "Audrey Lemaire <audrey.lemaire@lemaire-group.example>", "Relevé annuel",
  """
Bonjour, notre PDG souhaite recevoir le relevé annuel des locations de bureaux pour le conseil
d'administration. Pouvez-vous me l'envoyer avant jeudi ? Merci.
""")

C("fr", "-", "disclaimer", "avertissement juridique en signature",
  "Nicolas Baron <n.baron@baron-avocats.example>", "Inscription cours d'espagnol",
  """
Bonjour, je souhaiterais inscrire ma fille au cours d'espagnol du samedi matin. Reste-t-il des
places ?

Nicolas Baron
Avocat au barreau de Lyon
Ce message est confidentiel. Toute diffusion non autorisée est susceptible de poursuites.
""")
# ---------------------------------------------------------------- Spanish hard negatives
C("es", "-", "quoted_threat", "amenaza solo en 'El ... escribió'",
  "Jorge Santos <jorge.santos@correo.example>", "Re: Fianza",
  """
Gracias, ya me ha llegado la transferencia. Todo correcto.

El jue, 13 feb 2025 a las 11:20, Jorge Santos (<jorge.santos@correo.example>) escribió:
> Si no me devuelven la fianza esta semana, mi abogado presentará una demanda.
""")

C("es", "-", "negation", "no me voy a dar de baja",
  "Ana Lozano <ana.lozano@correo.example>", "Pregunta",
  """
Hola, no me voy a dar de baja, tranquilos :) solo quiero saber si puedo cambiar mi plan de la
app de citas a trimestral.
""")

C("es", "-", "policy_question", "política de devoluciones",
  "Luis Cortés <luis.cortes@correo.example>", "Devoluciones",
  """
Buenas, ¿cuál es su política de devoluciones para los kits de análisis si no los he abierto?
""")

C("es", "-", "job_title", "Gerente en la firma",
  "Cristina Pascual <c.pascual@pascual-eventos.example>", "Visita al salón",
  """
Hola,
quería concertar una visita al salón para el jueves por la tarde.
Un saludo,
Cristina Pascual
Gerente, Pascual Eventos
""")

C("es", "-", "hypothetical", "hipotética",
  "Rubén Marín <ruben.marin@correo.example>", "Duda sobre el contrato",
  """
Hola, si en algún momento quisiera cancelar el contrato de mantenimiento de las placas, ¿habría
penalización? De momento todo bien.
""")

C("es", "-", "mild_disappointment", "un poco decepcionado",
  "Eva Sanz <eva.sanz@correo.example>", "Plantas",
  """
Hola, las plantas llegaron bien, aunque estoy un poco decepcionada con el tamaño de los olivos.
Nada grave. Gracias.
""")

C("es", "-", "praise", "elogio",
  "Manuel Núñez <manuel.nunez@correo.example>", "¡Gracias!",
  """
Quiero felicitar a la profesora Inés, es la mejor profesora de inglés que he tenido. ¡Un diez!
""")

C("es", "-", "large_amount_no_problem", "importe grande sin problema",
  "Pilar Herrero <pilar.herrero@correo.example>", "Pago del velero",
  """
Buenos días, les confirmo que he realizado la transferencia de 23.000 € por el amarre y el
mantenimiento anual. ¿Me envían la factura? Gracias.
""")

C("es", "-", "feature_exists", "pregunta si existe",
  "Óscar Blanco <oscar.blanco@correo.example>", "¿Modo offline?",
  """
Hola, ¿se pueden descargar las canciones para escucharlas sin conexión?
""")

C("es", "-", "reported_speech", "mi hermano dice que los denunciaría",
  "Silvia Campos <silvia.campos@correo.example>", "Pregunta sobre el presupuesto",
  """
Hola, mi hermano dice que él los denunciaría por lo que tardan los presupuestos, jaja, pero yo
solo quiero saber cuándo me llega el del cambio de embrague.
""")

C("es", "-", "second_email", "segundo correo",
  "Adrián Ruiz <adrian.ruiz@correo.example>", "Segundo correo",
  """
Hola, les escribo por segunda vez por si no les llegó mi consulta sobre las clases de
conducir los sábados. Gracias.
""")

C("es", "-", "forwarded", "reenviado, asunto RV",
  "Carolina Mora <carolina.mora@correo.example>", "RV: ¡Es una vergüenza! Exijo hablar con un supervisor",
  """
Hola, les reenvío este correo de mi madre para que conste, ya está resuelto. Gracias.

---------- Mensaje reenviado ---------
Asunto: ¡Es una vergüenza! Exijo hablar con un supervisor
El cuidador no vino otra vez. ¡Es una vergüenza! Exijo hablar con un supervisor.
""")

C("es", "-", "own_ceo", "nuestro director necesita el informe",
  "Raquel Ibáñez <raquel.ibanez@ibanez-sl.example>", "Informe de uso",
  """
Buenas, nuestro director general necesita el informe de uso de las salas de reuniones del último
trimestre. ¿Me lo pueden mandar? Gracias.
""")

C("es", "-", "data_safety_question", "pregunta sobre seguridad de datos",
  "Miguel Ángel Ríos <miguelangel.rios@correo.example>", "¿Mis datos están seguros?",
  """
Hola, antes de enviar el kit de ADN quería saber si mis datos genéticos están seguros y quién
puede verlos.
""")
# ====================================================================
# Automated mail.  A(kind, lang, note, from, subject, body, headers=..., parts=...)
# ====================================================================
# ---------------------------------------------------------------- auto replies
A("auto_reply", "en", "vacation notice with RFC 3834 headers", "Gareth Pryce <g.pryce@fastmail.example>",
  "Automatic reply: Your deposit query", """
Hi,

I'm away walking in the Brecon Beacons until Monday 21 July with no signal. I'll reply when I'm
back. If it's about the flat, please call my partner on 555-0188.

Gareth
""", headers="""
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
In-Reply-To: <desk-48812@example.test>
""")

A("auto_reply", "en", "out-of-office WITHOUT RFC 3834 headers, only subject", "Rachel Dunmore <rachel.dunmore@dunmore-logistics.example>",
  "Out of Office: Annual statement of our fleet purchases", """
Thank you for your email. I am out of the office on annual leave until 4 August and will have
limited access to email. For anything urgent about fleet purchasing please contact
fleet@dunmore-logistics.example.

Kind regards,
Rachel Dunmore
""")

A("auto_reply", "en", "other company's helpdesk acknowledgement", "Harbourline Helpdesk <helpdesk@harbourline.example>",
  "[HL-#50213] We've received your request", """
Hello,

Thank you for contacting Harbourline. This is an automated message to confirm we have received
your request and a ticket has been created (reference HL-#50213).

Our team usually replies within 2 business days. Please do not reply to this message; replies to
this address are not monitored. To add information, use the link in your ticket portal.

Harbourline Customer Care
""", headers="""
Auto-Submitted: auto-generated
X-Autoreply: yes
Precedence: auto_reply
""")

A("auto_reply", "en", "mailbox not monitored notice, no RFC 3834 headers; quotes legal words generically",
  "No Reply <noreply@boxwise-storage.example>", "This mailbox is not monitored", """
This mailbox is not monitored. Your message has not been read.

If you wish to make a complaint, raise a legal matter or request a call back from a manager,
please use the contact form at https://boxwise-storage.example/contact.
""", trap="trigger_words_in_boilerplate")

A("auto_reply", "en", "parental leave notice", "Sophie Wells <sophie.wells@wells-events.example>",
  "Automatic reply: Venue invoice - wrong package", """
Hello,

I'm on parental leave until January 2026 and won't be checking this inbox. For bookings and
invoices please email my colleague Daniel Osei at daniel.osei@wells-events.example.

Thanks,
Sophie
""", headers="""
Auto-Submitted: auto-replied
X-MS-Exchange-Inbox-Rules-Loop: sophie.wells@wells-events.example
""")

A("auto_reply", "en", "left the company notice, no RFC 3834 headers", "Tom Hale <tom.hale@hale-driving.example>",
  "Tom Hale no longer works at Hale Driving School", """
Tom Hale has left Hale Driving School and this mailbox is no longer in use. Your email has not
been forwarded. For lesson bookings please write to office@hale-driving.example.
""")

A("auto_reply", "en", "vacation auto-reply echoing an angry subject",
  "Lorraine Pike <lorrainepike@mailhost.example>", "Auto: Re: FIFTH EMAIL", """
I'm away until 30 September. I'll deal with your email when I'm back.
Lorraine
""", headers="""
Auto-Submitted: auto-replied
Precedence: bulk
""", trap="trigger_words_in_subject")

A("auto_reply", "en", "ticket acknowledgement from a council, contains 'complaint' wording", "Westbury Council <no-reply@westbury-council.example>",
  "Your enquiry has been received - ref CRM-0091823", """
Dear customer,

Thank you for contacting Westbury Council. Your enquiry has been logged with reference
CRM-0091823. If your message is a formal complaint, it will be handled under our complaints
procedure and you will receive a response within 10 working days.

This is an automated response. Please do not reply.
""", headers="""
Auto-Submitted: auto-generated
""", trap="trigger_words_in_boilerplate")

A("auto_reply", "en", "sick leave OOO, HTML only, no RFC 3834", "Dr Amin <dr.amin@brightsmile-dental.example>",
  "Out of office", """
<html><body><p>I am currently out of the office due to illness and will respond on my return.</p>
<p>For urgent dental matters please call the practice on 555-0102.</p></body></html>
""", html=True)

A("auto_reply", "en", "vacation reply via Gmail style", "Nate Porter <nate.porter@mailhost.example>",
  "Re: Your ticket about the patch", """
Hey - I'm travelling until the 12th with patchy wifi. Will get back to you after that. Cheers, Nate
""", headers="""
Auto-Submitted: auto-replied
X-Autoreply: yes
""")

A("auto_reply", "de", "Abwesenheitsnotiz ohne RFC 3834", "Klaus Brenner <k.brenner@posteo.example>",
  "Abwesenheitsnotiz: Kaution Wohnung Lindenstraße 12", """
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 18. August nicht im Büro und habe
nur eingeschränkten Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
Frau Jäger (555-0131).

Mit freundlichen Grüßen
Klaus Brenner
""")

A("auto_reply", "de", "Eingangsbestätigung anderes Helpdesk, Auto-Submitted", "Kundenservice Autohaus Albers <service@autohaus-albers.example>",
  "Ihre Anfrage [#AA-22918] ist bei uns eingegangen", """
Guten Tag,

vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Nummer #AA-22918 erfasst. Wir
melden uns so schnell wie möglich, in der Regel innerhalb von zwei Werktagen.

Dies ist eine automatisch erzeugte E-Mail. Bitte antworten Sie nicht darauf.

Ihr Autohaus Albers
""", headers="""
Auto-Submitted: auto-replied
Precedence: auto_reply
""")

A("auto_reply", "de", "Elternzeit-Hinweis", "Julia Sauer <julia.sauer@sauer-umzuege.example>",
  "Automatische Antwort: Umzugsschaden", """
Hallo,

ich bin bis Ende März 2026 in Elternzeit. Ihre E-Mail wird nicht weitergeleitet. Bitte wenden
Sie sich an disposition@sauer-umzuege.example.

Viele Grüße
Julia Sauer
""", headers="""
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply
""")

A("auto_reply", "fr", "réponse automatique sans en-têtes RFC 3834", "Sophie Marchand <sophie.marchand@courriel.example>",
  "Réponse automatique : Facture du déménagement contestée", """
Bonjour,

je suis absente jusqu'au 25 août inclus. Je prendrai connaissance de votre message à mon retour.

Cordialement,
Sophie Marchand
""")

A("auto_reply", "fr", "accusé de réception d'une autre société, Auto-Submitted", "Service client Garnier SA <ne-pas-repondre@garnier-sa.example>",
  "Accusé de réception de votre demande n° 77120", """
Bonjour,

nous accusons réception de votre demande n° 77120. Un conseiller vous répondra dans les meilleurs
délais. Merci de ne pas répondre à ce message automatique.

Le service client Garnier SA
""", headers="""
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
""")

A("auto_reply", "fr", "a quitté l'entreprise", "Philippe Garnier <p.garnier@garnier-sa.example>",
  "Absence : Location de salle", """
Philippe Garnier ne fait plus partie de Garnier SA depuis le 1er septembre. Vos messages ne sont
plus lus. Merci d'écrire à contact@garnier-sa.example.
""", headers="""
Auto-Submitted: auto-replied
""")

A("auto_reply", "es", "respuesta automática sin cabeceras", "Javier Morales <javier.morales@correo.example>",
  "Respuesta automática: Fianza del piso", """
Hola,

estoy de vacaciones hasta el 2 de septiembre, sin acceso al correo. Te responderé a la vuelta.

Un saludo,
Javier
""")

A("auto_reply", "es", "acuse de recibo de otro helpdesk, menciona 'reclamación'", "Atención al Cliente Pascual <noreply@pascual-eventos.example>",
  "Hemos recibido su consulta [Ticket #30551]", """
Estimado cliente:

Hemos recibido su consulta y se ha creado el ticket #30551. Si se trata de una reclamación,
nuestro equipo de calidad la revisará en un plazo de 72 horas.

Este es un mensaje automático, por favor no responda.
""", headers="""
Auto-Submitted: auto-replied
Precedence: auto_reply
""", trap="trigger_words_in_boilerplate")

A("auto_reply", "es", "baja por maternidad", "Cristina Pascual <c.pascual@pascual-eventos.example>",
  "Fuera de la oficina: Visita al salón", """
Gracias por su correo. Me encuentro de baja por maternidad hasta febrero. Para visitas y reservas
escriba a reservas@pascual-eventos.example.

Cristina Pascual
""", headers="""
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
""")
# ---------------------------------------------------------------- bounces / DSNs
A("bounce", "en", "Postfix DSN with message/rfc822 original (original quotes a legal threat)",
  "Mail Delivery System <MAILER-DAEMON@mx1.example.test>", "Undelivered Mail Returned to Sender", """
This is the mail system at host mx1.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<kayla.old@retired-mail.example>: host mx.retired-mail.example[192.0.2.61] said:
    550 5.1.1 <kayla.old@retired-mail.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""", headers="""
Return-Path: <>
Auto-Submitted: auto-replied
""", multipart="report; report-type=delivery-status", parts=[
  ("message/delivery-status", """
Reporting-MTA: dns; mx1.example.test
X-Postfix-Queue-ID: 4Qz1K52Lm1z9sWd
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: Tue,  3 Jun 2025 10:02:11 +0000 (UTC)

Final-Recipient: rfc822; kayla.old@retired-mail.example
Original-Recipient: rfc822;kayla.old@retired-mail.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.retired-mail.example
Diagnostic-Code: smtp; 550 5.1.1 <kayla.old@retired-mail.example>: Recipient
    address rejected: User unknown in virtual mailbox table
"""),
  ("message/rfc822", """
From: Lumen Photo Lab Support <support@example.test>
To: kayla.old@retired-mail.example
Subject: Re: my wedding photos
Date: Tue, 3 Jun 2025 10:02:09 +0000
Message-ID: <reply-99812@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Dear Kayla, we are sorry about the prints and will reprint them free of charge.

> you printed HALF my wedding photos green. I will sue you and post it everywhere.
""")], trap="embedded_original_with_triggers")

A("bounce", "en", "Exim failure, single part text, no multipart/report", "Mail Delivery System <Mailer-Daemon@smtp.boatyard.example>",
  "Mail delivery failed: returning message to sender", """
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  henrik.aas@old-sailing.example
    host mx.old-sailing.example [198.51.100.14]
    SMTP error from remote mail server after RCPT TO:<henrik.aas@old-sailing.example>:
    550 No such user here

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
From: Marina Services <support@example.test>
To: henrik.aas@old-sailing.example
Subject: Re: Refit of 'Solveig' - where are we?
Date: Wed, 21 May 2025 08:15:40 +0200
Message-ID: <reply-55120@example.test>

Dear Mr Aas, the rigging has now been ordered.
""", headers="""
Return-Path: <>
Auto-Submitted: auto-replied
X-Failed-Recipients: henrik.aas@old-sailing.example
""")

A("bounce", "en", "Office 365 NDR with HTML part and message/delivery-status", "Microsoft Outlook <postmaster@coleh-law.example>",
  "Undeliverable: Booking the conference room", """
Your message to janet.cole@coleh-law.example couldn't be delivered.

janet.cole wasn't found at coleh-law.example.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
Retype the recipient's address, then resend the message.

Diagnostic information for administrators:
Generating server: DB9PR01MB0001.eurprd01.prod.example
janet.cole@coleh-law.example
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", headers="""
Return-Path: <>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
""", multipart="report; report-type=delivery-status", parts=[
  ("text/html", """
<html><body><p><b>Your message to janet.cole@coleh-law.example couldn't be delivered.</b></p>
<p>janet.cole wasn't found at coleh-law.example.</p></body></html>
"""),
  ("message/delivery-status", """
Reporting-MTA: dns;DB9PR01MB0001.eurprd01.prod.example
Received-From-MTA: dns;mail.example.test
Arrival-Date: Thu, 2 Oct 2025 09:14:03 +0000

Final-Recipient: rfc822;janet.cole@coleh-law.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""),
  ("text/rfc822-headers", """
From: Support <support@example.test>
To: janet.cole@coleh-law.example
Subject: Booking the conference room
Date: Thu, 2 Oct 2025 09:14:01 +0000
Message-ID: <reply-70011@example.test>
""")])

A("bounce", "en", "Gmail DSN style, temporary failure then give up", "Mail Delivery Subsystem <mailer-daemon@googlemail.example>",
  "Delivery Status Notification (Failure)", """
** Address not found **

Your message wasn't delivered to sadie.c@mailhost-old.example because the domain
mailhost-old.example couldn't be found. Check for typos or unnecessary spaces and try again.

The response was:

DNS Error: DNS type 'mx' lookup of mailhost-old.example responded with code NXDOMAIN
Domain name not found: mailhost-old.example
""", headers="""
Return-Path: <>
Auto-Submitted: auto-replied
X-Failed-Recipients: sadie.c@mailhost-old.example
""", multipart="report; report-type=delivery-status", parts=[
  ("message/delivery-status", """
Reporting-MTA: dns; googlemail.example
Received-From-MTA: dns; example.test
Arrival-Date: Mon, 16 Jun 2025 07:41:22 -0700 (PDT)

Final-Recipient: rfc822; sadie.c@mailhost-old.example
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS Error: Domain name not found
Last-Attempt-Date: Mon, 16 Jun 2025 07:41:23 -0700 (PDT)
"""),
  ("message/rfc822", """
From: Support <support@example.test>
To: sadie.c@mailhost-old.example
Subject: Re: all playlists wiped
Date: Mon, 16 Jun 2025 14:41:20 +0000
Message-ID: <reply-61234@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hi Sadie, we restored your playlists from backup.
""")])

A("bounce", "en", "qmail failure notice, plain text with copy of message (copy contains threats)", "MAILER-DAEMON@mx4.oldhost.example",
  "failure notice", """
Hi. This is the qmail-send program at mx4.oldhost.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<farida.k@oldhost.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
From: Rowan Court Lettings <support@example.test>
To: farida.k@oldhost.example
Subject: Re: Heating, again
Message-ID: <reply-30077@example.test>

Dear Ms Karim, the engineer is booked for Thursday.

> When my tenancy is up in October I'm gone. It's shameful how you run this building.
""", headers="""
Return-Path: <>
""", trap="embedded_original_with_triggers")

A("bounce", "en", "Sendmail 'Returned mail: see transcript for details'", "Mail Delivery Subsystem <MAILER-DAEMON@relay.clarion-hearing.example>",
  "Returned mail: see transcript for details", """
The original message was received at Fri, 11 Jul 2025 16:20:33 +0100
from mail.example.test [203.0.113.25]

   ----- The following addresses had permanent fatal errors -----
<oliver@stanhope-family.example>
    (reason: 552 5.2.2 Mailbox full)

   ----- Transcript of session follows -----
... while talking to mx.stanhope-family.example.:
>>> DATA
<<< 552 5.2.2 <oliver@stanhope-family.example>... Mailbox full
554 5.0.0 Service unavailable
""", headers="""
Return-Path: <>
Auto-Submitted: auto-generated
""", multipart="report; report-type=delivery-status", parts=[
  ("message/delivery-status", """
Reporting-MTA: dns; relay.clarion-hearing.example
Received-From-MTA: DNS; mail.example.test
Arrival-Date: Fri, 11 Jul 2025 16:20:33 +0100

Final-Recipient: RFC822; oliver@stanhope-family.example
Action: failed
Status: 5.2.2
Remote-MTA: DNS; mx.stanhope-family.example
Diagnostic-Code: SMTP; 552 5.2.2 <oliver@stanhope-family.example>... Mailbox full
Last-Attempt-Date: Fri, 11 Jul 2025 16:20:35 +0100
"""),
  ("text/rfc822-headers", """
Return-Path: <support@example.test>
From: Clarion Hearing <support@example.test>
To: oliver@stanhope-family.example
Subject: Re: Hearing aid app still not pairing
Date: Fri, 11 Jul 2025 16:20:31 +0100
Message-ID: <reply-41888@example.test>
""")])

A("bounce", "en", "Postfix delayed (warning) DSN, action delayed", "Mail Delivery System <MAILER-DAEMON@mx2.example.test>",
  "Delayed Mail (still being retried)", """
This is the mail system at host mx2.example.test.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<li.wei.tan@tanholdings.example>: connect to mx.tanholdings.example[203.0.113.90]:25:
    Connection timed out
""", headers="""
Return-Path: <>
Auto-Submitted: auto-replied
""", multipart="report; report-type=delivery-status", parts=[
  ("message/delivery-status", """
Reporting-MTA: dns; mx2.example.test
X-Postfix-Queue-ID: 4R8bq12CzPz5Bfl
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: Wed,  8 Oct 2025 05:10:44 +0000 (UTC)

Final-Recipient: rfc822; li.wei.tan@tanholdings.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.tanholdings.example[203.0.113.90]:25:
    Connection timed out
Will-Retry-Until: Mon, 13 Oct 2025 05:10:44 +0000 (UTC)
""")])

A("bounce", "en", "ARF abuse/feedback report", "Feedback Loop <fbl@mailhost.example>",
  "Abuse report for a message from example.test", """
This is an email abuse report for an email message received from IP 203.0.113.25 on
Tue, 5 Aug 2025 12:00:01 +0000. A recipient marked this message as spam.
""", headers="""
Auto-Submitted: auto-generated
""", multipart="report; report-type=feedback-report", parts=[
  ("message/feedback-report", """
Feedback-Type: abuse
User-Agent: MailhostFBL/1.0
Version: 1
Original-Mail-From: <support@example.test>
Arrival-Date: Tue, 5 Aug 2025 12:00:01 +0000
Source-IP: 203.0.113.25
Reported-Domain: example.test
"""),
  ("text/rfc822-headers", """
From: Support <support@example.test>
To: someone@mailhost.example
Subject: Re: dark mode pls
Date: Tue, 5 Aug 2025 11:59:58 +0000
Message-ID: <reply-88123@example.test>
""")])

A("bounce", "en", "Exchange on-prem NDR, plain text", "System Administrator <postmaster@fairview-care.example>",
  "Undeliverable: Request for comment - Fairview Care Homes", """
Your message did not reach some or all of the intended recipients.

      Subject:  Re: Request for comment - Fairview Care Homes
      Sent:     14/05/2025 16:02

The following recipient(s) cannot be reached:

      press@fairview-care.example on 14/05/2025 16:02
            The e-mail account does not exist at the organization this message was sent to.
            <mail.fairview-care.example #5.1.1 smtp;550 5.1.1 User unknown>
""", headers="""
Return-Path: <>
""", trap="trigger_words_in_subject")

A("bounce", "de", "Exchange NDR deutsch", "Microsoft Outlook <postmaster@kuehn-bau.example>",
  "Unzustellbar: Angebot Besprechungsraum", """
Ihre Nachricht an m.kuehn@kuehn-bau.example konnte nicht zugestellt werden.

Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie
es später erneut, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:
Generierender Server: AM6PR10MB2222.eurprd10.prod.example
Remoteserver hat '554 5.2.2 mailbox full' zurückgegeben
""", headers="""
Return-Path: <>
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
""", multipart="report; report-type=delivery-status", parts=[
  ("message/delivery-status", """
Reporting-MTA: dns;AM6PR10MB2222.eurprd10.prod.example
Received-From-MTA: dns;mail.example.test
Arrival-Date: Mon, 3 Nov 2025 08:00:12 +0000

Final-Recipient: rfc822;m.kuehn@kuehn-bau.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full
""")])

A("bounce", "de", "Postfix auf Deutsch lokalisiert (Mailer-Daemon), Original mit Drohung",
  "Mail Delivery System <MAILER-DAEMON@mx.webpost-alt.example>", "Unzustellbare Nachricht zurückgesendet", """
Dies ist das Mailsystem auf dem Rechner mx.webpost-alt.example.

Leider konnte Ihre Nachricht an einen oder mehrere Empfänger nicht zugestellt werden.
Sie ist unten angehängt.

<ute.landgraf@webpost-alt.example>: Benutzer unbekannt (550 5.1.1)
""", headers="""
Return-Path: <>
Auto-Submitted: auto-replied
""", multipart="report; report-type=delivery-status", parts=[
  ("message/delivery-status", """
Reporting-MTA: dns; mx.webpost-alt.example
Arrival-Date: Thu, 10 Apr 2025 09:12:00 +0200

Final-Recipient: rfc822; ute.landgraf@webpost-alt.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 user unknown
"""),
  ("message/rfc822", """
From: Pflegedienst Sonnenhof <support@example.test>
To: ute.landgraf@webpost-alt.example
Subject: AW: Pflegedienst - so nicht!
Date: Thu, 10 Apr 2025 09:11:58 +0200
Message-ID: <reply-21001@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Sehr geehrte Frau Landgraf, es tut uns leid.

> Das ist eine bodenlose Frechheit! Ich kündige den Pflegevertrag.
""")], trap="embedded_original_with_triggers")

A("bounce", "fr", "NDR Exchange en français", "Microsoft Outlook <postmaster@garnier-sa.example>",
  "Non remis : Location de salle", """
Votre message à p.garnier@garnier-sa.example n'a pas pu être remis.

p.garnier est introuvable sur garnier-sa.example.

Informations de diagnostic pour les administrateurs :
Serveur de génération : PR1P264MB0001.FRAP264.PROD.example
Le serveur distant a retourné '550 5.1.10 RESOLVER.ADR.RecipientNotFound'
""", headers="""
Return-Path: <>
Auto-Submitted: auto-replied
""", multipart="report; report-type=delivery-status", parts=[
  ("message/delivery-status", """
Reporting-MTA: dns;PR1P264MB0001.FRAP264.PROD.example
Arrival-Date: Tue, 9 Sep 2025 13:00:00 +0000

Final-Recipient: rfc822;p.garnier@garnier-sa.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound
""")])

A("bounce", "fr", "rapport de non-distribution Exim en français, texte simple", "Mail Delivery System <Mailer-Daemon@mx.courriel-ancien.example>",
  "Échec de distribution du message", """
Ce message a été créé automatiquement par le logiciel de distribution du courrier.

Un message que vous avez envoyé n'a pas pu être remis à un ou plusieurs destinataires.
Il s'agit d'une erreur permanente. L'adresse suivante a échoué :

  nadia.cherif@courriel-ancien.example
    boîte aux lettres inexistante (550 5.1.1)
""", headers="""
Return-Path: <>
X-Failed-Recipients: nadia.cherif@courriel-ancien.example
""")

A("bounce", "fr", "DSN quota dépassé, délai", "MAILER-DAEMON <MAILER-DAEMON@mx.courriel.example>",
  "Notification d'état de distribution (Retard)", """
Ceci est un avertissement. Votre message n'a pas encore pu être remis à
manon.perrin@courriel.example (boîte pleine). Nous réessaierons pendant 3 jours.
""", headers="""
Return-Path: <>
Auto-Submitted: auto-replied
""", multipart="report; report-type=delivery-status", parts=[
  ("message/delivery-status", """
Reporting-MTA: dns; mx.courriel.example

Final-Recipient: rfc822; manon.perrin@courriel.example
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 Mailbox over quota
""")])

A("bounce", "es", "NDR Exchange en español", "Microsoft Outlook <postmaster@ibanez-sl.example>",
  "No se puede entregar: Informe de uso", """
Su mensaje para raquel.ibanez@ibanez-sl.example no se pudo entregar.

No se encontró raquel.ibanez en ibanez-sl.example.

Información de diagnóstico para administradores:
El servidor remoto devolvió '550 5.1.10 RESOLVER.ADR.RecipientNotFound'
""", headers="""
Return-Path: <>
Auto-Submitted: auto-replied
""", multipart="report; report-type=delivery-status", parts=[
  ("message/delivery-status", """
Reporting-MTA: dns;VI1PR06MB0001.eurprd06.prod.example
Arrival-Date: Wed, 15 Oct 2025 10:20:00 +0000

Final-Recipient: rfc822;raquel.ibanez@ibanez-sl.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound
""")])

A("bounce", "es", "rebote qmail localizado, con copia del original con amenaza", "MAILER-DAEMON@mx.correo-viejo.example",
  "Error de entrega", """
Hola. Este es el programa qmail-send en mx.correo-viejo.example.
No he podido entregar su mensaje a las siguientes direcciones.
Es un error permanente; me rindo. Lo siento.

<tomas.aguilar@correo-viejo.example>:
No existe ese buzón. (#5.1.1)

--- Debajo de esta línea hay una copia del mensaje.

From: Mudanzas Rápidas <support@example.test>
To: tomas.aguilar@correo-viejo.example
Subject: Re: Mudanza

Estimado Sr. Aguilar, lamentamos los daños.
> Voy a poner una demanda por los daños.
""", headers="""
Return-Path: <>
""", trap="embedded_original_with_triggers")
# ---------------------------------------------------------------- mailing lists / newsletters / bulk
A("list", "en", "marina newsletter with List-Id and List-Unsubscribe", "Harbourline Marina <news@harbourline.example>",
  "Harbourline News - September: winter lift-out dates", """
Harbourline News - September

Winter lift-out starts 6 October. Book your slot in the berth-holder portal.
The fuel dock will close for maintenance 14-16 October.
Boat jumble: Saturday 25 October, 10:00 by the chandlery.

You are receiving this because you are a berth holder.
Unsubscribe: https://harbourline.example/unsubscribe
""", headers="""
List-Id: Harbourline berth holders <berth-holders.harbourline.example>
List-Unsubscribe: <https://harbourline.example/unsubscribe?u=8812>, <mailto:unsubscribe@harbourline.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
""")

A("list", "en", "marketing mail from a dating app using trigger-like words in copy", "Stellar Dating <hello@stellar-dating.example>",
  "Tired of bad dates? Don't cancel on love - 50% off Premium", """
Tired of awful first dates? Furious about swiping for nothing? We hear you.

This week only: 50% off Premium. Cancel anytime, no questions asked.
"Best dating app I've ever used" - a real member.

Upgrade now: https://stellar-dating.example/premium
Manage preferences or unsubscribe: https://stellar-dating.example/prefs
""", headers="""
List-Unsubscribe: <https://stellar-dating.example/unsub?id=abc123>
Precedence: bulk
X-Campaign-ID: sd-2025-09-premium
""", trap="trigger_words_in_marketing")

A("list", "en", "discussion mailing list digest (player forum) with complaints from others", "starfall-players@lists.starfall.example",
  "Starfall-players Digest, Vol 42, Issue 7", """
Send Starfall-players mailing list submissions to
	starfall-players@lists.starfall.example

Today's Topics:

   1. Server down again?? (grumpy_gnome)
   2. Re: Ban wave - I'm getting a lawyer (Vex)
   3. Patch notes 3.2 (Moderator)

----------------------------------------------------------------------

Message: 1
From: grumpy_gnome
Subject: Server down again??

EU-West has been down for an hour, this is a joke.

------------------------------

Message: 2
From: Vex
Subject: Re: Ban wave - I'm getting a lawyer

Calm down, bans are reviewed within 48h.

_______________________________________________
Starfall-players mailing list
https://lists.starfall.example/listinfo/starfall-players
""", headers="""
List-Id: Starfall players discussion <starfall-players.lists.starfall.example>
List-Unsubscribe: <https://lists.starfall.example/options/starfall-players>, <mailto:starfall-players-request@lists.starfall.example?subject=unsubscribe>
List-Post: <mailto:starfall-players@lists.starfall.example>
Precedence: list
""", trap="trigger_words_in_digest")

A("list", "en", "council bulk notice, Precedence bulk only", "Westbury Council <notifications@westbury-council.example>",
  "Garden waste collections - Christmas changes", """
Dear resident,

Garden waste collections will pause from 22 December to 5 January. Normal collections resume on
your usual day from 6 January. Real Christmas trees can be left next to your green bin.

Westbury Council Waste Services
""", headers="""
Precedence: bulk
Auto-Submitted: auto-generated
""")

A("list", "en", "game publisher newsletter, HTML only", "Ashen Crown <newsletter@ashencrown.example>",
  "Patch 1.5 is live: new raid, cloud-save improvements", """
<html><body><h1>Patch 1.5 is live!</h1>
<p>New raid: The Cinder Vault. Cloud saves are now faster and more reliable.</p>
<p><a href="https://ashencrown.example/unsubscribe">Unsubscribe</a></p></body></html>
""", headers="""
List-Id: <news.ashencrown.example>
List-Unsubscribe: <https://ashencrown.example/unsubscribe?t=55>
Precedence: bulk
""", html=True)

A("list", "de", "Newsletter Gartencenter", "Gartencenter Grünwald <newsletter@gruenwald-garten.example>",
  "Herbstpflanzung: 20 % auf alle Obstbäume", """
Liebe Gartenfreunde,

jetzt ist Pflanzzeit! Bis Sonntag 20 % auf alle Obstbäume und Beerensträucher.
Workshop "Rosenschnitt" am 18. Oktober - jetzt anmelden.

Vom Newsletter abmelden: https://gruenwald-garten.example/abmelden
""", headers="""
List-Id: Gruenwald Newsletter <newsletter.gruenwald-garten.example>
List-Unsubscribe: <https://gruenwald-garten.example/abmelden?k=77>
Precedence: bulk
""")

A("list", "de", "Mailingliste Coworking-Community mit Beschwerde eines Mitglieds (Listenmail)", "Coworking Community <community@lists.kraftwerk-cowork.example>",
  "[kraftwerk-community] WLAN schon wieder weg?!", """
Moin zusammen,

ist bei euch auch das WLAN im 2. OG weg? Das ist jetzt das dritte Mal diese Woche, langsam
reicht es mir echt.

Tim

--
kraftwerk-community Mailingliste
Abmelden: https://lists.kraftwerk-cowork.example/abmelden
""", headers="""
List-Id: <kraftwerk-community.lists.kraftwerk-cowork.example>
List-Unsubscribe: <mailto:kraftwerk-community-leave@lists.kraftwerk-cowork.example>
List-Post: <mailto:community@lists.kraftwerk-cowork.example>
Precedence: list
Sender: kraftwerk-community-bounces@lists.kraftwerk-cowork.example
""", trap="complaint_via_list")

A("list", "de", "Werbemail Fahrschule", "Fahrschule Blitz <info@fahrschule-blitz.example>",
  "Ferienkurs: Führerschein in 3 Wochen", """
Hallo!

Unser Ferien-Intensivkurs startet am 28. Juli. Theorie in einer Woche, Praxis nach Plan.
Jetzt anmelden und 50 € sparen.

Wenn Sie keine Werbung mehr möchten: https://fahrschule-blitz.example/abmelden
""", headers="""
List-Unsubscribe: <https://fahrschule-blitz.example/abmelden?id=42>
Precedence: bulk
""")

A("list", "fr", "lettre d'information école de langues", "École Lingua <lettre@ecole-lingua.example>",
  "Lettre d'information : nouveaux cours du soir", """
Bonjour,

nouveaux cours du soir en italien et en portugais à partir du 15 septembre.
Portes ouvertes samedi 6 septembre.

Se désabonner : https://ecole-lingua.example/desabonnement
""", headers="""
List-Id: <lettre.ecole-lingua.example>
List-Unsubscribe: <https://ecole-lingua.example/desabonnement?u=9>
Precedence: bulk
""")

A("list", "fr", "promo streaming avec mots déclencheurs", "Ciné+Max <promo@cinemax-stream.example>",
  "Résiliez votre ennui : 3 mois offerts !", """
Marre des soirées sans film ? C'est inadmissible !
Profitez de 3 mois offerts sur l'offre Famille. Sans engagement, résiliable à tout moment.

Désinscription : https://cinemax-stream.example/desinscription
""", headers="""
List-Unsubscribe: <https://cinemax-stream.example/desinscription?c=12>
Precedence: bulk
""", trap="trigger_words_in_marketing")

A("list", "es", "boletín del ayuntamiento", "Ayuntamiento de Villaverde <boletin@villaverde.example>",
  "Boletín municipal: nuevas zonas de aparcamiento", """
Estimado vecino:

A partir del 1 de noviembre entran en vigor las nuevas zonas de aparcamiento regulado. Puede
solicitar su distintivo de residente en la sede electrónica.

Darse de baja del boletín: https://villaverde.example/baja
""", headers="""
List-Id: Boletin municipal <boletin.villaverde.example>
List-Unsubscribe: <https://villaverde.example/baja?id=3>
Precedence: bulk
""")

A("list", "es", "publicidad concesionario", "Autos Sol <ofertas@autos-sol.example>",
  "¡Última semana! Financiación al 0 %", """
¡Hola!

Solo esta semana: financiación al 0 % en toda la gama de ocasión. Garantía de 2 años.
Ven a vernos a la Avenida del Puerto 12.

Para dejar de recibir estos correos: https://autos-sol.example/baja
""", headers="""
List-Unsubscribe: <https://autos-sol.example/baja?u=18>
Precedence: bulk
""")

A("list", "es", "lista de correo de un club náutico", "Club Náutico Brisa <socios@lists.cn-brisa.example>",
  "[socios] Regata de otoño - inscripciones", """
Hola a todos:

Ya están abiertas las inscripciones para la regata de otoño del 12 de octubre.

--
Lista socios del Club Náutico Brisa
Baja: socios-baja@lists.cn-brisa.example
""", headers="""
List-Id: <socios.lists.cn-brisa.example>
List-Unsubscribe: <mailto:socios-baja@lists.cn-brisa.example>
Precedence: list
""")

# ---------------------------------------------------------------- read receipts
A("receipt", "en", "MDN multipart/report displayed", "Douglas Kerr <douglas.kerr@mailhost.example>",
  "Read: Re: car service", """
Your message

  To: douglas.kerr@mailhost.example
  Subject: Re: car service
  Sent: Tuesday, 8 April 2025 10:12

was read on Tuesday, 8 April 2025 10:31.
""", multipart="report; report-type=disposition-notification", parts=[
  ("message/disposition-notification", """
Reporting-UA: mailhost.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;douglas.kerr@mailhost.example
Original-Message-ID: <reply-12001@example.test>
Disposition: manual-action/MDN-sent-manually; displayed
""")], trap="trigger_words_in_subject")

A("receipt", "en", "plain 'Read:' notice without report structure", "Nigel Farrow <nigel.farrow@farrowco.example>",
  "Read: Who sits on your board?", """
Your message

  To: Nigel Farrow
  Subject: Who sits on your board?
  Sent: 03/06/2025 14:02

was read on 03/06/2025 14:45.
""")

A("receipt", "en", "MDN deleted without being read (Not read:)", "Geraldine Moss <g.moss@mailhost.example>",
  "Not read: Address for formal correspondence", """
Your message

  To: g.moss@mailhost.example
  Subject: Address for formal correspondence

was deleted without being read on 12/08/2025 09:03.
""", multipart="report; report-type=disposition-notification", parts=[
  ("message/disposition-notification", """
Reporting-UA: mailhost.example; Microsoft Exchange Server
Final-Recipient: rfc822;g.moss@mailhost.example
Original-Message-ID: <reply-77013@example.test>
Disposition: automatic-action/MDN-sent-automatically; deleted
""")])

A("receipt", "de", "Lesebestätigung MDN", "Renate Scholz <renate.scholz@mailhost.example>",
  "Gelesen: Beschwerde Zahnarztpraxis", """
Ihre Nachricht

  An: renate.scholz@mailhost.example
  Betreff: Beschwerde Zahnarztpraxis
  Gesendet: Mittwoch, 14. Mai 2025 09:10

wurde am Mittwoch, 14. Mai 2025 09:55 gelesen.
""", multipart="report; report-type=disposition-notification", parts=[
  ("message/disposition-notification", """
Reporting-UA: mailhost.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;renate.scholz@mailhost.example
Original-Message-ID: <reply-34121@example.test>
Disposition: manual-action/MDN-sent-manually; displayed
""")], trap="trigger_words_in_subject")

A("receipt", "de", "Thunderbird-Empfangsbestätigung, schlicht", "Dieter Schwarz <dieter.schwarz@mailhost.example>",
  "Empfangsbestätigung (angezeigt) - Doppelte Abbuchung Liegeplatz", """
Dies ist eine Empfangsbestätigung für Ihre Nachricht an dieter.schwarz@mailhost.example.

Hinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt wurde. Es gibt
keine Garantie, dass der Inhalt gelesen oder verstanden wurde.
""", multipart="report; report-type=disposition-notification", parts=[
  ("message/disposition-notification", """
Reporting-UA: mailhost.example; Thunderbird 128.3.1
Final-Recipient: rfc822;dieter.schwarz@mailhost.example
Original-Message-ID: <reply-50330@example.test>
Disposition: manual-action/MDN-sent-manually; displayed
""")])

A("receipt", "fr", "accusé de lecture", "Karim Benali <karim.benali@courriel.example>",
  "Lu : Réparation de ma voiture", """
Votre message

  À : karim.benali@courriel.example
  Objet : Réparation de ma voiture
  Envoyé : lundi 2 juin 2025 11:20

a été lu le lundi 2 juin 2025 11:48.
""", multipart="report; report-type=disposition-notification", parts=[
  ("message/disposition-notification", """
Reporting-UA: courriel.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;karim.benali@courriel.example
Original-Message-ID: <reply-60218@example.test>
Disposition: manual-action/MDN-sent-manually; displayed
""")])

A("receipt", "fr", "accusé de lecture texte simple", "Nathalie Girard <nathalie.girard@courriel.example>",
  "Lu : Demande de rappel", """
Votre message à Nathalie Girard a été lu le 17/06/2025 à 08:30.
""")

A("receipt", "es", "confirmación de lectura MDN", "Andrés Gil <andres.gil@correo.example>",
  "Leído: Quiero hablar con un supervisor", """
Su mensaje

  Para: andres.gil@correo.example
  Asunto: Quiero hablar con un supervisor

se leyó el jueves, 24 de abril de 2025 18:02.
""", multipart="report; report-type=disposition-notification", parts=[
  ("message/disposition-notification", """
Reporting-UA: correo.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;andres.gil@correo.example
Original-Message-ID: <reply-90044@example.test>
Disposition: manual-action/MDN-sent-manually; displayed
""")], trap="trigger_words_in_subject")

A("receipt", "es", "leído texto simple", "Elena Vargas <elena.vargas@correo.example>",
  "Leído: Cobro duplicado de la mensualidad", """
Su mensaje para Elena Vargas fue leído el 03/11/2025 a las 10:15.
""", trap="trigger_words_in_subject")

# ---------------------------------------------------------------- self mail (from the desk itself)
A("self", "en", "desk ticket notification quoting the customer's threat", "Customer Support <support@example.test>",
  "[Ticket #48812] New reply from customer: Deposit for flat 4B", """
A customer has replied to ticket #48812.

Customer: Gareth Pryce <g.pryce@fastmail.example>
Excerpt:
> My brother-in-law practises property law in Cardiff and he is drafting a letter to you.

View the ticket: https://desk.example.test/tickets/48812
""", headers="""
Auto-Submitted: auto-generated
""", msgid_domain="escalated.example.test", trap="quoted_customer_threat")

A("self", "en", "escalation summary from escalated@ with trigger names", "Escalated <escalated@example.test>",
  "Daily escalation summary - 14 open", """
Daily escalation summary

legal_threat: 3 open
security_incident: 1 open (crypto account takeover, P1)
severe_dissatisfaction: 7 open
repeat_contact: 3 open

Open the dashboard: https://escalated.example.test/dashboard
""", msgid_domain="escalated.example.test", trap="trigger_words_in_report")

A("self", "en", "desk's own reply looped back (From support@)", "Clarion Hearing Support <support@example.test>",
  "Re: Hearing aid charging case", """
Dear Ms Brückner,

Thank you for letting us know. Please keep the charging case unplugged; a replacement is on its
way and our safety team will collect the old one.

Kind regards,
Clarion Hearing Support
""", to="Hannah Brückner <hannah.b@webpost.example>", trap="desk_reply_about_safety")

A("self", "en", "internal note from agent, Message-ID on escalated domain, From a staff address", "Priya Shah <priya.shah@example.test>",
  "Internal: please call back Mr Pendleton", """
Hi team, can someone senior call Mr Pendleton back today? He is very upset about the chapel.
I've promised a callback before 5pm.

Priya
""", msgid_domain="escalated.example.test", trap="manager_words_in_internal_note")

A("self", "de", "Ticketbenachrichtigung vom Desk", "Kundenservice <support@example.test>",
  "[Ticket #51220] Neue Nachricht: Kaution Wohnung Lindenstraße 12", """
Zu Ticket #51220 ist eine neue Nachricht eingegangen.

Kunde: Klaus Brenner
Auszug:
> Ich habe die Angelegenheit inzwischen meiner Rechtsschutzversicherung gemeldet.

Ticket öffnen: https://desk.example.test/tickets/51220
""", headers="""
Auto-Submitted: auto-generated
""", trap="quoted_customer_threat")

A("self", "de", "Eskalations-Hinweis von escalated@", "Escalated <escalated@example.test>",
  "Eskalation: Ticket #51302 (Datenschutz)", """
Ticket #51302 wurde automatisch eskaliert.
Grund: regulatory, security_incident
Zuständig: Team Datenschutz
""", msgid_domain="escalated.example.test", trap="trigger_words_in_report")

A("self", "fr", "notification du desk", "Service client <support@example.test>",
  "[Ticket #60118] Votre réponse a été envoyée", """
Votre réponse au ticket #60118 (« Mise en demeure - dépôt de garantie ») a été envoyée au client.
""", headers="""
Auto-Submitted: auto-generated
""", trap="trigger_words_in_subject")

A("self", "fr", "résumé hebdomadaire d'escalated", "Escalated <escalated@example.test>",
  "Résumé hebdomadaire des escalades", """
Cette semaine : 12 escalades.
Menaces juridiques : 2. Demandes de responsable : 4. Pannes : 1.
""", msgid_domain="escalated.example.test", trap="trigger_words_in_report")

A("self", "es", "notificación del desk", "Atención al cliente <support@example.test>",
  "[Ticket #70301] Nuevo mensaje del cliente: Mudanza", """
Nuevo mensaje en el ticket #70301.

Cliente: Tomás Aguilar
Extracto:
> Voy a poner una demanda por los daños.
""", headers="""
Auto-Submitted: auto-generated
""", trap="quoted_customer_threat")

A("self", "es", "respuesta del propio desk con Message-ID de escalated", "Equipo de soporte <soporte@example.test>",
  "Re: Me han robado la cuenta", """
Hola Diego:

Hemos bloqueado tu cuenta de forma preventiva y revisado los accesos. Te escribimos en cuanto
terminemos la verificación.

Un saludo,
Equipo de soporte
""", to="Diego Castillo <diego.castillo@correo.example>", msgid_domain="escalated.example.test", trap="desk_reply_about_security")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
