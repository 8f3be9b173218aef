#!/usr/bin/env python3
# Copyright (c) 2026 the escalated contributors. MIT licence, see README.md.
"""Build the heldout4 corpus of support e-mails for "escalated".

Every message text below was written by hand, one message at a time.  The
code around it only does the e-mail plumbing: headers, MIME structure,
charsets, transfer encodings, HTML rendering of the hand-written text,
deterministic dates / Message-IDs / boundaries, shuffling into neutral file
names, labels.tsv, README.md and validation.

    python3 make_corpus.py          # (re)write h4-*.eml, labels.tsv, README.md, then validate
    python3 make_corpus.py --check  # validate the existing files only

Standard library only; deterministic (fixed seed): two runs give
byte-identical output.
"""

import argparse
import base64
import datetime
import hashlib
import html
import html.entities
import os
import quopri
import random
import re
import struct
import sys
import textwrap
import zlib
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20260404
PREFIX = 'h4-'
DESK = 'support@example.test'
DESK_NAME = 'Example Support'
DESK_MID_DOMAIN = 'escalated.example.test'

TRIGGERS = [
    'legal_threat', 'regulatory', 'manager_request', 'corporate_contact_request',
    'executive_contact', 'security_incident', 'data_loss', 'outage', 'billing_dispute',
    'cancellation_threat', 'media_threat', 'discrimination_harassment', 'safety',
    'broken_promise', 'repeat_contact', 'high_value_order', 'severe_dissatisfaction',
    'feature_request', 'technical_issue',
]
TRAPS = ['title', 'quoted', 'signature', 'negation', 'policy_question', 'reported',
         'innocuous', 'conditional', 'other']
AUTO_KINDS = ['auto_reply', 'bounce', 'list', 'receipt', 'self']
LANGS = ['en', 'de', 'fr', 'es']

# short aliases used in the message definitions
AL = {
    'LT': 'legal_threat', 'RG': 'regulatory', 'MR': 'manager_request',
    'CC': 'corporate_contact_request', 'EX': 'executive_contact', 'SI': 'security_incident',
    'DL': 'data_loss', 'OU': 'outage', 'BD': 'billing_dispute', 'CT': 'cancellation_threat',
    'MT': 'media_threat', 'DH': 'discrimination_harassment', 'SA': 'safety',
    'BP': 'broken_promise', 'RC': 'repeat_contact', 'HV': 'high_value_order',
    'SD': 'severe_dissatisfaction', 'FR': 'feature_request', 'TI': 'technical_issue',
}

MSGS = []


def T(s):
    """Strip the one leading newline of a triple-quoted block."""
    return s[1:] if s.startswith('\n') else s


def q(text, prefix='> '):
    """Quote a block of earlier mail the way mail clients do."""
    out = []
    for line in T(text).rstrip('\n').split('\n'):
        if line.startswith('>'):
            out.append('>' + line)
        elif line == '':
            out.append(prefix.rstrip())
        else:
            out.append(prefix + line)
    return '\n'.join(out) + '\n'


def M(lang, trig, trap, note, frm, subj, body, **kw):
    """One customer message (trig: space separated aliases or '-')."""
    if trig.strip() in ('', '-'):
        ids = []
    else:
        ids = sorted(AL[t] for t in trig.split())
    d = dict(lang=lang, trig=ids, trap=trap, note=note, frm=frm, subj=subj,
             body=T(body), auto='-')
    d.update(kw)
    MSGS.append(d)


def A(kind, lang, note, frm, subj, **kw):
    """One automated message; kw carries body= or root= (a part tree)."""
    d = dict(lang=lang, trig=[], trap='-', note=note, frm=frm, subj=subj, auto=kind)
    if 'body' in kw:
        kw['body'] = T(kw['body'])
    d.update(kw)
    MSGS.append(d)


# ---------------------------------------------------------------- encodings

def _qchunks(s, cs, limit):
    words, cur = [], ''
    for ch in s:
        enc = ''
        for byte in ch.encode(cs):
            c = chr(byte)
            if c == ' ':
                enc += '_'
            elif byte < 128 and (c.isalnum() or c in '!*+-/'):
                enc += c
            else:
                enc += '=%02X' % byte
        if cur and len(cur) + len(enc) > limit:
            words.append(cur)
            cur = ''
        cur += enc
    if cur:
        words.append(cur)
    return words


def _bchunks(s, cs, limit):
    words, cur = [], b''
    for ch in s:
        b = ch.encode(cs)
        if cur and 4 * ((len(cur) + len(b) + 2) // 3) > limit:
            words.append(base64.b64encode(cur).decode())
            cur = b''
        cur += b
    if cur:
        words.append(base64.b64encode(cur).decode())
    return words


def ew(s, cs='utf-8', mode='B'):
    """RFC 2047 encoded words (list), each at most 75 characters."""
    label = cs.upper() if mode == 'Q' else cs
    pre = '=?%s?%s?' % (label, mode)
    limit = 75 - len(pre) - 2
    chunks = _qchunks(s, cs, limit) if mode == 'Q' else _bchunks(s, cs, limit)
    return [pre + c + '?=' for c in chunks]


def fold(name, tokens, width=76):
    """Fold a header made of whitespace separated tokens."""
    lines, cur = [], name + ':'
    for tok in tokens:
        if len(cur) + 1 + len(tok) > width and cur != name + ':':
            lines.append(cur)
            cur = ' ' + tok
        else:
            cur += ' ' + tok
    lines.append(cur)
    return '\r\n'.join(lines)


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def subject_header(subj, cs, mode):
    if is_ascii(subj) and not mode:
        return fold('Subject', subj.split(' '))
    return fold('Subject', ew(subj, cs, mode or 'B'))


SPECIALS = set('()<>[]:;@\\,."')


def addr_header(name, pairs, cs='utf-8', mode=None):
    toks = []
    for i, (disp, addr) in enumerate(pairs):
        sep = ',' if i < len(pairs) - 1 else ''
        if not disp:
            toks.append(addr + sep)
        elif is_ascii(disp) and not mode:
            d = disp
            if any(c in SPECIALS for c in d):
                d = '"' + d.replace('\\', '\\\\').replace('"', '\\"') + '"'
            toks.extend(d.split(' '))
            toks.append('<%s>%s' % (addr, sep))
        else:
            toks.extend(ew(disp, cs, mode or 'B'))
            toks.append('<%s>%s' % (addr, sep))
    return fold(name, toks)


def wrap_text(text, width=76):
    out = []
    for line in text.split('\n'):
        if len(line) <= width:
            out.append(line)
            continue
        m = re.match(r'^((?:> ?)*)', line)
        pre = m.group(1)
        rest = line[len(pre):]
        w = textwrap.wrap(rest, width=max(20, width - len(pre)), break_long_words=False,
                          break_on_hyphens=False)
        out.extend(pre + x for x in (w or ['']))
    return '\n'.join(out)


def wrap_html(text, limit=760):
    out = []
    for line in text.split('\n'):
        while len(line) > limit:
            depth, cut = 0, -1
            for k, ch in enumerate(line[:limit]):
                if ch == '<':
                    depth += 1
                elif ch == '>':
                    depth = max(0, depth - 1)
                elif ch == ' ' and depth == 0:
                    cut = k
            if cut <= 0:
                break
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return '\n'.join(out)


def enc_body(text, cs, cte, sub='plain'):
    """Return (bytes with CRLF, cte header value)."""
    t = text.replace('\r\n', '\n')
    if not t.endswith('\n'):
        t += '\n'
    if cte in ('7bit', '8bit'):
        t = wrap_text(t) if sub == 'plain' else wrap_html(t)
        raw = t.encode(cs)
        if cte == '7bit' and any(b > 127 for b in raw):
            cte = '8bit'
        return raw.replace(b'\n', b'\r\n'), cte
    if cte == 'quoted-printable':
        raw = quopri.encodestring(t.encode(cs))
        return raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n'), cte
    if cte == 'base64':
        raw = base64.encodebytes(t.replace('\n', '\r\n').encode(cs))
        return raw.replace(b'\n', b'\r\n'), cte
    raise ValueError(cte)


def pick_charset(text, wanted):
    for cs in (wanted, 'windows-1252', 'utf-8'):
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return 'utf-8'


# ---------------------------------------------------------------- part trees

def leaf(ctype, body, cte=None, extra=()):
    return {'kind': 'leaf', 'ctype': ctype, 'cte': cte, 'extra': list(extra), 'body': body}


def multi(subtype, parts, params='', preamble=None):
    return {'kind': 'multi', 'subtype': subtype, 'parts': parts, 'params': params,
            'preamble': preamble}


def tpart(text, sub='plain', cs='utf-8', cte='8bit', extra=(), quote_cs=True, flowed=False):
    cs = pick_charset(text, cs)
    body, cte = enc_body(text, cs, cte, sub)
    csv = '"%s"' % cs if quote_cs else cs
    ct = 'text/%s; charset=%s' % (sub, csv)
    if flowed:
        ct += '; format=flowed'
    return leaf(ct, body, cte, extra)


def rfc822_part(raw, ctype='message/rfc822', extra=()):
    return leaf(ctype, raw.rstrip(b'\r\n') + b'\r\n', None, extra)


def b64_attachment(ctype, filename, data, inline=False, cid=None):
    body = base64.encodebytes(data).replace(b'\n', b'\r\n')
    if is_ascii(filename):
        disp = '%s; filename="%s"' % ('inline' if inline else 'attachment', filename)
        ctp = '%s; name="%s"' % (ctype, filename)
    else:
        from urllib.parse import quote as _uq
        disp = "%s; filename*=utf-8''%s" % ('inline' if inline else 'attachment',
                                            _uq(filename.encode('utf-8')))
        ctp = '%s; name="%s"' % (ctype, ''.join(ew(filename, 'utf-8', 'B')))
    extra = ['Content-Disposition: ' + disp]
    if cid:
        extra.append('Content-ID: <%s>' % cid)
    return leaf(ctp, body, 'base64', extra)


def text_attachment(filename, text, sub='plain', cs='utf-8', cte='quoted-printable'):
    body, cte = enc_body(text, cs, cte)
    return leaf('text/%s; charset="%s"; name="%s"' % (sub, cs, filename), body, cte,
                ['Content-Disposition: attachment; filename="%s"' % filename])


def fake_pdf(title):
    t = title.encode('latin-1', 'replace')
    objs = [
        b'1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n',
        b'2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n',
        b'3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n',
    ]
    stream = b'BT /F1 12 Tf 72 760 Td (' + t + b') Tj ET'
    objs.append(b'4 0 obj << /Length %d >> stream\n' % len(stream) + stream +
                b'\nendstream endobj\n')
    out = b'%PDF-1.4\n'
    offs = []
    for o in objs:
        offs.append(len(out))
        out += o
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out


def fake_png(seed_text, w=24, h=16):
    r = random.Random('png:' + seed_text)
    rows = b''
    base = (r.randrange(256), r.randrange(256), r.randrange(256))
    for y in range(h):
        rows += b'\x00'
        for x in range(w):
            n = r.randrange(24)
            rows += bytes(((base[0] + n) % 256, (base[1] + y) % 256, (base[2] + x) % 256))

    def chunk(tag, data):
        return (struct.pack('>I', len(data)) + tag + data +
                struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b''))


# ---------------------------------------------------------------- HTML rendering

def _esc(s, entities):
    s = html.escape(s, quote=False)
    if entities:
        out = []
        for ch in s:
            if ord(ch) > 127:
                name = html.entities.codepoint2name.get(ord(ch))
                out.append('&%s;' % name if name else '&#%d;' % ord(ch))
            else:
                out.append(ch)
        s = ''.join(out)
    return s


def _blocks(lines):
    """Split lines into ('p', [lines]) / ('q', [lines without one '>']) blocks."""
    blocks, cur, kind = [], [], None
    for ln in lines:
        k = 'q' if ln.startswith('>') else ('p' if ln.strip() else None)
        if k != kind and cur:
            blocks.append((kind, cur))
            cur = []
        kind = k
        if k == 'q':
            cur.append(ln[1:][1:] if ln[1:].startswith(' ') else ln[1:])
        elif k == 'p':
            cur.append(ln)
    if cur:
        blocks.append((kind, cur))
    return blocks


def render_html(text, client, entities=False, cs='utf-8'):
    lines = text.rstrip('\n').split('\n')
    sig = None
    if '-- ' in lines:
        i = lines.index('-- ')
        # only treat as signature when no quoted text follows directly
        sig_lines = []
        j = i + 1
        while j < len(lines) and not lines[j].startswith('>') and not re.match(
                r'^(On |Am |Le |El |-----|_____|From: |Von: |De: |---------- )', lines[j]):
            sig_lines.append(lines[j])
            j += 1
        sig = sig_lines
        lines = lines[:i] + ['\x00SIG'] + lines[j:]

    def body_of(ls, depth):
        out = []
        for kind, bl in _blocks(ls):
            if kind == 'q':
                inner = body_of(bl, depth + 1)
                if client == 'gmail':
                    out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                               'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                               + inner + '</blockquote>')
                else:
                    out.append('<blockquote type="cite">' + inner + '</blockquote>')
                continue
            if bl == ['\x00SIG']:
                s = '<br>'.join(_esc(x, entities) for x in sig)
                if client == 'gmail':
                    out.append('<div><br></div>-- <br><div dir="ltr" class="gmail_signature">'
                               + s + '</div>')
                else:
                    out.append('<div class="signature">-- <br>' + s + '</div>')
                continue
            if bl[0].startswith(('-----', '_____')):
                out.append('<hr>')
                bl = bl[1:]
                if not bl:
                    continue
            inner = '<br>\r\n'.join(_esc(x, entities) for x in bl)
            if client == 'outlook':
                out.append('<p class="MsoNormal">' + inner + '</p>')
            elif client == 'gmail':
                out.append('<div>' + inner + '</div><div><br></div>')
            else:
                out.append('<p>' + inner + '</p>')
        return '\r\n'.join(out)

    inner = body_of(lines, 0)
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs
    if client == 'gmail':
        return '<div dir="ltr">' + inner + '</div>\r\n'
    if client == 'outlook':
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns="http://www.w3.org/TR/REC-html40">\r\n<head>' + meta +
                '\r\n<style><!--\r\np.MsoNormal {margin:0cm; font-size:11.0pt; '
                'font-family:"Calibri",sans-serif;}\r\n--></style></head>\r\n'
                '<body lang="EN-US" link="#0563C1" vlink="#954F72">\r\n'
                '<div class="WordSection1">\r\n' + inner + '\r\n</div>\r\n</body>\r\n</html>\r\n')
    if client == 'apple':
        return ('<html><head>' + meta + '</head><body style="overflow-wrap: break-word; '
                '-webkit-nbsp-mode: space; line-break: after-white-space;">\r\n' + inner +
                '\r\n</body></html>\r\n')
    return ('<!DOCTYPE html>\r\n<html>\r\n<head>' + meta + '</head>\r\n<body>\r\n' + inner +
            '\r\n</body>\r\n</html>\r\n')


def inner_msg(frm, to, subj, date, mid, body, cs='utf-8', extra=(), cte='8bit'):
    """A small embedded message (forwarded attachment, returned mail, MDN original)."""
    if isinstance(frm, str):
        frm = ('', frm)
    if isinstance(to, str):
        to = ('', to)
    H = [addr_header('From', [frm], 'utf-8'), addr_header('To', [to], 'utf-8'),
         subject_header(subj, 'utf-8', None), 'Date: ' + date, 'Message-ID: ' + mid]
    H.extend(extra)
    H.append('MIME-Version: 1.0')
    cs = pick_charset(T(body), cs)
    b, cte = enc_body(T(body), cs, cte)
    H.append('Content-Type: text/plain; charset="%s"' % cs)
    H.append('Content-Transfer-Encoding: ' + cte)
    return '\r\n'.join(H).encode('ascii') + b'\r\n\r\n' + b


def headers_only(raw):
    return raw.split(b'\r\n\r\n', 1)[0] + b'\r\n'




# ====================================================================== messages
# Customer mail, English, with at least one trigger (part 1).

M('en', 'OU TI', '-', 'whole company gets 502 / cannot log in; status page green',
  ('Priya Raman', 'priya.raman@lumenfield.example'),
  'dashboard throwing 502s for everyone here', '''
Hi,

Since about 8:40 this morning none of us can get past the login screen of the web app, it just spins and then we get a white page that says "502 Bad Gateway". Tried Chrome, Firefox, tried from my phone on 4G, same thing. My colleagues in the Leeds office see it too so it's not our network.

We have the quarterly close this week so this is really not a great moment. Is there something going on at your end? Your status page still says everything is operational which is a bit confusing.

Thanks,
Priya

-- 
Priya Raman | Finance Systems Lead
Lumenfield Ltd
+44 20 555 0143
''', fmt='alt', client='gmail')

M('en', 'BD', 'conditional', 'charged $349 twice for one order; chargeback if not refunded',
  ('Marcus Oyelaran', 'm.oyelaran@postbox.example'),
  'charged twice?? order 58817-B', '''
hello

I bought the standing desk frame on your website last week (order 58817-B) and my credit card statement is showing two payments of $349.00 on the same day, both from your shop. I only ordered ONE desk, I only got one desk, you can check.

I already tried the chat thing on your site but the bot just keeps sending me the link to the FAQ. Please just put the second $349 back on my card. If I dont see it back by the end of next week I'm going to ask my bank to reverse it, I really don't want to but I will.

Marcus
sent from my phone
''', client='mobile', fmt='plain', cs='utf-8', cte='quoted-printable')

M('en', 'SA TI', '-', 'smart hub too hot to touch, burning smell, warped casing',
  ('Helen Castellano', 'helen.c@brightmail.example'),
  'Hub is getting really hot - is this normal??', '''
Hi there,

Not sure who to send this to so sending it here. We have the HomeBase hub (the white round one) on a shelf in the hallway. Last night my husband noticed a burning plastic smell and when he touched the hub it was way too hot to hold, like a pan that just came off the stove. The bottom has gone slightly brown and a bit warped on one side. We unplugged it straight away and it's now sitting on the tile floor in the garage.

We have two little kids and a cat and honestly it gave us a scare. Can you tell me what to do with it, and whether we should be worried about the power adapter too? Serial number on the sticker is HB2-4471-0093.

Helen
''')

M('en', 'BP RC TI', '-', 'fourth email + calls; promised engineer visit never came; broadband drops',
  ('Gordon Blaise', 'gordon.blaise@kestrelnet.example'),
  'Re: Ticket 771204 - connection drops', '''
Right, so this is my fourth email about the same thing, plus two phone calls that I've lost count of how long I spent on hold for.

The internet still drops out every evening between roughly 7 and 10, the light on the router goes orange and then it comes back after a couple of minutes, then drops again. It's been like this since the 2nd of the month. I work from home three days a week and I've had to tether off my phone for my calls.

Last week on the phone a lady called Denise told me an engineer would come out on Tuesday between 8 and 1. I took the morning off work. Nobody came, nobody called, nothing. When I rang the next day there was no record of any appointment.

I'd like an actual engineer visit booked, in writing, with a reference number.

Gordon Blaise
14 Marlow Crescent

On Mon, 3 Nov 2025 at 09:12, Example Support <support@example.test> wrote:
''' + q('''
Dear Gordon,

Thank you for getting in touch. We're sorry to hear about the
interruptions to your broadband service. Could you please restart
your router and let us know if the issue persists?

Kind regards,
Example Support
'''), reply=2, client='gmail')

M('en', 'MR SI', '-', 'account taken over (own password reuse, not a bug), money moved; asks for senior fraud escalation',
  ('Tomasz Wrona', 't.wrona@inbox.example'),
  'someone got into my account and moved money', '''
Hello,

This morning I had a notification that my email address on the app was changed, and then another that a new payee "K. Dunmore" was added. I did not do either of these. Then £1,450 went out to that payee. I called the number on the back of my card and they froze the account, which is good, but the person on the phone said the fraud team will "look at it within 10 working days".

To be honest, I think it might be my fault, I used the same password as an old shopping website that got hacked last year. I'm not saying your app has a bug. But 10 working days is my rent money. I need this to go to someone senior in the fraud department who can actually make a decision, please escalate it today.

Tomasz Wrona
customer no. 4410-2291
''', cs='windows-1252', cte='8bit')

M('en', 'DL SD TI', '-', 'VPS migration emptied web root and databases, backups 0 bytes; "most incompetent"',
  ('Rafael Mendonça', 'rafael@pixelforge.example'),
  'ALL FILES GONE after migration to new server!!!', '''
hi,

I am writing in english because your portuguese support is closed at weekend. Yesterday your system migrated my VPS (plan Pro-4, server vps-22871) to the "new infrastructure" like the email said. Today morning the server boots but /var/www is EMPTY, also the databases for 6 client websites, all gone. I go to the backup panel and the last 7 backups show 0 bytes. ZERO BYTES.

This is the most incompetent thing I have seen from a hosting company in 15 years of working in this. You make a migration without checking the backups is working?? I have clients calling me since 7am.

I need someone to tell me NOW if the data is somewhere on your side, the old server, a snapshot, anything.

Rafael
''', hmode='Q', client='web')

M('en', 'HV MR TI', 'title', 'group travel $14,200, half the tickets failed with ticketing error; wants supervisor; office manager title',
  ('Ashley Brennan', 'abrennan@corvid-analytics.example'),
  'Group booking GRP-30918 - half the tickets never issued', '''
Hi,

I'm the office manager at Corvid Analytics and I booked our team offsite through your business portal in January: 22 people, flights Denver-Lisbon plus 4 nights hotel, total $14,200 paid in full by company card.

Your confirmation says all 22 are ticketed. The airline however only has 11 of us. The other 11 have a booking reference that says "reservation not found" on the airline site, and the automatic email we got that night says "Ticketing error TKT-09 - issuance incomplete". Something in your system obviously failed halfway. Your portal still shows the green "Confirmed" badge for everyone.

We fly on the 14th. I have spent two hours in your chat being transferred around. At this point I need somebody with actual authority to look at this – a team lead, supervisor, whoever can pick up the phone to the airline – not another chat agent.

Ashley Brennan
Office Manager, Corvid Analytics
+1 303 555 0178
''', client='outlook', fmt='alt')

M('en', 'CC DH', '-', 'claims handler dismissed 78-year-old because of her age; asks head office address',
  ('Margaret Ellison', 'm.ellison@homemail.example'),
  'Complaint about the way I was spoken to - claim HC-55102', '''
Dear Sir or Madam,

I am writing about a telephone conversation on 14 January with one of your claims handlers regarding the water damage to my kitchen (claim HC-55102).

When I explained the sequence of events, the gentleman said, and I wrote it down straight afterwards, "at your age people often get muddled about dates, so let's just go with what the plumber says". When I asked him to repeat it he laughed and said I shouldn't be so sensitive. I am 78 years old. I have been your customer for 31 years and I have never been spoken to like that. I was treated as if my age made me unreliable, and I find that discriminatory.

I would like to put this in writing to your head office rather than to a call centre. Please send me the full postal address of your head office and the name of the person responsible for customer complaints there.

Yours faithfully,
Margaret Ellison
''', fmt='plain', cs='iso-8859-1', cte='7bit', client='web')

M('en', 'BD RG', 'conditional', 'electricity bill based on wrong estimate (£412.60); ombudsman if not corrected; kWh figure is not money',
  ('Dev Kaushal', 'dev.kaushal@netmail.example'),
  'Electricity bill £412.60 for January - meter reading is wrong', '''
Hi,

My January bill has come through at £412.60. My normal monthly is around £60-70, it's a two-bed flat, nothing has changed. Looking at the bill, you have used an "estimated" reading of 48 219 when my actual meter says 41 907 (photo attached, taken this morning). So you've charged me for about 6,000 kWh I never used.

I phoned on Monday and was told to email. Please correct the bill and stop the direct debit from taking £412.60 on the 28th.

I'd rather sort it out with you directly, but if it's not corrected before the payment date I'll be taking it to the Energy Ombudsman.

Dev
''', att=[('png', 'meter_reading_20260203.png')], smode='Q')

M('en', 'FR', '-', 'dark theme + calendar/ICS export wishlist',
  ('Jonas Whitaker', 'jonas@tallbird.example'),
  'small wishlist from a happy user', '''
Hey team,

Been using Trackwell for about a year now for our little design studio and it's honestly been great, so take this as love not complaints :)

Two things we keep wishing for:
1. A dark theme. Half of us work late and the white board view is like staring into the sun at 11pm.
2. Could the calendar view push to Outlook/ICS? Right now we copy deadlines by hand into our shared calendar, which is exactly the kind of thing software should do for us.

No rush obviously, just putting it on your radar.

Cheers,
Jonas
''', client='apple')

M('en', 'FR TI', '-', 'API returns 429 far below limit; asks for webhooks',
  ('Li Wei', 'li.wei@kestrelpay.example'),
  'API rate limit errors even at low volume + webhook question', '''
Hello support,

We are integrating your shipping API in our checkout. Since Monday nearly every 4th call to /v2/rates returns HTTP 429 "Too Many Requests", even though we send maybe 30 requests per minute and our plan says 600/min. Request IDs from this morning: rq_8812ac, rq_8812f0, rq_8813b4. Retry after 1 second works, so we added a retry, but it makes the checkout slow.

Second thing, not urgent: we poll /v2/shipments every 5 min to know the tracking status. It would be much better if you could send webhooks on status change, like other carriers do. Is this on the roadmap? If not please consider this a request from us.

Best regards
Li Wei
Backend developer
''', client='tb', cte='8bit')

M('en', 'CT EX TI', 'conditional', 'mobile data dead 9 days; copied CEO; will move 14 lines unless fixed',
  ('Stephen Amankwah', 's.amankwah@amankwahprice.example'),
  'Mobile data dead for 9 days - copying your CEO', '''
To whom it may concern,

For 9 days now the mobile data on my business line (ending 5214) has not worked at all. Calls and texts are fine, but data shows "no internet connection" even with full bars. I've reset the APN settings, put the SIM into another phone, had a replacement SIM sent. Nothing.

I have now copied your chief executive on this email because frankly I've run out of other ideas. Our contract is up for renewal in April and unless this is fixed within the week I will be moving all 14 lines in our company to another network.

Stephen Amankwah
Managing Director, Amankwah & Price Surveyors
''', cc=[('Office of the Chief Executive', 'ceo.office@example.test')], client='outlook')

M('en', 'MT', '-', 'journalist asks for comment; the data exposure is hearsay',
  ('Naomi Feld', 'naomi.feld@dailyledger.example'),
  'Press inquiry: reports of customer data exposure', '''
Hello,

I'm a reporter with The Daily Ledger's consumer technology desk. We are preparing a story for Thursday's edition and have been contacted by several of your customers who say they were able to view other people's order histories in your app over the weekend.

I'd like to give your company the chance to respond before publication. Specifically:
- Are you aware of the issue, and when was it fixed?
- How many customers were affected?
- Have you notified the relevant data protection authority?

Could someone from your communications team get back to me by 5 pm Wednesday? My direct line is +1 212 555 0163.

Thanks,
Naomi Feld
Consumer Tech Reporter, The Daily Ledger
''', fmt='alt', client='outlook')

M('en', 'MT RC', '-', 'third email + two calls about a return refund; threatens Instagram story to 40k followers',
  ('Bella Okafor', 'bella.okafor@mailbox.example'),
  '3RD EMAIL - where is my refund for the returned dress', '''
Hi,

So this is now my third email and I've also phoned twice. I returned the green wrap dress (order WS-220931) on the 4th of December, I have the tracking that shows you received it on the 7th. Still no refund of the €79.95.

Every time I get an email saying "your case has been forwarded to the returns department" and then nothing. It's been 6 weeks.

I have about 40k followers on Instagram, mostly fashion, and I've always recommended you. I'm honestly about to do a whole story on how you treat customers who return things. Please just refund me.

Bella
''', client='mobile', fmt='html')

M('en', 'BD LT', 'conditional', 'renewal £1,240 taken after confirmed cancellation; solicitor, county court claim',
  ('Owen Pritchard', 'owen.pritchard@letterbox.example'),
  'Charged £1,240 after cancelling - final notice before legal action', '''
Dear Accounts Team,

I cancelled my annual software licence (account AC-118820) by email on 30 September, and received your confirmation the same day (reference CX-44019). Despite this, on 1 November you took £1,240.00 from my business account for a renewal.

I raised this by phone on 4 November and was told it would be looked into. I am now putting it in writing: please refund the £1,240.00 within 14 days. I have passed copies of the cancellation confirmation and bank statement to my solicitor, who has advised me that if the money is not returned by then we will issue a claim in the county court without further notice.

Regards,
Owen Pritchard
Pritchard Joinery
''', cs='iso-8859-15', fmt='plain', cte='8bit')

M('en', 'RG SI', '-', 'staff e-mailed her medical declaration to a stranger; reported to ICO (human error, not technical)',
  ('Charlotte Vine', 'charlotte.vine@quillpost.example'),
  'My medical details were sent to a stranger', '''
Hello,

On Tuesday I got a call from a woman I have never met, who told me she had received an email from your travel insurance team containing my pre-existing conditions declaration, my date of birth and my passport number. She forwarded it to me. It was clearly sent to her by one of your staff by mistake – it's addressed to "Mrs Vine" but to her email address.

I'd like to know how this happened and what you're doing to get that information deleted. I have also reported it to the Information Commissioner's Office this morning, as I understand I'm entitled to.

Charlotte Vine
Policy TI-77120-V
''')

M('en', 'SA SD TI', '-', 'smart plug cracked, flashed, smoked, tripped breaker; "absolutely livid"',
  ('Derek Mulholland', 'derek.m@ironbark.example'),
  'Your smart plug nearly set my kitchen on fire', '''
I bought two of your SP-10 smart plugs in November. Tonight the one behind the kettle made a loud crack, there was a flash and a puff of black smoke, and the breaker for the whole kitchen tripped. The plug is scorched black around the pins and the socket behind it is discoloured. My 9 year old had her hand on the counter right next to it.

I am absolutely livid. You are selling something that goes bang in people's kitchens. The other plug has gone straight in the bin. I want to know what you are doing about this and whether there's a recall, and I want my money back for both.

Derek Mulholland
''', fmt='plain', cs='us-ascii')

M('en', 'CT DL TI', 'conditional', 'sync conflict resolution emptied all notebooks; will leave if not recovered',
  ('Yuki Tanabe', 'yuki.tanabe@writebox.example'),
  'sync wiped 3 years of notes', '''
Hi,

After updating the app to 5.2 on my iPad, it asked me to "resolve a sync conflict". I picked "keep the newest version" which sounded safe. Every notebook except "Quick notes" is now empty on the iPad, on my Mac and on the web. The trash is empty too. That was three years of research notes for my thesis.

I have a Time Machine backup from October but anything after that is gone unless you have it on your servers. Please tell me you have some kind of server-side history.

I've paid for Premium since 2022. If this can't be recovered I don't see any reason to stay, I'll be cancelling Premium and moving to something else.

Yuki
''', client='apple')

M('en', 'HV OU TI', '-', 'all card payments fail PG-503, merchant dashboard times out; $24,000/yr enterprise contract',
  ('Ben Hadley', 'ben@hadleyoutdoors.example'),
  'URGENT: checkout payments failing since 6am', '''
Support,

Every single card payment on our store has been failing since about 06:00 CET. Customers get "Payment could not be processed (code PG-503)" and the order is dropped. Your merchant dashboard won't load either, it just times out. We're in the middle of our winter sale.

We are on your Enterprise plan, $24,000 a year, and we cannot afford a day like this. I need an engineer on this now and an ETA.

Ben Hadley
Ops, Hadley Outdoors
''', hdrs=['Importance: high', 'X-Priority: 1'])

M('en', 'BP RC', '-', 'third time asking; promised hotel refund €640 in 5-7 days never arrived',
  ('Aisha Karimi', 'aisha.karimi@postnet.example'),
  'Re: Refund for cancelled hotel (booking TR-88120)', '''
Hello again,

I'm sorry to keep writing but this is the third time I'm asking. On 12 December your colleague Martin wrote that the refund of €640 for the hotel in Porto that YOU cancelled would be back on my card "within 5–7 business days". It is now the 20th of January and nothing has arrived. I checked with my bank, there is no pending credit.

Could you please check what happened to it and give me a date I can count on?

Thank you,
Aisha Karimi

On 12 Dec 2025, at 16:40, Example Support <support@example.test> wrote:

''' + q('''
Dear Aisha,

We apologise again that the Hotel Ribeira had to cancel your stay.
I have processed a full refund of EUR 640.00 to your original
payment method. Please allow 5-7 business days for it to appear.

Best wishes,
Martin
Example Support
'''), reply=True, client='apple', fmt='alt')

M('en', 'FR', '-', 'thermostat guest mode with expiring access; rambling, small talk',
  ('Trish Goulding', 'trishg@homestead.example'),
  'thermostat idea', '''
Hi folks, hope you all had a nice Christmas!

Quick one (well, it turned into a long one sorry). We love the thermostat, my husband checks it more than he checks his phone. We have a holiday cottage that we rent out and I manage the heating there from the app too, which is brilliant.

What I would LOVE is a way to give a guest temporary access, like just for the dates they're staying, so they can turn the heat up and down themselves without me giving them my login (which obviously I'm not going to do). Some sort of guest mode that expires automatically. At the moment they have to text me "can you make it warmer" at 10 at night lol.

Anyway, just an idea. Keep up the good work.

Trish
''')

M('en', 'BP MR', '-', 'promised specialist callback by Monday never came; wants head of customer service/supervisor',
  ('Victor Haldane', 'victor.haldane@oakline.example'),
  'Still waiting for the callback I was promised', '''
Hi,

On Friday I spoke to someone in your billing team about my business account being moved to the wrong tariff. She said a specialist would call me back "by Monday lunchtime at the latest". It's Wednesday. No call.

I don't want to go through the whole story again with a new person in a queue. I'd like the person who runs your customer service team, or a supervisor at least, to phone me on +1 415 555 0122 today.

Victor Haldane
''', fmt='plain', cs='us-ascii', cte='7bit')

M('en', 'CC LT', '-', 'asks registered office + legal dept contact to send letter before action; solicitor helping',
  ('Imogen Carlisle', 'imogen@carlisle-family.example'),
  'Request for head office address and legal department contact', '''
Good afternoon,

Could you please provide me with the registered head office address of your company, and the correct contact (name and email) for your legal department?

Following the damage caused to my front door on 9 January during the delivery of my wardrobe (order 30021-W) and your refusal to cover the repair, I intend to send a formal letter before action, and I want to make sure it goes to the right place. My son-in-law, who is a solicitor, is helping me draft it.

Kind regards,
Imogen Carlisle
''', client='outlook', fmt='html')

M('en', 'EX SD TI', '-', 'wrote to the CEO by letter and LinkedIn; dishwasher still not draining; "a disgrace"',
  ('Raymond Kessler', 'rkessler@stonebridge.example'),
  'Disgraceful handling of my warranty claim', '''
I have now written a letter to your CEO, Ms Hargreaves, and sent her the same message on LinkedIn, because your warranty department has been a disgrace from start to finish.

My dishwasher (smart series, model DW-60X) stopped draining in October. Your technician came, said the pump was faulty, and then the claim was closed as "resolved". The machine still doesn't drain. I've been washing dishes by hand for three months with a brand new dishwasher sitting there.

Raymond Kessler
''', cs='windows-1252')

M('en', 'DH MR', '-', 'wheelchair user mocked and refused help by store staff; asks for manager',
  ('Samuel Achterberg', 'sam.achterberg@ontrack.example'),
  'How I was treated at your Westfield store', '''
Hi,

I'm a wheelchair user. On Saturday I went to your store at Westfield to pick up a router I'd ordered online for click & collect. The collection point is upstairs and the lift was out of order, fine, these things happen. I asked if someone could bring the parcel down. The staff member at the desk told me, and I quote, that "they don't do deliveries for people who can't manage stairs" and that I should "send someone who can walk". Another employee laughed.

That is discrimination, plain and simple. I was embarrassed and upset, and I'd like it dealt with by someone more senior than the store. Please pass this to a manager who can actually respond.

Samuel Achterberg
''', fmt='alt', client='gmail')

M('en', 'SD TI', '-', 'third router drops wifi; shouting, "JOKE of a company"',
  ('Karl Dempsey', 'karldempsey@quickpost.example'),
  'WORST SERVICE I HAVE EVER HAD', '''
I HAVE HAD ENOUGH. three routers in two months, every one of them drops the wifi every half hour and your "technical team" tells me to turn it off and on again like I'm 5 years old. my kids cant do their homework, my wife cant work. you are a JOKE of a company, honestly the most useless bunch of people i have ever dealt with.

fix it, simple as that

Karl
''', fmt='plain', cs='us-ascii', client='mobile')

M('en', 'HV', '-', '40 laptops €52,300 delivered with wrong keyboard layout (not a defect)',
  ('Greta Lindqvist', 'greta.lindqvist@nordvik-consult.example'),
  'Order PO-77815: 40 laptops delivered with wrong keyboard layout', '''
Hello,

We received our order PO-77815 yesterday: 40 x ProBook 14 with docking stations, invoice total €52,300.00 excl. VAT. Unfortunately all 40 units have a US keyboard layout, while the order clearly specifies Swedish/Finnish (SE/FI) layout, line 1 on the attached PO.

Our new employees start on 2 March and need their machines. Please confirm how and when you will exchange the units. We will keep the boxes sealed in the meantime; only one was opened to check.

Best regards,
Greta Lindqvist
Procurement, Nordvik Consulting AB
''', att=[('pdf', 'PO-77815.pdf')], client='outlook')

M('en', 'SA TI', '-', 'app-controlled panel heater smoking from vent, app still shows heating',
  ('Ahmed Siddiqui', 'ahmed.s@lanternmail.example'),
  'smoke coming out of the wifi heater', '''
Hi, I have the WarmLink 2000 panel heater that I control with your app. This evening it started clicking and then there was smoke coming out of the vent at the top, and a smell like burnt hair. I switched it off at the wall. The app still showed it as "heating - 21°C" the whole time which is a bit worrying in itself.

Is it safe to turn it back on? I'm guessing not. It's 7 weeks old. What do I do?

Ahmed
''', client='mobile')

PHISH = inner_msg(('Example Billing', 'billing@example.test'), 'laura.benedetti@hillmail.example',
                  'Action needed: payment failed', 'Mon, 19 Jan 2026 06:02:11 +0000',
                  '<9921.77310@mailer.pay-example-verify.example>', '''
Dear Laura Benedetti,

Your recent order (Garden lounge set "Marbella", customer no. 3301-88412)
could not be completed because your payment failed.

To avoid cancellation please re-enter your card details within 24 hours:
http://pay-example-verify.example/secure/3301-88412

Example Billing Team
''')

M('en', 'SI', '-', 'phishing mail from the company address with her order data; asks if data leaked',
  ('Laura Benedetti', 'laura.benedetti@hillmail.example'),
  'Email from your address asking for my card details - is this real?', '''
Hi,

I got an email this morning that looks like it comes from you, sender shows as billing@example.test, subject "Action needed: payment failed". It had my full name, my customer number and the last order I placed (the garden furniture set), and a link to "re-enter your card". The link goes to a site that is not yours, something like pay-example-verify.

I didn't click anything beyond hovering, but it's worrying that whoever sent it knows exactly what I ordered. Has my data been leaked? Other customers must be getting this too.

I've attached the email as I received it.
Laura
''', att=[('eml', PHISH, 'Action needed payment failed.eml')], mixed_body='plain')

M('en', 'BP RG', '-', 'frozen account, promised 48h review not done; filed CFPB complaint',
  ('Dwayne Hollis', 'dwayne.hollis@mailcircle.example'),
  'Account still frozen - complaint filed with CFPB', '''
To the escalations team or whoever reads this,

My checking account was frozen on 2 February "for a routine review". On the 5th your agent (ID 4471) promised me the review would be finished in 48 hours and my funds released. It's the 16th. My paycheck is sitting in there and I've had to borrow money from my sister for groceries.

I have filed a complaint with the Consumer Financial Protection Bureau today, complaint number 260216-0042. I'm telling you so you know.

Dwayne Hollis
''', cs='us-ascii')

M('en', 'CT TI', 'conditional', 'Outlook calendar sync broken since update; will not renew unless fixed; practice manager title',
  ('Hannah Marsh', 'h.marsh@fernleaf-clinic.example'),
  'Calendar sync with Outlook broken since January update', '''
Hello,

Since your January update, appointments created in your booking system no longer appear in our practitioners' Outlook calendars. The sync status in Settings > Integrations says "Connected", but nothing new has come through since 14 January. Disconnecting and reconnecting didn't help. We've had two patients turn up for appointments that nobody knew about.

Our annual subscription renews on 1 April. I like the system and I'd rather not go through a migration, but I'll be honest: if the sync isn't working again by then, we won't be renewing.

Hannah Marsh
Practice Manager, Fernleaf Physiotherapy
''', client='outlook', fmt='alt')

M('en', 'RC TI', '-', 'keeps writing about app logging out (E-401); lists three previous pieces of advice',
  ('Oliver Brandt', 'oliver.brandt@meadowmail.example'),
  'again: app logs me out every few minutes', '''
Hi,

I keep writing to you about this and every time I get a different answer, so here it is once more, hopefully to someone who can actually look at it.

The banking app logs me out every 2–3 minutes, in the middle of whatever I'm doing, with "Session expired (E-401)". Android 14, Pixel 7, app version 8.3.1. Reinstalled it (that was the advice the first time), cleared the cache (second time), turned off battery optimisation (third time). Still happens.

Oliver
''', fmt='plain', cte='base64')

M('en', 'BD MT', 'conditional', '£14.99 premium delivery charged although free delivery chosen; will post one-star reviews',
  ('Fiona McAllister', 'fiona.mcallister@glenpost.example'),
  "Charged for delivery I didn't choose", '''
Hi,

I selected free standard delivery on order 44019 (I have the screenshot of the checkout page), but I was charged £14.99 for "Next Day Premium" on top of the price. I didn't want next day and the parcel actually arrived 4 days later anyway.

Please refund the £14.99. Honestly this sort of thing is why people leave one-star reviews, and if it isn't sorted I'll be adding mine on every review site I can find.

Fiona
''', cs='iso-8859-1', cte='quoted-printable')

M('en', 'BP LT', 'conditional', 'sofa £2,380 delivery promised three times, never came; small claims court',
  ('Natalie Osei', 'natalie.osei@homebase-mail.example'),
  'Sofa order 90331 - paid in October, still nothing', '''
Hi,

I ordered a corner sofa (order 90331, £2,380) on 3 October. Delivery was promised for "week commencing 10 November". Then it was moved to December. Then on 19 December your agent told me on the phone it was "definitely on the truck for 8 January". Nothing came on 8 January and nobody let me know.

I want either a confirmed delivery date within the next 10 days or a full refund. If neither happens I will be filing a claim through the small claims court – I've already looked up the process.

Natalie Osei
''')

M('en', 'OU TI', 'innocuous', 'whole workspace cannot sign in (ERR_AUTH_UPSTREAM), app cannot reach server; "fire up" is innocuous',
  ('Marco Giordano', 'marco.giordano@bellhaven.example'),
  'Login page broken for everyone?', '''
Hey,

None of the 12 people in our workspace can sign in since around lunchtime. Username/password gives "Something went wrong (ERR_AUTH_UPSTREAM)", SSO gives a blank page, and the password reset email never arrives. The mobile app just says it can't reach the server.

We were about to fire up the month-end reports so timing isn't ideal. Is there an incident? Nothing on your status page.

Marco
''', client='gmail')

M('en', 'DL SD TI', '-', 'cloud recordings for a whole week missing from both cameras; "I\'m furious"',
  ('Simone Achebe', 'simone.achebe@crestview.example'),
  'Camera recordings for the week our car was broken into are missing', '''
Hello,

Our car was broken into on the driveway on the night of 21 January. We have two of your outdoor cameras with the 30-day cloud plan. When the police asked for the footage, the timeline in the app has nothing from 19 to 25 January, just a grey gap, for both cameras. Before and after that, recordings are there. The cameras were online the whole time, I got motion notifications on my phone that week.

So you've lost exactly the recordings we needed. I'm furious, honestly – what is the point of paying for cloud storage if it isn't there when something actually happens? Please tell me if there's any way to recover those clips.

Simone
''', fmt='html', client='apple')

M('en', 'BD', '-', 'charged annual $1,188 instead of monthly $99',
  ('Greg Thornton', 'greg.thornton@wirebird.example'),
  'Billed $1,188 instead of $99 monthly', '''
Hi there,

I upgraded to the Team plan on the 3rd and picked MONTHLY billing ($99/month). My card was charged $1,188.00, which is the annual price. The invoice (INV-2026-00781) also says "Annual". I never selected annual, and I can't afford to have $1,188 tied up right now.

Please refund the difference / switch me to monthly as I originally chose.

Thanks
Greg
''', cs='us-ascii', fmt='alt')

M('en', 'BD RG', 'quoted', 'charged 3x $24.99 after cancelling; complaint to state consumer protection agency; forwarded confirmation does not count',
  ('Patrick Doyle', 'patrick.doyle@greenlane.example'),
  'Still being charged after cancelling my subscription', '''
Hi,

I cancelled my FitTrack Plus subscription in the app on 28 November (I got the "we're sorry to see you go" email, copy below). You've still charged me $24.99 on 1 December, 1 January and 1 February. That's $74.97 for something I cancelled.

I want all three refunded. I've also sent a complaint to the state consumer protection agency because frankly this looks like a deliberate practice.

Patrick Doyle

---------- Forwarded message ---------
From: FitTrack <no-reply@fittrack.example>
Date: Fri, 28 Nov 2025 at 21:14
Subject: We're sorry to see you go
To: <patrick.doyle@greenlane.example>

Hi Patrick, your FitTrack Plus subscription has been cancelled. You will not be charged again.
''', client='gmail', fmt='alt')

M('en', 'DH MR', '-', 'agent insulted and later threatened her by phone; asks for supervisor',
  ('Keisha Barnes', 'keisha.barnes@sunpost.example'),
  'Abusive phone call from your agent', '''
I need to report the call I had with your support line on Monday at about 3:15pm (my account number 881-22019).

I was asking why my engineer appointment had been moved. The agent — he gave his name as "Rob" — got more and more impatient, then called me "thick" and told me to "stop wasting his f***ing time" before hanging up. About twenty minutes later I got a call from a withheld number and the same voice said "call us again and see what happens". I was genuinely frightened.

I want to speak to a supervisor about this, and I want to know this man will not have access to my details again.

Keisha Barnes
''')

M('en', 'BD HV', '-', 'hosting contract invoice €18,400 net charged with VAT despite reverse charge',
  ('Henrik Sørensen', 'henrik.sorensen@baltic-freight.example'),
  'Invoice INV-55120 – incorrect VAT, please reissue', '''
Dear billing team,

Your invoice INV-55120 for our annual hosting contract shows €18,400.00 net plus 25% VAT. We are a VAT-registered business in another EU member state (our VAT ID is on the PO and in your customer portal), so the reverse charge applies and no VAT should be charged. As invoiced, the total is €4,600 too high.

Payment is due on the 28th. Please send a corrected invoice before then; we can't process this one.

Kind regards
Henrik Sørensen
Finance, Baltic Freight ApS
''', client='outlook', cs='iso-8859-1', smode='Q')

M('en', 'FR', '-', 'non-native English: split bills between flatmates',
  ('Anh Nguyen', 'anh.nguyen@roomies.example'),
  'idea for the app - split bills', '''
Hello,

I am using your app for paying the electricity and internet in our shared flat, we are 4 person. Is working well. But every month I must pay all the bill and then ask the others to send me money, and always someone forget :)

Please can you make possibility to split one bill between several users, so each one pay his part directly from his account? My friend use other bank app where this exist and it is very practical.

Thank you and have a good day
Anh
''', client='mobile', fmt='plain')

M('en', 'FR TI', '-', 'CSV export truncated at 1,000 rows; asks for xlsx export',
  ('Rebecca Stanford', 'rstanford@crowdfund-co.example'),
  'CSV export cuts off after 1000 rows / request for xlsx', '''
Hi,

Two things:

1) The "Export contacts" CSV only ever contains the first 1,000 rows. We have 4,312 contacts. No error, it just stops. Tried from Chrome and Safari, same.

2) Unrelated, but while I'm writing: could you add a proper Excel (.xlsx) export? Our finance people open the CSV in Excel and it mangles the dates and leading zeros in postcodes every time.

Thanks!
Rebecca
''')

M('en', 'CC EX', '-', 'asks for the CEO\'s direct e-mail to write to them',
  ('Malcolm Reid', 'malcolm.reid@thistle-mail.example'),
  'CEO email address please', '''
I've been going round in circles with your complaints team for weeks about my pension transfer being delayed, and I've decided I'm done with the front line.

Could you please just give me the direct email address of your CEO, or of whoever in the executive team is responsible for customer service? I'll write to them myself.

Malcolm Reid
''', fmt='plain', cs='us-ascii', cte='7bit', client='tb')

M('en', 'EX TI', '-', 'reporting API returns stale data; will raise it with the vendor VP of Sales at a conference; own board/CTO innocuous',
  ('Jennifer Alvarez', 'jennifer.alvarez@redwood-labs.example'),
  'Reporting API still returning stale data', '''
Hi team,

Following up on the issue my engineers raised last month: the reporting API (/v3/metrics) is still returning data that's 36–48 hours old even though the dashboard shows yesterday's numbers. Our nightly board pack pulls from the API, so our board is looking at stale figures.

I'll be seeing your VP of Sales, Tom Reardon, at SaaSConnect next week and I intend to raise this with him directly, since it's the main thing standing between us and expanding our seat count. I'd much prefer to be able to tell him it's been sorted.

Jennifer Alvarez
CTO, Redwood Labs
''', client='gmail', fmt='alt')

M('en', 'SI TI', '-', 'billing portal shows another company\'s invoices and card digits',
  ('Paul Whitcombe', 'paul.whitcombe@harbourtech.example'),
  "I can see another company's invoices in my billing portal", '''
Hi,

Heads up, this seems serious. When I log into the billing portal and go to Invoices, I see our invoices plus about 20 from a company called "Lindell Print & Sign" – with their address, VAT number, line items, and the last four digits of their card. I can open and download them.

I haven't done anything except click on Invoices. Screenshot attached (I've blurred their details). You probably want to fix that quickly and let them know.

Paul Whitcombe
Harbour Tech
''', att=[('png', 'invoices_blurred.png')])

M('en', 'DL SI', '-', 'account hijacked (no 2FA, reused password - not blaming software), all 14 projects deleted',
  ('Chloe Renard', 'chloe.renard@studio-mailer.example'),
  'Account hacked and all my projects deleted', '''
Hi,

Someone logged into my account last night from an IP in a country I've never been to (I got the "new sign-in" email at 3:12 am), changed my recovery email and deleted every project in my workspace — 14 projects, including client work due this week. I managed to get back in this morning through the phone verification.

I know I didn't have 2FA turned on and I'd used that password elsewhere, so I'm not blaming your software for the break-in. But please, please tell me the projects can be restored from your side. The trash shows nothing.

Chloe
''', client='apple', cte='quoted-printable')

M('en', 'BP MT OU TI', 'conditional', 'sites still 503 after promised restoration time; will post timeline on LinkedIn/X',
  ('Darren Fletcher', 'darren@fletcherdigital.example'),
  'Re: Incident INC-2291 - still down', '''
Your status page said at 10:05 that hosting would be "fully restored by 14:00 UTC". It's now 16:30 and all four of our client sites on your shared cluster are still returning 503 Service Unavailable. No update since 12:40.

I've got clients ringing me every 20 minutes. If I don't have something concrete by 18:00 I'm putting the whole timeline on LinkedIn and X with screenshots, because people deserve to know how this is being handled.

Darren

On Tue, 10 Feb 2026, 10:11 Example Support <support@example.test> wrote:
''' + q('''
Hello Darren,

We are aware of an issue affecting a number of sites on the
shared-eu-3 cluster. Our engineers are working on it and you can
follow updates at our status page.

Regards,
Example Support
'''), reply=True, client='gmail')

M('en', 'SA TI', '-', 'modem power adapter burned 11-year-old\'s hand',
  ('Irene Castellanos', 'irene.castellanos@maplemail.example'),
  'power adapter of new modem burned my daughter', '''
Hi,

The new modem you sent in January (the black one, FibreBox 3) has a power adapter that gets extremely hot. Yesterday my daughter (she's 11) picked it up to move it off the carpet and got a burn on her palm, it blistered. We put it under cold water and she is ok but it really hurt her.

I've unplugged it and we're without internet now. Please send a replacement adapter that doesn't do this, and I think you should check the others from the same batch.

Irene
''', cs='windows-1252', cte='quoted-printable', fmt='alt')

M('en', 'MT', '-', 'podcast host requests interview/statement; outages and exposure are hearsay',
  ('Tobias Renner', 'tobias@bytebeat-podcast.example'),
  'Interview request – ByteBeat podcast', '''
Hi there,

I host ByteBeat, a weekly podcast about consumer tech (around 60k listeners). We're doing an episode next week on smart-home security, and a few listeners have written in about your doorbell cameras going offline during the firmware rollout last weekend and about a forum post claiming the admin panel was exposed.

Would anyone from your team be available for a 20-minute recorded interview, or to send a written statement? If not, we'll mention that we reached out for comment.

Best,
Tobias Renner
Host, ByteBeat
''', fmt='alt')

M('en', 'RC TI', '-', 'emailed twice and called once; router bricked by firmware update',
  ('Sandra Kowalczyk', 'sandra.kowalczyk@brightline.example'),
  'Router firmware update bricked it', '''
Hi,

I have already emailed twice (on 2 and 6 February) and called once and I'm still waiting for an answer, so trying again.

After the automatic firmware update on 1 February my router's lights just blink red and it doesn't get past startup. Factory reset with the pin does nothing. Model XR-500, serial XR5-22871-KL. I need either instructions that actually work or a replacement.

Sandra
''', fmt='plain', cs='utf-8', cte='8bit')


# Customer mail, English, with at least one trigger (part 2).

M('en', 'LT SD', '-', 'storm damage claim denied; attorney instructed; "outrageous", "disgusted"',
  ('Curtis Langford', 'curtis.langford@prairiemail.example'),
  'Claim 2025-HO-88123 denial', '''
I received your letter dated January 9 denying my claim for the roof and ceiling damage from the November 18 hailstorm. Your adjuster came out, took photos, agreed on site that it was storm damage, and now the letter says "wear and tear". That is outrageous and frankly I'm disgusted at how you treat people who've paid premiums to you for 19 years without a single claim.

I have instructed an attorney, Ms. Dana Ruiz, and she will be in contact with your claims department next week. Please preserve all photos and notes from the inspection.

Curtis Langford
Policy HO-4471-2290
''', client='outlook', fmt='plain', cs='us-ascii', cte='quoted-printable')

M('en', 'RC RG', '-', 'third request to erase data, marketing mails continue; GDPR violation, will complain to data protection authority',
  ('Ines Vandermeer', 'ines.vandermeer@tulpmail.example'),
  'Third request: delete my personal data', '''
Dear data protection team,

This is the third time I am asking you to delete my account and all personal data you hold on me (first request 2 December, second 3 January, both via the form on your website; I have the confirmation numbers DSR-10277 and DSR-11904).

Not only has nothing happened, I am still receiving your marketing newsletter several times a week although I unsubscribed in November. This is a clear violation of the GDPR. If I do not receive confirmation of erasure within 14 days, I will file a complaint with the Dutch data protection authority (Autoriteit Persoonsgegevens).

Kind regards,
Ines Vandermeer
''', cs='iso-8859-1', fmt='alt')

M('en', 'CC', '-', 'asks head-office switchboard number, not the support line',
  ('Gerald Fenwick', 'gerald.fenwick@oldmill.example'),
  'phone number for head office', '''
Hello,

I don't want the customer service line please, I've rung it before. Could you give me the phone number for your head office / corporate switchboard? I'd like to speak to someone there about the way the Northgate branch has handled my account closure.

Thank you
G. Fenwick
''', fmt='plain', client='web', cs='us-ascii', cte='7bit')

M('en', 'BD EX', '-', 'roaming €312.40 charged although EU roaming included; sent complaint to CEO and board',
  ('Aoife Gallagher', 'aoife.gallagher@clovermail.example'),
  'Roaming charges of €312.40 on my January bill', '''
Hi,

My January bill includes €312.40 of "roaming data - zone 1". I was in Spain for a week. My plan (Unlimited Plus) includes EU roaming at no extra cost, it says so on your own website and in my contract summary, which I've attached.

I've already been on the phone about this and was told the charge is correct, which it isn't. So I've now sent the whole thing to your CEO and to the members of your board whose addresses are in the annual report. I'd still prefer if you just fixed it.

Aoife
''', att=[('pdf', 'contract_summary_unlimited_plus.pdf')], client='gmail')

M('en', 'CT SI', 'conditional', 'unknown logins from abroad on camera account, live feed viewed; will return cameras if not explained',
  ('Nathaniel Brooks', 'nate.brooks@cedarpost.example'),
  'Logins from Romania and Brazil on my camera account??', '''
Hi,

The "recent activity" page in the app shows sign-ins to my account from Bucharest on Sunday and from São Paulo yesterday, plus "live view started" on the living room camera both times. Nobody in my house has been to either place. I have changed my password and signed out all devices.

I need you to tell me what was accessed, for how long, and whether anybody saved any video. There are kids in that room. If I can't get a straight answer on who was watching, the three cameras are going back and I'm closing the account.

Nathaniel Brooks
''', client='apple', cs='utf-8', cte='8bit')

M('en', 'DL MR TI', '-', 'January invoices missing after unrequested restore in accounting SaaS; asks escalation',
  ('Moira Chisholm', 'moira@chisholm-accounts.example'),
  'January invoices disappeared after your "restore"', '''
Good morning,

After last Thursday's maintenance, all sales invoices we created between 1 and 31 January have vanished from our company file — 214 invoices. The audit log shows an entry "restore from snapshot 2025-12-31" at 02:14 that none of us triggered. Our VAT return is due on the 7th of next month.

Your first-line team have told me twice to "clear the browser cache". With respect, this needs to go to someone senior in your engineering or data team today. Please escalate it.

Moira Chisholm
Chisholm Accounting Services
''', client='outlook', cs='windows-1252', cte='quoted-printable')

M('en', 'BP OU TI', '-', 'whole street without broadband for 2 days; promised fix by Monday missed',
  ('Rashid Benali', 'rashid.benali@elmstreet-mail.example'),
  'No broadband on Harcourt Road since Saturday', '''
Hiya,

We've had no internet since Saturday morning, and it's not just us – I've spoken to the neighbours at 12, 14 and 19 and they're with you too and they're all off as well. The router says "no DSL sync".

When I rang on Saturday I was told it was a known fault and "an engineer will have it fixed by Monday at the latest". Today's Tuesday. No engineer that I can see and nobody has updated us.

Can you give me an actual time please? I work from home.

Rashid
''', cs='utf-8', cte='8bit', fmt='plain', client='mobile')

M('en', 'CT', '-', 'announces switching provider after repeated price rises',
  ('Beverley Shaw', 'bev.shaw@lakeside-home.example'),
  'Not renewing - price rises', '''
Hello,

That's the third price increase on my broadband since last March, and each time the letter says it's to "improve your experience" while nothing changes. I'm not prepared to keep paying more for the same thing.

When my contract ends on 14 May I'll be moving to another provider. Please make sure nothing auto-renews and tell me what I need to do about the router.

Beverley Shaw
''', cs='iso-8859-1', cte='8bit')

M('en', 'MT TI', '-', 'doorbell offline for a week; will write it up on his 12k-reader blog',
  ('Sebastian Hale', 'seb@halehomeblog.example'),
  'Doorbell offline since firmware 3.8 - blog post incoming', '''
Hi there,

My video doorbell has been showing "offline" in the app since firmware 3.8 installed itself last Tuesday. Wi-Fi is fine (every other device works, signal at the door is -52 dBm), I've power cycled it, re-added it, reset it. It connects for about 30 seconds and drops.

Fair warning: I write a smart-home blog with around 12,000 monthly readers and I've been pretty positive about you in the past. I'm writing up the 3.8 saga this weekend, so if there's a fix or at least an explanation I'd genuinely like to include it.

Seb
''', client='gmail', fmt='alt')

M('en', 'CC DH', '-', 'installer made sexual remarks and asked for her number; asks for HR/legal contact',
  ('Danielle Price', 'danielle.price@riverbend.example'),
  'Behaviour of your installation engineer on 28 January', '''
Hello,

Your engineer came to install my fibre on 28 January. While he was in the flat he made several comments about my body and what I was wearing, asked whether I lived alone, and before leaving he asked for my personal number "for after work". I was alone and felt very uncomfortable. The next day I got a WhatsApp message from an unknown number saying "nice meeting you yesterday x".

I don't want to discuss this through the normal support queue. Please give me a direct contact for your HR department or your legal department, and the head office address, so I can make a formal complaint.

Danielle Price
''', fmt='html', client='web')

M('en', 'SA TI', '-', "kids' smartwatch battery swelling and hot on child's wrist",
  ('Hamid Rostami', 'hamid.rostami@bluefin.example'),
  'KidWatch battery swelling', '''
Hello,

My son's KidWatch S2 has started bulging at the back – the case has actually split a little and you can see the battery. It was warm on his wrist this morning and he said it was "stinging". We took it off immediately and it's now in a metal tin outside.

I've read that swollen lithium batteries can catch fire, so please tell me how to return it safely. Order no. KW-550127.

Hamid
''', client='mobile', fmt='plain', cte='quoted-printable')

M('en', 'LT SA TI', '-', 'rental e-scooter brake failed, fall and fractured wrist; personal injury lawyer',
  ('Olivia Brennan-Hart', 'olivia.bh@northquay.example'),
  'Brake failure on scooter 4471 - injury', '''
To the safety team,

On 5 February at about 18:20 I rented scooter #4471 through your app near Northquay station. Going down Mill Lane the rear brake did nothing at all – the lever went straight to the handlebar. I came off at the bottom of the hill and fractured my left wrist. I have the A&E discharge letter.

The app shows the ride, and I reported the brake in the app immediately afterwards (report ID R-88412). I have since spoken to a personal injury lawyer, who will be writing to you separately. Please take that scooter out of service before somebody else gets hurt.

Olivia Brennan-Hart
''', client='apple')

M('en', 'BP HV', '-', 'inverters $23,750 promised for the 15th not delivered',
  ('Wesley Okonkwo', 'wes@sunridge-solar.example'),
  'PO 3318 - 25x inverters - missed delivery', '''
Hi,

Our PO 3318 (25 x HX-10 inverters, $23,750.00, paid on 2 January) was confirmed by your sales rep Karen for delivery "no later than the 15th". It's the 22nd. The tracking link still says "label created". We have three installations booked for next week that depend on these units.

I need to know today where they are and when they will arrive.

Wesley Okonkwo
Sunridge Solar Installations
''', client='outlook', cs='us-ascii', cte='7bit', fmt='alt')

M('en', 'HV MR TI', '-', 'enterprise contract €96,000/yr, SSO login broken for a month; wants escalation above account manager',
  ('Katrin Solberg', 'k.solberg@meridian-logistics.example'),
  'SSO broken for 4 weeks - escalation needed', '''
Hello,

For four weeks now, SSO login via our Azure tenant fails for about a third of our users with "SAML response signature invalid". Our account manager has been helpful but says it's "with engineering" and that's all we hear.

We are paying €96,000 a year for this contract, and the workaround (local passwords) is a compliance problem for us. I'd like this escalated above the account manager, to whoever heads support or engineering on your side, and a call this week.

Best regards,
Katrin Solberg
Head of IT, Meridian Logistics
''', client='outlook', fmt='alt', cs='utf-8', cte='quoted-printable')

M('en', 'BD RC', '-', 'fifth time explaining a wrongly charged £8.50 return fee',
  ('Lorraine Pugh', 'lorraine.pugh@valleymail.example'),
  'returns fee - fifth time explaining', '''
Hello,

I feel like I'm going mad. This is the FIFTH time I am explaining this to your team, after three chats and an email.

Your returns page says returns are free for faulty items. The kettle was faulty (it leaked from the base, you accepted that). You still deducted £8.50 "return shipping" from my refund. I want the £8.50 back. That's all.

Lorraine
''', cs='windows-1252', cte='8bit')

M('en', 'BP SD', '-', 'installer missed two booked slots; "utterly disgraceful"',
  ('Terence Oduya', 'terence.oduya@greenfinch.example'),
  'Missed installation - AGAIN', '''
Twice now I have taken a day off work for your installation appointment, and twice nobody has turned up. On the 9th your system sent me a text "Your engineer is on the way" at 11:02 and then nothing. On the 20th I had a confirmation email the night before and again no-show.

This is utterly disgraceful. I have lost two days' pay waiting for people who were never coming.

Terence Oduya
''', fmt='plain', cs='us-ascii')

M('en', 'FR', '-', 'asks for a bulk-update API endpoint',
  ('Joanna Petrakis', 'joanna.petrakis@olivegrove.example'),
  'Bulk update endpoint?', '''
Hi,

We sync about 8,000 product prices from our ERP into your store every night. Right now that's 8,000 individual PUT /products/{id} calls, which takes nearly two hours.

Would you consider adding a bulk endpoint that takes, say, up to 500 products per request? Pretty much every other platform we've used has one, and it would make our nightly job a lot less fragile.

Thanks,
Joanna
''', client='tb', cte='8bit')

M('en', 'CT FR', 'conditional', 'needs hardware-key 2FA before June audit, otherwise will have to move',
  ('Arjun Mehta', 'arjun.mehta@quantfold.example'),
  'Hardware security keys for 2FA', '''
Hello,

We currently use your authenticator-app 2FA. Our auditors have told us that by our June certification all admin accounts must use phishing-resistant authentication, i.e. FIDO2 / hardware security keys.

Could you please add support for hardware keys (WebAuthn)? I'm asking formally because it matters: if it isn't available by June, we will unfortunately have to move to a platform that has it, even though we're otherwise very happy.

Regards,
Arjun Mehta
Security & Compliance, Quantfold
''', client='gmail')

M('en', 'LT RG SI', '-', 'company breach notice: her passport data leaked; complaint to data protection authority and lawyer',
  ('Eleanor Whitlock', 'eleanor.whitlock@primrose.example'),
  'Your breach notification of 3 February', '''
Dear Sir/Madam,

Your letter of 3 February informs me that my name, address, date of birth and passport number were among the data "accessed by an unauthorised third party" in January. Your letter took a month to arrive and offers nothing but a discount code.

I have lodged a complaint with the data protection authority and I have asked my lawyer to look into a claim for damages on my behalf. Please confirm in writing exactly which of my data were taken and when you discovered it.

Eleanor Whitlock
''', client='outlook', fmt='plain', cs='iso-8859-1', cte='quoted-printable')

M('en', 'EX MT SD', '-', 'flights cancelled without notice; emailed CEO, posting on Facebook; "appalling", "worst"',
  ('Gary Pemberton', 'gary.pemberton@wharfmail.example'),
  'Cancelled flights, no notice, no help - appalling', '''
We turned up at the airport for our family holiday (booking FH-229104, 2 adults, 3 kids) to find that our outbound flights had been cancelled by your company three days earlier and nobody told us. Nobody emailed, nobody texted. Your phone line had a 2-hour queue and then hung up on us.

This is appalling and by a distance the worst experience we've ever had with a travel company. I have emailed your CEO directly tonight and I'm posting the whole story with photos of my kids asleep on the airport floor on Facebook.

Gary Pemberton
''', client='mobile', fmt='html')

M('en', 'DH', '-', 'delivery driver made racist remark',
  ('Kwame Asante', 'kwame.asante@pinecrest.example'),
  'Your delivery driver', '''
Hello,

On Thursday afternoon one of your own delivery drivers (van with your logo, reg ending KLX) delivered my parcel. When I opened the door he looked at me and said "didn't think your lot could afford stuff from here". He then dropped the box on the step and walked off laughing.

I'd like to know what you intend to do about this. Order number 71144-D if you need to identify the driver.

Kwame Asante
''', cs='us-ascii')

M('en', 'DH SD', '-', 'chat agent mocked accent and grammar; "beyond angry"',
  ('Ngozi Eze', 'ngozi.eze@harmattan.example'),
  'Your chat agent mocked my English', '''
Good day,

Yesterday in your live chat I asked for help with my prepaid card, which was not accepted at the ATM. Your agent "Jess" wrote, after I made a typing mistake, "maybe try in proper english and we'll get somewhere", and later "I don't understand your accent even in writing lol". I have saved the transcript.

I am beyond angry. I am a customer paying for a service and I am not to be laughed at because English is my second language.

Ngozi Eze
''', att=[('txt', 'chat_transcript_2026-02-11.txt', """
[14:02] Customer: hello my card is not acept at ATM
[14:03] Jess: maybe try in proper english and we'll get somewhere
[14:05] Customer: the prepaid card, it is refused at atm since monday
[14:07] Jess: I don't understand your accent even in writing lol
[14:07] Jess: have you tried another ATM
""")], mixed_body='plain')

M('en', 'CC EX', '-', 'asks who is on the board and the address to write to the chairman',
  ('Humphrey Aldridge', 'h.aldridge@westcombe.example'),
  'Contact for your chairman', '''
Dear Sirs,

Would you kindly let me have the names of your board of directors and a postal address at which I may write to the chairman personally? My complaint about the closure of the Westcombe branch and the loss of face-to-face banking for elderly customers has not, in my view, been given proper consideration at branch level.

Yours faithfully,
Humphrey Aldridge
''', fmt='plain', cs='iso-8859-1', cte='7bit', client='web')

M('en', 'CC', '-', 'subject access request; asks registered office address and DPO contact',
  ('Maya Lindgren', 'maya.lindgren@fjordpost.example'),
  'Subject access request + registered address', '''
Hello,

I'd like to make a subject access request for all personal data you hold about me (account ML-30219).

Before I send it formally, could you confirm your registered company address and the email address of your Data Protection Officer? Your website only lists the support form and I want it to reach the right people.

Thanks,
Maya Lindgren
''', client='gmail', fmt='alt')

M('en', 'OU TI', 'other', 'all 500 errors; "third time this month" counts outages, not contacts',
  ('Carlos Mendes', 'carlos.mendes@brightwave.example'),
  'Everything 500 again', '''
Hi,

Third time this month: the whole platform is returning 500 Internal Server Error, admin panel, storefront, API, everything. Started 09:52 our time. Our shop is basically closed until you fix it.

I can send screenshots if it helps, but it's really everything.

Carlos
''', client='gmail', cs='utf-8', cte='base64', fmt='plain')

M('en', 'CT OU SD TI', '-', 'hosted phone system dead for whole office; "absolutely unacceptable"; moving provider',
  ('Lydia Farrow', 'lydia.farrow@farrow-estates.example'),
  'Phones down all morning', '''
Not one of our 30 desk phones has been able to make or receive a call since 8am. The handsets show "registration failed" and your softphone app says "service unavailable". We're an estate agency. Phones are the job.

This is absolutely unacceptable, and it's the second full-day outage since Christmas. I've asked our office manager to start getting quotes from other providers this afternoon and we'll be moving as soon as we can.

Lydia Farrow
Director, Farrow Estates
''', client='outlook', fmt='alt', hdrs=['Importance: high'])

M('en', 'SI TI', '-', 'password reset mail for his account delivered to another customer',
  ('Ethan Calloway', 'ethan.calloway@redkite.example'),
  'Password reset email went to someone else', '''
Hello,

Something odd and a bit alarming: a colleague at another company (completely unrelated account) forwarded me a password reset email for MY account that he'd received. It has my username in it and the reset link worked – I tested it and it let me set a new password, so anyone with that email could have taken over my account.

I've changed my password again myself. Looks like your reset emails are going to the wrong recipients. Can you check?

Ethan
''', cs='us-ascii', fmt='alt')

M('en', 'BD SI', '-', 'someone used his saved card for 3 phones (£2,697) without authorisation',
  ('Jamal Richardson', 'jamal.richardson@northlane.example'),
  'Orders I did not place - 3 phones charged to my card', '''
Hi,

Last night I got three order confirmations (ORD-993012, 993013, 993014) for phones being shipped to an address in Leeds I've never heard of. £899 each, £2,697 total, all charged to the card saved in my account. I didn't make these orders. My login email was changed too, and I've only just got back in via the "forgot password" link.

Please cancel the orders, stop the shipping and refund the £2,697. I've also told my bank.

Jamal
''', client='gmail')

M('en', 'DL TI', '-', 'phone-to-phone transfer with their app lost all photos from 2023',
  ('Priscilla Yeo', 'priscilla.yeo@lotusmail.example'),
  'photos missing after transfer', '''
Hi,

I used your PhoneSwitch app to move everything from my old phone to my new one. The transfer said "100% complete" but all my photos from 2023 are missing on the new phone, it jumps from December 2022 to January 2024. The old phone I already did factory reset because the app told me it was safe to do so.

These were photos of my father who passed away last year. Is there any log or temporary copy?

Priscilla
''', client='mobile', cs='utf-8', cte='8bit')

M('en', 'BP MT', 'other', 'promised manager callback never happened (not a request); will leave public reviews',
  ('Howard Lim', 'howard.lim@bayside.example'),
  'Still no callback', '''
Hi,

On 2 February your agent told me "my manager will call you back before the end of the week to sort out the credit". It's the 16th and I've had no call from any manager or anyone else.

I've been patient. If I don't hear anything by Friday, I'm putting the whole story up on Google reviews and the local community Facebook group, which has 9,000 members who all use your broadband.

Howard
''', cs='utf-8', cte='quoted-printable')

M('en', 'BD CT', '-', 'roaming €287 charged despite included roaming; will port number away',
  ('Sinead Byrne', 'sinead.byrne@harbourmail.example'),
  'Wrong roaming charges + porting my number', '''
Hi,

There's €287.60 of roaming on my latest bill from a weekend in Lisbon. Roaming in the EU is included in my tariff and I didn't leave the EU. Please remove it.

To be honest I'm fed up – it's the second billing mistake in three months. I've already asked for my PAC code from the new network and I'll be porting my number as soon as this is cleared.

Sinead
''', client='gmail', cs='iso-8859-15', cte='8bit')

M('en', 'RG TI', '-', 'broadband far below guaranteed minimum speed; complaint filed with Ofcom',
  ('Trevor Holt', 'trevor.holt@moorland.example'),
  'Speeds nowhere near the minimum guaranteed', '''
Hello,

Since November my fibre connection has been averaging 6–9 Mbps download on a 150 Mbps package with a guaranteed minimum of 75 Mbps. I've run speed tests wired to the router every evening for a month (spreadsheet attached). The line test your agent ran also failed with "sync errors".

I've filed a complaint with Ofcom today since I'm not getting anywhere.

Trevor Holt
''', att=[('txt', 'speedtests_nov-dec.csv', """
date,time,download_mbps,upload_mbps,ping_ms
2025-11-03,20:14,8.2,4.1,38
2025-11-04,20:31,6.7,3.9,41
2025-11-05,19:58,9.1,4.3,35
2025-11-06,21:02,7.4,4.0,44
""")], mixed_body='plain')

M('en', 'BD RG', '-', 'unauthorised "protection plan" $19.99/month added; complaint to state attorney general',
  ('Rosalind Hayes', 'rosalind.hayes@sagebrush.example'),
  'Charges for a protection plan I never agreed to', '''
To whom it may concern,

I found out this month that since August I have been charged $19.99 per month for a "Device Protection Plus" plan on my phone account. I never agreed to this, I never signed anything, and nobody mentioned it when I bought the phone. That's $119.94 so far.

I want every one of those charges refunded. I have also sent a complaint to the state Attorney General's consumer division, because I've read online that I'm not the only one this has happened to.

Rosalind Hayes
''', cs='us-ascii', cte='7bit', fmt='plain')

M('en', 'MR', '-', 'asks a supervisor to review an insurance claim decision',
  ('Philippa Grant', 'philippa.grant@millbrook.example'),
  'Request for review of claim decision', '''
Dear claims team,

Thank you for your letter regarding claim PG-50021 (stolen bicycle). I understand your reasoning about the lock, but I don't think it takes into account that the bike was inside a locked communal garage, which I explained on the phone.

I would like the decision to be looked at again by a supervisor or senior claims handler, not the same person. Could you please arrange that?

Kind regards,
Philippa Grant
''', client='outlook', cs='windows-1252', cte='quoted-printable', fmt='alt')

M('en', 'HV MR', '-', '120 chairs $31,200 damaged in transit (courier damage, not technical); asks escalation to sales director',
  ('Diego Navarro', 'diego.navarro@coworkhub.example'),
  'Order 88-2041: chairs damaged - please escalate', '''
Hi,

Our order 88-2041 (120 x ErgoPro task chairs, $31,200.00) arrived Friday. At least 35 of them have cracked bases or bent gas lifts – the pallets were clearly dropped, two were crushed on one side. We signed for the pallets "damaged" and took photos.

We're opening a new coworking floor on the 3rd. Please escalate this to your sales director or whoever can authorise an immediate replacement, this is too big and too urgent for a standard returns form.

Diego Navarro
Operations, CoWork Hub
''', client='gmail', fmt='alt')

M('en', 'BD HV', '-', 'invoice $8,940 debited twice',
  ('Alicia Brandt', 'alicia.brandt@brandtmedia.example'),
  'INV-44102 paid twice', '''
Hi billing team,

Our bank shows invoice INV-44102 ($8,940.00 for the annual media licence) debited twice, on 2 and 3 February, same amount, same reference. We only owe it once.

Can you refund the duplicate payment to the same account please, and send me a confirmation for our books?

Thanks,
Alicia Brandt
Finance, Brandt Media
''', cs='us-ascii', fmt='plain', client='outlook', cte='quoted-printable')

M('en', 'BP HV LT', '-', 'consultancy contract $62,000, deliverables due 31 Dec never delivered; outside counsel engaged',
  ('Bernard Achterberg', 'b.achterberg@achterberg-legal.example'),
  'Statement of Work 2025-17 - non-performance', '''
Dear Mr. Ostrowski,

Under Statement of Work 2025-17 (contract value $62,000), your team was to deliver the data migration and the reporting module by 31 December 2025. Neither has been delivered, and our last three status calls were cancelled at short notice by your side.

We have engaged outside counsel, who will be sending a formal notice of breach under clause 14 of the Master Services Agreement. I would still welcome a proposal for completing the work before that becomes necessary.

Bernard Achterberg
Chief Operating Officer
''', client='outlook', fmt='alt', cs='utf-8', cte='quoted-printable')

M('en', 'SD TI', '-', 'app update broke everything; "pathetic", "disgusting"',
  ('Kyle Sutherland', 'kyle.sutherland@tideline.example'),
  'your new app is pathetic', '''
who signed off on this update?? the new app wont even load my accounts, just the spinning logo for a minute and then "Something went wrong". the old one worked fine. it's pathetic. absolutely disgusting that a bank with your money can't test an app before pushing it to millions of people.

give me the old version back

kyle
''', client='mobile', fmt='plain', cs='utf-8', cte='8bit')

M('en', 'BD SD', '-', '£45 "admin fee" for moving house; "daylight robbery", "absolutely fuming"',
  ('Shirley Bancroft', 'shirley.bancroft@ashgrove.example'),
  '£45 admin fee??', '''
I have just seen a £45 "account administration fee" on my bill because I moved house. Nobody told me about any fee when I phoned to give you the new address, in fact the girl on the phone said it was "all free of charge". This is daylight robbery and I'm absolutely fuming.

Take the £45 off my bill please.

Shirley Bancroft
''', cs='iso-8859-1', cte='8bit', fmt='plain')

M('en', 'CT EX TI', '-', 'six months of unresolved sync issues; wrote to the COO; will not renew',
  ('Nadia Farouk', 'nadia.farouk@silvergate.example'),
  'Renewal - decision', '''
Hi,

After six months of unresolved sync issues between your app and our warehouse system, we've decided not to renew in April. I've written to your Chief Operating Officer this morning with a summary of the tickets and the business impact, so that he hears it from a customer directly.

Please let me know the process for exporting our historical data.

Nadia Farouk
''', client='outlook')

M('en', 'MT RC', '-', 'fourth call/email about a missed repair; contacting local TV consumer programme',
  ('Raymond Oakes', 'ray.oakes@kingsmere.example'),
  'Washing machine repair - 4th attempt to get an answer', '''
Hello,

This is the fourth time I've tried to get an answer from you (two calls, one webform, now this). The repair for my washing machine under the extended warranty was cancelled twice without explanation, and nobody can tell me why.

I've had enough. I've been in touch with the consumer segment of our local TV news, who are interested in stories like mine, and unless somebody calls me this week they will be covering it.

Raymond Oakes
''', cs='us-ascii', cte='7bit')

M('en', 'FR', '-', 'asks to add Apple Pay at checkout',
  ('Lena Fischer', 'lena.fischer@bluebird.example'),
  'Apple Pay please!', '''
Hey!

Love your shop, ordered three times this winter. One wish: please add Apple Pay at checkout. Typing my card number on my phone every time is such a pain, and I abandoned a basket last week because I was on the bus and couldn't be bothered. I bet I'm not the only one.

Thanks :)
Lena
''', client='mobile', fmt='html')

M('en', 'FR', 'title', 'IT manager asks for SCIM provisioning; job title is not a request',
  ('Gavin Murray', 'gavin.murray@lochside.example'),
  'Feature request: SCIM user provisioning', '''
Hi,

I'm the IT manager here at Lochside Distillers and look after our 85 seats on your platform.

We'd really like SCIM 2.0 provisioning so that joiners and leavers in our identity provider are created and deactivated automatically. Today I do it by hand, and more than once a leaver's account has stayed active for weeks because I only heard about it later. Any chance of getting this on the roadmap?

Cheers,
Gavin Murray
IT Manager, Lochside Distillers
''', client='outlook', fmt='alt')

M('en', 'TI', 'quoted', 'current text reports an import error only; his quoted earlier mail threatened to sue',
  ('Norman Fairweather', 'norman.fairweather@holloway.example'),
  'Re: Import fails', '''
Thanks for the reply. I tried your suggestion (saving the file as UTF-8 CSV) and the import now gets further but still fails at row 1,204 with "Unexpected value in column 'date_due'". The value in that row is 31/04/2026 which I admit is not a real date, but it should skip the row, not abort the whole import.

Norman

On 12/02/2026 09:30, Example Support wrote:
''' + q('''
Dear Norman,

Thank you for your patience. Could you try saving the file as
"CSV UTF-8" from Excel and importing it again?

Kind regards,
Example Support

On 11/02/2026 17:02, Norman Fairweather wrote:
> This is ridiculous. Three days of my time wasted on your import
> tool. If it is not fixed by Friday I will cancel and I will be
> talking to my lawyer about the fees I've paid for nothing.
'''), reply=2, client='tb', cte='8bit')

M('en', 'TI', 'signature', 'PDF download broken; legal disclaimer mentions legal action and unauthorised use',
  ('Harriet Vance', 'harriet.vance@vance-partners.example'),
  'Statement PDF downloads are blank', '''
Hello,

Since Monday every statement PDF I download from the business portal is a blank white page (1 page, 2 KB). Older statements from last year download fine. Browser: Edge 121, also tried Firefox.

Could you look into it? Our accountant needs January's statement.

Harriet Vance
Vance & Partners LLP

--------------------------------------------------------------
This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, any unauthorised use, disclosure or copying is strictly prohibited and may be unlawful; we reserve the right to take legal action. Vance & Partners LLP is regulated by the Solicitors Regulation Authority. Please consider the environment before printing this email.
''', client='outlook', fmt='alt', cs='utf-8', cte='quoted-printable')

M('en', 'TI', 'negation', 'sync crash; explicitly not cancelling, no data lost',
  ('Rosie Tennant', 'rosie.tennant@wildflower.example'),
  'app crashes when syncing (not cancelling, just want it fixed)', '''
Hi there,

Before anything else – I'm not going to cancel or anything dramatic, I really like the app! But since the last update it crashes every time I tap "Sync now" on my Android tablet. It just closes. It works on my phone. I checked and nothing has been lost, my recipes are all still there on the web version.

Tablet is a Galaxy Tab A8, app version 4.12.0.

Thanks!
Rosie
''')

M('en', 'TI', 'reported', 'colleague jokes about suing; customer only wants bug fixed',
  ('Dominic Asher', 'dominic.asher@tallpine.example'),
  'Timesheet approval button does nothing', '''
Hi,

Since this week, when managers click "Approve" on a timesheet nothing happens – the button greys out for a second and the timesheet stays "Pending". Console shows "TypeError: cannot read properties of undefined (reading 'approverId')". Affects all 9 of our approvers.

Our payroll guy joked this morning that we should sue you for his lost weekend, ha. I'd settle for a fix before Thursday's payroll run.

Dominic
''', client='gmail', fmt='alt')

M('en', 'BD', 'policy_question', 'asks about refund policy but also disputes a double charge',
  ('Carmen Whitley', 'carmen.whitley@sunnyside.example'),
  'refund policy + double payment', '''
Hi,

Two questions really. First, what is your refund policy for concert tickets if the event is rescheduled? I can't find it on the website.

Second and more important: when I bought my tickets for the 14 March show I think I pressed "Pay" twice by accident, and now my card shows two charges of $156.00. I only received one set of tickets. Could you refund the second $156.00 please?

Thanks,
Carmen
''', cs='us-ascii', cte='quoted-printable')


# Customer mail, German, with at least one trigger.

M('de', 'OU RC RG TI', '-', 'ganzer Ort seit 5 Tagen ohne DSL; viertes Mal; Beschwerde bei der Bundesnetzagentur',
  ('Jürgen Halbach', 'j.halbach@dorfnetz.example'),
  'Seit 5 Tagen kein Internet - ganzer Ort betroffen', '''
Sehr geehrte Damen und Herren,

ich melde mich jetzt zum vierten Mal wegen derselben Sache (zweimal Hotline, einmal Kontaktformular, jetzt diese Mail). Seit Freitag haben wir in Oberweiler kein Internet und kein Telefon. Laut Ihrer Störungsstelle ist der ganze Ort betroffen, ein Techniker sei "beauftragt". Seitdem passiert nichts, die Störungsseite zeigt weiterhin "in Bearbeitung".

Ich arbeite im Homeoffice und bin auf die Leitung angewiesen. Ich habe heute bei der Bundesnetzagentur eine Beschwerde eingereicht und werde für den Ausfallzeitraum eine Minderung geltend machen.

Mit freundlichen Grüßen
Jürgen Halbach
Kundennummer 4400187223
''', cs='iso-8859-1', cte='8bit', fmt='plain', client='web')

M('de', 'BD BP LT', '-', 'Reise doppelt abgebucht (2x 1.249 €); zugesagte Rückbuchung nicht erfolgt; Anwalt eingeschaltet',
  ('Sabine Krüger', 'sabine.krueger@postfach.example'),
  'Doppelte Abbuchung Buchung RB-20931', '''
Guten Tag,

für unsere Pauschalreise nach Mallorca (Buchung RB-20931) wurde der Reisepreis von 1.249,00 € zweimal von meinem Konto abgebucht, am 3. und am 4. Februar. Ich habe Ihnen das am 5. Februar telefonisch gemeldet, man hat mir die Rückbuchung "innerhalb von drei Tagen" angekündigt. Passiert ist nichts.

Da es um viel Geld geht, habe ich inzwischen meinen Anwalt eingeschaltet. Er wird sich in den nächsten Tagen schriftlich bei Ihnen melden, sofern die 1.249,00 € nicht bis zum 20.02. wieder auf meinem Konto sind.

Freundliche Grüße
Sabine Krüger
''', cs='utf-8', cte='quoted-printable', fmt='alt', client='gmail')

M('de', 'BD CT RG', '-', 'Preiserhöhung falsch berechnet; Kündigung; Verbraucherzentrale eingeschaltet',
  ('Hans-Peter Vogt', 'hp.vogt@heimnetz.example'),
  'Rechnung Januar falsch + Kündigung', '''
Hallo,

auf meiner Januar-Rechnung steht für den Stromtarif "Klassik" ein Arbeitspreis von 41,9 ct/kWh. Vereinbart sind laut Vertrag und Ihrer eigenen Bestätigung vom Oktober 32,4 ct/kWh mit Preisgarantie bis Ende 2026. Daraus ergeben sich 68,40 € zu viel, die ich zurück haben möchte.

Ich habe die Unterlagen der Verbraucherzentrale gegeben, die sich den Fall anschaut. Außerdem kündige ich hiermit den Vertrag zum nächstmöglichen Zeitpunkt, eine Preisgarantie, die nichts wert ist, brauche ich nicht.

Gruß
Hans-Peter Vogt
''', cs='iso-8859-15', cte='8bit')

M('de', 'BP MR SD', '-', 'zugesagter Techniker dreimal nicht erschienen; bodenlose Frechheit; will Vorgesetzten',
  ('Melanie Ostrowski', 'melanie.ostrowski@kabelpost.example'),
  'Techniker nicht gekommen - ich will Ihren Vorgesetzten sprechen', '''
Hallo,

das ist jetzt wirklich eine bodenlose Frechheit. Dreimal wurde mir ein Techniktermin für den Glasfaseranschluss zugesagt (12.01., 26.01., 09.02.), dreimal habe ich mir freigenommen, dreimal kam niemand. Keine Absage, kein Anruf, nichts.

Ich will mit niemandem mehr aus der Hotline reden. Ich möchte, dass mich Ihr Vorgesetzter oder jemand aus der Teamleitung zurückruft, und zwar diese Woche. Tel. 0171 5550 1932.

Melanie Ostrowski
''', client='mobile', cs='utf-8', cte='8bit', fmt='plain')

M('de', 'DL TI', '-', 'Ordner in der Cloud nach App-Update leer',
  ('Florian Beck', 'florian.beck@mailwerk.example'),
  'Alle Ordner leer nach Update 7.1', '''
Hallo Support-Team,

nach dem Update der Desktop-App auf 7.1 sind in meinem Cloud-Speicher die Ordner "Steuer", "Verträge" und "Fotos 2024" leer. Die Ordner selbst sind noch da, aber 0 Dateien. Im Papierkorb ist nichts, in der Web-Oberfläche auch nichts. Vor dem Update waren da rund 3.400 Dateien drin.

Gibt es serverseitig eine Versionierung oder irgendeine Möglichkeit, das wiederherzustellen? Ich habe nichts gelöscht.

Viele Grüße
Florian Beck
''', client='tb', cte='quoted-printable')

M('de', 'SI TI', '-', 'sieht im Kundenkonto Adressen und Bestellungen eines anderen Kunden',
  ('Claudia Neumann', 'claudia.neumann@netzpost.example'),
  'Ich sehe fremde Bestellungen in meinem Konto', '''
Guten Abend,

seit heute Nachmittag sehe ich in meinem Kundenkonto unter "Meine Bestellungen" nicht nur meine eigenen, sondern auch mehrere Bestellungen einer mir unbekannten Frau aus Bielefeld, mit Lieferadresse, Telefonnummer und den bestellten Artikeln. Ich habe mich zweimal ab- und wieder angemeldet, es bleibt so.

Das dürfte umgekehrt ja auch heißen, dass andere meine Daten sehen können. Bitte kümmern Sie sich darum.

Claudia Neumann
''', cs='windows-1252', cte='8bit', fmt='alt')

M('de', 'SA TI', '-', 'Saugroboter-Akku qualmt beim Laden',
  ('Dirk Lehmann', 'dirk.lehmann@familie-lehmann.example'),
  'Saugroboter qualmt an der Ladestation!!', '''
Hallo,

unser Saugroboter RX-30 hat gestern Abend beim Laden angefangen zu qualmen, es roch nach verschmortem Plastik und an der Unterseite ist der Akkudeckel leicht aufgebläht. Ich habe ihn sofort vom Strom genommen und auf den Balkon gestellt.

Das Ding fährt normalerweise nachts, wenn wir schlafen. Mir wird ehrlich gesagt anders, wenn ich daran denke. Wie soll ich das Gerät jetzt zurückschicken, darf man so einen Akku überhaupt mit der Post versenden?

Gruß
Dirk Lehmann
''', client='gmail', fmt='alt')

M('de', 'HV MR', '-', 'Maschinenbestellung 12.800 € mit falscher Spannung geliefert; bittet um Eskalation an Vertriebsleitung',
  ('Katharina Wolff', 'k.wolff@wolff-metallbau.example'),
  'Auftrag 2026-0142 falsche Ausführung geliefert', '''
Sehr geehrte Damen und Herren,

am Montag wurde unsere Bestellung 2026-0142 geliefert (Bandsäge BS-420 inkl. Zubehör, Auftragswert 12.800,00 € netto). Bestellt und bestätigt war die Ausführung für 400 V Drehstrom, geliefert wurde die 230-V-Variante. Das Gerät kann in unserer Werkstatt so nicht betrieben werden.

Ihre Serviceabteilung hat auf meine Anfrage nur auf das Rücksendeformular verwiesen. Bei diesem Auftragswert erwarte ich, dass sich jemand aus Ihrer Vertriebsleitung persönlich darum kümmert. Bitte geben Sie den Vorgang entsprechend weiter.

Mit freundlichen Grüßen

Katharina Wolff
Geschäftsführerin
Wolff Metallbau GmbH
''', client='outlook', cs='iso-8859-1', cte='quoted-printable', fmt='alt')

M('de', 'FR', '-', 'Feature-Wunsch: Mehrsprachigkeit der Rechnungen und Kalenderexport',
  ('Tobias Reuter', 'tobias.reuter@reuter-design.example'),
  'Kleiner Wunsch für die Rechnungsfunktion', '''
Hallo zusammen,

erstmal ein Lob, Ihr Tool spart mir jeden Monat einen halben Tag Buchhaltung.

Ich habe inzwischen einige Kunden in Frankreich und Italien. Schön wäre, wenn man Rechnungen pro Kunde in einer anderen Sprache ausgeben könnte, also z.B. "Facture" statt "Rechnung" und die Positionen auf Englisch. Momentan baue ich die PDFs dafür von Hand nach.

Und wenn ich schon dabei bin: eine Möglichkeit, Zahlungsfristen als Kalendereintrag zu exportieren, wäre auch toll.

Beste Grüße aus Leipzig
Tobias
''', cs='utf-8', cte='8bit')

M('de', 'DH MR', '-', 'Hotline-Mitarbeiter mit abfälliger Bemerkung über Herkunft; möchte Teamleitung',
  ('Mehmet Yıldırım', 'mehmet.yildirim@kontor.example'),
  'Beschwerde über Hotline-Mitarbeiter', '''
Sehr geehrte Damen und Herren,

am 27.01. habe ich bei Ihrer Hotline angerufen, weil meine Kreditkarte bei einer Hotelbuchung abgelehnt wurde. Nachdem ich meinen Namen genannt hatte, sagte der Mitarbeiter: "Bei Leuten wie Ihnen schauen wir eben genauer hin." Auf meine Nachfrage, was er damit meint, sagte er nur, ich solle mich "nicht so anstellen".

Ich bin in Köln geboren und seit zwölf Jahren Ihr Kunde. So eine Behandlung wegen meines Namens ist diskriminierend. Ich bitte darum, dass sich ein Vorgesetzter oder die Teamleitung bei mir meldet.

Mit freundlichen Grüßen
Mehmet Yıldırım
''', cs='utf-8', cte='base64', fmt='plain', client='outlook')

M('de', 'CT EX', '-', 'hat den Vorstandsvorsitzenden angeschrieben; kündigt alle Verträge',
  ('Ulrich Brandstätter', 'u.brandstaetter@kanzlei-mail.example'),
  'Kündigung aller Verträge', '''
Sehr geehrte Damen und Herren,

nachdem sich seit Oktober niemand in der Lage sieht, die falsche Zuordnung meiner beiden Mobilfunkverträge zu korrigieren, habe ich mich heute mit einem Brief direkt an Ihren Vorstandsvorsitzenden gewandt.

Unabhängig davon kündige ich hiermit beide Verträge (Rufnummern enden auf 4471 und 8802) fristgerecht zum Vertragsende. Bitte bestätigen Sie mir die Kündigung schriftlich.

Mit freundlichen Grüßen
Ulrich Brandstätter
''', fmt='plain', cs='iso-8859-15', cte='8bit', client='tb')

M('de', 'BP MT', 'conditional', 'zugesagte Gutschrift nie gebucht; will sich an die Lokalzeitung wenden',
  ('Renate Schubert', 'renate.schubert@heimatmail.example'),
  'Gutschrift fehlt immer noch', '''
Guten Tag,

im Dezember hat mir Ihre Kollegin am Telefon fest zugesagt, dass ich als Entschädigung für den verpassten Techniker-Termin eine Gutschrift über 35 € bekomme, "auf der nächsten Rechnung". Die Januar-Rechnung kam, die Februar-Rechnung kam - keine Gutschrift.

Wenn das jetzt nicht endlich passiert, schreibe ich einen Leserbrief an unsere Lokalzeitung, die sammeln gerade Beschwerden über Telefonanbieter hier in der Gegend.

Renate Schubert
''', cs='iso-8859-1', cte='quoted-printable')

M('de', 'MT', '-', 'Redakteurin eines Verbrauchermagazins bittet um Stellungnahme',
  ('Dr. Anja Pfeiffer', 'a.pfeiffer@verbrauchermagazin.example'),
  'Presseanfrage: Abrechnungsfehler bei Smart-Meter-Kunden', '''
Sehr geehrte Damen und Herren,

ich bin Redakteurin beim Verbrauchermagazin "Geld & Haushalt" und recherchiere zu Beschwerden von Leserinnen und Lesern, deren Smart-Meter-Abrechnungen seit dem Jahreswechsel offenbar deutlich zu hohe Verbräuche ausweisen.

Für unseren Beitrag in der Märzausgabe bitte ich Sie um eine Stellungnahme zu folgenden Fragen:
1. Ist Ihnen das Problem bekannt?
2. Wie viele Kundinnen und Kunden sind betroffen?
3. Werden zu viel gezahlte Beträge automatisch erstattet?

Für eine Antwort bis zum 25. Februar wäre ich dankbar.

Mit freundlichen Grüßen
Dr. Anja Pfeiffer
Redaktion Geld & Haushalt
''', client='outlook', fmt='alt')

M('de', 'CC', '-', 'bittet um Anschrift der Geschäftsleitung und der Rechtsabteilung',
  ('Gerhard Lindner', 'gerhard.lindner@t-post.example'),
  'Anschrift Geschäftsleitung', '''
Sehr geehrte Damen und Herren,

bitte teilen Sie mir die vollständige Postanschrift Ihrer Geschäftsleitung sowie eine Kontaktadresse Ihrer Rechtsabteilung mit. Die Service-Hotline und das Kontaktformular sind mir bekannt, dort komme ich mit meinem Anliegen zur Abrechnung meiner Mietwohnung nicht weiter.

Mit freundlichen Grüßen
G. Lindner
''', fmt='plain', cs='iso-8859-1', cte='8bit', client='web')

M('de', 'RC TI', '-', 'schreibt zum vierten Mal: App stürzt beim Öffnen der Überweisung ab',
  ('Nina Hartmann', 'nina.hartmann@mailbox-de.example'),
  'Zum vierten Mal: App stürzt bei Überweisung ab', '''
Hallo,

ich schreibe Ihnen jetzt zum vierten Mal wegen des gleichen Problems, jedes Mal kommt eine Standardantwort.

Wenn ich in der Banking-App auf "Überweisung" tippe, stürzt die App sofort ab. iPhone 13, iOS 18.3, App-Version 6.2.0. Neu installiert, Handy neu gestartet, alles schon gemacht. Überweisungen gehen nur noch am PC.

Bitte leiten Sie das an jemanden weiter, der sich das technisch anschaut.

Nina Hartmann
''', client='mobile', cs='utf-8', cte='quoted-printable', fmt='plain')

M('de', 'BP CT', 'conditional', 'zugesagter Rückruf nicht erfolgt; kündigt, falls bis Monatsende nichts passiert',
  ('Andreas Pohl', 'andreas.pohl@pohlnet.example'),
  'Rückruf wurde zugesagt - nichts passiert', '''
Moin,

letzte Woche Dienstag wurde mir am Telefon ein Rückruf "spätestens Donnerstag" zugesagt, wegen der Umstellung meines Tarifs, die seit Dezember nicht durchgeführt wurde. Kein Rückruf.

Ich sag's wie es ist: Wenn das bis Ende des Monats nicht erledigt ist, kündige ich und gehe zur Konkurrenz. Angebote habe ich schon genug im Briefkasten.

Gruß aus Kiel
Andreas Pohl
''', cs='utf-8', cte='8bit', fmt='alt', client='gmail')

M('de', 'SA TI', '-', 'smarter Heizlüfter: Kabel geschmolzen, Brandgeruch',
  ('Petra Sommer', 'petra.sommer@sommerhaus.example'),
  'Heizlüfter HL-2 Kabel geschmolzen', '''
Guten Tag,

unser per App gesteuerter Heizlüfter HL-2 stand im Kinderzimmer. Heute Morgen hat es dort verbrannt gerochen, das Netzkabel direkt am Gerät ist geschmolzen und die Isolierung aufgeplatzt. Zum Glück war das Kind schon in der Schule.

Das Gerät ist drei Wochen alt. Ich möchte wissen, ob es ein bekanntes Problem ist und wie ich es zurückgeben kann. Benutzen werden wir es sicher nicht mehr.

Petra Sommer
''', client='outlook', cs='windows-1252', cte='quoted-printable')

M('de', 'DL SD TI', '-', 'Fotobuch-Projekt nach Speichern weg; stinksauer',
  ('Monika Gräf', 'monika.graef@fotofreunde.example'),
  'Fotobuch mit 120 Seiten einfach weg!!!', '''
Hallo,

ich habe drei Abende an einem Fotobuch zur Hochzeit meiner Tochter gesessen, 120 Seiten. Gestern Abend auf "Speichern" geklickt, Meldung "Fehler 0x8004 - Projekt konnte nicht gespeichert werden", und jetzt ist das Projekt in Ihrer Software komplett verschwunden. Im Ordner liegt nur noch eine Datei mit 0 KB.

Ich bin ehrlich gesagt stinksauer. So eine Software darf man nicht auf Menschen loslassen. Gibt es irgendeine automatische Sicherung?

Monika Gräf
''', cs='iso-8859-1', cte='8bit', fmt='plain')

M('de', 'OU TI', '-', 'Online-Banking seit Stunden nicht erreichbar, 503',
  ('Stefan Albrecht', 'stefan.albrecht@albrecht-it.example'),
  'Online-Banking down?', '''
Hallo,

seit ca. 7 Uhr ist das Online-Banking nicht erreichbar. Im Browser kommt "503 Service Unavailable", die App meldet "Verbindung zum Server nicht möglich". Bei Kollegen mit Konto bei Ihnen genau das Gleiche. Ich muss heute Gehälter für unser kleines Team anweisen.

Gibt es eine Störung und wann ist das behoben?

Stefan Albrecht
''', client='tb', fmt='plain', cs='utf-8', cte='8bit')

M('de', 'DH', '-', 'Zählerableser belästigt sie mit privaten Anrufen und Nachrichten',
  ('Laura Zimmermann', 'laura.zimmermann@stadtmail.example'),
  'Belästigung durch Ihren Mitarbeiter', '''
Sehr geehrte Damen und Herren,

am 14. Januar war ein Mitarbeiter Ihrer Firma zur Zählerablesung in meiner Wohnung. Seitdem ruft er mich auf meinem Handy an, dessen Nummer er offenbar aus den Kundendaten hat, und schickt mir Nachrichten, ob wir "mal was trinken gehen". Ich habe ihm zweimal klar gesagt, dass ich das nicht will. Gestern stand er abends vor meiner Haustür.

Ich fühle mich belästigt und habe Angst. Ich erwarte, dass Sie das sofort unterbinden.

Laura Zimmermann
''', cs='utf-8', cte='quoted-printable', fmt='alt')

M('de', 'HV LT', '-', 'Softwarelizenz 7.450 € falsch geliefert; rechtliche Schritte',
  ('Bernd Kowalski', 'b.kowalski@kowalski-steuer.example'),
  'Lizenzbestellung LZ-88120 - letzte Aufforderung', '''
Sehr geehrte Damen und Herren,

wir haben am 2. Januar 25 Jahreslizenzen Ihrer Kanzleisoftware "Pro" bestellt und bezahlt (Rechnung LZ-88120, 7.450,00 € brutto). Freigeschaltet wurden bis heute nur 25 Lizenzen der Version "Basic", in der die Fristenverwaltung fehlt, die wir dringend benötigen.

Trotz eines Hinweises an Ihren Vertrieb ist nichts passiert. Sollte die Umstellung nicht bis zum 28.02. erfolgen, werden wir rechtliche Schritte einleiten und die Rückabwicklung des Vertrags verlangen.

Mit freundlichen Grüßen
Bernd Kowalski
Steuerberater
''', client='outlook', fmt='alt', cs='iso-8859-15', cte='quoted-printable')

M('de', 'RG SI', '-', 'Rundmail mit allen Kundenadressen im offenen Verteiler; DSGVO-Verstoß, Beschwerde beim Datenschutzbeauftragten',
  ('Thomas Engel', 'thomas.engel@engelpost.example'),
  'Ihre Rundmail mit offenem Verteiler - DSGVO', '''
Guten Tag,

heute früh haben Sie eine Rundmail zur Wartung des Kundenportals verschickt, bei der alle Empfänger im offenen "An"-Feld standen. Ich sehe jetzt die privaten E-Mail-Adressen von über 300 anderen Kunden, und alle sehen meine.

Das ist ein klarer Verstoß gegen die DSGVO. Ich habe den Vorfall bereits beim Landesbeauftragten für Datenschutz gemeldet und erwarte von Ihnen eine Erklärung, wie das passieren konnte.

Thomas Engel
''', cs='utf-8', cte='8bit', fmt='plain', client='web')

M('de', 'CC EX', '-', 'möchte E-Mail-Adresse des Geschäftsführers, um ihm zu schreiben',
  ('Ingrid Schwarz', 'ingrid.schwarz@seniorenpost.example'),
  'E-Mail-Adresse Ihres Geschäftsführers', '''
Guten Tag,

können Sie mir bitte die E-Mail-Adresse Ihres Geschäftsführers geben? Ich möchte ihm persönlich schreiben, wie man als älterer Kunde in Ihrer Filiale behandelt wird, seit es dort keinen Schalter mehr gibt und man alles am Automaten machen soll.

Vielen Dank
Ingrid Schwarz
''', fmt='plain', cs='iso-8859-1', cte='8bit', client='web')

M('de', 'CT TI', 'conditional', 'Fitness-App zählt Schritte nicht mehr; kündigt, wenn nicht bis Monatsende behoben',
  ('Jan Köhler', 'jan.koehler@laufpost.example'),
  'Schrittzähler zählt seit Update nicht mehr', '''
Hi,

seit dem Update auf 3.4 zählt der Schrittzähler in eurer App nur noch, wenn die App im Vordergrund offen ist. Im Hintergrund: 0 Schritte. Die Uhr zeigt 11.000, eure App 340. Berechtigungen sind alle erteilt, neu gekoppelt habe ich auch schon.

Ich zahle für Premium genau wegen dieser Funktion. Wenn das bis Monatsende nicht behoben ist, kündige ich das Abo.

Jan
''', client='mobile', fmt='html', cs='utf-8')

M('de', 'FR TI', '-', 'DATEV-Export bricht ab; wünscht CSV-Vorlagen',
  ('Sandra Meißner', 'sandra.meissner@meissner-buero.example'),
  'DATEV-Export Fehler + Verbesserungsvorschlag', '''
Hallo liebes Support-Team,

beim DATEV-Export für Januar bricht der Vorgang bei ca. 60 % ab mit der Meldung "Export fehlgeschlagen: Ungültiges Belegdatum". Alle Belegdaten sind aber korrekt, im Dezember ging der Export mit denselben Einstellungen problemlos.

Und noch ein Vorschlag: Es wäre super, wenn man eigene CSV-Exportvorlagen speichern könnte (Spaltenreihenfolge, Trennzeichen). Ich stelle das jeden Monat neu ein.

Liebe Grüße
Sandra Meißner
''', cs='windows-1252', cte='8bit', fmt='alt')

M('de', 'BP', 'quoted', 'zugesagte Nachlieferung nicht erfolgt; Outlook-Zitat der Desk-Antwort (eskalieren) zählt nicht',
  ('Michael Brenner', 'michael.brenner@brenner-gmbh.example'),
  'AW: Ihre Anfrage 558201 - fehlende Kartons', '''
Hallo Frau Seidel,

in Ihrer Mail vom 15.01. (siehe unten) haben Sie mir zugesagt, dass die fehlenden zwei Kartons Kopierpapier aus Auftrag 558201 bis Ende Januar nachgeliefert werden. Heute ist der 12. Februar, angekommen ist nichts.

Können Sie bitte nachsehen, was da schiefgelaufen ist?

Viele Grüße
Michael Brenner

Brenner GmbH | Einkauf
Tel. +49 89 555 0147

-----Ursprüngliche Nachricht-----
Von: Example Support <support@example.test>
Gesendet: Donnerstag, 15. Januar 2026 11:42
An: Michael Brenner <michael.brenner@brenner-gmbh.example>
Betreff: Ihre Anfrage 558201 - fehlende Kartons

Sehr geehrter Herr Brenner,

vielen Dank für Ihre Geduld. Wir haben den Vorgang geprüft und liefern die fehlenden zwei Kartons bis spätestens 31.01. kostenfrei nach. Sollten Sie weitere Fragen haben, eskalieren wir den Fall gerne an unsere Teamleitung.

Mit freundlichen Grüßen
Julia Seidel
Example Support
''', reply=True, client='outlook', fmt='alt', cs='iso-8859-1', cte='quoted-printable')

M('de', 'DL SI', '-', 'Konto gehackt (eigenes Passwort wiederverwendet), Kontakte gelöscht',
  ('Kevin Schuster', 'kevin.schuster@zockerpost.example'),
  'Account gehackt und alles gelöscht', '''
hallo,

jemand hat sich letzte nacht in meinen account eingeloggt (ich hab die mail "neue anmeldung aus Vietnam" bekommen) und hat mein passwort geändert. als ich heute wieder reingekommen bin über die sms waren alle meine kontakte und alle gespeicherten notizen weg. 

ich weiß, ich hatte das gleiche passwort auch woanders, ist wahrscheinlich meine schuld. aber könnt ihr die daten von eurer seite wiederherstellen?? da waren auch nummern drin die ich sonst nirgends hab

kevin
''', client='mobile', fmt='plain', cs='utf-8', cte='8bit')


# Customer mail, French, with at least one trigger.

M('fr', 'BD LT', '-', 'abonnement prélevé deux fois (2x 89,90 €) ; a transmis le dossier à son avocat',
  ('Isabelle Moreau', 'isabelle.moreau@courriel.example'),
  'Double prélèvement sur mon compte', '''
Madame, Monsieur,

Je constate sur mon relevé bancaire que mon abonnement annuel (contrat n° FR-228104) a été prélevé deux fois le 2 février, soit 2 x 89,90 €. Je n'ai évidemment qu'un seul abonnement.

J'ai déjà appelé votre service client, qui m'a répondu qu'il fallait "attendre la prochaine facture". Je ne suis pas d'accord. J'ai transmis le dossier à mon avocat et, sans remboursement des 89,90 € sous huit jours, il engagera les poursuites nécessaires.

Cordialement,
Isabelle Moreau
''', cs='iso-8859-1', cte='quoted-printable', fmt='alt', client='outlook')

M('fr', 'CT OU TI', '-', 'panne fibre de tout le quartier depuis 4 jours ; veut résilier',
  ('Olivier Lambert', 'olivier.lambert@maisonnet.example'),
  'Plus de fibre depuis samedi dans tout le quartier', '''
Bonjour,

Depuis samedi matin, plus d'internet ni de télé chez nous, et chez tous les voisins de la rue des Tilleuls qui sont chez vous. La box affiche "Pas de signal fibre". Au téléphone on m'a dit qu'il y avait "un incident sur le réseau" mais sans aucun délai.

Quatre jours sans connexion avec deux ados à la maison et du télétravail, ce n'est pas possible. Je vais résilier mon abonnement et passer chez un autre opérateur dès que ce sera rétabli, j'ai déjà demandé un devis.

Olivier Lambert
''', cs='utf-8', cte='8bit', fmt='plain', client='gmail')

M('fr', 'BP MR TI', '-', 'rappel promis jamais reçu ; thermostat connecté ne s\'allume plus ; demande à parler à un responsable',
  ('Nathalie Girard', 'nathalie.girard@orange-mail.example'),
  'Toujours pas rappelée', '''
Bonjour,

Le 3 février, votre conseillère m'a assuré qu'un technicien me rappellerait "sous 48 heures" pour le remplacement de mon thermostat connecté qui ne s'allume plus. Nous sommes le 12 et personne ne m'a rappelée.

Je souhaite maintenant parler à un responsable du service client, pas à un nouveau conseiller à qui je devrai tout réexpliquer. Merci de me faire rappeler au 06 55 50 12 48.

Nathalie Girard
''', cs='utf-8', cte='quoted-printable')

M('fr', 'RG SI', '-', 'ses données de santé envoyées à un autre client par un agent ; plainte CNIL',
  ('Camille Rousseau', 'camille.rousseau@laposte-mail.example'),
  'Mes données transmises à un inconnu', '''
Bonjour,

Un inconnu m'a contactée hier : il a reçu par erreur de la part de votre service de mutuelle un courriel contenant mes remboursements de santé, mon numéro de sécurité sociale et mon adresse. Il s'agit visiblement d'une erreur d'un de vos agents, qui s'est trompé de destinataire.

Je trouve cela extrêmement grave. J'ai déposé une plainte auprès de la CNIL ce matin et j'attends de votre part des explications écrites sur ce qui a été fait pour que ces données soient supprimées.

Camille Rousseau
''', client='web', fmt='alt', cs='iso-8859-15', cte='8bit')

M('fr', 'DL TI', '-', 'photos disparues du cloud après synchronisation',
  ('Julien Fabre', 'julien.fabre@pixmail.example'),
  'Photos disparues après synchro', '''
Salut,

Depuis la synchro de dimanche soir, tout l'album "Vacances 2025" (environ 900 photos) a disparu de l'appli, du site et de mon ordi. La corbeille est vide. Le message de l'appli disait juste "Synchronisation terminée avec 912 avertissements".

Vous avez des sauvegardes de votre côté ? C'étaient les seules copies de certaines photos, j'avais vidé le téléphone pour faire de la place.

Merci d'avance
Julien
''', client='mobile', fmt='plain', cs='utf-8', cte='8bit')

M('fr', 'SA TI', '-', 'batterie de trottinette a fumé puis pris feu dans l\'entrée',
  ('Aurélie Dubois', 'aurelie.dubois@lyonmail.example'),
  'Trottinette : la batterie a pris feu', '''
Bonjour,

Hier soir, notre trottinette électrique T-500 achetée chez vous en septembre était en charge dans l'entrée. Vers 22 h, elle a commencé à siffler et à dégager une fumée blanche, puis des flammes sont sorties sous le plateau. Mon mari a réussi à l'éteindre avec l'extincteur, mais le mur et le parquet sont noircis et toute la famille a dû sortir sur le palier.

Personne n'est blessé, heureusement. Je voudrais savoir comment vous comptez gérer cela, et si d'autres clients ont eu le même problème.

Aurélie Dubois
''', cs='windows-1252', cte='quoted-printable', fmt='alt')

M('fr', 'SA SD TI', '-', 'prise connectée a fondu ; "scandale absolu", furieuse',
  ('Sophie Marchand', 'sophie.marchand@bretagne-mail.example'),
  'Votre prise connectée a fondu !!!', '''
Je rentre du travail et je trouve la prise connectée du salon complètement fondue, le plastique noirci, l'odeur de brûlé dans toute la pièce. Elle alimentait juste une lampe de 40 W ! Le disjoncteur a sauté, heureusement, sinon je ne sais pas ce qui se serait passé avec le chat enfermé dans l'appartement.

C'est un scandale absolu, je suis furieuse. Vous vendez des produits dangereux. J'attends une réponse rapide et le remboursement des quatre prises du pack.

Sophie Marchand
''', cs='utf-8', cte='8bit', fmt='html', client='apple')

M('fr', 'BP HV', '-', 'commande de mobilier 9 800 € ; livraison promise pour le 20 non effectuée',
  ('Marc Lefèvre', 'marc.lefevre@cabinet-lefevre.example'),
  'Commande CMD-44821 non livrée', '''
Bonjour,

Notre commande CMD-44821 (12 bureaux réglables et 12 fauteuils, 9 800,00 € TTC, réglée le 8 janvier) devait nous être livrée le 20 janvier : c'est la date que votre commercial, M. Perrin, nous avait confirmée par écrit. Rien n'est arrivé, et aucune nouvelle date ne nous a été communiquée.

Nos nouveaux collaborateurs arrivent le 2 mars. Merci de me donner une date ferme de livraison dans les plus brefs délais.

Bien cordialement,
Marc Lefèvre
Cabinet Lefèvre & Associés
''', client='outlook', fmt='alt', cs='iso-8859-15', cte='quoted-printable')

M('fr', 'DH', '-', 'propos racistes d\'un livreur de l\'entreprise',
  ('Moussa Diallo', 'moussa.diallo@parismail.example'),
  'Comportement inacceptable de votre livreur', '''
Bonjour,

Mardi dernier, votre livreur (camionnette à vos couleurs) m'a livré un colis. Quand j'ai ouvert la porte, il m'a demandé si "c'était bien moi le propriétaire" puis, en repartant, il a dit assez fort pour que les voisins entendent : "encore un qui vit des allocs". Je travaille, je paie mes commandes, et je ne vois pas ce que ma couleur de peau vient faire là.

Je demande que des mesures soient prises. Numéro de commande : 7712-FR.

Moussa Diallo
''', cs='utf-8', cte='base64', fmt='plain', client='gmail')

M('fr', 'DH MR', '-', 'conseiller bancaire insistant et déplacé ; demande un responsable',
  ('Élodie Fontaine', 'elodie.fontaine@mail-sud.example'),
  'Comportement de mon conseiller', '''
Madame, Monsieur,

Depuis mon rendez-vous du 10 janvier pour mon prêt immobilier, mon conseiller M. R. m'envoie des SMS sur mon portable personnel le soir, me complimente sur mon physique et insiste pour "discuter du dossier autour d'un verre". Je lui ai demandé d'arrêter, il continue. Je me sens harcelée et je n'ose plus aller à l'agence.

Je demande à être reçue ou contactée par un responsable de l'agence ou de la direction régionale, et à changer de conseiller.

Élodie Fontaine
''', client='outlook', fmt='alt', cs='utf-8', cte='quoted-printable')

M('fr', 'EX SD', '-', 'a écrit au PDG ; "lamentable", "honteux"',
  ('Bernard Caron', 'bernard.caron@normandie-mail.example'),
  'Lettre à votre PDG', '''
Bonjour,

Je tiens à vous informer que j'ai adressé ce matin un courrier recommandé à votre PDG. Six semaines pour traiter un simple changement d'adresse sur mon contrat d'assurance habitation, avec des informations contradictoires de votre part : c'est lamentable et franchement honteux pour une entreprise de votre taille.

Bernard Caron
''', fmt='plain', cs='iso-8859-1', cte='8bit', client='web')

M('fr', 'CC EX', '-', 'demande l\'adresse e-mail du directeur général pour lui écrire',
  ('Hélène Mercier', 'helene.mercier@alpes-courriel.example'),
  'Coordonnées de votre directeur général', '''
Bonjour,

Pourriez-vous me communiquer l'adresse e-mail de votre directeur général ? Je souhaite lui écrire directement au sujet du traitement de mon dossier de sinistre, dont je n'ai plus de nouvelles depuis novembre.

Merci par avance,
Hélène Mercier
''', cs='utf-8', cte='8bit', fmt='alt')

M('fr', 'CC LT', '-', 'demande l\'adresse du siège et du service juridique ; mise en demeure par avocat',
  ('Philippe Garnier', 'philippe.garnier@garnier-btp.example'),
  'Adresse du siège social et du service juridique', '''
Madame, Monsieur,

Merci de m'indiquer l'adresse exacte de votre siège social ainsi que les coordonnées de votre service juridique.

Mon avocat doit vous adresser une mise en demeure concernant la rupture unilatérale de notre contrat de location de matériel et je souhaite m'assurer qu'elle parvienne au bon destinataire.

Philippe Garnier
Gérant, Garnier BTP
''', client='outlook', fmt='plain', cs='windows-1252', cte='quoted-printable')

M('fr', 'MT', '-', 'journaliste demande une réaction ; panne rapportée = ouï-dire',
  ('Claire Vasseur', 'c.vasseur@lequotidien-eco.example'),
  'Demande de réaction – article sur la panne de paiement', '''
Bonjour,

Je suis journaliste au service économie du Quotidien Éco. Plusieurs commerçants nous ont signalé que votre solution de paiement en ligne aurait été indisponible pendant une grande partie de la journée de samedi.

Nous publierons un article jeudi. Pourriez-vous me faire parvenir une réaction de votre entreprise, notamment sur l'origine de l'incident et le nombre de commerçants concernés ? Je reste joignable au 01 55 50 63 21.

Bien à vous,
Claire Vasseur
Le Quotidien Éco
''', client='outlook', fmt='alt', cs='utf-8', cte='quoted-printable')

M('fr', 'BD MT', 'conditional', 'frais de résiliation 49 € prélevés à tort ; avis et réseaux sociaux',
  ('Kévin Roux', 'kevin.roux@freemail-fr.example'),
  'Frais de 49 € prélevés à tort', '''
Bonjour,

Vous m'avez prélevé 49 € de "frais de résiliation" alors que j'ai résilié pendant la période d'essai gratuite, comme le prévoient vos propres conditions (article 4). J'ai la capture d'écran de la confirmation.

Remboursez-moi ces 49 €, sinon je raconte tout ça sur les réseaux sociaux et je laisse des avis partout. Franchement je préférerais ne pas en arriver là.

Kévin
''', client='mobile', fmt='plain', cs='utf-8', cte='8bit')

M('fr', 'RC TI', '-', 'troisième e-mail : l\'appli plante à l\'ouverture',
  ('Sylvie Perret', 'sylvie.perret@jura-mail.example'),
  '3e message - l\'application plante toujours', '''
Bonjour,

C'est la troisième fois que je vous écris pour le même problème et je n'ai reçu que des réponses automatiques.

Depuis la mise à jour de janvier, l'application se ferme dès que je l'ouvre (écran blanc une seconde puis retour à l'accueil du téléphone). Samsung A54, Android 14. J'ai désinstallé, réinstallé, redémarré, rien n'y fait. Je n'ai plus accès à mes factures.

Merci de transmettre à quelqu'un qui puisse réellement regarder.

Sylvie Perret
''', cs='iso-8859-1', cte='8bit', fmt='alt')

M('fr', 'DL RC TI', '-', 'déjà écrit deux fois : dossiers partagés vidés',
  ('Antoine Meunier', 'antoine.meunier@agence-meunier.example'),
  'RE: Dossiers partagés vides', '''
Bonjour,

Je vous ai déjà écrit deux fois (le 4 et le 9 février), sans réponse concrète.

Depuis le 3 février, les dossiers partagés "Clients 2025" et "Devis" de notre espace équipe apparaissent vides pour tous les utilisateurs. Environ 1 200 fichiers. Ils n'ont pas été supprimés par nous : le journal d'activité ne montre aucune suppression, juste une ligne "migration du stockage terminée".

Nous avons besoin de ces fichiers. Pouvez-vous les restaurer ?

Antoine Meunier

De : Example Support <support@example.test>
Envoyé : lundi 9 février 2026 16:20
À : Antoine Meunier
Objet : RE: Dossiers partagés vides

Bonjour M. Meunier,
Nous avons bien reçu votre demande et la transmettons à l'équipe concernée.
Cordialement,
Le support
''', reply=2, client='outlook', fmt='alt', cs='windows-1252', cte='quoted-printable')

M('fr', 'FR', '-', 'aimerait pouvoir partager une liste de courses entre plusieurs comptes',
  ('Manon Lefort', 'manon.lefort@maisonmail.example'),
  'Petite suggestion', '''
Coucou l'équipe !

J'adore votre appli de recettes, je l'utilise tous les jours. Par contre ce serait génial de pouvoir partager la liste de courses avec mon copain, qu'on puisse tous les deux cocher les articles en direct au supermarché. Là on s'envoie des captures d'écran et on finit toujours par acheter deux fois le lait, haha.

Merci et bonne journée !
Manon
''', client='mobile', fmt='html', cs='utf-8')

M('fr', 'FR', 'title', 'demande un export vers le CRM ; "Directeur commercial" est un titre',
  ('François Besson', 'f.besson@besson-distribution.example'),
  'Suggestion : connecteur CRM', '''
Bonjour,

Nous utilisons votre outil de devis depuis un an avec satisfaction. Serait-il possible d'ajouter un connecteur avec notre CRM, afin que les devis acceptés soient créés automatiquement comme opportunités gagnées ? Aujourd'hui nous ressaisissons tout à la main.

Je pense que cette fonctionnalité intéresserait beaucoup d'autres clients.

Cordialement,

François Besson
Directeur commercial
Besson Distribution
''', client='outlook', fmt='alt', cs='iso-8859-15', cte='quoted-printable')

M('fr', 'OU TI', '-', 'site et back-office inaccessibles, erreur 502 partout',
  ('Thomas Girardin', 'thomas.girardin@boutique-girardin.example'),
  'Boutique inaccessible - erreur 502', '''
Bonjour,

Depuis 14 h 10, notre boutique en ligne et l'interface d'administration renvoient "502 Bad Gateway". Même chose pour deux confrères hébergés chez vous que j'ai appelés. Impossible de prendre la moindre commande.

Pouvez-vous nous dire ce qui se passe et quand ce sera rétabli ?

Thomas Girardin
''', cs='utf-8', cte='quoted-printable', fmt='plain')

M('fr', 'BD SI', '-', 'connexion suspecte et commande passée avec sa carte enregistrée',
  ('Laetitia Bonnet', 'laetitia.bonnet@mail-ouest.example'),
  'Commande que je n\'ai pas passée', '''
Bonjour,

Ce matin j'ai reçu la confirmation d'une commande de 639 € (une console et deux manettes) que je n'ai jamais passée, avec une adresse de livraison à Marseille. Dans mon compte, l'historique montre une connexion à 3 h 40 depuis un appareil inconnu. Le montant a été débité sur ma carte enregistrée.

Merci d'annuler cette commande, de me rembourser les 639 € et de sécuriser mon compte. J'ai déjà fait opposition sur la carte.

Laetitia Bonnet
''', client='gmail', fmt='alt', cs='utf-8', cte='8bit')

M('fr', 'CT DL TI', 'conditional', 'fichiers comptables corrompus après mise à jour ; résiliera si pas récupérés',
  ('Jean-Luc Perrin', 'jl.perrin@perrin-compta.example'),
  'Fichiers corrompus depuis la version 12', '''
Bonjour,

Depuis l'installation de la version 12 de votre logiciel de comptabilité, trois dossiers clients refusent de s'ouvrir : "Fichier endommagé ou format non reconnu (code 0x1F)". Ce sont des dossiers ouverts sans problème la veille. Les sauvegardes automatiques de la semaine présentent la même erreur.

Si vous ne parvenez pas à récupérer ces dossiers, je résilierai ma licence et je chercherai un autre éditeur : je ne peux pas travailler avec un outil qui abîme les données de mes clients.

Jean-Luc Perrin
Expert-comptable
''', client='outlook', cs='iso-8859-1', cte='8bit', fmt='plain')

M('fr', 'BD RG', '-', 'forfait mobile facturé 34,99 € au lieu de 19,99 € ; saisit le médiateur des communications électroniques',
  ('Yasmine Haddad', 'yasmine.haddad@courriel-ile.example'),
  'Facture de janvier : montant erroné', '''
Bonjour,

Ma facture de janvier indique 34,99 € pour mon forfait mobile, alors que mon contrat prévoit 19,99 € par mois pendant 24 mois (offre souscrite en juin). Cela fait deux mois de suite, donc 30 € facturés en trop au total.

Votre conseiller m'a répondu que "les prix ont évolué". Ce n'est pas ce que dit mon contrat. J'ai saisi le médiateur des communications électroniques cette semaine.

Yasmine Haddad
''', cs='utf-8', cte='base64', fmt='alt')

M('fr', 'BD LT RC RG', '-', 'régularisation 1 180 € sur relevé faux ; deux réclamations écrites déjà ; médiateur de l\'énergie et tribunal',
  ('Gérard Lemoine', 'gerard.lemoine@campagne-mail.example'),
  'Régularisation de 1 180 € contestée', '''
Madame, Monsieur,

Vous me réclamez une régularisation de 1 180 € sur la base d'un relevé de compteur manifestement faux (index 84 310 alors que mon compteur indique 48 310, photo à l'appui). Mes deux réclamations écrites sont restées sans réponse.

J'ai saisi aujourd'hui le médiateur national de l'énergie. Et je vous informe que, si nécessaire, je porterai l'affaire devant le tribunal judiciaire.

Gérard Lemoine
''', fmt='plain', cs='iso-8859-1', cte='quoted-printable', client='web')

M('fr', 'HV MR TI', '-', 'contrat annuel 15 000 € ; synchronisation ERP en erreur depuis 3 semaines ; demande escalade',
  ('Valérie Chevalier', 'valerie.chevalier@chevalier-industrie.example'),
  'Synchronisation ERP en échec - demande d\'escalade', '''
Bonjour,

Depuis trois semaines, la synchronisation entre votre plateforme et notre ERP échoue chaque nuit avec l'erreur "SYNC-TIMEOUT 504". Nos stocks ne sont plus à jour et nous avons vendu des articles en rupture.

Notre contrat annuel avec vous s'élève à 15 000 €. Je vous demande d'escalader ce dossier à un responsable technique et d'organiser un point téléphonique cette semaine.

Valérie Chevalier
Responsable des systèmes d'information
''', client='outlook', fmt='alt', cs='utf-8', cte='quoted-printable')

M('fr', 'BP SD', '-', 'remboursement promis sous 7 jours jamais versé ; "honteux", "lamentable"',
  ('Patrick Renaud', 'patrick.renaud@mail-est.example'),
  'Remboursement jamais reçu', '''
Bonjour,

Le 5 janvier, votre service client m'a promis le remboursement de mon billet de train annulé "sous 7 jours". Nous sommes le 12 février et toujours rien sur mon compte.

C'est honteux. Un service client aussi lamentable, je n'avais jamais vu ça.

Patrick Renaud
''', cs='windows-1252', cte='8bit', fmt='plain', client='tb')

M('fr', 'EX TI', '-', 'a mis le directeur général en copie ; connecteur bancaire en panne',
  ('Nadia Benkirane', 'nadia.benkirane@benkirane-conseil.example'),
  'Connecteur bancaire hors service depuis 10 jours', '''
Bonjour,

Le connecteur avec notre banque ne récupère plus aucune opération depuis le 2 février ("Erreur d'authentification auprès de l'établissement - code 17"). Nous avons reconnecté le compte trois fois, sans succès. Notre rapprochement bancaire est bloqué.

Je mets votre directeur général en copie de ce message, car je ne vois pas d'autre moyen d'obtenir une réponse.

Nadia Benkirane
''', cc=[('Direction Générale', 'direction@example.test')], client='gmail', fmt='alt', cs='utf-8', cte='quoted-printable')


# Customer mail, Spanish, with at least one trigger.

M('es', 'BD LT', '-', 'cuota cobrada dos veces (2x 59,90 €); su abogado presentará demanda',
  ('Javier Ortega', 'javier.ortega@correo-es.example'),
  'Cobro duplicado de la cuota de febrero', '''
Buenos días:

En mi cuenta aparecen dos cargos de 59,90 € con fecha 1 de febrero por la cuota mensual del seguro del hogar (póliza H-558201). Solo tengo una póliza y solo debo una cuota.

Ya llamé el día 3 y me dijeron que lo revisarían. No ha pasado nada. He puesto el asunto en manos de mi abogado, que presentará una demanda si no me devuelven el importe duplicado en un plazo de diez días.

Atentamente,
Javier Ortega
''', cs='iso-8859-1', cte='quoted-printable', fmt='alt', client='outlook')

M('es', 'CT OU TI', '-', 'todo el barrio sin fibra desde hace 3 días; se dará de baja',
  ('Lucía Romero', 'lucia.romero@buzon.example'),
  'Sin internet en todo el barrio desde el lunes', '''
Hola,

Desde el lunes por la mañana no tenemos internet ni fijo en casa, y los vecinos del portal que también son clientes vuestros igual. El router dice "sin señal óptica". En el teléfono de averías solo dicen que hay una "incidencia masiva" y que no saben cuándo se arregla.

Tres días sin conexión con teletrabajo y niños con deberes online. En cuanto vuelva la línea me doy de baja y me voy a otra compañía, ya lo tengo decidido.

Lucía
''', client='mobile', fmt='plain', cs='utf-8', cte='8bit')

M('es', 'BP MR', '-', 'le prometieron una llamada en 24h que nunca llegó; pide hablar con un supervisor',
  ('Fernando Gil', 'fernando.gil@mailbox-es.example'),
  'Llamada prometida que nunca llegó', '''
Buenas tardes,

El pasado martes hablé con su departamento de reservas por el cambio de fechas de mi viaje a Tenerife (reserva VT-40218). La agente me aseguró que un compañero me llamaría "en menos de 24 horas" para confirmar los nuevos vuelos. Ha pasado una semana y nadie me ha llamado.

Quisiera hablar con un supervisor o con el responsable del departamento, por favor. Mi teléfono es el 612 555 014.

Un saludo,
Fernando Gil
''', cs='utf-8', cte='quoted-printable', fmt='alt')

M('es', 'RG SI TI', '-', 'área de clientes muestra facturas de otra persona; denuncia ante la AEPD',
  ('Marta Castillo', 'marta.castillo@correo-norte.example'),
  'Veo los datos de otra persona en mi área de cliente', '''
Hola,

Al entrar en mi área de cliente para descargar la factura de la luz de enero, me aparecen las facturas de otra persona: nombre, dirección, DNI, IBAN y consumos. He cerrado sesión y vuelto a entrar varias veces y sigue igual. Me imagino que alguien estará viendo mis datos también.

Esto es una brecha de datos en toda regla. He presentado hoy una reclamación ante la Agencia Española de Protección de Datos y quiero saber qué medidas van a tomar.

Marta Castillo
''', cs='iso-8859-15', cte='8bit', fmt='plain', client='web')

M('es', 'BD RG', '-', 'cargo de 29,95 € por servicio premium no contratado; reclamación en la OMIC',
  ('Antonio Herrera', 'antonio.herrera@telecorreo.example'),
  'Cargo por servicio que no he contratado', '''
Buenos días,

En mis tres últimas facturas aparece un cargo de 29,95 € por "Pack Premium TV" que yo no he contratado nunca. Ni lo pedí ni lo uso. Son 89,85 € cobrados indebidamente.

Exijo la devolución del importe. Les informo de que he presentado una reclamación en la Oficina Municipal de Información al Consumidor (OMIC) de mi ayuntamiento con copia de las facturas.

Antonio Herrera
''', fmt='plain', cs='windows-1252', cte='8bit', client='tb')

M('es', 'DL TI', '-', 'se borraron todos los contactos de la agenda al sincronizar',
  ('Carmen Vidal', 'carmen.vidal@correo-sur.example'),
  'Desaparecieron todos mis contactos', '''
Hola, buenas

Ayer el móvil me pidió actualizar vuestra app de copia de seguridad y después de la sincronización se me han borrado los 650 contactos de la agenda, en el móvil y en la web. Solo quedan 4 que creé después. No he tocado nada más.

¿Se pueden recuperar? Hay números de clientes que no tengo apuntados en ningún otro sitio.

Gracias
Carmen
''', client='mobile', fmt='plain', cs='utf-8', cte='base64')

M('es', 'SA TI', '-', 'batería del patinete echó humo mientras cargaba',
  ('Diego Morales', 'diego.morales@correo-centro.example'),
  'El patinete echó humo cargando', '''
Buenas,

Anoche el patinete eléctrico E-20 que os compré en noviembre estaba cargando en el pasillo y empezó a echar humo por debajo de la plataforma, con un olor a quemado muy fuerte. Lo desenchufé como pude y lo saqué a la terraza. Tengo un bebé de ocho meses en casa, no quiero ni pensar qué habría pasado si llegamos a estar dormidos.

¿Cómo hago la devolución? No pienso volver a enchufarlo.

Diego
''', client='gmail', fmt='alt', cs='utf-8', cte='quoted-printable')

M('es', 'SA SD TI', '-', 'calefactor inteligente soltó chispas junto al niño; "indignante", furioso',
  ('Raúl Navarro', 'raul.navarro@hogarmail.example'),
  'Chispas en el calefactor - INDIGNANTE', '''
Esta mañana el calefactor conectado que controlamos con su aplicación ha empezado a soltar chispas por la rejilla delantera mientras mi hijo de cuatro años jugaba al lado. Se ha quemado un trozo de la alfombra. Lo hemos desenchufado y está en la basura.

Estoy furioso. Es indignante que vendan un aparato así para usar en casa con niños. Quiero saber qué van a hacer y si hay más unidades con el mismo defecto.

Raúl Navarro
''', cs='iso-8859-1', cte='quoted-printable', fmt='plain')

M('es', 'BP HV', '-', 'pedido de paneles 11.400 € con entrega prometida para el día 15 no llegó',
  ('Isabel Medina', 'isabel.medina@medina-instalaciones.example'),
  'Pedido PV-2231 sin entregar', '''
Buenos días:

Nuestro pedido PV-2231 (30 paneles de 450 W con estructuras, importe 11.400,00 € IVA incluido, pagado el 10 de enero) tenía una fecha de entrega comprometida por su comercial para el 15 de febrero. Hoy es 23 y no ha llegado nada, ni tenemos número de seguimiento.

Tenemos dos instalaciones paradas por este material. Necesito una fecha de entrega firme hoy mismo.

Un saludo,
Isabel Medina
Medina Instalaciones S.L.
''', client='outlook', fmt='alt', cs='windows-1252', cte='quoted-printable')

M('es', 'BP HV LT', '-', 'contrato de mantenimiento 28.000 €: respuesta en 24 h prometida por contrato no cumplida; acciones legales',
  ('Ricardo Fuentes', 'r.fuentes@fuentes-logistica.example'),
  'Incumplimiento del contrato de mantenimiento', '''
Estimados señores:

Según el contrato de mantenimiento firmado en marzo de 2025 (importe anual 28.000 €), sus técnicos deben atender las averías de nuestras carretillas en un máximo de 24 horas. En enero hemos tenido cuatro averías con tiempos de respuesta de entre cinco y nueve días, y dos máquinas siguen paradas a día de hoy.

Si esta situación no se corrige de inmediato, iniciaremos acciones legales por incumplimiento de contrato y reclamaremos los daños y perjuicios ocasionados.

Atentamente,
Ricardo Fuentes
Director de Operaciones
''', client='outlook', fmt='alt', cs='iso-8859-1', cte='quoted-printable')

M('es', 'DH', '-', 'dependiente se burló de su acento y se negó a atenderle',
  ('Jorge Quispe', 'jorge.quispe@correo-andes.example'),
  'Trato recibido en su tienda de Gran Vía', '''
Buenas tardes,

El sábado fui a su tienda de la calle Gran Vía para cambiar un router averiado. Cuando el dependiente escuchó mi acento, me dijo "aquí hablamos en español de verdad" y se puso a imitarme delante de otros clientes. Después me dijo que fuera a "la tienda de los de mi país" y se negó a atenderme. Otra empleada acabó haciendo el cambio.

Nunca me habían tratado así por ser peruano. Quiero que esto no quede así.

Jorge Quispe
''', cs='utf-8', cte='8bit', fmt='alt', client='gmail')

M('es', 'CC DH', '-', 'técnico con comentarios sexuales y mensajes; pide dirección de la sede y contacto de RRHH',
  ('Paula Serrano', 'paula.serrano@correo-levante.example'),
  'Queja formal sobre su técnico', '''
Hola,

El técnico que vino a instalar la alarma el 20 de enero hizo comentarios sobre mi ropa y mi cuerpo durante toda la visita y me preguntó varias veces si vivía sola. Desde entonces me ha escrito por WhatsApp, con el número que tenía en la orden de trabajo, para "quedar un día". Le he bloqueado, pero me siento acosada e intranquila en mi propia casa.

No quiero tratar esto por el canal normal de soporte. Por favor, facilítenme la dirección de su sede central y un contacto directo del departamento de recursos humanos.

Paula Serrano
''', cs='utf-8', cte='quoted-printable', fmt='html', client='apple')

M('es', 'EX SD', '-', 'ha escrito al consejero delegado; "indignante", harto',
  ('Manuel Prieto', 'manuel.prieto@correo-mancha.example'),
  'He escrito a su consejero delegado', '''
Les comunico que hoy he enviado una carta certificada a su consejero delegado, porque por lo visto es la única manera de que alguien en esta empresa lea una queja.

Llevo desde octubre intentando que me cambien la titularidad del contrato de gas tras el fallecimiento de mi madre. Cada vez me piden un documento distinto. Es indignante, de verdad, estoy harto de su falta de seriedad y de su nula humanidad.

Manuel Prieto
''', fmt='plain', cs='iso-8859-15', cte='8bit', client='web')

M('es', 'CC EX', '-', 'pide el correo del director general para escribirle directamente',
  ('Elena Domínguez', 'elena.dominguez@correo-rioja.example'),
  'Correo electrónico del director general', '''
Buenos días,

¿Podrían facilitarme la dirección de correo electrónico de su director general? Quiero escribirle personalmente para contarle cómo se ha gestionado la reclamación del siniestro de mi coche, que lleva cinco meses abierta.

Muchas gracias,
Elena Domínguez
''', cs='utf-8', cte='8bit', fmt='alt')

M('es', 'MT', '-', 'periodista pide declaraciones; la caída citada es de oídas',
  ('Alberto Cano', 'alberto.cano@diario-digital.example'),
  'Solicitud de declaraciones - Diario Digital', '''
Buenos días,

Soy periodista de la sección de tecnología de Diario Digital. Estamos preparando una información sobre la caída de su aplicación de banca móvil del pasado viernes, de la que nos han escrito numerosos lectores.

¿Podrían indicarnos la causa del incidente, cuántos clientes se vieron afectados y si habrá algún tipo de compensación? Publicaremos la pieza el miércoles y nos gustaría incluir su versión.

Un saludo,
Alberto Cano
Diario Digital
''', client='gmail', fmt='alt', cs='utf-8', cte='quoted-printable')

M('es', 'MT RC', '-', 'tercer correo por un reembolso; lo contará en redes sociales',
  ('Sofía Blanco', 'sofia.blanco@correo-mar.example'),
  'TERCER CORREO - reembolso de la devolución', '''
Hola,

Este es mi tercer correo (y he llamado dos veces) por el reembolso de las zapatillas que devolví el 8 de enero, pedido 55-90412. Según el seguimiento las recibieron el 11. Ni rastro de los 94,99 €.

Si esta semana no lo tengo, voy a contar toda la historia en mis redes con capturas de cada correo. Tengo bastantes seguidores y muchos compran en su tienda.

Sofía
''', client='mobile', fmt='html', cs='utf-8')

M('es', 'RC TI', '-', 'cuarta vez que escribe: la app no deja pagar con Bizum',
  ('Pablo Iglesias Mora', 'pablo.imora@correo-norte.example'),
  'Cuarta vez: error al pagar en la app', '''
Buenas,

Es la cuarta vez que escribo por esto. Cada vez que intento pagar un pedido desde la app me sale "Error 4012: no se ha podido completar la operación" y me devuelve al carrito. Desde la web funciona. Tengo la última versión, he borrado caché, reinstalado, todo.

¿Alguien lo puede mirar de verdad?

Pablo
''', cs='utf-8', cte='quoted-printable', fmt='plain', client='mobile')

M('es', 'FR', '-', 'sugiere modo sin conexión en la app de rutas',
  ('Andrea Ruiz', 'andrea.ruiz@senderismo.example'),
  'Sugerencia para la app', '''
¡Hola!

Uso vuestra app de rutas de senderismo casi todos los fines de semana y me encanta. Una sugerencia: estaría genial poder descargar los mapas para usarlos sin conexión. En la montaña muchas veces no hay cobertura y la app se queda en blanco justo cuando más falta hace.

¡Gracias y seguid así!
Andrea
''', client='mobile', fmt='alt', cs='utf-8', cte='8bit')

M('es', 'OU TI', '-', 'la banca online y la app no funcionan para nadie',
  ('Gabriel Torres', 'gabriel.torres@correo-valle.example'),
  'No funciona ni la web ni la app', '''
Hola,

Desde las 9 de la mañana es imposible entrar en la banca online: la web da "Error 503 - Servicio no disponible" y la app dice "No hemos podido conectar con el servidor". Mi mujer y mi hermano, que también son clientes, tienen el mismo problema. Tengo que pagar a un proveedor hoy.

¿Cuándo se va a solucionar?

Gabriel Torres
''', cs='iso-8859-1', cte='8bit', fmt='plain', client='tb')

M('es', 'MR SI', '-', 'cuenta de correo secuestrada (contraseña reutilizada); pide escalar',
  ('Verónica Castro', 'veronica.castro@correo-pampa.example'),
  'Me robaron la cuenta - necesito que lo escalen', '''
Hola,

Alguien entró ayer a mi cuenta, cambió el correo de recuperación y empezó a mandar mensajes a mis contactos pidiéndoles plata. Ya sé que el error fue mío, usaba la misma contraseña en otro sitio, no estoy diciendo que el sistema de ustedes falle.

Pero el formulario de recuperación me manda a un correo que ya no es mío. Necesito que esto lo vea alguien con más autoridad que el soporte habitual, por favor escálenlo con urgencia.

Verónica Castro
''', client='gmail', fmt='alt', cs='utf-8', cte='quoted-printable')

M('es', 'CT DL TI', 'conditional', 'proyectos corrompidos tras actualizar; se irá si no se recuperan',
  ('Hugo Martín', 'hugo.martin@estudio-martin.example'),
  'Proyectos dañados después de la actualización', '''
Hola,

Después de instalar la versión 9.2, seis proyectos de clientes no se pueden abrir: "El archivo está dañado o no es compatible (código 27)". Son proyectos en los que trabajé la semana pasada con la 9.1 sin ningún problema. Las copias automáticas tienen el mismo error.

Si no me ayudan a recuperarlos, cancelo la suscripción y me paso a otro programa. No puedo trabajar con una herramienta que estropea el trabajo de mis clientes.

Hugo Martín
''', cs='utf-8', cte='8bit', fmt='alt', client='apple')

M('es', 'BD CT', '-', 'le subieron la tarifa sin aviso (10 € de más); se va a la competencia',
  ('Rosa Jiménez', 'rosa.jimenez@correo-oeste.example'),
  'Subida de tarifa sin avisar - me doy de baja', '''
Buenas,

En la factura de febrero me cobran 45 € por la fibra cuando tengo contratados 35 € con permanencia y precio cerrado hasta septiembre. Nadie me avisó de ningún cambio. Quiero que me devuelvan los 10 € de diferencia.

Y ya les aviso: me voy a la competencia. Ya he pedido la portabilidad, así que no hace falta que me llamen con ofertas.

Rosa Jiménez
''', cs='windows-1252', cte='quoted-printable', fmt='plain')

M('es', 'DL LT TI', '-', 'el servicio de copias borró su base de datos; su abogado reclamará',
  ('Sergio Vega', 'sergio.vega@vega-asesores.example'),
  'Pérdida total de la base de datos de clientes', '''
Buenos días,

El pasado domingo su servicio de copias de seguridad en la nube ejecutó una "restauración automática" que nadie pidió y sobrescribió la base de datos de nuestra asesoría con una copia vacía. El panel muestra el error "RESTORE_JOB_FAILED" y la copia anterior ya no aparece.

Hemos perdido los datos de más de 400 clientes. Nuestro abogado ya está preparando una reclamación por los daños causados.

Sergio Vega
Vega Asesores
''', client='outlook', fmt='alt', cs='iso-8859-1', cte='8bit')

M('es', 'HV MR TI', '-', 'licencias de 9.600 € sin activar por error del portal; pide escalar a un responsable',
  ('Beatriz Lozano', 'beatriz.lozano@lozano-arquitectos.example'),
  'Licencias pagadas sin activar - pedido 2026-118', '''
Buenos días:

El 20 de enero compramos 16 licencias anuales de su software de diseño (pedido 2026-118, total 9.600 €). El pago se cargó correctamente, pero al intentar activarlas el portal devuelve "Error de activación: clave no válida" para las 16 claves.

Llevamos tres semanas con el equipo trabajando con versiones de prueba. Les pido que escalen el caso a un responsable que pueda resolverlo esta misma semana.

Beatriz Lozano
Lozano Arquitectos
''', client='outlook', fmt='alt', cs='utf-8', cte='quoted-printable')

M('es', 'CC', '-', 'pide la dirección postal de la sede central para una reclamación formal',
  ('Luis Ramos', 'luis.ramos@correo-meseta.example'),
  'Dirección de la sede central', '''
Buenas tardes,

¿Me pueden indicar la dirección postal completa de su sede central? Quiero enviar una reclamación formal por escrito sobre la gestión de mi expediente y prefiero que llegue directamente allí y no a una oficina.

Gracias de antemano,
Luis Ramos
''', fmt='plain', cs='iso-8859-1', cte='8bit', client='web')

M('es', 'SA TI', '-', 'cargador original saltó en chispas y quemó levemente la mano de su hija',
  ('Natalia Peña', 'natalia.pena@correo-bahia.example'),
  'El cargador dio una descarga a mi hija', '''
Hola,

El cargador que venía con la tablet infantil que les compramos en diciembre hizo un chispazo al enchufarlo y mi hija de seis años se llevó una descarga y una pequeña quemadura en los dedos. Ya la ha visto el pediatra y está bien, pero el susto fue enorme. El enchufe de la pared quedó negro.

Quiero saber si es un defecto conocido y cómo devolverlo. Adjunto foto del cargador.

Natalia Peña
''', att=[('png', 'cargador_quemado.png')], cs='utf-8', cte='quoted-printable')

M('es', 'DH MR', '-', 'agente de viajes hizo comentarios homófobos; pide hablar con un responsable',
  ('Adrián Molina', 'adrian.molina@correo-costa.example'),
  'Comentarios homófobos de una agente', '''
Hola,

Llamé a su agencia para reservar una habitación de matrimonio para mi pareja y para mí. Cuando dije que mi pareja es un hombre, la agente se rió y me dijo "bueno, ya os pondré camas separadas por si acaso, que en ese hotel va mucha familia". Después hizo otro comentario que prefiero no repetir.

Me parece un trato discriminatorio e inaceptable. Quiero hablar con un responsable de la agencia sobre esto.

Adrián Molina
''', client='gmail', fmt='alt', cs='utf-8', cte='quoted-printable')

M('es', 'OU SD TI', '-', 'plataforma de reservas caída toda la mañana; "indignante", harta',
  ('Clara Benítez', 'clara.benitez@hostal-benitez.example'),
  'Plataforma caída otra vez', '''
Buenos días,

Desde las 8:00 el panel de reservas no carga ("Error 500") y el motor de reservas de nuestra web tampoco funciona, así que no podemos recibir ni gestionar ninguna reserva. Es temporada alta.

Sinceramente, es indignante. Estoy harta de pagar cada mes por una plataforma que se cae cuando más la necesitamos.

Clara Benítez
Hostal Benítez
''', cs='iso-8859-15', cte='8bit', fmt='plain', client='outlook')


# Customer mail, English, no trigger (mostly traps).

M('en', '-', 'title', 'office manager asks how to add an admin; title is not a request',
  ('Corinne Adebayo', 'corinne.adebayo@fieldstone-dental.example'),
  'Adding a second admin to our account', '''
Hello,

I'm the office manager at Fieldstone Dental and I look after our subscription. Our practice manager, Dr. Hale, would like admin rights as well so she can see the reports when I'm on leave.

How do I give her admin access? I can see "Invite user" but not where to choose the role.

Many thanks,
Corinne Adebayo
Office Manager
Fieldstone Dental
''', client='outlook', fmt='alt')

M('en', '-', 'title', 'mentions "our account manager" (existing role); asks for a W-9 form',
  ('Travis Underwood', 'travis.underwood@pinehollow.example'),
  'W-9 for our vendor file', '''
Hi there,

Our account manager, Sarah, suggested I email this address. Our accounts payable team needs a current W-9 from you to keep you set up as a vendor in our system. Could you send one over when you get a chance?

Thanks!
Travis Underwood
Accounts Payable Manager, Pine Hollow Outfitters
''', cs='us-ascii', cte='7bit', fmt='plain')

M('en', '-', 'title', 'asks whether the browser extension works with their password manager (existence question)',
  ('Megan Holloway', 'megan.holloway@clearwater.example'),
  'Password manager compatibility', '''
Hi,

Quick question before we roll your browser extension out to the team: does it play nicely with password managers? We use one company-wide and I want to make sure autofill on your login page still works with the extension installed.

Thanks,
Megan
''', client='gmail')

M('en', '-', 'title', 'Manager of IT Operations requests a security questionnaire',
  ('Rupert Ashdown', 'rupert.ashdown@kingsbridge-uni.example'),
  'Vendor security questionnaire', '''
Good morning,

As part of our annual supplier review, could you please complete the attached security questionnaire, or point me to your trust centre if you already publish the information (ISO 27001 certificate, pen-test summary, sub-processor list)?

We'd need it back by the end of March.

Best regards,

Rupert Ashdown
Manager of IT Operations
Kingsbridge University
''', att=[('pdf', 'Supplier_Security_Questionnaire_2026.pdf')], client='outlook')

M('en', '-', 'title', 'VP Finance signature; asks for invoice copies',
  ('Olga Petrenko', 'olga.petrenko@brightfin.example'),
  'Copies of 2025 invoices', '''
Hi,

Our auditors have asked for copies of all invoices from you for the 2025 financial year. Is there a way to download them all at once from the portal, or could you email them as a zip?

Thank you,

Olga Petrenko
VP Finance | BrightFin Group
''', client='outlook', fmt='html', cs='windows-1252', cte='quoted-printable')

M('en', '-', 'title', 'new facilities manager asks for thermostat installation manual',
  ('Declan Murphy', 'declan.murphy@harbourview-hotel.example'),
  'Installation manual for TS-200 thermostats', '''
Hiya,

I've just started as facilities manager at the Harbourview Hotel and inherited 40 of your TS-200 thermostats across the guest rooms. Is there a PDF installation/configuration manual anywhere? The previous guy didn't leave much behind.

Cheers,
Declan
''', cs='utf-8', cte='quoted-printable')

M('en', '-', 'quoted', 'current text is only thanks; quoted earlier mail from the customer threatened a lawyer and cancellation',
  ('Veronica Stills', 'veronica.stills@mapleridge.example'),
  'Re: Invoice 2291', '''
Got it, the corrected invoice arrived this morning and everything matches now. Thank you for sorting it so quickly, Daniel.

Veronica

On Wed, 4 Feb 2026 at 14:22, Example Support <support@example.test> wrote:
''' + q('''
Hi Veronica,

You're absolutely right, the invoice was issued with last year's rate
by mistake. I've cancelled it and a corrected invoice is on its way.
Sorry for the trouble.

Daniel
Example Support

On Tue, 3 Feb 2026 at 18:40, Veronica Stills <veronica.stills@mapleridge.example> wrote:
> You have invoiced us $2,140 instead of $1,640. This is the second
> billing mistake this year. If it isn't corrected this week I will
> cancel our account and hand the matter to our lawyer.
'''), reply=2, client='gmail', fmt='alt')

FWD_ANGRY = '''
---------- Forwarded message ---------
From: Glen Hartigan <glen.hartigan@hartigan-farms.example>
Date: Mon, 9 Feb 2026 at 07:55
Subject: This is unacceptable - legal action
To: Tessa Hartigan <tessa@hartigan-farms.example>

Tess, the feed order still hasn't come and they charged us twice. I'm going to sue them and tell the paper. Absolutely disgraceful.
'''

M('en', '-', 'quoted', 'Fwd: subject and forwarded text carry threats; her own text only asks for order status',
  ('Tessa Hartigan', 'tessa@hartigan-farms.example'),
  'Fwd: This is unacceptable - legal action', '''
Hi,

My dad forwarded me this, he gets a bit worked up. Could you just tell me the delivery status of order 60118 please? I'll let him know.

Thanks,
Tessa
''' + FWD_ANGRY, client='gmail', fmt='alt')

M('en', '-', 'quoted', 'Outlook block quotes the desk reply mentioning outage and escalation; he only confirms the appointment',
  ('Harold Finch', 'harold.finch@finchbakery.example'),
  'RE: Case 44810 - engineer visit', '''
Thanks, Thursday morning is fine, someone will be in from 7am.

Harold

-----Original Message-----
From: Example Support <support@example.test>
Sent: Tuesday, February 10, 2026 3:12 PM
To: Harold Finch <harold.finch@finchbakery.example>
Subject: RE: Case 44810 - engineer visit

Dear Mr Finch,

Following the outage in your area last week we have escalated your case to our field team and booked an engineer for Thursday 12 February, 8:00-12:00, to replace the line card. Please let us know if this time does not suit.

Kind regards,
Example Support
''', reply=2, client='outlook', fmt='alt', cs='us-ascii')

OLD_COMPLAINT = inner_msg(('Priya Nandakumar', 'priya.n@lotusweb.example'), DESK,
                          'Third time writing - site down and no answer',
                          'Fri, 16 Jan 2026 09:02:44 +0000',
                          '<20260116090244.55AF1@lotusweb.example>', '''
This is the third time I'm writing. The site has been down since
yesterday and I'm losing orders. If it's not fixed today I'm moving
to another host and I'll make sure everyone hears about it.

Priya
''')

M('en', '-', 'quoted', 'own text asks for a January invoice; attached earlier message has outage/repeat/cancel threats',
  ('Priya Nandakumar', 'priya.n@lotusweb.example'),
  'Invoice for January + my old message', '''
Hello,

Could you send me the invoice for January? My bookkeeper needs it.

I'm also attaching my message from January for your records, as your colleague asked me to when we spoke on the phone about the credit. That's all sorted now, thanks.

Priya
''', att=[('eml', OLD_COMPLAINT, 'my message of 16 January.eml')], mixed_body='plain')

M('en', '-', 'quoted', 'quoted desk how-to mentions data loss and security incident; customer says it worked',
  ('Ian McBride', 'ian.mcbride@islaymail.example'),
  'Re: Exporting before the upgrade', '''
Perfect, that worked. Export done, upgrade done, everything's where it should be.

Cheers
Ian

On Thu, 22 Jan 2026 at 11:05, Example Support <support@example.test> wrote:
''' + q('''
Hi Ian,

To avoid any risk of data loss during the upgrade, please export your
library first (Settings > Export > Full backup). If you ever notice a
security incident such as an unknown login, contact us immediately.

Best,
Example Support
'''), reply=True, client='apple', fmt='alt')

M('en', '-', 'quoted', 'thanks for refund; quoted earlier text says third time writing and threatens chargeback',
  ('Stella Moreno', 'stella.moreno@coastline.example'),
  'Re: Refund for order 33018', '''
Refund arrived this morning. Thank you, much appreciated!

Stella

> On 28 Jan 2026, at 09:15, Stella Moreno <stella.moreno@coastline.example> wrote:
>
> This is the third time I'm writing about this. You charged me
> twice for order 33018. Refund it or I'll do a chargeback.
''', reply=True, client='mobile', fmt='plain', cs='utf-8', cte='quoted-printable')

M('en', '-', 'quoted', 'HTML-only reply; blockquote holds desk text about escalating to a manager; customer just agrees',
  ('Adele Fontaine', 'adele.fontaine@rivergate.example'),
  'Re: Your request 71102', '''
Yes, please go ahead and switch me to the paper-free bills. Thank you!

Adele

On 5 Feb 2026, at 10:20, Example Support <support@example.test> wrote:
''' + q('''
Dear Adele,

I have passed your question about the cancellation fee to my manager,
who confirmed there is no fee for switching to paper-free billing.
Shall I go ahead and switch your account?

Kind regards,
Example Support
'''), reply=True, client='apple', fmt='html', entities=True)

M('en', '-', 'signature', 'how-to question; disclaimer mentions legal action, unauthorised use and GDPR',
  ('Bartholomew Grey', 'b.grey@greyandco-solicitors.example'),
  'Changing the account email address', '''
Dear Support,

How do I change the email address associated with our firm's account? I would like notifications to go to accounts@ rather than to me personally.

Kind regards,
Bartholomew Grey
Grey & Co Solicitors

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be subject to legal professional privilege. If you are not the intended recipient, please notify the sender and delete it; any unauthorised use, copying or disclosure may result in legal action. We process personal data in accordance with the GDPR; see our privacy notice. Grey & Co Solicitors is authorised and regulated by the Solicitors Regulation Authority.
''', client='outlook', fmt='alt', cs='windows-1252', cte='quoted-printable')

M('en', '-', 'signature', 'Head of Legal asks for the DPA document (explicitly not a trigger)',
  ('Miriam Okoro', 'miriam.okoro@novabridge.example'),
  'Data processing agreement', '''
Hello,

We're onboarding your platform and our procurement process requires a signed data processing agreement. Could you send your standard DPA and the current list of sub-processors?

Best regards,
Miriam Okoro
Head of Legal | NovaBridge Software
''', client='gmail', fmt='alt')

M('en', '-', 'signature', 'CEO & Founder signature; asks for an invoice copy',
  ('Felix Armitage', 'felix@armitage-studio.example'),
  'invoice copy', '''
Hey,

Could you resend the invoice for December? I can't find it in my inbox.

Thanks!

Felix Armitage
CEO & Founder, Armitage Studio
"Design that makes noise."
''', cs='us-ascii', cte='7bit', fmt='plain', client='apple')

M('en', '-', 'signature', 'PR agency signature (crisis PR, media relations, followers) on a billing-address change',
  ('Jade Whitmore', 'jade.whitmore@loudhouse-pr.example'),
  'Update billing address', '''
Hi team,

We've moved offices! Please update our billing address to:
Loudhouse PR, 3rd floor, 18 Canal Street, Manchester M1 3HE

Thanks so much,
Jade

--
Jade Whitmore | Operations Coordinator
Loudhouse PR – award-winning crisis PR & media relations
Follow us: 48k followers on Instagram @loudhousepr
Sent from my phone, please excuse typos
''', client='mobile', fmt='alt')

M('en', '-', 'signature', 'signature carries a phishing/security notice; question about adding a card',
  ('Kenji Watanabe', 'kenji.watanabe@orbitbank-client.example'),
  'Adding a second card', '''
Hello,

Can I add a second debit card to my account in the app, or do I need to visit a branch?

Thank you,
Kenji Watanabe

Security notice: our company will never ask you for your password by email. If you receive a suspicious message or think your account has been hacked, report it to security@orbitbank-client.example.
''', cs='utf-8', cte='quoted-printable')

M('en', '-', 'signature', 'signature lists fire warden / first aider roles; asks about adding users',
  ('Bethany Cole', 'bethany.cole@westfield-school.example'),
  'How many users can we add?', '''
Hi,

How many staff logins are included in the school plan? We have 14 teachers who'd like access.

Thanks,
Bethany Cole
School Business Manager
Fire Warden & First Aider (Block B)
Westfield Primary School
''', client='outlook', fmt='plain', cs='iso-8859-1', cte='quoted-printable')

M('en', '-', 'negation', 'not cancelling; asks how to pause subscription while travelling',
  ('Amelia Hart', 'amelia.hart@wanderpost.example'),
  'Pausing my subscription?', '''
Hi!

I'm not going to cancel, I love the boxes, but I'll be travelling from April to June and won't be home to receive them. Is there a way to pause deliveries for three months without losing my founding-member price?

Thanks a lot,
Amelia
''', client='mobile', fmt='html')

M('en', '-', 'negation', 'no need to escalate; asks about exporting reports',
  ('Neil Patterson', 'neil.patterson@cobaltworks.example'),
  'Quick question, no need to escalate', '''
Hi,

This really isn't urgent so no need to escalate or anything. Is there a way to schedule the weekly usage report to be emailed to two people automatically? I can only see a "Download" button.

Neil
''', cs='us-ascii', cte='7bit', fmt='plain', client='tb')

M('en', '-', 'negation', 'did not lose any data during office move; asks how to re-link devices',
  ('Louise Carter', 'louise.carter@carter-vets.example'),
  'Re-linking devices after office move', '''
Hello,

We've just moved our practice to a new building. Good news first – we did not lose any data, everything synced fine from the old PCs. We now have three new reception computers, though, and I'm not sure how to link them to our account so they show up under "Devices". Is there a guide?

Many thanks,
Louise
''', client='outlook', fmt='alt')

M('en', '-', 'negation', 'not looking to sue or complain; asks how to read the small print on roaming',
  ('Hugo Bellamy', 'hugo.bellamy@bellamy-home.example'),
  'roaming in Switzerland', '''
Hello,

I'm not looking to sue anybody or write a complaint, honestly, I just want to understand before I travel: does my plan cover data roaming in Switzerland, or is it only the EU countries? The terms page lists "Zone 1" but doesn't say what's in it.

Thanks,
Hugo
''', cs='utf-8', cte='8bit')

M('en', '-', 'negation', 'nothing is wrong with the app; asks how to change the display language',
  ('Ana Kovač', 'ana.kovac@kovac-family.example'),
  'Change language in app', '''
Hi, nothing's wrong with the app, it works great! I just want to know how to change the language to English. It's in Croatian because my phone is set to Croatian, but my husband doesn't read it.

Thanks
Ana
''', client='mobile', fmt='plain', cs='utf-8', cte='8bit')

M('en', '-', 'negation', 'explicitly not disputing any charge; asks for invoice breakdown',
  ('Simon Thorne', 'simon.thorne@thorne-engineering.example'),
  'Breakdown of invoice INV-8830', '''
Hi,

This isn't a complaint and I'm not disputing anything on it – I just need the invoice INV-8830 broken down per project code for our internal cost allocation. Is that something you can provide?

Regards,
Simon Thorne
''', client='outlook', fmt='plain', cs='windows-1252', cte='quoted-printable')

M('en', '-', 'policy_question', 'asks refund policy for annual plans',
  ('Chiara Bassi', 'chiara.bassi@bassi-design.example'),
  'Refund policy on annual plans', '''
Hello,

I'm thinking about switching from monthly to annual. What is your refund policy if I decide to stop partway through the year? Is it pro-rated or nothing?

Thanks,
Chiara
''', cs='us-ascii', cte='7bit', fmt='alt')

M('en', '-', 'policy_question', 'neutral procedural cancel of a wrong-size order, no dissatisfaction',
  ('Daniel Osei', 'daniel.osei@osei-mail.example'),
  'How do I cancel order 77120?', '''
Hi,

I ordered the running shoes in size 44 but I need 45. How do I cancel order 77120 so I can reorder the right size? It hasn't shipped yet according to the tracking.

Thanks
Daniel
''', client='mobile', fmt='plain', cs='utf-8', cte='quoted-printable')

M('en', '-', 'policy_question', 'asks whether an SLA covers outages and what uptime is guaranteed',
  ('Priyanka Shah', 'priyanka.shah@ledgerly.example'),
  'SLA / uptime question', '''
Hi,

We're evaluating your Business plan. Do you offer an SLA that covers outages, and what uptime percentage do you commit to? Also, are service credits applied automatically or do we have to claim them?

Thanks,
Priyanka Shah
Ledgerly
''', client='gmail', fmt='alt')

M('en', '-', 'policy_question', 'asks whether the product is GDPR compliant and where data is hosted',
  ('Lars Eriksen', 'lars.eriksen@nordhavn.example'),
  'GDPR compliance + hosting location', '''
Hello,

Before we sign up: is your product GDPR compliant, and in which country is customer data stored? We'd prefer EU hosting if you offer it.

Best,
Lars Eriksen
''', cs='iso-8859-1', cte='8bit', fmt='plain', client='tb')

M('en', '-', 'policy_question', 'asks how not to lose data when upgrading',
  ('Mabel Tran', 'mabel.tran@tranhome.example'),
  'upgrading to the family plan', '''
Hi,

If I upgrade from my single plan to the family plan, how do I make sure I don't lose any of my saved playlists and history? Do I need to do anything first?

Mabel
''', client='mobile', fmt='html')

M('en', '-', 'policy_question', '"is my data safe" (data safety, not a danger to people)',
  ('Walter Pike', 'walter.pike@pikemail.example'),
  'Is my data safe if I lose my phone?', '''
Hello,

I'm 81 and new to all this so forgive the simple question. If I lose my phone, is my data safe? Can somebody who finds the phone get into my banking app?

Yours,
Walter Pike
''', cs='us-ascii', cte='7bit', fmt='plain', client='web')

M('en', '-', 'policy_question', 'asks how to enable 2FA',
  ('Zara Iqbal', 'zara.iqbal@iqbal-consult.example'),
  '2FA setup', '''
Hi,

How do I turn on two-factor authentication for my account? I couldn't find it under Settings > Profile. Does it support authenticator apps or only SMS?

Thanks,
Zara
''', client='gmail')

M('en', '-', 'reported', 'husband wants to switch provider; she wants to stay and asks about cheaper plans',
  ('Gwen Pritchard', 'gwen.pritchard@valleyview.example'),
  'cheaper plan?', '''
Hello,

My husband keeps saying we should switch to another provider because his brother pays less, but honestly I'm happy with you and can't face the hassle. Is there a cheaper plan we could move to? We mostly just use the internet for streaming and video calls with the grandchildren.

Thanks,
Gwen
''', cs='utf-8', cte='8bit', fmt='alt')

M('en', '-', 'reported', 'a friend was double-charged last year; customer asks when trial converts',
  ('Mateo Ruiz', 'mateo.ruiz@ruizfamily.example'),
  'When will I be charged?', '''
Hi,

A friend told me she got charged twice when her free trial ended last year, so I just want to check before I sign up: will I be charged when I start the trial, or only when it ends? And will I get a reminder email?

Thanks
Mateo
''', client='mobile', fmt='plain', cs='utf-8', cte='quoted-printable')

M('en', '-', 'reported', 'colleague joked about calling the newspapers; actual question is about export',
  ('Erin Gallagher', 'erin.gallagher@gallagher-events.example'),
  'Exporting guest lists', '''
Hey,

Our planner joked that we should call the newspapers because exporting the guest list takes five clicks too many, haha. Seriously though – is there a way to export the guest list with dietary requirements included? The standard export seems to leave that column out.

Erin
''', client='gmail', fmt='alt')

M('en', '-', 'reported', 'neighbour said her internet was down; his works; asks about planned maintenance',
  ('Colin Baxter', 'colin.baxter@baxterhome.example'),
  'Planned maintenance this week?', '''
Hi,

My neighbour mentioned her internet was off for a bit yesterday evening – ours was fine all night. Just wondering if you've got any planned maintenance in our area (postcode LS6) this week, as I've got an important video interview on Thursday.

Thanks,
Colin
''', cs='us-ascii', cte='7bit', fmt='plain')

M('en', '-', 'reported', 'a lawyer friend reads the terms one way; customer asks about licence terms',
  ('Isla Ferguson', 'isla.ferguson@fergusonphoto.example'),
  'Licence question - commercial use', '''
Hello,

A friend of mine who's a lawyer read your terms and thinks the standard licence doesn't cover using the templates for paid client work. Is that right? If so, which plan would I need?

Thanks,
Isla Ferguson
''', client='apple', fmt='alt')

M('en', '-', 'innocuous', '"smoke test" on staging; asks for sandbox base URL',
  ('Ravi Subramanian', 'ravi.s@tallyho-dev.example'),
  'Sandbox base URL for smoke tests', '''
Hi,

We're setting up a smoke test against your sandbox before every deploy. What's the correct base URL for the sandbox API – is it the same host with /sandbox, or a separate subdomain? The docs show both.

Thanks,
Ravi
''', client='tb', cs='us-ascii', cte='7bit')

M('en', '-', 'innocuous', '"crash course" in reporting; asks about webinars',
  ('Gemma Lawson', 'gemma.lawson@lawson-retail.example'),
  'Training for new starters', '''
Hi,

Two new people join our team next week and I'd like to give them a crash course in your reporting module. Do you run any webinars or have short training videos we could use?

Thank you!
Gemma
''', client='outlook', fmt='alt')

M('en', '-', 'innocuous', 'asks for an executive summary of usage for their own board meeting',
  ('Howard Kingsley', 'howard.kingsley@kingsley-group.example'),
  'Usage summary for board meeting', '''
Hello,

Our board meets on the 26th and I've been asked to include a one-page executive summary of our usage of your platform in 2025 (active users, storage, number of projects). Is that something you can generate for us, or is there a report I can pull myself?

Best regards,
Howard Kingsley
''', client='outlook', fmt='html', cs='windows-1252', cte='quoted-printable')

M('en', '-', 'innocuous', 'press release about their own product launch; asks to use the logo',
  ('Noor Haddad', 'noor.haddad@brightleaf-apps.example'),
  'Logo permission for our press release', '''
Hi there,

We're putting out a press release next Tuesday about the launch of our new booking app, and we'd like to mention that it's built on your payments platform. Are we allowed to use your logo in the release and on our website? If so, is there a brand kit?

Thanks,
Noor Haddad
Marketing, Brightleaf Apps
''', client='gmail', fmt='alt')

M('en', '-', 'innocuous', '"fire up" a new thermostat; asks how to pair it',
  ('Oscar Lindgren', 'oscar.lindgren@lindgren-home.example'),
  'pairing the new thermostat', '''
Evening,

Just got the new thermostat installed and I'm about to fire it up for the first time. Do I pair it with the app before or after I turn the boiler back on? The quick start card doesn't say.

Oscar
''', client='mobile', fmt='plain', cs='utf-8', cte='8bit')

M('en', '-', 'innocuous', 'praise: "killer feature", "blew us away"',
  ('Tamsin Rhodes', 'tamsin.rhodes@rhodes-media.example'),
  'the new timeline view!!', '''
Just wanted to say – the new timeline view is a killer feature. It absolutely blew the team away in this morning's standup. Whoever built it deserves a raise.

That's all, have a great weekend!
Tamsin
''', client='apple', fmt='html')

M('en', '-', 'innocuous', 'sales team "on fire"; asks how to add five seats',
  ('Brandon Hughes', 'brandon.hughes@hughes-solar.example'),
  'Adding 5 more seats', '''
Hey,

Our sales team is on fire this quarter and we're hiring five more reps. How do I add five seats to our plan – can I do it myself in the billing page, or do I need to talk to someone?

Brandon
''', cs='us-ascii', cte='quoted-printable', fmt='alt')

M('en', '-', 'innocuous', '"burning question" about changing username',
  ('Lily Chen', 'lily.chen@chenmail.example'),
  'burning question', '''
Hi! Burning question: can I change my username without losing my followers and saved posts? I picked something silly when I was 15 and it's time haha.

Lily
''', client='mobile', fmt='plain', cs='utf-8', cte='8bit')

M('en', '-', 'other', 'second e-mail only (not third); asks to update invoice address',
  ('Robert Ainsworth', 'robert.ainsworth@ainsworth-law.example'),
  'Second request: invoice address', '''
Hello,

This is my second email about this, so just a gentle nudge: could you please change the address on our invoices to our new office at 4 Chancery Lane? The first request was on 2 February.

Thanks,
Robert Ainsworth
''', client='outlook', fmt='alt', cs='us-ascii')

M('en', '-', 'other', 'large order ($42,000) with no problem; asks for a quote',
  ('Yolanda Pierce', 'yolanda.pierce@pierce-hospitality.example'),
  'Quote for 60 smart locks', '''
Hi,

We're refurbishing our hotel in Savannah and would like a quote for 60 of your SL-4 smart locks with the hotel management licence – by my rough maths around $42,000 at list price. Do you offer volume pricing, and what's the lead time?

Best,
Yolanda Pierce
Procurement, Pierce Hospitality
''', client='outlook', fmt='alt')

M('en', '-', 'other', 'invoice of exactly €5,000.00 needs a PO number added (not > 5,000, no dispute)',
  ('Thijs de Vries', 'thijs.devries@devries-bouw.example'),
  'PO number missing on invoice INV-3021', '''
Hello,

Invoice INV-3021 (€5,000.00, implementation package) doesn't have our PO number on it, so our finance system won't accept it. Could you reissue it with PO 4500118823 in the reference field?

Thank you,
Thijs de Vries
''', cs='iso-8859-1', cte='8bit', fmt='plain', client='tb')

M('en', '-', 'other', 'mild disappointment about colour; keeping the item',
  ('Harriet Doyle', 'harriet.doyle@doylehome.example'),
  'sofa cushions colour', '''
Hi,

The cushions arrived yesterday, thank you. I was a little disappointed that the green is a bit more olive than it looked on the website, but they're lovely quality and I'm keeping them. Maybe worth adjusting the photos though!

Harriet
''', client='gmail', fmt='alt')

M('en', '-', 'other', '"isn\'t acceptable" about reply time alone (no strong wording); asks to change delivery address',
  ('Aaron Fitzgerald', 'aaron.fitz@fitzmail.example'),
  'Change delivery address for order 88217', '''
Hi,

Honestly a three-day wait for a reply isn't really acceptable for a shop, but anyway: could you change the delivery address for order 88217 to my work address, 22 Albion Street, Leeds LS1 6AA? It hasn't shipped yet.

Aaron
''', cs='us-ascii', cte='7bit', fmt='plain')

M('en', '-', 'other', 'wants a refund because she did not enjoy the course (not a dispute)',
  ('Naomi Blackwood', 'naomi.blackwood@blackwood-art.example'),
  'Refund for watercolour course?', '''
Hello,

I finished the first two modules of the watercolour course and to be honest it's just not for me – I was hoping for more on landscapes. Would it be possible to get a refund, or maybe swap to the sketching course instead?

Thank you,
Naomi
''', client='apple', fmt='alt')

M('en', '-', '-', 'how-to: change billing address',
  ('Peter Lindqvist', 'peter.lindqvist@lindqvist-mail.example'),
  'Billing address', '''
Hi, where do I change the billing address for my card? I moved last month. Thanks, Peter
''', client='mobile', fmt='plain', cs='us-ascii', cte='7bit')

M('en', '-', '-', 'thank-you mail for helpful agent',
  ('Dorothy Wainwright', 'dorothy.wainwright@wainwright-home.example'),
  'Thank you to Maria', '''
Dear Support team,

I just wanted to say thank you to Maria, who helped me on the phone yesterday to set up my new tablet with the grandchildren's photo album. She was so patient with me and explained everything twice without making me feel silly.

Please pass on my thanks.

Dorothy Wainwright
''', client='web', fmt='plain', cs='iso-8859-1', cte='8bit')

M('en', '-', '-', 'how-to: set up e-mail forwarding on hosting',
  ('Samir Haddad', 'samir.haddad@haddad-photo.example'),
  'Email forwarding', '''
Hello,

How do I set up forwarding from info@ on my domain to my personal address? I've found the "Mailboxes" page in the control panel but not the forwarding option.

Thanks,
Samir
''', client='gmail', fmt='alt')

M('en', '-', '-', 'question about delivery times to Canada',
  ('Claire Tremblay', 'claire.tremblay@tremblay-mail.example'),
  'Shipping to Canada', '''
Hi there,

Do you ship to Canada, and roughly how long does it take to Quebec? Also, would I have to pay customs duties on delivery or are they included?

Merci!
Claire
''', cs='utf-8', cte='quoted-printable', fmt='plain')

M('en', '-', '-', 'how to add a second user to the smart-home app',
  ('Ben Okafor', 'ben.okafor@okafor-house.example'),
  'second user for the app', '''
hey, my partner wants to control the lights and heating from her phone too. do we both need accounts, or can she log in with mine? whats the best way?

ta, Ben
''', client='mobile', fmt='html')

M('en', '-', '-', 'thank-you for fast delivery; mentions cake for the team',
  ('Rosa Delgado', 'rosa.delgado@delgado-bakes.example'),
  'Thanks for the fast delivery!', '''
Hi all,

Just a quick note to say the mixer arrived a day early and it's already been put to work – three batches of cinnamon buns this morning. If you were closer I'd send some over!

Thanks again,
Rosa
''', client='gmail', fmt='alt')


# Customer mail, German / French / Spanish, no trigger (mostly traps).

M('de', '-', 'title', 'Büroleiterin fragt, wie man einen Benutzer anlegt',
  ('Sabine Hoffmann', 's.hoffmann@praxis-hoffmann.example'),
  'Neuen Benutzer anlegen', '''
Guten Tag,

ich bin die Büroleiterin unserer Praxis und verwalte den Zugang zu Ihrem Terminprogramm. Wir haben eine neue Kollegin an der Anmeldung. Wie lege ich für sie einen eigenen Benutzer an, der nur Termine sehen, aber keine Abrechnungen öffnen kann?

Vielen Dank und freundliche Grüße
Sabine Hoffmann
Büroleitung, Praxis Dr. Hoffmann
''', client='outlook', fmt='alt', cs='iso-8859-1', cte='quoted-printable')

M('de', '-', 'title', '"unser Kundenbetreuer" ist eine bestehende Rolle; bittet um Rechnungskopie',
  ('Lukas Bauer', 'lukas.bauer@bauer-holzbau.example'),
  'Rechnungskopie Dezember', '''
Hallo,

unser Kundenbetreuer Herr Weiß hat mir gesagt, ich soll mich für Rechnungskopien an diese Adresse wenden. Könnten Sie mir bitte die Rechnung für Dezember 2025 noch einmal als PDF schicken? Unsere Buchhaltung findet sie nicht.

Danke und Gruß
Lukas Bauer
''', cs='utf-8', cte='8bit', fmt='plain', client='tb')

M('de', '-', 'quoted', 'nur Dank; zitierte eigene frühere Mail drohte mit Anwalt, Desk-Antwort spricht von Eskalation',
  ('Heike Brandt', 'heike.brandt@brandt-web.example'),
  'Re: Rechnung Februar', '''
Vielen Dank, die Gutschrift ist heute angekommen. Damit ist die Sache für mich erledigt.

Schöne Grüße
Heike Brandt

Am 10.02.2026 um 09:14 schrieb Example Support <support@example.test>:
''' + q('''
Sehr geehrte Frau Brandt,

wir haben Ihren Fall an die Teamleitung eskaliert. Die doppelt
berechneten 49,00 EUR werden Ihnen in den nächsten Tagen gutgeschrieben.

Mit freundlichen Grüßen
Example Support

Am 09.02.2026 um 18:03 schrieb Heike Brandt:
> Sie haben mir die Februarrechnung zweimal abgebucht. Wenn das Geld
> nicht bis Freitag zurück ist, geht die Sache an meinen Anwalt.
'''), reply=2, client='tb', fmt='plain', cs='utf-8', cte='8bit')

M('de', '-', 'quoted', 'Outlook-Zitat der Desk-Mail erwähnt Störung; Kunde bestätigt nur den Termin',
  ('Werner Fischer', 'werner.fischer@fischer-kfz.example'),
  'AW: Technikertermin', '''
Hallo,

Mittwoch passt, ab 8 Uhr ist jemand in der Werkstatt.

Gruß
Werner Fischer

-----Ursprüngliche Nachricht-----
Von: Example Support <support@example.test>
Gesendet: Montag, 9. Februar 2026 14:05
An: Werner Fischer <werner.fischer@fischer-kfz.example>
Betreff: Technikertermin

Sehr geehrter Herr Fischer,

nach der Störung in Ihrem Ortsnetz in der vergangenen Woche möchten wir vorsorglich Ihren Anschluss prüfen. Wir schlagen Mittwoch, 11. Februar, zwischen 8 und 12 Uhr vor.

Mit freundlichen Grüßen
Ihr Support-Team
''', reply=True, client='outlook', fmt='alt', cs='windows-1252', cte='quoted-printable')

M('de', '-', 'signature', 'Frage nach Lieferzeit; Disclaimer mit rechtlichen Schritten und Datenschutz',
  ('Dr. Klaus Meier', 'k.meier@meier-partner.example'),
  'Lieferzeit Bestellung 44-2210', '''
Sehr geehrte Damen und Herren,

können Sie mir sagen, wann die Bestellung 44-2210 (Bürostühle) voraussichtlich geliefert wird? In der Bestätigung steht nur "in Kürze".

Mit freundlichen Grüßen
Dr. Klaus Meier

Meier & Partner Rechtsanwälte mbB
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet und können rechtliche Schritte nach sich ziehen. Informationen zum Datenschutz nach Art. 13 DSGVO finden Sie auf unserer Website.
''', client='outlook', fmt='alt', cs='iso-8859-15', cte='quoted-printable')

M('de', '-', 'negation', 'will ausdrücklich nicht kündigen, nur Tarif wechseln',
  ('Anna Schulz', 'anna.schulz@schulz-family.example'),
  'Tarifwechsel', '''
Hallo,

ich will nicht kündigen, keine Sorge :) Ich würde nur gern von "Max" auf den kleineren Tarif "Smart" wechseln, weil ich inzwischen fast nur noch im WLAN bin. Geht das sofort oder erst zum Ende der Mindestlaufzeit?

Liebe Grüße
Anna
''', client='mobile', fmt='plain', cs='utf-8', cte='8bit')

M('de', '-', 'negation', 'keine Daten verloren; Frage zum Umzug auf neues Handy',
  ('Georg Klein', 'georg.klein@klein-mail.example'),
  'Neues Handy - wie übertragen?', '''
Guten Tag,

ich habe ein neues Handy. Auf dem alten ist noch alles da, es ist also nichts verloren gegangen. Wie bekomme ich jetzt meine Einstellungen und die gespeicherten Geräte in Ihrer App auf das neue Handy, ohne alles neu einrichten zu müssen?

Mit freundlichen Grüßen
Georg Klein
''', cs='iso-8859-1', cte='8bit', fmt='alt')

M('de', '-', 'policy_question', 'fragt hypothetisch nach Kündigungsfristen',
  ('Marie Wagner', 'marie.wagner@wagnerpost.example'),
  'Frage zur Vertragslaufzeit', '''
Hallo,

ich überlege, bei Ihnen einen Vertrag abzuschließen. Könnte ich den später monatlich kündigen, falls ich ins Ausland ziehe, oder gilt dann trotzdem die Mindestlaufzeit von 24 Monaten?

Viele Grüße
Marie Wagner
''', client='gmail', fmt='alt')

M('de', '-', 'policy_question', 'fragt nach DSGVO-Konformität und AV-Vertrag',
  ('Oliver Hartung', 'o.hartung@hartung-software.example'),
  'DSGVO / Auftragsverarbeitungsvertrag', '''
Guten Tag,

ist Ihre Plattform DSGVO-konform und stellen Sie einen Auftragsverarbeitungsvertrag (AVV) zur Verfügung? Unser Datenschutzbeauftragter benötigt diesen vor Vertragsabschluss.

Beste Grüße
Oliver Hartung
''', client='outlook', fmt='plain', cs='utf-8', cte='quoted-printable')

M('de', '-', 'reported', 'Nachbar rät zur Verbraucherzentrale; Kunde will nur die Abschlagsberechnung verstehen',
  ('Helmut Richter', 'helmut.richter@richter-haus.example'),
  'Wie berechnen Sie den Abschlag?', '''
Guten Tag,

mein Nachbar meint, ich soll gleich zur Verbraucherzentrale gehen, weil mein neuer monatlicher Abschlag für Gas höher ist als im letzten Jahr. Ich möchte aber erst einmal verstehen, wie Sie den Abschlag berechnen. Spielt da der Verbrauch vom letzten Winter eine Rolle oder nur der Preis?

Mit freundlichen Grüßen
Helmut Richter
''', cs='iso-8859-1', cte='quoted-printable', fmt='plain', client='web')

M('de', '-', 'innocuous', '"Feuer und Flamme", "brandneu"; Frage nach Schulung',
  ('Carina Vogel', 'carina.vogel@vogel-events.example'),
  'Schulung für das neue Modul', '''
Hallo zusammen,

unser Team ist Feuer und Flamme für das brandneue Planungsmodul! Bieten Sie dafür eine kurze Online-Schulung an? Wir wären zu sechst.

Viele Grüße
Carina
''', client='gmail', fmt='alt')

M('de', '-', 'other', 'zweite Nachricht (nicht dritte); Adressänderung',
  ('Paul Neumann', 'paul.neumann@neumann-design.example'),
  'Zweite Nachricht: Adressänderung', '''
Hallo,

das ist meine zweite Nachricht dazu: Bitte ändern Sie unsere Rechnungsadresse auf Lindenstraße 14, 04109 Leipzig. Die erste Mail habe ich am 3. Februar geschickt.

Danke
Paul Neumann
''', cs='utf-8', cte='8bit', fmt='plain', client='tb')

M('de', '-', 'other', 'Großauftrag (~25.000 €) ohne Problem; bittet um Angebot',
  ('Sandra Keller', 's.keller@keller-hotels.example'),
  'Angebot für 80 Thermostate', '''
Guten Tag,

für die Renovierung unseres Hotels benötigen wir ca. 80 smarte Heizkörperthermostate inkl. Zentrale. Nach Ihrer Preisliste wären das rund 25.000 €. Können Sie uns ein Angebot mit Mengenrabatt und Lieferzeit schicken?

Mit freundlichen Grüßen
Sandra Keller
Einkauf, Keller Hotels
''', client='outlook', fmt='alt', cs='iso-8859-15', cte='quoted-printable')

M('de', '-', '-', 'Dankesmail an den Support',
  ('Elfriede Maurer', 'elfriede.maurer@maurer-post.example'),
  'Dankeschön', '''
Liebes Support-Team,

ich wollte mich einfach einmal bedanken. Herr Schäfer hat mir am Telefon so geduldig erklärt, wie ich die Videotelefonie mit meinen Enkeln einrichte. Jetzt sehe ich sie jeden Sonntag!

Herzliche Grüße
Elfriede Maurer
''', cs='iso-8859-1', cte='8bit', fmt='plain', client='web')

M('fr', '-', 'title', '"responsable des achats" est un titre ; demande de devis',
  ('Caroline Dupont', 'caroline.dupont@dupont-hotellerie.example'),
  'Demande de devis', '''
Bonjour,

Je suis responsable des achats pour le groupe Dupont Hôtellerie. Pourriez-vous nous envoyer un devis pour 20 routeurs professionnels et l'installation dans nos trois établissements de Nantes ?

Cordialement,
Caroline Dupont
Responsable des achats
''', client='outlook', fmt='alt', cs='iso-8859-1', cte='quoted-printable')

M('fr', '-', 'title', '"notre chargé de compte" (rôle existant) ; question sur la facture',
  ('Mathieu Leroy', 'mathieu.leroy@leroy-transports.example'),
  'Question sur la facture de janvier', '''
Bonjour,

Notre chargé de compte, M. Durand, m'a conseillé de vous écrire directement. Sur la facture de janvier, à quoi correspond la ligne "Option flotte" ? Je ne suis pas sûr de savoir ce qu'elle recouvre.

Merci d'avance,
Mathieu Leroy
''', cs='utf-8', cte='8bit', fmt='plain', client='gmail')

M('fr', '-', 'quoted', 'remerciement ; le message cité contenait une menace de résiliation',
  ('Chantal Morel', 'chantal.morel@morel-fleurs.example'),
  'Re: Ma facture de février', '''
Merci beaucoup, c'est réglé. Bonne journée !

Chantal

Le 6 févr. 2026 à 11:02, Example Support <support@example.test> a écrit :
''' + q('''
Bonjour Madame Morel,

Nous avons bien corrigé votre facture et le trop-perçu vous sera
remboursé sous 5 jours.

Le 5 févr. 2026 à 19:47, Chantal Morel a écrit :
> Vous m'avez facturé deux fois l'abonnement. Si ce n'est pas
> corrigé cette semaine, je résilie et je vais voir un avocat.
'''), reply=2, client='apple', fmt='alt', cs='utf-8', cte='quoted-printable')

FWD_FR = '''
-------- Message transféré --------
Sujet : Scandaleux - je vais porter plainte
Date : Lun. 9 févr. 2026 08:12
De : Georges Blanchard <georges.blanchard@blanchard-sarl.example>
Pour : Amélie Blanchard <amelie@blanchard-sarl.example>

Amélie, ils nous ont encore coupé la ligne ! C'est scandaleux, je vais porter plainte et écrire au journal.
'''

M('fr', '-', 'quoted', 'objet TR: et message transféré contiennent des menaces ; son propre texte demande seulement le numéro de contrat',
  ('Amélie Blanchard', 'amelie@blanchard-sarl.example'),
  'TR: Scandaleux - je vais porter plainte', '''
Bonjour,

Mon père m'a transféré ce message, il s'énerve vite. Pouvez-vous simplement me rappeler le numéro de contrat de la ligne pro de la SARL ? Je m'occupe du reste avec lui.

Merci,
Amélie
''' + FWD_FR, client='web', fmt='plain', cs='iso-8859-15', cte='8bit')

M('fr', '-', 'signature', 'question simple ; mentions légales avec poursuites et RGPD',
  ('Maître Hélène Duval', 'h.duval@duval-avocats.example'),
  'Modification du mot de passe', '''
Bonjour,

Comment puis-je modifier le mot de passe de notre compte professionnel ? Le lien "Mot de passe oublié" renvoie vers l'adresse de mon ancienne assistante.

Bien cordialement,
Hélène Duval
Avocate au barreau de Lyon

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Toute utilisation non autorisée est interdite et pourra faire l'objet de poursuites. Conformément au RGPD, vous disposez d'un droit d'accès et de rectification de vos données.
''', client='outlook', fmt='alt', cs='windows-1252', cte='quoted-printable')

M('fr', '-', 'negation', 'ne souhaite pas résilier ; veut changer d\'offre',
  ('Lucas Martin', 'lucas.martin@martin-maison.example'),
  'Changement d\'offre', '''
Bonjour,

Je ne souhaite pas résilier, rassurez-vous, mais j'aimerais passer de l'offre fibre 1 Gb à l'offre 500 Mb, qui me suffit largement. Est-ce possible sans frais et sans nouvel engagement ?

Merci,
Lucas Martin
''', cs='utf-8', cte='quoted-printable', fmt='plain', client='mobile')

M('fr', '-', 'negation', 'aucune donnée perdue ; demande comment déplacer le compte vers un nouveau PC',
  ('Brigitte Lemaire', 'brigitte.lemaire@lemaire-compta.example'),
  'Installation sur un nouvel ordinateur', '''
Bonjour,

Nous avons changé l'ordinateur du secrétariat. Aucune donnée n'a été perdue, l'ancien poste fonctionne encore. Comment transférer la licence et les dossiers vers le nouveau poste ?

Cordialement,
Brigitte Lemaire
''', client='outlook', fmt='alt', cs='iso-8859-1', cte='8bit')

M('fr', '-', 'policy_question', 'demande la politique de remboursement',
  ('Inès Garcia', 'ines.garcia@garcia-mail.example'),
  'Politique de remboursement', '''
Bonjour,

Quelle est votre politique de remboursement si j'annule un séjour moins de 30 jours avant le départ ? Je ne trouve pas l'information dans les conditions générales.

Merci,
Inès
''', cs='utf-8', cte='8bit', fmt='alt', client='gmail')

M('fr', '-', 'policy_question', 'demande si un SLA couvre les pannes',
  ('Romain Petit', 'romain.petit@petit-saas.example'),
  'SLA et disponibilité', '''
Bonjour,

Avant de passer à l'offre Entreprise, pouvez-vous me préciser si vous proposez un SLA couvrant les pannes, avec quel taux de disponibilité garanti et quelles pénalités ?

Bien à vous,
Romain Petit
''', client='tb', fmt='plain', cs='utf-8', cte='8bit')

M('fr', '-', 'reported', 'un collègue veut faire de la mauvaise pub ; elle demande juste un export',
  ('Émilie Faure', 'emilie.faure@faure-immo.example'),
  'Export des contacts', '''
Bonjour,

Mon collègue dit en rigolant qu'on devrait vous faire de la mauvaise pub sur LinkedIn parce qu'il ne trouve jamais le bouton d'export. Moi je voudrais juste savoir : comment exporter la liste des contacts avec les numéros de téléphone ?

Merci !
Émilie
''', client='gmail', fmt='alt', cs='utf-8', cte='quoted-printable')

M('fr', '-', 'innocuous', '"feu vert de notre direction", "sur les chapeaux de roue" ; demande d\'ajout de licences',
  ('Stéphane Roussel', 'stephane.roussel@roussel-bati.example'),
  'Ajout de 10 licences', '''
Bonjour,

Bonne nouvelle : nous avons eu le feu vert de notre direction pour équiper le bureau d'études. Nous voudrions démarrer sur les chapeaux de roue. Comment ajouter 10 licences à notre abonnement actuel ?

Cordialement,
Stéphane Roussel
''', client='outlook', fmt='alt')

M('fr', '-', 'other', 'devis d\'exactement 5 000 € sans problème ; demande le bon de commande',
  ('Agnès Colin', 'agnes.colin@colin-formation.example'),
  'Devis n° D-2026-044', '''
Bonjour,

Nous acceptons votre devis D-2026-044 d'un montant de 5 000,00 € HT pour la formation de nos équipes. Pouvez-vous m'envoyer le bon de commande à signer ?

Bien cordialement,
Agnès Colin
''', cs='iso-8859-15', cte='quoted-printable', fmt='plain', client='outlook')

M('fr', '-', 'other', 'légère déception sur la couleur, garde le produit',
  ('Julie Bernard', 'julie.bernard@bernard-deco.example'),
  'Couleur du plaid', '''
Bonjour,

J'ai bien reçu le plaid, merci. Je suis un peu déçue car le bleu est plus clair que sur la photo, mais il est très doux et je le garde. C'était juste pour vous le signaler.

Bonne journée,
Julie
''', client='mobile', fmt='html', cs='utf-8')

M('fr', '-', '-', 'remerciements pour l\'installation',
  ('Henri Gauthier', 'henri.gauthier@gauthier-mail.example'),
  'Merci pour l\'installation', '''
Bonjour,

Je voulais remercier le technicien venu ce matin installer la box. Très aimable, efficace, et il a même pris le temps d'expliquer le fonctionnement à ma femme.

Cordialement,
Henri Gauthier
''', cs='iso-8859-1', cte='8bit', fmt='plain', client='web')

M('fr', '-', '-', 'question : délai de livraison en Belgique',
  ('Sarah Janssens', 'sarah.janssens@janssens-mail.example'),
  'Livraison en Belgique', '''
Bonjour,

Livrez-vous en Belgique et si oui, en combien de temps ? Les frais de port sont-ils les mêmes qu'en France ?

Merci beaucoup,
Sarah
''', cs='utf-8', cte='8bit', fmt='alt', client='gmail')

M('es', '-', 'title', '"soy el gerente de la tienda" es un cargo; pregunta por el TPV',
  ('Óscar Delgado', 'oscar.delgado@delgado-zapatos.example'),
  'Configurar segundo terminal', '''
Hola,

Soy el gerente de la tienda de la calle Mayor y acabamos de recibir un segundo terminal de pago. ¿Cómo lo doy de alta en la misma cuenta para que los cobros salgan juntos en el informe diario?

Gracias,
Óscar Delgado
Gerente
''', cs='utf-8', cte='quoted-printable', fmt='alt', client='gmail')

M('es', '-', 'quoted', 'solo agradece; el texto citado contenía su amenaza de irse a la competencia',
  ('Mercedes López', 'mercedes.lopez@lopez-correo.example'),
  'Re: Factura de enero', '''
Ya está solucionado, muchas gracias por la rapidez.

Un saludo,
Mercedes

El mar, 10 feb 2026 a las 12:30, Example Support (<support@example.test>) escribió:
''' + q('''
Estimada Mercedes:

Hemos corregido la factura de enero y le devolveremos la diferencia
en los próximos días.

El lun, 9 feb 2026 a las 20:15, Mercedes López escribió:
> Me han cobrado 15 euros de más. Si no lo arreglan me voy a la
> competencia y pongo una reclamación en consumo.
'''), reply=2, client='gmail', fmt='alt', cs='utf-8', cte='quoted-printable')

M('es', '-', 'quoted', 'bloque de Outlook cita al soporte diciendo que el caso se ha escalado; el cliente solo confirma la cita',
  ('Joaquín Rey', 'joaquin.rey@rey-taller.example'),
  'RE: Visita del técnico', '''
Perfecto, el jueves por la mañana estaré en casa.

Saludos,
Joaquín

De: Example Support <support@example.test>
Enviado el: martes, 10 de febrero de 2026 16:40
Para: Joaquín Rey <joaquin.rey@rey-taller.example>
Asunto: Visita del técnico

Estimado Joaquín:
Hemos escalado su caso al departamento técnico y le proponemos una visita el jueves 12 de 9:00 a 13:00 para revisar la instalación.
Un saludo,
Example Support
''', reply=True, client='outlook', fmt='alt', cs='iso-8859-1', cte='quoted-printable')

M('es', '-', 'signature', 'pregunta sencilla; aviso legal con acciones legales y protección de datos',
  ('Lorena Paredes', 'lorena.paredes@paredes-abogados.example'),
  'Cambio de titular de la cuenta', '''
Buenos días,

¿Qué documentación necesitan para cambiar el titular de la cuenta de empresa? Nuestra socia anterior se ha jubilado.

Saludos cordiales,
Lorena Paredes

AVISO LEGAL: Este mensaje y sus anexos son confidenciales. Si usted no es el destinatario, queda prohibida su utilización, pudiendo ejercitarse las acciones legales oportunas. En cumplimiento de la normativa de protección de datos, le informamos de que sus datos forman parte de un fichero responsabilidad de Paredes Abogados.
''', client='outlook', fmt='alt', cs='windows-1252', cte='quoted-printable')

M('es', '-', 'negation', 'no quiere darse de baja; pregunta por cambiar de tarifa',
  ('Tomás Aguilar', 'tomas.aguilar@aguilar-correo.example'),
  'Cambio de tarifa', '''
Hola,

No quiero darme de baja, estoy contento, pero me gustaría bajar a la tarifa de 300 Mb porque ahora vivo solo. ¿Tiene algún coste o permanencia nueva?

Gracias,
Tomás
''', client='mobile', fmt='plain', cs='utf-8', cte='8bit')

M('es', '-', 'negation', 'no se ha perdido ningún dato; pregunta cómo cambiar de ordenador',
  ('Pilar Santos', 'pilar.santos@santos-gestoria.example'),
  'Cambio de ordenador', '''
Buenos días,

Hemos comprado un ordenador nuevo para la gestoría. No se ha perdido ningún dato, el antiguo sigue funcionando. ¿Cómo paso la licencia y la base de datos al equipo nuevo?

Un saludo,
Pilar Santos
''', cs='iso-8859-15', cte='8bit', fmt='alt', client='outlook')

M('es', '-', 'policy_question', 'pregunta por la política de devoluciones',
  ('Irene Campos', 'irene.campos@campos-mail.example'),
  'Política de devoluciones', '''
Hola,

¿Cuál es su política de devoluciones para productos en oferta? ¿Tengo los mismos 30 días o es diferente?

Gracias,
Irene
''', cs='utf-8', cte='quoted-printable', fmt='plain', client='gmail')

M('es', '-', 'policy_question', 'anulación neutral de un pedido por talla equivocada',
  ('Daniel Ibáñez', 'daniel.ibanez@ibanez-correo.example'),
  '¿Cómo anulo el pedido 33-4410?', '''
Hola,

Me he equivocado de talla en el pedido 33-4410 (pedí una M y necesito una L). ¿Cómo lo anulo para volver a hacerlo bien? Todavía no ha salido del almacén.

Gracias
Daniel
''', client='mobile', fmt='html', cs='utf-8')

M('es', '-', 'reported', 'el cuñado dice que debería demandarles; ella solo quiere información',
  ('Nuria Cabrera', 'nuria.cabrera@cabrera-correo.example'),
  'Duda sobre la garantía', '''
Hola,

Mi cuñado, que es muy exagerado, dice que debería demandarles porque la garantía de la lavadora es de dos años y no de tres como la de otra marca. Yo solo quiero saber si se puede ampliar la garantía y cuánto costaría.

Un saludo,
Nuria
''', cs='utf-8', cte='8bit', fmt='alt', client='gmail')

M('es', '-', 'innocuous', '"prueba de fuego", "a toda máquina"; pregunta por usuarios adicionales',
  ('Raquel Moreno', 'raquel.moreno@moreno-eventos.example'),
  'Usuarios adicionales', '''
¡Hola!

El fin de semana pasado fue la prueba de fuego con vuestra plataforma en nuestra boda más grande del año y todo fue a toda máquina. Ahora queremos dar acceso a dos coordinadoras más. ¿Cuánto cuesta cada usuario adicional?

Un abrazo,
Raquel
''', client='gmail', fmt='alt', cs='utf-8', cte='quoted-printable')

M('es', '-', 'other', 'segundo correo (no tercero) para cambiar la dirección de facturación',
  ('Alfonso Varela', 'alfonso.varela@varela-correo.example'),
  'Segundo correo: dirección de facturación', '''
Hola,

Les escribo por segunda vez: por favor, cambien la dirección de facturación a calle Colón 12, 46004 Valencia. El primer correo lo envié el 2 de febrero.

Gracias,
Alfonso Varela
''', cs='iso-8859-1', cte='8bit', fmt='plain', client='tb')

M('es', '-', 'other', 'presupuesto grande (18.000 €) sin ningún problema',
  ('Cristina Soler', 'cristina.soler@soler-clinica.example'),
  'Presupuesto para 12 equipos', '''
Buenos días,

Queremos renovar los equipos de nuestra clínica. ¿Nos pueden enviar un presupuesto para 12 ordenadores con monitor y la instalación? Calculamos que serán unos 18.000 €, pero necesitamos el detalle para aprobarlo.

Un saludo,
Cristina Soler
Clínica Soler
''', client='outlook', fmt='alt', cs='utf-8', cte='quoted-printable')

M('es', '-', '-', 'agradecimiento por la atención',
  ('Ramón Calvo', 'ramon.calvo@calvo-correo.example'),
  'Gracias', '''
Buenas tardes,

Solo quería dar las gracias a Lucía, del servicio de atención, por ayudarme a configurar la aplicación. Muy amable y muy clara.

Saludos,
Ramón Calvo
''', cs='iso-8859-1', cte='quoted-printable', fmt='plain', client='web')


# ====================================================================== automated mail
# Machine-generated mail: no trigger ever counts, whatever the text says.

def desk_msg(to, subj, date, mid, body, cs='utf-8', cte='quoted-printable', name=DESK_NAME):
    """A reply the desk sent earlier (quoted by bounces, receipts and loops)."""
    return inner_msg((name, DESK), to, subj, date, mid, body, cs=cs, cte=cte,
                     extra=['X-Mailer: escalated-desk 2.4'])


def dsn(mta, recips, arrival=None, extra=()):
    lines = ['Reporting-MTA: dns; ' + mta]
    lines.extend(extra)
    if arrival:
        lines.append('Arrival-Date: ' + arrival)
    out = '\r\n'.join(lines) + '\r\n'
    for r in recips:
        out += '\r\n' + '\r\n'.join(r) + '\r\n'
    return leaf('message/delivery-status', out.encode('ascii'))


def plain7(text, cs='us-ascii', cte='7bit', extra=()):
    return tpart(T(text), 'plain', cs, cte, extra=extra)


def mdn_part(ua, rcpt, orig_mid, disp='manual-action/MDN-sent-manually; displayed'):
    t = ('Reporting-UA: %s\r\nOriginal-Recipient: rfc822;%s\r\nFinal-Recipient: rfc822;%s\r\n'
         'Original-Message-ID: %s\r\nDisposition: %s\r\n' % (ua, rcpt, rcpt, orig_mid, disp))
    return leaf('message/disposition-notification', t.encode('ascii'))


# ---------------------------------------------------------------- auto_reply

A('auto_reply', 'en', 'Outlook out-of-office with Auto-Submitted/X-Autoreply; names a manager and "urgent"',
  ('Gordon Blaise', 'gordon.blaise@kestrelnet.example'),
  'Automatic reply: Re: Ticket 771204 - connection drops', body='''
Thank you for your email. I am out of the office until Monday 16 February with no access to email.

For anything urgent regarding the Marlow Crescent project please contact my manager, Alison Frey, on +44 20 555 0188.

Gordon Blaise
''', hdrs=['Auto-Submitted: auto-replied', 'X-Autoreply: yes', 'X-Auto-Response-Suppress: All'],
  reply=True, client='outlook', fmt='alt', cs='us-ascii', cte='quoted-printable')

A('auto_reply', 'en', 'out-of-office with no auto-reply header at all (only the wording)',
  ('Megan Holloway', 'megan.holloway@clearwater.example'),
  'Out of Office: Password manager compatibility', body='''
Hi,

I'm out of the office from 9 to 13 February at a conference with very limited access to email. I'll reply when I'm back. If it's about an outage or anything security related, please call the Clearwater IT service desk on +1 555 0134 instead.

Thanks,
Megan
''', reply=True, client='gmail', fmt='alt')

A('auto_reply', 'en', 'helpdesk acknowledgement ("we received your request") from the customer company ticket system',
  ('Harbour Tech IT Service Desk', 'servicedesk@harbourtech.example'),
  '[HT-20931] We received your request: Re: I can see another company\'s invoices', body='''
Hello,

This is an automated message to let you know that we have received your request and created ticket HT-20931.

Our service desk team will review it within 1 business day. Please do not reply to this message; add comments through the portal at https://servicedesk.harbourtech.example/tickets/HT-20931 instead.

Priority: Normal
Category: Vendor correspondence

Harbour Tech IT Service Desk
''', hdrs=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All',
           'X-Ticket-ID: HT-20931'], reply=True, client='web', fmt='plain', cs='utf-8', cte='8bit')

A('auto_reply', 'en', 'Outlook automatic reply (Auto-Submitted: auto-generated); mentions escalations and legal team',
  ('Katrin Solberg', 'k.solberg@meridian-logistics.example'),
  'Automatic reply: SSO broken for 4 weeks - escalation needed', body='''
I am on annual leave until 23 February and will not be checking email.

For escalations concerning our IT suppliers please contact Per Lund (per.lund@meridian-logistics.example). Contract or legal matters should go to legal@meridian-logistics.example.

Kind regards,
Katrin Solberg
Head of IT, Meridian Logistics
''', hdrs=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All',
           'X-MS-Exchange-Inbox-Rules-Loop: k.solberg@meridian-logistics.example'],
  reply=True, client='outlook', fmt='html', cs='utf-8', cte='base64')

A('auto_reply', 'en', 'vacation responder (auto-replied), parental leave; subject is Re: of the desk mail',
  ('Alicia Brandt', 'alicia.brandt@brandtmedia.example'),
  'Re: INV-44102 paid twice', body='''
Hi there,

I'm on parental leave until the end of April. For anything billing related, including refunds and invoices, please write to finance@brandtmedia.example and my colleague Joel will take care of it.

Alicia
''', hdrs=['Auto-Submitted: auto-replied', 'Precedence: auto_reply'], reply=True, client='gmail',
  fmt='plain', cs='utf-8', cte='7bit')

A('auto_reply', 'en', 'ticket acknowledgement without any auto-reply header; contains "complaint" and "escalate"',
  ('Pierce Hospitality Procurement', 'procurement@pierce-hospitality.example'),
  'Your message has been received [REF: PH-PRC-5512]', body='''
Thank you for contacting Pierce Hospitality Procurement.

Your message has been logged under reference PH-PRC-5512. A member of the team will respond within 3 working days. If your message is a complaint about one of our hotels, please use the guest feedback form instead; we cannot escalate guest complaints from this mailbox.

This mailbox is not monitored outside office hours.
''', reply=True, client='web', fmt='alt', cs='us-ascii', cte='7bit')

A('auto_reply', 'de', 'Abwesenheitsnotiz mit X-Autoreply; nennt Vorgesetzten und "dringend"',
  ('Katharina Wolff', 'k.wolff@wolff-metallbau.example'),
  'Abwesenheitsnotiz: Auftrag 2026-0142 falsche Ausführung geliefert', body='''
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20.02.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails.

In dringenden Fällen wenden Sie sich bitte an meinen Stellvertreter, Herrn Jonas Brandl (j.brandl@wolff-metallbau.example, Tel. +49 8131 555 0102).

Mit freundlichen Grüßen
Katharina Wolff
''', hdrs=['X-Autoreply: yes', 'Auto-Submitted: auto-replied'], reply=True, client='outlook',
  fmt='alt', cs='iso-8859-1', cte='quoted-printable')

A('auto_reply', 'de', 'Outlook "Automatische Antwort" (auto-generated); erwähnt Störungen und Beschwerden',
  ('Stefan Albrecht', 'stefan.albrecht@albrecht-it.example'),
  'Automatische Antwort: Online-Banking down?', body='''
Ich bin bis zum 27.02. im Urlaub. Ihre E-Mail wird nicht weitergeleitet.

Bei Störungen unserer Systeme wenden Sie sich bitte an die Hotline 0351 555 0190. Beschwerden und Rechnungsfragen bearbeitet Frau Köhler (buchhaltung@albrecht-it.example).

Stefan Albrecht
''', hdrs=['Auto-Submitted: auto-generated', 'X-Auto-Response-Suppress: All'], reply=True,
  client='outlook', fmt='html', cs='utf-8', cte='quoted-printable', entities=True)

A('auto_reply', 'fr', 'réponse automatique d\'absence (Auto-Submitted)',
  ('Valérie Chevalier', 'valerie.chevalier@chevalier-industrie.example'),
  'Réponse automatique : Synchronisation ERP en échec - demande d\'escalade', body='''
Bonjour,

Je suis absente du bureau jusqu'au lundi 2 mars inclus, avec un accès limité à ma messagerie.

Pour toute urgence concernant nos systèmes d'information, merci de contacter le support interne au 03 55 50 12 90 ou mon responsable, M. Arnaud Fleury.

Cordialement,
Valérie Chevalier
''', hdrs=['Auto-Submitted: auto-replied', 'X-Auto-Response-Suppress: All'], reply=True,
  client='outlook', fmt='alt', cs='windows-1252', cte='quoted-printable')

A('auto_reply', 'fr', 'message d\'absence sans aucun en-tête automatique',
  ('Marc Lefèvre', 'marc.lefevre@cabinet-lefevre.example'),
  'Absent du bureau - Re: Commande CMD-44821 non livrée', body='''
Bonjour,

Je suis en congés jusqu'au 23 février. Votre message ne sera pas transféré.

Pour toute question urgente relative au cabinet, vous pouvez joindre notre accueil au 04 55 50 33 10.

Bien cordialement,
Marc Lefèvre
''', reply=True, client='web', fmt='plain', cs='iso-8859-15', cte='8bit')

A('auto_reply', 'es', 'respuesta automática fuera de la oficina (Auto-Submitted)',
  ('Isabel Medina', 'isabel.medina@medina-instalaciones.example'),
  'Respuesta automática: Pedido PV-2231 sin entregar', body='''
Hola:

Estoy fuera de la oficina hasta el 2 de marzo, visitando obras, con acceso limitado al correo.

Para pedidos urgentes o incidencias con proveedores, contacte con Jorge Llorente en el 96 555 0142.

Un saludo,
Isabel Medina
''', hdrs=['Auto-Submitted: auto-replied', 'X-Autoreply: yes'], reply=True, client='outlook',
  fmt='alt', cs='iso-8859-1', cte='quoted-printable')

A('auto_reply', 'es', 'acuse automático de un sistema de tickets ("hemos recibido su solicitud")',
  ('Soporte Lozano Arquitectos', 'it@lozano-arquitectos.example'),
  '[LA-3391] Hemos recibido su solicitud', body='''
Estimado/a usuario/a:

Hemos recibido su solicitud y se ha registrado con el número LA-3391. Nuestro equipo la revisará lo antes posible.

Este es un mensaje generado automáticamente; por favor, no responda a este correo. Si se trata de una incidencia urgente, llame a la extensión 2200.

Departamento de Sistemas
Lozano Arquitectos
''', hdrs=['Auto-Submitted: auto-generated'], reply=True, client='web', fmt='plain',
  cs='utf-8', cte='quoted-printable')


# ---------------------------------------------------------------- bounces

_D1 = desk_msg('rafael@pixelforge-old.example', 'Re: ALL FILES GONE after migration to new server!!!',
               'Thu, 12 Feb 2026 10:14:03 +0000', '<7f3a9c21d0e54b11.a1b2c3d4@escalated.example.test>', '''
Dear Rafael,

I am very sorry about the data loss after the migration. I have escalated
your case to our management team and to the infrastructure engineers as a
critical incident. A senior engineer will call you within the hour.

Kind regards,
Example Support
''')

A('bounce', 'en', 'Postfix multipart/report, user unknown; returned desk reply mentions data loss and escalation',
  ('Mail Delivery System', 'MAILER-DAEMON@mx2.pixelforge-old.example'),
  'Undelivered Mail Returned to Sender', return_path='<>',
  dt=datetime.datetime(2026, 2, 12, 10, 14, 6), tz='+0000', no_received=False,
  mx_host='mx2.pixelforge-old.example', client='web',
  hdrs=['Auto-Submitted: auto-replied'],
  root=multi('report', [
      plain7('''
This is the mail system at host mx2.pixelforge-old.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to <postmaster>

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<rafael@pixelforge-old.example>: host mx2.pixelforge-old.example[198.51.100.77]
    said: 550 5.1.1 <rafael@pixelforge-old.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
''', extra=['Content-Description: Notification']),
      dsn('mx1.example.test', [[
          'Final-Recipient: rfc822; rafael@pixelforge-old.example',
          'Original-Recipient: rfc822;rafael@pixelforge-old.example',
          'Action: failed', 'Status: 5.1.1',
          'Remote-MTA: dns; mx2.pixelforge-old.example',
          'Diagnostic-Code: smtp; 550 5.1.1 <rafael@pixelforge-old.example>: Recipient\r\n'
          '    address rejected: User unknown in virtual mailbox table']],
          arrival='Thu, 12 Feb 2026 10:14:04 +0000',
          extra=['X-Postfix-Queue-ID: 4F1A22C0391', 'X-Postfix-Sender: rfc822; support@example.test']),
      rfc822_part(_D1, extra=['Content-Description: Undelivered Message']),
  ], params='report-type=delivery-status'))

_D2 = desk_msg('dwayne.hollis@mailcircle-old.example', 'Re: Account still frozen - complaint filed with CFPB',
               'Mon, 16 Feb 2026 15:02:51 -0500', '<20260216200251.5c1d@escalated.example.test>', '''
Dear Mr Hollis,

We have received your message about the CFPB complaint and your frozen
account. Your case has been escalated to a supervisor in our account
review team, and we will refund any overdraft fees caused by the delay.

Sincerely,
Example Support
''', cte='7bit')

A('bounce', 'en', 'Exim plain-text failure with inline copy of the desk reply (CFPB, supervisor, refund)',
  ('Mail Delivery System', 'Mailer-Daemon@mx.mailcircle-old.example'),
  'Mail delivery failed: returning message to sender', return_path='<>',
  dt=datetime.datetime(2026, 2, 16, 15, 2, 58), tz='-0500',
  hdrs=['X-Failed-Recipients: dwayne.hollis@mailcircle-old.example', 'Auto-Submitted: auto-replied'],
  client='web', mx_host='mx.mailcircle-old.example',
  root=tpart('''This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  dwayne.hollis@mailcircle-old.example
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
Received: from mx1.example.test ([192.0.2.25])
	by mx.mailcircle-old.example with esmtps (Exim 4.97)
	(envelope-from <support@example.test>)
	id 1rZx4Q-000Abc-9T
	for dwayne.hollis@mailcircle-old.example; Mon, 16 Feb 2026 15:02:53 -0500
''' + _D2.decode('ascii').replace('\r\n', '\n'), 'plain', 'us-ascii', '7bit'))

_D3 = desk_msg('s.amankwah@amankwahprice-old.example', 'RE: Mobile data dead for 9 days - copying your CEO',
               'Wed, 11 Feb 2026 09:40:17 +0000', '<a41c0e99b2d34f7a.77e1@escalated.example.test>', '''
Dear Mr Amankwah,

Thank you for your patience. Our CEO's office has asked me to make sure
this is resolved before your renewal, and I have escalated the mobile
data outage on your line to our network operations manager.

Kind regards,
Example Support
''')

A('bounce', 'en', 'Office 365 NDR (multipart/report with text/rfc822-headers); original subject mentions CEO',
  ('Microsoft Outlook', 'postmaster@amankwahprice-old.example'),
  'Undeliverable: RE: Mobile data dead for 9 days - copying your CEO', return_path='<>',
  dt=datetime.datetime(2026, 2, 11, 9, 40, 21), tz='+0000',
  hdrs=['X-MS-Exchange-Message-Is-Ndr:', 'Auto-Submitted: auto-replied', 'Content-Language: en-US'],
  client='outlook', mx_host='mail.protection.amankwahprice-old.example',
  root=multi('report', [
      multi('alternative', [
          tpart('''Your message to s.amankwah@amankwahprice-old.example couldn't be delivered.

s.amankwah wasn't found at amankwahprice-old.example.

support    Office 365    s.amankwah
Action Required            Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the problem continues, forward this message to your email admin.

Diagnostic information for administrators:

Generating server: AM9PR04MB8821.eurprd04.prod.outlook.example

s.amankwah@amankwahprice-old.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
''', 'plain', 'us-ascii', 'quoted-printable', quote_cs=False),
          tpart('''<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body>
<div style="font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:16px;color:#C00000">
<b>Your message to s.amankwah@amankwahprice-old.example couldn't be delivered.</b></div>
<p>s.amankwah wasn't found at amankwahprice-old.example.</p>
<p><b>How to Fix It</b><br>The address may be misspelled or may not exist.</p>
<p style="font-size:11px">Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'</p>
</body></html>
''', 'html', 'us-ascii', 'quoted-printable', quote_cs=False)]),
      dsn('AM9PR04MB8821.eurprd04.prod.outlook.example', [[
          'Final-Recipient: rfc822;s.amankwah@amankwahprice-old.example',
          'Action: failed', 'Status: 5.1.10',
          'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not\r\n'
          ' found by SMTP address lookup',
          'Remote-MTA: dns;AM9PR04MB8821.eurprd04.prod.outlook.example']],
          arrival='Wed, 11 Feb 2026 09:40:19 +0000'),
      leaf('text/rfc822-headers', headers_only(_D3)),
  ], params='report-type=delivery-status'))

_D4 = desk_msg('natalie.osei@homebase-mail-old.example', 'Re: Sofa order 90331 - paid in October, still nothing',
               'Tue, 13 Jan 2026 11:20:00 +0000', '<c0ffee11aa2b4c3d.9e8f@escalated.example.test>', '''
Dear Natalie,

I'm sorry the delivery promised for 8 January did not happen. I
understand you are considering the small claims court; before that, our
logistics manager would like to offer you a confirmed slot and a full
refund of the delivery charge.

Best regards,
Example Support
''')

A('bounce', 'en', 'Gmail DSN, mailbox disabled; returned message mentions small claims court and broken promise',
  ('Mail Delivery Subsystem', 'mailer-daemon@homebase-mail-old.example'),
  'Delivery Status Notification (Failure)', return_path='<>', client='gmail',
  dt=datetime.datetime(2026, 1, 13, 3, 20, 4), tz='-0800',
  hdrs=['X-Failed-Recipients: natalie.osei@homebase-mail-old.example'],
  root=multi('report', [
      plain7('''
** Address not found **

Your message wasn't delivered to natalie.osei@homebase-mail-old.example because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.2.1 The email account that you tried to reach is disabled.
'''),
      dsn('mx.homebase-mail-old.example', [[
          'Final-Recipient: rfc822; natalie.osei@homebase-mail-old.example',
          'Action: failed', 'Status: 5.2.1',
          'Diagnostic-Code: smtp; 550-5.2.1 The email account that you tried to reach is disabled.',
          'Last-Attempt-Date: Tue, 13 Jan 2026 03:20:02 -0800']],
          extra=['Received-From-MTA: dns; mx1.example.test'], arrival='Tue, 13 Jan 2026 03:20:01 -0800'),
      rfc822_part(_D4),
  ], params='report-type=delivery-status'))

_D5 = desk_msg('bella.okafor@mailbox-old.example', 'Re: 3RD EMAIL - where is my refund for the returned dress',
               'Thu, 22 Jan 2026 08:05:30 +0000', '<5512ab90e1f7.3d2c@escalated.example.test>', '''
Hi Bella,

I'm really sorry you've had to write three times. I've escalated this to
our returns manager and your refund of EUR 79.95 has now been approved.

Best,
Example Support
''', cte='7bit')

A('bounce', 'en', 'qmail "failure notice" plain text; copy of desk reply (third time, escalated, refund)',
  ('', 'MAILER-DAEMON@mx4.mailbox-old.example'),
  'failure notice', return_path='<>', client='web', mx_host='mx4.mailbox-old.example',
  dt=datetime.datetime(2026, 1, 22, 8, 5, 33), tz='+0000',
  root=tpart('''Hi. This is the qmail-send program at mx4.mailbox-old.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<bella.okafor@mailbox-old.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
Received: (qmail 22871 invoked from network); 22 Jan 2026 08:05:31 -0000
Received: from mx1.example.test (192.0.2.25)
  by mx4.mailbox-old.example with SMTP; 22 Jan 2026 08:05:31 -0000
''' + _D5.decode('ascii').replace('\r\n', '\n'), 'plain', 'us-ascii', '7bit'))

_D6 = desk_msg('paul.whitcombe@harbourtech-old.example', "Re: I can see another company's invoices in my billing portal",
               'Fri, 30 Jan 2026 17:45:12 +0000', '<e1d2c3b4a5968778.0a1b@escalated.example.test>', '''
Dear Paul,

Thank you for reporting this. We are treating it as a security incident:
the portal has been taken offline while our engineers fix the access
bug, and our data protection officer will contact the affected company.

Kind regards,
Example Support
''')

A('bounce', 'en', 'Sendmail "Returned mail" multipart/report; returned desk reply about a security incident',
  ('Mail Delivery Subsystem', 'MAILER-DAEMON@relay.harbourtech-old.example'),
  'Returned mail: see transcript for details', return_path='<>', client='web',
  dt=datetime.datetime(2026, 1, 30, 17, 45, 17), tz='+0000',
  mx_host='relay.harbourtech-old.example', hdrs=['Auto-Submitted: auto-generated (failure)'],
  root=multi('report', [
      plain7('''
The original message was received at Fri, 30 Jan 2026 17:45:14 GMT
from mx1.example.test [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<paul.whitcombe@harbourtech-old.example>
    (reason: 550 5.7.1 Message rejected as spam by content filter)

   ----- Transcript of session follows -----
... while talking to mail.harbourtech-old.example.:
>>> DATA
<<< 550 5.7.1 Message rejected as spam by content filter
554 5.0.0 Service unavailable
'''),
      dsn('relay.harbourtech-old.example', [[
          'Final-Recipient: RFC822; paul.whitcombe@harbourtech-old.example',
          'Action: failed', 'Status: 5.7.1',
          'Remote-MTA: DNS; mail.harbourtech-old.example',
          'Diagnostic-Code: SMTP; 550 5.7.1 Message rejected as spam by content filter',
          'Last-Attempt-Date: Fri, 30 Jan 2026 17:45:16 GMT']],
          extra=['Received-From-MTA: DNS; mx1.example.test'], arrival='Fri, 30 Jan 2026 17:45:14 GMT'),
      rfc822_part(_D6),
  ], params='report-type=delivery-status'))

_D7 = desk_msg('ben@hadleyoutdoors-old.example', 'Re: URGENT: checkout payments failing since 6am',
               'Mon, 02 Feb 2026 07:31:40 +0000', '<0b7d9e2f44c1.ab12@escalated.example.test>', '''
Hi Ben,

Payment processing is down for several merchants and our engineers are on
it. I've escalated your account to our enterprise team lead.

Example Support
''', cte='7bit')

A('bounce', 'en', 'Postfix delayed-delivery warning (Action: delayed), quoting headers of a desk reply about an outage',
  ('Mail Delivery System', 'MAILER-DAEMON@mx1.example.test'),
  'Delayed Mail (still being retried)', return_path='<>', client='web', no_received=True,
  dt=datetime.datetime(2026, 2, 2, 11, 32, 2), tz='+0000',
  hdrs=['Auto-Submitted: auto-replied'],
  root=multi('report', [
      plain7('''
This is the mail system at host mx1.example.test.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<ben@hadleyoutdoors-old.example>: connect to mx.hadleyoutdoors-old.example[203.0.113.40]:25:
    Connection timed out
''', extra=['Content-Description: Notification']),
      dsn('mx1.example.test', [[
          'Final-Recipient: rfc822; ben@hadleyoutdoors-old.example',
          'Original-Recipient: rfc822;ben@hadleyoutdoors-old.example',
          'Action: delayed', 'Status: 4.4.1',
          'Diagnostic-Code: X-Postfix; connect to mx.hadleyoutdoors-old.example[203.0.113.40]:25:\r\n'
          '    Connection timed out',
          'Will-Retry-Until: Sat, 7 Feb 2026 07:31:41 +0000']],
          extra=['X-Postfix-Queue-ID: 9C21B3E0A1', 'X-Postfix-Sender: rfc822; support@example.test'],
          arrival='Mon, 2 Feb 2026 07:31:41 +0000'),
      leaf('text/rfc822-headers', headers_only(_D7), extra=['Content-Description: Undelivered Message Headers']),
  ], params='report-type=delivery-status'))

_ARF = desk_msg('jade.whitmore@loudhouse-pr-old.example', 'Re: Update billing address',
                'Wed, 04 Feb 2026 12:00:09 +0000', '<77aa1c0de3b2.9f00@escalated.example.test>', '''
Hi Jade,

Done - your billing address has been updated. No further action needed.

Example Support
''', cte='7bit')

A('bounce', 'en', 'ARF abuse/feedback report from a mailbox provider (machine-generated)',
  ('Mailbox Provider Feedback Loop', 'fbl@feedback.loudhouse-pr-old.example'),
  'Abuse report for a message from example.test', return_path='<>', client='web',
  dt=datetime.datetime(2026, 2, 4, 14, 7, 45), tz='+0000',
  root=multi('report', [
      plain7('''
This is an email abuse report for an email message received from IP
192.0.2.25 on Wed, 04 Feb 2026 12:00:11 +0000.
A recipient of this message marked it as spam.
For more information about this format please see RFC 5965.
'''),
      leaf('message/feedback-report', (
          'Feedback-Type: abuse\r\nUser-Agent: FBL-Reporter/1.2\r\nVersion: 1\r\n'
          'Original-Mail-From: <support@example.test>\r\n'
          'Original-Rcpt-To: <jade.whitmore@loudhouse-pr-old.example>\r\n'
          'Arrival-Date: Wed, 04 Feb 2026 12:00:11 +0000\r\nSource-IP: 192.0.2.25\r\n'
          'Reported-Domain: example.test\r\n').encode('ascii')),
      rfc822_part(_ARF),
  ], params='report-type=feedback-report'))

_D8 = desk_msg('melanie.ostrowski@kabelpost-alt.example', 'Re: Techniker nicht gekommen - ich will Ihren Vorgesetzten sprechen',
               'Tue, 10 Feb 2026 14:22:05 +0100', '<3f9e1a7c22b0.d4e5@escalated.example.test>', '''
Sehr geehrte Frau Ostrowski,

es tut uns sehr leid, dass der zugesagte Termin erneut nicht eingehalten
wurde. Wir haben Ihren Fall an die Teamleitung eskaliert; Ihr
Vorgesetzter-Rückruf ist für morgen, 10 Uhr, eingeplant.

Mit freundlichen Grüßen
Example Support
''', cs='iso-8859-1')

A('bounce', 'de', 'Exchange-NDR auf Deutsch ("Unzustellbar"); zurückgesandte Desk-Mail enthält Eskalation/Vorgesetzter',
  ('Microsoft Outlook', 'postmaster@kabelpost-alt.example'),
  'Unzustellbar: Re: Techniker nicht gekommen - ich will Ihren Vorgesetzten sprechen', return_path='<>',
  dt=datetime.datetime(2026, 2, 10, 13, 22, 9), tz='+0000',
  hdrs=['X-MS-Exchange-Message-Is-Ndr:', 'Auto-Submitted: auto-replied', 'Content-Language: de-DE'],
  client='outlook', smode='Q', hcs='utf-8',
  root=multi('report', [
      tpart('''Ihre Nachricht konnte nicht an melanie.ostrowski@kabelpost-alt.example übermittelt werden.

Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:

Generierender Server: FR2P281MB0144.DEUP281.PROD.OUTLOOK.EXAMPLE

melanie.ostrowski@kabelpost-alt.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
''', 'plain', 'iso-8859-1', 'quoted-printable', quote_cs=False),
      dsn('FR2P281MB0144.DEUP281.PROD.OUTLOOK.EXAMPLE', [[
          'Final-Recipient: rfc822;melanie.ostrowski@kabelpost-alt.example',
          'Action: failed', 'Status: 5.2.2',
          'Diagnostic-Code: smtp;554 5.2.2 mailbox full;\r\n'
          ' STOREDRV.Deliver.Exception:QuotaExceededException']],
          arrival='Tue, 10 Feb 2026 13:22:07 +0000'),
      rfc822_part(_D8),
  ], params='report-type=delivery-status'))

_D9 = desk_msg('j.halbach@dorfnetz-alt.example', 'Re: Seit 5 Tagen kein Internet - ganzer Ort betroffen',
               'Wed, 11 Feb 2026 08:01:10 +0100', '<9a8b7c6d5e4f.1234@escalated.example.test>', '''
Sehr geehrter Herr Halbach,

die Störung in Oberweiler ist seit heute früh behoben. Für den Ausfall
schreiben wir Ihnen eine Minderung gut. Ihre Beschwerde bei der
Bundesnetzagentur haben wir zur Kenntnis genommen.

Mit freundlichen Grüßen
Example Support
''', cs='utf-8')

A('bounce', 'de', 'deutscher Provider-Bounce im Klartext; Kopie der Desk-Mail (Störung, Bundesnetzagentur)',
  ('Mail Delivery System', 'MAILER-DAEMON@mx.dorfnetz-alt.example'),
  'Nicht zustellbar: Re: Seit 5 Tagen kein Internet - ganzer Ort betroffen', return_path='<>',
  dt=datetime.datetime(2026, 2, 11, 8, 1, 14), tz='+0100',
  hdrs=['X-Failed-Recipients: j.halbach@dorfnetz-alt.example', 'Auto-Submitted: auto-replied'],
  client='web', mx_host='mx.dorfnetz-alt.example', smode=None,
  root=tpart('''Diese Nachricht wurde automatisch vom Mailsystem erstellt.

Eine von Ihnen versendete Nachricht konnte nicht an alle Empfänger
zugestellt werden. Dies ist ein dauerhafter Fehler. Folgende Adresse(n)
konnten nicht erreicht werden:

  j.halbach@dorfnetz-alt.example
    Die E-Mail-Adresse existiert nicht (550 5.1.1 user unknown)

------ Kopie der Nachricht einschließlich aller Kopfzeilen ------

''' + _D9.decode('utf-8').replace('\r\n', '\n'), 'plain', 'utf-8', '8bit'))

_D10 = desk_msg('isabelle.moreau@courriel-ancien.example', 'Re: Double prélèvement sur mon compte',
                'Mon, 09 Feb 2026 10:10:10 +0100', '<4c4c4c4c11ee.7788@escalated.example.test>', '''
Madame,

Nous avons bien noté que votre avocat pourrait engager des poursuites.
Le double prélèvement de 89,90 EUR vous sera remboursé sous 48 heures et
votre dossier a été transmis à un responsable.

Cordialement,
Example Support
''', cs='iso-8859-1')

A('bounce', 'fr', 'NDR Exchange en français ("Non remis") ; message renvoyé mentionne avocat, poursuites, responsable',
  ('Microsoft Outlook', 'postmaster@courriel-ancien.example'),
  'Non remis : Re: Double prélèvement sur mon compte', return_path='<>',
  dt=datetime.datetime(2026, 2, 9, 9, 10, 14), tz='+0000',
  hdrs=['X-MS-Exchange-Message-Is-Ndr:', 'Auto-Submitted: auto-replied', 'Content-Language: fr-FR'],
  client='outlook', hcs='iso-8859-1', smode='Q',
  root=multi('report', [
      tpart('''Votre message n'a pas pu être remis à isabelle.moreau@courriel-ancien.example.

Le destinataire est introuvable dans le domaine courriel-ancien.example. L'adresse est peut-être mal orthographiée ou n'existe plus.

Informations de diagnostic pour les administrateurs :

Serveur de génération : PR1P264MB2210.FRAP264.PROD.OUTLOOK.EXAMPLE

isabelle.moreau@courriel-ancien.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
''', 'plain', 'iso-8859-1', 'quoted-printable', quote_cs=False),
      dsn('PR1P264MB2210.FRAP264.PROD.OUTLOOK.EXAMPLE', [[
          'Final-Recipient: rfc822;isabelle.moreau@courriel-ancien.example',
          'Action: failed', 'Status: 5.1.10',
          'Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound']],
          arrival='Mon, 9 Feb 2026 09:10:12 +0000'),
      rfc822_part(_D10),
  ], params='report-type=delivery-status'))

_D11 = desk_msg('lucia.romero@buzon-antiguo.example', 'Re: Sin internet en todo el barrio desde el lunes',
                'Thu, 05 Feb 2026 18:30:00 +0100', '<66aa55bb44cc.3322@escalated.example.test>', '''
Hola, Lucía:

Sentimos mucho la caída del servicio en su barrio. La avería ya está
resuelta y, si aun así desea darse de baja, no le aplicaremos
penalización por permanencia.

Un saludo,
Example Support
''', cs='utf-8')

A('bounce', 'es', 'NDR de Exchange en español ("No se puede entregar"); el mensaje devuelto habla de caída y baja',
  ('Microsoft Outlook', 'postmaster@buzon-antiguo.example'),
  'No se puede entregar: Re: Sin internet en todo el barrio desde el lunes', return_path='<>',
  dt=datetime.datetime(2026, 2, 5, 17, 30, 4), tz='+0000',
  hdrs=['X-MS-Exchange-Message-Is-Ndr:', 'Auto-Submitted: auto-replied', 'Content-Language: es-ES'],
  client='outlook', hcs='utf-8', smode='B',
  root=multi('report', [
      tpart('''No se pudo entregar el mensaje a lucia.romero@buzon-antiguo.example.

El buzón del destinatario no existe o ha sido desactivado. Compruebe la dirección e inténtelo de nuevo.

Información de diagnóstico para administradores:

Servidor de generación: DB9P191MB1120.EURP191.PROD.OUTLOOK.EXAMPLE

lucia.romero@buzon-antiguo.example
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
''', 'plain', 'utf-8', 'base64', quote_cs=False),
      dsn('DB9P191MB1120.EURP191.PROD.OUTLOOK.EXAMPLE', [[
          'Final-Recipient: rfc822;lucia.romero@buzon-antiguo.example',
          'Action: failed', 'Status: 5.1.1',
          'Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found']],
          arrival='Thu, 5 Feb 2026 17:30:02 +0000'),
      leaf('text/rfc822-headers', headers_only(_D11)),
  ], params='report-type=delivery-status'))


# ---------------------------------------------------------------- lists

A('list', 'en', 'vendor newsletter (List-Unsubscribe, Precedence: bulk); talks about outages, security, new features',
  ('Cloudnest Updates', 'news@updates.cloudnest.example'),
  'February product update: faster backups, outage post-mortem and more', client='web',
  hdrs=['List-Unsubscribe: <https://updates.cloudnest.example/u/8f21c0>, <mailto:unsubscribe@updates.cloudnest.example?subject=unsub-8f21c0>',
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk',
        'X-Campaign-ID: feb26-product', 'Feedback-ID: feb26:cloudnest:newsletter'],
  root=multi('alternative', [
      tpart('''CLOUDNEST - FEBRUARY PRODUCT UPDATE

Hi there,

Here's what's new this month:

* Backups are now up to 3x faster, and you can restore single files.
* New feature: scheduled exports to S3-compatible storage.
* Our post-mortem for the 14 January outage is online. We're sorry for the
  disruption and explain what we changed so it doesn't happen again.
* Security tip: turn on two-factor authentication if you haven't yet.

Have a feature request? Vote on our public roadmap.

You are receiving this email because you have a Cloudnest account.
Unsubscribe: https://updates.cloudnest.example/u/8f21c0
Cloudnest Ltd, 1 Example Way, London
''', 'plain', 'utf-8', 'quoted-printable'),
      tpart('''<!DOCTYPE html><html><head><meta charset="utf-8"><title>Cloudnest February update</title></head>
<body style="margin:0;background:#f4f6f8;font-family:Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;padding:24px">
<tr><td><h1 style="font-size:22px">February product update</h1>
<p>Hi there,</p><p>Here&rsquo;s what&rsquo;s new this month:</p>
<ul>
<li>Backups are now up to <b>3&times; faster</b>, and you can restore single files.</li>
<li><b>New feature:</b> scheduled exports to S3-compatible storage.</li>
<li>Our post-mortem for the 14 January outage is online. We&rsquo;re sorry for the disruption.</li>
<li>Security tip: turn on two-factor authentication if you haven&rsquo;t yet.</li>
</ul>
<p><a href="https://roadmap.cloudnest.example">Vote on our public roadmap</a></p>
<p style="font-size:11px;color:#888">You are receiving this email because you have a Cloudnest account.
<a href="https://updates.cloudnest.example/u/8f21c0">Unsubscribe</a></p>
</td></tr></table></td></tr></table>
<img src="https://updates.cloudnest.example/o/8f21c0.gif" width="1" height="1" alt="">
</body></html>
''', 'html', 'utf-8', 'quoted-printable')]))

A('list', 'en', 'mailing-list post (List-Id) where a member rants about suing a provider and an outage',
  ('Ray Duncan', 'ray.duncan@smallhost-ops.example'),
  '[ops-talk] Anyone else hit by the DNS outage yesterday?', client='tb',
  to=[('', 'ops-talk@lists.opsfolk.example')], rcpt='support@example.test',
  hdrs=['List-Id: Ops Talk <ops-talk.lists.opsfolk.example>',
        'List-Post: <mailto:ops-talk@lists.opsfolk.example>',
        'List-Unsubscribe: <https://lists.opsfolk.example/mailman/options/ops-talk>, <mailto:ops-talk-leave@lists.opsfolk.example>',
        'List-Archive: <https://lists.opsfolk.example/archives/ops-talk/>',
        'Precedence: list', 'Sender: "ops-talk" <ops-talk-bounces@lists.opsfolk.example>',
        'Errors-To: ops-talk-bounces@lists.opsfolk.example'],
  body='''
Morning all,

Was anyone else hit by the managed DNS outage yesterday afternoon? All our zones returned SERVFAIL for about 90 minutes and the provider's status page stayed green the whole time. Absolutely unacceptable for something we pay for.

Half of me wants to get a lawyer to look at their SLA and the other half just wants to migrate everything this weekend. Has anyone moved off them and got a recommendation?

Ray
_______________________________________________
ops-talk mailing list
ops-talk@lists.opsfolk.example
https://lists.opsfolk.example/mailman/listinfo/ops-talk
''', fmt='plain', cs='utf-8', cte='8bit')

A('list', 'en', 'status-page incident notification to subscribers (List-Id, Precedence: list): outage wording',
  ('Paygate Status', 'noreply@status.paygate.example'),
  '[Paygate Status] Investigating - Elevated error rates on card payments', client='web',
  hdrs=['List-Id: <incidents.status.paygate.example>',
        'List-Unsubscribe: <https://status.paygate.example/subscriptions/unsubscribe/77f1c2>',
        'Precedence: list', 'Auto-Submitted: auto-generated'],
  root=multi('alternative', [
      tpart('''New incident: Elevated error rates on card payments

Investigating - We are investigating elevated error rates (HTTP 503) on
card payment processing in the EU region. Some merchants may be unable to
take payments. Next update in 30 minutes.

Affected components: Card payments (EU), Merchant dashboard

You are subscribed to updates for Paygate. Manage your subscription:
https://status.paygate.example/subscriptions/77f1c2
''', 'plain', 'us-ascii', '7bit'),
      tpart('''<html><body><h2>Elevated error rates on card payments</h2>
<p><strong>Investigating</strong> &ndash; We are investigating elevated error rates (HTTP 503) on card payment processing in the EU region. Some merchants may be unable to take payments. Next update in 30 minutes.</p>
<p>Affected components: Card payments (EU), Merchant dashboard</p>
<p style="font-size:small"><a href="https://status.paygate.example/subscriptions/77f1c2">Manage your subscription</a></p>
</body></html>
''', 'html', 'us-ascii', '7bit')]))

A('list', 'en', 'Mailman digest (List-Id, Precedence: list) with complaints about billing and data loss inside',
  ('smarthome-users-request', 'smarthome-users-request@lists.homehub.example'),
  'smarthome-users Digest, Vol 48, Issue 7', client='web',
  to=[('', 'smarthome-users@lists.homehub.example')], rcpt='support@example.test',
  hdrs=['List-Id: HomeHub user community <smarthome-users.lists.homehub.example>',
        'List-Unsubscribe: <https://lists.homehub.example/mailman/options/smarthome-users>',
        'List-Post: <mailto:smarthome-users@lists.homehub.example>', 'Precedence: list'],
  body='''
Send smarthome-users mailing list submissions to
	smarthome-users@lists.homehub.example

Today's Topics:

   1. Hub got hot after 4.2 update? (Dana K.)
   2. Re: Double charge for cloud plan (Marek)
   3. Re: Automations deleted after restore (Ines)

----------------------------------------------------------------------

Message: 1
Date: Mon, 9 Feb 2026 21:14:02 +0000
From: Dana K. <dana.k@members.homehub.example>
Subject: Hub got hot after 4.2 update?

Anyone else notice their hub running warm since 4.2? Mine is warmer than
usual, not dangerous I think, but curious.

------------------------------

Message: 2
Date: Tue, 10 Feb 2026 07:02:44 +0000
From: Marek <marek@members.homehub.example>
Subject: Re: Double charge for cloud plan

Same here, charged twice in January. Support refunded me within a week.

------------------------------

Message: 3
Date: Tue, 10 Feb 2026 09:40:12 +0000
From: Ines <ines@members.homehub.example>
Subject: Re: Automations deleted after restore

Restoring the backup from the app brought mine back, check Settings >
Backups before you panic.

End of smarthome-users Digest, Vol 48, Issue 7
**********************************************
''', fmt='plain', cs='us-ascii', cte='7bit')

A('list', 'de', 'deutscher Newsletter (List-Unsubscribe, Precedence: bulk) mit Wörtern wie Störung und Kündigung',
  ('Stromwerk Kundeninfo', 'newsletter@info.stromwerk.example'),
  'Ihr Kundenbrief Februar: Preise, Wartungsarbeiten und Tipps', client='web',
  hdrs=['List-Unsubscribe: <https://info.stromwerk.example/abmelden?id=4471cc>',
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click', 'Precedence: bulk'],
  root=multi('alternative', [
      tpart('''Ihr Kundenbrief Februar

Liebe Kundinnen und Kunden,

- Am 21. Februar führen wir zwischen 1 und 5 Uhr Wartungsarbeiten am Kundenportal durch. In dieser Zeit kann es zu kurzen Störungen kommen.
- Neu: Abschläge können Sie jetzt direkt in der App anpassen.
- Sie möchten umziehen? Eine Kündigung ist dann nicht nötig – nehmen Sie Ihren Vertrag einfach mit.

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. Abmelden: https://info.stromwerk.example/abmelden?id=4471cc
Stromwerk GmbH, Musterstraße 1, 10115 Berlin
''', 'plain', 'iso-8859-15', 'quoted-printable'),
      tpart('''<html><body style="font-family:Arial,sans-serif">
<h1>Ihr Kundenbrief Februar</h1>
<p>Liebe Kundinnen und Kunden,</p>
<ul><li>Am 21.&nbsp;Februar f&uuml;hren wir zwischen 1 und 5&nbsp;Uhr Wartungsarbeiten am Kundenportal durch. In dieser Zeit kann es zu kurzen St&ouml;rungen kommen.</li>
<li>Neu: Abschl&auml;ge k&ouml;nnen Sie jetzt direkt in der App anpassen.</li>
<li>Sie m&ouml;chten umziehen? Eine K&uuml;ndigung ist dann nicht n&ouml;tig &ndash; nehmen Sie Ihren Vertrag einfach mit.</li></ul>
<p style="font-size:11px"><a href="https://info.stromwerk.example/abmelden?id=4471cc">Abmelden</a> &middot; Stromwerk GmbH, Musterstra&szlig;e 1, 10115 Berlin</p>
</body></html>
''', 'html', 'us-ascii', 'quoted-printable')]), smode='Q', hcs='iso-8859-15')

A('list', 'fr', 'lettre d\'information (Precedence: bulk, List-Unsubscribe) ; parle de sécurité et de remboursement',
  ('Voyages Azur', 'lettre@news.voyages-azur.example'),
  'Vos envies d\'évasion pour le printemps ✈', client='web',
  hdrs=['List-Unsubscribe: <mailto:desinscription@news.voyages-azur.example?subject=stop>',
        'Precedence: bulk', 'X-Mailer: Routeur-Newsletter 5.1'],
  root=tpart('''<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>
<body style="font-family:Georgia,serif;background:#fdf8f0">
<div style="max-width:600px;margin:auto;background:#fff;padding:20px">
<h1>Le printemps arrive&nbsp;!</h1>
<p>Séjours à Lisbonne, Séville ou Porto à partir de 299&nbsp;€, vols compris.</p>
<p><b>Réservez l'esprit tranquille&nbsp;:</b> annulation gratuite jusqu'à 30&nbsp;jours avant le départ et remboursement intégral en cas d'annulation de notre part.</p>
<p>Sécurité&nbsp;: nous ne vous demanderons jamais vos coordonnées bancaires par e-mail.</p>
<p style="font-size:11px;color:#777">Pour ne plus recevoir nos offres, <a href="mailto:desinscription@news.voyages-azur.example?subject=stop">désinscrivez-vous</a>.</p>
</div></body></html>
''', 'html', 'utf-8', 'base64'), smode='B', hcs='utf-8')

A('list', 'es', 'boletín (List-Unsubscribe, Precedence: bulk) con palabras como avería y reclamación',
  ('Red Hogar Conectado', 'boletin@envios.redhogar.example'),
  'Boletín de febrero: novedades y consejos', client='web',
  hdrs=['List-Unsubscribe: <https://envios.redhogar.example/baja/91c2aa>', 'Precedence: bulk'],
  root=multi('alternative', [
      tpart('''Boletín de febrero

Hola:

- Nueva función: ya puedes programar la calefacción por zonas desde la app.
- ¿Tienes una avería? Ahora puedes abrir una incidencia y seguir su estado desde el área de cliente.
- Recuerda que puedes presentar una reclamación o sugerencia en cualquier momento en nuestra web.

Para darte de baja de este boletín: https://envios.redhogar.example/baja/91c2aa
''', 'plain', 'windows-1252', '8bit'),
      tpart('''<html><body><h2>Bolet&iacute;n de febrero</h2>
<p>Hola:</p><ul><li>Nueva funci&oacute;n: ya puedes programar la calefacci&oacute;n por zonas desde la app.</li>
<li>&iquest;Tienes una aver&iacute;a? Ahora puedes abrir una incidencia y seguir su estado desde el &aacute;rea de cliente.</li>
<li>Recuerda que puedes presentar una reclamaci&oacute;n o sugerencia en cualquier momento.</li></ul>
<p><a href="https://envios.redhogar.example/baja/91c2aa">Darse de baja</a></p></body></html>
''', 'html', 'us-ascii', '7bit')]), smode='Q', hcs='windows-1252')


# ---------------------------------------------------------------- read receipts (MDN)

_R1 = desk_msg('greta.lindqvist@nordvik-consult.example', 'RE: Order PO-77815: 40 laptops delivered with wrong keyboard layout',
               'Tue, 27 Jan 2026 09:12:44 +0000', '<18c3d2e1f0a9.5566@escalated.example.test>', '''
Dear Greta,

We apologise for the wrong keyboard layout. I have escalated the exchange
of all 40 units to our logistics manager.

Kind regards,
Example Support
''')

A('receipt', 'en', 'MDN read receipt (displayed) for a desk reply about a high-value order',
  ('Greta Lindqvist', 'greta.lindqvist@nordvik-consult.example'),
  'Read: RE: Order PO-77815: 40 laptops delivered with wrong keyboard layout', client='outlook',
  dt=datetime.datetime(2026, 1, 27, 10, 3, 11), tz='+0100', reply=True,
  root=multi('report', [
      tpart('''Your message

  To: greta.lindqvist@nordvik-consult.example
  Subject: RE: Order PO-77815: 40 laptops delivered with wrong keyboard layout
  Sent: Tuesday, January 27, 2026 9:12:44 AM (UTC+00:00)

was read on Tuesday, January 27, 2026 10:03:09 AM (UTC+01:00).
''', 'plain', 'us-ascii', 'quoted-printable', quote_cs=False),
      mdn_part('AM7PR74MB1243.eurprd04.prod.outlook.example; Microsoft Outlook 16.0',
               'greta.lindqvist@nordvik-consult.example', '<18c3d2e1f0a9.5566@escalated.example.test>'),
      leaf('text/rfc822-headers', headers_only(_R1)),
  ], params='report-type=disposition-notification'))

A('receipt', 'de', 'Lesebestätigung ("Gelesen:") als MDN',
  ('Bernd Kowalski', 'b.kowalski@kowalski-steuer.example'),
  'Gelesen: Re: Lizenzbestellung LZ-88120 - letzte Aufforderung', client='outlook',
  dt=datetime.datetime(2026, 2, 19, 8, 47, 2), tz='+0100', reply=True,
  root=multi('report', [
      tpart('''Ihre Nachricht

  An: b.kowalski@kowalski-steuer.example
  Betreff: Re: Lizenzbestellung LZ-88120 - letzte Aufforderung
  Gesendet: Mittwoch, 18. Februar 2026 17:05:40 (UTC+01:00)

wurde am Donnerstag, 19. Februar 2026 08:47:00 (UTC+01:00) gelesen.
''', 'plain', 'iso-8859-1', 'quoted-printable', quote_cs=False),
      mdn_part('FR2P281MB0912.DEUP281.PROD.OUTLOOK.EXAMPLE; Microsoft Outlook 16.0',
               'b.kowalski@kowalski-steuer.example', '<a0b1c2d3e4f5.6677@escalated.example.test>'),
  ], params='report-type=disposition-notification'))

A('receipt', 'fr', 'accusé de lecture ("Lu :") au format MDN, Thunderbird',
  ('Jean-Luc Perrin', 'jl.perrin@perrin-compta.example'),
  'Accusé de réception (affiché) - Re: Fichiers corrompus depuis la version 12', client='tb',
  dt=datetime.datetime(2026, 2, 14, 9, 15, 30), tz='+0100', reply=True, smode='Q', hcs='utf-8',
  root=multi('report', [
      tpart('''Ceci est un accusé de réception pour le courrier que vous avez envoyé à jl.perrin@perrin-compta.example.

Note : cet accusé de réception indique seulement que le message a été affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le destinataire ait lu ou compris le contenu du message.
''', 'plain', 'utf-8', '8bit'),
      mdn_part('Mozilla Thunderbird', 'jl.perrin@perrin-compta.example',
               '<5e5e5e5e7f7f.8899@escalated.example.test>',
               'manual-action/MDN-sent-manually; displayed'),
  ], params='report-type=disposition-notification'))

A('receipt', 'es', 'confirmación de lectura ("Leído:") MDN',
  ('Ricardo Fuentes', 'r.fuentes@fuentes-logistica.example'),
  'Leído: Re: Incumplimiento del contrato de mantenimiento', client='outlook',
  dt=datetime.datetime(2026, 2, 6, 12, 2, 40), tz='+0100', reply=True, smode='B', hcs='utf-8',
  root=multi('report', [
      tpart('''Su mensaje

  Para: r.fuentes@fuentes-logistica.example
  Asunto: Re: Incumplimiento del contrato de mantenimiento
  Enviado: jueves, 5 de febrero de 2026 18:20:11 (UTC+01:00)

se leyó el viernes, 6 de febrero de 2026 12:02:38 (UTC+01:00).
''', 'plain', 'utf-8', 'quoted-printable', quote_cs=False),
      mdn_part('DB9P191MB0455.EURP191.PROD.OUTLOOK.EXAMPLE; Microsoft Outlook 16.0',
               'r.fuentes@fuentes-logistica.example', '<b4b4b4b4c5c5.d6d6@escalated.example.test>'),
  ], params='report-type=disposition-notification'))


# ---------------------------------------------------------------- self (the desk's own mail)

A('self', 'en', 'copy of the desk\'s own reply (From support@, Message-ID @escalated.example.test) full of trigger words',
  (DESK_NAME, DESK), 'Re: Your breach notification of 3 February', client='web',
  to=[('Eleanor Whitlock', 'eleanor.whitlock@primrose.example')], rcpt='support@example.test',
  mid='<2b9c0d1e2f3a4b5c.61d0@escalated.example.test>', reply=True, return_path='<support@example.test>',
  hdrs=['Bcc: support@example.test', 'X-Mailer: escalated-desk 2.4'], body='''
Dear Ms Whitlock,

Thank you for your message. I'm very sorry about the data breach and the delay in our notification. I have escalated your case to our data protection officer and our legal team, and a manager will contact you by Friday. We understand you have complained to the data protection authority and consulted a lawyer; we will cooperate fully.

Kind regards,
Example Support
''', fmt='alt', cs='utf-8', cte='quoted-printable')

A('self', 'en', 'internal escalation alert from escalated@example.test quoting a customer\'s threats',
  ('escalated', 'escalated@example.test'), '[escalated] Ticket 88412 flagged: legal_threat, safety', client='web',
  to=[('Support Leads', 'support-leads@example.test')], rcpt='support-leads@example.test',
  mid='<alert-88412.1707139200@escalated.example.test>', return_path='<escalated@example.test>',
  hdrs=['Auto-Submitted: auto-generated', 'X-Escalated-Ticket: 88412'], body='''
Ticket 88412 has been flagged for escalation.

Customer: Olivia Brennan-Hart <olivia.bh@northquay.example>
Subject:  Brake failure on scooter 4471 - injury
Triggers: legal_threat, safety, technical_issue

Excerpt:
  "I came off at the bottom of the hill and fractured my left wrist ...
   I have since spoken to a personal injury lawyer"

Open ticket: https://desk.example.test/tickets/88412
''', fmt='plain', cs='us-ascii', cte='7bit')

A('self', 'en', 'desk reply relayed back through a third-party helpdesk; only the Message-ID is the desk\'s own',
  ('Example Support via Helpdesk', 'notifications@relay.helpdesk-mailer.example'),
  'Re: Phones down all morning', client='web', to=[('', DESK)],
  mid='<relay.55f0a9c1@escalated.example.test>', reply=True,
  hdrs=['X-Helpdesk-Relay: 1'], body='''
Hi Lydia,

We're sorry about the outage of your phone system this morning. Service was restored at 11:42 and our network manager is preparing an incident report. I understand you're considering moving to another provider; our retention team would like to talk to you before you decide.

Best regards,
Example Support
''', fmt='html', cs='utf-8', cte='quoted-printable')

A('self', 'de', 'eigene Desk-Antwort auf Deutsch (From support@), landet wieder im Postfach; enthält Eskalation und Kündigung',
  (DESK_NAME, DESK), 'AW: Kündigung aller Verträge', client='outlook',
  to=[('Ulrich Brandstätter', 'u.brandstaetter@kanzlei-mail.example')], rcpt='support@example.test',
  mid='<7d7d7d7d1e1e.2f2f@escalated.example.test>', reply=True, return_path='<support@example.test>',
  hdrs=['X-Mailer: escalated-desk 2.4'], body='''
Sehr geehrter Herr Brandstätter,

wir bestätigen den Eingang Ihrer Kündigung beider Verträge zum Vertragsende. Ihr Schreiben an unseren Vorstandsvorsitzenden wurde an die Beschwerdestelle weitergeleitet; der Vorgang ist an die Teamleitung eskaliert.

Mit freundlichen Grüßen
Example Support
''', fmt='alt', cs='iso-8859-1', cte='quoted-printable', smode='Q', hcs='iso-8859-1')

A('self', 'fr', 'accusé de réception automatique du desk lui-même (From support@), revenu en boucle',
  (DESK_NAME, DESK), 'Nous avons bien reçu votre demande [#55120]', client='web',
  to=[('', DESK)], mid='<ack-55120.9001@escalated.example.test>', return_path='<support@example.test>',
  hdrs=['Auto-Submitted: auto-replied', 'X-Mailer: escalated-desk 2.4'], body='''
Bonjour,

Nous avons bien reçu votre demande et l'avons enregistrée sous le numéro #55120. Si votre message concerne une panne, une réclamation ou une résiliation, un conseiller vous répondra en priorité.

Ceci est un message automatique, merci de ne pas y répondre.

Le service client
''', fmt='plain', cs='utf-8', cte='8bit', smode='B', hcs='utf-8')

A('self', 'es', 'respuesta del propio desk (From support@) en español, con copia oculta al buzón; menciona abogado y supervisor',
  (DESK_NAME, DESK), 'Re: Cobro duplicado de la cuota de febrero', client='web',
  to=[('Javier Ortega', 'javier.ortega@correo-es.example')], rcpt='support@example.test',
  mid='<3a3a3a3a4b4b.5c5c@escalated.example.test>', reply=True, return_path='<support@example.test>',
  hdrs=['Bcc: support@example.test', 'X-Mailer: escalated-desk 2.4'], body='''
Estimado Sr. Ortega:

Lamentamos el cobro duplicado. Hemos trasladado su caso a un supervisor y la devolución de los 59,90 € se realizará en 48 horas, por lo que no será necesario que su abogado intervenga.

Atentamente,
Example Support
''', fmt='alt', cs='iso-8859-15', cte='8bit')


# ====================================================================== pinned dates
# Messages whose text fixes "today" get a matching Date header (keyed by subject);
# everything else gets a seeded random date between 12 Feb and 6 Mar 2026.

PINNED = {
    'Re: Ticket 771204 - connection drops': ('2025-11-24 19:42', '+0000'),
    'ALL FILES GONE after migration to new server!!!': ('2026-02-12 06:20', '-0300'),
    'Electricity bill £412.60 for January - meter reading is wrong': ('2026-02-03 08:05', '+0000'),
    'thermostat idea': ('2026-01-06 20:14', '+0000'),
    'Mobile data dead for 9 days - copying your CEO': ('2026-02-09 08:31', '+0000'),
    '3RD EMAIL - where is my refund for the returned dress': ('2026-01-16 22:10', '+0100'),
    'Charged £1,240 after cancelling - final notice before legal action': ('2025-11-10 10:02', '+0000'),
    'URGENT: checkout payments failing since 6am': ('2026-02-02 07:10', '+0100'),
    'Re: Refund for cancelled hotel (booking TR-88120)': ('2026-01-20 18:47', '+0100'),
    'Account still frozen - complaint filed with CFPB': ('2026-02-16 09:10', '-0500'),
    'Sofa order 90331 - paid in October, still nothing': ('2026-01-12 19:33', '+0000'),
    'Order PO-77815: 40 laptops delivered with wrong keyboard layout': ('2026-01-26 14:02', '+0100'),
    "I can see another company's invoices in my billing portal": ('2026-01-30 10:04', '+0000'),
    'Re: Incident INC-2291 - still down': ('2026-02-10 16:31', '+0000'),
    'PO 3318 - 25x inverters - missed delivery': ('2026-01-22 15:20', '-0600'),
    'Missed installation - AGAIN': ('2026-01-22 07:45', '+0000'),
    'Speeds nowhere near the minimum guaranteed': ('2026-01-05 21:30', '+0000'),
    'Still no callback': ('2026-02-16 12:12', '+0800'),
    'Update billing address': ('2026-02-04 09:30', '+0000'),
    'Re: Import fails': ('2026-02-13 08:55', '+0000'),
    'Your breach notification of 3 February': ('2026-03-04 11:26', '+0000'),
    'Re: Your breach notification of 3 February': ('2026-03-05 09:14', '+0000'),
    'Seit 5 Tagen kein Internet - ganzer Ort betroffen': ('2026-02-10 19:30', '+0100'),
    'Doppelte Abbuchung Buchung RB-20931': ('2026-02-10 11:18', '+0100'),
    'Techniker nicht gekommen - ich will Ihren Vorgesetzten sprechen': ('2026-02-10 08:15', '+0100'),
    'Presseanfrage: Abrechnungsfehler bei Smart-Meter-Kunden': ('2026-02-13 10:40', '+0100'),
    'Lizenzbestellung LZ-88120 - letzte Aufforderung': ('2026-02-16 09:05', '+0100'),
    'AW: Ihre Anfrage 558201 - fehlende Kartons': ('2026-02-12 13:27', '+0100'),
    'Double prélèvement sur mon compte': ('2026-02-06 17:50', '+0100'),
    'Toujours pas rappelée': ('2026-02-12 09:12', '+0100'),
    'Remboursement jamais reçu': ('2026-02-12 20:41', '+0100'),
    'Fichiers corrompus depuis la version 12': ('2026-02-11 08:20', '+0100'),
    'Sin internet en todo el barrio desde el lunes': ('2026-02-04 21:05', '+0100'),
    'Pedido PV-2231 sin entregar': ('2026-02-23 08:44', '+0100'),
    'Incumplimiento del contrato de mantenimiento': ('2026-02-03 12:30', '+0100'),
    'Re: Invoice 2291': ('2026-02-05 09:03', '-0500'),
    'RE: Case 44810 - engineer visit': ('2026-02-10 16:02', '+0000'),
    'AW: Technikertermin': ('2026-02-09 16:40', '+0100'),
    'RE: Visita del técnico': ('2026-02-10 18:05', '+0100'),
    'Automatic reply: Re: Ticket 771204 - connection drops': ('2026-02-10 09:00', '+0000'),
    'Out of Office: Password manager compatibility': ('2026-02-10 11:30', '-0500'),
    'Automatic reply: SSO broken for 4 weeks - escalation needed': ('2026-02-13 07:58', '+0100'),
    'Abwesenheitsnotiz: Auftrag 2026-0142 falsche Ausführung geliefert': ('2026-02-13 15:10', '+0100'),
    'Automatische Antwort: Online-Banking down?': ('2026-02-14 07:02', '+0100'),
    "Réponse automatique : Synchronisation ERP en échec - demande d'escalade": ('2026-02-20 10:31', '+0100'),
    'Absent du bureau - Re: Commande CMD-44821 non livrée': ('2026-02-16 14:45', '+0100'),
    'Respuesta automática: Pedido PV-2231 sin entregar': ('2026-02-24 09:12', '+0100'),
    'Ihr Kundenbrief Februar: Preise, Wartungsarbeiten und Tipps': ('2026-02-13 06:00', '+0100'),
    'Boletín de febrero: novedades y consejos': ('2026-02-14 08:00', '+0100'),
    'smarthome-users Digest, Vol 48, Issue 7': ('2026-02-12 12:00', '+0000'),
}


def pinned_dt(subj):
    if subj not in PINNED:
        return None, None
    d, tz = PINNED[subj]
    return datetime.datetime.strptime(d, '%Y-%m-%d %H:%M').replace(second=17), tz


# ====================================================================== README text

README_TEMPLATE = '''# heldout4 - hand-written held-out corpus for escalated

{n} support e-mails (`h4-0001.eml` ...) with one label row each in `labels.tsv`.
The corpus is meant to be used **once**, as an honest held-out evaluation of the
classifier. Everything here is generated by `make_corpus.py` (Python 3, standard
library only):

    python3 make_corpus.py          # rewrite the .eml files, labels.tsv and this README, then validate
    python3 make_corpus.py --check  # validate the existing files only

The script is deterministic (fixed seed {seed}); running it twice gives
byte-identical output.

## How it was made

* Written independently of the classifier. The author read only
  `docs/triggers.md` (trigger definitions and labelling conventions), the five
  seed escalation procedures in `shared/seeds/`, and the real-world mail in
  `shared/corpus/realmail/` (only as a reference for header, DSN/MDN and
  auto-reply structure). No source code, rules, tests, other corpora or
  benchmark results of the project were looked at, and the classifier was never
  run on this corpus while writing it.
* Every message text was written by hand, one message at a time, directly in
  `make_corpus.py`. There are no templates with swapped slots. The code only does
  the plumbing: headers, MIME structure, charsets, transfer encodings, an HTML
  rendering of the hand-written text (Gmail / Outlook / Apple / generic flavours,
  `<blockquote>` for quoted lines), Received/Message-ID/boundary strings, dates
  and the shuffle into neutral file names.
* Customers write the way real customers do: paraphrase instead of the example
  phrases of `triggers.md`, rambling, typos, non-native English, shouting,
  small talk, several topics and often two or three triggers in one mail, replies
  with quoted history (`>` lines, "On ... wrote:", "Am ... schrieb ...:",
  "Le ... a écrit :", "El ... escribió:", Outlook "From:/Sent:" blocks in four
  languages, forwarded blocks, forwarded `message/rfc822` attachments),
  signatures and legal disclaimers that contain trigger-like words, job titles.
  Industries: SaaS, web shops, telecom/ISP, hosting, banking/fintech apps,
  smart-home hardware, travel booking, insurance, utilities, B2B supply.
* Only reserved names are used: `.example` / `.test` domains, documentation IP
  ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24), fictitious people and
  555 telephone numbers. The desk is `support@example.test`; its own
  Message-IDs end in `@escalated.example.test`, and some customer replies carry
  In-Reply-To/References pointing there (they are ordinary customer mail).
* Dates: messages whose text fixes "today" get a matching Date header; the rest
  get a seeded random date between 12 Feb and 6 Mar 2026.

## Counts

{pos} customer mails with at least one trigger, {neg} customer mails without
a trigger, {auto} automated mails.

Positives per trigger (a mail can carry several; {ntr}):

| trigger | positives |
|---|---|
{trig}

Per language:

| lang | with trigger | no trigger | automated | total |
|---|---|---|---|---|
{lang}

Traps (customer mail only; a positive mail names its most prominent trap):

| trap | in positives | in negatives |
|---|---|---|
{trap}

Automated mail by kind (triggers are always `-`):

| kind | count |
|---|---|
{autok}

MIME: top-level content types

| type | count |
|---|---|
{top}

Transfer encodings of text parts

| encoding | count |
|---|---|
{ctes}

Charsets of text parts

| charset | count |
|---|---|
{css}

Several files carry RFC 2047 B- and Q-encoded subjects and display names,
real 8-bit bytes in iso-8859-1 / iso-8859-15 / windows-1252, HTML-only bodies
with entities, attachments (PDF, PNG, CSV, text, forwarded messages) and
multipart/report bodies (delivery-status, disposition-notification,
feedback-report). All line endings are CRLF.

## labels.tsv

Tab-separated, header `file  triggers  automated  lang  trap  note`:

* `triggers`: comma-separated trigger ids, sorted alphabetically, or `-`.
* `automated`: `-` for customer mail, otherwise `auto_reply`, `bounce`, `list`,
  `receipt` or `self` (then `triggers` is `-`).
* `lang`: `en`, `de`, `fr`, `es`.
* `trap`: `title`, `quoted`, `signature`, `negation`, `policy_question`,
  `reported`, `innocuous`, `conditional`, `other` or `-`. `conditional` marks
  positives whose threat is conditional ("if ... I will ..."), which fires.
* `note`: a short reason for the label.

## Labelling decisions

The definitions and conventions of `docs/triggers.md` were applied strictly.
Drafts that could be read two ways were rewritten until they could not. In
detail:

* Only the customer's own words count: quoted history, forwarded blocks and
  attachments, Outlook header blocks, signatures and disclaimers never do. A
  reply subject (`Re:`, `AW:`, `RE:`) counts as the customer's words; a forwarded
  subject (`Fwd:`, `TR:`) does not, so negative replies were given neutral
  subjects.
* Negations, hypotheticals, policy questions, job titles ("office manager",
  "Manager of IT Operations", "Directeur commercial", "Geschäftsführerin"),
  an existing "account manager" and reported speech that is not adopted
  ("my colleague joked that we should sue") do not fire. Conditional threats do.
* `technical_issue` is added whenever the customer reports something in the
  product that is broken, including outages, data loss or data exposure caused
  by the product, and overheating / smoking / sparking devices. It is not added
  for non-technical problems: courier damage, a wrong item or wrong variant
  shipped, a member of staff e-mailing data to the wrong person, rude staff,
  price or tariff errors, or an account takeover the customer attributes to
  reusing their own password.
* `outage`: the service is down for many users, a whole workspace cannot log
  in, a whole street or village has no connection, payment processing fails for
  everybody. A single bricked router or one crashing app is `technical_issue`
  only.
* `security_incident`: unauthorised logins or takeovers, other customers' data
  visible, reset mails sent to the wrong person, phishing sent from the
  company's address, staff sending personal data to a stranger, a breach notice.
* `billing_dispute` needs a specific charge or amount the customer says is wrong
  (double debit, charge after cancelling, unauthorised or wrong amount) or a
  chargeback threat. A refund that was promised for a returned item or a
  cancelled booking, or a promised credit that was never applied, is
  `broken_promise`, not `billing_dispute`. "Refund me because I did not enjoy
  the course" is neither.
* `high_value_order`: an unresolved problem with an order, invoice or contract
  strictly above 5,000 (USD/EUR/GBP nominal); an annual contract value counts.
  Exactly 5,000, large amounts without a problem (quotes), and large numbers that
  are not money (kWh, rows, contacts) do not.
* `repeat_contact` needs an explicit third or later contact ("fourth email",
  "emailed twice and called once", "I keep writing to you", "zum vierten Mal",
  "troisième fois", "cuarta vez"). "Second email", "third price increase",
  "third time this month" (outages) or three missed appointments do not.
* `broken_promise`: a callback, refund, credit, visit, delivery date, fix time
  (also a status-page restoration time) or a contractual delivery/response time
  that was promised and not kept. A promise mentioned only in quoted text does
  not count.
* `severe_dissatisfaction` needs explicitly strong wording or shouting
  ("absolutely livid", "a disgrace", "bodenlose Frechheit", "stinksauer",
  "honteux", "lamentable", "indignante", "estoy furioso"). "Not really
  acceptable", "inaceptable" alone, "a little disappointed" do not.
* `manager_request` also covers "please escalate", "someone senior",
  "Teamleitung", "Vertriebsleitung", "un responsable", "alguien con más
  autoridad".
* `corporate_contact_request`: head-office / registered address, corporate
  switchboard, legal or HR department contact, board / chairman address, the
  CEO's e-mail. Asking for an executive's e-mail to write to them is
  `corporate_contact_request` + `executive_contact`.
* `executive_contact`: the customer has copied, written to, or will raise it
  with the CEO, COO, a VP, the board or the chairman. The customer's own CEO or
  board ("our board pack") is not.
* `regulatory`: complaints (or conditional threats of complaints) to an
  ombudsman, CFPB, ICO, state attorney general or consumer protection agency,
  Ofcom, Bundesnetzagentur, Verbraucherzentrale, data-protection authorities
  (Autoriteit Persoonsgegevens, Landesdatenschutzbeauftragter, CNIL, AEPD),
  médiateurs, OMIC, or an alleged GDPR violation. `legal_threat` is added only
  when a lawyer, solicitor, attorney, court or lawsuit is named.
* `media_threat`: reviews, social media, a blog, a local newspaper or TV
  programme, and every journalist or podcast inquiry; what a journalist reports
  hearsay (an outage, a breach) adds nothing.
* `safety`: fire, smoke, sparks, burns, electric shock, swollen batteries,
  injuries; "is my data safe" is not.
* Automated mail never has triggers, however alarming its text: out-of-office
  replies naming a manager, bounces and read receipts returning the desk's own
  reply ("escalated", "lawyer", "outage"), newsletters, list posts and digests,
  and the desk's own looped mail.

## Licence

MIT License

Copyright (c) 2026 the escalated contributors

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
'''


# ====================================================================== build

CLIENTS = ['gmail', 'outlook', 'apple', 'tb', 'web', 'mobile']
CLIENT_W = [30, 25, 12, 10, 15, 8]
UA = {
    'gmail': None,
    'outlook': 'X-Mailer: Microsoft Outlook 16.0',
    'apple': 'X-Mailer: Apple Mail (2.3776.700.51)',
    'tb': 'User-Agent: Mozilla Thunderbird',
    'web': 'User-Agent: Roundcube Webmail/1.6.9',
    'mobile': 'X-Mailer: iPhone Mail (22D82)',
}
TZ = {'en': ['-0500', '-0800', '+0000', '+0100', '+1000', '-0600', '+0530', '-0400'],
      'de': ['+0100', '+0100', '+0200'], 'fr': ['+0100', '+0100', '+0200'],
      'es': ['+0100', '+0100', '-0300', '-0600', '-0500']}
DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
START = datetime.datetime(2026, 2, 12, 0, 0, 0)


def fmt_date(dt, tz):
    return '%s, %02d %s %d %02d:%02d:%02d %s' % (DAYS[dt.weekday()], dt.day, MONTHS[dt.month - 1],
                                                 dt.year, dt.hour, dt.minute, dt.second, tz)


def rand_dt(r):
    return START + datetime.timedelta(days=r.randrange(0, 23), hours=r.randrange(6, 23),
                                      minutes=r.randrange(60), seconds=r.randrange(60))


def hexid(r, n):
    return ''.join(r.choice('0123456789abcdef') for _ in range(n))


def make_mid(r, client, domain):
    if client == 'gmail':
        s = ''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-')
                    for _ in range(44))
        return '<CA%s@mail.%s>' % (s, domain)
    if client == 'outlook':
        return '<%s%s@%s.prod.outlook.example>' % (
            hexid(r, 8).upper(), hexid(r, 24).upper(),
            'AM%dPR%02dMB%04d.eurprd%02d' % (r.randrange(9), r.randrange(10, 99),
                                             r.randrange(1000, 9999), r.randrange(1, 9)))
    if client in ('apple', 'mobile'):
        return '<%s-%s-%s-%s-%s@%s>' % (hexid(r, 8).upper(), hexid(r, 4).upper(),
                                        hexid(r, 4).upper(), hexid(r, 4).upper(),
                                        hexid(r, 12).upper(), domain)
    if client == 'tb':
        return '<%s-%s-%s-%s-%s@%s>' % (hexid(r, 8), hexid(r, 4), hexid(r, 4), hexid(r, 4),
                                        hexid(r, 12), domain)
    return '<%d.%d.%s@%s>' % (r.randrange(10 ** 9, 10 ** 10), r.randrange(10 ** 5, 10 ** 6),
                              hexid(r, 6), domain)


def desk_mid(r):
    return '<%s.%s@%s>' % (hexid(r, 16), hexid(r, 8), DESK_MID_DOMAIN)


def serialize(part, bgen):
    """Return (list of header lines, body bytes)."""
    if part['kind'] == 'leaf':
        h = ['Content-Type: ' + part['ctype']]
        if part['cte']:
            h.append('Content-Transfer-Encoding: ' + part['cte'])
        h.extend(part['extra'])
        return h, part['body']
    b = bgen()
    h = ['Content-Type: multipart/%s;%s\r\n\tboundary="%s"' % (
        part['subtype'], (' ' + part['params'] + ';') if part['params'] else '', b)]
    body = b''
    if part['preamble']:
        body += part['preamble'].encode('ascii').replace(b'\n', b'\r\n') + b'\r\n'
    for child in part['parts']:
        ch, cb = serialize(child, bgen)
        body += b'--' + b.encode() + b'\r\n' + '\r\n'.join(ch).encode('ascii') + b'\r\n\r\n'
        body += cb
        if not cb.endswith(b'\r\n'):
            body += b'\r\n'
    body += b'--' + b.encode() + b'--\r\n'
    return h, body


def boundary_gen(r, client):
    state = {'n': 0}

    def gen():
        state['n'] += 1
        if client == 'gmail':
            return '000000000000%s' % hexid(r, 12)
        if client == 'outlook':
            return '_%03d_%s_' % (state['n'] - 1, hexid(r, 32).upper())
        if client in ('apple', 'mobile'):
            return 'Apple-Mail=_%s-%s-%s-%s-%s' % (hexid(r, 8).upper(), hexid(r, 4).upper(),
                                                    hexid(r, 4).upper(), hexid(r, 4).upper(),
                                                    hexid(r, 12).upper())
        if client == 'tb':
            return '------------%s' % ''.join(r.choice('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ')
                                               for _ in range(24))
        return '=_%s' % hexid(r, 32)
    return gen


def build_attachment(spec, r):
    kind = spec[0]
    if kind == 'pdf':
        return b64_attachment('application/pdf', spec[1], fake_pdf(spec[1]))
    if kind == 'png':
        return b64_attachment('image/png', spec[1], fake_png(spec[1]))
    if kind == 'txt':
        sub = 'csv' if spec[1].endswith('.csv') else 'plain'
        return text_attachment(spec[1], T(spec[2]), sub=sub)
    if kind == 'eml':
        return rfc822_part(spec[1], extra=['Content-Disposition: attachment; filename="%s"'
                                           % spec[2]] if len(spec) > 2 else ())
    raise ValueError(kind)


def build_one(i, m):
    r = random.Random('%d:%d' % (SEED, i))
    lang = m['lang']
    client = m.get('client') or r.choices(CLIENTS, weights=CLIENT_W)[0]
    frm = m['frm']
    if isinstance(frm, str):
        frm = ('', frm)
    domain = frm[1].split('@')[1]
    pdt, ptz = pinned_dt(m['subj'])
    dt = m.get('dt') or pdt or rand_dt(r)
    tz = m.get('tz') or ptz or r.choice(TZ[lang])
    date = m.get('date') or fmt_date(dt, tz)
    mid = m.get('mid') or make_mid(r, client, domain)

    # --- body
    body = m.get('body', '')
    if lang == 'en':
        cs = m.get('cs') or r.choices(['utf-8', 'windows-1252', 'iso-8859-1', 'us-ascii'],
                                      weights=[66, 14, 8, 12])[0]
    else:
        cs = m.get('cs') or r.choices(['utf-8', 'iso-8859-1', 'iso-8859-15', 'windows-1252'],
                                      weights=[46, 20, 14, 20])[0]
    cs = pick_charset(body, cs) if body else cs
    cte = m.get('cte') or r.choices(['8bit', 'quoted-printable', 'base64'],
                                    weights=[40, 42, 18])[0]
    if cs == 'us-ascii' and cte == '8bit':
        cte = '7bit'
    quote_cs = client not in ('outlook', 'apple', 'mobile')
    if 'root' in m:
        root = m['root']
        fmt = 'root'
    else:
        fmt = m.get('fmt') or ('mixed' if m.get('att') else
                               r.choices(['plain', 'alt', 'html'], weights=[36, 48, 16])[0])
        hcte = m.get('hcte') or r.choices(['quoted-printable', 'base64', '7bit'],
                                          weights=[70, 18, 12])[0]
        hclient = client if client in ('gmail', 'outlook', 'apple') else 'generic'
        ent = m.get('entities', r.random() < 0.35)
        hcs = cs if cs != 'us-ascii' else 'utf-8'
        htm = m.get('html') or render_html(body, hclient, entities=ent, cs=hcs)
        if hcte == '7bit' and not is_ascii(htm):
            hcte = 'quoted-printable'
        ptxt = tpart(body, 'plain', cs, cte, quote_cs=quote_cs,
                     flowed=(client in ('tb', 'apple') and cte in ('7bit', '8bit')))
        phtml = tpart(htm, 'html', hcs, hcte, quote_cs=quote_cs)
        if fmt == 'plain':
            inner = ptxt
        elif fmt == 'html':
            inner = phtml
        elif fmt == 'alt':
            inner = multi('alternative', [ptxt, phtml])
        elif fmt == 'mixed':
            sub = m.get('mixed_body') or r.choice(['plain', 'alt'])
            first = ptxt if sub == 'plain' else multi('alternative', [ptxt, phtml])
            atts = [build_attachment(a, r) for a in m.get('att', [])]
            inner = multi('mixed', [first] + atts)
        else:
            raise ValueError(fmt)
        root = inner

    # --- headers
    hcs = m.get('hcs') or ('utf-8' if cs in ('us-ascii',) else cs)
    hmode = m.get('hmode')
    if hmode is None:
        hmode = r.choice(['B', 'Q'])
    H = []
    if m.get('return_path') is not None:
        H.append('Return-Path: ' + m['return_path'])
    else:
        H.append('Return-Path: <%s>' % frm[1])
    if not m.get('no_received'):
        ip = '%s.%d' % (r.choice(['192.0.2', '198.51.100', '203.0.113']), r.randrange(2, 250))
        host = 'mail%d.%s' % (r.randrange(1, 9), domain) if 'mx_host' not in m else m['mx_host']
        qid = ''.join(r.choice('0123456789ABCDEF') for _ in range(11))
        rdate = fmt_date(dt + datetime.timedelta(seconds=r.randrange(2, 40)), tz) \
            if 'date' not in m else date
        H.append('Received: from %s (%s [%s])\r\n\tby mx1.example.test (Postfix) with ESMTPS '
                 'id %s\r\n\tfor <%s>; %s' % (host, host, ip, qid,
                                              m.get('rcpt', DESK), rdate))
    to = m.get('to')
    if to is None:
        to = [(r.choice(['', DESK_NAME, 'Support', '']), DESK)]
    elif isinstance(to, str):
        to = [('', to)]
    name_mode = m.get('name_mode')
    if name_mode is None and not is_ascii(frm[0]):
        name_mode = hmode
    H.append(addr_header('From', [frm], hcs if not is_ascii(frm[0]) else 'utf-8', name_mode))
    H.append(addr_header('To', to, 'utf-8'))
    if m.get('cc'):
        cc = [c if isinstance(c, tuple) else ('', c) for c in m['cc']]
        H.append(addr_header('Cc', cc, hcs))
    subj = m['subj']
    smode = m.get('smode')
    if not is_ascii(subj) and not smode:
        smode = hmode
    H.append(subject_header(subj, hcs if hcs != 'us-ascii' else 'utf-8', smode))
    H.append('Date: ' + date)
    H.append('Message-ID: ' + mid)
    reply = m.get('reply')
    if reply:
        ids = [desk_mid(r) for _ in range(1 if reply is True else int(reply))]
        if m.get('irt_extra'):
            ids = [m['irt_extra']] + ids
        H.append('In-Reply-To: ' + ids[-1])
        H.append(fold('References', ids))
    if client == 'outlook' and m['auto'] == '-':
        H.append('Thread-Topic: ' + (subj if is_ascii(subj) else ''.join(ew(subj, 'utf-8', 'B'))))
        H.append('Thread-Index: ' + base64.b64encode(r.randbytes(22)).decode())
        H.append('Content-Language: ' + {'en': 'en-US', 'de': 'de-DE', 'fr': 'fr-FR',
                                          'es': 'es-ES'}[lang])
    if UA[client] and m['auto'] == '-' and not m.get('no_ua'):
        H.append(UA[client])
    for h in m.get('hdrs', []):
        H.append(h.replace('\n', '\r\n\t') if '\r\n' not in h else h)
    H.append('MIME-Version: 1.0')
    bgen = boundary_gen(r, client)
    ph, pb = serialize(root, bgen)
    H.extend(ph)
    raw = '\r\n'.join(H).encode('ascii') + b'\r\n\r\n' + pb
    return raw


# ====================================================================== outputs

def label_row(fname, m):
    trig = ','.join(m['trig']) if m['trig'] else '-'
    return '\t'.join([fname, trig, m['auto'], m['lang'], m['trap'], m['note']])


def generate():
    order = list(range(len(MSGS)))
    random.Random(SEED).shuffle(order)
    names = {}
    for pos, idx in enumerate(order):
        names[idx] = '%s%04d.eml' % (PREFIX, pos + 1)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX) and f.endswith('.eml'):
            os.remove(os.path.join(HERE, f))
    rows = []
    for idx, m in enumerate(MSGS):
        raw = build_one(idx, m)
        with open(os.path.join(HERE, names[idx]), 'wb') as fh:
            fh.write(raw)
        rows.append((names[idx], label_row(names[idx], m)))
    rows.sort()
    with open(os.path.join(HERE, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('file\ttriggers\tautomated\tlang\ttrap\tnote\n')
        for _, row in rows:
            fh.write(row + '\n')
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(readme())


# ====================================================================== validation

HEADER = 'file\ttriggers\tautomated\tlang\ttrap\tnote'
IP_RE = re.compile(rb'(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])')
ADDR_RE = re.compile(r'[\w.+-]+@([\w-]+(?:\.[\w-]+)+)')


def all_parts(msg):
    yield msg
    if msg.is_multipart():
        for p in msg.get_payload():
            yield from all_parts(p)


def validate(verbose=True):
    errors = []
    lab_path = os.path.join(HERE, 'labels.tsv')
    with open(lab_path, encoding='utf-8') as fh:
        lines = fh.read().split('\n')
    if lines[0] != HEADER:
        errors.append('labels.tsv: bad header line')
    if lines[-1] != '':
        errors.append('labels.tsv: no final newline')
    labels = {}
    for n, line in enumerate(lines[1:-1], 2):
        cols = line.split('\t')
        if len(cols) != 6:
            errors.append('labels.tsv:%d: %d columns' % (n, len(cols)))
            continue
        f, trig, auto, lang, trap, note = cols
        if f in labels:
            errors.append('labels.tsv:%d: duplicate %s' % (n, f))
        labels[f] = cols
        tl = [] if trig == '-' else trig.split(',')
        if trig != '-' and not tl:
            errors.append('%s: empty trigger list' % f)
        for t in tl:
            if t not in TRIGGERS:
                errors.append('%s: unknown trigger %r' % (f, t))
        if len(set(tl)) != len(tl):
            errors.append('%s: duplicate triggers' % f)
        if tl != sorted(tl):
            errors.append('%s: triggers not sorted' % f)
        if auto != '-' and auto not in AUTO_KINDS:
            errors.append('%s: bad automated kind %r' % (f, auto))
        if auto != '-' and (tl or trap != '-'):
            errors.append('%s: automated mail with triggers or trap' % f)
        if lang not in LANGS:
            errors.append('%s: bad lang %r' % (f, lang))
        if trap != '-' and trap not in TRAPS:
            errors.append('%s: bad trap %r' % (f, trap))
        if not note.strip():
            errors.append('%s: empty note' % f)
    files = sorted(f for f in os.listdir(HERE) if f.endswith('.eml'))
    if set(files) != set(labels):
        errors.append('files and labels.tsv differ: only files %s, only labels %s' % (
            sorted(set(files) - set(labels))[:5], sorted(set(labels) - set(files))[:5]))
    if [l.split('\t')[0] for l in lines[1:-1]] != sorted(labels):
        errors.append('labels.tsv not sorted by file name')
    parser = BytesParser(policy=policy.default)
    for f in files:
        with open(os.path.join(HERE, f), 'rb') as fh:
            raw = fh.read()
        if re.search(rb'(?<!\r)\n', raw) or re.search(rb'\r(?!\n)', raw):
            errors.append('%s: line endings are not CRLF only' % f)
        for line in raw.split(b'\r\n'):
            if len(line) > 998:
                errors.append('%s: line longer than 998 octets' % f)
                break
        msg = parser.parsebytes(raw)
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            if msg[h] is None:
                errors.append('%s: missing %s' % (f, h))
        for part in all_parts(msg):
            if part.defects:
                errors.append('%s: defects %r' % (f, part.defects))
            for name, value in part.items():
                d = getattr(value, 'defects', ())
                if d:
                    errors.append('%s: header %s defects %r' % (f, name, d))
            if part.get_content_maintype() == 'text':
                try:
                    part.get_content()
                    payload = part.get_payload(decode=True)
                    payload.decode(part.get_content_charset() or 'us-ascii')
                except Exception as e:  # noqa
                    errors.append('%s: text part does not decode: %s' % (f, e))
            cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
            if not part.is_multipart() and cte == '7bit' and part.get_content_maintype() == 'text':
                if any(b > 127 for b in part.get_payload(decode=True)):
                    errors.append('%s: 8-bit data in a 7bit part' % f)
        for ip in IP_RE.findall(raw):
            a = [int(x) for x in ip]
            ok = (a[:3] in ([192, 0, 2], [198, 51, 100], [203, 0, 113]) or a[0] in (10, 127)
                  or ip == (b'0', b'0', b'0', b'0'))
            if not ok and all(x <= 255 for x in a):
                errors.append('%s: non-documentation IP %s' % (f, b'.'.join(ip).decode()))
        for h in ('From', 'To', 'Cc', 'Reply-To', 'Sender'):
            v = msg.get(h)
            if v is None:
                continue
            for dom in ADDR_RE.findall(str(v)):
                if not (dom.endswith('.example') or dom.endswith('.test')):
                    errors.append('%s: non-reserved domain %s in %s' % (f, dom, h))
        if f in labels:
            auto = labels[f][2]
            frm = str(msg.get('From', '')).lower()
            if auto == 'self' and not ('@example.test' in frm or DESK_MID_DOMAIN in
                                       str(msg.get('Message-ID', ''))):
                errors.append('%s: self mail without desk address or Message-ID' % f)
            if auto == '-' and (DESK in frm or 'escalated@example.test' in frm):
                errors.append('%s: customer mail from the desk address' % f)
    counts = {t: 0 for t in TRIGGERS}
    for cols in labels.values():
        if cols[1] != '-':
            for t in cols[1].split(','):
                if t in counts:
                    counts[t] += 1
    for t, c in counts.items():
        if c < 10:
            errors.append('trigger %s has only %d positives' % (t, c))
    if verbose:
        for e in errors[:200]:
            print('ERROR', e)
        print('%d files, %d labels, %d errors' % (len(files), len(labels), len(errors)))
    return errors


# ====================================================================== README

def stats():
    s = {'n': len(MSGS), 'trig': {t: 0 for t in TRIGGERS}, 'lang': {}, 'trap': {}, 'auto': {},
         'pos': 0, 'neg': 0, 'ntrig': {}, 'fmt': {}, 'trap_pos': {}, 'trap_neg': {},
         'lang_kind': {}}
    for i, m in enumerate(MSGS):
        s['lang'][m['lang']] = s['lang'].get(m['lang'], 0) + 1
        if m['auto'] != '-':
            kind = 'automated'
            s['auto'][m['auto']] = s['auto'].get(m['auto'], 0) + 1
        elif m['trig']:
            kind = 'positive'
            s['pos'] += 1
            s['ntrig'][len(m['trig'])] = s['ntrig'].get(len(m['trig']), 0) + 1
            s['trap_pos'][m['trap']] = s['trap_pos'].get(m['trap'], 0) + 1
        else:
            kind = 'negative'
            s['neg'] += 1
            s['trap_neg'][m['trap']] = s['trap_neg'].get(m['trap'], 0) + 1
        key = (m['lang'], kind)
        s['lang_kind'][key] = s['lang_kind'].get(key, 0) + 1
        for t in m['trig']:
            s['trig'][t] += 1
        if m['trap'] != '-':
            s['trap'][m['trap']] = s['trap'].get(m['trap'], 0) + 1
    return s


def mime_stats():
    parser = BytesParser(policy=policy.default)
    c = {}
    for i, m in enumerate(MSGS):
        msg = parser.parsebytes(build_one(i, m))
        top = msg.get_content_type()
        c[top] = c.get(top, 0) + 1
        for p in all_parts(msg):
            if p.is_multipart():
                continue
            cte = (p.get('Content-Transfer-Encoding') or '7bit').lower()
            cs = p.get_content_charset()
            if p.get_content_maintype() == 'text' and p.get('Content-Type'):
                c['cte:' + cte] = c.get('cte:' + cte, 0) + 1
                c['cs:' + str(cs)] = c.get('cs:' + str(cs), 0) + 1
    return c


def table(d, order=None):
    keys = order or sorted(d)
    return '\n'.join('| %s | %d |' % (k, d.get(k, 0)) for k in keys)


def readme():
    s = stats()
    ms = mime_stats()
    lk = s['lang_kind']
    lang_rows = '\n'.join('| %s | %d | %d | %d | %d |' % (
        l, lk.get((l, 'positive'), 0), lk.get((l, 'negative'), 0), lk.get((l, 'automated'), 0),
        s['lang'].get(l, 0)) for l in LANGS)
    trap_rows = '\n'.join('| %s | %d | %d |' % (t, s['trap_pos'].get(t, 0), s['trap_neg'].get(t, 0))
                          for t in TRAPS + ['-'])
    top = '\n'.join('| %s | %d |' % (k, v) for k, v in sorted(ms.items()) if '/' in k and
                    not k.startswith(('cte:', 'cs:')))
    ctes = '\n'.join('| %s | %d |' % (k[4:], v) for k, v in sorted(ms.items()) if k.startswith('cte:'))
    css = '\n'.join('| %s | %d |' % (k[3:], v) for k, v in sorted(ms.items()) if k.startswith('cs:'))
    ntr = ', '.join('%d trigger(s): %d' % (k, v) for k, v in sorted(s['ntrig'].items()))
    return README_TEMPLATE.format(
        seed=SEED, n=s['n'], pos=s['pos'], neg=s['neg'], auto=sum(s['auto'].values()),
        trig=table(s['trig'], TRIGGERS), lang=lang_rows, trap=trap_rows,
        autok=table(s['auto'], AUTO_KINDS), top=top, ctes=ctes, css=css, ntr=ntr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--check', action='store_true', help='validate existing files only')
    args = ap.parse_args()
    if not args.check:
        generate()
    errs = validate()
    if not args.check:
        s = stats()
        print('positives %d, negatives %d, automated %d' % (s['pos'], s['neg'],
                                                            sum(s['auto'].values())))
        print('per trigger:', ', '.join('%s=%d' % (t, s['trig'][t]) for t in TRIGGERS))
        print('per language:', s['lang'])
        print('automated:', s['auto'])
        print('traps:', s['trap'])
    sys.exit(1 if errs else 0)


if __name__ == '__main__':
    main()
