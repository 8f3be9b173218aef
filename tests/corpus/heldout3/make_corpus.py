#!/usr/bin/env python3
# Copyright (c) 2026 the escalated contributors. MIT licence, see README.md.
"""Build the held-out corpus "heldout3" for escalated's trigger classifier.

Every message text below was written by hand.  Running this script (Python 3,
standard library only) writes h3-0001.eml ... and labels.tsv into the folder of
the script, deterministically, and then validates the result.

    python3 make_corpus.py            # build + validate
    python3 make_corpus.py --check    # validate the existing files only
"""
import base64
import binascii
import collections
import datetime
import email
import email.policy
import email.utils
import hashlib
import html
import html.entities
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260303
DESK = "support@example.test"

TRIGGERS = sorted("""legal_threat regulatory manager_request corporate_contact_request
executive_contact security_incident data_loss outage billing_dispute cancellation_threat
media_threat discrimination_harassment safety broken_promise repeat_contact
high_value_order severe_dissatisfaction feature_request technical_issue""".split())
AUTO_KINDS = {"auto_reply", "bounce", "list", "receipt", "self"}
LANGS = {"en", "de", "fr", "es"}
TRAPS = {"title", "quoted", "signature", "negation", "policy_question", "reported",
         "innocuous", "conditional", "other", "-"}

MSGS = []

# Body formats used when a message does not name one (rotating, deterministic).
ROTATION = ["plain", "qp", "alt", "l1", "plain", "html", "b64", "cpqp", "plain",
            "alt", "l15", "qp", "plain", "altb64", "cp"]
CHARSET_OF = {"plain": "utf-8", "flowed": "utf-8", "qp": "utf-8", "b64": "utf-8",
              "l1": "iso-8859-1", "l1qp": "iso-8859-1", "l15": "iso-8859-15",
              "cp": "windows-1252", "cpqp": "windows-1252", "html": "utf-8",
              "htmll1": "iso-8859-1", "alt": "utf-8", "altb64": "utf-8",
              "altcp": "windows-1252", "att": "utf-8"}

MAILERS = [
    ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.8.0"),
    ("X-Mailer", "Apple Mail (2.3774.400.31)"),
    ("X-Mailer", "iPhone Mail (21D61)"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("User-Agent", "Roundcube Webmail/1.6.6"),
    None,
    ("X-Mailer", "Microsoft Outlook 15.0"),
    ("User-Agent", "K-9 Mail for Android"),
    None,
    ("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC121 (Win)/9.0.0_GA_4546)"),
    ("User-Agent", "Evolution 3.50.3"),
]


def _t(body):
    return body.strip("\n") + "\n"


def C(lang, trig, trap, note, frm, subj, body, fmt=None, to=DESK, cc=None, irt=False,
      hdrs=None, attach=None):
    """A customer message written by a person."""
    trig = "-" if trig.strip() == "-" else ",".join(sorted(trig.split()))
    MSGS.append(dict(kind="customer", lang=lang, trig=trig, auto="-", trap=trap, note=note,
                     frm=frm, to=to, cc=cc, subj=subj, body=_t(body), fmt=fmt, irt=irt,
                     hdrs=hdrs or [], attach=attach))


def A(kind, lang, note, frm, subj, body=None, fmt="plain", to=DESK, hdrs=None,
      ctype=None, raw=None, msgid=None, trap="-"):
    """An automated message.  Either a text body (built like customer mail) or a
    hand-written raw MIME body with its Content-Type (DSNs, MDNs)."""
    assert kind in AUTO_KINDS
    MSGS.append(dict(kind="auto", lang=lang, trig="-", auto=kind, trap=trap, note=note,
                     frm=frm, to=to, cc=None, subj=subj,
                     body=_t(body) if body is not None else None, fmt=fmt, irt=False,
                     hdrs=hdrs or [], attach=None, ctype=ctype,
                     raw=_t(raw) if raw is not None else None, msgid=msgid))


# ---------------------------------------------------------------- encoders

def enc_header(value, charset="utf-8"):
    """RFC 2047-encode a header value if it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        pass
    try:
        value.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = "utf-8"
    words, out = value.split(" "), []
    # encode runs of words; Q for Latin charsets, B for utf-8
    chunk = []
    for w in words:
        chunk.append(w)
    text = " ".join(chunk)
    raw = text.encode(charset)
    pieces = []
    if charset == "utf-8":
        # split into pieces of <= 45 bytes on character boundaries
        cur = ""
        for ch in text:
            if len((cur + ch).encode("utf-8")) > 45:
                pieces.append(cur)
                cur = ""
            cur += ch
        pieces.append(cur)
        out = ["=?utf-8?B?%s?=" % base64.b64encode(p.encode("utf-8")).decode() for p in pieces]
    else:
        cur = ""
        for ch in text:
            cur += ch
            if len(cur) >= 22:
                pieces.append(cur)
                cur = ""
        if cur:
            pieces.append(cur)
        for p in pieces:
            q = ""
            for b in p.encode(charset):
                c = chr(b)
                if c == " ":
                    q += "_"
                elif c.isalnum() and b < 128:
                    q += c
                elif c in "!*+-/" and b < 128:
                    q += c
                else:
                    q += "=%02X" % b
            out.append("=?%s?Q?%s?=" % (charset.upper() if charset != "windows-1252" else "windows-1252", q))
    del raw
    return "\n ".join(out)


def enc_addr(addr, charset="utf-8"):
    name, a = email.utils.parseaddr(addr)
    if not name:
        return a
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', ''), a)
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (enc_header(name, charset), a)


def qp(data):
    s = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False)
    return s.decode("ascii")


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def crlf_text(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def text_part(text, charset, cte, subtype="plain", extra=""):
    """Return (headers, body) strings of a leaf part; body str may hold latin chars
    that are written in `charset` (8bit)."""
    if cte == "auto":
        cte = "7bit"
        try:
            text.encode("ascii")
        except UnicodeEncodeError:
            cte = "8bit"
    h = "Content-Type: text/%s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n" % (
        subtype, charset, extra, cte)
    if cte in ("7bit", "8bit"):
        return h, text, charset
    data = crlf_text(text).encode(charset)
    if cte == "quoted-printable":
        return h, qp(data.replace(b"\r\n", b"\n")), "ascii"
    if cte == "base64":
        return h, b64(data), "ascii"
    raise ValueError(cte)


ENT = {c: n for c, n in html.entities.codepoint2name.items()}


def esc(s):
    s = html.escape(s, quote=False)
    out = []
    for ch in s:
        o = ord(ch)
        if o > 127:
            out.append("&%s;" % ENT[o] if o in ENT else "&#%d;" % o)
        else:
            out.append(ch)
    return "".join(out)


OUTLOOK_SEP = re.compile(r"^(_{10,}|-{3,5} ?(Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original) ?-{3,5})\s*$")


def text_to_html(text):
    """Render a hand-written plain-text mail as the HTML a mail client would send:
    paragraphs, <br>, <blockquote type="cite"> for '>' lines, an Outlook bordered
    header block for '____' separators, entities for non-ASCII characters."""
    lines = text.rstrip("\n").split("\n")

    def render(block_lines):
        html_out, para = [], []

        def flush():
            if para:
                html_out.append("<p>" + "<br>\n".join(esc(l) for l in para) + "</p>")
                para.clear()
        i = 0
        while i < len(block_lines):
            ln = block_lines[i]
            if ln.startswith(">"):
                flush()
                q = []
                while i < len(block_lines) and block_lines[i].startswith(">"):
                    l2 = block_lines[i][1:]
                    q.append(l2[1:] if l2.startswith(" ") else l2)
                    i += 1
                html_out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n'
                                + render(q) + "\n</blockquote>")
                continue
            if OUTLOOK_SEP.match(ln):
                flush()
                i += 1
                hdr = []
                while i < len(block_lines) and block_lines[i].strip():
                    m = re.match(r"^([^:]{1,20}?) ?: (.*)$", block_lines[i])
                    if m:
                        hdr.append("<b>%s:</b> %s" % (esc(m.group(1)), esc(m.group(2))))
                    else:
                        hdr.append(esc(block_lines[i]))
                    i += 1
                html_out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                                '<p class="MsoNormal"><span style="font-size:11.0pt;font-family:Calibri,sans-serif">'
                                + "<br>\n".join(hdr) + "</span></p>\n</div>")
                continue
            if ln == "-- ":
                flush()
                html_out.append('<div class="signature">-- <br>\n' +
                                "<br>\n".join(esc(l) for l in block_lines[i + 1:]) + "</div>")
                break
            if not ln.strip():
                flush()
            else:
                para.append(ln)
            i += 1
        flush()
        return "\n".join(html_out)

    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "</head>\n<body>\n<div dir=\"ltr\">\n" + render(lines) + "\n</div>\n</body>\n</html>\n")


def boundary(seed):
    return "----=_Part_%s" % hashlib.sha1(seed.encode()).hexdigest()[:24]


def build_body(m, idx):
    """Return (content-header string, body string, output charset)."""
    fmt = m["fmt"]
    text = m["body"]
    if m.get("raw") is not None:
        return "Content-Type: %s\n" % m["ctype"], m["raw"], "utf-8"
    cs = CHARSET_OF[fmt]
    try:
        text.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    if fmt == "plain":
        return text_part(text, "utf-8", "auto")[:2] + ("utf-8",)
    if fmt == "flowed":
        return text_part(text, "utf-8", "auto", extra="; format=flowed")[:2] + ("utf-8",)
    if fmt in ("qp", "l1qp", "cpqp"):
        return text_part(text, cs, "quoted-printable")
    if fmt == "b64":
        return text_part(text, cs, "base64")
    if fmt in ("l1", "l15", "cp"):
        return text_part(text, cs, "auto")
    if fmt in ("html", "htmll1"):
        h = text_to_html(text)
        if cs != "utf-8":
            h = h.replace("charset=utf-8", "charset=" + cs)
        return text_part(h, cs, "quoted-printable", subtype="html")
    if fmt in ("alt", "altb64", "altcp"):
        cte = "base64" if fmt == "altb64" else "quoted-printable"
        bnd = boundary("alt%d" % idx)
        h1, b1, _ = text_part(text, cs, cte)
        hh = text_to_html(text)
        if cs != "utf-8":
            hh = hh.replace("charset=utf-8", "charset=" + cs)
        h2, b2, _ = text_part(hh, cs, cte, subtype="html")
        body = ("This is a multi-part message in MIME format.\n\n--%s\n%s\n%s\n--%s\n%s\n%s\n--%s--\n"
                % (bnd, h1, b1.rstrip("\n"), bnd, h2, b2.rstrip("\n"), bnd))
        return 'Content-Type: multipart/alternative;\n boundary="%s"\n' % bnd, body, "ascii"
    if fmt == "att":
        fname, ctype, payload = m["attach"]
        if isinstance(payload, str):
            payload = crlf_text(payload).encode("utf-8")
        bnd = boundary("mix%d" % idx)
        h1, b1, c1 = text_part(text, "utf-8", "quoted-printable")
        body = ("--%s\n%s\n%s\n--%s\nContent-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
                "Content-Transfer-Encoding: base64\n\n%s--%s--\n"
                % (bnd, h1, b1.rstrip("\n"), bnd, ctype, fname, fname, b64(payload), bnd))
        return 'Content-Type: multipart/mixed;\n boundary="%s"\n' % bnd, body, "ascii"
    raise ValueError(fmt)


def sender_domain(frm):
    return email.utils.parseaddr(frm)[1].split("@")[-1]


def render_message(m, idx):
    """Serialise one message to CRLF bytes."""
    base = datetime.datetime(2026, 3, 14, 7, 3, tzinfo=datetime.timezone.utc)
    when = base + datetime.timedelta(minutes=53 * idx + (idx * 37) % 29)
    tzs = [0, 60, 60, -300, 120, 60, -480, 0, 60, 330, -360, 100]
    tz = datetime.timezone(datetime.timedelta(minutes=tzs[idx % len(tzs)]))
    date = email.utils.format_datetime(when.astimezone(tz))
    h = hashlib.sha1(("%d|%s|%s" % (idx, m["subj"], m["frm"])).encode()).hexdigest()
    dom = sender_domain(m["frm"])
    msgid = m.get("msgid") or "<%s.%s@%s>" % (h[:12].upper(), h[12:20], dom)
    cs_hdr = CHARSET_OF.get(m["fmt"] or "plain", "utf-8") if m["kind"] == "customer" else "utf-8"
    names = [k.lower() for k, _ in m["hdrs"]]
    out = []
    if "received" not in names:
        ip = ["192.0.2.", "198.51.100.", "203.0.113."][idx % 3] + str(10 + idx % 200)
        out.append("Received: from mail.%s (mail.%s [%s])\n\tby mx1.example.test (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
                   % (dom, dom, ip, h[20:30].upper(), email.utils.parseaddr(m["to"])[1], date))
    for k, v in m["hdrs"]:
        if k.lower() in ("date", "message-id"):
            continue
        out.append("%s: %s" % (k, v))
    out.append("From: " + enc_addr(m["frm"], cs_hdr))
    out.append("To: " + ", ".join(enc_addr(a.strip(), cs_hdr) for a in m["to"].split(",")))
    if m.get("cc"):
        out.append("Cc: " + ", ".join(enc_addr(a.strip(), cs_hdr) for a in m["cc"].split(",")))
    out.append("Subject: " + enc_header(m["subj"], cs_hdr))
    hd = dict((k.lower(), v) for k, v in m["hdrs"])
    out.append("Date: " + hd.get("date", date))
    out.append("Message-ID: " + hd.get("message-id", msgid))
    if m["irt"]:
        ref = "<ticket-%s.%s@escalated.example.test>" % (h[30:36], h[:6])
        out.append("In-Reply-To: " + ref)
        out.append("References: <%s@mail.%s> %s" % (h[6:18], dom, ref) if idx % 2 else "References: " + ref)
    if m["kind"] == "customer":
        mailer = MAILERS[idx % len(MAILERS)]
        if mailer and not any(k.lower() in ("user-agent", "x-mailer") for k, _ in m["hdrs"]):
            out.append("%s: %s" % mailer)
    out.append("MIME-Version: 1.0")
    ch, body, bcs = build_body(m, idx)
    head = "\n".join(out) + "\n" + ch
    data = crlf_text(head).encode("ascii") + b"\r\n"
    if bcs in ("ascii",):
        data += crlf_text(body).encode("ascii")
    else:
        data += crlf_text(body).encode(bcs)
    return data


def is_plain_utf8(m):
    if m.get("raw") is not None:
        return False
    if m["fmt"] not in ("plain", "flowed"):
        return False
    try:
        m["subj"].encode("ascii")
        email.utils.parseaddr(m["frm"])[0].encode("ascii")
    except UnicodeEncodeError:
        return False
    return True

# ===================================================================== DATA
# Texts are written one by one.  Format: C(lang, triggers, trap, note, from,
# subject, body, fmt=...).  Quoted history, signatures and forwarded blocks are
# part of the body exactly as a mail client would show them.

# ------------------------------------------------ English, with triggers (1)

C("en", "outage technical_issue", "-", "whole dashboard returns 502 for every user",
  "Priya Raman <priya.raman@lumenfreight.example>", "Dashboard not loading for anyone on our team",
  """
Hi,

Since about 8:40 this morning none of us can get into the dashboard. Every page
just comes back with a 502 Bad Gateway, on Chrome, Firefox, phones, the office
network and home wifi. Your status page still shows all green.

We have 14 dispatchers sitting idle. Can someone look at this right away?

Priya Raman
Operations, Lumen Freight
""")

C("en", "billing_dispute", "-", "charged twice for same monthly plan",
  "tom.okafor@mailbox.example", "two charges on my card",
  """
hey, just looked at my bank app and theres two payments of 29.99 to you on the 3rd. i only have the one account. can you put one of them back please
""", fmt="plain")

C("en", "legal_threat severe_dissatisfaction", "-", "small-claims threat plus strong anger",
  "Dorothy Fenwick <d.fenwick@oldmill.example>", "Refund for the faulty dehumidifier",
  """
To whom it may concern,

Six weeks ago I returned the dehumidifier (order 55-81723) with your prepaid
label. Your own tracking shows it arrived at your warehouse on the 14th. I
still have not received a penny back.

I have been patient but frankly the way your company treats its customers is
shameful. I have now filled in the small claims form and it will be lodged on
Monday morning unless the £189.00 is in my account before then.

Yours faithfully,
Dorothy Fenwick
""", fmt="l15")

C("en", "manager_request", "-", "asks for a supervisor to call her",
  "Renata Silva <renata@silvaflorals.example>", "Re: Ticket 44120",
  """
Your agent on the phone this morning just went through the same script again
(restart the router, check the cables). That is not helping. Please have a supervisor or
someone more senior call me on 555-0148 today, I'm in the shop until 6.

Renata
""", irt=True)

C("en", "security_incident", "-", "password reset mails not requested, new device login",
  "Gary Lindqvist <gary.l@northpine.example>", "Someone is in my account",
  """
Hello,

I got a "new sign-in from Windows device in Bucharest" notice at 03:12 last
night. I'm on a Mac and I was asleep. Then two password reset emails I did
not ask for. My saved card is on that account. Please lock it and tell me
what they could see.

Gary
""")

C("en", "data_loss technical_issue", "-", "notes disappeared after sync",
  "hannah.b@quillbox.example", "All my notebooks are empty after the update",
  """
Hi Quillbox team,

I updated the desktop app yesterday (4.2.0) and when it finished syncing
every notebook I have is empty. The titles are there but every page inside
is blank, on my phone too now. That's two years of lecture notes. The web
version shows the same. Is there any way to get the old version back from
your side?

Thanks,
Hannah
""")

C("en", "cancellation_threat technical_issue", "conditional", "if the scanner integration isn't fixed by end of month they go elsewhere",
  "Mark Delacroix <mdelacroix@fairwayclinic.example>", "Scanner integration",
  """
Mark here from Fairway Clinic.

The document scanner integration stopped attaching files to patient records
after your update on Tuesday. Files upload, the bar goes to 100 %, and then
nothing is saved to the chart. We've reinstalled the connector twice.

To be straightforward with you: our contract is up on the 31st. If this isn't
working by then, we'll be moving to another practice-management vendor.

Mark Delacroix
Practice Manager
""")

C("en", "media_threat severe_dissatisfaction", "-", "will post a review and video, strong wording",
  "Kyle Brennan <kyleb@brennanfit.example>", "Order 99182",
  """
Three weeks. THREE WEEKS for a set of dumbbells you said ships in 2 days.
Nobody answers the chat, nobody answers email. This is a joke of a company.

I have 40k people watching my training channel and tomorrow's video is going
to be about exactly how you treat your customers, with screenshots. Sort it
out or everyone hears about it.
""", fmt="plain")

C("en", "feature_request", "-", "asks for dark mode on web app",
  "Ines Walker <ines.walker@pixelmint.example>", "small suggestion",
  """
Hi! Love the app, use it every day. One thing: could you add a dark theme to
the web version? The mobile one has it and switching between the two at night
is rough on the eyes. Would really appreciate it.

Ines
""")

C("en", "repeat_contact technical_issue", "-", "fourth email about sync failure",
  "Oliver Grant <o.grant@grantandsons.example>", "Re: Calendar sync failing (again)",
  """
This is now the fourth email I've sent about this and I still haven't had an
actual answer beyond "we're looking into it".

Calendar sync from Outlook fails every night at 02:00 with "token refresh
error 401". Our staff arrive to empty schedules. Logs are attached to the
first ticket.

Oliver Grant
""", irt=True)

C("en", "broken_promise technical_issue", "-", "engineer visit promised, didn't happen, internet still down on one line",
  "Lucy Harrington <lucy.harrington@ivymail.example>", "Engineer visit on Thursday",
  """
Hello,

On the phone last Monday I was told an engineer would come on Thursday
between 8 and 12 to look at the line. I took the morning off work. Nobody
came, nobody rang. The broadband still drops every 10-15 minutes, the router
light goes red and comes back.

Please book a new visit and actually turn up this time.

Lucy Harrington
Account 7781-2290
""")

C("en", "high_value_order", "-", "order of 22,400 USD with wrong items delivered",
  "Devon Pierce <dpierce@summitbuild.example>", "PO 2026-0311 - wrong units delivered",
  """
Hi,

Our PO 2026-0311 for 32 wall-mounted heat pumps (invoice total USD 22,400.00)
was delivered yesterday, but 20 of the units are the 9k BTU model instead of
the 12k BTU we ordered. The crew is on site and can't install.

Please let me know today how you'll swap them. We've not paid the invoice yet
and won't until the right units are here.

Devon Pierce
Procurement, Summit Build Co.
""", fmt="alt")

C("en", "corporate_contact_request executive_contact", "-", "wants the CEO's email to write to him",
  "Martha Quinlan <mquinlan@quinlanlaw.example>", "Contact details",
  """
Could you please give me the email address of your chief executive? I intend
to write to him directly about how my account closure has been handled over
the past month. A postal address for your head office would also be useful.

M. Quinlan
""")

C("en", "executive_contact", "-", "has messaged the VP of customer experience on LinkedIn",
  "Sanjay Patel <sanjay@patelpharmacy.example>", "Still waiting on the refund for the POS terminal",
  """
Hi,

Just so you know, I've sent a message to your VP of Customer Experience on
LinkedIn this morning with the details of this case, since it's been nine days
since the terminal went back and I've heard nothing. Hopefully that moves
things along.

Sanjay
""")

C("en", "discrimination_harassment", "-", "agent mocked her accent on the phone",
  "Amara Nwosu <amara.nwosu@mailhub.example>", "Complaint about a phone call on 4 March",
  """
Good afternoon,

I called your helpline on 4 March around 2pm about my electricity meter reading.
The man I spoke to asked me to repeat myself several times, then imitated my
accent and said "maybe get someone who speaks English to call". I was shocked.

I would like this investigated. I can give you my phone number so you can find
the recording.

Amara Nwosu
""", fmt="qp")

C("en", "safety technical_issue", "-", "charger got hot enough to melt and smoke",
  "Ben Hollis <ben.hollis@fastpost.example>", "Charging dock melted",
  """
Hi, the wireless charging dock I bought from you in January (model CD-20) started
smoking last night on my bedside table. The plastic around the coil has melted
and there is a scorch mark on the wood. My phone was on it. I unplugged it
straight away. Photo attached. This could have started a fire while we were
asleep. What should I do with it?
""", attach=("dock.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256)) * 3 + b"\xff\xd9"))

C("en", "regulatory", "-", "has filed complaint with the Financial Ombudsman",
  "Graham Tulley <gtulley@tulleyhome.example>", "Complaint reference FOS-2026-11823",
  """
Dear Sir or Madam,

As your final response letter did not address the early repayment fee on my
loan, I have referred the matter to the Financial Ombudsman Service. Their
reference is above. You should hear from them shortly.

Regards,
Graham Tulley
""")

C("en", "severe_dissatisfaction", "-", "no trigger except strong anger about attitude",
  "Jo Martell <jomartell@gmail.example>", "your delivery driver",
  """
I have never in my life been spoken to the way your driver spoke to my
elderly neighbour who was only trying to take in my parcel for me. Appalling.
Absolutely appalling behaviour and I'm disgusted that you employ someone like
that.
""", fmt="plain")

C("en", "outage technical_issue severe_dissatisfaction", "-", "payments page down, caps shouting",
  "Rick Alvarez <rick@alvarezcoffee.example>", "CARD PAYMENTS DOWN",
  """
NONE OF OUR CARD READERS HAVE TAKEN A PAYMENT SINCE OPENING. Saturday
morning, queue out the door, and every terminal says "host unavailable". Your
phone line is a recorded message. This is an absolute shambles, I am losing
hundreds every hour.
""")

C("en", "legal_threat high_value_order", "-", "solicitor instructed over 48k contract non-delivery",
  "Eleanor Voss <evoss@vossinteriors.example>", "Contract HV-2291 - delivery failure",
  """
Dear Mr Kendrick,

Further to our call on 2 February, the bespoke joinery under contract HV-2291
(£48,750 + VAT) remains undelivered, eleven weeks past the agreed date. Our
client's hotel opening is now at risk.

Please note that I have today passed the file to our solicitors, Harlow &
Pryce, who will be in contact with your company directly regarding breach of
contract.

Eleanor Voss
Director, Voss Interiors Ltd
""", fmt="cpqp")

C("en", "technical_issue", "-", "CSV export produces garbled characters",
  "wei.zhang@tallyhouse.example", "CSV export shows weird characters",
  """
Hello, when I export the customer list to CSV, all names with accents come out
like "MÃ¼ller" instead of "Müller". Excel and LibreOffice both show it the same.
Export used to be fine in December. Could you check?

Thank you
Wei
""")

C("en", "technical_issue feature_request", "-", "app crashes on attaching photos; also asks for bulk upload",
  "Carla Jimenez <carla.jimenez@tilegrove.example>", "Crash when adding photos + a wish",
  """
Hi there,

Two things.

1) The Android app closes itself every time I try to attach more than 3 photos
to a job report. No error, it just vanishes. Galaxy A54, latest app version.

2) Once that's fixed, a bulk upload from the web would save us a ton of time.
We take 30-40 pictures per bathroom job and doing them one by one is painful.
Any chance you could build that?

Carla
""")

C("en", "billing_dispute cancellation_threat", "-", "charged after cancelling; says they are done with the service",
  "Sophie Adler <sophie.adler@fernmail.example>", "Charged after I cancelled",
  """
Hi,

I cancelled my Plus plan on 28 January (I have the confirmation email,
reference CX-00912) and you still took £14.99 on 1 February and again on
1 March. Please refund both payments.

Honestly after this I'm closing the account completely and won't be back.

Sophie Adler
""", fmt="l1")

C("en", "repeat_contact broken_promise", "-", "third contact; refund promised by Friday not received",
  "Paul Nakamura <paul.nakamura@orbit-mail.example>", "refund still not here",
  """
Hello again,

I'm writing for the third time about the return of order 771203. On 20 Feb
your colleague Jess wrote that the refund would be in my account "by Friday at
the latest". It's now Wednesday the following week and nothing.

Can you please check what's happening?

Paul
""")

C("en", "manager_request severe_dissatisfaction", "-", "outraged, demands someone in charge",
  "Fiona Blake <fiona@blakekennels.example>", "Booking system",
  """
I am honestly livid. I've had one of your agents hang up on me today. I want to
speak with whoever runs your support team, not another first-line person
reading from a script. Call me back, today.

Fiona Blake
""")

C("en", "data_loss", "-", "backups deleted by plan downgrade (policy, not a product fault)",
  "Natalie Okoro <natalie@okorodesign.example>", "Backups gone after plan downgrade",
  """
Hello,

When your sales rep moved us from Business to Starter last week, all our
backups older than 30 days were deleted. Nobody warned us that would happen.
We needed the October snapshots for an audit. Are they recoverable from your
side at all?

Natalie Okoro
""")

C("en", "technical_issue", "-", "smart thermostat reboot loop",
  "Jim Calloway <jim.calloway@homenet.example>", "thermostat keeps restarting",
  """
my thermostat (the round one, TX-3) restarts itself every couple of minutes since the firmware update on monday. shows the logo, gets to the temp screen, then back to the logo. tried factory reset from the app, same thing. heating is stuck on whatever it was set to
""", fmt="plain")

C("en", "cancellation_threat", "-", "will not renew because support slow",
  "Helen Marsh <h.marsh@brightwaterschool.example>", "Renewal",
  """
Dear team,

I'm writing to let you know that Brightwater School will not be renewing our
licence in September. The software itself is fine, but the response times from
support this year have been too slow for a school setting and we've found a
provider that offers phone support.

Kind regards,
Helen Marsh
Business Manager
""", fmt="qp")

C("en", "security_incident", "-", "phishing mail sent from the company's domain",
  "Derek Olsen <derek.olsen@westfieldcpa.example>", "Phishing email from your domain?",
  """
Hi,

Three of our staff got an email this morning from billing@ your domain saying
our invoice was overdue and to "re-enter payment details" at a link that goes
to a site that is definitely not yours. The headers show it passed your SPF.
Looks like someone is sending from your systems. One of my colleagues entered
her card number before we caught it.

Please look into this urgently.

Derek Olsen
IT Manager, Westfield CPA
""")

C("en", "feature_request", "-", "wants API webhooks for refunds",
  "Anton Kovac <anton@kovacdigital.example>", "Webhook for refunds",
  """
Hey folks - we're building our accounting sync on your API. Right now there's a
webhook for new orders and payments, but nothing fires when a refund is issued.
Could you add a refund.created event (with the original order id)? Happy to
test a beta.

Thanks, Anton
""")

C("en", "technical_issue", "quoted", "current text reports a bug; quoted earlier message threatened to cancel and sue",
  "Rachel Moss <rachel.moss@mossbakery.example>", "Re: Re: Online ordering page",
  """
Still broken this morning. The "collect in store" option disappears as soon as
you pick a date, so customers can only choose delivery. Tested on my phone and
laptop.

On Mon, 9 Mar 2026 at 18:02, Rachel Moss <rachel.moss@mossbakery.example> wrote:
> This is the third weekend in a row the ordering page has been down. If it
> happens again we are cancelling and I will be speaking to my solicitor about
> the fees we've paid for nothing.
>
> Rachel
""", irt=True)

C("en", "broken_promise", "-", "promised callback never came",
  "Stuart Bell <stuart.bell@bellplumbing.example>", "Callback",
  """
Morning. Your colleague Aisha said on Friday that someone from accounts would
ring me back Monday about the direct debit date. Nobody did. Could someone
ring please, 0161 496 0733.

Stuart
""")

C("en", "high_value_order technical_issue", "-", "server rack shipment arrived DOA, 14k EUR",
  "Lars Eriksen <lars.eriksen@fjordhosting.example>", "Order SO-88213: 2 of 6 servers dead on arrival",
  """
Hello,

We received order SO-88213 (6x R740 servers, total EUR 14,820.00) on Monday.
Two of them do not POST at all - fans spin up, amber light, nothing on the
console. We've reseated RAM and PSUs. Please arrange replacements; these were
meant to go into production next week.

Best regards,
Lars Eriksen
Fjord Hosting
""")

C("en", "legal_threat", "conditional", "if the deposit isn't returned she'll take them to court",
  "Yasmin Haddad <yasmin.haddad@cedarpost.example>", "Deposit for cancelled holiday booking",
  """
Hi,

I cancelled the Lisbon apartment booking (ref LIS-44019) 62 days before
arrival, which your terms say is a full refund of the €600 deposit. All I get
is that it is "being processed".

If the money isn't back with me within 14 days I will take this to court.

Yasmin
""")

C("en", "outage technical_issue", "-", "can't log in at all, SSO fails for whole company",
  "Noah Fischer <nfischer@castlegate.example>", "login down?",
  """
nobody at castlegate can log in since ~9:15. SSO bounces back to your login page
in a loop. tried 5 different people/browsers. is something down on your end?
""", fmt="plain")

C("en", "feature_request", "-", "asks for export to accounting software",
  "Maeve Connolly <maeve@connollybooks.example>", "Xero export?",
  """
Hello,

We keep our books in Xero and currently retype every invoice from your system.
Is there any chance you'd consider building a direct export to Xero, or even a
Xero-formatted CSV? I know a few other shops in our area would use it too.

All the best,
Maeve
""")

C("en", "discrimination_harassment manager_request", "-", "staff refused service due to wheelchair; wants manager contact",
  "Colin Reeves <colin.reeves@openmail.example>", "What happened at your Leeds store",
  """
Hello,

On Saturday I went to collect a phone from your Leeds store. The assistant
told me the collection desk was "not for wheelchairs" and that I should come
back with someone who could go upstairs. There is a lift. He just didn't want
to deal with me.

I would like a manager to contact me about this, not a generic apology.

Colin Reeves
""")

C("en", "safety", "-", "recalled car seat - asks about recall notice they received",
  "Aisha Karim <aisha.karim@nestmail.example>", "Letter about the Cocoon car seat",
  """
Hello,

We received your letter saying the Cocoon infant seat we bought in November is
part of a safety recall. We use it every day for our daughter. What do we do now, and how quickly can we get a replacement?

Aisha
""")

# ------------------------------------------------ English, with triggers (2)

C("en", "regulatory billing_dispute", "-", "reports overcharge to consumer protection agency",
  "Walter Briggs <wbriggs@lakeside.example>", "Account 300-118-442",
  """
Your company has billed me $212.40 for "equipment rental" on a modem I bought
outright in 2023. It has been on every bill since November.

I've filed a complaint with the state consumer protection division today and
sent them copies of my receipts and your bills.

W. Briggs
""", fmt="plain")

C("en", "regulatory security_incident", "-", "personal data sent to wrong customer; reporting to ICO",
  "Joanna Pike <joanna.pike@ravenmail.example>", "You sent my details to a stranger",
  """
Hello,

Yesterday a woman I've never met phoned me because your company had emailed
HER my renewal letter - with my full name, address, date of birth and the last
digits of my bank account. She was kind enough to tell me.

I am reporting this to the Information Commissioner's Office. I also want to
know how many other people's letters went to the wrong address.

Joanna Pike
""", fmt="qp")

C("en", "regulatory", "-", "alleges GDPR breach: unsubscribe ignored, marketing continues",
  "Tobias Lund <tobias.lund@lundarkitekter.example>", "Still receiving marketing",
  """
Hi,

I unsubscribed from your newsletter in November and again in January using the
link in the footer. I still get two or three promotional emails a week. Under
GDPR you need my consent to keep doing this, and you clearly don't have it
anymore. Please remove me properly.

Tobias
""")

C("en", "corporate_contact_request", "-", "asks for registered head office address and legal department",
  "Pauline Mercer <pmercer@mercerco.example>", "Registered office",
  """
Good morning,

Please send me the postal address of your registered head office and the
email address of your legal department. We are updating the notice addresses
in our supply agreement.

Pauline Mercer
""")

C("en", "corporate_contact_request executive_contact", "-", "wants board contact details in order to write to them",
  "Andre Dubois <andre.dubois@harbourvets.example>", "who do I write to",
  """
Hi - who sits on your board and how do I contact them? I intend to write to
them about what happened with our clinic account. Email addresses or a postal
address for the board would do.

Andre
""", fmt="plain")

C("en", "executive_contact cancellation_threat technical_issue", "-", "cc'd CEO; tracking lag; moving to competitor",
  "Megan Shaw <megan.shaw@shawlogistics.example>", "Our account",
  """
Hi Daniel,

I've copied your CEO, Ms Hartley, on this email because we've reached the end
of the road. Over the last quarter the vehicle positions in your portal have
lagged 20 to 40 minutes behind on most days. We've signed a letter of intent with another telematics
provider and will be migrating our 140 vehicles from April.

Megan Shaw
Fleet Director, Shaw Logistics
""", cc="ceo@example.test")

C("en", "executive_contact media_threat", "-", "has written to CEO and will post publicly",
  "Rob Kettering <rob.kettering@zipline.example>", "Lost luggage claim LHR-22817",
  """
I have today sent a letter to your chief executive by recorded delivery
describing how your claims team has handled my lost suitcase. If I don't get a
proper response from him, the whole story is going on Twitter and to the
consumer pages of the Sunday papers.

Rob Kettering
""", fmt="l1")

C("en", "media_threat", "-", "journalist asking for comment",
  "Clare Donovan <clare.donovan@dailyledger.example>", "Request for comment - Thursday deadline",
  """
Hello,

I'm a reporter with the Daily Ledger working on a piece about customers of
smart-lock companies who were locked out of their homes during last month's
app outage. Several readers contacted us. I'd welcome a comment from your
company on what happened and what has changed since. My deadline is Thursday
at 5pm.

Clare Donovan
Consumer Affairs Correspondent
The Daily Ledger
""")

C("en", "media_threat", "conditional", "will leave public reviews if not resolved",
  "Gemma Little <gemmalittle@puffin.example>", "Wedding dress alteration",
  """
Hi, I picked up my dress today and the hem is uneven by almost 2cm on one side.
The wedding is in 10 days. If this can't be corrected by next week I'll be
leaving an honest review on Google and every wedding forum I'm on.

Gemma
""")

C("en", "discrimination_harassment", "-", "installer made sexual comments",
  "Leah Morgan <leah.morgan@brightmail.example>", "Your installer on 12 March",
  """
Hello,

The engineer who installed our fibre on 12 March made comments about my body
while I was showing him where the router should go and asked twice whether I
lived alone. I felt really unsafe in my own home. I don't want him coming to
this address again and I'd like to know what you are going to do about it.

Leah Morgan
""", fmt="html")

C("en", "discrimination_harassment", "-", "loan refused, customer believes age discrimination",
  "Harold Simms <harold.simms@oakmail.example>", "Card application",
  """
Dear Sirs,

When I rang about my declined credit card application, your advisor told me
that "at your age we don't really lend to people". I am 74, own my home and
have never missed a payment in my life. Refusing me because of my age is
discrimination and I would like a written explanation.

Yours,
Harold Simms
""", fmt="cp")

C("en", "safety technical_issue", "-", "e-bike battery swelled and hissed",
  "Daniel Osei <daniel.osei@velocity.example>", "battery problem",
  """
Hi,

The battery on my e-bike (bought from you in October) is swollen, the casing
has split and it made a hissing noise while charging in the hallway last night.
We moved it outside into the garden. I have two kids in the house and I'm not
putting that back on charge. What do I do next?

Daniel
""")

C("en", "safety technical_issue", "-", "kettle gives electric shock",
  "Irene Walsh <irene.walsh@lilacpost.example>", "Kettle",
  """
I got a shock off the kettle this morning when I touched the metal handle
while it was boiling. Not a small tingle, it made my arm jump. It's the steel
one I bought from your website last month. I've unplugged it and won't use it.
Is this a known thing?
""", fmt="plain")

C("en", "data_loss technical_issue outage", "-", "outage, some orders from the downtime are missing",
  "Kenji Watanabe <kenji@watanabeteas.example>", "Orders missing after yesterday",
  """
Hello,

Your platform was unreachable for us from roughly 14:00 to 16:30 yesterday
(our store showed a blank page). Since it came back, eleven orders that
customers paid for during that window are not in the admin at all. We only
know about them from the payment provider's report.

Can you restore them?

Kenji
""")

C("en", "data_loss", "negation", "contacts lost in shop transfer (no product fault); the negation is about other data",
  "Beatrice Long <bea.long@longfarm.example>", "Contacts after switching phones",
  """
Hi,

When your shop assistant moved my things to the new phone on Saturday,
photos and messages came over fine, no problem there. But every single contact
is gone - 400-odd numbers, some of them for my business. He said it was all
copied. Can anything be done?

Bea
""", fmt="qp")

C("en", "billing_dispute", "-", "chargeback threat over roaming charge",
  "Marco Bellini <marco.bellini@viamail.example>", "roaming charge 87.50",
  """
Hi,

My February bill has €87.50 of "roaming data" from Switzerland. I was in
Switzerland, but I bought your 10 GB Europe pass for exactly that trip and
used less than 3 GB. Please remove the charge. If it's not taken off I'll ask
my bank to reverse the payment.

Marco
""", fmt="cpqp")

C("en", "billing_dispute", "-", "invoice has wrong number of seats",
  "Julia Brandt <julia.brandt@brandtlabs.example>", "Invoice INV-30551",
  """
Hi,

Invoice INV-30551 bills us for 45 seats. We reduced to 30 seats on 2 January
(your admin panel shows 30 active users). The difference is $675. Please send
a corrected invoice.

Thanks,
Julia Brandt
Finance
""")

C("en", "repeat_contact", "-", "keeps writing; 5 emails about address change",
  "Stanley Cho <stanley.cho@kiteflyer.example>", "Address change - 5th email",
  """
Hi,

Fifth email now. I moved in January and I've asked you to update my billing
address every time I've written. Your letters still go to the old flat. New
address: 12 Orchard Row, Flat 3.

Stanley
""", fmt="plain")

C("en", "repeat_contact severe_dissatisfaction manager_request", "-", "third call, contemptuous, wants escalation",
  "Patricia Hale <patricia.hale@haleandco.example>", "Re: Your reference 00418822",
  """
I have phoned you twice and this is my third email, and every single time I'm
told to wait for "a specialist". Your customer service is pathetic.
Take this to someone senior who can actually make a decision.

P. Hale
""", irt=True)

C("en", "broken_promise billing_dispute", "-", "credit promised on next bill not applied, bill wrong",
  "Rosa Marquez <rosa.marquez@cactusmail.example>", "Credit not on my bill",
  """
Hello,

In December I was promised a £40 credit on my January bill for the days without
service. The January bill arrived with no credit - the full £62.99 is charged.
Could you please apply the credit as agreed and reissue the bill?

Thanks
Rosa Marquez
""")

C("en", "high_value_order broken_promise", "-", "wedding venue contract 9,800 GBP, promised revisions not done",
  "Simon Achebe <simon.achebe@eventmail.example>", "Our booking for 14 June",
  """
Dear events team,

We signed the venue contract for 14 June (total £9,800) in January. At the
tasting you promised to send the revised menu and the accessibility plan for
the marquee within a week. That was five weeks ago and we have received
neither. We are now being asked by our guests for details we cannot give.

Please send both documents by Friday.

Kind regards,
Simon Achebe
""", fmt="alt")

C("en", "high_value_order", "-", "annual licence invoice 18,000 USD but licence keys not issued",
  "Greta Holm <greta.holm@holmanalytics.example>", "Invoice paid, still no licences",
  """
Hi,

We paid invoice 2026-0142 for our annual enterprise licence (USD 18,000) on
27 February. Payment confirmation attached in the portal. Nobody has issued the
licence keys yet, and our trial expires on Sunday.

Greta Holm
""")

C("en", "severe_dissatisfaction cancellation_threat", "-", "disgusted; leaving bank",
  "Mohammed Aziz <m.aziz@aziztextiles.example>", "Mortgage application",
  """
Your handling of our mortgage application has been nothing short of
disgraceful. Four months, three lost sets of documents, and today a letter
asking for the same payslips yet again.

We are withdrawing the application and moving our current accounts to
another bank at the end of the month.

Mohammed Aziz
""", fmt="l1")

C("en", "outage technical_issue", "-", "API returns 503 for all calls",
  "Fatima Zahra <fz@routewise.example>", "API 503",
  """
Every call to api v2 has returned HTTP 503 "service unavailable" since 06:10 UTC.
Tried from three regions. Our whole checkout relies on it, so we're dead in the
water. Please confirm you're aware and give an ETA.

Fatima
""", fmt="plain")

C("en", "outage technical_issue", "-", "website and app both unreachable for a utility customer",
  "Glenn Parsons <glenn.parsons@hillmail.example>", "can't pay my bill online",
  """
Hi, your website and your app have both been unreachable since last night, just
a spinning wheel and then "cannot connect to server". Bill is due tomorrow and
I don't want a late fee. Is there another way to pay?
""")

C("en", "technical_issue", "-", "printer prints blank pages after firmware",
  "Ola Nordmann <ola.nordmann@kvist.example>", "printer pages come out blank",
  """
Hello,

Since the firmware update the LX-400 prints every second page blank. Test page
from the printer menu is fine, but anything sent from a PC skips every other
page. Tried USB and network.

Regards
Ola
""", fmt="l15")

C("en", "technical_issue", "-", "two-factor codes never arrive by SMS",
  "Chloe Ramsey <chloe.ramsey@sunmail.example>", "2FA texts not coming through",
  """
hi, the verification texts aren't arriving. I press send code, wait, nothing. Did it 6 times over 2 days. Number on the account is correct. Other texts come in fine. I can still get in on my laptop cos it's remembered but not on the new phone
""")

C("en", "feature_request", "-", "asks for multi-currency support",
  "Ahmed Siddiqui <ahmed@siddiquitrading.example>", "Multi-currency invoices",
  """
Dear team,

We now invoice customers in both GBP and EUR. Your system only allows one
currency per company, so we run two accounts. Please consider adding support
for multiple currencies within one account; I think many exporters would
benefit.

Best regards,
Ahmed Siddiqui
""")

C("en", "feature_request", "-", "asks for calendar to show week numbers",
  "Lena Schultz <lena.schultz@mailpost.example>", "week numbers",
  """
Tiny request from a fan: would you be able to put ISO week numbers down the side
of the month view? Everyone here plans in weeks ("KW 12") and I keep having to
check another calendar. Thanks!
""", fmt="plain")

C("en", "billing_dispute legal_threat regulatory", "-", "debits after cancelling; attorney plus attorney general complaint",
  "Nathan Gold <ngold@goldfamily.example>", "Gym membership cancellation",
  """
I cancelled my membership in writing in November, as your contract requires.
You have continued to debit $64.99 every month. I have forwarded everything to
my attorney and also filed a report with the state Attorney General's office.

Nathan Gold
""", fmt="qp")

# ------------------------------------------------ English, with triggers (3)

C("en", "security_incident technical_issue", "-", "bug shows other customers' invoices",
  "Victor Hale <victor@halebrothers.example>", "I can see other companies' invoices",
  """
Hi,

Heads up and please treat this as urgent: when I open "Documents" in the
customer portal and sort by date, the list includes invoices from at least four
other companies - names, addresses, VAT numbers, amounts. I can open the PDFs.
I haven't downloaded anything beyond one to confirm. Presumably our invoices
are visible to others too.

Victor Hale
""", fmt="alt")

C("en", "security_incident", "-", "card used for purchases after account takeover in travel app",
  "Nadia Petrova <nadia.petrova@wavemail.example>", "bookings I didn't make",
  """
Hello,

There are two hotel bookings on my account in Dubai for next week that I never
made, paid with my saved card. My email address on the profile has also been
changed to one I don't recognise - I only noticed because I was still logged in
on my tablet. Please freeze everything.

Nadia
""")

C("en", "security_incident", "-", "leaked admin keys and customer emails found on paste site",
  "Owen Pritchard <owen.pritchard@kestrelsec.example>", "Your API keys on a public paste",
  """
Hi,

During routine monitoring we found what appear to be live admin API keys for
your platform (prefix sk_live_7Q...) posted on a public paste site on Sunday,
alongside a list of customer email addresses. One of those addresses is ours.
I'm happy to share the URL with your security team privately.

Owen Pritchard
Security Analyst, Kestrel
""")

C("en", "data_loss technical_issue", "-", "photo library corrupted after backup restore",
  "Jade Summers <jade.summers@petalmail.example>", "photos won't open after restore",
  """
hi, restored my phone from your cloud backup after it was replaced and about half my photos are grey squares now, when i tap them it says file is damaged. these are my babys first year photos. please tell me theres another copy somewhere
""", fmt="plain")

C("en", "data_loss technical_issue", "-", "spreadsheet cells wiped after collaborator edit",
  "Hugo Laurent <hugo.laurent@brightledger.example>", "Column data wiped",
  """
Hi,

In our shared budget sheet, columns F to K were blank this morning for all 600
rows. Version history only goes back to 07:02 today, which is already after the
data disappeared. Nobody on our side deleted anything - the last edit in the
log is mine from yesterday and it was a single cell.

Can your team restore the file from a backup?

Hugo
""", fmt="qp")

C("en", "corporate_contact_request", "-", "asks for phone number of head office, not support",
  "Doreen Baxter <doreen.baxter@rosecottage.example>", "Phone number",
  """
I don't want the support line, I've had enough of that. Please give me the
telephone number for your head office switchboard.
""", fmt="plain")

C("en", "corporate_contact_request executive_contact", "-", "asks for email of COO to send complaint",
  "Raj Malhotra <raj@malhotraeats.example>", "Complaint",
  """
Hi,

Can you tell me the email address of your Chief Operating Officer? I want to
send her a complaint directly about how our restaurant's delivery partnership
was ended without notice.

Raj Malhotra
""")

C("en", "executive_contact", "-", "has written to the board chair",
  "Cecilia Wong <cecilia.wong@wongpartners.example>", "Outstanding issues",
  """
Dear support,

For your information, I wrote to the chair of your board yesterday setting out
the history of our account since the migration last autumn. I would be
grateful if you could add this to our file.

Regards,
Cecilia Wong
""")

C("en", "media_threat", "-", "blogger threatens to write an article",
  "Jamie Fox <jamie@thefrugalnest.example>", "My blog",
  """
I write a fairly popular personal-finance blog and I'm drafting a post about
my experience switching energy supplier to you. So far it isn't flattering:
two months without a bill and then a catch-up bill. Before I publish, I'm
giving you the chance to explain.
""")

C("en", "media_threat cancellation_threat", "-", "posting on Reddit + switching provider",
  "Liam Carter <liam.carter@bytemail.example>", "fibre contract",
  """
seriously done with this. 6 weeks no install date. posting the whole thread on reddit tonight and going with another provider, you can close my order
""", fmt="plain")

C("en", "discrimination_harassment", "-", "agent used homophobic slur",
  "Chris Adeyemi <chris.adeyemi@limemail.example>", "Complaint about chat agent",
  """
During a live chat yesterday (transcript ID C-5521093), after I mentioned my
husband was the other name on the account, your agent replied with a homophobic
slur and then ended the chat. I have the screenshot. I expect this to be taken
seriously.

Chris Adeyemi
""", fmt="b64")

C("en", "discrimination_harassment", "-", "collections agent sending threatening messages",
  "Tanya Ruiz <tanya.ruiz@papayamail.example>", "Messages from your collections person",
  """
Hi,

Someone from your collections team has been texting me from a personal number,
late at night, saying things like "we know where you work" and that he will
"come and collect in person". I am on a payment plan and have not missed a
payment. This is harassment and it needs to stop.

Tanya Ruiz
""")

C("en", "safety technical_issue", "-", "space heater tip-over switch not working, scorched carpet",
  "Peter Van Dijk <peter.vandijk@polder.example>", "Heater did not switch off",
  """
Good evening,

Our dog knocked over the oil-free heater (HB-2000) tonight and it kept running
on its face. The tip-over switch is meant to cut the power. By the time we
noticed there was a burning smell and a scorched patch on the carpet. Someone
could have been hurt. I'm sending it back and I think you should test others
from the same batch.

Peter Van Dijk
""", fmt="cp")

C("en", "safety technical_issue", "-", "toy lights got hot and burned child",
  "Emma Clarke <emma.clarke@robinmail.example>", "LED star projector",
  """
Hi,

My 5-year-old got a small burn on her hand from the star projector night light.
The top of it gets really hot after about half an hour - too hot to hold. It's
meant for children's rooms! We've stopped using it.

Emma
""")

C("en", "broken_promise", "-", "promised delivery date for sofa missed",
  "Alan Fitch <alan.fitch@fitchhome.example>", "Sofa delivery",
  """
Your store assured me when I paid that the sofa would be delivered before
Christmas. It's now the middle of January and the delivery date on my account
still says "to be confirmed". Please give me an actual date.

Alan Fitch
""")

C("en", "broken_promise technical_issue", "-", "fix promised in next release not there",
  "Sven Olafsson <sven@olafsson-it.example>", "Re: LDAP group sync",
  """
Hi,

Back in January you told us the LDAP nested-group bug would be fixed in 7.3.
We installed 7.3 yesterday and nested groups still don't sync - users in
sub-groups get no permissions at all. Same error in the log as before.

Sven
""", irt=True, fmt="l1")

C("en", "repeat_contact technical_issue", "-", "several chats and emails, set-top box freezing",
  "Grace Liu <grace.liu@yarrowmail.example>", "TV box freezing",
  """
Hello. I have now contacted you three times via chat and once by email about the
TV box freezing every evening. Picture stops, sound carries on, then it reboots.
Each time I'm told to unplug it for 30 seconds. It doesn't help. Can I have a
replacement box please.

Grace
""")

C("en", "high_value_order", "-", "order of EUR 6,250 arrived incomplete, unresolved",
  "Iris Novak <iris.novak@novakdental.example>", "Order 4471 - chairs",
  """
Dear sales team,

Our order 4471 for five treatment chair upholstery kits (EUR 6,250.00 total)
arrived with only three kits in the boxes, although the delivery note says
five. Please send the missing two kits or credit the difference on the
invoice.

Iris Novak
""")

C("en", "high_value_order severe_dissatisfaction", "-", "catering order 7,300 GBP disaster, strong words",
  "Bernard Shaw <bernard@shawevents.example>", "Catering for the Hargreaves gala",
  """
The catering for Saturday's gala (our booking, £7,300) was a catastrophe. Food
arrived 90 minutes late, half the vegetarian dishes were missing, and your staff
left before clearing. I have organised events for twenty years and have never
been so embarrassed in front of a client. It was utterly unacceptable on every
level and I expect a substantial refund.

Bernard Shaw
""", fmt="cpqp")

C("en", "manager_request", "-", "wants a call from the head of billing",
  "Margaret Oduya <m.oduya@oduyahomes.example>", "Direct debit mix-up",
  """
Hello,

I'd like the head of your billing team, or someone at that level, to ring me
about our direct debit. The front-line staff have been polite but they can't
change anything. Mornings are best.

Margaret Oduya
""")

C("en", "manager_request technical_issue", "-", "VPN client broken after update, wants escalation",
  "Ethan Brooks <ethan.brooks@brooksmedia.example>", "VPN client 5.1 breaks DNS",
  """
Hi,

After updating to VPN client 5.1, DNS stops resolving on every Mac in our
office as soon as the tunnel is up. Rolling back to 5.0.4 fixes it. The first
agent closed the ticket saying "works for us".

Please pass this up to a senior engineer or your support lead - we've spent
two days on it already.

Ethan Brooks
""")

C("en", "legal_threat", "-", "lawyer will send letter about defamation in review response",
  "Gordon Pell <gordon.pell@pellroofing.example>", "Your reply to our listing review",
  """
The public reply your company posted under the review of our roofing business
calls us "known fraudsters". That is false and damaging. My lawyer is drafting
a letter to you today. Remove it.

Gordon Pell
""", fmt="plain")

C("en", "cancellation_threat billing_dispute", "conditional", "price increase charged against contract; will terminate if not reversed",
  "Alicia Romero <alicia.romero@romerostudio.example>", "March invoice",
  """
Hello,

Our contract fixes the price at $49 per month until December 2026. The March
invoice charges $69 with a note about "updated pricing". Please reissue it at
the agreed price. If the new price stays on the invoice, we'll terminate the
contract and take our studio's bookings elsewhere.

Alicia Romero
""")

C("en", "technical_issue", "quoted", "short current text reports bug; quoted Outlook block from customer's boss with threats",
  "Kevin Marsh <kevin.marsh@marshmotors.example>", "RE: Stock import",
  """
Hi,

The stock import still fails at row 2,048 every time with "Unexpected token".
Smaller files import fine. Sample file is in the ticket.

Kevin

________________________________
From: Diane Marsh <diane.marsh@marshmotors.example>
Sent: Monday, March 9, 2026 4:12 PM
To: Kevin Marsh <kevin.marsh@marshmotors.example>
Subject: Stock import

Kevin, if they can't sort this out this week tell them we're going to a
different supplier, and I want the name of their managing director.
""", fmt="html")

# ------------------------------------------------ German, with triggers

C("de", "technical_issue outage", "-", "Kassensystem komplett offline",
  "Jürgen Bäcker <j.baecker@baeckerei-hoffmann.example>", "Kassen gehen nicht",
  """
Hallo,

seit heute früh um 6 Uhr kommt an allen drei Kassen nur noch "Keine Verbindung
zum Server". Auch im Browser erreichen wir das Backoffice nicht. Wir kassieren
gerade mit Block und Stift. Bitte dringend melden!

Jürgen Bäcker
Bäckerei Hoffmann
""", fmt="l1")

C("de", "legal_threat billing_dispute", "-", "doppelte Abbuchung, Anwalt eingeschaltet",
  "Sabine Kröger <sabine.kroeger@posteo-mail.example>", "Doppelte Abbuchung Rechnung 2026-0117",
  """
Sehr geehrte Damen und Herren,

von meinem Konto wurde der Betrag von 89,90 € für die Rechnung 2026-0117 zweimal
abgebucht (am 02.02. und am 04.02.). Trotz meiner Nachricht vom 10.02. ist bis
heute keine Rückzahlung erfolgt.

Ich habe die Angelegenheit inzwischen meinem Rechtsanwalt übergeben.

Mit freundlichen Grüßen
Sabine Kröger
""", fmt="l15")

C("de", "cancellation_threat technical_issue", "conditional", "wenn Fehler nicht behoben, Kündigung",
  "Matthias Weber <m.weber@weber-steuer.example>", "Belegupload hängt",
  """
Guten Tag,

der Belegupload bleibt seit Ihrem Update bei jeder PDF über 2 MB bei 99 %
hängen. Unsere Mandanten beschweren sich schon.

Sollte das bis Ende nächster Woche nicht laufen, kündigen wir den Vertrag zum
nächstmöglichen Termin.

Freundliche Grüße
Matthias Weber
""", fmt="qp")

C("de", "manager_request repeat_contact", "-", "drei Mitarbeiter kontaktiert, möchte Teamleitung",
  "Ingrid Sommer <ingrid.sommer@t-mail.example>", "Rückruf gewünscht",
  """
Guten Tag,

ich habe jetzt mit drei verschiedenen Mitarbeitern gesprochen und jeder erzählt
mir etwas anderes zu meinem Tarifwechsel. Ich bitte darum, dass mich jemand aus
der Teamleitung zurückruft. Tel. 030 5550 1923, vormittags.

Ingrid Sommer
""")

C("de", "regulatory", "-", "Beschwerde bei Bundesnetzagentur",
  "Klaus Dietrich <klaus.dietrich@dietrich-online.example>", "Anschluss Kundennummer 44901872",
  """
Sehr geehrte Damen und Herren,

seit sieben Wochen warte ich auf die Portierung meiner Rufnummer. Ich habe
heute eine Beschwerde bei der Bundesnetzagentur eingereicht und Ihre bisherigen
Schreiben beigefügt.

Mit freundlichen Grüßen
Klaus Dietrich
""", fmt="cp")

C("de", "regulatory security_incident technical_issue", "-", "Fehler im Portal zeigt fremde Patientendaten, Meldung an Datenschutzbehörde",
  "Dr. Anja Lorenz <a.lorenz@praxis-lorenz.example>", "Patientendaten im Buchungsportal sichtbar",
  """
Sehr geehrtes Support-Team,

über den Link in der Terminbestätigung kann man durch Ändern der Nummer in der
Adresse die Termine fremder Patienten samt Namen, Geburtsdatum und Grund des
Besuchs aufrufen. Ich habe das heute mit zwei Testterminen nachgeprüft.

Das ist eine schwere Datenschutzverletzung. Ich werde den Vorfall unserer
Landesdatenschutzbehörde melden und erwarte bis morgen eine Stellungnahme.

Dr. Anja Lorenz
""", fmt="alt")

C("de", "data_loss technical_issue", "-", "Kundendaten nach Migration weg",
  "Tobias Krämer <tobias@kraemer-events.example>", "Kundenstamm nach Umstellung leer",
  """
Hallo zusammen,

nach der Umstellung auf die neue Version ist unser kompletter Kundenstamm weg,
ca. 2.300 Einträge. Die Suche findet nichts, die Liste ist leer. Export von
gestern haben wir leider keinen. Könnt ihr das aus einer Sicherung
zurückholen?

Gruß Tobias
""")

C("de", "broken_promise severe_dissatisfaction repeat_contact", "-", "vierte Mail, zugesagte Gutschrift fehlt, Frechheit",
  "Helga Brandt <helga.brandt@web-post.example>", "Wo bleibt meine Gutschrift???",
  """
Das ist jetzt meine vierte E-Mail zu diesem Thema!!! Niemand antwortet, niemand
ruft zurück. So eine Frechheit habe ich noch nie erlebt. Ich erwarte die
Gutschrift über 45 Euro, die mir am Telefon fest zugesagt wurde, endlich auf
meinem Konto.
""", fmt="plain")

C("de", "high_value_order", "-", "Maschinenbestellung 27.800 EUR falsch konfiguriert",
  "Stefan Maier <s.maier@maier-metallbau.example>", "Auftrag 2026-3381 falsche Ausführung",
  """
Sehr geehrte Damen und Herren,

die gestern gelieferte Abkantpresse aus Auftrag 2026-3381 (Auftragswert
27.800,00 € netto) ist mit 2.500 mm Arbeitslänge gekommen, bestellt war laut
Auftragsbestätigung 3.100 mm. Wir können sie so nicht einsetzen.

Bitte teilen Sie uns kurzfristig mit, wann die richtige Maschine kommt.

Mit freundlichen Grüßen
Stefan Maier
Einkauf
""", fmt="l1qp")

C("de", "safety technical_issue", "-", "Wasserkocher/Heizlüfter raucht",
  "Petra Vogel <petra.vogel@gmx-mail.example>", "Heizlüfter hat geraucht",
  """
Guten Abend,

der Heizlüfter, den ich im Dezember bei Ihnen gekauft habe, hat heute Abend
angefangen zu qualmen und es roch stark verbrannt. Der Stecker war danach
richtig heiß und leicht verschmort. Zum Glück war ich im Raum. Ich will das
Gerät zurückgeben und wüsste gern, ob andere Kunden das auch hatten.

Petra Vogel
""", fmt="l15")

C("de", "executive_contact", "-", "hat dem Vorstand geschrieben",
  "Rainer Hofmann <r.hofmann@hofmann-immobilien.example>", "Ihr Zeichen KD-88123",
  """
Sehr geehrte Damen und Herren,

da ich von Ihrer Kundenbetreuung seit Wochen keine verbindliche Aussage erhalte,
habe ich mich heute schriftlich an Ihren Vorstandsvorsitzenden gewandt.

Mit freundlichen Grüßen
Rainer Hofmann
""")

C("de", "corporate_contact_request", "-", "fragt nach Anschrift der Geschäftsleitung",
  "Monika Seidel <monika.seidel@seidel-kanzlei.example>", "Anschrift",
  """
Guten Tag,

bitte teilen Sie mir die Postanschrift Ihrer Hauptverwaltung sowie
eine direkte E-Mail-Adresse der Geschäftsleitung mit.

Danke und Gruß
M. Seidel
""")

C("de", "media_threat", "conditional", "droht mit Bewertungen und Presse",
  "Uwe Schäfer <uwe.schaefer@freenet-mail.example>", "Küchenmontage",
  """
Hallo,

die Küchenmonteure haben die Arbeitsplatte mit einer 3 cm Lücke zur Wand
eingebaut und sind dann gegangen. Wenn das nicht bis Freitag korrigiert wird,
gehe ich damit an die Lokalzeitung und schreibe überall Bewertungen.

Uwe Schäfer
""", fmt="l1")

C("de", "discrimination_harassment", "-", "Mitarbeiter rassistisch beleidigt",
  "Ayşe Yılmaz <ayse.yilmaz@mailbox-de.example>", "Beschwerde über Ihren Mitarbeiter",
  """
Sehr geehrte Damen und Herren,

in Ihrer Filiale am Hauptbahnhof hat mich ein Mitarbeiter am Samstag beim
Umtausch meines Handys rassistisch beleidigt ("bei euch Leuten weiß man ja nie,
ob das gestohlen ist"). Andere Kunden haben es gehört. Ich erwarte eine
Entschuldigung und dass Sie Konsequenzen ziehen.

Ayşe Yılmaz
""")

C("de", "broken_promise", "-", "versprochener Rückruf kam nicht",
  "Frank Zimmermann <frank.zimmermann@zimmermann-bau.example>", "Rückruf",
  """
Hallo, mir wurde am Dienstag am Telefon zugesagt, dass mich bis Mittwoch
jemand aus der Abrechnung zurückruft. Bis heute hat sich niemand gemeldet.
Gruß F. Zimmermann
""", fmt="plain")

C("de", "feature_request", "-", "wünscht Export nach DATEV",
  "Lea Hartmann <lea.hartmann@hartmann-design.example>", "Wunsch: DATEV-Export",
  """
Hallo liebes Team,

wir sind sehr zufrieden mit der Software! Ein Wunsch hätten wir: Könntet ihr
einen Export im DATEV-Format einbauen? Unsere Steuerberaterin fragt jeden
Monat danach und wir basteln das bisher per Hand.

Viele Grüße
Lea
""")

C("de", "feature_request technical_issue", "-", "App stürzt ab, dazu Wunsch nach Widget",
  "Niklas Braun <niklas.braun@posteo-mail.example>", "App-Absturz + Idee",
  """
Hi,

die App stürzt bei mir jedes Mal ab, wenn ich im Kalender auf "Woche" wechsle
(Pixel 7, Android 14). Und wenn ihr schon dabei seid: ein Widget für den
Homescreen mit den nächsten drei Terminen wäre super.

Niklas
""", fmt="b64")

C("de", "security_incident", "-", "Konto gehackt, Bestellungen nicht von ihm",
  "Werner Kühn <werner.kuehn@alice-mail.example>", "Fremde Bestellungen in meinem Konto",
  """
Guten Tag,

in meinem Kundenkonto sind zwei Bestellungen über Spielkonsolen, die ich nicht
aufgegeben habe. Lieferadresse ist irgendwo in Polen. Mein Passwort wurde
offenbar geändert, ich komme nur noch über "Passwort vergessen" rein. Bitte
stornieren Sie die Bestellungen und sperren Sie das Konto.

Werner Kühn
""", fmt="cpqp")

C("de", "cancellation_threat severe_dissatisfaction", "-", "unverschämt, kündigt",
  "Gabriele Koch <gabi.koch@web-post.example>", "Kündigung",
  """
Ihr Kundenservice ist eine absolute Katastrophe. Drei Monate lang keine
Antwort auf meine Fragen zum Umzug. Hiermit kündige ich meinen Stromvertrag zum nächstmöglichen
Zeitpunkt. Bestätigen Sie mir das schriftlich.

G. Koch
""")

C("de", "technical_issue", "quoted", "neuer Text nur Fehler; zitierte alte Mail droht mit Anwalt",
  "Martin Schulz <martin.schulz@schulz-transporte.example>", "AW: Fehlermeldung Tourenplanung",
  """
Hallo Frau Berger,

der Fehler tritt weiterhin auf: beim Speichern einer Tour mit mehr als 25 Stopps
kommt "Interner Fehler 0x17". Screenshot anbei in Ihrem Ticket.

Gruß
Martin Schulz

-----Ursprüngliche Nachricht-----
Von: Martin Schulz <martin.schulz@schulz-transporte.example>
Gesendet: Freitag, 6. März 2026 17:45
An: support@example.test
Betreff: Fehlermeldung Tourenplanung

Wenn das nächste Woche wieder nicht geht, schalte ich unseren Anwalt ein und
wir kündigen. Das ist jetzt das dritte Mal, dass ich schreibe.
""", fmt="altcp", irt=True)

C("de", "outage technical_issue repeat_contact", "-", "Internet seit Tagen weg, dritter Anruf",
  "Sebastian Wolf <sebastian.wolf@wolf-home.example>", "Internet seit Montag tot",
  """
servus, internet geht seit montag gar nicht mehr, router blinkt nur rot. hab jetzt 3 mal bei der hotline angerufen und jetzt schreib ich halt noch ne mail. ich arbeite von zuhause, bitte schickt endlich einen techniker
""", fmt="plain")

C("de", "high_value_order broken_promise", "-", "Möbel für Büro 12.450 EUR, zugesagter Liefertermin verpasst",
  "Claudia Neumann <c.neumann@neumann-architekten.example>", "Lieferung Büromöbel Auftrag 88120",
  """
Sehr geehrte Damen und Herren,

für unseren Auftrag 88120 (Büroausstattung, Gesamtbetrag 12.450 €) wurde uns
die Lieferung verbindlich für den 2. März zugesagt. Es kam niemand, und auf
unsere Anrufe gibt es nur Vertröstungen. Unsere Mitarbeiter sitzen auf
Klappstühlen.

Bitte nennen Sie uns einen festen Termin.

Claudia Neumann
""", fmt="l15")

C("de", "manager_request severe_dissatisfaction", "-", "Skandal, will Vorgesetzten",
  "Dieter Lang <dieter.lang@lang-gartenbau.example>", "Beschwerde",
  """
Was Sie sich hier leisten, ist ein Skandal. Ich verlange, dass sich Ihr
Vorgesetzter persönlich bei mir meldet, und zwar heute noch.

Dieter Lang
""")

# ------------------------------------------------ French, with triggers

C("fr", "billing_dispute", "-", "prélèvement en double",
  "Céline Martin <celine.martin@orange-mail.example>", "Prélèvement en double",
  """
Bonjour,

Je constate sur mon relevé deux prélèvements de 34,99 € le 5 mars pour mon
abonnement mobile. Je n'ai qu'une seule ligne. Merci de me rembourser le
prélèvement en trop.

Cordialement,
Céline Martin
""", fmt="l1")

C("fr", "broken_promise legal_threat", "conditional", "enlèvement promis jamais fait ; tribunal si pas de remboursement",
  "Philippe Garnier <p.garnier@garnier-conseil.example>", "Commande 20260214-77",
  """
Madame, Monsieur,

Le canapé commandé le 14 février m'a été livré dans un coloris qui n'est pas
celui de ma commande. Votre service après-vente m'a promis un enlèvement qui n'a
jamais eu lieu.

Sans remboursement intégral sous quinze jours, je saisirai le tribunal
judiciaire.

Veuillez agréer mes salutations distinguées.
Philippe Garnier
""", fmt="l15")

C("fr", "manager_request", "-", "demande à parler à un responsable",
  "Nathalie Roux <nathalie.roux@laposte-mail.example>", "Dossier 558812",
  """
Bonjour,

Cela fait trois semaines que mon dossier de résiliation de box est "en cours de
traitement". Je souhaite qu'un responsable du service client me rappelle
directement, pas un conseiller de plus.

Nathalie Roux
""")

C("fr", "regulatory", "-", "plainte à la CNIL",
  "Julien Lefèvre <julien.lefevre@free-mail.example>", "Demande d'accès à mes données",
  """
Bonjour,

Le 3 janvier, je vous ai demandé une copie de toutes les données personnelles
que vous détenez sur moi (article 15 du RGPD). Plus de deux mois après, aucune
réponse. J'ai donc déposé une plainte auprès de la CNIL ce matin.

Julien Lefèvre
""", fmt="qp")

C("fr", "outage technical_issue", "-", "plateforme inaccessible, erreur 500",
  "Sandrine Petit <s.petit@atelier-petit.example>", "Site inaccessible depuis ce matin",
  """
Bonjour,

Impossible d'accéder à notre espace depuis 9h : toutes les pages affichent
"Erreur 500 - Internal Server Error". Nos trois boutiques ne peuvent plus
prendre de réservations. Pouvez-vous nous dire quand ce sera rétabli ?

Merci,
Sandrine Petit
""", fmt="alt")

C("fr", "broken_promise cancellation_threat severe_dissatisfaction", "-", "raccordement promis non fait, scandaleux, résilie",
  "Bernard Moreau <bernard.moreau@wanadoo-mail.example>", "Résiliation",
  """
C'est scandaleux. Quatre mois sans fibre malgré vos promesses de raccordement,
et vous continuez à m'envoyer des publicités. Je résilie mon contrat et je
pars chez un concurrent. Honteux.

B. Moreau
""", fmt="plain")

C("fr", "data_loss technical_issue", "-", "photos disparues du cloud",
  "Amélie Fournier <amelie.fournier@sfr-mail.example>", "Mes photos ont disparu",
  """
Bonjour,

Depuis la mise à jour de l'application hier soir, tous mes albums de 2023 et
2024 ont disparu de mon espace de stockage, sur le téléphone comme sur le site.
Il reste seulement les photos de cette année. Est-ce que vous pouvez les
récupérer ? Ce sont les photos de mariage de ma sœur.

Merci d'avance,
Amélie
""")

C("fr", "security_incident", "-", "connexions suspectes sur compte bancaire",
  "Luc Girard <luc.girard@banque-mail.example>", "Connexion inconnue",
  """
Bonjour,

J'ai reçu cette nuit une notification de connexion à mon espace client depuis
un appareil que je ne connais pas, puis un virement de 450 € vers un compte que
je n'ai jamais ajouté. Je n'ai donné mes codes à personne. Merci de bloquer
mon accès et de me rappeler.

Luc Girard
""", fmt="cpqp")

C("fr", "media_threat", "-", "journaliste demande un commentaire",
  "Hélène Bertrand <h.bertrand@le-quotidien.example>", "Demande d'interview - panne de janvier",
  """
Bonjour,

Je suis journaliste au Quotidien du Centre et je prépare un article sur la
panne qui a privé plusieurs communes de téléphone fixe fin janvier. Pourriez-vous
me mettre en relation avec votre service de presse ou me faire parvenir une
déclaration d'ici jeudi ?

Bien cordialement,
Hélène Bertrand
""")

C("fr", "media_threat broken_promise", "conditional", "promesse de livraison non tenue, menace réseaux sociaux si pas de réponse",
  "Karim Benali <karim.benali@mail-fr.example>", "livraison frigo",
  """
bonjour on m'avait garanti la livraison du frigo samedi entre 8h et 13h, personne n'est venu et personne n'a prévenu. j'ai jeté pour 80 euros de courses. si j'ai pas de réponse aujourd'hui je mets tout sur facebook et sur les avis google
""", fmt="plain")

C("fr", "executive_contact corporate_contact_request", "-", "demande l'adresse du PDG pour lui écrire",
  "Odile Lambert <odile.lambert@lambert-assoc.example>", "Coordonnées",
  """
Madame, Monsieur,

Pourriez-vous me communiquer l'adresse électronique de votre président-directeur
général ? Je souhaite lui exposer moi-même la manière dont notre association a
été traitée.

Cordialement,
Odile Lambert
""")

C("fr", "corporate_contact_request", "-", "veut l'adresse du siège social",
  "Vincent Chevalier <v.chevalier@chevalier-avocats.example>", "Adresse du siège",
  """
Bonjour,

Merci de m'indiquer l'adresse postale de votre siège social ainsi que les
coordonnées de votre service juridique.

V. Chevalier
""")

C("fr", "discrimination_harassment", "-", "refus de location à cause du nom",
  "Mamadou Diallo <mamadou.diallo@mail-fr.example>", "Refus de location de véhicule",
  """
Bonjour,

Samedi à votre agence de Lyon Part-Dieu, l'employée m'a refusé la location
alors que ma réservation était payée. Quand j'ai demandé pourquoi, elle a dit
devant d'autres clients que "avec ce nom-là on demande une caution double".
C'est de la discrimination et je souhaite une réponse écrite.

Mamadou Diallo
""", fmt="l1")

C("fr", "safety technical_issue", "-", "trottinette batterie surchauffe",
  "Émilie Rousseau <emilie.rousseau@mail-fr.example>", "Trottinette qui chauffe",
  """
Bonjour,

La batterie de ma trottinette électrique (modèle S2, achetée en novembre) devient
brûlante pendant la charge et hier soir une odeur de plastique fondu a envahi
l'entrée. J'ai peur que ça prenne feu. Que dois-je faire ?

Émilie
""", fmt="l15")

C("fr", "repeat_contact technical_issue", "-", "troisième message, imprimante",
  "Gérard Blanc <gerard.blanc@blanc-imprimerie.example>", "Toujours le même problème",
  """
Bonjour,

C'est la troisième fois que je vous écris : le traceur affiche "Erreur tête 0x4B"
à chaque démarrage depuis la mise à jour du micrologiciel. Aucune réponse à mes
deux premiers messages.

Gérard Blanc
""")

C("fr", "high_value_order", "-", "commande de 9 200 € incomplète",
  "Isabelle Fontaine <i.fontaine@fontaine-hotels.example>", "Commande n° 4410-B",
  """
Bonjour,

Notre commande n° 4410-B (literie pour 20 chambres, montant 9 200 € TTC) a été
livrée sans les 20 surmatelas. Notre réouverture est prévue lundi. Merci de
nous indiquer une date de livraison du complément.

Isabelle Fontaine
Directrice, Hôtel des Tilleuls
""", fmt="alt")

C("fr", "feature_request", "-", "souhaite mode hors ligne",
  "Thomas Mercier <thomas.mercier@mail-fr.example>", "Suggestion",
  """
Bonjour,

J'utilise votre appli de relevés de chantier et elle me plaît beaucoup. Est-ce
qu'il serait envisageable d'ajouter un mode hors connexion ? En sous-sol on n'a
jamais de réseau et je dois tout ressaisir en remontant.

Merci !
Thomas
""")

C("fr", "broken_promise", "-", "remboursement promis non reçu",
  "Sophie Dubois <sophie.dubois@mail-fr.example>", "Remboursement",
  """
Bonjour,

Le 12 février, votre conseillère m'a assuré que le remboursement des 120 € serait
effectué sous 5 jours ouvrés. Nous sommes le 10 mars et je n'ai toujours rien.

Sophie Dubois
""", fmt="qp")

C("fr", "technical_issue", "-", "application bancaire plante au virement",
  "Antoine Morel <antoine.morel@mail-fr.example>", "Appli qui se ferme",
  """
Bonjour, l'appli se ferme toute seule dès que je valide un virement. J'ai
réinstallé, même chose. iPhone 13, iOS 17.3. Merci de regarder.
""", fmt="plain")

C("fr", "severe_dissatisfaction", "-", "colère forte, inadmissible",
  "Monique Perrin <monique.perrin@mail-fr.example>", "Votre technicien",
  """
Votre technicien est arrivé avec trois heures de retard, a laissé de la boue
partout dans mon salon et n'a même pas dit bonjour. C'est honteux,
je suis hors de moi. Je n'ai jamais vu un tel mépris.

Monique Perrin
""", fmt="cp")

C("fr", "technical_issue", "quoted", "texte actuel signale un bug ; l'historique cité contient une menace de résiliation",
  "Pauline Garnier <pauline.garnier@garnier-traiteur.example>", "Re: Synchronisation des stocks",
  """
Bonjour,

La synchro fonctionne de nouveau pour les produits, mais les variantes (tailles)
restent à zéro sur la boutique en ligne. Pouvez-vous vérifier ?

Pauline

Le lun. 2 mars 2026 à 10:14, Pauline Garnier <pauline.garnier@garnier-traiteur.example> a écrit :
> Si la synchronisation n'est pas réparée cette semaine, nous résilions
> l'abonnement et je veux parler à votre directeur.
""", irt=True)

C("fr", "outage technical_issue cancellation_threat", "conditional", "panne totale, résiliera si ça recommence",
  "Loïc Henry <loic.henry@henry-logistique.example>", "Encore une coupure",
  """
Bonjour,

Votre plateforme est encore tombée ce matin de 7h à 10h30, personne chez nous
n'a pu se connecter. Si ça se reproduit ce mois-ci, nous mettrons fin au
contrat.

Loïc Henry
""")

# ------------------------------------------------ Spanish, with triggers

C("es", "billing_dispute", "-", "cobro de un servicio no contratado",
  "María López <maria.lopez@correo-es.example>", "Cargo que no reconozco",
  """
Hola,

En mi factura de febrero aparece un cargo de 12,50 € por "Pack Deportes" que yo
nunca he contratado. Os pido que lo anuléis y me devolváis el importe.

Gracias,
María López
""", fmt="l1")

C("es", "legal_threat", "-", "abogado y demanda",
  "Javier Ortega <javier.ortega@ortega-reformas.example>", "Fianza del alquiler de maquinaria",
  """
Buenos días:

Devolví la retroexcavadora el 3 de febrero en perfecto estado y siguen sin
devolverme la fianza de 1.800 €. Mi abogado ya tiene toda la documentación y
va a presentar una demanda la semana que viene.

Javier Ortega
""", fmt="qp")

C("es", "manager_request", "-", "quiere hablar con un supervisor",
  "Lucía Fernández <lucia.fernandez@correo-es.example>", "Quiero hablar con alguien responsable",
  """
Hola, llevo toda la mañana al teléfono y me pasan de un agente a otro. Por favor
que me llame alguien con capacidad de decisión, un jefe de equipo o quien sea.
Mi número es el 600 555 218.

Lucía
""")

C("es", "regulatory", "-", "reclamación ante consumo y AEPD",
  "Andrés Gil <andres.gil@correo-es.example>", "Llamadas comerciales",
  """
Buenas tardes:

Pese a estar inscrito en la Lista Robinson y haberles pedido por escrito que me
borren de sus campañas, me siguen llamando dos veces al día. He presentado una
reclamación ante la Agencia Española de Protección de Datos.

Andrés Gil
""", fmt="cp")

C("es", "outage technical_issue", "-", "no funciona la plataforma de pagos",
  "Carmen Ruiz <carmen.ruiz@tiendaruiz.example>", "TPV virtual caído",
  """
Hola,

Desde las 11:00 ningún cliente puede pagar en nuestra tienda online: la pasarela
devuelve "Error 503 servicio no disponible" en todos los intentos. Hemos perdido
ya una docena de pedidos. ¿Sabéis algo?

Carmen
""", fmt="alt")

C("es", "cancellation_threat severe_dissatisfaction", "-", "vergonzoso, se da de baja",
  "Rafael Moreno <rafa.moreno@correo-es.example>", "baja",
  """
Es vergonzoso como tratais a los clientes. Tres semanas esperando a que
instaleis la linea fija y nadie me da una fecha. Quiero darme de baja ya y me voy a otra compañia.
""", fmt="plain")

C("es", "data_loss technical_issue", "-", "facturas borradas tras actualización",
  "Elena Navarro <elena.navarro@navarro-asesores.example>", "Han desaparecido las facturas de enero",
  """
Buenos días,

Después de la actualización del programa de facturación, todas las facturas
emitidas en enero han desaparecido del listado. Los números siguen ocupados
pero no hay documentos. Necesito presentar el IVA la semana que viene.

Elena Navarro
""")

C("es", "security_incident", "-", "le han robado la cuenta",
  "Diego Ramírez <diego.ramirez@correo-es.example>", "Me han hackeado la cuenta",
  """
hola me han cambiado la contraseña y el correo de mi cuenta y no puedo entrar, alguien ha comprado dos tarjetas regalo con mi saldo. por favor bloqueadla ya
""", fmt="plain")

C("es", "media_threat", "conditional", "amenaza con redes sociales",
  "Paula Castro <paula.castro@correo-es.example>", "Pedido 55120",
  """
Hola,

El vestido que pedí para la boda llegó dos tallas más grande que la que marqué.
Como no me lo cambiéis antes del jueves, pienso contarlo en Instagram y en
TikTok con todas las capturas.

Paula
""")

C("es", "executive_contact", "-", "ha escrito al consejero delegado",
  "Alberto Serrano <alberto.serrano@serrano-abogados.example>", "Expediente 2026/0412",
  """
Estimados señores:

Les informo de que hoy he remitido una carta a su consejero delegado
describiendo la gestión de nuestro expediente durante los últimos tres meses.

Atentamente,
Alberto Serrano
""")

C("es", "corporate_contact_request", "-", "pide dirección de la sede central",
  "Pilar Romero <pilar.romero@correo-es.example>", "Dirección de la sede",
  """
Hola, ¿me podéis dar la dirección postal de vuestra sede central y el teléfono de
las oficinas corporativas? No el de atención al cliente, por favor.

Gracias
""")

C("es", "discrimination_harassment", "-", "trato vejatorio por edad",
  "Rosario Vidal <rosario.vidal@correo-es.example>", "Queja sobre su oficina de Sevilla",
  """
Buenos días:

Ayer en su oficina de la avenida de la Constitución la empleada se negó a
ayudarme con la aplicación y me dijo delante de todos que "a su edad mejor que
venga con un nieto". Tengo 71 años y sé perfectamente usar un móvil. Me sentí
humillada y quiero que conste mi queja por discriminación.

Rosario Vidal
""", fmt="l15")

C("es", "safety technical_issue", "-", "patinete/cargador echa chispas",
  "Óscar Molina <oscar.molina@correo-es.example>", "El cargador echa chispas",
  """
Hola, el cargador del portátil que os compré echó chispas al enchufarlo y saltó
el diferencial de casa. El cable está ennegrecido junto al conector. Por poco
me quemo la mano. ¿Cómo lo devuelvo?
""", fmt="b64")

C("es", "broken_promise", "-", "visita del técnico prometida no realizada",
  "Nuria Blanco <nuria.blanco@correo-es.example>", "Visita del técnico",
  """
Hola,

El jueves me confirmaron por teléfono que el técnico vendría el lunes por la
mañana para instalar el aire acondicionado. Me quedé en casa y no vino nadie
ni llamó nadie. ¿Cuándo viene?

Nuria
""")

C("es", "repeat_contact", "-", "cuarta vez que escribe",
  "Ramón Herrera <ramon.herrera@correo-es.example>", "Cambio de titular",
  """
Buenas, esta es la cuarta vez que os escribo para el cambio de titular del
contrato de la luz. Os he mandado el DNI y la escritura tres veces ya. ¿Qué más
necesitáis?

Ramón
""")

C("es", "high_value_order", "-", "pedido de 15.600 € entregado incompleto, sin resolver",
  "Beatriz Santos <beatriz.santos@santos-construcciones.example>", "Pedido 2026-118 incompleto",
  """
Buenos días:

Del pedido 2026-118 (azulejos y porcelánico para la promoción de Valdemoro,
importe total 15.600 €) solo han llegado 40 de los 65 palés. Tenemos a la
cuadrilla parada. Necesitamos saber hoy cuándo llega el resto.

Un saludo,
Beatriz Santos
Jefa de compras
""", fmt="l1qp")

C("es", "feature_request", "-", "pide integración con Bizum",
  "Iván Delgado <ivan.delgado@delgado-bikes.example>", "Sugerencia: Bizum",
  """
Hola equipo,

Muchos de nuestros clientes nos preguntan si pueden pagar con Bizum. Estaría
genial que la tienda lo aceptara como método de pago. ¿Lo tenéis pensado?

Saludos,
Iván
""")

C("es", "technical_issue", "-", "la app no envía notificaciones",
  "Silvia Prieto <silvia.prieto@correo-es.example>", "no llegan las notificaciones",
  """
Hola, desde hace una semana no me llega ninguna notificación de la app aunque las
tengo activadas en el móvil y dentro de la app. Antes funcionaba bien. Xiaomi
Redmi Note 12.
""")

C("es", "technical_issue high_value_order", "-", "licencias 8.400 € no activan",
  "Fernando Iglesias <f.iglesias@iglesias-ingenieria.example>", "Licencias no se activan",
  """
Buenos días:

Compramos 12 licencias anuales del software de cálculo (factura 7781, 8.400 €)
y al introducir las claves el programa da "Error de activación 0x2F: clave no
válida" en todos los equipos. ¿Pueden revisarlo?

Fernando Iglesias
""")

C("es", "severe_dissatisfaction manager_request", "-", "indignante, exige responsable",
  "Gloria Méndez <gloria.mendez@correo-es.example>", "Reclamación",
  """
Lo que me habéis hecho es indignante. Estoy harta de vuestras excusas.
Quiero que me conteste por escrito el responsable del departamento, no otro
operador.

Gloria Méndez
""", fmt="cp")

C("es", "technical_issue", "quoted", "texto actual solo problema técnico; cita anterior con amenaza legal",
  "Jorge Cabrera <jorge.cabrera@cabrera-transportes.example>", "RE: Error en el módulo de rutas",
  """
Buenas,

Sigue fallando: al exportar la ruta a PDF sale la página en blanco. Con Excel
funciona.

Jorge

De: Jorge Cabrera <jorge.cabrera@cabrera-transportes.example>
Enviado: martes, 3 de marzo de 2026 9:12
Para: support@example.test
Asunto: Error en el módulo de rutas

Si esto no se arregla esta semana, lo pongo en manos de mi abogado y presento
una reclamación ante Consumo.
""", irt=True)

C("es", "billing_dispute cancellation_threat", "conditional", "subida de precio no pactada; si no se corrige se da de baja",
  "Marta Vega <marta.vega@correo-es.example>", "Factura de marzo",
  """
Hola,

En la factura de marzo me cobráis 45 € en lugar de los 30 € que firmamos con la
permanencia. Si no me corregís la factura, me doy de baja y me llevo la fibra y
los dos móviles a otra compañía.

Marta
""")

# ------------------------------------------------ English, no trigger

C("en", "-", "title", "office manager title, ordinary question about adding a user",
  "Brenda Hughes <brenda.hughes@cartwrightdental.example>", "Adding a new receptionist",
  """
Hi,

I'm the office manager here at Cartwright Dental. We have a new receptionist
starting Monday - how do I give her a login that can see the appointment book
but not the billing screens?

Thanks!
Brenda Hughes
Office Manager
""")

C("en", "-", "title", "Manager of IT signature, asks for SSO documentation",
  "Kwame Asante <kwame.asante@riverbendcollege.example>", "SAML setup docs",
  """
Hello,

We're planning to connect your platform to our Azure AD. Could you point me to
the SAML configuration guide and tell me which attributes you expect in the
assertion?

Kind regards,
Kwame Asante
Manager of IT Infrastructure
Riverbend College
""", fmt="alt")

C("en", "-", "title", "existing account manager mentioned as role",
  "Sarah Whitfield <s.whitfield@northgatefoods.example>", "Renewal paperwork",
  """
Hi there,

Our account manager, Luis, sent over the renewal order form last week but I
can't find the page where we sign. Is it meant to be a DocuSign link or do I
print it? Luis is on holiday so I thought I'd ask you.

Sarah
""")

C("en", "-", "title", "Head of Legal asking for licence terms (professional role)",
  "Miriam Cohen <miriam.cohen@alderfinance.example>", "Licence terms for the on-prem edition",
  """
Dear colleagues,

I'm reviewing our software contracts ahead of the audit. Could you send me the
current version of the end-user licence terms for the on-premises edition, and
confirm whether the 2024 addendum is still in force?

Best regards,
Miriam Cohen
Head of Legal, Alder Finance
""")

C("en", "-", "title", "General Manager of a hotel asking for opening hours of support",
  "Paolo Ricci <paolo.ricci@hotelmirador.example>", "support hours",
  """
hi, what are your phone support hours on weekends? our night staff sometimes need help with the key card encoder and i'd like to put the number on the wall.

Paolo Ricci
General Manager, Hotel Mirador
""", fmt="plain")

C("en", "-", "title", "'Password Manager' and 'Manager of Operations' used innocently",
  "Dana Kim <dana.kim@lumosretail.example>", "Storing the admin password",
  """
Hello,

Quick one: our Manager of Operations wants to keep the shared admin login in
our company Password Manager. Is it fine to share one admin account across
three people, or do you recommend separate admin users?

Dana
""")

C("en", "-", "quoted", "thank-you above quoted angry history with many triggers",
  "Mike Turner <mike.turner@turnerjoinery.example>", "Re: Re: Invoice portal",
  """
Just tried again and it's all working now - thanks Lisa, much appreciated.

Mike

On Tue, 3 Mar 2026 at 09:47, Example Support <support@example.test> wrote:
> Hi Mike, we've reset the portal access for your account, could you try again?
>
> On Mon, 2 Mar 2026 at 17:20, Mike Turner <mike.turner@turnerjoinery.example> wrote:
>> This is the third time I'm chasing this. The portal has been down for a
>> week, you've charged me twice for February and if it's not sorted I'm
>> taking it to small claims and cancelling. Put me through to a manager.
""", irt=True)

C("en", "-", "quoted", "Apple Mail style quote; current text only confirms address",
  "Laura Bennett <laura.bennett@fernhill.example>", "Re: Your replacement router",
  """
Yes, 14 Fern Hill Road is right. Any day next week is fine for delivery.

Laura

> On 5 Mar 2026, at 11:02, Example Support <support@example.test> wrote:
>
> Hi Laura, sorry the old router overheated and started smoking - that must
> have been frightening. Please confirm your address so we can send the
> replacement.
""", irt=True, fmt="qp")

C("en", "-", "quoted", "Outlook header block with old complaint; current line is a thank you",
  "Gareth Jones <gareth.jones@valleyestates.example>", "RE: Service charge statement",
  """
Thanks, received the corrected statement. All good now.

Gareth

-----Original Message-----
From: Gareth Jones <gareth.jones@valleyestates.example>
Sent: 27 February 2026 16:03
To: Example Support <support@example.test>
Subject: Service charge statement

You've billed us £1,240 for a lift service that never happened. I want this
refunded or I'll be reporting you to trading standards. Frankly your
accounts department is a disgrace.
""", fmt="html", irt=True)

C("en", "-", "quoted", "forwarded thread for records; Fwd subject; current text neutral",
  "Nina Castillo <nina.castillo@castilloarch.example>", "Fwd: Data export problem",
  """
Hi, forwarding the thread from January for your records as you asked on the
phone. This was resolved at the time, nothing needed now.

Nina

---------- Forwarded message ---------
From: Tom Reyes <tom.reyes@castilloarch.example>
Date: Thu, 15 Jan 2026 at 10:22
Subject: Data export problem
To: <support@example.test>

Hi, the export wiped half our project list and the app crashes whenever we
open the archive. We need this fixed urgently or we'll escalate it to your
management.
""", fmt="alt")

C("en", "-", "quoted", "Gmail-style quote; question about invoice address only",
  "Ravi Shah <ravi.shah@shahtextiles.example>", "Re: Order 66102",
  """
Thanks for sorting it. One more thing - can the next invoice be addressed to
our Leicester office instead?

Ravi

On Wed, Mar 4, 2026 at 3:41 PM Example Support <support@example.test> wrote:

> Hi Ravi,
>
> I'm sorry the order arrived damaged and that you had to call us four times.
> We've issued a full refund of the £312 overcharge and the replacement ships
> today.
>
> Best, Kate
""", irt=True)

C("en", "-", "quoted", "HTML blockquote history carries the triggers; reply is just 'perfect'",
  "Owen Blake <owen.blake@blakecycles.example>", "Re: Stock feed",
  """
Perfect, that's exactly what we needed. Have a good weekend!

Owen

> From: Owen Blake
> If the stock feed isn't fixed by Monday we will switch platforms. I've
> already written to your CEO about this.
""", fmt="html", irt=True)

C("en", "-", "quoted", "interleaved '>' quote; answers are neutral facts",
  "Siobhan Kelly <siobhan.kelly@kellyvets.example>", "Re: Questions about your account",
  """
Hi,

Answers below.

> Can you confirm the clinic name on the account?
Kelly Veterinary Practice

> Which plan would you like after the trial ends?
Standard, monthly

> You mentioned last week that someone threatened to sue your practice over a
> lost record - do you want our data export guide for your files?
No thanks, we have it already.

Siobhan
""", irt=True, fmt="l1")

C("en", "-", "signature", "disclaimer mentions legal action and data breach",
  "Adrian Cole <adrian.cole@colefinancial.example>", "Change of billing contact",
  """
Hello,

Please change our billing contact to accounts@colefinancial.example from next
month. Everything else stays the same.

Thanks,
Adrian

--
Adrian Cole | Finance Director | Cole Financial Ltd
CONFIDENTIALITY NOTICE: This e-mail is confidential and may be legally
privileged. If you are not the intended recipient, any use, disclosure or
copying is prohibited and may result in legal action. If you believe you have
received it in error, notify the sender immediately, as misdirected e-mail may
constitute a data breach under GDPR.
""", fmt="cpqp")

C("en", "-", "signature", "signature title 'Escalations Lead' plus 'Crisis Manager'",
  "Heather Ross <heather.ross@pinewoodcare.example>", "Webinar recording",
  """
Hi team,

Is the recording of last Thursday's onboarding webinar available somewhere? I
missed the second half.

Thanks,
Heather

Heather Ross
Customer Escalations Lead & Crisis Manager
Pinewood Care Group
""")

C("en", "-", "signature", "signature slogan with 'outage-free' and 'no lawsuits'",
  "Toby Ward <toby.ward@wardelectrical.example>", "VAT number on invoices",
  """
Could you add our VAT number GB 123 4567 89 to future invoices please?

Cheers
Toby
-- 
Ward Electrical - certified installers since 1998
"Zero outages, zero shocks, zero lawsuits - just good wiring."
""", fmt="plain")

C("en", "-", "signature", "legal disclaimer threatening prosecution of misuse",
  "Anita Desai <anita.desai@desaimed.example>", "Appointment reminder wording",
  """
Hello,

Can we change the wording of the SMS appointment reminders? We'd like to add
"Reply C to cancel" at the end. Is that something we can do ourselves in the
settings?

Anita

________________________________
This message is intended only for the named recipient. Unauthorised
disclosure is a criminal offence and offenders will be reported to the
Information Commissioner and may face prosecution. Desai Medical Practice,
Registered in England 0987654.
""")

C("en", "-", "signature", "sig with CEO title and press contact",
  "Lionel Park <lionel@parkstudios.example>", "Storage upgrade",
  """
Hi, how do we go from 1 TB to 2 TB of storage? Is it prorated for the rest of
the month?

Lionel Park
CEO, Park Studios
Press & media enquiries: press@parkstudios.example
""", fmt="l1")

C("en", "-", "negation", "explicitly not cancelling, asks to switch to annual",
  "Molly Evans <molly.evans@evanscrafts.example>", "Switching to annual billing",
  """
Hi! Don't worry, we're not going anywhere - we love the shop builder. We'd just
like to move from monthly to annual billing to save a bit. How do we do that?

Molly
""")

C("en", "-", "negation", "confirms nothing lost after migration",
  "Jack Turner <jack.turner@turnerhaulage.example>", "Migration finished",
  """
Hello,

Just to close the loop: the migration to the new server finished overnight,
we've checked and not a single record was lost, all the jobs and invoices are
there. Thanks to Rachel for her help. You can close the ticket.

Jack
""", fmt="qp")

C("en", "-", "negation", "no need to escalate, simple question",
  "Olga Ivanova <olga.ivanova@ivanovatranslations.example>", "Small question",
  """
Hi, no need to escalate this or anything, it's a tiny thing: where do I change
the language of the automatic emails my clients receive? Mine go out in
English but most of my clients are in Germany.

Thanks, Olga
""")

C("en", "-", "negation", "not going to sue, not angry; asks for statement",
  "Bill Harper <bill.harper@harpermail.example>", "Statement of account",
  """
Hi folks. My brother-in-law thinks every letter from a utility deserves a
lawyer - I don't, and I'm not threatening anybody! I just need a statement of
account for the last 12 months for my mortgage application. Could you email
one?

Bill
""", fmt="plain")

C("en", "-", "negation", "nothing is broken, asks how to schedule reports",
  "Aoife Byrne <aoife.byrne@byrnelabs.example>", "Scheduled reports",
  """
Hello,

Nothing's wrong, the reports themselves are great. I'd just like to know how
to schedule the weekly sales report so it arrives every Monday at 8am. I
looked in Settings but couldn't see it.

Aoife
""")

C("en", "-", "negation", "we did not get hacked, just asks how to rotate API key",
  "Felix Brandt <felix.brandt@brandtsoftware.example>", "Rotating API keys",
  """
Hi,

Our developer is leaving this week. There has been no breach or anything like
that, but as a precaution we want to rotate our API key. Will the old key stop
working immediately, or is there a grace period?

Felix
""", fmt="b64")

C("en", "-", "policy_question", "asks about refund policy before buying",
  "Caroline Webb <caroline.webb@webbhome.example>", "Returns before I order",
  """
Hi, before I order the standing desk: what's your returns window, and who pays
the return shipping if I change my mind? It's a big item.

Thanks
Caroline
""", fmt="plain")

C("en", "-", "policy_question", "how would cancellation work later (hypothetical)",
  "Ahmed Farouk <ahmed.farouk@faroukcpa.example>", "Contract question",
  """
Hello,

We're about to sign the two-year agreement. Hypothetically, if our firm merged
with another practice next year, would we be able to end the contract early,
and what would the fee be?

Best regards,
Ahmed Farouk
""", fmt="alt")

C("en", "-", "policy_question", "asks whether outages have an SLA and credits",
  "Grace Okafor <grace.okafor@okaforhealth.example>", "SLA details",
  """
Hi,

Our procurement team needs to know: what uptime do you commit to on the
Business plan, and are service credits paid automatically if you miss it?
Is there a document I can attach to our vendor file?

Thanks,
Grace
""")

C("en", "-", "policy_question", "asks how data is protected / GDPR compliant question + DPA request",
  "Lukas Berger <lukas.berger@bergerconsult.example>", "DPA and GDPR",
  """
Hi,

Before we roll this out to our EU clients, could you confirm whether your
platform is GDPR compliant and send us your standard data processing agreement
to sign? Also, where are backups stored?

Lukas
""", fmt="qp")

C("en", "-", "policy_question", "what happens to my files if I downgrade",
  "Tessa Grant <tessa.grant@tessadesigns.example>", "Downgrading plan",
  """
hey - if I drop from Pro to Free at the end of the month, what happens to the
projects over the free limit? do they get deleted or just locked? don't want to
lose anything so checking first
""")

C("en", "-", "policy_question", "asks what to do if a charge is ever wrong; no actual dispute",
  "Howard Lin <howard.lin@linfamily.example>", "Billing question",
  """
Hi, just set up the family plan. If a charge ever looks wrong on my statement,
is it better to email you or to call? And how long do refunds usually take to
show up?

Howard
""", fmt="l1")

C("en", "-", "policy_question", "asks about recall process generally / warranty terms",
  "Julia Novak <julia.novak@novakbaby.example>", "Warranty on the pram",
  """
Hello,

We're expecting in June and looking at the Breeze pram. How long is the
warranty, and how would we find out if a model were ever recalled - do you
email registered owners?

Julia
""")

C("en", "-", "policy_question", "asks how to complain formally - process question",
  "Rupert Clarke <rupert.clarke@clarkeandson.example>", "Complaints procedure",
  """
Dear Sir/Madam,

For our supplier file, could you send a copy of your formal complaints
procedure, including the escalation stages and the timescales you work to?
This is a standard request we make of all vendors.

Regards,
Rupert Clarke
Purchasing
""", fmt="cp")

C("en", "-", "reported", "colleague joked about suing; customer just wants help",
  "Hayley Moore <hayley.moore@mooreprint.example>", "Font question",
  """
Hi,

My colleague jokingly said we should sue you for making the new template
editor so pretty that nobody gets any work done! Anyway - is there a way to
upload our own brand fonts? I'd like to use them in the templates.

Hayley
""")

C("en", "-", "reported", "partner wants to switch providers but customer doesn't; how-to",
  "Daniel Price <daniel.price@pricegarden.example>", "Adding a second user",
  """
Hello,

My business partner keeps saying we should move to another booking system,
but honestly I'm happy with yours and I'm the one who decides. What I need is
to add him as a second user so he can see the calendar. How do I do that?

Daniel
""", fmt="plain")

C("en", "-", "reported", "news article about other company's breach mentioned; simple question",
  "Sunita Rao <sunita.rao@raoaccountants.example>", "Read-only access for auditors",
  """
Hi,

I read in the paper about another software firm that leaked client data, and it
made me think about our own permissions. Could you tell me how to give our
external auditors read-only access for two weeks?

Sunita
""")

C("en", "-", "reported", "customer's client complained to them; customer asks for invoice copy",
  "Patrick O'Neill <patrick.oneill@oneillevents.example>", "Invoice copy for January",
  """
Hi,

One of my own customers told me he was going to report us to trading standards
over a ticket mix-up (nothing to do with you!), so I'm pulling together our
paperwork. Could you send me a copy of our January invoice from you?

Patrick
""")

C("en", "-", "reported", "friend said app lost her photos; customer asks about backups",
  "Elena Petrova <elena.petrova@petrovamail.example>", "How do backups work",
  """
Hi, a friend told me she lost her photos with another app when she changed
phones, so I want to be careful. How do I check that my backup is switched on
and when it last ran?

Thanks
Elena
""", fmt="qp")

C("en", "-", "innocuous", "press the button / fire up the app",
  "George Allen <george.allen@allenmail.example>", "Pairing the speaker",
  """
Hello,

Got the speaker today, lovely. Just to check I'm doing it right: I fire up the
app, press the button on the back for five seconds until the light flashes
blue, and then pick it from the list? The booklet was a bit vague.

George
""")

C("en", "-", "innocuous", "'executive summary' and 'board pack' in a reporting question",
  "Ingrid Larsen <ingrid.larsen@larsenventures.example>", "Exporting charts",
  """
Hi,

I'm putting together the executive summary for our board pack next week. Is
there a way to export the revenue dashboard charts as PNG so I can paste them
into PowerPoint?

Thanks,
Ingrid
""", fmt="alt")

C("en", "-", "innocuous", "tennis court booking, 'crash course', 'killer'",
  "Sam Doyle <sam.doyle@meadowtennis.example>", "Setting up court bookings",
  """
Hi! Our club is new to your booking system. After a crash course from our
treasurer we've set up four courts. Can members book two consecutive hours, or
is it one slot at a time? Killer app by the way.

Sam, Meadow Tennis Club
""", fmt="plain")

C("en", "-", "innocuous", "'charge' the device and 'smoke test' for developers",
  "Marek Novak <marek.novak@novakdev.example>", "Sandbox for testing",
  """
Hello,

Before going live we want to run a quick smoke test against your sandbox: is
there a test card number that will charge successfully, and one that gets
declined? We'd like to cover both paths.

Marek
""")

C("en", "-", "innocuous", "'manager' in product name (Task Manager), 'lost' in idiom",
  "Yvonne Fisher <yvonne.fisher@fishermail.example>", "Keyboard shortcuts",
  """
Hi, I'm a bit lost in all the menus. Is there a list of keyboard shortcuts for
the desktop app? Like how you can open Task Manager with ctrl+shift+esc on
Windows, is there something similar for switching projects?

Yvonne
""", fmt="l15")

C("en", "-", "innocuous", "'security deposit', 'press release', 'fire' (Fire TV) innocuous",
  "Leon Hart <leon.hart@hartmedia.example>", "Fire TV app?",
  """
Hello,

Do you have an app for Amazon Fire TV, or only Android TV? We're writing a press
release about our new streaming package and want to list the devices correctly.

Leon
""")

C("en", "-", "innocuous", "'recall' as memory, 'shock' as surprise",
  "Ruth Bailey <ruth.bailey@baileybooks.example>", "Thank you",
  """
Dear all,

I can't recall the name of the lovely woman who helped me on Tuesday with the
library catalogue import, but please pass on my thanks. It was a pleasant
shock to have it all done in twenty minutes.

Warm regards,
Ruth Bailey
""", fmt="cp")

C("en", "-", "innocuous", "'kill' the process, 'dead simple', 'outage' as a calendar label",
  "Ivan Petrov <ivan.petrov@petrovsystems.example>", "Labels in the planner",
  """
hey, dead simple question - can I rename the built-in "Planned outage" label in
the maintenance planner to "Scheduled work"? our clients find the word scary.
also is there a CLI command to kill a scheduled job before it starts?
""")

C("en", "-", "other", "second email only (not third), asks for invoice copy",
  "Martin Hayes <martin.hayes@hayesfarm.example>", "Invoice copy (2nd request)",
  """
Hi, this is my second email asking - could you send a PDF copy of invoice
INV-22810? I think the first one may have gone to your spam folder. No rush.

Martin
""", fmt="plain")

C("en", "-", "other", "large amount but no problem - a quote request",
  "Rebecca Stone <rebecca.stone@stonelaw.example>", "Quote for 60 seats",
  """
Hello,

We're moving the whole firm (60 people) onto your platform in May. By my
calculation that's roughly £21,600 a year on the Professional tier. Could you
send a formal quote and let me know if there's a discount for paying
annually?

Rebecca Stone
""")

C("en", "-", "other", "order exactly 5,000 with question about delivery slot - no problem",
  "Tomasz Zielinski <tomasz.z@zielinskibuild.example>", "Delivery slot for order 3390",
  """
Hi, order 3390 (EUR 5,000.00 exactly, the scaffold set) - can we choose a
morning delivery slot? Site opens at 7. Nothing wrong with the order, just
planning.

Tomasz
""", fmt="qp")

C("en", "-", "other", "mild disappointment only",
  "Abigail Ford <abigail.ford@fordmail.example>", "New layout",
  """
Hi, I'm a little disappointed the old layout is gone, I'd got used to it. Is
there a short video showing where everything moved to?

Abby
""")

C("en", "-", "-", "plain how-to",
  "Connor Walsh <connor.walsh@walshmail.example>", "change email address",
  """
how do i change the email address on my account? new one is connor.w@walshmail.example
""", fmt="plain")

C("en", "-", "-", "thank-you note",
  "Patricia Gomez <patricia.gomez@gomezflowers.example>", "Thank you!",
  """
Just wanted to say thank you to Sam on your chat team who walked me through
setting up online orders for Mother's Day. We've had 40 orders already!

Patricia
""", fmt="html")

C("en", "-", "-", "how-to: export contacts",
  "Edward Price <edward.price@pricemail.example>", "Exporting contacts",
  """
Good afternoon,

Could you tell me how to export my contact list to a spreadsheet? I'd like to
send Christmas cards this year.

With thanks,
Edward Price
""", fmt="l1")

C("en", "-", "-", "asks for delivery status, no problem stated",
  "Hiroshi Tanaka <hiroshi.tanaka@tanakamail.example>", "Order 88231 tracking",
  """
Hello, could you send the tracking number for order 88231? The confirmation
email said it ships today. Thank you.

Hiroshi
""")

C("en", "-", "-", "asks whether CSV export exists (not a feature request)",
  "Marie Lambert <marie.lambert@lambertco.example>", "CSV export?",
  """
Hi - can I export the timesheets to CSV somewhere, or is it PDF only? Thanks!
""", fmt="plain")

C("en", "-", "-", "meeting reschedule",
  "Stephen Wright <stephen.wright@wrightengineering.example>", "Training session on Thursday",
  """
Hi Jenna,

Would it be possible to move Thursday's training session from 10:00 to 14:00?
Two of our team are on a site visit in the morning.

Best,
Stephen
""", fmt="qp", irt=True)

# ------------------------------------------------ German, no trigger

C("de", "-", "title", "Office-Managerin, Frage nach Rechnungsadresse",
  "Katrin Schmitt <k.schmitt@schmitt-partner.example>", "Rechnungsanschrift ändern",
  """
Hallo,

ich bin die Office-Managerin bei Schmitt & Partner. Ab April soll die Rechnung
an unsere neue Adresse gehen: Lindenstraße 12, 50674 Köln. Wo kann ich das im
Kundenkonto selbst ändern?

Viele Grüße
Katrin Schmitt
Office Management
""", fmt="l1")

C("de", "-", "title", "Geschäftsführer als Signatur, einfache Frage",
  "Holger Brandt <h.brandt@brandt-elektro.example>", "Zweiter Benutzer",
  """
Guten Tag,

wie lege ich für unseren Azubi einen zweiten Benutzer an, der nur Aufträge
sehen, aber keine Preise ändern darf?

Mit freundlichen Grüßen
Holger Brandt
Geschäftsführer
Brandt Elektrotechnik GmbH
""", fmt="qp")

C("de", "-", "quoted", "Am ... schrieb: Zitat mit Drohungen; neuer Text nur Dank",
  "Andrea Fuchs <andrea.fuchs@fuchs-moebel.example>", "Re: Lieferschein fehlt",
  """
Vielen Dank, der Lieferschein ist jetzt da. Damit ist alles erledigt.

Andrea Fuchs

Am 04.03.2026 um 16:22 schrieb Andrea Fuchs <andrea.fuchs@fuchs-moebel.example>:
> Zum dritten Mal: Ohne Lieferschein kann ich nicht buchen. Wenn ich bis
> Freitag nichts habe, kündige ich den Rahmenvertrag und schalte unseren
> Anwalt ein. Unglaublich, dieser Saftladen.
""", irt=True, fmt="l15")

C("de", "-", "quoted", "Outlook-Kopfblock (Von/Gesendet/An/Betreff) mit alter Beschwerde",
  "Thomas Berger <t.berger@berger-logistik.example>", "AW: Ausfall Sendungsverfolgung",
  """
Hallo Herr Yilmaz,

danke für die schnelle Hilfe, läuft wieder einwandfrei.

Gruß
Thomas Berger

________________________________
Von: Thomas Berger <t.berger@berger-logistik.example>
Gesendet: Montag, 9. März 2026 07:58
An: support@example.test
Betreff: Ausfall Sendungsverfolgung

Die Sendungsverfolgung ist seit heute Nacht komplett down, keiner von uns kommt
ins System. Bitte sofort an Ihre Geschäftsleitung eskalieren!
""", fmt="alt", irt=True)

C("de", "-", "signature", "Signatur mit Rechtshinweis (rechtliche Schritte)",
  "Jana Richter <jana.richter@richter-steuer.example>", "Zugang für neue Mitarbeiterin",
  """
Hallo,

bitte schalten Sie für unsere neue Kollegin Frau Peters (peters@richter-steuer.example)
einen Zugang frei, gleiche Rechte wie ich.

Danke!
Jana Richter

--
Richter Steuerberatung | Marktplatz 3 | 79098 Freiburg
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige
Adressat sind, informieren Sie bitte sofort den Absender. Die unbefugte
Weitergabe ist untersagt und kann rechtliche Schritte nach sich ziehen.
""", fmt="cpqp")

C("de", "-", "negation", "will nicht kündigen, nur Tarif wechseln",
  "Markus Hahn <markus.hahn@hahn-mail.example>", "Tarifwechsel",
  """
Hallo, ich will nicht kündigen, keine Sorge :-) Ich möchte nur vom Tarif M in
den Tarif L wechseln, weil ich mehr Datenvolumen brauche. Geht das zum
nächsten Monat?

Gruß Markus
""", fmt="plain")

C("de", "-", "negation", "keine Daten verloren, bedankt sich",
  "Susanne Keller <susanne.keller@keller-praxis.example>", "Umzug auf neuen Rechner",
  """
Guten Tag,

kurze Rückmeldung: Der Umzug auf den neuen Praxisrechner hat geklappt, es sind
keinerlei Daten verloren gegangen. Vielen Dank an Herrn Ott für die Anleitung.

Susanne Keller
""")

C("de", "-", "policy_question", "Frage nach Kündigungsfrist hypothetisch",
  "Florian Meyer <florian.meyer@meyer-werbung.example>", "Frage zur Vertragslaufzeit",
  """
Hallo,

wir überlegen, den Jahresvertrag abzuschließen. Falls wir nächstes Jahr unser
Büro schließen sollten, könnten wir dann vorzeitig aus dem Vertrag raus? Wie
lang ist die Kündigungsfrist grundsätzlich?

Florian Meyer
""", fmt="l1")

C("de", "-", "policy_question", "Frage nach Auftragsverarbeitungsvertrag (AVV), DSGVO",
  "Birgit Lehmann <b.lehmann@lehmann-pflege.example>", "AVV nach DSGVO",
  """
Sehr geehrte Damen und Herren,

für unsere Dokumentation benötigen wir einen Vertrag zur Auftragsverarbeitung
nach Art. 28 DSGVO. Können Sie uns diesen zusenden? Und wo stehen Ihre Server?

Freundliche Grüße
Birgit Lehmann
""")

C("de", "-", "reported", "Nachbar meint, man solle klagen; Kunde fragt nur nach Zählerstand",
  "Otto Krause <otto.krause@krause-post.example>", "Zählerstand melden",
  """
Guten Tag,

mein Nachbar meint ja, man müsste wegen der Preiserhöhung gleich gegen alle
Stromanbieter klagen, aber das sehe ich anders. Ich wollte nur fragen, wie ich
den Zählerstand online melden kann.

Otto Krause
""", fmt="l15")

C("de", "-", "innocuous", "'Knopf drücken', 'Vorstand' Verein, 'Brandschutz'-Schulung als Termin",
  "Heike Winter <heike.winter@tsv-mitte.example>", "Termine im Vereinskalender",
  """
Hallo,

im Vereinskalender möchte ich die Brandschutzschulung und die
Vorstandssitzung als Serientermine anlegen. Muss ich dazu erst auf den Knopf
"Wiederholen" drücken und dann das Intervall wählen?

Heike Winter, TSV Mitte
""")

C("de", "-", "-", "Danke-Mail",
  "Wolfgang Peters <w.peters@peters-mail.example>", "Danke",
  """
Hallo,

wollte mich nur bedanken - die Einrichtung des neuen Routers hat mit Ihrer
Anleitung wunderbar geklappt.

Schönes Wochenende!
W. Peters
""", fmt="plain")

C("de", "-", "-", "Frage nach Exportfunktion (existiert sie?)",
  "Ute Schwarz <ute.schwarz@schwarz-kanzlei.example>", "Export nach Excel?",
  """
Guten Morgen,

kann man die Mandantenliste irgendwo nach Excel exportieren? Ich finde die
Funktion nicht.

Ute Schwarz
""", fmt="b64")

C("de", "-", "quoted", "Weitergeleitet (WG) mit Beschwerde eines Kollegen; neuer Text neutral",
  "Nicole Hartung <nicole.hartung@hartung-gmbh.example>", "WG: Abrechnung Januar",
  """
Zur Info, wie telefonisch besprochen - hat sich erledigt.

Nicole

---------- Weitergeleitete Nachricht ---------
Von: Paul Engel <paul.engel@hartung-gmbh.example>
Datum: Do., 15. Jan. 2026 um 11:05
Betreff: Abrechnung Januar
An: <support@example.test>

Sie haben uns im Januar 2.340 € zu viel berechnet. Ich verlange eine Gutschrift
und melde das sonst der Verbraucherzentrale.
""")

# ------------------------------------------------ French, no trigger

C("fr", "-", "title", "Directeur commercial en signature, demande de devis",
  "François Lemaire <f.lemaire@lemaire-distribution.example>", "Devis pour 15 licences",
  """
Bonjour,

Pourriez-vous m'envoyer un devis pour 15 licences supplémentaires, avec
facturation annuelle ?

Bien à vous,
François Lemaire
Directeur commercial
Lemaire Distribution
""", fmt="l1")

C("fr", "-", "title", "responsable informatique, question technique sans panne",
  "Claire Dumont <claire.dumont@dumont-transports.example>", "Configuration SMTP",
  """
Bonjour,

Je suis responsable informatique chez Dumont Transports. Quels paramètres SMTP
faut-il utiliser pour que les notifications partent de notre propre domaine ?

Merci,
Claire Dumont
""")

C("fr", "-", "quoted", "Le ... a écrit : historique avec menace ; réponse = remerciement",
  "Yves Marchand <yves.marchand@marchand-vins.example>", "Re: Commande bloquée",
  """
Parfait, la commande est partie. Merci beaucoup pour votre réactivité.

Yves

Le mar. 3 mars 2026 à 18:40, Yves Marchand <yves.marchand@marchand-vins.example> a écrit :
> C'est la troisième fois que je vous relance. Si la commande n'est pas
> débloquée demain, je contacte mon avocat et je publie un avis sur tous les
> sites. Passez-moi votre responsable.
""", irt=True, fmt="qp")

C("fr", "-", "quoted", "bloc Outlook français (De/Envoyé/À/Objet)",
  "Valérie Simon <valerie.simon@simon-immo.example>", "RE: Accès à l'extranet",
  """
Bonjour Marc,

C'est bon, j'ai pu me connecter. Bonne journée !

Valérie

________________________________
De : Valérie Simon <valerie.simon@simon-immo.example>
Envoyé : lundi 9 mars 2026 08:30
À : support@example.test
Objet : Accès à l'extranet

Plus personne ne peut se connecter à l'extranet depuis ce matin, erreur 502
partout. On a des signatures de bail aujourd'hui !
""", fmt="html", irt=True)

C("fr", "-", "signature", "mention légale en signature",
  "Arnaud Colin <arnaud.colin@colin-notaires.example>", "Modèle de courrier",
  """
Bonjour,

Est-il possible d'ajouter notre logo en en-tête des courriers générés ? Si oui,
quel format d'image faut-il ?

Cordialement,
Arnaud Colin

--
Ce message et ses pièces jointes sont confidentiels. Toute utilisation non
autorisée est interdite et pourra faire l'objet de poursuites judiciaires.
""", fmt="cp")

C("fr", "-", "negation", "ne veut pas résilier",
  "Martine Gautier <martine.gautier@mail-fr.example>", "Changement d'offre",
  """
Bonjour, je ne souhaite pas du tout résilier, rassurez-vous ! Je voudrais juste
passer à l'offre avec la TV. Comment faire ?

Martine
""", fmt="plain")

C("fr", "-", "negation", "aucune donnée perdue, confirmation",
  "Nicolas Faure <nicolas.faure@faure-compta.example>", "Restauration terminée",
  """
Bonjour,

Pour info, la restauration s'est bien passée et nous n'avons perdu aucune
donnée. Vous pouvez clôturer le ticket.

Nicolas Faure
""")

C("fr", "-", "policy_question", "question sur la politique de remboursement",
  "Élodie Bonnet <elodie.bonnet@mail-fr.example>", "Remboursement si annulation",
  """
Bonjour,

Si je réserve le séjour maintenant et que je dois annuler en mai, est-ce que je
suis remboursée intégralement ? Je ne trouve pas les conditions sur le site.

Merci,
Élodie
""", fmt="l15")

C("fr", "-", "policy_question", "demande si conforme au RGPD",
  "Hugo Renard <hugo.renard@renard-rh.example>", "Conformité RGPD",
  """
Bonjour,

Votre solution est-elle conforme au RGPD pour le stockage de dossiers de
candidats ? Nous aurions besoin d'une attestation pour notre DPO.

Hugo Renard
""")

C("fr", "-", "reported", "un ami parle de porter plainte ; la cliente demande un mode d'emploi",
  "Camille Roy <camille.roy@mail-fr.example>", "Programmer le thermostat",
  """
Bonjour,

Mon voisin dit qu'il faudrait porter plainte contre tous les fournisseurs
d'énergie vu les prix, mais ce n'est pas mon avis. Ma question : comment
programmer le thermostat pour qu'il baisse à 17° la nuit ?

Camille
""", fmt="qp")

C("fr", "-", "innocuous", "'appuyer sur le bouton', 'feu' vert, 'presse'-agrumes",
  "Jacques Perrot <jacques.perrot@mail-fr.example>", "Presse-agrumes",
  """
Bonjour, j'ai bien reçu le presse-agrumes. Pour le démontrer et le laver, il faut
appuyer sur le bouton du dessous jusqu'à ce que le voyant passe au vert ?
Merci.
""")

C("fr", "-", "-", "remerciement",
  "Agnès Lucas <agnes.lucas@mail-fr.example>", "Merci",
  """
Bonjour,

Un grand merci à Sophie pour son aide au téléphone hier, tout est réglé.

Agnès Lucas
""", fmt="alt")

C("fr", "-", "-", "question pratique",
  "Raphaël Guerin <raphael.guerin@mail-fr.example>", "Ajouter un appareil",
  """
Bonjour, combien d'appareils peut-on connecter avec l'abonnement Famille, et
comment en ajouter un ?
""", fmt="plain")

C("fr", "-", "quoted", "transfert (TR) d'un ancien fil, texte actuel neutre",
  "Sylvie Mathieu <sylvie.mathieu@mathieu-sa.example>", "TR: Facture 2025-88",
  """
Bonjour,

Comme convenu, je vous transfère l'ancien échange pour votre dossier. Le sujet
est clos de notre côté.

Sylvie

-------- Message transféré --------
Sujet : Facture 2025-88
Date : Fri, 12 Dec 2025 14:20:11 +0100
De : Alain Mathieu <alain.mathieu@mathieu-sa.example>
Pour : support@example.test

Vous nous avez facturé deux fois la maintenance de novembre, c'est
inacceptable. Je veux parler à votre directeur.
""", fmt="l1")

# ------------------------------------------------ Spanish, no trigger

C("es", "-", "title", "jefa de operaciones, pregunta de configuración",
  "Laura Medina <laura.medina@medina-logistica.example>", "Configurar turnos",
  """
Hola,

Soy la jefa de operaciones de Medina Logística. ¿Cómo configuro turnos rotativos
de noche para el almacén en el planificador?

Gracias,
Laura Medina
""", fmt="l1")

C("es", "-", "title", "gerente en la firma, pide certificado",
  "Tomás Rubio <tomas.rubio@rubio-seguros.example>", "Certificado de retenciones",
  """
Buenos días:

¿Podrían enviarme el certificado de retenciones del año pasado?

Un saludo,
Tomás Rubio
Gerente
Rubio Seguros S.L.
""")

C("es", "-", "quoted", "El ... escribió: con amenazas; texto actual agradece",
  "Sergio Pastor <sergio.pastor@pastor-talleres.example>", "Re: Pedido de recambios",
  """
Recibido todo, muchas gracias.

Sergio

El mié, 4 mar 2026 a las 12:05, Sergio Pastor (<sergio.pastor@pastor-talleres.example>) escribió:
> Es la tercera vez que llamo. Si el pedido no llega mañana, cancelo la cuenta
> y lo cuento en todas las redes. Quiero hablar con un supervisor.
""", irt=True, fmt="qp")

C("es", "-", "quoted", "bloque Outlook en español (De/Enviado/Para/Asunto)",
  "Cristina Ramos <cristina.ramos@ramos-clinica.example>", "RE: Copias de seguridad",
  """
Hola Pablo,

Ya aparecen todas las citas, gracias por la ayuda.

Cristina

-----Mensaje original-----
De: Cristina Ramos <cristina.ramos@ramos-clinica.example>
Enviado: lunes, 9 de marzo de 2026 8:15
Para: support@example.test
Asunto: Copias de seguridad

Han desaparecido todas las citas de febrero de la agenda. ¡Es una vergüenza!
""", fmt="alt", irt=True)

C("es", "-", "signature", "aviso legal en la firma",
  "Manuel Torres <manuel.torres@torres-abogados.example>", "Cambio de domiciliación",
  """
Buenos días, les adjunto nuestro nuevo IBAN para la domiciliación a partir de
abril: ES91 2100 0418 4502 0005 1332. Gracias.

Manuel Torres

AVISO LEGAL: Este mensaje es confidencial. Si usted no es el destinatario, le
informamos de que su uso no autorizado podría dar lugar a acciones legales.
""", fmt="cp")

C("es", "-", "negation", "no quiere darse de baja",
  "Patricia León <patricia.leon@correo-es.example>", "Cambio de tarifa",
  """
Hola, no me quiero dar de baja, solo cambiar a la tarifa con más gigas. ¿Se puede
hacer desde la app?
""", fmt="plain")

C("es", "-", "negation", "no se perdió nada, cierra ticket",
  "Ángel Cortés <angel.cortes@cortes-asesoria.example>", "Migración completada",
  """
Hola,

Os confirmo que la migración terminó anoche y no se ha perdido ningún dato.
Podéis cerrar la incidencia. Gracias por todo.

Ángel
""", fmt="l15")

C("es", "-", "policy_question", "pregunta por la política de devoluciones",
  "Isabel Guerrero <isabel.guerrero@correo-es.example>", "Devoluciones",
  """
Hola, si el sofá no me convence cuando llegue, ¿cuántos días tengo para
devolverlo y quién paga el transporte?
""")

C("es", "-", "policy_question", "pregunta cómo se cancela un pedido (procedimental)",
  "Daniel Cano <daniel.cano@correo-es.example>", "Cancelar pedido 77120",
  """
Hola, me he equivocado de talla en el pedido 77120. ¿Cómo lo cancelo para
hacerlo otra vez con la talla correcta? Todavía no ha salido.

Gracias
""", fmt="qp")

C("es", "-", "reported", "su hermano dice que hay que denunciar; ella solo pregunta",
  "Rocío Gallego <rocio.gallego@correo-es.example>", "Factura electrónica",
  """
Hola,

Mi hermano dice que a todas las eléctricas habría que denunciarlas, pero yo
solo quiero saber cómo me doy de alta en la factura electrónica para no
recibirla en papel.

Rocío
""")

C("es", "-", "innocuous", "'pulsar el botón', 'ejecutivo de cuentas' como cargo",
  "Emilio Vargas <emilio.vargas@correo-es.example>", "Encimera de inducción",
  """
Buenas, me recomendó esta placa vuestro ejecutivo de cuentas en la feria de
Ifema. ¿Para bloquearla hay que mantener pulsado el botón del candado tres
segundos? En el manual no queda claro.
""")

C("es", "-", "-", "agradecimiento",
  "Alicia Peña <alicia.pena@correo-es.example>", "Gracias",
  """
Hola, solo quería daros las gracias por la rapidez con el cambio de domicilio.
¡Todo perfecto!

Alicia
""", fmt="html")

C("es", "-", "-", "pregunta práctica",
  "Hugo Soler <hugo.soler@correo-es.example>", "Horario de atención",
  """
Hola, ¿cuál es el horario del teléfono de atención al cliente los sábados?
""", fmt="plain")

C("es", "-", "quoted", "reenvío (RV) de hilo antiguo; texto actual neutro",
  "Mercedes Campos <mercedes.campos@campos-sl.example>", "RV: Incidencia con el TPV",
  """
Os reenvío el hilo que me pedisteis para el expediente. Ya está resuelto.

Mercedes

---------- Mensaje reenviado ---------
De: Luis Campos <luis.campos@campos-sl.example>
Fecha: vie, 16 ene 2026 a las 10:12
Asunto: Incidencia con el TPV
Para: <support@example.test>

El datáfono lleva dos días sin funcionar, no podemos cobrar con tarjeta. Si no
lo arregláis hoy, nos vamos a la competencia.
""")


# ------------------------------------------------ more positives (all languages)

C("en", "legal_threat data_loss technical_issue", "-", "cloud backup corrupted; lawyer reviewing contract",
  "Howard Fenn <howard.fenn@fennarchitects.example>", "Corrupted project archive",
  """
Hello,

Every archive we have restored from your backup service since February opens
as a corrupted zip - "unexpected end of archive". That's eight months of
drawings we can't get back. Our lawyer is now reviewing the service agreement
with a view to recovering our losses.

Howard Fenn
""", attach=("restore-log.txt", "text/plain", "2026-03-09 10:02:11 restore job 5521 started\n2026-03-09 10:14:53 ERROR archive checksum mismatch (part 3/7)\n2026-03-09 10:14:53 restore job 5521 finished with errors\n"))

C("en", "regulatory repeat_contact", "-", "third complaint letter, now going to energy ombudsman",
  "Margaret Lowe <margaret.lowe@lowemail.example>", "Meter reading dispute",
  """
Dear Sir or Madam,

I have written to you three times now about the estimated readings on my
account and have not received a single substantive reply. I am therefore
taking my complaint to the Energy Ombudsman as of today.

Margaret Lowe
""", fmt="cp")

C("en", "corporate_contact_request", "-", "needs company secretary contact for a formal letter",
  "Stephen Achterberg <s.achterberg@achterberg.example>", "Company secretary",
  """
Hi,

Could you let me have the name and address of your company secretary? I'd
prefer to send our letter about the shareholder discount scheme to the correct
corporate contact rather than through support.

Thanks,
Stephen
""", fmt="qp")

C("en", "executive_contact severe_dissatisfaction", "-", "emailed CEO; outraged",
  "Yolanda Price <yolanda.price@pricehaus.example>", "My complaint",
  """
I've just emailed your CEO directly because frankly I'm disgusted by how my
late father's account has been handled. Eight letters addressed to a dead man
after I sent you the death certificate twice. Heartless.

Yolanda Price
""", fmt="plain")

C("en", "safety technical_issue", "-", "smoke alarm from the company keeps failing self-test silently",
  "Trevor Gale <trevor.gale@galehome.example>", "Smoke alarm not sounding",
  """
Hi,

We had a small pan fire in the kitchen on Sunday and the smart smoke alarm you
installed last year didn't go off at all. The app shows it "online, all good".
When I press test it makes no sound. We've got a baby in the house - this is
dangerous. Please send someone to replace it today.

Trevor Gale
""", fmt="alt")

C("en", "discrimination_harassment", "-", "agent refused to deal with her as a woman, wanted 'the husband'",
  "Priyanka Nair <priyanka.nair@nairmail.example>", "Conversation about our joint account",
  """
Hello,

When I rang about our joint mortgage account, your advisor refused to discuss
it with me and kept asking to speak to "the man of the house". I am the
primary account holder. I found it sexist and demeaning and I want a formal
response.

Priyanka Nair
""")

C("en", "repeat_contact feature_request", "-", "requested bulk delete several times",
  "Leo Martins <leo.martins@martinsprint.example>", "Bulk delete (asking again)",
  """
Hi team, I've asked for this through your feedback form, on chat and by email
before, so this is the fourth go: please add a way to delete more than one
template at a time. We have 300 old ones and clicking each one is mad.

Leo
""")

C("de", "legal_threat cancellation_threat", "-", "Anwalt und Kündigung wegen nicht erbrachter Leistung",
  "Ralf Günther <ralf.guenther@guenther-hausbau.example>", "Wartungsvertrag",
  """
Sehr geehrte Damen und Herren,

die vertraglich vereinbarte Wartung unserer Lüftungsanlage hat seit Oktober
nicht stattgefunden. Ich kündige hiermit den Wartungsvertrag fristlos. Wegen der
bereits gezahlten Gebühren wird sich mein Anwalt bei Ihnen melden.

Ralf Günther
""", fmt="l1")

C("de", "data_loss technical_issue", "-", "Fotos nach App-Update weg",
  "Melanie Jäger <melanie.jaeger@jaeger-mail.example>", "Alle Fotos im Album gelöscht",
  """
hallo, nach dem update der app sind in meinem familienalbum alle fotos weg, nur
noch leere kacheln. auf dem tablet genauso. waren über 900 bilder. gibts da
ein backup bei euch??
""", fmt="plain")

C("de", "executive_contact corporate_contact_request", "-", "will E-Mail des Vorstands, um ihm zu schreiben",
  "Hans-Peter Wolff <hp.wolff@wolff-consulting.example>", "Kontakt Vorstand",
  """
Guten Tag,

bitte nennen Sie mir die E-Mail-Adresse Ihres Vorstandsvorsitzenden. Ich möchte
ihm den Verlauf dieses Falls persönlich schildern.

H.-P. Wolff
""", fmt="qp")

C("de", "safety technical_issue", "-", "Steckdosenleiste verschmort",
  "Karin Baumann <karin.baumann@baumann-post.example>", "Steckdosenleiste",
  """
Guten Tag,

die Steckdosenleiste mit USB aus Ihrem Shop ist gestern an der USB-Seite
geschmolzen, es hat Funken gegeben und die Sicherung ist rausgeflogen. Ich
hätte mir fast die Finger verbrannt. Bitte sagen Sie mir, wie ich sie
zurückschicke.

Karin Baumann
""", attach=("steckdosenleiste.jpg", "image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(255, -1, -1)) * 2 + b"\xff\xd9"))

C("fr", "billing_dispute legal_threat regulatory", "-", "conteste 150 € de frais ; DGCCRF et avocat",
  "Marc Lefort <marc.lefort@mail-fr.example>", "Frais de résiliation",
  """
Madame, Monsieur,

Vous me réclamez 150 € de frais de résiliation alors que mon contrat était
sans engagement. J'ai signalé votre pratique à la DGCCRF et mon avocat vous
adressera un courrier.

Marc Lefort
""", fmt="l15")

C("fr", "repeat_contact outage technical_issue", "-", "quatrième signalement, ligne coupée",
  "Chantal Noël <chantal.noel@mail-fr.example>", "Ligne toujours coupée",
  """
Bonjour,

Quatrième message depuis lundi : ma ligne internet est totalement coupée, la box
reste sur le voyant rouge. Je télétravaille, j'ai besoin d'une intervention.

Chantal Noël
""")

C("fr", "discrimination_harassment", "-", "harcèlement téléphonique par un agent de recouvrement",
  "Nadia Haddad <nadia.haddad@mail-fr.example>", "Appels de votre service recouvrement",
  """
Bonjour,

Un agent de votre service recouvrement m'appelle plusieurs fois par jour, y
compris à mon travail, et m'a traitée d'« escroc » devant mes collègues alors
que ma facture est réglée. C'est du harcèlement, je vous demande d'y mettre fin.

Nadia Haddad
""", fmt="cpqp")

C("es", "corporate_contact_request", "-", "pide el contacto del departamento jurídico (abogado en su papel profesional, no amenaza)",
  "Felipe Arias <felipe.arias@arias-gestoria.example>", "Contacto del departamento jurídico",
  """
Buenos días:

Necesito el correo electrónico y la dirección postal de su departamento
jurídico para enviar un requerimiento formal en nombre de mi cliente.

Atentamente,
Felipe Arias
""")

C("es", "security_incident regulatory", "-", "fuga de datos y queja a la AEPD",
  "Inés Robles <ines.robles@correo-es.example>", "Mis datos en un correo ajeno",
  """
Hola,

Me ha llegado un correo vuestro con una lista de 200 clientes en copia visible,
con nombres, teléfonos y direcciones, el mío incluido. Lo voy a denunciar ante
la AEPD. ¿Cómo es posible?

Inés Robles
""", fmt="l1")

C("es", "legal_threat", "conditional", "si no devuelven el dinero, acciones legales",
  "Raúl Benítez <raul.benitez@correo-es.example>", "Devolución del viaje",
  """
Hola,

La agencia canceló nuestro viaje a Lanzarote y todavía no hemos recibido los
2.140 € que pagamos. Si el dinero no está en mi cuenta el viernes, iré a los tribunales.

Raúl
""", fmt="qp")

C("es", "safety technical_issue", "-", "la freidora de aire se sobrecalienta y echa humo",
  "Marisa Peña <marisa.pena@correo-es.example>", "Freidora de aire",
  """
Hola, la freidora de aire que compré hace un mes se ha sobrecalentado y ha echado
humo negro por detrás, con olor a quemado. La carcasa está deformada. No la voy
a volver a usar, ¿qué hago?
""", fmt="alt")


C("en", "media_threat", "-", "will tag the company in a public thread",
  "Zoe Hartley <zoe.hartley@hartleymail.example>", "gift card balance",
  """
Hi,

Your Brighton store refused my £100 gift card yesterday, saying cards bought
online "don't count" in shops. Your own website says they do. I'm putting the whole story on my Instagram stories tonight and tagging
your brand so other people know to check their cards.

Zoe
""", fmt="l1")

# ================================================ AUTOMATED MAIL (no triggers)

# ---- auto_reply
A("auto_reply", "en", "Exchange automatic reply with Auto-Submitted; mentions manager",
  "Neil Cartwright <neil.cartwright@cartwrightbuild.example>", "Automatic reply: Your quote Q-2211",
  """
Thank you for your email. I am out of the office until Monday 16 March with no
access to email. For anything urgent, please contact my manager, Joanne
Pierce, on joanne.pierce@cartwrightbuild.example or call the office on
0113 496 0001.

Neil
""", fmt="qp", hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "neil.cartwright@cartwrightbuild.example")])

A("auto_reply", "en", "Gmail-style vacation responder with Auto-Submitted",
  "Priya Raman <priya.raman@lumenfreight.example>", "Re: Dashboard not loading for anyone on our team",
  """
Hi, I'm on leave until 20 March. If this is about a dispatch outage, please
ring the ops desk on +44 20 7946 0321. Otherwise I'll reply when I'm back.

Priya
""", hdrs=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"),
           ("In-Reply-To", "<reply-8812.ab12@escalated.example.test>")])

A("auto_reply", "en", "no auto-reply headers; only subject/body show out-of-office",
  "Greg Holloway <greg.holloway@hollowayfarms.example>", "Out of Office: Re: Feed delivery schedule",
  """
I'm currently out of the office at the county show and will be back on
Thursday. Messages are not being forwarded. If your delivery is urgent,
please call the farm shop.

Greg
""", fmt="plain")

A("auto_reply", "en", "ticket system acknowledgement (vendor helpdesk) with Auto-Submitted auto-generated",
  "Brightwater IT Helpdesk <helpdesk@brightwaterschool.example>", "[BWS-IT #48812] We received your request: Re: Renewal",
  """
Hello,

Thank you for contacting the Brightwater School IT Helpdesk. Your request has
been logged as ticket #48812 and one of our technicians will respond within two
working days.

Please do not reply to this message - replies to this address are not
monitored. To add information, use the link in the helpdesk portal.

-- Brightwater IT Helpdesk (automated message)
""", fmt="alt", hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "OOF, AutoReply")])

A("auto_reply", "en", "ticket acknowledgement without any auto-reply header",
  "Summit Build Accounts <noreply@summitbuild.example>", "Your message has been received - Case 2026-03311",
  """
This is an automatic confirmation that we have received your message.

Case number: 2026-03311
Queue: Accounts Payable
Expected first response: 3 business days

If your message concerns an invoice dispute, please make sure the invoice
number is in the subject line. You do not need to reply to this email.
""", fmt="plain")

A("auto_reply", "de", "Abwesenheitsnotiz mit Auto-Submitted",
  "Jürgen Bäcker <j.baecker@baeckerei-hoffmann.example>", "Abwesenheitsnotiz: Kassen gehen nicht",
  """
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 13. März nicht im
Haus. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie
sich bitte an meine Kollegin Frau Sommer (sommer@baeckerei-hoffmann.example).

Mit freundlichen Grüßen
Jürgen Bäcker
""", fmt="l1", hdrs=[("Auto-Submitted", "auto-replied")])

A("auto_reply", "de", "Abwesenheit ohne Header, nur Betreff/Text",
  "Sabine Kröger <sabine.kroeger@posteo-mail.example>", "Automatische Antwort: AW: Doppelte Abbuchung Rechnung 2026-0117",
  """
Guten Tag,

ich bin vom 9. bis 20. März im Urlaub und lese in dieser Zeit keine E-Mails.
Ab dem 23. März bin ich wieder erreichbar.

Sabine Kröger
""", fmt="qp")

A("auto_reply", "de", "Ticketsystem-Eingangsbestätigung",
  "Service Dietrich Online <service@dietrich-online.example>", "Ihre Anfrage ist bei uns eingegangen [Ticket#2026031110000042]",
  """
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Ticketnummer
2026031110000042 erfasst. Wir melden uns schnellstmöglich bei Ihnen.

Dies ist eine automatisch erzeugte Nachricht.
""", fmt="cp", hdrs=[("Auto-Submitted", "auto-replied"), ("X-Loop", "service@dietrich-online.example")])

A("auto_reply", "fr", "réponse automatique avec X-Autoreply",
  "Hélène Bertrand <h.bertrand@le-quotidien.example>", "Réponse automatique : Demande d'interview - panne de janvier",
  """
Bonjour,

Je suis en reportage jusqu'au 18 mars avec un accès limité à mes messages.
Pour toute urgence, merci de contacter la rédaction au 01 99 00 12 34.

Hélène Bertrand
""", fmt="l15", hdrs=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")])

A("auto_reply", "fr", "absence sans en-tête automatique",
  "Gérard Blanc <gerard.blanc@blanc-imprimerie.example>", "Absence du bureau",
  """
Bonjour,

Je suis absent jusqu'au lundi 16 mars inclus. Votre message sera traité à mon
retour.

Cordialement,
Gérard Blanc
""", fmt="plain")

A("auto_reply", "es", "respuesta automática con Auto-Submitted",
  "Beatriz Santos <beatriz.santos@santos-construcciones.example>", "Respuesta automática: Pedido 2026-118 incompleto",
  """
Gracias por su mensaje. Estaré fuera de la oficina hasta el 17 de marzo. Para
asuntos urgentes de obra, contacte con Javier en el 600 555 901.

Beatriz Santos
""", fmt="l1qp", hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

A("auto_reply", "es", "fuera de la oficina sin cabeceras automáticas",
  "Ramón Herrera <ramon.herrera@correo-es.example>", "Fuera de la oficina",
  """
Hola, estoy de vacaciones hasta el lunes 23. Contestaré a tu mensaje a la vuelta.
Un saludo, Ramón
""", fmt="plain")

A("auto_reply", "es", "acuse de recibo de sistema de tickets sin cabecera",
  "Atención al Cliente Iglesias <no-responder@iglesias-ingenieria.example>", "Hemos recibido su solicitud #88213",
  """
Estimado/a cliente:

Hemos recibido su solicitud y le hemos asignado el número 88213. Un miembro de
nuestro equipo se pondrá en contacto con usted en un plazo máximo de 48 horas.

Este es un mensaje generado automáticamente, por favor no responda.
""", fmt="html")

# ---- bounce
A("bounce", "en", "Postfix multipart/report DSN; returned reply quotes a customer's solicitor threat",
  "Mail Delivery System <MAILER-DAEMON@mx1.example.test>", "Undelivered Mail Returned to Sender",
  ctype='multipart/report; report-type=delivery-status;\n\tboundary="4F1C2D80A1.1741600000/mx1.example.test"',
  hdrs=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")],
  raw="""
This is a MIME-encapsulated message.

--4F1C2D80A1.1741600000/mx1.example.test
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to <postmaster>

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.fenwick@oldmill.example>: host mx.oldmill.example[198.51.100.23] said: 550
    5.1.1 <d.fenwick@oldmill.example>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)

--4F1C2D80A1.1741600000/mx1.example.test
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.example.test
X-Postfix-Queue-ID: 4F1C2D80A1
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: Tue, 10 Mar 2026 09:14:02 +0000 (UTC)

Final-Recipient: rfc822; d.fenwick@oldmill.example
Original-Recipient: rfc822;d.fenwick@oldmill.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.oldmill.example
Diagnostic-Code: smtp; 550 5.1.1 <d.fenwick@oldmill.example>: Recipient
    address rejected: User unknown in virtual mailbox table

--4F1C2D80A1.1741600000/mx1.example.test
Content-Description: Undelivered Message
Content-Type: message/rfc822

From: Example Support <support@example.test>
To: Dorothy Fenwick <d.fenwick@oldmill.example>
Subject: Re: Refund for the faulty dehumidifier
Date: Tue, 10 Mar 2026 09:14:01 +0000
Message-ID: <reply-20260310091401.77@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Dear Mrs Fenwick,

Thank you for your message. I'm sorry to read that you have filled in the
small claims form; our refunds team has now processed the GBP 189.00.

> I have now filled in the small claims form and it will be lodged on
> Monday morning unless the money is in my account.

Kind regards,
Example Support

--4F1C2D80A1.1741600000/mx1.example.test--
""")

A("bounce", "en", "Exim plain-text bounce with copy of message mentioning an outage",
  "Mail Delivery System <Mailer-Daemon@smtp.example.test>", "Mail delivery failed: returning message to sender",
  hdrs=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "fz@routewise.example")],
  body="""
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  fz@routewise.example
    host mx2.routewise.example [203.0.113.77]
    SMTP error from remote mail server after RCPT TO:<fz@routewise.example>:
    550 5.2.1 Mailbox disabled for this recipient

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
Received: from escalated.example.test ([192.0.2.50])
	by smtp.example.test with esmtpsa (Exim 4.97)
	id 1tXy7Q-000Abc-2K
	for fz@routewise.example; Wed, 11 Mar 2026 06:31:10 +0000
From: Example Support <support@example.test>
To: fz@routewise.example
Subject: Re: API 503
Message-ID: <reply-20260311063110.19@escalated.example.test>
Date: Wed, 11 Mar 2026 06:31:10 +0000

Hi Fatima, we're aware of the API outage affecting v2 and engineers are on it.
The 503 errors should clear within the hour.
""", fmt="plain")

A("bounce", "en", "Sendmail DSN, host unknown",
  "Mail Delivery Subsystem <MAILER-DAEMON@relay.example.test>", "Returned mail: see transcript for details",
  ctype='multipart/report; report-type=delivery-status;\n\tboundary="2B9KQ1a0029901.1741682233/relay.example.test"',
  hdrs=[("Return-Path", "<>"), ("Auto-Submitted", "auto-generated (failure)")],
  raw="""
This is a MIME-encapsulated message

--2B9KQ1a0029901.1741682233/relay.example.test

The original message was received at Wed, 11 Mar 2026 08:37:13 GMT
from escalated.example.test [192.0.2.50]

   ----- The following addresses had permanent fatal errors -----
<m.aziz@aziztextiles.example>
    (reason: 550 Host unknown)

   ----- Transcript of session follows -----
550 5.1.2 <m.aziz@aziztextiles.example>... Host unknown (Name server: aziztextiles.example: host not found)

--2B9KQ1a0029901.1741682233/relay.example.test
Content-Type: message/delivery-status

Reporting-MTA: dns; relay.example.test
Received-From-MTA: DNS; escalated.example.test
Arrival-Date: Wed, 11 Mar 2026 08:37:13 GMT

Final-Recipient: RFC822; m.aziz@aziztextiles.example
Action: failed
Status: 5.1.2
Remote-MTA: DNS; aziztextiles.example
Last-Attempt-Date: Wed, 11 Mar 2026 08:37:13 GMT

--2B9KQ1a0029901.1741682233/relay.example.test
Content-Type: text/rfc822-headers

From: Example Support <support@example.test>
To: m.aziz@aziztextiles.example
Subject: Re: Mortgage application
Date: Wed, 11 Mar 2026 08:37:12 +0000
Message-ID: <reply-20260311083712.4@escalated.example.test>

--2B9KQ1a0029901.1741682233/relay.example.test--
""")

A("bounce", "en", "Office 365 NDR multipart/report with text+html notification",
  "Microsoft Outlook <postmaster@northgatefoods.example>", "Undeliverable: Re: Renewal paperwork",
  ctype='multipart/report; report-type=delivery-status;\n\tboundary="b1_8c1f6c2e-4a55-4e2a-9b5e-0c7a1d2e3f40"',
  hdrs=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US"), ("Auto-Submitted", "auto-replied")],
  raw="""
--b1_8c1f6c2e-4a55-4e2a-9b5e-0c7a1d2e3f40
Content-Type: multipart/alternative; differences=Content-Type;
	boundary="b2_8c1f6c2e-4a55-4e2a-9b5e-0c7a1d2e3f40"

--b2_8c1f6c2e-4a55-4e2a-9b5e-0c7a1d2e3f40
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Your message to s.whitfield@northgatefoods.example couldn't be delivered.
s.whitfield wasn't found at northgatefoods.example.

Action Required                                          Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the follo=
wing:
- Retype the recipient's address, then resend the message.
- Contact the recipient by some other means to confirm the address.

Diagnostic information for administrators:
Generating server: AM6PR02MB1234.eurprd02.prod.outlook.example
s.whitfield@northgatefoods.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient =
not found by SMTP address lookup'

--b2_8c1f6c2e-4a55-4e2a-9b5e-0c7a1d2e3f40
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head><meta http-equiv=3D"Content-Type" content=3D"text/html; charset=
=3Dus-ascii"></head><body><div style=3D"font-family:Segoe UI,sans-serif">
<p>Your message to <a href=3D"mailto:s.whitfield@northgatefoods.example">s.w=
hitfield@northgatefoods.example</a> couldn't be delivered.</p>
<p><b>s.whitfield</b> wasn't found at <b>northgatefoods.example</b>.</p>
<p>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'</p>
</div></body></html>

--b2_8c1f6c2e-4a55-4e2a-9b5e-0c7a1d2e3f40--

--b1_8c1f6c2e-4a55-4e2a-9b5e-0c7a1d2e3f40
Content-Type: message/delivery-status

Reporting-MTA: dns;AM6PR02MB1234.eurprd02.prod.outlook.example
Received-From-MTA: dns;escalated.example.test
Arrival-Date: Thu, 12 Mar 2026 10:02:44 +0000

Final-Recipient: rfc822;s.whitfield@northgatefoods.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--b1_8c1f6c2e-4a55-4e2a-9b5e-0c7a1d2e3f40
Content-Type: message/rfc822

From: Example Support <support@example.test>
To: Sarah Whitfield <s.whitfield@northgatefoods.example>
Subject: Re: Renewal paperwork
Date: Thu, 12 Mar 2026 10:02:41 +0000
Message-ID: <reply-20260312100241.3@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Hi Sarah, the signing page is a DocuSign link - I've resent it.

--b1_8c1f6c2e-4a55-4e2a-9b5e-0c7a1d2e3f40--
""")

A("bounce", "en", "Gmail DSN (Delivery Status Notification (Failure))",
  "Mail Delivery Subsystem <mailer-daemon@googlemail.example>", "Delivery Status Notification (Failure)",
  ctype='multipart/report; report-type=delivery-status;\n\tboundary="000000000000a1b2c3d4e5f60718"',
  hdrs=[("Auto-Submitted", "auto-replied")],
  raw="""
--000000000000a1b2c3d4e5f60718
Content-Type: multipart/related; boundary="000000000000a1b2c3d4e5f60719"

--000000000000a1b2c3d4e5f60719
Content-Type: multipart/alternative; boundary="000000000000a1b2c3d4e5f6071a"

--000000000000a1b2c3d4e5f6071a
Content-Type: text/plain; charset="UTF-8"


** Address not found **

Your message wasn't delivered to kyleb@brennanfit.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.example/mail/answer/6596

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.

--000000000000a1b2c3d4e5f6071a
Content-Type: text/html; charset="UTF-8"

<html><body><table><tr><td><h2>Address not found</h2>
<p>Your message wasn't delivered to <b>kyleb@brennanfit.example</b> because the address couldn't be found, or is unable to receive mail.</p>
<p>The response was:</p><p>The email account that you tried to reach does not exist.</p></td></tr></table></body></html>

--000000000000a1b2c3d4e5f6071a--

--000000000000a1b2c3d4e5f60719--

--000000000000a1b2c3d4e5f60718
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.example
Received-From-MTA: dns; escalated.example.test
Arrival-Date: Thu, 12 Mar 2026 14:55:03 -0700 (PDT)

Final-Recipient: rfc822; kyleb@brennanfit.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.brennanfit.example. (203.0.113.19, the server for the domain brennanfit.example.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Thu, 12 Mar 2026 14:55:04 -0700 (PDT)

--000000000000a1b2c3d4e5f60718
Content-Type: text/rfc822-headers

From: Example Support <support@example.test>
To: kyleb@brennanfit.example
Subject: Re: Order 99182
Date: Thu, 12 Mar 2026 21:55:01 +0000
Message-ID: <reply-20260312215501.9@escalated.example.test>

--000000000000a1b2c3d4e5f60718--
""")

A("bounce", "en", "qmail failure notice, plain text; original mentions chargeback and cancel",
  "MAILER-DAEMON@mail.viamail.example", "failure notice",
  hdrs=[("Return-Path", "<>")],
  body="""
Hi. This is the qmail-send program at mail.viamail.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<marco.bellini@viamail.example>:
user is over quota

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
Received: (qmail 20931 invoked from network); 13 Mar 2026 08:01:12 -0000
From: Example Support <support@example.test>
To: marco.bellini@viamail.example
Subject: Re: roaming charge 87.50
Message-ID: <reply-20260313080111.2@escalated.example.test>

Hello Marco, there's no need for a chargeback or to cancel - we have removed
the EUR 87.50 roaming charge and it will show on your next bill.
""", fmt="plain")

A("bounce", "de", "lokalisierte Exchange-Unzustellbarkeitsnachricht (deutsch), multipart/report",
  "Microsoft Outlook <postmaster@hofmann-immobilien.example>", "Unzustellbar: AW: Ihr Zeichen KD-88123",
  ctype='multipart/report; report-type=delivery-status;\n\tboundary="ndr_de_20260313_7f3a"',
  hdrs=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "de-DE"), ("Auto-Submitted", "auto-replied")],
  raw="""
--ndr_de_20260313_7f3a
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Ihre Nachricht an r.hofmann@hofmann-immobilien.example konnte nicht zugestellt=
 werden.

Das Postfach des Empf=E4ngers ist voll und kann derzeit keine Nachrichten
annehmen. Versuchen Sie, die Nachricht sp=E4ter erneut zu senden, oder wenden
Sie sich direkt an den Empf=E4nger.

Diagnoseinformationen f=FCr Administratoren:
Generierender Server: EX01.hofmann-immobilien.example
Remoteserver hat '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:Quota=
ExceededException' zur=FCckgegeben.

--ndr_de_20260313_7f3a
Content-Type: message/delivery-status

Reporting-MTA: dns;EX01.hofmann-immobilien.example
Received-From-MTA: dns;escalated.example.test
Arrival-Date: Fri, 13 Mar 2026 11:20:31 +0000

Final-Recipient: rfc822;r.hofmann@hofmann-immobilien.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full

--ndr_de_20260313_7f3a
Content-Type: text/rfc822-headers

From: Example Support <support@example.test>
To: r.hofmann@hofmann-immobilien.example
Subject: AW: Ihr Zeichen KD-88123
Date: Fri, 13 Mar 2026 11:20:29 +0000
Message-ID: <reply-20260313112029.5@escalated.example.test>

--ndr_de_20260313_7f3a--
""")

A("bounce", "de", "1&1-artiger Klartext-Bounce auf Deutsch, Postfach voll",
  "Mail Delivery System <mailer-daemon@kundenserver.example>", "Unzustellbare Nachricht: Wo bleibt meine Gutschrift???",
  hdrs=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")],
  body="""
Diese Nachricht wurde automatisch vom Mailsystem erstellt.

Eine von Ihnen gesendete Nachricht konnte nicht an alle Empfänger zugestellt
werden. Dies ist ein dauerhafter Fehler.

Folgende Adresse ist betroffen:

helga.brandt@web-post.example

Grund:
Das Postfach des Empfängers ist voll (552 5.2.2 quota exceeded).

--- Kopfzeilen der ursprünglichen Nachricht ---

From: Example Support <support@example.test>
To: helga.brandt@web-post.example
Subject: Re: Wo bleibt meine Gutschrift???
Date: Fri, 13 Mar 2026 15:02:11 +0100
""", fmt="l1")

A("bounce", "fr", "rapport de non-remise Exchange en français (multipart/report)",
  "Microsoft Outlook <postmaster@laposte-mail.example>", "Non remis : Re: Dossier 558812",
  ctype='multipart/report; report-type=delivery-status;\n\tboundary="ndr_fr_5f12aa09"',
  hdrs=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "fr-FR"), ("Auto-Submitted", "auto-replied")],
  raw="""
--ndr_fr_5f12aa09
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

"""+base64.encodebytes("""Le message n'a pas pu être remis à nathalie.roux@laposte-mail.example.

L'adresse e-mail est introuvable dans le domaine de destination. Elle
contient peut-être une faute de frappe ou n'existe plus.

Informations de diagnostic pour les administrateurs :
Serveur de génération : MX3.laposte-mail.example
Le serveur distant a retourné « 550 5.1.1 Utilisateur inconnu ».
""".replace("\n", "\r\n").encode("utf-8")).decode("ascii")+"""
--ndr_fr_5f12aa09
Content-Type: message/delivery-status

Reporting-MTA: dns;MX3.laposte-mail.example
Arrival-Date: Fri, 13 Mar 2026 16:40:02 +0100

Final-Recipient: rfc822;nathalie.roux@laposte-mail.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 Utilisateur inconnu

--ndr_fr_5f12aa09--
""")

A("bounce", "es", "notificación de no entrega en español (multipart/report)",
  "Administrador del sistema <postmaster@correo-es.example>", "No se puede entregar: Re: baja",
  ctype='multipart/report; report-type=delivery-status;\n\tboundary="ndr_es_0c71e2"',
  hdrs=[("Auto-Submitted", "auto-replied"), ("Return-Path", "<>")],
  raw="""
--ndr_es_0c71e2
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

Su mensaje no pudo entregarse a uno o m=E1s destinatarios.

  Para: rafa.moreno@correo-es.example
  Asunto: Re: baja

El buz=F3n del destinatario no existe (550 5.1.1 usuario desconocido).

--ndr_es_0c71e2
Content-Type: message/delivery-status

Reporting-MTA: dns;smtp1.correo-es.example
Arrival-Date: Sat, 14 Mar 2026 09:03:55 +0100

Final-Recipient: rfc822;rafa.moreno@correo-es.example
Action: failed
Status: 5.1.1

--ndr_es_0c71e2--
""")

A("bounce", "en", "Postfix delayed-delivery warning (Action: delayed)",
  "Mail Delivery System <MAILER-DAEMON@mx1.example.test>", "Delayed Mail (still being retried)",
  ctype='multipart/report; report-type=delivery-status;\n\tboundary="7A2E1180C3.1741900000/mx1.example.test"',
  hdrs=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")],
  raw="""
This is a MIME-encapsulated message.

--7A2E1180C3.1741900000/mx1.example.test
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.example.test.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<greta.holm@holmanalytics.example>: connect to
    mx.holmanalytics.example[198.51.100.61]:25: Connection timed out

--7A2E1180C3.1741900000/mx1.example.test
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.example.test
X-Postfix-Queue-ID: 7A2E1180C3
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: Sat, 14 Mar 2026 06:00:12 +0000 (UTC)

Final-Recipient: rfc822; greta.holm@holmanalytics.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.holmanalytics.example[198.51.100.61]:25:
    Connection timed out
Will-Retry-Until: Thu, 19 Mar 2026 06:00:12 +0000 (UTC)

--7A2E1180C3.1741900000/mx1.example.test
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Example Support <support@example.test>
To: greta.holm@holmanalytics.example
Subject: Re: Invoice paid, still no licences
Date: Sat, 14 Mar 2026 06:00:11 +0000
Message-ID: <reply-20260314060011.8@escalated.example.test>

--7A2E1180C3.1741900000/mx1.example.test--
""")

A("bounce", "en", "content-filter rejection bounce quoting 'security breach' wording",
  "MAILER-DAEMON <MAILER-DAEMON@gw.kestrelsec.example>", "Undeliverable mail: Re: Your API keys on a public paste",
  hdrs=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")],
  body="""
Your message was rejected by the content filter at gw.kestrelsec.example.

Recipient: owen.pritchard@kestrelsec.example
Reason: 554 5.7.1 Message contains a link flagged by policy "external-paste"

Original subject: Re: Your API keys on a public paste
Original text (first lines):
  Hi Owen, thank you for reporting the possible security breach. Our security
  team has revoked the keys you found on the paste site...

This is an automatically generated message. Do not reply.
""", fmt="plain")

# ---- list
A("list", "en", "vendor newsletter (List-Unsubscribe, Precedence: bulk), mentions security and outage words",
  "Cloudlane Updates <news@updates.cloudlane.example>", "March product update: faster backups, new status page",
  """
Hi there,

Here's what's new at Cloudlane this month:

* Backups now run up to 3x faster for large workspaces.
* Our new status page lets you subscribe to incident and outage notices.
* Security tip: turn on two-factor authentication to protect your account
  from unauthorised logins.

Join our webinar on 26 March to see it all in action.

You're receiving this because you signed up for product news.
Unsubscribe: https://updates.cloudlane.example/u/8f2a91
""", fmt="alt", hdrs=[("List-Unsubscribe", "<https://updates.cloudlane.example/u/8f2a91>, <mailto:unsubscribe@updates.cloudlane.example?subject=8f2a91>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                     ("List-Id", "Cloudlane product news <news.updates.cloudlane.example>")])

A("list", "en", "Mailman discussion-list post with List-Id/Precedence: list; body talks of a server down",
  "Arjun Mehta <arjun.mehta@netops.example>", "[mta-users] Postfix queue stuck after upgrade - server basically down",
  """
Hi all,

After upgrading to 3.9 our queue manager stops picking up mail after ~10
minutes and the server is basically down until we restart it. Nothing obvious
in the logs. Has anyone seen this? Config below.

Arjun
_______________________________________________
mta-users mailing list -- mta-users@lists.example.test
To unsubscribe send an email to mta-users-leave@lists.example.test
""", to="mta-users@lists.example.test", hdrs=[("List-Id", "MTA users discussion <mta-users.lists.example.test>"),
                                             ("List-Post", "<mailto:mta-users@lists.example.test>"),
                                             ("List-Unsubscribe", "<mailto:mta-users-leave@lists.example.test>"),
                                             ("Precedence", "list"), ("Sender", "mta-users-bounces@lists.example.test"),
                                             ("X-BeenThere", "mta-users@lists.example.test")])

A("list", "en", "status-page subscription notice about an incident (bulk)",
  "PayRail Status <noreply@status.payrail.example>", "[PayRail] Incident: card payments degraded in EU region",
  """
Investigating - We are seeing elevated error rates for card payments in the
EU region. Some transactions may fail with a 502 error. Our engineers are
investigating. Next update in 30 minutes.

Mar 12, 09:41 UTC

You are receiving this because you subscribed to PayRail status updates.
Manage your subscription: https://status.payrail.example/subscriptions/ab12
""", fmt="plain", hdrs=[("List-Unsubscribe", "<https://status.payrail.example/unsubscribe/ab12>"), ("Precedence", "bulk"),
                         ("Auto-Submitted", "auto-generated")])

A("list", "de", "deutscher Newsletter mit List-Unsubscribe",
  "Büroland Newsletter <newsletter@bueroland.example>", "Frühlingsaktion: 20 % auf Bürostühle",
  """
Hallo,

nur bis Sonntag: 20 % Rabatt auf alle ergonomischen Bürostühle. Dazu kostenlose
Lieferung ab 99 € Bestellwert.

Sie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben.
Abmelden: https://bueroland.example/newsletter/abmelden?id=5521
""", fmt="html", hdrs=[("List-Unsubscribe", "<https://bueroland.example/newsletter/abmelden?id=5521>"), ("Precedence", "bulk")])

A("list", "fr", "lettre d'information en français (Precedence: bulk)",
  "La Lettre Compta <lettre@compta-pratique.example>", "La lettre du mois : fin de l'exercice et obligations RGPD",
  """
Bonjour,

Au sommaire ce mois-ci : clôture de l'exercice, les nouvelles obligations de
facturation électronique, et un rappel sur les sanctions de la CNIL en cas de
violation du RGPD.

Pour vous désinscrire : https://compta-pratique.example/desinscription
""", fmt="qp", hdrs=[("List-Id", "<lettre.compta-pratique.example>"), ("List-Unsubscribe", "<https://compta-pratique.example/desinscription>"), ("Precedence", "bulk")])

A("list", "es", "mensaje de grupo (Google Groups) con List-Id",
  "Carlos Núñez <carlos.nunez@correo-es.example>", "[usuarios-facturacion] ¿A alguien más se le ha caído el servicio?",
  """
Buenas a todos,

Desde esta mañana no puedo entrar en la plataforma de facturación, me da error
500. ¿Le pasa a alguien más?

Carlos

--
Has recibido este mensaje porque estás suscrito al grupo "usuarios-facturacion".
Para anular la suscripción, envía un correo a usuarios-facturacion+unsubscribe@grupos.example.
""", to="usuarios-facturacion@grupos.example", fmt="b64",
  hdrs=[("List-Id", "<usuarios-facturacion.grupos.example>"), ("Mailing-list", "list usuarios-facturacion@grupos.example; contact usuarios-facturacion+owners@grupos.example"),
        ("Precedence", "list"), ("List-Unsubscribe", "<mailto:usuarios-facturacion+unsubscribe@grupos.example>")])

# ---- receipt (MDN)
def mdn(lang, note, frm, subj, text, charset, disposition, orig_subject, ua):
    addr = email.utils.parseaddr(frm)[1]
    bnd = "mdn_" + hashlib.sha1(subj.encode("utf-8")).hexdigest()[:16]
    if charset == "utf-8":
        tp = "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n" + \
             base64.encodebytes(text.replace("\n", "\r\n").encode("utf-8")).decode("ascii")
    else:
        tp = "Content-Type: text/plain; charset=%s\nContent-Transfer-Encoding: quoted-printable\n\n%s" % (
            charset, qp(text.encode(charset)))
    raw = """--{b}
{tp}
--{b}
Content-Type: message/disposition-notification

Reporting-UA: {ua}
Original-Recipient: rfc822;{a}
Final-Recipient: rfc822;{a}
Original-Message-ID: <reply-{h}@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; {d}

--{b}
Content-Type: text/rfc822-headers

From: Example Support <support@example.test>
To: {a}
Subject: {os}
Message-ID: <reply-{h}@escalated.example.test>

--{b}--
""".format(b=bnd, tp=tp.rstrip("\n") + "\n", ua=ua, a=addr, h=bnd[4:], d=disposition,
           os=enc_header(orig_subject))
    A("receipt", lang, note, frm, subj,
      ctype='multipart/report; report-type=disposition-notification;\n\tboundary="%s"' % bnd, raw=raw)


mdn("en", "Thunderbird MDN 'Return Receipt (displayed)'", "Julia Brandt <julia.brandt@brandtlabs.example>",
    "Return Receipt (displayed) - Re: Invoice INV-30551",
    "This is a Return Receipt for the mail that you sent to julia.brandt@brandtlabs.example.\n\n"
    "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's "
    "computer. There is no guarantee that the recipient has read or understood the message contents.\n",
    "utf-8", "displayed", "Re: Invoice INV-30551", "Thunderbird 115.8.0")
mdn("en", "Outlook read receipt 'Read:'", "Walter Briggs <wbriggs@lakeside.example>", "Read: Re: Account 300-118-442",
    "Your message\n\n  To: wbriggs@lakeside.example\n  Subject: Re: Account 300-118-442\n\nwas read on "
    "Friday, March 13, 2026 4:02:17 PM (UTC-05:00) Eastern Time (US & Canada).\n",
    "us-ascii", "displayed", "Re: Account 300-118-442", "Microsoft Outlook 16.0")
mdn("de", "Lesebestätigung 'Gelesen:'", "Klaus Dietrich <klaus.dietrich@dietrich-online.example>",
    "Gelesen: AW: Anschluss Kundennummer 44901872",
    "Ihre Nachricht\n\n  An: klaus.dietrich@dietrich-online.example\n  Betreff: AW: Anschluss Kundennummer 44901872\n\n"
    "wurde am Freitag, 13. März 2026 09:14:55 (UTC+01:00) gelesen.\n",
    "iso-8859-1", "displayed", "AW: Anschluss Kundennummer 44901872", "Microsoft Outlook 16.0")
mdn("fr", "accusé de lecture 'Lu :'", "Julien Lefèvre <julien.lefevre@free-mail.example>",
    "Lu : Re: Demande d'accès à mes données",
    "Votre message\n\n  À : julien.lefevre@free-mail.example\n  Objet : Re: Demande d'accès à mes données\n\n"
    "a été lu le vendredi 13 mars 2026 à 11:40.\n",
    "iso-8859-15", "displayed", "Re: Demande d'accès à mes données", "Microsoft Outlook 16.0")
mdn("es", "confirmación de lectura 'Leído:'", "Andrés Gil <andres.gil@correo-es.example>",
    "Leído: Re: Llamadas comerciales",
    "Su mensaje\n\n  Para: andres.gil@correo-es.example\n  Asunto: Re: Llamadas comerciales\n\n"
    "se ha leído el sábado, 14 de marzo de 2026 10:22:01 (UTC+01:00).\n",
    "utf-8", "displayed", "Re: Llamadas comerciales", "Microsoft Outlook 16.0")

# ---- self (the desk's own mail looping back)
A("self", "en", "copy of the desk's own outgoing reply (From support@), quotes a legal threat",
  "Example Support <support@example.test>", "Re: Contract HV-2291 - delivery failure",
  """
Dear Ms Voss,

Thank you for your message. I have passed your case to our account director,
who will call you today. We understand your solicitors may contact us and
we'll cooperate fully.

> Please note that I have today passed the file to our solicitors

Kind regards,
Example Support
""", to="evoss@vossinteriors.example", fmt="qp", hdrs=[("Bcc", "support@example.test")])

A("self", "en", "escalated's own daily digest from escalated@",
  "escalated <escalated@example.test>", "Escalation digest: 5 tickets need attention",
  """
Escalation digest for support@example.test, 12 Mar 2026

  #44120  manager_request              Renata Silva
  #44131  legal_threat, high_value     Eleanor Voss
  #44138  outage, technical_issue      Rick Alvarez
  #44140  security_incident            Gary Lindqvist
  #44152  safety, technical_issue      Ben Hollis

This message was generated by escalated. Do not reply.
""", fmt="plain", hdrs=[("Auto-Submitted", "auto-generated")],
  msgid="<digest-20260312.0600@escalated.example.test>")

A("self", "en", "agent reply sent through the desk, own Message-ID domain, not from support@",
  "Kate Morrison <kate.morrison@example.test>", "Re: Someone is in my account",
  """
Hi Gary,

I've locked the account and signed out all sessions. The login from Bucharest
did not change your payment details. Please set a new password using the link
we just sent.

Kate
Example Support
""", to="gary.l@northpine.example", fmt="alt", msgid="<reply-20260312.1155.kmorrison@escalated.example.test>")

A("self", "en", "desk's own auto-acknowledgement (From support@) looping back",
  "Example Support <support@example.test>", "[#44198] We've received your message",
  """
Hello,

Thanks for getting in touch. Your request is ticket #44198. If your service is
completely down or you believe your account has been compromised, please call
us on 0800 555 0199 instead of waiting for a reply.

Example Support
""", fmt="plain", hdrs=[("Auto-Submitted", "auto-replied")])

A("self", "de", "Zufriedenheitsumfrage des eigenen Desks (From support@)",
  "Example Support <support@example.test>", "Ihre Anfrage wurde gelöst - wie zufrieden waren Sie?",
  """
Guten Tag,

Ihre Anfrage #44073 wurde als gelöst markiert. Wie zufrieden waren Sie mit
unserem Service? Ein Klick genügt:

  sehr zufrieden | zufrieden | unzufrieden

Vielen Dank!
Ihr Support-Team
""", fmt="l1", to="markus.hahn@hahn-mail.example")


# ===================================================================== BUILD

HEADER = ["file", "triggers", "automated", "lang", "trap", "note"]


def assign_formats():
    k = 0
    for m in MSGS:
        if m["fmt"] is None:
            if m.get("attach"):
                m["fmt"] = "att"
            else:
                m["fmt"] = ROTATION[k % len(ROTATION)]
                k += 1


def build():
    assign_formats()
    for f in os.listdir(HERE):
        if re.match(r"^h3-\d{4}\.eml$", f):
            os.remove(os.path.join(HERE, f))
    order = list(range(len(MSGS)))
    random.Random(SEED).shuffle(order)
    rows = []
    for pos, mi in enumerate(order):
        m = MSGS[mi]
        name = "h3-%04d.eml" % (pos + 1)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(render_message(m, pos))
        rows.append([name, m["trig"], m["auto"], m["lang"], m["trap"], m["note"]])
        m["file"] = name
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(HEADER) + "\n")
        for r in rows:
            assert all("\t" not in c and "\n" not in c for c in r), r
            fh.write("\t".join(r) + "\n")


def all_defects(msg):
    found = []
    for part in msg.walk():
        found += [repr(d) for d in part.defects]
        for k, v in part.items():
            found += ["%s: %r" % (k, d) for d in getattr(v, "defects", ())]
    return found


def validate():
    errors = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[0] != "\t".join(HEADER):
        errors.append("labels.tsv header wrong")
    rows = [l.split("\t") for l in lines[1:] if l]
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    labelled = [r[0] for r in rows]
    if sorted(labelled) != files or len(set(labelled)) != len(labelled):
        errors.append("labels.tsv and .eml files do not match one to one")
    stats = collections.defaultdict(collections.Counter)
    nonplain = 0
    for r in rows:
        if len(r) != 6:
            errors.append("%s: %d columns" % (r[0], len(r)))
            continue
        f, trig, auto, lang, trap, note = r
        if trig != "-":
            ids = trig.split(",")
            if ids != sorted(ids) or len(set(ids)) != len(ids):
                errors.append("%s: triggers not sorted/unique" % f)
            for t in ids:
                if t not in TRIGGERS:
                    errors.append("%s: unknown trigger %s" % (f, t))
                stats["trigger"][t] += 1
        if auto != "-":
            if auto not in AUTO_KINDS:
                errors.append("%s: bad automated kind" % f)
            if trig != "-":
                errors.append("%s: automated mail with triggers" % f)
            stats["automated"][auto] += 1
        if lang not in LANGS:
            errors.append("%s: bad lang" % f)
        if trap not in TRAPS:
            errors.append("%s: bad trap" % f)
        if not note.strip():
            errors.append("%s: empty note" % f)
        stats["lang"][lang] += 1
        stats["trap"][trap] += 1
        stats["class"]["automated" if auto != "-" else ("trigger" if trig != "-" else "no-trigger")] += 1
        if auto == "-" and trig != "-":
            stats["ntrig"][len(trig.split(","))] += 1
        if auto == "-":
            stats["trap_by_class"][("pos " if trig != "-" else "neg ") + trap] += 1
        path = os.path.join(HERE, f)
        if not os.path.exists(path):
            continue
        data = open(path, "rb").read()
        if data.count(b"\n") != data.count(b"\r\n") or data.count(b"\r") != data.count(b"\r\n"):
            errors.append("%s: not pure CRLF" % f)
        msg = email.message_from_bytes(data, policy=email.policy.default)
        d = all_defects(msg)
        if d:
            errors.append("%s: defects %s" % (f, d))
        for hname in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[hname] is None:
                errors.append("%s: missing %s" % (f, hname))
        plain = (msg.get_content_type() == "text/plain" and msg.get_content_charset() in ("utf-8", "us-ascii", None)
                 and msg.get("Content-Transfer-Encoding", "7bit").lower() in ("7bit", "8bit")
                 and "=?" not in data.split(b"\r\n\r\n", 1)[0].decode("ascii", "replace"))
        if not plain:
            nonplain += 1
        stats["mime"][msg.get_content_type()] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as e:  # noqa
                    errors.append("%s: cannot decode text part: %s" % (f, e))
                cs = part.get_content_charset()
                stats["charset"][cs] += 1
                stats["cte"][part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
    for t in TRIGGERS:
        if stats["trigger"][t] < 10:
            errors.append("trigger %s has only %d positives" % (t, stats["trigger"][t]))
    return errors, stats, nonplain, len(rows)


def main():
    if "--check" not in sys.argv:
        build()
    errors, stats, nonplain, n = validate()
    print("messages: %d   non-plain-UTF-8 MIME: %d" % (n, nonplain))
    for key in ("class", "lang", "automated", "trigger", "trap", "trap_by_class", "ntrig", "mime", "charset", "cte"):
        print("%s: %s" % (key, ", ".join("%s=%d" % kv for kv in sorted(stats[key].items(), key=lambda kv: str(kv[0])))))
    if errors:
        print("\nVALIDATION FAILED (%d problems)" % len(errors))
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("validation OK")


if __name__ == "__main__":
    main()
