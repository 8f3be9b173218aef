# French customer mail (with and without triggers).
# One hand-written block per message; make_corpus.py only packages them.

MSGS = [

dict(frm='Camille Moreau <camille.moreau@courriel.example>',
subj='Prélèvement en double - commande 22871',
trig='billing_dispute', trap='-', note='candle supplies; double debit',
body='''Bonjour,

Ma commande n° 22871 (cire de colza + mèches, 64,90 €) a été débitée deux fois sur ma carte, le 4 et le 5 mars. Je n'ai reçu qu'un seul colis.

Merci de me rembourser le second prélèvement.

Cordialement,
Camille Moreau
'''),

dict(frm='Jean-Marc Lefèvre <jm.lefevre@courriel.example>',
subj='Saut en tandem - mon avocat va vous contacter',
trig='legal_threat safety', trap='-', note='tandem skydiving; harness issue, injury, avocat',
body='''Madame, Monsieur,

Lors de mon saut en tandem du 28 juin, la sangle de cuisse de mon harnais s'est desserrée pendant la chute libre. Le moniteur l'a remarqué tard, et à l'ouverture j'ai subi un choc violent qui m'a déplacé deux vertèbres. J'ai aujourd'hui trois semaines d'arrêt de travail.

J'ai transmis le dossier à mon avocat, qui prendra contact avec vous dans les prochains jours. Je vous demande de conserver le harnais et la vidéo du saut.

Jean-Marc Lefèvre
'''),

dict(frm='Hélène de Villiers <h.devilliers@courriel.example>',
subj='Restauration de la commode Louis XV - 11 800 €',
trig='high_value_order manager_request', trap='-', note='antique restorer; EUR 11,800 restoration problem, wants atelier head',
body='''Monsieur,

La commode Louis XV que votre atelier a restaurée pour 11 800 € (facture réglée le 2 avril) nous a été livrée avec un bronze manquant sur le tablier et une fente dans le marbre qui n'existait pas auparavant.

Je souhaite que le dossier soit repris par le chef d'atelier ou par un responsable, et non par le secrétariat. Merci de me rappeler au 01 55 55 02 87.

Hélène de Villiers
'''),

dict(frm='Yannick Le Goff <yannick.legoff@courriel.example>',
subj='site de réservation en panne depuis hier',
trig='outage technical_issue', trap='-', note='beach-hut rentals; site down',
body='''Bonjour,

Impossible d'accéder à votre site de réservation des cabines de plage depuis hier soir : "Erreur 503 - service indisponible". J'ai essayé sur ordinateur et téléphone. Vous êtes au courant ?

Yannick
'''),

dict(frm='Sarah Benali <sarah@micro-ouvert.example>',
subj='Mes fichiers ont disparu de votre plateforme',
trig='data_loss technical_issue repeat_contact', trap='-', note='podcast editing; files gone, third message',
body='''Bonjour,

C'est la troisième fois que je vous écris à ce sujet. Les pistes brutes des épisodes 14 et 15 que j'avais déposées sur votre espace client ont disparu. Le dossier du projet est vide et votre support me répond "nous regardons".

J'ai besoin de savoir aujourd'hui si ces fichiers peuvent être récupérés.

Sarah Benali
Micro Ouvert (podcast)
'''),

dict(frm='Bernard Rousseau <bernard.rousseau@courriel.example>',
subj='Signalement à la DGCCRF',
trig='regulatory', trap='-', note='stained-glass studio; reported to consumer authority DGCCRF',
body='''Madame, Monsieur,

Vous refusez de me rembourser l'acompte de 600 € versé pour un vitrail qui n'a jamais été commencé, et votre site affiche toujours des délais de "4 semaines" alors que j'attends depuis 7 mois.

J'ai déposé aujourd'hui un signalement sur le site de la DGCCRF (SignalConso) avec l'ensemble de nos échanges.

Bernard Rousseau
'''),

dict(frm='Nadia Haddad <nadia.haddad@courriel.example>',
subj='Je veux parler à un responsable',
trig='manager_request repeat_contact severe_dissatisfaction', trap='-', note='rug dealer; three calls two mails, wants manager, strong anger',
body='''Bonjour,

Trois appels, deux e-mails, et toujours aucune nouvelle de mon kilim parti en nettoyage il y a deux mois. Votre employée m'a raccroché au nez hier.

C'est inadmissible. Je veux parler à un responsable, pas à l'accueil.

Nadia Haddad
'''),

dict(frm='Thomas Girard <thomas.girard@courriel.example>',
subj='Plainte CNIL - utilisation de mes données',
trig='regulatory', trap='-', note='sports-nutrition webshop; complaint to CNIL',
body='''Bonjour,

Malgré ma demande de suppression de mes données envoyée le 3 février (et l'accusé de réception de votre part), je continue à recevoir vos SMS promotionnels et des appels d'un partenaire qui connaît mes achats.

J'ai donc déposé une plainte auprès de la CNIL ce matin.

Thomas Girard
'''),

dict(frm='Lucie Fontaine <lucie.fontaine@courriel.example>',
subj='Compte piraté ?',
trig='security_incident', trap='-', note='roller-skate shop; account takeover',
body='''Bonjour,

J'ai reçu cette nuit un e-mail "votre mot de passe a été modifié" alors que je n'ai rien fait, puis une confirmation de commande de deux paires de rollers à livrer à Lille. Je ne peux plus me connecter.

Quelqu'un a piraté mon compte. Merci de bloquer la commande et le compte immédiatement.

Lucie Fontaine
'''),

dict(frm='Émilie Chevalier <emilie.chevalier@courriel.example>',
subj='Mini-golf : remarques déplacées de votre employé',
trig='discrimination_harassment', trap='-', note='mini-golf course; harassment by staff',
body='''Bonjour,

Samedi après-midi, l'employé qui tenait la caisse a fait des commentaires sur ma tenue à plusieurs reprises, m'a suivie jusqu'au trou 12 et a insisté pour avoir mon numéro. Mes amies ont dû intervenir.

Je ne me suis pas sentie en sécurité sur votre parcours. J'attends que vous preniez des mesures.

Émilie Chevalier
'''),

dict(frm='Pierre-Antoine Dubreuil <pa.dubreuil@courriel.example>',
subj='Adresse du siège social et du PDG',
trig='corporate_contact_request executive_contact', trap='-', note='canal-boat holidays; wants HQ address and CEO email to write',
body='''Bonjour,

Faute de réponse de votre service client depuis six semaines concernant la panne de notre bateau sur le canal du Midi, je souhaite écrire directement à votre PDG. Pouvez-vous me communiquer l'adresse postale de votre siège social ainsi que son adresse e-mail ?

Cordialement,
P.-A. Dubreuil
'''),

dict(frm='Mathilde Garnier <mathilde.garnier@courriel.example>',
subj='Je vais en parler dans la presse',
trig='media_threat broken_promise', trap='-', note='hat maker; promised repair not done, press threat',
body='''Bonjour,

Vous m'aviez promis que mon chapeau serait reformé et renvoyé avant le 15 mai. Nous sommes le 3 juin, rien.

Je connais une journaliste du Courrier de la Côte qui prépare un article sur les artisans qui ne tiennent pas parole. Si je n'ai pas de réponse cette semaine, je lui raconte tout.

Mathilde Garnier
'''),

dict(frm='Antoine Mercier <antoine.mercier@club-echecs-nantes.example>',
subj='Échiquiers électroniques - bug de reconnaissance des pièces',
trig='technical_issue', trap='-', note='chess-computer retailer; piece recognition bug',
body='''Bonjour,

Depuis la mise à jour 3.1, nos échiquiers électroniques n'identifient plus correctement les dames : une dame blanche posée en d1 est affichée comme un roi. Cela fausse la retransmission de nos parties en ligne.

Est-ce un bug connu ? Y a-t-il un correctif prévu ?

Antoine Mercier
'''),

dict(frm='Sophie Lambert <sophie.lambert@courriel.example>',
subj='Bougie : le verre a explosé',
trig='safety', trap='-', note='candle supplies; glass jar shattered while burning',
body='''Bonjour,

J'ai utilisé vos pots en verre "ambré 200 ml" pour mes bougies. Hier soir, l'un d'eux a éclaté pendant que la bougie brûlait, des éclats de verre brûlants ont volé jusqu'au canapé et ma fille a été légèrement coupée au bras.

Ces pots ne supportent manifestement pas la chaleur. Merci de vérifier ce lot et de prévenir vos clients.

Sophie Lambert
'''),

dict(frm='François Delmas <francois.delmas@courriel.example>',
subj='J\'ai écrit à votre directeur général',
trig='executive_contact repeat_contact', trap='-', note='moped rental; two messages unanswered, wrote to general manager',
body='''Bonjour,

Sans réponse à mes deux précédents messages sur la caution de 300 € retenue à tort, j'ai écrit directement à votre directeur général, M. Papadakis, par courrier recommandé.

Cordialement,
François Delmas
'''),

dict(frm='Claire Dubois <claire.dubois@courriel.example>',
subj='Je résilie mon abonnement',
trig='cancellation_threat severe_dissatisfaction', trap='-', note='sports-nutrition webshop; cancels in anger',
body='''Trois colis sur quatre arrivés abîmés, deux fois des produits périmés. C'est honteux.

Je résilie mon abonnement avec effet immédiat et je passe chez un concurrent.

Claire Dubois
'''),

dict(frm='Guillaume Perrin <guillaume.perrin@perrin-bonsai.example>',
subj='Suggestion pour votre boutique en ligne',
trig='feature_request', trap='-', note='bonsai nursery; feature request',
body='''Bonjour,

Ce serait bien de pouvoir filtrer les arbres par rusticité (zone de résistance au froid) dans votre boutique en ligne. J'habite dans le Jura et je perds un temps fou à vérifier chaque fiche.

Et pourquoi pas une alerte quand une essence revient en stock ?

Merci !
Guillaume
'''),

dict(frm='Anne-Sophie Roux <as.roux@courriel.example>',
subj='Facture erronée péniche - 6 400 € au lieu de 4 200 €',
trig='billing_dispute high_value_order', trap='-', note='canal-boat holidays; invoice EUR 6,400 wrong',
body='''Bonjour,

Nous avons réservé la péniche "Héron" pour 10 personnes du 12 au 19 juillet, au prix convenu de 4 200 €. Votre facture finale s'élève à 6 400 € : vous nous facturez 14 nuits et une option "skipper" que nous n'avons jamais demandée.

Merci de corriger cette facture de 6 400 € avant la date d'échéance.

Anne-Sophie Roux
'''),

dict(frm='Julien Marchand <julien.marchand@courriel.example>',
subj='Mes épisodes montés sont partis',
trig='data_loss technical_issue', trap='-', note='podcast editing; edited episodes vanished from archive',
body='''Salut,

Les versions montées de toute la saison 1 ont disparu de l'archive de mon compte. J'en avais besoin pour la réédition. Vous pouvez les restaurer ?

Julien
'''),

dict(frm='Isabelle Caron <isabelle.caron@courriel.example>',
subj='Absent – facture erronée',
trig='billing_dispute', trap='looks_automated', note='candle supplies; OOO-like subject, wrong invoice',
body='''Bonjour,

Je suis absente jusqu'au 20 août avec un accès limité à ma messagerie, mais je vous signale avant de partir que la facture F-2025-0771 est erronée : 12 kg de cire d'abeille facturés, 6 kg livrés. Vous m'avez donc facturé 94,20 € de trop.

Merci d'émettre un avoir.

Isabelle Caron
'''),

dict(frm='Marc Vidal <marc.vidal@courriel.example>',
subj='TR: Non remis : réclamation - c\'est la troisième fois',
trig='repeat_contact', trap='looks_automated', note='beach-hut rentals; forwards non-delivery report, third attempt',
body='''Votre adresse de contact renvoie des erreurs (voir ci-dessous). C'est la troisième fois que j'essaie de vous joindre au sujet du remboursement de la cabine n° 18.

Marc Vidal

-------- Message transféré --------
Objet : Non remis : réclamation
De : postmaster@courriel.example

Votre message n'a pas pu être remis aux destinataires suivants :
contact@cabines-ancien.example
Le serveur distant a renvoyé : 550 5.1.1 Adresse inconnue
'''),

dict(frm='Hugo Lemaire <hugo.lemaire@courriel.example>',
subj='Réponse automatique : votre système ne sert à rien',
trig='manager_request technical_issue', trap='looks_automated', note='chess-computer retailer; human subject mimicking auto-reply, board still broken, asks manager',
body='''Je reçois à chaque fois votre "réponse automatique" qui promet une réponse sous 48 h. Cela fait dix jours.

Mon échiquier est toujours en panne. Merci de transmettre mon dossier à un responsable du service client.

Hugo Lemaire
'''),

dict(frm='Jacqueline Morel <jacqueline.morel@courriel.example>',
subj='Moteur tombé en panne au milieu de l\'écluse',
trig='safety severe_dissatisfaction', trap='-', note='canal-boat holidays; engine failure in lock, danger',
body='''Madame, Monsieur,

Le moteur de notre bateau s'est arrêté net alors que nous étions dans l'écluse de Fonseranes, porte ouverte. Le bateau a été projeté contre le bajoyer par le courant, mon mari est tombé et s'est ouvert l'arcade. Deux enfants étaient à bord.

La base nous a répondu qu'il fallait "attendre demain". C'est scandaleux, un vrai scandale, nous aurions pu avoir un accident grave.

Jacqueline Morel
'''),

dict(frm='Nicolas Faure <nicolas.faure@courriel.example>',
subj='Poursuites si pas de remboursement',
trig='legal_threat billing_dispute', trap='-', note='moped rental; overcharge, tribunal threat',
body='''Bonjour,

Vous avez débité 420 € sur ma carte pour une "rayure" sur le scooter qui figurait déjà sur l'état des lieux de départ. Je conteste ce débit.

Sans remboursement sous 10 jours, je saisirai le tribunal judiciaire et j'engagerai des poursuites.

Nicolas Faure
'''),

# ---- no trigger ----

dict(frm='Véronique Blanc <veronique.blanc@blanc-associes.example>',
subj='Commande pour le cabinet',
trig='', trap='job_title', note='rug dealer; Directrice commerciale orders',
body='''Bonjour,

En tant que directrice commerciale du cabinet, je souhaite commander deux kilims pour notre salle de réunion. Pourriez-vous m'envoyer un devis pour les modèles K-310 et K-322 ?

Bien cordialement,
Véronique Blanc
Directrice commerciale
'''),

dict(date='2025-03-20 17:02', frm='Olivier Mathieu <olivier.mathieu@courriel.example>',
subj='Re: Votre dossier 4471',
trig='', trap='quoted_threat', note='antique restorer; "Le ... a écrit" quote with threat, now thanks',
body='''Merci beaucoup, le fauteuil est magnifique. Tout est réglé pour moi.

Olivier

Le 12 mars 2025 à 18:40, Olivier Mathieu <olivier.mathieu@courriel.example> a écrit :
> Si le fauteuil n'est pas livré cette semaine, je saisis mon avocat et je
> réclame le remboursement intégral. Votre service est lamentable.
'''),

dict(date='2025-04-09 08:49', frm='Sandrine Petit <sandrine.petit@courriel.example>',
subj='RE: Cours de vitrail',
trig='', trap='quoted_threat_outlook', note='stained-glass studio; French Outlook header block',
body='''Bonjour Aurélie,

Parfait, je serai là samedi à 9 h. Merci pour le geste commercial.

Sandrine

-----Message d'origine-----
De : Sandrine Petit <sandrine.petit@courriel.example>
Envoyé : lundi 7 avril 2025 22:13
À : Atelier Vitrail <atelier@vitrail-lumiere.example>
Objet : Cours de vitrail

Deuxième cours annulé sans prévenir. Je veux parler à la responsable de l'atelier, sinon je laisse un avis sur Google.
'''),

dict(frm='Pascal Renaud <pascal.renaud@courriel.example>',
subj='Pas de souci pour le retard',
trig='', trap='negation', note='bonsai nursery; negated cancellation',
body='''Bonjour,

Je n'ai aucune intention d'annuler ma commande, ne vous inquiétez pas. Je préfère attendre que l'érable soit en bon état pour l'expédition.

Pascal
'''),

dict(frm='Martine Gauthier <martine.gauthier@courriel.example>',
subj='Politique de remboursement',
trig='', trap='policy_question', note='tandem skydiving; refund policy question',
body='''Bonjour,

Quelle est votre politique de remboursement si le saut est annulé à cause de la météo ? Et est-ce que je pourrais annuler moi-même jusqu'à quelle date sans frais ?

Merci,
Martine
'''),

dict(frm='Laurent Bertrand <laurent.bertrand@bertrand-media.example>',
subj='Conformité RGPD',
trig='', trap='gdpr_documentation', note='podcast editing; asks whether service is GDPR compliant',
body='''Bonjour,

Votre service de montage est-il conforme au RGPD ? Nous aurions besoin de votre accord de traitement des données (DPA) et de la liste des sous-traitants avant de signer.

Laurent Bertrand
'''),

dict(frm='Chloé Martin <chloe.martin@courriel.example>',
subj='Merci pour les patins !',
trig='', trap='praise', note='roller-skate shop; praise',
body='''Coucou l'équipe !

Les patins sont arrivés hier, ils sont parfaits, super confortables et la couleur est encore plus jolie qu'en photo. Merci pour le petit mot dans le colis, ça m'a fait plaisir.

Chloé
'''),

dict(frm='Gérard Lemoine <gerard.lemoine@courriel.example>',
subj='Achat du tapis Heriz - virement effectué',
trig='', trap='large_amount_no_problem', note='rug dealer; EUR 18,500 purchase, fine',
body='''Monsieur,

Je vous confirme le virement de 18 500 € pour le tapis Heriz vu à la galerie samedi. Livraison comme convenu le 14. Merci pour vos conseils avisés.

Gérard Lemoine
'''),

dict(frm='Aline Barbier <aline.barbier@courriel.example>',
subj='Un peu déçue par le parfum',
trig='', trap='mild_disappointment', note='candle supplies; mild disappointment',
body='''Bonjour,

Je suis un peu déçue par l'huile parfumée "Figue", la diffusion à froid est faible. Est-ce que vous conseillez un dosage plus élevé ? Sinon tout le reste est parfait.

Aline
'''),

dict(frm='Accueil <accueil@mairie-plage.example>',
subj='Nous avons bien reçu votre devis',
trig='', trap='looks_automated', note='beach-hut rentals; human role address confirms quote received',
body='''Bonjour,

Nous avons bien reçu votre devis pour la location des 4 cabines lors de la fête de la mer. Il sera présenté au conseil municipal jeudi, nous revenons vers vous vendredi.

Bien à vous,
Nathalie, accueil de la mairie
'''),

dict(frm='Rémi Fabre <remi.fabre@courriel.example>',
subj='Lu : Confirmation de réservation',
trig='', trap='looks_automated', note='mini-golf course; human with Lu: subject, simple question',
body='''Lu, merci. On peut venir avec le chien ?

Envoyé de mon téléphone
'''),

dict(frm='Denis Royer <denis.royer@courriel.example>',
subj='Deuxième relance - taille du chapeau',
trig='', trap='second_email', note='hat maker; second email only',
body='''Bonjour,

Je me permets de vous relancer une deuxième fois : j'avais indiqué un tour de tête de 59 cm et la confirmation indique 57 cm. Pouvez-vous corriger avant la fabrication ?

Merci d'avance,
Denis Royer
'''),

dict(frm='Élodie Perret <elodie.perret@courriel.example>',
subj='Sécurité de mon compte',
trig='', trap='security_question', note='moped rental; asks how to secure account, no incident',
body='''Bonjour,

Comment activer la double authentification sur l'application de location ? Mes données bancaires y sont enregistrées et je voudrais sécuriser mon compte. Il n'y a eu aucun problème, c'est juste par précaution.

Élodie
'''),

dict(frm='Dominique Arnaud <dominique.arnaud@courriel.example>',
subj='Refus de location à cause de mon fauteuil roulant',
trig='corporate_contact_request discrimination_harassment', trap='-', note='canal-boat holidays; disability discrimination, asks HQ contact',
body='''Madame, Monsieur,

J'avais réservé par téléphone un bateau "accessible PMR" pour une semaine en septembre. À l'arrivée à la base de Homps, le responsable m'a dit devant tout le monde qu'"un handicapé sur un bateau, c'est un noyé en puissance" et a refusé de me remettre les clés. Ma famille est repartie avec moi.

C'est une discrimination pure et simple. Je vous demande l'adresse de votre siège et les coordonnées de votre service juridique afin de leur adresser une réclamation écrite.

Dominique Arnaud
'''),

dict(frm='Yves Boucher <yves.boucher@courriel.example>',
subj='Problème réglé, merci',
trig='', trap='settled_issue', note='roller-skate shop; settled billing issue',
body='''Bonjour,

Juste pour vous dire que le remboursement du double prélèvement est bien arrivé sur mon compte. Affaire classée, merci pour votre réactivité.

Yves Boucher
'''),

]
