#!/usr/bin/env python3
# Copyright (c) 2026 the escalated contributors
# SPDX-License-Identifier: MIT
"""Build the "heldout5" labelled test corpus for the escalated classifier.

Every message below was written by hand, one at a time.  The code in this
file only renders those texts into RFC 5322 / MIME messages (headers,
charsets, transfer encodings, multipart structure) and writes labels.tsv
and README.md.  Output is deterministic: running the script twice gives
byte-identical files.

    python3 make_corpus.py           # write all files, then validate them
    python3 make_corpus.py --check   # validate the existing files only
"""
import argparse
import base64
import hashlib
import html as htmlmod
import html.entities
import os
import random
import re
import sys
from collections import Counter
from datetime import datetime, timedelta, timezone
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 520260
DESK = 'support@example.test'
DESK_TO = ['support@example.test', 'Support <support@example.test>',
           '"Customer Support" <support@example.test>', '<support@example.test>']

TRIGGERS = ('legal_threat', 'regulatory', 'manager_request', 'corporate_contact_request',
            'executive_contact', 'security_incident', 'data_loss', 'outage',
            'billing_dispute', 'cancellation_threat', 'media_threat',
            'discrimination_harassment', 'safety', 'broken_promise', 'repeat_contact',
            'high_value_order', 'severe_dissatisfaction', 'feature_request',
            'technical_issue')
AUTOMATED = ('auto_reply', 'bounce', 'list', 'receipt', 'self')
TRAPS = ('title', 'quoted', 'signature', 'negation', 'policy_question', 'reported',
         'innocuous', 'conditional', 'other')
LANGS = ('en', 'de', 'fr', 'es')
HEADER = 'file\ttriggers\tautomated\tlang\ttrap\tnote'

SPECS = []


def add(lang, trig, trap, note, frm, subj, body, **opt):
    """One hand-written customer message."""
    SPECS.append(dict(kind='customer', lang=lang, trig=trig, trap=trap, note=note,
                      frm=frm, subj=subj, body=body, opt=opt))


def auto(kind, lang, note, raw, cs='utf-8'):
    """One hand-written automated message, given as complete raw text."""
    SPECS.append(dict(kind='raw', lang=lang, trig='-', trap='-', auto=kind, note=note,
                      raw=raw, cs=cs))


# ---------------------------------------------------------------- encoders

def crlf(text):
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    return text.replace('\n', '\r\n')


def qp_encode(data):
    """Quoted-printable (RFC 2045) for CRLF text; hard line breaks kept."""
    out = []
    for line in data.split(b'\r\n'):
        toks = []
        n = len(line)
        for i, b in enumerate(line):
            if 33 <= b <= 126 and b != 61:
                toks.append(chr(b))
            elif b in (9, 32) and i < n - 1:
                toks.append(chr(b))
            else:
                toks.append('=%02X' % b)
        cur = ''
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + '=')
                cur = ''
            cur += t
        out.append(cur)
    return '\r\n'.join(out).encode('ascii')


def b64_encode(data):
    s = base64.b64encode(data).decode('ascii')
    return '\r\n'.join(s[i:i + 76] for i in range(0, len(s), 76)).encode('ascii') + b'\r\n'


Q_SAFE = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/')


def encoded_words(text, cs='utf-8', mode='B'):
    """RFC 2047 encoded words, split on character boundaries (max 75 chars each)."""
    prefix = '=?%s?%s?' % (cs, mode)
    limit = 75 - len(prefix) - 2
    words, cur = [], ''

    def enc(s):
        raw = s.encode(cs)
        if mode == 'B':
            return base64.b64encode(raw).decode('ascii')
        return ''.join('_' if b == 32 else (chr(b) if b in Q_SAFE else '=%02X' % b)
                       for b in raw)

    for ch in text:
        if cur and len(enc(cur + ch)) > limit:
            words.append(prefix + enc(cur) + '?=')
            cur = ''
        cur += ch
    if cur:
        words.append(prefix + enc(cur) + '?=')
    return words


def fold(name, value):
    """Fold an ASCII header value at spaces to keep lines short."""
    line = name + ': '
    lines = []
    for i, word in enumerate(value.split(' ')):
        piece = word if i == 0 else ' ' + word
        if len(line) + len(piece) > 76 and line.strip() and not line.endswith(': '):
            lines.append(line)
            line = ' ' + word
        else:
            line += piece
    lines.append(line)
    return '\r\n'.join(lines)


def hdr_text(name, value, cs='utf-8', mode='B'):
    if all(ord(c) < 128 for c in value):
        return fold(name, value)
    words = encoded_words(value, cs, mode)
    return name + ': ' + '\r\n '.join(words)


SPECIALS = set('()<>[]:;@\\,."')


def hdr_addr(name, value, cs='utf-8', mode='B'):
    """value: 'Display Name <addr>' or bare address, may be a comma list."""
    out = []
    for item in split_addrs(value):
        m = re.match(r'^\s*"?(.*?)"?\s*<([^>]+)>\s*$', item)
        if not m:
            out.append(item.strip())
            continue
        disp, addr = m.group(1), m.group(2)
        if not disp:
            out.append('<%s>' % addr)
        elif any(ord(c) > 127 for c in disp):
            out.append(' '.join(encoded_words(disp, cs, mode)) + ' <%s>' % addr)
        elif any(c in SPECIALS for c in disp):
            out.append('"%s" <%s>' % (disp.replace('"', ''), addr))
        else:
            out.append('%s <%s>' % (disp, addr))
    joined = (',\r\n ').join(out)
    line = name + ': ' + joined
    if '\r\n' not in line and len(line) > 76 and '=?' in line:
        line = line.replace('?= <', '?=\r\n <', 1)
    return line


def split_addrs(value):
    parts, cur, q, depth = [], '', False, 0
    for ch in value:
        if ch == '"':
            q = not q
        if ch == '<':
            depth += 1
        if ch == '>':
            depth -= 1
        if ch == ',' and not q and depth == 0:
            parts.append(cur)
            cur = ''
        else:
            cur += ch
    if cur.strip():
        parts.append(cur)
    return parts


# ------------------------------------------------------------ text -> html

def html_escape(s, cs, entities):
    out = []
    for ch in htmlmod.escape(s, quote=False):
        o = ord(ch)
        if o < 128:
            out.append(ch)
            continue
        if entities and o in html.entities.codepoint2name:
            out.append('&%s;' % html.entities.codepoint2name[o])
            continue
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            out.append('&#%d;' % o)
    return ''.join(out)


def html_blocks(lines, cs, entities):
    out, i = [], 0
    while i < len(lines):
        if lines[i].startswith('>'):
            j = i
            inner = []
            while j < len(lines) and lines[j].startswith('>'):
                s = lines[j][1:]
                inner.append(s[1:] if s.startswith(' ') else s)
                j += 1
            out.append('<blockquote type="cite" style="margin:0 0 0 .8ex;'
                       'border-left:1px solid #ccc;padding-left:1ex">')
            out.extend(html_blocks(inner, cs, entities))
            out.append('</blockquote>')
            i = j
        elif not lines[i].strip():
            i += 1
        else:
            j = i
            para = []
            while j < len(lines) and lines[j].strip() and not lines[j].startswith('>'):
                para.append(html_escape(lines[j], cs, entities))
                j += 1
            out.append('<p>' + '<br>\r\n'.join(para) + '</p>')
            i = j
    return out


def to_html(text, cs, entities=False, font=0):
    fonts = ['Arial, Helvetica, sans-serif', 'Calibri, sans-serif', 'Verdana, sans-serif',
             'Georgia, serif', '-apple-system, Helvetica Neue, sans-serif']
    body = '\r\n'.join(html_blocks(text.split('\n'), cs, entities))
    return ('<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=%s">\r\n</head>\r\n<body>\r\n<div style="font-family:%s;font-size:11pt">'
            '\r\n%s\r\n</div>\r\n</body>\r\n</html>\r\n' % (cs, fonts[font % len(fonts)], body))


# ------------------------------------------------------------ rendering

TZ = {'en': [0, 0, -5, -8, 1, 10, -4], 'de': [1, 1, 1, 2], 'fr': [1, 1, 1, 2],
      'es': [1, 1, 1, -3, -5, -6]}
MAILERS = {
    'outlook': ('X-Mailer', 'Microsoft Outlook 16.0'),
    'apple': ('X-Mailer', 'Apple Mail (2.3774.500.171.1.1)'),
    'iphone': ('X-Mailer', 'iPhone Mail (21D61)'),
    'thunderbird': ('User-Agent', 'Mozilla Thunderbird'),
    'roundcube': ('User-Agent', 'Roundcube Webmail/1.6.6'),
    'gmail': None, 'web': None,
}


def h(s, n=16):
    return hashlib.sha256(s.encode('utf-8')).hexdigest()[:n]


def encode_part(text, cs, cte):
    data = crlf(text)
    if not data.endswith('\r\n'):
        data += '\r\n'
    raw = data.encode(cs)
    if cte == '7bit':
        raw.decode('ascii')
        return '7bit', raw
    if cte == '8bit':
        return '8bit', raw
    if cte == 'qp':
        return 'quoted-printable', qp_encode(raw.rstrip(b'\r\n')) + b'\r\n'
    if cte == 'b64':
        return 'base64', b64_encode(raw)
    raise ValueError(cte)


def text_part(subtype, text, cs, cte, extra_ct=''):
    name, payload = encode_part(text, cs, cte)
    head = ('Content-Type: text/%s; charset="%s"%s\r\nContent-Transfer-Encoding: %s\r\n\r\n'
            % (subtype, cs, extra_ct, name)).encode('ascii')
    return head, payload


PNG_1x1 = base64.b64decode('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQ'
                           'DwAEhQGAhKmMIQAAAABJRU5ErkJggg==')
JPEG_TINY = base64.b64decode(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIs'
    'IxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAA'
    'AAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==')


def attachment(fname, ctype, content, idx):
    if content == 'png':
        data = PNG_1x1
    elif content == 'jpg':
        data = JPEG_TINY
    elif content == 'pdf':
        data = crlf('%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n'
                    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n'
                    '%% %s\ntrailer << /Root 1 0 R >>\n%%%%EOF\n' % fname).encode('ascii')
    else:
        data = crlf(content).encode('utf-8')
    disp = 'inline' if ctype.startswith('image/') and idx % 2 else 'attachment'
    head = ('Content-Type: %s; name="%s"\r\nContent-Disposition: %s; filename="%s"\r\n'
            'Content-Transfer-Encoding: base64\r\n\r\n' % (ctype, fname, disp, fname))
    if ctype.startswith('text/'):
        head = head.replace('Content-Type: %s;' % ctype, 'Content-Type: %s; charset="utf-8";' % ctype)
    return head.encode('ascii'), b64_encode(data)


def boundary(seed, style):
    x = h(seed, 28)
    if style == 'outlook':
        return '_000_%s_' % x.upper()
    if style == 'gmail':
        return '000000000000%s' % x[:16]
    if style == 'apple':
        return 'Apple-Mail=_%s-%s-%s' % (x[:8].upper(), x[8:12].upper(), x[12:24].upper())
    return '----=_Part_%d_%s' % (int(x[:6], 16) % 90000, x[6:22])


def multipart(sub, bnd, parts, preamble=True):
    out = []
    if preamble:
        out.append(b'This is a multi-part message in MIME format.\r\n')
    for head, payload in parts:
        out.append(('\r\n--%s\r\n' % bnd).encode('ascii') if out else
                   ('--%s\r\n' % bnd).encode('ascii'))
        out.append(head)
        out.append(payload.rstrip(b'\r\n'))
    out.append(('\r\n--%s--\r\n' % bnd).encode('ascii'))
    head = ('Content-Type: multipart/%s;\r\n\tboundary="%s"\r\n\r\n' % (sub, bnd)).encode('ascii')
    return head, b''.join(out)


def render_customer(spec, idx, date):
    o = spec['opt']
    lang = spec['lang']
    cs = o.get('cs', 'utf-8')
    hcs = o.get('hcs', cs if cs != 'us-ascii' else 'utf-8')
    mode = o.get('hq', 'B')
    fmt = o.get('fmt', 'alt')
    cte = o.get('cte', 'qp')
    hcte = o.get('hcte', 'qp')
    mailer = o.get('mailer', ['outlook', 'gmail', 'apple', 'thunderbird', 'iphone', 'web',
                              'roundcube'][idx % 7])
    body = spec['body'].strip('\n') + '\n'
    addr = re.search(r'<([^>]+)>', spec['frm']).group(1)
    dom = addr.split('@')[1]
    key = '%d|%s|%s' % (idx, spec['frm'], spec['subj'])
    if mailer == 'outlook':
        mid = '<%s%s@%s.prod.outlook.example>' % (h(key + 'a', 8).upper(), h(key + 'b', 24).upper(),
                                                   'EUR' + h(key + 'c', 4).upper())
    elif mailer == 'gmail':
        mid = '<CA%s+%s@mail.gmail.example>' % (h(key + 'a', 20), h(key + 'b', 14))
    elif mailer in ('apple', 'iphone'):
        u = h(key, 32).upper()
        mid = '<%s-%s-%s-%s-%s@%s>' % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], dom)
    else:
        mid = '<%s.%s@%s>' % (h(key + 'a', 12), h(key + 'b', 8), dom)
    ip = ['192.0.2.%d', '198.51.100.%d', '203.0.113.%d'][idx % 3] % (10 + idx % 240)
    qid = h(key + 'q', 10).upper()
    host = ('smtp.' if dom.startswith('mail.') else 'mail.') + dom
    lines = [
        'Return-Path: <%s>' % addr,
        'Received: from %s (%s [%s])\r\n\tby mx1.example.test (Postfix) with ESMTPS id %s\r\n'
        '\tfor <%s>; %s' % (host, host, ip, qid, DESK, format_datetime(date + timedelta(seconds=7))),
        hdr_addr('From', spec['frm'], hcs, mode),
        'To: ' + o.get('to', DESK_TO[idx % len(DESK_TO)]),
    ]
    if o.get('cc'):
        lines.append(hdr_addr('Cc', o['cc'], hcs, mode))
    lines.append(hdr_text('Subject', spec['subj'], hcs, mode))
    lines.append('Date: ' + format_datetime(date))
    lines.append('Message-ID: ' + mid)
    if o.get('reply'):
        ref = '<ticket-%d.%s@escalated.example.test>' % (40000 + idx * 7, h(key + 'r', 10))
        lines.append('In-Reply-To: ' + ref)
        refs = ref
        if idx % 2:
            refs = '<%s.%s@%s>\r\n %s' % (h(key + 's', 12), h(key + 't', 6), dom, ref)
        lines.append('References: ' + refs)
    if MAILERS.get(mailer):
        lines.append('%s: %s' % MAILERS[mailer])
    for k, v in o.get('extra', []):
        lines.append('%s: %s' % (k, v))
    lines.append('MIME-Version: 1.0')
    if o.get('lang_hdr', True) and mailer == 'outlook':
        lines.append('Content-Language: %s' % {'en': 'en-GB', 'de': 'de-DE', 'fr': 'fr-FR',
                                                 'es': 'es-ES'}[lang])
    bstyle = mailer if mailer in ('outlook', 'gmail', 'apple') else 'part'

    html_src = o.get('html')
    if fmt == 'plain':
        head, payload = text_part('plain', body, cs, cte, o.get('ct_extra', ''))
    elif fmt == 'html':
        src = html_src or to_html(body, cs, o.get('ent', False), idx)
        head, payload = text_part('html', src, cs, hcte)
    elif fmt in ('alt', 'mixed', 'mixed-plain'):
        if fmt == 'mixed-plain':
            inner = text_part('plain', body, cs, cte)
        else:
            src = html_src or to_html(body, cs, o.get('ent', False), idx)
            inner = multipart('alternative', boundary(key + 'alt', bstyle),
                              [text_part('plain', body, cs, cte), text_part('html', src, cs, hcte)],
                              preamble=False)
        if fmt == 'alt':
            head, payload = inner
        else:
            parts = [inner]
            for n, (fname, ctype, content) in enumerate(o.get('att', [])):
                parts.append(attachment(fname, ctype, content, idx + n))
            head, payload = multipart('mixed', boundary(key + 'mix', bstyle), parts)
    else:
        raise ValueError(fmt)
    top = '\r\n'.join(lines).encode('ascii') + b'\r\n'
    return top + head + payload


def render_raw(spec):
    raw = crlf(spec['raw'].strip('\n') + '\n')
    return raw.encode(spec['cs'])


def build():
    rng = random.Random(SEED)
    start = datetime(2026, 3, 6, 6, 0, 0)
    rendered = []
    for i, spec in enumerate(SPECS):
        if spec['kind'] == 'customer':
            tzh = rng.choice(TZ[spec['lang']])
            minutes = rng.randrange(0, 25 * 24 * 60)
            local = start + timedelta(minutes=minutes, seconds=rng.randrange(60))
            # customers mostly write between 06:00 and 23:00 local time
            if local.hour < 6:
                local += timedelta(hours=8)
            dt = local.replace(tzinfo=timezone(timedelta(hours=tzh)))
            fixed = spec['opt'].get('date')
            if fixed:
                # messages whose text names a date, or that other messages answer
                parts = fixed.split()
                if len(parts) == 3:
                    tzh = int(parts[2][:3])
                dt = datetime.strptime(parts[0] + ' ' + parts[1], '%Y-%m-%d %H:%M').replace(
                    second=dt.second, tzinfo=timezone(timedelta(hours=tzh)))
            try:
                data = render_customer(spec, i, dt)
            except (UnicodeError, ValueError) as e:
                raise SystemExit('cannot render %r: %s' % (spec['subj'], e))
        else:
            try:
                data = render_raw(spec)
            except UnicodeError as e:
                raise SystemExit('cannot render raw %r: %s' % (spec['note'], e))
        rendered.append((spec, data))
    order = list(range(len(rendered)))
    random.Random(SEED + 1).shuffle(order)
    return [rendered[k] for k in order]


def norm_trig(t):
    if t == '-':
        return '-'
    ids = sorted(set(t.split()))
    return ','.join(ids)


def write():
    items = build()
    for f in os.listdir(OUT):
        if re.match(r'^h5-\d{4}\.eml$', f):
            os.remove(os.path.join(OUT, f))
    rows = [HEADER]
    for n, (spec, data) in enumerate(items, 1):
        name = 'h5-%04d.eml' % n
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(data)
        trig = norm_trig(spec['trig'])
        autok = spec.get('auto', '-')
        rows.append('\t'.join([name, trig, autok, spec['lang'], spec['trap'], spec['note']]))
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(rows) + '\n')
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(readme(rows[1:]))


# =====================================================================
# English customer mail with triggers (part 1)
# =====================================================================

add('en', 'billing_dispute cancellation_threat', '-',
    'seats invoiced 12 vs 4 used, disputes $232; will move to another provider at year end',
    'Dana Whitfield <dana@whitfieldbakes.example>',
    'Invoice INV-20931 - billed for 12 seats, we have 4',
    '''Hi there,

Our card got hit for $348.00 this morning on invoice INV-20931. That's 12 user seats at $29. There are four of us at the bakery who use the books, me included, and nobody has added anyone. I checked the Users page and it still says 4 active.

Please put the difference ($232) back on the card on file. And honestly, if this is how renewals are going to go, we'll move our bookkeeping to another provider when the year is up. I don't have time to audit every invoice you send me.

Dana Whitfield
Whitfield Bakes — 14 Orchard Row
''', mailer='apple')

add('en', 'outage severe_dissatisfaction technical_issue', '-',
    'all sites on a node return 502 for hours; "outrageous", "most amateur handling"',
    'Marek Olsen <m.olsen@northfjord-it.example>',
    'Every site on node fra-04 returning 502 - 3 hours now',
    '''Hello,

Since 07:40 UTC every one of our 31 customer sites hosted on your fra-04 node answers with 502 Bad Gateway. The control panel loads but the "Restart PHP" button just spins forever. Your status page is green. Green!

We are a managed service provider and our phones have not stopped ringing. Three hours of downtime without a single word from you is outrageous, and frankly the most amateur handling of an incident I have seen from a hosting company in 15 years.

Server IDs: fra-04-vm-1183, fra-04-vm-1190
From our side: curl -I https://shop.northfjord-it.example -> HTTP/2 502

Marek Olsen
Head of Infrastructure, Northfjord IT
''', date='2026-03-11 10:45 +0000', fmt='plain', cs='us-ascii', cte='7bit', mailer='thunderbird')

add('en', 'security_incident', '-',
    'elderly customer: phone number changed and unknown device added without his doing',
    'Gerald Pickering <gpickering1947@mail.example>',
    'strange things on my account',
    '''Dear Sirs

I had an email this morning saying the phone number on my PayNest account had been changed and that a new device called "Galaxy A15" was added. I did not do this. I only have the iPad my grandson set up for me last Christmas.

I am worried somebody has got into my account and my money. My daughter says I must not touch anything and should write to you straight away, so that is what I am doing. Please could you lock it until I can speak to someone.

Yours faithfully
Gerald Pickering
''', fmt='plain', cs='utf-8', cte='8bit', mailer='web')

add('en', 'billing_dispute broken_promise manager_request repeat_contact', '-',
    'fourth email; estimated bill GBP 412.60 wrong; promised callback never came; asks for team leader/supervisor',
    'Sandra Okafor <sandra.okafor@inbox.example>',
    'Re: Account 7730-2291 - estimated bill AGAIN',
    '''This is now my fourth email about the same bill and I am tired of explaining it to a new person every time.

The January bill is £412.60 and it is based on an ESTIMATED reading of 48211. I sent you a photo of the meter on 9 January showing 45930. Your colleague Kevin said on the phone on the 14th that someone would ring me back within 48 hours with a corrected bill. Nobody rang.

Please pass this to a team leader or a supervisor who can actually correct the bill. I will pay what I owe. I will not pay £412.60.

Sandra

On 2 Feb 2026, at 10:11, Support <support@example.test> wrote:
> Dear Ms Okafor,
> Thank you for contacting us. We have passed your query to our billing team,
> who will be in touch.
> Kind regards, Energy Customer Care
''', reply=True, cs='windows-1252', cte='qp', mailer='iphone')

add('en', 'data_loss technical_issue', '-',
    'March transactions vanished from the ledger after app update',
    'Priya Raman <priya@ramanconsulting.example>',
    'March transactions gone after the 4.2 update',
    '''Hi support,

After the app updated itself to 4.2 last night, every bank transaction I had categorised for March has disappeared from the ledger. The bank feed shows them as "imported", but the register is empty from 1 March onwards. 63 entries, roughly two days of work. February and earlier look fine.

Is there a backup you can restore from? My VAT return is due on the 7th.

Thanks,
Priya Raman
Raman Consulting Ltd
''', mailer='outlook')

add('en', 'feature_request', '-',
    'asks for recurring invoices that take hours from the time tracker / draft option',
    'Tom Achterberg <tom@achterbergdesign.example>',
    'Idea: recurring invoices with changing quantities',
    '''Hi folks,

Love the product, I've used it for two years for my little design studio. One thing that would save me a lot of clicks: I bill a couple of clients monthly on a retainer but the hours change from month to month. Recurring invoices repeat the exact same lines, so I end up editing every single one before it goes out.

Could recurring invoices pull the hours from the time tracker automatically? Or at least stop as a draft so I can adjust the quantity before sending? Even just a "draft only" switch per recurring invoice would make my month-end much nicer.

Cheers,
Tom
''', fmt='plain', cs='utf-8', cte='qp', mailer='gmail')

add('en', 'billing_dispute legal_threat', 'conditional',
    'charged GBP 189.99 for a cancelled order; will file a small claims claim if not refunded',
    'Hannah Boateng <h.boateng@post.example>',
    'Order #55-10382 cancelled but I was still charged £189.99',
    '''To whom it may concern,

I cancelled order 55-10382 (a standing desk) on 20 January, within an hour of placing it, and I received your cancellation confirmation by email. On 27 January £189.99 was taken from my debit card anyway, and nothing has arrived.

I want the full £189.99 returned within seven days. If it is not, I will issue a claim through the small claims online service without further notice. I have kept all of the emails.

Regards,
Hannah Boateng
''', date='2026-03-06 20:00', cs='iso-8859-1', cte='8bit', hq='Q', mailer='outlook')

add('en', 'media_threat severe_dissatisfaction', 'conditional',
    'flight moved without notice; "worst booking experience", "shambolic"; will post a video to 60k followers unless refunded',
    'Jordan Blake <jordanblake.travels@mail.example>',
    'you moved my flight by 2 days and told nobody',
    '''so I turn up at the airport this morning for my 6:15 to Lisbon with my two kids and the desk tells me the booking was moved to THURSDAY back in February. no email no text nothing, I checked spam twice. we had to pay for a hotel near the airport and I lost a whole day of a 5 day trip

this is hands down the worst booking experience I have ever had, absolutely shambolic from start to finish. I make travel content (about 60k people follow me) and trust me this whole saga is going in a video this week unless someone sorts out the hotel money

Jordan

Sent from my phone
''', fmt='html', cs='utf-8', hcte='qp', mailer='iphone')

add('en', 'safety technical_issue', '-',
    'e-bike battery smoked and melted while charging',
    'Luis Ferreira <luis.ferreira@homebase.example>',
    'Battery smoking while charging - Voltra City 2',
    '''Hi,

Last night the battery of my Voltra City 2 started smoking while it was charging in our hallway. There was a hissing sound and a burning smell, and the casing next to the connector is melted and brown. I unplugged it with oven gloves and put it out on the patio. Nobody was hurt, but my kids sleep right next to that hallway.

Frame number VC2-0048817, bought October 2025. The charger is the original one that came in the box.

What should I do with the battery now? I am obviously not charging it again. Photos attached.

Luis
''', fmt='mixed', att=[('battery_1.jpg', 'image/jpeg', 'jpg'), ('battery_2.jpg', 'image/jpeg', 'jpg')],
    mailer='gmail')

add('en', 'discrimination_harassment', 'innocuous',
    'receptionist refused gym floor because of hijab and made a slur; "safety thing" is reported speech',
    'Amira Haddad <amira.haddad@mail.example>',
    'What happened at the Eastgate club on Saturday',
    '''Hello,

I want to report how I was treated at your Eastgate club on Saturday morning. The man at reception (his badge said Craig) told me I could not go onto the gym floor "dressed like that", meaning my hijab and long sleeves, and said it was "a safety thing". Two other women walked past in long sleeves and leggings and nothing was said to them. When I asked to see the rule he laughed and said "maybe find a gym for your lot".

I have been a member for three years and have never been spoken to like this. I would like to know what you are going to do about it.

Amira Haddad
Membership no. 118-4420
''', mailer='web')

add('en', 'cancellation_threat executive_contact technical_issue', '-',
    'cc\'d the CEO; six business lines throttled while roaming; will port all numbers at renewal',
    'Richard Kowalczyk <r.kowalczyk@kowalczyk-builders.example>',
    'Business lines throttled in NL / account 40-88213',
    '''I've copied your chief executive on this because frankly I'm past the point of dealing with the support queue.

Our six business lines were stuck at 2G speeds for the whole of last week while my crew was working in Rotterdam, even though the EU roaming bundle is active on every line. Your agent said it was "network conditions". Rubbish: my personal phone on a different network worked fine standing right next to them.

Our contract renews in April. As things stand, we will be porting all six numbers to another network at that point.

Richard Kowalczyk
Kowalczyk Builders Ltd
''', date='2026-03-11 18:30', cc='Office of the CEO <ceo.office@example.test>', cs='windows-1252', cte='8bit', mailer='outlook')

add('en', 'corporate_contact_request executive_contact', '-',
    'asks for the chief executive\'s name and email to write to them personally',
    'Margaret Ellison <m.ellison@ellison-family.example>',
    'Who runs your company?',
    '''Good afternoon,

I would be grateful if you could give me the name and the email address of your managing director or chief executive. I intend to write to them personally about the way my late husband's account has been handled since his death in November. I have been given conflicting answers about whether the direct debit has been stopped.

Please do not send me the general support form again.

Mrs M. Ellison
''', fmt='plain', cs='iso-8859-1', cte='qp', mailer='thunderbird')

add('en', 'high_value_order technical_issue', 'title',
    'PO of $8,940 with one combi oven dead on arrival (error E4); "Owner" title',
    'Owen Pritchard <owen@pritchardskitchen.example>',
    'PO 2026-014 - combi oven dead on arrival, error E4',
    '''Hi,

We took delivery of purchase order 2026-014 on Monday: two Vantera CX-10 combi ovens and a blast chiller, $8,940.00 in total, paid in full by bank transfer. The chiller and one oven are fine. The second oven powers on, shows error E4 after about thirty seconds and then locks the display. Your manual says E4 means "steam generator fault, contact service".

We open the new restaurant on the 21st and need both ovens working. Can you send a technician or a replacement unit this week?

Owen Pritchard
Head Chef / Owner, Pritchard's Kitchen
''', date='2026-03-13 12:00', mailer='gmail')

add('en', 'billing_dispute regulatory repeat_contact', 'conditional',
    'GBP 75 exit fee charged at tariff end; raised twice by phone already; will go to the Energy Ombudsman',
    'Bernard Quaye <bquaye@mail.example>',
    'Exit fee charged after my fixed tariff ended',
    '''I switched away from you on 1 December, the day my fixed tariff ENDED. My final statement nevertheless contains an "early exit fee" of £75.00. There is nothing early about leaving on the day the tariff finishes.

I have already raised this twice by phone and been promised nothing in particular. If the £75 is not credited back within 14 days I will take it to the Energy Ombudsman. I have already started filling in their form.

Bernard Quaye
''', fmt='plain', cs='iso-8859-15', cte='8bit', mailer='web')

add('en', 'outage technical_issue', '-',
    'all card readers failing with host unavailable; other merchants affected too',
    'Chen Wei <chen@lotuscafe.example>',
    'URGENT card readers not taking any payments',
    '''Hi, none of our 3 card readers at Lotus Cafe can take a payment since about 11:30. Every transaction fails with "Host unavailable - code 91". Tried restarting, different wifi, my phone hotspot. Same. My friend at the bakery down the road uses you too and hers is also down so its not just us.

Lunch rush is starting and we are sending people to the ATM. Please tell me whats going on.

Chen
Lotus Cafe, merchant ID 880214
''', fmt='plain', cs='us-ascii', cte='7bit', mailer='iphone')

add('en', 'technical_issue', 'quoted',
    'current text only reports failing uploads (413); cancellation and Facebook threats are in quoted history',
    'Kim Sorensen <kim@sorensen-photo.example>',
    'Re: Gallery uploads failing',
    '''Thanks for the quick fix on the billing side, that's sorted now.

One remaining thing: client galleries over about 200 photos still fail to upload. The progress bar gets to 100% and then I get "Upload failed (413)". Smaller galleries go through fine. Tested in Chrome and Firefox on two different machines.

Kim

On Mon, 9 Feb 2026 at 16:20, Support <support@example.test> wrote:
> Hi Kim,
> We've refunded the duplicate charge of $49 and passed the upload error to
> our engineers.
>
> On Sun, 8 Feb 2026 at 22:03, Kim Sorensen <kim@sorensen-photo.example> wrote:
>> Charged twice AGAIN. Fix this today or I'm cancelling and I'll tell every
>> photographer in my Facebook group to stay away from you.
''', reply=True, mailer='gmail')

add('en', 'cancellation_threat technical_issue', 'conditional',
    'router drops every evening; will cancel within the 30 days if not fixed by next week',
    'Aisha Mensah <aisha.mensah@mail.example>',
    'Router drops out every evening',
    '''Hello,

My broadband (account FB-229104) drops out every evening between about 7 and 10pm. The router lights go orange and it reboots itself, sometimes three or four times in an evening. Your engineer replaced the filter last week and nothing changed. I work from home two evenings a week and need it to be stable.

If the router isn't replaced or the line fixed by the end of next week, I'll cancel and go elsewhere. I'm still inside the 30 days.

Thanks,
Aisha
''', cs='utf-8', cte='b64', mailer='outlook')

add('en', 'media_threat', '-',
    'journalist asks for comment; the reported data exposure and DPA notification are hearsay',
    'Nadia Whitcombe <n.whitcombe@dailyledger-news.example>',
    'Press inquiry: reports of customer data exposure',
    '''Dear press office,

I am a reporter at The Daily Ledger and I am working on a story about your invoicing platform. Several small-business owners have told us that over the weekend they could see other companies' invoices when they logged in, and some say they were unable to reach your support team at all.

Could you confirm whether there was a data exposure incident, how many customers were affected, and whether the data-protection authority has been notified? We intend to publish on Thursday and would like to include your response. A statement by Wednesday 5pm GMT would be ideal.

Kind regards,
Nadia Whitcombe
Senior Reporter, The Daily Ledger
+1 202 555 0147
''', mailer='outlook')

add('en', 'broken_promise legal_threat', '-',
    'refund promised "within 5-7 working days" in January never paid; correspondence passed to solicitor',
    'Caroline Ashdown <c.ashdown@ashdownevents.example>',
    'Refund for booking HTL-77310 still not received',
    '''Dear Sir or Madam,

On 12 January your agent Priya confirmed in writing that the £1,240 for booking HTL-77310 (the Harbour View, cancelled by the hotel because of its own overbooking) would be refunded "within 5–7 working days". It is now March and nothing has been refunded.

I have today passed the correspondence to my solicitor, who will write to you separately. Please direct any further communication about this matter to her.

Caroline Ashdown
Ashdown Events
''', date='2026-03-10 11:00', cs='windows-1252', cte='qp', mailer='outlook')

add('en', 'feature_request technical_issue', '-',
    'bulk edit fails with ERR_BULK_409; also asks for keyboard shortcuts',
    'Ben Castellano <ben@castellano-dev.example>',
    'bulk edit broken + shortcut request',
    '''hey team,

two things:

1) bulk edit on the products page is broken since yesterday. select 20 products, change category, hit save, spinner, then "Something went wrong (ERR_BULK_409)" and nothing changes. editing products one at a time works.

2) unrelated, but while I'm here: any chance of keyboard shortcuts for the order list? j/k to move up and down, e to open, like gmail has. would save my packers a ton of time every day

ben
''', fmt='plain', cs='us-ascii', cte='7bit', mailer='thunderbird')

add('en', 'repeat_contact technical_issue', '-',
    'third email about calendar sync not working',
    'Ingrid Halvorsen <ingrid@halvorsen-physio.example>',
    'Calendar sync (third email)',
    '''Hello again,

This is the third time I am writing about the same problem, ticket #48820. Appointments booked through the online booking page no longer appear in my Google calendar. The sync status says "Connected" and "Last synced 2 minutes ago", but nothing new has come through since 17 February. I disconnected and reconnected as you suggested in your first reply, and cleared the cache as suggested in the second.

Please could someone look at the actual sync logs this time.

Ingrid Halvorsen
Halvorsen Physiotherapy
''', mailer='apple')

add('en', 'manager_request', 'innocuous',
    'medical freeze refused; asks for escalation to someone more senior / area manager ("manager\'s discretion" is reported)',
    'Paul Mbeki <paul.mbeki@mail.example>',
    'Membership freeze refused after surgery',
    '''Hi,

I asked to freeze my membership for 3 months after knee surgery and sent in the hospital letter. The club told me freezes are "at the manager's discretion" and said no. Your own terms say a medical freeze is allowed with a doctor's note.

I'd like this taken up by someone more senior than the club front desk please, ideally the area manager.

Thanks
Paul Mbeki
''', fmt='plain', cs='utf-8', cte='8bit', mailer='gmail')

add('en', 'executive_contact high_value_order technical_issue', 'title',
    'GBP 36,500/yr enterprise renewal with SCIM broken (401); has written to the CCO and CEO; IT Director title',
    'Laura Jennings <laura.jennings@brightwater-health.example>',
    'SCIM provisioning broken since renewal - contract BW-ENT-2025',
    '''Hello,

We renewed our enterprise agreement (BW-ENT-2025, £36,500 per year) on 1 February. Since that date SCIM provisioning from our identity provider has stopped working: new starters are not created and leavers are not deactivated. The SCIM endpoint returns HTTP 401 for the token that was generated in your admin console on 2 February.

This has now been open with your support team for four weeks (case 00912). I have today written to your Chief Customer Officer and to your CEO to make them aware that a renewal of this size is sitting with a fundamental feature broken.

Laura Jennings
IT Director, Brightwater Health
''', date='2026-03-09 16:40', cs='windows-1252', cte='qp', mailer='outlook')

add('en', 'data_loss security_incident technical_issue', '-',
    'project folder emptied and another company\'s files (payroll) appear in it',
    'Ravi Subramanian <ravi@subramanian-arch.example>',
    'Our project folder is empty and there are files from another company in it',
    '''Hi,

Something is seriously wrong with our shared drive. The folder "Projects 2025", which had around 1,400 files (drawings, contracts), now shows only 12 files, and those 12 are NOT ours: they are invoices and a payroll spreadsheet from a company called "Meridian Dental" that we have nothing to do with. The trash is empty and the version history shows nothing.

So our files are gone and somebody else's data is visible to us, which presumably means ours is visible to someone too. Please treat this as urgent.

Ravi Subramanian
Subramanian Architects
''', mailer='web')

add('en', 'legal_threat safety', '-',
    'courier left parcel on steps, 81-year-old mother fell and fractured wrist; has consulted a personal injury solicitor',
    'Denise Hollowell <denise.hollowell@mail.example>',
    'Your driver left a parcel across our steps - my mother fell',
    '''Your courier left a large box (order 88-20317, the rowing machine) lying across our front steps on Tuesday evening without ringing the bell. My mother, who is 81, came out in the dark, fell over it and has a fractured wrist. She was in A&E until 2am.

I have photos of where the box was left and the hospital discharge note. I expect you to cover her costs, and I have already spoken to a personal injury solicitor, who has told me to keep everything.

Denise Hollowell
''', fmt='html', cs='utf-8', hcte='qp', ent=True, mailer='web')


# =====================================================================
# English customer mail with triggers (part 2)
# =====================================================================

add('en', 'cancellation_threat outage technical_issue', 'conditional',
    'nobody in the office can log in at all since Monday; will go back to old software if not back by Thursday',
    'Gary Lindqvist <gary@lindqvistplumbing.example>',
    'cant log in since monday??',
    '''hi, since monday morning nobody in our office can log in at all, it just says "Service temporarily unavailable" and bounces back to the login page. tried chrome, edge, the phone app, my wife tried on her laptop at home, same thing every time. payroll is due friday and all our timesheets are in there. if its not back up by thursday we've got no choice but to go back to our old software and that'll be the end of it with you lot
gary
''', fmt='plain', cs='us-ascii', cte='7bit', mailer='iphone')

add('en', 'billing_dispute technical_issue', '-',
    'app showed payment error, retried, charged twice GBP 20 for one top-up',
    'Yusuf Demir <yusuf.demir@mail.example>',
    'Charged twice for one top-up',
    '''Hello,

I topped up my pay-as-you-go SIM (number ending 4471) with £20 through your app on 3 March. The app showed an error "Payment could not be completed, please try again", so I tried again and the second time it worked. My bank statement now shows two payments of £20.00 to you, but only one top-up has reached my balance.

Please refund the extra £20.

Thank you
Yusuf Demir
''', cs='iso-8859-1', cte='qp', mailer='gmail')

add('en', 'corporate_contact_request', 'title',
    'lawyer in professional role asks for head office address and legal department contact; no threat',
    'Sophie Lang <s.lang@langpartners.example>',
    'Request for head office and legal department contact details',
    '''Dear Sir or Madam,

We act for a former supplier of your company in a commercial matter. Could you please let us have the postal address of your registered head office, together with the name and email address of the person in your legal department who deals with supplier contracts, so that we can direct our correspondence to the correct recipient?

Thank you in advance.

Yours faithfully,

Sophie Lang
Partner
Lang & Partners LLP

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.
''', date='2026-03-13 10:15', mailer='outlook')

add('en', 'security_incident', '-',
    'phishing mail sent from the company\'s own billing address; neighbour entered details',
    'Martin Oyelaran <martin.oyelaran@mail.example>',
    'Phishing email coming from your domain?',
    '''Hi,

This morning I got an email from billing@example.test (your address, and my mail client says it passed SPF) telling me my card had expired, with a link to "update payment details". The link goes to a site that is NOT yours, example-payments-verify.example. I didn't enter anything, but my neighbour, who is also a customer of yours, did enter her card details before she realised.

Either your mail system has been compromised or someone is sending through it. You will probably want to warn people.

Martin
''', fmt='plain', cs='utf-8', cte='qp', mailer='roundcube')

add('en', 'broken_promise severe_dissatisfaction', '-',
    'third promised delivery date broken (dates, not contacts); "absolutely livid", "disgraceful"',
    'Eleanor Firth <eleanor.firth@mail.example>',
    'Sofa delivery - yet another "guaranteed" date missed',
    '''I took another day off work on Friday because your delivery team PROMISED me the sofa would arrive between 8 and 12. Nobody came. Nobody phoned. That is the third delivery date you have given me and the third one you have broken.

I am absolutely livid. I have paid £1,899 for a sofa I have never seen, and I have lost three days' wages sitting at home waiting for it. Your service has been nothing short of disgraceful from start to finish.

Order number SF-004518.

Eleanor Firth
''', cs='windows-1252', cte='8bit', mailer='outlook')

add('en', 'feature_request', '-',
    'student asks for a waitlist with auto-booking for full classes',
    'Kayla Brooks <kayla.brooks@uni.example>',
    'app idea!!',
    '''hiii so I use the gym app every day to book classes and honestly it's great but one thing!! could you add a waitlist for full classes?? like if someone drops out I get a notification and get bumped in automatically. right now I just refresh the spin class page like 20 times a day lol

thanks!!
kayla x
''', fmt='html', cs='utf-8', hcte='b64', mailer='iphone')

add('en', 'regulatory', 'title',
    'subject access request ignored; has lodged a complaint with the ICO; "Dr." and DPO salutation',
    'Dr. Henrik Vos <h.vos@vos-clinic.example>',
    'Subject access request ignored - complaint lodged',
    '''Dear Data Protection Officer,

On 2 January I made a subject access request for all personal data you hold about me. The one-month deadline passed on 2 February without any response, not even an acknowledgement.

Please take this as notice that I have today lodged a complaint with the Information Commissioner's Office (reference IC-0555-2026). I still expect the data to be provided.

Henrik Vos
''', fmt='plain', cs='us-ascii', cte='7bit', mailer='thunderbird')

add('en', 'billing_dispute manager_request severe_dissatisfaction', '-',
    'shouting; GBP 8.99/month insurance charged that he refused; demands a supervisor call; "most useless company"',
    'Tony Marchetti <tonymarchetti@mail.example>',
    'GET ME A SUPERVISOR',
    '''I have been on hold for two hours today and the person I finally got told me to "send an email". FINE. HERE IS YOUR EMAIL.

When I bought my phone in your Kingsway shop I said NO to the insurance. Twice. You have charged me £8.99 for insurance on both of my last two bills. Take it off and give me the £17.98 back.

I want a SUPERVISOR to call me on 555-0143 TODAY. Not a bot, not a form, a SUPERVISOR. This is the most useless company I have ever had the misfortune to deal with.

Tony Marchetti
''', date='2026-03-07 13:10', cs='utf-8', cte='8bit', mailer='gmail')

add('en', 'broken_promise repeat_contact', '-',
    'emailed three times and called once; bike promised back "by end of the week, guaranteed" five weeks ago',
    'Callum Reid <callum.reid@mail.example>',
    'Service RMA-3321 - where is my bike?',
    '''Hello,

I have now emailed three times and phoned once about RMA-3321. My e-bike went in for its annual service on 6 January. On 27 January I was told on the phone that it would be shipped back "by the end of the week, guaranteed". That was five weeks ago. No tracking number, no bike.

Can someone please give me an actual date.

Callum Reid
''', fmt='plain', cs='utf-8', cte='b64', mailer='web')

add('en', 'broken_promise high_value_order', 'title',
    'GBP 14,280 desk order with no delivery date; account manager promised new date that never came; Office Manager title',
    'Angela Whitmore <a.whitmore@whitmore-fitout.example>',
    'Order 7781-B: 40 desks, still no delivery date',
    '''Good morning,

Our order 7781-B for 40 height-adjustable desks (invoice total £14,280.00, paid on 15 January) was confirmed for delivery on 10 February. Your account manager, Tom, promised on 12 February that we would have a new delivery date by the end of that week. We still have no date and no desks, and the whole office fit-out has stalled.

Please confirm by return when the desks will be delivered.

Kind regards,

Angela Whitmore
Office Manager
Whitmore Fit-Out Ltd
T: +1 415 555 0162
''', date='2026-03-09 09:05', cs='windows-1252', cte='qp', mailer='outlook')

add('en', 'billing_dispute cancellation_threat severe_dissatisfaction', 'conditional',
    'direct debit raised from GBP 140 to 310 without notice; "absolute disgrace"; will switch unless reversed',
    'Patrick Doyle <pdoyle@mail.example>',
    'Direct debit put up to £310 without asking me',
    '''You have increased my monthly direct debit from £140 to £310 without a word of warning, apparently because of a "review". My usage has not changed in years. I am a pensioner and that money was meant for my rent.

This is an absolute disgrace. Put it back to £140 today or I am switching supplier, simple as that.

Patrick Doyle
''', date='2026-03-14 09:30', fmt='plain', cs='iso-8859-15', cte='qp', hq='Q', mailer='web')

add('en', 'technical_issue', '-',
    'washing machine stops with code F21, water stays in drum; warranty repair request',
    'Noor Al-Sayed <noor.alsayed@mail.example>',
    'Washing machine stops at 9 minutes with code F21',
    '''Hi,

Our AquaLine 8 washing machine (bought in November) stops every cycle with 9 minutes left, shows F21, and the water stays in the drum. I cleaned the filter at the bottom as the manual says, it was already clean.

Could you arrange a repair under the warranty? We are at home most mornings.

Thanks,
Noor
''', mailer='gmail')

add('en', 'outage technical_issue', '-',
    'reply: none of 12 mailboxes can send/receive, webmail 503; status page says investigating',
    'Ellis Warner <ellis@warnerandco.example>',
    'Re: Email not working',
    '''Still nothing. None of our 12 mailboxes can send or receive since yesterday 4pm. Outlook says it can't connect to mail.warnerandco.example and webmail gives "503 Service Unavailable". Your status page now says "investigating", so I assume it's at your end and not just us?

We're an estate agency, email IS our business. An ETA would be appreciated.

Ellis Warner
Warner & Co. Estate Agents

-----Original Message-----
From: Support <support@example.test>
Sent: 04 March 2026 17:02
To: Ellis Warner <ellis@warnerandco.example>
Subject: RE: Email not working

Hi Ellis, thanks for reporting this. We are looking into it and will update you shortly.
''', date='2026-03-05 09:20', reply=True, cs='windows-1252', cte='qp', mailer='outlook')

add('en', 'discrimination_harassment manager_request', '-',
    'gate supervisor insulted a disabled passenger; wants it taken to someone senior',
    'Samuel Adeyemi <s.adeyemi@mail.example>',
    'Treatment at gate B12, flight 4471',
    '''Dear Customer Relations,

I travel with a guide dog and a wheelchair. At gate B12 for flight 4471 on 28 February, the gate supervisor refused to let me board first, as your policy for passengers with disabilities provides, and in front of the whole queue called me "more trouble than I'm worth".

I want this to go to someone senior in your accessibility or customer relations team, not a standard reply. I expect a written apology and an explanation.

Samuel Adeyemi
''', mailer='apple')

add('en', 'data_loss severe_dissatisfaction technical_issue', '-',
    'sync client update emptied the Clients folder; "beyond furious"',
    'Olivia Grant <olivia@grantbookkeeping.example>',
    'YOUR SYNC WIPED MY CLIENT FILES',
    '''I don't even know how to write this calmly.

The desktop sync client updated itself overnight and when I opened my laptop this morning the "Clients" folder was empty. EMPTY. Eleven years of bookkeeping records for 40 clients. The web version shows the folder as empty too, and the recycle bin only goes back 30 days and shows nothing.

I am beyond furious. You push an update that deletes people's work without asking and then your help page tells me to "check the recycle bin". Get somebody who actually knows what they are doing to restore this from your backups.

Olivia Grant
Grant Bookkeeping
''', date='2026-03-12 07:15', fmt='plain', cs='utf-8', cte='8bit', mailer='outlook')

add('en', 'security_incident technical_issue', '-',
    'My orders page shows other customers\' orders with names and addresses',
    'Hugo Bennett <hugo.bennett@mail.example>',
    'I can see other people\'s orders in my account',
    '''Hi,

Not sure who to tell about this, but when I go to "My orders" in your shop app I see 4 orders that aren't mine, with the names, home addresses and phone numbers of other customers. One of them is in Leeds, I've never been there. Screenshot attached (I've blurred the details).

Thought you'd want to know ASAP.

Hugo
''', fmt='mixed', att=[('IMG_4471.png', 'image/png', 'png')], mailer='iphone')

add('en', 'executive_contact media_threat', 'conditional',
    'letter posted to the CEO\'s office unanswered; will publish on blog and send to local paper',
    'Fiona MacLeod <fiona.macleod@mail.example>',
    'Open letter to your chief executive',
    '''I'm sending this to support as a courtesy, since your chief executive's office hasn't answered the letter I posted to them on 1 March.

For nine weeks you have failed to transfer my late father's phone contract into my name, even though we sent you the death certificate and the grant of probate in January. Meanwhile his line is still being billed to an account nobody can access.

If I don't hear back this week, the letter goes on my blog and to the Dunmore Gazette, whose reporter has already asked me about it.

Fiona MacLeod
''', mailer='web')

add('en', 'billing_dispute', 'conditional',
    'charged $239 annual instead of $24 monthly; will dispute with card issuer if not refunded',
    'Derek Hollis <derek.hollis@mail.example>',
    'Annual renewal of $239 - I did not agree to this',
    '''Hi,

I was charged $239.00 on 2 March for an annual renewal of the Pro plan. I switched to the monthly plan in December (confirmation email attached), so I should have been charged $24.

Please refund the $215 difference. If I don't hear back by Friday I'll dispute the charge with my card issuer.

Derek
''', date='2026-03-06 18:05', fmt='mixed', att=[('plan-change-confirmation.pdf', 'application/pdf', 'pdf')], mailer='gmail')

add('en', 'safety technical_issue', '-',
    'phone overheated during a call, burned her palm, back is bulging',
    'Grace Liu <grace.liu@uni.example>',
    'phone got super hot and burned my hand',
    '''Hi, the Nova X phone I got with my contract in January got extremely hot last night while I was on a video call (it wasn't charging). It got so hot I dropped it and now I have a red burn mark on my palm. The back of the phone is slightly bulging now.

I've switched it off and put it in a metal biscuit tin. Is this a known problem? What should I do with it? I honestly don't feel safe keeping it in my room.

Grace
''', date='2026-03-12 23:10', fmt='plain', cs='utf-8', cte='qp', mailer='iphone')

add('en', 'cancellation_threat feature_request', 'conditional',
    'asks for multi-currency support; will move to a competitor at June renewal if not on roadmap',
    'Michelle Tran <michelle@tranimports.example>',
    'Multi-currency - still not there?',
    '''Hi,

We import from Vietnam and invoice in USD, EUR and GBP. We have been asking for multi-currency bank accounts on your ideas board for over a year now. Please, please add proper multi-currency support with automatic revaluation at month end.

To be honest with you: our renewal is in June and if this isn't on the roadmap by then, we will move to a competitor that already has it. Our accountant has been pushing us to for months.

Michelle Tran
Tran Imports
''', mailer='outlook')

add('en', 'data_loss legal_threat technical_issue', 'title',
    'platform migration deleted 14 clients\' records; solicitors instructed; "Managing Partner" title',
    'Robert Kane <rkane@kane-accounting.example>',
    'Loss of client records - formal notice',
    '''Dear Sirs,

On 26 February your platform deleted the complete records of 14 client companies from our practice account during what your status page described as a "database migration". Your support team has since confirmed that the records cannot be recovered beyond a partial export from January.

We will be seeking to recover the full cost of reconstructing these records. Our solicitors, Hale & Morrow, have been instructed and will write to you this week.

Yours faithfully,

Robert Kane FCCA
Managing Partner, Kane Accounting
''', fmt='plain', cs='windows-1252', cte='7bit', mailer='outlook')

add('en', 'cancellation_threat repeat_contact technical_issue', 'conditional',
    'fourth message; mobile data not working after SIM swap; will port number if not fixed this week',
    'Leah Nakamura <leah.nakamura@mail.example>',
    '4th time - mobile data not working after SIM swap',
    '''This is my fourth message about this.

Since the SIM swap on 12 Feb, calls and texts work but mobile data doesn't: the phone shows 4G but nothing loads. The APN settings are exactly what your agent sent me. I've restarted, reset network settings, tried the SIM in another phone.

Fix it this week or I'm taking my number to another network. I'm paying £25 a month for something that half works.

Leah
''', cs='utf-8', cte='qp', mailer='gmail')

add('en', 'corporate_contact_request manager_request', '-',
    'hotel not as advertised (renovation); asks for escalation to a complaints supervisor and the head office postal address',
    'Stuart Bellamy <stuart.bellamy@mail.example>',
    'Porto booking - formal complaint',
    '''Hello,

The hotel I booked through you in Porto turned out to be half a building site: the pool and restaurant advertised on your page were closed for renovation and our room had no window. We moved to another hotel at 11pm and paid €180 for it.

I would like two things. First, for this to be escalated to a supervisor in your complaints team. Second, the postal address of your head office, since I intend to send my receipts and a formal complaint by recorded delivery.

Stuart Bellamy
''', fmt='plain', cs='iso-8859-15', cte='8bit', mailer='thunderbird')

add('en', 'outage technical_issue', 'policy_question',
    'website 502 and app server error for hours, cannot check in; also asks about airport fee policy',
    'Aditya Kulkarni <aditya.kulkarni@mail.example>',
    'Website and app both down - can\'t check in',
    '''Hi,

I'm flying tomorrow at 7am (booking ref QX7P2L) and need to check in online to avoid the airport check-in fee. Your website gives "502 Bad Gateway" on every page and the app just says "Server error, please try again later". It's been like this for at least 4 hours.

Will I be charged the airport fee if your site is down?

Thanks,
Aditya
''', mailer='gmail')

add('en', 'cancellation_threat severe_dissatisfaction', '-',
    'cancels gym membership because of dirty club and cancelled classes; "disgusted"',
    'Vanessa Cole <vanessa.cole@mail.example>',
    'Cancel my membership - effective end of month',
    '''I've had enough.

For weeks now the changing rooms at Riverside have been filthy, the towels smell, and three of my evening classes were cancelled without any notice. The staff just shrug. I pay £54 a month for this.

I am honestly disgusted with the way this club is run. Cancel my membership at the end of this month and do not bother with a retention offer.

Vanessa Cole
''', cs='windows-1252', cte='8bit', mailer='outlook')


# =====================================================================
# English customer mail with triggers (part 3)
# =====================================================================

add('en', 'legal_threat regulatory', 'conditional',
    'funds held 45 days; filed CFPB complaint; retained an attorney who will act if funds not released',
    'Marcus Bell <marcus.bell@mail.example>',
    'Frozen funds - $3,870 held for 45 days',
    '''Your company has now held $3,870.22 of my business's money for 45 days with no explanation beyond "compliance review". I have sent every single document you asked for.

I filed a complaint with the CFPB this morning (confirmation number 260305-555014), and I have retained an attorney who will be in touch with you if the funds are not released by March 15.

Marcus Bell
Bell's Mobile Detailing
''', date='2026-03-09 11:20', fmt='plain', cs='us-ascii', cte='7bit', mailer='gmail')

add('en', 'safety', '-',
    'elderly customer asks about a fire-risk recall of her heater; device itself works (no technical_issue)',
    'Joan Whitaker <joan.whitaker@mail.example>',
    'Heater model TH-20 - recall?',
    '''Hello,

My neighbour showed me a notice in the paper saying your TH-20 oil-filled heater is being recalled because it can catch fire. I have one in my bedroom that I bought from you two winters ago. It seems to work perfectly well but now I am worried.

Should I stop using it, and how do I send it back? I am 79 and I don't drive.

Thank you,
Joan Whitaker
''', fmt='plain', cs='utf-8', cte='8bit', mailer='web')

add('en', 'technical_issue', '-',
    'dishwasher app pairing fails at 80% with Device not found',
    'Bilal Hussain <bilal.h@mail.example>',
    'Dishwasher won\'t pair with the app',
    '''Hello,

I'm trying to connect our new CleanLine 60 dishwasher to the HomeConnect app. Every time, pairing gets to 80% and then says "Device not found (E-112)". The dishwasher's wifi symbol keeps blinking. The router is in the next room, 2.4 GHz is on, and my phone connects fine to everything else.

Any ideas? I've tried about ten times now.

Bilal
''', mailer='apple')

add('en', 'billing_dispute broken_promise repeat_contact severe_dissatisfaction', '-',
    'non-native writer, third time; GBP 64.50 intl calls charge wrong; correction promised twice not done; "so angry"',
    'Carmen Ruiz <carmen.ruiz@mail.example>',
    'Wrong charge on my bill again !!!',
    '''Hello,

I write you now for the third time. On my bill of February there is a charge of £64.50 for "international calls" but I did not make any international call, I only call my mother in Manchester. The last two times you tell me it will be corrected on the next bill, and it was not corrected.

This is really a shame, very very bad service. I am so angry I can not explain it in english.

Carmen Ruiz
''', cs='iso-8859-1', cte='qp', mailer='gmail')

add('en', 'media_threat', 'conditional',
    'wrong bike size delivered; will write it up on Trustpilot and the forum he moderates within a few days',
    'Kevin O\'Brien <kevin.obrien@mail.example>',
    'Voltra Trek arrived in the wrong size',
    '''Hi,

I ordered a Voltra Trek in size L (order 30-77145) and the box that arrived yesterday has a size S in it. The label on the box even says L. I'm 1.91 m, I can't ride a small frame.

I'd like the right bike sent and this one collected. I'm giving you a few days before I write the whole thing up on Trustpilot and in the e-bike forum I moderate, because the last two reviews I read of your shop said exactly the same thing.

Kevin
''', fmt='plain', cs='utf-8', cte='qp', mailer='thunderbird')

add('en', 'feature_request', '-',
    'asks for CSV export of half-hourly smart meter readings',
    'Harriet Simms <harriet.simms@mail.example>',
    'Half-hourly usage as a download?',
    '''Hello,

Would it be possible to add a download of my half-hourly smart meter readings as a CSV file? I have solar panels and I'm trying to work out whether a home battery would pay for itself. The app shows a lovely graph, but there's no way to get the actual numbers out of it.

Many thanks,
Harriet Simms
''', fmt='html', cs='utf-8', hcte='qp', mailer='web')

add('en', 'data_loss outage technical_issue', '-',
    'VPS unreachable for a day, restored from an old snapshot; three weeks of orders gone',
    'Stefan Novak <stefan@novak-webdev.example>',
    'VPS down over the weekend, came back with a 3-week-old disk',
    '''Hi,

Our VPS (id lon-2-55821) went down on Saturday: no SSH, no HTTP, and your panel just said "host maintenance". When it came back on Sunday, the disk had been restored from a snapshot dated 11 February. Everything since then is gone: three weeks of orders in the shop database, customer accounts, uploads.

Our own nightly backups were on the same volume (yes, I know). Is there anything more recent on your side, a later snapshot or the old disk?

Stefan Novak
Novak Web Development
''', fmt='plain', cs='us-ascii', cte='7bit', mailer='thunderbird')

add('en', 'discrimination_harassment manager_request', '-',
    'meter reader made sexual comments and would not leave; wants to speak to a manager',
    'Lucy Hammond <lucy.hammond@mail.example>',
    'Complaint about the man who read our meter',
    '''I am writing about the man who came to read our meter on Thursday 26 February. He asked whether I was "home alone", made comments about my body, and when I asked him to just read the meter he stood in the doorway and would not leave for several minutes. I was genuinely frightened.

I don't want a standard apology email. I want to speak to a manager about this, and I want to know that he will not be sent to my house again.

Lucy Hammond
''', cs='utf-8', cte='b64', mailer='gmail')

add('en', 'cancellation_threat high_value_order technical_issue', 'conditional',
    '$9,600/month contract with IOPS far below guarantee; will not renew unless fixed; CTO title',
    'Daniel Okoro <daniel.okoro@finlytics.example>',
    'Dedicated cluster underperforming - contract FL-2291',
    '''Hello,

Under contract FL-2291 we pay $9,600 per month for a dedicated database cluster with a guaranteed 20,000 IOPS. Our monitoring has shown between 3,000 and 4,500 IOPS for the past ten days, and queries that took 40 ms now take over 2 seconds. Your engineers have not been able to explain it.

We are currently evaluating other providers. Unless this is fixed and explained by the end of the month, we will not renew when the term ends in May.

Daniel Okoro
CTO, Finlytics
''', fmt='mixed', att=[('iops-last-14-days.csv', 'text/csv',
    'date,read_iops,write_iops\n2026-02-20,19850,18200\n2026-02-21,4410,3980\n2026-02-22,3120,2875\n')],
    mailer='apple')

add('en', 'broken_promise technical_issue', '-',
    'reply: fix for missing logo on PDF invoices promised for a release that passed; still broken',
    'Rachel Summers <rachel@summerscatering.example>',
    'Re: Logo missing on PDF invoices',
    '''Hi Alex,

You told me on 16 February that the fix for the missing logo on PDF invoices would be "in next Tuesday's release". That was three releases ago, and my invoices still go out with an empty grey box where the logo should be. Could you check what happened?

Thanks,
Rachel

On Mon, Feb 16, 2026 at 11:42 AM Alex (Support) <support@example.test> wrote:
> Hi Rachel, our developers have found the cause and the fix will be in next
> Tuesday's release. Sorry for the trouble!
''', reply=True, mailer='gmail')

add('en', 'legal_threat media_threat severe_dissatisfaction', '-',
    'lost luggage for 12 days; lawyer drafting a Montreal Convention claim; will post the story; "disgraceful"',
    'Gregory Vance <gvance@mail.example>',
    'Lost luggage and your contempt for customers',
    '''Twelve days ago your airline lost my suitcase on flight 2210 from Chicago. It contained my late wife's jewellery and medication I have had to pay to replace. Your baggage portal still says "tracing in progress", and the phone line tells me to check the portal.

This is the most disgraceful treatment I have received from any company in my life. My lawyer is drafting a claim under the Montreal Convention as we speak, and I will be posting the whole story, with names, on every platform I can find.

Gregory Vance
''', fmt='plain', cs='windows-1252', cte='qp', mailer='outlook')

add('en', 'executive_contact', 'title',
    'asks for a call with the Chief Executive (executive_contact alone); "Chair" title',
    'Helen Ashworth <helen.ashworth@ashworth-holdings.example>',
    'Request for a call with your Chief Executive',
    '''Dear Sir or Madam,

Ashworth Holdings has been a customer for nine years across four of our companies. The handling of our account migration over the past two months has been poor enough that I would now like to discuss the relationship directly with your Chief Executive.

Please arrange a call with him at his earliest convenience. My assistant, Ruth, can be reached on +1 212 555 0178.

Yours faithfully,
Helen Ashworth
Chair, Ashworth Holdings
''', mailer='outlook')

add('en', 'technical_issue', 'negation',
    'report builder crashes on custom date range; explicitly no data lost',
    'Peter Hale <peter.hale@halemarine.example>',
    'Report builder crashes with custom date range',
    '''Hi,

Whenever I pick a custom date range in the report builder (for example 1 Jan to 15 Feb), the page freezes for a few seconds and then shows "Unexpected error 0x45 - please reload". Preset ranges like "last month" work fine.

Just to be clear, nothing has been lost: my saved reports are all still there and open normally. I just can't build new ones with a custom range, which I need for our quarterly figures.

Browser: Edge 122 on Windows 11.

Peter Hale
Hale Marine Supplies
''', fmt='plain', cs='us-ascii', cte='7bit', mailer='outlook')

add('en', 'billing_dispute cancellation_threat security_incident', '-',
    'account taken over, two phones ordered with saved card (GBP 1,598 unauthorised); closing account',
    'Natalie Ford <natalie.ford@mail.example>',
    'Someone ordered two phones using my account',
    '''Hello,

Last night I received order confirmations for two phones being delivered to an address in Bristol I have never heard of. I did not place these orders. When I tried to log in, my password had been changed, and I had to reset it through the email link. Whoever it was had full access to my account and used my saved card: £1,598.00 has gone out of my account.

I want both orders stopped and the £1,598 refunded to my card. After this I will be closing my account with you, I don't feel my details are safe on your site.

Natalie Ford
''', date='2026-03-10 07:50', cs='iso-8859-1', cte='qp', mailer='apple')

add('en', 'manager_request repeat_contact', '-',
    'fifth request to close account after moving out; wants a supervisor',
    'Arthur Pennington <a.pennington@mail.example>',
    'FIFTH request - final meter reading and account closure',
    '''Dear Sir or Madam,

I moved out of 14 Elm Road on 30 November. I have now written to you four times, giving you the final meter reading (gas 03318, electricity 27719) and asking you to close the account. The account is still open and letters are still arriving at the old address in my name.

I would like this passed to a supervisor, please, as the normal route is clearly not working.

Yours faithfully,
A. Pennington
''', fmt='plain', cs='utf-8', cte='8bit', mailer='web')

add('en', 'feature_request', 'title',
    'asks for audit log via REST API; "IT Service Manager" title and Password Manager mention',
    'Nikhil Rao <nikhil.rao@corp-ops.example>',
    'Audit log access through the API?',
    '''Hi,

We're rolling your platform out to 300 users and our security team wants the audit log in our SIEM. At the moment the only way to get it is the CSV download in the admin console, which someone has to do by hand.

Could you please expose the audit log through the REST API (ideally with a "since" cursor so we can poll it every few minutes)? A webhook for admin events would be even better.

Thanks,

Nikhil Rao
IT Service Manager, Corp Ops
Tip: shared credentials for this account are in our Password Manager vault "Vendors".
''', mailer='outlook')

add('en', 'broken_promise outage technical_issue', '-',
    'all card payments on web shop failing (503) again; promised root-cause report and fee credit never arrived',
    'Sasha Petrov <sasha@petrovflowers.example>',
    'Checkout payments failing for every customer - again',
    '''Hi,

For the second time this month, card payments on our web shop are failing for every single customer with "Payment provider error 503". It started around 09:10 and it's now 10:30. Nothing has gone through.

After the last outage on 3 March you promised us a root-cause report and a credit on this month's fees. Neither has arrived.

Sasha Petrov
Petrov Flowers
''', cs='utf-8', cte='8bit', mailer='gmail')

add('en', 'discrimination_harassment', '-',
    'hotel receptionist refused a room because of her age',
    'Dorothy Blake <dorothy.blake@mail.example>',
    'Refused a room because of my age',
    '''Dear Sir or Madam,

I booked a single room at the Seaview Lodge through your website for 14 to 17 February. When I arrived, the young man at reception looked at my passport and told me they "don't really take older guests on their own" and suggested a care home would suit me better. I was so upset that I left and found somewhere else to stay, at 8 o'clock at night.

I am 84, fully independent and have travelled alone all my life. I was made to feel like a nuisance because of my age and I would like your company to know it.

Dorothy Blake (Mrs)
''', fmt='plain', cs='iso-8859-1', cte='8bit', mailer='thunderbird')

add('en', 'data_loss technical_issue', '-',
    'February photos in backup app show as unavailable grey boxes',
    'Jennifer Walsh <jen.walsh@mail.example>',
    'Photos from February missing from my backup',
    '''Hi there,

All the photos from my daughter's birthday party (about 300, taken on 14 February) now show as grey boxes with "file unavailable" in the backup app, on my phone and on the website. I deleted them from the phone to free up space because the app said they were backed up. Photos before and after that weekend look fine.

Is there any way to get them back? They're the only copies.

Jen
''', fmt='html', cs='utf-8', hcte='qp', ent=True, mailer='iphone')

add('en', 'billing_dispute', 'conditional',
    'charged GBP 39.99 three times after cancelling in December; refund or chargeback',
    'Marcus Lee <marcus.lee@mail.example>',
    'Still being charged after cancelling in December',
    '''Hi,

I cancelled my membership at the Northgate gym on 12 December and have the cancellation email from your system (reference CN-22810). Despite that, you have taken £39.99 on 1 January, 1 February and 1 March.

Please refund the £119.97. If it isn't back in my account within ten days, I will ask my bank to reverse the payments.

Marcus Lee
''', cs='windows-1252', cte='qp', mailer='outlook')

add('en', 'legal_threat safety technical_issue', '-',
    'electric shock from a cracked kettle base; solicitor advised keeping the kettle',
    'Anthony Greaves <a.greaves@mail.example>',
    'Electric shock from your kettle',
    '''Dear Sir/Madam,

On Sunday morning my wife touched the base of our Brewmaster 1.7 kettle while it was plugged in and got an electric shock strong enough to throw her hand back. She was shaken and had tingling in her arm for hours; the GP has seen her. There is a hairline crack in the base next to the power connector, which we had not noticed before.

Our solicitor has advised us to keep the kettle and the packaging and not to return it to you at this stage. Please confirm what you intend to do.

Anthony Greaves
''', mailer='outlook')

add('en', 'severe_dissatisfaction technical_issue', '-',
    'shouting; app logs him out every screen switch; "absolute trash", "SICK of this"',
    'Brandon Mills <bmills@mail.example>',
    'YOUR APP IS GARBAGE',
    '''THE APP LOGS ME OUT EVERY SINGLE TIME I SWITCH SCREENS. Log in, tap "Accounts", logged out. Log in again, tap "Transfers", logged out. Since the update on Monday.

I am SICK of this. Worst app on my phone by a mile, absolute trash, and I've been a customer for eight years.

iPhone 13, iOS 17.3, app version 6.2.0
''', fmt='plain', cs='utf-8', cte='8bit', mailer='iphone')

add('en', 'broken_promise corporate_contact_request legal_threat', '-',
    'promised deposit return never came; will start a county court claim; asks for registered address and legal name',
    'Imogen Hart <imogen.hart@mail.example>',
    'Registered company address please',
    '''Hello,

On 20 January your sales team promised me in writing that the £650 deposit for my cancelled e-bike order (ref EB-11820) would be returned within 14 days. It has not been returned.

I will now be starting a claim in the county court. Please send me your registered company address and the full legal name of the company, so that the claim is correctly addressed.

Imogen Hart
''', fmt='plain', cs='iso-8859-1', cte='qp', mailer='gmail')

add('en', 'feature_request', 'negation',
    'explicitly not a bug report; asks for group seat selection in the booking app',
    'Chloe Fernandes <chloe.fernandes@mail.example>',
    'Small wish for the booking app',
    '''Hi!

Not a complaint and not a bug report, the app works fine for me. Just a wish: when I book for the whole family (we're six), I have to choose seats passenger by passenger, and by the time I get to the kids the seats next to us are gone.

Would you consider adding a way to pick seats for the whole group in one go, or a "keep us together" option? That would make family trips a lot less stressful.

Thanks a lot,
Chloe
''', mailer='gmail')

add('en', 'billing_dispute regulatory', 'innocuous',
    'auto-renewed at $199 without required reminder; complaint to state Attorney General consumer division (regulator, not a lawyer)',
    'Terrence Hayes <thayes@mail.example>',
    'Auto-renewal without the required notice',
    '''To your billing department:

On February 28 you auto-renewed my annual plan and charged my card $199.00 without sending the renewal reminder that the law in my state requires at least 15 days in advance. I had no chance to cancel before the charge.

I have sent a complaint to the state Attorney General's consumer protection division. I want the $199.00 renewal charge reversed.

Terrence Hayes
''', fmt='plain', cs='us-ascii', cte='7bit', mailer='web')

add('en', 'cancellation_threat', '-',
    'leaving after 6 years because of the new tariff price; announces switch at month end',
    'Shirley Adams <shirley.adams@mail.example>',
    'Leaving at the end of the month',
    '''Hello,

Your letter says my new tariff from April will be 41% more than I pay now, with no explanation except "market conditions". Other suppliers are quoting me the same as I pay today.

After six years with you I'm switching supplier at the end of this month. Please tell me what you need from me for the final bill.

Shirley Adams
''', cs='iso-8859-15', cte='8bit', mailer='outlook')

add('en', 'broken_promise media_threat', 'conditional',
    'replacement for wrong item promised by last Friday not sent; will post in 14k Facebook group tomorrow',
    'Janet Moorcroft <janet.moorcroft@mail.example>',
    'Replacement blender - promised for last Friday',
    '''Hello,

You sent me the 0.6 litre blender instead of the 1.5 litre one I ordered (order 41-22907). Your agent Sam promised on the phone that the right one would be with me by last Friday at the latest and that a courier would take the wrong one away. Nothing has arrived and nobody has collected anything.

I've written a post about this for our village Facebook group (14,000 members) and I'll put it up tomorrow unless I hear from you today.

Janet
''', fmt='plain', cs='utf-8', cte='b64', mailer='iphone')

add('en', 'technical_issue', 'signature',
    'e-signature button does nothing in Safari; law-firm disclaimer mentions legal action',
    'Jacqueline Moore <j.moore@moore-solicitors.example>',
    'Signing button not working in Safari',
    '''Good morning,

When I open a document in your client portal using Safari (version 17.2, macOS Sonoma) and press "Sign now", nothing happens. No error, no pop-up, the button just greys out for a second. The same document signs without any trouble in Chrome.

Could you look into this? Several of our clients use iPads.

Kind regards,

Jacqueline Moore
Practice Manager
Moore Solicitors

CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be protected by legal professional privilege. If you are not the intended recipient, any use, disclosure or copying is prohibited and may result in legal action. Please notify the sender immediately and delete this message.
''', cs='windows-1252', cte='qp', mailer='outlook')

add('en', 'billing_dispute high_value_order', '-',
    'invoice of GBP 11,640 at list price instead of agreed quote GBP 9,840; will not pay current invoice',
    'Gareth Lloyd <g.lloyd@lloydlogistics.example>',
    'Invoice 2026-0392 - wrong unit price',
    '''Hello,

Invoice 2026-0392 for 120 GPS trackers totals £11,640.00, which is calculated at the list price of £97 per unit. Our signed quote Q-7731 is £82 per unit, i.e. £9,840.00.

Please issue a corrected invoice. We will not pay the current one.

Regards,
Gareth Lloyd
Finance, Lloyd Logistics
''', fmt='mixed', att=[('Q-7731-signed.pdf', 'application/pdf', 'pdf')], cs='windows-1252', cte='qp',
    mailer='outlook')

add('en', 'media_threat outage technical_issue', '-',
    'no mobile signal across the whole town since morning; councillor will raise it with the local paper',
    'Cllr. Devinder Sahota <d.sahota@harlowcouncil.example>',
    'No mobile service anywhere in Harlow since this morning',
    '''Good afternoon,

Since roughly 6am today there has been no mobile service on your network anywhere in Harlow: no calls, no data, phones show "No service". Dozens of residents have contacted me, including several small businesses that take card payments on their phones. Your status page mentions nothing.

I am a local councillor and I will be raising this with the Harlow Star tomorrow morning, as residents deserve an explanation that they are clearly not getting from you.

Cllr. Devinder Sahota
''', mailer='outlook')

add('en', 'security_incident', '-',
    'login alerts from unknown IP at night; API keys used to create GPU instances',
    'Tomasz Wilk <tomasz@wilkdata.example>',
    'Unknown logins and instances I did not create',
    '''Hi,

Overnight I got five "new login" alerts for my account from 203.0.113.77, which geolocates to a country I've never been to. I was asleep. This morning there are 8 GPU instances running in my project that I didn't create, launched with one of my API keys.

I've stopped the instances and revoked all keys, and changed my password and 2FA. Can you tell me what else was accessed and from where?

Tomasz Wilk
''', fmt='plain', cs='us-ascii', cte='7bit', mailer='thunderbird')

add('en', 'broken_promise manager_request severe_dissatisfaction', '-',
    'promised courtesy bike never provided; "utter joke", "fuming"; wants someone in charge',
    'Jamal Wright <jamal.wright@mail.example>',
    'courtesy bike??',
    '''When I dropped my e-bike at your Clapham store for its 1,000-mile service on the 2nd, I was told I'd get a courtesy bike "within a day or two" because I use it to get to work. It's the 16th. No courtesy bike, no call, and nobody in the store knows anything.

This is an utter joke. I am fuming. Put me through to whoever is actually in charge of the store network, because the people I've spoken to can't do anything.

Jamal
''', date='2026-03-16 08:47', fmt='html', cs='utf-8', hcte='qp', mailer='gmail')

add('en', 'data_loss repeat_contact technical_issue', '-',
    'reported three times: editing a client address wipes the VAT number field',
    'Beatrice Okonkwo <beatrice@okonkwo-tax.example>',
    'VAT numbers being wiped when editing clients',
    '''Hello,

I've now reported this three times (tickets 51200, 51388 and 51402) and I am still waiting for a real answer. Whenever I edit a client's address and save, the VAT number field on that client is wiped. It has happened to 23 clients so far, and the numbers have also gone from invoices already issued when I re-open them.

Please escalate it to your developers.

Beatrice Okonkwo
''', cs='utf-8', cte='qp', mailer='outlook')

add('en', 'regulatory security_incident', '-',
    'gym emailed her health questionnaire to another member; reporting to the ICO as a breach',
    'Zara Mahmood <zara.mahmood@mail.example>',
    'My medical form was sent to another member',
    '''Hi,

Another member of the Westfield club, whom I know slightly, messaged me yesterday to say she had received an email from your membership team with my health questionnaire attached: my medical conditions, medication and my GP's details.

This is my sensitive health data being sent to a stranger. I am reporting it to the Information Commissioner as a personal data breach, and I'd like written confirmation of what happened and who else received it.

Zara Mahmood
''', mailer='gmail')

add('en', 'feature_request', 'reported',
    'colleague joked about switching (not adopted); asks for the option to lock invoices once sent',
    'Eamon Kelly <eamon@kellyjoinery.example>',
    'Locking invoices after sending',
    '''Hi,

Quick one. My office colleague half-jokingly said we should switch to another package over this, but honestly we like yours and have no plans to go anywhere.

Could you add an option to lock an invoice once it has been sent, so nobody can change the amounts afterwards without creating a credit note? We had a mix-up last month where someone edited a sent invoice by mistake.

Thanks,
Eamon Kelly
Kelly Joinery
''', fmt='plain', cs='utf-8', cte='8bit', mailer='web')

add('en', 'cancellation_threat technical_issue', 'conditional',
    'non-native writer; e-bike app shows 0% battery and GPS lock fails; will return bike and buy other brand',
    'Dmitri Volkov <dmitri.volkov@mail.example>',
    'app battery show 0% always',
    '''Hello,

Since the update of the app last week, the app of my e-bike not show the battery percent any more, it show always 0%. The bike itself is charged, the display on the bike say 80%. Also the GPS lock function not work, when I press "lock" it say "timeout".

If you can not repair this, I will return the bike to the shop and buy other brand. I pay for the app features, they must work.

Dmitri
''', cs='utf-8', cte='b64', mailer='gmail')

add('en', 'discrimination_harassment legal_threat', '-',
    'personal trainer kept messaging her after she said no; lawyer involved',
    'Megan Price <megan.price@mail.example>',
    'Personal trainer at the City club',
    '''Hello,

One of the personal trainers at your City club has been sending me messages on Instagram since I did a free induction session with him in January. I told him clearly twice that I wasn't interested. He kept messaging, commented on my photos, and last week he waited for me by the lockers and asked why I was "ignoring" him. When I told the duty manager he laughed it off.

I have spoken to a lawyer about this, and she will be contacting you on my behalf. I don't want to see this man in the club again.

Megan Price
''', fmt='plain', cs='utf-8', cte='qp', mailer='iphone')

add('en', 'billing_dispute executive_contact severe_dissatisfaction', '-',
    'roaming charge GBP 145 wrong; has emailed the VP of Customer Experience directly; "appalling"',
    'Olumide Bankole <olumide.bankole@mail.example>',
    'Roaming charge of £145 on a trip inside the EU',
    '''My February bill has a roaming charge of £145.20 for data used in Spain, where my plan includes roaming at no extra cost. I have the plan summary in front of me.

Frankly your customer service has been appalling. I have this morning emailed your VP of Customer Experience directly with the bill and the plan summary, and I am copying support so there is a record.

Remove the charge.

Olumide Bankole
''', cs='windows-1252', cte='8bit', mailer='outlook')

add('en', 'technical_issue', 'quoted',
    'forwarded colleague note threatens to ring the CEO; customer\'s own text only reports blank labels; FW subject',
    'Sarah Whitlock <sarah@whitlockhomeware.example>',
    'FW: label printer again',
    '''Hi,

See below from our warehouse lead. Since Friday the label printer integration prints blank labels: the printer feeds the label, but nothing is printed on it. Printing a test page from Windows works fine, so the printer itself is OK.

Could you have a look? We ship about 200 parcels a day.

Thanks,
Sarah

From: Mike Dunn <mike@whitlockhomeware.example>
Sent: 09 March 2026 08:47
To: Sarah Whitlock <sarah@whitlockhomeware.example>
Subject: label printer again

Blank labels AGAIN. This is a joke. If they don't sort it I'm going to ring their CEO myself.
Mike
''', cs='windows-1252', cte='qp', mailer='outlook')

add('en', 'safety', '-',
    'instructor pushed him past the weight he said he could lift; back injury (not a product fault)',
    'Connor Walsh <connor.walsh@mail.example>',
    'Injured in Tuesday\'s strength class',
    '''Hi,

In the 7pm strength class at Kingsgate on Tuesday, the instructor kept adding plates to my bar after I told her twice that it was more than I could safely lift and that I have a history of back trouble. On the third set my back went completely. I spent Wednesday in urgent care and I'm now on painkillers and signed off work for a week.

I'd like this recorded as an incident and I want to know how instructors are trained to handle this.

Connor Walsh
''', fmt='plain', cs='us-ascii', cte='7bit', mailer='gmail')

add('en', 'high_value_order outage technical_issue', '-',
    '$18,900 group booking; booking site completely down before the name deadline',
    'Lindsay Park <lindsay.park@parkevents.example>',
    'Group booking GRP-5521 - site down before name deadline',
    '''Hello,

We have group booking GRP-5521 for 42 passengers to Reykjavik ($18,900, deposit paid). The passenger names have to be entered by 6pm today, and your group booking site has been completely down all afternoon: every page returns "503 Service Unavailable", both the portal and the main website.

Please confirm that the deadline will be extended and that our seats are safe.

Lindsay Park
Park Events
''', cs='utf-8', cte='qp', mailer='outlook')

add('en', 'manager_request', 'negation',
    'explicitly not cancelling; asks to speak with a supervisor about complaint handling',
    'Harold Jenkins <harold.jenkins@mail.example>',
    'How my complaint was handled',
    '''Dear Sir or Madam,

Let me say first that I am not going to cancel. I have been with you for twelve years and the service itself is fine.

My complaint is about how my query about the January statement was handled: the agent was curt with me and then closed the query without answering it. I would like to speak with a supervisor about it, please, by telephone on 555-0131 on a weekday afternoon.

Yours faithfully,
Harold Jenkins
''', fmt='plain', cs='utf-8', cte='8bit', mailer='web')

add('en', 'severe_dissatisfaction', '-',
    'hotel stay: "worst hotel stay of my life", "an absolute disgrace"; unhappy-refund request is not a dispute',
    'Natasha Ivanova <natasha.ivanova@mail.example>',
    'Seaview Grand - two nights I would rather forget',
    '''I have just come back from two nights at the Seaview Grand that I booked through you, and I need to tell someone.

The carpet was sticky, the sheets had stains on them, the "sea view" was a car park, and the bar below played music until 3am both nights. The front desk told me it was "normal for a Saturday".

It was the worst hotel stay of my life and, at £240 a night, an absolute disgrace. I would like you to consider refunding at least the second night.

Natasha Ivanova
''', fmt='html', cs='utf-8', hcte='qp', mailer='apple')

add('en', 'billing_dispute broken_promise', '-',
    '$58 late fee agreed to be in error and reversed; still on statement',
    'Andre Thompson <andre.thompson@mail.example>',
    'Late fee still not reversed',
    '''Hi,

On February 3 your agent agreed on chat that the $58.00 late fee on my January statement was charged in error (my payment went out on the due date, I sent the bank confirmation) and said it would be reversed within 48 hours. It's still there on my March statement.

Please remove it.

Andre Thompson
Account 5510-2287
''', fmt='plain', cs='us-ascii', cte='7bit', mailer='gmail')

add('en', 'broken_promise cancellation_threat corporate_contact_request', '-',
    'asks for corporate office phone number; promised discount never applied; moving all 14 lines to another operator',
    'Yvonne Castell <y.castell@castellcleaning.example>',
    'Corporate office phone number please',
    '''Hello,

Please send me the phone number of your corporate office. Not the customer line, I have that and I have spent enough of my life on it.

Your sales team promised us in December that our business discount would be on the January bill. It wasn't on January's, and it isn't on February's or March's either. We have decided to move all 14 of our lines to another operator when the minimum term ends in May, and I want to tell someone at head office why.

Yvonne Castell
Castell Cleaning Services
''', cs='iso-8859-1', cte='qp', mailer='outlook')


# =====================================================================
# German customer mail with triggers
# =====================================================================

add('de', 'cancellation_threat repeat_contact technical_issue', 'conditional',
    'dritte Nachricht; DSL bricht abends ab; Anbieterwechsel wenn nicht bis Monatsende behoben',
    'Jürgen Brandt <j.brandt@brandt-steuer.example>',
    'DSL-Abbrüche - Kundennummer 4471-2290',
    '''Sehr geehrte Damen und Herren,

das ist inzwischen meine dritte Nachricht in dieser Sache, und bisher habe ich nur Textbausteine zurückbekommen.

Seit dem 12. Februar bricht unsere DSL-Verbindung jeden Tag zwischen 9 und 11 Uhr mehrmals ab. Der Router zeigt dann "DSL-Synchronisierung verloren" und braucht jeweils ca. fünf Minuten, bis er wieder online ist. Wir haben den Router neu gestartet, auf Werkseinstellungen zurückgesetzt und ein anderes Kabel probiert.

Wir sind ein Steuerbüro mit vier Arbeitsplätzen. Sollte das Problem bis Monatsende nicht behoben sein, wechseln wir den Anbieter und ich nehme das Sonderkündigungsrecht in Anspruch.

Mit freundlichen Grüßen
Jürgen Brandt
Steuerberatung Brandt
''', date='2026-03-09 10:30', cs='iso-8859-15', cte='qp', mailer='outlook')

add('de', 'billing_dispute legal_threat', 'conditional',
    '89,90 EUR doppelt abgebucht; Übergabe an Rechtsanwalt falls keine Erstattung bis Freitag',
    'Sabine Krüger <sabine.krueger@web.example>',
    'Doppelte Abbuchung Bestellung 2026-118834',
    '''Guten Tag,

für meine Bestellung 2026-118834 (Standmixer, 89,90 €) wurde mein Konto am 2. März zweimal belastet, siehe Kontoauszug im Anhang. Bestellt habe ich nur einmal, geliefert wurde auch nur ein Gerät.

Bitte erstatten Sie mir die zweite Abbuchung über 89,90 € bis spätestens Freitag. Andernfalls übergebe ich die Angelegenheit meinem Rechtsanwalt.

Freundliche Grüße
Sabine Krüger
''', date='2026-03-06 11:00', fmt='mixed', att=[('Kontoauszug_Maerz.pdf', 'application/pdf', 'pdf')], cs='utf-8', cte='qp',
    hq='Q', mailer='web')

add('de', 'regulatory technical_issue', '-',
    'Bandbreite 12 statt 100 Mbit/s; Beschwerde bei der Bundesnetzagentur eingereicht',
    'Tobias Wendt <tobias.wendt@posteo.example>',
    'Bandbreite seit Wochen weit unter Vertrag',
    '''Hallo,

ich habe einen Vertrag über 100 Mbit/s, bekomme aber seit Anfang Februar zu jeder Tageszeit zwischen 9 und 14 Mbit/s, gemessen mit der Breitbandmessung per LAN-Kabel, 20 Messungen an drei verschiedenen Tagen, Protokoll liegt vor.

Ich habe das Messprotokoll heute zusammen mit einer Beschwerde an die Bundesnetzagentur geschickt. Ich erwarte, dass Sie die Leitung prüfen und mir bis zur Behebung den Preis entsprechend mindern.

Gruß
Tobias Wendt
''', fmt='plain', cs='utf-8', cte='8bit', mailer='thunderbird')

add('de', 'data_loss technical_issue', '-',
    'alle Belege seit Januar nach Update verschwunden',
    'Melanie Hoffmann <m.hoffmann@hoffmann-friseur.example>',
    'Belege seit Januar weg!',
    '''Hallo liebes Support-Team,

nach dem Update gestern Abend sind in meiner Buchhaltung alle hochgeladenen Belege seit dem 1. Januar verschwunden. In der Belegliste steht bei jeder Buchung "Beleg nicht gefunden", und wenn ich auf das Büroklammer-Symbol klicke, kommt eine leere Seite. Das sind über 200 Kassenbons und Rechnungen.

Im März kommt die Umsatzsteuer-Voranmeldung. Können Sie die Belege aus einer Sicherung wiederherstellen?

Viele Grüße
Melanie Hoffmann
Salon Hoffmann
''', cs='windows-1252', cte='qp', mailer='outlook')

add('de', 'safety technical_issue', '-',
    'E-Bike-Ladegerät hat geraucht und ist verschmort',
    'Klaus Dietrich <klaus.dietrich@t-net.example>',
    'Ladegerät hat geraucht - bitte dringend melden',
    '''Sehr geehrte Damen und Herren,

gestern Abend hat das Ladegerät meines E-Bikes (Voltra Tour 5, gekauft im Mai 2025) beim Laden im Keller angefangen zu qualmen. Es roch stark verbrannt, das Gehäuse ist an einer Seite verschmort und der Stecker ist schwarz. Zum Glück war ich gerade unten und habe es sofort ausgesteckt, sonst hätte womöglich der Keller gebrannt.

Ich benutze das Rad natürlich nicht mehr, bis ich von Ihnen höre. Wie soll ich mit dem Akku und dem Ladegerät verfahren?

Mit freundlichen Grüßen
Klaus Dietrich
''', fmt='plain', cs='iso-8859-1', cte='8bit', mailer='web')

add('de', 'broken_promise manager_request', '-',
    'zugesagter Rückruf blieb aus; möchte mit einer Teamleitung sprechen',
    'Renate Vogel <renate.vogel@gmx.example>',
    'Zugesagter Rückruf ist nie gekommen',
    '''Guten Tag,

am 24. Februar hat mir Ihre Mitarbeiterin Frau Schulz am Telefon fest zugesagt, dass mich ein Techniker am nächsten Tag wegen meines Zählerwechsels zurückruft. Es hat niemand angerufen, weder am nächsten Tag noch danach.

Ich möchte jetzt bitte mit jemandem aus der Teamleitung sprechen, der die Sache in die Hand nimmt. Erreichbar bin ich vormittags unter 0151 555 0184.

Mit freundlichen Grüßen
Renate Vogel
''', fmt='plain', cs='utf-8', cte='qp', mailer='web')

add('de', 'discrimination_harassment', '-',
    'Trainer machte rassistische Bemerkung über ihren Sohn',
    'Fatma Yilmaz <fatma.yilmaz@mail.example>',
    'Vorfall im Studio Nord am Samstag',
    '''Hallo,

ich möchte mich über einen Vorfall am Samstag im Studio Nord beschweren. Mein Sohn (16) trainiert dort seit einem Jahr. Ein Trainer hat ihn vor anderen Mitgliedern gefragt, ob er "das Gerät auch bezahlt hat oder es nur ausleiht wie seine Leute", und danach haben mehrere gelacht. Mein Sohn ist nach Hause gekommen und will nicht mehr hingehen.

So ein Verhalten von Ihrem Personal ist rassistisch und ich erwarte eine Stellungnahme, was Sie dagegen unternehmen.

Fatma Yilmaz
''', cs='utf-8', cte='b64', mailer='gmail')

add('de', 'outage technical_issue', '-',
    'alle Server nicht erreichbar, 503 im Kundenportal',
    'Stefan Lorenz <s.lorenz@lorenz-it.example>',
    'Komplettausfall Rechenzentrum FRA2?',
    '''Moin,

seit ca. 06:15 Uhr sind sämtliche unserer 14 VMs im Rechenzentrum FRA2 weder per SSH noch per HTTPS erreichbar. Euer Kundenportal liefert beim Aufruf der Serverliste "503 Service Unavailable", die API antwortet mit Timeouts. Traceroute endet bei 198.51.100.1.

Gibt es eine Störung? Auf der Statusseite steht noch nichts. Bitte um kurzes Feedback, unsere Kunden stehen Schlange.

Gruß
Stefan Lorenz
Lorenz IT-Service
''', fmt='plain', cs='utf-8', cte='8bit', mailer='thunderbird')

add('de', 'security_incident', '-',
    'Fremder hat sich ins Kundenkonto eingeloggt und Lieferadresse geändert',
    'Heinz Bauer <heinz.bauer@t-net.example>',
    'Jemand war in meinem Kundenkonto',
    '''Sehr geehrte Damen und Herren,

ich habe heute eine E-Mail bekommen, dass die Lieferadresse in meinem Kundenkonto auf eine Adresse in Duisburg geändert wurde. Das war ich nicht. Außerdem steht unter "Letzte Anmeldungen" ein Zugriff von gestern Nacht um 3:12 Uhr mit einem Gerät, das ich nicht besitze.

Bestellt wurde anscheinend noch nichts. Bitte sperren Sie mein Konto vorsorglich und sagen Sie mir, wie es weitergeht. Ich bin 74 und mit dem Internet nicht so bewandert.

Mit freundlichen Grüßen
Heinz Bauer
''', fmt='plain', cs='iso-8859-15', cte='qp', mailer='web')

add('de', 'high_value_order technical_issue', 'title',
    'Auftrag über 12.480 EUR; zwei von sechs Wärmepumpen mit Fehler E07; Geschäftsführer-Titel',
    'Markus Schäfer <m.schaefer@schaefer-haustechnik.example>',
    'Auftrag 2026-0211: 2 von 6 Wärmepumpen mit Fehler E07',
    '''Sehr geehrte Damen und Herren,

mit Auftrag 2026-0211 haben wir sechs Wärmepumpen vom Typ AeroTherm 9 zum Gesamtpreis von 12.480,00 € netto bezogen, Rechnung ist bezahlt. Zwei der Geräte gehen nach der Inbetriebnahme nach ca. 20 Minuten mit Fehler E07 (Hochdruckstörung) in Störung und lassen sich nur durch Trennen vom Netz zurücksetzen. Die Installation wurde nach Herstellervorgaben durchgeführt, Protokolle anbei.

Unsere Endkunden sitzen bei diesen Temperaturen im Kalten. Wir benötigen umgehend Austauschgeräte oder einen Servicetechniker.

Mit freundlichen Grüßen

Markus Schäfer
Geschäftsführer
Schäfer Haustechnik GmbH
''', date='2026-03-09 08:30', fmt='mixed', att=[('Inbetriebnahmeprotokolle.pdf', 'application/pdf', 'pdf')],
    cs='windows-1252', cte='qp', mailer='outlook')

add('de', 'feature_request', '-',
    'wünscht sich Familienkonto mit mehreren Mitgliedern in der Fitness-App',
    'Lena Schmitt <lena.schmitt@uni.example>',
    'Idee für die App',
    '''Hi,

ich bin mit meinem Freund zusammen bei euch Mitglied und wir buchen immer dieselben Kurse. Es wäre echt praktisch, wenn man in der App ein Partner- oder Familienkonto anlegen und mit einem Klick für beide buchen könnte. Momentan muss jeder einzeln buchen und meistens ist dann nur noch ein Platz frei.

Liebe Grüße
Lena
''', fmt='html', cs='utf-8', hcte='qp', mailer='iphone')

add('de', 'cancellation_threat severe_dissatisfaction', '-',
    'Stromanbieter: "Frechheit sondergleichen", "unverschämt"; kündigt/wechselt',
    'Dieter Hartmann <d.hartmann@mail.example>',
    'Ihre Preiserhöhung',
    '''Was Sie sich da erlauben, ist eine Frechheit sondergleichen. Erst locken Sie mit einem Neukundenbonus, dann erhöhen Sie den Arbeitspreis nach drei Monaten um 38 Prozent und verstecken die Ankündigung in einem Brief, der aussieht wie Werbung.

Ich finde dieses Geschäftsgebaren unverschämt. Sie brauchen mir kein Angebot mehr zu machen: Ich wechsle zum nächstmöglichen Termin den Anbieter, die Kündigung geht Ihnen per Post zu.

D. Hartmann
''', fmt='plain', cs='iso-8859-1', cte='8bit', mailer='thunderbird')

add('de', 'broken_promise media_threat', 'conditional',
    'Ersatzlieferung zugesagt aber nicht erfolgt; droht mit Google-Bewertung und Instagram',
    'Julia Neumann <julia.neumann@mail.example>',
    'Ersatzlieferung Bestellung 77-20418',
    '''Hallo,

Sie haben mir am 20. Februar schriftlich zugesagt, dass die falsch gelieferte Lampe (Messing statt Schwarz) innerhalb einer Woche getauscht wird. Seitdem ist nichts passiert, keine Abholung, keine Ersatzlieferung, keine Antwort.

Wenn ich bis Mittwoch nichts höre, schreibe ich eine ausführliche Google-Bewertung und zeige die ganze Geschichte in meiner Instagram-Story. Da folgen mir immerhin ein paar Tausend Leute, die sich für Einrichtung interessieren.

Viele Grüße
Julia Neumann
''', cs='utf-8', cte='qp', mailer='apple')

add('de', 'corporate_contact_request executive_contact', '-',
    'bittet um E-Mail-Adresse des Vorstandsvorsitzenden, um ihm direkt zu schreiben',
    'Prof. Dr. Wolfgang Richter <w.richter@uni-nord.example>',
    'Kontaktdaten Ihres Vorstands',
    '''Sehr geehrte Damen und Herren,

nach mehreren Monaten unbefriedigender Korrespondenz über die Abrechnung meines Hotelaufenthalts in Wien beabsichtige ich, mich unmittelbar an den Vorsitzenden Ihres Vorstands zu wenden.

Ich bitte Sie daher um Mitteilung seiner E-Mail-Adresse sowie der Postanschrift Ihrer Konzernzentrale.

Mit freundlichen Grüßen
Prof. Dr. W. Richter
''', fmt='plain', cs='utf-8', cte='8bit', mailer='thunderbird')

add('de', 'billing_dispute repeat_contact severe_dissatisfaction', '-',
    'Abschlag ohne Grund auf 245 EUR erhöht; vierte E-Mail; "unfassbar dreist"',
    'Petra Lange <petra.lange@mail.example>',
    'Abschlag 245 Euro - meine vierte Mail!!!',
    '''Das ist jetzt meine VIERTE Mail zu diesem Thema!!!

Sie haben meinen monatlichen Abschlag ohne jede Begründung von 95 € auf 245 € erhöht. Mein Verbrauch ist laut Ihrer eigenen Jahresabrechnung sogar gesunken. Ich habe der Erhöhung widersprochen und trotzdem buchen Sie weiter 245 € ab.

Ich finde das unfassbar dreist und bin stinksauer. Setzen Sie den Abschlag auf 95 € zurück und erstatten Sie mir die Differenz von 300 € für Februar und März.

Petra Lange
Vertragskonto 550 118 204
''', date='2026-03-11 19:00', cs='windows-1252', cte='8bit', mailer='outlook')

add('de', 'technical_issue', 'quoted',
    'eigener Text meldet nur Importfehler; Drohung mit Anwalt/Kündigung steht im zitierten Outlook-Block',
    'Andreas Köhler <a.koehler@koehler-elektro.example>',
    'AW: Kontoimport',
    '''Hallo Herr Berger,

danke für die Gutschrift, damit ist der Punkt für mich erledigt.

Der Kontoimport funktioniert aber weiterhin nicht: Beim Abruf der Umsätze der Sparkasse kommt "Fehler 9050 – Bankverbindung konnte nicht hergestellt werden". Die Zugangsdaten stimmen, im Online-Banking funktioniert alles.

Gruß
Andreas Köhler

Von: Support <support@example.test>
Gesendet: Dienstag, 3. März 2026 15:20
An: Andreas Köhler <a.koehler@koehler-elektro.example>
Betreff: AW: Kontoimport

Sehr geehrter Herr Köhler,
wir haben Ihnen die doppelte Monatsgebühr gutgeschrieben.

Von: Andreas Köhler
Gesendet: Montag, 2. März 2026 21:04
Betreff: Kontoimport

Zum zweiten Mal doppelt abgebucht! Wenn das nicht sofort korrigiert wird, kündige ich und gebe die Sache meinem Anwalt.
''', reply=True, cs='windows-1252', cte='qp', mailer='outlook')

add('de', 'regulatory security_incident', '-',
    'Newsletter mit allen Empfängern im offenen Verteiler; Beschwerde bei der Landesdatenschutzbehörde; DSGVO-Verstoß',
    'Carola Weiß <carola.weiss@posteo.example>',
    'Offener Verteiler - Beschwerde bei der Datenschutzaufsicht',
    '''Sehr geehrte Damen und Herren,

Ihre heutige Mail "Neue Kurszeiten ab April" wurde mit sämtlichen Empfängern – ich zähle über 600 private E-Mail-Adressen, viele mit vollem Namen – im offenen CC verschickt. Jeder Empfänger kann jetzt sehen, wer in Ihrem Studio Mitglied ist.

Das ist ein klarer Verstoß gegen die DSGVO. Ich habe den Vorgang soeben bei der Landesbeauftragten für Datenschutz gemeldet und erwarte Ihre Stellungnahme, wie Sie die Betroffenen informieren.

Mit freundlichen Grüßen
Carola Weiß
''', fmt='plain', cs='utf-8', cte='qp', hq='Q', mailer='thunderbird')

add('de', 'media_threat', '-',
    'Journalistenanfrage zu Ausfällen beim Zahlungsdienst; berichtete Ausfälle sind Hörensagen',
    'Martin Albrecht <m.albrecht@rheinkurier-redaktion.example>',
    'Presseanfrage: Zahlungsausfälle bei Händlern',
    '''Sehr geehrte Damen und Herren,

ich bin Redakteur beim Rheinkurier und recherchiere zu Berichten mehrerer Einzelhändler aus Köln und Bonn, wonach Kartenzahlungen über Ihre Terminals in der vergangenen Woche mehrfach über Stunden nicht möglich waren.

Ich würde Ihnen gern folgende Fragen stellen:
1. Können Sie die Störungen bestätigen, und wie viele Händler waren betroffen?
2. Was war die Ursache?
3. Werden betroffene Händler entschädigt?

Für eine Antwort bis Donnerstag, 12 Uhr, wäre ich Ihnen dankbar.

Mit freundlichen Grüßen
Martin Albrecht
Redaktion Wirtschaft, Rheinkurier
Tel. +49 221 555 0193
''', mailer='outlook')

add('de', 'safety', '-',
    'Trainer ließ Hantelscheibe fallen, Tochter am Fuß verletzt (kein Produktdefekt)',
    'Bernd Scholz <bernd.scholz@mail.example>',
    'Unfall im Kursraum am Dienstag',
    '''Guten Tag,

am Dienstag hat im Kursraum Ihres Studios am Markt ein Trainer beim Umräumen eine 10-kg-Hantelscheibe fallen lassen, die meiner Tochter (14) auf den Fuß gefallen ist. Der Mittelfuß ist gebrochen, sie trägt jetzt sechs Wochen einen Gips.

Es hat sich danach niemand von Ihnen um sie gekümmert, sie musste mich selbst anrufen. Ich bitte um Aufnahme des Unfalls und die Daten Ihrer Haftpflichtversicherung.

Bernd Scholz
''', fmt='plain', cs='iso-8859-1', cte='8bit', mailer='web')

add('de', 'cancellation_threat feature_request', 'conditional',
    'wünscht XRechnung-Export; Wechsel zu anderer Software wenn nicht bis Jahresende',
    'Ulrike Berger <u.berger@berger-bau.example>',
    'XRechnung / E-Rechnung',
    '''Hallo,

ab 2027 müssen wir als Bauunternehmen Rechnungen an öffentliche Auftraggeber und an viele Firmenkunden als E-Rechnung verschicken. Bitte bauen Sie einen Export im Format XRechnung bzw. ZUGFeRD in die Rechnungsstellung ein, idealerweise mit Validierung vor dem Versand.

Wenn das bis Ende des Jahres nicht kommt, müssen wir leider auf eine andere Software umsteigen, so ungern ich das sage.

Viele Grüße
Ulrike Berger
Berger Bau GmbH
''', date='2026-03-06 16:00', cs='utf-8', cte='qp', mailer='outlook')

add('de', 'billing_dispute broken_promise', '-',
    'Gutschrift über 45 EUR zugesagt, stattdessen erneut 45 EUR abgebucht',
    'Thomas Schulte <thomas.schulte@mail.example>',
    'Gutschrift nicht erfolgt, stattdessen wieder abgebucht',
    '''Hallo,

Ihr Kollege hat mir am 10. Februar im Chat bestätigt, dass die Gebühr von 45,00 € für die "Expresslieferung", die gar nicht express kam, gutgeschrieben wird. Statt der Gutschrift wurden mir am 1. März erneut 45,00 € für eine Expresslieferung berechnet, die ich nie bestellt habe.

Bitte erstatten Sie beide Beträge, insgesamt 90,00 €.

Thomas Schulte
''', fmt='plain', cs='windows-1252', cte='qp', mailer='gmail')

add('de', 'outage severe_dissatisfaction technical_issue', '-',
    'Mobilfunknetz seit gestern komplett tot; "absolute Katastrophe", "stinkwütend"',
    'Sven Krause <sven.krause@mail.example>',
    'Seit gestern KEIN Netz!!!',
    '''Seit gestern Mittag hab ich kein Netz. Gar keins. Kein Telefon, kein Internet, nur "Kein Dienst". Meine Nachbarn bei euch genauso, halbe Straße. Die Hotline ist dauerbesetzt, die Störungsseite lädt nicht.

Ich bin selbstständig, mein Handy ist mein Büro. Das ist eine absolute Katastrophe und ich bin stinkwütend, dass man nicht mal eine Info bekommt.

Sven
''', fmt='plain', cs='utf-8', cte='8bit', mailer='iphone')

add('de', 'data_loss legal_threat technical_issue', 'title',
    'Cloud-Speicher hat Mandantenakten gelöscht; Kanzlei hat Rechtsanwalt mit Schadensersatz beauftragt; Titel Rechtsanwältin',
    'Dr. Anna Lehmann <a.lehmann@lehmann-recht.example>',
    'Verlust sämtlicher Dateien im Ordner "Mandate 2025"',
    '''Sehr geehrte Damen und Herren,

seit der Wartung am vergangenen Wochenende ist der Ordner "Mandate 2025" in unserem Cloud-Speicher leer. Betroffen sind rund 3.000 Dokumente. Der Papierkorb ist leer, die Versionshistorie zeigt "Keine Versionen vorhanden". Ihr Support hat uns gestern mitgeteilt, eine Wiederherstellung sei "nicht möglich".

Wir haben einen Kollegen aus einer befreundeten Kanzlei beauftragt, Schadensersatzansprüche gegen Ihr Unternehmen geltend zu machen. Sie erhalten in Kürze ein entsprechendes Schreiben.

Mit freundlichen Grüßen

Dr. Anna Lehmann
Rechtsanwältin
Lehmann Rechtsanwälte

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen.
''', date='2026-03-10 08:00', cs='iso-8859-15', cte='qp', mailer='outlook')

add('de', 'discrimination_harassment manager_request', '-',
    'abfällige Bemerkung des Rezeptionisten wegen Rollstuhl; verlangt Weiterleitung an Führungskraft',
    'Michael Wagner <michael.wagner@mail.example>',
    'Behandlung im Hotel Alpenblick',
    '''Sehr geehrte Damen und Herren,

ich habe über Ihr Portal ein barrierefreies Zimmer im Hotel Alpenblick gebucht. Beim Einchecken sagte mir der Rezeptionist vor anderen Gästen, "Leute wie Sie" machten nur Arbeit, und ich solle mir nächstes Mal überlegen, ob ich überhaupt verreisen müsse. Ich sitze seit einem Unfall im Rollstuhl.

Ich verlange, dass diese Beschwerde an eine Führungskraft in Ihrem Haus weitergegeben wird und nicht mit einer Standardantwort beantwortet wird.

Michael Wagner
''', fmt='html', cs='utf-8', hcte='qp', ent=True, mailer='web')

add('de', 'broken_promise executive_contact high_value_order', '-',
    'Dienstrad-Auftrag über 68.400 EUR, zugesagter Liefertermin verstrichen; hat an den Vorstand geschrieben',
    'Claudia Zimmermann <c.zimmermann@zimmermann-logistik.example>',
    'Rahmenvertrag Dienstrad - 40 E-Bikes nicht geliefert',
    '''Sehr geehrte Damen und Herren,

im Rahmen unseres Dienstrad-Vertrags DR-2025-118 haben wir im November 40 E-Bikes im Gesamtwert von 68.400,00 € bestellt. Ihr Vertrieb hat uns die Lieferung verbindlich für die 6. Kalenderwoche zugesagt. Wir haben jetzt Kalenderwoche 11 und noch kein einziges Rad erhalten, obwohl die Leasingraten für unsere Mitarbeitenden bereits laufen.

Ich habe mich deshalb heute schriftlich an Ihren Vorstand gewandt und setze Sie hiermit in Kenntnis.

Mit freundlichen Grüßen
Claudia Zimmermann
Leitung Personal, Zimmermann Logistik
''', date='2026-03-11 15:30', cs='windows-1252', cte='qp', mailer='outlook')

add('de', 'repeat_contact technical_issue', '-',
    'vierte Anfrage; Geschirrspüler bricht mit Fehler E24 ab',
    'Ingrid Meyer <ingrid.meyer@mail.example>',
    'Vierte Anfrage: Geschirrspüler Fehler E24',
    '''Guten Tag,

ich schreibe Ihnen nun schon zum vierten Mal wegen meines Geschirrspülers CleanLine 45 (gekauft im Oktober). Er bricht jedes Programm nach etwa 20 Minuten mit dem Fehler E24 ab, das Wasser bleibt stehen. Das Sieb habe ich gereinigt, wie mir beim ersten Mal geraten wurde.

Bitte schicken Sie endlich einen Techniker.

Ingrid Meyer
''', fmt='plain', cs='utf-8', cte='qp', mailer='web')

add('de', 'billing_dispute legal_threat regulatory', '-',
    'Inkasso für bezahlte Rechnung 129,80 EUR; Verbraucherzentrale eingeschaltet; Anwältin beauftragt',
    'Gabriele Fuchs <g.fuchs@mail.example>',
    'Mahnung und Inkasso für bezahlte Rechnung R-88213',
    '''Sehr geehrte Damen und Herren,

Sie haben mir für die Rechnung R-88213 über 129,80 € eine Mahnung geschickt und die Forderung inzwischen an ein Inkassobüro abgegeben, obwohl ich den Betrag am 14. Januar überwiesen habe. Der Überweisungsbeleg liegt Ihnen seit Februar vor.

Ich habe den Vorgang der Verbraucherzentrale gemeldet und zusätzlich eine Rechtsanwältin beauftragt, die sich bei Ihnen melden wird. Ziehen Sie die Forderung beim Inkassobüro umgehend zurück.

Gabriele Fuchs
''', fmt='plain', cs='iso-8859-15', cte='qp', mailer='thunderbird')


# =====================================================================
# French customer mail with triggers
# =====================================================================

add('fr', 'cancellation_threat technical_issue', 'conditional',
    'box internet coupe plusieurs fois par jour; partira chez un concurrent si non réparé sous huit jours',
    'Nathalie Girard <nathalie.girard@orange-mail.example>',
    'Coupures internet à répétition',
    '''Bonjour,

Depuis le 20 février, ma connexion internet coupe plusieurs fois par jour, en général pendant 5 à 10 minutes. La box affiche un voyant rouge clignotant puis redémarre toute seule. J'ai déjà fait la réinitialisation proposée par l'assistance en ligne et changé de prise téléphonique, rien n'y fait.

Je suis en télétravail trois jours par semaine, je ne peux pas continuer comme ça. Si la panne n'est pas réparée d'ici huit jours, je pars chez un autre opérateur.

Cordialement,
Nathalie Girard
''', date='2026-03-10 19:20', cs='iso-8859-15', cte='qp', mailer='outlook')

add('fr', 'billing_dispute legal_threat repeat_contact', '-',
    'prélèvements de 34,99 EUR après résiliation; deux courriers précédents sans réponse (3e contact); dossier confié à son avocate',
    'Philippe Lambert <philippe.lambert@free-mail.example>',
    'Prélèvements après résiliation - contrat 88120455',
    '''Madame, Monsieur,

J'ai résilié mon abonnement (contrat 88120455) par lettre recommandée reçue par vos services le 5 janvier. Vous avez néanmoins prélevé 34,99 € le 5 février et de nouveau le 5 mars.

Faute de réponse à mes deux courriers précédents, j'ai transmis l'ensemble du dossier à mon avocate, qui prendra contact avec vous dans les prochains jours. Je vous demande le remboursement immédiat des 69,98 € indûment prélevés.

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Philippe Lambert
''', fmt='plain', cs='iso-8859-15', cte='8bit', mailer='thunderbird')

add('fr', 'regulatory security_incident technical_issue', '-',
    'espace client affiche les factures d\'un autre client; plainte déposée auprès de la CNIL',
    'Émilie Rousseau <emilie.rousseau@laposte-mail.example>',
    'Je vois les factures d\'une autre personne dans mon espace client',
    '''Bonjour,

En me connectant à mon espace client ce matin, je suis tombée sur les factures d'électricité d'une autre personne : nom, adresse complète à Lyon, numéro de compteur et IBAN partiellement masqué. Mes propres factures n'apparaissent plus.

C'est une faille grave. J'ai déposé une plainte auprès de la CNIL cet après-midi et je souhaite savoir si mes données à moi sont visibles par quelqu'un d'autre.

Émilie Rousseau
''', cs='utf-8', cte='qp', hq='B', mailer='gmail')

add('fr', 'manager_request repeat_contact', '-',
    'quatrième relance; demande que le dossier soit confié à un superviseur',
    'Jean-Pierre Moreau <jp.moreau@wanadoo-mail.example>',
    'Quatrième relance - dossier 2026-00871',
    '''Madame, Monsieur,

Je vous relance pour la quatrième fois au sujet de mon dossier 2026-00871 (remboursement d'un vol annulé par la compagnie le 14 janvier). Chaque réponse me demande de nouveau les mêmes justificatifs, que je vous ai déjà envoyés à trois reprises.

Je demande que mon dossier soit désormais suivi par un superviseur ou un chef d'équipe, et non plus par le service standard.

Salutations,
Jean-Pierre Moreau
''', date='2026-03-10 09:00', fmt='plain', cs='windows-1252', cte='qp', mailer='outlook')

add('fr', 'billing_dispute technical_issue', '-',
    'erreur de paiement puis double prélèvement de 59,90 EUR',
    'Camille Fontaine <camille.fontaine@mail.example>',
    'Payé deux fois ma commande',
    '''Bonjour,

Lors du paiement de ma commande n° FR-220415 (59,90 €), le site a affiché « Erreur technique, veuillez réessayer ». J'ai donc recommencé et le paiement est passé. Sur mon relevé bancaire, il y a maintenant deux débits de 59,90 €, alors que je n'ai reçu qu'une confirmation de commande.

Pouvez-vous me rembourser le débit en trop ?

Merci d'avance,
Camille
''', cs='utf-8', cte='8bit', mailer='iphone')

add('fr', 'data_loss technical_issue', '-',
    'toutes les factures de janvier/février ont disparu du logiciel de comptabilité',
    'Karim Benali <karim@benali-plomberie.example>',
    'Factures disparues depuis la mise à jour',
    '''Bonjour,

Depuis la mise à jour de lundi, toutes les factures que j'ai émises en janvier et février ont disparu de mon logiciel. La liste est vide pour ces deux mois, alors que le chiffre d'affaires apparaît toujours dans le tableau de bord. Il y en avait une soixantaine.

Je dois envoyer ces factures à mon comptable avant la fin du mois. Est-ce que vous pouvez les récupérer de votre côté ?

Karim Benali
Benali Plomberie
''', fmt='plain', cs='utf-8', cte='b64', mailer='web')

add('fr', 'safety technical_issue', '-',
    'batterie du vélo électrique a pris feu dans le garage',
    'Sébastien Marchand <seb.marchand@mail.example>',
    'Batterie du vélo qui a pris feu',
    '''Bonjour,

Samedi soir, la batterie de mon vélo électrique Voltra City 2 a pris feu pendant la charge dans le garage. J'ai entendu un claquement, puis il y avait des flammes et beaucoup de fumée noire. J'ai pu l'éteindre avec un extincteur, mais le mur et l'étagère sont noircis. Personne n'a été blessé, heureusement.

Le vélo a un an, chargeur d'origine. Que dois-je faire maintenant ? Je garde la batterie dehors dans un seau de sable en attendant.

Sébastien Marchand
''', fmt='mixed', att=[('garage.jpg', 'image/jpeg', 'jpg')], cs='utf-8', cte='qp', mailer='gmail')

add('fr', 'broken_promise media_threat', 'conditional',
    'remboursement promis sous 10 jours non reçu; publiera un avis et sur les réseaux',
    'Sandrine Petit <sandrine.petit@mail.example>',
    'Remboursement promis il y a un mois',
    '''Bonjour,

Le 6 février, votre conseiller m'a assuré par téléphone que le remboursement de ma commande retournée (149 €) serait fait sous dix jours. Un mois plus tard, toujours rien sur mon compte.

Si je n'ai pas de nouvelles d'ici vendredi, je raconte toute l'histoire dans un avis détaillé et sur mes réseaux. Je pense que vos futurs clients seront intéressés.

Sandrine Petit
''', date='2026-03-09 12:00', cs='iso-8859-15', cte='8bit', mailer='apple')

add('fr', 'discrimination_harassment', '-',
    'conseiller téléphonique sexiste et insultant',
    'Aurélie Chevalier <aurelie.chevalier@mail.example>',
    'Comportement inacceptable d\'un de vos conseillers',
    '''Madame, Monsieur,

J'ai appelé votre service client le 3 mars vers 14 h pour un problème de forfait. Le conseiller, qui s'est présenté comme « Julien », m'a demandé si « mon mari était là pour m'expliquer », puis, quand j'ai insisté, m'a traitée de « petite hystérique » avant de raccrocher.

Je n'ai jamais été traitée de cette façon. Je souhaite que ce comportement sexiste soit sanctionné et recevoir une réponse écrite.

Aurélie Chevalier
''', fmt='plain', cs='utf-8', cte='qp', mailer='web')

add('fr', 'outage technical_issue', '-',
    'boutique en ligne hébergée inaccessible, erreur 500 sur toutes les pages',
    'Thomas Lefèvre <thomas@lefevre-cave.example>',
    'Site inaccessible depuis ce matin - erreur 500',
    '''Bonjour,

Notre boutique en ligne (lefevre-cave.example, hébergée chez vous, offre Pro) renvoie une erreur 500 sur toutes les pages depuis 7 h 30 ce matin, back-office compris. Le FTP ne répond plus non plus. Nous n'avons rien modifié depuis une semaine.

C'est notre plus grosse semaine de l'année avec les commandes de Pâques. Pouvez-vous nous dire ce qui se passe ?

Thomas Lefèvre
Cave Lefèvre
''', cs='windows-1252', cte='qp', mailer='outlook')

add('fr', 'executive_contact severe_dissatisfaction', '-',
    'a écrit au PDG; "honteux", "je suis hors de moi"',
    'Gérard Dubois <gerard.dubois@mail.example>',
    'Courrier adressé à votre PDG',
    '''Madame, Monsieur,

Pour votre information, j'ai adressé ce jour un courrier recommandé à votre président-directeur général pour lui exposer la manière dont ma mère, âgée de 88 ans, a été traitée par vos services lors du changement de son contrat d'énergie.

On lui a fait signer par téléphone un contrat deux fois plus cher en lui faisant croire qu'il s'agissait d'une obligation légale. C'est honteux, et je suis hors de moi.

Gérard Dubois
''', fmt='plain', cs='iso-8859-1', cte='8bit', mailer='thunderbird')

add('fr', 'corporate_contact_request', '-',
    'demande l\'adresse postale du siège social pour un courrier officiel (sans menace)',
    'Isabelle Garnier <isabelle.garnier@mail.example>',
    'Adresse du siège',
    '''Bonjour,

Pourriez-vous m'indiquer l'adresse postale de votre siège social ainsi que le service à qui adresser un courrier de réclamation officiel ? Le formulaire en ligne ne me permet pas de joindre de documents.

Merci,
Isabelle Garnier
''', fmt='html', cs='utf-8', hcte='qp', ent=True, mailer='web')

add('fr', 'high_value_order technical_issue', '-',
    'commande de 7 400 EUR HT; deux lave-vaisselle professionnels en panne (E15)',
    'Laurent Mercier <l.mercier@brasserie-du-port.example>',
    'Commande 26-0087 : deux lave-vaisselle en panne',
    '''Bonjour,

Nous avons reçu le 2 mars notre commande 26-0087 : trois lave-vaisselle professionnels ProWash 500 pour un total de 7 400,00 € HT, payée à la commande. Deux des trois machines affichent le code E15 (fuite détectée) dès le premier cycle et se mettent en sécurité. Il n'y a pourtant aucune fuite visible.

Le restaurant tourne avec une seule machine en plein service, ce n'est pas tenable. Merci de nous envoyer un technicien ou deux machines de remplacement au plus vite.

Laurent Mercier
Gérant, Brasserie du Port
''', date='2026-03-09 14:00', cs='windows-1252', cte='qp', mailer='outlook')

add('fr', 'broken_promise repeat_contact', '-',
    'troisième mail; technicien promis deux fois ne s\'est pas présenté',
    'Martine Roux <martine.roux@mail.example>',
    'Technicien jamais venu (troisième mail)',
    '''Bonjour,

C'est mon troisième mail à ce sujet. Un technicien devait venir installer mon compteur le 18 février entre 8 h et 12 h : personne n'est venu. On m'a promis un nouveau rendez-vous le 25 février : personne non plus, et aucun appel.

J'ai posé deux demi-journées de congé pour rien. Merci de me proposer une date qui sera réellement tenue.

Martine Roux
''', fmt='plain', cs='utf-8', cte='8bit', mailer='iphone')

add('fr', 'billing_dispute severe_dissatisfaction', '-',
    'facture de 312 EUR de hors-forfait injustifiée; "scandaleux", "je suis furieux"',
    'Olivier Blanc <olivier.blanc@mail.example>',
    'Facture de 312 € : c\'est scandaleux',
    '''312 € de hors-forfait sur ma facture de février ! Je n'ai pas quitté la France, mon forfait est illimité, et votre appli indique une consommation normale.

C'est scandaleux et je suis furieux. Corrigez cette facture immédiatement, je ne paierai pas un centime de ces 312 €.

Olivier Blanc
Ligne 06 55 50 14 72
''', cs='iso-8859-15', cte='qp', hq='Q', mailer='gmail')

add('fr', 'feature_request', '-',
    'souhaite pouvoir réserver un créneau piscine en plus des cours dans l\'appli',
    'Hélène Bertrand <helene.bertrand@mail.example>',
    'Suggestion pour l\'application',
    '''Bonjour,

J'utilise votre application pour réserver mes cours collectifs et c'est très pratique. Serait-il possible d'ajouter aussi la réservation des lignes de la piscine ? Aujourd'hui il faut appeler l'accueil, qui ne répond pas toujours.

Une autre idée : pouvoir ajouter les cours réservés directement à l'agenda du téléphone.

Merci pour votre travail,
Hélène
''', mailer='apple')

add('fr', 'media_threat', '-',
    'demande de réaction d\'une journaliste sur des retards de remboursement (ouï-dire)',
    'Claire Dupont <c.dupont@lequotidien-sud.example>',
    'Demande d\'interview - remboursements de vols annulés',
    '''Madame, Monsieur,

Je suis journaliste au Quotidien du Sud et je prépare un article sur les délais de remboursement des vols annulés cet hiver. Plusieurs lecteurs nous ont signalé avoir attendu plus de trois mois le remboursement de billets achetés sur votre plateforme.

Accepteriez-vous de répondre à quelques questions, par écrit ou par téléphone, avant jeudi ? Je souhaiterais notamment connaître le nombre de dossiers en attente et le délai moyen de traitement.

Bien cordialement,
Claire Dupont
Journaliste, rubrique Consommation
Le Quotidien du Sud
''', cs='utf-8', cte='qp', mailer='outlook')

add('fr', 'security_incident', '-',
    'compte piraté sur l\'appli de paiement: e-mail et téléphone modifiés',
    'Mathieu Robert <mathieu.robert@mail.example>',
    'Compte piraté ?',
    '''Bonjour,

Cette nuit j'ai reçu trois SMS de code de vérification que je n'avais pas demandés, puis un mail disant que l'adresse e-mail de mon compte avait été modifiée. Ce n'est pas moi. Quelqu'un a pris le contrôle de mon compte.

Aucun paiement n'a été fait pour l'instant mais ma carte est enregistrée dessus. Bloquez tout s'il vous plaît.

Mathieu Robert
''', fmt='plain', cs='utf-8', cte='8bit', mailer='iphone',
    )

add('fr', 'technical_issue', 'quoted',
    'texte actuel: synchronisation agenda cassée; la menace de résiliation est dans l\'historique cité',
    'Valérie Morel <valerie.morel@cabinet-morel.example>',
    'Re: Rendez-vous en double',
    '''Bonjour Sophie,

Merci pour votre retour. Le problème de facturation est réglé de mon côté.

En revanche, la synchronisation de l'agenda ne fonctionne toujours pas : les rendez-vous pris en ligne apparaissent en double, et quand j'en supprime un, les deux disparaissent.

Bien à vous,
Valérie Morel

Le jeu. 5 mars 2026 à 09:12, Support <support@example.test> a écrit :
> Bonjour Madame Morel,
> Nous avons bien corrigé la facture de février.
>
> Le mer. 4 mars 2026 à 22:40, Valérie Morel a écrit :
>> Si ce n'est pas corrigé cette semaine, je résilie et je préviens
>> toutes mes consœurs.
''', reply=True, cs='utf-8', cte='qp', mailer='gmail')

add('fr', 'billing_dispute regulatory', '-',
    'frais de dossier de 49 EUR non annoncés; signalement à la DGCCRF',
    'Francis Meunier <francis.meunier@mail.example>',
    'Frais de dossier non annoncés',
    '''Madame, Monsieur,

Lors de la souscription de mon abonnement en salle le 2 février, aucun frais de dossier ne m'a été annoncé, ni sur le site ni à l'accueil. Or 49,00 € de « frais d'inscription » ont été prélevés le 5 février.

J'ai effectué un signalement sur le site de la DGCCRF pour pratique commerciale trompeuse. Je vous demande de me rembourser ces 49,00 €.

Francis Meunier
''', fmt='plain', cs='windows-1252', cte='8bit', mailer='outlook')

add('fr', 'cancellation_threat repeat_contact severe_dissatisfaction technical_issue', '-',
    'troisième message; box TV ne capte plus; "lamentable", "j\'en ai ras le bol"; annonce départ',
    'Yannick Perrin <yannick.perrin@mail.example>',
    'Ras le bol',
    '''Troisième message en trois semaines et toujours aucune réponse digne de ce nom. Ma box TV ne capte plus les chaînes depuis le 15 février, j'ai droit à des réponses automatiques.

Votre service client est lamentable, j'en ai franchement ras le bol. À la fin de mon engagement en avril, je m'en vais, et je ne reviendrai pas.

Y. Perrin
''', cs='utf-8', cte='8bit', mailer='web')

add('fr', 'broken_promise manager_request', '-',
    'geste commercial promis par l\'hôtel non versé; demande un responsable',
    'Dominique Faure <dominique.faure@mail.example>',
    'Geste commercial promis - réservation 4471-HB',
    '''Bonjour,

Lors de notre séjour à l'hôtel Bellevue (réservation 4471-HB, du 12 au 15 février), la chambre avec vue sur mer que nous avions réservée a été remplacée par une chambre sur cour. La réception nous a promis un geste commercial de 80 € sur la facture, qui n'a jamais été appliqué.

Je souhaite que ma demande soit examinée par un responsable du service clients, puisque l'hôtel me renvoie vers vous et vous me renvoyez vers l'hôtel.

Dominique Faure
''', fmt='plain', cs='utf-8', cte='qp', mailer='thunderbird')

add('fr', 'broken_promise high_value_order', '-',
    'commande de mobilier de 18 600 EUR, date de livraison promise dépassée',
    'Nicolas Gauthier <n.gauthier@gauthier-archi.example>',
    'Commande 8812 - mobilier non livré',
    '''Bonjour,

Nous avons commandé le 8 janvier l'aménagement complet de nos nouveaux bureaux (commande 8812 : 24 postes de travail, 6 armoires, 2 tables de réunion) pour un montant de 18 600,00 € TTC, acompte de 30 % versé. Votre commercial nous avait garanti une livraison le 2 mars au plus tard.

Nous sommes le 11 mars, les bureaux sont vides et personne ne sait nous donner une nouvelle date.

Cordialement,
Nicolas Gauthier
Gauthier Architectes
''', date='2026-03-11 10:05', cs='windows-1252', cte='qp', mailer='outlook')

add('fr', 'discrimination_harassment legal_threat', '-',
    'refus d\'accès au club à cause de son origine; plainte et avocat',
    'Moussa Diallo <moussa.diallo@mail.example>',
    'Refus d\'entrée au club République',
    '''Madame, Monsieur,

Le samedi 28 février, le vigile de votre club République m'a refusé l'entrée alors que mon abonnement est à jour, en me disant que « les gens comme moi » venaient « pour traîner ». Mes deux amis, blancs, qui arrivaient derrière moi, sont entrés sans problème.

Il s'agit d'une discrimination. Mon avocat a été saisi et vous adressera un courrier ; je ne m'interdis pas de porter plainte.

Moussa Diallo
''', fmt='plain', cs='iso-8859-1', cte='qp', mailer='gmail')

add('fr', 'safety', '-',
    'bagage tombé du coffre sur la tête de sa fille en vol; blessure (pas un défaut produit)',
    'Christine Lemaire <christine.lemaire@mail.example>',
    'Blessure de ma fille sur le vol du 1er mars',
    '''Bonjour,

Sur le vol du 1er mars entre Nice et Paris, un passager a ouvert le coffre à bagages au-dessus de nous pendant le roulage et une valise est tombée sur la tête de ma fille de 9 ans. Elle a eu une plaie au cuir chevelu et a dû être recousue aux urgences à l'arrivée. L'équipage n'a rien fait d'autre que de lui donner un sachet de glace.

Je souhaite que cet incident soit enregistré et savoir quelles mesures vous comptez prendre.

Christine Lemaire
''', cs='utf-8', cte='b64', mailer='web')

add('fr', 'feature_request technical_issue', '-',
    'export comptable plante avec une erreur; propose aussi un export FEC',
    'Pascal Henry <pascal.henry@henry-conseil.example>',
    'Export comptable en erreur + une suggestion',
    '''Bonjour,

Deux points :

1. L'export comptable du mois de février plante systématiquement : après quelques secondes, « Erreur 500 - export impossible ». Janvier s'exporte sans problème.

2. Ce serait vraiment utile d'avoir un export au format FEC directement depuis le logiciel, pour l'envoyer à notre expert-comptable sans retraitement.

Merci,
Pascal Henry
''', fmt='plain', cs='utf-8', cte='8bit', mailer='roundcube')


# =====================================================================
# Spanish customer mail with triggers
# =====================================================================

add('es', 'billing_dispute cancellation_threat', '-',
    'cobro de 18,50 EUR por servicio no contratado en la factura móvil; se va a otra compañía',
    'Lucía Fernández <lucia.fernandez@correo.example>',
    'Cobro indebido en mi factura de febrero',
    '''Hola,

En mi factura de febrero aparece un cargo de 18,50 € por un "servicio de contenidos premium" que yo no he contratado nunca. No tengo ni idea de qué es, y no he dado permiso a nadie para activarlo.

Quiero que me devolváis ese importe. Llevo ocho años con vosotros y, sinceramente, con estas cosas me estoy planteando muy en serio irme a otra compañía: de hecho, ya he pedido la portabilidad.

Un saludo,
Lucía Fernández
''', cs='iso-8859-15', cte='qp', mailer='gmail')

add('es', 'broken_promise legal_threat', '-',
    'reembolso de 420 EUR prometido para enero no recibido; asunto en manos de su abogada',
    'Javier Martín <javier.martin@correo.example>',
    'Reembolso de la reserva HT-55120',
    '''Buenos días:

El 15 de enero me confirmaron por escrito que los 420 € de la reserva HT-55120, cancelada por el propio hotel, me serían devueltos en un plazo de diez días hábiles. Estamos en marzo y no he recibido nada.

He puesto el asunto en manos de mi abogada, que se pondrá en contacto con ustedes esta misma semana.

Atentamente,
Javier Martín
''', fmt='plain', cs='utf-8', cte='8bit', mailer='outlook')

add('es', 'regulatory security_incident', '-',
    'recibió la factura de otro cliente con sus datos; denuncia ante la AEPD',
    'Carmen López <carmen.lopez@correo.example>',
    'He recibido la factura de otra persona',
    '''Buenas tardes:

Hoy me ha llegado por correo electrónico una factura de luz que no es mía: nombre, DNI, dirección completa en Valencia y cuenta bancaria de otra clienta. Me preocupa que mi factura haya llegado también a otra persona.

He presentado una reclamación ante la Agencia Española de Protección de Datos y les pido que me confirmen por escrito qué ha pasado con mis datos.

Carmen López
''', cs='utf-8', cte='qp', hq='Q', mailer='web')

add('es', 'manager_request severe_dissatisfaction', '-',
    'exige que un superior revise el caso; "indignante", "estoy harta y furiosa"',
    'María José Sánchez <mj.sanchez@correo.example>',
    'Quiero que mi caso lo revise un superior',
    '''Buenas,

Me cambiaron de tarifa sin pedirme permiso y cuando llamé la persona que me atendió me dijo que "ya lo había aceptado yo", cosa que es mentira. Me colgó a mitad de la conversación.

Me parece indignante. Estoy harta y furiosa. Quiero que mi caso lo revise un superior, alguien con capacidad para decidir, no otra persona que me lea el mismo guion.

María José Sánchez
''', fmt='plain', cs='iso-8859-15', cte='8bit', mailer='iphone')

add('es', 'outage technical_issue', '-',
    'app de pagos caída para todos, error 503 (México)',
    'Alejandro Ramírez <alejandro@taqueria-ramirez.example>',
    'No funciona la app de cobros',
    '''Hola buenas tardes,

Desde las 13:00 la app de cobros no funciona. Sale "Error 503 - servicio no disponible" en los tres celulares de la taquería y tampoco entra desde la computadora. Otros dos negocios de la cuadra que usan su servicio están igual.

Es hora de comida y no podemos cobrar con tarjeta. ¿Tienen idea de cuándo se va a arreglar?

Alejandro Ramírez
Taquería Ramírez, CDMX
''', fmt='plain', cs='utf-8', cte='qp', mailer='gmail')

add('es', 'data_loss technical_issue', '-',
    'asientos contables de enero borrados tras la sincronización',
    'Pilar Gómez <pilar@gomez-asesores.example>',
    'Se han borrado los asientos de enero',
    '''Buenos días,

Tras la sincronización de anoche, han desaparecido todos los asientos contables de enero de tres de mis clientes. En el libro diario solo aparecen desde el 1 de febrero y los saldos de apertura no cuadran.

Necesito recuperarlos antes del cierre del trimestre. ¿Tienen copia de seguridad?

Un saludo,
Pilar Gómez
Gómez Asesores
''', date='2026-03-12 09:00', cs='windows-1252', cte='qp', mailer='outlook')

add('es', 'safety technical_issue', '-',
    'batería de la bici eléctrica hinchada y echando humo al cargar',
    'Diego Torres <diego.torres@correo.example>',
    'Batería echando humo',
    '''Hola,

Ayer por la noche la batería de mi bici eléctrica empezó a echar humo mientras cargaba en el salón. Olía fatal a plástico quemado y la carcasa está hinchada. La saqué al balcón enseguida. Tengo dos niños pequeños y me he llevado un susto tremendo.

Modelo Voltra City 2, comprada en noviembre. ¿Qué hago con ella? No pienso volver a cargarla.

Diego
''', fmt='mixed', att=[('bateria.jpg', 'image/jpeg', 'jpg')], cs='utf-8', cte='8bit', mailer='iphone')

add('es', 'media_threat severe_dissatisfaction', 'conditional',
    'vuelo cancelado sin aviso; lo contará en TikTok e Instagram si no hay solución; "un desastre absoluto"; "echo humo" es modismo',
    'Valentina Herrera <vale.herrera@correo.example>',
    'Vuelo cancelado y nadie responde',
    '''Nos cancelaron el vuelo a Cancún con dos horas de antelación, sin ofrecer alternativa, y en el mostrador nos dijeron que "escribiéramos al correo". Aquí estoy.

Lo de ustedes es un desastre absoluto, estoy que echo humo. Si mañana no tengo una solución, subo todo a TikTok y a Instagram, con los vídeos del mostrador incluidos. Tengo bastantes seguidores que viajan mucho.

Valentina Herrera
''', date='2026-03-13 08:00', fmt='html', cs='utf-8', hcte='qp', mailer='iphone')

add('es', 'discrimination_harassment', '-',
    'monitor del gimnasio hizo comentarios homófobos',
    'Andrés Castillo <andres.castillo@correo.example>',
    'Comentarios de un monitor en el centro de Chamberí',
    '''Hola,

Quería poner en su conocimiento lo que pasó el jueves en el centro de Chamberí. Mi pareja y yo estábamos entrenando juntos y uno de los monitores se acercó a decirnos que "aquí se viene a entrenar, no a hacer espectáculos de maricones", delante de otros socios.

No habíamos hecho nada más que entrenar. Quiero saber qué medidas van a tomar con esta persona.

Andrés Castillo
''', fmt='plain', cs='utf-8', cte='b64', mailer='gmail')

add('es', 'security_incident', '-',
    'cuenta hackeada, contraseña cambiada y correo de recuperación sustituido',
    'Roberto Díaz <roberto.diaz@correo.example>',
    'Me han robado la cuenta',
    '''Buenas,

Esta mañana no he podido entrar en mi cuenta: alguien ha cambiado la contraseña y el correo de recuperación. Me ha llegado un aviso de "nuevo inicio de sesión desde Android" a las 4:10 de la madrugada y yo uso iPhone.

Tengo la tarjeta guardada en la cuenta. Por favor, bloqueadla hasta que pueda recuperarla.

Roberto
''', fmt='plain', cs='iso-8859-1', cte='8bit', mailer='iphone')

add('es', 'billing_dispute executive_contact', '-',
    'penalización de 150 EUR injusta; ha escrito al consejero delegado',
    'Fernando Ortega <f.ortega@ortega-reformas.example>',
    'Penalización de 150 € por baja anticipada',
    '''Buenos días,

Me han cobrado 150 € de penalización por baja anticipada en la línea 655 501 247, cuando el compromiso de permanencia terminó en diciembre, como consta en el contrato que adjunto.

He enviado hoy mismo una carta al consejero delegado de la compañía explicando el caso, con copia del contrato. Espero que alguien lo revise y me devuelva el importe.

Fernando Ortega
Ortega Reformas
''', date='2026-03-11 09:00', fmt='mixed', att=[('contrato_linea.pdf', 'application/pdf', 'pdf')], cs='windows-1252', cte='qp',
    mailer='outlook')

add('es', 'corporate_contact_request executive_contact', '-',
    'pide el correo del director general para escribirle directamente (Chile)',
    'Rodrigo Muñoz <rodrigo.munoz@correo.example>',
    'Correo del gerente general',
    '''Estimados:

Necesito el correo electrónico del gerente general de la empresa. Quiero escribirle directamente para contarle cómo se ha manejado la instalación de la fibra en mi casa durante los últimos dos meses.

Agradeceré que no me envíen otra vez el enlace al formulario de contacto.

Saludos,
Rodrigo Muñoz
Santiago
''', fmt='plain', cs='utf-8', cte='qp', mailer='web')

add('es', 'high_value_order technical_issue', '-',
    'pedido de 9.850 EUR; tres hornos profesionales con error de temperatura',
    'Isabel Navarro <isabel@navarro-catering.example>',
    'Pedido 2026-0345: hornos con fallo de temperatura',
    '''Buenos días:

El 25 de febrero recibimos el pedido 2026-0345, cinco hornos profesionales CX-10 por un importe total de 9.850,00 € más IVA. Tres de ellos no alcanzan la temperatura programada: a 220 °C marcan "Err T3" a los diez minutos y se apagan.

Tenemos eventos todos los fines de semana y necesitamos los hornos operativos. Por favor, envíen un técnico o unidades de sustitución lo antes posible.

Isabel Navarro
Navarro Catering
''', date='2026-03-10 09:40', cs='iso-8859-15', cte='qp', mailer='outlook')

add('es', 'repeat_contact technical_issue', '-',
    'ha escrito ya tres veces; la lavadora no centrifuga',
    'Teresa Molina <teresa.molina@correo.example>',
    'Lavadora sin centrifugar - ya van tres correos',
    '''Hola,

Ya les he escrito tres veces por lo mismo y sigo sin técnico. La lavadora AquaLine 8 que compré en diciembre no centrifuga: termina el programa y la ropa sale empapada. Ya limpié el filtro como me dijeron en la primera respuesta.

¿Me pueden dar por fin una cita?

Teresa Molina
''', fmt='plain', cs='utf-8', cte='8bit', mailer='web')

add('es', 'feature_request', '-',
    'pide que la app permita dividir un pago entre varias personas',
    'Sofía Romero <sofia.romero@uni.example>',
    'Sugerencia para la app',
    '''¡Hola!

Uso vuestra app para pagar casi todo con mis compañeros de piso y nos encanta. Una cosa que estaría genial: poder dividir un pago entre varias personas directamente, por ejemplo la factura de internet entre cuatro, y que a cada uno le llegue su parte para pagarla.

¡Gracias!
Sofía
''', fmt='html', cs='utf-8', hcte='b64', mailer='iphone')

add('es', 'broken_promise cancellation_threat', 'conditional',
    'técnico prometido dos veces no acudió; dará de baja el contrato si no viene esta semana',
    'Manuel Jiménez <manuel.jimenez@correo.example>',
    'Técnico que nunca viene',
    '''Buenas tardes,

El 20 de febrero me dijeron que un técnico vendría el día 24 a revisar la caldera incluida en mi contrato de mantenimiento. No vino. Me dieron nueva cita para el 3 de marzo. Tampoco vino, ni llamó.

Si esta semana no viene nadie, cancelo el contrato de mantenimiento y contrato otra empresa.

Manuel Jiménez
''', cs='utf-8', cte='qp', mailer='gmail')

add('es', 'media_threat', '-',
    'periodista pide declaraciones sobre cortes del servicio (Argentina); lo que cuenta es de oídas',
    'Martina Acosta <m.acosta@diarioelplata.example>',
    'Consulta periodística - cortes de servicio en Córdoba',
    '''Estimados:

Soy periodista del diario El Plata y estoy preparando una nota sobre los cortes de internet que, según vecinos de varios barrios de Córdoba, se repiten desde hace dos semanas.

Me gustaría conocer la versión de la empresa: ¿reconocen el problema?, ¿cuál es la causa?, ¿habrá compensación para los abonados? Cierro la nota el viernes al mediodía.

Muchas gracias,
Martina Acosta
Redacción, Diario El Plata
+54 11 555 0163
''', date='2026-03-11 12:00', cs='utf-8', cte='8bit', mailer='outlook')

add('es', 'technical_issue', 'quoted',
    'texto actual: error al generar facturas; amenazas de abogado y redes solo en el historial citado',
    'Ricardo Vega <ricardo.vega@vega-distribuciones.example>',
    'Re: Facturas duplicadas',
    '''Hola Ana,

Gracias, ya vi el abono de la cuota duplicada.

Sigue habiendo un problema: al generar facturas en lote, el sistema se queda en "Procesando..." y al final da "Error 504". Las facturas individuales funcionan bien.

Un saludo,
Ricardo

El mar, 3 mar 2026 a las 10:05, Support (<support@example.test>) escribió:
> Hola Ricardo, hemos devuelto la cuota cobrada dos veces.
>
> El lun, 2 mar 2026 a las 20:11, Ricardo Vega escribió:
>> Me habéis cobrado dos veces la cuota. Como no lo arregléis hoy lo pongo
>> en manos de mi abogado y lo cuento en redes.
''', reply=True, cs='utf-8', cte='qp', mailer='gmail')

add('es', 'billing_dispute regulatory', '-',
    'cargo de 89 USD duplicado por la misma reservación; queja ante la PROFECO (México)',
    'Gabriela Flores <gabriela.flores@correo.example>',
    'Cargo duplicado de 89 USD - queja PROFECO',
    '''Buenas tardes,

En mi estado de cuenta aparecen dos cargos de 89 USD por la misma reservación de hotel (folio RV-22081), del 14 de febrero. Solo hice una reservación y solo me hospedé una vez.

Ya presenté una queja ante la PROFECO (folio 2026-555-0871). Les pido que reembolsen el cargo duplicado.

Gabriela Flores
Guadalajara, Jalisco
''', fmt='plain', cs='iso-8859-1', cte='qp', mailer='web')

add('es', 'cancellation_threat outage technical_issue', 'conditional',
    'hosting caído todo el día; se cambia de proveedor si vuelve a pasar (Colombia)',
    'Camilo Restrepo <camilo@restrepo-digital.example>',
    'Servidor caído todo el día',
    '''Buenas,

Nuestro servidor (plan VPS Pro, id bog-1-7741) estuvo caído desde las 8 a. m. hasta las 6 p. m. de ayer: ni SSH, ni web, ni correo. En el panel solo aparecía "nodo en mantenimiento", sin aviso previo.

Tenemos 20 clientes con sus páginas ahí. Si esto vuelve a pasar, nos vamos con otro proveedor, así de simple.

Camilo Restrepo
Restrepo Digital, Medellín
''', cs='utf-8', cte='b64', mailer='thunderbird')

add('es', 'discrimination_harassment manager_request', '-',
    'azafata trató con desprecio a su madre indígena; pide que lo vea un responsable',
    'Paola Quispe <paola.quispe@correo.example>',
    'Trato a mi madre en el vuelo LP-2231',
    '''Buenas tardes,

Mi madre, que solo habla quechua y algo de castellano, viajó sola en el vuelo LP-2231 del 27 de febrero. Una azafata se burló de su forma de hablar delante de otros pasajeros y le dijo que "la gente como ella" debería viajar en bus. Mi madre llegó llorando.

Pido que esta queja la revise una persona responsable del servicio al cliente, no una respuesta automática.

Paola Quispe
''', fmt='plain', cs='utf-8', cte='8bit', mailer='gmail')

add('es', 'legal_threat safety technical_issue', '-',
    'lavadora daba calambres; su hijo recibió descarga; abogado',
    'Antonio Serrano <antonio.serrano@correo.example>',
    'Descarga eléctrica de la lavadora',
    '''Muy señores míos:

Mi hijo de 12 años recibió ayer una descarga eléctrica al tocar la puerta metálica de nuestra lavadora AquaLine 8 mientras estaba en marcha. Tuvo que ir a urgencias. Un electricista ha comprobado la instalación de casa y está bien; el problema es el aparato.

He consultado con un abogado y, siguiendo su consejo, conservamos la lavadora sin tocar. Espero su respuesta sobre cómo van a responder de los daños.

Antonio Serrano
''', cs='windows-1252', cte='qp', mailer='outlook')

add('es', 'billing_dispute high_value_order', 'signature',
    'factura de 6.240 EUR con 40 licencias en vez de 25; firma "Ruiz Abogados" y aviso legal no son amenaza',
    'Elena Ruiz <e.ruiz@ruiz-abogados.example>',
    'Factura 2026/118 - número de licencias incorrecto',
    '''Buenos días:

La factura 2026/118 por importe de 6.240,00 € corresponde a 40 licencias anuales. Nuestro contrato es de 25 licencias (3.900,00 €), tal como figura en la propuesta firmada en enero.

Les ruego que anulen esta factura y emitan una nueva por el importe correcto. Hasta entonces no procederemos al pago.

Elena Ruiz
Administración
Ruiz Abogados

Este mensaje es confidencial y va dirigido exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.
''', fmt='plain', cs='utf-8', cte='qp', mailer='outlook')

add('es', 'cancellation_threat feature_request', 'conditional',
    'pide facturación electrónica Verifactu; cambiará de programa si no llega antes de julio',
    'Jordi Puig <jordi@puig-fusteria.example>',
    'Verifactu',
    '''Hola,

A partir de julio necesitamos emitir las facturas cumpliendo Verifactu. Por favor, añadid al programa el envío automático de los registros y el código QR en las facturas.

Si no está disponible antes de julio, tendremos que pasarnos a otro programa de facturación, y lo siento porque estamos contentos con vosotros.

Jordi Puig
Fusteria Puig
''', cs='utf-8', cte='8bit', mailer='thunderbird')

add('es', 'broken_promise manager_request repeat_contact', '-',
    'cuarto correo; llamada prometida que nunca llegó; pide hablar con un responsable',
    'Rosa Delgado <rosa.delgado@correo.example>',
    'Cuarto correo sin solución',
    '''Buenos días,

Este es mi cuarto correo sobre el mismo asunto: el alta de la luz en mi nuevo piso sigue sin hacerse desde el 2 de febrero. En la última respuesta me aseguraron que me llamarían "en 24 horas" para darme fecha. Nadie me ha llamado.

Quiero hablar con un responsable del departamento, por favor.

Rosa Delgado
''', fmt='plain', cs='iso-8859-15', cte='qp', mailer='web')

add('es', 'data_loss outage technical_issue', '-',
    'plataforma caída dos días y al volver faltan los pedidos de esos días',
    'Hugo Morales <hugo@morales-vinos.example>',
    'Tienda caída y pedidos perdidos',
    '''Hola,

Nuestra tienda online estuvo inaccesible el sábado y el domingo (todas las páginas daban error 502). Cuando volvió el lunes, faltan en el panel todos los pedidos del viernes por la tarde, unos 35, con los datos de envío de los clientes. Los cobros sí aparecen en la pasarela.

No sabemos a quién enviar qué. ¿Pueden recuperar esos pedidos?

Hugo Morales
Morales Vinos
''', date='2026-03-10 10:00', cs='utf-8', cte='qp', mailer='gmail')

add('es', 'corporate_contact_request legal_threat', '-',
    'pide domicilio social y razón social para presentar una reclamación judicial',
    'Beatriz Cano <beatriz.cano@correo.example>',
    'Domicilio social de la empresa',
    '''Buenas tardes:

Les solicito el domicilio social completo y la razón social exacta de su empresa. Voy a presentar una reclamación judicial por los daños que causó su empresa de mudanzas en mis muebles y necesito estos datos para dirigirla correctamente.

Atentamente,
Beatriz Cano
''', fmt='plain', cs='utf-8', cte='8bit', mailer='web')


# =====================================================================
# More customer mail with triggers (corporate contact requests)
# =====================================================================

add('en', 'corporate_contact_request regulatory safety technical_issue', '-',
    'heater from a recalled batch sold to him sparked; reported to Trading Standards; asks for head office address',
    'Raymond Bishop <raymond.bishop@mail.example>',
    'TH-20 heater sold to me AFTER the recall',
    '''Good morning,

I bought a TH-20 oil heater from your Leicester store on 14 February. When I plugged it in last night it sparked at the socket end of the cable and tripped the fuse box. I have since found out that this model has been under a recall since January, so it should never have been on the shelf.

I have reported the sale to Trading Standards. I would also like the postal address of your head office and the name of the person there responsible for product safety, as I will be writing to them with my receipt.

Raymond Bishop
''', fmt='plain', cs='utf-8', cte='qp', mailer='outlook')

add('de', 'corporate_contact_request executive_contact', '-',
    'bittet um Postanschrift des Aufsichtsrats und der Geschäftsführung, um dorthin zu schreiben',
    'Hildegard Sommer <h.sommer@mail.example>',
    'Anschrift Ihrer Geschäftsführung',
    '''Sehr geehrte Damen und Herren,

seit November versuche ich vergeblich, die Sterbefallmeldung für den Mobilfunkvertrag meines verstorbenen Mannes abzuschließen. Ich möchte mich nun schriftlich direkt an Ihre Geschäftsführung und an den Vorsitzenden des Aufsichtsrats wenden.

Bitte teilen Sie mir die vollständige Postanschrift der Unternehmenszentrale und die Namen der Empfänger mit.

Mit freundlichen Grüßen
Hildegard Sommer
''', fmt='plain', cs='iso-8859-15', cte='8bit', mailer='web')

add('fr', 'corporate_contact_request executive_contact', '-',
    'demande l\'adresse e-mail du directeur général pour lui écrire directement',
    'Bernadette Giraud <bernadette.giraud@mail.example>',
    'Coordonnées de votre directeur général',
    '''Bonjour,

Pourriez-vous me communiquer l'adresse e-mail de votre directeur général ? Je souhaite lui écrire personnellement au sujet de la manière dont l'installation de notre pompe à chaleur a été gérée depuis décembre.

Merci de ne pas me renvoyer vers le formulaire de contact.

Bernadette Giraud
''', cs='utf-8', cte='qp', mailer='apple')

add('es', 'corporate_contact_request severe_dissatisfaction', '-',
    'pide el teléfono de las oficinas centrales (no el de atención al cliente); "estoy indignadísimo"',
    'Tomás Aguilar <tomas.aguilar@correo.example>',
    'Teléfono de las oficinas centrales',
    '''Buenas tardes:

Necesito el número de teléfono de sus oficinas centrales, no el de atención al cliente, que ya me lo sé de memoria. Llevo desde enero sin que nadie me explique por qué mi contrato de gas figura a nombre de otra persona.

Estoy indignadísimo con el trato recibido, es una tomadura de pelo de principio a fin.

Tomás Aguilar
''', fmt='plain', cs='windows-1252', cte='qp', mailer='outlook')


# =====================================================================
# English customer mail without triggers (traps, how-to, thanks)
# =====================================================================

add('en', '-', 'title',
    '"office manager" is a job title; how-to question about adding a user',
    'Brenda Collins <brenda.collins@collinsdental.example>',
    'Adding a new user',
    '''Hi,

I'm the office manager at Collins Dental and I look after our account. We have a new receptionist starting on Monday. How do I give her access to the appointment book but not to the invoices and reports?

Thanks in advance,

Brenda Collins
Office Manager | Collins Dental
''', mailer='outlook')

add('en', '-', 'title',
    'existing account manager mentioned as a role; asks for a VAT invoice copy',
    'Liam Foster <liam.foster@fosterprint.example>',
    'VAT invoice copy for January',
    '''Hello,

Our account manager, Lisa, suggested I email this address. Could you send me a copy of the January invoice with our VAT number on it? Our accountant needs it for the quarter.

Many thanks,
Liam Foster
Foster Print & Design
''', fmt='plain', cs='us-ascii', cte='7bit', mailer='thunderbird')

add('en', '-', 'title',
    '"Password Manager" is a product name; asks whether autofill is supported',
    'Ruth Campbell <ruth.campbell@mail.example>',
    'Autofill with my password manager',
    '''Hi there,

Does your app support autofill from a password manager on Android? I've only just installed it and use an app called Password Manager for everything, so I wanted to check before I set it all up.

Thanks,
Ruth
''', mailer='gmail')

add('en', '-', 'title',
    'Head of Legal asks for a DPA document; a role, not a threat, and a DPA request is not regulatory',
    'Miriam Adler <m.adler@brightpath-learning.example>',
    'Data processing agreement',
    '''Dear Sir or Madam,

We are completing our annual vendor review. Could you please send us your current data processing agreement and the list of sub-processors, or tell me where I can download them?

Kind regards,

Miriam Adler
Head of Legal
Brightpath Learning Ltd
''', cs='windows-1252', cte='qp', mailer='outlook')

add('en', '-', 'title',
    '"Manager of IT" title; how-to question about SAML SSO setup',
    'Victor Osei <v.osei@harbourfreight-logistics.example>',
    'Setting up SAML single sign-on',
    '''Hi,

We'd like to connect our identity provider to your platform using SAML. Where do I find your entity ID and ACS URL, and do you support signed assertions with SHA-256?

Regards,
Victor Osei
Manager of IT, Harbour Freight Logistics
''', fmt='plain', cs='utf-8', cte='qp', mailer='outlook')

add('en', '-', 'title',
    '"Health & Safety Manager" title; quote request for e-bikes without any problem',
    'Gemma Rowley <g.rowley@rowley-construction.example>',
    'Quote for site e-bikes',
    '''Hello,

We're looking at a few e-bikes for our site supervisors to get around our larger sites. Could you send a quote for 6 Voltra Trek bikes with rear racks and the extended warranty, delivered to our yard in Croydon?

Thanks,
Gemma Rowley
Health & Safety Manager
Rowley Construction
''', mailer='apple')

add('en', '-', 'quoted',
    'thanks after resolution; legal threat is only in quoted earlier mail',
    'Owen Harper <owen.harper@mail.example>',
    'Re: Refund for order 22-8812',
    '''Thanks Jess, the refund has arrived. All sorted, appreciate your help.

Owen

On Wed, 4 Mar 2026 at 09:15, Jess (Support) <support@example.test> wrote:
> Hi Owen, I've processed the refund of £64.00 today, it should reach your
> account within 3-5 working days.
>
> On Tue, 3 Mar 2026 at 21:40, Owen Harper <owen.harper@mail.example> wrote:
>> This is the third time I've asked. If the £64 isn't back by Friday I'm
>> taking you to the small claims court.
''', reply=True, mailer='gmail')

add('en', '-', 'quoted',
    'Fwd subject and forwarded complaint do not count; own text asks whether her own plan is affected',
    'Pauline Reyes <pauline.reyes@reyesyoga.example>',
    'Fwd: your hosting is DOWN again??',
    '''Hi,

A friend who is also on your hosting forwarded me this last night. My own site seems fine as far as I can tell. Is this something I should worry about on the Starter plan, or was it a different server?

Pauline

---------- Forwarded message ---------
From: Dev Patel <dev@patelphoto.example>
Date: Mon, 9 Mar 2026 at 22:14
Subject: your hosting is DOWN again??
To: Pauline Reyes <pauline.reyes@reyesyoga.example>

Mine's been down for 2 hours, 503 on everything. Absolute disgrace. I'm moving to another host this week, you should too.
''', fmt='alt', cs='utf-8', cte='qp', mailer='gmail')

add('en', '-', 'quoted',
    'confirms receipt; Outlook block from the desk mentions escalation and double charge',
    'Keith Morrison <keith.morrison@morrisonjoinery.example>',
    'RE: Your case 60218',
    '''Received, thank you. That all makes sense.

Keith

From: Support <support@example.test>
Sent: 10 March 2026 14:05
To: Keith Morrison <keith.morrison@morrisonjoinery.example>
Subject: Your case 60218

Dear Mr Morrison,

I have escalated your case to my manager, who has approved a refund of the double charge of £36.00. You will see it on your card within five working days.

Kind regards,
Customer Support
''', reply=True, cs='windows-1252', cte='qp', mailer='outlook')

add('en', '-', 'quoted',
    'says it works again (no current breakage); outage apology only in quoted desk reply',
    'Sunita Rao <sunita.rao@mail.example>',
    'Re: Service update',
    '''All working again on our side, thanks for letting us know.

Sunita

On 11 Mar 2026, at 08:02, Support <support@example.test> wrote:
> We're sorry for yesterday's outage. All services were restored at 19:40 and
> no customer data was affected.
''', reply=True, fmt='plain', cs='utf-8', cte='8bit', mailer='iphone')

add('en', '-', 'quoted',
    'asks for an invoice copy; colleague\'s note about lost data is quoted below',
    'Adam Kowalski <adam@kowalski-tiling.example>',
    'Re: Invoices',
    '''Hi,

Could you send me copies of invoices 3310 and 3311 as PDFs? That's all I need, thanks.

Adam

On Sun, 8 Mar 2026 at 19:02, Eva Kowalski <eva@kowalski-tiling.example> wrote:
> Adam, I think we lost all the invoices when the laptop died, can you ask
> the software people for copies?
''', fmt='plain', cs='us-ascii', cte='7bit', mailer='gmail')

add('en', '-', 'quoted',
    'forwards an old complaint thread only for the reference number; nothing requested',
    'Rosalind Baker <rosalind.baker@mail.example>',
    'Fwd: Formal complaint - legal action',
    '''Hello,

My accountant asked me for the reference number of last year's complaint, so I'm forwarding the old thread to you just to confirm: is the reference CMP-11820? Nothing else needed, the matter was settled in December.

Rosalind Baker

-------- Forwarded Message --------
Subject: Formal complaint - legal action
Date: Mon, 10 Nov 2025 18:22:41 +0000
From: Rosalind Baker <rosalind.baker@mail.example>
To: support@example.test

I am appalled. Unless my deposit is returned I will instruct my solicitor. I also want your CEO's email address.
''', mailer='thunderbird')

add('en', '-', 'signature',
    'opening hours question; confidentiality disclaimer mentions legal action',
    'Howard Blake <h.blake@blake-surveyors.example>',
    'Phone support hours',
    '''Hello,

What are your phone support hours on Saturdays? I'd like to call about setting up a second user.

Best regards,
Howard Blake
Blake Chartered Surveyors

DISCLAIMER: This email is confidential and intended solely for the addressee. If you have received it in error you must not copy, distribute or take any action in reliance on it; unauthorised use may result in legal action. Blake Chartered Surveyors accepts no liability for viruses.
''', fmt='plain', cs='utf-8', cte='8bit', mailer='outlook')

add('en', '-', 'signature',
    'API rate-limit question; the sender\'s own signature asks for Trustpilot reviews and Instagram follows',
    'Freya Lindholm <freya@lindholmcandles.example>',
    'API rate limits for order sync',
    '''Hi,

What's the rate limit on the orders API? We're building a small sync to our warehouse system and want to poll every minute without getting blocked.

Thanks!
Freya

--
Freya Lindholm | Lindholm Candles
Loved your order? Leave us a review on Trustpilot ★★★★★
Follow us on Instagram @lindholmcandles.example
''', fmt='html', cs='utf-8', hcte='qp', ent=True, mailer='web')

add('en', '-', 'signature',
    'asks to change the invoice address; company signature talks about fire and smoke safety',
    'Nigel Parsons <nigel@blaze-protection.example>',
    'Change of invoice address',
    '''Hi,

We moved offices last month. Could you update the invoice address on our account to Unit 4, Riverside Park, Kettering NN16 0AA?

Cheers,
Nigel

Nigel Parsons
Blaze Fire Protection Ltd
Fire alarms • Smoke detection • Emergency lighting • Fire safety training
''', cs='windows-1252', cte='8bit', mailer='outlook')

add('en', '-', 'signature',
    'card update how-to; signature job title mentions data breach response',
    'Rebecca Thornton <r.thornton@cybershield-consulting.example>',
    'Updating the card on our account',
    '''Hello,

Our company card expires at the end of the month. Where in the account settings do I replace it? I couldn't find a billing section.

Thanks,

Rebecca Thornton
Director, Data Breach Response Services
CyberShield Consulting
''', fmt='plain', cs='us-ascii', cte='7bit', mailer='outlook')

add('en', '-', 'negation',
    'migration completed, explicitly no data lost; thanks',
    'Gavin Doherty <gavin.doherty@dohertyvets.example>',
    'Migration finished - thank you',
    '''Hi team,

Just to let you know that the migration of our three practices finished over the weekend. Everything came across, no records lost and nothing missing as far as our checks go. Thank you to Priya for all the prep work.

Gavin Doherty
Doherty Vets
''', mailer='apple')

add('en', '-', 'negation',
    'explicitly not cancelling; asks how to pause membership over the summer',
    'Isla Murray <isla.murray@uni.example>',
    'Pausing my membership for summer',
    '''Hi!

I'm not cancelling, don't worry, I love the club. I'm going home for the summer (June to August) and wondered if I can pause my membership for those three months instead. How do I do that?

Thanks,
Isla
''', fmt='plain', cs='utf-8', cte='qp', mailer='iphone')

add('en', '-', 'negation',
    '"no need to escalate"; asks to update billing address',
    'Frank Delaney <frank.delaney@mail.example>',
    'Small change to my account',
    '''Hello,

No need to escalate this or anything, it's a small thing: could you change the billing address on my account to 27 Hawthorn Close, Ely CB7 4QT? I moved in January.

Thanks,
Frank
''', cs='iso-8859-1', cte='qp', mailer='web')

add('en', '-', 'negation',
    'explicitly not complaining or threatening; asks when a back-ordered item ships',
    'Cathy Nguyen <cathy.nguyen@mail.example>',
    'Order 12-55810 - shipping date?',
    '''Hi,

I'm not complaining and I'm certainly not about to take my business elsewhere, I just want to plan around it: the website says my rug (order 12-55810) is back-ordered. Do you have a rough date for when it will ship?

Thanks!
Cathy
''', mailer='gmail')

add('en', '-', 'negation',
    'says nothing is broken; how-to question about splitting a bill',
    'Joel Bergstrom <joel.bergstrom@mail.example>',
    'Splitting a payment',
    '''Hey,

The app isn't broken or anything, I just can't work out how to split a restaurant bill with friends. Is there a way to request money from three people at once, or do I have to send three separate requests?

Joel
''', fmt='plain', cs='us-ascii', cte='7bit', mailer='iphone')

add('en', '-', 'negation',
    'happy with refund, will not take it further; thanks',
    'Maureen O\'Connell <maureen.oconnell@mail.example>',
    'Thank you for sorting the refund',
    '''Dear Support,

I just wanted to say thank you for sorting out my refund so quickly last week. I won't be taking the matter any further, I'm perfectly happy with how it was resolved.

Kind regards,
Maureen O'Connell
''', fmt='html', cs='utf-8', hcte='qp', mailer='web')

add('en', '-', 'negation',
    'explicitly no security issue; asks how to move 2FA to a new phone',
    'Ahmed Farouk <ahmed.farouk@mail.example>',
    'Moving 2FA to my new phone',
    '''Hi,

Nothing suspicious has happened and my account is fine. I just got a new phone and want to move my two-factor authentication over before I wipe the old one. What's the right order to do this in so I don't lock myself out?

Thanks,
Ahmed
''', mailer='gmail')

add('en', '-', 'policy_question',
    'asks about refund policy for annual plan',
    'Clara Jensen <clara.jensen@jensenbooks.example>',
    'Refunds on annual plans',
    '''Hello,

We're thinking about switching from monthly to annual billing. If we decided to stop using the service halfway through the year, would the rest of the annual fee be refunded, or is it non-refundable?

Thanks,
Clara
''', fmt='plain', cs='utf-8', cte='8bit', mailer='thunderbird')

add('en', '-', 'policy_question',
    'asks whether an SLA with downtime credits is offered',
    'Ravi Menon <ravi.menon@menonanalytics.example>',
    'SLA and service credits',
    '''Hi,

Before we move our production workloads over: do you offer an SLA on the managed database plans, and if so, what service credits apply if availability drops below the target? Is there a document I can share with our procurement team?

Ravi Menon
Menon Analytics
''', mailer='outlook')

add('en', '-', 'policy_question',
    'asks whether the product is GDPR compliant and where data is stored',
    'Ines Duarte <ines.duarte@duarte-clinic.example>',
    'GDPR and data location',
    '''Hello,

We're a small physiotherapy clinic looking at your booking software. Is the platform GDPR compliant, and in which country are patient records stored? We'd also need to sign a data processing agreement.

Best wishes,
Ines Duarte
''', cs='utf-8', cte='b64', mailer='apple')

add('en', '-', 'policy_question',
    'hypothetical question about cancelling a flight 24 hours before',
    'Martin Crowe <martin.crowe@mail.example>',
    'Cancelling close to departure',
    '''Hi,

If I had to cancel my flight on 22 April (booking KT9M3P) about 24 hours before departure, would I get any money back, or just the taxes? Just trying to understand my options in case my meeting moves.

Martin
''', fmt='plain', cs='us-ascii', cte='7bit', mailer='gmail')

add('en', '-', 'policy_question',
    'neutral procedural cancellation of an order with the wrong colour; no dissatisfaction',
    'Sophie Turner <sophie.turner@mail.example>',
    'Cancel order #5512 please',
    '''Hi, how do I cancel order #5512? I picked the grey cushion covers by mistake, I wanted the green ones. I'll just place a new order once this one is cancelled.

Thanks!
Sophie
''', mailer='iphone')

add('en', '-', 'policy_question',
    'asks what happens to data when closing the account and how to export first',
    'Leonard Fischer <leonard.fischer@mail.example>',
    'Closing my account - what happens to my data?',
    '''Hello,

I'm retiring at the end of April and will close my sole trader account. Before I do: how can I export all my invoices and expenses, and how long do you keep the data after the account is closed?

Thank you,
Leonard Fischer
''', fmt='plain', cs='utf-8', cte='qp', mailer='thunderbird')

add('en', '-', 'policy_question',
    'vendor review asks whether an escalation process exists; not a request to escalate',
    'Tara Quinn <tara.quinn@quinn-procurement.example>',
    'Supplier questionnaire - support process',
    '''Hello,

As part of our supplier onboarding I need to fill in a short section about your support process. Do you have a documented escalation path for critical incidents, and what are your target response times per priority level?

Thanks,
Tara Quinn
Procurement, Quinn Group
''', cs='windows-1252', cte='qp', mailer='outlook')

add('en', '-', 'policy_question',
    'asks about cooling-off period for an energy contract',
    'Edith Morgan <edith.morgan@mail.example>',
    'Cooling-off period',
    '''Hello,

I signed up for your fixed tariff on the phone yesterday. How long is the cooling-off period, in case I change my mind after talking to my son?

Yours sincerely,
Edith Morgan
''', fmt='plain', cs='iso-8859-1', cte='8bit', mailer='web')

add('en', '-', 'policy_question',
    'asks how to keep photos safe before switching phones (question, nothing lost)',
    'Ben Whitaker <ben.whitaker@mail.example>',
    'Switching phones - keeping my photos',
    '''Hi,

I'm switching from Android to an iPhone next week. How do I make sure all my photos and videos are backed up first, so I don't lose anything when I log in on the new phone?

Ben
''', mailer='gmail')

add('en', '-', 'reported',
    'lawyer brother-in-law urges suing (not adopted); asks for new delivery date',
    'Diane Fletcher <diane.fletcher@mail.example>',
    'New delivery date for my wardrobe?',
    '''Hello,

My wardrobe (order 70-11452) has gone onto back-order and the website no longer shows a delivery date. My brother-in-law, who is a lawyer, keeps telling me I should sue you over the delay, but honestly I just want to know when it's coming so I can arrange to be in.

Could you let me know the new date?

Thanks,
Diane
''', fmt='plain', cs='utf-8', cte='8bit', mailer='iphone')

add('en', '-', 'reported',
    'neighbour says the network was down; customer\'s own service was fine; asks about maintenance',
    'Gordon Ellis <gordon.ellis@mail.example>',
    'Maintenance last night?',
    '''Hello,

My neighbour said your broadband was down on our street last night from about 11pm. Mine was working fine the whole evening as far as I could tell. Was there planned maintenance? Just curious whether I should expect more.

Gordon
''', cs='utf-8', cte='qp', mailer='web')

add('en', '-', 'reported',
    'friend says she was hacked (hearsay); customer asks how to enable 2FA',
    'Hailey Morgan <hailey.morgan@uni.example>',
    'how do I turn on 2FA',
    '''hi! a friend of mine said her account on your app got hacked last month, so I want to be safe. how do I turn on two-factor on mine? I can't see it in settings

thanks
hailey
''', fmt='plain', cs='us-ascii', cte='7bit', mailer='iphone')

add('en', '-', 'reported',
    'daughter suggests the ombudsman (not adopted); asks what the standing charge means',
    'Eileen Parry <eileen.parry@mail.example>',
    'Question about my bill',
    '''Dear Sir or Madam,

My daughter says I should complain to the ombudsman about my bill, but I would rather just understand it first. What is the "standing charge" of 53p a day, and do I pay it even in the weeks I am staying with her?

Yours faithfully,
Eileen Parry
''', fmt='plain', cs='windows-1252', cte='qp', mailer='web')

add('en', '-', 'reported',
    'rumour on a forum about batteries catching fire, not adopted; asks about the 2025 model',
    'Owen Clarke <owen.clarke@mail.example>',
    'Question before I buy',
    '''Hi,

I'm about to buy a Voltra City 2. Someone on a forum claimed your batteries "catch fire", but the post was from 2021 and about a different model as far as I can tell. Which battery cells does the 2025 model use, and what certification does it have?

Cheers,
Owen
''', mailer='gmail')

add('en', '-', 'innocuous',
    '"fire over" means send; asks for an invoice copy',
    'Danny Shaw <danny@shawplastering.example>',
    'invoice copy',
    '''alright, could you fire over a copy of the Feb invoice when you get a sec? accountant's chasing me. cheers

Danny
''', fmt='plain', cs='us-ascii', cte='7bit', mailer='iphone')

add('en', '-', 'innocuous',
    '"killer deal", "dying to try"; asks when pre-orders open',
    'Priyanka Shah <priyanka.shah@mail.example>',
    'Trek 2 pre-orders?',
    '''Hiya,

The launch price on the new Trek 2 is a killer deal and I'm dying to try one! When do pre-orders open, and will the launch price apply to pre-orders too?

Priyanka
''', mailer='gmail')

add('en', '-', 'innocuous',
    '"smoke test" and "crash course" are developer idioms; thanks for the API docs',
    'Sam Okafor <sam@okafor-devworks.example>',
    'Thanks for the webhook docs',
    '''Hi,

Quick thank-you: the new webhook docs were a great crash course for our junior dev. Our smoke tests against the sandbox passed first time after the API version bump, and we're going live tomorrow.

Sam
''', fmt='plain', cs='utf-8', cte='qp', mailer='thunderbird')

add('en', '-', 'innocuous',
    '"board" of a board game cafe and their board meeting; quote request for card readers',
    'Lucy Pembroke <lucy@meeple-cafe.example>',
    'Card readers for our cafe',
    '''Hello,

We run a board game cafe in Bristol and our little board of directors agreed at Tuesday's meeting to switch card providers. Could you send pricing for 4 card readers, and tell me whether tips can be added on the reader?

Lucy Pembroke
The Meeple Cafe
''', mailer='apple')

add('en', '-', 'innocuous',
    '"charging" the e-bike, "battery" life; plain question about charge time',
    'George Fenwick <george.fenwick@mail.example>',
    'How long should charging take?',
    '''Hello,

I've had my e-bike for two weeks and I'm charging it every evening after my commute. It usually takes about 4 hours from 30%. Is that normal for the 500 Wh battery, and is it fine to leave it charging overnight or should I unplug it when it's full?

George
''', fmt='plain', cs='utf-8', cte='8bit', mailer='web')

add('en', '-', 'innocuous',
    'thank-you mail: spa "so good it should be illegal", "killer" view',
    'Annabel Price <annabel.price@mail.example>',
    'Lovely stay at the Harbour View',
    '''Hi,

Just back from three nights at the Harbour View that we booked through you. The spa was so good it should be illegal and the view from our room was killer. Thank you for the upgrade on arrival, it made our anniversary.

Annabel & Rob
''', fmt='html', cs='utf-8', hcte='qp', mailer='iphone')

add('en', '-', 'innocuous',
    '"the class absolutely killed me", "beat me up"; asks for class timetable',
    'Marcus Webb <marcus.webb@mail.example>',
    'Saturday HIIT timetable',
    '''Hey,

Tried the Saturday HIIT class at Kingsgate for the first time, absolutely killed me, the instructor beat us all up in the best way. Is there a second session on Saturdays or just the 9am one?

Marcus
''', mailer='gmail')

add('en', '-', 'other',
    'second email only (two contacts), neutral receipt request',
    'Judith Reeves <judith.reeves@mail.example>',
    'Receipt for February (second email)',
    '''Hello,

This is my second email asking for a receipt for my February payment. I need it for my expenses claim by the end of the month. Could you send it to this address?

Thank you,
Judith Reeves
''', fmt='plain', cs='utf-8', cte='qp', mailer='outlook')

add('en', '-', 'other',
    'large order (EUR 95,000) with no problem; quote request',
    'Henrik Larsen <henrik.larsen@nordicbuild.example>',
    'Quote for 60 staff e-bikes',
    '''Hello,

We would like to offer e-bikes to our staff through a company scheme. We are looking at around 60 bikes, roughly €95,000 in total based on your list prices. Could you send a formal quote with volume pricing and delivery options to our offices in Copenhagen and Malmö?

Best regards,
Henrik Larsen
Nordic Build A/S
''', date='2026-03-09 10:00', cs='iso-8859-15', cte='qp', mailer='outlook')

add('en', '-', 'other',
    'invoice of exactly GBP 5,000.00 with a wrong date only (not above threshold, amount not disputed)',
    'Julia Hartley <julia.hartley@hartley-events.example>',
    'Invoice 9921 - date',
    '''Hi,

Invoice 9921 (£5,000.00, the annual venue licence) is dated 1 February, but our agreement starts on 1 March. Could you reissue it with the March date? The amount is correct.

Thanks,
Julia Hartley
''', fmt='plain', cs='windows-1252', cte='8bit', mailer='outlook')

add('en', '-', 'other',
    'mild disappointment only; keeping the item',
    'Norah Bennett <norah.bennett@mail.example>',
    'Cushion colour',
    '''Hello,

The cushions arrived today, thank you. I'm a little disappointed that the colour is more mustard than the golden yellow in the photos, but they're comfortable and I'll keep them. Perhaps worth updating the picture on the website?

Best wishes,
Norah
''', mailer='apple')

add('en', '-', 'other',
    '"not really acceptable" alone is not severe; asks about holiday opening hours',
    'Trevor Hughes <trevor.hughes@mail.example>',
    'Sunday opening hours',
    '''Hi,

Frankly it's not really acceptable that the club now closes at 8pm on Sundays without much notice, but I'll live with it. What are the opening hours over the Easter weekend?

Trevor
''', fmt='plain', cs='us-ascii', cte='7bit', mailer='web')

add('en', '-', '-',
    'how-to: asks whether invoices can be exported to CSV (feature existence question)',
    'Adele Moreau <adele.moreau@mail.example>',
    'Export invoices to CSV?',
    '''Hi,

Is it possible to export all my invoices from last year to a CSV or Excel file? My accountant would like them in a spreadsheet.

Thanks,
Adele
''', mailer='gmail')

add('en', '-', '-',
    'thank-you mail for a helpful agent',
    'Walter Simmons <walter.simmons@mail.example>',
    'Thank you to Jamie',
    '''Dear Sir or Madam,

I wanted to let someone know how helpful Jamie was on the phone on Tuesday. I am 82 and not good with computers, and he was very patient helping me set up online billing. Please pass on my thanks.

Yours faithfully,
Walter Simmons
''', fmt='plain', cs='utf-8', cte='8bit', mailer='web')

add('en', '-', '-',
    'how-to: change direct debit date',
    'Kerry Walsh <kerry.walsh@mail.example>',
    'Changing my direct debit date',
    '''Hi,

Can I move my direct debit from the 1st to the 15th of the month? I get paid mid-month now.

Thanks,
Kerry
''', fmt='plain', cs='us-ascii', cte='7bit', mailer='iphone')

add('en', '-', '-',
    'how-to: display firmware update for the e-bike',
    'Rupert Holmes <rupert.holmes@mail.example>',
    'Updating the display firmware',
    '''Hello,

The app tells me there is a firmware update for my bike's display (version 2.4). Do I need to be near the bike with Bluetooth on the whole time, and roughly how long does it take?

Rupert
''', mailer='apple')

add('en', '-', '-',
    'hotel booking request for late check-out',
    'Grace Okoye <grace.okoye@mail.example>',
    'Late check-out request - booking 88-4410',
    '''Hello,

We're staying at the Kingsbridge Hotel from 19 to 21 March (booking 88-4410). Our flight home isn't until the evening of the 21st: would it be possible to request a late check-out, around 2pm?

Many thanks,
Grace
''', cs='utf-8', cte='qp', mailer='outlook')

add('en', '-', '-',
    'thank-you for quick delivery',
    'Ian Fraser <ian.fraser@mail.example>',
    'Arrived already!',
    '''Just a quick note to say the fridge arrived this morning, a day earlier than expected, and the two lads who brought it were brilliant. Thanks!

Ian
''', fmt='html', cs='utf-8', hcte='7bit', mailer='iphone')


# =====================================================================
# German customer mail without triggers
# =====================================================================

add('de', '-', 'title',
    'Office-Managerin ist Berufsbezeichnung; fragt nach Rechnungsadresse ändern',
    'Sandra Böhm <s.boehm@boehm-architekten.example>',
    'Neue Rechnungsanschrift',
    '''Guten Tag,

ich bin die Office-Managerin im Architekturbüro Böhm. Wir sind zum 1. März umgezogen. Bitte ändern Sie die Rechnungsanschrift auf: Hafenstraße 12, 28217 Bremen.

Vielen Dank und viele Grüße

Sandra Böhm
Office-Managerin
Böhm Architekten PartG mbB
''', cs='windows-1252', cte='qp', mailer='outlook')

add('de', '-', 'title',
    '"Leiter IT" und "Datenschutzbeauftragter" sind Rollen; fragt nach AV-Vertrag',
    'Frank Seidel <f.seidel@seidel-maschinenbau.example>',
    'AV-Vertrag nach Art. 28 DSGVO',
    '''Hallo,

für unsere Unterlagen benötigen wir Ihren aktuellen Vertrag zur Auftragsverarbeitung sowie die Liste der Unterauftragnehmer. Können Sie mir beides zusenden oder mitteilen, wo ich es herunterladen kann?

Mit freundlichen Grüßen
Frank Seidel
Leiter IT und Datenschutzbeauftragter
Seidel Maschinenbau GmbH
''', fmt='plain', cs='utf-8', cte='qp', mailer='outlook')

add('de', '-', 'quoted',
    'bedankt sich; Drohung mit Anwalt nur im zitierten Verlauf (Am ... schrieb)',
    'Horst Ebert <horst.ebert@t-net.example>',
    'Re: Erstattung Bestellung 55-2290',
    '''Vielen Dank, das Geld ist heute angekommen. Damit ist die Sache für mich erledigt.

Horst Ebert

Am 05.03.2026 um 10:14 schrieb Support <support@example.test>:
> Sehr geehrter Herr Ebert,
> wir haben Ihnen soeben 79,99 € erstattet.
>
> Am 04.03.2026 um 19:30 schrieb Horst Ebert <horst.ebert@t-net.example>:
>> Wenn das Geld nicht bis Freitag da ist, geht die Sache an meinen Anwalt.
''', reply=True, cs='windows-1252', cte='qp', mailer='thunderbird')

add('de', '-', 'quoted',
    'WG-Betreff und weitergeleiteter Text zählen nicht; eigene Frage zu Kursplan',
    'Nicole Hahn <nicole.hahn@mail.example>',
    'WG: Euer Studio ist eine Katastrophe',
    '''Hallo,

meine Freundin hat mir ihre Mail an euch weitergeleitet, weil sie meinte, ich soll mir das mal durchlesen. Ich wollte eigentlich nur wissen, ob der Yoga-Kurs am Donnerstag um 18 Uhr im April weiterläuft?

LG Nicole

-------- Weitergeleitete Nachricht --------
Betreff: Euer Studio ist eine Katastrophe
Datum: Sun, 8 Mar 2026 20:11:03 +0100
Von: Tanja Roth <tanja.roth@mail.example>
An: support@example.test

Die Duschen kalt, die Trainer unfreundlich, eine absolute Frechheit. Ich kündige zum Monatsende und schreibe eine Bewertung.
''', fmt='plain', cs='utf-8', cte='8bit', mailer='web')

add('de', '-', 'signature',
    'Frage nach Öffnungszeiten; Signatur-Disclaimer erwähnt rechtliche Schritte',
    'Rainer Kühn <r.kuehn@kuehn-immobilien.example>',
    'Erreichbarkeit an Feiertagen',
    '''Guten Tag,

ist Ihre telefonische Hotline an Ostermontag erreichbar?

Mit freundlichen Grüßen
Rainer Kühn
Kühn Immobilien GmbH

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet und können rechtliche Schritte nach sich ziehen.
''', cs='iso-8859-15', cte='qp', mailer='outlook')

add('de', '-', 'negation',
    'verneint Kündigungsabsicht; fragt nach Tarifwechsel',
    'Monika Peters <monika.peters@mail.example>',
    'Tarifwechsel',
    '''Hallo,

keine Sorge, kündigen möchte ich nicht, ich bin seit Jahren zufrieden. Ich würde nur gern in den kleineren Tarif mit 10 GB wechseln, weil ich inzwischen fast nur noch im WLAN bin. Geht das vor Ablauf der Mindestlaufzeit?

Viele Grüße
Monika Peters
''', fmt='plain', cs='utf-8', cte='qp', mailer='iphone')

add('de', '-', 'negation',
    'keine Daten verloren; bestätigt erfolgreiche Umstellung',
    'Oliver Schröder <o.schroeder@schroeder-kfz.example>',
    'Umstellung auf neue Version erledigt',
    '''Hallo zusammen,

kurze Rückmeldung: Die Umstellung auf die neue Version hat problemlos geklappt. Es sind keine Daten verloren gegangen, alle Kunden und Aufträge sind da. Danke für die gute Anleitung!

Gruß
Oliver Schröder
''', mailer='gmail')

add('de', '-', 'policy_question',
    'Frage zum Widerrufsrecht, rein hypothetisch',
    'Lukas Wolf <lukas.wolf@uni.example>',
    'Frage zum Widerruf',
    '''Hallo,

ich überlege, das E-Bike Voltra City 2 bei euch zu bestellen. Falls es mir nicht gefällt: Wie lange habe ich ein Widerrufsrecht, und wer zahlt dann die Rücksendung?

Danke!
Lukas
''', fmt='html', cs='utf-8', hcte='qp', ent=True, mailer='web')

add('de', '-', 'policy_question',
    'Frage nach Kündigungsfrist (neutral, keine Unzufriedenheit)',
    'Elke Schubert <elke.schubert@mail.example>',
    'Kündigungsfrist Stromvertrag',
    '''Sehr geehrte Damen und Herren,

wir ziehen im Sommer zu unserer Tochter nach Freiburg. Welche Kündigungsfrist gilt bei einem Umzug für meinen Stromvertrag, und brauchen Sie dafür eine Meldebescheinigung?

Mit freundlichen Grüßen
Elke Schubert
''', fmt='plain', cs='iso-8859-1', cte='8bit', mailer='web')

add('de', '-', 'reported',
    'Nachbar rät zum Anwalt (nicht übernommen); fragt nach Zählerstand-Übermittlung',
    'Günter Haas <guenter.haas@mail.example>',
    'Zählerstand',
    '''Guten Tag,

mein Nachbar meint, bei Ihnen müsse man immer gleich mit dem Anwalt drohen, damit etwas passiert. Das sehe ich nicht so. Ich möchte nur wissen, wie ich meinen Zählerstand online übermitteln kann, das Formular finde ich nicht.

Freundliche Grüße
Günter Haas
''', cs='utf-8', cte='qp', mailer='web')

add('de', '-', 'innocuous',
    '"Feuer und Flamme", "brandneu", "abgestürzt" im Sinne von Party; Frage nach Lieferzeit',
    'Jana Krause <jana.krause@mail.example>',
    'Lieferzeit für das neue Modell',
    '''Hi,

ich bin Feuer und Flamme für das brandneue Trek 2! Nach dem Firmenfest am Samstag (wir sind ziemlich abgestürzt, haha) hat mein Kollege mir seins gezeigt. Wie lange ist denn gerade die Lieferzeit in Größe M?

LG Jana
''', fmt='plain', cs='utf-8', cte='8bit', mailer='iphone')

add('de', '-', 'other',
    'Auftrag über exakt 5.000,00 EUR; nur Frage nach Zahlungsziel, kein Problem',
    'Harald Vogt <h.vogt@vogt-gastro.example>',
    'Zahlungsziel Auftrag 2026-0418',
    '''Guten Tag,

für unseren Auftrag 2026-0418 über 5.000,00 € netto (Spülmaschine und Installation) würde ich gern wissen, ob wir 30 Tage Zahlungsziel bekommen können oder ob Vorkasse nötig ist.

Mit freundlichen Grüßen
Harald Vogt
Vogt Gastronomie
''', cs='windows-1252', cte='qp', mailer='outlook')

add('de', '-', '-',
    'Dankesmail an den Techniker',
    'Brigitte Lang <brigitte.lang@mail.example>',
    'Dankeschön',
    '''Liebes Team,

ich möchte mich herzlich bei Ihrem Techniker Herrn Yıldız bedanken, der gestern unsere Waschmaschine angeschlossen und mir alles geduldig erklärt hat. So freundlichen Service erlebt man selten.

Herzliche Grüße
Brigitte Lang
''', fmt='plain', cs='utf-8', cte='qp', hq='Q', mailer='web')


# =====================================================================
# French customer mail without triggers
# =====================================================================

add('fr', '-', 'title',
    '"Directeur commercial" est un titre; demande un devis',
    'Antoine Leroy <a.leroy@leroy-distribution.example>',
    'Demande de devis - terminaux de paiement',
    '''Bonjour,

Nous ouvrons deux nouveaux points de vente en avril. Pourriez-vous nous adresser un devis pour six terminaux de paiement avec abonnement mensuel ?

Cordialement,

Antoine Leroy
Directeur commercial
Leroy Distribution SAS
''', cs='windows-1252', cte='qp', mailer='outlook')

add('fr', '-', 'quoted',
    'remerciement; menace de publication uniquement dans l\'historique cité',
    'Cécile Vincent <cecile.vincent@mail.example>',
    'Re: Commande 44-1120 non reçue',
    '''Bonjour,

Le colis est bien arrivé ce matin, merci beaucoup pour votre aide !

Cécile

Le lun. 2 mars 2026 à 11:20, Support <support@example.test> a écrit :
> Bonjour Madame Vincent, nous avons relancé le transporteur.
>
> Le dim. 1 mars 2026 à 21:03, Cécile Vincent a écrit :
>> Si je n'ai pas mon colis mardi, je mets un avis sur toutes les
>> plateformes.
''', reply=True, cs='utf-8', cte='qp', mailer='gmail')

add('fr', '-', 'quoted',
    'objet TR: et message transféré ne comptent pas; question sur la facture électronique',
    'Bruno Caron <bruno.caron@caron-menuiserie.example>',
    'TR: Panne générale de votre site ?',
    '''Bonjour,

Mon associé m'a transféré le message ci-dessous, mais de mon côté tout fonctionne. J'en profite pour une question : est-il possible d'envoyer les factures directement par e-mail au client depuis le logiciel ?

Bruno Caron

-------- Message transféré --------
Objet : Panne générale de votre site ?
Date : Mon, 9 Mar 2026 08:40:12 +0100
De : Luc Martel <luc@caron-menuiserie.example>
À : Bruno Caron <bruno.caron@caron-menuiserie.example>

Le site ne répond plus depuis ce matin, erreur 500 partout. Inadmissible.
''', fmt='plain', cs='iso-8859-15', cte='8bit', mailer='thunderbird')

add('fr', '-', 'signature',
    'question sur les horaires; avertissement juridique en signature',
    'Florence Picard <f.picard@picard-notaires.example>',
    'Horaires du service client',
    '''Bonjour,

Pourriez-vous m'indiquer les horaires d'ouverture de votre service client téléphonique le samedi ?

Bien cordialement,
Florence Picard
Assistante, Office notarial Picard

Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. Toute utilisation non autorisée est susceptible de poursuites. Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur.
''', cs='iso-8859-1', cte='qp', mailer='outlook')

add('fr', '-', 'negation',
    'ne veut pas résilier; demande un changement de forfait',
    'Julien Masson <julien.masson@mail.example>',
    'Changement de forfait',
    '''Bonjour,

Je ne compte pas du tout partir, je suis très content du réseau. Je voudrais simplement passer au forfait 100 Go à partir du mois prochain. Est-ce que je peux le faire depuis l'application ?

Merci,
Julien
''', mailer='iphone')

add('fr', '-', 'negation',
    'aucune donnée perdue, aucun souci de sécurité; question sur la double authentification',
    'Agnès Colin <agnes.colin@mail.example>',
    'Double authentification',
    '''Bonjour,

Rien d'inquiétant, aucun problème de sécurité sur mon compte et rien n'a été perdu. Je change simplement de téléphone la semaine prochaine : comment transférer la double authentification sur le nouveau ?

Merci d'avance,
Agnès Colin
''', fmt='plain', cs='utf-8', cte='qp', mailer='web')

add('fr', '-', 'policy_question',
    'question sur le délai de rétractation',
    'Rémi Fabre <remi.fabre@mail.example>',
    'Délai de rétractation',
    '''Bonjour,

Si je commande le lave-linge AquaLine 8 aujourd'hui, de combien de jours est-ce que je dispose pour me rétracter une fois qu'il est livré ? Et les frais de retour sont-ils à ma charge ?

Rémi
''', fmt='html', cs='utf-8', hcte='qp', ent=True, mailer='web')

add('fr', '-', 'policy_question',
    'question hypothétique sur l\'annulation d\'une réservation d\'hôtel',
    'Sylvie Arnaud <sylvie.arnaud@mail.example>',
    'Conditions d\'annulation',
    '''Bonjour,

J'ai réservé deux nuits à Annecy pour le mois de mai (réservation 55-7712). Si jamais je devais annuler, jusqu'à quelle date l'annulation serait-elle gratuite ?

Merci,
Sylvie Arnaud
''', fmt='plain', cs='windows-1252', cte='8bit', mailer='outlook')

add('fr', '-', 'reported',
    'un collègue parle de saisir la CNIL (non repris); demande d\'export des données',
    'Damien Roger <damien.roger@roger-transports.example>',
    'Export de nos données',
    '''Bonjour,

Un collègue prétend qu'il faudrait « saisir la CNIL » pour obtenir nos données, je pense qu'il exagère. Je souhaite simplement exporter l'historique complet de nos factures et de nos clients. Comment faire ?

Cordialement,
Damien Roger
''', cs='utf-8', cte='qp', mailer='gmail')

add('fr', '-', 'innocuous',
    '"coup de feu" et "ça cartonne" au sens de rush et de succès; demande un second terminal',
    'Léa Bonnet <lea@creperie-bonnet.example>',
    'Un terminal de plus',
    '''Bonjour,

Depuis qu'on a ouvert la terrasse, ça cartonne, et pendant le coup de feu du midi un seul terminal ne suffit plus. Comment ajouter un deuxième terminal à notre contrat ?

Merci !
Léa
Crêperie Bonnet
''', fmt='plain', cs='utf-8', cte='8bit', mailer='iphone')

add('fr', '-', 'other',
    'deuxième relance seulement (deux contacts); demande de facture',
    'Patrick Renaud <patrick.renaud@mail.example>',
    'Deuxième demande : facture de janvier',
    '''Bonjour,

Je me permets de vous relancer une seconde fois : j'ai besoin de la facture de janvier au format PDF pour ma comptabilité. Pouvez-vous me l'envoyer ?

Merci,
Patrick Renaud
''', cs='iso-8859-15', cte='qp', mailer='thunderbird')

add('fr', '-', 'other',
    'légère déception seulement; remercie quand même',
    'Anne-Sophie Clément <as.clement@mail.example>',
    'Séjour à Biarritz',
    '''Bonjour,

Nous rentrons de notre séjour à Biarritz réservé chez vous. Un peu déçus que la piscine soit fermée pour l'hiver, ce n'était pas précisé, mais l'hôtel était charmant et le personnel adorable. Merci !

Anne-Sophie
''', mailer='apple')

add('fr', '-', '-',
    'question pratique: ajouter un utilisateur',
    'Marc Giraud <marc.giraud@giraud-elec.example>',
    'Ajouter ma secrétaire',
    '''Bonjour,

Comment puis-je donner accès au logiciel à ma secrétaire, avec des droits limités à la saisie des factures ?

Merci,
Marc Giraud
''', fmt='plain', cs='iso-8859-1', cte='8bit', mailer='outlook')


# =====================================================================
# Spanish customer mail without triggers
# =====================================================================

add('es', '-', 'title',
    '"Gerente de compras" es un cargo; pide presupuesto',
    'Ignacio Vidal <ignacio.vidal@vidal-hoteles.example>',
    'Presupuesto de lavadoras industriales',
    '''Buenos días,

Estamos renovando la lavandería de nuestros dos hoteles. ¿Podrían enviarnos un presupuesto para cuatro lavadoras industriales de 20 kg con instalación incluida?

Saludos cordiales,

Ignacio Vidal
Gerente de compras
Vidal Hoteles
''', cs='windows-1252', cte='qp', mailer='outlook')

add('es', '-', 'quoted',
    'agradece; amenaza de baja y de redes solo en el historial citado',
    'Lorena Ibáñez <lorena.ibanez@correo.example>',
    'Re: Cobro duplicado',
    '''Muchas gracias, ya me ha llegado la devolución. Todo solucionado.

Lorena

El jue, 5 mar 2026 a las 12:30, Support (<support@example.test>) escribió:
> Hola Lorena, hemos devuelto el cargo duplicado de 29,90 €.
>
> El mié, 4 mar 2026 a las 22:15, Lorena Ibáñez escribió:
>> Si mañana no me devolvéis el dinero me doy de baja y lo publico en
>> Twitter.
''', reply=True, cs='utf-8', cte='qp', mailer='gmail')

add('es', '-', 'quoted',
    'asunto RV: y mensaje reenviado no cuentan; pregunta sobre cambio de titular',
    'Óscar Medina <oscar.medina@correo.example>',
    'RV: Reclamación urgente',
    '''Hola,

Les reenvío el correo de mi padre, que ya está resuelto. Lo que yo necesito saber es cómo poner el contrato de la luz a mi nombre, porque él se viene a vivir con nosotros.

Óscar Medina

De: Ramón Medina <ramon.medina@correo.example>
Enviado el: lunes, 2 de marzo de 2026 18:40
Para: support@example.test
Asunto: Reclamación urgente

Exijo hablar con un supervisor. Me han cobrado 200 euros de más y esto es un robo.
''', fmt='plain', cs='iso-8859-1', cte='8bit', mailer='outlook')

add('es', '-', 'signature',
    'pregunta por horario; aviso legal en la firma',
    'Nuria Castro <nuria.castro@castro-gestoria.example>',
    'Horario de atención',
    '''Buenos días,

¿Cuál es el horario de atención telefónica en Semana Santa?

Un saludo,
Nuria Castro
Castro Gestoría

AVISO LEGAL: Este mensaje y sus anexos son confidenciales. Si usted no es el destinatario, le informamos de que cualquier uso no autorizado está prohibido y podrá dar lugar a acciones legales. En cumplimiento del RGPD, sus datos serán tratados por Castro Gestoría S.L.
''', cs='utf-8', cte='qp', mailer='outlook')

add('es', '-', 'negation',
    'no piensa darse de baja; pregunta por cambio de plan',
    'Pablo Reyes <pablo.reyes@correo.example>',
    'Cambio de plan del gimnasio',
    '''Hola,

No tengo ninguna intención de irme, estoy muy a gusto en el centro. Solo quería saber si puedo pasar del plan completo al plan de mañanas a partir de abril y cuánto costaría.

Gracias,
Pablo
''', fmt='plain', cs='utf-8', cte='8bit', mailer='iphone')

add('es', '-', 'negation',
    'no hace falta escalar nada; pide cambiar el correo de facturación',
    'Marta Cabrera <marta.cabrera@correo.example>',
    'Cambiar correo de facturación',
    '''Hola,

No hace falta pasarlo a nadie, es una tontería: ¿pueden enviar las facturas a facturas@cabrera-diseno.example en lugar de a mi correo personal?

Gracias,
Marta
''', mailer='gmail')

add('es', '-', 'policy_question',
    'pregunta por la política de devoluciones',
    'Adrián Prieto <adrian.prieto@correo.example>',
    'Política de devoluciones',
    '''Buenas,

¿Cuál es vuestra política de devoluciones para los patinetes y bicis eléctricas? ¿Se puede devolver si ya se ha usado un par de veces?

Saludos,
Adrián
''', fmt='html', cs='utf-8', hcte='qp', ent=True, mailer='web')

add('es', '-', 'policy_question',
    'pregunta si ofrecen compensación por caídas del servicio (SLA)',
    'Sergio Pardo <sergio@pardo-soft.example>',
    'SLA del plan empresarial',
    '''Hola,

Estamos valorando contratar el plan empresarial. ¿Qué disponibilidad garantizáis y qué compensación ofrecéis si no se cumple? ¿Hay algún documento de SLA que pueda revisar?

Gracias,
Sergio Pardo
''', fmt='plain', cs='utf-8', cte='qp', mailer='thunderbird')

add('es', '-', 'reported',
    'su cuñado dice que hay que denunciar (no lo asume); pregunta por la factura',
    'Concepción Ruiz <concha.ruiz@correo.example>',
    'Duda con la factura',
    '''Buenas tardes:

Mi cuñado dice que con ustedes hay que ir directamente al abogado, pero yo prefiero preguntar primero. En la factura aparece un concepto que se llama "término de potencia": ¿qué es exactamente y por qué lo pago todos los meses?

Gracias,
Concha Ruiz
''', cs='iso-8859-15', cte='qp', mailer='web')

add('es', '-', 'innocuous',
    '"la oferta está que arde", "me muero de ganas"; pregunta por disponibilidad',
    'Carla Gil <carla.gil@uni.example>',
    '¿Queda la bici en talla S?',
    '''¡Hola!

La oferta de la Voltra City está que arde y me muero de ganas de tener una. ¿Os queda en talla S y color verde? ¿Cuánto tardaría en llegar a Zaragoza?

Carla
''', fmt='plain', cs='utf-8', cte='8bit', mailer='iphone')

add('es', '-', 'other',
    'pedido grande (48.000 USD) sin ningún problema; solicita factura proforma',
    'Esteban Rojas <esteban.rojas@rojas-constructora.example>',
    'Proforma para pedido de 30 bicicletas',
    '''Estimados:

Para tramitar la compra de 30 bicicletas eléctricas para nuestro personal, por un total aproximado de 48.000 USD, necesitamos una factura proforma a nombre de Constructora Rojas S.A.S., NIT 900.555.014-2.

Muchas gracias,
Esteban Rojas
Bogotá
''', cs='utf-8', cte='qp', mailer='outlook')

add('es', '-', 'other',
    'segundo correo solamente; pide el certificado de retenciones',
    'Francisco Lorenzo <f.lorenzo@correo.example>',
    'Segundo aviso: certificado de retenciones',
    '''Hola,

Les escribo por segunda vez porque necesito el certificado de retenciones del año pasado para la declaración de la renta. ¿Me lo pueden enviar?

Gracias,
Francisco Lorenzo
''', fmt='plain', cs='windows-1252', cte='qp', mailer='outlook')

add('es', '-', '-',
    'agradecimiento por la atención',
    'Amparo Soler <amparo.soler@correo.example>',
    'Gracias',
    '''Buenos días,

Solo quería dar las gracias a Lucía, del servicio de atención, por su paciencia ayer al teléfono. Me ayudó a configurar la factura electrónica y me lo explicó todo muy bien.

Un saludo,
Amparo Soler
''', cs='utf-8', cte='b64', hq='Q', mailer='web')

add('fr', '-', 'quoted',
    'accuse réception; le bloc Outlook cité (De :/Envoyé :/À :/Objet :) du support parle de résiliation et de responsable',
    'Josiane Barbier <josiane.barbier@mail.example>',
    'RE: Votre dossier 55-8812',
    '''Bonjour,

C'est noté, merci pour ces explications. Je vous renvoie le formulaire signé dès que possible.

Bonne journée,
Josiane Barbier

De : Support <support@example.test>
Envoyé : mardi 10 mars 2026 16:02
À : Josiane Barbier <josiane.barbier@mail.example>
Objet : Votre demande de résiliation - dossier 55-8812

Madame,

Suite à votre appel, votre demande de résiliation suite au déménagement a été transmise à un responsable. Merci de nous retourner le formulaire ci-joint signé ; aucun frais ne vous sera facturé.

Le service clients
''', reply=True, cs='windows-1252', cte='qp', mailer='outlook', date='2026-03-11 09:25')


# =====================================================================
# Automated mail (no triggers by definition)
# =====================================================================

def b64s(text, cs='utf-8'):
    """base64 body lines for hand-written raw messages"""
    return b64_encode(crlf(text).encode(cs)).decode('ascii').replace('\r\n', '\n').rstrip('\n')


def qps(text, cs='utf-8'):
    """quoted-printable body lines for hand-written raw messages"""
    return qp_encode(crlf(text).encode(cs)).decode('ascii').replace('\r\n', '\n')


# ---------------------------------------------------------- auto_reply

auto('auto_reply', 'en', 'Exchange out-of-office with Auto-Submitted and X-Autoreply; mentions a manager',
'''Return-Path: <>
Received: from mail.brightwater-health.example (mail.brightwater-health.example [198.51.100.41])
\tby mx1.example.test (Postfix) with ESMTPS id 7C1E2A0F33
\tfor <support@example.test>; Tue, 10 Mar 2026 09:14:05 +0000
From: Laura Jennings <laura.jennings@brightwater-health.example>
To: Support <support@example.test>
Subject: Automatic reply: Re: SCIM provisioning broken since renewal - contract
 BW-ENT-2025
Date: Tue, 10 Mar 2026 09:14:02 +0000
Message-ID: <AM9PR03MB71120A4E2B7C9F31D@AM9PR03MB7112.eurprd03.prod.outlook.example>
In-Reply-To: <ticket-40161.3e0a91c2d4@escalated.example.test>
References: <ticket-40161.3e0a91c2d4@escalated.example.test>
Auto-Submitted: auto-replied
X-Autoreply: yes
X-Auto-Response-Suppress: All
X-MS-Exchange-Inbox-Rules-Loop: laura.jennings@brightwater-health.example
Content-Language: en-GB
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Thank you for your email. I am out of the office until Monday 16 March with
limited access to email.

For anything urgent relating to IT services, please contact the IT service
desk on +1 415 555 0120, or my manager, Peter Oduya
(peter.oduya@brightwater-health.example), who is covering escalations while
I am away.

Laura Jennings
IT Director, Brightwater Health
''')

auto('auto_reply', 'en', 'out-of-office recognisable only by wording; no auto-reply header at all',
'''Received: from smtp.mail.example (smtp.mail.example [203.0.113.58])
\tby mx1.example.test (Postfix) with ESMTPS id 91B04D2E11
\tfor <support@example.test>; Wed, 11 Mar 2026 16:40:19 -0500
From: Derek Hollis <derek.hollis@mail.example>
To: support@example.test
Subject: Out of Office: Re: Annual renewal of $239 - I did not agree to this
Date: Wed, 11 Mar 2026 16:40:17 -0500
Message-ID: <oof.8c41d20b77e3@mail.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

I'm away on a fishing trip with no signal until March 18. I'll reply to
your message when I'm back. If it's about the refund dispute, please just
send the details and I'll look at them then.

Derek
''')

auto('auto_reply', 'en', 'ticket-system acknowledgement "we received your request" from a customer\'s helpdesk',
'''Return-Path: <helpdesk@nordicbuild.example>
Received: from tickets.nordicbuild.example (tickets.nordicbuild.example [192.0.2.77])
\tby mx1.example.test (Postfix) with ESMTPS id 2F0A77B912
\tfor <support@example.test>; Thu, 12 Mar 2026 08:02:51 +0100
From: Nordic Build IT Helpdesk <helpdesk@nordicbuild.example>
To: support@example.test
Subject: [Ticket #NB-20418] We have received your request: Re: Quote for 60
 staff e-bikes
Date: Thu, 12 Mar 2026 08:02:49 +0100
Message-ID: <ticket.NB-20418.1741762969@tickets.nordicbuild.example>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="tkt-b-20418"

--tkt-b-20418
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Hello,

Thank you for contacting the Nordic Build IT Helpdesk. This is an automatic
confirmation that we have received your request and created ticket
NB-20418.

Our team answers requests in the order they arrive, normally within two
working days. Please do not reply to this message; add information through
the portal instead.

This mailbox is not monitored. For urgent outages affecting site operations,
call the on-call engineer.

Nordic Build IT Helpdesk

--tkt-b-20418
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 7bit

<html><body style="font-family:Arial,sans-serif">
<p>Hello,</p>
<p>Thank you for contacting the <b>Nordic Build IT Helpdesk</b>. This is an automatic
confirmation that we have received your request and created ticket
<b>NB-20418</b>.</p>
<p>Our team answers requests in the order they arrive, normally within two
working days. Please do not reply to this message; add information through
the portal instead.</p>
<p style="color:#888">This mailbox is not monitored. For urgent outages affecting site operations,
call the on-call engineer.</p>
<p>Nordic Build IT Helpdesk</p>
</body></html>

--tkt-b-20418--
''')

auto('auto_reply', 'en', 'Apple iCloud vacation reply (X-Apple-Action: VACATION, no Auto-Submitted)',
'''Return-Path: <grace.liu@uni.example>
Received: from mr-vac.uni.example (mr-vac.uni.example [198.51.100.19])
\tby mx1.example.test (Postfix) with ESMTPS id 4AD9C01E72
\tfor <support@example.test>; Sat, 14 Mar 2026 11:05:33 +0000
From: grace.liu@uni.example
To: "Support" <support@example.test>
Subject: Auto reply: Re: phone got super hot and burned my hand
Date: Sat, 14 Mar 2026 11:05:32 +0000
Message-id: <5b1f07c2-8e3a-4d61-a0f4-71c2e9d3b6aa-vac@uni.example>
In-Reply-To: <ticket-40088.a91e00c3f2@escalated.example.test>
X-Apple-Action: VACATION
X-Apple-Criteria: {kind=VACATION,startDate=2026-03-13T00:00:00Z,endDate=2026-03-22T23:59:59Z}
MIME-Version: 1.0
Content-type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

hi! I'm away on a field trip until the 22nd with patchy wifi, I'll get back to you then 🙂
''')

auto('auto_reply', 'en', 'out-of-office with Precedence: auto_reply, HTML twin; mentions legal department and CEO office',
'''Return-Path: <>
Received: from mail.langpartners.example (mail.langpartners.example [203.0.113.90])
\tby mx1.example.test (Postfix) with ESMTPS id B80E14F6A2
\tfor <support@example.test>; Mon, 16 Mar 2026 07:31:12 +0000
From: Sophie Lang <s.lang@langpartners.example>
To: support@example.test
Subject: Out of office: Re: Request for head office and legal department
 contact details
Date: Mon, 16 Mar 2026 07:31:10 +0000
Message-ID: <3f0b92c1d7e6a2b4@langpartners.example>
Precedence: auto_reply
X-Autorespond: Out of Office
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="=_oof_7731"

--=_oof_7731
Content-Type: text/plain; charset="windows-1252"
Content-Transfer-Encoding: quoted-printable

''' + qps('''I am on annual leave until 23 March and will not be checking email.

For urgent litigation matters please contact my colleague James Whitby (j.whitby@langpartners.example). Correspondence for the firm’s managing partner or the CEO’s office should be sent to office@langpartners.example.

Sophie Lang
Partner, Lang & Partners LLP''', 'windows-1252') + '''
--=_oof_7731
Content-Type: text/html; charset="windows-1252"
Content-Transfer-Encoding: quoted-printable

''' + qps('''<html><body><p>I am on annual leave until 23 March and will not be checking email.</p>
<p>For urgent litigation matters please contact my colleague James Whitby (j.whitby@langpartners.example). Correspondence for the firm’s managing partner or the CEO’s office should be sent to office@langpartners.example.</p>
<p>Sophie Lang<br>Partner, Lang &amp; Partners LLP</p></body></html>''', 'windows-1252') + '''
--=_oof_7731--
''')

auto('auto_reply', 'de', 'Abwesenheitsnotiz mit Auto-Submitted: auto-replied',
'''Return-Path: <>
Received: from mail.schaefer-haustechnik.example (mail.schaefer-haustechnik.example [192.0.2.140])
\tby mx1.example.test (Postfix) with ESMTPS id 5E3C2B9D01
\tfor <support@example.test>; Wed, 11 Mar 2026 12:20:45 +0100
From: =?iso-8859-1?Q?Markus_Sch=E4fer?= <m.schaefer@schaefer-haustechnik.example>
To: support@example.test
Subject: =?iso-8859-1?Q?Abwesenheitsnotiz:_AW:_Auftrag_2026-0211:_2_von_6_W=E4rmepu?=
 =?iso-8859-1?Q?mpen_mit_Fehler_E07?=
Date: Wed, 11 Mar 2026 12:20:44 +0100
Message-ID: <abw.20260311122044.4471@schaefer-haustechnik.example>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: 8bit

Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20.03.2026 nicht im Büro und habe keinen Zugriff
auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an unser Büro
unter +49 5251 555 0170 oder an meinen Stellvertreter, Herrn Lutz
(lutz@schaefer-haustechnik.example).

Mit freundlichen Grüßen
Markus Schäfer
''', cs='iso-8859-1')

auto('auto_reply', 'de', 'Outlook-Abwesenheit ohne jeden Auto-Reply-Header, nur am Wortlaut erkennbar',
'''Received: from mail.zimmermann-logistik.example (mail.zimmermann-logistik.example [198.51.100.66])
\tby mx1.example.test (Postfix) with ESMTPS id 0D8E51A7C4
\tfor <support@example.test>; Fri, 13 Mar 2026 17:02:11 +0100
From: Claudia Zimmermann <c.zimmermann@zimmermann-logistik.example>
To: Support <support@example.test>
Subject: Automatische Antwort: AW: Rahmenvertrag Dienstrad - 40 E-Bikes nicht
 geliefert
Date: Fri, 13 Mar 2026 17:02:09 +0100
Message-ID: <FR2P281MB0A1C7D3E9B41@FR2P281MB0A1C.DEUP281.PROD.OUTLOOK.example>
Content-Language: de-DE
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: base64

''' + b64s('''Sehr geehrte Damen und Herren,

ich bin bis zum 23. März im Urlaub. Ihre Nachricht wird nicht weitergeleitet.
In dringenden Angelegenheiten zum Dienstrad-Leasing wenden Sie sich bitte an
personal@zimmermann-logistik.example. Beschwerden und Eskalationen an die
Geschäftsführung bitte ausschließlich schriftlich.

Mit freundlichen Grüßen
Claudia Zimmermann
''') + '''
''')

auto('auto_reply', 'de', 'Eingangsbestätigung eines Ticketsystems',
'''Return-Path: <noreply@service.berger-bau.example>
Received: from service.berger-bau.example (service.berger-bau.example [203.0.113.150])
\tby mx1.example.test (Postfix) with ESMTPS id 66AF0C2D18
\tfor <support@example.test>; Mon, 09 Mar 2026 10:45:03 +0100
From: Berger Bau Service <noreply@service.berger-bau.example>
To: support@example.test
Subject: =?utf-8?B?W0JCLTc3MTJdIEVpbmdhbmdzYmVzdMOkdGlndW5nIElocmVyIEFuZnJhZ2U=?=
Date: Mon, 09 Mar 2026 10:45:02 +0100
Message-ID: <bb-7712.ack@service.berger-bau.example>
Auto-Submitted: auto-generated
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + qps('''Guten Tag,

vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Nummer BB-7712 erfasst und wird schnellstmöglich bearbeitet.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

Ihr Berger Bau Service-Team''') + '''
''')

auto('auto_reply', 'fr', 'réponse automatique avec Auto-Submitted; mentionne un responsable',
'''Return-Path: <>
Received: from mail.brasserie-du-port.example (mail.brasserie-du-port.example [192.0.2.201])
\tby mx1.example.test (Postfix) with ESMTPS id 3B7D2E90F4
\tfor <support@example.test>; Thu, 12 Mar 2026 15:12:40 +0100
From: Laurent Mercier <l.mercier@brasserie-du-port.example>
To: support@example.test
Subject: =?utf-8?Q?R=C3=A9ponse_automatique_:_Re:_Commande_26-0087_:_deux_lave-va?=
 =?utf-8?Q?isselle_en_panne?=
Date: Thu, 12 Mar 2026 15:12:39 +0100
Message-ID: <auto.26-0087.5512@brasserie-du-port.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour,

Je suis absent jusqu'au lundi 16 mars inclus. Pour toute urgence concernant
les livraisons, merci de contacter notre responsable de salle, Mme Aubert,
au 04 55 50 12 34.

Cordialement,
Laurent Mercier
''')

auto('auto_reply', 'fr', 'message d\'absence sans en-tête automatique, reconnaissable au texte seulement',
'''Received: from smtp.mail.example (smtp.mail.example [198.51.100.202])
\tby mx1.example.test (Postfix) with ESMTPS id A1C9E07B33
\tfor <support@example.test>; Tue, 17 Mar 2026 09:00:05 +0100
From: =?iso-8859-15?Q?Nathalie_Girard?= <nathalie.girard@orange-mail.example>
To: support@example.test
Subject: =?iso-8859-15?Q?Absence_du_bureau_=28Re=3A_Coupures_internet_=E0_r=E9p?=
 =?iso-8859-15?Q?=E9tition=29?=
Date: Tue, 17 Mar 2026 09:00:04 +0100
Message-ID: <absence.77a1c0@orange-mail.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-15"
Content-Transfer-Encoding: quoted-printable

''' + qps('''Bonjour,

Je suis en congé jusqu'au 27 mars. Votre message ne sera pas transféré. Je vous répondrai à mon retour.

Nathalie Girard''', 'iso-8859-15') + '''
''', cs='iso-8859-15')

auto('auto_reply', 'es', 'respuesta automática con X-Autoreply y Auto-Submitted',
'''Return-Path: <>
Received: from mail.navarro-catering.example (mail.navarro-catering.example [203.0.113.33])
\tby mx1.example.test (Postfix) with ESMTPS id 8E2F41C0A9
\tfor <support@example.test>; Fri, 13 Mar 2026 13:30:22 +0100
From: Isabel Navarro <isabel@navarro-catering.example>
To: support@example.test
Subject: =?utf-8?B?UmVzcHVlc3RhIGF1dG9tw6F0aWNhOiBSZTogUGVkaWRvIDIwMjYtMDM0?=
 =?utf-8?B?NTogaG9ybm9zIGNvbiBmYWxsbyBkZSB0ZW1wZXJhdHVyYQ==?=
Date: Fri, 13 Mar 2026 13:30:21 +0100
Message-ID: <ar-20260313133021.119@navarro-catering.example>
Auto-Submitted: auto-replied
X-Autoreply: yes
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Gracias por su mensaje.

Estaré fuera de la oficina hasta el 20 de marzo. Para asuntos urgentes
relacionados con pedidos, escriba a pedidos@navarro-catering.example.

Isabel Navarro
''')

auto('auto_reply', 'es', 'fuera de la oficina sin cabeceras automáticas, iso-8859-1',
'''Received: from smtp.correo.example (smtp.correo.example [192.0.2.233])
\tby mx1.example.test (Postfix) with ESMTPS id C4D1A2F990
\tfor <support@example.test>; Mon, 16 Mar 2026 18:45:10 -0300
From: Martina Acosta <m.acosta@diarioelplata.example>
To: <support@example.test>
Subject: Fuera de la oficina - Re: =?iso-8859-1?Q?Consulta_period=EDstica?=
Date: Mon, 16 Mar 2026 18:45:09 -0300
Message-ID: <fdo.55014.martina@diarioelplata.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: 8bit

Hola, estoy de licencia hasta el lunes 23 de marzo. Para consultas
urgentes de la redacción, escribir a redaccion@diarioelplata.example.

Martina Acosta
''', cs='iso-8859-1')


# -------------------------------------------------------------- bounce

auto('bounce', 'en', 'Postfix multipart/report DSN returning the desk\'s reply (which mentions escalation and a double charge)',
'''Return-Path: <>
Received: by mx1.example.test (Postfix)
\tid 0A1B2C3D4E; Mon, 09 Mar 2026 14:22:07 +0000 (UTC)
Date: Mon, 09 Mar 2026 14:22:07 +0000 (UTC)
From: MAILER-DAEMON@mx1.example.test (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: support@example.test
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="0A1B2C3D4E.1773066127/mx1.example.test"
Message-Id: <20260309142207.0A1B2C3D4E@mx1.example.test>

This is a MIME-encapsulated message.

--0A1B2C3D4E.1773066127/mx1.example.test
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to <postmaster>

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<t.marchetti@mail.example>: host mx.mail.example[198.51.100.25] said: 550
    5.1.1 <t.marchetti@mail.example>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)

--0A1B2C3D4E.1773066127/mx1.example.test
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.example.test
X-Postfix-Queue-ID: 0A1B2C3D4E
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: Mon, 09 Mar 2026 14:22:05 +0000 (UTC)

Final-Recipient: rfc822; t.marchetti@mail.example
Original-Recipient: rfc822;t.marchetti@mail.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.mail.example
Diagnostic-Code: smtp; 550 5.1.1 <t.marchetti@mail.example>: Recipient address
    rejected: User unknown in virtual mailbox table

--0A1B2C3D4E.1773066127/mx1.example.test
Content-Description: Undelivered Message
Content-Type: message/rfc822

Return-Path: <support@example.test>
Received: from desk.example.test (desk.example.test [192.0.2.10])
\tby mx1.example.test (Postfix) with ESMTPS id 0A1B2C3D4E
\tfor <t.marchetti@mail.example>; Mon, 09 Mar 2026 14:22:05 +0000 (UTC)
From: Customer Support <support@example.test>
To: Tony Marchetti <t.marchetti@mail.example>
Subject: Re: GET ME A SUPERVISOR
Date: Mon, 09 Mar 2026 14:22:03 +0000
Message-ID: <reply-40112.7f3e21a0@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear Mr Marchetti,

I am sorry for the time you spent on hold. I have escalated your complaint to
my manager, who will call you today, and we have refunded the insurance
charges of £17.98 that should never have been added to your bill.

Kind regards,
Customer Support

--0A1B2C3D4E.1773066127/mx1.example.test--
''')

auto('bounce', 'en', 'Exim plain-text bounce quoting the desk\'s outage apology',
'''Return-path: <>
Envelope-to: support@example.test
Received: from mail by relay.example.test with local (Exim 4.97)
\tid 1tQx7a-0004Zk-2N
\tfor support@example.test; Tue, 10 Mar 2026 19:51:30 +0000
X-Failed-Recipients: ellis@warnerand.co.example
Auto-Submitted: auto-replied
From: Mail Delivery System <Mailer-Daemon@relay.example.test>
To: support@example.test
Subject: Mail delivery failed: returning message to sender
Message-Id: <E1tQx7a-0004Zk-2N@relay.example.test>
Date: Tue, 10 Mar 2026 19:51:30 +0000

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ellis@warnerand.co.example
    host lookup did not complete: all relevant MX records point to non-existent hosts

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
Received: from [192.0.2.10] (helo=desk.example.test)
\tby relay.example.test with esmtps (TLS1.3) (Exim 4.97)
\t(envelope-from <support@example.test>)
\tid 1tQx7Z-0004Zd-1r
\tfor ellis@warnerand.co.example; Tue, 10 Mar 2026 19:51:29 +0000
From: Support <support@example.test>
To: ellis@warnerand.co.example
Subject: Re: Email not working
Date: Tue, 10 Mar 2026 19:51:27 +0000
Message-ID: <reply-40204.c1d9e3ff@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Hi Ellis,

We are very sorry about the outage of the mail platform yesterday. All
mailboxes were restored at 18:40 and no messages were lost; anything sent to
you during the outage has now been delivered. A credit for the downtime will
appear on your next invoice.

Support
''')

auto('bounce', 'en', 'Office 365 NDR, multipart/report with windows-1252 quoted-printable',
'''Received: from EUR05-AM6-obe.outbound.protection.outlook.example (203.0.113.120) by
 mx1.example.test with Microsoft SMTP Server; Wed, 11 Mar 2026 10:03:44 +0000
MIME-Version: 1.0
From: <postmaster@outlook.example>
To: <support@example.test>
Date: Wed, 11 Mar 2026 10:03:44 +0000
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="c1a9e0b2-5e7d-4f11-9d21-0f4b3a6c8e55"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <7a1c2e90-44b1-4e3f-8a0d-d1c5e7f9a013@AM6PR05MB6611.eurprd05.prod.outlook.example>
Subject: Undeliverable: Re: Order 7781-B: 40 desks, still no delivery date
Auto-Submitted: auto-replied

--c1a9e0b2-5e7d-4f11-9d21-0f4b3a6c8e55
Content-Type: text/plain; charset="windows-1252"
Content-Transfer-Encoding: quoted-printable

''' + qps('''Your message to a.whitmore@whitmore-fitout.example couldn’t be delivered.

a.whitmore wasn’t found at whitmore-fitout.example.

Office 365

Action Required
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
Retype the recipient’s address, then resend the message.
If you continue to experience the problem, contact your email admin.

Diagnostic information for administrators:

Generating server: AM6PR05MB6611.eurprd05.prod.outlook.example

a.whitmore@whitmore-fitout.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

From: Customer Support <support@example.test>
To: Angela Whitmore <a.whitmore@whitmore-fitout.example>
Subject: Re: Order 7781-B: 40 desks, still no delivery date
Message-ID: <reply-40310.9be2aa01@escalated.example.test>
Date: Wed, 11 Mar 2026 10:03:40 +0000''', 'windows-1252') + '''
--c1a9e0b2-5e7d-4f11-9d21-0f4b3a6c8e55
Content-Type: message/delivery-status

Reporting-MTA: dns;AM6PR05MB6611.eurprd05.prod.outlook.example
Received-From-MTA: dns;mx1.example.test
Arrival-Date: Wed, 11 Mar 2026 10:03:41 +0000

Final-Recipient: rfc822;a.whitmore@whitmore-fitout.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--c1a9e0b2-5e7d-4f11-9d21-0f4b3a6c8e55
Content-Type: text/rfc822-headers

From: Customer Support <support@example.test>
To: Angela Whitmore <a.whitmore@whitmore-fitout.example>
Subject: Re: Order 7781-B: 40 desks, still no delivery date
Message-ID: <reply-40310.9be2aa01@escalated.example.test>
Date: Wed, 11 Mar 2026 10:03:40 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--c1a9e0b2-5e7d-4f11-9d21-0f4b3a6c8e55--
''')

auto('bounce', 'en', 'Gmail-style plain DSN quoting a desk reply about a refund and a lawyer\'s letter',
'''Return-Path: <>
Received: from mail-sor-f69.google.example (mail-sor-f69.google.example [198.51.100.209])
\tby mx1.example.test (Postfix) with ESMTPS id 5F0C3A2D71
\tfor <support@example.test>; Thu, 12 Mar 2026 16:18:02 +0000
From: Mail Delivery Subsystem <mailer-daemon@googlemail.example>
To: support@example.test
X-Failed-Recipients: c.ashdown.events@gmail.example
Subject: Delivery Status Notification (Failure)
Message-ID: <6a4c1b2f0e9d8c7b@mx.google.example>
Date: Thu, 12 Mar 2026 16:18:01 +0000
Content-Type: text/plain; charset=ISO-8859-1

Delivery to the following recipient failed permanently:

     c.ashdown.events@gmail.example

Technical details of permanent failure:
The email account that you tried to reach does not exist. Please try
double-checking the recipient's email address for typos or unnecessary
spaces.

----- Original message -----

From: Customer Support <support@example.test>
To: c.ashdown.events@gmail.example
Subject: Re: Refund for booking HTL-77310 still not received
Message-ID: <reply-40355.04f7c1de@escalated.example.test>
Date: Thu, 12 Mar 2026 16:17:58 +0000

Dear Ms Ashdown,

We have received your solicitor's letter and passed it to our legal
department. The refund of 1,240 GBP has now been approved and will be paid
within three working days.
''', cs='iso-8859-1')

auto('bounce', 'en', 'qmail "failure notice" plain text quoting a desk reply that mentions data loss',
'''Return-Path: <>
Received: (qmail 20417 invoked for bounce); 13 Mar 2026 08:40:12 -0000
Date: 13 Mar 2026 08:40:12 -0000
From: MAILER-DAEMON@mx.olivia-grant.example
To: support@example.test
Subject: failure notice
Message-ID: <20260313084012.20417.qmail@mx.olivia-grant.example>

Hi. This is the qmail-send program at mx.olivia-grant.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<olivia@grantbookkeeping.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
Received: (qmail 20410 invoked from network); 13 Mar 2026 08:40:11 -0000
From: Support <support@example.test>
To: olivia@grantbookkeeping.example
Subject: Re: YOUR SYNC WIPED MY CLIENT FILES
Message-ID: <reply-40377.b2c0d4e8@escalated.example.test>
Date: Fri, 13 Mar 2026 08:40:09 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Dear Olivia,

Our engineers have restored the deleted Clients folder from the backup taken
before the faulty update. Please check that all 40 client folders are back
and let us know if anything is still missing.

Support
''')

auto('bounce', 'en', 'Exchange 2007-style NDR (multipart/report with HTML part)',
'''Return-Path: <>
Received: from mx.kowalczyk-builders.example (192.0.2.55) by mx1.example.test
 (Postfix) with ESMTP id 7E6D5C4B3A; Fri, 13 Mar 2026 11:12:40 +0000
MIME-Version: 1.0
From: postmaster@kowalczyk-builders.example
To: support@example.test
Date: Fri, 13 Mar 2026 11:12:40 +0000
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="9B095B5ADSN=_01D9A7C3E4F5B6A7000012C9mx.kowalczyk-bu"
X-DSNContext: 335a7efd - 4457 - 00000001 - 80040546
Message-ID: <F5vQm8cV4000012c9@mx.kowalczyk-builders.example>
Subject: Delivery Status Notification (Failure)

This is a MIME-formatted message.
Portions of this message may be unreadable without a MIME-capable mail program.

--9B095B5ADSN=_01D9A7C3E4F5B6A7000012C9mx.kowalczyk-bu
Content-Type: text/plain; charset=unicode-1-1-utf-7

This is an automatically generated Delivery Status Notification.

Delivery to the following recipients failed.

       r.kowalczyk@kowalczyk-builders.example

--9B095B5ADSN=_01D9A7C3E4F5B6A7000012C9mx.kowalczyk-bu
Content-Type: message/delivery-status

Reporting-MTA: dns;mx.kowalczyk-builders.example
Received-From-MTA: dns;mx1.example.test
Arrival-Date: Fri, 13 Mar 2026 11:12:39 +0000

Final-Recipient: rfc822;r.kowalczyk@kowalczyk-builders.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 Mailbox full

--9B095B5ADSN=_01D9A7C3E4F5B6A7000012C9mx.kowalczyk-bu
Content-Type: message/rfc822

From: Support <support@example.test>
To: Richard Kowalczyk <r.kowalczyk@kowalczyk-builders.example>
Cc: Office of the CEO <ceo.office@example.test>
Subject: Re: Business lines throttled in NL / account 40-88213
Date: Fri, 13 Mar 2026 11:12:35 +0000
Message-ID: <reply-40391.0e9d77a3@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Dear Mr Kowalczyk,

Thank you for your patience. The roaming profile on your six lines has been
corrected and our CEO's office has asked me to confirm that you will not lose
the April renewal discount.

Support

--9B095B5ADSN=_01D9A7C3E4F5B6A7000012C9mx.kowalczyk-bu--
''')

auto('bounce', 'en', 'sendmail "Returned mail" with text/rfc822-headers',
'''Return-Path: <MAILER-DAEMON@relay2.example.test>
Received: from localhost (localhost)
\tby relay2.example.test (8.17.2/8.17.2) id 62EAq1x4019311;
\tSat, 14 Mar 2026 06:30:01 +0000
Date: Sat, 14 Mar 2026 06:30:01 +0000
From: Mail Delivery Subsystem <MAILER-DAEMON@relay2.example.test>
Message-Id: <202603140630.62EAq1x4019311@relay2.example.test>
To: <support@example.test>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="62EAq1x4019311.1773469801/relay2.example.test"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--62EAq1x4019311.1773469801/relay2.example.test

The original message was received at Sat, 14 Mar 2026 06:29:58 +0000
from desk.example.test [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<hugo@morales-vinos.example>
    (reason: 550 5.7.1 Message rejected as spam by content filter)

   ----- Transcript of session follows -----
... while talking to mx.morales-vinos.example.:
>>> DATA
<<< 550 5.7.1 Message rejected as spam by content filter
554 5.0.0 Service unavailable

--62EAq1x4019311.1773469801/relay2.example.test
Content-Type: message/delivery-status

Reporting-MTA: dns; relay2.example.test
Received-From-MTA: DNS; desk.example.test
Arrival-Date: Sat, 14 Mar 2026 06:29:58 +0000

Final-Recipient: RFC822; hugo@morales-vinos.example
Action: failed
Status: 5.7.1
Remote-MTA: DNS; mx.morales-vinos.example
Diagnostic-Code: SMTP; 550 5.7.1 Message rejected as spam by content filter
Last-Attempt-Date: Sat, 14 Mar 2026 06:30:01 +0000

--62EAq1x4019311.1773469801/relay2.example.test
Content-Type: text/rfc822-headers

Return-Path: <support@example.test>
From: Support <support@example.test>
To: hugo@morales-vinos.example
Subject: Re: Tienda caida y pedidos perdidos
Date: Sat, 14 Mar 2026 06:29:55 +0000
Message-ID: <reply-40420.51aa0cde@escalated.example.test>

--62EAq1x4019311.1773469801/relay2.example.test--
''')

auto('bounce', 'en', 'Postfix delayed-delivery warning (still retrying)',
'''Return-Path: <>
Received: by mx1.example.test (Postfix)
\tid 3C9F8E7D6B; Sun, 15 Mar 2026 12:05:00 +0000 (UTC)
Date: Sun, 15 Mar 2026 12:05:00 +0000 (UTC)
From: MAILER-DAEMON@mx1.example.test (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: support@example.test
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="3C9F8E7D6B.1773576300/mx1.example.test"
Message-Id: <20260315120500.3C9F8E7D6B@mx1.example.test>

This is a MIME-encapsulated message.

--3C9F8E7D6B.1773576300/mx1.example.test
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.example.test.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<owen@pritchardskitchen.example>: connect to
    mx.pritchardskitchen.example[203.0.113.44]:25: Connection timed out

--3C9F8E7D6B.1773576300/mx1.example.test
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.example.test
X-Postfix-Queue-ID: 3C9F8E7D6B
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: Sun, 15 Mar 2026 08:01:12 +0000 (UTC)

Final-Recipient: rfc822; owen@pritchardskitchen.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.pritchardskitchen.example[203.0.113.44]:25:
    Connection timed out
Will-Retry-Until: Fri, 20 Mar 2026 08:01:12 +0000 (UTC)

--3C9F8E7D6B.1773576300/mx1.example.test
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <support@example.test>
From: Support <support@example.test>
To: Owen Pritchard <owen@pritchardskitchen.example>
Subject: Re: PO 2026-014 - combi oven dead on arrival, error E4
Date: Sun, 15 Mar 2026 08:01:10 +0000
Message-ID: <reply-40433.aa01f3b9@escalated.example.test>

--3C9F8E7D6B.1773576300/mx1.example.test--
''')

auto('bounce', 'en', 'ARF abuse/feedback report (multipart/report feedback-report)',
'''Return-Path: <fbl@isp-feedback.example>
Received: from fbl.isp-feedback.example (fbl.isp-feedback.example [198.51.100.250])
\tby mx1.example.test (Postfix) with ESMTPS id 9D8C7B6A5F
\tfor <support@example.test>; Mon, 16 Mar 2026 03:12:44 +0000
From: <fbl@isp-feedback.example>
Date: Mon, 16 Mar 2026 03:12:44 +0000
Subject: FW: Re: Direct debit put up to 310 without asking me
To: <support@example.test>
Message-ID: <arf.20260316031244.77@isp-feedback.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=feedback-report;
\tboundary="part1_13d.2e68ed54_boundary"

--part1_13d.2e68ed54_boundary
Content-Type: text/plain; charset="US-ASCII"
Content-Transfer-Encoding: 7bit

This is an email abuse report for an email message received from IP
192.0.2.10 on Mon, 16 Mar 2026 03:10:02 +0000.
For more information about this format please see
http://www.mipassoc.example/arf/.

--part1_13d.2e68ed54_boundary
Content-Type: message/feedback-report

Feedback-Type: abuse
User-Agent: ISP-FBL/1.0
Version: 1
Original-Mail-From: <support@example.test>
Original-Rcpt-To: <pdoyle@mail.example>
Arrival-Date: Mon, 16 Mar 2026 03:10:02 +0000
Source-IP: 192.0.2.10
Reported-Domain: example.test

--part1_13d.2e68ed54_boundary
Content-Type: message/rfc822
Content-Disposition: inline

From: Support <support@example.test>
To: pdoyle@mail.example
Subject: Re: Direct debit put up to 310 without asking me
Date: Mon, 16 Mar 2026 03:10:00 +0000
Message-ID: <reply-40450.77e0b1a2@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Dear Mr Doyle, we have reset your direct debit to 140 GBP and refunded the
difference. We are sorry for the distress this caused.

--part1_13d.2e68ed54_boundary--
''')

auto('bounce', 'de', 'deutschsprachige Unzustellbarkeitsmeldung (Freemailer-Stil), Klartext, zitiert Desk-Antwort',
'''Return-Path: <>
Received: from mout-bounce.web.example ([203.0.113.212]) by mx1.example.test
\t(Postfix) with ESMTPS id 1E2D3C4B5A for <support@example.test>;
\tTue, 10 Mar 2026 13:44:09 +0100
Date: Tue, 10 Mar 2026 13:44:09 +0100
From: MAILER-DAEMON@web.example
To: support@example.test
Subject: Mail delivery failed: returning message to sender
Message-ID: <bounce-0M7xYz-1tQ2Kx3Abc@web.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Diese Nachricht wurde automatisch vom Mailsystem erstellt.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt
werden. Dies ist ein dauerhafter Fehler. Folgende Adresse ist betroffen:

"sabine.krueger@web.example":
SMTP-Fehler des Zielservers nach RCPT TO:
host: mx.web.example
5.2.2 Das Postfach des Empfängers ist voll / mailbox full

--- Die Kopfzeilen und der Text der ursprünglichen Nachricht folgen. ---

From: Support <support@example.test>
To: sabine.krueger@web.example
Subject: AW: Doppelte Abbuchung Bestellung 2026-118834
Date: Tue, 10 Mar 2026 13:44:05 +0100
Message-ID: <reply-40230.1bb7c0fe@escalated.example.test>

Sehr geehrte Frau Krüger,

wir haben die doppelte Abbuchung von 89,90 € geprüft und erstatten Ihnen den
Betrag. Ihre Beschwerde haben wir zusätzlich an unsere Teamleitung
weitergegeben.
''')

auto('bounce', 'de', 'Exchange-NDR auf Deutsch ("Unzustellbar:"), multipart/report, iso-8859-1',
'''Received: from mail.lehmann-recht.example (192.0.2.61) by mx1.example.test
 (Postfix) with ESMTP id 4B3A2C1D0E; Wed, 11 Mar 2026 08:30:12 +0100
MIME-Version: 1.0
From: <postmaster@lehmann-recht.example>
To: <support@example.test>
Date: Wed, 11 Mar 2026 08:30:12 +0100
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="3d2f9a1b-0c4e-4b5d-9e6f-7a8b9c0d1e2f"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: de-DE
Message-ID: <0c9e2d4a-77f1-4b3e-a1d2-e5f6a7b8c9d0@EXCH01.lehmann-recht.example>
Subject: =?iso-8859-1?Q?Unzustellbar:_AW:_Verlust_s=E4mtlicher_Dateien_im_Ordner_?=
 =?iso-8859-1?Q?=22Mandate_2025=22?=
Auto-Submitted: auto-replied

--3d2f9a1b-0c4e-4b5d-9e6f-7a8b9c0d1e2f
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

''' + qps('''Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:

a.lehmann@lehmann-recht.example
Die E-Mail-Adresse wurde in der Zieldomäne nicht gefunden. Möglicherweise ist sie falsch geschrieben oder existiert nicht mehr.

Diagnoseinformationen für Administratoren:

Generierender Server: EXCH01.lehmann-recht.example

a.lehmann@lehmann-recht.example
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
''', 'iso-8859-1') + '''
--3d2f9a1b-0c4e-4b5d-9e6f-7a8b9c0d1e2f
Content-Type: message/delivery-status

Reporting-MTA: dns;EXCH01.lehmann-recht.example
Received-From-MTA: dns;mx1.example.test
Arrival-Date: Wed, 11 Mar 2026 08:30:10 +0100

Final-Recipient: rfc822;a.lehmann@lehmann-recht.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found

--3d2f9a1b-0c4e-4b5d-9e6f-7a8b9c0d1e2f
Content-Type: message/rfc822

From: Support <support@example.test>
To: "Dr. Anna Lehmann" <a.lehmann@lehmann-recht.example>
Subject: =?iso-8859-1?Q?AW:_Verlust_s=E4mtlicher_Dateien_im_Ordner_=22Mandate_2025=22?=
Date: Wed, 11 Mar 2026 08:30:08 +0100
Message-ID: <reply-40266.4d0e9f21@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: 8bit

Sehr geehrte Frau Dr. Lehmann,

wir bedauern den Datenverlust sehr. Unsere Rechtsabteilung hat Ihr Schreiben
erhalten; die Geschäftsführung wird sich persönlich bei Ihnen melden.

--3d2f9a1b-0c4e-4b5d-9e6f-7a8b9c0d1e2f--
''', cs='iso-8859-1')

auto('bounce', 'fr', 'NDR en français ("Non remis"), multipart/report, quote la réponse du support',
'''Received: from smtp.orange-mail.example (smtp.orange-mail.example [198.51.100.177])
\tby mx1.example.test (Postfix) with ESMTPS id 6C5B4A3F2E
\tfor <support@example.test>; Thu, 12 Mar 2026 18:03:21 +0100
MIME-Version: 1.0
From: postmaster@orange-mail.example
To: support@example.test
Date: Thu, 12 Mar 2026 18:03:21 +0100
Message-ID: <ndr.6C5B4A3F2E.1773334999@orange-mail.example>
Subject: =?utf-8?Q?Non_remis_:_Re:_Remboursement_promis_il_y_a_un_mois?=
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="ndr-fr-6C5B4A3F2E"

--ndr-fr-6C5B4A3F2E
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Votre message n'a pas pu être remis aux destinataires suivants :

sandrine.petit@orange-mail.example
Adresse d'au moins un destinataire invalide. Le compte n'existe pas ou a
été désactivé.

Erreur renvoyée par le serveur distant :
550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient.

--ndr-fr-6C5B4A3F2E
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp.orange-mail.example
Arrival-Date: Thu, 12 Mar 2026 18:03:19 +0100

Final-Recipient: rfc822; sandrine.petit@orange-mail.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Invalid recipient

--ndr-fr-6C5B4A3F2E
Content-Type: message/rfc822

From: Support <support@example.test>
To: Sandrine Petit <sandrine.petit@orange-mail.example>
Subject: Re: Remboursement promis il y a un mois
Date: Thu, 12 Mar 2026 18:03:15 +0100
Message-ID: <reply-40344.e0c1d2b3@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Bonjour Madame Petit,

Nous vous présentons nos excuses : le remboursement promis n'avait pas été
déclenché. Votre dossier a été transmis à un responsable et les 149 € ont
été remboursés aujourd'hui.

--ndr-fr-6C5B4A3F2E--
''')

auto('bounce', 'es', 'NDR de Exchange en español ("No se puede entregar"), texto plano quoted-printable',
'''Received: from mail.ortega-reformas.example (192.0.2.88) by mx1.example.test
 (Postfix) with ESMTP id 2A1B0C9D8E; Fri, 13 Mar 2026 12:15:55 +0100
MIME-Version: 1.0
From: <postmaster@ortega-reformas.example>
To: <support@example.test>
Date: Fri, 13 Mar 2026 12:15:55 +0100
Message-ID: <c4b3a2d1-0e9f-4a8b-b7c6-d5e4f3a2b1c0@EXCH.ortega-reformas.example>
Subject: =?utf-8?Q?No_se_puede_entregar:_Re:_Penalizaci=C3=B3n_de_150_=E2=82=AC_?=
 =?utf-8?Q?por_baja_anticipada?=
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Language: es-ES
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + qps('''No se pudo entregar el mensaje a estos destinatarios o grupos:

f.ortega@ortega-reformas.example
El buzón del destinatario está lleno y no puede aceptar mensajes en este momento. Intente reenviar el mensaje más tarde o póngase en contacto directamente con el destinatario.

Información de diagnóstico para administradores:

Servidor de generación: EXCH.ortega-reformas.example

f.ortega@ortega-reformas.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'

Encabezados del mensaje original:

From: Support <support@example.test>
To: Fernando Ortega <f.ortega@ortega-reformas.example>
Subject: Re: Penalización de 150 € por baja anticipada
Message-ID: <reply-40402.ab12cd34@escalated.example.test>
Date: Fri, 13 Mar 2026 12:15:50 +0100''') + '''
''')


# ---------------------------------------------------------------- list

auto('list', 'en', 'vendor newsletter with List-Unsubscribe and Precedence: bulk; talks about outages and security',
'''Return-Path: <bounce-1187-55014@news.cloudmetrics.example>
Received: from out-12.news.cloudmetrics.example (out-12.news.cloudmetrics.example [198.51.100.12])
\tby mx1.example.test (Postfix) with ESMTPS id 3A2B1C0D9E
\tfor <support@example.test>; Tue, 10 Mar 2026 15:00:12 +0000
From: CloudMetrics Newsletter <news@cloudmetrics.example>
To: support@example.test
Subject: March digest: surviving your next outage, and 5 security habits
Date: Tue, 10 Mar 2026 15:00:09 +0000
Message-ID: <nl-2026-03.55014.1187@news.cloudmetrics.example>
List-Unsubscribe: <https://news.cloudmetrics.example/u/55014-1187>, <mailto:unsubscribe-55014@news.cloudmetrics.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
Feedback-ID: 1187:newsletter:cloudmetrics
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="nl-alt-1187"

--nl-alt-1187
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + qps('''CloudMetrics — March digest

1. Surviving your next outage: how to write a status page your customers will actually trust.
2. Data loss is a process failure: a checklist for backups you have actually restored.
3. Five security habits for small teams, from hardware keys to access reviews.
4. Customer story: how a 40-person agency cut escalations to management by half.

You are receiving this because you subscribed at cloudmetrics.example.
Unsubscribe: https://news.cloudmetrics.example/u/55014-1187''') + '''
--nl-alt-1187
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + qps('''<html><body style="margin:0;background:#f4f4f4">
<table width="600" align="center" style="background:#fff;font-family:Arial">
<tr><td><h1 style="color:#1a3c6e">CloudMetrics &mdash; March digest</h1></td></tr>
<tr><td><h2>Surviving your next outage</h2><p>How to write a status page your customers will actually trust.</p></td></tr>
<tr><td><h2>Data loss is a process failure</h2><p>A checklist for backups you have actually restored.</p></td></tr>
<tr><td><h2>Five security habits for small teams</h2><p>From hardware keys to access reviews.</p></td></tr>
<tr><td style="font-size:11px;color:#999">You are receiving this because you subscribed at cloudmetrics.example. <a href="https://news.cloudmetrics.example/u/55014-1187">Unsubscribe</a></td></tr>
</table></body></html>''') + '''
--nl-alt-1187--
''')

auto('list', 'en', 'mailing-list post (List-Id) in which a member threatens to sue and cancel; list mail, not a customer',
'''Return-Path: <users-bounces+support=example.test@lists.ledgerly.example>
Received: from lists.ledgerly.example (lists.ledgerly.example [203.0.113.18])
\tby mx1.example.test (Postfix) with ESMTPS id 8F7E6D5C4B
\tfor <support@example.test>; Wed, 11 Mar 2026 21:14:55 +0000
From: Barry Sutton <barry.sutton@mail.example>
To: users@lists.ledgerly.example
Subject: [ledgerly-users] Anyone else lose their bank rules after 4.2?
Date: Wed, 11 Mar 2026 21:14:50 +0000
Message-ID: <b7a1e0c2-11f4-4d2a-9e0b-55c3a8d9e412@mail.example>
List-Id: Ledgerly users discussion <users.lists.ledgerly.example>
List-Unsubscribe: <https://lists.ledgerly.example/mailman/options/users>,
 <mailto:users-request@lists.ledgerly.example?subject=unsubscribe>
List-Archive: <https://lists.ledgerly.example/pipermail/users/>
List-Post: <mailto:users@lists.ledgerly.example>
List-Help: <mailto:users-request@lists.ledgerly.example?subject=help>
List-Subscribe: <https://lists.ledgerly.example/mailman/listinfo/users>,
 <mailto:users-request@lists.ledgerly.example?subject=subscribe>
Precedence: list
Errors-To: users-bounces+support=example.test@lists.ledgerly.example
Sender: "users" <users-bounces+support=example.test@lists.ledgerly.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Since the 4.2 update all 35 of my bank rules are gone and the support
form just loops. Honestly if they don't fix it this week I'm cancelling
and my accountant says I should sue them for the hours I've lost.

Is it just me?

Barry
_______________________________________________
ledgerly-users mailing list
users@lists.ledgerly.example
https://lists.ledgerly.example/mailman/listinfo/users
''')

auto('list', 'de', 'Newsletter eines Energieversorgers mit List-Unsubscribe und Precedence: bulk',
'''Return-Path: <nl-bounce@newsletter.stadtwerke-nord.example>
Received: from mta3.newsletter.stadtwerke-nord.example (mta3.newsletter.stadtwerke-nord.example [192.0.2.213])
\tby mx1.example.test (Postfix) with ESMTPS id 5D4C3B2A1F
\tfor <support@example.test>; Thu, 12 Mar 2026 10:00:03 +0100
From: Stadtwerke Nord <newsletter@stadtwerke-nord.example>
To: support@example.test
Subject: =?utf-8?Q?Ihr_M=C3=A4rz-Newsletter:_Strompreise,_Sicherheit_im_Haushalt?=
Date: Thu, 12 Mar 2026 10:00:01 +0100
Message-ID: <nl.2026-03.88121@newsletter.stadtwerke-nord.example>
List-Unsubscribe: <https://newsletter.stadtwerke-nord.example/abmelden?id=88121>
Precedence: bulk
X-Mailer: NewsletterSuite 5.2
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

''' + b64s('''<html><body style="font-family:Verdana">
<h1>Ihr Newsletter im März</h1>
<p>Liebe Kundin, lieber Kunde,</p>
<p>ab April sinken unsere Arbeitspreise um 2&nbsp;Cent pro kWh. Außerdem: So erkennen Sie überhitzte Mehrfachsteckdosen, bevor es brennt &ndash; fünf Tipps für mehr Sicherheit im Haushalt.</p>
<p>Haben Sie Fragen zu Ihrer Abrechnung? Unser Kundenservice ist werktags von 8 bis 18 Uhr für Sie da.</p>
<p style="font-size:10px">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href="https://newsletter.stadtwerke-nord.example/abmelden?id=88121">Abmelden</a></p>
</body></html>''') + '''
''')

auto('list', 'fr', 'lettre d\'information avec List-Unsubscribe et Precedence: bulk',
'''Return-Path: <rebond@infos.voyages-azur.example>
Received: from smtp-nl.voyages-azur.example (smtp-nl.voyages-azur.example [203.0.113.71])
\tby mx1.example.test (Postfix) with ESMTPS id 0F1E2D3C4B
\tfor <support@example.test>; Fri, 13 Mar 2026 07:30:44 +0100
From: Voyages Azur <infos@voyages-azur.example>
To: support@example.test
Subject: =?iso-8859-1?Q?Printemps_:_-30_%_sur_les_h=F4tels_en_bord_de_mer?=
Date: Fri, 13 Mar 2026 07:30:40 +0100
Message-ID: <lettre-0313.4471@infos.voyages-azur.example>
List-Unsubscribe: <mailto:desinscription@infos.voyages-azur.example>
Precedence: bulk
MIME-Version: 1.0
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: 8bit

Voyages Azur - la lettre du printemps

Jusqu'à -30 % sur une sélection d'hôtels en bord de mer, annulation gratuite
jusqu'à 48 h avant l'arrivée. Nos conseillers restent joignables 7 j/7.

Vous recevez ce message car vous êtes inscrit à notre lettre d'information.
Pour vous désinscrire, répondez avec « STOP » ou écrivez à
desinscription@infos.voyages-azur.example.
''', cs='iso-8859-1')

auto('list', 'es', 'boletín con List-Unsubscribe y Precedence: bulk',
'''Return-Path: <rebotes@boletin.fitclub.example>
Received: from envio2.boletin.fitclub.example (envio2.boletin.fitclub.example [198.51.100.140])
\tby mx1.example.test (Postfix) with ESMTPS id 7A6B5C4D3E
\tfor <support@example.test>; Mon, 16 Mar 2026 09:15:00 +0100
From: FitClub <boletin@fitclub.example>
To: support@example.test
Subject: =?utf-8?B?TnVldmFzIGNsYXNlcyBlbiBhYnJpbCDwn5Kq?=
Date: Mon, 16 Mar 2026 09:14:58 +0100
Message-ID: <boletin-abril.99102@boletin.fitclub.example>
List-Unsubscribe: <https://boletin.fitclub.example/baja/99102>, <mailto:baja@boletin.fitclub.example>
List-Unsubscribe-Post: List-Unsubscribe=One-Click
Precedence: bulk
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="bol-99102"

--bol-99102
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

¡Hola!

En abril estrenamos clases de pilates reformer y un nuevo horario de spinning
a las 7:00. Reserva tu plaza desde la app.

Si no quieres recibir más correos, date de baja del boletín aquí:
https://boletin.fitclub.example/baja/99102

--bol-99102
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: 8bit

<html><body><p>¡Hola!</p><p>En abril estrenamos clases de <b>pilates reformer</b> y un nuevo horario de spinning a las 7:00. Reserva tu plaza desde la app.</p><p style="font-size:10px">Si no quieres recibir más correos, <a href="https://boletin.fitclub.example/baja/99102">date de baja del boletín aquí</a>.</p></body></html>

--bol-99102--
''')

auto('list', 'en', 'Mailman digest (List-Id, Precedence: list) containing a complaint about a data breach',
'''Return-Path: <hosting-admins-bounces@lists.sysadmins.example>
Received: from lists.sysadmins.example (lists.sysadmins.example [192.0.2.118])
\tby mx1.example.test (Postfix) with ESMTPS id 2B3C4D5E6F
\tfor <support@example.test>; Sat, 14 Mar 2026 12:00:02 +0000
From: hosting-admins-request@lists.sysadmins.example
To: hosting-admins@lists.sysadmins.example
Subject: hosting-admins Digest, Vol 88, Issue 14
Date: Sat, 14 Mar 2026 12:00:01 +0000
Message-ID: <mailman.1773489601.20.hosting-admins@lists.sysadmins.example>
List-Id: Hosting admins <hosting-admins.lists.sysadmins.example>
List-Unsubscribe: <https://lists.sysadmins.example/mailman/options/hosting-admins>
Precedence: list
Reply-To: hosting-admins@lists.sysadmins.example
MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Send hosting-admins mailing list submissions to
	hosting-admins@lists.sysadmins.example

Today's Topics:

   1. Re: provider leaked our customer list? (Kim Tran)
   2. Planned maintenance windows (Ola Berg)

----------------------------------------------------------------------

Message: 1
Date: Fri, 13 Mar 2026 18:20:11 +0000
From: Kim Tran <kim@trannet.example>
Subject: Re: provider leaked our customer list?

Looks like a data breach to me. I've reported it to the regulator and
I'm escalating to their CEO on Monday.

------------------------------

Message: 2
Date: Fri, 13 Mar 2026 19:02:40 +0000
From: Ola Berg <ola@bergdrift.example>
Subject: Planned maintenance windows

Does anyone publish maintenance windows in ICS format?

------------------------------

End of hosting-admins Digest, Vol 88, Issue 14
**********************************************
''')

auto('list', 'en', 'group post with List-Id and Precedence: list; member says the payment service is down',
'''Return-Path: <merchants+bncBC3@groups.payforum.example>
Received: from groups.payforum.example (groups.payforum.example [203.0.113.101])
\tby mx1.example.test (Postfix) with ESMTPS id 9E8D7C6B5A
\tfor <support@example.test>; Sun, 15 Mar 2026 13:44:21 +0000
From: "'Priti Shah' via Small Merchants" <merchants@groups.payforum.example>
Reply-To: Priti Shah <priti@shahstores.example>
To: Small Merchants <merchants@groups.payforum.example>
Subject: [merchants] card terminals down for anyone else?
Date: Sun, 15 Mar 2026 13:44:18 +0000
Message-ID: <CAF9x2Lq-7Hc0@mail.shahstores.example>
List-Id: <merchants.groups.payforum.example>
List-Post: <mailto:merchants@groups.payforum.example>
List-Help: <https://groups.payforum.example/support>
List-Unsubscribe: <mailto:merchants+unsubscribe@groups.payforum.example>
Precedence: list
Mailing-list: list merchants@groups.payforum.example; contact merchants+owners@groups.payforum.example
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

''' + qps('''All three of our readers have been declining everything since noon with "host unavailable". Is anyone else on this provider seeing it? Absolutely furious, Sunday is our busiest day.

Priti

--
You received this message because you are subscribed to the Small Merchants group.
To unsubscribe, send an email to merchants+unsubscribe@groups.payforum.example.''') + '''
''')


# ------------------------------------------------------------- receipt

auto('receipt', 'en', 'MDN read receipt (multipart/report disposition-notification) for a desk reply',
'''Return-Path: <natalie.ford@mail.example>
Received: from smtp.mail.example (smtp.mail.example [198.51.100.31])
\tby mx1.example.test (Postfix) with ESMTPS id 4E5F6A7B8C
\tfor <support@example.test>; Tue, 10 Mar 2026 20:05:40 +0000
From: Natalie Ford <natalie.ford@mail.example>
To: Support <support@example.test>
Subject: Read: Re: Someone ordered two phones using my account
Date: Tue, 10 Mar 2026 20:05:38 +0000
Message-ID: <mdn.7b2e0c91@mail.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="mdn-7b2e0c91"

--mdn-7b2e0c91
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

The message sent on Tue, 10 Mar 2026 19:50:02 +0000 to Natalie Ford
<natalie.ford@mail.example> with subject "Re: Someone ordered two phones
using my account" has been displayed. This is no guarantee that the
message has been read or understood.

--mdn-7b2e0c91
Content-Type: message/disposition-notification

Reporting-UA: mail.example; Webmail 3.2
Original-Recipient: rfc822;natalie.ford@mail.example
Final-Recipient: rfc822;natalie.ford@mail.example
Original-Message-ID: <reply-40188.5e6f7a8b@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

--mdn-7b2e0c91--
''')

auto('receipt', 'de', 'Lesebestätigung ("Gelesen:") als MDN von Outlook',
'''Received: from mail.brandt-steuer.example (192.0.2.95) by mx1.example.test
 (Postfix) with ESMTP id 1C2D3E4F5A; Wed, 11 Mar 2026 09:41:17 +0100
From: =?utf-8?Q?J=C3=BCrgen_Brandt?= <j.brandt@brandt-steuer.example>
To: Support <support@example.test>
Subject: =?utf-8?Q?Gelesen:_AW:_DSL-Abbr=C3=BCche_-_Kundennummer_4471-2290?=
Date: Wed, 11 Mar 2026 09:41:15 +0100
Message-ID: <FR0P281MB2290A1B2C3D4E5F6@FR0P281MB2290.DEUP281.PROD.OUTLOOK.example>
Content-Language: de-DE
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="_004_FR0P281MB2290_"

--_004_FR0P281MB2290_
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

''' + qps('''Ihre Nachricht

  An: Jürgen Brandt
  Betreff: AW: DSL-Abbrüche - Kundennummer 4471-2290
  Gesendet: Mittwoch, 11. März 2026 09:12:03 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Mittwoch, 11. März 2026 09:41:15 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.''') + '''
--_004_FR0P281MB2290_
Content-Type: message/disposition-notification

Reporting-UA: FR0P281MB2290.DEUP281.PROD.OUTLOOK.example; Microsoft Exchange Server
Final-Recipient: rfc822;j.brandt@brandt-steuer.example
Original-Message-ID: <reply-40240.0a1b2c3d@escalated.example.test>
Disposition: automatic-action/MDN-sent-automatically; displayed

--_004_FR0P281MB2290_--
''', cs='utf-8')

auto('receipt', 'fr', 'accusé de lecture ("Lu :") au format MDN',
'''Received: from smtp.wanadoo-mail.example (smtp.wanadoo-mail.example [203.0.113.144])
\tby mx1.example.test (Postfix) with ESMTPS id 8B9C0D1E2F
\tfor <support@example.test>; Thu, 12 Mar 2026 11:20:09 +0100
From: Jean-Pierre Moreau <jp.moreau@wanadoo-mail.example>
To: support@example.test
Subject: =?utf-8?Q?Lu_:_Re:_Quatri=C3=A8me_relance_-_dossier_2026-00871?=
Date: Thu, 12 Mar 2026 11:20:07 +0100
Message-ID: <lu.2026-00871.77@wanadoo-mail.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="------------lu2026008717"

This is a multi-part message in MIME format.
--------------lu2026008717
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ceci est un accusé de réception pour le courrier que vous avez envoyé à
<jp.moreau@wanadoo-mail.example>.

Note : cet accusé de réception indique seulement que le message a été
affiché sur l'ordinateur du destinataire. Il n'y a aucune garantie que le
destinataire ait lu ou compris le contenu du message.

--------------lu2026008717
Content-Type: message/disposition-notification; name="MDNPart2.txt"
Content-Disposition: inline

Reporting-UA: wanadoo-mail.example; Mozilla Thunderbird
Final-Recipient: rfc822;jp.moreau@wanadoo-mail.example
Original-Message-ID: <reply-40299.fe01dc23@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed

--------------lu2026008717--
''')

auto('receipt', 'es', 'confirmación de lectura ("Leído:") de Outlook en español',
'''Received: from mail.gomez-asesores.example (192.0.2.129) by mx1.example.test
 (Postfix) with ESMTP id 6F7A8B9C0D; Fri, 13 Mar 2026 16:55:30 +0100
From: =?iso-8859-1?Q?Pilar_G=F3mez?= <pilar@gomez-asesores.example>
To: Support <support@example.test>
Subject: =?iso-8859-1?Q?Le=EDdo:_RE:_Se_han_borrado_los_asientos_de_enero?=
Date: Fri, 13 Mar 2026 16:55:28 +0100
Message-ID: <AM0PR01MB4471C3D2E1F0@AM0PR01MB4471.eurprd01.prod.outlook.example>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
\tboundary="_002_AM0PR01MB4471_"

--_002_AM0PR01MB4471_
Content-Type: text/plain; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

''' + qps('''Su mensaje

  Para: Pilar Gómez
  Asunto: RE: Se han borrado los asientos de enero
  Enviado: viernes, 13 de marzo de 2026 16:10:44 (UTC+01:00) Bruselas, Copenhague, Madrid, París

ha sido leído el viernes, 13 de marzo de 2026 16:55:28 (UTC+01:00) Bruselas, Copenhague, Madrid, París.''', 'iso-8859-1') + '''
--_002_AM0PR01MB4471_
Content-Type: message/disposition-notification

Reporting-UA: AM0PR01MB4471.eurprd01.prod.outlook.example; Microsoft Exchange Server
Final-Recipient: rfc822;pilar@gomez-asesores.example
Original-Message-ID: <reply-40380.99aa88bb@escalated.example.test>
Disposition: automatic-action/MDN-sent-automatically; displayed

--_002_AM0PR01MB4471_--
''')


# ---------------------------------------------------------------- self

auto('self', 'en', 'the desk\'s own reply looped back via an alias (From support@example.test); mentions escalation and a lawyer',
'''Return-Path: <support@example.test>
Received: from desk.example.test (desk.example.test [192.0.2.10])
\tby mx1.example.test (Postfix) with ESMTPS id 0E1F2A3B4C
\tfor <support@example.test>; Mon, 09 Mar 2026 11:31:02 +0000
From: Customer Support <support@example.test>
To: Hannah Boateng <h.boateng@post.example>
Bcc: support@example.test
Subject: Re: Order #55-10382 cancelled but I was still charged =?utf-8?Q?=C2=A3189=2E99?=
Date: Mon, 09 Mar 2026 11:31:00 +0000
Message-ID: <reply-40107.3c4d5e6f@escalated.example.test>
In-Reply-To: <b1c2d3e4f5a6.0718@post.example>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dear Ms Boateng,

Thank you for your email. I am very sorry that you were charged £189.99 for
an order you had cancelled. I have escalated this to my manager and the
refund has been approved today; you do not need to take any legal action.

Kind regards,
Customer Support
''')

auto('self', 'en', 'daily escalation digest sent by escalated@example.test itself',
'''Return-Path: <escalated@example.test>
Received: from desk.example.test (desk.example.test [192.0.2.10])
\tby mx1.example.test (Postfix) with ESMTPS id 5B6C7D8E9F
\tfor <support@example.test>; Tue, 10 Mar 2026 06:00:01 +0000
From: escalated <escalated@example.test>
To: support@example.test
Subject: [escalated] Daily summary: 7 messages escalated (legal threat, outage,
 data loss)
Date: Tue, 10 Mar 2026 06:00:00 +0000
Message-ID: <digest-20260310@escalated.example.test>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Escalation summary for Mon 9 Mar 2026

 legal_threat            2
 outage                  2
 data_loss               1
 manager_request         1
 severe_dissatisfaction  1

Open the dashboard for details. This message was generated automatically.
''')

auto('self', 'en', 'desk reply from a secondary desk address carrying the desk\'s own Message-ID domain',
'''Return-Path: <care@example.test>
Received: from desk.example.test (desk.example.test [192.0.2.10])
\tby mx1.example.test (Postfix) with ESMTPS id 3D4E5F6A7B
\tfor <support@example.test>; Wed, 11 Mar 2026 14:12:33 +0000
From: Customer Care <care@example.test>
To: support@example.test
Subject: Re: Every site on node fra-04 returning 502 - 3 hours now
Date: Wed, 11 Mar 2026 14:12:30 +0000
Message-ID: <reply-40290.8899aabb@escalated.example.test>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="desk-alt-40290"

--desk-alt-40290
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hello Marek,

The outage on node fra-04 was caused by a failed storage controller. All 31
sites were back online at 11:05 UTC. I have escalated your feedback about our
incident communication to the head of operations.

Customer Care

--desk-alt-40290
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: 7bit

<html><body><p>Hello Marek,</p><p>The outage on node fra-04 was caused by a failed storage controller. All 31 sites were back online at 11:05 UTC. I have escalated your feedback about our incident communication to the head of operations.</p><p>Customer Care</p></body></html>

--desk-alt-40290--
''')

auto('self', 'de', 'eigene Antwort des Supports (From support@example.test) als Kopie zurück',
'''Return-Path: <support@example.test>
Received: from desk.example.test (desk.example.test [192.0.2.10])
\tby mx1.example.test (Postfix) with ESMTPS id 7F8A9B0C1D
\tfor <support@example.test>; Thu, 12 Mar 2026 10:05:12 +0100
From: Kundenservice <support@example.test>
To: Petra Lange <petra.lange@mail.example>
Cc: support@example.test
Subject: AW: Abschlag 245 Euro - meine vierte Mail!!!
Date: Thu, 12 Mar 2026 10:05:10 +0100
Message-ID: <reply-40321.2b3c4d5e@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

''' + qps('''Sehr geehrte Frau Lange,

bitte entschuldigen Sie, dass Sie uns viermal schreiben mussten. Wir haben den Abschlag auf 95 € zurückgesetzt und erstatten Ihnen 300 €. Ihre Beschwerde wurde an die Teamleitung weitergegeben.

Mit freundlichen Grüßen
Ihr Kundenservice''') + '''
''')

auto('self', 'es', 'copia de la respuesta del propio servicio (From escalated@example.test, Message-ID propio)',
'''Return-Path: <escalated@example.test>
Received: from desk.example.test (desk.example.test [192.0.2.10])
\tby mx1.example.test (Postfix) with ESMTPS id 9A0B1C2D3E
\tfor <support@example.test>; Fri, 13 Mar 2026 17:40:05 +0100
From: Servicio de Atencion <escalated@example.test>
To: Valentina Herrera <vale.herrera@correo.example>
Subject: =?utf-8?Q?Re:_Vuelo_cancelado_y_nadie_responde?=
Date: Fri, 13 Mar 2026 17:40:03 +0100
Message-ID: <reply-40410.6d7e8f90@escalated.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

''' + b64s('''Estimada Valentina:

Lamentamos mucho la cancelación de su vuelo. Hemos escalado su caso a un supervisor y le ofrecemos un reembolso completo o un vuelo alternativo mañana.

Atentamente,
Servicio de Atención''') + '''
''')


# ------------------------------------------------------------ validation

def check():
    errors = []

    def err(msg):
        errors.append(msg)

    try:
        with open(os.path.join(OUT, 'labels.tsv'), encoding='utf-8', newline='') as fh:
            text = fh.read()
    except OSError as e:
        return ['labels.tsv: %s' % e]
    if '\r' in text:
        err('labels.tsv: contains CR')
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    if not lines or lines[0] != HEADER:
        err('labels.tsv: bad header line')
    rows = [l.split('\t') for l in lines[1:]]
    files = sorted(f for f in os.listdir(OUT) if f.endswith('.eml'))
    names = [r[0] for r in rows]
    if len(set(names)) != len(names):
        err('labels.tsv: duplicate file names')
    if sorted(names) != files:
        err('labels.tsv does not match the .eml files one to one: %s / %s'
            % (sorted(set(names) - set(files))[:5], sorted(set(files) - set(names))[:5]))
    expected = ['h5-%04d.eml' % n for n in range(1, len(files) + 1)]
    if files != expected:
        err('file names are not h5-0001.eml .. h5-%04d.eml' % len(files))
    per_trigger = Counter()
    for r in rows:
        if len(r) != 6:
            err('%s: expected 6 columns, got %d' % (r[0], len(r)))
            continue
        name, trig, autok, lang, trap, note = r
        if trig != '-':
            ids = trig.split(',')
            for t in ids:
                if t not in TRIGGERS:
                    err('%s: unknown trigger %r' % (name, t))
            if len(set(ids)) != len(ids):
                err('%s: duplicate trigger ids' % name)
            if ids != sorted(ids):
                err('%s: trigger ids not sorted' % name)
            per_trigger.update(ids)
        if autok not in AUTOMATED and autok != '-':
            err('%s: bad automated kind %r' % (name, autok))
        if autok != '-' and (trig != '-' or trap != '-'):
            err('%s: automated mail must have no triggers and no trap' % name)
        if lang not in LANGS:
            err('%s: bad lang %r' % (name, lang))
        if trap not in TRAPS and trap != '-':
            err('%s: bad trap %r' % (name, trap))
        if not note.strip():
            err('%s: empty note' % name)
        path = os.path.join(OUT, name)
        if not os.path.exists(path):
            continue
        with open(path, 'rb') as fh:
            data = fh.read()
        if re.search(rb'(?<!\r)\n', data) or re.search(rb'\r(?!\n)', data):
            err('%s: line endings are not CRLF only' % name)
        head_end = data.find(b'\r\n\r\n')
        if head_end < 0:
            err('%s: no header/body separator' % name)
        else:
            try:
                data[:head_end].decode('ascii')
            except UnicodeDecodeError:
                err('%s: non-ASCII bytes in the top-level header' % name)
        msg = BytesParser(policy=policy.default).parsebytes(data)
        for hname in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            if msg[hname] is None:
                err('%s: missing %s header' % (name, hname))
        try:
            if msg['Date'] is not None and msg['Date'].datetime is None:
                err('%s: unparsable Date' % name)
        except Exception as e:  # noqa: BLE001
            err('%s: Date: %s' % (name, e))
        if autok == '-':
            frm = str(msg['From'] or '').lower()
            if 'support@example.test' in frm or 'escalated@example.test' in frm:
                err('%s: customer mail from a desk address' % name)
            if '@escalated.example.test' in str(msg['Message-ID'] or ''):
                err('%s: customer mail with the desk Message-ID domain' % name)
        for part in msg.walk():
            if part.defects:
                err('%s: defects %s' % (name, [type(d).__name__ for d in part.defects]))
            for k, v in part.items():
                if getattr(v, 'defects', None):
                    err('%s: header %s defects %s' % (name, k, [type(d).__name__ for d in v.defects]))
            if part.get_content_maintype() == 'text' and not part.is_multipart():
                payload = part.get_payload(decode=True) or b''
                cs = part.get_content_charset() or 'us-ascii'
                try:
                    payload.decode(cs)
                    part.get_content()
                except (LookupError, UnicodeDecodeError) as e:
                    err('%s: text part does not decode (%s): %s' % (name, cs, e))
    for t in TRIGGERS:
        if per_trigger[t] < 10:
            err('trigger %s has only %d positives' % (t, per_trigger[t]))
    return errors


# ------------------------------------------------------------ README

def mime_stats():
    kinds, charsets, ctes = Counter(), Counter(), Counter()
    enc_subj = Counter()
    for f in sorted(os.listdir(OUT)):
        if not f.endswith('.eml'):
            continue
        with open(os.path.join(OUT, f), 'rb') as fh:
            data = fh.read()
        msg = BytesParser(policy=policy.compat32).parsebytes(data)
        kinds[msg.get_content_type()] += 1
        for part in msg.walk():
            if part.get_content_maintype() == 'text' and part.get('Content-Type'):
                charsets[(part.get_content_charset() or 'us-ascii').lower()] += 1
                ctes[(part.get('Content-Transfer-Encoding') or '7bit').lower()] += 1
        subj = data[:data.find(b'\r\n\r\n')]
        m = re.search(rb'\r\nSubject: (.*?)\r\n(?! )', subj, re.S)
        if m and b'?B?' in m.group(1).upper()[:40] and b'=?' in m.group(1):
            enc_subj['B'] += 1
        elif m and b'?Q?' in m.group(1).upper()[:40] and b'=?' in m.group(1):
            enc_subj['Q'] += 1
    return kinds, charsets, ctes, enc_subj


def table(title, counter, order=None, unit='messages'):
    keys = order if order else sorted(counter, key=lambda k: (-counter[k], k))
    out = ['| %s | %s |' % (title, unit), '|---|---:|']
    for k in keys:
        out.append('| `%s` | %d |' % (k, counter[k]))
    return '\n'.join(out)


def readme(rows):
    n = len(rows)
    trig, lang, trap, autok = Counter(), Counter(), Counter(), Counter()
    pos = neg = 0
    multi = 0
    trap_pos, trap_neg = Counter(), Counter()
    for r in rows:
        name, t, a, l, tr, note = r.split('\t')
        lang[l] += 1
        if a != '-':
            autok[a] += 1
            continue
        if t == '-':
            neg += 1
            trap_neg[tr] += 1
        else:
            pos += 1
            trap_pos[tr] += 1
            ids = t.split(',')
            trig.update(ids)
            if len(ids) > 1:
                multi += 1
    kinds, charsets, ctes, enc_subj = mime_stats()
    trap_rows = ['| trap | customer mail with triggers | customer mail without triggers |',
                 '|---|---:|---:|']
    for k in list(TRAPS) + ['-']:
        trap_rows.append('| `%s` | %d | %d |' % (k, trap_pos[k], trap_neg[k]))
    parts = [
        '# heldout5 — hand-written held-out test corpus for escalated',
        '',
        '%d RFC 5322 messages (`h5-0001.eml` … `h5-%04d.eml`) sent to the support desk '
        '`support@example.test`, with one label row each in `labels.tsv`. The corpus is meant '
        'to be used **once**, as an honest held-out evaluation of the classifier.' % (n, n),
        '',
        '## How it was made',
        '',
        '- Written independently of the classifier. The only project material consulted was '
        '`docs/triggers.md` (trigger definitions and labelling conventions), the five seed '
        'procedures in `shared/seeds/`, and the real-world mail in `shared/corpus/realmail/` '
        '(only as a reference for realistic headers, DSN/MDN structure and auto-reply wording). '
        'No classifier source, rules, tests, other corpora or binaries were read or run.',
        '- Every message text was written by hand, one at a time, inside `make_corpus.py` — '
        'there are no templates with swapped slots. The script only renders the texts into '
        'MIME (headers, charsets, transfer encodings, multipart/alternative with an HTML twin '
        'of the plain text, attachments), assigns dates from a fixed random seed, shuffles '
        'the messages with a fixed seed into neutral file names, and writes `labels.tsv` and '
        'this README. Running it twice gives byte-identical output.',
        '- `python3 make_corpus.py` rebuilds and validates; `python3 make_corpus.py --check` '
        'only validates the existing files: every file parses with Python\'s `email` package '
        '(`policy.default`) without defects, uses CRLF only, has From/To/Subject/Date/'
        'Message-ID, every text part decodes strictly in its declared charset, `labels.tsv` '
        'matches the files one to one, trigger ids are valid, unique and sorted, automated '
        'mail has no triggers, and every trigger has at least 10 positives.',
        '- Writers: small-business owners, IT admins, elderly customers, students, lawyers and '
        'journalists writing professionally, angry and polite people, non-native writers; '
        'industries: accounting SaaS, online shops, mobile operators/broadband, cloud hosting, '
        'a payment app, e-bikes and household appliances, airline and hotel booking, gyms and '
        'energy suppliers. Customers paraphrase; the example phrases of `docs/triggers.md` '
        'are deliberately not reused.',
        '- Only reserved names are used: `.example` / `.test` domains, documentation IP ranges '
        '(192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24), fictitious people, 555 numbers.',
        '',
        '## Columns of labels.tsv',
        '',
        '`file`, `triggers` (comma-separated ids sorted alphabetically, or `-`), `automated` '
        '(`-` or auto_reply/bounce/list/receipt/self; automated mail always has triggers `-`), '
        '`lang` (en/de/fr/es), `trap` (the deliberate difficulty in the message, or `-`), '
        '`note` (short reason for the label).',
        '',
        '## Counts',
        '',
        '- %d messages: %d customer mails with at least one trigger (%d of them with two or '
        'more), %d customer mails without a trigger, %d automated mails.'
        % (n, pos, multi, neg, sum(autok.values())),
        '',
        table('trigger (positives)', trig, list(TRIGGERS)),
        '',
        table('lang', lang, list(LANGS)),
        '',
        table('automated kind', autok, list(AUTOMATED)),
        '',
        '\n'.join(trap_rows),
        '',
        table('top-level Content-Type', kinds),
        '',
        table('text part charset', charsets, unit='text parts'),
        '',
        table('text part Content-Transfer-Encoding', ctes, unit='text parts'),
        '',
        '- Subjects RFC 2047 encoded: %d with B encoding, %d with Q encoding.'
        % (enc_subj['B'], enc_subj['Q']),
        '',
        '## Labelling decisions',
        '',
        'Labels follow `docs/triggers.md` strictly, including its "Conventions settled while '
        'labelling". In particular:',
        '',
        '- Only the customer\'s own words in this message count: quoted history (`>` lines, '
        '"On … wrote:", "Am … schrieb …:", "Le … a écrit :", "El … escribió:", Outlook '
        '"From:/Sent:" blocks in four languages), forwarded parts, signatures and legal '
        'disclaimers never count. The subject counts, including a reply\'s `Re:` subject; a '
        '`Fwd:`/`WG:`/`TR:`/`RV:` subject does not.',
        '- Negations, hypotheticals and policy questions do not fire; conditional threats '
        '("if … by Friday, I will …") do (`trap=conditional`). Job titles are not requests. '
        'Reported speech of somebody else does not fire unless the customer adopts it.',
        '- `technical_issue` is added whenever the customer reports something in the product '
        'that is broken, including outages, data loss caused by the product, bugs that expose '
        'data and devices that overheat, smoke or give shocks. It is not added for problems '
        'that are not technical (prices, couriers, wrong items, rude staff, account take-over '
        'by a third party, phishing, a recall notice about a device that still works).',
        '- `billing_dispute` needs a specific wrong charge/debit/invoice amount or a chargeback '
        'threat; an unauthorised purchase on a hijacked account counts as an unauthorised '
        'charge. A promised refund that never arrived is `broken_promise`, not a dispute.',
        '- `high_value_order`: an unresolved problem with an order, invoice or contract of '
        'strictly more than 5,000 USD/EUR/GBP; exactly 5,000 or large amounts without a '
        'problem are negatives (`trap=other`).',
        '- `repeat_contact` needs an explicit third or later contact ("written four times", '
        '"raised this twice by phone already"); "second e-mail" is a negative.',
        '- `severe_dissatisfaction` needs explicitly strong wording or shouting; "not '
        'acceptable" or mild disappointment is not enough.',
        '- A complaint to a regulator (ombudsman, ICO, CNIL, AEPD, attorney general, '
        'Bundesnetzagentur, DGCCRF …) is `regulatory`; `legal_threat` is added only when '
        'lawyers or courts are named. A lawyer writing in her professional role is not a '
        'threat.',
        '- Asking for an executive\'s e-mail or address in order to write to them is '
        '`corporate_contact_request` + `executive_contact`; asking to speak to the CEO alone is '
        '`executive_contact`. A journalist\'s inquiry is `media_threat`; what the journalist '
        'reports from others adds nothing.',
        '- Automated mail (out-of-office replies, ticket acknowledgements, DSNs/NDRs, '
        'newsletters and list posts, read receipts, the desk\'s own mail) never carries a '
        'trigger even when it quotes trigger words — several bounces quote the desk\'s own '
        'reply about an outage, a refund or an escalation. Some auto-replies carry no '
        'auto-reply header at all and are recognisable only by their wording.',
        '- Drafts that could reasonably be read two ways were rewritten until they were not.',
        '',
        '## Licence',
        '',
        'MIT License',
        '',
        'Copyright (c) 2026 the escalated contributors',
        '',
        'Permission is hereby granted, free of charge, to any person obtaining a copy of this '
        'software and associated documentation files (the "Software"), to deal in the Software '
        'without restriction, including without limitation the rights to use, copy, modify, '
        'merge, publish, distribute, sublicense, and/or sell copies of the Software, and to '
        'permit persons to whom the Software is furnished to do so, subject to the following '
        'conditions:',
        '',
        'The above copyright notice and this permission notice shall be included in all copies '
        'or substantial portions of the Software.',
        '',
        'THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, '
        'INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A '
        'PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT '
        'HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF '
        'CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR '
        'THE USE OR OTHER DEALINGS IN THE SOFTWARE.',
        '',
    ]
    return '\n'.join(parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--check', action='store_true', help='validate existing files only')
    args = ap.parse_args()
    if not args.check:
        write()
    errors = check()
    if errors:
        for e in errors:
            print('ERROR:', e)
        print('%d error(s)' % len(errors))
        return 1
    with open(os.path.join(OUT, 'labels.tsv'), encoding='utf-8') as fh:
        n = sum(1 for _ in fh) - 1
    print('ok: %d messages, labels.tsv consistent, all checks passed' % n)
    return 0


if __name__ == '__main__':
    sys.exit(main())
