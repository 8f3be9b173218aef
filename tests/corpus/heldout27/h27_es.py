# Spanish customer mail (positives and hard negatives). Hand-written, one block per message.
MESSAGES = []


def m(frm, subject, triggers, trap, note, body, **kw):
    d = dict(kw)
    d.update({"from": frm, "subject": subject, "triggers": triggers, "trap": trap, "note": note, "body": body})
    MESSAGES.append(d)


m("Lucía Fernández <lucia.fernandez@fernandez-casa.example>", "De vacaciones – pero mi pedido",
  "broken_promise", "looks_automated", "salsas picantes; asunto de vacaciones + promesa incumplida",
  """Estoy de vacaciones hasta el lunes, pero no puedo esperar: me prometieron que la caja de mayo saldría el día 3 y todavía no ha salido. Ya van dos semanas.

Lucía
""")

m("Javier Morales <javier.morales@morales-trenes.example>", "Locomotora no funciona",
  "technical_issue", None, "tren de jardín; locomotora averiada",
  """Hola,

La locomotora que compré (pedido TJ-3310) hace un ruido raro y se para a los pocos metros. He limpiado las ruedas y la vía, nada. ¿Qué hago?

Javier
""")

m("Carmen Ortega <carmen.ortega@ortega-colegio.example>", "Quiero hablar con un supervisor",
  "manager_request severe_dissatisfaction", None, "cúpula planetario; supervisor",
  """Buenas tardes,

La cúpula llegó desinflada, sin técnico, y los niños se quedaron sin actividad. Es una vergüenza. Quiero hablar con un supervisor hoy mismo.

Carmen Ortega
Directora
""")

m("Andrés Vidal <andres.vidal@vidal-abogados.example>", "Acciones legales – alquiler de tándem",
  "legal_threat", None, "alquiler tándem; acciones legales",
  """Señores:

El tándem que me alquilaron tenía la dirección suelta y sufrimos una caída. Les informo de que he encargado a mi abogado que inicie acciones legales.

Andrés Vidal
""")

m("Marta Ruiz <marta.ruiz@ruiz-mail.example>", "Me han cobrado dos veces",
  "billing_dispute", None, "masa madre tienda; doble cobro",
  """Hola, en mi cuenta aparecen dos cargos de 16,50 € por el mismo pedido de masa madre (MM-2210). Por favor devuélvanme uno. Gracias.
""")

m("Pablo Herrera <pablo.herrera@herrera-net.example>", "Es la tercera vez que escribo",
  "repeat_contact", None, "cometas; tercera vez",
  """Es la tercera vez que escribo por la cometa que llegó sin cola ni varillas. Nadie responde. ¿Hay alguien ahí?
""")

m("Elena Castro <elena.castro@castro-diseno.example>", "Me doy de baja",
  "cancellation_threat severe_dissatisfaction", None, "salsas picantes; baja por enfado",
  """Estoy harta. Tres meses seguidos con botellas rotas y ustedes ni contestan. Me doy de baja de la suscripción ya. Servicio pésimo, el peor que he tenido nunca.
""")

m("Sergio Navarro <sergio.navarro@navarro-tech.example>", "Cuenta hackeada",
  "security_incident", None, "tienda solidaria online; cuenta robada",
  """Hola, alguien ha entrado en mi cuenta y ha cambiado el correo y la contraseña. Me llegó un aviso de inicio de sesión desde otro país. Por favor, bloqueen la cuenta.
Sergio
""")

m("Rosa Jiménez <rosa.jimenez@jimenez-prensa.example>", "Consulta periodística",
  "media_threat", None, "convención fans telenovela; periodista",
  """Buenos días,

Soy periodista de Diario del Levante. Estamos preparando un reportaje sobre la cancelación de la convención de fans de «Amores de Barrio» y los reembolsos pendientes. ¿Podrían darme una declaración?

Rosa Jiménez
""")

m("Diego Romero <diego.romero@romero-casa.example>", "Denuncia ante la AEPD",
  "regulatory", None, "estancia en granja; datos compartidos",
  """He recibido publicidad de otra empresa que conocía mi reserva en su granja. Ustedes han cedido mis datos sin consentimiento. He presentado una reclamación ante la AEPD.
""")

m("Nuria Gil <nuria.gil@gil-joyas.example>", "Se han borrado mis productos",
  "data_loss technical_issue", None, "joyería vidrio de mar; productos borrados",
  """Hola, desde ayer mi tienda en su plataforma aparece vacía: se han borrado los 95 productos con fotos y descripciones. No tengo copia. ¿Pueden recuperarlos?
Nuria
""")

m("Raúl Molina <raul.molina@molina-fiestas.example>", "Máquina recreativa echando chispas",
  "safety technical_issue", None, "alquiler arcade retro; chispas",
  """La máquina de Pac-Man que nos trajeron para el cumpleaños echó chispas por detrás y saltó el diferencial. Había niños al lado. Vengan a recogerla, por favor, no la vamos a volver a enchufar.
""")

m("Beatriz Suárez <beatriz.suarez@suarez-mail.example>", "La web no funciona",
  "outage technical_issue", None, "remolque escape room; web caída",
  """Su web lleva todo el día caída, sale un error 500 en todas las páginas. No puedo reservar ni ver mi reserva.
""")

m("Alberto Ramos <alberto.ramos@ramos-sa.example>", "Dirección de la sede y del consejero delegado",
  "corporate_contact_request executive_contact", None, "alquiler tándem; datos corporativos para escribir al CEO",
  """Buenos días,

Les pido la dirección de su sede central y el correo electrónico de su consejero delegado, ya que pienso escribirle directamente.

Alberto Ramos
""")

m("Fátima El Amrani <fatima.elamrani@elamrani-mail.example>", "Trato discriminatorio en la pista",
  "discrimination_harassment", None, "afilado patines; discriminación por hiyab",
  """Hola,

Fui a recoger los patines de mi hijo y su empleado me dijo que "con eso en la cabeza" no podía esperar dentro de la tienda. A los demás clientes no les dijo nada. Me sentí humillada y discriminada.

Fátima
""")

m("Ignacio Torres <ignacio.torres@torres-dev.example>", "Sugerencia para la app",
  "feature_request", None, "masa madre; petición de función",
  """Hola, estaría genial que la app tuviera una opción para exportar el diario de alimentación de la masa madre a PDF. ¿Lo podrían añadir?
Ignacio
""")

m("Victoria Medina <victoria.medina@medina-musica.example>", "Restauración de pianola – 9.300 € y sin noticias",
  "high_value_order", None, "restauración pianola; pedido > 5000 sin resolver",
  """Estimados señores:

En marzo firmamos el presupuesto de 9.300 € para restaurar nuestra pianola y pagamos la mitad. Desde entonces no sabemos nada. ¿Cuándo empiezan?

Victoria Medina
""")

m("Oficina Colegio San Roque <oficina@colegio-sanroque.example>", "Respuesta automática: curso de apicultura",
  "broken_promise repeat_contact", "looks_automated", "curso apicultura; asunto de respuesta automática, pero humano",
  """Perdón por el asunto, es la plantilla de nuestro programa. Les escribo por tercera vez: nos prometieron los trajes de apicultor para niños antes del curso y no llegaron. El curso es el jueves.

Secretaría
""")

m("Manuel Prieto <manuel.prieto@prieto-casa.example>", "Hemos recibido su factura",
  "billing_dispute", "looks_automated", "estancia en granja; acuse humano + cobro erróneo",
  """Hemos recibido su factura, gracias. Pero nos cobran 4 noches y estuvimos 3 (llegamos el 12 y salimos el 15). Les pido que la corrijan y nos devuelvan la noche de más, 95 €.
""")

m("Sofía Delgado <sofia.delgado@delgado-mail.example>", "Enviado desde mi móvil – quemadura con la salsa",
  "safety", "looks_automated", "salsas picantes; firma móvil, lesión",
  """La botella de salsa extra picante explotó al abrirla (estaba hinchada) y me saltó a los ojos. Tuve que ir a urgencias. Revisen ese lote por favor.

Enviado desde mi móvil
""")

m("Hernán Cabrera <hernan.cabrera@cabrera-fam.example>", "Fuera de la oficina – reclamación",
  "cancellation_threat", "looks_automated", "cometas; fuera de oficina + amenaza",
  """Estoy fuera de la oficina hasta el día 10, pero no quiero esperar: si la cometa de repuesto no llega esta semana, cancelo el pedido y compro en otra tienda.
""")

m("Laura Serrano <laura.serrano@serrano-colegio.example>", "Reserva de cúpula – jefa de estudios",
  None, "job_title", "cúpula planetario; cargo",
  """Hola, soy la jefa de estudios del CEIP Serrano y quería reservar la cúpula para el 20 de febrero. ¿Qué necesitan de nosotros?
Laura Serrano
""")

m("Tomás Iglesias <tomas.iglesias@iglesias-mail.example>", "RE: su reclamación",
  None, "quoted_threat", "alquiler arcade; agradece, cita amenaza",
  """Muchas gracias, ya está todo solucionado.

El lun, 3 jun 2024 a las 18:20, Tomás Iglesias <tomas.iglesias@iglesias-mail.example> escribió:
> Si no me devuelven el dinero les pondré una demanda y lo contaré en redes.
""")

m("Inés Vega <ines.vega@vega-casa.example>", "¿Cómo me doy de baja?",
  None, "policy_question", "salsas; pregunta procedimental",
  """Hola, ¿cómo me doy de baja de la suscripción si algún día quiero? No es ahora, solo para saberlo. Gracias.
""")

m("Jorge Cano <jorge.cano@cano-club.example>", "Pedido grande para el club",
  None, "large_amount_no_problem", "tren de jardín; importe alto sin problema",
  """Hola, nuestro club quiere hacer un pedido de unos 11.000 € en vías y desvíos. ¿Hacen descuento a asociaciones?
Jorge Cano
""")

m("Pilar Reyes <pilar.reyes@reyes-mail.example>", "No voy a darme de baja",
  None, "negation", "masa madre; negación",
  """El pedido llegó un día tarde pero no pasa nada, no voy a darme de baja, me encanta la masa madre de centeno.
Pilar
""")

m("Ricardo León <ricardo.leon@leon-abogados.example>", "Consulta disponibilidad",
  None, "legal_disclaimer", "estancia en granja; aviso legal",
  """Buenos días, ¿tienen disponibilidad en agosto para cuatro personas?

Ricardo León

AVISO LEGAL: Este mensaje es confidencial y va dirigido exclusivamente a su destinatario. Si lo ha recibido por error, comuníquelo y elimínelo. Queda prohibida su divulgación; su uso indebido podrá dar lugar a acciones legales.
""")

m("Ana Sanz <ana.sanz@sanz-joyas.example>", "Un poco decepcionada",
  None, "mild_disappointment", "joyería vidrio de mar; decepción leve",
  """Hola, el collar es bonito pero estoy un poco decepcionada con el tamaño. Me lo quedo igualmente. Un saludo.
""")

m("Eva Domínguez <eva.dominguez@dominguez-mail.example>", "Hemos recibido el paquete",
  None, "looks_automated", "cometas; acuse humano",
  """Hemos recibido el paquete, todo perfecto. ¡Gracias!
""")

m("Luis Peña <luis.pena@pena-fans.example>", "RV: queja de un socio",
  None, "forwarded_complaint", "convención telenovela; queja reenviada",
  """Os reenvío esto de un socio, para que lo sepáis. Nosotros contentos.

---------- Mensaje reenviado ---------
De: Paco <paco@mail-mock.example>
Asunto: vergüenza

¡Una vergüenza! Voy a poner una demanda y a llamar a la prensa.
""")

m("Cristina Moya <cristina.moya@moya-net.example>", "¿Mis datos están seguros?",
  None, "security_question", "tienda solidaria; pregunta seguridad",
  """Hola, ¿guardan ustedes los datos de mi tarjeta o lo hace la pasarela de pago? Gracias.
""")

m("Gonzalo Rey <gonzalo.rey@rey-abogados.example>", "Reclamación a Consumo y demanda",
  "legal_threat regulatory", None, "cometas; consumo + demanda",
  """Les comunico que he presentado una reclamación en la oficina de consumo y que, si no me devuelven los 240 €, interpondré una demanda.

Gonzalo Rey
""")

m("Marisa Lozano <marisa.lozano@lozano-mail.example>", "Correo de su director general",
  "corporate_contact_request executive_contact", None, "estancia en granja; pide correo del director general",
  """Buenas, necesito el correo electrónico de su director general para escribirle sobre lo ocurrido en la granja. Gracias.
""")

m("Óscar Fuentes <oscar.fuentes@fuentes-dev.example>", "Web caída y me han robado la cuenta",
  "outage security_incident technical_issue", None, "tienda solidaria; web caída + acceso no autorizado",
  """Su web no carga desde esta mañana (error 503). Y ayer alguien entró en mi cuenta y cambió la dirección de envío. ¿Qué está pasando?
""")

m("Patricia Vera <patricia.vera@vera-colegio.example>", "Pedido de 6.400 € y una sugerencia",
  "high_value_order feature_request", None, "curso apicultura; pedido > 5000 sin resolver + sugerencia",
  """Hola,

Pagamos 6.400 € por el programa de apicultura para ocho colegios y aún no tenemos fechas ni materiales. ¿Qué pasa?

Y una sugerencia: estaría bien poder descargar las fichas de los alumnos en PDF.

Patricia Vera
""")

m("Miguel Ángel Soto <miguelangel.soto@soto-fans.example>", "Acoso de un miembro del staff",
  "discrimination_harassment media_threat", None, "convención telenovela; acoso + amenaza redes",
  """Un miembro de su staff me insultó por ser gay delante de todos en la cola de autógrafos. Si no recibo una disculpa, lo contaré en mis redes, tengo muchos seguidores entre los fans.
""")
