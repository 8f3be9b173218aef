# French customer mails: positives first, then hard negatives. Hand-written literals.
from h14_base import M

LANG = "fr"
MSGS = [
# ---------------------------------------------------------------- positives
M("discrimination_harassment,manager_request", "-", "Nadia Benali <nadia.benali@courriel.example>",
  "Propos inacceptables d'un moniteur",
  """
Bonjour,

Lors du stage de parapente du week-end dernier, le moniteur a refusé de me laisser voler en me disant que « les femmes n'ont pas le sens de l'aérologie » et m'a fait des remarques déplacées sur ma tenue devant tout le groupe. Mes deux collègues masculins, qui ont le même niveau que moi, ont volé.

Je souhaite que le responsable de l'école me contacte directement.

Nadia Benali
"""),

M("security_incident,technical_issue", "-", "Julien Marchand <julien.marchand@laposte-mail.example>",
  "Compte piraté ?",
  """
Bonjour,

j'ai reçu ce matin trois mails de réinitialisation de mot de passe que je n'ai pas demandés, puis un mail confirmant l'achat de 6 manuels de droit que je n'ai jamais commandés. Quand j'essaie de me connecter, on me dit que mon adresse n'existe pas. Quelqu'un a pris le contrôle de mon compte sur votre plateforme, et en plus votre formulaire de réinitialisation renvoie une erreur.

Merci de bloquer le compte au plus vite.
Julien
"""),

M("data_loss,technical_issue", "-", "Émilie Garnier <emilie.garnier@garnier.example>",
  "Mes carnets de recettes ont disparu",
  """
Bonjour,

Depuis la mise à jour de votre application, mon espace « Mes recettes » est vide. J'y avais enregistré toutes les fiches des douze cours de cuisine suivis depuis deux ans, avec mes notes personnelles. Tout a disparu, même l'historique des cours.

Pouvez-vous les récupérer ?

Émilie Garnier
"""),

M("media_threat,cancellation_threat", "-", "Pascal Lenoir <pascal.lenoir@lenoir.example>",
  "Dernier avertissement",
  """
Trois mois que notre machine à café est en panne un jour sur deux. Si rien n'est réglé d'ici la fin du mois, nous résilions le contrat et je raconte toute l'histoire sur LinkedIn et sur les avis Google, avec photos.

Pascal Lenoir
""", t_extra="technical_issue"),

M("regulatory,legal_threat", "-", "Martine Rousseau <martine.rousseau@rousseau.example>",
  "Réclamation – données transmises sans accord",
  """
Madame, Monsieur,

J'ai découvert que mes coordonnées, communiquées uniquement pour l'inscription au tournoi d'échecs de Lyon, ont été transmises à une société de paris en ligne qui me démarche désormais. J'ai saisi la CNIL ce jour et mon avocat vous adressera un courrier.

Martine Rousseau
"""),

M("outage,technical_issue,severe_dissatisfaction", "-", "Franck Morel <franck.morel@morel-transports.example>",
  "SITE EN PANNE DEPUIS 2 JOURS",
  """
Votre site de réservation est inaccessible depuis lundi, erreur 500 sur toutes les pages, et personne ne répond au téléphone. Nous devons réserver trois transports sanitaires pour nos résidents. C'est scandaleux, tout simplement inadmissible pour un service de ce type.

F. Morel
Directeur d'EHPAD
""", trap2="job_title"),

M("billing_dispute,repeat_contact", "-", "Sophie Lambert <sophie.lambert@lambert.example>",
  "Prélèvement en double – troisième relance",
  """
Bonjour,

C'est la troisième fois que je vous écris : vous avez prélevé deux fois la cotisation annuelle du spa (2 × 540 €) le 3 janvier. Je vous ai envoyé mon relevé bancaire à deux reprises. Merci de me rembourser les 540 € en trop.

Sophie Lambert
"""),

M("safety", "-", "Gilles Perrin <gilles.perrin@perrin.example>",
  "Barres de toit mal fixées – accident évité de justesse",
  """
Bonjour,

Sur l'autoroute hier, les barres de toit que vous avez posées jeudi se sont soulevées et le coffre de toit s'est ouvert à 110 km/h. Nos bagages ont volé sur la voie. Par miracle personne n'a été blessé. Un des étriers n'était tout simplement pas serré.

Je vous demande de vérifier immédiatement les autres véhicules équipés ce jour-là.

Gilles Perrin
""", t_extra="technical_issue"),

M("broken_promise,high_value_order", "-", "Claire Dubois <claire.dubois@dubois-immo.example>",
  "Installation spa – date non respectée",
  """
Bonjour,

Nous avons signé en janvier pour un spa extérieur 6 places avec terrassement et abri (devis SP-4410, 12 760 € TTC). Votre commercial nous avait garanti une installation fin avril. Nous sommes fin juin, le jardin est éventré et personne ne nous donne de date.

Merci de nous proposer une date ferme cette semaine.

Claire Dubois
"""),

M("feature_request", "-", "Théo Mercier <theo.mercier@mercier.example>",
  "Suggestion pour l'appli",
  """
Salut l'équipe,

Ce serait top de pouvoir filtrer les cours de yoga par niveau dans l'appli (débutant / intermédiaire / avancé). Là je dois ouvrir chaque fiche pour voir. Et tant qu'à faire, un mode sombre ce serait cool.

Merci !
Théo
"""),

M("corporate_contact_request", "-", "Bernard Fontaine <bernard.fontaine@fontaine.example>",
  "Adresse du siège social",
  """
Madame, Monsieur,

Pourriez-vous me communiquer l'adresse postale de votre siège social ainsi que le nom de la personne à qui adresser une réclamation écrite au niveau de la direction ?

Cordialement,
Bernard Fontaine
""", t_extra="executive_contact", note="asks for head-office address and the executive to write to -> both"),

M("executive_contact,severe_dissatisfaction", "-", "Isabelle Garnier <isabelle.garnier@igarnier.example>",
  "Copie à votre PDG",
  """
Monsieur,

Je mets en copie de ce message votre PDG, M. Delaunay, car je n'ai plus aucune confiance dans votre service client. Mon stylo-plume, confié pour une simple révision, m'a été rendu rayé et avec une plume tordue. C'est honteux.

Isabelle Garnier
"""),

M("technical_issue", "non_native", "Kwame Mensah <kwame.mensah@mensah.example>",
  "probleme avec le permis déchetterie",
  """
bonjour, j'ai payé le permis de déchetterie sur votre site mais le QR code dans le mail ne s'affiche pas, il y a juste un carré gris. j'ai essayé sur telephone et ordinateur. comment je fais pour passer la barrière samedi ? merci
"""),

M("outage,technical_issue", "-", "Aurélie Petit <aurelie.petit@petit.example>",
  "Impossible de se connecter",
  """
Bonjour, depuis ce matin impossible de me connecter à l'espace membre du club d'échecs, ni sur le site ni sur l'appli. Un collègue du club a le même problème, le site affiche « Service indisponible ». C'est général ?
"""),

M("cancellation_threat,severe_dissatisfaction", "sarcasm", "Laurent Giraud <laurent.giraud@giraud.example>",
  "Bravo",
  """
Bravo. Quatrième cours d'éducation canine annulé à la dernière minute ce trimestre. Vraiment, félicitations, c'est du grand art. J'en ai ras-le-bol, c'est une honte. Je résilie mon forfait et je vais voir ailleurs.
"""),

M("legal_threat", "-", "Hélène Carpentier <helene.carpentier@carpentier.example>",
  "Mise en demeure – aménagement fourgon",
  """
Madame, Monsieur,

Par la présente, je vous mets en demeure de me restituer mon fourgon, dont l'aménagement devait être terminé le 15 mai, ou de me rembourser l'acompte versé. À défaut de réponse sous huit jours, je saisirai le tribunal compétent.

Hélène Carpentier
"""),

M("repeat_contact,manager_request", "-", "Yannick Roux <yannick.roux@roux.example>",
  "Je veux parler à quelqu'un de plus haut placé",
  """
Bonjour,

Je vous ai déjà appelé deux fois et écrit une fois pour le même problème de réservation d'ambulance (mauvaise adresse de prise en charge). À chaque fois, on me répond que c'est corrigé, et ce n'est pas le cas. Je voudrais que mon dossier soit transmis à un responsable.

Yannick Roux
"""),

M("broken_promise,data_loss", "-", "Camille Vasseur <camille.vasseur@vasseur.example>",
  "Sauvegarde promise",
  """
Bonjour,

Lors du changement de carte mère de ma machine à écrire électronique, votre technicien m'avait assuré qu'il sauvegarderait la mémoire de textes (une centaine de lettres types) et la remettrait après réparation. La machine m'a été rendue avec la mémoire complètement vide. Personne ne m'a prévenue.

Camille Vasseur
""", note="a repair shop wiped stored texts after promising to back them up"),

M("safety,regulatory", "-", "Didier Lemaire <didier.lemaire@lemaire.example>",
  "Kit de peinture – pictogrammes manquants",
  """
Bonjour,

Le kit de peinture pour figurines « Junior » que vous vendez contient un solvant sans aucun pictogramme de danger, et mon fils de 9 ans a eu des vertiges et des nausées après l'avoir utilisé dans sa chambre. J'ai signalé le produit à la DGCCRF.

Didier Lemaire
"""),

M("high_value_order,technical_issue", "-", "Olivier Bertin <olivier.bertin@bertin-conseil.example>",
  "Contrat machines à café – panne généralisée",
  """
Bonjour,

Dans le cadre de notre contrat de maintenance (réf. MC-2207, 18 600 € HT par an, 12 machines), huit machines affichent depuis lundi le code « E-41 » et ne distribuent plus rien. Merci d'envoyer un technicien en urgence.

Olivier Bertin
"""),

M("discrimination_harassment", "-", "Moussa Diallo <moussa.diallo@diallo.example>",
  "Refus d'accès au spa",
  """
Bonjour,

Samedi, l'agent d'accueil de votre spa a refusé de me laisser entrer avec ma carte d'abonné en disant qu'il devait « vérifier que je n'étais pas venu pour voler ». Les clients blancs devant moi sont passés sans aucun contrôle. J'ai dû montrer deux pièces d'identité devant tout le monde.

Je trouve ce traitement humiliant et je vous demande une explication.

Moussa Diallo
"""),

M("media_threat", "-", "Sarah Klein <sarah.klein@lecourrier.example>",
  "Demande d'interview – écoles de parapente",
  """
Bonjour,

Journaliste au Courrier des Alpes, je prépare un article sur la sécurité dans les écoles de parapente de la région après plusieurs accidents cet été. Accepteriez-vous de répondre à quelques questions par téléphone cette semaine ?

Bien cordialement,
Sarah Klein
""", note="journalist inquiry always fires media_threat"),

# ---------------------------------------------------------------- hard negatives
M("-", "quoted_threat_ecrit", "Agnès Moulin <agnes.moulin@moulin.example>",
  "Re: Remboursement stage annulé",
  """
Merci beaucoup, j'ai bien reçu le remboursement. Bonne journée !

Agnès

Le 4 avr. 2024 à 10:22, Agnès Moulin <agnes.moulin@moulin.example> a écrit :
> Si je ne suis pas remboursée sous huit jours, je saisis mon avocat et
> je porte plainte. C'est inadmissible.
""", reply=True, note="settled; threat only in the quoted earlier mail"),

M("-", "quoted_outlook_fr", "Vincent Caron <vincent.caron@caron-sa.example>",
  "RE: Intervention machine à café",
  """
Bonjour,

Parfait pour jeudi 14 h, l'accueil sera prévenu.

Cordialement,
Vincent Caron
Directeur commercial

De : Vincent Caron <vincent.caron@caron-sa.example>
Envoyé : mardi 8 octobre 2024 17:05
À : support@example.test
Objet : Intervention machine à café

Je veux parler à un responsable. C'est la troisième panne ce mois-ci et personne ne vient. Sinon on résilie.
""", reply=True, trap2="job_title"),

M("-", "negation", "Lucie Bernard <lucie.bernard@bernard.example>",
  "Question abonnement spa",
  """
Bonjour, je ne souhaite pas résilier, rassurez-vous ! Je voudrais seulement changer la date de prélèvement du 1er au 10 du mois. Est-ce possible ? Merci, Lucie
"""),

M("-", "refund_policy_question", "Antoine Faure <antoine.faure@faure.example>",
  "Conditions d'annulation",
  """
Bonjour,

Quelles sont vos conditions de remboursement si je dois annuler ma place à la retraite de yoga de septembre ? Y a-t-il des frais ?

Merci d'avance,
Antoine Faure
"""),

M("-", "feature_exists_question", "Manon Leroy <manon.leroy@leroy.example>",
  "Export des parties",
  """
Bonjour, est-ce qu'on peut exporter ses parties du tournoi en PGN depuis l'espace membre ? Je ne trouve pas l'option. Merci !
"""),

M("-", "large_amount_ok", "Thierry Blanc <thierry.blanc@blanc-campers.example>",
  "Commande aménagement VC-7710",
  """
Bonjour,

Bien reçu la confirmation de commande pour l'aménagement complet du Ducato (26 900 €). Tout est conforme à notre échange. Pouvez-vous me dire quand je dois déposer le véhicule ?

Thierry Blanc
"""),

M("-", "exactly_5000", "Sandrine Meyer <sandrine.meyer@meyer.example>",
  "Facture spa – adresse de facturation",
  """
Bonjour,

Pourriez-vous modifier l'adresse de facturation sur la facture de 5 000,00 € pour l'installation du spa ? Il faut mettre celle de notre SCI. Le montant est correct.

Merci,
Sandrine Meyer
"""),

M("-", "data_safety_question", "Robert Chevalier <robert.chevalier@chevalier.example>",
  "Sécurité de mes données",
  """
Bonjour,

Mes données bancaires sont-elles en sécurité sur votre site de réservation de cours de cuisine ? Est-ce que vous conservez le numéro de carte ? Merci de me rassurer.

Robert Chevalier
"""),

M("-", "own_holiday", "Élodie Masson <elodie.masson@masson.example>",
  "Absence en juillet",
  """
Bonjour,

Je serai en vacances du 8 au 28 juillet. Pourriez-vous décaler les trois séances d'éducation de ma chienne prévues pendant cette période à la rentrée ?

Merci et bel été,
Élodie
"""),

M("-", "html_blockquote", "Guillaume Noël <guillaume.noel@noel.example>",
  "Re: Révision machine à écrire",
  """
Super, merci ! Je passe la récupérer samedi.

Guillaume

> Le 12 juin 2024 à 19:02, Guillaume Noël <guillaume.noel@noel.example> a écrit :
>
> Trois semaines et toujours rien, c'est une honte ! Je vais laisser un avis sur Google.
""", pack="html"),

M("-", "praise", "Chantal Robin <chantal.robin@robin.example>",
  "Merci pour le baptême",
  """
Bonjour à toute l'équipe,

Un grand merci pour le baptême de parapente de ma fille samedi. Elle n'arrête pas d'en parler ! Le moniteur a été parfait, patient et rassurant.

Chantal
"""),

M("-", "how_to", "Mathieu Picard <mathieu.picard@picard.example>",
  "Comment ajouter un véhicule ?",
  """
Bonjour, comment ajouter un deuxième véhicule à mon permis de déchetterie ? Merci.
"""),

M("-", "reported_speech", "Nathalie Gauthier <nathalie.gauthier@gauthier.example>",
  "Retour sur le stage",
  """
Bonjour,

Mon mari dit en rigolant qu'il va porter plainte parce que depuis le stage de cuisine thaï je mets du piment partout. :) Blague à part, avez-vous un stage pâtisserie prévu en novembre ?

Nathalie
"""),

M("-", "maintenance_question", "François Duval <francois.duval@duval.example>",
  "Maintenance prévue",
  """
Bonjour, j'ai vu qu'une maintenance est prévue dimanche. Est-ce que l'appli du spa fonctionnera pour ouvrir les casiers ? Merci.
"""),

M("-", "mild_disappointment", "Odile Fabre <odile.fabre@fabre.example>",
  "Petite remarque",
  """
Bonjour,

La retraite était très agréable dans l'ensemble. J'ai été un peu déçue que la séance de méditation du dimanche soit écourtée, mais rien de grave. Merci pour l'accueil.

Odile
"""),
]
