"""heldout21: hand-written French customer mails (with and without triggers).

One dict per message; see h21_en_pos.py for the fields.
"""

MESSAGES = [
dict(frm="Élodie Marchand <elodie.marchand@mariage-mail.example>",
     subj="Spectacle de fauconnerie annulé – remboursement jamais reçu",
     trig="broken_promise,legal_threat", trap="-", note="falconry; refund promised, tribunal",
     body="""\
Bonjour,

Vous avez annulé le spectacle de fauconnerie prévu pour notre mariage le 7 juin, trois jours avant la date. Au téléphone, votre collègue m'a assuré que l'acompte de 380 € serait remboursé « sous dix jours ». Nous sommes le 22 juillet et je n'ai rien reçu.

Sans remboursement d'ici le 5 août, je saisirai le tribunal judiciaire. J'ai conservé tous les échanges.

Élodie Marchand
"""),
dict(frm="Bastien Leroy <bastien.leroy@serre-urbaine.example>",
     subj="Appli GrowDose inaccessible depuis ce matin",
     trig="outage,technical_issue", trap="-", note="hydroponics controller app",
     body="""\
Bonjour,

Depuis 7h ce matin, impossible de me connecter à l'application : « Erreur 502 – Bad Gateway ». Même chose sur le site web. J'ai demandé dans notre groupe de cultivateurs et tout le monde a le même problème, donc ce n'est pas mon téléphone.

Le problème c'est que sans l'appli je ne peux pas modifier les cycles d'arrosage et il fait 34 °C aujourd'hui. Vous avez une idée de quand ça revient ?

Bastien
"""),
dict(frm="Gérard Vasseur <gerard.vasseur@comtoise-passion.example>",
     subj="Restauration comtoise – commande R-1187",
     trig="broken_promise,high_value_order,technical_issue", trap="-", note="clock restorers; EUR 5,200 job; technician never came back",
     body="""\
Madame, Monsieur,

Ma comtoise de 1840 m'a été rendue le 3 mai après restauration complète, facturée 5 200 € et payée intégralement.

Depuis, la sonnerie des heures ne fonctionne plus du tout (elle fonctionnait avant !) et le balancier lyre présente un jeu important. Votre technicien devait repasser « dans la semaine » ; je n'ai eu aucune nouvelle.

Je vous demande de reprendre l'horloge et de la remettre en état conformément au devis.

Gérard Vasseur
"""),
dict(frm="Yannick Perrin <yannick.perrin@copeaux.example>",
     subj="je souhaite parler à un responsable",
     trig="manager_request", trap="-", note="woodturning supplies",
     body="""\
Bonjour,

J'ai commandé des gouges Sorby et j'ai reçu des gouges d'une autre marque, de moins bonne qualité. Votre service client me dit que « c'est équivalent ». Ce n'est pas équivalent, et ce n'est pas ce que j'ai payé.

Je souhaite parler à un responsable, s'il vous plaît. Merci de me rappeler au 555-0184.

Yannick Perrin
"""),
dict(frm="Colette Dumas <colette.dumas@tsf-anciennes.example>",
     subj="Fumée sortie du poste après réparation",
     trig="safety,technical_issue", trap="-", note="vintage radio; smoke after repair",
     body="""\
Bonjour Monsieur,

Vous m'avez rendu mon poste Philips BX998A la semaine dernière. Hier soir, après une vingtaine de minutes d'écoute, de la fumée est sortie par l'arrière avec une forte odeur de brûlé, et il y avait une lueur orange à l'intérieur. J'ai débranché tout de suite.

J'habite seule et j'ai eu très peur, le poste est sur une étagère en bois. Je ne le rebrancherai pas. Pouvez-vous venir le récupérer et me dire ce qui s'est passé ?

Colette Dumas
"""),
dict(frm="Nicolas Berthier <n.berthier@agility-club-vosges.example>",
     subj="Résultats du concours effacés",
     trig="data_loss,technical_issue", trap="-", note="dog-agility results system",
     body="""\
Bonjour,

Nous avons saisi dimanche soir tous les résultats du concours régional (212 chiens, 14 épreuves) dans votre logiciel. Ce matin, le concours apparaît comme « vide » : plus aucun résultat, plus aucun classement. Les feuilles de juges papier ont déjà été rendues aux juges.

Est-ce qu'il existe une sauvegarde ? Nous devons envoyer les résultats à la fédération avant vendredi.

Nicolas Berthier
Secrétaire du club
"""),
dict(frm="Sandrine Aubert <sandrine.aubert@famille-aubert.example>",
     subj="Refus d'entrée au banquet – mon fils",
     trig="discrimination_harassment,manager_request,severe_dissatisfaction", trap="-", note="medieval banquet; disabled child refused; wants management",
     body="""\
Madame, Monsieur,

Samedi soir, nous nous sommes présentés au banquet médiéval avec notre fils de 9 ans, qui est autiste. Il portait son casque anti-bruit. Le responsable de salle nous a dit qu'il « risquait de gêner les autres convives » et nous a proposé de dîner « au bar, à l'écart ». Devant tout le monde.

C'est inadmissible. Nous avions réservé et payé depuis deux mois. Mon fils a parfaitement compris qu'on ne voulait pas de lui.

J'attends des excuses écrites et une explication de votre direction.

Sandrine Aubert
"""),
dict(frm="Mathieu Girard <mathieu.girard@barbe-mail.example>",
     subj="Prélevé deux fois",
     trig="billing_dispute", trap="-", note="beard-care webshop",
     body="""\
Salut,

Ma commande n° 55120 (huile à barbe + peigne) a été débitée deux fois sur ma carte : 34,80 € le 12 et encore 34,80 € le 13. Une seule commande dans mon compte. Merci de rembourser le doublon.

Mathieu
"""),
dict(frm="Hélène Robin <helene.robin@houblon-mail.example>",
     subj="Club des abonnés – troisième message",
     trig="cancellation_threat,repeat_contact", trap="-", note="microbrewery tap room club",
     body="""\
Bonjour,

C'est la troisième fois que je vous écris au sujet de ma carte du Club : les bières offertes du mois ne sont jamais disponibles quand je passe à la brasserie, et personne au comptoir ne sait de quoi je parle.

Si rien ne change d'ici la fin du mois, je résilie mon abonnement. Je paie 15 € par mois pour rien.

Hélène Robin
"""),
dict(frm="Jacqueline Moreau <jacqueline.moreau@oiseaux-jardin.example>",
     subj="Prélèvements après résiliation – signalement DGCCRF",
     trig="billing_dispute,regulatory", trap="-", note="bird-seed subscription",
     body="""\
Madame, Monsieur,

J'ai résilié mon abonnement « Mangeoire Gourmande » le 2 février (confirmation reçue par mail). Vous avez pourtant prélevé 32,90 € le 5 mars et le 5 avril.

J'ai déposé un signalement sur SignalConso auprès de la DGCCRF. Je vous demande de me rembourser les 65,80 € indûment prélevés.

Jacqueline Moreau
"""),
dict(frm="Chloé Lambert <chloe.lambert@parents-mail.example>",
     subj="Idée pour la billetterie",
     trig="feature_request", trap="-", note="puppet theatre",
     body="""\
Bonjour à toute l'équipe !

On adore vos spectacles. Petite suggestion : ce serait bien de pouvoir acheter un « pass famille » pour plusieurs spectacles de la saison, avec une réduction. Et si la billetterie pouvait envoyer un rappel la veille, ce serait top (on a raté le spectacle de mars, oubli total...).

Merci et à bientôt,
Chloé
"""),
dict(frm="Karima Benali <karima.benali@voyage-mail.example>",
     subj="Comportement de votre employé à l'agence de Lyon",
     trig="discrimination_harassment", trap="-", note="roof-top tent rental; harassment by staff",
     body="""\
Bonjour,

Lors du retrait de la tente de toit à l'agence de Lyon, l'employé (grand, barbe rousse) m'a fait des remarques sur mon physique pendant toute l'installation, m'a demandé mon numéro « pour le cas où la tente poserait problème la nuit » et a posé sa main sur ma taille sans mon accord quand je suis montée sur l'échelle.

J'étais seule et je me suis sentie très mal. Je ne veux plus avoir affaire à cette personne et je souhaite savoir quelles mesures vous allez prendre.

Karima Benali
"""),
dict(frm="Arnaud Chevalier <arnaud.chevalier@haras-chevalier.example>",
     subj="Adresse du siège et nom du PDG",
     trig="corporate_contact_request,executive_contact", trap="-", note="farrier service; wants CEO to write",
     body="""\
Bonjour,

Pouvez-vous me communiquer l'adresse de votre siège social ainsi que le nom et l'adresse e-mail de votre PDG ? Je souhaite lui écrire directement au sujet des ferrures ratées sur trois de mes chevaux, puisque votre service client ne répond plus.

Arnaud Chevalier
Haras Chevalier
"""),
dict(frm="Camille Fabre <camille.fabre@radio-locale-sud.example>",
     subj="Demande d'interview – ateliers fromage annulés",
     trig="media_threat", trap="-", note="cheese course; radio journalist",
     body="""\
Bonjour,

Je suis journaliste à Radio Locale Sud. Plusieurs auditeurs nous ont contactés au sujet d'ateliers de fabrication de fromage annulés au dernier moment et non remboursés.

Accepteriez-vous de répondre à quelques questions, par téléphone ou par écrit, d'ici jeudi ? Nous souhaitons donner la parole à toutes les parties.

Cordialement,
Camille Fabre
Radio Locale Sud – rédaction
"""),
dict(frm="Thomas Roussel <thomas.roussel@plongeurs.example>",
     subj="Mon compte a été piraté ?",
     trig="security_incident", trap="-", note="snorkel tour booking account",
     body="""\
Bonjour,

Je viens de recevoir trois e-mails d'annulation pour mes réservations de randonnée palmée (9, 10 et 12 août). Je n'ai rien annulé ! En me connectant, je vois que le numéro de téléphone du compte a été changé et qu'une nouvelle carte bancaire a été ajoutée.

Quelqu'un a accès à mon compte. Pouvez-vous le bloquer et rétablir mes réservations ?

Thomas Roussel
"""),
dict(frm="Isabelle Garnier <isabelle.garnier@ecole-garnier.example>",
     subj="Photos d'enfants publiées sans autorisation",
     trig="regulatory", trap="-", note="falconry show for school; CNIL complaint",
     body="""\
Madame, Monsieur,

Lors du spectacle de fauconnerie donné à notre école le 14 mai, votre équipe a pris des photos des élèves. Plusieurs d'entre elles sont aujourd'hui sur votre page Facebook et votre site, avec les visages bien visibles, alors qu'aucune autorisation parentale n'a été demandée.

Je vous demande de les retirer immédiatement. À défaut, je saisirai la CNIL, comme plusieurs parents me l'ont déjà demandé.

Isabelle Garnier
Directrice de l'école Jean-Moulin
"""),
dict(frm="Pierre-Yves Le Gall <py.legall@legall-maraichage.example>",
     subj="Commande serre pro 8 900 € incomplète",
     trig="executive_contact,high_value_order", trap="-", note="hydroponics; EUR 8,900 order, wrote to MD",
     body="""\
Bonjour,

Notre commande du système NFT professionnel (8 900 € TTC, facture F-2025-0442) a été livrée le 10 juin sans les 6 gouttières de 4 mètres ni la pompe principale. Le système est inutilisable et nos plants attendent.

Après trois semaines de promesses vagues de votre service commercial, j'ai écrit hier directement à votre directeur général, M. Delorme, avec copie de tous les échanges.

Pierre-Yves Le Gall
"""),
dict(frm="Julien Masson <julien.masson@barbu-mail.example>",
     subj="Service lamentable",
     trig="media_threat,severe_dissatisfaction", trap="-", note="beard-care; review and social threat",
     body="""\
Trois semaines pour recevoir un baume à barbe, un colis à moitié écrasé, et un service client qui me répond par des messages copiés-collés. C'est une honte absolue. Je n'ai jamais vu un service aussi lamentable.

Je vais laisser un avis détaillé sur Google et Trustpilot, et en parler sur mon compte Instagram. Les gens méritent de savoir.

Julien Masson
"""),
dict(frm="Manon Petit <manon.petit@mail-petit.example>",
     subj="Bouteille explosée – coupure",
     trig="safety", trap="-", note="microbrewery; bottle exploded",
     body="""\
Bonjour,

J'ai acheté hier un pack de 6 de votre bière de saison à la brasserie. Ce matin, une des bouteilles a explosé toute seule dans mon placard, et en ouvrant la porte j'ai reçu un éclat de verre à la main (deux points de suture). Les autres bouteilles sont très gonflées au bouchon.

Je pense qu'il y a un problème de refermentation sur ce lot. Prévenez les autres clients, il y a des enfants dans beaucoup de maisons !

Manon Petit
"""),
dict(frm="Sophie Renard <sophie.renard@mailbox-fr.example>",
     subj="Rappel promis jamais reçu – merci de transmettre à un supérieur",
     trig="broken_promise,manager_request", trap="-", note="puppet theatre; callback promised",
     body="""\
Bonjour,

Le 3 avril, on m'a promis au guichet qu'une personne du service réservations me rappellerait le lendemain au sujet de la représentation scolaire annulée. Personne ne m'a rappelée.

Je souhaite que mon dossier soit transmis à un supérieur. 54 élèves attendent qu'on leur dise si le spectacle sera reprogrammé.

Sophie Renard
Enseignante, école Les Tilleuls
"""),
dict(frm="Laurent Bonnet <laurent.bonnet@bonnet-conseil.example>",
     subj="Absent – facture erronée",
     trig="billing_dispute", trap="looks_automated", note="cheese course; customer's absence notice then billing complaint",
     body="""\
Je suis absent du bureau jusqu'au 25 août, avec un accès limité à mes e-mails.

Avant de partir : votre facture FC-2207 mentionne 4 participants à l'atelier du 12 juillet (4 x 125 €), or nous n'étions que 3, comme confirmé lors de l'inscription. Merci de m'envoyer une facture corrigée de 375 €.

Laurent Bonnet
"""),
dict(frm="Atelier Morel <contact@atelier-morel.example>",
     subj="RE: Votre colis a été livré",
     trig="technical_issue", trap="looks_automated", note="woodturning; 'nous avons bien reçu votre colis' opener",
     reply=True,
     body="""\
Merci pour votre message. Nous avons bien reçu votre colis.

Cependant, le tour à bois TB-350 ne démarre pas : l'écran affiche « E-07 » dès la mise sous tension et le moteur ne tourne pas. Nous avons vérifié le branchement et l'arrêt d'urgence. Pouvez-vous nous indiquer la marche à suivre ?

Cordialement,
François Morel
Atelier Morel – ébénisterie
"""),
dict(frm="Denis Carpentier <denis.carpentier@free-mail.example>",
     subj="TR: Non remis : réclamation",
     trig="repeat_contact,severe_dissatisfaction", trap="looks_automated", note="snorkel tour; forwards bounce, complains on top",
     body="""\
Voilà ce que je reçois quand j'écris à votre adresse « réclamations ». C'est la quatrième fois que j'essaie de vous joindre (deux e-mails, deux appels). C'est absolument scandaleux, une véritable honte pour une entreprise de tourisme.

Je veux simplement être remboursé de l'excursion annulée du 14 juillet.

Denis Carpentier

-------- Message transféré --------
De : Mail Delivery Subsystem <MAILER-DAEMON@mx.example.test>
Objet : Non remis : réclamation
Date : 18 juillet 2025 10:02

Votre message n'a pas pu être remis à reclamations@example.test.
Adresse inconnue (550 5.1.1).
"""),
dict(frm="Agnès Lefort <agnes.lefort@fromagerie-lefort.example>",
     subj="Plateforme de cours en ligne inaccessible",
     trig="outage,technical_issue", trap="-", note="cheese course online platform",
     body="""\
Bonjour,

Depuis hier soir, la plateforme des cours en ligne affiche « Erreur 503 – Service indisponible ». Aucun élève de notre groupe (nous sommes 12) ne peut accéder aux vidéos, alors que le module sur les pâtes pressées devait être terminé avant samedi.

Merci de nous tenir informés.

Agnès Lefort
"""),
dict(frm="Frédéric Blanc <f.blanc@blanc-distribution.example>",
     subj="Demande de devis – soirée médiévale",
     trig="-", trap="job_title", note="medieval banquet; 'directeur commercial' title",
     body="""\
Bonjour,

Je suis directeur commercial chez Blanc Distribution et nous envisageons une soirée médiévale pour nos 60 meilleurs clients en octobre. Pourriez-vous m'envoyer un devis pour un banquet avec animations (jongleurs, combat de chevaliers) ?

Cordialement,
Frédéric Blanc
Directeur commercial
"""),
dict(frm="Romain Dupuis <romain.dupuis@atelier-dupuis.example>",
     subj="Re: Mandrin défectueux",
     trig="-", trap="quoted_threat", note="woodturning; 'Le ... a écrit' block with earlier threat",
     reply=True,
     body="""\
Bonjour,

Le mandrin de remplacement est bien arrivé, il fonctionne parfaitement. Merci pour votre réactivité, l'affaire est close pour moi.

Romain

Le 12 mars 2025 à 18:40, Romain Dupuis <romain.dupuis@atelier-dupuis.example> a écrit :
> Troisième message sans réponse. Si je n'ai pas de mandrin de remplacement
> cette semaine, je fais opposition sur ma carte et je contacte un avocat.
"""),
dict(frm="Véronique Simon <veronique.simon@mail-simon.example>",
     subj="Changement d'adresse",
     trig="-", trap="negation", note="bird-seed; je ne compte pas résilier",
     body="""\
Bonjour,

Je déménage le mois prochain. Je ne compte pas du tout résilier mon abonnement, rassurez-vous ! Comment puis-je modifier l'adresse de livraison à partir du 1er septembre ?

Merci,
Véronique
"""),
dict(frm="Lucas Mercier <lucas.mercier@mail-lm.example>",
     subj="Politique de remboursement",
     trig="-", trap="policy_question", note="roof-top tent rental; refund policy",
     body="""\
Bonjour, quelle est votre politique de remboursement si on annule une location de tente de toit moins de 15 jours avant ? Je préfère savoir avant de réserver. Merci !
"""),
dict(frm="Aurélie Noël <aurelie.noel@asso-canine.example>",
     subj="Conformité RGPD",
     trig="-", trap="gdpr_documentation", note="dog-agility platform; GDPR compliance question",
     body="""\
Bonjour,

Notre association envisage d'utiliser votre plateforme pour les inscriptions aux concours. Êtes-vous conformes au RGPD ? Pouvez-vous nous envoyer votre politique de confidentialité et la liste de vos sous-traitants ?

Bien cordialement,
Aurélie Noël
Présidente
"""),
dict(frm="Martine Guérin <martine.guerin@mail-guerin.example>",
     subj="Merci pour la restauration !",
     trig="-", trap="praise", note="clock restorers",
     body="""\
Bonjour Monsieur Lacroix,

La pendule de ma grand-mère sonne de nouveau, et avec quel joli son ! Merci infiniment pour votre travail minutieux et vos explications. Je vous recommanderai sans hésiter.

Bien à vous,
Martine Guérin
"""),
dict(frm="Paul Henry <paul.henry@mail-henry.example>",
     subj="Export PDF ?",
     trig="-", trap="feature_exists", note="hydroponics app; asks if export exists",
     body="""\
Bonjour, est-il possible d'exporter l'historique des mesures (pH, EC, température) en PDF ou CSV depuis l'appli ? Si oui, où se trouve l'option ? Merci.
"""),
dict(frm="Claire Fontaine <claire.fontaine@mail-cf.example>",
     subj="Si je devais annuler...",
     trig="-", trap="hypothetical", note="snorkel tour; hypothetical cancellation",
     body="""\
Bonjour,

J'hésite à réserver la sortie snorkeling du 20 août car ma fille a parfois le mal de mer. Si je devais annuler la veille, est-ce que je serais remboursée, même partiellement ?

Merci d'avance,
Claire Fontaine
"""),
dict(frm="Bernard Caron <bernard.caron@caron-industries.example>",
     subj="Confirmation séminaire annuel",
     trig="-", trap="large_amount_no_problem", note="medieval banquet; EUR 15,000 booking no issue",
     body="""\
Madame, Monsieur,

Nous confirmons la réservation du château pour notre séminaire annuel du 18 septembre, pour un montant total de 15 000 € TTC conformément à votre devis n° 2025-118. Le bon de commande signé est en pièce jointe.

Nous nous réjouissons de cette soirée.

Bernard Caron
""", pack="mixed"),
dict(frm="Hugo Lemoine <hugo.lemoine@lemoine-equitation.example>",
     subj="Facture 5 000 € – adresse à corriger",
     trig="-", trap="exactly_5000", note="farrier; invoice exactly 5,000 with address fix",
     body="""\
Bonjour,

La facture annuelle de 5 000,00 € pour l'entretien des 14 chevaux du centre est correcte, mais l'adresse de facturation est l'ancienne. Pourriez-vous la rééditer avec notre nouvelle adresse (12 route des Écuries) ? Merci.

Hugo Lemoine
"""),
dict(frm="Nathalie Roux <nathalie.roux@mail-roux.example>",
     subj="RE: Problème de connexion",
     trig="-", trap="outlook_original_message", note="beard-care; French Outlook block quoting old anger",
     reply=True,
     body="""\
Bonjour,

Tout fonctionne à nouveau, merci beaucoup pour votre aide et désolée pour le ton de mon premier message.

Nathalie

-----Message d'origine-----
De : Nathalie Roux <nathalie.roux@mail-roux.example>
Envoyé : lundi 16 juin 2025 08:47
À : support@example.test
Objet : Problème de connexion

C'est inadmissible, impossible de me connecter depuis trois jours ! Je veux parler à un responsable, sinon je résilie tout.
"""),
dict(frm="Emma Gauthier <emma.gauthier@mail-eg.example>",
     subj="Réponse automatique : absente jusqu'au 30 juillet",
     trig="-", trap="looks_automated", note="puppet theatre; human OOO-style subject, ordinary booking",
     body="""\
Bonjour,

Je serai absente jusqu'au 30 juillet, donc je préfère vous écrire maintenant : reste-t-il des places pour le spectacle « Le Petit Prince » du 3 août à 15 h ? Deux adultes, deux enfants.

Merci beaucoup,
Emma Gauthier
"""),
dict(frm="Mélanie Perrot <melanie.perrot@mail-mp.example>",
     subj="Mes fiches de cours ont disparu – connexion suspecte",
     trig="data_loss,security_incident", trap="-", note="cheese course portal; intruder deleted files",
     body="""\
Bonjour,

Ce matin, toutes mes fiches de suivi du cours « Fromages à pâte molle » (six mois de relevés de température, d'acidité et de photos) ont été supprimées de mon espace élève. Dans l'historique de connexion, je vois deux connexions hier soir depuis un appareil inconnu, situé en Roumanie. Ce n'était pas moi.

Quelqu'un est entré dans mon compte et a tout effacé. Pouvez-vous restaurer mes fiches et vérifier ce qui s'est passé ?

Mélanie Perrot
"""),
dict(frm="Gilles Arnaud <gilles.arnaud@mail-ga.example>",
     subj="Double authentification ?",
     trig="-", trap="security_question", note="beard-care webshop; how to enable 2FA",
     body="""\
Bonjour, est-ce que votre boutique propose la double authentification pour les comptes clients ? Je n'ai eu aucun souci, c'est juste par précaution, j'ai ma carte enregistrée. Merci !
"""),
]
