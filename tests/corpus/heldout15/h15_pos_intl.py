# Hand-written German, French and Spanish messages carrying at least one trigger (heldout15).
TEXTS = [r'''
@@ de | outage technical_issue | - | Jürgen Oberleitner <j.oberleitner@reifen-oberleitner.example> | Ausfall paraphrased
Subject: Terminbuchung geht gar nicht mehr
Hallo zusammen,
seit heute früh kommt bei der Online-Terminbuchung für den Reifenwechsel nur noch eine weiße Seite, bei allen Filialen, auch im Backend kommen wir nicht rein. Gerade jetzt im Oktober, wo alle auf Winterreifen wechseln wollen. Bitte dringend melden!
Gruß Jürgen Oberleitner

@@ de | legal_threat billing_dispute | - | Sabine Krämer <sabine.kraemer@post.example> | lawyer paraphrased as Rechtsbeistand
Subject: Rechnung 2024-1187 – falscher Betrag
Sehr geehrte Damen und Herren,

für den Transport unseres Flügels wurden uns 1.240 € berechnet, vereinbart waren schriftlich 780 €. Ich habe die Angelegenheit an meinen Rechtsbeistand übergeben, der sich nächste Woche bei Ihnen meldet, falls die Differenz bis dahin nicht gutgeschrieben ist.

Mit freundlichen Grüßen
Sabine Krämer

@@ de | cancellation_threat severe_dissatisfaction technical_issue | - | Holger Brandt <holger.brandt@brandt-fahrschule.example> | kündigen paraphrased
Subject: Reicht jetzt
Das ist doch eine Frechheit. Seit drei Wochen funktioniert bei meinen Fahrschülern die Lern-App nur jede zweite Stunde, und Ihre Hotline vertröstet mich jeden Tag. Zum Monatsende bin ich weg, ich schaue mir bereits einen anderen Anbieter an.

@@ de | cancellation_threat technical_issue | - | Holger Brandt <holger.brandt@brandt-fahrschule.example> | same sender, follow-up mail
Subject: Nachtrag: Fehlermeldung
Nachtrag zu vorhin: die Fehlermeldung lautet "Sitzung abgelaufen (Code 440)", kommt auch direkt nach dem Einloggen. Wenn das bis Freitag nicht läuft, kündige ich den Vertrag.

@@ de | manager_request | - | Monika Seidl <monika.seidl@mail.example> | Vorgesetzten paraphrased
Subject: Bitte an jemanden weitergeben, der entscheiden kann
Guten Tag,
ich möchte bitte mit jemandem sprechen, der bei Ihnen etwas zu sagen hat. Die Mitarbeiterin am Telefon konnte mir nur sagen, dass sie "das leider nicht entscheiden darf". Es geht um die Einäscherung unserer Hündin Lotte und die falsche Urne.
Monika Seidl

@@ de | data_loss technical_issue | - | Frank Wiesner <frank@wiesner-ferienhaus.example> | Daten weg
Subject: Alle Buchungen für August verschwunden
Hallo, in unserem Vermieterkonto sind seit dem Update alle Buchungen für August weg. Der Kalender ist leer, die Gäste haben aber bezahlt und reisen an. Ich habe keine eigene Liste. Können Sie das wiederherstellen?

@@ de | security_incident | - | Carola Hentschel <c.hentschel@hentschel.example> | fremder Zugriff
Subject: Jemand hat mein Konto benutzt
Heute früh habe ich eine Bestellbestätigung über 6 Käseabos als Geschenk an eine mir unbekannte Adresse in Hamburg bekommen. Das war nicht ich. Offenbar hat sich jemand in mein Konto eingeloggt. Bitte sperren Sie das sofort.

@@ de | billing_dispute | - | Dieter Falk <dieter.falk@falk-mail.example> | doppelt abgebucht
Subject: Abbuchung zweimal
Sie haben am 1.3. zweimal 29,90 € für das Tracker-Abo abgebucht. Bitte einen Betrag zurückbuchen.

@@ de | repeat_contact broken_promise | - | Renate Vogt <renate.vogt@vogt.example> | zum dritten Mal paraphrased
Subject: AW: AW: Schuluniform Bestellung 4412
Ich schreibe Ihnen nun schon das vierte Mal. Mir wurde vor zwei Wochen zugesagt, dass die fehlenden Poloshirts nachgeliefert werden. Es ist nichts gekommen.

@@ de | regulatory | - | Thomas Lindner <t.lindner@lindner.example> | Verbraucherzentrale
Subject: Beschwerde
Da Sie auf meine beiden Schreiben nicht reagiert haben, habe ich mich jetzt an die Verbraucherzentrale gewandt. Die Unterlagen liegen dort vor.

@@ de | safety technical_issue | - | Anja Kowalski <anja.kowalski@kowalski.example> | Überhitzung
Subject: Ladegerät wird extrem heiß
Das Ladekabel zum Fitnessarmband wird beim Laden so heiß, dass man es kaum anfassen kann, heute hat es auch noch nach verschmortem Plastik gerochen. Ich lade es nicht mehr. Ist das bekannt?

@@ de | executive_contact severe_dissatisfaction | - | Wolfgang Reuter <w.reuter@reuter-handel.example> | Geschäftsführung cc
Subject: Unzumutbar
Ich habe Ihre Geschäftsführung in Kopie gesetzt. Was Sie sich hier leisten, ist unter aller Sau: dreimal falsche Escape-Room-Schlösser geliefert, jedes Mal heißt es, das Lager prüft das.

@@ de | feature_request | - | Petra Lang <petra.lang@lang-weinreisen.example> | Wunsch paraphrased
Subject: Kleine Anregung
Hallo, wäre es möglich, bei der Buchung der Weinbergführungen ein Feld für Allergien einzubauen? Wir fragen das bisher immer per Telefon nach. Danke und viele Grüße, Petra Lang

@@ de | outage technical_issue high_value_order | - | Markus Engel <markus.engel@engel-uniform.example> | großer Auftrag + Ausfall
Subject: Shop nicht erreichbar – Großbestellung
Der Händlerbereich ist seit gestern Nachmittag nicht erreichbar (Fehler 502). Wir müssen heute die Sammelbestellung für drei Schulen über 23.800 € abschicken, sonst verpassen wir die Lieferung zum Schuljahresbeginn.

@@ de | media_threat | - | Lena Hofbauer <lena.hofbauer@mail.example> | Bewertung/Öffentlichkeit
Subject: Reparatur Display
Wenn das Handy nicht bis Samstag repariert zurück ist, schreibe ich eine ausführliche Bewertung bei Google und poste das in unserer Stadt-Facebookgruppe mit 12.000 Mitgliedern.

@@ de | discrimination_harassment | - | Aylin Yıldız <aylin.yildiz@mail.example> | Belästigung durch Mitarbeiter
Subject: Verhalten Ihres Mitarbeiters
Ihr Techniker, der am Dienstag zur Schädlingskontrolle in unserem Restaurant war, hat unsere Köchin mehrfach bedrängt und ihr anzügliche Nachrichten aufs Handy geschickt, nachdem er ihre Nummer vom Lieferschein hatte. Sie traut sich nicht mehr, allein in der Küche zu sein, wenn Sie kommen.

@@ de | corporate_contact_request | - | Bernd Kaiser <bernd.kaiser@kaiser-fahrrad.example> | Postanschrift Zentrale
Subject: Anschrift der Zentrale
Bitte nennen Sie mir die Postanschrift Ihrer Unternehmenszentrale und den Namen des Geschäftsführers, wir möchten ein Einschreiben schicken.

@@ de | severe_dissatisfaction | - | Ursula Meier <ursula.meier@meier.example> | Empörung
Subject: Urne
Ich bin fassungslos und entsetzt. Die Urne unseres Katers kam mit einem Sprung an und der Name war falsch geschrieben. So geht man mit trauernden Menschen nicht um. Eine absolute Unverschämtheit.

@@ de | technical_issue repeat_contact | - | Stefan Roth <stefan.roth@roth-drohnen.example> | dritter Kontakt
Subject: Export der Luftbilder bricht ab
Zum dritten Mal wegen des gleichen Problems: Der Export der Galerie als ZIP bricht bei 60 % ab, "Unbekannter Fehler". Bitte endlich weitergeben.

@@ de | legal_threat | - | Gerhard Pfeiffer <g.pfeiffer@pfeiffer.example> | Klage angekündigt
Subject: Schaden am Treppenhaus
Sollte der Schaden am Treppenhaus nicht bis zum 15. reguliert sein, werde ich Klage einreichen. Fotos und Kostenvoranschlag liegen Ihnen vor.

@@ de | broken_promise | - | Katrin Schulze <katrin.schulze@mail.example> | Rückruf
Subject: Rückruf?
Mir wurde letzte Woche ein Rückruf vom Fachbereich versprochen. Es hat niemand angerufen.

@@ de | billing_dispute high_value_order | - | Oliver Hahn <oliver.hahn@hahn-gastro.example> | große Rechnung falsch
Subject: Jahresrechnung Schädlingsschutz
Ihre Jahresrechnung über 9.870 € für unsere vier Restaurants enthält 14 Einsätze, die nie stattgefunden haben. Wir zahlen nur den vertraglich vereinbarten Betrag von 6.200 €. Bitte korrigieren.

@@ de | security_incident technical_issue | - | Nina Baumann <nina.baumann@baumann.example> | Daten sichtbar
Subject: Ich sehe fremde Fahrschüler
Wenn ich mich in der Theorie-App einlogge, sehe ich Name, Geburtsdatum und Prüfungsergebnisse von einer anderen Fahrschülerin. Das ist doch nicht in Ordnung, da stimmt was mit Ihrem System nicht.

@@ de | manager_request executive_contact | - | Heinz Albrecht <heinz.albrecht@albrecht.example> | Vorstand
Subject: Eskalation
Bitte leiten Sie diesen Vorgang an Ihre Vorgesetzten weiter. Ich habe parallel auch den Vorstand angeschrieben.

@@ fr | outage technical_issue | - | Camille Rouvière <camille.rouviere@rouviere-vins.example> | panne paraphrase
Subject: Plus rien ne marche
Bonjour, depuis ce matin impossible d'accéder au planning des visites de cave, ni pour moi ni pour mes deux guides. On a une page "erreur 500" partout. Des clients arrivent à 10h, comment je fais ?
Camille

@@ fr | legal_threat | - | Bertrand Lefèvre <bertrand.lefevre@lefevre.example> | avocat paraphrase
Subject: Mise en demeure – déménagement du piano
Madame, Monsieur,

Le piano droit déplacé par vos équipes le 12 avril présente une fissure de la table d'harmonie. Sans proposition d'indemnisation de votre part sous quinze jours, je confierai le dossier à mon conseil qui engagera une procédure.

Veuillez agréer mes salutations distinguées.
Bertrand Lefèvre

@@ fr | cancellation_threat | - | Sophie Garnier <sophie.garnier@mail.example> | résilier paraphrased
Subject: abonnement fromage
Bon, trois colis sur quatre arrivés abîmés. Si le prochain est dans le même état, j'arrête tout, j'en ai assez.

@@ fr | billing_dispute | - | Thierry Moulin <thierry.moulin@moulin.example> | prélèvement injustifié
Subject: Prélèvement non autorisé
Vous m'avez prélevé 49 € le 5 mai pour un « service premium » que je n'ai jamais demandé. Merci de me rembourser.

@@ fr | severe_dissatisfaction | - | Gisèle Marchand <gisele.marchand@orange-mail.example> | colère forte
Subject: HONTEUX
C'EST UNE HONTE. Trois semaines que j'attends les cendres de mon chien et personne n'est capable de me dire où elles sont. Je suis écœurée, c'est inadmissible.

@@ fr | manager_request | - | Éric Dumas <eric.dumas@dumas-pneus.example> | responsable paraphrased
Subject: Re: commande pneus hiver
Je souhaiterais que mon dossier soit remonté à quelqu'un de plus haut placé, vos conseillers se renvoient la balle depuis une semaine.

@@ fr | data_loss technical_issue | - | Nathalie Perrin <nathalie.perrin@perrin-gites.example> | données disparues
Subject: disparition des réservations
Toutes les réservations de nos trois gîtes pour juillet ont disparu de l'espace propriétaire après votre mise à jour. Je n'ai aucune autre trace. C'est très grave pour nous.

@@ fr | regulatory | - | Jacques Benoît <jacques.benoit@benoit.example> | CNIL paraphrased
Subject: Mes données personnelles
Je vous ai demandé deux fois la suppression de mes données, sans réponse. J'ai donc saisi la Commission nationale de l'informatique et des libertés.

@@ fr | security_incident | - | Amélie Roche <amelie.roche@roche.example> | hameçonnage depuis la société
Subject: mail suspect à votre nom
J'ai reçu un mail avec votre logo me demandant de « confirmer ma carte bancaire » pour continuer le leasing de mon vélo de fonction. L'adresse de l'expéditeur ressemble à la vôtre. Plusieurs collègues l'ont reçu aussi et l'un d'eux a saisi ses coordonnées. Vos fichiers clients ont fuité ?

@@ fr | technical_issue | - | Luc Fabre <luc.fabre@fabre-drone.example> | bug simple
Subject: bug facture
Quand je génère une facture pour un client à l'étranger, la TVA s'affiche deux fois et le total est faux. Capture jointe.

@@ fr | media_threat severe_dissatisfaction | - | Inès Haddad <ines.haddad@mail.example> | réseaux sociaux
Subject: réparation ratée
Téléphone rendu avec l'écran qui se décolle et le micro qui ne marche plus. Scandaleux. Je vais raconter tout ça sur TikTok et sur Google Avis, vous allez voir.

@@ fr | safety | - | Paul Girard <paul.girard@girard.example> | danger lampe
Subject: lampe solaire qui a pris feu
Une des lampes solaires distribuées par votre association dans notre village a pris feu pendant la nuit sur un rebord de fenêtre. Heureusement la famille était réveillée. Il faut prévenir tout le monde.

@@ fr | corporate_contact_request executive_contact | - | Marc Olivier <marc.olivier@olivier.example> | adresse PDG
Subject: Coordonnées de la direction
Pouvez-vous me communiquer l'adresse mail de votre directeur général ? Je compte lui écrire directement.

@@ fr | repeat_contact | - | Chantal Mercier <chantal.mercier@mercier.example> | troisième fois
Subject: Encore moi
C'est la troisième fois que je vous écris pour le même uniforme manquant. Merci de me répondre cette fois.

@@ fr | broken_promise billing_dispute | - | Hélène Vidal <helene.vidal@vidal.example> | remboursement promis
Subject: remboursement toujours pas reçu
Le 2 juin, votre service m'a confirmé par écrit le remboursement des 85 € prélevés en trop pour la visite annulée. Un mois après, rien.

@@ fr | discrimination_harassment | - | Karim Benali <karim.benali@benali.example> | discrimination raciale
Subject: accueil au kiosque de réparation
Au kiosque de la gare, le vendeur a refusé de prendre mon téléphone en disant qu'« avec les gens comme vous, on a toujours des problèmes », après avoir regardé mon nom sur la pièce d'identité. Je trouve ça discriminatoire et je veux une réponse.

@@ fr | high_value_order technical_issue | - | Delphine Carré <delphine.carre@carre-escape.example> | grosse commande bloquée
Subject: Commande 5521 – 12 400 €
Notre commande de fournitures pour la franchise (12 400 € HT) reste bloquée sur « en traitement » et le bouton de paiement renvoie une erreur. L'ouverture est dans dix jours.

@@ fr | feature_request | - | Aurélie Noël <aurelie.noel@noel-autoecole.example> | amélioration
Subject: suggestion pour la plateforme
Ce serait vraiment pratique si les élèves pouvaient télécharger les séries de questions pour s'entraîner hors ligne dans le train. Beaucoup me le demandent.

@@ fr | executive_contact | - | Roger Lambert <roger.lambert@lambert.example> | conseil d'administration
Subject: Pianos
Je vous informe que j'ai adressé ce même courrier à votre conseil d'administration.

@@ fr | cancellation_threat outage technical_issue | - | Julien Morel <julien.morel@morel-velos.example> | panne + départ
Subject: portail employeur inaccessible
Le portail employeur est injoignable depuis lundi, impossible de valider les demandes de vélos de nos salariés. Si ce n'est pas réglé d'ici vendredi, on résilie le contrat.

@@ fr | regulatory billing_dispute | - | Sylvie Caron <sylvie.caron@caron.example> | DGCCRF
Subject: facturation abusive
Vous continuez à me facturer 12,99 € par mois alors que j'ai résilié en janvier. J'ai déposé un signalement auprès de la répression des fraudes.

@@ fr | severe_dissatisfaction repeat_contact | - | Patrice Lemoine <patrice.lemoine@lemoine.example> | ironie
Subject: bravo encore
Quatrième mail, toujours aucune réponse. Franchement bravo, c'est le pire service client que j'aie jamais connu.

@@ es | outage technical_issue | - | Alejandro Ruiz <alejandro.ruiz@ruiz-neumaticos.example> | caída paraphrase
Subject: no funciona nada
Buenos días, desde las 8 no podemos entrar al sistema de citas, sale "servicio no disponible" en todos los ordenadores de los cuatro talleres. Tenemos la agenda llena. ¿Qué pasa?

@@ es | legal_threat | - | Carmen Ortega <carmen.ortega@ortega.example> | abogado paraphrase
Subject: Reclamación cata de vinos
Si no recibo el reembolso del tour cancelado antes del día 20, pondré el asunto en manos de mi abogada.

@@ es | cancellation_threat severe_dissatisfaction | - | Javier Molina <javier.molina@mail.example> | darse de baja paraphrased
Subject: ya está bien
Estoy hartísimo. Tercer mes que la caja de quesos llega tarde y caliente. Me voy a la competencia, esto es una vergüenza.

@@ es | billing_dispute | - | Lucía Navarro <lucia.navarro@navarro.example> | cobro doble
Subject: Cobro duplicado
Me han cobrado dos veces la cuota de marzo del alquiler de la bici, 38 € cada una. Por favor devuélvanme una.

@@ es | manager_request | - | Rosa Delgado <rosa.delgado@delgado.example> | superior paraphrase
Subject: quiero hablar con alguien responsable
Por favor, que me llame alguien con capacidad de decisión, no otra vez un agente que no puede hacer nada. Mi teléfono es 555 0143.

@@ es | data_loss technical_issue | - | Pablo Serrano <pablo.serrano@serrano-drones.example> | archivos borrados
Subject: Han desaparecido mis vídeos
Todos los vídeos aéreos que subí la semana pasada para el cliente de la boda ya no aparecen en la galería. No los borré yo. Eran la única copia online.

@@ es | security_incident | - | Elena Gil <elena.gil@gil.example> | acceso no autorizado
Subject: Alguien ha entrado en mi cuenta
Me ha llegado un aviso de inicio de sesión desde un dispositivo que no es mío y han cambiado la dirección de envío de mi suscripción. Yo no he sido.

@@ es | regulatory | - | Miguel Herrera <miguel.herrera@herrera.example> | AEPD
Subject: protección de datos
Les informo de que he presentado una reclamación ante la Agencia Española de Protección de Datos por enviarme publicidad después de haberme dado de baja.

@@ es | safety | - | Ana Castillo <ana.castillo@castillo.example> | quemadura
Subject: la pulsera quema
La pulsera de actividad de mi marido se calentó tanto mientras dormía que le dejó una pequeña quemadura en la muñeca. Ya no la usa.

@@ es | media_threat | - | Sergio Vidal <sergio.vidal@diariocostero.example> | periodista
Subject: Consulta de prensa
Buenas tardes, soy periodista del Diario Costero. Estamos preparando un reportaje sobre las mudanzas de pianos en la provincia y nos gustaría conocer su versión sobre varias quejas de clientes. ¿Podrían atenderme antes del jueves?

@@ es | repeat_contact broken_promise | - | Marta Iglesias <marta.iglesias@iglesias.example> | tercer correo
Subject: RE: uniforme talla 10
Es el tercer correo que les envío. Me dijeron que el cambio de talla llegaría en una semana y ya han pasado tres.

@@ es | executive_contact | - | Fernando Ramos <fernando.ramos@ramos.example> | consejero delegado
Subject: Copia al consejero delegado
He puesto en copia a su consejero delegado para que sepa cómo tratan a los clientes.

@@ es | corporate_contact_request | - | Isabel Prieto <isabel.prieto@prieto.example> | sede central
Subject: dirección de la sede
¿Me pueden dar la dirección postal de su sede central y un teléfono de la oficina corporativa? No el de atención al cliente.

@@ es | technical_issue | - | Raúl Cano <raul.cano@cano-kioscos.example> | error simple
Subject: error al imprimir tickets
Desde la última actualización la impresora de tickets del quiosco imprime caracteres raros en vez del precio.

@@ es | high_value_order broken_promise | - | Beatriz León <beatriz.leon@leon-hoteles.example> | pedido grande
Subject: Pedido 9910 (18.500 €) sin entregar
El comercial nos aseguró que el pedido de kits para nuestras tres salas de escape (18.500 €) llegaría el lunes. Hoy es viernes y no hay ni número de seguimiento.

@@ es | discrimination_harassment severe_dissatisfaction | - | Lorena Vega <lorena.vega@vega.example> | acoso
Subject: trato del repartidor
El empleado que vino a recoger el piano me insultó y me amenazó cuando le pedí que tuviera cuidado con el suelo. Me dijo que "se acordaba de mi dirección". Estoy indignadísima y asustada, es intolerable.

@@ es | feature_request | - | Diego Fuentes <diego.fuentes@fuentes-autoescuela.example> | petición mejora
Subject: propuesta
Estaría genial que la plataforma de test teórico tuviera modo oscuro, muchos alumnos estudian por la noche.

@@ es | severe_dissatisfaction billing_dispute | - | Pilar Soto <pilar.soto@soto.example> | cargo erróneo + enfado
Subject: ESTO ES UN ROBO
ME HAN COBRADO 120 € POR UNA VISITA DE CONTROL DE PLAGAS QUE NUNCA HICIERON. ES UNA AUTÉNTICA VERGÜENZA. DEVUELVAN EL DINERO YA.

@@ es | cancellation_threat technical_issue | - | Tomás Aguilar <tomas.aguilar@aguilar.example> | app rota + baja
Subject: la app no sincroniza
La app no sincroniza con la pulsera desde hace dos semanas. Si no lo arreglan este mes, me doy de baja.

@@ es | legal_threat regulatory | - | Victoria Romero <victoria.romero@romero.example> | demanda + consumo
Subject: Reclamación formal
He presentado hoja de reclamaciones ante la oficina de consumo y, si no resuelven, iniciaré acciones judiciales por los daños a mi furgoneta en el cambio de neumáticos.

@@ es | outage technical_issue severe_dissatisfaction | - | Andrés Peña <andres.pena@pena-rutas.example> | third outage, not third contact
Subject: otra vez caído
La web de reservas de las visitas a la bodega lleva todo el día caída, error 503. Es la tercera vez este mes. Estoy furioso, de verdad.

@@ es | executive_contact corporate_contact_request | - | Nuria Campos <nuria.campos@campos.example> | email del director
Subject: correo del director general
Necesito el correo electrónico de su director general para escribirle personalmente sobre mi caso.
''']
TEXTS.append(r'''
@@ de | discrimination_harassment manager_request | - | Gertrud Bauer <gertrud.bauer@bauer.example> | Altersdiskriminierung
Subject: Behandlung am Telefon
Ihre Mitarbeiterin hat mir am Telefon gesagt, ich solle "das lieber meinen Enkel machen lassen, in meinem Alter versteht man die App ja nicht". Ich bin 78 und habe das Fitnessabo seit Jahren. Ich möchte, dass ihre Vorgesetzte mich zurückruft.

@@ fr | cancellation_threat data_loss technical_issue | - | Solène Bardin <solene.bardin@bardin-fromages.example> | données perdues
Subject: historique des commandes envolé
Tout l'historique de commandes de nos abonnés a été effacé après la mise à jour d'hier : plus rien avant le mois de mai. Si vous ne récupérez pas ces données, nous changerons de prestataire à la fin du trimestre.

@@ es | discrimination_harassment media_threat | - | Yolanda Ferrer <yolanda.ferrer@ferrer.example> | discriminación + redes
Subject: lo que pasó en el quiosco
El técnico del quiosco se negó a atender a mi hijo, que tiene síndrome de Down, y le dijo que esperara fuera "para no molestar". Lo he grabado y si no recibo una disculpa lo publico en mis redes.

@@ es | corporate_contact_request data_loss technical_issue | - | Gonzalo Reyes <gonzalo.reyes@reyes-casas.example> | datos perdidos + sede
Subject: se han borrado las fichas de las casas
Las fichas de nuestras seis casas rurales (fotos, descripciones, precios) han desaparecido del panel sin que nadie las tocara. Quiero la dirección de su oficina central y el nombre del responsable legal de la empresa para enviar una reclamación por escrito.
''')
