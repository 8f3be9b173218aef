# Spanish customer mails: positives and hard negatives. Hand-written literals.
from spec import M, Q

MESSAGES = [

# ---------------------------------------------------------------- positives

M("es", "outage,technical_issue",
  "No se puede cargar en ningún punto",
  "Álvaro Méndez <alvaro.mendez@correo.example>",
  """
  Buenos días:

  desde las siete de la mañana la app de Recarga Ágil no deja iniciar ninguna
  carga. Sale «Error 503 – servicio no disponible» y en los cargadores de la A-7
  la tarjeta tampoco funciona. Hay una fila de coches esperando y nadie puede
  cargar. ¿Está caído todo el sistema?

  Álvaro
  """),

M("es", "billing_dispute",
  "Me han cobrado dos veces la cesta",
  "Lucía Herrera <lucia.herrera@correo.example>",
  """
  Hola:

  en mi cuenta aparecen dos cargos de 32 € de Cesta de la Huerta Alta el mismo
  día, 1 de marzo. Solo tengo una suscripción (cesta mediana, semanal). ¿Me
  pueden devolver el cargo duplicado?

  Gracias,
  Lucía Herrera
  """),

M("es", "manager_request",
  "Páseme con alguien que pueda decidir",
  "Ramón Ibáñez <ramon.ibanez@buzon.example>",
  """
  Buenas tardes:

  llevo dos semanas hablando con la tienda sobre el banco del piano que nos
  entregaron rayado y siempre me contestan que «lo tienen que consultar». No
  quiero seguir hablando con quien no puede resolver nada. Por favor, que me
  llame alguien de Pianos y Órganos Aldaba con capacidad para tomar una decisión.

  Ramón Ibáñez
  """),

M("es", "legal_threat,technical_issue",
  "Silla de ruedas eléctrica – lo dejo en manos de mi abogado",
  "Carmen Ortega <carmen.ortega@correo.example>",
  """
  Estimados señores:

  la silla de ruedas eléctrica que compramos para mi madre en enero sigue sin
  funcionar bien: el mando se bloquea y la silla no responde hasta que se apaga y
  se vuelve a encender. Su técnico ha venido dos veces sin solucionar nada y
  ahora nos dicen que «es normal».

  He dado instrucciones a mi abogado para que se ponga en contacto con ustedes
  esta misma semana.

  Carmen Ortega
  """),

M("es", "discrimination_harassment",
  "Trato recibido por mi edad",
  "Jesús Navarro <jesus.navarro@buzon.example>",
  """
  Hola:

  el domingo fui al rocódromo La Pared con mi nieto. El monitor de la zona de
  búlder me dijo delante de todos que «a mi edad» no debería estar escalando y no
  me dejó entrar, aunque tengo abono y llevo tres años yendo. A la gente joven que
  iba detrás no le dijo nada.

  Tengo 68 años y estoy perfectamente. Me sentí humillado. Espero una explicación.

  Jesús Navarro
  """),

M("es", "safety",
  "Quemaduras en el espectáculo de las fiestas",
  "Pilar Domínguez <pilar.dominguez@correo.example>",
  """
  Buenas:

  en el castillo de fuegos que ustedes dispararon en las fiestas de San Roque,
  varias carcasas cayeron encendidas sobre el público de la primera fila. Mi hija
  de 12 años tiene una quemadura en el brazo y a un vecino se le quemó la camisa.
  La zona de seguridad estaba claramente mal marcada.

  Quiero saber qué van a hacer y si han informado al ayuntamiento.

  Pilar Domínguez
  """),

M("es", "media_threat",
  "Pedido RR-2281",
  "Marta Vidal <marta@martavidalvintage.example>",
  """
  Hola,

  el vestido «años 60 original» que me vendisteis lleva una etiqueta de
  composición impresa en 2018. Os he mandado tres fotos y no contestáis.

  Tengo una cuenta de moda de segunda mano con bastantes seguidoras y esta semana
  pienso contar con pelos y señales lo que me ha pasado con Ropero Retro, con las
  fotos incluidas.

  Marta
  """),

M("es", "feature_request",
  "Sugerencia para la app del acuario",
  "Diego Serrano <diego.serrano@correo.example>",
  """
  Hola:

  uso la app de Acuarios Marea para controlar el termostato y va muy bien. Sería
  genial poder recibir un aviso en el móvil cuando la temperatura se sale del
  rango que uno marca. El mes pasado se me disparó la temperatura en otro acuario
  por un día de mucho calor y no me enteré hasta la noche.

  Un saludo,
  Diego
  """, trap="praise"),

M("es", "data_loss,technical_issue",
  "Han desaparecido mis audiolibros y marcadores",
  "Elena Castro <elena.castro@buzon.example>",
  """
  Hola:

  tras la actualización de ayer, la app de Oído Audiolibros ya no muestra ninguno
  de mis libros descargados ni los marcadores que tenía. La biblioteca aparece
  vacía también en la web. Son más de cien títulos.

  ¿Pueden recuperarlos?

  Elena Castro
  """),

M("es", "broken_promise,repeat_contact,severe_dissatisfaction",
  "Devolución prometida que no llega",
  "Andrés Molina <andres.molina@correo.example>",
  """
  Buenas tardes:

  la salida de avistamiento del 9 de agosto se canceló por el estado del mar. Su
  compañera de la oficina del puerto me aseguró que en una semana tendría
  devueltos los 150 €. Han pasado cinco semanas y no he recibido nada. He llamado
  ya tres veces a esa oficina y siempre me dicen lo mismo. Es una auténtica
  vergüenza.

  Reserva AC-30917.

  Andrés Molina
  """),

M("es", "repeat_contact",
  "Lápida – ya les he escrito tres veces",
  "Rosario Delgado <rosario.delgado@buzon.example>",
  """
  Buenos días:

  ya les he escrito tres veces por la lápida de mi marido y nadie me contesta. En
  la inscripción falta la fecha de nacimiento, que sí estaba en el boceto que
  firmé. Solo quiero saber cuándo la van a corregir.

  Rosario Delgado
  """),

M("es", "cancellation_threat",
  "Invernadero incompleto",
  "Francisco Ruiz <francisco.ruiz@correo.example>",
  """
  Hola:

  el invernadero «Solana 3x4» llegó sin las bisagras de la puerta y sin la mitad
  de los tornillos del techo. Me mandan las piezas, vale, pero que sepan que no
  vuelvo a comprarles nada; para el segundo invernadero ya he pedido presupuesto a
  otra empresa.

  Francisco Ruiz
  """),

M("es", "regulatory",
  "Reclamación ante la AEPD",
  "Beatriz Gil <beatriz.gil@buzon.example>",
  """
  Estimados señores:

  el 3 de febrero solicité la supresión de todos mis datos personales. No he
  recibido respuesta y sigo recibiendo sus correos publicitarios. Les informo de
  que he presentado una reclamación ante la Agencia Española de Protección de
  Datos.

  Beatriz Gil
  """),

M("es", "high_value_order",
  "Pedido VC-4410 – material roto",
  "Dra. Natalia Prieto <n.prieto@lab-cordoba.example>",
  """
  Buenos días:

  hemos recibido el pedido VC-4410 (importe total 9.800 €) y faltan piezas y otras
  han llegado rotas: 14 matraces aforados de 500 ml, 6 buretas y 3 desecadores.
  Necesitamos la reposición antes de fin de mes para poder empezar los ensayos.

  Quedo a la espera de su respuesta.

  Dra. Natalia Prieto
  Responsable de Laboratorio
  """, trap="job_title", note="transit breakage is not technical_issue"),

M("es", "corporate_contact_request",
  "Dirección de la sede central",
  "Sergio Romero <sergio.romero@correo.example>",
  """
  Buenas:

  ¿Me pueden facilitar la dirección postal de la sede central de Peritajes
  Cordillera y el teléfono de la dirección general? El de atención al cliente ya
  lo tengo.

  Sergio Romero
  """),

M("es", "executive_contact,technical_issue",
  "He escrito a su consejero delegado",
  "Teresa Moreno <teresa.moreno@buzon.example>",
  """
  Hola:

  les comunico que, ante la falta de respuesta, he enviado hoy una carta
  certificada a su consejero delegado explicando lo ocurrido con el cargador
  que nos instalaron en la comunidad y que sigue sin funcionar desde julio.

  Teresa Moreno
  """),

M("es", "security_incident",
  "Me han hackeado la cuenta",
  "Pablo Suárez <pablo.suarez@correo.example>",
  """
  Hola,

  alguien ha entrado en mi cuenta del Café de Juegos La Ficha: han cambiado mi
  correo y han usado mis puntos para reservar cuatro sesiones que yo no he hecho.
  Me llegó un aviso de «nuevo inicio de sesión» desde otro país justo antes.

  Por favor, bloqueen la cuenta.

  Pablo
  """),

M("es", "technical_issue",
  "La app se cierra sola",
  "<nuria.vazquez@buzon.example>",
  """
  hola, la app de oído audiolibros se me cierra cada vez que intento cambiar la
  velocidad de reproducción. iphone, versión 6.1. gracias
  """),

M("es", "safety,technical_issue",
  "La batería del scooter se calienta muchísimo",
  "Manuel Rubio <manuel.rubio@correo.example>",
  """
  Buenas tardes:

  la batería del scooter de movilidad que compré en Movilidad Serrano se calienta
  tanto al cargarla que no se puede tocar, y ayer olía a quemado y salió humo por
  la rejilla. Lo tengo en el pasillo de casa y me da miedo que se incendie.

  ¿Qué hago? ¿Vienen a recogerlo?

  Manuel Rubio
  """),

M("es", "manager_request,severe_dissatisfaction",
  "UNA VERGÜENZA",
  "<jl.pascual@buzon.example>",
  """
  TRES SEMANAS ESPERANDO LA CESTA Y CUANDO LLEGA VIENE TODO PODRIDO. UNA VERGÜENZA
  DE EMPRESA. ESTOY HARTÍSIMO. QUE ME LLAME UN RESPONSABLE, NO OTRO TELEOPERADOR.
  """),

M("es", "regulatory",
  "Reclamación en la OMIC",
  "Isabel Cano <isabel.cano@correo.example>",
  """
  Buenos días:

  como no me han dado ninguna solución por la lápida agrietada, he presentado una
  reclamación en la Oficina Municipal de Información al Consumidor de mi
  ayuntamiento, con copia de la factura y de las fotos.

  Isabel Cano
  """),

M("es", "media_threat",
  "Solicitud de declaraciones – Diario Costa Norte",
  "Javier Soler <j.soler@diariocostanorte.example>",
  """
  Buenos días:

  soy periodista del Diario Costa Norte. Estamos preparando un reportaje sobre
  las empresas de avistamiento de cetáceos en la costa. Varios pasajeros nos han
  contado que en su barco no había chalecos suficientes para todos.

  ¿Podrían darnos su versión antes del jueves?

  Un saludo,
  Javier Soler
  Diario Costa Norte
  """, trap="journalist_hearsay"),

M("es", "discrimination_harassment",
  "Acoso por parte de un guía",
  "Laura Fuentes <laura.fuentes@buzon.example>",
  """
  Hola:

  durante la excursión en barco del sábado, uno de sus guías no dejó de hacerme
  comentarios sobre mi cuerpo y me tocó el brazo y la cintura varias veces aunque
  le pedí que parara. Después me escribió por mensaje privado a través de la
  lista de pasajeros. Me sentí muy incómoda e insegura.

  Quiero saber qué medidas van a tomar.

  Laura Fuentes
  """),

M("es", "billing_dispute",
  "Cargo no autorizado de 89 €",
  "Hugo Reyes <hugo.reyes@correo.example>",
  """
  Hola:

  me ha llegado un cargo de 89 € de Ropero Retro del día 14 que no reconozco: no
  hice ningún pedido ese día y en mi cuenta no aparece ninguno. Por favor,
  revísenlo y devuélvanme el importe.

  Hugo Reyes
  """),

M("es", "broken_promise,high_value_order",
  "Órgano de estudio – anticipo de 7.500 €",
  "Fernando Aguilar <fernando.aguilar@buzon.example>",
  """
  Estimados señores:

  en abril les entregamos un anticipo de 7.500 € por el órgano de estudio de dos
  teclados (pedido OA-771, total 19.900 €). Me aseguraron por escrito que estaría
  instalado en septiembre para el inicio del curso del conservatorio. Estamos en
  noviembre y ni siquiera tengo fecha.

  Les ruego me informen del estado real del pedido.

  Fernando Aguilar
  """),

M("es", "cancellation_threat,technical_issue",
  "Me cambio a otra red",
  "Gabriel Torres <gabriel.torres@correo.example>",
  """
  Hola:

  tres de los cuatro cargadores de mi zona llevan semanas con el cartel de «fuera
  de servicio». Pago la tarifa mensual para nada. A final de mes me paso a la
  competencia, ya tengo la tarjeta de otra red.

  Gabriel
  """, note="chargers out of service = broken product"),

M("es", "feature_request",
  "¿Podrían añadir la reserva de juegos?",
  "Alba Romero <alba.romero@buzon.example>",
  """
  Hola:

  nos encanta venir a La Ficha. ¿Podrían añadir en la web una opción para reservar
  un juego concreto junto con la mesa? Muchas veces venimos por un juego y ya está
  ocupado.

  ¡Gracias!
  Alba
  """, trap="praise"),

M("es", "corporate_contact_request,legal_threat,severe_dissatisfaction",
  "Lo voy a llevar a juicio",
  "Óscar Medina <oscar.medina@correo.example>",
  """
  Su informe de peritaje no mencionó las grietas de la fachada, que cualquiera
  podía ver. Ahora la reparación me cuesta 14.000 € y ustedes se lavan las manos.
  Es indignante y una tomadura de pelo.

  Voy a llevar esto a juicio. Ya tengo cita con un despacho de abogados el lunes,
  así que envíenme el domicilio social de la empresa y el nombre de su
  administrador.

  Óscar Medina
  """, note="14,000 is a repair cost, not the order value"),

M("es", "outage,severe_dissatisfaction,technical_issue",
  "Sistema caído OTRA VEZ",
  "Valentina Rojas <valentina.rojas@buzon.example>",
  """
  Hola, otra vez no funciona nada: ni la app, ni la web, ni los cargadores del
  centro comercial. Todo dice «sin conexión con el servidor». Es la segunda vez
  este mes que me quedo tirada. Estoy furiosa, de verdad, esto es un desastre
  absoluto.

  Valentina
  """),

# ---------------------------------------------------------------- negatives

M("es", "-",
  "Presupuesto para 12 sillas de ruedas",
  "Ricardo León <r.leon@residencia-losolivos.example>",
  """
  Buenos días:

  desde la residencia Los Olivos querríamos un presupuesto para 12 sillas de
  ruedas plegables y 2 eléctricas, con mantenimiento anual incluido.

  Atentamente,

  Ricardo León
  Gerente
  Residencia Los Olivos
  """, trap="job_title"),

M("es", "-",
  "Re: Reembolso reserva AC-28801",
  "Mercedes Lozano <mercedes.lozano@correo.example>",
  """
  Muchas gracias, ya lo he recibido. Todo solucionado.

  Un saludo,
  Mercedes
  """,
  quote=Q("el_escribio", "self",
          """
          Buenas tardes:

          es la tercera vez que reclamo el reembolso. Si no lo recibo esta semana,
          lo pondré en manos de un abogado y lo contaré en todas las redes.

          Mercedes Lozano
          """),
  trap="quoted_trigger", note="closing reply; threat only in 'El ... escribió:' quote"),

M("es", "-",
  "RE: Incidencia con su cesta",
  "Antonio Calvo <antonio.calvo@buzon.example>",
  """
  Hola Sara:

  perfecto, gracias por reenviar la cesta. Ha llegado bien.

  Antonio
  """,
  quote=Q("outlook_es", "self",
          """
          Hola:

          la cesta de esta semana no ha llegado. Es la segunda vez. Si vuelve a
          pasar me doy de baja.

          Antonio Calvo
          """),
  trap="quoted_trigger", note="Outlook 'De: / Enviado:' block with old conditional threat"),

M("es", "-",
  "Cambio de día de entrega",
  "Silvia Marín <silvia.marin@correo.example>",
  """
  Hola:

  no voy a cancelar la suscripción, tranquilos. Solo quería saber si puedo cambiar
  el día de entrega del martes al jueves a partir de junio.

  Gracias,
  Silvia
  """, trap="negation"),

M("es", "-",
  "Política de devoluciones",
  "Adrián Peña <adrian.pena@buzon.example>",
  """
  Hola:

  estoy pensando en comprar un abrigo de vuestra web. ¿Qué política de devoluciones
  tenéis para la ropa vintage? ¿Hay plazo para devolverla si no me queda bien?

  Adrián
  """, trap="refund_policy_question"),

M("es", "-",
  "¿Cómo cambio la tarjeta de pago?",
  "Rocío Sanz <rocio.sanz@correo.example>",
  """
  Hola:

  ¿cómo puedo cambiar la tarjeta con la que pago las recargas en la app? No
  encuentro la opción en el perfil.

  Gracias,
  Rocío
  """, trap="how_to"),

M("es", "-",
  "Verificación en dos pasos",
  "Enrique Cortés <enrique.cortes@buzon.example>",
  """
  Buenas:

  ¿la app de Oído Audiolibros tiene verificación en dos pasos? Si la tiene, ¿dónde
  se activa? Quiero proteger mejor la cuenta porque tengo guardada la tarjeta.

  Enrique
  """, trap="2fa_question"),

M("es", "-",
  "Pedido de material para el nuevo laboratorio",
  "Dra. Sofía Herrero <s.herrero@univ-levante.example>",
  """
  Estimados señores:

  adjunto la orden de compra OC-2291 por un importe de 23.480 € para el
  equipamiento de vidrio del nuevo laboratorio de química. ¿Podrían confirmarme el
  plazo de entrega?

  Atentamente,
  Dra. Sofía Herrero
  Directora del Departamento de Química
  """, pack="mixed", att="OC-2291.pdf", trap="large_amount_no_problem"),

M("es", "-",
  "¡Qué maravilla de salida!",
  "Cristina Lara <cristina.lara@correo.example>",
  """
  Hola:

  solo quería daros las gracias por la salida del domingo. Vimos un rorcual
  enorme y la guía lo explicó todo genial. ¡Los niños alucinaron! Repetiremos
  seguro.

  Cristina
  """, trap="praise"),

M("es", "-",
  "Segundo correo: horarios de verano",
  "Miguel Ángel Ferrer <ma.ferrer@buzon.example>",
  """
  Hola de nuevo:

  este es mi segundo correo, por si el primero no llegó: ¿cuál es el horario del
  rocódromo en agosto? ¿Abrís los domingos?

  Gracias,
  Miguel Ángel
  """, trap="second_email"),

M("es", "-",
  "Factura para mi jefe",
  "Noelia Vega <noelia.vega@gestoria-vega.example>",
  """
  Hola:

  mi jefe necesita la factura de la inspección de la oficina de la calle Mayor
  para presentarla el viernes. ¿Me la podéis enviar en PDF?

  Gracias,
  Noelia Vega
  """, trap="own_boss"),

M("es", "-",
  "Re: Su consulta sobre el pedido 5520",
  "Jorge Benítez <jorge.benitez@correo.example>",
  """
  Hola:

  gracias por la aclaración, ya está todo claro. Un saludo.

  Jorge
  """,
  quote=Q("gt", "self",
          """
          Buenos días:

          llevo tres semanas esperando y nadie me responde. Esto es una vergüenza.
          Quiero hablar con un supervisor o iré a consumo.
          """),
  pack="alt", trap="quoted_trigger", note="old threat only inside <blockquote type=\"cite\"> / > lines"),

M("es", "-",
  "RV: Queja de un socio del club",
  "Carlos Esteban <carlos.esteban@club-montana.example>",
  """
  Hola:

  os reenvío el correo de uno de nuestros socios. Yo no estuve ese día; ¿podéis
  decirme qué pasó con la reserva del grupo para poder contestarle?

  Carlos Esteban
  Secretario, Club de Montaña Alto Ebro
  """,
  quote=Q("fwd_es", "Luis Prado <luis.prado@buzon.example>",
          """
          Carlos:

          el sábado nos dejaron sin vías en el rocódromo aunque teníamos la
          reserva del club. El encargado fue bastante borde. Si esto sigue así,
          yo me doy de baja del club y denuncio al rocódromo en consumo.

          Luis
          """, subj="Lo del sábado en La Pared"),
  trap="forwarded_complaint", note="complaint and threats only in the forwarded part"),
]
