# Hand-written automated mail (auto-replies, bounces, lists, receipts, self mail).
# mode: plain (default), dsn (multipart/report delivery-status), mdn (multipart/report
# disposition-notification). h = extra headers. ds = machine-readable report part.
# orig = headers (or whole message) of the original, quoted in the report.
MSGS = [
dict(lang="en", kind="auto_reply", f="Ruth Carrow <ruth@treetop-toys.example>", s="Automatic reply: Rocking horse order",
h={"Auto-Submitted": "auto-replied"}, n="vacation, RFC 3834",
b="""Thank you for your email. I am on annual leave until Monday 8 July and will reply when I return.

For urgent workshop matters please call 555-0119.

Ruth
"""),
dict(lang="en", kind="auto_reply", f="Clive Hartley <clive@hartley-caravans.example>", s="Out of Office: Re: 1962 Eccles restoration",
h={"X-Autoreply": "yes"}, n="OOO with X-Autoreply, quotes subject with complaint",
b="""I'm away at the National Caravan Rally until 24 June with very limited signal.

Janet in the office (janet@hartley-caravans.example) can help with bookings and invoices.

Clive
"""),
dict(lang="en", kind="auto_reply", f="Sandy MacLeod <sandy@speyguides.example>", s="Away on the river",
h={"Precedence": "auto_reply"}, n="Precedence auto_reply",
b="""I'm out guiding on the Spey until Friday and only check email in the evenings. If your trip is tomorrow and the river is up, assume we'll phone you by 7am.

Tight lines,
Sandy
"""),
dict(lang="en", kind="auto_reply", f="Pamela Wright <pamela.wright@ravensworth-hall.example>", s="Out of Office",
h={}, n="OOO with no marker headers",
b="""I am out of the office until Wednesday 12th June. I will have no access to email during this time.

For wedding enquiries please contact events@ravensworth-hall.example. For anything urgent on the day of your event, please call the duty manager on 555-0150.

Kind regards,
Pamela Wright
Events Coordinator
"""),
dict(lang="en", kind="auto_reply", f="Claims Desk <claims@handsetcover.example>", s="[Case #MP-60233] We have received your message",
h={"Auto-Submitted": "auto-generated", "X-Ticket-ID": "MP-60233"}, n="ticket ack from other system quoting trigger text",
b="""Hello,

Thank you for contacting HandsetCover. This is an automated confirmation that we have received your message and created case MP-60233.

Your message:
"This is ridiculous, third time I'm writing. I want a supervisor and if this isn't fixed I'll go to the ombudsman and cancel."

An adviser will respond within 2 working days. Please do not reply to this email.

HandsetCover Claims
"""),
dict(lang="en", kind="auto_reply", f="noreply@velocity-coop.example", s="This mailbox is not monitored",
h={"Auto-Submitted": "auto-replied"}, n="unmonitored mailbox notice",
b="""This mailbox is not monitored and your message has not been read.

Riders: please use the dispatch app or call the office on 555-0171.
Customers: please use the contact form at https://velocity-coop.example/contact.
"""),
dict(lang="en", kind="auto_reply", f="Owen Price <owen.price@lilyandyew.example>", s="Owen Price has left Lily & Yew",
h={"Auto-Submitted": "auto-replied"}, n="person has left",
b="""Owen Price no longer works at Lily & Yew Florists. Your email has not been forwarded.

For funeral orders please write to orders@lilyandyew.example or call 555-0104.
"""),
dict(lang="en", kind="bounce", mode="dsn", f="Mail Delivery System <MAILER-DAEMON@mx1.example.test>", s="Undelivered Mail Returned to Sender",
h={"Auto-Submitted": "auto-replied"}, n="Postfix DSN",
b="""This is the mail system at host mx1.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<m.fenwick@lilyandyew.example>: host mail.lilyandyew.example[192.0.2.41] said:
    550 5.1.1 <m.fenwick@lilyandyew.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""",
ds="""Reporting-MTA: dns; mx1.example.test
X-Postfix-Queue-ID: 4VkT2x1Zq9z9sWq
Arrival-Date: Tue, 11 Jun 2024 09:14:02 +0000

Final-Recipient: rfc822; m.fenwick@lilyandyew.example
Original-Recipient: rfc822;m.fenwick@lilyandyew.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.lilyandyew.example
Diagnostic-Code: smtp; 550 5.1.1 <m.fenwick@lilyandyew.example>: Recipient
    address rejected: User unknown in virtual mailbox table
""",
orig="""From: Support <support@example.test>
To: m.fenwick@lilyandyew.example
Subject: Re: Wreath for Thursday
Date: Tue, 11 Jun 2024 09:13:58 +0000
Message-ID: <r1.8812@escalated.example.test>
"""),
dict(lang="en", kind="bounce", f="Mail Delivery System <Mailer-Daemon@relay.pontyclunrfc.example>", s="Mail delivery failed: returning message to sender",
h={"X-Failed-Recipients": "treasurer@pontyclunrfc.example", "Auto-Submitted": "auto-replied"}, n="Exim plain-text bounce",
b="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  treasurer@pontyclunrfc.example
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Subject: Re: shirts order 4471 - numbers peeling
From: support@example.test
To: treasurer@pontyclunrfc.example

Hi Dave, we're sorry to hear about the numbers. A replacement set is on its way.
"""),
dict(lang="en", kind="bounce", f="MAILER-DAEMON@mail.reidflies.example", s="failure notice",
h={}, n="qmail plain-text bounce, no marker headers",
b="""Hi. This is the qmail-send program at mail.reidflies.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<accounts@reidflies.example>:
198.51.100.12 does not like recipient.
Remote host said: 550 No such user here
Giving up on 198.51.100.12.

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
From: support@example.test
To: accounts@reidflies.example
Subject: Re: Thank you for your email

Dear Mr Reid, please find the corrected invoice attached.
"""),
dict(lang="en", kind="bounce", mode="dsn", f="Mail Delivery System <MAILER-DAEMON@mx2.example.test>", s="Delayed Mail (still being retried)",
h={"Auto-Submitted": "auto-replied"}, n="delay warning DSN", rtype="delivery-status",
b="""This is the mail system at host mx2.example.test.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<bjorn.aas@fjell.example>: connect to mx.fjell.example[203.0.113.9]:25:
    Connection timed out
""",
ds="""Reporting-MTA: dns; mx2.example.test
Arrival-Date: Wed, 12 Jun 2024 05:02:11 +0000

Final-Recipient: rfc822; bjorn.aas@fjell.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.fjell.example[203.0.113.9]:25:
    Connection timed out
Will-Retry-Until: Mon, 17 Jun 2024 05:02:11 +0000
""",
orig="""From: Support <support@example.test>
To: bjorn.aas@fjell.example
Subject: Re: problem with login for teachers
Date: Wed, 12 Jun 2024 05:02:09 +0000
"""),
dict(lang="en", kind="bounce", mode="dsn", f="Microsoft Outlook <postmaster@corporate.example>", s="Undeliverable: Re: Corporate cover - 340 handsets",
h={}, n="Exchange-style DSN, subject quotes a complaint",
b="""Delivery has failed to these recipients or groups:

v.adeyemi@corporate.example
The email address you entered couldn't be found. Please check the recipient's email address and try to send the message again. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: EX01.corporate.example

v.adeyemi@corporate.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""",
ds="""Reporting-MTA: dns;EX01.corporate.example
Received-From-MTA: dns;mx1.example.test
Arrival-Date: Thu, 13 Jun 2024 10:40:19 +0000

Final-Recipient: rfc822;v.adeyemi@corporate.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""",
orig="""From: Support <support@example.test>
To: v.adeyemi@corporate.example
Subject: Re: Corporate cover - 340 handsets
Date: Thu, 13 Jun 2024 10:40:15 +0000
"""),
dict(lang="en", kind="list", f="The Grafting Post <news@rareplants-auction.example>", s="This week: 140 lots closing Sunday + a note on late payments",
h={"List-Id": "Rare Plant Auction news <news.rareplants-auction.example>", "List-Unsubscribe": "<mailto:unsubscribe@rareplants-auction.example>, <https://rareplants-auction.example/unsub?u=8812>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "list"}, n="newsletter mentions lawyers/late payment",
b="""THE GRAFTING POST - Issue 88

Highlights this week: a variegated Monstera, three Nepenthes hybrids and a very rare Amorphophallus tuber.

A note on late payments: we are sorry to say we've had to pass two unpaid accounts to our solicitors this season. Please settle within 7 days of the hammer.

You are receiving this because you registered to bid. Unsubscribe: https://rareplants-auction.example/unsub?u=8812
"""),
dict(lang="en", kind="list", f="Saxophone Teachers Forum <sax-teachers@lists.example>", s="[sax-teachers] Re: students furious about exam fees?",
h={"List-Id": "<sax-teachers.lists.example>", "List-Unsubscribe": "<mailto:sax-teachers-leave@lists.example>", "List-Post": "<mailto:sax-teachers@lists.example>", "Precedence": "list"}, n="mailing list thread with angry words",
b="""Has anyone else had parents absolutely furious about the new exam fees? One dad told me he'd complain to trading standards! I said I'm not the board, I just teach the lessons...

-- 
Martin

_______________________________________________
sax-teachers mailing list
sax-teachers@lists.example
https://lists.example/mailman/listinfo/sax-teachers
"""),
dict(lang="en", kind="list", f="Kit Deals <deals@bulkmailer.example>", s="48 HOURS ONLY: 30% off team kit",
h={"Precedence": "bulk"}, n="bulk promo, Precedence bulk only",
b="""Don't miss out! 30% off all team rugby kit for 48 hours. Order before Sunday midnight.

This is a promotional message. To stop receiving these, reply STOP.
"""),
dict(lang="en", kind="receipt", mode="mdn", f="Victor Adeyemi <v.adeyemi@corporate.example>", s="Read: Re: Corporate cover - 340 handsets",
h={}, n="MDN read receipt",
b="""Your message

  To: v.adeyemi@corporate.example
  Subject: Re: Corporate cover - 340 handsets
  Sent: Thursday, 13 June 2024 10:40:15 (UTC)

was read on Thursday, 13 June 2024 11:02:47 (UTC).
""",
ds="""Reporting-UA: EX01.corporate.example; Microsoft Exchange Server
Final-Recipient: rfc822;v.adeyemi@corporate.example
Original-Message-ID: <r1.8890@escalated.example.test>
Disposition: automatic-action/MDN-sent-automatically; displayed
""",
orig="""From: Support <support@example.test>
To: v.adeyemi@corporate.example
Subject: Re: Corporate cover - 340 handsets
Message-ID: <r1.8890@escalated.example.test>
"""),
dict(lang="en", kind="self", f="Support Desk <support@example.test>", s="Escalation note: claim MP-55120 (customer very unhappy)",
h={}, n="self mail from desk address, quotes triggers",
b="""Internal note copied to the desk mailbox.

Customer Naomi Fletcher has written three times about claim MP-55120 and says it's the worst service she has ever had. Please review and call her back today.

-- escalated
"""),
dict(lang="en", kind="self", f="escalated <escalated@example.test>", s="Daily digest: 14 open escalations",
h={}, mid="digest-20240614.0001@escalated.example.test", n="self digest, own Message-ID domain",
b="""Open escalations as of 07:00:

- legal threat: consignment 19 (county court claim threatened)
- outage: dispatch app 503 since 07:40
- safety: wooden wheel peg / choking
- 11 more

This digest is generated automatically.
"""),
dict(lang="en", kind="self", f="Support <support@example.test>", s="Re: Toy train set - small parts",
h={"In-Reply-To": "<h28.helen@woodworks.example>"}, mid="reply-55812.3@escalated.example.test", n="desk's own reply looped back",
b="""Dear Helen,

Thank you for telling us, and we're so glad your daughter is all right. We've withdrawn the Little Engine batch from sale while we check it. A courier will collect the toy on Monday and we will refund you in full.

Ruth, Treetop Toys
"""),
# ---- German ----
dict(lang="de", kind="auto_reply", f="Herbert Baumann <h.baumann@wohnwagen-werkstatt.example>", s="Abwesenheitsnotiz: Wohnwagen Restaurierung – Rechnung",
h={"Auto-Submitted": "auto-replied"}, n="Abwesenheit RFC 3834",
b="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 28. Juni im Urlaub und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an unser Büro unter 555-0163.

Mit freundlichen Grüßen
Herbert Baumann
"""),
dict(lang="de", kind="auto_reply", f="Katrin Seidel <k.seidel@schloss-wendelstein.example>", s="Nicht im Büro",
h={}, n="Abwesenheit ohne Marker-Header",
b="""Guten Tag,

ich bin bis zum 15.07. nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. Bei Fragen zu Ihrer Hochzeit wenden Sie sich bitte an hochzeit@schloss-wendelstein.example.

Freundliche Grüße
Katrin Seidel
"""),
dict(lang="de", kind="bounce", mode="dsn", f="MAILER-DAEMON <MAILER-DAEMON@mx.gmx.example>", s="Unzustellbar: Kein Login mehr möglich",
h={"Auto-Submitted": "auto-replied"}, n="deutsche DSN",
b="""Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.

Die Zustellung an folgende Empfänger ist fehlgeschlagen:

    joerg.hallmann@t-mail.example

Grund: 550 5.1.1 Postfach nicht vorhanden
""",
ds="""Reporting-MTA: dns; mx.gmx.example

Final-Recipient: rfc822; joerg.hallmann@t-mail.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Mailbox unavailable
""",
orig="""From: Support <support@example.test>
To: joerg.hallmann@t-mail.example
Subject: Re: Kein Login mehr möglich
Date: Mon, 10 Jun 2024 07:12:00 +0000
"""),
dict(lang="de", kind="receipt", mode="mdn", f="Monika Becker <monika.becker@beckerwelt.example>", s="Gelesen: Ihre Rechnung ist bei uns eingegangen",
h={}, n="Lesebestätigung MDN",
b="""Dies ist eine Lesebestätigung für die Nachricht, die Sie an monika.becker@beckerwelt.example gesendet haben.

Hinweis: Die Lesebestätigung bedeutet nur, dass die Nachricht angezeigt wurde. Es ist nicht garantiert, dass der Empfänger den Inhalt gelesen oder verstanden hat.
""",
ds="""Reporting-UA: beckerwelt.example; Thunderbird 115.11.0
Final-Recipient: rfc822;monika.becker@beckerwelt.example
Original-Message-ID: <r1.9120@escalated.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
""",
orig="""From: Support <support@example.test>
To: monika.becker@beckerwelt.example
Subject: Re: Ihre Rechnung ist bei uns eingegangen
Message-ID: <r1.9120@escalated.example.test>
"""),
dict(lang="de", kind="list", f="Skiwachs-Werkstatt Newsletter <newsletter@skiwachs.example>", s="Neu: Fluorfreie Wachse & Kursdaten Winter",
h={"List-Id": "Skiwachs Newsletter <newsletter.skiwachs.example>", "List-Unsubscribe": "<https://skiwachs.example/abmelden?id=4410>"}, n="Newsletter",
b="""Hallo Wintersportfreunde,

die neuen fluorfreien Wachse sind da! Außerdem: Kurstermine für Dezember und Januar. Achtung: Heißwachsgeräte nie unbeaufsichtigt lassen – Brandgefahr!

Abmelden: https://skiwachs.example/abmelden?id=4410
"""),
dict(lang="de", kind="auto_reply", f="Kundenservice <service@holzspielzeug.example>", s="Ihre Anfrage ist eingegangen [Ticket 77312]",
h={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}, n="Ticketbestätigung mit zitierter Beschwerde",
b="""Guten Tag,

vielen Dank für Ihre Nachricht. Wir haben Ihr Anliegen unter der Ticketnummer 77312 erfasst:

"Das ist eine Frechheit, ich schalte meinen Anwalt ein."

Wir melden uns innerhalb von 3 Werktagen. Bitte antworten Sie nicht auf diese E-Mail.

Ihr Kundenservice
"""),
# ---- French ----
dict(lang="fr", kind="auto_reply", f="Mathilde Durand <m.durand@chateau-valmont.example>", s="Réponse automatique : Mariage au château – presse",
h={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"}, n="absence, X-Autoreply",
b="""Bonjour,

Je suis en congés jusqu'au 1er juillet. Pour toute urgence concernant votre mariage, merci de contacter l'accueil au 555-0128.

Cordialement,
Mathilde Durand
"""),
dict(lang="fr", kind="auto_reply", f="Jean-Luc Perret <jl.perret@cooperative-velo.example>", s="Absence",
h={}, n="absence sans en-têtes",
b="""Bonjour,

Je suis absent jusqu'au 19 août. Votre message ne sera pas transféré. Pour les livraisons urgentes, appelez la coopérative au 555-0133.

Jean-Luc
"""),
dict(lang="fr", kind="bounce", mode="dsn", f="Système de messagerie <MAILER-DAEMON@smtp.orange.example>", s="Non remis : Re: prélèvement en double",
h={"Auto-Submitted": "auto-replied"}, n="DSN française",
b="""Votre message n'a pas pu être remis aux destinataires suivants :

julien.lefevre@free.example
Raison : boîte aux lettres pleine (552 5.2.2 Mailbox full)
""",
ds="""Reporting-MTA: dns; smtp.orange.example

Final-Recipient: rfc822; julien.lefevre@free.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
""",
orig="""From: Support <support@example.test>
To: julien.lefevre@free.example
Subject: Re: prélèvement en double
Date: Fri, 14 Jun 2024 08:00:00 +0000
"""),
dict(lang="fr", kind="receipt", mode="mdn", f="Pierre Dubois <pierre.dubois@cabinet-dubois.example>", s="Lu : Restauration caravane – facture",
h={}, n="accusé de lecture MDN",
b="""Ceci est un accusé de lecture pour le message envoyé à pierre.dubois@cabinet-dubois.example.

Remarque : cet accusé indique seulement que le message a été affiché sur l'ordinateur du destinataire.
""",
ds="""Reporting-UA: cabinet-dubois.example; Thunderbird
Final-Recipient: rfc822;pierre.dubois@cabinet-dubois.example
Disposition: manual-action/MDN-sent-manually; displayed
""",
orig="""From: Support <support@example.test>
To: pierre.dubois@cabinet-dubois.example
Subject: Re: Restauration caravane – facture
"""),
dict(lang="fr", kind="list", f="La Gazette du Fleuriste <gazette@fleuristes-fr.example>", s="Gazette n°42 : tendances deuil & nouveaux rubans",
h={"List-Id": "Gazette du Fleuriste <gazette.fleuristes-fr.example>", "List-Unsubscribe": "<mailto:desinscription@fleuristes-fr.example>", "Precedence": "bulk"}, n="lettre d'information",
b="""Chers fleuristes,

Au sommaire : les tendances des compositions de deuil, nos nouveaux rubans personnalisés, et un rappel sur la livraison aux funérariums.

Pour vous désinscrire, écrivez à desinscription@fleuristes-fr.example.
"""),
dict(lang="fr", kind="self", f="Service client <support@example.test>", s="Re: Mon compte a été piraté",
h={}, mid="reply-60112.1@escalated.example.test", n="réponse du desk qui revient",
b="""Bonjour Madame Lambert,

Nous avons bloqué votre compte par précaution et réinitialisé vos coordonnées bancaires. Un conseiller vous rappellera aujourd'hui.

Le service client
"""),
# ---- Spanish ----
dict(lang="es", kind="auto_reply", f="Diego Salas <diego.salas@guiaspesca.example>", s="Respuesta automática: Fuera de la oficina",
h={"Precedence": "auto_reply"}, n="fuera de la oficina, Precedence",
b="""Hola,

Estoy de guía en el río hasta el 30 de junio, sin cobertura. Para reservas, escribe a reservas@guiaspesca.example.

Diego
"""),
dict(lang="es", kind="auto_reply", f="Laura Pérez <laura.perez@palacio-bodas.example>", s="Laura Pérez ya no trabaja en Palacio de Linares",
h={"Auto-Submitted": "auto-replied"}, n="ya no trabaja aquí",
b="""Laura Pérez ya no forma parte de nuestro equipo. Su mensaje no será reenviado.

Para cualquier consulta sobre bodas, escriba a eventos@palacio-bodas.example.
"""),
dict(lang="es", kind="bounce", mode="dsn", f="Mail Delivery System <MAILER-DAEMON@correo.example>", s="Mensaje no entregado: Re: cobro duplicado",
h={"Auto-Submitted": "auto-replied"}, n="DSN en español",
b="""No se ha podido entregar su mensaje a los siguientes destinatarios:

javier.ruiz@ruiz.example
Motivo: el dominio no existe (Host or domain name not found)
""",
ds="""Reporting-MTA: dns; correo.example

Final-Recipient: rfc822; javier.ruiz@ruiz.example
Action: failed
Status: 5.1.2
Diagnostic-Code: X-Postfix; Host or domain name not found
""",
orig="""From: Support <support@example.test>
To: javier.ruiz@ruiz.example
Subject: Re: cobro duplicado
Date: Sat, 15 Jun 2024 12:00:00 +0000
"""),
dict(lang="es", kind="receipt", mode="mdn", f="Jorge Santos <jorge.santos@santos.example>", s="Leído: Hemos recibido su factura",
h={}, n="confirmación de lectura MDN",
b="""Este es un acuse de recibo del mensaje enviado a jorge.santos@santos.example.

Nota: este acuse solo confirma que el mensaje se ha mostrado en el equipo del destinatario.
""",
ds="""Reporting-UA: santos.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;jorge.santos@santos.example
Disposition: manual-action/MDN-sent-manually; displayed
""",
orig="""From: Support <support@example.test>
To: jorge.santos@santos.example
Subject: Re: Hemos recibido su factura
"""),
dict(lang="es", kind="list", f="Boletín Pan sin Gluten <boletin@pansingluten.example>", s="Nuevas recetas y ofertas de verano",
h={"List-Id": "<boletin.pansingluten.example>", "List-Unsubscribe": "<https://pansingluten.example/baja?u=331>", "Precedence": "bulk"}, n="boletín",
b="""¡Hola!

Este mes: pan de molde sin gluten con semillas, bizcocho de limón y un 15 % de descuento en tartas de cumpleaños.

Para darte de baja: https://pansingluten.example/baja?u=331
"""),
dict(lang="es", kind="auto_reply", f="Atención al cliente <noreply@seguromovil.example>", s="Hemos recibido su solicitud #SM-22019",
h={"Auto-Submitted": "auto-generated"}, n="acuse de ticket de otro sistema",
b="""Estimado cliente:

Hemos recibido su solicitud y le hemos asignado el número SM-22019. Le responderemos en un plazo máximo de 48 horas. Este buzón no admite respuestas.

Atención al cliente
"""),
]
