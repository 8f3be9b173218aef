# Hand-written French customer mails (positives and hard negatives).
LANG = "fr"
MSGS = [
dict(f="Hélène Morel <helene.morel@orange.example>", s="Couronne mortuaire – obsèques de mon père",
t="broken_promise,severe_dissatisfaction", trap="-", n="fleuriste funéraire",
b="""Bonjour,

Vous m'aviez assuré par téléphone que la couronne serait livrée au funérarium avant 10h. Elle est arrivée à midi, une fois la cérémonie terminée. C'est honteux, inadmissible. Je n'ai pas de mots.

Hélène Morel
"""),
dict(f="Julien Lefèvre <julien.lefevre@free.example>", s="prélèvement en double",
t="billing_dispute", trap="-", n="double prélèvement assurance",
b="""Bonjour,
j'ai été prélevé deux fois de 12,90 € ce mois-ci pour mon assurance mobile (contrat MB-44812). Merci de me rembourser le prélèvement en trop.
Cordialement,
Julien Lefèvre
"""),
dict(f="Nathalie Girard <n.girard@girard-fleurs.example>", s="Site inaccessible depuis ce matin",
t="outage,technical_issue", trap="-", n="plateforme enchères plantes down",
b="""Bonjour,

Impossible d'accéder à la plateforme d'enchères depuis 8h ce matin : « Erreur 502 » sur tous nos postes et sur mobile. La vente de Begonia se termine à 18h. Pouvez-vous nous dire ce qui se passe ?

Nathalie Girard
"""),
dict(f="Pierre Dubois <pierre.dubois@cabinet-dubois.example>", s="Restauration caravane – facture",
t="high_value_order,legal_threat,billing_dispute", trap="-", n="avocat, caravane",
b="""Monsieur,

Votre facture pour la restauration de notre caravane Digue 1968 s'élève à 16 400 €, alors que votre devis signé indiquait 12 000 €. Aucun travail supplémentaire ne nous a été soumis.

Sans rectification sous huit jours, je transmettrai le dossier à mon avocat et n'hésiterai pas à saisir le tribunal.

Pierre Dubois
"""),
dict(f="Amélie Rousseau <amelie.rousseau@laposte.example>", s="jouet en bois dangereux",
t="safety", trap="-", n="jouet, risque d'étouffement",
b="""Bonjour,

La petite perle rouge du boulier en bois s'est détachée au bout de deux jours. Mon fils de 18 mois l'avait dans la bouche quand je l'ai trouvé. Heureusement rien de grave mais il aurait pu s'étouffer. Je pense que vous devriez vérifier tout le lot, voire rappeler le produit.

Amélie
"""),
dict(f="Karim Benali <karim.benali@mail.example>", s="Propos racistes du livreur",
t="discrimination_harassment,manager_request", trap="-", n="coopérative coursiers",
b="""Bonjour,

Lors de la livraison hier, votre coursier m'a dit « vous les Arabes vous n'êtes jamais chez vous quand il faut » devant mes voisins. Je trouve ça inacceptable et profondément blessant.

Je souhaite parler à un responsable de la coopérative, pas à un formulaire.

Karim Benali
"""),
dict(f="Sophie Lambert <sophie.lambert@wanadoo.example>", s="Mon compte a été piraté",
t="security_incident", trap="-", n="compte piraté",
b="""Bonjour, quelqu'un s'est connecté à mon compte client depuis une adresse IP inconnue (198.51.100.77) et a changé mon RIB. J'ai reçu un mail « modification de vos coordonnées bancaires » que je n'ai jamais demandée. Bloquez mon compte s'il vous plaît !
"""),
dict(f="Bernard Faure <bernard.faure@faure.example>", s="Signalement CNIL",
t="regulatory", trap="-", n="CNIL, prospection",
b="""Madame, Monsieur,

Malgré ma demande d'opposition du 4 mars, je continue à recevoir vos SMS publicitaires pour les stages de saxophone. J'ai déposé une plainte auprès de la CNIL ce jour.

B. Faure
"""),
dict(f="Claire Fontaine <claire.fontaine@yahoo.example>", s="suggestion pour l'appli",
t="feature_request", trap="-", n="ce serait bien de pouvoir",
b="""Bonjour !

Petite suggestion : ce serait bien de pouvoir commander les pains sans gluten à l'avance pour toute la semaine, avec un seul paiement. Là je dois repasser une commande chaque jour.

Merci et bonne journée,
Claire
"""),
dict(f="Thierry Masson <t.masson@masson-rugby.example>", s="Commande maillots – 3e relance",
t="repeat_contact,cancellation_threat,broken_promise", trap="-", n="3e relance",
b="""Bonjour,

C'est la troisième fois que je vous écris pour la commande de maillots du club (n° 88410). Vous m'aviez promis une livraison le 15, on est le 28. Si rien n'arrive d'ici vendredi, j'annule et nous passerons chez un autre fournisseur pour toute la saison.

Thierry Masson
Président, RC Val d'Orge
"""),
dict(f="Isabelle Chevalier <isabelle.chevalier@chevalier.example>", s="Mariage au château – presse",
t="media_threat,severe_dissatisfaction", trap="-", n="menace réseaux sociaux",
b="""Bonjour,

Notre mariage au château de Valmont a été un désastre : salle non chauffée, traiteur en retard d'une heure et demie, personnel désagréable. C'est scandaleux pour le prix payé.

Je vais raconter tout ça sur Instagram et sur les forums mariage, photos à l'appui, pour que les futurs mariés soient prévenus.

Isabelle
"""),
dict(f="Marc Perrin <marc.perrin@perrin-sa.example>", s="Coordonnées du siège",
t="corporate_contact_request,executive_contact", trap="-", n="adresse du PDG",
b="""Bonjour,

Pourriez-vous me communiquer l'adresse postale de votre siège social ainsi que l'adresse e-mail de votre PDG ? Je souhaite lui écrire directement au sujet du refus de mon sinistre.

Marc Perrin
"""),
dict(f="Élodie Garnier <elodie.garnier@sfr.example>", s="Réponse automatique : absente jusqu'au 20 / MAIS",
t="data_loss,technical_issue", trap="looks_automated", n="cliente annonce son absence puis se plaint",
b="""Je suis absente jusqu'au 20 août sans accès à mes e-mails.

Mais avant de partir : tous mes fichiers de prototype (cartes, règles, maquettes) ont disparu de l'espace projet de votre studio après la mise à jour de mardi. Le dossier est vide. Merci de regarder ça pendant mon absence, c'est urgent pour le salon de septembre.

Élodie Garnier
"""),
dict(f="François Leclerc <francois.leclerc@leclerc.example>", s="Nous accusons réception de votre facture",
t="billing_dispute", trap="looks_automated", n="style accusé de réception",
b="""Madame, Monsieur,

Nous accusons réception de votre facture n° F-20931 du 2 juin.

Toutefois, elle mentionne 14 sacs de granulés de chlore alors que nous n'en avons reçu que 10. Merci de nous faire parvenir un avoir de 4 sacs (soit 179,60 €).

Cordialement,
François Leclerc
Comptabilité, Spa du Lac
"""),
dict(f="Yannick Robin <yannick.robin@mail.example>", s="assurance smartphone - interlocuteur",
t="manager_request,repeat_contact", trap="-", n="non natif, parler à un responsable",
b="""Bonjour,

Je vous ai déjà appelé quatre fois pour mon dossier de sinistre (écran cassé) et chaque conseiller me dit une chose différente. Je voudrais que mon dossier soit transmis à un superviseur, s'il vous plaît, quelqu'un qui peut prendre une décision.

Merci
Yannick Robin
"""),
dict(f="Lucie Barbier <lucie.barbier@barbier.example>", s="Fuite de produit chimique",
t="safety", trap="-", n="spa chimie, brûlure",
b="""Bonjour,

Le bidon de brome livré ce matin fuyait. Mon mari a eu une brûlure à la main en le soulevant, il a fallu rincer pendant vingt minutes. Le carton est trempé. Merci de venir récupérer ce bidon rapidement, je ne veux pas y toucher.

Lucie Barbier
"""),
dict(f="Olivier Mercier <olivier.mercier@mercier.example>", s="Commande 9 200 € – livraison incomplète",
t="high_value_order,broken_promise", trap="-", n="commande grande valeur incomplète",
b="""Bonjour,

Pour notre école de saxophone nous avons commandé 24 saxophones d'étude (facture 9 200 €). Seuls 16 sont arrivés. Votre commercial nous avait garanti la totalité avant la rentrée. La rentrée est lundi.

Olivier Mercier
Directeur, École de Saxophone de Nantes
"""),
dict(f="Camille Roux <camille.roux@mail.example>", s="Plainte DGCCRF – vente aux enchères",
t="regulatory,billing_dispute", trap="-", n="DGCCRF",
b="""Bonjour,

On m'a facturé 340 € de « frais d'acheteur » sur le lot 57, alors que le catalogue annonçait 20 % soit 180 €. J'ai déjà signalé cette pratique à la DGCCRF via SignalConso.

Camille Roux
"""),
dict(f="Antoine Giraud <antoine.giraud@giraud.example>", s="Ski wax – my order (désolé pour mon anglais)",
t="outage,technical_issue", trap="-", n="FR customer, mixed language",
b="""Hello, bonjour,

Sorry for my English. Since this morning your online shop is not working at all, toujours « Erreur 500 » when I open any page, also on my phone. I want to order the fart for the weekend. Pouvez-vous regarder?

Antoine
"""),
dict(f="Sandrine Caron <sandrine.caron@caron.example>", s="Fuite de données – service juridique",
t="corporate_contact_request,legal_threat,security_incident", trap="-", n="fuite de données, avocat, service juridique",
b="""Bonjour,

J'ai reçu hier un faux e-mail à votre nom, envoyé depuis votre propre adresse, avec mon numéro de contrat et mon adresse exacte, me demandant de « confirmer ma carte bancaire ». Mes données personnelles ont donc fuité de chez vous.

Merci de me transmettre les coordonnées de votre service juridique. Mon avocat prendra contact avec eux.

Sandrine Caron
"""),
dict(f="Manon Lefebvre <manon.lefebvre@lefebvre.example>", s="Atelier fartage – remarques sexistes",
t="corporate_contact_request,discrimination_harassment", trap="-", n="sexisme, adresse du siège",
b="""Bonjour,

Lors de l'atelier de fartage de samedi, l'animateur a répété devant le groupe que « les filles ne comprennent rien aux skis » et m'a retiré le fer des mains en disant « laisse faire les hommes, ma belle ». J'étais la seule femme.

J'aimerais avoir l'adresse de votre siège pour adresser une réclamation écrite.

Manon Lefebvre
"""),
# --- hard negatives ---
dict(f="Sylvie Moreau <sylvie.moreau@moreau.example>", s="RE: Livraison fleurs",
t="-", trap="quoted_threat", n="Le ... a écrit, menace citée",
b="""Merci beaucoup, les fleurs sont bien arrivées et elles sont magnifiques.

Sylvie

Le 4 juin 2024 à 09:30, Sylvie Moreau <sylvie.moreau@moreau.example> a écrit :
> C'est inadmissible ! Si la gerbe n'est pas livrée demain, je porte plainte
> et je préviens mon avocat.
"""),
dict(f="Gilles Bonnet <gilles.bonnet@bonnet.example>", s="Commande de gâteaux",
t="-", trap="job_title", n="Directeur commercial",
b="""Bonjour,

Je souhaiterais commander 3 gâteaux sans gluten pour le pot de départ de notre équipe vendredi. Livraison au bureau possible ?

Gilles Bonnet
Directeur commercial, Bonnet & Fils
"""),
dict(f="Anne Lemoine <anne.lemoine@lemoine-avocats.example>", s="Stage de pêche à la mouche",
t="-", trap="lawyer_customer", n="avocate cliente ordinaire + mention légale",
b="""Bonjour,

Je voudrais réserver un stage d'initiation à la pêche à la mouche pour deux personnes le 14 septembre. Est-ce que le matériel est fourni ?

Bien à vous,
Anne Lemoine
Avocate au Barreau de Lyon

Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel. Si vous n'êtes pas destinataire de ce message, merci de le détruire.
"""),
dict(f="Thomas Bertrand <thomas.bertrand@bertrand.example>", s="Comment résilier ?",
t="-", trap="policy_question", n="question de procédure",
b="""Bonjour, comment puis-je résilier mon contrat d'assurance mobile si je change de téléphone l'an prochain ? Y a-t-il des frais ? Merci.
"""),
dict(f="Caroline Petit <caroline.petit@petit.example>", s="Bravo à Mme Durand",
t="-", trap="praise_manager", n="éloge de la responsable",
b="""Bonjour,

Je voulais féliciter Mme Durand, responsable des événements, pour l'organisation parfaite de notre gala de don d'organes. Merci de transmettre à sa direction !

Caroline Petit
"""),
dict(f="Hugo Lefort <hugo.lefort@lefort.example>", s="Question sécurité",
t="-", trap="security_question_no_incident", n="question 2FA",
b="""Bonjour, est-il possible d'activer l'authentification à deux facteurs sur mon compte de coursier ? Aucun problème, c'est juste par précaution. Hugo
"""),
dict(f="Valérie Noël <valerie.noel@noel.example>", s="Je ne vais pas résilier",
t="-", trap="negation", n="négation",
b="""Bonjour,

Je ne vais pas résilier mon abonnement, rassurez-vous, je suis très contente de vos pains. Je voudrais seulement changer le jour de livraison du mardi au jeudi.

Valérie
"""),
dict(f="Louis Gauthier <louis.gauthier@gauthier.example>", s="Devis restauration",
t="-", trap="large_amount_no_problem", n="gros montant, pas de souci",
b="""Bonjour,

Nous acceptons votre devis de 23 500 € pour la restauration complète de la caravane Henon. L'acompte sera versé cette semaine. Merci pour votre réactivité.

Louis Gauthier
"""),
dict(f="Margaux Henry <margaux.henry@henry.example>", s="Annulation d'un cours",
t="-", trap="routine_cancellation", n="annulation d'un cours",
b="""Bonjour, ma fille ne pourra pas venir à son cours de saxophone mercredi (sortie scolaire). Pouvez-vous l'annuler ? Elle reprendra la semaine suivante. Merci, Margaux
"""),
dict(f="Damien Blanc <damien.blanc@blanc.example>", s="TR: réclamation d'un adhérent",
t="-", trap="forwarded_complaint", n="transfert neutre",
b="""Bonjour, je vous transfère pour information le message d'un adhérent de notre club. Rien à faire de votre côté, c'est déjà réglé.

Damien

-------- Message transféré --------
De : Paul Simon
Objet : maillots

C'est honteux, les maillots sont trop petits, je vais porter plainte !
"""),
dict(f="Julie Marchand <julie.marchand@marchand.example>", s="Absence – merci de livrer après le 15",
t="-", trap="looks_automated", n="absence annoncée sans plainte",
b="""Bonjour,

Je serai absente du 1er au 15 juillet. Merci de ne livrer la commande de jouets en bois qu'à partir du 16. Tout le reste est parfait.

Julie Marchand
"""),
dict(f="Paul Renard <paul.renard@renard.example>", s="Mon deuxième message",
t="-", trap="second_email_not_repeat", n="deuxième message",
b="""Bonjour, c'est mon deuxième message : avez-vous reçu ma demande de devis pour un stage de fartage pour 12 personnes ? Merci, Paul
"""),
]
