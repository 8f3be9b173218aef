# Hand-written hard negatives (no trigger in the customer's own new words) for heldout15.
TEXTS = [r'''
@@ en | - | job_title | Megan Holt <megan.holt@holt-theory.example> | Office Manager signature
Subject: adding two instructors
Hi, could you add two more instructor logins to our driving theory account? Names are Ben Carver and Asha Reid, emails below.
Thanks!
Megan Holt
Office Manager, Holt School of Motoring

@@ en | - | job_title | Carl Jennings <carl.jennings@jennings-tyres.example> | account manager role exists
Subject: quick one for our account manager
Could you pass this to Sophie, our account manager? We'd like to move our monthly invoice date to the 1st. Nothing urgent.
Carl

@@ en | - | job_title | Denise Ward <denise.ward@wardvines.example> | Manager of IT, password manager
Subject: SSO setup
Hello, I'm the Manager of IT at Ward Vineyards. We use a password manager for shared logins and would like to set up single sign-on instead. Is there a guide for admins?
Denise Ward
Manager of IT

@@ en | - | quoted_on_wrote | Fiona Bairstow <fiona@heatherlea-cottages.example> | old threat quoted in On…wrote
Subject: Re: Where have our reviews gone
Thank you so much, they're all back and the counter is right again. Lovely work.

Fiona

On Mon, 14 Apr 2025 at 09:12, Fiona Bairstow <fiona@heatherlea-cottages.example> wrote:
> Every guest review has vanished from the listing page. This is absolutely
> unacceptable and if they are not back by Friday I'll cancel and speak to
> my solicitor.

@@ en | - | quoted_gt | Owen Bright <owen.bright@brightmoves.example> | > quoted manager request, settled
Subject: Re: piano move 20931
All sorted now, the crew came back and fixed the castor. Thanks for the quick turnaround.

> I want to speak to your manager today.
> This is the third time I've emailed.

@@ en | - | quoted_outlook | Janet Rudd <janet.rudd@ruddschools.example> | Outlook Original Message block
Subject: RE: uniform order 7713
Thanks Lisa, that's received and the jumpers fit. Please close the ticket.

Janet

-----Original Message-----
From: Janet Rudd <janet.rudd@ruddschools.example>
Sent: 03 September 2025 08:14
To: support@example.test
Subject: uniform order 7713

You have charged us twice for order 7713, £2,310 each time. Refund the duplicate or I will raise a chargeback. I'm furious.

@@ en | - | quoted_html | Kevin Lowe <kevin.lowe@lowe-drones.example> | HTML blockquote cite with old threat | html
Subject: Re: gallery upload
<html><body>
<div>Brilliant, the big files upload fine now. Cheers for sorting it.</div>
<div>Kevin</div>
<br>
<div>On 5 May 2025, at 18:02, Kevin Lowe wrote:</div>
<blockquote type="cite">
<div>Your gallery has been down all day and I have lost three client uploads.</div>
<div>If this isn't fixed I am going to the press and my lawyer.</div>
</blockquote>
</body></html>

@@ en | - | forwarded | Tanya Marsh <tanya.marsh@marshhotels.example> | forwarded complaint from a guest, Fwd subject
Subject: Fwd: complaint about your booking site
Hi, forwarding this from one of our guests in case it's useful for your product team. We've dealt with her directly, nothing needed from you.

---------- Forwarded message ---------
From: Gwen Harper <gwen.harper@mail.example>
Date: Sat, 10 May 2025 at 21:40
Subject: complaint about your booking site
To: <bookings@marshhotels.example>

Your booking site double charged me and it's a disgrace. I'll be reporting you to trading standards and leaving a one-star review.

@@ en | - | disclaimer | Robert Nkemelu <robert.nkemelu@nkemelu-law.example> | legal disclaimer signature
Subject: change billing address
Please update our billing address to 4 Quay Street, Bristol. Thank you.

Robert Nkemelu

CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally privileged. If you are not the intended recipient you must not copy or disclose it; please notify the sender and delete it. Nkemelu & Partners accepts no liability for viruses. Legal action may be taken against unauthorised use of this communication.

@@ en | - | negation | Ivy Chambers <ivy.chambers@mail.example> | negated legal threat and cancel
Subject: delayed box – not a complaint really
Hi, my cheese box is a few days late. I'm not going to cancel or kick up a fuss, and I'm certainly not threatening anyone, I'd just like to know roughly when it'll turn up as I'm away from Thursday.
Ivy

@@ en | - | negation | Leon Baxter <leon.baxter@baxtertyres.example> | no data lost, no need to escalate
Subject: sync hiccup yesterday – resolved
Just to let you know the stock sync hiccup yesterday sorted itself out after the restart. We checked and no data was lost. No need to escalate, just wanted it on record.

@@ en | - | refund_policy | Harriet Cole <harriet.cole@colefamily.example> | refund policy question
Subject: refunds on tours
What's your refund policy if it rains on the day of a vineyard tour? Thinking of booking for my parents' anniversary in October.

@@ en | - | cancel_policy | Mo Farah-Lewis <mo.fl@mail.example> | neutral cancel procedure
Subject: cancel order 55120
How do I cancel order 55120? I ordered the age 9-10 trousers but need 11-12. Happy to reorder the right size.

@@ en | - | hypothetical | Daphne Ross <daphne.ross@rossbikes.example> | would I be able to cancel later
Subject: leasing questions before we sign
Before we sign up our 40 staff: would we be able to cancel the scheme later if it doesn't suit us? And what happens to a bike if an employee leaves mid-lease?

@@ en | - | feature_exists | Arjun Mehta <arjun.mehta@mehtacheese.example> | asks whether export exists
Subject: CSV export?
Can I export my subscriber list to CSV? Couldn't find it in the menus.

@@ en | - | feature_exists | Polly Nash <polly.nash@nashescapes.example> | does feature exist
Subject: bulk reorder
Does the supplies portal have a way to reorder everything from a previous order in one go, or do I add items one by one?

@@ en | - | mild_disappointment | Hazel Dunn <hazel.dunn@dunn.example> | a little disappointed
Subject: last month's box
I was a little disappointed with last month's box, the brie was a bit past its best. Not a big deal, just thought you'd want to know. The cheddar was superb.

@@ en | - | reported_speech | Neil Ormsby <neil.ormsby@ormsbydrones.example> | colleague joked about suing
Subject: invoice template
My business partner joked that we should sue you for how ugly the default invoice template is, ha. Seriously though, is there a way to upload our own logo to it?

@@ en | - | own_ceo | Priyanka Rao <priyanka.rao@raopestpro.example> | own CEO needs report
Subject: quarterly inspection report
Our CEO needs the quarterly inspection summary for all six restaurants for a board meeting on Thursday. Where do I generate that in the dashboard?

@@ en | - | large_amount_ok | Rebecca Thorne <rthorne@thornehospitality.example> | large amount, no problem
Subject: Paid: INV-2302
Just confirming we paid INV-2302 (£18,450) today by bank transfer. Thanks for a smooth year.
Rebecca

@@ en | - | exactly_5000 | Martin Ogle <martin.ogle@oglehotels.example> | 5,000 exactly with delay
Subject: Order 7781 – delivery date?
Our escape-room supplies order 7781 came to exactly £5,000.00 and the tracking hasn't updated since Tuesday. Could you check where it is? Launch isn't until next month so no rush.

@@ en | - | second_email | Sally Brook <sally.brook@brookmail.example> | second email without frustration
Subject: second email – address change
Sorry, second email from me today! I forgot to say the new delivery address should also apply to the December box. Thanks so much.

@@ en | - | praise | Theo Grant <theo.grant@granttheory.example> | praise
Subject: thank you
Just wanted to say thanks — 14 of our learners passed their theory test this month and every one of them said your hazard clips helped. Keep it up.

@@ en | - | howto | Lucy Ferris <lucy.ferris@ferristyres.example> | how-to
Subject: how to add a second branch
How do I add our second branch to the booking calendar so customers can choose between them?

@@ en | - | data_safety | Grace Imlay <grace.imlay@imlay.example> | is my data safe
Subject: data safety question
Is my card and address information safe with you? My son says I shouldn't save cards on websites. Where is it stored?

@@ en | - | two_factor | Owen Pryor <owen.pryor@pryorrepairs.example> | how to enable 2FA
Subject: 2FA for kiosk staff
How do I turn on two-factor authentication for all my kiosk staff accounts? We'd like it enforced.

@@ en | - | gdpr_document | Nadine Hill <nadine.hill@hillcottages.example> | DPA request
Subject: Data Processing Agreement
Could you send us your Data Processing Agreement and confirm whether the platform is GDPR compliant? Our insurer is asking.

@@ en | - | maintenance | Rory Doyle <rory.doyle@doylevines.example> | planned maintenance question
Subject: maintenance window
I saw the banner about planned maintenance on Sunday night. Will the booking page be offline the whole time, or just the admin side?

@@ en | - | settled | Glenda Platt <glenda.platt@inbox.example> | settled-matter reply
Subject: Re: Pickup of Bramble
Thank you for calling yesterday and for the care your team showed. We have Bramble's ashes home now and the certificate is correct. We consider the matter closed.
Glenda

@@ en | - | own_holiday | Phil Sutton <phil.sutton@suttonpianos.example> | customer's own holiday
Subject: away next week
I'm on holiday from Monday for two weeks, so if you need anything about the Broadwood move please contact my colleague Jess on jess@suttonpianos.example.

@@ en | - | quoted_on_wrote | Adrian Fell <adrian.fell@fellbikes.example> | On…wrote quoting support
Subject: Re: your lease query
Great, that makes sense. I'll tell the employee.

On Tue, 6 May 2025, Support <support@example.test> wrote:
> We understand you feel you were double-charged. If you would like to escalate
> to a supervisor, reply to this email. We never share data with third parties.

@@ en | - | forwarded | Bea Lyons <bea.lyons@lyonscharity.example> | forwarded journalist mail to the desk for info
Subject: Fwd: Press inquiry
FYI, a journalist contacted our charity about the lamps. We'll answer ourselves, just keeping you in the loop as our supplier.

-------- Original Message --------
Subject: Press inquiry
Date: Thu, 12 Jun 2025 10:02:11 +0100
From: Nick Shaw <nick.shaw@gazette.example>
To: info@lyonscharity.example

I'm a reporter at the Gazette. Can you comment on reports that solar lamps have overheated and caused a fire?

@@ en | - | job_title | Sandra Okoye <sandra.okoye@okoye-cheese.example> | Head of Legal signature, contract question
Subject: contract wording
Hello, is the wholesale agreement you sent legally binding from the date of signature or from the first delivery? Just checking before we countersign.
Sandra Okoye
Head of Legal, Okoye Fine Foods

@@ en | - | hypothetical | Colm Byrne <colm.byrne@byrnepest.example> | SLA question
Subject: SLA for outages?
Do you offer an SLA for outages on the technician app? Our group is asking before renewal.

@@ en | - | praise | Yasmin Ali <yasmin.ali@alifitness.example> | praise with strong words that are positive
Subject: absolutely brilliant
Absolutely brilliant service from Kofi on the chat today, sorted my tracker strap replacement in five minutes. Couldn't be happier.

@@ en | - | own_ceo | George Tull <george.tull@tullhotels.example> | own CEO + board in unrelated way
Subject: group booking for our board
Our CEO would like to book a private vineyard tour for our board of directors on 18 September, 12 people. Is lunch available?

@@ en | - | large_amount_ok | Lena Morris <lena.morris@morrisacademy.example> | big order no problem
Subject: new order – Year 7
Please find attached our purchase order for the Year 7 uniforms, £23,400 in total. Delivery to the school by 20 August would be perfect.

@@ en | - | mild_disappointment | Vince Carroll <vince.carroll@carroll.example> | "a bit of a shame"
Subject: tour guide
The tour was nice but a bit of a shame the guide rushed the last cellar. Maybe mention to them. Otherwise a lovely day.

@@ en | - | reported_speech | Anita Bose <anita.bose@boseschools.example> | parent said they'd go to papers
Subject: delivery of PE kits
One of the parents said at the gate she'd "go to the papers" about the PE kit delay, ha, she won't. Could you just let me know the new delivery date so I can put it in the newsletter?

@@ en | - | negation | Cheryl Dawes <cheryl.dawes@dawes.example> | not a breach
Subject: login notification
I got a "new login" email yesterday but it was me on my new phone, so no problem and nobody else has been in. Is there a way to stop those emails for trusted devices?

@@ en | - | quoted_gt | Martin Kerr <martin.kerr@kerrtyres.example> | quoted bounce-back of own old complaint, new text neutral
Subject: Re: booking bays
Yes Thursday at 2 works for the call, thanks.

> > The bay calendar crashed and I've lost all of Saturday's bookings.
> > I'm furious and want this escalated to a director.
> We're sorry to hear this. Would Thursday at 2pm suit you for a call?

@@ en | - | howto | Bridget Shaw <bridget.shaw@shawtheory.example> | how-to reset student password
Subject: resetting a learner's password
One of my learners forgot her password and the reset email goes to her old school address. How do I change the email on her account?

@@ en | - | settled | Hector Lamb <hlamb@lamb-pianos.example> | settled, thanks after earlier dispute
Subject: Re: Invoice 4471 / damaged stairwell
Dear Ms Wu,

Thank you for your letter and for agreeing to cover the plastering costs. I confirm receipt of the £1,180 and consider the matter settled.

Yours sincerely,
Hector Lamb

@@ de | - | quoted_schrieb | Frank Wiesner <frank@wiesner-ferienhaus.example> | Am … schrieb
Subject: AW: Alle Buchungen für August verschwunden
Vielen Dank, die Buchungen sind wieder da. Super schnell!

Am 12.07.2025 um 08:14 schrieb Frank Wiesner <frank@wiesner-ferienhaus.example>:
> Alle Buchungen für August sind weg. Wenn das nicht sofort behoben wird,
> kündige ich und schalte meinen Anwalt ein.

@@ de | - | quoted_outlook | Bettina Roth <bettina.roth@roth-schule.example> | Von/Gesendet block
Subject: AW: Rechnung 3390
Danke, die korrigierte Rechnung ist angekommen.

Mit freundlichen Grüßen
Bettina Roth

Von: Bettina Roth <bettina.roth@roth-schule.example>
Gesendet: Montag, 8. September 2025 10:22
An: support@example.test
Betreff: Rechnung 3390

Sie haben uns 8.900 € statt 890 € berechnet. Das ist eine Frechheit, ich verlange sofort Ihren Vorgesetzten.

@@ de | - | job_title | Klaus Ebert <klaus.ebert@ebert-reifen.example> | Geschäftsführer signature
Subject: Neue Filiale
Guten Tag, wir eröffnen im März eine dritte Filiale in Kassel. Wie legen wir die im Buchungssystem an?

Freundliche Grüße
Klaus Ebert
Geschäftsführer, Ebert Reifenservice GmbH

@@ de | - | negation | Ingrid Sommer <ingrid.sommer@sommer.example> | ich will nicht kündigen
Subject: Pause beim Käseabo
Ich will nicht kündigen, aber kann ich das Käseabo für Juli und August pausieren? Wir sind verreist.

@@ de | - | cancel_policy | Tobias Kern <tobias.kern@kern.example> | Kündigungsfrist Frage
Subject: Frage zur Kündigungsfrist
Welche Kündigungsfrist gilt eigentlich für das Dienstrad-Leasing, falls ein Mitarbeiter das Unternehmen verlässt?

@@ de | - | gdpr_document | Julia Brenner <julia.brenner@brenner-fahrschule.example> | AVV request
Subject: AV-Vertrag
Könnten Sie uns bitte den Auftragsverarbeitungsvertrag nach DSGVO zuschicken? Unser Datenschutzbeauftragter braucht ihn für die Akte.

@@ de | - | feature_exists | Sven Lorenz <sven.lorenz@lorenz-drohnen.example> | gibt es Funktion
Subject: Wasserzeichen
Gibt es eine Möglichkeit, auf den Vorschaubildern in der Kundengalerie automatisch ein Wasserzeichen anzuzeigen?

@@ de | - | own_holiday | Claudia Wolf <claudia.wolf@wolf-weingut.example> | eigener Urlaub
Subject: Urlaub
Ich bin vom 4. bis 18. August im Urlaub. Bitte schicken Sie die Abrechnung für Juli an meinen Kollegen Herrn Pohl.

@@ de | - | exactly_5000 | Ralf Jäger <ralf.jaeger@jaeger-gastro.example> | genau 5.000 mit Problem
Subject: Rechnung 7712 – Lieferadresse falsch
Auf der Rechnung 7712 über genau 5.000,00 € steht noch unsere alte Lieferadresse. Können Sie die bitte korrigieren und neu senden?

@@ de | - | praise | Heike Busch <heike.busch@busch.example> | Lob
Subject: Großes Lob
Ich wollte mich einmal bedanken: die Abholung unseres Katers wurde sehr einfühlsam organisiert. Vielen Dank an das ganze Team.

@@ de | - | maintenance | Uwe Schäfer <uwe.schaefer@schaefer-kiosk.example> | Wartung Frage
Subject: Wartungsarbeiten am Sonntag
Sind während der angekündigten Wartungsarbeiten am Sonntag auch die Kassen in den Kiosken betroffen oder nur das Webportal?

@@ de | - | reported_speech | Marion Haas <marion.haas@haas.example> | Nachbar sagte Anwalt
Subject: Klavier-Transport
Mein Nachbar meinte, bei so einem teuren Flügel sollte man vorher einen Anwalt den Vertrag prüfen lassen, was ich übertrieben finde. Ist der Flügel bei Ihnen eigentlich versichert während des Transports?

@@ de | - | second_email | Jan Pohl <jan.pohl@pohl.example> | zweite Mail
Subject: Nochmal ich
Zweite Mail von mir heute, sorry – ich habe vergessen, die Kundennummer anzugeben: 44817. Danke!

@@ fr | - | quoted_ecrit | Camille Rouvière <camille.rouviere@rouviere-vins.example> | Le … a écrit
Subject: Re: Plus rien ne marche
Merci, tout refonctionne. Bonne journée !

Le mar. 3 juin 2025 à 08:41, Camille Rouvière <camille.rouviere@rouviere-vins.example> a écrit :
> C'est inadmissible, plus rien ne marche. Je veux parler à un responsable
> et je vais résilier si ça continue.

@@ fr | - | quoted_outlook | Arnaud Petit <arnaud.petit@petit-gites.example> | De/Envoyé block
Subject: RE: facture juin
Bien reçu l'avoir, merci beaucoup.

Arnaud

De : Arnaud Petit <arnaud.petit@petit-gites.example>
Envoyé : lundi 7 juillet 2025 09:15
À : support@example.test
Objet : facture juin

Vous m'avez facturé deux fois la commission de juin. Sans remboursement je saisis mon avocat et la DGCCRF.

@@ fr | - | job_title | Valérie Roussel <valerie.roussel@roussel-uniformes.example> | Directeur commercial
Subject: catalogue 2026
Bonjour, pourriez-vous nous envoyer le catalogue 2026 des uniformes avec les tarifs revendeurs ?

Valérie Roussel
Directrice commerciale

@@ fr | - | refund_policy | Hugo Blanc <hugo.blanc@blanc.example> | politique de remboursement
Subject: question remboursement
Quelle est votre politique de remboursement si une boîte de fromages arrive abîmée ?

@@ fr | - | hypothetical | Manon Faure <manon.faure@faure.example> | hypothétique
Subject: question avant inscription
Si jamais je n'arrive pas à finir le code de la route dans les trois mois, est-ce que je pourrais prolonger l'accès ?

@@ fr | - | two_factor | Louis André <louis.andre@andre-drone.example> | 2FA
Subject: double authentification
Comment activer la double authentification sur mon compte ? Je voudrais sécuriser l'accès à mes galeries clients.

@@ fr | - | mild_disappointment | Élodie Masson <elodie.masson@masson.example> | un peu déçue
Subject: visite de la cave
Un peu déçue que la dégustation ait été raccourcie, mais la visite était sympa dans l'ensemble.

@@ fr | - | own_ceo | Nicolas Robin <nicolas.robin@robin-resto.example> | notre PDG
Subject: rapport d'intervention
Notre PDG souhaite recevoir chaque mois le rapport d'intervention de dératisation pour nos cinq restaurants. Peut-on l'ajouter en copie automatiquement ?

@@ fr | - | forwarded | Claire Gautier <claire.gautier@gautier-autoecole.example> | transfert plainte élève
Subject: Fwd: plainte d'un élève
Pour info, un élève nous a écrit ça. On lui a déjà répondu, rien à faire de votre côté.

---------- Message transféré ---------
De : Kevin Roy <kevin.roy@mail.example>
Date : 4 mai 2025 20:10
Objet : plainte
À : contact@gautier-autoecole.example

Votre plateforme de code ne marche jamais, c'est une honte, je veux être remboursé et je vais mettre un avis négatif partout.

@@ fr | - | large_amount_ok | Sandrine Picard <sandrine.picard@picard-escape.example> | gros montant sans souci
Subject: commande annuelle
Nous confirmons la commande annuelle de fournitures pour nos quatre salles, 26 000 € HT. Merci pour le devis détaillé.

@@ fr | - | settled | Bertrand Lefèvre <bertrand.lefevre@lefevre.example> | affaire réglée
Subject: Re: Mise en demeure – déménagement du piano
Madame,

J'accuse réception de l'indemnisation proposée, que j'accepte. Je considère le dossier clos.

Bertrand Lefèvre

@@ fr | - | quoted_html | Mathilde Chevalier <mathilde.chevalier@chevalier.example> | blockquote cite fr | html
Subject: Re: abonnement bracelet
<html><body>
<p>Merci pour le nouveau bracelet, il fonctionne parfaitement.</p>
<p>Le 2 mai 2025 à 19:20, Mathilde Chevalier a écrit :</p>
<blockquote type="cite">
<p>Le bracelet a surchauffé et m'a brûlé le poignet. C'est scandaleux, je porte plainte.</p>
</blockquote>
</body></html>

@@ fr | - | data_safety | Yves Bertin <yves.bertin@bertin.example> | données en sécurité
Subject: sécurité des données
Mes données bancaires sont-elles bien en sécurité chez vous ? Où sont-elles hébergées ?

@@ es | - | quoted_escribio | Alejandro Ruiz <alejandro.ruiz@ruiz-neumaticos.example> | El … escribió
Subject: Re: no funciona nada
Gracias, ya funciona todo otra vez.

El lun, 2 jun 2025 a las 8:20, Alejandro Ruiz (<alejandro.ruiz@ruiz-neumaticos.example>) escribió:
> No funciona nada. Es una vergüenza. Quiero hablar con un supervisor
> o me doy de baja hoy mismo.

@@ es | - | quoted_outlook | Rocío Marín <rocio.marin@marin.example> | De/Enviado block
Subject: RE: cargo de abril
Recibido el reembolso, gracias.

De: Rocío Marín <rocio.marin@marin.example>
Enviado: martes, 6 de mayo de 2025 11:02
Para: support@example.test
Asunto: cargo de abril

Me cobraron 59 € dos veces. Si no me devuelven el dinero pondré una demanda y lo publicaré en redes.

@@ es | - | job_title | Jorge Sanz <jorge.sanz@sanz-mudanzas.example> | Director de operaciones
Subject: alta de nuevos transportistas
Buenos días, ¿cómo damos de alta a dos transportistas nuevos en la plataforma?
Jorge Sanz
Director de Operaciones

@@ es | - | cancel_policy | Laura Rubio <laura.rubio@rubio.example> | cómo cancelar pedido
Subject: cancelar pedido 8841
¿Cómo cancelo el pedido 8841? Me equivoqué de talla del chándal, lo vuelvo a pedir bien.

@@ es | - | negation | Óscar Medina <oscar.medina@medina.example> | no pienso demandar
Subject: retraso del quiosco
No pienso reclamar ni nada parecido, solo quería saber cuándo estará listo mi móvil.

@@ es | - | feature_exists | Silvia Cortés <silvia.cortes@cortes.example> | existe función
Subject: ¿se puede regalar?
¿Se puede regalar una suscripción de quesos a otra persona desde mi cuenta?

@@ es | - | praise | Hugo Domínguez <hugo.dominguez@dominguez.example> | elogio
Subject: gracias
Quería felicitarles por la visita a la bodega, el guía fue estupendo y la cata excelente.

@@ es | - | howto | Eva Moreno <eva.moreno@moreno-autoescuela.example> | cómo hacer
Subject: añadir alumnos
¿Cómo puedo añadir alumnos nuevos en bloque a la plataforma de test?

@@ es | - | maintenance | Adrián Gallego <adrian.gallego@gallego-plagas.example> | mantenimiento programado
Subject: mantenimiento programado
¿A qué hora termina el mantenimiento programado del sábado? Tenemos visitas a restaurantes por la mañana.

@@ es | - | own_holiday | Clara Vázquez <clara.vazquez@vazquez-casas.example> | vacaciones propias
Subject: vacaciones
Estaré de vacaciones del 1 al 15 de agosto; durante ese tiempo las reservas de nuestras casas rurales las gestiona mi hermano.

@@ es | - | exactly_5000 | Mario Núñez <mario.nunez@nunez-hotel.example> | exactamente 5.000
Subject: factura 6612
La factura 6612 es de 5.000 € exactos y el concepto está mal escrito. ¿Pueden corregir el concepto, por favor?

@@ es | - | gdpr_document | Irene Lozano <irene.lozano@lozano-bicis.example> | documento RGPD
Subject: contrato de encargado de tratamiento
¿Nos pueden enviar el contrato de encargado del tratamiento según el RGPD? Lo pide nuestro asesor.

@@ es | - | forwarded | Teresa Pascual <teresa.pascual@pascual.example> | reenvío
Subject: Fwd: queja de un cliente
Os reenvío esto para que lo tengáis, ya está resuelto por nuestra parte.

---------- Mensaje reenviado ---------
De: Luis Ortiz <luis.ortiz@mail.example>
Fecha: 3 jun 2025 18:30
Asunto: queja
Para: info@pascual.example

Quiero hablar con el director. Han perdido mis datos y voy a ir a consumo.
''']
