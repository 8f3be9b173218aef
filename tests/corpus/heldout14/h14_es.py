# Spanish customer mails: positives first, then hard negatives. Hand-written literals.
from h14_base import M

LANG = "es"
MSGS = [
# ---------------------------------------------------------------- positives
M("discrimination_harassment", "-", "Lucía Fernández <lucia.fernandez@correo.example>",
  "Trato recibido en la clase de cocina",
  """
Hola,

Les escribo porque el sábado, en la clase de cocina casera, el chef se pasó toda la tarde haciendo bromas sobre mi silla de ruedas («a ver si llegas a la encimera, campeona») y al final me dijo delante de todos que «la próxima vez mejor que venga alguien a cocinar por ti». Pagué lo mismo que los demás.

No pienso volver mientras él dé las clases. Espero una respuesta.

Lucía Fernández
"""),

M("security_incident", "-", "Andrés Molina <andres.molina@molina.example>",
  "Me han robado la cuenta",
  """
Buenas,

alguien ha entrado en mi cuenta de socio del club de ajedrez: han cambiado el correo, el teléfono y han inscrito a otra persona en el torneo con mi tarjeta. Yo no he dado mi contraseña a nadie. Por favor bloqueen la cuenta ya.

Andrés
"""),

M("data_loss,technical_issue", "-", "Carmen Ruiz <carmen.ruiz@ruiz.example>",
  "Han desaparecido mis anuncios",
  """
Hola, tenía 52 libros de texto publicados en vuestro mercado de segunda mano y esta mañana la página dice «No tienes anuncios». No los he vendido ni borrado. ¿Podéis recuperarlos? Me costó un fin de semana entero subir las fotos.
"""),

M("legal_threat,billing_dispute", "-", "Javier Ortega <javier.ortega@ortega.example>",
  "Cobro indebido – última advertencia",
  """
Señores:

Me han cargado 320 € por una «revisión anual» del jacuzzi que nunca pedí ni se realizó. Ya lo reclamé por teléfono. Si no me devuelven el importe en diez días, presentaré una demanda ante el juzgado y lo pondré en manos de mi abogado.

Javier Ortega
"""),

M("regulatory", "-", "Rosa Delgado <rosa.delgado@delgado.example>",
  "Reclamación ante Consumo",
  """
Buenos días,

Como no he recibido respuesta a mi reclamación sobre la renovación automática de mi abono del spa, he presentado hoy una hoja de reclamaciones en la Oficina Municipal de Información al Consumidor y he pedido el arbitraje de consumo.

Rosa Delgado
"""),

M("outage,technical_issue", "-", "Miguel Sánchez <miguel.sanchez@sanchez.example>",
  "la web no funciona",
  """
Hola, desde anoche la web de reservas de parapente da «Error 502 Bad Gateway» en todas las páginas y la app no carga. Queríamos reservar el vuelo biplaza para el sábado. ¿Sabéis cuándo volverá?
"""),

M("media_threat,severe_dissatisfaction", "-", "Patricia Navarro <patricia.navarro@navarro.example>",
  "Una vergüenza de retiro",
  """
Lo del retiro de yoga en Granada fue una vergüenza: habitaciones sucias, la profesora no apareció dos días y nos dieron de comer lo mismo tres veces. Estoy indignadísima.

Tengo un blog de viajes con bastantes lectores y voy a contar la experiencia con todo detalle, además de dejar la reseña en Google y Tripadvisor.

Patricia
"""),

M("manager_request,severe_dissatisfaction", "-", "Fernando Gil <fernando.gil@gil.example>",
  "QUIERO HABLAR CON UN SUPERIOR",
  """
ES INCREÍBLE. LA AMBULANCIA PARA MI PADRE NO APARECIÓ Y NADIE AVISÓ. QUE ME LLAME EL RESPONSABLE DEL SERVICIO HOY MISMO, NO OTRO AGENTE. ESTO ES UNA VERGÜENZA.
"""),

M("safety,technical_issue", "-", "Elena Castro <elena.castro@castro.example>",
  "La cafetera echa chispas",
  """
Hola,

La cafetera de la oficina que ustedes revisaron el martes empezó a echar chispas por detrás esta mañana y olía a quemado. La hemos desenchufado y nadie la toca. Por favor, vengan a retirarla cuanto antes, podría haber provocado un incendio.

Elena Castro
"""),

M("broken_promise,repeat_contact", "-", "Raúl Domínguez <raul.dominguez@dominguez.example>",
  "Tercera vez que escribo",
  """
Buenas tardes,

Es la tercera vez que les escribo. Me prometieron que el técnico vendría el lunes para cambiar la bomba del jacuzzi y nadie vino, ni llamó. Necesito una fecha ya.

Raúl Domínguez
""", t_extra="technical_issue", note="bomba del jacuzzi needing replacement = broken product"),

M("corporate_contact_request", "-", "Mercedes Vidal <mercedes.vidal@vidal.example>",
  "Dirección de la sede central",
  """
Buenos días,

¿Podrían facilitarme la dirección postal de su sede central y un teléfono de la dirección de la empresa? Necesito enviar una carta certificada.

Gracias,
Mercedes Vidal
"""),

M("executive_contact,cancellation_threat", "-", "Alberto Ramos <alberto.ramos@ramos.example>",
  "He escrito a su consejero delegado",
  """
Hola,

Después de un mes sin respuesta sobre el enganche de remolque mal instalado, le he escrito directamente a su consejero delegado por LinkedIn. Si tampoco así se soluciona, me llevo las tres furgonetas de la empresa a otro taller.

Alberto Ramos
""", t_extra="technical_issue"),

M("feature_request", "-", "Sofía Herrera <sofia.herrera@herrera.example>",
  "Sugerencia",
  """
¡Hola! Me encantan los talleres de pintura de miniaturas. Sería genial que en la web se pudiera reservar también el kit de pinceles junto con la plaza, para recogerlo el mismo día. ¡Gracias!
"""),

M("high_value_order,broken_promise", "-", "Diego Morales <diego.morales@morales-rutas.example>",
  "Camperización pendiente – contrato de 19.800 €",
  """
Estimados señores:

Firmamos el contrato de camperización de nuestra furgoneta (ref. CV-5521, 19.800 €) con entrega comprometida para el 1 de abril. Estamos a mediados de junio y no tenemos ni furgoneta ni fecha. Necesitamos una fecha de entrega firme esta semana.

Diego Morales
"""),

M("billing_dispute,cancellation_threat", "-", "Beatriz Serrano <beatriz.serrano@serrano.example>",
  "Me han cobrado dos veces",
  """
Hola,

Me habéis cobrado la cuota de la escuela canina dos veces este mes (2 × 65 €). Quiero que me devolváis los 65 € de más. Si vuelve a pasar, me doy de baja.

Beatriz
"""),

M("technical_issue", "non_native", "Hiroshi Tanaka <hiroshi.tanaka@tanaka.example>",
  "problema con pago del curso",
  """
Hola, intento pagar curso de cocina japonesa en la web pero cuando pongo tarjeta la página dice «Error inesperado» y vuelve al inicio. Lo intenté cuatro veces. Por favor, pueden mirar? Muchas gracias.
"""),

M("repeat_contact,severe_dissatisfaction,technical_issue", "-", "Marta Iglesias <marta.iglesias@iglesias.example>",
  "Ya es la cuarta vez",
  """
Ya es la cuarta vez que os escribo por lo mismo: la barrera del punto limpio no lee mi permiso. Cada semana la misma historia. Estoy harta, es un servicio lamentable, de verdad que es indignante.
"""),

M("legal_threat,safety", "-", "Jorge Blanco <jorge.blanco@blanco.example>",
  "Lesión en la sauna",
  """
Señores:

El pasado 12 de marzo mi mujer se quemó la mano con la barandilla de la estufa de la sauna, que no tenía protección. Tiene una quemadura de segundo grado y parte médico. He contactado con un abogado y vamos a emprender acciones legales.

Jorge Blanco
"""),

M("outage,technical_issue,regulatory", "-", "Cristina Peña <cristina.pena@pena.example>",
  "Portal caído y datos",
  """
Buenos días,

Su portal de reservas de transporte sanitario lleva caído desde el viernes (no carga nada, ni siquiera la página de inicio). Además, el mensaje de error que aparece muestra nombres y DNI de otros pacientes. Lo he comunicado a la Agencia Española de Protección de Datos.

Cristina Peña
""", t_extra="security_incident"),

M("data_loss,feature_request", "-", "Pablo Rubio <pablo.rubio@rubio.example>",
  "Historial de partidas",
  """
Hola,

Tras la migración de la web del club se ha perdido todo mi historial de partidas de los últimos cinco años. Y ya que estáis, estaría bien que se pudiera descargar el historial en PGN para tener una copia propia.

Pablo
""", t_extra="technical_issue"),

M("discrimination_harassment,manager_request", "-", "Verónica Salas <veronica.salas@salas.example>",
  "Comentarios del monitor",
  """
Buenas tardes:

Llevo tres semanas en el curso de obediencia con mi perra y el monitor no deja de hacer comentarios sobre mi cuerpo («con esas piernas no vas a poder correr detrás de ella», «ponte algo más ajustado para la próxima»). El sábado me tocó el brazo varias veces aunque le pedí que parara. Otras alumnas también se sienten incómodas.

Quiero que me llame la persona responsable de la escuela, no él.

Verónica Salas
"""),

M("corporate_contact_request,executive_contact", "-", "Tomás Aguirre <tomas.aguirre@aguirre.example>",
  "Correo del director general",
  """
Hola,

¿Me pueden dar el correo electrónico de su director general? Quiero escribirle personalmente para contarle cómo se ha gestionado la instalación de mi jacuzzi, porque con ustedes no consigo nada.

Tomás Aguirre
"""),

M("media_threat", "-", "Irene Lozano <irene.lozano@radiocosta.example>",
  "Consulta de Radio Costa",
  """
Buenos días,

Soy periodista de Radio Costa. Estamos preparando un reportaje sobre los retrasos en el transporte sanitario privado de la comarca y varios oyentes nos han hablado de su empresa. ¿Podrían darnos su versión o una declaración antes del jueves?

Un saludo,
Irene Lozano
Redactora, Radio Costa
""", note="journalist inquiry always fires media_threat"),

M("media_threat,cancellation_threat", "-", "Álex Fuentes <alex.fuentes@fuentes.example>",
  "lo subo a tiktok",
  """
tio en serio, la furgo lleva 2 meses en vuestro taller y nadie me dice nada. como no me deis fecha esta semana grabo un video contando todo para mis seguidores y cancelo el encargo, y me llevo la furgo a otro taller
"""),

M("security_incident", "-", "Nerea Ibarra <nerea.ibarra@ibarra.example>",
  "SMS falso con mis datos de reserva",
  """
Hola,

He recibido un SMS que dice ser de ustedes, con mi nombre, la fecha exacta de mi clase de cocina y el número de reserva, pidiéndome «confirmar el pago» en un enlace raro. Esos datos solo los tienen ustedes. ¿Ha habido una filtración? Mi vecina, que también está apuntada, ha recibido el mismo mensaje.

Nerea Ibarra
"""),

M("corporate_contact_request", "-", "Gonzalo Herrera <gonzalo.herrera@herrera-asesores.example>",
  "Teléfono de las oficinas centrales",
  """
Buenas,

No quiero el teléfono de atención al cliente, ese ya lo tengo. Necesito el teléfono y la dirección de sus oficinas centrales, del departamento jurídico en concreto.

Gonzalo Herrera
"""),

# ---------------------------------------------------------------- hard negatives
M("-", "quoted_threat_escribio", "Ana Torres <ana.torres@torres.example>",
  "Re: Reparación de pluma estilográfica",
  """
Muchas gracias, ya tengo la pluma y funciona perfectamente. Podéis cerrar la incidencia.

Ana

El mar, 9 abr 2024 a las 12:40, Ana Torres (<ana.torres@torres.example>) escribió:
> Si no me devolvéis la pluma esta semana, os denuncio y pongo una
> reclamación en Consumo. Es una vergüenza.
""", reply=True),

M("-", "quoted_outlook_es", "Luis Cabrera <luis.cabrera@cabrera-sl.example>",
  "RE: Mantenimiento cafeteras",
  """
Perfecto, el jueves a las 9 nos va bien. Pregunten por mí en recepción.

Saludos,
Luis Cabrera
Jefe de Administración

De: Luis Cabrera <luis.cabrera@cabrera-sl.example>
Enviado: lunes, 14 de octubre de 2024 16:20
Para: support@example.test
Asunto: Mantenimiento cafeteras

Quiero hablar con un supervisor. Es la tercera vez que el técnico no viene. Si sigue así, rescindimos el contrato.
""", reply=True, trap2="job_title"),

M("-", "negation", "Isabel Marín <isabel.marin@marin.example>",
  "Cambio de tarifa",
  """
Hola, no quiero darme de baja, solo cambiar mi abono del spa a la tarifa de fin de semana. ¿Cómo lo hago? Gracias.
"""),

M("-", "refund_policy_question", "Sergio Vargas <sergio.vargas@vargas.example>",
  "Política de devoluciones",
  """
Hola, ¿cuál es vuestra política de devoluciones si un kit de maqueta llega incompleto? ¿Y si simplemente me arrepiento de la compra? Gracias.
"""),

M("-", "feature_exists_question", "Nuria Campos <nuria.campos@campos.example>",
  "¿Se puede reservar online?",
  """
Buenas, ¿se puede reservar el montaje de barras de techo online o hay que llamar? No encuentro la opción en la web. Gracias.
"""),

M("-", "large_amount_ok", "Ricardo León <ricardo.leon@leon-hoteles.example>",
  "Pedido de saunas para el hotel",
  """
Buenos días,

Confirmamos el pedido de las dos saunas y la ducha de contraste por un total de 27.450 €. Todo correcto según el presupuesto. ¿Me pueden indicar la semana prevista de entrega?

Ricardo León
"""),

M("-", "own_holiday", "Laura Prieto <laura.prieto@prieto.example>",
  "Vacaciones en agosto",
  """
Hola,

Estaré de vacaciones del 1 al 20 de agosto. ¿Puedo congelar el abono del spa durante esas semanas?

Un saludo,
Laura
"""),

M("-", "html_blockquote", "Óscar Medina <oscar.medina@medina.example>",
  "Re: Cita para el enganche",
  """
Genial, el martes a las 10 estaré allí. ¡Gracias!

Óscar

> El 3 may 2024, a las 20:15, Óscar Medina <oscar.medina@medina.example> escribió:
>
> Esto es inaceptable, quiero hablar con un supervisor o me voy a la competencia.
""", pack="htmldiv"),

M("-", "2fa_question", "Teresa Gallego <teresa.gallego@gallego.example>",
  "Verificación en dos pasos",
  """
Hola, ¿tenéis verificación en dos pasos para la cuenta de vendedor del mercado de libros? Quiero activarla. Gracias.
""", note="asks whether 2FA exists / how to enable"),

M("-", "praise", "Guillermo Reyes <guillermo.reyes@reyes.example>",
  "¡Gracias!",
  """
Solo quería dar las gracias al equipo del torneo de ajedrez juvenil. Mi hija disfrutó muchísimo y la organización fue impecable.
"""),

M("-", "how_to", "Pilar Ibáñez <pilar.ibanez@ibanez.example>",
  "Cómo renovar el permiso",
  """
Buenas, ¿cómo renuevo el permiso del punto limpio cuando caduque? ¿Se hace en la web o en la oficina? Gracias.
"""),

M("-", "reported_speech", "Héctor Santos <hector.santos@santos.example>",
  "Curso de adiestramiento",
  """
Hola, mi cuñado dice que debería denunciaros porque ahora mi perro le hace más caso a mi hija que a mí, jaja. Bromas aparte, ¿tenéis curso avanzado en otoño?
"""),

M("-", "closing_reply", "Rocío Moreno <rocio.moreno@moreno.example>",
  "Re: Consulta sobre mi factura de marzo",
  """
Hola Marta, ya veo el abono en la cuenta. Todo arreglado, muchas gracias por la rapidez.
""", reply=True, note="settled matter; the subject names the old problem but nothing is disputed now"),

M("-", "exactly_5000", "Emilio Cano <emilio.cano@cano.example>",
  "Factura jacuzzi – datos fiscales",
  """
Hola,

¿Podrían emitir de nuevo la factura de 5.000,00 € del jacuzzi con el NIF de la empresa en lugar del mío? El importe es correcto.

Emilio Cano
"""),

M("-", "cancel_policy_question", "Alicia Pastor <alicia.pastor@pastor.example>",
  "¿Puedo cancelar más adelante?",
  """
Hola, si me apunto al plan anual de mantenimiento de la cafetera, ¿podría cancelarlo más adelante si cerramos la oficina? Gracias.
"""),
]
