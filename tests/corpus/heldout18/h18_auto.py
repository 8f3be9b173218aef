# Automated mail: auto-replies, bounces/DSNs, list/bulk mail, read receipts (MDN), self mail.
# Hand-written, one block per message. make_corpus.py builds the MIME structure
# (multipart/report for report="dsn"/"mdn", optional HTML for lists).
# Fields: kind, lang, frm, subj, hdrs (extra headers), body, report, status, original,
#         orig_type ("rfc822" or "headers"), msgid_domain, trap, note, opt

def A(**k):
    return k

DESK_REPLY_1 = """\
From: Support <support@example.test>
To: Callum Brannigan <callum.brannigan@postbox.example>
Subject: Re: my Telecaster - neck reset
Message-ID: <r7f2a91c04@escalated.example.test>
Date: Mon, 14 Oct 2024 10:02:11 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Hi Callum,

Thanks for your message. Your guitar is on the bench and we will call you
tomorrow with a firm date.

> I'll be honest, my brother-in-law is a solicitor and he will be reading
> whatever reply you send to this.

Best regards,
Support
"""

MESSAGES = [

# ------------------------------------------------------------------ auto_reply
A(kind="auto_reply", lang="en", trap="-", note="vacation reply, RFC 3834 Auto-Submitted",
  frm="Fiona MacLeod <fiona.macleod@glenpost.example>",
  subj="Out of office: Re: cavity wall job 14 Brae Road",
  hdrs=[("Auto-Submitted", "auto-replied")],
  body="""\
Thank you for your email. I am on annual leave until Monday 28 October with no access to email. If your message is urgent, please call the office on 01632 555 210.

Fiona
"""),

A(kind="auto_reply", lang="en", trap="auto_reply_quotes_trigger", note="vacation reply quoting the customer's own threat",
  frm="Gordon Pike <gordon.pike@fieldpost.example>",
  subj="Auto Reply: Your tanker driver left raw sewage running into my neighbour's well",
  hdrs=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
  body="""\
I'm out on the fields most of the day and only check email in the evening. If it's about livestock ring 01632 555 877.

----- Original message -----
I am absolutely livid. Somebody from your company needs to come out TODAY. Worst contractor I have had on this farm in thirty years.
"""),

A(kind="auto_reply", lang="en", trap="-", note="Precedence: auto_reply only",
  frm="Kai Brennan <kai@levelupesports.example>",
  subj="Re: Team order KB-88215 [auto-response]",
  hdrs=[("Precedence", "auto_reply")],
  body="""\
Hi! I'm travelling with the team to the regional finals until 20 Oct. For anything about equipment orders contact ops@levelupesports.example.

Kai
"""),

A(kind="auto_reply", lang="en", trap="auto_reply_no_headers", note="out-of-office with no marker headers at all",
  frm="Imran Qureshi <imran.qureshi@atlasmove.example>",
  subj="Away: Invoice RM-77410",
  hdrs=[],
  body="""\
I am currently out of the office with limited access to email, returning Wednesday 23 October.

For urgent accounts payable queries please contact ap@atlasmove.example.

Kind regards
Imran Qureshi
"""),

A(kind="auto_reply", lang="en", trap="auto_reply_no_headers", note="maternity leave notice, no markers",
  frm="Laura Whitfield <laura.whitfield@nestmail.example>",
  subj="Automatic reply: Buckle on the Orbit 360",
  hdrs=[],
  body="""\
Hello, I'm on maternity leave until April and not checking this inbox. If you need to reach me about something urgent, please text.

Laura
"""),

A(kind="auto_reply", lang="en", trap="-", note="ticket acknowledgement from another helpdesk",
  frm="Northgate College IT Helpdesk <helpdesk@northgatecollege.example>",
  subj="[Request ID :##48213##] : Re: Bulk order for computer lab",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
  body="""\
Dear Requester,

Your request has been logged with Request ID 48213. A member of the IT Services team will respond within 2 working days.

Please do not change the subject line when replying, so that your reply is added to the same request.

This is an automatically generated message.
Northgate College IT Services
"""),

A(kind="auto_reply", lang="en", trap="-", note="ticket acknowledgement from vendor support system",
  frm="Atlas Move Support <support@atlasmove.example>",
  subj="We've received your request [#AM-99120]",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zephdesk Notifications")],
  body="""\
Hello,

Thanks for contacting Atlas Move. This is an automatic confirmation that we've received your message and created ticket #AM-99120.

Our team usually replies within one business day. You can add more information by replying to this email.

-- 
Atlas Move Customer Care
"""),

A(kind="auto_reply", lang="en", trap="-", note="unmonitored mailbox notice",
  frm="Noreply <no-reply@bullseyemail.example>",
  subj="This mailbox is not monitored",
  hdrs=[("Auto-Submitted", "auto-replied")],
  body="""\
This email address is not monitored. Your message has not been read and will be deleted.

If you need to contact us, please use the contact form at https://www.bullseyemail.example/contact.
"""),

A(kind="auto_reply", lang="en", trap="auto_reply_no_headers", note="person has left the company, no markers",
  frm="Sanjay Patel <sanjay.patel@corpreloc.example>",
  subj="Sanjay Patel has left Corp Relocations",
  hdrs=[],
  body="""\
Thank you for your email. Sanjay Patel is no longer with Corp Relocations and this mailbox is no longer monitored.

For global mobility enquiries please contact mobility@corpreloc.example. Your message has not been forwarded.
"""),

A(kind="auto_reply", lang="en", trap="auto_reply_quotes_trigger", note="auto-reply quoting legal threat in the original",
  frm="Nikos Papadakis <nikos.papadakis@aegeanmail.example>",
  subj="Re: Repair - crack worse after your work (vacation)",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
  body="""\
I am on holiday in Crete until 4 November, I read email only sometimes.

> I give already all the papers to my lawyer. He will write you.
"""),

A(kind="auto_reply", lang="en", trap="-", note="busy-period autoresponder of a small business, X-Autorespond",
  frm="Crown and Curl Studio <hello@crownandcurl.example>",
  subj="Thanks for your message!",
  hdrs=[("X-Autorespond", "Thanks for your message!"), ("Precedence", "auto_reply")],
  body="""\
Hi lovely,

Thanks for getting in touch! We're a tiny team and we reply to every email personally, usually within 48 hours. If your question is about an existing order, please have your order number ready.

Love, the Crown & Curl team
"""),

A(kind="auto_reply", lang="de", trap="-", note="Abwesenheitsnotiz, Auto-Submitted",
  frm="Jürgen Weißhaupt <j.weisshaupt@hafenpost.example>",
  subj="Abwesenheitsnotiz: Umzug nach Kanada",
  hdrs=[("Auto-Submitted", "auto-replied")],
  body="""\
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 25.10. nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Ahrens (ahrens@hafenpost.example).

Mit freundlichen Grüßen
Jürgen Weißhaupt
"""),

A(kind="auto_reply", lang="de", trap="auto_reply_no_headers", note="German out-of-office without markers",
  frm="Gerhard Stolz <gerhard.stolz@bridgepost.example>",
  subj="Automatische Antwort: Turnierergebnisse verschwunden",
  hdrs=[],
  body="""\
Ich bin bis zum 3. November im Urlaub. Ihre E-Mail wird nicht weitergeleitet. Bei Fragen zum Turnierbetrieb wenden Sie sich bitte an den Vorstand.

Gerhard Stolz
"""),

A(kind="auto_reply", lang="de", trap="-", note="Eingangsbestätigung Ticketsystem",
  frm="Kundenservice Hausbau <service@hausbau.example>",
  subj="Ihre Anfrage ist bei uns eingegangen [Ticket#2024101410000371]",
  hdrs=[("Auto-Submitted", "auto-generated"), ("X-Loop", "service@hausbau.example")],
  body="""\
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Ticketnummer 2024101410000371 erfasst. Wir melden uns schnellstmöglich bei Ihnen.

Dies ist eine automatisch erzeugte E-Mail, bitte antworten Sie nicht darauf.

Ihr Kundenservice
"""),

A(kind="auto_reply", lang="fr", trap="-", note="réponse automatique, X-Autoreply",
  frm="Claire Dubois-Martel <claire.duboismartel@courriel.example>",
  subj="Réponse automatique : Déménagement Lyon → Montréal",
  hdrs=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
  body="""\
Bonjour,

Je suis absente du bureau jusqu'au 28 octobre inclus. Pour toute urgence, merci de contacter mon assistante au +33 1 555 01 42.

Cordialement,
Claire Dubois-Martel
"""),

A(kind="auto_reply", lang="fr", trap="auto_reply_no_headers", note="absence sans en-têtes",
  frm="Jean-Pierre Vasseur <jp.vasseur@bridgeclub.example>",
  subj="Absent : Données des licenciés effacées",
  hdrs=[],
  body="""\
Je suis en congés jusqu'au 4 novembre. Votre message ne sera pas transféré. Pour le club, écrivez à secretariat@bridgeclub.example.

Jean-Pierre Vasseur
"""),

A(kind="auto_reply", lang="fr", trap="-", note="a quitté la société",
  frm="Nicolas Fabre <nicolas.fabre@bureau.example>",
  subj="Nicolas Fabre ne fait plus partie de la société",
  hdrs=[("Auto-Submitted", "auto-replied")],
  body="""\
Bonjour,

Nicolas Fabre a quitté la société. Cette adresse n'est plus consultée. Merci d'adresser vos demandes à achats@bureau.example.
"""),

A(kind="auto_reply", lang="es", trap="-", note="respuesta automática, Auto-Submitted",
  frm="Alejandro Ruiz Montero <alejandro.ruiz@mudanzas-correo.example>",
  subj="Respuesta automática: Mudanza a Buenos Aires",
  hdrs=[("Auto-Submitted", "auto-replied")],
  body="""\
Estoy fuera de la oficina hasta el 30 de octubre sin acceso al correo. Para asuntos urgentes, llame al +34 91 555 0147.

Un saludo,
Alejandro
"""),

A(kind="auto_reply", lang="es", trap="auto_reply_no_headers", note="vacaciones sin cabeceras",
  frm="Ramón Herrera <ramon.herrera@clubbridge.example>",
  subj="Fuera de la oficina: Datos de socios expuestos",
  hdrs=[],
  body="""\
Hola, estoy de vacaciones hasta el lunes 4 de noviembre. Su correo no será reenviado. Para temas del club escriba a junta@clubbridge.example.

Ramón
"""),

A(kind="auto_reply", lang="es", trap="-", note="buzón no atendido, Precedence auto_reply",
  frm="No responder <noresponder@empresa.example>",
  subj="Este buzón no se atiende",
  hdrs=[("Precedence", "auto_reply")],
  body="""\
Este buzón no es atendido. Su mensaje no ha sido leído. Si necesita ayuda, utilice el formulario de contacto de nuestra web.
"""),

# ------------------------------------------------------------------ bounces
A(kind="bounce", lang="en", trap="bounce_quotes_trigger", note="Postfix DSN returning desk reply that quotes a legal threat",
  frm="Mail Delivery System <MAILER-DAEMON@mx1.postbox.example>",
  subj="Undelivered Mail Returned to Sender",
  hdrs=[("Auto-Submitted", "auto-replied")],
  report="dsn",
  body="""\
This is the mail system at host mx1.postbox.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<callum.brannigan@postbox.example>: host mx1.postbox.example[192.0.2.41]
    said: 552 5.2.2 Mailbox full (in reply to RCPT TO command)
""",
  status="""\
Reporting-MTA: dns; mx1.postbox.example
X-Postfix-Queue-ID: 4XK2Q51m7Rz1
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: Mon, 14 Oct 2024 10:02:12 +0000 (UTC)

Final-Recipient: rfc822; callum.brannigan@postbox.example
Original-Recipient: rfc822;callum.brannigan@postbox.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx1.postbox.example
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
""",
  original=DESK_REPLY_1, orig_type="rfc822"),

A(kind="bounce", lang="en", trap="-", note="qmail plain-text failure notice",
  frm="MAILER-DAEMON@mail.fletchmail.example",
  subj="failure notice",
  hdrs=[],
  body="""\
Hi. This is the qmail-send program at mail.fletchmail.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<callum.mcbride@fletchmail.example>:
192.0.2.77 does not like recipient.
Remote host said: 550 5.1.1 <callum.mcbride@fletchmail.example>: Recipient address rejected: User unknown in virtual mailbox table
Giving up on 192.0.2.77.

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
Received: (qmail 21874 invoked from network); 15 Oct 2024 08:11:52 -0000
Message-ID: <a1b2c3d4e5@escalated.example.test>
From: Support <support@example.test>
To: callum.mcbride@fletchmail.example
Subject: Re: Range membership - I'm done

Hi Callum, we're sorry to hear about the closures. We'd like to offer you
two free guest sessions.
"""),

A(kind="bounce", lang="en", trap="-", note="Exim plain-text bounce with X-Failed-Recipients",
  frm="Mail Delivery System <Mailer-Daemon@relay.glenmail.example>",
  subj="Mail delivery failed: returning message to sender",
  hdrs=[("X-Failed-Recipients", "elaine.hutchison@glenmail.example"), ("Auto-Submitted", "auto-replied")],
  body="""\
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  elaine.hutchison@glenmail.example
    host mx.glenmail.example [198.51.100.23]
    SMTP error from remote mail server after RCPT TO:<elaine.hutchison@glenmail.example>:
    550 5.1.1 User unknown

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
Message-Id: <b77c01e9f2@escalated.example.test>
From: Support <support@example.test>
To: elaine.hutchison@glenmail.example
Subject: Re: Head office contact
Date: Tue, 15 Oct 2024 09:30:00 +0000

Dear Elaine, our head office can be reached at the address below.
"""),

A(kind="bounce", lang="en", trap="-", note="Exchange-style NDR as multipart/report",
  frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@harbourmail.example>",
  subj="Undeliverable: Re: Recall?",
  hdrs=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")],
  report="dsn",
  body="""\
Your message to james.whitaker@harbourmail.example couldn't be delivered.

james.whitaker wasn't found at harbourmail.example.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
""",
  status="""\
Reporting-MTA: dns;AM9PR01MB1234.eurprd01.prod.harbourmail.example
Received-From-MTA: dns;mail.example.test
Arrival-Date: Wed, 16 Oct 2024 11:04:53 +0000

Final-Recipient: rfc822;james.whitaker@harbourmail.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""",
  original="""\
From: Support <support@example.test>
To: james.whitaker@harbourmail.example
Subject: Re: Recall?
Message-ID: <c0ffee1234@escalated.example.test>
Date: Wed, 16 Oct 2024 11:04:50 +0000
""", orig_type="headers"),

A(kind="bounce", lang="en", trap="-", note="delay warning (Action: delayed)",
  frm="Mail Delivery System <MAILER-DAEMON@smtp.sakuramail.example>",
  subj="Delayed Mail (still being retried)",
  hdrs=[("Auto-Submitted", "auto-replied")],
  report="dsn",
  body="""\
This is the mail system at host smtp.sakuramail.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<yuki.matsumoto@sakuramail.example>: connect to mx.sakuramail.example[203.0.113.18]:25:
    Connection timed out
""",
  status="""\
Reporting-MTA: dns; smtp.sakuramail.example
Arrival-Date: Thu, 17 Oct 2024 02:15:40 +0900 (JST)

Final-Recipient: rfc822; yuki.matsumoto@sakuramail.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.sakuramail.example[203.0.113.18]:25:
    Connection timed out
Will-Retry-Until: Tue, 22 Oct 2024 02:15:40 +0900 (JST)
""",
  original="""\
From: Support <support@example.test>
To: Yuki Matsumoto <yuki.matsumoto@sakuramail.example>
Subject: Re: Please forward this to your CEO
Message-ID: <d4e5f6a7b8@escalated.example.test>
Date: Wed, 16 Oct 2024 17:15:38 +0000
""", orig_type="headers"),

A(kind="bounce", lang="en", trap="-", note="Sendmail-style DSN over quota",
  frm="Mail Delivery Subsystem <MAILER-DAEMON@mail.greenacre.example>",
  subj="Returned mail: see transcript for details",
  hdrs=[("Auto-Submitted", "auto-generated (failure)")],
  report="dsn",
  body="""\
The original message was received at Fri, 18 Oct 2024 14:22:01 +0100
from mail.example.test [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<raymond.okoro@greenacre.example>
    (reason: 552 5.2.2 Quota exceeded)

   ----- Transcript of session follows -----
... while talking to mx.greenacre.example.:
>>> DATA
<<< 552 5.2.2 <raymond.okoro@greenacre.example>... Quota exceeded
""",
  status="""\
Reporting-MTA: dns; mail.greenacre.example
Received-From-MTA: DNS; mail.example.test
Arrival-Date: Fri, 18 Oct 2024 14:22:01 +0100

Final-Recipient: RFC822; raymond.okoro@greenacre.example
Action: failed
Status: 5.2.2
Remote-MTA: DNS; mx.greenacre.example
Diagnostic-Code: SMTP; 552 5.2.2 Quota exceeded
Last-Attempt-Date: Fri, 18 Oct 2024 14:22:03 +0100
""",
  original="""\
From: Support <support@example.test>
To: raymond.okoro@greenacre.example
Subject: Re: Environmental Agency
Message-ID: <e8f9a0b1c2@escalated.example.test>
Date: Fri, 18 Oct 2024 13:21:59 +0000
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Dear Mr Okoro, we have opened an internal investigation.
""", orig_type="rfc822"),

A(kind="bounce", lang="en", trap="-", note="ARF abuse feedback report",
  frm="Abuse Desk <abuse@feedback.lotusmail.example>",
  subj="Abuse Report: complaint about mail from example.test",
  hdrs=[("Auto-Submitted", "auto-generated")],
  report="arf",
  body="""\
This is an email abuse report for an email message received from IP 192.0.2.10 on Sat, 19 Oct 2024 08:14:02 +0000.
A recipient marked this message as spam. For more information about this format please see http://www.mipassoc.example/arf/.
""",
  status="""\
Feedback-Type: abuse
User-Agent: LotusFBL/1.0
Version: 1
Original-Mail-From: <support@example.test>
Arrival-Date: Sat, 19 Oct 2024 08:14:02 +0000
Source-IP: 192.0.2.10
Reported-Domain: example.test
""",
  original="""\
From: Support <support@example.test>
To: sunita.rao@lotusmail.example
Subject: Re: checkout error and then charged anyway
Message-ID: <f1e2d3c4b5@escalated.example.test>
Date: Sat, 19 Oct 2024 08:13:58 +0000
""", orig_type="headers"),

A(kind="bounce", lang="de", trap="-", note="German DSN (Unzustellbar)",
  frm="Mail Delivery System <MAILER-DAEMON@mx.zockerpost.example>",
  subj="Unzustellbar: Re: Alle Profile weg nach Update",
  hdrs=[("Auto-Submitted", "auto-replied")],
  report="dsn",
  body="""\
Dies ist eine automatisch erstellte Nachricht des Mailservers mx.zockerpost.example.

Ihre Nachricht konnte leider nicht an einen oder mehrere Empfänger zugestellt werden.

<lukas.brenner@zockerpost.example>: Das Postfach ist voll.
""",
  status="""\
Reporting-MTA: dns; mx.zockerpost.example
Arrival-Date: Mon, 21 Oct 2024 09:12:44 +0200

Final-Recipient: rfc822; lukas.brenner@zockerpost.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
""",
  original="""\
From: Support <support@example.test>
To: lukas.brenner@zockerpost.example
Subject: Re: Alle Profile weg nach Update
Message-ID: <a9b8c7d6e5@escalated.example.test>
Date: Mon, 21 Oct 2024 07:12:40 +0000
""", orig_type="headers"),

A(kind="bounce", lang="de", trap="bounce_quotes_trigger", note="German qmail-style plain bounce quoting a threat",
  frm="MAILER-DAEMON@mail.dorfpost.example",
  subj="Fehler bei der Zustellung",
  hdrs=[("Auto-Submitted", "auto-replied")],
  body="""\
Hallo. Dies ist das qmail-send Programm auf mail.dorfpost.example.
Leider konnte Ihre Nachricht nicht an die folgende Adresse zugestellt werden.
Dies ist ein permanenter Fehler.

<brockmann.fam@dorfpost.example>:
Empfänger unbekannt / user unknown (#5.1.1)

--- Unterhalb dieser Zeile befindet sich eine Kopie der Nachricht.

From: Support <support@example.test>
To: brockmann.fam@dorfpost.example
Subject: Re: Rechnung 2291
Message-ID: <b1c2d3e4f5@escalated.example.test>

> Wenn die Rechnung nicht korrigiert wird, kündigen wir den Wartungsvertrag
> und schalten unseren Anwalt ein.

Sehr geehrte Familie Brockmann, wir haben die Rechnung korrigiert.
"""),

A(kind="bounce", lang="fr", trap="-", note="French DSN (non remis)",
  frm="Service de messagerie <mailer-daemon@smtp.courriel.example>",
  subj="Non remis : Re: Déménagement Lyon → Montréal",
  hdrs=[("Auto-Submitted", "auto-replied")],
  report="dsn",
  body="""\
Ceci est un message automatique du serveur smtp.courriel.example.

Votre message n'a pas pu être remis au(x) destinataire(s) suivant(s) :

<claire.duboismartel@courriel.example> : adresse inconnue.
""",
  status="""\
Reporting-MTA: dns; smtp.courriel.example
Arrival-Date: Tue, 22 Oct 2024 10:01:12 +0200

Final-Recipient: rfc822; claire.duboismartel@courriel.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Adresse inconnue
""",
  original="""\
From: Support <support@example.test>
To: claire.duboismartel@courriel.example
Subject: Re: =?utf-8?q?D=C3=A9m=C3=A9nagement?=
Message-ID: <c3d4e5f6a7@escalated.example.test>
Date: Tue, 22 Oct 2024 08:01:10 +0000
""", orig_type="headers"),

A(kind="bounce", lang="fr", trap="-", note="French delay warning (plain text, Exim style)",
  frm="Mail Delivery System <Mailer-Daemon@mx.plume.example>",
  subj="Avertissement : message retardé",
  hdrs=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "helene.mercier@plume.example")],
  body="""\
Ce message a été créé automatiquement par le logiciel de distribution du courrier.

Un message que vous avez envoyé n'a pas encore pu être distribué à un ou
plusieurs destinataires après plus de 24 heures dans la file d'attente
sur mx.plume.example.

  helene.mercier@plume.example
    Délai dépassé lors de la connexion à mx2.plume.example [203.0.113.52]

Aucune action n'est requise de votre part. Les tentatives continueront
jusqu'à 4 jours après l'envoi initial.
"""),

A(kind="bounce", lang="es", trap="-", note="Spanish DSN",
  frm="Sistema de entrega de correo <MAILER-DAEMON@correo.gamer.example>",
  subj="No se puede entregar: Re: Perdí todos mis perfiles",
  hdrs=[("Auto-Submitted", "auto-replied")],
  report="dsn",
  body="""\
Este es un mensaje generado automáticamente por el servidor correo.gamer.example.

No se ha podido entregar su mensaje a los siguientes destinatarios:

<diego.navarro@gamer.example>: el buzón no existe.
""",
  status="""\
Reporting-MTA: dns; correo.gamer.example
Arrival-Date: Wed, 23 Oct 2024 12:40:01 +0200

Final-Recipient: rfc822; diego.navarro@gamer.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Usuario desconocido
""",
  original="""\
From: Support <support@example.test>
To: diego.navarro@gamer.example
Subject: Re: =?utf-8?q?Perd=C3=AD_todos_mis_perfiles?=
Message-ID: <d5e6f7a8b9@escalated.example.test>
Date: Wed, 23 Oct 2024 10:39:58 +0000
""", orig_type="headers"),

A(kind="bounce", lang="es", trap="-", note="Spanish plain bounce, relay denied",
  frm="MAILER-DAEMON@mx.finca.example",
  subj="Notificación de fallo en la entrega",
  hdrs=[("Auto-Submitted", "auto-replied")],
  body="""\
Este mensaje ha sido creado automáticamente por el sistema de correo.

Su mensaje no pudo ser entregado a uno o más destinatarios. Error permanente.

  francisco.moreno@finca.example
    Error SMTP del servidor remoto tras RCPT TO:
    554 5.7.1 Relay access denied

------ Copia del mensaje original ------

From: Support <support@example.test>
To: francisco.moreno@finca.example
Subject: Re: Direccion de la sede
Message-ID: <e7f8a9b0c1@escalated.example.test>

Estimado Sr. Moreno, le adjuntamos la dirección de nuestra sede.
"""),

# ------------------------------------------------------------------ list / bulk
A(kind="list", lang="en", trap="-", note="supplier newsletter with List-Id and List-Unsubscribe, HTML",
  frm="Tonewood Supply Co. <news@tonewoodsupply.example>",
  subj="October offcuts: spruce tops, Indian rosewood sets & a new fret wire",
  hdrs=[("List-Id", "Tonewood Supply News <news.tonewoodsupply.example>"),
        ("List-Unsubscribe", "<mailto:unsubscribe@tonewoodsupply.example>, <https://tonewoodsupply.example/u/88412>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk")],
  opt={"html": "p"},
  body="""\
Hello luthiers,

This month we've got a fresh batch of AAA Engelmann spruce tops, a small run of Indian rosewood back and side sets, and a new 2.4 mm stainless fret wire that's kinder to your files.

Workshop tip: let your tops acclimatise in the shop for at least two weeks before joining.

You're receiving this because you subscribed at tonewoodsupply.example. Unsubscribe any time.
"""),

A(kind="list", lang="en", trap="list_quotes_trigger", note="discussion list post containing trigger words from another member",
  frm="Bill Amos via Bridge Directors <bridge-directors@lists.cuebid.example>",
  subj="[bridge-directors] Scoring servers down again?",
  hdrs=[("List-Id", "Bridge club directors discussion <bridge-directors.lists.cuebid.example>"),
        ("List-Unsubscribe", "<mailto:bridge-directors-leave@lists.cuebid.example>"),
        ("List-Post", "<mailto:bridge-directors@lists.cuebid.example>"),
        ("Precedence", "list")],
  body="""\
Anyone else lose their scoring server on Monday evening? Ours went down at 7 and we scored by hand. I'm furious, and one of our members is talking about complaining to the EBU. Does anybody know if the vendor has said anything?

Bill

_______________________________________________
bridge-directors mailing list
bridge-directors@lists.cuebid.example
https://lists.cuebid.example/mailman/listinfo/bridge-directors
"""),

A(kind="list", lang="en", trap="-", note="bulk promo with Precedence: bulk only",
  frm="GlowArc Archery Deals <deals@glowarc.example>",
  subj="48 hours only: 30% off all target faces",
  hdrs=[("Precedence", "bulk"), ("X-Mailer", "BulkBird 4.2")],
  opt={"html": "div"},
  body="""\
FLASH SALE
30% off all target faces and bosses, 48 hours only.
Use code BULLSEYE30 at checkout.
Free delivery over £50.
You are receiving this email because you opted in to GlowArc offers.
"""),

A(kind="list", lang="en", trap="-", note="industry bulletin from trade association",
  frm="Insulation Installers Association <bulletin@iia-members.example>",
  subj="Member bulletin: grant scheme changes from 1 January",
  hdrs=[("List-Id", "<bulletin.iia-members.example>"),
        ("List-Unsubscribe", "<https://iia-members.example/unsubscribe?m=5512>")],
  body="""\
Dear member,

The government grant scheme for loft and cavity wall insulation changes on 1 January. Key points:

- New installer accreditation requirements
- Updated post-installation inspection rules
- Revised complaint handling timescales for Trading Standards referrals

Full guidance is on the members' area.

IIA Secretariat
"""),

A(kind="list", lang="de", trap="-", note="German newsletter",
  frm="Tanzsport Newsletter <newsletter@tanzsport-verband.example>",
  subj="Newsletter Oktober: Neue Kursformate und Turniertermine",
  hdrs=[("List-Id", "Tanzsport Newsletter <newsletter.tanzsport-verband.example>"),
        ("List-Unsubscribe", "<mailto:abmelden@tanzsport-verband.example>"),
        ("Precedence", "bulk")],
  opt={"html": "p"},
  body="""\
Liebe Tanzschulen,

im Oktober stellen wir drei neue Kursformate vor: Discofox kompakt, Salsa für Einsteiger 50+ und Hochzeitskurse am Wochenende. Außerdem finden Sie im Anhang die Turniertermine für das erste Quartal.

Sie erhalten diesen Newsletter, weil Sie Mitglied im Verband sind. Abmelden können Sie sich jederzeit.
"""),

A(kind="list", lang="fr", trap="-", note="French newsletter",
  frm="La Lettre du Thé <lettre@maison-des-thes.example>",
  subj="La lettre d'octobre : thés d'automne et épices de saison",
  hdrs=[("List-Id", "<lettre.maison-des-thes.example>"),
        ("List-Unsubscribe", "<https://maison-des-thes.example/desinscription>"),
        ("Precedence", "bulk")],
  body="""\
Bonjour,

Cet automne, découvrez nos thés fumés de Chine et notre nouveau mélange chaï aux épices douces. Profitez de 10 % de réduction avec le code AUTOMNE10.

Vous recevez cette lettre car vous êtes inscrit(e) sur notre site. Pour vous désinscrire, cliquez sur le lien en bas de page.
"""),

A(kind="list", lang="es", trap="-", note="Spanish newsletter",
  frm="Boletín Caligrafía Viva <boletin@caligrafiaviva.example>",
  subj="Boletín de octubre: nuevos cursos de letra gótica",
  hdrs=[("List-Id", "Boletín Caligrafía Viva <boletin.caligrafiaviva.example>"),
        ("List-Unsubscribe", "<mailto:baja@caligrafiaviva.example>")],
  opt={"html": "div"},
  body="""\
¡Hola!
Este mes abrimos inscripciones para el curso de letra gótica y el taller de pincel.
Plazas limitadas.
Si no quieres recibir más correos, puedes darte de baja en cualquier momento.
"""),

# ------------------------------------------------------------------ receipts (MDN)
A(kind="receipt", lang="en", trap="-", note="MDN displayed",
  frm="Hendrik de Groot <hdegroot@zeecontainer.example>",
  subj="Read: Re: Container to Auckland - shipment HX-20931",
  hdrs=[],
  report="mdn",
  body="""\
Your message

  To: hdegroot@zeecontainer.example
  Subject: Re: Container to Auckland - shipment HX-20931
  Sent: Tuesday, 15 October 2024 09:12:03 (UTC+00:00)

was read on Tuesday, 15 October 2024 20:44:51 (UTC+13:00).
""",
  status="""\
Reporting-UA: mail.zeecontainer.example; Outlook
Final-Recipient: rfc822;hdegroot@zeecontainer.example
Original-Message-ID: <a0b1c2d3e4@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
"""),

A(kind="receipt", lang="en", trap="-", note="MDN automatic, Thunderbird-style",
  frm="Thandiwe Mokoena <thandiwe.m@karoomail.example>",
  subj="Return Receipt (displayed) - Re: Custom build deposit and progress",
  hdrs=[],
  report="mdn",
  body="""\
This is a Return Receipt for the mail that you sent to thandiwe.m@karoomail.example.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""",
  status="""\
Reporting-UA: karoo-laptop; Thunderbird 115.3.1
Final-Recipient: rfc822;thandiwe.m@karoomail.example
Original-Message-ID: <b2c3d4e5f6@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
"""),

A(kind="receipt", lang="de", trap="-", note="German MDN (Gelesen)",
  frm="Katrin Wendt <katrin.wendt@kinderpost.example>",
  subj="Gelesen: Re: Kinderwagen seit 6 Wochen nicht geliefert",
  hdrs=[],
  report="mdn",
  body="""\
Ihre Nachricht

  An: katrin.wendt@kinderpost.example
  Betreff: Re: Kinderwagen seit 6 Wochen nicht geliefert
  Gesendet: Mittwoch, 16. Oktober 2024 10:05:11 (UTC+01:00)

wurde am Mittwoch, 16. Oktober 2024 12:31:40 (UTC+01:00) gelesen.
""",
  status="""\
Reporting-UA: kinderpost.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;katrin.wendt@kinderpost.example
Original-Message-ID: <c4d5e6f7a8@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
"""),

A(kind="receipt", lang="fr", trap="-", note="French MDN (Lu)",
  frm="Amélie Perrin <amelie.perrin@bebemail.example>",
  subj="Lu : Re: Poussette : le châssis s'est plié",
  hdrs=[],
  report="mdn",
  body="""\
Votre message

  À : amelie.perrin@bebemail.example
  Objet : Re: Poussette : le châssis s'est plié
  Envoyé : jeudi 17 octobre 2024 09:20:00

a été lu le jeudi 17 octobre 2024 11:02:37.
""",
  status="""\
Reporting-UA: bebemail.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;amelie.perrin@bebemail.example
Original-Message-ID: <d6e7f8a9b0@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
"""),

A(kind="receipt", lang="es", trap="-", note="Spanish MDN (Leído)",
  frm="Elena Sánchez <elena.sanchez@mamas.example>",
  subj="Leído: Re: Silla de coche – hebilla rota",
  hdrs=[],
  report="mdn",
  body="""\
Su mensaje

  Para: elena.sanchez@mamas.example
  Asunto: Re: Silla de coche – hebilla rota
  Enviado: viernes, 18 de octubre de 2024 9:45:12

ha sido leído el viernes, 18 de octubre de 2024 10:15:03.
""",
  status="""\
Reporting-UA: mamas.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;elena.sanchez@mamas.example
Original-Message-ID: <e8f9a0b1c2@escalated.example.test>
Disposition: manual-action/MDN-sent-automatically; displayed
"""),

# ------------------------------------------------------------------ self
A(kind="self", lang="en", trap="self_quotes_trigger", note="desk's own escalation notice looped back",
  frm="Escalated <escalated@example.test>",
  subj="[escalated] Ticket #40211 flagged: legal_threat, broken_promise",
  hdrs=[("Auto-Submitted", "auto-generated")],
  msgid_domain="escalated.example.test",
  body="""\
Ticket #40211 has been escalated to Level 2.

Triggers: legal_threat, broken_promise
Customer excerpt:
  "my brother-in-law is a solicitor and he will be reading whatever reply you send"

Assigned to: Senior Support Specialist on duty.
"""),

A(kind="self", lang="en", trap="-", note="desk's own acknowledgement from support@ looping into the desk",
  frm="Support <support@example.test>",
  subj="We received your message [#40288]",
  hdrs=[],
  body="""\
Hello,

Thank you for contacting support. We have received your message and a member of the team will reply within one business day. Your reference is #40288.

Support Team
"""),

A(kind="self", lang="en", trap="self_no_headers", note="internal note from support@ to the desk, no auto headers",
  frm="Support Desk <support@example.test>",
  subj="Re: Your tanker driver left raw sewage running into my neighbour's well",
  hdrs=[],
  body="""\
Internal: copied to the desk so the thread is complete. Customer was called at 14:10, crew dispatched. I'm furious on his behalf to be honest, will write up in the incident log.

Mo
"""),

A(kind="self", lang="en", trap="-", note="daily digest from escalated@",
  frm="escalated@example.test",
  subj="Daily escalation digest - 14 open",
  hdrs=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
  body="""\
Open escalations: 14
  Level 1: 9
  Level 2: 4
  Level 3: 1
Oldest open: #40102 (3 days), outage reported by archery club
"""),

A(kind="self", lang="de", trap="self_msgid_only", note="own Message-ID domain, unfamiliar sender alias",
  frm="Kundendienst <kundendienst@example.test>",
  subj="AW: Doppelt abgebucht",
  hdrs=[],
  msgid_domain="escalated.example.test",
  body="""\
Sehr geehrte Frau Kühn,

wir haben die doppelte Abbuchung über 29,90 € storniert. Die Gutschrift erfolgt in 3 bis 5 Werktagen.

Ihr Kundendienst
"""),

A(kind="self", lang="fr", trap="-", note="desk's own French auto-acknowledgement looped back",
  frm="Support <support@example.test>",
  subj="Accusé de réception de votre demande [#40311]",
  hdrs=[("Auto-Submitted", "auto-replied")],
  msgid_domain="escalated.example.test",
  body="""\
Bonjour,

Nous avons bien reçu votre message. Un membre de l'équipe vous répondra sous un jour ouvré. Votre référence : #40311.

Le service client
"""),

A(kind="self", lang="es", trap="-", note="desk's own Spanish auto-acknowledgement looped back",
  frm="Soporte <support@example.test>",
  subj="Hemos recibido su solicitud [#40322]",
  hdrs=[("Auto-Submitted", "auto-replied")],
  body="""\
Hola:

Hemos recibido su mensaje. Un miembro del equipo le responderá en un día laborable. Su referencia es #40322.

Atención al cliente
"""),
]
