"""heldout21: hand-written Spanish customer mails (with and without triggers).

One dict per message; see h21_en_pos.py for the fields.
"""

MESSAGES = [
dict(frm="Lucía Fernández <lucia.fernandez@bodas-mail.example>",
     subj="Exhibición de cetrería en nuestra boda",
     trig="legal_threat,severe_dissatisfaction", trap="-", note="falconry; abogado",
     body="""\
Buenas tardes:

Contratamos una exhibición de cetrería para nuestra boda el 14 de junio en la finca Los Olivos. El cetrero llegó con una hora y media de retraso, sólo trajo un halcón en lugar de los tres contratados y el vuelo duró diez minutos. Los invitados se rieron de nosotros.

Es una vergüenza. Pagamos 900 € por adelantado. Ya he hablado con mi abogado y, si no recibimos una devolución razonable en quince días, presentaremos una demanda.

Lucía Fernández
"""),
dict(frm="Javier Molina <javier.molina@huerto-urbano.example>",
     subj="Cobro duplicado pedido 77102",
     trig="billing_dispute", trap="-", note="hydroponics webshop",
     body="""\
Hola,

Me habéis cobrado dos veces el pedido 77102 (kit de sustrato de coco + sensor de pH), 64,50 € el día 8 y otra vez el día 9. Sólo hice un pedido. ¿Me podéis devolver el cargo repetido?

Gracias,
Javier
"""),
dict(frm="Don Ramón Aguirre <ramon.aguirre@aguirre-anticuario.example>",
     subj="Reloj de pie restaurado – no funciona",
     trig="high_value_order,technical_issue", trap="-", note="clock restorers; EUR 6,300 job",
     body="""\
Estimados señores:

El reloj de pie inglés que restauraron (presupuesto 6.300 €, abonado íntegramente) nos fue devuelto el 20 de mayo. Desde entonces se para cada día a las pocas horas y la campana de las medias no suena.

Su técnico vino una vez, ajustó el péndulo y dijo que estaba bien. No lo está. Es una pieza de gran valor y necesito una solución definitiva.

Atentamente,
Ramón Aguirre
"""),
dict(frm="Sergio Navarro <sergio.navarro@virutas.example>",
     subj="Quiero hablar con un supervisor",
     trig="manager_request,repeat_contact", trap="-", note="woodturning supplies",
     body="""\
Hola,

Es la tercera vez que llamo por el mismo problema: el plato de garras que compré vino sin las mordazas de 50 mm, y cada vez me dicen que "lo revisan". Nadie me devuelve la llamada.

Quiero hablar con un supervisor o con el responsable de la tienda, por favor. Mi teléfono es 555-0156.

Sergio Navarro
"""),
dict(frm="Pilar Castillo <pilar.castillo@radios-antiguas.example>",
     subj="Chispas y olor a quemado en la radio reparada",
     trig="safety,technical_issue", trap="-", note="vintage radio repair",
     body="""\
Buenos días:

Recogí mi radio Telefunken la semana pasada tras la reparación. Ayer, al encenderla, salieron chispas por la rejilla trasera y empezó a oler a plástico quemado. Mi nieto estaba al lado. La desenchufé enseguida.

No me atrevo a volver a enchufarla. ¿Pueden venir a buscarla y revisarla? Es muy peligroso.

Pilar Castillo
"""),
dict(frm="Alberto Ruiz <alberto.ruiz@club-agility-norte.example>",
     subj="La web de inscripciones no funciona",
     trig="outage,technical_issue", trap="-", note="dog-agility entry site",
     body="""\
Buenas,

Desde anoche la web de inscripciones para el Campeonato Regional da "Error 500" en todas las páginas, incluso en la portada. Varios socios del club me han escrito porque tampoco pueden entrar. El plazo de inscripción cierra el viernes.

¿Podéis ampliar el plazo o decirnos cuándo volverá a funcionar?

Alberto Ruiz
"""),
dict(frm="Carmen Ortiz <carmen.ortiz@familia-ortiz.example>",
     subj="Reclamación banquete medieval 22 de marzo",
     trig="regulatory", trap="-", note="medieval banquet; consumer office",
     body="""\
Buenas tardes:

El 22 de marzo celebramos el cumpleaños de mi marido en su banquete medieval (10 personas, menú "Gran Festín" a 65 € por persona). Faltaron dos platos del menú y el espectáculo de justas se canceló sin previo aviso. En el local se negaron a darnos la hoja de reclamaciones.

Ya he presentado la reclamación en la Oficina Municipal de Información al Consumidor (OMIC). Les ruego que me contesten con una propuesta de compensación.

Carmen Ortiz
"""),
dict(frm="Diego Herrera <diego.herrera@barbudo.example>",
     subj="Me han robado la cuenta",
     trig="security_incident", trap="-", note="beard-care webshop; account takeover",
     body="""\
Hola, esta mañana me ha llegado un correo diciendo que la contraseña de mi cuenta se ha cambiado, y yo no he sido. Ya no puedo entrar. En la cuenta tengo guardada la tarjeta y mi dirección.

Por favor bloquead la cuenta cuanto antes y decidme qué tengo que hacer.

Diego
"""),
dict(frm="Marta Iglesias <marta.iglesias@cerveza-mail.example>",
     subj="Club de socios – cuota cobrada dos veces",
     trig="billing_dispute,cancellation_threat", trap="-", note="microbrewery tap room club",
     body="""\
Hola:

Este mes me habéis cobrado dos veces la cuota del Club de Socios de la cervecería (19 € el día 1 y otros 19 € el día 3). Ya os lo dije en el bar y me dijeron que escribiera aquí.

Si no me devolvéis el cargo duplicado esta semana, me doy de baja del club. Una pena, porque la cerveza me encanta.

Marta
"""),
dict(frm="Rosa Delgado <rosa.delgado@pajaros-jardin.example>",
     subj="Sugerencia para la suscripción",
     trig="feature_request", trap="-", note="bird-seed subscription",
     body="""\
Hola,

Estoy muy contenta con la suscripción de semillas. Una sugerencia: ¿sería posible añadir la opción de elegir la mezcla cada mes? En invierno me vendría mejor más girasol y en primavera más mezcla para jilgueros. Ahora siempre me llega la misma.

Un saludo,
Rosa Delgado
"""),
dict(frm="Tomás Vidal <tomas.vidal@mail-vidal.example>",
     subj="No nos dejaron entrar con el perro guía",
     trig="discrimination_harassment", trap="-", note="puppet theatre; guide dog refused",
     body="""\
Buenas tardes:

El domingo fui con mi hija a la función de las 12 de "Pinocho". Soy ciego y voy con mi perro guía. La persona de la taquilla nos dijo que "no se admiten animales" y que el perro tenía que esperar fuera, atado. Le expliqué que es un perro guía y que la ley lo permite; me contestó que "normas son normas".

Tuvimos que irnos. Mi hija se quedó llorando en la puerta. Esto es discriminación por discapacidad y quiero saber qué van a hacer al respecto.

Tomás Vidal
"""),
dict(frm="Begoña Santos <begona.santos@viajes-santos.example>",
     subj="La escalera de la tienda de techo se partió",
     trig="safety,technical_issue", trap="-", note="roof-top tent rental; child fell",
     body="""\
Hola,

Alquilamos la tienda de techo modelo Sierra del 2 al 9 de agosto. La tercera noche, cuando mi hijo de 12 años bajaba, un peldaño de la escalera se partió y se cayó desde casi dos metros. Se ha hecho un esguince en el tobillo y tiene un golpe en la cabeza; estuvimos en urgencias.

El peldaño estaba agrietado por dentro, se ve en las fotos. Por favor, revisad todas las escaleras antes de alquilarlas a otra familia.

Begoña Santos
"""),
dict(frm="Ignacio Romero <ignacio.romero@yeguada-romero.example>",
     subj="Dirección de la sede y correo del director general",
     trig="corporate_contact_request,executive_contact", trap="-", note="farrier service",
     body="""\
Buenos días:

Les ruego que me faciliten la dirección de su sede central y el correo electrónico de su director general. Quiero dirigirme a él personalmente por el herraje defectuoso de mis yeguas, ya que el servicio de atención al cliente no me da ninguna respuesta.

Ignacio Romero
Yeguada Romero
"""),
dict(frm="Elena Márquez <elena.marquez@diario-costa.example>",
     subj="Consulta de prensa – cursos de quesería",
     trig="media_threat", trap="-", note="cheese course; journalist inquiry",
     body="""\
Buenos días:

Soy periodista de El Diario de la Costa. Estamos preparando un reportaje sobre cursos de elaboración de queso cancelados a última hora, y varios alumnos nos han hablado de su empresa.

¿Podrían darnos su versión? Nos interesaría saber cuántos cursos se han cancelado este año y cómo gestionan los reembolsos. Publicamos el lunes.

Un saludo,
Elena Márquez
El Diario de la Costa
"""),
dict(frm="Andrés Gil <andres.gil@mail-gil.example>",
     subj="Cargos raros después de reservar la excursión",
     trig="billing_dispute,security_incident", trap="-", note="snorkel tour; card data leaked",
     body="""\
Hola,

Reservé la excursión de snorkel del 5 de julio en vuestra web y pagué con tarjeta. Dos días después me aparecieron tres cargos que no reconozco (49,99 €, 120,00 € y 15,40 €) en tiendas online de fuera. El banco dice que los datos de la tarjeta se han filtrado y que esa tarjeta sólo la he usado en vuestra web.

Una amiga que reservó la misma semana tiene el mismo problema. Creo que os han hackeado la web de pagos. Revisadlo, por favor.

Andrés Gil
"""),
dict(frm="Nuria Blanco <nuria.blanco@ampa-colegio.example>",
     subj="Datos de los alumnos publicados – AEPD",
     trig="regulatory", trap="-", note="falconry school visit; data protection authority",
     body="""\
Buenos días:

Tras la exhibición de cetrería en nuestro colegio, han publicado en su web una lista con los nombres completos y el curso de los alumnos que participaron en la actividad de vuelo, junto con fotos. Nadie dio autorización para ello.

Si no retiran esa información hoy mismo, la asociación de padres presentará una denuncia ante la Agencia Española de Protección de Datos.

Nuria Blanco
Presidenta del AMPA
"""),
dict(frm="Fernando Cabrera <fernando.cabrera@agro-cabrera.example>",
     subj="Pedido invernadero hidropónico 11.200 € – copia a su consejero delegado",
     trig="executive_contact,high_value_order", trap="-", note="hydroponics; EUR 11,200 order; CEO in copy",
     cc=["Consejero Delegado <ceo@example.test>"],
     body="""\
Buenos días:

Pongo en copia a su consejero delegado porque llevo cinco semanas sin solución. El pedido del sistema hidropónico completo (11.200 €, factura 2025-0319) llegó sin el controlador de riego ni las bombas dosificadoras. Sin esas piezas la instalación no sirve para nada.

Necesito una fecha de entrega concreta esta semana.

Fernando Cabrera
Agro Cabrera S.L.
"""),
dict(frm="Rubén Ortega <ruben.ortega@mail-ro.example>",
     subj="Una vergüenza de tienda",
     trig="media_threat,severe_dissatisfaction", trap="-", note="beard-care; review and social threat",
     body="""\
Llevo un mes esperando un pedido de 40 €. Ni rastro del paquete y ni una respuesta decente. Sois una vergüenza, el peor servicio que he visto en mi vida.

Voy a dejar reseñas en Google y en Trustpilot y lo voy a contar en mi canal de YouTube, a ver si así alguien se entera.

Rubén
"""),
dict(frm="Laura Prieto <laura.prieto@mail-lp.example>",
     subj="Ha desaparecido todo mi historial de la app",
     trig="data_loss,technical_issue", trap="-", note="microbrewery tap room app",
     body="""\
Hola:

Después de actualizar la app de la cervecería, mi cuenta aparece vacía: ni historial de cervezas probadas (tenía más de 150 registradas, con notas de cata) ni los puntos acumulados. Todo a cero.

¿Podéis recuperarlo? Me da mucha pena perder las notas.

Laura
"""),
dict(frm="Cristina Moreno <cristina.moreno@mail-cm.example>",
     subj="Devolución prometida – tercera vez que escribo",
     trig="broken_promise,repeat_contact", trap="-", note="puppet theatre; refund promised",
     body="""\
Buenas:

Les escribo ya por tercera vez. El 10 de abril me dijeron por teléfono que me devolverían los 36 € de las entradas de la función cancelada "en un plazo de cinco días". Estamos a finales de mayo y no he recibido nada.

Por favor, hagan la devolución de una vez.

Cristina Moreno
"""),
dict(frm="Paco Jiménez <paco.jimenez@mail-pj.example>",
     subj="De vacaciones – pero me habéis cobrado dos veces",
     trig="billing_dispute", trap="looks_automated", note="bird-seed; customer's holiday notice then complaint",
     body="""\
Estoy de vacaciones hasta el 1 de septiembre, con acceso limitado al correo.

Pero antes de irme: en el extracto del banco veo que la caja de semillas de agosto se ha cobrado dos veces (22,90 € el día 1 y el día 2). Por favor, devolved uno de los dos cargos.

Paco
"""),
dict(frm="Vivero Los Almendros <info@vivero-almendros.example>",
     subj="RE: Su pedido ha sido entregado",
     trig="technical_issue", trap="looks_automated", note="hydroponics; 'hemos recibido el pedido' opener",
     reply=True,
     body="""\
Gracias por su correo. Hemos recibido el pedido.

Sin embargo, la bomba de recirculación de 3000 l/h no funciona: se enciende, hace ruido, pero no mueve agua. Hemos comprobado el cebado y la toma. ¿Nos envían una de sustitución?

Un saludo,
Mercedes
Vivero Los Almendros
"""),
dict(frm="Raúl Domínguez <raul.dominguez@mail-rd.example>",
     subj="RV: Respuesta automática: Hemos recibido su consulta",
     trig="billing_dispute,broken_promise,manager_request,severe_dissatisfaction", trap="looks_automated", note="roof-top tent; forwards desk autoreply, complains on top",
     body="""\
Esta "respuesta automática" es lo único que he recibido en diez días. Es indignante, un servicio absolutamente lamentable.

Quiero que mi caso lo lleve un responsable, no un robot. Se quedaron con 300 € de fianza por un arañazo que ya estaba.

Raúl Domínguez

-----Mensaje original-----
De: Atención al cliente <support@example.test>
Enviado el: lunes, 7 de julio de 2025 9:15
Para: Raúl Domínguez <raul.dominguez@mail-rd.example>
Asunto: Respuesta automática: Hemos recibido su consulta

Gracias por escribirnos. Le responderemos en un plazo de 24 horas.
"""),
dict(frm="Silvia Peña <silvia.pena@mail-sp.example>",
     subj="No se puede pagar ninguna excursión",
     trig="outage,technical_issue", trap="-", note="snorkel tour; payment gateway down",
     body="""\
Hola, la pasarela de pago de vuestra web no funciona desde esta mañana: al dar a "Pagar" sale "Servicio de pago no disponible" con cualquier tarjeta. Lo han probado también mis amigos desde sus móviles. Queríamos reservar para mañana. ¿Hay otra forma de pagar?

Silvia
"""),
dict(frm="Mónica Serrano <monica.serrano@serrano-asesores.example>",
     subj="Cena de empresa",
     trig="-", trap="job_title", note="medieval banquet; jefa de administración",
     body="""\
Hola:

Soy la jefa de administración de Serrano Asesores y estoy organizando la cena de Navidad. Seríamos unas 25 personas, preferiblemente el viernes 12 de diciembre. ¿Tienen disponibilidad para el banquete medieval y qué opciones de menú vegetariano ofrecen?

Un saludo,
Mónica Serrano
"""),
dict(frm="Óscar Reyes <oscar.reyes@mail-or.example>",
     subj="Re: Reembolso gubia",
     trig="-", trap="quoted_threat", note="woodturning; 'El ... escribió' block with earlier threat",
     reply=True,
     body="""\
Hola Ana:

Recibido el reembolso, muchas gracias. Todo aclarado.

Óscar

El mar, 10 jun 2025 a las 11:20, Óscar Reyes (<oscar.reyes@mail-or.example>) escribió:
> Es la tercera vez que os escribo. Si no me devolvéis el dinero de la gubia
> rota pondré una reclamación en consumo y hablaré con un abogado.
"""),
dict(frm="Isabel Fuentes <isabel.fuentes@mail-if.example>",
     subj="Cambio de dirección",
     trig="-", trap="negation", note="bird-seed; no voy a darme de baja",
     body="""\
Hola, no voy a darme de baja, ¡estoy encantada con las semillas! Sólo necesito cambiar la dirección de envío a partir de octubre. ¿Lo hago yo en la web o lo hacéis vosotros?

Gracias,
Isabel
"""),
dict(frm="Manuel Castro <manuel.castro@mail-mc.example>",
     subj="Política de devoluciones",
     trig="-", trap="policy_question", note="beard-care; returns policy",
     body="""\
Buenas, ¿cuál es vuestra política de devoluciones si el producto ya está abierto? Es para un regalo y no sé si le gustará el olor. Gracias.
"""),
dict(frm="Beatriz León <beatriz.leon@club-canino-sur.example>",
     subj="Contrato de encargado del tratamiento (RGPD)",
     trig="-", trap="gdpr_documentation", note="dog-agility platform; DPA request",
     body="""\
Buenos días:

Nuestro club quiere gestionar las inscripciones con su plataforma. ¿Nos pueden enviar el contrato de encargado del tratamiento según el RGPD y la información sobre dónde se alojan los datos?

Gracias,
Beatriz León
Secretaria del club
"""),
dict(frm="Alejandro Vega <alejandro.vega@mail-av.example>",
     subj="¡Gracias por la excursión!",
     trig="-", trap="praise", note="snorkel tour",
     body="""\
¡Hola equipo!

Sólo quería daros las gracias por la excursión del sábado. Vimos tortugas, pulpos y un banco de barracudas, y el guía, Iván, fue increíble con los niños. ¡Repetiremos seguro!

Alejandro
"""),
dict(frm="Teresa Medina <teresa.medina@mail-tm.example>",
     subj="¿Recordatorios de citas?",
     trig="-", trap="feature_exists", note="farrier app; asks if reminders exist",
     body="""\
Hola, ¿la app del herrador manda recordatorios antes de cada cita? Tengo cuatro caballos y siempre se me olvida cuál toca. Gracias.
"""),
dict(frm="Jorge Campos <jorge.campos@mail-jc.example>",
     subj="Duda sobre el curso",
     trig="-", trap="hypothetical", note="cheese course; hypothetical cancellation",
     body="""\
Hola:

Estoy pensando en apuntarme al curso de quesos azules de octubre. Si por trabajo no pudiera ir al final, ¿podría cambiar la plaza a otra fecha o la perdería? Prefiero saberlo antes de pagar.

Jorge
"""),
dict(frm="Eduardo Sanz <eduardo.sanz@sanz-eventos.example>",
     subj="Confirmación reserva castillo",
     trig="-", trap="large_amount_no_problem", note="medieval banquet; EUR 20,000 booking no issue",
     body="""\
Estimados señores:

Les confirmamos la reserva del salón principal para la convención del 3 de octubre (200 personas), por un importe total de 20.000 € según su presupuesto. Pueden enviarnos la factura proforma para el anticipo.

Atentamente,
Eduardo Sanz
"""),
dict(frm="Amparo Rojas <amparo.rojas@mail-ar.example>",
     subj="Lo que dice mi cuñado",
     trig="-", trap="reported_speech", note="radio repair; brother-in-law suggests suing, not adopted",
     body="""\
Hola:

Mi cuñado dice que debería denunciarles porque la radio tardó tres meses, pero yo no lo veo así, ha quedado preciosa y suena de maravilla. Sólo quería preguntar si hacen también revisiones de tocadiscos.

Amparo
"""),
dict(frm="Lorena Pascual <lorena.pascual@mail-lpas.example>",
     subj="Nuevo aroma del aceite",
     trig="-", trap="mild_disappointment", note="beard-care",
     body="""\
Hola, estoy un poco decepcionada con el nuevo aceite de sándalo, el olor dura mucho menos que el anterior. ¿Habéis cambiado la fórmula? No es una queja, sólo curiosidad.

Lorena
"""),
dict(frm="Guillermo Ibáñez <guillermo.ibanez@ibanez-ind.example>",
     subj="RE: Incidencia reserva 4471",
     trig="-", trap="outlook_original_message", note="roof-top tent; Spanish Outlook block with earlier threats",
     reply=True,
     body="""\
Perfecto, ya tengo la nueva reserva confirmada. Gracias por la rapidez.

Guillermo

-----Mensaje original-----
De: Guillermo Ibáñez <guillermo.ibanez@ibanez-ind.example>
Enviado el: jueves, 3 de julio de 2025 18:02
Para: support@example.test
Asunto: Incidencia reserva 4471

Es inadmisible. Si no me dais una solución hoy, quiero hablar con un supervisor y me doy de baja de vuestro servicio.
"""),
dict(frm="Clara Benítez <clara.benitez@mail-cb.example>",
     subj="Fuera de la oficina hasta el 15 de agosto",
     trig="-", trap="looks_automated", note="puppet theatre; human OOO-style subject, ordinary question",
     body="""\
Hola:

Estaré fuera de la oficina hasta el 15 de agosto, así que os escribo ahora: ¿cuándo sale a la venta la programación de otoño? Quiero reservar para el cole en cuanto esté disponible.

Gracias,
Clara Benítez
"""),
dict(frm="Rafael Lozano <rafael.lozano@lozano-eventos.example>",
     subj="Teléfono de la central y departamento jurídico",
     trig="corporate_contact_request,legal_threat", trap="-", note="medieval banquet; corporate event, demanda",
     body="""\
Buenos días:

Les pido el teléfono corporativo de su sede central y el correo de su departamento jurídico. Tras el banquete de empresa del 14 de junio, en el que se sirvió la comida fría y con dos horas de retraso y la mitad del espectáculo se suspendió, nuestros abogados van a presentar una demanda si no llegamos antes a un acuerdo.

No me remitan otra vez al formulario web.

Rafael Lozano
Lozano Eventos
"""),
]
