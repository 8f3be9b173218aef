# Automated mail: auto-replies, bounces, list mail, read receipts, the desk's own mail.
# Hand-written literals; {placeholders} are filled with seeded dates and ids.
from spec import A, Q

RFC3834 = [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]

MESSAGES = [

# ================================================================ auto_reply

A("en", "auto_reply", "simple",
  frm="Nadia Okafor <n.okafor@greenway-estates.example>",
  subj="Out of Office: Re: Your survey booking KH-3301",
  headers=RFC3834 + [("Precedence", "auto_reply")],
  body="""
  Thank you for your email. I am out of the office until Monday 14 July with
  limited access to email.

  For anything urgent about lettings please contact my colleague Sam Ridley on
  sam.ridley@greenway-estates.example or call the office on 555-0129.

  Kind regards,
  Nadia Okafor
  Greenway Estates
  """, note="RFC 3834 headers"),

A("en", "auto_reply", "simple",
  frm="Colm Fitzgerald <colm.fitzgerald@mailbox.example>",
  subj="Away: Re: Your Earshot membership",
  body="""
  Hi, thanks for your message. I'm on annual leave until 2 September and won't be
  checking email. I'll reply when I'm back.

  Colm
  """, note="vacation reply without RFC 3834 headers"),

A("en", "auto_reply", "simple",
  frm="Rebecca Stone <r.stone@stone-dental.example>",
  subj="Automatic reply: Re: Your complaint about order SW-77120",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "r.stone@stone-dental.example")],
  pack="alt",
  body="""
  I am currently out of the office on maternity leave and will not be reading
  email until January.

  For practice matters please contact reception@stone-dental.example.

  Rebecca Stone
  """, trap="trigger_words_in_subject", note="subject is the desk's reply subject echoed by Exchange"),

A("de", "auto_reply", "simple",
  frm="Markus Weber <markus.weber@weber-elektro.example>",
  subj="Abwesenheitsnotiz: Re: Ihre Anfrage zu Ladepunkten",
  headers=RFC3834,
  body="""
  Vielen Dank für Ihre Nachricht.

  Ich bin bis einschließlich 18. August nicht im Büro und habe keinen Zugriff auf
  meine E-Mails. In dringenden Fällen wenden Sie sich bitte an
  info@weber-elektro.example oder telefonisch an 0555 01843.

  Mit freundlichen Grüßen
  Markus Weber
  """),

A("de", "auto_reply", "simple",
  frm="Sabine Krause <s.krause@kanzlei-krause.example>",
  subj="Automatische Antwort: AW: Ihr Vorgang 2025-0871",
  headers=[("X-Auto-Response-Suppress", "All")],
  body="""
  Ich bin ab dem 22.12. wieder im Büro. Ihre Nachricht wird nicht weitergeleitet.

  Mit freundlichen Grüßen
  Sabine Krause
  Rechtsanwältin

  Kanzlei Krause – Diese E-Mail kann vertrauliche und/oder rechtlich geschützte
  Informationen enthalten.
  """, trap="job_title", note="lawyer's out-of-office; no Auto-Submitted header"),

A("fr", "auto_reply", "simple",
  frm="Camille Girard <camille.girard@cabinet-girard.example>",
  subj="Réponse automatique : Absence du bureau",
  headers=RFC3834,
  body="""
  Bonjour,

  je suis absente du bureau jusqu'au 25 août inclus. Pour toute urgence, merci de
  contacter le secrétariat au 05 55 01 88 20.

  Cordialement,
  Camille Girard
  """),

A("fr", "auto_reply", "simple",
  frm="Yves Martineau <yves.martineau@lettre-fr.example>",
  subj="Absent jusqu'au 3 mars – Re: votre commande",
  body="""
  Bonjour, je suis en déplacement sans accès régulier à ma messagerie jusqu'au
  3 mars. Je vous répondrai dès mon retour.

  Yves Martineau
  """, note="vacation reply without RFC 3834 headers"),

A("es", "auto_reply", "simple",
  frm="Lorena Castillo <lorena.castillo@inmobiliaria-sol.example>",
  subj="Respuesta automática: Fuera de la oficina",
  headers=RFC3834 + [("X-Auto-Response-Suppress", "All")],
  body="""
  Hola:

  estoy fuera de la oficina hasta el 1 de septiembre. Para asuntos urgentes,
  escriba a oficina@inmobiliaria-sol.example.

  Un saludo,
  Lorena Castillo
  """),

A("es", "auto_reply", "simple",
  frm="Tomás Ferrer <tomas.ferrer@correo.example>",
  subj="De vacaciones – Re: Su reserva AC-30917",
  body="""
  Gracias por su mensaje. Estoy de vacaciones hasta el lunes 25 y no leeré el
  correo. Le responderé a la vuelta.

  Tomás
  """, note="vacation reply without RFC 3834 headers"),

A("en", "auto_reply", "simple",
  frm="Harwood Biotech Facilities Desk <facilities@harwood-biotech.example>",
  subj="[HD-48213] We've received your request: Re: Ordering portal unavailable",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Ticket-ID", "HD-48213")],
  body="""
  Hello,

  Thank you for contacting the Harwood Biotech Facilities Desk. Your request has
  been logged as HD-48213 and a member of the team will respond within two working
  days. Please keep the ticket number in the subject line of any reply.

  ---- Original message ----

  Dear Lin,

  Thank you for your patience. You wrote: "We literally cannot place orders, and
  if this isn't fixed today we will take our business to another supplier and ask
  our lawyers to review the contract." Our ordering portal is available again and
  we have processed your standing order manually.

  Kind regards,
  Meniscus Labware Support
  """, trap="quoted_trigger", note="other organisation's ticket acknowledgement quoting a customer threat"),

A("de", "auto_reply", "simple",
  frm="Hydrolab Service-Desk <servicedesk@hydrolab.example>",
  subj="[Ticket#2025061010000123] Eingangsbestätigung: AW: Bestellportal",
  headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
  body="""
  Sehr geehrte Damen und Herren,

  Ihre Nachricht ist bei uns eingegangen und wurde unter der Ticketnummer
  2025061010000123 erfasst. Bitte antworten Sie nicht auf diese E-Mail; sie wurde
  automatisch erstellt.

  Ihr Hydrolab Service-Desk
  """),

A("en", "auto_reply", "simple",
  frm="Oakridge Retail <no-reply@oakridge-retail.example>",
  subj="This mailbox is not monitored",
  headers=[("Auto-Submitted", "auto-replied")],
  body="""
  This is an automated message. The mailbox you have written to is not monitored
  and your email has not been read.

  If you need to contact Oakridge Retail, please use the contact form on our
  website or write to enquiries@oakridge-retail.example.
  """, note="unmonitored mailbox"),

A("en", "auto_reply", "simple",
  frm="Daniel Carver <d.carver@coastline-couriers.example>",
  subj="Daniel Carver has left Coastline Couriers",
  headers=[("Auto-Submitted", "auto-replied")],
  body="""
  Thank you for your email. Daniel Carver no longer works at Coastline Couriers
  and this mailbox is no longer monitored.

  For fleet matters please contact Marta Ilves, Fleet Operations Manager, at
  marta.ilves@coastline-couriers.example. Your message has not been forwarded.
  """, trap="job_title", note="person-has-left notice"),

A("fr", "auto_reply", "simple",
  frm="Laboratoire Garnier <accueil@labo-garnier.example>",
  subj="Re: Commande VL-8821 – M. Perrin n'est plus en poste",
  headers=[("Auto-Submitted", "auto-replied")],
  body="""
  Bonjour,

  M. Antoine Perrin ne fait plus partie du Laboratoire Garnier depuis le 30 juin.
  Votre message ne lui a pas été transmis. Merci d'adresser vos demandes à
  achats@labo-garnier.example.

  Ceci est une réponse automatique.
  """, trap="trigger_words_in_subject", note="person-has-left notice; subject echoes an order number"),

A("es", "auto_reply", "simple",
  frm="Universidad de Levante – Compras <compras@univ-levante.example>",
  subj="Buzón no atendido",
  headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
  body="""
  Este buzón no está atendido y los mensajes que recibe no se leen.

  Para consultas sobre pedidos, utilice el portal de proveedores o escriba a
  proveedores@univ-levante.example indicando el número de orden de compra.
  """, note="unmonitored mailbox"),

A("en", "auto_reply", "simple",
  frm="Graham Hale <graham.hale@post.example>",
  subj="Automatic reply: Re: Inscription for Dorothy Hale",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  body="""
  I'm away until 20 May and will reply on my return.

  Graham
  """,
  quote=Q("outlook_en", "Ashworth Memorials <support@example.test>",
          """
          Dear Mr Hale,

          Thank you for your email of 2 May, in which you wrote: "This is the
          fourth time I have written to you. I find it utterly disgraceful and I
          will be taking legal advice." I am very sorry. The corrected stone will
          be fixed on 14 May.

          Ashworth Memorials
          """),
  trap="quoted_trigger", note="auto-reply that includes the desk's message quoting the customer"),

# ================================================================ bounce

A("en", "bounce", "dsn",
  frm="Mail Delivery System <MAILER-DAEMON@mx.mailbox.example>",
  subj="Undelivered Mail Returned to Sender",
  host="mx.mailbox.example",
  headers=[("Auto-Submitted", "auto-replied")],
  preamble="This is a MIME-encapsulated message.",
  notice_extra=["Content-Description: Notification"],
  notice="""
  This is the mail system at host mx.mailbox.example.

  I'm sorry to have to inform you that your message could not
  be delivered to one or more recipients. It's attached below.

  For further assistance, please send mail to postmaster.

  If you do so, please include this problem report. You can
  delete your own text from the attached returned message.

                     The mail system

  <kev.hollis@mailbox.example>: host mx.mailbox.example[{ip}] said: 550 5.1.1
      <kev.hollis@mailbox.example>: Recipient address rejected: User unknown in
      virtual mailbox table (in reply to RCPT TO command)
  """,
  status="""
  Reporting-MTA: dns; mx.mailbox.example
  X-Postfix-Queue-ID: {qid}
  X-Postfix-Sender: rfc822; support@example.test
  Arrival-Date: {orig_date}

  Final-Recipient: rfc822; kev.hollis@mailbox.example
  Original-Recipient: rfc822;kev.hollis@mailbox.example
  Action: failed
  Status: 5.1.1
  Remote-MTA: dns; mx.mailbox.example
  Diagnostic-Code: smtp; 550 5.1.1 <kev.hollis@mailbox.example>: Recipient
      address rejected: User unknown in virtual mailbox table
  """,
  orig_to="kev.hollis@mailbox.example",
  orig_subj="Re: WHERE IS THE CHARGER",
  orig_body="""
  Dear Mr Hollis,

  I'm very sorry about the missing charger. You wrote: "THIS IS DISGRACEFUL AND
  I AM SICK OF BEING FOBBED OFF." You are right to be angry; the charger was sent
  by next-day courier this afternoon.

  Stridewell Mobility Support
  """, trap="quoted_trigger", note="Postfix DSN; returned message quotes an angry customer"),

A("en", "bounce", "plainbounce",
  frm="Mail Delivery System <Mailer-Daemon@mail.webpost.example>",
  subj="Mail delivery failed: returning message to sender",
  host="mail.webpost.example",
  headers=[("X-Failed-Recipients", "o.tregarthen@webpost.example"), ("Auto-Submitted", "auto-replied")],
  notice="""
  This message was created automatically by mail delivery software.

  A message that you sent could not be delivered to one or more of its
  recipients. This is a permanent error. The following address(es) failed:

    o.tregarthen@webpost.example
      SMTP error from remote mail server after RCPT TO:<o.tregarthen@webpost.example>:
      host mx2.webpost.example [{ip}]: 550 5.1.1 No such user here

  ------ This is a copy of the message, including all the headers. ------

  """,
  orig_to="o.tregarthen@webpost.example",
  orig_subj="Re: Member portal - can't log in (500 error)",
  orig_body="""
  Hi Owen,

  The member portal is working again after this morning's fix. Sorry for the
  trouble.

  Cragworks Climbing
  """, note="Exim plain-text bounce"),

A("en", "bounce", "dsn",
  frm="postmaster@northgate-analytical.example",
  subj="Undeliverable: Re: PO 7781 – significant breakage on delivery",
  host="mail.northgate-analytical.example",
  notice_cte="quoted-printable",
  notice="""
  Delivery has failed to these recipients or groups:

  h.schuster@northgate-analytical.example
  The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

  Diagnostic information for administrators:

  Generating server: mail.northgate-analytical.example

  h.schuster@northgate-analytical.example
  Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
  """,
  notice_html="""
  <html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
  <body><p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>
  <p><a href="mailto:h.schuster@northgate-analytical.example">h.schuster@northgate-analytical.example</a><br>
  The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.</p>
  <p>Diagnostic information for administrators:</p>
  <p>Generating server: mail.northgate-analytical.example</p>
  <p>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
  </body></html>
  """,
  status="""
  Reporting-MTA: dns;mail.northgate-analytical.example
  Received-From-MTA: dns;smtp-out.example.test
  Arrival-Date: {orig_date}

  Final-Recipient: rfc822;h.schuster@northgate-analytical.example
  Action: failed
  Status: 5.1.10
  Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
  """,
  orig_to="h.schuster@northgate-analytical.example",
  orig_subj="Re: PO 7781 – significant breakage on delivery",
  orig_body="""
  Dear Dr Schuster,

  Replacement flasks and cylinders for PO 7781 left our warehouse today.

  Meniscus Labware
  """, trap="trigger_words_in_subject", note="Exchange NDR with HTML alternative"),

A("en", "bounce", "dsn",
  frm="Mail Delivery Subsystem <MAILER-DAEMON@relay.post.example>",
  subj="Warning: could not send message for past 4 hours",
  host="relay.post.example",
  headers=[("Auto-Submitted", "auto-generated (warning-timeout)")],
  preamble="This is a MIME-encapsulated message",
  notice="""
      **********************************************
      **      THIS IS A WARNING MESSAGE ONLY      **
      **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
      **********************************************

  The original message was received at {orig_date}
  from smtp-out.example.test [192.0.2.10]

     ----- Transcript of session follows -----
  451 4.4.1 reply: read error from mx.post.example.
  <joan.metcalfe@post.example>... Deferred: Connection timed out with mx.post.example.
  Warning: message still undelivered after 4 hours
  Will keep trying until message is 5 days old
  """,
  status="""
  Reporting-MTA: dns; relay.post.example
  Arrival-Date: {orig_date}

  Final-Recipient: RFC822; joan.metcalfe@post.example
  Action: delayed
  Status: 4.4.1
  Remote-MTA: DNS; mx.post.example
  Last-Attempt-Date: {date}
  Will-Retry-Until: {will_retry}
  """,
  orig_to="joan.metcalfe@post.example",
  orig_subj="Re: Scooter battery smoking while charging",
  orig_body="""
  Dear Mrs Metcalfe,

  Please keep the scooter outside and do not charge it. Our engineer will collect
  it on Thursday morning and bring a loan scooter.

  Stridewell Mobility
  """, attach_orig="headers", trap="trigger_words_in_subject", note="sendmail delay warning"),

A("en", "bounce", "plainbounce",
  frm="MAILER-DAEMON@mx4.inbox.example",
  subj="failure notice",
  host="mx4.inbox.example",
  notice="""
  Hi. This is the qmail-send program at mx4.inbox.example.
  I'm afraid I wasn't able to deliver your message to the following addresses.
  This is a permanent error; I've given up. Sorry it didn't work out.

  <gaz.pennington@inbox.example>:
  Sorry, no mailbox here by that name. (#5.1.1)

  --- Below this line is a copy of the message.

  """,
  orig_to="gaz.pennington@inbox.example",
  orig_subj="Re: chargers at Millbrook Rd all dead??",
  orig_body="""
  Hi Gaz,

  Sorry about this morning - the Millbrook Road hub is back online.

  VoltLane Support
  """, trap="trigger_words_in_subject", note="qmail bounce"),

A("en", "bounce", "plainbounce",
  frm="Mail Delivery Subsystem <mailer-daemon@mail.mailbox.example>",
  subj="Delivery Status Notification (Failure)",
  host="mail.mailbox.example",
  headers=[("X-Failed-Recipients", "claire.dunmore@mailbox.example")],
  notice="""
  ** Address not found **

  Your message wasn't delivered to claire.dunmore@mailbox.example because the
  address couldn't be found, or is unable to receive mail.

  The response from the remote server was:
  550 5.1.1 The email account that you tried to reach does not exist.

  ----- Original message -----

  """,
  orig_to="claire.dunmore@mailbox.example",
  orig_subj="Re: Saturday's booking for 12 - what a joke",
  orig_body="""
  Dear Claire,

  We're so sorry about Saturday. You said "the review I'm putting up tonight will
  tell everyone exactly how Dice & Slice treats its customers" - we understand.
  Your £60 deposit has been refunded and we'd like to offer the room free of
  charge on a date of your choice.

  Dice & Slice
  """, trap="quoted_trigger", note="Gmail-style plain bounce quoting a media threat"),

A("de", "bounce", "dsn",
  frm="Mail Delivery System <MAILER-DAEMON@mx.kabelpost.example>",
  subj="Unzustellbar: Re: Fremde Bestellung über mein Kundenkonto",
  host="mx.kabelpost.example",
  headers=[("Auto-Submitted", "auto-replied")],
  notice_charset="utf-8", notice_cte="quoted-printable",
  notice="""
  Dies ist das Mailsystem auf dem Rechner mx.kabelpost.example.

  Leider konnte Ihre Nachricht an einen oder mehrere Empfänger nicht zugestellt
  werden. Die Nachricht ist unten angehängt.

  Bei Fragen wenden Sie sich bitte an den Postmaster.

                     Das Mailsystem

  <lukas.pietsch@kabelpost.example>: Postfach voll (Quota überschritten).
      host mx.kabelpost.example[{ip}] said: 552 5.2.2 Mailbox full
  """,
  status="""
  Reporting-MTA: dns; mx.kabelpost.example
  X-Postfix-Queue-ID: {qid}
  Arrival-Date: {orig_date}

  Final-Recipient: rfc822; lukas.pietsch@kabelpost.example
  Action: failed
  Status: 5.2.2
  Diagnostic-Code: smtp; 552 5.2.2 Mailbox full
  """,
  orig_to="lukas.pietsch@kabelpost.example",
  orig_subj="Re: Fremde Bestellung über mein Kundenkonto",
  orig_body="""
  Sehr geehrter Herr Pietsch,

  wir haben Ihr Konto gesperrt, die Bestellung storniert und die 389,00 € auf Ihre
  Kreditkarte erstattet. Bitte vergeben Sie beim nächsten Login ein neues
  Passwort.

  Ihr Wasserwelt-Kundenservice
  """, trap="trigger_words_in_subject", note="German Postfix DSN"),

A("fr", "bounce", "dsn",
  frm="postmaster@lettre-fr.example",
  subj="Non remis : Re: Remboursement promis sous 8 jours",
  host="mx.lettre-fr.example",
  notice_charset="utf-8", notice_cte="quoted-printable",
  notice="""
  Votre message n'a pas pu être remis à ces destinataires ou groupes :

  thierry.moreau@lettre-fr.example
  L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez
  l'adresse du destinataire et essayez de renvoyer le message.

  Informations de diagnostic pour les administrateurs :

  Serveur de génération : mx.lettre-fr.example
  Le serveur distant a renvoyé '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
  """,
  status="""
  Reporting-MTA: dns;mx.lettre-fr.example
  Arrival-Date: {orig_date}

  Final-Recipient: rfc822;thierry.moreau@lettre-fr.example
  Action: failed
  Status: 5.1.1
  Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
  """,
  orig_to="thierry.moreau@lettre-fr.example",
  orig_subj="Re: Remboursement promis sous 8 jours",
  orig_body="""
  Bonjour Monsieur Moreau,

  le remboursement de 180 € a été effectué ce jour. Toutes nos excuses pour ce
  retard.

  Croisières Baleine Bleue
  """, trap="trigger_words_in_subject", note="French Exchange-style NDR"),

A("es", "bounce", "dsn",
  frm="Sistema de entrega de correo <MAILER-DAEMON@mx.correo.example>",
  subj="No se puede entregar: Re: Me han hackeado la cuenta",
  host="mx.correo.example",
  notice_charset="utf-8", notice_cte="quoted-printable",
  notice="""
  No se ha podido entregar el mensaje a los siguientes destinatarios:

  pablo.suarez@correo.example
  La dirección de correo no existe. Compruebe la dirección e inténtelo de nuevo.

  Información de diagnóstico para administradores:
  Servidor remoto: mx.correo.example [{ip}]
  550 5.1.1 Usuario desconocido
  """,
  status="""
  Reporting-MTA: dns; mx.correo.example
  Arrival-Date: {orig_date}

  Final-Recipient: rfc822; pablo.suarez@correo.example
  Action: failed
  Status: 5.1.1
  Diagnostic-Code: smtp; 550 5.1.1 Usuario desconocido
  """,
  orig_to="pablo.suarez@correo.example",
  orig_subj="Re: Me han hackeado la cuenta",
  orig_body="""
  Hola Pablo:

  hemos bloqueado la cuenta y anulado las cuatro reservas. Te enviamos un enlace
  para elegir una contraseña nueva.

  Café de Juegos La Ficha
  """, trap="trigger_words_in_subject", note="Spanish DSN; subject echoes a security complaint"),

A("en", "bounce", "arf",
  frm="Feedback Loop <fbl@feedback.inbox.example>",
  subj="Complaint about message from 192.0.2.10",
  host="feedback.inbox.example",
  notice="""
  This is an email abuse report for an email message received from IP 192.0.2.10
  on {orig_date}. A recipient marked this message as spam.

  For more information about this format please see
  https://feedback.inbox.example/arf
  """,
  report="""
  Feedback-Type: abuse
  User-Agent: InboxFBL/2.1
  Version: 1
  Original-Mail-From: <support@example.test>
  Original-Rcpt-To: <sue.tilley@inbox.example>
  Arrival-Date: {orig_date}
  Source-IP: 192.0.2.10
  Reported-Domain: example.test
  """,
  orig_to="sue.tilley@inbox.example",
  orig_subj="We're sorry to see you go",
  orig_body="""
  Dear Sue,

  As requested, your Hollowbrook Farm Box share will not renew in April. You
  told us "three missed deliveries since Christmas" - we are sorry, and we've
  refunded your last box.

  Hollowbrook Farm Box
  """, trap="quoted_trigger", note="ARF abuse report"),

A("en", "bounce", "dsn",
  frm="Mail Delivery System <MAILER-DAEMON@mx.lettings.example>",
  subj="Delayed Mail (still being retried)",
  host="mx.lettings.example",
  headers=[("Auto-Submitted", "auto-replied")],
  preamble="This is a MIME-encapsulated message.",
  notice="""
  This is the mail system at host mx.lettings.example.

  ####################################################################
  # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
  ####################################################################

  Your message could not be delivered for more than 3 hour(s).
  It will be retried until it is 5 day(s) old.

  For further assistance, please send mail to postmaster.

                     The mail system

  <yasmin.clarke@lettings.example>: connect to mail.lettings.example[{ip}]:25:
      Connection timed out
  """,
  status="""
  Reporting-MTA: dns; mx.lettings.example
  X-Postfix-Queue-ID: {qid}
  X-Postfix-Sender: rfc822; support@example.test
  Arrival-Date: {orig_date}

  Final-Recipient: rfc822; yasmin.clarke@lettings.example
  Action: delayed
  Status: 4.4.1
  Diagnostic-Code: X-Postfix; connect to mail.lettings.example[{ip}]:25:
      Connection timed out
  Will-Retry-Until: {will_retry}
  """,
  orig_to="yasmin.clarke@lettings.example",
  orig_subj="Re: Report format",
  orig_body="""
  Hi Yasmin,

  Thanks for the suggestion - we've passed it to the team that builds our
  reports.

  Keystone Home Inspections
  """, attach_orig="headers", note="Postfix delay notice"),

A("en", "bounce", "plainbounce",
  frm="Mail Delivery System <Mailer-Daemon@smtp.inbox.example>",
  subj="Mail delivery failed: returning message to sender",
  host="smtp.inbox.example",
  headers=[("X-Failed-Recipients", "ben.adeyemi@inbox.example"), ("Auto-Submitted", "auto-replied")],
  notice="""
  This message was created automatically by mail delivery software.

  A message that you sent could not be delivered to one or more of its
  recipients. This is a permanent error. The following address(es) failed:

    ben.adeyemi@inbox.example
      host mx.inbox.example [{ip}]
      SMTP error from remote mail server after end of data:
      552 5.3.4 Message size exceeds fixed maximum message size

  ------ This is a copy of the message, including all the headers. ------

  """,
  orig_to="ben.adeyemi@inbox.example",
  orig_subj="Re: Your heater cooked my fish",
  orig_body="""
  Dear Mr Adeyemi,

  I'm so sorry. In your message you said: "I'm furious and heartbroken" and that
  the controller housing had melted and the room stank of burning plastic. We have
  withdrawn this heater batch from sale and will refund the heater and your
  livestock in full. Please do not use the heater again.

  Coral & Fern Aquatics
  """, trap="quoted_trigger", note="Exim bounce; returned copy quotes safety/anger"),

A("de", "bounce", "plainbounce",
  frm="Mail Delivery System <MAILER-DAEMON@mx.webpost.example>",
  subj="Fehlgeschlagene Zustellung: Re: Unverschämtheit",
  host="mx.webpost.example",
  notice_charset="utf-8", notice_cte="8bit",
  notice="""
  Diese Nachricht wurde automatisch vom Mailsystem erstellt.

  Eine von Ihnen gesendete Nachricht konnte an einen oder mehrere Empfänger nicht
  zugestellt werden. Dies ist ein dauerhafter Fehler. Folgende Adresse(n) sind
  betroffen:

    tobias.greiner@webpost.example
      550 5.1.1 Empfänger unbekannt / Mailbox existiert nicht

  ------ Kopie der Nachricht einschließlich aller Kopfzeilen ------

  """,
  orig_to="tobias.greiner@webpost.example",
  orig_subj="Re: Unverschämtheit",
  orig_body="""
  Hallo Herr Greiner,

  es tut uns sehr leid wegen Freitag. Wir laden Sie und Ihre Gruppe zum nächsten
  Spieleabend ein, Tisch und Spiel sind reserviert.

  Spielecafé Würfelglück
  """, trap="trigger_words_in_subject", note="German plain bounce; subject echoes an angry subject"),

A("fr", "bounce", "dsn",
  frm="MAILER-DAEMON@smtp.courriel.example",
  subj="Échec de la remise du message",
  host="smtp.courriel.example",
  headers=[("Auto-Submitted", "auto-replied")],
  notice_charset="utf-8", notice_cte="quoted-printable",
  notice="""
  Ceci est un message automatique du serveur smtp.courriel.example.

  Votre message n'a pas pu être délivré au destinataire suivant :

    nadia.benali@courriel.example : boîte aux lettres désactivée

  Le message d'origine est joint (en-têtes uniquement).
  """,
  status="""
  Reporting-MTA: dns; smtp.courriel.example
  Arrival-Date: {orig_date}

  Final-Recipient: rfc822; nadia.benali@courriel.example
  Action: failed
  Status: 5.2.1
  Diagnostic-Code: smtp; 550 5.2.1 Mailbox disabled
  """,
  orig_to="nadia.benali@courriel.example",
  orig_subj="Re: Comportement d'un moniteur envers mon fils",
  orig_body="""
  Madame Benali,

  nous vous présentons nos excuses. Le moniteur concerné a été suspendu.

  Bloc & Dalle
  """, attach_orig="headers", trap="trigger_words_in_subject", note="French DSN with text/rfc822-headers"),

# ================================================================ list

A("en", "list", "simple",
  frm="Charge Point Operators Forum <news@cpo-forum.example>",
  subj="CPO Forum Weekly: tariff rules, depot charging, members' AGM",
  headers=[("List-Id", "CPO Forum members <members.cpo-forum.example>"),
           ("List-Unsubscribe", "<mailto:leave-members@cpo-forum.example>, <https://cpo-forum.example/u/8812>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk")],
  pack="alt",
  body="""
  CPO Forum Weekly

  * New tariff display rules: what operators need to change by 1 April
  * Depot charging for van fleets: notes from the Birmingham workshop
  * Members' AGM on 12 March - agenda and proxy forms

  You are receiving this because you are a member of the Charge Point Operators
  Forum. Unsubscribe: https://cpo-forum.example/u/8812
  """, note="association newsletter"),

A("en", "list", "simple",
  frm="support-leads digest <support-leads@lists.cx-people.example>",
  subj="support-leads Digest, Vol 41, Issue 7",
  headers=[("List-Id", "Support team leads <support-leads.lists.cx-people.example>"),
           ("List-Unsubscribe", "<mailto:support-leads-request@lists.cx-people.example?subject=unsubscribe>"),
           ("List-Post", "<mailto:support-leads@lists.cx-people.example>"),
           ("Precedence", "list")],
  body="""
  Today's Topics:

     1. Handling legal threats in tickets (Marion K.)
     2. Re: Handling legal threats in tickets (Jo Bright)

  ----------------------------------------------------------------------

  Message: 1
  From: Marion K.
  Subject: Handling legal threats in tickets

  Had a customer this week write "I'm furious, my lawyer will be in touch and
  I'm cancelling everything". How do your teams route those - straight to a
  manager, or via legal first?

  ------------------------------

  Message: 2
  From: Jo Bright
  Subject: Re: Handling legal threats in tickets

  We tag them and hand them to the team lead within the hour; legal only sees
  them if a solicitor's letter actually arrives.

  ------------------------------

  _______________________________________________
  support-leads mailing list
  """, trap="quoted_trigger", note="list digest discussing trigger phrases"),

A("de", "list", "simple",
  frm="Bundesverband Gewächshausbau <newsletter@bv-gewaechshaus.example>",
  subj="Verbandsnachrichten Mai: Messe, Normen, Mitgliederversammlung",
  headers=[("List-Id", "Verbandsnachrichten <news.bv-gewaechshaus.example>"),
           ("List-Unsubscribe", "<https://bv-gewaechshaus.example/abmelden?id=55104>"),
           ("Precedence", "bulk")],
  pack="alt",
  body="""
  Liebe Mitglieder,

  in dieser Ausgabe:

  – Rückblick auf die Gartenmesse in Erfurt
  – Neue Norm für Glasstärken bei Hobbygewächshäusern
  – Einladung zur Mitgliederversammlung am 14. Juni

  Sie erhalten diesen Newsletter als Mitglied des Verbands. Abmelden:
  https://bv-gewaechshaus.example/abmelden?id=55104
  """),

A("fr", "list", "simple",
  frm="Réseau des AMAP du Sud-Ouest <lettre@amap-sudouest.example>",
  subj="La lettre des AMAP – septembre",
  headers=[("List-Unsubscribe", "<mailto:desinscription@amap-sudouest.example>"),
           ("List-Id", "<lettre.amap-sudouest.example>"),
           ("Precedence", "bulk")],
  pack="html",
  body="""
  La lettre des AMAP – septembre

  Au sommaire : le calendrier des distributions d'automne, une recette de courge
  rôtie, et l'assemblée générale du réseau le 18 octobre.

  Pour ne plus recevoir cette lettre, écrivez à desinscription@amap-sudouest.example.
  """),

A("es", "list", "simple",
  frm="Asociación de Pirotecnia <boletin@asoc-pirotecnia.example>",
  subj="Boletín de la Asociación – novedades de la temporada",
  headers=[("List-Id", "Boletín <boletin.asoc-pirotecnia.example>"),
           ("List-Unsubscribe", "<https://asoc-pirotecnia.example/baja?u=3391>"),
           ("Precedence", "bulk")],
  body="""
  Estimados asociados:

  en este boletín: cambios en la normativa de almacenamiento, calendario de
  cursos de seguridad para artilleros y la feria del sector en Valencia.

  Para darse de baja: https://asoc-pirotecnia.example/baja?u=3391
  """),

A("en", "list", "simple",
  frm="Tessellate Helpdesk Software <updates@tessellate-hd.example>",
  subj="What's new in Tessellate: smarter routing and SLA timers",
  headers=[("List-Unsubscribe", "<https://tessellate-hd.example/unsub/a81c2>"),
           ("Precedence", "bulk"), ("X-Campaign", "product-update-2025-10")],
  pack="html-ascii",
  body="""
  Hi there,

  This month's release adds smarter ticket routing, per-queue SLA timers and a
  new dashboard for escalations.

  Read the release notes: https://tessellate-hd.example/releases/10-2025

  You're receiving this product update because you have a Tessellate account.
  Unsubscribe: https://tessellate-hd.example/unsub/a81c2
  """, note="vendor bulk mail without List-Id"),

A("en", "list", "simple",
  frm="Pat Lorimer via greenhouse-growers <greenhouse-growers@lists.allotments.example>",
  subj="[greenhouse-growers] Glassfield kit - anyone else?",
  headers=[("List-Id", "Greenhouse growers <greenhouse-growers.lists.allotments.example>"),
           ("List-Unsubscribe", "<mailto:greenhouse-growers+unsubscribe@lists.allotments.example>"),
           ("List-Archive", "<https://lists.allotments.example/archive/greenhouse-growers>"),
           ("Precedence", "list"), ("Reply-To", "greenhouse-growers@lists.allotments.example")],
  body="""
  Anyone else having trouble with Glassfield? I'm furious - two panes blew out in
  the wind and they're ignoring my emails. If I don't hear by Friday I'm
  cancelling the second order and taking them to the small claims court.

  Pat

  --
  You received this message because you are subscribed to the greenhouse-growers
  list. To unsubscribe, email greenhouse-growers+unsubscribe@lists.allotments.example
  """, trap="quoted_trigger", note="list post with trigger wording, relayed to the desk"),

A("en", "list", "simple",
  frm="PayRail Status <status@payrail-status.example>",
  subj="[Resolved] Card payments failing for some merchants",
  headers=[("List-Unsubscribe", "<https://payrail-status.example/unsubscribe?t=77d0>"),
           ("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")],
  body="""
  Resolved - Between 12:05 and 14:40 UTC, card payments failed for some merchants
  with "host unavailable" errors. The payment processing outage was caused by a
  faulty configuration change, which has been rolled back. All systems are
  operating normally.

  You are subscribed to incident notifications for PayRail.
  Unsubscribe: https://payrail-status.example/unsubscribe?t=77d0
  """, trap="outage_words", note="status-page notification"),

A("fr", "list", "simple",
  frm="Liste aquariophiles <aquariophiles@listes.aquaclub.example>",
  subj="[aquariophiles] Éclairage LED et cycle lunaire",
  headers=[("List-Id", "Aquariophiles francophones <aquariophiles.listes.aquaclub.example>"),
           ("List-Unsubscribe", "<mailto:aquariophiles-request@listes.aquaclub.example?subject=unsubscribe>"),
           ("List-Post", "<mailto:aquariophiles@listes.aquaclub.example>"),
           ("Precedence", "list")],
  body="""
  Bonjour à tous,

  quelqu'un a-t-il testé le cycle lunaire sur une rampe LED pilotée par appli ?
  Le mien passe au bleu à 22 h mais je ne sais pas si ça suit vraiment les phases.

  Bonne soirée,
  Luc

  _______________________________________________
  Liste aquariophiles
  """),

A("es", "list", "simple",
  frm="Foro Escalada Norte <foro@escaladanorte.example>",
  subj="[escalada-norte] Horarios de rocódromos en verano",
  headers=[("List-Id", "Foro Escalada Norte <foro.escaladanorte.example>"),
           ("List-Unsubscribe", "<mailto:foro-baja@escaladanorte.example>"),
           ("Precedence", "list")],
  body="""
  Hola a todos:

  ¿sabéis si La Pared abre los domingos en agosto? En la web no lo pone.

  Saludos,
  Iker

  --
  Foro Escalada Norte – para darte de baja escribe a foro-baja@escaladanorte.example
  """),

# ================================================================ receipt

A("en", "receipt", "mdn",
  frm="Margaret Ellery <m.ellery@staldhelms-pcc.example>",
  subj="Read: Re: St Aldhelm's organ - repair date",
  host="mail.staldhelms-pcc.example",
  notice="""
  Your message

    To: m.ellery@staldhelms-pcc.example
    Subject: Re: St Aldhelm's organ - repair date
    Sent: {orig_date}

  was read on {date}.
  """,
  report="""
  Reporting-UA: mail.staldhelms-pcc.example; Microsoft Outlook 16.0
  Final-Recipient: rfc822;m.ellery@staldhelms-pcc.example
  Original-Message-ID: {orig_msgid}
  Disposition: manual-action/MDN-sent-manually; displayed
  """,
  orig_to="m.ellery@staldhelms-pcc.example",
  orig_subj="Re: St Aldhelm's organ - repair date",
  attach_orig=None, note="Outlook read receipt"),

A("de", "receipt", "mdn",
  frm="Ulrike Hasselbach <u.hasselbach@webpost.example>",
  subj="Gelesen: Re: Flügel Modell F-186",
  host="mail.webpost.example",
  notice_charset="utf-8", notice_cte="quoted-printable",
  notice="""
  Dies ist eine Empfangsbestätigung für die Nachricht, die Sie an
  u.hasselbach@webpost.example gesendet haben.

  Hinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt
  wurde. Es gibt keine Garantie, dass der Inhalt gelesen oder verstanden wurde.
  """,
  report="""
  Reporting-UA: mail.webpost.example; Thunderbird 128.3.1
  Final-Recipient: rfc822;u.hasselbach@webpost.example
  Original-Message-ID: {orig_msgid}
  Disposition: manual-action/MDN-sent-manually; displayed
  """,
  orig_to="u.hasselbach@webpost.example",
  orig_subj="Re: Flügel Modell F-186",
  attach_orig="headers"),

A("fr", "receipt", "mdn",
  frm="Sophie Carré <sophie.carre@mel-fr.example>",
  subj="Lu : Re: Toute ma bibliothèque a disparu",
  host="smtp.mel-fr.example",
  notice_charset="utf-8", notice_cte="quoted-printable",
  notice="""
  Ceci est un accusé de lecture pour le message envoyé le {orig_date} à
  sophie.carre@mel-fr.example.

  Remarque : cet accusé indique seulement que le message a été affiché sur
  l'ordinateur du destinataire. Rien ne garantit qu'il a été lu ou compris.
  """,
  report="""
  Reporting-UA: smtp.mel-fr.example; Thunderbird 115.16.0
  Final-Recipient: rfc822;sophie.carre@mel-fr.example
  Original-Message-ID: {orig_msgid}
  Disposition: manual-action/MDN-sent-manually; displayed
  """,
  orig_to="sophie.carre@mel-fr.example",
  orig_subj="Re: Toute ma bibliothèque a disparu",
  attach_orig=None, trap="trigger_words_in_subject", note="subject echoes a data-loss complaint"),

A("es", "receipt", "mdn",
  frm="Carmen Ortega <carmen.ortega@correo.example>",
  subj="Leído: Re: Silla de ruedas eléctrica",
  host="mail.correo.example",
  notice_charset="utf-8", notice_cte="quoted-printable",
  notice="""
  Su mensaje

    Para: carmen.ortega@correo.example
    Asunto: Re: Silla de ruedas eléctrica
    Enviado: {orig_date}

  ha sido leído el {date}.
  """,
  report="""
  Reporting-UA: mail.correo.example; Microsoft Outlook 16.0
  Final-Recipient: rfc822;carmen.ortega@correo.example
  Original-Message-ID: {orig_msgid}
  Disposition: manual-action/MDN-sent-manually; displayed
  """,
  orig_to="carmen.ortega@correo.example",
  orig_subj="Re: Silla de ruedas eléctrica",
  attach_orig=None),

A("en", "receipt", "mdn",
  frm="Dr Tomasz Wilk <t.wilk@ardent-pharma.example>",
  subj="Return Receipt (displayed) - Re: RE-4000 rotary evaporator",
  host="mail.ardent-pharma.example",
  notice="""
  The message sent on {orig_date} to <t.wilk@ardent-pharma.example> with
  subject "Re: RE-4000 rotary evaporator" has been displayed. This is no
  guarantee that the message has been read or understood.
  """,
  report="""
  Reporting-UA: mail.ardent-pharma.example; Mozilla Thunderbird
  Original-Recipient: rfc822;t.wilk@ardent-pharma.example
  Final-Recipient: rfc822;t.wilk@ardent-pharma.example
  Original-Message-ID: {orig_msgid}
  Disposition: manual-action/MDN-sent-manually; displayed
  """,
  orig_to="t.wilk@ardent-pharma.example",
  orig_subj="Re: RE-4000 rotary evaporator",
  attach_orig="headers"),

A("en", "receipt", "mdn",
  frm="Brian Tolley <brian.tolley@mailbox.example>",
  subj="Not read: Re: SEE YOU IN COURT",
  host="mail.mailbox.example",
  notice="""
  Your message

    To: brian.tolley@mailbox.example
    Subject: Re: SEE YOU IN COURT
    Sent: {orig_date}

  was deleted without being read on {date}.
  """,
  report="""
  Reporting-UA: mail.mailbox.example; Microsoft Outlook 16.0
  Final-Recipient: rfc822;brian.tolley@mailbox.example
  Original-Message-ID: {orig_msgid}
  Disposition: manual-action/MDN-sent-manually; deleted
  """,
  orig_to="brian.tolley@mailbox.example",
  orig_subj="Re: SEE YOU IN COURT",
  attach_orig=None, trap="trigger_words_in_subject", note="deleted-unread MDN; subject echoes a legal threat"),

# ================================================================ self

A("en", "self", "simple",
  frm="Glassfield Support <support@example.test>",
  to="brian.tolley@mailbox.example",
  msgid_domain="escalated.example.test",
  subj="Re: SEE YOU IN COURT",
  body="""
  Dear Mr Tolley,

  I'm sorry it has come to this. You wrote that your son-in-law is drafting a
  claim and that our service has been "absolutely pathetic"; I can't argue with
  your frustration. The remaining parts of your greenhouse were dispatched today
  and a full refund of the delivery charge is on its way.

  Kind regards,
  Glassfield Greenhouses Support
  """, trap="quoted_trigger", note="desk's own reply looped back to its inbox"),

A("en", "self", "simple",
  frm="Escalated <escalated@example.test>",
  to="support@example.test",
  msgid_domain="escalated.example.test",
  subj="[escalated] Ticket 58812 flagged: legal_threat, severe_dissatisfaction",
  headers=[("Auto-Submitted", "auto-generated")],
  body="""
  Ticket 58812 has been flagged for escalation.

  Triggers: legal_threat, severe_dissatisfaction
  Customer: Óscar Medina <oscar.medina@correo.example>
  Excerpt: "Voy a llevar esto a juicio. Ya tengo cita con un despacho de abogados"

  Open the ticket: https://desk.example.test/tickets/58812
  """, trap="quoted_trigger", note="desk's own escalation notification"),

A("en", "self", "simple",
  frm="Helpdesk Notifications <noreply@desk.example.test>",
  to="support@example.test",
  msgid_domain="escalated.example.test",
  subj="Daily queue summary: 14 open, 3 overdue",
  headers=[("Auto-Submitted", "auto-generated")],
  body="""
  Queue summary for the support inbox

  Open tickets: 14
  Overdue: 3 (oldest: "Depot chargers offline - fleet contract FC-118", 4 days)
  Waiting on customer: 6

  This summary is generated automatically every morning.
  """, note="self via Message-ID domain"),

A("de", "self", "simple",
  frm="Kundenservice Stromweg <support@example.test>",
  to="hannes.grebe@post.example",
  subj="Re: Ladevorgänge in Hamburg – war ich nicht",
  body="""
  Hallo Herr Grebe,

  wir haben Ihre Ladekarte gesperrt und die Ladevorgänge in Hamburg und Lübeck
  über insgesamt 127,40 € storniert. Eine neue Karte ist unterwegs.

  Viele Grüße
  Ihr Stromweg-Kundenservice
  """, trap="trigger_words_in_subject", note="desk's own German reply (From support@)"),

A("es", "self", "simple",
  frm="Soporte Recarga Ágil <support@example.test>",
  to="valentina.rojas@buzon.example",
  msgid_domain="escalated.example.test",
  subj="Hemos recibido su solicitud: Sistema caído OTRA VEZ",
  headers=[("Auto-Submitted", "auto-replied")],
  body="""
  Hola:

  hemos recibido su mensaje y lo hemos registrado con el número 60417. Le
  responderemos lo antes posible.

  Equipo de Soporte
  """, trap="trigger_words_in_subject", note="desk's own acknowledgement"),
]
