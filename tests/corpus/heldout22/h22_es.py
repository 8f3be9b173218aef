# Spanish customer mail: positives first, then hard negatives. One hand-written block per message.
LANG = "es"
M = []


def m(frm, subj, trig, body, trap="-", note="-", **kw):
    M.append(dict(frm=frm, subj=subj, trig=trig, body=body, trap=trap, note=note, **kw))


# ---------------------------------------------------------------- positives

m("Javier Morales <javier.morales@morales-nautica.example>", "Velas pedido VM-4410 – acciones legales",
  "legal_threat,high_value_order", """\
Buenos días:

En marzo encargué a su velería un juego completo de velas para nuestro velero (mayor,
génova y spinnaker), pedido VM-4410 por un importe de 10.250 €, del que abonamos el 50 %.
Las velas llegaron el viernes y la mayor tiene el grátil 40 cm más corto de lo que figura en
el plano firmado. No se puede envergar.

He consultado con mi abogado y, si en diez días no me proponen una solución por escrito,
iniciaremos acciones legales para recuperar el anticipo.

Atentamente,
Javier Morales
""")

m("Lucía Fernández <lucia.fernandez@fernandez-casa.example>", "Me doy de baja",
  "cancellation_threat,billing_dispute", """\
Hola,

Este mes me han cobrado 38,90 € dos veces por la misma caja de pienso ecológico. Ya está bien.
Si no me devuelven el cargo duplicado esta semana, me doy de baja del servicio.

Lucía
""")

m("Carmen Ruiz <carmen.ruiz@ruiz-acupuntura.example>", "No funciona la agenda",
  "outage,technical_issue", """\
Hola:

Desde las nueve de la mañana ninguna de las tres consultas puede entrar en la agenda. Sale
«Error 502 Bad Gateway» en todos los ordenadores y en el móvil. Los pacientes tampoco pueden
reservar por la web. ¿Es un problema general?

Carmen Ruiz
Clínica de acupuntura
""")

m("Andrés Gómez <andres.gomez@gomez-correo.example>", "Quiero hablar con un supervisor",
  "manager_request,severe_dissatisfaction", """\
Llevo un mes esperando la reparación de mi trombón y cada vez que llamo me dicen una cosa
distinta. Es una vergüenza. Quiero hablar con un supervisor, no con la recepción.

Andrés Gómez
""")

m("María José Navarro <mj.navarro@navarro-mail.example>", "Tercera vez que escribo – botas ortopédicas",
  "repeat_contact,broken_promise", """\
Buenas tardes:

Es la tercera vez que les escribo. Me prometieron que las botas ortopédicas a medida
estarían listas el 15 de mayo y que me llamarían para la prueba. Nadie me ha llamado y ya
estamos en junio.

María José Navarro
""")

m("Pablo Serrano <pablo.serrano@serrano-astro.example>", "Telescopio pedido 22871",
  "high_value_order,technical_issue,broken_promise", """\
Hola,

Compré el telescopio reflector de 355 mm con montura robotizada (pedido 22871, 8.600 €). La
montura se queda bloqueada al apuntar al cénit y el mando muestra «Limit Error». Su técnico me
dijo hace dos semanas que me enviarían una placa de control nueva «en 48 horas». No ha llegado
nada.

Pablo Serrano
""")

m("Rosa Jiménez <rosa.jimenez@jimenez-mail.example>", "Datos de otros clientes",
  "security_incident,technical_issue", """\
Hola,

Al entrar en «Mis pedidos» en su tienda de mapas me aparecen los pedidos de otra persona:
nombre, dirección, teléfono y los últimos cuatro dígitos de su tarjeta. Supongo que mis datos
también los puede ver otra gente. Creo que deberían revisarlo ya.

Rosa Jiménez
""")

m("Diego Castillo <diego.castillo@castillo-casa.example>", "Denuncia ante la AEPD",
  "regulatory", """\
Buenos días:

Solicité el 10 de febrero la supresión de todos mis datos de su club de aeromodelismo. No he
recibido respuesta y siguen enviándome correos. He presentado una reclamación ante la Agencia
Española de Protección de Datos.

Diego Castillo
""")

m("Elena Torres <elena.torres@torres-eventos.example>", "Escultura de hielo – boda",
  "severe_dissatisfaction,billing_dispute", """\
Hola,

La escultura de hielo de nuestra boda llegó rota en tres trozos y su repartidor la dejó así,
en la mesa, sin decir nada. Y ahora nos cobran 180 € de «montaje». ¿Qué montaje? Es
indignante, una auténtica tomadura de pelo. No pienso pagar esos 180 €.

Elena Torres
""")

m("Roberto Díaz <roberto.diaz@diaz-bicis.example>", "Frenos de la bici restaurada",
  "safety,technical_issue", """\
Hola,

Recogí el sábado la bicicleta antigua que me restauraron. El domingo, bajando una cuesta, la
zapata del freno delantero se soltó y me caí. Tengo puntos en la rodilla y la muñeca
vendada. La zapata no estaba apretada. Podría haber sido mucho peor con coches.

Roberto Díaz
""")

m("Adriana Vega <adriana.vega@vega-mx.example>", "Queja formal – PROFECO",
  "regulatory,billing_dispute,cancellation_threat", """\
Buen día,

Me cobraron la renovación anual de la revista de crucigramas (1,450 pesos) aunque cancelé la
suscripción en línea en diciembre; tengo la captura de pantalla. Ya presenté una queja ante la
PROFECO y, si no me reembolsan, cancelo también la suscripción de mi mamá.

Adriana Vega
""", trap="conditional_threat", note="Mexican customer; PROFECO; peso amount small")

m("Sergio Romero <sergio.romero@romero-net.example>", "El responsable del local",
  "discrimination_harassment,manager_request", """\
Hola,

El viernes en su bar de karaoke de la calle Mayor, el encargado de la puerta no nos dejó
entrar a mi pareja y a mí, y a la pareja de chicos de delante tampoco, diciendo que «esta
noche no es noche para vosotros». A las parejas hetero sí las dejaba pasar. Quiero que se
ponga en contacto conmigo el responsable del local.

Sergio Romero
""", note="orientation discrimination; asks responsible person")

m("Inés Molina <ines.molina@molina-casa.example>", "Mi historial ha desaparecido",
  "data_loss,technical_issue", """\
Buenas,

Después de la actualización de la app de crucigramas, ha desaparecido todo mi historial:
los crucigramas resueltos, mis estadísticas y las notas. Llevo tres años usándola. ¿Se puede
recuperar?

Inés
""")

m("Fernando Ortiz <fernando.ortiz@ortiz-com.example>", "Correo del director general",
  "corporate_contact_request,executive_contact", """\
Buenos días, ¿me pueden facilitar el correo electrónico de su director general? Quiero
escribirle directamente porque con atención al cliente no consigo nada sobre mi silla de
montar.

Fernando Ortiz
""")

m("Natalia Herrera <natalia.herrera@herrera-periodista.example>", "Consulta de prensa – cierre de estudio de vidrio",
  "media_threat", """\
Buenos días:

Soy periodista de un diario digital y estoy preparando un reportaje sobre el cierre de
talleres de vidrio soplado y los cursos pagados que no se han devuelto. Varios alumnos me han
mencionado su estudio. ¿Podrían darme su versión antes del jueves?

Natalia Herrera
""")

m("Alberto Ramos <alberto.ramos@ramos-mail.example>", "Reseñas",
  "media_threat,severe_dissatisfaction", """\
La yurta olía a humedad, las sábanas estaban sucias y el personal pasó de nosotros. Un
desastre absoluto, lo peor que he vivido en unas vacaciones. Voy a publicar fotos en todas las
redes y en todas las webs de reseñas para que nadie más caiga.
""")

m("Silvia Medina <silvia.medina@medina-mail.example>", "Sugerencia para el pedido online",
  "feature_request", """\
Hola, sería genial poder elegir el día de entrega del pienso en la web, y no solo la semana.
Trabajo fuera y así podría estar en casa. ¡Gracias!

Silvia
""")

m("Manuel Cortés <manuel.cortes@cortes-aero.example>", "Portal del club – petición",
  "feature_request,technical_issue", """\
Hola,

Dos cosas del portal del club: la primera, el botón de «Exportar socios» da un error 500
desde hace una semana. La segunda, ¿podrían añadir un campo para el número de licencia de
vuelo en la ficha de cada socio? Ahora lo apuntamos en las notas.

Manuel Cortés, secretario
""")

m("Teresa Rubio <teresa.rubio@rubio-correo.example>", "Agujas de acupuntura",
  "safety,manager_request", """\
Buenas tardes:

En mi última sesión, la acupuntora abrió un paquete de agujas que ya estaba abierto, lo vi
perfectamente. Ahora tengo la zona inflamada y con fiebre. Quiero hablar con la directora de
la clínica cuanto antes.

Teresa Rubio
""", note="injury/infection risk; asks clinic director")

m("Jorge Delgado <jorge.delgado@delgado-mail.example>", "Escribiré al consejero delegado",
  "executive_contact,repeat_contact", """\
Es el cuarto correo que les mando sobre el globo terráqueo que llegó roto. Si no me contestan
hoy, escribo al consejero delegado y le mando toda la cadena.

Jorge
""", trap="conditional_threat", note="conditional exec contact + 4th mail")

m("Beatriz Iglesias <beatriz.iglesias@iglesias-mail.example>", "Demanda judicial",
  "legal_threat,broken_promise", """\
Hola,

El 5 de abril me confirmaron por escrito que me devolverían los 620 € de la funda de
sillín que nunca llegó. Estamos en julio. Si el dinero no está en mi cuenta el lunes,
presentaré una demanda en el juzgado.

Beatriz Iglesias
""")

# looks_automated, with triggers
m("Raúl Peña <raul.pena@pena-correo.example>", "Respuesta automática: Fuera de la oficina",
  "outage,technical_issue,cancellation_threat", """\
Estoy fuera de la oficina hasta el 15 de septiembre con acceso limitado al correo.

Pero antes de irme: su plataforma de reservas para nuestro bar de karaoke lleva caída desde el
viernes, nadie puede reservar ni pagar. Si a mi vuelta esto sigue igual, nos cambiamos a otro
proveedor.

Raúl Peña
""", trap="looks_automated")

m("Administración Velas del Sur <administracion@velasdelsur.example>", "Su factura n.º VS-3390",
  "billing_dispute,high_value_order", """\
Estimados señores:

Acusamos recibo de su factura n.º VS-3390, de fecha 2 de octubre de 2024, por importe de
6.980,00 €.

Tras su revisión, comprobamos que se facturan tres velas mayores cuando el pedido y el
albarán indican dos. Rechazamos la factura y les rogamos que emitan una nueva por el importe
correcto.

Atentamente,
Departamento de Administración
""", trap="looks_automated")

# ---------------------------------------------------------------- negatives

m("Marta Santos <marta.santos@santos-clinica.example>", "Alta de una nueva terapeuta",
  "-", """\
Hola,

Soy la gerente de la clínica de acupuntura Santos. ¿Cómo doy de alta a una nueva terapeuta
en el sistema de citas para que los pacientes la vean?

Gracias,
Marta Santos
Gerente
""", trap="job_title")

m("Luis Prieto <luis.prieto@prieto-mail.example>", "RE: Reparación bombardino",
  "-", """\
Perfecto, muchas gracias. Paso a recogerlo el sábado por la mañana.

Luis

El mar, 9 abr 2024 a las 11:20, Atención al cliente (<support@example.test>) escribió:
> Hola Luis, su bombardino ya está listo.
>
> > El 4 abr 2024, Luis Prieto escribió:
> > Es la tercera vez que pregunto. Si no está listo el viernes, me voy a la competencia.
""", trap="quoted_threat")

m("Carolina Reyes <carolina.reyes@reyes-casa.example>", "¿Cómo me doy de baja?",
  "-", """\
Hola, ¿cómo me doy de baja de la revista en papel? Me paso a la versión digital, que es más
práctica para mí. Todo bien con el servicio, ¡gracias!
""", trap="procedural_cancel")

m("Ignacio Vidal <ignacio.vidal@vidal-abogados.example>", "Pedido globo terráqueo",
  "-", """\
Buenos días:

Quisiera encargar un globo terráqueo de pie para el despacho. Les adjunto los datos de
facturación del bufete.

Un saludo,
Ignacio Vidal
Abogado

--
Este mensaje es confidencial. Si lo ha recibido por error, notifíquelo al remitente. Su uso no
autorizado podrá dar lugar a acciones legales.
""", trap="lawyer_customer")

m("Pilar Campos <pilar.campos@campos-correo.example>", "No me voy a dar de baja",
  "-", """\
Hola, que no me voy a dar de baja, ¿eh? Solo quiero cambiar la dirección de entrega del pienso
a casa de mi madre durante agosto.

Pilar
""", trap="negation")

m("Óscar Gil <oscar.gil@gil-astro.example>", "Pedido para el observatorio",
  "-", """\
Hola,

Confirmamos el pedido según su presupuesto: telescopio de 500 mm, montura y cúpula, total
24.900 €. Todo correcto. ¿Cuándo podrían hacer la entrega?

Óscar Gil
""", trap="large_amount_no_problem")

m("Laura Méndez <laura.mendez@mendez-mail.example>", "Política de reembolso",
  "-", """\
Hola, ¿cuál es su política de reembolso si cancelo una reserva de yurta con un mes de
antelación? Aún no he reservado.
""", trap="policy_question")

m("Ana Cabrera <ana.cabrera@cabrera-mail.example>", "Felicitaciones a su encargado",
  "-", """\
Hola, quiero felicitar a Tomás, el encargado del taller, por la restauración de la bici de
mi abuelo. ¡Ha quedado preciosa! Díganselo a su jefe de mi parte.

Ana
""", trap="praise_manager")

m("Gabriel Fuentes <gabriel.fuentes@fuentes-correo.example>", "Anular cita",
  "-", """\
Buenas, tengo que anular mi cita de acupuntura del miércoles a las 18:00. La cambiaré por la
web. Gracias.
""", trap="appointment_cancellation")

m("Victoria León <victoria.leon@leon-mail.example>", "Segundo correo – plazas curso vidrio",
  "-", """\
Hola, este es mi segundo correo, creo que el primero no os llegó. ¿Quedan plazas para el curso
de iniciación al vidrio soplado de noviembre? Seríamos dos.
""", trap="second_email")

m("Hugo Blanco <hugo.blanco@blanco-mail.example>", "Una pregunta sobre RGPD",
  "-", """\
Buenos días, ¿su app de crucigramas cumple el RGPD? ¿Dónde se guardan los datos? Tengo que
justificarlo en el trabajo para la suscripción de empresa.
""", trap="policy_question")

m("Clara Soto <clara.soto@soto-mail.example>", "Un poco decepcionada",
  "-", """\
Hola, el karaoke estuvo bien, aunque me quedé un poco decepcionada con el catálogo de
canciones en español, es algo corto. Por lo demás, genial.
""", trap="mild_disappointment")

# looks_automated, no trigger
m("Ramón Aguilar <ramon.aguilar@aguilar-mail.example>", "Confirmación de lectura",
  "-", """\
Confirmación de lectura: he leído su correo sobre la revisión de mi fliscorno, ja, ja.

En serio: de acuerdo con el presupuesto de 95 €, pueden empezar cuando quieran.

Ramón
""", trap="looks_automated")


# ---------------------------------------------------------------- more positives

m("Eva Marín <eva.marin@marin-mail.example>", "Correo falso desde su dominio",
  "security_incident,corporate_contact_request,regulatory", """\
Hola:

Esta mañana varios socios de nuestro club de aeromodelismo y yo hemos recibido un correo
enviado desde su dominio, con nuestro nombre y número de socio, pidiendo que «actualizáramos
los datos de pago». Es suplantación, pero usa datos que solo tienen ustedes, así que
alguien ha accedido a su base de datos.

Ya lo he denunciado a la AEPD. Por favor, facilítenme el contacto directo de su departamento
jurídico o de su delegado de protección de datos, no quiero seguir con un ticket de soporte.

Eva Marín
""", note="phishing with member data; AEPD; asks legal dept contact")

m("Francisco Herrero <francisco.herrero@herrero-correo.example>", "Trato en la tienda de calzado",
  "discrimination_harassment,executive_contact", """\
Buenas tardes:

Fui con mi hijo, que tiene síndrome de Down, a recoger sus zapatos ortopédicos. La dependienta
se dirigió a él con burlas, imitándolo delante de otros clientes, y su compañero se reía. No
es la primera vez que notamos ese trato, pero sí la más grave.

Ayer le escribí al director general de la empresa por LinkedIn contándole lo sucedido, y le
reenviaré su respuesta, si es que la hay.

Francisco Herrero
""")

m("Nuria Pascual <nuria.pascual@pascual-aero.example>", "Nadie del club puede entrar – y la lista de socios está vacía",
  "outage,data_loss,technical_issue", """\
Hola,

Desde anoche ningún socio de nuestro club puede entrar en el portal: se queda cargando y al
final sale «Servicio no disponible». Un socio consiguió entrar un momento esta mañana y
dice que la lista de socios aparece vacía, cero registros. Tenemos 140 socios con sus
licencias y seguros ahí.

¿Qué ha pasado? ¿Está todo guardado?

Nuria Pascual
Tesorera
""")
