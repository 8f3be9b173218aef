# Hand-written Spanish customer mails (positives and hard negatives).
LANG = "es"
MSGS = [
dict(f="Carmen Ortega <carmen.ortega@correo.example>", s="Corona fúnebre para mi abuela",
t="broken_promise,severe_dissatisfaction", trap="-", n="floristería funeraria",
b="""Buenas tardes,

Me prometieron por teléfono que la corona estaría en el tanatorio a las 11. Llegó a las 5 de la tarde, cuando ya no quedaba nadie. Es una vergüenza. No tienen ningún respeto por las familias.

Carmen Ortega
"""),
dict(f="Javier Ruiz <javier.ruiz@ruiz.example>", s="cobro duplicado",
t="billing_dispute", trap="-", n="cargo doble",
b="""Hola, me habéis cobrado dos veces el curso de saxofón de julio (95 € y 95 €). Solo hice una inscripción. Por favor devolvedme uno. Gracias, Javier
"""),
dict(f="Lucía Fernández <lucia.fernandez@fernandez.example>", s="No puedo entrar en la web",
t="outage,technical_issue", trap="-", n="caída total",
b="""Hola,

Desde esta mañana la web de reservas de guías de pesca no carga, sale "Error 503 Service Unavailable" en el ordenador y en el móvil. Mi marido tampoco puede. ¿Está caído el sistema?

Lucía
"""),
dict(f="Miguel Torres <miguel.torres@torresabogados.example>", s="Reclamación – restauración de caravana",
t="legal_threat,high_value_order,broken_promise", trap="-", n="abogado, caravana",
b="""Estimados señores:

Pagamos 13.500 € por la restauración de nuestra caravana Sonriente de 1970, con entrega pactada para el 1 de mayo. Estamos a 20 de junio y sigue en su taller sin terminar, a pesar de que ustedes nos aseguraron por escrito la fecha.

Si en quince días no está entregada, emprenderemos acciones legales.

Miguel Torres
"""),
dict(f="Ana Gómez <ana.gomez@gomez.example>", s="Juguete peligroso",
t="safety,media_threat", trap="-", n="juguete, atragantamiento, redes",
b="""Hola,

A la jirafa de madera se le soltó una pieza pequeña y mi bebé de 10 meses casi se atraganta. Tuvimos que ir a urgencias. 

Quiero una respuesta seria. Si no, pienso contarlo en TikTok y en los grupos de madres, tengo bastantes seguidoras.

Ana Gómez
"""),
dict(f="Rosa Delgado <rosa.delgado@delgado.example>", s="Trato discriminatorio en la boda",
t="discrimination_harassment,severe_dissatisfaction", trap="-", n="boda, discriminación por discapacidad",
b="""Buenos días,

Mi hermano va en silla de ruedas. En nuestra boda en el palacio, el encargado de sala le dijo delante de todos que "estorbaba" y que se pusiera "en un rincón donde no molestara". Mi hermano se marchó llorando.

Me parece indignante y vergonzoso. Exijo una disculpa por escrito.

Rosa Delgado
"""),
dict(f="Pablo Navarro <pablo.navarro@navarro.example>", s="Me han hackeado la cuenta",
t="security_incident", trap="-", n="cuenta robada",
b="""Hola, alguien ha entrado en mi cuenta del seguro de móvil, ha cambiado el correo y ha dado de alta un siniestro por robo que yo no he hecho. Me llegó un aviso de "inicio de sesión desde un nuevo dispositivo" a las 3 de la mañana. ¡Bloqueen la cuenta ya!
"""),
dict(f="Elena Castro <elena.castro@castro.example>", s="Denuncia a la AEPD",
t="regulatory,security_incident", trap="-", n="AEPD, datos expuestos",
b="""Buenos días,

He recibido por error un correo suyo con un Excel adjunto que contiene nombres, teléfonos y números de póliza de cientos de clientes. Es una filtración de datos personales. Ya lo he puesto en conocimiento de la Agencia Española de Protección de Datos.

Elena Castro
"""),
dict(f="Sergio Molina <sergio.molina@molina.example>", s="Sugerencia",
t="feature_request", trap="-", n="sugerencia de función",
b="""Hola! Estaría genial que en la app de mensajería se pudiera marcar una ruta como "con lluvia" para que los ciclistas sepan que habrá retraso. ¿Lo podéis añadir? Gracias, Sergio
"""),
dict(f="Raúl Herrera <raul.herrera@herrera.example>", s="Tercera vez que escribo - fotos borradas",
t="repeat_contact,data_loss,technical_issue", trap="-", n="tercer contacto, datos",
b="""Es la tercera vez que os escribo. Todas las fotos del álbum de la boda que subieron los invitados han desaparecido de vuestra plataforma. Más de 400 fotos. Nadie me responde.

Raúl
"""),
dict(f="Beatriz Ramos <beatriz.ramos@ramos.example>", s="Quiero hablar con un responsable",
t="manager_request,billing_dispute", trap="-", n="supervisor, cargo incorrecto",
b="""Buenas,

Me han cobrado 45 € por "cambio de fecha" del taller de cera para esquís cuando fueron ustedes quienes cancelaron. El chico del teléfono no puede hacer nada. Quiero hablar con un supervisor, por favor.

Beatriz Ramos
"""),
dict(f="Fernando Vidal <fernando.vidal@vidal.example>", s="Datos de contacto de la dirección",
t="corporate_contact_request,executive_contact", trap="-", n="correo del consejero delegado",
b="""Buenas tardes,

¿Podrían facilitarme la dirección de la sede central y el correo electrónico del consejero delegado? Voy a escribirle personalmente sobre cómo han gestionado la subasta del lote 31.

Fernando Vidal
"""),
dict(f="Marta Iglesias <marta.iglesias@iglesias.example>", s="Respuesta automática: fuera de la oficina (no, es un correo real)",
t="cancellation_threat,technical_issue", trap="looks_automated", n="cliente avisa de su ausencia y se queja",
b="""Estaré fuera de la oficina hasta el 2 de septiembre.

Antes de irme: el dosificador automático de cloro que nos instalaron marca "ERROR E4" cada mañana y la piscina de hidromasaje está turbia. Si a la vuelta no está solucionado, nos damos de baja del contrato de mantenimiento y buscamos otra empresa.

Marta Iglesias
"""),
dict(f="Jorge Santos <jorge.santos@santos.example>", s="Hemos recibido su factura",
t="billing_dispute,high_value_order", trap="looks_automated", n="estilo acuse de recibo",
b="""Estimados señores:

Hemos recibido su factura n.º 2024/455.

No obstante, nos cobran 7.800 € por 300 camisetas de rugby cuando el pedido confirmado era de 240 camisetas (6.240 €). Les rogamos emitan una factura rectificativa.

Atentamente,
Jorge Santos
Administración, Club Rugby Almería
"""),
dict(f="Daniel Romero <daniel.romero@romero.example>", s="RV: No se pudo entregar / y encima la web falla",
t="outage,technical_issue", trap="looks_automated", n="pega un rebote y se queja",
b="""Os intenté escribir a pedidos@ y me ha devuelto esto. Y vuestra tienda online lleva todo el día caída, no carga ninguna página. ¿Cómo hago el pedido de pan sin gluten?

Daniel

-----Mensaje original-----
De: Mail Delivery System <MAILER-DAEMON@correo.romero.example>
Asunto: Undelivered Mail Returned to Sender

This is the mail system at host correo.romero.example.
<pedidos@panadería.example>: Host or domain name not found.
"""),
dict(f="Lorena Gil <lorena.gil@gil.example>", s="Denuncia a consumo y abogado",
t="regulatory,legal_threat,billing_dispute", trap="-", n="OMIC y abogada",
b="""Buenos días,

Siguen cobrándome 8,99 € al mes del seguro de móvil aunque me di de baja en marzo. He presentado una reclamación en la Oficina Municipal de Información al Consumidor y mi abogada ya tiene toda la documentación para presentar una demanda.

Lorena Gil
"""),
dict(f="Tomás Medina <tomas.medina@medina.example>", s="Periodista - solicitud de declaraciones",
t="media_threat", trap="-", n="periodista",
b="""Buenos días,

Soy periodista de "Diario del Sur" y estoy preparando un reportaje sobre las subastas online de plantas raras. Me gustaría conocer su versión sobre las quejas de varios compradores. ¿Podrían atenderme esta semana?

Tomás Medina
"""),
dict(f="Nuria Cano <nuria.cano@cano.example>", s="Evento benéfico - el sistema de entradas",
t="outage,technical_issue,cancellation_threat", trap="-", n="evento benéfico, nos vamos a otra plataforma",
b="""Hola,

El día de la venta de entradas para la carrera solidaria por la donación de órganos, vuestra plataforma estuvo caída toda la mañana. Nadie pudo comprar. Para el próximo evento nos vamos a otra plataforma, lo siento.

Nuria Cano
"""),
dict(f="Alberto Peña <alberto.pena@pena.example>", s="Calentador de cera",
t="safety", trap="-", n="plancha sobrecalentada, humo (defecto físico, no technical_issue)",
b="""Hola,

La plancha de encerar que compré en vuestro taller se sobrecalienta: hoy empezó a salir humo del cable y olía a quemado. La he desenchufado. ¿Puede ser un defecto del lote?

Alberto
"""),
dict(f="Adrián Fuentes <adrian.fuentes@fuentes.example>", s="Alguien entró en mi cuenta y borró mis diseños",
t="data_loss,feature_request,security_incident,technical_issue", trap="-", n="acceso no autorizado, borrado, pide 2FA",
b="""Hola,

Anoche alguien entró en mi cuenta del estudio de diseño de juegos de mesa desde una IP que no es mía (203.0.113.200) y borró los tres proyectos que tenía, con todas las cartas. La papelera también está vacía.

Por favor, recuperad lo que podáis. Y de verdad, añadid la verificación en dos pasos, es increíble que en 2024 no exista.

Adrián
"""),
dict(f="Gloria Núñez <gloria.nunez@nunez.example>", s="Departamento jurídico",
t="corporate_contact_request,legal_threat,billing_dispute", trap="-", n="pide contacto jurídico, abogado",
b="""Buenos días,

Me cobraron 1.240 € por un fin de semana de pesca con guía que ustedes mismos anularon. Tras dos meses sin respuesta, necesito la dirección postal de su departamento jurídico: mi abogado les enviará un requerimiento formal.

Gloria Núñez
"""),
# --- hard negatives ---
dict(f="Cristina López <cristina.lopez@lopez.example>", s="RE: pedido de camisetas",
t="-", trap="quoted_threat", n="El ... escribió, amenaza citada",
b="""¡Ya han llegado! Todo perfecto, muchas gracias.

Cristina

El lun, 3 jun 2024 a las 10:12, Cristina López (<cristina.lopez@lopez.example>) escribió:
> Es una vergüenza. Si no llegan las camisetas antes del sábado, me doy de baja
> y llamo a mi abogado.
"""),
dict(f="Ignacio Prieto <ignacio.prieto@prieto.example>", s="Pedido de flores para la oficina",
t="-", trap="job_title", n="Gerente de oficina",
b="""Hola, soy el gerente de la oficina de Prieto Asesores. Queremos un centro de flores cada lunes para recepción. ¿Nos pueden enviar presupuesto?

Ignacio Prieto
Gerente
"""),
dict(f="Patricia Vega <patricia.vega@vega.example>", s="Pregunta sobre devoluciones",
t="-", trap="policy_question", n="política de reembolso",
b="""Hola, ¿cuál es vuestra política de reembolso si el río viene crecido y no se puede pescar? ¿Y podría cancelar más tarde si quisiera? Gracias.
"""),
dict(f="Andrés Blanco <andres.blanco@blanco.example>", s="Gracias a Laura",
t="-", trap="praise_manager", n="elogio a la gerente",
b="""Hola,

Quería dar las gracias a Laura, la gerente de eventos, por lo bien que organizó nuestra boda. Todo salió perfecto. Por favor, díganselo a su jefe.

Andrés y Sara
"""),
dict(f="Luis Serrano <luis.serrano@serrano.example>", s="No me voy a dar de baja",
t="-", trap="negation", n="negación",
b="""Hola, tranquilos, no me voy a dar de baja. Solo quiero cambiar la tarjeta con la que pago el seguro del móvil. ¿Cómo lo hago? Luis
"""),
dict(f="Pilar Rubio <pilar.rubio@rubioabogados.example>", s="Regalo: juego de madera",
t="-", trap="lawyer_customer", n="abogada, cláusula de confidencialidad",
b="""Buenos días,

Quisiera comprar el juego de construcción de madera de 100 piezas para mi sobrino. ¿Hacen envoltorio de regalo?

Un saludo,
Pilar Rubio
Abogada

AVISO LEGAL: Este mensaje es confidencial y puede contener información protegida por el secreto profesional. Si lo ha recibido por error, notifíquelo al remitente y elimínelo.
"""),
dict(f="Óscar Marín <oscar.marin@marin.example>", s="Pedido grande sin problemas",
t="-", trap="large_amount_no_problem", n="importe alto sin problema",
b="""Hola,

Confirmamos el pedido de 60 equipaciones completas por 9.600 €. Todo correcto, pueden enviarlo cuando esté listo.

Óscar Marín
Club Rugby Getafe
"""),
dict(f="Eva Moreno <eva.moreno@moreno.example>", s="Anular una clase",
t="-", trap="routine_cancellation", n="anular una clase",
b="""Hola, ¿me podéis anular la clase de saxo del viernes? Tengo médico. La semana que viene vuelvo normal. Gracias, Eva
"""),
dict(f="Hugo Ibáñez <hugo.ibanez@ibanez.example>", s="¿Programa de recompensas por fallos?",
t="-", trap="security_question_no_incident", n="bug bounty",
b="""Hola, soy investigador de seguridad. ¿Tenéis un programa de recompensas por vulnerabilidades (bug bounty) para la app del seguro? No he encontrado nada, solo quiero saber las reglas antes de probar. Saludos, Hugo
"""),
dict(f="Silvia Pascual <silvia.pascual@pascual.example>", s="Mi segundo correo",
t="-", trap="second_email_not_repeat", n="segundo correo",
b="""Hola, este es mi segundo correo, ¿recibisteis mi pedido de tarta sin gluten para el 12? Un saludo, Silvia
"""),
dict(f="Ramón Soler <ramon.soler@soler.example>", s="Ya está resuelto",
t="-", trap="settled_issue", n="asunto resuelto",
b="""Hola Marta,

Solo para confirmar que el reembolso del cobro duplicado ya me ha llegado. Todo resuelto, gracias por vuestra rapidez.

Ramón
"""),
dict(f="Inés Cabrera <ines.cabrera@cabrera.example>", s="Fuera de la oficina - pedido de agosto",
t="-", trap="looks_automated", n="ausencia sin queja",
b="""Estaré fuera de la oficina del 1 al 20 de agosto. Por favor, no enviéis el pedido de productos químicos para el spa hasta el 21. ¡Gracias!

Inés Cabrera
"""),
]
