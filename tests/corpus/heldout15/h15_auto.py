# Hand-written automated messages (no triggers) and README prose for heldout15.
ARH = ["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"]
DESKREF = "In-Reply-To: <r7731.desk@example.test>"

def dsn_status(mta, rcpt, status, diag):
    return ("Reporting-MTA: dns; %s\nArrival-Date: Tue, 10 Jun 2025 09:14:02 +0000\n\n"
            "Final-Recipient: rfc822; %s\nAction: failed\nStatus: %s\n"
            "Remote-MTA: dns; mx.%s\nDiagnostic-Code: smtp; %s\n" % (mta, rcpt, status, rcpt.split("@")[1], diag))

def orig_headers(rcpt, subject):
    return ("From: Support <support@example.test>\nTo: %s\nSubject: %s\n"
            "Date: Tue, 10 Jun 2025 09:13:58 +0000\nMessage-ID: <r7731.desk@example.test>\n" % (rcpt, subject))

def mdn_status(rcpt):
    return ("Reporting-UA: pc-reception.example; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;%s\n"
            "Original-Message-ID: <r7731.desk@example.test>\n"
            "Disposition: manual-action/MDN-sent-manually; displayed\n" % rcpt)

AUTO = [
# ---------------------------------------------------------------- auto replies
dict(automated="auto_reply", lang="en", frm="Dana Whitlock <dana@whitlock-tyres.example>", headers=ARH + [DESKREF],
     subject="Out of office: Re: nothing loads??", note="vacation with RFC 3834 headers",
     body="""Thanks for your email. I'm out of the office until Monday 16 June with limited access to email.
For urgent bookings please ring the Whitlock Tyres workshop on 01632 555 090.
Dana"""),
dict(automated="auto_reply", lang="en", frm="Priya Mahajan <p.mahajan@rosewood-schools.example>", headers=[DESKREF],
     subject="Automatic reply: PO 88213", note="Outlook automatic reply without RFC 3834 headers",
     body="""I am on annual leave and will return on 1 September. Rosewood Academy business office is closed over the summer holidays.
For urgent matters please contact the school office."""),
dict(automated="auto_reply", lang="en", frm="Help Desk <helpdesk@kohkiosks.example>", headers=["Auto-Submitted: auto-generated", DESKREF],
     subject="[KK-40121] We have received your request", note="ticket acknowledgement",
     body="""Hello,

Thank you for contacting Koh Kiosks. Your request has been logged as KK-40121 and one of our team will respond within two working days.

Please do not reply to this message; add updates through the portal instead."""),
dict(automated="auto_reply", lang="en", frm="No Reply <noreply@fernhill-cheese.example>", headers=["Auto-Submitted: auto-replied"],
     subject="This mailbox is not monitored", note="unmonitored mailbox",
     body="""This mailbox is not monitored. Messages sent to this address are not read.
To contact Fernhill Cheese Club please use the form on our website."""),
dict(automated="auto_reply", lang="en", frm="Abby Lund <abby.lund@lundbikes.example>", headers=ARH + [DESKREF],
     subject="Abby Lund has left Lund Bikes", note="person-has-left",
     body="""Abby Lund no longer works at Lund Bikes. Your message has not been forwarded.
For anything about our cycle-to-work scheme please write to office@lundbikes.example."""),
dict(automated="auto_reply", lang="en", frm="Grant Fielding <grant.fielding@fieldingmoves.example>", headers=ARH + [DESKREF],
     subject="Auto: Re: route planner / invoices / other", trap="quoted_trigger", note="auto-reply quoting the customer's angry mail",
     body="""I'm away on a removal job until Thursday and will reply when I'm back.

----- Your message -----
> the route planner drops every stop after it. It's frankly a shambles,
> I'm absolutely fed up. This is the fourth go, I want a manager to call me."""),
dict(automated="auto_reply", lang="de", frm="Jürgen Oberleitner <j.oberleitner@reifen-oberleitner.example>", headers=ARH + [DESKREF],
     subject="Abwesenheitsnotiz: Re: Terminbuchung", note="Abwesenheitsnotiz with RFC 3834", charset="iso-8859-1", cte="quoted-printable",
     body="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 24. Oktober nicht im Büro und habe keinen Zugriff auf meine E-Mails.
In dringenden Fällen wenden Sie sich bitte an unsere Werkstatt unter 0555 12345."""),
dict(automated="auto_reply", lang="de", frm="Sabine Krämer <sabine.kraemer@post.example>", headers=[DESKREF],
     subject="Automatische Antwort: Rechnung 2024-1187", trap="quoted_trigger", note="German auto reply quoting lawyer threat, no 3834 headers",
     body="""Ich bin derzeit im Urlaub und ab dem 2. September wieder erreichbar.

Ihre Nachricht:
> ... Ich habe die Angelegenheit an meinen Rechtsbeistand übergeben, der sich
> nächste Woche bei Ihnen meldet ..."""),
dict(automated="auto_reply", lang="fr", frm="Camille Rouvière <camille.rouviere@rouviere-vins.example>", headers=ARH + [DESKREF],
     subject="Réponse automatique : absence", note="French vacation",
     body="""Bonjour,
Je suis absente jusqu'au 25 août. Pour toute réservation de visite de cave, merci d'appeler le domaine au 05 55 55 01 23.
Cordialement, Camille"""),
dict(automated="auto_reply", lang="fr", frm="Service Client <service@lefevre-pianos.example>", headers=["Auto-Submitted: auto-replied"],
     subject="Accusé de réception de votre demande", note="French ticket acknowledgement",
     body="""Nous avons bien reçu votre message et nous vous répondrons dans les meilleurs délais. Ceci est un message automatique, merci de ne pas y répondre."""),
dict(automated="auto_reply", lang="es", frm="Carmen Ortega <carmen.ortega@ortega.example>", headers=ARH + [DESKREF],
     subject="Respuesta automática: fuera de la oficina", note="Spanish vacation",
     body="""Estoy fuera de la oficina hasta el 1 de septiembre sin acceso al correo. Para asuntos urgentes, llame al 555 0199."""),
dict(automated="auto_reply", lang="es", frm="Atención al cliente <noresponder@ruiz-neumaticos.example>", headers=["Auto-Submitted: auto-replied", "Precedence: bulk"],
     subject="Hemos recibido su consulta", trap="quoted_trigger", note="Spanish ack quoting trigger text",
     body="""Hemos recibido su consulta con el número 20931. Le responderemos en 48 horas.

Texto recibido:
"No funciona nada. Es una vergüenza. Quiero hablar con un supervisor." """),
# ---------------------------------------------------------------- bounces
dict(automated="bounce", lang="en", frm="Mail Delivery System <MAILER-DAEMON@mx1.example.test>", shape="dsn", note="Postfix style DSN",
     subject="Undelivered Mail Returned to Sender",
     body="""This is the mail system at host mx1.example.test.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<old.address@whitlock-tyres.example>: host mx.whitlock-tyres.example[192.0.2.25] said:
    550 5.1.1 <old.address@whitlock-tyres.example>: Recipient address rejected: User unknown""",
     status=dsn_status("mx1.example.test", "old.address@whitlock-tyres.example", "5.1.1", "550 5.1.1 User unknown"),
     original=orig_headers("old.address@whitlock-tyres.example", "Re: nothing loads??")),
dict(automated="bounce", lang="en", frm="Mail Delivery Subsystem <mailer-daemon@mx2.example.test>", shape="dsn", full_original=True,
     trap="quoted_trigger", note="DSN returning full original that quotes lawyer and regulator threats",
     subject="Delivery Status Notification (Failure)",
     body="""Delivery to the following recipient failed permanently:

     marion.felt@feltlaw-client.example

Technical details of permanent failure:
The recipient's mailbox is full and can't accept messages now.""",
     status=dsn_status("mx2.example.test", "marion.felt@feltlaw-client.example", "5.2.2", "552 5.2.2 Mailbox full"),
     original=orig_headers("marion.felt@feltlaw-client.example", "Re: my data") + """MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Dear Ms Felt, thank you for your message. You wrote:
> I've reported it to the Information Commissioner and my solicitor is
> drafting a letter.
We are looking into this as a priority.
"""),
dict(automated="bounce", lang="en", frm="Mail Delivery System <Mailer-Daemon@relay.example.test>", shape="dsn", note="Exim style DSN, host not found",
     subject="Mail delivery failed: returning message to sender",
     body="""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  liam@protherophoto.example
    host lookup did not complete""",
     status=dsn_status("relay.example.test", "liam@protherophoto.example", "5.4.4", "550 5.4.4 host lookup did not complete"),
     original=orig_headers("liam@protherophoto.example", "Re: your service")),
dict(automated="bounce", lang="en", frm="MAILER-DAEMON <MAILER-DAEMON@mta.example.test>", note="qmail style plain bounce, no multipart/report",
     headers=["Auto-Submitted: auto-replied"],
     subject="failure notice", trap="quoted_trigger",
     body="""Hi. This is the qmail-send program at mta.example.test.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<derek.mould@mail.example>:
198.51.100.7 does not like recipient.
Remote host said: 550 No such user here

--- Below this line is a copy of the message.

From: Support <support@example.test>
To: derek.mould@mail.example
Subject: Re: YOU KILLED MY ENGINE

> MY LAWYER IS DEALING WITH YOU NOW. ABSOLUTELY DISGRACEFUL.
Dear Mr Mould, we are very sorry to hear about the incident."""),
dict(automated="bounce", lang="en", frm="postmaster@mail.example.test", shape="dsn", note="Sendmail style delayed-then-failed",
     subject="Returned mail: see transcript for details",
     body="""The original message was received at Tue, 10 Jun 2025 09:13:58 +0000
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<jade.kimura@kimurafit.example>
    (reason: 554 5.7.1 Message rejected as spam)""",
     status=dsn_status("mail.example.test", "jade.kimura@kimurafit.example", "5.7.1", "554 5.7.1 Message rejected as spam"),
     original=orig_headers("jade.kimura@kimurafit.example", "Re: lol")),
dict(automated="bounce", lang="de", frm="Microsoft Outlook <postmaster@reifen-oberleitner.example>", shape="dsn", note="German Exchange NDR",
     subject="Unzustellbar: Re: Terminbuchung geht gar nicht mehr",
     body="""Die Nachricht konnte nicht an die folgenden Empfänger zugestellt werden:

werkstatt@reifen-oberleitner.example
Die E-Mail-Adresse wurde im Zielsystem nicht gefunden. Bitte überprüfen Sie die Adresse und versuchen Sie es erneut.

Diagnoseinformationen für Administratoren:
Generierender Server: mx.reifen-oberleitner.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound'""",
     status=dsn_status("mx.reifen-oberleitner.example", "werkstatt@reifen-oberleitner.example", "5.1.10", "550 5.1.10 RESOLVER.ADR.RecipientNotFound"),
     original=orig_headers("werkstatt@reifen-oberleitner.example", "Re: Terminbuchung geht gar nicht mehr")),
dict(automated="bounce", lang="de", frm="Mail Delivery System <MAILER-DAEMON@mx.post.example>", shape="dsn", charset="iso-8859-15",
     trap="quoted_trigger", full_original=True, note="German DSN with returned message quoting Klage",
     subject="Unzustellbare Nachricht",
     body="""Ihre Nachricht konnte nicht zugestellt werden. Das Postfach des Empfängers ist voll.

Empfänger: g.pfeiffer@pfeiffer.example""",
     status=dsn_status("mx.post.example", "g.pfeiffer@pfeiffer.example", "4.2.2", "452 4.2.2 Mailbox full"),
     original=orig_headers("g.pfeiffer@pfeiffer.example", "Re: Schaden am Treppenhaus") + """MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Sehr geehrter Herr Pfeiffer,
Sie schrieben:
> Sollte der Schaden nicht bis zum 15. reguliert sein, werde ich Klage einreichen.
Wir pruefen den Vorgang.
"""),
dict(automated="bounce", lang="fr", frm="Administrateur du système <postmaster@rouviere-vins.example>", shape="dsn", note="French NDR",
     subject="Non remis : Re: Plus rien ne marche",
     body="""Votre message n'a pas pu être remis aux destinataires suivants :

accueil@rouviere-vins.example
L'adresse e-mail que vous avez entrée est introuvable. Vérifiez l'adresse du destinataire et renvoyez le message.""",
     status=dsn_status("mx.rouviere-vins.example", "accueil@rouviere-vins.example", "5.1.1", "550 5.1.1 Utilisateur inconnu"),
     original=orig_headers("accueil@rouviere-vins.example", "Re: Plus rien ne marche")),
dict(automated="bounce", lang="fr", frm="MAILER-DAEMON <MAILER-DAEMON@smtp.example.test>", shape="dsn", charset="windows-1252", note="French DSN windows-1252",
     subject="Échec de la remise du message",
     body="""Ce message a été créé automatiquement par le logiciel de messagerie.

Le message n'a pas pu être délivré à : gisele.marchand@orange-mail.example
Raison : boîte aux lettres désactivée.""",
     status=dsn_status("smtp.example.test", "gisele.marchand@orange-mail.example", "5.2.1", "550 5.2.1 Mailbox disabled"),
     original=orig_headers("gisele.marchand@orange-mail.example", "Re: HONTEUX")),
dict(automated="bounce", lang="es", frm="Administrador del sistema <postmaster@pena-rutas.example>", shape="dsn", note="Spanish NDR",
     subject="No se puede entregar: Re: otra vez caído",
     body="""No se pudo entregar el mensaje a los siguientes destinatarios:

reservas@pena-rutas.example
No se encontró la dirección de correo electrónico. Compruebe la dirección y vuelva a intentarlo.""",
     status=dsn_status("mx.pena-rutas.example", "reservas@pena-rutas.example", "5.1.1", "550 5.1.1 Usuario desconocido"),
     original=orig_headers("reservas@pena-rutas.example", "Re: otra vez caido")),
dict(automated="bounce", lang="es", frm="Sistema de correo <MAILER-DAEMON@correo.example.test>", shape="dsn", full_original=True,
     trap="quoted_trigger", note="Spanish DSN returning message that quotes a lawsuit threat",
     subject="Notificación de estado de entrega (error)",
     body="""Su mensaje no se ha podido entregar porque el servidor de destino lo rechazó.

Destinatario: victoria.romero@romero.example""",
     status=dsn_status("correo.example.test", "victoria.romero@romero.example", "5.7.1", "550 5.7.1 Rechazado por politica"),
     original=orig_headers("victoria.romero@romero.example", "Re: Reclamacion formal") + """MIME-Version: 1.0
Content-Type: text/plain; charset="us-ascii"

Estimada Sra. Romero, usted escribio:
> si no resuelven, iniciare acciones judiciales por los danos a mi furgoneta.
Lamentamos lo ocurrido.
"""),
# ---------------------------------------------------------------- lists
dict(automated="list", lang="en", frm="Tyre Fitters Network <news@tyrefitters-network.example>", shape="alternative",
     headers=["List-Id: Tyre Fitters Network news <news.tyrefitters-network.example>",
              "List-Unsubscribe: <mailto:unsubscribe@tyrefitters-network.example>, <https://tyrefitters-network.example/unsub>",
              "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"],
     subject="June newsletter: winter tyre stock outlook", note="industry newsletter",
     body="""Tyre Fitters Network — June newsletter

Winter tyre allocations open on 1 July.
Our regional meet-up is in Leicester on 12 July.
You are receiving this because you registered at an event. Unsubscribe at any time."""),
dict(automated="list", lang="en", frm="Escape Room Owners Forum <forum@eroforum.example>",
     headers=["List-Id: <owners.eroforum.example>", "List-Post: <mailto:owners@eroforum.example>",
              "List-Unsubscribe: <mailto:owners-leave@eroforum.example>", "Precedence: list"],
     subject="[owners] Digest, Vol 41, Issue 7", trap="quoted_trigger", note="list digest with members' angry posts",
     body="""Today's Topics:
  1. Supplier lost our order (Kim Ashby)
  2. Re: padlock codes (Jo Neale)

Message: 1
From: Kim Ashby
My supplier lost a £9,000 order and I'm going to sue them. Worst service ever, I've emailed them four times.

Message: 2
From: Jo Neale
Try resetting the code to 000 first."""),
dict(automated="list", lang="en", frm="Solar Light Partners <updates@solarlight-partners.example>", shape="html",
     headers=["List-Unsubscribe: <https://solarlight-partners.example/u?id=77>", "Precedence: bulk"],
     subject="Field report: 4,000 lamps delivered this spring", note="charity bulk update",
     body="""Thanks to our partners, 4,000 solar lamps reached families this spring.
Read the full field report on our website.
Manage your email preferences or unsubscribe."""),
dict(automated="list", lang="de", frm="Fahrlehrerverband Nord <newsletter@fahrlehrer-nord.example>",
     headers=["List-Id: Newsletter <newsletter.fahrlehrer-nord.example>", "List-Unsubscribe: <mailto:abmelden@fahrlehrer-nord.example>", "Precedence: bulk"],
     subject="Newsletter Juli: Neue Prüfungsfragen ab Oktober", note="German newsletter",
     body="""Liebe Mitglieder,
ab 1. Oktober gelten neue amtliche Prüfungsfragen. Alle Änderungen finden Sie im Mitgliederbereich.
Abmelden: Antworten Sie mit "abmelden"."""),
dict(automated="list", lang="fr", frm="Les Fromagers Réunis <lettre@fromagers-reunis.example>", shape="alternative",
     headers=["List-Id: <lettre.fromagers-reunis.example>", "List-Unsubscribe: <https://fromagers-reunis.example/desinscription>", "Precedence: bulk"],
     subject="Lettre d'information : les fromages d'été", trap="quoted_trigger", note="French newsletter with 'how to handle a customer who threatens' article",
     body="""Dans ce numéro :
- Les fromages d'été à mettre dans vos coffrets.
- Témoignage : « Un client m'a menacé de porter plainte et d'appeler un journaliste, voici comment j'ai réagi. »
Pour vous désinscrire, cliquez sur le lien en bas de page."""),
dict(automated="list", lang="es", frm="Asociación de Bodegas Abiertas <boletin@bodegas-abiertas.example>",
     headers=["List-Id: Boletin <boletin.bodegas-abiertas.example>", "List-Unsubscribe: <mailto:baja@bodegas-abiertas.example>", "Precedence: bulk"],
     subject="Boletín de septiembre: vendimia y enoturismo", note="Spanish newsletter",
     body="""Este mes: calendario de vendimia, novedades del enoturismo y ayudas regionales.
Si no desea recibir más boletines, responda con la palabra BAJA."""),
# ---------------------------------------------------------------- receipts
dict(automated="receipt", lang="en", frm="Rebecca Thorne <rthorne@thornehospitality.example>", shape="mdn", note="Outlook read receipt MDN",
     subject="Read: Re: Invoice INV-2291 – wrong amount",
     body="""Your message

  To: rthorne@thornehospitality.example
  Subject: Re: Invoice INV-2291 – wrong amount

was read on 11/06/2025 10:02.""",
     status=mdn_status("rthorne@thornehospitality.example"), original=orig_headers("rthorne@thornehospitality.example", "Re: Invoice INV-2291")),
dict(automated="receipt", lang="en", frm="Gordon Haslam <g.haslam@haslamhotels.example>", shape="mdn", note="Thunderbird MDN",
     subject="Return Receipt (displayed) - Re: Order 66102",
     body="""This is a Return Receipt for the mail that you sent to g.haslam@haslamhotels.example.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.""",
     status=mdn_status("g.haslam@haslamhotels.example")),
dict(automated="receipt", lang="de", frm="Oliver Hahn <oliver.hahn@hahn-gastro.example>", shape="mdn", note="German MDN",
     subject="Gelesen: Re: Jahresrechnung Schädlingsschutz",
     body="""Ihre Nachricht

  An: oliver.hahn@hahn-gastro.example
  Betreff: Re: Jahresrechnung Schädlingsschutz

wurde am 12.06.2025 08:40 gelesen.""",
     status=mdn_status("oliver.hahn@hahn-gastro.example")),
dict(automated="receipt", lang="fr", frm="Delphine Carré <delphine.carre@carre-escape.example>", shape="mdn", note="French MDN",
     subject="Lu : Re: Commande 5521",
     body="""Votre message

  À : delphine.carre@carre-escape.example
  Objet : Re: Commande 5521

a été lu le 12/06/2025 à 14:12.""",
     status=mdn_status("delphine.carre@carre-escape.example")),
dict(automated="receipt", lang="es", frm="Beatriz León <beatriz.leon@leon-hoteles.example>", shape="mdn", note="Spanish MDN",
     subject="Leído: Re: Pedido 9910",
     body="""Su mensaje

  Para: beatriz.leon@leon-hoteles.example
  Asunto: Re: Pedido 9910

se leyó el 13/06/2025 9:05.""",
     status=mdn_status("beatriz.leon@leon-hoteles.example")),
# ---------------------------------------------------------------- self
dict(automated="self", lang="en", frm="Support <support@example.test>", note="desk's own reply looped back",
     subject="Re: card payments failing",
     body="""Hi Yusuf,

Thanks for letting us know. Card payments are working again since 14:05. Sorry for the disruption.

Support team"""),
dict(automated="self", lang="en", frm="Escalated <escalated@example.test>", trap="quoted_trigger", note="escalation notification quoting triggers",
     headers=["Auto-Submitted: auto-generated"],
     subject="[escalated] Ticket 40121 routed to Tier 2",
     body="""Ticket 40121 has been routed to Tier 2.

Customer wrote:
> I am absolutely livid. If this isn't fixed by Friday I will cancel and
> my lawyer will contact you. I want to speak to your supervisor."""),
dict(automated="self", lang="en", frm="Owen Griffiths <owen.g@griffiths-moves.example>", msgid_domain="escalated.example.test", note="Message-ID of the desk's own domain",
     subject="Re: quote PDF blank",
     body="""Thanks, we'll look at the PDF export and get back to you.

(sent from the support console on behalf of the desk)"""),
dict(automated="self", lang="en", frm="Support Desk <support@example.test>", shape="alternative", trap="quoted_trigger", note="desk reply quoting the customer",
     subject="Re: Final letter",
     body="""Dear Mr Arbuthnot,

You wrote:
> If the remains of our dog are not returned to us by the end of the month I'll be seeing you in court.

We are very sorry. The ashes and certificate were dispatched today by tracked courier."""),
dict(automated="self", lang="de", frm="Support <support@example.test>", note="German desk reply",
     subject="Re: Abbuchung zweimal",
     body="""Guten Tag Herr Falk,

die doppelte Abbuchung über 29,90 € wurde heute zurückerstattet. Bitte entschuldigen Sie den Fehler.

Ihr Support-Team"""),
dict(automated="self", lang="fr", frm="Escalated <escalated@example.test>", msgid_domain="escalated.example.test", trap="quoted_trigger", note="French internal routing note",
     subject="[escalated] Dossier 5521 transmis",
     body="""Le dossier 5521 a été transmis au responsable.

Extrait du client :
> Commande de 12 400 € bloquée, le bouton de paiement renvoie une erreur."""),
dict(automated="self", lang="es", frm="Soporte <support@example.test>", note="Spanish desk reply",
     subject="Re: Cobro duplicado",
     body="""Hola Lucía:

Hemos devuelto el cobro duplicado de 38 €. Lo verás en tu cuenta en unos días.

Un saludo,
Equipo de soporte"""),
]

README_INTRO = """
A blind test corpus of support e-mail for the escalation classifier. It was written by hand
against `docs/triggers.md` and the five seed procedures only, without looking at the classifier,
its code, rules, tests or any other corpus, so that it measures the classifier independently.

## How it was made

* Every message text (subject and body, quoted blocks, HTML bodies) is a hand-written literal in
  `h15_pos_en.py`, `h15_pos_intl.py`, `h15_neg.py` and `h15_auto.py`; nothing is templated or
  paraphrased by a program. Most positives avoid the textbook words of `triggers.md` and
  paraphrase instead; registers range from formal letters to one-liners, ALL CAPS, sarcasm,
  non-native English and long mails with the trigger buried in the middle.
* `make_corpus.py` (Python 3, standard library only) wraps the texts into RFC 5322 messages. A
  fixed seed picks only packaging (text/plain 7bit/8bit/quoted-printable/base64, legacy charsets
  iso-8859-1/iso-8859-15/windows-1252, multipart/alternative with HTML — some with one `<div>`
  per line — HTML-only, multipart/mixed with a small attachment, multipart/report), RFC 2047
  encoding of some ASCII subjects and names, dates, Message-IDs, client headers and file order.
  Every run writes byte-identical files. Line endings are CRLF.
* The desk is `support@example.test`; every message is addressed To it.

## How to check

    python3 make_corpus.py           # regenerate the .eml files, labels.tsv and this README
    python3 make_corpus.py --check   # validate

`--check` parses every file with `email.policy.default` and requires no defects, CRLF-only line
endings, lines of at most 998 octets, From/To/Subject/Date/Message-ID/MIME-Version, strict
decoding of every text part in its declared charset, labels.tsv matching the files, valid,
sorted, unique trigger ids, no triggers on automated mail, at least 10 positives per trigger and
byte-identical regeneration. The helper modules are imported with bytecode writing disabled.

## labels.tsv columns

| column | meaning |
|---|---|
| `file` | `h15-NNNN.eml` |
| `triggers` | comma-separated, alphabetically sorted trigger ids from `docs/triggers.md`, or `-` |
| `automated` | `-` for customer mail, else `auto_reply`, `bounce`, `list`, `receipt` or `self` |
| `lang` | `en`, `de`, `fr` or `es` |
| `trap` | what the hard negative (or automated message) is designed to trip over, or `-` |
| `note` | short free-text note on the labelling call, or `-` |
"""

README_AUTO = """
* `auto_reply`: vacation / out-of-office replies in English, German, French and Spanish, with and
  without RFC 3834 headers (`Auto-Submitted`, `X-Autoreply`, `Precedence: auto_reply`), ticket
  acknowledgements, an unmonitored mailbox notice and a person-has-left notice.
* `bounce`: multipart/report delivery-status notifications in Postfix, Exim, Sendmail, Gmail-like
  and Exchange styles, German, French and Spanish NDRs, a qmail plain-text failure notice; some
  return the full original message.
* `list`: newsletters and a list digest with `List-Id`, `List-Unsubscribe`, `Precedence: bulk/list`.
* `receipt`: MDNs (`multipart/report; report-type=disposition-notification`).
* `self`: mail from `support@example.test` or `escalated@example.test`, or carrying a Message-ID
  ending `@escalated.example.test`.

Several automated messages quote trigger-bearing customer text on purpose (trap `quoted_trigger`);
automated mail never carries a trigger.
"""

README_REST = """
## Labelling calls

* Only the customer's own new words and the subject count; quoted replies (`>` lines, "On … wrote:",
  "Am … schrieb …:", "Le … a écrit :", "El … escribió:", Outlook "From/Sent", "Von/Gesendet",
  "De/Envoyé", "De/Enviado" blocks, HTML `<blockquote type="cite">`), forwarded parts (and "Fwd:"
  subjects), signatures and disclaimers are ignored.
* `technical_issue` is added whenever something in the product or a device malfunctions — also
  for outages, data loss and data exposed by a product fault, and for devices that overheat,
  smoke or give a shock. It is not added for workmanship, garments, couriers, staff behaviour or
  account takeovers where nothing in the product is reported broken.
* A scheduled collection or delivery that the company fixed and then missed counts as
  `broken_promise`.
* "Third wrong item" or "third outage this month" is not `repeat_contact`; only a third (or later)
  contact is. "Second email" is not.
* Conditional threats ("if … by Friday, I cancel") fire; negations, policy questions and
  hypotheticals do not; reported speech not adopted by the customer does not.
* `billing_dispute` needs a specific wrong charge or a chargeback threat; `high_value_order` needs
  an unresolved problem above 5,000 — exactly 5,000 and large amounts without a problem do not fire.
* `severe_dissatisfaction` needs strong wording or shouting; "a little disappointed" does not.
* Asking for an executive's e-mail to write to them is `corporate_contact_request` plus
  `executive_contact`. A journalist's request for comment is `media_threat`.

## Industries

Pet crematoria, vineyard tours, bicycle leasing for employees, mobile phone repair kiosks,
piano-moving companies, school uniform shops, drone photography services, fitness-tracker
subscriptions, holiday cottage agencies, tyre fitting, pest-proofing for restaurants, e-learning
for driving theory, artisan cheese subscriptions, solar-lamp charities and escape-room franchise
supplies — nothing else.

## Licence

MIT, as part of the escalated project. All people, companies, addresses and events are
fictitious; only reserved names are used (`.example` / `.test` domains, documentation IP ranges
192.0.2.0/24 and 198.51.100.0/24, 555 telephone numbers).
"""
