# Spanish customer mail (with and without triggers).
# One block per message, written by hand.  Labels follow docs/triggers.md.
LANG = "es"
MESSAGES = []


def M(**kw):
    MESSAGES.append(kw)


M(frm="Javier Ortega <javier.ortega@correo-es.example>",
  subj="Cobro duplicado del seguro de la moto",
  trig="billing_dispute",
  body="""\
Buenos días:

En mi cuenta aparecen dos cargos de 312,50 € con fecha 3 de marzo por la renovación del seguro de mi moto (póliza SM-660214, Honda CB500F). Solo tengo una póliza. Les ruego que me devuelvan el cargo duplicado.

Un saludo,
Javier Ortega
""")

M(frm="Lucía Fernández <lucia.fernandez@fernandez-casa.example>",
  subj="La lavadora echa chispas después de la reparación",
  trig="safety,technical_issue",
  body="""\
Hola,

Ayer vino su técnico a cambiar el motor de la lavadora (orden RP-11893). Hoy, al ponerla en marcha, empezaron a salir chispas por detrás y olía a quemado. La desenchufé enseguida. Vivo con mi madre, que tiene 84 años, y me da miedo que vuelva a pasar.

Por favor, manden a alguien cuanto antes.

Lucía Fernández
""")

M(frm="Andrés Molina <andres.molina@molina-consultores.example>",
  subj="Quiero hablar con un supervisor",
  trig="manager_request,severe_dissatisfaction",
  body="""\
Llevo dos horas en el mostrador de Barajas T4. Tenía un coche reservado y pagado desde hace un mes y ahora me dicen que "no hay coches de esa categoría" y que pague 90 € más por uno superior. Una vergüenza. Es el peor trato que he recibido de una empresa en mi vida.

Quiero hablar con un supervisor YA.

Andrés Molina
""")

M(frm="Carmen Ruiz <carmen.ruiz@ruiz-mail.example>",
  subj="infección después de las uñas",
  trig="safety",
  body="""\
hola buenas

el viernes me hice las uñas de gel en vuestro salón de la calle Mayor y desde el domingo tengo dos dedos hinchados y con pus. el médico dice que es una infección y me ha mandado antibiótico, cree que las herramientas no estaban bien esterilizadas.

os lo digo para que reviséis cómo limpiáis las cosas porque podría pasarle a cualquiera.

Carmen
""")

M(frm="Raúl Jiménez <raul.jimenez@jimenez-familia.example>",
  subj="Fianza de los disfraces",
  trig="legal_threat",
  body="""\
Buenas tardes:

Devolvimos los cuatro disfraces de Star Wars el día acordado y en perfecto estado, como consta en el albarán firmado por su empleada. Siguen sin devolverme la fianza de 200 €.

Si no recibo el dinero esta semana, pondré el asunto en manos de mi abogado.

Raúl Jiménez
""")

M(frm="Marta Navarro <marta.navarro@navarro-web.example>",
  subj="Reclamación en la OMIC",
  trig="billing_dispute,regulatory",
  body="""\
Hola,

El domingo nos cobraron 30 € por kayak de "suplemento por viento" que no aparecía en ningún sitio al hacer la reserva. Pedí la hoja de reclamaciones y me dijeron que no tenían.

Hoy he presentado una reclamación en la Oficina Municipal de Información al Consumidor (OMIC) con el justificante de pago.

Marta Navarro
""")

M(frm="Diego Romero <diego.romero@romero-net.example>",
  subj="la web no funciona",
  trig="outage,technical_issue",
  body="""\
Hola, llevo toda la tarde intentando reservar una partida de láser tag y la web da "Error 500" en todas las páginas, también desde el móvil. ¿Está caída? Gracias
""")

M(frm="Elena Castro <elena.castro@castro-mail.example>",
  subj="Me han hackeado la cuenta",
  trig="billing_dispute,security_incident",
  body="""\
Hola:

Esta mañana he recibido un correo de su tienda diciendo que mi contraseña se había cambiado, y yo no he cambiado nada. Ahora no puedo entrar y veo en el banco un cargo de 189 € de su web que no he hecho yo.

Alguien ha entrado en mi cuenta. Por favor, bloquéenla y anulen ese pedido.

Elena Castro
""")

M(frm="Francisco Gil <francisco.gil@hostal-gil.example>",
  subj="Pedido de cortinas 9.800 € - instalación pendiente",
  trig="broken_promise,high_value_order",
  body="""\
Estimados señores:

Hace seis semanas encargamos cortinas y estores para las 24 habitaciones del hostal (pedido CT-4472, 9.800 € IVA incluido, ya abonado el 50 %). Su comercial nos prometió por escrito la instalación antes del 15 de mayo. Hoy es 28 y no tenemos ni fecha.

Abrimos temporada el 1 de junio. Necesito una respuesta concreta hoy.

Francisco Gil
""")

M(frm="Beatriz Serrano <beatriz.serrano@serrano-escritora.example>",
  subj="Se han borrado tres capítulos de mi novela",
  trig="data_loss,technical_issue",
  body="""\
Hola:

Estaba revisando mi novela en su editor online y, al darle a "Guardar", la página se quedó en blanco. Al volver a entrar, faltan los capítulos 9, 10 y 11. El historial de versiones tampoco los tiene.

¿Hay alguna copia de seguridad? Son unas 60 páginas que no tengo en ningún otro sitio.

Gracias,
Beatriz Serrano
""")

M(frm="Sergio Vidal <sergio.vidal@vidal-eventos.example>",
  subj="Correo del consejero delegado",
  trig="corporate_contact_request,executive_contact",
  body="""\
Buenos días:

Les pido la dirección de correo electrónico de su consejero delegado. Voy a escribirle personalmente para contarle lo que pasó con el castillo hinchable en la comunión de mi hijo, ya que nadie en atención al cliente me da una respuesta.

Sergio Vidal
""")

M(frm="Paula Moreno <paula.moreno@paulamoreno.example>",
  subj="Ruta de fantasmas",
  trig="media_threat",
  body="""\
Hola!!

La ruta del sábado fue un desastre, el guía no se sabía las historias y acabó media hora antes. Pagamos 25 € por persona.

Tengo bastantes seguidores en TikTok y pienso contar la experiencia tal cual si no me dais una explicación.

Paula
""")

M(frm="Manuel Herrera <manuel.herrera@herrera-cocina.example>",
  subj="Sugerencia",
  trig="feature_request",
  body="""\
Hola:

Muy contento con el afilado. Sería genial poder programar en la web una recogida cada dos meses para el restaurante, sin tener que pedirla cada vez. ¿Lo podrían añadir?

Saludos,
Manuel Herrera
""")

M(frm="Rocío Delgado <rocio.delgado@delgado-mail.example>",
  subj="Me doy de baja",
  trig="cancellation_threat,severe_dissatisfaction",
  body="""\
Hola,

Tercer kit de setas que llega lleno de moho. Estoy harta, es indignante. Me doy de baja de la suscripción ahora mismo y no quiero que me cobren ni un euro más.

Rocío
""")

M(frm="Antonio Ramos <antonio.ramos@ramos-huerto.example>",
  subj="Acoso del vocal de la asociación",
  trig="discrimination_harassment",
  body="""\
Buenos días:

Soy socio del huerto urbano La Alameda desde hace tres años. Desde que protesté en la asamblea por las cuotas, el vocal de mantenimiento me insulta cada vez que me ve, me ha llamado "viejo inútil" delante de otros socios y ha dejado notas amenazantes en mi caseta.

Pido a la junta que intervenga.

Antonio Ramos
""")

M(frm="Cristina Santos <cristina.santos@santos-abogada.example>",
  subj="Dirección de la sede central",
  trig="corporate_contact_request",
  body="""\
Buenas tardes:

¿Podrían facilitarme la dirección postal de su sede central y el teléfono de la oficina corporativa (no el de atención al cliente)?

Gracias,
Cristina Santos
""")

M(frm="Ignacio Prieto <ignacio.prieto@prieto-libros.example>",
  subj="Mis datos bancarios filtrados - AEPD",
  trig="regulatory,security_incident",
  body="""\
Buenos días:

Otro autor de su plataforma me ha escrito para avisarme de que, en el informe de ventas que ustedes le enviaron, aparecían mi nombre, mi IBAN y mis ventas. Me ha mandado el PDF.

Esto es una infracción clara del RGPD. Voy a presentar una denuncia ante la Agencia Española de Protección de Datos.

Ignacio Prieto
""")

M(frm="Pilar Medina <pilar.medina@medina-casa.example>",
  subj="El técnico no ha vuelto",
  trig="broken_promise,repeat_contact",
  body="""\
Hola:

Es la tercera vez que les escribo. El técnico que vino a revisar el lavavajillas dijo que volvería el jueves con la pieza. No vino el jueves ni ha venido después, y nadie me coge el teléfono.

Pilar Medina
""")

M(frm="Óscar Cortés <oscar.cortes@cortes-eventos.example>",
  subj="Factura de 5.650 € incorrecta",
  trig="billing_dispute,high_value_order",
  body="""\
Buenos días:

Nos han enviado la factura F-2025-331 por el alquiler de hinchables para las fiestas del pueblo por 5.650 €. El presupuesto aceptado era de 4.650 €: nos han cobrado dos días de generador que no se usaron.

Ruego rectifiquen la factura.

Óscar Cortés
""")

M(frm="Alba Gutiérrez <alba.gutierrez@gutierrez-mail.example>",
  subj="Idea para la web",
  trig="feature_request",
  body="""\
Hola! Estaría muy bien que en la web se pudiera ver en tiempo real cuántos kayaks quedan libres para cada hora, así no tendríamos que llamar. Gracias!!
""")

M(frm="Dolores Heredia <dolores.heredia@heredia-mail.example>",
  subj="Trato discriminatorio en el salón",
  trig="discrimination_harassment",
  body="""\
Buenas:

El martes fui con mi hija a pedir cita para las pestañas. En cuanto la recepcionista nos vio dijo que "no había huecos en todo el mes". Mi vecina pidió cita por teléfono diez minutos después y se la dieron para el día siguiente. La chica le dijo a una compañera "a esas no", y creo que todos sabemos por qué: somos gitanas.

No es la primera vez que nos pasa en la vida, pero sí la primera en su salón.

Dolores Heredia
""")

M(frm="Nuria Blanco <nuria.blanco@blanco-diseno.example>",
  subj="De vacaciones – pero esto no puede esperar",
  trig="cancellation_threat,severe_dissatisfaction",
  trap="looks_automated",
  note="holiday notice opening, then a real complaint",
  body="""\
Estoy de vacaciones hasta el 1 de septiembre, con acceso limitado al correo.

Pero esto no puede esperar: los estores del estudio, instalados el día antes de irme, se han caído dos de ellos encima de la mesa de dibujo. La instalación es un chapuza absoluta, una auténtica vergüenza. Cancelo el resto del pedido (las cortinas de la sala) y busco otra empresa.

Nuria Blanco
""")

M(frm="Jorge Pastor <jorge.pastor@pastor-mail.example>",
  subj="RV: Mensaje no entregado",
  trig="legal_threat,repeat_contact",
  trap="looks_automated",
  note="customer forwards a bounce and writes on top",
  body="""\
Les reenvío el aviso de "mensaje no entregado" que me devolvió su dirección de reclamaciones. Es la tercera vez que intento reclamar la fianza del coche de alquiler y ya no sé por dónde escribirles.

Si esta semana no tengo respuesta, presentaré una demanda en el juzgado por los 300 €.

Jorge Pastor

-----Mensaje original-----
De: Mail Delivery Subsystem <mailer-daemon@correo.pastor-mail.example>
Enviado el: lunes, 9 de junio de 2025 10:02
Para: jorge.pastor@pastor-mail.example
Asunto: Mensaje no entregado

No se ha podido entregar el mensaje a reclamaciones@example.test.
550 5.1.1 Usuario desconocido
""")

M(frm="Administración <administracion@clinica-solana.example>",
  subj="RE: Factura 2025-078",
  trig="billing_dispute",
  trap="looks_automated",
  note="role address and receipt-like opening, then a dispute",
  body="""\
Buenos días:

Hemos recibido su factura 2025-078. Sin embargo, aparece cobrado dos veces el afilado de los 12 cuchillos de la cocina del comedor (2 x 96 €). Solo enviamos un lote. Por favor, envíen una factura rectificativa.

Un saludo,
Administración - Clínica Solana
""")

M(frm="Teresa Lozano <teresa.lozano@lozano-compras.example>",
  subj="Presupuesto cortinas oficina",
  trap="job_title",
  note="'Jefa de Compras' and 'gerente' are titles",
  body="""\
Buenos días:

Nuestro gerente me ha pedido presupuesto para cortinas opacas en la sala de reuniones (3 ventanas de 2,40 m). ¿Podrían enviarnos precios y plazos?

Atentamente,
Teresa Lozano
Jefa de Compras
""")

M(frm="Pablo Reyes <pablo.reyes@reyes-mail.example>",
  subj="Re: Devolución de la ruta",
  trap="quoted_threat",
  note="'El ... escribió' block holds the earlier threat",
  body="""\
Perfecto, ya me ha llegado el reembolso. Muchas gracias.

Pablo

El jue, 10 jul 2025 a las 21:15, Pablo Reyes (<pablo.reyes@reyes-mail.example>) escribió:
> Si no me devuelven el dinero antes del lunes, les denuncio y lo
> publico en todas las redes. Es la tercera vez que escribo.
""")

M(frm="Silvia Marín <silvia.marin@marin-asesores.example>",
  subj="RE: Reserva coche Málaga",
  trap="outlook_original_message",
  note="Spanish Outlook header block holds an old complaint",
  body="""\
Hola,

Gracias, ya tengo la nueva confirmación. ¿Me podrían confirmar si la silla de bebé está incluida?

Un saludo,
Silvia

De: Silvia Marín <silvia.marin@marin-asesores.example>
Enviado el: martes, 15 de abril de 2025 8:47
Para: support@example.test
Asunto: Reserva coche Málaga

Me han cancelado la reserva sin avisar. Es inaceptable y una vergüenza, quiero hablar con un responsable.
""")

M(frm="Ricardo Soto <ricardo.soto@soto-mail.example>",
  subj="No me voy a dar de baja",
  trap="negation",
  note="explicitly not cancelling",
  body="""\
Hola, no me voy a dar de baja, tranquilos, solo quería saber si puedo cambiar el kit de setas ostra por el de shiitake en el próximo envío. Gracias.
""")

M(frm="Eva Campos <eva.campos@campos-web.example>",
  subj="Política de devoluciones",
  trap="policy_question",
  note="returns policy question",
  body="""\
Buenas tardes:

¿Cuál es su política de devoluciones si un perfume no me convence? ¿Tengo que devolverlo sin abrir?

Gracias,
Eva Campos
""")

M(frm="Asociación Huertos del Sur <junta@huertosdelsur.example>",
  subj="¿Cumplen con el RGPD?",
  trap="gdpr_documentation",
  note="compliance question and DPA request",
  body="""\
Estimados señores:

Estamos valorando usar su programa para gestionar los socios de la asociación. ¿Cumple con el RGPD? ¿Nos pueden enviar el contrato de encargado del tratamiento?

Un saludo,
La Junta Directiva
""")

M(frm="Luis Aguilar <luis.aguilar@aguilar-mail.example>",
  subj="¡Genial!",
  trap="praise",
  note="praise",
  body="""\
Solo queríamos daros las gracias por el cumpleaños de Marcos en el láser tag. Los monitores estuvieron geniales y los niños acabaron agotados y felices. ¡Repetiremos!

Luis y Ana
""")

M(frm="Miguel Ángel Torres <miguelangel.torres@torres-hotel.example>",
  subj="Pedido de 5.000 € - falta un estor",
  trap="exactly_5000",
  note="problem on an order of exactly 5,000 EUR",
  body="""\
Buenos días:

Ayer instalaron los estores del hotel (pedido de 5.000,00 € justos). Falta el de la habitación 108. ¿Cuándo lo podrían traer?

Saludos,
Miguel Ángel Torres
""")

M(frm="Sara Iglesias <sara.iglesias@iglesias-mail.example>",
  subj="el perfume",
  trap="mild_disappointment",
  note="un poco decepcionada",
  body="""\
Hola, me ha llegado el perfume y estoy un poco decepcionada, el olor dura menos de lo que esperaba. Supongo que es cosa de mi piel. Por lo demás todo bien, el envío muy rápido. Sara
""")

M(frm="Fernando Vega <fernando.vega@vega-autor.example>",
  subj="¿Se puede exportar a EPUB?",
  trap="feature_exists_question",
  note="asks whether a feature exists",
  body="""\
Hola:

¿Se puede descargar el libro maquetado en EPUB desde la plataforma, o solo en PDF? Quiero revisarlo en mi lector antes de publicarlo.

Gracias,
Fernando
""")

M(frm="Alicia Domínguez <alicia.dominguez@dominguez-mail.example>",
  subj="verificación en dos pasos",
  trap="security_question",
  note="2FA question, no incident",
  body="""\
Hola, ¿cómo activo la verificación en dos pasos en mi cuenta? No encuentro la opción. Gracias.
""")

M(frm="Héctor Núñez <hector.nunez@nunez-mail.example>",
  subj="Segundo correo - reserva castillo",
  trap="second_email",
  note="second contact only",
  body="""\
Hola, es mi segundo correo, creo que el primero no os llegó. Quería reservar el castillo hinchable pequeño para el 14 de septiembre por la tarde. ¿Está libre?

Héctor
""")

M(frm="Rosa Martín <rosa.martin@martin-mail.example>",
  subj="Fuera de la oficina hasta el lunes / consulta",
  trap="looks_automated",
  note="customer's own out-of-office plus a question",
  body="""\
Estaré fuera de la oficina hasta el lunes 7 de julio.

Antes de irme: ¿el afilado de cuchillos de cerámica lo hacéis también por correo? Tengo dos.

Rosa Martín
""")

M(frm="Jaime León <jaime.leon@leon-mail.example>",
  subj="Re: Confirmación de reserva",
  trap="looks_automated",
  note="two-word reply with a mobile signature",
  client=("User-Agent", "Android Mail 6.4"),
  body="""\
Ok, gracias.

Enviado desde mi móvil
""")

M(frm="Alejandro Fuentes <alejandro.fuentes@fuentes-mail.example>",
  subj="El monitor se burló de mi hijo",
  trig="discrimination_harassment,media_threat",
  body="""\
Buenas tardes:

Mi hijo Pablo tiene síndrome de Down y el sábado hizo la ruta en canoa con su grupo del colegio. Varios compañeros me han contado que el monitor le imitaba la forma de hablar y se reía de él delante de todos.

Exijo una disculpa y saber qué van a hacer con ese monitor. Si no recibo respuesta, lo contaré todo en Instagram y en los grupos de padres del colegio.

Alejandro Fuentes
""")

M(frm="Mercedes Calvo <mercedes.calvo@calvo-autora.example>",
  subj="Portadas desaparecidas - quiero el correo de su director general",
  trig="corporate_contact_request,data_loss,executive_contact,repeat_contact,technical_issue",
  note="two unanswered mails plus this one: third contact",
  body="""\
Buenos días:

Las portadas de mis cuatro libros han desaparecido de la plataforma, y en la tienda aparecen con un recuadro gris. Los archivos originales los borré de mi ordenador porque ustedes "guardaban todo".

Ya he escrito dos veces a soporte sin respuesta. Les pido la dirección de correo de su director general para escribirle directamente.

Mercedes Calvo
""")
