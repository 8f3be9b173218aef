# Spanish customer mail, positives and hard negatives.
# Every block is one hand-written message. Labels follow docs/triggers.md.
MESSAGES = []


def m(triggers, trap, note, frm, subject, body, **kw):
    t = ",".join(sorted(set(x.strip() for x in triggers.split(",") if x.strip()))) or "-"
    MESSAGES.append(dict(triggers=t, trap=trap, note=note, frm=frm, subject=subject, body=body, **kw))


# ---------------------------------------------------------------- positives

m("cancellation_threat,media_threat,severe_dissatisfaction", "-", "baja + reseña; papillas ecológicas",
  "Marta Gutiérrez <marta.gutierrez@gutierrez-familia.example>", "Pedido de papillas: una vergüenza",
  """Hola,

Es una vergüenza. El pedido llegó con cuatro tarros abiertos y otros dos caducados desde hace una semana. Para comida de bebés. No me lo puedo creer.

Me doy de baja este mismo mes y pienso dejar una reseña en Google contando exactamente lo que pasó, para que otras madres lo sepan.

Marta Gutiérrez""")

m("billing_dispute,legal_threat", "-", "fianza del remolque, abogado",
  "Javier Ortega <javier.ortega@ortega-hipica.example>", "Fianza remolque caballos – reserva 7731",
  """Buenos días,

Devolví el remolque para dos caballos el 6 de mayo en perfecto estado, tal como consta en el parte firmado por su empleado. Aun así me han cobrado 300 € de la fianza por una supuesta rueda dañada.

He hablado con mi abogado y, si no recibo la devolución íntegra antes de fin de mes, presentaremos una demanda.

Un saludo,
Javier Ortega""")

m("broken_promise,manager_request,technical_issue", "-", "técnico prometido no vino; pide supervisor",
  "Rosa Delgado <rosa.delgado@delgado-casa.example>", "Salvaescaleras de mi padre",
  """Buenas tardes:

El lunes me aseguraron por teléfono que el técnico vendría el miércoles a reparar la silla salvaescaleras de mi padre. No vino nadie ni llamaron. Mi padre tiene 91 años y está durmiendo en el sofá.

Quiero hablar con un supervisor, por favor. Mi teléfono es el 91 555 01 47.

Rosa Delgado""")

m("corporate_contact_request", "-", "dirección de la sede y teléfono corporativo",
  "Andrés Molina <andres.molina@molina-asesores.example>", "Datos de contacto de la sede central",
  """Buenos días,

¿Podrían facilitarme la dirección postal de su sede central y un teléfono de la oficina corporativa (no el de atención al cliente)? Necesito enviar un burofax relacionado con el contrato de la casa pequeña.

Saludos,
Andrés Molina""")

m("security_incident", "-", "cuenta de recargas de botellas hackeada",
  "Pablo Herrera <pablo.herrera@herrera-buceo.example>", "Alguien ha usado mi cuenta de recargas",
  """Hola,

En mi cuenta de la estación de recarga aparecen seis recargas de botellas en Cartagena este fin de semana. Yo estaba en Madrid. Además alguien ha cambiado mi correo y la contraseña; he podido entrar solo con el código del móvil.

Alguien se ha metido en mi cuenta. ¿Pueden revisar desde dónde se conectaron?

Pablo Herrera""")

m("data_loss,technical_issue", "-", "radio comunitaria: programas borrados",
  "Lucía Navarro <lucia@radio-barrio.example>", "Se han borrado nuestros podcasts",
  """Hola equipo,

Desde anoche han desaparecido todos los podcasts que teníamos subidos en la plataforma, más de 200 programas. El panel dice «0 episodios». Nadie de nuestro equipo los ha borrado.

¿Hay copia de seguridad? Es el trabajo de cinco años de voluntarios.

Lucía Navarro
Radio Barrio""")

m("outage,technical_issue", "-", "registro de microchips caído para todas las clínicas",
  "Dr. Ernesto Salas <ernesto.salas@veterinaria-salas.example>", "El registro no funciona",
  """Buenos días:

Desde las 9:00 ninguna de nuestras tres clínicas puede acceder al registro de microchips: la página se queda cargando y al final sale «Error 502». He llamado a otra clínica del barrio y les pasa lo mismo.

Tenemos un perro perdido en la consulta y no podemos localizar al dueño.

Dr. Ernesto Salas""")

m("safety,technical_issue", "-", "descarga eléctrica del salvaescaleras",
  "Carmen Ruiz <carmen.ruiz@ruiz-mail.example>", "La silla da calambre",
  """Hola,

Mi madre ha recibido una descarga eléctrica al tocar el reposabrazos metálico de la silla salvaescaleras. No le ha pasado nada grave, pero se ha llevado un buen susto y le duele la mano. He desenchufado la silla.

Por favor, manden a alguien cuanto antes.

Carmen Ruiz""")

m("discrimination_harassment", "-", "acoso del conductor a una alumna",
  "Elena Castro <elena.castro@colegio-sanjose.example>", "Incidente en la excursión del 10 de abril",
  """Estimados señores:

Durante la excursión del 10 de abril, el conductor del autocar hizo comentarios de carácter sexual a una alumna de 15 años y le pidió su número de teléfono. Dos profesoras lo presenciaron.

Consideramos este comportamiento gravísimo y exigimos saber qué medidas van a tomar con este conductor.

Elena Castro
Jefa de estudios, Colegio San José""")

m("media_threat,severe_dissatisfaction", "-", "seguidores en redes, rabia",
  "Diego Fernández <diego.fernandez@dfernandez.example>", "Ruta con alpacas: vergonzoso",
  """Pagamos 180 € por una ruta con alpacas que duró 25 minutos y en la que el guía ni apareció. Es una tomadura de pelo, estoy indignadísimo.

Tengo más de 20.000 seguidores en Instagram y este fin de semana les voy a contar con todo detalle cómo tratan ustedes a sus clientes.

Diego""")

m("regulatory", "-", "publicidad tras darse de baja, AEPD",
  "Beatriz Romero <beatriz.romero@romero-net.example>", "Siguen enviándome publicidad",
  """Hola,

Me di de baja de su lista de correo en enero y desde entonces he recibido once correos publicitarios más. También me han llamado por teléfono para ofrecerme el intercambio de idiomas «premium».

Esto es una infracción del RGPD. Si vuelvo a recibir algo, presentaré una reclamación ante la AEPD.

Beatriz Romero""")

m("feature_request", "-", "intercambio de idiomas: sugerencia",
  "Sergio Vidal <sergio.vidal@vidal-mail.example>", "Sugerencia para los intercambios",
  """¡Hola! Me encantan los intercambios de los jueves. Una sugerencia: estaría genial poder elegir el nivel (principiante, intermedio, avanzado) al apuntarse, para que nos emparejen mejor. ¿Lo podríais añadir? Gracias, Sergio""")

m("billing_dispute,repeat_contact", "-", "tercera vez que escribe por cargo incorrecto",
  "Pilar Medina <pilar.medina@medina-familia.example>", "Tercera vez que escribo – cargo incorrecto",
  """Es la tercera vez que les escribo por lo mismo: me cobran 45,90 € al mes cuando mi plan de papillas es de 32,90 €. Ya les mandé capturas dos veces.

Quiero que me devuelvan la diferencia de los últimos tres meses.

Pilar Medina""")

m("executive_contact,technical_issue", "looks_automated", "empieza como respuesta de fuera de oficina, luego se queja",
  "Ramón Iglesias <ramon.iglesias@iglesias-coaches.example>", "Fuera de la oficina hasta el lunes – pero antes...",
  """Estaré fuera de la oficina hasta el lunes 3 de junio con acceso limitado al correo.

Antes de irme, una cosa: su sistema de reservas de autocares sigue duplicando las reservas de las excursiones escolares cada vez que un colegio modifica el número de alumnos. Ya he escrito directamente a su director general para que lo sepa, porque nos está causando problemas con los colegios.

Ramón Iglesias""")

m("billing_dispute,high_value_order", "looks_automated", "abre como acuse de recibo de factura; factura > 5.000 disputada",
  "Administración Colegio Santa Ana <administracion@colegio-santaana.example>", "Hemos recibido su factura n.º 2024-381",
  """Hemos recibido su factura n.º 2024-381 por importe de 6.840,00 €. Gracias.

No obstante, la factura incluye tres autocares para la excursión de fin de curso y solo se contrataron y utilizaron dos (3.800 € según el presupuesto aceptado). No podemos tramitar el pago hasta recibir una factura rectificativa.

Atentamente,
Mercedes Vargas
Administración""")

m("high_value_order,broken_promise,cancellation_threat", "-", "casa pequeña 39.500 €, plazo prometido incumplido",
  "Alejandro Rivas <alejandro.rivas@rivas-mx.example>", "Entrega de la casa pequeña – pedido CP-220",
  """Buenas tardes,

Les escribo por el pedido CP-220 (casa pequeña de 6 metros, 39.500 € ya pagados en un 60 %). Me prometieron la entrega para el 15 de marzo; luego dijeron abril; ahora no me dan fecha.

Si en dos semanas no tengo una fecha de entrega por escrito, cancelo el pedido y exijo la devolución de lo pagado.

Alejandro Rivas""")

m("discrimination_harassment,manager_request", "-", "comentario sexista en taller de reparación",
  "Laura Sánchez <laura.sanchez@lsanchez.example>", "Trato en su tienda de reparación",
  """Hola,

Fui a recoger mi Game Boy reparada y el dependiente me dijo, delante de otros clientes, que «seguro que era de mi novio» y que «las chicas no saben de consolas». Cuando le contesté, siguió riéndose con su compañero.

Quiero hablar con el encargado o con alguien responsable. No es la primera vez que oigo algo así de esa tienda.

Laura""")

m("corporate_contact_request,executive_contact,safety,severe_dissatisfaction,technical_issue", "-", "humo del extractor de chimenea; escribió al gerente general; pide teléfono de la sede",
  "Gustavo Paredes <gustavo.paredes@paredes-ar.example>", "Humo en la casa por el extractor",
  """Buenas,

Anoche el extractor de chimenea que nos instalaron se paró solo y la casa se llenó de humo en minutos. Tuvimos que salir con los chicos a la calle y abrir todo. El detector sonó y todo.

Es inaceptable, de verdad, una barbaridad. Ya le mandé un mail a su gerente general contándole todo, y espero que alguien venga mañana mismo. Pásenme también el teléfono de la oficina central, que el de la web no lo atiende nadie.

Gustavo Paredes""")

# ---------------------------------------------------------------- negatives

m("-", "job_title", "jefa de oficina y gerente de cuentas como cargos",
  "Nuria Campos <nuria.campos@campos-dental.example>", "Presupuesto de extractor",
  """Buenos días,

Soy la jefa de oficina de la Clínica Dental Campos. Nuestro gerente de cuentas me ha pedido un presupuesto para instalar un extractor de chimenea en la sala de espera. ¿Podrían venir a verlo la semana que viene?

Un saludo,
Nuria Campos""")

m("-", "quoted_threat", "El ... escribió: con amenaza citada, texto propio agradecido",
  "Jorge Peña <jorge.pena@pena-net.example>", "Re: Devolución",
  """Hola, ya me ha llegado la devolución. Muchas gracias, asunto cerrado.

Jorge

El 11/06/2024, a las 10:12, Jorge Peña escribió:
> Si no me devuelven el dinero esta semana, hablaré con mi abogado
> y lo publicaré en todas las redes.""")

m("-", "outlook_quoted_threat", "Mensaje original con queja; texto propio neutral",
  "Raquel Soto <raquel.soto@soto-papel.example>", "RE: Pedido de papel",
  """Hola Antonio,

Gracias, ya ha llegado el papel y está perfecto. Te confirmo el siguiente pedido para octubre.

Raquel

-----Mensaje original-----
De: Raquel Soto <raquel.soto@soto-papel.example>
Enviado el: martes, 4 de junio de 2024 9:15
Para: support@example.test
Asunto: Pedido de papel

Es la tercera vez que os escribo. Si no llega esta semana, cancelamos el contrato.""")

m("-", "legal_disclaimer_signature", "despacho de abogados pide aceite, aviso legal",
  "Despacho Morales Abogados <info@morales-abogados.example>", "Pedido de aceite para regalos",
  """Buenos días,

Querríamos pedir 25 latas de 1 litro de su aceite de oliva virgen extra para regalos de clientes. ¿Podrían enviarnos el presupuesto?

Saludos cordiales,
Inés Morales
Morales Abogados

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y pueden contener información protegida por el secreto profesional. Si usted no es el destinatario, le rogamos lo comunique al remitente y lo elimine. Cualquier uso no autorizado podrá dar lugar a las acciones legales correspondientes.""")

m("-", "negation", "no se va a dar de baja",
  "Silvia Prieto <silvia.prieto@prieto-mail.example>", "Pausar entregas",
  """Hola, no me voy a dar de baja, ¡estamos encantados! Solo quería pausar las entregas de papillas durante agosto. ¿Se puede? Gracias, Silvia""")

m("-", "policy_question", "pregunta por política de devolución y cómo cancelar",
  "Héctor Fuentes <hector.fuentes@fuentes-net.example>", "Dudas antes de reservar",
  """Hola, antes de reservar el remolque: ¿cuál es su política de devolución si tengo que cancelar? ¿Y cómo se cancela una reserva, desde la web o llamando? Gracias, Héctor""")

m("-", "praise_manager_by_name", "elogio a la encargada",
  "Teresa Cabrera <teresa.cabrera@cabrera-mail.example>", "Gracias a Marisa",
  """Quería dar las gracias a Marisa, la encargada de la estación de recarga de Jávea, que nos atendió fenomenal el domingo aunque ya estaba cerrando. ¡Así da gusto! Teresa""")

m("-", "feature_exists", "pregunta si ya existe la función",
  "Óscar León <oscar.leon@leon-canoa.example>", "¿Se pueden exportar los resultados?",
  """Hola, ¿hay alguna forma de exportar los resultados de la liga de canoa-polo a Excel? Gracias, Óscar""")

m("-", "reported_speech", "el cuñado dice que habría que denunciar; ella no",
  "Mercedes Lorenzo <mercedes.lorenzo@lorenzo-casa.example>", "Ruido del salvaescaleras",
  """Hola,

La silla salvaescaleras hace un chirrido al llegar arriba. Mi cuñado dice que habría que denunciarles, pero yo creo que solo necesita un ajuste. ¿Pueden revisarla en la próxima visita de mantenimiento?

Mercedes""")

m("-", "mild_disappointment", "un poco decepcionada",
  "Ana Belén Ríos <anabelen.rios@rios-mail.example>", "Ruta del sábado",
  """Hola, la ruta con las alpacas estuvo bonita, aunque un poco decepcionada porque el picnic era más pequeño de lo que parecía en las fotos. Los niños encantados igualmente. Un saludo, Ana Belén""")

m("-", "exactly_5000", "factura de exactamente 5.000 €, pide número de pedido",
  "Ricardo Vega <ricardo.vega@vega-buceo.example>", "Factura 2024-77",
  """Buenas, hemos recibido la factura 2024-77 por 5.000,00 € del mantenimiento del compresor. ¿Podrían añadir nuestro número de pedido (PO-118) para poder pagarla? Gracias, Ricardo""")

m("-", "large_amount_no_problem", "pedido grande sin problema",
  "Francisco Aguilar <francisco.aguilar@aguilar-gourmet.example>", "Confirmación de pedido",
  """Estimada Sra. Conti:

Le confirmamos el pedido de tres palés de aceite arbequina según su presupuesto (18.900 € sin IVA), con entrega en nuestro almacén de Zaragoza la primera semana de octubre.

Un cordial saludo,
Francisco Aguilar""")

m("-", "second_email", "segundo correo",
  "Irene Marín <irene.marin@marin-net.example>", "Segundo correo sobre la reserva",
  """Hola, este es mi segundo correo, por si el primero no llegó: quiero reservar la excursión en autocar para el 20 de junio, 45 alumnos. Gracias, Irene""")

m("-", "gdpr_documentation_request", "pide contrato de encargado del tratamiento",
  "Dra. Patricia Gil <patricia.gil@clinica-gil.example>", "Documentación RGPD",
  """Buenos días,

Antes de dar de alta nuestra clínica en su registro de microchips, necesitamos el contrato de encargado del tratamiento según el RGPD y saber dónde se alojan los datos. ¿Podrían enviárnoslo?

Atentamente,
Dra. Patricia Gil""")

m("-", "looks_automated", "humano que imita una respuesta automática",
  "Alberto Serrano <alberto.serrano@radio-ribera.example>", "Respuesta automática: de vacaciones (escrita a mano)",
  """Hola, me voy de vacaciones hasta el 1 de septiembre. Para cualquier cosa de la parrilla de programación de la radio, escribid a Carla, programacion@radio-ribera.example. ¡Buen verano! Alberto""")

m("-", "cancel_single_appointment", "anula una cita de mantenimiento",
  "Dolores Reyes <dolores.reyes@reyes-familia.example>", "Anular cita del martes",
  """Buenos días, necesito anular la cita de revisión del salvaescaleras del martes a las 10. Les llamaré para buscar otra fecha. Gracias, Dolores Reyes""")

m("-", "journalist_private_order", "periodista reserva a título personal",
  "Claudia Benítez <claudia.benitez@benitez-prensa.example>", "Reserva de intercambio",
  """Hola, soy periodista pero os escribo a título personal: ¿queda sitio en el intercambio de alemán del jueves? Quiero practicar antes de un viaje. ¡Gracias! Claudia""")

m("-", "settled_issue", "incidencia ya resuelta",
  "Manuel Pastor <manuel.pastor@pastor-net.example>", "Re: No podía entrar",
  """Hola Lucía, ya puedo entrar sin problema, era la caché del navegador. ¡Gracias por la ayuda! Manuel""")
