# Automated mail (auto-replies, bounces, lists, read receipts, self mail) in all
# four languages. Every block is one hand-written message; none carries a
# trigger, even when it quotes trigger-bearing text.
MESSAGES = []


def a(lang, kind, trap, note, frm, subject, body, **kw):
    MESSAGES.append(dict(lang=lang, kind=kind, trap=trap, note=note, frm=frm,
                         subject=subject, body=body, **kw))


# ================================================================ English

a("en", "auto_reply", "-", "vacation reply with RFC 3834 Auto-Submitted",
  "Fiona McAllister <fiona.mcallister@glenbrae-coaches.example>", "Automatic reply: Your booking QY-2291",
  """Thank you for your email. I am on annual leave until Monday 19 August and will not be checking messages.

For urgent bookings please contact the office on 01632 555 0190 or bookings@glenbrae-coaches.example.

Kind regards,
Fiona""",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

a("en", "auto_reply", "-", "out-of-office with X-Autoreply only",
  "Dr Hamid Rahimi <hamid.rahimi@rahimi-vets.example>", "Out of Office: registry invoice",
  """I'm out of the practice at a conference until Thursday. If your message is about an animal in our care, please call reception on 0161 555 0128.

Hamid""",
  headers=[("X-Autoreply", "yes")])

a("en", "auto_reply", "-", "vacation reply with Precedence: auto_reply only",
  "Tilly Brennan <tilly@brennan-alpacas.example>", "Away from my desk",
  """Hi! I'm away on the fells with the herd until Sunday with no phone signal. I'll reply when I'm back - if it's about a trek booking, the online calendar is always up to date.

Tilly""",
  headers=[("Precedence", "auto_reply")])

a("en", "auto_reply", "no_marker_headers", "out-of-office with no marker headers at all",
  "Graham Lowther <graham.lowther@lowther-stairlifts.example>", "Re: Service visit 14 March",
  """This mailbox is not being monitored between 23 December and 2 January. Your email has not been forwarded. Please resend after 2 January, or for breakdowns call our 24-hour line on 0800 555 0111.""")

a("en", "auto_reply", "quotes_trigger_text", "ticket acknowledgement from another helpdesk, quotes a complaint with triggers",
  "Harbour Dive Centre Support <help@harbourdive.example>", "[Request #48812] Received: Contaminated fill - oily taste",
  """##- Please type your reply above this line -##

Your request (#48812) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

Summary of your request:
"Someone could have died. I've reported it to the HSE and if I don't hear back today my solicitor will be in touch."

This email is a service from Harbour Dive Centre.""",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Harbour Helpdesk Mailer 4.2")])

a("en", "auto_reply", "-", "unmonitored mailbox notice",
  "No Reply <noreply@littlespoon-organic.example>", "This mailbox is not monitored",
  """Please do not reply to this email. This mailbox is not monitored and replies are automatically deleted.

If you need help with your baby-food subscription, visit our Help Centre or use the chat in your account.

Little Spoon Organic Ltd""",
  headers=[("Auto-Submitted", "auto-replied")])

a("en", "auto_reply", "no_marker_headers", "person-has-left notice, no marker headers",
  "Karen Oldroyd <karen.oldroyd@ridgeway-papers.example>", "Karen Oldroyd has left Ridgeway Papers",
  """Karen Oldroyd no longer works at Ridgeway Papers and this mailbox is no longer monitored. Your message has not been forwarded.

For orders please write to orders@ridgeway-papers.example; for accounts, accounts@ridgeway-papers.example.""")

a("en", "bounce", "quotes_trigger_text", "Postfix DSN multipart/report; returned desk reply quotes a legal threat",
  "Mail Delivery System <MAILER-DAEMON@mx2.dunmore-horsebox.example>", "Undelivered Mail Returned to Sender",
  """This is the mail system at host mx2.dunmore-horsebox.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<des.achterberg@dunmore-horsebox.example>: host
    mail.dunmore-horsebox.example[198.51.100.23] said: 550 5.1.1 User unknown
    (in reply to RCPT TO command)""",
  type="dsn", headers=[("Auto-Submitted", "auto-replied")],
  report="""Reporting-MTA: dns; mx2.dunmore-horsebox.example
X-Postfix-Queue-ID: 4VxK2P1mZ3z9t
X-Postfix-Sender: rfc822; support@example.test
Arrival-Date: Tue, 14 May 2024 10:02:11 +0100 (BST)

Final-Recipient: rfc822; des.achterberg@dunmore-horsebox.example
Original-Recipient: rfc822;des.achterberg@dunmore-horsebox.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.dunmore-horsebox.example
Diagnostic-Code: smtp; 550 5.1.1 User unknown""", when="2024-05-14 10:02", tz="+0100",
  original="""From: Horsebox Hire Support <support@example.test>
To: des.achterberg@dunmore-horsebox.example
Subject: Re: Horsebox hire - deposit
Date: Tue, 14 May 2024 10:02:09 +0100
Message-ID: <reply-77120@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Dear Mr Achterberg,

Thank you for your message. We are reviewing the return sheet.

> my brother-in-law is a solicitor and he will be reading your reply
> before I do.""")

a("en", "bounce", "-", "Exim plain-text failure report",
  "Mail Delivery System <Mailer-Daemon@mx.kernowfm.example>", "Mail delivery failed: returning message to sender",
  """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  studio@kernowfm.example
    host mx.kernowfm.example [203.0.113.44]
    SMTP error from remote mail server after RCPT TO:<studio@kernowfm.example>:
    550 5.2.2 Mailbox full

------ This is a copy of the message, including all the headers. ------

Return-path: <support@example.test>
From: support@example.test
To: studio@kernowfm.example
Subject: Re: Streaming down - 3rd ticket
Date: Mon, 08 Apr 2024 09:12:40 +0100

Hello Morwenna, we have restarted the stream mount point.""", when="2024-04-08 09:12", tz="+0100",
  headers=[("X-Failed-Recipients", "studio@kernowfm.example"), ("Auto-Submitted", "auto-replied")])

a("en", "bounce", "-", "qmail plain-text failure notice",
  "MAILER-DAEMON@mail.lennox-coaches.example", "failure notice",
  """Hi. This is the qmail-send program at mail.lennox-coaches.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<drivers@lennox-coaches.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <support@example.test>
Received: (qmail 21877 invoked from network); 3 Jun 2024 08:14:02 -0000
From: support@example.test
To: drivers@lennox-coaches.example
Subject: Your fleet calendar request

Hi Hamish, thanks for the suggestion about calendar sync.""", when="2024-06-03 08:14", tz="+0000")

a("en", "bounce", "-", "Sendmail delay warning (Action: delayed)",
  "Mail Delivery Subsystem <MAILER-DAEMON@relay.whitfieldmarket.example>", "Warning: could not send message for past 4 hours",
  """    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Wed, 22 May 2024 08:31:17 -0500
from example.test [192.0.2.10]

----- Transcript of session follows -----
<dana.whitfield@whitfieldmarket.example>... Deferred: Connection timed out with mx.whitfieldmarket.example.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old""",
  type="dsn", headers=[("Auto-Submitted", "auto-generated (warning-timeout)")],
  report="""Reporting-MTA: dns; relay.whitfieldmarket.example
Arrival-Date: Wed, 22 May 2024 08:31:17 -0500

Final-Recipient: RFC822; dana.whitfield@whitfieldmarket.example
Action: delayed
Status: 4.4.1
Remote-MTA: DNS; mx.whitfieldmarket.example
Last-Attempt-Date: Wed, 22 May 2024 12:33:40 -0500
Will-Retry-Until: Mon, 27 May 2024 08:31:17 -0500""",
  original="""From: support@example.test
To: dana.whitfield@whitfieldmarket.example
Subject: Re: PO 88213 stuck in 'processing'
Date: Wed, 22 May 2024 08:31:15 -0500
Message-ID: <reply-88213@example.test>""", original_type="headers", when="2024-05-22 12:33", tz="-0500")

a("en", "list", "-", "trade newsletter with List-Id and List-Unsubscribe",
  "Tiny Homes Trade Digest <digest@tinyhomes-trade.example>", "This month: planning rules, trailer weights and a factory tour",
  """TINY HOMES TRADE DIGEST - June

1. Planning: what the new guidance on "moveable dwellings" means for builders
2. Trailer weights: a reminder on plated limits before the summer shows
3. Factory tour: we visit a 12-person workshop in the Borders
4. Classifieds: second-hand jigs, one CNC router, offcuts free to collect

You are receiving this because you subscribed at the Builders' Show.
Unsubscribe: https://tinyhomes-trade.example/u/8f21""",
  type="alt",
  headers=[("List-Id", "Tiny Homes Trade Digest <digest.tinyhomes-trade.example>"),
           ("List-Unsubscribe", "<https://tinyhomes-trade.example/u/8f21>, <mailto:unsubscribe@tinyhomes-trade.example>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk")])

a("en", "list", "quotes_trigger_text", "bulk bulletin (Precedence: bulk only) quoting outage/complaint words",
  "Community Radio Network <bulletin@crn-uk.example>", "CRN Bulletin: lessons from the spring streaming outage",
  """COMMUNITY RADIO NETWORK - MEMBERS' BULLETIN

Several stations wrote to us after April's streaming outage: "our listeners couldn't hear us for three days and nobody answered". This month's workshop covers backup streams and what to put in your hosting contract.

Workshop: Thursday 7pm, online. Free for members.

You are on this list as a member station contact.""",
  headers=[("Precedence", "bulk"), ("X-Campaign", "crn-bulletin-2024-05")])

a("en", "receipt", "-", "MDN read receipt (multipart/report disposition-notification)",
  "Annelise Hook <a.hook@marshlane-school.example>", "Read: School trip to York, 12 June",
  """Your message

  To: Annelise Hook
  Subject: School trip to York, 12 June
  Sent: 03 June 2024 14:22

was read on 03 June 2024 15:01.""",
  type="mdn",
  report="""Reporting-UA: marshlane-school.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;a.hook@marshlane-school.example
Original-Message-ID: <reply-5512@example.test>
Disposition: manual-action/MDN-sent-manually; displayed""",
  original="""From: support@example.test
To: a.hook@marshlane-school.example
Subject: School trip to York, 12 June
Date: Mon, 03 Jun 2024 14:22:10 +0100
Message-ID: <reply-5512@example.test>""", original_type="headers", when="2024-06-03 15:01", tz="+0100")

a("en", "self", "quotes_trigger_text", "desk's own acknowledgement looped back, quoting a threat",
  "Support Desk <support@example.test>", "[#60231] We've received your message: Disgraceful",
  """Hello,

This is an automatic confirmation that we have received your message and opened ticket #60231.

Your message:
"I want to speak to his supervisor or whoever is in charge at your end. I'll see you in court if I have to."

We aim to reply within one working day.

Support Desk""",
  headers=[("Auto-Submitted", "auto-replied")], mid_domain="escalated.example.test")

a("en", "self", "-", "internal notification from escalated@example.test",
  "Escalated <escalated@example.test>", "Daily summary: 14 tickets flagged",
  """Daily escalation summary

Flagged today: 14
  - outage: 3
  - billing_dispute: 4
  - legal_threat: 2
  - other: 5

Open the dashboard for details. This message was generated automatically.""")

# ================================================================ German

a("de", "auto_reply", "-", "Abwesenheitsnotiz mit Auto-Submitted",
  "Claudia Merz <buchhaltung@tauchzentrum-bodensee.example>", "Abwesenheitsnotiz: Ihre Rechnung 2024-0815",
  """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 23. August nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an info@tauchzentrum-bodensee.example oder Tel. 07551 555 0140.

Mit freundlichen Grüßen
Claudia Merz""",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "DR, RN, NRN, OOF, AutoReply")])

a("de", "auto_reply", "-", "Abwesenheit nur mit X-Autoreply",
  "Jonas Petersen <jonas.petersen@kpv-kiel.example>", "Automatische Antwort: Saisonergebnisse",
  """Moin, ich bin bis zum 2. September im Trainingslager und lese keine Mails. Bei Fragen zur Liga bitte an liga@kpv-kiel.example. Jonas""",
  headers=[("X-Autoreply", "yes"), ("X-Autorespond", "Jonas Petersen")], charset="iso-8859-1")

a("de", "auto_reply", "no_marker_headers", "Abwesenheit ohne jegliche Marker-Header",
  "Ingrid Baumann <ingrid.baumann@baumann-treppenlifte.example>", "Urlaub bis 30.08.",
  """Guten Tag,

ich befinde mich bis zum 30.08. im Urlaub. Ihre Nachricht wird nicht automatisch weitergeleitet. Bei Störungen am Treppenlift erreichen Sie unseren Notdienst unter 0800 555 0177.

Freundliche Grüße
Ingrid Baumann""")

a("de", "bounce", "-", "deutscher Unzustellbarkeitsbericht (multipart/report)",
  "Postmaster <postmaster@mail.greiner-haus.example>", "Unzustellbar: Re: Rauch am Kaminventilator",
  """Ihre Nachricht konnte nicht an einen oder mehrere Empfänger zugestellt werden.

Empfänger: walter.greiner@greiner-haus.example
Grund: Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen.

Diagnoseinformationen für Administratoren:
Generierender Server: mail.greiner-haus.example
Remoteserver hat '552 5.2.2 mailbox full' zurückgegeben""",
  type="dsn", headers=[("Auto-Submitted", "auto-replied")],
  report="""Reporting-MTA: dns;mail.greiner-haus.example
Received-From-MTA: dns;mx1.example.test
Arrival-Date: Thu, 13 Jun 2024 19:44:02 +0200

Final-Recipient: rfc822;walter.greiner@greiner-haus.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 mailbox full""",
  original="""From: Support <support@example.test>
To: walter.greiner@greiner-haus.example
Subject: Re: Rauch am Kaminventilator
Date: Thu, 13 Jun 2024 19:44:00 +0200
Message-ID: <reply-3310@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Guten Abend Herr Greiner, ein Techniker ist für morgen früh eingeplant.""", when="2024-06-13 19:44", tz="+0200")

a("de", "auto_reply", "-", "Ticket-Eingangsbestätigung eines fremden Systems",
  "Kundenservice Reisebüro Schwarz <service@reisebuero-schwarz.example>", "[Ticket#2024061210000231] Eingangsbestätigung",
  """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Anfrage. Wir haben Ihr Anliegen unter der Ticketnummer 2024061210000231 erfasst und melden uns schnellstmöglich.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

Ihr Kundenservice""",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Loop", "service@reisebuero-schwarz.example")])

a("de", "auto_reply", "no_marker_headers", "Mitarbeiter nicht mehr im Unternehmen, ohne Marker",
  "Sven Hollerbach <sven.hollerbach@hollerbach-papier.example>", "Sven Hollerbach ist nicht mehr für uns tätig",
  """Herr Hollerbach ist nicht mehr für die Papiermühle Hollerbach tätig. Ihre Nachricht wurde nicht weitergeleitet.

Bitte wenden Sie sich an bestellung@hollerbach-papier.example.""")

a("de", "list", "-", "Verbands-Newsletter mit List-Id",
  "Kanupolo-Newsletter <newsletter@kanupolo-verband.example>", "Kanupolo aktuell: Ligatermine, Schiedsrichterlehrgang, Jugend-EM",
  """KANUPOLO AKTUELL – Ausgabe Juli

• Ligatermine 2. Halbjahr stehen fest
• Schiedsrichterlehrgang in Duisburg: noch 6 Plätze frei
• Jugend-EM: Unsere U21 holt Bronze!

Sie erhalten diesen Newsletter, weil Ihr Verein Mitglied im Verband ist.
Abmelden: https://kanupolo-verband.example/abmelden""",
  type="alt",
  headers=[("List-Id", "Kanupolo aktuell <aktuell.kanupolo-verband.example>"),
           ("List-Unsubscribe", "<https://kanupolo-verband.example/abmelden?id=4471>")])

a("de", "receipt", "-", "Lesebestätigung (MDN)",
  "Sabine Krämer <sabine.kraemer@kraemer-familie.example>", "Gelesen: Ihre Anfrage zum Babybrei-Abo",
  """Ihre Nachricht

  An: Sabine Krämer
  Betreff: Ihre Anfrage zum Babybrei-Abo
  Gesendet: 12.06.2024 10:15

wurde am 12.06.2024 11:02 gelesen.""",
  type="mdn",
  report="""Reporting-UA: kraemer-familie.example; Thunderbird 115.11.0
Final-Recipient: rfc822;sabine.kraemer@kraemer-familie.example
Original-Message-ID: <reply-1190@example.test>
Disposition: manual-action/MDN-sent-manually; displayed""", when="2024-06-12 11:02", tz="+0200")

a("de", "self", "-", "Selbst-Mail: Message-ID der eigenen Domäne",
  "Kundenservice <kundenservice@example.test>", "Ihre Anfrage #61102 wurde aktualisiert",
  """Hallo,

Ihre Anfrage #61102 („Kaution Pferdeanhänger") wurde aktualisiert. Eine Mitarbeiterin hat geantwortet.

Dies ist eine automatisch erzeugte Nachricht.""",
  mid_domain="escalated.example.test")

# ================================================================ French

a("fr", "auto_reply", "-", "réponse automatique avec Auto-Submitted",
  "Agnès Perrin <agnes.perrin@ecole-jules-ferry.example>", "Réponse automatique : Portail inaccessible",
  """Bonjour,

Je suis absente jusqu'au 26 août (vacances scolaires). Pour toute urgence, merci de contacter le secrétariat de l'école au +33 2 555 01 33.

Agnès Perrin""",
  headers=[("Auto-Submitted", "auto-replied")])

a("fr", "auto_reply", "-", "absence avec Precedence: auto_reply",
  "Karim Benali <karim@radio-quartiers.example>", "Absent",
  """Salut, je suis en vacances jusqu'au 19 août. Pour la grille des programmes, écris à prog@radio-quartiers.example. Karim""",
  headers=[("Precedence", "auto_reply")], charset="iso-8859-15")

a("fr", "auto_reply", "no_marker_headers", "absence sans en-tête marqueur",
  "Laurent Bonnet <laurent.bonnet@bonnet-epicerie.example>", "Absence du bureau",
  """Bonjour,

Je suis actuellement absent et je n'aurai qu'un accès limité à ma messagerie jusqu'au 2 septembre. Pour les commandes, merci d'écrire à commandes@bonnet-epicerie.example.

Cordialement,
Laurent Bonnet""")

a("fr", "bounce", "-", "rapport de non-remise en français (multipart/report)",
  "Administrateur système <MAILER-DAEMON@smtp.fontaine-mail.example>", "Non remis : Re: Mes données visibles par tout le monde",
  """Votre message n'a pas pu être remis à un ou plusieurs destinataires.

Destinataire : aurelie.fontaine@fontaine-mail.example
Motif : adresse introuvable. Vérifiez l'orthographe de l'adresse.

Ceci est un message généré automatiquement.""",
  type="dsn", headers=[("Auto-Submitted", "auto-replied")],
  report="""Reporting-MTA: dns; smtp.fontaine-mail.example
Arrival-Date: Fri, 14 Jun 2024 16:20:05 +0200

Final-Recipient: rfc822; aurelie.fontaine@fontaine-mail.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown""",
  original="""From: support@example.test
To: aurelie.fontaine@fontaine-mail.example
Subject: Re: Mes données visibles par tout le monde
Date: Fri, 14 Jun 2024 16:20:03 +0200
Message-ID: <reply-4412@example.test>""", original_type="headers", when="2024-06-14 16:20", tz="+0200")

a("fr", "bounce", "-", "avertissement de retard (Action: delayed)",
  "Système de messagerie <postmaster@mx.garnier-immo.example>", "Avis de retard de distribution",
  """Ceci est un avertissement uniquement. Vous n'avez pas besoin de renvoyer votre message.

La distribution vers le destinataire suivant a été retardée :

    philippe.garnier@garnier-immo.example

Le serveur continuera d'essayer pendant 48 heures.""",
  type="dsn", headers=[("Auto-Submitted", "auto-generated")],
  report="""Reporting-MTA: dns; mx.garnier-immo.example
Arrival-Date: Mon, 17 Jun 2024 09:02:44 +0200

Final-Recipient: rfc822; philippe.garnier@garnier-immo.example
Action: delayed
Status: 4.4.7
Will-Retry-Until: Wed, 19 Jun 2024 09:02:44 +0200""", when="2024-06-17 13:02", tz="+0200")

a("fr", "auto_reply", "quotes_trigger_text", "accusé de réception d'un autre système citant la demande",
  "Service client Papeterie Vasseur <sav@vasseur-papeterie.example>", "Accusé de réception – demande n° 22871",
  """Bonjour,

Nous accusons réception de votre demande n° 22871 :
« Je veux parler à un responsable, sinon je résilie. »

Elle sera traitée dans un délai de 48 heures ouvrées. Merci de ne pas répondre à ce message.

Le service client""",
  headers=[("Auto-Submitted", "auto-replied")])

a("fr", "auto_reply", "-", "adresse non surveillée",
  "Ne pas répondre <ne-pas-repondre@registre-puces.example>", "Cette adresse n'est pas surveillée",
  """Ce message a été envoyé depuis une adresse qui n'accepte pas les réponses. Votre e-mail n'a pas été lu.

Pour toute question concernant l'identification de votre animal, utilisez le formulaire de contact de notre site.""",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])

a("fr", "list", "-", "liste de diffusion avec Precedence: list et List-Id",
  "Réseau des soirées tandem <annonces@tandem-reseau.example>", "[tandem-annonces] Programme de la rentrée",
  """Bonjour à toutes et à tous,

Voici le programme des soirées tandem de septembre : mardi allemand-français, jeudi espagnol-français, et une soirée spéciale italien le 26.

Pour vous désinscrire de cette liste : annonces-unsubscribe@tandem-reseau.example""",
  headers=[("List-Id", "Annonces tandem <tandem-annonces.tandem-reseau.example>"),
           ("Precedence", "list"),
           ("List-Unsubscribe", "<mailto:annonces-unsubscribe@tandem-reseau.example>")])

a("fr", "receipt", "-", "accusé de lecture (MDN)",
  "Nathalie Roux <nathalie.roux@roux-mail.example>", "Lu : Votre demande concernant le monte-escalier",
  """Votre message

  À : Nathalie Roux
  Objet : Votre demande concernant le monte-escalier
  Envoyé : 11/06/2024 09:40

a été lu le 11/06/2024 10:12.""",
  type="mdn",
  report="""Reporting-UA: roux-mail.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;nathalie.roux@roux-mail.example
Original-Message-ID: <reply-7781@example.test>
Disposition: manual-action/MDN-sent-manually; displayed""", when="2024-06-11 10:12", tz="+0200")

# ================================================================ Spanish

a("es", "auto_reply", "-", "respuesta automática con Auto-Submitted",
  "Elena Castro <elena.castro@colegio-sanjose.example>", "Respuesta automática: Incidente en la excursión",
  """Gracias por su mensaje. Estaré fuera del centro hasta el 1 de septiembre. Para asuntos urgentes, llamen a secretaría: 96 555 01 21.

Elena Castro""",
  headers=[("Auto-Submitted", "auto-replied")])

a("es", "auto_reply", "-", "fuera de oficina solo con X-Autoreply",
  "Francisco Aguilar <francisco.aguilar@aguilar-gourmet.example>", "Fuera de la oficina",
  """Estoy fuera de la oficina hasta el 26 de agosto sin acceso al correo. Para pedidos, escriban a pedidos@aguilar-gourmet.example.

Francisco Aguilar""",
  headers=[("X-Autoreply", "yes")], charset="windows-1252")

a("es", "auto_reply", "no_marker_headers", "ausencia sin cabeceras marcadoras",
  "Lucía Navarro <lucia@radio-barrio.example>", "De vacaciones",
  """Hola, estoy de vacaciones hasta el 2 de septiembre y no leo el correo. Si es urgente, llamad a la radio: 93 555 01 88. ¡Un abrazo! Lucía""")

a("es", "bounce", "-", "informe de no entrega en español (multipart/report)",
  "Sistema de correo <MAILER-DAEMON@correo.ortega-hipica.example>", "Correo no entregado: Re: Fianza remolque caballos",
  """No se ha podido entregar su mensaje a uno o más destinatarios.

Destinatario: javier.ortega@ortega-hipica.example
Motivo: el buzón no existe.

Este es un mensaje generado automáticamente; no responda.""",
  type="dsn", headers=[("Auto-Submitted", "auto-replied")],
  report="""Reporting-MTA: dns; correo.ortega-hipica.example
Arrival-Date: Wed, 15 May 2024 11:30:12 +0200

Final-Recipient: rfc822; javier.ortega@ortega-hipica.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <javier.ortega@ortega-hipica.example>: Recipient address rejected""",
  original="""From: Soporte <support@example.test>
To: javier.ortega@ortega-hipica.example
Subject: Re: Fianza remolque caballos - reserva 7731
Date: Wed, 15 May 2024 11:30:10 +0200
Message-ID: <reply-7731@example.test>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

Estimado Sr. Ortega, estamos revisando el parte de devolucion.

> He hablado con mi abogado y presentaremos una demanda.""", when="2024-05-15 11:30", tz="+0200")

a("es", "bounce", "-", "rebote en texto plano estilo Exim, en español",
  "Mailer-Daemon <Mailer-Daemon@mx.rivas-mx.example>", "Fallo en la entrega del mensaje",
  """Este mensaje fue creado automáticamente por el software de entrega de correo.

No se ha podido entregar un mensaje que usted envió a uno o más destinatarios. Este es un error permanente. Fallaron las siguientes direcciones:

  alejandro.rivas@rivas-mx.example
    error SMTP del servidor remoto tras RCPT TO:<alejandro.rivas@rivas-mx.example>:
    550 5.1.1 El usuario no existe

------ Copia del mensaje, incluyendo todas las cabeceras. ------

From: support@example.test
To: alejandro.rivas@rivas-mx.example
Subject: Re: Entrega de la casa pequeña - pedido CP-220""",
  headers=[("X-Failed-Recipients", "alejandro.rivas@rivas-mx.example"), ("Auto-Submitted", "auto-replied")])

a("es", "auto_reply", "no_marker_headers", "ya no trabaja en la empresa, sin marcadores",
  "Jorge Salinas <jorge.salinas@salinas-aceites.example>", "Jorge Salinas ya no trabaja en Aceites Salinas",
  """Jorge Salinas ya no forma parte de Aceites Salinas. Este buzón no se revisa. Para cualquier consulta, escriba a comercial@salinas-aceites.example.""")

a("es", "list", "-", "boletín con List-Unsubscribe",
  "Boletín Buceo Levante <boletin@buceo-levante.example>", "Novedades de julio: nuevas estaciones de recarga",
  """BOLETÍN BUCEO LEVANTE – JULIO

- Abrimos dos nuevas estaciones de recarga en Altea y Calpe.
- Curso de nitrox los sábados de julio.
- Recordatorio: revisión visual anual de botellas.

Para darte de baja: https://buceo-levante.example/baja""",
  type="alt",
  headers=[("List-Unsubscribe", "<https://buceo-levante.example/baja?u=7712>"),
           ("List-Id", "Boletin Buceo Levante <boletin.buceo-levante.example>"),
           ("Precedence", "bulk")])

a("es", "receipt", "-", "confirmación de lectura (MDN)",
  "Rosa Delgado <rosa.delgado@delgado-casa.example>", "Leído: Salvaescaleras de su padre",
  """Su mensaje

  Para: Rosa Delgado
  Asunto: Salvaescaleras de su padre
  Enviado: 12/06/2024 12:05

se ha leído el 12/06/2024 12:40.""",
  type="mdn",
  report="""Reporting-UA: delgado-casa.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;rosa.delgado@delgado-casa.example
Original-Message-ID: <reply-9120@example.test>
Disposition: manual-action/MDN-sent-manually; displayed""", when="2024-06-12 12:40", tz="+0200")

a("es", "self", "quotes_trigger_text", "correo propio de escalated@example.test citando una queja",
  "Escalated <escalated@example.test>", "Caso #61877 escalado: Pedido de papillas",
  """Aviso interno

El caso #61877 se ha marcado para revisión.
Extracto del cliente: «Es una vergüenza… me doy de baja este mismo mes».

Mensaje generado automáticamente.""")
