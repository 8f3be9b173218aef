# French customer mail (positives and hard negatives). Hand-written, one block per message.

def M(**k):
    return k

MESSAGES = [

# ---------------------------------------------------------------- positives
M(ind="removals", frm="Claire Dubois-Martel <claire.duboismartel@courriel.example>",
  subj="Déménagement Lyon → Montréal : conteneur bloqué, 11 400 € réglés",
  trig="high_value_order manager_request", trap="-",
  note="high value removal stuck, wants responsible person",
  body="""\
Bonjour,

Notre déménagement (dossier DM-5521, facture de 11 400,00 € intégralement réglée le 3 septembre) devait arriver à Montréal le 10 octobre. Le conteneur est toujours à Anvers, et personne chez vous ne sait me dire pourquoi.

Je souhaite parler à un responsable, quelqu'un qui a réellement la main sur le dossier, et non à un conseiller qui me lit le suivi en ligne.

Cordialement,
Claire Dubois-Martel
"""),

M(ind="luthier", frm="Antoine Lefebvre <antoine.lefebvre@cordes.example>",
  subj="Ma guitare – mon avocat",
  trig="legal_threat", trap="-",
  note="avocat named",
  body="""\
Monsieur,

Vous avez ma guitare depuis quatre mois pour une simple touche à refaire. Vous ne répondez plus au téléphone. J'ai transmis le dossier à mon avocat, qui vous adressera une mise en demeure dans la semaine si l'instrument ne m'est pas restitué.

Antoine Lefebvre
"""),

M(ind="tea", frm="Nathalie Roux <nathalie.roux@theiere.example>",
  subj="prélèvement après résiliation",
  trig="billing_dispute", trap="-",
  note="charged after cancellation",
  body="""\
Bonjour,

J'ai résilié mon abonnement « Thés du monde » le 28 août (j'ai l'e-mail de confirmation). Vous m'avez quand même prélevé 27,50 € le 5 septembre puis encore le 5 octobre. Merci de me rembourser ces deux prélèvements.

Nathalie Roux
"""),

M(ind="dance", frm="Sophie Garnier <sophie.garnier@pasdedeux.example>",
  subj="Comportement du professeur de tango",
  trig="cancellation_threat discrimination_harassment", trap="-",
  note="sexual harassment by teacher; will not come back while he teaches",
  body="""\
Bonjour,

Je dois vous signaler le comportement du professeur de tango du mercredi soir. Pendant les corrections, il pose systématiquement ses mains sur mes hanches et plus bas, alors que je lui ai demandé clairement d'arrêter. Il m'a ensuite envoyé des messages à 23 h pour me proposer des « cours privés chez lui ».

Je ne suis pas la seule élève concernée. Je ne reviendrai pas tant qu'il sera là.

Sophie Garnier
"""),

M(ind="keyboards", frm="Julien Moreau <julien.moreau@frag.example>",
  subj="Clavier qui chauffe et odeur de brûlé",
  trig="safety technical_issue", trap="-",
  note="overheating",
  body="""\
salut,

mon clavier Vanta (acheté il y a un mois) est devenu brûlant au niveau du port USB-C hier soir, il y avait une odeur de plastique brûlé et le câble a fondu un peu côté clavier. je l'ai débranché direct. c'est dangereux ce truc, j'ai un petit frère qui joue dessus.

vous faites quoi ?
Julien
"""),

M(ind="insulation", frm="Bernard Chevalier <b.chevalier@isolation-maison.example>",
  subj="Isolation des combles – signalement à la DGCCRF",
  trig="regulatory", trap="-",
  note="consumer authority",
  body="""\
Madame, Monsieur,

Votre entreprise a posé 15 cm de laine soufflée au lieu des 30 cm facturés (constaté par un expert le 12/10). Je viens d'adresser un signalement à la DGCCRF via SignalConso, avec photos et facture.

Bernard Chevalier
"""),

M(ind="wig", frm="Isabelle Fontaine <isabelle.fontaine@perruque-mail.example>",
  subj="Re: commande 2231",
  trig="broken_promise repeat_contact severe_dissatisfaction", trap="-",
  note="third+ message, promised delivery, strong wording",
  body="""\
C'est mon troisième message. On m'avait promis la prothèse capillaire pour le 15, avant le début de mon traitement. Nous sommes le 29. Rien. Aucune réponse.

C'est tout simplement inadmissible. Vous jouez avec des personnes malades.

Isabelle Fontaine
"""),

M(ind="trainer", frm="Karim Benali <karim.benali@coachmail.example>",
  subj="Appli de coaching inaccessible",
  trig="outage technical_issue", trap="-",
  note="app down for all",
  body="""\
Bonjour,

Depuis ce matin impossible de se connecter à l'appli : « Erreur serveur 503 ». Pareil sur le site web. Tout mon groupe de coaching a le même souci (on s'est écrit sur WhatsApp). C'est une panne générale ?

Karim
"""),

M(ind="calligraphy", frm="Hélène Mercier <helene.mercier@plume.example>",
  subj="ce serait bien de pouvoir ralentir les vidéos",
  trig="feature_request", trap="-",
  note="'ce serait bien de pouvoir'",
  body="""\
Bonjour,

J'adore le cours de calligraphie anglaise. Ce serait bien de pouvoir ralentir les vidéos (0,5x) pour bien voir le geste, et de pouvoir les mettre en boucle sur un passage. Pour l'instant je dois revenir en arrière à la main toutes les dix secondes.

Merci pour votre travail,
Hélène
"""),

M(ind="jewellery", frm="Manon Lambert <manon.lambert@bijoumail.example>",
  subj="quelqu'un a utilisé mon compte",
  trig="security_incident", trap="-",
  note="account used by someone else",
  body="""\
Bonjour, j'ai reçu une confirmation de commande de 340 € que je n'ai pas passée, livrée à une adresse à Marseille. Dans mon compte l'adresse mail de secours a été changée. Je n'ai rien fait de tout ça. Pouvez-vous bloquer la commande et mon compte ? Merci, Manon
"""),

M(ind="septic", frm="Gérard Lemoine <gerard.lemoine@campagne.example>",
  subj="Vidange de fosse – journal local",
  trig="media_threat severe_dissatisfaction", trap="-",
  note="press threat + strong anger",
  body="""\
Votre camion a défoncé ma pelouse et cassé le regard en béton, et le chauffeur est reparti sans même frapper à la porte. C'est honteux. Si personne ne vient constater les dégâts cette semaine, j'envoie les photos à La Voix du Bocage, le journaliste est un voisin.

G. Lemoine
"""),

M(ind="carseat", frm="Amélie Perrin <amelie.perrin@bebemail.example>",
  subj="Poussette : le châssis s'est plié",
  trig="safety technical_issue", trap="-",
  note="stroller frame collapse",
  body="""\
Bonjour,

Hier, en descendant un trottoir tout à fait normal, le châssis de notre poussette Orla s'est plié d'un coup côté gauche. Ma fille de 8 mois a basculé sur le côté, heureusement elle était attachée, juste une bosse au front. La poussette a deux mois.

Je veux savoir s'il y a un défaut connu et si d'autres parents ont eu le problème.

Amélie Perrin
"""),

M(ind="bridge", frm="Jean-Pierre Vasseur <jp.vasseur@bridgeclub.example>",
  subj="Données des licenciés effacées",
  trig="data_loss technical_issue", trap="-",
  note="member database wiped",
  body="""\
Bonjour,

Depuis la mise à jour de votre logiciel de gestion de club, notre fichier des licenciés est vide : 0 membre. Nous avions 186 membres avec leurs coordonnées et leur historique de points. La sauvegarde automatique affiche « dernière sauvegarde : jamais ».

Pouvez-vous restaurer les données de votre côté ? C'est très urgent, notre tournoi régional est samedi.

Jean-Pierre Vasseur
Président, Bridge Club de Vernon
"""),

M(ind="tyres", frm="Luc Girard <luc.girard@pneumail.example>",
  subj="résiliation de mon contrat de gardiennage",
  trig="cancellation_threat severe_dissatisfaction", trap="-",
  note="résilier because of problem",
  body="""\
Bonjour,

Pour la deuxième saison de suite, vous m'avez rendu mes pneus hiver avec des jantes rayées. Cette fois, c'est fini : je résilie mon contrat de gardiennage et je récupère mes pneus été vendredi. Un service aussi lamentable, je n'avais jamais vu ça.

Luc Girard
"""),

M(ind="archery", frm="Élodie Marchand <elodie.marchand@arc.example>",
  subj="Coordonnées du siège",
  trig="corporate_contact_request", trap="-",
  note="head office address request",
  body="""\
Bonjour,

Pourriez-vous m'indiquer l'adresse postale du siège social de votre société ainsi que le numéro de téléphone de la direction ? Je souhaite adresser une réclamation par courrier recommandé concernant le remboursement de mon stage annulé du 3 octobre.

Élodie Marchand
"""),

M(ind="removals", frm="François Bertin <francois.bertin@expat.example>",
  subj="J'ai écrit à votre PDG",
  trig="executive_contact", trap="-",
  note="wrote to CEO",
  body="""\
Bonjour,

Sans réponse de votre service client depuis trois semaines, j'ai écrit directement à votre PDG, M. Delacroix, avec copie de toutes nos échanges. J'espère que les choses vont enfin bouger.

François Bertin
"""),

M(ind="tea", frm="Océane Blanc <oceane.blanc@epices.example>",
  subj="Vous avez envoyé mes données à quelqu'un d'autre",
  trig="security_incident", trap="-",
  note="personal data sent to other customer",
  body="""\
Bonjour,

Une inconnue m'a contactée sur Instagram : elle a reçu dans son colis d'épices MA facture, avec mon nom, mon adresse, mon téléphone et mes quatre derniers chiffres de carte. Donc mes données personnelles sont chez une autre cliente.

Je veux savoir comment c'est possible et si d'autres clients sont concernés.

Océane Blanc
"""),

M(ind="dance", frm="Thierry Rolland <thierry.rolland@salsa.example>",
  subj="Plainte CNIL",
  trig="regulatory", trap="-",
  note="CNIL complaint",
  body="""\
Bonjour,

J'ai demandé il y a deux mois la suppression de mes données (article 17 RGPD) après avoir quitté l'école. Je reçois toujours votre newsletter et des SMS. Sans suppression effective sous 8 jours, je dépose une plainte auprès de la CNIL.

Thierry Rolland
"""),

M(ind="wig", frm="Fatou Diallo <fatou.diallo@boucles.example>",
  subj="Accueil en boutique",
  trig="discrimination_harassment", trap="-",
  note="racial discrimination in shop",
  body="""\
Bonjour,

Samedi, dans votre boutique de Lille, la vendeuse m'a suivie dans toutes les allées et m'a demandé de laisser mon sac à l'entrée, alors que les deux clientes blanches entrées juste avant moi ont gardé les leurs. Quand j'ai demandé pourquoi, elle a dit « c'est pour les clientes comme vous ».

Je trouve ça raciste et humiliant.

Fatou Diallo
"""),

M(ind="keyboards", frm="Maxime Dupuis <maxime.dupuis@ligue-esport.example>",
  subj="Commande équipe 6 250 € – souris défectueuses",
  trig="high_value_order technical_issue", trap="-",
  note="team order > 5k with defect",
  body="""\
Bonjour,

Nous avons reçu notre commande pour l'équipe (facture F-20931, 6 250,00 € TTC). Sur les 40 souris Strix, 11 ont un clic gauche qui double-clique dès le premier jour. Le tournoi commence le 2 novembre.

Merci de nous proposer un échange rapide.

Maxime Dupuis
Manager de l'équipe
"""),

M(ind="insulation", frm="Sylvie Caron <sylvie.caron@maison.example>",
  subj="Rappel promis jamais reçu",
  trig="broken_promise", trap="-",
  note="promised callback",
  body="""\
Bonjour,

Le 2 octobre, votre technicien m'a promis qu'un conducteur de travaux me rappellerait « avant la fin de la semaine » pour les fissures apparues après l'isolation par l'extérieur. Trois semaines plus tard, toujours aucun appel.

Sylvie Caron
"""),

M(ind="calligraphy", frm="Paul Meunier <paul.meunier@atelier-lettres.example>",
  subj="Avis et réseaux",
  trig="media_threat", trap="-",
  note="threat to post on social networks",
  body="""\
Bonjour,

Le stage de lettrage du week-end a été annulé la veille, sans remboursement à ce jour (190 €). Si je n'ai pas de nouvelles d'ici lundi, je publierai mon expérience sur Google et sur les groupes Facebook de calligraphie, où je suis assez actif.

Paul Meunier
"""),

M(ind="trainer", frm="Camille Aubert <camille.aubert@forme.example>",
  subj="Je veux parler au directeur",
  trig="executive_contact manager_request", trap="-",
  note="wants to speak to the director/CEO",
  body="""\
Bonjour,

J'aimerais parler directement au fondateur, M. Lagarde. Trois coachs en deux mois, trois programmes différents, et personne ne lit mon dossier médical. Si ce n'est pas possible, alors au moins à un responsable du coaching.

Camille
"""),

M(ind="jewellery", frm="Aurélie Vidal <aurelie.vidal@perles.example>",
  subj="Suggestion : système de favoris",
  trig="feature_request", trap="-",
  note="feature request",
  body="""\
Coucou !

Est-ce que vous pourriez ajouter une liste de favoris sur le site ? Je repère des bijoux, je reviens deux jours plus tard et je ne les retrouve plus. Une petite icône cœur, ce serait parfait.

Bisous,
Aurélie
"""),

M(ind="septic", frm="Martine Giraud <martine.giraud@village.example>",
  subj="Facture double",
  trig="billing_dispute", trap="-",
  note="double invoice for one service",
  body="""\
Madame, Monsieur,

Vous m'avez facturé deux fois la vidange du 12 septembre (factures 4471 et 4478, 245 € chacune). Il n'y a eu qu'une seule intervention. Merci d'annuler la facture 4478.

Martine Giraud
"""),

M(ind="trainer", frm="Mélanie Dufour <melanie.dufour@sportive.example>",
  subj="Tout mon historique a disparu ??",
  trig="data_loss technical_issue", trap="-",
  note="workout history wiped after app update",
  body="""\
Bonjour,

Depuis la mise à jour de l'appli hier soir, tout mon historique d'entraînement a disparu : 14 mois de séances, mes records, mes mensurations, les photos. L'écran « Progression » affiche juste « Commencez votre première séance ! ». Mon compte est bien le bon (même e-mail, même abonnement).

J'avais tout noté uniquement dans l'appli, je n'ai aucune autre copie. Est-ce que vous pouvez restaurer mes données ?

Merci,
Mélanie
"""),

# ---------------------------------------------------------------- negatives
M(ind="luthier", frm="Maître Caroline Duval <c.duval@avocats-duval.example>",
  subj="Réparation violon de ma fille",
  trig="", trap="lawyer_customer_ordering",
  note="avocate ordering normally, legal disclaimer",
  body="""\
Bonjour,

Ma fille joue sur un violon 3/4 dont le chevalet s'est couché. Pourriez-vous le redresser et vérifier l'âme ? Je peux passer mercredi après le tribunal, vers 17 h.

Bien cordialement,

Maître Caroline Duval
Avocate au Barreau de Rennes
Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires. Toute utilisation non conforme est interdite et peut donner lieu à des poursuites.
"""),

M(ind="tea", frm="Julie Renard <julie.renard@infusion.example>",
  subj="Re: Colis endommagé",
  trig="", trap="quoted_threat_le_a_ecrit",
  note="quoted earlier threat; now thanks",
  body="""\
Merci beaucoup, le remboursement est bien arrivé. Tout est réglé pour moi !

Julie

Le 3 oct. 2024 à 09:41, Julie Renard <julie.renard@infusion.example> a écrit :
> Deuxième colis écrasé en deux mois. Si ça continue je résilie
> et je mets un avis sur Trustpilot.
"""),

M(ind="dance", frm="Pierre Bonnet <pierre.bonnet@danse.example>",
  subj="Annulation cours du samedi",
  trig="", trap="cancel_single_appointment",
  note="cancels one class",
  body="""\
Bonjour, je ne pourrai pas venir au cours de rock de samedi (mariage de mon cousin). Est-ce que je peux rattraper le cours mardi ? Merci, Pierre
"""),

M(ind="keyboards", frm="Nicolas Fabre <nicolas.fabre@bureau.example>",
  subj="TR: Commande",
  trig="", trap="outlook_original_message_fr",
  note="French Outlook header block with complaint from colleague",
  body="""\
Bonjour,

Je vous transfère la demande de mon collègue. Nous aimerions simplement savoir si le modèle K88 existe en disposition AZERTY.

Nicolas Fabre
Directeur commercial

De : Thomas Leroy <thomas.leroy@bureau.example>
Envoyé : mardi 8 octobre 2024 10:02
À : Nicolas Fabre <nicolas.fabre@bureau.example>
Objet : Commande

Nicolas, la dernière fois ils nous ont envoyé des QWERTY, c'était une honte. Demande-leur s'ils ont de l'AZERTY sinon on change de fournisseur.
"""),

M(ind="carseat", frm="Laure Picard <laure.picard@famille.example>",
  subj="Politique de remboursement",
  trig="", trap="refund_policy_question",
  note="refund policy question",
  body="""\
Bonjour,

Quelle est votre politique de remboursement si le siège auto ne rentre pas dans notre voiture ? Peut-on le renvoyer s'il a été déballé ?

Merci d'avance,
Laure Picard
"""),

M(ind="bridge", frm="Annie Leclerc <annie.leclerc@bridge.example>",
  subj="Merci à notre responsable !",
  trig="", trap="praise_manager_by_name",
  note="praise of responsible",
  body="""\
Bonjour,

Je tenais à remercier Mme Rousseau, responsable du club, pour l'organisation parfaite du tournoi d'automne. Tout était fluide, les résultats affichés en temps réel. Bravo !

Annie Leclerc
"""),

M(ind="insulation", frm="Gilles Robin <gilles.robin@renov.example>",
  subj="Devis isolation 5 000 €",
  trig="", trap="exactly_5000",
  note="quote exactly 5,000 with neutral question",
  body="""\
Bonjour,

Votre devis s'élève à 5 000,00 € TTC pour l'isolation des combles perdus. Est-ce que ce montant inclut le déplacement et l'évacuation de l'ancienne laine ? Nous aimerions démarrer début décembre.

Gilles Robin
"""),

M(ind="wig", frm="Odile Marchal <odile.marchal@senior.example>",
  subj="petite déception",
  trig="", trap="mild_disappointment",
  note="mild disappointment",
  body="""\
Bonjour,

J'ai bien reçu la perruque, elle est jolie mais un peu plus claire que sur la photo, je suis un peu déçue. Est-ce qu'il existe une teinte légèrement plus foncée ? Sinon je la garde, elle me va bien quand même.

Odile
"""),

M(ind="trainer", frm="Romain Giraud <romain.giraud@sport.example>",
  subj="Sécurité des données ?",
  trig="", trap="security_question_no_incident",
  note="asks if data is safe / 2FA",
  body="""\
Bonjour,

Mes photos de progression sont-elles stockées de façon sécurisée ? Et est-ce qu'on peut activer la double authentification sur l'appli ? Je n'ai pas eu de problème, c'est juste par précaution.

Romain
"""),

M(ind="septic", frm="Yves Collin <yves.collin@ferme.example>",
  subj="Je ne vais pas résilier, mais…",
  trig="", trap="negation",
  note="negated cancellation, simple question",
  body="""\
Bonjour,

Je ne compte pas résilier mon contrat d'entretien, rassurez-vous ! Je voudrais juste savoir si on peut décaler la vidange annuelle de mars à avril.

Yves Collin
"""),

M(ind="archery", frm="Mathilde Rey <mathilde.rey@presse-sport.example>",
  subj="Séance découverte pour la rédaction",
  trig="", trap="journalist_private_booking",
  note="journalist booking privately, not an inquiry for comment",
  body="""\
Bonjour,

Je travaille dans une rédaction sportive et nous voudrions offrir une séance découverte de tir à l'arc à notre équipe (8 personnes) pour notre sortie annuelle, un vendredi après-midi. Quelles sont vos disponibilités et le tarif de groupe ?

Mathilde Rey
"""),

M(ind="calligraphy", frm="Bruno Lemaire <bruno.lemaire@lettres.example>",
  subj="Exporter mes travaux ?",
  trig="", trap="feature_exists_question",
  note="asks if export exists",
  body="""\
Bonjour, est-il possible d'exporter tous mes travaux déposés dans un fichier zip ? Je voudrais les garder en archive. Merci, Bruno
"""),

M(ind="tyres", frm="Agnès Morel <agnes.morel@route.example>",
  subj="Chaînes neige : question",
  trig="", trap="hypothetical",
  note="hypothetical about chains failing",
  body="""\
Bonjour,

Si une chaîne casse en route, est-ce qu'elle est garantie ou remplacée ? Je pars à Val Thorens en février et je préfère savoir avant d'acheter.

Agnès Morel
"""),
]
