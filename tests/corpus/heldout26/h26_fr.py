"""heldout26 - French customer mail (positives and hard negatives).

Every block below is one hand-written message.
"""
MESSAGES = []


def m(frm, subj, body, trig="-", trap="-", note="-", **kw):
    MESSAGES.append(dict(frm=frm, subj=subj, body=body, trig=trig, trap=trap, note=note, **kw))


# ---------------------------------------------------------------- positives

m("Jacqueline Barbier <jacqueline.barbier@courriel.example>", "Notre emplacement aux Oyats – un long courrier, désolée",
"""
Bonjour,

Je vous écris un peu longuement, pardonnez-moi, mais il faut que je vous raconte tout depuis le début sinon vous ne comprendrez pas.

Nous sommes adhérents du camping Les Oyats depuis 2009, mon mari et moi, avec notre mobil-home sur l'emplacement 37. Nous y passons tous nos étés, nos petits-enfants y ont appris à nager. On a toujours été contents, vraiment, l'équipe d'accueil est adorable.

L'an dernier, lors de la réunion des adhérents, le directeur du site nous a annoncé que les terrasses en bois des emplacements côté dune seraient refaites « avant la saison 2025 », compris dans la hausse de cotisation (qui est passée de 2 900 à 3 400 €). Nous avons payé la cotisation. La terrasse n'a pas été refaite. Une planche a cédé sous mon mari en juin, il s'est fait une entorse, rien de grave heureusement, mais il a fini l'été avec une béquille.

Quand j'ai appelé, on m'a dit que les travaux étaient « reportés sine die ». Voilà.

Je ne suis pas quelqu'un qui fait des histoires. Mais mon fils m'a dit que si le camping ne proposait rien, on pouvait saisir le tribunal de proximité pour la partie de cotisation correspondant aux travaux non faits, et franchement, je commence à me dire qu'il a raison et que je vais le faire.

Bien à vous,
Jacqueline Barbier
Emplacement 37
""", "broken_promise,legal_threat,safety,technical_issue",
note="caravan park; long rambling; buried court threat adopted by the customer; board gave way, sprained ankle")

m("Fabien Colin <fabien.colin@courriel.example>", "Quatrième disque cassé",
"""
Bonjour,

C'est la quatrième fois que je vous écris pour la même chose : le vinyle du mois arrive cassé en deux, parce que l'emballage est un simple carton souple. Octobre, novembre, décembre, et maintenant janvier. Chaque fois on me renvoie un disque dans le même carton, qui arrive… cassé.

Merci de trouver une solution.

Fabien
""", "repeat_contact,technical_issue", note="vinyl subscription; fourth mail; records broken in transit counted as broken product")

m("Inès Chauvin <ines.chauvin@courriel.example>", "Photos de mon appartement sur Instagram",
"""
Bonjour,

Une amie m'a envoyé une capture : la promeneuse que vous m'avez attribuée, Clara, a publié sur son compte Instagram public des photos de mon appartement (prises pendant qu'elle récupérait mon chien), avec la façade de l'immeuble et le nom de la rue visibles, et même le code de la porte sur un post-it dans la cuisine.

Je vis seule. Je veux que ces photos soient supprimées aujourd'hui et savoir quelles autres informations sur moi elle a pu diffuser.

Inès Chauvin
""", "security_incident", note="dog-walking; staff leaked customer's address and door code")

m("Guillaume Picard <guillaume.picard@courriel.example>", "Dégât des eaux après la pose du thermostat",
"""
Bonjour,

Votre installateur a percé une canalisation d'eau chaude en fixant le thermostat dans le couloir mercredi. Il a mis du ruban adhésif dessus et il est parti. Jeudi matin, le parquet du couloir était gondolé et l'eau coulait chez la voisine du dessous.

J'aimerais parler à son supérieur, s'il vous plaît, pas à la plateforme.

Guillaume Picard
""", "manager_request,technical_issue", note="smart thermostat; installer drilled through pipe; wants his superior")

m("Odette Lemoine <odette.lemoine@courriel.example>", "Prélèvement de 150 € au lieu de 15 €",
"""
Madame, Monsieur,

Je soutiens votre association par un don mensuel de 15 €. Le 5 mars, ma banque a prélevé 150 €. Je suppose qu'il s'agit d'une erreur de saisie, mais je suis retraitée et ce n'est pas une petite somme pour moi.

Pourriez-vous me rembourser les 135 € prélevés en trop ?

Avec mes remerciements,
Odette Lemoine
""", "billing_dispute", note="hearing-dog charity; donation debited 10x, polite")

m("Romain Dufour <romain.dufour@courriel.example>", "Idée : ressemelage express",
"""
Salut l'équipe,

Est-ce que vous pourriez proposer une option « express » payante (genre 48 h) pour le ressemelage ? Avant les compètes on est plein à galérer, je paierais volontiers 10 € de plus. Et tant qu'à faire, un suivi en ligne de l'état de la réparation, ce serait top.

Romain
""", "feature_request", note="bouldering resole; express option and tracking request")

m("Brigitte Arnaud <brigitte.arnaud@courriel.example>", "Le livreur m'a insultée",
"""
Bonjour,

Votre livreur est passé samedi pour le sapin. Comme je lui ai demandé de le monter au troisième (c'était indiqué dans la commande, option payée), il a refusé, a jeté le sapin dans le hall et m'a traitée de « grosse vache » devant mon fils. Il est reparti en m'insultant.

Je ne veux plus jamais avoir affaire à cet homme. Qu'allez-vous faire ?

Brigitte Arnaud
""", "discrimination_harassment", note="christmas-tree; courier insults customer")

m("Mathieu Jacobs <mathieu.jacobs@courriel.example>", "Cuve fissurée – troisième mail",
"""
Bonjour,

Je me permets de vous écrire pour la troisième fois (j'habite à Liège, peut-être que mes mails tombent dans le vide ?). La cuve de 300 L du kit aquaponie était fendue à la livraison. Je ne l'ai remarqué qu'après l'avoir remplie : 200 litres sur le parquet du salon.

J'attends une cuve de remplacement et une réponse sur le parquet.

Mathieu Jacobs
""", "repeat_contact,technical_issue", note="aquaponics; Belgian customer; third mail; cracked tank")

m("Alain Perrot <alain.perrot@courriel.example>", "Facture 6 480 € – travaux non autorisés",
"""
Bonjour,

J'avais déposé mon voilier pour une simple vidange et un changement de turbine. Je reçois une facture de 6 480 € TTC incluant une « remise en état de l'inverseur » que je n'ai jamais demandée ni validée. Aucun devis, aucun appel.

Je conteste cette facture et je ne récupérerai pas le bateau tant qu'elle n'aura pas été corrigée. Qui peut me rappeler ?

Alain Perrot
""", "billing_dispute,high_value_order", note="boat-engine; 6,480 invoice disputed")

m("Séverine Collet <severine.collet@courriel.example>", "Scandaleux – guide ivre au volant",
"""
Bonjour,

Samedi, lors de la visite de la cidrerie, le guide a enchaîné les dégustations avec nous, puis a repris le volant du minibus pour nous ramener à la gare. Il zigzaguait sur la départementale et a failli percuter un cycliste. Nous étions onze à bord, dont deux enfants.

C'est scandaleux, totalement irresponsable. Je n'ai jamais eu aussi peur en voiture.

Séverine Collet
""", "safety,severe_dissatisfaction", note="cider tours; drunk guide driving passengers")

m("Nicolas Boyer <nicolas.boyer@compagnie-lanterne.example>", "Projecteur tombé pendant la représentation",
"""
Bonjour,

Lors de notre première vendredi, un PAR loué chez vous s'est décroché de la perche et est tombé sur le plateau, à un mètre d'une comédienne. Après vérification, l'élingue de sécurité n'était pas fournie et le crochet était fendu.

Nous avons annulé la représentation de samedi le temps de tout vérifier. Merci de faire contrôler l'ensemble du lot avant de le relouer.

Nicolas Boyer
Régisseur, Compagnie de la Lanterne
""", "safety,technical_issue", trap="job_title", note="theatre-lighting; fixture fell near actor")

m("Sébastien Royer <sebastien.royer@courriel.example>", "Capteur de pédalage",
"""
Bonjour,

Le capteur de pédalage du kit moyeu arrière ne détecte plus rien au-dessus de 15 km/h, le moteur se coupe. J'ai refait les réglages de l'aimant trois fois en suivant votre vidéo. C'est la deuxième fois que je vous écris.

Si le prochain envoi de pièce ne règle pas le problème, je rends le kit et je passe chez un concurrent.

Sébastien
""", "cancellation_threat,technical_issue", trap="second_email", note="e-bike kit; second mail only; conditional switch to competitor")

m("Hugo Renard <hugo.renard@courriel.example>", "Site de rendez-vous en panne",
"""
Bonjour,

Votre site de prise de rendez-vous affiche « 503 Service Unavailable » depuis hier soir, chez moi comme chez ma sœur et ma collègue. Impossible de réserver le prélèvement pour le test d'allergie demandé par le médecin.

Hugo Renard
""", "outage,technical_issue", note="allergy lab; booking site down for everyone")

m("Marie-Claude Hubert <mc.hubert@courriel.example>", "Barrière du camping",
"""
Bonjour,

Depuis 7 h ce matin, personne au camping ne peut ouvrir la barrière avec l'appli : elle affiche « connexion au serveur impossible ». Il y a une file de voitures à l'entrée et l'accueil ouvre à 10 h. Faites quelque chose vite, s'il vous plaît.

Marie-Claude Hubert
""", "outage,technical_issue", note="caravan park; gate app down for all members")

m("Benoît Giraud <benoit.giraud@courriel.example>", "Mes listes ont disparu",
"""
Bonjour,

Toutes mes listes d'envies (j'en avais une par projet, une dizaine) et l'historique de mes commandes depuis 2021 ont disparu de mon compte. Le compte existe toujours, mais il est vide. J'utilisais ces listes pour mes cours de calligraphie.

Pouvez-vous les restaurer ?

Benoît
""", "data_loss,technical_issue", note="calligraphy webshop; wish lists and history gone")

m("Gilles Poirier <gilles.poirier@courriel.example>", "Ma discothèque effacée",
"""
Bonjour, j'avais catalogué mes 600 vinyles dans la section « Ma collection » de votre appli depuis trois ans. Depuis hier, la section est vide, zéro disque. Je n'ai touché à rien. C'est des heures de saisie. Vous avez une sauvegarde ?
""", "data_loss,technical_issue", note="vinyl subscription; collection catalogue erased")

m("Amandine Faivre <amandine.faivre@conso-tv.example>", "Demande d'interview – émission consommation",
"""
Bonjour,

Je suis journaliste pour l'émission de consommation « Pouvoir d'achat » et nous préparons un sujet sur les kits de conversion de vélos électriques vendus en ligne. Des téléspectateurs nous ont signalé des délais de livraison très longs avec votre société.

Seriez-vous disponible pour un entretien téléphonique d'ici vendredi ?

Amandine Faivre
""", "media_threat", note="e-bike kit; journalist inquiry")

m("Kévin Mallet <kevin.mallet@courriel.example>", "Vidéo sur ma chaîne",
"""
Salut,

J'ai une chaîne YouTube sur l'escalade (45 000 abonnés). Vous m'aviez promis mes chaussons ressemelés pour le 10, c'est le 28. Si je ne les ai pas cette semaine, je fais une vidéo sur mon expérience avec vous. Je préférerais parler d'autre chose.

Kévin
""", "broken_promise,media_threat", note="bouldering resole; YouTuber threatens video")

m("Danielle Rey <danielle.rey@courriel.example>", "Sapins « bio » – signalement",
"""
Madame, Monsieur,

Votre site présente vos sapins comme « issus de l'agriculture biologique ». Le producteur indiqué sur l'étiquette de mon sapin n'est certifié bio nulle part, je l'ai vérifié sur l'annuaire officiel. J'ai payé 30 % plus cher pour cela.

J'ai signalé cette pratique à la DGCCRF via SignalConso.

Danielle Rey
""", "regulatory", note="christmas-tree; misleading organic claim reported to DGCCRF")

m("Étienne Vasseur <etienne.vasseur@courriel.example>", "Désinscription – troisième demande",
"""
Bonjour,

Troisième demande : je ne veux plus recevoir votre lettre d'information. Le lien de désinscription ne marche pas (« page introuvable ») et mes deux mails précédents sont restés sans effet. Continuer à m'écrire sans mon consentement est contraire au RGPD ; prochaine étape, une plainte à la CNIL.

Étienne Vasseur
""", "regulatory,repeat_contact,technical_issue", note="allergy lab; GDPR violation alleged; broken unsubscribe link; third request")

m("Pascale Meyer <pascale.meyer@courriel.example>", "Service juridique – caution non restituée",
"""
Bonjour,

Pourriez-vous me communiquer l'adresse du service juridique de votre société ? Vous avez retenu l'intégralité de ma caution de 800 € pour la location d'éclairage du mariage, en invoquant des « dégradations » sans la moindre photo ni facture de réparation.

Pascale Meyer
""", "billing_dispute,corporate_contact_request", note="theatre-lighting; asks legal department address; deposit retained")

m("Roger Lebrun <roger.lebrun@courriel.example>", "Lettre au président de l'association",
"""
Bonjour,

Je vous informe que j'ai adressé ce jour une lettre au président de votre association, avec copie au conseil d'administration. En janvier, votre responsable régionale m'avait promis une visite d'évaluation « au printemps » pour mon épouse, qui est devenue sourde après son AVC. Le printemps est passé.

Roger Lebrun
""", "broken_promise,executive_contact", note="hearing-dog charity; wrote to the charity president and board")

m("Agathe Simon <agathe.simon@courriel.example>", "Mauvais panel analysé",
"""
Bonjour,

J'ai commandé et payé le panel complet de 60 allergènes (189 €). Le compte rendu n'en contient que 20 – c'est le panel « essentiel » à 79 €. Le laboratoire a donc analysé le mauvais panel, et m'a facturé le complet.

Je souhaite que mon dossier soit transmis à un responsable et que la différence soit remboursée ou le panel complet réalisé.

Agathe Simon
""", "billing_dispute,manager_request", note="allergy lab; wrong panel run, charged full price; asks responsable")

m("Henri Mathieu <henri.mathieu@courriel.example>", "Chien guide refusé à l'accueil",
"""
Madame, Monsieur,

Je suis aveugle et adhérent de vos campings depuis quatre ans. Le 3 août, à l'accueil du camping des Sables, on m'a refusé l'accès à la piscine et au restaurant avec mon chien guide, au motif que « les chiens ne sont pas admis », alors que la loi autorise les chiens guides partout. La responsable d'accueil m'a dit que « je n'avais qu'à laisser le chien dans la voiture ».

C'est une discrimination pure et simple, et c'est révoltant. J'attends vos excuses et des mesures.

Henri Mathieu
""", "discrimination_harassment,severe_dissatisfaction", note="caravan park; guide dog refused, disability discrimination; 'révoltant'")

m("Frédéric Laine <frederic.laine@courriel.example>", "TR: Réponse automatique : Absent du bureau",
"""
Bonjour,

Voici la réponse automatique que je reçois de votre commercial M. Texier depuis TROIS semaines :

« Je suis absent du bureau jusqu'à nouvel ordre. Votre message ne sera pas transféré. »

Pendant ce temps, notre commande de prises et volumes pour la nouvelle salle (bon de commande 2025-117, 7 260 € HT, payé) n'est toujours pas livrée et l'ouverture est dans dix jours. Je n'ai personne à qui parler. Qui a repris ses dossiers ?

Frédéric Laine
""", "high_value_order", trap="looks_automated",
note="climbing walls; customer pastes a rep's auto-reply and complains; forwarded subject")

m("Corinne Leclerc <corinne.leclerc@courriel.example>", "Avis de passage : votre colis n'a pas pu être livré",
"""
« Avis de passage : votre colis n'a pas pu être livré. Motif : destinataire absent. »

Voilà le message que je reçois pour la troisième fois. J'étais chez moi les trois fois, personne n'a sonné. Votre service client m'avait garanti une livraison samedi par un autre transporteur, rien n'est venu.

Je veux mes plumes avant le stage de lundi.

Corinne Leclerc
""", "broken_promise", trap="looks_automated",
note="calligraphy webshop; starts by pasting a courier notification; 'third time' refers to failed deliveries, not contacts")

m("Philippe Gaillard <philippe.gaillard@courriel.example>", "Commande de prises 5 400 €",
"""
Bonjour,

Notre commande de prises de résine pour la refonte du pan (réf. CMD-88231, 5 400 € TTC) est arrivée incomplète : 3 cartons sur 8. Vous ne répondez pas sur le reste. Nous avons des ouvreurs réservés pour le 15.

Merci de me dire quand arrivent les cinq cartons manquants.

Philippe Gaillard
""", "high_value_order", note="climbing walls; 5,400 just above threshold, unresolved")

m("Yvette Carré <yvette.carre@courriel.example>", "Lamentable",
"""
Lamentable. Du jamais vu. Trois mois d'abonnement aux granulés pour poissons, et trois mois de colis incomplets ou en retard. Je résilie, et ne comptez pas sur moi pour vous recommander.
""", "cancellation_threat,severe_dissatisfaction", note="aquaponics; fish-food subscription; strong short mail")

# ---------------------------------------------------------------- negatives

m("Sandrine Moulin <sandrine.moulin@hotel-lesvergers.example>", "Visites pour nos clients",
"""
Bonjour,

Je suis responsable des achats de l'Hôtel Les Vergers. Nous aimerions proposer vos visites de cidrerie à nos clients chaque samedi de juin à septembre. Pouvez-vous nous faire une proposition tarifaire pour des groupes de 6 à 10 personnes ?

Cordialement,
Sandrine Moulin
Responsable des achats
""", trap="job_title", note="cider tours; 'Responsable des achats'")

m("Lucien Berger <lucien.berger@courriel.example>", "Re: Votre commande d'encres",
"""
Reçu ce matin, merci !

Le mar. 4 mars 2025 à 10:02, Boutique Plume <support@example.test> a écrit :
> Bonjour Lucien, votre colis est parti ce matin.
>
> Le 27 févr. 2025, Lucien Berger a écrit :
>> Troisième relance ! Si je n'ai rien cette semaine, je porte plainte
>> et je vous fais une pub désastreuse sur tous les forums.
""", trap="quoted_reply_threat", note="calligraphy webshop; nested quote with threats, now thanks")

m("Dominique Noël <dominique.noel@theatre-des-halles.example>", "TR: Location de mars",
"""
Bonjour,

Comme l'a demandé votre collègue Julie, je vous transfère l'échange avec notre éclairagiste au sujet de la location de mars, pour vos archives. Tout a été réglé depuis, merci.

-----Message d'origine-----
De : Marc Dubreuil <marc.dubreuil@theatre-des-halles.example>
Envoyé : vendredi 14 mars 2025 23:41
À : Dominique Noël <dominique.noel@theatre-des-halles.example>
Objet : Location lumière

Trois lyres en panne sur douze, c'est inadmissible. Il faut exiger qu'ils nous remboursent, sinon on change de loueur.
""", trap="forwarded_complaint", note="theatre-lighting; forwards a colleague's old complaint for the record, settled")

m("Clément Brunet <clement.brunet@courriel.example>", "Programme de bug bounty ?",
"""
Bonjour,

Je suis pentesteur et j'utilise votre appli de promenade pour mon chien. Avez-vous un programme de bug bounty ou une politique de divulgation responsable ? Je n'ai rien trouvé d'anormal et je n'ai rien testé, je préfère demander d'abord.

Clément
""", trap="bug_bounty_question", note="dog-walking app; researcher asks, no incident")

m("Hélène Vidal <helene.vidal@le-courrier-du-sud.example>", "Commande personnelle",
"""
Bonjour,

Je voudrais commander le coffret « Gothique » avec la plume 3,8 mm pour l'anniversaire de ma nièce. Je vous écris depuis ma boîte professionnelle (je suis journaliste au Courrier du Sud), mais c'est une commande purement personnelle. Livraison possible avant le 20 ?

Hélène
""", trap="journalist_private_order", note="calligraphy webshop; journalist ordering privately")

m("Xavier Bailly <xavier.bailly@courriel.example>", "Migration vers la nouvelle appli",
"""
Bonjour, j'ai migré vers la nouvelle appli Warmstat hier. Je n'ai perdu aucune donnée, tout est bien là, merci. Petite question : comment renommer les pièces ?
""", trap="negation", note="smart thermostat; 'aucune donnée perdue', how-to question")

m("Josiane Renaud <josiane.renaud@courriel.example>", "Préavis",
"""
Bonjour, si jamais je voulais résilier mon adhésion au camping l'an prochain, quel serait le préavis ? Je me renseigne, tout va bien pour l'instant.
""", trap="hypothetical", note="caravan park; hypothetical cancellation")

m("Arnaud Fleury <arnaud.fleury@courriel.example>", "Plusieurs promeneurs ?",
"""
Bonjour, est-ce que l'appli permet déjà d'avoir deux promeneurs différents selon les jours de la semaine ? Si oui, où est-ce qu'on règle ça ?
""", trap="feature_exists_question", note="dog-walking app; asks whether it exists")

m("Stéphanie Caron <stephanie.caron@caron-logistique.example>", "Mur d'escalade pour nos locaux",
"""
Bonjour,

Notre PDG souhaite installer un petit mur de bloc dans l'espace détente de nos nouveaux locaux. Elle voudrait un premier chiffrage pour le comité de direction de jeudi. Surface disponible : environ 25 m², hauteur 3,20 m.

Stéphanie Caron
Assistante de direction
""", trap="own_ceo_mention", note="climbing walls; customer's own CEO and board")

m("Monique Leroy <monique.leroy@courriel.example>", "MERCI !!!",
"""
MERCI À TOUTE L'ÉQUIPE !!! Le sapin est MAGNIFIQUE, le livreur adorable, et les enfants n'en reviennent pas. Nous recommanderons l'an prochain c'est sûr !!!
""", trap="praise_shouting", note="christmas-tree; caps praise")

m("Yves Dumont <yves.dumont@courriel.example>", "Tout est réglé",
"""
Bonjour, juste pour vous dire que le technicien est passé ce matin et que le moteur tourne comme une horloge. Dossier réglé pour moi. Merci et bonne saison.
""", trap="settled_issue", note="boat-engine; settled")

m("Thibault Marie <thibault.marie@courriel.example>", "Carte bancaire enregistrée ?",
"""
Bonjour, avant de passer ma première commande : est-ce que la boutique conserve mon numéro de carte, et peut-on se connecter avec une clé de sécurité physique ? Aucun souci particulier, je suis juste prudent.
""", trap="security_question_no_incident", note="calligraphy webshop; security question, no incident")

m("Rose Lambert <rose.lambert@courriel.example>", "Maintenance du site des adhérents",
"""
Bonjour, j'ai vu que le site des adhérents sera en maintenance dimanche de 2 h à 5 h. Les demandes de réservation envoyées samedi soir seront-elles bien prises en compte, ou vaut-il mieux attendre lundi ?
""", trap="maintenance_question", note="caravan park; planned maintenance question")

m("Denis Marchal <denis.marchal@courriel.example>", "Je me permets de vous relancer",
"""
Bonjour, je me permets de vous relancer au sujet de ma question de la semaine dernière : est-ce que vous faites aussi le ressemelage des chaussons enfants (pointure 30) ? Merci d'avance.
""", trap="second_email", note="bouldering resole; polite follow-up, second contact")

m("Nadège Poulain <nadege.poulain@courriel.example>", "Ceci n'est pas une réponse automatique",
"""
Bonjour,

Ceci n'est pas une réponse automatique :) Je suis bien rentrée de congés et je n'ai pas oublié votre message !

Pour répondre à votre question : oui, nous prenons le sapin de 1,80 m, livraison le samedi 6 décembre si possible, le matin. Est-ce que vous livrez aussi le dimanche, au cas où ?

Merci,
Nadège
""", trap="looks_automated", note="christmas-tree; starts like an auto-reply, normal order")
