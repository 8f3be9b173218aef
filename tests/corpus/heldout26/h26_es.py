"""heldout26 - Spanish customer mail (positives and hard negatives).

Every block below is one hand-written message.
"""
MESSAGES = []


def m(frm, subj, body, trig="-", trap="-", note="-", **kw):
    MESSAGES.append(dict(frm=frm, subj=subj, body=body, trig=trig, trap=trap, note=note, **kw))


# ---------------------------------------------------------------- positives

m("Vicente Alarcón <vicente.alarcon@bloquevalencia.example>", "Muro de bloque – sala nueva Benimaclet",
"""
Hola, buenas tardes:

Os escribo con calma porque llevo semanas dándole vueltas y prefiero dejarlo todo por escrito.

Como sabéis, abrimos la sala nueva en Benimaclet en junio con vuestro muro de bloque (contrato BV-24-112, 72.400 € más IVA). La inauguración fue un éxito, salimos en la prensa local y la gente está encantada con las formas de los desplomes. En eso, chapó.

El problema es que desde agosto se nos están girando presas en la zona del cueva, y no por mal apriete: el tuerquero (los T-nuts) de al menos tres paneles está saltando de la madera. Vuestro técnico vino en septiembre, apretó unas cuantas y se fue. Ahora tenemos 14 puntos marcados con cinta y un sector entero cerrado, que es justo el de niños.

Hemos pagado todo salvo el último 10 %. Os pido que vengáis a revisar los paneles y a cambiar los que haga falta antes del 15 de noviembre. Si no, no me va a quedar más remedio que llevar esto a los tribunales, y créeme que no es lo que quiero después de todo lo que hemos trabajado juntos.

Un abrazo igualmente,
Vicente Alarcón
Gerente, Bloque Valencia
""", "high_value_order,legal_threat,safety,technical_issue", trap="job_title",
note="climbing walls; long, friendly; buried conditional court threat; T-nuts failing in kids' sector")

m("Ximena Gutiérrez <ximena.gutierrez@correo.example>", "Ya van cuatro correos",
"""
Buenas, ya van cuatro correos y nadie me contesta. Me siguen cobrando la suscripción de vinilos (24,90 € en agosto, septiembre y octubre) aunque la cancelé en julio, tengo el comprobante. Quiero que me devuelvan los 74,70 €.
""", "billing_dispute,repeat_contact", note="vinyl subscription; Latin American voice; charged after cancelling; fourth mail")

m("Rubén Soler <ruben.soler@correo.example>", "Mis resultados los ha recibido mi jefe",
"""
Hola,

Hoy mi jefe me ha reenviado un correo vuestro con mis resultados de intolerancias alimentarias en PDF. Lo habéis mandado a mi correo del trabajo, que yo nunca os di (en el formulario puse el personal). Ahora en la oficina saben lo que no puedo comer y, peor, el informe lleva mi historial de medicación.

Quiero saber cómo ha pasado y quién más lo ha recibido. Si no tengo una explicación esta semana, pongo una reclamación en la AEPD.

Rubén
""", "regulatory,security_incident", note="allergy lab; results sent to wrong address; conditional AEPD complaint")

m("Gloria Fernández <gloria.fernandez@correo.example>", "Árbol lleno de bichos",
"""
Hola:

El abeto que nos trajeron el viernes venía lleno de pulgones y arañas. El domingo los teníamos por las cortinas, el sofá y la cuna del bebé. Hemos tenido que sacar el árbol al patio y fumigar.

Me parece asqueroso y es de lo peor que me ha pasado comprando por internet. Quiero que lo recojan y me devuelvan el dinero. Y si no, lo subo a TikTok con todos los vídeos, que los tengo.

Gloria
""", "media_threat,severe_dissatisfaction", note="christmas-tree; infested tree; 'asqueroso'; TikTok threat")

m("Martín Acosta <martin.acosta@correo.example>", "se perdieron los datos del sensor",
"""
Hola, qué tal. Les cuento: actualicé la app del kit de acuaponía y se borró todo el registro del sensor de pH y temperatura de los últimos ocho meses. Lo usaba para mi tesina de la facultad. ¿Hay forma de recuperarlo? Gracias de antemano.

Martín
""", "data_loss,technical_issue", note="aquaponics; Rioplatense voice; sensor history deleted by update")

m("Nerea Etxeberria <nerea.etxeberria@correo.example>", "La lancha no estaba para Semana Santa",
"""
Kaixo,

Os dejé la lancha en febrero para cambiar la bomba de agua y revisar el motor, y Jon me aseguró que estaría lista "sin falta" para Semana Santa. Fuimos el Jueves Santo con toda la familia y ni siquiera la habían sacado del hangar.

Ayer le escribí por WhatsApp al dueño del taller, Iñaki, contándoselo todo. Me ha dejado en visto.

Nerea
""", "broken_promise,executive_contact", note="boat-engine; messaged the workshop owner directly")

m("Daniel Ibáñez <daniel.ibanez@correo.example>", "Comentarios del guía en la visita",
"""
Buenas tardes:

El sábado fuimos mi marido y yo a la visita con cata de sidra. Durante la visita el guía hizo varios comentarios sobre "los maricones que vienen ahora a las sidrerías" y luego, cuando nos vio de la mano, dijo delante del grupo que "a nosotros la sidra dulce, que es más de chicas".

Nos fuimos a mitad de la visita. No pedimos el dinero, pedimos que alguien haga algo con esa persona.

Daniel Ibáñez
""", "discrimination_harassment", note="cider tours; homophobic remarks by guide")

m("Producciones Farándula <info@farandula-prod.example>", "Web de reservas de material",
"""
Hola,

Lleváis toda la mañana con la web de reservas caída ("Service Unavailable"), y el teléfono comunica. Somos tres compañías intentando reservar equipo para el fin de semana y nadie puede entrar. ¿Sabéis cuándo vuelve?

Saludos,
Ana (Producciones Farándula)
""", "outage,technical_issue", note="theatre-lighting hire; booking site down")

m("Taller de Letras Aurora <aurora@tallerdeletras.example>", "No podemos entrar en la tienda",
"""
Buenos días,

Desde las 9 ninguno de los alumnos de mi taller puede iniciar sesión en vuestra tienda para hacer el pedido conjunto de plumillas: a todos les sale una página en blanco con "Error 500". Lo he probado yo desde dos ordenadores y el móvil.

Aurora Sáez
""", "outage,technical_issue", note="calligraphy webshop; nobody can log in")

m("Josefina Arias <josefina.arias@correo.example>", "Me han cobrado 50 € en vez de 5 €",
"""
Hola, buenas:

Soy socia colaboradora de la asociación desde hace años, con una cuota de 5 € al mes. Este mes el banco me ha pasado un recibo de 50 €. Soy pensionista y eso me descuadra el mes entero.

Les pido que me devuelvan los 45 € y me gustaría hablar con alguien de la dirección, porque en el teléfono me han dicho que "ya se verá".

Josefina Arias
""", "billing_dispute,manager_request", note="hearing-dog charity; donation debited 10x; asks management")

m("Guillermo Pardo <guillermo.pardo@correo.example>", "Termostato – cuarta vez",
"""
Buenas,

Es la cuarta vez que escribo por lo mismo. Desde la actualización del 3 de febrero el termostato ha borrado todas las programaciones (tenía seis, una por cada día laborable más el fin de semana) y el historial de consumo de dos años. Cada vez que las vuelvo a meter, a los dos días desaparecen otra vez.

Guillermo
""", "data_loss,repeat_contact,technical_issue", note="smart thermostat; fourth time; schedules keep vanishing")

m("Lorena Quintana <lorena.quintana@correo.example>", "Idea para el resolado",
"""
Hola chicos, una sugerencia: ¿podríais poner un seguimiento online del estado del resolado (recibido, en taller, enviado)? Así no os tengo que escribir para preguntar jaja. Gracias!
""", "feature_request", note="bouldering resole; tracking page idea")

m("Óliver Durán <oliver.duran@correo.example>", "Elegir género en la suscripción",
"""
Hola,

Llevo un año en el club y me encanta, pero me gustaría poder marcar los géneros que NO quiero (a mí el free jazz no me entra) o saltarme un mes cuando el disco no me interesa. ¿Podéis añadir esa opción en el perfil? Seguro que no soy el único.

Óliver
""", "feature_request", note="vinyl subscription; genre filter request")

m("Candela Vera <candela.vera@correo.example>", "Bizum",
"""
¿Podríais añadir Bizum como forma de pago en la app de paseos? Con tarjeta me da pereza y mis padres (que también la usan para su perro) no tienen tarjeta de crédito.
""", "feature_request", note="dog-walking app; payment method request")

m("Mateo Rivas <mateo.rivas@onda-radio.example>", "Consulta de prensa – baterías de kits de conversión",
"""
Buenos días:

Soy redactor del programa de consumo de Onda Radio. Estamos preparando una pieza sobre incidentes con baterías de kits de conversión a bicicleta eléctrica y varios oyentes mencionan su marca.

¿Podrían indicarnos si ha habido alguna retirada de producto y facilitarnos una declaración antes del miércoles?

Mateo Rivas
""", "media_threat", note="e-bike kit; journalist inquiry; battery incidents are hearsay (no safety)")

m("Lucía Heredia <lucia.heredia@correo.example>", "Lo que pasó en la entrada del camping",
"""
Buenas,

El sábado llegamos al camping con nuestra caravana, somos socios desde 2021. El vigilante de la barrera nos pidió el carné de socio solo a nosotros, aunque los coches de delante entraron sin parar, y cuando mi marido preguntó por qué, dijo "porque a los gitanos hay que vigilarlos". Lo oyeron mis hijos.

No quiero que vuelva a pasar, ni a nosotros ni a nadie. Espero que me digan qué van a hacer.

Lucía Heredia
""", "discrimination_harassment", note="caravan park; anti-Roma remark by guard")

m("Alfonso Peral <alfonso.peral@correo.example>", "Han entrado en mi cuenta de la app",
"""
Hola,

Alguien ha cambiado la dirección de mi cuenta de la app de paseos y ha reservado tres paseos a nombre de mi perra para recogerla en otra calle. Yo no he sido. En las notas de la cuenta está el código de la caja de llaves de mi portal.

Ya he cambiado el código, pero bloqueen la cuenta y díganme qué ha pasado.

Alfonso
""", "security_incident", note="dog-walking app; account takeover, key-box code exposed")

m("Inmaculada Torres <inma.torres@eventos-torres.example>", "Evento de empresa en la sidrería – 7.400 €",
"""
Buenas tardes:

El jueves llevamos a 60 empleados de un cliente a su sidrería (evento EV-25-0419, 7.400 €, pagado). El autobús que ustedes contrataron se averió a mitad de camino. Nos dijeron por teléfono que mandaban otro "en 20 minutos". Esperamos hora y media en el arcén y al final la mitad del grupo se volvió a la oficina en taxis.

Necesito que me propongan una solución económica esta semana; mi cliente me la pide a mí.

Inmaculada Torres
""", "broken_promise,high_value_order", note="cider tours; >5k event; replacement bus promised")

m("Begoña Salas <begona.salas@correo.example>", "Seis semanas para unos resultados",
"""
Hola,

Hice el test de alergia respiratoria el 2 de septiembre. En la web pone "resultados en 10 días" y por teléfono me lo confirmaron. Hoy, seis semanas después, sigo sin nada y el alergólogo me ha tenido que aplazar la consulta.

La próxima vez me voy a otro laboratorio, y se lo voy a recomendar a todo el que me pregunte.

Begoña
""", "broken_promise,cancellation_threat", note="allergy lab; advertised turnaround; will switch labs")

m("Esteban Molina <esteban.molina@correo.example>", "Departamento jurídico",
"""
Buenas tardes:

¿Me pueden facilitar la dirección de correo de su departamento jurídico? Me han cobrado 340 € por una "visita de diagnóstico" del instalador de termostatos que en el presupuesto aparecía como gratuita, y quiero que lo revise alguien con capacidad para anularlo.

Esteban Molina
""", "billing_dispute,corporate_contact_request,manager_request", note="smart thermostat; asks legal department contact; wrong charge; someone with authority to cancel it")

m("Gabriela Núñez <gabriela.nunez@correo.example>", "He escrito al presidente",
"""
Hola,

Para que conste: ya he escrito tres veces a soporte por el controlador del kit (se apaga cada vez que paso de 20 km/h) y no me ha contestado nadie. Así que esta mañana le he mandado un correo al presidente de la empresa explicándole la situación. A ver si así.

Gabriela
""", "executive_contact,repeat_contact,technical_issue", note="e-bike kit; wrote to the company president; three earlier mails")

m("Ramiro Bustos <ramiro.bustos@correo.example>", "Fw: Undelivered Mail Returned to Sender",
"""
Esto es lo que me devuelve vuestra dirección de reclamaciones. Es la tercera vez que lo intento. El termostato sigue reiniciándose solo cada noche y la calefacción se queda apagada hasta que lo desenchufo.

¿Alguien lee este buzón?

---------- Forwarded message ---------
From: Mail Delivery System <MAILER-DAEMON@mx1.warmstat.example>
Subject: Undelivered Mail Returned to Sender

This is the mail system at host mx1.warmstat.example.
<reclamaciones@warmstat.example>: host mx1.warmstat.example said:
    550 5.1.1 User unknown
""", "repeat_contact,technical_issue", trap="looks_automated",
note="smart thermostat; customer pastes a bounce and complains on top; forwarded subject not counted")

m("Leonor Campos <leonor.campos@correo.example>", "Enviado desde mi móvil – cargo repetido",
"""
Enviado desde mi móvil. Disculpen la brevedad, estoy de viaje.

Me han cobrado dos veces la cuota anual del camping (2 x 610 €, el 2 y el 3 de enero). Ya lo reclamé por teléfono y me dijeron que se corregiría solo. No se ha corregido. Mi abogado tiene copia de los extractos y si no veo la devolución esta semana presentará la reclamación.

Leonor Campos
""", "billing_dispute,broken_promise,legal_threat", trap="looks_automated",
note="caravan park; opens like a mobile auto-signature; double annual fee; lawyer")

m("Cristóbal Fuentes <cristobal.fuentes@correo.example>", "una porquería",
"""
Una porquería de servicio, de verdad. Tres semanas esperando unas plumillas que "salían en 24 horas", mando un correo y me contestan con un copia-pega. No pienso volver a compraros nada, me voy a la tienda de Santiago, que por lo menos contestan.
""", "broken_promise,cancellation_threat,severe_dissatisfaction", note="calligraphy webshop; Chilean voice; strong wording, switching shop")

m("Agustín Maldonado <agustin.maldonado@correo.example>", "Factura del taller – 2.100 € en vez de 1.400 €",
"""
Buenas tardes:

Me presupuestaron 1.400 € por la revisión completa del fueraborda y me han facturado 2.100 €, con 8 horas de "mano de obra adicional" que nadie me consultó. El presupuesto decía que me llamarían antes de pasarse.

Mi cuñado, que es abogado, está leyendo este correo conmigo. Espero una factura corregida.

Agustín Maldonado
""", "billing_dispute,legal_threat", note="boat-engine; overcharged; brother-in-law lawyer reading along")

m("Noelia Reina <noelia.reina@correo.example>", "Comportamiento de vuestro técnico en el montaje",
"""
Hola,

Soy técnica de iluminación y el martes estuve en el montaje del teatro con el material que os alquilamos. Vuestro técnico de entrega se pasó la mañana haciéndome comentarios sobre mi cuerpo, me preguntó dos veces si tenía novio y, cuando le dije que parara, me dijo que "las chicas en los andamios están para mirarlas". Mis compañeros lo oyeron.

No quiero volver a coincidir con él. Os pido que toméis medidas y que me digáis cuáles.

Noelia Reina
""", "discrimination_harassment", note="theatre-lighting hire; sexual harassment by delivery technician")

m("Francisca Olmedo <francisca.olmedo@correo.example>", "Un perro mordió a mi nieto",
"""
Buenas:

Ayer por la tarde, en el parque de la Alameda, uno de vuestros paseadores llevaba ocho perros a la vez y todos sueltos. Uno de ellos, un pastor alemán, mordió a mi nieto de 6 años en el brazo. Le dieron tres puntos en urgencias. El paseador se fue sin dar ni su nombre; en el chaleco llevaba vuestro logo.

Quiero hablar con un responsable, no con el servicio de atención al cliente.

Francisca Olmedo
""", "manager_request,safety", note="dog-walking; child bitten by a dog walked by staff")

# ---------------------------------------------------------------- negatives

m("Marisol Benavente <marisol.benavente@hoteles-costa.example>", "Pedido de árboles para los hoteles",
"""
Buenos días:

Soy la jefa de compras de Hoteles Costa y querríamos encargar 14 abetos de 2,5 m para los vestíbulos de nuestros hoteles, con entrega el 1 de diciembre y recogida el 8 de enero. ¿Nos pueden enviar presupuesto?

Saludos,
Marisol Benavente
Jefa de Compras
""", trap="job_title", note="christmas-tree; 'jefa de compras' ordering")

m("Carlos Zamora <carlos.zamora@correo.example>", "Re: Su lancha está lista",
"""
Perfecto, paso el jueves por la tarde a recogerla. ¡Gracias!

El lun, 12 may 2025 a las 9:15, Taller Náutico Ría <support@example.test> escribió:
> Hola Carlos, le confirmamos que la lancha ya está lista.
>
> El 2 may 2025, Carlos Zamora escribió:
>> Ya es la tercera vez que llamo y escribo. Como no la tengáis el viernes os
>> pongo una demanda y que os lo explique el juez. Una vergüenza.
""", trap="quoted_reply_threat", note="boat-engine; nested quote with threats; now thanks")

m("Sara Muñoz <sara.munoz@correo.example>", "RV: Queja alquiler focos marzo",
"""
Hola,

Como me pidió vuestra compañera Sara, os reenvío el correo que os mandé en marzo para que quede en el expediente. Ya está todo solucionado, gracias.

-----Mensaje original-----
De: Sara Muñoz <sara.munoz@correo.example>
Enviado el: martes, 11 de marzo de 2025 18:20
Para: Soporte <support@example.test>
Asunto: Queja alquiler focos marzo

Los focos llegaron rotos, el técnico fue un maleducado y quiero hablar con un supervisor ya.
""", trap="forwarded_complaint", note="theatre-lighting; forwards own old complaint, now settled")

m("Iker Goñi <iker.goni@correo.example>", "Programa de recompensas por vulnerabilidades",
"""
Hola,

Trabajo en ciberseguridad y me gustaría saber si tenéis un programa de bug bounty o una política de divulgación responsable para la app de termostatos. No he encontrado ningún fallo ni he probado nada todavía; prefiero preguntar antes.

Gracias,
Iker
""", trap="bug_bounty_question", note="smart thermostat; researcher asks about bounty, no incident")

m("Elvira Santamaría <elvira.santamaria@la-gaceta-norte.example>", "Pedido kit acuaponía – a título personal",
"""
Hola,

Quiero pedir el kit de acuaponía de 60 litros para mi sobrino, que lo quiere para un trabajo del instituto. Aunque escribo desde el correo del periódico, es un pedido totalmente personal, ¡no estoy haciendo ningún reportaje!

¿Llegaría antes del día 20 a Oviedo?

Elvira
""", trap="journalist_private_order", note="aquaponics; journalist ordering privately")

m("Fermín Ochoa <fermin.ochoa@correo.example>", "Anular cita del taller",
"""
Buenas, tengo cita el lunes 9 a las 8:30 para el cambio de aceite del fueraborda. ¿Me la podéis anular? Me ha surgido un viaje. Ya os llamo para buscar otro día. Gracias.
""", trap="cancel_single_appointment", note="boat-engine; cancels one appointment")

m("Ángela Prado <angela.prado@correo.example>", "Pregunta sobre la garantía",
"""
Hola, antes de comprar el kit: si la batería se sobrecalentara alguna vez, ¿eso lo cubre la garantía? ¿Y el cargador? Gracias.
""", trap="hypothetical", note="e-bike kit; hypothetical overheating")

m("Jaime Lorente <jaime.lorente@correo.example>", "Cinco estrellas",
"""
Os acabo de dejar cinco estrellas en Google. El muro que nos montasteis en el garaje es una pasada y mis hijos no se bajan de él. ¡Gracias!
""", trap="praise_review", note="climbing walls; praise with review mention")

m("Rebeca Ferrer <rebeca.ferrer@correo.example>", "Depósito de 5.000 €",
"""
Hola:

Os confirmo que hemos hecho la transferencia del depósito de 5.000,00 € para el alquiler de la gira de otoño. ¿Me podéis mandar el justificante con el número de pedido? Lo necesita nuestra gestoría.

Rebeca
""", trap="exactly_5000", note="theatre-lighting; exactly 5,000 deposit, receipt request")

m("Samuel Ortega <samuel.ortega@correo.example>", "Todo arreglado",
"""
Hola, solo para deciros que ya me ha llegado la devolución del cargo repetido. Todo arreglado, gracias por la gestión.
""", trap="settled_issue", note="vinyl subscription; settled")

m("Virginia Cortés <virginia.cortes@correo.example>", "¿Se puede exportar?",
"""
Buenas, ¿se puede exportar el historial de paseos a PDF o Excel? Lo necesito para el seguro de la perra.
""", trap="feature_exists_question", note="dog-walking app; asks whether export exists")

m("Tomás Herrera <tomas.herrera@correo.example>", "Consulta sobre el kit",
"""
Este mensaje se ha enviado desde un dispositivo móvil.

Hola, ¿el kit de acuaponía de 120 litros incluye el calentador o va aparte? Gracias.
""", trap="looks_automated", note="aquaponics; mobile auto-signature, simple question")

m("Amparo Gil <amparo.gil@correo.example>", "Cláusula de renovación",
"""
Hola,

No es una reclamación ni voy a denunciar a nadie, tranquilos :) Solo quiero entender la cláusula 8 del contrato del camping: ¿la cuota se renueva sola cada año si no aviso? ¿Con cuánta antelación tengo que avisar?

Amparo
""", trap="negation", note="caravan park; negated legal mention, policy question")

m("Ayuntamiento de Villaverde – Movilidad <movilidad@villaverde-ayto.example>", "Licitación kits de conversión",
"""
Buenos días:

El Ayuntamiento de Villaverde va a licitar la conversión de 120 bicicletas municipales a eléctricas, con un presupuesto base de 96.000 €. Les invitamos a presentar oferta antes del 30 de junio. Adjuntamos el pliego en la plataforma de contratación.

Un saludo,
Servicio de Movilidad
""", trap="large_amount_no_problem", note="e-bike kits; public tender, large amount")

m("Notaría Beltrán <administracion@notaria-beltran.example>", "Pedido de árbol para la notaría",
"""
Buenos días:

Quisiéramos encargar un abeto Nordmann de 2 metros con soporte para la sala de espera de la notaría, entrega la semana del 1 de diciembre, en horario de 9 a 14. Factura a nombre de la notaría, por favor.

Atentamente,
Pilar Ureña
Oficial de notaría

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario. Si usted no es el destinatario, le comunicamos que cualquier uso, difusión o copia está prohibido y podrá dar lugar a las acciones legales oportunas.
""", trap="legal_disclaimer_signature", note="christmas-tree; notary office orders normally; disclaimer mentions 'acciones legales'")
