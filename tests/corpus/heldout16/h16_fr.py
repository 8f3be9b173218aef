# Hand-written French customer mails.
TEXT = r'''
=== lt,hv | - | - | Philippe Garnier <p.garnier@garnier-evenements.example> | Commande CH-1180 - mise en demeure
Madame, Monsieur,
Le chapiteau prévu pour notre salon (commande CH-1180, 16 800 €) n'a jamais été monté. Sans remboursement sous huit jours, nous saisirons le tribunal.
Cordialement,
Philippe Garnier
=== sev,tech | - | - | Julie Moreau <julie.moreau@moreau-mail.example> | C'EST INADMISSIBLE
Votre application de parking plante à chaque paiement depuis lundi. C'est inadmissible, je n'ai jamais vu un service aussi lamentable.
=== mgr | - | - | Marc Lefèvre <marc.lefevre@lefevre-mail.example> | Demande de responsable
Bonjour, je souhaite parler à un responsable concernant mon dossier 7731. Merci de me rappeler.
=== canc | - | - | Sandrine Petit <sandrine.petit@petit-mail.example> | Résiliation
Vu les retards de livraison de bois tout l'hiver, je vais résilier mon contrat et passer chez un concurrent.
=== out,tech | - | - | Antoine Roux <antoine.roux@hopital-sud.example> | Appli inaccessible
L'application est totalement inaccessible depuis ce matin : erreur 503 sur tous les téléphones du service. Personne ne peut payer le parking.
=== feat | - | - | Camille Blanc <camille.blanc@blanc-mail.example> | Suggestion
Ce serait bien de pouvoir traduire directement les photos de menus dans l'appli. Merci !
=== sec | - | - | Nicolas Faure <nicolas.faure@faure-mail.example> | Compte piraté
Mon compte a été piraté : quelqu'un a changé mon adresse e-mail et réservé des créneaux de lavage pour chien à mon nom.
=== dl,tech | - | - | Hélène Mercier <helene.mercier@mercier-cadres.example> | Devis disparus
Tous nos devis enregistrés dans le portail ont disparu après la mise à jour. Impossible de les retrouver.
=== bill | - | - | Luc Bonnet <luc.bonnet@bonnet-mail.example> | Prélèvement en double
Vous m'avez prélevé deux fois 39 € pour l'abonnement aligneurs de juin. Merci de rembourser le doublon.
=== reg | - | - | Claire Dubois <claire.dubois@dubois-mail.example> | Plainte CNIL
Vous utilisez mes données à des fins publicitaires malgré mon opposition. J'ai déposé une plainte auprès de la CNIL.
=== media,sev | - | - | Thomas Girard <thomas.girard@girard-mail.example> | Scandaleux
Un service scandaleux. Je vais raconter toute l'histoire sur Twitter et dans les avis Google.
=== disc | - | - | Fatou Diallo <fatou.diallo@diallo-mail.example> | Propos racistes au bar
Le barman m'a refusé le service en disant que « les gens comme vous ne paient jamais ». C'est du racisme pur et simple.
=== safe | - | - | Bernard Lucas <bernard.lucas@lucas-mail.example> | Blessure sur la passerelle
La passerelle du ferry de 8h n'était pas fixée, ma mère est tombée et s'est ouvert le genou. Il faut réparer ça avant un accident plus grave.
=== corp | - | - | Élodie Chevalier <elodie.chevalier@chevalier-avocats.example> | Adresse du siège social
Pourriez-vous m'indiquer l'adresse postale de votre siège social ? J'ai un courrier recommandé à vous adresser.
=== exec,rep | - | - | Gérard Morel <gerard.morel@morel-mail.example> | Troisième relance
C'est ma troisième relance. J'ai mis votre PDG en copie de ce message.
=== prom | - | - | Sophie Laurent <sophie.laurent@laurent-mail.example> | Remboursement promis
On m'avait promis un remboursement sous 48 heures il y a trois semaines. Toujours rien.
=== hv,tech | - | - | Vincent Roche <v.roche@roche-concerts.example> | Contrat vestiaire 9 500 €
Notre contrat vestiaire (9 500 €) est bloqué : votre portail affiche une erreur à chaque tentative de validation du bon de commande.
=== tech | looks_automated | - | Accueil <accueil@cabinet-rives.example> | Merci pour votre e-mail
Merci pour votre e-mail. Par contre le lien de paiement que vous nous avez envoyé renvoie une page d'erreur « 404 ».

Envoyé de mon téléphone
=== canc,mgr | looks_automated | - | Agnès Perrin <agnes.perrin@perrin-mail.example> | Absente jusqu'au 12 mai - réclamation
Je suis absente jusqu'au 12 mai mais je tiens à signaler que la ruche n'a pas été visitée depuis mars. Je veux parler à un responsable à mon retour, sinon je résilie.
=== lt,reg | - | - | Jean-Paul Marchand <jp.marchand@marchand-mail.example> | Dernier avertissement
Je saisis la répression des fraudes (DGCCRF) et mon avocat engagera des poursuites si le tapissier ne me rend pas mon canapé.
=== feat,tech | - | - | Inès Fontaine <ines.fontaine@fontaine-mail.example> | Bug + idée
La synchronisation des réservations d'aviron ne fonctionne plus depuis hier (les créneaux restent vides). Et au passage : ce serait top de pouvoir réserver pour toute l'équipe d'un coup.
=== - | job_title | - | Laurent Blanchard <l.blanchard@blanchard-sa.example> | Devis
Bonjour, je suis directeur commercial chez Blanchard SA et j'aimerais un devis pour la location de ruches pour notre jardin d'entreprise.
=== - | quoted_threat | - | Luc Bonnet <luc.bonnet@bonnet-mail.example> | RE: Prélèvement en double
C'est réglé, merci beaucoup.

-----Message d'origine-----
De : Luc Bonnet
Objet : Prélèvement en double
Sinon je contacterai mon avocat et la presse.
=== - | negation | - | Odile Renard <odile.renard@renard-mail.example> | Pas de réclamation
Je ne compte pas résilier, rassurez-vous. Juste une question : le nettoyage de l'aquarium inclut-il les vitres extérieures ?
=== - | policy_question | - | Paul Henry <paul.henry@henry-mail.example> | Politique de remboursement
Quelle est votre politique de remboursement si la traversée est annulée ?
=== - | looks_automated | - | Secrétariat <secretariat@ecole-voile.example> | Nous avons bien reçu votre devis
Nous avons bien reçu votre devis pour le chapiteau, merci. Nous revenons vers vous la semaine prochaine.
=== - | looks_automated | - | Marie Joly <marie.joly@joly-mail.example> | En congés du 5 au 19 juillet
Bonjour, je serai en congés du 5 au 19 juillet. Pourriez-vous décaler le toilettage du chien au 22 ?
=== - | praise | - | Jacques Noël <jacques.noel@noel-mail.example> | Bravo
Le cadre est superbe, bravo à toute l'équipe.
=== - | forwarded_complaint | - | Rémi Caron <remi.caron@caron-mail.example> | TR: Plainte d'un client
Pour info, plainte reçue d'un de nos invités — nous lui avons déjà répondu, rien à faire de votre côté.

-------- Message transféré --------
De : Yves Martin
Objet : Plainte
Service honteux, je veux parler au directeur et je porte plainte.
=== - | feature_exists | - | Chloé Picard <chloe.picard@picard-mail.example> | Export PDF ?
Est-ce qu'on peut exporter l'historique des trajets en PDF ?
=== - | gdpr_document | - | Nathalie Robin <n.robin@robin-sarl.example> | RGPD
Pouvez-vous nous transmettre votre accord de traitement des données (DPA) ? Notre DPO demande si l'application est conforme au RGPD.
=== - | looks_automated | - | Yann Guérin <yann.guerin@guerin-mail.example> | Re: Livraison
ok merci

Envoyé de mon iPhone
=== - | mild_disappointment | - | Lucie André <lucie.andre@andre-mail.example> | Petit retard
Un peu déçue du retard de 20 minutes, mais le lavage était parfait.
=== sec,reg | - | - | Aurélie Vasseur <aurelie.vasseur@vasseur-mail.example> | Fuite de données
J'ai reçu un e-mail de « votre » service avec mon numéro de patient et une demande de paiement. Mes données ont manifestement fuité de votre application de stationnement. J'ai saisi la CNIL.
'''
