# Spanish customer mail (positives and hard negatives). One block per message.
LANG = "es"

BLOCKS = r"""
%%
from: Lucía Herrera <lucia.herrera@correo.example>
subj: De vacaciones – pero las tiendas de la boda no han llegado
trig: broken_promise,cancellation_threat
trap: looks_automated
note: su propio mensaje de vacaciones y después una queja real
--
Estoy de vacaciones hasta el 2 de septiembre con acceso limitado al correo. Para asuntos urgentes, contacte con Pablo Ruiz (pablo.ruiz@herrera-eventos.example).

---

Pero esto no puede esperar: nos confirmaron por escrito que las 8 tiendas campana para la boda de mi hermana se entregarían el jueves por la mañana en la finca. Es jueves por la tarde y no ha llegado nada, y nadie coge el teléfono.

Si mañana a primera hora no están montadas, cancelamos el contrato y contratamos a otra empresa.

Lucía Herrera
%%
from: Jordi Puig <jordi.puig@puig-catering.example>
subj: Gracias por su correo
trig: billing_dispute
trap: looks_automated
note: fórmula de acuse de recibo, luego cobro duplicado
--
Gracias por su correo y por la factura n.º HM-4410.

Hemos recibido la factura, pero el cargo de 312,50 € aparece dos veces en nuestra cuenta, el 14 y el 15 de marzo. Les ruego que anulen el cargo duplicado.

Un saludo,
Jordi Puig
%%
from: Carmen Ibáñez <carmen.ibanez@correo.example>
subj: RE: Respuesta automática: Consulta sobre mi cita
trig: manager_request,repeat_contact
trap: looks_automated
note: cita la respuesta automática, tercera vez, pide supervisor
--
Es la tercera vez que escribo y la tercera vez que recibo esta misma respuesta automática. Quiero que mi caso lo vea un supervisor, por favor: pagué un bono de seis sesiones de eliminación de tatuaje y la clínica me ha cancelado cuatro citas seguidas.

Carmen Ibáñez

> Gracias por contactar con nosotros. Este es un mensaje automático.
> Hemos recibido su consulta y le responderemos en un plazo de 48 horas.
%%
from: Fernando Salas <fernando.salas@correo.example>
subj: Autocaravana – hablaré con mi abogado
trig: legal_threat,technical_issue
trap: -
note: abogado, avería tras revisión
--
Buenos días,

Recogí la autocaravana tras la revisión anual y a los 50 km se encendió el testigo del motor y entró en modo de emergencia. El taller al que me remolcaron dice que el sensor que ustedes cambiaron está mal conectado.

He hablado con mi abogado y, si no se hacen cargo de la grúa y la reparación, iniciaremos acciones legales.

Fernando Salas
%%
from: Alberto Medina <alberto.medina@medina-franquicias.example>
subj: Contrato de franquicia – demanda
trig: high_value_order,legal_threat
trap: -
note: contrato de 30.000 €, demanda anunciada
--
Estimados señores:

Pagamos 30.000 € de canon de entrada por la franquicia de Falafel Republic en Valencia Ruzafa. Ocho meses después seguimos sin la formación prometida ni el sistema de caja, y hemos tenido que abrir con un TPV propio.

Nuestros abogados están preparando una demanda por incumplimiento de contrato. Si tienen una propuesta seria, este es el momento.

Alberto Medina
%%
from: Raquel Domínguez <raquel.dominguez@correo.example>
subj: Denuncia ante la AEPD
trig: regulatory
trap: -
note: uso de fotos sin consentimiento, denuncia ante AEPD
--
Hola,

He visto mis fotos del antes y el después del tratamiento en la web de la clínica, con mi tatuaje perfectamente reconocible. Nunca di mi consentimiento para eso.

Ya he presentado una denuncia ante la AEPD. Exijo que las retiren hoy mismo.

Raquel Domínguez
%%
from: Manuel Ortega <manuel.ortega@correo.example>
subj: Reclamación en Consumo
trig: billing_dispute,regulatory
trap: -
note: cargo indebido, reclamación en la OMIC
--
Buenas,

Me han cobrado 45 € por una caja de hidromel del club que di de baja en enero (tengo el correo de confirmación). He puesto una reclamación en la Oficina Municipal de Información al Consumidor con toda la documentación.

Devuélvanme los 45 €.

Manuel Ortega
%%
from: Natalia Rubio <natalia.rubio@correo.example>
subj: Quiero hablar con un supervisor
trig: manager_request
trap: -
note: hablar con un supervisor
--
Hola,

Reservamos mesa en la terraza para el cumpleaños de mi madre y al llegar nos sentaron dentro, junto a los baños, porque "la terraza estaba llena". La reserva y la señal eran para terraza.

Quiero hablar con un supervisor o con el encargado del local, por favor. Mi teléfono es 612 555 0123.

Natalia Rubio
%%
from: Ricardo Vega <ricardo.vega@correo.example>
subj: ¡Una vergüenza!
trig: manager_request,severe_dissatisfaction
trap: -
note: lavandería, muy enfadado, pide un responsable
--
Me han devuelto las camisas de trabajo con manchas de óxido y dos de ellas rotas. Es la tercera semana que algo sale mal. Es una vergüenza, un servicio lamentable.

Que me llame un responsable, no quiero más correos de plantilla.

Ricardo Vega
%%
from: Beatriz Lozano <beatriz.lozano@correo.example>
subj: Dirección de la sede central
trig: corporate_contact_request
trap: -
note: pide dirección de la sede y teléfono de dirección
--
Buenas tardes,

¿Podrían facilitarme la dirección postal de su sede central y un teléfono de la dirección de la empresa? No el de atención al cliente. Quiero enviar una carta formal sobre el cuchillo que me llegó con la hoja torcida.

Beatriz Lozano
%%
from: Álvaro Castillo <alvaro.castillo@correo.example>
subj: He escrito al consejero delegado
trig: executive_contact
trap: -
note: ha escrito al CEO
--
Les informo de que he escrito directamente a su consejero delegado contándole cómo su veterinaria a domicilio ha cancelado tres citas de mi perro sin avisar.

Álvaro Castillo
%%
from: Elena Navarro <elena.navarro@correo.example>
subj: Correo del director general
trig: corporate_contact_request,executive_contact
trap: -
note: pide el correo del director general para escribirle
--
Hola,

¿Me pueden dar el correo electrónico de su director general? Le voy a escribir personalmente sobre lo que pasó con el alquiler de tablas el domingo.

Elena Navarro
%%
from: Sergio Moreno <sergio.moreno@correo.example>
subj: Me han hackeado la cuenta
trig: security_incident
trap: -
note: cuenta de lavandería tomada por un tercero
--
Hola,

Alguien ha entrado en mi cuenta de la app de lavandería: han cambiado la dirección de recogida y el correo, y tengo un aviso de inicio de sesión desde un dispositivo desconocido a las 4 de la mañana. Yo no he sido.

Por favor, bloqueen la cuenta y díganme qué datos han podido ver.

Sergio Moreno
%%
from: Patricia Gil <patricia.gil@gil-hosteleria.example>
subj: Veo los datos de empleados de otra franquicia
trig: security_incident,technical_issue
trap: -
note: portal muestra datos personales de otra franquicia
--
Buenos días,

Desde ayer, al entrar en el portal del franquiciado, en la sección "Personal" me aparecen las nóminas, DNI y teléfonos de los empleados de otro local (creo que el de Sevilla). Supongo que ellos también ven los nuestros.

Esto es una filtración de datos gravísima. Por favor, cierren esa sección hasta que lo arreglen.

Patricia Gil
%%
from: Javier Romero <javier.romero@cd-huertas.example>
subj: Se han borrado los campos en LineBot
trig: data_loss,technical_issue
trap: -
note: mapas de campos borrados
--
Hola,

Después de la actualización de la app LineBot han desaparecido todos los campos que teníamos medidos con el GPS: el de fútbol 11 y los dos de fútbol 7. La app dice "Sin campos". ¿Se pueden recuperar?

Javier Romero
Club Deportivo Huertas
%%
from: Marta Sanz <marta.sanz@correo.example>
subj: Web de reservas caída
trig: outage,technical_issue
trap: -
note: web no disponible para nadie, error 503
--
Hola,

La web para reservar las tiendas campana lleva desde anoche dando "Error 503 – Servicio no disponible". Lo he intentado desde casa y desde el trabajo, y a mi prima le pasa lo mismo. Tenemos que confirmar la reserva antes del viernes.

Marta
%%
from: Pilar Cortés <pilar.cortes@correo.example>
subj: Cobro doble de la tarta
trig: billing_dispute,severe_dissatisfaction
trap: -
note: cobro duplicado, tono muy enfadado
--
Me han cobrado DOS VECES la tarta de boda, 480 € el día 3 y otros 480 € el día 4. Llevo una semana llamando y nadie me devuelve el dinero. Es indignante, una auténtica vergüenza.

Quiero el reembolso del segundo cargo ya.

Pilar Cortés
%%
from: Daniel Prieto <daniel.prieto@correo.example>
subj: Cargo después de cancelar la cita
trig: billing_dispute
trap: -
note: cobro tras cancelación con antelación
--
Hola,

Cancelé mi sesión del día 12 con cinco días de antelación a través de la web y me han cobrado 70 € de "penalización por cancelación tardía". Tengo el correo de confirmación de la cancelación. Por favor, devuélvanme ese importe.

Daniel Prieto
%%
from: Rosa Molina <rosa.molina@correo.example>
subj: Me doy de baja
trig: cancellation_threat
trap: -
note: darse de baja por problemas repetidos
--
Hola,

Después de tres envíos de miel que llegaron con los tarros rotos, me doy de baja del club a final de mes. Es una pena porque la miel es buenísima.

Rosa
%%
from: Iván Fuentes <ivan.fuentes@correo.example>
subj: Lo voy a contar en redes
trig: media_threat
trap: -
note: amenaza en redes sociales
--
El monitor de paddle nos dejó solos en el agua media hora con viento fuerte y niños. Si no me dan una explicación, lo cuento todo en Instagram y en TikTok, y dejo una reseña en Google.

Iván
%%
from: Clara Montero <clara.montero@diario-costa.example>
subj: Consulta de prensa – tarta viral
trig: media_threat
trap: -
note: periodista pide declaración
--
Buenos días,

Soy periodista del Diario de la Costa. Estamos preparando una noticia sobre el vídeo viral de una tarta de boda que se derrumbó en un banquete en Marbella, que según la novia era de su pastelería. ¿Podrían darnos su versión antes del jueves?

Clara Montero
%%
from: Sofía Reyes <sofia.reyes@correo.example>
subj: El repartidor del piano
trig: discrimination_harassment
trap: -
note: acoso por parte de un empleado
--
Hola,

Uno de los repartidores que trajeron el piano el martes me hizo comentarios sobre mi ropa y luego me escribió por WhatsApp esa misma noche preguntando si "estaba sola". Mi número solo lo tenían para la entrega.

Me sentí muy incómoda. Quiero que tomen medidas.

Sofía Reyes
%%
from: Andrés Vidal <andres.vidal@correo.example>
subj: No dejaron entrar a mi hermano en silla de ruedas
trig: discrimination_harassment
trap: -
note: discriminación por discapacidad en la terraza
--
Buenas noches,

Teníamos reserva en la terraza para seis. Al llegar, el portero dijo que mi hermano no podía subir porque su silla de ruedas "molestaría a los demás clientes", aunque hay ascensor. Al final nos fuimos todos.

Esto es discriminación por discapacidad y quiero una explicación.

Andrés Vidal
%%
from: Gloria Santos <gloria.santos@correo.example>
subj: Cristal en el tarro de miel
trig: safety
trap: -
note: trozo de vidrio en la miel, corte en la boca
--
Hola,

En el tarro de miel de brezo que compré en su puesto del mercado había un trozo de cristal. Mi marido se cortó en la boca y tuvimos que ir a urgencias. Guardo el tarro y el ticket.

Creo que deberían revisar ese lote.

Gloria Santos
%%
from: Óscar Pascual <oscar.pascual@correo.example>
subj: El chaleco salvavidas se rompió
trig: safety
trap: -
note: chaleco roto, casi se ahoga
--
Hola,

El domingo, durante la ruta de paddle, el cierre del chaleco salvavidas de mi hija se abrió solo al caer al agua y el chaleco se le salió. Si no llega a estar el monitor cerca, no sé qué habría pasado. El cierre estaba claramente roto.

Por favor, revisen todos los chalecos.

Óscar Pascual
%%
from: Teresa Calvo <teresa.calvo@correo.example>
subj: Afinación prometida
trig: broken_promise
trap: -
note: llamada prometida que nunca llegó
--
Hola,

Cuando compré el piano me prometieron que un afinador me llamaría en dos semanas para la primera afinación incluida. Han pasado dos meses y nadie ha llamado.

¿Me pueden dar cita?

Teresa Calvo
%%
from: Hacienda El Olivar <eventos@haciendaelolivar.example>
subj: Contrato tiendas 9.500 € – lonas rotas
trig: high_value_order
trap: -
note: contrato de 9.500 € con problema sin resolver
--
Buenos días,

Para la temporada de bodas contratamos 15 tiendas campana por 9.500 €. En la primera boda, tres de las lonas tenían desgarros en la costura y entró el agua. Necesitamos que las sustituyan antes del sábado, tenemos otra boda.

Un saludo,
Eventos, Hacienda El Olivar
%%
from: Pedro Aguilar <pedro.aguilar@correo.example>
subj: Sugerencia para el portal de puestos
trig: feature_request
trap: -
note: estaría bien poder
--
Hola,

Estaría muy bien poder intercambiar fechas de puesto con otro comerciante directamente desde el portal, sin tener que escribir a la organización. ¿Lo podrían añadir?

Pedro, "Arepas Pedro"
%%
from: Mercedes León <mercedes.leon@leon-asesores.example>
subj: Tarta para la empresa
trig: -
trap: job_title
note: jefa de administración; gerente como cargo
--
Buenos días,

Soy la jefa de administración de León Asesores. Nuestro gerente quiere encargar una tarta para la jubilación de un compañero, para unas 40 personas, el 28 de junio. ¿Me pueden enviar presupuesto?

Un saludo,
Mercedes León
%%
from: Luis Herrero <luis.herrero@correo.example>
subj: Re: Paddle del sábado
trig: -
trap: quoted_threat
note: El ... escribió con amenaza solo en la cita
--
Perfecto, ya me ha llegado el reembolso. ¡Gracias!

Luis

El vie, 12 jul 2024 a las 19:03, Luis Herrero (<luis.herrero@correo.example>) escribió:
> Esto es una vergüenza. Si no me devuelven el dinero, pongo una
> demanda y lo cuento en todas las redes.
%%
from: Ana Belén Ruiz <anabelen.ruiz@correo.example>
subj: No me voy a dar de baja
trig: -
trap: negation
note: no voy a darme de baja
--
Hola, no me voy a dar de baja, tranquilos :) Solo quiero cambiar la recogida de la ropa al jueves. ¡Gracias!
%%
from: Francisco Méndez <francisco.mendez@correo.example>
subj: ¿Cómo cancelo?
trig: -
trap: policy_question
note: cómo cancelar, sin queja
--
Buenas, ¿cómo puedo cancelar la suscripción del club de hidromel? Me mudo al extranjero. Ha sido un placer, gracias.
%%
from: Inmaculada Torres <inma.torres@correo.example>
subj: ¡Mil gracias!
trig: -
trap: praise
note: elogio
--
Queríamos daros las gracias por el animador del cumpleaños de Hugo. ¡Los niños lo pasaron en grande y los padres también! Os recomendaremos a todo el mundo.

Inma
%%
from: Jorge Blanco <jorge.blanco@blanco-clinica.example>
subj: Protección de datos
trig: -
trap: gdpr_documentation_request
note: pregunta sobre cumplimiento RGPD
--
Hola, ¿la app de VetVan cumple el RGPD? ¿Dónde se alojan los datos y pueden enviarnos el contrato de encargado del tratamiento? Gracias.
%%
from: Lorena Campos <lorena.campos@correo.example>
subj: Pregunta
trig: -
trap: hypothetical
note: hipotético sobre reembolso
--
Hola, si al final no pudiéramos ir a la sesión del mes que viene, ¿podríamos cambiar la fecha o se perdería la reserva? Es solo por saberlo antes de pagar.
%%
from: Nuria Serrano <nuria.serrano@correo.example>
subj: Segundo correo
trig: -
trap: second_email
note: segundo correo, no repetición
--
Hola, este es mi segundo correo sobre el presupuesto para la revisión de la autocaravana. Puede que el primero se haya perdido. ¡Gracias!
%%
from: Cocina Casa Pepa <cocina@casapepa.example>
subj: Hemos recibido su pedido
trig: -
trap: looks_automated
note: confirmación humana de recepción, neutral
--
Buenos días,

Hemos recibido su pedido de cuchillos esta mañana, todo en perfecto estado. Muchas gracias.

Cocina Casa Pepa
%%
from: Ramón Iglesias <ramon.iglesias@correo.example>
subj: RE: Entrega de la tarta
trig: -
trap: quoted_outlook_block
note: bloque Outlook en español con amenazas en la cita
client: X-Mailer: Microsoft Outlook 16.0
--
Muchas gracias, todo aclarado.

Ramón

-----Mensaje original-----
De: Ramón Iglesias <ramon.iglesias@correo.example>
Enviado el: miércoles, 9 de octubre de 2024 10:15
Para: support@example.test
Asunto: Entrega de la tarta

Es la tercera vez que escribo. Quiero hablar con su jefe o iré a mi abogado.
%%
from: Gonzalo Márquez <gonzalo.marquez@marquez-abogados.example>
subj: Alquiler de tiendas
trig: -
trap: legal_disclaimer_signature
note: aviso legal en la firma
--
Buenos días,

¿Tienen disponibilidad de 4 tiendas campana para el fin de semana del 14 de septiembre?

Saludos,
Gonzalo Márquez

--
Márquez Abogados
Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo destruya. Su uso no autorizado puede dar lugar a acciones legales.
%%
from: Carlos Benítez <carlos.benitez@correo.example>
subj: Comentario de mi amigo
trig: -
trap: reported_speech
note: estilo indirecto, broma de un amigo
--
Hola, mi amigo dice que os va a demandar porque ahora no puede comer otro falafel que no sea el vuestro, jaja. ¿Abrís pronto en Alicante?
%%
%%
from: Verónica Gallego <veronica.gallego@correo.example>
subj: La app del veterinario no funciona para nadie
trig: outage,technical_issue
trap: -
note: app y web caídas para todos los usuarios
--
Hola,

Ni la app ni la web de VetVan cargan desde esta mañana: sale "Error del servidor (500)". Lo he probado con datos y con wifi, y a dos amigas de la protectora les pasa igual. No podemos pedir cita para las vacunas de los cachorros.

¿Sabéis cuándo se arreglará?

Verónica
%%
from: Tomás Herranz <tomas.herranz@correo.example>
subj: Cuarta vez: mis pedidos y facturas han desaparecido
trig: data_loss,repeat_contact,technical_issue
trap: -
note: historial borrado en la app de lavandería, cuarta vez que escribe
--
Buenas,

Es la cuarta vez que os escribo por esto. Desde el cambio de app han desaparecido todos mis pedidos anteriores y las facturas de 2024, que necesito para la declaración de autónomo. En la app pone "Todavía no tienes pedidos".

¿Alguien puede recuperarlas o mandármelas por correo?

Tomás Herranz
%%
"""
