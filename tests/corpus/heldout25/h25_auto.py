# Automated mail in all four languages: auto-replies, bounces/DSNs, list and
# bulk mail, read receipts (MDNs) and the desk's own mail. None carries a
# trigger even when it quotes trigger-bearing text. One block per message.
# Meta "build" selects the packaging (plain, alt, dsn, mdn); sections after
# "-- status" / "-- mdn" / "-- original" / "-- headers" are written literally.
LANG = "en"

BLOCKS = r"""
%%
kind: auto_reply
from: Gideon Marsh <gideon@marsh-hospitality.example>
subj: Re: Your Emberline order EF-4471
trap: rfc3834_auto_submitted
note: vacation reply with Auto-Submitted: auto-replied
hdr: Auto-Submitted: auto-replied
hdr: In-Reply-To: <ef4471.reply.2211@mail.example.test>
--
Hello,

I'm on annual leave until Monday 3 March and won't be checking email. For anything to do with the kitchen or suppliers please contact our sous chef, Amy Ward, on 555-0163.

Thanks,
Gideon
%%
kind: auto_reply
from: Emily Cho <emily.cho@webpost.example>
subj: Automatic reply: Your VetVan appointment update
trap: exchange_ooo
note: Exchange-style OOO with X-Auto-Response-Suppress and Auto-Submitted
hdr: Auto-Submitted: auto-generated
hdr: X-Auto-Response-Suppress: All
hdr: X-MS-Exchange-Inbox-Rules-Loop: emily.cho@webpost.example
build: alt
hstyle: div
--
I am out of the office until 18 November with no access to email.

If your message is urgent, please contact the practice reception on 555-0102.

Kind regards,
Emily
%%
kind: auto_reply
from: Hannah Lowe <hannah@lowe-lettings.example>
subj: Out of Office: Re: motorhome habitation service
trap: x_autoreply_quotes_complaint
note: X-Autoreply header; quotes the desk's reply which quotes the complaint
hdr: X-Autoreply: yes
--
Thank you for your email. I'm currently out of the office viewing properties and will reply when I'm back at my desk on Thursday.

Hannah Lowe
Lowe Lettings

----- Original message -----
> Hi Hannah, sorry for the delay with the report.
>
> > Fourth email now. I'm sick of chasing. If I don't get the report
> > I'll be taking this to Trading Standards and my solicitor.
%%
kind: auto_reply
from: Alan Moffat <alan.moffat@moffat-sports.example>
subj: Away until Monday
trap: precedence_auto_reply
note: Precedence: auto_reply only
hdr: Precedence: auto_reply
--
Hi, I'm away at the groundsmen's conference until Monday with patchy signal. For urgent pitch bookings contact the office on 555-0177.

Alan
%%
kind: auto_reply
from: Pemberly Logistics IT <servicedesk@pemberly-logistics.example>
subj: [HelpNest #88240] Your request has been received
trap: third_party_ticket_ack
note: another company's helpdesk acknowledges the desk's mail
hdr: Auto-Submitted: auto-generated
hdr: X-Mailer: HelpNest Ticketing 4.2
--
##- Please type your reply above this line -##

Hello,

Thank you for contacting Pemberly Logistics IT Service Desk. Your request (#88240) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

Subject: RE: Suspicious logins on GreenRinse corporate account
Priority: Normal
Status: Open

This is an automated message. HelpNest - https://helpnest.example
%%
kind: auto_reply
from: Jane Whitcombe <jane.whitcombe@whitcombe-design.example>
subj: Out of Office: Jane Whitcombe
trap: no_marker_headers
note: auto-reply with no marker headers; only the subject and body show it
--
Thank you for your message.

I am out of the office from Monday 7 April, returning Tuesday 22 April. I will have no access to email during this time.

For urgent matters please contact studio@whitcombe-design.example.

Best wishes,
Jane Whitcombe
%%
kind: auto_reply
from: Ben Hughes <ben.hughes@marsh-hospitality.example>
subj: Ben Hughes has left Marsh Hospitality
trap: no_marker_headers
note: person-has-left notice without marker headers
--
Ben Hughes no longer works for Marsh Hospitality and this mailbox is no longer monitored.

For supplier and purchasing enquiries please email purchasing@marsh-hospitality.example. For anything else, call reception on 555-0150.

This is an automatically generated message.
%%
kind: auto_reply
from: Hollins Group <no-reply@hollins-group.example>
subj: This mailbox is not monitored
trap: no_marker_headers
note: unmonitored mailbox notice, no marker headers
--
This email address is not monitored. Your message has not been read and will not be forwarded.

Suppliers: please send invoices to accounts@hollins-group.example quoting a valid purchase order number.
Customers: please use the contact form on our website.

Hollins Group
%%
kind: auto_reply
lang: de
from: Markus Vogel <markus.vogel@vogel-gastro.example>
subj: Abwesenheitsnotiz: Ihre Rechnung HM-2291
trap: rfc3834_auto_submitted
note: deutsche Abwesenheitsnotiz mit Auto-Submitted
charset: iso-8859-1
hdr: Auto-Submitted: auto-replied
--
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis zum 28. Oktober nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an buchhaltung@vogel-gastro.example.

Mit freundlichen Grüßen
Markus Vogel
%%
kind: auto_reply
lang: de
from: Uwe Kessler <uwe.kessler@sv-grunbach.example>
subj: Automatische Antwort: LineBot – alle Platzvermessungen gelöscht
trap: no_marker_headers
note: deutsche automatische Antwort ohne Kennzeichnungs-Header
--
Hallo,

ich bin bis einschließlich 15. Juni im Urlaub. Ab dem 16. Juni bin ich wieder erreichbar.

Bei dringenden Anliegen zum Sportplatz bitte an den Vorstand: vorstand@sv-grunbach.example

Viele Grüße
Uwe Kessler
%%
kind: auto_reply
lang: de
from: Kundenservice Lindner Küchen <service@lindner-kuechen.example>
subj: [Ticket#2025031410000087] Ihre Anfrage ist bei uns eingegangen
trap: no_marker_headers
note: Eingangsbestätigung eines fremden Ticketsystems ohne Kennzeichnung
--
Guten Tag,

vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Ticketnummer 2025031410000087 erfasst. Wir bearbeiten Anfragen in der Reihenfolge ihres Eingangs und melden uns innerhalb von drei Werktagen.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

Ihr Kundenservice
Lindner Küchen GmbH
%%
kind: auto_reply
lang: fr
from: Nathalie Perrin <nathalie.perrin@courriel.example>
subj: Réponse automatique : Données de mon chat partagées
trap: x_autoreply
note: réponse automatique avec X-Autoreply
hdr: X-Autoreply: yes
hdr: X-Autorespond: yes
--
Bonjour,

Je suis absente jusqu'au 4 novembre. Je lirai votre message à mon retour.

Nathalie Perrin
%%
kind: auto_reply
lang: fr
from: Frédéric Blanc <frederic.blanc@blanc-sarl.example>
subj: Absence du bureau
trap: no_marker_headers
note: message d'absence sans en-tête de marquage
charset: windows-1252
--
Bonjour,

Je suis en déplacement jusqu'au 30 mai inclus, avec un accès très limité à ma messagerie. Pour toute demande urgente, merci de contacter l'accueil au 01 45 555 0140.

Cordialement,
Frédéric Blanc
Directeur commercial
%%
kind: auto_reply
lang: fr
from: Claire Dubois <claire.dubois@hoteldesdunes.example>
subj: Adresse plus consultée
trap: no_marker_headers
note: personne partie, adresse plus consultée, sans marquage
--
Bonjour,

Claire Dubois ne fait plus partie de l'Hôtel des Dunes et cette adresse n'est plus consultée. Votre message n'a pas été transmis.

Pour le service comptabilité : compta@hoteldesdunes.example
Pour les réservations : reservation@hoteldesdunes.example

Ceci est un message automatique.
%%
kind: auto_reply
lang: es
from: Jordi Puig <jordi.puig@puig-catering.example>
subj: Respuesta automática: Gracias por su correo
trap: precedence_auto_reply
note: respuesta automática con Precedence: auto_reply
hdr: Precedence: auto_reply
--
Gracias por su mensaje. Estaré fuera de la oficina hasta el 8 de abril. Para pedidos urgentes, escriba a pedidos@puig-catering.example.

Jordi Puig
%%
kind: auto_reply
lang: es
from: Natalia Rubio <natalia.rubio@correo.example>
subj: Fuera de la oficina
trap: no_marker_headers
note: ausencia sin cabeceras de marcado
--
Hola,

Estoy fuera de la oficina hasta el lunes 16 de septiembre, sin acceso al correo. Responderé a su mensaje a mi vuelta.

Un saludo,
Natalia Rubio
%%
kind: auto_reply
lang: es
from: Miguel Ángel Soto <miguel.soto@haciendaelolivar.example>
subj: Ya no trabajo en Hacienda El Olivar
trap: no_marker_headers
note: aviso de baja del empleado, sin marcado
charset: iso-8859-15
--
Hola,

Miguel Ángel Soto ya no trabaja en Hacienda El Olivar. Este buzón no se revisa.

Para eventos y bodas, escriba a eventos@haciendaelolivar.example.

Mensaje generado automáticamente.
%%
kind: bounce
from: Mail Delivery System <MAILER-DAEMON@mx.webpost.example>
subj: Undelivered Mail Returned to Sender
trap: dsn_quotes_threat
note: Postfix DSN; the returned reply quotes a legal threat
build: dsn
returnpath: <>
hdr: Auto-Submitted: auto-replied
--
This is the mail system at host mx.webpost.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<tom.okafr@webpost.example>: host mx.webpost.example[192.0.2.61] said: 550
    5.1.1 <tom.okafr@webpost.example>: Recipient address rejected: User unknown
    in local recipient table (in reply to RCPT TO command)
-- status
Reporting-MTA: dns; mx.webpost.example
X-Postfix-Queue-ID: 4XyZ1k3Ab9z9t
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: {DATE}

Final-Recipient: rfc822; tom.okafr@webpost.example
Original-Recipient: rfc822;tom.okafr@webpost.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.webpost.example
Diagnostic-Code: smtp; 550 5.1.1 <tom.okafr@webpost.example>: Recipient address
    rejected: User unknown in local recipient table
-- original
From: Glasswater Support <support@example.test>
To: tom.okafr@webpost.example
Subject: Re: charged twice?? booking GW-20931
Date: {DATE}
Message-ID: <gw20931.r1.88412@mail.example.test>

Hi Tom,

Thanks for your message. I've checked booking GW-20931 and can see the
second payment of 48.00 GBP. It has been refunded today.

> i booked 2 boards and my bank shows two payments. if you dont
> refund it i will get my lawyer on to you and post it everywhere

Best wishes,
Glasswater Support
%%
kind: bounce
from: Microsoft Outlook <postmaster@hollins-group.example>
subj: Undeliverable: RE: We have received your invoice RT-40417
trap: exchange_ndr
note: Exchange NDR with text/rfc822-headers
build: dsn
returnpath: <>
hdr: Auto-Submitted: auto-replied
--
Delivery has failed to these recipients or groups:

maria.obuya@hollins-group.example
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: EX01.hollins-group.example

maria.obuya@hollins-group.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
-- status
Reporting-MTA: dns;EX01.hollins-group.example
Received-From-MTA: dns;mx1.example.test
Arrival-Date: {DATE}

Final-Recipient: rfc822;maria.obuya@hollins-group.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
-- headers
From: Skyline Terrace Events <support@example.test>
To: Maria Obuya <maria.obuya@hollins-group.example>
Subject: RE: We have received your invoice RT-40417
Date: {DATE}
Message-ID: <rt40417.corr.5521@mail.example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii
%%
kind: bounce
from: Mail Delivery Subsystem <MAILER-DAEMON@smtp.fastpost.example>
subj: Returned mail: see transcript for details
trap: sendmail_dsn
note: sendmail-style DSN, host unknown
build: dsn
returnpath: <>
hdr: Auto-Submitted: auto-generated (failure)
--
The original message was received at {DATE}
from mx1.example.test [198.51.100.25]

   ----- The following addresses had permanent fatal errors -----
<ron@castellano-caterng.example>
    (reason: 550 Host unknown)

   ----- Transcript of session follows -----
550 5.1.2 <ron@castellano-caterng.example>... Host unknown (Name server: castellano-caterng.example: host not found)
-- status
Reporting-MTA: dns; smtp.fastpost.example
Received-From-MTA: DNS; mx1.example.test
Arrival-Date: {DATE}

Final-Recipient: RFC822; ron@castellano-caterng.example
Action: failed
Status: 5.1.2
Remote-MTA: DNS; castellano-caterng.example
Diagnostic-Code: SMTP; 550 Host unknown
Last-Attempt-Date: {DATE}
-- original
From: Night Market Traders <support@example.test>
To: ron@castellano-caterng.example
Subject: Re: Re: Re: stall fee
Date: {DATE}
Message-ID: <nm5531.dup.2231@mail.example.test>

Hi Ron,

You're right, NM-5531 duplicates NM-5520. The 85 GBP has been refunded.
Apologies for the trouble.

Night Market Traders
%%
kind: bounce
from: MAILER-DAEMON@mail.mailbox.example
subj: failure notice
trap: qmail_plain
note: qmail plain-text bounce with copy of message, quoting anger
returnpath: <>
--
Hi. This is the qmail-send program at mail.mailbox.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<elaine.forbes@mailbox.example>:
198.51.100.90 does not like recipient.
Remote host said: 552 5.2.2 Mailbox full
Giving up on 198.51.100.90.

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
Received: (qmail 41822 invoked from network); {DATE}
From: Tiered & True Cakes <support@example.test>
To: elaine.forbes@mailbox.example
Subject: Re: cake
Message-ID: <tt-cake.7721@mail.example.test>

Dear Elaine,

I'm so sorry. Our head baker would like to call you.

> I am honestly appalled. It was humiliating, the worst service I
> have ever paid for.
%%
kind: bounce
from: Mail Delivery System <Mailer-Daemon@mx2.gridmail.example>
subj: Mail delivery failed: returning message to sender
trap: exim_plain
note: Exim plain-text bounce
returnpath: <>
hdr: Auto-Submitted: auto-replied
hdr: X-Failed-Recipients: kev.rowntree@gridmail.example
--
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  kev.rowntree@gridmail.example
    SMTP error from remote mail server after RCPT TO:<kev.rowntree@gridmail.example>:
    host mx2.gridmail.example [203.0.113.9]: 550 5.7.1 Mailbox disabled for this recipient

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
From: TrueLine Support <support@example.test>
To: kev.rowntree@gridmail.example
Subject: Re: your paint machine gave me a shock
Date: {DATE}

Hello Kev,

Please stop using the charger. We are arranging a collection and a
replacement unit.
%%
kind: bounce
from: Mail Delivery System <MAILER-DAEMON@mx.kamal-events.example>
subj: Delayed Mail (still being retried)
trap: delay_warning
note: Postfix delay notification (Action: delayed)
build: dsn
returnpath: <>
hdr: Auto-Submitted: auto-replied
--
This is the mail system at host mx.kamal-events.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

<rashid.kamal@kamal-events.example>: connect to mx.kamal-events.example[192.0.2.140]:25:
    Connection timed out
-- status
Reporting-MTA: dns; mx.kamal-events.example
X-Postfix-Queue-ID: 4Zq1bK6L2mz7v
Arrival-Date: {DATE}

Final-Recipient: rfc822; rashid.kamal@kamal-events.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.kamal-events.example[192.0.2.140]:25:
    Connection timed out
Will-Retry-Until: {DATE}
-- headers
From: Canvas & Bunting <support@example.test>
To: rashid.kamal@kamal-events.example
Subject: Re: tent contract BT-3380 - completely unacceptable
Date: {DATE}
Message-ID: <bt3380.r2.1145@mail.example.test>
%%
kind: bounce
from: Mail Delivery Subsystem <mailer-daemon@mail.example>
subj: Delivery Status Notification (Failure)
trap: webmail_dsn
note: big-webmail style DSN, mailbox full
build: dsn
returnpath: <>
hdr: Auto-Submitted: auto-replied
--
** Message not delivered **

Your message couldn't be delivered to megan.ashdown.old@mail.example because the recipient's inbox is full.

The response from the remote server was:
452 4.2.2 The recipient's inbox is out of storage space.
-- status
Reporting-MTA: dns; mail.example
Arrival-Date: {DATE}

Final-Recipient: rfc822; megan.ashdown.old@mail.example
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.mail.example. (198.51.100.7, the server for the domain mail.example.)
Diagnostic-Code: smtp; 452-4.2.2 The recipient's inbox is out of storage space.
Last-Attempt-Date: {DATE}
-- original
From: ClearSkin Clinic <support@example.test>
To: megan.ashdown.old@mail.example
Subject: Re: Tattoo removal session - blisters
Date: {DATE}
Message-ID: <cs-blister.4410@mail.example.test>

Hi Megan,

Please come in tomorrow so our lead nurse can look at the burn.
If the blisters get worse, see your GP straight away.

ClearSkin Clinic
%%
kind: bounce
lang: de
from: Microsoft Outlook <postmaster@koerner-steuer.example>
subj: Unzustellbar: Re: Abwesend bis 3. Juni – Reklamation Hochzeitstorte
trap: exchange_ndr_german
note: deutscher Exchange-NDR mit text/rfc822-headers
build: dsn
returnpath: <>
hdr: Auto-Submitted: auto-replied
--
Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:

s.koerner@koerner-steuer.example
Die eingegebene E-Mail-Adresse wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie dann, die Nachricht erneut zu senden.

Diagnoseinformationen für Administratoren:

Generierender Server: EXCH02.koerner-steuer.example
Remoteserver hat '550 5.1.1 User unknown' zurückgegeben.
-- status
Reporting-MTA: dns;EXCH02.koerner-steuer.example
Received-From-MTA: dns;mx1.example.test
Arrival-Date: {DATE}

Final-Recipient: rfc822;s.koerner@koerner-steuer.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 User unknown
-- headers
From: Tiered & True Cakes <support@example.test>
To: s.koerner@koerner-steuer.example
Subject: Re: Abwesend bis 3. Juni
Date: {DATE}
Message-ID: <tt-koerner.2201@mail.example.test>
%%
kind: bounce
lang: de
from: Mail Delivery System <MAILER-DAEMON@mx.postfach.example>
subj: Warnung: Nachricht noch nicht zugestellt
trap: delay_warning_german
note: deutsche Verzögerungswarnung als DSN
build: dsn
returnpath: <>
hdr: Auto-Submitted: auto-replied
--
Dies ist das Mailsystem auf mx.postfach.example.

#########################################################################
# DIES IST NUR EINE WARNUNG. SIE MÜSSEN DIE NACHRICHT NICHT ERNEUT SENDEN. #
#########################################################################

Ihre Nachricht konnte seit 4 Stunden nicht zugestellt werden.
Es wird bis zu 5 Tage lang weiter versucht.

<monika.reuter@postfach.example>: Verbindung zu mx.postfach.example[203.0.113.33] abgelaufen
-- status
Reporting-MTA: dns; mx.postfach.example
Arrival-Date: {DATE}

Final-Recipient: rfc822; monika.reuter@postfach.example
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.postfach.example[203.0.113.33]:25:
    Connection timed out
-- headers
From: Hivecraft Meadery <support@example.test>
To: monika.reuter@postfach.example
Subject: Re: Met-Abo - Beschwerde bei der Verbraucherzentrale
Date: {DATE}
Message-ID: <hc-reuter.9902@mail.example.test>
%%
kind: bounce
lang: fr
from: Postmaster <postmaster@courriel.example>
subj: Non remis : Re: Prélevée deux fois pour le gâteau !
trap: dsn_french
note: DSN en français, message d'origine en pièce jointe
build: dsn
returnpath: <>
hdr: Auto-Submitted: auto-replied
--
Votre message n'a pas pu être remis aux destinataires suivants :

aurelie.lambert@courriel.example
Motif : la boîte aux lettres du destinataire est pleine.

Le message d'origine est joint ci-dessous.
-- status
Reporting-MTA: dns; mx.courriel.example
Arrival-Date: {DATE}

Final-Recipient: rfc822; aurelie.lambert@courriel.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
-- original
From: Tiered & True Cakes <support@example.test>
To: aurelie.lambert@courriel.example
Subject: Re: Prélevée deux fois pour le gâteau !
Date: {DATE}
Message-ID: <tt-lambert.6630@mail.example.test>

Bonjour Madame Lambert,

Le second prélèvement de 250 € a été remboursé ce matin.

> C'est une honte. Remboursez-moi le double prélèvement immédiatement.

Bien cordialement,
L'équipe Tiered & True
%%
kind: bounce
lang: fr
from: Système de messagerie <MAILER-DAEMON@smtp.webmail.example>
subj: Échec de la remise du message
trap: plain_bounce_french
note: rapport d'échec en texte brut (style Exim traduit)
returnpath: <>
hdr: Auto-Submitted: auto-replied
hdr: X-Failed-Recipients: olivier.chastell@webmail.example
--
Ce message a été créé automatiquement par le logiciel de distribution du courrier.

Un message que vous avez envoyé n'a pas pu être remis à un ou plusieurs destinataires. Il s'agit d'une erreur permanente. L'adresse suivante a échoué :

  olivier.chastell@webmail.example
    Erreur SMTP du serveur distant après RCPT TO:<olivier.chastell@webmail.example> :
    550 5.1.1 Utilisateur inconnu

------ Ceci est une copie des en-têtes du message. ------

From: Hivecraft Meadery <support@example.test>
To: olivier.chastell@webmail.example
Subject: Re: Hydromel - livraison jamais reçue
Date: {DATE}
%%
kind: bounce
lang: es
from: Postmaster <postmaster@correo.example>
subj: No se puede entregar: Re: Cobro doble de la tarta
trap: dsn_spanish
note: DSN en español con el mensaje original
build: dsn
returnpath: <>
hdr: Auto-Submitted: auto-replied
--
No se pudo entregar el mensaje a los siguientes destinatarios:

pilar.cortes@correo.example
El buzón del destinatario no existe. Compruebe la dirección e inténtelo de nuevo.
-- status
Reporting-MTA: dns; mx.correo.example
Arrival-Date: {DATE}

Final-Recipient: rfc822; pilar.cortes@correo.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Buzon no disponible
-- original
From: Tiered & True Cakes <support@example.test>
To: pilar.cortes@correo.example
Subject: Re: Cobro doble de la tarta
Date: {DATE}
Message-ID: <tt-cortes.3318@mail.example.test>

Hola Pilar:

Hemos devuelto el segundo cargo de 480 EUR.

> Es indignante, una autentica verguenza. Quiero el reembolso ya.

Un saludo.
%%
kind: bounce
lang: es
from: Sistema de correo <MAILER-DAEMON@mx.cd-huertas.example>
subj: Notificación de estado de entrega (Error)
trap: plain_bounce_spanish
note: rebote en texto plano
returnpath: <>
--
Este es un mensaje generado automáticamente por el sistema de correo.

No ha sido posible entregar su mensaje a:

    javier.romero@cd-huertas.example

Motivo: 550 5.1.1 El destinatario no existe en este servidor.

Este es un error permanente. No se volverá a intentar la entrega.

--- Cabeceras del mensaje original ---
From: TrueLine Support <support@example.test>
To: javier.romero@cd-huertas.example
Subject: Re: Se han borrado los campos en LineBot
Date: {DATE}
%%
kind: list
from: UK Wedding Bakers Guild <newsletter@weddingbakersguild.example>
subj: Guild News: spring fairs, allergen labelling refresher and a recall notice
trap: newsletter_mentions_recall
note: trade newsletter with List-Id/List-Unsubscribe; mentions a recall and legal topics
hdr: List-Id: Guild News <news.weddingbakersguild.example>
hdr: List-Unsubscribe: <https://weddingbakersguild.example/unsub?u=88120>, <mailto:unsubscribe@weddingbakersguild.example>
build: alt
hstyle: p
--
Guild News - March

Spring wedding fairs
Stands are still available at the Harrogate and Bath fairs. Members get 20% off.

Allergen labelling refresher
Our free webinar on 12 March covers what to put on your order forms, and what happens legally when labelling goes wrong.

Supplier recall notice
A supplier of edible glitter has issued a recall for one batch because of a possible choking hazard. Check your stock against the batch codes on our website.

You are receiving this because you are a Guild member. Unsubscribe at any time.
%%
kind: list
from: Jarworks Packaging <offers@jarworks.example>
subj: Autumn offer: 15% off hexagonal honey jars
trap: precedence_bulk
note: supplier promotion with Precedence: bulk only
hdr: Precedence: bulk
--
Hello from Jarworks,

This month only: 15% off all hexagonal honey jars and mead bottles with code AUTUMN15. Free delivery on pallets.

You're receiving this because you bought from us before. To stop receiving offers, reply with REMOVE.
%%
kind: list
from: groundsmen-chat-request@lists.pitchcare-forum.example
subj: groundsmen-chat Digest, Vol 84, Issue 12
trap: list_digest_quotes_anger
note: mailman digest; a member's angry post about a supplier
hdr: List-Id: Groundsmen chat <groundsmen-chat.lists.pitchcare-forum.example>
hdr: List-Unsubscribe: <https://lists.pitchcare-forum.example/mailman/options/groundsmen-chat>, <mailto:groundsmen-chat-request@lists.pitchcare-forum.example?subject=unsubscribe>
hdr: List-Post: <mailto:groundsmen-chat@lists.pitchcare-forum.example>
hdr: Precedence: list
--
Send groundsmen-chat mailing list submissions to
	groundsmen-chat@lists.pitchcare-forum.example

Today's Topics:

   1. Re: line marker paint in wet weather (Dave P.)
   2. LineBot update wiped my maps (Graham T.)

----------------------------------------------------------------------

Message: 1
Date: {DATE}
From: Dave P.
Subject: Re: line marker paint in wet weather

Use the concentrate at 1:3 and give it an hour before play.

------------------------------

Message: 2
Date: {DATE}
From: Graham T.
Subject: LineBot update wiped my maps

Anyone else lose all their pitch maps after Sunday's update? Absolutely
fuming. I've told TrueLine I want it escalated and I'm cancelling if
it's not sorted.

------------------------------

End of groundsmen-chat Digest, Vol 84, Issue 12
%%
kind: list
from: RoadTrip Deals <deals@roadtrip-deals.example>
subj: Last chance: 30% off motorhome winterising kits
trap: marketing_list_unsubscribe_post
note: marketing mail with List-Unsubscribe and List-Unsubscribe-Post
hdr: List-Unsubscribe: <https://roadtrip-deals.example/u/3f9a2c>
hdr: List-Unsubscribe-Post: List-Unsubscribe=One-Click
hdr: List-Id: <deals.roadtrip-deals.example>
--
Don't get caught out by the frost!

Our winterising kits are 30% off until midnight Sunday: antifreeze, pipe lagging and a step-by-step guide.

Shop now at roadtrip-deals.example

Unsubscribe | Privacy
%%
kind: list
lang: de
from: Verband der Imker Nord <newsletter@imker-nord.example>
subj: Rundbrief Oktober: Honigmarkt, Varroa und Datenschutz
trap: newsletter_gdpr_mention
note: Verbands-Rundbrief mit List-Unsubscribe; erwähnt DSGVO
hdr: List-Unsubscribe: <https://imker-nord.example/abmelden?id=5510>
hdr: List-Id: Rundbrief <rundbrief.imker-nord.example>
--
Liebe Mitglieder,

der Herbst-Honigmarkt findet am 19. Oktober statt. Standanmeldungen bitte bis zum 5. Oktober.

Außerdem: Unser Merkblatt zur DSGVO für Direktvermarkter wurde aktualisiert und steht im Mitgliederbereich bereit.

Sie erhalten diesen Rundbrief als Mitglied. Abmeldung über den Link im Kopf dieser E-Mail.
%%
kind: list
lang: fr
from: Salon du Mariage de Lyon <infos@salonmariage-lyon.example>
subj: Lettre d'information – Salon du Mariage 2025
trap: precedence_bulk
note: lettre d'information, Precedence: bulk
hdr: Precedence: bulk
charset: iso-8859-15
--
Bonjour,

Le Salon du Mariage revient les 25 et 26 janvier ! Réservez dès maintenant votre stand exposant (traiteurs, pâtissiers, loueurs de tentes, animation).

Pour ne plus recevoir nos messages, répondez « désinscription ».
%%
kind: list
lang: es
from: Asociación de Mercados Gastronómicos <boletin@mercadosgastro.example>
subj: Boletín de noviembre: nuevas normas de alérgenos
trap: list_id
note: boletín con List-Id y List-Unsubscribe
hdr: List-Id: Boletin mercadosgastro <boletin.mercadosgastro.example>
hdr: List-Unsubscribe: <mailto:baja@mercadosgastro.example>
--
Estimados socios:

En este boletín: nuevas normas de etiquetado de alérgenos para puestos de comida callejera, calendario de mercados navideños y la asamblea anual del 12 de diciembre.

Para darse de baja, escriba a baja@mercadosgastro.example.
%%
kind: receipt
from: Priya Natarajan <p.natarajan@corvid-advisory.example>
subj: Read: Re: Your appointment with VetVan Mobile
trap: mdn_displayed
note: Outlook-style MDN (multipart/report, disposition-notification)
build: mdn
--
Your message

  To: p.natarajan@corvid-advisory.example
  Subject: Re: Your appointment with VetVan Mobile
  Sent: {DATE}

was read on {DATE}.
-- mdn
Reporting-UA: corvid-advisory.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;p.natarajan@corvid-advisory.example
Original-Message-ID: <vv-natarajan.5120@mail.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
%%
kind: receipt
from: Bernard Quigley <b.quigley@quigley-holdings.example>
subj: Return Receipt (displayed) - Re: Piano purchase - Steinway model O
trap: mdn_thunderbird
note: Thunderbird-style MDN with headers of original
build: mdn
--
This is a Return Receipt for the mail that you sent to b.quigley@quigley-holdings.example.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
-- mdn
Reporting-UA: quigley-holdings.example; Mozilla Thunderbird
Final-Recipient: rfc822;b.quigley@quigley-holdings.example
Original-Message-ID: <so-quigley.1180@mail.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
-- headers
From: Second Octave Pianos <support@example.test>
To: b.quigley@quigley-holdings.example
Subject: Re: Piano purchase - Steinway model O
Date: {DATE}
Message-ID: <so-quigley.1180@mail.example.test>
%%
kind: receipt
lang: de
from: Dr. Friedrich Lenz <f.lenz@lenz-kanzlei.example>
subj: Gelesen: Re: Flügel Bösendorfer – Transportschaden
trap: mdn_german
note: deutsche Lesebestätigung
build: mdn
--
Ihre Nachricht

  An: f.lenz@lenz-kanzlei.example
  Betreff: Re: Flügel Bösendorfer – Transportschaden
  Gesendet: {DATE}

wurde am {DATE} gelesen.
-- mdn
Reporting-UA: lenz-kanzlei.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;f.lenz@lenz-kanzlei.example
Original-Message-ID: <so-lenz.7781@mail.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
%%
kind: receipt
lang: fr
from: Geneviève Aubert <genevieve.aubert@courriel.example>
subj: Lu : Re: Piano droit – vice caché
trap: mdn_french
note: accusé de lecture en français
build: mdn
--
Votre message

  À : genevieve.aubert@courriel.example
  Objet : Re: Piano droit – vice caché
  Envoyé : {DATE}

a été lu le {DATE}.
-- mdn
Reporting-UA: courriel.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;genevieve.aubert@courriel.example
Original-Message-ID: <so-aubert.4420@mail.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
%%
kind: receipt
lang: es
from: Alberto Medina <alberto.medina@medina-franquicias.example>
subj: Leído: Re: Contrato de franquicia – demanda
trap: mdn_spanish
note: confirmación de lectura en español
build: mdn
--
Su mensaje

  Para: alberto.medina@medina-franquicias.example
  Asunto: Re: Contrato de franquicia – demanda
  Enviado: {DATE}

ha sido leído el {DATE}.
-- mdn
Reporting-UA: medina-franquicias.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;alberto.medina@medina-franquicias.example
Original-Message-ID: <fr-medina.2290@mail.example.test>
Disposition: manual-action/MDN-sent-manually; displayed
%%
kind: self
from: Support Desk <support@example.test>
subj: [Reply sent] Re: I want to speak to whoever is in charge
trap: self_from_desk
note: desk's own copy of an outgoing reply, quotes anger and manager request
--
Copy of reply sent to o.dunmore@dunmore-estates.example

Dear Mr Dunmore,

I'm very sorry about the damage to your mother's piano. Our operations manager, Karen Li, will call you this afternoon.

> I want a manager to call me. Today. This is the worst treatment I
> have had from any business in years.
%%
kind: self
from: Escalated <escalated@example.test>
subj: Daily escalation digest - 14 tickets flagged
trap: self_from_escalated
note: the desk's own digest full of trigger words
--
Escalation digest for the last 24 hours

legal_threat: 2 tickets (small claims, solicitor)
security_incident: 1 ticket (account takeover, laundry app)
outage: 3 tickets (franchise POS, card payments down)
billing_dispute: 5 tickets (double charges)
media_threat: 1 ticket (journalist inquiry)
manager_request: 2 tickets

Open the dashboard to review.
%%
kind: self
from: Escalated Notifier <notify@example.test>
subj: Ticket 55120 reopened: customer says this is the fourth time
trap: self_msgid_domain
note: notification identified by the desk's own Message-ID domain
msgid: <t55120.reopen.20250211@escalated.example.test>
--
Ticket 55120 (VetVan Mobile) was reopened by the customer.

Latest customer message:
"This is the FOURTH time I've received this exact auto-reply. It's absolutely pathetic."

Assigned to: queue "Pets - priority"
%%
"""
