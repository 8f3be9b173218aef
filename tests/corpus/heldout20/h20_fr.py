# -*- coding: utf-8 -*-
"""heldout20: French customer mail, with and without triggers. Hand-written, one block per message."""

LANG = "fr"
M = []


def msg(frm, subject, triggers, trap, note, body, **opt):
    M.append(dict(lang=LANG, frm=frm, subject=subject, triggers=triggers,
                  trap=trap, note=note, body=body, **opt))


# ---------------------------------------------------------------- positives

msg("Camille Marchand <camille.marchand@marchand-mail.example>",
    "Reliure de ma thèse - 3e relance",
    "broken_promise,repeat_contact", "-", "third chaser, promised date",
    """\
Bonjour,

Je me permets de vous relancer pour la troisième fois au sujet de la reliure de ma thèse (commande R-2207, 4 exemplaires, toile bordeaux, titre doré au dos). Lors du dépôt le 2 juin, on m'avait assuré qu'elle serait prête le 16. Le 16, on m'a dit « jeudi ». Jeudi, personne n'a répondu au téléphone.

Ma soutenance a lieu le 3 juillet et le jury doit recevoir les exemplaires au plus tard le 26 juin.

Merci de me répondre rapidement.
Camille Marchand
""")

msg("Olivier Garnier <olivier.garnier@garnier-famille.example>",
    "Accident de mon fils samedi",
    "legal_threat,safety", "-", "paintball eye injury, cracked mask, avocat",
    """\
Madame, Monsieur,

Samedi 17 mai, lors de l'anniversaire de mon fils Hugo (14 ans) sur votre terrain, il a reçu une bille directement dans l'œil gauche. Le masque qui lui avait été fourni à l'accueil était fêlé sur le côté et la visière s'est ouverte à l'impact. Il a passé la nuit aux urgences ophtalmologiques ; les médecins parlent d'un hématome de la cornée et il devra être suivi pendant plusieurs semaines.

Nous avons pris des photos du masque, que nous avons gardé.

J'ai transmis le dossier à notre avocate, Maître Fabre, qui prendra contact avec vous dans les prochains jours. Je vous demande de me communiquer d'ici là les coordonnées de votre assureur.

Olivier Garnier
""")

msg("Hélène Rousseau <helene.rousseau@rousseau-mail.example>",
    "Prélèvement en double - commande chemises",
    "billing_dispute", "-", "double debit",
    """\
Bonjour,

Pour ma commande de deux chemises sur mesure (n° CM-5520, 238 €), j'ai été débitée deux fois : le 4 et le 6 mars, même montant. Je n'ai passé qu'une seule commande. Pouvez-vous me rembourser le second prélèvement ? Je joins le relevé.

Cordialement,
Hélène Rousseau
""", pack="mixed", attach=("releve_mars.pdf", "application/pdf"))

msg("Jean-Marc Lefèvre <jm.lefevre@lefevre-habitat.example>",
    "Porte de garage bloquée - contrat d'entretien",
    "cancellation_threat,repeat_contact,technical_issue", "-", "door motor dead; three calls before this mail; will terminate contract",
    """\
Bonjour,

Depuis lundi, le moteur de notre porte de garage ne répond plus du tout : ni la télécommande, ni le bouton mural. Le voyant reste rouge fixe. Nos deux voitures sont bloquées à l'intérieur.

J'ai appelé trois fois votre numéro d'astreinte, on me dit que le technicien passera « dans la semaine ». Nous payons un contrat d'entretien premium justement pour avoir une intervention sous 24 h. Si personne n'est venu d'ici demain soir, je résilie le contrat et je fais venir un concurrent.

Jean-Marc Lefèvre
""")

msg("Sophie Lambert <sophie.lambert@ouest-journal.example>",
    "Demande d'interview - cidrerie",
    "media_threat", "journalist_inquiry", "French journalist asks for comment",
    """\
Bonjour,

Journaliste au quotidien Ouest Journal, je prépare un article sur les producteurs de cidre de la région après plusieurs signalements de clients concernant des bouteilles qui auraient éclaté. Seriez-vous disponible pour un entretien téléphonique cette semaine, ou pourriez-vous me transmettre une déclaration écrite ?

Bien cordialement,
Sophie Lambert
Ouest Journal, rubrique Économie
""")

msg("Karim Benali <karim.benali@glaces-benali.example>",
    "Camion n°2 - je veux parler à un responsable",
    "manager_request,severe_dissatisfaction,technical_issue", "-", "franchisee furious, freezer unit down, wants responsable",
    """\
Bonjour,

C'est inadmissible. Le groupe froid du camion n°2 est en panne depuis dimanche. Votre technicien est venu mardi, il a « regardé » et il est reparti en disant qu'il fallait commander une pièce. Trois jours plus tard, toujours rien, et on est en pleine canicule. J'ai jeté pour 600 € de glaces.

Franchement c'est scandaleux, je paie une redevance tous les mois pour ce genre de service. Je veux parler à un responsable du réseau, pas à la hotline.

Karim Benali
Franchisé, secteur Montpellier
""")

msg("Léa Moreau <lea.moreau@vaguemail.example>",
    "Site inaccessible",
    "outage,technical_issue", "-", "500 errors",
    """\
Bonjour, votre site affiche « Erreur 500 - Internal Server Error » sur toutes les pages depuis ce matin, sur ordi et sur téléphone. Impossible de finaliser la commande de ma planche (le panier est enregistré). Vous pouvez prendre la commande par mail ?

Léa
""")

msg("Bruno Chevalier <bruno.chevalier@chevalier-mail.example>",
    "Quelqu'un a annulé ma réservation du phare ???",
    "security_incident", "-", "account takeover, booking cancelled",
    """\
Bonjour,

Je viens de recevoir un mail de confirmation d'annulation pour ma réservation au phare de Kerbel (15-22 août), que je n'ai jamais demandée. Quand je me connecte à mon compte, l'adresse mail a été changée et l'IBAN de remboursement aussi ! Quelqu'un est entré dans mon compte.

Merci de bloquer immédiatement tout remboursement et de rétablir ma réservation.

Bruno Chevalier
""")

msg("Thierry Dumont <thierry.dumont@rc-club-loire.example>",
    "Commande club 6 200 € - pièces manquantes",
    "broken_promise,high_value_order", "-", "EUR 6,200 club order incomplete",
    """\
Bonjour,

Notre club a passé commande le 12 avril de 10 kits piste 1/10 avec moteurs et variateurs (facture F-9913, 6 200 € TTC, réglée). Nous avons reçu les kits mais aucun moteur ni variateur. Votre vendeur, M. Perrin, nous avait promis l'envoi du complément « sous huit jours » le 20 avril. Nous sommes le 28 mai.

Notre première course est le 14 juin. Merci de nous donner une date ferme.

Thierry Dumont
Président, RC Club Loire
""")

msg("Aminata Diallo <aminata.diallo@diallo-mail.example>",
    "Comportement de votre vendeur",
    "discrimination_harassment", "-", "racial profiling by shop assistant",
    """\
Bonjour,

Samedi dernier, dans votre boutique de Lyon, le vendeur m'a suivie dans tout le magasin pendant que je regardais les manteaux en peau lainée, puis m'a demandé d'ouvrir mon sac à la sortie alors que la dame blanche devant moi est sortie sans problème. Quand j'ai demandé pourquoi, il m'a répondu : « Vous savez bien pourquoi. »

Je suis cliente chez vous depuis des années. Je trouve ce comportement raciste et humiliant, et je souhaite une réponse de votre part.

Aminata Diallo
""")

msg("Pascal Girard <pascal.girard@girard-jardin.example>",
    "Utilisation de mes données - CNIL",
    "regulatory", "-", "data passed to partners, CNIL complaint",
    """\
Madame, Monsieur,

Depuis l'installation de ma cuve de récupération d'eau de pluie, je suis démarché chaque semaine par téléphone par des installateurs de panneaux solaires et de pompes à chaleur qui connaissent mon nom, mon adresse et le fait que je viens de faire des travaux chez vous. L'un d'eux m'a dit avoir obtenu mes coordonnées « via votre partenaire ».

Je n'ai jamais consenti à une telle transmission. J'ai déposé une plainte auprès de la CNIL ce jour.

Pascal Girard
""")

msg("Émilie Fontaine <emilie.fontaine@fontaine-mail.example>",
    "Photos de naissance disparues",
    "data_loss,technical_issue", "-", "gallery shows empty after update",
    """\
Bonjour,

Je n'arrive plus à voir les photos de la séance naissance de Jules (octobre dernier) dans mon espace client. La galerie s'ouvre mais affiche « 0 photo ». Les fichiers haute définition que j'avais achetés (formule à 190 €) ne sont plus téléchargeables non plus. Je ne les avais pas encore enregistrés sur mon ordinateur...

Pouvez-vous les récupérer de votre côté ?

Merci,
Émilie
""")

msg("Marc Dubois <marc.dubois@dubois-conseil.example>",
    "Adresse du siège et contact du PDG",
    "corporate_contact_request,executive_contact,technical_issue", "-", "asks head office address + CEO email to write; wedding car broke down",
    """\
Bonjour,

Suite à la panne de la Citroën Traction le jour du mariage de ma fille et à l'absence totale de réponse de votre agence, je souhaite écrire directement à votre PDG. Pouvez-vous me communiquer l'adresse postale de votre siège social ainsi que son adresse électronique ?

Marc Dubois
""")

msg("Nathalie Perrin <nathalie.perrin@perrin-mail.example>",
    "Suggestion pour vos recharges",
    "feature_request", "-", "asks to add a capability",
    """\
Bonjour l'équipe,

Une petite suggestion : est-ce que vous pourriez ajouter dans l'appli une alerte quand mon flacon habituel arrive à la date où je le recharge d'habitude ? J'oublie toujours de passer et je finis par racheter du shampoing en supermarché. Ça m'aiderait vraiment !

Merci et bravo pour la boutique,
Nathalie
""")

msg("Gilles Masson <gilles.masson@masson-tir.example>",
    "Non-renouvellement - copie au directeur général",
    "cancellation_threat,executive_contact,repeat_contact", "-", "copies the directeur général, will not renew; several unanswered messages",
    """\
Bonjour,

Je mets en copie votre directeur général, M. Arnaud, car mes messages au secrétariat du stand restent sans suite depuis février.

Les pas de tir à 50 m sont fermés un week-end sur deux sans prévenir, alors que la cotisation a augmenté de 30 %. Dans ces conditions, je ne renouvellerai pas mon adhésion en septembre, et plusieurs membres de mon groupe non plus.

Gilles Masson
""", cc="Direction <direction@example.test>")

msg("Valérie Noël <valerie.noel@noel-mail.example>",
    "Réponse automatique : absente jusqu'au 25",
    "outage,technical_issue", "looks_automated", "OOO-style opening, then reports site down",
    """\
Bonjour,

Je suis absente du bureau jusqu'au 25 août inclus, avec un accès limité à mes mails.

Mais avant de partir : votre plateforme de réservation est complètement inaccessible depuis hier soir (page blanche puis « 503 »), et je n'ai pas pu confirmer les créneaux de nos clients pour la séance photo de rentrée. Pouvez-vous me dire quand ce sera rétabli ?

Valérie Noël
Responsable administrative, Crèche Les Lutins
""")

msg("Comptabilité Domaine des Pins <compta@domainedespins.example>",
    "Accusé de réception - facture n° 2025-0611",
    "billing_dispute,high_value_order", "looks_automated", "acknowledgement-style opening, disputes EUR 7,450",
    """\
Madame, Monsieur,

Nous accusons réception de votre facture n° 2025-0611 du 3 juin 2025 d'un montant de 7 450,00 € TTC (installation de deux cuves enterrées de 10 000 L).

Après vérification, cette facture ne correspond pas au devis signé (D-0412 : 5 980,00 € TTC). Les « terrassements supplémentaires » facturés 1 470,00 € n'ont jamais été évoqués ni acceptés. Nous vous remercions de bien vouloir émettre une facture rectificative ; le règlement est suspendu dans l'attente.

Cordialement,
Service comptabilité
""")

msg("Geneviève Tremblay <genevieve.tremblay@tremblay-courriel.example>",
    "Plainte - frais d'annulation",
    "billing_dispute,regulatory", "quebec_french", "Quebec French, Office de la protection du consommateur",
    """\
Bonjour,

Vous m'avez facturé 350 $ de « frais d'annulation » pour la location de la voiture ancienne de mon mariage, alors que j'ai annulé 4 mois d'avance, comme le permet votre contrat (article 6). C'est écrit noir sur blanc.

Si le montant n'est pas recrédité sur ma carte d'ici deux semaines, je dépose une plainte à l'Office de la protection du consommateur.

Geneviève Tremblay
Québec
""")

msg("Robert Lemaire <robert.lemaire@lemaire-mail.example>",
    "Signalement DGCCRF",
    "billing_dispute,regulatory", "-", "DGCCRF report about price at till",
    """\
Bonjour,

Le prix affiché pour le déodorant en vrac est de 2,90 € les 100 g et on m'a encaissé 4,90 € les 100 g, soit 14,70 € au lieu de 8,70 € pour mon flacon. La caissière m'a dit que « c'est le prix de la caisse qui compte ».

Je vous demande de me rembourser les 6 € de différence. J'ai également fait un signalement sur SignalConso / DGCCRF pour pratique commerciale trompeuse.

Robert Lemaire
""")

msg("Julie Bertrand <julie.bertrand@bertrand-mail.example>",
    "Honteux",
    "media_threat,severe_dissatisfaction", "-", "reviews + social networks, strong anger",
    """\
Je suis écœurée. La séance « cake smash » de ma fille s'est terminée au bout de 15 minutes parce que la photographe « avait un autre rendez-vous », les photos sont floues et vous refusez de refaire la séance. C'est honteux, tout simplement honteux.

Je vais laisser un avis détaillé sur Google et raconter tout ça sur les groupes de mamans de la ville sur Facebook, avec les photos.

Julie Bertrand
""")

msg("Sandrine Faure <sandrine.faure@faure-famille.example>",
    "Réaction allergique - glace à la pistache",
    "safety", "-", "undeclared allergen, child in hospital",
    """\
Bonjour,

Dimanche, mon fils (7 ans, allergique aux arachides) a mangé une glace à la pistache achetée à votre camion sur la plage de Royan. Le vendeur nous avait assuré qu'il n'y avait pas d'arachide. Vingt minutes plus tard il a fait une réaction grave, nous avons dû utiliser son stylo d'adrénaline et il a passé la nuit à l'hôpital.

Il faut vérifier vos étiquettes et vos bacs, d'autres enfants risquent la même chose.

Sandrine Faure
""")

msg("Denis Carpentier <denis.carpentier@carpentier-rc.example>",
    "Idée : suivi des réparations",
    "feature_request", "-", "asks for online repair tracking",
    """\
Salut l'équipe,

Vous faites du super boulot à l'atelier, mais ce serait top d'avoir un suivi en ligne des réparations, genre « reçu / en diagnostic / en attente de pièces / expédié ». Là on doit appeler à chaque fois et on tombe sur le répondeur.

Denis
""")

msg("Isabelle Roux <isabelle.roux@roux-tir.example>",
    "Bug réservation de pas de tir",
    "technical_issue", "-", "booking bug in member app",
    """\
Bonjour,

Dans l'appli du club, quand je réserve un pas de tir pour le samedi, la réservation apparaît le vendredi dans « Mes réservations ». J'ai essayé trois fois, même résultat, et du coup samedi le pas était attribué à quelqu'un d'autre. Ça ne le fait que pour le samedi.

Isabelle
""")

msg("Patrick Renaud <patrick.renaud@renaud-mail.example>",
    "3e appel - je veux votre supérieur",
    "manager_request,repeat_contact", "-", "third contact, asks for supervisor",
    """\
Bonjour,

C'est la troisième fois que je vous contacte (deux appels et un mail) pour la fuite de ma cuve de récupération d'eau installée en mars, et à chaque fois on me promet un rappel. Je souhaite maintenant que le dossier soit transmis à votre supérieur, ou à quelqu'un qui peut décider d'une intervention.

Patrick Renaud
""")

msg("Chloé Mercier <chloe.mercier@mercier-mail.example>",
    "Messages déplacés d'un moniteur",
    "discrimination_harassment", "-", "staff harassing customer by text",
    """\
Bonjour,

Depuis ma sortie avec des amies sur votre terrain de paintball le 10 mai, l'un de vos moniteurs (Kevin) m'envoie des messages sur Instagram et par SMS, alors que je lui ai demandé d'arrêter. Je lui avais donné mon numéro pour organiser la partie du groupe. Hier il m'a écrit qu'il « savait où j'habitais ». J'ai peur.

Je vous demande d'agir.

Chloé Mercier
""")

# ---------------------------------------------------------------- negatives

msg("François Michel <francois.michel@michel-distribution.example>",
    "Chemises pour l'équipe commerciale",
    "-", "job_title", "Directeur commercial ordering shirts",
    """\
Bonjour,

Je souhaiterais commander huit chemises sur mesure pour notre équipe commerciale, avec nos initiales brodées sur le poignet. Est-il possible de prendre les mesures dans nos bureaux à Nantes un mardi ?

Cordialement,
François Michel
Directeur commercial
""")

msg("Olivier Garnier <olivier.garnier@garnier-famille.example>",
    "RE: Accident de mon fils samedi",
    "-", "quoted_threat", "thanks; own earlier avocat threat only quoted (Le ... a écrit)",
    """\
Bonjour Madame Leroy,

Merci pour votre appel et pour la prise en charge par votre assurance. Hugo va beaucoup mieux, le dernier contrôle est bon. Nous considérons l'affaire close.

Olivier Garnier

Le 19 mai 2025 à 08:12, Olivier Garnier <olivier.garnier@garnier-famille.example> a écrit :
> J'ai transmis le dossier à notre avocate, Maître Fabre, qui prendra
> contact avec vous dans les prochains jours.
""")

msg("Agnès Leroy <agnes.leroy@leroy-mail.example>",
    "photo du colis",
    "-", "quoted_threat_outlook", "French Outlook header block with an old threat",
    """\
Bonjour,

Voici la photo du colis demandée. Finalement les bottes sont arrivées en bon état, merci !

Agnès

-----Message d'origine-----
De : Agnès Leroy <agnes.leroy@leroy-mail.example>
Envoyé : lundi 10 mars 2025 19:02
À : support@example.test
Objet : commande bottes

Si je n'ai pas mes bottes vendredi, j'annule tout et je vous fais une mauvaise pub partout.
""", pack="mixed", attach=("colis.png", "image/png"))

msg("Martine Blanc <martine.blanc@blanc-mail.example>",
    "TR: réclamation de ma voisine",
    "-", "forwarded_complaint", "forwards a neighbour's complaint; own words a question",
    """\
Bonjour, ma voisine m'a demandé de vous transmettre son message ci-dessous, elle n'a pas internet. De mon côté, je voulais juste savoir si vous livrez le cidre brut en fût de 20 L pour une fête de quartier ?

Martine

-------- Message transféré --------
Objet : cidre
De : Mme Pichon

Les bouteilles que j'ai achetées au marché sont toutes éventées, c'est une honte, je veux être remboursée et je vais prévenir l'association de consommateurs.
""")

msg("Laurent Gauthier <laurent.gauthier@gauthier-mail.example>",
    "Je ne vais pas résilier, mais...",
    "-", "negation", "'je ne vais pas résilier', asks to change plan",
    """\
Bonjour,

Rassurez-vous, je ne vais pas résilier mon adhésion, le stand est super. Je voudrais juste passer de la formule « illimitée » à la formule « 10 séances » à partir de septembre, car je déménage un peu plus loin. C'est possible ?

Laurent
""")

msg("Caroline Petit <caroline.petit@petit-mail.example>",
    "Politique de remboursement",
    "-", "policy_question", "refund policy question",
    """\
Bonjour, quelle est votre politique de remboursement si la météo empêche notre séjour au phare (tempête, accès fermé) ? Je préfère savoir avant de réserver pour novembre. Merci !
""")

msg("Éric Lambert <eric.lambert@lambert-sarl.example>",
    "Conformité RGPD",
    "-", "gdpr_question", "asks whether GDPR compliant",
    """\
Bonjour,

Dans le cadre de nos achats, pouvez-vous nous confirmer que vous êtes conformes au RGPD pour les données de nos salariés (mesures, noms) et nous transmettre votre politique de confidentialité ?

Cordialement,
Éric Lambert
Service achats
""")

msg("Monique Arnaud <monique.arnaud@arnaud-mail.example>",
    "Bravo à M. Leclerc",
    "-", "manager_praise", "praises a manager",
    """\
Bonjour,

Je tenais à remercier M. Leclerc, le responsable de votre atelier de Vannes, qui a réparé la reliure du missel de ma grand-mère avec un soin incroyable, et qui a pris le temps de m'expliquer chaque étape. Un vrai artisan. Merci !

Monique Arnaud
""")

msg("Secrétariat Cabinet Roche <secretariat@cabinet-roche.example>",
    "Accusé de réception",
    "-", "looks_automated", "human acknowledgement of a quote, no problem",
    """\
Madame, Monsieur,

Nous accusons bonne réception de votre devis n° D-1182 pour la reliure de 12 registres. Maître Roche le signera à son retour lundi et nous vous le renverrons.

Bien cordialement,
Le secrétariat
""")

msg("Antoine Fournier <antoine.fournier@fournier-mail.example>",
    "Annulation rendez-vous jeudi",
    "-", "cancel_appointment", "cancels one appointment",
    """\
Bonjour, je dois annuler mon rendez-vous de prise de mesures jeudi à 18 h, j'ai un empêchement. Serait-il possible de le décaler à la semaine prochaine, même heure ? Merci beaucoup.

Antoine Fournier
""")

msg("Claire Duval <claire.duval@magazine-voile.example>",
    "Planche pour moi",
    "-", "journalist_private", "journalist ordering privately",
    """\
Bonjour,

Je voudrais une planche pour moi (rien à voir avec le magazine !) : un longboard de 9'2 pour débutante confirmée, 62 kg. Quel est le délai actuellement ?

Merci,
Claire Duval
Rédactrice en chef adjointe, Magazine Voile & Glisse
""")

msg("Henri Bonnet <henri.bonnet@bonnet-immobilier.example>",
    "Portes de garage - programme Les Tilleuls",
    "-", "large_amount_no_problem", "EUR 18,000 order going well",
    """\
Bonjour,

Je vous confirme la commande des 12 portes sectionnelles pour le programme Les Tilleuls, pour un montant de 18 000 € HT, conformément à votre devis. L'acompte de 30 % a été viré ce matin. Le chantier avance bien, vos équipes peuvent intervenir à partir du 8 septembre.

Cordialement,
Henri Bonnet
""")

msg("Sylvie Martin <sylvie.martin@martin-mail.example>",
    "Un peu déçue",
    "-", "mild_disappointment", "un peu déçue, keeps item",
    """\
Bonjour,

J'ai bien reçu les chaussons en peau lainée. Je suis un peu déçue, la couleur est un peu plus foncée que sur la photo, mais ils sont très confortables et je les garde. C'était juste pour vous le signaler.

Belle journée,
Sylvie
""")

msg("Julien Robert <julien.robert@robert-mail.example>",
    "Export des photos ?",
    "-", "feature_exists", "asks whether export exists + hypothetical cancel",
    """\
Bonjour,

Est-ce qu'on peut télécharger toute la galerie d'un coup en PDF ou en zip ? Et si jamais on devait annuler la séance des 6 mois, l'acompte serait-il remboursé ?

Merci,
Julien
""")

msg("Yvonne Lacroix <yvonne.lacroix@lacroix-mail.example>",
    "Coordonnées du service juridique",
    "corporate_contact_request", "-", "asks for legal department contact",
    """\
Bonjour,

Pourriez-vous me communiquer l'adresse e-mail et le numéro de téléphone de votre service juridique ? Mon assureur me les demande pour le dossier concernant la cuve qui a endommagé la façade de ma maison.

Merci,
Yvonne Lacroix
""")

msg("Bernard Joly <bernard.joly@joly-mail.example>",
    "Mes mensurations ont disparu",
    "data_loss,technical_issue", "-", "measurement profile vanished",
    """\
Bonjour,

En voulant recommander trois chemises, je constate que mon profil de mensurations a disparu de mon compte : il ne reste que mon nom et mon adresse. Il y avait pourtant les mesures prises en boutique l'an dernier et les retouches de manches. Le site m'invite à « créer un nouveau profil ».

Pouvez-vous le restaurer ? Je n'ai pas le temps de revenir à Bordeaux pour une nouvelle prise de mesures.

Bernard Joly
""")

msg("Gérard Poulain <gerard.poulain@poulain-mail.example>",
    "Nouvelle carte bancaire",
    "-", "unrelated_security_event", "card stolen elsewhere; just updates payment card",
    """\
Bonjour,

Ma carte bancaire a été volée dans le métro la semaine dernière (rien à voir avec vous !) et ma banque m'en a envoyé une nouvelle. Comment puis-je mettre à jour la carte enregistrée pour ma cotisation mensuelle au stand de tir ?

Merci,
Gérard Poulain
""")
