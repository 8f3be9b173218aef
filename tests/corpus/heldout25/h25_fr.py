# French customer mail (positives and hard negatives). One block per message.
LANG = "fr"

BLOCKS = r"""
%%
from: Élodie Marchand <elodie.marchand@courriel.example>
subj: Absent – facture erronée
trig: billing_dispute
trap: looks_automated
note: message d'absence en tête, puis vraie contestation de facture
--
Je suis absente du bureau jusqu'au 22 avril inclus. Pour toute urgence, merci de contacter Mme Leroy au 01 45 555 0123.

——

Ceci dit, je vous écris quand même depuis mon téléphone : votre facture GR-1188 pour le pressing bio de mars indique 214,00 € alors que notre forfait mensuel est de 149,00 €. On nous a facturé deux collectes « express » que nous n'avons jamais demandées. Merci de corriger la facture.

Élodie Marchand
%%
from: Restaurant Le Cormoran <contact@lecormoran.example>
subj: Nous avons bien reçu votre colis
trig: high_value_order
trap: looks_automated
note: formule d'accusé de réception, puis problème sur commande de 5 800 €
--
Bonjour,

Nous avons bien reçu votre colis ce matin, merci.

Malheureusement, sur les 18 couteaux de la commande EF-5230 (5 800 € TTC), quatre lames de santoku présentent des éclats sur le fil et deux manches sont fendus. Nous ouvrons la nouvelle carte dans dix jours. Comment souhaitez-vous procéder ?

Cordialement,
Yann Le Gall, chef de cuisine
%%
from: Bertrand Fauchet <bertrand.fauchet@fauchet-immo.example>
subj: TR: Non remis : message au directeur
trig: corporate_contact_request,executive_contact
trap: looks_automated
note: transfère un rapport de non-remise reçu en écrivant au PDG, demande la bonne adresse
--
Bonjour,

J'ai essayé d'écrire directement à votre PDG au sujet du camping-car immobilisé depuis un mois, et voici ce que j'ai reçu en retour (ci-dessous). Pouvez-vous me communiquer son adresse e-mail correcte, ou à défaut l'adresse postale du siège ?

Bertrand Fauchet

-------- Message transféré --------
Sujet : Non remis : message au directeur
De : Postmaster <postmaster@roadnest.example>
À : bertrand.fauchet@fauchet-immo.example

Votre message n'a pas pu être remis aux destinataires suivants :
direction@roadnest.example
550 5.1.1 Adresse inconnue
%%
from: Geneviève Aubert <genevieve.aubert@courriel.example>
subj: Piano droit – vice caché
trig: legal_threat
trap: -
note: avocat saisi
--
Madame, Monsieur,

Le piano droit Pleyel acheté chez vous en septembre (2 900 €) présente une fissure de la table d'harmonie, masquée par un feutre collé. Mon accordeur l'a constatée la semaine dernière.

J'ai transmis le dossier à mon avocat, qui prendra contact avec vous prochainement au titre de la garantie des vices cachés.

Geneviève Aubert
%%
from: Olivier Chastel <olivier.chastel@webmail.example>
subj: Hydromel – livraison jamais reçue
trig: broken_promise,legal_threat
trap: -
note: menace de poursuites conditionnelle, promesse non tenue
--
Bonjour,

Votre service client m'a promis par écrit le 3 février un renvoi de ma commande d'hydromel (perdue par le transporteur) « sous 48 h ». Nous sommes le 20 février. Rien.

Sans remboursement ou livraison d'ici vendredi, j'engagerai des poursuites devant le tribunal judiciaire. Je n'ai pas envie d'en arriver là, mais je le ferai.

Olivier Chastel
%%
from: Nathalie Perrin <nathalie.perrin@courriel.example>
subj: Données de mon chat partagées
trig: regulatory,security_incident
trap: -
note: données personnelles visibles par un tiers ; plainte CNIL
--
Bonjour,

Une voisine qui utilise aussi VetVan a reçu par e-mail le compte rendu de consultation de mon chat, avec mon nom, mon adresse et mon numéro de téléphone. Elle me l'a transféré. Ce sont mes données personnelles envoyées à une inconnue.

J'ai déposé une plainte auprès de la CNIL ce matin. J'attends de votre part une explication écrite.

Nathalie Perrin
%%
from: Hugo Lemaire <hugo.lemaire@webmail.example>
subj: Pratique commerciale trompeuse – signalement DGCCRF
trig: billing_dispute,regulatory
trap: -
note: facturé après résiliation, signalement à la DGCCRF
--
Bonjour,

J'ai résilié mon abonnement de blanchisserie le 30 septembre (confirmation n° RES-55012). Vous avez pourtant prélevé 39,90 € le 5 octobre et le 5 novembre. Je demande le remboursement de ces 79,80 €.

Par ailleurs, j'ai signalé ces prélèvements à la DGCCRF via SignalConso.

Hugo Lemaire
%%
from: Camille Rousseau <camille.rousseau@courriel.example>
subj: Je souhaite parler à un responsable
trig: manager_request
trap: -
note: parler à un responsable
--
Bonsoir,

Nous avions réservé la terrasse pour 10 personnes samedi, avec acompte de 150 €. Le portier nous a dit que la réservation « n'existait pas » et nous a fait attendre 40 minutes au pied de l'immeuble.

Je souhaite parler à un responsable de l'établissement, pas recevoir un code promo. Mon numéro : 06 12 555 0177.

Camille Rousseau
%%
from: Denis Garnier <denis.garnier@garnier-transports.example>
subj: Camping-car – 3e relance – merci d'escalader
trig: broken_promise,manager_request,repeat_contact
trap: -
note: troisième relance, délai annoncé non tenu, demande d'escalade
--
Bonjour,

C'est ma troisième relance concernant l'entretien de notre camping-car (dossier RN-3317). On m'avait annoncé 5 jours, cela fait trois semaines.

Je vous demande de faire remonter mon dossier à votre hiérarchie, à quelqu'un qui puisse prendre une décision.

Denis Garnier
%%
from: Me Sophie Vidal <s.vidal@vidal-conseil.example>
subj: Coordonnées du siège et du service juridique
trig: corporate_contact_request
trap: -
note: franchisée demande l'adresse du siège social et le contact du service juridique
--
Bonjour,

En ma qualité de franchisée (Falafel Republic Lyon Part-Dieu), je vous remercie de me communiquer l'adresse du siège social ainsi que les coordonnées de votre service juridique, afin de leur adresser un courrier recommandé concernant la clause d'approvisionnement exclusif.

Bien cordialement,
Sophie Vidal
%%
from: Martine Girard <martine.girard@courriel.example>
subj: J'ai écrit à votre PDG
trig: cancellation_threat,executive_contact,severe_dissatisfaction
trap: -
note: a écrit au PDG, va résilier, très en colère
--
Je viens d'envoyer une lettre recommandée à votre PDG, M. Caradec, pour lui raconter comment votre blanchisserie a perdu deux de mes nappes anciennes et m'a répondu « ça arrive ».

C'est scandaleux, absolument inadmissible. Je résilie mon abonnement à la fin du mois, et je ne suis pas la seule dans l'immeuble.

Martine Girard
%%
from: Rachid Benali <rachid.benali@webmail.example>
subj: Compte piraté sur le portail des exposants
trig: security_incident
trap: -
note: compte piraté, coordonnées bancaires modifiées
--
Bonjour,

Quelqu'un s'est connecté à mon compte exposant sur le portail du marché de nuit et a modifié le RIB pour les remboursements de caution. J'ai reçu une alerte « connexion depuis un nouvel appareil » à 3 h du matin. Ce n'était pas moi.

Merci de bloquer le compte et de remettre mon RIB d'origine.

Rachid Benali, stand « Chez Rachid – tacos »
%%
from: Lucie Fontaine <lucie.fontaine@courriel.example>
subj: Mail frauduleux envoyé depuis votre adresse ?
trig: security_incident
trap: -
note: hameçonnage envoyé depuis l'adresse de la clinique
--
Bonjour,

J'ai reçu hier un e-mail venant de votre adresse rendez-vous@clearskin.example, avec mon prénom et la date de ma dernière séance de détatouage, me demandant de « régler un impayé de 89 € » via un lien. Le lien menait vers un faux site de paiement.

Vos fichiers ont-ils été piratés ? Je voudrais savoir si mes données sont dans la nature.

Lucie Fontaine
%%
from: Paul Mercier <paul.mercier@webmail.example>
subj: Dossier de mon chien effacé
trig: data_loss,technical_issue
trap: -
note: historique médical disparu dans l'appli
--
Bonjour,

Depuis la mise à jour de l'application, tout le dossier médical de mon chien Filou a disparu : vaccins, analyses de sang, ordonnances. L'application affiche « aucun historique ». J'en ai besoin pour son traitement cardiaque.

Pouvez-vous restaurer ces données ?

Paul Mercier
%%
from: Inès Barbier <ines.barbier@courriel.example>
subj: site de réservation inaccessible
trig: outage,technical_issue
trap: -
note: site paddle inaccessible pour tous, erreur 502
--
Bonjour, votre site de réservation de paddles affiche « 502 Bad Gateway » depuis ce matin, chez moi comme chez mes amis, sur ordinateur et sur téléphone. Impossible de réserver pour dimanche. C'est une panne générale ?

Inès
%%
from: Aurélie Lambert <aurelie.lambert@webmail.example>
subj: Prélevée deux fois pour le gâteau !
trig: billing_dispute,severe_dissatisfaction
trap: -
note: double prélèvement, colère forte
--
Bonjour,

Vous m'avez prélevé deux fois l'acompte de 250 € pour notre pièce montée (commande TT-2284), le 2 et le 3 mai. Et en plus, personne ne répond au téléphone depuis une semaine.

C'est une honte. Remboursez-moi le double prélèvement immédiatement.

Aurélie Lambert
%%
from: Jérôme Caron <jerome.caron@courriel.example>
subj: Abonnement hydromel
trig: cancellation_threat
trap: -
note: va résilier à cause des retards répétés
--
Bonjour,

Troisième mois de suite que la box d'hydromel arrive avec plus de dix jours de retard, et ce mois-ci une bouteille cassée. Si la prochaine box n'arrive pas à l'heure, je résilie l'abonnement.

Jérôme
%%
from: Stade Municipal de Vernon <services.techniques@vernon-sport.example>
subj: Peinture de traçage – nous allons changer de fournisseur
trig: cancellation_threat,technical_issue
trap: -
note: passe chez un concurrent à cause de machines défaillantes
--
Bonjour,

Pour la quatrième fois cette saison, la traceuse LM-40 s'est bloquée en plein traçage (buse bouchée, moteur qui coupe). Nous avons dû retracer le terrain d'honneur à la main la veille d'un match.

Nous avons décidé de ne pas renouveler le contrat de maintenance et de passer chez un concurrent à partir de janvier.

Services techniques, Stade municipal de Vernon
%%
from: Laetitia Moreau <laetitia.moreau@webmail.example>
subj: Anniversaire de Jules
trig: media_threat
trap: -
note: menace avis et réseaux sociaux
--
Bonjour,

L'animateur est arrivé avec une heure de retard et a écourté le spectacle. Les enfants étaient déçus, et moi aussi.

Sans geste de votre part d'ici la fin de la semaine, je raconterai tout ça sur Facebook, dans le groupe des parents de l'école (plus de 400 familles) et en avis Google.

Laetitia Moreau
%%
from: Antoine Delorme <a.delorme@radio-littoral.example>
subj: Demande d'interview – marchés de street-food
trig: media_threat
trap: -
note: journaliste radio demande un commentaire
--
Bonjour,

Je suis journaliste à Radio Littoral. Nous préparons un sujet sur l'augmentation des tarifs des emplacements au marché de nuit du port, après plusieurs témoignages d'exposants. Seriez-vous disponible pour une courte interview ou une réaction écrite d'ici jeudi ?

Antoine Delorme
%%
from: Clara Nguyen <clara.nguyen@courriel.example>
subj: Comportement d'un praticien
trig: discrimination_harassment
trap: -
note: harcèlement par un employé de la clinique
--
Bonjour,

Lors de ma séance de mardi, le praticien a fait plusieurs remarques sur mon corps qui n'avaient rien à voir avec le détatouage, puis m'a envoyé des messages le soir même sur mon portable, que j'avais donné uniquement pour les rendez-vous.

Je me suis sentie harcelée. Je ne veux plus avoir affaire à lui et je souhaite savoir quelles mesures vous prenez.

Clara Nguyen
%%
from: Moussa Diallo <moussa.diallo@webmail.example>
subj: Propos racistes du régisseur du marché
trig: discrimination_harassment
trap: -
note: discrimination raciale par le personnel du marché
--
Bonjour,

Samedi, le régisseur du marché a refusé de m'attribuer l'emplacement que j'avais réservé et payé, en disant devant les autres exposants que « les gens comme vous » posaient toujours problème. Mon voisin de stand a tout entendu.

C'est de la discrimination. Je demande une réponse écrite.

Moussa Diallo
%%
from: Virginie Robin <virginie.robin@courriel.example>
subj: Ballon – mon fils a failli s'étouffer
trig: safety
trap: -
note: risque d'étouffement, animation enfants
--
Bonjour,

Pendant l'anniversaire de mon fils (4 ans), votre sculpteur de ballons distribuait des petits morceaux de ballons éclatés comme « bonbons magiques ». Mon fils en a mis un dans la bouche et s'est étouffé ; heureusement mon mari a réussi à le dégager.

Je voudrais que vous preniez ça au sérieux avant qu'un enfant ne soit vraiment blessé.

Virginie Robin
%%
from: Gérard Millet <gerard.millet@webmail.example>
subj: Chauffage du camping-car – brûlure
trig: safety,technical_issue
trap: -
note: chauffage défectueux après révision, brûlure
--
Bonjour,

Depuis la révision chez vous, la bouche d'air chaud du chauffage Truma sous la banquette devient brûlante. Ma petite-fille s'est brûlée la main en s'appuyant dessus (cloque, pharmacie). Avant la révision, il n'y avait aucun problème.

Nous n'utilisons plus le chauffage. Pouvez-vous nous donner un rendez-vous rapidement ?

Gérard Millet
%%
from: Thibault Renard <thibault.renard@courriel.example>
subj: Remboursement promis – toujours rien
trig: broken_promise
trap: -
note: remboursement promis non reçu
--
Bonjour,

Le 14 juillet, votre collègue Manon m'a assuré au téléphone que les 60 € de la location de paddle annulée (vent trop fort) me seraient remboursés sous une semaine. Nous sommes fin août et je n'ai rien reçu.

Merci de vérifier.

Thibault Renard
%%
from: Sylvie Chevalier <sylvie.chevalier@webmail.example>
subj: Troisième mail – affûtage
trig: repeat_contact
trap: -
note: troisième message, sans autre déclencheur
--
Bonjour,

Je vous écris pour la troisième fois au sujet de mes deux couteaux envoyés à l'affûtage le 2 mars. Pouvez-vous simplement me dire où ils en sont ?

Merci,
Sylvie Chevalier
%%
from: Arnaud Lefèvre <arnaud.lefevre@lefevre-musique.example>
subj: Piano à queue 14 000 € – mécanique défectueuse
trig: high_value_order,technical_issue
trap: -
note: piano 14 000 € avec défaut non résolu
--
Bonjour,

Le piano à queue Yamaha C3 acheté 14 000 € le mois dernier présente une répétition défaillante sur une douzaine de notes du médium : les marteaux rebondissent. Votre technicien est passé, a « réglé », et le problème est revenu deux jours plus tard.

Je donne des concerts chez moi ; j'ai besoin d'une solution durable.

Arnaud Lefèvre
%%
from: Chloé Dumas <chloe.dumas@courriel.example>
subj: Suggestion pour l'appli
trig: feature_request
trap: -
note: ce serait bien de pouvoir
--
Bonjour,

Ce serait bien de pouvoir indiquer dans l'appli des consignes par vêtement (par exemple « pas de sèche-linge » pour un pull précis) plutôt qu'une seule consigne générale. Merci d'y penser !

Chloé
%%
from: Frédéric Blanc <frederic.blanc@blanc-sarl.example>
subj: Réunion commerciale – terrasse
trig: -
trap: job_title
note: Directeur commercial en signature
--
Bonjour,

Je souhaiterais réserver la terrasse pour un cocktail clients le 12 juin, environ 35 personnes, de 18 h à 21 h. Pourriez-vous m'envoyer vos formules ?

Cordialement,
Frédéric Blanc
Directeur commercial, Blanc SARL
%%
from: Hélène Besson <helene.besson@courriel.example>
subj: Re: Retard de livraison
trig: -
trap: quoted_threat
note: Le ... a écrit – menace uniquement dans la citation
--
Merci beaucoup, le gâteau est arrivé à temps finalement et il était magnifique !

Hélène

Le mar. 4 juin 2024 à 08:12, Hélène Besson <helene.besson@courriel.example> a écrit :
> C'est inadmissible. Si le gâteau n'est pas livré avant midi, je
> porte plainte et je préviens tous les invités sur les réseaux sociaux.
%%
from: Pascal Rey <pascal.rey@webmail.example>
subj: Pas de résiliation
trig: -
trap: negation
note: je ne compte pas résilier
--
Bonjour, je ne compte pas résilier mon abonnement, rassurez-vous ! Je voulais juste changer l'adresse de livraison pour le mois prochain. Merci.
%%
from: Manon Guillot <manon.guillot@courriel.example>
subj: Politique de remboursement
trig: -
trap: policy_question
note: question sur la politique de remboursement
--
Bonjour, quelle est votre politique de remboursement si la séance de paddle est annulée à cause de la météo ? Merci d'avance.
%%
from: Isabelle Roux <isabelle.roux@webmail.example>
subj: Merci pour la fête !
trig: -
trap: praise
note: remerciements
--
Bonjour,

Un immense merci à Léa pour l'animation de l'anniversaire de ma fille samedi. Les enfants ont adoré, les parents aussi. Vous avez été parfaits du début à la fin.

Isabelle
%%
from: Julien Faure <julien.faure@faure-toilettage.example>
subj: RGPD
trig: -
trap: gdpr_documentation_request
note: demande de documentation RGPD
--
Bonjour,

Avant de recommander VetVan à nos clients, pourriez-vous nous indiquer si l'application est conforme au RGPD et nous transmettre votre politique de confidentialité ainsi qu'un contrat de sous-traitance ?

Julien Faure
%%
from: Agnès Poirier <agnes.poirier@courriel.example>
subj: Question hypothétique
trig: -
trap: hypothetical
note: et si je voulais annuler
--
Bonjour, si jamais nous devions annuler la location des tentes pour notre mariage (en cas de maladie par exemple), est-ce que l'acompte serait perdu ? Simple question avant de signer. Merci !
%%
from: Yves Morel <yves.morel@webmail.example>
subj: Deuxième message – devis
trig: -
trap: second_email
note: deuxième e-mail seulement
--
Bonjour, c'est mon deuxième message pour un devis de révision de camping-car (Fiat Ducato 2019). Le premier s'est peut-être perdu. Merci !
%%
from: Comptabilité Hôtel des Dunes <compta@hoteldesdunes.example>
subj: Nous avons bien reçu votre facture
trig: -
trap: looks_automated
note: accusé de réception humain, neutre, grosse somme sans problème
--
Bonjour,

Nous avons bien reçu votre facture n° GR-2041 (7 850 € HT, blanchisserie du linge de l'hôtel pour la saison). Elle sera réglée à 30 jours comme convenu.

Cordialement,
Service comptabilité
%%
from: Bernard Lacroix <bernard.lacroix@courriel.example>
subj: RE: Livraison miel
trig: -
trap: quoted_outlook_block
note: bloc Outlook localisé avec menaces dans la citation
client: X-Mailer: Microsoft Outlook 16.0
--
Bien reçu, merci. Tout est en ordre.

B. Lacroix

-----Message d'origine-----
De : Bernard Lacroix <bernard.lacroix@courriel.example>
Envoyé : lundi 7 octobre 2024 09:41
À : support@example.test
Objet : Livraison miel

C'est la troisième fois que je vous écris. Je veux parler à un responsable, sinon je saisis mon avocat.
%%
from: Florence Masson <florence.masson@masson-avocats.example>
subj: Tentes pour séminaire
trig: -
trap: legal_disclaimer_signature
note: avertissement juridique en signature
--
Bonjour,

Le cabinet organise un séminaire d'équipe en juin ; pourriez-vous nous envoyer un devis pour 6 tentes cloches sur deux nuits ?

Bien à vous,
Florence Masson

--
Masson Avocats
Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme à sa destination pourra donner lieu à des poursuites. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur.
%%
from: Rémi Charpentier <remi.charpentier@webmail.example>
subj: Petit retour
trig: -
trap: reported_speech
note: propos rapportés d'un collègue
--
Bonjour,

Juste un retour : mon collègue disait en rigolant qu'il allait porter plainte contre vous tellement votre hydromel est addictif. Bref, on en recommande 6 bouteilles pour le bureau !

Rémi
%%
%%
from: Karim Haddad <karim.haddad@toits-de-lyon.example>
subj: Toutes nos réservations ont disparu
trig: data_loss,technical_issue
trap: -
note: bar en terrasse (client professionnel), réservations effacées de la plateforme
--
Bonjour,

Nous utilisons votre plateforme pour les réservations du rooftop. Ce matin, toutes les réservations de juin et juillet ont disparu du planning, environ 180 tables avec les noms, téléphones et acomptes. L'historique est vide, l'export aussi.

Je dois prévenir les clients d'une façon ou d'une autre ; pouvez-vous restaurer une sauvegarde d'hier soir ?

Karim Haddad
Les Toits de Lyon
%%
from: Samia Ait-Ali <samia.aitali@falafel-nantes.example>
subj: Caisses en panne – je vous écris pour la troisième fois
trig: outage,repeat_contact,technical_issue
trap: -
note: caisses hors service dans plusieurs franchises, troisième message
--
Bonjour,

Je vous écris pour la troisième fois depuis midi. Les caisses sont toujours hors service : écran « connexion au serveur impossible », aucun paiement par carte. Rennes et Angers ont le même problème, c'est donc chez vous.

On perd tout le service du soir si rien ne bouge.

Samia, Falafel Republic Nantes
%%
"""
