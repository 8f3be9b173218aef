# French customer mail, positives and hard negatives.
# Every block is one hand-written message. Labels follow docs/triggers.md.
MESSAGES = []


def m(triggers, trap, note, frm, subject, body, **kw):
    t = ",".join(sorted(set(x.strip() for x in triggers.split(",") if x.strip()))) or "-"
    MESSAGES.append(dict(triggers=t, trap=trap, note=note, frm=frm, subject=subject, body=body, **kw))


# ---------------------------------------------------------------- positives

m("cancellation_threat,severe_dissatisfaction", "-", "résiliation annoncée, colère; petits pots bio",
  "Céline Marchand <celine.marchand@marchand-famille.example>", "Livraison de petits pots : c'est inadmissible",
  """Bonjour,

Troisième semaine de suite que le colis arrive avec des pots cassés. Cette fois, quatre pots étaient fêlés et avaient coulé sur tout le reste, les étiquettes collaient et il a fallu tout laver. Quand on paie ce prix-là, c'est tout simplement inadmissible.

Je résilie mon abonnement à la fin du mois, j'en ai assez.

Céline Marchand""")

m("high_value_order,legal_threat", "-", "mini-maison 48 000 €, avocat",
  "Philippe Garnier <philippe.garnier@garnier-immo.example>", "Mini-maison livrée avec infiltrations – dossier 2023-118",
  """Madame, Monsieur,

Nous avons réceptionné le 12 avril notre mini-maison (commande 2023-118, montant 48 600 € TTC). Dès la première pluie, l'eau s'est infiltrée par la fenêtre de toit et le long de la cloison de la salle d'eau. Vos équipes sont venues deux fois, sans résultat.

J'ai transmis le dossier à mon avocat. Sans intervention sérieuse sous quinze jours, nous engagerons une procédure devant le tribunal judiciaire.

Veuillez agréer mes salutations distinguées.
Philippe Garnier""")

m("manager_request,repeat_contact,technical_issue", "-", "troisième fois, parler à un responsable",
  "Nathalie Roux <nathalie.roux@roux-mail.example>", "Monte-escalier – je vous écris pour la troisième fois",
  """Bonjour,

C'est la troisième fois que je vous écris au sujet du monte-escalier de ma mère, qui s'arrête au milieu de l'escalier et bipe. Personne ne m'a rappelée.

Je souhaiterais parler à un responsable, s'il vous plaît. Mon numéro : +33 4 555 01 62.

Nathalie Roux""")

m("corporate_contact_request,executive_contact", "-", "adresse du siège et mail du PDG pour lui écrire",
  "Jean-Marc Lefèvre <jm.lefevre@lefevre-conseil.example>", "Coordonnées de votre direction",
  """Bonjour,

Pourriez-vous me communiquer l'adresse postale de votre siège social ainsi que l'adresse e-mail de votre PDG ? Je compte lui écrire directement au sujet du transport scolaire raté du 4 juin, votre service client n'ayant apporté aucune réponse.

Cordialement,
Jean-Marc Lefèvre""")

m("security_incident", "-", "compte piraté, puce de chien transférée",
  "Sophie Dubois <sophie.dubois@dubois-net.example>", "Quelqu'un a modifié le propriétaire de mon chien",
  """Bonjour,

J'ai reçu ce matin un e-mail de votre part confirmant « le transfert de propriété » de mon chien Filou à une autre personne. Je n'ai jamais demandé ça. Quand je me connecte, mon adresse e-mail a été changée et je ne reconnais pas le numéro de téléphone.

Quelqu'un est entré dans mon compte. Merci de bloquer le transfert de toute urgence.

Sophie Dubois""")

m("data_loss,technical_issue", "-", "radio associative, archives effacées",
  "Karim Benali <karim@radio-quartiers.example>", "Nos émissions ont disparu",
  """Salut l'équipe,

depuis la mise à jour de mardi, toutes nos émissions de mars et avril ont disparu de la médiathèque. Les fiches sont toujours là mais les fichiers audio renvoient « fichier introuvable ». On parle de 60 heures de programmes faits par des bénévoles.

Vous pouvez restaurer une sauvegarde ?

Karim
Radio Quartiers FM""")

m("outage,technical_issue", "-", "portail transport scolaire inaccessible",
  "Agnès Perrin <agnes.perrin@ecole-jules-ferry.example>", "Portail inaccessible depuis ce matin",
  """Bonjour,

Depuis 8 h ce matin, impossible d'accéder au portail de réservation des cars : page blanche puis « Erreur 503 ». Mes collègues des deux autres écoles ont le même problème. Nous devons confirmer la sortie de vendredi avant midi.

Agnès Perrin
Directrice, école Jules-Ferry""")

m("safety,technical_issue", "-", "monte-escalier : étincelles et odeur de brûlé",
  "Bernard Caron <bernard.caron@caron-famille.example>", "Étincelles sur le monte-escalier",
  """Bonsoir,

Ce soir, en branchant le chargeur du monte-escalier, il y a eu des étincelles et une forte odeur de brûlé. Le boîtier est encore chaud. J'ai tout débranché. Ma femme ne peut plus monter à l'étage.

Merci d'envoyer un technicien au plus vite.

Bernard Caron""")

m("discrimination_harassment,regulatory", "-", "refus de location du van à cause de l'origine",
  "Youssef El Amrani <youssef.elamrani@elamrani.example>", "Refus de location – van chevaux",
  """Bonjour,

Samedi je suis venu récupérer le van deux chevaux réservé et payé. L'employé a regardé mon permis, m'a demandé « d'où je venais vraiment » et a dit qu'il « préférait ne pas louer aux gens comme moi ». Mon ami, qui était avec moi, a pu louer le même van une heure plus tard sans aucun problème.

C'est de la discrimination pure et simple. J'attends une réponse écrite, faute de quoi je saisirai le Défenseur des droits.

Youssef El Amrani""")

m("media_threat", "-", "journaliste demande un commentaire",
  "Claire Besson <claire.besson@lecho-du-lac.example>", "Demande de commentaire – article sur les stations de gonflage",
  """Bonjour,

Je suis journaliste à L'Écho du Lac. Je prépare un article sur la qualité de l'air dans les stations de gonflage de bouteilles de plongée de la région. Plusieurs plongeurs m'ont contactée au sujet de votre station d'Annecy.

Pourriez-vous me faire parvenir un commentaire, ou me proposer un entretien avant jeudi ?

Bien cordialement,
Claire Besson""")

m("regulatory,security_incident,technical_issue", "-", "fuite de données, CNIL",
  "Aurélie Fontaine <aurelie.fontaine@fontaine-mail.example>", "Mes données visibles par tout le monde",
  """Bonjour,

En modifiant le numéro dans l'URL de ma fiche d'inscription aux soirées tandem (…/profil/4412 → 4413), j'ai accès à la fiche d'une autre personne : nom, téléphone, date de naissance, adresse. J'ai essayé avec trois numéros, ça marche à chaque fois.

C'est une faille grave. Sans correction rapide, je saisirai la CNIL.

Aurélie Fontaine""")

m("feature_request", "-", "ce serait bien de pouvoir...",
  "Mathieu Girard <mathieu.girard@girard-kayak.example>", "Suggestion pour l'appli du club",
  """Salut,

L'appli du club est top. Ce serait bien de pouvoir noter les présences aux entraînements directement depuis le téléphone, au bord du bassin. Pour l'instant je le fais sur papier et je recopie le soir.

Merci !
Mathieu, entraîneur kayak-polo""")

m("billing_dispute,broken_promise", "-", "prélevé deux fois, remboursement promis",
  "Isabelle Moreau <isabelle.moreau@moreau-net.example>", "Double prélèvement – toujours pas remboursé",
  """Bonjour,

Vous m'avez prélevé deux fois 129 € pour la randonnée avec les alpagas du 18 mai. Le 22 mai, votre collègue m'a assuré au téléphone que le remboursement serait fait sous 48 h. Rien n'est arrivé.

Merci de régulariser.

Isabelle Moreau""")

m("broken_promise,cancellation_threat", "looks_automated", "commence comme un message d'absence, puis plainte",
  "Émilie Laurent <emilie.laurent@laurent-famille.example>", "Absente du 5 au 16 août – mais avant cela",
  """Bonjour,

Je serai absente du 5 au 16 août et n'aurai pas accès à mes e-mails.

Avant de partir : vous m'aviez promis que le colis manquant de juillet serait renvoyé « en priorité » la semaine dernière. Il n'est jamais arrivé. Si à mon retour ce n'est toujours pas réglé, je mets fin à l'abonnement et je passe chez un concurrent.

Émilie Laurent""")

m("corporate_contact_request,manager_request,technical_issue", "looks_automated", "colle une réponse automatique reçue et se plaint; demande le numéro du siège",
  "Didier Vasseur <didier.vasseur@vasseur-papeterie.example>", "Réponse automatique ?? Je veux parler à quelqu'un",
  """Voilà tout ce que je reçois quand j'écris à votre service commande :

« Ceci est une réponse automatique. Votre demande a bien été enregistrée et sera traitée dans les meilleurs délais. Merci de ne pas répondre à ce message. »

Pendant ce temps, votre site refuse toujours mes commandes professionnelles (erreur « TVA intracommunautaire invalide » alors que le numéro est correct).

Je voudrais qu'un responsable me rappelle, pas un robot. Et donnez-moi le numéro de votre siège, celui du site ne répond jamais.

Didier Vasseur
Papeterie Vasseur""")

m("billing_dispute,high_value_order", "-", "huile d'olive 7 850 €, palette abîmée, facture contestée",
  "Laurent Bonnet <laurent.bonnet@bonnet-epicerie.example>", "Facture F-3312 – palette arrivée endommagée",
  """Bonjour Madame Ricci,

La palette livrée hier (commande 3312, facture de 7 850 € HT) est arrivée éventrée : une trentaine de bidons de 5 litres sont percés et l'huile a coulé sur le reste. Le transporteur a noté les réserves.

Nous ne réglerons pas la facture tant qu'un avoir pour les bidons perdus n'aura pas été émis. Merci de me dire comment vous souhaitez procéder.

Laurent Bonnet""")

m("feature_request,technical_issue", "-", "club de kayak-polo : bug + souhait",
  "Hélène Carré <helene.carre@kayakpolo-rennes.example>", "Calendrier des matchs",
  """Bonjour,

1) Quand on ajoute un match le dimanche, il apparaît le samedi dans le calendrier public. Il y a un décalage d'un jour quelque part.
2) Est-ce que vous pourriez ajouter un lien vers la carte de la piscine dans chaque match ? Ce serait vraiment pratique pour les équipes visiteuses.

Merci,
Hélène""")

m("discrimination_harassment,media_threat,severe_dissatisfaction", "-", "guide moqueur sur le prénom, menace Facebook",
  "Samira Haddad <samira.haddad@haddad-mail.example>", "Comportement honteux de votre guide",
  """Bonjour,

Lors de la balade avec les alpagas dimanche, votre guide s'est moqué de mon prénom devant tout le groupe et m'a demandé si « chez moi on mangeait les alpagas ». Les autres ont ri, moi pas. Mes enfants étaient là.

C'est honteux et scandaleux. Je vais raconter tout ça sur Facebook et sur les avis Google si je n'ai pas d'excuses.

Samira Haddad""")

# ---------------------------------------------------------------- negatives

m("-", "job_title", "Directeur commercial et chargée de clientèle sont des fonctions",
  "Pierre-Yves Renaud <py.renaud@renaud-distribution.example>", "Demande de tarifs huile d'olive",
  """Bonjour,

Je suis directeur commercial chez Renaud Distribution. Notre chargée de clientèle m'a conseillé de vous contacter pour connaître vos tarifs professionnels sur l'huile de Kalamata en bidons de 5 litres.

Cordialement,
Pierre-Yves Renaud
Directeur commercial""")

m("-", "quoted_threat", "Le ... a écrit : menace citée, propre texte aimable",
  "Valérie Chevalier <valerie.chevalier@chevalier-net.example>", "Re: Remboursement",
  """Bonjour,

Bien reçu le remboursement, merci beaucoup. Tout est en ordre.

Valérie

Le 12/06/2024 à 09:40, Valérie Chevalier a écrit :
> Si je ne suis pas remboursée d'ici vendredi, je saisis mon avocat
> et je porte plainte. C'est scandaleux.""")

m("-", "outlook_quoted_threat", "Message d'origine avec plainte et demande de responsable",
  "François Lemoine <francois.lemoine@lemoine-btp.example>", "RE: Ventilateur de cheminée",
  """Bonjour Madame Petit,

Parfait pour mardi 8 h, le portail sera ouvert.

Cordialement,
François Lemoine

-----Message d'origine-----
De : François Lemoine <francois.lemoine@lemoine-btp.example>
Envoyé : lundi 3 juin 2024 17:12
À : support@example.test
Objet : Ventilateur de cheminée

Je veux parler à un responsable, votre technicien n'est jamais venu. C'est inacceptable.""")

m("-", "forwarded_complaint", "transfère une plainte d'un parent, affaire close",
  "Martine Giraud <martine.giraud@college-pasteur.example>", "TR: réclamation d'un parent",
  """Bonjour,

Je vous transfère pour information le message d'un parent. Nous avons vérifié : l'erreur venait de notre côté (mauvaise heure communiquée aux familles). Aucune action de votre part n'est nécessaire.

Martine Giraud

-------- Message transféré --------
Sujet : Sortie scolaire
De : Olivier Masson
À : Martine Giraud

Mon fils a attendu le car une heure. J'en parlerai à la presse s'il le faut.""")

m("-", "legal_disclaimer_signature", "avocate commande du papier, mention légale",
  "Maître Anne Delorme <anne.delorme@delorme-avocats.example>", "Commande de papier à en-tête",
  """Bonjour,

Je souhaiterais commander 1 000 feuilles de votre papier chiffon ivoire format A4 pour le papier à en-tête du cabinet. Pouvez-vous m'indiquer le délai ?

Bien à vous,
Anne Delorme
Avocate au Barreau de Lyon

Ce message et ses pièces jointes sont confidentiels et couverts par le secret professionnel. S'il vous est parvenu par erreur, merci d'en informer l'expéditeur et de le détruire. Toute utilisation non autorisée est susceptible de poursuites.""")

m("-", "negation", "ne va pas résilier",
  "Camille Fabre <camille.fabre@fabre-mail.example>", "Suspendre l'abonnement",
  """Bonjour, je ne vais pas résilier, on adore vos petits pots ! Je voudrais juste suspendre les livraisons pendant nos vacances, du 10 au 30 juillet. Merci, Camille""")

m("-", "policy_question", "question sur la politique de remboursement",
  "Thierry Blanc <thierry.blanc@blanc-net.example>", "Annulation en cas de pluie ?",
  """Bonjour, quelle est votre politique de remboursement si la balade est annulée pour cause de météo ? Et est-ce que je pourrais annuler moi-même jusqu'à la veille ? Merci, Thierry""")

m("-", "praise_manager_by_name", "éloge du responsable d'atelier",
  "Joëlle Mercier <joelle.mercier@mercier-mail.example>", "Merci à Julien",
  """Bonjour,

Un grand merci à Julien, votre responsable d'atelier, qui a réparé ma vieille Super Nintendo et m'a même envoyé des photos de l'intérieur. Service impeccable !

Joëlle""")

m("-", "feature_exists", "demande si l'export existe",
  "Guillaume Henry <guillaume.henry@radio-vallee.example>", "Export de la grille",
  """Bonjour, est-il possible d'exporter la grille des programmes en PDF pour l'afficher au studio ? Merci, Guillaume""")

m("-", "reported_speech", "le voisin a dit qu'il fallait porter plainte",
  "Sylvie Robin <sylvie.robin@robin-famille.example>", "Ventilateur bruyant",
  """Bonjour,

Le ventilateur de cheminée fait un petit sifflement depuis quelques jours. Mon voisin dit que je devrais « porter plainte », mais franchement je pense qu'il faut juste le régler. Pourriez-vous passer lors du prochain entretien ?

Sylvie Robin""")

m("-", "mild_disappointment", "un peu déçue",
  "Brigitte Lambert <brigitte.lambert@lambert-net.example>", "Soirée tandem",
  """Bonjour, la soirée était sympa, un peu déçue qu'il n'y ait eu que deux hispanophones pour douze francophones, mais l'ambiance était bonne. À la prochaine ! Brigitte""")

m("-", "exactly_5000", "acompte de 5 000 € exactement, question d'IBAN",
  "Arnaud Picard <arnaud.picard@picard-bois.example>", "Acompte mini-maison",
  """Bonjour,

Je confirme le versement de l'acompte de 5 000 € pour la réservation de notre mini-maison. Pouvez-vous me renvoyer le RIB, la pièce jointe de votre dernier message ne s'ouvre pas chez moi ?

Merci,
Arnaud Picard""")

m("-", "large_amount_no_problem", "grosse commande sans souci",
  "Delphine Marchal <delphine.marchal@marchal-traiteur.example>", "Commande annuelle",
  """Bonjour Madame Ricci,

Comme chaque année, nous passons notre commande annuelle : 4 palettes d'huile de Crète, soit 26 800 € HT selon votre devis. Livraison souhaitée en deux fois, septembre et janvier.

Merci et à bientôt,
Delphine Marchal""")

m("-", "second_email", "deuxième message",
  "Nicolas Gauthier <nicolas.gauthier@gauthier-mail.example>", "Deuxième message – réservation",
  """Bonjour, c'est mon deuxième message, je ne suis pas sûr que le premier soit passé. Je voudrais réserver le van pour le 14 juillet. Merci !""")

m("-", "gdpr_documentation_request", "question de conformité RGPD",
  "Hélène Dumas <helene.dumas@clinique-veto-dumas.example>", "RGPD et registre",
  """Bonjour,

Notre clinique vétérinaire envisage d'utiliser votre registre d'identification. Êtes-vous conformes au RGPD ? Pourriez-vous nous transmettre votre contrat de sous-traitance et la liste de vos sous-traitants ?

Cordialement,
Dr Hélène Dumas""")

m("-", "looks_automated", "message humain qui ressemble à une réponse automatique",
  "Patrick Roussel <patrick.roussel@roussel-canoe.example>", "Message d'absence (écrit à la main)",
  """Bonjour, je serai absent jusqu'au 2 septembre. Pour la cotisation du club, merci d'écrire à notre trésorière, tresoriere@roussel-canoe.example. Bonne fin d'été ! Patrick""")

m("-", "cancel_single_appointment", "annule un rendez-vous d'entretien",
  "Monique Leroy <monique.leroy@leroy-famille.example>", "Annulation rendez-vous jeudi",
  """Bonjour, je dois annuler le rendez-vous d'entretien du monte-escalier prévu jeudi à 14 h, je serai chez ma fille. Je vous rappelle pour en fixer un autre. Merci, Monique Leroy""")

m("-", "security_question_no_incident", "demande comment activer la double authentification",
  "Rémi Colin <remi.colin@colin-net.example>", "Double authentification",
  """Bonjour, comment puis-je activer la double authentification sur mon compte du registre ? Je n'ai aucun problème, c'est juste par précaution. Merci, Rémi""")
