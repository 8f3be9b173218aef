# heldout13: Spanish customer mail (positives and hard negatives).
# Every text below is hand-written; nothing is assembled from slots.


def m(k, trig, subj, name, addr, body, trap="-", note="-", **kw):
    d = dict(k=k, lang="es", trig=trig, subj=subj, name=name, addr=addr,
             body=body, trap=trap, note=note)
    d.update(kw)
    return d


MSGS = [

# ---------------------------------------------------------------- positives

m("esp01", "billing_dispute,severe_dissatisfaction",
  "Me habéis cobrado la recarga dos veces", "Lucía Fernández", "lucia.fernandez@correo.example",
  """Hola,

El viernes recargué 50 € en la pulsera cashless del festival y en la tarjeta me aparecen DOS cargos de 50 € con la misma hora. En la pulsera solo hay 50.

Es una tomadura de pelo. Quiero que me devolváis el cargo duplicado ya.

Lucía
Pulsera n.º SV-22871"""),

m("esp02", "outage,technical_issue",
  "El portal del inquilino no funciona", "Javier Morales", "javier.morales@correo.example",
  """Buenos días:

Desde anoche el portal del inquilino no carga: aparece "Error 503 – Servicio no disponible" en el ordenador y en el móvil. Mis vecinos del 2.º B y del 4.º A tienen el mismo problema.

Tengo que enviar hoy las fotos de la avería de la caldera y solo se puede hacer por el portal. ¿Cuándo estará arreglado?

Un saludo,
Javier Morales"""),

m("esp03", "legal_threat",
  "Vestido de novia dañado", "Carmen Ruiz", "carmen.ruiz@correo.example",
  """Estimados señores:

Al recoger mi vestido de novia tras el arreglo, comprobé que el encaje de la espalda está rasgado y que el bajo quedó más corto por un lado. Se lo mostré a la encargada en el momento y no me dio ninguna solución.

He puesto el asunto en manos de un despacho de abogados, que se pondrá en contacto con ustedes esta semana. Les ruego que conserven la ficha de mi encargo (n.º AN-0672).

Atentamente,
Carmen Ruiz""", note="'la encargada' is a job title in reported history, not a request"),

m("esp04", "regulatory,security_incident,technical_issue",
  "Veo los datos de otra persona en la app", "Alberto Navarro", "alberto.navarro@correo.example",
  """Hola:

En la app de FarmaPuntos, en "Mis compras", me aparecen compras que no son mías: medicamentos para la tensión y un test de embarazo, con el nombre y el DNI parcial de otra clienta. Supongo que ella verá los míos.

Esto son datos de salud. Si no lo solucionan de inmediato, presentaré una reclamación ante la Agencia Española de Protección de Datos.

Alberto Navarro"""),

m("esp05", "billing_dispute,regulatory",
  "Hoja de reclamaciones – alquiler de esquís", "Marta Gil", "marta.gil@correo.example",
  """Buenas tardes:

Ayer pedí la hoja de reclamaciones en su tienda de la estación porque me cobraron tres días de alquiler cuando solo usé uno (la estación cerró por viento y ustedes mismos lo anotaron). El empleado me dijo que no tenían.

Hoy he presentado la reclamación en la Oficina Municipal de Información al Consumidor con las fotos del ticket. Les aviso para que lo sepan.

Marta Gil""", note="complaint filed with the municipal consumer office; says three rental days were charged for one used"),

m("esp06", "billing_dispute,regulatory",
  "Cobro incorrecto – voy a acudir a Profeco", "Ricardo Salazar", "ricardo.salazar@correo.example",
  """Buenas tardes,

En mi pedido R-77190 (juego de amortiguadores y bujes) el precio en el carrito era de $4,890 MXN y en mi tarjeta aparece un cargo de $6,120 MXN. Nadie me explica la diferencia. Adjunto captura del carrito.

Si no me reembolsan la diferencia en esta semana, voy a poner la queja en Profeco.

Ricardo Salazar
Guadalajara""", att=("png", "carrito.png")),

m("esp07", "manager_request",
  "Páseme con alguien que pueda decidir", "Elena Ortega", "elena.ortega@correo.example",
  """Hola,

Llevo una semana hablando con el chat y todos me dicen que "no pueden hacer nada" con el cambio de fecha del campamento de mi hijo. Por favor, pasen mi caso a alguien que tenga capacidad para decidir y que me llame al 655 501 234.

Gracias,
Elena Ortega"""),

m("esp08", "manager_request,severe_dissatisfaction",
  "Quiero hablar con su jefe", "Francisco Herrera", "francisco.herrera@correo.example",
  """Lo de hoy con su técnico de limpieza de alfombras ha sido indignante: llegó tres horas tarde, dejó la alfombra empapada y cuando se lo dije me contestó de malos modos.

No quiero otra respuesta automática. Quiero hablar con su jefe, hoy.

Francisco Herrera"""),

m("esp09", "corporate_contact_request",
  "Domicilio social de la empresa", "Dolores Jiménez", "dolores.jimenez@correo.example",
  """Buenos días:

¿Me pueden facilitar la dirección de su domicilio social y el nombre de la persona responsable del departamento jurídico? Quiero enviar una reclamación por burofax.

Gracias.
Dolores Jiménez"""),

m("esp10", "corporate_contact_request,executive_contact",
  "Correo del consejero delegado", "Andrés Castillo", "andres.castillo@correo.example",
  """Buenas,

Necesito el correo electrónico de su consejero delegado. Visto que en atención al cliente nadie resuelve lo de mi préstamo, le voy a escribir a él directamente.

Andrés Castillo"""),

m("esp11", "executive_contact",
  "He escrito a vuestro director general", "Nuria Prieto", "nuria.prieto@correo.example",
  """Hola,

Para que conste: esta mañana le he enviado un mensaje por LinkedIn a vuestro director general contándole todo lo de la instalación de la batería. Ya lo ha visto.

Nuria""", note="LinkedIn message to the CEO = executive_contact, not media"),

m("esp12", "media_threat",
  "Consulta de prensa – campamentos de programación", "Pablo Serrano", "pablo.serrano@diariodelsur-redaccion.example",
  """Buenos días:

Soy periodista de Diario del Sur y estoy preparando un reportaje sobre campamentos tecnológicos para niños este verano. Varias familias nos han contado que el campamento de Málaga se canceló con dos días de antelación.

¿Podrían confirmarme qué ocurrió y qué soluciones se ofrecieron a las familias? Publicamos el domingo.

Un saludo,
Pablo Serrano""", note="journalist inquiry"),

m("esp13", "media_threat,severe_dissatisfaction",
  "Lo voy a contar en mi canal", "Sergio Vega", "sergio.vega@correo.example",
  """Lo de vuestro autocar fue de vergüenza ajena: llegó hora y media tarde, sin aire acondicionado a 38 grados y con el conductor de mal humor todo el viaje.

Tengo un canal de YouTube de viajes en grupo con 45.000 suscriptores y el vídeo de esta semana va a ser sobre vosotros. Con todas las imágenes.

Sergio"""),

m("esp14", "cancellation_threat",
  "No volveremos a contratarles", "Rosa Delgado", "rosa.delgado@comunidad-losalamos.example",
  """Buenos días:

Como presidenta de la comunidad de propietarios Los Álamos, les comunico que, tras los tres temporales de este invierno en los que su máquina llegó a mediodía, la junta ha decidido no renovar el contrato de limpieza de nieve la próxima temporada y buscar otra empresa.

Atentamente,
Rosa Delgado""", trap="job_title", note="'presidenta' describes her role; announcing non-renewal"),

m("esp15", "cancellation_threat,technical_issue",
  "La app no conecta las videollamadas", "Diego Romero", "diego.romero@correo.example",
  """Hola,

Desde hace dos semanas las videollamadas de Intercambia se cortan a los pocos segundos con el mensaje "Conexión perdida". Mi conexión va perfecta con otras apps.

Pago el plan Premium justo para las llamadas. Si no lo arregláis este mes, me paso a otra aplicación.

Diego"""),

m("esp16", "data_loss,technical_issue",
  "Han desaparecido los proyectos de mi hijo", "Beatriz Molina", "beatriz.molina@correo.example",
  """Hola,

Mi hijo Hugo hizo el campamento de programación en julio y guardó sus tres juegos en la plataforma. Hoy ha entrado y dice "No tienes proyectos todavía". Estaban ahí hace un mes.

¿Se pueden recuperar? Está muy disgustado.

Gracias,
Beatriz Molina"""),

m("esp17", "security_incident",
  "Alguien ha entrado en mi cuenta", "Iván Cortés", "ivan.cortes@correo.example",
  """Hola,

Me ha llegado un aviso de que se ha cambiado la cuenta bancaria para los pagos de mi préstamo estudiantil. Yo no he cambiado nada. En el historial de accesos aparecen entradas desde un dispositivo desconocido a las 4 de la mañana.

Por favor, bloqueen la cuenta y revisen qué se ha modificado.

Iván Cortés"""),

m("esp18", "safety,technical_issue",
  "La batería echa chispas", "Manuel Iglesias", "manuel.iglesias@correo.example",
  """Buenas noches:

La batería que nos instalaron en marzo ha empezado a hacer un chasquido y por la rejilla lateral se ven chispas. Huele a quemado. En la pantalla sale "ALARMA T-09". He bajado el diferencial y hemos sacado a los niños de casa.

¿Qué hacemos? ¿Llamamos a los bomberos? Llámenme urgente al 655 509 876.

Manuel Iglesias"""),

m("esp19", "discrimination_harassment",
  "Comentarios del conductor a las alumnas", "Inmaculada Santos", "inmaculada.santos@ies-valdepenas.example",
  """Estimados señores:

Soy una de las profesoras que acompañaron al grupo de 4.º de ESO en el viaje a Granada (reserva AS-4471). Durante el trayecto de vuelta, el conductor hizo comentarios sobre el físico de varias alumnas de 15 años ("con esa falda no hace falta calefacción") y les pidió el número de teléfono a dos de ellas.

Las alumnas y sus familias están muy afectadas. Exigimos que se tomen medidas.

Inmaculada Santos""", trap="-"),

m("esp20", "broken_promise,repeat_contact",
  "Cuarta llamada y sigo sin reembolso", "Pilar Ramos", "pilar.ramos@correo.example",
  """Hola:

Ya he llamado cuatro veces. El 10 de junio me prometieron por teléfono el reembolso de los 90 € de la plaza de camping que nunca pude usar porque cancelaron la zona, "en un plazo de 5 días hábiles". Estamos a 8 de julio y no ha llegado nada.

Pilar Ramos"""),

m("esp21", "high_value_order,technical_issue",
  "Pedido 25 portátiles (8.750 €) – fallos de batería", "Óscar Medina", "oscar.medina@asesoria-medina.example",
  """Buenos días:

Recibimos el pedido RT-3390 de 25 portátiles reacondicionados por un total de 8.750,00 € + IVA. En nueve de ellos la batería pasa del 100 % al 0 % en unos veinte minutos y el equipo se apaga sin aviso; el informe de batería de Windows da una capacidad de menos del 20 %.

Adjunto el informe de batería de uno de ellos. Necesitamos que nos indiquen cómo proceder con la sustitución.

Un saludo,
Óscar Medina""", att=("pdf", "battery-report.pdf")),

m("esp22", "high_value_order,legal_threat,technical_issue",
  "Instalación acumulador y batería – 12.300 €", "Teresa Cano", "teresa.cano@correo.example",
  """Estimados señores:

El sistema de acumulador térmico y batería que instalaron en mi vivienda en septiembre (presupuesto P-2291, 12.300 € pagados íntegramente) no ha funcionado correctamente ni un solo mes: el acumulador no carga por la noche y el inversor se desconecta cada pocos días con el error "E-204".

Si antes del 30 de noviembre no queda resuelto, mi abogado iniciará las acciones oportunas para la resolución del contrato.

Atentamente,
Teresa Cano"""),

m("esp23", "feature_request",
  "Idea: recordatorios de medicación", "Consuelo Marín", "consuelo.marin@correo.example",
  """Hola,

Uso mucho la app de FarmaPuntos. Estaría muy bien que la app avisara cuando toca recoger la medicación de receta, porque tomo tres cosas y siempre se me olvida alguna. Mi nieta me dice que otras apps lo hacen.

Muchas gracias,
Consuelo"""),

m("esp24", "repeat_contact,technical_issue",
  "Tercera vez: el buscador por matrícula no funciona", "Raúl Peña", "raul.pena@taller-pena.example",
  """Es la tercera vez que escribo. El buscador por matrícula de su web devuelve "Vehículo no encontrado" con cualquier matrícula, incluso de coches para los que compré piezas el mes pasado.

Raúl Peña
Taller Peña"""),

m("esp25", "media_threat,severe_dissatisfaction",
  "NADIE VINO A QUITAR LA NIEVE", "Joaquín Reyes", "joaquin.reyes@correo.example",
  """LLEVAMOS DOS DÍAS SIN PODER SACAR EL COCHE DEL GARAJE. PAGAMOS EL SERVICIO TODO EL INVIERNO Y CUANDO POR FIN NIEVA NO APARECE NADIE. ES INDIGNANTE. ESTOY HARTO. ESTA TARDE LO CUELGO TODO EN EL GRUPO DE FACEBOOK DEL PUEBLO PARA QUE LOS VECINOS SEPAN CON QUIÉN NO CONTRATAR."""),

m("esp26", "cancellation_threat,outage,technical_issue",
  "App del festival caída en plena entrada", "Alba Cabrera", "alba.cabrera@correo.example",
  """Hola,

Estamos en la cola de acceso y la app no abre las entradas: "No se puede conectar con el servidor". Los de seguridad dicen que sus lectores tampoco funcionan. Llevamos una hora.

Si esto es lo que hay, el año que viene no contéis con nosotros ni con nuestra peña de doce personas.

Alba"""),

m("esp27", "data_loss,severe_dissatisfaction,technical_issue",
  "Se han borrado las fotos de la inspección", "Gonzalo Fuentes", "gonzalo.fuentes@correo.example",
  """Buenos días:

En el portal del inquilino han desaparecido las 48 fotos del acta de entrada que subí en 2023. Ahora que dejo el piso y me quieren quitar parte de la fianza, resulta que no hay nada. El apartado sale vacío.

Me parece una vergüenza absoluta. Necesito esas fotos recuperadas esta semana.

Gonzalo Fuentes"""),

m("esp28", "manager_request,safety",
  "El conductor olía a alcohol", "Verónica León", "veronica.leon@club-atletismo-sur.example",
  """Buenas tardes:

El sábado contratamos un autocar para llevar a 30 atletas juveniles a Córdoba (reserva AS-5120). El conductor olía claramente a alcohol a las 8 de la mañana y en la autovía dio varios volantazos. Tuvimos que pedirle que parara en un área de servicio.

Quiero que esto lo vea un responsable de su empresa y que me llamen. Podía haber pasado una desgracia.

Verónica León
Club Atletismo Sur""", note="asks for someone in charge to see it and call"),

# ---------------------------------------------------------------- negatives

m("esn01", "-", "Presupuesto uniformes de invierno", "Laura Domínguez", "laura.dominguez@hotel-miramar.example",
  """Buenos días:

Soy la gerente del Hotel Miramar y querríamos presupuesto para 40 chaquetas de trabajo impermeables con el logo bordado (tallas variadas). ¿Cuál sería el plazo de entrega?

Un saludo,
Laura Domínguez
Gerente – Hotel Miramar""", trap="job_title"),

m("esn02", "-", "Re: Reembolso de la fianza", "Antonio Vázquez", "antonio.vazquez@correo.example",
  """Gracias, ya me ha llegado la devolución. Por mi parte está todo resuelto.

Saludos,
Antonio

El 4 mar 2025, a las 20:15, Antonio Vázquez <antonio.vazquez@correo.example> escribió:
> Es la tercera vez que les escribo. Si no me devuelven la fianza de 150 €
> esta semana, les demando y pongo una reclamación en Consumo. Quiero
> hablar con un supervisor.""", trap="quoted_threat,closing_reply", note="'El ... escribió:' quote"),

m("esn03", "-", "RE: Cita para la prueba del vestido", "Cristina Pascual", "cristina.pascual@correo.example",
  """Hola Marisa:

El jueves a las 17:00 me viene perfecto. Llevaré los zapatos.

Un beso,
Cristina

De: Cristina Pascual <cristina.pascual@correo.example>
Enviado: martes, 11 de marzo de 2025 22:04
Para: Arreglos Novia <support@example.test>
Asunto: Cita para la prueba del vestido

Es inadmisible que me hayan cambiado la cita por tercera vez. Si vuelve a pasar, me llevo el vestido a otro taller y lo cuento en todas las redes.""",
  trap="quoted_threat", note="Outlook De:/Enviado: block"),

m("esn04", "-", "No quiero darme de baja", "Irene Calvo", "irene.calvo@correo.example",
  """Hola:

No pienso darme de baja, estoy muy contenta con la app. Solo quería saber si puedo cambiar el idioma que aprendo de francés a alemán sin perder mis contactos.

Gracias,
Irene""", trap="negation"),

m("esn05", "-", "Política de devoluciones", "Mario Gallego", "mario.gallego@correo.example",
  """Buenas, ¿cuál es su política de devoluciones para piezas de motor? Quiero pedir un alternador pero no estoy 100 % seguro de la referencia. Gracias.""",
  trap="policy_question"),

m("esn06", "-", "¿Se puede pagar con Bizum?", "Sara Lozano", "sara.lozano@correo.example",
  """Hola, ¿se pueden pagar las recargas de la pulsera con Bizum o solo con tarjeta? Gracias!""", trap="feature_exists"),

m("esn07", "-", "¡Muchas gracias por el campamento!", "Ana Belén Rubio", "anabelen.rubio@correo.example",
  """Hola a todo el equipo:

Mi hija ha vuelto encantada del campamento de robótica. Ha aprendido muchísimo y ya quiere apuntarse el año que viene. ¡Gracias a los monitores por su paciencia!

Un abrazo,
Ana Belén""", trap="praise"),

m("esn08", "-", "Comentario sobre la limpieza", "Patricia Herrero", "patricia.herrero@correo.example",
  """Hola:

La limpieza de las alfombras quedó bien. Eso sí, me quedé un poco decepcionada porque la mancha de café del salón no ha salido del todo, aunque el técnico ya me avisó de que era difícil.

Saludos,
Patricia""", trap="mild_disappointment"),

m("esn09", "-", "Duda sobre el recibo del préstamo", "Emilio Santana", "emilio.santana@correo.example",
  """Hola:

Mi cuñado dice que debería demandarles por lo altos que son los intereses, pero yo solo quiero entender el recibo. ¿Me pueden explicar qué parte de la cuota de 245 € es capital y qué parte intereses?

Gracias,
Emilio""", trap="reported_speech"),

m("esn10", "-", "Confirmar fecha de entrega – pedido 14.000 €", "Jorge Montero", "jorge.montero@montero-logistica.example",
  """Buenos días:

Hemos realizado el pedido RT-3512 de 40 portátiles reacondicionados por 14.000,00 € y el pago ya está hecho. Todo correcto. ¿Podrían confirmarme la fecha de entrega prevista?

Un saludo,
Jorge Montero""", trap="large_amount"),

m("esn11", "-", "Activar verificación en dos pasos", "Noelia Flores", "noelia.flores@correo.example",
  """Hola, ¿cómo activo la verificación en dos pasos en el portal del préstamo? Quiero tener la cuenta más protegida. Gracias.""", trap="two_factor"),

m("esn12", "-", "Mantenimiento programado del portal", "Héctor Sanz", "hector.sanz@correo.example",
  """Buenas tardes:

He visto el aviso de mantenimiento del portal del inquilino para el domingo. ¿Podré seguir enviando incidencias urgentes ese día por teléfono?

Gracias,
Héctor Sanz""", trap="maintenance_question"),

m("esn13", "-", "Cómo cambiar la talla de las botas de esquí", "Marina Soto", "marina.soto@correo.example",
  """Hola, reservé botas de la talla 38 pero creo que necesito la 39. ¿Cómo cambio la talla en la reserva online? Gracias :)""", trap="how_to"),

]
