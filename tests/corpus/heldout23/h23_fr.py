# French customer mail (positives and hard negatives), heldout23.
# One hand-written block per message. Keys as in h23_en_pos.py.

MESSAGES = []

# --- positives ---
MESSAGES += [
dict(f=("Hélène Garnier", "h.garnier@cabinet-garnier.example"), ind="vending",
     s="Absent \u2013 facture erronée",
     t="billing_dispute",
     trap="looks_automated", note="message d'absence puis vraie réclamation",
     b="""\
Bonjour,

Je suis absente du bureau jusqu'au 22 avril inclus, avec un accès limité à ma messagerie. Pour toute urgence, merci de contacter l'accueil au 01 55 55 12 34.

Cela dit, je ne peux pas laisser passer ceci avant de partir : votre facture n° F-2025-0388 nous facture 3 distributeurs alors que nous n'en avons que 2 depuis le retrait du troisième en janvier (bon d'enlèvement signé par votre livreur). Merci de nous envoyer une facture corrigée ; le règlement est suspendu d'ici là.

Hélène Garnier
Cabinet Garnier & Associés
"""),

dict(f=("Contact Studio Pas de Deux", "contact@studio-pasdedeux.example"), ind="ballet",
     s="Accusé de réception \u2013 mais toujours rien",
     t="broken_promise,repeat_contact",
     trap="looks_automated", note="commence comme un accusé de réception",
     b="""\
Nous avons bien reçu votre colis du 3 mars. Merci.

Sauf qu'il manque 14 paires de demi-pointes sur les 40 commandées (commande 77-1190). Votre collègue m'avait promis au téléphone l'envoi du complément « sous 48 h », c'était il y a trois semaines. C'est la troisième fois que je vous écris à ce sujet, sans compter les deux appels.

Le gala de fin d'année est le 14 juin. Merci de me donner une date ferme.

Virginie Lacombe
Studio Pas de Deux
"""),

dict(f=("Support Label Ondes Courtes", "support@ondes-courtes.example"), ind="records",
     s="[Ticket#44120] Fichiers de la commande disparus",
     t="data_loss,technical_issue",
     trap="looks_automated", note="système de tickets du client, texte humain",
     client=("X-Mailer", "OTRS 6.0"),
     b="""\
--- Merci de répondre au-dessus de cette ligne ---

Ticket#44120 — Nouvelle réponse de Julien Perrot

Bonjour, c'est Julien du label, j'écris directement dans notre outil de tickets.

Tous les fichiers que nous avions déposés sur votre portail client pour la commande 2290 (masters WAV, fichiers étiquettes, pochette) ont disparu. La commande affiche « 0 fichier » et le lien de validation du test pressing ne marche plus. Nous n'avons rien supprimé de notre côté. Pouvez-vous restaurer ?

Julien Perrot

--
Ce message a été envoyé depuis le service client du label Ondes Courtes.
"""),

dict(f=("Marc-Antoine Delorme", "ma.delorme@mailbox.example"), ind="cathotel",
     s="Remboursement promis en mars",
     t="broken_promise,legal_threat",
     trap="-", note="-",
     b="""\
Madame, Monsieur,

Suite à l'annulation de votre part de notre séjour de Pâques (pension pour nos deux chats, 420 €), votre responsable m'a assuré par téléphone le 28 mars que le remboursement serait effectué « dans la semaine ». Nous sommes le 6 mai.

Sans remboursement sous huit jours, je transmets le dossier à mon avocat.

Marc-Antoine Delorme
"""),

dict(f=("Domaine des Trois Collines", "gerance@trois-collines.example"), ind="vineyard",
     s="Mise en demeure – sécateurs électriques location 9 800 €",
     t="high_value_order,legal_threat,technical_issue",
     trap="-", note="contrat 9 800 EUR",
     b="""\
Madame, Monsieur,

Nous avons loué pour la saison de taille 20 sécateurs électriques (contrat n° L-4471, 9 800 € HT). Depuis la deuxième semaine, 11 d'entre eux s'arrêtent après une demi-heure avec le code « E07 batterie », alors que les batteries sont chargées. Votre technicien a changé trois batteries sans résultat.

La taille prend un retard considérable. À défaut de remplacement complet du matériel sous 5 jours, nous saisirons le tribunal de commerce pour obtenir la résolution du contrat et le remboursement.

Le gérant,
Pierre-Yves Castagnet
"""),

dict(f=("Amandine Roux", "amandine.roux@mailbox.example"), ind="magic",
     s="désinscription ignorée – plainte CNIL",
     t="regulatory",
     trap="-", note="-",
     b="""\
Bonjour,

Je me suis désinscrite de votre newsletter en janvier, puis je vous ai écrit en février pour demander la suppression de mes données. Je reçois toujours vos promotions trois fois par semaine.

J'ai déposé une plainte auprès de la CNIL ce matin.

A. Roux
"""),

dict(f=("Bernard Lacaze", "bernard.lacaze@mailbox.example"), ind="truffle",
     s="Truffes chinoises vendues comme Périgord",
     t="regulatory,severe_dissatisfaction",
     trap="-", note="DGCCRF",
     b="""\
Bonjour,

À la fin de votre « balade truffière » de dimanche, vous nous avez vendu 200 g de « Tuber melanosporum du Périgord » à 240 €. Un ami trufficulteur les a regardées lundi : ce sont des Tuber indicum, des truffes chinoises qui valent dix fois moins.

C'est une honte, une escroquerie pure et simple envers des touristes. J'ai fait un signalement à la DGCCRF avec la facture et les photos.

Bernard Lacaze
"""),

dict(f=("Nathalie Fournier", "nathalie.fournier@mailbox.example"), ind="knives",
     s="Facturation du camion d'affûtage",
     t="billing_dispute,manager_request",
     trap="-", note="-",
     b="""\
Bonjour,

Samedi au marché de Vannes, votre camion a affûté 5 couteaux et une paire de ciseaux. Tarif affiché : 6 € le couteau, 8 € les ciseaux, donc 38 €. On m'a débité 83 €. Quand j'ai montré le ticket, l'employé m'a dit que « c'est le tarif japonais » alors que ce sont des couteaux Opinel tout simples.

Je voudrais parler à un responsable, pas recevoir un bon de réduction.

Nathalie Fournier
"""),

dict(f=("Atelier Terre & Feu", "atelier@terre-et-feu.example"), ind="kiln",
     s="Four toujours en panne après réparation – merci d'escalader",
     t="manager_request,technical_issue",
     trap="-", note="-",
     b="""\
Bonjour,

Votre technicien est venu deux fois (les 4 et 18 mars) pour notre four électrique 120 L. Depuis, le four plafonne à 1 080 °C au lieu de 1 260 °C et le contrôleur affiche « ERR 3 » en fin de cuisson. Nous avons perdu deux enfournements de grès.

Je souhaite que notre dossier soit escaladé à un niveau supérieur. Nous avons besoin d'un interlocuteur qui puisse décider d'un remplacement de la carte.

Cordialement,
Sylvie Mercadier
"""),

dict(f=("Jean-Louis Brossard", "jl.brossard@mailbox.example"), ind="hedge",
     s="Coordonnées du siège et du PDG",
     t="corporate_contact_request,executive_contact",
     trap="-", note="veut écrire au PDG",
     b="""\
Bonjour,

Pourriez-vous me communiquer l'adresse postale de votre siège social ainsi que l'adresse mail de votre PDG ? Je souhaite lui écrire directement au sujet de l'abattage de mon chêne, qui ne correspond en rien au devis signé.

Merci,
J.-L. Brossard
"""),

dict(f=("Élodie Vasseur", "elodie.vasseur@mairie-saintclair.example"), ind="clocktower",
     s="Demande : service juridique",
     t="corporate_contact_request",
     trap="-", note="-",
     b="""\
Bonjour,

Dans le cadre du marché d'entretien de l'horloge et des cloches de l'église Saint-Clair, pourriez-vous m'indiquer les coordonnées de votre service juridique ainsi que le numéro du standard de votre siège ? Le conseil municipal souhaite adresser un courrier officiel.

Bien cordialement,
Élodie Vasseur
Secrétaire de mairie
"""),

dict(f=("Rémi Chauvet", "remi.chauvet@chauvet-conseil.example"), ind="vending",
     s="Distributeurs – j'ai écrit à votre DG",
     t="cancellation_threat,executive_contact",
     trap="-", note="-",
     b="""\
Bonjour,

Nos trois distributeurs sont vides depuis dix jours. J'ai écrit hier soir à votre directeur général, Monsieur Berthelot, pour lui expliquer la situation. En parallèle, notre direction a décidé que si la situation n'est pas rétablie d'ici la fin du mois, nous résilierons le contrat.

Rémi Chauvet
Services généraux
"""),

dict(f=("Coralie Méndez", "coralie.mendez@mailbox.example"), ind="cathotel",
     s="Connexion suspecte sur mon compte",
     t="security_incident",
     trap="-", note="-",
     b="""\
Bonjour,

J'ai reçu cette nuit une alerte « nouvelle connexion depuis un appareil inconnu » sur mon compte client, à 3 h 12, depuis un pays où je ne suis jamais allée. Ce matin, l'adresse de facturation a été modifiée et une réservation que je n'ai pas faite est apparue pour le mois d'août.

J'ai changé mon mot de passe. Merci de vérifier ce qui s'est passé et de bloquer ma carte enregistrée chez vous.

Coralie
"""),

dict(f=("Yanis Belkacem", "yanis.belkacem@mailbox.example"), ind="drones",
     s="Licences des autres pilotes visibles dans l'appli",
     t="security_incident,technical_issue",
     trap="-", note="-",
     b="""\
Salut,

Dans l'appli de la ligue, quand j'ouvre la fiche d'un autre pilote depuis le classement, je vois sa licence complète : date de naissance, adresse, numéro de téléphone et même la copie de sa pièce d'identité. Normalement on devrait voir que le pseudo et le club non ?

Il y a des mineurs dans la ligue. À corriger vite je pense.

Yanis
"""),

dict(f=("Cercle d'Escrime de Valmont", "secretariat@escrime-valmont.example"), ind="fencing",
     s="Résultats de la saison effacés",
     t="data_loss,technical_issue",
     trap="-", note="-",
     b="""\
Bonjour,

Depuis la mise à jour de votre plateforme de gestion de club, tous les résultats de poules et les classements internes de la saison ont disparu. Les tireurs apparaissent toujours, mais avec « 0 assaut ». Nous n'avons aucune sauvegarde de notre côté, tout était chez vous.

Ces résultats servent à la sélection pour le championnat régional dans deux semaines. Y a-t-il une sauvegarde ?

Le secrétariat
"""),

dict(f=("Thierry Maréchal", "t.marechal@groupe-lumiere.example"), ind="vending",
     s="URGENT tous les distributeurs hors service",
     t="outage,technical_issue",
     trap="-", note="-",
     b="""\
Depuis ce matin 8 h, plus aucun paiement ne passe sur l'ensemble de vos distributeurs dans nos quatre sites (Lyon, Villeurbanne, Vénissieux, Bron) : « Service de paiement indisponible ». Même l'appli ne charge plus. Merci de nous dire si c'est une panne générale chez vous.

T. Maréchal
"""),

dict(f=("Léa Bonnefoy", "lea.bonnefoy@etudiant.example"), ind="bikecafe",
     s="site inaccessible",
     t="outage,technical_issue",
     trap="-", note="court, familier",
     b="""\
coucou, le site de l'atelier vélo est down depuis hier soir ? erreur 502 sur toutes les pages, impossible de se connecter ni de réserver un créneau. mes potes pareil.

léa
"""),

dict(f=("GAEC des Hauts Prés", "gaec.hautspres@mailbox.example"), ind="shearing",
     s="Facture tonte en double",
     t="billing_dispute",
     trap="-", note="-",
     b="""\
Bonjour,

Vous nous avez envoyé deux factures pour la même tonte du 12 mai (n° 1187 et n° 1192, 1 260 € chacune), et les deux ont été prélevées. Il n'y a eu qu'un seul passage de l'équipe, 420 brebis. Merci de rembourser la deuxième.

Cordialement,
Marie-Claude Fabre
GAEC des Hauts Prés
"""),

dict(f=("Sandrine Lemaire", "sandrine.lemaire@mailbox.example"), ind="ballet",
     s="Abonnement box danse",
     t="cancellation_threat,media_threat,severe_dissatisfaction",
     trap="-", note="-",
     b="""\
Bonjour,

Troisième box de suite arrivée incomplète, et cette fois le justaucorps est taché. Le service client ne répond jamais. C'est inadmissible.

Je résilie mon abonnement à la fin du mois, et je vais raconter tout ça sur Instagram à mes abonnées, qui sont presque toutes danseuses.

Sandrine
"""),

dict(f=("Julie Carrère", "j.carrere@sudouest-quotidien.example"), ind="truffle",
     s="Demande d'interview – truffes vendues aux touristes",
     t="media_threat",
     trap="-", note="demande de journaliste",
     b="""\
Bonjour,

Je suis journaliste au service économie d'un quotidien régional. Je prépare un article sur la vente de truffes lors des balades truffières, après plusieurs témoignages de lecteurs évoquant des truffes d'importation vendues comme locales.

Seriez-vous disponible pour un entretien téléphonique cette semaine, ou pour répondre par écrit à quelques questions ?

Julie Carrère
"""),

dict(f=("Anne-Sophie Perrin", "annesophie.perrin@mailbox.example"), ind="hedge",
     s="Comportement de votre équipe",
     t="discrimination_harassment",
     trap="-", note="harcèlement par le personnel",
     b="""\
Bonjour,

Votre équipe d'élagage est intervenue chez moi mardi. Pendant toute la journée, deux de vos employés m'ont sifflée à chaque fois que je sortais dans le jardin, avec des remarques sur ma tenue, et l'un d'eux m'a demandé mon numéro « pour le prochain chantier ». Je vis seule et je ne me suis pas sentie en sécurité chez moi.

Je veux savoir quelles mesures vous allez prendre.

Anne-Sophie Perrin
"""),

dict(f=("Laurent Giraud", "laurent.giraud@mailbox.example"), ind="magic",
     s="Remarques en boutique",
     t="discrimination_harassment",
     trap="-", note="remarques homophobes",
     b="""\
Bonjour,

Samedi, dans votre boutique rue des Carmes, je suis venu avec mon compagnon acheter un coffret pour notre neveu. Le vendeur a fait plusieurs remarques homophobes, à voix haute, du genre « ah, c'est pour le petit de qui, alors ? » et a fini par dire à son collègue qu'il ne « servait pas ce genre de clients ». Nous sommes partis sans rien acheter.

Je suis client chez vous depuis des années. J'attends une réponse sérieuse.

Laurent Giraud
"""),

dict(f=("Poterie du Moulin", "contact@poterie-du-moulin.example"), ind="kiln",
     s="Fumée et odeur de brûlé après remplacement des résistances",
     t="safety,technical_issue",
     trap="-", note="-",
     b="""\
Bonjour,

Depuis le remplacement des résistances de notre four par votre technicien, une épaisse fumée sort de l'armoire électrique à chaque montée en température, avec une forte odeur de plastique brûlé. Hier le câble d'alimentation était brûlant au toucher et a noirci près de la prise.

Nous avons coupé le disjoncteur et n'utilisons plus le four. Il y a des enfants en stage dans l'atelier la semaine prochaine, merci d'intervenir rapidement.

Mathilde Roussel
"""),

dict(f=("Karima Haddou", "karima.haddou@mailbox.example"), ind="magic",
     s="Mon fils a failli s'étouffer",
     t="safety",
     trap="-", note="risque d'étouffement",
     b="""\
Bonjour,

J'ai acheté votre coffret « Mon premier spectacle de magie » (indiqué dès 5 ans) pour mon fils. Hier soir il a mis dans sa bouche une des petites balles en mousse du tour des gobelets et elle est restée coincée dans sa gorge. Heureusement mon mari a réussi à la faire sortir.

Ces balles sont beaucoup trop petites pour un jouet destiné à cet âge. Il faut retirer ce produit de la vente.

Karima Haddou
"""),

dict(f=("Baptiste Ollivier", "b.ollivier@label-sillon.example"), ind="records",
     s="Idée pour le portail",
     t="feature_request",
     trap="-", note="-",
     b="""\
Bonjour l'équipe,

Ce serait bien de pouvoir suivre l'avancement de la commande étape par étape sur le portail (gravure, galvano, pressage, emballage) plutôt que juste « en cours ». Ça nous éviterait de vous écrire toutes les semaines.

Merci et bravo pour le dernier pressage, le son est top.

Baptiste
"""),

dict(f=("Danielle Poitras", "danielle.poitras@mailbox.example"), ind="cathotel",
     s="Suggestion pour les photos",
     t="feature_request",
     trap="-", note="québécoise",
     b="""\
Bonjour!

Pourriez-vous ajouter une option pour recevoir les photos quotidiennes de nos minous par courriel, au lieu de devoir se connecter à l'application à chaque fois? Ma mère de 82 ans garde mon chat de temps en temps et elle ne se retrouve pas dans l'appli.

Merci beaucoup, vous êtes super!
Danielle
"""),

dict(f=("Kevin Lambert", "kevin.lambert@mailbox.example"), ind="drones",
     s="3e fois que j'écris pour mon remboursement",
     t="repeat_contact,severe_dissatisfaction",
     trap="-", note="-",
     b="""\
C'est la troisième fois que j'écris pour la même chose et personne ne daigne répondre. La manche de Toulouse a été annulée par la ligue, j'avais payé 45 € d'inscription. Rien.

Franchement c'est lamentable, le pire service client que j'aie jamais vu. Vous vous foutez des pilotes.
"""),

dict(f=("Paroisse Notre-Dame de Bellevue", "paroisse.bellevue@mailbox.example"), ind="clocktower",
     s="Marché de restauration du beffroi – 24 000 €",
     t="broken_promise,high_value_order",
     trap="-", note="contrat 24 000 EUR",
     b="""\
Madame, Monsieur,

Le marché de restauration du beffroi et du mécanisme de l'horloge (24 000 € TTC, acompte de 40 % versé) prévoyait une fin des travaux au 30 avril. Votre chef de chantier nous avait encore confirmé cette date par écrit le 2 avril. À ce jour, l'échafaudage est en place mais personne n'est venu depuis trois semaines, et le beffroi ne sonne plus.

Nous vous demandons un nouveau calendrier précis d'ici vendredi.

Pour le conseil paroissial,
Père Étienne Morvan
"""),
]

# --- hard negatives ---
MESSAGES += [
dict(f=("Olivier Brunet", "o.brunet@brunet-distribution.example"), ind="vending",
     s="Devis pour deux distributeurs",
     t="-", trap="job_title", note="Directeur commercial",
     b="""\
Bonjour,

Nous souhaiterions installer deux distributeurs de snacks dans nos nouveaux bureaux de Nantes à partir de septembre. Pouvez-vous nous faire parvenir un devis ?

Bien à vous,
Olivier Brunet
Directeur commercial
"""),

dict(f=("Florence Dumas", "florence.dumas@mailbox.example"), ind="cathotel",
     s="Re: Remboursement séjour de Pâques",
     t="-", trap="quoted_threat", note="Le ... a écrit, avocat seulement cité",
     b="""\
Merci, j'ai bien reçu le virement ce matin. Affaire réglée pour moi.

Florence

Le 2 mai 2025 à 18:22, Florence Dumas <florence.dumas@mailbox.example> a écrit :
> Sans remboursement d'ici vendredi, je transmets le dossier à mon avocat
> et je porte plainte.
"""),

dict(f=("Gérard Lemoine", "g.lemoine@imprimerie-lemoine.example"), ind="vending",
     s="RE: Intervention technique",
     t="-", trap="outlook_original_message", note="Message d'origine avec menaces",
     b="""\
Bonjour Mme Caron,

Jeudi 14 h nous convient. L'accueil sera prévenu.

Cordialement,
G. Lemoine

-----Message d'origine-----
De : Gérard Lemoine <g.lemoine@imprimerie-lemoine.example>
Envoyé : lundi 7 avril 2025 17:05
À : Support <support@example.test>
Objet : Intervention technique

C'est la quatrième fois que j'appelle. C'est inadmissible. Si personne ne vient cette semaine, je résilie le contrat et j'écris à votre PDG.
"""),

dict(f=("Martine Aubry-Lefort", "martine.aubrylefort@mailbox.example"), ind="truffle",
     s="Question sur l'abonnement",
     t="-", trap="negation", note="je ne compte pas résilier",
     b="""\
Bonjour,

Rassurez-vous, je ne compte pas résilier ma box truffe, elle fait le bonheur de la maison ! Je voulais simplement savoir s'il est possible de décaler la livraison de juillet au 15 plutôt qu'au 1er.

Belle journée,
Martine
"""),

dict(f=("Hugo Lefebvre", "hugo.lefebvre@mailbox.example"), ind="fencing",
     s="Comment résilier ma licence",
     t="-", trap="procedural_cancel", note="-",
     b="""\
Bonjour,

Je pars faire mes études à Montréal en septembre. Comment est-ce que je résilie mon adhésion au club pour la saison prochaine ? Faut-il envoyer un courrier ou un mail suffit ?

Merci pour tout, j'ai adoré ces trois années.
Hugo
"""),

dict(f=("Céline Moreau", "celine.moreau@mailbox.example"), ind="ballet",
     s="politique de remboursement",
     t="-", trap="refund_policy_question", note="-",
     b="""\
Bonjour, quelle est votre politique de remboursement pour des pointes essayées une seule fois en studio ? Elles sont propres mais un peu larges. Merci d'avance, Céline
"""),

dict(f=("Service achats Groupe Arvel", "achats@groupe-arvel.example"), ind="vending",
     s="Documents RGPD – accord de sous-traitance",
     t="-", trap="gdpr_documentation", note="-",
     b="""\
Bonjour,

Dans le cadre de notre procédure de référencement fournisseur, pourriez-vous nous transmettre votre accord de sous-traitance (article 28 RGPD), la liste de vos sous-traitants ultérieurs et une attestation indiquant si votre application est conforme au RGPD ?

Cordialement,
Service achats
"""),

dict(f=("Yvonne Tessier", "yvonne.tessier@mailbox.example"), ind="clocktower",
     s="Merci pour nos cloches",
     t="-", trap="praise", note="-",
     b="""\
Bonjour,

Je tenais à vous dire merci. Depuis votre intervention, les cloches de notre église sonnent de nouveau l'angélus, et tout le village en parle avec émotion. Votre équipe a été d'une gentillesse et d'un professionnalisme remarquables.

Yvonne Tessier
"""),

dict(f=("Arnaud Petit", "arnaud.petit@mailbox.example"), ind="shearing",
     s="Deuxième mail – date de passage",
     t="-", trap="second_email", note="deux contacts seulement",
     b="""\
Bonjour, deuxième mail de ma part : pouvez-vous me confirmer la date de passage pour la tonte de mes 80 brebis ? Je n'ai pas eu de réponse au premier, peut-être dans les spams. Merci, Arnaud
"""),

dict(f=("Domaine Ferrand", "contact@domaine-ferrand.example"), ind="vineyard",
     s="Facture pro forma – commande 12 400 €",
     t="-", trap="large_amount_no_problem", note="-",
     b="""\
Bonjour,

Le devis pour la location du pulvérisateur et de l'épampreuse pour la saison (12 400 € HT) nous convient parfaitement. Pouvez-vous nous envoyer une facture pro forma pour que nous puissions verser l'acompte ?

Bien cordialement,
Claire Ferrand
"""),

dict(f=("Accueil Cabinet Vétérinaire des Tilleuls", "accueil@veto-tilleuls.example"), ind="cathotel",
     s="Re: Dossier de Caramel",
     t="-", trap="looks_automated", note="réponse humaine type accusé",
     b="""\
Bien reçu, merci.

Cordialement,
L'accueil
"""),

dict(f=("Raphaël Giraud", "raphael.giraud@mailbox.example"), ind="knives",
     s="Lu : Votre passage du 12 juin",
     t="-", trap="looks_automated", note="objet type accusé de lecture, écrit par un humain",
     b="""\
Lu, c'est noté. Je serai là avec mes couteaux et les ciseaux de couture de ma femme.

Envoyé de mon téléphone
"""),
]
