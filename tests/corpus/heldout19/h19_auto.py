# Automated mail: auto-replies, bounces/DSNs, list and bulk mail, read
# receipts (MDNs) and the desk's own mail. None of these carries a trigger,
# even where the text quotes trigger-bearing words.
# One hand-written block per message; make_corpus.py only packages them.

DESK = 'support@example.test'

MSGS = [

# ------------------------------------------------------------------ English
# auto-replies

dict(kind='auto_reply', lang='en', trap='-', note='Outlook automatic reply, Auto-Submitted + X-Auto-Response-Suppress',
frm='Gillian Marsh <gillian.marsh@marsh-events.example>',
subj='Automatic reply: Re: Your beach hut booking BH-2231',
hdrs=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'), ('X-MS-Exchange-Inbox-Rules-Loop', 'gillian.marsh@marsh-events.example')],
client=('X-Mailer', 'Microsoft Outlook 16.0'),
body='''Thank you for your email. I am on annual leave until Monday 18 August with no access to email.

For anything urgent regarding events bookings please contact my colleague Ryan on ryan.holt@marsh-events.example or 01632 555 0171.

Kind regards,
Gillian
'''),

dict(kind='auto_reply', lang='en', trap='-', note='vacation reply with X-Autoreply only',
frm='Dev Patel <dev@patel-pods.example>',
subj='Away: Re: episode 22 edit',
hdrs=[('X-Autoreply', 'yes'), ('X-Autorespond', 'Away')],
body='''Hi, I'm away recording on location until the 9th with patchy signal. I'll reply to everything when I'm back. If it's about an edit deadline, assume the deadline still stands!

Dev
'''),

dict(kind='auto_reply', lang='en', trap='-', note='out-of-office with Precedence: auto_reply only',
frm='Martha Quinlan <mquinlan@quinlan-hats.example>',
subj='Out of Office: Hat block order',
hdrs=[('Precedence', 'auto_reply')],
body='''I am out of the office at the Millinery Guild fair until Thursday 3 April. I will respond to your message on my return.

Martha Quinlan
'''),

dict(kind='auto_reply', lang='en', trap='no_marker_headers', note='out-of-office with no marker headers; subject/body only',
frm='Steve Barraclough <steve.barraclough@barraclough-rugs.example>',
subj='Out of Office - back 12 May',
body='''Hello,

I'm currently out of the office with no access to email until Monday 12 May. Your message has not been forwarded.

For urgent orders please call the showroom on 0113 555 0102.

Thanks,
Steve Barraclough
Barraclough Rugs & Kilims
'''),

dict(kind='auto_reply', lang='en', trap='no_marker_headers', note='other company helpdesk acknowledgement without marker headers',
frm='Kestrel Leisure Helpdesk <help@kestrel-leisure.example>',
subj='[Request #48213] Re: Canal boat group booking - we have received your request',
body='''##- Please type your reply above this line -##

Hello,

Your request (#48213) has been received and is being reviewed by our support staff. You will receive an update within 2 business days.

To add additional comments, reply to this email.

This is a message from the Kestrel Leisure helpdesk. Please do not change the subject line.
'''),

dict(kind='auto_reply', lang='en', trap='no_marker_headers', note='unmonitored mailbox notice, no marker headers',
frm='Noreply Orders <orders-noreply@pinewood-nutrition.example>',
subj='This mailbox is not monitored',
body='''Thank you for your message.

This mailbox is not monitored and replies sent to it are not read. If you need help with an order, please use the contact form at our website or call 0161 555 0190 (Mon-Fri, 9am-5pm).

Pinewood Nutrition Ltd
'''),

dict(kind='auto_reply', lang='en', trap='quotes_trigger_text', note='person-has-left notice quoting an angry message, Auto-Submitted',
frm='Jason Rudd <jason.rudd@glasscraft-supplies.example>',
subj='Jason Rudd has left Glasscraft Supplies',
hdrs=[('Auto-Submitted', 'auto-replied')],
body='''Jason Rudd has left Glasscraft Supplies and this mailbox is no longer active. Your message has not been forwarded.

Please contact accounts@glasscraft-supplies.example for invoices or sales@glasscraft-supplies.example for orders.

--- Your message began: ---
> We have been double charged on invoice 3301 and if this is not refunded
> this week I will be speaking to our solicitor.
'''),

dict(kind='auto_reply', lang='en', trap='-', note='ticket acknowledgement from another support system, Auto-Submitted auto-generated',
frm='Brightside Tours Support <support@brightside-tours.example>',
subj='[Brightside Tours] Ticket BT-90317 received',
hdrs=[('Auto-Submitted', 'auto-generated'), ('X-Auto-Response-Suppress', 'OOF, AutoReply')],
body='''Hello,

This is an automated confirmation that we have received your message and opened ticket BT-90317.

Our team answers tickets in the order they arrive, usually within one working day. Please do not reply to this email unless you have new information.

Brightside Tours Support
'''),

# bounces

dict(kind='bounce', lang='en', trap='quotes_trigger_text', note='Postfix DSN, 5.1.1, original desk reply quoting a legal threat',
frm='Mail Delivery System <MAILER-DAEMON@mx1.example.test>',
return_path='<>', relay='mx1.example.test',
subj='Undelivered Mail Returned to Sender',
body='',
report=dict(type='delivery-status', mta='dns; mx1.example.test', queue_id='4Bx7Tq2Lm9z3K',
human='''This is the mail system at host mx1.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<w.lamb@oldisp.example>: host mx.oldisp.example[198.51.100.17] said: 550
    5.1.1 <w.lamb@oldisp.example>: Recipient address rejected: User unknown
    (in reply to RCPT TO command)
''',
rcpts=[dict(rcpt='w.lamb@oldisp.example', orig=True, action='failed', status='5.1.1',
            remote='mx.oldisp.example', diag='550 5.1.1 <w.lamb@oldisp.example>: Recipient address rejected: User unknown')],
orig=dict(to='w.lamb@oldisp.example', subj='Re: Solicitors will be in touch re: skydive injury',
body='''Dear Mr Lamb,

Thank you for your message and I am very sorry to hear about your ankle. I have passed your email to our operations manager and our insurers as requested.

> My solicitors, Grainger & Pope, will be contacting you shortly regarding
> a personal injury claim.

Kind regards,
Support team
'''))),

dict(kind='bounce', lang='en', trap='-', note='Exchange NDR multipart/report with text/rfc822-headers',
frm='Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@rowntree-design.example>',
return_path='<>',
subj='Undeliverable: Re: Order CS-88412 dispatch',
body='',
report=dict(type='delivery-status', mta='dns; EX01.rowntree-design.example',
human='''Your message to gemma@rowntree-design.example couldn't be delivered.

gemma wasn't found at rowntree-design.example.

Action Required
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you're using Outlook, open this message and remove the recipient's address from the To field.

Diagnostic information for administrators:
Generating server: EX01.rowntree-design.example
gemma@rowntree-design.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
''',
rcpts=[dict(rcpt='gemma@rowntree-design.example', action='failed', status='5.1.10',
            remote='EX01.rowntree-design.example', diag='550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup')],
orig=dict(to='gemma@rowntree-design.example', subj='Re: Order CS-88412 dispatch', headers_only=True))),

dict(date='2025-03-11 10:02', kind='bounce', lang='en', trap='-', note='Exim plain-text bounce, no multipart/report',
frm='Mail Delivery System <Mailer-Daemon@mail.hollybank-skates.example>',
return_path='<>',
subj='Mail delivery failed: returning message to sender',
hdrs=[('X-Failed-Recipients', 'returns@hollybank-skates.example')],
body='''This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  returns@hollybank-skates.example
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
Received: from mx1.example.test ([192.0.2.10])
	by mail.hollybank-skates.example with esmtps id 1uQx7R-000Ab3-2k
	for returns@hollybank-skates.example; Tue, 11 Mar 2025 10:02:44 +0000
From: Support <support@example.test>
To: returns@hollybank-skates.example
Subject: Re: Returns label for exchange
Date: Tue, 11 Mar 2025 10:02:41 +0000

Hello, please find the returns label for the size exchange attached.
'''),

dict(date='2025-06-04 08:31', kind='bounce', lang='en', trap='-', note='qmail plain-text failure notice',
frm='MAILER-DAEMON@mx.saltmarsh-huts.example',
return_path='<>',
subj='failure notice',
body='''Hi. This is the qmail-send program at mx.saltmarsh-huts.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<keys@saltmarsh-huts.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
Received: (qmail 30127 invoked from network); 4 Jun 2025 08:31:12 -0000
From: Support <support@example.test>
To: keys@saltmarsh-huts.example
Subject: Re: hut 31 key
Date: Wed, 04 Jun 2025 09:31:10 +0100

Hi, the replacement key for hut 31 is in the key safe, code as before.
'''),

dict(kind='bounce', lang='en', trap='-', note='Postfix delay warning (action delayed, 4.4.1)',
frm='Mail Delivery System <MAILER-DAEMON@mx1.example.test>',
return_path='<>', relay='mx1.example.test',
subj='Delayed Mail (still being retried)',
body='',
report=dict(type='delivery-status', mta='dns; mx1.example.test', queue_id='4Cq2Hn0Wz7zLp', delay_min=245,
human='''This is the mail system at host mx1.example.test.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<n.harbottle@seniorchess.example>: connect to mx.seniorchess.example[203.0.113.88]:25:
    Connection timed out
''',
rcpts=[dict(rcpt='n.harbottle@seniorchess.example', action='delayed', status='4.4.1',
            remote='mx.seniorchess.example', diag='450 4.4.1 connect to mx.seniorchess.example: Connection timed out')],
orig=dict(to='n.harbottle@seniorchess.example', subj='Re: Club order of 24 electronic boards', headers_only=True))),

dict(date='2025-02-05 09:15', kind='bounce', lang='en', trap='-', note='Sendmail DSN, mailbox full 4.2.2 given up',
frm='Mail Delivery Subsystem <MAILER-DAEMON@relay.fenwick-heritage.example>',
return_path='<>',
subj='Returned mail: see transcript for details',
body='',
report=dict(type='delivery-status', mta='dns; relay.fenwick-heritage.example', delay_min=2880,
human='''The original message was received at Mon, 3 Feb 2025 09:14:02 GMT
from mx1.example.test [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<louise.fenwick@fenwick-heritage.example>
    (reason: 552 5.2.2 Mailbox full)

   ----- Transcript of session follows -----
... while talking to mail.fenwick-heritage.example.:
>>> DATA
<<< 552 5.2.2 <louise.fenwick@fenwick-heritage.example>... Mailbox full
554 5.0.0 Service unavailable
''',
rcpts=[dict(rcpt='louise.fenwick@fenwick-heritage.example', action='failed', status='5.2.2',
            remote='mail.fenwick-heritage.example', diag='552 5.2.2 Mailbox full')],
orig=dict(to='louise.fenwick@fenwick-heritage.example', subj='Re: Formal complaint - commode restoration',
body='''Dear Ms Fenwick,

We have received your complaint and the workshop manager will reply in full by Friday.

Kind regards,
Support team
'''))),

# lists and bulk

dict(kind='list', lang='en', trap='-', note='trade newsletter with List-Id and List-Unsubscribe',
frm='Waxworks Trade News <news@waxworks-trade.example>',
subj='New season fragrance oils + 10% trade discount this week',
pack='altdiv',
hdrs=[('List-Id', 'Waxworks Trade News <trade-news.waxworks-trade.example>'),
      ('List-Unsubscribe', '<https://waxworks-trade.example/unsub?u=8812>, <mailto:unsubscribe@waxworks-trade.example?subject=unsubscribe>'),
      ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
      ('Precedence', 'bulk')],
body='''Hello trade customers,

Our autumn fragrance oil range has landed: Smoked Plum, Cedar & Clove and Winter Orchard are all in stock now in 100 ml, 500 ml and 1 litre.

This week only, use code TRADE10 for 10% off all fragrance oils.

Reminder: our warehouse is closed on Monday 25 August for the bank holiday.

Happy pouring,
The Waxworks team

You are receiving this because you have a trade account with us. Unsubscribe any time.
'''),

dict(kind='list', lang='en', trap='quotes_trigger_text', note='society mailing-list post containing a threat by a list member',
frm='"Ray Hinchcliffe via bonsai-talk" <bonsai-talk@lists.bonsai-society.example>',
subj='[bonsai-talk] Re: Dead junipers from online nurseries',
hdrs=[('List-Id', 'Regional Bonsai Society discussion <bonsai-talk.lists.bonsai-society.example>'),
      ('List-Post', '<mailto:bonsai-talk@lists.bonsai-society.example>'),
      ('List-Unsubscribe', '<mailto:bonsai-talk-leave@lists.bonsai-society.example>'),
      ('Precedence', 'list'),
      ('Sender', 'bonsai-talk-bounces@lists.bonsai-society.example')],
body='''Same thing happened to me with a shimpaku last year. Brown within a month of arriving. I was so annoyed I told them I'd report them to trading standards, but to be fair they refunded in the end.

My advice: don't water it every day, whatever the label says.

Ray

_______________________________________________
bonsai-talk mailing list
bonsai-talk@lists.bonsai-society.example
https://lists.bonsai-society.example/listinfo/bonsai-talk
'''),

dict(kind='list', lang='en', trap='-', note='bulk promo with Precedence: bulk only, HTML-only',
frm='Rollerama Deals <deals@rollerama.example>',
subj='Flash sale: 30% off all quad skates this weekend',
pack='htmlonly',
hdrs=[('Precedence', 'bulk')],
body='''FLASH SALE - this weekend only

30% off every quad skate in the shop, including the new Pastel range.

Free delivery over 50 GBP. Ends Sunday midnight.

Shop now at rollerama.example

You received this email because you signed up at rollerama.example.
'''),

# read receipts

dict(date='2025-04-08 11:02', kind='receipt', lang='en', trap='-', note='Outlook MDN, displayed',
frm='Nigel Harbottle <nigel.harbottle@seniorchess.example>',
subj='Read: Re: Club order of 24 electronic boards',
body='',
report=dict(type='disposition-notification', ua='seniorchess.example; Microsoft Outlook 16.0',
rcpt='nigel.harbottle@seniorchess.example', orig_id='<reply-20250408-0931@mail.example.test>',
human='''Your message

  To: Nigel Harbottle
  Subject: Re: Club order of 24 electronic boards
  Sent: Tuesday, 8 April 2025 09:31:05 (UTC+00:00)

was read on Tuesday, 8 April 2025 11:02:47 (UTC+00:00).
''')),

dict(date='2025-03-06 17:10', kind='receipt', lang='en', trap='-', note='Thunderbird MDN, deleted without being read',
frm='Priya Raman <priya@thelatenightpod.example>',
subj='Not read: Re: episode 48 raw files',
body='',
report=dict(type='disposition-notification', ua='thelatenightpod.example; Thunderbird',
rcpt='priya@thelatenightpod.example', orig_id='<reply-20250306-1544@mail.example.test>',
disposition='manual-action/MDN-sent-manually; deleted',
human='''This is a Return Receipt for the mail that you sent to priya@thelatenightpod.example.

Note: This Return Receipt only acknowledges that the message was deleted on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
''')),

# self mail

dict(kind='self', lang='en', trap='-', note='desk digest from escalated@example.test',
frm='Escalated <escalated@example.test>',
subj='[escalated] Daily summary: 14 escalations, 3 awaiting owner',
body='''Daily summary for support@example.test

Escalated today: 14
  legal_threat ............ 2
  safety .................. 3
  billing_dispute ......... 4
  other ................... 5

Awaiting owner: 3 (oldest 26h)

This message was generated automatically. Do not reply.
'''),

dict(kind='self', lang='en', trap='quotes_trigger_text', note='copy of a desk reply sent from support@example.test quoting a complaint',
frm='Support <support@example.test>',
subj='Re: YOUR PROTEIN BAR PUT MY SON IN A&E',
body='''Dear Ms Pettigrew,

I am so sorry to hear about your son and I hope he is recovering well. We have withdrawn batch 24-1187B from sale while we investigate, and our quality manager will call you today.

> I am absolutely livid. You are going to kill a child. Pull these off your
> website NOW and tell me what you are doing about it.

Kind regards,
Support team
'''),

dict(kind='self', lang='en', trap='-', note='internal note with Message-ID @escalated.example.test',
frm='Jo Fairley <jo.fairley@example.test>',
subj='Handover notes for the weekend shift',
msgid_domain='escalated.example.test',
body='''Hi all,

Handover for Saturday/Sunday:

- the chess board firmware tickets are with the vendor, no action on our side
- two hut bookings waiting for refunds, finance has them
- please don't close anything tagged "press" without checking with me first

Jo
'''),

# ------------------------------------------------------------------ German

dict(kind='auto_reply', lang='de', trap='-', note='Abwesenheitsnotiz with Auto-Submitted',
frm='Katharina Lorenz <k.lorenz@lorenz-moebel.example>',
subj='Abwesenheitsnotiz: Ihre Anfrage Restaurierung Kommode',
hdrs=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All')],
client=('X-Mailer', 'Microsoft Outlook 16.0'),
body='''Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 22. April nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an werkstatt@lorenz-moebel.example.

Mit freundlichen Grüßen
Katharina Lorenz
'''),

dict(kind='auto_reply', lang='de', trap='no_marker_headers', note='German out-of-office without marker headers',
frm='Holger Brink <holger.brink@brink-segelschule.example>',
subj='Nicht im Büro bis 15.09.',
body='''Guten Tag,

ich bin bis zum 15.09. im Urlaub und lese meine E-Mails in dieser Zeit nicht. Ab dem 16.09. bin ich wieder für Sie da.

Viele Grüße
Holger Brink
'''),

dict(kind='auto_reply', lang='de', trap='no_marker_headers', note='German ticket acknowledgement without marker headers',
frm='Kundenservice Waldschach <service@waldschach.example>',
subj='Eingangsbestätigung [#2025-31877]',
body='''Sehr geehrte Kundin, sehr geehrter Kunde,

vielen Dank für Ihre Anfrage. Wir haben diese unter der Vorgangsnummer #2025-31877 erfasst und werden sie schnellstmöglich bearbeiten. Bitte geben Sie bei Rückfragen immer die Vorgangsnummer an.

Dies ist eine automatisch erzeugte Nachricht.

Ihr Waldschach-Kundenservice
'''),

dict(kind='bounce', lang='de', trap='-', note='German DSN multipart/report, 5.1.1',
frm='Mail Delivery System <MAILER-DAEMON@mx.webpost.example>',
return_path='<>',
subj='Unzustellbar: Re: Kelim-Sammlung, Rechnung 2025-0318',
body='',
report=dict(type='delivery-status', mta='dns; mx.webpost.example', charset='utf-8', cte='quoted-printable',
human='''Dies ist eine automatisch erstellte Nachricht des Mailsystems von mx.webpost.example.

Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden:

<r.falk@falk-kanzlei-alt.example>: Der Empfänger ist unbekannt.
    Antwort des Servers: 550 5.1.1 Mailbox unavailable
''',
rcpts=[dict(rcpt='r.falk@falk-kanzlei-alt.example', action='failed', status='5.1.1',
            remote='mx.falk-kanzlei-alt.example', diag='550 5.1.1 Mailbox unavailable')],
orig=dict(to='r.falk@falk-kanzlei-alt.example', subj='Re: Kelim-Sammlung, Rechnung 2025-0318',
body='''Sehr geehrter Herr Dr. Falk,

vielen Dank für Ihre Nachricht. Wir prüfen die beiden beanstandeten Kelims umgehend.

> Nach fruchtlosem Ablauf werde ich ohne weitere Ankündigung Klage erheben.

Mit freundlichen Grüßen
Ihr Kundenservice
'''))),

dict(kind='bounce', lang='de', trap='-', note='German delay notice (Zustellung verzögert)',
frm='Postmaster <postmaster@mail.kessler-kurier.example>',
return_path='<>',
subj='Zustellung verzögert: Re: Rahmenvertrag Mopeds',
body='',
report=dict(type='delivery-status', mta='dns; mail.kessler-kurier.example', delay_min=480, charset='utf-8', cte='quoted-printable',
human='''Dies ist nur eine Warnung. Sie müssen die Nachricht nicht erneut senden.

Die Zustellung an folgende Empfänger ist bisher nicht gelungen:

    fuhrpark@kessler-kurier.example

Der Server versucht weiterhin, die Nachricht zuzustellen. Sie erhalten eine weitere Benachrichtigung, falls die Zustellung endgültig fehlschlägt.
''',
rcpts=[dict(rcpt='fuhrpark@kessler-kurier.example', action='delayed', status='4.2.1',
            remote='mx2.kessler-kurier.example', diag='451 4.2.1 Mailbox temporarily unavailable')],
orig=dict(to='fuhrpark@kessler-kurier.example', subj='Re: Rahmenvertrag Mopeds', headers_only=True))),

dict(kind='list', lang='de', trap='-', note='German club newsletter with List-Id/List-Unsubscribe',
frm='Bonsai-Freunde Süd <newsletter@bonsai-freunde-sued.example>',
subj='Newsletter Mai: Frühjahrsausstellung und Workshop Wacholder',
pack='altp',
hdrs=[('List-Id', 'Newsletter Bonsai-Freunde Sued <newsletter.bonsai-freunde-sued.example>'),
      ('List-Unsubscribe', '<https://bonsai-freunde-sued.example/abmelden?id=5521>'),
      ('Precedence', 'bulk')],
body='''Liebe Bonsai-Freundinnen und -Freunde,

unsere Frühjahrsausstellung findet am 17. und 18. Mai im Bürgerhaus statt. Wer einen Baum ausstellen möchte, meldet sich bitte bis 5. Mai.

Am 24. Mai bieten wir einen Workshop zur Gestaltung von Wacholdern an (max. 12 Plätze).

Herzliche Grüße
Der Vorstand

Sie erhalten diesen Newsletter als Mitglied. Abmelden: siehe Link im Kopf der Nachricht.
'''),

dict(kind='receipt', lang='de', trap='-', note='German MDN (Gelesen:)',
frm='Bernd Schäfer <bernd.schaefer@schachfreunde-waldkirch.example>',
subj='Gelesen: Re: E-Mail-Adresse Ihres Geschäftsführers',
body='',
report=dict(type='disposition-notification', ua='schachfreunde-waldkirch.example; Thunderbird',
rcpt='bernd.schaefer@schachfreunde-waldkirch.example', orig_id='<reply-20250515-1012@mail.example.test>',
human='''Dies ist eine Empfangsbestätigung für die Nachricht, die Sie an bernd.schaefer@schachfreunde-waldkirch.example gesendet haben.

Hinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt wurde. Es gibt keine Garantie, dass der Inhalt gelesen oder verstanden wurde.
''')),

dict(kind='self', lang='de', trap='quotes_trigger_text', note='desk reply copy in German from support@example.test',
frm='Kundenservice <support@example.test>',
subj='AW: Bitte Rückruf von einem Vorgesetzten',
body='''Guten Tag Herr Aydın,

vielen Dank für Ihre Geduld. Unsere Teamleiterin ruft Sie morgen zwischen 10 und 12 Uhr an.

> Ich möchte bitte mit Ihrem Vorgesetzten bzw. der Abteilungsleitung sprechen.

Mit freundlichen Grüßen
Ihr Kundenservice
'''),

# ------------------------------------------------------------------ French

dict(kind='auto_reply', lang='fr', trap='-', note='French auto-reply with X-Autoreply',
frm='Delphine Morin <delphine.morin@morin-tapis.example>',
subj='Réponse automatique : Absente du bureau',
hdrs=[('X-Autoreply', 'yes')],
body='''Bonjour,

Je suis absente du bureau jusqu'au lundi 7 juillet inclus. Pour toute urgence, merci de contacter la boutique au 04 55 55 01 22.

Cordialement,
Delphine Morin
'''),

dict(kind='auto_reply', lang='fr', trap='no_marker_headers', note='French out-of-office without marker headers',
frm='Patrice Lenoir <patrice.lenoir@lenoir-peniches.example>',
subj='Absent jusqu\'au 2 septembre',
body='''Bonjour,

Je suis en congés jusqu'au 2 septembre et je n'aurai pas accès à ma messagerie. Votre message ne sera pas transféré. Je vous répondrai dès mon retour.

Bien à vous,
Patrice Lenoir
'''),

dict(kind='auto_reply', lang='fr', trap='no_marker_headers', note='French unmonitored-address notice without marker headers',
frm='Ne pas répondre <ne-pas-repondre@parfums-bougies.example>',
subj='Cette adresse n\'est plus consultée',
body='''Bonjour,

Cette adresse e-mail n'est plus consultée. Votre message n'a pas été lu.

Pour toute question sur une commande, merci d'utiliser le formulaire de contact de notre site.

L'équipe Parfums & Bougies
'''),

dict(kind='bounce', lang='fr', trap='-', note='French Exchange NDR (Non remis) multipart/report',
frm='Microsoft Outlook <postmaster@courriel.example>',
return_path='<>',
subj='Non remis : Re: Prélèvement en double - commande 22871',
body='',
report=dict(type='delivery-status', mta='dns; smtp.courriel.example', charset='utf-8', cte='quoted-printable',
human='''Votre message n'a pas pu être remis à camille.moreau@courriel.example.

Le destinataire est introuvable : la boîte aux lettres n'existe pas ou a été désactivée.

Informations de diagnostic pour les administrateurs :
Serveur de génération : smtp.courriel.example
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
''',
rcpts=[dict(rcpt='camille.moreau@courriel.example', action='failed', status='5.1.1',
            remote='smtp.courriel.example', diag='550 5.1.1 RESOLVER.ADR.RecipNotFound; not found')],
orig=dict(to='camille.moreau@courriel.example', subj='Re: Prelevement en double - commande 22871', headers_only=True))),

dict(date='2025-07-09 14:03', kind='bounce', lang='fr', trap='-', note='French ISP plain-text failure report',
frm='MAILER-DAEMON <MAILER-DAEMON@mx.courriel.example>',
return_path='<>',
subj='Échec de la remise du message',
body='''Ceci est un message automatique du serveur de messagerie mx.courriel.example.

Votre message n'a pas pu être remis au destinataire suivant :

  <as.roux@courriel-old.example>
  Erreur permanente : 550 5.1.1 utilisateur inconnu

Objet du message : Re: Facture erronée péniche
Date : mer. 9 juil. 2025 14:02

Aucune nouvelle tentative ne sera effectuée.
'''),

dict(kind='list', lang='fr', trap='-', note='French newsletter with List-Unsubscribe and Precedence bulk',
frm='L\'Atelier du Vitrail <lettre@atelier-vitrail.example>',
subj='La lettre de l\'atelier : stages d\'été 2025',
pack='altdiv',
hdrs=[('List-Id', '<lettre.atelier-vitrail.example>'),
      ('List-Unsubscribe', '<mailto:desinscription@atelier-vitrail.example>'),
      ('Precedence', 'bulk')],
body='''Bonjour à toutes et à tous,

Les inscriptions aux stages d'été sont ouvertes : initiation au vitrail au plomb (5 jours), technique Tiffany (3 jours) et peinture sur verre (2 jours).

Places limitées à 8 personnes par stage.

À bientôt à l'atelier !

Pour ne plus recevoir cette lettre, répondez avec "désinscription".
'''),

dict(date='2025-04-11 09:45', kind='receipt', lang='fr', trap='-', note='French MDN (Lu :)',
frm='Hélène de Villiers <h.devilliers@courriel.example>',
subj='Lu : Re: Restauration de la commode Louis XV',
body='',
report=dict(type='disposition-notification', ua='courriel.example; Microsoft Outlook 16.0',
rcpt='h.devilliers@courriel.example', orig_id='<reply-20250411-0810@mail.example.test>',
human='''Votre message

  À : Hélène de Villiers
  Objet : Re: Restauration de la commode Louis XV
  Envoyé : vendredi 11 avril 2025 08:10:22 (UTC+01:00)

a été lu le vendredi 11 avril 2025 09:45:03 (UTC+01:00).
''')),

dict(kind='self', lang='fr', trap='-', note='escalated@example.test notification in French',
frm='Escalated <escalated@example.test>',
subj='[escalated] Nouveau dossier prioritaire assigné',
body='''Un nouveau dossier prioritaire vous a été assigné.

File : clients-fr
Ancienneté : 2 h 14 min
Ouvrir le dossier dans l'outil pour le détail.

Ce message est généré automatiquement, merci de ne pas y répondre.
'''),

# ------------------------------------------------------------------ Spanish

dict(kind='auto_reply', lang='es', trap='-', note='Spanish out-of-office with Auto-Submitted',
frm='Rosa Martín <rosa.martin@martin-alfombras.example>',
subj='Respuesta automática: Fuera de la oficina',
hdrs=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'auto_reply')],
body='''Gracias por su mensaje.

Estaré fuera de la oficina hasta el 25 de agosto sin acceso al correo. Para asuntos urgentes, contacte con tienda@martin-alfombras.example.

Un saludo,
Rosa Martín
'''),

dict(kind='auto_reply', lang='es', trap='no_marker_headers', note='Spanish vacation reply without marker headers',
frm='Jaime Soto <jaime.soto@soto-patines.example>',
subj='De vacaciones hasta el 1 de septiembre',
body='''Hola:

Estoy de vacaciones hasta el 1 de septiembre y no leeré el correo hasta mi vuelta. Su mensaje no se reenviará.

Gracias,
Jaime Soto
'''),

dict(kind='auto_reply', lang='es', trap='no_marker_headers', note='Spanish ticket acknowledgement without marker headers',
frm='Atención al Cliente Minigolf Costa <clientes@minigolf-costa.example>',
subj='Hemos recibido su solicitud (caso n.º 77120)',
body='''Estimado/a cliente:

Hemos recibido su solicitud y le hemos asignado el número de caso 77120. Nuestro equipo le responderá en un plazo máximo de 48 horas laborables.

Este mensaje se ha generado automáticamente. Por favor, no responda a este correo.

Atención al Cliente
Minigolf Costa
'''),

dict(kind='bounce', lang='es', trap='quotes_trigger_text', note='Spanish DSN multipart/report with original desk reply',
frm='Sistema de correo <MAILER-DAEMON@mx.correo.example>',
return_path='<>',
subj='No se puede entregar: Re: Salto tándem - acciones legales',
body='',
report=dict(type='delivery-status', mta='dns; mx.correo.example', charset='utf-8', cte='8bit',
human='''Este es un mensaje automático del sistema de correo de mx.correo.example.

No ha sido posible entregar su mensaje a uno o más destinatarios:

<j.ortega@correo-antiguo.example>: 550 5.1.1 El usuario no existe
''',
rcpts=[dict(rcpt='j.ortega@correo-antiguo.example', action='failed', status='5.1.1',
            remote='mx.correo-antiguo.example', diag='550 5.1.1 user unknown')],
orig=dict(to='j.ortega@correo-antiguo.example', subj='Re: Salto tandem - acciones legales',
body='''Estimado Sr. Ortega:

Lamentamos mucho lo ocurrido. Hemos trasladado su mensaje a nuestra aseguradora.

> Si no hay una respuesta seria, iniciaremos acciones legales.

Un saludo,
Atención al cliente
'''))),

dict(kind='bounce', lang='es', trap='-', note='Spanish delay warning (Mensaje retrasado)',
frm='Administrador del sistema <postmaster@correo.example>',
return_path='<>',
subj='Mensaje retrasado: Re: La web de reservas no funciona',
body='',
report=dict(type='delivery-status', mta='dns; smtp.correo.example', delay_min=360, charset='utf-8', cte='quoted-printable',
human='''Este es solo un aviso. No es necesario que vuelva a enviar el mensaje.

Todavía no se ha podido entregar su mensaje a:

    pablo.iglesiasrey@correo.example

El servidor seguirá intentándolo durante 4 días más.
''',
rcpts=[dict(rcpt='pablo.iglesiasrey@correo.example', action='delayed', status='4.4.7',
            remote='mx2.correo.example', diag='421 4.4.7 Temporary failure, try again later')],
orig=dict(to='pablo.iglesiasrey@correo.example', subj='Re: La web de reservas no funciona', headers_only=True))),

dict(kind='list', lang='es', trap='-', note='Spanish webshop newsletter with List-Unsubscribe',
frm='NutriSport Tienda <boletin@nutrisport-tienda.example>',
subj='¡Novedades de verano! Hidratación y barritas nuevas',
pack='altp',
hdrs=[('List-Unsubscribe', '<https://nutrisport-tienda.example/baja?c=77310>'),
      ('List-Id', 'Boletin NutriSport <boletin.nutrisport-tienda.example>')],
body='''Hola deportista:

Llegan las novedades de verano: sales minerales sabor limón, barritas de avena y cacao y un nuevo gel con cafeína.

Envío gratis a partir de 40 € hasta el 31 de julio.

¡Nos vemos en la meta!

Si no quieres recibir más correos, date de baja aquí.
'''),

dict(date='2025-06-02 18:02', kind='receipt', lang='es', trap='-', note='Spanish MDN (Leído:)',
frm='Adrián Vega <adrian.vega@correo.example>',
subj='Leído: Re: Pedido de 24 tableros electrónicos',
body='',
report=dict(type='disposition-notification', ua='correo.example; Microsoft Outlook 16.0',
rcpt='adrian.vega@correo.example', orig_id='<reply-20250602-1720@mail.example.test>',
human='''Su mensaje

  Para: Adrián Vega
  Asunto: Re: Pedido de 24 tableros electrónicos
  Enviado: lunes, 2 de junio de 2025 17:20:11 (UTC+01:00)

ha sido leído el lunes, 2 de junio de 2025 18:02:40 (UTC+01:00).
''')),

dict(kind='self', lang='es', trap='-', note='Spanish internal note with Message-ID @escalated.example.test',
frm='Lucía Prados <lucia.prados@example.test>',
subj='Nota interna: casos pendientes de la cola en español',
msgid_domain='escalated.example.test',
body='''Hola equipo:

Quedan 4 casos abiertos en la cola en español. Dos esperan respuesta del taller y dos de contabilidad. No hace falta hacer nada hasta el lunes.

Lucía
'''),

]
