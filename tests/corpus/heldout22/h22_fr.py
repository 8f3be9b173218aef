# French customer mail: positives first, then hard negatives. One hand-written block per message.
LANG = "fr"
M = []


def m(frm, subj, trig, body, trap="-", note="-", **kw):
    M.append(dict(frm=frm, subj=subj, trig=trig, body=body, trap=trap, note=note, **kw))


# ---------------------------------------------------------------- positives

m("Isabelle Marchand <isabelle.marchand@marchand-voile.example>", "Voiles commandées en janvier – mise en demeure",
  "legal_threat,high_value_order,broken_promise", """\
Madame, Monsieur,

Le 18 janvier, j'ai commandé chez vous une grand-voile lattée et un génois enrouleur pour
notre voilier, pour un montant total de 9 120 €, dont 4 500 € versés à la commande. Votre
atelier s'était engagé par écrit sur une livraison « avant Pâques ».

Nous sommes le 3 juin. Je n'ai ni voiles ni réponse à mes courriers.

Par la présente, je vous mets en demeure de livrer les voiles ou de rembourser l'acompte
sous quinze jours. À défaut, je saisirai le tribunal judiciaire, et mon avocat est déjà en
possession du dossier.

Isabelle Marchand
""")

m("Hugo Lefèvre <hugo.lefevre@lefevre-mail.example>", "résiliation",
  "cancellation_threat,severe_dissatisfaction", """\
Bonjour,

Troisième livraison de croquettes bio arrivée éventrée sur le palier, le chien a mangé la
moitié du sac dans l'escalier. Votre service client me répond avec un code promo. C'est
inadmissible, franchement je n'ai jamais vu un service aussi lamentable.

Je résilie mon abonnement à la fin du mois.

Hugo
""", trap="count_not_contacts", note="troisième livraison ≠ third contact")

m("Nathalie Girard <nathalie.girard@girard-acu.example>", "Plus d'accès à l'agenda du cabinet",
  "outage,technical_issue", """\
Bonjour,

Depuis ce matin 8 h, impossible d'accéder à l'agenda en ligne du cabinet d'acupuncture :
page blanche puis « Erreur 503 – Service indisponible », sur tous les postes et sur mon
téléphone. Les patients ne peuvent pas non plus prendre rendez-vous en ligne.

Merci de regarder de votre côté, c'est urgent.

Nathalie Girard
""")

m("Pierre Rousseau <pierre.rousseau@rousseau-astro.example>", "Commande T-30981 – monture défectueuse",
  "high_value_order,technical_issue", """\
Bonjour,

J'ai reçu le télescope de 400 mm et sa monture équatoriale (commande T-30981, 6 890 €).
La monture émet un claquement sur l'axe d'ascension droite et la raquette affiche « Motor
Fault ». J'ai suivi toute la notice, refait l'équilibrage, rien n'y fait.

Pour un tel montant, j'attends un échange rapide. Merci de me dire comment procéder.

Pierre Rousseau
""")

m("Claire Bonnet <claire.bonnet@bonnet-famille.example>", "Je souhaite parler à un responsable",
  "manager_request,broken_promise", """\
Bonjour,

On m'a promis il y a trois semaines qu'un technicien me rappellerait pour la réparation de
mon cor d'harmonie. Personne ne m'a rappelée. Je souhaite maintenant parler à un responsable
de l'atelier, pas au standard.

Claire Bonnet
""")

m("Antoine Mercier <antoine.mercier@mercier-web.example>", "Plainte CNIL",
  "regulatory", """\
Bonjour,

Je vous ai demandé le 2 mars l'effacement de mes données (compte client mots croisés). Non
seulement vous n'avez pas répondu, mais je reçois toujours votre lettre d'information et
des SMS publicitaires. J'ai déposé une plainte auprès de la CNIL ce matin.

Antoine Mercier
""")

m("Sylvie Fontaine <sylvie.fontaine@fontaine-mail.example>", "Prélèvement en double",
  "billing_dispute", """\
Bonjour,

Vous m'avez prélevé deux fois 42,50 € le 5 août pour la même box de pâtée bio (commande
DF-77120). Merci de rembourser le second prélèvement.

Cordialement,
Sylvie Fontaine
""")

m("Julien Garnier <julien.garnier@garnier-velo.example>", "Restauration vélo – quatrième relance",
  "repeat_contact,broken_promise,severe_dissatisfaction", """\
Bonjour,

C'est ma quatrième relance. Le vélo de course de 1958 que je vous ai confié devait être prêt
« fin mai au plus tard ». Nous sommes fin juillet. Aucun retour, aucun appel. C'est
scandaleux, je n'ai jamais été traité avec un tel mépris.

Julien Garnier
""")

m("Émilie Chevalier <emilie.chevalier@chevalier-ecrit.example>", "Demande de réaction – article sur les stages de verre soufflé",
  "media_threat", """\
Bonjour,

Je suis journaliste à la rédaction d'un hebdomadaire régional et je prépare un article sur
les ateliers de verre soufflé qui ont annulé des stages sans rembourser les participants.
Plusieurs anciens stagiaires m'ont cité votre atelier.

Souhaitez-vous réagir ? Je peux publier votre réponse si elle m'arrive avant vendredi midi.

Émilie Chevalier
+33 555 0127
""", note="journalist inquiry")

m("Marc Dupuis <marc.dupuis@dupuis-home.example>", "Vos hôtes au karaoké",
  "discrimination_harassment", """\
Bonjour,

Samedi soir, dans votre bar karaoké rue de la République, l'animateur a fait des blagues
sur mon accent et mes origines au micro, devant toute la salle, pendant que je chantais. Quand
je lui ai demandé d'arrêter, il a continué en imitant mon accent. Mes amis et moi sommes
partis.

Ce n'est pas de l'humour, c'est du racisme. J'attends une réponse de votre part.

Marc Dupuis
""")

m("Laure Perrin <laure.perrin@perrin-mail.example>", "Piratage de mon compte",
  "security_incident", """\
Bonjour,

Quelqu'un s'est connecté à mon compte client et a modifié mon adresse e-mail et mon adresse
de livraison. J'ai reçu une notification de connexion depuis un appareil inconnu à 3 h du
matin. Ma carte bancaire est enregistrée sur le compte. Pouvez-vous bloquer le compte
immédiatement ?

Laure Perrin
""")

m("François Lambert <francois.lambert@lambert-vols.example>", "Portail du club – photos supprimées",
  "data_loss,technical_issue", """\
Bonjour,

Toutes les photos de notre club d'aéromodélisme antérieures à 2023 ont disparu du portail.
Les albums sont vides. Certaines photos étaient les seules que nous avions de membres
aujourd'hui disparus. Y a-t-il une sauvegarde ?

François Lambert, secrétaire
""")

m("Caroline Faure <caroline.faure@faure-evenements.example>", "Sculptures de glace – mariage",
  "high_value_order,severe_dissatisfaction,manager_request", """\
Madame, Monsieur,

Pour le mariage de notre fille, nous avions commandé chez vous un bar de glace, deux cygnes et
un monogramme, pour 5 480 € TTC. Le bar de glace est arrivé fissuré, le monogramme portait
les mauvaises initiales et votre équipe est repartie sans rien installer.

C'est une honte. Je n'accepterai pas qu'on me réponde par un simple mail d'excuses : je veux
que ce dossier soit traité par la direction.

Caroline Faure
""", note="5 480 € > 5000; 'traité par la direction' = escalate")

m("Olivier Roux <olivier.roux@roux-net.example>", "Adresse du siège social",
  "corporate_contact_request,executive_contact", """\
Bonjour, pourriez-vous me communiquer l'adresse de votre siège social et le nom du directeur
général ? Je souhaite envoyer un courrier recommandé concernant ma commande de selle.

Merci,
Olivier Roux
""", note="siège + DG name (to write formally)")

m("Aurélie Blanc <aurelie.blanc@blanc-sante.example>", "Chaussures orthopédiques – blessure",
  "safety", """\
Bonjour,

Depuis que je porte les chaussures orthopédiques livrées le mois dernier, une couture
intérieure mal finie m'a ouvert le talon. J'ai une plaie infectée, mon médecin m'a mise sous
antibiotiques. Je suis diabétique, ce genre de blessure est grave pour moi.

Merci de me contacter rapidement.

Aurélie Blanc
""")

m("Thierry Guerin <thierry.guerin@guerin-mail.example>", "Signalement à la DGCCRF",
  "regulatory,billing_dispute", """\
Bonjour,

Votre site affichait le globe lumineux à 89 € et vous m'avez débité 129 €. Le « prix
barré » n'a jamais existé, c'est de la publicité trompeuse. Je l'ai signalé à la DGCCRF via
SignalConso. Je demande le remboursement des 40 € de différence.

Thierry Guerin
""")

m("Mathilde Renaud <mathilde.renaud@renaud-famille.example>", "suggestion pour l'appli",
  "feature_request", """\
Bonjour,

Ce serait bien de pouvoir faire les mots croisés à deux sur la même grille, depuis deux
téléphones. Mon mari et moi les faisons ensemble le dimanche et on se dispute la tablette !

Merci, Mathilde
""")

m("Gérard Morel <gerard.morel@morel-postes.example>", "J'ai écrit à votre PDG",
  "executive_contact", """\
Bonjour,

Sans réponse depuis un mois au sujet de ma réparation de tuba, j'ai écrit directement à votre
PDG hier soir, avec copie de tous nos échanges. Je vous le signale pour que vous ne soyez
pas surpris.

Gérard Morel
""")

m("Patricia Lemoine <patricia.lemoine@lemoine-mail.example>", "Réservation yourte – annulation de votre part",
  "cancellation_threat,media_threat", """\
Bonjour,

Vous avez annulé notre séjour en yourte 48 heures avant l'arrivée, sans proposer d'autre date,
et sans remboursement à ce jour. Si ce n'est pas réglé cette semaine, je ne réserverai plus
jamais chez vous et je raconte tout sur les groupes de camping et sur Google.

Patricia Lemoine
""", trap="conditional_threat")

m("Lucas Vincent <lucas.vincent@vincent-pro.example>", "Contact du service juridique",
  "corporate_contact_request,billing_dispute", """\
Bonjour,

Merci de m'indiquer l'adresse e-mail de votre service juridique. Vous me réclamez 320 € de
frais d'annulation pour une soirée karaoké que VOUS avez annulée, et je souhaite que ma
contestation arrive au bon endroit.

Lucas Vincent
""")

m("Éric Bertrand <eric.bertrand@bertrand-astro.example>", "Problème de perte de données / data loss",
  "data_loss,technical_issue,cancellation_threat", """\
Hello, I write half in English because my son helps me with the email.

Après la mise à jour, toutes mes observations enregistrées dans votre application (logbook
of 6 years, with sketches!) are deleted. The application says „0 observations". Je ne
comprends pas. If you cannot restore them I will stop my premium subscription and go to
another application.

Éric Bertrand
""", trap="mixed_language", lang="fr", note="mixed French/English; dominant-language call: fr")

# looks_automated, with triggers
m("Service comptabilité – Voilerie Armor <compta@voilerie-armor.example>", "Votre facture n° VA-2219",
  "billing_dispute", """\
Madame, Monsieur,

Nous accusons réception de votre facture n° VA-2219 du 12 septembre 2024 d'un montant de
1 860,00 € HT.

Après vérification, nous constatons que les deux housses de grand-voile (2 × 240,00 €) n'ont
jamais été livrées. Nous contestons donc ce montant et vous remercions de nous adresser un
avoir.

Cordialement,
Service comptabilité
""", trap="looks_automated", note="'nous accusons réception' opener; dispute")

m("Denise Carpentier <denise.carpentier@carpentier-mail.example>", "Réponse automatique : absente jusqu'au 2 septembre",
  "repeat_contact,severe_dissatisfaction", """\
Je suis absente jusqu'au 2 septembre et je n'aurai pas accès à mes e-mails.

Mais avant de partir : c'est le troisième mail que je vous envoie au sujet de la selle
abîmée à la livraison, et toujours aucune réponse. C'est honteux, vraiment honteux.

Denise Carpentier
""", trap="looks_automated")

# ---------------------------------------------------------------- negatives

m("Sophie Arnaud <sophie.arnaud@arnaud-vins.example>", "Commande globe pour le bureau",
  "-", """\
Bonjour,

Je suis directrice commerciale d'une petite maison de vins et je voudrais offrir un globe
terrestre ancien à notre client le plus fidèle. Pouvez-vous m'envoyer un devis pour le modèle
de 50 cm avec gravure sur le socle ?

Merci,
Sophie Arnaud
Directrice commerciale
""", trap="job_title")

m("Bernard Mathieu <bernard.mathieu@mathieu-mail.example>", "Re: Réparation trompette",
  "-", """\
Parfait, merci, je passerai la récupérer samedi.

Bernard

Le 12 mars 2024 à 10:04, Service client <support@example.test> a écrit :
> Bonjour M. Mathieu, votre trompette est prête.
>
> > Le 8 mars 2024, Bernard Mathieu a écrit :
> > C'est inadmissible, ça fait un mois. Si elle n'est pas prête vendredi, je porte plainte
> > et je veux parler à votre responsable.
""", trap="quoted_threat")

m("Agnès Picard <agnes.picard@picard-maison.example>", "Question sur la politique de remboursement",
  "-", """\
Bonjour, quelle est votre politique de remboursement si je dois annuler un séjour en yourte
pour raison médicale ? Je n'ai pas encore réservé, je préfère savoir avant.

Agnès
""", trap="policy_question")

m("Vincent Leroy <vincent.leroy@leroy-avocats.example>", "Commande selle",
  "-", """\
Madame, Monsieur,

Avocat de profession et cavalier amateur, je souhaiterais commander une selle mixte sur
mesure pour ma jument. Pourriez-vous m'indiquer vos délais et le montant de l'acompte ?

Bien cordialement,
Vincent Leroy

--
Ce message et ses pièces jointes sont confidentiels. Toute utilisation non autorisée peut
donner lieu à des poursuites.
""", trap="lawyer_customer")

m("Élodie Martin <elodie.martin@martin-famille.example>", "Je ne vais pas résilier",
  "-", """\
Bonjour,

Rassurez-vous, je ne vais pas résilier, la pâtée plaît énormément à notre chienne ! Je voudrais
simplement passer de la formule 4 semaines à la formule 6 semaines.

Élodie
""", trap="negation")

m("Denis Robert <denis.robert@robert-cie.example>", "Commande importante",
  "-", """\
Bonjour,

Suite à votre devis, nous confirmons la commande de 12 télescopes pour notre club
d'astronomie, pour un total de 15 600 €. Merci de nous indiquer le délai de livraison.

Denis Robert
Trésorier
""", trap="large_amount_no_problem")

m("Christine Gauthier <christine.gauthier@gauthier-mail.example>", "Annulation de mon rendez-vous",
  "-", """\
Bonjour, je dois annuler mon rendez-vous d'acupuncture de mardi 10 h, j'ai un empêchement.
Je reprendrai rendez-vous en ligne. Merci et bonne journée.
""", trap="appointment_cancellation")

m("Yannick Moreau <yannick.moreau@moreau-tech.example>", "Programme de bug bounty ?",
  "-", """\
Bonjour,

Je suis chercheur en sécurité et client de votre boutique de cartes. Avez-vous un programme
de bug bounty ou une politique de divulgation responsable ? Je n'ai rien trouvé d'anormal,
c'est juste pour savoir à qui écrire le cas échéant.

Yannick Moreau
""", trap="security_question")

m("Hélène Masson <helene.masson@masson-web.example>", "Merci à votre responsable d'atelier",
  "-", """\
Bonjour,

Je voulais remercier M. Roche, votre responsable d'atelier, pour la restauration de mon vieux
vélo. Un travail magnifique. Transmettez-lui mes félicitations !

Hélène Masson
""", trap="praise_manager")

m("Louis Fabre <louis.fabre@fabre-net.example>", "TR: plainte d'un ami",
  "-", """\
Bonjour, un ami m'a demandé de vous faire suivre son message, il n'arrive pas à vous écrire.
Personnellement, tout va bien de mon côté.

Louis

-------- Message transféré --------
De : Paul Texier
Objet : karaoké

Votre bar m'a facturé deux fois la salle privée, c'est une honte, je vais saisir le médiateur.
""", trap="forwarded_complaint")

m("Manon Clément <manon.clement@clement-mail.example>", "Exporter mes grilles ?",
  "-", """\
Bonjour, est-il possible d'exporter mes grilles terminées en PDF ? Si la fonction existe déjà,
pouvez-vous m'indiquer où elle se trouve ? Merci !
""", trap="feature_exists")

# looks_automated, no trigger
m("Rémi Dubois <remi.dubois@dubois-atelier.example>", "Accusé de réception",
  "-", """\
Accusé de réception – bien reçu votre devis pour la réparation du saxhorn, merci.

(Ce n'est pas un message automatique, c'est moi, Rémi !)

Je vous confirme que vous pouvez commencer les travaux. Je passerai déposer l'instrument jeudi.

Rémi Dubois
""", trap="looks_automated")


# ---------------------------------------------------------------- more positives

m("Bénédicte Lacroix <benedicte.lacroix@lacroix-mail.example>", "Refus de réservation – fauteuil roulant",
  "discrimination_harassment,legal_threat", """\
Madame, Monsieur,

J'ai voulu réserver une yourte pour le week-end du 14 juillet. Au téléphone, votre
gérante m'a demandé si « la personne en fauteuil » voyageait avec nous, puis m'a dit que le
site « n'était pas fait pour ce genre de clientèle » et que je ferais mieux d'aller à
l'hôtel. Votre site internet annonce pourtant deux yourtes accessibles.

Il s'agit d'un refus de service fondé sur le handicap de mon mari. J'ai transmis le
compte rendu de cet appel à mon avocate, qui vous adressera un courrier.

Bénédicte Lacroix
""", note="disability refusal; avocate will write")

m("Kevin Moulin <kevin.moulin@moulin-karaoke.example>", "Site de réservation HS + réservations perdues",
  "outage,data_loss,technical_issue,feature_request", """\
Bonjour,

Depuis hier 19 h, la page de réservation de nos trois salles de karaoké est inaccessible
(« 504 Gateway Time-out »), pour nous comme pour les clients. Quand elle est revenue vers
minuit, toutes les réservations de la semaine avaient disparu du planning : 23 groupes, dont
deux anniversaires de vingt personnes. On a dû rappeler les gens un par un avec les
confirmations qu'on avait dans la boîte mail.

Pouvez-vous restaurer les réservations ? Et, pour la suite, ce serait bien de pouvoir
exporter automatiquement le planning chaque nuit, pour ne plus dépendre de vous dans un cas
comme celui-ci.

Kevin Moulin
Gérant, Le Micro d'Or
""", trap="job_title_in_signature", note="'Gérant' signature is job title")

m("Arnaud Pelletier <arnaud.pelletier@pelletier-mail.example>", "Litige globe antique – copie à votre PDG et à mon avocat",
  "executive_contact,legal_threat,high_value_order", """\
Bonjour,

Je mets en copie de ce message votre PDG, Mme Esnault, ainsi que mon avocat, Maître Caradec.

Le globe céleste du XIXe siècle que j'ai acheté chez vous (facture GL-1187, 7 400 €) m'a été
livré avec le méridien en laiton fendu et une fissure sur l'hémisphère sud, alors que votre
description parlait d'un « état exceptionnel ». Vos réponses se limitent à proposer une
« restauration à nos frais ». Je demande l'annulation de la vente.

Arnaud Pelletier
""", cc="Claire Esnault <c.esnault@example.test>, =?utf-8?q?Ma=C3=AEtre_Caradec?= <caradec@avocats-caradec.example>")

m("Gaëlle Le Goff <gaelle.legoff@legoff-nautisme.example>", "Foc – dimensions",
  "-", """\
Bonjour,

Nous avons bien reçu le foc et la grand-voile (commande VA-2301, 4 950 €). La grand-voile est
parfaite. Le foc, en revanche, a une bordure de 3,10 m au lieu des 3,40 m indiqués sur notre
fiche de mesures. Pouvez-vous le reprendre à l'atelier ? Nous ne naviguons pas avant le mois
prochain, donc rien d'urgent.

Merci d'avance,
Gaëlle Le Goff
""", trap="below_threshold_amount", note="problem on an order under 5,000; calm request, no trigger")
