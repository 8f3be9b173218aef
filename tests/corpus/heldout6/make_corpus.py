#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the heldout6 labelled support-mail corpus for "escalated".

Usage:
    python3 make_corpus.py          # (re)write h6-*.eml, labels.tsv, README.md, then validate
    python3 make_corpus.py --check  # validate the existing files only

Standard library only. Deterministic: fixed random seed, byte-identical output on every run.
Every message text below was written by hand, one message at a time.

Copyright (c) 2026 the escalated contributors. MIT licence (see README.md).
"""
import base64
import datetime
import email
import email.policy
import hashlib
import html
import html.entities
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 6060606
DESK = "support@example.test"

TRIGGERS = [
    "legal_threat", "regulatory", "manager_request", "corporate_contact_request",
    "executive_contact", "security_incident", "data_loss", "outage", "billing_dispute",
    "cancellation_threat", "media_threat", "discrimination_harassment", "safety",
    "broken_promise", "repeat_contact", "high_value_order", "severe_dissatisfaction",
    "feature_request", "technical_issue",
]
AUTO_KINDS = ["auto_reply", "bounce", "list", "receipt", "self"]
TRAPS = ["title", "quoted", "signature", "negation", "policy_question", "reported",
         "innocuous", "conditional", "other"]
LANGS = ["en", "de", "fr", "es"]

MSGS = []  # filled by C() and A() below


def C(lang, trig, trap, note, frm, subj, body, **kw):
    """A customer mail. trig: space separated trigger ids or '-'. body: hand-written text."""
    MSGS.append(dict(kind="customer", lang=lang, trig=trig, trap=trap, note=note,
                     frm=frm, subj=subj, body=body, kw=kw))


def A(auto, lang, note, frm, subj, body=None, **kw):
    """An automated mail (no triggers)."""
    MSGS.append(dict(kind=auto, lang=lang, trig="-", trap="-", note=note,
                     frm=frm, subj=subj, body=body, kw=kw))


# ---------------------------------------------------------------- MIME helpers

def crlf(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\n", "\r\n")


def qp_encode(data):
    """Quoted-printable encode bytes (line breaks are LF in input) -> str with CRLF."""
    out_lines = []
    for raw in data.split(b"\n"):
        enc = []
        for i, b in enumerate(raw):
            c = bytes([b])
            if b == 0x3D or b > 126 or (b < 32 and b != 9):
                enc.append("=%02X" % b)
            elif b in (9, 32) and i == len(raw) - 1:
                enc.append("=%02X" % b)
            else:
                enc.append(c.decode("ascii"))
        line, cur = [], ""
        for tok in enc:
            if len(cur) + len(tok) > 75:
                line.append(cur + "=")
                cur = ""
            cur += tok
        line.append(cur)
        out_lines.extend(line)
    return "\r\n".join(out_lines)


def b64_encode(data):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def enc_word(s, mode, charset="utf-8"):
    """RFC 2047 encode s into one or more encoded words (folded)."""
    words, cur = [], ""
    limit = 42 if mode == "B" else 22
    for ch in s:
        if len((cur + ch).encode(charset)) > limit:
            words.append(cur)
            cur = ""
        cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(charset)
        if mode == "B":
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(b).decode("ascii")))
        else:
            q = ""
            for x in b:
                if x == 32:
                    q += "_"
                elif (48 <= x <= 57) or (65 <= x <= 90) or (97 <= x <= 122) or x in b"!*+-/":
                    q += chr(x)
                else:
                    q += "=%02X" % x
            out.append("=?%s?Q?%s?=" % (charset, q))
    return "\r\n ".join(out)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def fold(name, value):
    """Fold a plain ASCII header at spaces to keep lines short."""
    line = "%s: %s" % (name, value)
    if len(line) <= 78:
        return line
    words = line.split(" ")
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > 76:
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\r\n".join(out)


def addr_header(name_addr, rng, charset="utf-8"):
    """'Name <a@b>' -> header value, RFC 2047 encoding non-ASCII display names."""
    if "<" not in name_addr:
        return name_addr
    name, addr = name_addr.rsplit("<", 1)
    name = name.strip().strip('"')
    addr = "<" + addr
    if not name:
        return addr
    if is_ascii(name):
        if any(c in name for c in ",.;:@()"):
            return '"%s" %s' % (name, addr)
        return "%s %s" % (name, addr)
    cs = charset if charset in ("iso-8859-1", "iso-8859-15", "windows-1252") else "utf-8"
    try:
        name.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return "%s %s" % (enc_word(name, rng.choice("BQ"), cs), addr)


def subj_header(subj, rng, charset="utf-8", force=False):
    if is_ascii(subj) and not force:
        return fold("Subject", subj)
    cs = charset if charset in ("iso-8859-1", "iso-8859-15", "windows-1252") else "utf-8"
    try:
        subj.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return "Subject: " + enc_word(subj, rng.choice("BQ"), cs)


def text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", extra=""):
    data = text.replace("\r\n", "\n").encode(charset)
    if cte == "quoted-printable":
        payload = qp_encode(data)
    elif cte == "base64":
        payload = b64_encode(data)
    else:  # 7bit / 8bit
        payload = data.decode(charset)
        if cte == "8bit" and is_ascii(payload):
            cte = "7bit"
        payload = crlf(payload)
    hdr = "Content-Type: text/%s; charset=\"%s\"%s\r\nContent-Transfer-Encoding: %s\r\n" % (
        subtype, charset, extra, cte)
    return ("leaf", hdr, payload, charset if cte == "8bit" else "ascii")


def raw_part(ctype_line, text, extra_hdr=""):
    return ("leaf", "Content-Type: %s\r\n%s" % (ctype_line, extra_hdr), crlf(text), "ascii")


def attach_part(ctype, filename, data, disp="attachment"):
    hdr = ("Content-Type: %s; name=\"%s\"\r\nContent-Disposition: %s; filename=\"%s\"\r\n"
           "Content-Transfer-Encoding: base64\r\n" % (ctype, filename, disp, filename))
    return ("leaf", hdr, b64_encode(data), "ascii")


def multi(subtype, parts, rng, params=""):
    boundary = "=_h6_%08x%04x" % (rng.getrandbits(32), rng.getrandbits(16))
    return ("multi", subtype, boundary, parts, params)


def serialize(part):
    """-> (header bytes for the part's Content-Type etc., body bytes)."""
    if part[0] == "leaf":
        _, hdr, payload, cs = part
        return hdr.encode("ascii"), payload.encode(cs if cs != "ascii" else "ascii")
    _, subtype, boundary, parts, params = part
    hdr = "Content-Type: multipart/%s;%s\r\n boundary=\"%s\"\r\n" % (subtype, params, boundary)
    body = b""
    if subtype != "report":
        body += b"This is a multi-part message in MIME format.\r\n\r\n"
    for p in parts:
        h, b = serialize(p)
        body += b"--" + boundary.encode() + b"\r\n" + h + b"\r\n" + b + b"\r\n"
    body += b"--" + boundary.encode() + b"--\r\n"
    return hdr.encode("ascii"), body


# ---------------------------------------------------------------- HTML rendering

def esc(s, ascii_only):
    s = html.escape(s, quote=False)
    if not ascii_only:
        return s
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        elif ord(ch) in html.entities.codepoint2name:
            out.append("&%s;" % html.entities.codepoint2name[ord(ch)])
        else:
            out.append("&#%d;" % ord(ch))
    return "".join(out)


def html_block(lines, ascii_only):
    out, para, quote = [], [], []

    def flush_para():
        if para:
            out.append("<p>" + "<br>\n".join(esc(x, ascii_only) for x in para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            inner = [q[1:].lstrip(" ") if q.startswith(">") else q for q in quote]
            out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n'
                       + html_block(inner, ascii_only) + "\n</blockquote>")
            quote.clear()

    for ln in lines:
        if ln.startswith(">"):
            flush_para()
            quote.append(ln)
            continue
        flush_quote()
        if ln.strip() == "":
            flush_para()
        else:
            para.append(ln)
    flush_para()
    flush_quote()
    return "\n".join(out)


def to_html(text, ascii_only=False, font="Arial"):
    lines = text.split("\n")
    sig = None
    if "-- " in lines:
        i = lines.index("-- ")
        lines, sig = lines[:i], lines[i + 1:]
    body = html_block(lines, ascii_only)
    if sig:
        body += ('\n<div class="signature" style="color:#666">-- <br>\n'
                 + "<br>\n".join(esc(x, ascii_only) for x in sig) + "</div>")
    cs = "us-ascii" if ascii_only else "utf-8"
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '</head>\n<body style="font-family:%s,sans-serif;font-size:11pt">\n%s\n</body>\n</html>\n'
            % (cs, font, body))


# ================================================================ ENGLISH, with triggers

C("en", "outage technical_issue", "-", "whole board app returns 502 for all users",
  "Priya Raman <priya.raman@northwind-studio.example>",
  "Nothing loads - 502 Bad Gateway on every page",
  """Hi,

Since about 08:40 this morning none of our 23 users can get into the boards. Every page, every browser, every device: "502 Bad Gateway" and then a blank white page. Your status page still says all systems operational which is frankly a bit funny.

We have a client presentation at 2pm and all the material is in there. Can someone tell me what's going on?

Priya Raman
Studio Lead, Northwind Studio
""")

C("en", "billing_dispute", "-", "charged twice for the same month",
  "Gareth Pugh <g.pugh@pughplumbing.example>",
  "two payments taken for January??",
  """hello, just looking at the business account and youve taken £38.00 on the 3rd AND another £38.00 on the 4th, same reference, same plan. We only have the one subscription as far as I know. Please put one of them back, i dont want to be chasing this.

cheers
Gareth
Pugh Plumbing & Heating
""")

C("en", "cancellation_threat severe_dissatisfaction technical_issue", "-",
  "vacuum keeps dying, furious, will return all units and move to another brand",
  "Donna Keating <donnak@keating-family.example>",
  "RE: RoboSweep S3 still useless",
  """I honestly cannot believe I am writing this again. The S3 gets halfway across the living room, beeps three times and just dies. Fully charged. Reset it, updated the app, did the whole dance your colleague told me to do.

I am absolutely livid. Three hundred dollars for a very expensive doorstop. I'm sending it back and the other two we bought for my parents are going back too, and we'll be buying the other brand. Done.

Donna

-----Original Message-----
From: Support <support@example.test>
Sent: Monday, February 2, 2026 10:14 AM
To: Donna Keating <donnak@keating-family.example>
Subject: RE: RoboSweep S3 still useless

Hi Donna, please try a factory reset by holding the home button for 10 seconds...
""", irt="t-77120")

C("en", "manager_request technical_issue", "-", "export broken, wants supervisor",
  "Tomasz Wójcik <tomasz.wojcik@brightledger.example>",
  "CSV export cuts off after 1000 rows",
  """Hello,

The CSV export in Reports stops at exactly 1000 rows, every time, no warning. We have 4,300 time entries for January so the file is useless for payroll.

Your first-line colleague keeps telling me to "try a smaller date range". That is not a fix. I'd like somebody more senior to look at this please, a team lead or whoever owns the export feature.

Regards,
Tomasz Wójcik
Payroll, Bright Ledger Sp. z o.o.
""")

C("en", "legal_threat billing_dispute", "-", "charged after cancelling, solicitor will be instructed",
  "Margaret Ashworth <m.ashworth@ashworth-lettings.example>",
  "Direct debit taken after termination",
  """Dear Sirs,

I terminated our broadband contract in writing on 28 November with effect from 31 December, and your own letter of 2 December confirms this. Notwithstanding that, a direct debit of £54.99 was collected on 15 January.

I require that sum to be returned within seven days. Failing that I shall pass the matter to my solicitor without further notice.

Yours faithfully,
Margaret Ashworth
Ashworth Lettings
""")

C("en", "security_incident", "-", "suspicious logins from abroad, password changed by someone else",
  "Kevin Osei <kevin.osei@gmail.example>",
  "someone is in my account",
  """Hi there

I got three "new sign-in" emails last night from places I have never been to (one says Jakarta, one Lima). When I tried to log in this morning my password didn't work anymore and the recovery email has been changed to some address I don't know.

I did not do any of that. Please lock the account before they spend my money, I have a card saved on there.

Kevin
""")

C("en", "data_loss technical_issue", "-", "project files vanished after sync",
  "Lucia Brandt <lucia@brandt-architecture.example>",
  "All attachments in 'Harbour Lofts' project are gone",
  """Hi,

after the desktop app synced this morning every attachment in the Harbour Lofts project shows as 0 KB and cannot be opened. That's about 140 drawings and the planning application. The task list is still there but the files are simply empty.

Is there a backup you can restore from? We have a submission deadline on Thursday.

Lucia Brandt
Brandt Architecture
""")

C("en", "safety technical_issue", "-", "heater plug melted and smelled of burning",
  "Harold Finch <h.finch55@btmail.example>",
  "Warmwell oil heater - plug melted",
  """Good afternoon,

I have one of your Warmwell 2000 oil filled radiators, bought in October. Yesterday evening my wife noticed a smell of hot plastic and when I pulled the plug out of the wall it was black around the pins and partly melted. The socket is scorched as well.

We are both in our seventies and frankly it frightened us. It is unplugged and in the garage now. What should we do with it?

Harold Finch
""")

C("en", "broken_promise repeat_contact", "-", "refund promised twice, third email",
  "Aisha Bello <aisha.bello@inbox.example>",
  "Re: Refund for cancelled Lakeside Festival tickets",
  """Hi,

This is now my third email about this. Two weeks ago "Mark" wrote that the refund of my two tickets would be on my card within 5 working days. Then last Tuesday somebody else said the same thing again. Nothing has arrived.

Order number LF-229184. Can you please just tell me when the money is actually coming.

Aisha
""", irt="t-90331")

C("en", "media_threat severe_dissatisfaction", "-", "will post on social media, calls service shameful",
  "Jordan Pike <jordan@pikeandpaddle.example>",
  "Your courier left my order in the rain",
  """Your driver left a box of prescription eczema creams on the doorstep in the pouring rain, no knock, no card. Box was soaked through.

Honestly this is the most shambolic service I've ever dealt with, it's a disgrace. I run a small parenting account with about 18k followers and I'm going to post photos of exactly how your pharmacy delivers medication unless somebody sorts this today.

Jordan
""")

C("en", "feature_request", "-", "asks for dark mode in the banking app",
  "Sanjay Mehta <sanjay.m@fastmail.example>",
  "Small request for the app",
  """Hey team,

Love the app, been with you for 2 years now. One thing though: I check my balance mostly at night and the white screen is blinding. Any chance you could build a proper dark mode? Following the phone's system setting would be perfect.

Thanks!
Sanjay
""")

C("en", "high_value_order technical_issue", "-", "18,400 USD server order stuck in provisioning",
  "Eleanor Vance <evance@vance-analytics.example>",
  "Dedicated servers ordered 9 days ago still 'provisioning'",
  """Hello,

On 12 January we ordered four dedicated servers (order DS-55012, total USD 18,400.00 for the 12 month term, paid up front). The control panel still shows all four as "provisioning" and the provisioning log ends with "ERR_IPMI_TIMEOUT".

We were planning to migrate this weekend. Please have someone look at it.

Eleanor Vance
CTO, Vance Analytics
""")

C("en", "discrimination_harassment", "-", "rental desk agent mocked accent and refused car",
  "Mohammed Al-Rashid <m.alrashid@mailbox.example>",
  "Treatment at your airport desk",
  """To whom it may concern,

On 6 February I collected a reserved car at your Terminal 2 desk. The agent repeatedly imitated my accent to his colleague, laughing, and then told me "people like you" need to leave an extra deposit of 500 dollars, which was not asked of the couple in front of me with the identical booking.

I have rented from you for years. I would like to know what you intend to do about this employee.

Mohammed Al-Rashid
""")

C("en", "corporate_contact_request executive_contact", "-", "wants CEO email to write to her",
  "Bernard Clarke <bclarke@clarke-dental.example>",
  "CEO email address",
  """Hi,

Please send me the direct email address of your chief executive. I intend to write to her personally about how our practice has been treated over the last month.

B. Clarke
Practice Owner
""")

C("en", "regulatory billing_dispute", "-", "complaint to ombudsman about overcharged energy bill",
  "Rita Okafor <rita.okafor@homemail.example>",
  "Bill of £612 for a 1-bed flat",
  """Hello,

My December electricity bill is £612.40. I live alone in a one-bedroom flat and it is normally around £70. The meter reading you used (48211) is higher than what is actually on my meter today (41876), I've attached a photo.

I want a corrected bill. I've already started a complaint with the Energy Ombudsman because I don't trust this to be fixed otherwise.

Rita Okafor
""", fmt="mixed", att=("image/jpeg", "meter.jpg", "png"))

C("en", "repeat_contact technical_issue manager_request", "-", "fourth contact about app crash, asks for escalation",
  "Chloe Martin <chloe.martin@uni-mail.example>",
  "Course videos won't play (4th time writing)",
  """Hiya,

So this is the fourth time I've had to write about the videos in "Intro to Statistics" module 3. They load to about 12% and then the player shows "Error 224003". Tried Chrome, Firefox, my phone, uni library PC.

Each time I get a reply with the same clearing-your-cache article and the ticket gets closed. Could you please pass this to someone above first line support, because my exam is on the 20th.

Chloe (2nd year student)
""")

C("en", "cancellation_threat outage technical_issue", "-", "third outage this month, will switch providers",
  "Dev Patel <dev@patelcornershop.example>",
  "Internet down AGAIN",
  """Internet dead since last night, router shows red light, no dial tone on the phone line either. My card machine runs over this connection so I've been cash only all morning.

Third outage this month. Once your contract lets me, I'm off to another provider, and I'll be looking at whether I can leave early given this.

Dev
Patel's Corner Shop
""")

C("en", "executive_contact severe_dissatisfaction broken_promise", "quoted",
  "cc'd CEO, promised credit never applied; quoted history irrelevant",
  "Fiona Gallagher <fiona@gallagher-events.example>",
  "Re: Credit for 9 January",
  """I've copied your CEO on this because frankly I've had enough.

You promised us in writing a credit of 40% of the booking fees for the problems on 9 January. Six weeks later, nothing on our statement. This is appalling, genuinely the worst treatment we've had from any supplier in 15 years.

Fiona Gallagher
Director, Gallagher Events

On Tue, 13 Jan 2026 at 16:02, Support <support@example.test> wrote:
> Dear Fiona,
> we apologise for the disruption on 9 January. As a goodwill gesture we will
> apply a credit of 40% of the booking fees to your next statement.
> Kind regards, Support
""", cc="Andrea Holt <andrea.holt@example.test>", irt="t-61007")

C("en", "billing_dispute", "conditional", "wrong plan charged, conditional chargeback",
  "Laura Kim <laurakim@webpost.example>",
  "Charged for Premium, I'm on Basic",
  """Hello,

I downgraded to Basic (£4.99) in December, I have the confirmation email. This month's payment was £14.99, the Premium price.

Please refund the £10 difference. If it isn't back by the end of next week I'll ask my bank to reverse the payment.

Laura
""")

C("en", "legal_threat data_loss technical_issue", "-", "lost bookkeeping data, lawyer involved",
  "Arthur Bell <arthur@bellandco-accountants.example>",
  "Loss of client records after your update",
  """Dear Support,

Following your update on 21 January, ledger entries for eleven of our clients between October and December no longer exist in the system. The audit trail shows them as "purged" by a system user, not by anyone in our office.

Our professional indemnity insurers have been informed and our lawyers are reviewing the terms of your service agreement. I expect a written explanation by Friday and confirmation of whether the data can be restored.

Arthur Bell FCA
Bell & Co Chartered Accountants
""")

C("en", "media_threat", "-", "journalist asking for comment",
  "Naomi Fraser <naomi.fraser@dailyledger.example>",
  "Press inquiry - app outage on Monday",
  """Hello,

I'm a reporter at The Daily Ledger, working on a piece about Monday's disruption at several UK neobanks. Several readers have told us they couldn't access their accounts with you for most of the day.

Could someone from your press team give me a comment on what happened and how many customers were affected? My deadline is 5pm tomorrow.

Best,
Naomi Fraser
Consumer Affairs Reporter, The Daily Ledger
+44 20 5550 1934
""")

C("en", "technical_issue", "signature", "sync bug; disclaimer mentions legal action",
  "Ian Doyle <ian.doyle@doyle-partners.example>",
  "Calendar sync duplicates every event",
  """Hi,

Since Thursday every event we create in the project calendar shows up twice in Outlook. Deleting one deletes both. Happens for all six of us.

Thanks,
Ian

Ian Doyle | Office Manager | Doyle & Partners LLP
--
This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, any disclosure, copying or distribution is prohibited and may be unlawful and may lead to legal action. Please notify the sender immediately.
""")

C("en", "feature_request", "-", "wants multiple drivers on a rental booking online",
  "Patricia Nguyen <pnguyen@trailmail.example>",
  "Adding a second driver online",
  """Hi, a suggestion really. When I book a car on your website I can't add a second driver, I have to do it at the counter which takes forever. It'd save everyone time if there was a field for that at checkout. My husband and I always share the driving.

Thanks, Patricia
""")

C("en", "severe_dissatisfaction technical_issue", "-", "ALL CAPS anger, app charges crash",
  "Rob Turner <robturner77@mail.example>",
  "WHY DOES YOUR APP CRASH EVERY TIME I OPEN IT",
  """SERIOUSLY. I updated last night and now it crashes the second the logo appears. cant see my balance cant pay my rent. THIS IS RIDICULOUS I AM SO ANGRY RIGHT NOW. fix it.

sent from my phone
""")

C("en", "cancellation_threat", "conditional", "conditional: will not renew and move team unless contacted",
  "Helen Park <helen.park@parkconsulting.example>",
  "Renewal in March",
  """Hi,

Our annual licence renews on 1 March. Quite honestly we have had a rough year: three support tickets answered after a week or more, and we still have no clear answer on the price of the extra seats we asked about in November.

If we don't hear from someone about a realistic plan before the end of February, we will not renew and will move the team to another tool.

Helen Park
Managing Partner
""")

C("en", "security_incident technical_issue", "-", "sees other customers' invoices in portal",
  "Stefan Lindqvist <stefan@lindqvist-bikes.example>",
  "I can see other people's invoices",
  """Hello,

When I go to Billing > Invoices in the customer portal I now see about 30 invoices that are not mine. Other company names, addresses, VAT numbers. One of them is a bike shop two streets from us.

I assume my invoices are visible to someone else the same way. This needs fixing quickly, I've taken screenshots.

Stefan Lindqvist
""")

C("en", "high_value_order broken_promise", "-", "£7,250 furniture order, promised delivery missed",
  "Oliver Grant <oliver@grant-coworking.example>",
  "Order 4471 - 25 desks and chairs not delivered",
  """Hi,

We ordered 25 sit/stand desks with chairs for our new floor, order 4471, total £7,250.00 paid in December. Your sales rep confirmed in writing that delivery would happen on 19 January. Nobody turned up, nobody called, and now the tracking says "awaiting stock".

We open the floor to members on 2 February. I need a real date.

Oliver Grant
Grant Coworking
""")

C("en", "manager_request", "-", "asks for supervisor after rude call",
  "Angela Ruiz <angela.ruiz@nettalk.example>",
  "Complaint about phone call today",
  """I called about my insurance claim today (claim 88-310-22) and the man I spoke to couldn't find the claim and kept me on hold for forty minutes. I'm not writing to get him in trouble but I would like a supervisor to call me back about the claim itself because I am getting nowhere.

My number is 555-0142, best after 3pm.

Angela
""")

C("en", "regulatory security_incident", "-", "phishing from company domain, report to ICO",
  "Deborah Hale <debhale@tilehurst-mail.example>",
  "Phishing email sent from YOUR address",
  """Hi,

This morning I received an email from noreply@ your domain asking me to "confirm my card details" to avoid my water supply being suspended. The link went to a fake login page. My elderly mother received the same and actually typed in her card number before I got to her.

Your customer list has clearly leaked somewhere. I've reported this to the ICO and I'd like to know what you are doing about it.

Deborah Hale
""")

C("en", "outage technical_issue repeat_contact", "-", "VPS unreachable; third ticket",
  "Hiro Tanaka <hiro@tanaka-dev.example>",
  "vps-ams-114 unreachable, 3rd ticket",
  """vps-ams-114 (203.0.113.57) is unreachable since 02:10 UTC. No ping, no SSH, console in the panel shows "host unavailable". Same for my second box vps-ams-119.

This is my third ticket tonight, first two got auto-closed by your bot with a "resolved" status. It is not resolved.

-- 
Hiro Tanaka
tanaka-dev.example
""")

C("en", "billing_dispute cancellation_threat", "-", "price hike charged without notice, will cancel",
  "Sue Ellis <sue.ellis@ellis-florist.example>",
  "Why was I charged $79 instead of $49?",
  """Hi,

My card was charged $79.00 for the February subscription. My plan has always been $49.00 and I never got any notice of a price change. Please refund the $30.

Honestly if this is how you treat small shops, cancel the whole thing at the end of this month.

Sue
Ellis Florist
""")

C("en", "discrimination_harassment manager_request", "-", "technician sexist remarks, wants manager",
  "Grace Holloway <grace.holloway@posteo.example>",
  "Engineer visit 14 Feb",
  """Hello,

Your engineer came to install the new router on Saturday. When I asked a question about the cable route he said "don't worry your pretty head, love, wait till your husband's home". He then texted my personal number twice that evening asking whether I was "single".

I found that intimidating. I want to speak to his manager about this, and I want to know he won't be sent to my address again.

Grace Holloway
""")

C("en", "feature_request", "-", "wants API webhook for task completion",
  "Marcus Webb <marcus@webb-devops.example>",
  "Webhook on task completed?",
  """hey folks, we're automating a bunch of stuff around your boards. Would be super handy to have a webhook that fires when a task moves to Done (with the task id + who moved it). Right now we poll every 5 min which feels dumb. Please consider adding it :)

-m
""")

C("en", "outage technical_issue", "quoted", "payment processing down; quoted history mentions lawyer",
  "Nadia Haddad <nadia@haddad-shop.example>",
  "Re: Card payments failing",
  """Update: it's not just one card type any more. Since 11:20 every single checkout on our shop fails with "payment gateway unavailable". Nothing is getting through.

Nadia

On Wed, Feb 4, 2026 at 9:12 AM, Nadia Haddad <nadia@haddad-shop.example> wrote:
> Some Amex payments fail. A customer of mine said she'd get a lawyer if she
> got charged twice, so please check nothing was taken from her.
""", irt="t-45221")

C("en", "technical_issue", "quoted", "heating app bug; quoted earlier mail threatens cancel/legal",
  "Brian O'Connell <brian.oconnell@eircode.example>",
  "Re: Thermostat schedule ignored",
  """Thanks for the reply. The schedule is still being ignored - I set 19 degrees from 6am and it stays at 15 until I open the app and change it by hand. Firmware is 4.2.1 as you asked.

Brian

> From: Brian O'Connell
> Sent: 30 January 2026 21:40
> To: support@example.test
> Subject: Thermostat schedule ignored
>
> This is beyond a joke. If it isn't sorted I'm cancelling the
> contract and talking to a solicitor about the cost of the install.
""", irt="t-39018")

C("en", "safety technical_issue", "-", "cap comes off too easily, choking hazard, recall question",
  "Tanya Ivers <tanya.ivers@mummail.example>",
  "Small part came off the vacuum - my toddler nearly swallowed it",
  """Hi,

The little rubber cap on the side brush of our RoboSweep Mini came off and my 2 year old had it in her mouth when I found her. Luckily I got it out straight away. It comes off with hardly any pull at all.

Is there a recall on these? I'd like to know whether other parents have reported the same. I'm putting the robot away until I hear back.

Tanya
""")

C("en", "corporate_contact_request legal_threat", "-", "asks for registered office for court claim",
  "Colin Marsh <colin.marsh@marsh-joinery.example>",
  "Registered office address",
  """Hi,

Could you give me the full registered office address of your company and the name of your legal department contact. I'm filing a small claims case over the unpaid hire deposit (£850) and I need to serve the papers properly.

Colin Marsh
""")

C("en", "broken_promise technical_issue", "-", "promised fix in next release didn't happen",
  "Yusuf Demir <yusuf.demir@lightbox-media.example>",
  "Gantt printing still broken in 5.3",
  """Hi,

In December you told us the Gantt chart printing bug (the last column is cut off on A3) would be fixed in release 5.3. 5.3 went out on Monday and it's exactly the same. We print these for weekly site meetings.

Yusuf
""")

C("en", "cancellation_threat", "-", "leaving insurer after claim handling",
  "Philip Norris <philnorris@mailhaven.example>",
  "Not renewing",
  """Just so you know, when my home policy comes up in April I won't be renewing it, and I'll move the car policy too. Eight weeks to get a loss adjuster out for a burst pipe is not what I pay for.

P Norris
Policy HN-558120
""")

C("en", "executive_contact", "-", "has written to the board",
  "Sheila Grant <sheila.grant@retired.example>",
  "My letter to your board",
  """Dear Sir or Madam,

For your information I have today written to each member of your board of directors regarding the way my late husband's account was handled after his death in October. I enclose a copy for your records.

Mrs S. Grant
""", fmt="mixed", att=("application/pdf", "letter-to-board.pdf", "pdf"))

C("en", "technical_issue data_loss", "-", "student coursework lost after quiz submit",
  "Ben Adebayo <ben.adebayo@student.example>",
  "submitted my assignment and it says I have 0 attempts??",
  """hi so I wrote my whole essay in the assignment box for module 6 (like 2500 words) and pressed submit and it went to an error page "something went wrong (code 17)" and now the assignment says not attempted and the text is gone. I didnt have a copy because the box autosaves?? apparently not

please tell me you can get it back somehow
Ben
""")

C("en", "high_value_order billing_dispute", "-", "invoice for 12,600 USD has wrong seat count",
  "Karen Whitfield <k.whitfield@whitfield-law.example>",
  "Invoice INV-20931 - wrong number of seats",
  """Hello,

Invoice INV-20931 bills us for 120 seats at $105, total USD 12,600.00. We have 60 seats, per the order form signed in November. Please issue a corrected invoice; we will not pay this one as it stands.

Karen Whitfield
Office Administrator, Whitfield Law
""")

C("en", "severe_dissatisfaction", "-", "disgusted with rude treatment; no technical issue",
  "Agnes Murray <agnes.murray@kirkmail.example>",
  "Disgusted",
  """You closed my late husband's savings account and sent his last pension payment back to the pension office without a word to me. I have never been treated so shabbily by a company in my whole life and I am utterly disgusted.

Agnes Murray
""")

C("en", "outage technical_issue media_threat", "-", "ticket site down at on-sale, will tell followers",
  "Zoe Castellanos <zoe@zoecastellanos.example>",
  "site has been down since the presale started",
  """it's 10:07 and your whole site has been showing "Service Unavailable" since 10:00 when the presale opened, refreshing for 7 minutes and nothing. I run a fan account for the band with like 40k people and trust me everyone will hear about how you handled this. so much for "queue system"
""")

C("en", "regulatory", "-", "filing CFPB complaint over account freeze",
  "Darnell Hayes <darnell.hayes@postbox.example>",
  "Account frozen for 3 weeks",
  """To Support,

My account has been frozen for 21 days "pending review" with no explanation, and I cannot access my own paycheck. Nobody will give me a reason or a timeline.

I have filed a complaint with the Consumer Financial Protection Bureau today, reference 260201-55501. I would prefer to resolve this with you directly.

Darnell Hayes
""")

C("en", "manager_request cancellation_threat", "-", "wants escalation, threatens to leave",
  "Ruth Abernathy <ruth@abernathy-tutoring.example>",
  "Please escalate",
  """Hi,

I've explained the situation with my course payouts to one of your agents already, who was polite but can't actually decide anything. Please escalate this to someone who has the authority to decide.

If this goes on any longer I'll be closing my instructor account and taking my four courses elsewhere.

Ruth Abernathy
""")

C("en", "technical_issue feature_request", "-", "bug with recurring tasks and feature ask",
  "Leah Goldberg <leah.goldberg@goldberg-pr.example>",
  "recurring tasks + a wish",
  """Hi!

Two things:

1) Recurring tasks set to "last Friday of the month" are being created on the first Friday instead. Happened in January and again this month.

2) Not a bug, a wish: could you let us set a different default assignee per project? Every new task goes to me and I end up reassigning half of them.

Thanks a lot,
Leah
""")

C("en", "safety technical_issue cancellation_threat", "-", "charging dock sparked, wants full refund and leaving brand",
  "Michael Otieno <m.otieno@otieno-home.example>",
  "Charging dock sparked and tripped the fuse",
  """Hi,

When the robot docked last night there was a loud crack, a flash at the contacts and the whole kitchen circuit tripped. There is a black mark on the dock now. I'm not plugging it in again, I have kids in the house.

I'd like a full refund and to return both of my units; I'm not keeping anything from this brand after this.

Michael
""")

C("en", "billing_dispute repeat_contact broken_promise", "-",
  "refund for double charge promised, third time asking",
  "Amanda Reyes <amanda.reyes@reyes-bakery.example>",
  "RE: Double payment 14 Jan - still waiting",
  """Hi, third time I'm emailing about this one.

On 14 Jan you took $212.50 twice for the same month. On the 20th "Kelly" confirmed the duplicate and promised it would be refunded within 3-5 days. It's now 11 Feb and no refund.

Amanda Reyes
Reyes Bakery
""", irt="t-51870")

C("en", "security_incident technical_issue", "-", "removed ex-employee still logs in, removal apparently broken",
  "Greg Novak <greg.novak@novak-logistics.example>",
  "Ex-employee still logging in",
  """Hi,

We removed a former dispatcher from our workspace on 5 January. According to the activity log she logged in on 9, 14 and 20 January and downloaded the customer contact list each time. We never re-invited her, so either the remove-user function doesn't work or something else is badly broken on your side.

Please tell me how that is possible and shut her out.

Greg Novak
Operations Manager, Novak Logistics
""")

C("en", "billing_dispute legal_threat", "-", "disputes $1,200 damage charge, county court",
  "Victor Almeida <victor.almeida@almeida-home.example>",
  "Deposit withheld - notice of claim",
  """Hello,

You have charged $1,200 to my card for "body damage" that is clearly visible in the photographs your own staff took at pick-up. I returned the car in the same condition.

Unless the charge is refunded within 14 days, I will issue proceedings in the county court to recover it, together with costs.

Victor Almeida
""")

C("en", "repeat_contact", "-", "fifth message about address change; no broken product",
  "Jean Whitaker <jean.whitaker@villagepost.example>",
  "Address change - fifth message",
  """Good morning,

This is the fifth time I have asked for my postal address to be updated on my water account. I moved from 4 Elm Row to 12 Orchard Close in November. Letters are still going to the old house.

Mrs J. Whitaker
""")

C("en", "severe_dissatisfaction cancellation_threat technical_issue", "-", "explicitly furious, SIM not working, porting out",
  "Tyler Brooks <tyler.brooks@hotmail.example>",
  "great job guys, really",
  """Oh brilliant, another 'we're looking into it'. Fantastic. Truly world class.

I'm furious, honestly. Six weeks without a working SIM in my "free" replacement phone. I'm porting my number out on Monday and you can keep the phone.

Tyler
""")

C("en", "data_loss technical_issue outage", "-", "VPS node crash, disk wiped",
  "Ingrid Solberg <ingrid@solberg-games.example>",
  "node fra-22 died and took our data with it",
  """Hi,

Your whole fra-22 node went dark around 14:00 yesterday (your status page confirms). When our VPS came back the data volume was freshly formatted. Game server saves for roughly 3,000 players, gone. Your daily snapshot option was enabled; the latest snapshot listed is from 11 days ago.

I need to know if there's anything newer on your side.

Ingrid Solberg
""")

C("en", "technical_issue", "title", "bug report; sender is 'Password Manager' product owner",
  "Ravi Kumar <ravi.kumar@vaultly.example>",
  "SSO login loop",
  """Hi,

I'm the product manager for Vaultly Password Manager, we use your tool for our roadmap. Since yesterday our SSO login loops back to the start page after Okta auth and never lets us in on Firefox. Chrome is fine.

Ravi Kumar
Senior Product Manager, Vaultly
""")

C("en", "corporate_contact_request", "-", "asks for head-office postal address",
  "Gloria Stein <g.stein@stein-hr.example>",
  "Head office address please",
  """Hi,

Can you tell me the postal address of your head office please, not the returns address? I would like to send a formal complaint by recorded post about how my father's account was handled after his death.

Gloria Stein
""")

C("en", "broken_promise", "-", "promised callback never came",
  "Neil Fairbanks <neil.fairbanks@fairbanks-farm.example>",
  "Callback that never happened",
  """Afternoon,

On Monday the lady on the phone said an engineer would ring me back "within 24 hours" about the water meter on the farm. It's Thursday. No call.

Neil Fairbanks
Fairbanks Farm, 555-0188
""")

C("en", "executive_contact media_threat", "-", "emailed VP on LinkedIn and will tell a newspaper",
  "Rachel Moss <rachel.moss@mossdesign.example>",
  "Still no resolution",
  """I've now messaged your VP of Customer Experience on LinkedIn since this inbox clearly isn't read. And I've been in touch with a consumer journalist at the local paper who is very interested in how a utility treats a family that has waited nine weeks for a reply about moving house.

Rachel Moss
""")

C("en", "high_value_order", "-", "corporate 9,800 EUR training contract, courses not unlocked",
  "Andreas Müller <a.mueller@mueller-engineering.example>",
  "Team licences not activated",
  """Hello,

We purchased 40 team licences for the Project Management Professional track (contract CT-0912, EUR 9,800.00, paid by bank transfer on 2 February). None of our staff have received access codes yet.

Please check and activate.

Andreas Müller
Head of Training, Müller Engineering GmbH
""")

C("en", "feature_request", "-", "asks for seat map zoom for visually impaired",
  "Eileen Doherty <eileen.doherty@lowvision.example>",
  "Seat map",
  """Hello,

I have poor eyesight and your seat map is very small on my tablet, even at the largest text setting. Could you please add a bigger view or a way to choose seats from a list instead? I'd be very grateful and I'm sure I'm not the only one.

Eileen
""")

C("en", "technical_issue", "-", "thermostat firmware update bricked display",
  "Carlos Mendes <carlos.mendes@mendes-home.example>",
  "Display blank after update",
  """Hi, after last night's automatic update the thermostat display is blank. The heating still comes on but I can't see or change anything on the unit. App says "device offline".

Carlos
""")

C("en", "manager_request severe_dissatisfaction", "-", "demands to speak to someone in charge, calls it outrageous",
  "Lorraine Becker <lorraine.becker@beckerhomes.example>",
  "I want to speak to someone in charge",
  """The person I spoke to yesterday about my car insurance claim told me it's someone else's job and gave me a number that doesn't exist. It is outrageous, the way you treat people after an accident is truly shameful.

I want someone in charge of this department to phone me. Not another agent.

Lorraine Becker
""")

C("en", "billing_dispute legal_threat regulatory", "-", "unagreed $399 renewal, attorney general and attorney",
  "Frank DeLuca <frank.deluca@deluca-pizza.example>",
  "Auto-renewal",
  """You auto renewed my online course bundle for $399 without a single reminder email and I never agreed to that renewal. I want the $399 back. I've contacted the state attorney general's office about your renewal practices and my attorney is drafting a letter as well.

Frank DeLuca
""")

C("en", "outage technical_issue cancellation_threat severe_dissatisfaction", "-",
  "whole platform down during payroll, furious, evaluating alternatives",
  "Megan O'Brien <megan.obrien@obrien-staffing.example>",
  "Entire platform down on payroll day - unacceptable beyond words",
  """Nobody in our company can log in, we get "Service temporarily unavailable" on the web and in the app, and it's payroll day for 310 temps.

I am beyond furious. This is the second time in a quarter. We've already booked demos with two of your competitors and unless I get a proper incident report I'll be recommending to our board that we switch.

Megan O'Brien
Head of Operations
""")

C("en", "discrimination_harassment", "-", "refused boarding of shuttle because of wheelchair",
  "Samuel Osei <samuel.osei@accessmail.example>",
  "Refused service because I use a wheelchair",
  """Hello,

On 17 January I arrived for the airport shuttle included in my rental. The driver refused to let me on, said he "wasn't going to deal with a wheelchair" and drove off. The shuttle has a ramp. I waited 55 minutes for a taxi at my own cost.

This is discrimination and I expect an answer.

Samuel Osei
""")

C("en", "technical_issue", "negation", "bug report, explicitly not cancelling",
  "Wendy Carr <wendy.carr@carr-accounts.example>",
  "PDF invoices show wrong VAT rounding",
  """Hi,

Don't worry, I'm not about to cancel or anything, we're happy with you overall. But the PDF invoices the system generates for our clients round VAT per line instead of on the total, so the PDF total is 1p off the amount in the app on about half the invoices. Clients notice.

Wendy
""")

C("en", "security_incident technical_issue", "-", "password reset email contains other user's link",
  "Elliot Chan <elliot.chan@chan-labs.example>",
  "password reset mail sent me someone else's reset link",
  """Hi, I clicked "forgot password" and the email I got says "Hi Marta" and the link logs me straight into Marta's account (I closed it immediately, didn't touch anything). Definitely a bug on your side. I'm guessing Marta got mine?

Elliot
""")

C("en", "billing_dispute", "-", "rental charged fuel when returned full",
  "Hannah Scott <hannah.scott@scottmail.example>",
  "Refuelling charge on RA-30118",
  """Hi,

You charged me $86.40 "refuelling service" on rental RA-30118. I returned the car full, I have the petrol station receipt from 10 minutes before drop-off, 2km from your branch. Please reverse that charge.

Hannah Scott
""")

C("en", "regulatory", "-", "alleges GDPR violation for marketing after objection",
  "Tobias Werner <tobias.werner@werner-it.example>",
  "Marketing emails after I objected",
  """Hi,

I objected to marketing in writing on 3 December. Since then I have received nine promotional emails from you. That is a breach of GDPR and of my explicit objection. Stop processing my data for marketing purposes and confirm in writing that you have done so.

Tobias Werner
""")

C("en", "safety technical_issue", "reported", "customer reports hazard themselves; neighbour quoted joking about suing",
  "Julie Ann Moreno <julieann.moreno@mailbox.example>",
  "Heater got way too hot",
  """Hello,

The fan heater I bought in December (Warmwell Compact) got so hot on the top grille that it burned my son's hand when he leaned on it. Just a red mark and a blister, he's okay. My neighbour said I should sue you, but honestly I just want to know if this is normal and whether it's safe to keep using.

Julie Ann
""")

C("en", "manager_request", "title", "account manager exists; customer explicitly asks for a supervisor",
  "Derek Holm <derek.holm@holm-retail.example>",
  "Supervisor please",
  """Hello,

Our account manager Jessica is on leave and nobody else seems able to change our delivery slots. Please get a supervisor to call me today, 555-0177.

Derek Holm
Store Manager, Holm Retail
""")

C("en", "outage technical_issue", "-", "cannot log in at all, neobank",
  "Isabel Cruz <isabel.cruz@cruzmail.example>",
  "can't get into my account at all",
  """Since this morning neither the app nor the website will let me in, it just spins and says "we're having trouble connecting". Tried wifi, 4G, a different phone. My partner's account doesn't work either. Is everything down?
""")

C("en", "broken_promise high_value_order technical_issue", "-",
  "EUR 6,300 heat pump install; promised repair visit missed, unit failing",
  "Jonathan Reid <jonathan.reid@reidhouse.example>",
  "Heat pump fault code E7 - engineer no-show",
  """Hi,

Our heat pump (contract HP-20817, EUR 6,300 installed in November) throws fault code E7 and shuts down every few hours. You booked an engineer for last Wednesday between 8 and 12. No-one came, no message.

We have two small kids and the house is cold. Please book someone who will actually turn up.

Jonathan Reid
""")

C("en", "feature_request", "-", "teacher asks for bulk enrolment via CSV",
  "Moira Kennedy <moira.kennedy@stmarys-school.example>",
  "Bulk enrolment?",
  """Hello,

Each term I enrol about 90 pupils by hand, one by one. It'd make my life a great deal easier if you let teachers upload a spreadsheet of names and emails instead. Please pass it on to whoever decides these things.

Moira Kennedy
Head of Computing
""")

C("en", "media_threat", "-", "threatens review and TikTok",
  "Kayla Brennan <kayla.b@brennan.example>",
  "wrong size AGAIN??",
  """ordered the M hoodie 2x and got an XS both times. at this point I'm making a tiktok about it and leaving a 1 star review everywhere I can find you. just send the right size please
""")

C("en", "technical_issue", "-", "tracking not updating; single feature bug",
  "Paul Henning <paul.henning@henning-tools.example>",
  "Time tracker stops after 59 minutes",
  """Hi, the timer on tasks stops counting at 59:59 and resets to zero instead of going to 1:00:00. Only in the Windows desktop app, web is fine. Version 3.8.2.
Paul
""")

C("en", "broken_promise cancellation_threat billing_dispute", "-", "activation fee promised waived but charged; cancels",
  "Simone Adler <simone.adler@adler-translations.example>",
  "Activation fee",
  """Hi,

On the phone I was told the £60 activation fee would be waived because of the promotion. It's on my first bill. I'd like it taken off.

To be honest this has put me off completely. I'm within the 14 day cooling off period and I'd like to cancel the contract.

Simone Adler
""")

C("en", "executive_contact", "innocuous",
  "sent copy to their chairman; 'board' used innocuously elsewhere",
  "Trevor Lang <trevor.lang@lang-surveys.example>",
  "Copy sent to your chairman",
  """Hi,

I've forwarded my previous complaint to your chairman's office today, since the support board on your website seems to be a dead end. The complaint itself is below for your reference and concerns the engineer visit on 3 February.

Trevor
""")


# ================================================================ ENGLISH, with triggers (2)

C("en", "corporate_contact_request manager_request", "-", "asks for corporate phone number and a senior person",
  "Bridget Lowry <bridget.lowry@lowry-vets.example>",
  "Need your corporate number, not the helpline",
  """Hi,

The helpline just loops me back to the menu. Could you give me the phone number of your corporate office? And I'd really like someone senior in customer operations to pick this up, the clinic's card payments have been on hold for a week while your team "reviews" the account.

Bridget Lowry
Practice Manager, Lowry Vets
""")

C("en", "data_loss technical_issue severe_dissatisfaction", "-", "photo notes wiped by sync, furious",
  "Callum Reid <callum.reid@reid-roofing.example>",
  "you deleted 2 years of site photos",
  """Sorry but what the hell. The app asked me to "resolve a sync conflict", I tapped keep server version like it suggested and every single site photo in every job from the last 2 years is now gone. Phone, web, everywhere.

I'm absolutely fuming. These are my evidence for insurance jobs. How do I get them back?

Callum
Reid Roofing
""")

C("en", "discrimination_harassment", "-", "older customer told she's too old for the app, age discrimination",
  "Patricia Moore <patricia.moore@silvermail.example>",
  "Treated like a fool because of my age",
  """Hello,

I went into your partner shop to get help with opening an account on the banking app. The young man behind the counter told me, in front of other customers, that "this kind of bank isn't really for people your age" and that I should "stick to a post office account". He would not help me at all.

I am 72 and perfectly capable. I'd like you to look into how your staff are trained.

Patricia Moore
""")

C("en", "safety technical_issue", "-", "thermostat wall unit sparking, electric shock",
  "Ahmed Siddiqui <ahmed.siddiqui@siddiqui-home.example>",
  "Got a shock from the thermostat",
  """Hi,

When I touched the screen of the wall thermostat this morning I got a proper electric shock up my arm, and there was a crackling sound behind the unit. I've switched the heating off at the fuse box.

Your installer fitted it three weeks ago. Please send someone qualified, I'm not touching it again.

Ahmed
""")

C("en", "corporate_contact_request executive_contact legal_threat", "-", "wants general counsel and CEO contact, lawsuit",
  "Jonas Hartmann <jonas.hartmann@hartmann-events.example>",
  "Contact details of your General Counsel and CEO",
  """To whom it may concern,

Please provide the name and e-mail address of your General Counsel and of your CEO. Our company intends to bring a claim for the losses caused by the cancelled ticket sale on 14 February, and we will write to both of them directly before filing.

Jonas Hartmann
Managing Director, Hartmann Events Ltd
""")

C("en", "data_loss technical_issue security_incident", "-", "share-link bug exposed API keys, backups deleted",
  "Sofia Petrov <sofia.petrov@petrov-labs.example>",
  "API keys shown in public share link, backups deleted",
  """Hi,

Our project's "public share" link exposed the full settings page, including the storage API keys - clearly a bug, the share was supposed to show the task list only. Overnight someone used those keys and deleted every backup in the bucket.

We've rotated the keys. We need to know who accessed the share link and whether you keep any copy of the deleted backups.

Sofia Petrov
CTO, Petrov Labs
""")

C("en", "discrimination_harassment manager_request", "-", "agent made homophobic remark, wants manager",
  "Daniel Price <daniel.price@price-home.example>",
  "Comment made by your agent on the phone",
  """Hi,

I called to add my husband as a named driver. The agent asked me to repeat myself, then said "oh, one of those" and laughed before putting me on hold. When he came back he asked if I was "sure" my husband counted as a spouse.

I've never been spoken to like that. I'd like his manager to contact me.

Daniel Price
""")

C("en", "media_threat", "-", "podcast host asking for comment about data issue",
  "Aaron Whitby <aaron@techtalkpod.example>",
  "Request for comment - TechTalk podcast",
  """Hi there,

I'm a technology journalist and host TechTalk, a weekly consumer technology podcast. We're recording an episode on Thursday about robot vacuums that send floor maps to the cloud, and your RoboSweep range will be mentioned. Would someone be available for a short statement or interview?

Thanks,
Aaron Whitby
""")

C("en", "corporate_contact_request executive_contact", "-", "asks company secretary address to write to the board",
  "Evelyn Carter <evelyn.carter@carter-shares.example>",
  "Company secretary address",
  """Dear Sir or Madam,

As a small shareholder I would like to write to your board about the closure of branch offices. Could you please send me the postal address of the company secretary?

Yours faithfully,
Evelyn Carter
""")

C("en", "safety technical_issue manager_request", "-", "rental car brakes failed, wants senior person",
  "Gregory Adams <greg.adams@adams-consult.example>",
  "Brakes failed on rental car - need someone senior",
  """Hello,

The car I rented on Tuesday (booking RA-41870) lost most of its braking on the motorway exit near Leeds, the pedal went almost to the floor. I got it stopped on the hard shoulder. Your roadside assistance towed it away.

My two children were in the back. I want this looked at by somebody senior in your fleet department, not handled as a routine ticket.

Gregory Adams
""")

C("en", "repeat_contact executive_contact high_value_order technical_issue", "-",
  "third ticket on 27k enterprise plan, emailed VP",
  "Henrik Olsen <henrik.olsen@olsen-shipping.example>",
  "Enterprise SSO broken - third ticket, VP copied",
  """Hello,

This is our third ticket about the SSO integration on our Enterprise plan (contract ENT-2291, USD 27,500/year). Since the 2 February release, our users get "SAML response invalid" on roughly every third sign-in attempt and have to retry. The previous two tickets were closed without a fix.

I have also emailed your VP of Engineering directly today.

Henrik Olsen
IT Director, Olsen Shipping
""")

C("en", "feature_request", "-", "asks for family accounts on the learning platform",
  "Tamsin Hughes <tamsin.hughes@hughes-family.example>",
  "Family plan idea",
  """Hello!

My two teenagers and I all use the language courses. It would be lovely if you offered a family plan where we each have our own progress but one bill. Right now I pay three separate subscriptions. Just a thought for the product team.

Tamsin
""")

C("en", "data_loss technical_issue", "quoted", "mailbox emptied on hosting; quoted reply mentions ombudsman from before",
  "Lars Eriksen <lars.eriksen@eriksen-pottery.example>",
  "Re: Email storage upgrade",
  """Hi again,

After you upgraded the mailbox storage last night my inbox is empty. 6 years of orders and customer emails. The folder sizes show 0 MB.

Lars

On Mon, 16 Feb 2026, Lars Eriksen wrote:
> I'm fed up with the limit, if you don't upgrade me for free I'll complain to
> the ombudsman about the price rise.
""", irt="t-70311")

C("en", "legal_threat media_threat", "-", "insurer refused claim; solicitor and local press",
  "Nora Fitzgerald <nora.fitzgerald@fitzgerald-cottage.example>",
  "Flood claim refusal",
  """Hello,

Your refusal letter for my flood claim quotes an exclusion that isn't in my policy wording at all. I've sent both documents to my solicitor, who will be writing to you this week, and the local paper is running a piece on flooded households on our street which I've agreed to be interviewed for.

Nora Fitzgerald
Policy HM-77023
""")

C("en", "security_incident executive_contact", "-", "phishing texts after leak, has written to CEO",
  "Winston Ford <winston.ford@fordhome.example>",
  "Texts pretending to be you",
  """Hi,

Since last week I get daily texts "from your bank" with my full name and the last four digits of my card, asking me to confirm a payment on a fake site. Somebody has my details from somewhere on your side. I have forwarded all of them to your CEO's office as well, because I want to know this is being taken seriously at the top.

Winston Ford
""")

C("en", "discrimination_harassment severe_dissatisfaction", "-", "staff called customer slur, disgusted",
  "Imani Johnson <imani.johnson@johnson-mail.example>",
  "Your staff member at the box office",
  """At the box office on Saturday your staff member called my friend and me a racial slur when we asked about our accessible seating, and the security guard next to him laughed.

I'm utterly disgusted. We spent 300 dollars on those tickets and left before the show.

Imani Johnson
""")

C("en", "corporate_contact_request", "negation", "asks registered office and legal dept email; explicitly no lawyers",
  "Stella Morgan <stella.morgan@morgan-yarns.example>",
  "Registered office + legal department email",
  """Hi,

Could you let me have the address of your registered office and an email address for your legal department? I'm not involving lawyers or anything like that, I just want my complaint about the closed branch on record with the right people.

Thanks,
Stella Morgan
Morgan Yarns
""")


# ================================================================ ENGLISH, no trigger

C("en", "-", "title", "office manager asking how to add users",
  "Beth Lawson <beth.lawson@lawson-dental.example>",
  "Adding two new hygienists",
  """Hi there,

I'm the office manager at Lawson Dental. We've got two new hygienists starting Monday - how do I add them so they can see the appointment board but not the billing tab?

Thanks so much,
Beth
""")

C("en", "-", "title", "account manager mentioned as existing role",
  "Owen Price <owen.price@price-wholesale.example>",
  "Quick one re: our account manager",
  """Hi,

Our account manager Daniel mentioned there's a new reporting add-on. Could you send me the short product sheet for it? No rush, just for our planning meeting next week.

Owen Price
Purchasing Manager
""")

C("en", "-", "title", "Manager of IT asks about SSO setup",
  "Linda Hargreaves <l.hargreaves@hargreaves-group.example>",
  "SAML setup documentation",
  """Hello,

As Manager of IT at Hargreaves Group I'm evaluating your SAML integration. Where can I find the metadata URL and the list of attributes you expect? We use Azure AD.

Regards,
Linda Hargreaves
Manager of IT Infrastructure
""")

C("en", "-", "title", "Head of Legal signature, asks for DPA document",
  "Miriam Cole <miriam.cole@cole-fintech.example>",
  "Data processing agreement",
  """Dear Support,

Could you please send us your current data processing agreement and the list of sub-processors? We are onboarding your platform for our finance team.

Kind regards,

Miriam Cole
Head of Legal
Cole Fintech Ltd
""")

C("en", "-", "title", "CEO of small shop asks about invoice copy",
  "Robert Hale <rob@halebikes.example>",
  "Copy of December invoice",
  """Hi,

Could you send me a copy of our December invoice? I'm the CEO of a 4-person bike shop so that also means I do the bookkeeping, ha. Our accountant needs it by Friday.

Rob
""")

C("en", "-", "quoted", "thanks after resolution; quoted history had threats",
  "Natasha Ivanova <natasha.ivanova@ivanova-design.example>",
  "Re: February payment",
  """Hi Sam,

The money is back on my card this morning. Thank you for sorting it so quickly, much appreciated!

Natasha

On Mon, 9 Feb 2026 at 08:15, Natasha Ivanova <natasha.ivanova@ivanova-design.example> wrote:
> You charged me twice for February. This is absolutely unacceptable. If
> the money isn't back by Wednesday I'm cancelling and disputing it with my bank.
""", irt="t-66410")

C("en", "-", "quoted", "forwarded from colleague, current text only a question",
  "Craig Dunn <craig.dunn@dunn-freight.example>",
  "Fwd: Outage complaint",
  """Hi,

Forwarding this from our warehouse lead, I think it's all sorted now on our side. My only question: is there a way to get an email when a scheduled maintenance is planned?

Craig

---------- Forwarded message ---------
From: Sandra Lee <sandra.lee@dunn-freight.example>
Date: Tue, 3 Feb 2026 at 07:55
Subject: Outage complaint
To: Craig Dunn <craig.dunn@dunn-freight.example>

Craig the whole system is down again and nobody can scan. I want this escalated to their manager today, this is ridiculous.
""")

C("en", "-", "quoted", "Outlook reply, current text asks for receipt; old text threatened lawyer",
  "Patrick Walsh <patrick.walsh@walsh-contracting.example>",
  "RE: Hire deposit",
  """Thanks, received. Could you also email a VAT receipt for the hire, for my accountant?

Patrick

From: Support <support@example.test>
Sent: 11 February 2026 14:02
To: Patrick Walsh <patrick.walsh@walsh-contracting.example>
Subject: RE: Hire deposit

Dear Mr Walsh, we have released the deposit of £850 today.

From: Patrick Walsh
Sent: 9 February 2026 09:30
To: Support
Subject: Hire deposit

If I don't get my deposit back this week my solicitor will be in touch.
""", irt="t-70002")

C("en", "-", "quoted", "reply with quoted threat, current text says all fine",
  "Amelia Ford <amelia.ford@fordfamily.example>",
  "Re: heater",
  """All good now, the replacement arrived and works a treat. Thanks!

On 28/01/2026 19:22, Amelia Ford wrote:
> The heater started smoking last night and I've had it with you people.
> I'm posting about this on Facebook if I don't get a reply today.
""", irt="t-58204")

C("en", "-", "quoted", "question about webinar; quoted newsletter promo text",
  "Dennis Yoon <dennis.yoon@yoon-cpa.example>",
  "Re: Webinar next Thursday",
  """Will the recording be available afterwards? I have a client meeting at the same time.

Dennis

> Join our CEO and VP of Product next Thursday for a live Q&A about the
> spring release, including the new escalation workflows and outage alerts.
""")

C("en", "-", "signature", "question; signature has lawyer/legal words",
  "Harriet Quinn <hquinn@quinn-solicitors.example>",
  "Changing the billing email",
  """Hello,

Please change the billing email on our account to accounts@quinn-solicitors.example from the start of next month.

Many thanks,

Harriet Quinn
Solicitor | Quinn & Partners Solicitors
Litigation - Employment - Dispute Resolution

This message is confidential and may be subject to legal professional privilege. If you have received it in error please notify us and delete it; do not use, copy or disclose it.
""")

C("en", "-", "signature", "simple question, signature slogan mentions complaints/lawsuits",
  "Barry Nolan <barry@nolan-insurance-brokers.example>",
  "Broker portal login link",
  """Hi team, what's the correct URL for the broker portal now? The old bookmark goes to the customer page.

Barry
--
Barry Nolan | Nolan Insurance Brokers
"Protecting you from lawsuits, fires, floods and everything in between."
""")

C("en", "-", "signature", "how-to, disclaimer about viruses and data loss",
  "Kiran Shah <kiran.shah@shah-imports.example>",
  "Export invoices to Xero",
  """Hi, is there a way to push our invoices straight to Xero or do we need to export CSV and import? Either is fine, just want to know which.

Kiran

DISCLAIMER: Shah Imports accepts no liability for any loss or damage, including data loss or security breaches, caused by viruses transmitted by this email. Any unauthorised use is prohibited and may result in legal action.
""")

C("en", "-", "signature", "thanks; signature with 'Escalations Manager' job title",
  "Paula Green <paula.green@green-telecom.example>",
  "Thanks for the quick fix",
  """Hi,

Just wanted to say thanks to Ahmed for sorting our number porting so quickly yesterday. Everything is working.

Best,
Paula Green
Customer Escalations Manager | Green Telecom
""")

C("en", "-", "signature", "delivery question; signature includes regulator notice",
  "Gerald Price <gerald.price@price-pharma-consult.example>",
  "Opening hours over Easter",
  """Hi,

Will your pharmacy dispatch orders on Good Friday and Easter Monday? I need to plan a repeat prescription.

Gerald Price

Price Pharma Consulting Ltd is authorised and regulated by the Financial Conduct Authority. Complaints may be referred to the Financial Ombudsman Service.
""")

C("en", "-", "negation", "explicitly not cancelling, just pausing",
  "Nicola Barnes <nicola.barnes@barnes-yoga.example>",
  "Pausing for a month",
  """Hi,

I'm not cancelling, don't panic! I'm going travelling in March and just want to pause the membership for one month. How do I do that?

Nicola
""")

C("en", "-", "negation", "no data lost after migration, asks question",
  "Omar Farouk <omar.farouk@farouk-clinic.example>",
  "Migration went fine",
  """Hello,

The migration to the new server finished overnight. We checked everything this morning and no data was lost, all patient bookings are there. One question: do we need to update the DNS record ourselves or is that done on your side?

Omar
""")

C("en", "-", "negation", "no need to escalate",
  "Janet Hughes <janet.hughes@hughes-books.example>",
  "Small typo on the receipt",
  """Hi, there's a typo in our shop name on the receipt template ("Hughs" instead of "Hughes"). No need to escalate or anything, whenever you get a chance to change it in our settings. Or tell me where I can.

Janet
""")

C("en", "-", "negation", "not threatening to sue, just wants info",
  "Marvin Ellis <marvin.ellis@ellis-roofing.example>",
  "Claim paperwork",
  """Hi, I'm not looking to sue or make a fuss, I just need to know which documents you still need from me for the storm damage claim. The form online doesn't say.

Marvin
""")

C("en", "-", "negation", "says never had a security problem; asks 2FA how-to",
  "Sophie Turner <sophie.turner@turnerhome.example>",
  "Turning on 2FA",
  """Hi! Nothing's wrong, nobody has hacked me or anything, I'd just like to turn on two-factor login for my banking app before I go on holiday. Where is the setting?

Sophie
""")

C("en", "-", "negation", "not unhappy; not a complaint",
  "Raymond Cho <raymond.cho@cho-accounting.example>",
  "Not a complaint!",
  """Hi,

This isn't a complaint at all, everything works. I just wondered whether your servers are in the EU or the US, our client asked.

Raymond
""")

C("en", "-", "policy_question", "refund policy question",
  "Lisa Carter <lisa.carter@cartermail.example>",
  "Refund policy for unopened items",
  """Hello, what's your refund policy if I order vitamins and then change my mind before opening them? Is it 14 or 30 days?

Thanks,
Lisa
""")

C("en", "-", "policy_question", "hypothetical cancellation question",
  "Andrew Blake <andrew.blake@blake-cafe.example>",
  "Contract length",
  """Hi,

Before I sign up for the business broadband: if I wanted to cancel after the first year, would there be a fee? And is the router mine to keep?

Andrew
Blake Cafe
""")

C("en", "-", "policy_question", "SLA question for outages",
  "Emma Jansen <emma.jansen@jansen-saas.example>",
  "SLA and credits",
  """Hi,

Do your VPS plans come with an uptime SLA? If so, how are service credits calculated if there's downtime, and do we need to request them? Comparing a few providers at the moment.

Emma
""")

C("en", "-", "policy_question", "what happens with data if I downgrade",
  "Lewis Grant <lewis.grant@grant-studio.example>",
  "Downgrading",
  """Hi, if I downgrade from Team to Solo, will I lose any of the old projects or do they just become read-only? I want to make sure I don't lose anything before I click the button.

Lewis
""")

C("en", "-", "policy_question", "asks if product is GDPR compliant",
  "Clara Weiss <clara.weiss@weiss-hr.example>",
  "GDPR compliance question",
  """Hello,

Is your course platform GDPR compliant, and where is learner data stored? Our works council asks before we roll it out.

Clara Weiss
HR Business Partner
""")

C("en", "-", "policy_question", "asks about complaints procedure generally",
  "Simon Hartley <simon.hartley@hartley-mail.example>",
  "How do complaints work?",
  """Hi,

Out of curiosity, what's your formal complaints procedure and how long do you normally take to respond? Nothing's wrong, I'm just comparing insurers before my renewal comes up.

Simon
""")

C("en", "-", "policy_question", "how to cancel an order, wrong size, neutral",
  "Maya Lopez <maya.lopez@lopezfam.example>",
  "Cancel order 77813?",
  """hi, how do I cancel order 77813? I ordered the 500ml instead of the 250ml, my mistake. Haven't been charged yet I think. thanks!
""")

C("en", "-", "reported", "colleague joked about suing; customer does not adopt",
  "Felix Bauer <felix.bauer@bauer-print.example>",
  "Print layout question",
  """Hi,

We lost an hour this morning figuring out how the new print layout works (my colleague joked we should sue you for the lost hour, haha). Could you point me to a guide for setting custom margins?

Felix
""")

C("en", "-", "reported", "friend complained to ombudsman; customer just asks",
  "Diane Marsh <diane.marsh@marshmail.example>",
  "Question about the smart meter",
  """Hello,

A friend of mine said she went to the ombudsman after her smart meter install went wrong, so I'm a bit nervous. Mine is booked for 4 March. Do I need to be home the whole day, and do I need to move anything in the cupboard?

Diane
""")

C("en", "-", "reported", "read about a breach in the news, asks if affected",
  "Ahmed Karim <ahmed.karim@karim-mail.example>",
  "Is my account affected?",
  """Hi,

My brother-in-law reckons there was some data breach at one of the big online pharmacies, he read it somewhere. Is that you? I've no sign of anything wrong on my account, just want to check.

Ahmed
""")

C("en", "-", "reported", "son says they should go to press; customer just asks",
  "Maureen Kelly <maureen.kelly@kellyhome.example>",
  "Ticket transfer",
  """Hello,

My son says I should "go to the papers" because I can't work out how to transfer a concert ticket to him, but I think I'm just not very good with the app. Could you tell me how it's done? It's for the Saturday show.

Maureen
""")

C("en", "-", "reported", "team lead wants escalation but writer just asks for info",
  "Josh Reilly <josh.reilly@reilly-agency.example>",
  "Storage limits",
  """Hi,

My boss keeps saying we should "escalate to your CEO" whenever we hit the storage limit, but honestly I'd just like to know what the limit on the Team plan actually is and what the next tier costs.

Josh
""")

C("en", "-", "innocuous", "'fired up', 'killer feature', 'crash course'",
  "Tasha Greene <tasha.greene@greene-coaching.example>",
  "Loving the new course builder",
  """Hi all,

I'm so fired up about the new course builder, the drag and drop quizzes are a killer feature. I'm putting together a crash course on bookkeeping for small businesses. Quick question: can I schedule lessons to unlock weekly?

Tasha
""")

C("en", "-", "innocuous", "tennis court booking, 'charge' for scooter",
  "Martin Olsen <martin.olsen@olsen-sports.example>",
  "Charging point at the Dublin branch?",
  """Hello,

I'm picking up an electric car in Dublin next week. Is there a charging point at the branch so I can charge it before I return it? We're heading to a tennis court out in Howth and I want to plan the range.

Martin
""")

C("en", "-", "innocuous", "'manager' in project manager title of a task; 'board' of tasks",
  "Ella Moreno <ella.moreno@moreno-events.example>",
  "Move tasks between boards",
  """Hey,

Is there a quick way to move 40 tasks from the "Venue" board to the "Catering" board at once? Our project manager restructured everything and I'd rather not drag them one at a time.

Ella
""")

C("en", "-", "innocuous", "'hot' water, 'press' button, 'burn' in-calories",
  "Gordon Fleming <gordon.fleming@flemingmail.example>",
  "Boost button",
  """Hi,

On the new thermostat, if I press the boost button for hot water, how long does it stay on? The manual says 30 min but my wife thinks it's an hour. We're trying to work out what it costs per use.

Gordon
""")

C("en", "-", "innocuous", "'leak' in plumbing claim guidance request, 'smoke' alarm discount",
  "Irene Walsh <irene.walsh@walshcottage.example>",
  "Discount for smoke alarms?",
  """Hello,

Do you offer a discount on home insurance if we fit linked smoke alarms and a leak detector under the sink? Just redoing the kitchen and wondered.

Irene
""")

C("en", "-", "innocuous", "'security deposit' and 'charged' as in EV, no dispute",
  "Xavier Boone <xavier.boone@boone-travel.example>",
  "How much is the security deposit?",
  """Hi,

How much is the security deposit for a premium SUV at the Lisbon airport branch, and is it held on the card or actually charged? Travelling in April.

Xavier
""")

C("en", "-", "other", "second request only, invoice copy",
  "Carol Benson <carol.benson@benson-architects.example>",
  "2nd request: invoice for January",
  """Hi,

Second time asking, sorry - could someone send me the PDF invoice for January? Our accountant needs it for the quarterly return.

Carol
""")

C("en", "-", "other", "big order, no problem, asks delivery date",
  "Stuart Reeve <stuart.reeve@reeve-facilities.example>",
  "PO 5510 - 60 heaters",
  """Hello,

Please find attached our purchase order PO 5510 for 60 Warmwell 2000 radiators, total GBP 14,880.00 ex VAT, for our new offices. Could you confirm the expected delivery week?

Stuart Reeve
Facilities Manager
""", fmt="mixed", att=("application/pdf", "PO-5510.pdf", "pdf"))

C("en", "-", "other", "order exactly 5,000 with a date question",
  "Naomi Adler <naomi.adler@adler-conferences.example>",
  "Group booking 5,000.00 - invoice date",
  """Hi,

We've paid the group booking for our conference delegates, exactly USD 5,000.00. The ticket confirmations haven't come through yet - what is the usual lead time? The event is in May so no stress.

Naomi
""")

C("en", "-", "other", "mild disappointment",
  "Peter Lowe <peter.lowe@lowefamily.example>",
  "Colour of the robot",
  """Hi,

A little disappointed that the RoboSweep came in grey rather than the white in the photos, but it works fine and we'll keep it. Just thought you might want to update the pictures.

Peter
""")

C("en", "-", "other", "'not acceptable' alone, about response times, no strong words",
  "Yvonne Ortiz <yvonne.ortiz@ortiz-clinic.example>",
  "Response times",
  """Hello,

Waiting four days for a first reply isn't really acceptable for a paid plan. Anyway, the question still stands: how do I add a second clinic location to our account?

Yvonne
""")

C("en", "-", "-", "plain how-to",
  "Harry Sutton <harry.sutton@suttonmail.example>",
  "How do I change my direct debit date?",
  """Hi,

I get paid on the 28th now, can I move the direct debit for my water bill to the 1st of the month? How do I do it?

Harry
""")

C("en", "-", "-", "plain how-to, course certificate",
  "Aditi Rao <aditi.rao@student.example>",
  "certificate download",
  """hi! finished the Excel course yesterday (yay) - where do I download the certificate? I looked in my profile but couldn't see it. thank you :)
""")

C("en", "-", "-", "thank-you",
  "Bill Harper <bill.harper@harperfarm.example>",
  "Thank you",
  """Just a note to thank the lady who talked me through setting up online banking on the phone on Tuesday. She was very patient with an old man. Please pass it on.

Bill Harper
""")

C("en", "-", "-", "thank-you with small talk",
  "Sinead Byrne <sinead.byrne@byrne-bakes.example>",
  "Cheers!",
  """Hi folks,

Just a quick one to say the new card reader is brilliant, so much faster than the old one. Saturday market was mad busy and it didn't miss a beat. Hope you're all surviving the rain!

Sinead
""")

C("en", "-", "-", "how-to, VPS reverse DNS",
  "Lukas Novak <lukas.novak@novak-hosting.example>",
  "Setting rDNS",
  """hi, how do I set a reverse DNS entry for 198.51.100.23 on my VPS? can't find it in the panel. thx
""")


# ================================================================ GERMAN

C("de", "outage technical_issue", "-", "Plattform komplett nicht erreichbar, 503",
  "Jens Hoffmann <j.hoffmann@hoffmann-logistik.example>",
  "Seit heute früh geht gar nichts mehr",
  """Guten Morgen,

seit ca. 7:15 Uhr kommt bei uns auf allen Rechnern nur noch "503 Service Unavailable", auch die App lädt nicht. Betroffen sind alle 40 Disponenten. Wir können keine Touren planen.

Bitte um dringende Rückmeldung.

Mit freundlichen Grüßen
Jens Hoffmann
Hoffmann Logistik GmbH
""")

C("de", "billing_dispute", "-", "doppelte Abbuchung 29,90 €",
  "Sabine Krüger <sabine.krueger@web-post.example>",
  "Doppelte Abbuchung im Februar",
  """Hallo,

mir wurden am 2.2. und am 3.2. jeweils 29,90 € für den Tarif "Surf 100" abgebucht. Ich habe nur einen Vertrag. Bitte erstatten Sie mir den doppelten Betrag zurück.

Vielen Dank
Sabine Krüger
Kundennummer 4471-220
""")

C("de", "cancellation_threat technical_issue", "conditional", "Leitung abends defekt langsam; wenn nicht behoben, Kündigung",
  "Thomas Bergmann <t.bergmann@bergmann-home.example>",
  "Jeden Abend nur noch 2 Mbit/s",
  """Hallo zusammen,

seit drei Wochen fällt unsere Geschwindigkeit jeden Abend zwischen 19 und 22 Uhr auf unter 2 Mbit/s, gebucht sind 100. Der Router meldet dabei ständig "CRC-Fehler". Techniker war noch keiner da.

Wenn das bis Monatsende nicht behoben ist, kündige ich den Vertrag außerordentlich und wechsle zur Konkurrenz.

Gruß
Thomas Bergmann
""")

C("de", "legal_threat billing_dispute", "-", "falsche Rechnung, Anwalt eingeschaltet",
  "Dr. Ursula Lehmann <u.lehmann@lehmann-praxis.example>",
  "Ihre Rechnung Nr. 2026-00871",
  """Sehr geehrte Damen und Herren,

Ihre Rechnung Nr. 2026-00871 über 1.840,00 € enthält Leistungen (Premium-Support, 12 Monate), die wir nie bestellt haben. Eine entsprechende Bestellung existiert nicht.

Ich habe die Angelegenheit meinem Anwalt übergeben. Bitte korrigieren Sie die Rechnung umgehend.

Mit freundlichen Grüßen
Dr. Ursula Lehmann
""")

C("de", "manager_request severe_dissatisfaction", "-", "verlangt Vorgesetzten, 'Frechheit'",
  "Klaus Wagner <klaus.wagner@wagner-kfz.example>",
  "Beschwerde - Ich möchte Ihren Vorgesetzten sprechen",
  """Das ist eine bodenlose Frechheit. Ich warte seit sechs Wochen auf eine Entscheidung zu meinem Kaskoschaden und bekomme nur Textbausteine.

Ich will jetzt mit jemandem reden, der etwas zu entscheiden hat. Geben Sie mir Ihren Vorgesetzten.

Klaus Wagner
""")

C("de", "regulatory cancellation_threat", "-", "Vertrag ohne Zustimmung verlängert, Bundesnetzagentur, kündigt",
  "Monika Schulz <monika.schulz@schulz-mail.example>",
  "Vertrag ohne Zustimmung verlängert",
  """Sehr geehrte Damen und Herren,

Sie haben meinen DSL-Vertrag ohne meine Zustimmung um weitere 24 Monate verlängert, angeblich nach einem Telefonat, das es nie gegeben hat.

Ich habe mich heute bei der Bundesnetzagentur beschwert und möchte von meinem Sonderkündigungsrecht Gebrauch machen.

Monika Schulz
""")

C("de", "security_incident", "-", "fremde Überweisung aus dem Konto, Konto übernommen",
  "Felix Neumann <felix.neumann@neumann-post.example>",
  "Unbekannte Überweisung und neue Telefonnummer hinterlegt",
  """Hallo,

heute Nacht wurde von meinem Konto eine Überweisung über 740 € an einen mir unbekannten Empfänger ausgeführt. In der App ist plötzlich eine fremde Handynummer für die Freigabe hinterlegt. Das war ich nicht!

Bitte sperren Sie sofort mein Konto.

Felix Neumann
""")

C("de", "data_loss technical_issue", "-", "nach Update alle Kursfortschritte weg",
  "Lena Fischer <lena.fischer@uni-post.example>",
  "Mein ganzer Fortschritt ist weg",
  """Hi,

seit dem App-Update gestern zeigt mir der Kurs "Buchhaltung Grundlagen" 0 % an. Alle 14 abgeschlossenen Lektionen und meine Quiz-Ergebnisse sind verschwunden. Am Laptop genauso.

Kann man das wiederherstellen? Ich brauche das Zertifikat für meine Bewerbung.

Lena
""")

C("de", "safety technical_issue", "-", "Heizlüfter raucht",
  "Herbert Schmitt <herbert.schmitt@t-post.example>",
  "Heizlüfter hat gequalmt",
  """Guten Tag,

unser Heizlüfter Warmwell Compact hat gestern Abend plötzlich angefangen zu qualmen und es roch stark verbrannt. Ich habe ihn sofort ausgesteckt. Das Gehäuse ist an der Rückseite verformt.

Zum Glück waren wir im Zimmer. Ich möchte wissen, wie es jetzt weitergeht.

Herbert Schmitt
""")

C("de", "repeat_contact broken_promise", "-", "dritte Mail, versprochener Rückruf kam nie",
  "Andrea Koch <andrea.koch@koch-design.example>",
  "AW: Rückerstattung Konzerttickets",
  """Hallo,

ich schreibe Ihnen jetzt zum dritten Mal. Am 20. Januar wurde mir telefonisch ein Rückruf innerhalb von zwei Tagen zugesagt. Passiert ist nichts.

Es geht weiterhin um die abgesagte Veranstaltung am 14.02., Bestellnummer TK-88201.

Andrea Koch

Am 22.01.2026 um 10:14 schrieb Kundenservice <support@example.test>:
> Sehr geehrte Frau Koch,
> vielen Dank für Ihre Nachricht. Wir melden uns schnellstmöglich.
""", irt="t-88201")

C("de", "feature_request", "-", "Wunsch nach DATEV-Export",
  "Martin Richter <m.richter@richter-steuer.example>",
  "Anregung: DATEV-Schnittstelle",
  """Hallo liebes Team,

wir nutzen Ihr Tool für die Zeiterfassung in der Kanzlei und sind sehr zufrieden. Was uns wirklich helfen würde, wäre ein direkter Export im DATEV-Format. Bisher basteln wir das mit Excel zusammen. Vielleicht lässt sich das ja in einer der nächsten Versionen umsetzen?

Viele Grüße
Martin Richter
""")

C("de", "high_value_order technical_issue", "-", "Serverbestellung 14.200 €, Bereitstellung fehlgeschlagen",
  "Stefanie Braun <s.braun@braun-media.example>",
  "Bestellung DS-77120 - Bereitstellung fehlgeschlagen",
  """Sehr geehrte Damen und Herren,

unsere Bestellung DS-77120 (zwei dedizierte Server, Jahresvertrag, 14.200,00 € netto, bereits bezahlt) steht seit acht Tagen auf "Bereitstellung fehlgeschlagen". Im Kundenbereich kommt beim Neustart nur "Interner Fehler 0x51".

Wir bitten um kurzfristige Klärung.

Mit freundlichen Grüßen
Stefanie Braun
Leitung IT, Braun Media GmbH
""")

C("de", "discrimination_harassment", "-", "Mitarbeiter beleidigt wegen Herkunft",
  "Ayşe Demir <ayse.demir@demir-familie.example>",
  "Verhalten Ihres Mitarbeiters in der Filiale",
  """Guten Tag,

bei der Abholung meines Mietwagens am 9. Februar in der Filiale am Hauptbahnhof hat mich Ihr Mitarbeiter gefragt, ob ich "überhaupt einen richtigen Führerschein" habe, und mit seinem Kollegen über "die Türken" gelacht. Bei den anderen Kunden vor mir gab es solche Fragen nicht.

So etwas habe ich noch nie erlebt. Ich erwarte eine Stellungnahme.

Ayşe Demir
""")

C("de", "media_threat technical_issue", "-", "droht mit Bewertungen und Presse",
  "Oliver Hartmann <oliver.hartmann@hartmann-blog.example>",
  "Saugroboter fährt nur im Kreis",
  """Hallo,

mein neuer Saugroboter dreht sich seit dem ersten Tag nur im Kreis und meldet "Sensorfehler 12". Zwei Wochen alt.

Ich betreibe einen Technik-Blog mit gut 25.000 Lesern. Wenn ich nächste Woche keine Lösung habe, schreibe ich einen ausführlichen Erfahrungsbericht über Gerät und Service.

Oliver Hartmann
""")

C("de", "executive_contact corporate_contact_request", "-", "will E-Mail des Vorstands",
  "Gerhard Weber <g.weber@weber-bau.example>",
  "Kontaktdaten Ihres Vorstands",
  """Sehr geehrte Damen und Herren,

bitte teilen Sie mir die E-Mail-Adresse Ihres Vorstandsvorsitzenden mit. Ich werde ihm persönlich schreiben, wie Ihr Unternehmen mit langjährigen Geschäftskunden umgeht.

Gerhard Weber
Geschäftsführer, Weber Bau
""")

C("de", "technical_issue", "quoted", "nur technisches Problem; Zitat enthält Anwalt/Kündigung",
  "Petra Zimmermann <petra.zimmermann@zimmermann-net.example>",
  "AW: Thermostat reagiert nicht",
  """Hallo Herr Yilmaz,

danke für die Anleitung. Leider hat der Reset nichts gebracht, das Thermostat zeigt weiterhin "E04" und heizt nicht.

Grüße
Petra Zimmermann

-----Ursprüngliche Nachricht-----
Von: Petra Zimmermann <petra.zimmermann@zimmermann-net.example>
Gesendet: Montag, 2. Februar 2026 20:11
An: support@example.test
Betreff: Thermostat reagiert nicht

Ich bin stinksauer. Wenn das nicht bis Freitag läuft, kündige ich und schalte meinen Anwalt ein.
""", irt="t-30117")

C("de", "regulatory", "-", "DSGVO-Verstoß, Beschwerde beim Landesdatenschutzbeauftragten",
  "Katrin Vogel <katrin.vogel@vogel-post.example>",
  "Auskunftsersuchen nach Art. 15 DSGVO unbeantwortet",
  """Sehr geehrte Damen und Herren,

mein Auskunftsersuchen vom 3. Dezember haben Sie trotz Erinnerung nicht beantwortet. Die Monatsfrist ist lange abgelaufen. Ich habe heute Beschwerde beim Landesbeauftragten für Datenschutz eingelegt.

Katrin Vogel
""")

C("de", "cancellation_threat billing_dispute", "-", "Preiserhöhung ohne Ankündigung abgebucht, kündigt",
  "Frank Schröder <frank.schroeder@schroeder-mail.example>",
  "Abbuchung 59 € statt 39 €",
  """Hallo,

Sie haben diesen Monat 59 € statt der vereinbarten 39 € für den Stromabschlag eingezogen. Eine Ankündigung habe ich nie bekommen. Die 20 € Differenz möchte ich zurück.

Ich werde zum nächstmöglichen Termin kündigen, bitte bestätigen Sie mir das Vertragsende.

Frank Schröder
""")

C("de", "outage technical_issue repeat_contact manager_request", "-", "VPS down, vierte Meldung, will Eskalation",
  "Dennis Wolf <dennis.wolf@wolf-it.example>",
  "VPS fra-08 erneut offline - 4. Ticket",
  """Moin,

vps-fra-08 ist seit 03:00 wieder nicht erreichbar, weder Ping noch SSH, die Konsole im Panel hängt. Ich habe das jetzt viermal gemeldet, jedes Mal wurde das Ticket ohne Antwort geschlossen.

Bitte eskalieren Sie das an jemanden, der tatsächlich Zugriff auf den Host hat.

Dennis Wolf
""")

C("de", "broken_promise technical_issue", "-", "versprochener Techniker kam nicht, Heizung defekt",
  "Ingrid Becker <ingrid.becker@becker-haus.example>",
  "Techniker ist nicht gekommen",
  """Guten Tag,

mir wurde für Dienstag zwischen 8 und 12 Uhr ein Techniker zugesagt, weil die Wärmepumpe ständig mit Störung "F31" abschaltet. Gekommen ist niemand, angerufen auch nicht.

Ich bin 78 Jahre alt und sitze im Kalten. Bitte schicken Sie jemanden.

Ingrid Becker
""")

C("de", "severe_dissatisfaction", "-", "empört über Behandlung, 'unverschämt'",
  "Rolf Meier <rolf.meier@meier-online.example>",
  "Unverschämt",
  """Was Sie sich mit Ihrer Versicherung leisten, ist eine absolute Unverschämtheit. Vier Monate für einen einfachen Glasschaden und jetzt soll ich die Fotos, die Sie längst haben, noch einmal schicken. Ich bin fassungslos und stinksauer.

R. Meier
""")

C("de", "feature_request technical_issue", "-", "Bug im Kalender + Wunsch nach Feiertagsimport",
  "Julia Schwarz <julia.schwarz@schwarz-agentur.example>",
  "Zwei Dinge",
  """Hallo,

1. Die Wochenansicht im Kalender springt beim Scrollen immer wieder auf Montag zurück. Nervig, aber kein Weltuntergang.

2. Es wäre toll, wenn man die Feiertage der Bundesländer automatisch importieren könnte, statt sie jedes Jahr einzutragen.

Danke und viele Grüße
Julia
""")

C("de", "high_value_order billing_dispute", "-", "Rechnung 8.750 € mit falscher Lizenzanzahl",
  "Markus Lang <markus.lang@lang-holding.example>",
  "Rechnung 26-1144 fehlerhaft",
  """Sehr geehrte Damen und Herren,

Ihre Rechnung 26-1144 über 8.750,00 € berechnet 175 Lizenzen. Vertraglich vereinbart sind 95. Wir bitten um eine korrigierte Rechnung; die vorliegende werden wir nicht begleichen.

Mit freundlichen Grüßen
Markus Lang
Kaufmännische Leitung
""")

C("de", "security_incident technical_issue", "-", "sieht fremde Rezepte im Konto",
  "Heike Walter <heike.walter@walter-mail.example>",
  "Ich sehe Rezepte einer fremden Person",
  """Hallo,

in meinem Kundenkonto der Online-Apotheke werden seit heute unter "Meine Rezepte" die Rezepte einer mir unbekannten Frau angezeigt, mit Name, Geburtsdatum und Medikamenten. Das ist doch ein Fehler in Ihrem System. Bitte beheben Sie das sofort.

Heike Walter
""")

C("de", "media_threat executive_contact", "-", "hat Geschäftsführer angeschrieben, Zeitung informiert",
  "Bernd Kaiser <bernd.kaiser@kaiser-post.example>",
  "Immer noch keine Lösung",
  """Guten Tag,

ich habe Ihrem Geschäftsführer heute per Einschreiben geschrieben und parallel die Lokalredaktion des Tageblatts informiert, die sich sehr für Ihren Umgang mit Wasserkunden interessiert.

Bernd Kaiser
""")

C("de", "legal_threat", "conditional", "Versicherung reguliert nicht; wenn nicht bis 28.02., Klage",
  "Simone Fuchs <simone.fuchs@fuchs-design.example>",
  "Schaden SV-40912",
  """Hallo,

seit sieben Wochen weigern Sie sich, den Diebstahl meines E-Bikes (Schaden SV-40912) zu regulieren, obwohl alle Unterlagen und die Anzeige der Polizei vorliegen.

Sollte bis zum 28.02. keine Regulierung erfolgen, werde ich Klage beim Amtsgericht einreichen.

Simone Fuchs
""")

C("de", "discrimination_harassment manager_request", "-", "Monteur belästigt, möchte Vorgesetzten",
  "Laura Peters <laura.peters@peters-web.example>",
  "Belästigung durch Ihren Monteur",
  """Guten Tag,

Ihr Monteur, der am 12.02. den Zähler getauscht hat, hat mir danach mehrere WhatsApp-Nachrichten mit eindeutigen Andeutungen geschickt. Er hatte meine Nummer nur aus dem Auftrag.

Ich möchte mit seinem Vorgesetzten sprechen.

Laura Peters
""")

# --- German, no trigger

C("de", "-", "title", "Office Manager fragt nach Benutzer anlegen",
  "Nadine Frank <nadine.frank@frank-praxis.example>",
  "Neue Mitarbeiterin anlegen",
  """Hallo,

ich bin Office Managerin in unserer Praxis. Wie lege ich eine neue Mitarbeiterin an, die nur Termine sehen, aber keine Rechnungen bearbeiten darf?

Danke!
Nadine Frank
""")

C("de", "-", "quoted", "Dank; Zitat enthält Drohung",
  "Uwe Krause <uwe.krause@krause-elektro.example>",
  "AW: Abbuchung Februar",
  """Hallo Frau Yilmaz,

Betrag ist heute gutgeschrieben worden. Vielen Dank für die schnelle Erledigung!

Uwe Krause

Am 05.02.2026 um 08:02 schrieb Uwe Krause:
> Das ist eine Frechheit, Sie haben 120 EUR zu viel abgebucht. Wenn das
> Geld nicht bis Montag zurück ist, gehe ich zur Verbraucherzentrale.
""", irt="t-55012")

C("de", "-", "signature", "Frage; Signatur mit Rechtsanwalt und Haftungsausschluss",
  "RA Christian Engel <c.engel@engel-kanzlei.example>",
  "Rechnungsadresse ändern",
  """Sehr geehrte Damen und Herren,

bitte ändern Sie die Rechnungsadresse unseres Kontos ab März auf: Engel Rechtsanwälte, Lindenstraße 4, 10115 Berlin.

Mit freundlichen Grüßen
Christian Engel
Rechtsanwalt

Diese E-Mail enthält vertrauliche Informationen. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender. Jede unbefugte Weitergabe ist untersagt und kann rechtliche Schritte nach sich ziehen.
""")

C("de", "-", "negation", "will nicht kündigen, nur Tarif wechseln",
  "Sandra Hahn <sandra.hahn@hahn-post.example>",
  "Tarifwechsel",
  """Hallo,

keine Sorge, ich will nicht kündigen! Ich möchte nur von "Surf 250" auf "Surf 100" wechseln, weil wir weniger brauchen. Geht das zum nächsten Monat?

Sandra Hahn
""")

C("de", "-", "policy_question", "Frage nach Widerrufsrecht",
  "Peter Schulte <peter.schulte@schulte-mail.example>",
  "Widerruf bei Kursen",
  """Guten Tag,

wie lange habe ich bei Ihren Online-Kursen ein Widerrufsrecht, und bekomme ich den vollen Betrag zurück, wenn ich schon eine Lektion angesehen habe? Ich überlege noch, ob ich buche.

Peter Schulte
""")

C("de", "-", "reported", "Nachbar schimpft über Ausfall, Kunde fragt nur",
  "Gisela Roth <gisela.roth@roth-haus.example>",
  "Frage zum Wasserzähler",
  """Hallo,

mein Nachbar schimpft seit Tagen, Sie hätten ihm falsch abgerechnet und er gehe zum Anwalt. Ich möchte einfach nur wissen, wann bei mir der Zähler abgelesen wird, damit ich zu Hause bin.

Gisela Roth
""")

C("de", "-", "innocuous", "'Feuer und Flamme', 'Vorstand' des Vereins",
  "Jürgen Haas <juergen.haas@sportverein-example.example>",
  "Gruppenkurs für unseren Verein",
  """Hallo,

unser Vorstand ist Feuer und Flamme für Ihren Excel-Kurs. Gibt es Gruppenpreise für etwa 12 Vereinsmitglieder?

Sportliche Grüße
Jürgen Haas
Kassenwart, TSV Beispielstadt
""")

C("de", "-", "other", "Bestellung genau 5.000 €, Lieferfrage",
  "Claudia Seidel <claudia.seidel@seidel-hotel.example>",
  "Lieferung Heizgeräte",
  """Guten Tag,

wir haben Heizgeräte für genau 5.000,00 € bestellt (Auftrag 99812). Können Sie uns die voraussichtliche Lieferwoche nennen? Es eilt nicht besonders.

Claudia Seidel
Hotel Seidel
""")

C("de", "-", "other", "leichte Enttäuschung",
  "Werner Franke <werner.franke@franke-mail.example>",
  "Kleine Anmerkung",
  """Hallo,

ich bin ein bisschen enttäuscht, dass der Saugroboter lauter ist als in Ihrem Video. Funktionieren tut er aber einwandfrei. Nur als Rückmeldung.

W. Franke
""")

C("de", "-", "-", "Anleitungsfrage Rufumleitung",
  "Ralf Lorenz <ralf.lorenz@lorenz-handwerk.example>",
  "Rufumleitung einrichten",
  """Hallo,

wie richte ich eine Rufumleitung von der Festnetznummer aufs Handy ein? Im Kundenportal finde ich die Option nicht.

Danke
Ralf Lorenz
""")

C("de", "-", "-", "Dankesmail",
  "Elke Brandt <elke.brandt@brandt-mail.example>",
  "Herzlichen Dank",
  """Liebes Team,

vielen Dank an Herrn Özdemir, der mir am Telefon so geduldig beim Einrichten der Banking-App geholfen hat. Das hat mir sehr geholfen!

Herzliche Grüße
Elke Brandt
""")

C("de", "-", "policy_question", "Frage ob DSGVO-konform, AVV gewünscht",
  "Tobias Keller <tobias.keller@keller-software.example>",
  "AV-Vertrag und Serverstandort",
  """Hallo,

bevor wir Ihr Projektmanagement-Tool einführen: Wo stehen Ihre Server, und können Sie uns einen Auftragsverarbeitungsvertrag nach Art. 28 DSGVO zusenden?

Viele Grüße
Tobias Keller
Datenschutzbeauftragter
""")

C("de", "-", "other", "zweite Anfrage nach Rechnungskopie",
  "Marion Albrecht <marion.albrecht@albrecht-steuer.example>",
  "Erneute Bitte: Rechnungskopie Dezember",
  """Hallo,

ich frage noch einmal nach (zweite Anfrage): Können Sie mir bitte eine Kopie der Dezember-Rechnung schicken? Unser Steuerberater braucht sie.

Danke
Marion Albrecht
""")

C("de", "corporate_contact_request billing_dispute", "-", "will Anschrift der Hauptverwaltung; falsche Schlussrechnung",
  "Helga Sommer <helga.sommer@sommer-rentner.example>",
  "Anschrift Ihrer Hauptverwaltung",
  """Guten Tag,

Ihre Schlussrechnung nach meinem Umzug verlangt 312,40 € für einen Zeitraum, in dem ich gar nicht mehr in der Wohnung gewohnt habe. Übergabeprotokoll liegt bei.

Bitte teilen Sie mir außerdem die Postanschrift und die Telefonnummer Ihrer Hauptverwaltung mit, ich möchte dort schriftlich Widerspruch einlegen.

Helga Sommer
""", fmt="mixed", att=("application/pdf", "Uebergabeprotokoll.pdf", "pdf"))


# ================================================================ FRENCH

C("fr", "outage technical_issue", "-", "box internet coupée, aucun accès",
  "Sophie Lefèvre <sophie.lefevre@lefevre-mail.example>",
  "Plus d'internet depuis hier soir",
  """Bonjour,

Depuis hier soir 21h, plus aucune connexion : la box affiche un voyant rouge clignotant, et mes voisins chez vous ont le même problème. Je télétravaille, c'est très embêtant.

Pouvez-vous me dire quand ce sera rétabli ?

Sophie Lefèvre
""")

C("fr", "billing_dispute", "-", "prélevé deux fois",
  "Julien Moreau <julien.moreau@moreau-web.example>",
  "Double prélèvement de 45,00 €",
  """Bonjour,

Je constate sur mon relevé deux prélèvements de 45,00 € le même jour (6 février) pour mon abonnement Pro. Je n'ai qu'un seul compte. Merci de me rembourser le second.

Cordialement,
Julien Moreau
""")

C("fr", "cancellation_threat severe_dissatisfaction", "-", "résilie, 'honteux'",
  "Nathalie Girard <nathalie.girard@girard-famille.example>",
  "Résiliation de mon contrat",
  """Madame, Monsieur,

Cela fait deux mois que j'attends le remboursement de mon sinistre dégât des eaux. Votre gestion est tout simplement scandaleuse, je n'ai jamais vu un tel mépris envers un client.

Je résilie mon contrat habitation à l'échéance et je vais chez un concurrent.

Nathalie Girard
""")

C("fr", "legal_threat", "-", "avocat saisi, poursuites annoncées (sinistre véhicule de location)",
  "Pierre Dubois <p.dubois@dubois-particulier.example>",
  "Mise en demeure - location véhicule LV-33018",
  """Madame, Monsieur,

Malgré mon courrier du 12 janvier, vous refusez de répondre sur l'accident dont votre véhicule de location a été victime alors qu'il était stationné, sans aucune responsabilité de ma part.

J'ai confié le dossier à mon avocat, qui engagera des poursuites si je n'ai pas de réponse écrite sous quinze jours.

Pierre Dubois
""")

C("fr", "manager_request", "-", "veut parler à un responsable",
  "Camille Bernard <camille.bernard@bernard-conseil.example>",
  "Demande de rappel par un responsable",
  """Bonjour,

Je tourne en rond avec le service client depuis le début du mois au sujet du transfert de mes contrats. J'aimerais qu'un responsable me rappelle, s'il vous plaît, au 01 55 50 12 34.

Merci d'avance,
Camille Bernard
""")

C("fr", "regulatory security_incident", "-", "fuite de données, plainte CNIL",
  "Antoine Roux <antoine.roux@roux-net.example>",
  "Mes données personnelles circulent",
  """Bonjour,

J'ai reçu hier un SMS frauduleux qui mentionne mon nom, mon numéro client chez vous et le montant exact de ma dernière facture d'eau. Ces informations ne peuvent venir que de chez vous. Il y a manifestement eu une fuite.

J'ai déposé une plainte auprès de la CNIL ce matin. Je souhaite savoir quelles données ont été compromises.

Antoine Roux
""")

C("fr", "data_loss technical_issue", "-", "factures disparues après mise à jour",
  "Claire Fontaine <claire.fontaine@fontaine-compta.example>",
  "Toutes mes factures de janvier ont disparu",
  """Bonjour,

Depuis la mise à jour de lundi, les 64 factures que j'avais saisies en janvier ont disparu de l'application. La liste est vide, l'export aussi. Je suis expert-comptable, j'ai des déclarations à faire la semaine prochaine.

Est-ce qu'une sauvegarde existe ?

Claire Fontaine
""")

C("fr", "safety technical_issue", "-", "radiateur a pris feu",
  "Bernard Mercier <bernard.mercier@mercier-retraite.example>",
  "Radiateur - début d'incendie",
  """Bonjour,

Mon radiateur Warmwell acheté en novembre a pris feu hier soir au niveau de la prise, des flammes de quelques centimètres. J'ai pu l'éteindre avec une couverture. Le mur est noirci.

J'ai 74 ans et j'ai eu très peur. Y a-t-il un rappel sur ce modèle ?

Bernard Mercier
""")

C("fr", "repeat_contact technical_issue", "-", "troisième message, vidéos des cours ne se lancent pas",
  "Léa Petit <lea.petit@etu-mail.example>",
  "3e message - les vidéos ne marchent toujours pas",
  """Bonjour,

C'est la troisième fois que je vous écris : les vidéos du module 4 restent bloquées sur un écran noir avec "erreur de lecture". J'ai essayé sur trois navigateurs.

Merci de regarder vraiment le problème cette fois,
Léa
""")

C("fr", "feature_request", "-", "souhaite export iCal",
  "Hugo Lambert <hugo.lambert@lambert-archi.example>",
  "Suggestion : synchronisation agenda",
  """Bonjour,

Nous utilisons votre outil de gestion de projet au cabinet et nous en sommes contents. Ce serait vraiment pratique de pouvoir abonner nos agendas Outlook aux échéances des projets (un flux iCal par exemple). Est-ce envisageable ?

Bien à vous,
Hugo Lambert
""")

C("fr", "high_value_order broken_promise", "-", "commande 11 500 € non livrée malgré promesse",
  "Isabelle Garnier <isabelle.garnier@garnier-hotels.example>",
  "Commande 20931 - livraison non effectuée",
  """Bonjour,

Notre commande n° 20931 de 30 radiateurs pour l'hôtel (11 500,00 € TTC, payée le 8 janvier) devait être livrée le 2 février, comme votre commercial me l'avait confirmé par écrit. Rien n'est arrivé et personne ne m'a prévenue.

Nous rouvrons le 1er mars. Merci de me donner une date ferme.

Isabelle Garnier
Directrice, Hôtel du Parc
""")

C("fr", "discrimination_harassment", "-", "agent a refusé client en fauteuil",
  "Karim Benali <karim.benali@benali-mail.example>",
  "Discrimination à votre guichet",
  """Bonjour,

Samedi au guichet de la salle, votre agent m'a refusé l'accès à la zone PMR alors que j'avais un billet PMR, en disant que "les handicapés, ça ralentit tout le monde". Devant ma fille de 10 ans.

Je veux savoir quelles mesures vous allez prendre contre cette personne.

Karim Benali
""")

C("fr", "media_threat", "-", "journaliste demande un commentaire",
  "Élodie Marchand <elodie.marchand@le-quotidien.example>",
  "Demande d'interview - coupures de courant à Villeneuve",
  """Bonjour,

Je suis journaliste au Quotidien du Sud et je prépare un article sur les coupures répétées dans le quartier des Oliviers. Pourriez-vous me mettre en relation avec votre service de presse pour un commentaire avant jeudi ?

Cordialement,
Élodie Marchand
Journaliste
""")

C("fr", "corporate_contact_request", "-", "demande adresse siège social",
  "Gérard Blanc <gerard.blanc@blanc-immo.example>",
  "Adresse du siège",
  """Bonjour,

Pourriez-vous m'indiquer l'adresse postale de votre siège social et le service juridique à qui adresser un courrier recommandé ?

Merci,
Gérard Blanc
""")

C("fr", "executive_contact cancellation_threat", "-", "a écrit au PDG, va résilier",
  "Martine Rousseau <martine.rousseau@rousseau-mail.example>",
  "Copie à votre PDG",
  """Bonjour,

Je mets votre PDG en copie de ce message car j'ai épuisé toutes les autres voies. Mon compte est bloqué depuis trois semaines sans explication.

Si ce n'est pas réglé d'ici vendredi, je clôture mon compte et je transfère tout vers une autre banque.

Martine Rousseau
""", cc="Direction Générale <direction@example.test>")

C("fr", "technical_issue broken_promise", "-", "correctif promis pour janvier pas livré",
  "Thierry Faure <thierry.faure@faure-btp.example>",
  "RE: Bug d'impression des plannings",
  """Bonjour,

Vous nous aviez promis que le bug des plannings coupés à l'impression serait corrigé dans la version de janvier. Nous sommes le 12 février et c'est toujours pareil.

Thierry Faure

De : Support <support@example.test>
Envoyé : mardi 16 décembre 2025 11:20
À : Thierry Faure
Objet : RE: Bug d'impression des plannings

Bonjour, le correctif sera inclus dans la version de janvier.
""", irt="t-12094")

C("fr", "regulatory billing_dispute", "-", "facture d'eau erronée, médiateur",
  "Monique André <monique.andre@andre-maison.example>",
  "Facture d'eau de 890 € contestée",
  """Madame, Monsieur,

Votre facture de 890,40 € correspond à une consommation de 412 m³, alors que mon compteur indique 38 m³ depuis le dernier relevé (photo jointe). Je conteste ce montant.

J'ai saisi le médiateur de l'eau, faute de réponse de votre part depuis décembre.

Monique André
""")

C("fr", "severe_dissatisfaction technical_issue", "-", "appli plante, 'inadmissible', en majuscules",
  "Kevin Morel <kevin.morel@morel.example>",
  "APPLI INUTILISABLE",
  """C'EST INADMISSIBLE. Depuis la mise à jour l'appli se ferme toute seule dès que j'ouvre mes comptes. Je suis furieux, je ne peux même pas voir mon solde. Corrigez ça.
""")

C("fr", "manager_request repeat_contact", "-", "quatrième appel, demande escalade",
  "Sylvie Chevalier <sylvie.chevalier@chevalier-mail.example>",
  "Réclamation - merci d'escalader",
  """Bonjour,

J'ai déjà appelé quatre fois au sujet du changement de titulaire du contrat d'électricité de ma mère, décédée en novembre. À chaque fois on me dit que c'est en cours.

Je vous demande de transmettre mon dossier à un supérieur.

Sylvie Chevalier
""")

C("fr", "security_incident", "-", "connexion suspecte, mot de passe modifié",
  "Romain Gauthier <romain.gauthier@gauthier-pro.example>",
  "Quelqu'un a pris le contrôle de mon compte",
  """Bonjour,

J'ai reçu cette nuit une alerte de connexion depuis un appareil inconnu, puis un e-mail confirmant le changement de mon mot de passe. Ce n'est pas moi. Je n'arrive plus à me connecter et j'ignore ce qu'ils ont fait avec le compte.

Merci de bloquer le compte immédiatement.

Romain Gauthier
""")

C("fr", "technical_issue", "quoted", "problème technique; l'historique cité contient menace de résiliation",
  "Aurélie Perrin <aurelie.perrin@perrin-mail.example>",
  "Re: Aspirateur robot ne charge plus",
  """Bonjour,

J'ai essayé le nouveau câble, le robot ne charge toujours pas, le voyant reste orange.

Aurélie

Le 3 févr. 2026 à 19:48, Aurélie Perrin <aurelie.perrin@perrin-mail.example> a écrit :
> Si je n'ai pas de solution cette semaine, je résilie l'extension de garantie
> et je vous fais une mauvaise pub partout.
""", irt="t-41177")

C("fr", "feature_request", "-", "plan de salle à choisir par liste",
  "Paul Mathieu <paul.mathieu@mathieu-mail.example>",
  "Idée pour la billetterie",
  """Bonjour,

Petite idée : ce serait bien de pouvoir acheter des places côte à côte pour un groupe de 8 sans devoir cliquer sur chaque siège. Une option "places groupées" serait super.

Merci !
Paul
""")

C("fr", "outage technical_issue cancellation_threat", "conditional", "serveurs inaccessibles, résiliation conditionnelle",
  "Nicolas Guerin <nicolas.guerin@guerin-hebergement.example>",
  "Tous nos VPS injoignables",
  """Bonjour,

Nos 6 VPS sur le site de Paris sont injoignables depuis 14h10 (timeout SSH, sites clients en erreur 504).

Si la situation se reproduit encore ce mois-ci, nous migrerons l'ensemble de nos clients chez un autre hébergeur.

Nicolas Guérin
""")

C("fr", "legal_threat regulatory", "-", "DGCCRF et avocat pour abonnement",
  "Françoise Henry <francoise.henry@henry-mail.example>",
  "Abonnement souscrit sans mon accord",
  """Madame, Monsieur,

Un abonnement à vos cours en ligne a été activé à mon nom sans aucun consentement de ma part. Aucun prélèvement n'a encore eu lieu, mais j'ai signalé ces pratiques à la DGCCRF et mon avocate prépare une assignation.

Françoise Henry
""")

C("fr", "high_value_order technical_issue", "-", "licences 7 200 € non activées, erreur",
  "Olivier Lemoine <olivier.lemoine@lemoine-industrie.example>",
  "Licences entreprise non activées - erreur 403",
  """Bonjour,

Nous avons réglé le 20 janvier 60 licences annuelles (7 200,00 € HT, commande ENT-4410). Lorsque nos collaborateurs cliquent sur le lien d'activation, ils obtiennent "Erreur 403 - licence invalide".

Merci de votre aide rapide.

Olivier Lemoine
DSI, Lemoine Industrie
""")

C("fr", "media_threat severe_dissatisfaction", "-", "avis et réseaux sociaux, 'honte'",
  "Jessica Caron <jessica.caron@caron-mail.example>",
  "Commande pharmacie jamais reçue",
  """Trois semaines que j'attends mon lait infantile commandé chez vous, et votre service client me répond avec des messages automatiques. C'est une honte absolue.

Je vais raconter tout ça sur Instagram et laisser des avis partout, les autres parents doivent savoir.

Jessica
""")

# --- French, no trigger

C("fr", "-", "title", "directeur commercial demande un devis",
  "Laurent Picard <laurent.picard@picard-distribution.example>",
  "Devis pour 25 utilisateurs",
  """Bonjour,

Je suis directeur commercial chez Picard Distribution. Pourriez-vous m'envoyer un devis pour 25 utilisateurs sur l'offre Équipe, avec facturation annuelle ?

Cordialement,
Laurent Picard
Directeur commercial
""")

C("fr", "-", "quoted", "remerciement; citation avec menace",
  "Chantal Robin <chantal.robin@robin-mail.example>",
  "Re: Mon prélèvement de février",
  """Bonjour,

C'est bien remboursé, merci beaucoup pour votre réactivité.

Chantal

Le lun. 9 févr. 2026 à 09:12, Chantal Robin <chantal.robin@robin-mail.example> a écrit :
> Vous m'avez prélevé 60 € de trop, c'est inadmissible. Je veux parler à un
> responsable, sinon je saisis le médiateur.
""", irt="t-77031")

C("fr", "-", "signature", "question; mentions légales avec poursuites",
  "Valérie Noël <valerie.noel@noel-avocats.example>",
  "Modifier l'adresse de facturation",
  """Bonjour,

Merci de mettre à jour notre adresse de facturation : 12 rue des Lilas, 69003 Lyon.

Bien cordialement,
Valérie Noël
Avocate associée

Ce message et ses pièces jointes sont confidentiels. Toute utilisation non autorisée est interdite et pourra faire l'objet de poursuites.
""")

C("fr", "-", "negation", "ne veut pas résilier",
  "Denis Barbier <denis.barbier@barbier-mail.example>",
  "Changement d'offre",
  """Bonjour,

Je ne compte pas résilier, rassurez-vous ! Je voudrais seulement passer à l'offre fibre 500 Mb/s. Comment faire ?

Denis
""")

C("fr", "-", "policy_question", "question sur politique de remboursement billets",
  "Agnès Fournier <agnes.fournier@fournier-mail.example>",
  "Remboursement en cas d'annulation ?",
  """Bonjour,

Si un concert est reporté, est-ce que les billets sont remboursés automatiquement ou faut-il en faire la demande ? Je me renseigne avant d'acheter.

Merci,
Agnès
""")

C("fr", "-", "reported", "collègue parle d'avocat, client demande juste",
  "Yannick Collet <yannick.collet@collet-menuiserie.example>",
  "Question sur la franchise",
  """Bonjour,

Un collègue m'a dit qu'il avait dû prendre un avocat contre son assureur, j'espère ne pas en arriver là, ha ha. Ma question est simple : quelle est la franchise pour un bris de glace sur mon utilitaire ?

Yannick
""")

C("fr", "-", "innocuous", "'feu vert', 'conseil d'administration' de l'association",
  "Brigitte Lemaire <brigitte.lemaire@asso-lecture.example>",
  "Tarif association",
  """Bonjour,

Notre conseil d'administration a donné son feu vert pour utiliser votre outil. Avez-vous un tarif pour les associations loi 1901 ?

Merci,
Brigitte Lemaire
Trésorière
""")

C("fr", "-", "other", "déception légère",
  "Gilles Masson <gilles.masson@masson-mail.example>",
  "Petit retour",
  """Bonjour,

Un peu déçu que le radiateur soit livré sans télécommande, je pensais qu'elle était incluse. Sinon il chauffe très bien, rien à redire.

Gilles
""")

C("fr", "-", "other", "grosse commande sans problème",
  "Sandrine Colin <sandrine.colin@colin-ecoles.example>",
  "Commande groupée formation",
  """Bonjour,

Nous souhaitons commander 200 accès à la formation bureautique pour nos enseignants, soit 18 000 € d'après votre grille. Pouvez-vous me transmettre un bon de commande ?

Sandrine Colin
""")

C("fr", "-", "-", "question pratique",
  "Lucas Renard <lucas.renard@renard-mail.example>",
  "Ajouter un conducteur",
  """Bonjour, comment ajouter un deuxième conducteur à ma réservation RS-55102 ? Merci !
""")

C("fr", "-", "-", "remerciement",
  "Odile Vidal <odile.vidal@vidal-mail.example>",
  "Merci !",
  """Bonjour,

Un grand merci au technicien passé ce matin, très professionnel et souriant. La chaudière fonctionne parfaitement.

Odile Vidal
""")

C("fr", "-", "policy_question", "SLA question",
  "Fabrice Leroy <fabrice.leroy@leroy-web.example>",
  "Engagement de disponibilité",
  """Bonjour,

Proposez-vous un engagement de disponibilité (SLA) sur les serveurs dédiés, et quelles pénalités en cas d'indisponibilité ? Nous comparons plusieurs offres.

Fabrice Leroy
""")

C("fr", "-", "title", "responsable des achats pose une question",
  "Corinne Dupuis <corinne.dupuis@dupuis-sa.example>",
  "Bon de commande",
  """Bonjour,

En tant que responsable des achats, je dois joindre un numéro de bon de commande à vos factures. Où puis-je l'indiquer dans mon espace client ?

Corinne Dupuis
Responsable des achats
""")


# ================================================================ SPANISH

C("es", "outage technical_issue", "-", "app del banco caída para todos",
  "Lucía Fernández <lucia.fernandez@fernandez-correo.example>",
  "No funciona nada, ni la web ni la app",
  """Hola,

Desde las 9 de la mañana no puedo entrar ni en la app ni en la web, sale "Error 500 - inténtelo más tarde". Mi hermano tiene cuenta con ustedes y le pasa lo mismo. Tengo que hacer una transferencia urgente.

¿Qué está pasando?

Lucía
""")

C("es", "billing_dispute", "-", "cobro duplicado de la cuota",
  "Javier Romero <javier.romero@romero-taller.example>",
  "Me han cobrado dos veces",
  """Buenas,

En el extracto del banco aparecen dos cargos de 34,90 € del día 1 de febrero por la misma cuota de fibra. Solo tengo una línea contratada. Les pido que me devuelvan uno de los dos.

Un saludo,
Javier Romero
Taller Romero
""")

C("es", "cancellation_threat technical_issue", "-", "robot no funciona, se da de baja de la garantía y cambia de marca",
  "Carmen Ruiz <carmen.ruiz@ruiz-casa.example>",
  "El robot no sale de la base",
  """Hola,

El robot aspirador no sale de la base desde hace una semana, se enciende la luz roja y pita. Ya lo reinicié como dice el manual.

Estoy harta. Me doy de baja del plan de mantenimiento y la próxima vez compraré de otra marca.

Carmen
""")

C("es", "legal_threat billing_dispute", "-", "cargo tras la baja, abogado",
  "Miguel Ángel Torres <miguelangel.torres@torres-asesores.example>",
  "Cargo indebido tras la baja",
  """Estimados señores:

Solicité la baja del servicio el 15 de diciembre y me la confirmaron por escrito. Aun así, el 5 de enero me cargaron 49,00 € en la cuenta.

He puesto el asunto en manos de mi abogado. Exijo la devolución inmediata del importe.

Atentamente,
Miguel Ángel Torres
""")

C("es", "manager_request", "-", "pide hablar con un supervisor",
  "Rosa Jiménez <rosa.jimenez@jimenez-mail.example>",
  "Quiero hablar con un supervisor",
  """Buenas tardes,

Llevo desde enero intentando que me cambien el titular del contrato del agua y nadie me da una solución. Por favor, que me llame un supervisor o alguien con capacidad de decisión. Mi teléfono es el 555 01 23 45.

Gracias,
Rosa Jiménez
""")

C("es", "regulatory", "-", "reclamación en consumo y AEPD",
  "Alberto Navarro <alberto.navarro@navarro-mail.example>",
  "Reclamación formal",
  """Buenos días,

Les comunico que he presentado una reclamación ante la Oficina Municipal de Información al Consumidor por la publicidad engañosa de su tarifa "sin permanencia", y otra ante la AEPD porque siguen llamándome para ofertas después de oponerme.

Alberto Navarro
""")

C("es", "security_incident technical_issue", "-", "ve los datos de otro cliente",
  "Elena Morales <elena.morales@morales-mail.example>",
  "Veo el historial de otra persona en mi cuenta",
  """Hola,

Al entrar en mi cuenta de la farmacia online me aparecen los pedidos de otra persona: su nombre, su dirección y los medicamentos que compra. Es un fallo muy grave de su web. Supongo que alguien estará viendo los míos.

Elena Morales
""")

C("es", "data_loss technical_issue", "-", "proyectos borrados tras migración",
  "Pablo Gil <pablo.gil@gil-estudio.example>",
  "Han desaparecido todos los proyectos",
  """Hola equipo,

Después de la migración al nuevo servidor del fin de semana, nuestra cuenta aparece vacía: ni proyectos, ni tareas, ni archivos. Eran tres años de trabajo del estudio.

Por favor, díganme que tienen copia de seguridad.

Pablo Gil
""")

C("es", "safety technical_issue", "-", "calefactor da calambre",
  "Dolores Sánchez <dolores.sanchez@sanchez-familia.example>",
  "El calefactor da calambre",
  """Hola,

El calefactor que compramos en diciembre da calambre cuando se toca la parte metálica de atrás. Mi hija de 12 años se llevó un buen susto ayer. Lo hemos desenchufado.

¿Qué tenemos que hacer?

Dolores Sánchez
""")

C("es", "repeat_contact broken_promise billing_dispute", "-", "tercera vez, devolución prometida de cargo erróneo",
  "Andrés Castro <andres.castro@castro-mail.example>",
  "RE: Devolución del cargo duplicado",
  """Hola,

Es la tercera vez que les escribo. El 12 de enero me cobraron dos veces 89 € por el alquiler del coche y me prometieron por teléfono que la devolución llegaría en una semana. No ha llegado nada.

Andrés Castro

El lun, 19 ene 2026 a las 10:05, Atención al cliente (<support@example.test>) escribió:
> Estimado Andrés, hemos tramitado su solicitud. Recibirá la devolución en
> un plazo de 5 a 7 días hábiles.
""", irt="t-23390")

C("es", "feature_request", "-", "pide modo offline para cursos",
  "Sergio Ortega <sergio.ortega@ortega-mail.example>",
  "Sugerencia para la app",
  """Hola,

Me encantan los cursos, pero viajo mucho en tren y sin cobertura no puedo verlos. ¿Podrían añadir la opción de descargar las lecciones para verlas sin conexión? Sería genial.

Saludos,
Sergio
""")

C("es", "high_value_order technical_issue", "-", "contrato 22.000 € de servidores con fallo",
  "Beatriz Molina <beatriz.molina@molina-tech.example>",
  "Pedido SRV-3301 - los servidores no arrancan",
  """Buenos días:

Los tres servidores dedicados del pedido SRV-3301 (22.000,00 € anuales, ya abonados) no arrancan: el panel muestra "kernel panic" en la consola de los tres desde la entrega del lunes.

Necesitamos que lo revisen con urgencia, teníamos la puesta en producción esta semana.

Beatriz Molina
Directora de Sistemas
""")

C("es", "discrimination_harassment", "-", "empleado acosa por mensajes",
  "Marta Herrera <marta.herrera@herrera-mail.example>",
  "Acoso de uno de sus empleados",
  """Hola,

El empleado que me atendió en la oficina de alquiler del aeropuerto el pasado viernes ha estado enviándome mensajes personales al móvil que dejé en el contrato, diciéndome que "estaba muy guapa" y preguntándome dónde me alojaba. Me siento acosada.

Quiero que tomen medidas.

Marta Herrera
""")

C("es", "media_threat severe_dissatisfaction", "conditional", "si no devuelven, redes sociales; 'vergonzoso'",
  "Raúl Delgado <raul.delgado@delgado-mail.example>",
  "Entradas canceladas y sin respuesta",
  """Lo de ustedes es vergonzoso, de verdad. Cancelan el concierto y ni una palabra sobre el reembolso.

Si esta semana no tengo noticias, voy a contar todo en Twitter y en los grupos de fans, que somos muchos.

Raúl
""")

C("es", "corporate_contact_request executive_contact", "-", "pide correo del consejero delegado",
  "Francisco Vega <francisco.vega@vega-correo.example>",
  "Contacto de la dirección",
  """Buenas tardes,

Les ruego me faciliten la dirección de correo del consejero delegado de su empresa, ya que quiero escribirle directamente sobre la gestión de mi siniestro.

Francisco Vega
""")

C("es", "technical_issue", "quoted", "problema técnico actual; cita con amenaza de abogado",
  "Cristina Ramos <cristina.ramos@ramos-mail.example>",
  "Re: La calefacción no sigue el horario",
  """Hola de nuevo,

He actualizado el termostato como me dijeron y sigue sin respetar el horario: a las 7 no enciende.

Cristina

El mar, 3 feb 2026 a las 21:30, Cristina Ramos <cristina.ramos@ramos-mail.example> escribió:
> Estoy hasta las narices. Si no lo arreglan pronto, hablaré con mi abogado
> y me daré de baja.
""", irt="t-61288")

C("es", "executive_contact severe_dissatisfaction", "-", "ha escrito al director general, indignado",
  "Ignacio Muñoz <ignacio.munoz@munoz-mail.example>",
  "He escrito a su director general",
  """Les informo de que he escrito hoy a su director general explicándole el trato que he recibido. Estoy indignadísimo: es el peor servicio que he tenido en mi vida.

Ignacio Muñoz
""")

C("es", "outage technical_issue repeat_contact", "-", "web de venta caída, cuarto correo",
  "Patricia León <patricia.leon@leon-eventos.example>",
  "4º correo: la plataforma de venta sigue caída",
  """Hola,

Este es ya mi cuarto correo. La plataforma de venta de entradas para nuestros eventos lleva caída desde ayer: los compradores ven "Servicio no disponible" y no podemos vender nada.

Patricia León
León Eventos
""")

C("es", "billing_dispute cancellation_threat", "-", "subida de precio no avisada, se da de baja",
  "Luis Medina <luis.medina@medina-mail.example>",
  "Subida de la cuota sin aviso",
  """Hola,

Este mes me han cobrado 19,99 € en lugar de 12,99 € por el plan de cursos. Nadie me avisó de ninguna subida. Quiero que me devuelvan la diferencia.

Y a final de mes me doy de baja, esto no es serio.

Luis Medina
""")

C("es", "broken_promise", "-", "técnico prometido no vino",
  "Antonio Cano <antonio.cano@cano-mail.example>",
  "El técnico no vino",
  """Buenos días,

Me dijeron que el técnico vendría el martes por la mañana para instalar el contador nuevo. Me quedé en casa sin ir a trabajar y no vino nadie, ni llamaron.

Antonio Cano
""")

C("es", "regulatory security_incident", "-", "brecha de datos, AEPD",
  "Silvia Prieto <silvia.prieto@prieto-mail.example>",
  "Mis datos en un foro",
  """Hola,

Un amigo me ha enseñado un foro donde aparece una lista con clientes suyos: nombre, DNI, IBAN. Estoy yo. He denunciado la brecha ante la Agencia Española de Protección de Datos y quiero saber qué van a hacer ustedes.

Silvia Prieto
""")

C("es", "manager_request cancellation_threat severe_dissatisfaction outage technical_issue", "-", "sin internet un mes, exige responsable, furioso, se va",
  "Diego Vargas <diego.vargas@vargas-mail.example>",
  "QUIERO HABLAR CON UN RESPONSABLE YA",
  """Estoy FURIOSO. Llevo un mes sin internet en el local y nadie me da una fecha. Quiero hablar con un responsable hoy mismo.

Si no se soluciona esta semana, rescindo el contrato y me voy a la competencia.

Diego Vargas
""")

C("es", "feature_request", "-", "pide factura con desglose por proyecto",
  "Teresa Aguilar <teresa.aguilar@aguilar-consultores.example>",
  "Propuesta de mejora",
  """Hola,

Estaría muy bien que las facturas mensuales pudieran desglosarse por proyecto. Así podríamos repercutir el coste a cada cliente sin hacer cálculos a mano.

Gracias,
Teresa Aguilar
""")

C("es", "legal_threat", "-", "demanda por daños en la vivienda",
  "Jorge Rubio <jorge.rubio@rubio-mail.example>",
  "Daños por la reparación",
  """Estimados señores:

Su técnico rayó y partió varias tablas del parqué del salón al arrastrar el mueble para llegar al contador. Llevo tres semanas esperando a que alguien del seguro venga a verlo.

Si no se hacen cargo de la reparación, presentaré una demanda en el juzgado.

Jorge Rubio
""")

C("es", "safety technical_issue", "-", "batería del robot hinchada y quemando",
  "Lorena Santos <lorena.santos@santos-mail.example>",
  "La batería del robot está hinchada y muy caliente",
  """Hola,

La batería del robot aspirador se ha hinchado, la tapa ya no cierra y quema al tocarla. Huele raro. Lo he sacado al balcón por si acaso.

¿Es peligroso? ¿Cómo lo devuelvo?

Lorena Santos
""")

C("es", "high_value_order", "-", "pedido de 6.480 € de calefactores sin entregar",
  "Emilio Ortiz <emilio.ortiz@ortiz-colegios.example>",
  "Pedido 33102 sin entregar",
  """Buenos días,

Nuestro pedido 33102 de 36 calefactores para el colegio, por un importe de 6.480,00 €, pagado el 10 de enero, todavía no ha llegado y el seguimiento no se actualiza desde hace tres semanas.

Agradecería que me dijeran qué ocurre.

Emilio Ortiz
Administrador, Colegio Los Pinos
""")

# --- Spanish, no trigger

C("es", "-", "title", "jefa de oficina pregunta cómo añadir usuario",
  "Nuria Campos <nuria.campos@campos-gestoria.example>",
  "Añadir un usuario",
  """Hola,

Soy la jefa de oficina de la gestoría. ¿Cómo doy de alta a una compañera nueva para que vea solo los proyectos de su departamento?

Gracias,
Nuria
""")

C("es", "-", "quoted", "agradecimiento; cita con amenaza",
  "Ramón Iglesias <ramon.iglesias@iglesias-mail.example>",
  "Re: Cargo de febrero",
  """Hola,

Ya tengo el dinero devuelto. ¡Muchas gracias por la ayuda!

Ramón

El vie, 6 feb 2026 a las 18:40, Ramón Iglesias (<ramon.iglesias@iglesias-mail.example>) escribió:
> Me han cobrado dos veces, es una vergüenza. Si no me lo devuelven,
> voy a reclamar a Consumo y a poner una denuncia.
""", irt="t-90112")

C("es", "-", "signature", "pregunta; firma con aviso legal",
  "Carlos Peña <carlos.pena@pena-abogados.example>",
  "Cambio de domiciliación",
  """Buenos días,

¿Podrían indicarme cómo cambiar la cuenta de domiciliación de nuestras facturas?

Un saludo,
Carlos Peña
Abogado

AVISO LEGAL: Este mensaje es confidencial. Si lo ha recibido por error, notifíquelo al remitente. Su uso no autorizado podrá dar lugar a acciones legales.
""")

C("es", "-", "negation", "no quiere darse de baja",
  "Pilar Gómez <pilar.gomez@gomez-mail.example>",
  "Cambio de tarifa",
  """Hola,

No quiero darme de baja, tranquilos. Solo quiero pasarme a la tarifa de 300 Mb, que con la de 600 nos sobra. ¿Cómo lo hago?

Pilar
""")

C("es", "-", "policy_question", "pregunta por política de devoluciones",
  "Víctor Serrano <victor.serrano@serrano-mail.example>",
  "Política de devoluciones",
  """Hola, ¿cuál es el plazo para devolver un robot aspirador si no me convence? ¿Tengo que pagar yo el envío?

Gracias,
Víctor
""")

C("es", "-", "reported", "vecino dice que va a denunciar; cliente solo pregunta",
  "Amparo Cruz <amparo.cruz@cruz-mail.example>",
  "Lectura del contador",
  """Buenas,

Mi vecino dice que les va a denunciar porque le han cobrado de más, pero yo solo quería saber cuándo pasan a leer el contador en mi calle, para estar en casa.

Amparo
""")

C("es", "-", "innocuous", "'fuego' en título de curso, 'consejo' de administración",
  "Óscar Reyes <oscar.reyes@reyes-formacion.example>",
  "Curso de prevención de incendios",
  """Hola,

Nuestro consejo de administración quiere que toda la plantilla haga su curso "Prevención de incendios y uso de extintores". ¿Tienen precio para empresas de 50 personas?

Óscar Reyes
""")

C("es", "-", "other", "ligera decepción",
  "Inés Marín <ines.marin@marin-mail.example>",
  "Comentario",
  """Hola,

Un poco decepcionada porque el coche de alquiler era de un modelo distinto al de la foto, pero estaba limpio y funcionó perfectamente. Solo un comentario.

Inés
""")

C("es", "-", "other", "segunda petición de factura",
  "Rafael Domínguez <rafael.dominguez@dominguez-mail.example>",
  "Segunda petición: factura de enero",
  """Hola,

Les vuelvo a escribir (segunda vez) para pedir la factura de enero con mi NIF, que la necesito para la declaración trimestral.

Gracias,
Rafael
""")

C("es", "-", "-", "pregunta sencilla",
  "Alicia Flores <alicia.flores@flores-mail.example>",
  "¿Cómo cambio el PIN?",
  """Hola, ¿cómo cambio el PIN de la tarjeta desde la app? No encuentro la opción. Gracias.
""")

C("es", "-", "-", "agradecimiento",
  "Manuel Castillo <manuel.castillo@castillo-mail.example>",
  "Gracias",
  """Buenas,

Quería dar las gracias a la chica que me atendió ayer en la oficina de Málaga, muy amable y rápida con la devolución del coche.

Un saludo,
Manuel
""")

C("es", "-", "other", "importe exacto 5.000 € sin problema grave",
  "Eva Lozano <eva.lozano@lozano-mail.example>",
  "Pedido de 5.000 € - plazo de entrega",
  """Hola,

Hemos hecho un pedido de material por exactamente 5.000,00 € (pedido 44120). ¿Me pueden confirmar el plazo de entrega aproximado? No hay prisa.

Eva Lozano
""")

C("es", "-", "policy_question", "pregunta si cumplen RGPD",
  "Hugo Soto <hugo.soto@soto-clinica.example>",
  "RGPD",
  """Hola,

¿Su plataforma cumple con el RGPD? ¿Dónde se alojan los datos de los pacientes? Es para valorar si la contratamos en la clínica.

Hugo Soto
""")


# ================================================================ AUTOMATED MAIL

def dsn_fields(mta, rcpt, status, action="failed", diag=None, arrival=None, remote=None):
    t = "Reporting-MTA: dns; %s\n" % mta
    if arrival:
        t += "Arrival-Date: %s\n" % arrival
    t += "\nFinal-Recipient: rfc822; %s\nAction: %s\nStatus: %s\n" % (rcpt, action, status)
    if remote:
        t += "Remote-MTA: dns; %s\n" % remote
    if diag:
        t += "Diagnostic-Code: smtp; %s\n" % diag
    return raw_part("message/delivery-status", t)


def report(rng, human, status_part, original, kind="delivery-status"):
    return multi("report", [human, status_part, original], rng, params=" report-type=%s;" % kind)


# ---- auto replies

A("auto_reply", "en", "out-of-office with Auto-Submitted and X-Autoreply",
  "Priya Raman <priya.raman@northwind-studio.example>",
  "Out of office: Re: Your ticket #61522",
  """Hi,

Thanks for your email. I'm out of the office until Monday 16 February with limited access to email. If it's urgent, please contact my colleague Tom on 555-0110.

Priya
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
  fmt="qp")

A("auto_reply", "en", "Outlook automatic reply with X-Auto-Response-Suppress, mentions manager and legal",
  "Karen Whitfield <k.whitfield@whitfield-law.example>",
  "Automatic reply: Invoice INV-20931 - wrong number of seats",
  """I am currently out of the office and will return on 23 February.

For urgent billing matters please contact our Office Manager, Jane Doyle (jane.doyle@whitfield-law.example). For legal matters please contact the duty partner on 555-0150.

This automatic reply does not mean your message has been read.
""", headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
              ("X-MS-Exchange-Inbox-Rules-Loop", "k.whitfield@whitfield-law.example")],
  fmt="alt")

A("auto_reply", "en", "vacation reply with no auto-reply header at all",
  "Tyler Brooks <tyler.brooks@hotmail.example>",
  "Away until the 20th",
  """Hey, I'm on holiday with very patchy signal until the 20th. I'll get back to you when I'm home. If this is about my phone contract, yes I'm still furious and no I haven't changed my mind.

Tyler
(auto reply)
""", fmt="plain8")

A("auto_reply", "en", "vendor helpdesk acknowledgement with Auto-Submitted: auto-generated",
  "Acme Helpdesk <help@acme-parts.example>",
  "[#ACM-40981] We've received your request",
  """Hello,

Thank you for contacting Acme Parts. This is an automatic confirmation that we have received your request and created ticket ACM-40981.

Our team answers within 2 business days. If your issue is a safety concern or a service outage, please call our 24/7 line at 555-0199 instead of replying to this email.

Please do not change the subject line when replying.

Acme Parts Customer Care
""", headers=[("Auto-Submitted", "auto-generated"), ("X-Ticket-ID", "ACM-40981")], fmt="html",
  noreturn=True)

A("auto_reply", "en", "ticket-system acknowledgement without any auto headers",
  "Northwind Broadband Partner Desk <partners@northwind-isp.example>",
  "Re: Escalation - circuit 7781 [Case 00918834]",
  """Thank you for your email. This is an automated response to confirm that your message has been received and logged under case number 00918834.

A member of our partner team will respond within 24 hours. For urgent escalations, complaints or service outages affecting multiple customers, please call the partner hotline.

Please quote your case number in all correspondence.
""", fmt="alt")

A("auto_reply", "de", "Abwesenheitsnotiz mit Auto-Submitted",
  "Jens Hoffmann <j.hoffmann@hoffmann-logistik.example>",
  "Abwesenheitsnotiz: AW: Seit heute früh geht gar nichts mehr",
  """Sehr geehrte Damen und Herren,

ich bin bis einschließlich 20.02.2026 nicht im Büro. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an meinen Vorgesetzten, Herrn Peters (Tel. 0555 01234).

Mit freundlichen Grüßen
Jens Hoffmann
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], fmt="legacy")

A("auto_reply", "de", "automatische Antwort ohne Header",
  "Ursula Lehmann <u.lehmann@lehmann-praxis.example>",
  "Automatische Antwort: Ihre Rechnung Nr. 2026-00871",
  """Vielen Dank für Ihre Nachricht. Die Praxis ist vom 16. bis 27. Februar wegen Urlaub geschlossen. In dringenden Fällen wenden Sie sich bitte an die Vertretung, Praxis Dr. Sommer, Tel. 0555 98765.
""", fmt="qp")

A("auto_reply", "de", "Ticketbestätigung mit X-Autoreply",
  "Kundendienst Bau-Service <service@bauservice-nord.example>",
  "Ihre Anfrage ist bei uns eingegangen [Ticket 2026-11873]",
  """Guten Tag,

vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Ticketnummer 2026-11873 erfasst. Wir bearbeiten Anfragen in der Reihenfolge des Eingangs, in der Regel innerhalb von drei Werktagen.

Bei Reklamationen oder Beschwerden halten Sie bitte Ihre Auftragsnummer bereit.

Ihr Bau-Service Kundendienst
(Dies ist eine automatisch erzeugte E-Mail.)
""", headers=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-generated")], fmt="html")

A("auto_reply", "fr", "réponse automatique absence avec Auto-Submitted",
  "Camille Bernard <camille.bernard@bernard-conseil.example>",
  "Réponse automatique : Demande de rappel par un responsable",
  """Bonjour,

Je suis absente jusqu'au 23 février inclus. Pour toute demande urgente, merci de contacter mon responsable, M. Faure, au 01 55 50 43 21.

Cordialement,
Camille Bernard
""", headers=[("Auto-Submitted", "auto-replied")], fmt="legacy")

A("auto_reply", "fr", "message d'absence sans en-tête automatique",
  "Hugo Lambert <hugo.lambert@lambert-archi.example>",
  "Absent du bureau",
  """Bonjour,

Je suis en congés jusqu'au lundi 2 mars. Votre message sera traité à mon retour. En cas d'urgence, écrivez à agence@lambert-archi.example.

Hugo Lambert
""", fmt="b64")

A("auto_reply", "es", "respuesta automática fuera de la oficina con Auto-Submitted",
  "Beatriz Molina <beatriz.molina@molina-tech.example>",
  "Respuesta automática: Pedido SRV-3301 - los servidores no arrancan",
  """Hola,

Estaré fuera de la oficina hasta el 18 de febrero sin acceso al correo. Para incidencias urgentes con los servidores, contacte con nuestro equipo de guardia en guardia@molina-tech.example.

Un saludo,
Beatriz Molina
""", headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], fmt="alt")

A("auto_reply", "es", "acuse de recibo de sistema de tickets",
  "Soporte Gestoría Campos <soporte@campos-gestoria.example>",
  "Hemos recibido su solicitud [#GC-5521]",
  """Estimado cliente:

Hemos recibido su solicitud y le hemos asignado el número GC-5521. Le responderemos en un plazo máximo de 48 horas laborables.

Para reclamaciones relacionadas con facturación, indique el número de factura en su respuesta.

Este mensaje se ha generado automáticamente, por favor no responda.
""", headers=[("X-Autoreply", "yes"), ("Precedence", "bulk")], fmt="qp")

# ---- bounces

A("bounce", "en", "Postfix multipart/report; returned desk reply mentions escalation, refund, legal",
  "Mail Delivery System <MAILER-DAEMON@mx1.example.test>",
  "Undelivered Mail Returned to Sender",
  None, return_path="<>", rcv_host="mx1.example.test",
  parts=lambda rng: report(rng,
    raw_part('text/plain; charset="us-ascii"', """This is the mail system at host mx1.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<frank.deluca@deluca-pizza.example>: host mx.deluca-pizza.example[198.51.100.71]
    said: 550 5.1.1 <frank.deluca@deluca-pizza.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""),
    dsn_fields("mx1.example.test", "frank.deluca@deluca-pizza.example", "5.1.1",
               diag="550 5.1.1 Recipient address rejected: User unknown",
               arrival="Mon, 9 Feb 2026 10:12:40 +0000", remote="mx.deluca-pizza.example"),
    raw_part("message/rfc822", desk_reply("frank.deluca@deluca-pizza.example", "Re: Auto-renewal",
      """Dear Frank,

I'm sorry about the renewal. I have escalated your case to my manager and asked
our billing team to refund the $399 charge. I understand you have involved your
attorney and the attorney general's office; our legal department has been informed.

Kind regards,
Sam, Customer Support
""", "Mon, 9 Feb 2026 10:12:38 +0000", "r-61220.1"))))

A("bounce", "en", "Exim plain-text bounce quoting desk reply with trigger words",
  "Mail Delivery System <Mailer-Daemon@relay.example.test>",
  "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  tyler.brooks@hotmail.example
    host mx2.hotmail.example [203.0.113.9]
    SMTP error from remote mail server after RCPT TO:<tyler.brooks@hotmail.example>:
    550 5.2.1 Mailbox disabled for this recipient

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
Received: from desk.example.test ([192.0.2.10])
	by relay.example.test with esmtps (Exim 4.97)
	id 1vQx2a-000Bc4-1F
	for tyler.brooks@hotmail.example; Tue, 10 Feb 2026 16:40:02 +0000
From: Support <support@example.test>
To: tyler.brooks@hotmail.example
Subject: Re: great job guys, really
Message-ID: <r-70014.2@escalated.example.test>
Date: Tue, 10 Feb 2026 16:40:01 +0000

Hi Tyler,

I'm really sorry you're furious and that you are thinking of cancelling. I've
escalated this to a supervisor and we will call you back tomorrow.

Support
""", return_path="<>", rcv_host="relay.example.test",
  headers=[("X-Failed-Recipients", "tyler.brooks@hotmail.example"), ("Auto-Submitted", "auto-replied")],
  fmt="plain8")

A("bounce", "en", "Office 365 NDR multipart/report with html and rfc822-headers",
  "Microsoft Outlook <postmaster@outlook.example>",
  "Undeliverable: Re: Entire platform down on payroll day - unacceptable beyond words",
  None, return_path="<>", rcv_host="mail-db8eur05.outbound.protection.outlook.example",
  headers=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied"), ("Content-Language", "en-US")],
  parts=lambda rng: report(rng,
    multi("alternative", [
      text_part("""Your message to megan.obrien@obrien-staffing.example couldn't be delivered.

megan.obrien wasn't found at obrien-staffing.example.

support   Office 365   megan.obrien
Action Required                  Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the recipient has left the organization, contact them another way.

Diagnostic information for administrators:
Generating server: AM0PR05MB1234.eurprd05.prod.outlook.example
megan.obrien@obrien-staffing.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""", "plain", "utf-8", "quoted-printable"),
      text_part("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Segoe UI,sans-serif">
<p><b><font color="#000000" size="4">Your message to megan.obrien@obrien-staffing.example couldn't be delivered.</font></b></p>
<p>megan.obrien wasn't found at obrien-staffing.example.</p>
<table><tr><td>support</td><td>Office 365</td><td>megan.obrien</td></tr>
<tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>
<p><b>Unknown To address</b></p>
<p>Diagnostic information for administrators:<br>Generating server: AM0PR05MB1234.eurprd05.prod.outlook.example<br>
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</div></body></html>
""", "html", "utf-8", "quoted-printable")], rng),
    dsn_fields("AM0PR05MB1234.eurprd05.prod.outlook.example", "megan.obrien@obrien-staffing.example",
               "5.1.10", diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
               arrival="Wed, 11 Feb 2026 09:02:11 +0000"),
    raw_part('text/rfc822-headers; charset="us-ascii"', """Received: from desk.example.test (192.0.2.10) by AM0PR05MB1234.eurprd05.prod.outlook.example
 with Microsoft SMTP Server; Wed, 11 Feb 2026 09:02:10 +0000
From: Support <support@example.test>
To: Megan O'Brien <megan.obrien@obrien-staffing.example>
Subject: Re: Entire platform down on payroll day - unacceptable beyond words
Date: Wed, 11 Feb 2026 09:02:08 +0000
Message-ID: <r-80233.1@escalated.example.test>
MIME-Version: 1.0
""")))

A("bounce", "en", "Gmail-style DSN failure with quoted desk reply",
  "Mail Delivery Subsystem <mailer-daemon@googlemail.example>",
  "Delivery Status Notification (Failure)",
  None, return_path="<>", rcv_host="mail-sor-f41.google.example",
  headers=[("X-Failed-Recipients", "kevin.osei@gmail.example"), ("Auto-Submitted", "auto-replied")],
  parts=lambda rng: report(rng,
    multi("related", [multi("alternative", [
      text_part("""
** Address not found **

Your message wasn't delivered to kevin.osei@gmail.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.example/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. 550 5.1.1 https://support.google.example/mail/?p=NoSuchUser
""", "plain", "utf-8", "quoted-printable"),
      text_part("""<html><head></head><body>
<div style="font-family:Roboto,Arial"><h2 style="font-weight:400">Address not found</h2>
<p>Your message wasn't delivered to <b>kevin.osei@gmail.example</b> because the address couldn't be found, or is unable to receive mail.</p>
<p>The response was:</p><p style="font-family:monospace">The email account that you tried to reach does not exist. 550 5.1.1</p></div>
</body></html>
""", "html", "utf-8", "quoted-printable")], rng)], rng),
    dsn_fields("googlemail.example", "kevin.osei@gmail.example", "5.1.1",
               diag="550-5.1.1 The email account that you tried to reach does not exist.",
               arrival="Thu, 12 Feb 2026 07:30:03 -0800", remote="gmail-smtp-in.l.google.example"),
    raw_part("message/rfc822", desk_reply("kevin.osei@gmail.example", "Re: someone is in my account",
      """Hi Kevin,

We have locked your account after the unauthorised access and the suspicious
logins you reported. Our security team is reviewing the possible data breach.

Support
""", "Thu, 12 Feb 2026 15:30:01 +0000", "r-50119.3"))))

A("bounce", "en", "qmail failure notice, plain text, copy of desk reply with threats",
  "MAILER-DAEMON@mx4.keating-family.example",
  "failure notice",
  """Hi. This is the qmail-send program at mx4.keating-family.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<donna.k@keating-family.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
Received: (qmail 30412 invoked from network); 13 Feb 2026 11:02:44 -0000
Received: from desk.example.test (HELO desk.example.test) (192.0.2.10)
  by mx4.keating-family.example with SMTP; 13 Feb 2026 11:02:44 -0000
From: Support <support@example.test>
To: donna.k@keating-family.example
Subject: Re: RoboSweep S3 still useless
Date: Fri, 13 Feb 2026 11:02:40 +0000
Message-ID: <r-77120.4@escalated.example.test>

Dear Donna,

I understand you are absolutely livid and want to return all three units and
switch brands. I've asked my supervisor to approve a full refund. If you
decide to leave a review or contact the press, we'd still like the chance to
make this right first.

Support
""", return_path="<>", rcv_host="mx4.keating-family.example", date="13 Feb 2026 11:02:45 -0000",
  fmt="plain8")

A("bounce", "en", "Sendmail returned mail multipart/report",
  "Mail Delivery Subsystem <MAILER-DAEMON@smtp.pughplumbing.example>",
  "Returned mail: see transcript for details",
  None, return_path="<>", rcv_host="smtp.pughplumbing.example",
  headers=[("Auto-Submitted", "auto-generated (failure)")],
  parts=lambda rng: report(rng,
    raw_part('text/plain; charset="us-ascii"', """The original message was received at Mon, 16 Feb 2026 08:20:11 GMT
from desk.example.test [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<gareth@pughplumbing.example>
    (reason: 552 5.2.2 Mailbox full)

   ----- Transcript of session follows -----
... while talking to mail.pughplumbing.example.:
>>> DATA
<<< 552 5.2.2 <gareth@pughplumbing.example>... Mailbox full
554 5.0.0 Service unavailable
"""),
    dsn_fields("smtp.pughplumbing.example", "gareth@pughplumbing.example", "5.2.2",
               diag="552 5.2.2 Mailbox full", arrival="Mon, 16 Feb 2026 08:20:11 GMT"),
    raw_part("message/rfc822", desk_reply("gareth@pughplumbing.example", "Re: two payments taken for January??",
      """Hi Gareth,

You're right, you were double-charged. We have refunded the duplicate payment
of GBP 38.00 today; it can take 3-5 working days to show.

Support
""", "Mon, 16 Feb 2026 08:20:09 +0000", "r-30011.1"))))

A("bounce", "en", "Exchange on-premises NDR, plain, no desk text",
  "System Administrator <postmaster@corp.holm-retail.example>",
  "Undeliverable: Re: Supervisor please",
  """Your message did not reach some or all of the intended recipients.

      Subject:  Re: Supervisor please
      Sent:     17/02/2026 14:03

The following recipient(s) cannot be reached:

      Derek Holm on 17/02/2026 14:03
            The e-mail account does not exist at the organization this message was sent to.
            <corp.holm-retail.example #5.1.1 smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found>
""", return_path="<>", rcv_host="corp.holm-retail.example", fmt="qp",
  headers=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")])

A("bounce", "en", "delayed DSN (Action: delayed) multipart/report",
  "Mail Delivery System <MAILER-DAEMON@mx1.example.test>",
  "Delayed Mail (still being retried)",
  None, return_path="<>", rcv_host="mx1.example.test",
  parts=lambda rng: report(rng,
    raw_part('text/plain; charset="us-ascii"', """This is the mail system at host mx1.example.test.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<ingrid@solberg-games.example>: connect to mx.solberg-games.example[203.0.113.88]:25:
    Connection timed out
"""),
    dsn_fields("mx1.example.test", "ingrid@solberg-games.example", "4.4.1", action="delayed",
               diag="connect to mx.solberg-games.example: Connection timed out",
               arrival="Tue, 17 Feb 2026 06:00:12 +0000"),
    raw_part('text/rfc822-headers; charset="us-ascii"', """From: Support <support@example.test>
To: Ingrid Solberg <ingrid@solberg-games.example>
Subject: Re: node fra-22 died and took our data with it
Date: Tue, 17 Feb 2026 06:00:10 +0000
Message-ID: <r-44001.2@escalated.example.test>
""")))

A("bounce", "de", "Exchange-Unzustellbarkeitsbericht auf Deutsch, multipart/report",
  "Microsoft Outlook <postmaster@hoffmann-logistik.example>",
  "Unzustellbar: AW: Seit heute früh geht gar nichts mehr",
  None, return_path="<>", rcv_host="mail.hoffmann-logistik.example",
  headers=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied"), ("Content-Language", "de-DE")],
  parts=lambda rng: report(rng,
    text_part("""Ihre Nachricht konnte nicht an alle Empfänger übermittelt werden.

Die E-Mail-Adresse wurde in der Zieldomäne nicht gefunden. Möglicherweise ist sie falsch geschrieben oder existiert nicht mehr. Geben Sie die Adresse erneut ein, und senden Sie die Nachricht erneut.

Diagnoseinformationen für Administratoren:

Generierender Server: EX01.hoffmann-logistik.example

j.hofmann@hoffmann-logistik.example
Remoteserver hat '550 5.1.1 RESOLVER.ADR.RecipNotFound; nicht gefunden' zurückgegeben
""", "plain", "iso-8859-1", "quoted-printable"),
    dsn_fields("EX01.hoffmann-logistik.example", "j.hofmann@hoffmann-logistik.example", "5.1.1",
               diag="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"),
    raw_part("message/rfc822", desk_reply("j.hofmann@hoffmann-logistik.example", "AW: Seit heute früh geht gar nichts mehr",
      """Sehr geehrter Herr Hoffmann,

der Ausfall der Plattform ist behoben. Wir bitten die Störung zu entschuldigen.
Ihre Beschwerde haben wir an unsere Geschäftsführung weitergeleitet, eine
Gutschrift wird geprüft.

Ihr Kundenservice
""", "Mon, 9 Feb 2026 11:30:00 +0100", "r-88110.1"))))

A("bounce", "de", "deutscher Postfix/GMX-artiger Bounce, Klartext",
  "Mail Delivery System <mailer-daemon@mx.schulz-mail.example>",
  "Nicht zustellbar: Ihre Nachricht an monika.schulz@schulz-mail.example",
  """Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.

Die Zustellung an folgende Empfänger ist fehlgeschlagen:

     monika.schulz@schulz-mail.example

Grund: Das Postfach des Empfängers ist voll (552 5.2.2 Quota exceeded).

Eine Kopie der Kopfzeilen Ihrer Nachricht folgt:

From: Kundenservice <support@example.test>
To: monika.schulz@schulz-mail.example
Subject: AW: Vertrag ohne Zustimmung verlängert
Date: Thu, 12 Feb 2026 09:14:00 +0100
Message-ID: <r-41221.1@escalated.example.test>
""", return_path="<>", rcv_host="mx.schulz-mail.example", fmt="legacy",
  headers=[("Auto-Submitted", "auto-replied")])

A("bounce", "fr", "NDR Exchange en français, multipart/report avec copie de la réponse",
  "Microsoft Outlook <postmaster@rousseau-mail.example>",
  "Non remis : Copie à votre PDG",
  None, return_path="<>", rcv_host="mail.rousseau-mail.example",
  headers=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied"), ("Content-Language", "fr-FR")],
  parts=lambda rng: report(rng,
    text_part("""Votre message n'a pas pu être remis à un ou plusieurs destinataires.

L'adresse e-mail est introuvable dans le domaine de destination. Elle est peut-être mal orthographiée ou n'existe plus.

Informations de diagnostic pour les administrateurs :

Serveur de génération : EXCH02.rousseau-mail.example

martine.rousseau@rousseau-mail.example
Le serveur distant a retourné '550 5.1.1 RESOLVER.ADR.RecipNotFound; introuvable'
""", "plain", "windows-1252", "quoted-printable"),
    dsn_fields("EXCH02.rousseau-mail.example", "martine.rousseau@rousseau-mail.example", "5.1.1",
               diag="550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"),
    raw_part("message/rfc822", desk_reply("martine.rousseau@rousseau-mail.example", "RE: Copie à votre PDG",
      """Madame Rousseau,

Nous comprenons votre mécontentement et votre souhait de résilier. Votre
dossier a été transmis à un responsable et à la direction générale.

Le service client
""", "Fri, 13 Feb 2026 10:05:00 +0100", "r-51733.1"))))

A("bounce", "fr", "échec de remise, texte simple (style Orange)",
  "Mailer-Daemon <MAILER-DAEMON@smtp.lefevre-mail.example>",
  "Échec de la remise du message",
  """Ceci est un message automatique du serveur de messagerie smtp.lefevre-mail.example.

Votre message n'a pas pu être délivré au(x) destinataire(s) suivant(s) :

  sophie.lefevre@lefevre-mail.example
  Raison : 550 5.7.1 Message refusé (boîte aux lettres désactivée)

--- En-têtes du message d'origine ---
From: "Service client" <support@example.test>
To: sophie.lefevre@lefevre-mail.example
Subject: Re: Plus d'internet depuis hier soir
Date: Thu, 12 Feb 2026 08:44:00 +0100
Message-ID: <r-30220.1@escalated.example.test>
""", return_path="<>", rcv_host="smtp.lefevre-mail.example", fmt="legacy",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "sophie.lefevre@lefevre-mail.example")])

A("bounce", "es", "NDR en español con copia de respuesta del equipo",
  "Microsoft Outlook <postmaster@vargas-mail.example>",
  "No se puede entregar: RE: QUIERO HABLAR CON UN RESPONSABLE YA",
  None, return_path="<>", rcv_host="mail.vargas-mail.example",
  headers=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied"), ("Content-Language", "es-ES")],
  parts=lambda rng: report(rng,
    text_part("""No se pudo entregar el mensaje a uno o más destinatarios.

No se encontró la dirección de correo electrónico en el dominio de destino. Es posible que esté mal escrita o que ya no exista.

Información de diagnóstico para administradores:

Servidor de generación: MX03.vargas-mail.example

diego.vargas@vargas-mail.example
El servidor remoto devolvió '550 5.1.1 Usuario desconocido'
""", "plain", "iso-8859-15", "8bit"),
    dsn_fields("MX03.vargas-mail.example", "diego.vargas@vargas-mail.example", "5.1.1",
               diag="550 5.1.1 User unknown"),
    raw_part("message/rfc822", desk_reply("diego.vargas@vargas-mail.example", "RE: QUIERO HABLAR CON UN RESPONSABLE YA",
      """Estimado Diego:

Sentimos mucho la avería. Hemos escalado su caso a un responsable, que le
llamará hoy. Entendemos que está furioso y que se plantea darse de baja.

Atención al cliente
""", "Sat, 14 Feb 2026 12:00:00 +0100", "r-66012.1"))))

# ---- lists / bulk

A("list", "en", "vendor newsletter with List-Unsubscribe and Precedence: bulk",
  "CloudDesk Weekly <news@clouddesk-news.example>",
  "5 ways to handle angry customers (and when to escalate)",
  """Hi there,

This week on the CloudDesk blog:

1. "I want to speak to your manager": a script that de-escalates
2. What to do when a customer threatens legal action
3. Outages happen: how to write a status page update people actually trust
4. Chargebacks and double charges - a checklist for billing teams
5. Feature requests: saying "not yet" without losing the customer

Read more on our blog.

You are receiving this because you subscribed at clouddesk-news.example.
Unsubscribe: https://clouddesk-news.example/u/8812
""", headers=[("List-Unsubscribe", "<https://clouddesk-news.example/u/8812>, <mailto:unsubscribe@clouddesk-news.example?subject=unsubscribe>"),
              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
              ("List-Id", "CloudDesk Weekly <weekly.clouddesk-news.example>")], fmt="alt")

A("list", "en", "mailing-list post with List-Id discussing an outage and a lawsuit",
  "Ravi Pillai <ravi.pillai@opsfolk.example>",
  "[hosting-ops] Re: fra-22 outage yesterday - anyone else lose data?",
  """> Our VPS on fra-22 came back with an empty volume. Has anyone had luck
> getting a newer snapshot out of their support?

Same here, two boxes wiped. Someone on the forum says they're talking to a
lawyer about it, but I'd rather just get the data back. Opened a ticket, no
answer yet.

Ravi
_______________________________________________
hosting-ops mailing list
hosting-ops@lists.opsfolk.example
https://lists.opsfolk.example/listinfo/hosting-ops
""", headers=[("List-Id", "Hosting operators <hosting-ops.lists.opsfolk.example>"),
              ("List-Post", "<mailto:hosting-ops@lists.opsfolk.example>"),
              ("List-Unsubscribe", "<https://lists.opsfolk.example/options/hosting-ops>"),
              ("Precedence", "list"), ("Sender", "hosting-ops-bounces@lists.opsfolk.example")],
  to="hosting-ops@lists.opsfolk.example", fmt="plain8")

A("list", "en", "event marketing mail, bulk",
  "Support Leaders Summit <events@supportsummit.example>",
  "Last chance: early-bird tickets for Support Leaders Summit 2026",
  """Early-bird pricing ends Friday!

Join 1,200 support leaders in Lisbon this May. Sessions include "Handling media escalations", "Security incidents: the first 60 minutes" and a fireside chat with three CEOs about customer retention.

Book now and save 30%.

Support Leaders Summit, 1 Example Plaza, Lisbon
Don't want these emails? Unsubscribe here.
""", headers=[("List-Unsubscribe", "<mailto:leave-88124@supportsummit.example>"), ("Precedence", "bulk"),
              ("X-Campaign-ID", "sls26-eb-04")], fmt="html")

A("list", "en", "Google-Groups style list digest, Precedence: list",
  "Small Biz Owners Forum <smallbiz-owners@groups.example>",
  "Digest for smallbiz-owners@groups.example - 3 updates in 2 topics",
  """smallbiz-owners@groups.example
Topic: Broadband provider keeps charging after cancellation
Topic: Anyone switched card terminals recently?

---------- Broadband provider keeps charging after cancellation ----------
Kim W: They billed me twice after I cancelled and I'm filing a complaint with the ombudsman. Anyone had luck with a chargeback?

Dev P: Same provider, third outage this month for my shop. I'm switching as soon as the contract ends.

---------- Anyone switched card terminals recently? ----------
Sinead B: The new reader from our bank is brilliant, no complaints.

You received this digest because you're subscribed to updates for this group.
""", headers=[("List-Id", "<smallbiz-owners.groups.example>"), ("Precedence", "list"),
              ("List-Unsubscribe", "<mailto:smallbiz-owners+unsubscribe@groups.example>"),
              ("Mailing-list", "list smallbiz-owners@groups.example; contact smallbiz-owners+owners@groups.example")],
  to="smallbiz-owners@groups.example", fmt="qp")

A("list", "de", "Newsletter mit List-Unsubscribe",
  "Händlerbund-Newsletter <newsletter@haendlerportal.example>",
  "Newsletter Februar: Neue Pflichten bei Preisangaben",
  """Liebe Händlerinnen und Händler,

in dieser Ausgabe:
- Abmahnwelle bei fehlerhaften Preisangaben: Was Sie jetzt tun sollten
- Kündigungsbutton: Das müssen Onlineshops beachten
- Datenschutzpanne? So melden Sie sie richtig an die Aufsichtsbehörde

Viel Spaß beim Lesen!
Ihr Händlerportal-Team

Newsletter abbestellen: https://haendlerportal.example/abmelden
""", headers=[("List-Unsubscribe", "<https://haendlerportal.example/abmelden?id=5521>"), ("Precedence", "bulk"),
              ("List-Id", "Newsletter <newsletter.haendlerportal.example>")], fmt="legacy")

A("list", "fr", "lettre d'information en masse",
  "La Lettre du Service Client <lettre@relationclient-mag.example>",
  "Comment gérer une réclamation client qui menace de résilier ?",
  """Bonjour,

Au sommaire de la lettre de février :
- Réclamations : quand faut-il faire appel à un responsable ?
- Clients qui menacent d'aller voir un avocat : les bons réflexes
- Témoignage : « Notre panne géante et comment nous avons communiqué »

Bonne lecture,
La rédaction

Se désinscrire : https://relationclient-mag.example/desinscription
""", headers=[("List-Unsubscribe", "<https://relationclient-mag.example/desinscription?u=1187>"),
              ("Precedence", "bulk")], fmt="alt")

A("list", "es", "boletín de noticias con List-Id",
  "Boletín Pymes Digitales <boletin@pymesdigitales.example>",
  "Boletín nº 48: reclamaciones, bajas y ciberseguridad",
  """Hola:

En este número:
- Qué hacer si un cliente pide la hoja de reclamaciones
- Bajas de clientes: cómo reducirlas
- Brechas de seguridad: obligaciones ante la AEPD

Un saludo,
El equipo de Pymes Digitales

Darse de baja de este boletín: https://pymesdigitales.example/baja
""", headers=[("List-Id", "Boletin Pymes Digitales <boletin.pymesdigitales.example>"),
              ("List-Unsubscribe", "<mailto:baja@pymesdigitales.example>"), ("Precedence", "bulk")], fmt="html")

# ---- read receipts (MDN)

def mdn(rng, human, reporting_ua, final_rcpt, orig_mid, disposition, human_cs="utf-8", human_cte="quoted-printable"):
    return report(rng,
                  text_part(human, "plain", human_cs, human_cte),
                  raw_part("message/disposition-notification",
                           "Reporting-UA: %s\nFinal-Recipient: rfc822; %s\nOriginal-Message-ID: %s\nDisposition: %s\n"
                           % (reporting_ua, final_rcpt, orig_mid, disposition)),
                  raw_part('text/rfc822-headers; charset="us-ascii"',
                           "From: Support <support@example.test>\nTo: %s\nMessage-ID: %s\n" % (final_rcpt, orig_mid)),
                  kind="disposition-notification")


A("receipt", "en", "Outlook read receipt MDN",
  "Eleanor Vance <evance@vance-analytics.example>",
  "Read: Re: Dedicated servers ordered 9 days ago still 'provisioning'",
  None, parts=lambda rng: mdn(rng, """Your message

  To: Eleanor Vance
  Subject: Re: Dedicated servers ordered 9 days ago still 'provisioning'
  Sent: Monday, 9 February 2026 10:01:22 (UTC+00:00)

was read on Monday, 9 February 2026 10:15:40 (UTC+00:00).
""", "vance-analytics.example; Microsoft Outlook 16.0", "evance@vance-analytics.example",
      "<r-55012.1@escalated.example.test>", "manual-action/MDN-sent-manually; displayed"))

A("receipt", "de", "Lesebestätigung (Thunderbird)",
  "Stefanie Braun <s.braun@braun-media.example>",
  "Lesebestätigung (angezeigt) - AW: Bestellung DS-77120 - Bereitstellung fehlgeschlagen",
  None, parts=lambda rng: mdn(rng, """Dies ist eine Empfangsbestätigung für die Nachricht, die Sie an s.braun@braun-media.example gesendet haben.

Hinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt wurde. Es gibt keine Garantie, dass der Inhalt gelesen oder verstanden wurde.
""", "braun-media.example; Thunderbird 128.6.0", "s.braun@braun-media.example",
      "<r-77120.9@escalated.example.test>", "manual-action/MDN-sent-manually; displayed", "iso-8859-1", "8bit"))

A("receipt", "fr", "accusé de lecture",
  "Isabelle Garnier <isabelle.garnier@garnier-hotels.example>",
  "Lu : Re: Commande 20931 - livraison non effectuée",
  None, parts=lambda rng: mdn(rng, """Votre message

  À : Isabelle Garnier
  Objet : Re: Commande 20931 - livraison non effectuée
  Envoyé : mardi 10 février 2026 09:12

a été lu le mardi 10 février 2026 09:40.
""", "garnier-hotels.example; Microsoft Outlook 16.0", "isabelle.garnier@garnier-hotels.example",
      "<r-20931.2@escalated.example.test>", "manual-action/MDN-sent-manually; displayed", "windows-1252", "quoted-printable"))

A("receipt", "es", "confirmación de lectura",
  "Emilio Ortiz <emilio.ortiz@ortiz-colegios.example>",
  "Leído: Pedido 33102 sin entregar",
  None, parts=lambda rng: mdn(rng, """Su mensaje

  Para: Emilio Ortiz
  Asunto: Pedido 33102 sin entregar
  Enviado: miércoles, 11 de febrero de 2026 8:55

ha sido leído el miércoles, 11 de febrero de 2026 9:20.
""", "ortiz-colegios.example; Microsoft Outlook 16.0", "emilio.ortiz@ortiz-colegios.example",
      "<r-33102.1@escalated.example.test>", "automatic-action/MDN-sent-automatically; displayed"))

# ---- self (the desk's own mail)

A("self", "en", "desk's own reply looped back (From support@example.test)",
  "Support <support@example.test>",
  "Re: I want to speak to someone in charge",
  """Dear Lorraine,

I'm very sorry about your experience. I have escalated your claim to my manager, who will call you back today. I understand you feel the way you were treated was outrageous.

Kind regards,
Customer Support
""", msgid="<r-61771.1@escalated.example.test>", to="Lorraine Becker <lorraine.becker@beckerhomes.example>",
  fmt="qp", rcv_host="desk.example.test")

A("self", "en", "escalation notification From escalated@example.test",
  "escalated <escalated@example.test>",
  "[escalated] Ticket t-90331 flagged: broken_promise, repeat_contact",
  """Ticket t-90331 has been flagged for escalation.

Customer: Aisha Bello <aisha.bello@inbox.example>
Subject: Re: Refund for cancelled Lakeside Festival tickets
Triggers: broken_promise, repeat_contact
Excerpt: "This is now my third email about this. Two weeks ago Mark wrote that the refund ... would be on my card within 5 working days."

Route: Level 2 / Billing
""", headers=[("Auto-Submitted", "auto-generated")], to="billing-team@example.test", fmt="plain8",
  rcv_host="escalated.example.test")

A("self", "en", "internal note from an agent with Message-ID @escalated.example.test",
  "Jana Novak <jana.novak@example.test>",
  "Re: Press inquiry - app outage on Monday",
  """Naomi from The Daily Ledger is asking for a comment on Monday's outage. Forwarding to the press office as per procedure - please don't reply to her directly, and loop in legal before anything goes out.

Jana
""", msgid="<n-22190.1@escalated.example.test>", fmt="alt", rcv_host="desk.example.test")

A("self", "de", "eigene Antwort des Kundenservice (From support@example.test)",
  "Kundenservice <support@example.test>",
  "AW: Beschwerde - Ich möchte Ihren Vorgesetzten sprechen",
  """Sehr geehrter Herr Wagner,

wir bedauern sehr, dass Sie so lange warten mussten. Wir haben Ihren Fall an eine Teamleiterin eskaliert, die sich morgen telefonisch bei Ihnen meldet.

Mit freundlichen Grüßen
Ihr Kundenservice
""", msgid="<r-40112.1@escalated.example.test>", to="Klaus Wagner <klaus.wagner@wagner-kfz.example>",
  fmt="legacy", rcv_host="desk.example.test")


# ---------------------------------------------------------------- README text

README_HEAD = """
# heldout6 - held-out evaluation corpus for escalated

%(total)d hand-written support e-mails (`h6-0001.eml` ...) with labels in `labels.tsv`:
%(pos)d customer mails with at least one trigger, %(neg)d customer mails without a trigger
(mostly traps) and %(auto)d automated mails (auto-replies, bounces, list mail, read receipts,
the desk's own mail).

This corpus is meant to be used **once**, as an honest held-out evaluation. It was written
independently of the classifier: the author read only `docs/triggers.md` (trigger definitions
and labelling conventions), the five seed procedures in `shared/seeds/` and, for realistic
header/bounce/DSN/MDN structure, the real-world mail in `shared/corpus/realmail/`. No classifier
source, rules, tests, other corpora or benchmarks were read, and the classifier was never run
while writing or labelling.

## How it was made

Everything is produced by one script, `make_corpus.py` (Python 3, standard library only):

    python3 make_corpus.py          # rewrite h6-*.eml, labels.tsv and README.md, then validate
    python3 make_corpus.py --check  # validate the existing files only

* Every message text was written by hand, one message at a time, as a literal in the script:
  no templates with swapped slots. Senders, companies and industries vary (project-management
  SaaS, online pharmacy, broadband, VPS hosting, neobank app, robot vacuums and heaters,
  thermostats/heat pumps, car rental, concert ticketing, insurance, water/energy utility,
  online courses), as do registers (formal letters, run-on phone mails, ALL CAPS, sarcasm,
  non-native writers, several topics in one mail).
* Replies carry quoted history (`>` lines, "On ... wrote:", "Am ... schrieb ...:",
  "Le ... a écrit :", "El ... escribió:", Outlook "From/Sent/To/Subject",
  "Von/Gesendet/An/Betreff", "De/Envoyé/À/Objet" blocks, forwarded blocks), signatures and
  legal disclaimers containing trigger-like words.
* Only the MIME packaging is chosen by the script (with the fixed seed): single-part UTF-8
  8bit, quoted-printable, base64, legacy charsets (iso-8859-1, iso-8859-15, windows-1252) with
  real 8-bit bytes, multipart/alternative (text + HTML with `<blockquote type="cite">`), HTML
  only (some with pure-ASCII entities), multipart/mixed with an attachment. Non-ASCII subjects
  and display names are RFC 2047 encoded (B and Q). All line endings are CRLF. Bounces and
  read receipts are hand-built multipart/report (delivery-status, disposition-notification)
  or plain-text MTA reports.
* The message order is shuffled with a fixed seed (`SEED` in the script) into neutral file
  names; running the script twice gives byte-identical output.
* Only reserved names are used: `.example`/`.test` domains, documentation IP ranges
  (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24), fictitious people, 555 numbers. The desk
  address is `support@example.test`; some customer replies carry `In-Reply-To`/`References`
  pointing at `<...@escalated.example.test>` (they are still ordinary customer mail).

The script validates: every file parses with Python's `email` package (`policy.default`)
without defects; CRLF only; From/To/Subject/Date/Message-ID present; every text part decodes
strictly in its declared charset; `labels.tsv` matches the files one to one; trigger ids are
valid, unique and sorted; automated mail has no triggers; every trigger has at least 10
positives.

## labels.tsv

Tab separated, header `file	triggers	automated	lang	trap	note`.

* `triggers`: comma-separated trigger ids sorted alphabetically, or `-`.
* `automated`: `-` for customer mail, else `auto_reply`, `bounce`, `list`, `receipt`, `self`
  (then `triggers` is always `-`).
* `lang`: en / de / fr / es (the language of the human-written text).
* `trap`: title, quoted, signature, negation, policy_question, reported, innocuous,
  conditional, other, or `-`. A trap can sit on a positive (e.g. a conditional threat that
  does fire, or a current technical problem under quoted history full of threats).
* `note`: short reason for the label.
"""

README_TAIL = """

## Labelling decisions

The labels follow `docs/triggers.md` and its "Conventions settled while labelling" strictly.
Points worth spelling out:

* Only the customer's own words in the current message count, plus the subject (also a
  reply's `Re:`/`AW:`/`RE:` subject). Quoted history, forwarded parts (and a `Fwd:` subject),
  Outlook header blocks, signatures and disclaimers never count.
* `technical_issue` is added whenever something in the product is broken, including outages,
  data loss, data exposed by a bug and device hazards (overheating, sparking, a part that
  detaches). It is not added for non-technical problems (courier, rude or harassing staff,
  a wrong charge by policy, a delayed order, account takeover via stolen credentials with no
  product defect described, phishing sent in the company's name).
* A single customer's connection being completely dead (no internet at all, VPS unreachable,
  cannot log in at all) is `outage`; a slow or intermittent line, or one feature failing, is
  only `technical_issue`.
* `billing_dispute` needs a specific charge, debit or invoice amount the customer says is
  wrong, or a chargeback threat; a refund "because I'm unhappy" or a delayed claim payment is
  not one.
* `high_value_order` is strictly more than 5,000 (USD/EUR/GBP) with an unresolved problem;
  the mails with exactly 5,000 or a large amount without a problem are negatives (`other`).
* `repeat_contact` needs an explicit third or later contact ("third time", "fourth ticket",
  "fifth message"); "second request" is a negative (`other`). Phrases like "again" or "I keep
  getting nowhere" alone were avoided or not counted.
* `severe_dissatisfaction` needs explicitly strong wording or shouting ("livid", "furious",
  "a disgrace", "inadmissible", "vergonzoso", "bodenlose Frechheit"); "isn't really
  acceptable" and "a little disappointed" are negatives.
* `broken_promise`: a promise by the company (callback, refund, fix in a release, delivery
  date, engineer visit, fee waiver) that was not kept.
* A regulator complaint (ombudsman, ICO, CNIL, AEPD, CFPB, DGCCRF, Bundesnetzagentur, data
  protection authority, attorney general) is `regulatory`; `legal_threat` is added only when
  a lawyer, attorney, court, lawsuit or claim is named by the customer.
* Asking for an executive's e-mail in order to write to them is `corporate_contact_request` +
  `executive_contact`; copying or writing to the CEO/board/VP is `executive_contact`.
* A journalist's inquiry is `media_threat`; the outages they mention are hearsay and add
  nothing.
* Reported speech (a neighbour, colleague, son or boss who wants to sue, go to the press or
  escalate) does not fire unless the customer adopts it; a conditional threat ("if ... I will
  ...") fires.
* Automated mail never carries triggers, even when a returned desk reply inside a bounce, an
  out-of-office, a newsletter or a list post is full of trigger words. Mail from
  `support@example.test` / `escalated@example.test` or with a Message-ID at
  `escalated.example.test` is `self`.

## Licence

MIT License

Copyright (c) 2026 the escalated contributors

Permission is hereby granted, free of charge, to any person obtaining a copy of this software
and associated documentation files (the "Software"), to deal in the Software without
restriction, including without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING
BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM,
DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


# ---------------------------------------------------------------- rendering

MAILERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
    "Microsoft Outlook 16.0", "Apple Mail (2.3826.300.87.4.3)", "iPhone Mail (22D72)",
    "Roundcube Webmail/1.6.9", "Evolution 3.52.4", "K-9 Mail for Android",
    "Microsoft Outlook for Android", "Mutt/2.2.13 (2024-03-09)", "SOGoMail 5.11.2",
]
TZ = {"en": ["-0500", "+0000", "-0800", "+0000", "-0600", "+1000"], "de": ["+0100"],
      "fr": ["+0100"], "es": ["+0100"]}
DESK_TO = {"en": ["support@example.test", "Support <support@example.test>",
                  "\"Customer Support\" <support@example.test>"],
           "de": ["support@example.test", "Kundenservice <support@example.test>"],
           "fr": ["support@example.test", "\"Service client\" <support@example.test>"],
           "es": ["support@example.test", "\"Atención al cliente\" <support@example.test>"]}


def mkdate(rng, lang, fixed=None):
    if fixed:
        return fixed
    base = datetime.datetime(2026, 1, 5, 7, 0, 0)
    dt = base + datetime.timedelta(minutes=rng.randrange(0, 60 * 24 * 75))
    tz = rng.choice(TZ[lang])
    return dt.strftime("%a, %d %b %Y %H:%M:%S ") + tz


def domain_of(frm):
    a = frm.rsplit("<", 1)[-1].rstrip(">")
    return a.split("@", 1)[1], a


def fake_bytes(rng, kind):
    n = 300 + rng.randrange(600)
    junk = bytes(rng.getrandbits(8) for _ in range(n))
    if kind == "pdf":
        return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + junk + b"\n%%EOF\n"
    if kind == "png":
        return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + junk
    return b"PK\x03\x04" + junk


FMT_POOL = ["plain8", "qp", "qp", "b64", "alt", "alt", "alt", "html", "html",
            "legacy", "legacy", "legacy", "mixed"]


def render_body(m, rng):
    kw = m["kw"]
    body = m["body"].strip("\n") + "\n"
    fmt = kw.get("fmt") or rng.choice(FMT_POOL)
    charset = "utf-8"
    if fmt == "legacy":
        cands = ["iso-8859-1", "iso-8859-15", "windows-1252"]
        rng.shuffle(cands)
        for cs in cands:
            try:
                body.encode(cs)
                m["subj"].encode(cs)
                charset = cs
                break
            except UnicodeEncodeError:
                continue
        else:
            fmt = "qp"
    m["fmt_used"] = fmt
    if fmt == "plain8":
        return text_part(body, "plain", "utf-8", "8bit"), "utf-8"
    if fmt == "legacy":
        return text_part(body, "plain", charset, "8bit"), charset
    if fmt == "qp":
        return text_part(body, "plain", "utf-8", "quoted-printable"), "utf-8"
    if fmt == "b64":
        return text_part(body, "plain", "utf-8", "base64"), "utf-8"
    if fmt == "html":
        if rng.random() < 0.5:
            return text_part(to_html(body, True), "html", "us-ascii", "7bit"), "utf-8"
        return text_part(to_html(body), "html", "utf-8", rng.choice(["quoted-printable", "base64"])), "utf-8"
    alt = multi("alternative", [
        text_part(body, "plain", "utf-8", "quoted-printable"),
        text_part(to_html(body, font=rng.choice(["Calibri", "Arial", "Helvetica", "Verdana"])),
                  "html", "utf-8", rng.choice(["quoted-printable", "base64"]))], rng)
    if fmt == "alt":
        return alt, "utf-8"
    # mixed with an attachment
    att = kw.get("att") or rng.choice([("application/pdf", "scan.pdf", "pdf"),
                                       ("image/png", "screenshot.png", "png"),
                                       ("application/zip", "logs.zip", "zip")])
    first = alt if rng.random() < 0.5 else text_part(body, "plain", "utf-8", "quoted-printable")
    return multi("mixed", [first, attach_part(att[0], att[1], fake_bytes(rng, att[2]))], rng), "utf-8"


def render(m, idx, rng):
    kw = m["kw"]
    lang = m["lang"]
    dom, addr = domain_of(m["frm"])
    date = mkdate(rng, lang, kw.get("date"))
    lines = []
    if m["kind"] == "customer" or not kw.get("noreturn"):
        rp = kw.get("return_path", "<%s>" % addr)
        lines.append("Return-Path: %s" % rp)
    ip = "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randrange(2, 250))
    rcv_host = kw.get("rcv_host", "mail.%s" % dom)
    lines.append("Received: from %s (%s [%s])\r\n\tby mx1.example.test (Postfix) with ESMTPS id %s\r\n"
                 "\tfor <support@example.test>; %s" % (rcv_host, rcv_host, ip,
                                                      "%010X" % rng.getrandbits(40), date))
    if m["kind"] == "customer" or m["body"] is not None:
        part, cs = render_body(m, rng)
    else:
        part, cs = kw["parts"](rng), "utf-8"
        m["fmt_used"] = "custom"
    lines.append("Date: %s" % date)
    lines.append("From: %s" % addr_header(m["frm"], rng, cs))
    lines.append("To: %s" % addr_header(kw.get("to") or rng.choice(DESK_TO[lang]), rng))
    if kw.get("cc"):
        lines.append("Cc: %s" % addr_header(kw["cc"], rng))
    lines.append(subj_header(m["subj"], rng, cs, force=kw.get("force_enc", False)))
    mid = kw.get("msgid") or "<%s.%s@%s>" % (
        hashlib.sha1(("%d%s" % (idx, m["subj"])).encode()).hexdigest()[:16],
        "%x" % rng.getrandbits(24), kw.get("mid_domain", dom))
    lines.append("Message-ID: %s" % mid)
    if kw.get("irt"):
        ref = "<%s@escalated.example.test>" % kw["irt"]
        lines.append("In-Reply-To: %s" % ref)
        lines.append("References: %s" % ref)
    for h, v in kw.get("headers", []):
        lines.append(fold(h, v))
    if not kw.get("nomailer") and m["kind"] == "customer":
        lines.append("%s: %s" % (rng.choice(["User-Agent", "X-Mailer"]), rng.choice(MAILERS)))
    lines.append("MIME-Version: 1.0")
    ph, pb = serialize(part)
    head = ("\r\n".join(lines) + "\r\n").encode("ascii") + ph
    return head + b"\r\n" + pb


def desk_reply(to, subj, text, date, mid):
    """A copy of a message the desk sent (used inside bounces)."""
    return ("From: Support <support@example.test>\r\nTo: %s\r\nSubject: %s\r\nDate: %s\r\n"
            "Message-ID: <%s@escalated.example.test>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n%s\r\n"
            % (to, subj if is_ascii(subj) else enc_word(subj, "Q"), date, mid,
               qp_encode(text.strip("\n").encode("utf-8"))))


# ---------------------------------------------------------------- build & validate

def labels_rows():
    rows = []
    for m in MSGS:
        trig = "-" if m["trig"] == "-" else ",".join(sorted(m["trig"].split()))
        auto = "-" if m["kind"] == "customer" else m["kind"]
        rows.append((trig, auto, m["lang"], m["trap"], m["note"]))
    return rows


def build():
    rng = random.Random(SEED)
    order = list(range(len(MSGS)))
    rng.shuffle(order)
    rows = labels_rows()
    out = ["file\ttriggers\tautomated\tlang\ttrap\tnote"]
    for old in os.listdir(HERE):
        if old.startswith("h6-") and old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    for n, i in enumerate(order, 1):
        name = "h6-%04d.eml" % n
        data = render(MSGS[i], n, rng)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        out.append("%s\t%s" % (name, "\t".join(rows[i])))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    write_readme(rows)


def stats(rows):
    from collections import Counter
    trig, lang, auto, trap, fmt = Counter(), Counter(), Counter(), Counter(), Counter()
    pos = neg = 0
    for t, a, l, tr, _ in rows:
        lang[l] += 1
        if a != "-":
            auto[a] += 1
            continue
        trap[tr] += 1
        if t == "-":
            neg += 1
        else:
            pos += 1
            for x in t.split(","):
                trig[x] += 1
    return trig, lang, auto, trap, pos, neg


def write_readme(rows):
    trig, lang, auto, trap, pos, neg = stats(rows)
    fmts = {}
    for m in MSGS:
        fmts[m.get("fmt_used", "?")] = fmts.get(m.get("fmt_used", "?"), 0) + 1
    t = []
    t.append(README_HEAD.strip("\n") % dict(total=len(rows), pos=pos, neg=neg,
                                            auto=sum(auto.values())))
    t.append("\n\n## Counts\n\n### Positives per trigger (customer mail)\n\n| trigger | positives |\n|---|---|")
    for x in TRIGGERS:
        t.append("| `%s` | %d |" % (x, trig[x]))
    t.append("\n### Messages per language\n\n| lang | messages |\n|---|---|")
    for x in LANGS:
        t.append("| %s | %d |" % (x, lang[x]))
    t.append("\n### Automated mail per kind (triggers always `-`)\n\n| kind | messages |\n|---|---|")
    for x in AUTO_KINDS:
        t.append("| %s | %d |" % (x, auto[x]))
    t.append("\n### Trap categories (customer mail, positives and negatives)\n\n| trap | messages |\n|---|---|")
    for x in ["-"] + TRAPS:
        t.append("| %s | %d |" % (x, trap[x]))
    t.append("\n### Body formats (customer and automated)\n\n| format | messages |\n|---|---|")
    for k in sorted(fmts):
        t.append("| %s | %d |" % (k, fmts[k]))
    t.append(README_TAIL.rstrip("\n"))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(t) + "\n")


def validate():
    errs = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[0] != "file\ttriggers\tautomated\tlang\ttrap\tnote":
        errs.append("bad labels header")
    rows = [l.split("\t") for l in lines[1:] if l]
    files = sorted(x for x in os.listdir(HERE) if x.endswith(".eml"))
    if sorted(r[0] for r in rows) != files or len(set(r[0] for r in rows)) != len(rows):
        errs.append("labels.tsv does not match the .eml files one to one")
    pos = {t: 0 for t in TRIGGERS}
    for r in rows:
        if len(r) != 6:
            errs.append("%s: wrong column count" % r[0])
            continue
        name, trig, auto, lang, trap, note = r
        if lang not in LANGS:
            errs.append("%s: bad lang" % name)
        if trap not in TRAPS + ["-"]:
            errs.append("%s: bad trap" % name)
        if not note.strip():
            errs.append("%s: empty note" % name)
        if auto != "-":
            if auto not in AUTO_KINDS:
                errs.append("%s: bad automated kind" % name)
            if trig != "-":
                errs.append("%s: automated mail with triggers" % name)
            if trap != "-":
                errs.append("%s: automated mail with trap" % name)
        if trig != "-":
            ids = trig.split(",")
            if ids != sorted(ids) or len(set(ids)) != len(ids):
                errs.append("%s: triggers not sorted/unique" % name)
            for t in ids:
                if t not in TRIGGERS:
                    errs.append("%s: unknown trigger %s" % (name, t))
                else:
                    pos[t] += 1
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            continue
        data = open(path, "rb").read()
        if b"\n" in data.replace(b"\r\n", b"") or b"\r" in data.replace(b"\r\n", b""):
            errs.append("%s: not pure CRLF" % name)
        if any(len(l) > 998 for l in data.split(b"\r\n")):
            errs.append("%s: line longer than 998 octets" % name)
        msg = email.message_from_bytes(data, policy=email.policy.default)
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                errs.append("%s: missing %s" % (name, h))
        for part in msg.walk():
            if part.defects:
                errs.append("%s: defects %r" % (name, part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errs.append("%s: header %s defects %r" % (name, k, v.defects))
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    part.get_payload(decode=True).decode(cs, errors="strict")
                    part.get_content()
                except Exception as e:  # noqa
                    errs.append("%s: text part does not decode: %s" % (name, e))
    for t, n in pos.items():
        if n < 10:
            errs.append("trigger %s has only %d positives" % (t, n))
    return errs, len(rows), pos


def main():
    if "--check" not in sys.argv[1:]:
        build()
    errs, n, pos = validate()
    for e in errs:
        print("ERROR:", e)
    print("%d messages checked, %d errors" % (n, len(errs)))
    print(" ".join("%s=%d" % kv for kv in pos.items()))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
