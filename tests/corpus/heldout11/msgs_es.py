# Spanish customer mail: positives and hard negatives. Hand-written literals.
from spec import M

MESSAGES = [

# ---------------------------------------------------------------- positives

M("es", "discrimination_harassment", "-", "-",
  "Nadia El Amrani <nadia.elamrani@correo-sur.example>",
  "Le negaron la entrada a mi hija por llevar hiyab",
  """\
Buenas tardes:

El domingo llevé a mi hija de 12 años a su parque para la sesión de las
11:00, que habíamos pagado por internet. En la entrada, el encargado de
turno le dijo que con el hiyab no podía saltar "por seguridad" y que se lo
quitara o se fuera. Justo detrás había otra niña con una cinta en el pelo a
la que dejaron pasar sin problema.

Mi hija salió llorando. Exijo una explicación por escrito.

Nadia El Amrani
"""),

M("es", "discrimination_harassment,severe_dissatisfaction", "-", "-",
  "Sergio Lozano <sergio.lozano@mediterraneo-mail.test>",
  "Trato recibido en el restaurante del barco",
  """\
Hola:

Mi pareja y yo (dos hombres) viajamos en el crucero del 8 de junio. Durante
toda la semana, uno de los camareros del restaurante principal hizo
comentarios y gestos burlones cada vez que nos sentábamos, y la última
noche nos dijo delante de otros pasajeros que "aquí no queremos ese tipo de
cosas".

Me parece indignante y asqueroso que su personal trate así a los clientes.

Sergio Lozano
"""),

M("es", "discrimination_harassment,manager_request", "-", "-",
  "Pilar Echeverría <pilar.echeverria@norte-correo.example>",
  "Clases de equitación de mi madre",
  """\
Hola,

Mi madre, de 67 años, lleva tres años montando en su hípica. El nuevo
profesor le dijo delante del grupo que "a su edad ya no debería estar
subida a un caballo" y desde entonces se niega a darle clase, aunque ella
sigue pagando la cuota mensual.

Quiero hablar con la persona responsable de la hípica, no con el profesor.

Pilar Echeverría
"""),

M("es", "outage,technical_issue", "-", "-",
  "Lucía Ferrer <lucia.ferrer@calma-mail.test>",
  "La app no funciona - error 503",
  """\
Hola,

Desde esta mañana la app no carga: se queda en la pantalla de inicio y
luego sale "Error 503 - servicio no disponible". A mi pareja le pasa lo
mismo, y en el grupo de meditación de mi barrio nadie puede entrar.

¿Es un problema general? Gracias.

Lucía
"""),

M("es", "outage,severe_dissatisfaction,technical_issue", "-", "-",
  "Javier Ortega <javier.ortega@grada-norte.example>",
  "Web caída justo en la venta de entradas",
  """\
La web lleva caída dos horas, justo desde que abrió la venta para el
derbi. Solo sale una página en blanco con "Error 502". Mis amigos de la
peña igual, desde ordenadores y móviles distintos.

Me parece indignante que con lo que cobráis de comisión no seáis capaces de
aguantar una venta anunciada hace un mes.

Javier Ortega
"""),

M("es", "outage,technical_issue", "-", "-",
  "Diego Salvatierra <diego.salvatierra@lobo-gaming.test>",
  "Nadie del equipo puede iniciar sesión",
  """\
Buenas,

Ninguno de los cinco jugadores de nuestro equipo puede iniciar sesión en la
plataforma desde hace una hora. El login se queda cargando y al final sale
"No se pudo conectar con el servidor". Tenemos partido de liga a las 21:00.

¿Sabéis algo?

Diego
Capitán de Lobo Gaming
"""),

M("es", "corporate_contact_request", "-", "-",
  "Ramón Iglesias <ramon.iglesias@iglesias-abogacia.example>",
  "Dirección de la sede central",
  """\
Buenos días:

¿Me pueden facilitar la dirección postal de su sede central y el teléfono de
las oficinas centrales? No el de atención al cliente, que ya lo tengo. Se
trata del colchón de mi hija, que después de tres meses sigue sin
resolverse.

Atentamente,
Ramón Iglesias
"""),

M("es", "corporate_contact_request,executive_contact", "-",
  "asks for the CEO's email in order to write to him",
  "Montserrat Puig <montserrat.puig@puig-correu.example>",
  "Correo del consejero delegado",
  """\
Bon dia / buenos días:

Les pido el correo electrónico de su consejero delegado. Quiero escribirle
personalmente sobre lo ocurrido en nuestro crucero por el Báltico, porque
sus agentes llevan dos meses sin darme una respuesta.

Montserrat Puig
"""),

M("es", "corporate_contact_request,legal_threat", "-", "-",
  "Andrés Villanueva <andres.villanueva@villanueva-mail.test>",
  "Contacto del departamento jurídico",
  """\
Buenas tardes,

Necesito los datos de contacto de su departamento jurídico. Mi abogado va a
enviarles un requerimiento formal por la instalación defectuosa de las
ventanas de mi vivienda y quiere dirigirlo a la persona correcta.

Andrés Villanueva
"""),

M("es", "media_threat", "-", "physical product: not technical_issue",
  "Valentina Ruiz <valentina.ruiz@vale-creativa.example>",
  "Sudaderas con el estampado despegado",
  """\
Hola!! Las 20 sudaderas que pedí para mi tienda tienen el vinilo
despegándose después del primer lavado. Tengo 120 mil seguidores en TikTok
y estoy preparando un vídeo enseñando exactamente cómo han quedado, con el
nombre de su empresa, si no me dan una solución esta semana.
"""),

M("es", "media_threat", "hearsay", "journalist inquiry; the collapse is hearsay",
  "Cristina Mora <cmora@diariodelpuerto.example>",
  "Consulta de prensa: incidente con grúa en el muelle 4",
  """\
Buenos días:

Soy periodista de Diario del Puerto. Estamos preparando una información
sobre el incidente del pasado martes en el muelle 4, en el que, según
varios trabajadores, una de sus grúas móviles volcó parcialmente durante una
maniobra.

¿Podrían facilitarnos una valoración de la empresa antes del jueves a las
14:00?

Un saludo,
Cristina Mora
Diario del Puerto
"""),

M("es", "billing_dispute,media_threat", "-", "-",
  "Rocío Fuentes <rocio.fuentes@fuentes-mail.example>",
  "Me han cobrado dos veces",
  """\
Hola,

Me han cobrado dos veces la reserva del curso de iniciación de kite (149 €
el día 3 y otros 149 € el día 4, mismo concepto). Solo tengo una reserva.

Si no me devolvéis el segundo cargo esta semana, lo cuento con todo detalle
en todas las webs de reseñas que encuentre.

Rocío
"""),

M("es", "safety", "-", "-",
  "Ignacio Beltrán <ignacio.beltran@beltran-obras.example>",
  "Rotura de eslinga en obra de calle Mayor",
  """\
Buenos días,

Ayer a las 10:40, durante el izado de un palé de ladrillo con su grúa
autopropulsada en nuestra obra de la calle Mayor, se rompió una de las
eslingas que trajo su gruista y la carga cayó a unos dos metros de un
operario. Por suerte nadie resultó herido.

La eslinga tenía la etiqueta ilegible y estaba deshilachada. Necesitamos que
revisen todo el material antes de volver a trabajar con ustedes.

Ignacio Beltrán
Jefe de obra
"""),

M("es", "safety,technical_issue", "-",
  "motorised bed base sparking: device fault counts as technical_issue",
  "Carmen Ibáñez <carmen.ibanez@ibanez-hogar.test>",
  "La base articulada echó chispas",
  """\
Hola,

Anoche, al subir el cabecero de la base articulada que nos vendieron en
enero, el motor empezó a hacer un ruido raro, echó chispas y salió humo por
debajo de la cama. Desenchufamos enseguida. Huele a quemado en todo el
dormitorio.

No nos atrevemos a volver a enchufarla. ¿Qué hacemos?

Carmen Ibáñez
"""),

M("es", "high_value_order,legal_threat", "-", "-",
  "Fernando Aguirre <fernando.aguirre@aguirre-mail.example>",
  "Pedido VT-6620 - ventanas mal instaladas",
  """\
Buenas tardes,

En el pedido VT-6620 (sustitución de todas las ventanas del piso, importe
total 7.900 €) la instalación quedó mal: dos ventanas no cierran, entra
agua por el salón cuando llueve y la persiana del dormitorio está
descolgada. Su técnico vino hace un mes y no ha vuelto.

Si en diez días no está arreglado, nos veremos en los juzgados. Adjunto
fotos del salón.

Fernando Aguirre
""", attach="salon_ventana.jpg"),

M("es", "billing_dispute,regulatory", "-", "-",
  "Encarnación Soto <encarni.soto@soto-correo.test>",
  "Cargo de 230 € que no reconozco",
  """\
Buenos días:

En la factura de la tienda de cerveza casera me aparece un cargo de 230 €
por un "kit de embotellado profesional" que nunca pedí ni recibí. Mi pedido
era de 64 €.

Quiero que me devuelvan los 230 €. Si no, pondré una hoja de reclamaciones y
lo denunciaré ante la Oficina Municipal de Información al Consumidor.

Encarnación Soto
"""),

M("es", "regulatory,security_incident", "-", "-",
  "Tomás Herrero <tomas.herrero@herrero-web.example>",
  "Filtración de mis datos de pedido",
  """\
Hola,

Desde hace una semana recibo SMS y correos de phishing que mencionan mi
número de pedido exacto de su tienda, mi nombre completo y la dirección de
entrega. Solo ustedes tenían esos datos juntos. Alguien ha accedido a su
base de datos de clientes.

He presentado una reclamación ante la AEPD. Espero que informen a todos los
clientes afectados.

Tomás Herrero
"""),

M("es", "security_incident", "-", "-",
  "Marta Quintana <marta.quintana@astral-mail.test>",
  "Alguien entró en mi cuenta",
  """\
Hola, alguien ha entrado en mi cuenta de la app de astrología: me llegó un
aviso de inicio de sesión desde otro país, después me cambiaron el correo
y ahora no puedo entrar. En mi perfil estaban mi fecha y hora de
nacimiento y mis notas personales. Por favor, bloqueen la cuenta.

Marta Quintana
"""),

M("es", "data_loss,technical_issue", "-", "-",
  "Gonzalo Prieto <gonzalo.prieto@pesca-rio.example>",
  "Se han borrado todas mis capturas",
  """\
Buenas,

Después de la última actualización de la app, el diario de capturas está
vacío. Tenía registradas más de 300 capturas desde 2022, con fotos, pesos y
ubicaciones. Ahora sale "Todavía no has registrado ninguna captura".

¿Se puede recuperar desde sus servidores?

Gonzalo Prieto
"""),

M("es", "cancellation_threat,data_loss,technical_issue", "-", "-",
  "Alba Navarro <alba.navarro@vela-mail.test>",
  "Cuaderno de bitácora digital vacío",
  """\
Hola,

Todas las horas de navegación que tenía registradas en el cuaderno digital
de la escuela (más de 120 horas, necesarias para el título de patrón) han
desaparecido de mi perfil tras el cambio de plataforma.

Si no las recuperan, me daré de baja de la escuela y me iré al club de al
lado, que lleva el registro en papel.

Alba Navarro
"""),

M("es", "high_value_order,manager_request", "-", "-",
  "Julio Cárdenas <julio.cardenas@cardenas-construye.example>",
  "Contrato AN-4471 - revisión urgente",
  """\
Buenos días:

Sobre el contrato AN-4471 de alquiler y montaje de andamio para la
rehabilitación de la fachada de la calle Alcalá (15.600 € + IVA): el andamio
lleva tres semanas montado sin la red de protección ni las lonas
contratadas, y la comunidad de vecinos se niega a que empiece la obra así.

Su jefe de equipo dice que "no es cosa suya". Necesito que lo revise alguien
con más autoridad en su empresa, esta misma semana.

Julio Cárdenas
"""),

M("es", "feature_request", "-", "-",
  "Rosa Delgado <rosa.delgado@delgado-correo.test>",
  "Sugerencia: cita previa para el taller",
  """\
Hola,

Estaría genial poder reservar cita online para el taller de relojería, en
vez de tener que llamar en horario de tienda. Y si además se pudiera ver el
estado de la reparación desde la web, mejor todavía.

Saludos,
Rosa
"""),

M("es", "feature_request,technical_issue", "-", "-",
  "Pablo Serrano <pablo.serrano@serrano-estampa.example>",
  "El editor se cuelga + sugerencia",
  """\
Hola,

El editor de diseños se queda colgado cada vez que subo un archivo de más
de 20 MB: la barra se queda al 99% y luego sale "Error inesperado". Con
archivos pequeños va bien.

Y una sugerencia: por favor, añadan la opción de estampar en las mangas de
las camisetas, muchos clientes me lo piden.

Pablo Serrano
"""),

M("es", "severe_dissatisfaction", "caps", "-",
  "Francisco Molina <paco.molina@molina-correo.test>",
  "COLCHÓN EQUIVOCADO POR SEGUNDA VEZ",
  """\
SEGUNDA VEZ QUE ME TRAEN UN COLCHÓN DE 135 CUANDO PEDÍ UNO DE 150. ESTO ES
DE CHISTE. SON USTEDES UNOS INCOMPETENTES Y ESTOY HASTA LAS NARICES.

Paco Molina
"""),

M("es", "cancellation_threat,severe_dissatisfaction", "-", "-",
  "Lorena Castillo <lorena.castillo@castillo-mx.example>",
  "Ya no quiero la suscripción",
  """\
Hola,

No pienso seguir pagando por esto. La "lectura personalizada" de este mes
es idéntica, palabra por palabra, a la de mi hermana, que nació en otro
año y otro país. Estoy indignadísima, es una estafa.

Cancelen mi suscripción ya.

Lorena Castillo
"""),

M("es", "broken_promise,executive_contact", "-", "-",
  "Esteban Rojas <esteban.rojas@rojas-ar.example>",
  "Reembolso prometido del crucero",
  """\
Buenas tardes,

El 12 de febrero su agente me confirmó por teléfono y por correo que el
reembolso de la excursión cancelada en Ushuaia (320 USD) se haría "en un
plazo máximo de diez días". Pasaron dos meses y no recibí nada.

He enviado copia de este correo a su directora general.

Esteban Rojas
"""),

M("es", "billing_dispute,repeat_contact", "-", "-",
  "Miguel Ángel Pardo <miguelangel.pardo@pardo-correo.test>",
  "Gastos de envío cobrados en pedido con envío gratis",
  """\
Hola,

Es la tercera vez que les escribo por lo mismo: en el pedido 88-2210 (cañas
y carretes, 212 €) me cobraron 8,95 € de gastos de envío cuando la web
anunciaba envío gratis a partir de 50 €.

Por favor, devuélvanme los 8,95 €.

Miguel Ángel Pardo
"""),

M("es", "cancellation_threat,technical_issue", "-", "conditional threat fires",
  "Irene Campos <irene.campos@campos-mail.example>",
  "La app se cierra al abrirla",
  """\
Hola,

Desde ayer la app de reventa de entradas se cierra sola nada más abrirla,
en cuanto aparece el logo. He reinstalado y reiniciado el móvil. Tengo
entradas para el sábado ahí dentro.

Si no lo arreglan antes del partido, me paso a la competencia y no vuelvo.

Irene Campos
"""),

# ---------------------------------------------------------------- negatives

M("es", "-", "quoted_threat,closing_reply", "'El ... escribió:' quote",
  "Ana Belén Ortiz <anabelen.ortiz@ortiz-mail.example>",
  "Re: Devolución del curso de vela",
  """\
Hola, ya he recibido la devolución, gracias. Todo correcto.

Ana Belén

El mié, 12 feb 2025 a las 19:03, Ana Belén Ortiz (<anabelen.ortiz@ortiz-mail.example>) escribió:
> Si no me devuelven el dinero esta semana, voy a poner una denuncia y a
> hablar con un abogado. Esto es una vergüenza.
"""),

M("es", "-", "quoted_threat", "'De:/Enviado:' Outlook quote",
  "Jorge Medina <jorge.medina@medina-construcciones.example>",
  "RE: Factura grúa FG-3310",
  """\
Buenos días,

Recibida la factura rectificada. Gracias por la rapidez.

Un saludo,
Jorge Medina

De: Jorge Medina <jorge.medina@medina-construcciones.example>
Enviado: lunes, 10 de febrero de 2025 8:55
Para: support@example.test
Asunto: Factura grúa FG-3310

Nos han cobrado tres días de grúa cuando solo estuvo uno. Quiero hablar con
su director comercial hoy mismo o paso el tema a nuestros abogados.
"""),

M("es", "-", "job_title", "'Gerente' signature",
  "Beatriz Cano <beatriz.cano@hotelcano.example>",
  "Presupuesto de colchones para hotel",
  """\
Buenas tardes:

Estamos renovando las 24 habitaciones del hotel y necesitamos presupuesto
para colchones de 150 y de 90, con entrega en marzo. Adjunto el listado
de habitaciones.

Un saludo,

Beatriz Cano
Gerente
Hotel Cano
""", attach="habitaciones.pdf"),

M("es", "-", "negation", "-",
  "Luis Peña <luis.pena@pena-correo.test>",
  "Cambiar la tarjeta",
  """\
Hola, no quiero darme de baja ni nada, solo cambiar la tarjeta con la que
pago la suscripción porque la antigua caduca. ¿Dónde se hace? Gracias.
"""),

M("es", "-", "policy_question", "-",
  "Mercedes Vidal <mercedes.vidal@vidal-mail.example>",
  "Política de devoluciones",
  """\
Buenos días, ¿cuál es su política de devoluciones para los relojes
comprados online? ¿Tengo que pagar yo el envío de vuelta? Gracias.
"""),

M("es", "-", "hypothetical", "-",
  "Óscar Reyes <oscar.reyes@reyes-correo.test>",
  "Garantía del reloj",
  """\
Hola,

Si algún día se rompiera la corona o entrara agua en el reloj, ¿lo
cubriría la garantía de dos años o habría que pagar la reparación?

Óscar
"""),

M("es", "-", "own_ceo", "the customer's own director general",
  "Silvia Marín <silvia.marin@marin-consultores.example>",
  "Actividad de empresa - trampolines",
  """\
Hola:

Nuestro director general quiere organizar una actividad de equipo en su
parque para unas 30 personas un viernes por la tarde. ¿Tienen tarifa para
empresas?

Silvia Marín
"""),

M("es", "-", "exactly_5000", "-",
  "Raúl Domínguez <raul.dominguez@dominguez-nautica.example>",
  "Transferencia de 5.000 €",
  """\
Buenos días, les confirmo que he hecho la transferencia de 5.000 € exactos
por el curso de patrón de yate para los tres. ¿Me mandan el justificante?
Gracias.
"""),

M("es", "-", "second_email", "second contact, no frustration",
  "Elena Soler <elena.soler@soler-correo.test>",
  "Segundo correo - disponibilidad de boxes",
  """\
Hola, este es mi segundo correo, solo por si el primero no les llegó:
¿tienen algún box libre a partir de octubre para una yegua de 16 años?
Muchas gracias.
"""),

M("es", "-", "praise", "-",
  "Antonio Gil <antonio.gil@gil-mail.example>",
  "Gracias por el servicio",
  """\
Buenas, solo quería darles las gracias: el andamio se montó el día
acordado, el equipo fue muy profesional y lo dejaron todo limpio. Un 10.

Antonio Gil
"""),

M("es", "-", "how_to", "-",
  "Clara Benítez <clara.benitez@benitez-correo.test>",
  "¿Cómo descargo el permiso?",
  """\
Hola, ¿cómo descargo en PDF el permiso de pesca que compré en la app? Lo
quiero imprimir por si me quedo sin batería. Gracias.
"""),

M("es", "-", "data_safety_question", "'seguros' as in data safety",
  "Hugo Lorenzo <hugo.lorenzo@lorenzo-mail.example>",
  "¿Mis datos están seguros?",
  """\
Hola, antes de registrarme quería saber si mis datos están seguros con
ustedes. ¿Guardan la fecha y hora de nacimiento en servidores de la UE?
"""),

M("es", "-", "maintenance_question", "-",
  "Irene Vázquez <irene.vazquez@vazquez-esports.test>",
  "Mantenimiento programado",
  """\
Hola, he visto el aviso de mantenimiento programado para el domingo. ¿A qué
hora exactamente estará la plataforma sin servicio? Queremos cuadrar el
horario del torneo. Gracias.
"""),

]
