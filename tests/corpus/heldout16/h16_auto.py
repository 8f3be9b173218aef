# Hand-written automated mails. Block format:
# "=== kind | lang | trap | variant | From | Subject" then the body.
# For bounces, text after "---ORIGINAL---" is the returned message body.
TEXT = r'''
=== auto_reply | en | - | rfc3834 | Jenny Marlow <jenny.marlow@marlowframes.example> | Automatic reply: Your framing quote
Thank you for your message. I'm on annual leave until Monday 22 July with no access to email. For urgent framing orders please call the shop on 555-0123.
Jenny
=== auto_reply | en | - | none | Tom Bexley <tom.bexley@bexleyrowing.example> | Out of Office: Re: Boat bay booking
I am currently out of the office and will return on 3 June. I will reply to your email as soon as possible on my return.
=== auto_reply | en | - | x-autorespond | Support Desk <helpdesk@stclement-hospital.example> | [Ticket #48211] We have received your request
This is an automated response. Your request has been logged as ticket #48211 and a member of the estates team will respond within two working days. Please do not reply to this message.
=== auto_reply | en | - | rfc3834 | No Reply <no-reply@harbourfreight.example> | This mailbox is not monitored
This mailbox is not monitored. Messages sent to this address are not read. Please use the contact form on our website.
=== auto_reply | en | - | precedence | Office <office@greenacre-school.example> | Auto: Staff member has left
Thank you for your email. Ms Karen Holt has left Greenacre School. Please redirect your message to office@greenacre-school.example, which is monitored during term time.
=== auto_reply | en | quoted_trigger | rfc3834 | Liam Ford <liam.ford@fordlogistics.example> | Automatic reply: Re: Your complaint
I'm away until 15 August. Your message is below for reference.

> This is the third time I'm writing. If it's not sorted I'll be taking
> legal action and cancelling the contract. Absolutely unacceptable.
=== auto_reply | en | - | none | Dr Sanjay Patel <s.patel@riverbendortho.example> | Away from my desk
I'm away from my desk at a conference until Wednesday. Replies will be delayed. For patient queries please contact reception on 555-0190.
=== auto_reply | en | quoted_trigger | x-autorespond | Customer Care <care@bluecrest-parking.example> | Re: hacked account - we received your message
Thanks for contacting Bluecrest Parking. We've received your message and will reply within 48 hours.

-- Your message --
Someone has hacked my account and the app has been down all day. I want to speak to a manager.
=== auto_reply | de | - | rfc3834 | Sabine Kolb <sabine.kolb@kolb-zelte.example> | Abwesenheitsnotiz: Ihre Anfrage
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 14.08. im Urlaub und habe keinen Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an info@kolb-zelte.example.
=== auto_reply | de | - | none | Vertrieb <vertrieb@holzhof-eifel.example> | Automatische Antwort: Lieferung
Diese E-Mail wurde automatisch erstellt. Wir haben Ihre Nachricht erhalten und melden uns innerhalb von zwei Werktagen.
=== auto_reply | de | quoted_trigger | rfc3834 | Markus Endres <markus.endres@endres-gmbh.example> | Abwesend: AW: Kündigung
Ich bin bis zum 2.9. nicht im Hause. Ihre Nachricht wird nicht weitergeleitet.

-----Ursprüngliche Nachricht-----
Betreff: Kündigung
Ich kündige hiermit und schalte meinen Anwalt ein.
=== auto_reply | fr | - | rfc3834 | Sylvie Germain <sylvie.germain@germain-ruchers.example> | Réponse automatique : absence
Bonjour, je suis absente du bureau jusqu'au 26 août inclus. Pour toute urgence, merci de contacter le 555-0155.
=== auto_reply | fr | - | none | Service client <service-client@voilerie-ouest.example> | Accusé de réception de votre demande
Nous avons bien reçu votre demande, elle sera traitée dans les meilleurs délais. Ceci est un message automatique, merci de ne pas y répondre.
=== auto_reply | fr | quoted_trigger | x-autorespond | Olivier Brun <olivier.brun@brun-mail.example> | Absent : Re: réclamation
Je suis en congés jusqu'au 3 juin.

> C'est inadmissible, je vais contacter mon avocat et la presse.
=== auto_reply | es | - | rfc3834 | Beatriz Soto <beatriz.soto@soto-acuarios.example> | Respuesta automática: fuera de la oficina
Estoy fuera de la oficina hasta el 5 de septiembre sin acceso al correo. Para asuntos urgentes, llame al 555-0166.
=== auto_reply | es | - | none | Atención al cliente <atencion@remo-sevilla.example> | Hemos recibido su mensaje
Gracias por escribirnos. Este buzón no se atiende; su mensaje no será leído. Utilice el formulario de la web.
=== bounce | en | - | postfix:5.1.1:user unknown | Mail Delivery System <MAILER-DAEMON@mx1.tidewater.example> | Undelivered Mail Returned to Sender
This is the mail system at host mx1.tidewater.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system
---ORIGINAL---
Hello Mr Quayle, your ferry booking HF-33812 is confirmed for 18 June.
=== bounce | en | - | exim:5.2.2:mailbox full | Mail Delivery System <Mailer-Daemon@smtp.kiln-logs.example> | Mail delivery failed: returning message to sender
This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:
---ORIGINAL---
Your firewood delivery is scheduled for Thursday between 8 and 12.
=== bounce | en | quoted_trigger | exchange:5.4.1:recipient address rejected | Microsoft Outlook <postmaster@orchardmeadows.example> | Undeliverable: Re: Charged twice - I want a supervisor
Delivery has failed to these recipients or groups:

The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.
---ORIGINAL---
> You charged me twice and this is the third time I've written. I want a supervisor
> and I'm contacting my lawyer.
Dear customer, we have refunded the duplicate charge.
=== bounce | en | - | sendmail:4.4.7:delivery time expired | Mail Delivery Subsystem <MAILER-DAEMON@relay.canvasworks.example> | Warning: could not send message for past 4 hours
    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Mon, 10 Jun 2024 09:14:02 GMT
Will keep trying until message is 5 days old
---ORIGINAL---
Reminder: aquarium service visit tomorrow at 10:00.
=== bounce | en | - | qmail:5.1.1:no mailbox here by that name | MAILER-DAEMON@mail.hivecare.example | failure notice
Hi. This is the qmail-send program at mail.hivecare.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.
---ORIGINAL---
Your hive inspection report for April is attached.
=== bounce | de | - | postfix:5.1.1:Benutzer unbekannt | Mail Delivery System <MAILER-DAEMON@mx.rahmenwerk.example> | Unzustellbar: Ihre Bestellung
Dies ist das Mailsystem auf mx.rahmenwerk.example.

Ihre Nachricht konnte leider nicht an einen oder mehrere Empfänger
zugestellt werden. Die Nachricht ist unten angehängt.
---ORIGINAL---
Ihre Bestellung R-2231 ist abholbereit.
=== bounce | fr | - | exim:5.1.1:adresse inconnue | Système de messagerie <MAILER-DAEMON@mx.cadres-atelier.example> | Non remis : votre commande
Ce message a été créé automatiquement par le logiciel de distribution.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.
Il s'agit d'une erreur permanente.
---ORIGINAL---
Votre cadre est prêt à être retiré.
=== bounce | es | - | exchange:5.1.10:destinatario no encontrado | Microsoft Outlook <postmaster@carpas-norte.example> | No se puede entregar: Presupuesto
Error al entregar el mensaje a estos destinatarios o grupos:

No se encontró la dirección de correo electrónico que escribió. Compruebe la dirección del destinatario e intente enviar el mensaje de nuevo.
---ORIGINAL---
Le adjuntamos el presupuesto para la carpa.
=== bounce | en | - | postfix:5.7.1:message rejected as spam | Mail Delivery System <MAILER-DAEMON@gw.seedvault.example> | Undelivered Mail Returned to Sender
This is the mail system at host gw.seedvault.example.

Your message could not be delivered. The remote server rejected it:
policy violation.
---ORIGINAL---
Your seed library membership renews next month.
=== bounce | de | quoted_trigger | exim:5.2.2:Postfach voll | Mail Delivery System <Mailer-Daemon@mail.faehre-nord.example> | Zustellung fehlgeschlagen
Diese Nachricht wurde automatisch vom Mailsystem erzeugt.

Ihre Nachricht konnte nicht zugestellt werden: Das Postfach des Empfängers ist voll.
---ORIGINAL---
> Absolute Frechheit, ich will Ihren Vorgesetzten sprechen!
Sehr geehrter Herr Lenz, wir haben Ihr Anliegen weitergeleitet.
=== list | en | - | list | Riverside Rowing News <news@lists.riverside-rowing.example> | Riverside Rowing - June newsletter
Hi members,

Regatta entries open on Monday. The boathouse will be closed on 21 June for the annual clean-up. New coaching sessions start in July.

You are receiving this because you subscribed to the club newsletter.
=== list | en | quoted_trigger | list | Firewood Forum <forum@lists.woodstove-talk.example> | [woodstove-talk] Digest: bad supplier experiences
Today's topics:
1. Re: wet logs again - "worst delivery ever, I'm reporting them to trading standards and cancelling"
2. Kindling sizes

You received this digest because you are subscribed to woodstove-talk.
=== list | en | - | bulk | Marquee Trade Weekly <weekly@marqueetrade.example> | Marquee Trade Weekly: new fire-retardant fabric rules
This week: new guidance on marquee fabric, trade show dates, and a reader's photos from the Lydford show.
=== list | de | - | list | Aquaristik-Rundbrief <rundbrief@lists.aquaristik-verband.example> | Rundbrief Juni
Liebe Mitglieder, im Juni findet unser Sommertreffen statt. Anmeldung bis 15.6.
=== list | fr | - | bulk | Graines et Jardins <lettre@graines-jardins.example> | Lettre d'information - semis de juin
Ce mois-ci : les semis de juin, nos nouvelles variétés anciennes et la fête des semences.
=== list | es | - | list | Club de Remo Triana <boletin@lists.remo-triana.example> | Boletín de junio
Hola socios, la regata de verano será el 22 de junio. Inscripciones abiertas.
=== receipt | en | - | mdn | Alan Whitby <alan.whitby@whitbyhouse.example> | Read: Your upholstery quote
Your message

  To: alan.whitby@whitbyhouse.example
  Subject: Your upholstery quote

was read on 12 June 2024 10:42.
=== receipt | de | - | mdn | Ute Reimann <ute.reimann@reimann-mail.example> | Gelesen: Ihre Rechnung
Ihre Nachricht "Ihre Rechnung" wurde am 03.06.2024 um 14:20 gelesen.
=== receipt | fr | - | mdn | Denis Vial <denis.vial@vial-mail.example> | Lu : Confirmation de réservation
Votre message "Confirmation de réservation" a été lu le 4 juin 2024 à 09:15.
=== receipt | es | quoted_trigger | mdn | Irene Cortés <irene.cortes@cortes-mail.example> | Leído: Re: Quiero hablar con un supervisor
Su mensaje "Re: Quiero hablar con un supervisor" ha sido leído el 5 de junio de 2024.
=== self | en | - | from_support | Support <support@example.test> | Re: Ticket 55810
Hi Ahmed, thanks for the details. We've passed your case to the second-line team and will update you by Friday.
=== self | en | quoted_trigger | from_escalated | Escalation Desk <escalated@example.test> | [escalated] Ticket 60013: legal threat
Automatic escalation notice. Ticket 60013 was flagged.

> My solicitor will be in touch and I'm reporting you to the ICO.
=== self | fr | - | msgid | Support <support@example.test> | Re: Suggestion
Bonjour Camille, merci pour votre suggestion, nous l'avons transmise à l'équipe produit.
=== self | es | - | msgid | Soporte <soporte@example.test> | Re: Sugerencia
Hola Clara, gracias por su sugerencia. La hemos enviado al equipo de producto.
'''
