# French customer mail (positives and hard negatives). Hand-written, one block per message.
MESSAGES = []


def m(frm, subject, triggers, trap, note, body, **kw):
    d = dict(kw)
    d.update({"from": frm, "subject": subject, "triggers": triggers, "trap": trap, "note": note, "body": body})
    MESSAGES.append(d)


m("Élodie Marchand <elodie.marchand@marchand-famille.example>", "Absent – facture erronée",
  "billing_dispute", "looks_automated", "abonnement sauces piquantes; sujet d'absence + facture",
  """Je suis absente jusqu'au 15 mais je vous écris quand même : la facture FS-2291 indique 3 box au lieu de 1 (89,70 € au lieu de 29,90 €). Merci de rectifier et de rembourser la différence.

Élodie
""")

m("Julien Perrin <julien.perrin@perrin-train.example>", "Locomotive en panne dès la livraison",
  "technical_issue", None, "train de jardin; loco ne démarre pas",
  """Bonjour,

La locomotive à vapeur vive reçue hier (commande TJ-8810) ne monte pas en pression, le brûleur s'éteint au bout de 30 secondes. J'ai suivi la notice à la lettre. Que faire ?

Cordialement,
Julien Perrin
""")

m("Nathalie Girard <nathalie.girard@ecole-girard.example>", "Je souhaite parler à un responsable",
  "manager_request broken_promise", None, "location dôme planétarium; rappel promis non fait",
  """Madame, Monsieur,

On m'avait promis un rappel jeudi pour confirmer l'installation du dôme dans notre gymnase. Personne n'a rappelé. Je souhaite parler à un responsable, car la sortie de 120 élèves en dépend.

Nathalie Girard
Directrice
""")

m("Marc Lefèvre <marc.lefevre@lefevre-avocats.example>", "Mise en demeure – location tandem",
  "legal_threat billing_dispute", None, "location tandem; prélèvement contesté + avocat",
  """Madame, Monsieur,

Vous avez prélevé 420 € de « frais de réparation » sur ma carte pour un tandem rendu en parfait état (photos à l'appui, prises devant votre agent). Faute de remboursement sous huit jours, mon avocat engagera des poursuites.

Marc Lefèvre
""")

m("Sophie Bernard <sophie.bernard@bernard-mail.example>", "C'est la troisième fois que j'écris !",
  "repeat_contact severe_dissatisfaction", None, "boutique de cerfs-volants; 3e relance",
  """C'est la troisième fois que je vous écris pour le même cerf-volant reçu déchiré. Aucune réponse. C'est inadmissible, un service client pareil est une honte.
""")

m("Antoine Roux <antoine.roux@roux-conseil.example>", "Résiliation de l'abonnement",
  "cancellation_threat", None, "abonnement sauces; résiliation pour mécontentement",
  """Bonjour,

Trois box de suite avec des bouteilles cassées. J'en ai assez : je résilie mon abonnement à la fin du mois si rien ne change.

Antoine
""")

m("Claire Fontaine <claire.fontaine@fontaine-web.example>", "Compte piraté",
  "security_incident", None, "boutique solidaire en ligne; piratage",
  """Bonjour, quelqu'un a piraté mon compte : mon mot de passe a été changé et deux commandes ont été passées vers une adresse à Lille que je ne connais pas. Ma carte est enregistrée ! Merci de bloquer le compte au plus vite.
Claire
""")

m("Pierre Dubois <pierre.dubois@dubois-presse.example>", "Demande de commentaire – journaliste",
  "media_threat", None, "convention fans de soap; journaliste",
  """Bonjour,

Je suis journaliste à L'Écho du Sud-Ouest. Plusieurs lecteurs nous signalent que la convention « Plus belle la vie de quartier » a été annulée sans remboursement. Pourriez-vous me donner votre version avant vendredi ?

Pierre Dubois
""")

m("Isabelle Moreau <isabelle.moreau@moreau-famille.example>", "Plainte à la CNIL",
  "regulatory", None, "séjour à la ferme; données partagées",
  """Vous avez envoyé mes coordonnées et celles de mes enfants à un autre hébergeur sans mon accord. J'ai déposé une plainte auprès de la CNIL.
Isabelle Moreau
""")

m("Hélène Laurent <helene.laurent@laurent-bijoux.example>", "Toutes mes fiches produits ont disparu",
  "data_loss technical_issue", None, "bijoux verre de mer; fiches perdues",
  """Bonjour,

Depuis la mise à jour de cette nuit, toutes mes fiches produits (plus de 200 bijoux en verre de mer) ont disparu de ma boutique. Descriptions, photos, stocks : tout est vide. Je n'ai pas de sauvegarde. Pouvez-vous restaurer ?

Hélène
""")

m("Romain Faure <romain.faure@faure-arcade.example>", "Borne d'arcade – odeur de brûlé et fumée",
  "safety technical_issue", None, "location arcade rétro; fumée",
  """Bonjour, la borne Space Invaders louée pour l'anniversaire de mon fils a commencé à fumer par l'arrière avec une forte odeur de brûlé. Nous l'avons débranchée. Il y avait dix enfants dans la pièce. Venez la récupérer s'il vous plaît.
Romain
""")

m("Camille Mercier <camille.mercier@mercier-lab.example>", "Site inaccessible",
  "outage technical_issue", None, "remorque escape game; site en panne",
  """Votre site de réservation affiche « Erreur 503 » depuis ce matin sur toutes les pages. Impossible de réserver ou de contacter qui que ce soit.
""")

m("Luc Garnier <luc.garnier@garnier-sa.example>", "Adresse du siège et du PDG",
  "corporate_contact_request executive_contact", None, "location tandem; veut écrire au PDG",
  """Bonjour,

Merci de m'indiquer l'adresse postale de votre siège social ainsi que l'adresse e-mail de votre PDG, à qui je compte écrire directement.

Luc Garnier
""")

m("Amina Diallo <amina.diallo@diallo-mail.example>", "Propos racistes de votre animateur",
  "discrimination_harassment", None, "cours d'apiculture scolaire; racisme",
  """Madame, Monsieur,

Lors de l'atelier d'apiculture dans notre école, votre animateur a demandé à ma fille, devant toute la classe, si « chez elle en Afrique » on mangeait les abeilles. Les autres enfants ont ri. Elle est rentrée en pleurs. C'est du racisme et c'est inacceptable de la part d'un intervenant auprès d'enfants.

Amina Diallo
""")

m("Vincent Blanc <vincent.blanc@blanc-dev.example>", "Suggestion pour l'application",
  "feature_request", None, "levain en ligne; suggestion",
  """Bonjour, ce serait bien de pouvoir enregistrer plusieurs levains dans l'appli, avec un calendrier de rafraîchi pour chacun. Aujourd'hui je ne peux en suivre qu'un. Merci !
Vincent
""")

m("Sandrine Lambert <sandrine.lambert@lambert-orgue.example>", "Restauration pianola – devis de 6 800 € sans suite",
  "high_value_order broken_promise", None, "restauration pianola; devis > 5000 sans suite",
  """Bonjour,

Nous avons accepté votre devis de 6 800 € pour la restauration de notre pianola et versé un acompte de 2 000 €. Vous deviez commencer en avril. Nous sommes en juillet, rien n'a commencé et vous ne répondez plus.

Sandrine Lambert
""")

m("Thierry Michel <thierry.michel@michel-hockey.example>", "Lames abîmées – je veux un remboursement",
  "severe_dissatisfaction", None, "affûtage patins; colère",
  """Vos « professionnels » ont massacré les lames de mes patins neufs. Travail bâclé, aucune excuse au comptoir. Je suis furieux, c'est le pire service que j'aie jamais eu.
""")

m("Agence Pixel Ouest <contact@pixel-ouest.example>", "Accusé de réception : votre devis",
  "cancellation_threat", "looks_automated", "location dôme; accusé de réception écrit par un humain",
  """Nous accusons réception de votre devis, merci. Mais il ne correspond pas du tout à ce qui avait été convenu (deux journées au lieu d'une). Si ce n'est pas corrigé, nous annulons et passons chez un autre prestataire.

Équipe Pixel Ouest
""")

m("Olivier Chevalier <olivier.chevalier@chevalier-mail.example>", "Réponse automatique de votre part : inutile",
  "repeat_contact", "looks_automated", "séjour à la ferme; se plaint de l'accusé automatique",
  """Votre réponse automatique « nous avons bien reçu votre demande » est la seule chose que je reçois depuis trois semaines. C'est mon quatrième message au sujet du remboursement de la nuit non effectuée.
""")

m("Gaëlle Robin <gaelle.robin@robin-famille.example>", "En congé – mais problème de commande",
  "data_loss", "looks_automated", "boutique solidaire; en congé, historique perdu",
  """Je suis en congé jusqu'au 20 août, je réponds depuis mon téléphone.

Mon historique de commandes et mes favoris ont totalement disparu du site depuis votre nouvelle version. Il y avait une trentaine d'articles sauvegardés.

Envoyé de mon téléphone
""")

m("Yannick Morel <yannick.morel@morel-bzh.example>", "Non distribuable ?",
  "broken_promise", "looks_automated", "cerfs-volants; sujet façon bounce",
  """« Non distribuable », c'est ce que dit le suivi depuis 10 jours. Votre collègue m'avait assuré que le colis serait réexpédié lundi dernier. Il ne l'a pas été.
""")

m("Françoise Petit <francoise.petit@ecole-petit.example>", "Réservation du dôme – responsable administrative",
  None, "job_title", "dôme planétarium; titre de poste",
  """Bonjour,

Je suis la responsable administrative de l'école Jean-Moulin. Nous souhaiterions réserver votre dôme pour la semaine de la science. Quelles dates sont libres en mars ?

Françoise Petit
Responsable administrative
""")

m("Hugo Bonnet <hugo.bonnet@bonnet-mail.example>", "Re: votre réclamation",
  None, "quoted_threat", "sauces piquantes; remerciement avec citation",
  """Merci beaucoup, le remboursement est bien arrivé. Tout est réglé.

Le mar. 11 juin 2024 à 09:14, Hugo Bonnet <hugo.bonnet@bonnet-mail.example> a écrit :
> C'est inadmissible. Si je ne suis pas remboursé, je saisis le tribunal
> et je publie tout sur les réseaux sociaux.
""")

m("Maëlle Guérin <maelle.guerin@guerin-home.example>", "Politique de remboursement",
  None, "policy_question", "séjour à la ferme; question politique",
  """Bonjour, quelle est votre politique de remboursement en cas d'annulation pour maladie ? Merci d'avance.
""")

m("Xavier Roussel <xavier.roussel@roussel-club.example>", "Grosse commande pour le club",
  None, "large_amount_no_problem", "train de jardin; grosse commande sans problème",
  """Bonjour,

Notre club souhaite commander du matériel pour environ 9 500 €. Proposez-vous une remise pour les associations ? Livraison possible en une fois ?

Xavier Roussel, trésorier
""")

m("Patricia Roy <patricia.roy@roy-famille.example>", "Je ne vais pas résilier",
  None, "negation", "sauces; négation",
  """Bonjour, la box est arrivée avec un jour de retard, rien de grave, je ne vais pas résilier pour si peu ! Les sauces sont top.
Patricia
""")

m("Denis Leroy <denis.leroy@leroy-notaires.example>", "Demande de disponibilités",
  None, "legal_disclaimer", "location tandem; disclaimer juridique",
  """Bonjour, avez-vous deux tandems disponibles le 3 août à Annecy ?

Denis Leroy

Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Toute utilisation non conforme est interdite et peut donner lieu à des poursuites. Si vous avez reçu ce message par erreur, merci de le détruire.
""")

m("Céline Gauthier <celine.gauthier@gauthier-mail.example>", "Un peu déçue",
  None, "mild_disappointment", "bijoux verre de mer; légère déception",
  """Bonjour, le bracelet est joli mais je suis un peu déçue par la couleur, plus pâle que sur la photo. Je le garde quand même. Bonne journée !
""")

m("Mathieu Fournier <mathieu.fournier@fournier-net.example>", "Comment activer la double authentification ?",
  None, "security_question", "boutique solidaire; 2FA",
  """Bonjour, comment activer la double authentification sur mon compte ? Merci.
""")

m("Brigitte Lemaire <brigitte.lemaire@lemaire-assoc.example>", "Nous avons bien reçu votre colis",
  None, "looks_automated", "levain; accusé humain content",
  """Bonjour, nous avons bien reçu votre colis, le levain est déjà en train de buller. Merci !
Brigitte
""")

m("Jean Barbier <jean.barbier@barbier-fan.example>", "TR: plainte d'un adhérent",
  None, "forwarded_complaint", "convention soap; plainte transférée",
  """Pour info, transmis par un adhérent. De notre côté tout s'est très bien passé.

-------- Message transféré --------
De : Gérard <gerard@mail-mock.example>
Objet : honteux

Organisation honteuse, je porte plainte et j'écris à la presse !
""")

m("Bruno Carré <bruno.carre@carre-bzh.example>", "Saisine de la DGCCRF",
  "regulatory legal_threat", None, "cerfs-volants; DGCCRF + avocat",
  """Madame, Monsieur,

Faute de réponse concernant le remboursement de ma commande annulée, j'ai saisi la DGCCRF et transmis le dossier à mon avocat.

Bruno Carré
""")

m("Léa Simon <lea.simon@simon-famille.example>", "J'écris à votre directeur général",
  "executive_contact corporate_contact_request", None, "séjour à la ferme; veut écrire au DG",
  """Bonjour, pouvez-vous me communiquer l'adresse e-mail de votre directeur général ? Je vais lui écrire directement puisque le service client ne répond pas.
Léa
""")

m("Karim Benali <karim.benali@benali-net.example>", "Plateforme de réservation en panne + connexion suspecte",
  "outage security_incident technical_issue", None, "location tandem; panne et connexion suspecte",
  """Bonjour,

Votre plateforme est en panne depuis hier soir (erreur 502 partout). En plus, j'ai reçu un e-mail m'informant d'une connexion à mon compte depuis l'étranger à 3h du matin, ce n'était pas moi.

Karim
""")

m("Anne Perrot <anne.perrot@perrot-asso.example>", "Commande de 7 200 € – je publie un avis",
  "high_value_order media_threat", None, "location arcade; commande > 5000, avis public",
  """Bonjour,

Notre association a réglé 7 200 € pour la location de 10 bornes pour le festival. Quatre ne fonctionnaient pas et personne n'est venu. Sans geste de votre part, je publierai un avis détaillé sur Google et sur nos réseaux.

Anne Perrot
""")

m("Sylvie Marchal <sylvie.marchal@marchal-ecole.example>", "Propos déplacés de votre technicien",
  "discrimination_harassment feature_request", None, "dôme planétarium; harcèlement + suggestion",
  """Bonjour,

Votre technicien a fait des remarques sexistes répétées à nos jeunes enseignantes pendant le montage du dôme (« retournez en cuisine »…). C'est inadmissible de la part d'un intervenant en école.

Par ailleurs, ce serait bien de pouvoir réserver le dôme directement en ligne.

Sylvie Marchal
""")
