# French customer mail (with and without triggers).
# One block per message, written by hand.  Labels follow docs/triggers.md.
LANG = "fr"
MESSAGES = []


def M(**kw):
    MESSAGES.append(kw)


M(frm="Sébastien Marchand <s.marchand@courriel-fr.example>",
  subj="Double prélèvement assurance moto",
  trig="billing_dispute",
  body="""\
Bonjour,

Je constate sur mon relevé bancaire que la cotisation de mon assurance moto (contrat AM-330712, Yamaha MT-07) a été prélevée deux fois ce mois-ci : 47,80 € le 5 et encore 47,80 € le 6. Merci de me rembourser le prélèvement en trop.

Cordialement,
Sébastien Marchand
""")

M(frm="Nathalie Rousseau <nathalie.rousseau@maison-rousseau.example>",
  subj="Fumée et odeur de brûlé après réparation",
  trig="safety,technical_issue",
  body="""\
Bonjour,

Votre technicien est passé jeudi changer la carte électronique de notre lave-linge (intervention RL-20448). Ce matin, en plein essorage, de la fumée est sortie par l'arrière de la machine avec une forte odeur de plastique brûlé. J'ai coupé le disjoncteur tout de suite.

J'ai deux enfants en bas âge et je n'ose plus toucher à cette machine. Merci d'envoyer quelqu'un en urgence.

Nathalie Rousseau
""")

M(frm="Philippe Garnier <philippe.garnier@garnier-conseil.example>",
  subj="Franchise de 1 200 € débitée à tort - location CDG",
  trig="billing_dispute,legal_threat",
  body="""\
Madame, Monsieur,

J'ai loué une Peugeot 3008 à votre agence de l'aéroport Charles-de-Gaulle du 2 au 9 juin (contrat CDG-558190). Le véhicule a été restitué sans aucun dommage, votre agent l'a constaté et a signé l'état des lieux.

Trois semaines plus tard, vous avez débité 1 200 € de franchise sur ma carte pour une « rayure sur la portière arrière ». Je conteste formellement ce débit. Sans remboursement sous huit jours, je transmets le dossier à mon avocat.

Philippe Garnier
""")

M(frm="Amandine Lefèvre <amandine.lefevre@laposte-perso.example>",
  subj="brûlure après la pose de vernis semi-permanent",
  trig="safety",
  body="""\
bonjour,

j'ai fait une pose de semi-permanent samedi dans votre institut rue Nationale. pendant le passage sous la lampe j'ai dit plusieurs fois que ça brûlait, l'esthéticienne m'a dit que c'était normal. depuis j'ai des cloques sur deux doigts et le pharmacien m'a dit que c'était une brûlure chimique.

je voulais vous prévenir pour que ça n'arrive pas à d'autres clientes.

Amandine
""")

M(frm="Gilles Bonnet <gilles.bonnet@bonnet-fetes.example>",
  subj="Je veux parler à un responsable",
  trig="manager_request,severe_dissatisfaction",
  body="""\
Bonjour,

Les costumes réservés pour la soirée de l'association (12 costumes années folles) ne sont JAMAIS arrivés. Personne n'a répondu au téléphone samedi. 80 invités, la moitié en jean. C'est inadmissible, c'est tout simplement honteux.

Je veux parler à un responsable, pas à un standard.

Gilles Bonnet
""")

M(frm="Hélène Mercier <helene.mercier@mercier-famille.example>",
  subj="Signalement à la DGCCRF",
  trig="billing_dispute,regulatory",
  body="""\
Madame, Monsieur,

Le 20 juillet, votre base de canoës nous a facturé 45 € de « frais de nettoyage » par embarcation, frais qui ne figurent nulle part dans vos conditions de location affichées ou en ligne.

J'ai fait un signalement sur SignalConso à l'attention de la DGCCRF aujourd'hui. Je vous laisse le soin de me répondre.

Hélène Mercier
""")

M(frm="Kevin Dubois <kevin.dubois@dubois-web.example>",
  subj="site en panne ?",
  trig="outage,technical_issue",
  body="""\
Salut,

impossible de se connecter à votre site pour réserver le laser game, ça affiche « Erreur 503 - Service indisponible » depuis ce matin. Mes potes ont le même problème. C'est en panne ?

Kevin
""")

M(frm="Claire Fontaine <claire.fontaine@fontaine-mail.example>",
  subj="Compte piraté - commandes frauduleuses",
  trig="security_incident",
  body="""\
Bonjour,

Quelqu'un s'est connecté à mon compte sur votre parfumerie en ligne : j'ai reçu deux confirmations de commande que je n'ai pas passées (livraison à Marseille, j'habite Lille), et mon adresse e-mail de connexion a été modifiée. Ma carte bancaire était enregistrée.

Merci de bloquer mon compte et d'annuler ces commandes au plus vite.

Claire Fontaine
""")

M(frm="Bertrand Lacroix <b.lacroix@hotel-lacroix.example>",
  subj="Commande rideaux 11 400 € - pose non conforme",
  trig="high_value_order",
  body="""\
Madame, Monsieur,

Nous avons commandé la confection et la pose de rideaux occultants pour les 30 chambres de l'hôtel (commande RD-7741, montant 11 400 € TTC). Vos poseurs ont terminé hier : dans au moins 18 chambres, les rideaux s'arrêtent 15 cm au-dessus du sol et laissent passer la lumière en bas.

Nous rouvrons le 1er avril. Merci de nous indiquer rapidement comment vous comptez reprendre la pose.

Bertrand Lacroix
Directeur, Hôtel Lacroix
""")

M(frm="Mathilde Perrin <mathilde.perrin@ecrire-perrin.example>",
  subj="Tous mes fichiers ont disparu",
  trig="data_loss,technical_issue",
  body="""\
Bonjour,

Après la mise à jour de votre plateforme hier soir, mon espace auteur est vide : le manuscrit de mon recueil de nouvelles, la couverture, les métadonnées, tout a disparu. Le tableau de bord indique « Aucun projet ».

J'avais prévu la publication pour la fin du mois. Pouvez-vous restaurer mes fichiers à partir d'une sauvegarde ?

Merci d'avance,
Mathilde Perrin
""")

M(frm="Laurent Girard <laurent.girard@girard-events.example>",
  subj="J'écris directement à votre PDG",
  trig="executive_contact,technical_issue",
  body="""\
Bonjour,

Faute de réponse depuis dix jours au sujet du château gonflable dégonflé en plein anniversaire, j'ai écrit ce matin directement à votre PDG, M. Vasseur, par courrier recommandé.

Laurent Girard
""")

M(frm="Élodie Caron <elodie.caron@redaction-ouest.example>",
  subj="Demande d'interview - visites hantées",
  trig="media_threat",
  body="""\
Bonjour,

Je suis journaliste à L'Écho de l'Ouest et je prépare un article sur les visites nocturnes « hantées » dans la vieille ville. Plusieurs lecteurs nous ont signalé que des visites avaient été annulées sans remboursement cet été.

Seriez-vous disponible pour un échange téléphonique cette semaine afin de nous donner votre version ? Vous pouvez me joindre au 02 55 50 14 21.

Bien cordialement,
Élodie Caron
Journaliste
""")

M(frm="Yves Moreau <yves.moreau@moreau-cuisine.example>",
  subj="Suggestion : suivi de l'envoi",
  trig="feature_request",
  body="""\
Bonjour,

Très content de l'affûtage de mes couteaux, rien à dire. Petite suggestion : ce serait bien de pouvoir suivre l'avancement de la commande en ligne (reçu, en cours d'affûtage, expédié), avec un lien de suivi. On est toujours un peu inquiet quand on envoie ses couteaux par la poste.

Bonne journée,
Yves Moreau
""")

M(frm="Christine Lemaire <christine.lemaire@lemaire-net.example>",
  subj="Résiliation de mon abonnement - troisième réclamation",
  trig="cancellation_threat,repeat_contact",
  body="""\
Bonjour,

C'est la troisième fois que je vous écris au sujet des kits de pleurotes qui arrivent écrasés. Aucune réponse, aucun remplacement.

Je résilie mon abonnement à compter d'aujourd'hui.

Christine Lemaire
""")

M(frm="Fatima Benali <fatima.benali@benali-mail.example>",
  subj="Comportement du président de l'association",
  trig="discrimination_harassment",
  body="""\
Madame, Monsieur,

Depuis que j'ai obtenu une parcelle aux jardins familiaux des Tilleuls en mars, le président de l'association m'adresse régulièrement des remarques humiliantes devant les autres jardiniers (« on sait bien comment ça se passe chez vous », « ici on respecte les règles »). La semaine dernière, il a arraché mes plants de tomates en disant qu'ils dépassaient de la parcelle, ce qui est faux.

Je me sens harcelée et je n'ose plus venir seule au jardin. Je vous demande de faire cesser ce comportement.

Fatima Benali
""")

M(frm="Didier Masson <didier.masson@masson-transport.example>",
  subj="Adresse du siège social",
  trig="corporate_contact_request",
  body="""\
Bonjour,

Pouvez-vous me communiquer l'adresse postale de votre siège social ainsi que les coordonnées de votre service juridique ? J'ai besoin de leur adresser un courrier concernant le contrat de location longue durée de nos véhicules.

Cordialement,
Didier Masson
""")

M(frm="Sophie Chevalier <sophie.chevalier@chevalier-auteur.example>",
  subj="Mes données personnelles visibles par d'autres auteurs - CNIL",
  trig="regulatory,security_incident",
  body="""\
Bonjour,

Une autrice m'a contactée hier pour me dire qu'en consultant son relevé de ventes, elle voyait MES coordonnées bancaires et mon adresse personnelle. Elle m'a envoyé la capture d'écran.

C'est une violation grave du RGPD. J'ai déposé une plainte auprès de la CNIL ce matin et j'attends de votre part une explication écrite.

Sophie Chevalier
""")

M(frm="Awa Diallo <awa.diallo@diallo-mail.example>",
  subj="Propos racistes dans votre institut",
  trig="discrimination_harassment",
  body="""\
Bonjour,

Samedi, lors de ma pose de cils, la technicienne a dit à sa collègue que « les cheveux et les cils des Africaines, c'est toujours compliqué » et qu'elle « aurait dû facturer plus ». Elles ont ri toutes les deux. J'étais allongée, les yeux fermés, et je n'ai rien pu dire.

Je n'ai pas envie qu'une autre cliente vive la même chose.

Awa Diallo
""")

M(frm="Jacqueline Robin <jacqueline.robin@robin-orange.example>",
  subj="Rappel promis jamais reçu",
  trig="broken_promise",
  body="""\
Bonjour,

Lundi, la personne au téléphone m'a promis qu'un technicien me rappellerait le jour même pour fixer un rendez-vous pour mon sèche-linge. Nous sommes jeudi et personne ne m'a rappelée.

Merci de faire le nécessaire.
Jacqueline Robin
""")

M(frm="Thierry Roux <thierry.roux@club-canoe-roux.example>",
  subj="Réservations de groupe en ligne",
  trig="feature_request",
  body="""\
Bonjour,

Je m'occupe des sorties de notre club de randonnée. Serait-il possible d'ajouter sur votre site la réservation en ligne pour les groupes de plus de 10 personnes, avec un seul paiement ? Aujourd'hui il faut tout faire par téléphone et c'est assez fastidieux.

Merci,
Thierry Roux
""")

M(frm="Inès Gauthier <ines.gauthier@ines-beaute.example>",
  subj="Parfum contrefait ??",
  trig="media_threat,severe_dissatisfaction",
  body="""\
Bonjour,

Le flacon que j'ai reçu ne sent absolument pas comme celui que j'achète en boutique depuis des années, le bouchon est différent et le code de lot n'existe pas. Je suis scandalisée, c'est une honte de vendre ça à 120 €.

J'ai 20 000 abonnés sur Instagram et je vais faire une vidéo sur votre site si je n'ai pas de réponse d'ici vendredi.

Inès
""")

M(frm="Olivier Fabre <olivier.fabre@fabre-famille.example>",
  subj="Souffleur en panne - je saisis le tribunal",
  trig="legal_threat,repeat_contact,technical_issue",
  note="four calls about the same failure: repeat_contact",
  body="""\
Madame, Monsieur,

Le souffleur du château gonflable loué pour la kermesse de l'école est tombé en panne au bout de vingt minutes, et personne n'est venu le remplacer malgré mes quatre appels. Vous refusez depuis de rembourser les 260 € payés.

Sans remboursement sous quinze jours, je saisirai le tribunal judiciaire (procédure simplifiée pour les petits litiges).

Olivier Fabre
""")

M(frm="Valérie Blanc <valerie.blanc@blanc-archi.example>",
  subj="Absent – facture erronée",
  trig="billing_dispute",
  trap="looks_automated",
  note="absence-notice style opening, then a billing dispute",
  body="""\
Je suis absente du bureau jusqu'au 18 août inclus.

Avant mon départ, je vous signale une erreur sur votre facture F-2025-0871 : vous nous facturez la pose de 14 stores enrouleurs alors que 10 seulement ont été posés (les 4 autres sont reportés à septembre). Merci de nous adresser une facture corrigée.

Valérie Blanc
""")

M(frm="Michel Renaud <michel.renaud@renaud-mail.example>",
  subj="Réponse automatique : votre promesse de 48 h",
  trig="broken_promise,repeat_contact",
  trap="looks_automated",
  note="subject mimics an auto-reply; human complaint",
  body="""\
Votre réponse automatique promettait un retour « sous 48 heures ». C'est mon quatrième message en trois semaines au sujet du remboursement de la visite annulée. Toujours rien.

Michel Renaud
""")

M(frm="Manon Leroy <manon.leroy@leroy-mobile.example>",
  subj="Re: Votre réservation",
  trig="outage,technical_issue",
  trap="looks_automated",
  note="short mobile reply with 'Envoyé de mon iPhone'",
  client=("X-Mailer", "iPhone Mail (22B83)"),
  body="""\
Le site est encore en panne, impossible de payer le kayak. Pareil pour toute ma famille.

Envoyé de mon iPhone
""")

M(frm="Antoine Dupuis <antoine.dupuis@dupuis-industrie.example>",
  subj="Demande de devis stores bureaux",
  trap="job_title",
  note="'Directeur commercial' signature",
  body="""\
Bonjour,

Nous emménageons dans de nouveaux bureaux en septembre et souhaiterions un devis pour des stores vénitiens sur 16 fenêtres. Un métreur peut-il passer la semaine prochaine ?

Cordialement,
Antoine Dupuis
Directeur commercial
Dupuis Industrie
""")

M(frm="Sandrine Morel <sandrine.morel@morel-mail.example>",
  subj="Re: Remboursement visite",
  trap="quoted_threat",
  note="'Le ... a écrit' block holds the earlier threat",
  body="""\
Bonjour,

Le remboursement est bien arrivé, merci beaucoup pour votre réactivité.

Bien à vous,
Sandrine

Le mar. 8 juil. 2025 à 19:02, Sandrine Morel <sandrine.morel@morel-mail.example> a écrit :
> Si je ne suis pas remboursée d'ici vendredi, je porte plainte et je
> laisse un avis sur toutes les plateformes. C'est honteux.
""")

M(frm="Patrick Henry <patrick.henry@henry-sa.example>",
  subj="RE: Facture location",
  trap="outlook_original_message",
  note="French Outlook header block holds an old complaint",
  body="""\
Bonjour,

Merci pour la facture corrigée. Pourriez-vous l'envoyer également à notre comptabilité (compta@henry-sa.example) ?

Cordialement,
Patrick Henry

De : Patrick Henry <patrick.henry@henry-sa.example>
Envoyé : lundi 2 juin 2025 09:15
À : support@example.test
Objet : Facture location

Vous nous avez facturé deux fois la même location. C'est inadmissible, je veux parler à un responsable.
""")

M(frm="Isabelle Faure <isabelle.faure@faure-perso.example>",
  subj="Pas de résiliation, juste un changement",
  trap="negation",
  note="explicitly not cancelling",
  body="""\
Bonjour,

Je ne vais pas résilier mon abonnement, rassurez-vous ! Je voudrais simplement passer de la box mensuelle à la box bimestrielle. Est-ce possible à partir du mois prochain ?

Merci,
Isabelle Faure
""")

M(frm="Luc Bertin <luc.bertin@bertin-mail.example>",
  subj="Politique de remboursement",
  trap="policy_question",
  note="refund policy question",
  body="""\
Bonjour, quelle est votre politique de remboursement si la visite est annulée à cause de la pluie ? Merci. Luc
""")

M(frm="Association des Jardins du Canal <bureau@jardins-du-canal.example>",
  subj="Documentation RGPD",
  trap="gdpr_documentation",
  note="asks whether the software is GDPR compliant and for documentation",
  body="""\
Bonjour,

Notre association utilise votre logiciel pour gérer les adhérents et la liste d'attente des parcelles. Pour notre assemblée générale, pourriez-vous nous confirmer que votre solution est conforme au RGPD et nous transmettre votre contrat de sous-traitance ?

Merci d'avance,
Le bureau
""")

M(frm="Émilie Dumas <emilie.dumas@dumas-famille.example>",
  subj="Merci pour la sortie en kayak !",
  trap="praise",
  note="praise",
  body="""\
Bonjour,

Juste un petit mot pour remercier Julien, notre moniteur dimanche : patient, drôle et très rassurant avec les enfants. Une journée magnifique, on reviendra l'an prochain sans hésiter !

Émilie et famille
""")

M(frm="Rémi Vidal <remi.vidal@vidal-net.example>",
  subj="Question sur l'annulation",
  trap="hypothetical",
  note="hypothetical cancellation",
  body="""\
Bonjour,

Si jamais je devais annuler la location du château gonflable (l'anniversaire dépend de la météo), est-ce que je pourrais le faire la veille ? Et l'acompte serait-il remboursé ?

Merci,
Rémi
""")

M(frm="Catherine Aubert <c.aubert@groupe-aubert.example>",
  subj="Devis séminaire 15 000 €",
  trap="large_amount_no_problem",
  note="large budget, no problem",
  body="""\
Bonjour,

Nous organisons un séminaire pour 180 collaborateurs en octobre et envisageons une privatisation complète de votre laser game pour une soirée, avec traiteur. Notre budget est d'environ 15 000 €. Pourriez-vous nous faire une proposition ?

Cordialement,
Catherine Aubert
""")

M(frm="Nicolas Leclerc <nicolas.leclerc@leclerc-mail.example>",
  subj="Deuxième mail - rendez-vous affûtage",
  trap="second_email",
  note="second contact only",
  body="""\
Bonjour, c'est mon deuxième mail, je n'ai pas eu de réponse au premier (peut-être dans les spams ?). Je voudrais savoir si vous affûtez aussi les ciseaux de couture. Merci !
""")

M(frm="Agathe Simon <agathe.simon@simon-mail.example>",
  subj="Retour sur la visite",
  trap="reported_speech",
  note="brother-in-law's suggestion to sue is not adopted",
  body="""\
Bonjour,

Mon beau-frère dit qu'il faudrait vous faire un procès parce que la visite l'a empêché de dormir pendant deux nuits, mais personnellement j'ai trouvé ça génial ! Le guide était excellent.

Est-ce que vous proposez des visites privées pour un anniversaire ?

Agathe
""")

M(frm="Julie Marchal <julie.marchal@marchal-design.example>",
  subj="Absente jusqu'au 25 / réservation salon",
  trap="looks_automated",
  note="customer's own absence notice plus a booking request",
  body="""\
Je suis absente jusqu'au 25 avril et je n'aurai qu'un accès limité à mes e-mails.

Pouvez-vous malgré tout me réserver un créneau pour un remplissage de cils le 28 avril en fin d'après-midi ? Merci !

Julie Marchal
""")

M(frm="Gérard Poulain <gerard.poulain@poulain-retraite.example>",
  subj="Accusé de réception",
  trap="looks_automated",
  note="human acknowledgement, one line",
  body="""\
Bien reçu, merci. Je passerai chercher les couteaux samedi.
G. Poulain
""")

M(frm="Stéphanie Moulin <stephanie.moulin@moulin-ongles.example>",
  subj="Toutes mes fiches clientes effacées",
  trig="data_loss,manager_request,technical_issue",
  body="""\
Bonjour,

Depuis la mise à jour de l'application de réservation, toutes les fiches de mes clientes ont été effacées : historique des poses, allergies, notes. Il me reste seulement les noms. J'ai un salon avec deux prothésistes et on travaille à l'aveugle depuis lundi.

Le support en ligne me répond avec des messages types. Je souhaite parler à un responsable qui puisse me dire si les données peuvent être récupérées.

Stéphanie Moulin
""")

M(frm="Hervé Lemoine <herve.lemoine@lemoine-mail.example>",
  subj="Coordonnées de la direction - saisine du médiateur",
  trig="corporate_contact_request,regulatory",
  body="""\
Madame, Monsieur,

Je vous demande de me communiquer l'adresse postale de votre direction générale afin d'y adresser une réclamation écrite au sujet de la visite nocturne annulée le 12 août et jamais remboursée (58 €).

Sans réponse de votre part sous quinze jours, je saisirai le médiateur de la consommation.

Hervé Lemoine
""")
