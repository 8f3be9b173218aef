# heldout13: French customer mail (positives and hard negatives).
# Every text below is hand-written; nothing is assembled from slots.


def m(k, trig, subj, name, addr, body, trap="-", note="-", **kw):
    d = dict(k=k, lang="fr", trig=trig, subj=subj, name=name, addr=addr,
             body=body, trap=trap, note=note)
    d.update(kw)
    return d


MSGS = [

# ---------------------------------------------------------------- positives

m("frp01", "billing_dispute,severe_dissatisfaction",
  "Camping débité deux fois !!", "Manon Lefebvre", "manon.lefebvre@laposte.example",
  """Bonjour,

Vous m'avez prélevé deux fois les 45 € du forfait camping (le 3 et le 4 juin, même référence FQV-20931). Une seule tente, un seul week-end.

C'est scandaleux, trois semaines que j'attends une réponse. Remboursez-moi le deuxième prélèvement.

Manon"""),

m("frp02", "outage,technical_issue",
  "Portail locataire inaccessible", "Jean-Pierre Garnier", "jp.garnier@orange.example",
  """Bonjour,

Depuis hier soir, le portail locataire affiche uniquement « Erreur 502 – Bad Gateway », sur l'ordinateur comme sur le téléphone. Ma voisine du 3e a le même problème. Or c'est le seul moyen que vous nous avez donné pour payer le loyer en ligne, et le prélèvement est prévu le 5.

Pouvez-vous me dire quand il sera rétabli ?

Cordialement,
Jean-Pierre Garnier
Résidence Les Tilleuls, apt 12"""),

m("frp03", "legal_threat,safety",
  "Chute devant l'entrée – trottoir non déneigé", "Sylvie Moreau", "sylvie.moreau@free.example",
  """Madame, Monsieur,

Votre société est chargée du déneigement et du salage de l'accès à notre copropriété, 8 rue des Acacias, par contrat avec le syndic. Le 14 janvier au matin, rien n'avait été fait. Ma mère, 81 ans, a glissé sur la plaque de verglas devant la porte et s'est fracturé le poignet.

J'ai les photos du trottoir prises le matin même et le certificat des urgences, que je joins à ce courriel. J'ai l'intention de porter plainte et de demander réparation du préjudice ; je vous demande de transmettre ce courrier à votre assureur.

Sylvie Moreau""", att=("pdf", "certificat_urgences.pdf")),

m("frp04", "regulatory,security_incident,technical_issue",
  "Mes messages visibles par d'autres utilisateurs", "Camille Roux", "camille.roux@mail.example",
  """Bonjour,

Dans l'appli ParlonsEnsemble, quand j'ouvre l'onglet « Découvrir », je vois des extraits de conversations privées d'autres membres, avec leurs prénoms et leurs photos. Une amie m'a confirmé qu'elle voyait aussi des extraits de MES messages à moi.

C'est une fuite de données personnelles. Si ce n'est pas corrigé et expliqué aux utilisateurs d'ici lundi, je saisirai la CNIL.

Camille Roux"""),

m("frp05", "regulatory",
  "Signalement à la DGCCRF – « camping premium »", "Antoine Mercier", "antoine.mercier@laposte.example",
  """Bonjour,

Le « camping premium » annoncé sur votre site avec « douches chaudes privatives et parcelle ombragée » était un champ en plein soleil avec quatre douches froides pour tout le secteur.

J'ai transmis les captures d'écran de votre page et mes photos à la DGCCRF via SignalConso pour pratique commerciale trompeuse. Je reste ouvert à une proposition de votre part.

Antoine Mercier"""),

m("frp06", "billing_dispute,regulatory,repeat_contact",
  "Facture 2025-3381 – médiateur de la consommation", "Hélène Dubois", "helene.dubois@orange.example",
  """Madame, Monsieur,

Votre facture 2025-3381 m'a été débitée pour 612,40 € alors que la commande (un kit d'embrayage et un volant moteur) affichait 489,90 € au moment du paiement. Malgré deux courriels, je n'ai aucune réponse.

Faute de régularisation sous quinze jours, je saisirai le médiateur de la consommation dont vous relevez.

Hélène Dubois""", note="two earlier mails + this one = third contact"),

m("frp07", "manager_request",
  "Quelqu'un de plus haut placé, svp", "Karim Benali", "karim.benali@mail.example",
  """Bonjour,

Avec tout le respect que je dois à vos conseillers, je tourne en rond depuis dix jours. Merci de transmettre mon dossier (réservation AC-7720, autocar pour le club de hand) à votre supérieur hiérarchique ou à quelqu'un qui a le pouvoir de trancher, et qu'il me rappelle au 06 55 50 12 34.

Karim Benali"""),

m("frp08", "corporate_contact_request,manager_request,severe_dissatisfaction",
  "Je veux que ça remonte à la direction", "Brigitte Fontaine", "brigitte.fontaine@free.example",
  """Je suis outrée par la manière dont votre technicien a traité ma moquette et surtout par la façon dont on m'a parlé au téléphone ensuite : on m'a quasiment raccroché au nez.

Je veux que mon dossier remonte à la direction. Pas à un autre conseiller, à la direction. Et communiquez-moi l'adresse de votre siège, je confirmerai tout par lettre recommandée.

Brigitte Fontaine"""),

m("frp09", "corporate_contact_request",
  "Adresse du siège social", "Gérard Lambert", "gerard.lambert@wanadoo.example",
  """Bonjour,

Pouvez-vous m'indiquer l'adresse postale de votre siège social ainsi que le nom de la personne à qui adresser une réclamation écrite en recommandé ?

Merci.
G. Lambert"""),

m("frp10", "corporate_contact_request,executive_contact",
  "Coordonnées de votre PDG", "Nathalie Girard", "nathalie.girard@mail.example",
  """Bonjour,

Merci de me communiquer l'adresse e-mail de votre président-directeur général. Puisque le service client ne répond pas sur le fond, je vais lui écrire directement au sujet du remboursement de mon séjour linguistique annulé.

Nathalie Girard"""),

m("frp11", "broken_promise,executive_contact,technical_issue",
  "Batterie – intervention promise, jamais venue (copie DG)", "Philippe Chevalier", "philippe.chevalier@orange.example",
  """Bonjour,

Je mets en copie M. Laurent Berthier, votre directeur général.

Le 3 mars, votre planning m'a confirmé par écrit le passage d'un technicien le 10 mars pour remplacer l'onduleur de ma batterie domestique. Personne n'est venu, personne n'a prévenu. Depuis, le système reste à l'arrêt.

Je souhaite une date ferme cette semaine.

Philippe Chevalier""", cc="Laurent Berthier <l.berthier@example.test>",
  note="DG copied in; the battery system is still down (broken inverter)"),

m("frp12", "media_threat",
  "Demande d'interview – bracelets cashless", "Julie Perrin", "julie.perrin@lechodesvallees.example",
  """Bonjour,

Je suis journaliste à L'Écho des Vallées. Nous préparons un article sur les remboursements du crédit restant sur les bracelets cashless après le Festival des Quatre Vents. Plusieurs festivaliers nous disent attendre depuis juillet.

Accepteriez-vous de répondre à quelques questions, par écrit ou par téléphone (05 55 01 23 45), d'ici vendredi ?

Bien cordialement,
Julie Perrin""", note="journalist inquiry"),

m("frp13", "broken_promise,media_threat,severe_dissatisfaction",
  "Mon avis va faire du bruit", "Océane Marchand", "oceane.marchand@mail.example",
  """Franchement c'est honteux. Ma robe devait être prête samedi, elle ne l'était pas, et on m'a dit « revenez lundi » comme si de rien n'était. Mariage le jeudi.

Je vais raconter tout ça sur TikTok et laisser un avis Google détaillé. J'ai pas mal d'abonnées qui se marient cette année, elles sauront où ne pas aller.

Océane""", note="dress due Saturday and not ready = broken delivery promise"),

m("frp14", "cancellation_threat,severe_dissatisfaction",
  "Vous pouvez dire adieu à notre contrat", "Luc Fournier", "luc.fournier@fournier-menuiserie.example",
  """Trois semaines sans aucun passage de votre équipe de déneigement sur notre parking, et toujours les mêmes excuses. C'est lamentable.

Vous pouvez dire adieu à notre contrat pour l'hiver prochain. Nous avons déjà demandé des devis ailleurs.

Luc Fournier
Menuiserie Fournier"""),

m("frp15", "cancellation_threat,technical_issue",
  "L'appli fidélité plante à chaque fois", "Martine Lemoine", "martine.lemoine@laposte.example",
  """Bonjour,

Depuis la mise à jour, l'application PharmaFidélité se ferme toute seule dès que j'ouvre la carte, sur mon téléphone et sur celui de mon mari. À la caisse, on doit chercher mon nom à la main.

Si ça continue, je ne vois pas l'intérêt de garder votre carte, je passerai à la pharmacie de la place.

Martine Lemoine"""),

m("frp16", "data_loss,technical_issue",
  "Les projets de ma fille ont disparu", "Isabelle Rousseau", "isabelle.rousseau@free.example",
  """Bonjour,

Ma fille Léa (9 ans) a participé au stage Petits Codeurs de la Toussaint. Tous ses projets sur la plateforme ont disparu : la liste affiche « Aucun projet ». Elle les avait pourtant enregistrés, nous les avons encore montrés à sa grand-mère la semaine dernière.

Pouvez-vous les récupérer ?

Merci d'avance,
Isabelle Rousseau"""),

m("frp17", "security_incident",
  "Quelqu'un a utilisé mes points", "Didier Faure", "didier.faure@orange.example",
  """Bonjour,

J'ai reçu ce matin un courriel de confirmation pour l'utilisation de 3 000 points sur ma carte fidélité dans une pharmacie de Lille. J'habite à Bordeaux et je n'ai rien utilisé. L'adresse e-mail du compte a aussi été modifiée hier soir, pas par moi.

Merci de bloquer le compte et de me rendre mes points.

Didier Faure"""),

m("frp18", "safety,technical_issue",
  "URGENT batterie : odeur de brûlé et fumée", "Christophe Blanc", "christophe.blanc@free.example",
  """Bonjour,

La batterie installée chez nous en avril dégage depuis ce soir une odeur de brûlé et un peu de fumée sort par la grille du bas. L'écran affiche « ERR 47 » en rouge. J'ai coupé le disjoncteur et fait sortir tout le monde du garage.

Que dois-je faire maintenant ? Faut-il appeler les pompiers ? Merci de me rappeler au plus vite : 06 55 50 98 76.

Christophe Blanc"""),

m("frp19", "discrimination_harassment",
  "Propos racistes dans votre magasin", "Moussa Diallo", "moussa.diallo@mail.example",
  """Bonjour,

Samedi matin, je suis venu retirer les skis réservés pour ma famille dans votre magasin de la station. Le vendeur m'a demandé si j'étais « sûr d'être au bon endroit », puis, devant mes enfants, que « les gens comme vous, d'habitude, ne skient pas ». Il a exigé une caution en espèces, alors que le client avant moi a simplement laissé sa carte.

Je n'accepte pas d'être traité ainsi à cause de ma couleur de peau. J'attends une réponse de votre part.

Moussa Diallo"""),

m("frp20", "broken_promise,repeat_contact",
  "Troisième message – rappel promis jamais reçu", "Véronique Picard", "veronique.picard@laposte.example",
  """Bonjour,

C'est la troisième fois que j'écris. Le 2 octobre, on m'a assuré au téléphone qu'une conseillère me rappellerait « dans la journée » au sujet de l'échéancier de mon prêt étudiant. Personne ne m'a rappelée.

J'ai besoin de savoir si ma demande de report est acceptée avant le prochain prélèvement.

Véronique Picard"""),

m("frp21", "high_value_order,technical_issue",
  "Commande 35 PC reconditionnés – 9 800 € – écrans défectueux", "Olivier Henry", "olivier.henry@cabinet-henry.example",
  """Bonjour,

Nous avons reçu la commande RN-11820 (35 ordinateurs portables reconditionnés, 9 800,00 € HT). Sur 12 d'entre eux, l'écran scintille puis devient noir au bout de quelques minutes, même après la mise à jour du pilote graphique.

Nous avons besoin d'une solution rapide : remplacement ou intervention. Nos nouveaux collaborateurs arrivent le 1er septembre.

Cordialement,
Olivier Henry
Responsable administratif""", trap="job_title", note="'Responsable administratif' is a job title"),

m("frp22", "broken_promise,high_value_order",
  "Contrat autocar séminaire – 6 200 € – annulation de dernière minute", "Sandrine Morel", "sandrine.morel@groupe-alize.example",
  """Madame, Monsieur,

Notre contrat AC-S-0419 (transport de 48 collaborateurs Lyon–Annecy aller-retour avec mise à disposition sur deux jours, 6 200,00 € TTC, acompte versé) prévoyait un départ le 12 juin à 8 h. La veille à 19 h, vous nous avez annoncé par SMS que l'autocar n'était « plus disponible ». Votre commercial nous avait pourtant garanti par écrit la disponibilité du véhicule le 28 mai.

Nous avons dû louer des minibus en urgence. Nous attendons le remboursement intégral de l'acompte et la prise en charge du surcoût.

Sandrine Morel"""),

m("frp23", "feature_request",
  "Suggestion pour l'appli", "Thomas Guerin", "thomas.guerin@mail.example",
  """Bonjour l'équipe,

J'adore ParlonsEnsemble. Ce serait génial de pouvoir programmer des rappels pour mes sessions hebdomadaires avec ma partenaire à Madrid, avec le fuseau horaire géré automatiquement. Pour l'instant je mets une alarme sur mon téléphone.

Merci !
Thomas"""),

m("frp24", "technical_issue",
  "Panier qui se vide tout seul", "Romain Dupuis", "romain.dupuis@mail.example",
  """Bonjour, sur votre site de pièces auto, le panier se vide dès que je passe à l'étape livraison. J'ai essayé sur Firefox et Chrome, même chose. Impossible de commander mes plaquettes. Capture d'écran ci-jointe. Merci de regarder.""", att=("png", "panier_vide.png")),

m("frp25", "severe_dissatisfaction",
  "RETOUCHES RATÉES", "Aurélie Bonnet", "aurelie.bonnet@laposte.example",
  """JE VIENS DE RÉCUPÉRER MA ROBE ET L'OURLET EST DE TRAVERS DE 3 CM. TROIS ESSAYAGES POUR EN ARRIVER LÀ. C'EST UN SCANDALE, JE N'AI JAMAIS VU UN TRAVAIL AUSSI BÂCLÉ.

JE VEUX UNE SOLUTION AVANT SAMEDI."""),

m("frp26", "cancellation_threat,outage,technical_issue",
  "Portail de remboursement en panne depuis 3 jours", "Yasmine Haddad", "yasmine.haddad@mail.example",
  """Bonjour,

Le portail de gestion de mon prêt étudiant est inaccessible depuis trois jours : page blanche avec « Service momentanément indisponible », quel que soit le navigateur. Impossible de faire mon remboursement anticipé.

Si la situation ne se débloque pas, je ferai racheter mon prêt par ma banque et je clôturerai mon compte chez vous.

Yasmine Haddad"""),

m("frp27", "data_loss,severe_dissatisfaction,technical_issue",
  "Toutes mes conversations effacées", "Maxime Caron", "maxime.caron@mail.example",
  """Bonjour,

Après la dernière mise à jour, tout l'historique de mes conversations a été effacé : deux ans d'échanges avec mon partenaire coréen, ses corrections, les messages vocaux. Il ne reste rien.

Je suis furieux. C'était tout mon travail d'apprentissage. Dites-moi qu'il existe une sauvegarde.

Maxime"""),

m("frp28", "repeat_contact,technical_issue",
  "Réservation de skis impossible – 4e appel", "Pauline Vidal", "pauline.vidal@free.example",
  """Bonjour,

Je vous ai appelés trois fois cette semaine et on me dit à chaque fois de réessayer plus tard. Le formulaire de réservation en ligne affiche toujours « Erreur de paiement – code 3DS-17 » au moment de valider, avec deux cartes différentes. Ma banque dit que la demande n'arrive même pas chez eux.

Nous arrivons le 21 février à quatre. Pouvez-vous prendre la réservation autrement ?

Pauline Vidal""", note="three calls before this mail = fourth contact"),

# ---------------------------------------------------------------- negatives

m("frn01", "-", "Devis autocar – sortie de fin d'année", "Bernard Masson", "b.masson@masson-distribution.example",
  """Bonjour,

Nous souhaiterions un devis pour un autocar de 55 places le samedi 13 décembre, aller-retour Clermont-Ferrand – Vulcania, départ 8 h, retour vers 19 h.

Cordialement,

Bernard Masson
Directeur commercial
Masson Distribution SAS""", trap="job_title"),

m("frn02", "-", "Re: Remboursement caution skis", "Élodie Marchal", "elodie.marchal@orange.example",
  """Merci beaucoup, j'ai bien reçu le remboursement de la caution. Tout est réglé pour moi.

Bonne saison,
Élodie

Le 3 mars 2025 à 19:12, Élodie Marchal <elodie.marchal@orange.example> a écrit :
> Je vous préviens : sans remboursement de ma caution de 200 € d'ici
> vendredi, je contacte mon avocat et je publie un avis sur tous les
> sites possibles. Je veux parler à votre responsable.""",
  trap="quoted_threat,closing_reply", note="'Le ... a écrit :' quote"),

m("frn03", "-", "RE: Rendez-vous nettoyage moquette", "Françoise Lemaire", "francoise.lemaire@wanadoo.example",
  """Bonjour,

Mardi 14 h me convient très bien. Le digicode est le 2580B.

Françoise Lemaire

De : Françoise Lemaire <francoise.lemaire@wanadoo.example>
Envoyé : jeudi 6 février 2025 18:30
À : Service client <support@example.test>
Objet : Rendez-vous nettoyage moquette

C'est la troisième fois que votre technicien ne vient pas. Si cela se reproduit, je résilie mon contrat et je saisis une association de consommateurs.""",
  trap="quoted_threat", note="Outlook De:/Envoyé: block"),

m("frn04", "-", "Pas de résiliation, juste une question", "Pascal Renaud", "pascal.renaud@laposte.example",
  """Bonjour,

Je ne compte pas du tout résilier mon contrat de maintenance, je suis très satisfait. Je voulais simplement savoir si la visite annuelle peut être avancée en octobre plutôt qu'en novembre.

Bien à vous,
Pascal Renaud""", trap="negation"),

m("frn05", "-", "Conditions de remboursement en cas d'annulation", "Claire Barbier", "claire.barbier@mail.example",
  """Bonjour,

Quelles sont vos conditions de remboursement si le festival est annulé pour cause de météo ? Les frais de réservation sont-ils aussi remboursés ?

Merci,
Claire""", trap="policy_question"),

m("frn06", "-", "Export de l'historique des remboursements ?", "Hugo Lefèvre", "hugo.lefevre@mail.example",
  """Bonjour, est-il possible d'exporter l'historique de mes remboursements en PDF ou en Excel depuis le portail ? C'est pour mon dossier de prêt immobilier. Merci !""",
  trap="feature_exists"),

m("frn07", "-", "Merci pour la robe !", "Amandine Perret", "amandine.perret@free.example",
  """Bonjour Madame Lucas,

Je voulais vous remercier encore : la robe était parfaite le jour J, tout le monde m'a complimentée. Vous avez fait un travail magnifique.

Avec toute ma gratitude,
Amandine""", trap="praise"),

m("frn08", "-", "Petit retour sur le stage", "Sophie Arnaud", "sophie.arnaud@laposte.example",
  """Bonjour,

Mon fils a beaucoup aimé le stage de programmation. Nous avons été un peu déçus que la sortie au musée des sciences ait été annulée, mais il en garde un très bon souvenir.

Bonne continuation,
Sophie Arnaud""", trap="mild_disappointment"),

m("frn09", "-", "Question sur la durée d'engagement", "Benoît Clément", "benoit.clement@mail.example",
  """Bonjour,

Si jamais je voulais résilier mon abonnement Premium après trois mois, est-ce possible ou est-ce un engagement d'un an ? Je pose la question avant de souscrire.

Merci,
Benoît""", trap="hypothetical"),

m("frn10", "-", "Facture de 5 000 € – mention du numéro de commande", "Agnès Brun", "agnes.brun@brun-btp.example",
  """Bonjour,

Nous avons bien reçu votre facture DN-2025-117 d'un montant de 5 000,00 € pour le contrat de déneigement. Pourriez-vous y ajouter notre numéro de bon de commande BC-88213 ? Sans cela notre service comptable ne peut pas la traiter. Le montant est correct. Vous trouverez la facture en pièce jointe.

Cordialement,
Agnès Brun""", trap="exactly_5000", att=("pdf", "Facture_DN-2025-117.pdf")),

m("frn11", "-", "Mes données sont-elles en sécurité ?", "Lucie Mathieu", "lucie.mathieu@mail.example",
  """Bonjour,

Avant d'inscrire mon fils au stage en ligne, j'aimerais savoir où sont hébergées les données des enfants et si vous pouvez me transmettre votre politique de confidentialité conforme au RGPD.

Merci d'avance,
Lucie Mathieu""", trap="data_safety,gdpr_document"),

m("frn12", "-", "Comment transférer mon billet ?", "Théo Gauthier", "theo.gauthier@mail.example",
  """Salut, comment je fais pour transférer mon billet à un pote ? Il a déjà un compte sur l'appli. Merci !""", trap="how_to"),

m("frn13", "-", "Deuxième message – changement d'adresse", "Monique Robin", "monique.robin@wanadoo.example",
  """Bonjour,

Je me permets de vous écrire une deuxième fois, au cas où mon premier message se serait perdu : pourriez-vous mettre à jour mon adresse postale pour la carte de fidélité ? Nouvelle adresse : 4 impasse des Lilas, 33600 Pessac.

Merci beaucoup,
Monique Robin""", trap="second_email"),

]
