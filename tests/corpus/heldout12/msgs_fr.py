# French customer mails: positives and hard negatives. Hand-written literals.
from spec import M, Q

MESSAGES = [

# ---------------------------------------------------------------- positives

M("fr", "outage,technical_issue",
  "Plus rien ne marche, erreur 500 partout",
  "Julien Marchand <julien.marchand@courriel.example>",
  """
  Bonjour,

  depuis ce matin impossible de me connecter à l'appli BorneVive : « Erreur 500 –
  le serveur a rencontré un problème ». Sur le site pareil. Aux bornes de la zone
  commerciale de Mérignac, le badge est refusé partout et deux autres
  conducteurs ont le même souci. C'est tout votre réseau qui est en panne ?

  Julien
  """),

M("fr", "billing_dispute",
  "Prélèvement en double – panier de septembre",
  "Claire Fontaine <claire.fontaine@lettre-fr.example>",
  """
  Bonjour,

  je constate sur mon relevé deux prélèvements de 28,00 € au nom du Panier du Val
  Fleuri, tous les deux datés du 5 septembre. Je n'ai qu'un seul contrat (panier
  légumes, formule solo).

  Pourriez-vous me rembourser le prélèvement en trop ?

  Merci d'avance,
  Claire Fontaine
  """),

M("fr", "manager_request",
  "Passez-moi quelqu'un qui peut décider",
  "Bernard Lacombe <bernard.lacombe@courriel.example>",
  """
  Madame, Monsieur,

  voilà trois semaines que j'explique à vos vendeurs que le tabouret livré avec le
  piano droit n'est pas celui que nous avions choisi en magasin. On me répond
  chaque fois que « ce n'est pas de leur ressort ».

  Très bien. Dans ce cas, passez-moi quelqu'un chez Delacroix-Morel qui a le
  pouvoir de trancher, plutôt que de me renvoyer d'un vendeur à l'autre.

  Bernard Lacombe
  """),

M("fr", "high_value_order,legal_threat,safety,technical_issue",
  "Fauteuil électrique en panne – dossier transmis à mon avocat",
  "Hélène Rousseau <helene.rousseau@mel-fr.example>",
  """
  Madame, Monsieur,

  le fauteuil roulant électrique livré à mon fils le 12 mars (commande MC-2291,
  8 900 €) tombe en panne plusieurs fois par semaine : le joystick ne répond plus
  et le fauteuil s'immobilise, parfois au milieu d'un passage piéton. Votre
  technicien est passé deux fois sans rien trouver.

  J'ai transmis l'ensemble du dossier à mon avocat, Maître Perrin, qui prendra
  contact avec vous dans les prochains jours.

  Hélène Rousseau
  """, note="chair stopping in the middle of a pedestrian crossing is a danger to the user"),

M("fr", "discrimination_harassment,severe_dissatisfaction",
  "Comportement d'un moniteur envers mon fils",
  "Nadia Benali <nadia.benali@courriel.example>",
  """
  Bonjour,

  samedi, pendant la séance « initiation enfants », l'un de vos moniteurs s'est
  moqué de mon fils, qui a une hémiplégie, en imitant sa façon de marcher devant
  les autres enfants et en l'appelant « le pingouin ». Les autres parents l'ont
  vu. Mon fils ne veut plus remettre les pieds chez Bloc & Dalle.

  C'est honteux et absolument inadmissible de la part d'un éducateur sportif.
  J'attends une réponse sérieuse sur les mesures que vous allez prendre.

  Nadia Benali
  """),

M("fr", "safety",
  "Fusée tombée dans la haie – début d'incendie",
  "Patrice Guérin <patrice.guerin@lettre-fr.example>",
  """
  Bonsoir,

  pour le 14 juillet nous avons tiré le coffret « Grand Final » acheté chez vous.
  La troisième fusée n'est pas montée : elle est partie à l'horizontale et a
  explosé dans la haie de thuyas du voisin, qui a pris feu. Heureusement que le
  tuyau d'arrosage était à côté. Il y avait des enfants à moins de dix mètres.

  Nous avons gardé le carton et le numéro de lot. Je pense que vous devez vérifier
  ce lot avant que quelqu'un soit blessé.

  Patrice Guérin
  """, note="firework is a consumable: no technical_issue"),

M("fr", "media_threat",
  "Ma commande « vintage » n°FR-4471",
  "Inès Dumont <ines@friperie-ines.example>",
  """
  Bonjour,

  la veste « vintage années 70 » que vous m'avez vendue 95 € porte une étiquette
  d'une enseigne qui n'existait pas avant 2015. Vous ne répondez plus à mes
  messages depuis dix jours.

  Je vais raconter tout ça sur mon compte, où j'ai un peu plus de 15 000 abonnées
  qui s'intéressent justement à la seconde main, et laisser un avis détaillé sur
  chaque site où vous êtes référencés.

  Inès
  """),

M("fr", "feature_request",
  "Programmation de l'éclairage",
  "Marc Lefèvre <marc.lefevre@courriel.example>",
  """
  Bonjour,

  j'utilise votre application Aquaterra pour piloter l'éclairage de mon bac récifal
  et j'en suis très content. J'aimerais vraiment qu'on puisse programmer un cycle
  lunaire (une faible lumière bleue qui suit les phases de la lune) : plusieurs
  coraux en profiteraient. Est-ce que ce serait envisageable dans une prochaine
  version ?

  Cordialement,
  Marc Lefèvre
  """, trap="praise"),

M("fr", "data_loss,severe_dissatisfaction,technical_issue",
  "Toute ma bibliothèque a disparu",
  "Sophie Carré <sophie.carre@mel-fr.example>",
  """
  Bonjour,

  depuis la mise à jour de l'application hier soir, ma bibliothèque Lecture Vive
  est vide : plus aucun des 85 livres audio achetés, plus de marque-pages, plus de
  progression. J'ai désinstallé et réinstallé, rien à faire, et sur le site c'est
  pareil.

  Je suis furieuse. Merci de me restaurer tout ça rapidement.
  Sophie Carré
  """),

M("fr", "broken_promise,severe_dissatisfaction",
  "Remboursement promis sous 8 jours",
  "Thierry Moreau <thierry.moreau@lettre-fr.example>",
  """
  Bonjour,

  notre sortie baleines du 3 août a été annulée à cause de la météo. Au téléphone,
  votre collaboratrice nous a assuré que les 180 € seraient remboursés « sous huit
  jours maximum ». Nous sommes le 2 septembre et nous n'avons toujours rien reçu.
  C'est proprement honteux.

  Pouvez-vous vérifier ce qu'il se passe ? Réservation CBB-7714.

  Thierry Moreau
  """),

M("fr", "repeat_contact,severe_dissatisfaction",
  "Quatrième relance – plaque funéraire",
  "Annie Vasseur-Blanc <annie.vb@courriel.example>",
  """
  Monsieur,

  je vous relance pour la quatrième fois au sujet de la plaque commandée pour la
  tombe de mon père en avril. Trois mails sans la moindre réponse, et au téléphone
  on me dit que « c'est en cours ».

  Votre manière de traiter des familles en deuil est lamentable et tout simplement
  scandaleuse. Je veux une date de pose ferme cette semaine.

  Annie Vasseur-Blanc
  """),

M("fr", "cancellation_threat",
  "Serre Boréal 12 m² – pièces manquantes",
  "Guillaume Perrin <g.perrin@courriel.example>",
  """
  Bonjour,

  troisième carton livré incomplet : cette fois ce sont les joints de toiture qui
  manquent, la dernière fois c'étaient les équerres. La serre est montée aux trois
  quarts depuis un mois.

  Envoyez les joints, mais vous pouvez considérer que c'est notre dernière commande
  chez vous. Pour l'abri de jardin, on ira voir ailleurs.

  Guillaume Perrin
  """, trap="count_not_contact", note="'troisième carton' counts deliveries"),

M("fr", "regulatory",
  "Saisine de la CNIL",
  "Élodie Marchetti <elodie.marchetti@mel-fr.example>",
  """
  Madame, Monsieur,

  le 4 juin, je vous ai demandé la suppression de mon compte et de l'ensemble de
  mes données, conformément à l'article 17 du RGPD. Vous m'envoyez toujours votre
  lettre d'information et mon compte est toujours actif.

  J'ai donc déposé ce jour une plainte auprès de la CNIL.

  Élodie Marchetti
  """),

M("fr", "broken_promise,executive_contact,high_value_order",
  "Commande VL-8821 – livraison promise pour le 15",
  "Dr Rémi Garnier <r.garnier@labo-garnier.example>",
  """
  Bonjour,

  notre commande VL-8821 (verrerie pour le nouveau laboratoire d'analyses,
  14 200 € HT) devait être livrée au plus tard le 15 octobre ; votre commercial
  s'y était engagé par écrit lors de la signature. Nous sommes le 4 novembre et
  nous n'avons reçu que deux colis sur onze.

  L'ouverture du laboratoire est bloquée. Merci de nous donner une date ferme pour
  le reste de la livraison. Je mets votre président, M. Arnaud, en copie de ce
  message.

  Dr Rémi Garnier
  Directeur, Laboratoire Garnier
  """, trap="job_title", cc="Étienne Arnaud <e.arnaud@verrerie-arnaud.example>"),

M("fr", "corporate_contact_request,executive_contact",
  "Adresse du siège et nom de votre PDG",
  "François Leclerc <francois.leclerc@lettre-fr.example>",
  """
  Bonjour,

  merci de m'indiquer l'adresse de votre siège social ainsi que le nom de votre
  PDG. Vu l'absence totale de réponse sur le diagnostic amiante erroné de notre
  maison, je compte lui écrire directement par lettre recommandée.

  François Leclerc
  """),

M("fr", "executive_contact",
  "Copie de mon courrier à votre directeur général",
  "Catherine Aubert <catherine.aubert@courriel.example>",
  """
  Bonjour,

  pour information, j'ai écrit hier à votre directeur général, M. Olivier Brun,
  pour lui exposer la façon dont votre service client traite depuis six mois ma
  demande de transfert de contrat. Vous trouverez la copie de ce courrier en
  pièce jointe.

  Catherine Aubert
  """, pack="mixed", att="courrier_DG_BorneVive.pdf"),

M("fr", "security_incident",
  "Mon compte a été piraté",
  "Kevin Roux <kevin.roux@courriel.example>",
  """
  Bonjour,

  je n'arrive plus à me connecter à mon compte Le Pion : le mot de passe a été
  changé et l'adresse mail aussi, alors que je n'ai rien fait. Mes amis ont reçu
  des invitations bizarres à des soirées « tournoi » avec un lien de paiement,
  envoyées depuis mon profil.

  Pouvez-vous bloquer le compte et me dire comment c'est possible ?

  Kevin
  """),

M("fr", "technical_issue",
  "l'appli plante",
  "<marie.lopez.75@mel-fr.example>",
  """
  bonjour, depuis la dernière version l'appli Lecture Vive se ferme toute seule dès
  que je lance un livre en mode voiture. android 14. merci
  """),

M("fr", "safety,technical_issue",
  "Borne qui chauffe et qui sent le brûlé",
  "Alain Chevalier <alain.chevalier@lettre-fr.example>",
  """
  Bonjour,

  ce soir à la borne BorneVive du parking de la mairie de Saint-Aubin (borne n°2),
  la prise était brûlante après dix minutes de charge, il y avait une odeur de
  plastique brûlé et un peu de fumée sortait du boîtier. J'ai arrêté la charge.
  Le connecteur de mon câble est légèrement fondu.

  Il faut absolument mettre cette borne hors service, des gens s'y branchent toute
  la journée.

  Alain Chevalier
  """),

M("fr", "corporate_contact_request,severe_dissatisfaction",
  "INADMISSIBLE",
  "Gérard Petit <gerard.petit@courriel.example>",
  """
  TROIS HEURES D'ATTENTE SUR LE QUAI POUR UNE SORTIE EN MER ANNULÉE SANS AUCUNE
  EXPLICATION. PAS UN MOT D'EXCUSE. C'EST INADMISSIBLE ET SCANDALEUX, ON SE MOQUE
  DES CLIENTS !!! DONNEZ-MOI LE NUMÉRO DE TÉLÉPHONE DE VOTRE SIÈGE, PAS CELUI DU
  GUICHET.
  """),

M("fr", "regulatory",
  "Saisine du médiateur de la consommation",
  "Monique Girard <monique.girard@lettre-fr.example>",
  """
  Madame, Monsieur,

  n'ayant obtenu aucune réponse satisfaisante à ma réclamation écrite du 2 juin
  concernant la stèle fissurée, j'ai saisi ce jour le médiateur de la consommation
  dont vous relevez, comme le prévoient vos conditions générales. J'ai également
  signalé votre entreprise à la DGCCRF.

  Veuillez agréer mes salutations distinguées.
  Monique Girard
  """),

M("fr", "media_threat",
  "Demande d'interview – L'Écho de la Baie",
  "Aurélie Masson <a.masson@echodelabaie.example>",
  """
  Bonjour,

  je suis journaliste à L'Écho de la Baie et je prépare un article sur les
  sorties d'observation des cétacés dans la baie. Plusieurs lecteurs m'ont
  signalé que vos bateaux s'approchaient très près des groupes de dauphins.

  Accepteriez-vous de répondre à quelques questions, par téléphone ou par écrit,
  d'ici vendredi ?

  Bien cordialement,
  Aurélie Masson
  L'Écho de la Baie – 05 55 01 23 47
  """, trap="journalist_hearsay"),

M("fr", "discrimination_harassment",
  "Votre livreur",
  "Samia Haddad <samia.haddad@courriel.example>",
  """
  Bonjour,

  le livreur qui dépose les paniers le jeudi au point relais de la rue Voltaire m'a
  insultée parce que j'étais arrivée cinq minutes après l'heure, en me traitant de
  « feignasse » devant tout le monde. Depuis, il m'envoie des SMS sur mon portable,
  dont il a le numéro par la liste de distribution, pour me « rappeler les
  horaires », parfois à 23 h. J'ai peur de retourner au point relais.

  Merci de faire le nécessaire.
  Samia Haddad
  """),

M("fr", "billing_dispute,technical_issue",
  "Recharge facturée 64 € alors qu'elle n'a jamais démarré",
  "Yannick Bertin <yannick.bertin@mel-fr.example>",
  """
  Bonjour,

  le 8 octobre à la borne de l'aire de Saint-Rambert, la charge ne s'est jamais
  lancée (message « Défaut de communication véhicule »). J'ai débranché au bout de
  cinq minutes. Or vous m'avez facturé 64,12 € pour 72 kWh.

  Je vous demande d'annuler cette facture.

  Yannick Bertin
  """),

M("fr", "broken_promise,high_value_order",
  "Piano à queue – livraison repoussée encore une fois",
  "Dominique Faure <dominique.faure@lettre-fr.example>",
  """
  Bonjour,

  nous avons versé un acompte de 6 500 € en mars pour le piano à queue
  Delacroix-Morel 175 (commande PD-1182, total 21 400 €). La livraison, promise
  pour juin, puis pour septembre, est aujourd'hui repoussée « à la fin de l'année »
  sans explication. Notre fille prépare un concours au printemps.

  Nous voulons savoir précisément où en est ce piano.

  Dominique Faure
  """),

M("fr", "technical_issue",
  "Scooter électrique : écran noir",
  "Jacqueline Morel <jacqueline.morel@courriel.example>",
  """
  Bonjour,

  mon scooter PMR MobiCité acheté en mai ne démarre plus : quand je tourne la clé,
  l'écran reste noir et rien ne se passe. La batterie est pourtant chargée (le
  voyant du chargeur était vert). Pouvez-vous m'envoyer quelqu'un ?

  Merci,
  Jacqueline Morel
  """),

M("fr", "feature_request",
  "Suggestion pour les réservations",
  "Hugo Lambert <hugo.lambert@courriel.example>",
  """
  Salut l'équipe du Pion,

  il faudrait vraiment ajouter une option sur le site pour réserver une table ET un
  jeu précis en même temps. Vendredi on voulait absolument jouer à « Cap Horn » et
  il était déjà sorti. Même un petit bouton « je veux ce jeu » ferait l'affaire.

  Hugo
  """),

M("fr", "data_loss,technical_issue",
  "Photos du diagnostic supprimées",
  "Sandrine Leroy <sandrine.leroy@lettre-fr.example>",
  """
  Bonjour,

  l'espace client de Diagnostic Habitat Rivière n'affiche plus aucune des photos du
  diagnostic de notre appartement : tous les fichiers ont été supprimés, le
  rapport PDF ne contient plus que des cadres vides à la place des images. Le
  notaire en a besoin pour la vente lundi.

  Pouvez-vous les récupérer ?
  Sandrine Leroy
  """),

M("fr", "legal_threat",
  "Remboursement de la croisière – dernier avertissement",
  "Philippe Mercier <philippe.mercier@courriel.example>",
  """
  Monsieur,

  vous avez annulé notre croisière du 20 juillet pour « raisons techniques » et
  refusez depuis de nous rembourser les 340 €, en proposant un avoir dont nous ne
  voulons pas.

  Sans remboursement sous quinze jours, je saisirai le tribunal judiciaire.

  Philippe Mercier
  """),

# ---------------------------------------------------------------- negatives

M("fr", "-",
  "Demande de devis – 24 bornes pour notre parking clients",
  "Laurent Giraud <l.giraud@giraud-distribution.example>",
  """
  Bonjour,

  nous souhaiterions équiper le parking de notre magasin de Valence de bornes
  BorneVive. Pourriez-vous nous faire parvenir un devis pour 24 points de charge,
  avec l'abonnement de supervision ?

  Bien cordialement,

  Laurent Giraud
  Directeur commercial
  Giraud Distribution SAS
  """, trap="job_title"),

M("fr", "-",
  "Re: Votre remboursement",
  "Martine Lemoine <martine.lemoine@lettre-fr.example>",
  """
  Bonjour,

  c'est bien reçu, merci beaucoup. Tout est réglé de mon côté.

  Bonne journée,
  Martine Lemoine
  """,
  quote=Q("le_ecrit", "self",
          """
          Bonjour,

          c'est la troisième fois que je vous écris pour ce remboursement de 56 €.
          Si je n'ai rien d'ici vendredi, je fais opposition auprès de ma banque et
          je contacte une association de consommateurs.

          Martine Lemoine
          """),
  trap="quoted_trigger", note="closing reply; old threat only in 'Le ... a écrit :' quote"),

M("fr", "-",
  "RE: Votre panier de la semaine 32",
  "Olivier Bonnet <olivier.bonnet@courriel.example>",
  """
  Bonjour Amandine,

  merci pour le geste, le panier de remplacement était parfait. On continue avec
  vous, bien sûr.

  Olivier
  """,
  quote=Q("outlook_fr", "self",
          """
          Bonjour,

          le panier de cette semaine était immangeable, tomates pourries et salade
          pleine de limaces. Franchement, si ça continue, je résilie mon contrat.

          Olivier Bonnet
          """),
  trap="quoted_trigger", note="Outlook 'De : / Envoyé :' block with old threat"),

M("fr", "-",
  "Changement de formule",
  "Valérie Colin <valerie.colin@mel-fr.example>",
  """
  Bonjour,

  rassurez-vous, je ne vais pas résilier mon abonnement Lecture Vive ! Je voudrais
  simplement passer de la formule « 2 livres » à la formule « 1 livre » à partir du
  mois prochain. Comment dois-je procéder ?

  Merci,
  Valérie
  """, trap="negation"),

M("fr", "-",
  "Question sur les conditions de remboursement",
  "Pascal Renaud <pascal.renaud@courriel.example>",
  """
  Bonjour,

  avant de réserver la sortie baleines du 12 août pour notre famille (5 personnes),
  j'aimerais connaître vos conditions : en cas d'annulation pour mauvais temps,
  êtes-vous remboursés intégralement ? Et si nous devons annuler de notre côté,
  jusqu'à quand est-ce possible ?

  Cordialement,
  Pascal Renaud
  """, trap="refund_policy_question"),

M("fr", "-",
  "Batterie du scooter : que faire si…",
  "Robert Lemaire <robert.lemaire@lettre-fr.example>",
  """
  Bonjour,

  j'ai lu qu'il arrivait que des batteries de scooters chauffent pendant la
  charge. Le mien fonctionne parfaitement, mais si jamais cela arrivait, que
  faudrait-il faire ? Et vaut-il mieux le charger dans le garage ou dans l'entrée ?

  Merci pour vos conseils,
  Robert Lemaire
  """, trap="hypothetical"),

M("fr", "-",
  "Export de l'historique de charge",
  "Isabelle Noël <isabelle.noel@courriel.example>",
  """
  Bonjour,

  est-il possible d'exporter l'historique de mes recharges au format CSV ou Excel
  depuis l'application ? Mon employeur me le demande pour les notes de frais.

  Merci,
  Isabelle Noël
  """, trap="feature_exists_question"),

M("fr", "-",
  "Merci pour la sortie de dimanche !",
  "Emma Dufour <emma.dufour@mel-fr.example>",
  """
  Bonjour,

  un immense merci à l'équipage du dimanche matin : trois rorquals, un groupe de
  dauphins et des explications passionnantes de la part de votre guide. Les enfants
  en parlent encore. On reviendra l'an prochain !

  Emma et famille
  """, trap="praise"),

M("fr", "-",
  "Devis pour notre PDG",
  "Chloé Perret <c.perret@cabinet-perret.example>",
  """
  Bonjour,

  notre PDG souhaite offrir un piano droit à notre maison de retraite partenaire.
  Pourriez-vous m'envoyer deux ou trois propositions entre 4 000 et 6 000 €,
  livraison comprise ? Il aimerait pouvoir choisir avant la fin du mois.

  Bien à vous,
  Chloé Perret
  Assistante de direction
  """, trap="own_ceo"),

M("fr", "-",
  "Maintenance prévue samedi",
  "Stéphane Blanc <stephane.blanc@lettre-fr.example>",
  """
  Bonjour,

  j'ai vu l'annonce de la maintenance de samedi entre 1 h et 5 h du matin. Est-ce
  que les livres déjà téléchargés resteront accessibles hors ligne pendant ce
  temps ? Je pars en voiture très tôt.

  Merci,
  Stéphane
  """, trap="maintenance_question"),

M("fr", "-",
  "Achat de jeux d'occasion",
  "Mathieu Robin <mathieu@bar-a-jeux-robin.example>",
  """
  Bonjour,

  je suis gérant d'un bar à jeux à Nantes et j'ai vu que vous revendiez une partie
  de votre ludothèque. Vendez-vous aussi aux professionnels, et avez-vous une liste
  des jeux disponibles ?

  Mathieu Robin
  Gérant, Le Dé Perché
  """, trap="job_title"),

M("fr", "-",
  "Panier de la semaine",
  "Brigitte Marchal <brigitte.marchal@courriel.example>",
  """
  Bonjour,

  petit retour sans gravité : les carottes de cette semaine étaient un peu molles,
  j'ai été un peu déçue. Le reste était très bien, surtout les fraises. Bonne
  continuation !

  Brigitte
  """, trap="mild_disappointment"),

M("fr", "-",
  "Re: Votre dossier de réparation",
  "Henri Fabre <henri.fabre@lettre-fr.example>",
  """
  Bonjour,

  le fauteuil fonctionne de nouveau parfaitement depuis le passage de votre
  technicien. Merci pour votre réactivité, vous pouvez clôturer le dossier.

  Henri Fabre
  """, trap="closing_reply"),
]
