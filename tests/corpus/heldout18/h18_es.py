# Spanish customer mail (positives and hard negatives). Hand-written, one block per message.

def M(**k):
    return k

MESSAGES = [

# ---------------------------------------------------------------- positives
M(ind="removals", frm="Alejandro Ruiz Montero <alejandro.ruiz@mudanzas-correo.example>",
  subj="Mudanza a Buenos Aires – 8.900 € y contenedor retenido",
  trig="broken_promise high_value_order", trap="-",
  note="high value, promised date missed",
  body="""\
Buenos días:

Contratamos con ustedes la mudanza de Valencia a Buenos Aires (expediente MV-3318, importe total 8.900,00 €, pagado). Me aseguraron por escrito que el contenedor estaría en destino el 20 de septiembre. Hoy es 14 de octubre y sigue retenido en el puerto de Santos por un error en la documentación de su agente.

Necesito una fecha concreta de entrega y que asuman los gastos de almacenaje.

Un saludo,
Alejandro Ruiz Montero
"""),

M(ind="tea", frm="Lucía Fernández <lucia.fernandez@teteria.example>",
  subj="Cobro duplicado",
  trig="billing_dispute", trap="-",
  note="double charge",
  body="""\
Hola, me habéis cobrado dos veces la caja de especias de octubre (2 x 26,90 €, el mismo día 3/10). Solo tengo una suscripción. ¿Me podéis devolver uno de los cargos? Gracias, Lucía
"""),

M(ind="luthier", frm="Javier Morales <javier.morales@guitarras.example>",
  subj="Reparación mal hecha – acciones legales",
  trig="legal_threat severe_dissatisfaction", trap="-",
  note="acciones legales + una vergüenza",
  body="""\
Buenas tardes:

Les dejé mi guitarra flamenca para cambiar los trastes y me la devuelven con el diapasón rajado y el barniz del aro quemado. Esto es una vergüenza. Ya he consultado con mi abogado y, si no se hacen cargo de la reparación en otro taller, emprenderé acciones legales.

Javier Morales
"""),

M(ind="dance", frm="Carmen López <carmen.lopez@baile.example>",
  subj="Queja sobre el profesor de bachata",
  trig="discrimination_harassment", trap="-",
  note="harassment by teacher",
  body="""\
Hola:

El profesor de bachata del jueves me ha escrito varias veces por WhatsApp a medianoche con mensajes insinuantes, y en clase hace comentarios sobre mi ropa delante de todos. Le pedí que parara y me dijo que "no aguanto una broma".

Quiero que la escuela haga algo. No pienso volver a su clase.

Carmen López
"""),

M(ind="keyboards", frm="Diego Navarro <diego.navarro@gamer.example>",
  subj="Perdí todos mis perfiles",
  trig="data_loss technical_issue", trap="-",
  note="profiles lost after update",
  body="""\
buenas, actualicé el firmware del teclado K88 desde vuestra app y se han borrado todos los perfiles y macros, los 5 slots vacíos. la copia en la nube tampoco aparece. llevaba meses configurándolo. hay alguna forma de recuperarlos??
"""),

M(ind="insulation", frm="Rosa Martínez <rosa.martinez@hogar.example>",
  subj="Aislamiento – humo en el desván",
  trig="safety", trap="-",
  note="smoke/fire hazard from installation",
  body="""\
Buenos días:

Ayer, dos horas después de que sus operarios terminaran de aislar el desván, salía humo de la zona del foco empotrado del pasillo. El aislante estaba pegado al transformador y estaba chamuscado. Tuvimos que cortar la luz de toda la casa. Si no llegamos a estar en casa, se nos quema.

Exijo que vengan hoy a revisar la instalación.

Rosa Martínez
"""),

M(ind="trainer", frm="Pablo Jiménez <pablo.jimenez@entreno.example>",
  subj="No puedo entrar, ni yo ni nadie",
  trig="outage technical_issue", trap="-",
  note="outage without the word",
  body="""\
Desde las 9 de la mañana nadie de mi grupo de entrenamiento puede entrar en la app, sale "Error 502" y se queda en blanco. La web igual. ¿Qué pasa? Tengo sesión con mi entrenadora a las 18:00.

Pablo
"""),

M(ind="carseat", frm="Elena Sánchez <elena.sanchez@mamas.example>",
  subj="Silla de coche – hebilla rota",
  trig="safety technical_issue", trap="-",
  note="buckle opens by itself",
  body="""\
Hola:

La hebilla del arnés de la silla Kestrel que compramos en su tienda se abre sola con un pequeño golpe. Hoy en una curva mi hijo de 3 años ha quedado suelto en el asiento. Es muy peligroso. La silla tiene cuatro meses.

¿Qué hago? No pienso volver a usarla.

Elena Sánchez
"""),

M(ind="tyres", frm="Manuel Ortega <manuel.ortega@taller-ortega.example>",
  subj="Neumáticos perdidos – reclamación",
  trig="repeat_contact severe_dissatisfaction", trap="-",
  note="third+ contact",
  body="""\
Es la tercera vez que escribo y nadie me responde. Dejé cuatro neumáticos de invierno en su almacén en abril y ahora me dicen que "no constan". Es una auténtica vergüenza. Quiero una solución esta semana.

Manuel Ortega
"""),

M(ind="wig", frm="Isabel Castro <isabel.castro@pelucas-correo.example>",
  subj="Quiero hablar con la encargada",
  trig="manager_request", trap="-",
  note="asks for manager",
  body="""\
Hola, por favor, quiero hablar con la encargada o con alguien responsable de la tienda. La peluca oncológica que me hicieron a medida no se parece en nada a lo que acordamos y la dependienta solo me dice que "es así". Gracias. Isabel Castro
"""),

M(ind="bridge", frm="Ramón Herrera <ramon.herrera@clubbridge.example>",
  subj="Datos de socios expuestos",
  trig="security_incident technical_issue", trap="-",
  note="member data exposed via bug",
  body="""\
Estimados señores:

Un socio nos ha avisado de que, en el listado público de resultados del torneo, aparecen el DNI, el teléfono y la dirección de todos los jugadores inscritos. Antes solo aparecía el nombre. Esto empezó con la última actualización del programa.

Les rogamos que lo corrijan de inmediato y nos digan qué tenemos que comunicar a los socios.

Ramón Herrera
Secretario
"""),

M(ind="archery", frm="Nuria Vidal <nuria.vidal@tiroconarco.example>",
  subj="Agencia de protección de datos",
  trig="regulatory", trap="-",
  note="AEPD",
  body="""\
Buenos días:

Solicité el 1 de agosto el acceso a mis datos personales y su supresión. No he recibido respuesta y sigo recibiendo su publicidad. Si en diez días no tengo respuesta, presentaré una reclamación ante la AEPD.

Nuria Vidal
"""),

M(ind="jewellery", frm="Marta Gil <marta.gil@bisuteria-mail.example>",
  subj="Reseña",
  trig="media_threat", trap="-",
  note="social media threat",
  body="""\
Hola!! pedí unos pendientes hace un mes, me llegaron rotos, mandé fotos y nada. tengo 25 mil seguidoras en tiktok y hago reseñas de bisutería… si no me contestáis esta semana hago un vídeo contando todo. no quiero llegar a eso pero bueno
"""),

M(ind="septic", frm="Francisco Moreno <francisco.moreno@finca.example>",
  subj="Dirección de la sede y correo del director general",
  trig="corporate_contact_request executive_contact", trap="-",
  note="asks for director general email to write",
  body="""\
Buenos días:

Les ruego me faciliten la dirección postal de su sede central y el correo electrónico del director general. Quiero remitirle personalmente una queja por los daños causados en mi finca durante el vaciado de la fosa séptica.

Francisco Moreno
"""),

M(ind="calligraphy", frm="Ana Romero <ana.romero@letras.example>",
  subj="Sugerencia para el curso",
  trig="feature_request", trap="-",
  note="suggests feature",
  body="""\
¡Hola! Me encanta el curso de lettering. Sería genial que añadierais plantillas descargables en A4 para practicar cada letra, y también un foro para compartir trabajos con otros alumnos. ¡Gracias!
"""),

M(ind="removals", frm="Sergio Delgado <sergio.delgado@expatria.example>",
  subj="He escrito a su consejero delegado",
  trig="executive_contact", trap="-",
  note="wrote to CEO",
  body="""\
Para su información: ante la falta de respuesta, he enviado hoy un correo al consejero delegado de su empresa explicando todo lo sucedido con mi mudanza a Lisboa (muebles mojados, cajas perdidas). Espero que al menos así alguien me conteste.

Sergio Delgado
"""),

M(ind="trainer", frm="Laura Prieto <laura.prieto@coachingmail.example>",
  subj="Me doy de baja",
  trig="cancellation_threat", trap="-",
  note="darse de baja because of problem",
  body="""\
Llevo tres semanas sin plan de entrenamiento porque mi coach "está de vacaciones" y nadie lo sustituye. Si para el lunes no tengo un plan nuevo, me doy de baja y me voy a otra plataforma.

Laura
"""),

M(ind="tea", frm="Andrés Vega <andres.vega@especias.example>",
  subj="Consumo – producto en mal estado",
  trig="regulatory safety", trap="-",
  note="moldy spices, reports to consumer authority",
  body="""\
Buenas tardes:

El pimentón de la caja de septiembre venía con moho visible. Mi mujer lo usó sin darse cuenta y ha pasado dos días con vómitos. Ya he presentado una hoja de reclamaciones ante la Oficina Municipal de Consumo.

Andrés Vega
"""),

M(ind="dance", frm="Beatriz Molina <beatriz.molina@flamenco.example>",
  subj="Promesa incumplida",
  trig="broken_promise", trap="-",
  note="promised refund not received",
  body="""\
Hola, la directora me prometió hace un mes que me devolverían las 4 clases que no se dieron en agosto (60 €). Todavía no he recibido nada. ¿Podéis revisarlo? Gracias.
Beatriz
"""),

M(ind="keyboards", frm="Iván Castillo <ivan.castillo@esports-club.example>",
  subj="Pedido de club 5.480 € – ratones con fallo",
  trig="high_value_order technical_issue", trap="-",
  note="high value just above threshold with defect",
  body="""\
Hola:

Nuestro club recibió el pedido P-88102 (total 5.480,00 €): 30 teclados y 30 ratones. Doce ratones tienen el sensor que salta cada pocos segundos, el cursor se va a la esquina. Hemos probado en varios ordenadores y superficies.

¿Cómo gestionamos el cambio? Tenemos liga en dos semanas.

Iván Castillo
"""),

M(ind="wig", frm="Pilar Ramos <pilar.ramos@correo-pilar.example>",
  subj="Trato discriminatorio",
  trig="discrimination_harassment", trap="-",
  note="age discrimination, non-native",
  body="""\
Buenas:

Fui a su tienda de Sevilla y la dependienta, cuando le dije mi edad (71), me dijo que esos modelos "no son para señoras mayores" y no me dejó probarlos. A otra clienta joven sí. Me sentí humillada.

Pilar Ramos
"""),

M(ind="insulation", frm="Tomás Aguilar <tomas.aguilar@reformas.example>",
  subj="Factura incorrecta",
  trig="billing_dispute", trap="-",
  note="overcharged",
  body="""\
Buenos días:

En la factura F-2291 me cobran 85 m² de aislamiento de cámara, pero la vivienda tiene 62 m² de fachada según su propio presupuesto. Solicito una factura rectificada.

Tomás Aguilar
"""),

M(ind="bridge", frm="Concepción Ibáñez <concha.ibanez@naipes.example>",
  subj="Resultados borrados",
  trig="data_loss technical_issue", trap="-",
  note="tournament data deleted",
  body="""\
Hola, desde ayer en la web del club no aparece ningún resultado de la temporada, ni clasificaciones ni puntos. ¿Se han borrado? Teníamos ahí el ranking de todo el año. Un saludo, Concha
"""),

M(ind="archery", frm="Rubén Santos <ruben.santos@arqueros.example>",
  subj="Abogado",
  trig="legal_threat safety", trap="-",
  note="demanda; child injured by rental arrow",
  body="""\
Mi hijo se cortó la mano con una punta mal rematada de las flechas de alquiler. Ustedes dicen que "es cosa del deporte". Mi abogado ya está preparando la demanda.

Rubén Santos
"""),

M(ind="tyres", frm="Gloria Peña <gloria.pena@nieve.example>",
  subj="Cadenas – Me gustaría un supervisor",
  trig="manager_request broken_promise", trap="-",
  note="supervisor + promised exchange",
  body="""\
Buenos días:

En la tienda me prometieron que me cambiarían las cadenas de la talla equivocada "en 48 horas". Han pasado dos semanas. Me gustaría hablar con un supervisor, por favor.

Gloria Peña
"""),

# ---------------------------------------------------------------- negatives
M(ind="luthier", frm="Alberto Soler <alberto.soler@abogados-soler.example>",
  subj="Presupuesto ajuste de guitarra",
  trig="", trap="lawyer_customer_ordering",
  note="lawyer ordering normally",
  body="""\
Buenas tardes:

Soy abogado y toco la guitarra clásica en mis ratos libres. ¿Cuánto cuesta un ajuste completo y cambio de cuerdas? Podría dejarla el viernes, salgo del juzgado a las dos.

Un saludo,
Alberto Soler
Abogado – Soler & Asociados
Este mensaje es confidencial. Si lo ha recibido por error, notifíquelo al remitente y bórrelo.
"""),

M(ind="tea", frm="Raquel Medina <raquel.medina@infusiones.example>",
  subj="Re: Pedido dañado",
  trig="", trap="quoted_threat_el_escribio",
  note="quoted earlier threat, now settled",
  body="""\
Perfecto, ya me ha llegado el reembolso. ¡Muchas gracias por la rapidez!

Raquel

El mar, 8 oct 2024 a las 10:15, Raquel Medina (<raquel.medina@infusiones.example>) escribió:
> Es la tercera caja que llega rota. Si no me devolvéis el dinero
> pongo una reclamación en consumo.
"""),

M(ind="dance", frm="Jorge Blanco <jorge.blanco@baile.example>",
  subj="Cancelar la clase del martes",
  trig="", trap="cancel_single_appointment",
  note="cancel one class",
  body="""\
Hola, no puedo ir a la clase particular del martes, ¿podemos pasarla al jueves a la misma hora? Gracias, Jorge
"""),

M(ind="carseat", frm="Cristina Nieto <cristina.nieto@familia.example>",
  subj="¿Cómo cancelar un pedido?",
  trig="", trap="how_to_cancel_procedural",
  note="procedural cancel, wrong colour ordered",
  body="""\
Hola, he pedido el carrito en gris y lo quería en verde. ¿Cómo cancelo el pedido 99812 para hacerlo de nuevo? No ha salido todavía. Gracias.
"""),

M(ind="keyboards", frm="Víctor Serrano <victor.serrano@empresa.example>",
  subj="RV: Pedido teclados",
  trig="", trap="outlook_original_message_es",
  note="Spanish Outlook header block, neutral question",
  body="""\
Buenos días:

Les reenvío la consulta de mi compañero. Solo queremos saber si hacen factura con IVA intracomunitario.

Víctor Serrano
Gerente de Compras

De: Hugo Lara <hugo.lara@empresa.example>
Enviado el: lunes, 7 de octubre de 2024 9:30
Para: Víctor Serrano <victor.serrano@empresa.example>
Asunto: Pedido teclados

Víctor, el último pedido llegó tarde y mal, una vergüenza. Pregúntales lo de la factura y si no, que se olviden de nosotros.
"""),

M(ind="trainer", frm="Silvia Cano <silvia.cano@fitness.example>",
  subj="¡Gracias a mi entrenadora!",
  trig="", trap="praise",
  note="praise with manager title",
  body="""\
Hola:

Solo quería dar las gracias a Marta, mi entrenadora, y a la jefa del equipo de coaching, Lidia, por su paciencia. He perdido 9 kilos y me siento genial. ¡Sois lo más!

Silvia
"""),

M(ind="insulation", frm="Enrique Rubio <enrique.rubio@comunidad.example>",
  subj="Presupuesto comunidad – 24.600 €",
  trig="", trap="large_amount_no_problem",
  note="large order, no problem",
  body="""\
Buenos días:

La junta de la comunidad ha aprobado su presupuesto de 24.600 € para el aislamiento de la fachada. Les envío el acta firmada. ¿Cuándo podrían empezar?

Enrique Rubio
Presidente de la comunidad
"""),

M(ind="tyres", frm="Mónica Herrero <monica.herrero@coche.example>",
  subj="Política de devoluciones de cadenas",
  trig="", trap="refund_policy_question",
  note="refund policy question",
  body="""\
Hola, si compro cadenas y no las llego a usar porque no nieva, ¿puedo devolverlas? ¿Cuál es el plazo? Gracias.
"""),

M(ind="septic", frm="Antonio Fuentes <antonio.fuentes@campo.example>",
  subj="No es urgente",
  trig="", trap="negation",
  note="no need to escalate; no problem",
  body="""\
Hola, no hace falta escalar nada, solo quería confirmar que el vaciado sigue previsto para el día 22. Todo bien por lo demás. Gracias.

Antonio
"""),

M(ind="calligraphy", frm="Lorena Pastor <lorena.pastor@letras.example>",
  subj="¿Se puede descargar el certificado?",
  trig="", trap="feature_exists_question",
  note="asks if certificate download exists",
  body="""\
Hola, he terminado el curso de caligrafía gótica. ¿Hay forma de descargar un certificado en PDF? Lo quiero para mi portafolio. ¡Gracias!
"""),

M(ind="jewellery", frm="Paula Ortiz <paula.ortiz@moda.example>",
  subj="Vi vuestro anuncio en Instagram",
  trig="", trap="social_media_mention",
  note="saw ad on social media",
  body="""\
Hola!! Vi vuestro anuncio en Instagram del collar de perlas y me encantó. ¿Queda en dorado? ¿Y cuánto tarda el envío a Canarias? Gracias 💛
"""),

M(ind="bridge", frm="Emilio Cortés <emilio.cortes@club.example>",
  subj="Pregunta sobre seguridad",
  trig="", trap="security_question_no_incident",
  note="asks about 2FA, no incident",
  body="""\
Buenas, ¿el programa del club permite activar la verificación en dos pasos para los administradores? No ha pasado nada, es solo por precaución. Gracias.
Emilio Cortés
"""),

M(ind="archery", frm="Marina Domínguez <marina.dominguez@arco.example>",
  subj="Es mi segundo correo",
  trig="", trap="second_email",
  note="second email only",
  body="""\
Hola, es mi segundo correo: ¿tenéis hueco para un cumpleaños infantil (10 niños) el sábado 9? Gracias.
Marina
"""),
]
