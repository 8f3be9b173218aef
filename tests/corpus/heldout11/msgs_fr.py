# French customer mail: positives and hard negatives. Hand-written literals.
from spec import M

MESSAGES = [

# ---------------------------------------------------------------- positives

M("fr", "billing_dispute,legal_threat", "-", "-",
  "Hélène Marchetti <helene.marchetti@courrier-bleu.example>",
  "Croisière Méditerranée - facturation abusive",
  """\
Madame, Monsieur,

Sur le relevé final de notre cabine 7214 (croisière du 3 au 10 mai), vous
nous avez facturé 420 € de « frais de service » qui n'apparaissaient nulle
part lors de la réservation ni dans les conditions de vente que j'ai
conservées.

J'ai transmis le dossier à mon avocate, qui vous adressera prochainement une
mise en demeure. Je vous invite à rembourser ces 420 € d'ici là.

Hélène Marchetti
"""),

M("fr", "billing_dispute,regulatory", "-", "-",
  "Yannick Le Goff <yannick.legoff@ouestmail.test>",
  "Frais cachés sur ma commande de billets",
  """\
Bonjour,

Pour deux places au stade (commande BL-55120), le prix affiché était de
78 € par billet. Au moment du paiement on m'a prélevé 193,60 €, dont
37,60 € de « frais de plateforme » qui ne figuraient nulle part avant la
dernière étape. Je conteste ce montant.

J'ai fait un signalement sur SignalConso et je ne manquerai pas de saisir la
DGCCRF si ces frais ne me sont pas remboursés.

Yannick Le Goff
"""),

M("fr", "corporate_contact_request,executive_contact,severe_dissatisfaction", "-",
  "will write to 'la direction' (senior management) after asking for the head-office address",
  "Régine Fabre <regine.fabre@maisonfabre.example>",
  "Adresse de votre siège",
  """\
Bonjour,

Trois livraisons de parquet ratées, un livreur qui repart avec la
marchandise parce que « l'ascenseur est trop petit », et personne pour me
rappeler. C'est tout simplement scandaleux.

Pouvez-vous me communiquer l'adresse postale de votre siège social ? Je
vais écrire directement à la direction par courrier recommandé.

Régine Fabre
"""),

M("fr", "executive_contact,technical_issue", "-", "-",
  "Mehdi Bensaïd <mehdi.bensaid@portail-mail.example>",
  "Billets toujours pas disponibles dans l'appli",
  """\
Bonjour,

J'ai acheté deux billets pour la finale de la coupe (commande TX-40218) il y
a douze jours. Dans l'appli, le transfert est toujours « en attente » et le
bouton « Afficher les billets » renvoie une erreur « Billet introuvable ».
Le match est dimanche.

Sans réponse de votre service, j'ai écrit directement à votre PDG sur
LinkedIn ce matin.

Mehdi Bensaïd
"""),

M("fr", "billing_dispute,security_incident", "-", "unauthorised purchase with amount",
  "Capucine Dorval <capucine.dorval@lunaire.test>",
  "Mon compte a été piraté",
  """\
Bonjour,

Quelqu'un a pris le contrôle de mon compte hier soir : mon adresse e-mail a
été remplacée par une autre, mon mot de passe ne fonctionne plus, et je
vois sur mon relevé un achat de 24,99 € pour un « thème natal premium » que
je n'ai jamais fait. J'ai reçu une alerte de connexion depuis un appareil inconnu juste
avant.

Pouvez-vous bloquer le compte, me le rendre et annuler ce débit ?

Capucine Dorval
"""),

M("fr", "data_loss,technical_issue", "-", "-",
  "Loïc Kerhervé <loic.kerherve@ventdouest.example>",
  "Crédits de cours disparus",
  """\
Bonjour,

J'avais acheté un forfait de 10 séances de kitesurf et il m'en restait 6.
Depuis la mise à jour de votre appli de réservation, mon solde affiche 0
et l'historique de mes séances est vide, comme si je venais de créer mon
compte. Je n'ai évidemment rien annulé.

Pouvez-vous restaurer mon solde ? J'ai le reçu du forfait si besoin.

Loïc Kerhervé
"""),

M("fr", "outage,technical_issue", "-", "-",
  "Théo Grandjean <theo.grandjean@arene-sud.test>",
  "Plateforme inaccessible - erreur 500",
  """\
Salut,

Impossible d'accéder à la plateforme depuis 20h : erreur 500 sur toutes les
pages, pour tous les joueurs de notre ligue (on est une soixantaine à avoir
testé, PC, mobile, différents opérateurs). Notre phase de groupes devait
commencer à 20h30.

Vous avez une idée de quand ça revient ?

Théo
Admin Ligue Arène Sud
"""),

M("fr", "media_threat", "-", "physical product: not technical_issue",
  "Baptiste Roux <baptiste.roux@peche-passion.example>",
  "Canne cassée au premier combat",
  """\
Bonjour,

Ma canne carpe 12 pieds achetée chez vous le mois dernier a cassé net au
niveau du deuxième brin au tout premier poisson. Votre service client me
répond que c'est « une mauvaise utilisation ».

Je tiens une chaîne YouTube de pêche avec 45 000 abonnés. Si je n'ai pas de
solution d'ici la fin de la semaine, la prochaine vidéo sera consacrée à
votre canne et à votre SAV.

Baptiste Roux
"""),

M("fr", "discrimination_harassment", "-", "-",
  "Aminata Diallo <aminata.diallo@rivegauche.example>",
  "Accueil dans votre bijouterie rue de la République",
  """\
Madame, Monsieur,

Samedi, mon mari et moi sommes entrés dans votre bijouterie de la rue de la
République pour choisir nos alliances. Le vendeur nous a suivis d'une
vitrine à l'autre, a demandé si nous avions « vraiment les moyens », puis a
servi avant nous un couple blanc arrivé après. Il ne nous a jamais montré
un seul modèle.

Nous avons très bien compris pourquoi. Je voulais que vous le sachiez.

Aminata Diallo
"""),

M("fr", "high_value_order,repeat_contact", "-", "-",
  "Gilles Abadie <gilles.abadie@abadie-renov.example>",
  "Commande CA-7731 - troisième message",
  """\
Bonjour,

C'est la troisième fois que je vous écris au sujet de la commande CA-7731
(grès cérame 120x120, 148 m², 6 840 € TTC, réglée intégralement). La
livraison prévue le 4 juin n'a jamais eu lieu, le transporteur dit ne pas
avoir reçu la marchandise, et votre service ne répond pas.

Mon carreleur commence lundi. J'attends une date de livraison ferme.
Ci-joint la facture.

Gilles Abadie
""", attach="facture_CA-7731.pdf"),

M("fr", "feature_request", "praise", "-",
  "Solène Perrin <solene.perrin@calme-mail.test>",
  "Suggestion : séances hors connexion",
  """\
Bonjour,

J'adore votre appli, je l'utilise tous les soirs. Ce serait top de pouvoir
télécharger les séances pour les écouter hors connexion, dans le train ou
en avion. Et pourquoi pas un minuteur de sommeil qui coupe la musique à la
fin ?

Merci pour votre travail,
Solène
"""),

M("fr", "cancellation_threat,repeat_contact", "-",
  "raised twice before + this mail = third contact",
  "Martine Vasseur <martine.vasseur@haras-mail.example>",
  "Pension de Pépite",
  """\
Bonjour Claire,

Je suis désolée, mais depuis le changement de palefrenier Pépite sort
rarement au paddock et son foin est souvent fini avant midi. J'en ai parlé
deux fois sans amélioration.

J'ai trouvé une place dans une autre écurie et je mettrai fin à la pension
à la fin du mois. Je vous envoie le préavis par écrit cette semaine.

Martine Vasseur
"""),

M("fr", "severe_dissatisfaction", "caps", "-",
  "Patrick Morel <patrick.morel@morel-net.test>",
  "MATELAS LIVRÉ SALE ET DÉCHIRÉ",
  """\
LE MATELAS LIVRÉ HIER EST DÉCHIRÉ SUR LE CÔTÉ ET COUVERT DE TRACES DE
BOUE. LES LIVREURS SONT PARTIS EN COURANT. C'EST HONTEUX, JE SUIS HORS DE
MOI. JE VEUX UN NOUVEAU MATELAS CETTE SEMAINE.

P. Morel
"""),

M("fr", "broken_promise,manager_request", "-", "-",
  "Isabelle Lacombe <isabelle.lacombe@lacombe-immo.example>",
  "Réparation de la montre de mon père",
  """\
Bonjour,

Lors du dépôt de la montre de mon père le 12 février, votre horloger m'a
assuré qu'elle serait prête « sous six semaines au plus tard ». Nous sommes
fin avril, et à chaque appel on me répond qu'on attend une pièce.

Je souhaite que mon dossier soit transmis à votre hiérarchie, à quelqu'un
qui pourra enfin me donner une date.

Isabelle Lacombe
"""),

M("fr", "billing_dispute,cancellation_threat", "-", "-",
  "Inès Benali <ines.benali@etoile-post.example>",
  "Prélèvement de 59,99 €",
  """\
Bonjour,

J'ai souscrit l'offre mensuelle à 6,99 € et vous m'avez prélevé 59,99 € le
5 août pour un abonnement annuel que je n'ai jamais choisi.

Merci de me rembourser la différence. Et je me désabonne de votre appli
après ça, je ne veux plus prendre le risque.

Inès Benali
"""),

M("fr", "safety,technical_issue", "-",
  "electric brewing kettle fire: device fault counts as technical_issue",
  "Arnaud Charpentier <arnaud.charpentier@houblon-maison.test>",
  "Cuve de brassage électrique - début d'incendie",
  """\
Bonjour,

Dimanche, pendant l'empâtage, la cuve de brassage électrique 35 L achetée
chez vous en mars s'est mise à fumer au niveau du boîtier de commande, puis
des flammes sont sorties sous la cuve. J'ai coupé le disjoncteur et éteint
avec une couverture anti-feu. Le boîtier est noirci et le plan de travail a
brûlé.

J'ai des enfants à la maison. Merci de me dire comment procéder et si
d'autres clients ont signalé ce problème.

Arnaud Charpentier
""", attach="cuve_boitier.jpg"),

M("fr", "corporate_contact_request,executive_contact", "-",
  "asks for the CEO's email in order to write to him",
  "Bernadette Lemoine <bernadette.lemoine@lemoine-fr.example>",
  "Coordonnées de votre directeur général",
  """\
Madame, Monsieur,

Pourriez-vous me communiquer l'adresse électronique de votre directeur
général ? Je souhaite lui écrire personnellement au sujet de l'accueil
réservé à ma mère lors de notre croisière de juin.

Bien à vous,
Bernadette Lemoine
"""),

M("fr", "regulatory,security_incident", "-",
  "participant list e-mailed in visible copy (human error): no technical_issue",
  "Hugo Ferrand <hugo.ferrand@respawn-mail.example>",
  "Vous avez envoyé nos données à tout le monde",
  """\
Bonjour,

Le mail de convocation au tournoi de samedi a été envoyé à tous les
participants avec la liste complète en pièce jointe : noms, dates de
naissance, adresses et numéros de téléphone des 120 joueurs, dont
plusieurs mineurs.

C'est une violation grave de nos données personnelles. J'ai déposé une
plainte auprès de la CNIL ce matin.

Hugo Ferrand
"""),

M("fr", "high_value_order,legal_threat", "job_title",
  "architect announces the client's court action on her behalf",
  "Dominique Vernier <dominique.vernier@vernier-archi.example>",
  "Marché MV-2209 - malfaçons",
  """\
Madame, Monsieur,

Le marché MV-2209 portant sur le remplacement des menuiseries de la maison
de ma cliente, d'un montant de 9 200 € TTC, présente d'importantes
malfaçons : joints non étanches, deux baies qui ne ferment pas, appuis mal
scellés. Votre technicien est venu le 14 mars et n'a rien corrigé.

À défaut d'intervention sous quinze jours, ma cliente a décidé de vous
assigner devant le tribunal judiciaire.

Dominique Vernier
Architecte DPLG
"""),

M("fr", "cancellation_threat,outage,technical_issue", "-", "-",
  "Kévin Da Costa <kevin.dacosta@virage-nord.test>",
  "Site en panne pendant la mise en vente",
  """\
Bonjour,

La mise en vente des places pour le derby était annoncée à 10h. Votre site
affiche « 503 Service indisponible » depuis 9h55, pour moi et pour tout mon
groupe de supporters. Pendant ce temps, les places partent ailleurs.

Deuxième fois cette saison. La prochaine fois, je passerai par un
concurrent, et je ferme mon compte chez vous.

Kévin Da Costa
"""),

M("fr", "data_loss,severe_dissatisfaction,technical_issue", "-", "-",
  "Jérôme Castaing <jerome@castaing-tshirts.example>",
  "Toutes mes commandes ont disparu",
  """\
Bonjour,

Depuis ce matin, mon tableau de bord est vide : les 37 commandes en cours
de production ont disparu, ainsi que l'historique depuis janvier. Mes
clients me demandent où en sont leurs t-shirts et je n'ai aucune
information à leur donner.

Je suis absolument furieux. Trois ans que je travaille avec vous et
personne n'est capable de me dire ce qui se passe.

Jérôme Castaing
"""),

M("fr", "technical_issue", "-", "-",
  "Agnès Poulain <agnes.poulain@poulain-fr.test>",
  "Montre connectée ne synchronise plus",
  """\
Bonjour,

Ma montre connectée achetée chez vous ne se synchronise plus avec
l'application depuis la mise à jour du 12. Le message « Échec de
l'appairage (code 17) » s'affiche à chaque tentative. J'ai réinitialisé la
montre et réinstallé l'appli, sans résultat.

Pouvez-vous m'aider ?

Agnès Poulain
"""),

M("fr", "discrimination_harassment", "-", "-",
  "Olivier Mercier <olivier.mercier@anse-bleue.example>",
  "Remarques du moniteur de voile",
  """\
Bonjour,

Mon fils de 15 ans a suivi le stage de voile de la semaine dernière. Le
moniteur, Fabien, l'a surnommé devant tout le groupe avec un terme
homophobe pendant cinq jours, et a encouragé les autres à faire de même.
Mon fils a fini par nous le dire en pleurant.

Je trouve inacceptable qu'un encadrant se comporte ainsi avec des
adolescents et j'aimerais savoir quelles mesures vous allez prendre.

Olivier Mercier
"""),

M("fr", "media_threat,severe_dissatisfaction", "-", "-",
  "Sylvie Garnier <sylvie.garnier@garnier-mail.test>",
  "Anniversaire gâché",
  """\
Bonjour,

Anniversaire de ma fille samedi : salle non préparée, gâteau oublié,
animateur absent. On nous a laissés seuls une heure avec quinze enfants.
C'est une honte.

Je compte alerter la presse locale et raconter notre après-midi sur les
groupes de parents de la ville. Vous avez jusqu'à mercredi pour me
proposer quelque chose de sérieux.

Sylvie Garnier
"""),

M("fr", "feature_request,technical_issue", "-", "-",
  "Jean-Marc Lebrun <jm.lebrun@gaule-mail.example>",
  "Carte des parcours + suggestion",
  """\
Bonjour,

Dans votre appli de cartes de pêche, la carte des parcours ne s'affiche
plus depuis une semaine : fond gris et message « données indisponibles ».

Et une suggestion : ce serait bien d'ajouter les horaires de marée pour les
parcours en estuaire, ça éviterait d'ouvrir une autre appli.

Jean-Marc Lebrun
"""),

M("fr", "manager_request,repeat_contact", "-", "-",
  "Françoise Delmas <francoise.delmas@delmas-fr.example>",
  "Quatrième appel pour le même problème",
  """\
Bonjour,

C'est mon quatrième appel et ce mail pour la même chose : l'échafaudage
devant ma boutique devait être démonté le 15, il est toujours là et mes
clients ne trouvent plus l'entrée.

Passez-moi quelqu'un qui a un vrai pouvoir de décision chez vous. Je ne
veux plus parler au standard.

Françoise Delmas
"""),

M("fr", "broken_promise,legal_threat", "-", "-",
  "Rémi Faure <remi.faure@faure-post.test>",
  "Remboursement promis - matelas retourné",
  """\
Bonjour,

J'ai retourné le matelas le 3 mars dans le cadre de l'essai de 100 nuits.
Votre conseillère m'a promis au téléphone un remboursement « sous huit
jours ». Deux mois plus tard, rien.

Sans remboursement des 890 € d'ici le 30, je déposerai une requête en
injonction de payer auprès du tribunal.

Rémi Faure
"""),

M("fr", "severe_dissatisfaction,technical_issue", "-", "-",
  "Nathan Leclerc <nathan.leclerc@frag-mail.example>",
  "Ban anti-triche injustifié",
  """\
Votre anti-triche m'a banni hier soir en plein match de qualif avec le code
« AC-SIG-09 », alors que je n'ai rien d'autre que Discord et le jeu
d'ouverts. Trois joueurs de ma team ont eu le même ban au même moment.
Visiblement votre détection est cassée depuis la dernière mise à jour.

Une honte absolue, on a perdu notre place pour les finales.

Nathan
"""),

M("fr", "security_incident", "-", "-",
  "Élodie Marchand <elodie.marchand@tribune-mail.test>",
  "Connexion suspecte sur mon compte",
  """\
Bonjour,

J'ai reçu cette nuit trois alertes de connexion à mon compte depuis
l'Indonésie, alors que je dormais à Lille. Ce matin, deux de mes billets mis
en vente ont été retirés et un nouveau compte bancaire a été ajouté pour
les versements.

Merci de sécuriser mon compte en urgence.

Élodie Marchand
"""),

# ---------------------------------------------------------------- negatives

M("fr", "-", "quoted_threat,closing_reply", "'Le ... a écrit :' quote",
  "Annick Roussel <annick.roussel@roussel-mail.example>",
  "Re: Remboursement stage de voile",
  """\
Bonjour Maxime,

Merci, le remboursement est bien arrivé ce matin. Tout est réglé pour moi.

Bonne journée,
Annick

Le 14 févr. 2025 à 18:22, Annick Roussel <annick.roussel@roussel-mail.example> a écrit :
> Si je ne suis pas remboursée d'ici vendredi, je saisis mon avocat et je
> publie mon avis partout sur les réseaux sociaux.
"""),

M("fr", "-", "quoted_threat", "'De : / Envoyé :' Outlook quote",
  "Philippe Garnier <philippe.garnier@garnier-btp.example>",
  "RE: Facture échafaudage F-2231",
  """\
Bonjour,

Bien reçu l'avoir, merci. Vous pouvez clôturer.

Cordialement,
Philippe Garnier

De : Philippe Garnier <philippe.garnier@garnier-btp.example>
Envoyé : jeudi 6 février 2025 09:47
À : support@example.test
Objet : Facture échafaudage F-2231

C'est la troisième fois que je conteste cette facture. Je veux parler à
votre directeur, sinon je transmets le dossier à notre service juridique.
"""),

M("fr", "-", "job_title", "'Directeur commercial' signature",
  "Laurent Chevalier <laurent.chevalier@chevalier-distrib.example>",
  "Demande de devis - enseignes",
  """\
Bonjour,

Nous ouvrons deux nouveaux magasins à Nantes et Angers et aurions besoin
d'un devis pour deux enseignes lumineuses de façade, pose comprise.

Cordialement,

Laurent Chevalier
Directeur commercial
Chevalier Distribution
"""),

M("fr", "-", "negation", "-",
  "Marion Thibault <marion.thibault@thibault-fr.test>",
  "Changement de forfait",
  """\
Bonjour, je ne compte pas résilier, rassurez-vous ! Je voudrais seulement
passer du forfait mensuel au forfait annuel. Comment faire ? Merci, Marion
"""),

M("fr", "-", "policy_question", "-",
  "Christophe Henry <christophe.henry@henry-mail.example>",
  "Conditions d'annulation",
  """\
Bonjour,

Quelle est votre politique de remboursement si je dois annuler une croisière
pour raison médicale ? Faut-il une assurance particulière ?

Christophe Henry
"""),

M("fr", "-", "hypothetical", "-",
  "Véronique Adam <veronique.adam@adam-fr.example>",
  "Garantie matelas",
  """\
Bonjour,

Si jamais le matelas s'affaissait au bout de quelques années, est-ce que la
garantie de 10 ans couvrirait un échange ? J'hésite entre deux modèles.

Véronique
"""),

M("fr", "-", "own_ceo", "the customer's own PDG",
  "Sandrine Lefort <sandrine.lefort@lefort-industries.example>",
  "Cadeaux pour nos collaborateurs",
  """\
Bonjour,

Notre PDG souhaite offrir une montre gravée à chaque collaborateur ayant
vingt ans d'ancienneté, soit 14 personnes cette année. Pourriez-vous nous
faire une proposition ?

Sandrine Lefort
Assistante de direction
"""),

M("fr", "-", "large_amount_no_problem", "-",
  "Frédéric Masson <frederic.masson@masson-hotels.example>",
  "Commande carrelage hôtel",
  """\
Bonjour,

Nous confirmons notre commande de 14 200 € de carrelage pour la rénovation
de l'hôtel (devis D-5520). Merci de nous indiquer le délai de livraison.

Frédéric Masson
"""),

M("fr", "-", "praise", "-",
  "Colette Brunet <colette.brunet@brunet-fr.test>",
  "Merci !",
  """\
Bonjour,

Juste un petit mot pour vous dire que le stage de kitesurf était génial.
Le moniteur était patient et très pédagogue. On reviendra l'an prochain !

Colette
"""),

M("fr", "-", "closing_reply", "-",
  "Alain Perrot <alain.perrot@perrot-sa.example>",
  "Re: Facture 2025-118",
  """\
Bonjour, la facture corrigée est bien arrivée et elle est réglée. Merci et
bonne semaine. Alain Perrot
"""),

M("fr", "-", "how_to", "-",
  "Camille Renaud <camille.renaud@renaud-equi.test>",
  "Ajouter mon deuxième cheval",
  """\
Bonjour, comment ajouter un deuxième cheval sur mon compte dans l'appli ?
Je ne trouve pas le bouton. Merci ! Camille
"""),

M("fr", "-", "twofa_question", "-",
  "Thomas Girard <thomas.girard@girard-gaming.example>",
  "Double authentification",
  """\
Salut, comment on active la double authentification sur le compte de
l'équipe ? On voudrait la mettre avant le début de la saison. Merci !
"""),

M("fr", "-", "forwarded_complaint", "forwarded client complaint; own words neutral",
  "Julie Bertin <julie@bertin-creations.test>",
  "TR: Commande jamais reçue",
  """\
Bonjour, pourriez-vous me donner le numéro de suivi de la commande
ci-dessous (réf. boutique #3318) ? Merci, Julie

-------- Message transféré --------
Sujet : Commande jamais reçue
Date : Mon, 17 Feb 2025 09:12:03 +0100
De : Paul Navarro <paul.navarro@navarro-mail.example>
À : contact@bertin-creations.test

Trois semaines sans mon sweat. C'est inadmissible. Si je n'ai rien d'ici
vendredi, je fais opposition auprès de ma banque et je laisse un avis
sur tous les sites.
"""),

M("fr", "-", "mild_disappointment", "-",
  "Bernard Joly <bernard.joly@joly-fr.example>",
  "Retour sur notre séjour",
  """\
Bonjour,

Un peu déçus que l'escale à Porto ait été raccourcie, mais le reste de la
croisière était très agréable. Merci à l'équipage.

Bernard et Monique Joly
"""),

]
