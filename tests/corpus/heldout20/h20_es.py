# -*- coding: utf-8 -*-
"""heldout20: Spanish customer mail, with and without triggers. Hand-written, one block per message."""

LANG = "es"
M = []


def msg(frm, subject, triggers, trap, note, body, **opt):
    M.append(dict(lang=LANG, frm=frm, subject=subject, triggers=triggers,
                  trap=trap, note=note, body=body, **opt))


# ---------------------------------------------------------------- positives

msg("Lucía Navarro <lucia.navarro@navarro-correo.example>",
    "Libro de firmas de la boda - sin noticias",
    "broken_promise,legal_threat", "-", "promised guest book; abogado",
    """\
Hola,

Encargamos en febrero un libro de firmas encuadernado en piel con nuestras iniciales para la boda del 7 de junio (pedido EN-0931, 260 € pagados por adelantado). Nos aseguraron por escrito que estaría listo el 30 de mayo. La boda ya pasó, el libro no ha llegado y nadie contesta al teléfono.

Queremos la devolución íntegra del importe. Si no la recibimos en quince días, mi abogado iniciará las acciones que correspondan; ya tiene copia de todos los correos.

Lucía Navarro
""")

msg("Pablo Herrera <pablo.herrera@herrera-mail.example>",
    "Lo que pasó en la despedida del sábado",
    "discrimination_harassment,manager_request", "indirect_manager_request", "homophobic remarks; asks for someone above the staff member",
    """\
Buenas,

El sábado celebramos la despedida de soltero de mi amigo Dani en vuestro campo. Cuando el monitor se enteró de que Dani se casa con otro hombre, empezó con los comentarios: que si "a ver quién es la novia", que si "cuidado con agacharse", y al final de la partida le disparó a bocajarro cuando ya había levantado la mano. Los demás monitores se reían.

No queremos un bono descuento. Quiero que me llame alguien que esté por encima de ese monitor, el que lleve el campo, para explicarle lo que pasó.

Pablo Herrera
""")

msg("Marta Gil <marta.gil@gil-correo.example>",
    "Cobro duplicado camisas - tercera vez que escribo",
    "billing_dispute,repeat_contact", "-", "double charge, third email",
    """\
Hola:

Ya les he escrito dos veces y no he tenido respuesta. En mi tarjeta aparecen dos cargos de 189,00 € del 14 de marzo por el mismo pedido (CAM-7712, dos camisas a medida). Solo hice un pedido y solo he recibido un paquete.

Por favor, devuélvanme el cargo duplicado.

Marta Gil
""")

msg("Andrés Romero <andres.romero@romero-casa.example>",
    "La puerta del garaje golpeó a mi padre",
    "safety,technical_issue", "-", "door hit elderly father, sensor failed",
    """\
Buenas tardes,

Ayer la puerta seccional que instalaron hace un mes bajó sola mientras mi padre (78 años) pasaba por debajo con la bolsa de la compra. El sensor no la paró. Le dio en el hombro y lo tiró al suelo; tiene una fractura de clavícula.

Hemos desconectado el motor. Necesito que venga un técnico hoy mismo a revisarla y que me digan si otras puertas del mismo modelo pueden hacer lo mismo.

Andrés Romero
""")

msg("Sidrería El Llagar <pedidos@sidreria-elllagar.example>",
    "Pedido temporada 5.800 € - mitad rota",
    "cancellation_threat,high_value_order", "-", "EUR 5,800 order half broken; will switch supplier",
    """\
Buenos días,

Del pedido de temporada (factura 2025-044, 5.800,00 €, 160 cajas de sidra natural) nos han llegado 70 cajas con botellas rotas y el palé empapado. El transportista dice que venía así de su almacén.

Tenemos la terraza llena todo agosto. Si esta semana no nos mandan la reposición, buscaremos otro lagar para el resto del verano y para la temporada que viene.

Un saludo,
Covadonga
Sidrería El Llagar
""")

msg("Iván Castillo <ivan.castillo@heladoscastillo.example>",
    "Portal de franquiciados caído",
    "outage,technical_issue", "-", "franchise portal down",
    """\
Hola,

El portal de franquiciados no carga desde anoche, sale "Error 502 Bad Gateway" en todas las páginas, desde el ordenador y desde el móvil. No puedo hacer el pedido de producto para el fin de semana y el plazo cierra hoy a las 14:00.

¿Podéis tomarme el pedido por correo?

Iván Castillo
Heladería Castillo (franquicia Alicante)
""")

msg("Jorge Molina <jorge.molina@molina-correo.example>",
    "Me sigue llegando publicidad - AEPD",
    "regulatory", "-", "AEPD complaint after unsubscribe",
    """\
Buenas,

Me di de baja de vuestra lista de correo en enero y desde entonces he recibido nueve correos y varios SMS con ofertas de tablas. Eso vulnera el RGPD. He presentado hoy una reclamación ante la Agencia Española de Protección de Datos.

Jorge Molina
""")

msg("Beatriz Ortega <beatriz.ortega@ortega-correo.example>",
    "Alguien ha entrado en mi cuenta",
    "security_incident", "-", "account takeover, changed booking",
    """\
Hola,

Me ha llegado un correo vuestro confirmando un "cambio de titular" en mi reserva del faro de Cabo Mayor, que yo no he hecho. Al entrar en mi cuenta, el nombre y el teléfono son de otra persona y hay una tarjeta nueva guardada. Yo no he sido.

Por favor, bloqueen la cuenta y anulen ese cambio.

Beatriz Ortega
""")

msg("Sergio Ramos Vidal <sergio.rvidal@rvidal-mail.example>",
    "Han desaparecido mis puntos y mi historial",
    "data_loss,technical_issue", "-", "loyalty data and history gone",
    """\
Hola, desde que actualizasteis la web de la tienda, en mi cuenta no aparece ningún pedido anterior y mis 1.450 puntos de socio se han quedado a 0. También han desaparecido las configuraciones de los dos coches que tenía guardadas (motor, piñones, amortiguadores). ¿Se pueden recuperar?

Sergio
""")

msg("Rosa Delgado <rosa.delgado@delgado-correo.example>",
    "Una vergüenza",
    "media_threat,severe_dissatisfaction", "-", "una vergüenza + redes sociales",
    """\
Lo de su tienda es una vergüenza. Compré unas zapatillas de piel de oveja de 95 € que se han descosido en tres semanas y cuando fui a reclamar, la dependienta se rió y me dijo que "para lo que cuestan, qué esperaba".

Voy a contar todo en mis redes sociales y en las reseñas de Google, con fotos. Que la gente sepa cómo tratan a los clientes.

Rosa Delgado
""")

msg("Alejandro Fuentes <alejandro.fuentes@fuentes-mx.example>",
    "Queja PROFECO - cobro de instalación",
    "billing_dispute,regulatory", "mexican_spanish", "Mexican Spanish, PROFECO",
    """\
Buen día,

Me cobraron $2,400 pesos de "instalación especial" por el tinaco de captación pluvial, cuando la cotización decía instalación incluida. Ya lo platiqué con el instalador y me dijo que él nomás cobra lo que le dicen.

Si no me regresan ese cargo, voy a poner mi queja en PROFECO. Tengo la cotización firmada.

Saludos,
Alejandro Fuentes
""")

msg("Carmen Vega <carmen.vega@vega-correo.example>",
    "¡¡Han borrado las fotos de mi bebé!!",
    "data_loss,severe_dissatisfaction,technical_issue", "-", "baby photos deleted",
    """\
¡Estoy indignadísima! Entro en la galería online para descargar las fotos de recién nacido de mi hija y me sale "Galería no encontrada". Las 40 fotos, borradas. Nadie me avisó de que tenían fecha de caducidad.

Es inaceptable y vergonzoso, esas fotos no se pueden repetir. Quiero que las recuperen de su copia de seguridad ya.

Carmen Vega
""")

msg("Daniel Prieto <daniel.prieto@prieto-mail.example>",
    "Boda - ya he escrito a su director general",
    "executive_contact,severe_dissatisfaction", "spanglish", "Spanish with English phrases; wrote to the CEO",
    """\
Hola,

Sinceramente, this is unbelievable. El Jaguar llegó con una hora de retraso, sin las flores que pagamos, y el chófer se perdió dos veces. Mi mujer lloró en el coche. Una auténtica vergüenza.

Ya le he escrito directamente a su director general por LinkedIn y por correo, con las fotos. Espero respuesta.

Daniel Prieto
""")

msg("Elena Márquez <elena.marquez@marquez-correo.example>",
    "Una idea para la tienda",
    "feature_request", "-", "asks for a new capability",
    """\
¡Hola!

Me encanta la tienda de recargas. Una idea: sería genial que en la app se pudiera reservar el producto y pasar solo a rellenar, porque el sábado pasado se había acabado el champú de romero cuando llegué. Así no hago el viaje en balde.

Un abrazo,
Elena
""")

msg("Natalia Serrano <natalia.serrano@diario-levante-sur.example>",
    "Solicitud de declaración - club de tiro",
    "media_threat", "journalist_inquiry", "Spanish journalist inquiry",
    """\
Buenos días,

Soy periodista del Diario Levante Sur. Estamos preparando un reportaje sobre la seguridad en los clubes de tiro de la provincia y varios socios nos han hablado de incidentes en sus instalaciones.

¿Podrían facilitarme una declaración o concederme una entrevista esta semana?

Un saludo,
Natalia Serrano
""")

msg("Raúl Jiménez <raul.jimenez@jimenez-correo.example>",
    "Respuesta automática: fuera de la oficina",
    "billing_dispute", "looks_automated", "OOO-style opening then disputes a charge",
    """\
Estoy fuera de la oficina hasta el 2 de septiembre con acceso limitado al correo.

Aprovecho antes de irme: me han cargado dos veces la cuota de socio de julio (45 € el 1 y otros 45 € el 3). Por favor, devuélvanme el segundo cargo.

Raúl Jiménez
""")

msg("Verónica Cruz <veronica.cruz@cruz-correo.example>",
    "RV: Respuesta automática: Re: mi reserva",
    "cancellation_threat,repeat_contact", "looks_automated", "pastes the auto-reply she keeps getting, third time",
    """\
Es la tercera vez que les escribo y la tercera vez que recibo esto (ver abajo). Si nadie me contesta antes del viernes, cancelo la reserva del faro y me voy a otro sitio.

Verónica Cruz

----- Mensaje reenviado -----
De: Reservas <reservas@faros-del-norte.example>
Asunto: Respuesta automática: Re: mi reserva

Gracias por su mensaje. Le responderemos en un plazo de 24-48 horas laborables.
""")

msg("Inmaculada Rubio <inma.rubio@rubio-correo.example>",
    "Quemadura con el gel de recarga",
    "safety", "-", "chemical burn from mislabelled refill",
    """\
Hola,

El martes rellené mi bote de gel de ducha en la tienda de Valencia (dispensador de "gel de avena"). Al ducharme me ardió toda la piel y tengo la espalda con quemaduras; en urgencias me dijeron que parecía un producto con lejía o algo muy fuerte. Creo que el dispensador tenía otro producto dentro.

Por favor revisen ese dispensador enseguida, hay niños que usan ese gel.

Inmaculada Rubio
""")

msg("Fernando Aguilar <fernando.aguilar@aguilar-mail.example>",
    "Dirección de la sede central",
    "corporate_contact_request", "-", "asks for head office address and management phone",
    """\
Buenas tardes,

¿Me pueden facilitar la dirección postal de su sede central y el teléfono de la dirección de la empresa? Quiero enviar por burofax una reclamación formal por la instalación de los depósitos.

Fernando Aguilar
""")

msg("Cristina Moreno <cristina.moreno@moreno-correo.example>",
    "Sugerencia web camisas",
    "feature_request", "-", "multiple saved measurement profiles",
    """\
Hola,

¿Podrían añadir en la web la opción de guardar varios perfiles de medidas? Compro camisas para mi marido y para mi hijo y cada vez tengo que escribir las medidas de uno u otro a mano.

Gracias,
Cristina
""")

msg("Hugo Pascual <hugo.pascual@pascual-mail.example>",
    "La app se cierra al conectar el coche",
    "technical_issue", "-", "app crashes on Bluetooth pairing",
    """\
Hola,

La app de telemetría que venía con el buggy 1/8 se cierra sola cada vez que intento conectar el coche por Bluetooth. Tengo un Android 14. He borrado la caché y reinstalado, igual. El coche funciona bien con el mando, solo falla la app.

Hugo
""")

msg("Manuel Cano <manuel.cano@cano-correo.example>",
    "Trato recibido en su tienda",
    "discrimination_harassment", "-", "disability discrimination",
    """\
Buenos días,

Voy en silla de ruedas. El jueves intenté entrar en su tienda de artículos de piel de Salamanca y el dependiente me dijo que "mejor esperara fuera" porque "la tienda es pequeña y se pueden romper cosas", y me trajo los guantes a la calle. Al resto de clientes los atendía dentro.

Me sentí discriminado y humillado. Espero una explicación.

Manuel Cano
""")

msg("Óscar León <oscar.leon@leon-correo.example>",
    "Web del club caída - me doy de baja",
    "cancellation_threat,outage,technical_issue", "-", "site down again, leaves",
    """\
Otra vez la web del club caída, no se puede entrar ni a reservar puesto ni a ver la clasificación, solo sale "Servicio no disponible". Ya van tres fines de semana seguidos así. Me doy de baja a final de mes, estoy harto.

Óscar
""")

msg("Comunidad de Propietarios Las Acacias <administracion@lasacacias.example>",
    "Puertas de garaje comunidad - 14.500 €",
    "high_value_order,legal_threat,technical_issue", "-", "EUR 14,500 doors not working; acciones legales",
    """\
Estimados señores:

En nombre de la Comunidad de Propietarios Las Acacias les comunico que las tres puertas automáticas de garaje instaladas en abril (contrato 2025-021, importe total 14.500 €) siguen sin funcionar correctamente: se abren solas por la noche y el mando de la mitad de los vecinos no responde.

Han venido cuatro veces sin solucionarlo. La Junta ha acordado emprender acciones legales si no se resuelve en el plazo de un mes.

Atentamente,
Lourdes Pardo
Administradora de fincas
""")

# ---------------------------------------------------------------- negatives

msg("Alicia Ramos <alicia.ramos@ramos-consultores.example>",
    "Camisas para el equipo",
    "-", "job_title", "gerente/jefa de oficina ordering",
    """\
Hola,

Soy la jefa de oficina de Ramos Consultores y el gerente quiere regalar una camisa a medida a cada uno de los doce empleados por Navidad. ¿Hacen tarjetas regalo o tendríamos que venir todos a medirnos?

Saludos,
Alicia Ramos
Jefa de Oficina
""")

msg("Lucía Navarro <lucia.navarro@navarro-correo.example>",
    "RE: Libro de firmas de la boda - sin noticias",
    "-", "quoted_threat", "thanks; own earlier abogado threat only quoted (El ... escribió)",
    """\
Muchas gracias, ya hemos recibido el libro y es precioso. Damos el tema por cerrado.

Lucía

El 20 jun 2025, a las 10:05, Lucía Navarro <lucia.navarro@navarro-correo.example> escribió:
> Si no la recibimos en quince días, mi abogado iniciará las acciones que
> correspondan; ya tiene copia de todos los correos.
""")

msg("Gonzalo Reyes <gonzalo.reyes@reyes-correo.example>",
    "foto del tinaco",
    "-", "quoted_threat_outlook", "Spanish Outlook block with old threat",
    """\
Buenas, adjunto la foto que me pidieron del depósito ya instalado. Funciona perfecto.

Gonzalo

-----Mensaje original-----
De: Gonzalo Reyes <gonzalo.reyes@reyes-correo.example>
Enviado el: martes, 4 de marzo de 2025 20:11
Para: support@example.test
Asunto: instalación

Si el viernes no vienen a terminar la instalación, cancelo el contrato y pongo una hoja de reclamaciones.
""", pack="mixed", attach=("deposito.png", "image/png"))

msg("Teresa Gallego <teresa.gallego@gallego-correo.example>",
    "No me voy a dar de baja",
    "-", "negation", "'no voy a darme de baja', change of card",
    """\
Hola, que no cunda el pánico: no me voy a dar de baja del club de socios, solo quiero cambiar la tarjeta con la que pago la cuota porque la anterior ha caducado. ¿Cómo lo hago?

Teresa
""")

msg("Rodrigo Santos <rodrigo.santos@santos-correo.example>",
    "Política de devoluciones",
    "-", "policy_question", "return policy question",
    """\
Hola, ¿cuál es su política de devoluciones para las zapatillas de piel de oveja si no me quedan bien? ¿Tengo que pagar yo el envío? Gracias.
""")

msg("Patricia Ibáñez <patricia.ibanez@ibanez-estudio.example>",
    "Protección de datos",
    "-", "gdpr_question", "asks for contrato de encargado",
    """\
Buenos días,

Antes de contratar la sesión de fotos para la guardería necesitamos saber si cumplen el RGPD y si nos pueden enviar un contrato de encargado del tratamiento, ya que aparecerán menores.

Un saludo,
Patricia Ibáñez
Directora, Escuela Infantil Los Pinos
""")

msg("Javier Torres <javier.torres@torres-correo.example>",
    "Felicitaciones a Lorena",
    "-", "manager_praise", "praises manager by name",
    """\
Hola,

Quería felicitar a Lorena, la gerente del campo de Paterna. Nos organizó la despedida a última hora, se encargó de todo y hasta nos guardó la tarta en la nevera. Así da gusto. Volveremos seguro.

Javier
""")

msg("Despacho Ferrer <admin@despacho-ferrer.example>",
    "Acuse de recibo",
    "-", "looks_automated", "human acknowledgement, no problem",
    """\
Buenos días,

Acusamos recibo de su presupuesto n.º P-2290 para la encuadernación de los libros de actas. Lo revisaremos en la reunión del jueves y les daremos respuesta.

Atentamente,
Administración, Despacho Ferrer
""")

msg("Nuria Vidal <nuria.vidal@vidal-correo.example>",
    "Cancelar cita del martes",
    "-", "cancel_appointment", "cancels one appointment",
    """\
Hola, tengo que cancelar la cita para la sesión de fotos del martes a las 11, mi hijo está con fiebre. ¿Podemos pasarla a la semana siguiente? Gracias y perdonad las molestias.

Nuria
""")

msg("Mario Esteban <mario.esteban@esteban-obras.example>",
    "Pedido 5.000 € exactos",
    "-", "exactly_5000", "exactly EUR 5,000 order, small query",
    """\
Hola,

El pedido de los dos depósitos de 8.000 litros con bomba sale, según su presupuesto, por 5.000,00 € exactos con IVA. Me han llamado para retrasar la entrega un día por la lluvia, no hay problema. Solo quería confirmar que el instalador trae también el filtro.

Mario Esteban
""")

msg("Adrián Lozano <adrian.lozano@lozano-correo.example>",
    "Segundo correo - factura",
    "-", "second_email", "second contact, invoice copy",
    """\
Hola, es mi segundo correo: ¿me podéis mandar la factura de la sesión de paintball del 12 de abril a nombre de Lozano Reformas S.L.? Gracias.
""")

msg("Irene Campos <irene.campos@campos-sec.example>",
    "¿Tienen programa de recompensas por fallos?",
    "-", "bug_bounty_question", "asks about bug bounty + 2FA, no incident",
    """\
Hola,

Trabajo en ciberseguridad y soy socia del club. ¿Tienen algún programa de divulgación responsable o de recompensas por fallos de seguridad? Y otra pregunta: ¿se puede activar la verificación en dos pasos en el área de socios? No he encontrado ningún problema, solo me interesa saberlo.

Irene
""")

msg("Ana Belén Ruiz <anabelen.ruiz@ruiz-correo.example>",
    "Todo solucionado",
    "-", "settled_issue", "earlier double charge refunded",
    """\
Hola Jaime, solo para confirmar que ya me ha llegado la devolución del cargo duplicado. Muchas gracias por la rapidez, todo solucionado.

Ana Belén
""")

msg("Luis Medina <luis.medina@medina-correo.example>",
    "Cambio de talla",
    "-", "reported_speech", "brother-in-law says sue; customer does not adopt",
    """\
Hola,

Las botas de piel que compré me quedan pequeñas. Mi cuñado dice que debería demandaros por la tabla de tallas, pero yo no quiero líos, jaja: solo quiero cambiarlas por una talla 43. ¿Cómo hago la devolución?

Luis
""")

msg("Ramón Sáez <ramon.saez@saez-correo.example>",
    "Teléfono de la dirección",
    "corporate_contact_request", "-", "asks management phone and board contact",
    """\
Buenas,

Necesito el teléfono de la dirección general o del consejo de administración de la empresa, no el de atención al cliente. Llevo un mes intentando que alguien me explique por qué se canceló mi alquiler del coche para la boda de mi hija.

Ramón Sáez
""")

msg("Eva Soler <eva.soler@soler-correo.example>",
    "Me ha llegado la ficha de otra clienta",
    "security_incident", "-", "received another client's data",
    """\
Hola,

En el correo de confirmación de mi sesión de fotos de recién nacido venía adjunta la ficha de otra clienta: su nombre, el de su bebé, su dirección y su teléfono. Supongo que mi ficha habrá acabado en el correo de otra persona. No me hace ninguna gracia, hay datos de mi hija.

Espero que revisen qué ha pasado.

Eva Soler
""")

msg("Pilar Domínguez <pilar.dominguez@dominguez-correo.example>",
    "Fotos del bautizo borradas por error",
    "data_loss", "-", "studio deleted photos by mistake (not a product bug)",
    """\
Hola,

Me acaba de llamar la chica del estudio para decirme que, al "limpiar" las tarjetas de memoria, borraron por error las fotos del bautizo de mi hijo del domingo pasado. Todas. Y que no tienen copia.

No sé ni qué decir. Era un día que no se va a repetir, estaban los bisabuelos. Quiero saber qué piensan hacer.

Pilar Domínguez
""")

msg("Carlos Ibarra <carlos.ibarra@ibarra-correo.example>",
    "Pregunta sobre seguridad en el faro",
    "-", "safety_question", "hypothetical fire safety question",
    """\
Hola, vamos a ir con mis padres (mayores) y tres niños al faro de Cabo Mayor en octubre. ¿Qué pasa si hay un incendio? ¿Hay extintores y detector de humo, y otra salida además de la escalera? Es solo por quedarme tranquilo. ¡Gracias!

Carlos
""")
